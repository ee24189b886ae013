"""The local Supabase-compatible stack: a dedicated PostgreSQL 15 cluster and its databases.

`up()` creates and starts the Debian cluster `15/relance` (pg_cron preloaded, `cron.database_name`
set to the app database), installs the Supabase compatibility layer, pgmq (the SQL-only install the
`pgmq` PyPI package ships) and the extensions, then applies `supabase/migrations/` with the Supabase
CLI itself (`supabase db push --remote=<url>`), exactly as a deploy to a real project does. Every step
checks before it acts, so running it again changes nothing.

A local database built from migrations that were since squashed into a baseline (`relance schema squash`)
has the same schema as the baseline gives; `up` then rewrites its migration history to say so, with the
Supabase CLI (`supabase migration repair`), instead of failing on versions it no longer has.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from relance.config import REPO_ROOT

PG_VERSION = "15"
CLUSTER = "relance"
COMPAT_SQL = REPO_ROOT / "stack" / "supabase_compat.sql"
MIGRATIONS = REPO_ROOT / "supabase" / "migrations"
# Deno, as `./relance` installs it from npm (the edge functions, their tests, the demo, the types' formatting).
DENO = REPO_ROOT / "tools" / "node_modules" / ".bin" / "deno"
# How a baseline names the migrations it replaced (workers/relance/schema.py writes these lines).
SQUASHED_PREFIX = "-- squashed: "
_MIGRATION_NAME = re.compile(r"^(\d{14})_[A-Za-z0-9_]+\.sql$")
CLUSTER_CONF = """\
# Written by `relance up`: what Supabase's image configures and the engine relies on.
listen_addresses = '127.0.0.1'
shared_preload_libraries = 'pg_cron'
cron.database_name = '{cron_db}'
cron.use_background_workers = on
max_worker_processes = 24
max_connections = 200
timezone = 'UTC'
log_timezone = 'UTC'
"""
# Resources, in a file of their own (conf.d/relance_size.conf): a checkout that predates it leaves it alone
# instead of rewriting relance.conf and restarting the cluster under everyone's connections.
CLUSTER_SIZE_CONF = """\
# Written by `relance up`: resources sized to this machine ({memory_gb} GB of memory), in the proportions
# Supabase's tuning gives its compute sizes (bench/RESULTS.md). A quarter of the memory is Postgres' own
# cache; the rest is left to the OS page cache (restart needed).
shared_buffers = '{shared_mb}MB'
# What the planner may assume is cached between shared buffers and the OS: three quarters of the memory.
effective_cache_size = '{cache_mb}MB'
# Per sort or hash node; 200 connections x work_mem stays far below the memory even if all of them sort.
work_mem = '{work_mb}MB'
# Vacuum, create index and the bench's builds: one or two at a time, so a large value is affordable.
maintenance_work_mem = '{maintenance_mb}MB'
autovacuum_work_mem = '{autovacuum_mb}MB'
# WAL written between two flushes; 16 MB (one segment) is what -1 (auto) gives for large shared buffers.
wal_buffers = '16MB'
# Fewer forced checkpoints under bursts of writes (an ingest backfill, the bench's build), spread over 90 %
# of the interval (the default since PostgreSQL 14, written here so it is explicit).
max_wal_size = '4GB'
min_wal_size = '1GB'
checkpoint_completion_target = 0.9
# SSD: a random page costs about what a sequential one does, and the device takes many requests at once.
random_page_cost = 1.1
effective_io_concurrency = 200
# fsync, full_page_writes and synchronous_commit stay at their safe defaults (on): durability is not tuned away
# here; ingest alone chooses to skip the commit flush for its own transactions (sql/functions/080_ingest.sql).
"""


def size_conf(memory_bytes: int) -> str:
    """The resource settings for a machine with this much memory (24 GB gives 6 GB of shared buffers)."""
    mb = memory_bytes // (1024 * 1024)
    return CLUSTER_SIZE_CONF.format(
        memory_gb=round(mb / 1024),
        shared_mb=max(128, mb // 4),
        cache_mb=max(512, mb * 3 // 4),
        work_mb=max(4, min(64, mb // 1536)),
        maintenance_mb=max(64, min(2048, mb // 24)),
        autovacuum_mb=max(64, min(1024, mb // 48)),
    )


def machine_memory() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


class StackError(Exception):
    """The local stack could not be brought up; the message says what to do."""


@dataclass(frozen=True)
class Target:
    """Where the stack lives, read from the app database URL."""

    url: str

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or 5432

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "127.0.0.1"

    @property
    def dbname(self) -> str:
        return urlsplit(self.url).path.lstrip("/") or "postgres"

    @property
    def is_local(self) -> bool:
        return self.host in ("127.0.0.1", "localhost", "::1")

    def url_for(self, dbname: str) -> str:
        parts = urlsplit(self.url)
        query = parts.query or "sslmode=disable"
        return urlunsplit((parts.scheme, parts.netloc, f"/{dbname}", query, ""))


def _run(
    args: list[str], *, cwd: Path | None = None, check: bool = True, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, input=stdin)
    if check and proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise StackError(f"{' '.join(args[:3])} failed: {' | '.join(detail[-5:])}")
    return proc


def _as_postgres(args: list[str]) -> list[str]:
    """Debian's cluster tools run as the `postgres` system user."""
    if os.geteuid() == 0:
        return args
    return ["sudo", *args]


def cluster_status(port: int) -> str:
    """`online`, `down` or `missing` for the Debian cluster 15/relance."""
    if not shutil.which("pg_lsclusters"):
        return "missing"
    out = _run(["pg_lsclusters", "--no-header"], check=False).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[0] == PG_VERSION and fields[1] == CLUSTER:
            if int(fields[2]) != port:
                raise StackError(
                    f"cluster {PG_VERSION}/{CLUSTER} listens on {fields[2]}, not {port}: run `relance reset`"
                )
            return "online" if fields[3].startswith("online") else "down"
    return "missing"


def cluster_log_path() -> Path:
    """The server log of the local cluster (Debian's pg_ctlcluster sends the server's stderr there)."""
    return Path(f"/var/log/postgresql/postgresql-{PG_VERSION}-{CLUSTER}.log")


def ensure_cluster(target: Target, log: Callable[[str], None] = print) -> None:
    status = cluster_status(target.port)
    if status == "missing":
        log(f"creating PostgreSQL {PG_VERSION} cluster '{CLUSTER}' on port {target.port}")
        _run(
            _as_postgres(
                [
                    "pg_createcluster",
                    PG_VERSION,
                    CLUSTER,
                    "--port",
                    str(target.port),
                    "--start-conf=manual",
                    "--",
                    "--auth-local=peer",
                    "--auth-host=scram-sha-256",
                ]
            )
        )
    conf_d = Path(f"/etc/postgresql/{PG_VERSION}/{CLUSTER}/conf.d")
    changed = False
    for conf, wanted in (
        (conf_d / "relance.conf", CLUSTER_CONF.format(cron_db=target.dbname)),
        (conf_d / "relance_size.conf", size_conf(machine_memory())),
    ):
        if not conf.exists() or conf.read_text() != wanted:
            conf.write_text(wanted)
            changed = True
    if changed and status == "online":
        log("configuration changed: restarting the cluster")
        _run(_as_postgres(["pg_ctlcluster", PG_VERSION, CLUSTER, "restart"]))
    if cluster_status(target.port) != "online":
        log(f"starting cluster {PG_VERSION}/{CLUSTER}")
        _run(_as_postgres(["pg_ctlcluster", PG_VERSION, CLUSTER, "start"]))
    password = urlsplit(target.url).password or "postgres"
    user = urlsplit(target.url).username or "postgres"
    if user != "postgres":
        raise StackError("the local stack's SUPABASE_DB_URL must use the postgres user")
    # The superuser's password is set through the local socket (peer auth), as Supabase's image does.
    _run(
        [
            "runuser" if os.geteuid() == 0 else "sudo",
            *(["-u", "postgres", "--"] if os.geteuid() == 0 else ["-u", "postgres"]),
            "psql",
            "-p",
            str(target.port),
            "-qAt",
            "-v",
            f"pw={password}",
        ],
        stdin="alter role postgres password :'pw';\n",
    )
    _wait_ready(target)


def _wait_ready(target: Target, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(target.url_for("postgres"), connect_timeout=2):
                return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                raise StackError(f"PostgreSQL on port {target.port} does not answer: {exc}") from None
            time.sleep(0.3)


def database_exists(target: Target, dbname: str) -> bool:
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        return conn.execute("select 1 from pg_database where datname = %s", (dbname,)).fetchone() is not None


def create_database(target: Target, dbname: str, template: str | None = None) -> None:
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        stmt = sql.SQL("create database {}").format(sql.Identifier(dbname))
        if template:
            stmt = sql.SQL("{} template {}").format(stmt, sql.Identifier(template))
        conn.execute(stmt)


def drop_database(target: Target, dbname: str) -> None:
    with psycopg.connect(target.url_for("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(dbname)))


def install_platform(target: Target, dbname: str) -> None:
    """What a Supabase project has before its first migration: compat layer, extensions, pgmq."""
    with psycopg.connect(target.url_for(dbname), autocommit=True) as conn:
        for attempt in range(5):
            try:
                conn.execute(COMPAT_SQL.read_text())
                break
            except psycopg.errors.InternalError_ as exc:
                # The layer alters cluster-wide roles; two databases built at once (tests, schema checks and
                # benchmarks share the cluster) can collide on the same catalog row. It is idempotent: again.
                if "concurrently updated" not in str(exc) or attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))
        cron_db = conn.execute("select current_setting('cron.database_name', true)").fetchone()
        if cron_db and cron_db[0] == dbname:
            conn.execute("create extension if not exists pg_cron")
        has_pgmq = conn.execute("select 1 from pg_namespace where nspname = 'pgmq'").fetchone()
        if not has_pgmq:
            pgmq_sql = files("pgmq").joinpath("sql", "pgmq.sql").read_text(encoding="utf-8")
            with conn.transaction():
                conn.execute(pgmq_sql)


def supabase_cli() -> str:
    local = REPO_ROOT / "tools" / "node_modules" / ".bin" / "supabase"
    if local.exists():
        return str(local)
    found = shutil.which("supabase")
    if not found:
        raise StackError("the Supabase CLI is not installed: run ./relance (it installs tools/)")
    return found


def push_migrations(url: str, workdir: Path = REPO_ROOT) -> str:
    """`supabase db push` of `<workdir>/supabase/migrations` against any Postgres URL: the same command
    deploys to a real project."""
    proc = _run([supabase_cli(), "db", "push", f"--remote={url}", "--yes"], cwd=workdir)
    return proc.stdout + proc.stderr


def migration_files(migrations: Path = MIGRATIONS) -> list[Path]:
    """The migrations, in the order the Supabase CLI applies them (`<14-digit version>_<name>.sql`)."""
    return sorted(p for p in migrations.glob("*.sql") if _MIGRATION_NAME.match(p.name))


def version_of(path: Path) -> str:
    return path.name.split("_", 1)[0]


def migration_versions(migrations: Path = MIGRATIONS) -> list[str]:
    return [version_of(p) for p in migration_files(migrations)]


def squashed_versions(migrations: Path = MIGRATIONS) -> set[str]:
    """Every version that a baseline among the migrations replaced (its `-- squashed:` header lines)."""
    out: set[str] = set()
    for path in migration_files(migrations):
        with path.open() as f:
            for line in f:
                if not line.startswith("--"):
                    break
                if line.startswith(SQUASHED_PREFIX):
                    out.update(line[len(SQUASHED_PREFIX) :].split())
    return out


def applied_versions(url: str) -> list[str]:
    """The versions a database's migration history holds (none before its first `db push`)."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("select to_regclass('supabase_migrations.schema_migrations') is not null").fetchone()
        if not row or not row[0]:
            return []
        return [r[0] for r in conn.execute("select version from supabase_migrations.schema_migrations order by 1")]


def repair_squashed_history(url: str, workdir: Path = REPO_ROOT, log: Callable[[str], None] = print) -> list[str]:
    """When a database was built from migrations that a baseline has since replaced, mark them reverted in its
    history (`supabase migration repair`), so that `db push` sees the baseline as applied. Sound only when the
    database had every one of them: the baseline's own version (the latest one it replaced) must be applied;
    otherwise, and for versions no baseline replaced (another branch's), it refuses. Returns what it reverted."""
    migrations = workdir / "supabase" / "migrations"
    local = set(migration_versions(migrations))
    applied = set(applied_versions(url))
    unknown = sorted(applied - local)
    if not unknown:
        return []
    squashed = squashed_versions(migrations)
    baselines = [v for v in local if v in squashed]
    if not squashed or not set(unknown) <= squashed or not all(v in applied for v in baselines):
        raise StackError(
            f"the database has migrations this checkout does not ({', '.join(unknown[:5])}"
            f"{' …' if len(unknown) > 5 else ''}): it was built from another branch or from migrations squashed"
            " before it was up to date; update the checkout, or rebuild the database"
        )
    _run(
        [supabase_cli(), "migration", "repair", "--status", "reverted", *unknown, f"--remote={url}", "--yes"],
        cwd=workdir,
    )
    log(f"migration history: {len(unknown)} migration(s) squashed into the baseline marked as such")
    return unknown


def migrate(url: str, workdir: Path = REPO_ROOT, log: Callable[[str], None] = print) -> str:
    """Bring a database's migrations up to date: repair a squashed history, then `supabase db push`."""
    repair_squashed_history(url, workdir, log)
    return push_migrations(url, workdir)


def build_database(target: Target, dbname: str) -> None:
    """A database as a Supabase project would be after `db push`: platform, then migrations."""
    if not database_exists(target, dbname):
        create_database(target, dbname)
    install_platform(target, dbname)
    push_migrations(target.url_for(dbname))


def up(target: Target, log: Callable[[str], None] = print) -> None:
    if not target.is_local:
        raise StackError("`relance up` manages the local stack only; deploy with `supabase db push`")
    ensure_cluster(target, log)
    if not database_exists(target, target.dbname):
        create_database(target, target.dbname)
    install_platform(target, target.dbname)
    out = migrate(target.url, log=log)
    applied = [line for line in out.splitlines() if line.startswith("Applying migration")]
    log(f"migrations: {len(applied)} applied" if applied else "migrations: up to date")


def reset(target: Target, log: Callable[[str], None] = print) -> None:
    """Rebuild from scratch: drop the cluster (all its data) and bring it up again."""
    if cluster_status(target.port) != "missing":
        log(f"dropping cluster {PG_VERSION}/{CLUSTER}")
        _run(_as_postgres(["pg_dropcluster", "--stop", PG_VERSION, CLUSTER]))
    up(target, log)


def down(target: Target) -> None:
    if cluster_status(target.port) == "online":
        _run(_as_postgres(["pg_ctlcluster", PG_VERSION, CLUSTER, "stop"]))
