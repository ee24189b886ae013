"""sql/ is the readable source of the schema; migrations are what Supabase applies. They never drift: a
database built from the migrations and one built from sql/ alone are the same to `supabase db diff`, to
pg_dump, and in the data that neither sees (pgmq queues, pg_cron jobs, the rows the schema seeds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from relance import schema, stack
from tests.conftest import clone

MIGRATED = f"{schema.MIGRATED_DB}_fixture"
DECLARED = f"{schema.DECLARED_DB}_fixture"


@pytest.fixture(scope="module")
def migrated(target: stack.Target) -> Iterator[str]:
    """Built from the migrations, as `relance schema check` builds it (pg_cron stand-in included)."""
    yield schema.build_migrated(target, MIGRATED, cron_stand_in=True)
    stack.drop_database(target, MIGRATED)


@pytest.fixture(scope="module")
def declared(target: stack.Target) -> Iterator[str]:
    """Built from sql/ alone, as `relance schema check` builds it."""
    yield schema.build_declared(target, DECLARED, cron_stand_in=True)
    stack.drop_database(target, DECLARED)


def _changed_sql(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """A scratch copy of sql/ with `old` replaced by `new` in each named file (or the file removed)."""
    root = tmp_path / "sql"
    shutil.copytree(schema.SQL_ROOT, root)
    for name, (old, new) in edits.items():
        path = root / name
        text = path.read_text()
        assert old in text, f"{name} no longer says {old!r}: update this test"
        path.write_text(text.replace(old, new))
    return root


def test_sql_sources_and_migrations_do_not_drift(migrated: str, declared: str) -> None:
    drift = schema.compare(migrated, declared)
    assert drift.empty, "run `relance schema generate <name>`; sql/ says:\n" + drift.report()[:4000]


def test_the_declared_database_is_built_in_the_documented_order() -> None:
    layers = [p.parent.name for p in schema.source_files()]
    assert layers == sorted(layers, key=schema.LAYERS.index)
    assert set(layers) == set(schema.LAYERS)
    readme = (schema.SQL_ROOT / "README.md").read_text()
    assert all(f"`sql/{layer}/`" in readme for layer in schema.LAYERS)


def test_drift_is_detected_when_a_function_changes(target: stack.Target, migrated: str, declared: str) -> None:
    # The check above can fail: a function changed only in a scratch copy of the declared database shows.
    name = clone(target, DECLARED)
    try:
        with psycopg.connect(target.url_for(name), autocommit=True) as conn:
            conn.execute("comment on function private.my_team_ids() is 'changed by hand'")
        drift = schema.compare(migrated, target.url_for(name))
    finally:
        stack.drop_database(target, name)
    assert not drift.empty
    assert "my_team_ids" in drift.sql


def test_drift_is_detected_when_a_column_changes_in_sql_tables(
    target: stack.Target, migrated: str, tmp_path: Path
) -> None:
    root = _changed_sql(
        tmp_path,
        {"tables/030_engine.sql": ("    normalized_subject text,\n", "    normalized_subject varchar(998),\n")},
    )
    name = f"{schema.DECLARED_DB}_column"
    try:
        drift = schema.compare(migrated, schema.build_declared(target, name, root=root, cron_stand_in=True))
    finally:
        stack.drop_database(target, name)
    assert not drift.ddl_empty
    assert "normalized_subject" in drift.sql
    assert any("normalized_subject character varying(998)" in fact for fact in drift.facts)


def test_drift_is_detected_in_queues_cron_jobs_and_seed_rows(
    target: stack.Target, migrated: str, tmp_path: Path
) -> None:
    # What `supabase db diff` cannot see is compared too: a queue, a job registration or a seed row that
    # sql/ no longer has (or the migrations do not have yet) is drift.
    root = _changed_sql(
        tmp_path,
        {
            "tables/060_queues.sql": ("select pgmq.create('provider_events')", "select pgmq.create('provider_intake')"),
            "tables/010_tenancy.sql": ("insert into private.default_settings default values;", ""),
        },
    )
    (root / "jobs" / "010_cron.sql").unlink()
    name = f"{schema.DECLARED_DB}_data"
    try:
        drift = schema.compare(migrated, schema.build_declared(target, name, root=root, cron_stand_in=True))
    finally:
        stack.drop_database(target, name)
    facts = "\n".join(drift.facts)
    assert "pgmq queues" in facts and "provider_intake" in facts
    assert "pg_cron jobs" in facts and "relance-scheduler" in facts
    assert "rows the schema seeds" in facts and "private.default_settings" in facts
    assert (drift.queues_to_create, drift.queues_to_drop, drift.jobs_differ) == (
        ("provider_intake",),
        ("provider_events",),
        True,
    )


def test_a_generated_migration_carries_queues_and_jobs_but_no_raw_cron_calls() -> None:
    # A migration runs in databases without pg_cron too (the tests' template): jobs are registered through
    # sql/jobs/ (private.schedule_jobs() does nothing without pg_cron), never by the cron calls db diff prints.
    ddl = (
        "SET local check_function_bodies = off;\n\nSELECT cron.unschedule('relance-scheduler');\n\n"
        "COMMENT ON TABLE public.holds IS 'a; b';\n\nSELECT\n  cron.schedule_in_database('relance-scheduler',"
        " '* * * * *', 'select 1; select 2', 'postgres', NULL, true);\n"
    )
    assert "".join(schema.statements(ddl)) == ddl
    kept = schema._without_cron_calls(ddl)
    assert "cron." not in kept and "COMMENT ON TABLE public.holds IS 'a; b';" in kept
    data = schema._data_statements(schema.Drift(sql=ddl, queues_to_create=("q_new",), jobs_differ=True))
    assert "pgmq.create('q_new')" in data
    assert "select private.schedule_jobs();" in data
