-- Privacy (issue 14 items 3-6, ../shared/PRIVACY.md): what erasure, user anonymisation and retention keep.
-- Out of reach of the Data API (schema private, no grants): the RPCs of sql/functions/190_erasure.sql,
-- 191_consent.sql, 192_retention.sql and 194_anonymise.sql read and write them.

-- The deployment's secret salt for the hashes of erased addresses: one row, written on first use
-- (private.erasure_salt()), so that no two deployments share it and nothing seeds it (a hash without the salt
-- cannot be tested against a guessed address). Never granted to any API role.
create table private.erasure_salt (
    singleton boolean primary key default true check (singleton),
    salt bytea not null check (octet_length(salt) = 32),
    created_at timestamptz not null default now()
);
comment on table private.erasure_salt is
'The deployment''s secret salt for erased addresses'' hashes (one row, made on first use); never API-readable.';

-- A person erased from a team (Art. 17): only the salted SHA-256 of their address stays, so that ingest,
-- tracking and claims (private.suppressed_among) refuse to write to them or track them again.
create table private.erased_people (
    team_id uuid not null references public.teams (id) on delete cascade,
    -- sha256(salt || lower(address)): found by the address it concerns through private.address_hash().
    address_sha256 bytea not null check (octet_length(address_sha256) = 32),
    erased_at timestamptz not null,
    primary key (team_id, address_sha256)
);
comment on table private.erased_people is
'Erased people per team, as salted hashes of their addresses: never written to or tracked again (R8).';

-- A team's retention of message bodies and provider events (logs and the timeline: team_settings.retention_days).
-- No row: the defaults (bodies kept as long as the message, provider events 90 days).
create table private.privacy_settings (
    team_id uuid primary key references public.teams (id) on delete cascade,
    -- Message bodies (body_text, the analysed text) are blanked after this many days; null: kept.
    body_retention_days integer check (body_retention_days between 1 and 3650),
    -- Provider events (the intake queue's archive, refused notifications) are deleted after this many days.
    provider_event_retention_days integer not null default 90 check (provider_event_retention_days between 1 and 3650),
    updated_at timestamptz not null default now()
);
comment on table private.privacy_settings is
'A team''s retention of message bodies and provider events (get/set_privacy_settings); no row: the defaults.';

-- Members who left a team and were anonymised (public.anonymise_member, the weekly inactivity job): the
-- membership is gone (their mailboxes disconnected and handed to a successor), their id stays on the team's
-- history (tracked emails, decisions) and points to an anonymised identity once they are in no team.
create table private.anonymised_members (
    team_id uuid not null references public.teams (id) on delete cascade,
    user_id uuid not null references auth.users (id) on delete cascade,
    anonymised_at timestamptz not null,
    reason text not null check (length(reason) between 1 and 500),
    -- Who did it (null: the weekly job or an operator).
    actor_id uuid references auth.users (id) on delete set null,
    primary key (team_id, user_id)
);
-- Deleting a user from Auth (on delete cascade) and finding a user's rows.
create index anonymised_members_user_id_idx on private.anonymised_members (user_id);
-- The actor (on delete set null) without a scan.
create index anonymised_members_actor_id_idx on private.anonymised_members (actor_id) where actor_id is not null;
comment on table private.anonymised_members is
'Members who left a team and were anonymised (by an admin or the inactivity job): when, why, by whom.';

revoke all on private.erasure_salt from public, anon, authenticated, service_role;
revoke all on private.erased_people from public, anon, authenticated, service_role;
revoke all on private.privacy_settings from public, anon, authenticated, service_role;
revoke all on private.anonymised_members from public, anon, authenticated, service_role;
