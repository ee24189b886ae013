// Test helpers: the database and the provider sandbox the tests run against, a superuser connection to
// set up mailboxes and look at what the intake recorded, and a way to serve a handler on a free port.
//
// The tests need (tests/test_edge_functions.py gives them):
//   SUPABASE_DB_URL      a fresh clone of the test template with the intake SQL applied (superuser URL);
//   RELANCE_SANDBOX_URL  a running provider sandbox (python -m relance.sandbox), whose CA is in DENO_CERT.
import postgres from "postgres";
import type { Handler } from "../_shared/http.ts";

function required(name: string): string {
  const value = Deno.env.get(name);
  if (!value) {
    throw new Error(`${name} is not set: run these tests through pytest tests/test_edge_functions.py`);
  }
  return value;
}

export const DB_URL = required("SUPABASE_DB_URL");
export const SANDBOX_URL = required("RELANCE_SANDBOX_URL").replace(/\/$/, "");
/** Nothing listens there: a database that cannot be reached. */
export const DEAD_DB_URL = "postgresql://postgres:postgres@127.0.0.1:9/postgres";

export function admin() {
  return postgres(DB_URL, { max: 2, onnotice: () => {}, prepare: false });
}
export type Admin = ReturnType<typeof admin>;

export function unique(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A team with one member owning one mailbox; returns the mailbox id. */
export async function mailbox(db: Admin, provider: "graph" | "gmail", address: string): Promise<string> {
  const [user] = await db`
    insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)
    values (gen_random_uuid(), 'authenticated', 'authenticated', ${address}, '{}', '{}') returning id`;
  const [team] = await db`insert into public.teams (name) values (${"team of " + address}) returning id`;
  await db`insert into public.team_members (team_id, user_id, role) values (${team.id}, ${user.id}, 'owner')`;
  const [box] = await db`
    insert into public.mailboxes (team_id, owner_id, provider, address)
    values (${team.id}, ${user.id}, ${provider}, ${address}) returning id`;
  return box.id as string;
}

/** The provider_events waiting for a mailbox, oldest first (a look at the queue table, nothing read). */
export async function queued(db: Admin, mailboxId: string): Promise<Record<string, unknown>[]> {
  const rows = await db`
    select message from pgmq.q_provider_events where message ->> 'mailbox_id' = ${mailboxId} order by msg_id`;
  return rows.map((r) => r.message as Record<string, unknown>);
}

export async function rejections(db: Admin, where: { subscriptionId?: string; deliveryId?: string }) {
  return await db`
    select reason, subscription_id, delivery_id, mailbox_id, payload_sha256, item_count
    from private.provider_rejections
    where subscription_id is not distinct from coalesce(${where.subscriptionId ?? null}, subscription_id)
      and delivery_id is not distinct from coalesce(${where.deliveryId ?? null}, delivery_id)
    order by id`;
}

/** Polls `probe` until it returns something truthy (the sandbox delivers on its own threads). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serveOnFreePort(handler: Handler): Served {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
  return {
    url: `http://127.0.0.1:${server.addr.port}/`,
    close: () => server.shutdown(),
  };
}

/** The sandbox's answers, read field by field in the tests. */
// deno-lint-ignore no-explicit-any
type Loose = any;

/** The sandbox's control interface (POST /_control/<operation>). */
export async function control(operation: string, args: Record<string, unknown> = {}): Promise<Loose> {
  const response = await fetch(`${SANDBOX_URL}/_control/${operation}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`control ${operation}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function form(path: string, fields: Record<string, string>): Promise<Loose> {
  const response = await fetch(`${SANDBOX_URL}${path}`, { method: "POST", body: new URLSearchParams(fields) });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

const FUNCTIONS = new URL("../", import.meta.url);

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

export interface Started {
  url: string;
  port: number;
  /** Everything the function printed so far (its log lines), stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/** A deployed entry point (`<name>/index.ts`) as `deno run` starts it locally: PORT and the environment. */
export async function start(name: string, env: Record<string, string>): Promise<Started> {
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net", "--allow-env", "--allow-read", new URL(`${name}/index.ts`, FUNCTIONS).pathname],
    env: { SUPABASE_DB_URL: DB_URL, ...env, PORT: String(port), NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let printed = "";
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) printed += chunk;
  };
  const collecting = Promise.all([collect(child.stdout), collect(child.stderr)]);
  const url = `http://127.0.0.1:${port}/`;
  await eventually(async () => {
    try {
      const response = await fetch(url, { method: "GET" });
      await response.body?.cancel();
      return response.status === 405;
    } catch {
      return false;
    }
  }, `${name} listening`);
  return {
    url,
    port,
    output: () => printed,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      await collecting;
    },
  };
}
