-- Row level security and grants for the tenancy tables.
-- Teams own everything: a member sees their team, its members and settings, and their own
-- mailboxes; an admin (or owner) sees every mailbox of the team and changes the team's settings and
-- members. Nobody sees another team; anon sees nothing. The service role (workers) bypasses RLS.

-- teams --------------------------------------------------------------------------------------------
alter table public.teams enable row level security;
revoke all on table public.teams from anon, authenticated, service_role;
grant select, delete on table public.teams to authenticated;
grant update (name, domains) on table public.teams to authenticated;
grant all on table public.teams to service_role;

drop policy if exists "Teams are visible to their members" on public.teams;
create policy "Teams are visible to their members" on public.teams
for select to authenticated
using (id = any(array(select private.my_team_ids())));

drop policy if exists "Teams are changed by their admins" on public.teams;
create policy "Teams are changed by their admins" on public.teams
for update to authenticated
using (id = any(array(select private.my_admin_team_ids())))
with check (id = any(array(select private.my_admin_team_ids())));

drop policy if exists "Teams are deleted by their owners" on public.teams;
create policy "Teams are deleted by their owners" on public.teams
for delete to authenticated
using (id = any(array(select private.my_owner_team_ids())));

-- team_members ---------------------------------------------------------------------------------------
alter table public.team_members enable row level security;
revoke all on table public.team_members from anon, authenticated, service_role;
grant select, delete on table public.team_members to authenticated;
grant insert (team_id, user_id, role), update (role) on table public.team_members to authenticated;
grant all on table public.team_members to service_role;

drop policy if exists "Members are visible to their team" on public.team_members;
create policy "Members are visible to their team" on public.team_members
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

drop policy if exists "Members are added by admins" on public.team_members;
create policy "Members are added by admins" on public.team_members
for insert to authenticated
with check (
    team_id = any(array(select private.my_admin_team_ids()))
    and (role <> 'owner' or team_id = any(array(select private.my_owner_team_ids())))
);

drop policy if exists "Member roles are changed by admins" on public.team_members;
create policy "Member roles are changed by admins" on public.team_members
for update to authenticated
using (
    team_id = any(array(select private.my_admin_team_ids()))
    and (role <> 'owner' or team_id = any(array(select private.my_owner_team_ids())))
)
with check (
    team_id = any(array(select private.my_admin_team_ids()))
    and (role <> 'owner' or team_id = any(array(select private.my_owner_team_ids())))
);

drop policy if exists "Members are removed by admins or leave" on public.team_members;
create policy "Members are removed by admins or leave" on public.team_members
for delete to authenticated
using (
    user_id = (select auth.uid())
    or (
        team_id = any(array(select private.my_admin_team_ids()))
        and (role <> 'owner' or team_id = any(array(select private.my_owner_team_ids())))
    )
);

-- team_settings ----------------------------------------------------------------------------------------
alter table public.team_settings enable row level security;
revoke all on table public.team_settings from anon, authenticated, service_role;
grant select on table public.team_settings to authenticated;
grant update (
    max_followups, followup_interval, working_hours_start, working_hours_end, working_days, time_zone,
    holiday_calendar, tracking_policy, daily_send_cap, reply_from_any_conversation, retention_days
) on table public.team_settings to authenticated;
grant all on table public.team_settings to service_role;

drop policy if exists "Team settings are visible to the team" on public.team_settings;
create policy "Team settings are visible to the team" on public.team_settings
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

drop policy if exists "Team settings are changed by admins" on public.team_settings;
create policy "Team settings are changed by admins" on public.team_settings
for update to authenticated
using (team_id = any(array(select private.my_admin_team_ids())))
with check (team_id = any(array(select private.my_admin_team_ids())));

-- mailboxes ----------------------------------------------------------------------------------------------
-- Connecting a mailbox needs the provider's consent flow, so rows are created by the service role;
-- users change their own mailbox's overrides, and admins any mailbox of their team.
alter table public.mailboxes enable row level security;
revoke all on table public.mailboxes from anon, authenticated, service_role;
grant select, delete on table public.mailboxes to authenticated;
grant update (
    display_name, time_zone, max_followups, followup_interval, working_hours_start, working_hours_end,
    working_days, holiday_calendar, tracking_policy, daily_send_cap
) on table public.mailboxes to authenticated;
grant all on table public.mailboxes to service_role;

drop policy if exists "Mailboxes are visible to their owner and team admins" on public.mailboxes;
create policy "Mailboxes are visible to their owner and team admins" on public.mailboxes
for select to authenticated
using (owner_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())));

drop policy if exists "Mailboxes are changed by their owner and team admins" on public.mailboxes;
create policy "Mailboxes are changed by their owner and team admins" on public.mailboxes
for update to authenticated
using (owner_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())))
with check (owner_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())));

drop policy if exists "Mailboxes are removed by their owner and team admins" on public.mailboxes;
create policy "Mailboxes are removed by their owner and team admins" on public.mailboxes
for delete to authenticated
using (owner_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())));

-- private.default_settings: operators only (no API role).
revoke all on table private.default_settings from anon, authenticated, service_role;
