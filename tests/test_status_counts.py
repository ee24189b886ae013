"""The dashboard's counts by status (`followup_status_counts`) are the rows' counts, always.

The engine keeps counters in the transactions that change a status (a trigger adds -1/+1 to counter rows no
other transaction holds, or appends them) and pg_cron folds them every minute (`private.compact_status_counts`).
A randomised run of the engine's own paths (tracking, answers, bounces, opt-outs, out-of-office, pauses,
untracking, deletions, a mailbox deleted), with folds at random points, compares the view with `count(*)` after
every step; concurrent connections then do the same while another folds without pause. Each run prints its
seed (replay: RELANCE_COUNTS_SEED=<seed>).
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from datetime import datetime, timedelta
from typing import Any

import psycopg

from tests.pg import acting_as
from tests.story import (
    Message,
    Story,
    auto_reply,
    bounce,
    inbound_reply,
    ingest,
    manual_followup,
    outbound,
    worker_connection,
)

COUNTS = "select mailbox_id, status::text, tracked_emails from public.followup_status_counts"
ROWS = "select mailbox_id, status::text, count(*) from public.tracked_emails group by 1, 2 having count(*) > 0"


def counts(conn: psycopg.Connection[Any], query: str) -> dict[tuple[uuid.UUID, str], int]:
    return {(m, s): int(n) for m, s, n in conn.execute(query).fetchall()}


def seed_of(name: str) -> int:
    seed = int(os.environ.get("RELANCE_COUNTS_SEED") or random.SystemRandom().randrange(2**31))
    print(f"{name}: seed {seed} (replay: RELANCE_COUNTS_SEED={seed})")
    return seed


def fold(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("select private.compact_status_counts()").fetchone()
    assert row is not None
    return int(row[0])


def statuses_by_message(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """Each tracked email's status, by the Message-ID of the message it tracks."""
    rows = conn.execute(
        "select m.internet_message_id, t.status::text from public.tracked_emails as t"
        " join public.messages as m on m.id = t.message_id"
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def test_counts_by_status_equal_the_rows_after_every_step_of_a_random_run(conn: psycopg.Connection[Any]) -> None:
    rng = random.Random(seed_of("random run"))
    story = Story(conn, max_followups=3)
    paul = story.add_member("paul@cabinet-durand.fr")
    second = story.add_mailbox("paul@cabinet-durand.fr", paul)
    boxes = [story.mailbox, second]
    owners = {story.mailbox_id: story.owner, second.mailbox_id: paul}
    now = story.at("Mon 2026-11-23 09:00")
    sent: list[tuple[uuid.UUID, Message]] = []
    steps: list[str] = []
    reached: set[str] = set()

    for step in range(140):
        now += timedelta(minutes=rng.randrange(1, 90))
        kinds = ["track", "track", "answer", "bounce", "opt-out", "away", "manual", "pause", "resume", "untrack"]
        kinds += ["delete", "fold", "fold"]
        kind = rng.choice(kinds) if sent else "track"
        # What acts on a running sequence picks a running one when there is one (a paused one to resume): a run
        # that kept answering what was already answered would reach too few statuses to prove anything.
        running = statuses_by_message(conn)
        wanted = {"resume": ("paused",), "delete": None, "fold": None, "track": None}.get(kind, ("active", "paused"))
        pool = [s for s in sent if wanted is None or running.get(s[1]["internet_message_id"]) in wanted] or sent
        box_id, original = rng.choice(pool) if pool else (None, None)
        if kind == "track":
            box = rng.choice(boxes)
            message = outbound(box, [f"client{rng.randrange(30)}@prospect{rng.randrange(5)}.example"], sent_at=now)
            ingest(conn, box.mailbox_id, message, now)
            sent.append((box.mailbox_id, message))
        elif kind in ("answer", "opt-out") and original and box_id:
            reply = inbound_reply(original, received_at=now, opt_out=kind == "opt-out")
            ingest(conn, box_id, reply, now)
        elif kind == "bounce" and original and box_id:
            ingest(conn, box_id, bounce(original, received_at=now), now)
        elif kind == "away" and original and box_id:
            back = (now + timedelta(days=rng.randrange(1, 9))).date().isoformat()
            ingest(conn, box_id, auto_reply(original, received_at=now, until=back), now)
        elif kind == "manual" and original and box_id:
            box = next(b for b in boxes if b.mailbox_id == box_id)
            ingest(conn, box_id, manual_followup(box, original, sent_at=now), now)
        elif kind in ("pause", "resume", "untrack") and original and box_id:
            # The owner, from the dashboard (a user's RPC takes no instant: the server's clock decides).
            function = {"pause": "pause_tracked_email", "resume": "resume_tracked_email", "untrack": "untrack_email"}
            row = conn.execute(
                "select id from public.tracked_emails where message_id ="
                " (select id from public.messages where internet_message_id = %s)",
                (original["internet_message_id"],),
            ).fetchone()
            if row:
                with acting_as(conn, "authenticated", owners[box_id], commit=True):
                    conn.execute(f"select public.{function[kind]}(%s)", (row[0],))
        elif kind == "delete" and original:
            # A tracked email removed by hand (an erasure, an admin's cleanup): its count goes with it.
            conn.execute(
                "delete from public.tracked_emails where message_id ="
                " (select id from public.messages where internet_message_id = %s)",
                (original["internet_message_id"],),
            )
        elif kind == "fold":
            fold(conn)
        steps.append(kind)
        rows = counts(conn, ROWS)
        assert counts(conn, COUNTS) == rows, f"after step {step} ({kind}); steps {steps}"
        reached |= {s for _m, s in rows}

    assert len(reached) >= 4, f"the run reached too few statuses to prove much: {reached}"
    # Folding leaves one row per mailbox and status, and the same counts.
    before = counts(conn, COUNTS)
    kept = fold(conn)
    assert kept == len(before)
    assert conn.execute("select count(*) from public.tracked_email_status_counts").fetchone() == (kept,)
    assert counts(conn, COUNTS) == before
    # A deleted mailbox takes its tracked emails and its counters with it; the other mailbox's stay.
    conn.execute("delete from public.mailboxes where id = %s", (second.mailbox_id,))
    assert counts(conn, COUNTS) == counts(conn, ROWS)
    assert all(m == story.mailbox_id for m, _s in counts(conn, COUNTS))
    assert conn.execute(
        "select count(*) from public.tracked_email_status_counts where mailbox_id = %s", (second.mailbox_id,)
    ).fetchone() == (0,)


def test_counts_stay_exact_while_connections_ingest_and_another_folds(db_url: str) -> None:
    rng = random.Random(seed_of("concurrent run"))
    with psycopg.connect(db_url, autocommit=True) as setup:
        story = Story(setup)
        boxes = [story.mailbox, story.add_mailbox("paul@cabinet-durand.fr", story.add_member("paul@cabinet-durand.fr"))]
    start = datetime.fromisoformat("2026-11-23T09:00:00+01:00")
    plans = [[(rng.choice(boxes), rng.random()) for _ in range(60)] for _ in range(3)]
    errors: list[BaseException] = []
    tracked: list[Message] = []
    done = threading.Event()

    def mail(plan: list[Any], index: int) -> None:
        try:
            with worker_connection(db_url) as conn:
                mine: list[tuple[Any, Message]] = []
                for i, (box, draw) in enumerate(plan):
                    now = start + timedelta(minutes=i, seconds=index)
                    if mine and draw < 0.4:
                        tracked_box, original = mine.pop(0 if draw < 0.2 else -1)
                        reply = inbound_reply(original, received_at=now, opt_out=draw < 0.1)
                        ingest(conn, tracked_box.mailbox_id, reply, now)
                    else:
                        message = outbound(box, [f"c{index}-{i}@prospect.example"], sent_at=now)
                        ingest(conn, box.mailbox_id, message, now)
                        mine.append((box, message))
                        tracked.append(message)
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    def folder() -> None:
        try:
            with psycopg.connect(db_url, autocommit=True) as conn:
                while not done.is_set():
                    fold(conn)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=mail, args=(plan, i)) for i, plan in enumerate(plans)]
    folding = threading.Thread(target=folder)
    folding.start()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    done.set()
    folding.join()
    assert errors == []
    with psycopg.connect(db_url, autocommit=True) as conn:
        rows = counts(conn, ROWS)
        assert sum(rows.values()) == len(tracked) > 60
        assert {s for _m, s in rows} >= {"active", "replied"}
        assert counts(conn, COUNTS) == rows
        fold(conn)
        assert counts(conn, COUNTS) == rows
