-- Writing the audit trail (sql/tables/105_audit.sql). Every RPC that changes something an auditor asks about
-- calls private.audit in its own transaction, after the change, with the row before and after (secrets left out).

-- The client's IP and user agent, from the request headers PostgREST sets for the transaction
-- (`request.headers`, a JSON object with lowercased names); null outside a Data API request or when a header is
-- missing or malformed. The first address of X-Forwarded-For is the client's (Supabase's gateway sets it).
create or replace function private.request_ip()
returns inet
language plpgsql
stable
set search_path = ''
as $$
declare
    v_headers jsonb;
    v_raw text;
begin
    begin
        v_headers := nullif(current_setting('request.headers', true), '')::jsonb;
    exception when others then
        return null;
    end;
    v_raw := btrim(split_part(coalesce(v_headers ->> 'x-forwarded-for', v_headers ->> 'x-real-ip', ''), ',', 1));
    if v_raw = '' then
        return null;
    end if;
    begin
        return v_raw::inet;
    exception when others then
        return null;
    end;
end
$$;
revoke all on function private.request_ip() from public;
grant execute on function private.request_ip() to authenticated, service_role;
comment on function private.request_ip() is
'The client IP of the current Data API request (first X-Forwarded-For address, else X-Real-IP), or null.';

create or replace function private.request_user_agent()
returns text
language plpgsql
stable
set search_path = ''
as $$
begin
    return left(nullif(nullif(current_setting('request.headers', true), '')::jsonb ->> 'user-agent', ''), 500);
exception when others then
    return null;
end
$$;
revoke all on function private.request_user_agent() from public;
grant execute on function private.request_user_agent() to authenticated, service_role;
comment on function private.request_user_agent() is
'The User-Agent of the current Data API request (at most 500 characters), or null.';

create or replace function private.audit(
    p_team_id uuid,
    p_entity_type text,
    p_entity_id text,
    p_action text,
    p_before jsonb,
    p_after jsonb,
    p_occurred_at timestamptz default null
)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    insert into public.audit_log (
        team_id, actor_id, actor_role, entity_type, entity_id, action, before, after, ip, user_agent, occurred_at
    )
    values (
        p_team_id, (select auth.uid()), coalesce(nullif(auth.role(), ''), current_user), p_entity_type, p_entity_id,
        p_action, p_before, p_after, private.request_ip(), private.request_user_agent(),
        coalesce(p_occurred_at, now())
    );
end
$$;
revoke all on function private.audit(uuid, text, text, text, jsonb, jsonb, timestamptz) from public;
grant execute on function private.audit(uuid, text, text, text, jsonb, jsonb, timestamptz) to service_role;
comment on function private.audit(uuid, text, text, text, jsonb, jsonb, timestamptz) is
'Appends one entry to public.audit_log: the caller (auth.uid(), role), the entity and action, the row before and '
'after (leave secrets and persons'' addresses out), the request''s IP and user agent, at p_occurred_at or now().';

-- What a retention run deleted, per team: the team ids of the rows a statement deleted (its `returning`) as
-- {team id: count}, and the total of such counts. Every retention job counts this way (120_maintenance.sql,
-- 188_access_logs.sql, 192_retention.sql) and audits each team's share (private.audit_retention below).
create or replace function private.count_by_team(p_team_ids uuid[])
returns jsonb
language sql
immutable
set search_path = ''
as $$
    select coalesce(jsonb_object_agg(x.team_id, x.n), '{}')
    from (select t.team_id, count(*) as n from unnest(p_team_ids) as t (team_id) group by t.team_id) as x
$$;

revoke all on function private.count_by_team(uuid[]) from public;
comment on function private.count_by_team(uuid[]) is
'{team id: how many times it appears in p_team_ids} ({} for none): a retention run''s deletions per team.';

create or replace function private.count_total(p_counts jsonb)
returns bigint
language sql
immutable
set search_path = ''
as $$
    select coalesce(sum(c.value::bigint), 0) from jsonb_each_text(p_counts) as c
$$;

revoke all on function private.count_total(jsonb) from public;
comment on function private.count_total(jsonb) is 'The sum of the counts of a {key: count} object (0 for none).';

-- Every retention run leaves one audit entry per team (entity type 'retention', the job's name as entity id,
-- action 'purged'), even when it deleted nothing: what it deleted, by kind, and the settings it applied. The
-- monthly compliance report lists the runs from the audit trail (187_compliance.sql). The jobs:
-- private.purge_expired (120_maintenance.sql), private.apply_privacy_retention (192_retention.sql),
-- private.purge_access_logs (188_access_logs.sql).
create or replace function private.audit_retention(
    p_team_id uuid, p_job text, p_counts jsonb, p_settings jsonb, p_now timestamptz
)
returns void
language sql
volatile
set search_path = ''
as $$
    select private.audit(
        p_team_id, 'retention', p_job, 'purged', null,
        jsonb_build_object(
            'deleted', private.count_total(p_counts),
            'counts', p_counts, 'settings', p_settings
        ),
        p_now
    )
$$;

revoke all on function private.audit_retention(uuid, text, jsonb, jsonb, timestamptz) from public;
comment on function private.audit_retention(uuid, text, jsonb, jsonb, timestamptz) is
'Audits one retention run for one team: {deleted (total), counts (by kind), settings (applied)} under entity '
'type retention and the job''s name.';

-- Lets the current transaction delete audit rows (an erasure or a retention run); the trigger below refuses any
-- other update or delete.
create or replace function private.allow_audit_purge()
returns void
language sql
volatile
set search_path = ''
as $$
    select set_config('relance.audit_purge', 'on', true);
$$;
revoke all on function private.allow_audit_purge() from public;
comment on function private.allow_audit_purge() is
'Allows deleting public.audit_log rows until the end of the current transaction (erasure and retention only).';

-- Lets the current transaction rewrite the copies of rows an audit entry keeps (before, after) and nothing else of
-- it: an erasure scrubs a person from them (a routing rule named after them), never who did what, nor when.
create or replace function private.allow_audit_scrub()
returns void
language sql
volatile
set search_path = ''
as $$
    select set_config('relance.audit_scrub', 'on', true);
$$;
revoke all on function private.allow_audit_scrub() from public;
comment on function private.allow_audit_scrub() is
'Allows rewriting the before and after copies of public.audit_log rows, and nothing else of them, until the end '
'of the current transaction (an erasure only).';

-- One trigger function keeps every log append-only (public.audit_log here, public.data_access_logs in
-- 188_access_logs.sql), told by its trigger's arguments what differs:
--   tg_argv[0]  the setting a purge turns on for its transaction (private.allow_audit_purge,
--               private.allow_access_log_purge);
--   tg_argv[1]  'delete' (a purge may delete rows) or 'update_delete' (it may also rewrite them: an erasure puts
--               a token in place of a person's address in the access log);
--   tg_argv[2]  the log's name in the refusal;
--   tg_argv[3]  (optional) the setting under which an update may change the row's before and after copies, and no
--               other column (private.allow_audit_scrub: an erasure scrubbing a person from the audit trail).
-- A team's deletion (the cascade: the team row is already gone in this statement) always deletes its rows.
create or replace function private.log_append_only()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if current_setting(tg_argv[0], true) = 'on' and (tg_op = 'DELETE' or tg_argv[1] = 'update_delete') then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'UPDATE' and tg_nargs > 3 and current_setting(tg_argv[3], true) = 'on'
        and to_jsonb(new) - 'before' - 'after' = to_jsonb(old) - 'before' - 'after' then
        return new;
    end if;
    if tg_op = 'DELETE' and not exists (select 1 from public.teams as t where t.id = old.team_id) then
        return old;
    end if;
    raise exception 'the % is append-only: % refused', tg_argv[2], lower(tg_op)
        using errcode = '42501', hint = 'Log entries are never changed; a retention run or an erasure purges them.';
end
$$;
revoke all on function private.log_append_only() from public;
comment on function private.log_append_only() is
'Trigger (arguments: purge setting, ''delete'' or ''update_delete'', the log''s name, optionally the scrub '
'setting): refuses every update and delete of an append-only log except a team''s cascade, what a purge asked for '
'in its transaction allows, and a scrub''s rewrite of the before and after copies alone.';

create or replace trigger audit_log_append_only
before update or delete on public.audit_log
for each row execute function private.log_append_only(
    'relance.audit_purge', 'delete', 'audit log', 'relance.audit_scrub'
);
