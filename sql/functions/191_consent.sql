-- Consent and lawful basis (issue 14 item 5, PRIVACY.md "Lawful basis, consent tracking"): each contact carries
-- its basis (legitimate_interest by default for B2B prospecting, consent, contract), where it came from and
-- since when (public.contacts.lawful_basis, basis_source, basis_at); an objection (Art. 21) ends prospecting
-- through R8 (the address suppressed, every tracked email to it stopped as opted_out, the timeline says why)
-- and stays visible on the contact (objected_at, objection_detail). Any member of the contact's team may do
-- either: the contacts are the team's CRM, which every member reads.

create or replace function private.contact_carries_objection()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    -- A contact made after the person opted out (the autofill run, a signature read later) shows it from the
    -- start: the objection is the person's, not the contact row's. Dated as a contact that existed then is
    -- (private.r8_contacts_objected): when the person wrote it, else when it was recorded.
    if new.objected_at is null then
        select
            coalesce(m.received_at, m.sent_at, s.created_at),
            left(coalesce(s.detail, 'asked not to be contacted again'), 500)
        into new.objected_at, new.objection_detail
        from public.suppressions as s
        left join public.messages as m on s.message_id = m.id
        where s.team_id = new.team_id and s.address = new.address and s.reason in ('opted_out', 'complained');
    end if;
    return new;
end
$$;

revoke all on function private.contact_carries_objection() from public;
comment on function private.contact_carries_objection() is
'Trigger: a new contact whose address opted out or complained (public.suppressions) is created objected, with '
'the suppression''s instant and detail.';

create or replace trigger contact_carries_objection
before insert on public.contacts
for each row execute function private.contact_carries_objection();

create or replace function private.require_team_contact(p_contact_id uuid)
returns public.contacts
language plpgsql
stable
set search_path = ''
as $$
declare
    v_c public.contacts;
begin
    select * into v_c from public.contacts where id = p_contact_id;
    if not found or v_c.team_id not in (select private.my_team_ids())
        and coalesce(auth.role(), '') <> 'service_role' and current_setting('role') in ('anon', 'authenticated')
    then
        raise exception 'no contact % in your teams', p_contact_id using errcode = '42501';
    end if;
    return v_c;
end
$$;

revoke all on function private.require_team_contact(uuid) from public;
comment on function private.require_team_contact(uuid) is
'The contact, when the caller is a member of its team (or the service role); 42501 otherwise.';

create or replace function public.set_contact_basis(
    p_contact_id uuid, p_basis public.lawful_basis, p_source text, p_now timestamptz default null
)
returns public.contacts
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_c public.contacts;
    v_before public.contacts;
    v_source text := nullif(btrim(coalesce(p_source, '')), '');
begin
    p_now := private.caller_now(p_now);
    v_c := private.require_team_contact(p_contact_id);
    if p_basis is null then
        raise exception 'p_basis: legitimate_interest, consent or contract' using errcode = '22023';
    end if;
    if v_source is null or length(v_source) > 200 then
        raise exception 'p_source: where the basis comes from (1 to 200 characters, e.g. "signed contract 2030-01")'
            using errcode = '22023';
    end if;
    v_before := v_c;
    update public.contacts
    set lawful_basis = p_basis, basis_source = v_source, basis_at = p_now, updated_at = p_now
    where id = v_c.id
    returning * into v_c;
    -- Audited by the contact's id, never its address; the source (free text that may name the person) is on the
    -- timeline below, which an erasure scrubs, not in the append-only trail.
    perform private.audit(v_c.team_id, 'contact', v_c.id::text, 'basis_set',
        jsonb_build_object('lawful_basis', v_before.lawful_basis, 'basis_at', v_before.basis_at),
        jsonb_build_object('lawful_basis', v_c.lawful_basis, 'basis_at', v_c.basis_at), p_now);
    perform private.log_event(v_c.team_id, 'lawful_basis',
        format('lawful basis of a contact set to %s (%s)', p_basis, v_source), p_now, null, null, null, null,
        jsonb_build_object('contact_id', v_c.id, 'actor', (select auth.uid()), 'basis', p_basis, 'source', v_source));
    return v_c;
end
$$;

revoke all on function public.set_contact_basis(uuid, public.lawful_basis, text, timestamptz) from public, anon;
grant execute on function public.set_contact_basis(uuid, public.lawful_basis, text, timestamptz)
to authenticated, service_role;
comment on function public.set_contact_basis(uuid, public.lawful_basis, text, timestamptz) is
'Sets a contact''s lawful basis (legitimate_interest, consent, contract), its source and date, for members of '
'the contact''s team; audited. 42501 for anyone else, 22023 for a missing basis or source. Returns the contact.';

create or replace function public.record_objection(
    p_contact_id uuid, p_detail text default null, p_now timestamptz default null
)
returns public.contacts
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_c public.contacts;
    v_detail text := nullif(btrim(coalesce(p_detail, '')), '');
    v_msg public.messages;
    v_tracked uuid[];
    v_id uuid;
    v_objected_before timestamptz;
begin
    p_now := private.caller_now(p_now);
    v_c := private.require_team_contact(p_contact_id);
    v_objected_before := v_c.objected_at;
    if length(v_detail) > 500 then
        raise exception 'p_detail: at most 500 characters (got %)', length(v_detail) using errcode = '22023';
    end if;
    v_detail := coalesce(v_detail, 'the person objected to prospecting');
    -- Lock order (065_lock_order.sql): the person (step 4), then their running tracked emails (6, ascending).
    perform private.lock_people(v_c.team_id, array[v_c.address]);
    v_tracked := array(
        select t.id from public.tracked_emails as t
        where t.team_id = v_c.team_id and t.status in ('active', 'paused') and t.recipients @> array[v_c.address]
        order by t.id
    );
    perform private.lock_tracked(v_tracked);
    -- R8, through ingest's own path: an opt-out of this person, as if read in a message of theirs.
    v_msg.team_id := v_c.team_id;
    v_msg.from_address := v_c.address;
    v_msg.analysis := jsonb_build_object('opt_out', true, 'opt_out_phrase', 'objection: ' || v_detail);
    perform private.r8_opt_out(v_msg, p_now);
    foreach v_id in array v_tracked loop
        perform private.stop_tracked(v_id, 'opted_out',
            format('%s objected to prospecting (%s): nothing more is sent', v_c.address, v_detail), p_now);
    end loop;
    update public.contacts
    set objected_at = coalesce(objected_at, p_now), objection_detail = v_detail, updated_at = p_now
    where id = v_c.id
    returning * into v_c;
    perform private.log_event(v_c.team_id, 'objection',
        format('%s objected to prospecting (%s): suppressed, %s follow-up(s) stopped', v_c.address, v_detail,
            cardinality(v_tracked)),
        p_now, null, null, null, null,
        jsonb_build_object('contact_id', v_c.id, 'actor', (select auth.uid()), 'stopped', to_jsonb(v_tracked)));
    -- Audited by the contact's id, without the detail (free text, on the contact and the timeline, both of which
    -- an erasure scrubs).
    perform private.audit(v_c.team_id, 'contact', v_c.id::text, 'objection_recorded',
        jsonb_build_object('objected_at', v_objected_before),
        jsonb_build_object('objected_at', v_c.objected_at, 'suppressed', true, 'tracked_emails_stopped', v_tracked),
        p_now);
    return v_c;
end
$$;

revoke all on function public.record_objection(uuid, text, timestamptz) from public, anon;
grant execute on function public.record_objection(uuid, text, timestamptz) to authenticated, service_role;
comment on function public.record_objection(uuid, text, timestamptz) is
'Records a contact''s objection (Art. 21), for members of its team: the address is suppressed (R8), every '
'running tracked email to it stops as opted_out with the reason on its timeline, and the contact shows '
'objected_at and the detail; audited. 42501 for anyone else. Returns the contact.';

-- An objection is kept (PRIVACY.md: "an objection (opt-out, R8) ... is kept as a suppression"): the Data API lets
-- an admin delete only the suppressions a person never asked for (added by hand, an address that bounced), and
-- an opt-out or a complaint is lifted here only, when the person asked to hear from the team again, with that
-- evidence on the timeline and the lift in the audit trail. An erased person stays unreachable whatever is lifted.
create or replace function public.lift_suppression(
    p_team_id uuid, p_address text, p_evidence text, p_now timestamptz default null
)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
    v_address text := lower(btrim(coalesce(p_address, '')));
    v_evidence text := nullif(btrim(coalesce(p_evidence, '')), '');
    v_s public.suppressions;
    v_contact uuid;
begin
    p_now := private.caller_now(p_now);
    perform private.require_team_admin(p_team_id, 'lift a suppression');
    if v_evidence is null or length(v_evidence) > 500 then
        raise exception 'p_evidence: why the address may be written to again (1 to 500 characters, e.g. "her email '
            'of 2030-03-02 asking to hear from us")' using errcode = '22023';
    end if;
    -- Lock order (065_lock_order.sql): the person (step 4), as an ingest that suppresses them would.
    perform private.lock_people(p_team_id, array[v_address]);
    select * into v_s from public.suppressions where team_id = p_team_id and address = v_address for update;
    if not found then
        raise exception 'no suppression of that address in the team' using errcode = 'P0002';
    end if;
    if private.is_erased(p_team_id, v_address) then
        raise exception 'this person was erased (Art. 17): they are never written to again' using errcode = '42501';
    end if;
    delete from public.suppressions where team_id = p_team_id and address = v_address;
    select c.id into v_contact from public.contacts as c where c.team_id = p_team_id and c.address = v_address;
    if v_s.reason in ('opted_out', 'complained') then
        -- The objection is withdrawn, on the person's word: the team now writes to them on their consent, and the
        -- contact keeps that evidence as its basis (PRIVACY.md: its basis, source and date) for as long as the
        -- contact lives, not only the timeline's retention. No contact yet: one is made to carry it.
        insert into public.contacts as c (
            team_id, address, first_seen_at, last_seen_at, lawful_basis, basis_source, basis_at, created_at, updated_at
        )
        values (
            p_team_id, v_address, p_now, p_now, 'consent', left('renewed consent: ' || v_evidence, 200), p_now, p_now,
            p_now
        )
        on conflict (team_id, address) do update
        set objected_at = null, objection_detail = null, lawful_basis = 'consent', basis_source = excluded.basis_source,
            basis_at = p_now, updated_at = p_now
        returning c.id into v_contact;
    end if;
    perform private.log_event(p_team_id, 'suppression_lifted',
        format('%s may be written to again: the %s suppression of %s was lifted (%s)', v_address, v_s.reason,
            private.local_text(v_s.created_at, 'UTC'), v_evidence),
        p_now, null, null, null, null,
        jsonb_build_object('contact_id', v_contact, 'actor', (select auth.uid()), 'reason', v_s.reason));
    -- Audited without the address nor the evidence (free text naming the person; both are on the timeline, which
    -- an erasure scrubs): by the contact's id when there is one.
    perform private.audit(p_team_id, 'suppression', coalesce(v_contact::text, 'no contact'), 'lifted',
        jsonb_build_object('reason', v_s.reason, 'created_at', v_s.created_at),
        jsonb_build_object('lifted', true) || case when v_s.reason in ('opted_out', 'complained')
            then jsonb_build_object('lawful_basis', 'consent', 'basis_at', p_now) else '{}' end,
        p_now);
    return v_s.reason;
end
$$;

revoke all on function public.lift_suppression(uuid, text, text, timestamptz) from public, anon;
grant execute on function public.lift_suppression(uuid, text, text, timestamptz) to authenticated, service_role;
comment on function public.lift_suppression(uuid, text, text, timestamptz) is
'Lifts a team''s suppression of an address (an opt-out or complaint only this way: the Data API deletes only '
'those added by hand or from a bounce), for admins, with the evidence that the person may be written to again '
'on the timeline; an opt-out or complaint lifted leaves the person''s contact (made if need be) on consent, '
'with that evidence as its basis source; audited; an erased person stays suppressed (42501). Returns the reason '
'lifted; 22023 without evidence, P0002 when the address is not suppressed.';
