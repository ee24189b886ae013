"""R13 (and R3, R8, R9, R12) under random concurrent traffic: seeded event sequences over several tracked
emails, played at once by two mail threads (replies, opt-outs, out-of-office, bounces, manual follow-ups,
duplicate deliveries) and two workers (scheduler ticks, claims and sends, some crashing after the provider
accepted the mail), each with its own connection. After every run the engine's promises must hold.

The mailbox's settings make every follow-up due at once (every day, all day, a 1 ms interval) so a run
goes through the whole life of its tracked emails on the real clock. RELANCE_R13_RUNS and RELANCE_R13_SEED
replay more runs or one run; a failure prints its seed.
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.engine_helpers import (
    ALWAYS_WORKING,
    Conn,
    Mailbox,
    Message,
    auto_reply,
    bounce,
    claim,
    complete,
    engine_copy,
    inbound_reply,
    ingest,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    record_identity,
    run_scheduler,
    worker_connection,
)

RUNS = int(os.environ.get("RELANCE_R13_RUNS", "40"))
SEED = os.environ.get("RELANCE_R13_SEED")
ALWAYS_DUE = {**ALWAYS_WORKING, "followup_interval": "1 millisecond"}


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Run:
    """What one run shares between its threads: the mail it can answer, and what went wrong."""

    seed: int
    mailbox: Mailbox
    tracked: list[Message]
    people: list[str]
    delivered: list[Message] = field(default_factory=list)
    crashed: list[tuple[Message, str, datetime]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, message: Message) -> None:
        with self.lock:
            self.delivered.append(message)


def mail_actor(run: Run, conn: Conn, rng: random.Random, steps: int) -> None:
    """A mailbox's notifications and delta syncs: everything that can happen in the tracked conversations."""
    mb = run.mailbox
    for _ in range(steps):
        if rng.random() < 0.4:
            # Quiet for a moment: the mailbox reads nothing while the workers go on.
            conn.execute("select pg_sleep(0.005)")
            continue
        original = rng.choice(run.tracked)
        person = rng.choice([r["address"] for r in original["to"]])
        event = rng.choices(
            [
                "reply",
                "opt_out",
                "elsewhere",
                "ooo",
                "ooo_until",
                "bounce",
                "partial_bounce",
                "manual",
                "again",
                "engine_copy",
            ],
            weights=[4, 1, 1, 2, 1, 1, 1, 4, 4, 3],
        )[0]
        message: Message | None = None
        if event == "reply":
            message = inbound_reply(original, person, received_at=now())
        elif event == "opt_out":
            message = inbound_reply(original, person, received_at=now(), opt_out=True)
        elif event == "elsewhere":
            # The person writes about something else, in a new conversation (R5, any conversation).
            message = inbound_reply(original, person, received_at=now())
            message |= {
                "provider_thread_id": f"thread-{uuid.uuid4().hex}",
                "in_reply_to": None,
                "references": [],
                "subject": "Autre sujet",
            }
        elif event == "ooo":
            message = auto_reply(original, person, received_at=now())
        elif event == "ooo_until":
            until = date.today() + timedelta(days=rng.randint(1, 30))
            message = auto_reply(original, person, received_at=now(), until=until.isoformat())
        elif event == "bounce":
            message = bounce(original, received_at=now())
        elif event == "partial_bounce":
            message = bounce(original, received_at=now(), recipients=[person])
        elif event == "manual":
            message = manual_followup(mb, original, sent_at=now())
        elif event == "again":
            with run.lock:
                earlier = rng.choice(run.delivered) if run.delivered else None
            if earlier is not None:
                # Notification and delta sync: same provider id, or the same Message-ID under another id.
                message = (
                    dict(earlier)
                    if rng.random() < 0.5
                    else dict(earlier, provider_message_id=f"pm-again-{uuid.uuid4().hex}")
                )
        elif event == "engine_copy":
            with run.lock:
                found = run.crashed.pop(0) if run.crashed else None
            if found is not None:
                # A worker died after the provider accepted the follow-up: Sent Items shows it.
                crashed_original, followup_id, sent_at = found
                message = engine_copy(mb, crashed_original, followup_id, sent_at=sent_at)
        if message is None:
            continue
        ingest(conn, mb.mailbox_id, message)
        run.remember(message)


def worker(run: Run, conn: Conn, rng: random.Random, steps: int) -> None:
    """A sending worker: scheduler ticks, then claim, store identity, final claim, send, complete; it
    sometimes dies right after the provider accepted the mail."""
    for _ in range(steps):
        if rng.random() < 0.3:
            run_scheduler(conn)
            continue
        rows = conn.execute("select msg_id, followup_id from public.read_followup_queue(1, 30, 5)").fetchall()
        if not rows:
            continue
        msg_id, followup_id = rows[0]
        context = claim(conn, followup_id)
        if context["ok"]:
            send(run, conn, rng, followup_id, context)
        conn.execute("select public.ack_followup_message(%s)", (msg_id,))


class Crash(Exception):
    """The worker died after the provider accepted the follow-up, before its transaction committed."""


def send(run: Run, conn: Conn, rng: random.Random, followup_id: uuid.UUID, context: dict[str, Any]) -> None:
    token = context["claim_token"]
    message_id = f"<{uuid.uuid4().hex}@acme.test>"
    if not record_identity(conn, followup_id, token, message_id):
        return
    original = next((t for t in run.tracked if t["subject"] == context["subject"]), None)
    assert original is not None, f"claimed a follow-up of an email this run never tracked: {context}"
    try:
        with conn.transaction():
            # Everything suppressed so far (committed): the final claim, which starts after, must see it.
            row = conn.execute(
                "select coalesce(array_agg(address), '{}') from public.suppressions where team_id = %s",
                (run.mailbox.team_id,),
            ).fetchone()
            suppressed = set(row[0]) if row else set()
            final = claim(conn, followup_id, token)
            if not final["ok"]:
                return
            if suppressed & set(final["recipients"]):
                run.problems.append(
                    f"R8: follow-up {followup_id} sent to suppressed {suppressed & set(final['recipients'])}"
                )
            sent_row = conn.execute("select clock_timestamp()").fetchone()  # the provider accepts it now
            assert sent_row is not None
            sent_at: datetime = sent_row[0]
            if rng.random() < 0.1:
                with run.lock:
                    run.crashed.append((original, str(followup_id), sent_at))
                raise Crash
            complete(conn, followup_id, token, sent_at=sent_at)
    except Crash:
        pass


def play(engine: Conn, connect: Callable[[], Conn], seed: int) -> list[str]:
    rng = random.Random(seed)
    mailbox = make_team_with_mailbox(
        engine,
        address=f"alice-{seed}@acme.test",
        settings={"max_followups": rng.randint(1, 3)},
        mailbox_settings=ALWAYS_DUE,
    )
    people = [f"p{i}-{seed}@client{i}.example" for i in range(3)]
    tracked = []
    for i in range(rng.randint(2, 4)):
        message = outbound(
            mailbox,
            rng.sample(people, rng.randint(1, 2)),
            subject=f"Proposition {seed}-{i}",
            sent_at=now() - timedelta(days=7),
        )
        assert ingest(engine, mailbox.mailbox_id, message)["effects"] == ["tracked"]
        tracked.append(message)
    run = Run(seed, mailbox, tracked, people)

    actors: list[tuple[Callable[[Run, Conn, random.Random, int], None], int]] = [
        (mail_actor, rng.randint(4, 10)),
        (mail_actor, rng.randint(4, 10)),
        (worker, rng.randint(15, 30)),
        (worker, rng.randint(15, 30)),
    ]
    barrier = threading.Barrier(len(actors))
    errors: list[BaseException] = []

    def start(actor: Callable[[Run, Conn, random.Random, int], None], steps: int, actor_seed: int) -> None:
        try:
            with connect() as conn:
                barrier.wait()
                actor(run, conn, random.Random(actor_seed), steps)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=start, args=(actor, steps, rng.getrandbits(32)), daemon=True) for actor, steps in actors
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a thread never finished"
    problems = [f"{type(e).__name__}: {e}" for e in errors] + run.problems + invariant_problems(engine)
    engine.execute("select pgmq.purge_queue('followup_sends')")
    return problems


@pytest.fixture
def engine(conn: Conn) -> Conn:
    return conn


def test_r13_promises_hold_under_random_concurrent_ingest_and_sending(engine: Conn, db_url: str) -> None:
    base = int(SEED) if SEED is not None else random.SystemRandom().randrange(2**31)
    seeds = [base] if SEED is not None else [base + i for i in range(RUNS)]
    sent = 0
    for seed in seeds:
        problems = play(engine, lambda: worker_connection(db_url), seed)
        assert not problems, f"seed {seed} (replay: RELANCE_R13_SEED={seed}):\n" + "\n".join(problems)
    row = engine.execute("select count(*) from public.followups where status = 'sent'").fetchone()
    sent = row[0] if row else 0
    assert sent > 0, f"seeds {seeds[0]}..{seeds[-1]}: no follow-up was ever sent, the runs proved nothing"
