-- A stand-in for pg_cron in the scratch databases that `relance schema check`, `generate` and `squash`
-- compare (workers/relance/schema.py). Never in the app database, never in a migration.
--
-- pg_cron lives in one database of a cluster (cron.database_name: the app database), so the databases the
-- schema pipeline builds from the migrations and from sql/ cannot have it, and private.schedule_jobs()
-- would register nothing in either: a missing or stale job registration would go unseen. Installed before
-- anything else, this records what a build registers, as pg_cron does: the extension's name in the catalog
-- (what the project's code asks before it calls pg_cron), and cron.schedule(job_name, schedule, command),
-- which replaces a job of the same name, in cron.job. Nothing ever runs the jobs.

-- Only the catalog row: pg_cron's own install script refuses any database but the cron database.
insert into pg_catalog.pg_extension (oid, extname, extowner, extnamespace, extrelocatable, extversion)
select
    pg_catalog.pg_nextoid('pg_catalog.pg_extension', 'oid', 'pg_catalog.pg_extension_oid_index') as oid,
    'pg_cron' as extname,
    'postgres'::regrole as extowner,
    'pg_catalog'::regnamespace as extnamespace,
    false as extrelocatable,
    'stand-in' as extversion
where not exists (
    select 1 from pg_catalog.pg_extension
    where extname = 'pg_cron'
);

create schema if not exists cron;

create table if not exists cron.job (
    jobid bigint generated always as identity primary key,
    schedule text not null,
    command text not null,
    nodename text not null default 'localhost',
    nodeport integer not null default 5432,
    -- The cron database, as pg_cron records it: the same in every scratch database, so two builds that register
    -- the same jobs have the same rows (supabase db diff compares them when it sees pg_cron).
    database text not null default coalesce(current_setting('cron.database_name', true), current_database()),
    username text not null default current_user,
    active boolean not null default true,
    jobname text unique
);

create or replace function cron.schedule(job_name text, schedule text, command text)
returns bigint
language sql
volatile
as $$
    insert into cron.job as j (jobname, schedule, command)
    values (job_name, schedule, command)
    on conflict (jobname) do update set schedule = excluded.schedule, command = excluded.command, active = true
    returning j.jobid
$$;

create or replace function cron.unschedule(job_name text)
returns boolean
language sql
volatile
as $$
    with gone as (delete from cron.job as j where j.jobname = job_name returning 1)
    select exists (select 1 from gone)
$$;
