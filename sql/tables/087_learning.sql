-- What each member chose when the intelligence suggested a value, or when they typed one (INTELLIGENCE.md,
-- "Routing, human in the loop, learning"; issue 13, item 5): kept 90 days, then deleted by a weekly pg_cron job
-- (private.purge_expired_preferences). It boosts the values a member accepted before (the ranked review list)
-- and ranks what a form proposes for a field (public.get_field_suggestions): sql/functions/174_learning.sql.
-- Every row belongs to one team and one member (leaving the team deletes their choices) and, when a contact is
-- concerned, is found by the contact's address. RLS and grants: sql/policies/066_learning.sql.

create table public.ai_user_preferences (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    user_id uuid not null,
    -- A contact's field, or an organisation's phone; an organisation's name is the field company.
    field text not null check (field in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'phone', 'email', 'website',
        'linkedin', 'postal_address'
    )),
    action text not null check (action in (
        'accept', -- the suggested value was kept as it was
        'reject', -- the suggested value was refused
        'manual', -- the member typed the value (by hand, or editing a suggestion: suggested_value is set then)
        'ignore'  -- the suggestion was dismissed without a decision
    )),
    suggested_value text check (length(btrim(suggested_value)) between 1 and 500),
    final_value text check (length(btrim(final_value)) between 1 and 500),
    -- The address of the contact concerned, when there is one: a person's data is found (and erased) by it.
    address text check (address = lower(address) and address ~ '^[^@\s]+@[^@\s]+$'),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    check (expires_at > created_at),
    -- What each action carries: a suggestion decided on has its value; a kept or typed value is the final one.
    check (action in ('manual', 'accept') = (final_value is not null)),
    check (action = 'manual' or suggested_value is not null),
    check (action <> 'accept' or final_value = suggested_value),
    -- Leaving the team (or being deleted from Auth) deletes the member's choices.
    foreign key (team_id, user_id) references public.team_members (team_id, user_id) on delete cascade
);
-- The membership's cascade, and a member's choices for a field (suggestions, boosts, stats).
create index ai_user_preferences_team_user_idx on public.ai_user_preferences (team_id, user_id);
-- The team's choices for a field (suggestions falling back to the team's).
create index ai_user_preferences_team_field_idx on public.ai_user_preferences (team_id, field, created_at);
-- A person's data, by address (finding and erasing everything about a person).
create index ai_user_preferences_address_idx on public.ai_user_preferences (address) where address is not null;
-- The weekly purge deletes what expired.
create index ai_user_preferences_expires_at_idx on public.ai_user_preferences (expires_at);
comment on table public.ai_user_preferences is
'A member''s choices on suggested or typed field values (accept, reject, manual, ignore), kept 90 days: boosts '
'and field suggestions learn from them. Written through track_field_choice and the decisions on facts only.';
