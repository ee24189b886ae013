"""A small world for connector tests: the Graph sandbox (real HTTPS), a fresh database with a team and a
connected Outlook mailbox, and the connector the workers use, all on one driven clock: the sandbox's, which
starts at tests.conftest.START and is what the world passes to SQL as ``p_now``."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
import subprocess
import sys
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import psycopg

from relance import cli, db
from relance.config import REPO_ROOT
from relance.credentials import CredentialStore, GraphApp, SecretKey, connect_app_only, connect_with_refresh_token
from relance.providers.gmail import GmailMailbox, GoogleApp
from relance.sandbox import RunningSandbox
from relance.sandbox.world import parse_instant
from relance.sync import GMAIL_CURSOR
from relance.worker import Connector, connect_gmail_mailbox
from tests.conftest import START

ALICE = "alice@contoso.com"
BOB = "bob@prospect.example"
# 32 bytes in base64 (a SHA-256 of a fixed text: for the tests only), as RELANCE_SECRET_KEY must be.
TEST_KEY = "oswO0Ae2ngZ4rCJynoPoDGTGpWTcSA4IZHCyr0F/998="


def make_team(conn: psycopg.Connection[Any], domain: str = "contoso.com") -> tuple[uuid.UUID, uuid.UUID]:
    owner = uuid.uuid4()
    conn.execute(
        "insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)"
        " values (%s, 'authenticated', 'authenticated', %s, '{}', '{}')",
        (owner, f"{owner.hex[:8]}@{domain}"),
    )
    row = conn.execute("insert into public.teams (name, domains) values ('Contoso', %s) returning id", ([domain],))
    team = row.fetchone()
    assert team is not None
    conn.execute("insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')", (team[0], owner))
    return team[0], owner


@dataclass
class World:
    sandbox: RunningSandbox
    db_url: str
    conn: psycopg.Connection[Any]  # superuser, for assertions and for playing pg_cron
    worker_conn: db.Conn  # service_role, as the workers connect
    app: dict[str, str]
    team_id: uuid.UUID
    owner_id: uuid.UUID
    mailbox_id: uuid.UUID
    connector: Connector

    @property
    def control(self) -> Any:
        return self.sandbox.control

    def now(self) -> dt.datetime:
        return parse_instant(self.control.clock()["now"])

    def advance(self, **delta: float) -> dt.datetime:
        return parse_instant(self.control.advance_clock(**delta)["now"])

    def env(self) -> dict[str, str]:
        """What a worker process needs to reach this world."""
        return {
            "SUPABASE_DB_URL": self.db_url,
            "GRAPH_AUTHORITY_HOST": self.sandbox.url,
            "GRAPH_API_URL": self.sandbox.url,
            "GRAPH_TENANT_ID": self.app["tenant_id"],
            "GRAPH_CLIENT_ID": self.app["client_id"],
            "GRAPH_CLIENT_SECRET": self.app["client_secret"],
            "GRAPH_CA_BUNDLE": str(self.sandbox.ca_path),
            "RELANCE_SECRET_KEY": TEST_KEY,
            "RELANCE_LOG_LEVEL": "INFO",
        }

    def schedule(self) -> int:
        """pg_cron's tick at the sandbox's instant."""
        row = self.conn.execute("select worker.run_followup_scheduler(%s)", (self.now(),)).fetchone()
        return int(row[0]) if row else 0

    def tracked(self) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "select id, status::text as status, subject, automatic_sent, manual_detected, next_due_at"
            " from public.tracked_emails where mailbox_id = %s order by sent_at",
            (self.mailbox_id,),
        )
        names = [c.name for c in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def followups(self) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "select id, seq, status::text as status, due_at, queued_at, draft_id, internet_message_id, reason,"
            " last_error"
            " from public.followups where mailbox_id = %s order by seq, created_at",
            (self.mailbox_id,),
        )
        names = [c.name for c in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def sent_by_engine(self) -> list[dict[str, Any]]:
        return [m for m in self.control.sent(ALICE) if "x-relance-followup-id" in m["headers"]]

    def send_tracked_email(self, subject: str = "Proposal") -> dict[str, Any]:
        """Alice writes to Bob from Outlook: a new conversation with an external recipient."""
        return dict(self.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], "Shall we meet next week?", subject))


def build_world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], app_only: bool = False) -> World:
    sandbox.control.set_clock(START.isoformat())
    sandbox.control.create_graph_user(ALICE, "Alice Martin")
    app = sandbox.control.create_graph_app("contoso.com")
    team_id, owner_id = make_team(conn)
    worker_conn = db.connect(db_url)
    graph_app = GraphApp(sandbox.url, app["tenant_id"], app["client_id"], app["client_secret"], str(sandbox.ca_path))
    store = CredentialStore(worker_conn, SecretKey.from_material(TEST_KEY))
    mailbox_id = db.connect_mailbox(worker_conn, team_id, owner_id, "graph", ALICE, "Alice Martin", START)
    if app_only:
        connect_app_only(store, mailbox_id)
    else:
        refresh = sandbox.control.graph_refresh_token(app["client_id"], ALICE)["refresh_token"]
        connect_with_refresh_token(graph_app, store, mailbox_id, refresh)
    connector = Connector(worker_conn, graph_app, sandbox.url, "", store, verify=str(sandbox.ca_path))
    world = World(sandbox, db_url, conn, worker_conn, app, team_id, owner_id, mailbox_id, connector)
    connector.now_fn = world.now
    return world


# --------------------------------------------------------------------------------------- Gmail

TOPIC = "projects/relance-tests/topics/gmail"


@dataclass
class GmailWorld(World):
    """Alice's Gmail mailbox: the same world, reached through the Gmail API and Pub/Sub pushes."""

    google: GoogleApp
    refresh_token: str = field(repr=False)

    def env(self) -> dict[str, str]:
        """What a worker process needs to reach this world: the database, the key, Google's settings."""
        return {
            "SUPABASE_DB_URL": self.db_url,
            "RELANCE_SECRET_KEY": TEST_KEY,
            "RELANCE_LOG_LEVEL": "INFO",
            "GOOGLE_CLIENT_ID": self.google.client_id,
            "GOOGLE_CLIENT_SECRET": self.google.client_secret,
            "GOOGLE_TOKEN_URI": self.google.token_uri,
            "GMAIL_API_URL": self.google.api_url,
            "GOOGLE_CA_BUNDLE": self.google.ca_bundle,
            "GOOGLE_PUBSUB_TOPIC": TOPIC,
        }

    def gmail(self) -> GmailMailbox:
        """Alice's Gmail client, as the worker holds it."""
        return self.connector.gmail_client(self.mailbox_id, ALICE)

    def cursor(self) -> int | None:
        """The history id the engine has synced up to (the mailbox's Gmail cursor), or None."""
        value = db.get_sync_cursor(self.worker_conn, self.mailbox_id, GMAIL_CURSOR)
        return int(value) if value else None


def build_gmail_world(
    sandbox: RunningSandbox,
    db_url: str,
    conn: psycopg.Connection[Any],
    push_endpoint: str = "http://127.0.0.1:9/",
    push_audience: str | None = None,
) -> GmailWorld:
    """Alice's Gmail mailbox, connected; Gmail's notifications go to ``push_endpoint`` (with ``push_audience``,
    each push carries Pub/Sub's OIDC token for it)."""
    sandbox.control.set_clock(START.isoformat())
    sandbox.control.configure(gmail_push_min_interval=0)
    sandbox.control.create_gmail_user(ALICE)
    client = sandbox.control.create_google_client()
    sandbox.control.create_pubsub_subscription(TOPIC, push_endpoint, audience=push_audience)
    google = GoogleApp(
        client["client_id"], client["client_secret"], client["token_uri"], sandbox.url, str(sandbox.ca_path)
    )
    team_id, owner_id = make_team(conn)
    worker_conn = db.connect(db_url)
    store = CredentialStore(worker_conn, SecretKey.from_material(TEST_KEY))
    graph_app = GraphApp(sandbox.url, "", "", "", str(sandbox.ca_path))
    connector = Connector(
        worker_conn, graph_app, sandbox.url, "", store, verify=str(sandbox.ca_path), google=google, pubsub_topic=TOPIC
    )
    mailbox_id = db.connect_mailbox(worker_conn, team_id, owner_id, "gmail", ALICE, "Alice Martin", START)
    refresh = sandbox.control.google_refresh_token(client["client_id"], ALICE)["refresh_token"]
    connect_gmail_mailbox(connector, mailbox_id, ALICE, refresh)
    world = GmailWorld(
        sandbox, db_url, conn, worker_conn, dict(client), team_id, owner_id, mailbox_id, connector, google, refresh
    )
    connector.now_fn = world.now
    return world


def run_worker_once(
    world: World, *loops: str, env: dict[str, str] | None = None, check: bool = True, timeout: float = 150
) -> subprocess.CompletedProcess[str]:
    """``relance worker --once`` in its own process, on the sandbox's clock (the ``loops`` given, else all), as
    production runs it; with ``check`` it must end well."""
    args = [sys.executable, "-m", "relance.cli", "worker", "--once", "--now", world.now().isoformat()]
    if loops:
        args += ["--loops", ",".join(loops)]
    done = subprocess.run(
        args, cwd=REPO_ROOT, env={**os.environ, **world.env(), **(env or {})}, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip
    if check:
        assert done.returncode == 0, done.stderr[-3000:]
    return done


def run_worker_pass(
    world: World, *loops: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """``relance worker --once`` as its command runs it (its arguments, its configuration read from the environment,
    a connector of its own on the sandbox's clock, one pass, then all it opened closed), but in this process:
    a pass without a Python start and the worker's imports (about two seconds each, most of a scenario's time).
    What it logs and prints is its stderr; an exception it lets out is a traceback there and exit status 1, as
    in its own process. ``run_worker_once`` keeps the process, for what only a process shows (a crash, exit)."""
    args = ["worker", "--once", "--now", world.now().isoformat()]
    if loops:
        args += ["--loops", ",".join(loops)]
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    environ = {**world.env(), **(env or {})}
    try:
        with mock.patch.dict(os.environ, environ), contextlib.redirect_stderr(out):
            code = cli.main(args)
    except Exception:
        out.write(traceback.format_exc())
        code = 1
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    done = subprocess.CompletedProcess(args, code, "", out.getvalue())
    if check:
        assert done.returncode == 0, done.stderr[-3000:]
    return done


def build_either(provider: str, sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> World:
    """Alice's Outlook (``graph``) or Gmail (``gmail``) world; ``provider_of`` tells which."""
    built = build_world(sandbox, db_url, conn) if provider == "graph" else build_gmail_world(sandbox, db_url, conn)
    built.provider = provider  # type: ignore[attr-defined]
    return built


def provider_of(world: World) -> str:
    """``graph`` or ``gmail``: the provider of a world ``build_either`` built."""
    return str(world.provider)  # type: ignore[attr-defined]
