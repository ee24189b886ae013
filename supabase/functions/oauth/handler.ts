// Connecting a mailbox from the web app (issue 16): OAuth 2.0 authorization code flow with PKCE (RFC 7636, S256)
// against the Microsoft identity platform (Graph, delegated) or Google (Gmail), for a signed-in user.
//
//   POST …/oauth/start     {provider: "graph"|"gmail", team_id, redirect_uri, login_hint?}
//        → 200 {authorization_url, expires_at}: the web app sends the browser there.
//   POST …/oauth/callback  {provider, state, code} (or {provider, state, error} when the provider refused)
//        → 200 {mailbox_id, address, provider, status}: the page at redirect_uri posts what the provider put in its
//          query string (the code travels in the body, never in a URL this function's logs keep).
//   GET  …/oauth/status    → 200 {mailboxes: [{mailbox_id, address, provider, status, connected, needs_reauth,
//          last_sync_at, subscription_expires_at, …}]}: public.mailbox_connections() as the user.
//
// Every call carries the user's Supabase session (`Authorization: Bearer <access token>`), a JWT verified with `jose`
// (npm:jose, already the project's JWT library): HS256 against SUPABASE_JWT_SECRET (the legacy shared secret), or
// ES256/RS256 against the project's JWT signing keys (the JWKS of Supabase Auth, SUPABASE_JWKS_URL, else
// SUPABASE_URL + /auth/v1/.well-known/jwks.json, fetched and cached by jose); audience `authenticated`, role
// `authenticated`, a user id in `sub`. The callback is the same user's call, so a state started by another user is
// refused (403, other_user) rather than connecting someone else's mailbox to them.
//
// `state`: 32 random bytes (base64url) handed to the provider; the database keeps only its SHA-256, bound to the
// user, team, provider and redirect URI, with the PKCE verifier (32 random bytes, base64url), for 10 minutes, used
// once (worker.oauth_begin / worker.oauth_consume, sql/functions/175_oauth.sql). The verifier never leaves the
// server; the authorization URL carries only its S256 challenge.
//
// The code is redeemed here (the token endpoint with the client secret and the verifier); the grant — the refresh
// token, nothing else — is sealed with AES-256-GCM under RELANCE_SECRET_KEY exactly as relance.credentials seals
// (../_shared/seal.ts) and stored with the mailbox (created, or reconnected through worker.connect_mailbox) in one
// transaction, which also logs the audit event and queues a `connected` event: the worker subscribes (Graph) or
// watches (Gmail) and backfills. Sealed credentials: Graph {"mode":"delegated","refresh_token"} (the worker
// redeems it into its MSAL cache on first use), Gmail {"mode":"gmail","refresh_token","scopes"} (as `relance
// connect gmail`).
//
// The address connected is the one the provider vouches for: the ID token's `preferred_username` (Microsoft) or
// verified `email` (Google), received directly from the token endpoint over TLS, which OpenID Connect Core
// §3.1.3.7 accepts in place of checking its signature; its audience must be our client id.
//
// Errors are JSON {error, message} with a stable `error` code: unauthorized (401), bad_request (400), forbidden
// (403: not a member of the team, or someone else's mailbox), access_denied (the user declined consent),
// unknown_state (never issued, already used or cleaned up), expired_state, other_user, wrong_provider,
// missing_scope (the user unticked a permission), no_refresh_token, wrong_account (the login_hint asked for), conflict (409: the address
// is connected with the other provider), token_exchange_failed (502, with the provider's OAuth error code only),
// unavailable (503). Nothing is stored on any of them; no answer and no log line carries a token, a code, a state
// or a verifier.
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, JWTVerifyGetKey } from "jose";
import { ConsumedState, IntakeUnavailable, Json, OAuthDatabase, Refused, within } from "../_shared/db.ts";
import { Handler, log, readBody } from "../_shared/http.ts";
import { SealingKey } from "../_shared/seal.ts";

const FN = "oauth";
const BODY_LIMIT = 16 * 1024;
// Microsoft: short names resolve to Microsoft Graph; offline_access for a refresh token (README, "Delegated").
export const GRAPH_SCOPES = ["offline_access", "openid", "profile", "Mail.ReadWrite", "Mail.Send"];
// Gmail (README, "Gmail"): read and send, plus openid email to learn which address consented.
export const GMAIL_SCOPES = [
  "https://www.googleapis.com/auth/gmail.readonly",
  "https://www.googleapis.com/auth/gmail.send",
];
const GOOGLE_SCOPES = ["openid", "email", ...GMAIL_SCOPES];
const PROVIDERS: Record<string, "graph" | "gmail"> = {
  graph: "graph",
  microsoft: "graph",
  gmail: "gmail",
  google: "gmail",
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MicrosoftApp {
  /** https://login.microsoftonline.com (the sandbox in tests) */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface GoogleApp {
  /** https://accounts.google.com/o/oauth2/v2/auth */
  authUri: string;
  /** https://oauth2.googleapis.com/token */
  tokenUri: string;
  clientId: string;
  clientSecret: string;
}

export interface OAuthOptions {
  /** SUPABASE_JWT_SECRET: verifies the users' sessions signed with the legacy shared secret (HS256). */
  jwtSecret: string;
  /** The project's asymmetric JWT signing keys (ES256/RS256 sessions); absent: only HS256 sessions are accepted. */
  sessionKeys?: JWTVerifyGetKey;
  /** OAUTH_REDIRECT_URIS: the web app's callback pages, registered with the providers; nothing else is accepted. */
  redirectUris: string[];
  microsoft: MicrosoftApp | null;
  google: GoogleApp | null;
  /** RELANCE_SECRET_KEY's sealing key (a promise: WebCrypto derives it). */
  sealingKey: () => Promise<SealingKey>;
  /** The clock states are issued and judged at (tests may inject one); the database compares, never this code. */
  now?: () => Date;
  /** The token endpoints are reached with this (tests: the default). */
  fetch?: typeof fetch;
  budgetMs?: number;
}

export function optionsFromEnv(
  env: { get(name: string): string | undefined },
  sealingKey: () => Promise<SealingKey>,
): OAuthOptions {
  const get = (name: string) => env.get(name) ?? "";
  const microsoft = get("GRAPH_CLIENT_ID") && get("GRAPH_CLIENT_SECRET") && get("GRAPH_TENANT_ID")
    ? {
      authorityHost: get("GRAPH_AUTHORITY_HOST") || "https://login.microsoftonline.com",
      tenantId: get("GRAPH_TENANT_ID"),
      clientId: get("GRAPH_CLIENT_ID"),
      clientSecret: get("GRAPH_CLIENT_SECRET"),
    }
    : null;
  const google = get("GOOGLE_CLIENT_ID") && get("GOOGLE_CLIENT_SECRET")
    ? {
      authUri: get("GOOGLE_AUTH_URI") || "https://accounts.google.com/o/oauth2/v2/auth",
      tokenUri: get("GOOGLE_TOKEN_URI") || "https://oauth2.googleapis.com/token",
      clientId: get("GOOGLE_CLIENT_ID"),
      clientSecret: get("GOOGLE_CLIENT_SECRET"),
    }
    : null;
  const supabaseUrl = get("SUPABASE_URL").replace(/\/+$/, "");
  const jwksUrl = get("SUPABASE_JWKS_URL") || (supabaseUrl ? `${supabaseUrl}/auth/v1/.well-known/jwks.json` : "");
  return {
    jwtSecret: get("SUPABASE_JWT_SECRET"),
    // Fetched on the first asymmetric session, cached an hour; an unknown key id refetches at most every 30 s.
    sessionKeys: jwksUrl
      ? createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 3600_000 })
      : undefined,
    redirectUris: get("OAUTH_REDIRECT_URIS").split(/[\s,]+/).filter((u) => u.length > 0),
    microsoft,
    google,
    sealingKey,
  };
}

/** An answer with a stable error code; `message` is ours, never the provider's nor the database's words. */
class Answer extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function b64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomToken(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

async function sha256Hex(text: string): Promise<string> {
  return Array.from(await sha256(text), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The claims of an ID token received from the token endpoint over TLS (OIDC Core §3.1.3.7: no signature check). */
function idTokenClaims(idToken: unknown, clientId: string): Record<string, unknown> {
  if (typeof idToken !== "string") throw new Answer(502, "token_exchange_failed", "the provider sent no ID token");
  try {
    const payload = idToken.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audience.includes(clientId)) throw new Error("audience");
    return claims;
  } catch {
    throw new Answer(502, "token_exchange_failed", "the provider's ID token is not for this application");
  }
}

export function oauth(database: () => OAuthDatabase, options: OAuthOptions): Handler {
  const now = options.now ?? (() => new Date());
  const fetcher = options.fetch ?? fetch;
  const budgetMs = options.budgetMs ?? 15000;
  const secret = new TextEncoder().encode(options.jwtSecret);
  const origins = new Set(options.redirectUris.map((u) => new URL(u).origin));

  function cors(request: Request): Record<string, string> {
    const origin = request.headers.get("origin");
    if (origin === null || !origins.has(origin)) return {};
    return {
      "access-control-allow-origin": origin,
      "access-control-allow-headers": "authorization, x-client-info, apikey, content-type",
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-max-age": "600",
      vary: "origin",
    };
  }

  function reply(request: Request, status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...cors(request) },
    });
  }

  async function user(request: Request): Promise<Record<string, unknown> & { sub: string }> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
    if (!bearer) throw new Answer(401, "unauthorized", "sign in first");
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(bearer[1]).alg;
    } catch {
      throw new Answer(401, "unauthorized", "invalid session");
    }
    const verify = { audience: "authenticated", requiredClaims: ["exp", "sub"], clockTolerance: 30 };
    try {
      let payload: Record<string, unknown>;
      if (alg === "HS256") {
        if (!options.jwtSecret) throw new Answer(401, "unauthorized", "invalid session");
        ({ payload } = await jwtVerify(bearer[1], secret, { ...verify, algorithms: ["HS256"] }));
      } else {
        if (!options.sessionKeys) throw new Answer(401, "unauthorized", "invalid session");
        ({ payload } = await jwtVerify(bearer[1], options.sessionKeys, { ...verify, algorithms: ["ES256", "RS256"] }));
      }
      if (payload.role !== "authenticated" || typeof payload.sub !== "string" || !UUID.test(payload.sub)) {
        throw new Answer(401, "unauthorized", "not a signed-in user's session");
      }
      return payload as Record<string, unknown> & { sub: string };
    } catch (error) {
      if (error instanceof Answer) throw error;
      // The signing keys could not be fetched (timeout, network, not a JWKS): not the user's fault.
      if (
        !(error instanceof errors.JOSEError) || error instanceof errors.JWKSTimeout ||
        error instanceof errors.JWKSInvalid
      ) {
        throw new Answer(503, "unavailable", "sessions cannot be checked right now: try again shortly");
      }
      const expired = error instanceof errors.JWTExpired;
      throw new Answer(401, "unauthorized", expired ? "the session expired: sign in again" : "invalid session");
    }
  }

  async function body(request: Request): Promise<Record<string, unknown>> {
    const text = await readBody(request, BODY_LIMIT);
    if (text === null) throw new Answer(413, "bad_request", "body too large");
    try {
      const parsed = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
    } catch {
      // answered below
    }
    throw new Answer(400, "bad_request", "the body must be a JSON object");
  }

  function provider(value: unknown): "graph" | "gmail" {
    const name = typeof value === "string" ? PROVIDERS[value.toLowerCase()] : undefined;
    if (!name) throw new Answer(400, "bad_request", "provider must be graph (Microsoft 365) or gmail (Google)");
    if (name === "graph" && !options.microsoft) {
      throw new Answer(400, "bad_request", "Microsoft 365 is not configured on this server");
    }
    if (name === "gmail" && !options.google) throw new Answer(400, "bad_request", "Gmail is not configured");
    return name;
  }

  function text(value: unknown, name: string, max = 2000): string {
    if (typeof value !== "string" || value.length === 0 || value.length > max) {
      throw new Answer(400, "bad_request", `${name} is required`);
    }
    return value;
  }

  async function start(request: Request, claims: { sub: string }) {
    const input = await body(request);
    const kind = provider(input.provider);
    const teamId = text(input.team_id, "team_id", 36);
    if (!UUID.test(teamId)) throw new Answer(400, "bad_request", "team_id must be a uuid");
    const redirectUri = text(input.redirect_uri, "redirect_uri");
    if (!options.redirectUris.includes(redirectUri)) {
      throw new Answer(
        400,
        "bad_request",
        "redirect_uri is not one of this app's callback pages (OAUTH_REDIRECT_URIS)",
      );
    }
    const loginHint = input.login_hint === undefined || input.login_hint === null
      ? null
      : text(input.login_hint, "login_hint", 320);
    const state = randomToken();
    const verifier = randomToken();
    const expiresAt = await within(
      budgetMs,
      database().begin({
        userId: claims.sub,
        teamId,
        provider: kind,
        redirectUri,
        stateSha256: await sha256Hex(state),
        codeVerifier: verifier,
        loginHint,
        now: now(),
      }),
    );
    const query = new URLSearchParams({
      response_type: "code",
      redirect_uri: redirectUri,
      state,
      code_challenge: b64url(await sha256(verifier)),
      code_challenge_method: "S256",
    });
    let url: string;
    if (kind === "graph") {
      const app = options.microsoft!;
      query.set("client_id", app.clientId);
      query.set("scope", GRAPH_SCOPES.join(" "));
      query.set("response_mode", "query");
      url = `${app.authorityHost.replace(/\/$/, "")}/${app.tenantId}/oauth2/v2.0/authorize`;
    } else {
      const app = options.google!;
      query.set("client_id", app.clientId);
      query.set("scope", GOOGLE_SCOPES.join(" "));
      // A refresh token, every time (Google sends one on the first consent only, unless asked again).
      query.set("access_type", "offline");
      query.set("prompt", "consent");
      url = app.authUri;
    }
    if (loginHint) query.set("login_hint", loginHint);
    return { authorization_url: `${url}?${query}`, expires_at: expiresAt, provider: kind };
  }

  async function redeem(kind: "graph" | "gmail", code: string, state: ConsumedState) {
    const app = kind === "graph" ? options.microsoft! : options.google!;
    const tokenUrl = kind === "graph"
      ? `${options.microsoft!.authorityHost.replace(/\/$/, "")}/${options.microsoft!.tenantId}/oauth2/v2.0/token`
      : options.google!.tokenUri;
    const form = new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: state.redirect_uri!,
      code_verifier: state.code_verifier!,
      client_id: app.clientId,
      client_secret: app.clientSecret,
    });
    if (kind === "graph") form.set("scope", GRAPH_SCOPES.join(" "));
    let response: Response;
    try {
      response = await fetcher(tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: form,
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new Answer(502, "token_exchange_failed", "the provider's token endpoint could not be reached");
    }
    let answer: Record<string, unknown> = {};
    try {
      answer = await response.json();
    } catch {
      // not JSON: handled below
    }
    if (!response.ok || typeof answer.access_token !== "string") {
      const code = typeof answer.error === "string" && /^[a-z_]{1,64}$/.test(answer.error) ? answer.error : null;
      throw Object.assign(
        new Answer(502, "token_exchange_failed", "the provider refused the authorization code: start again"),
        { providerError: code, providerStatus: response.status },
      );
    }
    if (typeof answer.refresh_token !== "string" || answer.refresh_token.length === 0) {
      throw new Answer(502, "no_refresh_token", "the provider granted no offline access: start again and consent");
    }
    const claims = idTokenClaims(answer.id_token, app.clientId);
    let address: string;
    let displayName: string | null = null;
    let credentials: Record<string, unknown>;
    if (kind === "graph") {
      address = String(claims.preferred_username ?? claims.email ?? "");
      displayName = typeof claims.name === "string" ? claims.name : null;
      credentials = { mode: "delegated", refresh_token: answer.refresh_token };
    } else {
      if (claims.email_verified !== true && claims.email_verified !== "true") {
        throw new Answer(400, "wrong_account", "Google did not verify this account's address");
      }
      address = String(claims.email ?? "");
      const granted = String(answer.scope ?? "").split(/\s+/);
      if (!GMAIL_SCOPES.every((s) => granted.includes(s))) {
        throw new Answer(400, "missing_scope", "reading and sending mail must both be allowed: start again");
      }
      credentials = { mode: "gmail", refresh_token: answer.refresh_token, scopes: GMAIL_SCOPES };
    }
    address = address.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
      throw new Answer(502, "token_exchange_failed", "the provider did not name the mailbox's address");
    }
    if (state.login_hint && state.login_hint !== address) {
      throw new Answer(400, "wrong_account", "consent was given for another account than the one asked for");
    }
    return { address, displayName, credentials };
  }

  const REFUSED: Record<string, [number, string, string]> = {
    unknown_state: [400, "unknown_state", "this authorization is unknown or already used: start again"],
    expired: [400, "expired_state", "this authorization expired (10 minutes): start again"],
    other_user: [403, "other_user", "this authorization was started by another user"],
    wrong_provider: [400, "wrong_provider", "this authorization was started for another provider"],
  };

  async function callback(request: Request, claims: { sub: string }) {
    const input = await body(request);
    const kind = provider(input.provider);
    const state = text(input.state, "state", 200);
    const denied = input.error !== undefined && input.error !== null;
    const code = denied ? "" : text(input.code, "code", 4000);
    // The state is consumed first, whatever follows: single use.
    const consumed = await within(
      budgetMs,
      database().consume(await sha256Hex(state), claims.sub, kind, now()),
    );
    if (consumed.outcome !== "ok") {
      const [status, error, message] = REFUSED[consumed.outcome] ?? REFUSED.unknown_state;
      throw new Answer(status, error, message);
    }
    if (denied) {
      const error = typeof input.error === "string" && /^[a-z_]{1,64}$/.test(input.error) ? input.error : "error";
      if (error === "access_denied" || error === "consent_required") {
        throw new Answer(400, "access_denied", "consent was declined: nothing was connected");
      }
      throw Object.assign(new Answer(400, "provider_error", "the provider did not authorize: start again"), {
        providerError: error,
      });
    }
    const grant = await redeem(kind, code, consumed);
    const key = await options.sealingKey();
    const connected = await within(
      budgetMs,
      database().connect(
        {
          userId: claims.sub,
          teamId: consumed.team_id!,
          provider: kind,
          address: grant.address,
          displayName: grant.displayName,
          now: now(),
        },
        async (mailboxId) => ({ ciphertext: await key.seal(mailboxId, grant.credentials), keyId: key.keyId }),
      ),
    );
    return { mailbox_id: connected.mailbox_id, address: connected.address, provider: kind, status: connected.status };
  }

  async function status(claims: Record<string, unknown>) {
    return { mailboxes: await within(budgetMs, database().connections(claims)) as Json };
  }

  return async (request) => {
    const started = performance.now();
    const route = new URL(request.url).pathname.replace(/\/+$/, "").split("/").pop() ?? "";
    const fields: Record<string, string | number | boolean | null> = { route };
    const done = (response: Response) => {
      log(FN, { status: response.status, ms: Math.round(performance.now() - started), ...fields });
      return response;
    };
    if (request.method === "OPTIONS") return done(new Response(null, { status: 204, headers: cors(request) }));
    const allowed = route === "status" ? "GET" : "POST";
    if (!["start", "callback", "status"].includes(route)) {
      return done(reply(request, 404, { error: "not_found", message: "start, callback or status" }));
    }
    if (request.method !== allowed) {
      fields.reason = "method";
      return done(reply(request, 405, { error: "method_not_allowed", message: `${route} takes ${allowed}` }));
    }
    try {
      const claims = await user(request);
      const result = route === "start"
        ? await start(request, claims)
        : route === "callback"
        ? await callback(request, claims)
        : await status(claims);
      if ("provider" in result) fields.provider = String(result.provider);
      return done(reply(request, 200, result));
    } catch (error) {
      if (error instanceof Answer) {
        fields.reason = error.code;
        const extra = error as Answer & { providerError?: string | null; providerStatus?: number };
        if (extra.providerError !== undefined) fields.provider_error = extra.providerError;
        if (extra.providerStatus !== undefined) fields.provider_status = extra.providerStatus;
        const payload: Record<string, unknown> = { error: error.code, message: error.message };
        if (extra.providerError) payload.provider_error = extra.providerError;
        return done(reply(request, error.status, payload));
      }
      if (error instanceof Refused) {
        fields.reason = `refused ${error.code}`;
        const [status, code, message] = error.code === "42501"
          ? [403, "forbidden", "not a member of this team, or this mailbox belongs to another member"]
          : error.code === "23505"
          ? [409, "conflict", "this address is connected with the other provider"]
          : error.code === "54000"
          ? [429, "too_many", "too many authorizations in flight: finish one or wait 10 minutes"]
          : [400, "bad_request", "the request was refused"];
        return done(reply(request, status, { error: code, message }));
      }
      fields.reason = error instanceof IntakeUnavailable
        ? error.message
        : error instanceof Error
        ? error.name
        : "unexpected";
      return done(reply(request, 503, { error: "unavailable", message: "try again shortly" }));
    }
  };
}
