// Gmail notifications through a Cloud Pub/Sub push subscription.
//
// Who may push: Pub/Sub, proven by the OIDC token of a push subscription with authentication:
// `Authorization: Bearer <JWT>` signed by Google, checked against the JWKS (GOOGLE_OIDC_JWKS_URL), issuer
// accounts.google.com, audience GMAIL_PUSH_AUDIENCE, expiry and, if GMAIL_PUSH_SERVICE_ACCOUNT is set, the
// signing service account. Anything else is refused (401 without credentials, 403 with wrong ones) before the
// body is read, and nothing is recorded. A secret in the push URL (`?token=`, which this function once took) is
// refused whatever else the request carries: a URL reaches the platform's invocation logs and every proxy's
// access log, and PRIVACY.md keeps secrets out of any URL a log keeps; the refusal makes the subscription's
// owner move it to OIDC. GMAIL_PUSH_SECRET is no longer read; a deployment that still sets it is told so once,
// at start.
//
// What the answer tells Pub/Sub: 102, 200, 201, 202 and 204 acknowledge the message; every other status,
// 4xx included, is a negative acknowledgement and the message comes back, with backoff, until the
// subscription's retention (7 days by default) runs out. So:
// - accepted, duplicate (same messageId again), or for an unknown address (recorded in SQL): 204;
// - authenticated but malformed (not JSON, no message.data, data not base64 JSON, no emailAddress or
//   historyId): acknowledged with 200 and the reason, and logged, because no redelivery can repair it
//   (a 400 would only make Pub/Sub send it again and again). Nothing is lost: a Gmail push is only a
//   wake-up, the workers also read the history on a timer;
// - the database did not take it: 503, so Pub/Sub delivers it again.
import { Intake, within } from "../_shared/db.ts";
import { empty, Handler, json, log, readBody } from "../_shared/http.ts";
import { OidcPolicy, remoteJwks, verifyPushToken } from "../_shared/oidc.ts";

const FN = "gmail-push";
const MAX_BODY_BYTES = 64_000;
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";

export interface GmailPushOptions {
  /** GMAIL_PUSH_AUDIENCE (and GOOGLE_OIDC_JWKS_URL, GMAIL_PUSH_SERVICE_ACCOUNT): OIDC bearer tokens. */
  oidc?: OidcPolicy;
  budgetMs?: number;
}

/** What a deployment that still sets GMAIL_PUSH_SECRET is told at start (the variable is not read). */
export const SECRET_IGNORED = "GMAIL_PUSH_SECRET is no longer read: a secret in the push URL reaches access logs. " +
  "Authenticate the Pub/Sub push subscription with OIDC (a service account and an audience), set " +
  "GMAIL_PUSH_AUDIENCE and GMAIL_PUSH_SERVICE_ACCOUNT, drop ?token= from the push endpoint, then unset " +
  "GMAIL_PUSH_SECRET";

/** The options as the deployed function reads them from its environment. */
export function optionsFromEnv(env: { get(name: string): string | undefined }): GmailPushOptions {
  const audience = env.get("GMAIL_PUSH_AUDIENCE") || undefined;
  if (env.get("GMAIL_PUSH_SECRET")) log(FN, { warning: SECRET_IGNORED, oidc: audience !== undefined });
  return {
    oidc: audience
      ? {
        audience,
        jwksUrl: env.get("GOOGLE_OIDC_JWKS_URL") || GOOGLE_JWKS_URL,
        serviceAccount: env.get("GMAIL_PUSH_SERVICE_ACCOUNT") || undefined,
      }
      : undefined,
  };
}

type Push = { emailAddress: string; historyId: string; messageId: string | null };

function decodeEnvelope(body: string): Push | string {
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    return "not JSON";
  }
  const message = (envelope as { message?: Record<string, unknown> } | null)?.message;
  if (typeof message !== "object" || message === null) return "no message";
  if (typeof message.data !== "string" || message.data === "") return "no message.data";
  let data: { emailAddress?: unknown; historyId?: unknown };
  try {
    // Gmail documents base64url; Pub/Sub's own JSON uses standard base64: both are read.
    const b64 = message.data.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return "message.data is not base64 JSON";
  }
  if (typeof data !== "object" || data === null) return "message.data is not an object";
  if (typeof data.emailAddress !== "string" || !data.emailAddress.includes("@")) return "no emailAddress";
  const historyId = typeof data.historyId === "number" ? String(data.historyId) : data.historyId;
  if (typeof historyId !== "string" || !/^[1-9][0-9]{0,17}$/.test(historyId)) return "no historyId";
  const id = message.messageId ?? message.message_id;
  return { emailAddress: data.emailAddress, historyId, messageId: typeof id === "string" && id ? id : null };
}

export function gmailPush(intake: () => Intake, options: GmailPushOptions): Handler {
  const budgetMs = options.budgetMs ?? 5000;
  const jwks = options.oidc ? remoteJwks(options.oidc.jwksUrl) : undefined;

  async function authenticate(request: Request): Promise<{ status: 401 | 403 | 500; reason: string } | null> {
    if (!options.oidc || !jwks) return { status: 500, reason: "no push authentication configured" };
    if (new URL(request.url).searchParams.has("token")) {
      return { status: 403, reason: "a secret in the push URL is refused: authenticate the subscription with OIDC" };
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
    if (bearer) {
      const verdict = await verifyPushToken(bearer[1], options.oidc, jwks);
      if (verdict.ok) return null;
      // Google's keys could not be fetched: not the sender's fault, Pub/Sub retries the 500.
      return { status: verdict.unavailable ? 500 : 403, reason: verdict.reason };
    }
    return { status: 401, reason: "no credentials" };
  }

  return async (request) => {
    const started = performance.now();
    const done = (response: Response, fields: Record<string, string | number | boolean>) => {
      log(FN, { status: response.status, ms: Math.round(performance.now() - started), ...fields });
      return response;
    };
    if (request.method !== "POST") return done(empty(405, { allow: "POST" }), { reason: "method" });
    const refused = await authenticate(request);
    if (refused) {
      await request.body?.cancel();
      const headers: Record<string, string> = refused.status === 401 ? { "www-authenticate": "Bearer" } : {};
      return done(empty(refused.status, headers), { reason: refused.reason });
    }

    const body = await readBody(request, MAX_BODY_BYTES);
    const push = body === null ? "too large" : decodeEnvelope(body);
    if (typeof push === "string") {
      return done(json(200, { acknowledged: true, dropped: push }), { reason: `malformed: ${push}` });
    }
    try {
      const result = await within(
        budgetMs,
        intake().receiveGmailPush(push.emailAddress, push.historyId, push.messageId),
      );
      return done(empty(204), {
        accepted: result.accepted,
        rejected: result.rejected,
        duplicate: result.duplicate,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "unexpected error";
      return done(empty(503, { "retry-after": "10" }), { reason });
    }
  };
}
