// Microsoft Graph change and lifecycle notifications (one URL for both).
//
// - `POST ?validationToken=…`: the validation handshake Graph runs when a subscription (and its
//   lifecycleNotificationUrl) is created: answer 200, text/plain, the URL-decoded token, touching nothing.
// - `POST {"value": [...]}` (at most MAX_BODY_BYTES, read with that cap, and MAX_NOTIFICATIONS items, else
//   413): the notifications go to `worker.receive_graph_notifications`, each clientState replaced by its
//   SHA-256, which checks each item against the registered subscription (refused items are recorded, one
//   row per reason and subscription with their count, never processed) and queues the rest. Graph wants a 2xx within 3 seconds, else it retries and, if the endpoint is often
//   slow, delays then drops notifications: the SQL is one statement per batch, the database gets
//   `budgetMs` at most, and when it cannot take the batch the answer is 503 so Graph delivers it again.
import { Intake, within } from "../_shared/db.ts";
import { empty, Handler, log, readBody, text, tooLarge } from "../_shared/http.ts";

const FN = "graph-webhook";
/**
 * What one Graph POST may carry. Graph documents no maximum batch size; basic notifications (the only kind
 * Relance subscribes to: no resource data) are well under 1 kB each, so 1,000 of them fit in 1 MB. A
 * request past either limit is refused whole with 413 before the database sees any of it.
 */
export const MAX_BODY_BYTES = 1_000_000;
export const MAX_NOTIFICATIONS = 1000;
const MAX_TOKEN_CHARS = 4096;
/** Bodies up to this size (a few dozen notifications) are handled at once; larger ones one at a time. */
const SMALL_BODY_CHARS = 32_768;
export const LARGE_BODIES_WAITING = 8;

export interface GraphWebhookOptions {
  /** How long the database may take before the answer is 503 (Graph's budget is 3 s in all). */
  budgetMs?: number;
}

async function sha256Hex(value: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A string Postgres' jsonb takes: no NUL, no lone surrogate (neither ever comes from Graph). */
function storable(value: string): string {
  return value.toWellFormed().replaceAll("\u0000", "\uFFFD");
}

/** A JSON text that escapes a NUL or a UTF-16 surrogate (\\u0000, \\ud800-\\udfff). */
const NEEDS_CLEANING = /\\u0000|\\u[dD][89a-fA-F]/;

function clean(value: unknown): unknown {
  if (typeof value === "string") return storable(value);
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k), clean(v)]));
  }
  return value;
}

/**
 * The body as the database gets it: each item's clientState replaced by its SHA-256 (clientStateSha256),
 * so the secret never reaches Postgres and no server log line can echo it, and every string made storable
 * as jsonb, so no parse error can either.
 */
export async function forDatabase(items: unknown[], body: string): Promise<string> {
  // Only a body that escapes a NUL or a surrogate can hold a string jsonb refuses (JSON.parse decodes a lone
  // surrogate only from its escape, and a raw NUL is not valid JSON): any other body is taken as parsed.
  const tidy = NEEDS_CLEANING.test(body) ? items.map(clean) : items;
  // One digest per distinct clientState (a batch mostly repeats one or two), then one plain pass.
  const digests = new Map<string, string>();
  for (const item of tidy) {
    const state = typeof item === "object" && item !== null ? (item as { clientState?: unknown }).clientState : null;
    if (typeof state === "string" && !digests.has(state)) digests.set(state, await sha256Hex(state));
  }
  const value = tidy.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
    const { clientState, clientStateSha256: _ignored, ...rest } = item as Record<string, unknown>;
    return typeof clientState === "string" ? { ...rest, clientStateSha256: digests.get(clientState) } : rest;
  });
  return JSON.stringify({ value });
}

/** How many times `needle` occurs in `text` (without overlaps). */
export function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

/** One at a time, with at most `waiting` in line: `enter` gives the turn to wait for, or null when full. */
export class Lane {
  #busy = false;
  #line: (() => void)[] = [];
  constructor(readonly waiting: number) {}

  enter(): Promise<void> | null {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve();
    }
    if (this.#line.length >= this.waiting) return null;
    return new Promise((resolve) => this.#line.push(resolve));
  }

  leave(): void {
    const next = this.#line.shift();
    if (next) next();
    else this.#busy = false;
  }
}

export function graphWebhook(intake: () => Intake, options: GraphWebhookOptions = {}): Handler {
  const budgetMs = options.budgetMs ?? 2500;
  const large = new Lane(LARGE_BODIES_WAITING);
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
    if (body === null) return done(tooLarge(), { reason: "too large" });
    if (body.length <= SMALL_BODY_CHARS) return await handle(body, done);
    // Every Graph notification names its subscription: a body with more `"subscriptionId"` keys than one
    // request may carry is refused before it costs a parse or a place in the lane. Inside a JSON string the
    // quotes are escaped (`\"subscriptionId\"`), so only keys (or a value that is exactly that word) count.
    const keys = countOccurrences(body, '"subscriptionId"');
    if (keys > MAX_NOTIFICATIONS) {
      return done(empty(413), { reason: "too many notifications", items: keys });
    }
    // A large body takes the one-at-a-time lane: parsing a megabyte holds the thread, so large bodies are
    // parsed one after the other, each after the requests already waiting (the usual one-notification
    // ones) have had their turn. Past LARGE_BODIES_WAITING waiting, the answer is 503 and Graph retries.
    const turn = large.enter();
    if (!turn) return done(empty(503, { "retry-after": "10" }), { reason: "busy with large bodies" });
    try {
      await turn;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return await handle(body, done);
    } finally {
      large.leave();
    }
  };

  async function handle(body: string, done: (response: Response, fields: Record<string, string | number>) => Response) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return done(empty(400), { reason: "not JSON" });
    }
    const items = typeof parsed === "object" && parsed !== null ? (parsed as { value?: unknown }).value : undefined;
    if (!Array.isArray(items)) return done(empty(400), { reason: "not a notification collection" });
    if (items.length > MAX_NOTIFICATIONS) {
      return done(empty(413), { reason: "too many notifications", items: items.length });
    }

    try {
      const result = await within(
        budgetMs,
        intake().receiveGraphNotifications(await forDatabase(items, body), items.length),
      );
      return done(empty(202), { kind: "notifications", accepted: result.accepted, rejected: result.rejected });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "unexpected error";
      // 503: not persisted, so Graph must deliver it again.
      return done(empty(503, { "retry-after": "10" }), { reason });
    }
  }
}
