// Verification of the OIDC token Cloud Pub/Sub puts in `Authorization: Bearer` on each push, with the
// maintained JOSE library `jose` (npm:jose, pinned in deno.lock): an RS256 JWT signed by one of Google's
// keys (the JWKS at https://www.googleapis.com/oauth2/v3/certs, fetched and cached by jose's
// createRemoteJWKSet, refetched when an unknown key id shows up, at most once per cooldown), issued by
// accounts.google.com, for the audience configured on the push subscription, within its validity (with a
// clock tolerance), and, when configured, for the subscription's service account (claim `email`, verified).
import { createRemoteJWKSet, errors, jwtVerify } from "jose";

const ISSUERS = ["accounts.google.com", "https://accounts.google.com"];
const CLOCK_TOLERANCE_SECONDS = 60;

export interface OidcPolicy {
  jwksUrl: string;
  audience: string;
  /** The push subscription's service account; unchecked when absent. */
  serviceAccount?: string;
}

/** ok, refused (the token is not a valid push token) or unavailable (Google's keys could not be had). */
export type Verdict = { ok: true } | { ok: false; reason: string; unavailable?: boolean };

export type Jwks = ReturnType<typeof createRemoteJWKSet>;

/** Google's keys, as jose fetches and caches them. */
export function remoteJwks(url: string, timeoutMs = 2000): Jwks {
  return createRemoteJWKSet(new URL(url), {
    timeoutDuration: timeoutMs,
    // A refetch for an unknown key id at most every 30 s, so forged kids cannot make us hammer Google.
    cooldownDuration: 30_000,
    cacheMaxAge: 3600_000,
  });
}

/** Why jose refused a token, in words fit for a log line (never the token nor its claims). */
function refusal(error: unknown): Verdict {
  if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    if (claim === "iss") return { ok: false, reason: "wrong issuer" };
    if (claim === "aud") return { ok: false, reason: "wrong audience" };
    if (claim === "iat" || claim === "nbf") return { ok: false, reason: "issued in the future" };
    return { ok: false, reason: `invalid claim ${claim}` };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: "bad signature" };
  if (error instanceof errors.JWKSNoMatchingKey) return { ok: false, reason: "unknown signing key" };
  if (error instanceof errors.JOSEAlgNotAllowed) return { ok: false, reason: "not an RS256 token" };
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return { ok: false, reason: "not a JWT" };
  }
  if (error instanceof errors.JOSENotSupported) return { ok: false, reason: "not an RS256 token" };
  // The keys could not be fetched (timeout, network, not a JWKS): not the sender's fault.
  return { ok: false, reason: "JWKS unavailable", unavailable: true };
}

export async function verifyPushToken(token: string, policy: OidcPolicy, jwks: Jwks): Promise<Verdict> {
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, jwks, {
      algorithms: ["RS256"],
      issuer: ISSUERS,
      audience: policy.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "iat"],
      // Google's tokens live an hour; with a maximum age jose also refuses one issued in the future.
      maxTokenAge: 3600,
    }));
  } catch (error) {
    return refusal(error);
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
