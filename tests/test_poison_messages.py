"""Poison messages never stop a worker: a NUL character, an absurd or zoneless date, a malformed or repeated
X-Relance-Followup-Id, a lone surrogate, a 1 MB subject, headers of the wrong JSON type. Each is cleaned where
cleaning loses nothing (NUL stripped, a repeated header read as its first value, an impossible Date replaced
by the server's receipt time while the header itself is kept), otherwise set aside in ``public.dead_letters``
with its reason; the cursor moves on, every other message, mailbox and team goes on syncing and sending, and a
team admin's retry is picked up by the next pass.

The mail comes in as raw MIME through the sandboxes (Graph and Gmail store it and serve it over their real
APIs), and the worker is ``relance worker --once``, a process of its own, as in production.
"""

from __future__ import annotations

import base64
import datetime as dt
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import db, sync
from relance.credentials import connect_with_refresh_token
from relance.sandbox import RunningSandbox
from tests import story
from tests.e2e.helpers import (
    ALICE,
    BOB,
    GmailWorld,
    World,
    build_gmail_world,
    build_world,
    make_team,
    run_worker_once,
)
from tests.pg import acting_as

CAROL = "carol@contoso.com"
MALLORY = b"Mallory <mallory@elsewhere.example>"


def raw_mail(
    to: str,
    subject: bytes,
    *,
    sender: bytes = MALLORY,
    date: bytes | None = b"Mon, 07 Jan 2030 09:00:00 +0000",
    body: bytes = b"Hello",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    extra: tuple[bytes, ...] = (),
) -> str:
    """Raw MIME exactly as given (no library folds or fixes it), base64 for the sandbox's control API."""
    lines = [b"From: " + sender, b"To: " + to.encode(), b"Subject: " + subject]
    if date is not None:
        lines.append(b"Date: " + date)
    lines.append(b"Message-ID: " + (message_id or f"<{uuid.uuid4().hex}@elsewhere.example>").encode())
    if in_reply_to:
        lines += [b"In-Reply-To: " + in_reply_to.encode(), b"References: " + in_reply_to.encode()]
    lines += [*extra, b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=utf-8"]
    return base64.b64encode(b"\r\n".join(lines) + b"\r\n\r\n" + body + b"\r\n").decode()


def run_worker(world: World, *loops: str) -> subprocess.CompletedProcess[str]:
    """``relance worker --once`` in its own process, on the sandbox's clock; it must end well."""
    done = run_worker_once(world, *loops, timeout=180)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done


def dead_letters(world: World) -> list[dict[str, Any]]:
    cur = world.conn.execute(
        "select d.provider_message_id, d.mailbox_id, d.stage, d.sqlstate, d.reason, d.status, d.attempts, d.id"
        " from public.dead_letters as d order by d.first_failed_at, d.id"
    )
    names = [c.name for c in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def inbound(world: World, mailbox_id: uuid.UUID) -> dict[str, tuple[Any, ...]]:
    """The inbound messages a mailbox recorded, by Message-ID: (subject, kind, direction, sent_at, headers)."""
    rows = world.conn.execute(
        "select internet_message_id, subject, kind::text, direction, sent_at, headers from public.messages"
        " where mailbox_id = %s and direction = 'inbound'",
        (mailbox_id,),
    ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def statuses(world: World, mailbox_id: uuid.UUID) -> list[str]:
    rows = world.conn.execute(
        "select status::text from public.tracked_emails where mailbox_id = %s order by sent_at", (mailbox_id,)
    ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture
def world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def connect_carol(world: World) -> uuid.UUID:
    """Carol, of another team, with her own Outlook mailbox on the same worker."""
    world.control.create_graph_user(CAROL, "Carol Durand")
    team_id, owner_id = make_team(world.conn, "fabrikam.example")
    mailbox_id = db.connect_mailbox(world.worker_conn, team_id, owner_id, "graph", CAROL, "Carol Durand", world.now())
    refresh = world.control.graph_refresh_token(world.app["client_id"], CAROL)["refresh_token"]
    connect_with_refresh_token(world.connector.app, world.connector.store, mailbox_id, refresh)
    return mailbox_id


def test_poison_messages_never_stop_the_graph_worker_and_an_admins_retry_is_picked_up(world: World) -> None:
    carol = connect_carol(world)
    alice_sent = world.send_tracked_email()
    carol_sent = world.control.send_by_hand(CAROL, [f"Bob Prospect <{BOB}>"], "Shall we meet?", "Offer")
    run_worker(world, "sync")
    assert statuses(world, world.mailbox_id) == ["active"] and statuses(world, carol) == ["active"]

    world.advance(minutes=10)
    deliver = world.control.deliver_raw
    # Bob answers Alice with NUL characters in his subject, his text and a header: cleaned, it stops her chasing.
    deliver(
        ALICE,
        raw_mail(
            ALICE,
            b"Re: Proposal\x00",
            sender=b"Bob Prospect <" + BOB.encode() + b">",
            body=b"Yes,\x00 Tuesday works.",
            message_id="<nul@prospect.example>",
            in_reply_to=alice_sent["internet_message_id"],
            extra=(b"X-Note: a\x00b",),
        ),
    )
    dates = {
        "<y9999-west@elsewhere.example>": b"Fri, 31 Dec 9999 23:59:59 -1400",  # past year 9999 once in UTC
        "<y9999@elsewhere.example>": b"Fri, 31 Dec 9999 23:59:59 +0000",  # an instant, and absurd
        "<y99999@elsewhere.example>": b"Fri, 31 Dec 99999 23:59:59 +0000",
        "<nozone@elsewhere.example>": b"Mon, 07 Jan 2030 08:05:00",
    }
    for message_id, date in dates.items():
        deliver(ALICE, raw_mail(ALICE, b"Invoice", date=date, message_id=message_id))
    deliver(
        ALICE, raw_mail(ALICE, b"Hi", message_id="<badid@elsewhere.example>", extra=(b"X-Relance-Followup-Id: 42",))
    )
    twice = (b"X-Relance-Followup-Id: " + str(uuid.uuid4()).encode(), b"X-Relance-Followup-Id: " + b"not-an-id")
    deliver(ALICE, raw_mail(ALICE, b"Hi again", message_id="<twice@elsewhere.example>", extra=twice))
    deliver(ALICE, raw_mail(ALICE, b"A" * 1_000_000, message_id="<huge@elsewhere.example>"))
    # A subject another client wrote through the API with a lone surrogate: Exchange keeps UTF-16, UTF-8
    # cannot hold it, and dropping it would change the text: this one is set aside.
    deliver(ALICE, raw_mail(ALICE, b"Hello", message_id="<surrogate@elsewhere.example>"))
    poisoned = world.control.graph_set_subject(ALICE, "<surrogate@elsewhere.example>", "Hello \ud800 world")["id"]
    # Meanwhile Bob writes to Carol, in her own team.
    deliver(
        CAROL,
        raw_mail(
            CAROL,
            b"Re: Offer",
            sender=b"Bob Prospect <" + BOB.encode() + b">",
            message_id="<bob-to-carol@prospect.example>",
            in_reply_to=carol_sent["internet_message_id"],
        ),
    )
    world.advance(minutes=1)
    run_worker(world, "sync")

    # Alice's mailbox: the answer was read, every poison but one ingested, that one set aside with its reason.
    assert statuses(world, world.mailbox_id) == ["replied"]
    got = inbound(world, world.mailbox_id)
    assert got["<nul@prospect.example>"][0] == "Re: Proposal" and got["<nul@prospect.example>"][4]["x-note"] == "ab"
    received = world.now() - dt.timedelta(minutes=1)
    for message_id in dates:
        subject, kind, direction, sent_at, _ = got[message_id]
        assert (subject, kind, direction) == ("Invoice", "human", "inbound")
        assert dt.datetime(1970, 1, 1, tzinfo=dt.UTC) < sent_at <= received  # never a year 9999
    assert got["<y9999@elsewhere.example>"][4]["date"] == "Fri, 31 Dec 9999 23:59:59 +0000"  # the header is kept
    # R14: a follow-up header on inbound mail, malformed or repeated, makes nothing the engine's own.
    assert got["<badid@elsewhere.example>"][1:3] == ("human", "inbound")
    assert got["<twice@elsewhere.example>"][1:3] == ("human", "inbound")
    assert isinstance(got["<twice@elsewhere.example>"][4]["x-relance-followup-id"], list)
    assert len(got["<huge@elsewhere.example>"][0]) == 1_000_000
    [letter] = dead_letters(world)
    assert (letter["provider_message_id"], letter["mailbox_id"], letter["status"]) == (
        poisoned,
        world.mailbox_id,
        "dead",
    )
    assert letter["stage"] == "normalise" and "subject" in letter["reason"] and "surrogate" in letter["reason"]
    # Carol's team went on: Bob's answer stopped her tracked email too.
    assert statuses(world, carol) == ["replied"]

    # The cursor moved past the poison: the next pass neither fetches nor fails it again.
    run_worker(world, "sync")
    assert [(d["status"], d["attempts"]) for d in dead_letters(world)] == [("dead", 1)]

    # The team's admin asks for a retry once the message is readable again; the next pass ingests it.
    world.control.graph_set_subject(ALICE, "<surrogate@elsewhere.example>", "Hello world")
    with acting_as(world.conn, "authenticated", world.owner_id, commit=True):
        assert world.conn.execute("select public.retry_dead_letter(%s)", (letter["id"],)).fetchone() == (True,)
    run_worker(world, "sync")
    assert [d["status"] for d in dead_letters(world)] == ["resolved"]
    assert inbound(world, world.mailbox_id)["<surrogate@elsewhere.example>"][0] == "Hello world"


def test_a_poisoned_mailbox_never_holds_up_another_teams_followups(world: World) -> None:
    carol = connect_carol(world)
    world.control.send_by_hand(CAROL, [f"Bob Prospect <{BOB}>"], "Shall we meet?", "Offer")
    run_worker(world, "sync")
    world.control.deliver_raw(ALICE, raw_mail(ALICE, b"Hello", message_id="<surrogate@elsewhere.example>"))
    world.control.graph_set_subject(ALICE, "<surrogate@elsewhere.example>", "\udfff")
    world.advance(hours=4)
    assert world.schedule() == 1
    run_worker(world, "sync", "send")
    assert len(dead_letters(world)) == 1
    sent = [m for m in world.control.sent(CAROL) if "x-relance-followup-id" in m["headers"]]
    assert len(sent) == 1 and statuses(world, carol) == ["active"]
    row = world.conn.execute("select automatic_sent from public.tracked_emails where mailbox_id = %s", (carol,))
    assert row.fetchone() == (1,)


def test_r13_an_answer_set_aside_at_the_last_look_holds_the_followup_until_it_is_read(world: World) -> None:
    sent = world.send_tracked_email()
    run_worker(world, "sync")
    world.advance(hours=4)
    assert world.schedule() == 1
    # Bob answered a moment ago, and his answer cannot be read as it is: the sender's last look finds it.
    world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], "Yes, Tuesday.")
    reply = world.control.graph_messages(ALICE, "inbox")[-1]
    world.control.graph_set_subject(ALICE, reply["internet_message_id"], "RE: Proposal \udc80")
    run_worker(world, "send")
    assert world.sent_by_engine() == []
    assert [d["stage"] for d in dead_letters(world)] == ["normalise"]
    assert [f["status"] for f in world.followups()] == ["scheduled"]
    # Once readable (an admin's retry), the answer stops the tracked email: nothing is ever sent.
    world.control.graph_set_subject(ALICE, reply["internet_message_id"], "RE: Proposal")
    with acting_as(world.conn, "authenticated", world.owner_id, commit=True):
        world.conn.execute("select public.retry_dead_letter(id) from public.dead_letters")
    run_worker(world, "sync")
    assert statuses(world, world.mailbox_id) == ["replied"] and world.sent_by_engine() == []


def test_a_message_the_contract_refuses_is_set_aside_with_its_reason_and_the_page_goes_on(world: World) -> None:
    """Headers of the wrong JSON type (or any value the contract refuses): the worker's own path, from a
    normalised page to the dead-letter table, with SQL's reason and SQLSTATE."""
    good = {
        "provider_message_id": "AAMk-good",
        "folder": "inbox",
        "from": {"address": "paul@prospect.example", "name": "Paul"},
        "to": [{"address": ALICE, "name": ""}],
        "subject": "Hello",
        "received_at": "2030-01-07T09:00:00Z",
        "headers": {},
        "body_text": "Hello",
    }
    # From Sent Items (no analysis runs on the mailbox's own mail), so SQL's contract is what refuses it.
    bad = {
        **good,
        "provider_message_id": "AAMk-bad",
        "folder": "sent",
        "from": {"address": ALICE, "name": "Alice"},
        "sent_at": "2030-01-07T08:59:00Z",
        "headers": ["x-relance-followup-id", "1"],
    }
    late = {**good, "provider_message_id": "AAMk-late", "received_at": "2030-01-07T09:01:00Z"}
    report = sync.SyncReport()
    sync._ingest_in_order(
        world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", [bad, good, late], report, world.now()
    )
    assert (report.ingested, report.dead_letters) == (2, 1)
    [letter] = dead_letters(world)
    assert (letter["provider_message_id"], letter["stage"], letter["sqlstate"]) == ("AAMk-bad", "ingest", "22023")
    assert "headers must be an object" in letter["reason"]
    # Inbound, the same headers already trouble the analysis: set aside at that stage, the page goes on.
    odd = {**good, "provider_message_id": "AAMk-odd", "headers": "x-relance-followup-id: 1"}
    again = sync.SyncReport()
    sync._ingest_in_order(world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", [odd, late], again, world.now())
    assert (again.duplicates, again.dead_letters) == (1, 1)
    assert {d["provider_message_id"]: d["stage"] for d in dead_letters(world)} == {
        "AAMk-bad": "ingest",
        "AAMk-odd": "analyse",
    }


def _thread(prospect: str, subject: str, minute: int) -> list[dict[str, Any]]:
    """Alice writes to a prospect at 08:``minute``; the prospect answers an hour later (normalised, unanalysed)."""
    mine = story.outbound(ALICE, prospect, subject=subject, sent_at=f"2030-01-07T08:{minute:02d}:00Z")
    answer = story.inbound_reply(mine, received_at=f"2030-01-07T09:{minute:02d}:00Z", body_text="Oui, mardi.")
    del answer["analysis"]
    return [dict(mine), dict(answer)]


def test_a_passing_database_error_stops_the_round_at_that_message_and_the_next_round_records_the_rest(
    world: World, db_url: str
) -> None:
    """The worker ingests a page at a time. A lock held too long (a deadlock or a timeout would do the same) is
    the moment's fault, not the message's: nothing is set aside, the round fails at that message (so its
    cursors are not stored), what came before stays recorded, nothing after it is, and the next round replays
    the rest in order: the answer stops its tracked email."""
    [mine, answer] = _thread("paul@prospect.example", "Proposition", 0)
    later = dict(story.outbound(ALICE, "anne@prospect.example", subject="Offre", sent_at="2030-01-07T10:00:00Z"))
    first = sync.SyncReport()
    sync._ingest_in_order(world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", [mine], first, world.now())
    [tracked_id] = world.conn.execute(
        "select id from public.tracked_emails where mailbox_id = %s", (world.mailbox_id,)
    ).fetchone() or [None]
    with psycopg.connect(db_url) as holder:
        holder.execute("select 1 from public.tracked_emails where id = %s for update", (tracked_id,))
        world.worker_conn.execute("set lock_timeout = '200ms'")
        stopped = sync.SyncReport()
        with pytest.raises(psycopg.errors.LockNotAvailable, match="ingest stopped at this message"):
            sync._ingest_in_order(
                world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", [later, answer], stopped, world.now()
            )
        world.worker_conn.execute("reset lock_timeout")
    assert (stopped.messages, stopped.dead_letters) == (0, 0)  # the answer came first in time: nothing recorded
    assert statuses(world, world.mailbox_id) == ["active"] and dead_letters(world) == []
    replay = sync.SyncReport()
    sync._ingest_in_order(
        world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", [later, answer], replay, world.now()
    )
    assert (replay.ingested, replay.duplicates, replay.dead_letters) == (2, 0, 0)
    assert statuses(world, world.mailbox_id) == ["replied", "active"]


def test_a_round_longer_than_a_page_is_ingested_page_by_page_in_time_order(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers handed over before what they answer, across page boundaries: each is recorded after its
    original (R5), whatever the page size; a refused message in the middle is set aside alone."""
    monkeypatch.setattr(sync, "INGEST_PAGE", 2)
    threads = [_thread(f"p{i}@prospect.example", f"Sujet {i}", i) for i in range(3)]
    bad = {**threads[0][0], "provider_message_id": "AAMk-bad", "internet_message_id": "<bad@acme.test>"}
    bad["sent_at"] = bad["received_at"] = "2030-01-07T08:30:00Z"
    bad["headers"] = ["x-relance-followup-id", "1"]
    handed = [t[1] for t in threads] + [bad] + [t[0] for t in threads]
    report = sync.SyncReport()
    seen: list[str] = []
    sync._ingest_in_order(
        world.worker_conn, world.mailbox_id, ALICE, lambda _id: b"", handed, report, world.now(), seen.append
    )
    assert (report.ingested, report.dead_letters) == (6, 1)
    assert seen == [str(m["provider_message_id"]) for t in threads for m in t[:1]] + [
        str(t[1]["provider_message_id"]) for t in threads
    ]
    assert statuses(world, world.mailbox_id) == ["replied"] * 3
    assert [(d["provider_message_id"], d["stage"], d["sqlstate"]) for d in dead_letters(world)] == [
        ("AAMk-bad", "ingest", "22023")
    ]


def test_a_page_inside_the_callers_transaction_is_ingested_message_by_message(world: World) -> None:
    """``worker.ingest_messages`` commits each message, which no procedure may do inside a transaction block:
    called there, the page goes one message per call, under savepoints, with the same results."""
    [mine, _answer] = _thread("paul@prospect.example", "Proposition", 0)
    bad = {**mine, "provider_message_id": "AAMk-bad", "internet_message_id": "<bad@acme.test>", "headers": []}
    conn = world.worker_conn
    with conn.transaction():
        results = db.ingest_messages(conn, world.mailbox_id, [mine, bad, mine], world.now())
    assert [r["status"] for r in results] == ["ingested", "refused", "duplicate"]
    assert results[1]["sqlstate"] == "22023" and "headers must be an object" in results[1]["error"]
    assert statuses(world, world.mailbox_id) == ["active"]
    assert db.ingest_messages(conn, world.mailbox_id, [], world.now()) == []


# --------------------------------------------------------------------------------------- Gmail


@pytest.fixture
def gmail_world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[GmailWorld]:
    built = build_gmail_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def test_poison_messages_never_stop_the_gmail_worker(gmail_world: GmailWorld) -> None:
    world = gmail_world
    sent = world.send_tracked_email()
    run_worker(world, "sync")
    assert statuses(world, world.mailbox_id) == ["active"]
    cursor = world.cursor()
    world.advance(minutes=10)
    deliver = world.control.deliver_raw
    deliver(ALICE, raw_mail(ALICE, b"Invoice", date=b"Fri, 31 Dec 9999 23:59:59 -1400", message_id="<y9999@x.example>"))
    deliver(ALICE, raw_mail(ALICE, b"Invoice", date=b"Fri, 31 Dec 99999 23:59:59 +0000", message_id="<y5@x.example>"))
    deliver(ALICE, raw_mail(ALICE, b"Invoice", date=None, message_id="<nodate@x.example>"))
    twice = (b"X-Relance-Followup-Id: " + str(uuid.uuid4()).encode(), b"X-Relance-Followup-Id: 42")
    deliver(ALICE, raw_mail(ALICE, b"Hi", message_id="<twice@x.example>", extra=twice))
    deliver(
        ALICE,
        raw_mail(
            ALICE,
            b"Re: Proposal\x00",
            sender=b"Bob Prospect <" + BOB.encode() + b">",
            body=b"Yes,\x00 Tuesday works.",
            message_id="<nul@prospect.example>",
            in_reply_to=sent["internet_message_id"],
        ),
    )
    world.advance(minutes=1)
    run_worker(world, "sync")
    assert statuses(world, world.mailbox_id) == ["replied"]
    got = inbound(world, world.mailbox_id)
    assert got["<nul@prospect.example>"][0] == "Re: Proposal"
    for message_id in ("<y9999@x.example>", "<y5@x.example>", "<nodate@x.example>"):
        assert dt.datetime(1970, 1, 1, tzinfo=dt.UTC) < got[message_id][3] <= world.now()
    assert got["<twice@x.example>"][1:3] == ("human", "inbound")
    assert dead_letters(world) == []
    assert cursor is not None and (world.cursor() or 0) > cursor
