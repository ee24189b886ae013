"""R13: no interleaving of ingest, scheduler ticks, claims, sends and settings ever deadlocks.

Every path takes its row locks in the one order of sql/functions/065_lock_order.sql. Each test here is one
pair of paths that deadlocked before that order existed (or could have), run at the same instant on their own
connections, over the same rows: one person with several tracked emails in two mailboxes of one team, every
follow-up due. A pair that took shared rows in opposite orders ends one side with a deadlock (SQLSTATE 40P01)
within a few rounds; with the order, every round ends with both sides done and the engine's invariants held.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.story import (
    ALWAYS_WORKING,
    Conn,
    Mailbox,
    Message,
    add_mailbox,
    auto_reply,
    bounce,
    claim,
    inbound_reply,
    ingest,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    pending_followup,
    run_scheduler,
    send_claimed,
    tracked_email,
    worker_connection,
)

ROUNDS = 6


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class World:
    """One team, two mailboxes; per round, a new person with four tracked emails (two per mailbox, two
    with another person too), every follow-up queued."""

    first: Mailbox
    second: Mailbox
    person: str
    tracked: list[tuple[Mailbox, Message, uuid.UUID]]

    def followups(self, conn: Conn) -> list[uuid.UUID]:
        out = []
        for _, _, tracked_id in self.tracked:
            pending = pending_followup(conn, tracked_id)
            if pending is not None:
                out.append(pending["id"])
        return out


def new_round(conn: Conn, first: Mailbox, second: Mailbox) -> World:
    tracked = []
    person, other = (f"{name}-{uuid.uuid4().hex[:8]}@prospect.example" for name in ("marc", "anne"))
    for mailbox, to in ((first, [person]), (first, [person, other]), (second, [person]), (second, [other, person])):
        message = outbound(
            mailbox, to, subject=f"Proposition {uuid.uuid4().hex[:6]}", sent_at=now() - timedelta(days=7)
        )
        result = ingest(conn, mailbox.mailbox_id, message)
        assert result["effects"] == ["tracked"], result
        row = tracked_email(conn, result["message_id"])
        assert row is not None
        tracked.append((mailbox, message, row["id"]))
    run_scheduler(conn)
    return World(first, second, person, tracked)


@pytest.fixture
def team(conn: Conn) -> tuple[Mailbox, Mailbox]:
    first = make_team_with_mailbox(conn, mailbox_settings=ALWAYS_WORKING)
    second = add_mailbox(
        conn, first.team_id, first.owner_id, "alice.gmail@acme.test", provider="gmail", settings=ALWAYS_WORKING
    )
    return first, second


@pytest.fixture
def connections(db_url: str) -> Iterator[tuple[Conn, Conn]]:
    a, b = worker_connection(db_url), worker_connection(db_url)
    yield a, b
    a.close()
    b.close()


Step = Callable[[Conn, World], Any]


def race(conn: Conn, team: tuple[Mailbox, Mailbox], connections: tuple[Conn, Conn], one: Step, two: Step) -> None:
    """Runs `one` and `two` at the same instant on their own connections, ROUNDS times on fresh rows, each with
    the transactions its real caller uses (one per ingest, per claim, per request; the final claim and the
    send in one); fails on any error (a deadlock first of all) and on any broken invariant."""
    errors: list[str] = []
    for _ in range(ROUNDS):
        world = new_round(conn, *team)
        barrier = threading.Barrier(2)

        def run(step: Step, c: Conn, w: World = world, b: threading.Barrier = barrier) -> None:
            try:
                b.wait(timeout=30)
                step(c, w)
            except psycopg.Error as exc:
                errors.append(f"{exc.sqlstate}: {str(exc).splitlines()[0]}")

        threads = [threading.Thread(target=run, args=(s, c)) for s, c in zip((one, two), connections, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
            assert not t.is_alive(), "a side never finished"
    assert errors == []
    assert invariant_problems(conn) == []


# The paths, each as a worker, pg_cron or a frontend request runs it ------------------------------------------


def reply_everywhere(c: Conn, w: World) -> None:
    """The person answers every thread of the first mailbox (R5), in one notification batch."""
    for mailbox, message, _ in w.tracked:
        if mailbox is w.first:
            ingest(c, mailbox.mailbox_id, inbound_reply(message, w.person, received_at=now()))


def reply_second(c: Conn, w: World) -> None:
    for mailbox, message, _ in reversed(w.tracked):
        if mailbox is w.second:
            ingest(c, mailbox.mailbox_id, inbound_reply(message, w.person, received_at=now()))


def out_of_office(c: Conn, w: World) -> None:
    """The person's out-of-office holds every tracked email to them, in both mailboxes (R6)."""
    mailbox, message, _ = w.tracked[-1]
    until = (now() + timedelta(days=10)).date().isoformat()
    ingest(c, mailbox.mailbox_id, auto_reply(message, w.person, received_at=now(), until=until))


def opt_out_first(c: Conn, w: World) -> None:
    mailbox, message, _ = w.tracked[0]
    ingest(c, mailbox.mailbox_id, inbound_reply(message, w.person, received_at=now(), opt_out=True))


def opt_out_second(c: Conn, w: World) -> None:
    mailbox, message, _ = w.tracked[2]
    ingest(c, mailbox.mailbox_id, inbound_reply(message, w.person, received_at=now(), opt_out=True))


def bounce_all(c: Conn, w: World) -> None:
    """Reports for every tracked email of the first mailbox: the person's address fails for good (R7)."""
    for mailbox, message, _ in w.tracked:
        if mailbox is w.first:
            ingest(c, mailbox.mailbox_id, bounce(message, received_at=now(), recipients=[w.person]))


def manual_everywhere(c: Conn, w: World) -> None:
    for mailbox, message, _ in reversed(w.tracked):
        ingest(c, mailbox.mailbox_id, manual_followup(mailbox, message, sent_at=now()))


def tick(c: Conn, w: World) -> None:
    run_scheduler(c)


def claim_and_send_all(c: Conn, w: World) -> None:
    """A worker takes every queued follow-up, newest first, claims, stores identity, claims again, sends."""
    for followup_id in reversed(w.followups(c)):
        context = claim(c, followup_id)
        if context["ok"]:
            send_claimed(c, context)


def settings_change(c: Conn, w: World) -> None:
    """An admin changes the team's interval: every pending follow-up is re-planned (R2)."""
    with c.transaction():
        c.execute("select set_config('request.jwt.claims', %s, true)", (f'{{"sub": "{w.first.owner_id}"}}',))
        c.execute("select public.set_team_settings(%s, '{\"followup_interval_hours\": 3}')", (w.first.team_id,))


def pause_and_resume_mailboxes(c: Conn, w: World) -> None:
    for mailbox in (w.second, w.first):
        for call in ("pause_mailbox(%s, now() - interval '1 hour')", "resume_mailbox(%s, now())"):
            with c.transaction():
                c.execute("select set_config('request.jwt.claims', %s, true)", (f'{{"sub": "{w.first.owner_id}"}}',))
                c.execute(f"select public.{call}", (mailbox.mailbox_id,))


def erase_person(c: Conn, w: World) -> None:
    """An operator erases the person (GDPR Art. 17): their messages, tracked emails and follow-ups."""
    c.execute("select worker.erase_person_as_operator(%s, %s, 'race')", (w.first.team_id, w.person))


def disconnect_mailboxes(c: Conn, w: World) -> None:
    """The owner disconnects both mailboxes (what was pending pauses, nothing more is sent)."""
    for mailbox in (w.second, w.first):
        c.execute("select worker.disconnect_mailbox_as_operator(%s, 'race')", (mailbox.mailbox_id,))


def holidays_change(c: Conn, w: World) -> None:
    c.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, %s, 'Séminaire') on conflict do nothing",
        (w.first.team_id, date.today() + timedelta(days=30)),
    )


# The pairs --------------------------------------------------------------------------------------------------


def test_r13_scheduler_tick_and_replies_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    race(conn, team, connections, tick, reply_everywhere)


def test_r13_out_of_office_and_replies_of_one_person_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    race(conn, team, connections, out_of_office, reply_everywhere)


def test_r13_two_opt_outs_of_one_address_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    race(conn, team, connections, opt_out_first, opt_out_second)


def test_r13_a_bounce_and_another_ingest_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    race(conn, team, connections, bounce_all, reply_second)
    race(conn, team, connections, bounce_all, out_of_office)


def test_r13_one_person_answering_in_two_mailboxes_at_once_never_deadlocks(
    conn: Conn, team: Any, connections: Any
) -> None:
    race(conn, team, connections, reply_everywhere, reply_second)


def test_r13_claims_and_sends_against_every_ingest_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    for ingest_path in (reply_everywhere, out_of_office, opt_out_first, bounce_all, manual_everywhere):
        race(conn, team, connections, claim_and_send_all, ingest_path)


def test_r13_claims_and_settings_pauses_and_holidays_never_deadlock(conn: Conn, team: Any, connections: Any) -> None:
    for admin_path in (settings_change, pause_and_resume_mailboxes, holidays_change):
        race(conn, team, connections, claim_and_send_all, admin_path)


def test_r13_ticks_against_settings_and_manual_followups_never_deadlock(
    conn: Conn, team: Any, connections: Any
) -> None:
    race(conn, team, connections, tick, settings_change)
    race(conn, team, connections, tick, manual_everywhere)


def test_r13_erasure_against_every_ingest_claims_and_ticks_never_deadlocks_and_leaves_nothing(
    conn: Conn, team: Any, connections: Any
) -> None:
    for other in (
        reply_everywhere,
        out_of_office,
        opt_out_first,
        bounce_all,
        manual_everywhere,
        claim_and_send_all,
        tick,
    ):
        race(conn, team, connections, erase_person, other)
    # Whatever came first, nothing the team held on an erased person before the erasure began names them
    # (PRIVACY.md, Art. 17); mail that arrives later is kept, never tracked (test_erasure.py).
    before = conn.execute(
        """select count(*) from public.messages as m
        inner join private.erased_people as p on m.team_id = p.team_id and m.ingested_at < p.erased_at
        where private.address_hash(m.from_address) = p.address_sha256
            or exists (select 1 from unnest(m.to_addresses) as a where private.address_hash(a) = p.address_sha256)"""
    ).fetchone()
    tracked = conn.execute(
        """select count(*) from public.tracked_emails as t
        inner join private.erased_people as p on t.team_id = p.team_id
        where exists (select 1 from unnest(t.recipients) as a where private.address_hash(a) = p.address_sha256)"""
    ).fetchone()
    assert (before, tracked) == ((0,), (0,))


def test_r13_disconnecting_against_claims_replies_ticks_and_erasure_never_deadlocks(
    conn: Conn, team: Any, connections: Any
) -> None:
    for other in (claim_and_send_all, reply_everywhere, tick, erase_person):
        race(conn, team, connections, disconnect_mailboxes, other)
