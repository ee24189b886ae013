"""Blind acceptance scenarios for the follow-up engine under real concurrency, written from BEHAVIOUR.md alone.

The first blind set (test_behaviour_blind.py) tells single-connection stories; this one opens several real
connections (threads, each with its own psycopg connection, as workers and the pg_cron tick have) and makes their
transactions overlap: an answer ingested while a send's transaction is open, the same manual follow-up seen twice at
the same instant, N workers claiming one follow-up, reports and opt-outs racing a tick, a kill switch flipped under a
held claim, and seeded random interleavings of everything (R13: never a deadlock).

Where a test controls which transaction commits first, it holds the other one open on an Event and checks, with
pg_stat_activity, whether the engine made it wait; it asserts only what the rule text fixes for that order. Random
tests print their seed (`seed=…`); `RELANCE_CONCURRENCY_SEED=<n>` replays one. Every thread is joined with a
timeout and every worker connection has a statement timeout: a hang is a failure, never a stuck suite.

Two clocks are used. Tests about who wins a race use explicit instants (Cabinet Durand, Paris, French holidays,
07:00-18:00 Mon-Fri, 4 h, three follow-ups); tests whose outcome is judged by R13's view use the real clock on a
mailbox that always works (story.ALWAYS_WORKING, UTC), because the view compares real send and answer instants.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    ALWAYS_WORKING,
    Connections,
    Mailbox,
    Message,
    Story,
    ack,
    add_mailbox,
    add_member,
    answered_by,
    auto_reply,
    bounce,
    claim,
    complete,
    engine_copy,
    inbound,
    inbound_reply,
    ingest,
    invariant_problems,
    manual_followup,
    outbound,
    promise_violations,
    query_rows,
    read_queue,
    record_identity,
    run_scheduler,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE = "sophie.bernard@notaires-lyon.fr"
MARC = "marc@cabinet-durand.fr"

GUARD = 20.0  # seconds: a thread or a statement that takes longer is hung


# Harness -------------------------------------------------------------------------------------------------------


@pytest.fixture
def conns(conn: Any, db_url: str) -> Iterator[Connections]:
    pool = Connections(db_url, conn, GUARD)
    yield pool
    pool.close()


class Worker(threading.Thread):
    """A thread that runs `body` once and keeps its result or its exception."""

    def __init__(self, name: str, body: Callable[[], Any]) -> None:
        super().__init__(name=name, daemon=True)
        self.body = body
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.body()
        except BaseException as exc:
            self.error = exc


def start(name: str, body: Callable[[], Any]) -> Worker:
    thread = Worker(name, body)
    thread.start()
    return thread


def join_all(*threads: Worker, guard: float = GUARD) -> list[Any]:
    """Joins every thread within `guard` seconds (a hang fails the test) and re-raises the first error."""
    deadline = time.monotonic() + guard
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    hung = [t.name for t in threads if t.is_alive()]
    assert not hung, f"hung (still running after {guard} s): {hung}"
    for thread in threads:
        if thread.error is not None:
            raise AssertionError(f"thread {thread.name} failed: {thread.error!r}") from thread.error
    return [t.result for t in threads]


def run_together(bodies: list[Callable[[], Any]], guard: float = GUARD) -> list[Any]:
    """Runs the bodies on their own threads, released at the same instant by a barrier; returns their results."""
    barrier = threading.Barrier(len(bodies))

    def released(body: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            barrier.wait(guard)
            return body()

        return run

    threads = [start(f"racer-{i}", released(b)) for i, b in enumerate(bodies)]
    return join_all(*threads, guard=guard)


def waits_or_finishes(observer: Any, pid: int, thread: Worker, guard: float = 10.0) -> str:
    """'waiting' once backend `pid` waits on a lock, 'finished' once `thread` ended without waiting."""
    deadline = time.monotonic() + guard
    while time.monotonic() < deadline:
        row = observer.execute("select wait_event_type from pg_stat_activity where pid = %s", (pid,)).fetchone()
        if row is not None and row[0] == "Lock":
            return "waiting"
        if not thread.is_alive():
            return "finished"
        time.sleep(0.005)
    raise AssertionError(f"backend {pid} neither waited on a lock nor finished within {guard} s")


def wait_for_event_or_end(event: threading.Event, thread: Worker, guard: float = GUARD) -> None:
    deadline = time.monotonic() + guard
    while not event.is_set() and thread.is_alive():
        assert time.monotonic() < deadline, f"{thread.name}: neither signalled nor ended within {guard} s"
        time.sleep(0.002)


def seed_for(test: str) -> int:
    seed = int(os.environ.get("RELANCE_CONCURRENCY_SEED") or random.SystemRandom().randrange(1, 2**31))
    print(f"{test}: seed={seed} (replay with RELANCE_CONCURRENCY_SEED={seed})")
    return seed


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Scenario vocabulary on top of story.py ---------------------------------------------------------------------------


def live_story(conn: Any, **settings: Any) -> Story:
    """Claire's mailbox on the real clock: UTC, working around the clock (R2 never refuses), 4 h interval."""
    return Story(conn, time_zone="UTC", holiday_calendar=None, **ALWAYS_WORKING, **settings)


def track_live(conn: Any, mailbox: Mailbox, to: list[str], subject: str, *, hours_ago: float = 5.0) -> Message:
    """An email sent `hours_ago` on the real clock, ingested now: with a 4 h interval its follow-up is due."""
    sent = outbound(mailbox, to, sent_at=utcnow() - dt.timedelta(hours=hours_ago), subject=subject)
    result = ingest(conn, mailbox.mailbox_id, sent)
    assert "tracked" in result.get("effects", []), result
    return sent


def tracked_row(conn: Any, sent: Message) -> dict[str, Any]:
    rows = query_rows(
        conn,
        """select s.* from public.followup_activity_summary s
           join public.tracked_emails t on t.id = s.tracked_email_id
           join public.messages m on m.id = t.message_id
           where m.internet_message_id = %s""",
        sent.internet_message_id,
    )
    assert len(rows) == 1, f"{sent.internet_message_id} is tracked {len(rows)} times"
    return rows[0]


def followups_of(conn: Any, sent: Message) -> list[dict[str, Any]]:
    return query_rows(
        conn,
        "select * from public.followups where tracked_email_id = %s order by seq, created_at",
        tracked_row(conn, sent)["tracked_email_id"],
    )


def pending_of(conn: Any, sent: Message) -> dict[str, Any] | None:
    rows = [f for f in followups_of(conn, sent) if f["status"] in ("scheduled", "queued", "claimed", "sending")]
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def queued(conn: Any) -> dict[uuid.UUID, int]:
    """The queue read by a worker: follow-up id -> queue message id."""
    return {fid: msg for msg, fid in read_queue(conn)}


def followup_of(conn: Any, sent: Message, queue: dict[uuid.UUID, int]) -> uuid.UUID:
    tid = tracked_row(conn, sent)["tracked_email_id"]
    for fid in queue:
        row = conn.execute("select tracked_email_id from public.followups where id = %s", (fid,)).fetchone()
        if row and row[0] == tid:
            return fid
    raise AssertionError(f"no queued follow-up for {sent.subject!r}: {queue}")


def message_id_for(fid: uuid.UUID, mailbox: Mailbox) -> str:
    return f"<relance-{fid}@{mailbox.address.split('@', 1)[1]}>"


def final_claim_and_send(
    worker: Any,
    context: dict[str, Any],
    mailbox: Mailbox,
    now: Any = None,
    *,
    sent: threading.Event | None = None,
    hold: threading.Event | None = None,
) -> dict[str, Any]:
    """R9's sending transaction: the final claim (with the token) and, when it holds, the provider send stood in
    for and complete_followup (sent_at: the provider's send time, the database clock when `now` is None). With
    `sent`/`hold`, when the claim holds, signals once complete_followup ran and keeps the transaction open until
    `hold` is set."""
    fid, token = context["followup_id"], context["claim_token"]
    with worker.transaction():
        final = claim(worker, fid, token, now)
        if final["ok"]:
            complete(
                worker,
                fid,
                token,
                sent_at=now,
                now=now,
                provider_message_id=f"AAMk-relance-{fid}",
                internet_message_id=message_id_for(fid, mailbox),
            )
        if final["ok"] and sent is not None:
            sent.set()
        if final["ok"] and hold is not None:
            assert hold.wait(GUARD), "the test never released the sending transaction"
    return final


def send_protocol(worker: Any, fid: uuid.UUID, mailbox: Mailbox, now: Any = None) -> dict[str, Any]:
    """A worker's whole R9 protocol on one follow-up: first claim, identity stored, sending transaction. Returns the
    final claim (or the refused first claim)."""
    context = claim(worker, fid, None, now)
    if not context["ok"]:
        return context
    record_identity(worker, fid, context["claim_token"], message_id_for(fid, mailbox), now)
    return final_claim_and_send(worker, context, mailbox, now)


def echo_of(mailbox: Mailbox, context: dict[str, Any], sent_at: Any, provider_message_id: str | None = None) -> Message:
    """The engine's own follow-up as Sent Items shows it afterwards."""
    fid = context["followup_id"]
    return engine_copy(
        mailbox,
        answered_by(context),
        fid,
        sent_at=sent_at,
        provider_message_id=provider_message_id or f"AAMk-relance-{fid}",
        internet_message_id=message_id_for(fid, mailbox),
    )


def first_claim(worker: Any, fid: uuid.UUID, mailbox: Mailbox, now: Any = None) -> dict[str, Any]:
    context = claim(worker, fid, None, now)
    assert context["ok"], context
    record_identity(worker, fid, context["claim_token"], message_id_for(fid, mailbox), now)
    return context


def team_mailbox(story: Story, address: str = MARC) -> Mailbox:
    """A colleague of Claire with a mailbox of his own in the same team (team settings apply to it)."""
    owner = add_member(story.conn, story.team_id, address)
    return add_mailbox(story.conn, story.team_id, owner, address)


def as_admin(connection: Any, story: Story, query: str, *args: Any) -> Any:
    with acting_as(connection, "service_role", story.owner, commit=True):
        row = connection.execute(query, args).fetchone()
    return row[0] if row else None


def sends_to(conn: Any, address: str) -> list[dict[str, Any]]:
    """Follow-ups sent (or on their way) whose tracked email has `address` among its recipients."""
    return query_rows(
        conn,
        """select f.id, f.status, f.sent_at from public.followups f
           join public.tracked_emails t on t.id = f.tracked_email_id
           where f.status in ('sent', 'sending') and %s = any(t.recipients)""",
        address,
    )


def drain(worker: Any, mailbox_of: dict[uuid.UUID, Mailbox], now: Any) -> list[dict[str, Any]]:
    """A worker drains the queue at `now` (R9 protocol, no echo); the follow-ups it sent."""
    sent = []
    for msg_id, fid in read_queue(worker):
        row = worker.execute("select mailbox_id from public.followups where id = %s", (fid,)).fetchone()
        final = send_protocol(worker, fid, mailbox_of[row[0]], now)
        if final["ok"]:
            sent.append(final)
        ack(worker, msg_id)
    return sent


# R13 Promise: an answer and a send whose transactions overlap -------------------------------------------------------


def test_r13_answer_ingested_while_the_send_transaction_is_open_comes_after_it(conn: Any, conns: Connections) -> None:
    """R13: "No follow-up is ever sent after an answer was received in its conversation. A view lists any follow-up
    whose provider send time is later than an inbound answer in its conversation; it must stay empty, and a test
    proves it under concurrent ingest and sending." R5: the answer stops the tracked email (`replied`).
    The worker's sending transaction has passed its final claim and recorded the send; Paul's answer arrives on
    another connection before that transaction commits. The send happened first: it stays sent, the answer then
    stops the tracked email, and the view is empty (the send precedes the answer)."""
    story = live_story(conn)
    sent = track_live(conn, story.mailbox, [PAUL], "Votre bilan patrimonial")
    sender, listener = conns.worker(), conns.worker()
    assert run_scheduler(sender) == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox)
    recorded, release = threading.Event(), threading.Event()
    sending = start("send", lambda: final_claim_and_send(sender, context, story.mailbox, sent=recorded, hold=release))
    wait_for_event_or_end(recorded, sending)
    assert recorded.is_set(), f"the final claim was refused: {sending.result or sending.error}"
    answering = start("answer", lambda: ingest(listener, story.mailbox_id, inbound_reply(sent, received_at=utcnow())))
    how = waits_or_finishes(conn, listener.info.backend_pid, answering)
    print(f"answer ingest: {how}")
    release.set()
    final, _answer = join_all(sending, answering)
    assert final["ok"], final
    followup = next(f for f in followups_of(conn, sent) if f["id"] == fid)
    assert followup["status"] == "sent", (how, followup["status"])
    row = tracked_row(conn, sent)
    assert row["status"] == "replied", (how, row["status"])
    assert row["automatic_sent"] == 1
    assert promise_violations(conn) == [], how
    assert invariant_problems(conn) == []


def test_r13_answer_ingested_before_the_final_claim_stops_the_send(conn: Any, conns: Connections) -> None:
    """R13: "No follow-up is ever sent after an answer was received in its conversation ... a test proves it under
    concurrent ingest and sending". R9: the final claim refuses "when the tracked email is no longer active".
    Paul's answer is ingested in a transaction that is still open when the worker runs its final claim: the claim
    must wait for it (or refuse), and once the answer commits the follow-up is never sent, the view stays empty."""
    story = live_story(conn)
    sent = track_live(conn, story.mailbox, [PAUL], "Votre bilan patrimonial")
    sender, listener = conns.worker(), conns.worker()
    assert run_scheduler(sender) == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox)
    ingested, release = threading.Event(), threading.Event()

    def answer() -> dict[str, Any]:
        with listener.transaction():
            result = ingest(listener, story.mailbox_id, inbound_reply(sent, received_at=utcnow()))
            ingested.set()
            assert release.wait(GUARD)
        return result

    answering = start("answer", answer)
    assert ingested.wait(GUARD)
    sending = start("send", lambda: final_claim_and_send(sender, context, story.mailbox))
    how = waits_or_finishes(conn, sender.info.backend_pid, sending)
    print(f"final claim: {how}")
    release.set()
    _answer, final = join_all(answering, sending)
    assert not final["ok"], f"final claim granted after the answer was ingested ({how}): {final}"
    row = tracked_row(conn, sent)
    assert row["status"] == "replied"
    assert row["automatic_sent"] == 0
    assert "sent" not in [f["status"] for f in followups_of(conn, sent)]
    assert promise_violations(conn) == []
    assert invariant_problems(conn) == []


def test_r5_r13_answer_in_another_conversation_committed_under_a_held_claim_stops_the_send(
    conn: Any, conns: Connections
) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (a team setting, on by default): a prospect who writes back, whatever the subject, is never chased." R9:
    the final claim refuses "when the tracked email is no longer active". A worker holds the first claim and has
    stored the identity; Paul writes a new email (new conversation), ingested and committed on another connection;
    the worker's final claim then refuses."""
    story = live_story(conn)
    sent = track_live(conn, story.mailbox, [PAUL], "Votre bilan patrimonial")
    sender, listener = conns.worker(), conns.worker()
    assert run_scheduler(sender) == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox)
    ingest(listener, story.mailbox_id, inbound(story.mailbox, PAUL, received_at=utcnow(), subject="Question"))
    final = final_claim_and_send(sender, context, story.mailbox)
    assert not final["ok"], final
    assert tracked_row(conn, sent)["status"] == "replied"
    assert "sent" not in [f["status"] for f in followups_of(conn, sent)]
    assert invariant_problems(conn) == []


def test_r13_random_races_between_answers_and_sends_keep_one_consistent_winner(conn: Any, conns: Connections) -> None:
    """R13: "No follow-up is ever sent after an answer was received in its conversation ... it must stay empty, and a
    test proves it under concurrent ingest and sending." Eight tracked emails, each raced by a worker running the
    whole R9 protocol and a listener ingesting the recipient's answer, released together with seeded jitter. For each:
    the follow-up ends sent or cancelled, sent exactly when the worker's final claim was granted; the tracked email
    ends replied; the view stays empty; invariants hold."""
    rng = random.Random(seed_for("r13-random-races"))
    story = live_story(conn)
    emails = [track_live(conn, story.mailbox, [f"prospect{i}@client-{i}.fr"], f"Proposition {i}") for i in range(8)]
    sender, listener = conns.worker(), conns.worker()
    assert run_scheduler(sender) == len(emails)
    queue = queued(sender)
    for sent in emails:
        fid = followup_of(conn, sent, queue)
        jitter_send, jitter_answer = rng.uniform(0, 0.02), rng.uniform(0, 0.02)

        def send(fid: uuid.UUID = fid, pause: float = jitter_send) -> dict[str, Any]:
            time.sleep(pause)
            return send_protocol(sender, fid, story.mailbox)

        def answer(sent: Message = sent, pause: float = jitter_answer) -> dict[str, Any]:
            time.sleep(pause)
            return ingest(listener, story.mailbox_id, inbound_reply(sent, received_at=utcnow()))

        final, _result = run_together([send, answer])
        statuses = {f["id"]: f["status"] for f in followups_of(conn, sent)}
        assert statuses[fid] in ("sent", "cancelled"), (sent.subject, statuses, jitter_send, jitter_answer)
        assert (statuses[fid] == "sent") == bool(final["ok"]), (sent.subject, final, statuses)
        assert tracked_row(conn, sent)["status"] == "replied", sent.subject
    assert promise_violations(conn) == []
    assert invariant_problems(conn) == []


# R3 Count and R4 Manual follow-up under races -------------------------------------------------------------------------


def test_r3_last_allowed_followup_raced_by_a_manual_one_and_its_echo_never_exceeds_the_maximum(
    conn: Any, conns: Connections
) -> None:
    """R3: "`get_total_followup_count(tracked)` = automatic sent + manual detected. It never exceeds the maximum,
    whatever order the engine's own sends, their Sent Items echoes and manual follow-ups are seen in; reaching it
    completes the tracked email". R4: the engine's echo "is never counted as manual".
    Six tracked emails, each with two manual follow-ups already (maximum 3): the worker sends the last allowed
    automatic follow-up while Claire's third manual one is ingested on a second connection and the automatic one's
    Sent Items echo on a third (once the worker's final claim holds), in a seeded random order. Each ends completed
    with exactly 3: 1 automatic + 2 manual when the worker's final claim was granted, 3 manual otherwise."""
    rng = random.Random(seed_for("r3-manual-echo-races"))
    story = live_story(conn)
    emails = []
    for i in range(6):
        sent = track_live(conn, story.mailbox, [f"client{i}@famille-{i}.fr"], f"Succession {i}", hours_ago=7)
        for hours in (6.0, 5.0):
            manual = manual_followup(story.mailbox, sent, sent_at=utcnow() - dt.timedelta(hours=hours))
            ingest(conn, story.mailbox_id, manual)
        emails.append(sent)
    sender, writer, syncer = conns.worker(), conns.worker(), conns.worker()
    assert run_scheduler(sender) == len(emails)  # each due 5 h ago + 4 h = 1 h ago
    queue = queued(sender)
    for sent in emails:
        fid = followup_of(conn, sent, queue)
        granted = threading.Event()
        gave_up = threading.Event()
        shared: dict[str, Any] = {}
        pauses = [rng.uniform(0, 0.02) for _ in range(3)]
        echo_after_commit = rng.random() < 0.5

        def send(
            fid: uuid.UUID = fid,
            pause: float = pauses[0],
            granted: threading.Event = granted,
            gave_up: threading.Event = gave_up,
            after: bool = echo_after_commit,
            shared: dict[str, Any] = shared,
        ) -> dict[str, Any]:
            time.sleep(pause)
            context = claim(sender, fid, None, None)
            if not context["ok"]:
                gave_up.set()
                return context
            shared["context"] = context
            record_identity(sender, fid, context["claim_token"], message_id_for(fid, story.mailbox))
            final = final_claim_and_send(sender, context, story.mailbox, sent=None if after else granted)
            (granted if final["ok"] else gave_up).set()
            return final

        def write(sent: Message = sent, pause: float = pauses[1]) -> None:
            time.sleep(pause)
            ingest(writer, story.mailbox_id, manual_followup(story.mailbox, sent, sent_at=utcnow()))

        def sync(
            pause: float = pauses[2],
            granted: threading.Event = granted,
            gave_up: threading.Event = gave_up,
            shared: dict[str, Any] = shared,
        ) -> None:
            deadline = time.monotonic() + GUARD
            while not (granted.is_set() or gave_up.is_set()):
                assert time.monotonic() < deadline, "the sender never ended"
                time.sleep(0.001)
            if not granted.is_set():
                return
            time.sleep(pause)
            ingest(syncer, story.mailbox_id, echo_of(story.mailbox, shared["context"], utcnow()))

        final, _w, _s = run_together([send, write, sync])
        row = tracked_row(conn, sent)
        total = conn.execute("select public.get_total_followup_count(%s)", (row["tracked_email_id"],)).fetchone()[0]
        where = (sent.subject, final.get("ok"), final.get("reason"), pauses, echo_after_commit)
        assert total == 3, where
        assert row["total_followups"] == 3, where
        assert row["status"] == "completed", where
        expected = (1, 2) if final["ok"] else (0, 3)
        assert (row["automatic_sent"], row["manual_detected"]) == expected, where
        assert pending_of(conn, sent) is None, where
    assert invariant_problems(conn) == []


def test_r4_same_manual_followup_seen_twice_at_once_is_recorded_once(conn: Any, conns: Connections) -> None:
    """R4: "The same message seen twice (notification and delta sync, two provider ids for one `Message-ID`) is
    recorded once", and "the pending automatic follow-up is rescheduled to *its sent time + interval*". Five tracked
    emails; for each, Claire's manual follow-up reaches two workers at the same instant (notification under one
    provider id, delta sync under another). Sent Mon 09:00, manual at 10:00: recorded once, due 14:00."""
    story = Story(conn)
    at = story.at("Mon 2027-11-22 10:00")
    emails = [story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Donation {i}") for i in range(5)]
    notifier, syncer = conns.worker(), conns.worker()
    for sent in emails:
        manual = manual_followup(story.mailbox, sent, sent_at=at)
        delta = Message({**manual, "provider_message_id": "AAMk-delta-" + uuid.uuid4().hex})
        run_together(
            [
                partial(ingest, notifier, story.mailbox_id, manual, at),
                partial(ingest, syncer, story.mailbox_id, delta, at),
            ]
        )
        row = story.tracked(sent)
        rows = query_rows(
            conn, "select seq from public.manual_followups where tracked_email_id = %s", row["tracked_email_id"]
        )
        assert [r["seq"] for r in rows] == [1], (sent.subject, rows)
        assert (row["manual_detected"], row["total_followups"]) == (1, 1), sent.subject
        assert story.due(sent) == "Mon 2027-11-22 14:00", sent.subject
    assert invariant_problems(conn) == []


def test_r4_same_notification_delivered_twice_at_once_is_recorded_once(conn: Any, conns: Connections) -> None:
    """R4: "The same message seen twice ... is recorded once" (DESIGN: "Ingest is idempotent: the same message
    delivered twice ... changes nothing the second time"). Graph delivers the very same notification to three
    workers at once (same provider id, same Message-ID)."""
    story = Story(conn)
    at = story.at("Mon 2027-11-22 11:30")
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    manual = manual_followup(story.mailbox, sent, sent_at=at)
    workers = [conns.worker() for _ in range(3)]
    results = run_together([partial(ingest, w, story.mailbox_id, manual, at) for w in workers])
    assert sum(1 for r in results if r["status"] == "ingested") == 1, results
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    # 11:30 + 4 h = 15:30.
    assert story.due(sent) == "Mon 2027-11-22 15:30"
    assert invariant_problems(conn) == []


def test_r4_two_different_manual_followups_at_once_take_the_next_sequence_numbers(
    conn: Any, conns: Connections
) -> None:
    """R4: a manual follow-up "is recorded in `manual_followups` with the next sequence number, it counts toward the
    maximum, and the pending automatic follow-up is rescheduled to *its sent time + interval*". Claire sent two
    reminders (10:00 from her laptop, 10:30 from her phone) and two workers ingest them at the same instant: both
    recorded, numbered 1 and 2, and the automatic follow-up is due after the later one: 10:30 + 4 h = 14:30."""
    story = Story(conn)
    emails = [story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Votre PER {i}") for i in range(4)]
    laptop, phone = conns.worker(), conns.worker()
    for sent in emails:
        first = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:00"))
        second = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:30"))
        seen = story.at("Mon 2027-11-22 10:31")
        run_together(
            [
                partial(ingest, laptop, story.mailbox_id, first, seen),
                partial(ingest, phone, story.mailbox_id, second, seen),
            ]
        )
        row = story.tracked(sent)
        seqs = query_rows(
            conn,
            "select seq from public.manual_followups where tracked_email_id = %s order by seq",
            row["tracked_email_id"],
        )
        assert [r["seq"] for r in seqs] == [1, 2], (sent.subject, seqs)
        assert (row["manual_detected"], row["total_followups"]) == (2, 2), sent.subject
        assert story.due(sent) == "Mon 2027-11-22 14:30", sent.subject
    assert invariant_problems(conn) == []


def test_r4_r9_echo_seen_twice_at_once_while_the_send_commits_is_never_manual(conn: Any, conns: Connections) -> None:
    """R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual." R9: "Identity
    (follow-up id in an `X-Relance-Followup-Id` header, draft ids, `Message-ID`) is stored before sending." The
    provider accepted the follow-up; its echo reaches two workers (notification and delta sync, two provider ids)
    while the sending transaction has not committed yet. 1 automatic, 0 manual; next due 13:00 + 4 h = 17:00."""
    story = Story(conn)
    now = story.at("Mon 2027-11-22 13:00")
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    sender, notifier, syncer = conns.worker(), conns.worker(), conns.worker()
    assert story.tick("Mon 2027-11-22 13:00") == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox, now)
    recorded, release = threading.Event(), threading.Event()
    sending = start(
        "send", lambda: final_claim_and_send(sender, context, story.mailbox, now, sent=recorded, hold=release)
    )
    wait_for_event_or_end(recorded, sending)
    assert recorded.is_set(), f"the final claim was refused: {sending.result or sending.error}"
    echo = echo_of(story.mailbox, context, now)
    delta = echo_of(story.mailbox, context, now, provider_message_id="AAMk-delta-" + uuid.uuid4().hex)
    seen = story.at("Mon 2027-11-22 13:01")
    notified = start("notification", lambda: ingest(notifier, story.mailbox_id, echo, seen))
    synced = start("delta", lambda: ingest(syncer, story.mailbox_id, delta, seen))
    time.sleep(0.2)
    release.set()
    final, _n, _d = join_all(sending, notified, synced)
    assert final["ok"], final
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (1, 0, 1)
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    assert invariant_problems(conn) == []


# R9 Sending: parallel workers ----------------------------------------------------------------------------------------


def test_r9_many_workers_claiming_one_followup_at_once_exactly_one_wins(conn: Any, conns: Connections) -> None:
    """R9: "A worker claims one atomically"; "A follow-up is sent at most once, even when ... two workers race".
    Four follow-ups due Mon 13:00; for each, six workers claim it at the same instant: exactly one claim holds; the
    winner sends, and a later claim by anyone is refused."""
    story = Story(conn)
    now = story.at("Mon 2027-11-22 13:00")
    emails = [story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Assurance-vie {i}") for i in range(4)]
    workers = [conns.worker() for _ in range(6)]
    assert story.tick("Mon 2027-11-22 13:00") == 4
    queue = queued(workers[0])
    for sent in emails:
        fid = followup_of(conn, sent, queue)
        contexts = run_together([partial(claim, w, fid, None, now) for w in workers])
        winners = [(w, c) for w, c in zip(workers, contexts, strict=True) if c["ok"]]
        assert len(winners) == 1, (sent.subject, contexts)
        worker, context = winners[0]
        record_identity(worker, fid, context["claim_token"], message_id_for(fid, story.mailbox), now)
        assert final_claim_and_send(worker, context, story.mailbox, now)["ok"]
        assert not claim(workers[-1], fid, None, story.at("Mon 2027-11-22 13:05"))["ok"]
        row = story.tracked(sent)
        assert row["automatic_sent"] == 1, sent.subject
        assert [f["status"] for f in followups_of(conn, sent)].count("sent") == 1, sent.subject
    assert invariant_problems(conn) == []


def test_r9_workers_racing_the_whole_protocol_send_each_followup_once(conn: Any, conns: Connections) -> None:
    """R9: "A follow-up is sent at most once, even when a worker crashes mid-send or two workers race". A queue
    message comes back to a second worker while the first still works on it (visibility expired): three workers run
    the whole protocol (claim, identity, final claim and send) on the same five follow-ups at once."""
    story = Story(conn)
    now = story.at("Mon 2027-11-22 13:00")
    emails = [story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Retraite {i}") for i in range(5)]
    workers = [conns.worker() for _ in range(3)]
    assert story.tick("Mon 2027-11-22 13:00") == 5
    fids = list(queued(workers[0]))

    def everything(worker: Any) -> list[dict[str, Any]]:
        return [send_protocol(worker, fid, story.mailbox, now) for fid in fids]

    outcomes = run_together([partial(everything, w) for w in workers])
    for i, fid in enumerate(fids):
        granted = [o[i] for o in outcomes if o[i]["ok"]]
        assert len(granted) == 1, (fid, [o[i] for o in outcomes])
    for sent in emails:
        assert story.tracked(sent)["automatic_sent"] == 1, sent.subject
        assert [f["status"] for f in followups_of(conn, sent)].count("sent") == 1, sent.subject
    assert invariant_problems(conn) == []


def test_r9_daily_cap_with_parallel_claimers_is_never_exceeded(conn: Any, conns: Connections) -> None:
    """R9: the claim refuses when "the mailbox is ... over its daily cap (the cap counts follow-ups claimed and in
    flight as well as sent, so any number of parallel workers stays under it)". Cap 3, eight follow-ups due at
    13:00, eight workers each claim one at the same instant: exactly three claims hold (a claim is refused only
    over the cap). The three are sent; at 15:00 the same day, every remaining claim is still refused."""
    story = Story(conn, daily_send_cap=3)
    now = story.at("Mon 2027-11-22 13:00")
    for i in range(8):
        story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Bilan {i}")
    workers = [conns.worker() for _ in range(8)]
    assert story.tick("Mon 2027-11-22 13:00") == 8
    fids = list(queued(workers[0]))
    contexts = run_together([partial(claim, w, f, None, now) for w, f in zip(workers, fids, strict=True)])
    winners = [(w, c) for w, c in zip(workers, contexts, strict=True) if c["ok"]]
    assert len(winners) == 3, contexts
    for worker, context in winners:
        record_identity(
            worker,
            context["followup_id"],
            context["claim_token"],
            message_id_for(context["followup_id"], story.mailbox),
            now,
        )
        assert final_claim_and_send(worker, context, story.mailbox, now)["ok"]
    later = story.at("Mon 2027-11-22 15:00")
    losers = [f for f, c in zip(fids, contexts, strict=True) if not c["ok"]]
    again = run_together([partial(claim, w, f, None, later) for w, f in zip(workers, losers, strict=False)])
    assert not any(c["ok"] for c in again), again
    sent_today = conn.execute(
        "select count(*) from public.followups where mailbox_id = %s and status = 'sent'", (story.mailbox_id,)
    ).fetchone()[0]
    assert sent_today == 3


def test_r9_daily_cap_per_mailbox_with_parallel_draining_workers(conn: Any, conns: Connections) -> None:
    """R9: "any number of parallel workers stays under" each mailbox's daily cap ("sends per mailbox per day", a team
    default overridable per mailbox). Claire (cap 2) and Marc (cap 2) each have six follow-ups due at 13:00; four
    workers drain the queue at once, each reading two messages at a time: each mailbox sends exactly 2 that day."""
    story = Story(conn, daily_send_cap=2)
    marc = team_mailbox(story)
    now = story.at("Mon 2027-11-22 13:00")
    for i in range(6):
        story.send("Mon 2027-11-22 09:00", [f"client{i}@famille-{i}.fr"], f"Claire {i}")
        mail = outbound(
            marc, [f"lead{i}@societe-{i}.fr"], sent_at=story.at("Mon 2027-11-22 09:00"), subject=f"Marc {i}"
        )
        ingest(conn, marc.mailbox_id, mail, story.at("Mon 2027-11-22 09:00"))
    assert story.tick("Mon 2027-11-22 13:00") == 12
    mailbox_of = {story.mailbox_id: story.mailbox, marc.mailbox_id: marc}
    workers = [conns.worker() for _ in range(4)]

    def work(worker: Any) -> int:
        count = 0
        while True:
            rows = read_queue(worker, qty=2)
            if not rows:
                return count
            for msg_id, fid in rows:
                mailbox_id = worker.execute("select mailbox_id from public.followups where id = %s", (fid,)).fetchone()
                if send_protocol(worker, fid, mailbox_of[mailbox_id[0]], now)["ok"]:
                    count += 1
                ack(worker, msg_id)

    run_together([partial(work, w) for w in workers])
    for mailbox in (story.mailbox, marc):
        n = conn.execute(
            "select count(*) from public.followups where mailbox_id = %s and status = 'sent'", (mailbox.mailbox_id,)
        ).fetchone()[0]
        assert n == 2, (mailbox.address, n)
    assert invariant_problems(conn) == []


# R7 Bounce: reports that add up concurrently ------------------------------------------------------------------------


def test_r7_two_bounce_reports_ingested_at_once_stop_the_tracked_email(conn: Any, conns: Connections) -> None:
    """R7: "Reports add up: when the reports received so far fail every recipient permanently, it stops at that
    ingest, not at the next claim" (status `bounced`; "the address is marked undeliverable for the team"). Five
    emails each to two people; each recipient's server reports a permanent failure, and the two reports are ingested
    by two workers at the same instant: once both are in, each email is bounced with nothing pending, both addresses
    are marked, and no tick sends anything."""
    story = Story(conn)
    at = story.at("Mon 2027-11-22 09:30")
    pairs = [(f"a{i}@alpha-{i}.fr", f"b{i}@beta-{i}.fr") for i in range(5)]
    emails = [story.send("Mon 2027-11-22 09:00", list(pair), f"Réunion {i}") for i, pair in enumerate(pairs)]
    one, two = conns.worker(), conns.worker()
    for sent, (a, b) in zip(emails, pairs, strict=True):
        first = bounce(sent, received_at=at, recipients=[a])
        second = bounce(sent, received_at=at, recipients=[b], daemon=f"postmaster@{b.split('@')[1]}")
        run_together(
            [
                partial(ingest, one, story.mailbox_id, first, at),
                partial(ingest, two, story.mailbox_id, second, at),
            ]
        )
        assert story.tracked(sent)["status"] == "bounced", sent.subject
        assert story.pending(sent) is None, sent.subject
    marked = {
        r[0] for r in conn.execute("select address from public.suppressions where team_id = %s", (story.team_id,))
    }
    assert {a for pair in pairs for a in pair} <= marked
    story.tick("Mon 2027-11-22 13:00")
    assert [o for o in story.work("Mon 2027-11-22 13:00") if o.get("ok")] == []
    assert invariant_problems(conn) == []


# R6 / R8 across the mailboxes of one team, racing a tick -------------------------------------------------------------


def test_r8_opt_out_racing_a_tick_reaches_every_mailbox_of_the_team(conn: Any, conns: Connections) -> None:
    """R8: an opt-out "stops it (status `opted_out`) and puts the address on the team's suppression list. Nothing
    is ever sent to a suppressed address, and nothing is scheduled for it". Claire and her colleague Marc both wrote
    to Paul on Mon 09:00 (due 13:00). At 13:00 Paul's "ne plus me contacter" (in Claire's conversation) is ingested
    while pg_cron's tick runs on another connection; then workers drain the queue: nothing reaches Paul from either
    mailbox that day or later, and nothing stays scheduled for him."""
    story = Story(conn, reply_from_any_conversation=False)
    marc = team_mailbox(story)
    claire_mail = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre assurance-vie")
    marc_mail = outbound(marc, [PAUL], sent_at=story.at("Mon 2027-11-22 09:00"), subject="Votre PER")
    ingest(conn, marc.mailbox_id, marc_mail, story.at("Mon 2027-11-22 09:00"))
    ticker, listener = conns.worker(), conns.worker()
    at = story.at("Mon 2027-11-22 13:00")
    opt_out = inbound_reply(claire_mail, received_at=at, body_text="Merci de ne plus me contacter.", opt_out=True)
    run_together([lambda: run_scheduler(ticker, at), lambda: ingest(listener, story.mailbox_id, opt_out, at)])
    mailbox_of = {story.mailbox_id: story.mailbox, marc.mailbox_id: marc}
    for when in ("Mon 2027-11-22 13:01", "Mon 2027-11-22 17:00", "Tue 2027-11-23 13:00", "Wed 2027-11-24 13:00"):
        run_scheduler(ticker, story.at(when))
        drain(ticker, mailbox_of, story.at(when))
    assert sends_to(conn, PAUL) == []
    assert tracked_row(conn, claire_mail)["status"] == "opted_out"
    assert pending_of(conn, marc_mail) is None
    assert PAUL in {
        r[0] for r in conn.execute("select address from public.suppressions where team_id = %s", (story.team_id,))
    }
    assert invariant_problems(conn) == []


def test_r8_r9_opt_out_committing_under_a_colleagues_held_claim_stops_his_send(conn: Any, conns: Connections) -> None:
    """R8: "Nothing is ever sent to a suppressed address"; R9: the claim refuses when "the address is suppressed"
    (the final claim runs "inside the sending transaction"). Marc's worker holds the first claim on his follow-up
    to Paul; Paul's opt-out, in Claire's conversation, is ingested in a transaction still open when Marc's worker
    runs its final claim: the claim waits for it or refuses; once the opt-out commits, nothing reaches Paul."""
    story = Story(conn, reply_from_any_conversation=False)
    marc = team_mailbox(story)
    claire_mail = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre assurance-vie")
    marc_mail = outbound(marc, [PAUL], sent_at=story.at("Mon 2027-11-22 09:00"), subject="Votre PER")
    ingest(conn, marc.mailbox_id, marc_mail, story.at("Mon 2027-11-22 09:00"))
    now = story.at("Mon 2027-11-22 13:00")
    sender, listener = conns.worker(), conns.worker()
    assert run_scheduler(sender, now) == 2
    fid = followup_of(conn, marc_mail, queued(sender))
    context = first_claim(sender, fid, marc, now)
    ingested, release = threading.Event(), threading.Event()
    opt_out = inbound_reply(claire_mail, received_at=now, body_text="Stop, merci.", opt_out=True)

    def answer() -> None:
        with listener.transaction():
            ingest(listener, story.mailbox_id, opt_out, now)
            ingested.set()
            assert release.wait(GUARD)

    answering = start("opt-out", answer)
    assert ingested.wait(GUARD)
    sending = start("send", lambda: final_claim_and_send(sender, context, marc, now))
    how = waits_or_finishes(conn, sender.info.backend_pid, sending)
    print(f"final claim: {how}")
    release.set()
    _a, final = join_all(answering, sending)
    assert not final["ok"], f"Marc's follow-up to a suppressed Paul was sent ({how}): {final}"
    assert sends_to(conn, PAUL) == []
    assert invariant_problems(conn) == []


def test_r6_out_of_office_racing_a_tick_holds_every_mailbox_of_the_team(conn: Any, conns: Connections) -> None:
    """R6: "When it names a return date within 90 days, the next follow-up is held until the first working hour of
    the next working day after that date ... The hold belongs to the person (the address), so every tracked email to
    that address waits." R9: the claim refuses when "the address is ... held". Claire and Marc both wrote to Paul on
    Mon 22 Nov 09:00 (due 13:00); at 13:00 Paul's out-of-office (back Fri 26 Nov) is ingested in Claire's mailbox
    while the tick runs: nothing reaches Paul that week, and both follow-ups wait at least until Mon 29 Nov 07:00."""
    story = Story(conn)
    marc = team_mailbox(story)
    claire_mail = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre assurance-vie")
    marc_mail = outbound(marc, [PAUL], sent_at=story.at("Mon 2027-11-22 09:00"), subject="Votre PER")
    ingest(conn, marc.mailbox_id, marc_mail, story.at("Mon 2027-11-22 09:00"))
    ticker, listener = conns.worker(), conns.worker()
    at = story.at("Mon 2027-11-22 13:00")
    away = auto_reply(claire_mail, received_at=at, until="2027-11-26")
    run_together([lambda: run_scheduler(ticker, at), lambda: ingest(listener, story.mailbox_id, away, at)])
    mailbox_of = {story.mailbox_id: story.mailbox, marc.mailbox_id: marc}
    for when in ("Mon 2027-11-22 13:01", "Tue 2027-11-23 13:00", "Thu 2027-11-25 13:00", "Fri 2027-11-26 17:00"):
        run_scheduler(ticker, story.at(when))
        drain(ticker, mailbox_of, story.at(when))
    assert sends_to(conn, PAUL) == []
    for sent in (claire_mail, marc_mail):
        assert tracked_row(conn, sent)["status"] == "active", sent.subject
        pending = pending_of(conn, sent)
        assert pending is not None, sent.subject
        assert pending["due_at"] >= story.at("Mon 2027-11-29 07:00"), (sent.subject, pending["due_at"])
    assert invariant_problems(conn) == []


# R11 Pause: the kill switch under a held claim ------------------------------------------------------------------------


def test_r11_kill_switch_flipped_while_a_worker_holds_a_claim_stops_the_send(conn: Any, conns: Connections) -> None:
    """R11: "a whole team (kill switch) can be paused and resumed. Resuming never sends a backlog burst: overdue
    follow-ups are rescheduled from the resume time." R9: the claim refuses when "the mailbox is paused" (the final
    one too). A worker holds the first claim on Claire's follow-up (13:00); an admin flips the kill switch on
    another connection at 13:00; the worker's final claim is refused and nothing is sent; resumed Wed 10:00, the
    follow-up is due no earlier than then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    now = story.at("Mon 2027-11-22 13:00")
    sender, admin = conns.worker(), conns.user()
    assert story.tick("Mon 2027-11-22 13:00") == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox, now)
    assert as_admin(admin, story, "select public.pause_team(%s, %s, %s)", story.team_id, "incident", now)
    final = final_claim_and_send(sender, context, story.mailbox, story.at("Mon 2027-11-22 13:01"))
    assert not final["ok"], final
    story.tick("Tue 2027-11-23 13:00")
    assert drain(sender, {story.mailbox_id: story.mailbox}, story.at("Tue 2027-11-23 13:00")) == []
    assert as_admin(admin, story, "select public.resume_team(%s, %s)", story.team_id, story.at("Wed 2027-11-24 10:00"))
    assert story.tracked(sent)["automatic_sent"] == 0
    pending = story.pending(sent)
    assert pending is not None
    assert pending["due_at"] >= story.at("Wed 2027-11-24 10:00")
    assert invariant_problems(conn) == []


def test_r11_kill_switch_committing_during_the_final_claim_wins_if_the_claim_waited(
    conn: Any, conns: Connections
) -> None:
    """R11: the kill switch: "nothing is sent for the whole team" (pause_team's comment) from the moment it is on.
    The admin's pause_team is in a transaction still open when the worker runs its final claim. If the engine makes
    the claim wait for it, the claim must then see the switch and refuse; if the claim went first (it committed
    before the switch), it may send. Either way, once the switch is on nothing else goes out."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    other = story.send("Mon 2027-11-22 09:00", [JEANNE], "Votre succession")
    now = story.at("Mon 2027-11-22 13:00")
    sender, admin = conns.worker(), conns.user()
    assert story.tick("Mon 2027-11-22 13:00") == 2
    queue = queued(sender)
    fid = followup_of(conn, sent, queue)
    context = first_claim(sender, fid, story.mailbox, now)
    paused, release = threading.Event(), threading.Event()

    def flip() -> None:
        with acting_as(admin, "service_role", story.owner, commit=True):
            admin.execute("select public.pause_team(%s, %s, %s)", (story.team_id, "incident", now))
            paused.set()
            assert release.wait(GUARD)

    switching = start("kill-switch", flip)
    assert paused.wait(GUARD)
    sending = start("send", lambda: final_claim_and_send(sender, context, story.mailbox, now))
    how = waits_or_finishes(conn, sender.info.backend_pid, sending)
    print(f"final claim: {how}")
    release.set()
    _s, final = join_all(switching, sending)
    if how == "waiting":
        assert not final["ok"], f"the final claim waited for the kill switch, then sent anyway: {final}"
    other_fid = followup_of(conn, other, queue)
    assert not claim(sender, other_fid, None, story.at("Mon 2027-11-22 13:02"))["ok"]
    assert story.tracked(other)["automatic_sent"] == 0
    assert invariant_problems(conn) == []


# R2 Schedule: a setting changed under a held claim ----------------------------------------------------------------


def test_r2_working_hours_changed_under_a_held_claim_make_the_final_claim_refuse(conn: Any, conns: Connections) -> None:
    """R2: "A change of ... working hours ... re-plans every pending follow-up it affects, at once, and a claim
    refuses an instant outside working time: nobody is ever written to at 03:00 their time because a setting changed
    after scheduling." A worker holds the first claim at 13:00; on another connection Claire moves her mailbox to
    mornings only (08:00-12:00); the worker's final claim at 13:00 is refused and nothing is sent at 13:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    now = story.at("Mon 2027-11-22 13:00")
    sender, user = conns.worker(), conns.user()
    assert story.tick("Mon 2027-11-22 13:00") == 1
    fid = followup_of(conn, sent, queued(sender))
    context = first_claim(sender, fid, story.mailbox, now)
    with acting_as(user, "authenticated", story.owner, commit=True):
        user.execute(
            "select id from public.set_mailbox_settings(%s, %s::jsonb)",
            (story.mailbox_id, '{"working_hours_start": "08:00", "working_hours_end": "12:00"}'),
        )
    # A follow-up a worker holds mid-send is not "pending" in R2's sense (adjudicated: the text leaves it open; the
    # worker's final claim is the guard), so what is asserted is the outcome of that claim. After the refused final
    # claim the plan is sent time + 4 working hours in the new hours: 3 h on Monday (09-12), 1 h on Tuesday from
    # 08:00.
    final = final_claim_and_send(sender, context, story.mailbox, now)
    assert not final["ok"], final
    assert story.tracked(sent)["automatic_sent"] == 0
    assert story.due(sent) == "Tue 2027-11-23 09:00"
    assert invariant_problems(conn) == []


# R13 No deadlock: seeded random interleavings on four connections -------------------------------------------------


@pytest.mark.parametrize("round_", [1, 2])
def test_r13_random_interleavings_never_deadlock_and_keep_every_promise(
    conn: Any, conns: Connections, round_: int
) -> None:
    """R13: "No interleaving of ingest, scheduler ticks, claims and sends ever deadlocks: every path takes its row
    locks in one global order", and the promise view "must stay empty". Two mailboxes of one team (1 s interval, so
    sequences advance while the test runs), twelve tracked emails whose recipients overlap (answers from another
    conversation, holds and suppressions reach several of them), and four connections each running a seeded random
    mix of ticks, queue drains (claim, identity, final claim and send, echo), answers, out-of-office replies, manual
    follow-ups, opt-outs, bounces and pauses. No call may fail with 40P01 (or any error), and every invariant holds
    at the end."""
    seed = seed_for(f"r13-random-interleavings-{round_}")
    rng = random.Random(seed)
    story = live_story(conn, followup_interval="00:00:01")
    marc = team_mailbox(story)
    boxes = [story.mailbox, marc]
    people = [PAUL, JEANNE, SOPHIE, *(f"contact{i}@client-{i}.fr" for i in range(4, 12))]
    emails: list[tuple[Mailbox, Message]] = []
    for i in range(12):
        box = boxes[i % 2]
        to = rng.sample(people, rng.choice([1, 1, 2]))
        emails.append((box, track_live(conn, box, to, f"Dossier {i}", hours_ago=rng.uniform(0.01, 0.5))))
    mailbox_of = {b.mailbox_id: b for b in boxes}
    errors: list[tuple[str, str | None, str]] = []
    log: list[str] = []

    def op_tick(w: Any, r: random.Random) -> None:
        run_scheduler(w)

    def op_drain(w: Any, r: random.Random) -> None:
        for msg_id, fid in read_queue(w, qty=r.choice([1, 2, 3]), visibility_seconds=30):
            row = w.execute("select mailbox_id from public.followups where id = %s", (fid,)).fetchone()
            box = mailbox_of[row[0]]
            context = claim(w, fid, None, None)
            if context["ok"]:
                record_identity(w, fid, context["claim_token"], message_id_for(fid, box))
                final = final_claim_and_send(w, context, box)
                if final["ok"] and r.random() < 0.7:
                    ingest(w, box.mailbox_id, echo_of(box, context, utcnow()))
            ack(w, msg_id)

    def pick(r: random.Random) -> tuple[Mailbox, Message]:
        return emails[r.randrange(len(emails))]

    def op_answer(w: Any, r: random.Random) -> None:
        box, sent = pick(r)
        ingest(w, box.mailbox_id, inbound_reply(sent, r.choice(sent.to), received_at=utcnow()))

    def op_other_conversation(w: Any, r: random.Random) -> None:
        box = r.choice(boxes)
        ingest(w, box.mailbox_id, inbound(box, r.choice(people), received_at=utcnow(), subject="Une question"))

    def op_ooo(w: Any, r: random.Random) -> None:
        box, sent = pick(r)
        until = (utcnow() + dt.timedelta(days=r.randint(1, 5))).date().isoformat()
        ingest(w, box.mailbox_id, auto_reply(sent, r.choice(sent.to), received_at=utcnow(), until=until))

    def op_manual(w: Any, r: random.Random) -> None:
        box, sent = pick(r)
        ingest(w, box.mailbox_id, manual_followup(box, sent, sent_at=utcnow()))

    def op_opt_out(w: Any, r: random.Random) -> None:
        box, sent = pick(r)
        reply = inbound_reply(sent, r.choice(sent.to), received_at=utcnow(), body_text="Stop.", opt_out=True)
        ingest(w, box.mailbox_id, reply)

    def op_bounce(w: Any, r: random.Random) -> None:
        box, sent = pick(r)
        ingest(w, box.mailbox_id, bounce(sent, received_at=utcnow(), recipients=[r.choice(sent.to)]))

    def op_pause_resume(w: Any, r: random.Random) -> None:
        _box, sent = pick(r)
        tid = w.execute(
            "select t.id from public.tracked_emails t join public.messages m on m.id = t.message_id"
            " where m.internet_message_id = %s",
            (sent.internet_message_id,),
        ).fetchone()[0]
        function = r.choice(["pause_tracked_email", "resume_tracked_email"])
        with acting_as(w, "service_role", story.owner, commit=True):
            w.execute(f"select public.{function}(%s, %s)", (tid, utcnow()))

    ops: list[tuple[Callable[[Any, random.Random], None], int]] = [
        (op_tick, 8),
        (op_drain, 14),
        (op_answer, 2),
        (op_other_conversation, 1),
        (op_ooo, 1),
        (op_manual, 3),
        (op_opt_out, 1),
        (op_bounce, 1),
        (op_pause_resume, 2),
    ]
    names, weights = zip(*ops, strict=True)
    # Answers, opt-outs and bounces end sequences: only in the second half of each plan, so sends happen first.
    enders = {op_answer, op_other_conversation, op_opt_out, op_bounce}
    early = [(n, w) for n, w in ops if n not in enders]
    plans = [
        [rng.choices(*zip(*early, strict=True))[0] for _ in range(20)]
        + [rng.choices(names, weights)[0] for _ in range(25)]
        for _ in range(4)
    ]
    seeds = [rng.randrange(2**31) for _ in range(4)]
    workers = [conns.user() for _ in range(4)]
    for w in workers:
        w.execute("set role service_role")

    def run(i: int) -> None:
        r = random.Random(seeds[i])
        for op in plans[i]:
            try:
                op(workers[i], r)
                log.append(f"{i}:{op.__name__}")
            except psycopg.Error as exc:
                errors.append((op.__name__, exc.sqlstate, str(exc).splitlines()[0]))
                if workers[i].info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    workers[i].rollback()

    run_together([partial(run, i) for i in range(4)], guard=60.0)
    summary = conn.execute(
        "select (select count(*) from public.followups where status = 'sent'),"
        " (select string_agg(status::text, ',' order by status::text) from public.tracked_emails)"
    ).fetchone()
    print(f"seed={seed}: {len(log)} calls, {len(errors)} errors, {summary[0]} follow-ups sent, statuses {summary[1]}")
    deadlocks = [e for e in errors if e[1] == "40P01"]
    assert deadlocks == [], f"seed={seed}: deadlocks {deadlocks}"
    assert errors == [], f"seed={seed}: errors {errors}"
    problems = invariant_problems(conn)
    assert problems == [], f"seed={seed}: {problems}"
    assert promise_violations(conn) == [], f"seed={seed}"
