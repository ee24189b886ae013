-- Authorizations in flight (issue 16, connecting a mailbox from the web app): the `oauth` edge function's
-- start writes one row per authorization URL it hands out, its callback consumes it. Out of reach of the
-- Data API (schema private, no grants, not even to service_role): only the worker functions of
-- sql/functions/175_oauth.sql reach it.
--
-- The key is the SHA-256 of `state` (the state itself travels in the browser and the provider's URLs, and
-- is never stored); the row binds it to the signed-in user, the team, the provider and the redirect URI the
-- provider was given, and keeps the PKCE code_verifier (RFC 7636), which never leaves the server. A row is
-- consumed once (deleted by the callback whatever its outcome) and lives 10 minutes on the caller's clock;
-- expired rows are deleted by the next start or callback.

create table private.oauth_states (
    state_sha256 text primary key check (state_sha256 ~ '^[0-9a-f]{64}$'),
    user_id uuid not null references auth.users (id) on delete cascade,
    team_id uuid not null references public.teams (id) on delete cascade,
    provider public.mail_provider not null,
    redirect_uri text not null check (length(redirect_uri) between 1 and 2000),
    -- RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~].
    code_verifier text not null check (code_verifier ~ '^[A-Za-z0-9._~-]{43,128}$'),
    login_hint text check (length(login_hint) <= 320),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    check (expires_at > created_at)
);
-- Deleting a team cascades through it.
create index oauth_states_team_id_idx on private.oauth_states (team_id);
-- A user's authorizations in flight (the cap per user); deleting a user cascades through it.
create index oauth_states_user_id_idx on private.oauth_states (user_id);
-- The cleanup of expired rows.
create index oauth_states_expires_at_idx on private.oauth_states (expires_at);
comment on table private.oauth_states is
'Authorizations in flight: SHA-256 of the OAuth state, bound to user, team, provider and redirect URI, with '
'the PKCE verifier; single use, 10 minutes. Reached only through service_role functions.';

revoke all on private.oauth_states from public, anon, authenticated, service_role;
