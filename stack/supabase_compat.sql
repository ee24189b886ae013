-- Supabase compatibility layer for a plain PostgreSQL 15 (local stack and tests only).
--
-- What a Supabase project already has before the first migration runs: the API roles, the `auth`
-- and `extensions` schemas, `auth.users`, and `auth.uid()` / `auth.role()` / `auth.email()` /
-- `auth.jwt()` as Supabase defines them (they read the `request.jwt.claims` setting that PostgREST
-- sets per request). Applied by `relance up` to every database it creates, never by a migration:
-- on Supabase all of this exists already. Idempotent: re-running changes nothing.
--
-- Default privileges copy Supabase's legacy (permissive) default, where every new object in
-- `public` is granted to anon/authenticated/service_role: the catalog tests then prove that the
-- migrations revoke what they must, whichever default the target project has.

do $roles$
begin
    if not exists (select from pg_roles where rolname = 'anon') then
        create role anon nologin noinherit;
    end if;
    if not exists (select from pg_roles where rolname = 'authenticated') then
        create role authenticated nologin noinherit;
    end if;
    if not exists (select from pg_roles where rolname = 'service_role') then
        create role service_role nologin noinherit bypassrls;
    end if;
    if not exists (select from pg_roles where rolname = 'authenticator') then
        create role authenticator login noinherit;
    end if;
end
$roles$;

grant anon to authenticator;
grant authenticated to authenticator;
grant service_role to authenticator;
grant anon to postgres;
grant authenticated to postgres;
grant service_role to postgres;
-- As on Supabase: extensions resolve without qualification for the postgres role (db lint relies on it).
do $search_path$
begin
    execute 'alter role postgres set search_path to "$user", public, extensions';
end
$search_path$;
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';

create schema if not exists extensions;
create schema if not exists auth;
grant usage on schema extensions to anon, authenticated, service_role;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;

create extension if not exists pgcrypto with schema extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgtap with schema extensions;
create extension if not exists plpgsql_check with schema extensions;

create table if not exists auth.users (
    instance_id uuid,
    id uuid primary key,
    aud varchar(255),
    role varchar(255),
    email varchar(255),
    phone text,
    email_confirmed_at timestamptz,
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    is_anonymous boolean not null default false,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    deleted_at timestamptz
);
grant select on auth.users to service_role;

-- A user's sign-in identities (email, Google, Azure …), as Supabase Auth keeps them: identity_data holds the
-- provider's claims (email, name). Anonymising a user deletes them (sql/functions/194_anonymise.sql).
create table if not exists auth.identities (
    provider_id text not null,
    user_id uuid not null references auth.users (id) on delete cascade,
    identity_data jsonb not null,
    provider text not null,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    email text generated always as (lower(identity_data ->> 'email')) stored,
    id uuid not null default gen_random_uuid() primary key,
    unique (provider_id, provider)
);

-- The four helpers, as Supabase defines them (supabase/auth migrations, 2024).
create or replace function auth.uid() returns uuid
language sql stable
set search_path = ''
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
    )::uuid
$$;

create or replace function auth.role() returns text
language sql stable
set search_path = ''
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
    )::text
$$;

create or replace function auth.email() returns text
language sql stable
set search_path = ''
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.email', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
    )::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable
set search_path = ''
as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt()
to anon, authenticated, service_role;

alter default privileges for role postgres in schema public
grant all on tables to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
grant all on functions to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
grant all on sequences to anon, authenticated, service_role;
