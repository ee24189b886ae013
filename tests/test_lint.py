"""The tree stays uniform: sqlfluff (postgres dialect) on every SQL file, ruff and mypy on Python,
and `supabase db lint` (plpgsql_check, as Supabase users run it) on a database built from the
migrations, plus the trigger functions that `db lint` skips."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import psycopg

from relance import stack
from relance.config import REPO_ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=REPO_ROOT, capture_output=True, text=True, check=False)


def test_sqlfluff_is_clean_on_every_sql_file() -> None:
    proc = _run(
        sys.executable,
        "-m",
        "sqlfluff",
        "lint",
        "--processes",
        "2",
        "--disable-progress-bar",
        "sql",
        "stack",
        "supabase/migrations",
        "supabase/tests",
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_ruff_is_clean() -> None:
    check = _run(sys.executable, "-m", "ruff", "check", ".")
    assert check.returncode == 0, check.stdout[-4000:]
    fmt = _run(sys.executable, "-m", "ruff", "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout[-4000:]


def test_mypy_is_clean() -> None:
    proc = _run(sys.executable, "-m", "mypy")
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_supabase_db_lint_finds_nothing_in_the_project_schemas(db_url: str) -> None:
    proc = _run(
        stack.supabase_cli(),
        "db",
        "lint",
        f"--remote={db_url}",
        "--schema",
        "public,private,worker",
        "--level",
        "warning",
        "--fail-on",
        "warning",
        "--output-format",
        "json",
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "error" not in proc.stdout.lower() or json.loads(proc.stdout or "[]") == []


def test_plpgsql_check_is_clean_on_trigger_functions(conn: psycopg.Connection[Any]) -> None:
    triggers = conn.execute(
        """select distinct t.tgfoid, t.tgrelid, t.tgfoid::regproc::text, t.tgoldtable, t.tgnewtable
           from pg_trigger t
           join pg_proc p on p.oid = t.tgfoid
           join pg_language l on l.oid = p.prolang and l.lanname = 'plpgsql'
           join pg_namespace n on n.oid = p.pronamespace and n.nspname in ('public', 'private', 'worker')
           where not t.tgisinternal"""
    ).fetchall()
    assert triggers, "expected trigger functions to check"
    findings = []
    for func, rel, name, old_table, new_table in triggers:
        # A statement trigger's transition tables are named for the checker, as the trigger names them.
        issues = conn.execute(
            "select * from extensions.plpgsql_check_function(%s, %s, format => 'text', oldtable => %s, newtable => %s)",
            (func, rel, old_table, new_table),
        ).fetchall()
        findings += [f"{name}: {line[0]}" for line in issues]
    assert findings == []
