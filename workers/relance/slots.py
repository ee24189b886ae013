"""Graph's MailboxConcurrency across worker processes: at most 4 requests in flight per mailbox, whoever sends them.

Each process gates its own threads with a semaphore (:func:`relance.providers.graph.mailbox_gate`); that
says nothing of the other processes, so any number of ``relance worker`` processes on one mailbox would
add up past Graph's limit and meet 429s. :class:`RequestSlots` closes that: before a Graph request the
worker takes one of the mailbox's slots in Postgres (``take_mailbox_request_slot``: a transaction advisory
lock among 4), on a connection of its own, holds that transaction open while the request is in flight, and
ends it after. When all 4 are taken it tries again shortly (the lock is only ever tried, so nothing waits
inside Postgres and nothing can deadlock). A worker that dies mid-request loses its connection, which ends
its transaction and frees its slot at once. Transaction-mode poolers keep a transaction on one server
connection, so this holds through Supavisor and PgBouncer too (one pooled connection per request in flight).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from psycopg.pq import TransactionStatus

from relance import db

SLOTS_PER_MAILBOX = 4
FIRST_WAIT_SECONDS = 0.01
LONGEST_WAIT_SECONDS = 0.25


class RequestSlots:
    """The mailboxes' request slots, shared by every process that uses the same database."""

    def __init__(self, url: str, slots: int = SLOTS_PER_MAILBOX) -> None:
        self.url = url
        self.slots = slots
        self._idle: list[db.Conn] = []
        self._lock = threading.Lock()

    def _connection(self) -> db.Conn:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return db.connect(self.url)

    def _give_back(self, conn: db.Conn) -> None:
        if conn.closed or conn.info.transaction_status != TransactionStatus.IDLE:
            conn.close()
            return
        with self._lock:
            self._idle.append(conn)

    @contextmanager
    def hold(self, mailbox: str) -> Iterator[int]:
        """A slot of ``mailbox`` (its address) for the duration of the block; waits while all are taken."""
        conn = self._connection()
        wait = FIRST_WAIT_SECONDS
        try:
            while True:
                with conn.transaction():
                    slot = db.take_mailbox_request_slot(conn, mailbox, self.slots)
                    if slot is not None:
                        yield slot
                        return
                time.sleep(wait * (0.5 + random.random()))  # noqa: S311 - jitter, not a secret
                wait = min(LONGEST_WAIT_SECONDS, wait * 2)
        finally:
            self._give_back(conn)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
