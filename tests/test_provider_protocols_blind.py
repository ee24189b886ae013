"""Provider protocols, written blind to the worker's code: what the sync and send paths must do when Microsoft Graph
and the Gmail API behave as their published protocols say they may (expired delta links and history ids, 429/503
with Retry-After, paging, push notifications and their lifecycle, expiring and revoked tokens, replies in thread,
a send whose response is lost).

What was read: ../shared/DESIGN.md, ../shared/BEHAVIOUR.md, ../shared/reference/mail-protocols.md (cited by its
source keys: M-DQO, M-LC, M-VAL, M-THR, M-THL, G-HIST, G-PUSH …), README.md, the test infrastructure
(tests/conftest.py, tests/pg.py, tests/story.py, tests/e2e/helpers.py, tests/e2e/conftest.py,
tests/sandbox/conftest.py), the sandbox's code (workers/relance/sandbox/*), the `--help` of the CLI and the DB
catalog's names and comments; the first 120 lines of tests/test_hostile_mail_blind.py. Never the worker's code, sql/,
supabase/functions/ nor other tests.
Slips: none. (To learn the loop names, `relance worker --once --loops bogus` was run once against the shared
`postgres` database; an unknown loop name is silently ignored, which changed nothing there.)

How the tests drive the real worker: ``relance worker --once --now <sandbox clock> --loops …`` as its own process
(tests/e2e's way), or the connector in-process (``connector.sync`` / ``sync_gmail``, tests/e2e/helpers.py's way).
Every request the sandbox answers is recorded by a thin wrapper around its router (method, path, status, the real
monotonic instant and the sandbox clock, and which worker pass sent it), and the same wrapper plays a provider-side
event at an exact point of a sync (a user moving a message between two pages, an access token expiring between two
pages, a send whose response never comes back). Two liberties the protocols allow are taken to force small pages:
``Prefer: odata.maxpagesize`` is a preference the service may ignore (M-MD, M-DQM), and Gmail's ``maxResults`` is a
maximum (G-HIST); the wrapper drops the first and lowers the second.

Waiting for Retry-After, without sleeping real seconds where the infrastructure lets us: in-process, ``time.sleep``
of the main thread is replaced by a move of the sandbox clock; the wait between a refused request and its retry is
measured as real time plus sandbox-clock time within one pass, and as sandbox-clock time (the worker's ``--now``)
between two passes. Either a worker that sleeps or one that defers to a later pass is judged by what it waited.

Sandbox notes (not worked around silently): a 410 injected with ``inject_fault`` (used here for ``resyncRequired``)
carries no ``Location`` header, which M-DQO says comes with a 410 (``expire_delta_tokens`` does send it); a fault
injected on the Microsoft token endpoint answers Google's error body, so the token-endpoint test drops the connection
instead; the Gmail sandbox serves no delete/trash/label change and never writes ``messageDeleted``/``label*``
history, so the one deletion test plays it on the sandbox's state. The worker's own Retry-After sleeps turned out to
be real ones (the in-process ``time.sleep`` swap did not reach them): the throttling tests cost a few real seconds.

Every instant comes from the sandbox clock, which starts at tests.conftest.START (Monday 7 January 2030, 08:00 UTC,
inside the default working hours 07:00-18:00 UTC Monday-Friday; interval 4 working hours, so a tracked email sent
at 08:00 has its first follow-up due at 12:00). No test reads today's date or asserts a speed; the real-time
guards only turn a hang into a failure.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import psycopg
import pytest

from relance.config import REPO_ROOT
from relance.sandbox import RunningSandbox
from relance.sandbox.web import DropConnection, Request, Response
from tests.conftest import START
from tests.e2e.conftest import (
    E2E,
    PUSH_AUDIENCE,
    GmailE2E,
    e2e,
    gmail_e2e,
    gmail_push,
    intake_db_url,
    webhook,
)
from tests.e2e.helpers import (
    ALICE,
    BOB,
    TEST_KEY,
    GmailWorld,
    World,
    build_gmail_world,
    build_world,
    run_worker_pass,
)

CAROL = "carol@client.example"
DAVE = "dave@other.example"
WORKER_TIMEOUT = 150  # seconds: a worker still running by then is hung
_real_sleep = time.sleep


# --------------------------------------------------------------------------------------- recording the sandbox


@dataclass
class Hit:
    method: str
    path: str
    query: dict[str, list[str]]
    status: int
    real: float
    clock: dt.datetime
    pass_no: int
    dropped: bool = False


@dataclass
class Recorder:
    """Every request the sandbox answered, and hooks that act around one (see the module's docstring)."""

    running: RunningSandbox
    hits: list[Hit] = field(default_factory=list)
    pass_no: int = 0
    before: list[Callable[[Request], None]] = field(default_factory=list)
    after: list[Callable[[Request, Response], None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    errors: list[str] = field(default_factory=list)

    def install(self) -> Recorder:
        original = self.running.sandbox._route
        clock = self.running.sandbox.world.clock

        def route(request: Request) -> Response:
            for hook in list(self.before):
                hook(request)
            real, instant, pass_no = time.monotonic(), clock.now(), self.pass_no
            path = request.path
            response = original(request)
            hit = Hit(request.method, path, dict(request.query), response.status, real, instant, pass_no)
            with self.lock:
                self.hits.append(hit)
            try:
                for after in list(self.after):
                    after(request, response)
            except DropConnection:
                hit.dropped = True
                raise
            return response

        self.running.sandbox._route = route  # type: ignore[method-assign]
        return self

    def matching(self, needle: str, method: str | None = None) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if needle in h.path and (method is None or h.method == method)]

    def waited_after(self, fault: Hit) -> float:
        """How long the worker waited between ``fault`` and the next request of the same method and path: real
        plus sandbox-clock seconds within one pass, the sandbox clock (the worker's --now) between passes."""
        with self.lock:
            later = self.hits[self.hits.index(fault) + 1 :]
        retry = next((h for h in later if h.method == fault.method and h.path == fault.path), None)
        assert retry is not None, f"{fault.method} {fault.path} was never retried after its {fault.status}"
        clock = (retry.clock - fault.clock).total_seconds()
        if retry.pass_no != fault.pass_no:
            return clock
        return (retry.real - fault.real) + clock


@pytest.fixture
def recorder(sandbox: RunningSandbox) -> Recorder:
    return Recorder(sandbox).install()


def small_graph_pages(request: Request) -> None:
    """Graph may ignore ``Prefer: odata.maxpagesize`` (a preference): the sandbox's own page size applies."""
    prefer = request.headers.get("prefer")
    if prefer and "maxpagesize" in prefer.lower():
        kept = [p for p in prefer.split(",") if "maxpagesize" not in p.lower()]
        request.headers["prefer"] = ",".join(kept)


def small_gmail_pages(request: Request) -> None:
    """Gmail's ``maxResults`` is a maximum: answer at most 7 per page."""
    listing = request.path.endswith("/history") or request.path.endswith("/messages")
    if request.path.startswith("/gmail/v1/") and request.method == "GET" and listing:
        asked = request.query.get("maxResults", ["100"])[0]
        request.query["maxResults"] = [str(min(int(asked) if asked.isdigit() else 100, 7))]


# --------------------------------------------------------------------------------------- driving the worker


def run_worker(
    world: World, *loops: str, recorder: Recorder | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """``relance worker --once`` on the sandbox's clock (tests/e2e's way), in this process."""
    if recorder is not None:
        recorder.pass_no += 1
    env = {"GRAPH_WEBHOOK_URL": world.webhook_url} if isinstance(world, E2E) else {}
    return run_worker_pass(world, *loops, env=env, check=check)


def fake_sleep_on_sandbox_clock(monkeypatch: pytest.MonkeyPatch, world: World) -> list[float]:
    """In-process: the main thread's sleeps move the sandbox clock instead of the real one."""
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        if threading.current_thread() is threading.main_thread():
            slept.append(seconds)
            if seconds > 0:
                world.control.advance_clock(seconds=seconds)
        else:
            _real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    return slept


def until(what: str, condition: Callable[[], bool], guard: float = 60.0) -> None:
    deadline = time.monotonic() + guard
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        _real_sleep(0.05)


# --------------------------------------------------------------------------------------- reading the engine


def rows(conn: psycopg.Connection[Any], query: str, *args: Any) -> list[dict[str, Any]]:
    cur = conn.execute(query, args)
    names = [c.name for c in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def message_ids(world: World) -> list[str]:
    return [
        r["internet_message_id"]
        for r in rows(
            world.conn, "select internet_message_id from public.messages where mailbox_id = %s", world.mailbox_id
        )
    ]


def assert_recorded_once(world: World, expected: list[str]) -> None:
    """Each of these Message-IDs is recorded exactly once, and nothing is recorded twice (DESIGN.md: "Ingest is
    idempotent: the same message delivered twice … changes nothing the second time")."""
    seen = message_ids(world)
    twice = sorted({m for m in seen if seen.count(m) > 1})
    assert not twice, f"recorded twice: {twice}"
    missing = [m for m in expected if m not in seen]
    assert not missing, f"lost: {missing}"


def tracked_row(world: World, internet_message_id: str) -> dict[str, Any]:
    found = rows(
        world.conn,
        "select t.id, t.status::text as status, t.automatic_sent, t.manual_detected from public.tracked_emails t"
        " join public.messages m on m.id = t.message_id where m.internet_message_id = %s",
        internet_message_id,
    )
    assert len(found) == 1, f"{internet_message_id} tracked {len(found)} times"
    return found[0]


def followups_of(world: World, tracked_id: uuid.UUID) -> list[dict[str, Any]]:
    return rows(
        world.conn,
        "select id, seq, status::text as status, due_at, draft_id, internet_message_id, provider_message_id, reason"
        " from public.followups where tracked_email_id = %s order by seq, created_at",
        tracked_id,
    )


def tracked_events(world: World) -> list[tuple[uuid.UUID, int]]:
    return [
        (r["tracked_email_id"], r["n"])
        for r in rows(
            world.conn,
            "select tracked_email_id, count(*) as n from public.events where kind = 'tracked' and mailbox_id = %s"
            " group by 1",
            world.mailbox_id,
        )
    ]


def engine_sends(world: World) -> list[dict[str, Any]]:
    return [m for m in world.control.sent(ALICE) if "x-relance-followup-id" in m["headers"]]


def violations(world: World) -> list[dict[str, Any]]:
    return rows(world.conn, "select * from public.followup_promise_violations")


def cursors(world: World) -> dict[str, str]:
    return {
        r["folder"]: r["cursor"]
        for r in rows(
            world.conn, "select folder, cursor from private.mailbox_sync_state where mailbox_id = %s", world.mailbox_id
        )
    }


def mailbox_status(world: World) -> str:
    row = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,)).fetchone()
    assert row is not None
    return str(row[0])


def deliver(world: World, sender: str, subject: str, text: str = "Hello Alice") -> str:
    return str(world.control.deliver(ALICE, sender, subject, text)["internet_message_id"])


def fillers(world: World, count: int, tag: str) -> list[str]:
    return [deliver(world, f"news{i}@letters.example", f"{tag} {i}", f"Filler {tag} {i}") for i in range(count)]


def send_tracked(world: World, to: str = BOB, subject: str = "Proposal") -> str:
    """Alice writes to an external person from her own mail client: a conversation R1 tracks."""
    sent = world.control.send_by_hand(ALICE, [to], "Shall we meet next week?", subject)
    return str(sent["internet_message_id"])


def reply_from(world: World, sender: str, to_message_id: str, text: str, client: str = "outlook") -> str:
    return str(world.control.deliver_reply(ALICE, sender, to_message_id, text, client=client)["internet_message_id"])


def set_clock(world: World, instant: dt.datetime) -> None:
    world.control.set_clock(instant.isoformat())


def graph_box(world: World) -> Any:
    return world.sandbox.sandbox.graph.require_mailbox(ALICE)


def graph_move(world: World, internet_message_id: str, folder: str) -> None:
    """What Outlook does when the user files a message (POST …/move in Graph): the sandbox's own transition."""
    box, lock = graph_box(world), world.sandbox.sandbox.world.lock
    with lock:
        message = box.by_internet_id(internet_message_id)[0]
        box.move(message, folder, world.now())


def in_graph_folders(world: World, *folders: str) -> list[str]:
    return [m["internet_message_id"] for m in world.control.graph_messages(ALICE) if m["folder"] in folders]


def health(world: World, at: dt.datetime) -> dict[str, Any]:
    row = world.conn.execute("select worker.health_check(%s)", (at,)).fetchone()
    assert row is not None
    return {c["name"]: c for c in row[0]["checks"]}


def queued_provider_events(world: World) -> int:
    row = world.conn.execute("select count(*) from pgmq.q_provider_events").fetchone()
    return int(row[0]) if row else 0


# --------------------------------------------------------------------------------------- worlds


@pytest.fixture
def graph(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    """Alice's Outlook mailbox, connected with a delegated grant, not yet synced (no subscriptions)."""
    world = build_world(sandbox, db_url, conn)
    try:
        yield world
    finally:
        world.worker_conn.close()


@pytest.fixture
def gmail(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[GmailWorld]:
    """Alice's Gmail mailbox, connected with a refresh token, not yet synced."""
    world = build_gmail_world(sandbox, db_url, conn)
    try:
        yield world
    finally:
        world.worker_conn.close()


def backfill(world: World) -> None:
    if isinstance(world, GmailWorld):
        world.connector.sync_gmail(world.mailbox_id)
    else:
        world.connector.sync(world.mailbox_id)


def tracked_and_due(world: World, recorder: Recorder | None = None) -> tuple[str, dict[str, Any]]:
    """A tracked email sent at START (08:00 Monday), synced; the clock at 12:00, when its first follow-up is due
    (R2: sent time + 4 working hours); pg_cron's tick queues it."""
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    tracked = tracked_row(world, tracked_id)
    assert tracked["status"] == "active"
    set_clock(world, START + dt.timedelta(hours=4))
    assert world.schedule() == 1
    return tracked_id, tracked


# ======================================================================================= 1. expired cursors


def test_graph_delta_link_gone_syncstatenotfound_resyncs_without_loss_duplicates_or_a_followup_over_the_gap_answer(
    graph: World, recorder: Recorder
) -> None:
    """M-DQO: "`410 Gone` plus a `Location` header with an empty `$deltaToken` means restart with a full sync";
    README: "runs a delta sync every few minutes as a safety net (a full resync when Graph answers `410 Gone`)";
    R13: "No follow-up is ever sent after an answer was received in its conversation"; DESIGN.md: "Ingest is
    idempotent"."""
    world = graph
    early = deliver(world, CAROL, "Before the gap")
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    before = cursors(world)
    assert set(before) >= {"inbox", "sentitems"}
    assert world.control.expire_delta_tokens(ALICE)["expired"] >= 2

    set_clock(world, START + dt.timedelta(hours=1))
    answer = reply_from(world, BOB, tracked_id, "Yes, Thursday works for me.")
    newcomer = deliver(world, DAVE, "A new question")
    second = send_tracked(world, CAROL, "Another proposal")
    set_clock(world, START + dt.timedelta(hours=4, minutes=30))
    assert world.schedule() == 1  # the engine does not know the answer yet: the follow-up is due

    run_worker(world, "sync", "send", recorder=recorder)

    gone = [h for h in recorder.matching("/messages/delta") if h.status == 410]
    assert gone, "the expired delta links were never used: the test did not test a 410"
    assert engine_sends(world) == [], "a follow-up went out over the answer that came in the gap"
    assert violations(world) == []
    first = tracked_row(world, tracked_id)
    assert first["status"] == "replied"
    assert all(f["status"] != "sent" for f in followups_of(world, first["id"]))
    assert tracked_row(world, second)["status"] == "active"
    assert_recorded_once(world, [early, tracked_id, answer, newcomer, second])
    assert sorted(message_ids(world)) == sorted(in_graph_folders(world, "inbox", "sentitems"))
    assert all(n == 1 for _, n in tracked_events(world)), "a tracked email was tracked twice by the resync"
    after = cursors(world)
    assert after["inbox"] != before["inbox"] and after["sentitems"] != before["sentitems"], "no new delta links"

    later = deliver(world, CAROL, "After the resync")
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [early, tracked_id, answer, newcomer, second, later])


def test_graph_delta_resync_required_restarts_and_loses_nothing(graph: World, recorder: Recorder) -> None:
    """M-ERR / M-DQO: "`resyncRequired` also means reset" (a 410 like syncStateNotFound); nothing lost, nothing
    recorded twice (DESIGN.md "Ingest is idempotent")."""
    world = graph
    first = fillers(world, 3, "Early")
    run_worker(world, "sync", recorder=recorder)
    world.control.inject_fault(r"/messages/delta", count=1, status=410, retry_after=None, reason="resyncRequired")
    set_clock(world, START + dt.timedelta(minutes=20))
    arrived = deliver(world, BOB, "Arrived meanwhile")
    run_worker(world, "sync", recorder=recorder)
    assert [h for h in recorder.matching("/messages/delta") if h.status == 410], "the fault was never hit"
    run_worker(world, "sync", recorder=recorder)  # a worker that deferred the reset gets its next pass
    assert_recorded_once(world, [*first, arrived])
    assert sorted(message_ids(world)) == sorted(in_graph_folders(world, "inbox", "sentitems"))


def test_gmail_history_id_too_old_404_full_resync_without_loss_duplicates_or_a_followup_over_the_gap_answer(
    gmail: GmailWorld, recorder: Recorder
) -> None:
    """G-HIST: an out-of-date `startHistoryId` "typically returns HTTP 404 … On 404, perform a full sync";
    R13; DESIGN.md "Ingest is idempotent"."""
    world = gmail
    early = deliver(world, CAROL, "Before the gap")
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    cursor_before = world.cursor()
    assert cursor_before is not None
    world.control.expire_history(ALICE)

    set_clock(world, START + dt.timedelta(hours=1))
    answer = reply_from(world, BOB, tracked_id, "Yes, Thursday works for me.", client="other")
    newcomer = deliver(world, DAVE, "A new question")
    second = send_tracked(world, CAROL, "Another proposal")
    set_clock(world, START + dt.timedelta(hours=4, minutes=30))
    assert world.schedule() == 1

    run_worker(world, "sync", "send", recorder=recorder)

    assert [h for h in recorder.matching("/history") if h.status == 404], "the expired history id was never used"
    assert engine_sends(world) == [], "a follow-up went out over the answer that came in the gap"
    assert violations(world) == []
    first = tracked_row(world, tracked_id)
    assert first["status"] == "replied"
    assert tracked_row(world, second)["status"] == "active"
    assert_recorded_once(world, [early, tracked_id, answer, newcomer, second])
    assert all(n == 1 for _, n in tracked_events(world))
    cursor_after = world.cursor()
    assert cursor_after is not None and cursor_after > cursor_before

    later = deliver(world, CAROL, "After the resync")
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [early, tracked_id, answer, newcomer, second, later])


# ======================================================================================= 2. throttling


def _in_process_passes(world: World, recorder: Recorder, done: Callable[[], bool], step: float = 1.0) -> None:
    """In-process syncs until ``done``: a pass, then one second of sandbox clock, at most 12 passes (a worker that
    defers a throttled request to a later pass gets them; one that sleeps is measured by its sleep)."""
    for _ in range(12):
        recorder.pass_no += 1
        try:
            backfill(world)
        except Exception as exc:  # a connector may end its round with "retry later": the next pass is its retry
            recorder.errors.append(repr(exc))
        if done():
            return
        world.control.advance_clock(seconds=step)


@pytest.mark.parametrize("status", [429, 503])
def test_graph_throttled_with_retry_after_waits_at_least_that_long_then_loses_nothing(
    graph: World, recorder: Recorder, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    """M-THR: "`429 Too Many Requests` plus `Retry-After` (seconds). Wait that long and retry"; R10: "Retryable
    errors (429 with `Retry-After`, 5xx, network) retry with backoff that honours `Retry-After`"."""
    world = graph
    backfill(world)
    expected = fillers(world, 12, "Throttled")
    world.control.inject_fault(r"/v1\.0/users/", count=1, status=status, retry_after=5)
    fake_sleep_on_sandbox_clock(monkeypatch, world)
    _in_process_passes(world, recorder, lambda: all(m in message_ids(world) for m in expected))
    faults = [h for h in recorder.hits if h.status == status and h.path.startswith("/v1.0/users/")]
    assert faults, "the fault was never hit"
    assert recorder.waited_after(faults[0]) >= 5, "retried before Retry-After"
    assert_recorded_once(world, expected)


@pytest.mark.parametrize("status", [429, 503])
def test_gmail_throttled_with_retry_after_waits_at_least_that_long_then_loses_nothing(
    gmail: GmailWorld, recorder: Recorder, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    """R10 (as above); G-QUOTA/T-GERR: 429 and 503 are temporary for Gmail too."""
    world = gmail
    backfill(world)
    expected = fillers(world, 12, "Throttled")
    world.control.inject_fault(r"/gmail/v1/users/", count=1, status=status, retry_after=5)
    fake_sleep_on_sandbox_clock(monkeypatch, world)
    _in_process_passes(world, recorder, lambda: all(m in message_ids(world) for m in expected))
    faults = [h for h in recorder.hits if h.status == status and h.path.startswith("/gmail/v1/users/")]
    assert faults, "the fault was never hit"
    assert recorder.waited_after(faults[0]) >= 5, "retried before Retry-After"
    assert_recorded_once(world, expected)


def test_graph_send_throttled_waits_retry_after_and_sends_once_in_thread(graph: World, recorder: Recorder) -> None:
    """R10 "honours Retry-After" on the send path, and R9 "A follow-up is sent at most once"."""
    world = graph
    _, tracked = tracked_and_due(world, recorder)
    world.control.inject_fault(r"/createReply$", count=1, status=429, retry_after=3, method="POST")
    run_worker(world, "send", recorder=recorder)
    for _ in range(6):
        if engine_sends(world):
            break
        world.control.advance_clock(seconds=1 if recorder.pass_no < 4 else 600)
        world.schedule()
        run_worker(world, "send", recorder=recorder)
    fault = [h for h in recorder.matching("/createReply", "POST") if h.status == 429]
    assert fault, "the fault was never hit"
    assert recorder.waited_after(fault[0]) >= 3, "retried before Retry-After"
    assert len(engine_sends(world)) == 1
    assert followups_of(world, tracked["id"])[0]["status"] == "sent"


def test_graph_never_more_than_four_requests_in_flight_per_mailbox(graph: World, recorder: Recorder) -> None:
    """DESIGN.md "Scale": "each respecting the providers' per-mailbox limits (Graph: 4 concurrent requests per
    mailbox)"; README: "However many workers run, Graph's limit of 4 requests in flight per mailbox holds among
    them"; M-THL. Six workers back-fill one mailbox at once while the sandbox holds every admitted request."""
    world = graph
    expected = fillers(world, 30, "Busy")
    env = {**os.environ, **world.env()}
    args = [
        sys.executable,
        "-m",
        "relance.cli",
        "worker",
        "--once",
        "--now",
        world.now().isoformat(),
        "--loops",
        "sync",
    ]
    world.control.hold_graph_requests()
    procs = [
        subprocess.Popen(args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    try:

        def state() -> dict[str, int]:
            return dict(world.control.graph_concurrency(ALICE))

        until("four Graph requests in flight", lambda: state()["in_flight"] >= 4 or state()["peak"] > 4, guard=90)

        def workers_connected() -> int:
            row = world.conn.execute(
                "select count(distinct client_port) from pg_stat_activity where datname = current_database()"
                " and pid <> pg_backend_pid() and backend_type = 'client backend'"
            ).fetchone()
            return int(row[0]) if row else 0

        # Every worker up and at the database (so at its first Graph request) before the gate opens; soft: a worker
        # slower than that only makes the test more lenient, never wrong.
        deadline = time.monotonic() + 30
        while workers_connected() < 7 and state()["peak"] <= 4 and time.monotonic() < deadline:
            _real_sleep(0.1)
        _real_sleep(2.0)
        seen = state()
    finally:
        world.control.release_graph_requests()
        outputs = [p.communicate(timeout=WORKER_TIMEOUT) for p in procs]
    assert seen["peak"] <= 4, f"{seen['peak']} requests were in flight for one mailbox: {seen}"
    final = dict(world.control.graph_concurrency(ALICE))
    assert final["peak"] <= 4 and final["throttled"] == 0, final
    assert all(p.returncode == 0 for p in procs), [o[1][-1500:] for o in outputs]
    assert_recorded_once(world, expected)


def test_gmail_user_rate_limit_403_is_temporary_not_a_lost_grant(
    gmail: GmailWorld, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """G-QUOTA: "per user 15,000 units per user per minute (`userRateLimitExceeded`)"; mail-protocols.md 2.5
    (T-GERR): "`403 rateLimitExceeded|userRateLimitExceeded|dailyLimitExceeded` count as temporary". R10 lists
    "429 with `Retry-After`, 5xx, network" as retryable and only "A revoked or expired grant" as needs_reauth; the
    texts do not say whether a 403 quota error honours Retry-After, so only "not a lost grant, nothing lost" is
    asserted."""
    world = gmail
    backfill(world)
    expected = fillers(world, 6, "Quota")
    world.control.inject_fault(r"/gmail/v1/users/", count=1, status=403, retry_after=5, reason="userRateLimitExceeded")
    fake_sleep_on_sandbox_clock(monkeypatch, world)
    _in_process_passes(world, recorder, lambda: all(m in message_ids(world) for m in expected), step=60)
    assert [h for h in recorder.hits if h.status == 403], "the fault was never hit"
    assert mailbox_status(world) == "active", "a quota error was taken for a revoked grant"
    assert_recorded_once(world, expected)


# ======================================================================================= 3. paging


def test_graph_delta_many_pages_with_a_thread_across_a_page_boundary(graph: World, recorder: Recorder) -> None:
    """M-DQO/M-DQM: "`@odata.nextLink` … keep paging, even if a page is empty … or `@odata.deltaLink` … round
    complete, store it"; R5/R6: the thread's out-of-office on one page, its answer on the next, stops it."""
    world = graph
    world.control.configure(graph_delta_page_size=7)
    recorder.before.append(small_graph_pages)
    backlog = fillers(world, 16, "Backlog")  # the backfill itself spans pages
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [*backlog, tracked_id])
    round_start = len(recorder.hits)

    set_clock(world, START + dt.timedelta(minutes=30))
    before = fillers(world, 6, "Before")
    ooo = str(world.control.deliver_auto_reply(ALICE, BOB, tracked_id, until="2030-01-09")["internet_message_id"])
    answer = reply_from(world, BOB, tracked_id, "Thanks, let us talk on Thursday.")  # first of page two
    after = fillers(world, 20, "After")
    run_worker(world, "sync", recorder=recorder)

    pages = [h for h in recorder.hits[round_start:] if "/messages/delta" in h.path and h.status == 200]
    assert len(pages) >= 5, "the round did not span pages: the test did not test paging"
    assert_recorded_once(world, [*backlog, tracked_id, *before, ooo, answer, *after])
    conversation = rows(
        world.conn,
        "select internet_message_id, conversation_id from public.messages where internet_message_id = any(%s)",
        [tracked_id, ooo, answer],
    )
    assert len({r["conversation_id"] for r in conversation}) == 1, "the thread was split at the page boundary"
    assert tracked_row(world, tracked_id)["status"] == "replied"


def test_gmail_history_many_pages_with_a_thread_across_a_page_boundary(gmail: GmailWorld, recorder: Recorder) -> None:
    """G-HIST: "Page with `nextPageToken`. With no `nextPageToken`, store the returned `historyId`"; R5/R6."""
    world = gmail
    recorder.before.append(small_gmail_pages)
    backlog = fillers(world, 16, "Backlog")
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [*backlog, tracked_id])
    round_start = len(recorder.hits)

    set_clock(world, START + dt.timedelta(minutes=30))
    before = fillers(world, 5, "Before")
    ooo = str(world.control.deliver_auto_reply(ALICE, BOB, tracked_id, until="2030-01-09")["internet_message_id"])
    answer = reply_from(world, BOB, tracked_id, "Thanks, let us talk on Thursday.", client="other")
    after = fillers(world, 20, "After")
    run_worker(world, "sync", recorder=recorder)

    pages = [h for h in recorder.hits[round_start:] if h.path.endswith("/history") and h.status == 200]
    assert len(pages) >= 3, "the round did not span pages: the test did not test paging"
    assert_recorded_once(world, [*backlog, tracked_id, *before, ooo, answer, *after])
    conversation = rows(
        world.conn,
        "select conversation_id from public.messages where internet_message_id = any(%s)",
        [tracked_id, answer],
    )
    assert len({r["conversation_id"] for r in conversation}) == 1
    assert tracked_row(world, tracked_id)["status"] == "replied"


def test_graph_answer_filed_away_between_two_delta_pages_still_stops_the_followup(
    graph: World, recorder: Recorder
) -> None:
    """R13: "No follow-up is ever sent after an answer was received in its conversation"; R9: "The worker then
    re-reads the conversation from the provider (last look)". Bob's answer reaches the Inbox; while the worker
    pages through the Inbox's delta, Alice files it in Archive (Graph then reports it `@removed` on the next page,
    M-DQO). The conversation still holds the answer, wherever it is filed."""
    world = graph
    world.control.configure(graph_delta_page_size=5)
    recorder.before.append(small_graph_pages)
    tracked_id = send_tracked(world)
    run_worker(world, "sync", recorder=recorder)
    tracked = tracked_row(world, tracked_id)
    set_clock(world, START + dt.timedelta(hours=3))
    first_page = fillers(world, 5, "Page one")
    answer = reply_from(world, BOB, tracked_id, "We will go ahead, thank you.")
    rest = fillers(world, 3, "Page two")
    set_clock(world, START + dt.timedelta(hours=4, minutes=10))
    assert world.schedule() == 1
    moved: list[bool] = []
    inbox_id = graph_box(world).folder_ids["inbox"]

    def file_it_after_page_one(request: Request, response: Response) -> None:
        inbox = inbox_id in request.path or "/inbox/" in request.path.lower()
        if not moved and inbox and "/messages/delta" in request.path and b"nextLink" in response.body:
            graph_move(world, answer, "archive")
            moved.append(True)

    recorder.after.append(file_it_after_page_one)
    run_worker(world, "sync", "send", recorder=recorder)
    assert moved, "the answer was not moved between pages: the test did not test it"
    assert engine_sends(world) == [], "a follow-up went out although the answer sits in the conversation"
    assert violations(world) == []
    assert all(f["status"] != "sent" for f in followups_of(world, tracked["id"]))
    assert_recorded_once(world, [tracked_id, *first_page, *rest])


def test_graph_message_deleted_between_two_delta_pages_loses_nothing_else(graph: World, recorder: Recorder) -> None:
    """M-DQO: "Removed items come back as `{"id":…, "@removed":{"reason":"deleted"}}`" and "The same entity can
    appear several times … Merge idempotently"; README "No message stops a worker": the round and its cursor go
    on. What becomes of the deleted message itself the texts leave open: it is not asserted."""
    world = graph
    world.control.configure(graph_delta_page_size=5)
    recorder.before.append(small_graph_pages)
    backfill(world)
    first_page = fillers(world, 5, "Page one")
    doomed = deliver(world, CAROL, "Deleted between pages")
    rest = fillers(world, 6, "Page two")
    deleted: list[bool] = []
    inbox_id = graph_box(world).folder_ids["inbox"]

    def delete_after_page_one(request: Request, response: Response) -> None:
        inbox = inbox_id in request.path or "/inbox/" in request.path.lower()
        if not deleted and inbox and "/messages/delta" in request.path and b"nextLink" in response.body:
            graph_move(world, doomed, "deleteditems")
            deleted.append(True)

    recorder.after.append(delete_after_page_one)
    before = cursors(world)
    run_worker(world, "sync", recorder=recorder)
    assert deleted, "the message was not deleted between pages: the test did not test it"
    assert_recorded_once(world, [*first_page, *rest])
    assert cursors(world)["inbox"] != before["inbox"], "the round's delta link was not stored"
    later = deliver(world, BOB, "After the deletion")
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [*first_page, *rest, later])


def test_graph_next_link_gone_stale_mid_round_restarts_and_loses_nothing(graph: World, recorder: Recorder) -> None:
    """M-I2877 via mail-protocols.md 1.2: "Older `nextLink`s can also go stale during traversal"; M-DQO: a 410
    "means restart with a full sync". The sync state behind the round's next page is evicted between two pages."""
    world = graph
    world.control.configure(graph_delta_page_size=5)
    recorder.before.append(small_graph_pages)
    backfill(world)
    expected = fillers(world, 14, "Stale")
    evicted: list[bool] = []

    def evict_after_page_one(request: Request, response: Response) -> None:
        if not evicted and "/messages/delta" in request.path and b"nextLink" in response.body:
            world.control.expire_delta_tokens(ALICE)
            evicted.append(True)

    recorder.after.append(evict_after_page_one)
    run_worker(world, "sync", recorder=recorder)
    run_worker(world, "sync", recorder=recorder)  # a worker that deferred the restart gets its next pass
    assert evicted, "the sync state was not evicted between pages"
    assert [h for h in recorder.hits if h.status == 410], "no stale nextLink was met"
    assert_recorded_once(world, expected)
    assert sorted(message_ids(world)) == sorted(in_graph_folders(world, "inbox", "sentitems"))


def test_gmail_message_deleted_between_two_history_pages_loses_nothing_else(
    gmail: GmailWorld, recorder: Recorder
) -> None:
    """G-HIST: history lists `messageAdded` and `messageDeleted`; a message deleted after its `messageAdded` was
    listed answers 404 to `messages.get` (G-FMT). README "No message stops a worker … the round, its cursor and
    every other mailbox go on". What becomes of the deleted message is open: not asserted. (The sandbox has no
    delete/trash API, so the deletion is played on its state the way users.messages.delete would change it.)"""
    from relance.sandbox.gmail import HistoryRecord

    world = gmail
    recorder.before.append(small_gmail_pages)
    backfill(world)
    first_page = fillers(world, 6, "Page one")
    doomed = deliver(world, CAROL, "Deleted between pages")
    rest = fillers(world, 6, "Page two")
    box = world.sandbox.sandbox.gmail.require_mailbox(ALICE)
    deleted: list[bool] = []

    def delete_after_page_one(request: Request, response: Response) -> None:
        if not deleted and request.path.endswith("/history") and b"nextPageToken" in response.body:
            with world.sandbox.sandbox.world.lock:
                message = next(m for m in box.messages.values() if m.rfc822_id == doomed)
                del box.messages[message.message_id]
                record = HistoryRecord(
                    box.bump(), "messageDeleted", message.message_id, message.thread_id, [], [], world.now()
                )
                box.history.append(record)
            deleted.append(True)

    recorder.after.append(delete_after_page_one)
    before = world.cursor()
    run_worker(world, "sync", recorder=recorder)
    assert deleted, "the message was not deleted between pages: the test did not test it"
    assert_recorded_once(world, [*first_page, *rest])
    assert mailbox_status(world) == "active"
    after = world.cursor()
    assert before is not None and after is not None and after > before, "the cursor did not move on"
    later = deliver(world, BOB, "After the deletion")
    run_worker(world, "sync", recorder=recorder)
    assert_recorded_once(world, [*first_page, *rest, later])


def test_graph_delta_replays_and_duplicate_notifications_record_nothing_twice(e2e: E2E, recorder: Recorder) -> None:
    """M-DQO: "The same entity can appear several times, and replays (the same change in later responses) are
    possible. Merge idempotently"; M-WH: Graph may deliver a notification twice; R4/R5 record each message once."""
    world = e2e
    tracked_id = send_tracked(world)
    run_worker(world, "events", "sync", recorder=recorder)
    ok_before = len([d for d in world.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]])
    world.control.fault_notifications(duplicate=2)
    answer = reply_from(world, BOB, tracked_id, "Thanks, I will read it.")
    manual = str(
        world.control.send_by_hand(ALICE, [BOB], "Following up by hand.", in_reply_to=tracked_id)["internet_message_id"]
    )
    world.notified(ok_before + 4)
    world.control.replay_delta(ALICE, rounds=2)
    run_worker(world, "events", "sync", recorder=recorder)
    run_worker(world, "events", "sync", recorder=recorder)
    assert_recorded_once(world, [tracked_id, answer, manual])
    tracked = tracked_row(world, tracked_id)
    assert tracked["manual_detected"] <= 1
    counts = rows(
        world.conn, "select count(*) as n from public.manual_followups where tracked_email_id = %s", tracked["id"]
    )
    assert counts[0]["n"] <= 1
    assert all(n == 1 for _, n in tracked_events(world))


# ======================================================================================= 4. notifications


def test_graph_webhook_validation_handshake_echoes_the_decoded_token_as_text_plain(e2e: E2E) -> None:
    """M-VAL: "The client must URL-decode the token and reply within 10 seconds with `200 OK`,
    `Content-Type: text/plain`, and the decoded token as the body. An encoded token fails validation". The real
    subscriptions exist too: the sandbox created them only after its own handshake succeeded, for the notification
    URL and the lifecycle URL."""
    token = "Validation: Testing client application reachability for subscription Request-Id: a+b/c=d&e f%"
    answer = httpx.post(f"{e2e.webhook_url}?validationToken={quote(token, safe='')}", content=b"", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].lower().startswith("text/plain")
    assert answer.text == token
    subscriptions = e2e.control.graph_subscriptions()
    resources = " ".join(s["resource"].lower() for s in subscriptions)
    assert len(subscriptions) == 2 and "inbox" in resources and "sentitems" in resources
    for sub in subscriptions:
        assert sub["clientState"] and len(sub["clientState"]) <= 128
        assert sub["lifecycleNotificationUrl"], (
            "no lifecycle URL: reauthorizationRequired/subscriptionRemoved/missed never reach Relance"
        )


@pytest.mark.parametrize("client_state", ["not-the-registered-one", None])
def test_graph_push_whose_client_state_does_not_match_is_refused_and_changes_nothing(
    e2e: E2E, client_state: str | None
) -> None:
    """M-WH/M-SUB: "Every notification echoes it. Reject a notification on mismatch"; catalog
    (worker.receive_graph_notifications): "whose clientState … does not match the registered one, is never
    processed and is recorded in private.provider_rejections"."""
    world = e2e
    world.control.fault_notifications(drop=1)
    planted = deliver(world, "mallory@elsewhere.example", "Planted")
    sub = next(s for s in world.control.graph_subscriptions() if "inbox" in s["resource"].lower())
    message = next(m for m in world.control.graph_messages(ALICE, "inbox") if m["internet_message_id"] == planted)
    user = graph_box(world).user_id
    item: dict[str, Any] = {
        "subscriptionId": sub["id"],
        "subscriptionExpirationDateTime": sub["expirationDateTime"],
        "changeType": "created",
        "resource": f"Users/{user}/Messages/{message['id']}",
        "resourceData": {"@odata.type": "#Microsoft.Graph.Message", "id": message["id"]},
        "tenantId": world.app["tenant_id"],
    }
    if client_state is not None:
        item["clientState"] = client_state
    before = rows(world.conn, "select count(*) as n from private.provider_rejections")[0]["n"]
    answer = httpx.post(world.webhook_url, json={"value": [item]}, timeout=10)
    assert answer.status_code < 500, "a refused notification answered 5xx: Graph would retry it for hours"
    assert queued_provider_events(world) == 0
    after = rows(world.conn, "select count(*) as n from private.provider_rejections")[0]["n"]
    assert after > before, "the refusal was not recorded"
    run_worker(world, "events")
    assert planted not in message_ids(world)
    assert mailbox_status(world) == "active"
    assert (
        rows(world.conn, "select status from private.provider_subscriptions where external_id = %s", sub["id"])[0][
            "status"
        ]
        == "active"
    )


def test_graph_reauthorization_required_is_answered_and_nothing_is_lost(e2e: E2E, recorder: Recorder) -> None:
    """M-LC: "`reauthorizationRequired` … Respond `202`, then call `POST /subscriptions/{id}/reauthorize` … or
    `PATCH` the expiry … Delivery may pause until you do, and changes made during the pause are lost, so resync
    with delta"."""
    world = e2e
    sub = next(s for s in world.control.graph_subscriptions() if "inbox" in s["resource"].lower())
    world.control.trigger_lifecycle(sub["id"], "reauthorizationRequired")
    world.delivered("graph.lifecycle", 1)
    during = deliver(world, BOB, "Written during the pause")  # its notification is lost by Graph
    run_worker(world, "events", "sync", recorder=recorder)
    answered = [h for h in recorder.hits if sub["id"] in h.path and h.method in ("POST", "PATCH") and h.status < 300]
    assert answered, "the subscription was neither reauthorized nor renewed"
    assert_recorded_once(world, [during])
    ok_before = len([d for d in world.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]])
    after = deliver(world, CAROL, "Written after the reauthorization")
    world.notified(ok_before + 1)  # notifications flow again
    run_worker(world, "events", recorder=recorder)
    assert_recorded_once(world, [during, after])


def test_graph_subscription_removed_is_recreated_and_the_gap_synced(e2e: E2E, recorder: Recorder) -> None:
    """M-LC: "`subscriptionRemoved` … means you must recreate the subscription, then delta-sync to cover the gap";
    README: the worker "recreates them on `subscriptionRemoved`"."""
    world = e2e
    sub = next(s for s in world.control.graph_subscriptions() if "inbox" in s["resource"].lower())
    world.control.trigger_lifecycle(sub["id"], "subscriptionRemoved")
    world.delivered("graph.lifecycle", 1)
    gap = deliver(world, BOB, "Written while unsubscribed")
    run_worker(world, "events", "sync", "renew", recorder=recorder)
    inbox = [s for s in world.control.graph_subscriptions() if "inbox" in s["resource"].lower()]
    assert len(inbox) == 1 and inbox[0]["id"] != sub["id"], "the Inbox subscription was not recreated"
    stored = {
        r["external_id"]: r["status"]
        for r in rows(world.conn, "select external_id, status from private.provider_subscriptions")
    }
    assert stored.get(sub["id"]) != "active" and stored.get(inbox[0]["id"]) == "active"
    assert_recorded_once(world, [gap])
    ok_before = len([d for d in world.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]])
    after = deliver(world, CAROL, "Written after the new subscription")
    world.notified(ok_before + 1)
    run_worker(world, "events", recorder=recorder)
    assert_recorded_once(world, [gap, after])


def test_graph_missed_lifecycle_notification_resyncs_the_missed_message(e2e: E2E, recorder: Recorder) -> None:
    """M-LC: "`missed` (Outlook message/event/contact) means some notifications were not delivered … Respond
    `202`, then run a full resync via delta". Only the notification loop runs: the missed message must come from
    handling `missed` itself, not from the safety-net sync."""
    world = e2e
    world.control.fault_notifications(drop=1)
    missed = deliver(world, BOB, "Its notification was dropped")
    sub = next(s for s in world.control.graph_subscriptions() if "inbox" in s["resource"].lower())
    world.control.trigger_lifecycle(sub["id"], "missed")
    world.delivered("graph.lifecycle", 1)
    run_worker(world, "events", recorder=recorder)
    assert_recorded_once(world, [missed])


def test_graph_subscriptions_are_renewed_before_they_expire(e2e: E2E, recorder: Recorder) -> None:
    """M-WH: "If you do not renew in time, Graph deletes the subscription"; README: "renews subscriptions before
    they expire" and (Health) "the workers renew 24 hours ahead for Graph … each hour"."""
    world = e2e
    subs = world.control.graph_subscriptions()
    expiry = min(dt.datetime.fromisoformat(s["expirationDateTime"][:19] + "+00:00") for s in subs)
    set_clock(world, expiry - dt.timedelta(hours=20))
    run_worker(world, "renew", recorder=recorder)
    renewed = world.control.graph_subscriptions()
    assert len(renewed) == 2
    for sub in renewed:
        assert dt.datetime.fromisoformat(sub["expirationDateTime"][:19] + "+00:00") > expiry, sub
    checks = health(world, world.now())
    assert checks["subscriptions_expiring"]["ok"], checks["subscriptions_expiring"]
    set_clock(world, expiry + dt.timedelta(hours=1))
    assert len(world.control.graph_subscriptions()) == 2, "a subscription lapsed at its first expiry"
    ok_before = len([d for d in world.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]])
    deliver(world, BOB, "After the first expiry")
    world.notified(ok_before + 1)


def test_gmail_watch_is_renewed_daily(gmail_e2e: GmailE2E, recorder: Recorder) -> None:
    """G-PUSH: "re-call watch at least every 7 days; Google recommends daily"; README: "renews each watch daily
    (watches last 7 days)" and (Health) "the workers renew … 6 days for Gmail"."""
    world = gmail_e2e
    watch = world.control.gmail_watch(ALICE)["watch"]
    assert watch is not None
    first = dt.datetime.fromisoformat(watch["expiration"].replace("Z", "+00:00"))
    set_clock(world, START + dt.timedelta(days=1, hours=1))
    run_worker(world, "renew", recorder=recorder)
    renewed = world.control.gmail_watch(ALICE)["watch"]
    assert renewed is not None
    assert dt.datetime.fromisoformat(renewed["expiration"].replace("Z", "+00:00")) > first
    assert {"INBOX", "SENT"} <= set(renewed["labels"]) or renewed["labels"] == []


def _push(url: str, address: str, history_id: int, message_id: str, token: str | None = None) -> httpx.Response:
    """A Pub/Sub push of Gmail's notification, with `token` as its OIDC bearer (none without)."""
    data = base64.urlsafe_b64encode(json.dumps({"emailAddress": address, "historyId": str(history_id)}).encode())
    envelope = {
        "message": {
            "data": data.decode(),
            "messageId": message_id,
            "message_id": message_id,
            "publishTime": "2030-01-07T08:00:00.000Z",
            "publish_time": "2030-01-07T08:00:00.000Z",
        },
        "subscription": "projects/relance-tests/subscriptions/relance-push",
    }
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.post(url, json=envelope, headers=headers, timeout=10)


def _pubsub_token(world: GmailE2E, audience: str = PUSH_AUDIENCE) -> str:
    return str(world.control.pubsub_token(audience)["token"])


@pytest.mark.parametrize("credentials", ["a secret in the URL", "another audience", "a forged token", None])
def test_gmail_push_with_bad_or_missing_credentials_is_refused_and_changes_nothing(
    gmail_e2e: GmailE2E, credentials: str | None
) -> None:
    """README: the function authenticates the push by Pub/Sub's OIDC token (audience, service account, Google's
    keys) and refuses a secret in the URL, which access logs keep (PRIVACY.md); G-PSAUTH; G-PUSH: "treat it as an
    untrusted wake-up". A push that fails authentication queues nothing; the same push with a genuine token is
    accepted (the control case)."""
    world = gmail_e2e
    url, token = world.push_url, None
    if credentials == "a secret in the URL":
        url, token = f"{world.push_url}?token=s3cret", _pubsub_token(world)
    elif credentials == "another audience":
        token = _pubsub_token(world, "https://elsewhere.example/functions/v1/gmail-push")
    elif credentials == "a forged token":
        head, claims, _signature = _pubsub_token(world).split(".")
        token = f"{head}.{claims}.{base64.urlsafe_b64encode(b'forged').decode().rstrip('=')}"
    baseline = queued_provider_events(world)
    refused = _push(url, ALICE, 999_999_999, "7001", token)
    assert refused.status_code in (401, 403), refused.status_code
    assert queued_provider_events(world) == baseline
    accepted = _push(world.push_url, ALICE, 999_999_999, "7002", _pubsub_token(world))
    assert 200 <= accepted.status_code < 300
    assert queued_provider_events(world) == baseline + 1


def test_gmail_push_delivered_twice_is_handled_once(gmail_e2e: GmailE2E) -> None:
    """G-PUSH: push subscriptions are at-least-once ("Errors and timeouts are retried"); catalog
    (worker.receive_gmail_push): "Idempotent per Pub/Sub messageId"; DESIGN.md "Ingest is idempotent"."""
    world = gmail_e2e
    arrived = deliver(world, BOB, "Pushed twice")
    world.pushed(2)  # the sandbox's own push for that message (the watch's first push was the fixture's)
    token = _pubsub_token(world)
    baseline = queued_provider_events(world)
    assert 200 <= _push(world.push_url, ALICE, 10**9, "8001", token).status_code < 300
    assert 200 <= _push(world.push_url, ALICE, 10**9, "8001", token).status_code < 300
    assert queued_provider_events(world) == baseline + 1, "the same Pub/Sub message was queued twice"
    run_worker(world, "events")
    assert_recorded_once(world, [arrived])


# ======================================================================================= 5. tokens


def test_graph_access_token_expiring_mid_sync_is_refreshed(graph: World, recorder: Recorder) -> None:
    """M-RT / MSAL: a delegated grant's refresh token gets a new access token; R10: only "A revoked or expired
    grant" pauses the mailbox, not an expired access token. The sandbox clock jumps two hours (the access
    token lives 3599 s) between two delta pages."""
    world = graph
    world.control.configure(graph_delta_page_size=5)
    recorder.before.append(small_graph_pages)
    backfill(world)
    expected = fillers(world, 14, "Long round")
    jumped: list[bool] = []

    def expire_after_page_one(request: Request, response: Response) -> None:
        if not jumped and "/messages/delta" in request.path and b"nextLink" in response.body:
            world.control.advance_clock(hours=2)
            jumped.append(True)

    recorder.after.append(expire_after_page_one)
    run_worker(world, "sync", recorder=recorder)
    assert jumped
    assert [h for h in recorder.hits if h.status == 401], "no request met the expired token: the test did not test it"
    assert mailbox_status(world) == "active"
    assert_recorded_once(world, expected)


def test_gmail_access_token_expiring_mid_sync_is_refreshed(gmail: GmailWorld, recorder: Recorder) -> None:
    """G-CREDS: Credentials "refreshes automatically when given a refresh token plus a token endpoint"; R10."""
    world = gmail
    recorder.before.append(small_gmail_pages)
    backfill(world)
    expected = fillers(world, 14, "Long round")
    jumped: list[bool] = []

    def expire_after_page_one(request: Request, response: Response) -> None:
        if not jumped and request.path.endswith("/history") and b"nextPageToken" in response.body:
            world.control.advance_clock(hours=2)
            jumped.append(True)

    recorder.after.append(expire_after_page_one)
    run_worker(world, "sync", recorder=recorder)
    assert jumped
    assert [h for h in recorder.hits if h.status == 401], "no request met the expired token: the test did not test it"
    assert mailbox_status(world) == "active"
    assert_recorded_once(world, expected)


@pytest.mark.parametrize("provider", ["graph", "gmail"])
def test_token_endpoint_unreachable_is_not_a_revoked_grant(
    provider: str,
    sandbox: RunningSandbox,
    db_url: str,
    conn: psycopg.Connection[Any],
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R10: "Retryable errors (429 with `Retry-After`, 5xx, network) retry with backoff …"; only "A revoked or
    expired grant pauses the mailbox (`needs_reauth`)". The access token has expired (the sandbox clock moved two
    hours) and the token endpoint drops the connection: a network error, not a refusal of the grant."""
    world: World = (
        build_world(sandbox, db_url, conn) if provider == "graph" else build_gmail_world(sandbox, db_url, conn)
    )
    try:
        backfill(world)
        world.control.advance_clock(hours=2)
        arrived = deliver(world, BOB, "While the token endpoint was down")
        token_path = r"/oauth2/v2\.0/token$" if provider == "graph" else r"^/token$"
        world.control.inject_fault(token_path, count=20, drop=True)
        # The worker's backoff on the sandbox's clock (half a minute of real waits else).
        slept = fake_sleep_on_sandbox_clock(monkeypatch, world)
        run_worker(world, "sync", recorder=recorder, check=False)
        monkeypatch.undo()
        assert slept, "the token endpoint's failure was not retried with a backoff"
        pending = world.control.faults()
        assert not pending or pending[0]["hits"] > 0, "the token was never refreshed: the test did not test it"
        assert mailbox_status(world) == "active", "a network error at the token endpoint was taken for a revoked grant"
        world.control.clear_faults()
        world.control.advance_clock(minutes=10)
        run_worker(world, "sync", recorder=recorder)
        assert mailbox_status(world) == "active"
        assert_recorded_once(world, [arrived])
    finally:
        world.worker_conn.close()


def _revoked_grant_waits(world: World, provider: str, recorder: Recorder) -> tuple[str, dict[str, Any]]:
    tracked_id, tracked = tracked_and_due(world, recorder)
    kept = cursors(world)
    assert kept
    world.control.revoke_grant(provider, ALICE, access_tokens=True)
    answer_later = deliver(world, CAROL, "Written while the grant was revoked")
    run_worker(world, "sync", "send", recorder=recorder)

    assert mailbox_status(world) == "needs_reauth"
    check = health(world, world.now())["mailboxes_needing_reauth"]
    assert not check["ok"] and str(world.mailbox_id) in json.dumps(check, default=str)
    assert engine_sends(world) == []
    statuses = [f["status"] for f in followups_of(world, tracked["id"])]
    assert statuses and statuses[0] not in ("failed", "cancelled", "sent"), statuses
    assert tracked_row(world, tracked_id)["status"] == "active"
    assert cursors(world) == kept, "the sync cursor was lost with the grant"
    return answer_later, tracked


def test_graph_refresh_token_revoked_needs_reauth_followups_wait_and_cursor_kept(
    graph: World, recorder: Recorder
) -> None:
    """R10: "A revoked or expired grant pauses the mailbox (`needs_reauth`) instead of failing every follow-up in
    it"; README (Health): `mailboxes_needing_reauth` fails when "a mailbox is in `needs_reauth`"; README
    (reconnecting): "a sync from its stored cursor (no second backfill)"."""
    world = graph
    answer_later, _ = _revoked_grant_waits(world, "graph", recorder)
    # Reconnect (README: "Reconnecting is connecting again (`relance connect` …)"): a new grant, the stored cursor.
    refresh = world.control.graph_refresh_token(world.app["client_id"], ALICE)["refresh_token"]
    start = len(recorder.hits)
    recorder.pass_no += 1
    env = {**os.environ, **world.env()}
    done = subprocess.run(
        [
            sys.executable, "-m", "relance.cli", "connect", "graph", "--address", ALICE, "--team", str(world.team_id),
            "--owner", str(world.owner_id), "--refresh-token-stdin", "--no-subscribe", "--now", world.now().isoformat(),
        ],
        input=refresh, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=WORKER_TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    world.schedule()
    run_worker(world, "sync", "send", recorder=recorder)
    assert mailbox_status(world) == "active"
    deltas = [h for h in recorder.hits[start:] if "/messages/delta" in h.path]
    assert deltas and all(any(k.lower() in ("$deltatoken", "$skiptoken") for k in h.query) for h in deltas), (
        "reconnecting ran a second backfill instead of a sync from the stored cursor"
    )
    assert_recorded_once(world, [answer_later])
    assert engine_sends(world) == [], "a follow-up went out at the moment of reconnection (R11: no burst)"


def test_gmail_refresh_token_revoked_needs_reauth_followups_wait_and_cursor_kept(
    gmail: GmailWorld, recorder: Recorder
) -> None:
    """R10; README (Google Workspace): "A revoked grant puts the mailbox in `needs_reauth` and its follow-ups
    wait; connect it again to resume"; (Health) `mailboxes_needing_reauth`."""
    _revoked_grant_waits(gmail, "gmail", recorder)


# ======================================================================================= 6. sending in thread


def test_graph_followup_is_a_reply_in_thread_through_create_reply_and_send(graph: World, recorder: Recorder) -> None:
    """R9: "sends the follow-up as a reply in the same thread (Graph: `createReply`, edit, `send` …). Identity
    (follow-up id in an `X-Relance-Followup-Id` header, draft ids, `Message-ID`) is stored before sending"; M-CREP;
    R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual"."""
    world = graph
    tracked_id, tracked = tracked_and_due(world, recorder)
    original = next(
        m for m in world.control.graph_messages(ALICE, "sentitems") if m["internet_message_id"] == tracked_id
    )
    run_worker(world, "send", recorder=recorder)
    sent = engine_sends(world)
    assert len(sent) == 1
    mail = sent[0]
    assert recorder.matching("/createReply", "POST"), "the follow-up was not created with createReply"
    assert mail["via"] == "graph.send"
    assert mail["in_reply_to"] == tracked_id and mail["references"][-1] == tracked_id
    assert mail["thread_id"] == original["conversation_id"]
    assert mail["to"] == [BOB]
    assert mail["subject"].lower().endswith("proposal") and mail["subject"].lower().startswith("re")
    followup = followups_of(world, tracked["id"])[0]
    assert followup["status"] == "sent"
    assert mail["headers"]["x-relance-followup-id"] == str(followup["id"])
    assert followup["internet_message_id"] == mail["internet_message_id"]
    assert followup["draft_id"]
    set_clock(world, world.now() + dt.timedelta(minutes=5))
    run_worker(world, "sync", recorder=recorder)
    after = tracked_row(world, tracked_id)
    assert (after["automatic_sent"], after["manual_detected"]) == (1, 0)


def test_gmail_followup_is_a_reply_in_thread_with_thread_id_and_reply_headers(
    gmail: GmailWorld, recorder: Recorder
) -> None:
    """R9: "Gmail: same `threadId`, `In-Reply-To`, `References` and subject"; G-MSGRES/G-SEND: "set `threadId` …
    set `References` and `In-Reply-To` per RFC 2822, and keep the `Subject` matching"."""
    world = gmail
    tracked_id, tracked = tracked_and_due(world, recorder)
    original = next(m for m in world.control.gmail_messages(ALICE) if m["internet_message_id"] == tracked_id)
    run_worker(world, "send", recorder=recorder)
    sent = engine_sends(world)
    assert len(sent) == 1
    mail = sent[0]
    assert mail["via"] == "gmail.send"
    assert mail["thread_id"] == original["threadId"], "the follow-up started a new Gmail thread"
    assert mail["in_reply_to"] == tracked_id and tracked_id in mail["references"]
    assert mail["subject"].lower().endswith("proposal")
    followup = followups_of(world, tracked["id"])[0]
    assert followup["status"] == "sent"
    assert mail["headers"]["x-relance-followup-id"] == str(followup["id"])
    set_clock(world, world.now() + dt.timedelta(minutes=5))
    run_worker(world, "sync", recorder=recorder)
    after = tracked_row(world, tracked_id)
    assert (after["automatic_sent"], after["manual_detected"]) == (1, 0)


def _lost_response_sends_once(world: World, recorder: Recorder, send_path: str) -> None:
    tracked_id, tracked = tracked_and_due(world, recorder)
    lost: list[bool] = []

    def lose_the_answer(request: Request, response: Response) -> None:
        if not lost and request.method == "POST" and request.path.endswith(send_path) and response.status < 300:
            lost.append(True)
            raise DropConnection()

    recorder.after.append(lose_the_answer)
    run_worker(world, "send", recorder=recorder, check=False)
    assert lost, "the send never reached the provider: the test did not test a lost response"
    assert len(engine_sends(world)) == 1
    identity = followups_of(world, tracked["id"])[0]
    assert identity["internet_message_id"] or identity["draft_id"], "nothing identified the send before it left"
    for _ in range(4):
        world.control.advance_clock(minutes=10)
        world.schedule()
        run_worker(world, "sync", "send", recorder=recorder, check=False)
    sent = engine_sends(world)
    assert len(sent) == 1, f"the follow-up left {len(sent)} times"
    followup = followups_of(world, tracked["id"])[0]
    assert followup["status"] == "sent", followup
    assert followup["internet_message_id"] == sent[0]["internet_message_id"]
    row = tracked_row(world, tracked_id)
    assert (row["automatic_sent"], row["manual_detected"]) == (1, 0)


def test_graph_send_whose_response_is_lost_is_never_sent_twice(graph: World, recorder: Recorder) -> None:
    """R9: "A follow-up is sent at most once, even when a worker crashes mid-send … before any retry the worker
    looks for that header in Sent Items"; M-IMM: the sent copy is found by its id or header. The provider sent it
    (POST …/send accepted), but the 202 never came back to the worker."""
    _lost_response_sends_once(graph, recorder, "/send")


def test_gmail_send_whose_response_is_lost_is_never_sent_twice(gmail: GmailWorld, recorder: Recorder) -> None:
    """R9 (as above); README (Google Workspace scopes): "the Sent search that prevents double sends"."""
    _lost_response_sends_once(gmail, recorder, "/messages/send")


# keep the names of imported fixtures referenced for linters
_FIXTURES = (webhook, gmail_push, intake_db_url, e2e, gmail_e2e, TEST_KEY)
