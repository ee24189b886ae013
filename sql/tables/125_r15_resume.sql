-- R15, the resume after a "not now" (../shared/BEHAVIOUR.md; sql/functions/173_routing.sql): the team's setting
-- that plans it by itself.

-- Off by default: a "not now" only reminds the owner, who may ask for the resume (public.resume_after_not_now).
-- On: the resume is planned as soon as the not now is read (private.apply_intent). Set through
-- public.set_team_settings (admins, audited).
alter table public.team_settings add column resume_after_not_now boolean not null default false;
comment on column public.team_settings.resume_after_not_now is
'R15: when on, a "not now" reply that names a date plans the sequence''s resume at the first working hour of that '
'date at once (one follow-up, then the sequence ends); off (the default), only a member''s request does.';
