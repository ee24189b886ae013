// Microsoft Graph change and lifecycle notifications (one URL for both).
//
// - `POST ?validationToken=…`: the validation handshake Graph runs when a subscription (and its
//   lifecycleNotificationUrl) is created: answer 200, text/plain, the URL-decoded token, touching nothing.
// - `POST {"value": [...]}`: the whole body goes to `public.receive_graph_notifications`, which checks each
//   item's clientState against the registered subscription (a mismatch is recorded, never processed) and
//   queues the rest. Graph wants a 2xx within 3 seconds, else it retries and, if the endpoint is often
//   slow, delays then drops notifications: the SQL is one statement per batch, the database gets
//   `budgetMs` at most, and when it cannot take the batch the answer is 503 so Graph delivers it again.
import { Intake, within } from "../_shared/db.ts";
import { empty, Handler, log, readBody, text } from "../_shared/http.ts";

const FN = "graph-webhook";
const MAX_BODY_BYTES = 1_000_000;
const MAX_TOKEN_CHARS = 4096;

export interface GraphWebhookOptions {
  /** How long the database may take before the answer is 503 (Graph's budget is 3 s in all). */
  budgetMs?: number;
}

export function graphWebhook(intake: () => Intake, options: GraphWebhookOptions = {}): Handler {
  const budgetMs = options.budgetMs ?? 2500;
  return async (request) => {
    const started = performance.now();
    const done = (response: Response, fields: Record<string, string | number>) => {
      log(FN, { status: response.status, ms: Math.round(performance.now() - started), ...fields });
      return response;
    };
    if (request.method !== "POST") return done(empty(405, { allow: "POST" }), { reason: "method" });

    // URLSearchParams decodes the token, as Graph requires (an encoded echo fails validation).
    const token = new URL(request.url).searchParams.get("validationToken");
    if (token !== null) {
      await request.body?.cancel();
      if (token.length === 0 || token.length > MAX_TOKEN_CHARS) {
        return done(empty(400), { reason: "validation token" });
      }
      return done(text(200, token), { kind: "validation" });
    }

    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) return done(empty(413), { reason: "too large" });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return done(empty(400), { reason: "not JSON" });
    }
    if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as { value?: unknown }).value)) {
      return done(empty(400), { reason: "not a notification collection" });
    }

    try {
      const result = await within(budgetMs, intake().receiveGraphNotifications(body));
      return done(empty(202), { kind: "notifications", accepted: result.accepted, rejected: result.rejected });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "unexpected error";
      // 503: not persisted, so Graph must deliver it again.
      return done(empty(503, { "retry-after": "10" }), { reason });
    }
  };
}
