// Round-trip time of the webhooks over HTTP against the local Postgres (not a test: figures only).
// SUPABASE_DB_URL=<database with the intake SQL> deno run --allow-net=127.0.0.1 --allow-env --allow-read
//   supabase/functions/tests/roundtrip_bench.ts [rounds]
// Graph wants a 2xx within 3 s (slower than 2.9 s counts as slow); Pub/Sub has no such budget.
import postgres from "postgres";
import { connectIntake } from "../_shared/db.ts";
import { gmailPush } from "../gmail-push/handler.ts";
import { graphWebhook } from "../graph-webhook/handler.ts";
import { AUDIENCE, issuer } from "./issuer.ts";

const url = Deno.env.get("SUPABASE_DB_URL");
if (!url) throw new Error("SUPABASE_DB_URL is not set");
const rounds = Number(Deno.args[0] ?? 200);
const db = postgres(url, { max: 1, onnotice: () => {} });
const intake = connectIntake(url);
console.log = () => {}; // the handlers' request log lines

const tag = crypto.randomUUID().slice(0, 8);
const [user] = await db`insert into auth.users (id, aud, role, email) values
  (gen_random_uuid(), 'authenticated', 'authenticated', ${`bench-${tag}@contoso.com`}) returning id`;
const [team] = await db`insert into public.teams (name) values (${"bench " + tag}) returning id`;
await db`insert into public.team_members (team_id, user_id, role) values (${team.id}, ${user.id}, 'owner')`;
const [graphBox] = await db`insert into public.mailboxes (team_id, owner_id, provider, address)
  values (${team.id}, ${user.id}, 'graph', ${`bench-${tag}@contoso.com`}) returning id`;
await db`insert into public.mailboxes (team_id, owner_id, provider, address)
  values (${team.id}, ${user.id}, 'gmail', ${`bench-${tag}@gmail.example`})`;
const sub = crypto.randomUUID();
await db`select worker.register_provider_subscription(${graphBox.id}, ${sub}, 'users/x/messages', 'state',
  now() + interval '1 day')`;

const graph = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, graphWebhook(() => intake));
// Pushes carry a Pub/Sub OIDC token, verified as in production (the keys fetched once, then cached).
const keys = await issuer();
const bearer = `Bearer ${await keys.sign(keys.good)}`;
const gmail = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: () => {} },
  gmailPush(() => intake, { oidc: { audience: AUDIENCE, jwksUrl: keys.url } }),
);
const graphUrl = `http://127.0.0.1:${graph.addr.port}/`;
const gmailUrl = `http://127.0.0.1:${gmail.addr.port}/`;

function batch(n: number) {
  return JSON.stringify({
    value: Array.from({ length: n }, (_, i) => ({
      subscriptionId: sub,
      clientState: i % 10 === 9 ? "forged" : "state",
      changeType: "created",
      resource: `Users/x/Messages/m-${i}`,
      resourceData: { id: `m-${i}` },
    })),
  });
}

async function measure(label: string, request: () => Promise<Response>, expected: number) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const response = await request();
    await response.body?.cancel();
    times.push(performance.now() - start);
    if (response.status !== expected) throw new Error(`${label}: ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.info(`${label.padEnd(44)} n=${rounds} p50=${at(0.5)} ms p95=${at(0.95)} ms max=${at(1)} ms`);
}

const one = batch(1);
const fifty = batch(50);
let n = 0;
await measure(
  "graph handshake (validationToken)",
  () => fetch(`${graphUrl}?validationToken=abc`, { method: "POST" }),
  200,
);
await measure("graph POST, 1 notification", () => fetch(graphUrl, { method: "POST", body: one }), 202);
await measure("graph POST, 50 notifications (5 forged)", () => fetch(graphUrl, { method: "POST", body: fifty }), 202);
await measure("gmail push (OIDC token)", () => {
  const data = btoa(JSON.stringify({ emailAddress: `bench-${tag}@gmail.example`, historyId: 100 + n }));
  return fetch(gmailUrl, {
    method: "POST",
    headers: { authorization: bearer },
    body: JSON.stringify({ message: { data, messageId: `${tag}-${n++}` } }),
  });
}, 204);

await graph.shutdown();
await gmail.shutdown();
await keys.close();
await intake.close();
await db.end();
