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

-- The instant a user-facing RPC acts at. Tests and the demo drive time through `p_now` (DESIGN.md,
-- "Contracts"); a signed-in user may not, or an admin could backdate the audit timeline. Who is calling is
-- read from the request's JWT claims (`auth.role()`, as PostgREST sets them) and, for a connection without
-- claims, from the role it switched to: the RPCs are security definer, so `current_user` is their owner.
create or replace function private.caller_now(p_now timestamptz)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_role text := auth.role();
begin
    if p_now is null or p_now = now() then
        return now();
    end if;
    if v_role = 'service_role'
        or (v_role is null and current_setting('role') not in ('anon', 'authenticated')) then
        return p_now;
    end if;
    raise exception 'p_now: only the service role may choose the instant; leave p_now out (the server''s clock is used)'
        using errcode = '42501';
end
$$;

revoke all on function private.caller_now(timestamptz) from public;
grant execute on function private.caller_now(timestamptz) to authenticated, service_role;
comment on function private.caller_now(timestamptz) is
'The instant a user-facing RPC acts at: now() when p_now is null (or now()); p_now for the service role or a '
'direct connection without JWT claims (tests, the demo); 42501 naming p_now for anon and authenticated.';
