// Pub/Sub's OIDC push tokens as the tests and the round-trip benchmark sign them: a key of our own, its JWKS
// served locally in Google's place (no environment needed, so the benchmark can import it too).
/** The audience of the Pub/Sub push tokens the tests sign. */
export const AUDIENCE = "https://relance.example/functions/v1/gmail-push";

export function b64url(bytes: Uint8Array | string): string {
  const raw = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A signing key of our own with its JWKS served locally, to check each claim the function verifies. */
export async function issuer() {
  const keys = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const kid = "test-" + crypto.randomUUID();
  const jwk = await crypto.subtle.exportKey("jwk", keys.publicKey);
  const jwks = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () => Response.json({ keys: [{ kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256", use: "sig", kid }] }),
  );
  async function sign(claims: Record<string, unknown>, header: Record<string, unknown> = {}, key = keys.privateKey) {
    const input = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid, ...header }))}.${
      b64url(JSON.stringify(claims))
    }`;
    const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(input));
    return `${input}.${b64url(new Uint8Array(signature))}`;
  }
  const now = Math.floor(Date.now() / 1000);
  const good = {
    iss: "https://accounts.google.com",
    aud: AUDIENCE,
    email: "gmail-push@relance.iam.gserviceaccount.com",
    email_verified: true,
    iat: now,
    exp: now + 3600,
    sub: "1000",
  };
  return { url: `http://127.0.0.1:${jwks.addr.port}/`, sign, good, close: () => jwks.shutdown() };
}
