-- What follow-ups say (R16, issue 15): the team's templates per step and language (optionally per mailbox), with
-- A/B variants; the variant each tracked email was given; the language of each tracked email; the team's default
-- language; the mailbox's signature. Rendering and the RPCs are in sql/functions/200_templates.sql, RLS in
-- sql/policies/090_templates.sql.
--
-- Templates have no subject: a follow-up replies in the thread ("Re: " the original subject), so nothing a
-- template says can reach a header. The text body is the template; the HTML body is either generated from the
-- text (escaped, line breaks kept) or the template's own HTML, which must stay inside a small safe subset
-- (private.check_safe_html). Placeholder values are always escaped in HTML.

-- The language of a tracked email's text (ISO 639-1, from the worker's analysis: analysis.language of the
-- message it tracks); null when the detector was unsure. The follow-up uses that language's template, else the
-- team's default language.
alter table public.tracked_emails add column language text check (language ~ '^[a-z]{2}$');
comment on column public.tracked_emails.language is
'The language of the tracked message''s text (ISO 639-1, detected by the worker), or null when unsure.';

-- Every variant's reply rate (R16) and the report's: which send an answer answers (the last one before it) is read
-- from when the answer counts as given: its receipt (answered_at), or the send of the latest message its links name
-- when that is later (R5: links beat clocks; the person's server clock behind the mailbox's). Written by
-- private.stop_tracked with answered_at (private.answer_credited_at); null before any answer.
alter table public.tracked_emails add column answer_credited_at timestamptz;
comment on column public.tracked_emails.answer_credited_at is
'When the answer counts as given for the reply rates: its receipt, or the send of the latest message it links to.';

-- The language of the team's follow-ups when a tracked email's language is unknown or has no template; one of
-- the languages the built-in texts speak.
alter table public.team_settings add column default_language text not null default 'fr'
check (default_language in ('fr', 'en'));
comment on column public.team_settings.default_language is
'The language of follow-ups whose tracked email''s language is unknown or has no template (fr or en).';

create table public.followup_templates (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    -- Null: every mailbox of the team; else only this mailbox (its templates replace the team's for a step and
    -- language).
    mailbox_id uuid references public.mailboxes (id) on delete cascade,
    step integer not null check (step between 1 and 10),
    language text not null check (language ~ '^[a-z]{2}$'),
    -- A/B: the variants of one step and language share it out by weight.
    variant text not null default 'A' check (variant ~ '^[A-Za-z0-9][A-Za-z0-9 _-]{0,31}$'),
    weight integer not null default 1 check (weight between 1 and 1000),
    body_text text not null check (length(body_text) between 1 and 10000),
    -- Null: generated from body_text.
    body_html text check (length(body_html) between 1 and 50000),
    -- A stopped variant is given to no new tracked email; those that have it keep it.
    stopped_at timestamptz,
    -- An archived template is used no more (tracked emails that had it are given another).
    archived_at timestamptz,
    created_by uuid references auth.users (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
-- One live template per team, mailbox (or none), step, language and variant; also how a follow-up finds its
-- step's variants.
create unique index followup_templates_live_key on public.followup_templates (
    team_id, step, language, mailbox_id, lower(variant)
) nulls not distinct
where archived_at is null;
-- Deleting a team cascades through its templates, archived ones included.
create index followup_templates_team_id_idx on public.followup_templates (team_id);
-- The mailbox (on delete cascade) finds its templates without a scan.
create index followup_templates_mailbox_id_idx on public.followup_templates (mailbox_id)
where mailbox_id is not null;
-- The author (on delete set null).
create index followup_templates_created_by_idx on public.followup_templates (created_by)
where created_by is not null;
comment on table public.followup_templates is
'What a follow-up says, per team (optionally per mailbox), step, language and A/B variant; changed through '
'create/update/archive_followup_template and stop_followup_variant (admins), audited.';

-- The variant each tracked email was given at each step: once, deterministically (a hash of the tracked email id
-- and the step over the live variants' weights), and kept, so its statistics are the variant's.
create table public.followup_variant_assignments (
    tracked_email_id uuid not null references public.tracked_emails (id) on delete cascade,
    step integer not null check (step between 1 and 10),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    -- Null: the built-in text (the team had no template for the step and language).
    template_id uuid references public.followup_templates (id) on delete set null,
    language text not null check (language ~ '^[a-z]{2}$'),
    variant text not null,
    assigned_at timestamptz not null,
    primary key (tracked_email_id, step)
);
-- The statistics per variant (followup_variant_stats) and the template (on delete set null).
create index followup_variant_assignments_template_idx on public.followup_variant_assignments (template_id);
-- Deleting a team or a mailbox cascades through them; RLS reads them by mailbox.
create index followup_variant_assignments_team_idx on public.followup_variant_assignments (team_id);
create index followup_variant_assignments_mailbox_idx on public.followup_variant_assignments (mailbox_id);
comment on table public.followup_variant_assignments is
'The template variant each tracked email was given at each step (once, deterministic, kept). Engine-written.';

-- The mailbox's signature (mail sent through Graph or the Gmail API gets no client signature): proposed by the
-- worker from the user's own recent sent mail, confirmed (or written) by the user; {{signature}} appends it.
create table private.mailbox_signatures (
    mailbox_id uuid primary key references public.mailboxes (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    proposed_text text check (length(proposed_text) between 1 and 2000),
    proposed_html text check (length(proposed_html) between 1 and 10000),
    proposed_at timestamptz,
    signature_text text check (length(signature_text) between 1 and 2000),
    signature_html text check (length(signature_html) between 1 and 10000),
    confirmed_at timestamptz,
    confirmed_by uuid references auth.users (id) on delete set null
);
-- Deleting a team cascades through them.
create index mailbox_signatures_team_idx on private.mailbox_signatures (team_id);
-- The confirming user (on delete set null).
create index mailbox_signatures_confirmed_by_idx on private.mailbox_signatures (confirmed_by)
where confirmed_by is not null;
comment on table private.mailbox_signatures is
'A mailbox''s signature: the one proposed from its sent mail and the one its user confirmed (plain and HTML).';
