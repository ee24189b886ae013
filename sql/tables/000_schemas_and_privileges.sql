-- What every later file relies on: default privileges that keep new objects private, and the
-- unexposed `private` and `worker` schemas.
--
-- Applied first (sql/README.md gives the order): default privileges only apply to objects created after
-- them, and the later files create their objects in `private`.

-- Whatever the target project's default privileges are (Supabase's legacy default grants every new
-- object in public to anon, authenticated and service_role), new objects in public start private:
-- every table and function is granted explicitly, to the roles that need it (sql/policies/, and each
-- function's own file).
alter default privileges for role postgres in schema public
revoke all on tables from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
revoke all on functions from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
revoke all on sequences from anon, authenticated, service_role;
alter default privileges for role postgres
revoke execute on functions from public;

-- Helpers that policies call, and data the Data API must never reach (threading references, provider
-- credentials, sync cursors, the intake's records), live here: PostgREST exposes `public` only.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

-- What the workers, the edge functions and pg_cron call (ingest, the scheduler, claims, queues, cursors,
-- credentials, subscriptions, dead letters) lives here: the Data API exposes `public` and `graphql_public`
-- only, so neither PostgREST, its OpenAPI document nor the frontend's generated types list these functions.
-- Only the service role may use the schema; a signed-in user's RPCs stay in `public`.
create schema if not exists worker;
revoke all on schema worker from public;
grant usage on schema worker to service_role;
