"""R9 and R13 under real concurrency: each actor (a worker, the ingest of a notification) has its own
connection, and the interleavings are forced with open transactions and lock waits seen in
pg_stat_activity, so each test proves one ordering every time it runs.

A worker sends like this (workers/relance): first claim (autocommit) -> record_followup_identity
(autocommit) -> one transaction: final claim with the token (locks the tracked email), provider send,
complete_followup(sent_at = the clock) -> commit. The ingest of an answer locks the same tracked email.
The clock is the real one here (no p_now) so `ingested_at` and `sent_at` compare as they do in production.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    ALWAYS_WORKING,
    Conn,
    Mailbox,
    Message,
    add_mailbox,
    claim,
    complete,
    engine_copy,
    inbound,
    inbound_reply,
    ingest,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    pending_followup,
    promise_violations,
    record_identity,
    run_scheduler,
    tracked_email,
    wait_until_waiting_on_lock,
    worker_connection,
)

PROSPECT = "bob@prospect.example"


class Actor:
    """Runs one call on its own connection in a thread; `result()` waits for it and re-raises."""

    def __init__(self, conn: Conn, call: Callable[[Conn], Any]) -> None:
        self.conn = conn
        self.pid = conn.info.backend_pid
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), daemon=True)
        self._thread.start()

    def _run(self, call: Callable[[Conn], Any]) -> None:
        try:
            self._value = call(self.conn)
        except BaseException as exc:  # handed to the test thread
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self, timeout: float = 60.0) -> Any:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the call never returned"
        if self._error is not None:
            raise self._error
        return self._value


@pytest.fixture
def engine(conn: Conn) -> Conn:
    return conn


@pytest.fixture
def connect(db_url: str) -> Iterator[Callable[[], Conn]]:
    opened: list[Conn] = []

    def open_worker() -> Conn:
        connection = worker_connection(db_url)
        opened.append(connection)
        return connection

    yield open_worker
    for connection in opened:
        connection.close()


@pytest.fixture
def mailbox(engine: Conn) -> Mailbox:
    return make_team_with_mailbox(engine, mailbox_settings=ALWAYS_WORKING)


def now() -> datetime:
    return datetime.now(UTC)


def track(conn: Conn, mailbox: Mailbox, to: str = PROSPECT) -> tuple[Message, uuid.UUID]:
    """A tracked email sent a week ago: its first follow-up is long due, whatever the day and hour now."""
    message = outbound(mailbox, to, sent_at=now() - timedelta(days=7))
    result = ingest(conn, mailbox.mailbox_id, message)
    assert result["effects"] == ["tracked"]
    tracked = tracked_email(conn, result["message_id"])
    assert tracked is not None
    return message, tracked["id"]


def queued_followup(conn: Conn, tracked_id: uuid.UUID) -> uuid.UUID:
    run_scheduler(conn)
    pending = pending_followup(conn, tracked_id)
    # On the queue: still scheduled, with the instant the tick queued it (the tick's change is a HOT update).
    assert pending is not None and (pending["status"], pending["queued_at"] is not None) == ("scheduled", True)
    return pending["id"]


def first_claim(conn: Conn, followup_id: uuid.UUID) -> str:
    context = claim(conn, followup_id)
    assert context["ok"], context
    token: str = context["claim_token"]
    assert record_identity(conn, followup_id, token, f"<{uuid.uuid4().hex}@acme.test>")
    return token


def status_of(conn: Conn, followup_id: uuid.UUID) -> str:
    row = conn.execute("select status from public.followups where id = %s", (followup_id,)).fetchone()
    assert row is not None
    return str(row[0])


# R13: a reply and a send ------------------------------------------------------------------------------


def test_r13_reply_ingested_during_the_sending_transaction_waits_and_the_view_stays_empty(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    worker = connect()
    token = first_claim(worker, followup_id)

    with worker.transaction():
        assert claim(worker, followup_id, token)["ok"]
        # The answer arrives while the provider send is under way: its ingest waits for the sending
        # transaction, so the engine learns of it after the follow-up left.
        reply = inbound_reply(original, received_at=now() - timedelta(minutes=1))
        ingesting = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, reply))
        wait_until_waiting_on_lock(engine, ingesting.pid)
        assert not ingesting.done()
        assert complete(worker, followup_id, token)

    assert ingesting.result()["effects"] == ["replied"]
    assert status_of(engine, followup_id) == "sent"
    tracked = tracked_email(engine, original_id(engine, mailbox, original))
    assert tracked is not None and tracked["status"] == "replied" and tracked["automatic_sent"] == 1
    assert pending_followup(engine, tracked_id) is None, "the follow-up planned after the send was cancelled"
    assert promise_violations(engine) == []


def original_id(conn: Conn, mailbox: Mailbox, message: Message) -> uuid.UUID:
    row = conn.execute(
        "select id from public.messages where mailbox_id = %s and provider_message_id = %s",
        (mailbox.mailbox_id, message["provider_message_id"]),
    ).fetchone()
    assert row is not None
    return row[0]


def test_r13_reply_committed_before_the_final_claim_makes_it_refuse(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    worker = connect()
    token = first_claim(worker, followup_id)

    assert ingest(connect(), mailbox.mailbox_id, inbound_reply(original, received_at=now()))["effects"] == ["replied"]

    with worker.transaction():
        refused = claim(worker, followup_id, token)
    assert refused == {"ok": False, "reason": "cancelled: replied"}
    assert status_of(engine, followup_id) == "cancelled"
    assert promise_violations(engine) == []


def test_r13_final_claim_waits_for_an_answer_being_ingested_then_refuses(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    answer = inbound_reply(original, received_at=now())
    final_claim_waits_for_the_answer_then_refuses(engine, connect, followup_id, mailbox.mailbox_id, answer)
    assert promise_violations(engine) == []


def final_claim_waits_for_the_answer_then_refuses(
    engine: Conn, connect: Callable[[], Conn], followup_id: uuid.UUID, answered_in: uuid.UUID, answer: Message
) -> None:
    """A worker holds the first claim; the answer is ingested (in `answered_in`) in a transaction kept open while the
    worker makes its final claim and would send: the claim waits for that commit, then refuses."""
    worker = connect()
    token = first_claim(worker, followup_id)
    ingester = connect()

    def final_claim_and_send(c: Conn) -> dict[str, Any]:
        with c.transaction():
            context = claim(c, followup_id, token)
            if context["ok"]:
                complete(c, followup_id, token)
            return context

    with ingester.transaction():
        assert ingest(ingester, answered_in, answer)["effects"] == ["replied"]
        sending = Actor(worker, final_claim_and_send)
        wait_until_waiting_on_lock(engine, sending.pid)
        assert not sending.done()

    assert sending.result() == {"ok": False, "reason": "cancelled: replied"}
    assert status_of(engine, followup_id) == "cancelled"


def test_r5_an_answer_to_a_colleagues_mailbox_being_ingested_holds_the_final_claim_then_it_refuses(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """The person writes to a colleague's mailbox of the team (R5, the team's setting) while this mailbox's worker
    makes its final claim: that ingest locks this tracked email too (lock order step 6), so the claim waits for its
    commit and refuses; no follow-up leaves after the team knew of the answer."""
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    colleague = add_mailbox(engine, mailbox.team_id, mailbox.owner_id, "max@acme.test", provider="gmail")
    to_colleague = inbound(colleague, PROSPECT, received_at=now(), subject="Autre chose")
    final_claim_waits_for_the_answer_then_refuses(engine, connect, followup_id, colleague.mailbox_id, to_colleague)
    tracked = tracked_email(engine, original_id(engine, mailbox, original))
    assert tracked is not None and tracked["status"] == "replied" and tracked["automatic_sent"] == 0


def test_r13_reply_between_first_claim_and_identity_loses_the_claim(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    worker = connect()
    context = claim(worker, followup_id)
    assert context["ok"]
    ingest(connect(), mailbox.mailbox_id, inbound_reply(original, received_at=now()))
    assert record_identity(worker, followup_id, context["claim_token"], "<x@acme.test>") is None
    with worker.transaction():
        assert not claim(worker, followup_id, context["claim_token"])["ok"]
    assert status_of(engine, followup_id) == "cancelled"


# R9: claims -------------------------------------------------------------------------------------------


def test_r9_two_workers_claiming_one_followup_at_once_exactly_one_wins(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    _, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    # Both workers reach the follow-up's row while a third transaction holds it: they queue up behind it
    # and run one after the other the moment it commits.
    holder = connect()
    with holder.transaction():
        holder.execute("select 1 from public.followups where id = %s for update", (followup_id,))
        workers = [Actor(connect(), lambda c: claim(c, followup_id)) for _ in range(2)]
        for w in workers:
            wait_until_waiting_on_lock(engine, w.pid)
    results = [w.result() for w in workers]
    assert sorted(r["ok"] for r in results) == [False, True]
    loser = next(r for r in results if not r["ok"])
    assert loser["reason"] == "not queued (status claimed)"
    row = engine.execute("select status, attempts from public.followups where id = %s", (followup_id,)).fetchone()
    assert row == ("claimed", 1)


def test_r9_many_workers_racing_for_many_followups_each_claimed_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    followups = []
    for i in range(6):
        _, tracked_id = track(engine, mailbox, to=f"prospect{i}@client{i}.example")
        followups.append(tracked_id)
    run_scheduler(engine)
    ids = [p["id"] for p in (pending_followup(engine, t) for t in followups) if p is not None]
    assert len(ids) == 6
    barrier = threading.Barrier(4)

    def claim_all(c: Conn) -> list[uuid.UUID]:
        barrier.wait()
        return [fid for fid in ids if claim(c, fid)["ok"]]

    workers = [Actor(connect(), claim_all) for _ in range(4)]
    won = [fid for w in workers for fid in w.result()]
    assert sorted(won) == sorted(ids), "every follow-up claimed by exactly one worker"


# Ingest: the same message twice at once ----------------------------------------------------------------


def race_two_ingests(
    engine: Conn, connect: Callable[[], Conn], mailbox: Mailbox, first: Message, second: Message
) -> list[dict[str, Any]]:
    """The first ingest is inside a transaction still open when the second one runs into its row."""
    holder = connect()
    with holder.transaction():
        results = [ingest(holder, mailbox.mailbox_id, first)]
        racing = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, second))
        wait_until_waiting_on_lock(engine, racing.pid)
    results.append(racing.result())
    return results


def test_same_reply_ingested_twice_at_once_is_recorded_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    reply = inbound_reply(original, received_at=now())
    results = race_two_ingests(engine, connect, mailbox, reply, Message(reply))
    assert [r["status"] for r in results] == ["ingested", "duplicate"]
    assert results[1]["message_id"] == results[0]["message_id"]
    assert (
        count(
            engine, "select count(*) from public.messages where provider_message_id = %s", reply["provider_message_id"]
        )
        == 1
    )
    assert (
        count(engine, "select count(*) from public.events where tracked_email_id = %s and kind = 'replied'", tracked_id)
        == 1
    )


def test_same_message_id_under_two_provider_ids_at_once_is_recorded_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, _ = track(engine, mailbox)
    reply = inbound_reply(original, received_at=now())
    again = Message(reply, provider_message_id="pm-delta-sync-" + uuid.uuid4().hex)
    results = race_two_ingests(engine, connect, mailbox, reply, again)
    assert [r["status"] for r in results] == ["ingested", "duplicate"]
    assert results[1]["message_id"] == results[0]["message_id"]
    assert (
        count(
            engine, "select count(*) from public.messages where internet_message_id = %s", reply["internet_message_id"]
        )
        == 1
    )
    # The second provider id is now known: a third delivery under it is a plain duplicate.
    third = ingest(engine, mailbox.mailbox_id, again)
    assert third == {"status": "duplicate", "message_id": results[0]["message_id"]}


def test_new_conversation_ingested_twice_at_once_leaves_no_empty_conversation(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    message = outbound(mailbox, PROSPECT, sent_at=now())
    results = race_two_ingests(engine, connect, mailbox, message, Message(message))
    assert [r["status"] for r in results] == ["ingested", "duplicate"]
    assert count(engine, "select count(*) from public.tracked_emails") == 1
    assert (
        count(
            engine,
            "select count(*) from public.conversations as c"
            " where not exists (select 1 from public.messages as m where m.conversation_id = c.id)",
        )
        == 0
    ), "the losing ingest left an empty conversation behind"


def test_r4_manual_followup_ingested_twice_at_once_counts_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    by_hand = manual_followup(mailbox, original, sent_at=now() - timedelta(days=1))
    results = race_two_ingests(engine, connect, mailbox, by_hand, Message(by_hand, provider_message_id="pm-other"))
    assert [r["status"] for r in results] == ["ingested", "duplicate"]
    tracked = tracked_email(engine, original_id(engine, mailbox, original))
    assert tracked is not None and tracked["manual_detected"] == 1
    assert count(engine, "select public.get_total_followup_count(%s)", tracked_id) == 1


def test_r4_manual_followup_during_a_send_counts_once_after_it(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    worker = connect()
    token = first_claim(worker, followup_id)
    by_hand = manual_followup(mailbox, original, sent_at=now())
    with worker.transaction():
        assert claim(worker, followup_id, token)["ok"]
        ingesting = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, by_hand))
        wait_until_waiting_on_lock(engine, ingesting.pid)
        assert complete(worker, followup_id, token)
    assert ingesting.result()["effects"] == ["manual_followup"]
    tracked = tracked_email(engine, original_id(engine, mailbox, original))
    assert tracked is not None
    assert (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 1)
    assert count(engine, "select public.get_total_followup_count(%s)", tracked_id) == 2
    seqs = engine.execute(
        "select seq from public.manual_followups where tracked_email_id = %s", (tracked_id,)
    ).fetchall()
    assert seqs == [(2,)], "the manual follow-up comes after automatic follow-up 1"
    pending = pending_followup(engine, tracked_id)
    assert pending is not None and pending["seq"] == 3


def test_r9_engine_copy_seen_in_sent_items_during_completion_counts_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    worker = connect()
    token = first_claim(worker, followup_id)
    with worker.transaction():
        assert claim(worker, followup_id, token)["ok"]
        sent_at = now()
        copy = engine_copy(mailbox, original, followup_id, sent_at=sent_at)
        seeing = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, copy))
        wait_until_waiting_on_lock(engine, seeing.pid)
        assert complete(worker, followup_id, token, sent_at=sent_at)
    assert seeing.result()["effects"] == ["engine_followup_seen"]
    tracked = tracked_email(engine, original_id(engine, mailbox, original))
    assert tracked is not None and (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 0)
    assert (
        count(engine, "select count(*) from public.events where followup_id = %s and kind = 'sent'", followup_id) == 1
    )


# Lock order: a claim and an answer never deadlock -------------------------------------------------------


def test_claim_and_opt_out_ingest_never_deadlock(engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]) -> None:
    """The person answers in another mailbox of the team and opts out in the first at once, while a worker
    claims. The opt-out waits for the person (lock order step 4) that the other mailbox's ingest holds, before it
    locks any tracked email, so the claim never waits behind it; the opt-out then cancels the claimed
    follow-up, and the worker's final claim refuses. Nothing deadlocks. The team counts only the thread as an
    answer (R5's setting off): with it on, or with an opt-out in the other mailbox (R8), that ingest would stop
    this tracked email too, holding its lock, and the claim would rightly wait for it, and then refuse."""
    engine.execute(
        "update public.team_settings set reply_from_any_conversation = false where team_id = %s", (mailbox.team_id,)
    )
    original, tracked_id = track(engine, mailbox)
    followup_id = queued_followup(engine, tracked_id)
    second = add_mailbox(engine, mailbox.team_id, mailbox.owner_id, "alice.second@acme.test", provider="gmail")
    other_original, _ = track(engine, second)

    other_inbox = connect()
    with other_inbox.transaction():
        ingest(other_inbox, second.mailbox_id, inbound_reply(other_original, received_at=now()))
        opting_out = Actor(
            connect(), lambda c: ingest(c, mailbox.mailbox_id, inbound_reply(original, received_at=now(), opt_out=True))
        )
        wait_until_waiting_on_lock(engine, opting_out.pid)
        claiming = Actor(connect(), lambda c: claim(c, followup_id))
        context = claiming.result()
        assert context["ok"] is True, "the claim does not wait behind an ingest that waits for a person"

    assert opting_out.result()["effects"] == ["opted_out"]
    assert status_of(engine, followup_id) == "cancelled"
    assert claim(connect(), followup_id, context["claim_token"])["ok"] is False


def relayed_and_fresh(engine: Conn, mailbox: Mailbox) -> tuple[uuid.UUID, Message, Message]:
    """Bob's tracked email; his assistant's relayed request to stop, answering it; the adviser's new email to Bob."""
    original, tracked_id = track(engine, mailbox)
    relayed = inbound_reply(original, "assistant@prospect.example", received_at=now(), opt_out=True)
    relayed["analysis"]["opt_out_relayed"] = True
    return tracked_id, relayed, outbound(mailbox, PROSPECT, sent_at=now(), subject="Nouvelle proposition")


def test_r8_a_relayed_request_and_a_new_email_to_the_person_at_once(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """An assistant asks, for Bob, not to be contacted again while the adviser's new email to Bob is being
    ingested. The relayed request takes Bob's person lock (step 4) with its author's, so it waits for the new
    email's ingest, which holds it; once that commits, the request suppresses Bob and stops the new email, left
    with no one to write to. Nothing deadlocks and nothing stays scheduled for Bob."""
    tracked_id, relayed, fresh = relayed_and_fresh(engine, mailbox)
    writing = connect()
    with writing.transaction():
        assert ingest(writing, mailbox.mailbox_id, fresh)["effects"] == ["tracked"]
        asking = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, relayed))
        wait_until_waiting_on_lock(engine, asking.pid)
    assert asking.result()["effects"] == ["opted_out", "opted_out"]
    statuses = engine.execute(
        "select t.status::text from public.tracked_emails as t where t.recipients @> array[%s] order by t.sent_at",
        (PROSPECT,),
    ).fetchall()
    assert statuses == [("opted_out",), ("opted_out",)]
    assert pending_followup(engine, tracked_id) is None
    suppressed = engine.execute("select address from public.suppressions order by address").fetchall()
    assert suppressed == [("assistant@prospect.example",), (PROSPECT,)]


def test_r8_a_new_email_to_the_person_waits_for_a_relayed_request_under_way(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """The other order: the relayed request is being ingested when the adviser's new email to Bob arrives. The new
    email waits for Bob's person lock, then reads him suppressed: it is not tracked."""
    _, relayed, fresh = relayed_and_fresh(engine, mailbox)
    asking = connect()
    with asking.transaction():
        assert ingest(asking, mailbox.mailbox_id, relayed)["effects"] == ["opted_out"]
        writing = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, fresh))
        wait_until_waiting_on_lock(engine, writing.pid)
    assert "tracked" not in writing.result()["effects"]
    assert count(engine, "select count(*) from public.tracked_emails where status = 'active'") == 0


def test_r8_a_new_email_to_the_person_waits_for_a_relayed_request_the_intent_reads(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """The relayed request was not read at ingest (its analysis saw none); the intelligence worker's reading (a sure
    LLM) records it while the adviser's new email to Bob is ingested. worker.record_intent takes Bob's person lock
    (step 4) with its author's before it suppresses him, so the new email waits, then reads him suppressed."""
    _, relayed, fresh = relayed_and_fresh(engine, mailbox)
    relayed["analysis"] = {"kind": "human"}
    reply = ingest(engine, mailbox.mailbox_id, relayed)
    assert count(engine, "select count(*) from public.suppressions") == 0
    reading = connect()
    with reading.transaction():
        recorded = reading.execute(
            "select worker.record_intent(%s, 'unsubscribe', 0.95, 'llm', p_now => %s, p_relayed => true)",
            (reply["message_id"], now()),
        ).fetchone()
        assert recorded is not None and "suppressed" in recorded[0]["effects"]
        writing = Actor(connect(), lambda c: ingest(c, mailbox.mailbox_id, fresh))
        wait_until_waiting_on_lock(engine, writing.pid)
    assert "tracked" not in writing.result()["effects"]
    assert count(engine, "select count(*) from public.tracked_emails where status = 'active'") == 0
    assert count(engine, "select count(*) from public.suppressions where address = %s", PROSPECT) == 1


def count(conn: Conn, query: str, *params: Any) -> int:
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return int(row[0])


def test_r9_the_daily_cap_holds_with_five_workers_claiming_at_once(engine: Conn, connect: Callable[[], Conn]) -> None:
    """Cap 2, five follow-ups due, five workers claiming at the same instant: two claims, two sends, and the
    others moved to the next working day. The cap counts what is claimed and in flight, under the mailbox's
    lock (lock order step 2), so no parallel claim slips past it."""
    capped = make_team_with_mailbox(engine, mailbox_settings={**ALWAYS_WORKING, "daily_send_cap": 2})
    followups = [queued_followup(engine, track(engine, capped, f"p{i}@prospect.example")[1]) for i in range(5)]
    workers = [connect() for _ in followups]
    barrier = threading.Barrier(len(workers))

    def claim_at_once(followup_id: uuid.UUID) -> Callable[[Conn], dict[str, Any]]:
        def call(c: Conn) -> dict[str, Any]:
            barrier.wait(timeout=30)
            return claim(c, followup_id)

        return call

    actors = [Actor(w, claim_at_once(f)) for w, f in zip(workers, followups, strict=True)]
    outcomes = [a.result() for a in actors]
    won = [(f, o) for f, o in zip(followups, outcomes, strict=True) if o["ok"]]
    assert len(won) == 2
    assert sorted(o["reason"] for o in outcomes if not o["ok"]) == ["daily cap reached"] * 3
    for followup_id, context in won:
        token = context["claim_token"]
        assert record_identity(engine, followup_id, token, f"<{uuid.uuid4().hex}@acme.test>")
        assert complete(engine, followup_id, token)
    assert count(engine, "select count(*) from public.followups where status = 'sent'") == 2


# Art. 17: an erasure and the intelligence worker's readings of the person's message ---------------------------------


def erasing_while(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn], call: Callable[[Conn, uuid.UUID], Any]
) -> Any:
    """Bob's reply is recorded; an operator erases Bob (PRIVACY.md, Art. 17) and, before the erasure commits, the
    intelligence worker's call on that reply starts: it waits for Bob's person lock (step 4), which the erasure holds,
    and returns once the erasure committed."""
    message, _ = track(engine, mailbox)
    reply = ingest(engine, mailbox.mailbox_id, inbound_reply(message, received_at=now()))
    erasing = connect()
    with erasing.transaction():
        erasing.execute(
            "select worker.erase_person_as_operator(%s, %s, 'ticket 7', %s)", (mailbox.team_id, PROSPECT, now())
        )
        reading = Actor(connect(), lambda c: call(c, reply["message_id"]))
        wait_until_waiting_on_lock(engine, reading.pid)
    return reading.result()


def naming(engine: Conn, table: str, column: str) -> int:
    return count(engine, f"select count(*) from {table} where {column} = %s", PROSPECT)


def test_art17_an_intent_read_during_an_erasure_names_the_person_no_more(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """worker.record_intent read the sender before waiting for their lock: once the erasure committed, it wrote the
    erased address back into message_intents and the timeline (found by bench/stress.py's erasure actor). It reads
    the message again under the lock, finds it erased, and records nothing."""

    def read_intent(c: Conn, message_id: uuid.UUID) -> dict[str, Any]:
        row = c.execute(
            "select worker.record_intent(%s, 'interested', 0.8, 'model', p_now => %s)", (message_id, now())
        ).fetchone()
        assert row is not None
        return dict(row[0])

    result = erasing_while(engine, mailbox, connect, read_intent)
    assert (result["recorded"], result["skipped"]) == (False, "erased")
    assert naming(engine, "public.message_intents", "address") == 0
    assert count(engine, "select count(*) from public.events where reason ilike %s", f"%{PROSPECT}%") == 0


def test_art17_a_signature_read_during_an_erasure_makes_no_contact(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """worker.record_signature likewise re-created the erased person's contact and its facts after the erasure. It
    reads the message again under the person's lock and records nothing."""

    def read_signature(c: Conn, message_id: uuid.UUID) -> dict[str, Any]:
        fields = [{"field": "name", "value": "Bob Martin", "confidence": 0.95, "source": "signature"}]
        row = c.execute(
            "select worker.record_signature(null, %s, %s, %s)",
            (message_id, json.dumps({"confidence": 0.95, "fields": fields}), now()),
        ).fetchone()
        assert row is not None
        return dict(row[0])

    result = erasing_while(engine, mailbox, connect, read_signature)
    assert (result["recorded"], result["skipped"]) == (0, "erased")
    assert naming(engine, "public.contacts", "address") == 0
    assert count(engine, "select count(*) from public.contact_facts where value ilike %s", "%Bob Martin%") == 0
    assert count(engine, "select count(*) from public.contacts where address like %s", "%@erased.invalid") == 0


def test_art17_a_model_answer_returning_during_an_erasure_is_not_cached(
    engine: Conn, mailbox: Mailbox, connect: Callable[[], Conn]
) -> None:
    """An LLM's reading of the person's signature returns while the erasure runs: worker.ai_cache_store waits for the
    person's lock, then finds them erased and caches nothing (the erasure had deleted the entries naming them)."""

    def store(c: Conn, _message_id: uuid.UUID) -> None:
        c.execute(
            "select worker.ai_cache_store(%s, 'signature', %s, 'openai/gpt-4o-mini', %s, 0.001, 90, %s, null, %s)",
            (mailbox.team_id, b"bob-signature", json.dumps({"name": "Bob Martin"}), now(), PROSPECT),
        )

    erasing_while(engine, mailbox, connect, store)
    assert count(engine, "select count(*) from private.ai_cache where subject_address = %s", PROSPECT) == 0
    assert count(engine, "select count(*) from private.ai_cache where result::text ilike %s", "%Bob Martin%") == 0


def answered_on_request(engine: Conn, db_url: str) -> tuple[Mailbox, uuid.UUID, Message, Callable[[Conn], Any]]:
    """Under the manual policy, the adviser's email to Bob (not tracked); Bob's request to stop answering it (not
    ingested yet); and the adviser's request, from the web app, to track the email (public.track_message under
    RLS, committed)."""
    box = make_team_with_mailbox(engine, mailbox_settings=ALWAYS_WORKING, settings={"tracking_policy": "manual"})
    original = outbound(box, PROSPECT, sent_at=now() - timedelta(hours=2))
    message_id = ingest(engine, box.mailbox_id, original)["message_id"]
    stop = inbound_reply(original, received_at=now() - timedelta(hours=1), opt_out=True)

    def track_it(c: Conn) -> Any:
        with acting_as(c, "authenticated", box.owner_id, commit=True):
            row = c.execute("select public.track_message(%s)", (message_id,)).fetchone()
        return row[0] if row else None

    return box, message_id, stop, track_it


def test_r8_tracking_on_request_waits_for_a_request_to_stop_under_way_then_ends_at_once(
    engine: Conn, db_url: str, connect: Callable[[], Conn]
) -> None:
    """Bob's request to stop is being ingested when the adviser asks to track the email it answers. The tracking
    takes Bob's person lock (step 4) before it reads his suppression and the mail after the email, so it waits,
    then finds his request: the email is tracked as opted out, nothing scheduled for an address that asked to
    stop."""
    box, message_id, stop, track_it = answered_on_request(engine, db_url)
    asking = connect()
    with asking.transaction():
        assert ingest(asking, box.mailbox_id, stop)["effects"] == ["suppressed"]
        user = psycopg.connect(db_url, autocommit=True)
        tracking = Actor(user, track_it)
        wait_until_waiting_on_lock(engine, tracking.pid)
    tracked_id = tracking.result()
    user.close()
    row = tracked_email(engine, message_id)
    assert row is not None and (row["id"], row["status"]) == (tracked_id, "opted_out")
    assert pending_followup(engine, tracked_id) is None


def test_r8_a_request_to_stop_waits_for_a_tracking_on_request_under_way_then_stops_it(
    engine: Conn, db_url: str, connect: Callable[[], Conn]
) -> None:
    """The other order: the adviser's tracking holds Bob's person lock when his request to stop comes in. The
    ingest waits for it, then finds the tracked email and stops it as opted out, its follow-up cancelled: no
    tracked email is left active for an address that asked to stop."""
    box, message_id, stop, _ = answered_on_request(engine, db_url)
    user = psycopg.connect(db_url, autocommit=True)
    try:
        with acting_as(user, "authenticated", box.owner_id, commit=True):
            tracked = user.execute("select public.track_message(%s)", (message_id,)).fetchone()
            assert tracked is not None
            tracked_id = tracked[0]
            asking = Actor(connect(), lambda c: ingest(c, box.mailbox_id, stop))
            wait_until_waiting_on_lock(engine, asking.pid)
    finally:
        user.close()
    assert asking.result()["effects"] == ["opted_out"]
    row = tracked_email(engine, message_id)
    assert row is not None and (row["id"], row["status"]) == (tracked_id, "opted_out")
    assert pending_followup(engine, tracked_id) is None
