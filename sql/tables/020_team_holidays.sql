-- Team holidays: a team's own days off (a bridge day, the office's closing week), on top of its
-- holiday calendar (R2: the follow-up clock does not run on them), as they are now.
-- Functions: sql/functions/040_working_time.sql; RLS and grants: sql/policies/020_team_holidays.sql.

create table public.team_holidays (
    team_id uuid not null references public.teams (id) on delete cascade,
    day date not null,
    name text not null check (length(name) between 1 and 200),
    created_at timestamptz not null default now(),
    primary key (team_id, day)
);
comment on table public.team_holidays is
'A team''s own days off, on top of its holiday calendar: the follow-up clock does not run on them (R2).';
