// graph-webhook against the real local Postgres and the Graph sandbox: the validation handshake,
// notifications queued with 202, forged clientState recorded and never queued, lifecycle events,
// and the answers Graph acts on (400, 405, 503).
import assert from "node:assert/strict";
import { connectIntake, Intake } from "../_shared/db.ts";
import { graphWebhook } from "../graph-webhook/handler.ts";
import {
  admin,
  control,
  DB_URL,
  DEAD_DB_URL,
  eventually,
  form,
  mailbox,
  queued,
  rejections,
  SANDBOX_URL,
  serveOnFreePort,
  unique,
} from "./helpers.ts";

const STATE = "client-state-" + crypto.randomUUID();

/** The real intake, counting the calls made to it. */
function counted(intake: Intake) {
  const calls = { n: 0 };
  const wrapped: Intake = {
    receiveGraphNotifications: (body) => (calls.n++, intake.receiveGraphNotifications(body)),
    receiveGmailPush: (...args) => (calls.n++, intake.receiveGmailPush(...args)),
  };
  return { wrapped, calls };
}

function notification(subscriptionId: string, clientState: string, messageId: string) {
  return {
    subscriptionId,
    subscriptionExpirationDateTime: "2026-11-26T09:00:00Z",
    clientState,
    changeType: "created",
    resource: `Users/x/Messages/${messageId}`,
    tenantId: "tenant",
    resourceData: { "@odata.type": "#Microsoft.Graph.Message", id: messageId },
  };
}

Deno.test("the validation handshake echoes the decoded token as text/plain, without the database", async () => {
  const intake = connectIntake(DEAD_DB_URL);
  const { wrapped, calls } = counted(intake);
  const served = serveOnFreePort(graphWebhook(() => wrapped));
  try {
    const token = "Validation: Token issued by Graph +/=&?é " + crypto.randomUUID();
    const response = await fetch(`${served.url}?mailbox=a&validationToken=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/plain/);
    assert.equal(await response.text(), token);
    assert.equal(calls.n, 0);
  } finally {
    await served.close();
    await intake.close();
  }
});

Deno.test("a Graph subscription is validated, its notifications and lifecycle events are queued", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const served = serveOnFreePort(graphWebhook(() => intake));
  try {
    const address = `${unique("alice")}@contoso.com`;
    const box = await mailbox(db, "graph", address);
    await control("create_graph_user", { address });
    const app = await control("create_graph_app", { tenant: "contoso.com" });
    const { access_token } = await form(`/${app.tenant_id}/oauth2/v2.0/token`, {
      grant_type: "client_credentials",
      client_id: app.client_id,
      client_secret: app.client_secret,
      scope: "https://graph.microsoft.com/.default",
    });
    const now = new Date((await control("clock")).now);
    const expires = new Date(now.getTime() + 2 * 86400_000).toISOString();
    const hook = `${served.url}?mailbox=${box}`;
    const created = await fetch(`${SANDBOX_URL}/v1.0/subscriptions`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${access_token}`,
        "content-type": "application/json",
        prefer: 'IdType="ImmutableId"',
      },
      body: JSON.stringify({
        changeType: "created,updated",
        notificationUrl: hook,
        lifecycleNotificationUrl: hook,
        resource: `users/${address}/mailFolders('inbox')/messages`,
        expirationDateTime: expires,
        clientState: STATE,
      }),
    });
    // Graph created it only because both URLs answered the handshake.
    assert.equal(created.status, 201, await created.clone().text());
    const subscription = await created.json();
    await db`select worker.register_provider_subscription(
      ${box}, ${subscription.id}, ${subscription.resource}, ${STATE}, ${expires})`;

    const delivered = await control("deliver", {
      to: address,
      sender: "carol@example.org",
      subject: "Hi",
      text: "Hello",
    });
    const [event] = await eventually(
      async () => (await queued(db, box)).length > 0 && await queued(db, box),
      "a queued event",
    );
    assert.equal(event.provider, "graph");
    assert.equal(event.kind, "message");
    assert.equal(event.change_type, "created");
    assert.equal(event.subscription_id, subscription.id);
    const [inbox] = await control("graph_messages", { mailbox: address, folder: "inbox" });
    assert.equal(inbox.internet_message_id, delivered.internet_message_id);
    assert.equal(event.message_id, inbox.id);

    await control("trigger_lifecycle", { subscription_id: subscription.id, event: "subscriptionRemoved" });
    const events = await eventually(async () => {
      const all = await queued(db, box);
      return all.length >= 2 && all;
    }, "the lifecycle event");
    assert.deepEqual([events[1].kind, events[1].lifecycle_event], ["lifecycle", "subscriptionRemoved"]);
    const [row] = await db`select status from private.provider_subscriptions where external_id = ${subscription.id}`;
    assert.equal(row.status, "removed");

    const answers = (await control("deliveries")).filter((d: { url: string }) => d.url === hook);
    assert.ok(answers.length >= 2);
    assert.ok(answers.every((d: { status: number }) => d.status === 202), JSON.stringify(answers));
  } finally {
    await served.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("a forged clientState is answered 202, recorded, and nothing is queued", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const served = serveOnFreePort(graphWebhook(() => intake));
  try {
    const box = await mailbox(db, "graph", `${unique("bob")}@contoso.com`);
    const subscriptionId = crypto.randomUUID();
    await db`select worker.register_provider_subscription(
      ${box}, ${subscriptionId}, 'users/bob/messages', ${STATE}, now() + interval '1 day')`;
    const forged = "forged-" + crypto.randomUUID();
    const response = await fetch(served.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        value: [notification(subscriptionId, forged, "m-1"), notification(crypto.randomUUID(), STATE, "m-2")],
      }),
    });
    assert.equal(response.status, 202);
    assert.deepEqual(await queued(db, box), []);
    const recorded = await rejections(db, { subscriptionId });
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0].reason, "client_state_mismatch");
    assert.equal(recorded[0].mailbox_id, box);
    assert.ok(!JSON.stringify(recorded).includes(forged));
  } finally {
    await served.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("malformed bodies get 400 and other methods 405, without touching the database", async () => {
  const intake = connectIntake(DB_URL);
  const { wrapped, calls } = counted(intake);
  const served = serveOnFreePort(graphWebhook(() => wrapped));
  try {
    for (const body of ["{not json", "[]", '{"value": {}}', '"text"']) {
      const response = await fetch(served.url, {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      });
      assert.equal(response.status, 400, body);
      await response.body?.cancel();
    }
    const get = await fetch(served.url);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get("allow"), "POST");
    await get.body?.cancel();
    assert.equal(calls.n, 0);
  } finally {
    await served.close();
    await intake.close();
  }
});

Deno.test("when the database cannot take the batch the answer is 503, so Graph retries", async () => {
  const intake = connectIntake(DEAD_DB_URL, { connectTimeoutSeconds: 1 });
  const served = serveOnFreePort(graphWebhook(() => intake, { budgetMs: 2500 }));
  try {
    const response = await fetch(served.url, {
      method: "POST",
      body: JSON.stringify({ value: [notification(crypto.randomUUID(), STATE, "m")] }),
    });
    assert.equal(response.status, 503);
    await response.body?.cancel();
  } finally {
    await served.close();
    await intake.close();
  }
});
