"""Graph request slots shared by worker processes (relance.slots): 4 per mailbox, whoever holds them, each
held by an open transaction and given back when it ends, even by a connection that just goes away."""

from __future__ import annotations

import threading
import time
from typing import Any

from relance import db
from relance.slots import RequestSlots


def take(conn: db.Conn, mailbox: str) -> int | None:
    conn.execute("begin")
    return db.take_mailbox_request_slot(conn, mailbox, 4)


def test_a_mailbox_has_four_slots_across_connections_and_an_ended_transaction_frees_its_own(db_url: str) -> None:
    holders = [db.connect(db_url) for _ in range(6)]
    try:
        assert [take(c, "alice@contoso.com") for c in holders[:4]] == [1, 2, 3, 4]
        assert take(holders[4], "ALICE@contoso.com") is None  # the address, whatever its case
        holders[4].execute("rollback")
        assert take(holders[5], "bob@contoso.com") == 1  # another mailbox has its own
        holders[2].execute("commit")
        assert take(holders[4], "alice@contoso.com") == 3
        holders[0].close()  # a worker that dies: its connection goes, its transaction ends, its slot comes back
        other = db.connect(db_url)
        deadline = time.monotonic() + 60  # the server ends that backend when it reads the goodbye
        while (slot := take(other, "alice@contoso.com")) is None and time.monotonic() < deadline:
            other.execute("rollback")
            time.sleep(0.01)
        assert slot == 1
        other.close()
    finally:
        for c in holders:
            c.close()


def test_holders_beyond_four_wait_their_turn_and_never_exceed_four(db_url: str) -> None:
    slots = RequestSlots(db_url)
    inside, peak, done = 0, 0, 0
    lock = threading.Lock()
    release = threading.Event()

    def request() -> None:
        nonlocal inside, peak, done
        with slots.hold("alice@contoso.com"):
            with lock:
                inside += 1
                peak = max(peak, inside)
            release.wait(timeout=120)
            with lock:
                inside -= 1
                done += 1

    threads = [threading.Thread(target=request) for _ in range(8)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 120
    while inside < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    probe = db.connect(db_url)
    try:
        assert take(probe, "alice@contoso.com") is None  # four are in flight: no fifth slot for anyone
        assert inside == 4
    finally:
        probe.close()
        release.set()
        for t in threads:
            t.join(timeout=120)
        slots.close()
    assert (done, inside, peak) == (8, 0, 4)  # the four that waited got their turn; never more than four


def test_a_worker_connection_keeps_no_session_state(db_url: str) -> None:
    """Every call sets its role for its own transaction only: nothing a pooled server connection would keep."""
    conn = db.connect(db_url)
    try:
        for _ in range(10):  # past psycopg's prepare threshold (5): still nothing prepared server-side
            assert db.list_connected_mailboxes(conn, "graph") == []
        role: Any = conn.execute("select current_user").fetchone()
        assert role == ("postgres",)  # the call's `set local role` ended with the call
        assert conn.execute("select count(*) from pg_prepared_statements").fetchone() == (0,)
    finally:
        conn.close()
