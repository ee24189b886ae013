// The health function's handler: who sees the full report and who the summary, 200 and 503, and a database
// that cannot be reached. The report itself (worker.health_check) is tested against the database in
// tests/test_health.py, which also serves health/index.ts and reads it with a stopped worker and a full queue.
import assert from "node:assert/strict";
import { connectHealth, HealthDatabase, Json } from "../_shared/db.ts";
import { health } from "../health/handler.ts";
import { DEAD_DB_URL } from "./helpers.ts";

const TOKEN = "a-health-token";

function fixed(report: Json): () => HealthDatabase {
  return () => ({ healthCheck: () => Promise.resolve(report) });
}

const UNHEALTHY: Json = {
  healthy: false,
  checked_at: "2030-01-07T08:00:00+00:00",
  failing: ["workers"],
  checks: [
    { name: "database", ok: true, server_version: "15" },
    { name: "workers", ok: false, live: 0, stopped: ["host:1:ab"] },
  ],
};

Deno.test("health: anyone gets the summary, 503 when a check fails", async () => {
  const handler = health(fixed(UNHEALTHY), { tokens: [TOKEN] });
  const response = await handler(new Request("http://fn/health"));
  assert.equal(response.status, 503);
  assert.equal(response.headers.get("cache-control"), "no-store");
  assert.deepEqual(await response.json(), {
    healthy: false,
    checked_at: "2030-01-07T08:00:00+00:00",
    failing: ["workers"],
    checks: [{ name: "database", ok: true }, { name: "workers", ok: false }],
  });
});

Deno.test("health: the token's bearer gets the full report; a wrong token is refused", async () => {
  const handler = health(fixed(UNHEALTHY), { tokens: ["another", TOKEN] });
  const full = await handler(new Request("http://fn/health", { headers: { authorization: `Bearer ${TOKEN}` } }));
  assert.equal(full.status, 503);
  assert.deepEqual(await full.json(), UNHEALTHY);
  for (const authorization of ["Bearer nope", "Basic abc", `Bearer ${TOKEN}x`]) {
    const refused = await handler(new Request("http://fn/health", { headers: { authorization } }));
    assert.equal(refused.status, 401, authorization);
    assert.equal(await refused.text(), "");
  }
  const noTokens = health(fixed(UNHEALTHY), { tokens: [] });
  const refused = await noTokens(new Request("http://fn/health", { headers: { authorization: "Bearer " } }));
  assert.equal(refused.status, 401);
  await refused.body?.cancel();
});

Deno.test("health: 200 when healthy, HEAD without a body, other methods 405", async () => {
  const healthy: Json = {
    healthy: true,
    checked_at: "2030-01-07T08:00:00+00:00",
    failing: [],
    checks: [{ name: "database", ok: true }],
  };
  const handler = health(fixed(healthy), { tokens: [TOKEN] });
  const ok = await handler(new Request("http://fn/health"));
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).healthy, true);
  const head = await handler(new Request("http://fn/health", { method: "HEAD" }));
  assert.equal(head.status, 200);
  assert.equal(head.body, null);
  const post = await handler(new Request("http://fn/health", { method: "POST", body: "{}" }));
  assert.equal(post.status, 405);
  assert.equal(post.headers.get("allow"), "GET, HEAD");
});

Deno.test("health: a database that cannot be reached is a failing database check, 503", async () => {
  const db = connectHealth(DEAD_DB_URL, { connectTimeoutSeconds: 1 });
  try {
    const handler = health(() => db, { tokens: [TOKEN], budgetMs: 3000 });
    const response = await handler(new Request("http://fn/health", { headers: { authorization: `Bearer ${TOKEN}` } }));
    assert.equal(response.status, 503);
    const body = await response.json();
    assert.equal(body.healthy, false);
    assert.deepEqual(body.failing, ["database"]);
    assert.deepEqual(body.checks, [{ name: "database", ok: false, reason: "database unreachable" }]);
  } finally {
    await db.close();
  }
});

Deno.test("health: an answer that is not a report is not taken for health", async () => {
  const handler = health(fixed({ healthy: "yes" }), { tokens: [] });
  const response = await handler(new Request("http://fn/health"));
  assert.equal(response.status, 503);
  assert.deepEqual((await response.json()).failing, ["database"]);
});
