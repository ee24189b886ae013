"""Live mail is read before history, within minutes (INTELLIGENCE.md: "a meeting request or a quote request never
waits unseen").

A mailbox's first backfill leaves its history pending for the intelligence pipeline: hundreds of messages of last
year, which the hourly autofill run reads at the team's batch size (50 an hour). Mail that arrives once the
mailbox is connected (mailboxes.tracks_from) must not wait behind them, nor for the hour: the minutely live-mail
run (pg_cron `relance-live-mail`, worker.queue_live_mail) queues it as it comes, and the hourly run, when it runs
first, takes it before the history. Through the SQL contract and the real intelligence worker (rules only, no
LLM), on the engine's own ingest.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg

from relance.intelligence.autofill import IntelligenceWorker
from tests.story import Mailbox, add_member, inbound, ingest, make_team_with_mailbox, outbound, worker_connection

T0 = dt.datetime(2030, 3, 4, 9, 0, tzinfo=dt.UTC)  # Claire connects her mailbox (a Monday)
MINUTE = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)

Conn = psycopg.Connection[Any]

MEETING = (
    "Bonjour Claire,\n\nVotre note sur la transmission m'intéresse. Pourrions-nous convenir d'un rendez-vous la "
    "semaine prochaine ? Je suis disponible mardi ou jeudi après-midi.\n\nBien cordialement,\nPaul Roux"
)


def connected_mailbox(conn: Conn) -> Mailbox:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    conn.execute("update public.mailboxes set tracks_from = %s where id = %s", (T0, box.mailbox_id))
    return box


def receive(conn: Conn, box: Mailbox, sender: str, at: dt.datetime, body: str = "Merci, bien reçu.") -> uuid.UUID:
    """A person's mail as the sync ingests it (ingested at `at`, or at the backfill for history)."""
    row = ingest(conn, box.mailbox_id, inbound(box, sender, received_at=at, body_text=body), max(at, T0))
    return uuid.UUID(str(row["message_id"]))


def backfill(conn: Conn, box: Mailbox, count: int) -> list[uuid.UUID]:
    """The first backfill: `count` messages from as many clients, received over the year before the connection."""
    return [
        receive(conn, box, f"client{i}@societe-{i}.fr", T0 - dt.timedelta(days=365) + i * dt.timedelta(hours=20))
        for i in range(count)
    ]


def states(conn: Conn, ids: list[uuid.UUID]) -> list[str]:
    got = dict(
        conn.execute(
            "select message_id, state::text from public.message_insights where message_id = any(%s)", (ids,)
        ).fetchall()
    )
    return [got[i] for i in ids]


def queued_ids(conn: Conn) -> list[uuid.UUID]:
    """What waits on the intelligence queue, in the order the worker reads it."""
    return [
        uuid.UUID(r[0])
        for r in conn.execute("select message ->> 'message_id' from pgmq.q_intelligence order by msg_id").fetchall()
    ]


def live_run(conn: Conn, at: dt.datetime) -> int:
    row = conn.execute("select worker.queue_live_mail(%s)", (at,)).fetchone()
    assert row is not None
    return int(row[0])


def autofill(conn: Conn, at: dt.datetime) -> int:
    row = conn.execute("select worker.run_autofill(%s)", (at,)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_meeting_request_is_read_and_notified_within_minutes_of_a_backfill(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        history = backfill(conn, box, 120)
        # Before anything arrives, the minutely run has nothing to do: the history is the hourly run's.
        assert live_run(conn, T0 + MINUTE) == 0
        assert set(states(conn, history)) == {"pending"}
        # Two hours later a prospect asks for a meeting.
        asked = T0 + 2 * HOUR
        meeting = receive(conn, box, "paul.roux@roux-associes.fr", asked, MEETING)
        assert live_run(conn, asked + MINUTE) == 1
        assert queued_ids(conn) == [meeting]
        with worker_connection(db_url) as wconn:
            assert IntelligenceWorker(wconn, now_fn=lambda: asked + 2 * MINUTE).run_once() == 1
        label = conn.execute("select label::text from public.message_intents where message_id = %s", (meeting,))
        assert label.fetchone() == ("meeting_request",)
        notified = conn.execute("select owner_id, message_id, kind::text from public.notifications").fetchall()
        assert notified == [(box.owner_id, meeting, "meeting_request")], "the owner is told within minutes"
        assert set(states(conn, history)) == {"pending"}, "the history waits for the hourly run"
        # The hourly run reads the history, oldest first, at the team's batch size; mail that arrives meanwhile is
        # still read the next minute, never behind the 70 left.
        assert autofill(conn, T0 + 3 * HOUR + 7 * MINUTE) == 50
        assert states(conn, history) == ["queued"] * 50 + ["pending"] * 70
        quote = receive(conn, box, "lea.martin@martin-finance.fr", T0 + 3 * HOUR + 20 * MINUTE, "Un devis ?")
        assert live_run(conn, T0 + 3 * HOUR + 21 * MINUTE) == 1
        assert queued_ids(conn) == [*history[:50], quote]
        assert states(conn, history[50:]) == ["pending"] * 70


def test_the_hourly_run_takes_live_mail_before_history(db_url: str) -> None:
    # The minutely run was off or behind (pg_cron down for an hour): the hourly run reads today's mail first.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        conn.execute("select public.set_intelligence_settings(%s, p_autofill_batch_size => 5)", (box.team_id,))
        history = backfill(conn, box, 8)
        live = [receive(conn, box, f"prospect{i}@cabinet-{i}.fr", T0 + i * 10 * MINUTE) for i in range(3)]
        assert autofill(conn, T0 + HOUR) == 5
        assert queued_ids(conn) == live + history[:2], "today's mail first, then the oldest history"
        assert autofill(conn, T0 + 2 * HOUR) == 5
        assert queued_ids(conn)[5:] == history[2:7]


def test_the_minutely_run_keeps_to_the_batch_size_and_sets_colleagues_aside(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        add_member(conn, box.team_id, "luc@cabinet-durand.fr")
        conn.execute("select public.set_intelligence_settings(%s, p_autofill_batch_size => 4)", (box.team_id,))
        history = backfill(conn, box, 3)
        old_colleague = receive(conn, box, "luc@cabinet-durand.fr", T0 - dt.timedelta(days=30))
        colleague = receive(conn, box, "luc@cabinet-durand.fr", T0 + MINUTE)
        live = [receive(conn, box, f"prospect{i}@cabinet-{i}.fr", T0 + (2 + i) * MINUTE) for i in range(6)]
        assert live_run(conn, T0 + 10 * MINUTE) == 4
        assert queued_ids(conn) == live[:4]
        assert live_run(conn, T0 + 11 * MINUTE) == 2
        assert queued_ids(conn) == live
        reason = conn.execute(
            "select state::text, reason from public.message_insights where message_id = %s", (colleague,)
        )
        assert reason.fetchone() == ("done", "internal sender")
        # History, even a colleague's, is left to the hourly run.
        assert states(conn, [*history, old_colleague]) == ["pending"] * 4


def test_a_mailbox_with_no_connection_instant_has_only_live_mail(db_url: str) -> None:
    # A mailbox recorded before tracks_from existed (or inserted by an operator): nothing of it is history.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        old = backfill(conn, box, 2)
        assert live_run(conn, T0) == 2
        assert queued_ids(conn) == old


def test_a_team_with_autofill_off_is_left_alone_until_an_admin_runs_it(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        conn.execute("select public.set_intelligence_settings(%s, p_autofill_enabled => false)", (box.team_id,))
        mail = receive(conn, box, "paul.roux@roux-associes.fr", T0 + MINUTE, MEETING)
        assert live_run(conn, T0 + 2 * MINUTE) == 0
        assert autofill(conn, T0 + HOUR) == 0
        assert states(conn, [mail]) == ["pending"]
        assert conn.execute("select public.run_autofill_now(%s, null, %s)", (box.team_id, T0 + HOUR)).fetchone() == (1,)
        assert queued_ids(conn) == [mail]


def test_the_two_runs_never_wait_for_each_other_nor_queue_a_message_twice(db_url: str) -> None:
    # pg_cron starts the minutely and the hourly run together at :07; an admin may press "run now" at that moment.
    # Each run skips the rows another holds: it never waits (a lock timeout of 0 would raise), and no message is
    # queued twice.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        live = [receive(conn, box, f"prospect{i}@cabinet-{i}.fr", T0 + i * MINUTE) for i in range(4)]
        sent = [send(conn, box, [f"client{i}@societe-{i}.fr"], T0 + i * MINUTE) for i in range(3)]
        with psycopg.connect(db_url) as other:
            other.execute("set lock_timeout = '1ms'")
            # Holds the four and the three sent messages' recipients, uncommitted.
            other.execute("select worker.queue_live_mail(%s)", (T0 + 5 * MINUTE,))
            conn.execute("set lock_timeout = '1ms'")
            assert autofill(conn, T0 + 7 * MINUTE) == 0
            assert live_run(conn, T0 + 7 * MINUTE) == 0
            assert states(conn, sent) == ["pending"] * 3, "the other run's batch, not yet committed"
            other.commit()
        assert queued_ids(conn) == live
        assert states(conn, sent) == ["done"] * 3
        assert contacts(conn, box) == {f"client{i}@societe-{i}.fr": box.owner_id for i in range(3)}
        assert autofill(conn, T0 + HOUR) == 0 and live_run(conn, T0 + HOUR) == 0


def send(conn: Conn, box: Mailbox, to: list[str], at: dt.datetime) -> uuid.UUID:
    """Mail the mailbox sent at `at` (ingested then, or at the backfill for history)."""
    row = ingest(conn, box.mailbox_id, outbound(box, to, sent_at=at), max(at, T0))
    return uuid.UUID(str(row["message_id"]))


def contacts(conn: Conn, box: Mailbox) -> dict[str, uuid.UUID]:
    rows = conn.execute("select address, owner_id from public.contacts where team_id = %s", (box.team_id,))
    return dict(rows.fetchall())


def test_a_backfills_sent_mail_becomes_contacts_a_batch_a_minute_each_owned_by_its_first_writer(db_url: str) -> None:
    # A first backfill reads a year of sent mail. Its recipients become contacts in short runs, 500 messages a
    # minute, oldest first: one run over all of it held thousands of contacts' locks for as long as it took, and an
    # admin's "run now" over it outlasted the API's statement timeout, so it never ended. Oldest first, a contact
    # still belongs to whoever wrote to it first, even when that message and a later one fall in different runs.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = connected_mailbox(conn)
        luc = add_member(conn, box.team_id, "luc@cabinet-durand.fr")
        luc_box = conn.execute(
            "insert into public.mailboxes (team_id, owner_id, provider, address, tracks_from)"
            " values (%s, %s, 'graph', 'luc@cabinet-durand.fr', %s) returning id",
            (box.team_id, luc, T0),
        ).fetchone()
        assert luc_box is not None
        year_ago = T0 - dt.timedelta(days=365)
        notary = "maitre.blanc@notaires-lyon.fr"
        first = send(conn, Mailbox(box.team_id, luc_box[0], luc, "luc@cabinet-durand.fr", "graph"), [notary], year_ago)
        clients = [send(conn, box, [f"client{i}@societe-{i}.fr"], year_ago + (i + 1) * HOUR) for i in range(500)]
        last = send(conn, box, [notary, "nouveau@client-neuf.fr"], T0 - dt.timedelta(days=1))
        assert live_run(conn, T0 + MINUTE) == 0, "no inbound mail to queue"
        assert states(conn, [first, *clients[:499]]) == ["done"] * 500
        assert states(conn, [clients[499], last]) == ["pending"] * 2, "the rest waits for the next run"
        made = contacts(conn, box)
        assert len(made) == 500 and "nouveau@client-neuf.fr" not in made
        assert made[notary] == luc
        # The hourly run takes its batch the same way.
        assert autofill(conn, T0 + HOUR) == 0
        assert states(conn, [clients[499], last]) == ["done"] * 2
        made = contacts(conn, box)
        assert len(made) == 502
        assert (made[notary], made["nouveau@client-neuf.fr"]) == (luc, box.owner_id), "the first writer owns it"
        seen = conn.execute(
            "select first_seen_at, last_seen_at from public.contacts where team_id = %s and address = %s",
            (box.team_id, notary),
        ).fetchone()
        assert seen == (year_ago, T0 - dt.timedelta(days=1))
