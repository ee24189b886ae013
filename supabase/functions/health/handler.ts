// The system's health over HTTP: worker.health_check() (sql/functions/170_health.sql) as JSON, 200 when
// healthy, 503 otherwise (also when the database cannot be reached, which is then the failing check).
//
// Who sees what:
// - anyone (no Authorization header): the summary, {healthy, checked_at, failing, checks: [{name, ok}]}, enough
//   for an uptime monitor and nothing about the system's contents;
// - a caller with `Authorization: Bearer <token>`, the token being HEALTH_TOKEN or the service role key: the full
//   report (each pg_cron job's last run, queue depths and ages, workers, mailbox ids needing reauth, expiring
//   subscriptions, error counts). The report holds ids, counts and instants, never an address, a message, a
//   credential or a pg_cron error text;
// - a wrong token: 401, so a misconfigured monitor is noticed rather than silently given the summary.
// Answers are never cached (cache-control: no-store). The log line carries the status and the failing checks'
// names only.
import { describe, HealthDatabase, Json, within } from "../_shared/db.ts";
import { empty, Handler, log } from "../_shared/http.ts";
import { sameSecret } from "../_shared/oidc.ts";

const FN = "health";

export interface HealthOptions {
  /** Bearer tokens that see the full report: HEALTH_TOKEN, SUPABASE_SERVICE_ROLE_KEY. */
  tokens: string[];
  budgetMs?: number;
}

export function optionsFromEnv(env: { get(name: string): string | undefined }): HealthOptions {
  return {
    tokens: [env.get("HEALTH_TOKEN"), env.get("SUPABASE_SERVICE_ROLE_KEY")].filter((t): t is string => !!t),
  };
}

interface Check {
  name: string;
  ok: boolean;
  [detail: string]: Json;
}

interface Report {
  healthy: boolean;
  checked_at: string;
  failing: string[];
  checks: Check[];
}

function isReport(value: unknown): value is Report {
  const r = value as Report | null;
  return typeof r === "object" && r !== null && typeof r.healthy === "boolean" && Array.isArray(r.checks) &&
    r.checks.every((c) => typeof c?.name === "string" && typeof c?.ok === "boolean");
}

function unreachable(reason: string): Report {
  return {
    healthy: false,
    checked_at: new Date().toISOString(),
    failing: ["database"],
    checks: [{ name: "database", ok: false, reason }],
  };
}

function summary(report: Report): Report {
  return {
    healthy: report.healthy,
    checked_at: report.checked_at,
    failing: report.failing,
    checks: report.checks.map((c) => ({ name: c.name, ok: c.ok })),
  };
}

function answer(status: number, body: Report | null, head: boolean): Response {
  return new Response(head || body === null ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

export function health(database: () => HealthDatabase, options: HealthOptions): Handler {
  const budgetMs = options.budgetMs ?? 8000;

  async function full(request: Request): Promise<boolean | "refused"> {
    const header = request.headers.get("authorization");
    if (header === null) return false;
    const bearer = /^Bearer\s+(\S+)$/i.exec(header);
    if (!bearer) return "refused";
    for (const token of options.tokens) {
      if (await sameSecret(bearer[1], token)) return true;
    }
    return "refused";
  }

  return async (request) => {
    const started = performance.now();
    const done = (response: Response, fields: Record<string, string | number | boolean>) => {
      log(FN, { status: response.status, ms: Math.round(performance.now() - started), ...fields });
      return response;
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      return done(empty(405, { allow: "GET, HEAD" }), { reason: "method" });
    }
    const head = request.method === "HEAD";
    const access = await full(request);
    if (access === "refused") {
      return done(empty(401, { "www-authenticate": "Bearer" }), { reason: "wrong token" });
    }
    let report: Report;
    try {
      const result = await within(budgetMs, database().healthCheck());
      report = isReport(result) ? result : unreachable("unexpected answer from the database");
    } catch (error) {
      const reason = error instanceof Error ? error.message : describe(error);
      report = unreachable("database unreachable");
      const status = 503;
      return done(answer(status, access ? report : summary(report), head), {
        healthy: false,
        failing: "database",
        reason,
        full: access,
      });
    }
    const status = report.healthy ? 200 : 503;
    return done(answer(status, access ? report : summary(report), head), {
      healthy: report.healthy,
      failing: report.failing.join(","),
      full: access,
    });
  };
}
