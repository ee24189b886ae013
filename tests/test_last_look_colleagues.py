"""The sender's last look reads the colleagues' mailboxes too (R5 with the team's ``reply_from_any_conversation``,
R13): a prospect who answered the adviser by writing to a colleague a minute ago is not chased, even before the
colleague's own sync comes round. Against the Graph sandbox over real HTTPS and a real database, two mailboxes of
one team (Alice, who wrote, and Claire, her colleague), on Outlook and on Gmail."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import db
from relance.credentials import connect_with_refresh_token
from relance.providers.seam import MailProvider
from relance.sandbox import RunningSandbox
from relance.sender import Sender
from relance.sync import sync_gmail_mailbox, sync_mailbox
from relance.worker import connect_gmail_mailbox
from tests.e2e.helpers import ALICE, BOB, GmailWorld, World, build_gmail_world, build_world

CLAIRE = "claire@contoso.com"


@pytest.fixture
def world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def connect_claire(world: World) -> uuid.UUID:
    """Claire's Outlook mailbox in Alice's team, connected and synced once (its cursors stored), as the worker
    leaves a mailbox after its backfill."""
    world.control.create_graph_user(CLAIRE, "Claire Durand")
    claire = db.connect_mailbox(
        world.worker_conn, world.team_id, world.owner_id, "graph", CLAIRE, "Claire", world.now()
    )
    refresh = world.control.graph_refresh_token(world.app["client_id"], CLAIRE)["refresh_token"]
    connect_with_refresh_token(world.connector.app, world.connector.store, claire, refresh)
    sync_mailbox(world.worker_conn, world.connector.client(claire, CLAIRE), claire)
    return claire


def due_followup(world: World, subject: str = "Proposal") -> None:
    """Alice's tracked email to Bob is synced, four working hours pass, pg_cron queues the follow-up."""
    world.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], "Shall we meet next week?", subject)
    sync_mailbox(world.worker_conn, world.connector.client(world.mailbox_id, ALICE), world.mailbox_id)
    world.advance(hours=4)
    assert world.schedule() >= 1


def sender(world: World) -> Sender:
    return Sender(world.worker_conn, world.connector.client, world.now)


def in_mailbox(world: World, mailbox_id: uuid.UUID, internet_message_id: str) -> bool:
    row = world.conn.execute(
        "select count(*) from public.messages where mailbox_id = %s and internet_message_id = %s",
        (mailbox_id, internet_message_id),
    ).fetchone()
    return bool(row and row[0])


def set_team_wide(world: World, on: bool) -> None:
    world.conn.execute(
        "update public.team_settings set reply_from_any_conversation = %s where team_id = %s", (on, world.team_id)
    )


def test_r5_an_answer_written_to_a_colleague_a_minute_ago_stops_the_followup_before_it_leaves(world: World) -> None:
    claire = connect_claire(world)
    due_followup(world)
    # Bob writes to Claire on a subject of his own; Claire's sync has not come round.
    note = world.control.deliver(CLAIRE, f"Bob Prospect <{BOB}>", "Votre collègue", "Je réponds à Alice ici : oui.")
    assert not in_mailbox(world, claire, note["internet_message_id"])

    outcomes = sender(world).run_once()

    assert [o.result for o in outcomes] == ["refused"], outcomes
    assert world.sent_by_engine() == []
    assert [t["status"] for t in world.tracked()] == ["replied"]
    assert in_mailbox(world, claire, note["internet_message_id"])  # read by the last look, for the team


def test_r5_without_the_team_setting_no_colleague_mailbox_is_read_and_the_followup_leaves(world: World) -> None:
    claire = connect_claire(world)
    set_team_wide(world, False)
    due_followup(world)
    note = world.control.deliver(CLAIRE, f"Bob Prospect <{BOB}>", "Votre collègue", "Je réponds à Alice ici : oui.")

    outcomes = sender(world).run_once()

    assert [o.result for o in outcomes] == ["sent"], outcomes
    assert len(world.sent_by_engine()) == 1
    assert not in_mailbox(world, claire, note["internet_message_id"])  # Claire's mail is her sync loop's


def test_r5_a_colleague_whose_mailbox_cannot_be_read_does_not_hold_the_teams_followups(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    claire = connect_claire(world)
    due_followup(world)
    world.control.revoke_grant("graph", CLAIRE)

    with caplog.at_level(logging.WARNING, logger="relance.sender"):
        outcomes = sender(world).run_once()

    assert [o.result for o in outcomes] == ["sent"], outcomes
    assert len(world.sent_by_engine()) == 1
    warned = [r.getMessage() for r in caplog.records if "colleague" in r.getMessage()]
    assert len(warned) == 1 and str(claire) in warned[0], warned
    status = world.conn.execute("select status::text from public.mailboxes where id = %s", (claire,)).fetchone()
    assert status == ("active",)  # the colleague's state is its own sync loop's to change, not a sender's


def test_r5_a_burst_of_followups_reads_each_colleague_once_a_minute(world: World) -> None:
    claire = connect_claire(world)
    due_followup(world, "Proposal")
    due_followup(world, "Second proposal")
    assert len(world.followups()) == 2
    send = sender(world)
    read: list[uuid.UUID] = []
    catch_up = send._catch_up

    def recording(provider: MailProvider, mailbox_id: uuid.UUID) -> None:
        read.append(mailbox_id)
        catch_up(provider, mailbox_id)

    send._catch_up = recording  # type: ignore[method-assign]
    outcomes = send.run_once()

    assert sorted(o.result for o in outcomes) == ["sent", "sent"], outcomes
    assert read.count(claire) == 1 and read.count(world.mailbox_id) == 2, read
    # A minute later, the next follow-up's last look reads Claire again.
    world.advance(minutes=1)
    note = world.control.deliver(CLAIRE, f"Bob Prospect <{BOB}>", "Re", "Merci, je reviens vers vous.")
    send._catch_up_colleagues(world.mailbox_id, uuid.uuid4())
    assert read.count(claire) == 2
    assert in_mailbox(world, claire, note["internet_message_id"])


def test_r5_gmail_an_answer_written_to_a_colleague_stops_the_followup_before_it_leaves(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> None:
    world: GmailWorld = build_gmail_world(sandbox, db_url, conn)
    try:
        world.control.create_gmail_user(CLAIRE)
        claire = db.connect_mailbox(
            world.worker_conn, world.team_id, world.owner_id, "gmail", CLAIRE, "Claire", world.now()
        )
        refresh = world.control.google_refresh_token(world.google.client_id, CLAIRE)["refresh_token"]
        connect_gmail_mailbox(world.connector, claire, CLAIRE, refresh)
        sync_gmail_mailbox(world.worker_conn, world.connector.gmail_client(claire, CLAIRE), claire)
        world.send_tracked_email()
        sync_gmail_mailbox(world.worker_conn, world.gmail(), world.mailbox_id)
        world.advance(hours=4)
        assert world.schedule() == 1
        note = world.control.deliver(CLAIRE, f"Bob Prospect <{BOB}>", "Votre collègue", "Je réponds à Alice ici.")
        assert not in_mailbox(world, claire, note["internet_message_id"])

        send = Sender(world.worker_conn, world.connector.client, world.now, world.connector.gmail_client)
        outcomes = send.run_once()

        assert [o.result for o in outcomes] == ["refused"], outcomes
        assert world.sent_by_engine() == []
        assert [t["status"] for t in world.tracked()] == ["replied"]
        assert in_mailbox(world, claire, note["internet_message_id"])
    finally:
        world.worker_conn.close()
