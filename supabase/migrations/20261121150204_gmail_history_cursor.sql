-- Gmail's history is mailbox-wide: its cursor (a historyId) gets a row of its own in the sync state,
-- beside Graph's per-folder delta links.
alter table private.mailbox_sync_state drop constraint if exists mailbox_sync_state_folder_check;
alter table private.mailbox_sync_state add constraint mailbox_sync_state_folder_check
check (folder in ('inbox', 'sentitems', 'history'));
