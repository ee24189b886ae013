-- Settings: validation of what users write, and the deployment defaults new teams start from.

create or replace function private.is_time_zone(p_name text)
returns boolean
language sql
stable
set search_path = ''
as $$
    select exists (select 1 from pg_catalog.pg_timezone_names as z where z.name = p_name)
$$;

revoke all on function private.is_time_zone(text) from public;
grant execute on function private.is_time_zone(text) to authenticated, service_role;
comment on function private.is_time_zone(text) is
'True when p_name is an IANA time zone name Postgres knows (Europe/Paris, UTC …). Stable.';

create or replace function private.validate_settings()
returns trigger
language plpgsql
stable
set search_path = ''
as $$
begin
    if new.time_zone is not null and not private.is_time_zone(new.time_zone) then
        raise exception 'unknown time zone: %', new.time_zone
            using errcode = '22023', hint = 'Use an IANA name such as Europe/Paris.';
    end if;
    if new.holiday_calendar is not null and new.holiday_calendar not in ('fr') then
        raise exception 'unknown holiday calendar: %', new.holiday_calendar
            using errcode = '22023', hint = 'Available: fr (France), or null for none.';
    end if;
    if new.working_hours_start is not null and new.working_hours_end is not null
        and new.working_hours_start >= new.working_hours_end then
        raise exception 'working hours must start before they end (% - %)',
            new.working_hours_start, new.working_hours_end
            using errcode = '22023';
    end if;
    new.updated_at := now();
    return new;
end
$$;

comment on function private.validate_settings() is
'Trigger: rejects unknown time zones and holiday calendars and inverted working hours, with a clear message.';

create or replace trigger validate_settings
before insert or update on public.team_settings
for each row execute function private.validate_settings();

create or replace trigger validate_settings
before insert or update on public.mailboxes
for each row execute function private.validate_settings();

create or replace function private.configure_defaults(
    p_max_followups integer,
    p_interval_hours numeric,
    p_working_hours_start time,
    p_working_hours_end time
)
returns void
language sql
volatile
set search_path = ''
as $$
    update private.default_settings
    set max_followups = p_max_followups,
        followup_interval = make_interval(secs => p_interval_hours * 3600),
        working_hours_start = p_working_hours_start,
        working_hours_end = p_working_hours_end
    where singleton
$$;

revoke all on function private.configure_defaults(integer, numeric, time, time) from public;
comment on function private.configure_defaults(integer, numeric, time, time) is
'Sets the defaults new teams start from (FOLLOWUP_MAX_COUNT, FOLLOWUP_INTERVAL_HOURS, WORKING_HOURS_*). '
'Existing teams keep their settings. Idempotent.';
