-- Indexes the engine benchmark (bench/engine_bench.py, bench/RESULTS.md, "1,000,000 tracked emails") showed
-- were in the way. Indexes only.

-- tracked_emails.next_due_at changes every time a follow-up is planned (each new tracked email, each manual
-- follow-up, each send, each out-of-office). While it was a column of an index, every one of those updates
-- was a non-HOT update that wrote a new entry in each of the table's seven indexes (its GIN index on
-- recipients included). Nothing reads tracked emails by (owner_id, next_due_at): the dashboards go through
-- RLS by mailbox. The foreign key to auth.users (on delete cascade) keeps its index, on owner_id alone.
create index if not exists tracked_emails_owner_id_idx on public.tracked_emails (owner_id);
drop index if exists public.tracked_emails_owner_next_due_idx;

-- The GIN index on the recipients of active and paused tracked emails is searched by every inbound human
-- message (R5, an answer from a tracked person in any conversation) and every out-of-office (R6). With GIN's
-- fast update, new entries wait in a pending list that every search reads in full until a vacuum merges it
-- (100 pages, 2.5 ms a search, after a few thousand ingests at 1,000,000 tracked emails); without it, a
-- search reads a handful of pages. Inserts (one per new tracked email) pay the merge as they go.
create index if not exists tracked_emails_recipients_active_idx on public.tracked_emails using gin (recipients)
with (fastupdate = off)
where status in ('active', 'paused');
drop index if exists public.tracked_emails_recipients_idx;
