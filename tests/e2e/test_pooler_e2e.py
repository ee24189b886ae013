"""The workers through a transaction-mode pooler (Supavisor on Supabase, PgBouncer here): the worker process
and the edge function reach the database only through PgBouncer (pool_mode = transaction, servers handed
out round-robin), and everything works as directly: a notification is ingested, the follow-up is claimed,
sent in the thread and recorded exactly once, and its copy in Sent Items is not taken for a manual one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance.sandbox import RunningSandbox
from tests.e2e.conftest import E2E, Pooler, open_e2e
from tests.e2e.helpers import ALICE
from tests.e2e.test_graph_e2e import tracked_email_sent
from tests.story import promise_violations


@pytest.fixture
def intake_db_url(pooler: Pooler) -> str:
    """The graph-webhook edge function reaches the database through the pooler too."""
    return pooler.url


class PooledE2E(E2E):
    pooler_url: str = ""

    def process_env(self) -> dict[str, str]:
        # The worker's own connection and its Graph request slots go through the pooler.
        return {**super().process_env(), "RELANCE_WORKER_DB_URL": self.pooler_url}


@pytest.fixture
def pooled(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any], webhook: str, tmp_path: Path, pooler: Pooler
) -> Iterator[PooledE2E]:
    """The e2e world, its worker processes and edge function reaching the database through the pooler."""
    for world in open_e2e(sandbox, db_url, conn, webhook, tmp_path, PooledE2E):
        assert isinstance(world, PooledE2E)
        world.pooler_url = pooler.url
        yield world


def transactions_through(pooler: Pooler, database: str) -> int:
    return sum(int(row["total_xact_count"]) for row in pooler.show("stats") if row["database"] == database)


def test_r9_through_a_transaction_pooler_a_followup_is_claimed_sent_and_recorded_exactly_once(
    pooled: PooledE2E, pooler: Pooler
) -> None:
    e2e = pooled
    database = e2e.conn.info.dbname
    before = transactions_through(pooler, database)
    sent = tracked_email_sent(e2e)  # webhook -> pooler -> queue; worker (events) -> pooler -> ingest
    # More of the same calls in one process than psycopg's prepare threshold (5): nothing may be prepared on
    # one server connection and executed on another.
    for n in range(7):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.notified(8)
    e2e.worker("events")
    inbound = e2e.conn.execute("select count(*) from public.messages where direction = 'inbound'").fetchone()
    assert inbound == (7,)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    done = e2e.worker("send")
    assert "sent 1" in done.stderr
    [engine] = e2e.sent_by_engine()
    assert engine["in_reply_to"] == sent["internet_message_id"]
    e2e.notified(2)  # the follow-up's copy in Sent Items comes back as a notification
    e2e.worker("events", "sync")
    e2e.worker("events", "send", "sync")  # nothing left: a second pass sends nothing
    assert len(e2e.sent_by_engine()) == 1
    [followup, *later] = e2e.followups()
    assert followup["status"] == "sent" and followup["seq"] == 1
    assert [f["status"] for f in later] == ["scheduled"]  # the next one, planned, not sent
    tracked = e2e.tracked()[0]
    assert (tracked["status"], tracked["automatic_sent"], tracked["manual_detected"]) == ("active", 1, 0)
    events = e2e.conn.execute(
        "select count(*) from public.events where followup_id = %s and kind = 'sent'", (followup["id"],)
    ).fetchone()
    assert events == (1,)
    assert promise_violations(e2e.conn) == []
    # It all went through the pooler, in many short transactions.
    assert transactions_through(pooler, database) - before > 20
