"""Catalog checks: the security properties DESIGN.md promises, asserted on a database built from
the migrations, for every object (not a sample), so a new table or function cannot slip past."""

from __future__ import annotations

from typing import Any

import psycopg

EXPOSED_SCHEMAS = ("public", "graphql_public")
PROJECT_SCHEMAS = ("public", "private", "worker")
# Functions in public that anon may execute. Empty: every RPC needs a signed-in user.
ANON_ALLOWED: set[str] = set()


def test_every_exposed_table_has_rls_enabled(conn: psycopg.Connection[Any]) -> None:
    tables = conn.execute(
        """select n.nspname || '.' || c.relname, c.relrowsecurity
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('r', 'p') and n.nspname = any(%s)""",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert tables, "expected tables in public"
    assert [name for name, rls in tables if not rls] == []


def test_anon_holds_no_privilege_on_any_table_or_sequence(conn: psycopg.Connection[Any]) -> None:
    grants = conn.execute(
        """select table_schema || '.' || table_name || ':' || privilege_type
           from information_schema.role_table_grants
           where grantee = 'anon' and table_schema = any(%s)""",
        (list(PROJECT_SCHEMAS),),
    ).fetchall()
    assert grants == []


def test_no_public_function_is_executable_by_anon_unless_allowed(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select p.oid::regprocedure::text
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'execute')"""
    ).fetchall()
    assert {r[0] for r in rows} - ANON_ALLOWED == set()


def test_every_security_definer_function_pins_an_empty_search_path(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select p.oid::regprocedure::text, p.proconfig
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where p.prosecdef and n.nspname = any(%s)""",
        (list(PROJECT_SCHEMAS),),
    ).fetchall()
    assert rows, "expected security definer helpers"
    assert [name for name, config in rows if 'search_path=""' not in (config or [])] == []


def test_no_stable_or_immutable_function_reads_the_clock_or_a_random_source(conn: psycopg.Connection[Any]) -> None:
    # A stable function may be evaluated once for a whole statement: one that reads clock_timestamp() (or draws a
    # random value) would hand every row the first row's instant.
    calls = "(clock_timestamp|timeofday|statement_timestamp|random|gen_random_uuid|nextval)[[:space:]]*[(]"
    rows = conn.execute(
        """select p.oid::regprocedure::text
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = any(%s) and p.provolatile in ('s', 'i') and p.prosrc ~* %s""",
        (list(PROJECT_SCHEMAS), calls),
    ).fetchall()
    assert [r[0] for r in rows] == []


def test_every_view_in_public_is_security_invoker(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select c.relname, coalesce(c.reloptions, '{}')
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('v', 'm') and n.nspname = 'public'"""
    ).fetchall()
    offenders = [
        name
        for name, options in rows
        if not ({"security_invoker=true", "security_invoker=on", "security_invoker=1"} & set(options))
    ]
    assert offenders == []


def test_every_foreign_key_says_what_happens_on_delete(conn: psycopg.Connection[Any]) -> None:
    # 'a' is NO ACTION, Postgres's default when a key says nothing.
    rows = conn.execute(
        """select conrelid::regclass::text || '.' || conname
           from pg_constraint c join pg_namespace n on n.oid = c.connamespace
           where c.contype = 'f' and c.confdeltype = 'a' and n.nspname = any(%s)""",
        (list(PROJECT_SCHEMAS),),
    ).fetchall()
    assert rows == []


def test_private_schema_is_not_reachable_by_anon(conn: psycopg.Connection[Any]) -> None:
    row = conn.execute("select has_schema_privilege('anon', 'private', 'usage')").fetchone()
    assert row == (False,)
    tables = conn.execute(
        """select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'private' and c.relkind = 'r'
             and (has_table_privilege('authenticated', c.oid, 'select')
                  or has_table_privilege('anon', c.oid, 'select'))"""
    ).fetchall()
    assert tables == []
