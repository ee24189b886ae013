-- The pg_cron jobs, registered by name through private.schedule_jobs() (sql/functions/120_maintenance.sql):
-- the scheduler every minute, the health snapshot every 5 minutes, the queue archive purge, cron's own history
-- cleanup and retention, the weekly purge of members' expired AI choices (relance-ai-preferences-purge).
-- Applied last: the jobs call functions of sql/functions/. cron.schedule(name, ...) replaces a job of the same
-- name, so running this again never duplicates one; outside the cron database (no pg_cron) it does nothing.
-- The jobs are rows of cron.job, data to `supabase db diff`: `relance schema check` compares the registration
-- instead (sql/README.md).

select private.schedule_jobs();
