-- Who the caller is in which team: the helpers every RLS policy calls.
-- security definer (they read team_members, which has RLS itself) in the unexposed `private` schema,
-- called as `= any(array(select private.f()))` in policies so they run once per statement, not once per row.

create or replace function private.my_team_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
    select m.team_id
    from public.team_members as m
    where m.user_id = (select auth.uid())
$$;

revoke all on function private.my_team_ids() from public;
grant execute on function private.my_team_ids() to authenticated, service_role;
comment on function private.my_team_ids() is
'The teams the calling user belongs to (empty for anon). Stable; for RLS policies.';

create or replace function private.my_admin_team_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
    select m.team_id
    from public.team_members as m
    where m.user_id = (select auth.uid()) and m.role in ('owner', 'admin')
$$;

revoke all on function private.my_admin_team_ids() from public;
grant execute on function private.my_admin_team_ids() to authenticated, service_role;
comment on function private.my_admin_team_ids() is
'The teams in which the calling user is an owner or admin. Stable; for RLS policies.';

create or replace function private.my_owner_team_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
    select m.team_id
    from public.team_members as m
    where m.user_id = (select auth.uid()) and m.role = 'owner'
$$;

revoke all on function private.my_owner_team_ids() from public;
grant execute on function private.my_owner_team_ids() to authenticated, service_role;
comment on function private.my_owner_team_ids() is
'The teams the calling user owns. Stable; for RLS policies.';
