"""The schema pipeline: `sql/` is the readable source, migrations are what Supabase applies.

Two scratch databases are built on the local cluster: `migrated` gets the platform and every migration
(`supabase db push`, as a Supabase project would); `declared` gets the platform and `sql/` alone, in the
order of `LAYERS` (sql/README.md says why): tables, functions, policies, jobs. They are then compared:

- `supabase db diff --from migrated --to declared`: the DDL that `sql/` says and the migrations do not;
- what that diff cannot see: the schema as `pg_dump --schema-only` prints it (comments, grants, default
  privileges, column order), the pgmq queues, the pg_cron jobs each build registers (recorded by a stand-in,
  stack/pg_cron_stand_in.sql: pg_cron lives in the app database only) and the rows the schema seeds.

`check` (and tests/test_schema_pipeline.py) fails when anything differs; `generate` writes the DDL diff, and
the queue and cron registrations, as a new migration; `squash` replaces every migration by one baseline made
of `sql/`, once it has proved that the baseline builds the same database as the migrations it replaces.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from relance import stack
from relance.config import REPO_ROOT

SQL_ROOT = REPO_ROOT / "sql"
# The order in which sql/ builds a database: tables (and what they need: schemas, default privileges, types,
# seed rows, queues) before the functions that read them, policies once their helper functions exist, and the
# pg_cron jobs last, as they call functions.
LAYERS = ("tables", "functions", "policies", "jobs")
# The layers that can be applied again to a database that already has them (`create or replace`, `drop … if
# exists`, jobs registered by name): what a database built from sql/ takes to catch up with sql/.
RERUNNABLE = ("functions", "policies", "jobs")
MIGRATIONS = stack.MIGRATIONS
CRON_STAND_IN = REPO_ROOT / "stack" / "pg_cron_stand_in.sql"
# The file of supabase/migrations/ that records the first deploy; `squash` refuses once it exists (README,
# "Deploying to Supabase").
DEPLOYED_MARKER = ".deployed"
# Scratch databases, one set per process: concurrent runs on one cluster never share them.
MIGRATED_DB = f"relance_schema_migrated_{os.getpid()}"
DECLARED_DB = f"relance_schema_declared_{os.getpid()}"
BASELINE_DB = f"relance_schema_baseline_{os.getpid()}"
_NOISE = re.compile(r"^\s*(SET local check_function_bodies = off;)?\s*$", re.IGNORECASE)
# Schemas whose content is the platform's or the migration tool's, not the project's.
_NOT_OURS = ("supabase_migrations",)

Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


# sql/ ---------------------------------------------------------------------------------------------------------


def source_files(exclude: Sequence[str] = (), layers: Sequence[str] = LAYERS, root: Path = SQL_ROOT) -> list[Path]:
    """`sql/<layer>/*.sql` for each layer in order, each folder in name order (numbered prefixes), less the
    files matching an `exclude` glob."""
    out: list[Path] = []
    for layer in layers:
        folder = root / layer
        out.extend(p for p in sorted(folder.glob("*.sql")) if not any(fnmatch(p.name, pat) for pat in exclude))
    return out


def _committed(path: Path) -> str | None:
    """The file as the last commit has it (None when it is new, or outside a git checkout)."""
    if not path.is_relative_to(REPO_ROOT):
        return None
    proc = subprocess.run(
        ["git", "show", f"HEAD:{path.relative_to(REPO_ROOT).as_posix()}"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout if proc.returncode == 0 else None


def sources(
    exclude: Sequence[str] = (), layers: Sequence[str] = LAYERS, root: Path = SQL_ROOT
) -> list[tuple[Path, str]]:
    """Each file of sql/ in pipeline order with the text to run. A file matching an `exclude` glob is work in
    progress that is not ready for a migration: its committed version stands in for it (a new file is left
    out), so that its objects are neither changed nor dropped by what is generated meanwhile."""
    out: list[tuple[Path, str]] = []
    for path in source_files((), layers, root):
        if not any(fnmatch(path.name, pat) for pat in exclude):
            out.append((path, path.read_text()))
        elif (text := _committed(path)) is not None:
            out.append((path, text))
    return out


def apply_sources(
    url: str, exclude: Sequence[str] = (), layers: Sequence[str] = RERUNNABLE, root: Path = SQL_ROOT
) -> None:
    """Runs the files of sql/ on a database, each in its own transaction, in pipeline order. By default the
    layers that go on top of a database that has the tables (functions, policies, jobs): "sql/ on top" of a
    database built from the migrations; build_declared passes every layer."""
    with psycopg.connect(url, autocommit=True) as conn:
        for path, text in sources(exclude, layers, root):
            try:
                with conn.transaction():
                    conn.execute(text)
            except psycopg.Error as exc:
                raise stack.StackError(f"{_shown(path)}: {exc}") from None


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


# Building the databases -------------------------------------------------------------------------------------


def _empty(target: stack.Target, dbname: str, cron_stand_in: bool) -> str:
    """A new database with the platform (what Supabase has before the first migration)."""
    stack.drop_database(target, dbname)
    stack.create_database(target, dbname)
    stack.install_platform(target, dbname)
    url = target.url_for(dbname)
    if cron_stand_in:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(CRON_STAND_IN.read_text())
    return url


def build_declared(
    target: stack.Target,
    dbname: str,
    exclude: Sequence[str] = (),
    root: Path = SQL_ROOT,
    *,
    cron_stand_in: bool = False,
) -> str:
    """A database built from sql/ alone: the platform, then every layer in order. Returns its URL."""
    url = _empty(target, dbname, cron_stand_in)
    apply_sources(url, exclude, LAYERS, root)
    return url


def build_migrated(target: stack.Target, dbname: str, workdir: Path = REPO_ROOT, *, cron_stand_in: bool = False) -> str:
    """A database built as `supabase db push` builds a project: the platform, then the migrations of
    `<workdir>/supabase/migrations`. Returns its URL."""
    url = _empty(target, dbname, cron_stand_in)
    stack.push_migrations(url, workdir)
    return url


# What two databases are -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What `supabase db diff` does not compare: the schema as pg_dump prints it (less the migration history),
    the pgmq queues, the pg_cron jobs and the rows the schema seeds."""

    dump: str
    queues: tuple[tuple[Any, ...], ...]
    cron_jobs: tuple[tuple[Any, ...], ...]
    rows: tuple[tuple[str, str], ...]


def _dump(url: str) -> str:
    proc = subprocess.run(
        ["pg_dump", "--schema-only", "--no-owner", *(f"--exclude-schema={s}" for s in _NOT_OURS), url],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise stack.StackError(f"pg_dump failed: {proc.stderr.strip()[-500:]}")
    return _normalise_dump(proc.stdout)


def _normalise_dump(text: str) -> str:
    """pg_dump's output without what says nothing about the schema: the per-run `\\restrict` key, and the
    order of the GRANT lines of one object (the order grants were given in)."""
    lines = [line for line in text.splitlines() if not line.startswith(("\\restrict", "\\unrestrict"))]
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if lines[i].startswith("-- Name: ") and "; Type: ACL;" in lines[i]:
            block: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].startswith("-- Name: "):
                block.append(lines[i])
                i += 1
            grants = sorted(line for line in block if line.startswith(("GRANT ", "REVOKE ")))
            rest = [line for line in block if not line.startswith(("GRANT ", "REVOKE "))]
            out.extend(rest[:2] + grants + rest[2:])
            continue
        i += 1
    return "\n".join(out) + "\n"


def read_facts(url: str) -> Facts:
    with psycopg.connect(url, autocommit=True) as conn:
        queues = conn.execute(
            "select queue_name::text, is_partitioned, is_unlogged from pgmq.list_queues() order by 1"
        ).fetchall()
        has_cron = conn.execute("select to_regclass('cron.job') is not null").fetchone()
        cron_jobs = (
            conn.execute("select jobname, schedule, command, active from cron.job order by jobname").fetchall()
            if has_cron and has_cron[0]
            else []
        )
        tables = conn.execute(
            """select format('%I.%I', n.nspname, c.relname)
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where c.relkind in ('r', 'p') and n.nspname in ('public', 'private')
               order by 1"""
        ).fetchall()
        rows = []
        for (table,) in tables:
            query = sql.SQL("select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]') from {} as t")
            got = conn.execute(query.format(sql.SQL(table))).fetchone()
            if got and got[0]:
                rows.append((table, json.dumps(got[0], sort_keys=True, default=str)))
    return Facts(_dump(url), tuple(queues), tuple(cron_jobs), tuple(rows))


def fact_differences(was: Facts, now: Facts, was_name: str, now_name: str) -> list[str]:
    """What differs, one readable paragraph per kind of fact; empty when nothing does."""
    out: list[str] = []
    if was.queues != now.queues:
        out.append(f"pgmq queues: {was_name} {list(was.queues)}, {now_name} {list(now.queues)}")
    if was.cron_jobs != now.cron_jobs:
        out.append(f"pg_cron jobs: {was_name} {list(was.cron_jobs)}, {now_name} {list(now.cron_jobs)}")
    if was.rows != now.rows:
        out.append(f"rows the schema seeds: {was_name} {dict(was.rows)}, {now_name} {dict(now.rows)}")
    if was.dump != now.dump:
        lines = difflib.unified_diff(
            was.dump.splitlines(),
            now.dump.splitlines(),
            f"pg_dump of {was_name}",
            f"pg_dump of {now_name}",
            lineterm="",
        )
        out.append("schema (pg_dump --schema-only):\n" + "\n".join(list(lines)[:200]))
    return out


@dataclass(frozen=True)
class Drift:
    """How a database built from `sql/` differs from one built from the migrations."""

    sql: str
    facts: tuple[str, ...] = field(default=())
    queues_to_create: tuple[str, ...] = field(default=())
    queues_to_drop: tuple[str, ...] = field(default=())
    jobs_differ: bool = False

    @property
    def empty(self) -> bool:
        return self.ddl_empty and not self.facts

    @property
    def ddl_empty(self) -> bool:
        return all(_NOISE.match(line) for line in self.sql.splitlines())

    def report(self) -> str:
        parts = [] if self.ddl_empty else ["supabase db diff:\n" + self.sql.strip()]
        return "\n\n".join(parts + list(self.facts))


def diff_urls(migrated: str, declared: str) -> str:
    """`supabase db diff --from migrated --to declared`, as SQL."""
    proc = subprocess.run(
        [stack.supabase_cli(), "db", "diff", "--from", migrated, "--to", declared],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise stack.StackError(f"supabase db diff failed: {proc.stderr.strip()[-500:]}")
    return proc.stdout


def compare(migrated: str, declared: str, was_name: str = "migrations", now_name: str = "sql/") -> Drift:
    """Everything that differs between two databases: the DDL diff, then the facts it cannot see."""
    ddl = diff_urls(migrated, declared)
    was, now = read_facts(migrated), read_facts(declared)
    was_queues, now_queues = {q[0] for q in was.queues}, {q[0] for q in now.queues}
    return Drift(
        sql=ddl,
        facts=tuple(fact_differences(was, now, was_name, now_name)),
        queues_to_create=tuple(sorted(now_queues - was_queues)),
        queues_to_drop=tuple(sorted(was_queues - now_queues)),
        jobs_differ=was.cron_jobs != now.cron_jobs,
    )


def diff(target: stack.Target, exclude: Sequence[str] = ()) -> Drift:
    """What `sql/` says and the migrations do not."""
    try:
        migrated = build_migrated(target, MIGRATED_DB, cron_stand_in=True)
        declared = build_declared(target, DECLARED_DB, exclude, cron_stand_in=True)
        return compare(migrated, declared)
    finally:
        stack.drop_database(target, MIGRATED_DB)
        stack.drop_database(target, DECLARED_DB)


# generate -------------------------------------------------------------------------------------------------


def next_stamp(migrations: Path = MIGRATIONS) -> str:
    """Now, as a migration timestamp, but always after the latest migration (order is what counts)."""
    now = int(datetime.now(UTC).strftime("%Y%m%d%H%M%S"))
    return str(max([now, *(int(v) + 1 for v in stack.migration_versions(migrations))]))


_DOLLAR = re.compile(r"\$[A-Za-z_][A-Za-z_0-9]*\$|\$\$")


def statements(text: str) -> list[str]:
    """SQL text cut into statements at the semicolons outside quotes, comments and dollar quotes, each with its
    own text (leading blank lines and comments included), so that joining them gives the text back."""
    out: list[str] = []
    start = i = 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            end = text.find(c, i + 1)
            while end != -1 and text[end + 1 : end + 2] == c:  # '' and "" escape the quote
                end = text.find(c, end + 2)
            i = len(text) if end == -1 else end + 1
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = len(text) if end == -1 else end + 1
        elif c == "$" and (m := _DOLLAR.match(text, i)):
            end = text.find(m.group(), m.end())
            i = len(text) if end == -1 else end + len(m.group())
        elif c == ";":
            out.append(text[start : i + 1])
            start = i = i + 1
        else:
            i += 1
    if start < len(text):
        out.append(text[start:])
    return out


def _without_cron_calls(ddl: str) -> str:
    """The diff less its pg_cron calls: `supabase db diff` prints cron.schedule_in_database() and
    cron.unschedule() when jobs differ, but a migration must run where pg_cron is not (every database but the
    cron database), so jobs are registered through sql/jobs/ instead (see _data_statements)."""
    kept = [s for s in statements(ddl) if not re.match(r"\s*select\s+cron\.", s, re.IGNORECASE)]
    return "".join(kept)


def _data_statements(drift: Drift, root: Path = SQL_ROOT) -> str:
    """The queue and cron registrations a migration must carry by hand, since db diff cannot see them."""
    out: list[str] = []
    for queue in drift.queues_to_create:
        out.append(
            f"select pgmq.create('{queue}')\nwhere not exists (\n"
            f"    select 1 from pgmq.list_queues() as q\n    where q.queue_name = '{queue}'\n);"
        )
    for queue in drift.queues_to_drop:
        out.append(f"select pgmq.drop_queue('{queue}');")
    if drift.jobs_differ:
        # sql/jobs/ registers every job by name, so running it again is how a migration changes them.
        out.extend(p.read_text().strip() for p in source_files(layers=("jobs",), root=root))
    return "\n\n".join(out)


def generate(target: stack.Target, name: str, exclude: Sequence[str] = ()) -> tuple[Path | None, Drift]:
    """Write the drift as `supabase/migrations/<UTC timestamp>_<name>.sql` (None when there is none): the DDL
    diff, then the queue and cron registrations. Returns the drift too: what remains in its `facts` after
    that (seed rows, what db diff does not print) must be added to the migration by hand."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise stack.StackError("a migration name is lower-case letters, digits and underscores")
    drift = diff(target, exclude)
    if drift.empty:
        return None, drift
    ddl = _without_cron_calls(drift.sql)
    body = "" if all(_NOISE.match(line) for line in ddl.splitlines()) else ddl.strip() + "\n"
    data = _data_statements(drift)
    path = MIGRATIONS / f"{next_stamp()}_{name}.sql"
    header = (
        f"-- Generated by `relance schema generate {name}` from sql/ (supabase db diff between the previous\n"
        "-- migrations and sql/, then the pgmq queues and pg_cron jobs, which that diff cannot see).\n"
        "-- Edit sql/, not this file.\n\n"
    )
    path.write_text(header + body + (("\n" if body else "") + data + "\n" if data else ""))
    # The diff prints upper-case SQL; the project's style (and its lint test) is lower-case.
    subprocess.run([sys.executable, "-m", "sqlfluff", "fix", "--quiet", str(path)], cwd=REPO_ROOT, check=False)
    return path, drift


# squash ---------------------------------------------------------------------------------------------------

_BASELINE_HEADER = """\
-- Baseline: the whole schema, as sql/ declares it, in one migration. Generated by `relance schema squash`
-- (before the first deploy only) from sql/tables, sql/functions, sql/policies and sql/jobs, file by file,
-- in that order. Edit sql/, not this file: later changes are new migrations (`relance schema generate`).
--
-- It replaced the migrations below, after proving that it builds the same database as they did; `relance up`
-- marks a local database built from them as having this one instead.
"""


def baseline_text(replaced: Sequence[str], root: Path = SQL_ROOT) -> str:
    """The baseline migration: a header naming the versions it replaces, then every file of sql/ in pipeline
    order under a comment naming it. Depends on nothing else (no clock, no database): the same sql/ and
    migrations give the same bytes."""
    versions = sorted(set(replaced))
    lines = [_BASELINE_HEADER]
    for start in range(0, len(versions), 6):
        lines.append(f"{stack.SQUASHED_PREFIX}{' '.join(versions[start : start + 6])}\n")
    for path in source_files(root=root):
        name = path.relative_to(root.parent).as_posix()
        lines.append(f"\n-- {name} {'-' * max(3, 116 - len(name))}\n\n")
        lines.append(path.read_text().strip() + "\n")
    return "".join(lines)


@dataclass(frozen=True)
class Squash:
    path: Path
    replaced: tuple[str, ...]
    changed: bool


def squash(
    target: stack.Target,
    workdir: Path = REPO_ROOT,
    root: Path = SQL_ROOT,
    log: Log = _quiet,
) -> Squash:
    """Replace every migration of `<workdir>/supabase/migrations` by one baseline made of sql/.

    Refuses (StackError, nothing written or deleted) when the first deploy is recorded, when there is no
    migration, when sql/ and the migrations differ (generate and review that first: a squash changes no
    database), or when the baseline does not build exactly the database the migrations build."""
    migrations = workdir / "supabase" / "migrations"
    if (migrations / DEPLOYED_MARKER).exists():
        raise stack.StackError(
            f"{_shown(migrations / DEPLOYED_MARKER)} records a deploy: deployed databases know these migrations "
            "by version, so they stay; add new ones with `relance schema generate <name>`"
        )
    files = stack.migration_files(migrations)
    if not files:
        raise stack.StackError(f"no migration in {_shown(migrations)}: nothing to squash")
    replaced = sorted({*(stack.version_of(p) for p in files), *stack.squashed_versions(migrations)})
    version = max(stack.version_of(p) for p in files)
    path = migrations / f"{version}_baseline.sql"
    text = baseline_text(replaced, root)
    if files == [path] and path.read_text() == text:
        log(f"{_shown(path)} is already the one migration, and what sql/ gives: nothing to do")
        return Squash(path, tuple(replaced), changed=False)
    try:
        log(f"building a database from the {len(files)} migration(s), and one from sql/ alone")
        migrated = build_migrated(target, MIGRATED_DB, workdir, cron_stand_in=True)
        declared = build_declared(target, DECLARED_DB, root=root, cron_stand_in=True)
        drift = compare(migrated, declared)
        if not drift.empty:
            raise stack.StackError(
                "sql/ and the migrations differ: run `relance schema generate <name>`, review and commit the"
                " migration, then squash (a squash must change no database):\n" + drift.report()[:4000]
            )
        log("building a database from the baseline alone")
        with tempfile.TemporaryDirectory(prefix="relance-baseline-") as tmp:
            scratch = Path(tmp)
            (scratch / "supabase" / "migrations").mkdir(parents=True)
            shutil.copy(workdir / "supabase" / "config.toml", scratch / "supabase" / "config.toml")
            (scratch / "supabase" / "migrations" / path.name).write_text(text)
            from_baseline = build_migrated(target, BASELINE_DB, scratch, cron_stand_in=True)
            drift = compare(migrated, from_baseline, "migrations", "baseline")
        if not drift.empty:
            raise stack.StackError("the baseline does not build the migrations' database:\n" + drift.report()[:4000])
    finally:
        for dbname in (MIGRATED_DB, DECLARED_DB, BASELINE_DB):
            stack.drop_database(target, dbname)
    for old in files:
        old.unlink()
    path.write_text(text)
    log(f"wrote {_shown(path)}, replacing {len(files)} migration(s): the same schema, queues, cron jobs and grants")
    return Squash(path, tuple(replaced), changed=True)


def uncommitted(paths: Sequence[Path]) -> list[str]:
    """Changes git has not committed under these paths (empty outside a git checkout)."""
    proc = subprocess.run(
        ["git", "status", "--porcelain", "--", *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.splitlines() if proc.returncode == 0 else []


# types --------------------------------------------------------------------------------------------------------

TYPES_FILE = REPO_ROOT / "supabase" / "types" / "database.ts"
TYPES_DB = f"relance_schema_types_{os.getpid()}"
DENO_DIR = REPO_ROOT / "supabase" / "functions"


def typescript_types(url: str) -> str:
    """The web app's TypeScript types of the schemas the Data API exposes (`public`), as the Supabase CLI
    generates them (`supabase gen types typescript`), formatted by `deno fmt` so that a diff reads."""
    generated = stack._run(
        [stack.supabase_cli(), "gen", "types", "typescript", f"--remote={url}", "--schema", "public"]
    ).stdout
    return stack._run([str(stack.DENO), "fmt", "--ext", "ts", "-"], cwd=DENO_DIR, stdin=generated).stdout


def migrated_types(target: stack.Target) -> str:
    """The types of a database built from the migrations, as a project that deployed them has it."""
    try:
        return typescript_types(build_migrated(target, TYPES_DB, cron_stand_in=True))
    finally:
        stack.drop_database(target, TYPES_DB)
