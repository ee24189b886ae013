// Sealing a mailbox's grant in the edge function exactly as the Python workers seal it (workers/relance/credentials.py
// and keys.py), so that relance.credentials.CredentialStore opens it unchanged and `relance rotate-key` re-seals it:
//
// - the key: RELANCE_SECRET_KEY, 32 random bytes written as base64 (standard or URL-safe, padding optional) or 64
//   hex digits (anything else is refused, naming no value), derived with HKDF-SHA256 (no salt, info
//   `relance credentials v2`) into the AES-256 key; its id is `k2-` and the first 16 hex digits of
//   SHA-256("relance key id:" + derived key), stored beside the ciphertext;
// - the blob: a 12-byte random nonce, then AES-256-GCM of the JSON credentials (ciphertext and 16-byte tag), with
//   the associated data `relance mailbox <mailbox uuid>`, so a blob copied onto another mailbox does not open.
//
// WebCrypto only (crypto.subtle): no dependency. The key material never leaves this module's closures.

export class InvalidKey extends Error {
  override name = "InvalidKey";
}

export interface SealingKey {
  keyId: string;
  seal(mailboxId: string, credentials: unknown): Promise<Uint8Array>;
}

const HEX = /^[0-9a-fA-F]{64}$/;
const B64 = /^[A-Za-z0-9+/_-]{43}={0,1}$/;

/** The 32 bytes of a configured key (relance.keys.decode_key): hex or base64, random-looking. */
export function decodeKey(text: string): Uint8Array<ArrayBuffer> {
  const value = text.trim();
  let raw: Uint8Array<ArrayBuffer> | null = null;
  if (HEX.test(value)) {
    raw = new Uint8Array(value.match(/../g)!.map((h) => parseInt(h, 16)));
  } else if (B64.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9+/_-]/.test(value)) {
    try {
      const standard = value.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/") + "=";
      raw = Uint8Array.from(atob(standard), (c) => c.charCodeAt(0));
    } catch {
      raw = null;
    }
  }
  if (raw === null || raw.length !== 32 || new Set(raw).size < 16) {
    throw new InvalidKey("RELANCE_SECRET_KEY must be 32 random bytes, base64 or hex encoded (not a passphrase)");
  }
  return raw;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The sealing key of RELANCE_SECRET_KEY, as relance.keys.SecretKey.from_material derives it. */
export async function sealingKey(configured: string): Promise<SealingKey> {
  const material = await crypto.subtle.importKey("raw", decodeKey(configured), "HKDF", false, ["deriveBits"]);
  // No salt: HKDF then uses HashLen zero bytes (RFC 5869), which is what HMAC makes of an empty key.
  const derived = await crypto.subtle.deriveBits(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: new Uint8Array(0),
      info: new TextEncoder().encode("relance credentials v2"),
    },
    material,
    256,
  );
  const prefix = new TextEncoder().encode("relance key id:");
  const idInput = new Uint8Array(prefix.length + 32);
  idInput.set(prefix);
  idInput.set(new Uint8Array(derived), prefix.length);
  const keyId = "k2-" + hex(await crypto.subtle.digest("SHA-256", idInput)).slice(0, 16);
  const key = await crypto.subtle.importKey("raw", derived, "AES-GCM", false, ["encrypt"]);
  return {
    keyId,
    async seal(mailboxId, credentials) {
      const nonce = crypto.getRandomValues(new Uint8Array(12));
      const plaintext = new TextEncoder().encode(JSON.stringify(credentials));
      const sealed = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv: nonce, additionalData: new TextEncoder().encode(`relance mailbox ${mailboxId}`) },
        key,
        plaintext,
      );
      const out = new Uint8Array(12 + sealed.byteLength);
      out.set(nonce);
      out.set(new Uint8Array(sealed), 12);
      return out;
    },
  };
}
