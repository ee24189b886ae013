// The edge functions' only way into Postgres: SUPABASE_DB_URL (Supabase's direct connection string),
// each call one short transaction that first drops to `service_role`, so the function can do nothing
// but what the intake functions let service_role do. Statements are not prepared (transaction-mode
// poolers such as Supavisor on 6543 do not keep them), and every call is bounded in time.
import postgres from "postgres";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Graph batches of more notifications than this take the bulk lane (see connectIntake). */
export const QUICK_BATCH = 20;

/** What the webhooks may ask of the database. */
export interface Intake {
  /** `items`: how many notifications the body carries (it picks the lane). */
  receiveGraphNotifications(body: string, items?: number): Promise<{ accepted: number; rejected: number }>;
  receiveGmailPush(
    emailAddress: string,
    historyId: string,
    messageId: string | null,
  ): Promise<{ accepted: number; rejected: number; duplicate: boolean }>;
}

export interface IntakeOptions {
  /** Give up on the database after this long (the caller still has to answer in time). */
  statementTimeoutMs?: number;
  connectTimeoutSeconds?: number;
  maxConnections?: number;
}

export class IntakeUnavailable extends Error {
  override name = "IntakeUnavailable";
}

/** An error in words that quote nothing of what was sent: its name and its code (SQLSTATE or errno). */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unexpected error";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? `${error.name} ${code}` : error.name;
}

export function connectIntake(url: string, options: IntakeOptions = {}): Intake & { close(): Promise<void> } {
  const statementTimeout = Math.max(100, Math.floor(options.statementTimeoutMs ?? 2000));
  const pool = (max: number) =>
    postgres(url, {
      max,
      idle_timeout: 20,
      connect_timeout: options.connectTimeoutSeconds ?? 2,
      prepare: false,
      onnotice: () => {},
      connection: { application_name: "relance-edge-intake" },
    });
  // Two lanes: large Graph batches (which a flood of forged ones is) wait for their own connections, so
  // they never hold up the one-notification requests a mailbox usually sends, nor Gmail's pushes.
  const total = Math.max(2, options.maxConnections ?? 4);
  const quick = pool(Math.ceil(total / 2));
  const bulk = pool(Math.floor(total / 2));

  async function call<T>(
    sql: postgres.Sql,
    query: (tx: postgres.TransactionSql) => postgres.PendingQuery<postgres.Row[]>,
  ): Promise<T> {
    try {
      const results = await sql.begin((tx: postgres.TransactionSql) => [
        tx`set local role service_role`,
        tx.unsafe(`set local statement_timeout = ${statementTimeout}`),
        query(tx),
      ]);
      const rows = results[2] as postgres.Row[];
      return rows[0].result as T;
    } catch (error) {
      // Only the error's class and code are passed on (to the function's log): a Postgres message may quote
      // a value it was given (`invalid input syntax for type …: "…"`), and a log line carries no payload.
      throw new IntakeUnavailable(describe(error));
    }
  }

  return {
    receiveGraphNotifications(body, items = 1) {
      return call(
        items > QUICK_BATCH ? bulk : quick,
        (tx) => tx`select worker.receive_graph_notifications(${body}::text::jsonb) as result`,
      );
    },
    receiveGmailPush(emailAddress, historyId, messageId) {
      return call(
        quick,
        (tx) => tx`select worker.receive_gmail_push(${emailAddress}, ${historyId}::bigint, ${messageId}) as result`,
      );
    },
    async close() {
      await Promise.all([quick.end({ timeout: 1 }), bulk.end({ timeout: 1 })]);
    },
  };
}

/** Runs `work`, or rejects with IntakeUnavailable once `ms` have passed. */
export function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IntakeUnavailable(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** What the health function may ask of the database: worker.health_check(), as service_role. */
export interface HealthDatabase {
  healthCheck(): Promise<Json>;
}

export function connectHealth(url: string, options: IntakeOptions = {}): HealthDatabase & { close(): Promise<void> } {
  const statementTimeout = Math.max(100, Math.floor(options.statementTimeoutMs ?? 5000));
  const sql = postgres(url, {
    max: Math.max(1, options.maxConnections ?? 1),
    idle_timeout: 20,
    connect_timeout: options.connectTimeoutSeconds ?? 2,
    prepare: false,
    onnotice: () => {},
    connection: { application_name: "relance-edge-health" },
  });
  return {
    async healthCheck() {
      try {
        const results = await sql.begin((tx: postgres.TransactionSql) => [
          tx`set local role service_role`,
          tx.unsafe(`set local statement_timeout = ${statementTimeout}`),
          tx`select worker.health_check() as result`,
        ]);
        return (results[2] as postgres.Row[])[0].result as Json;
      } catch (error) {
        throw new IntakeUnavailable(describe(error));
      }
    },
    async close() {
      await sql.end({ timeout: 1 });
    },
  };
}

/** A refusal of the database that the caller must hear (its SQLSTATE), not an outage. */
export class Refused extends Error {
  override name = "Refused";
  constructor(readonly code: string) {
    super(`refused ${code}`);
  }
}

/** What the callback learns when it consumes a state (worker.oauth_consume). */
export interface ConsumedState {
  outcome: "ok" | "unknown_state" | "other_user" | "wrong_provider" | "expired";
  team_id: string | null;
  redirect_uri: string | null;
  code_verifier: string | null;
  login_hint: string | null;
}

export interface Connected {
  mailbox_id: string;
  address: string;
  status_before: string | null;
  status: string;
}

/** What the oauth function may ask of the database (sql/functions/175_oauth.sql). */
export interface OAuthDatabase {
  begin(a: {
    userId: string;
    teamId: string;
    provider: string;
    redirectUri: string;
    stateSha256: string;
    codeVerifier: string;
    loginHint: string | null;
    now: Date;
  }): Promise<string>;
  consume(stateSha256: string, userId: string, provider: string, now: Date): Promise<ConsumedState>;
  /**
   * In one transaction: worker.oauth_connect, then `seal(mailbox id)` (the grant's AAD names the mailbox), then
   * worker.oauth_store_grant. A failure anywhere stores nothing.
   */
  connect(
    a: { userId: string; teamId: string; provider: string; address: string; displayName: string | null; now: Date },
    seal: (mailboxId: string) => Promise<{ ciphertext: Uint8Array; keyId: string }>,
  ): Promise<Connected>;
  /** public.mailbox_connections() as the signed-in user (role authenticated, their JWT claims), as PostgREST would. */
  connections(claims: Record<string, unknown>): Promise<Json>;
}

const REFUSALS = new Set(["42501", "23505", "22023", "54000", "23514"]);

export function connectOAuth(url: string, options: IntakeOptions = {}): OAuthDatabase & { close(): Promise<void> } {
  const statementTimeout = Math.max(100, Math.floor(options.statementTimeoutMs ?? 5000));
  const sql = postgres(url, {
    max: Math.max(1, options.maxConnections ?? 2),
    idle_timeout: 20,
    connect_timeout: options.connectTimeoutSeconds ?? 2,
    prepare: false,
    onnotice: () => {},
    connection: { application_name: "relance-edge-oauth" },
  });

  async function run<T>(work: (tx: postgres.TransactionSql) => Promise<T>, role = "service_role"): Promise<T> {
    try {
      return await sql.begin(async (tx: postgres.TransactionSql) => {
        await tx.unsafe(`set local role ${role === "authenticated" ? "authenticated" : "service_role"}`);
        await tx.unsafe(`set local statement_timeout = ${statementTimeout}`);
        return await work(tx);
      }) as T;
    } catch (error) {
      if (error instanceof Refused) throw error;
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && REFUSALS.has(code)) throw new Refused(code);
      // Only the class and code go on (a Postgres message may quote a value it was given).
      throw new IntakeUnavailable(describe(error));
    }
  }

  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

  return {
    begin(a) {
      return run(async (tx) => {
        const rows = await tx`select worker.oauth_begin(${a.userId}::uuid, ${a.teamId}::uuid,
          ${a.provider}::public.mail_provider, ${a.redirectUri}, ${a.stateSha256}, ${a.codeVerifier},
          ${a.loginHint}, ${a.now.toISOString()}::timestamptz) as result`;
        return new Date(rows[0].result as string).toISOString();
      });
    },
    consume(stateSha256, userId, provider, now) {
      return run(async (tx) => {
        const rows = await tx`select * from worker.oauth_consume(${stateSha256}, ${userId}::uuid,
          ${provider}::public.mail_provider, ${now.toISOString()}::timestamptz)`;
        return rows[0] as unknown as ConsumedState;
      });
    },
    connect(a, seal) {
      return run(async (tx) => {
        const rows = await tx`select worker.oauth_connect(${a.userId}::uuid, ${a.teamId}::uuid,
          ${a.provider}::public.mail_provider, ${a.address}, ${a.displayName},
          ${a.now.toISOString()}::timestamptz) as result`;
        const connected = rows[0].result as Connected;
        const sealed = await seal(connected.mailbox_id);
        await tx`select worker.oauth_store_grant(${connected.mailbox_id}::uuid, ${a.userId}::uuid,
          decode(${hex(sealed.ciphertext)}, 'hex'), ${sealed.keyId}, ${connected.status_before},
          ${a.now.toISOString()}::timestamptz)`;
        return connected;
      });
    },
    connections(claims) {
      return run(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
        const rows =
          await tx`select coalesce(jsonb_agg(c), '[]'::jsonb) as result from public.mailbox_connections() as c`;
        return rows[0].result as Json;
      }, "authenticated");
    },
    async close() {
      await sql.end({ timeout: 1 });
    },
  };
}
