-- Row level security and grants for health (sql/tables/080_health.sql). The thresholds and the heartbeats live
-- in `private` and only the health functions (security definer, service_role) touch them: no API role holds a
-- grant, and the heartbeats have RLS on without a policy, so a grant added by mistake still shows nothing.
-- The snapshots: the platform's rows (no team's data) are visible to every team admin; a team's own rows to
-- that team's admins only; members and anon see none. Only pg_cron's job writes them.

revoke all on table private.health_settings from public, anon, authenticated, service_role;

alter table private.worker_heartbeats enable row level security;
revoke all on table private.worker_heartbeats from public, anon, authenticated, service_role;

alter table public.health_snapshots enable row level security;
revoke all on table public.health_snapshots from anon, authenticated, service_role;
grant select on table public.health_snapshots to authenticated;
grant all on table public.health_snapshots to service_role;
drop policy if exists "Platform health snapshots are visible to team admins" on public.health_snapshots;
create policy "Platform health snapshots are visible to team admins" on public.health_snapshots
for select to authenticated
using (cardinality(array(select private.my_admin_team_ids())) > 0);

alter table public.health_snapshot_teams enable row level security;
revoke all on table public.health_snapshot_teams from anon, authenticated, service_role;
grant select on table public.health_snapshot_teams to authenticated;
grant all on table public.health_snapshot_teams to service_role;
drop policy if exists "A team's health snapshots are visible to its admins" on public.health_snapshot_teams;
create policy "A team's health snapshots are visible to its admins" on public.health_snapshot_teams
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));
