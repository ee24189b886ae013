-- Row level security and grants for the messages' intents. An intent says what a message says: it is visible
-- to whoever may read the message (its mailbox's owner and the team's admins, as message_insights). Nobody
-- writes it through the API: the intelligence worker records it (worker.record_intent).

alter table public.message_intents enable row level security;
revoke all on table public.message_intents from anon, authenticated, service_role;
grant select on table public.message_intents to authenticated;
grant all on table public.message_intents to service_role;
drop policy if exists "Message intents are visible with their message" on public.message_intents;
create policy "Message intents are visible with their message" on public.message_intents
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));
