-- Dead letters (sql/tables/070_dead_letters.sql): a worker sets a poison message aside with its reason and
-- goes on; a team admin asks for a retry; the next worker pass fetches the message again and ingests it.

create or replace function worker.record_dead_letter(
    p_mailbox_id uuid,
    p_provider_message_id text,
    p_folder text,
    p_stage text,
    p_sqlstate text,
    p_reason text,
    p_now timestamptz default now()
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_id uuid;
begin
    -- Called from a worker's error path: it takes whatever the failure left (an over-long id, an unknown
    -- folder, an empty reason) and records it, so that setting a message aside never fails in turn.
    insert into public.dead_letters as d (
        team_id, mailbox_id, provider_message_id, folder, stage, sqlstate, reason, first_failed_at, last_failed_at
    )
    select
        m.team_id, m.id, left(coalesce(nullif(p_provider_message_id, ''), '(none)'), 512),
        case when p_folder in ('inbox', 'sent', 'other') then p_folder end,
        case when p_stage in ('normalise', 'analyse', 'ingest') then p_stage else 'ingest' end,
        case when p_sqlstate ~ '^[0-9A-Z]{5}$' then p_sqlstate end,
        left(coalesce(nullif(btrim(p_reason), ''), 'no reason given'), 2000),
        p_now, p_now
    from public.mailboxes as m where m.id = p_mailbox_id
    on conflict (mailbox_id, provider_message_id) do update
    set folder = coalesce(excluded.folder, d.folder), stage = excluded.stage, sqlstate = excluded.sqlstate,
        reason = excluded.reason, status = 'dead', attempts = d.attempts + 1, last_failed_at = excluded.last_failed_at,
        resolved_at = null
    returning d.id into v_id;
    if v_id is null then
        raise exception 'record_dead_letter: no mailbox %', p_mailbox_id using errcode = '22023';
    end if;
    return v_id;
end
$$;

revoke all on function worker.record_dead_letter(uuid, text, text, text, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.record_dead_letter(uuid, text, text, text, text, text, timestamptz) to service_role;
comment on function worker.record_dead_letter(uuid, text, text, text, text, text, timestamptz) is
'Sets a message of a mailbox aside (status dead) with where it failed (normalise, analyse, ingest), its '
'SQLSTATE and reason; a message that fails again updates its row and counts the attempt. Returns the dead '
'letter''s id. Raises 22023 only for an unknown mailbox.';

create or replace function public.retry_dead_letter(p_dead_letter_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_team uuid;
begin
    p_now := private.caller_now(p_now);
    -- A team admin (or the service) asks for a retry; a member or another team's admin may not.
    select team_id into v_team from public.dead_letters where id = p_dead_letter_id;
    if (select auth.uid()) is not null
        and (v_team is null or not exists (select 1 from private.my_admin_team_ids() as i where i = v_team)) then
        raise exception 'no such dead letter, or not in a team you administer' using errcode = '42501';
    end if;
    update public.dead_letters
    set status = 'retry_requested', retry_requested_at = p_now, retry_requested_by = (select auth.uid())
    where id = p_dead_letter_id and status = 'dead';
    return found;
end
$$;

revoke all on function public.retry_dead_letter(uuid, timestamptz) from public, anon;
grant execute on function public.retry_dead_letter(uuid, timestamptz) to authenticated, service_role;
comment on function public.retry_dead_letter(uuid, timestamptz) is
'Asks the workers to fetch and ingest a dead letter again (status retry_requested). Team admins only (42501 '
'otherwise). Returns false when it is not set aside (a retry already asked for, or resolved). Idempotent.';

create or replace function worker.dead_letter_retries(p_provider public.mail_provider, p_limit integer default 50)
returns table (dead_letter_id uuid, mailbox_id uuid, provider_message_id text, folder text)
language sql
stable
security definer
set search_path = ''
as $$
    select d.id, d.mailbox_id, d.provider_message_id, d.folder
    from public.dead_letters as d
    inner join public.mailboxes as m on d.mailbox_id = m.id
    where d.status = 'retry_requested' and m.provider = p_provider and m.status in ('active', 'paused')
    order by d.retry_requested_at, d.id
    limit greatest(p_limit, 0)
$$;

revoke all on function worker.dead_letter_retries(public.mail_provider, integer) from public, anon, authenticated;
grant execute on function worker.dead_letter_retries(public.mail_provider, integer) to service_role;
comment on function worker.dead_letter_retries(public.mail_provider, integer) is
'The dead letters of a provider''s active or paused mailboxes that an admin asked to retry, oldest request '
'first. Stable.';

create or replace function worker.resolve_dead_letter(
    p_mailbox_id uuid, p_provider_message_id text, p_now timestamptz default now()
)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    update public.dead_letters
    set status = 'resolved', resolved_at = p_now
    where mailbox_id = p_mailbox_id and provider_message_id = p_provider_message_id and status <> 'resolved'
    returning true
$$;

revoke all on function worker.resolve_dead_letter(uuid, text, timestamptz) from public, anon, authenticated;
grant execute on function worker.resolve_dead_letter(uuid, text, timestamptz) to service_role;
comment on function worker.resolve_dead_letter(uuid, text, timestamptz) is
'Marks a dead letter resolved once its message was ingested. Returns true, or null when there was none to '
'resolve. Idempotent.';
