// Edge function `oauth`: a signed-in user of the web app connects a Microsoft 365 or Gmail mailbox (POST
// /oauth/start, POST /oauth/callback) and reads each mailbox's connection (GET /oauth/status); see handler.ts. It
// verifies the Supabase session itself (the project's JWKS, or SUPABASE_JWT_SECRET for HS256 sessions), so the
// platform's verify_jwt is off (supabase/config.toml) and a CORS preflight, which carries no session, gets its answer.
// Environment: SUPABASE_DB_URL, SUPABASE_URL (or SUPABASE_JWKS_URL) and/or SUPABASE_JWT_SECRET, RELANCE_SECRET_KEY,
// OAUTH_REDIRECT_URIS, and per provider GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET (GRAPH_AUTHORITY_HOST)
// and GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET (GOOGLE_AUTH_URI, GOOGLE_TOKEN_URI).
import { connectOAuth, OAuthDatabase } from "../_shared/db.ts";
import { serve } from "../_shared/http.ts";
import { SealingKey, sealingKey } from "../_shared/seal.ts";
import { oauth, optionsFromEnv } from "./handler.ts";

let db: OAuthDatabase | undefined;
let key: Promise<SealingKey> | undefined;

function database(): OAuthDatabase {
  const url = Deno.env.get("SUPABASE_DB_URL");
  if (!url) throw new Error("SUPABASE_DB_URL is not set");
  return db ??= connectOAuth(url);
}

function sealing(): Promise<SealingKey> {
  return key ??= sealingKey(Deno.env.get("RELANCE_SECRET_KEY") ?? "");
}

serve(oauth(database, optionsFromEnv(Deno.env, sealing)));
