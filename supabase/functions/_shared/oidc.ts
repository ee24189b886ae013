// Verification of the OIDC token Cloud Pub/Sub puts in `Authorization: Bearer` on each push: an RS256
// JWT signed by Google (keys at https://www.googleapis.com/oauth2/v3/certs), issued by
// accounts.google.com, for the audience configured on the push subscription, not expired, and, when
// configured, for the subscription's service account (claim `email`, verified).

const ISSUERS = new Set(["accounts.google.com", "https://accounts.google.com"]);
const SKEW_SECONDS = 60;

export interface OidcPolicy {
  jwksUrl: string;
  audience: string;
  /** The push subscription's service account; unchecked when absent. */
  serviceAccount?: string;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

interface Jwk {
  kid?: string;
  kty: string;
  alg?: string;
  n: string;
  e: string;
}

function b64urlBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(value.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function b64urlJson(value: string): Record<string, unknown> {
  const parsed = JSON.parse(new TextDecoder().decode(b64urlBytes(value)));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
  return parsed as Record<string, unknown>;
}

/** Google's keys, cached by key id; fetched again when an unknown key id shows up (rotation). */
export class JwksCache {
  #keys = new Map<string, CryptoKey>();
  #fetchedAt = 0;
  #maxAgeMs = 3600_000;

  constructor(readonly url: string, readonly fetchTimeoutMs = 2000) {}

  async key(kid: string): Promise<CryptoKey | undefined> {
    const stale = Date.now() - this.#fetchedAt > this.#maxAgeMs;
    // A refetch for an unknown kid at most every 30 s, so forged kids cannot make us hammer Google.
    const mayRefetch = Date.now() - this.#fetchedAt > 30_000;
    if (stale || (!this.#keys.has(kid) && mayRefetch)) await this.#refresh();
    return this.#keys.get(kid);
  }

  async #refresh(): Promise<void> {
    const response = await fetch(this.url, { signal: AbortSignal.timeout(this.fetchTimeoutMs) });
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
    const body = await response.json() as { keys?: Jwk[] };
    const keys = new Map<string, CryptoKey>();
    for (const jwk of body.keys ?? []) {
      if (jwk.kty !== "RSA" || !jwk.kid || (jwk.alg && jwk.alg !== "RS256")) continue;
      keys.set(
        jwk.kid,
        await crypto.subtle.importKey(
          "jwk",
          { kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256", ext: true },
          { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
          false,
          ["verify"],
        ),
      );
    }
    const maxAge = /max-age=(\d+)/.exec(response.headers.get("cache-control") ?? "");
    this.#maxAgeMs = maxAge ? Math.min(Number(maxAge[1]) * 1000, 24 * 3600_000) : 3600_000;
    this.#keys = keys;
    this.#fetchedAt = Date.now();
  }
}

export async function verifyPushToken(
  token: string,
  policy: OidcPolicy,
  jwks: JwksCache,
  nowSeconds = Date.now() / 1000,
): Promise<Verdict> {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "not a JWT" };
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = b64urlJson(parts[0]);
    claims = b64urlJson(parts[1]);
  } catch {
    return { ok: false, reason: "not a JWT" };
  }
  if (header.alg !== "RS256" || typeof header.kid !== "string") return { ok: false, reason: "not an RS256 token" };
  const key = await jwks.key(header.kid);
  if (!key) return { ok: false, reason: "unknown signing key" };
  const signed = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  let valid = false;
  try {
    valid = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, b64urlBytes(parts[2]), signed);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "bad signature" };
  if (typeof claims.iss !== "string" || !ISSUERS.has(claims.iss)) return { ok: false, reason: "wrong issuer" };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(policy.audience)) return { ok: false, reason: "wrong audience" };
  if (typeof claims.exp !== "number" || claims.exp + SKEW_SECONDS < nowSeconds) return { ok: false, reason: "expired" };
  if (typeof claims.iat === "number" && claims.iat - SKEW_SECONDS > nowSeconds) {
    return { ok: false, reason: "issued in the future" };
  }
  if (policy.serviceAccount && (claims.email !== policy.serviceAccount || claims.email_verified !== true)) {
    return { ok: false, reason: "wrong service account" };
  }
  return { ok: true };
}

/** Constant-time comparison of two secrets (their SHA-256 digests, so lengths never leak either). */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const encode = (s: string) => crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
  const [a, b] = (await Promise.all([encode(given), encode(expected)])).map((d) => new Uint8Array(d));
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
