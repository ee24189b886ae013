"""What the worker finds of the message a reply answers, to read answers typed inside its quote: the text the team
sent (any of its mailboxes, this one first), never another team's, never a message the team received; and a
message sent earlier in the same round, before it is stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg

from relance import db
from relance.sync import with_replied_to
from tests.story import add_mailbox, inbound, ingest, make_team_with_mailbox, outbound, worker_connection

T0 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def test_the_team_s_own_sent_text_is_found_by_message_id_and_nobody_else_s(
    conn: psycopg.Connection[Any], db_url: str
) -> None:
    alice = make_team_with_mailbox(conn, address="alice@acme.test")
    colleague = add_mailbox(conn, alice.team_id, alice.owner_id, "chloe@acme.test")
    other = make_team_with_mailbox(conn, address="eve@rival.test", domains=("rival.test",), team_name="Rival")
    worker = worker_connection(db_url)
    hers = outbound(alice, "bob@client.test", sent_at=T0, body_text="Bonjour Bob, notre proposition.")
    ingest(worker, alice.mailbox_id, hers)
    chloes = outbound(colleague, "bob@client.test", sent_at=T0, body_text="Bob, voici le dossier de Chloé.")
    ingest(worker, colleague.mailbox_id, chloes)
    # Another firm's message under the same Message-ID (a forged or colliding id) is not the team's.
    ingest(worker, other.mailbox_id, outbound(other, "bob@client.test", sent_at=T0, body_text="Texte d'Eve.",
                                              internet_message_id=hers.internet_message_id))  # fmt: skip
    received = inbound(alice, "bob@client.test", received_at=T0, body_text="Le texte de Bob.")
    ingest(worker, alice.mailbox_id, received)
    with db.connect(db_url) as service:
        found = db.sent_texts(
            service,
            alice.mailbox_id,
            [hers.internet_message_id, chloes.internet_message_id, received.internet_message_id, "<nobody@x.test>"],
        )
    assert found == {
        hers.internet_message_id: "Bonjour Bob, notre proposition.",
        chloes.internet_message_id: "Bob, voici le dossier de Chloé.",
    }


def test_a_reply_gets_the_text_its_firm_sent_stored_or_earlier_in_the_round(
    conn: psycopg.Connection[Any], db_url: str
) -> None:
    alice = make_team_with_mailbox(conn, address="alice@acme.test")
    worker = worker_connection(db_url)
    stored = outbound(alice, "bob@client.test", sent_at=T0, body_text="Le texte déjà enregistré.")
    ingest(worker, alice.mailbox_id, stored)
    unstored = outbound(alice, "dan@client.test", sent_at=T0, body_text="Le texte vu plus tôt dans ce tour.")
    to_stored = inbound(alice, "bob@client.test", received_at=T0, reply_to=stored)
    to_unstored = inbound(alice, "dan@client.test", received_at=T0, reply_to=unstored)
    to_nobody = inbound(alice, "eli@client.test", received_at=T0)
    page: list[dict[str, Any]] = [to_stored, to_unstored, to_nobody]
    with db.connect(db_url) as service:
        with_replied_to(service, alice.mailbox_id, page, [unstored])
    assert [m.get("replied_to_text") for m in page] == [
        "Le texte déjà enregistré.",
        "Le texte vu plus tôt dans ce tour.",
        None,
    ]


def test_a_reply_to_a_follow_up_without_history_gets_the_first_message_too(
    conn: psycopg.Connection[Any], db_url: str
) -> None:
    """Alice's reminder was written as a new message in the thread, with no history under it; the client answers
    inside the quote of her first message, which her client kept under the reminder's header."""
    alice = make_team_with_mailbox(conn, address="alice@acme.test")
    worker = worker_connection(db_url)
    first = outbound(alice, "bob@client.test", sent_at=T0, body_text="Les quatre questions de la déclaration.")
    ingest(worker, alice.mailbox_id, first)
    reminder = outbound(alice, "bob@client.test", sent_at=T0, reply_to=first, body_text="Je me permets de relancer.")
    ingest(worker, alice.mailbox_id, reminder)
    answer = inbound(alice, "bob@client.test", received_at=T0, reply_to=reminder)
    page: list[dict[str, Any]] = [answer]
    with db.connect(db_url) as service:
        with_replied_to(service, alice.mailbox_id, page, [])
    assert page[0]["replied_to_text"] == "Je me permets de relancer.\n\nLes quatre questions de la déclaration."


def test_a_hostile_message_id_is_not_looked_up_and_fails_nothing(conn: psycopg.Connection[Any], db_url: str) -> None:
    """A Message-ID with a NUL or a lone surrogate cannot be sent to the database: asked about, it would fail the
    lookup, and the round with it, at every sync. It is not asked about; the rest of the page still is."""
    alice = make_team_with_mailbox(conn, address="alice@acme.test")
    worker = worker_connection(db_url)
    stored = outbound(alice, "bob@client.test", sent_at=T0, body_text="Notre proposition.")
    ingest(worker, alice.mailbox_id, stored)
    hostile = inbound(alice, "eve@client.test", received_at=T0)
    hostile["in_reply_to"] = "<a\x00b@x.test>"
    hostile["references"] = ["<\ud800@x.test>", "<" + "x" * 5000 + "@x.test>"]
    fine = inbound(alice, "bob@client.test", received_at=T0, reply_to=stored)
    page: list[dict[str, Any]] = [hostile, fine]
    with db.connect(db_url) as service:
        with_replied_to(service, alice.mailbox_id, page, [])
    assert "replied_to_text" not in hostile and fine["replied_to_text"] == "Notre proposition."
