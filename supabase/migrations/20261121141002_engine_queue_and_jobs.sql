-- The engine's work queue and its pg_cron jobs. Data, not schema, so `supabase db diff` cannot carry
-- them: written by hand. Both are idempotent.

-- Due follow-ups wait here for a worker (pgmq: on Supabase, `create extension pgmq` first).
select pgmq.create('followup_sends')
where not exists (
    select 1 from pgmq.list_queues() as q
    where q.queue_name = 'followup_sends'
);

-- The scheduler every minute, archive purge, cron history cleanup and retention, registered by name,
-- when pg_cron is present (it is only in the cron database).
select private.schedule_jobs();
