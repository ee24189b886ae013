-- Erasure (GDPR Art. 17, issue 14 item 3, PRIVACY.md): a person erased from a team, everywhere, by address.
-- A team's admin calls public.erase_person, an operator worker.erase_person; both run private.erase_person.
--
-- What holds a person, found in the catalog (`\d+` of public, private, worker, pgmq), and what erasure does:
--   public.messages             from_address, to/cc_addresses -> a token; their messages' subject, from_name,
--                               headers, body_text, analysis (the raw provider reading) blanked; any other
--                               message of the team naming them (address, name, phone) scrubbed
--   public.conversations        subject, normalized_subject of their conversations blanked; others scrubbed
--   public.tracked_emails       recipients -> the token, subject blanked; running ones stopped (untracked),
--                               so counts by status still add up; status_reason scrubbed
--   public.followups            pending ones cancelled (with their tracked email); reason, last_error scrubbed
--   public.manual_followups, tracked_email_status_counts: ids and counts only (kept: statistics)
--   public.events               reason and details scrubbed (the timeline stays, without them)
--   public.suppressions, holds  their rows deleted (the suppression becomes the salted hash below)
--   public.worker_logs          message scrubbed
--   public.contacts             deleted, with contact_facts (cascade); other contacts' facts naming them deleted
--   public.organisations        deleted when no other contact refers to it; else its facts read from their
--                               messages or naming them deleted, its fields scrubbed
--   public.message_insights     address cleared, reason scrubbed
--   public.message_intents      address, evidence cleared; a referral to them cleared
--   public.notifications, reminders  address cleared, reason scrubbed
--   public.dead_letters         reason scrubbed (never content, by construction)
--   public.webhook_deliveries   payload, last_error scrubbed; webhook_endpoints.description scrubbed
--   public.routing_rules        name scrubbed, keywords naming them dropped (a rule left without a condition is
--                               disabled); public.audit_log's before/after copies scrubbed
--   public.message_routes, ai_feedback  the address -> the token; a fact about them read or typed blanked
--   public.teams.paused_reason, mailboxes.status_reason, health_snapshot_teams.checks: scrubbed
--   private.ai_cache            entries about them (subject_address) or naming them deleted (LLM, web caches)
--   pgmq queues and archives    (provider intake events, intelligence, webhooks, cleanup): the team's messages
--                               naming them scrubbed
--   private.erased_people       gets sha256(salt || address): ingest, tracking and claims refuse them
-- Not personal data of a contact: team_members, team_settings, team_holidays, intelligence_settings,
-- private.conversation_refs and message_aliases (Message-IDs), provider_subscriptions, provider_rejections
-- (digests only), provider_push_receipts, mailbox_credentials, mailbox_sync_state, oauth_states (a member's),
-- ai_calls (costs), webhook_secrets and settings, worker_heartbeats, health_snapshots (no team).
-- tests/test_erasure.py plants a person in all of them and searches every column of every table afterwards,
-- driven from information_schema, so a table added later without a line here fails it.

create or replace function private.erasure_salt()
returns bytea
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_salt bytea;
begin
    select s.salt into v_salt from private.erasure_salt as s;
    if v_salt is null then
        -- 2 random UUIDs (gen_random_uuid draws from the strong random source): 244 random bits.
        insert into private.erasure_salt (salt)
        values (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))
        on conflict (singleton) do nothing;
        select s.salt into v_salt from private.erasure_salt as s;
    end if;
    return v_salt;
end
$$;

revoke all on function private.erasure_salt() from public;
comment on function private.erasure_salt() is
'The deployment''s secret salt for erased addresses, made on first use. Returns it.';

create or replace function private.address_hash(p_address text)
returns bytea
language plpgsql
volatile
set search_path = ''
as $$
begin
    return pg_catalog.sha256(private.erasure_salt() || convert_to(lower(btrim(p_address)), 'UTF8'));
end
$$;

revoke all on function private.address_hash(text) from public;
comment on function private.address_hash(text) is
'sha256(salt || lower(address)): how an erased person is recognised. Returns 32 bytes.';

create or replace function private.is_erased(p_team_id uuid, p_address text)
returns boolean
language plpgsql
volatile
set search_path = ''
as $$
begin
    return p_address like '%@erased.invalid' or exists (
        select 1 from private.erased_people as e
        where e.team_id = p_team_id and e.address_sha256 = private.address_hash(p_address)
    );
end
$$;

revoke all on function private.is_erased(uuid, text) from public;
comment on function private.is_erased(uuid, text) is
'Whether this address (or an erasure token) was erased from the team. Returns a boolean.';

create or replace function private.phone_pattern(p_phone text)
returns setof text
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_digits text := regexp_replace(coalesce(p_phone, ''), '\D', '', 'g');
    v_variant text;
begin
    if length(v_digits) < 6 then
        return;
    end if;
    -- The number as written, and its national forms when it has a country code (+33 6 … is also 06 …),
    -- each with any spaces, dots, dashes, slashes or brackets between its digits.
    for v_variant in
        select v_digits
        union
        select '0' || substr(v_digits, g.n + 1)
        from generate_series(1, 3) as g (n)
        where btrim(p_phone) ~ '^(\+|00)' and length(v_digits) - g.n >= 8
    loop
        return next '\+?' || regexp_replace(v_variant, '(\d)(?=\d)', '\1[\s.()/-]*', 'g');
    end loop;
end
$$;

revoke all on function private.phone_pattern(text) from public;
comment on function private.phone_pattern(text) is
'Regular expressions that find a phone number however it is spaced, national or international. Immutable.';

create or replace function private.erasure_pattern(p_terms text[], p_phones text[])
returns text
language sql
immutable
set search_path = ''
as $$
    select string_agg(p, '|' order by p)
    from (
        -- A name's words apart by any space, dot, dash or underscore: "Bernard Giraud" is in
        -- linkedin.com/in/bernard-giraud and bernard.giraud@… too (an address is matched as it is).
        select case when strpos(t, '@') > 0 then e else regexp_replace(e, '(\\\.|[\s_-])+', '[\\s._-]+', 'g') end as p
        from (
            select btrim(t) as t, regexp_replace(btrim(t), '([.^$*+?()\[\]{}|\\])', '\\\1', 'g') as e
            from unnest(p_terms) as t where length(btrim(t)) >= 3
        ) as n
        union
        select private.phone_pattern(ph) from unnest(p_phones) as ph
    ) as x
    where p is not null
$$;

revoke all on function private.erasure_pattern(text[], text[]) from public;
comment on function private.erasure_pattern(text[], text[]) is
'One case-insensitive regular expression matching any of these words (address, names) or phone numbers; null '
'when none. Immutable.';

create or replace function private.scrub(p_text text, p_re text)
returns text
language sql
immutable
set search_path = ''
as $$
    select case when p_re is null or p_text is null then p_text
        else regexp_replace(p_text, p_re, '[erased]', 'gi') end
$$;

revoke all on function private.scrub(text, text) from public;
comment on function private.scrub(text, text) is
'The text with every match of p_re replaced by [erased]. Immutable.';

create or replace function private.scrub_jsonb(p_value jsonb, p_re text)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
begin
    if p_re is null or p_value is null or p_value::text !~* p_re then
        return p_value;
    end if;
    return regexp_replace(p_value::text, p_re, '[erased]', 'gi')::jsonb;
exception when invalid_text_representation then
    -- A match that broke the document's syntax: nothing of it is kept rather than the person.
    return case jsonb_typeof(p_value) when 'array' then '[]'::jsonb else '{}'::jsonb end;
end
$$;

revoke all on function private.scrub_jsonb(jsonb, text) from public;
comment on function private.scrub_jsonb(jsonb, text) is
'The document with every match of p_re in it replaced by [erased] (emptied if that broke it). Immutable.';

create or replace function private.erasure_regex(p_team_id uuid, p_address text)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
    v_names text[];
    v_phones text[];
begin
    -- What names them besides their address: the names and phone numbers the team learnt of them.
    v_names := array(
        select distinct n from (
            select c.name as n from public.contacts as c where c.team_id = p_team_id and c.address = p_address
            union all
            select f.value from public.contact_facts as f
            where f.team_id = p_team_id and f.address = p_address and f.field = 'name'
            union all
            select m.from_name from public.messages as m where m.team_id = p_team_id and m.from_address = p_address
            union all
            -- The name the user's own mail gave them in To (relance.analysis.names).
            select m.analysis #>> array['recipients', p_address, 'name'] from public.messages as m
            where m.team_id = p_team_id and m.to_addresses @> array[p_address]
            union all
            select i.referral_name from public.message_intents as i
            where i.team_id = p_team_id and i.referral_address = p_address
        ) as x where n is not null
    );
    v_phones := array(
        select distinct ph from (
            select unnest(array[c.phone_mobile, c.phone_landline, c.phone_fax]) as ph
            from public.contacts as c where c.team_id = p_team_id and c.address = p_address
            union all
            select f.value from public.contact_facts as f
            where f.team_id = p_team_id and f.address = p_address
                and f.field in ('phone_mobile', 'phone_landline', 'phone_fax')
        ) as x where ph is not null
    );
    return private.erasure_pattern(array[p_address] || v_names, v_phones);
end
$$;

revoke all on function private.erasure_regex(uuid, text) from public;
comment on function private.erasure_regex(uuid, text) is
'The regular expression that finds a person of a team in free text: their address, the names and phone '
'numbers the team learnt of them. Stable.';

create or replace function private.erase_person(
    p_team_id uuid, p_address text, p_actor uuid, p_via text, p_now timestamptz
)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_addr text := lower(btrim(coalesce(p_address, '')));
    v_hash bytea;
    v_token text;
    v_re text;
    v_msgs uuid[];
    v_convs uuid[];
    v_tracked uuid[];
    v_id uuid;
    v_org uuid;
    v_queue text;
    v_n integer;
    v_counts jsonb := '{}'::jsonb;
    v_contact uuid;
begin
    if v_addr !~ '^[^@\s]+@[^@\s]+$' then
        raise exception 'p_address: an email address is required (got %)', coalesce(p_address, 'null')
            using errcode = '22023';
    end if;
    if not exists (select 1 from public.teams where id = p_team_id) then
        raise exception 'no team %', p_team_id using errcode = '22023';
    end if;
    -- The team's outbound-contacts run (private.contacts_from_outbound) reads a batch's recipients under one
    -- snapshot and makes them contacts: one that began before this erasure committed would make the person a
    -- contact again after it. The erasure waits for a run under way, first, holding nothing yet; a run that starts
    -- meanwhile only tries this lock and leaves its batch to the next run (065_lock_order.sql, class 4).
    perform pg_catalog.pg_advisory_xact_lock(4, pg_catalog.hashtext(p_team_id::text));
    v_hash := private.address_hash(v_addr);
    v_token := 'erased-' || left(encode(v_hash, 'hex'), 16) || '@erased.invalid';
    -- Logged before it runs (PRIVACY.md): under the token, since the log must not keep the address either.
    perform private.log_data_access(p_team_id, 'contact', v_token, 'delete', null, p_now);

    -- Lock order (065_lock_order.sql): the team and its mailboxes (steps 1-2, only where a reason names them),
    -- the person (4), their conversations (5, ascending), their tracked emails (6, ascending, with their
    -- follow-ups: 7). An ingest of their mail waits for the person first.
    v_re := private.erasure_regex(p_team_id, v_addr);
    update public.teams as t set paused_reason = private.scrub(t.paused_reason, v_re)
    where t.id = p_team_id and t.paused_reason ~* v_re;
    update public.mailboxes as b set status_reason = private.scrub(b.status_reason, v_re)
    where b.id in (
        select x.id from public.mailboxes as x where x.team_id = p_team_id and x.status_reason ~* v_re order by x.id
        for no key update
    );
    perform private.lock_people(p_team_id, array[v_addr]);
    -- Again under the person's lock: a signature recorded meanwhile may have taught a name.
    v_re := private.erasure_regex(p_team_id, v_addr);

    v_msgs := array(
        select m.id from public.messages as m
        where m.team_id = p_team_id
            and (m.from_address = v_addr or m.to_addresses @> array[v_addr] or m.cc_addresses @> array[v_addr])
    );
    v_convs := array(select distinct m.conversation_id from public.messages as m where m.id = any(v_msgs));
    perform 1 from public.conversations where id = any(v_convs) order by id for no key update;
    v_tracked := array(
        select t.id from public.tracked_emails as t where t.team_id = p_team_id and t.recipients @> array[v_addr]
    );
    perform private.lock_tracked(v_tracked);
    v_n := 0;
    foreach v_id in array v_tracked loop
        if private.stop_tracked(v_id, 'untracked',
            'a recipient was erased at the team''s request (GDPR Art. 17): nothing more is sent', p_now) then
            v_n := v_n + 1;
        end if;
    end loop;
    v_counts := v_counts || jsonb_build_object('tracked_emails_stopped', v_n);

    -- Messages: their own blanked, addresses replaced by the token; any other naming them scrubbed.
    update public.messages as m
    set from_address = case when m.from_address = v_addr then v_token else m.from_address end,
        from_name = case when m.from_address = v_addr then null else private.scrub(m.from_name, v_re) end,
        to_addresses = array_replace(m.to_addresses, v_addr, v_token),
        cc_addresses = array_replace(m.cc_addresses, v_addr, v_token),
        subject = null, headers = '{}', body_text = null, analysis = '{}'
    where m.id = any(v_msgs);
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('messages', v_n);
    update public.messages as m
    set subject = private.scrub(m.subject, v_re), from_name = private.scrub(m.from_name, v_re),
        body_text = private.scrub(m.body_text, v_re), headers = private.scrub_jsonb(m.headers, v_re),
        analysis = private.scrub_jsonb(m.analysis, v_re)
    where m.team_id = p_team_id and v_re is not null and (
        m.subject ~* v_re or m.from_name ~* v_re or m.body_text ~* v_re or m.headers::text ~* v_re
        or m.analysis::text ~* v_re
    );

    update public.conversations as c set subject = null, normalized_subject = null where c.id = any(v_convs);
    update public.conversations as c
    set subject = private.scrub(c.subject, v_re), normalized_subject = private.scrub(c.normalized_subject, v_re)
    where c.team_id = p_team_id and v_re is not null and (c.subject ~* v_re or c.normalized_subject ~* v_re);

    update public.tracked_emails as t
    set recipients = array_replace(t.recipients, v_addr, v_token), subject = null
    where t.id = any(v_tracked);
    update public.tracked_emails as t
    set subject = private.scrub(t.subject, v_re), status_reason = private.scrub(t.status_reason, v_re)
    where t.team_id = p_team_id and v_re is not null and (t.subject ~* v_re or t.status_reason ~* v_re);
    update public.followups as f
    set reason = private.scrub(f.reason, v_re), last_error = private.scrub(f.last_error, v_re)
    where f.team_id = p_team_id and v_re is not null and (f.reason ~* v_re or f.last_error ~* v_re);

    update public.events as e
    set reason = private.scrub(e.reason, v_re), details = private.scrub_jsonb(e.details, v_re)
    where e.team_id = p_team_id and v_re is not null and (e.reason ~* v_re or e.details::text ~* v_re);
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('events', v_n);

    delete from public.suppressions where team_id = p_team_id and address = v_addr;
    update public.suppressions as s set detail = private.scrub(s.detail, v_re)
    where s.team_id = p_team_id and v_re is not null and s.detail ~* v_re;
    delete from public.holds where team_id = p_team_id and address = v_addr;
    update public.worker_logs as l set message = private.scrub(l.message, v_re)
    where l.team_id = p_team_id and v_re is not null and l.message ~* v_re;

    -- Contacts and facts; the organisation when nothing else refers to it.
    select c.organisation_id, c.id into v_org, v_contact
    from public.contacts as c where c.team_id = p_team_id and c.address = v_addr;
    delete from public.contacts where team_id = p_team_id and address = v_addr;
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('contacts', v_n);
    delete from public.contact_facts as f where f.team_id = p_team_id and v_re is not null and f.value ~* v_re;
    update public.contacts as c
    set name = private.scrub(c.name, v_re), title = private.scrub(c.title, v_re),
        company = private.scrub(c.company, v_re), phone_mobile = private.scrub(c.phone_mobile, v_re),
        phone_landline = private.scrub(c.phone_landline, v_re), phone_fax = private.scrub(c.phone_fax, v_re),
        postal_address = private.scrub(c.postal_address, v_re), objection_detail = private.scrub(c.objection_detail, v_re)
    where c.team_id = p_team_id and v_re is not null and (
        c.name ~* v_re or c.title ~* v_re or c.company ~* v_re or c.phone_mobile ~* v_re or c.phone_landline ~* v_re
        or c.phone_fax ~* v_re or c.postal_address ~* v_re or c.objection_detail ~* v_re
    );
    if v_org is not null and not exists (select 1 from public.contacts where organisation_id = v_org) then
        delete from public.organisations where id = v_org;
    end if;
    delete from public.organisation_facts as f
    where f.team_id = p_team_id and (f.source_message_id = any(v_msgs) or (v_re is not null and f.value ~* v_re));
    update public.organisations as o
    set name = private.scrub(o.name, v_re), phone = private.scrub(o.phone, v_re),
        postal_address = private.scrub(o.postal_address, v_re), website = private.scrub(o.website, v_re),
        linkedin = private.scrub(o.linkedin, v_re)
    where o.team_id = p_team_id and v_re is not null and (
        o.name ~* v_re or o.phone ~* v_re or o.postal_address ~* v_re or o.website ~* v_re or o.linkedin ~* v_re
    );

    -- The intelligence pipeline: insights, intents, what members were told or reminded of.
    update public.message_insights as i
    set address = case when i.address = v_addr or i.message_id = any(v_msgs) then null else i.address end,
        reason = private.scrub(i.reason, v_re)
    where i.team_id = p_team_id and (i.address = v_addr or i.message_id = any(v_msgs) or i.reason ~* v_re);
    update public.message_intents as i
    set address = case when i.address = v_addr or i.message_id = any(v_msgs) then null else i.address end,
        evidence = case when i.message_id = any(v_msgs) then null else private.scrub(i.evidence, v_re) end,
        referral_name = case when i.message_id = any(v_msgs) or i.referral_address = v_addr or i.referral_name ~* v_re
            then null else i.referral_name end,
        referral_address = case when i.message_id = any(v_msgs) or i.referral_address = v_addr
            or i.referral_name ~* v_re then null else i.referral_address end
    where i.team_id = p_team_id and (
        i.address = v_addr or i.message_id = any(v_msgs) or i.referral_address = v_addr or i.referral_name ~* v_re
        or i.evidence ~* v_re
    );
    update public.notifications as n
    set address = case when n.address = v_addr or n.message_id = any(v_msgs) then null else n.address end,
        reason = private.scrub(n.reason, v_re)
    where n.team_id = p_team_id and (n.address = v_addr or n.message_id = any(v_msgs) or n.reason ~* v_re);
    update public.reminders as r
    set address = case when r.address = v_addr or r.message_id = any(v_msgs) then null else r.address end,
        reason = private.scrub(r.reason, v_re)
    where r.team_id = p_team_id and (r.address = v_addr or r.message_id = any(v_msgs) or r.reason ~* v_re);
    update public.dead_letters as d set reason = coalesce(nullif(private.scrub(d.reason, v_re), ''), '[erased]')
    where d.team_id = p_team_id and v_re is not null and d.reason ~* v_re;

    -- Outgoing webhooks and the team's other free text (the team's and mailboxes' reasons: above, steps 1-2).
    update public.webhook_deliveries as d
    set payload = private.scrub_jsonb(d.payload, v_re), last_error = private.scrub(d.last_error, v_re)
    where d.team_id = p_team_id and v_re is not null and (d.payload::text ~* v_re or d.last_error ~* v_re);
    update public.webhook_endpoints as w set description = private.scrub(w.description, v_re)
    where w.team_id = p_team_id and v_re is not null and w.description ~* v_re;
    update public.health_snapshot_teams as h set checks = private.scrub_jsonb(h.checks, v_re)
    where h.team_id = p_team_id and v_re is not null and h.checks::text ~* v_re;

    -- Caches (signature and intent readings by a model, web results).
    delete from private.ai_cache as a
    where a.team_id = p_team_id and (a.subject_address = v_addr or (v_re is not null and a.result::text ~* v_re));
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('ai_cache', v_n);

    -- What members chose about them (learning, 174_learning.sql): by address, or naming them in a value.
    delete from public.ai_user_preferences as p
    where p.team_id = p_team_id
      and (p.address = v_addr or (v_re is not null and (p.suggested_value ~* v_re or p.final_value ~* v_re)));
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('ai_user_preferences', v_n);
    -- Where their replies were routed, and what members approved or corrected about them (routing, feedback:
    -- 173_routing.sql, 174_ai_feedback.sql): the rows stay, so the team's accuracy and routing figures add up,
    -- under the token, with any value naming them scrubbed.
    update public.message_routes as r set address = v_token where r.team_id = p_team_id and r.address = v_addr;
    -- A fact about them (their name, phone, profile link) read or typed is theirs whatever it says: blanked, where
    -- the scrub finds only what names them.
    update public.ai_feedback as f
    set address = case when f.address = v_addr then v_token else f.address end,
        original_value = case when f.address = v_addr and f.subject = 'fact' and f.original_value is not null
            then '[erased]' else private.scrub(f.original_value, v_re) end,
        corrected_value = case when f.address = v_addr and f.subject = 'fact' and f.corrected_value is not null
            then '[erased]' else private.scrub(f.corrected_value, v_re) end
    where f.team_id = p_team_id
      and (f.address = v_addr or (v_re is not null and (f.original_value ~* v_re or f.corrected_value ~* v_re)));
    -- Routing rules the team named after them (INTELLIGENCE.md routing; "Dossier Bernard Giraud"): the name
    -- scrubbed, keywords naming them dropped; a rule left with no condition is kept, disabled, under a keyword that
    -- matches nothing. The audit trail's copies of rules and settings are scrubbed too (below).
    update public.routing_rules as r
    set name = private.scrub(r.name, v_re),
        keywords = coalesce(nullif(
            array(select k from unnest(r.keywords) as k where k !~* v_re),
            '{}'::text []
        ), case when cardinality(r.intents) + cardinality(r.sender_domains) + cardinality(r.mailbox_ids) = 0
            then array['[erased]'] else '{}'::text [] end),
        enabled = r.enabled and cardinality(array(select k from unnest(r.keywords) as k where k !~* v_re))
            + cardinality(r.intents) + cardinality(r.sender_domains) + cardinality(r.mailbox_ids) > 0,
        updated_at = p_now
    where r.team_id = p_team_id and v_re is not null and (r.name ~* v_re or array_to_string(r.keywords, ' ') ~* v_re);
    get diagnostics v_n = row_count;
    v_counts := v_counts || jsonb_build_object('routing_rules', v_n);
    perform private.allow_audit_scrub();
    update public.audit_log as a
    set before = private.scrub_jsonb(a.before, v_re), after = private.scrub_jsonb(a.after, v_re)
    where a.team_id = p_team_id and v_re is not null and (a.before::text ~* v_re or a.after::text ~* v_re);
    -- The access log keeps who read or exported them and when (the accountability PRIVACY.md asks for), under the
    -- token instead of the address: the only rewrite the log allows, inside this transaction.
    perform private.allow_access_log_purge();
    update public.data_access_logs as l set address = v_token where l.team_id = p_team_id and l.address = v_addr;

    -- Queues and their archives (provider intake events, intelligence, webhooks, mailbox cleanup).
    if v_re is not null then
        for v_queue in select m.queue_name from pgmq.meta as m order by 1 loop
            execute format(
                'update pgmq.%I set message = private.scrub_jsonb(message, $1) '
                'where message ->> ''team_id'' = $2 and message::text ~* $1', 'q_' || v_queue
            ) using v_re, p_team_id::text;
            execute format(
                'update pgmq.%I set message = private.scrub_jsonb(message, $1) '
                'where message ->> ''team_id'' = $2 and message::text ~* $1', 'a_' || v_queue
            ) using v_re, p_team_id::text;
        end loop;
    end if;

    insert into private.erased_people (team_id, address_sha256, erased_at)
    values (p_team_id, v_hash, p_now)
    on conflict (team_id, address_sha256) do update set erased_at = excluded.erased_at;
    perform private.log_event(p_team_id, 'person_erased',
        'a person was erased at the team''s request (GDPR Art. 17); counts and statistics are kept', p_now,
        null, null, null, null,
        jsonb_build_object('actor', p_actor, 'via', p_via, 'token', v_token, 'counts', v_counts));
    -- The audit trail (PRIVACY.md "Audit of critical operations"): under the token, as the access log, never the
    -- address; before, what the team held of them (their contact's id, their messages and tracked emails), after,
    -- what the erasure did.
    perform private.audit(
        p_team_id, 'person', v_token, 'erased',
        jsonb_build_object(
            'contact_id', v_contact, 'messages', cardinality(v_msgs), 'tracked_emails', cardinality(v_tracked)
        ),
        jsonb_build_object('via', p_via, 'counts', v_counts, 'suppressed_by_hash', true),
        p_now
    );
    return v_counts || jsonb_build_object('token', v_token);
end
$$;

revoke all on function private.erase_person(uuid, text, uuid, text, timestamptz) from public;
comment on function private.erase_person(uuid, text, uuid, text, timestamptz) is
'Art. 17: erases a person (by address) from every table of a team, keeping anonymous counts, and puts the '
'salted hash of the address on private.erased_people; audited under the token. Returns counts and the token '
'that replaced the address.';

create or replace function public.erase_person(p_team_id uuid, p_address text, p_now timestamptz default null)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if p_team_id is null or p_team_id not in (select private.my_admin_team_ids()) then
        raise exception 'only an owner or admin of team % may erase a person', p_team_id using errcode = '42501';
    end if;
    return private.erase_person(p_team_id, p_address, (select auth.uid()), 'app', p_now);
end
$$;

revoke all on function public.erase_person(uuid, text, timestamptz) from public, anon;
grant execute on function public.erase_person(uuid, text, timestamptz) to authenticated, service_role;
comment on function public.erase_person(uuid, text, timestamptz) is
'GDPR Art. 17, for a team''s owners and admins: erases the person with this address from every table of the '
'team (messages, conversations, tracked emails, contacts, facts, intents, caches, timeline, logs, queues), keeps '
'anonymous counts, and never writes to or tracks them again. Logged before it runs. 42501 for anyone else, '
'22023 for a malformed address. Returns counts.';

create or replace function worker.erase_person_as_operator(
    p_team_id uuid, p_address text, p_operator text default null, p_now timestamptz default now()
)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
    select private.erase_person(p_team_id, p_address, null, 'operator' || coalesce(': ' || left(p_operator, 200), ''),
        p_now)
$$;

revoke all on function worker.erase_person_as_operator(uuid, text, text, timestamptz) from public, anon, authenticated;
grant execute on function worker.erase_person_as_operator(uuid, text, text, timestamptz) to service_role;
comment on function worker.erase_person_as_operator(uuid, text, text, timestamptz) is
'What public.erase_person does, for an operator (named in the timeline). Returns counts.';
