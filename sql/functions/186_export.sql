-- Export (issue 14, item 2; GDPR Art. 15 access and Art. 20 portability): one JSON document with everything held
-- about a person (by address, in a team) or about a user of the product. The documents' keys name the table each
-- section comes from ("public.messages" …): tests/test_export.py compares them with the catalog, so a new table
-- holding an address or a user id that the export forgets fails that test. Every export is logged in
-- data_access_logs ('export') and audited (never with the person's address).

create or replace function public.export_person(p_team_id uuid, p_address text, p_now timestamptz default null)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_address text := lower(btrim(p_address));
    v_contact uuid;
    v_doc jsonb;
begin
    p_now := private.caller_now(p_now);
    if p_team_id is null or not exists (select 1 from public.teams as t where t.id = p_team_id) then
        raise exception 'no such team: %', p_team_id using errcode = '22023';
    end if;
    if (select auth.uid()) is not null
        and not exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id) then
        raise exception 'only an admin of the team can export a person''s data' using errcode = '42501';
    end if;
    if v_address is null or v_address !~ '^[^@\s]+@[^@\s]+$' then
        raise exception 'p_address must be an email address' using errcode = '22023';
    end if;
    select c.id into v_contact from public.contacts as c where c.team_id = p_team_id and c.address = v_address;

    with
    msgs as (
        select m.*
        from public.messages as m
        where m.team_id = p_team_id
            and (m.from_address = v_address or v_address = any(m.to_addresses) or v_address = any(m.cc_addresses))
    ),
    tracked as (
        select t.*
        from public.tracked_emails as t
        where t.team_id = p_team_id and v_address = any(t.recipients)
    ),
    intents as (
        select i.*
        from public.message_intents as i
        where i.team_id = p_team_id
            and (i.address = v_address or i.referral_address = v_address
                or i.message_id in (select msgs.id from msgs))
    )
    select jsonb_build_object(
        'kind', 'person',
        'team_id', p_team_id,
        'address', v_address,
        'exported_at', p_now,
        'public.contacts', coalesce((
            select jsonb_agg(to_jsonb(c)) from public.contacts as c where c.team_id = p_team_id and c.address = v_address
        ), '[]'),
        'public.contact_facts', coalesce((
            select jsonb_agg(to_jsonb(f) order by f.field, f.value)
            from public.contact_facts as f where f.team_id = p_team_id and f.address = v_address
        ), '[]'),
        'public.organisations', coalesce((
            select jsonb_agg(to_jsonb(o))
            from public.organisations as o
            where o.id in (
                select c.organisation_id from public.contacts as c
                where c.team_id = p_team_id and c.address = v_address
            )
        ), '[]'),
        'public.organisation_facts', coalesce((
            select jsonb_agg(to_jsonb(f) order by f.field, f.value)
            from public.organisation_facts as f
            where f.organisation_id in (
                select c.organisation_id from public.contacts as c
                where c.team_id = p_team_id and c.address = v_address
            )
        ), '[]'),
        'public.messages', coalesce((
            select jsonb_agg(to_jsonb(m) order by coalesce(m.sent_at, m.received_at, m.ingested_at), m.id) from msgs as m
        ), '[]'),
        'public.message_insights', coalesce((
            select jsonb_agg(to_jsonb(i) order by i.created_at, i.message_id)
            from public.message_insights as i
            where i.message_id in (select msgs.id from msgs) or (i.team_id = p_team_id and i.address = v_address)
        ), '[]'),
        'public.message_intents', coalesce((
            select jsonb_agg(to_jsonb(i) order by i.message_at, i.message_id) from intents as i
        ), '[]'),
        'public.conversations', coalesce((
            select jsonb_agg(to_jsonb(c) order by c.created_at, c.id)
            from public.conversations as c
            where c.id in (select msgs.conversation_id from msgs union select tracked.conversation_id from tracked)
        ), '[]'),
        'public.tracked_emails', coalesce((
            select jsonb_agg(to_jsonb(t) order by t.sent_at, t.id) from tracked as t
        ), '[]'),
        'public.followups', coalesce((
            select jsonb_agg(to_jsonb(f) - 'claim_token' order by f.tracked_email_id, f.seq)
            from public.followups as f where f.tracked_email_id in (select tracked.id from tracked)
        ), '[]'),
        'public.manual_followups', coalesce((
            select jsonb_agg(to_jsonb(f) order by f.tracked_email_id, f.seq)
            from public.manual_followups as f where f.tracked_email_id in (select tracked.id from tracked)
        ), '[]'),
        'public.events', coalesce((
            select jsonb_agg(to_jsonb(e) order by e.id)
            from public.events as e
            where e.team_id = p_team_id
                and (e.tracked_email_id in (select tracked.id from tracked) or e.message_id in (select msgs.id from msgs))
        ), '[]'),
        'public.reminders', coalesce((
            select jsonb_agg(to_jsonb(r) order by r.created_at, r.id)
            from public.reminders as r
            where r.team_id = p_team_id
                and (r.address = v_address or r.message_id in (select msgs.id from msgs))
        ), '[]'),
        'public.notifications', coalesce((
            select jsonb_agg(to_jsonb(n) order by n.created_at, n.id)
            from public.notifications as n
            where n.team_id = p_team_id
                and (n.address = v_address or n.message_id in (select msgs.id from msgs))
        ), '[]'),
        'public.suppressions', coalesce((
            select jsonb_agg(to_jsonb(s))
            from public.suppressions as s where s.team_id = p_team_id and s.address = v_address
        ), '[]'),
        'public.holds', coalesce((
            select jsonb_agg(to_jsonb(h))
            from public.holds as h where h.team_id = p_team_id and h.address = v_address
        ), '[]'),
        -- What models and web search answered about them (the cache, not the text it was asked about).
        'private.ai_cache', coalesce((
            select jsonb_agg(
                jsonb_build_object(
                    'kind', a.kind, 'model', a.model, 'result', a.result, 'created_at', a.created_at,
                    'expires_at', a.expires_at
                ) order by a.created_at
            )
            from private.ai_cache as a where a.team_id = p_team_id and a.subject_address = v_address
        ), '[]'),
        -- The values members chose or typed for their fields (kept 90 days).
        'public.ai_user_preferences', coalesce((
            select jsonb_agg(to_jsonb(a) order by a.created_at, a.id)
            from public.ai_user_preferences as a where a.team_id = p_team_id and a.address = v_address
        ), '[]'),
        'public.data_access_logs', coalesce((
            select jsonb_agg(to_jsonb(l) order by l.occurred_at, l.id)
            from public.data_access_logs as l where l.team_id = p_team_id and l.address = v_address
        ), '[]'),
        -- Where their replies were routed, and what members approved or corrected of what was read about them.
        'public.message_routes', coalesce((
            select jsonb_agg(to_jsonb(r) order by r.routed_at, r.message_id)
            from public.message_routes as r where r.team_id = p_team_id and r.address = v_address
        ), '[]'),
        'public.ai_feedback', coalesce((
            select jsonb_agg(to_jsonb(f) order by f.occurred_at, f.id)
            from public.ai_feedback as f where f.team_id = p_team_id and f.address = v_address
        ), '[]')
    ) into v_doc;

    perform private.log_data_access(p_team_id, 'person', v_contact::text, 'export', v_address, p_now);
    perform private.audit(
        p_team_id, 'export', v_contact::text, 'exported', null,
        jsonb_build_object('kind', 'person', 'contact_id', v_contact), p_now
    );
    return v_doc;
end
$$;
revoke all on function public.export_person(uuid, text, timestamptz) from public, anon;
grant execute on function public.export_person(uuid, text, timestamptz) to authenticated, service_role;
comment on function public.export_person(uuid, text, timestamptz) is
'Everything a team holds about a person, by address, as one JSON document (GDPR Art. 15 and 20): contact, facts, '
'organisation, messages and their analysis, insights and intents, conversations, tracked emails, follow-ups, '
'timeline, reminders, notifications, suppressions, holds, AI cache, members'' choices about their fields and the '
'access logs about them. The team''s '
'admins only (42501); logged and audited.';

create or replace function public.export_user(p_team_id uuid default null, p_now timestamptz default null)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_user uuid := (select auth.uid());
    v_teams uuid [];
    v_team uuid;
    v_doc jsonb;
begin
    p_now := private.caller_now(p_now);
    if v_user is null then
        raise exception 'export_user exports the signed-in user: sign in' using errcode = '42501';
    end if;
    v_teams := array(
        select m.team_id from public.team_members as m
        where m.user_id = v_user and (p_team_id is null or m.team_id = p_team_id)
    );
    if p_team_id is not null and cardinality(v_teams) = 0 then
        raise exception 'not a member of this team' using errcode = '42501';
    end if;

    select jsonb_build_object(
        'kind', 'user',
        'user_id', v_user,
        'exported_at', p_now,
        'auth.users', (
            select jsonb_build_object(
                'id', u.id, 'email', u.email, 'created_at', u.created_at, 'last_sign_in_at', u.last_sign_in_at
            )
            from auth.users as u where u.id = v_user
        ),
        'public.team_members', coalesce((
            select jsonb_agg(to_jsonb(m) order by m.created_at)
            from public.team_members as m where m.user_id = v_user and m.team_id = any(v_teams)
        ), '[]'),
        'public.teams', coalesce((
            select jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name, 'created_at', t.created_at))
            from public.teams as t where t.id = any(v_teams)
        ), '[]'),
        'public.team_settings', coalesce((
            select jsonb_agg(to_jsonb(s)) from public.team_settings as s where s.team_id = any(v_teams)
        ), '[]'),
        'public.intelligence_settings', coalesce((
            select jsonb_agg(to_jsonb(s)) from public.intelligence_settings as s where s.team_id = any(v_teams)
        ), '[]'),
        -- The mailboxes and their own settings; their credentials (private.mailbox_credentials) are secrets.
        'public.mailboxes', coalesce((
            select jsonb_agg(to_jsonb(b) order by b.created_at)
            from public.mailboxes as b where b.owner_id = v_user and b.team_id = any(v_teams)
        ), '[]'),
        -- Their mailboxes' signatures (proposed from their sent mail, and the one they confirmed).
        'private.mailbox_signatures', coalesce((
            select jsonb_agg(to_jsonb(g) order by g.mailbox_id)
            from private.mailbox_signatures as g
            join public.mailboxes as b on b.id = g.mailbox_id
            where b.owner_id = v_user and b.team_id = any(v_teams)
        ), '[]'),
        -- The follow-up templates they wrote.
        'public.followup_templates', coalesce((
            select jsonb_agg(to_jsonb(t) order by t.created_at, t.id)
            from public.followup_templates as t where t.created_by = v_user and t.team_id = any(v_teams)
        ), '[]'),
        'public.tracked_emails', coalesce((
            select jsonb_agg(
                jsonb_build_object('id', t.id, 'mailbox_id', t.mailbox_id, 'status', t.status, 'tracked_by',
                    t.tracked_by, 'sent_at', t.sent_at) order by t.sent_at
            )
            from public.tracked_emails as t where t.owner_id = v_user and t.team_id = any(v_teams)
        ), '[]'),
        -- Their choices: the facts they decided, the intents they corrected, the dead letters they retried.
        'public.contact_facts', coalesce((
            select jsonb_agg(
                jsonb_build_object('id', f.id, 'contact_id', f.contact_id, 'field', f.field, 'status', f.status,
                    'decided_at', f.decided_at) order by f.decided_at
            )
            from public.contact_facts as f where f.decided_by = v_user and f.team_id = any(v_teams)
        ), '[]'),
        'public.organisation_facts', coalesce((
            select jsonb_agg(
                jsonb_build_object('id', f.id, 'organisation_id', f.organisation_id, 'field', f.field, 'status',
                    f.status, 'decided_at', f.decided_at) order by f.decided_at
            )
            from public.organisation_facts as f where f.decided_by = v_user and f.team_id = any(v_teams)
        ), '[]'),
        'public.message_intents', coalesce((
            select jsonb_agg(
                jsonb_build_object('message_id', i.message_id, 'label', i.label, 'corrected_at', i.corrected_at)
                order by i.corrected_at
            )
            from public.message_intents as i where i.corrected_by = v_user and i.team_id = any(v_teams)
        ), '[]'),
        'public.dead_letters', coalesce((
            select jsonb_agg(jsonb_build_object('id', d.id, 'retry_requested_at', d.retry_requested_at))
            from public.dead_letters as d where d.retry_requested_by = v_user and d.team_id = any(v_teams)
        ), '[]'),
        'public.contacts', coalesce((
            select jsonb_agg(jsonb_build_object('id', c.id, 'team_id', c.team_id) order by c.created_at)
            from public.contacts as c where c.owner_id = v_user and c.team_id = any(v_teams)
        ), '[]'),
        'public.organisations', coalesce((
            select jsonb_agg(jsonb_build_object('id', o.id, 'team_id', o.team_id) order by o.created_at)
            from public.organisations as o where o.owner_id = v_user and o.team_id = any(v_teams)
        ), '[]'),
        'public.notifications', coalesce((
            select jsonb_agg(to_jsonb(n) order by n.created_at)
            from public.notifications as n where n.owner_id = v_user and n.team_id = any(v_teams)
        ), '[]'),
        'public.reminders', coalesce((
            select jsonb_agg(to_jsonb(r) order by r.created_at)
            from public.reminders as r where r.owner_id = v_user and r.team_id = any(v_teams)
        ), '[]'),
        -- Their preferences: the choices they made on suggested values (kept 90 days).
        'public.ai_user_preferences', coalesce((
            select jsonb_agg(to_jsonb(a) order by a.created_at, a.id)
            from public.ai_user_preferences as a where a.user_id = v_user and a.team_id = any(v_teams)
        ), '[]'),
        -- The endpoints they created, without their signing secrets (private.webhook_secrets).
        'public.webhook_endpoints', coalesce((
            select jsonb_agg(to_jsonb(e) order by e.created_at)
            from public.webhook_endpoints as e where e.created_by = v_user and e.team_id = any(v_teams)
        ), '[]'),
        -- Their actions.
        'public.audit_log', coalesce((
            select jsonb_agg(to_jsonb(a) order by a.occurred_at, a.id)
            from public.audit_log as a where a.actor_id = v_user and a.team_id = any(v_teams)
        ), '[]'),
        'public.data_access_logs', coalesce((
            select jsonb_agg(to_jsonb(l) order by l.occurred_at, l.id)
            from public.data_access_logs as l where l.actor_id = v_user and l.team_id = any(v_teams)
        ), '[]'),
        -- The routing rules that name them (assignee, notified, author), the replies assigned to them, and their
        -- decisions on what the AI read.
        'public.routing_rules', coalesce((
            select jsonb_agg(to_jsonb(r) order by r.team_id, r.position)
            from public.routing_rules as r
            where r.team_id = any(v_teams) and v_user in (r.assign_to, r.notify_user_id, r.created_by)
        ), '[]'),
        'public.message_routes', coalesce((
            select jsonb_agg(
                jsonb_build_object(
                    'message_id', r.message_id, 'team_id', r.team_id, 'labels', r.labels, 'rule_name', r.rule_name,
                    'intent', r.intent, 'routed_at', r.routed_at
                ) order by r.routed_at, r.message_id
            )
            from public.message_routes as r where r.assigned_to = v_user and r.team_id = any(v_teams)
        ), '[]'),
        'public.ai_feedback', coalesce((
            select jsonb_agg(
                jsonb_build_object(
                    'id', f.id, 'team_id', f.team_id, 'subject', f.subject, 'action', f.action, 'class', f.class,
                    'source', f.source, 'message_id', f.message_id, 'occurred_at', f.occurred_at
                ) order by f.occurred_at, f.id
            )
            from public.ai_feedback as f where f.user_id = v_user and f.team_id = any(v_teams)
        ), '[]')
    ) into v_doc;

    foreach v_team in array v_teams loop
        perform private.log_data_access(v_team, 'user', v_user::text, 'export', null, p_now);
        perform private.audit(v_team, 'export', v_user::text, 'exported', null, jsonb_build_object('kind', 'user'), p_now);
    end loop;
    return v_doc;
end
$$;
revoke all on function public.export_user(uuid, timestamptz) from public, anon;
grant execute on function public.export_user(uuid, timestamptz) to authenticated, service_role;
comment on function public.export_user(uuid, timestamptz) is
'Everything the product holds about the signed-in user (GDPR Art. 15 and 20), in one team or all of theirs: '
'membership, mailboxes without secrets, settings, their choices and preferences (decided facts, corrected '
'intents, AI preferences), '
'notifications, reminders, their audit entries and access logs. Logged and audited in each team.';
