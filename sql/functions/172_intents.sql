-- The intent of inbound human messages (sql/tables/085_intents.sql; ../shared/INTELLIGENCE.md "Intent").
-- The intelligence worker reads each queued message's intent (relance.intelligence.intent.read_intent) and
-- hands it to worker.record_intent, which stores it (one reading per message, replaced when read again unless
-- a member corrected it) and puts it on the timeline of the tracked email the message answers. What the engine
-- then does, all here and all on the timeline with its reason:
-- - not_now with a date (R15): a reminder for the tracked email's owner on that date (public.reminders), and,
--   when the team's setting resume_after_not_now is on, the resume of the sequence on that date planned at once
--   (private.plan_not_now_resume, 173_routing.sql); a not_now without a date never resumes;
-- - unsubscribe (R8): the sender is suppressed through ingest's own path (private.r8_opt_out), when rules read
--   it, a model is sure of it (confidence 0.9 or more) or a member says so (private.intent_opts_out; an unsure
--   reading that a surer one or a member's approval follows suppresses then), with the people the answered email
--   was written to when the request is relayed for them (an assistant, a relative, counsel:
--   private.intent_relayed_people); their contacts show the objection, and the team's other tracked emails to
--   them stop when nobody is left to write to, as after ingest's own opt-out;
-- - meeting_request, quote_request: a notification for the mailbox's owner (public.notifications);
-- - referral naming an address: the person becomes a contact of the team, their name a suggestion.
--
-- Lock order (065_lock_order.sql): worker.record_intent takes the sender's person lock (step 4, with the people
-- a relayed unsubscribe speaks for, in the one sorted batch), then the
-- tracked email the message answers with, for an unsubscribe, the team's other tracked emails to those people
-- (step 6, for no key update, in one batch: private.lock_intent_tracked). The intent row itself
-- is read and written under the person lock: every writer of a message's intent holds its sender first, so
-- two readings of one message are recorded one after the other. A referral then takes steps 8-10 (the referred
-- person's organisation, contact and fact: private.upsert_contacts, private.record_fact).

create or replace function private.answered_tracked_email(p_message_id uuid)
returns uuid
language sql
stable
set search_path = ''
as $$
    -- The tracked email a message answers, in its own thread first (R15 comes back in the thread the person
    -- answered in): the one of its conversation it stopped (R5); else the latest tracked email of its conversation
    -- sent before it (a second reply, after the first one stopped the sequence); else one of its mailbox it stopped
    -- in another conversation (R5, the team's setting: a reply in a new thread).
    select coalesce(
        (
            select t.id from public.messages as m
            inner join public.tracked_emails as t on m.conversation_id = t.conversation_id
            where m.id = p_message_id and t.answer_message_id = p_message_id
            order by t.sent_at desc, t.id limit 1
        ),
        (
            select t.id from public.messages as m
            inner join public.tracked_emails as t on m.conversation_id = t.conversation_id
            where m.id = p_message_id and t.message_id <> m.id
                and t.sent_at <= coalesce(m.received_at, m.sent_at, m.ingested_at)
            order by t.sent_at desc, t.id limit 1
        ),
        (
            -- Of its own mailbox only: a message that also stopped a colleague's tracked email (R5, the team's
            -- setting) was written to this mailbox; what it asks is read, routed and scheduled here.
            select t.id from public.tracked_emails as t
            inner join public.messages as m on m.id = p_message_id and t.mailbox_id = m.mailbox_id
            where t.answer_message_id = p_message_id
            order by t.sent_at desc, t.id limit 1
        )
    )
$$;

revoke all on function private.answered_tracked_email(uuid) from public;
comment on function private.answered_tracked_email(uuid) is
'The tracked email a message answers, in its own conversation first: the one there it stopped (answer_message_id), '
'else the latest one of its conversation sent before it, else one of its mailbox it stopped in another '
'conversation; null if none.';

create or replace function private.intent_relayed_people(p_message_id uuid)
returns text[]
language sql
stable
set search_path = ''
as $$
    -- R8, a request to stop relayed for someone else, read after ingest (by the intent's LLM, or a member who
    -- says so): the people it speaks for, found as ingest finds them (private.relayed_for) from the stored
    -- message, its links and its conversation's provider thread.
    select coalesce(private.relayed_for(
        m.team_id, m.mailbox_id,
        jsonb_build_object(
            'from', jsonb_build_object('address', m.from_address), 'provider_thread_id', c.provider_thread_id
        ),
        private.thread_refs(jsonb_build_object('in_reply_to', m.in_reply_to, 'references', to_jsonb(m."references")))
    ), '{}'::text [])
    from public.messages as m
    left join public.conversations as c on m.conversation_id = c.id
    where m.id = p_message_id
$$;

revoke all on function private.intent_relayed_people(uuid) from public;
comment on function private.intent_relayed_people(uuid) is
'R8: the people a relayed request to stop in this stored message speaks for (private.relayed_for: the To '
'recipients outside the team of the email it answers, its author aside); empty when there is none. Stable.';

-- p_relayed came with relayed requests to stop read after ingest (R8): the three-argument version goes.
drop function if exists private.apply_intent(uuid, text, timestamptz);

create or replace function private.lock_intent_people(
    p_team_id uuid, p_message_id uuid, p_sender text, p_relayed boolean
)
returns text[]
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_people text [] := case when p_relayed then private.intent_relayed_people(p_message_id) else '{}'::text [] end;
begin
    -- Lock order step 4, for every writer of a message's intent: its sender and, for a relayed unsubscribe, the
    -- people it speaks for, in the one sorted batch; the caller hands those people to private.apply_intent.
    perform private.lock_people(p_team_id, array[p_sender] || v_people);
    return v_people;
end
$$;

revoke all on function private.lock_intent_people(uuid, uuid, text, boolean) from public;
comment on function private.lock_intent_people(uuid, uuid, text, boolean) is
'Lock order step 4 for an intent''s writers (worker.record_intent, public.correct_intent): the sender and, when '
'p_relayed, the people the message''s relayed request speaks for (private.intent_relayed_people), whom it returns.';

create or replace function private.intent_opts_out(p_source text, p_confidence numeric)
returns boolean
language sql
immutable
set search_path = ''
as $$
    -- R8: whose reading of an unsubscribe suppresses its sender. Rules are the product's own opt-out analysis,
    -- so they count as ingest's analysis does; so does a member who says so. A model's reading counts only when
    -- it is sure (0.9 or more): an unsure guess must not silence a person who did not ask for it (a wrong opt-out
    -- loses a client), and a sure one must not be ignored (a missed opt-out writes to someone who asked not to be
    -- written to).
    select p_source in ('rules', 'user') or coalesce(p_confidence >= 0.9, false)
$$;

revoke all on function private.intent_opts_out(text, numeric) from public;
comment on function private.intent_opts_out(text, numeric) is
'R8: whether an unsubscribe read by this source with this confidence suppresses: rules or a member always, a '
'model from 0.9. Immutable.';

create or replace function private.lock_intent_tracked(p_team_id uuid, p_tracked uuid, p_people text[])
returns uuid[]
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_others uuid [] := '{}'::uuid [];
begin
    -- Lock order step 6 for an intent's writers: the tracked email the message answers and, for an unsubscribe
    -- (p_people: whom it may suppress), the team's other tracked emails still writing to them, which R8 stops
    -- when nobody is left to write to (as ingest's own opt-out does, private.r5_reply), in one sorted batch. The
    -- caller holds those people's locks (step 4): no email to them can be tracked meanwhile, so the set stays
    -- what it is read here. Returns the others.
    if cardinality(p_people) > 0 then
        v_others := array(
            select t.id from public.tracked_emails as t
            where t.recipients && p_people and t.team_id = p_team_id
                and t.status in ('active', 'paused') and t.id is distinct from p_tracked
            order by t.id
        );
    end if;
    perform private.lock_tracked(array_remove(array[p_tracked], null) || v_others);
    return v_others;
end
$$;

revoke all on function private.lock_intent_tracked(uuid, uuid, text[]) from public;
comment on function private.lock_intent_tracked(uuid, uuid, text[]) is
'Lock order step 6 for an intent''s writers (worker.record_intent, public.correct_intent): the answered tracked '
'email and the team''s other active or paused tracked emails to p_people (an unsubscribe''s sender and relayed '
'people), whose ids it returns for private.apply_intent.';

-- p_others came with the team's other tracked emails an intent's opt-out stops (R8): the four-argument version goes.
drop function if exists private.apply_intent(uuid, text, timestamptz, text[]);

create or replace function private.apply_intent(
    p_message_id uuid, p_evidence text, p_now timestamptz, p_relayed text[] default '{}', p_others uuid[] default '{}'
)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_m record;
    v_i public.message_intents;
    v_label public.intent_label;
    v_tracked uuid;
    v_source text;
    v_msg public.messages;
    v_owner uuid;
    v_contact uuid;
    v_who text;
    v_route jsonb;
    v_reminder uuid;
    v_new_reminder boolean := false;
    v_history boolean;
    v_relayed text [] := coalesce(p_relayed, '{}'::text []);
    v_people text [];
    v_phrase text;
    v_asked text;
    v_effects jsonb := '[]'::jsonb;
begin
    -- What a new or changed reading (worker.record_intent) or a member's correction (public.correct_intent) sets
    -- off, from the message's intent as now stored. The caller holds the sender's person lock (step 4) and the
    -- tracked email's lock (step 6); for a relayed unsubscribe, the people it speaks for too (p_relayed, step 4:
    -- read once by the caller, private.intent_relayed_people, so that the people suppressed are the people locked);
    -- for an unsubscribe, the locks of the team's other tracked emails to them (p_others, step 6,
    -- private.lock_intent_tracked).
    select * into v_i from public.message_intents where message_id = p_message_id;
    select m.id, m.team_id, m.mailbox_id, lower(nullif(btrim(m.from_address), '')) as address,
        coalesce(m.received_at, m.sent_at, m.ingested_at) as at, b.owner_id
    into v_m
    from public.messages as m
    inner join public.mailboxes as b on m.mailbox_id = b.id
    where m.id = p_message_id;
    if v_i.message_id is null or v_m.id is null then
        return v_effects;
    end if;
    v_label := v_i.label;
    v_tracked := v_i.tracked_email_id;
    v_source := v_i.source::text;
    v_who := coalesce(v_m.address, 'the sender');
    -- A reading that changed takes back what the previous one asked for and nobody acted on yet (a reminder whose
    -- sequence was resumed stays: the timeline and the promise view rely on it).
    delete from public.reminders where message_id = v_m.id and done_at is null and resumed_at is null
        and (v_label <> 'not_now' or v_i.not_now_until is null);
    delete from public.notifications where message_id = v_m.id and read_at is null
        and kind::text <> v_label::text and kind <> 'routed';

    -- History (mail received before the mailbox was connected, which its first backfill reads: R1's
    -- mailboxes.tracks_from) is read for what it says (an opt-out is honoured, a referral becomes a contact) but
    -- sets nobody to work: no routing, no notification about a meeting somebody asked for last year.
    v_history := coalesce(
        v_m.at < (select b.tracks_from from public.mailboxes as b where b.id = v_m.mailbox_id), false
    );

    -- Routing (issue 13, item 3): who should act on it; a meeting or a quote request is told to that member.
    if not v_history then
        v_route := private.route_message(v_m.id, p_now);
        v_effects := v_effects || jsonb_build_array('routed');
    end if;

    -- R15: "not now, in March": the tracked email's owner is reminded on that day (R5 already stopped the
    -- sequence: this is an answer). Without a tracked email there is nothing to come back to. A resume the owner
    -- asked for follows a new date.
    if v_label = 'not_now' and v_i.not_now_until is not null and v_tracked is not null then
        select owner_id into v_owner from public.tracked_emails where id = v_tracked;
        insert into public.reminders as r (
            team_id, owner_id, tracked_email_id, message_id, address, due_on, reason, created_at
        )
        values (
            v_m.team_id, v_owner, v_tracked, v_m.id, v_m.address, v_i.not_now_until,
            format('%s asked to be contacted again on %s', v_who, v_i.not_now_until), p_now
        )
        on conflict (message_id) do update
        set due_on = excluded.due_on, reason = excluded.reason,
            resume_at = case when r.resume_at is not null
                then private.first_working_hour_on(v_m.mailbox_id, excluded.due_on, p_now) end
        where r.done_at is null and r.resumed_at is null
        returning r.id, r.xmax = 0 into v_reminder, v_new_reminder;
        perform private.log_event(
            v_m.team_id, 'reminder',
            format('R15: reminder for the owner on %s (%s: not now)', v_i.not_now_until, v_who),
            p_now, v_m.mailbox_id, v_tracked, null, v_m.id, jsonb_build_object('due_on', v_i.not_now_until)
        );
        v_effects := v_effects || jsonb_build_array('reminder');
        -- With the team's setting resume_after_not_now (off by default), the engine comes back by itself: the
        -- resume a member could ask for (public.resume_after_not_now) is planned at once, for a new reminder of a
        -- sequence this reply stopped. A reminder that existed already keeps what a member chose for it.
        if v_new_reminder
            and (select s.resume_after_not_now from public.team_settings as s where s.team_id = v_m.team_id)
            and (select t.status from public.tracked_emails as t where t.id = v_tracked) = 'replied' then
            perform private.plan_not_now_resume(
                v_reminder, true, 'the team''s setting resume_after_not_now', p_now
            );
            v_effects := v_effects || jsonb_build_array('resume_planned');
        end if;
    end if;

    -- R8: an opt-out read in the words, by a reader whose reading counts (private.intent_opts_out). Through
    -- ingest's own path: the message as the worker read it, with the opt-out its intent says (the stored message
    -- is unchanged). Relayed (an assistant, a relative, counsel asks for the person written to), the people the
    -- answered email was written to are suppressed with the sender, as ingest does for a relayed request it read.
    -- Nothing is scheduled for a suppressed person: the team's other tracked emails to them stop when nobody is
    -- left to write to (p_others), as after ingest's own opt-out.
    if v_label = 'unsubscribe' and private.intent_opts_out(v_source, v_i.confidence)
        and v_m.address is not null then
        if not v_i.relayed then
            v_relayed := '{}'::text [];
        end if;
        v_people := array[v_m.address] || v_relayed;
        v_phrase := coalesce(left(nullif(btrim(p_evidence), ''), 300), 'unsubscribe');
        select * into v_msg from public.messages where id = v_m.id;
        v_msg.from_address := v_m.address;
        v_msg.analysis := v_msg.analysis || jsonb_build_object('opt_out', true, 'opt_out_phrase', v_phrase);
        if exists (
            select 1 from unnest(v_people) as p (address)
            where not exists (
                select 1 from public.suppressions as x
                where x.team_id = v_m.team_id and x.address = p.address and x.reason = 'opted_out'
            )
        ) then
            perform private.r8_opt_out(v_msg, p_now);
            if cardinality(v_relayed) > 0 then
                perform private.r8_opt_out_relayed(v_msg, v_relayed, p_now);
            end if;
            v_asked := case when cardinality(v_relayed) = 0 then format('%s asked not to be contacted again', v_who)
                else format('%s asked that %s not be contacted again', v_who, array_to_string(v_relayed, ', '))
            end || format(' (%s, %s)', v_source, round(v_i.confidence, 2));
            if v_tracked is null or not private.stop_tracked(v_tracked, 'opted_out', v_asked, p_now, v_m.id) then
                perform private.log_event(
                    v_m.team_id, 'suppressed', format('R8: %s: nothing more is sent to them', v_asked),
                    p_now, v_m.mailbox_id, v_tracked, null, v_m.id
                );
            end if;
            v_effects := v_effects || private.stop_others_if_suppressed(p_others, p_now, v_asked);
            -- PRIVACY.md: the objection stays visible on the contacts (lock order step 9, after the tracked email).
            perform private.r8_contacts_objected(v_m.team_id, v_people, v_m.at, v_phrase, p_now);
            v_effects := v_effects || jsonb_build_array('suppressed');
        end if;
    end if;

    -- A meeting or a quote request never waits unseen: the member the reply is routed to (a rule's assignee, else
    -- the mailbox's owner) is told.
    if v_label in ('meeting_request', 'quote_request') and not v_history then
        delete from public.notifications where message_id = v_m.id and kind::text = v_label::text and read_at is null
            and owner_id <> (v_route ->> 'assigned_to')::uuid;
        insert into public.notifications (
            team_id, owner_id, kind, tracked_email_id, message_id, address, reason, created_at
        )
        values (
            v_m.team_id, (v_route ->> 'assigned_to')::uuid, v_label::text::public.notification_kind, v_tracked, v_m.id,
            v_m.address,
            format('%s asks for a %s', v_who, case v_label when 'meeting_request' then 'meeting' else 'quote' end),
            p_now
        )
        on conflict (message_id, kind) do nothing;
        if v_tracked is not null and found then
            perform private.log_event(
                v_m.team_id, 'notified',
                format('%s notified: %s asks for a %s',
                    case when (v_route ->> 'assigned_to')::uuid = v_m.owner_id then 'the owner is'
                        else (select u.email from auth.users as u where u.id = (v_route ->> 'assigned_to')::uuid)
                            || ' is' end,
                    v_who, case v_label when 'meeting_request' then 'meeting' else 'quote' end),
                p_now, v_m.mailbox_id, v_tracked, null, v_m.id
            );
        end if;
        v_effects := v_effects || jsonb_build_array('notified');
    end if;

    -- "Talk to my colleague X": X becomes a contact of the team (lock order steps 8-9) and the name the reply
    -- gives a suggestion (step 10), which a person confirms (a threshold above 1 is never reached). Without an
    -- address there is no one to find them by: the reading keeps the name.
    if v_label = 'referral' and v_i.referral_address is not null
        and v_i.referral_address <> coalesce(v_m.address, '') then
        perform private.upsert_contacts(v_m.team_id, v_m.owner_id, array[v_i.referral_address], v_m.at, p_now);
        select id into v_contact from public.contacts
        where team_id = v_m.team_id and address = v_i.referral_address;
        if v_i.referral_name is not null then
            -- The fact's source says who read the words: the rules that read the reply's new text (as for a
            -- signature), or the model.
            perform private.record_fact(
                'contact', v_contact, v_m.team_id, v_i.referral_address, 'name', v_i.referral_name,
                (case when v_source = 'llm' then 'llm' else 'signature' end)::public.fact_source, v_m.id,
                v_i.confidence, v_m.at, 1.01
            );
            perform private.refresh_contact(v_contact, p_now);
        end if;
        if v_tracked is not null then
            perform private.log_event(
                v_m.team_id, 'referral', format('%s names %s instead: suggested as a contact', v_who,
                    coalesce(v_i.referral_name || ' <' || v_i.referral_address || '>', v_i.referral_address)),
                p_now, v_m.mailbox_id, v_tracked, null, v_m.id, jsonb_build_object('contact_id', v_contact)
            );
        end if;
        v_effects := v_effects || jsonb_build_array('referral');
    end if;
    return v_effects;
end
$$;

revoke all on function private.apply_intent(uuid, text, timestamptz, text[], uuid[]) from public;
comment on function private.apply_intent(uuid, text, timestamptz, text[], uuid[]) is
'What a message''s stored intent sets off, all on the timeline: routing, the R15 reminder, the R8 opt-out (a '
'relayed one suppresses p_relayed too, whose person locks the caller holds; the tracked emails p_others, locked '
'by the caller, stop when every recipient is suppressed), the meeting or quote notification, '
'the referral''s contact suggestion (for mail received before the mailbox was connected, only the opt-out and the '
'referral); takes back what a previous reading asked for and nobody acted on. Returns the effects.';

-- p_relayed came with relayed requests to stop read after ingest (R8): the nine-argument version goes.
drop function if exists worker.record_intent(uuid, text, numeric, text, date, text, text, text, timestamptz);

create or replace function worker.record_intent(
    p_message_id uuid,
    p_label text,
    p_confidence numeric,
    p_source text,
    p_not_now_until date default null,
    p_referral_name text default null,
    p_referral_address text default null,
    p_evidence text default null,
    p_now timestamptz default now(),
    p_relayed boolean default false
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_m record;
    v_label public.intent_label;
    v_prev public.message_intents;
    v_tracked uuid;
    v_name text := nullif(btrim(p_referral_name), '');
    v_address text := lower(nullif(btrim(p_referral_address), ''));
    v_changed boolean;
    v_relayed boolean := coalesce(p_relayed, false);
    v_people text [];
    v_others uuid [];
    v_effects jsonb := '[]'::jsonb;
begin
    -- Bad input is a clear error (22023) and records nothing.
    if p_label is null or not p_label = any(enum_range(null::public.intent_label)::text[]) then
        raise exception 'unknown intent %', coalesce(p_label, 'null') using errcode = '22023';
    end if;
    v_label := p_label::public.intent_label;
    if p_source is null or p_source not in ('rules', 'model', 'llm') then
        raise exception 'unknown intent source % (rules, model or llm)', coalesce(p_source, 'null')
        using errcode = '22023';
    end if;
    -- R8 suppresses the sender: an opt-out is the rules' reading (with its negation and footer guards), a sure
    -- LLM's or a member's, never the learnt model's, which is built never to say it.
    if p_source = 'model' and v_label = 'unsubscribe' then
        raise exception 'the learnt model never decides an opt-out (unsubscribe from rules or llm only)'
        using errcode = '22023';
    end if;
    if p_confidence is null or p_confidence < 0 or p_confidence > 1 then
        raise exception 'intent confidence % is not between 0 and 1', p_confidence using errcode = '22023';
    end if;
    if v_address is not null and v_address !~ '^[^@\s]+@[^@\s]+$' then
        raise exception 'referral address % is not an address', v_address using errcode = '22023';
    end if;
    if v_label <> 'referral' then
        v_name := null;
        v_address := null;
    end if;
    if v_relayed and v_label <> 'unsubscribe' then
        raise exception 'only an unsubscribe is relayed for someone else (got %)', v_label using errcode = '22023';
    end if;
    select m.id, m.team_id, m.mailbox_id, lower(nullif(btrim(m.from_address), '')) as address, m.direction, m.kind,
        coalesce(m.received_at, m.sent_at, m.ingested_at) as at, b.owner_id
    into v_m
    from public.messages as m
    inner join public.mailboxes as b on m.mailbox_id = b.id
    where m.id = p_message_id;
    if v_m.id is null then
        return jsonb_build_object('message_id', p_message_id, 'recorded', false, 'skipped', 'no message');
    end if;
    if v_m.direction <> 'inbound' or v_m.kind <> 'human' then
        return jsonb_build_object(
            'message_id', p_message_id, 'recorded', false, 'skipped', 'not an inbound human message'
        );
    end if;
    v_tracked := private.answered_tracked_email(v_m.id);
    -- Lock order step 4: the sender (every writer of this message's intent, of their suppression), with the people
    -- a relayed unsubscribe speaks for, whose suppression it writes (in the one sorted batch).
    v_people := private.lock_intent_people(v_m.team_id, v_m.id, v_m.address, v_relayed);
    -- Art. 17 (190_erasure.sql): a message an erasure rewrote while this call waited for its sender's lock (the
    -- sender read above is gone), or whose sender was erased, is read no more: nothing names them again.
    if coalesce(private.is_erased(v_m.team_id, v_m.address), false) or (
        select lower(nullif(btrim(m.from_address), '')) from public.messages as m where m.id = p_message_id
    ) is distinct from v_m.address then
        return jsonb_build_object('message_id', p_message_id, 'recorded', false, 'skipped', 'erased');
    end if;
    -- Step 6: the tracked email it answers (its timeline, its follow-ups) and, for an unsubscribe, the team's other
    -- tracked emails to the people it may suppress.
    v_others := private.lock_intent_tracked(v_m.team_id, v_tracked,
        case when v_label = 'unsubscribe' then array_remove(array[v_m.address] || v_people, null) end);
    select * into v_prev from public.message_intents where message_id = v_m.id;
    -- A member's correction stands: the worker never replaces it.
    if v_prev.corrected_at is not null then
        return jsonb_build_object(
            'message_id', p_message_id, 'recorded', false, 'skipped', 'corrected by a member',
            'label', v_prev.label
        );
    end if;
    insert into public.message_intents as i (
        message_id, team_id, mailbox_id, address, tracked_email_id, label, confidence, source, not_now_until,
        referral_name, referral_address, evidence, message_at, read_at, relayed
    )
    values (
        v_m.id, v_m.team_id, v_m.mailbox_id, v_m.address, v_tracked, v_label, round(p_confidence, 3),
        p_source::public.intent_source, case when v_label = 'not_now' then p_not_now_until end,
        left(v_name, 300), v_address, left(nullif(btrim(p_evidence), ''), 300), v_m.at, p_now, v_relayed
    )
    on conflict (message_id) do update
    set tracked_email_id = excluded.tracked_email_id, label = excluded.label, confidence = excluded.confidence,
        source = excluded.source, not_now_until = excluded.not_now_until, referral_name = excluded.referral_name,
        referral_address = excluded.referral_address, evidence = excluded.evidence, read_at = excluded.read_at,
        relayed = excluded.relayed;
    v_changed := v_prev.message_id is null or v_prev.label <> v_label
        or v_prev.not_now_until is distinct from p_not_now_until and v_label = 'not_now'
        or v_prev.referral_address is distinct from v_address or v_prev.referral_name is distinct from v_name
        or v_prev.relayed is distinct from v_relayed
        -- an unsure unsubscribe read again surely: now it suppresses
        or v_label = 'unsubscribe' and private.intent_opts_out(p_source, p_confidence)
        and not private.intent_opts_out(v_prev.source::text, v_prev.confidence);
    -- The timeline (R12) says what the reply wants, once per reading that changes it.
    if v_tracked is not null and v_changed then
        perform private.log_event(
            v_m.team_id, 'intent',
            format('%s: %s (%s, %s)', coalesce(v_m.address, 'the reply'), replace(v_label::text, '_', ' '),
                p_source, round(p_confidence, 2))
            || case when v_label = 'not_now' and p_not_now_until is not null
                then format(', until %s', p_not_now_until) else '' end,
            p_now, v_m.mailbox_id, v_tracked, null, v_m.id,
            jsonb_build_object('label', v_label, 'confidence', round(p_confidence, 3), 'source', p_source)
        );
    end if;
    if not v_changed then
        return jsonb_build_object(
            'message_id', p_message_id, 'recorded', true, 'label', v_label, 'tracked_email_id', v_tracked,
            'effects', v_effects
        );
    end if;
    return jsonb_build_object(
        'message_id', p_message_id, 'recorded', true, 'label', v_label, 'tracked_email_id', v_tracked,
        'effects', private.apply_intent(v_m.id, p_evidence, p_now, v_people, v_others)
    );
end
$$;

revoke all on function worker.record_intent(
    uuid, text, numeric, text, date, text, text, text, timestamptz, boolean
) from public, anon, authenticated;
grant execute on function worker.record_intent(
    uuid, text, numeric, text, date, text, text, text, timestamptz, boolean
) to service_role;
comment on function worker.record_intent(uuid, text, numeric, text, date, text, text, text, timestamptz, boolean) is
'Records the intent the worker read in an inbound human message (label, confidence, source rules, model or llm, '
'the date a not_now implies, the person a referral names, evidence, whether an unsubscribe is relayed for the '
'people the answered email was written to) and puts it on the timeline of the tracked email it answers. '
'Idempotent: reading a message again replaces its reading unless a member corrected it; nothing for an erased '
'sender or a message an erasure rewrote meanwhile (skipped: erased). 22023 for a bad label, '
'source, confidence or address, for an unsubscribe from the learnt model and for a relayed reading that is not '
'an unsubscribe.';

create or replace view public.tracked_email_intents
with (security_invoker = true) as
-- The latest intent of each tracked email's answers, as the caller may see it (message_intents' RLS: the
-- message's mailbox owner, the team's admins, the member the reply is routed to). Index
-- message_intents_tracked_email_id_idx.
select distinct on (i.tracked_email_id)
    i.tracked_email_id,
    i.team_id,
    i.mailbox_id,
    i.message_id,
    i.label,
    i.confidence,
    i.source,
    i.not_now_until,
    i.referral_name,
    i.referral_address,
    i.message_at,
    i.read_at,
    i.relayed
from public.message_intents as i
where i.tracked_email_id is not null
order by i.tracked_email_id asc, i.message_at desc, i.message_id desc;

comment on view public.tracked_email_intents is
'The latest intent read in the answers to each tracked email; security invoker: message_intents'' RLS applies.';
grant select on public.tracked_email_intents to authenticated, service_role;

create or replace function public.mark_notification_read(p_notification_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    -- Its owner only (the service role for tests and the demo); someone else's is not found.
    update public.notifications set read_at = coalesce(read_at, p_now)
    where id = p_notification_id
        and (owner_id = (select auth.uid()) or (select auth.uid()) is null and coalesce(auth.role(), 'service_role') = 'service_role');
    if not found then
        raise exception 'no such notification' using errcode = 'P0002';
    end if;
    return true;
end
$$;

revoke all on function public.mark_notification_read(uuid, timestamptz) from public, anon;
grant execute on function public.mark_notification_read(uuid, timestamptz) to authenticated, service_role;
comment on function public.mark_notification_read(uuid, timestamptz) is
'Marks one of the caller''s notifications read (idempotent). P0002 when it is not theirs or does not exist.';

create or replace function public.mark_reminder_done(p_reminder_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_tracked uuid;
begin
    p_now := private.caller_now(p_now);
    -- Its owner or an admin of its team (the service role for tests and the demo).
    select r.tracked_email_id into v_tracked from public.reminders as r
    where r.id = p_reminder_id
        and (
            r.owner_id = (select auth.uid())
            or r.team_id = any(array(select private.my_admin_team_ids()))
            or (select auth.uid()) is null and coalesce(auth.role(), 'service_role') = 'service_role'
        );
    if v_tracked is null then
        raise exception 'no such reminder' using errcode = 'P0002';
    end if;
    -- Lock order (065_lock_order.sql): its tracked email (step 6) first, which a planned resume shown on the
    -- dashboard changes with it (private.reminder_shows_its_resume).
    perform private.lock_tracked(array[v_tracked]);
    update public.reminders set done_at = coalesce(done_at, p_now) where id = p_reminder_id;
    return true;
end
$$;

revoke all on function public.mark_reminder_done(uuid, timestamptz) from public, anon;
grant execute on function public.mark_reminder_done(uuid, timestamptz) to authenticated, service_role;
comment on function public.mark_reminder_done(uuid, timestamptz) is
'R15: marks a reminder done (its owner or a team admin; idempotent). P0002 when the caller may not see it.';
