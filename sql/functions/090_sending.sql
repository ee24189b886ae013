-- Sending (R9, R10, R13): the scheduler moves due follow-ups to the queue; a worker claims one, takes a
-- last look, stores the follow-up's identity, claims again in the transaction that sends, and records
-- the outcome. SQL decides every refusal; the worker only moves mail.

create or replace function private.record_sent(
    p_followup_id uuid,
    p_mailbox_id uuid,
    p_sent_at timestamptz,
    p_provider_message_id text,
    p_internet_message_id text,
    p_how text,
    p_now timestamptz
)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_f public.followups;
    v_tz text;
begin
    -- R14: only the mailbox that owns the follow-up can prove it sent; a copy in another mailbox (a header
    -- anyone can write) marks nothing.
    -- Lock order (065_lock_order.sql): the tracked email, then its follow-up.
    perform private.lock_tracked(array(
        select f.tracked_email_id from public.followups as f where f.id = p_followup_id and f.mailbox_id = p_mailbox_id
    ));
    update public.followups
    set status = 'sent', sent_at = p_sent_at,
        provider_message_id = coalesce(p_provider_message_id, provider_message_id),
        internet_message_id = coalesce(p_internet_message_id, internet_message_id),
        lease_until = null, updated_at = p_now
    where id = p_followup_id and mailbox_id = p_mailbox_id and status <> 'sent'
    returning * into v_f;
    if not found then
        return false;
    end if;
    update public.tracked_emails
    set automatic_sent = automatic_sent + 1, last_activity_at = greatest(last_activity_at, p_sent_at)
    where id = v_f.tracked_email_id;
    select s.time_zone into v_tz from private.mailbox_settings(v_f.mailbox_id) as s;
    perform private.log_event(
        v_f.team_id, 'sent',
        format('follow-up %s sent %s (%s)', v_f.seq, private.local_text(p_sent_at, v_tz), p_how),
        p_now, v_f.mailbox_id, v_f.tracked_email_id, v_f.id, null,
        -- R16: which template variant was sent.
        coalesce((select jsonb_build_object('template_id', a.template_id, 'variant', a.variant, 'language', a.language)
            from public.followup_variant_assignments as a
            where a.tracked_email_id = v_f.tracked_email_id and a.step = v_f.seq), '{}')
    );
    perform private.r3_keep_count(v_f.tracked_email_id, p_sent_at, p_now);
    perform private.plan_followup(v_f.tracked_email_id, p_now, format('follow-up %s', v_f.seq));
    return true;
end
$$;

revoke all on function private.record_sent(uuid, uuid, timestamptz, text, text, text, timestamptz) from public;
comment on function private.record_sent(uuid, uuid, timestamptz, text, text, text, timestamptz) is
'Marks a follow-up of p_mailbox_id sent, counts it and plans the next one. Returns false when it was already '
'sent or belongs to another mailbox (R14). Idempotent.';

-- jit off: the planner prices a tick's statements (thousands of rows due) above jit_above_cost, and compiling
-- them took 15-20 ms of each tick for statements that run for a few milliseconds per thousand rows.
--
-- What a tick costs (issue 17: 10,000 due in < 0.25 s at 1,000,000 tracked emails, and the same at 100,000): every
-- statement starts from a partial index that holds only what is pending (followups_lease_idx,
-- reminders_resume_due_idx, followups_due_idx), so its work is per row due, never per row stored. Each due
-- follow-up is read once: found, locked and changed in one statement (the update finds the row it locked by its
-- tuple id), and the queue gets every id of the tick in one pgmq.send_batch. A queued follow-up keeps its status
-- (scheduled) and gets queued_at: no index holds queued_at, so the change is a HOT update (the row rewritten in
-- its page, no index entry written; the table keeps room in each page for it), where a change of status wrote
-- a new entry in three indexes per row. A follow-up carries its tracked email's pause (tracked_email_paused, kept by
-- a trigger: private.follow_tracked_pause), and a paused one is not in followups_due_idx at all, so the tracked
-- email is never read. The tick reads followups_due_idx one working mailbox at a time (mailbox, then due time:
-- an index probe per active mailbox of an active team), so the follow-ups of a stopped mailbox (paused, to
-- reconnect, disconnected) or of a paused team are never read, however long they stay overdue: a mailbox
-- disconnected for good with hundreds of follow-ups past due costs the tick nothing, where a tick that read every
-- overdue follow-up and asked each whether its mailbox worked found and passed over all of them every minute,
-- forever. A follow-up of a tracked email that ended is cancelled at its claim.
create or replace function worker.run_followup_scheduler(p_now timestamptz default now())
returns integer
language plpgsql
volatile
security definer
set search_path = ''
set jit = off
as $$
declare
    v_stalled uuid [];
    v_ids uuid [];
begin
    -- A tick does not wait for its commit to reach the disk (synchronous_commit off, for this transaction only):
    -- a crash can lose the last ticks whole (the queue messages with the queued_at they set, one transaction),
    -- and the next tick queues the same follow-ups again. A claim commits synchronously, which flushes every tick
    -- before it, so no send ever rests on a tick that was lost.
    perform pg_catalog.set_config('synchronous_commit', 'off', true);

    -- Claims whose worker stopped answering come back (a send under way keeps its identity, so the
    -- next worker looks in Sent Items before sending again).
    with stalled as (
        update public.followups
        set status = 'scheduled', claim_token = null, lease_until = null, queued_at = p_now, updated_at = p_now
        where id in (
                -- Lock order (065_lock_order.sql): a tick takes follow-ups without their tracked email, so it
                -- never waits for one: a row that a claim or an ingest holds is left to the next tick.
                select s.id from public.followups as s
                where s.status in ('claimed', 'sending') and s.lease_until < p_now
                for no key update skip locked
            )
            and status in ('claimed', 'sending') and lease_until < p_now
        returning id, team_id, mailbox_id, tracked_email_id
    ),
    logged as (
        insert into public.events (team_id, mailbox_id, tracked_email_id, followup_id, kind, reason, occurred_at)
        select team_id, mailbox_id, tracked_email_id, id, 'requeued',
            'the worker stopped answering: handed to another worker', p_now
        from stalled
    )
    select array_agg(id) into v_stalled from stalled;

    -- R15: the sequences the owner asked to resume after a "not now" come back on their date (173_routing.sql);
    -- their follow-up is due at once and queued below.
    perform private.r15_resume_due(p_now);

    -- Everything due and not yet queued, set-based: work proportional to what is due (and to the working
    -- mailboxes, one index probe each), not to what is tracked.
    -- Lock order (065_lock_order.sql): the due follow-ups are locked as they are found, skipping any that a claim
    -- or an ingest holds (left to the next tick), so the tick never waits; the update then changes exactly the
    -- rows it holds, each found again by its tuple id (a row this transaction holds cannot move). The mailboxes
    -- and teams are read, not locked: a mailbox stopped while the tick runs is refused at the claim.
    with working as materialized (
        -- The active mailboxes of active teams, first (materialized, so the planner cannot read a stopped
        -- mailbox's follow-ups and drop them afterwards).
        select m.id
        from public.mailboxes as m
        inner join public.teams as tm on m.team_id = tm.id
        where m.status = 'active' and tm.paused_at is null
    ),
    found as (
        select d.row_id
        from working as w
        cross join lateral (
            -- One mailbox's due follow-ups (followups_due_idx: mailbox, due time).
            select f.ctid as row_id
            from public.followups as f
            where f.mailbox_id = w.id and f.status = 'scheduled' and f.due_at <= p_now and f.queued_at is null
                and not f.tracked_email_paused
            for no key update of f skip locked
        ) as d
    ),
    due as (
        update public.followups as f
        set queued_at = p_now, updated_at = p_now
        where f.ctid = any(array(select row_id from found))
            and f.status = 'scheduled' and f.due_at <= p_now and f.queued_at is null
        returning f.id
    )
    select array_agg(id) into v_ids from due;

    -- One batch for the queue: the requeued claims and the due follow-ups.
    if v_stalled is not null or v_ids is not null then
        perform pgmq.send_batch(
            'followup_sends',
            array(select jsonb_build_object('followup_id', i) from unnest(v_stalled || v_ids) as i)
        );
    end if;
    return coalesce(cardinality(v_ids), 0);
end
$$;

revoke all on function worker.run_followup_scheduler(timestamptz) from public, anon, authenticated;
grant execute on function worker.run_followup_scheduler(timestamptz) to service_role;
comment on function worker.run_followup_scheduler(timestamptz) is
'R9: moves every due follow-up of an active tracked email, mailbox and team onto the followup_sends queue, '
'and requeues stalled claims. Returns how many were queued. Idempotent for a given instant.';

create or replace function private.followup_context(p_f public.followups, p_recipients text[])
returns jsonb
language sql
volatile
set search_path = ''
as $$
    select jsonb_build_object(
        'ok', true,
        'followup_id', p_f.id,
        'claim_token', p_f.claim_token,
        'seq', p_f.seq,
        'attempts', p_f.attempts,
        'tracked_email_id', t.id,
        'mailbox_id', s.mailbox_id,
        'provider', s.provider,
        'mailbox_address', s.address,
        'recipients', to_jsonb(p_recipients),
        -- Who of them the email had in copy (and not in To): the follow-up keeps their roles, as a reply to all
        -- does (the person written to in To, a notary or a colleague copied in Cc). The workers put everyone in To
        -- when nobody of To is left (suppressed since).
        'cc', to_jsonb(array(
            select r from unnest(p_recipients) as r, public.messages as om
            where om.id = t.message_id and r = any(om.cc_addresses) and not r = any(om.to_addresses)
        )),
        -- The name each of them is addressed by: the one the user gave them in the email's To or Cc ("Jean
        -- Dupont" <jdupont@…>, as the worker read it: analysis.recipients, analysis.cc_names; a firm or a desk as
        -- the email showed it, "Cabinet Vidal": analysis.shown_names), else the name the team's contact record
        -- holds (her own From, her signature, a user's correction); nobody is named from nothing. A follow-up
        -- addressed to bare addresses shows the client "jdupont@cabinet-dupont.fr" where the email showed his
        -- name (Graph keeps a patched recipient's name only when given; Gmail's raw send has only what we write).
        'names', (
            select coalesce(jsonb_object_agg(x.r, x.name), '{}'::jsonb)
            from (
                select r, coalesce(
                    nullif(btrim(om.analysis #>> array['recipients', r, 'name']), ''),
                    nullif(btrim(om.analysis #>> array['cc_names', r]), ''),
                    nullif(btrim(om.analysis #>> array['shown_names', r]), ''),
                    nullif(btrim(k.name), '')
                ) as name
                from unnest(p_recipients) as r
                left join public.messages as om on om.id = t.message_id
                left join public.contacts as k on k.team_id = t.team_id and k.address = r
            ) as x
            where x.name is not null
        ),
        -- The mailbox's owner's name, for the From header where the provider does not add it (Gmail's raw send).
        'mailbox_display_name', (select b.display_name from public.mailboxes as b where b.id = t.mailbox_id),
        'time_zone', s.time_zone,
        'subject', t.subject,
        'provider_thread_id', c.provider_thread_id,
        'reply_to', (
            select jsonb_build_object(
                'provider_message_id', m.provider_message_id,
                'internet_message_id', m.internet_message_id,
                'references', to_jsonb(m."references" || array_remove(array[m.internet_message_id], null)),
                'subject', m.subject,
                -- What a reply quotes below its text (Graph's createReply does it; a Gmail follow-up is built
                -- whole by the worker): who wrote it, when, and its text (blank once the retention blanked it).
                'from_address', m.from_address,
                'from_name', m.from_name,
                'sent_at', m.sent_at,
                'body_text', m.body_text
            )
            -- The latest message of the thread written to the person (R4's sense: to one of the tracked email's
            -- recipients outside the team): the tracked email, a follow-up, one sent by hand; never a forward to a
            -- colleague, whose words a reply would quote to the person and whose "TR:" its subject would carry.
            from public.messages as m
            where m.conversation_id = t.conversation_id and m.direction = 'outbound'
                and (m.to_addresses || m.cc_addresses) && private.outside_the_team(t.team_id, t.recipients)
            order by m.sent_at desc nulls last limit 1
        ),
        'draft_id', p_f.draft_id,
        'internet_message_id', p_f.internet_message_id
    ) || private.render_followup(p_f, s.max_followups, coalesce(p_f.claimed_at, p_f.updated_at))
    from public.tracked_emails as t
    join public.conversations as c on c.id = t.conversation_id
    cross join lateral private.mailbox_settings(t.mailbox_id) as s
    where t.id = p_f.tracked_email_id
$$;

revoke all on function private.followup_context(public.followups, text[]) from public;
comment on function private.followup_context(public.followups, text[]) is
'What a worker needs to send a follow-up in its thread: recipients, the message to reply to, the text and HTML '
'bodies of its template variant (R16, recorded on first use).';

create or replace function private.unclaim(
    p_followup_id uuid, p_now timestamptz, p_due_at timestamptz default null
)
returns public.followups
language sql
volatile
set search_path = ''
as $$
    -- Back to scheduled, the claim dropped and off the queue (the next tick queues it when due); at p_due_at when
    -- given. The caller holds the tracked email's lock.
    update public.followups
    set status = 'scheduled', claim_token = null, lease_until = null, queued_at = null, updated_at = p_now,
        due_at = coalesce(p_due_at, due_at)
    where id = p_followup_id
    returning *
$$;

revoke all on function private.unclaim(uuid, timestamptz, timestamptz) from public;
comment on function private.unclaim(uuid, timestamptz, timestamptz) is
'A refused claim: the follow-up goes back to scheduled (at p_due_at when given), without its claim and off the '
'queue. Returns the row.';

create or replace function worker.claim_followup(
    p_followup_id uuid, p_now timestamptz default now(), p_claim_token uuid default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_f public.followups;
    v_t public.tracked_emails;
    v_s record;
    v_ok_recipients text [];
    v_release timestamptz;
    v_working timestamptz;
    v_in_day integer;
    v_day_start timestamptz;
    v_final boolean := p_claim_token is not null;
begin
    -- Lock order (065_lock_order.sql): the mailbox (the daily cap is counted under its lock, so parallel
    -- workers never claim past it), then the tracked email (which orders this claim with the ingest of an
    -- answer, R13), then the follow-up.
    perform 1 from public.mailboxes
    where id = (select f.mailbox_id from public.followups as f where f.id = p_followup_id)
    for no key update;
    perform private.lock_tracked(array(select f.tracked_email_id from public.followups as f where f.id = p_followup_id));
    select * into v_f from public.followups where id = p_followup_id for no key update;
    if not found then
        return jsonb_build_object('ok', false, 'reason', 'unknown follow-up');
    end if;
    select * into v_t from public.tracked_emails where id = v_f.tracked_email_id;
    if v_f.status = 'cancelled' then
        return jsonb_build_object('ok', false, 'reason', 'cancelled: ' || coalesce(v_f.reason, 'no reason given'));
    end if;
    if v_final then
        if v_f.claim_token is distinct from p_claim_token or v_f.status not in ('claimed', 'sending') then
            return jsonb_build_object('ok', false, 'reason', format('claim lost (status %s)', v_f.status));
        end if;
    elsif not (
        (v_f.status = 'scheduled' and v_f.queued_at is not null)
        or (v_f.status in ('claimed', 'sending') and v_f.lease_until < p_now)
    ) then
        -- A message left on the queue by a follow-up moved since (its queued_at cleared) claims nothing.
        return jsonb_build_object('ok', false, 'reason', format('not queued (status %s)', v_f.status));
    end if;
    select * into v_s from private.mailbox_settings(v_f.mailbox_id);

    if v_t.status <> 'active' then
        if v_t.status = 'paused' then
            perform private.unclaim(v_f.id, p_now);
        else
            update public.followups set status = 'cancelled', reason = v_t.status::text,
                claim_token = null, lease_until = null, updated_at = p_now
            where id = v_f.id;
        end if;
        return jsonb_build_object('ok', false, 'reason', format('tracked email is %s', v_t.status));
    end if;
    if v_s.mailbox_status <> 'active' or v_s.team_paused_at is not null then
        perform private.unclaim(v_f.id, p_now);
        return jsonb_build_object('ok', false, 'reason',
            case when v_s.team_paused_at is not null then 'team paused' else format('mailbox %s', v_s.mailbox_status) end);
    end if;
    if v_f.due_at > p_now then
        perform private.unclaim(v_f.id, p_now);
        return jsonb_build_object('ok', false, 'reason', format('not due until %s', v_f.due_at));
    end if;
    -- R2: nobody is written to outside working time, whatever the queue or a setting did meanwhile.
    v_working := private.mailbox_add_working_time(v_f.mailbox_id, p_now, interval '0');
    if v_working > p_now then
        -- The next working instant, or later when the settings changed while it was claimed (the re-plan leaves a
        -- follow-up in flight alone): never before its base + interval in the hours now in force.
        if not v_f.after_not_now then
            v_working := greatest(
                v_working, private.mailbox_due_after(v_f.mailbox_id, v_f.base_at, v_s.followup_interval)
            );
        end if;
        v_f := private.unclaim(v_f.id, p_now, v_working);
        update public.tracked_emails set next_due_at = v_working where id = v_t.id;
        perform private.log_event(v_t.team_id, 'rescheduled',
            format('outside working time: follow-up %s moved to %s', v_f.seq, private.local_text(v_working, v_s.time_zone)),
            p_now, v_t.mailbox_id, v_t.id, v_f.id);
        return jsonb_build_object('ok', false, 'reason', 'outside working time');
    end if;
    -- R8/R7: nothing is ever sent to a suppressed address.
    v_ok_recipients := array(
        select a from unnest(v_t.recipients) as a where a <> all(private.suppressed_among(v_t.team_id, v_t.recipients))
    );
    if cardinality(v_ok_recipients) = 0 then
        perform private.stop_if_suppressed(v_t, p_now);
        return jsonb_build_object('ok', false, 'reason', 'every recipient is suppressed');
    end if;
    -- R6: a hold that came after scheduling moves the follow-up.
    v_release := private.held_due(v_t.mailbox_id, v_t.recipients, v_f.base_at, v_f.due_at);
    if v_release > p_now then
        perform private.unclaim(v_f.id, p_now);
        perform private.plan_followup(v_t.id, p_now, 'the recipient is out of office');
        return jsonb_build_object('ok', false, 'reason', 'recipient out of office');
    end if;
    -- R4: a manual follow-up recorded while this one was claimed (the last look reads Sent Items just before the
    -- final claim) moved the plan, which a follow-up in flight keeps (plan_followup leaves it to its outcome); its
    -- number, the count + 1 when planned, says so. Sent now, it would chase a minute after the user did.
    if v_f.seq <> v_t.automatic_sent + v_t.manual_detected + 1 then
        perform private.unclaim(v_f.id, p_now);
        return jsonb_build_object('ok', false, 'reason', case
            when private.plan_followup(v_t.id, p_now, 'the manual follow-up') is null then 'maximum reached'
            else 'manual follow-up since it was planned'
        end);
    end if;
    -- R3: the maximum counts manual follow-ups too.
    if v_t.automatic_sent + v_t.manual_detected >= v_s.max_followups then
        perform private.plan_followup(v_t.id, p_now, 'maximum reached');
        return jsonb_build_object('ok', false, 'reason', 'maximum reached');
    end if;
    -- R9: the daily cap per mailbox, in the mailbox's local day, counts what is sent and what other workers
    -- hold (claimed or sending, lease alive); the mailbox lock taken above makes this count exact.
    if not v_final then
        -- Possibly sent counts too: a claim still held, and any follow-up whose identity was stored (its worker
        -- may have died after the provider took it: its Sent Items copy can record it sent at any moment),
        -- including one cancelled since (an answer stopped its tracked email before that copy was read: the
        -- copy still marks it sent, record_sent) when it was claimed today.
        v_day_start := date_trunc('day', p_now at time zone v_s.time_zone) at time zone v_s.time_zone;
        select count(*) into v_in_day from public.followups as f
        where f.mailbox_id = v_f.mailbox_id and f.id <> v_f.id
            and (
                (f.status = 'sent' and f.sent_at >= v_day_start)
                or (f.status = 'claimed' and f.lease_until >= p_now)
                or (f.status in ('claimed', 'sending', 'scheduled')
                    and (f.internet_message_id is not null or f.draft_id is not null))
                or (f.status in ('cancelled', 'failed') and f.claimed_at >= v_day_start
                    and (f.internet_message_id is not null or f.draft_id is not null))
            );
        if v_in_day >= v_s.daily_send_cap then
            v_f := private.unclaim(v_f.id, p_now, private.next_working_start(
                p_now, v_s.time_zone, v_s.working_hours_start, v_s.working_days, v_s.holiday_calendar, v_s.team_id
            ));
            perform private.log_event(v_t.team_id, 'rescheduled',
                format('daily sending cap of %s reached: moved to %s', v_s.daily_send_cap,
                    private.local_text(v_f.due_at, v_s.time_zone)),
                p_now, v_t.mailbox_id, v_t.id, v_f.id);
            update public.tracked_emails set next_due_at = v_f.due_at where id = v_t.id;
            return jsonb_build_object('ok', false, 'reason', 'daily cap reached');
        end if;
    end if;

    if v_final then
        update public.followups
        set final_claim_at = clock_timestamp(), lease_until = p_now + interval '5 minutes', updated_at = p_now
        where id = v_f.id
        returning * into v_f;
    else
        update public.followups
        set status = 'claimed', claim_token = gen_random_uuid(), claimed_at = p_now,
            lease_until = p_now + interval '5 minutes', attempts = attempts + 1, updated_at = p_now
        where id = v_f.id
        returning * into v_f;
    end if;
    return private.followup_context(v_f, v_ok_recipients);
end
$$;

revoke all on function worker.claim_followup(uuid, timestamptz, uuid) from public, anon, authenticated;
grant execute on function worker.claim_followup(uuid, timestamptz, uuid) to service_role;
comment on function worker.claim_followup(uuid, timestamptz, uuid) is
'R9: claims a queued follow-up (no token) or re-checks a held claim right before sending (with the token, '
'inside the sending transaction). Refuses, and says why, when the tracked email is no longer active, the '
'follow-up is not due, every recipient is suppressed, a recipient is away, the mailbox or team is paused or '
'the mailbox is over its daily cap. Returns {ok, reason} or the sending context.';

create or replace function worker.record_followup_identity(
    p_followup_id uuid,
    p_claim_token uuid,
    p_draft_id text,
    p_internet_message_id text,
    p_now timestamptz default now()
)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    update public.followups
    set status = 'sending', draft_id = p_draft_id,
        internet_message_id = coalesce(p_internet_message_id, internet_message_id), updated_at = p_now
    where id = p_followup_id and claim_token = p_claim_token and status in ('claimed', 'sending')
    returning true
$$;

revoke all on function worker.record_followup_identity(uuid, uuid, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.record_followup_identity(uuid, uuid, text, text, timestamptz) to service_role;
comment on function worker.record_followup_identity(uuid, uuid, text, text, timestamptz) is
'R9: stores the draft id and Message-ID of a follow-up before it is sent, so a retry can find it in Sent '
'Items. Returns true, or null when the claim was lost. Idempotent.';

create or replace function worker.complete_followup(
    p_followup_id uuid,
    p_claim_token uuid,
    p_sent_at timestamptz default null,
    p_provider_message_id text default null,
    p_internet_message_id text default null,
    p_now timestamptz default null
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_status public.followup_status;
    v_token uuid;
begin
    -- Lock order (065_lock_order.sql): the tracked email, then its follow-up.
    perform private.lock_tracked(array(select f.tracked_email_id from public.followups as f where f.id = p_followup_id));
    select status, claim_token into v_status, v_token from public.followups where id = p_followup_id
    for no key update;
    if v_status = 'sent' then
        return false;
    end if;
    if v_status is null or v_token is distinct from p_claim_token then
        raise exception 'complete_followup: the claim on % is not held', p_followup_id using errcode = '55000';
    end if;
    return private.record_sent(
        p_followup_id, (select f.mailbox_id from public.followups as f where f.id = p_followup_id),
        coalesce(p_sent_at, p_now, clock_timestamp()), p_provider_message_id,
        p_internet_message_id, 'sent by the worker', coalesce(p_now, clock_timestamp())
    );
end
$$;

revoke all on function worker.complete_followup(uuid, uuid, timestamptz, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.complete_followup(uuid, uuid, timestamptz, text, text, timestamptz) to service_role;
comment on function worker.complete_followup(uuid, uuid, timestamptz, text, text, timestamptz) is
'R9: records that the provider accepted the follow-up (p_sent_at: the provider''s send time) and plans the '
'next one. Returns false when it was already recorded (idempotent); raises when the claim is not held.';

create or replace function worker.fail_followup(
    p_followup_id uuid,
    p_claim_token uuid,
    p_error text,
    p_kind text default 'retry',
    p_retry_after_seconds integer default null,
    p_now timestamptz default now()
)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_f public.followups;
    v_max_attempts constant integer := 5;
    v_wait interval;
begin
    if p_kind not in ('retry', 'permanent', 'reauth') then
        raise exception 'fail_followup: kind must be retry, permanent or reauth (got %)', p_kind using errcode = '22023';
    end if;
    -- Lock order (065_lock_order.sql): the mailbox (reauth changes it), the tracked email, its follow-up.
    if p_kind = 'reauth' then
        perform 1 from public.mailboxes
        where id = (select f.mailbox_id from public.followups as f where f.id = p_followup_id)
        for no key update;
    end if;
    perform private.lock_tracked(array(select f.tracked_email_id from public.followups as f where f.id = p_followup_id));
    select * into v_f from public.followups where id = p_followup_id for no key update;
    if not found or v_f.claim_token is distinct from p_claim_token or v_f.status not in ('claimed', 'sending') then
        return 'ignored: claim not held';
    end if;
    if p_kind = 'reauth' then
        -- R10: a revoked grant pauses the mailbox instead of failing every follow-up in it.
        update public.mailboxes
        set status = 'needs_reauth', status_reason = left(p_error, 500), status_changed_at = p_now
        where id = v_f.mailbox_id and status = 'active';
        update public.followups
        set status = 'scheduled', claim_token = null, lease_until = null, queued_at = null,
            attempts = greatest(attempts - 1, 0), last_error = left(p_error, 1000), updated_at = p_now
        where id = v_f.id;
        perform private.log_event(v_f.team_id, 'mailbox_needs_reauth',
            'the provider refused the mailbox''s grant: reconnect it to resume sending', p_now, v_f.mailbox_id,
            v_f.tracked_email_id, v_f.id, null, jsonb_build_object('error', left(p_error, 500)));
        return 'mailbox needs reauth';
    end if;
    if p_kind = 'permanent' or v_f.attempts >= v_max_attempts then
        update public.followups
        set status = 'failed', claim_token = null, lease_until = null, last_error = left(p_error, 1000),
            reason = case when p_kind = 'permanent' then left(p_error, 500)
                else format('gave up after %s attempts: %s', v_f.attempts, left(p_error, 400)) end,
            updated_at = p_now
        where id = v_f.id
        returning * into v_f;
        update public.tracked_emails set next_due_at = null where id = v_f.tracked_email_id;
        perform private.log_event(v_f.team_id, 'failed', 'follow-up ' || v_f.seq || ' failed: ' || v_f.reason,
            p_now, v_f.mailbox_id, v_f.tracked_email_id, v_f.id);
        return 'failed';
    end if;
    -- R10: retry with exponential backoff that honours Retry-After.
    v_wait := greatest(
        make_interval(secs => coalesce(p_retry_after_seconds, 0)),
        make_interval(secs => 30 * power(2, greatest(v_f.attempts - 1, 0)))
    );
    update public.followups
    set status = 'scheduled', due_at = p_now + v_wait, claim_token = null, lease_until = null, queued_at = null,
        last_error = left(p_error, 1000), updated_at = p_now
    where id = v_f.id;
    perform private.log_event(v_f.team_id, 'retry',
        format('attempt %s failed (%s): next try in %s', v_f.attempts, left(p_error, 200), v_wait),
        p_now, v_f.mailbox_id, v_f.tracked_email_id, v_f.id);
    return 'retry';
end
$$;

revoke all on function worker.fail_followup(uuid, uuid, text, text, integer, timestamptz)
from public, anon, authenticated;
grant execute on function worker.fail_followup(uuid, uuid, text, text, integer, timestamptz) to service_role;
comment on function worker.fail_followup(uuid, uuid, text, text, integer, timestamptz) is
'R10: records a failed send. retry: back to scheduled after a backoff honouring Retry-After, failed after 5 '
'attempts; permanent: failed with the reason; reauth: the mailbox needs reconnecting, the follow-up waits. '
'Returns what was done.';

-- p_now came in 2026-12-03 (the archive branch wrote the clock's instant on a timeline of injected ones).
drop function if exists worker.read_followup_queue(integer, integer, integer);

create or replace function worker.read_followup_queue(
    p_qty integer default 10,
    p_visibility_seconds integer default 300,
    p_max_deliveries integer default 5,
    p_now timestamptz default null
)
returns table (msg_id bigint, followup_id uuid, deliveries integer)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_msg record;
    v_failed public.followups;
    -- The instant the archive branch records (the worker's clock, or a test's); the queue's own visibility
    -- timeout runs on the server's clock, as pgmq's does.
    v_now timestamptz := coalesce(p_now, now());
begin
    for v_msg in select * from pgmq.read('followup_sends', p_visibility_seconds, p_qty) loop
        if v_msg.read_ct > p_max_deliveries or private.safe_uuid(v_msg.message ->> 'followup_id') is null then
            -- A message that keeps coming back without an outcome is archived, and the follow-up says so.
            perform pgmq.archive('followup_sends', v_msg.msg_id);
            -- Lock order (065_lock_order.sql): the tracked email before its follow-up.
            perform private.lock_tracked(array(
                select f.tracked_email_id from public.followups as f
                where f.id = private.safe_uuid(v_msg.message ->> 'followup_id')
            ));
            update public.followups as f
            set status = 'failed', claim_token = null, lease_until = null, updated_at = v_now,
                reason = format('the queue delivered it %s times without an outcome: archived', v_msg.read_ct)
            where f.id = private.safe_uuid(v_msg.message ->> 'followup_id')
                and ((f.status = 'scheduled' and f.queued_at is not null) or f.status in ('claimed', 'sending'))
            returning f.* into v_failed;
            if found then
                perform private.log_event(v_failed.team_id, 'failed', v_failed.reason, v_now, v_failed.mailbox_id,
                    v_failed.tracked_email_id, v_failed.id);
                update public.tracked_emails set next_due_at = null where id = v_failed.tracked_email_id;
            end if;
            continue;
        end if;
        msg_id := v_msg.msg_id;
        followup_id := private.safe_uuid(v_msg.message ->> 'followup_id');
        deliveries := v_msg.read_ct;
        return next;
    end loop;
end
$$;

revoke all on function worker.read_followup_queue(integer, integer, integer, timestamptz)
from public, anon, authenticated;
grant execute on function worker.read_followup_queue(integer, integer, integer, timestamptz) to service_role;
comment on function worker.read_followup_queue(integer, integer, integer, timestamptz) is
'Reads up to p_qty follow-ups to send (hidden p_visibility_seconds from other workers); archives, with the '
'reason on the follow-up and a failed event at p_now (default now()), a message delivered more than '
'p_max_deliveries times.';

create or replace function worker.ack_followup_message(p_msg_id bigint)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    select pgmq.delete('followup_sends', p_msg_id)
$$;

revoke all on function worker.ack_followup_message(bigint) from public, anon, authenticated;
grant execute on function worker.ack_followup_message(bigint) to service_role;
comment on function worker.ack_followup_message(bigint) is
'Removes a handled message from the followup_sends queue. Idempotent.';
