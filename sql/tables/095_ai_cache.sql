-- What the intelligence workers learnt from a model or a web search, kept so the same text is never sent
-- twice (INTELLIGENCE.md, "Cache"), and what each call cost. Out of reach of the Data API (schema private,
-- no grants): the workers reach them through the service_role functions of sql/functions/170_ai_cache.sql;
-- the dashboard will read daily aggregates, never the rows.
--
-- The key is a SHA-256 of the normalised text (never the text), but a result holds what was read from it
-- (names, phones, addresses): each entry belongs to a team, deleting the team deletes its entries, and
-- `subject_address` names the person a result is about, so erasing a contact (Art. 17) can find them.

create table private.ai_cache (
    team_id uuid not null references public.teams (id) on delete cascade,
    -- What was asked: 'signature' (fields of a signature block), 'intent', 'web' (an organisation's
    -- knowledge graph) …
    kind text not null check (kind ~ '^[a-z][a-z_]{0,39}$'),
    -- Who answered: the litellm model (e.g. 'openai/gpt-4o-mini') or the search provider.
    model text not null check (length(model) between 1 and 200),
    text_hash bytea not null check (octet_length(text_hash) = 32),
    result jsonb not null check (jsonb_typeof(result) = 'object'),
    subject_address text check (subject_address = lower(subject_address)),
    cost_usd numeric(14, 8) check (cost_usd >= 0),
    latency_ms integer check (latency_ms >= 0),
    created_at timestamptz not null,
    -- Null: kept as long as the team (a model's reading of a text does not change); web results: 7 days.
    expires_at timestamptz check (expires_at > created_at),
    hits integer not null default 0 check (hits >= 0),
    last_hit_at timestamptz,
    primary key (team_id, kind, text_hash, model)
);
-- An erasure finds a person's entries by address.
create index ai_cache_subject_idx on private.ai_cache (team_id, subject_address)
where subject_address is not null;
comment on table private.ai_cache is
'Model and web-search results per team, keyed by (kind, SHA-256 of the normalised text, model); hits counted.';

create table private.ai_calls (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    kind text not null check (kind ~ '^[a-z][a-z_]{0,39}$'),
    -- The model that answered (or the first one asked when none did).
    model text not null check (length(model) between 1 and 200),
    outcome text not null check (outcome in (
        'answered', -- a real call whose answer was valid and used
        'hit',      -- answered from private.ai_cache, no call made
        'invalid',  -- a real call whose answer failed validation (not JSON, wrong types): not cached
        'failed'    -- every configured model failed (timeouts, rate limits, errors)
    )),
    -- Cost of a real call in USD (litellm's price table), null when unknown; 0 for a hit.
    cost_usd numeric(14, 8) check (cost_usd >= 0),
    latency_ms integer check (latency_ms >= 0),
    called_at timestamptz not null
);
-- The dashboard's daily series per team (calls, hits, cost) read a team's range of days.
create index ai_calls_team_called_at_idx on private.ai_calls (team_id, called_at);
comment on table private.ai_calls is
'One row per model or web-search use (real call or cache hit): outcome, cost, latency; aggregated per day.';

revoke all on private.ai_cache from public, anon, authenticated, service_role;
revoke all on private.ai_calls from public, anon, authenticated, service_role;
