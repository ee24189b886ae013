-- Users who leave (issue 14 item 4, PRIVACY.md "Soft deletion of users", "Automatic anonymisation"): a member
-- is anonymised, never deleted, so the team's history stays consistent.
--
-- private.anonymise_member(team, user): their mailboxes of the team are disconnected through the existing path
-- (private.disconnect_mailbox: subscriptions removed, the provider side cleaned by a worker, the audit event)
-- and handed, with their reminders, notifications, routed replies, contacts and organisations, to a successor
-- (the admin who acts, else the team's first owner), so the membership can go (mailboxes.owner_id references it,
-- on delete restrict); the membership is recorded in private.anonymised_members and removed. Tracked emails,
-- decisions and the timeline keep the user's id; their mailboxes' signatures (name, title, direct line) are
-- deleted. Once the user is in no team, their identity (auth.users: email, phone, the metadata that holds their
-- name) is replaced by an anonymous one and their sign-in identities (auth.identities: the provider's claims) are
-- deleted, so the id points to nobody.
--
-- Inactive (the weekly job, worker.anonymise_inactive_users): the latest of what the schema records of a
-- user, namely their last sign-in (auth.users.last_sign_in_at), their account's creation, their membership's
-- creation, mail sent from their mailboxes (messages.sent_at, outbound), their decisions on facts
-- (contact_facts/organisation_facts.decided_at), their corrections of intents (message_intents.corrected_at)
-- and their retry requests (dead_letters.retry_requested_at), is more than 2 years before p_now. Owners and
-- admins are exempt (in any team).

create or replace function private.anonymise_member(
    p_team_id uuid, p_user_id uuid, p_actor uuid, p_reason text, p_now timestamptz
)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_m public.team_members;
    v_successor uuid;
    v_box uuid;
    v_boxes integer := 0;
    v_identity boolean := false;
    v_contacts integer := 0;
    v_organisations integer := 0;
    v_rule public.routing_rules;
    v_reason text := coalesce(nullif(btrim(coalesce(p_reason, '')), ''), 'the member left the team');
begin
    if length(v_reason) > 500 then
        raise exception 'p_reason: at most 500 characters (got %)', length(v_reason) using errcode = '22023';
    end if;
    select * into v_m from public.team_members where team_id = p_team_id and user_id = p_user_id;
    if not found then
        raise exception 'user % is not a member of team %', p_user_id, p_team_id using errcode = '22023';
    end if;
    v_successor := coalesce(
        case when p_actor is distinct from p_user_id then p_actor end,
        (select m.user_id from public.team_members as m
            where m.team_id = p_team_id and m.role = 'owner' and m.user_id <> p_user_id
            order by m.created_at, m.user_id limit 1)
    );
    if v_successor is null then
        raise exception 'the only owner of team % cannot be anonymised: make another member owner first', p_team_id
            using errcode = '22023';
    end if;
    -- Logged before it runs.
    perform private.log_data_access(p_team_id, 'user', p_user_id::text, 'anonymize', null, p_now);
    -- Lock order (065_lock_order.sql): each mailbox (step 2), one after the other in ascending id.
    for v_box in
        select b.id from public.mailboxes as b where b.team_id = p_team_id and b.owner_id = p_user_id order by b.id
    loop
        perform private.disconnect_mailbox(v_box, 'its owner left the team and was anonymised', p_actor,
            case when p_actor is null then 'operator' else 'app' end,
            case when p_actor is null then 'inactivity job' end, p_now);
        update public.mailboxes set owner_id = v_successor, display_name = null, updated_at = p_now where id = v_box;
        -- Their signature (name, title, direct line) was theirs, not the mailbox's history.
        delete from private.mailbox_signatures where mailbox_id = v_box;
        v_boxes := v_boxes + 1;
    end loop;
    -- The membership, held from here until it goes: a reply routed to them meanwhile is either seen by the
    -- handover below, or waits and goes to the mailbox's new owner (private.route_message).
    perform 1 from public.team_members where team_id = p_team_id and user_id = p_user_id for update;
    update public.reminders set owner_id = v_successor where team_id = p_team_id and owner_id = p_user_id;
    update public.notifications set owner_id = v_successor where team_id = p_team_id and owner_id = p_user_id;
    -- The replies routed to them (INTELLIGENCE.md: a meeting or a quote request never waits unseen): the
    -- successor's now, not deleted with the membership.
    update public.message_routes set assigned_to = v_successor where team_id = p_team_id and assigned_to = p_user_id;
    -- Their clients and companies: the successor's, as their mailboxes are (the one who now reads their mail
    -- decides their facts and finds them under "my contacts"), rather than nobody's until a colleague's mailbox
    -- happens to see them. Lock order steps 8 and 9 (after the membership, 7a): organisations by ascending id,
    -- then contacts by ascending address.
    perform 1 from public.organisations as o where o.team_id = p_team_id and o.owner_id = p_user_id
    order by o.id for no key update;
    update public.organisations set owner_id = v_successor, updated_at = p_now
    where team_id = p_team_id and owner_id = p_user_id;
    get diagnostics v_organisations = row_count;
    perform 1 from public.contacts as c where c.team_id = p_team_id and c.owner_id = p_user_id
    order by c.address for no key update;
    update public.contacts set owner_id = v_successor, updated_at = p_now
    where team_id = p_team_id and owner_id = p_user_id;
    get diagnostics v_contacts = row_count;
    -- The routing rules that name them (to assign or to notify) go with the membership, their keys cascading
    -- from it: each is on the audit trail as it was, as an admin's deletion of it would be (PRIVACY.md: routing
    -- rule changes, before and after).
    for v_rule in
        select r.* from public.routing_rules as r
        where r.team_id = p_team_id and p_user_id in (r.assign_to, r.notify_user_id)
        order by r.position
    loop
        perform private.audit(
            p_team_id, 'routing_rule', v_rule.id::text, 'deleted', private.routing_rule_json(v_rule),
            jsonb_build_object('reason', 'the member it names left the team', 'member', p_user_id), p_now
        );
    end loop;
    insert into private.anonymised_members (team_id, user_id, anonymised_at, reason, actor_id)
    values (p_team_id, p_user_id, p_now, v_reason, p_actor)
    on conflict (team_id, user_id) do update set anonymised_at = excluded.anonymised_at, reason = excluded.reason;
    delete from public.team_members where team_id = p_team_id and user_id = p_user_id;
    perform private.log_event(p_team_id, 'member_anonymised',
        format('a member left the team and was anonymised (%s); %s mailbox(es) disconnected and handed over', v_reason,
            v_boxes),
        p_now, null, null, null, null,
        jsonb_build_object('actor', p_actor, 'user_id', p_user_id, 'successor', v_successor, 'at', p_now,
            'before', jsonb_build_object('role', v_m.role), 'after', null));
    -- In no team any more: the identity itself goes.
    if not exists (select 1 from public.team_members where user_id = p_user_id) then
        update auth.users
        set email = 'anonymised-' || replace(p_user_id::text, '-', '') || '@anonymised.invalid', phone = null,
            raw_user_meta_data = '{}', updated_at = p_now
        where id = p_user_id;
        v_identity := found;
        -- Their sign-in identities hold the provider's claims (email, name): gone with the identity.
        delete from auth.identities where user_id = p_user_id;
    end if;
    -- The audit trail: who anonymised whom (the user's id, which now points to nobody), the membership before
    -- and what became of it; the reason stays in private.anonymised_members (free text may name the member).
    perform private.audit(
        p_team_id, 'member', p_user_id::text, 'anonymised', jsonb_build_object('role', v_m.role),
        jsonb_build_object(
            'via', case when p_actor is null then 'inactivity job' else 'app' end, 'successor', v_successor,
            'mailboxes_handed_over', v_boxes, 'contacts_handed_over', v_contacts,
            'organisations_handed_over', v_organisations, 'identity_anonymised', v_identity
        ),
        p_now
    );
    return jsonb_build_object(
        'mailboxes', v_boxes, 'contacts', v_contacts, 'organisations', v_organisations, 'identity', v_identity,
        'successor', v_successor
    );
end
$$;

revoke all on function private.anonymise_member(uuid, uuid, uuid, text, timestamptz) from public;
comment on function private.anonymise_member(uuid, uuid, uuid, text, timestamptz) is
'A member who leaves: mailboxes disconnected and handed to a successor with their reminders, notifications, '
'routed replies, contacts and organisations; membership recorded and removed, identity anonymised once in no '
'team; audited. Returns what it did ({mailboxes, contacts, organisations, identity, successor}).';

create or replace function public.anonymise_member(
    p_team_id uuid, p_user_id uuid, p_reason text default null, p_now timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if p_team_id is null or p_team_id not in (select private.my_admin_team_ids()) then
        raise exception 'only an owner or admin of team % may anonymise a member', p_team_id using errcode = '42501';
    end if;
    if p_user_id = (select auth.uid()) then
        raise exception 'an admin cannot anonymise themselves: another admin does it' using errcode = '22023';
    end if;
    return private.anonymise_member(p_team_id, p_user_id, (select auth.uid()), p_reason, p_now);
end
$$;

revoke all on function public.anonymise_member(uuid, uuid, text, timestamptz) from public, anon;
grant execute on function public.anonymise_member(uuid, uuid, text, timestamptz) to authenticated, service_role;
comment on function public.anonymise_member(uuid, uuid, text, timestamptz) is
'A member leaves, for the team''s owners and admins: their mailboxes are disconnected and handed to the caller '
'with their contacts and organisations, '
'the membership ends, their identity is anonymised once they are in no team; their history stays. Logged '
'before it runs. 42501 for anyone else, 22023 for a non-member or the caller. Returns what it did.';

create or replace function private.last_activity(p_user_id uuid)
returns timestamptz
language sql
stable
set search_path = ''
as $$
    select greatest(
        (select greatest(u.last_sign_in_at, u.created_at) from auth.users as u where u.id = p_user_id),
        (select max(m.created_at) from public.team_members as m where m.user_id = p_user_id),
        (select max(g.sent_at) from public.messages as g join public.mailboxes as b on b.id = g.mailbox_id
            where b.owner_id = p_user_id and g.direction = 'outbound'),
        (select max(f.decided_at) from public.contact_facts as f where f.decided_by = p_user_id),
        (select max(f.decided_at) from public.organisation_facts as f where f.decided_by = p_user_id),
        (select max(i.corrected_at) from public.message_intents as i where i.corrected_by = p_user_id),
        (select max(d.retry_requested_at) from public.dead_letters as d where d.retry_requested_by = p_user_id)
    )
$$;

revoke all on function private.last_activity(uuid) from public;
comment on function private.last_activity(uuid) is
'The latest thing the schema records a user did (sign-in, membership, mail sent, decisions, corrections, '
'retries). Stable.';

create or replace function worker.anonymise_inactive_users(p_now timestamptz default now())
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_m record;
    v_n integer := 0;
begin
    for v_m in
        select m.team_id, m.user_id
        from public.team_members as m
        where m.role = 'member'
            and not exists (
                select 1 from public.team_members as a where a.user_id = m.user_id and a.role in ('owner', 'admin')
            )
            and private.last_activity(m.user_id) < p_now - interval '2 years'
        order by m.team_id, m.user_id
    loop
        perform private.anonymise_member(v_m.team_id, v_m.user_id, null,
            'inactive for more than 2 years (weekly job)', p_now);
        v_n := v_n + 1;
    end loop;
    return v_n;
end
$$;

revoke all on function worker.anonymise_inactive_users(timestamptz) from public, anon, authenticated;
grant execute on function worker.anonymise_inactive_users(timestamptz) to service_role;
comment on function worker.anonymise_inactive_users(timestamptz) is
'Weekly (relance-anonymise-inactive-users): anonymises every member inactive for more than 2 years '
'(private.last_activity); owners and admins are exempt. Returns how many memberships.';
