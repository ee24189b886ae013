"""Any number of ``relance worker`` processes on the same queues: each due follow-up is sent exactly once,
none is lost when a worker is killed after the provider took its send (the next last look of another worker
reads the copy in Sent Items and records it; a retry after the lease would find it there too, never sending
again), the R13 view stays
empty, and together they keep to Graph's 4 requests in flight per mailbox (the sandbox observes it)."""

from __future__ import annotations

import collections
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

from relance.config import REPO_ROOT
from tests.e2e.conftest import E2E
from tests.e2e.helpers import ALICE
from tests.story import invariant_problems, promise_violations, wait_for


def followups_due(e2e: E2E, count: int) -> list[str]:
    """``count`` tracked emails to ``count`` prospects, their first follow-ups queued (one each)."""
    for n in range(count):
        e2e.control.send_by_hand(ALICE, [f"Prospect {n} <prospect{n}@example.org>"], "Shall we talk?", f"Offer {n}")
    e2e.notified(count)
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["active"] * count
    e2e.advance(hours=4)
    assert e2e.schedule() == count
    return [str(f["id"]) for f in e2e.followups() if f["status"] == "scheduled" and f["queued_at"] is not None]


@contextmanager
def workers(e2e: E2E, count: int, tmp: Path, loops: str = "send") -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` long-running ``relance worker --loops <loops>`` processes on the sandbox's clock, stopped after."""
    args = [sys.executable, "-m", "relance.cli", "worker", "--loops", loops, "--now", e2e.now().isoformat()]
    procs = []
    try:
        for n in range(count):
            with (tmp / f"worker-{n}.log").open("w") as log:
                procs.append(subprocess.Popen(args, cwd=REPO_ROOT, env=e2e.process_env(), stderr=log))
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def sent_copies(e2e: E2E) -> collections.Counter[str]:
    """How many times the provider took each follow-up (by its X-Relance-Followup-Id header)."""
    return collections.Counter(str(m["headers"]["x-relance-followup-id"]) for m in e2e.sent_by_engine())


def status_count(e2e: E2E, status: str) -> int:
    return sum(1 for f in e2e.followups() if f["status"] == status)


def worker_blocked_in_completion(conn: psycopg.Connection[Any]) -> int | None:
    """The process id of the worker whose completion waits for the timeline lock, if one does."""
    row = conn.execute(
        "select application_name from pg_stat_activity where datname = current_database()"
        " and wait_event_type = 'Lock' and query like '%%complete_followup%%'"
    ).fetchone()
    return int(str(row[0]).rsplit(" ", 1)[-1]) if row else None


def backend_of(conn: psycopg.Connection[Any], pid: int) -> bool:
    row = conn.execute(
        "select count(*) from pg_stat_activity where datname = current_database() and application_name = %s",
        (f"relance-worker {pid}",),
    ).fetchone()
    return bool(row and row[0])


def test_r9_three_workers_one_killed_mid_send_send_every_due_followup_exactly_once(e2e: E2E, tmp_path: Path) -> None:
    due = followups_due(e2e, 9)
    with workers(e2e, 3, tmp_path) as procs, psycopg.connect(e2e.db_url, autocommit=True) as watch:
        # Hold the timeline: the first completion (it writes an event) waits after Graph took the send, inside
        # its transaction; that worker is killed there, before COMMIT. The others wait behind it meanwhile.
        with psycopg.connect(e2e.db_url) as blocker:
            blocker.execute("lock table public.events in share mode")
            wait_for("a worker sends and waits to record it", lambda: worker_blocked_in_completion(watch) is not None)
            victim_pid = worker_blocked_in_completion(watch)
            [in_flight] = sent_copies(e2e)  # Graph took it; its completion waits
            [victim] = [p for p in procs if p.pid == victim_pid]
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
            blocker.rollback()
        wait_for("the killed worker's backend to end", lambda: not backend_of(watch, victim.pid))
        # The two others send everything else. The killed one's follow-up is never sent again: the next last look
        # (one round of the mailbox's changes) reads its copy in Sent Items and records it from there.
        wait_for("every due follow-up recorded", lambda: status_count(e2e, "sent") == len(due))
        recorded = {str(f["id"]): f for f in e2e.followups() if f["seq"] == 1}
        assert recorded[in_flight]["status"] == "sent" and recorded[in_flight]["draft_id"]
    # R9: the lease runs out and the scheduler looks again: nothing is left to send, nothing is sent twice.
    e2e.advance(minutes=6)
    e2e.schedule()
    e2e.worker("send")
    assert sent_copies(e2e) == collections.Counter(dict.fromkeys(due, 1))
    assert {str(f["id"]): f["status"] for f in e2e.followups() if f["seq"] == 1} == dict.fromkeys(due, "sent")
    assert [t["automatic_sent"] for t in e2e.tracked()] == [1] * len(due)
    assert promise_violations(e2e.conn) == []
    assert invariant_problems(e2e.conn) == []
    concurrency = e2e.control.graph_concurrency(ALICE)
    assert concurrency["peak"] <= 4 and concurrency["throttled"] == 0, concurrency


def test_six_workers_keep_to_four_graph_requests_in_flight_per_mailbox(e2e: E2E, tmp_path: Path) -> None:
    """Graph's MailboxConcurrency holds across processes: six whole workers (every loop) start on one mailbox,
    each with a full resync to make (its delta links expired) and follow-ups to send; each alone keeps to
    4 requests in flight, six together only because they share the mailbox's slots through Postgres."""
    due = followups_due(e2e, 12)
    e2e.control.fault_notifications(drop=30)  # mail nobody is told about: the resyncs read it, page by page
    for n in range(30):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.control.expire_delta_tokens(ALICE)
    e2e.control.configure(latency_seconds=0.2)  # every Graph request stays open a moment: the workers overlap
    with workers(e2e, 6, tmp_path, "events,send,sync,renew"):
        wait_for("every follow-up sent", lambda: status_count(e2e, "sent") == len(due))
    assert sent_copies(e2e) == collections.Counter(dict.fromkeys(due, 1))
    concurrency = e2e.control.graph_concurrency(ALICE)
    assert concurrency["throttled"] == 0 and concurrency["peak"] <= 4, concurrency
    assert promise_violations(e2e.conn) == []
