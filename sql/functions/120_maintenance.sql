-- Housekeeping that pg_cron runs: retention of events and logs, the queue's archive, cron's own history.

create or replace function private.purge_expired(p_now timestamptz default now())
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_events jsonb;
    v_logs jsonb;
    v_deliveries jsonb;
    v_orphan_logs integer;
    v_team record;
begin
    with gone as (
        delete from public.events as e
        using public.team_settings as s
        -- By when it happened (the engine's instant, p_now of the call that wrote it), not by the server's clock.
        where s.team_id = e.team_id and e.occurred_at < p_now - make_interval(days => s.retention_days)
        returning e.team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_events from gone;
    with gone as (
        delete from public.worker_logs as l
        using public.team_settings as s
        where s.team_id = l.team_id and l.created_at < p_now - make_interval(days => s.retention_days)
        returning l.team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_logs from gone;
    delete from public.worker_logs as l where l.team_id is null and l.created_at < p_now - interval '90 days';
    get diagnostics v_orphan_logs = row_count;
    -- Webhook deliveries of an event go with it (on delete cascade); the others (health, tests) by age.
    with gone as (
        delete from public.webhook_deliveries as d
        using public.team_settings as s
        where d.event_id is null and s.team_id = d.team_id
            and d.created_at < p_now - make_interval(days => s.retention_days)
        returning d.team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_deliveries from gone;
    -- Expired subscriptions, old Pub/Sub receipts and rejected notifications.
    perform private.purge_provider_intake(p_now);
    -- Webhook secrets a rotation replaced whose overlap has ended: they sign nothing more, and a secret is not kept
    -- at rest past its use. By the server's clock, as the rotation that set their end.
    delete from private.webhook_retired_secrets as r where r.signs_until <= now();
    for v_team in select s.team_id, s.retention_days from public.team_settings as s order by s.team_id loop
        perform private.audit_retention(
            v_team.team_id, 'relance-retention',
            jsonb_build_object(
                'events', coalesce((v_events ->> v_team.team_id::text)::integer, 0),
                'worker_logs', coalesce((v_logs ->> v_team.team_id::text)::integer, 0),
                'webhook_deliveries', coalesce((v_deliveries ->> v_team.team_id::text)::integer, 0)
            ),
            jsonb_build_object('retention_days', v_team.retention_days),
            p_now
        );
    end loop;
    return jsonb_build_object(
        'events', private.count_total(v_events),
        'worker_logs', v_orphan_logs + private.count_total(v_logs)
    );
end
$$;

revoke all on function private.purge_expired(timestamptz) from public;
comment on function private.purge_expired(timestamptz) is
'Deletes events and worker logs older than each team''s retention_days (90 by default), expired provider '
'intake records and replaced webhook secrets whose overlap has ended; audits one retention run per team (what '
'went, by kind, and the setting applied). Returns counts. Idempotent.';

create or replace function private.purge_queue_archive(p_keep interval default '30 days')
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_n integer;
begin
    delete from pgmq.a_followup_sends where archived_at < now() - p_keep;
    get diagnostics v_n = row_count;
    delete from pgmq.a_webhook_deliveries where archived_at < now() - p_keep;
    return v_n;
end
$$;

revoke all on function private.purge_queue_archive(interval) from public;
comment on function private.purge_queue_archive(interval) is
'Deletes archived queue messages older than p_keep. Returns how many. Idempotent.';

create or replace function private.schedule_jobs()
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_n integer := 0;
    v_job record;
begin
    -- Registered by name: cron.schedule(name, …) replaces a job of the same name, so running this again
    -- never duplicates a job. Without pg_cron (a database that is not the cron database) it does nothing.
    -- The calls are built with format(): the cron schema exists only in the cron database.
    if not exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
        return 0;
    end if;
    for v_job in
        select jobs.name, jobs.schedule, jobs.command
        from (
            values
            ('relance-scheduler', '* * * * *', 'select worker.run_followup_scheduler()'),
            ('relance-status-counts', '* * * * *', 'select private.compact_status_counts()'),
            ('relance-queue-archive-purge', '17 3 * * *', 'select private.purge_queue_archive()'),
            (
                'relance-cron-history-cleanup', '23 3 * * *',
                'delete from cron.job_run_details where end_time < now() - interval ''7 days'''
            ),
            ('relance-retention', '41 3 * * *', 'select private.purge_expired()'),
            ('relance-autofill', '7 * * * *', 'select worker.run_autofill()'),
            ('relance-live-mail', '* * * * *', 'select worker.queue_live_mail()'),
            ('relance-ai-preferences-purge', '0 4 * * 0', 'select private.purge_expired_preferences()'),
            ('relance-health-snapshot', '*/5 * * * *', 'select private.record_health_snapshot()'),
            -- PRIVACY.md: bodies and provider events past the team's retention (daily), inactive users (Monday).
            ('relance-privacy-retention', '53 3 * * *', 'select private.apply_privacy_retention()'),
            ('relance-anonymise-inactive-users', '0 1 * * 1', 'select worker.anonymise_inactive_users()'),
            ('relance-access-log-retention', '0 2 1 * *', 'select private.purge_access_logs()'),
            ('relance-compliance-report', '0 3 1 * *', 'select private.write_compliance_reports()')
        ) as jobs (name, schedule, command)
    loop
        execute format('select cron.schedule(%L, %L, %L)', v_job.name, v_job.schedule, v_job.command);
        v_n := v_n + 1;
    end loop;
    return v_n;
end
$$;

revoke all on function private.schedule_jobs() from public;
comment on function private.schedule_jobs() is
'Registers the pg_cron jobs by name (scheduler, status-count folding and live mail for the intelligence queue '
'every minute, health snapshot every 5 minutes, autofill hourly, queue archive purge, cron history cleanup, '
'retention, the members'' expired choices weekly, privacy retention daily, inactive users weekly, access-log '
'retention and the compliance report monthly). Returns how many, 0 without pg_cron. Idempotent.';
