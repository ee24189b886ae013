-- Views the dashboards query. Both are security_invoker: the caller's RLS applies to every row.

create or replace view public.followup_activity_summary
with (security_invoker = true) as
select
    t.id as tracked_email_id,
    t.team_id,
    t.owner_id,
    t.mailbox_id,
    m.address as mailbox_address,
    t.recipients,
    t.subject,
    t.status,
    t.status_reason,
    t.sent_at,
    t.automatic_sent,
    t.manual_detected,
    t.automatic_sent + t.manual_detected as total_followups,
    t.last_activity_at,
    t.next_due_at as next_followup_due_at,
    t.answered_at
from public.tracked_emails as t
inner join public.mailboxes as m on t.mailbox_id = m.id;

revoke all on public.followup_activity_summary from anon, authenticated, service_role;
grant select on public.followup_activity_summary to authenticated, service_role;
comment on view public.followup_activity_summary is
'One row per tracked email: owner, mailbox, recipients, subject, status, automatic sent, manual detected, '
'total, last activity, next follow-up due, answered at.';

-- R13, the promise: a follow-up sent after the engine knew of an answer in its conversation. The
-- engine learns of an answer when it ingests it; the worker's last look before each send, and the row
-- lock shared by the final claim and the ingest of an answer, keep this view empty.
create or replace view public.followup_promise_violations
with (security_invoker = true) as
select
    f.id as followup_id,
    f.tracked_email_id,
    f.team_id,
    f.sent_at,
    a.id as answer_message_id,
    a.received_at as answer_received_at,
    a.ingested_at as answer_ingested_at
from public.followups as f
inner join public.tracked_emails as t on f.tracked_email_id = t.id
inner join public.messages as a
    on
        t.conversation_id = a.conversation_id
        and a.direction = 'inbound'
        and a.kind = 'human'
        and (
            t.sent_at <= a.received_at
            -- R5: an answer whose links name the tracked email or a later message of its conversation is an
            -- answer whatever its timestamp says (servers' clocks differ).
            or exists (
                select 1 from public.messages as linked
                where
                    linked.conversation_id = t.conversation_id
                    and linked.sent_at >= t.sent_at
                    and linked.internet_message_id = any(a."references" || a.in_reply_to)
            )
        )
where f.status = 'sent' and f.sent_at > a.ingested_at;

revoke all on public.followup_promise_violations from anon, authenticated, service_role;
grant select on public.followup_promise_violations to authenticated, service_role;
comment on view public.followup_promise_violations is
'R13: follow-ups sent after an answer was received in their conversation. Must stay empty.';
