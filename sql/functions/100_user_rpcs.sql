-- What the frontend calls under RLS: track and untrack, pause and resume (a tracked email, a mailbox, a
-- team), read a timeline. Each checks the caller's rights itself and rejects bad input clearly.
-- The instant is the server's: `p_now` is for the service role (tests, the demo) and refused with 42501 for a
-- signed-in user (private.caller_now).

create or replace function private.my_mailbox_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
    select m.id from public.mailboxes as m
    where m.owner_id = (select auth.uid())
        or m.team_id in (
            select tm.team_id from public.team_members as tm
            where tm.user_id = (select auth.uid()) and tm.role in ('owner', 'admin')
        )
$$;

revoke all on function private.my_mailbox_ids() from public;
grant execute on function private.my_mailbox_ids() to authenticated, service_role;
comment on function private.my_mailbox_ids() is
'Mailboxes the caller owns, and every mailbox of the teams they administer. Stable; for RLS and RPCs.';

create or replace function private.require_mailbox(p_mailbox_id uuid)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
    if (select auth.uid()) is null then
        raise exception 'a signed-in user is required' using errcode = '42501';
    end if;
    if p_mailbox_id is null or not exists (
        select 1 from private.my_mailbox_ids() as i where i = p_mailbox_id
    ) then
        raise exception 'no such mailbox, or not yours' using errcode = '42501';
    end if;
end
$$;

revoke all on function private.require_mailbox(uuid) from public;
comment on function private.require_mailbox(uuid) is
'Raises 42501 unless the caller owns the mailbox or administers its team.';

create or replace function public.track_message(p_message_id uuid, p_now timestamptz default null)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_m public.messages;
    v_id uuid;
begin
    p_now := private.caller_now(p_now);
    select * into v_m from public.messages where id = p_message_id;
    perform private.require_mailbox(v_m.mailbox_id);
    if v_m.direction <> 'outbound' or v_m.kind = 'engine' then
        raise exception 'only a message you sent can be tracked' using errcode = '22023';
    end if;
    -- Lock order (065_lock_order.sql), step 4: the people written to, whose suppressions this tracking reads and
    -- a bounce it catches up on (private.catch_up_tracked) may write; the tracked email comes after.
    perform private.lock_people(v_m.team_id, v_m.to_addresses || v_m.cc_addresses);
    select id into v_id from public.tracked_emails where message_id = p_message_id;
    if v_id is not null then
        if exists (select 1 from public.tracked_emails where id = v_id and status = 'untracked') then
            -- R8, as for a first tracking (private.track_message): refused for an address suppressed before the
            -- message was sent; one suppressed by mail after it ends the tracking at once (below).
            if cardinality(private.suppressed_before(v_m.team_id, v_m.to_addresses || v_m.cc_addresses, v_m.sent_at)) > 0
            then
                raise exception 'cannot track: % on the suppression list (opted out or undeliverable)',
                    array_to_string(
                        private.suppressed_before(v_m.team_id, v_m.to_addresses || v_m.cc_addresses, v_m.sent_at), ', '
                    )
                    using errcode = '22023';
            end if;
            update public.tracked_emails set status = 'active', status_reason = 'tracked again on request',
                status_changed_at = p_now
            where id = v_id;
            perform private.log_event(v_m.team_id, 'tracked', 'tracked again on request', p_now, v_m.mailbox_id, v_id);
            perform private.plan_followup(v_id, p_now, 'the tracked email');
            -- What came while it was not tracked (an answer, a nudge, a bounce) is read now, as for a first tracking.
            perform private.catch_up_tracked(v_id, p_now);
        end if;
        return v_id;
    end if;
    return private.track_message(p_message_id, 'user', p_now);
end
$$;

revoke all on function public.track_message(uuid, timestamptz) from public, anon;
grant execute on function public.track_message(uuid, timestamptz) to authenticated, service_role;
comment on function public.track_message(uuid, timestamptz) is
'R1: tracks a sent message on request (any tracking policy), at p_now (the service role''s instant; the server''s '
'clock for a signed-in user). Returns the tracked email id. Idempotent.';

create or replace function public.untrack_email(p_tracked_email_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_mailbox uuid;
begin
    p_now := private.caller_now(p_now);
    select mailbox_id into v_mailbox from public.tracked_emails where id = p_tracked_email_id;
    perform private.require_mailbox(v_mailbox);
    return private.stop_tracked(p_tracked_email_id, 'untracked', 'untracked on request', p_now);
end
$$;

revoke all on function public.untrack_email(uuid, timestamptz) from public, anon;
grant execute on function public.untrack_email(uuid, timestamptz) to authenticated, service_role;
comment on function public.untrack_email(uuid, timestamptz) is
'R1: stops tracking at p_now (as track_message); the pending follow-up is cancelled. Returns false when it was '
'already over. Idempotent.';

create or replace function public.mark_answered(
    p_tracked_email_id uuid, p_how text default null, p_now timestamptz default null
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_mailbox uuid;
    v_how text := nullif(btrim(coalesce(p_how, '')), '');
begin
    -- R5 for an answer that came another way (the person phoned, or answered at a meeting): the user says so and
    -- the email ends as answered, not untracked, so that its follow-ups stop, the dashboard shows it answered, the
    -- report counts it in the reply rate and a CRM hears `email.replied`, as for an answer by mail.
    p_now := private.caller_now(p_now);
    if length(v_how) > 200 then
        raise exception 'p_how: at most 200 characters (got %)', length(v_how) using errcode = '22023';
    end if;
    select mailbox_id into v_mailbox from public.tracked_emails where id = p_tracked_email_id;
    perform private.require_mailbox(v_mailbox);
    -- Lock order (065_lock_order.sql): the tracked email (step 6), then its follow-ups (step 7), in stop_tracked,
    -- which records it after the last follow-up too (R3: completed), as an answer by mail.
    return private.stop_tracked(
        p_tracked_email_id, 'replied',
        'answered outside email, marked by hand' || coalesce(' (' || private.one_line(v_how) || ')', ''), p_now
    );
end
$$;

revoke all on function public.mark_answered(uuid, text, timestamptz) from public, anon;
grant execute on function public.mark_answered(uuid, text, timestamptz) to authenticated, service_role;
comment on function public.mark_answered(uuid, text, timestamptz) is
'R5 by hand: the person answered another way (a call, a meeting; p_how says how, at most 200 characters): the '
'tracked email ends as replied at p_now, its pending follow-up cancelled, as an answer by mail would end it (a '
'completed one too: the answer came after the last follow-up; a bounced one too: the person was reached another '
'way). For the mailbox''s owner or the team''s admins (42501 otherwise). Returns false when it was already answered '
'or ended otherwise (opted out, untracked). Idempotent.';

create or replace function private.resume_overdue(
    p_where_tracked uuid, p_where_mailbox uuid, p_where_team uuid, p_now timestamptz, p_why text
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_f record;
    v_due timestamptz;
    v_n integer := 0;
    v_mailboxes uuid [];
begin
    -- R11: resuming never sends a backlog burst: what became overdue is rescheduled from the resume time. A
    -- follow-up whose tracked email is still paused waits for that resume, which moves it then (the tracked email's
    -- resume clears the pause before it calls this); what is left is what the tick reads (followups_due_idx).
    -- The mailboxes concerned first, so that both statements below read followups_due_idx (mailbox, due time) by
    -- mailbox, whichever of the three is resumed.
    v_mailboxes := array(
        select m.id from public.mailboxes as m
        where (p_where_mailbox is null or m.id = p_where_mailbox)
            and (p_where_team is null or m.team_id = p_where_team)
            and (p_where_tracked is null
                or m.id = (select t.mailbox_id from public.tracked_emails as t where t.id = p_where_tracked))
    );
    -- Lock order (065_lock_order.sql): the tracked emails concerned, ascending, then their follow-ups.
    perform private.lock_tracked(array(
        select f.tracked_email_id from public.followups as f
        where f.mailbox_id = any(v_mailboxes) and f.status = 'scheduled' and f.due_at <= p_now
            and not f.tracked_email_paused
            and (p_where_tracked is null or f.tracked_email_id = p_where_tracked)
    ));
    for v_f in
        select f.id, f.team_id, f.mailbox_id, f.tracked_email_id, f.seq, s.followup_interval, s.time_zone
        from public.followups as f
        cross join lateral private.mailbox_settings(f.mailbox_id) as s
        where f.mailbox_id = any(v_mailboxes) and f.status = 'scheduled' and f.due_at <= p_now
            and not f.tracked_email_paused
            and (p_where_tracked is null or f.tracked_email_id = p_where_tracked)
        order by f.tracked_email_id
    loop
        v_due := private.mailbox_due_after(v_f.mailbox_id, p_now, v_f.followup_interval);
        update public.followups
        set due_at = v_due, base_at = p_now, status = 'scheduled', queued_at = null, updated_at = p_now
        where id = v_f.id;
        update public.tracked_emails set next_due_at = v_due where id = v_f.tracked_email_id;
        perform private.log_event(v_f.team_id, 'rescheduled',
            format('%s: overdue follow-up %s moved to %s', p_why, v_f.seq, private.local_text(v_due, v_f.time_zone)),
            p_now, v_f.mailbox_id, v_f.tracked_email_id, v_f.id);
        v_n := v_n + 1;
    end loop;
    return v_n;
end
$$;

revoke all on function private.resume_overdue(uuid, uuid, uuid, timestamptz, text) from public;
comment on function private.resume_overdue(uuid, uuid, uuid, timestamptz, text) is
'R11: moves overdue pending follow-ups (of one tracked email, mailbox or team) to resume time + interval. '
'Returns how many moved.';

create or replace function public.pause_tracked_email(p_tracked_email_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
begin
    p_now := private.caller_now(p_now);
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    perform private.require_mailbox(v_t.mailbox_id);
    update public.tracked_emails set status = 'paused', status_reason = 'paused on request', status_changed_at = p_now
    where id = v_t.id and status = 'active';
    if not found then
        return false;
    end if;
    perform private.log_event(v_t.team_id, 'paused', 'paused on request: nothing is sent until resumed', p_now,
        v_t.mailbox_id, v_t.id);
    perform private.audit(v_t.team_id, 'tracked_email', v_t.id::text, 'paused', jsonb_build_object('status', 'active'),
        jsonb_build_object('status', 'paused'), p_now);
    return true;
end
$$;

create or replace function public.resume_tracked_email(p_tracked_email_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
begin
    p_now := private.caller_now(p_now);
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    perform private.require_mailbox(v_t.mailbox_id);
    update public.tracked_emails set status = 'active', status_reason = 'resumed', status_changed_at = p_now
    where id = v_t.id and status = 'paused';
    if not found then
        return false;
    end if;
    perform private.log_event(v_t.team_id, 'resumed', 'resumed on request', p_now, v_t.mailbox_id, v_t.id);
    perform private.audit(v_t.team_id, 'tracked_email', v_t.id::text, 'resumed', jsonb_build_object('status', 'paused'),
        jsonb_build_object('status', 'active'), p_now);
    perform private.resume_overdue(v_t.id, null, null, p_now, 'resumed');
    return true;
end
$$;

create or replace function public.pause_mailbox(p_mailbox_id uuid, p_now timestamptz default null)
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
    perform private.require_mailbox(p_mailbox_id);
    update public.mailboxes set status = 'paused', status_reason = 'paused on request', status_changed_at = p_now
    where id = p_mailbox_id and status = 'active'
    returning team_id into v_team;
    if v_team is null then
        return false;
    end if;
    perform private.log_event(v_team, 'mailbox_paused', 'mailbox paused: nothing is sent from it until resumed',
        p_now, p_mailbox_id);
    perform private.audit(v_team, 'mailbox', p_mailbox_id::text, 'paused', jsonb_build_object('status', 'active'),
        jsonb_build_object('status', 'paused'), p_now);
    return true;
end
$$;

create or replace function public.resume_mailbox(p_mailbox_id uuid, p_now timestamptz default null)
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
    perform private.require_mailbox(p_mailbox_id);
    update public.mailboxes set status = 'active', status_reason = 'resumed', status_changed_at = p_now, back_at = p_now
    where id = p_mailbox_id and status = 'paused'
    returning team_id into v_team;
    if v_team is null then
        return false;
    end if;
    perform private.log_event(v_team, 'mailbox_resumed', 'mailbox resumed', p_now, p_mailbox_id);
    perform private.audit(v_team, 'mailbox', p_mailbox_id::text, 'resumed', jsonb_build_object('status', 'paused'),
        jsonb_build_object('status', 'active'), p_now);
    perform private.resume_overdue(null, p_mailbox_id, null, p_now, 'mailbox resumed');
    return true;
end
$$;

create or replace function public.pause_team(
    p_team_id uuid, p_reason text default null, p_now timestamptz default null
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can pause it' using errcode = '42501';
    end if;
    update public.teams set paused_at = p_now, paused_reason = coalesce(p_reason, 'paused by an admin')
    where id = p_team_id and paused_at is null;
    if not found then
        return false;
    end if;
    perform private.log_event(p_team_id, 'team_paused',
        'team paused (kill switch): nothing is sent until resumed. ' || coalesce(p_reason, ''), p_now);
    perform private.audit(p_team_id, 'team', p_team_id::text, 'paused', jsonb_build_object('paused_at', null),
        jsonb_build_object('paused_at', p_now, 'paused_reason', coalesce(p_reason, 'paused by an admin')), p_now);
    return true;
end
$$;

create or replace function public.resume_team(p_team_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can resume it' using errcode = '42501';
    end if;
    perform private.audit(p_team_id, 'team', p_team_id::text, 'resumed',
        jsonb_build_object('paused_at', t.paused_at, 'paused_reason', t.paused_reason),
        jsonb_build_object('paused_at', null), p_now)
    from public.teams as t where t.id = p_team_id and t.paused_at is not null;
    update public.teams set paused_at = null, paused_reason = null, back_at = p_now
    where id = p_team_id and paused_at is not null;
    if not found then
        return false;
    end if;
    perform private.log_event(p_team_id, 'team_resumed', 'team resumed', p_now);
    perform private.resume_overdue(null, null, p_team_id, p_now, 'team resumed');
    return true;
end
$$;

revoke all on function public.pause_tracked_email(uuid, timestamptz) from public, anon;
revoke all on function public.resume_tracked_email(uuid, timestamptz) from public, anon;
revoke all on function public.pause_mailbox(uuid, timestamptz) from public, anon;
revoke all on function public.resume_mailbox(uuid, timestamptz) from public, anon;
revoke all on function public.pause_team(uuid, text, timestamptz) from public, anon;
revoke all on function public.resume_team(uuid, timestamptz) from public, anon;
grant execute on function public.pause_tracked_email(uuid, timestamptz) to authenticated, service_role;
grant execute on function public.resume_tracked_email(uuid, timestamptz) to authenticated, service_role;
grant execute on function public.pause_mailbox(uuid, timestamptz) to authenticated, service_role;
grant execute on function public.resume_mailbox(uuid, timestamptz) to authenticated, service_role;
grant execute on function public.pause_team(uuid, text, timestamptz) to authenticated, service_role;
grant execute on function public.resume_team(uuid, timestamptz) to authenticated, service_role;
comment on function public.pause_tracked_email(uuid, timestamptz) is
'R11: pauses one tracked email. Returns false when it was not active. Idempotent.';
comment on function public.resume_tracked_email(uuid, timestamptz) is
'R11: resumes a paused tracked email; overdue follow-ups move to resume time + interval. Idempotent.';
comment on function public.pause_mailbox(uuid, timestamptz) is
'R11: pauses a mailbox (holidays): nothing is sent from it. Idempotent.';
comment on function public.resume_mailbox(uuid, timestamptz) is
'R11: resumes a mailbox; overdue follow-ups move to resume time + interval, no burst. Idempotent.';
comment on function public.pause_team(uuid, text, timestamptz) is
'R11: the kill switch: nothing is sent for the whole team. Admins only. Idempotent.';
comment on function public.resume_team(uuid, timestamptz) is
'R11: lifts the kill switch; overdue follow-ups move to resume time + interval. Admins only. Idempotent.';

create or replace function public.get_timeline(p_tracked_email_id uuid)
returns table (occurred_at timestamptz, kind text, reason text, details jsonb)
language sql
stable
set search_path = ''
as $$
    -- Security invoker: the events table's RLS decides what the caller may read.
    select e.occurred_at, e.kind, e.reason, e.details
    from public.events as e
    where e.tracked_email_id = p_tracked_email_id
    order by e.occurred_at, e.id
$$;

revoke all on function public.get_timeline(uuid) from public, anon;
grant execute on function public.get_timeline(uuid) to authenticated, service_role;
comment on function public.get_timeline(uuid) is
'R12: why everything happened to a tracked email, in order. Reads under the caller''s RLS. Stable.';
