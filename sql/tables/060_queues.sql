-- The pgmq queues, by name. A queue is a pair of tables pgmq creates (`pgmq.q_<name>`, `pgmq.a_<name>`)
-- and a row of pgmq's own catalog: data to `supabase db diff`, so `relance schema check` compares
-- pgmq.list_queues() of the two databases instead. Creating an existing queue is skipped, so this file
-- can run again. On Supabase, enable pgmq (`create extension pgmq`) before the first migration.

-- Due follow-ups wait here for a worker (run_followup_scheduler sends them, read_followup_queue reads them).
select pgmq.create('followup_sends')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'followup_sends'
);

-- What the webhooks accepted (receive_graph_notifications, receive_gmail_push) waits here for a worker
-- (read_provider_events).
select pgmq.create('provider_events')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'provider_events'
);

-- Messages whose signatures the intelligence worker reads (worker.run_autofill queues them,
-- worker.read_intelligence_queue reads them).
select pgmq.create('intelligence')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'intelligence'
);

-- Disconnected mailboxes whose provider side a worker cleans up: stop the Gmail watch or delete the Graph
-- subscriptions, revoke the Google grant, delete the stored grant (private.disconnect_mailbox queues them,
-- worker.read_mailbox_cleanup reads them).
select pgmq.create('mailbox_cleanup')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'mailbox_cleanup'
);

-- Outgoing webhooks waiting for a worker (private.queue_webhook fills it in the transaction that logged the
-- event; worker.read_webhook_deliveries reads it). A failed attempt hides its message for the backoff.
select pgmq.create('webhook_deliveries')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'webhook_deliveries'
);
