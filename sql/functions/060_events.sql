-- The timeline (R12): one place writes events, so every state change carries a reason.

-- The hot helpers in this file are plpgsql, not sql: a sql function with `set search_path` is never inlined
-- and is planned again at every call, while plpgsql keeps its plans for the session (bench/RESULTS.md).
create or replace function private.log_event(
    p_team_id uuid,
    p_kind text,
    p_reason text,
    p_occurred_at timestamptz,
    p_mailbox_id uuid default null,
    p_tracked_email_id uuid default null,
    p_followup_id uuid default null,
    p_message_id uuid default null,
    p_details jsonb default '{}'
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_id bigint;
begin
    insert into public.events (
        team_id, mailbox_id, tracked_email_id, followup_id, message_id, kind, reason, details, occurred_at
    )
    values (
        p_team_id, p_mailbox_id, p_tracked_email_id, p_followup_id, p_message_id, p_kind, p_reason,
        coalesce(p_details, '{}'), p_occurred_at
    )
    returning id into v_id;
    -- Outgoing webhooks (sql/functions/180_webhooks.sql): the kinds a team can subscribe to are queued for its
    -- endpoints here, in the transaction of the state change, so every engine path that logs one emits it and
    -- a rolled-back change emits nothing. The test on the kind keeps every other event at one insert.
    -- The test on the endpoints (most teams have none) spares the payload and its type's lookup.
    if p_kind in ('tracked', 'sent', 'replied', 'intent', 'opted_out', 'bounced', 'completed', 'mailbox_needs_reauth')
        and exists (select 1 from public.webhook_endpoints as e where e.team_id = p_team_id)
    then
        perform private.queue_event_webhooks(
            v_id, private.webhook_event_type(p_kind), p_team_id, p_occurred_at, p_mailbox_id, p_tracked_email_id,
            p_followup_id, p_message_id
        );
    end if;
end
$$;

revoke all on function private.log_event(
    uuid, text, text, timestamptz, uuid, uuid, uuid, uuid, jsonb
) from public;
comment on function private.log_event(uuid, text, text, timestamptz, uuid, uuid, uuid, uuid, jsonb) is
'Appends one event to the timeline and, for the kinds outgoing webhooks carry, queues their deliveries '
'(private.queue_event_webhooks). Not idempotent: call it once per state change.';
