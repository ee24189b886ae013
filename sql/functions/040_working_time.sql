-- Working time (R2): the follow-up clock runs only inside working hours, on working days, off
-- holidays (a calendar such as France's, and the team's own days off), in the mailbox's time zone.
-- Everything is computed in local wall-clock time (`at time zone`) and converted back to instants once
-- per day (private.working_spans), so daylight saving is the zone's business. Loops go day by day, never
-- minute by minute.

-- Calendars ------------------------------------------------------------------------------------------

create or replace function private.easter_sunday(p_year integer)
returns date
language plpgsql
immutable
strict
set search_path = ''
as $$
declare
    -- The anonymous Gregorian computus (Meeus/Jones/Butcher).
    v_a integer := p_year % 19;
    v_b integer := p_year / 100;
    v_c integer := p_year % 100;
    v_d integer := v_b / 4;
    v_e integer := v_b % 4;
    v_f integer := (v_b + 8) / 25;
    v_g integer := (v_b - v_f + 1) / 3;
    v_h integer := (19 * v_a + v_b - v_d - v_g + 15) % 30;
    v_i integer := v_c / 4;
    v_k integer := v_c % 4;
    v_l integer := (32 + 2 * v_e + 2 * v_i - v_h - v_k) % 7;
    v_m integer := (v_a + 11 * v_h + 22 * v_l) / 451;
begin
    if p_year not between 1583 and 9999 then
        raise exception 'no Gregorian Easter for year %', p_year
            using errcode = '22023', hint = 'Use a year between 1583 and 9999.';
    end if;
    return make_date(p_year, (v_h + v_l - 7 * v_m + 114) / 31, (v_h + v_l - 7 * v_m + 114) % 31 + 1);
end
$$;

revoke all on function private.easter_sunday(integer) from public;
grant execute on function private.easter_sunday(integer) to authenticated, service_role;
comment on function private.easter_sunday(integer) is
'The date of Easter Sunday in p_year (Gregorian calendar, 1583-9999), computed; null for null. '
'Immutable (pure).';

create or replace function private.holidays(p_calendar text, p_year integer)
returns table (day date, name text)
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_easter date;
begin
    if p_calendar is null or p_year is null then
        return;
    end if;
    if p_calendar <> 'fr' then
        raise exception 'unknown holiday calendar: %', p_calendar
            using errcode = '22023', hint = 'Available: fr (France), or null for none.';
    end if;
    v_easter := private.easter_sunday(p_year);
    -- France's eleven public holidays (Code du travail, L3133-1). Ascension can fall on 1 or 8 May:
    -- the day is then listed twice, under both names.
    return query
    select h.day, h.name
    from (
        values
        (make_date(p_year, 1, 1), 'Jour de l''an'),
        (v_easter + 1, 'Lundi de Pâques'),
        (make_date(p_year, 5, 1), 'Fête du Travail'),
        (make_date(p_year, 5, 8), 'Victoire 1945'),
        (v_easter + 39, 'Ascension'),
        (v_easter + 50, 'Lundi de Pentecôte'),
        (make_date(p_year, 7, 14), 'Fête nationale'),
        (make_date(p_year, 8, 15), 'Assomption'),
        (make_date(p_year, 11, 1), 'Toussaint'),
        (make_date(p_year, 11, 11), 'Armistice'),
        (make_date(p_year, 12, 25), 'Noël')
    ) as h (day, name)
    order by h.day, h.name;
end
$$;

revoke all on function private.holidays(text, integer) from public;
grant execute on function private.holidays(text, integer) to authenticated, service_role;
comment on function private.holidays(text, integer) is
'The public holidays of calendar p_calendar in p_year, as (day, name) ordered by day: `fr` gives '
'France''s eleven. No rows for a null calendar or year; an unknown calendar raises 22023. Immutable (pure).';

-- The hot helpers in this file are plpgsql, not sql: a sql function with `set search_path` is never inlined
-- and is planned again at every call, while plpgsql keeps its plans for the session (bench/RESULTS.md).
create or replace function private.is_day_off(
    p_day date,
    p_working_days smallint[],
    p_calendar text,
    p_team_id uuid
)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
    return (
        select
            not coalesce(extract(isodow from p_day)::smallint = any(p_working_days), false)
            or exists (
                select 1 from private.holidays(p_calendar, extract(year from p_day)::integer) as h
                where h.day = p_day
            )
            or exists (
                select 1 from public.team_holidays as t
                where t.team_id = p_team_id and t.day = p_day
            )
        where p_day is not null
    );
end
$$;

revoke all on function private.is_day_off(date, smallint[], text, uuid) from public;
grant execute on function private.is_day_off(date, smallint[], text, uuid) to authenticated, service_role;
comment on function private.is_day_off(date, smallint[], text, uuid) is
'True when p_day is not one of p_working_days (ISO: 1 = Monday … 7 = Sunday), is a holiday of '
'p_calendar (null: none), or is a day off of team p_team_id (null: none; read under the caller''s RLS). '
'Null for a null day. Stable (reads public.team_holidays).';

create or replace function private.days_off(p_year integer, p_calendar text, p_team_id uuid)
returns date[]
language plpgsql
stable
set search_path = ''
as $$
begin
    -- What private.is_day_off reads beyond the weekday, for a whole year at once: the loops of the clock ask
    -- once per year they cross, instead of two queries per day.
    return array(
        select h.day from private.holidays(p_calendar, p_year) as h
        union
        select t.day from public.team_holidays as t
        where t.team_id = p_team_id and t.day >= make_date(p_year, 1, 1) and t.day < make_date(p_year + 1, 1, 1)
        order by 1
    );
end
$$;

revoke all on function private.days_off(integer, text, uuid) from public;
-- As private.is_day_off: a member's preview of a due time (add_working_time) reads their team's days off under RLS.
grant execute on function private.days_off(integer, text, uuid) to authenticated, service_role;
comment on function private.days_off(integer, text, uuid) is
'The holidays of p_calendar and the days off of team p_team_id in p_year, sorted (what private.is_day_off reads '
'besides the weekday). An unknown calendar raises 22023. Stable (reads public.team_holidays).';

-- The clock -------------------------------------------------------------------------------------------

-- Daylight saving at the edges of working hours. An instant is working time when its local time lies in the day's
-- [start, end). Converting start and end to instants once (`at time zone`) is right unless the zone's offset
-- changes near them: a start or end that does not exist that day (clocks forward across it) is read by PostgreSQL
-- with the offset before the change, which moves it later by the jump, and one that happens twice (clocks back)
-- is read as its second occurrence; and when clocks go back inside the hours, the instants whose local time has
-- left [start, end) and comes back into it are working time twice. So each day's working hours are a list of
-- spans of real time: one span almost always, found by two conversions; around a change of offset, the spans of
-- each stretch of one offset, exact to the second.
create or replace function private.working_spans(p_day date, p_day_start time, p_day_end time, p_time_zone text)
returns tstzrange[]
language plpgsql
stable
set search_path = ''
as $$
declare
    v_from timestamp := p_day + p_day_start; -- local wall-clock bounds of the day's working hours
    v_to timestamp := p_day + p_day_end;
    -- Every instant whose local time lies in [v_from, v_to) lies in [v_lo, v_hi): offsets are within 15 hours.
    v_lo timestamptz := (v_from - interval '15 hours') at time zone 'UTC';
    v_hi timestamptz := (v_to + interval '15 hours') at time zone 'UTC';
    v_offset interval := (v_lo at time zone p_time_zone) - (v_from - interval '15 hours');
    v_at timestamptz;
    v_probe timestamptz;
    v_end timestamptz;
    v_next interval;
    v_a bigint;
    v_b bigint;
    v_mid bigint;
    v_span_start timestamptz;
    v_span_end timestamptz;
    v_spans tstzrange [] := array[]::tstzrange [];
begin
    if v_offset = (v_hi at time zone p_time_zone) - (v_to + interval '15 hours') then
        -- One offset from v_lo to v_hi (zones change offset at most a few times a year): local = instant + offset.
        return array[tstzrange((v_from - v_offset) at time zone 'UTC', (v_to - v_offset) at time zone 'UTC')];
    end if;
    -- Real time from v_lo to v_hi in stretches of one offset; in each, the instants whose local time lies in
    -- [v_from, v_to) are [v_from - offset, v_to - offset).
    v_at := v_lo;
    loop
        -- Where this stretch ends: the next hour whose offset differs, then the change itself, to the second
        -- (zones change offset on a whole second).
        v_end := v_hi;
        v_probe := v_at;
        while v_probe < v_hi loop
            v_probe := least(v_probe + interval '1 hour', v_hi);
            v_next := (v_probe at time zone p_time_zone) - (v_probe at time zone 'UTC');
            if v_next <> v_offset then
                v_a := floor(extract(epoch from greatest(v_at, v_probe - interval '1 hour')));
                v_b := ceil(extract(epoch from v_probe));
                while v_b - v_a > 1 loop
                    v_mid := (v_a + v_b) / 2;
                    if (pg_catalog.to_timestamp(v_mid) at time zone p_time_zone)
                        - (pg_catalog.to_timestamp(v_mid) at time zone 'UTC') = v_offset then
                        v_a := v_mid;
                    else
                        v_b := v_mid;
                    end if;
                end loop;
                v_end := pg_catalog.to_timestamp(v_b);
                exit;
            end if;
        end loop;
        v_span_start := greatest(v_at, (v_from - v_offset) at time zone 'UTC');
        v_span_end := least(v_end, (v_to - v_offset) at time zone 'UTC');
        if v_span_end > v_span_start then
            if cardinality(v_spans) > 0 and upper(v_spans[cardinality(v_spans)]) = v_span_start then
                -- Working on both sides of the change: one span.
                v_spans[cardinality(v_spans)] := tstzrange(lower(v_spans[cardinality(v_spans)]), v_span_end);
            else
                v_spans := v_spans || tstzrange(v_span_start, v_span_end);
            end if;
        end if;
        exit when v_end >= v_hi;
        v_at := v_end;
        v_offset := (v_at at time zone p_time_zone) - (v_at at time zone 'UTC');
    end loop;
    return v_spans;
end
$$;

revoke all on function private.working_spans(date, time, time, text) from public;
grant execute on function private.working_spans(date, time, time, text) to authenticated, service_role;
comment on function private.working_spans(date, time, time, text) is
'The spans of real time, in order, whose local time in zone p_time_zone lies in [p_day_start, p_day_end) on '
'p_day (R2): one span on an ordinary day; none, one or two when the zone changes offset within or at the edge of '
'those hours. Stable.';

create or replace function private.add_working_time(
    p_from timestamptz,
    p_duration interval,
    p_time_zone text,
    p_day_start time,
    p_day_end time,
    p_working_days smallint[],
    p_calendar text,
    p_team_id uuid
)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_left numeric := extract(epoch from p_duration); -- working seconds still to count
    v_first date := (p_from at time zone p_time_zone)::date;
    -- From the day before: where clocks go back across midnight, instants after p_from can have that local date.
    v_day date := v_first - 1;
    v_last_working date := v_first;
    v_span tstzrange;
    v_start timestamptz;
    v_end timestamptz;
    v_seconds numeric;
    v_due timestamptz;
    v_year integer; -- the year whose days off v_off holds
    v_off date [];
begin
    if p_from is null or p_duration is null then
        return null;
    end if;
    if v_left < 0 then
        raise exception 'a working time to add cannot be negative (%)', p_duration using errcode = '22023';
    end if;
    if p_time_zone is null or p_day_start is null or p_day_end is null or p_day_start >= p_day_end then
        raise exception 'working hours need a time zone and a start before their end (% - %, %)',
            p_day_start, p_day_end, coalesce(p_time_zone, 'no time zone')
            using errcode = '22023';
    end if;
    while v_due is null loop
        if v_day - v_last_working > 400 then
            raise exception 'no working day within 400 days after %', v_last_working
                using errcode = '22023',
                hint = 'Check the working days, the holiday calendar and the team''s days off.';
        end if;
        if v_day - v_first > 3660 then
            raise exception 'adding % of working time goes beyond 10 years', p_duration using errcode = '22023';
        end if;
        -- private.is_day_off, with the year's holidays and team days off read once per year, not per day.
        if coalesce(extract(isodow from v_day)::smallint = any(p_working_days), false) then
            if v_year is distinct from extract(year from v_day)::integer then
                v_year := extract(year from v_day)::integer;
                v_off := private.days_off(v_year, p_calendar, p_team_id);
            end if;
        end if;
        if coalesce(extract(isodow from v_day)::smallint = any(p_working_days), false) and v_day <> all(v_off) then
            v_last_working := v_day;
            -- The day's working hours as spans of real time (DST shortens or lengthens them when it falls inside).
            foreach v_span in array private.working_spans(v_day, p_day_start, p_day_end, p_time_zone) loop
                v_start := greatest(p_from, lower(v_span));
                v_end := upper(v_span);
                -- Nothing to add: the first working instant (a span's end is not working time).
                continue when v_start > v_end or (v_left = 0 and v_start = v_end);
                v_seconds := extract(epoch from v_end - v_start);
                if v_left <= v_seconds then
                    v_due := v_start + make_interval(secs => v_left::double precision);
                    exit;
                end if;
                v_left := v_left - v_seconds;
            end loop;
        end if;
        v_day := v_day + 1;
    end loop;
    return v_due;
end
$$;

revoke all on function private.add_working_time(
    timestamptz, interval, text, time, time, smallint[], text, uuid
) from public;
grant execute on function private.add_working_time(
    timestamptz, interval, text, time, time, smallint[], text, uuid
) to authenticated, service_role;
comment on function private.add_working_time(timestamptz, interval, text, time, time, smallint[], text, uuid) is
'The instant at which p_duration of working time has elapsed from p_from (R2): the clock runs only '
'between p_day_start and p_day_end local time in zone p_time_zone, on p_working_days (ISO), off the '
'holidays of p_calendar and the team''s days off; from outside working time it starts at the next '
'working start. A duration that exactly fills the day ends at p_day_end, not the next morning. '
'Raises 22023 when no working day comes within 400 days. Stable (reads public.team_holidays).';

create or replace function private.due_after(
    p_from timestamptz,
    p_duration interval,
    p_time_zone text,
    p_day_start time,
    p_day_end time,
    p_working_days smallint[],
    p_calendar text,
    p_team_id uuid
)
returns timestamptz
language sql
stable
set search_path = ''
as $$
    -- When a follow-up may go: p_duration of working time after p_from (private.add_working_time), at an instant
    -- that is working time. A duration that ends exactly at the close of a day (Mon 14:00 + 4 h with 07:00-18:00
    -- ends at 18:00) is due at the next opening: a claim refuses a day's end (R2), so a follow-up due then was
    -- queued at 18:00, refused, and moved on its timeline; no working time passes between the two.
    select private.add_working_time(
        private.add_working_time(
            p_from, p_duration, p_time_zone, p_day_start, p_day_end, p_working_days, p_calendar, p_team_id
        ),
        interval '0', p_time_zone, p_day_start, p_day_end, p_working_days, p_calendar, p_team_id
    )
$$;

revoke all on function private.due_after(timestamptz, interval, text, time, time, smallint[], text, uuid) from public;
comment on function private.due_after(timestamptz, interval, text, time, time, smallint[], text, uuid) is
'R2: when a follow-up p_duration of working time after p_from may be sent: private.add_working_time, moved to the '
'next working start when it ends exactly at a day''s end (which is not working time). Stable.';

create or replace function private.next_working_start(
    p_after timestamptz,
    p_time_zone text,
    p_day_start time,
    p_working_days smallint[],
    p_calendar text,
    p_team_id uuid
)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_first date := (p_after at time zone p_time_zone)::date;
    v_day date := v_first + 1;
    v_year integer; -- the year whose days off v_off holds
    v_off date [];
    v_spans tstzrange [];
begin
    if p_after is null then
        return null;
    end if;
    if p_time_zone is null or p_day_start is null then
        raise exception 'working hours need a time zone and a start' using errcode = '22023';
    end if;
    -- private.is_day_off, with the year's days off read once per year (private.days_off).
    loop
        if coalesce(extract(isodow from v_day)::smallint = any(p_working_days), false) then
            if v_year is distinct from extract(year from v_day)::integer then
                v_year := extract(year from v_day)::integer;
                v_off := private.days_off(v_year, p_calendar, p_team_id);
            end if;
            if v_day <> all(v_off) then
                -- The first instant of that day whose local time is p_day_start or later (the change of offset
                -- itself when clocks jump over p_day_start); none on a day the zone skipped.
                v_spans := private.working_spans(v_day, p_day_start, time '24:00', p_time_zone);
                exit when cardinality(v_spans) > 0;
            end if;
        end if;
        v_day := v_day + 1;
        if v_day - v_first > 400 then
            raise exception 'no working day within 400 days after %', v_first
                using errcode = '22023',
                hint = 'Check the working days, the holiday calendar and the team''s days off.';
        end if;
    end loop;
    return lower(v_spans[1]);
end
$$;

revoke all on function private.next_working_start(timestamptz, text, time, smallint[], text, uuid) from public;
grant execute on function private.next_working_start(
    timestamptz, text, time, smallint[], text, uuid
) to service_role;
comment on function private.next_working_start(timestamptz, text, time, smallint[], text, uuid) is
'The start of working hours (p_day_start, zone p_time_zone) on the first working day strictly after the '
'local date of p_after (R6: "back on 2 December" holds until the first working hour after that day). '
'Raises 22023 when no working day comes within 400 days. Stable (reads public.team_holidays).';

create or replace function private.working_time_between(
    p_from timestamptz,
    p_to timestamptz,
    p_time_zone text,
    p_day_start time,
    p_day_end time,
    p_working_days smallint[],
    p_calendar text,
    p_team_id uuid
)
returns interval
language plpgsql
stable
set search_path = ''
as $$
declare
    -- A day either side: where clocks go back across midnight, instants between p_from and p_to can have the
    -- local date before p_from's or after p_to's.
    v_day date := (p_from at time zone p_time_zone)::date - 1;
    v_last date := (p_to at time zone p_time_zone)::date + 1;
    v_seconds numeric := 0.0;
    v_span tstzrange;
    v_start timestamptz;
    v_end timestamptz;
    v_year integer; -- the year whose days off v_off holds
    v_off date [];
begin
    if p_from is null or p_to is null then
        return null;
    end if;
    if p_time_zone is null or p_day_start is null or p_day_end is null or p_day_start >= p_day_end then
        raise exception 'working hours need a time zone and a start before their end (% - %, %)',
            p_day_start, p_day_end, coalesce(p_time_zone, 'no time zone')
            using errcode = '22023';
    end if;
    while v_day <= v_last loop
        -- private.is_day_off, with the year's days off read once per year (private.days_off).
        if coalesce(extract(isodow from v_day)::smallint = any(p_working_days), false)
            and v_year is distinct from extract(year from v_day)::integer
        then
            v_year := extract(year from v_day)::integer;
            v_off := private.days_off(v_year, p_calendar, p_team_id);
        end if;
        if coalesce(extract(isodow from v_day)::smallint = any(p_working_days), false) and v_day <> all(v_off) then
            foreach v_span in array private.working_spans(v_day, p_day_start, p_day_end, p_time_zone) loop
                v_start := greatest(p_from, lower(v_span));
                v_end := least(p_to, upper(v_span));
                if v_end > v_start then
                    v_seconds := v_seconds + extract(epoch from v_end - v_start);
                end if;
            end loop;
        end if;
        v_day := v_day + 1;
    end loop;
    return make_interval(secs => v_seconds::double precision);
end
$$;

revoke all on function private.working_time_between(
    timestamptz, timestamptz, text, time, time, smallint[], text, uuid
) from public;
grant execute on function private.working_time_between(
    timestamptz, timestamptz, text, time, time, smallint[], text, uuid
) to service_role;
comment on function private.working_time_between(
    timestamptz, timestamptz, text, time, time, smallint[], text, uuid
) is
'The working time (same settings as add_working_time) elapsed between p_from and p_to, as an interval '
'in hours; zero when p_to is not after p_from. working_time_between(t, add_working_time(t, d)) = d. '
'Cost grows with the days spanned. Stable (reads public.team_holidays).';
