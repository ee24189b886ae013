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
    'llm',   -- a language model, for what the rules left uncertain
    'user'   -- a member of the team corrected it
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
'date a not_now implies and the person a referral names; written by the intelligence worker only.';
