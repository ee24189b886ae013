"""R10's one retry policy (relance.providers.retry), for Graph and Gmail alike, against the sandboxes over real
HTTPS: a 429 waits its Retry-After (seconds or an HTTP-date), a 503 is retried with backoff, a 400 is not
retried, retries are bounded, a Retry-After too long to wait in the worker goes up with the failure, and a send
that may have reached the provider is never repeated. The waits are recorded, never slept."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from relance.providers.errors import GiveUp, RetryLater
from relance.providers.retry import RetryPolicy
from relance.sandbox import RunningSandbox
from relance.sender import Sender
from relance.sync import sync_gmail_mailbox, sync_mailbox
from tests.e2e.helpers import ALICE, START, World, build_gmail_world, build_world


@dataclass
class Case:
    """One provider: a read to throttle, the path it goes to, and the worker's client to slow down."""

    name: str
    world: World
    read: Callable[[], Any]
    path: str
    client: Any
    send_path: str

    def record_waits(self, attempts: int = 6) -> list[float]:
        waits: list[float] = []
        self.client.retry = RetryPolicy(attempts=attempts, sleep=waits.append)
        return waits


@pytest.fixture(params=["graph", "gmail"])
def case(
    request: pytest.FixtureRequest, sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> Iterator[Case]:
    if request.param == "graph":
        world: World = build_world(sandbox, db_url, conn)
        graph = world.connector.client(world.mailbox_id, ALICE)
        built = Case("graph", world, lambda: graph.folder_id("inbox"), r"/mailFolders/inbox$", graph, r"/send$")
    else:
        gmail_world = build_gmail_world(sandbox, db_url, conn)
        gmail = gmail_world.gmail()
        built = Case("gmail", gmail_world, gmail.profile, r"/profile$", gmail, r"/messages/send$")
    try:
        yield built
    finally:
        built.world.worker_conn.close()


def test_a_429_waits_its_retry_after_in_seconds(case: Case) -> None:
    waits = case.record_waits()
    case.world.control.inject_fault(case.path, count=1, status=429, retry_after=2)
    assert case.read()
    assert len(waits) == 1 and 2.0 <= waits[0] <= 2.2  # what the provider asked, plus at most 10 % jitter
    assert case.world.control.faults() == []


def test_a_429_waits_its_retry_after_given_as_an_http_date(case: Case) -> None:
    waits = case.record_waits()
    # The sandbox answers with its own clock in Date: the wait is measured on the provider's clock.
    when = email.utils.format_datetime(START + dt.timedelta(seconds=5), usegmt=True)
    case.world.control.inject_fault(case.path, count=1, status=429, retry_after=when)
    assert case.read()
    assert len(waits) == 1 and 5.0 <= waits[0] <= 5.5


def test_a_503_is_retried_with_jittered_backoff(case: Case) -> None:
    waits = case.record_waits()
    case.world.control.inject_fault(case.path, count=2, status=503, retry_after=None)
    assert case.read()
    assert len(waits) == 2
    assert 1.0 <= waits[0] <= 2.0 and 2.0 <= waits[1] <= 3.0  # 1 s then 2 s, each plus up to 1 s of jitter
    assert case.world.control.faults() == []


def test_a_400_is_not_retried(case: Case) -> None:
    waits = case.record_waits()
    case.world.control.inject_fault(case.path, count=1, status=400, retry_after=None, reason="invalidRequest")
    with pytest.raises(GiveUp) as refused:
        case.read()
    assert refused.value.status == 400 and waits == []


def test_retries_are_bounded(case: Case) -> None:
    waits = case.record_waits(attempts=3)
    case.world.control.inject_fault(case.path, count=10, status=503, retry_after=1)
    with pytest.raises(RetryLater) as raised:
        case.read()
    assert "503" in str(raised.value) and raised.value.retry_after == 1
    assert len(waits) == 2  # three attempts, two waits
    assert [f["count"] for f in case.world.control.faults()] == [7]  # seven shots left: no more attempts


def test_a_retry_after_too_long_for_the_worker_goes_up_with_the_failure(case: Case) -> None:
    waits = case.record_waits()
    case.world.control.inject_fault(case.path, count=1, status=429, retry_after=3600)
    with pytest.raises(RetryLater) as raised:
        case.read()
    assert raised.value.retry_after == 3600 and waits == []


def test_a_send_that_met_a_503_is_not_repeated_the_followup_comes_back_later(case: Case) -> None:
    world = case.world
    world.send_tracked_email()
    if case.name == "graph":
        sync_mailbox(world.worker_conn, case.client, world.mailbox_id)
    else:
        sync_gmail_mailbox(world.worker_conn, case.client, world.mailbox_id)
    world.advance(hours=4)
    assert world.schedule() == 1
    waits = case.record_waits()
    world.control.inject_fault(case.send_path, count=2, status=503, retry_after=None, method="POST")
    outcomes = Sender(world.worker_conn, world.connector.client, world.now, world.connector.gmail_client).run_once()
    assert [o.result for o in outcomes] == ["retry"]
    assert waits == []  # the send is not repeated in the worker: it may have gone out
    assert [f["hits"] for f in world.control.faults()] == [1]
    assert world.sent_by_engine() == []
    assert world.followups()[0]["status"] == "scheduled"
