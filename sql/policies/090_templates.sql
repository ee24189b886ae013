-- Row level security and grants for what follow-ups say (sql/tables/120_templates.sql). A team's members read its
-- templates (what their follow-ups will say); only the RPCs write them (admins, audited). The variant a tracked
-- email was given is visible with the tracked email (its mailbox's owner and the team's admins); the engine
-- writes it. The signatures are in private (read and confirmed through get/confirm_mailbox_signature).

alter table public.followup_templates enable row level security;
revoke all on table public.followup_templates from anon, authenticated, service_role;
grant select on table public.followup_templates to authenticated;
grant all on table public.followup_templates to service_role;
drop policy if exists "Templates are visible to the team's members" on public.followup_templates;
create policy "Templates are visible to the team's members" on public.followup_templates
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

alter table public.followup_variant_assignments enable row level security;
revoke all on table public.followup_variant_assignments from anon, authenticated, service_role;
grant select on table public.followup_variant_assignments to authenticated;
grant all on table public.followup_variant_assignments to service_role;
drop policy if exists "Variant assignments are visible with their tracked email"
on public.followup_variant_assignments;
create policy "Variant assignments are visible with their tracked email" on public.followup_variant_assignments
for select to authenticated
using (mailbox_id = any(array(select private.my_mailbox_ids())));
