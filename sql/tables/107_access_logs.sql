-- Access logs (issue 14, item 1; PRIVACY.md "Traceability (CNIL)"): every read of a contact's full record,
-- every export, erasure and anonymisation of personal data, with who, which entity, which access, when, and from
-- which IP and user agent. Written only through private.log_data_access (sql/functions/188_access_logs.sql);
-- read by the team's admins, and by a user for their own actions (public.my_access_logs); policies in
-- sql/policies/076_privacy_logs.sql.
--
-- Append-only for every role, as public.audit_log: no API role may update or delete a row (no grant) and a
-- trigger refuses it to every role, the owner included, except the team's own deletion (the cascade) and a purge
-- a function asks for in its transaction (private.allow_access_log_purge(): the 3-year retention job, and an
-- erasure that must take a person's address out of the logs about them).
create table public.data_access_logs (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    -- Who accessed: the signed-in user (null for the service role, a worker or a job, and once the user is deleted).
    actor_id uuid references auth.users (id) on delete set null,
    -- The database role that acted: authenticated, service_role, or a direct connection's role.
    actor_role text not null check (length(actor_role) between 1 and 63),
    -- What was accessed: a kind (contact, person, user, message …) and its id, as text.
    entity_type text not null check (entity_type ~ '^[a-z][a-z0-9_]{1,47}$'),
    entity_id text check (length(entity_id) between 1 and 200),
    -- The person concerned, when the entity is one (lowercased address): "who looked at me" is found by it.
    address text check (address = lower(address) and length(address) between 3 and 320),
    access_type text not null check (access_type in ('read', 'export', 'delete', 'anonymize')),
    -- Where the request came from (PostgREST's request headers; null outside the Data API).
    ip inet,
    user_agent text check (length(user_agent) <= 500),
    occurred_at timestamptz not null
);
-- The team's deletion finds its rows by the key alone; admins read newest first; the compliance report counts a
-- month of a team's reads by user.
create index data_access_logs_team_idx on public.data_access_logs (team_id);
create index data_access_logs_team_occurred_idx on public.data_access_logs (team_id, occurred_at desc, id desc);
-- "My access logs", and a user deleted from Auth (on delete set null) without a scan.
create index data_access_logs_actor_idx on public.data_access_logs (actor_id) where actor_id is not null;
-- A person's export and erasure find the logs about them by address.
create index data_access_logs_team_address_idx on public.data_access_logs (team_id, address)
where address is not null;
-- The monthly retention job deletes by age across teams.
create index data_access_logs_occurred_idx on public.data_access_logs (occurred_at);
comment on table public.data_access_logs is
'Append-only log of accesses to personal data (full-record reads, exports, erasures, anonymisations): who, what, '
'which access, when, from which IP and user agent. Kept 3 years. Read by the team''s admins and by its actor.';

-- The monthly compliance report (issue 14, item 7), one row per team and month, written by
-- private.write_compliance_reports (sql/functions/187_compliance.sql) on the 1st for the month before; read by the
-- team's admins. Its figures are counts and user ids, never a person's address.
create table public.compliance_reports (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    -- The first day of the month reported on.
    month date not null check (extract(day from month) = 1),
    exports integer not null check (exports >= 0),
    erasures integer not null check (erasures >= 0),
    anonymisations integer not null check (anonymisations >= 0),
    reads integer not null check (reads >= 0),
    retention_runs integer not null check (retention_runs >= 0),
    -- [{"user_id", "reads", "exports", "deletes", "anonymizes"}] per user who accessed personal data.
    access_by_user jsonb not null default '[]' check (jsonb_typeof(access_by_user) = 'array'),
    -- [{"rule", "user_id", "day", "reads", "team_median"}]: see private.compliance_anomalies.
    anomalies jsonb not null default '[]' check (jsonb_typeof(anomalies) = 'array'),
    generated_at timestamptz not null,
    -- The month's retention runs, from the audit trail, one object per job: {"job", "runs", "first_run_at",
    -- "last_run_at", "deleted" (by kind, summed), "settings" (each distinct set the runs applied)}.
    retention jsonb not null default '[]' check (jsonb_typeof(retention) = 'array'),
    unique (team_id, month)
);
comment on table public.compliance_reports is
'A team''s monthly compliance report: exports, erasures, anonymisations, reads by user, retention runs (how many, '
'and per job what they deleted and the settings applied) and anomalies (unusual bulk reads). Written by a monthly '
'job; read by the team''s admins.';
