-- Row level security and grants for outgoing webhooks (sql/tables/100_webhooks.sql). A team's admins read its
-- endpoints and their delivery log; members and other teams see nothing (an endpoint's URL may carry a token of
-- the receiver's). Nobody writes them through the Data API: the RPCs (create_webhook_endpoint …) check the caller
-- and audit, the worker records attempts. The secrets and the settings live in `private` with no grant to any API
-- role; the secrets have RLS on without a policy, so a grant added by mistake still shows nothing.

revoke all on table private.webhook_settings from public, anon, authenticated, service_role;

alter table private.webhook_secrets enable row level security;
revoke all on table private.webhook_secrets from public, anon, authenticated, service_role;
alter table private.webhook_retired_secrets enable row level security;
revoke all on table private.webhook_retired_secrets from public, anon, authenticated, service_role;

alter table public.webhook_endpoints enable row level security;
revoke all on table public.webhook_endpoints from anon, authenticated, service_role;
grant select on table public.webhook_endpoints to authenticated;
grant all on table public.webhook_endpoints to service_role;
drop policy if exists "Webhook endpoints are visible to team admins" on public.webhook_endpoints;
create policy "Webhook endpoints are visible to team admins" on public.webhook_endpoints
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));

alter table public.webhook_deliveries enable row level security;
revoke all on table public.webhook_deliveries from anon, authenticated, service_role;
grant select on table public.webhook_deliveries to authenticated;
grant all on table public.webhook_deliveries to service_role;
drop policy if exists "Webhook deliveries are visible to team admins" on public.webhook_deliveries;
create policy "Webhook deliveries are visible to team admins" on public.webhook_deliveries
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));
