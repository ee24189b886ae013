// Edge function `gmail-push`: the push endpoint of the Cloud Pub/Sub subscription on the topic that
// Gmail's users.watch publishes to. Pub/Sub sends no Supabase JWT (verify_jwt = false in
// supabase/config.toml); the function checks the push itself, see handler.ts. Environment:
// SUPABASE_DB_URL and GMAIL_PUSH_AUDIENCE (OIDC; with GOOGLE_OIDC_JWKS_URL and GMAIL_PUSH_SERVICE_ACCOUNT
// optional). A secret in the push URL is refused (handler.ts).
import { connectIntake, Intake } from "../_shared/db.ts";
import { serve } from "../_shared/http.ts";
import { gmailPush, optionsFromEnv } from "./handler.ts";

let intake: Intake | undefined;

function database(): Intake {
  const url = Deno.env.get("SUPABASE_DB_URL");
  if (!url) throw new Error("SUPABASE_DB_URL is not set");
  return intake ??= connectIntake(url);
}

serve(gmailPush(database, optionsFromEnv(Deno.env)));
