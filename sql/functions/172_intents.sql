-- The intent of inbound human messages (sql/tables/085_intents.sql; ../shared/INTELLIGENCE.md "Intent").
-- The intelligence worker reads each queued message's intent (relance.intelligence.intent.read_intent) and
-- hands it to worker.record_intent, which stores it (one reading per message, replaced when read again unless
-- a member corrected it) and puts it on the timeline of the tracked email the message answers.
--
-- Lock order (065_lock_order.sql): worker.record_intent takes the sender's person lock (step 4), then the
-- tracked email the message answers (step 6, for no key update, private.lock_tracked). The intent row itself
-- is read and written under the person lock: every writer of a message's intent holds its sender first, so
-- two readings of one message are recorded one after the other.

create or replace function private.answered_tracked_email(p_message_id uuid)
returns uuid
language sql
stable
set search_path = ''
as $$
    -- The tracked email a message answers: the one it stopped (R5), else the latest tracked email of its
    -- conversation sent before it (a second reply, after the first one stopped the sequence).
    select coalesce(
        (
            select t.id from public.tracked_emails as t
            where t.answer_message_id = p_message_id
            order by t.sent_at desc, t.id limit 1
        ),
        (
            select t.id from public.messages as m
            inner join public.tracked_emails as t on m.conversation_id = t.conversation_id
            where m.id = p_message_id and t.message_id <> m.id
                and t.sent_at <= coalesce(m.received_at, m.sent_at, m.ingested_at)
            order by t.sent_at desc, t.id limit 1
        )
    )
$$;

revoke all on function private.answered_tracked_email(uuid) from public;
comment on function private.answered_tracked_email(uuid) is
'The tracked email a message answers: the one it stopped (answer_message_id), else the latest tracked email of '
'its conversation sent before it; null if none.';

create or replace function worker.record_intent(
    p_message_id uuid,
    p_label text,
    p_confidence numeric,
    p_source text,
    p_not_now_until date default null,
    p_referral_name text default null,
    p_referral_address text default null,
    p_evidence text default null,
    p_now timestamptz default now()
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
begin
    -- Bad input is a clear error (22023) and records nothing.
    if p_label is null or not p_label = any(enum_range(null::public.intent_label)::text[]) then
        raise exception 'unknown intent %', coalesce(p_label, 'null') using errcode = '22023';
    end if;
    v_label := p_label::public.intent_label;
    if p_source is null or p_source not in ('rules', 'llm') then
        raise exception 'unknown intent source % (rules or llm)', coalesce(p_source, 'null') using errcode = '22023';
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
    select m.id, m.team_id, m.mailbox_id, lower(nullif(btrim(m.from_address), '')) as address, m.direction, m.kind,
        coalesce(m.received_at, m.sent_at, m.ingested_at) as at
    into v_m
    from public.messages as m
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
    -- Lock order step 4: the sender (every writer of this message's intent, of their suppression).
    perform private.lock_people(v_m.team_id, array[v_m.address]);
    -- Step 6: the tracked email it answers (its timeline, its follow-ups).
    if v_tracked is not null then
        perform private.lock_tracked(array[v_tracked]);
    end if;
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
        referral_name, referral_address, evidence, message_at, read_at
    )
    values (
        v_m.id, v_m.team_id, v_m.mailbox_id, v_m.address, v_tracked, v_label, round(p_confidence, 3),
        p_source::public.intent_source, case when v_label = 'not_now' then p_not_now_until end,
        left(v_name, 300), v_address, left(nullif(btrim(p_evidence), ''), 300), v_m.at, p_now
    )
    on conflict (message_id) do update
    set tracked_email_id = excluded.tracked_email_id, label = excluded.label, confidence = excluded.confidence,
        source = excluded.source, not_now_until = excluded.not_now_until, referral_name = excluded.referral_name,
        referral_address = excluded.referral_address, evidence = excluded.evidence, read_at = excluded.read_at;
    -- The timeline (R12) says what the reply wants, once per reading that changes it.
    if v_tracked is not null and (
        v_prev.message_id is null or v_prev.label <> v_label
        or v_prev.not_now_until is distinct from p_not_now_until and v_label = 'not_now'
    ) then
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
    return jsonb_build_object(
        'message_id', p_message_id, 'recorded', true, 'label', v_label, 'tracked_email_id', v_tracked
    );
end
$$;

revoke all on function worker.record_intent(
    uuid, text, numeric, text, date, text, text, text, timestamptz
) from public, anon, authenticated;
grant execute on function worker.record_intent(
    uuid, text, numeric, text, date, text, text, text, timestamptz
) to service_role;
comment on function worker.record_intent(uuid, text, numeric, text, date, text, text, text, timestamptz) is
'Records the intent the worker read in an inbound human message (label, confidence, source rules or llm, the '
'date a not_now implies, the person a referral names, evidence) and puts it on the timeline of the tracked '
'email it answers. Idempotent: reading a message again replaces its reading unless a member corrected it. '
'22023 for a bad label, source, confidence or address.';

create or replace view public.tracked_email_intents
with (security_invoker = true) as
-- The latest intent of each tracked email's answers, as the caller may see it (message_intents' RLS: the
-- message's mailbox owner and the team's admins). Index message_intents_tracked_email_id_idx.
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
    i.read_at
from public.message_intents as i
where i.tracked_email_id is not null
order by i.tracked_email_id asc, i.message_at desc, i.message_id desc;

comment on view public.tracked_email_intents is
'The latest intent read in the answers to each tracked email; security invoker: message_intents'' RLS applies.';
grant select on public.tracked_email_intents to authenticated, service_role;
