-- Health (sql/tables/080_health.sql): the workers' heartbeats, worker.health_check() (what the `health`
-- edge function answers with), the snapshot pg_cron records every 5 minutes, and the admins' history view.
--
-- Every check is judged at an instant given as p_at (default now()), so tests never depend on today's date.
-- pg_cron's tables exist only in the cron database: they are read with dynamic SQL, after asking the catalog
-- whether pg_cron is there (as private.schedule_jobs() does).

-- Heartbeats ----------------------------------------------------------------------------------------------------

create or replace function worker.record_heartbeat(
    p_worker_id text,
    p_kind text,
    p_host text,
    p_pid integer,
    p_started_at timestamptz,
    p_now timestamptz default now()
)
returns timestamptz
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    if coalesce(btrim(p_worker_id), '') = '' or coalesce(btrim(p_kind), '') = '' or coalesce(btrim(p_host), '') = ''
        or p_pid is null or p_pid <= 0 or p_started_at is null or p_now is null then
        raise exception 'record_heartbeat: worker id, kind, host, a positive pid, started_at and now are required'
            using errcode = '22023';
    end if;
    insert into private.worker_heartbeats as h (worker_id, kind, host, pid, started_at, last_beat_at)
    values (left(p_worker_id, 200), left(p_kind, 200), left(p_host, 255), p_pid, p_started_at, p_now)
    on conflict (worker_id) do update
    set kind = excluded.kind, host = excluded.host, pid = excluded.pid, started_at = excluded.started_at,
        last_beat_at = greatest(h.last_beat_at, excluded.last_beat_at), beats = h.beats + 1;
    return p_now;
end
$$;

revoke all on function worker.record_heartbeat(text, text, text, integer, timestamptz, timestamptz)
from public, anon, authenticated;
grant execute on function worker.record_heartbeat(text, text, text, integer, timestamptz, timestamptz) to service_role;
comment on function worker.record_heartbeat(text, text, text, integer, timestamptz, timestamptz) is
'A worker process''s beat (once per pass of its loop): records its kind, host, pid and start, and the instant '
'of the beat (never moved back). Returns p_now. 22023 for a missing field.';

create or replace function worker.end_heartbeat(p_worker_id text)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
    with gone as (delete from private.worker_heartbeats as h where h.worker_id = p_worker_id returning 1)
    select exists (select 1 from gone)
$$;

revoke all on function worker.end_heartbeat(text) from public, anon, authenticated;
grant execute on function worker.end_heartbeat(text) to service_role;
comment on function worker.end_heartbeat(text) is
'A worker that stops cleanly removes its heartbeat, so it is not reported as a stopped worker. Returns whether '
'there was one. Idempotent.';

-- How often a pg_cron schedule runs --------------------------------------------------------------------------------

create or replace function private.cron_interval(p_schedule text)
returns interval
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_f text[] := regexp_split_to_array(btrim(coalesce(p_schedule, '')), '\s+');
    v_n text;
begin
    -- pg_cron's interval form: '[1-59] seconds'.
    v_n := substring(btrim(coalesce(p_schedule, '')) from '^([0-9]+) seconds?$');
    if v_n is not null then
        return make_interval(secs => v_n::integer);
    end if;
    if cardinality(v_f) <> 5 then
        return interval '1 day';
    end if;
    -- The longest gap between two runs, read from the first field that is not "every": minutes, then hours,
    -- then days. An upper bound for the schedules the project uses; an unusual one counts as a month.
    if v_f[1] = '*' then
        return interval '1 minute';
    elsif v_f[1] ~ '^\*/[0-9]+$' then
        return make_interval(mins => substring(v_f[1] from '[0-9]+')::integer);
    elsif v_f[2] = '*' then
        return interval '1 hour';
    elsif v_f[2] ~ '^\*/[0-9]+$' then
        return make_interval(hours => substring(v_f[2] from '[0-9]+')::integer);
    elsif v_f[3] = '*' and v_f[4] = '*' and v_f[5] = '*' then
        return interval '1 day';
    elsif v_f[3] = '*' and v_f[4] = '*' then
        return interval '7 days';
    end if;
    return interval '31 days';
end
$$;

revoke all on function private.cron_interval(text) from public;
comment on function private.cron_interval(text) is
'The longest gap between two runs of a pg_cron schedule (''* * * * *'': 1 minute, ''*/5 * * * *'': 5 minutes, '
'''17 3 * * *'': 1 day, ''30 seconds'' …); a schedule it cannot read counts as a month. Immutable.';

-- The checks -------------------------------------------------------------------------------------------------------

create or replace function private.health_check_item(p_name text, p_ok boolean, p_detail jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
    select jsonb_build_object('name', p_name, 'ok', coalesce(p_ok, false)) || coalesce(p_detail, '{}'::jsonb)
$$;

revoke all on function private.health_check_item(text, boolean, jsonb) from public;
comment on function private.health_check_item(text, boolean, jsonb) is
'One check of a health report: {name, ok, …detail}. Immutable.';

create or replace function private.health_platform_checks(p_at timestamptz default now())
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
    v_s private.health_settings;
    v_checks jsonb := '[]'::jsonb;
    v_jobs jsonb;
    v_queues jsonb := '[]'::jsonb;
    v_queue record;
    v_depth bigint;
    v_oldest timestamptz;
    v_workers jsonb;
    v_live integer;
begin
    select * into v_s from private.health_settings where singleton;

    -- The database answered: this very call is the proof.
    v_checks := v_checks || private.health_check_item(
        'database', true, jsonb_build_object('server_version', current_setting('server_version'))
    );

    -- pg_cron: every active job, its last run and how it ended. Never the run's message (an error may quote data).
    if not exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
        v_checks := v_checks || private.health_check_item(
            'cron_jobs', false, jsonb_build_object('reason', 'pg_cron is not installed: no job runs')
        );
    else
        -- Built with format(): the cron schema exists only where pg_cron is (plpgsql_check reads a constant query).
        execute format($sql$
            select coalesce(jsonb_agg(j.item order by j.jobname), '[]')
            from (
                select
                    job.jobname,
                    jsonb_build_object(
                        'job', job.jobname,
                        'schedule', job.schedule,
                        'ok', case
                            when last.runid is null then true
                            when last.status = 'failed' then false
                            else last.start_time >= $1 - private.cron_interval(job.schedule) * $2
                        end,
                        'last_status', last.status,
                        'last_start', last.start_time,
                        'last_end', last.end_time,
                        'problem', case
                            when last.runid is null then null
                            when last.status = 'failed' then 'last run failed'
                            when last.start_time < $1 - private.cron_interval(job.schedule) * $2
                                then 'no run for ' || $2::text || ' times its interval'
                        end
                    ) as item
                from %1$I.job as job
                -- Each job's latest run, in one pass over the history (pg_cron indexes it by runid only).
                left join (
                    select distinct on (d.jobid) d.jobid, d.runid, d.status, d.start_time, d.end_time
                    from %1$I.job_run_details as d
                    where d.start_time <= $1
                    order by d.jobid, d.start_time desc, d.runid desc
                ) as last on job.jobid = last.jobid
                where job.active
            ) as j
        $sql$, 'cron') into v_jobs using p_at, v_s.cron_missed_intervals;
        v_checks := v_checks || private.health_check_item(
            'cron_jobs',
            not jsonb_path_exists(v_jobs, '$[*] ? (@.ok == false)'),
            jsonb_build_object(
                'failing', (select coalesce(jsonb_agg(j ->> 'job'), '[]') from jsonb_array_elements(v_jobs) as j
                            where not (j ->> 'ok')::boolean),
                'jobs', v_jobs
            )
        );
    end if;

    -- Queues (pgmq.metrics's queue length and oldest message, the age taken at p_at).
    for v_queue in select q.queue_name from pgmq.list_queues() as q order by q.queue_name loop
        select m.queue_length into v_depth from pgmq.metrics(v_queue.queue_name) as m;
        execute format('select min(enqueued_at) from pgmq.%I', 'q_' || v_queue.queue_name) into v_oldest;
        v_queues := v_queues || jsonb_build_object(
            'queue', v_queue.queue_name,
            'depth', v_depth,
            'oldest_message_age_seconds',
            case when v_oldest is not null then greatest(0, floor(extract(epoch from p_at - v_oldest)))::bigint end,
            'ok', v_depth <= v_s.queue_max_depth and (v_oldest is null or v_oldest >= p_at - v_s.queue_max_age),
            'problem', case
                when v_depth > v_s.queue_max_depth then 'more than ' || v_s.queue_max_depth || ' messages'
                when v_oldest < p_at - v_s.queue_max_age then 'oldest message waits longer than ' || v_s.queue_max_age
            end
        );
    end loop;
    v_checks := v_checks || private.health_check_item(
        'queues',
        not jsonb_path_exists(v_queues, '$[*] ? (@.ok == false)'),
        jsonb_build_object(
            'failing', (select coalesce(jsonb_agg(q ->> 'queue'), '[]') from jsonb_array_elements(v_queues) as q
                        where not (q ->> 'ok')::boolean),
            'max_depth', v_s.queue_max_depth,
            'max_age_seconds', extract(epoch from v_s.queue_max_age)::bigint,
            'queues', v_queues
        )
    );

    -- Workers: each one that beat within the forget window; failing when one is silent past the threshold, or
    -- when none is left.
    select
        coalesce(jsonb_agg(jsonb_build_object(
            'worker_id', h.worker_id,
            'kind', h.kind,
            'host', h.host,
            'pid', h.pid,
            'started_at', h.started_at,
            'last_beat_at', h.last_beat_at,
            'silent_seconds', greatest(0, floor(extract(epoch from p_at - h.last_beat_at)))::bigint,
            'ok', h.last_beat_at >= p_at - v_s.worker_max_silence
        ) order by h.kind, h.worker_id), '[]'),
        count(*) filter (where h.last_beat_at >= p_at - v_s.worker_max_silence)
    into v_workers, v_live
    from private.worker_heartbeats as h
    where h.last_beat_at >= p_at - v_s.worker_forget_after;
    v_checks := v_checks || private.health_check_item(
        'workers',
        v_live > 0 and not jsonb_path_exists(v_workers, '$[*] ? (@.ok == false)'),
        jsonb_build_object(
            'live', v_live,
            'stopped', (select coalesce(jsonb_agg(w ->> 'worker_id'), '[]') from jsonb_array_elements(v_workers) as w
                        where not (w ->> 'ok')::boolean),
            'max_silence_seconds', extract(epoch from v_s.worker_max_silence)::bigint,
            'problem', case when v_live = 0 then 'no worker beat in the last ' || v_s.worker_max_silence end,
            'workers', v_workers
        )
    );
    return v_checks;
end
$$;

revoke all on function private.health_platform_checks(timestamptz) from public;
comment on function private.health_platform_checks(timestamptz) is
'The checks that belong to no team, judged at p_at: database, cron_jobs (each active job''s last run), queues '
'(depth and oldest message of each pgmq queue), workers (heartbeats). A jsonb array of {name, ok, …}. Stable.';

create or replace function private.health_team_checks(p_at timestamptz default now(), p_team_id uuid default null)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
    v_s private.health_settings;
    v_reauth jsonb;
    v_expiring jsonb;
    v_log_errors bigint;
    v_dead_letters bigint;
begin
    select * into v_s from private.health_settings where singleton;

    -- Mailboxes whose grant was revoked or expired: nothing is synced or sent until they are reconnected.
    select coalesce(jsonb_agg(jsonb_build_object(
        'mailbox_id', m.id, 'team_id', m.team_id, 'provider', m.provider, 'since', m.status_changed_at
    ) order by m.status_changed_at, m.id), '[]')
    into v_reauth
    from public.mailboxes as m
    where m.status = 'needs_reauth' and (p_team_id is null or m.team_id = p_team_id);

    -- Subscriptions (Graph) and watches (Gmail) of working mailboxes that expire within the window (or
    -- already did while still marked active): notifications stop when they expire.
    select coalesce(jsonb_agg(jsonb_build_object(
        'mailbox_id', s.mailbox_id, 'team_id', s.team_id, 'provider', s.provider, 'expires_at', s.expires_at
    ) order by s.expires_at, s.id), '[]')
    into v_expiring
    from private.provider_subscriptions as s
    inner join public.mailboxes as m on s.mailbox_id = m.id
    where s.status = 'active' and m.status in ('active', 'paused')
        and s.expires_at < p_at + v_s.subscription_expiry_window
        and (p_team_id is null or s.team_id = p_team_id);

    -- Errors of the last hour: what the workers logged at level error, and the messages they set aside.
    select count(*) into v_log_errors
    from public.worker_logs as l
    where l.level = 'error' and l.created_at > p_at - interval '1 hour' and l.created_at <= p_at
        and (p_team_id is null or l.team_id = p_team_id);
    select count(*) into v_dead_letters
    from public.dead_letters as d
    where d.status = 'dead' and d.last_failed_at > p_at - interval '1 hour' and d.last_failed_at <= p_at
        and (p_team_id is null or d.team_id = p_team_id);

    return jsonb_build_array(
        private.health_check_item(
            'mailboxes_needing_reauth', jsonb_array_length(v_reauth) = 0,
            jsonb_build_object('count', jsonb_array_length(v_reauth), 'mailboxes', v_reauth)
        ),
        private.health_check_item(
            'subscriptions_expiring', jsonb_array_length(v_expiring) = 0,
            jsonb_build_object(
                'count', jsonb_array_length(v_expiring),
                'window_seconds', extract(epoch from v_s.subscription_expiry_window)::bigint,
                'subscriptions', v_expiring
            )
        ),
        private.health_check_item(
            'recent_errors', v_log_errors + v_dead_letters <= v_s.max_errors_per_hour,
            jsonb_build_object(
                'count', v_log_errors + v_dead_letters,
                'worker_log_errors', v_log_errors,
                'dead_letters', v_dead_letters,
                'max_per_hour', v_s.max_errors_per_hour
            )
        )
    );
end
$$;

revoke all on function private.health_team_checks(timestamptz, uuid) from public;
comment on function private.health_team_checks(timestamptz, uuid) is
'The checks that concern teams, judged at p_at, for one team or (p_team_id null) all: mailboxes_needing_reauth, '
'subscriptions_expiring, recent_errors (worker_logs errors and dead letters of the last hour). Mailbox ids only, '
'never addresses. A jsonb array of {name, ok, …}. Stable.';

create or replace function worker.health_check(p_at timestamptz default now())
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
    v_checks jsonb;
begin
    v_checks := private.health_platform_checks(p_at) || private.health_team_checks(p_at, null);
    return jsonb_build_object(
        'healthy', not jsonb_path_exists(v_checks, '$[*] ? (@.ok == false)'),
        'checked_at', p_at,
        'failing', (select coalesce(jsonb_agg(c ->> 'name'), '[]') from jsonb_array_elements(v_checks) as c
                    where not (c ->> 'ok')::boolean),
        'checks', v_checks
    );
end
$$;

revoke all on function worker.health_check(timestamptz) from public, anon, authenticated;
grant execute on function worker.health_check(timestamptz) to service_role;
comment on function worker.health_check(timestamptz) is
'The system''s health at p_at: {healthy, checked_at, failing: [names], checks: [{name, ok, …}]} with the checks '
'database, cron_jobs, queues, workers, mailboxes_needing_reauth, subscriptions_expiring, recent_errors; '
'thresholds in private.health_settings. What the `health` edge function answers. Stable.';

-- Snapshots --------------------------------------------------------------------------------------------------------

create or replace function private.record_health_snapshot(p_at timestamptz default now())
returns bigint
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_s private.health_settings;
    v_checks jsonb := private.health_platform_checks(p_at);
    v_id bigint;
begin
    select * into v_s from private.health_settings where singleton;
    insert into public.health_snapshots (taken_at, healthy, checks)
    values (p_at, not jsonb_path_exists(v_checks, '$[*] ? (@.ok == false)'), v_checks)
    on conflict (taken_at) do nothing
    returning id into v_id;
    if v_id is null then
        return null;
    end if;
    -- Each team that has something failing gets its own row, with its own mailboxes and counts only.
    insert into public.health_snapshot_teams (snapshot_id, team_id, healthy, checks)
    select v_id, t.team_id, false, t.checks
    from (
        select teams.team_id, private.health_team_checks(p_at, teams.team_id) as checks
        from (
            select m.team_id from public.mailboxes as m where m.status = 'needs_reauth'
            union
            select s.team_id from private.provider_subscriptions as s
            inner join public.mailboxes as m on s.mailbox_id = m.id
            where s.status = 'active' and m.status in ('active', 'paused')
                and s.expires_at < p_at + v_s.subscription_expiry_window
            union
            select l.team_id from public.worker_logs as l
            where l.level = 'error' and l.team_id is not null
                and l.created_at > p_at - interval '1 hour' and l.created_at <= p_at
            union
            select d.team_id from public.dead_letters as d
            where d.status = 'dead' and d.last_failed_at > p_at - interval '1 hour' and d.last_failed_at <= p_at
        ) as teams
    ) as t
    where jsonb_path_exists(t.checks, '$[*] ? (@.ok == false)');
    -- Teams whose health just turned failing hear it (outgoing webhooks, health.degraded).
    perform private.queue_health_webhooks(v_id, p_at);
    -- Retention, in the same job: old snapshots (their team rows cascade), forgotten workers.
    delete from public.health_snapshots where taken_at < p_at - v_s.snapshot_keep;
    delete from private.worker_heartbeats where last_beat_at < p_at - v_s.worker_forget_after;
    return v_id;
end
$$;

revoke all on function private.record_health_snapshot(timestamptz) from public;
comment on function private.record_health_snapshot(timestamptz) is
'pg_cron, every 5 minutes: records the platform checks at p_at (public.health_snapshots) and, for each team with '
'a failing team check, that team''s checks (public.health_snapshot_teams); deletes snapshots older than '
'snapshot_keep and heartbeats older than worker_forget_after. Returns the snapshot id (null when one exists at '
'p_at already).';

-- The admins' history ----------------------------------------------------------------------------------------------

-- One row per snapshot and per team the caller administers: the platform's checks and, when that team had
-- something failing, its own. security_invoker: RLS of health_snapshots (team admins) and
-- health_snapshot_teams (the team's admins) applies to the caller.
create or replace view public.health_history
with (security_invoker = true) as
select
    s.id as snapshot_id,
    s.taken_at,
    a.team_id,
    s.healthy and coalesce(t.healthy, true) as healthy,
    s.checks || coalesce(t.checks, '[]'::jsonb) as checks
from public.health_snapshots as s
cross join lateral private.my_admin_team_ids() as a (team_id)
left join public.health_snapshot_teams as t on s.id = t.snapshot_id and a.team_id = t.team_id;

revoke all on public.health_history from anon, authenticated, service_role;
grant select on public.health_history to authenticated, service_role;
comment on view public.health_history is
'The health snapshots (every 5 minutes, 30 days) for the teams the caller administers: one row per snapshot and '
'team, the platform''s checks plus the team''s own failing ones (mailboxes, subscriptions, errors). Members and '
'other teams see nothing of a team''s.';
