-- Writing and reading the access logs (sql/tables/107_access_logs.sql). Every RPC that reads a contact's full
-- record, exports, erases or anonymises personal data calls private.log_data_access in its own transaction.

create or replace function private.log_data_access(
    p_team_id uuid,
    p_entity_type text,
    p_entity_id text,
    p_access_type text,
    p_address text default null,
    p_occurred_at timestamptz default null
)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_address text := lower(nullif(btrim(p_address), ''));
begin
    if p_access_type is null or p_access_type not in ('read', 'export', 'delete', 'anonymize') then
        raise exception 'access type must be read, export, delete or anonymize, not %', coalesce(p_access_type, 'null')
            using errcode = '22023';
    end if;
    -- A contact is a person: the log about them carries their address, so their export and erasure find it.
    if v_address is null and p_entity_type = 'contact' then
        select c.address into v_address
        from public.contacts as c
        where c.team_id = p_team_id and c.id::text = p_entity_id;
    end if;
    insert into public.data_access_logs (
        team_id, actor_id, actor_role, entity_type, entity_id, address, access_type, ip, user_agent, occurred_at
    )
    values (
        p_team_id, (select auth.uid()), coalesce(nullif(auth.role(), ''), current_user), p_entity_type, p_entity_id,
        v_address, p_access_type, private.request_ip(), private.request_user_agent(), coalesce(p_occurred_at, now())
    );
end
$$;
revoke all on function private.log_data_access(uuid, text, text, text, text, timestamptz) from public;
grant execute on function private.log_data_access(uuid, text, text, text, text, timestamptz) to service_role;
comment on function private.log_data_access(uuid, text, text, text, text, timestamptz) is
'Appends one line to public.data_access_logs: the caller (auth.uid(), role), the entity, the access (read, '
'export, delete, anonymize), the person''s address (looked up for a contact), the request''s IP and user agent, at '
'p_occurred_at or now(). 22023 for another access type.';

-- Lets the current transaction delete or rewrite access log lines (the retention job; an erasure taking a
-- person's address out); the trigger below refuses any other update or delete.
create or replace function private.allow_access_log_purge()
returns void
language sql
volatile
set search_path = ''
as $$
    select set_config('relance.access_log_purge', 'on', true);
$$;
revoke all on function private.allow_access_log_purge() from public;
comment on function private.allow_access_log_purge() is
'Allows deleting or rewriting public.data_access_logs rows until the end of the current transaction (retention '
'and erasure only).';

-- Append-only through the trigger function of the audit trail (185_audit.sql); a purge here may also rewrite a
-- line (an erasure's token in place of the address).
create or replace trigger data_access_logs_append_only
before update or delete on public.data_access_logs
for each row execute function private.log_append_only('relance.access_log_purge', 'update_delete', 'access log');

-- The monthly retention job: access logs are kept 3 years (PRIVACY.md), then deleted. Every team gets one audit
-- entry per run (private.audit_retention, 185_audit.sql), as the daily retention jobs do; the compliance
-- report lists the runs.
create or replace function private.purge_access_logs(p_now timestamptz default null)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_now timestamptz := coalesce(p_now, now());
    v_gone jsonb;
    v_team uuid;
begin
    perform private.allow_access_log_purge();
    with gone as (
        delete from public.data_access_logs as l
        where l.occurred_at < v_now - interval '3 years'
        returning l.team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_gone from gone;
    for v_team in select t.id from public.teams as t order by t.id loop
        perform private.audit_retention(
            v_team, 'relance-access-log-retention',
            jsonb_build_object('data_access_logs', coalesce((v_gone ->> v_team::text)::integer, 0)),
            jsonb_build_object('kept_years', 3),
            v_now
        );
    end loop;
    return private.count_total(v_gone);
end
$$;
revoke all on function private.purge_access_logs(timestamptz) from public;
comment on function private.purge_access_logs(timestamptz) is
'Deletes access log lines older than 3 years (at p_now or now()), audits one retention run per team; '
'returns how many lines went. The monthly job relance-access-log-retention.';

-- A contact's full record (fields, facts, organisation): what a list does not show. Every read is logged.
create or replace function public.get_contact(p_contact_id uuid)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_contact public.contacts;
    v_doc jsonb;
begin
    select * into v_contact from public.contacts as c where c.id = p_contact_id;
    if not found then
        raise exception 'no such contact: %', p_contact_id using errcode = 'P0002';
    end if;
    if (select auth.uid()) is not null
        and not exists (select 1 from private.my_team_ids() as i where i = v_contact.team_id) then
        raise exception 'not a member of this contact''s team' using errcode = '42501';
    end if;
    select jsonb_build_object(
        'contact', to_jsonb(v_contact),
        'organisation', (select to_jsonb(o) from public.organisations as o where o.id = v_contact.organisation_id),
        'facts', coalesce((
            select jsonb_agg(
                jsonb_build_object(
                    'id', f.id, 'field', f.field, 'value', f.value, 'source', f.source, 'confidence', f.confidence,
                    'status', f.status, 'seen_count', f.seen_count, 'observed_at', f.observed_at,
                    'decided_by', f.decided_by, 'decided_at', f.decided_at
                ) order by f.field, f.status, f.value
            )
            from public.contact_facts as f where f.contact_id = v_contact.id
        ), '[]')
    ) into v_doc;
    perform private.log_data_access(v_contact.team_id, 'contact', v_contact.id::text, 'read', v_contact.address);
    return v_doc;
end
$$;
revoke all on function public.get_contact(uuid) from public, anon;
grant execute on function public.get_contact(uuid) to authenticated, service_role;
comment on function public.get_contact(uuid) is
'A contact''s full record (every field, its facts, its organisation) for a member of its team, logged as a read '
'in data_access_logs. 42501 outside the team, P0002 for an unknown contact.';

-- The access logs about the caller's own actions, in every team (a user's right to see what they did).
create or replace view public.my_access_logs
with (security_invoker = true) as
select
    l.id,
    l.team_id,
    l.entity_type,
    l.entity_id,
    l.address,
    l.access_type,
    l.ip,
    l.user_agent,
    l.occurred_at
from public.data_access_logs as l
where l.actor_id = (select auth.uid());
revoke all on public.my_access_logs from anon;
grant select on public.my_access_logs to authenticated, service_role;
comment on view public.my_access_logs is
'The signed-in user''s own access log lines (reads, exports, erasures, anonymisations they did), newest last.';
