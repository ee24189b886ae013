-- Row level security and grants for the engine's tables. What concerns a mailbox is visible to its
-- owner and to the team's admins; team-wide lists (suppressions, holds) to every member. Everything the
-- engine writes is written by SQL functions: the API roles get no direct writes, but for a member adding
-- an address to the suppression list and an admin removing one or clearing a hold.

alter table public.conversations enable row level security;
revoke all on table public.conversations from anon, authenticated, service_role;
grant select on table public.conversations to authenticated;
grant all on table public.conversations to service_role;
drop policy if exists "Conversations are visible to their mailbox's owner and team admins" on public.conversations;
create policy "Conversations are visible to their mailbox's owner and team admins" on public.conversations
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));

alter table public.messages enable row level security;
revoke all on table public.messages from anon, authenticated, service_role;
grant select on table public.messages to authenticated;
grant all on table public.messages to service_role;
-- A reply a routing rule assigned to a member is theirs to act on, so theirs to read (that message alone). `in
-- (select …)`, a hashed subplan built once per query: a member with thousands of routed replies costs each row
-- one probe, where `= any(array(…))` would compare it with every one. One policy (two permissive ones for a
-- role and command are each evaluated: the advisor's lint 0006).
drop policy if exists "A reply is visible to the member it is routed to" on public.messages;
drop policy if exists "Messages are visible to their mailbox's owner and team admins" on public.messages;
drop policy if exists "Messages are visible to mailbox owners, admins and assignees" on public.messages;
create policy "Messages are visible to mailbox owners, admins and assignees" on public.messages
for select to authenticated
using (
    mailbox_id = any(array(select private.my_mailbox_ids()))
    or id in (select private.my_routed_message_ids())
);

alter table public.tracked_emails enable row level security;
revoke all on table public.tracked_emails from anon, authenticated, service_role;
grant select on table public.tracked_emails to authenticated;
grant all on table public.tracked_emails to service_role;
drop policy if exists "Tracked emails are visible to their mailbox's owner and team admins" on public.tracked_emails;
create policy "Tracked emails are visible to their mailbox's owner and team admins" on public.tracked_emails
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));

alter table public.tracked_email_status_counts enable row level security;
revoke all on table public.tracked_email_status_counts from anon, authenticated, service_role;
grant select on table public.tracked_email_status_counts to authenticated;
grant all on table public.tracked_email_status_counts to service_role;
drop policy if exists "Status counts are visible to their mailbox's owner and team admins"
on public.tracked_email_status_counts;
create policy "Status counts are visible to their mailbox's owner and team admins"
on public.tracked_email_status_counts
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));

alter table public.followups enable row level security;
revoke all on table public.followups from anon, authenticated, service_role;
grant select on table public.followups to authenticated;
grant all on table public.followups to service_role;
drop policy if exists "Follow-ups are visible to their mailbox's owner and team admins" on public.followups;
create policy "Follow-ups are visible to their mailbox's owner and team admins" on public.followups
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));

alter table public.manual_followups enable row level security;
revoke all on table public.manual_followups from anon, authenticated, service_role;
grant select on table public.manual_followups to authenticated;
grant all on table public.manual_followups to service_role;
drop policy if exists "Manual follow-ups are visible with their tracked email" on public.manual_followups;
create policy "Manual follow-ups are visible with their tracked email" on public.manual_followups
for select to authenticated
using (
    tracked_email_id in (
        select t.id from public.tracked_emails as t
        where t.mailbox_id = any(array(select private.my_mailbox_ids()))
    )
);

alter table public.events enable row level security;
revoke all on table public.events from anon, authenticated, service_role;
grant select on table public.events to authenticated;
grant all on table public.events to service_role;
drop policy if exists "Events are visible to whom they concern" on public.events;
create policy "Events are visible to whom they concern" on public.events
for select to authenticated
using (
    mailbox_id = any(array(select private.my_mailbox_ids()))
    or (mailbox_id is null and team_id = any(array(select private.my_admin_team_ids())))
);

alter table public.suppressions enable row level security;
revoke all on table public.suppressions from anon, authenticated, service_role;
grant select, delete on table public.suppressions to authenticated;
grant insert (team_id, address, reason, detail) on table public.suppressions to authenticated;
grant all on table public.suppressions to service_role;
drop policy if exists "Suppressions are visible to the team" on public.suppressions;
create policy "Suppressions are visible to the team" on public.suppressions
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));
drop policy if exists "Members add addresses by hand" on public.suppressions;
create policy "Members add addresses by hand" on public.suppressions
for insert to authenticated
with check (team_id = any(array(select private.my_team_ids())) and reason = 'manual');
drop policy if exists "Admins remove suppressions" on public.suppressions;
create policy "Admins remove suppressions" on public.suppressions
for delete to authenticated
-- An opt-out or a complaint is an objection, kept (PRIVACY.md): only public.lift_suppression lifts it.
using (team_id = any(array(select private.my_admin_team_ids())) and reason in ('manual', 'bounced'));

alter table public.holds enable row level security;
revoke all on table public.holds from anon, authenticated, service_role;
grant select, delete on table public.holds to authenticated;
grant all on table public.holds to service_role;
drop policy if exists "Holds are visible to the team" on public.holds;
create policy "Holds are visible to the team" on public.holds
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));
drop policy if exists "Admins clear holds" on public.holds;
create policy "Admins clear holds" on public.holds
for delete to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));

alter table public.worker_logs enable row level security;
revoke all on table public.worker_logs from anon, authenticated, service_role;
grant select on table public.worker_logs to authenticated;
grant all on table public.worker_logs to service_role;
drop policy if exists "Worker logs are visible to team admins" on public.worker_logs;
create policy "Worker logs are visible to team admins" on public.worker_logs
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));

revoke all on table private.conversation_refs from anon, authenticated, service_role;
revoke all on table private.message_aliases from anon, authenticated, service_role;
