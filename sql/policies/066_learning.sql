-- Row level security and grants for the members' recorded choices (sql/tables/087_learning.sql). A member reads
-- and deletes their own; a team's admins read the team's (to see what the team learns); nobody inserts or
-- updates them directly: track_field_choice and the decisions on facts record them (sql/functions/174_learning.sql).

alter table public.ai_user_preferences enable row level security;
revoke all on table public.ai_user_preferences from anon, authenticated, service_role;
grant select, delete on table public.ai_user_preferences to authenticated;
grant all on table public.ai_user_preferences to service_role;
drop policy if exists "Preferences are visible to their member and team admins" on public.ai_user_preferences;
create policy "Preferences are visible to their member and team admins" on public.ai_user_preferences
for select to authenticated
using (user_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())));
drop policy if exists "Preferences are deleted by their member" on public.ai_user_preferences;
create policy "Preferences are deleted by their member" on public.ai_user_preferences
for delete to authenticated
using (user_id = (select auth.uid()));
