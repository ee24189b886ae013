-- Tracking and scheduling: what makes an outbound message tracked (R1), when its next follow-up is
-- due (R2, R3, R4, R6), and the two names dashboards already query.

create or replace function public.get_total_followup_count(p_tracked_email_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
    select (
        (select count(*) from public.followups as f
         where f.tracked_email_id = p_tracked_email_id and f.status = 'sent')
        + (select count(*) from public.manual_followups as m where m.tracked_email_id = p_tracked_email_id)
    )::integer
$$;

revoke all on function public.get_total_followup_count(uuid) from public, anon;
grant execute on function public.get_total_followup_count(uuid) to authenticated, service_role;
comment on function public.get_total_followup_count(uuid) is
'R3: automatic follow-ups sent + manual follow-ups detected for a tracked email (rows the caller may see). '
'Stable.';

-- The hot helpers in this file are plpgsql, not sql: a sql function with `set search_path` is never inlined
-- and is planned again at every call, while plpgsql keeps its plans for the session (bench/RESULTS.md).
create or replace function private.held_due(
    p_mailbox_id uuid, p_recipients text[], p_base_at timestamptz, p_due_at timestamptz
)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_s record;
    v_release timestamptz;
    v_held_from timestamptz;
begin
    -- R6: while a recipient is away, the clock stops: the interval left when the out-of-office came
    -- runs again from the first working hour after their return. The interval is the follow-up's own, at most
    -- the mailbox's: R15's one follow-up after a not now is due on a date, with none (its due time is at or
    -- before its base), so held, it is due at the release itself.
    select * into v_s from private.mailbox_settings(p_mailbox_id);
    if not found then
        return null;
    end if;
    select private.mailbox_release_after(p_mailbox_id, h.return_on), coalesce(msg.received_at, msg.sent_at, h.created_at)
    into v_release, v_held_from
    from public.holds as h
    left join public.messages as msg on msg.id = h.message_id
    where h.team_id = v_s.team_id and h.address = any(p_recipients)
    order by 1 desc
    limit 1;
    if v_release is null or v_release <= p_due_at then
        return p_due_at;
    end if;
    return private.mailbox_due_after(
        p_mailbox_id,
        v_release,
        greatest(
            interval '0',
            least(
                v_s.followup_interval,
                private.mailbox_working_time_between(p_mailbox_id, p_base_at, greatest(p_base_at, p_due_at))
            )
            - private.mailbox_working_time_between(p_mailbox_id, p_base_at, greatest(p_base_at, v_held_from))
        )
    );
end
$$;

revoke all on function private.held_due(uuid, text[], timestamptz, timestamptz) from public;
comment on function private.held_due(uuid, text[], timestamptz, timestamptz) is
'R6: p_due_at moved past any out-of-office hold of the recipients; held time does not count. Stable.';

create or replace function private.hold_text(p_team_id uuid, p_recipients text[])
returns text
language sql
stable
set search_path = ''
as $$
    -- R12: why a follow-up planned past a hold waits, for its timeline (the hold came in another conversation,
    -- before this email: nothing else on its timeline would say it).
    select string_agg(format('%s is out of office until %s', h.address, h.return_on), ', ' order by h.address)
        || ': it waits for their return'
    from public.holds as h
    where h.team_id = p_team_id and h.address = any(p_recipients)
$$;

revoke all on function private.hold_text(uuid, text[]) from public;
comment on function private.hold_text(uuid, text[]) is
'R12: "<address> is out of office until <date>: it waits for their return" for the recipients'' holds, or null.';

-- A tracked email's pending follow-up, when it has none, on its timeline: plan_followup's, and the first one of a new
-- tracked email (private.track_message, which plans it without reading back the row it just wrote).
create or replace function private.add_followup(
    p_t public.tracked_emails,
    p_seq integer,
    p_base timestamptz,
    p_due timestamptz,
    p_now timestamptz,
    p_max integer,
    p_time_zone text,
    p_interval interval,
    p_reason text
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_id uuid;
begin
    -- R11: a follow-up planned while its tracked email is paused (a send that ended after the pause) waits too.
    insert into public.followups (
        team_id, mailbox_id, tracked_email_id, seq, base_at, due_at, created_at, tracked_email_paused
    )
    values (p_t.team_id, p_t.mailbox_id, p_t.id, p_seq, p_base, p_due, p_now, p_t.status = 'paused')
    returning id into v_id;
    perform private.log_event(
        p_t.team_id, 'scheduled',
        format('follow-up %s of %s due %s (%s after %s)', p_seq, p_max, private.local_text(p_due, p_time_zone),
            private.working_hours_text(p_interval), p_reason),
        p_now, p_t.mailbox_id, p_t.id, v_id, null,
        jsonb_build_object('due_at', p_due, 'base_at', p_base, 'seq', p_seq)
    );
end
$$;

revoke all on function private.add_followup(
    public.tracked_emails, integer, timestamptz, timestamptz, timestamptz, integer, text, interval, text
) from public;
comment on function private.add_followup(
    public.tracked_emails, integer, timestamptz, timestamptz, timestamptz, integer, text, interval, text
) is
'Inserts follow-up p_seq of a tracked email that has no pending one (due p_due, planned from p_base) and puts it '
'on the timeline (scheduled). The caller holds the tracked email, or has just inserted it.';

create or replace function private.mailbox_back_after(p_mailbox_id uuid, p_due timestamptz)
returns timestamptz
language sql
stable
set search_path = ''
as $$
    -- R11: the instant an active mailbox came back (reconnected from needs_reauth or disconnected, resumed from
    -- paused), or its team's kill switch was lifted, whichever is later, when p_due fell before it; else null. A
    -- follow-up planned only after the comeback (mail the catch-up read late: an email written by hand while the
    -- grant lapsed or the team was paused, tracked now; a nudge by hand, counted now) is planned from it, one
    -- interval later, as the comeback moved the follow-ups it found (private.resume_overdue): nothing leaves the
    -- moment a mailbox or a team returns. A team still paused sends nothing (the claim refuses); its resume moves
    -- what is overdue then.
    select b.back_at
    from public.mailboxes as m
    inner join public.teams as t on t.id = m.team_id
    cross join lateral (select greatest(m.back_at, t.back_at) as back_at) as b
    where m.id = p_mailbox_id and m.status = 'active' and p_due < b.back_at
$$;

revoke all on function private.mailbox_back_after(uuid, timestamptz) from public;
comment on function private.mailbox_back_after(uuid, timestamptz) is
'R11: when an active mailbox came back after it could not send (itself, or its team''s kill switch), if p_due fell '
'before that instant; else null.';

create or replace function private.plan_followup(p_tracked_email_id uuid, p_now timestamptz, p_reason text)
returns timestamptz
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_s record;
    v_base timestamptz;
    v_due timestamptz;
    v_held timestamptz;
    v_back timestamptz;
    v_total integer;
    v_pending public.followups;
    v_resumed public.followups;
    v_end_reason text; -- set when the sequence ends here (R3's maximum, or R15's one follow-up sent)
    v_end_cancel text;
    v_end_event text;
begin
    -- Lock order (065_lock_order.sql): the tracked email (step 6, one row: private.lock_tracked's lock, taken
    -- by the statement that reads it); its follow-up is changed only under that lock.
    select * into v_t from public.tracked_emails where id = p_tracked_email_id for no key update;
    if not found or v_t.status not in ('active', 'paused') then
        return null;
    end if;
    select * into v_s from private.mailbox_settings(v_t.mailbox_id);
    v_total := v_t.automatic_sent + v_t.manual_detected;
    select * into v_pending from public.followups
    where tracked_email_id = v_t.id and status in ('scheduled', 'claimed', 'sending');

    -- R3: the maximum is reached. Even one being sent: its worker has not recorded it (it would hold this tracked
    -- email's lock), so it is refused at the final claim; if it did leave, its Sent Items copy records it (R3 keeps
    -- the count).
    if v_total >= v_s.max_followups then
        v_end_reason := format('%s follow-ups: the maximum', v_total);
        v_end_cancel := 'maximum reached';
        v_end_event := format('%s follow-ups sent (maximum %s): nothing more is scheduled', v_total, v_s.max_followups);
    else
        -- R15: a sequence resumed after a "not now" sends one follow-up, the one its latest resume created: once it
        -- is sent, or a member wrote one by hand since the resume, the sequence ends (every other rule still
        -- applied to that one follow-up: a reply cancels it, R3's maximum above, holds, pauses and the cap at its
        -- claim).
        select * into v_resumed from public.followups
        where tracked_email_id = v_t.id and after_not_now
        order by created_at desc, id desc
        limit 1;
        if v_resumed.id is not null and (
            v_resumed.status = 'sent'
            or exists (
                select 1 from public.manual_followups as m
                where m.tracked_email_id = v_t.id and m.sent_at >= v_resumed.created_at
            )
        ) then
            v_end_reason := 'R15: the one follow-up after the not now was sent';
            v_end_cancel := v_end_reason;
            v_end_event := format('R15: the one follow-up after the not now was sent (%s): nothing more is scheduled',
                case when v_resumed.status = 'sent' then format('follow-up %s', v_resumed.seq) else 'by hand' end);
        end if;
    end if;
    -- The sequence ends (R3 or R15): its pending follow-up cancelled, the tracked email completed, on the timeline.
    if v_end_reason is not null then
        if v_pending.id is not null then
            update public.followups set status = 'cancelled', reason = v_end_cancel, updated_at = p_now
            where id = v_pending.id;
        end if;
        update public.tracked_emails
        set status = 'completed', status_reason = v_end_reason, status_changed_at = p_now, next_due_at = null
        where id = v_t.id;
        perform private.log_event(v_t.team_id, 'completed', v_end_event, p_now, v_t.mailbox_id, v_t.id);
        return null;
    end if;
    if v_pending.status in ('claimed', 'sending') then
        return v_pending.due_at; -- in flight: its outcome re-plans
    end if;

    -- The settings read above, passed on (private.mailbox_add_working_time would read them again).
    if v_pending.after_not_now then
        -- R15: the resumed follow-up keeps its date (the first working hour of the not now's date, or later when
        -- paused), moved only into working time (R2) and past an out-of-office hold (R6).
        v_base := v_pending.base_at;
        v_due := private.add_working_time(
            v_pending.due_at, interval '0', v_s.time_zone, v_s.working_hours_start, v_s.working_hours_end,
            v_s.working_days, v_s.holiday_calendar, v_s.team_id
        );
    else
        -- From the latest send; or from the resume that moved this follow-up (R11: its base_at is the resume time,
        -- later than any send), so that a re-plan after a resume (a setting changed, a hold) never brings back the
        -- overdue time the resume moved it from, and with it the backlog burst R11 forbids.
        select greatest(
            v_t.sent_at,
            (select max(f.sent_at) from public.followups as f where f.tracked_email_id = v_t.id and f.status = 'sent'),
            (select max(m.sent_at) from public.manual_followups as m where m.tracked_email_id = v_t.id),
            v_pending.base_at
        ) into v_base;
        v_due := private.due_after(
            v_base, v_s.followup_interval, v_s.time_zone, v_s.working_hours_start, v_s.working_hours_end,
            v_s.working_days, v_s.holiday_calendar, v_s.team_id
        );
        -- R11: due before its mailbox came back: planned from the comeback (private.mailbox_back_after).
        v_back := private.mailbox_back_after(v_t.mailbox_id, v_due);
        if v_back is not null then
            v_base := v_back;
            v_due := private.due_after(
                v_back, v_s.followup_interval, v_s.time_zone, v_s.working_hours_start, v_s.working_hours_end,
                v_s.working_days, v_s.holiday_calendar, v_s.team_id
            );
        end if;
    end if;
    -- R6: only a recipient's hold moves it (private.held_due returns the due time as it is without one).
    if exists (select 1 from public.holds as h where h.team_id = v_t.team_id and h.address = any(v_t.recipients)) then
        v_held := private.held_due(v_t.mailbox_id, v_t.recipients, v_base, v_due);
        if v_held > v_due and p_reason not like '%out of office%' then
            -- R12: the timeline says why it waits longer than the interval (R6's own re-plans say it already).
            p_reason := p_reason || '; ' || private.hold_text(v_t.team_id, v_t.recipients);
        end if;
        v_due := v_held;
    end if;

    if v_pending.id is null then
        perform private.add_followup(
            v_t, v_total + 1, v_base, v_due, p_now, v_s.max_followups, v_s.time_zone, v_s.followup_interval, p_reason
        );
    elsif v_pending.due_at is distinct from v_due or v_pending.seq <> v_total + 1 or v_pending.status <> 'scheduled' then
        update public.followups
        -- Moved: off the queue (a message the tick sent for its old due time claims nothing; the tick queues it
        -- again when it is due).
        set due_at = v_due, base_at = v_base, seq = v_total + 1, status = 'scheduled', queued_at = null,
            updated_at = p_now
        where id = v_pending.id;
        perform private.log_event(
            v_t.team_id, 'rescheduled',
            format('follow-up %s of %s moved to %s: %s', v_total + 1, v_s.max_followups,
                private.local_text(v_due, v_s.time_zone), p_reason),
            p_now, v_t.mailbox_id, v_t.id, v_pending.id, null,
            jsonb_build_object('due_at', v_due, 'previous_due_at', v_pending.due_at, 'seq', v_total + 1)
        );
    end if;
    update public.tracked_emails set next_due_at = v_due where id = v_t.id and next_due_at is distinct from v_due;
    return v_due;
end
$$;

revoke all on function private.plan_followup(uuid, timestamptz, text) from public;
comment on function private.plan_followup(uuid, timestamptz, text) is
'Schedules (or moves) the one pending follow-up of a tracked email from its latest activity, or completes it '
'when the maximum is reached or when the one follow-up after an R15 resume was sent. Returns the due time, or '
'null. Idempotent for the same state.';

-- R11: the pending follow-ups of a tracked email carry its pause (followups.tracked_email_paused), so the
-- scheduler's tick never reads the tracked email. A pause starts or ends only here: every change of a tracked
-- email's status into or out of paused passes through this trigger (pause and resume, and an end while paused).
-- Lock order (065_lock_order.sql): the statement that changes the status holds the tracked email (step 6); its
-- follow-ups come after (step 7).
create or replace function private.follow_tracked_pause()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    update public.followups
    set tracked_email_paused = new.status = 'paused'
    where tracked_email_id = new.id and status in ('scheduled', 'claimed', 'sending')
        and tracked_email_paused <> (new.status = 'paused');
    return null;
end
$$;

revoke all on function private.follow_tracked_pause() from public;
comment on function private.follow_tracked_pause() is
'Trigger: copies a tracked email''s pause (status paused or not) onto its pending follow-ups when it starts or '
'ends (R11), for the scheduler''s tick.';

create or replace trigger follow_tracked_pause
after update of status on public.tracked_emails
for each row
when ((old.status = 'paused') is distinct from (new.status = 'paused'))
execute function private.follow_tracked_pause();

create or replace function worker.reschedule_pending_followups(
    p_tracked_email_id uuid, p_now timestamptz default now()
)
returns timestamptz
language sql
volatile
security definer
set search_path = ''
as $$
    select private.plan_followup(p_tracked_email_id, p_now, 'the latest follow-up')
$$;

revoke all on function worker.reschedule_pending_followups(uuid, timestamptz) from public, anon, authenticated;
grant execute on function worker.reschedule_pending_followups(uuid, timestamptz) to service_role;
comment on function worker.reschedule_pending_followups(uuid, timestamptz) is
'R4: moves the pending automatic follow-up to the latest follow-up''s sent time + interval (working time). '
'Returns the new due time (null when none is pending). Idempotent.';

create or replace function private.working_hours_text(p_interval interval)
returns text
language sql
immutable
-- No `set search_path`: one expression, inlined where it is called, instead of a sql function parsed again in
-- every transaction that schedules a follow-up (a pinned search_path would stop the inlining). Its one caller
-- (private.add_followup) pins an empty search_path, which the inlined expression is parsed in, and every function
-- in it is pg_catalog's, named with its schema. Only immutable functions: an immutable sql function whose body calls
-- a stable one (to_char, or `||` on a non-text value) is never inlined.
as $$
    -- 4 working hours, 1 working hour 30, 45 working minutes.
    select case
        when p_interval < interval '1 hour'
            then pg_catalog.extract('minute', p_interval)::integer::text || ' working minutes'
        else pg_catalog.floor(pg_catalog.extract('epoch', p_interval) / 3600)::integer::text
            || case when p_interval < interval '2 hours' then ' working hour' else ' working hours' end
            || coalesce(
                ' ' || nullif(pg_catalog.lpad(pg_catalog.extract('minute', p_interval)::integer::text, 2, '0'), '00'),
                ''
            )
    end
$$;

revoke all on function private.working_hours_text(interval) from public;
comment on function private.working_hours_text(interval) is
'An interval as the timeline says it: 4 working hours, 1 working hour 30, 45 working minutes. Immutable.';

create or replace function private.local_text(p_at timestamptz, p_time_zone text)
returns text
language plpgsql
stable
set search_path = ''
as $$
begin
    return (
        select to_char(p_at at time zone p_time_zone, 'Dy YYYY-MM-DD HH24:MI') || ' ' || p_time_zone
    );
end
$$;

revoke all on function private.local_text(timestamptz, text) from public;
comment on function private.local_text(timestamptz, text) is
'An instant as a reader of the timeline wants it: local day, date and time, and the zone. Stable.';

create or replace function private.track_message(p_message_id uuid, p_by text, p_now timestamptz)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_m public.messages;
    v_s record;
    v_t public.tracked_emails;
    v_recipients text [];
    v_base timestamptz;
    v_from timestamptz; -- the first follow-up's base: the send, or the mailbox's comeback (R11)
    v_back timestamptz;
    v_due timestamptz;
    v_held timestamptz;
    v_why text := 'the tracked email';
begin
    select * into v_m from public.messages where id = p_message_id;
    select * into v_s from private.mailbox_settings(v_m.mailbox_id);
    select coalesce(array_agg(distinct a), '{}') into v_recipients
    from unnest(v_m.to_addresses || v_m.cc_addresses) as a
    where a <> v_s.address;
    if cardinality(v_recipients) = 0 then
        raise exception 'a message without recipients cannot be tracked' using errcode = '22023';
    end if;
    -- R8: nothing is scheduled for a suppressed address. One suppressed by mail after this message (its answer,
    -- its bounce) is not refused: that mail ends the tracking below (private.catch_up_tracked).
    if cardinality(private.suppressed_before(v_m.team_id, v_recipients, coalesce(v_m.sent_at, p_now))) > 0 then
        raise exception 'cannot track: % on the suppression list (opted out or undeliverable)',
            array_to_string(private.suppressed_before(v_m.team_id, v_recipients, coalesce(v_m.sent_at, p_now)), ', ')
            using errcode = '22023';
    end if;
    -- The first follow-up, planned as private.plan_followup plans it for a tracked email with nothing sent, no
    -- follow-up and no resume (R2: the mailbox's interval of working time after the send; R6: past a recipient's
    -- hold; R3's maximum is at least 1), before the insert: the tracked email is written once, with its next due
    -- time, instead of inserted and then updated (a second version of the row in each of its ten indexes).
    v_base := coalesce(v_m.sent_at, p_now);
    v_from := v_base;
    v_due := private.due_after(
        v_base, v_s.followup_interval, v_s.time_zone, v_s.working_hours_start, v_s.working_hours_end,
        v_s.working_days, v_s.holiday_calendar, v_s.team_id
    );
    -- R11: due before its mailbox came back (written while the grant lapsed, tracked by the catch-up): from the
    -- comeback (private.mailbox_back_after).
    v_back := private.mailbox_back_after(v_m.mailbox_id, v_due);
    if v_back is not null then
        v_from := v_back;
        v_due := private.due_after(
            v_back, v_s.followup_interval, v_s.time_zone, v_s.working_hours_start, v_s.working_hours_end,
            v_s.working_days, v_s.holiday_calendar, v_s.team_id
        );
    end if;
    if exists (select 1 from public.holds as h where h.team_id = v_m.team_id and h.address = any(v_recipients)) then
        v_held := private.held_due(v_m.mailbox_id, v_recipients, v_from, v_due);
        if v_held > v_due then
            -- R12: held by an out-of-office that came before this email (another conversation): the timeline says so.
            v_why := v_why || '; ' || private.hold_text(v_m.team_id, v_recipients);
        end if;
        v_due := v_held;
    end if;
    insert into public.tracked_emails (
        team_id, mailbox_id, owner_id, conversation_id, message_id, subject, recipients, sent_at,
        status_changed_at, tracked_by, last_activity_at, next_due_at
    )
    values (
        v_m.team_id, v_m.mailbox_id, v_s.owner_id, v_m.conversation_id, v_m.id, v_m.subject, v_recipients,
        v_base, p_now, p_by, v_base, v_due
    )
    on conflict (message_id) do nothing
    returning * into v_t;
    if v_t.id is null then
        return (select t.id from public.tracked_emails as t where t.message_id = p_message_id);
    end if;
    perform private.log_event(
        v_m.team_id, 'tracked',
        case p_by
            when 'auto' then 'new conversation with an external recipient (tracking policy: auto)'
            else 'tracked on request'
        end,
        p_now, v_m.mailbox_id, v_t.id, null, v_m.id, jsonb_build_object('recipients', v_recipients)
    );
    perform private.add_followup(
        v_t, 1, v_from, v_due, p_now, v_s.max_followups, v_s.time_zone, v_s.followup_interval, v_why
    );
    perform private.catch_up_tracked(v_t.id, p_now);
    return v_t.id;
end
$$;

revoke all on function private.track_message(uuid, text, timestamptz) from public;
comment on function private.track_message(uuid, text, timestamptz) is
'Starts tracking an outbound message and schedules its first follow-up, then applies the mail already recorded '
'after it (private.catch_up_tracked). Returns the tracked email id. '
'Idempotent: a message tracked twice is tracked once.';

create or replace function private.catch_up_tracked(p_tracked_email_id uuid, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_mid text;
    v_s record;
    v_later record;
    v_failed text [];
    v_ended boolean := false;
    v_answered boolean := false;
    v_effects jsonb := '[]'::jsonb;
    v_notice public.messages;
    v_gone jsonb;
begin
    -- Mail already recorded that comes after a message just tracked: a sent message tracked on request after it
    -- was answered (a message of the history, or one sent under the manual policy), or the Sent Items copy of an
    -- email synced after the inbox that holds its answer, its bounce or the user's own nudge. What that mail
    -- means is applied now, in its order, as ingest applies it when it comes later: a manual follow-up counts
    -- (R3, R4), a reply or a request to stop ends the tracking (R5, R8), a permanent failure of delivery
    -- suppresses the address and stops it (R7); holds (R6) belong to the address and were planned with the first
    -- follow-up. Nobody who answered is ever chased because the engine saw their answer first.
    -- Lock order (065_lock_order.sql): the caller holds the people written to (step 4) and inserted the tracked
    -- email in this transaction (its row lock, step 6); the other tracked emails a bounce stops come after.
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    select m.internet_message_id into v_mid from public.messages as m where m.id = v_t.message_id;
    select * into v_s from private.mailbox_settings(v_t.mailbox_id);
    for v_later in
        -- Three disjoint reads, each by its index: the conversation, the reports that name it, the recipients.
        select case when m.direction = 'outbound' then m.sent_at else m.received_at end as seen_at, m.*
        from public.messages as m
        where m.conversation_id = v_t.conversation_id and m.id <> v_t.message_id
            and (
                (m.direction = 'outbound' and m.kind = 'human' and m.sent_at > v_t.sent_at)
                or (m.direction = 'inbound' and m.kind in ('human', 'bounce') and (
                    m.received_at >= v_t.sent_at
                    -- R5: links beat clocks.
                    or m.in_reply_to = v_mid or v_mid = any(m."references")
                ))
            )
        union all
        -- R7: a report that names it by its Message-ID, in a conversation of its own (messages_bounce_of_idx).
        select case when m.direction = 'outbound' then m.sent_at else m.received_at end as seen_at, m.*
        from public.messages as m
        where m.mailbox_id = v_t.mailbox_id and m.kind = 'bounce'
            and (m.analysis #>> '{bounce,original_message_id}') = v_mid
            and m.conversation_id <> v_t.conversation_id
        union all
        -- R6/R7: a recipient's automatic notice that they have gone for good (private.r6_gone), in any conversation
        -- of the team: the person is gone for every email to them.
        select m.received_at as seen_at, m.*
        from public.messages as m
        where m.team_id = v_t.team_id and m.from_address = any(v_t.recipients) and m.direction = 'inbound'
            and m.kind = 'auto_reply' and m.received_at >= v_t.sent_at and m.analysis #> '{auto_reply,gone}' is not null
        union all
        -- R5: a recipient who wrote in another conversation of the team, when the team counts it (one of the
        -- team's own people is not whom it waits for: below).
        select case when m.direction = 'outbound' then m.sent_at else m.received_at end as seen_at, m.*
        from public.messages as m
        where v_s.reply_from_any_conversation and m.team_id = v_t.team_id and m.from_address = any(v_t.recipients)
            and m.direction = 'inbound' and m.kind = 'human' and m.received_at >= v_t.sent_at
            and m.conversation_id <> v_t.conversation_id and private.waited_for(v_t.id, m.from_address)
        order by seen_at, id
    loop
        if v_later.direction = 'outbound' then
            -- R4: written to one of its recipients outside the team (a forward to a colleague is not one).
            continue when v_ended or not v_t.recipients && private.outside_the_team(
                v_t.team_id, v_later.to_addresses || v_later.cc_addresses);
            continue when not private.record_manual_followup(v_t, v_later.id, v_later.sent_at, p_now);
            v_effects := v_effects || jsonb_build_array('manual_followup');
            select * into v_t from public.tracked_emails where id = v_t.id;
            v_ended := v_t.status not in ('active', 'paused');
        elsif v_later.kind = 'bounce' then
            -- R7: a report about this email (its returned Message-ID, else its conversation), read even once the
            -- email ended: the address is dead for the team whatever became of it.
            continue when coalesce(v_later.analysis #>> '{bounce,original_message_id}', v_mid) is distinct from v_mid;
            v_failed := array(
                select a from unnest(private.bounced_addresses(v_later.analysis, true)) as a where a = any(v_t.recipients)
            );
            continue when cardinality(v_failed) = 0;
            insert into public.suppressions (team_id, address, reason, detail, message_id, created_at)
            select v_t.team_id, a, 'bounced', 'permanent delivery failure', v_later.id, coalesce(p_now, now())
            from unnest(v_failed) as a
            order by a
            on conflict do nothing;
            if not v_ended and private.stop_if_suppressed(v_t, p_now,
                format('delivery failed permanently for %s', array_to_string(v_t.recipients, ', ')))
            then
                v_effects := v_effects || jsonb_build_array('bounced');
                v_ended := true;
            end if;
            -- R8: the team's other tracked emails left with nobody to write to stop too.
            v_effects := v_effects || private.stop_undeliverable(v_t.team_id, v_failed, p_now);
        elsif v_later.kind = 'auto_reply' then
            -- R6/R7: the person has gone (read before this email was): as private.r6_gone does when it comes later.
            select * into v_notice from public.messages where id = v_later.id;
            v_gone := private.r6_gone(v_notice, p_now);
            continue when v_gone is null;
            v_ended := v_ended or not exists (
                select 1 from public.tracked_emails as t where t.id = v_t.id and t.status in ('active', 'paused')
            );
            v_effects := v_effects || v_gone;
        elsif v_later.from_address is not null and v_later.from_address <> v_s.address and not v_answered
            and (
                -- Still followed: an answer here, or (the team's setting) from a recipient elsewhere.
                not v_ended and (v_later.conversation_id = v_t.conversation_id
                    or cardinality(private.outside_the_team(v_t.team_id, array[v_later.from_address])) > 0)
                -- Completed by the nudges before it: an answer here is still recorded (R5, as r5_reply does).
                or v_t.status = 'completed' and v_later.conversation_id = v_t.conversation_id
                -- Bounced by a report before it: a recipient's answer here shows it reached them (as r5_reply).
                or v_later.conversation_id = v_t.conversation_id and v_later.from_address = any(v_t.recipients)
                and (select t.status from public.tracked_emails as t where t.id = v_t.id) = 'bounced'
            )
        then
            -- R5 (R8 when it asked to stop): answered.
            if v_later.analysis ->> 'opt_out' = 'true' then
                perform private.stop_tracked(v_t.id, 'opted_out',
                    format('%s asked not to be contacted again', v_later.from_address), p_now, v_later.id);
                v_effects := v_effects || jsonb_build_array('opted_out');
            else
                perform private.stop_tracked(v_t.id, 'replied', private.answer_reason(
                    v_t, v_later.from_address, v_later.subject, v_later.conversation_id, v_later.mailbox_id
                ), p_now, v_later.id);
                v_effects := v_effects || jsonb_build_array('replied');
            end if;
            v_ended := true;
            v_answered := true;
        end if;
    end loop;
    -- R8: recipients suppressed by mail after it that is not an answer here (a request to stop in another
    -- conversation the team does not count, a report on another message): nothing is scheduled for them.
    -- (Erasures are not read here: the caller refused an erased recipient.)
    if not v_ended and exists (
        select 1 from public.suppressions as x where x.team_id = v_t.team_id and x.address = any(v_t.recipients)
    ) then
        if private.stop_if_suppressed(v_t, p_now) then
            v_effects := v_effects || jsonb_build_array(
                (select t.status::text from public.tracked_emails as t where t.id = v_t.id));
        end if;
    end if;
    return v_effects;
end
$$;

revoke all on function private.catch_up_tracked(uuid, timestamptz) from public;
comment on function private.catch_up_tracked(uuid, timestamptz) is
'R3-R5, R7, R8 for a message just tracked: applies, in their order, the mail already recorded after it (a manual '
'follow-up counts, a reply or a request to stop ends it, a permanent bounce suppresses and stops it), so that a '
'message tracked after its answer was seen is never chased. Returns effects. The caller holds the people and the '
'new tracked email (065_lock_order.sql).';

create or replace function private.answer_credited_at(p_answered_at timestamptz, p_answer_message_id uuid)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_linked timestamptz;
begin
    -- R5: explicit links beat clocks. The instant an answer is credited at, for the reply rates (which send it
    -- answers: the last one before it): when it was received, or, when its In-Reply-To or References name a
    -- message sent later by the mailbox's clock (a follow-up, a nudge by hand: the person's server runs behind),
    -- that message's send, since the person answered it. Read under the caller's RLS. Called by
    -- private.stop_tracked as it records the answer (tracked_emails.answer_credited_at), so that the rates read a
    -- column.
    if p_answer_message_id is null then
        return p_answered_at;
    end if;
    select max(l.sent_at) into v_linked
    from public.messages as a
    cross join lateral unnest(array[a.in_reply_to] || a."references") as r (mid)
    cross join lateral (
        select m.sent_at from public.messages as m
        where m.mailbox_id = a.mailbox_id and m.internet_message_id = r.mid
        union all
        select f.sent_at from public.followups as f
        where f.mailbox_id = a.mailbox_id and f.internet_message_id = r.mid and f.status = 'sent'
    ) as l
    where a.id = p_answer_message_id and r.mid is not null;
    return greatest(p_answered_at, v_linked);
end
$$;

revoke all on function private.answer_credited_at(timestamptz, uuid) from public;
comment on function private.answer_credited_at(timestamptz, uuid) is
'R5 for the reply rates: when an answer counts as given, its receipt, or the send of the latest message its links '
'name when that is later (a server clock behind the mailbox''s). Stable; reads under the caller''s RLS.';

create or replace function private.stop_tracked(
    p_tracked_email_id uuid,
    p_status public.tracked_status,
    p_reason text,
    p_now timestamptz,
    p_message_id uuid default null
)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_cancelled integer;
    v_answer_at timestamptz;
    v_from text;
begin
    -- An answer (replied or opted_out with the message that says it): when it was received. It is what ends the
    -- email, so it is the answer the dashboard shows (answered_at; after a not now and its resumed follow-up, R15,
    -- the newer answer), and the email's last activity when it is the latest.
    if p_status in ('replied', 'opted_out') and p_message_id is not null then
        select coalesce(m.received_at, m.sent_at, p_now), m.from_address into v_answer_at, v_from
        from public.messages as m where m.id = p_message_id;
    end if;
    -- R5/R8: the person's answer that comes after the sequence ended (R3: completed) is recorded all the same,
    -- often an answer to the last follow-up: status replied (by mail, p_message_id, or by another way the user
    -- marks: public.mark_answered) or opted_out (its message), answered_at set, so the dashboard shows it and the
    -- last step's reply rate counts it. Nothing else ends a completed email. Likewise a bounced one (R7, or R6's
    -- notice that the person has gone), but only on an answer from one of its recipients (or the user's mark): it
    -- shows the address reached them after all, and the dashboard says answered rather than undeliverable. Anyone
    -- else's message (the successor a departure notice named, writing in the thread) leaves it bounced.
    update public.tracked_emails
    set status = p_status, status_changed_at = p_now, next_due_at = null,
        status_reason = p_reason || case
            when status = 'completed' then ', after the last follow-up'
            when status = 'bounced' then ', after it had stopped as undeliverable'
            else ''
        end,
        answered_at = case
            when v_answer_at is not null then v_answer_at
            when p_status in ('replied', 'opted_out') then coalesce(answered_at, p_now)
            else answered_at
        end,
        answer_message_id = case when v_answer_at is not null then p_message_id else answer_message_id end,
        answer_credited_at = case
            when v_answer_at is not null then private.answer_credited_at(v_answer_at, p_message_id)
            when p_status in ('replied', 'opted_out') then coalesce(answer_credited_at, answered_at, p_now)
            else answer_credited_at
        end,
        last_activity_at = greatest(last_activity_at, v_answer_at)
    where id = p_tracked_email_id
        and (
            status in ('active', 'paused')
            or (status = 'completed' and (p_status = 'replied' or p_status = 'opted_out' and p_message_id is not null))
            or (status = 'bounced' and (
                p_status = 'replied' and p_message_id is null or p_status in ('replied', 'opted_out') and v_from = any(recipients)
            ))
        )
    returning * into v_t;
    if not found then
        return false;
    end if;
    -- R5: the follow-ups' reason is the status that ended them (`replied`, `bounced`, `opted_out`, `untracked`);
    -- the tracked email's status_reason and the timeline say who and why.
    update public.followups
    set status = 'cancelled', reason = p_status::text, updated_at = p_now
    -- Whatever is pending, `sending` too: a worker between storing the identity and its final claim is refused
    -- there, and a send that did leave before a crash is recorded from Sent Items all the same.
    where tracked_email_id = p_tracked_email_id and status in ('scheduled', 'claimed', 'sending');
    get diagnostics v_cancelled = row_count;
    perform private.log_event(
        v_t.team_id, p_status::text,
        v_t.status_reason || case when v_cancelled > 0 then ': pending follow-up cancelled' else '' end,
        p_now, v_t.mailbox_id, v_t.id, null, p_message_id
    );
    return true;
end
$$;

revoke all on function private.stop_tracked(uuid, public.tracked_status, text, timestamptz, uuid) from public;
comment on function private.stop_tracked(uuid, public.tracked_status, text, timestamptz, uuid) is
'Ends the tracking of an active or paused tracked email with a status and reason, cancelling what is '
'pending; records an answer (replied, or opted_out with its message) to a completed one too, and to a bounced one '
'when one of its recipients wrote it (or the user marks it answered). Returns false when it was already over. '
'Idempotent.';

create or replace function private.stop_if_suppressed(
    p_t public.tracked_emails, p_now timestamptz, p_reason text default null
)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_suppressed text [];
begin
    -- R8/R7: nothing is ever sent to, or scheduled for, a suppressed address. A tracked email all of whose
    -- recipients are on the team's suppression list stops (opted_out when one of them asked or complained, else
    -- bounced); with one left to write to, it goes on (a send leaves the others out). The caller holds its lock
    -- (065_lock_order.sql, step 6).
    v_suppressed := private.suppressed_among(p_t.team_id, p_t.recipients);
    if exists (select 1 from unnest(p_t.recipients) as a where a <> all(v_suppressed)) then
        return false;
    end if;
    return private.stop_tracked(p_t.id,
        case when exists (
            select 1 from public.suppressions as x
            where x.team_id = p_t.team_id and x.address = any(p_t.recipients) and x.reason in ('opted_out', 'complained')
        ) then 'opted_out'::public.tracked_status else 'bounced'::public.tracked_status end,
        coalesce(p_reason, 'every recipient is on the suppression list'), p_now);
end
$$;

revoke all on function private.stop_if_suppressed(public.tracked_emails, timestamptz, text) from public;
comment on function private.stop_if_suppressed(public.tracked_emails, timestamptz, text) is
'R8/R7: stops a tracked email (opted_out or bounced) when every recipient is suppressed. Returns whether it did.';

create or replace function private.stop_others_if_suppressed(p_ids uuid[], p_now timestamptz, p_asked text)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_effects jsonb := '[]'::jsonb;
begin
    -- R8: after an opt-out (ingest's, private.r5_reply, or one read later, private.apply_intent), the team's other
    -- tracked emails to the people it suppressed stop when nobody is left to write to. The caller holds their locks
    -- (065_lock_order.sql, step 6).
    for v_t in select t.* from public.tracked_emails as t where t.id = any(p_ids) order by t.id loop
        if private.stop_if_suppressed(v_t, p_now,
            p_asked || ' (in another conversation): every recipient is on the suppression list')
        then
            v_effects := v_effects || jsonb_build_array('opted_out');
        end if;
    end loop;
    return v_effects;
end
$$;

revoke all on function private.stop_others_if_suppressed(uuid[], timestamptz, text) from public;
comment on function private.stop_others_if_suppressed(uuid[], timestamptz, text) is
'R8: stops each of these tracked emails (locked by the caller) whose every recipient is suppressed, with p_asked '
'(who asked what) as the reason. Returns one "opted_out" effect per tracked email stopped.';

create or replace function private.suppressed_among(p_team_id uuid, p_addresses text[])
returns text[]
language plpgsql
stable
set search_path = ''
as $$
begin
    -- An erased person (Art. 17, 190_erasure.sql) counts as suppressed: their address is known only by its
    -- salted hash, and an erasure token (…@erased.invalid) is never written to.
    return array(
        select distinct s.address from (
            select x.address from public.suppressions as x
            where x.team_id = p_team_id and x.address = any(p_addresses)
            union all
            select a from unnest(p_addresses) as a
            where a like '%@erased.invalid' or (
                exists (select 1 from private.erased_people as e where e.team_id = p_team_id)
                and private.is_erased(p_team_id, a)
            )
        ) as s
        order by s.address
    );
end
$$;

revoke all on function private.suppressed_among(uuid, text[]) from public;
comment on function private.suppressed_among(uuid, text[]) is
'R7/R8: which of these addresses are on the team''s suppression list or were erased from the team, sorted. '
'Stable.';

create or replace function private.suppressed_before(p_team_id uuid, p_addresses text[], p_at timestamptz)
returns text[]
language plpgsql
stable
set search_path = ''
as $$
begin
    -- R8 speaks of a new message to a suppressed address. A message sent at p_at is not new to a suppression that
    -- came from mail received after it (the person's answer to it, a report on it, seen first when Sent Items is
    -- read after the inbox): that mail ends its tracking (private.catch_up_tracked), as it would have had the
    -- message been seen first. Every other suppression (a member's, an erasure, earlier mail) counts.
    return array(
        select a from unnest(private.suppressed_among(p_team_id, p_addresses)) as a
        where not exists (
            select 1 from public.suppressions as x
            inner join public.messages as m on x.message_id = m.id
            where x.team_id = p_team_id and x.address = a and m.received_at > p_at
        )
        order by a
    );
end
$$;

revoke all on function private.suppressed_before(uuid, text[], timestamptz) from public;
comment on function private.suppressed_before(uuid, text[], timestamptz) is
'R7/R8: which of these addresses were already suppressed (or erased) when a message was sent at p_at: those whose '
'suppression came from mail received after it are left out. Sorted. Stable.';

create or replace function private.outside_the_team(p_team_id uuid, p_addresses text[])
returns text[]
language plpgsql
stable
set search_path = ''
as $$
begin
    -- The people outside the team among these addresses (R1 tracks mail to them, R5 waits for them): not one of
    -- the team's mailboxes, not at one of the team's domains, and not at the domain of one of its mailboxes,
    -- unless that is a free-mail provider's (an adviser at orange.fr and a client at orange.fr are not
    -- colleagues; two mailboxes of the team at gmail.com are).
    return array(
        select distinct a from unnest(p_addresses) as x (raw)
        cross join lateral (select lower(btrim(x.raw)) as a, lower(split_part(btrim(x.raw), '@', 2)) as domain) as l
        where l.a <> ''
            and not exists (
                select 1 from public.teams as t where t.id = p_team_id and l.domain = any(t.domains)
            )
            and not exists (
                select 1 from public.mailboxes as b
                where b.team_id = p_team_id and (
                    lower(b.address) = l.a
                    or lower(split_part(b.address, '@', 2)) = l.domain
                    and not exists (select 1 from private.free_mail_domains as f where f.domain = l.domain)
                )
            )
        order by a
    );
end
$$;

revoke all on function private.outside_the_team(uuid, text[]) from public;
comment on function private.outside_the_team(uuid, text[]) is
'The addresses, lower-case and sorted, of people outside the team: none of its mailboxes, none at its domains or '
'at a mailbox''s domain (free-mail providers excepted). Stable.';

create or replace function private.waited_for(p_tracked_email_id uuid, p_address text)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
    -- R5's answer in another conversation: the person the follow-up waits for writes, so one of its To; one in
    -- copy only when its To named nobody outside the team (then it writes to those in copy). An assistant or an
    -- associate in copy who writes about something else answers nothing; in the thread itself anyone's answer
    -- counts (not here).
    return exists (
        select 1 from public.tracked_emails as t
        inner join public.messages as m on m.id = t.message_id
        where t.id = p_tracked_email_id
            and (
                lower(p_address) = any(m.to_addresses)
                or cardinality(private.outside_the_team(t.team_id, m.to_addresses)) = 0
            )
    );
end
$$;

revoke all on function private.waited_for(uuid, text) from public;
comment on function private.waited_for(uuid, text) is
'Whether a message from this address in another conversation answers the tracked email (R5, the team''s setting): '
'the address was in its To, or its To named nobody outside the team. Stable.';

create or replace function private.r3_keep_count(p_tracked_email_id uuid, p_sent_at timestamptz, p_now timestamptz)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t public.tracked_emails;
    v_max integer;
    v_tz text;
    v_m public.manual_followups;
    v_n integer := 0;
begin
    -- R3: the count never exceeds the maximum, whatever order things are seen in. When the engine's own send
    -- is recorded late (its worker died after sending, and the Sent Items copy comes after a manual follow-up
    -- was counted), the engine's send stays counted (the provider sent it: R9) and manual follow-ups are
    -- uncounted, latest first, until the total is back at the maximum: first the ones written after the
    -- engine's send (counted in the order they were sent, they are the ones past the maximum), then, when that
    -- is not enough, the ones written at the same second or before it that the engine did not know of when it
    -- sent (a copy that reached the engine after the send had left). The timeline says which and why. The
    -- caller holds the tracked email's lock.
    select * into v_t from public.tracked_emails where id = p_tracked_email_id;
    select s.max_followups, s.time_zone into v_max, v_tz from private.mailbox_settings(v_t.mailbox_id) as s;
    for v_m in
        select * from public.manual_followups
        where tracked_email_id = p_tracked_email_id
        order by sent_at desc, seq desc
    loop
        exit when v_t.automatic_sent + v_t.manual_detected - v_n <= v_max;
        delete from public.manual_followups where id = v_m.id;
        v_n := v_n + 1;
        perform private.log_event(v_t.team_id, 'manual_followup_uncounted',
            case
                when v_m.sent_at > p_sent_at then
                    format('manual follow-up %s was written after follow-up sent %s: past the maximum of %s, not counted',
                        v_m.seq, private.local_text(p_sent_at, v_tz), v_max)
                else
                    format('manual follow-up %s (written %s) reached the engine after follow-up sent %s had left: '
                        || 'together past the maximum of %s, the manual one is not counted',
                        v_m.seq, private.local_text(v_m.sent_at, v_tz), private.local_text(p_sent_at, v_tz), v_max)
            end,
            p_now, v_t.mailbox_id, v_t.id, null, v_m.message_id);
    end loop;
    if v_n > 0 then
        update public.tracked_emails set manual_detected = manual_detected - v_n where id = p_tracked_email_id;
    end if;
    return v_n;
end
$$;

revoke all on function private.r3_keep_count(uuid, timestamptz, timestamptz) from public;
comment on function private.r3_keep_count(uuid, timestamptz, timestamptz) is
'R3: after a late-recorded engine send, stops counting the manual follow-ups (latest first) that would take '
'the total past the maximum. Returns how many were uncounted.';

create or replace function private.replan_pending(
    p_team_id uuid, p_mailbox_id uuid, p_now timestamptz, p_reason text
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_ids uuid [];
    v_id uuid;
begin
    -- R2: a change of time zone, working hours, days, holidays or interval re-plans, at once, every pending
    -- follow-up it affects (of a mailbox, or of a whole team). Lock order (065_lock_order.sql): the tracked
    -- emails, ascending, then each one's follow-up through plan_followup.
    v_ids := array(
        select f.tracked_email_id from public.followups as f
        where f.status = 'scheduled'
            and (p_mailbox_id is null or f.mailbox_id = p_mailbox_id)
            and (p_team_id is null or f.team_id = p_team_id)
        order by 1
    );
    perform private.lock_tracked(v_ids);
    foreach v_id in array v_ids loop
        perform private.plan_followup(v_id, p_now, p_reason);
    end loop;
    return cardinality(v_ids);
end
$$;

revoke all on function private.replan_pending(uuid, uuid, timestamptz, text) from public;
comment on function private.replan_pending(uuid, uuid, timestamptz, text) is
'R2: re-plans every scheduled follow-up (queued or not) of a mailbox (or of a team) after a setting changed. '
'Returns how many tracked emails were re-planned.';
