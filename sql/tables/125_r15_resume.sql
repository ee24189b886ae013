-- R15, the resume after a "not now" (../shared/BEHAVIOUR.md; sql/functions/173_routing.sql): the team's setting
-- that plans it by itself, and the mark of the one follow-up a resume sends.

-- Off by default: a "not now" only reminds the owner, who may ask for the resume (public.resume_after_not_now).
-- On: the resume is planned as soon as the not now is read (private.apply_intent). Set through
-- public.set_team_settings (admins, audited).
alter table public.team_settings add column resume_after_not_now boolean not null default false;
comment on column public.team_settings.resume_after_not_now is
'R15: when on, a "not now" reply that names a date plans the sequence''s resume at the first working hour of that '
'date at once (one follow-up, then the sequence ends); off (the default), only a member''s request does.';

-- A resumed sequence sends exactly one follow-up: once the follow-up its resume created is sent (or a member
-- wrote one by hand since the resume), the tracked email is completed (private.plan_followup).
alter table public.followups add column after_not_now boolean not null default false;
comment on column public.followups.after_not_now is
'R15: the one follow-up a resume after a "not now" created (private.r15_resume_due); once sent, the sequence ends.';
