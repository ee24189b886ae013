-- Routing rules (issue 13, item 3; ../shared/INTELLIGENCE.md "Routing"): who should act on a reply. A team's
-- rules are ordered (position); the first enabled rule whose conditions all match the reply wins, and its actions
-- apply (assign to a member, add labels, notify a member); no match assigns the reply to its mailbox's owner.
-- private.route_message applies them when an intent is recorded or corrected (private.apply_intent,
-- 172_intents.sql) and writes public.message_routes, a notification and the timeline. Admins manage the rules
-- through the RPCs below, each change audited (private.audit); members read them under RLS
-- (sql/policies/067_routing.sql). Tables: sql/tables/088_routing.sql.
--
-- R15 resume (issue 13, item 2) is at the end of this file: public.resume_after_not_now and the scheduler's
-- private.r15_resume_due.

-- Text as rules compare it: lowercased, French and other Latin accents taken off, ligatures spelled out.
create or replace function private.fold_text(p_text text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
    select replace(replace(translate(
        lower(p_text),
        'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ’',
        'aaaaaaceeeeiiiinooooouuuuyy'''
    ), 'œ', 'oe'), 'æ', 'ae')
$$;

revoke all on function private.fold_text(text) from public;
comment on function private.fold_text(text) is
'Lowercase, accents off (é → e, ç → c …), œ → oe, æ → ae, ’ → '': how routing keywords and texts are compared.';

-- A keyword as stored (as the admin typed it) → the regular expression that finds it as whole words.
create or replace function private.keyword_pattern(p_keyword text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
    -- Folded, words separated by any run of spaces; a word boundary is anything but a letter or a digit.
    select '(^|[^a-z0-9])'
        || replace(regexp_replace(private.fold_text(btrim(p_keyword)), '\s+', ' ', 'g'), ' ', '\s+')
        || '($|[^a-z0-9])'
$$;

revoke all on function private.keyword_pattern(text) from public;
comment on function private.keyword_pattern(text) is
'The regular expression matching a (validated) keyword as whole words in folded text.';

-- The one validation of a rule: every error names what is wrong (22023), the team's limits are 54000.
create or replace function private.check_routing_rule(
    p_team_id uuid,
    p_name text,
    p_intents text[],
    p_sender_domains text[],
    p_keywords text[],
    p_mailbox_ids uuid[],
    p_assign_to uuid,
    p_labels text[],
    p_notify_user_id uuid
)
returns public.routing_rules
language plpgsql
stable
set search_path = ''
as $$
declare
    v_r public.routing_rules;
    v_item text;
    v_folded text;
begin
    v_r.team_id := p_team_id;
    v_r.name := btrim(p_name);
    if v_r.name is null or length(v_r.name) not between 1 and 120 then
        raise exception 'p_name: a rule needs a name (1 to 120 characters)' using errcode = '22023';
    end if;
    v_r.intents := '{}';
    foreach v_item in array coalesce(p_intents, '{}') loop
        if v_item is null or not v_item = any(enum_range(null::public.intent_label)::text[]) then
            raise exception 'unknown intent "%"', coalesce(v_item, 'null') using errcode = '22023',
                hint = 'One of ' || array_to_string(enum_range(null::public.intent_label)::text[], ', ');
        end if;
        if not v_item::public.intent_label = any(v_r.intents) then
            v_r.intents := v_r.intents || v_item::public.intent_label;
        end if;
    end loop;
    v_r.sender_domains := '{}';
    foreach v_item in array coalesce(p_sender_domains, '{}') loop
        v_folded := ltrim(lower(btrim(v_item)), '@');
        if v_folded is null or v_folded !~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$' then
            raise exception 'sender domain "%" is not a domain (such as example.fr)', coalesce(v_item, 'null')
                using errcode = '22023';
        end if;
        if not v_folded = any(v_r.sender_domains) then
            v_r.sender_domains := v_r.sender_domains || v_folded;
        end if;
    end loop;
    v_r.keywords := '{}';
    foreach v_item in array coalesce(p_keywords, '{}') loop
        v_folded := regexp_replace(private.fold_text(btrim(v_item)), '\s+', ' ', 'g');
        if v_folded is null or length(v_folded) > 100 or v_folded !~ '^[a-z0-9]+([ ''-][a-z0-9]+)*$' then
            raise exception 'bad keyword "%": letters and digits, words separated by a space, a hyphen or an '
                'apostrophe, at most 100 characters', coalesce(v_item, 'null') using errcode = '22023';
        end if;
        if not exists (select 1 from unnest(v_r.keywords) as k where private.fold_text(k) = v_folded) then
            v_r.keywords := v_r.keywords || regexp_replace(btrim(v_item), '\s+', ' ', 'g');
        end if;
    end loop;
    if cardinality(v_r.keywords) > 50 then
        raise exception 'a rule has at most 50 keywords' using errcode = '54000';
    end if;
    v_r.mailbox_ids := '{}';
    if exists (
        select 1 from unnest(coalesce(p_mailbox_ids, '{}')) as i
        where i is null or not exists (select 1 from public.mailboxes as b where b.id = i and b.team_id = p_team_id)
    ) then
        raise exception 'p_mailbox_ids: a mailbox is not one of this team''s' using errcode = '22023';
    end if;
    v_r.mailbox_ids := array(select distinct i from unnest(coalesce(p_mailbox_ids, '{}')) as i order by i);
    if cardinality(v_r.intents) + cardinality(v_r.sender_domains) + cardinality(v_r.keywords)
        + cardinality(v_r.mailbox_ids) = 0 then
        raise exception 'a routing rule needs at least one condition (intents, sender domains, keywords or mailboxes)'
            using errcode = '22023';
    end if;
    if p_assign_to is not null
        and not exists (select 1 from public.team_members where team_id = p_team_id and user_id = p_assign_to) then
        raise exception 'p_assign_to: the assignee is not a member of this team' using errcode = '22023';
    end if;
    if p_notify_user_id is not null
        and not exists (select 1 from public.team_members where team_id = p_team_id and user_id = p_notify_user_id)
    then
        raise exception 'p_notify_user_id: the member to notify is not a member of this team' using errcode = '22023';
    end if;
    v_r.assign_to := p_assign_to;
    v_r.notify_user_id := p_notify_user_id;
    v_r.labels := '{}';
    foreach v_item in array coalesce(p_labels, '{}') loop
        if v_item is null or length(btrim(v_item)) not between 1 and 40 then
            raise exception 'label "%": 1 to 40 characters', coalesce(v_item, 'null') using errcode = '22023';
        end if;
        if not btrim(v_item) = any(v_r.labels) then
            v_r.labels := v_r.labels || btrim(v_item);
        end if;
    end loop;
    if cardinality(v_r.labels) > 10 then
        raise exception 'a rule adds at most 10 labels' using errcode = '54000';
    end if;
    if v_r.assign_to is null and v_r.notify_user_id is null and cardinality(v_r.labels) = 0 then
        raise exception 'a routing rule needs at least one action (assign to a member, add a label or notify a member)'
            using errcode = '22023';
    end if;
    return v_r;
end
$$;

revoke all on function private.check_routing_rule(uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid)
from public;
comment on function private.check_routing_rule(uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid) is
'Validates and normalises a routing rule (22023 naming the bad intent, domain, keyword, mailbox, member or label; '
'54000 over a limit). Returns the rule''s conditions and actions.';

create or replace function private.routing_rule_json(p_r public.routing_rules)
returns jsonb
language sql
immutable
set search_path = ''
as $$
    -- What the audit trail keeps of a rule: everything but its timestamps (no person's address is in a rule).
    select to_jsonb(p_r) - 'created_at' - 'updated_at' - 'team_id'
$$;

revoke all on function private.routing_rule_json(public.routing_rules) from public;
comment on function private.routing_rule_json(public.routing_rules) is
'A routing rule as the audit trail records it (without timestamps).';

-- The replies routed to the caller in the teams they are a member of: a member a rule assigns a reply to reads
-- it and its intent (sql/policies/030_engine.sql, 065_intents.sql), as its mailbox's owner and the admins do;
-- nothing else of that mailbox.
create or replace function private.my_routed_message_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
    select r.message_id from public.message_routes as r
    where r.assigned_to = (select auth.uid())
        and r.team_id in (select tm.team_id from public.team_members as tm where tm.user_id = (select auth.uid()))
$$;

revoke all on function private.my_routed_message_ids() from public;
grant execute on function private.my_routed_message_ids() to authenticated, service_role;
comment on function private.my_routed_message_ids() is
'The messages routed to the caller (message_routes.assigned_to) in their teams. Stable; for RLS.';

-- A rule by id, locked, for an admin of its team (P0002 otherwise, so that other teams' ids tell nothing).
create or replace function private.admin_routing_rule(p_rule_id uuid)
returns public.routing_rules
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_team uuid;
    v_r public.routing_rules;
begin
    select team_id into v_team from public.routing_rules where id = p_rule_id;
    if v_team is null or (select auth.uid()) is not null
        and not exists (select 1 from private.my_admin_team_ids() as i where i = v_team) then
        if v_team is not null and exists (select 1 from private.my_team_ids() as i where i = v_team) then
            raise exception 'only an admin of the team can manage its routing rules' using errcode = '42501';
        end if;
        raise exception 'no such routing rule' using errcode = 'P0002';
    end if;
    -- Lock order step 1: the team (serialises the team's rule changes: positions, the limit).
    perform 1 from public.teams where id = v_team for no key update;
    select * into v_r from public.routing_rules where id = p_rule_id;
    if v_r.id is null then
        raise exception 'no such routing rule' using errcode = 'P0002';
    end if;
    return v_r;
end
$$;

revoke all on function private.admin_routing_rule(uuid) from public;
comment on function private.admin_routing_rule(uuid) is
'The routing rule, with its team locked, when the caller administers its team; 42501 for a member, P0002 else.';

create or replace function public.create_routing_rule(
    p_team_id uuid,
    p_name text,
    p_intents text[] default '{}',
    p_sender_domains text[] default '{}',
    p_keywords text[] default '{}',
    p_mailbox_ids uuid[] default '{}',
    p_assign_to uuid default null,
    p_labels text[] default '{}',
    p_notify_user_id uuid default null,
    p_position integer default null,
    p_enabled boolean default true,
    p_now timestamptz default null
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_r public.routing_rules;
    v_count integer;
    v_last integer;
begin
    p_now := private.caller_now(p_now);
    perform private.require_team_admin(p_team_id, 'manage its routing rules');
    -- Lock order step 1: the team; its rule changes are one after the other.
    perform 1 from public.teams where id = p_team_id for no key update;
    v_r := private.check_routing_rule(
        p_team_id, p_name, p_intents, p_sender_domains, p_keywords, p_mailbox_ids, p_assign_to, p_labels,
        p_notify_user_id
    );
    select count(*), coalesce(max(position), 0) into v_count, v_last
    from public.routing_rules where team_id = p_team_id;
    if v_count >= 100 then
        raise exception 'a team has at most 100 routing rules' using errcode = '54000';
    end if;
    if p_position is not null and (p_position < 1 or p_position > v_count + 1) then
        raise exception 'p_position: between 1 and % (the end)', v_count + 1 using errcode = '22023';
    end if;
    -- Positions may have gaps (a member who left took their rules): the end is after the last one.
    v_r.position := coalesce(p_position, v_last + 1);
    update public.routing_rules set position = position + 1, updated_at = p_now
    where team_id = p_team_id and position >= v_r.position;
    v_r.id := gen_random_uuid();
    v_r.enabled := coalesce(p_enabled, true);
    v_r.created_by := (select auth.uid());
    v_r.created_at := p_now;
    v_r.updated_at := p_now;
    insert into public.routing_rules select v_r.*;
    perform private.audit(
        p_team_id, 'routing_rule', v_r.id::text, 'created', null, private.routing_rule_json(v_r), p_now
    );
    return v_r.id;
end
$$;

revoke all on function public.create_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, integer, boolean, timestamptz
) from public, anon;
grant execute on function public.create_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, integer, boolean, timestamptz
) to authenticated, service_role;
comment on function public.create_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, integer, boolean, timestamptz
) is
'Admins: adds a routing rule (conditions: intents, sender domains, keywords, mailboxes; actions: assign, labels, '
'notify) at p_position (default: last). 22023 on a bad value, 54000 past 100 rules, 42501 for a non-admin. '
'Audited. Returns its id.';

create or replace function public.update_routing_rule(
    p_rule_id uuid,
    p_name text,
    p_intents text[] default '{}',
    p_sender_domains text[] default '{}',
    p_keywords text[] default '{}',
    p_mailbox_ids uuid[] default '{}',
    p_assign_to uuid default null,
    p_labels text[] default '{}',
    p_notify_user_id uuid default null,
    p_now timestamptz default null
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_before public.routing_rules;
    v_r public.routing_rules;
begin
    -- The whole rule, as the edit form sends it: every condition and action is replaced.
    p_now := private.caller_now(p_now);
    v_before := private.admin_routing_rule(p_rule_id);
    v_r := private.check_routing_rule(
        v_before.team_id, p_name, p_intents, p_sender_domains, p_keywords, p_mailbox_ids, p_assign_to, p_labels,
        p_notify_user_id
    );
    update public.routing_rules
    set name = v_r.name, intents = v_r.intents, sender_domains = v_r.sender_domains, keywords = v_r.keywords,
        mailbox_ids = v_r.mailbox_ids, assign_to = v_r.assign_to, labels = v_r.labels,
        notify_user_id = v_r.notify_user_id, updated_at = p_now
    where id = p_rule_id
    returning * into v_r;
    if private.routing_rule_json(v_r) <> private.routing_rule_json(v_before) then
        perform private.audit(
            v_r.team_id, 'routing_rule', v_r.id::text, 'updated', private.routing_rule_json(v_before),
            private.routing_rule_json(v_r), p_now
        );
    end if;
    return v_r.id;
end
$$;

revoke all on function public.update_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, timestamptz
) from public, anon;
grant execute on function public.update_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, timestamptz
) to authenticated, service_role;
comment on function public.update_routing_rule(
    uuid, text, text[], text[], text[], uuid[], uuid, text[], uuid, timestamptz
) is
'Admins: replaces a routing rule''s name, conditions and actions (validated as create_routing_rule). P0002 for '
'an unknown rule, 42501 for a non-admin. Audited when something changed.';

create or replace function public.set_routing_rule_enabled(
    p_rule_id uuid, p_enabled boolean, p_now timestamptz default null
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_before public.routing_rules;
begin
    p_now := private.caller_now(p_now);
    if p_enabled is null then
        raise exception 'p_enabled: true or false' using errcode = '22023';
    end if;
    v_before := private.admin_routing_rule(p_rule_id);
    if v_before.enabled <> p_enabled then
        update public.routing_rules set enabled = p_enabled, updated_at = p_now where id = p_rule_id;
        perform private.audit(
            v_before.team_id, 'routing_rule', p_rule_id::text, case when p_enabled then 'enabled' else 'disabled' end,
            jsonb_build_object('enabled', v_before.enabled), jsonb_build_object('enabled', p_enabled), p_now
        );
    end if;
    return p_enabled;
end
$$;

revoke all on function public.set_routing_rule_enabled(uuid, boolean, timestamptz) from public, anon;
grant execute on function public.set_routing_rule_enabled(uuid, boolean, timestamptz) to authenticated, service_role;
comment on function public.set_routing_rule_enabled(uuid, boolean, timestamptz) is
'Admins: enables or disables a routing rule (a disabled rule never matches). Idempotent; audited when changed.';

create or replace function public.reorder_routing_rules(
    p_team_id uuid, p_rule_ids uuid[], p_now timestamptz default null
)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_before uuid [];
begin
    p_now := private.caller_now(p_now);
    perform private.require_team_admin(p_team_id, 'manage its routing rules');
    perform 1 from public.teams where id = p_team_id for no key update;
    v_before := array(select id from public.routing_rules where team_id = p_team_id order by position);
    if p_rule_ids is null or cardinality(p_rule_ids) <> cardinality(v_before)
        or (select count(distinct i) from unnest(p_rule_ids) as i) <> cardinality(v_before)
        or exists (select 1 from unnest(p_rule_ids) as i where i is null or not i = any(v_before)) then
        raise exception 'p_rule_ids: every rule of the team, each once, in the new order (the team has % rules)',
            cardinality(v_before) using errcode = '22023';
    end if;
    if p_rule_ids = v_before then
        return cardinality(v_before);
    end if;
    -- unique (team_id, position) is deferred: the positions may cross within the statement.
    update public.routing_rules as r set position = o.n, updated_at = p_now
    from unnest(p_rule_ids) with ordinality as o (id, n)
    where r.id = o.id and r.position <> o.n;
    perform private.audit(
        p_team_id, 'routing_rule', null, 'reordered', jsonb_build_object('order', v_before),
        jsonb_build_object('order', p_rule_ids), p_now
    );
    return cardinality(v_before);
end
$$;

revoke all on function public.reorder_routing_rules(uuid, uuid[], timestamptz) from public, anon;
grant execute on function public.reorder_routing_rules(uuid, uuid[], timestamptz) to authenticated, service_role;
comment on function public.reorder_routing_rules(uuid, uuid[], timestamptz) is
'Admins: puts the team''s routing rules in this order (every rule once; 22023 otherwise). Audited. Returns how '
'many rules the team has.';

create or replace function public.delete_routing_rule(p_rule_id uuid, p_now timestamptz default null)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_before public.routing_rules;
begin
    p_now := private.caller_now(p_now);
    v_before := private.admin_routing_rule(p_rule_id);
    delete from public.routing_rules where id = p_rule_id;
    update public.routing_rules set position = position - 1, updated_at = p_now
    where team_id = v_before.team_id and position > v_before.position;
    perform private.audit(
        v_before.team_id, 'routing_rule', p_rule_id::text, 'deleted', private.routing_rule_json(v_before), null, p_now
    );
    return true;
end
$$;

revoke all on function public.delete_routing_rule(uuid, timestamptz) from public, anon;
grant execute on function public.delete_routing_rule(uuid, timestamptz) to authenticated, service_role;
comment on function public.delete_routing_rule(uuid, timestamptz) is
'Admins: deletes a routing rule; the later ones move up. The replies it routed keep their route and its name. '
'Audited.';

create or replace function public.list_routing_rules(p_team_id uuid)
returns setof public.routing_rules
language sql
stable
security invoker
set search_path = ''
as $$
    -- As the caller may see them (routing_rules' RLS: the team's members), in the order they are tried.
    select * from public.routing_rules where team_id = p_team_id order by position
$$;

revoke all on function public.list_routing_rules(uuid) from public, anon;
grant execute on function public.list_routing_rules(uuid) to authenticated, service_role;
comment on function public.list_routing_rules(uuid) is
'A team''s routing rules in the order they are tried (first match wins); empty for a non-member.';

-- Routing one reply: the first enabled rule of its team that matches (intent, sender domain, whole-word keywords in
-- the subject or new text, mailbox), else its mailbox's owner. Called with the sender's person lock and the tracked
-- email's lock held (private.apply_intent); writes message_routes, a notification and the timeline.
create or replace function private.route_message(p_message_id uuid, p_now timestamptz)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_m record;
    v_i public.message_intents;
    v_rule public.routing_rules;
    v_text text;
    v_domain text;
    v_assignee uuid;
    v_notify uuid;
    v_prev public.message_routes;
    v_reason text;
begin
    select m.id, m.team_id, m.mailbox_id, lower(nullif(btrim(m.from_address), '')) as address, m.subject,
        coalesce(m.analysis ->> 'new_text', m.body_text) as new_text, b.owner_id
    into v_m
    from public.messages as m inner join public.mailboxes as b on m.mailbox_id = b.id
    where m.id = p_message_id;
    select * into v_i from public.message_intents where message_id = p_message_id;
    if v_m.id is null or v_i.message_id is null then
        return null;
    end if;
    v_domain := split_part(v_m.address, '@', 2);
    v_text := private.fold_text(coalesce(v_m.subject, '') || E'\n' || coalesce(v_m.new_text, ''));
    select r.* into v_rule
    from public.routing_rules as r
    where r.team_id = v_m.team_id and r.enabled
        and (cardinality(r.intents) = 0 or v_i.label = any(r.intents))
        and (cardinality(r.mailbox_ids) = 0 or v_m.mailbox_id = any(r.mailbox_ids))
        and (
            cardinality(r.sender_domains) = 0
            or exists (
                select 1 from unnest(r.sender_domains) as d
                where v_domain = d or right(v_domain, length(d) + 1) = '.' || d
            )
        )
        and (
            cardinality(r.keywords) = 0
            or exists (select 1 from unnest(r.keywords) as k where v_text ~ private.keyword_pattern(k))
        )
    order by r.position
    limit 1;
    v_assignee := coalesce(v_rule.assign_to, v_m.owner_id);
    v_notify := coalesce(v_rule.notify_user_id, v_rule.assign_to);
    -- INTELLIGENCE.md: a routed reply never waits unseen. A member anonymised meanwhile (private.anonymise_member
    -- holds their membership for update while it hands their replies over) is waited for, then passed over: the
    -- reply goes to the mailbox's owner as that transaction left it (the successor).
    perform 1 from public.team_members as tm where tm.team_id = v_m.team_id and tm.user_id = v_assignee for key share;
    if not found then
        select b.owner_id into v_assignee from public.mailboxes as b where b.id = v_m.mailbox_id;
    end if;
    -- … and the rule that named them went with them (routing_rules' keys cascade from the membership): the reply
    -- is then routed as no rule had matched.
    if v_rule.id is not null then
        perform 1 from public.routing_rules as r where r.id = v_rule.id for key share;
        if not found then
            v_rule := null;
            v_notify := null;
            select b.owner_id into v_assignee from public.mailboxes as b where b.id = v_m.mailbox_id;
        end if;
    end if;
    if v_notify is not null then
        perform 1 from public.team_members as tm where tm.team_id = v_m.team_id and tm.user_id = v_notify
        for key share;
        if not found then
            v_notify := v_assignee;
        end if;
    end if;
    select * into v_prev from public.message_routes where message_id = p_message_id;
    insert into public.message_routes as r (
        message_id, team_id, mailbox_id, tracked_email_id, address, assigned_to, labels, rule_id, rule_name, intent,
        routed_at
    )
    values (
        v_m.id, v_m.team_id, v_m.mailbox_id, v_i.tracked_email_id, v_m.address, v_assignee,
        coalesce(v_rule.labels, '{}'), v_rule.id, v_rule.name, v_i.label, p_now
    )
    on conflict (message_id) do update
    set tracked_email_id = excluded.tracked_email_id, assigned_to = excluded.assigned_to, labels = excluded.labels,
        rule_id = excluded.rule_id, rule_name = excluded.rule_name, intent = excluded.intent,
        routed_at = excluded.routed_at;
    -- Routed elsewhere since: the notification nobody read yet is taken back.
    delete from public.notifications
    where message_id = p_message_id and kind = 'routed' and read_at is null
        and owner_id is distinct from v_notify;
    if v_notify is not null then
        insert into public.notifications (
            team_id, owner_id, kind, tracked_email_id, message_id, address, reason, created_at
        )
        values (
            v_m.team_id, v_notify, 'routed', v_i.tracked_email_id, v_m.id, v_m.address,
            format('%s: %s (rule "%s")', coalesce(v_m.address, 'a reply'), replace(v_i.label::text, '_', ' '),
                v_rule.name),
            p_now
        )
        on conflict (message_id, kind) do nothing;
    end if;
    if v_i.tracked_email_id is not null and (
        v_prev.message_id is null or v_prev.assigned_to is distinct from v_assignee
        or v_prev.rule_id is distinct from v_rule.id or v_prev.labels is distinct from coalesce(v_rule.labels, '{}')
    ) then
        v_reason := case when v_rule.id is null
            then format('%s: no routing rule matched, assigned to the mailbox''s owner (%s)',
                replace(v_i.label::text, '_', ' '), (select email from auth.users where id = v_assignee))
            else format('rule %s "%s" matched (%s): assigned to %s', v_rule.position, v_rule.name,
                replace(v_i.label::text, '_', ' '), (select email from auth.users where id = v_assignee))
                || case when cardinality(v_rule.labels) > 0
                    then format(', labels %s', array_to_string(v_rule.labels, ', ')) else '' end
                || case when v_notify is not null
                    then format(', %s notified', (select email from auth.users where id = v_notify)) else '' end
            end;
        perform private.log_event(
            v_m.team_id, 'routed', v_reason, p_now, v_m.mailbox_id, v_i.tracked_email_id, null, v_m.id,
            jsonb_build_object(
                'rule_id', v_rule.id, 'assigned_to', v_assignee, 'labels', coalesce(v_rule.labels, '{}'),
                'notified', v_notify
            )
        );
    end if;
    return jsonb_build_object(
        'rule_id', v_rule.id, 'assigned_to', v_assignee, 'labels', coalesce(v_rule.labels, '{}'), 'notified', v_notify
    );
end
$$;

revoke all on function private.route_message(uuid, timestamptz) from public;
comment on function private.route_message(uuid, timestamptz) is
'Routes a reply whose intent is recorded: the first enabled matching rule of its team (else the mailbox''s '
'owner) assigns, labels and notifies; writes message_routes, a routed notification and the timeline. Returns '
'{rule_id, assigned_to, labels, notified}.';

-- R15 resume -------------------------------------------------------------------------------------------------------

-- The first working hour of a day in a mailbox's settings (that day's start when it is a working day, else the
-- next working day's), never before p_now.
create or replace function private.first_working_hour_on(p_mailbox_id uuid, p_day date, p_now timestamptz)
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
    v_zone text;
begin
    select s.time_zone into v_zone from private.mailbox_settings(p_mailbox_id) as s;
    return private.mailbox_add_working_time(
        p_mailbox_id, greatest((p_day::timestamp at time zone v_zone), p_now), interval '0'
    );
end
$$;

revoke all on function private.first_working_hour_on(uuid, date, timestamptz) from public;
comment on function private.first_working_hour_on(uuid, date, timestamptz) is
'R15: the first working instant on or after the start of p_day (mailbox settings), not before p_now. Stable.';

-- Plans (p_resume true) or withdraws (false) the resume of a reminder's stopped sequence: what
-- public.resume_after_not_now does once it has checked who asks, and what a not now does at once when its team
-- has the setting resume_after_not_now on (private.apply_intent). p_why, when given, is the timeline's reason for
-- planning it (null: the caller asked). Lock order (065_lock_order.sql): the tracked email (step 6), then the
-- reminder.
create or replace function private.plan_not_now_resume(
    p_reminder_id uuid, p_resume boolean, p_why text, p_now timestamptz
)
returns timestamptz
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_r public.reminders;
    v_t public.tracked_emails;
    v_at timestamptz;
    v_zone text;
begin
    perform private.lock_tracked(array(
        select r.tracked_email_id from public.reminders as r where r.id = p_reminder_id
    ));
    select * into v_r from public.reminders where id = p_reminder_id for no key update;
    select * into v_t from public.tracked_emails where id = v_r.tracked_email_id;
    if v_r.resumed_at is not null then
        raise exception 'this reminder''s sequence was already resumed on %', v_r.resumed_at using errcode = '55000';
    end if;
    if p_resume and v_t.status <> 'replied' then
        raise exception 'the tracked email is %: there is no stopped sequence to resume', v_t.status
            using errcode = '55000';
    end if;
    v_at := case when p_resume then private.first_working_hour_on(v_t.mailbox_id, v_r.due_on, p_now) end;
    if v_r.resume_at is not distinct from v_at then
        return v_at;
    end if;
    update public.reminders set resume_at = v_at, resume_requested_by = (select auth.uid()) where id = v_r.id;
    select s.time_zone into v_zone from private.mailbox_settings(v_t.mailbox_id) as s;
    perform private.log_event(
        v_t.team_id, 'resume_planned',
        case when p_resume
            then format('R15: the sequence will resume on %s, as %s asked (not now until %s)',
                private.local_text(v_at, v_zone), coalesce(v_r.address, 'the recipient'), v_r.due_on)
                || coalesce(' (' || p_why || ')', '')
            else 'R15: the sequence will not resume after the not now' end,
        p_now, v_t.mailbox_id, v_t.id, null, v_r.message_id, jsonb_build_object('resume_at', v_at)
    );
    perform private.audit(
        v_t.team_id, 'reminder', v_r.id::text, case when p_resume then 'resume_planned' else 'resume_cancelled' end,
        jsonb_build_object('resume_at', v_r.resume_at),
        jsonb_build_object('resume_at', v_at) || coalesce(jsonb_build_object('why', p_why), '{}'::jsonb), p_now
    );
    return v_at;
end
$$;

revoke all on function private.plan_not_now_resume(uuid, boolean, text, timestamptz) from public;
comment on function private.plan_not_now_resume(uuid, boolean, text, timestamptz) is
'R15: plans (p_resume) or withdraws the resume of a reminder''s stopped sequence at the first working hour of its '
'date, on the timeline (p_why: why, when nobody asked) and in the audit log. Returns that instant, or null. '
'55000 when the tracked email is not stopped by a reply or was resumed already. The caller checks who asks.';

-- R15 on the dashboard: while a stopped sequence's resume is planned, the tracked email (replied) shows it as its
-- next follow-up due (tracked_emails.next_due_at, the view's next_followup_due_at and the pages' order by next due),
-- and nothing once the resume is withdrawn, done with (the reminder marked done), passed (resumed or skipped by the
-- tick) or its reminder gone. Every change of a reminder's plan passes through this trigger, so no path can leave
-- the date behind. The caller holds the tracked email's lock (step 6) before it changes its reminder
-- (private.plan_not_now_resume, private.r15_resume_due, public.mark_reminder_done, private.apply_intent).
create or replace function private.reminder_shows_its_resume()
returns trigger
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_tracked uuid := coalesce(new.tracked_email_id, old.tracked_email_id);
    v_at timestamptz;
begin
    select min(r.resume_at) into v_at from public.reminders as r
    where r.tracked_email_id = v_tracked and r.resume_at is not null and r.resumed_at is null and r.done_at is null;
    update public.tracked_emails set next_due_at = v_at
    where id = v_tracked and status = 'replied' and next_due_at is distinct from v_at;
    return null;
end
$$;

revoke all on function private.reminder_shows_its_resume() from public;
comment on function private.reminder_shows_its_resume() is
'R15: keeps a replied tracked email''s next_due_at at the earliest resume planned by its reminders (none: null). '
'Trigger on public.reminders.';

create or replace trigger reminder_plan_changed
after update of resume_at, resumed_at, done_at on public.reminders
for each row
when (
    old.resume_at is distinct from new.resume_at
    or old.resumed_at is distinct from new.resumed_at
    or old.done_at is distinct from new.done_at
)
execute function private.reminder_shows_its_resume();

create or replace trigger reminder_with_a_plan_deleted
after delete on public.reminders
for each row
when (old.resume_at is not null and old.resumed_at is null and old.done_at is null)
execute function private.reminder_shows_its_resume();

create or replace function public.resume_after_not_now(
    p_reminder_id uuid, p_resume boolean default true, p_now timestamptz default null
)
returns timestamptz
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if p_resume is null then
        raise exception 'p_resume: true (resume on the date) or false (do not)' using errcode = '22023';
    end if;
    if not exists (
        select 1 from public.reminders
        where id = p_reminder_id
            and (
                owner_id = (select auth.uid())
                or team_id = any(array(select private.my_admin_team_ids()))
                or (select auth.uid()) is null and coalesce(auth.role(), 'service_role') = 'service_role'
            )
    ) then
        raise exception 'no such reminder' using errcode = 'P0002';
    end if;
    return private.plan_not_now_resume(p_reminder_id, p_resume, null, p_now);
end
$$;

revoke all on function public.resume_after_not_now(uuid, boolean, timestamptz) from public, anon;
grant execute on function public.resume_after_not_now(uuid, boolean, timestamptz) to authenticated, service_role;
comment on function public.resume_after_not_now(uuid, boolean, timestamptz) is
'R15: the reminder''s owner or a team admin asks (p_resume true) that the stopped sequence resume at the first '
'working hour of the date the not now named, or no longer (false). Returns that instant, or null. P0002 when the '
'caller may not see the reminder, 55000 when the tracked email is not stopped by a reply or was resumed already.';

-- Why a resume does not come because someone wrote since the not now: said alike by the tick
-- (private.r15_resume_due) and by ingest, which drops it at once (private.r15_drop_resume). Where they wrote, not
-- what: the thread, another conversation, or another mailbox of the team (p_other_mailbox, its address).
create or replace function private.r15_wrote_again(p_writer text, p_elsewhere boolean, p_other_mailbox text)
returns text
language sql
immutable
set search_path = ''
as $$
    select format('not resumed: %s wrote again since', coalesce(p_writer, 'the recipient')) || case
        when not p_elsewhere then ''
        when p_other_mailbox is null then ', in another conversation'
        else format(', to %s (another mailbox of the team)', p_other_mailbox)
    end
$$;

revoke all on function private.r15_wrote_again(text, boolean, text) from public;
comment on function private.r15_wrote_again(text, boolean, text) is
'R15: the outcome of a resume someone overtook by writing since the not now, naming who and where. Immutable.';

-- The scheduler's tick (worker.run_followup_scheduler) resumes what is due, before it queues what is due: a
-- resumed follow-up is due at once and queued in the same tick. Lock order (065_lock_order.sql): the tracked
-- emails (step 6) with skip locked, so the tick never waits (one that an ingest or a claim holds is resumed at the
-- next tick); their reminders and follow-ups after them.
create or replace function private.r15_resume_due(p_now timestamptz)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_row record;
    v_s record;
    v_count integer := 0;
    v_outcome text;
    v_followup uuid;
    v_total integer;
    v_due timestamptz;
    v_wrote boolean;
    v_elsewhere boolean;
    v_writer text;
    v_where text;
begin
    for v_row in
        select r.id as reminder_id, r.resume_at, r.due_on, r.message_id, r.address, t.*
        from public.tracked_emails as t
        inner join public.reminders as r on r.tracked_email_id = t.id
        where t.id in (
                select x.tracked_email_id from public.reminders as x
                where x.resume_at <= p_now and x.resumed_at is null and x.done_at is null
            )
            and r.resume_at <= p_now and r.resumed_at is null and r.done_at is null
        order by t.id
        for no key update of t skip locked
    loop
        v_outcome := null;
        select * into v_s from private.mailbox_settings(v_row.mailbox_id);
        v_total := v_row.automatic_sent + v_row.manual_detected;
        -- Who wrote since the not now, the latest: anyone's human message in the conversation (it goes on without
        -- the engine; a colleague in copy who answers for the person has answered too), or, with the team's setting
        -- (R5, on by default), a recipient's from outside the team in another conversation of any mailbox of the
        -- team (the conversation goes on elsewhere). The thread first; the timeline names who wrote, not the person
        -- who asked, and the other mailbox they wrote to, not what.
        select m.from_address, m.conversation_id = v_row.conversation_id,
            (select b.address from public.mailboxes as b where b.id = m.mailbox_id and b.id <> v_row.mailbox_id)
        into v_writer, v_wrote, v_where
        from public.messages as m, public.messages as nn
        where nn.id = v_row.message_id and m.id <> nn.id
            and m.direction = 'inbound' and m.kind = 'human'
            and coalesce(m.received_at, m.sent_at) > coalesce(nn.received_at, nn.sent_at)
            and (
                m.conversation_id = v_row.conversation_id
                or (v_s.reply_from_any_conversation and m.team_id = v_row.team_id
                    and m.from_address = any(private.outside_the_team(v_row.team_id, v_row.recipients))
                    and private.waited_for(v_row.id, m.from_address))
            )
        order by m.conversation_id = v_row.conversation_id desc, coalesce(m.received_at, m.sent_at) desc, m.id
        limit 1;
        v_elsewhere := found and not v_wrote;
        v_wrote := found and v_wrote;
        if v_row.status <> 'replied' then
            v_outcome := format('not resumed: the tracked email is %s', v_row.status);
        elsif v_wrote or v_elsewhere then
            v_outcome := private.r15_wrote_again(v_writer, v_elsewhere, v_where);
        elsif cardinality(private.suppressed_among(v_row.team_id, v_row.recipients)) >= cardinality(v_row.recipients)
        then
            v_outcome := 'not resumed: every recipient is on the suppression list';
        elsif v_total >= v_s.max_followups then
            v_outcome := format('not resumed: %s follow-ups sent already (maximum %s)', v_total, v_s.max_followups);
        end if;
        if v_outcome is null then
            -- R6: a recipient away holds it from the start (held_due returns the date as it is without a hold).
            v_due := private.held_due(v_row.mailbox_id, v_row.recipients, p_now, v_row.resume_at);
            -- The one follow-up of the resume (after_not_now): once it is sent, the sequence ends (plan_followup).
            insert into public.followups (
                team_id, mailbox_id, tracked_email_id, seq, base_at, due_at, created_at, after_not_now
            )
            values (v_row.team_id, v_row.mailbox_id, v_row.id, v_total + 1, p_now, v_due, p_now, true)
            returning id into v_followup;
            update public.tracked_emails
            set status = 'active', status_changed_at = p_now, next_due_at = v_due,
                status_reason = format('R15: resumed as %s asked (not now until %s)',
                    coalesce(v_row.address, 'the recipient'), v_row.due_on)
            where id = v_row.id;
            v_outcome := format('resumed: follow-up %s of %s due %s', v_total + 1, v_s.max_followups,
                private.local_text(v_due, v_s.time_zone));
            perform private.log_event(
                v_row.team_id, 'resumed',
                format('R15: %s asked to be contacted again on %s: the sequence resumes, in the same thread',
                    coalesce(v_row.address, 'the recipient'), v_row.due_on),
                p_now, v_row.mailbox_id, v_row.id, null, v_row.message_id
            );
            perform private.log_event(
                v_row.team_id, 'scheduled',
                format('follow-up %s of %s due %s (R15: the date the not now named%s)', v_total + 1,
                    v_s.max_followups, private.local_text(v_due, v_s.time_zone),
                    case when v_due > v_row.resume_at then ', held: the recipient is out of office' else '' end),
                p_now, v_row.mailbox_id, v_row.id, v_followup, null,
                jsonb_build_object('due_at', v_due, 'base_at', p_now, 'seq', v_total + 1)
            );
            v_count := v_count + 1;
        else
            perform private.log_event(
                v_row.team_id, 'resume_skipped', 'R15: ' || v_outcome, p_now, v_row.mailbox_id, v_row.id, null,
                v_row.message_id
            );
        end if;
        update public.reminders set resumed_at = p_now, resume_outcome = left(v_outcome, 300)
        where id = v_row.reminder_id;
    end loop;
    return v_count;
end
$$;

revoke all on function private.r15_resume_due(timestamptz) from public;
comment on function private.r15_resume_due(timestamptz) is
'R15: at the scheduler''s tick, makes each tracked email whose resume is due active again with one follow-up due '
'at the first working hour of the not now''s date (the only one: once sent, the sequence ends), unless it is no '
'longer stopped by that reply, the person wrote again (in the conversation, or in another one when the team '
'counts those as answers), every recipient is suppressed or the maximum is reached (the timeline says which). '
'Returns how many.';
