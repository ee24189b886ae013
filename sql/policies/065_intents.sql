-- Row level security and grants for the messages' intents. An intent says what a message says: it is visible
-- to whoever may read the message (its mailbox's owner and the team's admins, as message_insights, and the member
-- a routing rule assigned the reply to). Nobody writes it through the API: the intelligence worker records it
-- (worker.record_intent).

alter table public.message_intents enable row level security;
revoke all on table public.message_intents from anon, authenticated, service_role;
grant select on table public.message_intents to authenticated;
grant all on table public.message_intents to service_role;
drop policy if exists "Message intents are visible with their message" on public.message_intents;
create policy "Message intents are visible with their message" on public.message_intents
for select to authenticated
using (
    mailbox_id = any(array(select private.my_mailbox_ids()))
    or message_id in (select private.my_routed_message_ids())  -- a hashed subplan (030_engine.sql)
);

-- A notification is for the member it names; marked read through mark_notification_read.
alter table public.notifications enable row level security;
revoke all on table public.notifications from anon, authenticated, service_role;
grant select on table public.notifications to authenticated;
grant all on table public.notifications to service_role;
drop policy if exists "Notifications are visible to their member" on public.notifications;
create policy "Notifications are visible to their member" on public.notifications
for select to authenticated
using (owner_id = (select auth.uid()));

-- R15: a reminder is its owner's, and the team's admins see it too; marked done through mark_reminder_done.
alter table public.reminders enable row level security;
revoke all on table public.reminders from anon, authenticated, service_role;
grant select on table public.reminders to authenticated;
grant all on table public.reminders to service_role;
drop policy if exists "Reminders are visible to their owner and team admins" on public.reminders;
create policy "Reminders are visible to their owner and team admins" on public.reminders
for select to authenticated
using (owner_id = (select auth.uid()) or team_id = any(array(select private.my_admin_team_ids())));
