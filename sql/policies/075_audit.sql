-- Row level security and grants for the audit trail (sql/tables/105_audit.sql). A team's admins read its whole
-- trail; a member reads the entries about their own actions. Nobody writes through the Data API (private.audit
-- does, inside the RPCs), and no role updates or deletes (no grant, and a trigger refuses it even to the owner).

alter table public.audit_log enable row level security;
revoke all on table public.audit_log from anon, authenticated, service_role;
grant select on table public.audit_log to authenticated;
grant select, insert on table public.audit_log to service_role;
drop policy if exists "Audit entries are visible to team admins and to their actor" on public.audit_log;
create policy "Audit entries are visible to team admins and to their actor" on public.audit_log
for select to authenticated
using (
    team_id = any(array(select private.my_admin_team_ids()))
    or (actor_id = (select auth.uid()) and team_id = any(array(select private.my_team_ids())))
);
