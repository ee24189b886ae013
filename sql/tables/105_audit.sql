-- The audit trail (issue 14, item 8; PRIVACY.md "Audit"): who changed what, when, before and after, for the
-- changes a CNIL auditor or a team's admin asks about: settings, pauses and resumes, mailbox connections and
-- disconnections, routing rules, templates, webhooks, exports and erasures. One table for every kind, written
-- only through private.audit (sql/functions/185_audit.sql), read by the team's admins (sql/policies/075_audit.sql).
--
-- Append-only for every role: no API role may update or delete a row (no grant), and a trigger refuses an update
-- or a delete from any role, the owner included, with two exceptions a function must ask for explicitly: the
-- team's own deletion (the cascade from public.teams) and a purge inside the transaction of an erasure or a
-- retention run (private.allow_audit_purge()). Rows never hold a person's address in clear: an entry about a
-- person carries the salted hash the erasure keeps (so an erasure never has to rewrite the trail).
create table public.audit_log (
    id bigint generated always as identity primary key,
    team_id uuid not null references public.teams (id) on delete cascade,
    -- Who acted: the signed-in user (null for the service role, a worker or a pg_cron job, and once the user is
    -- deleted; an anonymised user keeps their id, so the trail stays consistent).
    actor_id uuid references auth.users (id) on delete set null,
    -- The database role that acted: authenticated (a user through the Data API), service_role, or the role of a
    -- direct connection (a worker, a job, an operator).
    actor_role text not null check (length(actor_role) between 1 and 63),
    -- What was changed: a kind (team_settings, engine_settings, tracked_email, mailbox, routing_rule, template,
    -- webhook_endpoint, member, export, erasure …) and the id of the row, as text (ids are uuids or bigints).
    entity_type text not null check (entity_type ~ '^[a-z][a-z0-9_]{1,47}$'),
    entity_id text check (length(entity_id) between 1 and 200),
    -- The change: created, updated, archived, deleted, paused, resumed, connected, disconnected, exported, erased …
    action text not null check (action ~ '^[a-z][a-z0-9_]{1,47}$'),
    -- The row before and after (null when created / deleted), secrets left out by the caller.
    before jsonb,
    after jsonb,
    -- Where the request came from, as PostgREST passes its headers to SQL (null outside the Data API).
    ip inet,
    user_agent text check (length(user_agent) <= 500),
    occurred_at timestamptz not null
);
-- The team's deletion finds its rows by the key alone (the house rule on foreign keys); an admin reads a team's
-- trail newest first; a user's actions are found by actor.
create index audit_log_team_idx on public.audit_log (team_id);
create index audit_log_team_occurred_idx on public.audit_log (team_id, occurred_at desc, id desc);
create index audit_log_actor_idx on public.audit_log (actor_id) where actor_id is not null;
create index audit_log_entity_idx on public.audit_log (team_id, entity_type, entity_id);
comment on table public.audit_log is
'Append-only audit trail of changes (settings, pauses, mailboxes, routing rules, templates, webhooks, exports, '
'erasures): who, when, before and after, from which IP and user agent. Written by private.audit; read by the '
'team''s admins; no role may update or delete a row.';
