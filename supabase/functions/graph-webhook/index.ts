// Edge function `graph-webhook`: Microsoft Graph's notificationUrl and lifecycleNotificationUrl.
// Graph signs nothing, so it takes no Supabase JWT (verify_jwt = false in supabase/config.toml); each
// notification proves itself by its clientState, checked in SQL. Needs SUPABASE_DB_URL.
import { connectIntake, Intake } from "../_shared/db.ts";
import { serve } from "../_shared/http.ts";
import { graphWebhook } from "./handler.ts";

let intake: Intake | undefined;

function database(): Intake {
  const url = Deno.env.get("SUPABASE_DB_URL");
  if (!url) throw new Error("SUPABASE_DB_URL is not set");
  return intake ??= connectIntake(url);
}

serve(graphWebhook(database));
