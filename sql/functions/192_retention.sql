-- Retention and minimisation (issue 14 item 6, PRIVACY.md): how long a team keeps
--   - the timeline and worker logs: team_settings.retention_days (90 days by default), applied by
--     private.purge_expired (120_maintenance.sql, job relance-retention);
--   - message bodies: private.privacy_settings.body_retention_days (no row or null: as long as the message);
--     past it a message's body_text and analysed text are blanked, never the message itself, so threads,
--     tracked emails and statistics stay;
--   - provider events: private.privacy_settings.provider_event_retention_days (90 days by default): the intake
--     queue's archive (pgmq.a_provider_events) and the notifications the intake refused.
-- The daily job relance-privacy-retention runs private.apply_privacy_retention(now()).

create or replace function public.get_privacy_settings(p_team_id uuid)
returns table (
    team_id uuid, body_retention_days integer, provider_event_retention_days integer, log_retention_days integer
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
    if p_team_id is null or not exists (
        select 1 from public.team_members as m where m.team_id = p_team_id and m.user_id = (select auth.uid())
    ) and coalesce(auth.role(), '') <> 'service_role' and current_setting('role') in ('anon', 'authenticated')
    then
        raise exception 'not a member of team %', p_team_id using errcode = '42501';
    end if;
    return query
    select t.id, p.body_retention_days, coalesce(p.provider_event_retention_days, 90), s.retention_days
    from public.teams as t
    left join private.privacy_settings as p on p.team_id = t.id
    left join public.team_settings as s on s.team_id = t.id
    where t.id = p_team_id;
end
$$;

revoke all on function public.get_privacy_settings(uuid) from public, anon;
grant execute on function public.get_privacy_settings(uuid) to authenticated, service_role;
comment on function public.get_privacy_settings(uuid) is
'A team''s retention: message bodies (days, null: kept), provider events (days) and logs (days, '
'team_settings.retention_days), for its members. 42501 for anyone else.';

create or replace function public.set_privacy_settings(p_team_id uuid, p_settings jsonb)
returns table (
    team_id uuid, body_retention_days integer, provider_event_retention_days integer, log_retention_days integer
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_body integer;
    v_events integer;
    v_before jsonb;
begin
    if p_team_id is null or p_team_id not in (select private.my_admin_team_ids())
        and coalesce(auth.role(), '') <> 'service_role' and current_setting('role') in ('anon', 'authenticated')
    then
        raise exception 'only an owner or admin of team % may change its retention', p_team_id using errcode = '42501';
    end if;
    perform private.check_settings_keys(p_settings, array['body_retention_days', 'provider_event_retention_days']);
    select to_jsonb(g) - 'team_id' into v_before from public.get_privacy_settings(p_team_id) as g;
    begin
        v_body := private.settings_value(p_settings, 'body_retention_days', 'integer')::integer;
        v_events := private.settings_value(p_settings, 'provider_event_retention_days', 'integer')::integer;
        insert into private.privacy_settings as p (team_id, body_retention_days, provider_event_retention_days)
        values (p_team_id, v_body, coalesce(v_events, 90))
        on conflict on constraint privacy_settings_pkey do update
        set body_retention_days = case when p_settings ? 'body_retention_days' then v_body
                else p.body_retention_days end,
            provider_event_retention_days = coalesce(v_events, p.provider_event_retention_days),
            updated_at = now();
    exception when check_violation then
        raise exception 'p_settings: body_retention_days 1-3650 or null (kept), provider_event_retention_days 1-3650'
            using errcode = '22023';
    end;
    perform private.audit(p_team_id, 'privacy_settings', p_team_id::text, 'updated', v_before,
        (select to_jsonb(g) - 'team_id' from public.get_privacy_settings(p_team_id) as g));
    return query select * from public.get_privacy_settings(p_team_id);
end
$$;

revoke all on function public.set_privacy_settings(uuid, jsonb) from public, anon;
grant execute on function public.set_privacy_settings(uuid, jsonb) to authenticated, service_role;
comment on function public.set_privacy_settings(uuid, jsonb) is
'Sets a team''s retention of message bodies (body_retention_days, null: kept) and provider events '
'(provider_event_retention_days), for its owners and admins, audited; logs are team_settings.retention_days. '
'42501 for anyone else, 22023 for an unknown key or a value out of range. Returns the settings.';

create or replace function private.apply_privacy_retention(p_now timestamptz default now())
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_bodies jsonb;
    v_archived jsonb;
    v_rejections jsonb;
    v_team record;
begin
    -- Bodies blanked, messages kept (threads, tracked emails and counts stay).
    with blanked as (
        update public.messages as m
        set body_text = null, analysis = m.analysis - 'new_text' - 'signature' - 'quoted_text'
        from private.privacy_settings as p
        where p.body_retention_days is not null and m.team_id = p.team_id
            and coalesce(m.received_at, m.sent_at, m.ingested_at) < p_now - make_interval(days => p.body_retention_days)
            and (m.body_text is not null or m.analysis ?| array['new_text', 'signature', 'quoted_text'])
        returning m.team_id
    )
    select private.count_by_team(array_agg(blanked.team_id)) into v_bodies from blanked;
    -- Provider events: the intake queue's archive and refused notifications, per team (90 days without a row).
    with gone as (
        delete from pgmq.a_provider_events as a
        using public.teams as t
        left join private.privacy_settings as p on p.team_id = t.id
        where a.message ->> 'team_id' = t.id::text
            and a.archived_at < p_now - make_interval(days => coalesce(p.provider_event_retention_days, 90))
        returning t.id as team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_archived from gone;
    with gone as (
        delete from private.provider_rejections as r
        using public.mailboxes as b
        join private.privacy_settings as p on p.team_id = b.team_id
        where r.mailbox_id = b.id and r.received_at < p_now - make_interval(days => p.provider_event_retention_days)
        returning b.team_id
    )
    select private.count_by_team(array_agg(gone.team_id)) into v_rejections from gone;
    -- One audit entry per team and run (the compliance report lists them): what went, and the settings applied.
    for v_team in
        select t.id, p.body_retention_days, coalesce(p.provider_event_retention_days, 90) as events_days
        from public.teams as t left join private.privacy_settings as p on p.team_id = t.id
        order by t.id
    loop
        perform private.audit_retention(
            v_team.id, 'relance-privacy-retention',
            jsonb_build_object(
                'bodies', coalesce((v_bodies ->> v_team.id::text)::integer, 0),
                'provider_events', coalesce((v_archived ->> v_team.id::text)::integer, 0),
                'rejections', coalesce((v_rejections ->> v_team.id::text)::integer, 0)
            ),
            jsonb_build_object(
                'body_retention_days', v_team.body_retention_days, 'provider_event_retention_days', v_team.events_days
            ),
            p_now
        );
    end loop;
    return jsonb_build_object(
        'bodies', private.count_total(v_bodies),
        'provider_events', private.count_total(v_archived),
        'rejections', private.count_total(v_rejections)
    );
end
$$;

revoke all on function private.apply_privacy_retention(timestamptz) from public;
comment on function private.apply_privacy_retention(timestamptz) is
'Daily (relance-privacy-retention): blanks message bodies past each team''s body_retention_days and deletes '
'provider events past its provider_event_retention_days (90 by default); audits one retention run per team '
'(what went, by kind, and the settings applied). Returns counts. Idempotent.';
