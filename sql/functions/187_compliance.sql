-- The monthly compliance report (issue 14, item 7; sql/tables/107_access_logs.sql): per team and month, exports,
-- erasures, anonymisations, reads and who did them (data_access_logs), retention runs (audit entries of entity
-- type 'retention', one per team and run of each retention job: private.audit_retention), and anomalies. Months
-- are calendar months in UTC.

-- A team's retention runs in [p_from, p_to), one object per job (the entry's entity id): how many runs, the first
-- and last, what they deleted by kind (summed) and each distinct set of settings they applied. An entry written
-- before runs carried counts by kind ({"deleted": n} only) counts as n of the job's own kind.
create or replace function private.compliance_retention(p_team_id uuid, p_from timestamptz, p_to timestamptz)
returns jsonb
language sql
stable
set search_path = ''
as $$
    with runs as (
        select
            a.entity_id as job,
            a.occurred_at,
            coalesce(
                a.after -> 'counts', jsonb_build_object(a.entity_id, coalesce(a.after -> 'deleted', '0'))
            ) as counts,
            a.after -> 'settings' as settings
        from public.audit_log as a
        where a.team_id = p_team_id and a.entity_type = 'retention'
            and a.occurred_at >= p_from and a.occurred_at < p_to
    ),
    kinds as (
        select r.job, c.key, sum(c.value::bigint) as n
        from runs as r, jsonb_each_text(r.counts) as c
        group by r.job, c.key
    )
    select coalesce(jsonb_agg(j.doc order by j.job), '[]')
    from (
        select
            r.job,
            jsonb_build_object(
                'job', r.job, 'runs', count(*), 'first_run_at', min(r.occurred_at), 'last_run_at', max(r.occurred_at),
                'deleted', coalesce(
                    (select jsonb_object_agg(k.key, k.n order by k.key) from kinds as k where k.job = r.job), '{}'
                ),
                'settings', coalesce(
                    jsonb_agg(distinct r.settings order by r.settings) filter (where r.settings is not null), '[]'
                )
            ) as doc
        from runs as r
        group by r.job
    ) as j
$$;
revoke all on function private.compliance_retention(uuid, timestamptz, timestamptz) from public;
comment on function private.compliance_retention(uuid, timestamptz, timestamptz) is
'A team''s retention runs between p_from and p_to from the audit trail, one JSON object per job: runs, first and '
'last, deleted by kind, the settings applied.';

-- The anomaly rule: a user who, on one day (UTC), read more than 50 full records AND more than 3 times the team's
-- median, the median taken over the month's (user, day) pairs with at least one read in that team. Both bounds
-- matter: a quiet team's median is small (3× of 2 is nothing unusual), and a busy team's normal days may pass 50.
create or replace function private.compliance_anomalies(p_team_id uuid, p_from timestamptz, p_to timestamptz)
returns jsonb
language sql
stable
set search_path = ''
as $$
    with daily as (
        select l.actor_id, (l.occurred_at at time zone 'UTC')::date as day, count(*)::integer as reads
        from public.data_access_logs as l
        where l.team_id = p_team_id and l.access_type = 'read' and l.actor_id is not null
            and l.occurred_at >= p_from and l.occurred_at < p_to
        group by 1, 2
    ),
    median as (
        select percentile_cont(0.5) within group (order by d.reads) as m from daily as d
    )
    select coalesce(jsonb_agg(
        jsonb_build_object(
            'rule', 'reads in a day > 50 and > 3 x the team median', 'user_id', d.actor_id, 'day', d.day,
            'reads', d.reads, 'team_median', round(median.m::numeric, 1)
        ) order by d.day, d.reads desc, d.actor_id
    ), '[]')
    from daily as d, median
    where d.reads > 50 and d.reads > 3 * median.m
$$;
revoke all on function private.compliance_anomalies(uuid, timestamptz, timestamptz) from public;
comment on function private.compliance_anomalies(uuid, timestamptz, timestamptz) is
'Unusual bulk reads in a team between p_from and p_to: a user''s reads in a UTC day above 50 and above 3 times the '
'team''s median reads per (user, day). One JSON object per such day.';

-- Computes and stores one team's report for one month (replacing a previous one); returns it.
create or replace function private.write_compliance_report(p_team_id uuid, p_month date, p_now timestamptz default null)
returns public.compliance_reports
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_month date := date_trunc('month', p_month)::date;
    v_from timestamptz := (date_trunc('month', p_month)::date)::timestamp at time zone 'UTC';
    v_to timestamptz := ((date_trunc('month', p_month) + interval '1 month')::date)::timestamp at time zone 'UTC';
    v_row public.compliance_reports;
begin
    if p_month is null then
        raise exception 'p_month: which month (any day of it)' using errcode = '22023';
    end if;
    if not exists (select 1 from public.teams as t where t.id = p_team_id) then
        raise exception 'no such team: %', p_team_id using errcode = '22023';
    end if;
    insert into public.compliance_reports as r (
        team_id, month, exports, erasures, anonymisations, reads, retention_runs, access_by_user, anomalies,
        generated_at, retention
    )
    select
        p_team_id, v_month,
        count(*) filter (where l.access_type = 'export'),
        count(*) filter (where l.access_type = 'delete'),
        count(*) filter (where l.access_type = 'anonymize'),
        count(*) filter (where l.access_type = 'read'),
        (
            select count(*) from public.audit_log as a
            where a.team_id = p_team_id and a.entity_type = 'retention'
                and a.occurred_at >= v_from and a.occurred_at < v_to
        ),
        coalesce((
            select jsonb_agg(
                jsonb_build_object(
                    'user_id', u.actor_id, 'reads', u.reads, 'exports', u.exports, 'deletes', u.deletes,
                    'anonymizes', u.anonymizes
                ) order by u.reads desc, u.actor_id nulls last
            )
            from (
                select
                    x.actor_id,
                    count(*) filter (where x.access_type = 'read') as reads,
                    count(*) filter (where x.access_type = 'export') as exports,
                    count(*) filter (where x.access_type = 'delete') as deletes,
                    count(*) filter (where x.access_type = 'anonymize') as anonymizes
                from public.data_access_logs as x
                where x.team_id = p_team_id and x.occurred_at >= v_from and x.occurred_at < v_to
                group by x.actor_id
            ) as u
        ), '[]'),
        private.compliance_anomalies(p_team_id, v_from, v_to),
        coalesce(p_now, now()),
        private.compliance_retention(p_team_id, v_from, v_to)
    from public.data_access_logs as l
    where l.team_id = p_team_id and l.occurred_at >= v_from and l.occurred_at < v_to
    on conflict (team_id, month) do update
    set exports = excluded.exports, erasures = excluded.erasures, anonymisations = excluded.anonymisations,
        reads = excluded.reads, retention_runs = excluded.retention_runs, access_by_user = excluded.access_by_user,
        anomalies = excluded.anomalies, generated_at = excluded.generated_at, retention = excluded.retention
    returning * into v_row;
    return v_row;
end
$$;
revoke all on function private.write_compliance_report(uuid, date, timestamptz) from public;
comment on function private.write_compliance_report(uuid, date, timestamptz) is
'Computes one team''s compliance report for the month containing p_month (UTC) from the access logs and the '
'audit trail, stores it (replacing the month''s previous one) and returns it.';

-- The monthly job (1st, 03:00): every team's report for the month before.
create or replace function private.write_compliance_reports(p_now timestamptz default null)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_month date := (date_trunc('month', coalesce(p_now, now()) at time zone 'UTC') - interval '1 month')::date;
    v_team uuid;
    v_n integer := 0;
begin
    for v_team in select t.id from public.teams as t order by t.id loop
        perform private.write_compliance_report(v_team, v_month, p_now);
        v_n := v_n + 1;
    end loop;
    return v_n;
end
$$;
revoke all on function private.write_compliance_reports(timestamptz) from public;
comment on function private.write_compliance_reports(timestamptz) is
'The monthly job relance-compliance-report: writes every team''s report for the month before p_now (or now()). '
'Returns how many teams.';

-- `relance report compliance`: the stored report of a team's month (written now when the job has not yet), with
-- the team's name and the e-mail of each user it names, for the HTML page.
create or replace function worker.compliance_report(p_team_id uuid, p_month date)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row public.compliance_reports;
begin
    select * into v_row from public.compliance_reports as r
    where r.team_id = p_team_id and r.month = date_trunc('month', p_month)::date;
    if not found then
        v_row := private.write_compliance_report(p_team_id, p_month);
    end if;
    return to_jsonb(v_row) || jsonb_build_object(
        'team_name', (select t.name from public.teams as t where t.id = p_team_id),
        'users', coalesce((
            select jsonb_object_agg(u.id, u.email)
            from auth.users as u
            where u.id::text in (
                select e ->> 'user_id' from jsonb_array_elements(v_row.access_by_user || v_row.anomalies) as e
            )
        ), '{}')
    );
end
$$;
revoke all on function worker.compliance_report(uuid, date) from public, anon, authenticated;
grant execute on function worker.compliance_report(uuid, date) to service_role;
comment on function worker.compliance_report(uuid, date) is
'A team''s compliance report for the month containing p_month (written now if the monthly job has not), with '
'team_name and users (id -> e-mail) for the page `relance report compliance` writes. 22023 for an unknown team.';
