-- The one lock order (R13: no interleaving of ingest, scheduler ticks, claims and sends ever deadlocks).
-- Every path that locks more than one row takes its locks in this order, and its comment cites it as
-- "Lock order (065_lock_order.sql)". A transaction that waits only for locks later in the order than every
-- lock it holds can never be part of a cycle, so no two paths can deadlock.
--
--   1. teams, then team_settings          row locks (pause_team, set_team_settings)
--   2. mailboxes                          row lock, for no key update (pause/resume, settings, reauth, and
--                                         claims: the daily cap counts under it)
--   3. message identities                 advisory, class 1, ascending key: hash of mailbox and each
--                                         provider id, Message-ID, reference and provider thread of a
--                                         message, so the same message, or two messages of one thread,
--                                         are ingested one after the other
--   4. people                             advisory, class 2, ascending key: hash of team and address, for
--                                         every address whose suppression or hold an ingest may write
--   5. conversations                      row lock (last_message_at), one per ingest
--   6. tracked_emails                     for no key update, ascending id, all that a path needs, at once
--   7. followups                          for no key update, only while holding their tracked email's lock
--   7a. team_members, then routing_rules  a membership for update while private.anonymise_member hands its
--                                         replies over (its delete cascades to the rules naming it), for key
--                                         share while private.route_message routes a reply to it (the rule
--                                         after the member): both after every lock above, before steps 8-10
--
-- Outside the order, only ever tried, never waited for (so never part of a cycle): Graph request slots
-- (advisory, class 3, take_mailbox_request_slot in 140_connectors.sql), each in a transaction of its own that
-- takes nothing else, and a team's outbound contacts batch (advisory, class 4, private.contacts_from_outbound in
-- 170_contacts.sql), tried before its contacts (steps 8-10); an erasure (private.erase_person) waits for that one
-- before anything else, holding nothing, so it too is never part of a cycle.
--
-- Two more habits keep the order true:
-- - `for no key update`, never `for update`: inserting an event or a follow-up takes `for key share` on
--   the tracked email it names (the foreign key check), which `for update` would block; `for no key update`
--   does not, so writing the timeline never waits.
-- - a path that cannot take its locks in this order does not wait for them: the scheduler takes follow-ups
--   with `skip locked`, so a follow-up that an ingest or a claim holds is queued at the next tick.

create or replace function private.lock_keys(p_class integer, p_keys text[])
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
    v_key integer;
begin
    -- Ascending, one at a time: the order is the point (a set-returning perform would not promise it).
    for v_key in
        select distinct pg_catalog.hashtext(k) from unnest(p_keys) as k where k is not null order by 1
    loop
        perform pg_catalog.pg_advisory_xact_lock(p_class, v_key);
    end loop;
end
$$;

revoke all on function private.lock_keys(integer, text[]) from public;
comment on function private.lock_keys(integer, text[]) is
'Lock order steps 3 and 4 (065_lock_order.sql): takes the transaction advisory locks (p_class, hash of each '
'key) in ascending key order. Returns nothing; held until the transaction ends. Idempotent within it.';

create or replace function private.lock_message_identity(p_mailbox_id uuid, p_message jsonb, p_refs text[])
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Lock order step 3: the ids that decide whether a message is known and which conversation it joins.
    perform private.lock_keys(1, array(
        select p_mailbox_id::text || ' ' || k
        from unnest(
            array[
                'pid:' || nullif(btrim(p_message ->> 'provider_message_id'), ''),
                'thread:' || nullif(btrim(p_message ->> 'provider_thread_id'), ''),
                nullif(btrim(p_message ->> 'internet_message_id'), '')
            ] || p_refs
        ) as k
        where k is not null
    ));
end
$$;

revoke all on function private.lock_message_identity(uuid, jsonb, text[]) from public;
comment on function private.lock_message_identity(uuid, jsonb, text[]) is
'Lock order step 3: serialises the ingests of one message, or of messages that point at one another or '
'share a provider thread, in one mailbox; p_refs is what it points at (private.thread_refs of it, which its '
'caller has read already). Returns nothing.';

create or replace function private.lock_people(p_team_id uuid, p_addresses text[])
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Lock order step 4: whoever writes a person's suppression or hold holds that person first.
    perform private.lock_keys(2, array(
        select p_team_id::text || ' ' || lower(a) from unnest(p_addresses) as a where a is not null
    ));
end
$$;

revoke all on function private.lock_people(uuid, text[]) from public;
comment on function private.lock_people(uuid, text[]) is
'Lock order step 4: serialises what writes the suppression or hold of these addresses in a team. Returns '
'nothing.';

create or replace function private.lock_tracked(p_ids uuid[])
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
    -- Lock order step 6: every tracked email a path needs, ascending id, in one statement.
    perform 1 from public.tracked_emails where id = any(p_ids) order by id for no key update;
end
$$;

revoke all on function private.lock_tracked(uuid[]) from public;
comment on function private.lock_tracked(uuid[]) is
'Lock order step 6: locks these tracked emails (for no key update) in ascending id. Returns nothing.';
