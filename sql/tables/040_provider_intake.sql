-- Provider intake, as it is now: the push subscriptions Relance holds at Microsoft Graph (and Gmail
-- watches), what the webhooks refused, and which Pub/Sub deliveries were already taken. The queue the
-- workers read is in 060_queues.sql.
-- Functions: sql/functions/130_provider_intake.sql; RLS and grants: sql/policies/040_provider_intake.sql
-- (no API role reaches these tables, only the intake's security definer functions).

-- A change-notification subscription (Graph) or watch (Gmail) of one mailbox. The clientState secret
-- itself is never stored: only its SHA-256, enough to check what Graph echoes.
create table private.provider_subscriptions (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    provider public.mail_provider not null,
    -- Graph's subscription id.
    external_id text not null unique check (length(external_id) between 1 and 512),
    resource text not null,
    client_state_sha256 text not null check (client_state_sha256 ~ '^[0-9a-f]{64}$'),
    expires_at timestamptz not null,
    status text not null default 'active' check (status in (
        'active',  -- notifications are expected and accepted
        'removed', -- the provider removed it (lifecycle subscriptionRemoved) or Relance deleted it
        'expired'  -- its expiry passed without a renewal
    )),
    status_reason text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
-- A mailbox's subscriptions (reconnecting, disconnecting); also the cascade from mailboxes.
create index provider_subscriptions_mailbox_id_idx on private.provider_subscriptions (mailbox_id);
-- Deleting a team cascades through it.
create index provider_subscriptions_team_id_idx on private.provider_subscriptions (team_id);
-- Renewal and expiry read the active subscriptions that expire soon, and nothing else.
create index provider_subscriptions_active_expiry_idx on private.provider_subscriptions (expires_at)
where status = 'active';
comment on table private.provider_subscriptions is
'Push subscriptions held at the providers (Graph subscriptions), with the SHA-256 of their clientState.';

-- What the intake refused, and why: one row per request and per (reason, subscription), with the number
-- of notifications it stands for, so that one forged request of a thousand items is one row, not a
-- thousand. Only a digest of what came in is kept (the clientState removed before hashing), never the
-- payload.
create table private.provider_rejections (
    id bigint generated always as identity primary key,
    received_at timestamptz not null default now(),
    provider public.mail_provider not null,
    reason text not null check (reason in (
        'unknown_subscription',  -- Graph: no subscription with that id
        'client_state_mismatch', -- Graph: the echoed clientState is not the one registered (forgery)
        'subscription_removed',  -- Graph: the subscription was removed; nothing more is taken from it
        'malformed',             -- Graph: an item that is not a notification object
        'unknown_mailbox'        -- Gmail: no connected Gmail mailbox has that address
    )),
    -- Graph's subscriptionId as sent, known or not.
    subscription_id text,
    -- Pub/Sub's messageId.
    delivery_id text,
    mailbox_id uuid references public.mailboxes (id) on delete set null,
    payload_sha256 text not null check (payload_sha256 ~ '^[0-9a-f]{64}$'),
    -- How many notifications of the request this row stands for.
    item_count integer not null default 1 check (item_count >= 1)
);
-- Retention: rejections older than 90 days go (private.purge_provider_intake).
create index provider_rejections_received_at_idx on private.provider_rejections (received_at);
-- Deleting a mailbox sets its rejections' mailbox to null without a scan.
create index provider_rejections_mailbox_id_idx on private.provider_rejections (mailbox_id);
comment on table private.provider_rejections is
'Provider notifications refused by the intake, one row per request, reason and subscription: when, why, '
'which subscription or delivery, how many notifications, a digest.';

-- Pub/Sub delivers at least once: the messageIds already taken, so a redelivery enqueues nothing.
-- Pub/Sub keeps a message at most 7 days, so receipts older than that can go.
create table private.provider_push_receipts (
    provider public.mail_provider not null,
    delivery_id text not null,
    received_at timestamptz not null default now(),
    primary key (provider, delivery_id)
);
-- Retention: receipts older than 8 days go (private.purge_provider_intake).
create index provider_push_receipts_received_at_idx on private.provider_push_receipts (received_at);
comment on table private.provider_push_receipts is
'Pub/Sub messageIds already enqueued (at-least-once delivery made idempotent); kept 8 days.';
