-- Feedback and accuracy (issue 13, item 4; ../shared/INTELLIGENCE.md "Feedback"): every approve, reject or
-- correct of what the AI read, an intent or a fact, is one row of public.ai_feedback; public.ai_accuracy_metrics
-- (by ISO week) and public.ai_accuracy_daily give the share approved per class or field, source and period.
-- Facts: private.decide_one (decide_fact, decide_facts) and set_contact_field call the helpers here. Intents:
-- public.correct_intent, which also re-runs what the intent set off (private.apply_intent: routing, R15,
-- notifications). Table: sql/tables/088_routing.sql; RLS: sql/policies/067_routing.sql.

create or replace function private.record_ai_feedback(
    p_team_id uuid,
    p_subject text,
    p_action text,
    p_class text,
    p_original_value text,
    p_source text,
    p_confidence numeric,
    p_corrected_value text,
    p_message_id uuid,
    p_fact_id uuid,
    p_address text,
    p_now timestamptz
)
returns void
language sql
volatile
set search_path = ''
as $$
    insert into public.ai_feedback (
        team_id, user_id, subject, action, class, original_value, source, confidence, corrected_value, message_id,
        fact_id, address, occurred_at
    )
    values (
        p_team_id, (select auth.uid()), p_subject, p_action, p_class, left(p_original_value, 500), p_source,
        round(p_confidence, 3), left(p_corrected_value, 500), p_message_id, p_fact_id, lower(p_address), p_now
    )
$$;

revoke all on function private.record_ai_feedback(
    uuid, text, text, text, text, text, numeric, text, uuid, uuid, text, timestamptz
) from public;
comment on function private.record_ai_feedback(
    uuid, text, text, text, text, text, numeric, text, uuid, uuid, text, timestamptz
) is
'Appends one decision on what the AI read (subject intent or fact; action approve, reject or correct) to '
'public.ai_feedback, by the caller.';

-- A decision on a suggested fact (decide_fact, decide_facts through private.decide_one), before it is applied:
-- accept → approve, reject → reject, edit → correct (approve when the value typed is the one suggested), ignore →
-- ignore (dismissed without a decision: the fact stays a suggestion). A fact
-- that a person typed (source user) is not the AI's: nothing is recorded.
create or replace function private.record_fact_feedback(
    p_kind text, p_fact_id uuid, p_decision text, p_value text, p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_f record;
begin
    if p_kind = 'contact' then
        select f.team_id, f.field, f.value, f.source::text as source, f.confidence, f.source_message_id, f.address
        into v_f from public.contact_facts as f where f.id = p_fact_id;
    else
        select f.team_id, f.field, f.value, f.source::text as source, f.confidence, f.source_message_id,
            null::text as address
        into v_f from public.organisation_facts as f where f.id = p_fact_id;
    end if;
    if v_f.team_id is null or v_f.source = 'user' then
        return;
    end if;
    perform private.record_ai_feedback(
        v_f.team_id, 'fact',
        case
            when p_decision in ('reject', 'ignore') then p_decision
            when p_decision = 'edit' and btrim(p_value) is distinct from v_f.value then 'correct'
            else 'approve'
        end,
        case when p_kind = 'organisation' then 'organisation_' || v_f.field else v_f.field end,
        v_f.value, v_f.source, v_f.confidence,
        case when p_decision = 'edit' and btrim(p_value) is distinct from v_f.value then btrim(p_value) end,
        v_f.source_message_id, p_fact_id, v_f.address, p_now
    );
end
$$;

revoke all on function private.record_fact_feedback(text, uuid, text, text, timestamptz) from public;
comment on function private.record_fact_feedback(text, uuid, text, text, timestamptz) is
'Feedback for a decision (accept, reject, edit, ignore) on a contact or organisation fact read by the AI, before the '
'decision is applied; nothing for a fact a person typed.';

-- A value typed by hand over the value the AI set (set_contact_field): a correction (an approval when it is the
-- same value). Nothing when the field held no value the AI read.
create or replace function private.record_contact_field_feedback(
    p_contact_id uuid, p_field text, p_value text, p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_f public.contact_facts;
begin
    -- The value the contact shows now, and the fact that holds it.
    select f.* into v_f
    from public.contacts as c
    inner join public.contact_facts as f
        on f.contact_id = c.id and f.field = p_field and f.value = to_jsonb(c) ->> p_field
    where c.id = p_contact_id
    order by f.source = 'user' desc, f.id
    limit 1;
    if v_f.id is null or v_f.source = 'user' then
        return;
    end if;
    perform private.record_ai_feedback(
        v_f.team_id, 'fact', case when btrim(p_value) = v_f.value then 'approve' else 'correct' end, v_f.field,
        v_f.value, v_f.source::text, v_f.confidence,
        case when btrim(p_value) <> v_f.value then btrim(p_value) end, v_f.source_message_id, v_f.id, v_f.address,
        p_now
    );
end
$$;

revoke all on function private.record_contact_field_feedback(uuid, text, text, timestamptz) from public;
comment on function private.record_contact_field_feedback(uuid, text, text, timestamptz) is
'Feedback when a member types a contact field over a value the AI applied: correct (or approve when equal).';

-- p_relayed came with relayed requests to stop (R8): the four-argument version goes.
drop function if exists public.correct_intent(uuid, text, date, timestamptz);

create or replace function public.correct_intent(
    p_message_id uuid,
    p_intent text,
    p_not_now_until date default null,
    p_now timestamptz default null,
    p_relayed boolean default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_i public.message_intents;
    v_owner uuid;
    v_label public.intent_label;
    v_same boolean;
    v_relayed boolean;
    v_people text [];
    v_others uuid [];
    v_effects jsonb := '[]'::jsonb;
begin
    -- A member says what the reply wants: the mailbox's owner or a team admin (the service role too). The
    -- correction stands (the worker never reads the message again over it) and re-runs what depended on it.
    p_now := private.caller_now(p_now);
    if p_intent is null or not p_intent = any(enum_range(null::public.intent_label)::text[]) then
        raise exception 'unknown intent "%"', coalesce(p_intent, 'null') using errcode = '22023',
            hint = 'One of ' || array_to_string(enum_range(null::public.intent_label)::text[], ', ');
    end if;
    v_label := p_intent::public.intent_label;
    if p_not_now_until is not null and v_label <> 'not_now' then
        raise exception 'p_not_now_until: only a not_now names a date' using errcode = '22023';
    end if;
    if p_relayed and v_label <> 'unsubscribe' then
        raise exception 'p_relayed: only an unsubscribe is relayed for someone else' using errcode = '22023';
    end if;
    select i.* into v_i from public.message_intents as i where i.message_id = p_message_id;
    -- An unsubscribe relayed for the people the answered email was written to (an assistant, a relative, counsel):
    -- as the member says, else as the reading said when it was an unsubscribe already.
    v_relayed := v_label = 'unsubscribe' and coalesce(p_relayed, v_i.label = 'unsubscribe' and v_i.relayed, false);
    select b.owner_id into v_owner from public.mailboxes as b where b.id = v_i.mailbox_id;
    if v_i.message_id is null or (select auth.uid()) is not null
        and v_owner is distinct from (select auth.uid())
        and not exists (select 1 from private.my_admin_team_ids() as t where t = v_i.team_id) then
        raise exception 'no intent read for this message, or not one you correct (its mailbox''s owner or a team '
            'admin)' using errcode = 'P0002';
    end if;
    -- Lock order (065_lock_order.sql): the sender (step 4, with the people a relayed unsubscribe speaks for), then
    -- the tracked email and, for an unsubscribe, the team's other tracked emails to them (step 6), as the worker.
    v_people := private.lock_intent_people(v_i.team_id, v_i.message_id, v_i.address, v_relayed);
    v_others := private.lock_intent_tracked(v_i.team_id, v_i.tracked_email_id,
        case when v_label = 'unsubscribe' then array_remove(array[v_i.address] || v_people, null) end);
    select * into v_i from public.message_intents where message_id = p_message_id;
    v_same := v_i.label = v_label and v_i.not_now_until is not distinct from p_not_now_until
        and v_i.relayed = v_relayed;
    perform private.record_ai_feedback(
        v_i.team_id, 'intent', case when v_same then 'approve' else 'correct' end, v_i.label::text,
        v_i.label::text || coalesce(' ' || v_i.not_now_until, ''), v_i.source::text, v_i.confidence,
        case when not v_same then v_label::text || coalesce(' ' || p_not_now_until, '') end, v_i.message_id, null,
        v_i.address, p_now
    );
    update public.message_intents
    set label = v_label, source = 'user', confidence = 1, not_now_until = p_not_now_until,
        referral_name = case when v_label = 'referral' then referral_name end,
        referral_address = case when v_label = 'referral' then referral_address end,
        evidence = case when v_same then evidence else 'corrected by a member' end,
        corrected_by = (select auth.uid()), corrected_at = p_now, relayed = v_relayed
    where message_id = p_message_id;
    if v_i.tracked_email_id is not null then
        perform private.log_event(
            v_i.team_id, 'intent',
            case when v_same
                then format('%s: %s, confirmed by a member', coalesce(v_i.address, 'the reply'),
                    replace(v_label::text, '_', ' '))
                else format('%s: corrected by a member from %s (%s, %s) to %s', coalesce(v_i.address, 'the reply'),
                    replace(v_i.label::text, '_', ' '), v_i.source, round(v_i.confidence, 2),
                    replace(v_label::text, '_', ' '))
                    || case when p_not_now_until is not null then format(', until %s', p_not_now_until) else '' end
            end,
            p_now, v_i.mailbox_id, v_i.tracked_email_id, null, v_i.message_id,
            jsonb_build_object('label', v_label, 'previous_label', v_i.label, 'source', 'user')
        );
    end if;
    -- A member who confirms an unsure unsubscribe makes it count (R8): it suppresses now.
    if not v_same or v_label = 'unsubscribe' and not private.intent_opts_out(v_i.source::text, v_i.confidence) then
        v_effects := private.apply_intent(p_message_id, null, p_now, v_people, v_others);
    end if;
    return jsonb_build_object(
        'message_id', p_message_id, 'label', v_label, 'previous_label', v_i.label, 'corrected', not v_same,
        'effects', v_effects
    );
end
$$;

revoke all on function public.correct_intent(uuid, text, date, timestamptz, boolean) from public, anon;
grant execute on function public.correct_intent(uuid, text, date, timestamptz, boolean)
to authenticated, service_role;
comment on function public.correct_intent(uuid, text, date, timestamptz, boolean) is
'The mailbox''s owner or a team admin approves (same intent) or corrects a reply''s intent (with the date of a '
'not_now; for an unsubscribe, p_relayed: asked for the people the answered email was written to, who are '
'suppressed too; null keeps what the reading said). Recorded in ai_feedback; a correction re-runs routing, R15 '
'(the wrong reminder goes, a new one comes), R8 and notifications, on the timeline. 22023 on a bad intent or a '
'relayed one that is not an unsubscribe, P0002 when the caller may not correct it.';

create or replace view public.ai_accuracy_metrics
with (security_invoker = true) as
-- The share of the AI's readings that people approved, per team, subject, class (intent) or field (fact), source
-- and ISO week, from ai_feedback as the caller may see it (its RLS: the team's admins, a member's own decisions).
select
    f.team_id,
    f.subject,
    f.class,
    f.source,
    to_char(f.occurred_at at time zone 'UTC', 'IYYY-"W"IW') as iso_week,
    date_trunc('week', f.occurred_at at time zone 'UTC')::date as week_start,
    (count(*) filter (where f.action <> 'ignore'))::integer as decisions,
    (count(*) filter (where f.action = 'approve'))::integer as approved,
    (count(*) filter (where f.action = 'reject'))::integer as rejected,
    (count(*) filter (where f.action = 'correct'))::integer as corrected,
    round(
        (count(*) filter (where f.action = 'approve'))::numeric
        / nullif(count(*) filter (where f.action <> 'ignore'), 0),
        3
    ) as accuracy,
    round(avg(f.confidence) filter (where f.action <> 'ignore'), 3) as mean_confidence,
    -- Suggestions dismissed without a decision: recorded, not judged.
    (count(*) filter (where f.action = 'ignore'))::integer as ignored
from public.ai_feedback as f
group by 1, 2, 3, 4, 5, 6;

comment on view public.ai_accuracy_metrics is
'Accuracy (approved / decided; ignored suggestions counted apart) of intents and facts per team, class or field, '
'source and ISO week (UTC), from ai_feedback; security invoker: its RLS applies.';
grant select on public.ai_accuracy_metrics to authenticated, service_role;

create or replace view public.ai_accuracy_daily
with (security_invoker = true) as
-- The same by day (UTC), for the dashboard's time series.
select
    f.team_id,
    f.subject,
    f.class,
    f.source,
    (f.occurred_at at time zone 'UTC')::date as day,
    (count(*) filter (where f.action <> 'ignore'))::integer as decisions,
    (count(*) filter (where f.action = 'approve'))::integer as approved,
    (count(*) filter (where f.action = 'reject'))::integer as rejected,
    (count(*) filter (where f.action = 'correct'))::integer as corrected,
    round(
        (count(*) filter (where f.action = 'approve'))::numeric
        / nullif(count(*) filter (where f.action <> 'ignore'), 0),
        3
    ) as accuracy,
    round(avg(f.confidence) filter (where f.action <> 'ignore'), 3) as mean_confidence,
    -- Suggestions dismissed without a decision: recorded, not judged.
    (count(*) filter (where f.action = 'ignore'))::integer as ignored
from public.ai_feedback as f
group by 1, 2, 3, 4, 5;

comment on view public.ai_accuracy_daily is
'Accuracy (approved / decided; ignored suggestions counted apart) of intents and facts per team, class or field, '
'source and day (UTC), from ai_feedback; security invoker: its RLS applies.';
grant select on public.ai_accuracy_daily to authenticated, service_role;
