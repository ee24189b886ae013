-- Health: the thresholds worker.health_check() judges the system by, the workers' heartbeats, and the
-- snapshots pg_cron records every 5 minutes for the admins' history (public.health_history).
-- Functions and the view: sql/functions/170_health.sql; RLS and grants: sql/policies/060_health.sql.

-- The thresholds, one row: an operator changes them with an update (README, "Health").
create table private.health_settings (
    singleton boolean primary key default true check (singleton),
    -- A pg_cron job is failing when its last run failed, or when it has not started for this many of its
    -- intervals (read from its schedule: every minute, every 5 minutes, hourly, daily …).
    cron_missed_intervals numeric not null default 3 check (cron_missed_intervals >= 1),
    -- A queue is failing when it holds more messages than this, or when its oldest message waits longer.
    queue_max_depth integer not null default 1000 check (queue_max_depth >= 1),
    queue_max_age interval not null default '10 minutes' check (queue_max_age > interval '0'),
    -- A worker is failing when its last beat is older than this (it beats once per pass of its loop).
    worker_max_silence interval not null default '2 minutes' check (worker_max_silence > interval '0'),
    -- A worker silent for longer than this is forgotten (killed when scaled down, or replaced after a crash): it
    -- no longer fails the check, but when no worker at all is left the check fails.
    worker_forget_after interval not null default '1 hour' check (worker_forget_after > interval '0'),
    -- An active subscription or watch whose expiry is this close is failing. The workers renew a Graph
    -- subscription 24 hours before its expiry and a Gmail watch 6 days before, each hour: under 12 hours left
    -- means a dozen renewals failed.
    subscription_expiry_window interval not null default '12 hours' check (subscription_expiry_window >= interval '0'),
    -- Errors of the last hour (worker_logs at level error, messages set aside as dead letters) tolerated.
    max_errors_per_hour integer not null default 0 check (max_errors_per_hour >= 0),
    -- How long the snapshots are kept.
    snapshot_keep interval not null default '30 days' check (snapshot_keep >= interval '1 day')
);
comment on table private.health_settings is
'The thresholds of worker.health_check() (one row); an operator updates them (README, "Health").';
-- The one row, with the defaults.
insert into private.health_settings default values;

-- One row per worker process: what it is and when it last beat. Nothing secret: its kind (the loops it
-- runs), host and pid.
create table private.worker_heartbeats (
    worker_id text primary key check (length(worker_id) between 1 and 200),
    kind text not null check (length(kind) between 1 and 200),
    host text not null check (length(host) between 1 and 255),
    pid integer not null check (pid > 0),
    started_at timestamptz not null,
    last_beat_at timestamptz not null,
    beats bigint not null default 1 check (beats >= 1)
);
comment on table private.worker_heartbeats is
'Each worker process''s last beat (worker.record_heartbeat), read by worker.health_check(); a clean stop '
'removes its row (worker.end_heartbeat).';

-- The platform's side of a snapshot: the checks that belong to no team (database, pg_cron jobs, queues,
-- workers). Team-less system rows; every team admin may read them (public.health_history).
create table public.health_snapshots (
    id bigint generated always as identity primary key,
    taken_at timestamptz not null unique,
    healthy boolean not null,
    checks jsonb not null check (jsonb_typeof(checks) = 'array')
);
comment on table public.health_snapshots is
'Every 5 minutes (pg_cron), the platform checks of worker.health_check(): database, pg_cron jobs, queues, '
'workers. No team''s data; team admins read them through public.health_history. Kept 30 days.';

-- A team's side of a snapshot, only for the teams that had something failing (a mailbox needing reauth, a
-- subscription about to expire, errors in the last hour): only that team's admins see it.
create table public.health_snapshot_teams (
    snapshot_id bigint not null references public.health_snapshots (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    healthy boolean not null,
    checks jsonb not null check (jsonb_typeof(checks) = 'array'),
    primary key (snapshot_id, team_id)
);
-- A team's history (health_history reads it by team), and the cascade when a team is deleted.
create index health_snapshot_teams_team_id_idx on public.health_snapshot_teams (team_id, snapshot_id);
comment on table public.health_snapshot_teams is
'The team-scoped checks of a snapshot (mailboxes needing reauth, subscriptions expiring, errors in the last '
'hour), for the teams that had one failing; only the team''s admins see their own.';
