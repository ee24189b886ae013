-- Contacts, organisations and their facts (sql/tables/080_contacts.sql; ../shared/INTELLIGENCE.md).
-- Ingest notes every human message (a trigger); the autofill job (hourly, or run-now) turns outbound mail's
-- recipients into contacts and queues inbound messages for the intelligence worker, which reads each
-- signature and hands its fields to worker.record_signature. A fact at or above the team's threshold is
-- applied, below it a suggestion; a value a user set by hand is never replaced by a newer fact, which waits
-- as a suggestion instead. Members decide through decide_fact, decide_facts and set_contact_field.
--
-- Lock order (065_lock_order.sql), continued for this family, after the engine's steps:
--   8. organisations   first the company's name a signature gives (advisory, class 5: one per call), then the
--                      rows: one by upsert (its domain or name), or in decide_facts and record_signature (the
--                      domain's and a same-named one it absorbs, private.merge_organisation) several, ascending id
--   9. contacts        row, ascending address (by upsert, or for no key update)
--  10. facts           row, only while holding their contact's or organisation's lock
-- worker.record_signature takes the sender's person lock (step 4) first.

create or replace function private.intelligence_settings(p_team_id uuid)
returns public.intelligence_settings
language plpgsql
stable
set search_path = ''
as $$
declare
    v_row public.intelligence_settings;
begin
    select * into v_row from public.intelligence_settings where team_id = p_team_id;
    if not found then
        v_row := row(
            p_team_id, true, 0.92, 50, 'FR', true, 0.60, false, now()
        )::public.intelligence_settings;
    end if;
    return v_row;
end
$$;

revoke all on function private.intelligence_settings(uuid) from public;
comment on function private.intelligence_settings(uuid) is
'A team''s intelligence settings: its row, or the defaults (threshold 0.92, 50 messages a run, region FR).';

create or replace function private.organisation_domain(p_team_id uuid, p_address text)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
    v_domain text := lower(split_part(p_address, '@', 2));
begin
    -- The domain an address makes an organisation by: none for free mail or the team's own domains.
    if v_domain = '' or v_domain !~ '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.[a-z]{2,}$' then
        return null;
    end if;
    if exists (select 1 from private.free_mail_domains where domain = v_domain)
        or exists (select 1 from public.teams where id = p_team_id and v_domain = any(domains)) then
        return null;
    end if;
    return v_domain;
end
$$;

revoke all on function private.organisation_domain(uuid, text) from public;
comment on function private.organisation_domain(uuid, text) is
'The domain of an address when it names an organisation: null for free-mail domains and the team''s own.';

create or replace function private.note_message_insight()
returns trigger
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    -- Every message a person wrote waits for the next autofill run; the engine's own and automatic mail
    -- (out-of-office, bounces, lists) teach nothing about a contact. An erased person (Art. 17,
    -- 190_erasure.sql) is never read again.
    if new.direction = 'inbound' and exists (select 1 from private.erased_people as e where e.team_id = new.team_id)
        and private.is_erased(new.team_id, lower(btrim(new.from_address)))
    then
        return null;
    end if;
    insert into public.message_insights (message_id, team_id, mailbox_id, address, direction, created_at, message_at)
    values (
        new.id, new.team_id, new.mailbox_id,
        case when new.direction = 'inbound' then lower(nullif(btrim(new.from_address), '')) end,
        new.direction, new.ingested_at, coalesce(new.received_at, new.sent_at, new.ingested_at)
    )
    on conflict do nothing;
    return null;
end
$$;

revoke all on function private.note_message_insight() from public;
comment on function private.note_message_insight() is
'Trigger: notes a human message for the intelligence pipeline (message_insights, pending).';

create or replace trigger note_message_insight
after insert on public.messages
for each row when (new.kind = 'human' and new.relance_followup_id is null)
execute function private.note_message_insight();

create or replace function worker.backfill_insights(p_team_id uuid default null)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_count integer;
begin
    -- Mail ingested before the pipeline existed (or whose insight was removed): noted once, oldest first.
    insert into public.message_insights (message_id, team_id, mailbox_id, address, direction, created_at, message_at)
    select
        m.id, m.team_id, m.mailbox_id,
        case when m.direction = 'inbound' then lower(nullif(btrim(m.from_address), '')) end,
        m.direction, m.ingested_at, coalesce(m.received_at, m.sent_at, m.ingested_at)
    from public.messages as m
    where m.kind = 'human' and m.relance_followup_id is null
        and (p_team_id is null or m.team_id = p_team_id)
        and not exists (select 1 from public.message_insights as i where i.message_id = m.id)
    order by m.ingested_at, m.id
    on conflict do nothing;
    get diagnostics v_count = row_count;
    return v_count;
end
$$;

revoke all on function worker.backfill_insights(uuid) from public, anon, authenticated;
grant execute on function worker.backfill_insights(uuid) to service_role;
comment on function worker.backfill_insights(uuid) is
'Notes the human messages already ingested (of one team, or all) for the intelligence pipeline. Returns how '
'many. Idempotent.';

create or replace function private.upsert_contacts_seen(
    p_team_id uuid, p_addresses text[], p_owners uuid[], p_seen timestamptz[], p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Lock order steps 8 and 9: the organisations of the addresses' domains, then the contacts, each ascending,
    -- one statement each however many messages named them: the autofill run hands a whole run's recipients over
    -- at once (taken message by message, a run held one contact while it waited for a smaller one, which a bulk
    -- decision or another run may hold while it waits for the first). p_addresses, p_owners and p_seen go
    -- together: each address seen at that instant in mail of that owner's mailbox. An address is seen from its
    -- earliest instant to its latest; a new contact or organisation belongs to whoever wrote to it first. An
    -- existing contact keeps its organisation and owner and learns when it was last seen.
    insert into public.organisations (team_id, domain, owner_id, created_at, updated_at)
    select p_team_id, x.d, (array_agg(x.owner order by x.seen, x.owner))[1], p_now, p_now
    from (
        select private.organisation_domain(p_team_id, s.a) as d, s.owner, s.seen
        from unnest(p_addresses, p_owners, p_seen) as s (a, owner, seen)
    ) as x
    where x.d is not null
    group by x.d
    order by x.d
    on conflict (team_id, domain) where domain is not null do nothing;
    insert into public.contacts as c (
        team_id, address, organisation_id, owner_id, first_seen_at, last_seen_at, basis_at, created_at, updated_at
    )
    select p_team_id, x.a, o.id, x.owner, x.first_seen, x.last_seen, x.first_seen, p_now, p_now
    from (
        select lower(btrim(s.a)) as a, (array_agg(s.owner order by s.seen, s.owner))[1] as owner,
            min(s.seen) as first_seen, max(s.seen) as last_seen
        from unnest(p_addresses, p_owners, p_seen) as s (a, owner, seen)
        group by lower(btrim(s.a))
    ) as x
    left join public.organisations as o
        on o.team_id = p_team_id and o.domain = private.organisation_domain(p_team_id, x.a)
    where x.a ~ '^[^@\s]+@[^@\s]+$'
        -- An erased person (Art. 17) never becomes a contact again.
        and not (x.a like '%@erased.invalid' or (
            exists (select 1 from private.erased_people as e where e.team_id = p_team_id)
            and private.is_erased(p_team_id, x.a)
        ))
    order by x.a
    on conflict (team_id, address) do update
    set last_seen_at = greatest(c.last_seen_at, excluded.last_seen_at),
        first_seen_at = least(c.first_seen_at, excluded.first_seen_at),
        organisation_id = coalesce(c.organisation_id, excluded.organisation_id),
        owner_id = coalesce(c.owner_id, excluded.owner_id),
        updated_at = p_now;
end
$$;

revoke all on function private.upsert_contacts_seen(uuid, text[], uuid[], timestamptz[], timestamptz) from public;
comment on function private.upsert_contacts_seen(uuid, text[], uuid[], timestamptz[], timestamptz) is
'Lock order steps 8-9, in one statement each: the contacts of these addresses (and the organisations of their '
'domains), created or seen again, each address at the instants given with it (p_seen), a new one owned by the '
'owner given with its earliest instant (p_owners); an existing contact keeps its owner and organisation.';

create or replace function private.upsert_contacts(
    p_team_id uuid, p_owner_id uuid, p_addresses text[], p_seen_at timestamptz, p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    perform private.upsert_contacts_seen(
        p_team_id, p_addresses,
        array_fill(p_owner_id, array[coalesce(cardinality(p_addresses), 0)]),
        array_fill(p_seen_at, array[coalesce(cardinality(p_addresses), 0)]),
        p_now
    );
end
$$;

revoke all on function private.upsert_contacts(uuid, uuid, text[], timestamptz, timestamptz) from public;
comment on function private.upsert_contacts(uuid, uuid, text[], timestamptz, timestamptz) is
'Lock order steps 8-9: the contacts of these addresses (and the organisations of their domains), created or '
'seen again at p_seen_at; an existing contact keeps its owner and organisation.';

create or replace function private.record_recipient_names(
    p_team_id uuid, p_message_id uuid, p_addresses text[], p_said jsonb, p_at timestamptz, p_now timestamptz,
    p_threshold numeric
)
returns void
language plpgsql
volatile
set search_path = ''
-- Each call plans its statements for the contacts and facts there are now. Called for each message of a batch
-- of 500 (private.contacts_from_outbound), in a session that may be long (PostgREST's pool for
-- run_autofill_now, a run over many teams' backfills in one transaction): a generic plan made while a new
-- team's contacts were few went on scanning contacts and contact_facts whole as the batches filled them, until
-- an analyze replaced it (a batch grew from 0.6 to 2 s in 8 runs of one session; bench/live_mail_run.py).
set plan_cache_mode = force_custom_plan
as $$
declare
    v_r record;
    v_name text;
begin
    -- The name the user's own mail gives each recipient (the To display name, first name first, as the worker
    -- read it: relance.analysis.names, the message's analysis.recipients) is a fact about the contact, source
    -- 'header'. Applied (0.95, above the default threshold) when the display clearly names a person, its first
    -- name known (the analysis has it) and confirmed by the address ("Jean Dupont" <jean.dupont@>, "DUPONT Jean"
    -- <jdupont@>: private.address_confirms_name); else a suggestion (0.80): three names, an address that spells
    -- someone else ("Robert Martin" <bob.martin@>), a salutation that greeted the person by another name. A name a
    -- user set by hand stays (record_fact). The same reading and figures as the worker's for a From header
    -- (relance.intelligence.autofill.header_name). p_threshold: the team's autofill threshold.
    -- Lock order step 10, under the contacts' locks upsert_contacts took (ascending address).
    for v_r in
        select c.id, c.address, btrim(p_said #>> array[c.address, 'name']) as name,
            p_said #>> array[c.address, 'first_name'] as first_name
        from public.contacts as c
        where c.team_id = p_team_id and c.address = any(p_addresses)
            and jsonb_typeof(p_said #> array[c.address, 'name']) = 'string'
        order by c.address
    loop
        -- Without its titles ("M. Jean Martin" names Jean Martin), as relance.analysis.names.person_name reads it.
        v_name := array_to_string(array(
            select x.w from unnest(string_to_array(v_r.name, ' ')) with ordinality as x (w, i)
            where private.fold_name(x.w) <> all(private.name_words('honorific'))
            order by x.i
        ), ' ');
        continue when v_name !~ '^[^\s@<>0-9]+( [^\s@<>0-9]+){1,3}$' or length(v_name) > 120;
        perform private.record_fact(
            'contact', v_r.id, p_team_id, v_r.address, 'name', v_name, 'header', p_message_id,
            case when private.address_confirms_name(v_name, v_r.first_name, v_r.address) then 0.95 else 0.80 end,
            p_at, p_threshold
        );
        perform private.refresh_contact(v_r.id, p_now);
    end loop;
end
$$;

revoke all on function private.record_recipient_names(
    uuid, uuid, text[], jsonb, timestamptz, timestamptz, numeric
) from public;
comment on function private.record_recipient_names(uuid, uuid, text[], jsonb, timestamptz, timestamptz, numeric) is
'Records the name an outbound message''s To display gives each of its recipients (analysis.recipients) as a '
'header fact of their contact: applied when the display clearly names the address''s person, else suggested.';

create or replace function private.queue_pending_insights(
    p_team_id uuid, p_limit integer, p_now timestamptz, p_live_only boolean
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_scope uuid [];
    v_ids uuid [] := array[]::uuid [];
    v_row record;
begin
    -- Live mail first: what arrived since its mailbox was connected (mailboxes.tracks_from; all the mail of a
    -- mailbox without that instant), then the history its first backfill read; each oldest first. An answer
    -- asking for a meeting is read in its turn among the mail of the day, never behind a year of history.
    -- p_live_only (the minutely run): the live mail alone, each mailbox's read through its own index range
    -- (message_insights_mailbox_state_idx), so a run costs what arrived, never what a backfill left pending.
    if p_limit is null or p_limit < 1 then
        return 0;
    end if;
    if p_live_only then
        v_scope := array(
            select i.message_id from public.mailboxes as b
            inner join public.message_insights as i
                on
                    b.id = i.mailbox_id and i.state = 'pending'
                    and i.message_at >= coalesce(b.tracks_from, '-infinity'::timestamptz)
            where b.team_id = p_team_id and i.direction = 'inbound'
        );
    else
        v_scope := array(
            select i.message_id from public.message_insights as i
            where i.team_id = p_team_id and i.state = 'pending' and i.direction = 'inbound'
        );
    end if;
    -- In that order, up to p_limit messages from outside the team; a colleague's mail met on the way teaches
    -- nothing about a contact and is set aside. Rows a concurrent run or worker holds are skipped (taken at the
    -- next run), so two runs never wait for each other; the rows are locked as they are read, so a run reads
    -- (and asks who each sender is for) about as many as it takes, however many wait.
    for v_row in
        select i.message_id, i.address
        from public.message_insights as i
        inner join public.mailboxes as b on i.mailbox_id = b.id
        where i.message_id = any(v_scope) and i.state = 'pending'
        order by i.message_at < coalesce(b.tracks_from, '-infinity'::timestamptz), i.message_at, i.message_id
        for update of i skip locked
    loop
        if v_row.address is null or cardinality(private.outside_the_team(p_team_id, array[v_row.address])) = 0 then
            update public.message_insights
            set state = 'done', reason = 'internal sender', done_at = p_now
            where message_id = v_row.message_id;
        else
            v_ids := v_ids || v_row.message_id;
            exit when cardinality(v_ids) >= p_limit;
        end if;
    end loop;
    if cardinality(v_ids) = 0 then
        return 0; -- pgmq.send_batch refuses an empty batch
    end if;
    update public.message_insights set state = 'queued', queued_at = p_now where message_id = any(v_ids);
    perform pgmq.send_batch(
        'intelligence',
        array(select jsonb_build_object('message_id', u.id) from unnest(v_ids) with ordinality as u (id, n) order by u.n)
    );
    return cardinality(v_ids);
end
$$;

revoke all on function private.queue_pending_insights(uuid, integer, timestamptz, boolean) from public;
comment on function private.queue_pending_insights(uuid, integer, timestamptz, boolean) is
'Sets a team''s pending mail from its own people aside, then puts up to p_limit pending inbound messages on the '
'intelligence queue: the live mail (received since its mailbox was connected) first, then the history, each '
'oldest first; p_live_only: the live mail alone. Never waits for a row another run holds. Returns how many.';

create or replace function private.contacts_from_outbound(
    p_team_id uuid, p_now timestamptz, p_threshold numeric, p_limit integer default 500
)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_outbound uuid [];
    v_outside text [];
    v_addresses text [];
    v_owners uuid [];
    v_seen timestamptz [];
    v_message record;
begin
    -- A team's pending outbound mail, up to p_limit messages a run, oldest first: its external recipients become
    -- contacts, named as the user's mail names them. Bounded, so that a first backfill's year of sent mail is
    -- read a batch a run (the minutely live-mail run and the hourly run both call this), each transaction short:
    -- one run over all of it held thousands of contacts' locks for as long as it took, and an admin's
    -- run_autofill_now over it outlasted the API's statement timeout, so it never finished. Oldest first, so a
    -- new contact still belongs to whoever wrote to it first. One run at a time per team (an advisory lock only
    -- tried, never waited for: 065_lock_order.sql, outside the order): two runs would take two batches at once,
    -- and the later one could create a contact before the earlier one gave it its first writer.
    if p_limit is null or p_limit < 1
        or not pg_catalog.pg_try_advisory_xact_lock(4, pg_catalog.hashtext(p_team_id::text)) then
        return 0;
    end if;
    v_outbound := array(
        select i.message_id from public.message_insights as i
        where i.team_id = p_team_id and i.state = 'pending' and i.direction = 'outbound'
        order by i.message_at, i.message_id
        limit p_limit
        for update skip locked
    );
    if cardinality(v_outbound) = 0 then
        return 0;
    end if;
    -- Who of the batch's recipients is outside the team, asked once for the whole batch.
    v_outside := private.outside_the_team(p_team_id, array(
        select r from public.messages as m cross join lateral unnest(m.to_addresses || m.cc_addresses) as r
        where m.id = any(v_outbound)
    ));
    -- Lock order steps 8-9: the batch's recipients at once (private.upsert_contacts_seen), then each message's
    -- To display names them (step 10, under those locks).
    select array_agg(r.a order by r.a, r.seen), array_agg(r.owner order by r.a, r.seen),
        array_agg(r.seen order by r.a, r.seen)
    into v_addresses, v_owners, v_seen
    from (
        select o.a, b.owner_id as owner, coalesce(m.sent_at, m.ingested_at) as seen
        from public.messages as m
        inner join public.mailboxes as b on m.mailbox_id = b.id
        cross join lateral (
            select distinct lower(btrim(x)) as a from unnest(m.to_addresses || m.cc_addresses) as x
        ) as l
        inner join unnest(v_outside) as o (a) on l.a = o.a
        where m.id = any(v_outbound)
    ) as r;
    perform private.upsert_contacts_seen(p_team_id, v_addresses, v_owners, v_seen, p_now);
    for v_message in
        select m.id, coalesce(m.sent_at, m.ingested_at) as seen_at, m.analysis -> 'recipients' as said,
            array(
                select distinct lower(btrim(x)) from unnest(m.to_addresses || m.cc_addresses) as x
                where lower(btrim(x)) = any(v_outside)
            ) as recipients
        from public.messages as m
        where m.id = any(v_outbound) and jsonb_typeof(m.analysis -> 'recipients') = 'object'
        order by coalesce(m.sent_at, m.ingested_at), m.id
    loop
        perform private.record_recipient_names(
            p_team_id, v_message.id, v_message.recipients, v_message.said, v_message.seen_at, p_now, p_threshold
        );
    end loop;
    update public.message_insights
    set state = 'done', done_at = p_now, fields_found = 0
    where message_id = any(v_outbound);
    return cardinality(v_outbound);
end
$$;

revoke all on function private.contacts_from_outbound(uuid, timestamptz, numeric, integer) from public;
comment on function private.contacts_from_outbound(uuid, timestamptz, numeric, integer) is
'Up to p_limit (500) of a team''s pending outbound messages, oldest first: their external recipients become '
'contacts (a new one owned by whoever wrote to it first), named as their To display names them; the messages '
'are done. One run per team at a time (another returns 0 at once). Returns how many messages it read.';

create or replace function worker.run_autofill(
    p_now timestamptz default now(), p_team_id uuid default null, p_limit integer default null
)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_team record;
    v_queued integer := 0;
begin
    -- The autofill run: for each team (with autofill on, or the one asked for), outbound mail's external
    -- recipients become contacts (no worker needed), named as the user's mail names them, a batch of 500
    -- messages a run (private.contacts_from_outbound; the minutely run takes a batch too, so a backfill's sent
    -- mail is read within the hour), internal senders are set aside, and pending inbound messages, up to the
    -- team's batch size, go onto the intelligence queue: the live mail first (the minutely run,
    -- worker.queue_live_mail, has usually taken it), then the history a first backfill read, each oldest first.
    for v_team in
        select t.id, s.autofill_batch_size, s.autofill_threshold
        from public.teams as t
        cross join lateral private.intelligence_settings(t.id) as s
        where (p_team_id is null and s.autofill_enabled or t.id = p_team_id)
            and exists (select 1 from public.message_insights as i where i.team_id = t.id and i.state = 'pending')
        order by t.id
    loop
        -- Outbound mail: its external recipients become contacts, a batch a run, oldest first.
        perform private.contacts_from_outbound(v_team.id, p_now, v_team.autofill_threshold);
        v_queued := v_queued + private.queue_pending_insights(
            v_team.id, coalesce(p_limit, v_team.autofill_batch_size), p_now, false
        );
    end loop;
    return v_queued;
end
$$;

revoke all on function worker.run_autofill(timestamptz, uuid, integer) from public, anon, authenticated;
grant execute on function worker.run_autofill(timestamptz, uuid, integer) to service_role;
comment on function worker.run_autofill(timestamptz, uuid, integer) is
'The autofill run (pg_cron hourly; run_autofill_now): per team, the recipients of up to 500 pending outbound '
'messages (oldest first) become contacts (with the name their To display gives) and up to the batch size (or '
'p_limit) of pending inbound messages go onto the intelligence queue, the live mail before the history. Returns '
'how many were queued.';

create or replace function public.run_autofill_now(
    p_team_id uuid, p_limit integer default null, p_now timestamptz default null
)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
    p_now := private.caller_now(p_now);
    if (select auth.uid()) is not null and not exists (
        select 1 from private.my_admin_team_ids() as i where i = p_team_id
    ) then
        raise exception 'not an admin of this team' using errcode = '42501';
    end if;
    if p_limit is not null and p_limit not between 1 and 1000 then
        raise exception 'p_limit: between 1 and 1000 messages, or null for the team''s batch size'
            using errcode = '22023';
    end if;
    return worker.run_autofill(p_now, p_team_id, p_limit);
end
$$;

revoke all on function public.run_autofill_now(uuid, integer, timestamptz) from public, anon;
grant execute on function public.run_autofill_now(uuid, integer, timestamptz) to authenticated, service_role;
comment on function public.run_autofill_now(uuid, integer, timestamptz) is
'Runs autofill for one team now (its admins): recipients become contacts and up to p_limit (1-1000, default '
'the team''s batch size) pending messages are queued for the intelligence worker. Returns how many were queued.';

create or replace function worker.queue_live_mail(p_now timestamptz default now())
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_team record;
    v_queued integer := 0;
begin
    -- The live-mail run (pg_cron, every minute): for each team with autofill on, the mail people sent it since its
    -- mailboxes were connected goes onto the intelligence queue as it arrives, up to the team's batch size a
    -- minute, so its intent is read (and routed, and notified: INTELLIGENCE.md, "a meeting request or a quote
    -- request never waits unseen") within minutes, never an hour later nor behind the history a first backfill
    -- left pending, which the hourly autofill run reads at the team's batch size. The recipients of the team's
    -- outbound mail become contacts at the same pace as the hourly run's, a batch a minute, oldest first
    -- (private.contacts_from_outbound): a backfill's year of sent mail in short transactions, within the hour.
    for v_team in
        select t.id, s.autofill_batch_size, s.autofill_threshold
        from public.teams as t
        cross join lateral private.intelligence_settings(t.id) as s
        where s.autofill_enabled
            and exists (select 1 from public.message_insights as i where i.team_id = t.id and i.state = 'pending')
        order by t.id
    loop
        perform private.contacts_from_outbound(v_team.id, p_now, v_team.autofill_threshold);
        v_queued := v_queued + private.queue_pending_insights(v_team.id, v_team.autofill_batch_size, p_now, true);
    end loop;
    return v_queued;
end
$$;

revoke all on function worker.queue_live_mail(timestamptz) from public, anon, authenticated;
grant execute on function worker.queue_live_mail(timestamptz) to service_role;
comment on function worker.queue_live_mail(timestamptz) is
'The live-mail run (pg_cron every minute): per team with autofill on, up to its batch size of pending inbound '
'messages received since their mailbox was connected go onto the intelligence queue, oldest first; the history '
'is left to the hourly autofill run. The recipients of up to 500 pending outbound messages become contacts, as in '
'the hourly run. Returns how many inbound messages were queued.';

create or replace function public.set_intelligence_settings(
    p_team_id uuid,
    p_autofill_enabled boolean default null,
    p_autofill_threshold numeric default null,
    p_autofill_batch_size integer default null,
    p_default_region text default null,
    p_llm_enabled boolean default null,
    p_llm_confidence_floor numeric default null,
    p_web_enrichment_enabled boolean default null
)
returns public.intelligence_settings
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_row public.intelligence_settings;
    v_before jsonb;
begin
    -- A team admin changes what they name; the rest stays. The table's checks give the errors.
    if (select auth.uid()) is not null and not exists (
        select 1 from private.my_admin_team_ids() as i where i = p_team_id
    ) then
        raise exception 'not an admin of this team' using errcode = '42501';
    end if;
    v_row := private.intelligence_settings(p_team_id);
    v_before := to_jsonb(v_row) - 'updated_at';
    insert into public.intelligence_settings as s (
        team_id, autofill_enabled, autofill_threshold, autofill_batch_size, default_region, llm_enabled,
        llm_confidence_floor, web_enrichment_enabled, updated_at
    )
    values (
        p_team_id, coalesce(p_autofill_enabled, v_row.autofill_enabled),
        coalesce(p_autofill_threshold, v_row.autofill_threshold),
        coalesce(p_autofill_batch_size, v_row.autofill_batch_size),
        upper(coalesce(p_default_region, v_row.default_region)), coalesce(p_llm_enabled, v_row.llm_enabled),
        coalesce(p_llm_confidence_floor, v_row.llm_confidence_floor),
        coalesce(p_web_enrichment_enabled, v_row.web_enrichment_enabled), now()
    )
    on conflict (team_id) do update
    set autofill_enabled = excluded.autofill_enabled, autofill_threshold = excluded.autofill_threshold,
        autofill_batch_size = excluded.autofill_batch_size, default_region = excluded.default_region,
        llm_enabled = excluded.llm_enabled, llm_confidence_floor = excluded.llm_confidence_floor,
        web_enrichment_enabled = excluded.web_enrichment_enabled, updated_at = excluded.updated_at
    returning * into v_row;
    perform private.audit(p_team_id, 'intelligence_settings', p_team_id::text, 'updated', v_before,
        to_jsonb(v_row) - 'updated_at');
    return v_row;
end
$$;

revoke all on function public.set_intelligence_settings(
    uuid, boolean, numeric, integer, text, boolean, numeric, boolean
) from public, anon;
grant execute on function public.set_intelligence_settings(
    uuid, boolean, numeric, integer, text, boolean, numeric, boolean
) to authenticated, service_role;
comment on function public.set_intelligence_settings(
    uuid, boolean, numeric, integer, text, boolean, numeric, boolean
) is
'Changes a team''s intelligence settings (its admins; null leaves a setting as it is). Returns the settings. '
'23514 for a value out of range.';

create or replace function private.objected(p_team_id uuid, p_address text)
returns boolean
language sql
stable
set search_path = ''
as $$
    -- An opt-out or a spam complaint (the suppression R8 keeps), or an objection recorded by hand on the contact.
    select exists (
        select 1 from public.suppressions as s
        where s.team_id = p_team_id and s.address = p_address and s.reason in ('opted_out', 'complained')
    ) or exists (
        select 1 from public.contacts as c
        where c.team_id = p_team_id and c.address = p_address and c.objected_at is not null
    )
$$;

revoke all on function private.objected(uuid, text) from public;
comment on function private.objected(uuid, text) is
'Whether the person objected to prospecting in this team (an opt-out or complaint suppression, or an objection '
'on their contact): PRIVACY.md, their mail is no longer profiled (facts, web lookups) nor sent to an LLM. Stable.';

-- Its columns grew (subject, message_at for the intent; opt_out_phrase and opt_out_relayed, the opt-out ingest's
-- analysis read in the whole message, for R8's one reading): a function's result type cannot be replaced in place.
drop function if exists worker.read_intelligence_queue(integer, integer);
create or replace function worker.read_intelligence_queue(p_qty integer default 100, p_vt integer default 120)
returns table (
    queue_msg_id bigint,
    read_ct integer,
    message_id uuid,
    team_id uuid,
    mailbox_address text,
    mailbox_name text,
    from_address text,
    from_name text,
    new_text text,
    default_region text,
    llm_enabled boolean,
    llm_confidence_floor numeric,
    subject text,
    message_at timestamptz,
    opt_out_phrase text,
    opt_out_relayed boolean
)
language sql
volatile
security definer
set search_path = ''
as $$
    -- A message deleted since it was queued comes back with nulls: the worker deletes it from the queue.
    select
        q.msg_id, q.read_ct, m.id, m.team_id, b.address, b.display_name, m.from_address, m.from_name,
        coalesce(m.analysis ->> 'new_text', m.body_text), s.default_region,
        -- A person who objected to prospecting: their mail is never sent to an LLM (rules only).
        s.llm_enabled and not private.objected(m.team_id, lower(m.from_address)), s.llm_confidence_floor,
        m.subject, coalesce(m.received_at, m.sent_at, m.ingested_at),
        case when m.analysis ->> 'opt_out' = 'true' then m.analysis ->> 'opt_out_phrase' end,
        m.analysis ->> 'opt_out' = 'true' and m.analysis ->> 'opt_out_relayed' = 'true'
    from pgmq.read('intelligence', p_vt, p_qty) as q
    left join public.messages as m on m.id = private.safe_uuid(q.message ->> 'message_id')
    left join public.mailboxes as b on m.mailbox_id = b.id
    left join lateral private.intelligence_settings(m.team_id) as s on true
    order by q.msg_id
$$;

revoke all on function worker.read_intelligence_queue(integer, integer) from public, anon, authenticated;
grant execute on function worker.read_intelligence_queue(integer, integer) to service_role;
comment on function worker.read_intelligence_queue(integer, integer) is
'Reads up to p_qty messages of the intelligence queue (invisible for p_vt seconds) with what the worker needs: '
'the new text, sender, the mailbox''s own address and name (never its signature), the team''s region and LLM '
'settings, the subject, the instant the message was written and the opt-out ingest''s analysis read in it, relayed '
'or not (for its intent).';

create or replace function worker.intelligence_waiting()
returns boolean
language sql
volatile -- it reads the clock (clock_timestamp), as pgmq.read does
security definer
set search_path = ''
as $$
    -- What pgmq.read would take now (a message whose visibility has run out), without taking it.
    select exists (select from pgmq.q_intelligence as q where q.vt <= pg_catalog.clock_timestamp())
$$;

revoke all on function worker.intelligence_waiting() from public, anon, authenticated;
grant execute on function worker.intelligence_waiting() to service_role;
comment on function worker.intelligence_waiting() is
'Whether the intelligence queue holds a message a read would take now, without taking it: the worker trains its '
'intent model before its first batch only when there is one (worker.read_intelligence_queue).';

create or replace function private.record_fact(
    p_kind text,
    p_owner_id uuid,
    p_team_id uuid,
    p_address text,
    p_field text,
    p_value text,
    p_source public.fact_source,
    p_message_id uuid,
    p_confidence numeric,
    p_at timestamptz,
    p_threshold numeric
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_hand boolean;
    v_status public.fact_status;
begin
    -- Lock order step 10, under the contact's (or organisation's) lock. A value a user set by hand (a decided,
    -- applied fact) is never replaced: anything else for that field waits as a suggestion.
    if p_kind = 'contact' then
        select exists (
            select 1 from public.contact_facts
            where contact_id = p_owner_id and field = p_field and status = 'applied' and decided_at is not null
                and value <> p_value
        ) into v_hand;
    else
        select exists (
            select 1 from public.organisation_facts
            where organisation_id = p_owner_id and field = p_field and status = 'applied' and decided_at is not null
                and value <> p_value
        ) into v_hand;
    end if;
    v_status := (
        case when p_confidence >= p_threshold and not v_hand then 'applied' else 'suggested' end
    )::public.fact_status;
    if p_kind = 'contact' then
        insert into public.contact_facts as f (
            team_id, contact_id, address, field, value, source, source_message_id, confidence, status,
            first_observed_at, observed_at
        )
        values (
            p_team_id, p_owner_id, p_address, p_field, p_value, p_source, p_message_id, p_confidence, v_status,
            p_at, p_at
        )
        on conflict (contact_id, field, value) do update
        set seen_count = f.seen_count + (f.source_message_id is distinct from excluded.source_message_id)::integer,
            confidence = greatest(f.confidence, excluded.confidence),
            source_message_id = case when excluded.observed_at >= f.observed_at
                then excluded.source_message_id else f.source_message_id end,
            observed_at = greatest(f.observed_at, excluded.observed_at),
            status = case
                when f.status = 'suggested' and excluded.status = 'applied' then 'applied' else f.status
            end;
    else
        insert into public.organisation_facts as f (
            team_id, organisation_id, field, value, source, source_message_id, confidence, status,
            first_observed_at, observed_at
        )
        values (
            p_team_id, p_owner_id, p_field, p_value, p_source, p_message_id, p_confidence, v_status, p_at, p_at
        )
        on conflict (organisation_id, field, value) do update
        set seen_count = f.seen_count + (f.source_message_id is distinct from excluded.source_message_id)::integer,
            confidence = greatest(f.confidence, excluded.confidence),
            source_message_id = case when excluded.observed_at >= f.observed_at
                then excluded.source_message_id else f.source_message_id end,
            observed_at = greatest(f.observed_at, excluded.observed_at),
            status = case
                when f.status = 'suggested' and excluded.status = 'applied' then 'applied' else f.status
            end;
    end if;
end
$$;

revoke all on function private.record_fact(
    text, uuid, uuid, text, text, text, public.fact_source, uuid, numeric, timestamptz, numeric
) from public;
comment on function private.record_fact(
    text, uuid, uuid, text, text, text, public.fact_source, uuid, numeric, timestamptz, numeric
) is
'Records one observed value of a contact''s or organisation''s field: applied at or above the threshold unless '
'a user set another value by hand, else suggested; seen again, it counts and keeps its best confidence; a '
'rejected fact stays rejected.';

create or replace function private.refresh_contact(p_contact_id uuid, p_now timestamptz)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v jsonb;
begin
    -- Each field's current value: the newest hand-set value, else the newest applied fact (then the most
    -- confident); no applied fact, no value.
    select coalesce(jsonb_object_agg(x.field, x.value), '{}') into v
    from (
        select distinct on (f.field) f.field, f.value
        from public.contact_facts as f
        where f.contact_id = p_contact_id and f.status = 'applied'
        order by f.field, (f.decided_at is not null) desc, coalesce(f.decided_at, f.observed_at) desc,
            f.confidence desc, f.value
    ) as x;
    update public.contacts
    set name = v ->> 'name', title = v ->> 'title', company = v ->> 'company',
        phone_mobile = v ->> 'phone_mobile', phone_landline = v ->> 'phone_landline', phone_fax = v ->> 'phone_fax',
        website = v ->> 'website', linkedin = v ->> 'linkedin', postal_address = v ->> 'postal_address',
        updated_at = p_now
    where id = p_contact_id;
end
$$;

revoke all on function private.refresh_contact(uuid, timestamptz) from public;
comment on function private.refresh_contact(uuid, timestamptz) is
'Sets a contact''s current values from its applied facts (a hand-set value first, then the newest).';

create or replace function private.refresh_organisation(p_organisation_id uuid, p_now timestamptz)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v jsonb;
begin
    select coalesce(jsonb_object_agg(x.field, x.value), '{}') into v
    from (
        select distinct on (f.field) f.field, f.value
        from public.organisation_facts as f
        where f.organisation_id = p_organisation_id and f.status = 'applied'
        order by f.field, (f.decided_at is not null) desc, coalesce(f.decided_at, f.observed_at) desc,
            f.confidence desc, f.value
    ) as x;
    -- An organisation found by name keeps that name until a fact names it otherwise.
    update public.organisations
    set name = coalesce(v ->> 'name', case when domain is null then name end),
        website = v ->> 'website', phone = v ->> 'phone', postal_address = v ->> 'postal_address',
        linkedin = v ->> 'linkedin', updated_at = p_now
    where id = p_organisation_id;
end
$$;

revoke all on function private.refresh_organisation(uuid, timestamptz) from public;
comment on function private.refresh_organisation(uuid, timestamptz) is
'Sets an organisation''s current values from its applied facts (a hand-set value first, then the newest).';

create or replace function private.signature_fields(p_result jsonb)
returns table (field text, value text, confidence numeric, source public.fact_source)
language plpgsql
immutable
set search_path = ''
as $$
declare
    v_item jsonb;
    v_conf numeric;
begin
    -- The worker's result, checked: every field named, a value of 1 to 500 characters, a confidence in 0..1, a
    -- source the worker may claim. Anything else is an error that names it (the worker's bug, not data).
    if jsonb_typeof(p_result) <> 'object' or jsonb_typeof(coalesce(p_result -> 'fields', '[]')) <> 'array' then
        raise exception 'record_signature: the result must be an object with a "fields" array'
            using errcode = '22023';
    end if;
    for v_item in select e from jsonb_array_elements(coalesce(p_result -> 'fields', '[]')) as e loop
        if jsonb_typeof(v_item -> 'value') <> 'string' or jsonb_typeof(v_item -> 'confidence') <> 'number'
            or length(btrim(v_item ->> 'value')) not between 1 and 500 then
            raise exception 'record_signature: field % needs a string value (1-500 characters) and a confidence',
                coalesce(v_item ->> 'field', '(unnamed)') using errcode = '22023';
        end if;
        v_conf := (v_item ->> 'confidence')::numeric;
        if v_conf not between 0 and 1 then
            raise exception 'record_signature: confidence of % out of 0..1', v_item ->> 'field' using errcode = '22023';
        end if;
        if coalesce(v_item ->> 'field', '') not in (
            'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'email', 'website',
            'linkedin', 'postal_address'
        ) then
            raise exception 'record_signature: unknown field %', coalesce(v_item ->> 'field', '(none)')
                using errcode = '22023';
        end if;
        if coalesce(v_item ->> 'source', 'signature') not in ('header', 'signature', 'llm') then
            raise exception 'record_signature: a worker''s source is header, signature or llm, not %',
                v_item ->> 'source' using errcode = '22023';
        end if;
        field := v_item ->> 'field';
        value := btrim(v_item ->> 'value');
        confidence := round(v_conf, 3);
        source := coalesce(v_item ->> 'source', 'signature')::public.fact_source;
        return next;
    end loop;
end
$$;

revoke all on function private.signature_fields(jsonb) from public;
comment on function private.signature_fields(jsonb) is
'The fields of a worker''s signature result, validated (22023 naming what is wrong).';

-- INTELLIGENCE.md: one organisation per company. A company first known by name (a colleague's free-mail signature)
-- and then by its domain (an address of the firm, its organisation made by the outbound contacts run) becomes one:
-- the named one's contacts, facts and values go to the domain's, and it goes.
create or replace function private.merge_organisation(
    p_from uuid, p_into uuid, p_sender text, p_now timestamptz
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_from public.organisations;
begin
    -- Called with both organisations locked (step 8). Step 9: their contacts, and the sender's, ascending.
    select * into v_from from public.organisations where id = p_from;
    perform 1 from public.contacts as c
    where (c.organisation_id = p_from or (c.team_id = v_from.team_id and c.address = p_sender))
    order by c.address
    for no key update;
    update public.contacts set organisation_id = p_into, updated_at = p_now where organisation_id = p_from;
    -- Step 10: its facts, but for those the other knows already (the same field and value).
    update public.organisation_facts as f set organisation_id = p_into
    where f.organisation_id = p_from and not exists (
        select 1 from public.organisation_facts as g
        where g.organisation_id = p_into and g.field = f.field and g.value = f.value
    );
    update public.organisations as o
    set name = coalesce(o.name, v_from.name), website = coalesce(o.website, v_from.website),
        phone = coalesce(o.phone, v_from.phone), postal_address = coalesce(o.postal_address, v_from.postal_address),
        linkedin = coalesce(o.linkedin, v_from.linkedin), owner_id = coalesce(o.owner_id, v_from.owner_id),
        created_at = least(o.created_at, v_from.created_at), updated_at = p_now
    where o.id = p_into;
    delete from public.organisations where id = p_from;
end
$$;

revoke all on function private.merge_organisation(uuid, uuid, text, timestamptz) from public;
comment on function private.merge_organisation(uuid, uuid, text, timestamptz) is
'Merges organisation p_from into p_into (both of one team, both locked by the caller): its contacts, the facts '
'p_into does not know, the values p_into lacks; then deletes p_from. Returns nothing.';

create or replace function worker.record_signature(
    p_queue_msg_id bigint, p_message_id uuid, p_result jsonb, p_now timestamptz default now()
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_m record;
    v_s public.intelligence_settings;
    v_fields jsonb;
    v_domain text;
    v_company record;
    v_company_name text;
    v_named uuid;
    v_org uuid;
    v_contact uuid;
    v_f record;
    v_count integer := 0;
    v_at timestamptz;
begin
    select coalesce(jsonb_agg(to_jsonb(x)), '[]') into v_fields from private.signature_fields(p_result) as x;
    select m.id, m.team_id, m.mailbox_id, lower(btrim(m.from_address)) as address, b.owner_id,
        coalesce(m.received_at, m.sent_at, m.ingested_at) as seen_at
    into v_m
    from public.messages as m inner join public.mailboxes as b on m.mailbox_id = b.id
    where m.id = p_message_id;
    if v_m.id is null or v_m.address is null or v_m.address !~ '^[^@\s]+@[^@\s]+$' then
        if p_queue_msg_id is not null then
            perform pgmq.delete('intelligence', p_queue_msg_id);
        end if;
        update public.message_insights set state = 'done', reason = 'no sender address', done_at = p_now
        where message_id = p_message_id;
        return jsonb_build_object('message_id', p_message_id, 'recorded', 0, 'skipped', 'no message or sender');
    end if;
    v_s := private.intelligence_settings(v_m.team_id);
    v_at := v_m.seen_at;
    -- Lock order step 4: the person, so that two messages of one sender are recorded one after the other.
    perform private.lock_people(v_m.team_id, array[v_m.address]);
    -- Art. 17 (190_erasure.sql): an erased person (or an erasure's token) never becomes a contact again, and a
    -- message an erasure rewrote while this call waited for the person's lock (its sender, read above, is gone) is
    -- not profiled: read again under the lock.
    if private.is_erased(v_m.team_id, v_m.address) or (
        select lower(btrim(m.from_address)) from public.messages as m where m.id = p_message_id
    ) is distinct from v_m.address then
        update public.message_insights
        set state = 'done', reason = 'erased at the team''s request (GDPR Art. 17): not profiled', done_at = p_now,
            fields_found = 0
        where message_id = p_message_id;
        if p_queue_msg_id is not null then
            perform pgmq.delete('intelligence', p_queue_msg_id);
        end if;
        return jsonb_build_object('message_id', p_message_id, 'recorded', 0, 'skipped', 'erased');
    end if;
    -- PRIVACY.md: an objection (opt-out, R8) ends processing for prospecting: the person's mail is no longer read
    -- into facts about them or their firm, nor looked up on the web (their intent is still read: their message
    -- may be the objection itself, or a question someone must answer).
    if private.objected(v_m.team_id, v_m.address) then
        update public.message_insights
        set state = 'done', reason = 'objected to prospecting: not profiled (R8)', done_at = p_now, fields_found = 0
        where message_id = p_message_id;
        if p_queue_msg_id is not null then
            perform pgmq.delete('intelligence', p_queue_msg_id);
        end if;
        return jsonb_build_object('message_id', p_message_id, 'recorded', 0, 'skipped', 'objection');
    end if;
    -- Step 8: the organisation, by the sender's domain, or (free mail) by the company the signature names.
    v_domain := private.organisation_domain(v_m.team_id, v_m.address);
    select f.value, f.confidence into v_company
    from jsonb_to_recordset(v_fields) as f (field text, value text, confidence numeric)
    where f.field = 'company' order by f.confidence desc limit 1;
    -- INTELLIGENCE.md: one organisation per company, found by domain or name. A company first known by name (a
    -- colleague's free-mail signature) takes the domain when its own address appears; a free-mail signature names
    -- the organisation its domain already made, when the name is the same.
    v_company_name := case when v_company.confidence >= v_s.autofill_threshold then left(v_company.value, 300) end;
    if v_company_name is not null then
        -- Two signatures naming one company, recorded at once (a colleague on free mail, another at the firm's
        -- domain), one after the other: lock order step 8 begins with the company's name (advisory, class 5).
        perform pg_catalog.pg_advisory_xact_lock(5,
            pg_catalog.hashtext(v_m.team_id::text || ':' || lower(v_company_name)));
    end if;
    if v_domain is not null then
        -- The domain's organisation and one of the same name known without a domain, ascending (step 8).
        perform 1 from public.organisations as o
        where o.team_id = v_m.team_id and (o.domain = v_domain
            or (v_company_name is not null and o.domain is null and lower(o.name) = lower(v_company_name)))
        order by o.id
        for no key update;
        select o.id into v_org from public.organisations as o where o.team_id = v_m.team_id and o.domain = v_domain;
        select o.id into v_named from public.organisations as o
        where o.team_id = v_m.team_id and o.domain is null and lower(o.name) = lower(v_company_name);
        if v_named is not null and v_org is null then
            update public.organisations as o set domain = v_domain, updated_at = p_now where o.id = v_named
            returning o.id into v_org;
        elsif v_named is not null then
            perform private.merge_organisation(v_named, v_org, v_m.address, p_now);
        end if;
        if v_org is not null then
            update public.organisations as o set updated_at = p_now where o.id = v_org;
        else
            insert into public.organisations as o (team_id, domain, owner_id, created_at, updated_at)
            values (v_m.team_id, v_domain, v_m.owner_id, p_now, p_now)
            on conflict (team_id, domain) where domain is not null do update set updated_at = p_now
            returning o.id into v_org;
        end if;
    elsif v_company_name is not null then
        update public.organisations as o set updated_at = p_now
        where o.id = (
            select x.id from public.organisations as x
            where x.team_id = v_m.team_id and x.domain is not null and lower(x.name) = lower(v_company_name)
            order by x.id limit 1
        )
        returning o.id into v_org;
        if v_org is null then
            insert into public.organisations as o (team_id, name, owner_id, created_at, updated_at)
            values (v_m.team_id, v_company_name, v_m.owner_id, p_now, p_now)
            on conflict (team_id, lower(name)) where domain is null do update set updated_at = p_now
            returning o.id into v_org;
        end if;
    end if;
    -- Step 9: the contact.
    insert into public.contacts as c (
        team_id, address, organisation_id, owner_id, first_seen_at, last_seen_at, basis_at, created_at, updated_at
    )
    values (v_m.team_id, v_m.address, v_org, v_m.owner_id, v_at, v_at, v_at, p_now, p_now)
    on conflict (team_id, address) do update
    set last_seen_at = greatest(c.last_seen_at, excluded.last_seen_at),
        first_seen_at = least(c.first_seen_at, excluded.first_seen_at),
        organisation_id = coalesce(c.organisation_id, excluded.organisation_id),
        owner_id = coalesce(c.owner_id, excluded.owner_id), updated_at = p_now
    returning c.id, c.organisation_id into v_contact, v_org;
    -- Step 10: the facts. What belongs to the firm (its name, site, address, company page) is the
    -- organisation's too.
    for v_f in
        select f.field, f.value, f.confidence, f.source::public.fact_source as source
        from jsonb_to_recordset(v_fields) as f (field text, value text, confidence numeric, source text)
        order by f.field, f.value
    loop
        if not (v_f.field = 'linkedin' and v_f.value ~* 'linkedin\.com/company/') then
            perform private.record_fact(
                'contact', v_contact, v_m.team_id, v_m.address, v_f.field, v_f.value, v_f.source, v_m.id,
                v_f.confidence, v_at, v_s.autofill_threshold
            );
        end if;
        if v_org is not null and v_f.source <> 'header'
            and (v_f.field in ('company', 'website', 'postal_address')
                or v_f.field = 'linkedin' and v_f.value ~* 'linkedin\.com/company/') then
            perform private.record_fact(
                'organisation', v_org, v_m.team_id, null,
                case v_f.field when 'company' then 'name' else v_f.field end, v_f.value, v_f.source, v_m.id,
                v_f.confidence, v_at, v_s.autofill_threshold
            );
        end if;
        v_count := v_count + 1;
    end loop;
    perform private.refresh_contact(v_contact, p_now);
    if v_org is not null then
        perform private.refresh_organisation(v_org, p_now);
    end if;
    update public.message_insights
    set state = case when v_count = 0 then 'no_signature' else 'done' end::public.insight_state, reason = null,
        done_at = p_now, fields_found = v_count,
        signature_confidence = case when jsonb_typeof(p_result -> 'confidence') = 'number'
            then least(greatest((p_result ->> 'confidence')::numeric, 0), 1) end,
        reached_llm = coalesce((p_result ->> 'reached_llm')::boolean, false)
    where message_id = p_message_id;
    if p_queue_msg_id is not null then
        perform pgmq.delete('intelligence', p_queue_msg_id);
    end if;
    return jsonb_build_object(
        'message_id', p_message_id, 'contact_id', v_contact, 'organisation_id', v_org, 'recorded', v_count,
        -- What the worker may look up on the web: the team's option, not looked up in the last 7 days.
        'enrich', (
            select jsonb_build_object(
                'organisation_id', o.id, 'name', coalesce(o.name, v_company.value), 'domain', o.domain
            )
            from public.organisations as o
            where o.id = v_org and v_s.web_enrichment_enabled
                and (o.enriched_at is null or o.enriched_at < p_now - interval '7 days')
        )
    );
end
$$;

revoke all on function worker.record_signature(bigint, uuid, jsonb, timestamptz) from public, anon, authenticated;
grant execute on function worker.record_signature(bigint, uuid, jsonb, timestamptz) to service_role;
comment on function worker.record_signature(bigint, uuid, jsonb, timestamptz) is
'Records what the worker read in a message''s signature: the sender''s contact (and organisation), one fact per '
'field (applied at or above the team''s threshold, else suggested), the current values, the message''s insight; '
'deletes the queue message. Nothing for an erased person or a message an erasure rewrote meanwhile (skipped: '
'erased). Idempotent for one message. 22023 for a malformed result.';

create or replace function worker.record_enrichment(
    p_organisation_id uuid, p_facts jsonb, p_now timestamptz default now()
)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_org record;
    v_f record;
    v_count integer := 0;
begin
    -- What a web search said about an organisation: suggestions only (a person confirms what the web says),
    -- never above a value set by hand. Lock order steps 8 and 10: the organisation, then its facts.
    select id, team_id into v_org from public.organisations where id = p_organisation_id for no key update;
    if v_org.id is null then
        return 0;
    end if;
    if jsonb_typeof(p_facts) <> 'array' then
        raise exception 'record_enrichment: p_facts must be an array' using errcode = '22023';
    end if;
    for v_f in
        select
            case f.field when 'address' then 'postal_address' else f.field end as field,
            btrim(f.value) as value, least(greatest(f.confidence, 0), 1) as confidence
        from jsonb_to_recordset(p_facts) as f (field text, value text, confidence numeric)
        where f.field in ('website', 'phone', 'address', 'linkedin') and length(btrim(f.value)) between 1 and 500
            and f.confidence is not null
        order by 1, 2
    loop
        -- A threshold above 1: never applied by itself.
        perform private.record_fact(
            'organisation', v_org.id, v_org.team_id, null, v_f.field, v_f.value, 'enrichment', null,
            round(v_f.confidence, 3), p_now, 2
        );
        v_count := v_count + 1;
    end loop;
    update public.organisations set enriched_at = p_now where id = v_org.id;
    return v_count;
end
$$;

revoke all on function worker.record_enrichment(uuid, jsonb, timestamptz) from public, anon, authenticated;
grant execute on function worker.record_enrichment(uuid, jsonb, timestamptz) to service_role;
comment on function worker.record_enrichment(uuid, jsonb, timestamptz) is
'Records what web enrichment found about an organisation (website, phone, address, LinkedIn) as suggestions, '
'and when it looked. Returns how many facts. 22023 when p_facts is not an array.';

create or replace function worker.fail_intelligence(
    p_queue_msg_id bigint, p_message_id uuid, p_reason text, p_max_attempts integer default 3,
    p_now timestamptz default now()
)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_attempts integer;
begin
    -- A message the worker could not read counts an attempt; after p_max_attempts it is archived from the
    -- queue and its insight says failed, with the reason, for the team's admins to see.
    update public.message_insights
    set attempts = attempts + 1, reason = left(coalesce(nullif(btrim(p_reason), ''), 'no reason given'), 500)
    where message_id = p_message_id
    returning attempts into v_attempts;
    if v_attempts is null or v_attempts >= p_max_attempts then
        update public.message_insights set state = 'failed', done_at = p_now where message_id = p_message_id;
        perform pgmq.archive('intelligence', p_queue_msg_id);
        return true;
    end if;
    return false;
end
$$;

revoke all on function worker.fail_intelligence(bigint, uuid, text, integer, timestamptz)
from public, anon, authenticated;
grant execute on function worker.fail_intelligence(bigint, uuid, text, integer, timestamptz) to service_role;
comment on function worker.fail_intelligence(bigint, uuid, text, integer, timestamptz) is
'Counts a failed read of a queued message; at p_max_attempts archives it and marks its insight failed with the '
'reason. Returns true when archived (the queue retries it otherwise, after its visibility timeout).';

create or replace function private.may_decide(p_team_id uuid, p_owner_id uuid)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
    -- A contact's or organisation's owner, or an admin of its team; the service role (no user) too.
    return (select auth.uid()) is null
        or exists (select 1 from private.my_admin_team_ids() as i where i = p_team_id)
        or p_owner_id = (select auth.uid()) and exists (select 1 from private.my_team_ids() as i where i = p_team_id);
end
$$;

revoke all on function private.may_decide(uuid, uuid) from public;
grant execute on function private.may_decide(uuid, uuid) to authenticated, service_role;
comment on function private.may_decide(uuid, uuid) is
'Whether the caller decides on this owner''s suggestions: the owner, a team admin, or the service role.';

create or replace function private.decide_one(
    p_kind text, p_fact_id uuid, p_decision text, p_value text, p_now timestamptz
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_field text;
    v_parent uuid;
    v_team uuid;
    v_address text;
    v_value text;
    v_id uuid := p_fact_id;
    v_user uuid := (select auth.uid());
begin
    -- Called with the parent's row locked (lock order steps 8-10).
    if p_kind = 'contact' then
        select field, contact_id, team_id, address, value into v_field, v_parent, v_team, v_address, v_value
        from public.contact_facts where id = p_fact_id for no key update;
    else
        select field, organisation_id, team_id, value into v_field, v_parent, v_team, v_value
        from public.organisation_facts where id = p_fact_id for no key update;
    end if;
    if v_team is null then
        -- Gone while the caller waited for its parent's lock (an erasure of the person, a team's deletion): the
        -- refusal the caller gets for a fact that was never there, not a constraint's.
        raise exception 'no such fact, or not one you decide on (its contact''s owner or a team admin)'
            using errcode = '42501';
    end if;
    if p_decision = 'edit' and (p_value is null or length(btrim(p_value)) not between 1 and 500) then
        raise exception 'p_value: an edit needs the value (1-500 characters)' using errcode = '22023';
    end if;
    perform private.record_fact_feedback(p_kind, p_fact_id, p_decision, p_value, p_now);
    if p_decision = 'ignore' then
        -- Dismissed without a decision: recorded (feedback, the decider's choice), the fact left as it is.
        perform private.learn_choice(
            v_team, v_user, case when p_kind = 'organisation' and v_field = 'name' then 'company' else v_field end,
            'ignore', v_value, null, v_address, p_now
        );
        return p_fact_id;
    end if;
    if p_decision = 'edit' and btrim(p_value) is distinct from (
        select value from public.contact_facts where id = p_fact_id
        union all select value from public.organisation_facts where id = p_fact_id
    ) then
        -- The suggestion is set aside; the user's value is a fact of its own, set by hand.
        if p_kind = 'contact' then
            update public.contact_facts set status = 'rejected', decided_by = v_user, decided_at = p_now
            where id = p_fact_id;
            insert into public.contact_facts as f (
                team_id, contact_id, address, field, value, source, confidence, status, first_observed_at,
                observed_at, decided_by, decided_at
            )
            values (
                v_team, v_parent, v_address, v_field, btrim(p_value), 'user', 1, 'applied', p_now, p_now, v_user, p_now
            )
            on conflict (contact_id, field, value) do update
            set status = 'applied', decided_by = excluded.decided_by, decided_at = excluded.decided_at
            returning f.id into v_id;
        else
            update public.organisation_facts set status = 'rejected', decided_by = v_user, decided_at = p_now
            where id = p_fact_id;
            insert into public.organisation_facts as f (
                team_id, organisation_id, field, value, source, confidence, status, first_observed_at, observed_at,
                decided_by, decided_at
            )
            values (v_team, v_parent, v_field, btrim(p_value), 'user', 1, 'applied', p_now, p_now, v_user, p_now)
            on conflict (organisation_id, field, value) do update
            set status = 'applied', decided_by = excluded.decided_by, decided_at = excluded.decided_at
            returning f.id into v_id;
        end if;
    elsif p_kind = 'contact' then
        update public.contact_facts
        set status = case when p_decision = 'reject' then 'rejected' else 'applied' end::public.fact_status,
            decided_by = v_user, decided_at = p_now
        where id = p_fact_id;
    else
        update public.organisation_facts
        set status = case when p_decision = 'reject' then 'rejected' else 'applied' end::public.fact_status,
            decided_by = v_user, decided_at = p_now
        where id = p_fact_id;
    end if;
    -- The decider's choice, learnt from (sql/functions/174_learning.sql): an edit to another value is typed by
    -- hand; an organisation's name is the field company.
    perform private.learn_choice(
        v_team, v_user, case when p_kind = 'organisation' and v_field = 'name' then 'company' else v_field end,
        case
            when p_decision = 'reject' then 'reject'
            when p_decision = 'edit' and btrim(p_value) is distinct from v_value then 'manual'
            else 'accept'
        end,
        v_value, case when p_decision = 'reject' then null when p_decision = 'edit' then btrim(p_value) else v_value end,
        v_address, p_now
    );
    return v_id;
end
$$;

revoke all on function private.decide_one(text, uuid, text, text, timestamptz) from public;
comment on function private.decide_one(text, uuid, text, text, timestamptz) is
'Applies one decision (accept, reject, edit with p_value; ignore records it and changes nothing) to a contact or '
'organisation fact, under its parent''s '
'lock. Returns the id of the fact that now holds the decided value.';

create or replace function public.decide_fact(
    p_fact_id uuid, p_decision text, p_value text default null, p_now timestamptz default null
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_kind text;
    v_team uuid;
    v_parent uuid;
    v_owner uuid;
    v_id uuid;
begin
    p_now := private.caller_now(p_now);
    if p_decision is null or p_decision not in ('accept', 'reject', 'edit', 'ignore') then
        raise exception 'p_decision: accept, reject, edit or ignore' using errcode = '22023';
    end if;
    select 'contact', f.team_id, f.contact_id, c.owner_id into v_kind, v_team, v_parent, v_owner
    from public.contact_facts as f inner join public.contacts as c on f.contact_id = c.id where f.id = p_fact_id;
    if v_kind is null then
        select 'organisation', f.team_id, f.organisation_id, o.owner_id into v_kind, v_team, v_parent, v_owner
        from public.organisation_facts as f inner join public.organisations as o on f.organisation_id = o.id
        where f.id = p_fact_id;
    end if;
    if v_kind is null or not private.may_decide(v_team, v_owner) then
        raise exception 'no such fact, or not one you decide on (its contact''s owner or a team admin)'
            using errcode = '42501';
    end if;
    -- Lock order steps 8-10: the parent row, then the fact.
    if v_kind = 'contact' then
        perform 1 from public.contacts where id = v_parent for no key update;
    else
        perform 1 from public.organisations where id = v_parent for no key update;
    end if;
    v_id := private.decide_one(v_kind, p_fact_id, p_decision, p_value, p_now);
    if v_kind = 'contact' then
        perform private.refresh_contact(v_parent, p_now);
    else
        perform private.refresh_organisation(v_parent, p_now);
    end if;
    return v_id;
end
$$;

revoke all on function public.decide_fact(uuid, text, text, timestamptz) from public, anon;
grant execute on function public.decide_fact(uuid, text, text, timestamptz) to authenticated, service_role;
comment on function public.decide_fact(uuid, text, text, timestamptz) is
'Accepts, rejects or edits (p_value) a contact or organisation fact; the decided value is then set by hand and '
'no newer fact replaces it. Ignore records the dismissal (ai_feedback) and leaves the suggestion as it is. '
'The contact''s owner or a team admin (42501 otherwise). Returns the id of the fact '
'holding the value.';

create or replace function public.decide_facts(
    p_team_id uuid,
    p_decision text,
    p_field text default null,
    p_source public.fact_source default null,
    p_min_confidence numeric default null,
    p_max_confidence numeric default null,
    p_contact_id uuid default null,
    p_now timestamptz default null
)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_parent record;
    v_fact uuid;
    v_count integer := 0;
begin
    -- Bulk: every suggestion of the team that matches the filters and that the caller decides on.
    p_now := private.caller_now(p_now);
    if p_decision is null or p_decision not in ('accept', 'reject') then
        raise exception 'p_decision: accept or reject (an edit names one fact: decide_fact)' using errcode = '22023';
    end if;
    if (select auth.uid()) is not null and not exists (select 1 from private.my_team_ids() as i where i = p_team_id)
    then
        raise exception 'not a member of this team' using errcode = '42501';
    end if;
    if p_field is not null and p_field not in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'email', 'website', 'linkedin',
        'postal_address', 'phone'
    ) then
        raise exception 'p_field: one of name, title, company, phone_mobile, phone_landline, phone_fax, phone, email, '
            'website, linkedin, postal_address, or null for every field' using errcode = '22023';
    end if;
    -- Lock order steps 8-10: organisations by ascending id, then contacts by ascending address (as the autofill
    -- run's upserts take them), each with its facts.
    for v_parent in
        select 'organisation' as kind, o.id, o.id::text as rank from public.organisations as o
        where o.team_id = p_team_id and p_contact_id is null and private.may_decide(o.team_id, o.owner_id)
            and exists (
                select 1 from public.organisation_facts as f
                where f.organisation_id = o.id and f.status = 'suggested'
                    and (p_field is null or f.field = case p_field when 'company' then 'name' else p_field end)
                    and (p_source is null or f.source = p_source)
                    and (p_min_confidence is null or f.confidence >= p_min_confidence)
                    and (p_max_confidence is null or f.confidence <= p_max_confidence)
            )
        union all
        select 'contact', c.id, c.address from public.contacts as c
        where c.team_id = p_team_id and (p_contact_id is null or c.id = p_contact_id)
            and private.may_decide(c.team_id, c.owner_id)
            and exists (
                select 1 from public.contact_facts as f
                where f.contact_id = c.id and f.status = 'suggested'
                    and (p_field is null or f.field = p_field)
                    and (p_source is null or f.source = p_source)
                    and (p_min_confidence is null or f.confidence >= p_min_confidence)
                    and (p_max_confidence is null or f.confidence <= p_max_confidence)
            )
        order by 1 desc, 3
    loop
        if v_parent.kind = 'organisation' then
            perform 1 from public.organisations where id = v_parent.id for no key update;
            for v_fact in
                select f.id from public.organisation_facts as f
                where f.organisation_id = v_parent.id and f.status = 'suggested'
                    and (p_field is null or f.field = case p_field when 'company' then 'name' else p_field end)
                    and (p_source is null or f.source = p_source)
                    and (p_min_confidence is null or f.confidence >= p_min_confidence)
                    and (p_max_confidence is null or f.confidence <= p_max_confidence)
                order by f.id
            loop
                perform private.decide_one('organisation', v_fact, p_decision, null, p_now);
                v_count := v_count + 1;
            end loop;
            perform private.refresh_organisation(v_parent.id, p_now);
        else
            perform 1 from public.contacts where id = v_parent.id for no key update;
            for v_fact in
                select f.id from public.contact_facts as f
                where f.contact_id = v_parent.id and f.status = 'suggested'
                    and (p_field is null or f.field = p_field)
                    and (p_source is null or f.source = p_source)
                    and (p_min_confidence is null or f.confidence >= p_min_confidence)
                    and (p_max_confidence is null or f.confidence <= p_max_confidence)
                order by f.id
            loop
                perform private.decide_one('contact', v_fact, p_decision, null, p_now);
                v_count := v_count + 1;
            end loop;
            perform private.refresh_contact(v_parent.id, p_now);
        end if;
    end loop;
    return v_count;
end
$$;

revoke all on function public.decide_facts(uuid, text, text, public.fact_source, numeric, numeric, uuid, timestamptz)
from public, anon;
grant execute on function public.decide_facts(
    uuid, text, text, public.fact_source, numeric, numeric, uuid, timestamptz
) to authenticated, service_role;
comment on function public.decide_facts(uuid, text, text, public.fact_source, numeric, numeric, uuid, timestamptz) is
'Accepts or rejects, at once, the team''s suggestions that match the filters (field, source, confidence range, '
'one contact) among those the caller decides on (owner or admin). Returns how many facts were decided.';

create or replace function public.set_contact_field(
    p_contact_id uuid, p_field text, p_value text, p_now timestamptz default null
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_c record;
    v_id uuid;
begin
    -- A value typed by hand: a fact of source user, applied and decided, so no newer fact replaces it.
    p_now := private.caller_now(p_now);
    select id, team_id, owner_id, address into v_c from public.contacts where id = p_contact_id;
    if v_c.id is null or not private.may_decide(v_c.team_id, v_c.owner_id) then
        raise exception 'no such contact, or not one you edit (its owner or a team admin)' using errcode = '42501';
    end if;
    if p_field is null or p_field not in (
        'name', 'title', 'company', 'phone_mobile', 'phone_landline', 'phone_fax', 'email', 'website', 'linkedin',
        'postal_address'
    ) then
        raise exception 'p_field: one of name, title, company, phone_mobile, phone_landline, phone_fax, email, '
            'website, linkedin, postal_address' using errcode = '22023';
    end if;
    if p_value is null or length(btrim(p_value)) not between 1 and 500 then
        raise exception 'p_value: 1 to 500 characters' using errcode = '22023';
    end if;
    perform 1 from public.contacts where id = p_contact_id for no key update;
    perform private.record_contact_field_feedback(p_contact_id, p_field, p_value, p_now);
    insert into public.contact_facts as f (
        team_id, contact_id, address, field, value, source, confidence, status, first_observed_at, observed_at,
        decided_by, decided_at
    )
    values (
        v_c.team_id, v_c.id, v_c.address, p_field, btrim(p_value), 'user', 1, 'applied', p_now, p_now,
        (select auth.uid()), p_now
    )
    on conflict (contact_id, field, value) do update
    set status = 'applied', decided_by = excluded.decided_by, decided_at = excluded.decided_at
    returning f.id into v_id;
    perform private.refresh_contact(p_contact_id, p_now);
    -- Learnt from as a value typed by hand (sql/functions/174_learning.sql).
    perform private.learn_choice(
        v_c.team_id, (select auth.uid()), p_field, 'manual', null, p_value, v_c.address, p_now
    );
    return v_id;
end
$$;

revoke all on function public.set_contact_field(uuid, text, text, timestamptz) from public, anon;
grant execute on function public.set_contact_field(uuid, text, text, timestamptz) to authenticated, service_role;
comment on function public.set_contact_field(uuid, text, text, timestamptz) is
'Sets a contact''s field by hand (its owner or a team admin): the value is current at once and no newer fact '
'replaces it. Returns the fact''s id.';

create or replace view public.contact_messages
with (security_invoker = true) as
-- A contact's messages, as the caller may see them (the messages' RLS: their mailbox's owner, the team's admins,
-- the member a reply is routed to): those they wrote (index messages_team_from_idx), and those sent
-- (messages_to_addresses_idx) or copied to them.
select
    c.id as contact_id,
    c.team_id,
    m.id as message_id,
    m.mailbox_id,
    m.conversation_id,
    'from' as role,
    m.direction,
    coalesce(m.sent_at, m.received_at) as at,
    m.subject
from public.contacts as c
inner join public.messages as m on c.team_id = m.team_id and c.address = m.from_address
union all
select
    c.id as contact_id,
    c.team_id,
    m.id as message_id,
    m.mailbox_id,
    m.conversation_id,
    'to' as role,
    m.direction,
    coalesce(m.sent_at, m.received_at) as at,
    m.subject
from public.contacts as c
inner join public.messages as m on c.team_id = m.team_id and m.to_addresses @> array[c.address]
union all
select
    c.id as contact_id,
    c.team_id,
    m.id as message_id,
    m.mailbox_id,
    m.conversation_id,
    'cc' as role,
    m.direction,
    coalesce(m.sent_at, m.received_at) as at,
    m.subject
from public.contacts as c
inner join public.messages as m on c.team_id = m.team_id and m.cc_addresses @> array[c.address];

comment on view public.contact_messages is
'A contact''s messages (role from, to or cc) that the caller may see; security invoker: the messages'' RLS '
'applies.';
grant select on public.contact_messages to authenticated, service_role;

create or replace view public.tracked_email_contacts
with (security_invoker = true) as
-- The contacts a tracked email was sent to, as the caller may see them (the tracked emails' RLS).
select
    t.id as tracked_email_id,
    c.id as contact_id,
    t.team_id,
    t.mailbox_id,
    c.address
from public.tracked_emails as t
inner join public.contacts as c on t.team_id = c.team_id and c.address = any(t.recipients);

comment on view public.tracked_email_contacts is
'Each tracked email''s recipients as contacts; security invoker: the tracked emails'' RLS applies.';
grant select on public.tracked_email_contacts to authenticated, service_role;
