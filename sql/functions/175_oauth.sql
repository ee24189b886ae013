-- Connecting a mailbox from the web app (issue 16): the `oauth` edge function (supabase/functions/oauth) calls
-- these as service_role, on behalf of the signed-in user whose Supabase JWT it verified.
--
--   start:    worker.oauth_begin stores the SHA-256 of a fresh `state` with the PKCE verifier, bound to the user,
--             the team, the provider and the redirect URI, for 10 minutes (p_now: the caller's clock);
--   callback: worker.oauth_consume deletes that row whatever the outcome (single use) and says whether it was
--             this user's, for this provider, and alive; after the code exchange, in one transaction,
--             worker.oauth_connect creates or reconnects the mailbox (worker.connect_mailbox, unchanged) and
--             worker.oauth_store_grant stores the grant the function sealed (AES-256-GCM, as relance.credentials
--             seals), writes the audit event and queues the subscription/watch and backfill for a worker
--             (queue provider_events, kind `connected`; relance.worker.EventConsumer).
--
-- The web app reads each of its mailboxes' connection through public.mailbox_connections() (RLS-equivalent:
-- the mailboxes the caller may see).

create or replace function worker.oauth_begin(
    p_user_id uuid,
    p_team_id uuid,
    p_provider public.mail_provider,
    p_redirect_uri text,
    p_state_sha256 text,
    p_code_verifier text,
    p_login_hint text default null,
    p_now timestamptz default now()
)
returns timestamptz
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_expires timestamptz := p_now + interval '10 minutes';
begin
    if not exists (
        select 1 from public.team_members as m where m.team_id = p_team_id and m.user_id = p_user_id
    ) then
        raise exception 'oauth_begin: the user is not a member of this team' using errcode = '42501';
    end if;
    delete from private.oauth_states as s where s.expires_at <= p_now;
    -- A user has a handful of authorizations in flight at most; more is a script, not a person.
    if (select count(*) from private.oauth_states as s where s.user_id = p_user_id) >= 20 then
        raise exception 'oauth_begin: too many authorizations in flight; finish or wait for one to expire'
        using errcode = '54000';
    end if;
    insert into private.oauth_states (
        state_sha256, user_id, team_id, provider, redirect_uri, code_verifier, login_hint, created_at, expires_at
    )
    values (
        p_state_sha256, p_user_id, p_team_id, p_provider, p_redirect_uri, p_code_verifier,
        nullif(lower(btrim(p_login_hint)), ''), p_now, v_expires
    );
    return v_expires;
end
$$;

revoke all on function worker.oauth_begin(uuid, uuid, public.mail_provider, text, text, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.oauth_begin(uuid, uuid, public.mail_provider, text, text, text, text, timestamptz)
to service_role;
comment on function worker.oauth_begin(uuid, uuid, public.mail_provider, text, text, text, text, timestamptz) is
'OAuth start: keeps the SHA-256 of a state with its PKCE verifier, bound to user, team, provider and redirect URI, '
'for 10 minutes from p_now; deletes expired ones. Refuses a user outside the team (42501). Returns the expiry.';

create or replace function worker.oauth_consume(
    p_state_sha256 text,
    p_user_id uuid,
    p_provider public.mail_provider,
    p_now timestamptz default now()
)
returns table (outcome text, team_id uuid, redirect_uri text, code_verifier text, login_hint text)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row private.oauth_states;
begin
    -- Single use: the row goes whatever the outcome (a state shown by another user, or for another provider,
    -- has leaked and must not be tried again).
    delete from private.oauth_states as s where s.state_sha256 = p_state_sha256 returning s.* into v_row;
    delete from private.oauth_states as s where s.expires_at <= p_now;
    if v_row.state_sha256 is null then
        -- Never issued, already used, or expired and cleaned up: the same answer.
        return query select 'unknown_state'::text, null::uuid, null::text, null::text, null::text;
    elsif v_row.user_id <> p_user_id then
        return query select 'other_user'::text, null::uuid, null::text, null::text, null::text;
    elsif v_row.provider <> p_provider then
        return query select 'wrong_provider'::text, null::uuid, null::text, null::text, null::text;
    elsif v_row.expires_at <= p_now then
        return query select 'expired'::text, null::uuid, null::text, null::text, null::text;
    else
        return query select 'ok'::text, v_row.team_id, v_row.redirect_uri, v_row.code_verifier, v_row.login_hint;
    end if;
end
$$;

revoke all on function worker.oauth_consume(text, uuid, public.mail_provider, timestamptz)
from public, anon, authenticated;
grant execute on function worker.oauth_consume(text, uuid, public.mail_provider, timestamptz) to service_role;
comment on function worker.oauth_consume(text, uuid, public.mail_provider, timestamptz) is
'OAuth callback: consumes a state (deleted whatever the outcome) and answers ok (with team, redirect URI and PKCE '
'verifier), unknown_state (never issued, used or cleaned up), other_user, wrong_provider or expired.';

create or replace function worker.oauth_connect(
    p_user_id uuid,
    p_team_id uuid,
    p_provider public.mail_provider,
    p_address text,
    p_display_name text default null,
    p_now timestamptz default now()
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_address text := lower(btrim(p_address));
    v_existing public.mailboxes;
    v_id uuid;
begin
    if v_address !~ '^[^@\s]+@[^@\s]+$' then
        raise exception 'oauth_connect: the provider did not name a mail address' using errcode = '22023';
    end if;
    if not exists (
        select 1 from public.team_members as m where m.team_id = p_team_id and m.user_id = p_user_id
    ) then
        raise exception 'oauth_connect: the user is not a member of this team' using errcode = '42501';
    end if;
    select * into v_existing from public.mailboxes as m where m.team_id = p_team_id and m.address = v_address;
    -- Reconnecting someone else's mailbox is for its owner or a team admin, as changing it is (RLS on mailboxes).
    if v_existing.id is not null and v_existing.owner_id <> p_user_id and not exists (
        select 1 from public.team_members as m
        where m.team_id = p_team_id and m.user_id = p_user_id and m.role in ('owner', 'admin')
    ) then
        raise exception 'oauth_connect: this mailbox belongs to another member of the team' using errcode = '42501';
    end if;
    v_id := worker.connect_mailbox(p_team_id, p_user_id, p_provider, v_address, p_display_name, p_now);
    return jsonb_build_object(
        'mailbox_id', v_id,
        'address', v_address,
        'status_before', v_existing.status,
        'status', (select m.status from public.mailboxes as m where m.id = v_id)
    );
end
$$;

revoke all on function worker.oauth_connect(uuid, uuid, public.mail_provider, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.oauth_connect(uuid, uuid, public.mail_provider, text, text, timestamptz)
to service_role;
comment on function worker.oauth_connect(uuid, uuid, public.mail_provider, text, text, timestamptz) is
'OAuth callback: creates or reconnects the mailbox of the address the provider named (worker.connect_mailbox), '
'for a member of the team; someone else''s mailbox only for its owner or a team admin (42501). '
'Returns {mailbox_id, address, status_before, status}.';

create or replace function worker.oauth_store_grant(
    p_mailbox_id uuid,
    p_user_id uuid,
    p_ciphertext bytea,
    p_key_id text,
    p_status_before text default null,
    p_now timestamptz default now()
)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_mailbox public.mailboxes;
begin
    select * into v_mailbox from public.mailboxes as m where m.id = p_mailbox_id;
    if v_mailbox.id is null then
        raise exception 'oauth_store_grant: no mailbox %', p_mailbox_id using errcode = '22023';
    end if;
    perform worker.store_mailbox_credentials(p_mailbox_id, p_ciphertext, p_key_id);
    -- Audit (PRIVACY.md, "Audit of critical operations"): who connected which mailbox, when, before and after.
    perform private.log_event(v_mailbox.team_id, 'mailbox_authorized',
        format('%s authorized by its owner''s consent (%s)', v_mailbox.address, v_mailbox.provider), p_now,
        p_mailbox_id, null, null, null,
        jsonb_build_object('by', p_user_id, 'via', 'oauth', 'key_id', p_key_id,
            'status_before', p_status_before, 'status_after', v_mailbox.status));
    -- The subscription (Graph) or watch (Gmail) and the backfill are a worker's (EventConsumer, kind connected).
    perform pgmq.send('provider_events', jsonb_build_object(
        'provider', v_mailbox.provider, 'kind', 'connected', 'mailbox_id', p_mailbox_id, 'at', p_now));
end
$$;

revoke all on function worker.oauth_store_grant(uuid, uuid, bytea, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.oauth_store_grant(uuid, uuid, bytea, text, text, timestamptz) to service_role;
comment on function worker.oauth_store_grant(uuid, uuid, bytea, text, text, timestamptz) is
'OAuth callback: stores the sealed grant of a mailbox (ciphertext and key id only), logs the audit event '
'mailbox_authorized, and queues a connected event (subscribe or watch, then backfill) for a worker.';

create or replace function public.mailbox_connections()
returns table (
    mailbox_id uuid,
    team_id uuid,
    address text,
    provider public.mail_provider,
    status public.mailbox_status,
    status_reason text,
    connected boolean,
    needs_reauth boolean,
    last_sync_at timestamptz,
    subscription_expires_at timestamptz
)
language sql
stable
security definer
set search_path = ''
as $$
    select
        m.id,
        m.team_id,
        m.address,
        m.provider,
        m.status,
        m.status_reason,
        m.status in ('active', 'paused') and c.mailbox_id is not null,
        m.status = 'needs_reauth',
        (select max(s.updated_at) from private.mailbox_sync_state as s where s.mailbox_id = m.id),
        (select min(p.expires_at) from private.provider_subscriptions as p
         where p.mailbox_id = m.id and p.status = 'active')
    from public.mailboxes as m
    left join private.mailbox_credentials as c on c.mailbox_id = m.id
    -- The mailboxes the caller may see (the select policy of public.mailboxes): their own, and every mailbox of
    -- the teams they administer.
    where m.owner_id = (select auth.uid()) or m.team_id = any(array(select private.my_admin_team_ids()))
    order by m.address
$$;

revoke all on function public.mailbox_connections() from public, anon;
grant execute on function public.mailbox_connections() to authenticated, service_role;
comment on function public.mailbox_connections() is
'Each mailbox the caller may see (their own; all of a team they administer) with its connection: connected '
'(active or paused with a stored grant), needs_reauth, last sync and the earliest subscription or watch expiry. '
'No credential, ever. Stable.';
