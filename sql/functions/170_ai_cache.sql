-- The intelligence workers' cache of model and web-search results, and the log of what each use cost
-- (sql/tables/095_ai_cache.sql). A lookup that finds an entry counts a hit; a real call is logged with its
-- cost and latency whatever came of it; ai_usage_daily is the dashboard's series.

create or replace function worker.ai_cache_lookup(
    p_team_id uuid,
    p_kind text,
    p_text_hash bytea,
    p_models text[],
    p_now timestamptz default now()
)
returns table (model text, result jsonb)
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    -- The first of p_models (the order they are tried in) that has a live entry answers; the hit is counted
    -- on the entry and logged as a use that cost nothing.
    return query
    with found as (
        select c.model, c.result
        from private.ai_cache as c
        join unnest(p_models) with ordinality as m (name, position) on m.name = c.model
        where c.team_id = p_team_id and c.kind = p_kind and c.text_hash = p_text_hash
            and (c.expires_at is null or c.expires_at > p_now)
        order by m.position
        limit 1
    ),
    counted as (
        update private.ai_cache as c
        set hits = c.hits + 1, last_hit_at = p_now
        from found as f
        where c.team_id = p_team_id and c.kind = p_kind and c.text_hash = p_text_hash and c.model = f.model
        returning c.model, c.result
    ),
    logged as (
        insert into private.ai_calls (team_id, kind, model, outcome, cost_usd, latency_ms, called_at)
        select p_team_id, p_kind, k.model, 'hit', 0, 0, p_now from counted as k
    )
    select k.model, k.result from counted as k;
end
$$;

revoke all on function worker.ai_cache_lookup(uuid, text, bytea, text[], timestamptz) from public, anon, authenticated;
grant execute on function worker.ai_cache_lookup(uuid, text, bytea, text[], timestamptz) to service_role;
comment on function worker.ai_cache_lookup(uuid, text, bytea, text[], timestamptz) is
'The team''s live cached result of kind for the text hash from the first of p_models that has one (none: no '
'row); counts and logs the hit.';

create or replace function worker.ai_record_call(
    p_team_id uuid,
    p_kind text,
    p_model text,
    p_outcome text,
    p_cost_usd numeric,
    p_latency_ms integer,
    p_now timestamptz default now()
)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
    insert into private.ai_calls (team_id, kind, model, outcome, cost_usd, latency_ms, called_at)
    values (p_team_id, p_kind, p_model, p_outcome, p_cost_usd, greatest(p_latency_ms, 0), p_now);
$$;

revoke all on function worker.ai_record_call(uuid, text, text, text, numeric, integer, timestamptz)
from public, anon, authenticated;
grant execute on function worker.ai_record_call(uuid, text, text, text, numeric, integer, timestamptz) to service_role;
comment on function worker.ai_record_call(uuid, text, text, text, numeric, integer, timestamptz) is
'Logs one real model or web-search call (outcome answered, invalid or failed) with its cost and latency.';

create or replace function worker.ai_cache_store(
    p_team_id uuid,
    p_kind text,
    p_text_hash bytea,
    p_model text,
    p_result jsonb,
    p_cost_usd numeric,
    p_latency_ms integer,
    p_now timestamptz default now(),
    p_ttl interval default null,
    p_subject_address text default null
)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_subject text;
begin
    -- Only a validated answer reaches this function (the worker checks it first); the call is logged as
    -- answered, and the entry replaces an older (or expired) one for the same key.
    -- Art. 17 (190_erasure.sql): a result about a person is cached under their lock (lock order step 4, as the
    -- erasure that deletes the entries naming them takes it), never for a person erased, even by a call that was
    -- under way when the erasure ran.
    v_subject := lower(nullif(btrim(p_subject_address), ''));
    if v_subject is not null then
        perform private.lock_people(p_team_id, array[v_subject]);
        if private.is_erased(p_team_id, v_subject) then
            perform worker.ai_record_call(p_team_id, p_kind, p_model, 'answered', p_cost_usd, p_latency_ms, p_now);
            return;
        end if;
    end if;
    insert into private.ai_cache as c (
        team_id, kind, model, text_hash, result, subject_address, cost_usd, latency_ms, created_at, expires_at
    )
    values (
        p_team_id, p_kind, p_model, p_text_hash, p_result, v_subject, p_cost_usd,
        greatest(p_latency_ms, 0), p_now, p_now + p_ttl
    )
    on conflict (team_id, kind, text_hash, model) do update
    set result = excluded.result, subject_address = excluded.subject_address, cost_usd = excluded.cost_usd,
        latency_ms = excluded.latency_ms, created_at = excluded.created_at, expires_at = excluded.expires_at,
        hits = 0, last_hit_at = null;
    perform worker.ai_record_call(p_team_id, p_kind, p_model, 'answered', p_cost_usd, p_latency_ms, p_now);
end
$$;

revoke all on function worker.ai_cache_store(
    uuid, text, bytea, text, jsonb, numeric, integer, timestamptz, interval, text
) from public, anon, authenticated;
grant execute on function worker.ai_cache_store(
    uuid, text, bytea, text, jsonb, numeric, integer, timestamptz, interval, text
) to service_role;
comment on function worker.ai_cache_store(
    uuid, text, bytea, text, jsonb, numeric, integer, timestamptz, interval, text
) is
'Caches a validated result of kind for the text hash and model (p_ttl: how long it stays valid, null: '
'always) and logs the call as answered with its cost and latency. A result about a person (p_subject_address) is '
'cached under their lock, never once they are erased (Art. 17).';

create or replace function worker.ai_usage_daily(p_team_id uuid, p_from date, p_to date)
returns table (day date, kind text, calls bigint, hits bigint, invalid bigint, failed bigint, cost_usd numeric)
language sql
stable
security definer
set search_path = ''
as $$
    -- Days in UTC; calls counts real calls only (answered, invalid, failed), hits the answers from cache.
    select
        (a.called_at at time zone 'UTC')::date as day,
        a.kind,
        count(*) filter (where a.outcome <> 'hit') as calls,
        count(*) filter (where a.outcome = 'hit') as hits,
        count(*) filter (where a.outcome = 'invalid') as invalid,
        count(*) filter (where a.outcome = 'failed') as failed,
        coalesce(sum(a.cost_usd), 0) as cost_usd
    from private.ai_calls as a
    where a.team_id = p_team_id
        and a.called_at >= (p_from::timestamp at time zone 'UTC')
        and a.called_at < ((p_to + 1)::timestamp at time zone 'UTC')
    group by 1, 2
    order by 1, 2;
$$;

revoke all on function worker.ai_usage_daily(uuid, date, date) from public, anon, authenticated;
grant execute on function worker.ai_usage_daily(uuid, date, date) to service_role;
comment on function worker.ai_usage_daily(uuid, date, date) is
'Per UTC day and kind from p_from to p_to (inclusive): real calls, cache hits, invalid answers, failures and '
'cost in USD of the team''s model and web-search uses.';
