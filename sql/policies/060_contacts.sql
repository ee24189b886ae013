-- Row level security and grants for contacts, organisations, their facts, the intelligence settings and the
-- messages' insights. A team's contacts and organisations are its CRM: every member reads them (a message
-- stays visible only to its mailbox's owner and the team's admins; contact_messages goes through that RLS).
-- Nobody writes them directly: facts are recorded by the worker's functions, and decided through
-- decide_fact, decide_facts and set_contact_field, which check who may decide.

alter table public.organisations enable row level security;
revoke all on table public.organisations from anon, authenticated, service_role;
grant select on table public.organisations to authenticated;
grant all on table public.organisations to service_role;
drop policy if exists "Organisations are visible to their team" on public.organisations;
create policy "Organisations are visible to their team" on public.organisations
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.contacts enable row level security;
revoke all on table public.contacts from anon, authenticated, service_role;
grant select on table public.contacts to authenticated;
grant all on table public.contacts to service_role;
drop policy if exists "Contacts are visible to their team" on public.contacts;
create policy "Contacts are visible to their team" on public.contacts
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.contact_facts enable row level security;
revoke all on table public.contact_facts from anon, authenticated, service_role;
grant select on table public.contact_facts to authenticated;
grant all on table public.contact_facts to service_role;
drop policy if exists "Contact facts are visible to their team" on public.contact_facts;
create policy "Contact facts are visible to their team" on public.contact_facts
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.organisation_facts enable row level security;
revoke all on table public.organisation_facts from anon, authenticated, service_role;
grant select on table public.organisation_facts to authenticated;
grant all on table public.organisation_facts to service_role;
drop policy if exists "Organisation facts are visible to their team" on public.organisation_facts;
create policy "Organisation facts are visible to their team" on public.organisation_facts
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.intelligence_settings enable row level security;
revoke all on table public.intelligence_settings from anon, authenticated, service_role;
grant select on table public.intelligence_settings to authenticated;
grant all on table public.intelligence_settings to service_role;
drop policy if exists "Intelligence settings are visible to their team" on public.intelligence_settings;
create policy "Intelligence settings are visible to their team" on public.intelligence_settings
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.message_insights enable row level security;
revoke all on table public.message_insights from anon, authenticated, service_role;
grant select on table public.message_insights to authenticated;
grant all on table public.message_insights to service_role;
drop policy if exists "Message insights are visible with their message" on public.message_insights;
create policy "Message insights are visible with their message" on public.message_insights
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));
