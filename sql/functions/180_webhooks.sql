-- Outgoing webhooks (sql/tables/100_webhooks.sql): what the engine logs reaches a team's endpoints, signed
-- as the Standard Webhooks specification says (https://www.standardwebhooks.com: webhook-id, webhook-timestamp,
-- webhook-signature = v1,base64(HMAC-SHA256(secret, id.timestamp.body))). SQL decides what is sent, to whom,
-- and what happens after each attempt; the worker (workers/relance/webhooks.py) signs and POSTs.
--
-- The events, as Standard Webhooks names them (`type` of the payload) and the timeline kinds they come from:
--   email.tracked        tracked              (R1: a conversation is tracked)
--   followup.sent        sent                 (R9: an automatic follow-up left)
--   email.replied        replied              (R5: a person answered; `intent`: the reply's intent when it is
--                                             already known as the payload is built, else null: the intelligence
--                                             worker reads it later, and email.reply_classified then follows)
--   email.reply_classified intent            (issue 13: a reply's intent was recorded, read again differently or
--                                             corrected by a member, for a reply to a tracked email; `intent`)
--   email.opted_out      opted_out            (R8)
--   email.bounced        bounced              (R7: every recipient failed permanently)
--   email.completed      completed            (R3: the maximum of follow-ups was sent)
--   mailbox.needs_reauth mailbox_needs_reauth (R10: the grant was refused)
--   health.degraded      a health snapshot that turns unhealthy for the team (private.record_health_snapshot)
-- plus webhook.test, sent to one endpoint when an admin asks (public.send_test_webhook).

create or replace function private.webhook_event_types()
returns text[]
language sql
immutable
set search_path = ''
as $$
    select array[
        'email.tracked', 'followup.sent', 'email.replied', 'email.reply_classified', 'email.opted_out',
        'email.bounced', 'email.completed', 'mailbox.needs_reauth', 'health.degraded'
    ]
$$;

revoke all on function private.webhook_event_types() from public;
comment on function private.webhook_event_types() is
'The event types an endpoint may choose (Standard Webhooks `type`). Immutable.';

create or replace function private.webhook_event_type(p_kind text)
returns text
language sql
immutable
set search_path = ''
as $$
    select case p_kind
        when 'tracked' then 'email.tracked'
        when 'sent' then 'followup.sent'
        when 'replied' then 'email.replied'
        when 'intent' then 'email.reply_classified'
        when 'opted_out' then 'email.opted_out'
        when 'bounced' then 'email.bounced'
        when 'completed' then 'email.completed'
        when 'mailbox_needs_reauth' then 'mailbox.needs_reauth'
    end
$$;

revoke all on function private.webhook_event_type(text) from public;
comment on function private.webhook_event_type(text) is
'The webhook event type of a timeline event kind, or null when that kind is not sent. Immutable.';

create or replace function private.webhook_time(p_at timestamptz)
returns text
language sql
immutable
set search_path = ''
as $$
    -- RFC 3339 in UTC, whatever the session's time zone: what receivers parse.
    select to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

revoke all on function private.webhook_time(timestamptz) from public;
comment on function private.webhook_time(timestamptz) is
'An instant as a payload carries it: RFC 3339 in UTC with milliseconds (2026-11-23T13:00:00.000Z). Immutable.';

-- Queueing -----------------------------------------------------------------------------------------------------

create or replace function private.queue_webhook(
    p_team_id uuid,
    p_type text,
    p_webhook_id text,
    p_event_id bigint,
    p_payload jsonb,
    p_now timestamptz,
    p_endpoint_id uuid default null
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_e record;
    v_delivery uuid;
    v_msg bigint;
    v_queued integer := 0;
begin
    -- Every endpoint of the team that chose the type (or the one endpoint named): an enabled one gets a pgmq
    -- message in this transaction, so the delivery exists exactly when the event does; a disabled one keeps the
    -- delivery held, for the replay when it is enabled again.
    for v_e in
        select e.id, e.status from public.webhook_endpoints as e
        where e.team_id = p_team_id
            and case when p_endpoint_id is null then p_type = any(e.events) else e.id = p_endpoint_id end
        order by e.id
    loop
        insert into public.webhook_deliveries (
            team_id, endpoint_id, event_id, webhook_id, event_type, payload, status, next_attempt_at, created_at
        )
        values (
            p_team_id, v_e.id, p_event_id, p_webhook_id, p_type, p_payload,
            case when v_e.status = 'enabled' then 'pending' else 'held' end,
            case when v_e.status = 'enabled' then p_now end, p_now
        )
        on conflict (endpoint_id, webhook_id) do nothing
        returning id into v_delivery;
        if v_delivery is not null and v_e.status = 'enabled' then
            select s into v_msg from pgmq.send('webhook_deliveries', jsonb_build_object('delivery_id', v_delivery)) as s;
            update public.webhook_deliveries set queue_msg_id = v_msg where id = v_delivery;
            v_queued := v_queued + 1;
        end if;
    end loop;
    return v_queued;
end
$$;

revoke all on function private.queue_webhook(uuid, text, text, bigint, jsonb, timestamptz, uuid) from public;
comment on function private.queue_webhook(uuid, text, text, bigint, jsonb, timestamptz, uuid) is
'Records a delivery of a payload for every endpoint of the team that chose p_type (or for p_endpoint_id only) and '
'queues it (pgmq webhook_deliveries) when the endpoint is enabled, held otherwise. A webhook-id already recorded '
'for an endpoint is skipped. Returns how many were queued.';

create or replace function private.queue_event_webhooks(
    p_event_id bigint,
    p_type text,
    p_team_id uuid,
    p_occurred_at timestamptz,
    p_mailbox_id uuid,
    p_tracked_email_id uuid,
    p_followup_id uuid,
    p_message_id uuid
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_data jsonb;
begin
    if not exists (
        select 1 from public.webhook_endpoints as e where e.team_id = p_team_id and p_type = any(e.events)
    ) then
        return 0;
    end if;
    -- What a CRM needs to attach the event to a contact and a deal: the ids (to call back the Data API), the
    -- mailbox's address (the salesperson) and the tracked email's recipients (the prospects), its status and
    -- counts. Never a subject or a body, nor the timeline's reason: a payload leaves our database for a system
    -- the team chose, and what the CRM does not need it should not get (PRIVACY.md, minimisation).
    -- Every key of an email's event is there, null when it does not apply (no follow-up yet, no sequence number):
    -- a receiver that maps fields from its first sample finds them all. A mailbox's event (no tracked email)
    -- carries the mailbox's keys only.
    select (case when p_tracked_email_id is null then jsonb_strip_nulls(o.data) else o.data end)
    -- A reply's intent (sql/functions/172_intents.sql) as it stands when the payload is built: its class, how sure
    -- and who read it (rules, llm, or a member: user), the date a not_now names, whether a member corrected it.
    -- Present as null on an email.replied whose intent is not read yet (the intelligence worker reads it after
    -- the reply; email.reply_classified carries it then). Never the words it was read from, nor a referral's
    -- person (minimisation).
    || case when p_type in ('email.replied', 'email.reply_classified') then jsonb_build_object('intent', (
        select jsonb_build_object(
            'class', i.label, 'confidence', i.confidence, 'source', i.source, 'not_now_until', i.not_now_until,
            'corrected', i.corrected_at is not null
        )
        from public.message_intents as i where i.message_id = p_message_id
    )) else '{}'::jsonb end
    into v_data
    from (select jsonb_build_object(
        'event_id', p_event_id::text,
        'team_id', p_team_id,
        'occurred_at', private.webhook_time(p_occurred_at),
        'mailbox_id', p_mailbox_id,
        'mailbox_address', m.address,
        'provider', m.provider,
        'tracked_email_id', p_tracked_email_id,
        'followup_id', p_followup_id,
        'message_id', p_message_id,
        'recipients', to_jsonb(t.recipients),
        'status', t.status,
        'followups_sent', case when t.id is not null then t.automatic_sent + t.manual_detected end,
        'followup_seq', f.seq
    ) as data
    from (select 1) as one
    left join public.mailboxes as m on m.id = p_mailbox_id
    left join public.tracked_emails as t on t.id = p_tracked_email_id
    left join public.followups as f on f.id = p_followup_id) as o;
    return private.queue_webhook(
        p_team_id, p_type, 'msg_evt_' || p_event_id::text, p_event_id,
        jsonb_build_object('type', p_type, 'timestamp', private.webhook_time(p_occurred_at), 'data', v_data), p_occurred_at
    );
end
$$;

revoke all on function private.queue_event_webhooks(bigint, text, uuid, timestamptz, uuid, uuid, uuid, uuid)
from public;
comment on function private.queue_event_webhooks(bigint, text, uuid, timestamptz, uuid, uuid, uuid, uuid) is
'Called by private.log_event for a kind that has a webhook type: builds the payload (type, timestamp, data: ids, '
'mailbox address, recipients, status, a reply''s intent; never content) and queues it for the team''s endpoints '
'that chose it. webhook-id msg_evt_<event id>. Returns how many were queued.';

create or replace function private.queue_health_webhooks(p_snapshot_id bigint, p_at timestamptz)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_t record;
    v_queued integer := 0;
begin
    -- Each team with an endpoint for health.degraded whose view of health (the platform's checks and its own)
    -- is failing now and was not at the snapshot before: one delivery when it turns, not one every 5 minutes.
    for v_t in
        select
            teams.team_id,
            (
                select coalesce(jsonb_agg(c ->> 'name'), '[]')
                from jsonb_array_elements(s.checks || coalesce(ts.checks, '[]')) as c
                where not (c ->> 'ok')::boolean
            ) as failing
        from (select distinct e.team_id from public.webhook_endpoints as e where 'health.degraded' = any(e.events))
            as teams
        cross join public.health_snapshots as s
        left join public.health_snapshot_teams as ts on s.id = ts.snapshot_id and teams.team_id = ts.team_id
        where s.id = p_snapshot_id and not (s.healthy and coalesce(ts.healthy, true))
            and coalesce((
                select p.healthy and coalesce(pt.healthy, true)
                from public.health_snapshots as p
                left join public.health_snapshot_teams as pt on p.id = pt.snapshot_id and teams.team_id = pt.team_id
                where p.taken_at < s.taken_at
                order by p.taken_at desc
                limit 1
            ), true)
        order by teams.team_id
    loop
        v_queued := v_queued + private.queue_webhook(
            v_t.team_id, 'health.degraded', 'msg_health_' || p_snapshot_id::text, null,
            jsonb_build_object('type', 'health.degraded', 'timestamp', private.webhook_time(p_at), 'data', jsonb_build_object(
                'team_id', v_t.team_id, 'snapshot_id', p_snapshot_id::text, 'taken_at', private.webhook_time(p_at),
                'failing', v_t.failing
            )),
            p_at
        );
    end loop;
    return v_queued;
end
$$;

revoke all on function private.queue_health_webhooks(bigint, timestamptz) from public;
comment on function private.queue_health_webhooks(bigint, timestamptz) is
'After a health snapshot: queues health.degraded (the failing check names) for each team whose health turned '
'failing since the snapshot before. Returns how many were queued.';

-- The worker's side ---------------------------------------------------------------------------------------------

-- previous_secret came in 2026-12-04 (a rotation's overlap), previous_secrets replaced it on 2026-12-05 (each
-- rotation's overlap kept): a changed column of the result.
drop function if exists worker.read_webhook_deliveries(integer, integer);

create or replace function worker.read_webhook_deliveries(
    p_qty integer default 50, p_visibility_seconds integer default 60
)
returns table (
    msg_id bigint,
    delivery_id uuid,
    endpoint_id uuid,
    url text,
    secret text,
    previous_secrets text[],
    webhook_id text,
    payload jsonb,
    attempts integer
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_msg record;
    v_d record;
begin
    for v_msg in select * from pgmq.read('webhook_deliveries', p_visibility_seconds, p_qty) loop
        select d.id, d.status, d.queue_msg_id, d.webhook_id, d.payload, d.attempts, e.id as endpoint_id,
            e.status as endpoint_status, e.url, s.secret,
            array(
                select r.secret from private.webhook_retired_secrets as r
                where r.endpoint_id = e.id and r.signs_until > now()
                order by r.signs_until desc, r.secret
            ) as previous_secrets
        into v_d
        from public.webhook_deliveries as d
        inner join public.webhook_endpoints as e on d.endpoint_id = e.id
        left join private.webhook_secrets as s on e.id = s.endpoint_id
        where d.id = private.safe_uuid(v_msg.message ->> 'delivery_id');
        if v_d.id is null or v_d.status <> 'pending' or v_d.queue_msg_id is distinct from v_msg.msg_id
            or v_d.secret is null then
            -- Delivered, given up, deleted, or carried by a newer message (a replay): nothing to send.
            perform pgmq.archive('webhook_deliveries', v_msg.msg_id);
            continue;
        end if;
        if v_d.endpoint_status <> 'enabled' then
            update public.webhook_deliveries as d set status = 'held', queue_msg_id = null, next_attempt_at = null
            where d.id = v_d.id;
            perform pgmq.archive('webhook_deliveries', v_msg.msg_id);
            continue;
        end if;
        msg_id := v_msg.msg_id;
        delivery_id := v_d.id;
        endpoint_id := v_d.endpoint_id;
        url := v_d.url;
        secret := v_d.secret;
        previous_secrets := v_d.previous_secrets;
        webhook_id := v_d.webhook_id;
        payload := v_d.payload;
        attempts := v_d.attempts;
        return next;
    end loop;
end
$$;

revoke all on function worker.read_webhook_deliveries(integer, integer) from public, anon, authenticated;
grant execute on function worker.read_webhook_deliveries(integer, integer) to service_role;
comment on function worker.read_webhook_deliveries(integer, integer) is
'Reads up to p_qty webhook deliveries to send (hidden p_visibility_seconds from other workers) with the '
'endpoint''s URL and signing secret (and previous_secrets: those rotations replaced that still sign too, each '
'until its own overlap ends, latest end first); archives the messages with nothing to send (delivered, replaced '
'by a replay, endpoint deleted) and holds those of a disabled endpoint.';

create or replace function worker.record_webhook_attempt(
    p_delivery_id uuid,
    p_msg_id bigint,
    p_status_code integer,
    p_error text,
    p_now timestamptz default now()
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_s private.webhook_settings;
    v_endpoint uuid;
    v_e public.webhook_endpoints;
    v_d public.webhook_deliveries;
    v_ok boolean := p_status_code between 200 and 299;
    v_error text := case when p_status_code between 200 and 299 then null else left(coalesce(
        nullif(btrim(p_error), ''), 'HTTP ' || p_status_code::text, 'no answer'), 500) end;
    v_wait interval;
    v_held integer;
begin
    select * into v_s from private.webhook_settings where singleton;
    -- Lock order: the endpoint, then its deliveries (disabling holds every pending delivery of the endpoint).
    select d.endpoint_id into v_endpoint from public.webhook_deliveries as d where d.id = p_delivery_id;
    select * into v_e from public.webhook_endpoints as e where e.id = v_endpoint for no key update;
    select * into v_d from public.webhook_deliveries as d where d.id = p_delivery_id for update;
    if v_d.id is null or v_e.id is null or v_d.status <> 'pending' or v_d.queue_msg_id is distinct from p_msg_id then
        perform pgmq.archive('webhook_deliveries', p_msg_id);
        return jsonb_build_object('outcome', 'stale');
    end if;

    if v_ok then
        update public.webhook_deliveries as d
        set status = 'delivered', attempts = d.attempts + 1, last_status_code = p_status_code, last_error = null,
            last_attempt_at = p_now, delivered_at = p_now, next_attempt_at = null, queue_msg_id = null
        where d.id = p_delivery_id;
        update public.webhook_endpoints as e
        set consecutive_failures = 0, failing_since = null, last_success_at = p_now
        where e.id = v_e.id;
        perform pgmq.delete('webhook_deliveries', p_msg_id);
        return jsonb_build_object('outcome', 'delivered');
    end if;

    update public.webhook_deliveries as d
    set attempts = d.attempts + 1, last_status_code = p_status_code, last_error = v_error, last_attempt_at = p_now
    where d.id = p_delivery_id
    returning * into v_d;
    update public.webhook_endpoints as e
    set consecutive_failures = e.consecutive_failures + 1, failing_since = coalesce(e.failing_since, p_now)
    where e.id = v_e.id
    returning * into v_e;

    if v_e.status <> 'enabled' then
        -- An admin disabled it while this attempt was in flight: keep the delivery for the replay.
        update public.webhook_deliveries as d set status = 'held', queue_msg_id = null, next_attempt_at = null
        where d.id = p_delivery_id;
        perform pgmq.archive('webhook_deliveries', p_msg_id);
        return jsonb_build_object('outcome', 'held');
    end if;

    if v_e.consecutive_failures >= v_s.disable_after_failures and v_e.failing_since <= p_now - v_s.disable_after then
        -- The receiver keeps failing: stop sending, say why, and keep everything it missed during this streak
        -- (pending, and given up since it began) for the replay when an admin enables it again.
        update public.webhook_endpoints as e
        set status = 'disabled', disabled_at = p_now, updated_at = p_now,
            disabled_reason = left(format(
                '%s deliveries in a row failed since %s (last: %s); fix the receiver, then enable the endpoint to '
                'replay what it missed', v_e.consecutive_failures,
                to_char(v_e.failing_since at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), v_error), 500)
        where e.id = v_e.id;
        update public.webhook_deliveries as d
        set status = 'held', queue_msg_id = null, next_attempt_at = null
        where d.endpoint_id = v_e.id
            and (d.status = 'pending' or (d.status = 'failed' and d.last_attempt_at >= v_e.failing_since));
        get diagnostics v_held = row_count;
        perform pgmq.archive('webhook_deliveries', p_msg_id);
        perform private.log_event(v_e.team_id, 'webhook_endpoint_disabled',
            format('webhook endpoint to %s disabled: %s deliveries in a row failed since %s', private.url_host(v_e.url),
                v_e.consecutive_failures, to_char(v_e.failing_since at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')),
            p_now, null, null, null, null,
            jsonb_build_object('endpoint_id', v_e.id, 'held', v_held, 'last_error', v_error));
        return jsonb_build_object('outcome', 'disabled', 'held', v_held);
    end if;

    if v_d.attempts - v_d.attempts_before_replay >= v_s.max_attempts then
        update public.webhook_deliveries as d set status = 'failed', next_attempt_at = null, queue_msg_id = null
        where d.id = p_delivery_id;
        perform pgmq.archive('webhook_deliveries', p_msg_id);
        return jsonb_build_object('outcome', 'failed');
    end if;

    -- Exponential backoff: base, 2 base, 4 base … at most backoff_max; the message comes back after it.
    v_wait := least(v_s.backoff_max, v_s.backoff_base * power(2, least(v_d.attempts - v_d.attempts_before_replay - 1, 30)));
    update public.webhook_deliveries as d set next_attempt_at = p_now + v_wait where d.id = p_delivery_id;
    perform pgmq.set_vt('webhook_deliveries', p_msg_id, ceil(extract(epoch from v_wait))::integer);
    return jsonb_build_object('outcome', 'retry', 'next_attempt_at', p_now + v_wait,
        'wait_seconds', ceil(extract(epoch from v_wait))::integer);
end
$$;

revoke all on function worker.record_webhook_attempt(uuid, bigint, integer, text, timestamptz)
from public, anon, authenticated;
grant execute on function worker.record_webhook_attempt(uuid, bigint, integer, text, timestamptz) to service_role;
comment on function worker.record_webhook_attempt(uuid, bigint, integer, text, timestamptz) is
'The outcome of one POST (p_status_code null: no answer; p_error: why, without secrets). 2xx: delivered. '
'Otherwise: retried after an exponential backoff (the queue message hidden that long), given up after '
'max_attempts, and the endpoint disabled with its reason once disable_after_failures deliveries in a row failed '
'over at least disable_after (its missed deliveries held for the replay); held when the endpoint was disabled '
'meanwhile. Returns {outcome: delivered | retry | failed | disabled | held | stale, …}.';

-- Validation ----------------------------------------------------------------------------------------------------

create or replace function private.url_host(p_url text)
returns text
language sql
immutable
set search_path = ''
as $$
    select lower(substring(p_url from '^[A-Za-z]+://(\[[^]]*\]|[^/?#:]*)'))
$$;

revoke all on function private.url_host(text) from public;
comment on function private.url_host(text) is
'The host of a URL (lowercase; an IPv6 literal with its brackets), or null. Immutable.';

create or replace function private.check_webhook_url(p_url text)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
    v_url text := btrim(coalesce(p_url, ''));
    v_local boolean := (select s.allow_local_urls from private.webhook_settings as s where s.singleton);
    v_host text;
    v_ip inet;
begin
    if v_url = '' then
        raise exception 'the endpoint URL is required' using errcode = '22023';
    end if;
    if length(v_url) > 2048 or v_url ~ '[[:space:][:cntrl:]]' then
        raise exception 'the endpoint URL must be at most 2048 characters, without spaces' using errcode = '22023';
    end if;
    if v_url !~* '^https?://([^/?#@:]+|\[[0-9a-f:.]+\])(:[0-9]{1,5})?([/?#].*)?$' then
        raise exception 'not an endpoint URL: %', v_url
            using errcode = '22023',
            hint = 'Give an https:// URL such as https://hooks.example.com/relance, without user:password@.';
    end if;
    v_host := private.url_host(v_url);
    begin
        v_ip := trim(both '[]' from v_host)::inet;
    exception when invalid_text_representation then
        v_ip := null;
    end;
    if v_local and (v_host in ('localhost', '[::1]') or v_ip << '127.0.0.0/8'::inet) then
        return v_url; -- tests and local development (private.webhook_settings.allow_local_urls)
    end if;
    if v_url !~* '^https://' then
        raise exception 'the endpoint URL must use https:// (got %)', split_part(v_url, ':', 1)
            using errcode = '22023';
    end if;
    -- No private, loopback or link-local address: a webhook must not reach into our own network (SSRF). A
    -- name is checked again by the worker when it resolves it.
    if v_host = 'localhost' or v_host ~ '\.(localhost|local|internal|localdomain)$' or v_host !~ '[.:]'
        or (v_ip is not null and (
            v_ip << '10.0.0.0/8' or v_ip << '172.16.0.0/12' or v_ip << '192.168.0.0/16' or v_ip << '127.0.0.0/8'
            or v_ip << '169.254.0.0/16' or v_ip << '100.64.0.0/10' or v_ip << '0.0.0.0/8' or v_ip << '224.0.0.0/3'
            or v_ip << 'fc00::/7' or v_ip << 'fe80::/10' or v_ip = '::1' or v_ip = '::' or v_ip << '::ffff:0:0/96'
        )) then
        raise exception 'the endpoint URL must name a public host, not %', v_host using errcode = '22023';
    end if;
    return v_url;
end
$$;

revoke all on function private.check_webhook_url(text) from public;
comment on function private.check_webhook_url(text) is
'The endpoint URL, trimmed, or 22023 saying what is wrong: not a URL, credentials in it, not https, a private or '
'local host (http://localhost only when private.webhook_settings.allow_local_urls). Stable.';

create or replace function private.check_webhook_events(p_events text[])
returns text[]
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_events text[] := array(select distinct btrim(e) from unnest(coalesce(p_events, '{}')) as e order by 1);
    v_unknown text[];
begin
    if cardinality(v_events) = 0 then
        raise exception 'choose at least one event'
            using errcode = '22023', hint = 'Events: ' || array_to_string(private.webhook_event_types(), ', ');
    end if;
    v_unknown := array(select e from unnest(v_events) as e where e is null or e <> all(private.webhook_event_types()));
    if cardinality(v_unknown) > 0 then
        raise exception 'unknown webhook event(s): %', array_to_string(v_unknown, ', ', '(null)')
            using errcode = '22023', hint = 'Events: ' || array_to_string(private.webhook_event_types(), ', ');
    end if;
    return v_events;
end
$$;

revoke all on function private.check_webhook_events(text[]) from public;
comment on function private.check_webhook_events(text[]) is
'The events chosen, without duplicates, in order; 22023 naming the unknown ones (or none chosen). Immutable.';

create or replace function private.new_webhook_secret()
returns text
language sql
volatile
set search_path = ''
as $$
    -- 32 random bytes (the specification asks for 24 to 64), base64, with the whsec_ prefix its libraries read.
    select 'whsec_' || encode(extensions.gen_random_bytes(32), 'base64')
$$;

revoke all on function private.new_webhook_secret() from public;
comment on function private.new_webhook_secret() is 'A new signing secret: whsec_ + base64 of 32 random bytes.';

create or replace function private.admin_webhook_endpoint(p_endpoint_id uuid)
returns public.webhook_endpoints
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints;
begin
    select * into v_e from public.webhook_endpoints as e where e.id = p_endpoint_id for no key update;
    if v_e.id is null or not exists (select 1 from private.my_admin_team_ids() as i where i = v_e.team_id) then
        raise exception 'no such webhook endpoint, or not in a team you administer' using errcode = '42501';
    end if;
    return v_e;
end
$$;

revoke all on function private.admin_webhook_endpoint(uuid) from public;
comment on function private.admin_webhook_endpoint(uuid) is
'The endpoint, locked, when the caller administers its team; 42501 otherwise (an unknown id too).';

-- The admins' RPCs: each one checks the caller (private.my_admin_team_ids) and is audited on the team's
-- timeline (who, what, before and after; an event without mailbox, which only the team's admins read).

create or replace function public.create_webhook_endpoint(
    p_team_id uuid, p_url text, p_events text[], p_description text default ''
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_url text;
    v_events text[];
    v_id uuid;
    v_secret text := private.new_webhook_secret();
begin
    if not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can register webhook endpoints' using errcode = '42501';
    end if;
    v_url := private.check_webhook_url(p_url);
    v_events := private.check_webhook_events(p_events);
    if length(coalesce(p_description, '')) > 200 then
        raise exception 'the description must be at most 200 characters' using errcode = '22023';
    end if;
    perform 1 from public.teams as t where t.id = p_team_id for no key update; -- one count at a time per team
    if (select count(*) from public.webhook_endpoints as e where e.team_id = p_team_id)
        >= (select s.max_endpoints from private.webhook_settings as s where s.singleton) then
        raise exception 'a team has at most % webhook endpoints',
            (select s.max_endpoints from private.webhook_settings as s where s.singleton)
            using errcode = '22023', hint = 'Delete one, or add events to an existing endpoint.';
    end if;
    if exists (select 1 from public.webhook_endpoints as e where e.team_id = p_team_id and e.url = v_url) then
        raise exception 'this team already has an endpoint for %', v_url
            using errcode = '23505', hint = 'Update its events instead (update_webhook_endpoint).';
    end if;
    insert into public.webhook_endpoints (
        team_id, url, description, events, secret_rotated_at, created_by, created_at, updated_at
    )
    values (p_team_id, v_url, coalesce(p_description, ''), v_events, now(), (select auth.uid()), now(), now())
    returning id into v_id;
    insert into private.webhook_secrets (endpoint_id, secret, created_at) values (v_id, v_secret, now());
    perform private.log_event(p_team_id, 'webhook_endpoint_created',
        format('webhook endpoint to %s created for %s', private.url_host(v_url), array_to_string(v_events, ', ')),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_id,
            'after', jsonb_build_object('host', private.url_host(v_url), 'events', v_events)));
    perform private.audit(p_team_id, 'webhook_endpoint', v_id::text, 'created', null,
        jsonb_build_object('host', private.url_host(v_url), 'events', v_events, 'description', coalesce(p_description, '')));
    -- The secret, this once: the receiver needs it to verify signatures, and nothing shows it again.
    return jsonb_build_object('endpoint_id', v_id, 'secret', v_secret, 'url', v_url, 'events', v_events);
end
$$;

revoke all on function public.create_webhook_endpoint(uuid, text, text[], text) from public, anon;
grant execute on function public.create_webhook_endpoint(uuid, text, text[], text) to authenticated, service_role;
comment on function public.create_webhook_endpoint(uuid, text, text[], text) is
'Registers a webhook endpoint for a team (admins only, 42501): an https URL of a public host and the events it '
'receives (22023 naming what is wrong). Returns {endpoint_id, secret, url, events}: the signing secret '
'(whsec_…) is shown this once. Audited.';

create or replace function public.update_webhook_endpoint(
    p_endpoint_id uuid, p_events text[] default null, p_description text default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
    v_events text[] := case when p_events is null then v_e.events else private.check_webhook_events(p_events) end;
begin
    if length(coalesce(p_description, '')) > 200 then
        raise exception 'the description must be at most 200 characters' using errcode = '22023';
    end if;
    update public.webhook_endpoints as e
    set events = v_events, description = coalesce(p_description, e.description), updated_at = now()
    where e.id = v_e.id;
    perform private.log_event(v_e.team_id, 'webhook_endpoint_updated',
        format('webhook endpoint to %s now receives %s', private.url_host(v_e.url), array_to_string(v_events, ', ')),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id,
            'before', jsonb_build_object('events', v_e.events, 'description', v_e.description),
            'after', jsonb_build_object('events', v_events, 'description', coalesce(p_description, v_e.description))));
    perform private.audit(v_e.team_id, 'webhook_endpoint', v_e.id::text, 'updated',
        jsonb_build_object('events', v_e.events, 'description', v_e.description),
        jsonb_build_object('events', v_events, 'description', coalesce(p_description, v_e.description)));
    return jsonb_build_object('endpoint_id', v_e.id, 'events', v_events);
end
$$;

revoke all on function public.update_webhook_endpoint(uuid, text[], text) from public, anon;
grant execute on function public.update_webhook_endpoint(uuid, text[], text) to authenticated, service_role;
comment on function public.update_webhook_endpoint(uuid, text[], text) is
'Changes the events (and the description) of a webhook endpoint; a null argument keeps its value. Admins of its '
'team only (42501); 22023 naming unknown events. Audited.';

-- p_overlap came in 2026-12-04: the replaced secret signs beside the new one for a while.
drop function if exists public.rotate_webhook_secret(uuid);

create or replace function public.rotate_webhook_secret(
    p_endpoint_id uuid, p_overlap interval default interval '24 hours'
)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
    v_secret text := private.new_webhook_secret();
    v_until timestamptz;
begin
    if p_overlap is null or p_overlap < interval '0' or p_overlap > interval '7 days' then
        raise exception 'rotate_webhook_secret: the overlap must be between 0 (a leaked secret: it stops signing at '
            'once) and 7 days' using errcode = '22023';
    end if;
    -- During the overlap each request carries a signature by the new secret and one by each replaced secret still
    -- in its own overlap: a receiver that still verifies with an old secret keeps accepting them until it is given
    -- the new one, even when the admin rotated again meanwhile. No overlap (a leaked secret): every old one stops.
    v_until := case when p_overlap > interval '0' then now() + p_overlap end;
    delete from private.webhook_retired_secrets as r
    where r.endpoint_id = v_e.id and (v_until is null or r.signs_until <= now());
    if v_until is not null then
        insert into private.webhook_retired_secrets (endpoint_id, secret, signs_until)
        select s.endpoint_id, s.secret, v_until from private.webhook_secrets as s where s.endpoint_id = v_e.id
        on conflict (endpoint_id, secret) do update set signs_until = excluded.signs_until;
    end if;
    update private.webhook_secrets as s
    set secret = v_secret, created_at = now()
    where s.endpoint_id = v_e.id;
    update public.webhook_endpoints as e set secret_rotated_at = now(), updated_at = now() where e.id = v_e.id;
    perform private.log_event(v_e.team_id, 'webhook_secret_rotated',
        format('signing secret of the webhook endpoint to %s rotated', private.url_host(v_e.url))
        || case when v_until is null then '; the old secret no longer signs'
            else '; the old secret signs too until '
                || pg_catalog.to_char(v_until at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') end,
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id, 'old_secret_signs_until', v_until));
    perform private.audit(v_e.team_id, 'webhook_endpoint', v_e.id::text, 'secret_rotated',
        jsonb_build_object('secret_rotated_at', v_e.secret_rotated_at),
        jsonb_build_object('secret_rotated_at', now(), 'old_secret_signs_until', v_until));
    return v_secret;
end
$$;

revoke all on function public.rotate_webhook_secret(uuid, interval) from public, anon;
grant execute on function public.rotate_webhook_secret(uuid, interval) to authenticated, service_role;
comment on function public.rotate_webhook_secret(uuid, interval) is
'Replaces the signing secret of a webhook endpoint and returns the new one (whsec_…), shown this once; the next '
'attempt of every delivery is signed with it, and for p_overlap (24 hours by default, at most 7 days) with the '
'replaced secret too (and with any secret an earlier rotation replaced, until its own overlap ends), so a '
'receiver moves to the new one at its own pace; 0 (a leaked secret) stops every old one at once. Admins of its '
'team only (42501); 22023 for an overlap out of range. Audited.';

create or replace function public.enable_webhook_endpoint(p_endpoint_id uuid)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
    v_d record;
    v_msg bigint;
    v_replayed integer := 0;
begin
    if v_e.status = 'enabled' then
        return 0;
    end if;
    update public.webhook_endpoints as e
    set status = 'enabled', disabled_at = null, disabled_reason = null, consecutive_failures = 0,
        failing_since = null, updated_at = now()
    where e.id = v_e.id;
    -- The replay: what it missed while disabled (and during the failures that disabled it) is queued again, in
    -- the order it happened, each delivery with its own webhook-id (a receiver that got one already drops it)
    -- and a fresh budget of attempts.
    for v_d in
        select d.id from public.webhook_deliveries as d
        where d.endpoint_id = v_e.id and d.status = 'held'
        order by d.created_at, d.id
        for update
    loop
        select s into v_msg from pgmq.send('webhook_deliveries', jsonb_build_object('delivery_id', v_d.id)) as s;
        update public.webhook_deliveries as d
        set status = 'pending', queue_msg_id = v_msg, next_attempt_at = now(),
            attempts_before_replay = d.attempts
        where d.id = v_d.id;
        v_replayed := v_replayed + 1;
    end loop;
    perform private.log_event(v_e.team_id, 'webhook_endpoint_enabled',
        format('webhook endpoint to %s enabled again: %s deliveries replayed', private.url_host(v_e.url), v_replayed),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id, 'replayed', v_replayed,
            'before', jsonb_build_object('status', v_e.status, 'disabled_reason', v_e.disabled_reason),
            'after', jsonb_build_object('status', 'enabled')));
    perform private.audit(v_e.team_id, 'webhook_endpoint', v_e.id::text, 'enabled',
        jsonb_build_object('status', v_e.status, 'disabled_reason', v_e.disabled_reason),
        jsonb_build_object('status', 'enabled', 'replayed', v_replayed));
    return v_replayed;
end
$$;

revoke all on function public.enable_webhook_endpoint(uuid) from public, anon;
grant execute on function public.enable_webhook_endpoint(uuid) to authenticated, service_role;
comment on function public.enable_webhook_endpoint(uuid) is
'Enables a disabled webhook endpoint and replays what it missed (its held deliveries, oldest first, same '
'webhook-ids). Returns how many were queued (0 when it was enabled already). Admins of its team only (42501). '
'Audited.';

create or replace function public.disable_webhook_endpoint(p_endpoint_id uuid, p_reason text default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
    v_reason text := left(coalesce(nullif(btrim(p_reason), ''), 'disabled by an admin'), 500);
begin
    if v_e.status = 'disabled' then
        return false;
    end if;
    update public.webhook_endpoints as e
    set status = 'disabled', disabled_at = now(), disabled_reason = v_reason, updated_at = now()
    where e.id = v_e.id;
    -- Queued messages of its pending deliveries are held when a worker reads them.
    perform private.log_event(v_e.team_id, 'webhook_endpoint_disabled',
        format('webhook endpoint to %s disabled: %s', private.url_host(v_e.url), v_reason),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id,
            'before', jsonb_build_object('status', v_e.status),
            'after', jsonb_build_object('status', 'disabled', 'disabled_reason', v_reason)));
    perform private.audit(v_e.team_id, 'webhook_endpoint', v_e.id::text, 'disabled',
        jsonb_build_object('status', v_e.status), jsonb_build_object('status', 'disabled', 'disabled_reason', v_reason));
    return true;
end
$$;

revoke all on function public.disable_webhook_endpoint(uuid, text) from public, anon;
grant execute on function public.disable_webhook_endpoint(uuid, text) to authenticated, service_role;
comment on function public.disable_webhook_endpoint(uuid, text) is
'Disables a webhook endpoint with a reason (default "disabled by an admin"): nothing is sent, its deliveries are '
'held for the replay when enabled again. Returns false when it was disabled already. Admins of its team only '
'(42501). Audited.';

create or replace function public.delete_webhook_endpoint(p_endpoint_id uuid)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
begin
    delete from public.webhook_endpoints as e where e.id = v_e.id; -- its secret and deliveries cascade
    perform private.log_event(v_e.team_id, 'webhook_endpoint_deleted',
        format('webhook endpoint to %s deleted', private.url_host(v_e.url)),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id,
            'before', jsonb_build_object('host', private.url_host(v_e.url), 'events', v_e.events,
                'status', v_e.status)));
    perform private.audit(v_e.team_id, 'webhook_endpoint', v_e.id::text, 'deleted',
        jsonb_build_object('host', private.url_host(v_e.url), 'events', v_e.events, 'status', v_e.status), null);
    return true;
end
$$;

revoke all on function public.delete_webhook_endpoint(uuid) from public, anon;
grant execute on function public.delete_webhook_endpoint(uuid) to authenticated, service_role;
comment on function public.delete_webhook_endpoint(uuid) is
'Deletes a webhook endpoint, its secret and its delivery log (queued messages are then dropped by the worker). '
'Admins of its team only (42501). Audited.';

create or replace function public.send_test_webhook(p_endpoint_id uuid)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_e public.webhook_endpoints := private.admin_webhook_endpoint(p_endpoint_id);
    v_webhook_id text := 'msg_test_' || replace(gen_random_uuid()::text, '-', '');
begin
    perform private.queue_webhook(
        v_e.team_id, 'webhook.test', v_webhook_id, null,
        jsonb_build_object('type', 'webhook.test', 'timestamp', private.webhook_time(now()), 'data', jsonb_build_object(
            'team_id', v_e.team_id, 'endpoint_id', v_e.id, 'message', 'A test from Relance: the signature verifies.'
        )),
        now(), v_e.id
    );
    perform private.log_event(v_e.team_id, 'webhook_test_sent',
        format('test webhook queued for the endpoint to %s', private.url_host(v_e.url)),
        now(), null, null, null, null,
        jsonb_build_object('by', (select auth.uid()), 'endpoint_id', v_e.id, 'webhook_id', v_webhook_id));
    return (
        select d.id from public.webhook_deliveries as d where d.endpoint_id = v_e.id and d.webhook_id = v_webhook_id
    );
end
$$;

revoke all on function public.send_test_webhook(uuid) from public, anon;
grant execute on function public.send_test_webhook(uuid) to authenticated, service_role;
comment on function public.send_test_webhook(uuid) is
'Queues a webhook.test delivery to one endpoint (held if the endpoint is disabled) and returns its delivery id, '
'whose status the admin then reads in webhook_deliveries. Admins of its team only (42501). Audited.';
