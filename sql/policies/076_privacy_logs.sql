-- Row level security and grants for the access logs and the compliance reports (sql/tables/107_access_logs.sql).
-- A team's admins read its whole access log; a member reads the lines about their own actions. Nobody writes
-- through the Data API (private.log_data_access does, inside the RPCs), and no role updates or deletes (no grant,
-- and a trigger refuses it even to the owner). The compliance reports are the team's admins' alone.

alter table public.data_access_logs enable row level security;
revoke all on table public.data_access_logs from anon, authenticated, service_role;
grant select on table public.data_access_logs to authenticated;
grant select, insert on table public.data_access_logs to service_role;
drop policy if exists "Access logs are visible to team admins and to their actor" on public.data_access_logs;
create policy "Access logs are visible to team admins and to their actor" on public.data_access_logs
for select to authenticated
using (
    team_id = any(array(select private.my_admin_team_ids()))
    or (actor_id = (select auth.uid()) and team_id = any(array(select private.my_team_ids())))
);

alter table public.compliance_reports enable row level security;
revoke all on table public.compliance_reports from anon, authenticated, service_role;
grant select on table public.compliance_reports to authenticated;
grant select, insert, update, delete on table public.compliance_reports to service_role;
drop policy if exists "Compliance reports are visible to team admins" on public.compliance_reports;
create policy "Compliance reports are visible to team admins" on public.compliance_reports
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));

-- Lists show only what a list needs (PRIVACY.md, "Traceability"): a member selects a contact's name, title,
-- company and dates directly; the rest of the record (phones, website, LinkedIn, postal address) is read through
-- public.get_contact, which logs the read. Column privileges narrow the table grant of 060_contacts.sql.
revoke select on table public.contacts from authenticated;
-- The lawful basis and an objection (PRIVACY.md "Consent and basis") are on the list: a member must see, before
-- writing, that a person objected.
grant select (
    id, team_id, address, organisation_id, owner_id, name, title, company, first_seen_at, last_seen_at, created_at,
    updated_at, lawful_basis, basis_source, basis_at, objected_at, objection_detail
) on table public.contacts to authenticated;

-- The same for the facts behind those fields (PRIVACY.md, "Traceability"): a fact's value is a phone number, a
-- postal address, a LinkedIn page as much as a name, so no member selects `value` from public.contact_facts;
-- the full record's facts come through public.get_contact (logged), and the review list
-- (public.ranked_fact_suggestions) shows a suggestion's value to who decides on it alone
-- (private.suggestion_value). Every other column stays: lists and counts of suggestions by field and status
-- (public.intel_suggestions_daily) read them. The worker and the RPCs (service_role, security definer) read all.
revoke select on table public.contact_facts from authenticated;
grant select (
    id, team_id, contact_id, address, field, source, source_message_id, confidence, status, seen_count,
    first_observed_at, observed_at, decided_by, decided_at, created_at
) on table public.contact_facts to authenticated;
