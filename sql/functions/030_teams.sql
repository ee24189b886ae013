-- Teams: creation (the creator becomes owner; settings start from the deployment defaults) and
-- the guard that keeps at least one owner in every team.

create or replace function private.on_team_created()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    insert into public.team_settings (
        team_id, max_followups, followup_interval, working_hours_start, working_hours_end
    )
    select new.id, d.max_followups, d.followup_interval, d.working_hours_start, d.working_hours_end
    from private.default_settings as d
    where d.singleton;
    return new;
end
$$;

revoke all on function private.on_team_created() from public;
comment on function private.on_team_created() is
'Trigger: gives every new team its settings row, from private.default_settings.';

create or replace trigger on_team_created
after insert on public.teams
for each row execute function private.on_team_created();

create or replace function public.create_team(p_name text, p_domains text[] default '{}')
returns public.teams
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_uid uuid := (select auth.uid());
    v_team public.teams;
begin
    if v_uid is null then
        raise exception 'create_team needs a signed-in user' using errcode = '42501';
    end if;
    if p_name is null or length(btrim(p_name)) = 0 then
        raise exception 'a team needs a name' using errcode = '22023';
    end if;
    insert into public.teams (name, domains)
    values (
        btrim(p_name),
        coalesce((select array_agg(distinct lower(btrim(d))) from unnest(p_domains) as d), '{}')
    )
    returning * into v_team;
    insert into public.team_members (team_id, user_id, role) values (v_team.id, v_uid, 'owner');
    return v_team;
end
$$;

revoke all on function public.create_team(text, text[]) from public, anon;
grant execute on function public.create_team(text, text[]) to authenticated, service_role;
comment on function public.create_team(text, text[]) is
'RPC: creates a team owned by the caller and returns it. Not idempotent (each call makes a team).';

create or replace function private.keep_an_owner()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    if old.role = 'owner'
        and (tg_op = 'DELETE' or new.role <> 'owner')
        and exists (select 1 from public.teams as t where t.id = old.team_id)
        and not exists (
            select 1 from public.team_members as m
            where m.team_id = old.team_id and m.role = 'owner' and m.user_id <> old.user_id
        ) then
        raise exception 'a team keeps at least one owner' using errcode = '23514';
    end if;
    return coalesce(new, old);
end
$$;

revoke all on function private.keep_an_owner() from public;
comment on function private.keep_an_owner() is
'Trigger: refuses to remove or demote the last owner of a team that still exists.';

create or replace trigger keep_an_owner
after update of role or delete on public.team_members
for each row execute function private.keep_an_owner();


-- Who joins a team, with which role, who is promoted or removed, and who leaves: through the Data API (RLS lets
-- admins add, promote and remove members, and a member leave), audited as every other change of who may do what
-- (PRIVACY.md: who, when, before and after). The RPCs that change memberships (create_team, anonymise_member)
-- run as their owner and audit for themselves; so do cascades (a team deleted).
create or replace function private.membership_changed_through_the_api()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row public.team_members := coalesce(new, old);
begin
    perform private.audit(v_row.team_id, 'member', v_row.user_id::text,
        case tg_op
            when 'INSERT' then 'added'
            when 'UPDATE' then 'role_changed'
            else case when old.user_id = (select auth.uid()) then 'left' else 'removed' end
        end,
        case when tg_op <> 'INSERT' then jsonb_build_object('role', old.role) end,
        case when tg_op <> 'DELETE' then jsonb_build_object('role', new.role) end);
    return null;
end
$$;

revoke all on function private.membership_changed_through_the_api() from public;
comment on function private.membership_changed_through_the_api() is
'Trigger (after insert, update of role or delete on team_members, by `authenticated` through the Data API): '
'audits the membership change (added, role_changed, removed, left) with the role before and after.';

create or replace trigger membership_changed_through_the_api
after insert or update of role or delete on public.team_members
for each row when (current_user = 'authenticated')
execute function private.membership_changed_through_the_api();
