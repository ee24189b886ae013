"""End-to-end fixtures over real HTTP: the Graph sandbox notifies the graph-webhook edge function (Deno,
a real process), which hands notifications to Postgres; the worker (``relance worker --once``, a real
process) reads the queue, talks to the sandbox and writes through the SQL API."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import pytest
from psycopg import sql

from relance import subscriptions
from relance.config import REPO_ROOT
from relance.sandbox import RunningSandbox
from relance.sandbox.gmail import PUBSUB_SERVICE_ACCOUNT
from relance.worker import EventConsumer
from tests.e2e.helpers import ALICE, TOPIC, GmailWorld, World, build_gmail_world, build_world

DENO = REPO_ROOT / "tools" / "node_modules" / ".bin" / "deno"
FUNCTION = REPO_ROOT / "supabase" / "functions" / "graph-webhook" / "index.ts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def intake_db_url(db_url: str) -> str:
    """The URL the edge functions reach the test's database at (a pooler test gives the pooler's)."""
    return db_url


@pytest.fixture
def webhook(intake_db_url: str, conn: psycopg.Connection[Any], tmp_path: Path) -> Iterator[str]:
    """The graph-webhook edge function on a free port, talking to this test's database."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "SUPABASE_DB_URL": intake_db_url, "NO_COLOR": "1"}
    log = (tmp_path / "graph-webhook.log").open("w")
    proc = subprocess.Popen(
        [str(DENO), "run", "--allow-net", "--allow-env", "--allow-read", str(FUNCTION)],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/functions/v1/graph-webhook"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.post(f"{url}?validationToken=ready", timeout=2).text == "ready":
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"graph-webhook did not start: {(tmp_path / 'graph-webhook.log').read_text()[-2000:]}")
        time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


# --------------------------------------------------------------------------------------- pooler

PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


@dataclass
class Pooler:
    """PgBouncer in transaction mode in front of one test database, as Supavisor (port 6543) on Supabase."""

    url: str  # the test database, through the pooler
    port: int
    user: str
    password: str
    log: Path

    def show(self, what: str) -> list[dict[str, str]]:
        """A ``SHOW`` of PgBouncer's admin console (``stats``, ``pools`` …) as rows of text."""
        args = ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", "pgbouncer"]
        done = subprocess.run(
            [*args, "-A", "-F", "\t", "-c", f"show {what}"],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        lines = [line.split("\t") for line in done.stdout.splitlines() if "\t" in line]
        return [dict(zip(lines[0], row, strict=True)) for row in lines[1:]] if lines else []


@pytest.fixture
def pooler(db_url: str) -> Iterator[Pooler]:
    """PgBouncer (pool_mode = transaction) on a free port, pointing at the local cluster and this test's
    database. Servers are handed out round-robin from a pool of 4 kept open, so consecutive transactions of
    one client land on different server connections: anything a client leaves in its session (a ``SET``, a
    prepared statement, a session lock, ``LISTEN``) is missing from its next transaction, as on Supavisor.
    The pooler's login role is made for the test and dropped after it (roles belong to the cluster)."""
    assert Path(PGBOUNCER).exists(), "pgbouncer is missing: ./relance status installs it (Debian package)"
    parts = urlsplit(db_url)
    dbname = parts.path.lstrip("/")
    # Clients log in as a role that can do nothing but become service_role (noinherit): a call that runs
    # without its own `set role` fails, where the local superuser would hide a role lost between transactions.
    user, password = f"relance_pooled_{uuid.uuid4().hex[:12]}", secrets.token_hex(16)
    with psycopg.connect(db_url, autocommit=True) as admin:
        admin.execute(
            sql.SQL("create role {} login noinherit password {} in role service_role").format(
                sql.Identifier(user), sql.Literal(password)
            )
        )
    port = free_port()
    # Its own folder, readable by the postgres user: PgBouncer refuses to run as root and drops to postgres.
    folder = Path(tempfile.mkdtemp(prefix="relance-pgbouncer-"))
    folder.chmod(0o755)
    (folder / "userlist.txt").write_text(f'"{user}" "{password}"\n')
    (folder / "pgbouncer.ini").write_text(
        "\n".join(
            [
                "[databases]",
                f"{dbname} = host={parts.hostname} port={parts.port} dbname={dbname}",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                f"listen_port = {port}",
                "unix_socket_dir =",
                "auth_type = scram-sha-256",
                f"auth_file = {folder / 'userlist.txt'}",
                f"admin_users = {user}",
                "pool_mode = transaction",
                "default_pool_size = 12",
                "min_pool_size = 4",
                "server_round_robin = 1",
                "max_client_conn = 200",
                "",
            ]
        )
    )
    for path in folder.iterdir():
        path.chmod(0o644)
    log = folder / "pgbouncer.log"
    args = [PGBOUNCER, *(["-u", "postgres"] if os.geteuid() == 0 else []), str(folder / "pgbouncer.ini")]
    with log.open("w") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    url = urlunsplit((parts.scheme, f"{user}:{password}@127.0.0.1:{port}", f"/{dbname}", "", ""))
    deadline = time.monotonic() + 60
    while True:
        try:
            with psycopg.connect(url, connect_timeout=2, prepare_threshold=None) as probe:
                probe.execute("select 1")
            break
        except psycopg.OperationalError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"pgbouncer did not start: {log.read_text()[-2000:]}")
        time.sleep(0.1)
    try:
        yield Pooler(url, port, user, password, log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
        with psycopg.connect(db_url, autocommit=True) as admin:
            admin.execute(sql.SQL("drop role {}").format(sql.Identifier(user)))


class RunsWorkers:
    """What both e2e worlds do: run ``relance worker --once`` as its own process on the sandbox's clock, wait
    for the sandbox's deliveries, and count the provider events queued."""

    # Provided by the world it is mixed into (tests/e2e/helpers.py World): annotations only.
    conn: psycopg.Connection[Any]
    control: Any
    now: Callable[[], dt.datetime]
    env: Callable[[], dict[str, str]]

    def process_env(self) -> dict[str, str]:
        return {**os.environ, **self.env()}

    def worker(self, *loops: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """``relance worker --once`` in its own process, on the sandbox's clock."""
        args = [sys.executable, "-m", "relance.cli", "worker", "--once", "--now", self.now().isoformat()]
        if loops:
            args += ["--loops", ",".join(loops)]
        done = subprocess.run(args, cwd=REPO_ROOT, env=self.process_env(), capture_output=True, text=True, timeout=120)
        if check:
            assert done.returncode == 0, done.stderr[-3000:]
        return done

    def delivered(self, kind: str, count: int, timeout: float = 20.0) -> None:
        """Wait until the sandbox has delivered ``count`` deliveries of ``kind`` successfully."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ok = [d for d in self.control.deliveries() if d["kind"] == kind and d["ok"]]
            if len(ok) >= count:
                return
            time.sleep(0.05)
        raise AssertionError(f"expected {count} {kind}, got {self.control.deliveries()}")

    def killed_worker_gone(self, timeout: float = 60.0) -> None:
        """Wait until the server has ended the killed worker's backend (and so its transaction and row locks):
        it notices the dead client only when its statement ends. The scheduler skips follow-ups locked by
        someone else (lock order: a tick never waits), so a tick run before that leaves it for the next tick."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            row = self.conn.execute(
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                " and state in ('active', 'idle in transaction', 'idle in transaction (aborted)')"
            ).fetchone()
            if row is not None and row[0] == 0:
                return
            time.sleep(0.05)
        raise AssertionError("the killed worker's transaction never ended")

    def queued_events(self) -> int:
        row = self.conn.execute("select count(*) from pgmq.q_provider_events").fetchone()
        return int(row[0]) if row else 0


class E2E(RunsWorkers, World):
    webhook_url: str = ""
    tmp: Path = Path()

    def process_env(self) -> dict[str, str]:
        return {**super().process_env(), "GRAPH_WEBHOOK_URL": self.webhook_url}

    def notified(self, count: int, timeout: float = 20.0) -> None:
        """Wait until the sandbox has delivered ``count`` change notifications successfully."""
        self.delivered("graph.notification", count, timeout)


def open_e2e(
    sandbox: RunningSandbox,
    db_url: str,
    conn: psycopg.Connection[Any],
    webhook: str,
    tmp_path: Path,
    kind: type[E2E] = E2E,
) -> Iterator[E2E]:
    """The ``e2e`` world (as ``kind``, an E2E class), closed after its test."""
    world = build_world(sandbox, db_url, conn)
    world.__class__ = kind
    assert isinstance(world, E2E)
    world.webhook_url = webhook
    world.tmp = tmp_path
    world.connector.webhook_url = webhook
    subscriptions.subscribe_all(
        world.worker_conn, world.connector.client(world.mailbox_id, ALICE), world.mailbox_id, webhook, world.now()
    )
    world.connector.sync(world.mailbox_id)
    try:
        yield world
    finally:
        world.worker_conn.close()


@pytest.fixture
def e2e(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], webhook: str, tmp_path: Path
) -> Iterator[E2E]:
    """A connected, subscribed mailbox (Inbox and Sent Items) whose first backfill is done."""
    yield from open_e2e(sandbox, db_url, conn, webhook, tmp_path)


# --------------------------------------------------------------------------------------- Gmail

GMAIL_FUNCTION = REPO_ROOT / "supabase" / "functions" / "gmail-push" / "index.ts"
# Pushes are authenticated as README.md tells a deployment to: Pub/Sub's OIDC token, for this audience and service
# account (the sandbox's default), signed by the sandbox (whose JWKS stands in for Google's).
PUSH_AUDIENCE = "https://relance-e2e.example/functions/v1/gmail-push"


@pytest.fixture
def gmail_push(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], tmp_path: Path) -> Iterator[str]:
    """The gmail-push edge function on a free port (OIDC, the sandbox's keys), talking to this test's database."""
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "SUPABASE_DB_URL": db_url,
        "GMAIL_PUSH_AUDIENCE": PUSH_AUDIENCE,
        "GMAIL_PUSH_SERVICE_ACCOUNT": PUBSUB_SERVICE_ACCOUNT,
        "GOOGLE_OIDC_JWKS_URL": f"{sandbox.url}/oauth2/v3/certs",
        "DENO_CERT": str(sandbox.ca_path),
    }
    env["NO_COLOR"] = "1"
    log = (tmp_path / "gmail-push.log").open("w")
    proc = subprocess.Popen(
        [str(DENO), "run", "--allow-net", "--allow-env", "--allow-read", str(GMAIL_FUNCTION)],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/functions/v1/gmail-push"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.post(url, timeout=2).status_code == 401:  # up, and refusing a push without credentials
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"gmail-push did not start: {(tmp_path / 'gmail-push.log').read_text()[-2000:]}")
        time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


class GmailE2E(RunsWorkers, GmailWorld):
    push_url: str = ""

    def pushed(self, count: int, timeout: float = 20.0) -> None:
        """Wait until the sandbox has delivered ``count`` Pub/Sub pushes to gmail-push successfully."""
        self.delivered("gmail.push", count, timeout)


@pytest.fixture
def gmail_e2e(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], gmail_push: str
) -> Iterator[GmailE2E]:
    """Alice's Gmail mailbox, connected, watched (INBOX and SENT, pushes to gmail-push), backfilled."""
    world = build_gmail_world(sandbox, db_url, conn, gmail_push, PUSH_AUDIENCE)
    world.__class__ = GmailE2E
    assert isinstance(world, GmailE2E)
    world.push_url = gmail_push
    subscriptions.watch_gmail(world.worker_conn, world.gmail(), world.mailbox_id, TOPIC)
    world.pushed(1)  # a watch pushes once at once
    world.connector.sync_gmail(world.mailbox_id)
    EventConsumer(world.connector).run_once()  # that first push is behind the cursor now: nothing to do
    try:
        yield world
    finally:
        world.worker_conn.close()
