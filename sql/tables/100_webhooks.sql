-- Outgoing webhooks (issue 16, item 4): a team's admins register endpoints and choose events; what the
-- engine logs (private.log_event) queues a delivery for every endpoint that chose its kind, in the same
-- transaction; a worker signs each delivery as the Standard Webhooks specification says and POSTs it.
-- Functions: sql/functions/180_webhooks.sql; RLS and grants: sql/policies/070_webhooks.sql; the queue:
-- sql/tables/060_queues.sql (webhook_deliveries).

-- The knobs of delivery, one row: an operator changes them with an update (README, "Outgoing webhooks").
create table private.webhook_settings (
    singleton boolean primary key default true check (singleton),
    -- Attempts of one delivery before it is given up (status failed).
    max_attempts integer not null default 8 check (max_attempts between 1 and 50),
    -- The wait after the n-th failed attempt: backoff_base * 2^(n-1), at most backoff_max.
    backoff_base interval not null default '30 seconds' check (backoff_base > interval '0'),
    backoff_max interval not null default '6 hours' check (backoff_max > interval '0'),
    -- An endpoint is disabled once this many deliveries in a row failed AND the first of them is at least
    -- disable_after old: a receiver down for a few minutes is retried, one down for a day is switched off.
    disable_after_failures integer not null default 20 check (disable_after_failures >= 1),
    disable_after interval not null default '24 hours' check (disable_after >= interval '0'),
    -- Endpoints per team.
    max_endpoints integer not null default 10 check (max_endpoints >= 1),
    -- http:// to localhost / 127.0.0.1 accepted at registration (tests and local development only; production
    -- keeps false: endpoints must be https).
    allow_local_urls boolean not null default false
);
comment on table private.webhook_settings is
'How outgoing webhooks are retried and when an endpoint is disabled (one row); an operator updates it.';
-- The one row, with the defaults.
insert into private.webhook_settings default values;

-- One row per endpoint a team registered. The signing secret is not here (private.webhook_secrets): admins
-- read this table through the Data API.
create table public.webhook_endpoints (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    url text not null check (length(url) between 9 and 2048),
    description text not null default '' check (length(description) <= 200),
    -- The event types it receives (private.webhook_event_types()); checked by the RPCs, which name the bad ones.
    events text[] not null check (cardinality(events) between 1 and 20),
    status text not null default 'enabled' check (status in (
        'enabled',  -- deliveries are queued and sent
        'disabled'  -- nothing is sent; deliveries are kept (held) and replayed when an admin enables it again
    )),
    disabled_reason text check (length(disabled_reason) between 1 and 500),
    disabled_at timestamptz,
    -- Deliveries that failed in a row (any success resets it), and when the first of them failed.
    consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
    failing_since timestamptz,
    last_success_at timestamptz,
    secret_rotated_at timestamptz not null,
    created_by uuid references auth.users (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check ((status = 'disabled') = (disabled_at is not null)),
    check ((status = 'disabled') = (disabled_reason is not null)),
    -- The same URL twice in a team would receive every event twice.
    unique (team_id, url)
);
-- Who created it (on delete set null): deleting a user finds their endpoints without a scan.
create index webhook_endpoints_created_by_idx on public.webhook_endpoints (created_by) where created_by is not null;
comment on table public.webhook_endpoints is
'Where a team''s events are POSTed (Standard Webhooks), the events chosen, and whether the endpoint is enabled or '
'was disabled (why, when). Team admins read it; the RPCs (create_webhook_endpoint …) change it. No secret here.';

-- The signing secrets (whsec_ + base64 of 32 random bytes): only the worker that signs reads them
-- (worker.read_webhook_deliveries); an admin sees one once, as the return value of create_webhook_endpoint or
-- rotate_webhook_secret.
create table private.webhook_secrets (
    endpoint_id uuid primary key references public.webhook_endpoints (id) on delete cascade,
    secret text not null check (secret ~ '^whsec_[A-Za-z0-9+/]{40,}={0,2}$'),
    created_at timestamptz not null
);
comment on table private.webhook_secrets is
'Each webhook endpoint''s signing secret; read only by the delivering worker, never by an API role.';

-- The secrets rotations replaced, each still signing beside the current one until its own overlap ends (Standard
-- Webhooks: a header may carry several signatures), so a receiver moves to the new secret at its own pace, even
-- when an admin rotates again before the first overlap ended (a secret lost before it was deployed): each keeps the
-- end it was promised. A rotation with no overlap (a leaked secret) ends them all; one with an overlap drops those
-- whose overlap has ended.
create table private.webhook_retired_secrets (
    endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
    secret text not null check (secret ~ '^whsec_[A-Za-z0-9+/]{40,}={0,2}$'),
    signs_until timestamptz not null,
    primary key (endpoint_id, secret)
);
comment on table private.webhook_retired_secrets is
'Secrets of a webhook endpoint that rotations replaced, each signing beside the current one until signs_until; '
'read only by the delivering worker, never by an API role.';

-- One row per event and endpoint: what was sent (the payload, which names ids, never a message''s content),
-- how it went, and what happens next.
create table public.webhook_deliveries (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
    -- The timeline event it reports (null for health.degraded and webhook.test). Retention deletes events,
    -- and their deliveries with them (their payloads name recipients).
    event_id bigint references public.events (id) on delete cascade,
    -- The webhook-id header: the same for every attempt (and every endpoint) of one event, so a receiver
    -- dedupes retries and replays.
    webhook_id text not null check (webhook_id ~ '^msg_[A-Za-z0-9_-]{1,96}$'),
    event_type text not null check (length(event_type) between 1 and 60),
    payload jsonb not null check (jsonb_typeof(payload) = 'object'),
    status text not null default 'pending' check (status in (
        'pending',   -- queued: a worker sends it (again, after a backoff, when an attempt failed)
        'delivered', -- the endpoint answered 2xx
        'failed',    -- every attempt failed (max_attempts): given up
        'held'       -- the endpoint is disabled: kept, and queued again when an admin enables it
    )),
    attempts integer not null default 0 check (attempts >= 0),
    -- attempts when an admin's enable last replayed it: the attempts since then count toward max_attempts.
    attempts_before_replay integer not null default 0 check (attempts_before_replay between 0 and attempts),
    -- The HTTP status of the last attempt (null: no answer: timeout, refused connection …).
    last_status_code integer check (last_status_code between 100 and 599),
    -- Why the last attempt failed, in the worker's words (never the response body, never a secret).
    last_error text check (length(last_error) <= 500),
    last_attempt_at timestamptz,
    next_attempt_at timestamptz,
    delivered_at timestamptz,
    -- The pgmq message that currently carries it: an older message (a replay queued a new one) is dropped.
    queue_msg_id bigint,
    created_at timestamptz not null,
    check ((status = 'delivered') = (delivered_at is not null)),
    unique (endpoint_id, webhook_id)
);
-- A team's delivery log, newest first (admins read it by team).
create index webhook_deliveries_team_id_idx on public.webhook_deliveries (team_id, created_at);
-- An event's deliveries (the cascade when retention deletes events).
create index webhook_deliveries_event_id_idx on public.webhook_deliveries (event_id) where event_id is not null;
-- Disabling holds an endpoint's pending deliveries; enabling queues its held ones again.
create index webhook_deliveries_waiting_idx on public.webhook_deliveries (endpoint_id, created_at)
where status in ('pending', 'held');
comment on table public.webhook_deliveries is
'Each webhook sent or to send: event, endpoint, webhook-id, payload (ids, never message content), status, '
'attempts, last HTTP status and error, next attempt, delivery time. Team admins read it; the worker writes it.';
