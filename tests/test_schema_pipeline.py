"""sql/ is the readable source of functions and policies; migrations are what Supabase applies.
They never drift: a database built from the migrations and one with sql/ applied on top are the
same to `supabase db diff`."""

from __future__ import annotations

import psycopg

from relance import schema, stack


def test_sql_sources_and_migrations_do_not_drift(target: stack.Target) -> None:
    drift = schema.diff(target)
    assert drift.empty, "run `relance schema generate <name>`; sql/ says:\n" + drift.sql[:4000]


def test_drift_is_detected_when_sql_changes(target: stack.Target) -> None:
    # The check above can fail: a function changed only in a scratch copy of sql/ shows in the diff.
    migrated = target.url_for(schema.MIGRATED_DB)
    stack.drop_database(target, schema.MIGRATED_DB)
    stack.build_database(target, schema.MIGRATED_DB)
    declared = target.url_for(schema.DECLARED_DB)
    stack.drop_database(target, schema.DECLARED_DB)
    stack.build_database(target, schema.DECLARED_DB)
    schema.apply_sources(declared)
    with psycopg.connect(declared, autocommit=True) as conn:
        conn.execute("comment on function private.my_team_ids() is 'changed by hand'")
    try:
        drift = schema.diff_urls(migrated, declared)
    finally:
        stack.drop_database(target, schema.MIGRATED_DB)
        stack.drop_database(target, schema.DECLARED_DB)
    assert not drift.empty
    assert "my_team_ids" in drift.sql
