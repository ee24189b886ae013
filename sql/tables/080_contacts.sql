-- Contacts and organisations learnt from a team's mail (../shared/INTELLIGENCE.md): the people a team writes
-- to or hears from, by address; their organisations, by domain (never a free-mail domain) or by name; and the
-- facts each field's value is chosen from (signature of a message, the From header, an LLM, web enrichment,
-- a user), each with its confidence and status. Nothing is overwritten without a trace: a value is a fact,
-- and the current value of a field is chosen from the facts (sql/functions/170_contacts.sql).
-- Every row belongs to one team (deleting the team deletes it) and is found by the address it concerns.
-- RLS and grants: sql/policies/060_contacts.sql.

-- Where a fact stands.
create type public.fact_status as enum (
    'applied',   -- counts for the field's current value (at or above the team's threshold, or a human said so)
    'suggested', -- waits for a human: below the threshold, or it differs from a value a user set by hand
    'rejected'   -- a human said no; seeing it again never brings it back
);

-- Where a fact came from.
create type public.fact_source as enum (
    'header',     -- the display name of a From header
    'signature',  -- the signature block of a message's new text, read by rules
    'llm',        -- the signature block, read by a language model (only where rules were unsure)
    'enrichment', -- a web search provider (optional, off without a key)
    'user'        -- typed by a member of the team
);

-- Where a message stands in the intelligence pipeline.
create type public.insight_state as enum (
    'pending',      -- waiting for the next autofill run
    'queued',       -- on the intelligence queue for a worker
    'done',         -- read; its facts are recorded
    'no_signature', -- read; no signature in its new text
    'failed'        -- kept failing; the reason says why (the queue message is archived)
);

-- Domains of free-mail providers: an address there says nothing about an organisation.
create table private.free_mail_domains (
    domain text primary key check (domain = lower(domain))
);
comment on table private.free_mail_domains is
'Free-mail domains (gmail.com, orange.fr …): their addresses never make an organisation by domain.';
insert into private.free_mail_domains (domain)
values
('gmail.com'), ('googlemail.com'), ('yahoo.com'), ('yahoo.fr'), ('ymail.com'), ('hotmail.com'), ('hotmail.fr'),
('outlook.com'), ('outlook.fr'), ('live.com'), ('live.fr'), ('msn.com'), ('icloud.com'), ('me.com'), ('mac.com'),
('aol.com'), ('aol.fr'), ('orange.fr'), ('wanadoo.fr'), ('free.fr'), ('sfr.fr'), ('neuf.fr'), ('laposte.net'),
('bbox.fr'), ('numericable.fr'), ('club-internet.fr'), ('aliceadsl.fr'), ('voila.fr'), ('gmx.fr'), ('gmx.com'),
('gmx.de'), ('gmx.net'), ('web.de'), ('protonmail.com'), ('proton.me'), ('pm.me'), ('yandex.com'), ('mail.com'),
('tutanota.com'), ('skynet.be'), ('bluewin.ch'),
-- The providers of clients in France, Belgium, Switzerland, Luxembourg and Quebec, and the large ones elsewhere: an
-- adviser at one of them is not the colleague of a client there (R1, private.outside_the_team).
('cegetel.net'), ('noos.fr'), ('tele2.fr'), ('9online.fr'), ('libertysurf.fr'), ('netcourrier.com'), ('mailo.com'),
('caramail.com'), ('icloud.fr'), ('telenet.be'), ('proximus.be'), ('voo.be'), ('scarlet.be'), ('hotmail.be'),
('live.be'), ('sunrise.ch'), ('hispeed.ch'), ('gmx.ch'), ('bluemail.ch'), ('protonmail.ch'), ('pt.lu'),
('videotron.ca'), ('sympatico.ca'), ('bell.net'), ('yahoo.ca'), ('hotmail.ca'), ('hotmail.co.uk'), ('yahoo.co.uk'),
('live.co.uk'), ('btinternet.com'), ('sky.com'), ('t-online.de'), ('freenet.de'), ('posteo.de'), ('mailbox.org'),
('libero.it'), ('virgilio.it'), ('tiscali.it'), ('alice.it'), ('hotmail.it'), ('yahoo.it'), ('hotmail.es'),
('yahoo.es'), ('telefonica.net'), ('zoho.com'), ('fastmail.com'), ('tuta.io'), ('yandex.ru'), ('mail.ru'),
('qq.com'), ('163.com'), ('126.com'), ('naver.com'), ('comcast.net'), ('verizon.net'), ('att.net'),
('sbcglobal.net');

-- A team's intelligence settings; a team without a row has the defaults (private.intelligence_settings).
create table public.intelligence_settings (
    team_id uuid primary key references public.teams (id) on delete cascade,
    -- The hourly autofill job reads this team's mail.
    autofill_enabled boolean not null default true,
    -- A fact at or above it is applied; below it, a suggestion for a human.
    autofill_threshold numeric(3, 2) not null default 0.92 check (autofill_threshold between 0.50 and 1.00),
    -- Messages per autofill run (hourly job or run-now).
    autofill_batch_size integer not null default 50 check (autofill_batch_size between 1 and 1000),
    -- The region phone numbers without a country code are read in (ISO 3166-1 alpha-2).
    default_region text not null default 'FR' check (default_region ~ '^[A-Z]{2}$'),
    -- Sources on or off: a signature the rules leave below the floor may go to an LLM when one is configured.
    llm_enabled boolean not null default true,
    llm_confidence_floor numeric(3, 2) not null default 0.60 check (llm_confidence_floor between 0 and 1),
    web_enrichment_enabled boolean not null default false,
    updated_at timestamptz not null default now()
);
comment on table public.intelligence_settings is
'A team''s autofill settings (threshold, batch size, default phone region, sources); no row: the defaults.';

create table public.organisations (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    -- Found by domain (lower-case, never a free-mail domain), else by name.
    domain text check (domain = lower(domain) and domain ~ '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.[a-z]{2,}$'),
    -- Current values, chosen from organisation_facts.
    name text check (length(btrim(name)) between 1 and 300),
    website text,
    phone text,
    postal_address text,
    linkedin text,
    -- The member whose contact brought it (decides its suggestions with the team's admins).
    owner_id uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- When web enrichment last looked it up (the team's option; again after 7 days at the earliest).
    enriched_at timestamptz,
    check (domain is not null or name is not null),
    foreign key (team_id, owner_id) references public.team_members (team_id, user_id) on delete set null (owner_id)
);
-- One organisation per domain, and per name among those without a domain, in a team.
create unique index organisations_team_domain_key on public.organisations (team_id, domain)
where domain is not null;
create unique index organisations_team_name_key on public.organisations (team_id, lower(name))
where domain is null;
-- A free-mail signature that names a company known by its domain finds it by name (worker.record_signature).
create index organisations_team_domain_name_idx on public.organisations (team_id, lower(name))
where domain is not null;
-- The owner's membership (on delete set null): removing a member finds what they own without a scan.
create index organisations_team_owner_idx on public.organisations (team_id, owner_id);
comment on table public.organisations is
'A company or firm a team deals with, by domain (not free mail) or name; its fields'' current values.';

-- The lawful basis a team processes a contact's data on (GDPR Art. 6; PRIVACY.md, "Lawful basis").
create type public.lawful_basis as enum (
    'legitimate_interest', -- B2B prospecting (the default: CNIL allows it for professional addresses)
    'consent',             -- the person agreed (a form, a written yes)
    'contract'             -- a client: processing needed for a contract with them
);

create table public.contacts (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    address text not null check (address = lower(address) and address ~ '^[^@\s]+@[^@\s]+$'),
    organisation_id uuid references public.organisations (id) on delete set null,
    -- The member whose mailbox first exchanged with them: decides their suggestions with the team's admins.
    owner_id uuid,
    -- Current values, chosen from contact_facts (a value a user set by hand first).
    name text,
    title text,
    company text,
    phone_mobile text,
    phone_landline text,
    phone_fax text,
    website text,
    linkedin text,
    postal_address text,
    first_seen_at timestamptz not null,
    last_seen_at timestamptz not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- Lawful basis (public.set_contact_basis): which, where it came from, since when (PRIVACY.md: each contact
    -- carries it; legitimate interest from mail since the contact was first seen).
    lawful_basis public.lawful_basis not null default 'legitimate_interest',
    basis_source text not null default 'mail' check (length(btrim(basis_source)) between 1 and 200),
    basis_at timestamptz,
    -- An objection (Art. 21, public.record_objection): prospecting ends through R8 (suppression, tracking stopped).
    objected_at timestamptz,
    objection_detail text check (length(objection_detail) <= 500),
    unique (team_id, address),
    foreign key (team_id, owner_id) references public.team_members (team_id, user_id) on delete set null (owner_id)
);
-- An organisation's contacts; deleting one (on delete set null) finds them without a scan.
create index contacts_organisation_id_idx on public.contacts (organisation_id) where organisation_id is not null;
-- The owner's membership (on delete set null), and "my contacts".
create index contacts_team_owner_idx on public.contacts (team_id, owner_id);
comment on table public.contacts is
'A person a team writes to or hears from, by address; their fields'' current values, chosen from their facts.';

create table public.contact_facts (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    contact_id uuid not null references public.contacts (id) on delete cascade,
    -- The contact's address, so that a person's facts are found (and erased) by it.
    address text not null check (address = lower(address)),
    field text not null check (field in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'email', 'website', 'linkedin',
        'postal_address'
    )),
    value text not null check (length(btrim(value)) between 1 and 500),
    source public.fact_source not null,
    -- The last message it was seen in (on delete set null: the fact stays, its evidence goes).
    source_message_id uuid references public.messages (id) on delete set null,
    confidence numeric(4, 3) not null check (confidence between 0 and 1),
    status public.fact_status not null,
    seen_count integer not null default 1 check (seen_count >= 1),
    first_observed_at timestamptz not null,
    observed_at timestamptz not null,
    -- A human's decision (accept, edit, reject, or typed by hand): a decided applied fact is a hand-set value.
    decided_by uuid references auth.users (id) on delete set null,
    decided_at timestamptz,
    created_at timestamptz not null default now(),
    unique (contact_id, field, value)
);
-- A team's suggestions, for the review list and bulk decisions.
create index contact_facts_team_status_idx on public.contact_facts (team_id, status, field);
-- Erasing a message finds the facts it evidenced (on delete set null) without a scan.
create index contact_facts_source_message_idx on public.contact_facts (source_message_id)
where source_message_id is not null;
-- A user deleted from Auth (on delete set null) finds their decisions without a scan.
create index contact_facts_decided_by_idx on public.contact_facts (decided_by) where decided_by is not null;
comment on table public.contact_facts is
'One value of one field of a contact, with its source, evidence, confidence and status (applied, suggested, '
'rejected).';

create table public.organisation_facts (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    organisation_id uuid not null references public.organisations (id) on delete cascade,
    field text not null check (field in ('name', 'website', 'phone', 'postal_address', 'linkedin')),
    value text not null check (length(btrim(value)) between 1 and 500),
    source public.fact_source not null,
    source_message_id uuid references public.messages (id) on delete set null,
    confidence numeric(4, 3) not null check (confidence between 0 and 1),
    status public.fact_status not null,
    seen_count integer not null default 1 check (seen_count >= 1),
    first_observed_at timestamptz not null,
    observed_at timestamptz not null,
    decided_by uuid references auth.users (id) on delete set null,
    decided_at timestamptz,
    created_at timestamptz not null default now(),
    unique (organisation_id, field, value)
);
create index organisation_facts_team_status_idx on public.organisation_facts (team_id, status, field);
create index organisation_facts_source_message_idx on public.organisation_facts (source_message_id)
where source_message_id is not null;
create index organisation_facts_decided_by_idx on public.organisation_facts (decided_by) where decided_by is not null;
comment on table public.organisation_facts is
'One value of one field of an organisation, with its source, evidence, confidence and status.';

-- Each message's way through the intelligence pipeline: what the autofill job queues, what a worker read.
create table public.message_insights (
    message_id uuid primary key references public.messages (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    -- The sender's address (inbound) or null (outbound: its recipients become contacts without a worker).
    address text check (address = lower(address)),
    direction text not null check (direction in ('inbound', 'outbound')),
    state public.insight_state not null default 'pending',
    attempts integer not null default 0,
    reason text,
    -- What the worker found: the signature's confidence, how many fields, whether an LLM read it.
    signature_confidence numeric(4, 3) check (signature_confidence between 0 and 1),
    fields_found integer,
    reached_llm boolean not null default false,
    created_at timestamptz not null default now(),
    queued_at timestamptz,
    done_at timestamptz,
    -- When the message was received (or sent): mail from before its mailbox was connected
    -- (mailboxes.tracks_from) is history, read after the mail that arrives from then on.
    message_at timestamptz not null
);
-- The autofill runs take each team's pending messages, inbound and outbound apart, outbound oldest first.
create index message_insights_team_state_idx on public.message_insights (team_id, state, direction, message_at);
-- The minutely live-mail run reads each mailbox's pending mail from its connection on; deleting a mailbox
-- cascades through it.
create index message_insights_mailbox_state_idx on public.message_insights (mailbox_id, state, message_at);
comment on table public.message_insights is
'Where each message stands in the intelligence pipeline (pending, queued, done, no_signature, failed) and what '
'was found.';
