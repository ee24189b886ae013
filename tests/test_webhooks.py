"""Outgoing webhooks (issue 16, item 4): a team's admins register endpoints and choose events; what the engine
logs is queued in the same transaction, signed as the Standard Webhooks specification says and POSTed by the
worker (relance.webhooks); failures are retried with a backoff, an endpoint that keeps failing is disabled with
its reason, and enabling it again replays what it missed.

The receiver is a real HTTP server on 127.0.0.1 that verifies every request with the Standard Webhooks library
(``standardwebhooks``), as a team's receiver would. Engine instants are injected (Claire's story, Monday 23
November 2026); the signature's timestamp is the attempt's real instant, which the library checks within 5
minutes. A backoff is real time in pgmq (the message's visibility); a test stands in for the wait by making the
queue's messages visible (``elapse_backoff``), never by sleeping.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
import types
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from psycopg.rows import dict_row
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from relance import db, logsafe, stack
from relance.webhooks import CheckedTransport, Refused, WebhookSender, check_public
from relance.worker import LOOPS, Worker
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.rls import DENIED, Case, Rows, run_case
from tests.story import Story
from tests.test_engine_rules import bounce
from tests.test_health import beat, install_cron_stand_in, record_runs
from tests.test_tenancy_rls import EVERYONE, build_world

WEBHOOK_TABLES = {"webhook_endpoints", "webhook_deliveries"}
ALL_EVENTS = [
    "email.tracked",
    "followup.sent",
    "email.replied",
    "email.reply_classified",
    "email.opted_out",
    "email.bounced",
    "email.completed",
    "mailbox.needs_reauth",
    "health.degraded",
]
P1 = "marc.lefevre@lefevre-industrie.fr"
P2 = "sophie.martin@martin-avocats.fr"
P3 = "jean.dupont@dupont-sa.fr"
P4 = "lea.bernard@bernard-conseil.fr"


# The receiver ------------------------------------------------------------------------------------------------


class Receiver:
    """A team's webhook receiver: verifies each request with the Standard Webhooks library and answers with the
    next scripted status (else `status`), after `delay` seconds. `stop()` is an outage (connection refused)."""

    def __init__(self) -> None:
        self.secret = ""
        self.status = 200
        self.script: list[int] = []
        self.delay = 0.0
        self.received: list[dict[str, Any]] = []
        self.port = 0
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/relance"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                entry: dict[str, Any] = {"headers": headers, "body": body}
                try:
                    entry["payload"] = Webhook(receiver.secret).verify(body, headers)
                except WebhookVerificationError as exc:
                    entry["error"] = str(exc)
                with receiver._lock:
                    receiver.received.append(entry)
                    status = receiver.script.pop(0) if receiver.script else receiver.status
                if receiver.delay:
                    time.sleep(receiver.delay)
                try:
                    self.send_response(status)
                    self.send_header("content-length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the worker gave up waiting

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def verified(self) -> list[dict[str, Any]]:
        """The payloads whose signature verified; fails the test on any request that did not."""
        bad = [r["error"] for r in self.received if "error" in r]
        assert bad == []
        return [r["payload"] for r in self.received]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Story:
    # Tests and local development: the receiver is http://127.0.0.1 (production keeps https and public hosts).
    conn.execute("update private.webhook_settings set allow_local_urls = true")
    return Story(conn)


@pytest.fixture
def worker_conn(db_url: str) -> Iterator[db.Conn]:
    conn = db.connect(db_url)
    yield conn
    conn.close()


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def sender_for(worker_conn: db.Conn, clock: Clock, **kw: Any) -> Iterator[WebhookSender]:
    s = WebhookSender(worker_conn, clock, allow_private=kw.pop("allow_private", True), **kw)
    yield s
    s.close()


def create(conn: psycopg.Connection[Any], admin: uuid.UUID, team: uuid.UUID, url: str, events: list[str]) -> Any:
    with acting_as(conn, "authenticated", admin, commit=True) as c:
        row = c.execute("select public.create_webhook_endpoint(%s, %s, %s)", (team, url, events)).fetchone()
    assert row
    return row[0]


def as_admin(conn: psycopg.Connection[Any], admin: uuid.UUID, query: str, *args: Any) -> Any:
    with acting_as(conn, "authenticated", admin, commit=True) as c:
        row = c.execute(query, args).fetchone()
    return row[0] if row else None


def elapse_backoff(conn: psycopg.Connection[Any]) -> None:
    """The backoff's wait, stood in for: every hidden webhook message is visible again."""
    conn.execute("update pgmq.q_webhook_deliveries set vt = clock_timestamp()")


def deliveries(conn: psycopg.Connection[Any], endpoint_id: Any) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "select * from public.webhook_deliveries where endpoint_id = %s order by created_at, webhook_id",
            (endpoint_id,),
        ).fetchall()


def endpoint(conn: psycopg.Connection[Any], endpoint_id: Any) -> dict[str, Any]:
    with conn.cursor(row_factory=dict_row) as cur:
        row = cur.execute("select * from public.webhook_endpoints where id = %s", (endpoint_id,)).fetchone()
    assert row
    return row


# Registration ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "events", "message"),
    [
        ("", ["email.tracked"], "the endpoint URL is required"),
        ("hooks.example.com/relance", ["email.tracked"], "not an endpoint URL"),
        ("ftp://hooks.example.com/relance", ["email.tracked"], "not an endpoint URL"),
        ("https://user:pw@hooks.example.com/x", ["email.tracked"], "not an endpoint URL"),
        ("http://hooks.example.com/relance", ["email.tracked"], "must use https://"),
        ("https://10.1.2.3/relance", ["email.tracked"], "must name a public host, not 10.1.2.3"),
        ("https://192.168.1.20/relance", ["email.tracked"], "must name a public host"),
        ("https://169.254.169.254/latest/meta-data", ["email.tracked"], "must name a public host"),
        ("https://[fd00::1]/relance", ["email.tracked"], "must name a public host"),
        ("https://crm.internal/relance", ["email.tracked"], "must name a public host"),
        ("https://hooks.example.com/relance", [], "choose at least one event"),
        ("https://hooks.example.com/relance", ["email.tracked", "email.sent"], "unknown webhook event(s): email.sent"),
    ],
)
def test_registration_refuses_a_bad_url_or_event_with_a_clear_error_and_keeps_nothing(
    story: Story, url: str, events: list[str], message: str
) -> None:
    with pytest.raises(psycopg.Error) as caught:
        create(story.conn, story.owner, story.team_id, url, events)
    assert sqlstate(caught.value) == "22023"
    assert message in str(caught.value)
    assert story.conn.execute("select count(*) from public.webhook_endpoints").fetchone() == (0,)


def test_http_to_localhost_is_refused_unless_the_setting_allows_it(story: Story) -> None:
    story.conn.execute("update private.webhook_settings set allow_local_urls = false")
    with pytest.raises(psycopg.Error, match="must use https://"):
        create(story.conn, story.owner, story.team_id, "http://127.0.0.1:8080/hooks", ["email.tracked"])
    with pytest.raises(psycopg.Error, match="must name a public host, not localhost"):
        create(story.conn, story.owner, story.team_id, "https://localhost/hooks", ["email.tracked"])


def test_the_secret_is_shown_once_and_no_api_role_can_read_it(story: Story) -> None:
    made = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.replied"])
    assert made["secret"].startswith("whsec_")
    assert made["events"] == ["email.replied"]
    Webhook(made["secret"])  # the library reads it
    with acting_as(story.conn, "authenticated", story.owner) as c:
        row = c.execute("select to_jsonb(e) from public.webhook_endpoints as e").fetchone()
        assert row is not None and made["secret"] not in json.dumps(row[0])
        assert row[0]["status"] == "enabled" and row[0]["url"] == "https://hooks.example.com/relance"
    for role, user in (("authenticated", story.owner), ("service_role", None), ("anon", None)):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, role, user) as c:
            c.execute("select secret from private.webhook_secrets")
    rotated = as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", made["endpoint_id"])
    assert rotated.startswith("whsec_") and rotated != made["secret"]


def test_the_same_url_twice_in_a_team_is_refused(story: Story) -> None:
    create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.replied"])
    with pytest.raises(psycopg.errors.UniqueViolation, match="already has an endpoint"):
        create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.tracked"])


@pytest.mark.parametrize(
    "call",
    [
        "select public.update_webhook_endpoint(%(e)s, array['email.tracked'])",
        "select public.rotate_webhook_secret(%(e)s)",
        "select public.enable_webhook_endpoint(%(e)s)",
        "select public.disable_webhook_endpoint(%(e)s)",
        "select public.delete_webhook_endpoint(%(e)s)",
        "select public.send_test_webhook(%(e)s)",
    ],
)
def test_only_the_teams_admins_manage_its_endpoints(story: Story, call: str) -> None:
    made = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.replied"])
    member = story.add_member("paul@cabinet-durand.fr")
    outsider = Story(story.conn, address="bob@autre-cabinet.fr", domains=("autre-cabinet.fr",)).owner
    for user in (member, outsider):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, "authenticated", user) as c:
            c.execute(call, {"e": made["endpoint_id"]})
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, "authenticated", member) as c:
        c.execute("select public.create_webhook_endpoint(%s, 'https://x.example.com/h', array['email.tracked'])",
                  (story.team_id,))  # fmt: skip
    with acting_as(story.conn, "authenticated", story.owner) as c:
        c.execute(call, {"e": made["endpoint_id"]})  # the admin may


def test_every_admin_change_is_audited_on_the_teams_timeline(story: Story) -> None:
    made = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.replied"])
    e = made["endpoint_id"]
    as_admin(story.conn, story.owner, "select public.update_webhook_endpoint(%s, array['email.bounced'])", e)
    as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", e)
    as_admin(story.conn, story.owner, "select public.send_test_webhook(%s)", e)
    as_admin(story.conn, story.owner, "select public.disable_webhook_endpoint(%s, 'CRM migration')", e)
    assert endpoint(story.conn, e)["disabled_reason"] == "CRM migration"
    as_admin(story.conn, story.owner, "select public.enable_webhook_endpoint(%s)", e)
    as_admin(story.conn, story.owner, "select public.delete_webhook_endpoint(%s)", e)
    rows = story.conn.execute(
        "select kind, details from public.events where team_id = %s and kind like 'webhook%%' order by id",
        (story.team_id,),
    ).fetchall()
    assert [k for k, _ in rows] == [
        "webhook_endpoint_created",
        "webhook_endpoint_updated",
        "webhook_secret_rotated",
        "webhook_test_sent",
        "webhook_endpoint_disabled",
        "webhook_endpoint_enabled",
        "webhook_endpoint_deleted",
    ]
    assert {d["by"] for _, d in rows} == {str(story.owner)}
    assert rows[1][1]["before"]["events"] == ["email.replied"] and rows[1][1]["after"]["events"] == ["email.bounced"]
    assert made["secret"] not in json.dumps([d for _, d in rows])
    # The endpoint's secret and log went with it.
    assert story.conn.execute("select count(*) from private.webhook_secrets").fetchone() == (0,)
    assert story.conn.execute("select count(*) from private.webhook_retired_secrets").fetchone() == (0,)
    assert story.conn.execute("select count(*) from public.webhook_deliveries").fetchone() == (0,)


# Emission from the engine ------------------------------------------------------------------------------------


def test_every_engine_event_reaches_the_receiver_signed_and_without_content(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ALL_EVENTS)
    receiver.secret = made["secret"]
    # A follows up then gets a reply; B opts out; C bounces; D gets all its follow-ups (completed).
    a = story.send("Mon 2026-11-23 09:00", [P1])
    b = story.send("Mon 2026-11-23 09:00", [P2])
    c = story.send("Mon 2026-11-23 09:00", [P3])
    d = story.send("Mon 2026-11-23 09:00", [P4])
    story.receive(
        "Mon 2026-11-23 09:01", "mailer-daemon@mx.dupont-sa.fr", subject="Undeliverable: " + c.subject,
        analysis=bounce(c.internet_message_id, (P3, True)),
    )  # fmt: skip
    story.receive(
        "Mon 2026-11-23 10:00", P2, reply_to=b, body="Merci de ne plus me contacter.",
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )  # fmt: skip
    for moment in ("Mon 2026-11-23 13:00",):
        story.tick(moment)
        story.work(moment)
    story.receive("Mon 2026-11-23 14:00", P1, reply_to=a, body="Oui, appelons-nous jeudi.")
    for moment in ("Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"):
        story.tick(moment)
        story.work(moment)
    assert story.tracked(d)["status"] == "completed"
    story.conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)",
        (story.mailbox_id, story.at("Tue 2026-11-24 11:00")),
    )

    sender = WebhookSender(worker_conn, Clock(story.at("Tue 2026-11-24 11:00")), allow_private=True, timeout=5)
    try:
        while sender.run_once():
            pass
    finally:
        sender.close()

    got = receiver.verified()
    tracked = {story.tracked(m)["tracked_email_id"]: name for name, m in (("a", a), ("b", b), ("c", c), ("d", d))}
    seen = sorted((p["type"], tracked.get(uuid.UUID(p["data"].get("tracked_email_id", str(uuid.UUID(int=0)))), "-"))
                  for p in got)  # fmt: skip
    assert seen == sorted(
        [("email.tracked", n) for n in "abcd"]
        + [("followup.sent", "a"), ("followup.sent", "d"), ("followup.sent", "d"), ("followup.sent", "d")]
        + [("email.bounced", "c"), ("email.opted_out", "b"), ("email.replied", "a"), ("email.completed", "d")]
        + [("mailbox.needs_reauth", "-")]
    )
    by_type = {p["type"]: p for p in got}
    replied = by_type["email.replied"]
    assert replied["data"]["recipients"] == [P1] and replied["data"]["status"] == "replied"
    assert "intent" in replied["data"] and replied["data"]["intent"] is None
    assert replied["data"]["mailbox_address"] == story.address
    assert replied["timestamp"] == "2026-11-23T13:00:00.000Z"  # the reply's instant (14:00 in Paris), in UTC
    assert by_type["email.completed"]["data"]["followups_sent"] == 3
    assert by_type["mailbox.needs_reauth"]["data"]["mailbox_id"] == str(story.mailbox_id)
    # Every key of an email's event is there, null when it does not apply, so a receiver that maps fields from its
    # first sample (an email.tracked, with no follow-up yet) finds them all; a mailbox's event has the mailbox's.
    email_keys = {
        "event_id", "team_id", "occurred_at", "mailbox_id", "mailbox_address", "provider", "tracked_email_id",
        "followup_id", "message_id", "recipients", "status", "followups_sent", "followup_seq",
    }  # fmt: skip
    for p in got:
        if p["type"] == "mailbox.needs_reauth":
            assert set(p["data"]) == {"event_id", "team_id", "occurred_at", "mailbox_id", "mailbox_address", "provider"}
        else:
            assert set(p["data"]) == email_keys | ({"intent"} if p["type"] == "email.replied" else set()), p["type"]
    assert by_type["email.tracked"]["data"]["followup_id"] is None
    assert by_type["email.tracked"]["data"]["followup_seq"] is None
    # No message content leaves: neither the subject, nor a body, nor the timeline's reason.
    everything = json.dumps(got, ensure_ascii=False)
    for content in (a.subject, "appelons-nous", "ne plus me contacter", "invalid_grant"):
        assert content not in everything
    # One webhook-id per event, as the payload's event id says; each delivered once, on the first attempt.
    assert all(r["headers"]["webhook-id"] == "msg_evt_" + r["payload"]["data"]["event_id"] for r in receiver.received)
    rows = deliveries(story.conn, made["endpoint_id"])
    assert {(r["status"], r["attempts"], r["last_status_code"]) for r in rows} == {("delivered", 1, 200)}
    assert len(rows) == len(got) == 13


def test_a_replys_intent_is_sent_when_it_is_recorded_and_when_a_member_corrects_it(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.replied", "email.reply_classified"])
    receiver.secret = made["secret"]
    a = story.send("Mon 2026-11-23 09:00", [P1])
    reply = story.receive("Mon 2026-11-23 14:00", P1, reply_to=a, body="Pas maintenant, rappelez-moi en mars.")
    reply_id = reply["message_id"]
    # The intelligence worker reads it after the reply (rules: not now, until March), then Claire corrects it.
    story.conn.execute(
        "select worker.record_intent(%s, 'not_now', 0.85, 'rules', '2027-03-01', p_now => %s)",
        (reply_id, story.at("Mon 2026-11-23 14:01")),
    )
    as_admin(story.conn, story.owner, "select public.correct_intent(%s, 'interested')", reply_id)
    sender = WebhookSender(worker_conn, Clock(story.at("Mon 2026-11-23 15:00")), allow_private=True, timeout=5)
    try:
        while sender.run_once():
            pass
    finally:
        sender.close()

    got = sorted(receiver.verified(), key=lambda p: int(p["data"]["event_id"]))
    assert [p["type"] for p in got] == ["email.replied", "email.reply_classified", "email.reply_classified"]
    replied, read, corrected = got
    tracked_id = str(story.tracked(a)["tracked_email_id"])
    # At the reply, nothing has read it yet: the intent is there, null.
    assert replied["data"]["intent"] is None
    for p in (read, corrected):
        assert (p["data"]["tracked_email_id"], p["data"]["message_id"]) == (tracked_id, str(reply_id))
        assert p["data"]["status"] == "replied"
    assert read["data"]["intent"] == {
        "class": "not_now", "confidence": 0.85, "source": "rules", "not_now_until": "2027-03-01", "corrected": False,
    }  # fmt: skip
    assert corrected["data"]["intent"] == {
        "class": "interested", "confidence": 1, "source": "user", "not_now_until": None, "corrected": True,
    }  # fmt: skip
    # No words of the reply leave.
    assert "rappelez-moi" not in json.dumps(got, ensure_ascii=False)


def test_a_reply_whose_intent_is_known_when_it_is_logged_carries_it(story: Story, receiver: Receiver) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.replied"])
    a = story.send("Mon 2026-11-23 09:00", [P1])
    reply = story.receive("Mon 2026-11-23 14:00", P1, reply_to=a, body="Envoyez-moi un devis.")
    story.conn.execute(
        "select worker.record_intent(%s, 'quote_request', 0.9, 'rules', p_now => %s)",
        (reply["message_id"], story.at("Mon 2026-11-23 14:01")),
    )
    # The payload is built from the intent as it stands when the engine logs the answer (private.log_event, as R5
    # does): here the intent was read first.
    story.conn.execute(
        "select private.log_event(%s, 'replied', 'answered', %s, %s, %s, null, %s)",
        (story.team_id, story.at("Mon 2026-11-23 14:02"), story.mailbox_id, story.tracked(a)["tracked_email_id"],
         reply["message_id"]),
    )  # fmt: skip
    # Subscribable like the others: this endpoint chose email.replied only, so the classification is not sent.
    payloads = [d["payload"] for d in deliveries(story.conn, made["endpoint_id"])]
    assert [p["type"] for p in payloads] == ["email.replied", "email.replied"]
    assert [p["data"]["intent"] for p in payloads] == [
        None,
        {"class": "quote_request", "confidence": 0.9, "source": "rules", "not_now_until": None, "corrected": False},
    ]


def test_an_event_is_queued_in_the_transaction_of_the_change_and_only_for_endpoints_that_chose_it(
    story: Story, receiver: Receiver
) -> None:
    replies = create(story.conn, story.owner, story.team_id, receiver.url, ["email.replied"])
    tracked = create(story.conn, story.owner, story.team_id, receiver.url + "/tracked", ["email.tracked"])
    with pytest.raises(RuntimeError), story.conn.transaction():
        story.send("Mon 2026-11-23 09:00", [P1])
        assert len(deliveries(story.conn, tracked["endpoint_id"])) == 1
        raise RuntimeError("the ingest's transaction fails after the event")
    assert deliveries(story.conn, tracked["endpoint_id"]) == []
    assert story.conn.execute("select count(*) from pgmq.q_webhook_deliveries").fetchone() == (0,)
    story.send("Mon 2026-11-23 09:00", [P1])
    assert [d["event_type"] for d in deliveries(story.conn, tracked["endpoint_id"])] == ["email.tracked"]
    assert deliveries(story.conn, replies["endpoint_id"]) == []
    assert story.conn.execute("select count(*) from pgmq.q_webhook_deliveries").fetchone() == (1,)


def test_a_test_event_reaches_only_the_endpoint_asked_for(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.replied"])
    create(story.conn, story.owner, story.team_id, receiver.url + "/other", ["email.replied"])
    receiver.secret = made["secret"]
    delivery = as_admin(story.conn, story.owner, "select public.send_test_webhook(%s)", made["endpoint_id"])
    for sender in sender_for(worker_conn, Clock(story.at("Mon 2026-11-23 09:00"))):
        sender.run_once()
    [payload] = receiver.verified()
    assert payload["type"] == "webhook.test" and payload["data"]["endpoint_id"] == str(made["endpoint_id"])
    with acting_as(story.conn, "authenticated", story.owner) as c:
        row = c.execute("select status, attempts from public.webhook_deliveries where id = %s", (delivery,)).fetchone()
    assert row == ("delivered", 1)


# Retries, outages, replays ----------------------------------------------------------------------------------


def test_a_500_is_retried_with_an_exponential_backoff_under_the_same_webhook_id(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    receiver.script = [500, 503]
    story.send("Mon 2026-11-23 09:00", [P1])
    clock = Clock(story.at("Mon 2026-11-23 09:00"))
    waits = []
    for sender in sender_for(worker_conn, clock):
        for _ in range(3):
            [attempt] = sender.run_once()
            [row] = deliveries(story.conn, made["endpoint_id"])
            if attempt.outcome == "retry":
                waits.append(row["next_attempt_at"] - clock.at)
                # Hidden in the queue for the backoff: nothing to send until it elapses.
                assert sender.run_once() == []
                elapse_backoff(story.conn)
            clock.at = row["next_attempt_at"] or clock.at
    assert waits == [dt.timedelta(seconds=30), dt.timedelta(seconds=60)]
    [row] = deliveries(story.conn, made["endpoint_id"])
    assert (row["status"], row["attempts"], row["last_status_code"], row["last_error"]) == ("delivered", 3, 200, None)
    ids = {r["headers"]["webhook-id"] for r in receiver.received}
    assert len(receiver.received) == 3 and len(ids) == 1
    assert len(receiver.verified()) == 3
    assert endpoint(story.conn, made["endpoint_id"])["consecutive_failures"] == 0


def test_a_delivery_is_given_up_after_its_attempts(story: Story, receiver: Receiver, worker_conn: db.Conn) -> None:
    story.conn.execute("update private.webhook_settings set max_attempts = 2")
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    receiver.status = 500
    story.send("Mon 2026-11-23 09:00", [P1])
    for sender in sender_for(worker_conn, Clock(story.at("Mon 2026-11-23 09:00"))):
        assert [a.outcome for a in sender.run_once()] == ["retry"]
        elapse_backoff(story.conn)
        assert [a.outcome for a in sender.run_once()] == ["failed"]
        elapse_backoff(story.conn)
        assert sender.run_once() == []
    [row] = deliveries(story.conn, made["endpoint_id"])
    assert (row["status"], row["attempts"], row["last_error"]) == ("failed", 2, "HTTP 500")
    assert endpoint(story.conn, made["endpoint_id"])["status"] == "enabled"  # one delivery, not an outage


def test_a_receiver_outage_disables_the_endpoint_and_enabling_it_replays_what_it_missed(
    story: Story, receiver: Receiver, worker_conn: db.Conn, caplog: pytest.LogCaptureFixture
) -> None:
    logsafe.install()  # as `relance worker` does
    caplog.set_level("DEBUG")
    story.conn.execute("update private.webhook_settings set disable_after_failures = 3, disable_after = '1 hour'")
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked", "email.replied"])
    receiver.secret = made["secret"]
    e = made["endpoint_id"]
    first = story.send("Mon 2026-11-23 09:00", [P1])
    story.send("Mon 2026-11-23 09:05", [P2])
    receiver.stop()  # the outage: connection refused
    clock = Clock(story.at("Mon 2026-11-23 09:10"))
    outcomes = []
    for sender in sender_for(worker_conn, clock, timeout=2):
        for minutes in (0, 30, 61):
            clock.at = story.at("Mon 2026-11-23 09:10") + dt.timedelta(minutes=minutes)
            attempts = sender.run_once()
            # The endpoint stops at its first failure in a pass: one attempt per pass, however much is queued.
            assert len(attempts) == 1 and attempts[0].status_code is None
            assert "connection failed" in (attempts[0].error or "")
            outcomes.append(attempts[0].outcome)
            elapse_backoff(story.conn)
        assert outcomes == ["retry", "retry", "disabled"]
        # Disabled, with the reason the admin reads; what it missed is held, and the queue no longer carries it.
        with acting_as(story.conn, "authenticated", story.owner) as c:
            status, reason = c.execute("select status, disabled_reason from public.webhook_endpoints").fetchone()  # type: ignore[misc]
        assert status == "disabled"
        assert reason.startswith("3 deliveries in a row failed since 2026-11-23 08:10 UTC (last: connection failed")
        assert "connection failed" in reason
        assert sender.run_once() == []
        # While disabled, new events are kept too.
        story.receive("Mon 2026-11-23 11:00", P1, reply_to=first)
        assert [d["status"] for d in deliveries(story.conn, e)] == ["held", "held", "held"]
        assert story.conn.execute("select count(*) from pgmq.q_webhook_deliveries").fetchone() == (0,)

        receiver.start()  # the receiver is back, on the same address
        assert as_admin(story.conn, story.owner, "select public.enable_webhook_endpoint(%s)", e) == 3
        clock.at = story.at("Mon 2026-11-23 12:00")
        assert [a.outcome for a in sender.run_once()] == ["delivered", "delivered", "delivered"]
    got = receiver.verified()
    assert [p["type"] for p in got] == ["email.tracked", "email.tracked", "email.replied"]
    assert [p["data"]["recipients"] for p in got] == [[P1], [P2], [P1]]
    rows = deliveries(story.conn, e)
    assert [(r["status"], r["attempts"]) for r in rows] == [("delivered", 4), ("delivered", 1), ("delivered", 1)]
    ep = endpoint(story.conn, e)
    assert (ep["status"], ep["disabled_reason"], ep["consecutive_failures"]) == ("enabled", None, 0)
    disabled = story.conn.execute(
        "select reason, details ->> 'held' from public.events where kind = 'webhook_endpoint_disabled'"
    ).fetchone()
    assert disabled is not None and disabled[1] == "2"
    # The worker said what failed, by ids: never the URL (it may carry the receiver's token) nor the secret.
    assert "disabled: connection failed" in caplog.text
    assert "/hooks/relance" not in caplog.text and made["secret"] not in caplog.text


def test_a_failure_after_an_admin_disabled_the_endpoint_keeps_the_delivery_for_the_replay(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    story.send("Mon 2026-11-23 09:00", [P1])
    [row] = db.read_webhook_deliveries(worker_conn, 10, 60)  # a worker took it …
    as_admin(
        story.conn, story.owner, "select public.disable_webhook_endpoint(%s, 'receiver moving')", made["endpoint_id"]
    )
    result = db.record_webhook_attempt(
        worker_conn, row["delivery_id"], row["msg_id"], 500, None, story.at("Mon 2026-11-23 09:01")
    )
    assert result == {"outcome": "held"}
    ep = endpoint(story.conn, made["endpoint_id"])
    assert (ep["status"], ep["disabled_reason"]) == ("disabled", "receiver moving")  # the admin's reason stays
    assert as_admin(story.conn, story.owner, "select public.enable_webhook_endpoint(%s)", made["endpoint_id"]) == 1
    for sender in sender_for(worker_conn, Clock(story.at("Mon 2026-11-23 10:00"))):
        assert [a.outcome for a in sender.run_once()] == ["delivered"]
    assert [p["type"] for p in receiver.verified()] == ["email.tracked"]


def test_a_slow_endpoint_never_holds_up_another(story: Story, worker_conn: db.Conn) -> None:
    slow, fast = Receiver().start(), Receiver().start()
    try:
        slow.delay = 3.0
        for r in (slow, fast):
            r.secret = create(story.conn, story.owner, story.team_id, r.url, ["email.tracked"])["secret"]
        story.send("Mon 2026-11-23 09:00", [P1])
        for sender in sender_for(worker_conn, Clock(story.at("Mon 2026-11-23 09:00")), timeout=1):
            outcomes = {a.endpoint_id: a for a in sender.run_once()}
        assert len(fast.verified()) == 1
        by_url = dict(story.conn.execute("select url, id from public.webhook_endpoints").fetchall())
        assert outcomes[by_url[fast.url]].outcome == "delivered"
        assert outcomes[by_url[slow.url]].outcome == "retry"
        assert outcomes[by_url[slow.url]].error == "no answer within 1 s"
    finally:
        slow.stop()
        fast.stop()


def test_the_production_worker_refuses_a_private_address(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    story.send("Mon 2026-11-23 09:00", [P1])
    for sender in sender_for(worker_conn, Clock(story.at("Mon 2026-11-23 09:00")), allow_private=False):
        [attempt] = sender.run_once()
    assert attempt.error == "refused: https is required"
    assert receiver.received == []
    with pytest.raises(Refused, match="private address"):
        check_public("https://localhost:8443/hooks", allow_private=False)
    check_public("https://localhost:8443/hooks", allow_private=True)


class Rebinding:
    """An attacker's DNS: the first lookup of the host answers a public address, every later one a loopback."""

    def __init__(self, first: str, then: str) -> None:
        self.answers = [first]
        self.then = then
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        return [self.answers.pop(0) if self.answers else self.then]


def test_a_host_that_rebinds_to_a_private_address_is_never_connected_to(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    # DNS rebinding: the check's lookup says public, the connection's lookup says 127.0.0.1. The connection is
    # checked on the address it uses, so nothing reaches the loopback receiver.
    url = f"https://hooks.relance.invalid:{receiver.port}/hooks/relance"
    made = create(story.conn, story.owner, story.team_id, url, ["email.tracked"])
    receiver.secret = made["secret"]
    story.send("Mon 2026-11-23 09:00", [P1])
    dns = Rebinding("93.184.215.14", "127.0.0.1")
    sender = WebhookSender(worker_conn, Clock(story.at("Mon 2026-11-23 09:00")), allow_private=False, resolve=dns)
    try:
        [attempt] = sender.run_once()
    finally:
        sender.close()
    assert attempt.error == "refused: the host resolves to a private address"
    assert dns.asked == ["hooks.relance.invalid", "hooks.relance.invalid"]
    assert receiver.received == []


def test_the_connection_goes_to_the_address_the_check_resolved(receiver: Receiver) -> None:
    # The name does not exist for the system's resolver (.invalid, RFC 6761): the request reaches the receiver only
    # because the connection uses the checked answer, once, and TLS/Host still carry the name.
    receiver.secret = "whsec_" + "A" * 44  # unsigned requests: recorded as not verified, with their headers
    dns = Rebinding("127.0.0.1", "192.0.2.1")
    with httpx.Client(transport=CheckedTransport(True, True, dns), trust_env=False) as client:
        response = client.post(f"http://hooks.relance.invalid:{receiver.port}/hooks/relance", content=b"{}")
    assert response.status_code == 200
    assert dns.asked == ["hooks.relance.invalid"]  # one lookup for the one connection, no second answer used
    assert [r["headers"]["host"] for r in receiver.received] == [f"hooks.relance.invalid:{receiver.port}"]
    private = CheckedTransport(False, True, Rebinding("10.0.0.7", "10.0.0.7"))
    with pytest.raises(Refused, match="private address"), httpx.Client(transport=private) as client:
        client.post(f"https://hooks.relance.invalid:{receiver.port}/hooks/relance", content=b"{}")


def deliver(story: Story, worker_conn: db.Conn, at: str, to: str) -> None:
    story.send(at, [to])
    for sender in sender_for(worker_conn, Clock(story.at(at))):
        sender.run_once()


def test_a_rotated_secret_signs_the_next_attempts_beside_the_old_one_until_the_overlap_ends(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    """The receiver still verifies with the old secret: a rotation must not make it refuse the next deliveries
    before it is given the new one (Standard Webhooks: one signature per secret, space-separated)."""
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    new = as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", made["endpoint_id"])
    receiver.secret = made["secret"]
    deliver(story, worker_conn, "Mon 2026-11-23 09:00", P1)
    [during] = receiver.verified()  # the old secret still verifies …
    [request] = receiver.received
    Webhook(new).verify(request["body"], request["headers"])  # … and so does the new one
    assert len(request["headers"]["webhook-signature"].split(" ")) == 2
    assert during["type"] == "email.tracked"
    until = story.conn.execute(
        "select r.signs_until - e.secret_rotated_at from private.webhook_retired_secrets as r"
        " join public.webhook_endpoints as e on e.id = r.endpoint_id where e.id = %s",
        (made["endpoint_id"],),
    ).fetchall()
    assert until == [(dt.timedelta(hours=24),)]  # the default overlap, from the rotation's instant

    # 24 hours later (stood in for: the overlap's end moved to now), the old secret no longer signs.
    story.conn.execute(
        "update private.webhook_retired_secrets set signs_until = now() where endpoint_id = %s",
        (made["endpoint_id"],),
    )
    deliver(story, worker_conn, "Mon 2026-11-23 10:00", P2)
    later = receiver.received[1]
    assert later.get("error") == "No matching signature found"
    Webhook(new).verify(later["body"], later["headers"])
    assert len(later["headers"]["webhook-signature"].split(" ")) == 1


def test_rotating_again_within_the_overlap_keeps_the_first_secret_signing_until_its_own_end(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    """An admin rotates, loses the new secret before deploying it, and rotates again: the receiver still holds the
    first secret, which the first rotation promised would sign for 24 hours. It must go on verifying until then,
    and the second secret until its own end; then only the current one signs."""
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    endpoint = made["endpoint_id"]
    lost = as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", endpoint)
    story.conn.execute(  # the first rotation was 3 hours ago: 21 hours of its overlap are left
        "update private.webhook_retired_secrets set signs_until = signs_until - interval '3 hours'"
        " where endpoint_id = %s",
        (endpoint,),
    )
    current = as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s, interval '2 days')", endpoint)
    left = story.conn.execute(
        "select r.signs_until - e.secret_rotated_at from private.webhook_retired_secrets as r"
        " join public.webhook_endpoints as e on e.id = r.endpoint_id where e.id = %s order by r.signs_until",
        (endpoint,),
    ).fetchall()
    assert [round(d.total_seconds() / 3600) for (d,) in left] == [21, 48], "each keeps the end it was given"
    receiver.secret = made["secret"]
    deliver(story, worker_conn, "Mon 2026-11-23 09:00", P1)
    [request] = receiver.received
    assert receiver.verified(), "the first secret still verifies"
    for secret in (lost, current):
        Webhook(secret).verify(request["body"], request["headers"])
    assert len(request["headers"]["webhook-signature"].split(" ")) == 3

    # The first secret's overlap ends: the other two sign on.
    story.conn.execute(
        "update private.webhook_retired_secrets set signs_until = now() where endpoint_id = %s and secret = %s",
        (endpoint, made["secret"]),
    )
    deliver(story, worker_conn, "Mon 2026-11-23 10:00", P2)
    later = receiver.received[1]
    assert later.get("error") == "No matching signature found"
    assert len(later["headers"]["webhook-signature"].split(" ")) == 2
    # A third rotation drops the secret whose overlap ended; one with no overlap (a leak) ends every old one.
    as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", endpoint)
    count = "select count(*) from private.webhook_retired_secrets where endpoint_id = %s"
    assert story.conn.execute(count, (endpoint,)).fetchone() == (2,)
    as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s, interval '0')", endpoint)
    assert story.conn.execute(count, (endpoint,)).fetchone() == (0,)


def test_the_retention_run_deletes_a_replaced_secret_once_its_overlap_has_ended(story: Story) -> None:
    # A secret that signs nothing more is not kept at rest: the daily retention run (private.purge_expired) takes
    # it, and leaves one still in its overlap.
    first = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/a", ["email.tracked"])
    second = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/b", ["email.tracked"])
    for made in (first, second):
        as_admin(story.conn, story.owner, "select public.rotate_webhook_secret(%s)", made["endpoint_id"])
    story.conn.execute(
        "update private.webhook_retired_secrets set signs_until = now() - interval '1 second' where endpoint_id = %s",
        (first["endpoint_id"],),
    )
    story.conn.execute("select private.purge_expired()")
    left = story.conn.execute("select endpoint_id::text, secret from private.webhook_retired_secrets").fetchall()
    assert left == [(str(second["endpoint_id"]), second["secret"])]


def test_a_leaked_secret_rotated_with_no_overlap_stops_signing_at_once(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    new = as_admin(
        story.conn, story.owner, "select public.rotate_webhook_secret(%s, interval '0')", made["endpoint_id"]
    )
    receiver.secret = made["secret"]
    deliver(story, worker_conn, "Mon 2026-11-23 09:00", P1)
    [request] = receiver.received
    assert request.get("error") == "No matching signature found"  # the old secret no longer verifies
    Webhook(new).verify(request["body"], request["headers"])
    [event] = story.conn.execute(
        "select reason, details from public.events where team_id = %s and kind = 'webhook_secret_rotated'",
        (story.team_id,),
    ).fetchall()
    assert event[0].endswith("rotated; the old secret no longer signs")
    assert event[1]["old_secret_signs_until"] is None


@pytest.mark.parametrize("overlap", ["-1 hour", "8 days"])
def test_an_overlap_out_of_range_is_refused_and_changes_nothing(
    story: Story, receiver: Receiver, worker_conn: db.Conn, overlap: str
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=r"between 0 .* and 7 days"):
        as_admin(
            story.conn, story.owner, "select public.rotate_webhook_secret(%s, %s::interval)", made["endpoint_id"],
            overlap,
        )  # fmt: skip
    story.conn.rollback()
    receiver.secret = made["secret"]
    deliver(story, worker_conn, "Mon 2026-11-23 09:00", P1)
    assert len(receiver.verified()) == 1
    assert len(receiver.received[0]["headers"]["webhook-signature"].split(" ")) == 1


def test_the_worker_loop_delivers_webhooks(story: Story, receiver: Receiver, worker_conn: db.Conn) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    story.send("Mon 2026-11-23 09:00", [P1])
    connector = types.SimpleNamespace(
        conn=worker_conn, now_fn=lambda: story.at("Mon 2026-11-23 09:00"), now=lambda: story.at("Mon 2026-11-23 09:00"),
        client=None, gmail_client=None, webhook_url="", webhooks_allow_private=True,
    )  # fmt: skip
    assert "webhooks" in LOOPS
    worker = Worker(connector)  # type: ignore[arg-type]
    assert worker.pass_once(("webhooks",)) == {"webhooks": 1}
    assert [p["type"] for p in receiver.verified()] == ["email.tracked"]
    worker.webhooks().close()


@pytest.mark.parametrize("switch", ["on", "off"])
def test_the_worker_command_reaches_a_local_receiver_only_when_the_variable_says_so(
    story: Story, receiver: Receiver, db_url: str, tmp_path: Path, switch: str
) -> None:
    """`relance worker` as a developer runs it: RELANCE_WEBHOOKS_ALLOW_PRIVATE=on delivers to http://127.0.0.1,
    and without it the SSRF guard refuses the address (the delivery waits, nothing is sent)."""
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["email.tracked"])
    receiver.secret = made["secret"]
    story.send("Mon 2026-11-23 09:00", [P1])
    env = {
        **os.environ,
        "SUPABASE_DB_URL": db_url,
        "RELANCE_WORKER_DB_URL": "",
        "RELANCE_INTENT_TRAINING": "off",
        "RELANCE_WEBHOOKS_ALLOW_PRIVATE": switch,
        "RELANCE_SECRET_KEY": os.environ.get("RELANCE_SECRET_KEY") or "",
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "relance"), "worker", "--once", "--loops", "webhooks", "--now",
         story.at("Mon 2026-11-23 09:01").isoformat()],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    if switch == "on":
        assert [p["type"] for p in receiver.verified()] == ["email.tracked"]
    else:
        assert receiver.received == []
        (status,) = story.conn.execute("select status from public.webhook_deliveries").fetchone() or (None,)
        assert status == "pending"


def test_a_signing_secret_is_redacted_from_any_log_line() -> None:
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    assert secret not in logsafe.redact(f"signing with {secret} failed")


def test_retention_deletes_deliveries_with_their_events(story: Story) -> None:
    made = create(story.conn, story.owner, story.team_id, "https://hooks.example.com/relance", ["email.tracked"])
    story.send("Mon 2026-11-23 09:00", [P1])
    as_admin(story.conn, story.owner, "select public.send_test_webhook(%s)", made["endpoint_id"])
    assert len(deliveries(story.conn, made["endpoint_id"])) == 2
    story.conn.execute("update public.events set occurred_at = occurred_at - interval '400 days'")
    story.conn.execute("update public.webhook_deliveries set created_at = created_at - interval '400 days'")
    story.conn.execute("select private.purge_expired(now())")
    assert deliveries(story.conn, made["endpoint_id"]) == []


# Health ----------------------------------------------------------------------------------------------------------


def test_health_degraded_is_sent_once_when_the_teams_health_turns(
    story: Story, receiver: Receiver, worker_conn: db.Conn
) -> None:
    made = create(story.conn, story.owner, story.team_id, receiver.url, ["health.degraded"])
    receiver.secret = made["secret"]
    at = story.at("Mon 2026-11-23 09:00")
    install_cron_stand_in(story.conn)
    record_runs(story.conn, at - dt.timedelta(seconds=30))
    beat(story.conn, "w1", at)
    snap = "select private.record_health_snapshot(%s)"
    story.conn.execute(snap, (at,))
    assert deliveries(story.conn, made["endpoint_id"]) == []  # healthy
    # The worker stops beating: 5 and 10 minutes later the health is failing; one delivery, when it turned.
    story.conn.execute(snap, (at + dt.timedelta(minutes=5),))
    story.conn.execute(snap, (at + dt.timedelta(minutes=10),))
    for sender in sender_for(worker_conn, Clock(at + dt.timedelta(minutes=10))):
        sender.run_once()
    [payload] = receiver.verified()
    assert payload["type"] == "health.degraded"
    assert "workers" in payload["data"]["failing"]
    assert payload["data"]["team_id"] == str(story.team_id)


# RLS -------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        for team, admin in (("team_a", "olivia"), ("team_b", "bob")):
            made = create(conn, w[admin], w[team], f"https://hooks.{team}.example.com/relance", ["email.tracked"])
            w[f"ep_{team[-1]}"] = uuid.UUID(made["endpoint_id"])
            delivery = as_admin(conn, w[admin], "select public.send_test_webhook(%s)", made["endpoint_id"])
            w[f"dl_{team[-1]}"] = uuid.UUID(str(delivery))
        yield conn, w
    stack.drop_database(target, name)


def rls_cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    for table, prefix in (("webhook_endpoints", "ep"), ("webhook_deliveries", "dl")):
        a, b = f"{prefix}_a", f"{prefix}_b"
        each(
            table, "select", f"select id from public.{table}",
            anon=DENIED, mia=Rows(), max=Rows(), nina=Rows(), adam=Rows(a), olivia=Rows(a), bob=Rows(b), zoe=Rows(),
            service=Rows(a, b),
        )  # fmt: skip
        each(
            table, "update", f"update public.{table} set id = id returning id",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(a, b),
        )  # fmt: skip
        each(
            table, "delete", f"delete from public.{table} where false returning id",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(),
        )  # fmt: skip
        each(
            table, "insert", f"insert into public.{table} select * from public.{table} where false returning id",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(),
        )  # fmt: skip
    return c


RLS_CASES = rls_cases()


@pytest.mark.parametrize("case", RLS_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(RLS_CASES)])
def test_webhooks_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_webhook_table_is_covered_for_every_command_and_role() -> None:
    for table in WEBHOOK_TABLES:
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in RLS_CASES if c.table == table and c.command == command}
            assert {"anon", "mia", "adam", "bob", "service"} <= actors, (table, command)
        assert set(EVERYONE) <= {c.actor for c in RLS_CASES if c.table == table}, table


@pytest.mark.parametrize(
    "signature",
    [
        "read_webhook_deliveries(integer,integer)",
        "record_webhook_attempt(uuid,bigint,integer,text,timestamp with time zone)",
    ],
)
def test_the_webhook_worker_functions_are_the_service_roles_only(conn: psycopg.Connection[Any], signature: str) -> None:
    row = conn.execute(
        "select has_function_privilege('anon', %(f)s, 'execute'),"
        " has_function_privilege('authenticated', %(f)s, 'execute'),"
        " has_function_privilege('service_role', %(f)s, 'execute')",
        {"f": f"worker.{signature}"},
    ).fetchone()
    assert row == (False, False, True)
