"""`relance schema squash`: before the first deploy, every migration becomes one baseline made of sql/, only once
it is proved to build the same database; a local database built from the replaced migrations is then marked
as having the baseline by `relance up` (stack.migrate), and one that is not up to date is refused.

Everything happens in a scratch copy of supabase/ and sql/: the repository's migrations are never touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from relance import schema, stack

CHANGE = ("'Nothing is ever sent to these addresses (R7, R8).'", "'Addresses nothing is ever sent to (R7, R8).'")


def _workdir(tmp_path: Path) -> Path:
    """A copy of supabase/config.toml and supabase/migrations, where the Supabase CLI runs as in the repository."""
    work = tmp_path / "project"
    (work / "supabase").mkdir(parents=True)
    shutil.copy(schema.REPO_ROOT / "supabase" / "config.toml", work / "supabase" / "config.toml")
    shutil.copytree(schema.MIGRATIONS, work / "supabase" / "migrations")
    return work


def _sql(tmp_path: Path) -> Path:
    root = tmp_path / "sql"
    shutil.copytree(schema.SQL_ROOT, root)
    engine = root / "tables" / "030_engine.sql"
    assert CHANGE[0] in engine.read_text(), "030_engine.sql changed: update this test"
    engine.write_text(engine.read_text().replace(*CHANGE))
    return root


def test_squash_replaces_the_migrations_by_a_proven_baseline_and_up_repairs_history(
    target: stack.Target, tmp_path: Path
) -> None:
    work, root = _workdir(tmp_path), _sql(tmp_path)
    migrations = work / "supabase" / "migrations"
    before = sorted(p.name for p in migrations.iterdir())

    # 1. sql/ says something the migrations do not: the squash refuses, and changes nothing.
    with pytest.raises(stack.StackError, match="sql/ and the migrations differ"):
        schema.squash(target, work, root)
    assert sorted(p.name for p in migrations.iterdir()) == before

    # 2. A database built before the migration that carries the change (as `relance schema generate` writes
    # it), and one built after: developers' local databases, stale and up to date.
    stale_versions = stack.migration_versions(migrations)
    old_db, stale_db = f"{schema.MIGRATED_DB}_old", f"{schema.MIGRATED_DB}_stale"
    try:
        stale = schema.build_migrated(target, stale_db, work)
        added = migrations / f"{schema.next_stamp(migrations)}_suppressions_comment.sql"
        added.write_text(f"comment on table public.suppressions is {CHANGE[1]};\n")
        old = schema.build_migrated(target, old_db, work)
        assert stack.applied_versions(stale) == stale_versions

        # 3. The squash: one baseline, named after the latest version, that is sql/ file by file.
        said: list[str] = []
        result = schema.squash(target, work, root, log=said.append)
        assert result.changed
        assert [p.name for p in stack.migration_files(migrations)] == [f"{stack.version_of(added)}_baseline.sql"]
        baseline = result.path.read_text()
        assert baseline == schema.baseline_text(result.replaced, root)
        assert set(stale_versions) | {stack.version_of(added)} <= set(result.replaced)
        assert CHANGE[1] in baseline and "\n-- sql/tables/030_engine.sql ---" in baseline
        assert any("the same schema, queues, cron jobs and grants" in line for line in said)

        # 4. `relance up` on a database built from every replaced migration: its history now says baseline.
        out = stack.migrate(old, work, log=said.append)
        assert stack.applied_versions(old) == [stack.version_of(added)]
        assert "Applying migration" not in out
        # ... and refuses one that had not applied them all (it would claim a schema it does not have).
        with pytest.raises(stack.StackError, match="migrations this checkout does not"):
            stack.migrate(stale, work, log=said.append)
    finally:
        stack.drop_database(target, old_db)
        stack.drop_database(target, stale_db)

    # 5. Squashing again changes nothing, and builds nothing.
    again = schema.squash(target, work, root)
    assert not again.changed and again.path == result.path and again.path.read_text() == baseline


def test_squash_refuses_once_the_first_deploy_is_recorded(target: stack.Target, tmp_path: Path) -> None:
    work = _workdir(tmp_path)
    migrations = work / "supabase" / "migrations"
    (migrations / schema.DEPLOYED_MARKER).write_text("first deploy: 2026-12-01, project relance-prod\n")
    before = sorted(p.name for p in migrations.iterdir())
    with pytest.raises(stack.StackError, match="records a deploy"):
        schema.squash(target, work, schema.SQL_ROOT)
    assert sorted(p.name for p in migrations.iterdir()) == before
