// Hostile requests against the running edge functions (index.ts under `deno run`, as deployed) and the
// real database: a request carries at most what a provider sends in one, refusals are one row per request
// with their count, bodies are capped while they are read, and neither the function's log nor the
// Postgres server log ever carries a clientState, a push secret or a token.
import assert from "node:assert/strict";
import {
  countOccurrences,
  forDatabase,
  Lane,
  LARGE_BODIES_WAITING,
  MAX_BODY_BYTES,
  MAX_NOTIFICATIONS,
} from "../graph-webhook/handler.ts";
import { admin, mailbox, queued, rejections, start, unique } from "./helpers.ts";

const STATE = "client-state-" + crypto.randomUUID();

async function subscribed(db: ReturnType<typeof admin>) {
  const box = await mailbox(db, "graph", `${unique("hana")}@contoso.com`);
  const subscriptionId = crypto.randomUUID();
  await db`select worker.register_provider_subscription(
    ${box}, ${subscriptionId}, 'users/hana/messages', ${STATE}, now() + interval '1 day')`;
  return { box, subscriptionId };
}

function notification(subscriptionId: string, clientState: string, messageId: string) {
  return { subscriptionId, clientState, changeType: "created", resourceData: { id: messageId } };
}

async function post(url: string, body: string) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  await response.body?.cancel();
  return response.status;
}

/** The Postgres server log from `offset` on (tests/test_edge_functions.py names the file). */
async function serverLog(offset = 0): Promise<string> {
  const path = Deno.env.get("RELANCE_PG_LOG");
  if (!path) throw new Error("RELANCE_PG_LOG is not set: run these tests through pytest tests/test_edge_functions.py");
  const file = await Deno.open(path);
  try {
    await file.seek(offset, Deno.SeekMode.Start);
    return new TextDecoder().decode(await new Response(file.readable).arrayBuffer());
  } catch (error) {
    file.close();
    throw error;
  }
}

async function serverLogSize(): Promise<number> {
  return (await Deno.stat(Deno.env.get("RELANCE_PG_LOG") ?? "")).size;
}

Deno.test("a forged clientState repeated in one request is one refusal row with its count", async () => {
  const db = admin();
  const fn = await start("graph-webhook", {});
  try {
    const { box, subscriptionId } = await subscribed(db);
    const forged = "forged-" + crypto.randomUUID();
    const items = Array.from({ length: MAX_NOTIFICATIONS }, (_, i) => notification(subscriptionId, forged, `m-${i}`));
    assert.equal(await post(fn.url, JSON.stringify({ value: items })), 202);
    const recorded = await rejections(db, { subscriptionId });
    assert.deepEqual(
      recorded.map((r) => [r.reason, r.item_count, r.mailbox_id]),
      [["client_state_mismatch", MAX_NOTIFICATIONS, box]],
    );
    assert.deepEqual(await queued(db, box), []);
    assert.ok(!fn.output().includes(forged));
  } finally {
    await fn.stop();
    await db.end();
  }
});

Deno.test("more notifications than Graph sends in one request are refused with 413, nothing recorded", async () => {
  const db = admin();
  const fn = await start("graph-webhook", {});
  try {
    const { box, subscriptionId } = await subscribed(db);
    const items = Array.from({ length: 10_001 }, () => ({ subscriptionId, clientState: "x" }));
    const body = JSON.stringify({ value: items });
    assert.ok(body.length < MAX_BODY_BYTES, "the count is refused, not the size");
    const count = async () => (await db`select count(*)::int as n from private.provider_rejections`)[0].n;
    const before = await count();
    assert.equal(await post(fn.url, body), 413);
    assert.equal(await count(), before);
    assert.deepEqual(await queued(db, box), []);
    assert.match(fn.output(), /"status":413.*"reason":"too many notifications","items":10001/);
  } finally {
    await fn.stop();
    await db.end();
  }
});

Deno.test("the notification count read before parsing counts keys only, never a key quoted in a string", () => {
  const legitimate = JSON.stringify({
    value: Array.from({ length: MAX_NOTIFICATIONS }, (_, i) => ({
      ...notification("sub-1", "state", `m-${i}`),
      // A value that mentions the key (escaped inside the JSON text) is not a notification.
      resource: `Users/u/Messages/m-${i}?note="subscriptionId"`,
    })),
  });
  assert.equal(countOccurrences(legitimate, '"subscriptionId"'), MAX_NOTIFICATIONS);
  assert.ok(legitimate.length > 32_768, "a large body: the one the count protects");
});

Deno.test("large bodies are parsed one at a time in arrival order; past the line the next is turned away (503)", async () => {
  const lane = new Lane(LARGE_BODIES_WAITING);
  const order: number[] = [];
  const first = lane.enter();
  assert.ok(first, "an idle lane takes the first body at once");
  await first;
  const waiting = Array.from({ length: LARGE_BODIES_WAITING }, (_, i) => {
    const turn = lane.enter();
    assert.ok(turn, `body ${i + 2} waits its turn`);
    return turn.then(() => order.push(i + 2));
  });
  assert.equal(lane.enter(), null, "one more than the line holds: the handler answers 503 with Retry-After");
  for (let i = 0; i < LARGE_BODIES_WAITING; i++) {
    lane.leave();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await Promise.all(waiting);
  assert.deepEqual(order, Array.from({ length: LARGE_BODIES_WAITING }, (_, i) => i + 2));
  lane.leave();
  assert.ok(lane.enter(), "the lane is free again once the last body left");
});

Deno.test("what reaches the database is storable whatever the body escapes, and never holds the clientState", async () => {
  for (const escaped of ["\\u0000", "\\udc00", "\\uD800", "\\ud83d\\ude00"]) {
    const body = `{"value": [{"subscriptionId": "s", "clientState": "secret", "resource": "a${escaped}b"}]}`;
    const out = await forDatabase(JSON.parse(body).value, body);
    assert.ok(!out.includes("secret"), out);
    const resource = JSON.parse(out).value[0].resource as string;
    assert.ok(resource.isWellFormed() && !resource.includes("\u0000"), `${escaped}: ${JSON.stringify(resource)}`);
  }
  const plain = `{"value": [{"subscriptionId": "s", "clientState": "secret", "resource": "Users/u/Messages/m-1"}]}`;
  const out = JSON.parse(await forDatabase(JSON.parse(plain).value, plain)).value[0];
  assert.equal(out.resource, "Users/u/Messages/m-1");
  assert.match(out.clientStateSha256, /^[0-9a-f]{64}$/);
});

/** Sends a chunked body of `total` bytes on a raw connection, as long as the server reads it. */
async function chunked(port: number, total: number, headers = "transfer-encoding: chunked\r\n") {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const encoder = new TextEncoder();
  let answer = "";
  let sent = 0;
  const reading = (async () => {
    const buffer = new Uint8Array(4096);
    try {
      while (!answer.includes("\r\n\r\n")) {
        const n = await conn.read(buffer);
        if (n === null) break;
        answer += new TextDecoder().decode(buffer.subarray(0, n));
      }
    } catch {
      // reset by the server: what was read is the answer
    }
  })();
  try {
    await conn.write(
      encoder.encode(`POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n${headers}\r\n`),
    );
    const chunk = encoder.encode(" ".repeat(65_536));
    const framed = new Uint8Array([...encoder.encode(`${chunk.length.toString(16)}\r\n`), ...chunk, 13, 10]);
    while (sent < total && !answer) {
      await conn.write(framed);
      sent += chunk.length;
    }
    if (sent >= total) await conn.write(encoder.encode("0\r\n\r\n"));
  } catch {
    // the server closed the connection: it read no more
  }
  await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, 5000))]);
  try {
    conn.close();
  } catch {
    // already closed
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), sent };
}

Deno.test("an oversized chunked body is answered 413 once past the cap, without reading it all", async () => {
  const fn = await start("graph-webhook", { SUPABASE_DB_URL: "postgresql://postgres:postgres@127.0.0.1:9/postgres" });
  try {
    const total = 256 * 1024 * 1024;
    const { status, sent } = await chunked(fn.port, total);
    assert.equal(status, 413);
    // The function stopped reading shortly after 1 MB: the client could not push the 256 MB.
    assert.ok(sent < 64 * 1024 * 1024, `sent ${sent} bytes`);
    // A declared length above the cap is refused before any of the body is sent.
    const declared = await chunked(fn.port, 0, `content-length: ${MAX_BODY_BYTES + 1}\r\n`);
    assert.equal(declared.status, 413);
    assert.match(fn.output(), /"status":413.*"reason":"too large"/);
  } finally {
    await fn.stop();
  }
});

Deno.test("when the database fails on a batch, neither the server log nor the function's log has its clientState", async () => {
  const db = admin();
  const blocker = admin();
  const fn = await start("graph-webhook", {});
  try {
    const { box, subscriptionId } = await subscribed(db);
    const offset = await serverLogSize();
    const [{ database }] = await db`select current_database() as database`;

    // A NUL in a string right after the clientState: valid JSON, not storable as jsonb (a parse error whose
    // context quotes the text just before it).
    const item = { subscriptionId, clientState: STATE, tenantId: "\u0000", resourceData: { id: "m-nul" } };
    const nul = JSON.stringify({ value: [item] });
    assert.equal(await post(fn.url, nul), 202);
    assert.equal((await queued(db, box)).length, 1);

    // The database cannot answer in time: the statement is cancelled, and the server logs the error.
    let locked!: () => void;
    const release = new Promise<void>((resolve) => (locked = resolve));
    const holding = blocker.begin(async (tx) => {
      await tx`lock table private.provider_subscriptions in access exclusive mode`;
      await release;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(await post(fn.url, JSON.stringify({ value: [notification(subscriptionId, STATE, "m-2")] })), 503);
    } finally {
      locked();
      await holding;
    }

    const logged = await serverLog(offset);
    const mine = logged.split("\n").filter((line) => line.includes(`@${database} `));
    assert.ok(mine.some((line) => line.includes("canceling statement due to statement timeout")), mine.join("\n"));
    // Not even a part of it: an error context quotes some 30 characters before the fault.
    const part = STATE.slice(-12);
    assert.ok(!logged.includes(part), "the server log holds the clientState");
    assert.ok(!fn.output().includes(part), "the function's log holds the clientState");
    assert.match(fn.output(), /"status":503/);
  } finally {
    await fn.stop();
    await blocker.end();
    await db.end();
  }
});

Deno.test("no gmail-push log line carries a push secret or a bearer token", async () => {
  const secret = "push-secret-" + crypto.randomUUID();
  const fn = await start("gmail-push", {
    GMAIL_PUSH_SECRET: secret,
    GMAIL_PUSH_AUDIENCE: "https://relance.example/x",
    // Nothing listens there: the keys cannot be had, and no test reaches Google.
    GOOGLE_OIDC_JWKS_URL: "http://127.0.0.1:9/certs",
  });
  try {
    const body = JSON.stringify({ message: { data: btoa(JSON.stringify({ emailAddress: "a@b.c", historyId: 1 })) } });
    const wrong = `${secret}-wrong`;
    const bearer = `eyJhbGciOiJSUzI1NiJ9.${btoa(secret)}.c2ln`;
    for (
      const [url, headers] of [
        [`${fn.url}?token=${wrong}`, {}],
        [fn.url, { authorization: `Bearer ${bearer}` }],
        [`${fn.url}?token=${secret}`, {}],
      ] as const
    ) {
      const response = await fetch(url, { method: "POST", body, headers });
      await response.body?.cancel();
    }
    const printed = fn.output();
    assert.match(printed, /a secret in the push URL is refused/);
    assert.ok(!printed.includes(secret) && !printed.includes(bearer) && !printed.includes(btoa(secret)));
  } finally {
    await fn.stop();
  }
});
