// gmail-push against the real local Postgres and the Gmail sandbox: a push authenticated by the
// Pub/Sub OIDC token (signed by the sandbox, checked against its JWKS) is queued and answered 204; bad or
// missing credentials, and a secret in the URL, are refused with nothing recorded; a redelivered messageId
// is queued once; malformed pushes are acknowledged and dropped; a database outage is 503.
import assert from "node:assert/strict";
import { connectIntake } from "../_shared/db.ts";
import { gmailPush, GmailPushOptions, optionsFromEnv, SECRET_IGNORED } from "../gmail-push/handler.ts";
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
import { AUDIENCE, b64url, issuer } from "./issuer.ts";

function envelope(emailAddress: string, historyId: string | number, messageId: string) {
  return JSON.stringify({
    message: {
      data: b64url(JSON.stringify({ emailAddress, historyId })),
      messageId,
      publishTime: new Date().toISOString(),
    },
    subscription: "projects/relance/subscriptions/gmail-push",
  });
}

async function push(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  const text = await response.text();
  return { status: response.status, text };
}

Deno.test("a push signed by Pub/Sub's OIDC token is queued; a token for another audience is refused", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const options: GmailPushOptions = { oidc: { audience: AUDIENCE, jwksUrl: `${SANDBOX_URL}/oauth2/v3/certs` } };
  const served = serveOnFreePort(gmailPush(() => intake, options));
  try {
    const address = `${unique("paul")}@gmail.example`;
    const box = await mailbox(db, "gmail", address);
    await control("create_gmail_user", { address });
    const client = await control("create_google_client");
    const { refresh_token } = await control("google_refresh_token", { client_id: client.client_id, user: address });
    const { access_token } = await form("/token", {
      grant_type: "refresh_token",
      client_id: client.client_id,
      client_secret: client.client_secret,
      refresh_token,
    });
    const topic = `projects/relance/topics/${unique("gmail")}`;
    const right = `${served.url}?sub=right`;
    const wrong = `${served.url}?sub=wrong`;
    await control("create_pubsub_subscription", { topic, push_endpoint: right, audience: AUDIENCE });
    await control("create_pubsub_subscription", { topic, push_endpoint: wrong, audience: "https://elsewhere.example" });
    // A successful watch makes Gmail publish one notification at once, to both push subscriptions.
    const watch = await fetch(`${SANDBOX_URL}/gmail/v1/users/me/watch`, {
      method: "POST",
      headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ topicName: topic, labelIds: ["INBOX"] }),
    });
    assert.equal(watch.status, 200);
    const { historyId } = await watch.json();

    const [event] = await eventually(async () => {
      const events = await queued(db, box);
      return events.length > 0 && events;
    }, "the pushed history event");
    assert.deepEqual(
      [event.provider, event.kind, event.history_id],
      ["gmail", "history", Number(historyId)],
    );
    const answers = await eventually(async () => {
      const all = (await control("deliveries")) as { url: string; status: number }[];
      const mine = all.filter((d) => d.url === right || d.url === wrong);
      return mine.length >= 2 && mine;
    }, "both deliveries");
    assert.deepEqual(answers.filter((d) => d.url === right).map((d) => d.status), [204]);
    assert.ok(answers.filter((d) => d.url === wrong).every((d) => d.status === 403));
    // Only the one push: the refused one left nothing behind.
    assert.equal((await queued(db, box)).length, 1);
  } finally {
    await served.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("each claim of the OIDC token is checked: signature, issuer, audience, expiry, service account", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const keys = await issuer();
  const options: GmailPushOptions = {
    oidc: { audience: AUDIENCE, jwksUrl: keys.url, serviceAccount: keys.good.email },
  };
  const served = serveOnFreePort(gmailPush(() => intake, options));
  try {
    const address = `${unique("ines")}@gmail.example`;
    const box = await mailbox(db, "gmail", address);
    const other = await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const now = Math.floor(Date.now() / 1000);
    const refused: Record<string, string> = {
      "another key": await keys.sign(keys.good, {}, other.privateKey),
      "issuer": await keys.sign({ ...keys.good, iss: "https://evil.example" }),
      "audience": await keys.sign({ ...keys.good, aud: "https://elsewhere.example" }),
      "expired": await keys.sign({ ...keys.good, iat: now - 7200, exp: now - 3600 }),
      "service account": await keys.sign({ ...keys.good, email: "someone@evil.iam.gserviceaccount.com" }),
      "algorithm none": `${b64url(JSON.stringify({ alg: "none" }))}.${b64url(JSON.stringify(keys.good))}.`,
      "garbage": "not-a-jwt",
    };
    for (const [what, token] of Object.entries(refused)) {
      const answer = await push(served.url, envelope(address, 10, unique("m")), { authorization: `Bearer ${token}` });
      assert.equal(answer.status, 403, what);
    }
    const anonymous = await push(served.url, envelope(address, 10, unique("m")));
    assert.equal(anonymous.status, 401);
    assert.deepEqual(await queued(db, box), []);
    const accepted = await push(served.url, envelope(address, 11, unique("m")), {
      authorization: `Bearer ${await keys.sign(keys.good)}`,
    });
    assert.equal(accepted.status, 204);
    assert.equal((await queued(db, box)).length, 1);
  } finally {
    await served.close();
    await keys.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("a redelivered messageId is queued once; a secret in the URL is refused even beside a good token", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const keys = await issuer();
  const served = serveOnFreePort(gmailPush(() => intake, { oidc: { audience: AUDIENCE, jwksUrl: keys.url } }));
  try {
    const address = `${unique("lea")}@gmail.example`;
    const box = await mailbox(db, "gmail", address);
    const auth = { authorization: `Bearer ${await keys.sign(keys.good)}` };
    const messageId = unique("pubsub");
    assert.equal((await push(served.url, envelope(address, "9876543210", messageId), auth)).status, 204);
    assert.equal((await push(served.url, envelope(address, "9876543210", messageId), auth)).status, 204);
    assert.equal((await push(served.url, envelope(address, "9876543299", unique("pubsub")), auth)).status, 204);
    const events = await queued(db, box);
    assert.deepEqual(events.map((e) => e.history_id), [9876543210, 9876543299]);

    // A subscription whose endpoint still carries ?token= (the secret sits in every access log of its URL):
    // refused, with or without a valid token beside it, so that its owner moves it to OIDC.
    for (const headers of [{}, auth]) {
      const answer = await push(`${served.url}?token=s3cret`, envelope(address, 1, unique("pubsub")), headers);
      assert.equal(answer.status, 403);
    }
    assert.equal((await queued(db, box)).length, 2);
  } finally {
    await served.close();
    await keys.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("an unknown address is recorded; malformed pushes are acknowledged and dropped", async () => {
  const db = admin();
  const intake = connectIntake(DB_URL);
  const keys = await issuer();
  const served = serveOnFreePort(gmailPush(() => intake, { oidc: { audience: AUDIENCE, jwksUrl: keys.url } }));
  try {
    const url = served.url;
    const auth = { authorization: `Bearer ${await keys.sign(keys.good)}` };
    const stranger = unique("pubsub");
    assert.equal((await push(url, envelope(`${unique("nobody")}@gmail.example`, 5, stranger), auth)).status, 204);
    const [recorded] = await rejections(db, { deliveryId: stranger });
    assert.equal(recorded.reason, "unknown_mailbox");

    const address = `${unique("zoe")}@gmail.example`;
    const box = await mailbox(db, "gmail", address);
    const malformed = [
      "{not json",
      JSON.stringify({ subscription: "s" }),
      JSON.stringify({ message: { data: "%%%", messageId: "1" } }),
      JSON.stringify({ message: { data: b64url(JSON.stringify({ emailAddress: address })), messageId: "2" } }),
      JSON.stringify({ message: { data: b64url(JSON.stringify({ historyId: 5 })), messageId: "3" } }),
      envelope(address, "-4", "4"),
    ];
    for (const body of malformed) {
      const answer = await push(url, body, auth);
      // Pub/Sub takes 200 as an acknowledgement: a push no retry can repair is not sent again.
      assert.equal(answer.status, 200, body);
      assert.equal(JSON.parse(answer.text).acknowledged, true);
    }
    assert.deepEqual(await queued(db, box), []);
    const get = await fetch(url);
    assert.equal(get.status, 405);
    await get.body?.cancel();
  } finally {
    await served.close();
    await keys.close();
    await intake.close();
    await db.end();
  }
});

Deno.test("when the database cannot take the push the answer is 503, so Pub/Sub redelivers", async () => {
  const intake = connectIntake(DEAD_DB_URL, { connectTimeoutSeconds: 1 });
  const keys = await issuer();
  const served = serveOnFreePort(gmailPush(() => intake, { oidc: { audience: AUDIENCE, jwksUrl: keys.url } }));
  try {
    const answer = await push(served.url, envelope("a@gmail.example", 5, "m"), {
      authorization: `Bearer ${await keys.sign(keys.good)}`,
    });
    assert.equal(answer.status, 503);
  } finally {
    await served.close();
    await keys.close();
    await intake.close();
  }
});

Deno.test("without OIDC configured, every push is refused with a 500, and a leftover push secret is not read", async () => {
  const intake = connectIntake(DB_URL);
  const printed: string[] = [];
  const original = console.log;
  console.log = (line: string) => printed.push(line);
  let options: GmailPushOptions;
  try {
    options = optionsFromEnv(new Map([["GMAIL_PUSH_SECRET", "s3cret"]]));
  } finally {
    console.log = original;
  }
  // The deployment is told, once, what to do; the secret itself is never printed.
  assert.equal(printed.length, 1);
  assert.equal(JSON.parse(printed[0]).warning, SECRET_IGNORED);
  assert.ok(!printed[0].includes("s3cret"));
  const served = serveOnFreePort(gmailPush(() => intake, options));
  try {
    for (const url of [served.url, `${served.url}?token=s3cret`]) {
      const answer = await push(url, envelope("a@gmail.example", 5, "m"));
      assert.equal(answer.status, 500);
    }
  } finally {
    await served.close();
    await intake.close();
  }
});
