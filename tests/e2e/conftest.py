"""End-to-end fixtures over real HTTP: the Graph sandbox notifies the graph-webhook edge function (Deno,
a real process), which hands notifications to Postgres; the worker (``relance worker --once``, a real
process) reads the queue, talks to the sandbox and writes through the SQL API."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from relance import subscriptions
from relance.config import REPO_ROOT
from relance.sandbox import RunningSandbox
from relance.worker import EventConsumer
from tests.e2e.helpers import ALICE, TOPIC, GmailWorld, World, build_gmail_world, build_world

DENO = REPO_ROOT / "tools" / "node_modules" / ".bin" / "deno"
FUNCTION = REPO_ROOT / "supabase" / "functions" / "graph-webhook" / "index.ts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def webhook(db_url: str, conn: psycopg.Connection[Any], tmp_path: Path) -> Iterator[str]:
    """The graph-webhook edge function on a free port, talking to this test's database."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "SUPABASE_DB_URL": db_url, "NO_COLOR": "1"}
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


@pytest.fixture
def e2e(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], webhook: str, tmp_path: Path
) -> Iterator[E2E]:
    """A connected, subscribed mailbox (Inbox and Sent Items) whose first backfill is done."""
    world = build_world(sandbox, db_url, conn)
    world.__class__ = E2E
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


# --------------------------------------------------------------------------------------- Gmail

GMAIL_FUNCTION = REPO_ROOT / "supabase" / "functions" / "gmail-push" / "index.ts"
PUSH_SECRET = "gmail-push-secret-for-tests-0123456789"


@pytest.fixture
def gmail_push(db_url: str, conn: psycopg.Connection[Any], tmp_path: Path) -> Iterator[str]:
    """The gmail-push edge function on a free port (secret in the URL), talking to this test's database."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "SUPABASE_DB_URL": db_url, "GMAIL_PUSH_SECRET": PUSH_SECRET}
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
    world = build_gmail_world(sandbox, db_url, conn, f"{gmail_push}?token={PUSH_SECRET}")
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
