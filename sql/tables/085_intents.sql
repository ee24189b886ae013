-- The intent of each inbound human message (../shared/INTELLIGENCE.md "Intent", issue 13): what the prospect
-- wants, read from the message's new text by rules or, where the rules were unsure, a language model
-- (relance.intelligence.intent), recorded by the intelligence worker through worker.record_intent
-- (sql/functions/172_intents.sql). One reading per message; reading it again replaces it unless a user
-- corrected it. The latest intent of a tracked email is the view tracked_email_intents.
-- Every row belongs to one team (deleting the team deletes it) and is found by the sender's address.
-- RLS and grants: sql/policies/065_intents.sql.

-- What a reply wants (the 10 classes of relance.intelligence.llm.INTENTS).
create type public.intent_label as enum (
    'interested',          -- a yes, or curiosity without a precise request
    'meeting_request',     -- asks for a call or a meeting
    'information_request', -- asks a question, wants documents
    'quote_request',       -- asks for a price, fees, a quote (devis), a proposal
    'not_interested',      -- a refusal
    'not_now',             -- later, with the date it implies when it names one (R15)
    'referral',            -- wrong person, left the company, "contact X instead"
    'unsubscribe',         -- asks never to be written to again (R8)
    'out_of_office',       -- an absence notice a person wrote (R6)
    'other'                -- none of the above
);

-- Who read it.
create type public.intent_source as enum (
    'rules', -- the ordered French and English rules
    'llm',   -- a language model, for what the rules and the learnt model left uncertain
    'user',  -- a member of the team corrected it
    'model'  -- the learnt model (relance.intelligence.intent_model), for what the rules left uncertain
);

create table public.message_intents (
    message_id uuid primary key references public.messages (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    -- The message's mailbox: its RLS (its owner and the team's admins) is the message's.
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    -- The sender's address: a person's intents are found (and erased) by it.
    address text check (address = lower(address)),
    -- The tracked email the message answers, if any (on delete set null: the reading stays with its message).
    tracked_email_id uuid references public.tracked_emails (id) on delete set null,
    label public.intent_label not null,
    confidence numeric(4, 3) not null check (confidence between 0 and 1),
    source public.intent_source not null,
    -- not_now: the day it implies (relative to the message's day); none when vague.
    not_now_until date check (not_now_until is null or label = 'not_now'),
    -- referral: the person named instead, when named.
    referral_name text check (length(btrim(referral_name)) between 1 and 300),
    referral_address text check (
        referral_address = lower(referral_address) and referral_address ~ '^[^@\s]+@[^@\s]+$'
    ),
    -- The words that decided (rules) or the model that answered (llm), short.
    evidence text check (length(evidence) <= 300),
    -- When the message was written (received, else sent, else ingested): "latest" is by this.
    message_at timestamptz not null,
    read_at timestamptz not null,
    -- A member's correction: the worker never replaces it.
    corrected_by uuid references auth.users (id) on delete set null,
    corrected_at timestamptz,
    -- unsubscribe: the request is made for the people the answered email was written to (an assistant, a
    -- relative, counsel: R8 suppresses them with the sender, private.intent_relayed_people).
    relayed boolean not null default false check (not relayed or label = 'unsubscribe'),
    check ((referral_name is null and referral_address is null) or label = 'referral')
);
-- The latest intent of a tracked email (tracked_email_intents: a handful of answers each); also its on delete
-- set null.
create index message_intents_tracked_email_id_idx on public.message_intents (tracked_email_id)
where tracked_email_id is not null;
-- A person's intents, by address (finding and erasing everything about a person).
create index message_intents_address_idx on public.message_intents (address);
-- Deleting a team cascades through it.
create index message_intents_team_id_idx on public.message_intents (team_id);
-- RLS reads by mailbox; deleting a mailbox cascades through it.
create index message_intents_mailbox_id_idx on public.message_intents (mailbox_id);
-- A user deleted from Auth (on delete set null) finds their corrections without a scan.
create index message_intents_corrected_by_idx on public.message_intents (corrected_by)
where corrected_by is not null;
comment on table public.message_intents is
'The intent of each inbound human message (10 classes), with its confidence, source (rules, llm, user), the '
'date a not_now implies, the person a referral names and whether an unsubscribe is relayed for the people written '
'to; written by the intelligence worker only.';

-- What the engine tells a member about a reply (a meeting or a quote request must never sit unseen).
create type public.notification_kind as enum (
    'meeting_request', -- the reply asks for a call or a meeting
    'quote_request',   -- the reply asks for a price, a quote, a proposal
    'routed'           -- a routing rule sent the reply to this member (assigned or notified)
);

create table public.notifications (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    -- The member told: the mailbox's owner (leaving the team deletes what they were told).
    owner_id uuid not null,
    kind public.notification_kind not null,
    tracked_email_id uuid references public.tracked_emails (id) on delete cascade,
    -- The message it is about; one notification per message and kind, however often it is read.
    message_id uuid not null references public.messages (id) on delete cascade,
    -- The sender, so that what concerns a person is found (and erased) by their address.
    address text check (address = lower(address)),
    reason text not null,
    created_at timestamptz not null,
    read_at timestamptz,
    unique (message_id, kind),
    foreign key (team_id, owner_id) references public.team_members (team_id, user_id) on delete cascade
);
-- A member's unread notifications first; also the membership's cascade.
create index notifications_team_owner_idx on public.notifications (team_id, owner_id);
-- Deleting a tracked email cascades through it.
create index notifications_tracked_email_id_idx on public.notifications (tracked_email_id)
where tracked_email_id is not null;
create index notifications_address_idx on public.notifications (address);
comment on table public.notifications is
'What a reply asks a member for (meeting or quote request), for the member it is routed to (the mailbox''s '
'owner unless a routing rule says otherwise), and a routed reply for the member a rule notifies; marked read '
'through mark_notification_read.';

-- R15: a "not now" that names a date brings the tracked email back to its owner on that date.
create table public.reminders (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    owner_id uuid not null,
    tracked_email_id uuid not null references public.tracked_emails (id) on delete cascade,
    -- The reply that asked for it: one reminder per message.
    message_id uuid not null unique references public.messages (id) on delete cascade,
    address text check (address = lower(address)),
    due_on date not null,
    reason text not null,
    created_at timestamptz not null,
    done_at timestamptz,
    foreign key (team_id, owner_id) references public.team_members (team_id, user_id) on delete cascade
);
-- A member's reminders by date; also the membership's cascade.
create index reminders_team_owner_idx on public.reminders (team_id, owner_id);
create index reminders_tracked_email_id_idx on public.reminders (tracked_email_id);
create index reminders_address_idx on public.reminders (address);
comment on table public.reminders is
'R15: a reminder for the owner of a tracked email on the date a "not now" reply implies; marked done through '
'mark_reminder_done.';
