// Edge function `health`: the system's health for an uptime monitor or an operator (GET or HEAD). It takes no
// Supabase JWT (verify_jwt = false in supabase/config.toml): a monitor has none. Without an Authorization header
// it answers the summary (each check's name and whether it passes); with `Authorization: Bearer <HEALTH_TOKEN>`
// (or the project's service role key) the full report of worker.health_check(). 200 when healthy, 503 otherwise.
// Environment: SUPABASE_DB_URL, HEALTH_TOKEN (optional), SUPABASE_SERVICE_ROLE_KEY (set by Supabase).
import { connectHealth, HealthDatabase } from "../_shared/db.ts";
import { serve } from "../_shared/http.ts";
import { health, optionsFromEnv } from "./handler.ts";

let db: HealthDatabase | undefined;

function database(): HealthDatabase {
  const url = Deno.env.get("SUPABASE_DB_URL");
  if (!url) throw new Error("SUPABASE_DB_URL is not set");
  return db ??= connectHealth(url);
}

serve(health(database, optionsFromEnv(Deno.env)));
