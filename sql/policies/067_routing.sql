-- Row level security and grants for routing and feedback (sql/tables/088_routing.sql). Nobody writes any of it
-- through the API: the admins' RPCs write the rules (sql/functions/173_routing.sql), the engine the routes, the
-- decisions' RPCs the feedback (sql/functions/174_ai_feedback.sql).

-- A team's routing rules are read by its members (who handles what is no secret within a team).
alter table public.routing_rules enable row level security;
revoke all on table public.routing_rules from anon, authenticated, service_role;
grant select on table public.routing_rules to authenticated;
grant all on table public.routing_rules to service_role;
drop policy if exists "Routing rules are visible to the team's members" on public.routing_rules;
create policy "Routing rules are visible to the team's members" on public.routing_rules
for select to authenticated
using (team_id = any(array(select private.my_team_ids())));

-- Where a reply went: its assignee ("assigned to me"), and whoever may read the message (its mailbox's owner and
-- the team's admins).
alter table public.message_routes enable row level security;
revoke all on table public.message_routes from anon, authenticated, service_role;
grant select on table public.message_routes to authenticated;
grant all on table public.message_routes to service_role;
drop policy if exists "Message routes are visible to their assignee and with their message" on public.message_routes;
create policy "Message routes are visible to their assignee and with their message" on public.message_routes
for select to authenticated
using (
    assigned_to = (select auth.uid())
    or mailbox_id = any(array(select private.my_mailbox_ids()))
);

-- Feedback: the team's admins read all of it (accuracy), a member the decisions they made.
alter table public.ai_feedback enable row level security;
revoke all on table public.ai_feedback from anon, authenticated, service_role;
grant select on table public.ai_feedback to authenticated;
grant all on table public.ai_feedback to service_role;
drop policy if exists "AI feedback is visible to the team's admins and its author" on public.ai_feedback;
create policy "AI feedback is visible to the team's admins and its author" on public.ai_feedback
for select to authenticated
using (
    team_id = any(array(select private.my_admin_team_ids()))
    or user_id = (select auth.uid()) and team_id = any(array(select private.my_team_ids()))
);
