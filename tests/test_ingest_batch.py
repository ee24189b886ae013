"""ingest_messages: a page of a mailbox's mail in one call, each message in its own transaction, exactly as
ingest_message for each message in order (R1, R4-R8, threading, idempotency), so workers can ingest a delta
page at a time."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import psycopg.sql
import pytest

from relance import db
from tests.story import (
    Mailbox,
    Message,
    auto_reply,
    bounce,
    inbound_reply,
    ingest,
    ingest_page,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    worker_connection,
)

MONDAY = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 09:00 in Paris


def _page(mailbox: Mailbox) -> list[Message]:
    """A mixed page: new tracked conversations, a reply before its original (which is then not tracked: its
    conversation was already answered), a reply after its original, duplicates within the page (same
    provider id; same Message-ID under a second provider id), a manual follow-up, an out-of-office with a
    return date, a bounce, an opt-out, a newsletter and an internal message."""
    t1 = outbound(mailbox, "claire@client-one.example", subject="Proposition", sent_at=MONDAY)
    t2 = outbound(mailbox, "paul@client-two.example", subject="Devis", sent_at=MONDAY + timedelta(minutes=5))
    t3 = outbound(mailbox, "nobody@client-three.example", subject="Offre", sent_at=MONDAY + timedelta(minutes=6))
    t4 = outbound(mailbox, "anne@client-four.example", subject="Rendez-vous", sent_at=MONDAY + timedelta(minutes=7))
    t5 = outbound(mailbox, "marc@client-five.example", subject="Suivi", sent_at=MONDAY + timedelta(minutes=9))
    reply_t5 = inbound_reply(t5, received_at=MONDAY + timedelta(hours=6))
    internal = outbound(mailbox, "colleague@acme.test", subject="Point", sent_at=MONDAY + timedelta(minutes=8))
    reply_t2 = inbound_reply(t2, received_at=MONDAY + timedelta(hours=1))
    second_id = Message(t1, provider_message_id="pm-second-id-of-t1")
    manual = manual_followup(mailbox, t1, sent_at=MONDAY + timedelta(hours=2))
    away = auto_reply(t1, received_at=MONDAY + timedelta(hours=3), until="2026-11-30")
    bounced = bounce(t3, received_at=MONDAY + timedelta(minutes=20))
    opt_out = inbound_reply(t4, received_at=MONDAY + timedelta(hours=4), opt_out=True)
    newsletter = Message(
        {
            **inbound_reply(t1, "news@vendor.example", received_at=MONDAY + timedelta(hours=5)),
            "in_reply_to": None,
            "references": [],
            "provider_thread_id": "thread-newsletter",
            "headers": {"list-unsubscribe": "<mailto:unsubscribe@vendor.example>"},
            "analysis": {"kind": "list"},
        }
    )
    return [
        t1,
        reply_t2,
        t2,
        t3,
        Message(t1),
        second_id,
        internal,
        manual,
        away,
        bounced,
        t4,
        opt_out,
        newsletter,
        t3,
        t5,
        reply_t5,
    ]


def _for(page: list[Message], source: Mailbox, target: Mailbox) -> list[Message]:
    """The same page as another mailbox sees it: its own address where the source mailbox's was."""
    return [json.loads(json.dumps(m).replace(source.address, target.address)) for m in page]


def _state(conn: psycopg.Connection[Any], mailbox: Mailbox, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the rules wrote for a mailbox, keyed by provider message ids instead of generated ids."""

    def rows(query: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in conn.execute(query, {"mb": mailbox.mailbox_id, "team": mailbox.team_id})]

    pid = dict(rows("select id, provider_message_id from public.messages where mailbox_id = %(mb)s"))
    return {
        "results": [
            {
                **{k: v for k, v in r.items() if k not in ("message_id", "conversation_id")},
                "message": pid[uuid.UUID(r["message_id"])],
            }
            for r in results
        ],
        "messages": rows(
            "select m.provider_message_id, m.direction, m.kind, m.sent_at, m.to_addresses,"
            " (select min(o.provider_message_id) from public.messages as o where o.conversation_id = m.conversation_id)"
            " from public.messages as m where m.mailbox_id = %(mb)s order by 1"
        ),
        "aliases": rows(
            "select a.provider_message_id, m.provider_message_id from private.message_aliases as a"
            " join public.messages as m on m.id = a.message_id where a.mailbox_id = %(mb)s order by 1"
        ),
        "tracked": rows(
            "select m.provider_message_id, t.status, t.status_reason, t.automatic_sent, t.manual_detected,"
            " t.next_due_at, t.answered_at, t.recipients, t.last_activity_at"
            " from public.tracked_emails as t join public.messages as m on m.id = t.message_id"
            " where t.mailbox_id = %(mb)s order by 1"
        ),
        "followups": rows(
            "select m.provider_message_id, f.seq, f.status, f.due_at, f.base_at, f.reason"
            " from public.followups as f join public.tracked_emails as t on t.id = f.tracked_email_id"
            " join public.messages as m on m.id = t.message_id where f.mailbox_id = %(mb)s order by 1, 2"
        ),
        "manual": rows(
            "select tm.provider_message_id, mm.provider_message_id, x.seq from public.manual_followups as x"
            " join public.tracked_emails as t on t.id = x.tracked_email_id"
            " join public.messages as tm on tm.id = t.message_id join public.messages as mm on mm.id = x.message_id"
            " where t.mailbox_id = %(mb)s order by 1, 2"
        ),
        "events": rows(
            "select e.kind, e.reason, e.occurred_at, m.provider_message_id from public.events as e"
            " left join public.messages as m on m.id = e.message_id where e.team_id = %(team)s order by e.id"
        ),
        "holds": rows("select address, return_on from public.holds where team_id = %(team)s order by 1"),
        "suppressions": rows(
            "select address, reason, detail from public.suppressions where team_id = %(team)s order by 1"
        ),
    }


def test_a_page_ingested_at_once_does_exactly_what_ingesting_each_message_in_turn_does(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    one_by_one = make_team_with_mailbox(conn, address="alice@acme.test", settings={"time_zone": "Europe/Paris"})
    paged = make_team_with_mailbox(conn, address="bob@acme.test", settings={"time_zone": "Europe/Paris"})
    page = _page(one_by_one)
    with worker_connection(db_url) as worker:
        singles = [ingest(worker, one_by_one.mailbox_id, m) for m in page]
        batch = ingest_page(worker, paged.mailbox_id, _for(page, one_by_one, paged))

    # The page covered every case it was built for, one by one …
    statuses = [r["status"] for r in singles]
    assert statuses.count("duplicate") == 3  # t1 again, t1 under a second provider id, t3 again
    effects = {e for r in singles for e in r.get("effects", [])}
    assert {"tracked", "manual_followup", "held", "bounced", "opted_out", "replied"} <= effects
    # … and the page did exactly the same, result by result, row by row.
    expected = json.loads(json.dumps(_state(conn, one_by_one, singles), default=str).replace("alice@", "bob@"))
    assert json.loads(json.dumps(_state(conn, paged, batch), default=str)) == expected
    assert invariant_problems(conn) == []


def test_a_page_ingested_twice_changes_nothing_the_second_time(db_url: str, conn: psycopg.Connection[Any]) -> None:
    mailbox = make_team_with_mailbox(conn)
    page = _page(mailbox)
    with worker_connection(db_url) as worker:
        first = ingest_page(worker, mailbox.mailbox_id, page)
        before = _state(conn, mailbox, first)
        again = ingest_page(worker, mailbox.mailbox_id, page)
    assert [r["status"] for r in again] == ["duplicate"] * len(page)
    assert [r["message_id"] for r in again] == [r["message_id"] for r in first]
    after = _state(conn, mailbox, first)
    assert after == before


def test_a_malformed_message_of_a_page_is_refused_alone_and_the_others_are_recorded(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    mailbox = make_team_with_mailbox(conn)
    good = outbound(mailbox, "claire@client-one.example", sent_at=MONDAY)
    bad = dict(outbound(mailbox, "paul@client-two.example", sent_at=MONDAY), provider_message_id="")
    after = outbound(mailbox, "anne@client-four.example", sent_at=MONDAY + timedelta(minutes=1))
    with worker_connection(db_url) as worker:
        results = ingest_page(worker, mailbox.mailbox_id, [good, bad, after])
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="JSON array"):
            ingest_page(worker, mailbox.mailbox_id, good)
        assert ingest_page(worker, mailbox.mailbox_id, []) == []
    assert [r["status"] for r in results] == ["ingested", "refused", "ingested"]
    assert results[1]["sqlstate"] == "22023" and "provider_message_id" in results[1]["error"]
    assert conn.execute("select count(*) from public.tracked_emails").fetchone() == (2,)


def test_only_the_workers_may_ingest_a_page(conn: psycopg.Connection[Any]) -> None:
    for role, allowed in (("anon", False), ("authenticated", False), ("service_role", True)):
        row = conn.execute(
            "select has_function_privilege(%s, 'worker.ingest_messages(uuid, jsonb, timestamptz, jsonb)', 'execute')",
            (role,),
        ).fetchone()
        assert row == (allowed,), role


def test_a_page_stops_at_a_passing_error_and_its_replay_records_the_rest_in_order(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    """A lock timeout is the moment's fault, not the message's: the page stops at that message, what came
    before stays recorded, nothing after it is tried (a later reply must never be recorded before what it
    answers), and the same page played again records the rest."""
    mailbox = make_team_with_mailbox(conn)
    tracked = outbound(mailbox, "claire@client-one.example", subject="Proposition", sent_at=MONDAY)
    before = outbound(mailbox, "paul@client-two.example", subject="Devis", sent_at=MONDAY + timedelta(minutes=5))
    answer = inbound_reply(tracked, received_at=MONDAY + timedelta(hours=1))
    later = outbound(mailbox, "anne@client-four.example", subject="Offre", sent_at=MONDAY + timedelta(hours=2))
    page = [before, answer, later]
    with worker_connection(db_url) as worker, psycopg.connect(db_url) as holder:
        [first] = ingest_page(worker, mailbox.mailbox_id, [tracked])
        row = conn.execute("select id from public.tracked_emails where message_id = %s", (first["message_id"],))
        [tracked_id] = row.fetchone() or [None]
        # Another transaction holds the tracked email (as a sender's final claim does) past the worker's patience.
        holder.execute("select 1 from public.tracked_emails where id = %s for update", (tracked_id,))
        worker.execute("set lock_timeout = '200ms'")
        stopped = ingest_page(worker, mailbox.mailbox_id, page)
        assert [r["status"] for r in stopped] == ["ingested", "stopped"]
        assert stopped[1]["sqlstate"] == "55P03"
        recorded = conn.execute(
            "select subject from public.messages where mailbox_id = %s order by sent_at", (mailbox.mailbox_id,)
        ).fetchall()
        assert recorded == [("Proposition",), ("Devis",)]
        status = conn.execute("select status::text from public.tracked_emails where id = %s", (tracked_id,))
        assert status.fetchone() == ("active",)
        holder.rollback()
        replayed = ingest_page(worker, mailbox.mailbox_id, page)
    assert [r["status"] for r in replayed] == ["duplicate", "ingested", "ingested"]
    assert "replied" in replayed[1]["effects"]
    rows = conn.execute(
        "select subject, status::text from public.tracked_emails where mailbox_id = %s order by sent_at",
        (mailbox.mailbox_id,),
    ).fetchall()
    assert rows == [("Proposition", "replied"), ("Devis", "active"), ("Offre", "active")]
    assert invariant_problems(conn) == []


def test_a_worker_whose_login_role_may_only_become_service_role_ingests_its_pages_message_by_message(
    db_url: str, conn: psycopg.Connection[Any]
) -> None:
    """A committing procedure cannot run behind `set local role`, so a login role that can do nothing but become
    service_role (the pooler tests' role) cannot call `ingest_messages`: the worker's page goes one
    `ingest_message` per message instead, with the same results, refusals included."""
    mailbox = make_team_with_mailbox(conn)
    good = outbound(mailbox, "claire@client-one.example", sent_at=MONDAY)
    bad = dict(outbound(mailbox, "paul@client-two.example", sent_at=MONDAY), provider_message_id="")
    after = outbound(mailbox, "anne@client-four.example", sent_at=MONDAY + timedelta(minutes=1))
    user, password = f"relance_worker_{uuid.uuid4().hex[:12]}", uuid.uuid4().hex
    conn.execute(
        psycopg.sql.SQL("create role {} login noinherit password {} in role service_role").format(
            psycopg.sql.Identifier(user), psycopg.sql.Literal(password)
        )
    )
    try:
        parts = urlsplit(db_url)
        url = urlunsplit(parts._replace(netloc=f"{user}:{password}@{parts.hostname}:{parts.port}"))
        with db.connect(url) as worker:
            results = db.ingest_messages(worker, mailbox.mailbox_id, [good, bad, after])
            again = db.ingest_messages(worker, mailbox.mailbox_id, [good])
    finally:
        conn.execute(psycopg.sql.SQL("drop role {}").format(psycopg.sql.Identifier(user)))
    assert [r["status"] for r in results] == ["ingested", "refused", "ingested"]
    assert results[1]["sqlstate"] == "22023" and "provider_message_id" in results[1]["error"]
    assert [r["status"] for r in again] == ["duplicate"]
    assert conn.execute("select count(*) from public.tracked_emails").fetchone() == (2,)
