-- Disconnecting a mailbox (issue 16): its owner or a team admin (public.disconnect_mailbox, under RLS) or an
-- operator (`relance disconnect`, worker.disconnect_mailbox_as_operator) stops it. In one transaction the
-- mailbox becomes `disconnected` with its reason, its subscriptions are marked removed (the intake refuses
-- their notifications from then on), the timeline records who did it, when, and the status before and after
-- (PRIVACY.md, "Audit of critical operations"), and the provider side is queued for a worker (queue
-- `mailbox_cleanup`): stop the Gmail watch or delete the Graph subscriptions, revoke the Google grant, delete
-- the stored grant.
--
-- Tracking pauses, nothing is lost: tracked emails, messages, conversations, follow-ups and the timeline stay
-- as they are. Pending follow-ups stay pending: the scheduler queues only follow-ups of active mailboxes, and
-- a claim refuses one of a mailbox that is not active (R9), so nothing is sent from a disconnected mailbox.
-- Reconnecting it (worker.connect_mailbox) reschedules what fell due meanwhile from the reconnection (R11).

create or replace function private.disconnect_mailbox(
    p_mailbox_id uuid, p_reason text, p_actor uuid, p_via text, p_operator text, p_now timestamptz
)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_m public.mailboxes;
    v_reason text := nullif(btrim(coalesce(p_reason, '')), '');
    v_subscriptions jsonb;
    v_who text;
begin
    if length(v_reason) > 500 then
        raise exception 'p_reason: at most 500 characters (got %)', length(v_reason) using errcode = '22023';
    end if;
    -- Lock order (065_lock_order.sql): the mailbox (step 2); the events below name tracked emails, which
    -- takes only `for key share` on them.
    select * into v_m from public.mailboxes where id = p_mailbox_id for no key update;
    if not found then
        raise exception 'no mailbox %', p_mailbox_id using errcode = '22023';
    end if;
    if v_m.status = 'disconnected' then
        return false;
    end if;
    v_who := case when p_via = 'operator' then 'an operator' || coalesce(' (' || p_operator || ')', '')
        else 'a user' end;
    v_reason := coalesce(v_reason, format('disconnected by %s', v_who));
    update public.mailboxes
    set status = 'disconnected', status_reason = v_reason, status_changed_at = p_now, updated_at = p_now
    where id = v_m.id;
    -- No notification of this mailbox is taken from now on; the worker deletes them at the provider.
    with removed as (
        update private.provider_subscriptions as s
        set status = 'removed', status_reason = 'the mailbox was disconnected', updated_at = p_now
        where s.mailbox_id = v_m.id and s.status <> 'removed'
        returning s.external_id
    )
    select coalesce(jsonb_agg(r.external_id order by r.external_id), '[]') into v_subscriptions from removed as r;
    perform private.log_event(v_m.team_id, 'mailbox_disconnected',
        format('%s disconnected by %s: %s. Nothing is sent from it until it is reconnected; its history is kept',
            v_m.address, v_who, v_reason),
        p_now, v_m.id, null, null, null,
        jsonb_build_object(
            'actor', p_actor, 'via', p_via, 'operator', p_operator, 'at', p_now,
            'before', jsonb_build_object('status', v_m.status, 'status_reason', v_m.status_reason),
            'after', jsonb_build_object('status', 'disconnected', 'status_reason', v_reason)
        ));
    perform private.audit(v_m.team_id, 'mailbox', v_m.id::text, 'disconnected',
        jsonb_build_object('status', v_m.status, 'status_reason', v_m.status_reason),
        jsonb_build_object('status', 'disconnected', 'status_reason', v_reason, 'via', p_via, 'operator', p_operator),
        p_now);
    -- R12: each tracked email still running says why it waits (its timeline is what a user reads).
    insert into public.events (team_id, mailbox_id, tracked_email_id, kind, reason, details, occurred_at)
    select t.team_id, t.mailbox_id, t.id, 'mailbox_disconnected',
        format('paused: %s was disconnected (%s); reconnecting it resumes this follow-up', v_m.address, v_reason),
        jsonb_build_object('actor', p_actor, 'via', p_via), p_now
    from public.tracked_emails as t
    where t.mailbox_id = v_m.id and t.status in ('active', 'paused')
    order by t.id;
    perform pgmq.send('mailbox_cleanup', jsonb_build_object(
        'mailbox_id', v_m.id, 'team_id', v_m.team_id, 'provider', v_m.provider, 'address', v_m.address,
        'subscriptions', v_subscriptions, 'requested_at', p_now
    ));
    return true;
end
$$;

revoke all on function private.disconnect_mailbox(uuid, text, uuid, text, text, timestamptz) from public;
comment on function private.disconnect_mailbox(uuid, text, uuid, text, text, timestamptz) is
'Disconnects a mailbox: status disconnected with its reason, subscriptions marked removed, the audit event '
'(actor, via, before, after) and one event per running tracked email, and the provider cleanup queued '
'(mailbox_cleanup). False when it was already disconnected. Idempotent.';

create or replace function public.disconnect_mailbox(
    p_mailbox_id uuid, p_reason text default null, p_now timestamptz default null
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    perform private.require_mailbox(p_mailbox_id);
    return private.disconnect_mailbox(p_mailbox_id, p_reason, (select auth.uid()), 'app', null, p_now);
end
$$;

revoke all on function public.disconnect_mailbox(uuid, text, timestamptz) from public, anon;
grant execute on function public.disconnect_mailbox(uuid, text, timestamptz) to authenticated, service_role;
comment on function public.disconnect_mailbox(uuid, text, timestamptz) is
'Disconnects a mailbox (its owner or a team admin): nothing is synced or sent from it, its history is kept, '
'and a worker stops the watch or subscriptions, revokes what the provider lets revoke and deletes the stored '
'grant. p_reason (at most 500 characters) is shown with it. False when already disconnected. Idempotent.';

create or replace function worker.disconnect_mailbox_as_operator(
    p_mailbox_id uuid, p_reason text default null, p_operator text default null, p_now timestamptz default now()
)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    select private.disconnect_mailbox(p_mailbox_id, p_reason, null, 'operator', left(p_operator, 200), p_now)
$$;

revoke all on function worker.disconnect_mailbox_as_operator(uuid, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.disconnect_mailbox_as_operator(uuid, text, text, timestamptz) to service_role;
comment on function worker.disconnect_mailbox_as_operator(uuid, text, text, timestamptz) is
'`relance disconnect`: what public.disconnect_mailbox does, for an operator (named in the audit event). '
'False when already disconnected. Idempotent.';

create or replace function worker.find_mailbox(p_ref text)
returns table (mailbox_id uuid, team_id uuid, provider public.mail_provider, address text, status public.mailbox_status)
language sql
stable
security definer
set search_path = ''
as $$
    select m.id, m.team_id, m.provider, m.address, m.status
    from public.mailboxes as m
    where m.id::text = lower(btrim(p_ref)) or m.address = lower(btrim(p_ref))
    order by m.address, m.id
$$;

revoke all on function worker.find_mailbox(text) from public, anon, authenticated;
grant execute on function worker.find_mailbox(text) to service_role;
comment on function worker.find_mailbox(text) is
'Mailboxes named by id or by address (one address may be connected in several teams), whatever their '
'status. Stable.';

create or replace function worker.read_mailbox_cleanup(
    p_qty integer default 10, p_visibility_seconds integer default 300, p_max_deliveries integer default 8
)
returns table (msg_id bigint, job jsonb, deliveries integer)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_msg record;
begin
    for v_msg in select * from pgmq.read('mailbox_cleanup', p_visibility_seconds, p_qty) loop
        if v_msg.read_ct > p_max_deliveries then
            -- A cleanup that keeps failing is archived; the mailbox's log and timeline say so.
            perform pgmq.archive('mailbox_cleanup', v_msg.msg_id);
            insert into public.worker_logs (team_id, mailbox_id, level, message)
            select m.team_id, m.id, 'error',
                format('the provider cleanup of disconnected mailbox %s was given up after %s attempts: the stored '
                    'grant is deleted; the provider drops the watch or subscriptions when they expire',
                    m.address, v_msg.read_ct - 1)
            from public.mailboxes as m where m.id = (v_msg.message ->> 'mailbox_id')::uuid;
            continue;
        end if;
        msg_id := v_msg.msg_id;
        job := v_msg.message;
        deliveries := v_msg.read_ct;
        return next;
    end loop;
end
$$;

revoke all on function worker.read_mailbox_cleanup(integer, integer, integer) from public, anon, authenticated;
grant execute on function worker.read_mailbox_cleanup(integer, integer, integer) to service_role;
comment on function worker.read_mailbox_cleanup(integer, integer, integer) is
'Reads up to p_qty provider cleanups of disconnected mailboxes (hidden p_visibility_seconds from other '
'workers: one that is not acknowledged comes back then); archives, with the reason in worker_logs, one read '
'more than p_max_deliveries times.';

create or replace function worker.ack_mailbox_cleanup(p_msg_id bigint)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    select pgmq.delete('mailbox_cleanup', p_msg_id)
$$;

revoke all on function worker.ack_mailbox_cleanup(bigint) from public, anon, authenticated;
grant execute on function worker.ack_mailbox_cleanup(bigint) to service_role;
comment on function worker.ack_mailbox_cleanup(bigint) is
'Removes a finished provider cleanup from its queue. Idempotent.';

create or replace function worker.forget_mailbox_grant(p_mailbox_id uuid)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_status public.mailbox_status;
begin
    -- Lock order (065_lock_order.sql): the mailbox (step 2), so a reconnection waits or wins, never both.
    select m.status into v_status from public.mailboxes as m where m.id = p_mailbox_id for no key update;
    if v_status is null then
        return 'gone';
    end if;
    if v_status <> 'disconnected' then
        return 'reconnected';
    end if;
    delete from private.mailbox_credentials where mailbox_id = p_mailbox_id;
    return case when found then 'deleted' else 'none' end;
end
$$;

revoke all on function worker.forget_mailbox_grant(uuid) from public, anon, authenticated;
grant execute on function worker.forget_mailbox_grant(uuid) to service_role;
comment on function worker.forget_mailbox_grant(uuid) is
'Deletes the stored (encrypted) grant of a disconnected mailbox: ''deleted'', ''none'' (nothing stored), '
'''reconnected'' (it is no longer disconnected: nothing deleted) or ''gone'' (no such mailbox). Idempotent.';

create or replace function worker.record_mailbox_cleanup(
    p_mailbox_id uuid, p_outcome text, p_reason text, p_details jsonb default '{}', p_now timestamptz default now()
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_m public.mailboxes;
begin
    if p_outcome not in ('done', 'failed', 'incomplete', 'skipped') then
        raise exception 'p_outcome: done, failed, incomplete or skipped (got %)', p_outcome using errcode = '22023';
    end if;
    select * into v_m from public.mailboxes where id = p_mailbox_id;
    if not found then
        return false;
    end if;
    perform private.log_event(v_m.team_id, 'mailbox_cleanup_' || p_outcome, left(p_reason, 1000), p_now, v_m.id,
        null, null, null, coalesce(p_details, '{}'));
    if p_outcome in ('failed', 'incomplete') then
        insert into public.worker_logs (team_id, mailbox_id, level, message)
        values (v_m.team_id, v_m.id, case when p_outcome = 'failed' then 'warning' else 'error' end,
            left(format('disconnecting %s: %s', v_m.address, p_reason), 2000));
    end if;
    return true;
end
$$;

revoke all on function worker.record_mailbox_cleanup(uuid, text, text, jsonb, timestamptz)
from public, anon, authenticated;
grant execute on function worker.record_mailbox_cleanup(uuid, text, text, jsonb, timestamptz) to service_role;
comment on function worker.record_mailbox_cleanup(uuid, text, text, jsonb, timestamptz) is
'The outcome of a provider cleanup on the mailbox''s timeline (mailbox_cleanup_done, _failed: retried, '
'_incomplete: given up, _skipped: reconnected meanwhile), and in worker_logs when it failed. False for an '
'unknown mailbox.';


-- Deleting a mailbox (the Data API lets its owner or a team admin delete the row: its messages, tracked emails and
-- timeline go with it, on delete cascade) while the team still holds its provider grant would drop the grant
-- unrevoked and leave the Gmail watch or Graph subscriptions running: such a delete is refused until the mailbox
-- is disconnected and its cleanup has taken the grant (disconnect_mailbox). The delete that goes through is
-- audited (who, when, what the mailbox was; never its address).
create or replace function private.mailbox_deleted_through_the_api()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    if exists (select 1 from private.mailbox_credentials as c where c.mailbox_id = old.id) then
        raise exception 'disconnect the mailbox first (disconnect_mailbox): its provider grant is still held, and '
            'deleting it now would leave the grant unrevoked and its subscriptions running'
            using errcode = '55000';
    end if;
    perform private.audit(old.team_id, 'mailbox', old.id::text, 'deleted',
        jsonb_build_object('status', old.status, 'provider', old.provider, 'owner_id', old.owner_id), null);
    return old;
end
$$;

revoke all on function private.mailbox_deleted_through_the_api() from public;
comment on function private.mailbox_deleted_through_the_api() is
'Trigger (before delete on mailboxes, rows deleted by `authenticated` through the Data API): refuses (55000) while '
'the mailbox''s provider grant is held (disconnect it first), else audits the deletion.';

create or replace trigger mailbox_deleted_through_the_api
before delete on public.mailboxes
for each row when (current_user = 'authenticated')
execute function private.mailbox_deleted_through_the_api();
