-- Connector state for the workers: connecting a mailbox, its encrypted credentials and its delta sync
-- cursors, and pausing a mailbox whose grant the provider refused. service_role only: the ciphertext is
-- opaque here (the workers encrypt and decrypt), and neither anon nor authenticated can call any of it.

create or replace function worker.connect_mailbox(
    p_team_id uuid,
    p_owner_id uuid,
    p_provider public.mail_provider,
    p_address text,
    p_display_name text default null,
    p_now timestamptz default now()
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_id uuid;
    v_address text := lower(btrim(p_address));
    v_before public.mailboxes;
    v_status public.mailbox_status;
    v_moved integer := 0;
begin
    -- Lock order (065_lock_order.sql): the mailbox (step 2), then (resuming) its tracked emails and follow-ups.
    select * into v_before from public.mailboxes as m
    where m.team_id = p_team_id and m.address = v_address
    for no key update;
    insert into public.mailboxes (
        team_id, owner_id, provider, address, display_name, status, status_changed_at, tracks_from
    )
    values (p_team_id, p_owner_id, p_provider, v_address, p_display_name, 'active', p_now, p_now)
    on conflict (team_id, address) do update
    set display_name = coalesce(excluded.display_name, public.mailboxes.display_name),
        -- R1: what was sent while the mailbox was disconnected was not under watch (its owner chose so); what
        -- was sent while its grant lapsed (needs_reauth) was, and is tracked when the catch-up reads it.
        tracks_from = case when public.mailboxes.status = 'disconnected' then p_now
            else public.mailboxes.tracks_from end,
        -- Reconnecting ends needs_reauth/disconnected; a mailbox its owner paused stays paused.
        status = case when public.mailboxes.status = 'paused' then 'paused'::public.mailbox_status
            else 'active'::public.mailbox_status end,
        status_reason = case when public.mailboxes.status = 'paused' then public.mailboxes.status_reason end,
        status_changed_at = case when public.mailboxes.status in ('needs_reauth', 'disconnected') then p_now
            else public.mailboxes.status_changed_at end,
        back_at = case when public.mailboxes.status in ('needs_reauth', 'disconnected') then p_now
            else public.mailboxes.back_at end,
        updated_at = p_now
    where public.mailboxes.provider = excluded.provider
    returning id, status into v_id, v_status;
    if v_id is null then
        raise exception 'connect_mailbox: % is already connected with another provider', v_address
        using errcode = '23505';
    end if;
    -- R11: a mailbox back from needs_reauth or disconnected resumes without a backlog burst: what fell due
    -- while it could not send is rescheduled from now.
    if v_before.status in ('needs_reauth', 'disconnected') and v_status = 'active' then
        v_moved := private.resume_overdue(null, v_id, null, p_now, 'mailbox reconnected');
    end if;
    perform private.log_event(p_team_id, 'mailbox_connected',
        format('%s %s (%s)', v_address, case when v_before.id is null then 'connected' else 'reconnected' end,
            p_provider),
        p_now, v_id, null, null, null,
        jsonb_build_object(
            'before', case when v_before.id is not null then
                jsonb_build_object('status', v_before.status, 'status_reason', v_before.status_reason) end,
            'after', jsonb_build_object('status', v_status),
            'overdue_rescheduled', v_moved
        ));
    perform private.audit(p_team_id, 'mailbox', v_id::text,
        case when v_before.id is null then 'connected' else 'reconnected' end,
        case when v_before.id is not null then
            jsonb_build_object('status', v_before.status, 'status_reason', v_before.status_reason) end,
        jsonb_build_object('status', v_status, 'provider', p_provider, 'owner_id', p_owner_id), p_now);
    return v_id;
end
$$;

revoke all on function worker.connect_mailbox(uuid, uuid, public.mail_provider, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.connect_mailbox(uuid, uuid, public.mail_provider, text, text, timestamptz)
to service_role;
comment on function worker.connect_mailbox(uuid, uuid, public.mail_provider, text, text, timestamptz) is
'Connects (or reconnects) a mailbox of a team: creates it active, or brings a needs_reauth/disconnected one '
'back to active (a paused one stays paused), rescheduling what fell due meanwhile from p_now (R11: no '
'backlog burst). A first connection, and a reconnection after a disconnection, set tracks_from to p_now (R1: '
'the mail sent before is never chased). The event records the status before and after. Returns its id. '
'Idempotent.';

create or replace function worker.store_mailbox_credentials(p_mailbox_id uuid, p_ciphertext bytea, p_key_id text)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    insert into private.mailbox_credentials (mailbox_id, team_id, provider, ciphertext, key_id, updated_at)
    select m.id, m.team_id, m.provider, p_ciphertext, p_key_id, clock_timestamp()
    from public.mailboxes as m
    where m.id = p_mailbox_id
    on conflict (mailbox_id) do update
    set ciphertext = excluded.ciphertext, key_id = excluded.key_id, updated_at = excluded.updated_at;
    if not found then
        raise exception 'store_mailbox_credentials: no mailbox %', p_mailbox_id using errcode = '22023';
    end if;
end
$$;

revoke all on function worker.store_mailbox_credentials(uuid, bytea, text) from public, anon, authenticated;
grant execute on function worker.store_mailbox_credentials(uuid, bytea, text) to service_role;
comment on function worker.store_mailbox_credentials(uuid, bytea, text) is
'Stores a mailbox''s encrypted credentials (the workers encrypt; this never sees plaintext), replacing '
'the previous ones. Idempotent.';

create or replace function worker.load_mailbox_credentials(p_mailbox_id uuid)
returns bytea
language sql
stable
security definer
set search_path = ''
as $$
    select c.ciphertext from private.mailbox_credentials as c where c.mailbox_id = p_mailbox_id
$$;

revoke all on function worker.load_mailbox_credentials(uuid) from public, anon, authenticated;
grant execute on function worker.load_mailbox_credentials(uuid) to service_role;
comment on function worker.load_mailbox_credentials(uuid) is
'The encrypted credentials of a mailbox, or null when it has none. Stable.';

create or replace function worker.load_sealed_credentials(p_mailbox_id uuid)
returns table (ciphertext bytea, key_id text)
language sql
stable
security definer
set search_path = ''
as $$
    select c.ciphertext, c.key_id from private.mailbox_credentials as c where c.mailbox_id = p_mailbox_id
$$;

revoke all on function worker.load_sealed_credentials(uuid) from public, anon, authenticated;
grant execute on function worker.load_sealed_credentials(uuid) to service_role;
comment on function worker.load_sealed_credentials(uuid) is
'The encrypted credentials of a mailbox with the id of the key that sealed them (which chooses the key '
'that opens them); no row when it has none. Stable.';

create or replace function worker.list_credential_keys(p_except_key_id text)
returns table (mailbox_id uuid, key_id text)
language sql
stable
security definer
set search_path = ''
as $$
    select c.mailbox_id, c.key_id from private.mailbox_credentials as c
    where c.key_id <> p_except_key_id
    order by c.mailbox_id
$$;

revoke all on function worker.list_credential_keys(text) from public, anon, authenticated;
grant execute on function worker.list_credential_keys(text) to service_role;
comment on function worker.list_credential_keys(text) is
'Key rotation: the mailboxes whose credentials are sealed with another key than p_except_key_id (the '
'current one), with the key id of each. Stable.';

create or replace function worker.replace_sealed_credentials(
    p_mailbox_id uuid, p_expected bytea, p_ciphertext bytea, p_key_id text
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    -- Compare and set: a worker that re-sealed the credentials since the rotation read them wins.
    update private.mailbox_credentials as c
    set ciphertext = p_ciphertext, key_id = p_key_id, updated_at = clock_timestamp()
    where c.mailbox_id = p_mailbox_id and c.ciphertext = p_expected;
    return found;
end
$$;

revoke all on function worker.replace_sealed_credentials(uuid, bytea, bytea, text) from public, anon, authenticated;
grant execute on function worker.replace_sealed_credentials(uuid, bytea, bytea, text) to service_role;
comment on function worker.replace_sealed_credentials(uuid, bytea, bytea, text) is
'Key rotation: replaces a mailbox''s encrypted credentials (and key id) only if they are still p_expected; '
'false when they changed meanwhile (read them again) or are gone. One credential per call: an interrupted '
'rotation keeps what it did.';

create or replace function worker.get_sync_cursor(p_mailbox_id uuid, p_folder text)
returns text
language sql
stable
security definer
set search_path = ''
as $$
    select s.cursor from private.mailbox_sync_state as s where s.mailbox_id = p_mailbox_id and s.folder = p_folder
$$;

revoke all on function worker.get_sync_cursor(uuid, text) from public, anon, authenticated;
grant execute on function worker.get_sync_cursor(uuid, text) to service_role;
comment on function worker.get_sync_cursor(uuid, text) is
'The sync cursor of a mailbox: a Graph folder''s delta link (inbox, sentitems) or Gmail''s historyId '
'(history); null: start a full sync. Stable.';

create or replace function worker.set_sync_cursor(p_mailbox_id uuid, p_folder text, p_cursor text)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
    insert into private.mailbox_sync_state (mailbox_id, folder, cursor, updated_at)
    values (p_mailbox_id, p_folder, p_cursor, clock_timestamp())
    on conflict (mailbox_id, folder) do update set cursor = excluded.cursor, updated_at = excluded.updated_at
$$;

revoke all on function worker.set_sync_cursor(uuid, text, text) from public, anon, authenticated;
grant execute on function worker.set_sync_cursor(uuid, text, text) to service_role;
comment on function worker.set_sync_cursor(uuid, text, text) is
'Stores the delta cursor of a mailbox folder; null forgets it (the next sync is a full one). Idempotent.';

create or replace function worker.list_connected_mailboxes(p_provider public.mail_provider)
returns table (mailbox_id uuid, team_id uuid, address text, status public.mailbox_status)
language sql
stable
security definer
set search_path = ''
as $$
    select m.id, m.team_id, m.address, m.status
    from public.mailboxes as m
    join private.mailbox_credentials as c on c.mailbox_id = m.id
    where m.provider = p_provider and m.status in ('active', 'paused')
    order by m.address
$$;

revoke all on function worker.list_connected_mailboxes(public.mail_provider) from public, anon, authenticated;
grant execute on function worker.list_connected_mailboxes(public.mail_provider) to service_role;
comment on function worker.list_connected_mailboxes(public.mail_provider) is
'Mailboxes of a provider that have credentials and are active or paused (a paused mailbox is still '
'synced, so answers keep stopping follow-ups). Stable.';

create or replace function worker.colleague_mailboxes(p_mailbox_id uuid)
returns table (mailbox_id uuid, provider public.mail_provider, address text)
language sql
stable
security definer
set search_path = ''
as $$
    -- The sender's last look (R5 team-wide, R13): where else the person may have answered. Only when the
    -- team counts an answer in any of its mailboxes; only mailboxes a worker can read (connected, with a grant).
    select c.id, c.provider, c.address
    from public.mailboxes as m
    join public.team_settings as s on s.team_id = m.team_id and s.reply_from_any_conversation
    join public.mailboxes as c on c.team_id = m.team_id and c.id <> m.id and c.status in ('active', 'paused')
    join private.mailbox_credentials as g on g.mailbox_id = c.id
    where m.id = p_mailbox_id
    order by c.address
$$;

revoke all on function worker.colleague_mailboxes(uuid) from public, anon, authenticated;
grant execute on function worker.colleague_mailboxes(uuid) to service_role;
comment on function worker.colleague_mailboxes(uuid) is
'The other connected mailboxes (active or paused, with a grant) of a mailbox''s team, when the team''s '
'reply_from_any_conversation is on (R5: an answer there stops the tracked email); none otherwise. What the '
'sender''s last look catches up before a follow-up leaves. Stable.';

create or replace function worker.mailbox_needs_reauth(
    p_mailbox_id uuid, p_error text, p_now timestamptz default now()
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_team uuid;
begin
    update public.mailboxes
    set status = 'needs_reauth', status_reason = left(p_error, 500), status_changed_at = p_now, updated_at = p_now
    where id = p_mailbox_id and status in ('active', 'paused')
    returning team_id into v_team;
    if v_team is null then
        return false;
    end if;
    perform private.log_event(v_team, 'mailbox_needs_reauth',
        'the provider refused the mailbox''s grant: reconnect it to resume syncing and sending', p_now,
        p_mailbox_id, null, null, null, jsonb_build_object('error', left(p_error, 500)));
    return true;
end
$$;

revoke all on function worker.mailbox_needs_reauth(uuid, text, timestamptz) from public, anon, authenticated;
grant execute on function worker.mailbox_needs_reauth(uuid, text, timestamptz) to service_role;
comment on function worker.mailbox_needs_reauth(uuid, text, timestamptz) is
'R10: the provider refused the mailbox''s grant outside a send (sync, subscription): the mailbox waits in '
'needs_reauth until reconnected. Returns true when it changed the status. Idempotent.';

-- Graph's MailboxConcurrency (4 requests in flight per app and mailbox) holds across every worker process:
-- before each Graph request a worker takes one of the mailbox's slots in a transaction of its own (on its own
-- connection), keeps that transaction open while the request is in flight, and ends it after. The slot is a
-- transaction advisory lock, so it is pooler-safe (transaction mode keeps the transaction on one server
-- connection) and comes back by itself when a worker dies (its transaction ends with its connection).
create or replace function worker.take_mailbox_request_slot(p_mailbox text, p_slots integer default 4)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- v_slot: the loop's own integer variable.
    for v_slot in 1 .. p_slots loop
        -- Tried, never waited for: outside the lock order (065_lock_order.sql). Two mailboxes whose keys
        -- collide only share a slot now and then (fewer requests at once, never more).
        if pg_catalog.pg_try_advisory_xact_lock(3, pg_catalog.hashtext(lower(p_mailbox) || ' slot ' || v_slot)) then
            return v_slot;
        end if;
    end loop;
    return null;
end
$$;

revoke all on function worker.take_mailbox_request_slot(text, integer) from public, anon, authenticated;
grant execute on function worker.take_mailbox_request_slot(text, integer) to service_role;
comment on function worker.take_mailbox_request_slot(text, integer) is
'Graph request slot of a mailbox (address): the number (1..p_slots) of a free slot, held until this '
'transaction ends, or null when all are taken (try again shortly). Never waits.';
