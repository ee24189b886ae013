-- Dead letters: the messages a worker could not ingest (poison: a value the contract refuses, a body no
-- parser reads), set aside with the reason so that the sync goes on past them and a team admin can see them
-- and ask for a retry. Functions: sql/functions/160_dead_letters.sql; RLS and grants:
-- sql/policies/050_dead_letters.sql.

-- One row per message of a mailbox that failed (the provider's id names it; the message itself stays at the
-- provider, which a retry fetches it from again). Never the message's content: only why it failed.
create table public.dead_letters (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references public.teams (id) on delete cascade,
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    provider_message_id text not null check (length(provider_message_id) between 1 and 512),
    -- Where the provider filed it, when the worker got that far.
    folder text check (folder in ('inbox', 'sent', 'other')),
    stage text not null check (stage in (
        'normalise', -- the provider's message could not be read into the contract
        'analyse',   -- the analysis of its text failed
        'ingest'     -- ingest_message refused it
    )),
    -- The SQLSTATE of a refusal by SQL, else null.
    sqlstate text check (sqlstate ~ '^[0-9A-Z]{5}$'),
    reason text not null check (length(reason) between 1 and 2000),
    status text not null default 'dead' check (status in (
        'dead',            -- set aside: the sync went on without it
        'retry_requested', -- an admin asked for a retry: the next worker pass fetches and ingests it again
        'resolved'         -- a retry ingested it
    )),
    attempts integer not null default 1 check (attempts >= 1),
    first_failed_at timestamptz not null,
    last_failed_at timestamptz not null,
    retry_requested_at timestamptz,
    retry_requested_by uuid references auth.users (id) on delete set null,
    resolved_at timestamptz,
    check ((status = 'resolved') = (resolved_at is not null)),
    check (status <> 'retry_requested' or retry_requested_at is not null),
    -- A message fails once per mailbox: failing again updates its row.
    unique (mailbox_id, provider_message_id)
);
-- Team admins list their team's dead letters; deleting a team cascades through it.
create index dead_letters_team_id_idx on public.dead_letters (team_id, last_failed_at);
-- Workers pick up the retries asked for, and nothing else.
create index dead_letters_retry_idx on public.dead_letters (retry_requested_at) where status = 'retry_requested';
-- Who asked for the retry (on delete set null): deleting a user finds their requests without a scan.
create index dead_letters_retry_requested_by_idx on public.dead_letters (retry_requested_by)
where retry_requested_by is not null;
comment on table public.dead_letters is
'Messages a worker could not ingest, with why (stage, SQLSTATE, reason), never their content; team admins '
'see them and ask for a retry (public.retry_dead_letter), the workers fetch and ingest them again.';
