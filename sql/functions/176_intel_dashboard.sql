-- The intelligence dashboard (INTELLIGENCE.md, "Dashboard"; issue 13, item 6): daily series per team, each row
-- (team_id, day, …), days in UTC, read by the web app under the reader's RLS (security invoker views):
-- - intel_intent_daily:         intent distribution (messages per class), from message_intents;
-- - intel_intent_sources_daily: the share of intents decided by rules, the learnt model, an LLM, or a member's
--                               correction;
-- - intel_ai_usage_daily:       model and web-search use per kind: real calls, cache hits and hit rate, cost;
-- - intel_suggestions_daily:    suggestions raised (still pending) and decided (accepted, rejected);
-- - intel_signature_daily:      the contacts issue's signature KPIs: success rate, fields per signature,
--                               confidence, share read by a model.
-- What a reader sees is what RLS shows them: intents and insights with their message (its mailbox's owner and
-- the team's admins), facts team-wide; the figures are of the rows they may read, and never of another team's.
-- Accuracy per class, field and source is ai_accuracy_metrics (the feedback's view, built with ai_feedback).

create or replace view public.intel_intent_daily
with (security_invoker = true) as
-- By the day the message was written; share: of the day's intents the reader sees.
select
    i.team_id,
    (i.message_at at time zone 'UTC')::date as day,
    i.label,
    count(*)::integer as messages,
    round(
        count(*)::numeric / sum(count(*)) over (partition by i.team_id, (i.message_at at time zone 'UTC')::date), 4
    ) as share,
    (count(*) filter (where i.source = 'rules'))::integer as by_rules,
    (count(*) filter (where i.source = 'llm'))::integer as by_llm,
    (count(*) filter (where i.source = 'user'))::integer as by_user,
    round(avg(i.confidence), 3) as avg_confidence,
    -- As text: 'model' was added to the enum later, and a new enum value cannot be named in the transaction
    -- that adds it (the migration's).
    (count(*) filter (where i.source::text = 'model'))::integer as by_model
from public.message_intents as i
group by i.team_id, (i.message_at at time zone 'UTC')::date, i.label;

comment on view public.intel_intent_daily is
'Intent distribution per team and UTC day (the day the message was written): messages per class, their share of '
'the day, by source (rules, LLM, member, learnt model), mean confidence; security invoker: message_intents'' RLS '
'applies.';
grant select on public.intel_intent_daily to authenticated, service_role;

create or replace view public.intel_intent_sources_daily
with (security_invoker = true) as
select
    i.team_id,
    (i.message_at at time zone 'UTC')::date as day,
    count(*)::integer as messages,
    (count(*) filter (where i.source = 'rules'))::integer as by_rules,
    (count(*) filter (where i.source = 'llm'))::integer as by_llm,
    (count(*) filter (where i.source = 'user'))::integer as by_user,
    round((count(*) filter (where i.source = 'rules'))::numeric / count(*), 4) as rules_share,
    round((count(*) filter (where i.source = 'llm'))::numeric / count(*), 4) as llm_share,
    (count(*) filter (where i.source::text = 'model'))::integer as by_model,
    round((count(*) filter (where i.source::text = 'model'))::numeric / count(*), 4) as model_share
from public.message_intents as i
group by i.team_id, (i.message_at at time zone 'UTC')::date;

comment on view public.intel_intent_sources_daily is
'Per team and UTC day: intents read, by rules, by an LLM, corrected by a member, by the learnt model, and the '
'rules'', the LLM''s and the learnt model''s shares; security invoker: message_intents'' RLS applies.';
grant select on public.intel_intent_sources_daily to authenticated, service_role;

create or replace function private.intel_ai_usage_rows()
returns table (
    team_id uuid,
    day date,
    kind text,
    calls integer,
    hits integer,
    invalid integer,
    failed integer,
    cost_usd numeric
)
language sql
stable
security definer
set search_path = ''
as $$
    -- private.ai_calls is out of the Data API's reach (it names models and costs per call): this gives its daily
    -- aggregates, and only of the caller's teams (every member; the service role: every team).
    select
        a.team_id,
        (a.called_at at time zone 'UTC')::date,
        a.kind,
        (count(*) filter (where a.outcome <> 'hit'))::integer,
        (count(*) filter (where a.outcome = 'hit'))::integer,
        (count(*) filter (where a.outcome = 'invalid'))::integer,
        (count(*) filter (where a.outcome = 'failed'))::integer,
        coalesce(sum(a.cost_usd), 0)
    from private.ai_calls as a
    where a.team_id = any(array(select private.my_team_ids()))
        or (select auth.uid()) is null and coalesce(auth.role(), 'service_role') = 'service_role'
    group by a.team_id, (a.called_at at time zone 'UTC')::date, a.kind
$$;

revoke all on function private.intel_ai_usage_rows() from public;
grant execute on function private.intel_ai_usage_rows() to authenticated, service_role;
comment on function private.intel_ai_usage_rows() is
'Daily model and web-search use of the caller''s teams (every team for the service role): the rows of '
'intel_ai_usage_daily.';

create or replace view public.intel_ai_usage_daily
with (security_invoker = true) as
-- calls: real calls (answered, invalid, failed); hits: answers from the cache; hit_rate: hits / (hits + calls);
-- cost_usd: litellm's price of the real calls (a hit costs nothing; an unknown price counts as 0).
select
    u.team_id,
    u.day,
    u.kind,
    u.calls,
    u.hits,
    u.invalid,
    u.failed,
    round(u.hits::numeric / nullif(u.hits + u.calls, 0), 4) as hit_rate,
    u.cost_usd
from private.intel_ai_usage_rows() as u;

comment on view public.intel_ai_usage_daily is
'Model and web-search use per team, UTC day and kind (signature, intent, web …): real calls, cache hits, hit '
'rate, invalid answers, failures, cost in USD; a team''s members read their team''s.';
grant select on public.intel_ai_usage_daily to authenticated, service_role;

create or replace view public.intel_suggestions_daily
with (security_invoker = true) as
-- A suggestion is a fact below the threshold (or under a hand-set value) that waited for a human: still
-- suggested, or decided by one. raised and pending by the day it was first seen (pending: still waiting),
-- accepted and rejected by the day it was decided (an edit sets the suggested value aside: rejected). A value a
-- member typed (source user) is no suggestion.
with facts as (
    select
        f.team_id,
        f.status,
        f.first_observed_at,
        f.decided_at
    from public.contact_facts as f
    where f.source <> 'user'
    union all
    select
        f.team_id,
        f.status,
        f.first_observed_at,
        f.decided_at
    from public.organisation_facts as f
    where f.source <> 'user'
),

marks as (
    select
        f.team_id,
        (f.first_observed_at at time zone 'UTC')::date as day,
        1 as raised,
        (f.status = 'suggested')::integer as pending,
        0 as accepted,
        0 as rejected
    from facts as f
    where f.status = 'suggested' or f.decided_at is not null
    union all
    select
        f.team_id,
        (f.decided_at at time zone 'UTC')::date as day,
        0 as raised,
        0 as pending,
        (f.status = 'applied')::integer as accepted,
        (f.status = 'rejected')::integer as rejected
    from facts as f
    where f.decided_at is not null
)

select
    m.team_id,
    m.day,
    sum(m.raised)::integer as raised,
    sum(m.pending)::integer as pending,
    sum(m.accepted)::integer as accepted,
    sum(m.rejected)::integer as rejected
from marks as m
group by m.team_id, m.day;

comment on view public.intel_suggestions_daily is
'Suggestions per team and UTC day: raised and still pending (by the day first seen), accepted and rejected (by '
'the day decided); security invoker: the facts'' RLS applies.';
grant select on public.intel_suggestions_daily to authenticated, service_role;

create or replace view public.intel_signature_daily
with (security_invoker = true) as
-- The inbound messages the worker read (by the day it read them): with a signature (fields found), without
-- one, or failed; internal senders and messages without a sender are set aside (no reading). success_rate:
-- with a signature / read; fields_per_signature: fields found per message with a signature.
select
    i.team_id,
    (i.done_at at time zone 'UTC')::date as day,
    count(*)::integer as messages_read,
    (count(*) filter (where i.state = 'done' and i.fields_found > 0))::integer as signatures,
    round((count(*) filter (where i.state = 'done' and i.fields_found > 0))::numeric / count(*), 4) as success_rate,
    coalesce(sum(i.fields_found) filter (where i.state = 'done' and i.fields_found > 0), 0)::integer as fields_found,
    round(avg(i.fields_found) filter (where i.state = 'done' and i.fields_found > 0), 2) as fields_per_signature,
    round(avg(i.signature_confidence) filter (where i.state = 'done' and i.fields_found > 0), 3)
        as avg_signature_confidence,
    (count(*) filter (where i.reached_llm))::integer as reached_llm,
    round((count(*) filter (where i.reached_llm))::numeric / count(*), 4) as llm_share,
    (count(*) filter (where i.state = 'failed'))::integer as failed
from public.message_insights as i
where
    i.direction = 'inbound'
    and i.done_at is not null
    and (i.state in ('no_signature', 'failed') or i.state = 'done' and i.fields_found is not null)
group by i.team_id, (i.done_at at time zone 'UTC')::date;

comment on view public.intel_signature_daily is
'Signature KPIs per team and UTC day read: messages read, with a signature, success rate, fields found and per '
'signature, mean confidence, share read by a model, failures; security invoker: message_insights'' RLS applies.';
grant select on public.intel_signature_daily to authenticated, service_role;
