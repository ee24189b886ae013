-- Connector state the workers keep per mailbox, as it is now, out of reach of the Data API (schema
-- private, no grants, not even to service_role): provider credentials encrypted by the workers (the
-- database never sees plaintext) and the sync cursors. Only the service_role functions of
-- sql/functions/140_connectors.sql and 150_gmail.sql reach them.

create table private.mailbox_credentials (
    mailbox_id uuid primary key references public.mailboxes (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    provider public.mail_provider not null,
    -- AES-GCM nonce and ciphertext of the credentials (MSAL token cache, refresh token), written by Python.
    ciphertext bytea not null check (octet_length(ciphertext) > 12),
    -- Which key encrypted it (a fingerprint, never the key), so a key rotation can find what to re-encrypt.
    key_id text not null check (length(key_id) between 1 and 64),
    updated_at timestamptz not null default now()
);
-- Deleting a team cascades through it.
create index mailbox_credentials_team_id_idx on private.mailbox_credentials (team_id);
comment on table private.mailbox_credentials is
'Encrypted provider credentials per mailbox (never plaintext); reached only through service_role functions.';

create table private.mailbox_sync_state (
    mailbox_id uuid not null references public.mailboxes (id) on delete cascade,
    -- Where the cursor belongs: a Graph folder (inbox, sentitems: Graph delta is per folder), or Gmail's
    -- mailbox-wide history.
    folder text not null check (folder in ('inbox', 'sentitems', 'history')),
    -- The provider's cursor (Graph deltaLink, Gmail historyId); null means "start a full sync".
    cursor text,
    updated_at timestamptz not null default now(),
    primary key (mailbox_id, folder)
);
comment on table private.mailbox_sync_state is
'Sync cursors per mailbox: a Graph folder''s deltaLink (inbox, sentitems), Gmail''s historyId (history).';

-- No API role reads or writes these, whatever the project's default privileges in `private` are.
revoke all on private.mailbox_credentials from public, anon, authenticated, service_role;
revoke all on private.mailbox_sync_state from public, anon, authenticated, service_role;
