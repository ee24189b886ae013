// The deployed entry points (index.ts) as `deno run` starts them locally: PORT from the environment,
// SUPABASE_DB_URL and the push settings from the environment, the same permissions as the demo.
import assert from "node:assert/strict";
import { admin, mailbox, queued, start, unique } from "./helpers.ts";
import { AUDIENCE, issuer } from "./issuer.ts";

Deno.test("graph-webhook/index.ts serves on PORT and hands notifications to the database", async () => {
  const db = admin();
  const fn = await start("graph-webhook", {});
  try {
    const handshake = await fetch(`${fn.url}?validationToken=${encodeURIComponent("Validation: x y")}`, {
      method: "POST",
    });
    assert.equal(await handshake.text(), "Validation: x y");
    const box = await mailbox(db, "graph", `${unique("eve")}@contoso.com`);
    const subscriptionId = crypto.randomUUID();
    await db`select worker.register_provider_subscription(
      ${box}, ${subscriptionId}, 'users/eve/messages', 'state', now() + interval '1 day')`;
    const response = await fetch(fn.url, {
      method: "POST",
      body: JSON.stringify({
        value: [{ subscriptionId, clientState: "state", changeType: "created", resourceData: { id: "m-1" } }],
      }),
    });
    assert.equal(response.status, 202);
    await response.body?.cancel();
    const [event] = await queued(db, box);
    assert.equal(event.message_id, "m-1");
  } finally {
    await fn.stop();
    await db.end();
  }
});

Deno.test("gmail-push/index.ts reads its OIDC settings from the environment, and no push secret", async () => {
  const db = admin();
  const keys = await issuer();
  const leftover = "s3cret-" + crypto.randomUUID();
  const fn = await start("gmail-push", {
    GMAIL_PUSH_AUDIENCE: AUDIENCE,
    GMAIL_PUSH_SERVICE_ACCOUNT: keys.good.email,
    GOOGLE_OIDC_JWKS_URL: keys.url,
    GMAIL_PUSH_SECRET: leftover, // a deployment that set the old fallback: told once, never used
  });
  try {
    const address = `${unique("max")}@gmail.example`;
    const box = await mailbox(db, "gmail", address);
    const data = btoa(JSON.stringify({ emailAddress: address, historyId: "77" }));
    const body = JSON.stringify({ message: { data, messageId: unique("pubsub") } });
    const refused = await fetch(fn.url, { method: "POST", body });
    assert.equal(refused.status, 401);
    await refused.body?.cancel();
    const bySecret = await fetch(`${fn.url}?token=${leftover}`, { method: "POST", body });
    assert.equal(bySecret.status, 403);
    await bySecret.body?.cancel();
    const accepted = await fetch(fn.url, {
      method: "POST",
      body,
      headers: { authorization: `Bearer ${await keys.sign(keys.good)}` },
    });
    assert.equal(accepted.status, 204);
    await accepted.body?.cancel();
    const [event] = await queued(db, box);
    assert.equal(event.history_id, 77);
    assert.match(fn.output(), /GMAIL_PUSH_SECRET is no longer read/);
    assert.ok(!fn.output().includes(leftover));
  } finally {
    await fn.stop();
    await keys.close();
    await db.end();
  }
});
