"""The Supabase advisor's lints (the database linter of the dashboard, `supabase/splinter`), run on the schema
the migrations build, each written here as our own catalog query that checks the condition the advisor's lint
checks, at the advisor's level (ERROR, WARN, INFO).

A lint finds nothing, or what it finds is in ``ALLOWED`` (the one allow-list), with the reason it is
acceptable; an entry that the lint no longer finds fails too, so the list cannot go stale. Every lint is also
shown to fail: ``BAD_OBJECTS`` creates an object the lint must flag, in a transaction that is rolled back.

Schemas: the advisor leaves the platform's own schemas alone (``PLATFORM_SCHEMAS``: Supabase's `auth`,
`extensions`, `pgmq` …; the pgmq queues our migrations create are for lint 0019, as in the advisor) and looks at
every other schema, so `private` and `worker` are linted as well as `public`. The schemas the Data API exposes
are read from supabase/config.toml, as PostgREST reads them. Where this file is stricter than the advisor, the
query says so.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from relance import stack
from relance.config import REPO_ROOT
from tests.conftest import clone

EXPOSED_SCHEMAS = list(tomllib.loads((REPO_ROOT / "supabase" / "config.toml").read_text())["api"]["schemas"])
PLATFORM_SCHEMAS = [
    "auth",
    "cron",
    "extensions",
    "graphql",
    "graphql_public",
    "information_schema",
    "net",
    "pg_catalog",
    "pg_toast",
    "pgbouncer",
    "pgmq",
    "pgsodium",
    "pgsodium_masks",
    "pgtle",
    "realtime",
    "storage",
    "supabase_functions",
    "supabase_migrations",
    "vault",
]

# Fragments the queries share. `%(platform)s` and `%(exposed)s` are the lists above.
OURS = "n.nspname <> all(%(platform)s)"
NOT_EXTENSION_OWNED = "not exists (select 1 from pg_catalog.pg_depend d where d.objid = {oid} and d.deptype = 'e')"
API_CAN_SELECT = (
    "(pg_catalog.has_table_privilege('anon', {oid}, 'select')"
    " or pg_catalog.has_table_privilege('authenticated', {oid}, 'select'))"
)
SECURITY_INVOKER = (
    "coalesce(pg_catalog.lower({rel}.reloptions::text), '{{}}')::text[]"
    " && array['security_invoker=1', 'security_invoker=true', 'security_invoker=yes', 'security_invoker=on']"
)
# Every policy of our schemas, its expressions deparsed with an empty search_path (fully qualified).
POLICIES = """
    select n.nspname || '.' || c.relname as tbl, p.polname as policy, c.relrowsecurity as rls,
           p.polpermissive as permissive, p.polroles as roles, p.polcmd as cmd,
           pg_catalog.pg_get_expr(p.polqual, p.polrelid) as qual,
           pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) as with_check
    from pg_catalog.pg_policy p
    join pg_catalog.pg_class c on c.oid = p.polrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname <> all(%(platform)s)
"""
# A policy that applies to the API's users: to PUBLIC (role 0), anon or authenticated.
FOR_API_USERS = (
    "(p.roles = array[0::oid] or exists (select 1 from unnest(p.roles) as r(oid)"
    " where r.oid in ('anon'::regrole, 'authenticated'::regrole)))"
)
# An expression that is always true, once spaces are gone: true, 1=1, 'a'='a', in as many parentheses.
ALWAYS_TRUE = (
    "pg_catalog.regexp_replace(pg_catalog.lower({expr}), '\\s', '', 'g')"
    " ~ '^\\(*(true|1=1|''([^'']*)''(::text)?=''\\2''(::text)?)\\)*$'"
)


@dataclass(frozen=True)
class Lint:
    name: str  # the advisor's number and name: 0011_function_search_path_mutable
    level: str  # the advisor's level: ERROR, WARN or INFO
    query: str  # one row per finding: the object, as text


LINTS = [
    Lint(
        "0001_unindexed_foreign_keys",
        "INFO",
        # A foreign key whose columns are not exactly the key of a valid index (the advisor asks for an index
        # on just those columns, in that order): deleting or updating a referenced row scans the whole table.
        # Stricter than the advisor on partial indexes: one counts only when its predicate is `<key> is not
        # null`, which every lookup by the key implies.
        f"""select n.nspname || '.' || c.relname || ' ' || k.conname
            from pg_catalog.pg_constraint k
            join pg_catalog.pg_class c on c.oid = k.conrelid
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where k.contype = 'f' and {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and not exists (
                  select 1 from pg_catalog.pg_index i
                  where i.indrelid = k.conrelid and i.indisvalid
                    and pg_catalog.string_to_array(i.indkey::text, ' ')::smallint[] = k.conkey
                    and (i.indpred is null
                         or pg_catalog.pg_get_expr(i.indpred, i.indrelid) = (
                             select '(' || pg_catalog.quote_ident(a.attname) || ' IS NOT NULL)'
                             from pg_catalog.pg_attribute a
                             where a.attrelid = k.conrelid and k.conkey = array[a.attnum])))""",
    ),
    Lint(
        "0002_auth_users_exposed",
        "ERROR",
        # A view or materialized view the API's roles can read that is built on auth.users.
        f"""select distinct n.nspname || '.' || v.relname
            from pg_catalog.pg_depend d
            join pg_catalog.pg_rewrite r on r.oid = d.objid
            join pg_catalog.pg_class v on v.oid = r.ev_class
            join pg_catalog.pg_namespace n on n.oid = v.relnamespace
            where d.classid = 'pg_catalog.pg_rewrite'::regclass and d.refobjid = 'auth.users'::regclass
              and v.relkind in ('v', 'm') and {OURS} and {API_CAN_SELECT.format(oid="v.oid")}""",
    ),
    Lint(
        "0003_auth_rls_initplan",
        "WARN",
        # A policy calling auth.uid() / jwt() / role() / email() bare, once per row, instead of
        # `(select auth.uid())`, once per statement.
        f"""select p.tbl || ' ' || p.policy from ({POLICIES}) as p
            where p.rls and exists (
                select 1 from unnest(array[p.qual, p.with_check]) as e(expr)
                where pg_catalog.regexp_replace(e.expr, 'select\\s+auth\\.(uid|jwt|role|email)\\(\\)', '', 'gi')
                      ~* 'auth\\.(uid|jwt|role|email)\\(\\)')""",
    ),
    Lint(
        "0004_no_primary_key",
        "INFO",
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and not exists (select 1 from pg_catalog.pg_index i where i.indrelid = c.oid and i.indisprimary)""",
    ),
    Lint(
        "0006_multiple_permissive_policies",
        "WARN",
        # Two permissive policies for one role and one command: both are evaluated for every row. Roles that
        # bypass RLS, and the platform's own roles, are not concerned.
        f"""select p.tbl || ' ' || a.rolname || ' ' || cmd.name
            from ({POLICIES}) as p
            join pg_catalog.pg_roles a on p.roles = array[0::oid] or a.oid = any(p.roles)
            cross join lateral unnest(case p.cmd when 'r' then array['SELECT'] when 'a' then array['INSERT']
                when 'w' then array['UPDATE'] when 'd' then array['DELETE']
                else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) as cmd(name)
            where p.permissive and not a.rolbypassrls
              and a.rolname !~ '^pg_' and a.rolname !~ '^supabase.*admin$'
            group by p.tbl, a.rolname, cmd.name
            having count(*) > 1""",
    ),
    Lint(
        "0007_policy_exists_rls_disabled",
        "ERROR",
        f"""select distinct p.tbl from ({POLICIES}) as p where not p.rls""",
    ),
    Lint(
        "0008_rls_enabled_no_policy",
        "INFO",
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and c.relrowsecurity and {OURS}
              and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and not exists (select 1 from pg_catalog.pg_policy p where p.polrelid = c.oid)""",
    ),
    Lint(
        "0009_duplicate_index",
        "WARN",
        # Two indexes of one table with the same definition but for their name.
        f"""select n.nspname || '.' || c.relname || ' '
                   || pg_catalog.string_agg(ic.relname, ',' order by ic.relname)
            from pg_catalog.pg_index i
            join pg_catalog.pg_class ic on ic.oid = i.indexrelid
            join pg_catalog.pg_class c on c.oid = i.indrelid
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
            group by n.nspname, c.relname, i.indrelid,
                     pg_catalog.replace(pg_catalog.pg_get_indexdef(i.indexrelid),
                                        pg_catalog.quote_ident(ic.relname), '')
            having count(*) > 1""",
    ),
    Lint(
        "0010_security_definer_view",
        "ERROR",
        # A view the API's roles can read that runs with its owner's rights (RLS of the owner, not the user).
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'v' and {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and {API_CAN_SELECT.format(oid="c.oid")} and not ({SECURITY_INVOKER.format(rel="c")})""",
    ),
    Lint(
        "0011_function_search_path_mutable",
        "WARN",
        # A function or procedure that does not pin its search_path: it resolves names in its caller's.
        f"""select p.oid::regprocedure::text
            from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
            where {OURS} and {NOT_EXTENSION_OWNED.format(oid="p.oid")}
              and not exists (
                  select 1 from unnest(p.proconfig) as s(setting) where s.setting like 'search\\_path=%%')""",
    ),
    Lint(
        "0013_rls_disabled_in_public",
        "ERROR",
        # A table without RLS in an exposed schema, or one that anon or authenticated can read anywhere.
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and not c.relrowsecurity and {OURS}
              and (n.nspname = any(%(exposed)s) or {API_CAN_SELECT.format(oid="c.oid")})""",
    ),
    Lint(
        "0014_extension_in_public",
        "WARN",
        """select e.extname from pg_catalog.pg_extension e
           where e.extnamespace = 'public'::regnamespace and e.extname <> 'plpgsql'""",
    ),
    Lint(
        "0015_rls_references_user_metadata",
        "ERROR",
        # user_metadata is the user's to write (supabase.auth.updateUser): never a ground for access.
        f"""select p.tbl || ' ' || p.policy from ({POLICIES}) as p
            where concat(p.qual, ' ', p.with_check) ~* '(user_metadata|raw_user_meta_data)'""",
    ),
    Lint(
        "0016_materialized_view_in_api",
        "WARN",
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'm' and {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and {API_CAN_SELECT.format(oid="c.oid")}""",
    ),
    Lint(
        "0017_foreign_table_in_api",
        "WARN",
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'f' and {OURS} and {NOT_EXTENSION_OWNED.format(oid="c.oid")}
              and {API_CAN_SELECT.format(oid="c.oid")}""",
    ),
    Lint(
        "0019_insecure_queue_exposed_in_api",
        "ERROR",
        # A pgmq queue's table that anon or authenticated can read without RLS (the advisor flags it once
        # `pgmq_public` is exposed; here whether or not it is), or `pgmq_public` exposed at all.
        f"""select n.nspname || '.' || c.relname
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'pgmq' and c.relkind in ('r', 'p') and c.relname ~ '^[qa]_'
              and not c.relrowsecurity and {API_CAN_SELECT.format(oid="c.oid")}
            union all
            select 'pgmq_public' where 'pgmq_public' = any(%(exposed)s)""",
    ),
    Lint(
        "0021_fkey_to_auth_unique",
        "ERROR",
        # A foreign key to one of auth's unique constraints other than a primary key (Auth may change them).
        f"""select n.nspname || '.' || c.relname || ' ' || k.conname
            from pg_catalog.pg_constraint k
            join pg_catalog.pg_class c on c.oid = k.conrelid
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            join pg_catalog.pg_class rc on rc.oid = k.confrelid
            join pg_catalog.pg_index i on i.indexrelid = k.conindid
            where k.contype = 'f' and rc.relnamespace = 'auth'::regnamespace and i.indisunique
              and not i.indisprimary and {OURS}""",
    ),
    Lint(
        "0023_sensitive_columns_exposed",
        "ERROR",
        # A column named like a credential or a personal identifier in a table of an exposed schema that
        # anon or authenticated can read without RLS.
        f"""select n.nspname || '.' || c.relname || '.' || a.attname
            from pg_catalog.pg_class c
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where c.relkind in ('r', 'p') and n.nspname = any(%(exposed)s) and {OURS} and not c.relrowsecurity
              and {API_CAN_SELECT.format(oid="c.oid")}
              and pg_catalog.replace(pg_catalog.lower(a.attname), '-', '_') = any(array[
                  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secret_key', 'private_key', 'api_key',
                  'apikey', 'auth_key', 'token', 'jwt', 'access_token', 'refresh_token', 'oauth_token',
                  'session_token', 'bearer_token', 'auth_code', 'session_id', 'session_key', 'session_secret',
                  'recovery_code', 'backup_code', 'verification_code', 'otp', 'two_factor', '2fa_secret',
                  '2fa_code', 'ssn', 'social_security', 'social_security_number', 'driver_license',
                  'drivers_license', 'license_number', 'passport_number', 'passport_id', 'national_id', 'tax_id',
                  'credit_card', 'card_number', 'cvv', 'cvc', 'cvn', 'bank_account', 'account_number',
                  'routing_number', 'iban', 'swift_code', 'bic', 'health_record', 'medical_record', 'patient_id',
                  'insurance_number', 'health_insurance', 'medical_insurance', 'treatment', 'mac_address',
                  'macaddr', 'imei', 'device_uuid', 'pgp_key', 'gpg_key', 'ssh_key', 'certificate',
                  'license_key', 'activation_key', 'facial_recognition'])""",
    ),
    Lint(
        "0024_rls_policy_always_true",
        "WARN",
        # A permissive policy for the API's users that lets every row through: USING always true (for any
        # command, SELECT included: no table of ours is public reading), WITH CHECK always true, or absent
        # where nothing else restricts the write.
        f"""select p.tbl || ' ' || p.policy from ({POLICIES}) as p
            where p.rls and p.permissive and {FOR_API_USERS}
              and ({ALWAYS_TRUE.format(expr="p.qual")}
                   or {ALWAYS_TRUE.format(expr="p.with_check")}
                   or (p.cmd in ('r', 'w', 'd', '*') and p.qual is null)
                   or (p.cmd = 'a' and p.with_check is null))""",
    ),
    Lint(
        "0028_anon_security_definer_function_executable",
        "WARN",
        f"""select p.oid::regprocedure::text
            from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
            where p.prosecdef and {OURS} and pg_catalog.has_function_privilege('anon', p.oid, 'execute')""",
    ),
    Lint(
        "0029_authenticated_security_definer_function_executable",
        "WARN",
        f"""select p.oid::regprocedure::text
            from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
            where p.prosecdef and {OURS}
              and pg_catalog.has_function_privilege('authenticated', p.oid, 'execute')""",
    ),
    Lint(
        "0030_rls_policy_null_auth_disjunct",
        "WARN",
        # A permissive read policy for the API's users with a top-level `auth.uid() is null or …` (or
        # jwt() / role() / current_setting(…, true)): for a session without that claim, every row.
        f"""select p.tbl || ' ' || p.policy from ({POLICIES}) as p
            where p.rls and p.permissive and p.cmd in ('r', '*') and {FOR_API_USERS}
              and exists (
                  select 1 from pg_catalog.regexp_split_to_table(
                      pg_catalog.regexp_replace(p.qual, '^\\((.*)\\)$', '\\1'), '\\s+OR\\s+') as d(disjunct)
                  where d.disjunct ~* ('^\\(*\\s*(not\\s*\\(\\s*)?(\\(\\s*select\\s+)?'
                      || '(auth\\.(uid|jwt|role)\\(\\)|current_setting\\([^)]*,\\s*true\\))'
                      || '[^()]*\\)?\\s*is\\s+(not\\s+)?null\\s*\\)*$'))""",
    ),
]


# Foreign keys left without an index on purpose: only a delete of the parent (a team, a mailbox: rare) reads
# them, once per deleted parent, while an index would be written by every scheduler tick and every plan (the
# tick's update of 10,000 follow-ups writes every index of followups: with these two, the 10,000-due tick at
# 1,000,000 tracked emails went from 0.78-0.94 s to 1.02-1.10 s, over its 1 s target; bench/RESULTS.md).
_UNINDEXED_ON_PURPOSE = (
    "not indexed on purpose: read only when its parent is deleted (on delete cascade, rare), while an index here"
    " would be written by every scheduler tick and follow-up plan (bench/RESULTS.md)"
)


def _covered_by(index: str) -> str:
    # test_a_foreign_key_allowed_as_covered_leads_an_index checks the claim.
    return (
        f"covered by the index {index}, whose leading columns are the key's: Postgres finds the referencing rows"
        " of a deleted or updated row through it, and an index on the key alone would be one more to write"
    )


_SELF_CHECKING = "security definer because authenticated may not write the tables it changes; it checks the caller"
_TEAM_HELPER = (
    "the RLS policies' helper (sql/functions/010_team_access.sql): security definer because it reads team_members,"
    " whose own policy calls it (invoker rights would recurse); it returns only the calling user's own memberships"
    " (where user_id = auth.uid()), and lives in `private`, which the Data API does not expose"
)
_INLINED = (
    "language sql, security invoker, inlined into its callers, which all pin search_path = '' (the inlined body is"
    " parsed in their empty path); a pinned search_path would stop the inlining (bench/RESULTS.md). Every table and"
    " function in it is named with its schema, and neither anon nor authenticated may execute it"
)

# What a lint finds that is acceptable, and why: (lint name, object as the lint's query prints it): reason.
# The reasons that can be checked on the catalog are (the tests after test_advisor_lint).
ALLOWED: dict[tuple[str, str], str] = {
    # INFO. The advisor wants an index on exactly the key's columns; these keys lead a composite index.
    ("0001_unindexed_foreign_keys", "private.ai_cache ai_cache_team_id_fkey"): _covered_by("ai_cache_pkey"),
    ("0001_unindexed_foreign_keys", "private.anonymised_members anonymised_members_team_id_fkey"): _covered_by(
        "anonymised_members_pkey"
    ),
    ("0001_unindexed_foreign_keys", "private.erased_people erased_people_team_id_fkey"): _covered_by(
        "erased_people_pkey"
    ),
    ("0001_unindexed_foreign_keys", "public.ai_feedback ai_feedback_team_id_fkey"): _covered_by(
        "ai_feedback_team_occurred_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.routing_rules routing_rules_team_id_fkey"): _covered_by(
        "routing_rules_team_id_position_key"
    ),
    ("0001_unindexed_foreign_keys", "public.message_routes message_routes_team_id_fkey"): _covered_by(
        "message_routes_assigned_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.message_routes message_routes_team_id_assigned_to_fkey"): _covered_by(
        "message_routes_assigned_idx"
    ),
    ("0001_unindexed_foreign_keys", "private.ai_calls ai_calls_team_id_fkey"): _covered_by(
        "ai_calls_team_called_at_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.ai_user_preferences ai_user_preferences_team_id_fkey"): _covered_by(
        "ai_user_preferences_team_user_idx"
    ),
    ("0001_unindexed_foreign_keys", "private.conversation_refs conversation_refs_mailbox_id_fkey"): _covered_by(
        "conversation_refs_pkey"
    ),
    ("0001_unindexed_foreign_keys", "private.mailbox_sync_state mailbox_sync_state_mailbox_id_fkey"): _covered_by(
        "mailbox_sync_state_pkey"
    ),
    ("0001_unindexed_foreign_keys", "private.message_aliases message_aliases_mailbox_id_fkey"): _covered_by(
        "message_aliases_pkey"
    ),
    ("0001_unindexed_foreign_keys", "public.dead_letters dead_letters_mailbox_id_fkey"): _covered_by(
        "dead_letters_mailbox_id_provider_message_id_key"
    ),
    ("0001_unindexed_foreign_keys", "public.dead_letters dead_letters_team_id_fkey"): _covered_by(
        "dead_letters_team_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.events events_team_id_fkey"): _covered_by("events_team_occurred_idx"),
    ("0001_unindexed_foreign_keys", "public.message_insights message_insights_mailbox_id_fkey"): _covered_by(
        "message_insights_mailbox_state_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.events events_tracked_email_id_fkey"): _covered_by(
        "events_tracked_email_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.followups followups_team_id_fkey"): _UNINDEXED_ON_PURPOSE,
    ("0001_unindexed_foreign_keys", "public.followups followups_mailbox_id_fkey"): _UNINDEXED_ON_PURPOSE,
    ("0001_unindexed_foreign_keys", "public.followups followups_tracked_email_id_fkey"): _covered_by(
        "followups_tracked_email_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.health_snapshot_teams health_snapshot_teams_snapshot_id_fkey"): (
        _covered_by("health_snapshot_teams_pkey")
    ),
    ("0001_unindexed_foreign_keys", "public.health_snapshot_teams health_snapshot_teams_team_id_fkey"): _covered_by(
        "health_snapshot_teams_team_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.holds holds_team_id_fkey"): _covered_by("holds_pkey"),
    ("0001_unindexed_foreign_keys", "public.mailboxes mailboxes_team_id_fkey"): _covered_by(
        "mailboxes_team_id_address_key"
    ),
    ("0001_unindexed_foreign_keys", "public.manual_followups manual_followups_tracked_email_id_fkey"): _covered_by(
        "manual_followups_tracked_email_id_message_id_key"
    ),
    ("0001_unindexed_foreign_keys", "public.messages messages_conversation_id_fkey"): _covered_by(
        "messages_conversation_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.messages messages_mailbox_id_fkey"): _covered_by(
        "messages_mailbox_id_provider_message_id_key"
    ),
    ("0001_unindexed_foreign_keys", "public.messages messages_team_id_fkey"): _covered_by("messages_team_from_idx"),
    ("0001_unindexed_foreign_keys", "public.suppressions suppressions_team_id_fkey"): _covered_by("suppressions_pkey"),
    ("0001_unindexed_foreign_keys", "public.team_holidays team_holidays_team_id_fkey"): _covered_by(
        "team_holidays_pkey"
    ),
    ("0001_unindexed_foreign_keys", "public.team_members team_members_team_id_fkey"): _covered_by("team_members_pkey"),
    ("0001_unindexed_foreign_keys", "public.team_members team_members_user_id_fkey"): _covered_by(
        "team_members_user_id_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.tracked_emails tracked_emails_mailbox_id_fkey"): _covered_by(
        "tracked_emails_mailbox_status_due_idx"
    ),
    ("0001_unindexed_foreign_keys", "public.tracked_emails tracked_emails_team_id_fkey"): _covered_by(
        "tracked_emails_team_status_due_idx"
    ),
    (
        "0001_unindexed_foreign_keys",
        "public.tracked_email_status_counts tracked_email_status_counts_mailbox_id_fkey",
    ): _covered_by("tracked_email_status_counts_mailbox_idx"),
    # INFO. RLS on and no policy is the point: nobody reads these tables but the intake's functions
    # (security definer), and a grant added by mistake would still show nothing (sql/policies/040_provider_intake.sql).
    ("0008_rls_enabled_no_policy", "private.provider_push_receipts"): "deny-all on purpose: no role holds a grant",
    ("0008_rls_enabled_no_policy", "private.provider_rejections"): "deny-all on purpose: no role holds a grant",
    ("0008_rls_enabled_no_policy", "private.provider_subscriptions"): "deny-all on purpose: no role holds a grant",
    # The workers' heartbeats: written and read only by the health functions (sql/policies/060_health.sql).
    ("0008_rls_enabled_no_policy", "private.worker_heartbeats"): "deny-all on purpose: no role holds a grant",
    # WARN. Inlined helpers of the hot paths.
    ("0011_function_search_path_mutable", "private.mailbox_settings(uuid)"): _INLINED,
    ("0011_function_search_path_mutable", "private.message_shape_ok(jsonb)"): _INLINED,
    ("0011_function_search_path_mutable", "private.working_hours_text(interval)"): _INLINED,
    ("0011_function_search_path_mutable", "worker.ingest_messages(uuid,jsonb,timestamp with time zone,jsonb)"): (
        "a procedure that commits cannot carry a SET clause (Postgres refuses the commit); it is security invoker,"
        " only service_role may execute it, and it calls nothing but pg_catalog's functions (named with their"
        " schema) and worker.ingest_message, which pins search_path = ''"
    ),
    # WARN. The signed-in user's RPCs, and the helpers RLS calls.
    ("0029_authenticated_security_definer_function_executable", "private.my_team_ids()"): _TEAM_HELPER,
    ("0029_authenticated_security_definer_function_executable", "private.my_admin_team_ids()"): _TEAM_HELPER,
    ("0029_authenticated_security_definer_function_executable", "private.my_owner_team_ids()"): _TEAM_HELPER,
    ("0029_authenticated_security_definer_function_executable", "private.suggestion_value(uuid)"): (
        "the suggestions' review list's reader (public.ranked_fact_suggestions, sql/functions/174_learning.sql):"
        " members may not select contact_facts.value (sql/policies/076_privacy_logs.sql), so the list reads a"
        " suggestion's value here; it returns it only for a suggested fact the caller decides on"
        " (private.may_decide: the contact's owner or a team admin), null otherwise, and lives in `private`, which"
        " the Data API does not expose"
    ),
    ("0029_authenticated_security_definer_function_executable", "private.my_mailbox_ids()"): (
        "the RLS policies' and RPCs' helper (sql/functions/100_user_rpcs.sql): security definer because it reads"
        " mailboxes and team_members under their own policies; it returns only the mailboxes the caller owns or"
        " administers (auth.uid()), and lives in `private`, which the Data API does not expose"
    ),
    ("0029_authenticated_security_definer_function_executable", "private.my_routed_message_ids()"): (
        "the messages' and intents' RLS helper (sql/functions/173_routing.sql): security definer because it reads"
        " message_routes and team_members under their own policies; it returns only the replies routed to the caller"
        " (auth.uid()) in their teams, and lives in `private`, which the Data API does not expose"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.followup_activity_page(text,public.tracked_status,uuid,timestamp with time zone,uuid,integer)",
    ): (
        f"{_SELF_CHECKING}: it reads only the teams the caller administers (private.my_admin_team_ids) and the"
        " mailboxes they own (auth.uid()), or one mailbox of private.my_mailbox_ids: what the tracked emails' RLS"
        " policy shows them; security definer because under RLS the status comparison (enum equality is not"
        " leakproof) cannot be an index condition (sql/functions/110_views.sql; tests/test_dashboard_pages.py"
        " compares every page with the view under RLS)"
    ),
    ("0029_authenticated_security_definer_function_executable", "public.mailbox_connections()"): (
        f"{_SELF_CHECKING}: it returns only the mailboxes the caller owns (auth.uid()) or whose team they administer"
        " (private.my_admin_team_ids), as the mailboxes' select policy does; security definer because the last sync"
        " and the subscription expiry live in `private` tables no API role reads, and it returns neither a credential"
        " nor a cursor (sql/functions/175_oauth.sql; tests/e2e/test_oauth_e2e.py checks it per role)"
    ),
    ("0029_authenticated_security_definer_function_executable", "public.create_team(text,text[])"): (
        f"{_SELF_CHECKING}: 42501 without a signed-in user (auth.uid()), and the team it creates is the caller's,"
        " as its owner (sql/functions/030_teams.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.track_message(uuid,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: private.require_mailbox, 42501 unless the message's mailbox is the caller's or their"
        " team's as its admin (sql/functions/100_user_rpcs.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.untrack_email(uuid,timestamp with time zone)",
    ): (f"{_SELF_CHECKING}: private.require_mailbox on the tracked email's mailbox (sql/functions/100_user_rpcs.sql)"),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.mark_answered(uuid,text,timestamp with time zone)",
    ): f"{_SELF_CHECKING}: private.require_mailbox on the tracked email's mailbox (sql/functions/100_user_rpcs.sql)",
    (
        "0029_authenticated_security_definer_function_executable",
        "public.pause_tracked_email(uuid,timestamp with time zone)",
    ): f"{_SELF_CHECKING}: private.require_mailbox on the tracked email's mailbox (sql/functions/100_user_rpcs.sql)",
    (
        "0029_authenticated_security_definer_function_executable",
        "public.resume_tracked_email(uuid,timestamp with time zone)",
    ): f"{_SELF_CHECKING}: private.require_mailbox on the tracked email's mailbox (sql/functions/100_user_rpcs.sql)",
    (
        "0029_authenticated_security_definer_function_executable",
        "public.pause_mailbox(uuid,timestamp with time zone)",
    ): (f"{_SELF_CHECKING}: private.require_mailbox (sql/functions/100_user_rpcs.sql)"),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.resume_mailbox(uuid,timestamp with time zone)",
    ): f"{_SELF_CHECKING}: private.require_mailbox (sql/functions/100_user_rpcs.sql)",
    (
        "0029_authenticated_security_definer_function_executable",
        "public.disconnect_mailbox(uuid,text,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: private.require_mailbox, 42501 unless the caller owns the mailbox or administers its"
        " team; security definer because it queues the provider cleanup on pgmq and marks the mailbox's"
        " subscriptions in `private` (sql/functions/145_disconnect.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.pause_team(uuid,text,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
        " sql/functions/100_user_rpcs.sql)"
    ),
    ("0029_authenticated_security_definer_function_executable", "public.resume_team(uuid,timestamp with time zone)"): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
        " sql/functions/100_user_rpcs.sql)"
    ),
    ("0029_authenticated_security_definer_function_executable", "public.set_team_settings(uuid,jsonb)"): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
        " sql/functions/105_settings_rpcs.sql)"
    ),
    ("0029_authenticated_security_definer_function_executable", "public.set_mailbox_settings(uuid,jsonb)"): (
        f"{_SELF_CHECKING}: private.require_mailbox (sql/functions/105_settings_rpcs.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.retry_dead_letter(uuid,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the dead letter's team (private.my_admin_team_ids,"
        " sql/functions/160_dead_letters.sql)"
    ),
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
            " sql/functions/170_contacts.sql)"
        )
        for signature in (
            "public.run_autofill_now(uuid,integer,timestamp with time zone)",
            "public.set_intelligence_settings(uuid,boolean,numeric,integer,text,boolean,numeric,boolean)",
        )
    },
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: 42501 unless the contact's (or organisation's) owner or a team admin"
            " (private.may_decide, sql/functions/170_contacts.sql)"
        )
        for signature in (
            "public.decide_fact(uuid,text,text,timestamp with time zone)",
            "public.decide_facts(uuid,text,text,public.fact_source,numeric,numeric,uuid,timestamp with time zone)",
            "public.set_contact_field(uuid,text,text,timestamp with time zone)",
        )
    },
    # Privacy (issue 14): erasure and anonymisation by a team's admins, basis and objection by its members,
    # retention settings read by members and changed by admins.
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: 42501 unless an owner or admin of the team (private.my_admin_team_ids,"
            f" sql/functions/{where})"
        )
        for signature, where in (
            ("public.erase_person(uuid,text,timestamp with time zone)", "190_erasure.sql"),
            ("public.anonymise_member(uuid,uuid,text,timestamp with time zone)", "194_anonymise.sql"),
            ("public.set_privacy_settings(uuid,jsonb)", "192_retention.sql"),
            ("public.lift_suppression(uuid,text,text,timestamp with time zone)", "191_consent.sql"),
        )
    },
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: 42501 unless a member of the team (its membership of auth.uid(), sql/functions/{where})"
        )
        for signature, where in (
            ("public.get_privacy_settings(uuid)", "192_retention.sql"),
            ("public.set_contact_basis(uuid,public.lawful_basis,text,timestamp with time zone)", "191_consent.sql"),
            ("public.record_objection(uuid,text,timestamp with time zone)", "191_consent.sql"),
        )
    },
    # Marking one's notification read, one's (or, as a team admin, a member's) reminder done (R15).
    (
        "0029_authenticated_security_definer_function_executable",
        "public.mark_notification_read(uuid,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: P0002 unless the notification is the caller's (owner_id = auth.uid(),"
        " sql/functions/172_intents.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.mark_reminder_done(uuid,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: P0002 unless the reminder is the caller's or they are an admin of its team"
        " (private.my_admin_team_ids, sql/functions/172_intents.sql)"
    ),
    # Privacy (issue 14): a contact's full record, exports; each logs itself in data_access_logs.
    ("0029_authenticated_security_definer_function_executable", "public.get_contact(uuid)"): (
        f"{_SELF_CHECKING}: 42501 unless a member of the contact's team (private.my_team_ids,"
        " sql/functions/188_access_logs.sql); the read is logged"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.export_person(uuid,text,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
        " sql/functions/186_export.sql); logged and audited"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.export_user(uuid,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: exports auth.uid() only, in the caller's own teams (42501 otherwise,"
        " sql/functions/186_export.sql); logged and audited"
    ),
    # Learning (issue 13): a member's choices, and the values the team chose for a field.
    (
        "0029_authenticated_security_definer_function_executable",
        "public.track_field_choice(uuid,text,text,text,text,text,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: 42501 unless the caller (auth.uid()) is a member of the team; it records the caller's"
        " own choice only, which no API role may insert (sql/functions/174_learning.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.get_field_suggestions(uuid,text,text,integer,timestamp with time zone)",
    ): (
        "it checks the caller: 42501 unless a member of the team (private.my_team_ids); security definer because the"
        " team's values come from other members' choices, which RLS keeps from the caller: it returns the values"
        " only, never who chose them (sql/functions/174_learning.sql)"
    ),
    # The dashboard's model use: private.ai_calls is out of the API's reach; this gives its daily aggregates.
    ("0029_authenticated_security_definer_function_executable", "private.intel_ai_usage_rows()"): (
        "the rows of the security invoker view intel_ai_usage_daily (sql/functions/176_intel_dashboard.sql): daily"
        " counts and cost of the caller's teams only (private.my_team_ids), no model answer, text or address; in"
        " `private`, which the Data API does not expose"
    ),
    # Routing rules (issue 13): create and reorder check the team, the others go through private.admin_routing_rule.
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.require_team_admin,"
            " private.admin_routing_rule, sql/functions/173_routing.sql); each change audited"
        )
        for signature in (
            "public.create_routing_rule(uuid,text,text[],text[],text[],uuid[],uuid,text[],uuid,integer,boolean,"
            "timestamp with time zone)",
            "public.update_routing_rule(uuid,text,text[],text[],text[],uuid[],uuid,text[],uuid,"
            "timestamp with time zone)",
            "public.set_routing_rule_enabled(uuid,boolean,timestamp with time zone)",
            "public.reorder_routing_rules(uuid,uuid[],timestamp with time zone)",
            "public.delete_routing_rule(uuid,timestamp with time zone)",
        )
    },
    # R15's resume, and a member's correction of an intent (issue 13).
    (
        "0029_authenticated_security_definer_function_executable",
        "public.resume_after_not_now(uuid,boolean,timestamp with time zone)",
    ): (
        f"{_SELF_CHECKING}: P0002 unless the reminder is the caller's or they are an admin of its team"
        " (private.my_admin_team_ids, sql/functions/173_routing.sql)"
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        "public.correct_intent(uuid,text,date,timestamp with time zone,boolean)",
    ): (
        f"{_SELF_CHECKING}: P0002 unless the caller owns the message's mailbox or administers its team"
        " (private.my_admin_team_ids, sql/functions/174_ai_feedback.sql)"
    ),
    # The webhook endpoints' RPCs: create checks the team, the others go through private.admin_webhook_endpoint.
    (
        "0029_authenticated_security_definer_function_executable",
        "public.create_webhook_endpoint(uuid,text,text[],text)",
    ): (
        f"{_SELF_CHECKING}: 42501 unless an admin of the team (private.my_admin_team_ids,"
        " sql/functions/180_webhooks.sql)"
    ),
    **{
        ("0029_authenticated_security_definer_function_executable", signature): (
            f"{_SELF_CHECKING}: private.admin_webhook_endpoint, 42501 unless an admin of the endpoint's team"
            " (private.my_admin_team_ids, sql/functions/180_webhooks.sql); the audit records auth.uid()"
        )
        for signature in (
            "public.update_webhook_endpoint(uuid,text[],text)",
            "public.rotate_webhook_secret(uuid,interval)",
            "public.enable_webhook_endpoint(uuid)",
            "public.disable_webhook_endpoint(uuid,text)",
            "public.delete_webhook_endpoint(uuid)",
            "public.send_test_webhook(uuid)",
        )
    },
    # The webhook secrets: read only by worker.read_webhook_deliveries (sql/policies/070_webhooks.sql).
    ("0008_rls_enabled_no_policy", "private.webhook_secrets"): "deny-all on purpose: no role holds a grant",
    ("0008_rls_enabled_no_policy", "private.webhook_retired_secrets"): "deny-all on purpose: no role holds a grant",
    **{
        ("0001_unindexed_foreign_keys", key): _covered_by(index)
        for key, index in (
            ("public.webhook_endpoints webhook_endpoints_team_id_fkey", "webhook_endpoints_team_id_url_key"),
            (
                "private.webhook_retired_secrets webhook_retired_secrets_endpoint_id_fkey",
                "webhook_retired_secrets_pkey",
            ),
            ("public.webhook_deliveries webhook_deliveries_team_id_fkey", "webhook_deliveries_team_id_idx"),
            (
                "public.webhook_deliveries webhook_deliveries_endpoint_id_fkey",
                "webhook_deliveries_endpoint_id_webhook_id_key",
            ),
        )
    },
    **{
        ("0001_unindexed_foreign_keys", key): _covered_by(index)
        for key, index in (
            ("public.contacts contacts_team_id_fkey", "contacts_team_id_address_key"),
            ("public.organisations organisations_team_id_fkey", "organisations_team_owner_idx"),
            ("public.contact_facts contact_facts_team_id_fkey", "contact_facts_team_status_idx"),
            ("public.contact_facts contact_facts_contact_id_fkey", "contact_facts_contact_id_field_value_key"),
            ("public.organisation_facts organisation_facts_team_id_fkey", "organisation_facts_team_status_idx"),
            (
                "public.organisation_facts organisation_facts_organisation_id_fkey",
                "organisation_facts_organisation_id_field_value_key",
            ),
            ("public.message_insights message_insights_team_id_fkey", "message_insights_team_state_idx"),
            ("public.notifications notifications_team_id_fkey", "notifications_team_owner_idx"),
            ("public.notifications notifications_message_id_fkey", "notifications_message_id_kind_key"),
            ("public.reminders reminders_team_id_fkey", "reminders_team_owner_idx"),
            ("public.compliance_reports compliance_reports_team_id_fkey", "compliance_reports_team_id_month_key"),
        )
    },
    # Follow-up templates and signatures (sql/functions/200_templates.sql): each RPC checks the caller's team and
    # role (admins for templates, the mailbox's owner or an admin for its signature).
    **{
        ("0029_authenticated_security_definer_function_executable", f): _SELF_CHECKING
        for f in (
            "public.create_followup_template(uuid,integer,text,text,text,uuid,text,integer,timestamp with time zone)",
            "public.update_followup_template(uuid,text,text,integer,boolean,timestamp with time zone)",
            "public.archive_followup_template(uuid,timestamp with time zone)",
            "public.stop_followup_variant(uuid,boolean,timestamp with time zone)",
            "public.preview_followup_template(uuid,uuid,text,text,integer)",
            "public.get_mailbox_signature(uuid)",
            "public.confirm_mailbox_signature(uuid,text,text,timestamp with time zone)",
        )
    },
    (
        "0001_unindexed_foreign_keys",
        "public.followup_variant_assignments followup_variant_assignments_tracked_email_id_fkey",
    ): _covered_by("followup_variant_assignments_pkey"),
}


@pytest.fixture(scope="module")
def catalog(target: stack.Target, template_db: str) -> Iterator[psycopg.Connection[Any]]:
    """One database as the migrations leave it, read by every lint (a bad object lives in a rolled-back
    transaction). The search_path is empty, so policies deparse fully qualified (`auth.uid()`), as the
    advisor reads them."""
    name = clone(target, template_db)
    try:
        with psycopg.connect(target.url_for(name), autocommit=True) as connection:
            connection.execute("set search_path = ''")
            yield connection
    finally:
        stack.drop_database(target, name)


def findings(conn: psycopg.Connection[Any], lint: Lint) -> set[str]:
    rows = conn.execute(lint.query, {"platform": PLATFORM_SCHEMAS, "exposed": EXPOSED_SCHEMAS}).fetchall()
    return {row[0] for row in rows}


@pytest.mark.parametrize("lint", LINTS, ids=[lint.name for lint in LINTS])
def test_advisor_lint(catalog: psycopg.Connection[Any], lint: Lint) -> None:
    found = findings(catalog, lint)
    allowed = {obj for (name, obj) in ALLOWED if name == lint.name}
    assert sorted(found - allowed) == [], f"{lint.level} {lint.name}"
    assert sorted(allowed - found) == [], f"allowed but no longer found by {lint.name}: drop it from ALLOWED"


# Every lint fails on an object made to fail it --------------------------------------------------------------------

PROBE = "public.advisor_probe"
RLS_PROBE = [
    f"create table {PROBE} (id integer primary key, owner_id uuid)",
    f"alter table {PROBE} enable row level security",
    f"grant select, insert, update, delete on {PROBE} to authenticated",
]
DEFINER_PROBE = (
    f"create function {PROBE}() returns integer language sql security definer set search_path = '' as 'select 1'"
)

# (lint name, the statements that make the bad object, what the lint must find).
BAD_OBJECTS: list[tuple[str, list[str], str]] = [
    (
        "0001_unindexed_foreign_keys",
        [f"create table {PROBE} (id integer primary key, team_id uuid references public.teams (id) on delete cascade)"],
        f"{PROBE} advisor_probe_team_id_fkey",
    ),
    (
        "0001_unindexed_foreign_keys",
        [
            f"create table {PROBE} (id integer primary key, status text,"
            " team_id uuid references public.teams (id) on delete cascade)",
            f"create index advisor_probe_partial on {PROBE} (team_id) where status = 'sent'",
        ],
        f"{PROBE} advisor_probe_team_id_fkey",
    ),
    (
        "0002_auth_users_exposed",
        [
            f"create view {PROBE} with (security_invoker = on) as select u.id, u.email from auth.users as u",
            f"grant select on {PROBE} to authenticated",
        ],
        PROBE,
    ),
    (
        "0003_auth_rls_initplan",
        [*RLS_PROBE, f"create policy bare on {PROBE} for select to authenticated using (owner_id = auth.uid())"],
        f"{PROBE} bare",
    ),
    ("0004_no_primary_key", ["create table private.advisor_probe (a integer)"], "private.advisor_probe"),
    (
        "0006_multiple_permissive_policies",
        [
            *RLS_PROBE,
            f"create policy one on {PROBE} for select to authenticated using (owner_id = (select auth.uid()))",
            f"create policy two on {PROBE} for all to authenticated using (id = 1)",
        ],
        f"{PROBE} authenticated SELECT",
    ),
    (
        "0007_policy_exists_rls_disabled",
        [
            f"create table {PROBE} (id integer primary key, owner_id uuid)",
            f"create policy mine on {PROBE} for select to authenticated using (owner_id = (select auth.uid()))",
        ],
        PROBE,
    ),
    (
        "0008_rls_enabled_no_policy",
        [
            "create table private.advisor_probe (id integer primary key)",
            "alter table private.advisor_probe enable row level security",
        ],
        "private.advisor_probe",
    ),
    (
        "0009_duplicate_index",
        [
            "create index advisor_probe_a on public.events (kind)",
            "create index advisor_probe_b on public.events (kind)",
        ],
        "public.events advisor_probe_a,advisor_probe_b",
    ),
    (
        "0010_security_definer_view",
        [f"create view {PROBE} as select t.id from public.teams as t", f"grant select on {PROBE} to anon"],
        PROBE,
    ),
    (
        "0011_function_search_path_mutable",
        [f"create function {PROBE}() returns integer language sql as 'select 1'"],
        f"{PROBE}()",
    ),
    ("0013_rls_disabled_in_public", [f"create table {PROBE} (id integer primary key)"], PROBE),
    (
        "0013_rls_disabled_in_public",
        [
            "create table private.advisor_probe (id integer primary key)",
            "grant select on private.advisor_probe to authenticated",
        ],
        "private.advisor_probe",
    ),
    ("0014_extension_in_public", ["create extension citext schema public"], "citext"),
    (
        "0015_rls_references_user_metadata",
        [
            *RLS_PROBE,
            f"create policy meta on {PROBE} for select to authenticated"
            " using (((select auth.jwt()) -> 'user_metadata' ->> 'role') = 'admin')",
        ],
        f"{PROBE} meta",
    ),
    (
        "0016_materialized_view_in_api",
        [
            f"create materialized view {PROBE} as select t.id from public.teams as t",
            f"grant select on {PROBE} to authenticated",
        ],
        PROBE,
    ),
    (
        "0017_foreign_table_in_api",
        [
            "create foreign data wrapper advisor_probe_fdw",
            "create server advisor_probe_server foreign data wrapper advisor_probe_fdw",
            f"create foreign table {PROBE} (id integer) server advisor_probe_server",
            f"grant select on {PROBE} to authenticated",
        ],
        PROBE,
    ),
    (
        "0019_insecure_queue_exposed_in_api",
        [
            "create table pgmq.q_advisor_probe (msg_id bigint primary key, message jsonb)",
            "grant select on pgmq.q_advisor_probe to anon",
        ],
        "pgmq.q_advisor_probe",
    ),
    (
        "0021_fkey_to_auth_unique",
        [
            "create unique index advisor_probe_email on auth.users (email)",
            f"create table {PROBE} (id integer primary key,"
            " email text references auth.users (email) on delete cascade)",
        ],
        f"{PROBE} advisor_probe_email_fkey",
    ),
    (
        "0023_sensitive_columns_exposed",
        [f"create table {PROBE} (id integer primary key, password text)", f"grant select on {PROBE} to anon"],
        f"{PROBE}.password",
    ),
    (
        "0024_rls_policy_always_true",
        [*RLS_PROBE, f"create policy everyone on {PROBE} for update to authenticated using (true)"],
        f"{PROBE} everyone",
    ),
    (
        "0024_rls_policy_always_true",
        [*RLS_PROBE, f"create policy anything on {PROBE} for insert to authenticated with check (1 = 1)"],
        f"{PROBE} anything",
    ),
    (
        "0024_rls_policy_always_true",
        [*RLS_PROBE, f"create policy unchecked on {PROBE} for insert to public"],
        f"{PROBE} unchecked",
    ),
    (
        "0028_anon_security_definer_function_executable",
        [DEFINER_PROBE, f"grant execute on function {PROBE}() to anon"],
        f"{PROBE}()",
    ),
    (
        "0029_authenticated_security_definer_function_executable",
        [DEFINER_PROBE, f"grant execute on function {PROBE}() to authenticated"],
        f"{PROBE}()",
    ),
    (
        "0030_rls_policy_null_auth_disjunct",
        [
            *RLS_PROBE,
            f"create policy open on {PROBE} for select to authenticated"
            " using (auth.uid() is null or owner_id = (select auth.uid()))",
        ],
        f"{PROBE} open",
    ),
    (
        "0030_rls_policy_null_auth_disjunct",
        [
            *RLS_PROBE,
            f"create policy inverted on {PROBE} for all to anon"
            " using (owner_id = (select auth.uid()) or not ((select auth.uid()) is not null))",
        ],
        f"{PROBE} inverted",
    ),
]


def test_every_lint_is_shown_to_fail() -> None:
    assert {lint.name for lint in LINTS} == {name for name, _, _ in BAD_OBJECTS}


@pytest.mark.parametrize(
    ("lint_name", "statements", "expected"),
    BAD_OBJECTS,
    ids=[f"{name}-{i}" for i, (name, _, _) in enumerate(BAD_OBJECTS)],
)
def test_the_lint_finds_a_bad_object(
    catalog: psycopg.Connection[Any], lint_name: str, statements: list[str], expected: str
) -> None:
    (lint,) = [lint for lint in LINTS if lint.name == lint_name]
    assert expected not in findings(catalog, lint)
    with catalog.transaction(force_rollback=True):
        for statement in statements:
            catalog.execute(statement)
        assert expected in findings(catalog, lint)


@pytest.mark.parametrize(
    "policy",
    [
        "owner_id = (select auth.uid())",
        "(select auth.uid()) is not null and owner_id = (select auth.uid())",
        "owner_id = (select auth.uid()) or id = 1",
    ],
)
def test_a_well_formed_policy_is_not_flagged(catalog: psycopg.Connection[Any], policy: str) -> None:
    """The policy lints look at what the expression does: per-statement auth calls, a restriction that holds."""
    policy_lints = [lint for lint in LINTS if lint.name.startswith(("0003", "0015", "0024", "0030"))]
    with catalog.transaction(force_rollback=True):
        for statement in RLS_PROBE:
            catalog.execute(statement)
        catalog.execute(
            f"create policy fine on {PROBE} for all to authenticated using ({policy}) with check ({policy})"
        )
        assert {lint.name: findings(catalog, lint) for lint in policy_lints} == {
            lint.name: set() for lint in policy_lints
        }


# The reasons of the allow-list hold ---------------------------------------------------------------------------------


def _allowed(lint_prefix: str) -> dict[str, str]:
    return {obj: reason for (name, obj), reason in ALLOWED.items() if name.startswith(lint_prefix)}


def test_a_foreign_key_allowed_as_covered_leads_an_index(catalog: psycopg.Connection[Any]) -> None:
    covered = _allowed("0001")
    assert covered
    wrong = []
    on_purpose = {obj for obj, reason in covered.items() if reason == _UNINDEXED_ON_PURPOSE}
    # Only the follow-ups' team and mailbox keys, and only because a delete of the parent is all that reads them.
    assert on_purpose == {"public.followups followups_team_id_fkey", "public.followups followups_mailbox_id_fkey"}
    for obj in on_purpose:
        table, key = obj.split(" ")
        row = catalog.execute(
            "select confdeltype from pg_catalog.pg_constraint where conrelid = %s::regclass and conname = %s",
            (table, key),
        ).fetchone()
        assert row == ("c",), obj
    for obj, reason in covered.items():
        if obj in on_purpose:
            continue
        table, key = obj.split(" ")
        match = re.search(r"covered by the index (\S+),", reason)
        assert match, obj
        row = catalog.execute(
            """select i.indisvalid and i.indpred is null and i.indexprs is null
                      and (i.indkey::smallint[])[0:pg_catalog.cardinality(k.conkey) - 1] = k.conkey
               from pg_catalog.pg_constraint k
               join pg_catalog.pg_index i on i.indrelid = k.conrelid
               join pg_catalog.pg_class ic on ic.oid = i.indexrelid
               where k.conrelid = %s::regclass and k.conname = %s and ic.relname = %s""",
            (table, key, match.group(1)),
        ).fetchone()
        if row != (True,):
            wrong.append(obj)
    assert wrong == []


def test_the_deny_all_tables_grant_nothing(catalog: psycopg.Connection[Any]) -> None:
    tables = list(_allowed("0008"))
    assert tables
    rows = catalog.execute(
        """select t || ' ' || r
           from unnest(%s::text[]) as t, unnest(array['anon', 'authenticated', 'service_role']) as r
           where pg_catalog.has_table_privilege(
               r, t, 'select, insert, update, delete, truncate, references, trigger')""",
        (tables,),
    ).fetchall()
    assert rows == []


# For each inlined helper: a query that calls it on a column (not a constant, which would be folded anyway).
INLINED_CALLS = {
    "private.mailbox_settings(uuid)": "select s.* from public.mailboxes as m"
    " cross join lateral private.mailbox_settings(m.id) as s",
    "private.message_shape_ok(jsonb)": "select private.message_shape_ok(e.details) from public.events as e",
    "private.working_hours_text(interval)": "select private.working_hours_text(s.followup_interval)"
    " from public.team_settings as s",
}


@pytest.mark.parametrize("function", sorted(INLINED_CALLS))
def test_a_function_allowed_a_mutable_search_path_is_inlined_into_callers_that_pin_it(
    catalog: psycopg.Connection[Any], function: str
) -> None:
    assert ALLOWED[("0011_function_search_path_mutable", function)] == _INLINED
    name = function.split("(")[0]
    row = catalog.execute(
        """select l.lanname, p.prosecdef, pg_catalog.has_function_privilege('anon', p.oid, 'execute'),
                  pg_catalog.has_function_privilege('authenticated', p.oid, 'execute')
           from pg_catalog.pg_proc p join pg_catalog.pg_language l on l.oid = p.prolang
           where p.oid = %s::regprocedure""",
        (function,),
    ).fetchone()
    assert row == ("sql", False, False, False)
    callers = catalog.execute(
        """select p.oid::regprocedure::text, coalesce(p.proconfig, '{}') @> array['search_path=""']
           from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
           where n.nspname <> all(%s) and p.oid <> %s::regprocedure
             and p.prosrc ~ (pg_catalog.replace(%s, '.', '\\.') || '\\(')""",
        (PLATFORM_SCHEMAS, function, name),
    ).fetchall()
    assert callers, f"nothing calls {function}"
    assert [caller for caller, pinned in callers if not pinned] == []
    plan = "\n".join(
        r[0] for r in catalog.execute(f"explain (verbose, costs off) {INLINED_CALLS[function]}").fetchall()
    )
    assert name.split(".")[1] not in plan, plan


def test_the_procedure_allowed_a_mutable_search_path_is_the_service_roles_only(
    catalog: psycopg.Connection[Any],
) -> None:
    (procedure,) = [obj for obj in _allowed("0011") if obj.startswith("worker.")]
    row = catalog.execute(
        """select p.prokind, p.prosecdef, pg_catalog.has_function_privilege('anon', p.oid, 'execute'),
                  pg_catalog.has_function_privilege('authenticated', p.oid, 'execute'),
                  pg_catalog.has_function_privilege('service_role', p.oid, 'execute')
           from pg_catalog.pg_proc p where p.oid = %s::regprocedure""",
        (procedure,),
    ).fetchone()
    assert row == ("p", False, False, False, True)
    # Postgres refuses a commit in a procedure that pins a setting, which is why it cannot pin its search_path: the
    # same procedure commits without the setting.
    body = "language plpgsql as 'begin commit; end'"
    try:
        catalog.execute(f"create procedure {PROBE}() {body}")
        catalog.execute(f"call {PROBE}()")
        catalog.execute(f"create or replace procedure {PROBE}() set search_path = '' {body}")
        with pytest.raises(psycopg.errors.InvalidTransactionTermination):
            catalog.execute(f"call {PROBE}()")
    finally:
        catalog.execute(f"drop procedure if exists {PROBE}()")


def test_a_security_definer_function_a_user_may_call_checks_the_caller(catalog: psycopg.Connection[Any]) -> None:
    functions = list(_allowed("0029"))
    assert functions
    rows = catalog.execute(
        """select f from unnest(%s::text[]) as f join pg_catalog.pg_proc p on p.oid = f::regprocedure
           where not p.prosrc ~ ('\\(select auth\\.uid\\(\\)\\)'
                                 || '|private\\.require_mailbox\\(|private\\.my_admin_team_ids\\(\\)'
                                 || '|private\\.may_decide\\('
                                 -- the admins' checks (routing rules 173_routing.sql, templates 200_templates.sql)
                                 || '|private\\.require_team_admin\\(|private\\.admin_routing_rule\\('
                                 || '|private\\.template_for_admin\\(')
              or not coalesce(p.proconfig, '{}') @> array['search_path=""']""",
        (functions,),
    ).fetchall()
    assert rows == []
