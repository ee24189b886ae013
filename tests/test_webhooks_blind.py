"""Blind acceptance tests of the outgoing webhooks, as a CRM integrator (HubSpot, Salesforce, Zapier) relies on them.

Written from the texts alone (README "Outgoing webhooks (HubSpot, Salesforce, Zapier …)", "Known limits", "What a
frontend calls", PRIVACY.md, BEHAVIOUR.md) and the public interface of ``relance.webhooks`` (``WebhookSender``:
``run_once``, ``close``; ``now_fn``, ``allow_private``, ``timeout``), never the SQL nor the worker's bodies.

The set-up follows the README: an admin of Cabinet Durand registers an endpoint through the public RPCs under RLS
(``create_webhook_endpoint``) on a receiver this file runs on ``http://127.0.0.1`` (a ``http.server`` thread). The
README says how tests reach such a receiver: ``private.webhook_settings.allow_local_urls`` (registration) and the
worker's ``allow_private`` (``RELANCE_WEBHOOKS_ALLOW_PRIVATE=on``); both are switched on here, and one test checks that
both are needed. The engine is driven through ``tests.story`` (sends, ticks, work, replies, opt-outs, bounces) on
instants of 2028, and the delivery worker runs in-process (``WebhookSender(...).run_once()``) with its clock given
(``now_fn``). Retries are never waited for: between two passes the queue's messages are made visible again
(``pgmq.set_vt(..., 0)``), which stands for the time a backoff waits, and each pass is given the instant of the
attempt. Signatures are checked from the documented scheme (HMAC-SHA256 of ``<id>.<timestamp>.<raw body>`` under
the base64-decoded part of the ``whsec_`` secret); where the clock must be the real one (a secret rotation, which
takes no instant, and the receiver's replay window), the test uses the real clock on both sides and the Standard
Webhooks library exactly as the README's snippet shows.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psycopg
import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from relance.webhooks import WebhookSender
from tests.pg import acting_as, sqlstate
from tests.story import Story, bounce, inbound_reply, query_rows

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE = "sophie.bernard@notaires-lyon.fr"
HUGO = "hugo.petit@petit-associes.fr"

Conn = psycopg.Connection[Any]


# The receiver ----------------------------------------------------------------------------------------------------


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def webhook_id(self) -> str:
        return self.headers["webhook-id"]

    @property
    def type(self) -> str:
        return str(self.json["type"])


@dataclass
class Receiver:
    """A CRM's catch hook on 127.0.0.1: records every request, answers from `plan` (one action per request, then
    `default`). An action is a status code, ("sleep", seconds, status) or ("redirect", location)."""

    default: Any = 200
    plan: list[Any] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/relance"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                with receiver.lock:
                    receiver.requests.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    action = receiver.plan.pop(0) if receiver.plan else receiver.default
                self._answer(action)

            def do_GET(self) -> None:
                with receiver.lock:
                    receiver.requests.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, b""))
                self._answer(200)

            def _answer(self, action: Any) -> None:
                if isinstance(action, tuple) and action[0] == "sleep":
                    time.sleep(action[1])
                    action = action[2]
                if isinstance(action, tuple) and action[0] == "redirect":
                    self.send_response(302)
                    self.send_header("Location", action[1])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(int(action))
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:
                return

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        self.server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def posts(self) -> list[Received]:
        with self.lock:
            return [r for r in self.requests if r.path == "/hooks/relance"]

    def types(self) -> list[str]:
        return [r.type for r in self.posts()]

    def of_type(self, event_type: str) -> list[Received]:
        return [r for r in self.posts() if r.type == event_type]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    running.start()
    yield running
    running.stop()


@pytest.fixture
def receiver2() -> Iterator[Receiver]:
    running = Receiver()
    running.start()
    yield running
    running.stop()


# Signatures, from the README's scheme ----------------------------------------------------------------------------


def expected_signature(secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    """`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>" under the base64-decoded part of the secret after
    "whsec_">`."""
    assert secret.startswith("whsec_"), secret
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signatures(request: Received) -> list[str]:
    return request.headers["webhook-signature"].split(" ")


def signed_by(request: Received, secret: str) -> bool:
    wanted = expected_signature(secret, request.webhook_id, request.headers["webhook-timestamp"], request.body)
    return any(hmac.compare_digest(wanted, s) for s in signatures(request))


# The engine and the worker -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    id: uuid.UUID
    secret: str


def allow_local(conn: Conn) -> None:
    """README: `private.webhook_settings.allow_local_urls` lets tests use http://127.0.0.1 at registration."""
    conn.execute("update private.webhook_settings set allow_local_urls = true")


def admin_of(story: Story) -> uuid.UUID:
    return story.add_member(f"admin-{uuid.uuid4().hex[:6]}@cabinet-durand.fr", role="admin")


def rpc(conn: Conn, user: uuid.UUID, query: str, *args: Any) -> Any:
    """A Data API request by a signed-in user (RLS), committed; the first column of the first row."""
    with acting_as(conn, "authenticated", user, commit=True):
        row = conn.execute(query, args).fetchone()
    return row[0] if row else None


def register(conn: Conn, team_id: uuid.UUID, admin: uuid.UUID, url: str, events: list[str]) -> Endpoint:
    created = rpc(
        conn,
        admin,
        "select public.create_webhook_endpoint(p_team_id => %s, p_url => %s, p_events => %s::text[])",
        team_id,
        url,
        events,
    )
    return Endpoint(uuid.UUID(str(created["endpoint_id"])), str(created["secret"]))


def deliver(db_url: str, conn: Conn, at: dt.datetime | None, *, timeout: float = 5.0, private: bool = True) -> Any:
    """One pass of the delivery worker at instant `at` (None: the real clock). Messages a backoff or a visibility
    timeout hid are made visible first: that stands for the time passing between two passes."""
    conn.execute("select pgmq.set_vt('webhook_deliveries', msg_id, 0) from pgmq.q_webhook_deliveries")
    with psycopg.connect(db_url, autocommit=True) as worker_conn:
        worker_conn.execute("set role service_role")
        sender = WebhookSender(worker_conn, lambda: at, allow_private=private, timeout=timeout)
        try:
            return sender.run_once()
        finally:
            sender.close()


def deliveries(conn: Conn, endpoint: Endpoint) -> list[dict[str, Any]]:
    return query_rows(
        conn,
        "select * from public.webhook_deliveries where endpoint_id = %s order by created_at, event_id, id",
        endpoint.id,
    )


def as_admin_rows(conn: Conn, user: uuid.UUID, query: str, *args: Any) -> list[dict[str, Any]]:
    with acting_as(conn, "authenticated", user):
        return query_rows(conn, query, *args)


def sent_now(story: Story, when: str) -> list[dict[str, Any]]:
    story.tick(when)
    return [o for o in story.work(when) if o.get("ok")]


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def story(conn: Conn) -> Story:
    allow_local(conn)
    return Story(conn)


# Registration ------------------------------------------------------------------------------------------------------


def test_registration_refuses_what_the_readme_names(conn: Conn) -> None:
    """README: each RPC "refuses bad input with a message that names it (22023: not https, `user:password@` in the
    URL, a private or local host, an unknown event)"; `webhook.test` "is not an event to subscribe to"; loopback is
    allowed only when `allow_local_urls` is on, which production keeps off (the default here)."""
    story = Story(conn)
    admin = admin_of(story)
    bad = [
        ("http://hooks.example.com/relance", ["email.replied"]),
        ("https://user:password@hooks.example.com/relance", ["email.replied"]),
        ("https://10.1.2.3/relance", ["email.replied"]),
        ("https://192.168.1.20/relance", ["email.replied"]),
        ("https://127.0.0.1/relance", ["email.replied"]),
        ("http://127.0.0.1:8080/relance", ["email.replied"]),
        ("https://hooks.example.com/relance", ["email.exploded"]),
        ("https://hooks.example.com/relance", ["webhook.test"]),
    ]
    for url, events in bad:
        with pytest.raises(psycopg.Error) as refused:
            register(conn, story.team_id, admin, url, events)
        assert sqlstate(refused.value) == "22023", (url, events, refused.value)
    assert query_rows(conn, "select * from public.webhook_endpoints") == []
    ok = register(conn, story.team_id, admin, "https://hooks.example.com/relance", ["email.replied", "email.opted_out"])
    assert ok.secret.startswith("whsec_")


def test_the_secret_is_shown_once_and_no_api_role_reads_it(story: Story, receiver: Receiver) -> None:
    """README: `data.secret ("whsec_…") is shown this once`; "The secret lives in `private.webhook_secrets`, which no
    API role reads"; `webhook_endpoints` holds "No secret here" (its comment); the audit writes "secrets … left
    out". An integrator must be sure the secret is not readable back by anyone, admins included."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.replied"])
    key = base64.b64decode(endpoint.secret.removeprefix("whsec_"))
    assert len(key) >= 24  # a real key, not a password
    rows = as_admin_rows(conn, admin, "select to_jsonb(e) as row from public.webhook_endpoints as e")
    assert len(rows) == 1
    assert endpoint.secret not in json.dumps(rows[0]["row"])
    for table in ("private.webhook_secrets", "private.webhook_retired_secrets"):
        for role in ("authenticated", "anon"):
            with pytest.raises(psycopg.Error) as denied, acting_as(conn, role, admin):
                conn.execute(f"select * from {table}").fetchall()
            assert sqlstate(denied.value) == "42501", (table, role)
    rotated = rpc(conn, admin, "select public.rotate_webhook_secret(%s)", endpoint.id)
    assert rotated.startswith("whsec_") and rotated != endpoint.secret
    for table in ("public.audit_log", "public.events", "public.webhook_endpoints", "public.webhook_deliveries"):
        text = conn.execute(f"select coalesce(string_agg(t::text, ' '), '') from {table} as t").fetchone()
        assert text is not None
        for secret in (endpoint.secret, rotated):
            assert secret.removeprefix("whsec_") not in text[0], table


# What is delivered -------------------------------------------------------------------------------------------------


def test_subscribed_lifecycle_events_arrive_in_order_once_each_and_signed(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: each event of the table is POSTed to the endpoints that chose it, signed (`webhook-id`,
    `webhook-timestamp`, `webhook-signature` over "<id>.<timestamp>.<raw body>"). Claire writes to Paul (R1,
    `email.tracked`), the first follow-up leaves at Mon 13:00 (R2: 09:00 + 4 h; R9, `followup.sent`,
    `data.followup_seq` 1), Paul answers at 14:10 (R5, `email.replied`). One pass delivers the three, in the order
    they happened (the worker sends an endpoint's deliveries in order), each once; a second pass sends nothing."""
    conn = story.conn
    endpoint = register(
        conn, story.team_id, admin_of(story), receiver.url, ["email.tracked", "followup.sent", "email.replied"]
    )
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2028-03-13 13:00")) == 1
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2028-03-13 14:10")), story.at("Mon 2028-03-13 14:10"))
    deliver(db_url, conn, story.at("Mon 2028-03-13 14:11"))
    assert receiver.types() == ["email.tracked", "followup.sent", "email.replied"]
    posts = receiver.posts()
    assert len({p.webhook_id for p in posts}) == 3
    for post in posts:
        assert signed_by(post, endpoint.secret), post.headers
        assert post.headers["webhook-timestamp"].isdigit()
        assert post.headers.get("content-type", "").startswith("application/json")
    assert posts[1].json["data"]["followup_seq"] == 1
    tracked_id = str(story.tracked(sent)["tracked_email_id"])
    assert {p.json["data"]["tracked_email_id"] for p in posts} == {tracked_id}
    stored = deliveries(conn, endpoint)
    assert sorted(d["webhook_id"] for d in stored) == sorted(p.webhook_id for p in posts)
    assert {d["status"] for d in stored} == {"delivered"}
    deliver(db_url, conn, story.at("Mon 2028-03-13 15:00"))
    assert len(receiver.posts()) == 3


def test_replied_payload_carries_ids_and_addresses_never_content_nor_secret(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: the body is `{"type", "timestamp" (the event's instant, UTC), "data": {event_id, team_id, mailbox_id,
    mailbox_address, tracked_email_id, followup_id, message_id, recipients, status, followups_sent, …}}`: "ids …, the
    salesperson's address and the prospects' addresses, never a subject, a body or the timeline's reason text";
    `email.replied` carries `data.intent`, null when not read yet. Paul answers at Tue 14 March 2028 10:15 Paris
    (CET), which is 09:15 UTC."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.replied"])
    sent = story.send("Mon 2028-03-13 09:00", [PAUL], "Votre projet d'investissement confidentiel")
    reply_text = "Merci Claire, le montant de 480 000 euros me convient."
    story.ingest(
        inbound_reply(sent, received_at=story.at("Tue 2028-03-14 10:15"), body_text=reply_text),
        story.at("Tue 2028-03-14 10:15"),
    )
    deliver(db_url, conn, story.at("Tue 2028-03-14 10:16"))
    [post] = receiver.posts()
    payload = post.json
    assert payload["type"] == "email.replied"
    assert utc(payload["timestamp"]) == dt.datetime(2028, 3, 14, 9, 15, tzinfo=dt.UTC)
    assert payload["timestamp"].endswith(("Z", "+00:00"))
    data = payload["data"]
    row = story.tracked(sent)
    assert data["team_id"] == str(story.team_id)
    assert data["mailbox_id"] == str(story.mailbox_id)
    assert data["mailbox_address"] == story.address
    assert data["tracked_email_id"] == str(row["tracked_email_id"])
    assert PAUL in data["recipients"] or PAUL in json.dumps(data["recipients"])
    assert data["status"] == "replied"
    assert data["followups_sent"] == 0
    assert data["event_id"] and data["message_id"]
    assert data.get("followup_id") is None  # no follow-up was sent: absent or null (a reading of "…")
    assert data["intent"] is None
    raw = post.body.decode()
    for forbidden in ("Votre projet d'investissement", "confidentiel", "480 000", reply_text, "Merci Claire"):
        assert forbidden not in raw
    for _kind, reason in story.timeline(sent):
        if reason and len(reason) > 12:
            assert reason not in raw, reason
    assert endpoint.secret not in raw and endpoint.secret.removeprefix("whsec_") not in raw
    assert endpoint.secret.removeprefix("whsec_") not in json.dumps(post.headers)
    stored = deliveries(conn, endpoint)
    assert len(stored) == 1 and stored[0]["payload"] == payload


def test_only_the_events_an_endpoint_chose_are_delivered(story: Story, receiver: Receiver, db_url: str) -> None:
    """README's own example: an endpoint that chose `email.replied` and `email.opted_out`. Paul's email is tracked,
    followed up and answered; Jeanne asks to stop (R8); Sophie's address bounces (R7). The endpoint gets exactly one
    `email.replied` and one `email.opted_out`, and nothing for `email.tracked`, `followup.sent` or `email.bounced`,
    which it did not choose (no delivery is even recorded for them)."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.replied", "email.opted_out"])
    to_paul = story.send("Mon 2028-03-13 09:00", [PAUL])
    to_jeanne = story.send("Mon 2028-03-13 09:05", [JEANNE], "Notre rendez-vous")
    to_sophie = story.send("Mon 2028-03-13 09:10", [SOPHIE], "Acte de vente")
    assert len(sent_now(story, "Mon 2028-03-13 13:10")) == 3
    at = story.at("Mon 2028-03-13 14:00")
    story.ingest(inbound_reply(to_paul, received_at=at), at)
    story.ingest(inbound_reply(to_jeanne, received_at=at, body_text="Merci de ne plus me contacter.", opt_out=True), at)
    story.ingest(bounce(to_sophie, received_at=at), at)
    assert story.tracked(to_sophie)["status"] == "bounced"
    deliver(db_url, conn, story.at("Mon 2028-03-13 14:05"))
    assert sorted(receiver.types()) == ["email.opted_out", "email.replied"]
    assert {d["event_type"] for d in deliveries(conn, endpoint)} == {"email.replied", "email.opted_out"}


def test_opted_out_bounced_and_completed_each_arrive_once_with_their_status(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README table: `email.opted_out` (R8, `opted_out`), `email.bounced` (R7, `bounced`), `email.completed` (R3,
    the maximum of follow-ups was sent). Hugo's email gets its three follow-ups: Mon 09:00 + 4 h = 13:00, + 4 h =
    17:00, + 4 h = Tue 10:00 (1 h Monday, 3 h from Tue 07:00): completed at Tue 10:00. Each state change arrives once,
    with `data.status` the tracked email's new status and `data.recipients` naming the person."""
    conn = story.conn
    register(
        conn, story.team_id, admin_of(story), receiver.url, ["email.opted_out", "email.bounced", "email.completed"]
    )
    to_hugo = story.send("Mon 2028-03-13 09:00", [HUGO], "Bilan retraite")
    to_jeanne = story.send("Mon 2028-03-13 09:30", [JEANNE], "Notre rendez-vous")
    to_sophie = story.send("Mon 2028-03-13 09:40", [SOPHIE], "Acte de vente")
    at = story.at("Mon 2028-03-13 11:00")
    story.ingest(
        inbound_reply(to_jeanne, received_at=at, body_text="Stop, retirez-moi de votre liste.", opt_out=True), at
    )
    story.ingest(bounce(to_sophie, received_at=at), at)
    for when in ("Mon 2028-03-13 13:00", "Mon 2028-03-13 17:00", "Tue 2028-03-14 10:00"):
        assert len(sent_now(story, when)) == 1, when
    assert story.tracked(to_hugo)["status"] == "completed"
    deliver(db_url, conn, story.at("Tue 2028-03-14 10:05"))
    assert sorted(receiver.types()) == ["email.bounced", "email.completed", "email.opted_out"]
    by_type = {p.type: p.json["data"] for p in receiver.posts()}
    assert by_type["email.opted_out"]["status"] == "opted_out"
    assert JEANNE in json.dumps(by_type["email.opted_out"]["recipients"])
    assert by_type["email.bounced"]["status"] == "bounced"
    assert SOPHIE in json.dumps(by_type["email.bounced"]["recipients"])
    assert by_type["email.completed"]["status"] == "completed"
    assert by_type["email.completed"]["followups_sent"] == 3
    assert HUGO in json.dumps(by_type["email.completed"]["recipients"])


def test_an_answer_after_the_last_followup_is_still_delivered_as_replied(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README ("An answer after the last follow-up"): an answer after the sequence was completed is recorded, status
    `replied`, "the `email.replied` webhook sent". Follow-ups at Mon 13:00, Mon 17:00 and Tue 10:00 (R2, as above)
    complete the email; Paul answers Tue 15:00: the CRM gets `email.completed`, then `email.replied` with status
    `replied` and three follow-ups sent."""
    conn = story.conn
    register(conn, story.team_id, admin_of(story), receiver.url, ["email.completed", "email.replied"])
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    for when in ("Mon 2028-03-13 13:00", "Mon 2028-03-13 17:00", "Tue 2028-03-14 10:00"):
        assert len(sent_now(story, when)) == 1, when
    deliver(db_url, conn, story.at("Tue 2028-03-14 10:01"))
    at = story.at("Tue 2028-03-14 15:00")
    story.ingest(inbound_reply(sent, received_at=at), at)
    deliver(db_url, conn, story.at("Tue 2028-03-14 15:01"))
    assert receiver.types() == ["email.completed", "email.replied"]
    replied = receiver.posts()[1].json
    assert replied["data"]["status"] == "replied"
    assert replied["data"]["followups_sent"] == 3
    assert utc(replied["timestamp"]) == at


def test_a_reply_seen_twice_is_one_delivery_and_a_rolled_back_change_sends_nothing(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """DESIGN: ingest is idempotent ("the same message delivered twice … changes nothing the second time"), so the
    answer seen by a notification and again by the delta sync is one `email.replied`, not two a CRM would count.
    README: "Deliveries are queued … in the transaction of the state change (a change rolled back sends nothing)"."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.replied"])
    to_paul = story.send("Mon 2028-03-13 09:00", [PAUL])
    to_jeanne = story.send("Mon 2028-03-13 09:05", [JEANNE], "Notre rendez-vous")
    at = story.at("Mon 2028-03-13 10:00")
    with conn.transaction(force_rollback=True):
        story.ingest(inbound_reply(to_jeanne, received_at=at), at)
    reply = inbound_reply(to_paul, received_at=at)
    story.ingest(reply, at)
    story.ingest(reply, story.at("Mon 2028-03-13 10:03"))
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:05"))
    assert receiver.types() == ["email.replied"]
    assert receiver.posts()[0].json["data"]["tracked_email_id"] == str(story.tracked(to_paul)["tracked_email_id"])
    assert len(deliveries(conn, endpoint)) == 1
    assert story.tracked(to_jeanne)["status"] == "active"


def test_changing_the_events_changes_what_is_delivered_next(story: Story, receiver: Receiver, db_url: str) -> None:
    """README: `update_webhook_endpoint(p_endpoint_id, p_events => ["email.replied"])` changes the events chosen: an
    endpoint that chose `email.tracked` and `email.replied` and then only `email.replied` gets no `email.tracked` for
    an email tracked after the change."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked", "email.replied"])
    first = story.send("Mon 2028-03-13 09:00", [PAUL])
    deliver(db_url, conn, story.at("Mon 2028-03-13 09:01"))
    assert receiver.types() == ["email.tracked"]
    rpc(
        conn,
        admin,
        "select public.update_webhook_endpoint(p_endpoint_id => %s, p_events => %s::text[])",
        endpoint.id,
        ["email.replied"],
    )
    story.send("Mon 2028-03-13 09:30", [JEANNE], "Notre rendez-vous")
    at = story.at("Mon 2028-03-13 10:00")
    story.ingest(inbound_reply(first, received_at=at), at)
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:01"))
    assert receiver.types() == ["email.tracked", "email.replied"]


def test_another_teams_endpoint_gets_nothing_of_ours(
    story: Story, receiver: Receiver, receiver2: Receiver, db_url: str
) -> None:
    """README: a team's admins register endpoints for the team's events; "nobody another team" sees a team's data.
    Cabinet Durand and Agence Morel each subscribe to everything about replies and tracking: each receiver gets its
    own team's events only, with its own team's id, signed with its own secret; the other team's receiver being
    down (README: "a slow or hostile receiver … never delays another team's") costs ours nothing."""
    conn = story.conn
    ours = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked", "email.replied"])
    other = Story(conn, domains=("agence-morel.fr",), address="louis@agence-morel.fr")
    theirs = register(conn, other.team_id, other.owner, receiver2.url, ["email.tracked", "email.replied"])
    receiver2.plan = [500]  # theirs is down at the first pass: ours is delivered all the same
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2028-03-13 10:00")), story.at("Mon 2028-03-13 10:00"))
    other.send("Mon 2028-03-13 09:20", [JEANNE], "Votre bien")
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:05"))
    assert receiver.types() == ["email.tracked", "email.replied"]
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:06"))
    assert receiver.types() == ["email.tracked", "email.replied"]
    assert receiver2.types() == ["email.tracked", "email.tracked"]
    assert {p.json["data"]["team_id"] for p in receiver.posts()} == {str(story.team_id)}
    assert receiver2.posts()[0].json["data"]["team_id"] == str(other.team_id)
    assert PAUL not in receiver2.posts()[0].body.decode()
    assert all(signed_by(p, ours.secret) and not signed_by(p, theirs.secret) for p in receiver.posts())
    assert all(signed_by(p, theirs.secret) for p in receiver2.posts())


# A receiver that is down -------------------------------------------------------------------------------------------


def test_a_receiver_answering_500_is_retried_with_doubling_backoff_then_given_up(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: anything but a 2xx "is retried after 30 s, 1 min, 2 min … (doubling, at most 6 hours), 8 attempts in
    all, then given up (`failed`)"; `webhook-id` is "the same for every attempt of an event"; `webhook-timestamp` is
    "Unix seconds of this attempt" (each attempt signed afresh). The admin reads `status, attempts,
    last_status_code, next_attempt_at` in `webhook_deliveries`. Each pass is run at the instant the backoff named."""
    conn = story.conn
    admin = admin_of(story)
    receiver.default = 500
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    for attempt in range(1, 9):
        deliver(db_url, conn, at)
        [row] = as_admin_rows(
            conn,
            admin,
            "select status, attempts, last_status_code, next_attempt_at from public.webhook_deliveries",
        )
        assert row["attempts"] == attempt
        assert row["last_status_code"] == 500
        if attempt < 8:
            wait = dt.timedelta(seconds=30 * 2 ** (attempt - 1))
            assert row["status"] == "pending", attempt
            assert row["next_attempt_at"] == at + wait, attempt
            at = at + wait
        else:
            assert row["status"] == "failed"
    posts = receiver.posts()
    assert len(posts) == 8
    assert len({p.webhook_id for p in posts}) == 1
    assert len({p.body for p in posts}) == 1  # the same event each time: only the attempt's headers change
    assert all(signed_by(p, endpoint.secret) for p in posts)
    deliver(db_url, conn, at + dt.timedelta(hours=7))
    assert len(receiver.posts()) == 8


def test_backoff_never_exceeds_six_hours(story: Story, receiver: Receiver, db_url: str) -> None:
    """README: "doubling, at most 6 hours", with `max_attempts` an operator's setting. With 12 attempts allowed the
    10th failure waits 30 s x 2^9 = 4 h 16 min, the 11th would wait 8 h 32 min and waits 6 hours instead."""
    conn = story.conn
    conn.execute("update private.webhook_settings set max_attempts = 12")
    receiver.default = 503
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    waits = []
    for _attempt in range(1, 12):
        deliver(db_url, conn, at)
        [row] = deliveries(conn, endpoint)
        waits.append(row["next_attempt_at"] - at)
        at = row["next_attempt_at"]
    assert waits[9] == dt.timedelta(minutes=256)
    assert waits[10] == dt.timedelta(hours=6)


def test_a_timeout_is_retried_and_the_retry_carries_the_same_webhook_id(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: "Anything but a 2xx within 10 seconds (… a timeout …) is retried"; at-least-once: the retry has the
    same `webhook-id`, so the CRM that did receive the slow first request dedupes it. The worker's timeout is given
    (0.3 s) so the test never waits 10 s; the receiver takes 2 s the first time, then answers at once."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked"])
    receiver.plan = [("sleep", 2.0, 200)]
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    deliver(db_url, conn, at, timeout=0.3)
    [row] = deliveries(conn, endpoint)
    assert row["status"] == "pending"
    assert row["attempts"] == 1
    assert row["last_status_code"] is None
    assert row["last_error"]
    assert row["next_attempt_at"] == at + dt.timedelta(seconds=30)
    deliver(db_url, conn, at + dt.timedelta(seconds=30))  # the default timeout: the receiver answers at once
    [row] = deliveries(conn, endpoint)
    assert row["status"] == "delivered"
    posts = receiver.posts()
    assert len(posts) == 2 and posts[0].webhook_id == posts[1].webhook_id
    assert all(signed_by(p, endpoint.secret) for p in posts)


def test_a_refused_connection_is_recorded_and_retried(story: Story, db_url: str) -> None:
    """README: "a refused connection" is retried after 30 s; the admin reads why in `last_error`, with no HTTP
    status since none came."""
    conn = story.conn
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    admin = admin_of(story)
    register(conn, story.team_id, admin, f"http://127.0.0.1:{port}/hooks/relance", ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    deliver(db_url, conn, at)
    [row] = as_admin_rows(conn, admin, "select * from public.webhook_deliveries")
    assert row["status"] == "pending"
    assert row["attempts"] == 1
    assert row["last_status_code"] is None
    assert row["last_error"]
    assert row["next_attempt_at"] == at + dt.timedelta(seconds=30)


def test_a_redirect_is_not_followed_and_counts_as_a_failure(story: Story, receiver: Receiver, db_url: str) -> None:
    """README: "Anything but a 2xx … (a redirect …) is retried"; the worker "follows no redirect"; "an endpoint
    stops at its first failure in a pass". The receiver answers 302 to elsewhere: nothing reaches that place, the
    attempt is a failure retried after 30 s, and the next event is not sent before it (the next pass sends both,
    the first first)."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked"])
    assert receiver.server is not None
    elsewhere = f"http://127.0.0.1:{receiver.server.server_address[1]}/elsewhere"
    receiver.plan = [("redirect", elsewhere)]
    story.send("Mon 2028-03-13 09:00", [PAUL])
    story.send("Mon 2028-03-13 09:00", [JEANNE], "Notre rendez-vous")
    at = story.at("Mon 2028-03-13 09:01")
    deliver(db_url, conn, at)
    assert [r.path for r in receiver.requests] == ["/hooks/relance"]  # stopped at its first failure
    first, second = deliveries(conn, endpoint)
    assert first["status"] == "pending"
    assert first["last_status_code"] == 302
    assert first["next_attempt_at"] == at + dt.timedelta(seconds=30)
    assert second["attempts"] == 0
    deliver(db_url, conn, at + dt.timedelta(seconds=30))
    posts = receiver.posts()
    assert [p.webhook_id for p in posts[1:]] == [first["webhook_id"], second["webhook_id"]]


def test_a_410_gone_is_a_failure_like_any_other(story: Story, receiver: Receiver, db_url: str) -> None:
    """README: "Anything but a 2xx … is retried" and names no special case for 410. Reading: a receiver answering
    410 Gone is neither counted delivered nor silently dropped; it is recorded (410) and retried after 30 s, and the
    endpoint stays enabled (only 20 failures in a row over 24 hours disable it)."""
    conn = story.conn
    admin = admin_of(story)
    receiver.plan = [410]
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    deliver(db_url, conn, at)
    [row] = deliveries(conn, endpoint)
    assert row["status"] == "pending"
    assert row["last_status_code"] == 410
    assert row["delivered_at"] is None
    assert row["next_attempt_at"] == at + dt.timedelta(seconds=30)
    [ep] = as_admin_rows(conn, admin, "select status from public.webhook_endpoints")
    assert ep["status"] == "enabled"
    deliver(db_url, conn, at + dt.timedelta(seconds=30))
    assert deliveries(conn, endpoint)[0]["status"] == "delivered"


def test_an_endpoint_down_for_a_day_is_disabled_visibly_then_replayed_in_order_when_enabled(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: "An endpoint whose deliveries failed 20 times in a row over at least 24 hours is disabled with the
    reason the admins read in `webhook_endpoints.disabled_reason`; what it missed (pending, and given up during the
    failures) is held, events keep being recorded for it, and `enable_webhook_endpoint` replays all of it in order,
    under the same webhook-ids" (it "returns how many"). Reading: a failure is a failed attempt (the README counts
    "times"). Three emails are tracked; the receiver answers 500 to a pass every hour: after 20 failures in 19 hours
    the endpoint is still enabled; at the pass 25 hours after the first failure it is disabled. An email tracked
    then is recorded and not sent. The receiver comes back; the admin enables: four deliveries replayed, in the
    order of the events, under the ids the failed attempts carried."""
    conn = story.conn
    admin = admin_of(story)
    receiver.default = 500
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked"])
    for minute, address in ((0, PAUL), (5, JEANNE), (10, SOPHIE)):
        story.send(f"Mon 2028-03-13 09:{minute:02d}", [address], f"Proposition {minute}")
    first = story.at("Mon 2028-03-13 09:15")
    for hour in range(20):
        deliver(db_url, conn, first + dt.timedelta(hours=hour))
    assert len(receiver.posts()) == 20
    [ep] = as_admin_rows(conn, admin, "select status, disabled_reason from public.webhook_endpoints")
    assert ep["status"] == "enabled", "20 failures over 19 hours: not yet a day"
    deliver(db_url, conn, first + dt.timedelta(hours=25))
    assert len(receiver.posts()) == 21
    [ep] = as_admin_rows(conn, admin, "select id, status, disabled_reason, disabled_at from public.webhook_endpoints")
    assert ep["status"] == "disabled"
    assert ep["disabled_reason"]
    assert ep["disabled_at"] is not None
    failed_ids = list(dict.fromkeys(p.webhook_id for p in receiver.posts()))
    assert len(failed_ids) == 3

    story.send("Tue 2028-03-14 11:00", [HUGO], "Bilan retraite")
    deliver(db_url, conn, story.at("Tue 2028-03-14 11:01"))
    assert len(receiver.posts()) == 21
    assert len(deliveries(conn, endpoint)) == 4

    receiver.default = 200
    replayed = rpc(conn, admin, "select public.enable_webhook_endpoint(%s)", endpoint.id)
    assert replayed == 4
    deliver(db_url, conn, story.at("Tue 2028-03-14 11:30"))
    replay = receiver.posts()[21:]
    assert [p.webhook_id for p in replay][:3] == failed_ids
    assert len(replay) == 4
    assert HUGO in replay[3].body.decode()
    assert all(signed_by(p, endpoint.secret) for p in replay)
    assert {d["status"] for d in deliveries(conn, endpoint)} == {"delivered"}


def test_an_admin_disables_an_endpoint_and_enabling_replays_what_it_missed(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: `disable_webhook_endpoint(p_endpoint_id, p_reason: "CRM migration")` then `enable_webhook_endpoint`
    ("replays what it missed; returns how many"). While disabled nothing is POSTed; the reason is the admin's."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked", "email.replied"])
    assert rpc(conn, admin, "select public.disable_webhook_endpoint(%s, %s)", endpoint.id, "CRM migration") is True
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2028-03-13 10:00")), story.at("Mon 2028-03-13 10:00"))
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:01"))
    assert receiver.posts() == []
    [ep] = as_admin_rows(conn, admin, "select status, disabled_reason from public.webhook_endpoints")
    assert (ep["status"], ep["disabled_reason"]) == ("disabled", "CRM migration")
    assert rpc(conn, admin, "select public.enable_webhook_endpoint(%s)", endpoint.id) == 2
    deliver(db_url, conn, story.at("Mon 2028-03-13 11:00"))
    assert receiver.types() == ["email.tracked", "email.replied"]


def test_a_deleted_endpoint_receives_nothing_more(story: Story, receiver: Receiver, db_url: str) -> None:
    """README/comment: `delete_webhook_endpoint` deletes the endpoint, its secret and its delivery log ("queued
    messages are then dropped by the worker"). A delivery still queued when the admin deletes the endpoint, and
    every later event, never reach the receiver."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked", "email.replied"])
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    assert rpc(conn, admin, "select public.delete_webhook_endpoint(%s)", endpoint.id) is True
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2028-03-13 10:00")), story.at("Mon 2028-03-13 10:00"))
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:01"))
    deliver(db_url, conn, story.at("Mon 2028-03-13 11:01"))
    assert receiver.posts() == []
    assert as_admin_rows(conn, admin, "select * from public.webhook_endpoints") == []
    assert conn.execute("select count(*) from private.webhook_secrets").fetchone() == (0,)


# Secrets and the receiver's checks ---------------------------------------------------------------------------------


def test_a_test_webhook_verifies_with_the_standard_webhooks_library_as_the_readme_shows(
    story: Story, receiver: Receiver, receiver2: Receiver, db_url: str
) -> None:
    """README: `send_test_webhook` is "sent to that one endpoint whatever it subscribes to" (the team's other
    endpoint gets nothing); the receiver verifies
    with `Webhook(secret).verify(raw_body, headers)`, which also refuses a `webhook-timestamp` more than 5 minutes
    away from its clock. Real clock on both sides here: the attempt's timestamp passes the replay window, a body
    altered by one byte does not verify, nor the same request under another secret, nor a stale timestamp."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.completed"])
    register(conn, story.team_id, admin, receiver2.url, ["email.completed", "email.replied"])
    delivery_id = rpc(conn, admin, "select public.send_test_webhook(%s)", endpoint.id)
    assert delivery_id is not None
    deliver(db_url, conn, None)
    assert receiver2.posts() == []
    [post] = receiver.posts()
    assert post.type == "webhook.test"
    assert abs(int(post.headers["webhook-timestamp"]) - time.time()) < 300
    payload = Webhook(endpoint.secret).verify(post.body, post.headers)
    assert payload["type"] == "webhook.test"
    with pytest.raises(WebhookVerificationError):
        Webhook(endpoint.secret).verify(post.body.replace(b"webhook.test", b"webhook.tesT"), post.headers)
    other = "whsec_" + base64.b64encode(b"x" * 32).decode()
    with pytest.raises(WebhookVerificationError):
        Webhook(other).verify(post.body, post.headers)
    stale = dict(post.headers, **{"webhook-timestamp": str(int(post.headers["webhook-timestamp"]) - 3600)})
    with pytest.raises(WebhookVerificationError):
        Webhook(endpoint.secret).verify(post.body, stale)
    [row] = as_admin_rows(conn, admin, "select id, status, event_type from public.webhook_deliveries")
    assert (str(row["id"]), row["status"], row["event_type"]) == (str(delivery_id), "delivered", "webhook.test")


def test_after_a_rotation_the_old_secret_keeps_verifying_and_overlap_zero_ends_every_old_one(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: "For 24 hours after a rotation (`p_overlap`) the header carries two signatures, space-separated: the
    new secret's, then the replaced one's, so a receiver that still holds the old secret keeps verifying"; "Rotating
    again within that time … keeps each replaced secret signing until the end its own rotation gave it, one
    signature each; a rotation with `p_overlap: "0"` ends them all." Rotations take no instant, so this runs on
    the real clock (test webhooks)."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.replied"])
    s1 = endpoint.secret

    def test_request() -> Received:
        rpc(conn, admin, "select public.send_test_webhook(%s)", endpoint.id)
        deliver(db_url, conn, None)
        return receiver.posts()[-1]

    s2 = rpc(conn, admin, "select public.rotate_webhook_secret(%s)", endpoint.id)
    post = test_request()
    assert len(signatures(post)) == 2
    ts = post.headers["webhook-timestamp"]
    assert signatures(post)[0] == expected_signature(s2, post.webhook_id, ts, post.body)
    assert signatures(post)[1] == expected_signature(s1, post.webhook_id, ts, post.body)
    Webhook(s1).verify(post.body, post.headers)
    Webhook(s2).verify(post.body, post.headers)

    s3 = rpc(conn, admin, "select public.rotate_webhook_secret(%s)", endpoint.id)
    post = test_request()
    assert len(signatures(post)) == 3
    assert signatures(post)[0] == expected_signature(s3, post.webhook_id, post.headers["webhook-timestamp"], post.body)
    assert signed_by(post, s2) and signed_by(post, s1)

    s4 = rpc(conn, admin, "select public.rotate_webhook_secret(%s, %s::interval)", endpoint.id, "0")
    post = test_request()
    assert signatures(post) == [expected_signature(s4, post.webhook_id, post.headers["webhook-timestamp"], post.body)]
    for old in (s1, s2, s3):
        with pytest.raises(WebhookVerificationError):
            Webhook(old).verify(post.body, post.headers)
    Webhook(s4).verify(post.body, post.headers)


def test_a_rotation_overlap_beyond_seven_days_is_refused(story: Story, receiver: Receiver) -> None:
    """README: the overlap is 24 hours by default, "at most 7 days"; the RPC comment: "22023 for an overlap out of
    range". A refused rotation leaves the secret as it was (the integrator's receiver keeps working)."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.replied"])
    with pytest.raises(psycopg.Error) as refused:
        rpc(conn, admin, "select public.rotate_webhook_secret(%s, %s::interval)", endpoint.id, "8 days")
    assert sqlstate(refused.value) == "22023"
    seven = rpc(conn, admin, "select public.rotate_webhook_secret(%s, %s::interval)", endpoint.id, "7 days")
    assert seven.startswith("whsec_")


# Who may see and change endpoints ----------------------------------------------------------------------------------


def test_a_member_and_another_teams_admin_neither_see_nor_change_the_teams_endpoints(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: "members see no endpoint and no delivery"; "Each RPC checks that the caller administers the team
    (42501 otherwise)"; nobody sees another team's data. A member of Cabinet Durand and the admin of another team
    read nothing and get 42501 on every RPC, a rotation included (which would hand them a secret)."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    deliver(db_url, conn, story.at("Mon 2028-03-13 09:01"))
    member = story.add_member("marc@cabinet-durand.fr")
    stranger = Story(conn, domains=("agence-morel.fr",), address="louis@agence-morel.fr").owner
    calls = [
        ("select public.rotate_webhook_secret(%s)", (endpoint.id,)),
        (
            "select public.update_webhook_endpoint(p_endpoint_id => %s, p_events => %s::text[])",
            (endpoint.id, ["email.bounced"]),
        ),
        ("select public.send_test_webhook(%s)", (endpoint.id,)),
        ("select public.disable_webhook_endpoint(%s, %s)", (endpoint.id, "x")),
        ("select public.enable_webhook_endpoint(%s)", (endpoint.id,)),
        ("select public.delete_webhook_endpoint(%s)", (endpoint.id,)),
        (
            "select public.create_webhook_endpoint(p_team_id => %s, p_url => %s, p_events => %s::text[])",
            (story.team_id, "https://hooks.example.com/x", ["email.replied"]),
        ),
    ]
    for user in (member, stranger):
        assert as_admin_rows(conn, user, "select * from public.webhook_endpoints") == []
        assert as_admin_rows(conn, user, "select * from public.webhook_deliveries") == []
        for query, args in calls:
            with pytest.raises(psycopg.Error) as denied:
                rpc(conn, user, query, *args)
            assert sqlstate(denied.value) == "42501", query
    [ep] = query_rows(conn, "select status, events from public.webhook_endpoints")
    assert (ep["status"], ep["events"]) == ("enabled", ["email.tracked"])
    assert conn.execute("select count(*) from public.webhook_endpoints").fetchone() == (1,)


# Privacy and SSRF --------------------------------------------------------------------------------------------------


def test_erasure_scrubs_the_persons_address_from_stored_and_pending_payloads(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README (Known limits): "erasure (`erase_person`) scrubs `webhook_deliveries.payload` too (what a receiver
    already got is the receiver's to erase)"; PRIVACY.md: erasure removes the person "everywhere", queues included
    (the RPC's comment). Paul's tracked email was delivered; his answer's delivery is still waiting when an admin
    erases him. Afterwards no stored payload names him, and the delivery still waiting, if it goes out at all,
    does not carry his address (reading: what leaves after the erasure is the scrubbed payload)."""
    conn = story.conn
    admin = admin_of(story)
    endpoint = register(conn, story.team_id, admin, receiver.url, ["email.tracked", "email.replied"])
    sent = story.send("Mon 2028-03-13 09:00", [PAUL])
    deliver(db_url, conn, story.at("Mon 2028-03-13 09:01"))
    assert PAUL in receiver.posts()[0].body.decode()
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2028-03-13 10:00")), story.at("Mon 2028-03-13 10:00"))
    with acting_as(conn, "authenticated", admin, commit=True):
        conn.execute("select public.erase_person(%s, %s)", (story.team_id, PAUL))
    stored = conn.execute(
        "select coalesce(string_agg(payload::text, ' '), '') from public.webhook_deliveries where team_id = %s",
        (story.team_id,),
    ).fetchone()
    assert stored is not None
    assert "paul.martin" not in stored[0].lower()
    queued = conn.execute(
        "select coalesce(string_agg(message::text, ' '), '') from pgmq.q_webhook_deliveries"
    ).fetchone()
    assert queued is not None and "paul.martin" not in queued[0].lower()
    deliver(db_url, conn, story.at("Mon 2028-03-13 10:30"))
    for post in receiver.posts()[1:]:
        assert "paul.martin" not in post.body.decode().lower()
    assert deliveries(conn, endpoint)


def test_the_worker_refuses_a_loopback_receiver_unless_private_addresses_are_allowed(
    story: Story, receiver: Receiver, db_url: str
) -> None:
    """README: the worker "refuses any address that is not public (loopback, …)"; `RELANCE_WEBHOOKS_ALLOW_PRIVATE=on`
    (`allow_private`) lets tests use 127.0.0.1, "production keeps both off". An endpoint registered on loopback
    (allowed at registration for this test) gets nothing from a production worker, and the delivery is not lost:
    a worker allowed to reach it delivers it later."""
    conn = story.conn
    endpoint = register(conn, story.team_id, admin_of(story), receiver.url, ["email.tracked"])
    story.send("Mon 2028-03-13 09:00", [PAUL])
    at = story.at("Mon 2028-03-13 09:01")
    deliver(db_url, conn, at, private=False)
    assert receiver.posts() == []
    [row] = deliveries(conn, endpoint)
    assert row["status"] == "pending" and row["delivered_at"] is None
    deliver(db_url, conn, at + dt.timedelta(minutes=5))
    assert receiver.types() == ["email.tracked"]
