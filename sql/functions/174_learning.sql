-- Learning from members' choices (sql/tables/087_learning.sql; INTELLIGENCE.md, "Routing, human in the loop,
-- learning"; issue 13, item 5). A choice is recorded when a member decides a suggested fact (decide_fact,
-- decide_facts: accept, reject, edit → manual), sets a field by hand (set_contact_field → manual), or tells the
-- app through track_field_choice (what a form did, ignore included), each in the transaction that made it. Kept
-- 90 days; the weekly job relance-ai-preferences-purge deletes what expired.
--
-- What the choices change:
-- - Boost: a value the member accepted before gets +10 % of its confidence per past acceptance, at most +50 %,
--   capped at 1 (private.boosted_confidence). It is applied where the member looks at suggestions
--   (public.ranked_fact_suggestions, the review list ordered by it), not in private.record_fact: the stored
--   confidence is what a reader measured, the accuracy per source and the auto-apply threshold are calibrated
--   on it, and a fact is recorded for the whole team by the worker, with no member to boost for. Boosting
--   there would write values into the CRM without a human because someone once accepted the same words for
--   another contact; boosting the review list only puts first what this member is likely to accept.
-- - Field suggestions (what a form's context menu proposes, public.get_field_suggestions): the values kept or
--   typed for the field (accept, manual), ranked by 60 % frequency + 40 % recency, the member's own first,
--   then the rest of the team's.

create or replace function private.boosted_confidence(p_confidence numeric, p_acceptances integer)
returns numeric
language sql
immutable
set search_path = ''
as $$
    -- +10 % of the confidence per past acceptance (0.60 accepted twice: 0.72), at most +50 % (five
    -- acceptances), never above 1. Null confidence: null.
    select least(
        1::numeric,
        round(p_confidence * (1 + 0.1 * least(greatest(coalesce(p_acceptances, 0), 0), 5)), 3)
    )
$$;

revoke all on function private.boosted_confidence(numeric, integer) from public;
grant execute on function private.boosted_confidence(numeric, integer) to authenticated, service_role;
comment on function private.boosted_confidence(numeric, integer) is
'A suggestion''s confidence for a member who accepted the same value p_acceptances times before: +10 % per '
'acceptance, at most +50 %, capped at 1.';

create or replace function private.learn_choice(
    p_team_id uuid,
    p_user_id uuid,
    p_field text,
    p_action text,
    p_suggested_value text,
    p_final_value text,
    p_address text,
    p_now timestamptz
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_id uuid;
begin
    -- A member's choice, kept 90 days. No member (the service role, or a user who is not in the team): nothing
    -- to learn for, nothing recorded (a decision made for the team by a job must not fail because of it).
    if p_user_id is null or not exists (
        select 1 from public.team_members where team_id = p_team_id and user_id = p_user_id
    ) then
        return null;
    end if;
    insert into public.ai_user_preferences (
        team_id, user_id, field, action, suggested_value, final_value, address, created_at, expires_at
    )
    values (
        p_team_id, p_user_id, p_field, p_action, left(nullif(btrim(p_suggested_value), ''), 500),
        left(nullif(btrim(p_final_value), ''), 500), lower(nullif(btrim(p_address), '')), p_now,
        p_now + interval '90 days'
    )
    returning id into v_id;
    return v_id;
end
$$;

revoke all on function private.learn_choice(uuid, uuid, text, text, text, text, text, timestamptz) from public;
comment on function private.learn_choice(uuid, uuid, text, text, text, text, text, timestamptz) is
'Records a member''s choice on a field value (expires 90 days later); nothing without a member of the team. '
'Returns its id, or null.';

create or replace function public.track_field_choice(
    p_team_id uuid,
    p_field text,
    p_action text,
    p_suggested_value text default null,
    p_final_value text default null,
    p_address text default null,
    p_now timestamptz default null
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_user uuid := (select auth.uid());
    v_suggested text := nullif(btrim(p_suggested_value), '');
    v_final text := nullif(btrim(p_final_value), '');
    v_address text := lower(nullif(btrim(p_address), ''));
    v_fact uuid;
begin
    p_now := private.caller_now(p_now);
    if v_user is null or not exists (
        select 1 from public.team_members where team_id = p_team_id and user_id = v_user
    ) then
        raise exception 'not a member of this team (a choice is a signed-in member''s)' using errcode = '42501';
    end if;
    if p_field is null or p_field not in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'phone', 'email', 'website',
        'linkedin', 'postal_address'
    ) then
        raise exception 'p_field: one of name, title, company, phone_mobile, phone_landline, phone_fax, phone, email, '
            'website, linkedin, postal_address' using errcode = '22023';
    end if;
    if p_action is null or p_action not in ('accept', 'reject', 'manual', 'ignore') then
        raise exception 'p_action: accept, reject, manual or ignore' using errcode = '22023';
    end if;
    if length(v_suggested) > 500 or length(v_final) > 500 then
        raise exception 'p_suggested_value, p_final_value: at most 500 characters' using errcode = '22023';
    end if;
    if p_action <> 'manual' and v_suggested is null then
        raise exception 'p_suggested_value: % needs the suggested value', p_action using errcode = '22023';
    end if;
    if p_action = 'manual' and v_final is null then
        raise exception 'p_final_value: manual needs the value the member typed' using errcode = '22023';
    end if;
    if p_action in ('reject', 'ignore') and v_final is not null then
        raise exception 'p_final_value: a % keeps no value (an edited suggestion is manual)', p_action
            using errcode = '22023';
    end if;
    if p_action = 'accept' and v_final is not null and v_final <> v_suggested then
        raise exception 'p_final_value: an accepted value is the suggested one (an edited suggestion is manual)'
            using errcode = '22023';
    end if;
    if v_address is not null and v_address !~ '^[^@\s]+@[^@\s]+$' then
        raise exception 'p_address: % is not an address', v_address using errcode = '22023';
    end if;
    if p_action = 'ignore' and v_address is not null then
        -- A suggestion the AI read for this person, dismissed in a form: recorded in ai_feedback too
        -- (INTELLIGENCE.md: every accept, reject, edit or ignore of a suggestion); the fact stays a suggestion.
        select f.id into v_fact from public.contact_facts as f
        where f.team_id = p_team_id and f.address = v_address and f.field = p_field and f.status = 'suggested'
            and lower(f.value) = lower(v_suggested)
        order by f.observed_at desc, f.id
        limit 1;
        if v_fact is not null then
            perform private.record_fact_feedback('contact', v_fact, 'ignore', null, p_now);
        end if;
    end if;
    return private.learn_choice(
        p_team_id, v_user, p_field, p_action, v_suggested,
        case when p_action = 'accept' then v_suggested else v_final end, v_address, p_now
    );
end
$$;

revoke all on function public.track_field_choice(uuid, text, text, text, text, text, timestamptz) from public, anon;
grant execute on function public.track_field_choice(uuid, text, text, text, text, text, timestamptz)
to authenticated, service_role;
comment on function public.track_field_choice(uuid, text, text, text, text, text, timestamptz) is
'Records the caller''s choice on a field''s value (accept, reject or ignore a suggested value; manual: a value '
'typed), kept 90 days; an ignore of a suggested fact of that address is recorded in ai_feedback too. '
'42501 unless a member of the team; 22023 for an unknown field or action, or values that '
'do not fit the action. Returns the choice''s id.';

create or replace function private.rank_field_values(
    p_team_id uuid, p_user_id uuid, p_field text, p_prefix text, p_limit integer, p_now timestamptz
)
returns table (
    value text,
    scope text,
    uses integer,
    last_used_at timestamptz,
    frequency numeric,
    recency numeric,
    score numeric
)
language sql
stable
set search_path = ''
as $$
    -- The values kept (accept) or typed (manual) for the field, alive at p_now, that start with p_prefix (case
    -- insensitive), one per value (case and spaces aside; its latest spelling). Scope mine: the member's own
    -- choices; team: the other members' values the member never chose. Within a scope: frequency = uses / the
    -- scope's most used value's uses; recency = 1 for a value chosen at p_now, falling linearly to 0 at 90 days
    -- (the retention); score = 0.6 frequency + 0.4 recency. Mine first, then by score, latest, value.
    with live as (
        select p.user_id is not distinct from p_user_id as mine, btrim(p.final_value) as v, p.created_at
        from public.ai_user_preferences as p
        where p.team_id = p_team_id and p.field = p_field and p.action in ('accept', 'manual')
            and p.created_at <= p_now and p.expires_at > p_now
            and (p_prefix is null or starts_with(lower(btrim(p.final_value)), lower(p_prefix)))
    ),

    grouped as (
        select
            l.mine,
            lower(l.v) as k,
            (array_agg(l.v order by l.created_at desc))[1] as v,
            count(*)::integer as n,
            max(l.created_at) as last_at
        from live as l
        group by l.mine, lower(l.v)
    ),

    scored as (
        select
            g.v,
            g.mine,
            g.n,
            g.last_at,
            round(g.n::numeric / max(g.n) over (partition by g.mine), 4) as freq,
            round(greatest(
                0::numeric,
                1 - extract(epoch from (p_now - g.last_at)) / extract(epoch from interval '90 days')
            ), 4) as rec
        from grouped as g
        where g.mine or not exists (select 1 from grouped as m where m.mine and m.k = g.k)
    )

    select
        s.v,
        case when s.mine then 'mine' else 'team' end,
        s.n,
        s.last_at,
        s.freq,
        s.rec,
        round(0.6 * s.freq + 0.4 * s.rec, 4)
    from scored as s
    order by s.mine desc, round(0.6 * s.freq + 0.4 * s.rec, 4) desc, s.last_at desc, s.v
    limit p_limit
$$;

revoke all on function private.rank_field_values(uuid, uuid, text, text, integer, timestamptz) from public;
comment on function private.rank_field_values(uuid, uuid, text, text, integer, timestamptz) is
'A field''s values chosen in a team, ranked for one member: their own first, then the team''s, each by 0.6 '
'frequency + 0.4 recency (linear over 90 days) at p_now.';

create or replace function public.get_field_suggestions(
    p_team_id uuid,
    p_field text,
    p_prefix text default null,
    p_limit integer default 10,
    p_now timestamptz default null
)
returns table (
    value text,
    scope text,
    uses integer,
    last_used_at timestamptz,
    frequency numeric,
    recency numeric,
    score numeric
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
    -- Security definer: the team's values come from the other members' choices, which RLS keeps from the
    -- caller (only the values are returned, never who chose them; they are the team's CRM values anyway).
    p_now := private.caller_now(p_now);
    if (select auth.uid()) is not null and not exists (select 1 from private.my_team_ids() as i where i = p_team_id)
    then
        raise exception 'not a member of this team' using errcode = '42501';
    end if;
    if p_field is null or p_field not in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'phone', 'email', 'website',
        'linkedin', 'postal_address'
    ) then
        raise exception 'p_field: one of name, title, company, phone_mobile, phone_landline, phone_fax, phone, email, '
            'website, linkedin, postal_address' using errcode = '22023';
    end if;
    if p_limit is null or p_limit not between 1 and 50 then
        raise exception 'p_limit: between 1 and 50 values' using errcode = '22023';
    end if;
    if length(p_prefix) > 500 then
        raise exception 'p_prefix: at most 500 characters' using errcode = '22023';
    end if;
    return query
    select * from private.rank_field_values(
        p_team_id, (select auth.uid()), p_field, nullif(btrim(p_prefix), ''), p_limit, p_now
    );
end
$$;

revoke all on function public.get_field_suggestions(uuid, text, text, integer, timestamptz) from public, anon;
grant execute on function public.get_field_suggestions(uuid, text, text, integer, timestamptz)
to authenticated, service_role;
comment on function public.get_field_suggestions(uuid, text, text, integer, timestamptz) is
'What a form proposes for a field (optionally starting with p_prefix): the values kept or typed in the last 90 '
'days, the caller''s own first (scope mine), then the team''s, each ranked by 0.6 frequency + 0.4 recency. '
'42501 unless a member of the team; 22023 for an unknown field or a limit outside 1-50.';

create or replace function public.get_learning_stats(p_team_id uuid, p_now timestamptz default null)
returns table (
    field text,
    accepted integer,
    rejected integer,
    manual integer,
    ignored integer,
    total integer,
    acceptance_rate numeric,
    last_choice_at timestamptz
)
language plpgsql
stable
set search_path = ''
as $$
begin
    -- Security invoker: the caller's own choices, which RLS lets them read. acceptance_rate: of the suggestions
    -- they decided (accepted, rejected or edited; an ignore is no decision), the share accepted as suggested.
    p_now := private.caller_now(p_now);
    if (select auth.uid()) is null or not exists (select 1 from private.my_team_ids() as i where i = p_team_id) then
        raise exception 'not a member of this team' using errcode = '42501';
    end if;
    return query
    select
        p.field,
        (count(*) filter (where p.action = 'accept'))::integer,
        (count(*) filter (where p.action = 'reject'))::integer,
        (count(*) filter (where p.action = 'manual'))::integer,
        (count(*) filter (where p.action = 'ignore'))::integer,
        count(*)::integer,
        round(
            (count(*) filter (where p.action = 'accept'))::numeric
            / nullif(count(*) filter (where p.action <> 'ignore' and p.suggested_value is not null), 0),
            4
        ),
        max(p.created_at)
    from public.ai_user_preferences as p
    where p.team_id = p_team_id and p.user_id = (select auth.uid()) and p.expires_at > p_now
    group by p.field
    order by p.field;
end
$$;

revoke all on function public.get_learning_stats(uuid, timestamptz) from public, anon;
grant execute on function public.get_learning_stats(uuid, timestamptz) to authenticated, service_role;
comment on function public.get_learning_stats(uuid, timestamptz) is
'The caller''s choices in a team per field over the last 90 days: accepted, rejected, manual, ignored, total, '
'the share of decided suggestions accepted, the latest choice. 42501 unless a signed-in member of the team.';

create or replace function public.delete_my_preferences(p_team_id uuid default null)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_count integer;
begin
    -- Security invoker: RLS lets a user delete their own choices, and only theirs.
    if (select auth.uid()) is null then
        raise exception 'no signed-in user: these are a member''s own preferences' using errcode = '42501';
    end if;
    delete from public.ai_user_preferences
    where user_id = (select auth.uid()) and (p_team_id is null or team_id = p_team_id);
    get diagnostics v_count = row_count;
    return v_count;
end
$$;

revoke all on function public.delete_my_preferences(uuid) from public, anon;
grant execute on function public.delete_my_preferences(uuid) to authenticated, service_role;
comment on function public.delete_my_preferences(uuid) is
'Deletes the caller''s recorded choices (in one team, or all teams with null). Returns how many.';

create or replace function private.purge_expired_preferences(p_now timestamptz default now())
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_count integer;
begin
    delete from public.ai_user_preferences where expires_at <= p_now;
    get diagnostics v_count = row_count;
    return v_count;
end
$$;

revoke all on function private.purge_expired_preferences(timestamptz) from public;
comment on function private.purge_expired_preferences(timestamptz) is
'The weekly job (relance-ai-preferences-purge): deletes the choices 90 days old. Returns how many. Idempotent.';

-- A contact fact's value for the review list: members select no `value` from public.contact_facts (a phone, an
-- address: the full record is read through public.get_contact, which logs; sql/policies/076_privacy_logs.sql), so
-- the list reads a suggestion's value here, for who decides on it only (the contact's owner, a team admin, the
-- service role); null for any other fact or caller.
create or replace function private.suggestion_value(p_fact_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
    select f.value
    from public.contact_facts as f
    inner join public.contacts as c on f.contact_id = c.id
    where f.id = p_fact_id and f.status = 'suggested' and private.may_decide(f.team_id, c.owner_id)
$$;

revoke all on function private.suggestion_value(uuid) from public;
grant execute on function private.suggestion_value(uuid) to authenticated, service_role;
comment on function private.suggestion_value(uuid) is
'A suggested contact fact''s value, for who decides on it (owner, team admin, service role); null otherwise.';

create or replace view public.ranked_fact_suggestions
with (security_invoker = true) as
-- The suggestions the caller decides on (the contact's or organisation's owner, a team admin: may_decide), each
-- with its confidence boosted by the caller's past acceptances of the same value for the same field (case and
-- spaces aside, over the last 90 days): the review list, to be read ordered by boosted_confidence. Security
-- invoker: the facts' RLS (the caller's teams) and the preferences' (their own choices) apply; a contact fact's
-- value comes from private.suggestion_value (members select no value from the table).
with mine as (
    select
        p.team_id,
        p.field,
        lower(btrim(p.final_value)) as v,
        count(*)::integer as n
    from public.ai_user_preferences as p
    where p.user_id = (select auth.uid()) and p.action = 'accept' and p.expires_at > now()
    group by p.team_id, p.field, lower(btrim(p.final_value))
),

suggested as (
    select
        'contact' as kind,
        f.id as fact_id,
        f.team_id,
        f.contact_id as parent_id,
        c.owner_id,
        f.address,
        f.field,
        private.suggestion_value(f.id) as value,
        f.source,
        f.confidence,
        f.observed_at
    from public.contact_facts as f
    inner join public.contacts as c on f.contact_id = c.id
    where f.status = 'suggested'
    union all
    select
        'organisation' as kind,
        f.id as fact_id,
        f.team_id,
        f.organisation_id as parent_id,
        o.owner_id,
        null as address,
        case f.field when 'name' then 'company' else f.field end as field,
        f.value,
        f.source,
        f.confidence,
        f.observed_at
    from public.organisation_facts as f
    inner join public.organisations as o on f.organisation_id = o.id
    where f.status = 'suggested'
)

select
    s.kind,
    s.fact_id,
    s.team_id,
    s.parent_id,
    s.address,
    s.field,
    s.value,
    s.source,
    s.confidence,
    coalesce(m.n, 0) as past_acceptances,
    private.boosted_confidence(s.confidence, coalesce(m.n, 0)) as boosted_confidence,
    s.observed_at
from suggested as s
left join mine as m on s.team_id = m.team_id and s.field = m.field and lower(btrim(s.value)) = m.v
where private.may_decide(s.team_id, s.owner_id);

comment on view public.ranked_fact_suggestions is
'The suggestions the caller decides on, with their confidence boosted by the caller''s past acceptances of the '
'same value (+10 % each, at most +50 %, capped at 1); security invoker.';
grant select on public.ranked_fact_suggestions to authenticated, service_role;
