-- Changing settings from the frontend: one RPC for the team's (admins only) and one for a mailbox's
-- overrides (its owner or an admin). Unknown keys and bad values are refused with a message that names
-- them; a null value on a mailbox clears the override (back to the team's value).

create or replace function private.settings_value(p_settings jsonb, p_key text, p_type text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_value jsonb := p_settings -> p_key;
begin
    if v_value is null or jsonb_typeof(v_value) = 'null' then
        return null;
    end if;
    if p_type = 'integer' and (jsonb_typeof(v_value) <> 'number' or (v_value #>> '{}') !~ '^-?\d+$') then
        raise exception '% must be a whole number (got %)', p_key, v_value using errcode = '22023';
    end if;
    if p_type = 'boolean' and jsonb_typeof(v_value) <> 'boolean' then
        raise exception '% must be true or false (got %)', p_key, v_value using errcode = '22023';
    end if;
    if p_type = 'days' and jsonb_typeof(v_value) <> 'array' then
        raise exception '% must be a list of ISO days, 1 = Monday … 7 = Sunday (got %)', p_key, v_value
            using errcode = '22023';
    end if;
    if p_type in ('text', 'time', 'hours') and jsonb_typeof(v_value) <> 'string' and jsonb_typeof(v_value) <> 'number' then
        raise exception '% must be a string (got %)', p_key, v_value using errcode = '22023';
    end if;
    -- A time or a number of hours that does not read as one is named too, not left to the cast's own message
    -- ("date/time field value out of range: 25:00" says neither which setting nor what it wants).
    if p_type = 'time' then
        begin
            perform (v_value #>> '{}')::time;
        exception when others then
            raise exception '% must be a time of day, HH:MM from 00:00 to 24:00 (got %)', p_key, v_value
                using errcode = '22023';
        end;
    end if;
    if p_type = 'hours' then
        begin
            perform (v_value #>> '{}')::numeric;
        exception when others then
            raise exception '% must be a number of hours (got %)', p_key, v_value using errcode = '22023';
        end;
    end if;
    return case when p_type = 'days' then replace(replace(v_value::text, '[', '{'), ']', '}') else v_value #>> '{}' end;
end
$$;

revoke all on function private.settings_value(jsonb, text, text) from public;
comment on function private.settings_value(jsonb, text, text) is
'One value of a settings object as text, checked against its kind (integer, boolean, days, text, time, '
'hours); raises 22023 naming the key otherwise. Immutable.';

create or replace function private.check_settings_keys(p_settings jsonb, p_allowed text[])
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_unknown text [];
begin
    if jsonb_typeof(p_settings) is distinct from 'object' then
        raise exception 'settings must be a JSON object' using errcode = '22023';
    end if;
    select array_agg(k order by k) into v_unknown from jsonb_object_keys(p_settings) as k where k <> all(p_allowed);
    if v_unknown is not null then
        raise exception 'unknown setting(s): %', array_to_string(v_unknown, ', ')
            using errcode = '22023', hint = 'Known settings: ' || array_to_string(p_allowed, ', ');
    end if;
end
$$;

revoke all on function private.check_settings_keys(jsonb, text[]) from public;
comment on function private.check_settings_keys(jsonb, text[]) is
'Raises 22023 listing any key of p_settings that is not allowed. Immutable.';

create or replace function public.set_team_settings(p_team_id uuid, p_settings jsonb)
returns public.team_settings
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row public.team_settings;
    v_before jsonb;
    v_keys constant text [] := array[
        'max_followups', 'followup_interval_hours', 'working_hours_start', 'working_hours_end', 'working_days',
        'time_zone', 'holiday_calendar', 'tracking_policy', 'daily_send_cap', 'reply_from_any_conversation',
        'retention_days', 'default_language', 'resume_after_not_now'
    ];
begin
    if not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can change its settings' using errcode = '42501';
    end if;
    perform private.check_settings_keys(p_settings, v_keys);
    select to_jsonb(s) - 'updated_at' into v_before from public.team_settings as s where s.team_id = p_team_id;
    update public.team_settings as s
    set max_followups = coalesce(private.settings_value(p_settings, 'max_followups', 'integer')::integer,
            s.max_followups),
        followup_interval = coalesce(
            make_interval(secs => private.settings_value(p_settings, 'followup_interval_hours', 'hours')::numeric * 3600),
            s.followup_interval),
        working_hours_start = coalesce(private.settings_value(p_settings, 'working_hours_start', 'time')::time,
            s.working_hours_start),
        working_hours_end = coalesce(private.settings_value(p_settings, 'working_hours_end', 'time')::time,
            s.working_hours_end),
        working_days = coalesce(private.settings_value(p_settings, 'working_days', 'days')::smallint [],
            s.working_days),
        time_zone = coalesce(private.settings_value(p_settings, 'time_zone', 'text'), s.time_zone),
        holiday_calendar = case when p_settings ? 'holiday_calendar'
            then private.settings_value(p_settings, 'holiday_calendar', 'text') else s.holiday_calendar end,
        tracking_policy = coalesce(
            private.settings_value(p_settings, 'tracking_policy', 'text')::public.tracking_policy, s.tracking_policy),
        daily_send_cap = coalesce(private.settings_value(p_settings, 'daily_send_cap', 'integer')::integer,
            s.daily_send_cap),
        reply_from_any_conversation = coalesce(
            private.settings_value(p_settings, 'reply_from_any_conversation', 'boolean')::boolean,
            s.reply_from_any_conversation),
        retention_days = coalesce(private.settings_value(p_settings, 'retention_days', 'integer')::integer,
            s.retention_days),
        default_language = coalesce(private.settings_value(p_settings, 'default_language', 'text'),
            s.default_language),
        -- R15: the engine resumes a sequence by itself on the date a "not now" names (off by default).
        resume_after_not_now = coalesce(
            private.settings_value(p_settings, 'resume_after_not_now', 'boolean')::boolean, s.resume_after_not_now)
    where s.team_id = p_team_id
    returning * into v_row;
    -- R2: what decides when follow-ups are due changed: every pending one of the team is re-planned now.
    if p_settings ?| array['max_followups', 'followup_interval_hours', 'working_hours_start', 'working_hours_end',
        'working_days', 'time_zone', 'holiday_calendar'] then
        perform private.replan_pending(p_team_id, null, now(), 'the team''s settings changed');
    end if;
    perform private.audit(p_team_id, 'team_settings', p_team_id::text, 'updated', v_before, to_jsonb(v_row) - 'updated_at');
    return v_row;
exception
    when invalid_text_representation or invalid_datetime_format or datetime_field_overflow then
        raise exception 'invalid setting value: %', sqlerrm using errcode = '22023';
    when check_violation then
        raise exception 'setting out of range: %', sqlerrm using errcode = '22023',
            hint = 'max_followups 1-10, followup_interval_hours up to 240, daily_send_cap 1-10000, '
                || 'retention_days 7-3650, working days 1-7, default_language fr or en.';
end
$$;

revoke all on function public.set_team_settings(uuid, jsonb) from public, anon;
grant execute on function public.set_team_settings(uuid, jsonb) to authenticated, service_role;
comment on function public.set_team_settings(uuid, jsonb) is
'Changes some of a team''s settings (admins only), e.g. {"max_followups": 2, "time_zone": "Europe/Paris"}; '
'returns the new settings. Unknown keys and bad values are refused, naming them. Idempotent.';

create or replace function public.set_mailbox_settings(p_mailbox_id uuid, p_settings jsonb)
returns public.mailboxes
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row public.mailboxes;
    v_before jsonb;
    v_keys constant text [] := array[
        'display_name', 'max_followups', 'followup_interval_hours', 'working_hours_start', 'working_hours_end',
        'working_days', 'time_zone', 'holiday_calendar', 'tracking_policy', 'daily_send_cap'
    ];
begin
    perform private.require_mailbox(p_mailbox_id);
    perform private.check_settings_keys(p_settings, v_keys);
    -- The audit leaves the mailbox's address out (a person's address) and its status (pauses audit themselves).
    select to_jsonb(m) - array['address', 'status', 'status_reason', 'status_changed_at', 'updated_at']
    into v_before from public.mailboxes as m where m.id = p_mailbox_id;
    -- A key present with null clears the override; an absent key leaves it as it is.
    update public.mailboxes as m
    set display_name = case when p_settings ? 'display_name'
            then private.settings_value(p_settings, 'display_name', 'text') else m.display_name end,
        max_followups = case when p_settings ? 'max_followups'
            then private.settings_value(p_settings, 'max_followups', 'integer')::integer else m.max_followups end,
        followup_interval = case when p_settings ? 'followup_interval_hours'
            then make_interval(
                secs => private.settings_value(p_settings, 'followup_interval_hours', 'hours')::numeric * 3600)
            else m.followup_interval end,
        working_hours_start = case when p_settings ? 'working_hours_start'
            then private.settings_value(p_settings, 'working_hours_start', 'time')::time else m.working_hours_start end,
        working_hours_end = case when p_settings ? 'working_hours_end'
            then private.settings_value(p_settings, 'working_hours_end', 'time')::time else m.working_hours_end end,
        working_days = case when p_settings ? 'working_days'
            then private.settings_value(p_settings, 'working_days', 'days')::smallint [] else m.working_days end,
        time_zone = case when p_settings ? 'time_zone'
            then private.settings_value(p_settings, 'time_zone', 'text') else m.time_zone end,
        holiday_calendar = case when p_settings ? 'holiday_calendar'
            then private.settings_value(p_settings, 'holiday_calendar', 'text') else m.holiday_calendar end,
        tracking_policy = case when p_settings ? 'tracking_policy'
            then private.settings_value(p_settings, 'tracking_policy', 'text')::public.tracking_policy
            else m.tracking_policy end,
        daily_send_cap = case when p_settings ? 'daily_send_cap'
            then private.settings_value(p_settings, 'daily_send_cap', 'integer')::integer else m.daily_send_cap end
    where m.id = p_mailbox_id
    returning * into v_row;
    -- R2: what decides when follow-ups are due changed: every pending one of the mailbox is re-planned now.
    if p_settings ?| array['max_followups', 'followup_interval_hours', 'working_hours_start', 'working_hours_end',
        'working_days', 'time_zone', 'holiday_calendar'] then
        perform private.replan_pending(null, p_mailbox_id, now(), 'the mailbox''s settings changed');
    end if;
    perform private.audit(v_row.team_id, 'mailbox_settings', p_mailbox_id::text, 'updated', v_before,
        to_jsonb(v_row) - array['address', 'status', 'status_reason', 'status_changed_at', 'updated_at']);
    return v_row;
exception
    when invalid_text_representation or invalid_datetime_format or datetime_field_overflow then
        raise exception 'invalid setting value: %', sqlerrm using errcode = '22023';
    when check_violation then
        raise exception 'setting out of range: %', sqlerrm using errcode = '22023',
            hint = 'max_followups 1-10, followup_interval_hours up to 240, daily_send_cap 1-10000, working days 1-7.';
end
$$;

revoke all on function public.set_mailbox_settings(uuid, jsonb) from public, anon;
grant execute on function public.set_mailbox_settings(uuid, jsonb) to authenticated, service_role;
comment on function public.set_mailbox_settings(uuid, jsonb) is
'Changes a mailbox''s overrides (its owner or a team admin); a key given as null clears the override. '
'Returns the mailbox. Unknown keys and bad values are refused, naming them. Idempotent.';

create or replace function private.replan_teams(p_team_ids uuid[], p_reason text)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_team uuid;
    v_n integer := 0;
begin
    -- R2: re-plans the pending follow-ups of each team, one team at a time, in ascending id.
    for v_team in select distinct t from unnest(p_team_ids) as t where t is not null order by t loop
        v_n := v_n + private.replan_pending(v_team, null, now(), p_reason);
    end loop;
    return v_n;
end
$$;

revoke all on function private.replan_teams(uuid[], text) from public;
comment on function private.replan_teams(uuid[], text) is
'R2: re-plans the pending follow-ups of these teams. Returns how many tracked emails were re-planned.';

-- The Data API lets an admin (team_settings) or a mailbox's owner (mailboxes) update the settings' columns
-- directly, not only through set_team_settings / set_mailbox_settings: such an update re-plans and is audited as
-- the RPC's is (R2: "re-plans every pending follow-up it affects, at once"; PRIVACY.md: settings changes, who,
-- when, before and after). The triggers fire only for a statement run as `authenticated` itself, never inside a
-- security definer function (the RPCs, the engine), which re-plans and audits on its own.
create or replace function private.schedule_settings_changed(p_old jsonb, p_new jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
    -- The settings that decide when a follow-up is due (R2), on a team's row as on a mailbox's override.
    select exists (
        select 1
        from unnest(array[
            'max_followups', 'followup_interval', 'working_hours_start', 'working_hours_end', 'working_days',
            'time_zone', 'holiday_calendar'
        ]) as k
        where p_old -> k is distinct from p_new -> k
    )
$$;

revoke all on function private.schedule_settings_changed(jsonb, jsonb) from public;
comment on function private.schedule_settings_changed(jsonb, jsonb) is
'Whether a settings row (team_settings or mailboxes, as jsonb) changed a setting that decides due times (R2). '
'Immutable.';

create or replace function private.team_settings_changed_through_the_api()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    if private.schedule_settings_changed(to_jsonb(old), to_jsonb(new)) then
        perform private.replan_pending(new.team_id, null, now(), 'the team''s settings changed');
    end if;
    perform private.audit(new.team_id, 'team_settings', new.team_id::text, 'updated',
        to_jsonb(old) - 'updated_at', to_jsonb(new) - 'updated_at');
    return null;
end
$$;

revoke all on function private.team_settings_changed_through_the_api() from public;
comment on function private.team_settings_changed_through_the_api() is
'Trigger (after update on team_settings, rows updated by `authenticated` through the Data API): re-plans the '
'team''s pending follow-ups when a setting that decides their due time changed (R2), and audits the change as '
'set_team_settings does.';

create or replace function private.mailbox_settings_changed_through_the_api()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_hidden constant text [] := array['address', 'status', 'status_reason', 'status_changed_at', 'updated_at'];
begin
    if private.schedule_settings_changed(to_jsonb(old), to_jsonb(new)) then
        perform private.replan_pending(null, new.id, now(), 'the mailbox''s settings changed');
    end if;
    perform private.audit(new.team_id, 'mailbox_settings', new.id::text, 'updated',
        to_jsonb(old) - v_hidden, to_jsonb(new) - v_hidden);
    return null;
end
$$;

revoke all on function private.mailbox_settings_changed_through_the_api() from public;
comment on function private.mailbox_settings_changed_through_the_api() is
'Trigger (after update on mailboxes, rows updated by `authenticated` through the Data API): re-plans the '
'mailbox''s pending follow-ups when a setting that decides their due time changed (R2), and audits the change as '
'set_mailbox_settings does (without the address).';

create or replace trigger settings_changed_through_the_api
after update on public.team_settings
for each row when (current_user = 'authenticated')
execute function private.team_settings_changed_through_the_api();

create or replace trigger settings_changed_through_the_api
after update on public.mailboxes
for each row when (current_user = 'authenticated')
execute function private.mailbox_settings_changed_through_the_api();

-- A team's days off changed: its pending follow-ups are re-planned at once (R2). One statement trigger per
-- event, each reading the transition table it has.
create or replace function private.replan_after_holidays_added()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    perform private.replan_teams(array(select n.team_id from new_rows as n), 'the team''s days off changed');
    return null;
end
$$;

revoke all on function private.replan_after_holidays_added() from public;
comment on function private.replan_after_holidays_added() is
'Trigger (statement, after insert on team_holidays): re-plans the teams concerned (R2).';

create or replace function private.replan_after_holidays_changed()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    perform private.replan_teams(
        array(select n.team_id from new_rows as n union select o.team_id from old_rows as o),
        'the team''s days off changed'
    );
    return null;
end
$$;

revoke all on function private.replan_after_holidays_changed() from public;
comment on function private.replan_after_holidays_changed() is
'Trigger (statement, after update on team_holidays): re-plans the teams concerned (R2).';

create or replace function private.replan_after_holidays_removed()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    perform private.replan_teams(array(select o.team_id from old_rows as o), 'the team''s days off changed');
    return null;
end
$$;

revoke all on function private.replan_after_holidays_removed() from public;
comment on function private.replan_after_holidays_removed() is
'Trigger (statement, after delete on team_holidays): re-plans the teams concerned (R2).';

create or replace trigger replan_after_holidays_insert
after insert on public.team_holidays
referencing new table as new_rows
for each statement execute function private.replan_after_holidays_added();

create or replace trigger replan_after_holidays_update
after update on public.team_holidays
referencing new table as new_rows old table as old_rows
for each statement execute function private.replan_after_holidays_changed();

create or replace trigger replan_after_holidays_delete
after delete on public.team_holidays
referencing old table as old_rows
for each statement execute function private.replan_after_holidays_removed();
