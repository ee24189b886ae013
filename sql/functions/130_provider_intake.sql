-- Provider intake: what the webhook edge functions (graph-webhook, gmail-push) hand to SQL, the
-- subscriptions the workers register and renew, and the provider_events queue the workers read.

-- Graph subscriptions (and Gmail watches) --------------------------------------------------------

create or replace function worker.register_provider_subscription(
    p_mailbox_id uuid, p_external_id text, p_resource text, p_client_state text, p_expires_at timestamptz
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_mailbox public.mailboxes%rowtype;
    v_id uuid;
begin
    select * into v_mailbox from public.mailboxes as m where m.id = p_mailbox_id;
    if not found then
        raise exception 'no mailbox %', p_mailbox_id using errcode = 'no_data_found';
    end if;
    if coalesce(p_external_id, '') = '' or coalesce(p_resource, '') = '' or p_expires_at is null then
        raise exception 'external id, resource and expiry are required' using errcode = 'invalid_parameter_value';
    end if;
    -- Graph echoes the clientState (at most 128 characters) in every notification; a Gmail watch has none,
    -- so it gets a random one that nothing can match.
    if v_mailbox.provider = 'graph' and coalesce(length(p_client_state), 0) not between 1 and 128 then
        raise exception 'a Graph subscription needs a clientState of 1 to 128 characters'
        using errcode = 'invalid_parameter_value';
    end if;
    insert into private.provider_subscriptions as s (
        team_id, mailbox_id, provider, external_id, resource, client_state_sha256, expires_at
    )
    values (
        v_mailbox.team_id, v_mailbox.id, v_mailbox.provider, p_external_id, p_resource,
        encode(sha256(convert_to(coalesce(p_client_state, gen_random_uuid()::text), 'UTF8')), 'hex'),
        p_expires_at
    )
    on conflict (external_id) do update
    set resource = excluded.resource,
        client_state_sha256 = excluded.client_state_sha256,
        expires_at = excluded.expires_at,
        status = 'active',
        status_reason = null,
        updated_at = now()
    where s.mailbox_id = excluded.mailbox_id
    returning s.id into v_id;
    if v_id is null then
        raise exception 'subscription % belongs to another mailbox', p_external_id using errcode = 'unique_violation';
    end if;
    return v_id;
end
$$;

revoke all on function worker.register_provider_subscription(uuid, text, text, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.register_provider_subscription(uuid, text, text, text, timestamptz)
to service_role;
comment on function worker.register_provider_subscription(uuid, text, text, text, timestamptz) is
'Records (or updates, keyed on the provider''s subscription id) a push subscription of a mailbox, storing '
'only the SHA-256 of its clientState; active again after the call. Returns its id. Idempotent.';

create or replace function worker.renew_provider_subscription(p_external_id text, p_expires_at timestamptz)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    with renewed as (
        update private.provider_subscriptions as s
        set expires_at = p_expires_at, status = 'active', status_reason = null, updated_at = now()
        where s.external_id = p_external_id and s.status in ('active', 'expired')
        returning 1
    )
    select exists (select 1 from renewed)
$$;

revoke all on function worker.renew_provider_subscription(text, timestamptz) from public, anon, authenticated;
grant execute on function worker.renew_provider_subscription(text, timestamptz) to service_role;
comment on function worker.renew_provider_subscription(text, timestamptz) is
'Stores the new expiry the provider accepted for a subscription. False when it is unknown or removed '
'(then create a new one and register it). Idempotent.';

create or replace function worker.remove_provider_subscription(p_external_id text, p_reason text)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    with removed as (
        update private.provider_subscriptions as s
        set status = 'removed', status_reason = p_reason, updated_at = now()
        where s.external_id = p_external_id
        returning 1
    )
    select exists (select 1 from removed)
$$;

revoke all on function worker.remove_provider_subscription(text, text) from public, anon, authenticated;
grant execute on function worker.remove_provider_subscription(text, text) to service_role;
comment on function worker.remove_provider_subscription(text, text) is
'Marks a subscription removed, with the reason; its notifications are refused from then on. False when '
'unknown. Idempotent.';

create or replace function worker.list_expiring_subscriptions(p_before timestamptz)
returns table (
    mailbox_id uuid, provider public.mail_provider, external_id text, resource text, expires_at timestamptz
)
language sql
stable
security definer
set search_path = ''
as $$
    select s.mailbox_id, s.provider, s.external_id, s.resource, s.expires_at
    from private.provider_subscriptions as s
    inner join public.mailboxes as m on m.id = s.mailbox_id
    where s.status = 'active' and s.expires_at < p_before and m.status <> 'disconnected'
    order by s.expires_at
$$;

revoke all on function worker.list_expiring_subscriptions(timestamptz) from public, anon, authenticated;
grant execute on function worker.list_expiring_subscriptions(timestamptz) to service_role;
comment on function worker.list_expiring_subscriptions(timestamptz) is
'Active subscriptions of connected mailboxes that expire before p_before (already expired ones included), '
'soonest first: what the renewal job must renew or recreate.';

-- Intake -----------------------------------------------------------------------------------------

create or replace function worker.receive_graph_notifications(p_payload jsonb, p_now timestamptz default now())
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_result jsonb;
begin
    -- The messages of these errors name no value of the payload: a server log line never carries a clientState.
    if jsonb_typeof(p_payload -> 'value') is distinct from 'array' then
        raise exception 'a Graph notification body is {"value": [...]}' using errcode = 'invalid_parameter_value';
    end if;
    if jsonb_array_length(p_payload -> 'value') > 1000 then
        raise exception 'a Graph notification body carries at most 1000 notifications'
        using errcode = 'program_limit_exceeded';
    end if;
    -- One statement for the whole batch: judge every item against its subscription, record the refused
    -- ones (one row per reason and subscription, with its count), mark removed subscriptions, enqueue the
    -- rest in order. An item proves itself by its clientState, or by the SHA-256 of it (hex, in
    -- clientStateSha256), which is what the graph-webhook edge function sends so that the secret itself
    -- never reaches the database.
    with items as (
        select i.ordinality as n, i.value as item, jsonb_typeof(i.value) = 'object' as is_object
        from jsonb_array_elements(p_payload -> 'value') with ordinality as i
    ),

    judged as (
        select
            it.n,
            it.item,
            s.id as subscription_pk,
            s.team_id,
            s.mailbox_id,
            case when it.is_object then left(it.item ->> 'subscriptionId', 512) end as subscription_id,
            case
                when not it.is_object then 'malformed'
                when s.id is null then 'unknown_subscription'
                when
                    case
                        when jsonb_typeof(it.item -> 'clientStateSha256') = 'string'
                            then lower(it.item ->> 'clientStateSha256')
                        when jsonb_typeof(it.item -> 'clientState') = 'string'
                            then encode(sha256(convert_to(it.item ->> 'clientState', 'UTF8')), 'hex')
                    end is distinct from s.client_state_sha256
                    then 'client_state_mismatch'
                when s.status = 'removed' then 'subscription_removed'
            end as reason
        from items as it
        left join private.provider_subscriptions as s
            on
                it.is_object
                and s.external_id = it.item ->> 'subscriptionId'
                and s.provider = 'graph'
    ),

    rejected as (
        insert into private.provider_rejections (
            received_at, provider, reason, subscription_id, mailbox_id, payload_sha256, item_count
        )
        select
            p_now,
            'graph',
            j.reason,
            -- Items of unknown subscriptions share one row: it names their subscription when they name one.
            case when count(distinct j.subscription_id) = 1 then min(j.subscription_id) end,
            j.mailbox_id,
            encode(
                sha256(convert_to(
                    jsonb_agg(
                        case
                            when jsonb_typeof(j.item) = 'object' then j.item - 'clientState' - 'clientStateSha256'
                            else j.item
                        end
                        order by j.n
                    )::text,
                    'UTF8'
                )),
                'hex'
            ),
            count(*)
        from judged as j
        where j.reason is not null
        group by j.reason, j.subscription_pk, j.mailbox_id
        order by min(j.n)
        returning item_count
    ),

    accepted as (
        select
            j.n,
            j.subscription_pk,
            j.item ->> 'lifecycleEvent' as lifecycle_event,
            jsonb_build_object(
                'mailbox_id', j.mailbox_id,
                'team_id', j.team_id,
                'provider', 'graph',
                'kind', case when j.item ? 'lifecycleEvent' then 'lifecycle' else 'message' end,
                'change_type', j.item ->> 'changeType',
                'resource', j.item ->> 'resource',
                'message_id', j.item -> 'resourceData' ->> 'id',
                'lifecycle_event', j.item ->> 'lifecycleEvent',
                'subscription_id', j.item ->> 'subscriptionId',
                'received_at', p_now
            ) as event
        from judged as j
        where j.reason is null
    ),

    removed as (
        update private.provider_subscriptions as s
        set status = 'removed', status_reason = 'Graph sent a subscriptionRemoved lifecycle event', updated_at = p_now
        where s.id in (select a.subscription_pk from accepted as a where a.lifecycle_event = 'subscriptionRemoved')
        returning 1
    ),

    sent as (
        select pgmq.send_batch('provider_events', array(select a.event from accepted as a order by a.n)) as msg_id
        where exists (select 1 from accepted)
    )

    select jsonb_build_object(
        'accepted', (select count(*) from sent),
        'rejected', (select coalesce(sum(r.item_count), 0) from rejected as r),
        'removed', (select count(*) from removed)
    )
    into v_result;
    -- A request that queued nothing (refusals only, as a flood of forged notifications is) need not wait
    -- for its commit to reach the disk: losing its refusal rows in a crash loses nothing of the mail.
    if (v_result ->> 'accepted')::integer = 0 then
        perform set_config('synchronous_commit', 'off', true);
    end if;
    return v_result;
end
$$;

revoke all on function worker.receive_graph_notifications(jsonb, timestamptz) from public, anon, authenticated;
grant execute on function worker.receive_graph_notifications(jsonb, timestamptz) to service_role;
comment on function worker.receive_graph_notifications(jsonb, timestamptz) is
'Takes the body of a Graph webhook POST ({"value": [...]}: change and lifecycle notifications). An item '
'of an unknown or removed subscription, or whose clientState (or clientStateSha256, its SHA-256 in hex) '
'does not match the registered one, is never processed and is recorded in private.provider_rejections, one '
'row per reason and subscription with its count; the others go to the provider_events queue '
'(subscriptionRemoved also marks the subscription removed). At most 1000 items. One statement per batch. Returns '
'{"accepted", "rejected", "removed"}. Not idempotent: Graph may deliver twice, the workers'' ingest is.';

create or replace function worker.receive_gmail_push(
    p_email_address text, p_history_id bigint, p_message_id text default null, p_now timestamptz default now()
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_address text := lower(trim(p_email_address));
    v_events jsonb [];
    v_sent integer;
begin
    if coalesce(v_address, '') = '' or p_history_id is null or p_history_id <= 0 then
        raise exception 'a Gmail push names an address and a positive historyId'
        using errcode = 'invalid_parameter_value';
    end if;
    -- Pub/Sub delivers at least once: a messageId already taken enqueues nothing.
    if p_message_id is not null then
        insert into private.provider_push_receipts (provider, delivery_id, received_at)
        values ('gmail', p_message_id, p_now)
        on conflict do nothing;
        if not found then
            return jsonb_build_object('accepted', 0, 'rejected', 0, 'duplicate', true);
        end if;
    end if;
    -- The same address may be connected by several teams: each of them is told.
    v_events := array(
        select jsonb_build_object(
            'mailbox_id', m.id,
            'team_id', m.team_id,
            'provider', 'gmail',
            'kind', 'history',
            'history_id', p_history_id,
            'delivery_id', p_message_id,
            'received_at', p_now
        )
        from public.mailboxes as m
        where m.address = v_address and m.provider = 'gmail' and m.status <> 'disconnected'
        order by m.created_at
    );
    v_sent := cardinality(v_events);
    if v_sent > 0 then
        perform pgmq.send_batch('provider_events', v_events);
    end if;
    if v_sent = 0 then
        insert into private.provider_rejections (received_at, provider, reason, delivery_id, payload_sha256)
        values (
            p_now, 'gmail', 'unknown_mailbox', p_message_id,
            encode(sha256(convert_to(
                jsonb_build_object('emailAddress', v_address, 'historyId', p_history_id, 'messageId', p_message_id)::text,
                'UTF8'
            )), 'hex')
        );
        return jsonb_build_object('accepted', 0, 'rejected', 1, 'duplicate', false);
    end if;
    return jsonb_build_object('accepted', v_sent, 'rejected', 0, 'duplicate', false);
end
$$;

revoke all on function worker.receive_gmail_push(text, bigint, text, timestamptz) from public, anon, authenticated;
grant execute on function worker.receive_gmail_push(text, bigint, text, timestamptz) to service_role;
comment on function worker.receive_gmail_push(text, bigint, text, timestamptz) is
'Takes a decoded Gmail Pub/Sub push: enqueues a history event for every connected Gmail mailbox with that '
'address, or records an unknown_mailbox rejection. Idempotent per Pub/Sub messageId. Returns '
'{"accepted", "rejected", "duplicate"}.';

-- The queue the workers read --------------------------------------------------------------------

create or replace function worker.read_provider_events(
    p_qty integer default 10, p_visibility_seconds integer default 120, p_max_deliveries integer default 5
)
returns table (msg_id bigint, event jsonb, deliveries integer)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_msg record;
begin
    for v_msg in select * from pgmq.read('provider_events', p_visibility_seconds, p_qty) loop
        if v_msg.read_ct > p_max_deliveries then
            -- An event that keeps coming back without an acknowledgement is archived, and the mailbox's
            -- log says so.
            perform pgmq.archive('provider_events', v_msg.msg_id);
            insert into public.worker_logs (team_id, mailbox_id, level, message)
            select
                m.team_id,
                m.id,
                'error',
                format(
                    'provider event %s (%s %s) archived: delivered %s times without an acknowledgement',
                    v_msg.msg_id,
                    v_msg.message ->> 'provider',
                    coalesce(v_msg.message ->> 'lifecycle_event', v_msg.message ->> 'kind'),
                    v_msg.read_ct
                )
            from (select 1) as one
            left join public.mailboxes as m on m.id = (v_msg.message ->> 'mailbox_id')::uuid;
            continue;
        end if;
        msg_id := v_msg.msg_id;
        event := v_msg.message;
        deliveries := v_msg.read_ct;
        return next;
    end loop;
end
$$;

revoke all on function worker.read_provider_events(integer, integer, integer) from public, anon, authenticated;
grant execute on function worker.read_provider_events(integer, integer, integer) to service_role;
comment on function worker.read_provider_events(integer, integer, integer) is
'Reads up to p_qty provider events (hidden p_visibility_seconds from other workers); archives, with the '
'reason in worker_logs, an event delivered more than p_max_deliveries times.';

create or replace function worker.ack_provider_event(p_msg_id bigint)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    select pgmq.delete('provider_events', p_msg_id)
$$;

revoke all on function worker.ack_provider_event(bigint) from public, anon, authenticated;
grant execute on function worker.ack_provider_event(bigint) to service_role;
comment on function worker.ack_provider_event(bigint) is
'Removes a handled event from the provider_events queue. Idempotent.';

-- Housekeeping ----------------------------------------------------------------------------------

create or replace function private.purge_provider_intake(p_now timestamptz default now())
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_expired integer;
    v_receipts integer;
    v_rejections integer;
begin
    update private.provider_subscriptions as s
    set status = 'expired', status_reason = 'its expiry passed without a renewal', updated_at = p_now
    where s.status = 'active' and s.expires_at < p_now;
    get diagnostics v_expired = row_count;
    delete from private.provider_push_receipts as r where r.received_at < p_now - interval '8 days';
    get diagnostics v_receipts = row_count;
    delete from private.provider_rejections as r where r.received_at < p_now - interval '90 days';
    get diagnostics v_rejections = row_count;
    return jsonb_build_object('expired', v_expired, 'receipts', v_receipts, 'rejections', v_rejections);
end
$$;

revoke all on function private.purge_provider_intake(timestamptz) from public;
comment on function private.purge_provider_intake(timestamptz) is
'Marks subscriptions past their expiry expired, deletes Pub/Sub receipts older than 8 days (Pub/Sub keeps '
'a message 7 days at most) and rejections older than 90 days. Returns counts. Idempotent.';
