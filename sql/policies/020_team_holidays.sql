-- Row level security and grants for a team's own days off (R2).
-- Every member of the team sees them (the follow-up clock skips them); admins and owners add,
-- rename and remove them. Nobody sees another team's; anon sees nothing. The service role bypasses RLS.

alter table public.team_holidays enable row level security;
revoke all on table public.team_holidays from anon, authenticated, service_role;
grant select, delete on table public.team_holidays to authenticated;
grant insert (team_id, day, name), update (name) on table public.team_holidays to authenticated;
grant all on table public.team_holidays to service_role;

drop policy if exists "Team holidays are visible to the team" on public.team_holidays;
create policy "Team holidays are visible to the team" on public.team_holidays
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

drop policy if exists "Team holidays are added by admins" on public.team_holidays;
create policy "Team holidays are added by admins" on public.team_holidays
for insert to authenticated
with check (team_id = any(array(select private.my_admin_team_ids())));

drop policy if exists "Team holidays are renamed by admins" on public.team_holidays;
create policy "Team holidays are renamed by admins" on public.team_holidays
for update to authenticated
using (team_id = any(array(select private.my_admin_team_ids())))
with check (team_id = any(array(select private.my_admin_team_ids())));

drop policy if exists "Team holidays are removed by admins" on public.team_holidays;
create policy "Team holidays are removed by admins" on public.team_holidays
for delete to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));
