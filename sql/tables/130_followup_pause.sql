-- R11: a follow-up carries its tracked email's pause, so the scheduler's tick (worker.run_followup_scheduler) reads
-- nothing but the follow-up to know it must wait (issue 17: the tick follows what is due, not what is stored).

-- Kept equal to "its tracked email is paused" for every pending follow-up: set and cleared by a trigger on
-- tracked_emails when a pause starts or ends (private.follow_tracked_pause, 070_tracking.sql), and set at the insert
-- of a follow-up (private.plan_followup). Only the predicate of followups_due_idx below names it, so the tick
-- never meets a paused follow-up at all.
alter table public.followups add column tracked_email_paused boolean not null default false;
comment on column public.followups.tracked_email_paused is
'R11: its tracked email is paused (a copy kept by the engine, read by the scheduler''s tick): a pending follow-up '
'that has it waits for the resume.';

-- The scheduler's tick reads what is due, and nothing else (run_followup_scheduler): a follow-up whose tracked
-- email is paused leaves the index until the resume, so a pause that lasts weeks costs the tick nothing (its
-- follow-up would otherwise be found and passed over at every tick once its due time had passed). Keyed by mailbox
-- first: the tick reads the due follow-ups of each working mailbox of a working team, so a stopped mailbox's or a
-- paused team's, however long overdue, are never read either; a resume (private.resume_overdue) reads the
-- overdue follow-ups of the mailboxes it resumes the same way.
create index followups_due_idx on public.followups (mailbox_id, due_at)
where status = 'scheduled' and not tracked_email_paused;
