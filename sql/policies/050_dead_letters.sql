-- Row level security and grants for the dead letters: a team's admins see them (the retry itself goes
-- through public.retry_dead_letter, which checks the same right); only the workers (service_role) write.

alter table public.dead_letters enable row level security;
revoke all on table public.dead_letters from anon, authenticated, service_role;
grant select on table public.dead_letters to authenticated;
grant all on table public.dead_letters to service_role;
drop policy if exists "Dead letters are visible to team admins" on public.dead_letters;
create policy "Dead letters are visible to team admins" on public.dead_letters
for select to authenticated
using (team_id = any(array(select private.my_admin_team_ids())));
