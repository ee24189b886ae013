-- Tenancy: teams, their members, their mailboxes and their settings, as they are now.
-- Teams own everything: every other table hangs off a team, and deleting a team deletes all of it.
-- Functions and triggers: sql/functions/010_team_access.sql to 030_teams.sql; RLS and grants:
-- sql/policies/010_tenancy.sql.

-- A member's standing in their team.
create type public.team_role as enum (
    'owner',  -- created the team; manages members, settings and billing; at least one per team
    'admin',  -- sees every mailbox of the team, changes team settings and members
    'member'  -- sees and changes their own mailboxes only
);

-- Which provider API a mailbox is reached through.
create type public.mail_provider as enum (
    'graph', -- Microsoft 365 / Outlook through Microsoft Graph
    'gmail'  -- Google Workspace / Gmail through the Gmail API
);

-- Whether the engine may work a mailbox.
create type public.mailbox_status as enum (
    'active',       -- synced and sending
    'paused',       -- paused by its owner or an admin (holidays); nothing is sent
    'needs_reauth', -- the provider grant was revoked or expired; nothing is sent until reconnected
    'disconnected'  -- removed from sync by its owner; history kept
);

-- Which outbound conversations are tracked without being asked (R1).
create type public.tracking_policy as enum (
    'auto',  -- every new outbound conversation with an external recipient
    'manual' -- only what a user asks to track
);

create table public.teams (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 200),
    -- The team's own mail domains, lower-case: mail to them is internal (R1).
    domains text[] not null default '{}' check (domains = lower(domains::text)::text[]),
    created_at timestamptz not null default now(),
    -- Kill switch (R11): while set, nothing is sent for the team; the reason is shown to its members.
    paused_at timestamptz,
    paused_reason text,
    -- R11: when the kill switch was last lifted (resume_team); null: never paused. A follow-up planned later whose
    -- due time fell before it (mail the sync read after the resume, a nudge by hand counted late) is planned from
    -- it, as the resume moved those it found (private.mailbox_back_after): nothing leaves the moment a team returns.
    back_at timestamptz
);
comment on table public.teams is 'A customer team: owns every mailbox, message and setting below it.';
comment on column public.teams.paused_at is 'Kill switch (R11): while set, nothing is sent for the team.';
comment on column public.teams.back_at is
'R11: when the kill switch was last lifted; a follow-up planned later whose due fell before it is planned from it.';

create table public.team_members (
    team_id uuid not null references public.teams (id) on delete cascade,
    user_id uuid not null references auth.users (id) on delete cascade,
    role public.team_role not null default 'member',
    created_at timestamptz not null default now(),
    primary key (team_id, user_id)
);
-- Every RLS policy asks "which teams is this user in" (private.my_team_ids()) by user_id; the index also
-- serves the cascade when Supabase Auth deletes a user.
create index team_members_user_id_idx on public.team_members (user_id, team_id);
comment on table public.team_members is 'Who belongs to which team, and as what.';

-- Defaults that every new team's settings start from. One row; `relance up` (or an operator, with
-- private.configure_defaults) writes FOLLOWUP_MAX_COUNT, FOLLOWUP_INTERVAL_HOURS, WORKING_HOURS_START and
-- WORKING_HOURS_END here.
create table private.default_settings (
    singleton boolean primary key default true check (singleton),
    max_followups integer not null default 3 check (max_followups between 1 and 10),
    followup_interval interval not null default '4 hours'
    check (followup_interval > interval '0' and followup_interval <= interval '240 hours'),
    working_hours_start time not null default '07:00',
    working_hours_end time not null default '18:00',
    check (working_hours_start < working_hours_end)
);
comment on table private.default_settings is
'The settings every new team starts from (one row); private.configure_defaults() writes them.';
-- The one row, with the built-in defaults, so that a team created before any configuration has settings.
insert into private.default_settings default values;

create table public.team_settings (
    team_id uuid primary key references public.teams (id) on delete cascade,
    max_followups integer not null default 3 check (max_followups between 1 and 10),
    followup_interval interval not null default '4 hours'
    check (followup_interval > interval '0' and followup_interval <= interval '240 hours'),
    working_hours_start time not null default '07:00',
    working_hours_end time not null default '18:00',
    -- ISO days of the week (1 = Monday … 7 = Sunday).
    working_days smallint[] not null default '{1,2,3,4,5}'
    check (cardinality(working_days) between 1 and 7 and working_days <@ '{1,2,3,4,5,6,7}'),
    time_zone text not null default 'UTC',
    -- Holiday calendar code (`fr` ships); null: no holidays.
    holiday_calendar text,
    tracking_policy public.tracking_policy not null default 'auto',
    daily_send_cap integer not null default 200 check (daily_send_cap between 1 and 10000),
    -- R5: a human message from a tracked recipient in any other conversation answers too.
    reply_from_any_conversation boolean not null default true,
    -- How long events and logs are kept.
    retention_days integer not null default 90 check (retention_days between 7 and 3650),
    updated_at timestamptz not null default now(),
    check (working_hours_start < working_hours_end)
);
comment on table public.team_settings is 'A team''s follow-up settings; each mailbox may override them.';

create table public.mailboxes (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    owner_id uuid not null,
    provider public.mail_provider not null,
    address text not null check (address = lower(address) and address ~ '^[^@\s]+@[^@\s]+$'),
    display_name text,
    status public.mailbox_status not null default 'active',
    status_reason text,
    status_changed_at timestamptz not null default now(),
    -- Overrides of the team's settings; null means "as the team".
    time_zone text,
    max_followups integer check (max_followups between 1 and 10),
    followup_interval interval
    check (followup_interval > interval '0' and followup_interval <= interval '240 hours'),
    working_hours_start time,
    working_hours_end time,
    working_days smallint[]
    check (cardinality(working_days) between 1 and 7 and working_days <@ '{1,2,3,4,5,6,7}'),
    holiday_calendar text,
    tracking_policy public.tracking_policy,
    daily_send_cap integer check (daily_send_cap between 1 and 10000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- R1: policy auto tracks only conversations started from this instant on. The mail sent before the mailbox
    -- was connected (its history, which the first backfill reads) is never chased. Set by worker.connect_mailbox
    -- at the first connection and at a reconnection after a disconnection (kept after needs_reauth: what was
    -- sent during an outage was sent under watch); null: no bound.
    tracks_from timestamptz,
    -- R11: when it last came back to active after it could not send (reconnected from needs_reauth or
    -- disconnected, resumed from paused); null: never away. A follow-up planned later whose due time fell before
    -- it (mail the catch-up read late) is planned from it, as the comeback moved those it found
    -- (private.plan_followup): nothing leaves the moment a mailbox returns.
    back_at timestamptz,
    unique (team_id, address),
    -- The owner must be a member; removing a member who still owns mailboxes is refused:
    -- disconnect or hand the mailboxes over first, so nothing disappears by accident.
    foreign key (team_id, owner_id) references public.team_members (team_id, user_id) on delete restrict
);
-- RLS: a member sees their own mailboxes (owner_id = auth.uid()) on every request, and private.my_mailbox_ids()
-- reads them the same way.
create index mailboxes_owner_id_idx on public.mailboxes (owner_id);
-- A Gmail push names the mailbox by its address only (the intake finds the mailbox by it); unique
-- (team_id, address) cannot serve a search without the team.
create index mailboxes_address_idx on public.mailboxes (address);
-- The owner's membership (on delete restrict): removing a member, or a team and so its members, checks that
-- they own no mailbox without reading every team's mailboxes.
create index mailboxes_team_id_owner_id_idx on public.mailboxes (team_id, owner_id);
comment on table public.mailboxes is 'A connected Outlook or Gmail account, owned by one member of a team.';
