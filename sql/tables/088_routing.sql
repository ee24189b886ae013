-- Routing, human in the loop, learning (issue 13, items 2-4; ../shared/INTELLIGENCE.md "Routing, human in the
-- loop, learning", R15 in ../shared/BEHAVIOUR.md). Functions: sql/functions/173_routing.sql (rules, routing,
-- R15 resume) and sql/functions/174_ai_feedback.sql (corrections, feedback, accuracy); RLS and grants:
-- sql/policies/067_routing.sql.

-- R15: the owner (or an admin) may ask that the sequence resume on the date a "not now" names
-- (public.resume_after_not_now); the scheduler's tick then makes the tracked email active again, with one
-- follow-up due at the first working hour of that date (private.r15_resume_due).
alter table public.reminders
add column resume_at timestamptz,
add column resume_requested_by uuid references auth.users (id) on delete set null,
add column resumed_at timestamptz,
add column resume_outcome text check (length(resume_outcome) between 1 and 300);
-- The tick reads the resumes that are due, and nothing else.
create index reminders_resume_due_idx on public.reminders (resume_at)
where resume_at is not null and resumed_at is null and done_at is null;
-- A user deleted from Auth (on delete set null) finds their requests without a scan.
create index reminders_resume_requested_by_idx on public.reminders (resume_requested_by)
where resume_requested_by is not null;
comment on column public.reminders.resume_at is
'R15: when the owner asked the sequence to resume, the first working hour of due_on (mailbox settings); null '
'when no resume is asked.';

-- A routing rule: conditions (each kind optional, every given kind must match, any value within a kind) and
-- actions (assign, label, notify). Ordered per team by position; the first enabled rule that matches wins.
create table public.routing_rules (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    position integer not null check (position >= 1),
    name text not null check (length(btrim(name)) between 1 and 120),
    enabled boolean not null default true,
    -- Conditions. Empty array: that kind is not a condition. At least one kind is given (checked below).
    intents public.intent_label[] not null default '{}',
    -- Sender domains, lowercased (a subdomain matches too).
    sender_domains text[] not null default '{}',
    -- Whole words, in the subject or the reply's new text, case- and accent-insensitive; stored as typed.
    keywords text[] not null default '{}',
    mailbox_ids uuid[] not null default '{}',
    -- Actions (at least one).
    assign_to uuid,
    labels text[] not null default '{}',
    notify_user_id uuid,
    created_by uuid references auth.users (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (team_id, position) deferrable initially deferred,
    check (cardinality(intents) + cardinality(sender_domains) + cardinality(keywords) + cardinality(mailbox_ids) > 0),
    check (assign_to is not null or notify_user_id is not null or cardinality(labels) > 0),
    -- The assignee and the member notified are members of the team: a member who leaves takes the rules that
    -- name them with them (the next rule, or the mailbox's owner, takes over).
    foreign key (team_id, assign_to) references public.team_members (team_id, user_id) on delete cascade,
    foreign key (team_id, notify_user_id) references public.team_members (team_id, user_id) on delete cascade
);
-- The unique (team_id, position) index serves the team's ordered list and the team's cascade.
-- The memberships' cascades.
create index routing_rules_assign_idx on public.routing_rules (team_id, assign_to);
create index routing_rules_notify_idx on public.routing_rules (team_id, notify_user_id);
create index routing_rules_created_by_idx on public.routing_rules (created_by) where created_by is not null;
comment on table public.routing_rules is
'A team''s routing rules, in order (position): conditions on intent, sender domain, keywords (whole words in '
'the subject or new text, case- and accent-insensitive) and mailbox; actions assign, label, notify. First '
'enabled match wins; no match falls back to the mailbox''s owner. Written through the admins'' RPCs only.';

-- Where a reply went: one row per routed inbound message, written when its intent is recorded or corrected.
-- "Assigned to me" is `assigned_to = auth.uid()`; the assignee, the mailbox's owner and the team's admins see it.
create table public.message_routes (
    message_id uuid primary key references public.messages (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    tracked_email_id uuid references public.tracked_emails (id) on delete set null,
    -- The sender, so that what concerns a person is found (and erased) by their address.
    address text check (address = lower(address)),
    -- The member who should act: the matching rule's assignee, else the mailbox's owner.
    assigned_to uuid not null,
    labels text[] not null default '{}',
    -- The rule that matched (null: no rule matched, the fallback to the owner; or the rule was deleted since).
    rule_id uuid references public.routing_rules (id) on delete set null,
    rule_name text,
    intent public.intent_label not null,
    routed_at timestamptz not null,
    -- Leaving the team hands the reply back: deleted with the membership (routing it again gives it an owner).
    foreign key (team_id, assigned_to) references public.team_members (team_id, user_id) on delete cascade
);
-- "Assigned to me", newest first; also the membership's cascade.
create index message_routes_assigned_idx on public.message_routes (team_id, assigned_to, routed_at desc);
create index message_routes_mailbox_id_idx on public.message_routes (mailbox_id);
create index message_routes_tracked_email_id_idx on public.message_routes (tracked_email_id)
where tracked_email_id is not null;
create index message_routes_address_idx on public.message_routes (address);
create index message_routes_rule_id_idx on public.message_routes (rule_id) where rule_id is not null;
comment on table public.message_routes is
'Where each routed reply went: the member assigned (a rule''s assignee, else the mailbox''s owner), its labels '
'and the rule that matched. Visible to the assignee, the mailbox''s owner and the team''s admins.';

-- Every human decision on what the AI read: approving, rejecting or correcting an intent or a fact.
create table public.ai_feedback (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    -- Who decided (null once the user is deleted).
    user_id uuid references auth.users (id) on delete set null,
    subject text not null check (subject in ('intent', 'fact')),
    -- ignore: the suggestion was dismissed without a decision (INTELLIGENCE.md: every accept, reject, edit or
    -- ignore is recorded); it is not a judgement, so accuracy leaves it out.
    action text not null check (action in ('approve', 'reject', 'correct', 'ignore')),
    -- intent: the intent class read; fact: the field (name, title, company …).
    class text not null check (length(class) between 1 and 60),
    -- What was read, by whom (rules, llm, signature, web …) and how sure.
    original_value text check (length(original_value) <= 500),
    source text not null check (length(source) between 1 and 30),
    confidence numeric(4, 3) check (confidence between 0 and 1),
    -- The value the user gave instead (correct), or null.
    corrected_value text check (length(corrected_value) <= 500),
    message_id uuid references public.messages (id) on delete set null,
    -- The contact or organisation fact decided (no foreign key: either table; a deleted fact leaves its feedback).
    fact_id uuid,
    -- The address concerned (the sender, the contact): a person's feedback is found (and erased) by it.
    address text check (address = lower(address)),
    occurred_at timestamptz not null,
    check (action <> 'correct' or corrected_value is not null)
);
create index ai_feedback_team_occurred_idx on public.ai_feedback (team_id, occurred_at);
create index ai_feedback_address_idx on public.ai_feedback (address);
create index ai_feedback_user_id_idx on public.ai_feedback (user_id) where user_id is not null;
create index ai_feedback_message_id_idx on public.ai_feedback (message_id) where message_id is not null;
comment on table public.ai_feedback is
'Every approve, reject, correct or ignore of an intent or a fact: who, the original value, source and confidence, the '
'corrected value, when, the address concerned. Accuracy: ai_accuracy_metrics. Written by the RPCs only.';
