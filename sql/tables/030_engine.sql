-- The follow-up engine's tables, as they are now: conversations and messages, tracked emails, automatic
-- and manual follow-ups, the timeline, suppressions, holds and the workers' logs.
-- The rules are functions in sql/functions/ (050 to 120), the dashboards' views are in
-- sql/functions/110_views.sql; RLS and grants: sql/policies/030_engine.sql.
--
-- Every row that holds personal data carries team_id and the email address(es) it concerns, so a
-- person can be found (and erased) everywhere; every foreign key says what happens on delete.

-- Where a tracked email stands.
create type public.tracked_status as enum (
    'active',    -- watched; follow-ups are scheduled
    'paused',    -- paused by a user; nothing is sent until resumed
    'replied',   -- a person answered (R5)
    'bounced',   -- every recipient failed permanently (R7)
    'opted_out', -- the person asked to stop (R8)
    'completed', -- the maximum number of follow-ups was reached (R3)
    'untracked'  -- a user stopped tracking it
);

-- Where an automatic follow-up stands.
create type public.followup_status as enum (
    -- waiting for its due time; on the pgmq queue for a worker once queued_at is set (a HOT update, see followups)
    'scheduled',
    'queued',    -- no longer written (until 2026-12-01: due and on the queue, now scheduled with queued_at set)
    'claimed',   -- a worker holds it and is taking a last look at the conversation
    'sending',   -- identity stored (draft, Message-ID); the provider send is under way
    'sent',      -- the provider accepted it
    'cancelled', -- will never be sent (reply, bounce, opt-out, untracked, manual follow-ups reached the max)
    'failed'     -- a permanent error, or retries exhausted; the reason says which
);

-- What a message is, as far as the rules care.
create type public.message_kind as enum (
    'human',      -- written by a person
    'auto_reply', -- out-of-office and other automatic replies (R6)
    'bounce',     -- a delivery status notification (R7)
    'list',       -- mailing-list or newsletter mail: never an answer
    'engine',     -- a follow-up sent by Relance itself
    'complaint'   -- a feedback report (ARF, a provider's complaint): the recipient reported it as spam (R8)
);

create table public.conversations (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    provider_thread_id text,
    subject text,
    normalized_subject text,
    created_at timestamptz not null default now(),
    last_message_at timestamptz
);
-- RLS reads conversations by mailbox (private.my_mailbox_ids()); deleting a mailbox cascades through it.
create index conversations_mailbox_id_idx on public.conversations (mailbox_id);
-- Deleting a team cascades through it.
create index conversations_team_id_idx on public.conversations (team_id);
comment on table public.conversations is
'A conversation of one mailbox: the provider''s thread reconciled with RFC 5322 Message-ID links.';

-- How messages find their conversation: every Message-ID seen (a message's own, or referenced
-- by In-Reply-To/References) and every provider thread id (`thread:<id>`) of the mailbox.
create table private.conversation_refs (
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    ref text not null,
    conversation_id uuid not null references public.conversations (id) on delete cascade,
    primary key (mailbox_id, ref)
);
comment on table private.conversation_refs is
'How ingest threads a message: every Message-ID and provider thread id seen in a mailbox, and its conversation.';
-- Deleting a conversation (or merging one into another) finds its references without a scan.
create index conversation_refs_conversation_id_idx on private.conversation_refs (conversation_id);

create table public.messages (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    conversation_id uuid not null references public.conversations (id) on delete cascade,
    provider_message_id text not null,
    internet_message_id text,
    in_reply_to text,
    "references" text[] not null default '{}',
    direction text not null check (direction in ('inbound', 'outbound')),
    folder text not null check (folder in ('inbox', 'sent', 'other')),
    kind public.message_kind not null default 'human',
    from_address text,
    from_name text,
    to_addresses text[] not null default '{}',
    cc_addresses text[] not null default '{}',
    subject text,
    sent_at timestamptz,
    received_at timestamptz,
    headers jsonb not null default '{}',
    body_text text,
    analysis jsonb not null default '{}',
    relance_followup_id uuid,
    -- When the engine learnt of it (clock time, after the locks it needed): R13 compares with this.
    ingested_at timestamptz not null default clock_timestamp(),
    -- Ingest is idempotent: a provider id is recorded once per mailbox.
    unique (mailbox_id, provider_message_id)
);
-- One Message-ID under two provider ids is one message: ingest finds the known one by it.
create unique index messages_mailbox_internet_message_id_key on public.messages (mailbox_id, internet_message_id)
where internet_message_id is not null;
-- A conversation's messages in order (the answer checks of R5, the worker's last look); also the cascade
-- when a conversation is deleted.
create index messages_conversation_id_idx on public.messages (conversation_id, sent_at);
-- A person's mail in a team, by the address it came from: finding (and erasing) everything about a person.
create index messages_team_from_idx on public.messages (team_id, from_address);
-- The same, by the addresses it was sent to.
create index messages_to_addresses_idx on public.messages using gin (to_addresses);
-- A bounce report by the Message-ID it returns: a report seen before the Sent Items copy of what it reports is
-- found once that message is tracked (private.catch_up_tracked). Bounces only: other mail pays nothing.
create index messages_bounce_of_idx on public.messages (mailbox_id, (analysis #>> '{bounce,original_message_id}'))
where kind = 'bounce';
comment on table public.messages is 'Every message the engine has seen in a mailbox''s inbox or sent items.';

-- Extra provider ids under which an already-known message (same Message-ID) was delivered again.
create table private.message_aliases (
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    provider_message_id text not null,
    message_id uuid not null references public.messages (id) on delete cascade,
    primary key (mailbox_id, provider_message_id)
);
comment on table private.message_aliases is
'Other provider ids of a known message (same Message-ID delivered again): ingest records it once.';
-- Deleting a message finds its aliases without a scan.
create index message_aliases_message_id_idx on private.message_aliases (message_id);

create table public.tracked_emails (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    owner_id uuid not null references auth.users (id) on delete cascade,
    conversation_id uuid not null references public.conversations (id) on delete cascade,
    message_id uuid not null unique references public.messages (id) on delete cascade,
    subject text,
    recipients text[] not null,
    sent_at timestamptz not null,
    status public.tracked_status not null default 'active',
    status_reason text,
    status_changed_at timestamptz not null,
    tracked_by text not null check (tracked_by in ('auto', 'user')),
    answered_at timestamptz,
    answer_message_id uuid references public.messages (id) on delete set null,
    automatic_sent integer not null default 0 check (automatic_sent >= 0),
    manual_detected integer not null default 0 check (manual_detected >= 0),
    last_activity_at timestamptz not null,
    next_due_at timestamptz,
    created_at timestamptz not null default now()
);
-- The dashboard's pages (followup_activity_page): a mailbox's tracked emails of one status in the order of the
-- page, next follow-up due (nulls last) or last activity, with the id that makes the order total; each page
-- reads a page's worth of entries per mailbox and status, whatever their number. Also RLS, counts by status
-- and pausing a mailbox (R11), which read the leading (mailbox_id, status). The price: an update of next_due_at
-- or last_activity_at writes every index of the table (no HOT update); bench/RESULTS.md has the figures.
create index tracked_emails_mailbox_status_due_idx on public.tracked_emails (mailbox_id, status, next_due_at, id);
create index tracked_emails_mailbox_status_activity_idx on public.tracked_emails (
    mailbox_id, status, last_activity_at, id
);
-- The foreign key to auth.users (on delete cascade).
create index tracked_emails_owner_id_idx on public.tracked_emails (owner_id);
-- The same for a whole team (an admin's pages), and the leading (team_id, status) for pausing and resuming a team
-- (R11).
create index tracked_emails_team_status_due_idx on public.tracked_emails (team_id, status, next_due_at, id);
create index tracked_emails_team_status_activity_idx on public.tracked_emails (team_id, status, last_activity_at, id);
-- Every ingested message asks whether its conversation is tracked (R4, R5, R6).
create index tracked_emails_conversation_id_idx on public.tracked_emails (conversation_id);
-- The answer (on delete set null): deleting messages (a mailbox or a conversation going, and their messages
-- with them) finds the tracked emails they answered without reading every tracked email, once per message.
create index tracked_emails_answer_message_id_idx on public.tracked_emails (answer_message_id)
where answer_message_id is not null;
-- R5 and R6: an inbound human message or an out-of-office from a tracked person, in any conversation, finds the
-- tracked emails still waiting on that person. Without fast update: pending entries were read in full by every
-- search until a vacuum merged them (2.5 ms a search at 1,000,000 tracked emails); inserts pay the merge instead.
create index tracked_emails_recipients_active_idx on public.tracked_emails using gin (recipients)
with (fastupdate = off)
where status in ('active', 'paused');
comment on table public.tracked_emails is 'An outbound message whose conversation the engine watches for an answer.';

-- The dashboard's counts by status (followup_status_counts), kept by the engine in the transactions that
-- change a status: each change adds -1/+1 to a row of the mailbox and status that no other transaction holds,
-- or appends one (a trigger on tracked_emails, private.bump_status_count in 110_views.sql), so no transaction
-- ever waits on a counter; private.compact_status_counts folds them into one row per mailbox and status every
-- minute. A read sums a handful of rows per mailbox, whatever the number of tracked emails.
create table public.tracked_email_status_counts (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    status public.tracked_status not null,
    delta bigint not null
);
-- A mailbox's counts (RLS reads by mailbox; deleting a mailbox cascades through it).
create index tracked_email_status_counts_mailbox_idx on public.tracked_email_status_counts (mailbox_id, status);
-- Deleting a team cascades through it.
create index tracked_email_status_counts_team_idx on public.tracked_email_status_counts (team_id);
comment on table public.tracked_email_status_counts is
'How many tracked emails a mailbox has in each status: the sum of delta per mailbox and status (read it '
'through followup_status_counts). Written by the engine only.';

create table public.followups (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    tracked_email_id uuid not null references public.tracked_emails (id) on delete cascade,
    seq integer not null check (seq between 1 and 10),
    status public.followup_status not null default 'scheduled',
    -- The instant the interval was counted from (sent time, last follow-up, resume …).
    base_at timestamptz not null,
    due_at timestamptz not null,
    -- When a scheduler tick put it on the followup_sends queue (status still scheduled); null when it is not on
    -- the queue. Any change of its due time clears it.
    queued_at timestamptz,
    claim_token uuid,
    claimed_at timestamptz,
    lease_until timestamptz,
    final_claim_at timestamptz,
    attempts integer not null default 0,
    draft_id text,
    internet_message_id text,
    provider_message_id text,
    sent_at timestamptz,
    reason text,
    last_error text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- R9: a follow-up on the queue was due when a tick queued it. A statement that moves a queued follow-up's due
    -- time later without taking it off the queue (queued_at = null, so that the next tick queues it again when
    -- due) fails here, instead of leaving a follow-up whose message the claim refuses as not due and that no tick
    -- queues again: never sent, and nothing to say so. The retired status 'queued' is never written.
    constraint followups_queued_when_due check (
        status <> 'queued' and (status <> 'scheduled' or queued_at is null or queued_at >= due_at)
    )
)
-- The scheduler's tick (issue 17: 10,000 due in < 0.25 s at 1,000,000 tracked emails) changes only queued_at and
-- updated_at, which no index holds, so each due row is rewritten in place (a HOT update: no new entry in any
-- index) when its page has room. Follow-ups are written when they are planned, a working interval before they fall
-- due, so the ones due together were written together and share their pages: a tick after a weekend or a pause
-- finds every row of a page due at once. Half of each page is kept free, so that all of them fit (with a fifth,
-- most of those updates wrote a new row elsewhere and an entry in every index: 10,000 due together cost 171 ms
-- at 100,000 tracked emails and 218 ms at 1,000,000, against 64 and 69 ms with half, bench/RESULTS.md).
-- The price: the table takes about 60 % more pages.
with (fillfactor = 50);
-- At most one follow-up in flight per tracked email.
create unique index followups_one_pending_idx on public.followups (tracked_email_id)
where status in ('scheduled', 'queued', 'claimed', 'sending');
-- The scheduler's tick reads what is due, and nothing else: followups_due_idx, 130_followup_pause.sql.
-- The daily send cap: what a mailbox sent since the start of its day.
create index followups_mailbox_sent_idx on public.followups (mailbox_id, sent_at) where status = 'sent';
-- A tracked email's follow-ups in order (R3 counts, the timeline); also the cascade from tracked_emails.
create index followups_tracked_email_id_idx on public.followups (tracked_email_id, seq);
-- R7: a bounce names the Message-ID it returns; when that is a follow-up's, ingest finds the follow-up by it
-- instead of reading every follow-up of the mailbox's tracked emails.
create index followups_internet_message_id_idx on public.followups (internet_message_id)
where internet_message_id is not null;
-- R4/R9: a follow-up's copy in Sent Items without its header is known by the provider id stored before the send.
create index followups_provider_message_id_idx on public.followups (mailbox_id, provider_message_id)
where provider_message_id is not null;
-- R9: every scheduler tick hands stalled claims back (claimed or sending, lease expired) without reading every
-- pending follow-up.
create index followups_lease_idx on public.followups (lease_until)
where status in ('claimed', 'sending');
comment on table public.followups is
'Automatic follow-ups: scheduled (and queued once queued_at is set), sent or cancelled, with reasons.';

create table public.manual_followups (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    tracked_email_id uuid not null references public.tracked_emails (id) on delete cascade,
    message_id uuid not null references public.messages (id) on delete cascade,
    seq integer not null check (seq between 1 and 10),
    sent_at timestamptz not null,
    created_at timestamptz not null default now(),
    -- A message counts once as a manual follow-up (R4), however often it is ingested.
    unique (tracked_email_id, message_id)
);
-- Deleting a message finds the manual follow-up it was without a scan.
create index manual_followups_message_id_idx on public.manual_followups (message_id);
-- Deleting a team cascades through its manual follow-ups without reading every team's.
create index manual_followups_team_id_idx on public.manual_followups (team_id);
comment on table public.manual_followups is
'Follow-ups the user wrote and sent by hand in a tracked conversation (R4).';

-- The timeline (R12): every state change, with its reason, readable by the people concerned.
create table public.events (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid references public.mailboxes (id) on delete cascade,
    tracked_email_id uuid references public.tracked_emails (id) on delete cascade,
    followup_id uuid references public.followups (id) on delete set null,
    message_id uuid references public.messages (id) on delete set null,
    kind text not null,
    reason text not null,
    details jsonb not null default '{}',
    occurred_at timestamptz not null,
    created_at timestamptz not null default now()
);
-- A tracked email's timeline in order (get_timeline); also the cascade from tracked_emails.
create index events_tracked_email_id_idx on public.events (tracked_email_id, id);
-- Retention: a team's events that happened longer ago than its retention_days (private.purge_expired).
create index events_team_occurred_idx on public.events (team_id, occurred_at);
-- RLS reads events by mailbox; deleting a mailbox cascades through it.
create index events_mailbox_id_idx on public.events (mailbox_id);
-- The follow-up and the message an event names (on delete set null): deleting follow-ups or messages (a tracked
-- email, a conversation or a mailbox going) finds their events without reading the whole timeline of every
-- team once per deleted row.
create index events_followup_id_idx on public.events (followup_id) where followup_id is not null;
create index events_message_id_idx on public.events (message_id) where message_id is not null;
comment on table public.events is 'Why anything happened: one row per state change, with its reason (R12).';

-- Addresses the team never writes to again: opt-outs (R8), permanent bounces (R7), manual entries.
create table public.suppressions (
    team_id uuid not null references public.teams (id) on delete cascade,
    address text not null check (address = lower(address)),
    reason text not null check (reason in ('opted_out', 'bounced', 'complained', 'manual')),
    detail text,
    message_id uuid references public.messages (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (team_id, address)
);
-- The message a suppression came from (on delete set null): deleting messages finds it without a scan.
create index suppressions_message_id_idx on public.suppressions (message_id) where message_id is not null;
comment on table public.suppressions is 'Nothing is ever sent to these addresses (R7, R8).';

-- A person is away (R6): follow-ups to them wait until the first working hour after return_on.
create table public.holds (
    team_id uuid not null references public.teams (id) on delete cascade,
    address text not null check (address = lower(address)),
    return_on date not null,
    message_id uuid references public.messages (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (team_id, address)
);
-- The automatic reply a hold came from (on delete set null): deleting messages finds it without a scan.
create index holds_message_id_idx on public.holds (message_id) where message_id is not null;
comment on table public.holds is 'Out-of-office holds, per person (address), from automatic replies (R6).';

-- Errors of the workers, kept for a while (retention job) for support.
create table public.worker_logs (
    id bigint generated always as identity primary key,
    team_id uuid references public.teams (id) on delete cascade,
    mailbox_id uuid references public.mailboxes (id) on delete cascade,
    followup_id uuid references public.followups (id) on delete set null,
    level text not null check (level in ('info', 'warning', 'error')),
    message text not null,
    created_at timestamptz not null default now()
);
comment on table public.worker_logs is
'What the workers reported (errors, for support), kept for the team''s retention_days (90 without a team).';
-- Retention: logs older than their team's retention_days, or 90 days without a team (private.purge_expired).
create index worker_logs_created_at_idx on public.worker_logs (created_at);
-- Deleting a mailbox cascades through it.
create index worker_logs_mailbox_id_idx on public.worker_logs (mailbox_id);
-- Deleting a team cascades through its logs, and deleting follow-ups (on delete set null) finds the logs that
-- name them, without reading every log.
create index worker_logs_team_id_idx on public.worker_logs (team_id);
create index worker_logs_followup_id_idx on public.worker_logs (followup_id) where followup_id is not null;
