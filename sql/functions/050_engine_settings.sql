-- A mailbox's effective settings (its overrides, else its team's), and working-time arithmetic in
-- those settings: the engine never counts time any other way (R2).

-- The hot helpers in this file are plpgsql, not sql: a sql function with `set search_path` is never inlined
-- and is planned again at every call, while plpgsql keeps its plans for the session (bench/RESULTS.md).
create or replace function private.mailbox_settings(p_mailbox_id uuid)
returns table (
    mailbox_id uuid,
    team_id uuid,
    owner_id uuid,
    address text,
    provider public.mail_provider,
    mailbox_status public.mailbox_status,
    team_paused_at timestamptz,
    team_domains text[],
    max_followups integer,
    followup_interval interval,
    working_hours_start time,
    working_hours_end time,
    working_days smallint[],
    time_zone text,
    holiday_calendar text,
    tracking_policy public.tracking_policy,
    daily_send_cap integer,
    reply_from_any_conversation boolean
)
language sql
stable
-- No `set search_path`: one query, inlined into its callers' statements (a pinned search_path would stop the
-- inlining). Every table is named with its schema, it calls no function, and every caller pins an empty
-- search_path, which the inlined query is parsed in.
as $$
    select
        m.id, m.team_id, m.owner_id, m.address, m.provider, m.status, t.paused_at, t.domains,
        coalesce(m.max_followups, s.max_followups),
        coalesce(m.followup_interval, s.followup_interval),
        coalesce(m.working_hours_start, s.working_hours_start),
        coalesce(m.working_hours_end, s.working_hours_end),
        coalesce(m.working_days, s.working_days),
        coalesce(m.time_zone, s.time_zone),
        coalesce(m.holiday_calendar, s.holiday_calendar),
        coalesce(m.tracking_policy, s.tracking_policy),
        coalesce(m.daily_send_cap, s.daily_send_cap),
        s.reply_from_any_conversation
    from public.mailboxes as m
    join public.teams as t on t.id = m.team_id
    join public.team_settings as s on s.team_id = m.team_id
    where m.id = p_mailbox_id
$$;

revoke all on function private.mailbox_settings(uuid) from public;
grant execute on function private.mailbox_settings(uuid) to service_role;
comment on function private.mailbox_settings(uuid) is
'The effective settings of a mailbox: each override, else the team''s value. One row, or none. Stable.';

create or replace function private.mailbox_add_working_time(
    p_mailbox_id uuid, p_from timestamptz, p_duration interval
)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
begin
    return (
        select private.add_working_time(
            p_from, p_duration, s.time_zone, s.working_hours_start, s.working_hours_end, s.working_days,
            s.holiday_calendar, s.team_id
        )
        from private.mailbox_settings(p_mailbox_id) as s
    );
end
$$;

revoke all on function private.mailbox_add_working_time(uuid, timestamptz, interval) from public;
comment on function private.mailbox_add_working_time(uuid, timestamptz, interval) is
'p_from + p_duration of working time in the mailbox''s effective settings (R2). Stable.';

create or replace function private.mailbox_due_after(
    p_mailbox_id uuid, p_from timestamptz, p_duration interval
)
returns timestamptz
language sql
stable
set search_path = ''
as $$
    -- private.due_after in the mailbox's settings: the instant, then the first working instant from it.
    select private.mailbox_add_working_time(
        p_mailbox_id, private.mailbox_add_working_time(p_mailbox_id, p_from, p_duration), interval '0'
    )
$$;

revoke all on function private.mailbox_due_after(uuid, timestamptz, interval) from public;
comment on function private.mailbox_due_after(uuid, timestamptz, interval) is
'R2: when a follow-up p_duration of working time after p_from may be sent, in the mailbox''s effective settings '
'(private.due_after). Stable.';

create or replace function private.mailbox_working_time_between(
    p_mailbox_id uuid, p_from timestamptz, p_to timestamptz
)
returns interval
language plpgsql
stable
set search_path = ''
as $$
begin
    return (
        select private.working_time_between(
            p_from, p_to, s.time_zone, s.working_hours_start, s.working_hours_end, s.working_days,
            s.holiday_calendar, s.team_id
        )
        from private.mailbox_settings(p_mailbox_id) as s
    );
end
$$;

revoke all on function private.mailbox_working_time_between(uuid, timestamptz, timestamptz) from public;
comment on function private.mailbox_working_time_between(uuid, timestamptz, timestamptz) is
'Working time elapsed between two instants in the mailbox''s effective settings. Stable.';

create or replace function private.mailbox_release_after(p_mailbox_id uuid, p_return_on date)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
begin
    return (
        select private.next_working_start(
            (p_return_on::timestamp + interval '12 hours') at time zone s.time_zone,
            s.time_zone, s.working_hours_start, s.working_days, s.holiday_calendar, s.team_id
        )
        from private.mailbox_settings(p_mailbox_id) as s
    );
end
$$;

revoke all on function private.mailbox_release_after(uuid, date) from public;
comment on function private.mailbox_release_after(uuid, date) is
'R6: the first working hour of the next working day after p_return_on, in the mailbox''s settings. Stable.';
