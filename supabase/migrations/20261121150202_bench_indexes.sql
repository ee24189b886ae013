-- Indexes the engine benchmark (bench/engine_bench.py, bench/RESULTS.md) showed were missing. Indexes only.

-- R7: a bounce names the Message-ID it returns; when that is a follow-up's, ingest_message finds the follow-up
-- by it instead of reading every follow-up of the mailbox's tracked emails.
create index if not exists followups_internet_message_id_idx on public.followups (internet_message_id)
where internet_message_id is not null;

-- R9: every scheduler tick hands stalled claims back (status claimed or sending, lease expired). Without this
-- it read every pending follow-up (220,000 of them on the benchmark's 1,000,000 tracked emails) each minute.
create index if not exists followups_lease_idx on public.followups (lease_until)
where status in ('claimed', 'sending');
