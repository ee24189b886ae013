-- The report (issue 15, item 5): the figures of `relance report` for a team and a period, as one jsonb document
-- the CLI renders (workers/relance/report.py). Security invoker: the tables' RLS decides what the caller reads,
-- so a team admin calling public.followup_report gets exactly the numbers of the page, and a member gets those
-- of their own mailboxes; the CLI calls it as service_role, with the team named explicitly.
--
-- What counts, and when:
-- - a "send" is a tracked email's first message (step 0) or an automatic follow-up sent (step n = its seq);
--   sends count in the period when they were sent in it: from p_from 00:00 to p_to 24:00 in the team's zone;
-- - a send is "replied" when its tracked email was answered by a person (status replied, not an opt-out) after
--   that send and before the next one: the answer is credited to the last message the person had received (by
--   its links when they name a later send than its clock says: tracked_emails.answer_credited_at, R5);
-- - time to reply: from the tracked email's first message to its answer, for tracked emails first sent in the
--   period; a sequence "ended" in the period when it reached a final status (replied, opted_out, bounced,
--   completed, untracked) in it.

-- The Wilson score interval (private.report_wilson) is in 012_stats.sql: the variants' view uses it too.

-- Reply rates per A/B variant and step. Until the variants of issue 15 (item 4) land there are none, and the
-- report shows reply rates by step only. Wiring: this function reads the variants' view (per variant and step:
-- sent, replied, Wilson 95 % interval) for p_team_id and the sends of [p_from, p_to); nothing else changes.
create or replace function private.report_variant_rows(p_team_id uuid, p_from timestamptz, p_to timestamptz)
returns table (
    step integer,
    variant text,
    sent bigint,
    replied bigint,
    reply_rate numeric,
    rate_low numeric,
    rate_high numeric
)
language sql
stable
set search_path = ''
as $$
    -- The sends of the period by the variant each tracked email was assigned (200_templates.sql), counted as
    -- public.followup_variant_stats counts them: a send is answered when the answer came after it and before
    -- the next send. Variants of the same name in two languages are one variant here; only steps with two or more.
    with sends as (
        select
            a.step,
            a.variant,
            f.sent_at,
            coalesce(t.answer_credited_at, t.answered_at) as answered_at,
            t.status,
            private.next_followup_at(f.tracked_email_id, f.seq, f.sent_at) as next_sent_at
        from public.followup_variant_assignments as a
        inner join public.followups as f on a.tracked_email_id = f.tracked_email_id and a.step = f.seq
        inner join public.tracked_emails as t on a.tracked_email_id = t.id
        where a.team_id = p_team_id and f.status = 'sent' and f.sent_at >= p_from and f.sent_at < p_to
    ),

    counts as (
        select
            s.step,
            s.variant,
            count(*) as sent,
            count(*) filter (
                where s.status <> 'opted_out' and s.answered_at >= s.sent_at
                and (s.next_sent_at is null or s.answered_at < s.next_sent_at)
            ) as replied
        from sends as s
        group by s.step, s.variant
    )

    select
        c.step,
        c.variant,
        c.sent,
        c.replied,
        round(c.replied::numeric / c.sent, 4),
        w.bounds[1],
        w.bounds[2]
    from counts as c
    cross join lateral (select private.report_wilson(c.replied, c.sent) as bounds) as w
    -- An A/B comparison needs two variants: a step everyone got the same text for (the built-in one, or a single
    -- template) is in the rates by step already.
    where c.step in (select k.step from counts as k group by k.step having count(*) > 1)
    order by c.step, c.variant
$$;

revoke all on function private.report_variant_rows(uuid, timestamptz, timestamptz) from public;
grant execute on function private.report_variant_rows(uuid, timestamptz, timestamptz) to authenticated, service_role;
comment on function private.report_variant_rows(uuid, timestamptz, timestamptz) is
'The report''s reply rates per A/B variant and step for a team''s sends of [p_from, p_to), with their Wilson 95 % '
'interval (the report shows rates by step only when no variant was sent). Reads under the caller''s RLS.';

create or replace function public.followup_report(p_team_id uuid, p_from date, p_to date)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
    v_name text;
    v_zone text;
    v_from timestamptz;
    v_to timestamptz;
begin
    if p_team_id is null or p_from is null or p_to is null then
        raise exception 'followup_report needs a team, a first day (p_from) and a last day (p_to)'
            using errcode = '22004';
    end if;
    if p_to < p_from then
        raise exception 'the period ends (%) before it starts (%)', p_to, p_from using errcode = '22023';
    end if;
    if p_to - p_from > 366 then
        raise exception 'a report covers at most 367 days (asked: % to %)', p_from, p_to using errcode = '22023';
    end if;
    -- A signed-in user reads a team they belong to (RLS then shows them their own mailboxes, or all of them
    -- for an admin); the service role names any team.
    if (auth.role() is distinct from 'service_role' and current_setting('role') in ('anon', 'authenticated'))
        and not p_team_id = any(array(select private.my_team_ids())) then
        raise exception 'no such team, or not yours' using errcode = '42501';
    end if;
    select t.name, s.time_zone into v_name, v_zone
    from public.teams as t
    inner join public.team_settings as s on t.id = s.team_id
    where t.id = p_team_id;
    if not found then
        raise exception 'no such team: %', p_team_id using errcode = 'P0002';
    end if;
    v_from := p_from::timestamp at time zone v_zone;
    v_to := (p_to + 1)::timestamp at time zone v_zone;

    return (
        with boxes as (
            select m.id, m.address, coalesce(m.time_zone, v_zone) as zone
            from public.mailboxes as m
            where m.team_id = p_team_id
        ),

        tracked as (
            select t.id, t.mailbox_id, t.sent_at, t.status, t.status_changed_at, t.answered_at,
                coalesce(t.answer_credited_at, t.answered_at) as credited_at
            from public.tracked_emails as t
            where t.team_id = p_team_id
        ),

        -- Every send of the team's tracked emails (whenever it was sent), with the next one of the same email.
        -- A follow-up the user wrote by hand (R4) ends the previous send's window too (an answer after it is not
        -- that send's); it is not a step of the chart (step null), which counts the engine's sends.
        all_sends as (
            select s.tracked_email_id, s.step, s.sent_at,
                lead(s.sent_at) over (partition by s.tracked_email_id order by s.sent_at, s.step) as next_at
            from (
                select t.id as tracked_email_id, 0 as step, t.sent_at from tracked as t
                union all
                select f.tracked_email_id, f.seq, f.sent_at
                from public.followups as f
                where f.team_id = p_team_id and f.status = 'sent'
                union all
                select mf.tracked_email_id, null, mf.sent_at
                from public.manual_followups as mf
                where mf.team_id = p_team_id
            ) as s
        ),

        sends as (
            select s.step, s.sent_at, b.zone,
                (t.status = 'replied' and t.credited_at >= s.sent_at
                and (s.next_at is null or t.credited_at < s.next_at)) as replied
            from all_sends as s
            inner join tracked as t on s.tracked_email_id = t.id
            inner join boxes as b on t.mailbox_id = b.id
            where s.step is not null and s.sent_at >= v_from and s.sent_at < v_to
        ),

        by_step as (
            select s.step, count(*) as sent, count(*) filter (where s.replied) as replied
            from sends as s
            group by s.step
        ),

        by_slot as (
            select
                extract(isodow from s.sent_at at time zone s.zone)::integer as weekday,
                extract(hour from s.sent_at at time zone s.zone)::integer as hour,
                count(*) as sent, count(*) filter (where s.replied) as replied
            from sends as s
            group by 1, 2
        ),

        replies as (
            select round((extract(epoch from t.answered_at - t.sent_at) / 3600)::numeric, 2) as hours
            from tracked as t
            where t.status = 'replied' and t.sent_at >= v_from and t.sent_at < v_to
        ),

        days as (
            select d::date as day
            from generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') as d
        ),

        followups_by_day as (
            select (f.sent_at at time zone v_zone)::date as day, f.seq as step, count(*) as sent
            from public.followups as f
            where f.team_id = p_team_id and f.status = 'sent' and f.sent_at >= v_from and f.sent_at < v_to
            group by 1, 2
        ),

        manual_by_day as (
            select (mf.sent_at at time zone v_zone)::date as day, count(*) as sent
            from public.manual_followups as mf
            inner join tracked as t on mf.tracked_email_id = t.id
            where mf.team_id = p_team_id and mf.sent_at >= v_from and mf.sent_at < v_to
            group by 1
        ),

        ended as (
            select t.status::text as reason, count(*) as sequences
            from tracked as t
            where
                t.status in ('replied', 'opted_out', 'bounced', 'completed', 'untracked')
                and t.status_changed_at >= v_from and t.status_changed_at < v_to
            group by 1
        )

        select jsonb_build_object(
            'team', jsonb_build_object('id', p_team_id, 'name', v_name, 'time_zone', v_zone),
            'period', jsonb_build_object('from', p_from, 'to', p_to, 'starts_at', v_from, 'ends_before', v_to),
            'mailboxes', coalesce(
                (select jsonb_agg(jsonb_build_object('address', b.address, 'time_zone', b.zone) order by b.address)
                    from boxes as b), '[]'::jsonb
            ),
            'totals', (
                select jsonb_build_object(
                    'tracked', count(*) filter (where s.step = 0),
                    'followups_sent', count(*) filter (where s.step > 0),
                    'sends', count(*),
                    'replied', count(*) filter (where s.replied),
                    'manual_followups', (select coalesce(sum(m.sent), 0) from manual_by_day as m),
                    'ended', (select coalesce(sum(e.sequences), 0) from ended as e)
                )
                from sends as s
            ),
            'by_step', coalesce((
                select jsonb_agg(jsonb_build_object(
                    'step', b.step, 'sent', b.sent, 'replied', b.replied,
                    'reply_rate', round(b.replied::numeric / b.sent, 4),
                    'rate_low', w.ci[1], 'rate_high', w.ci[2]
                ) order by b.step)
                from by_step as b
                cross join lateral (select private.report_wilson(b.replied, b.sent) as ci) as w
            ), '[]'::jsonb),
            'by_variant', coalesce((
                select jsonb_agg(to_jsonb(v) order by v.step, v.variant)
                from private.report_variant_rows(p_team_id, v_from, v_to) as v
            ), '[]'::jsonb),
            'by_weekday_hour', coalesce((
                select jsonb_agg(jsonb_build_object(
                    'weekday', b.weekday, 'hour', b.hour, 'sent', b.sent, 'replied', b.replied,
                    'reply_rate', round(b.replied::numeric / b.sent, 4)
                ) order by b.weekday, b.hour)
                from by_slot as b
            ), '[]'::jsonb),
            'time_to_reply_hours', coalesce(
                (select jsonb_agg(r.hours order by r.hours) from replies as r), '[]'::jsonb
            ),
            'median_hours_to_reply', (
                select round((percentile_cont(0.5) within group (order by r.hours))::numeric, 2) from replies as r
            ),
            'followups_per_day', (
                select jsonb_agg(jsonb_build_object(
                    'day', d.day,
                    'by_step', coalesce((
                        select jsonb_object_agg(f.step::text, f.sent order by f.step)
                        from followups_by_day as f where f.day = d.day
                    ), '{}'::jsonb),
                    'automatic', (select coalesce(sum(f.sent), 0) from followups_by_day as f where f.day = d.day),
                    'manual', (select coalesce(sum(m.sent), 0) from manual_by_day as m where m.day = d.day)
                ) order by d.day)
                from days as d
            ),
            'ended', coalesce(
                (select jsonb_object_agg(e.reason, e.sequences order by e.reason) from ended as e), '{}'::jsonb
            )
        )
    );
end
$$;

revoke all on function public.followup_report(uuid, date, date) from public, anon;
grant execute on function public.followup_report(uuid, date, date) to authenticated, service_role;
comment on function public.followup_report(uuid, date, date) is
'The report of a team for the days p_from to p_to (in the team''s zone), as jsonb: reply rates by step (with '
'the Wilson 95 % interval) and by A/B variant, by weekday and hour of sending in each mailbox''s zone, time to '
'reply, automatic and manual follow-ups per day, why sequences ended. Reads under the caller''s RLS (security '
'invoker): an admin reads the team''s figures, a member those of their own mailboxes. 22004/22023 on a bad '
'period, 42501 for a team the caller is not in, P0002 for no such team.';
