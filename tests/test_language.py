"""R16: a tracked email's language is read by the worker (lingua) from what the user wrote, stored by ingest, and
its follow-ups speak it: an English thread is followed up in English, end to end through the Graph and Gmail
sandboxes, in text and HTML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance.analysis import language
from relance.providers.normalise import with_analysis
from relance.sandbox import RunningSandbox
from relance.sender import Sender
from relance.sync import sync_gmail_mailbox, sync_mailbox
from tests.e2e.helpers import ALICE, BOB, GmailWorld, World, build_gmail_world, build_world

ENGLISH = "Hello Bob,\n\nPlease find our proposal for the new offices attached. Shall we meet next week?\n\nAlice"
FRENCH = (
    "Bonjour Bob,\n\nVous trouverez ci-joint notre proposition pour les nouveaux bureaux. "
    "On se voit la semaine prochaine ?"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        ("Guten Tag, anbei finden Sie unser Angebot für die neuen Büros.", "de"),
        ("ok", None),  # too short to tell
        ("Merci !", None),
        ("", None),
        (None, None),
    ],
)
def test_r16_the_language_of_a_text_is_detected_or_left_unknown(text: str | None, expected: str | None) -> None:
    assert language.detect(text) == expected


def test_r16_a_sent_message_carries_its_language_and_the_quoted_history_does_not_count() -> None:
    sent = {
        "folder": "sent",
        "from": {"address": ALICE},
        "subject": "Re: Offres",
        "headers": {},
        "body_text": "Thanks, I will send you the signed contract on Monday morning.\n\n"
        "Le lun. 23 nov. 2026, Bob a écrit :\n> Bonjour, voici notre offre détaillée pour les bureaux de Lyon.",
    }
    assert with_analysis(sent, ALICE, lambda: b"")["analysis"] == {"language": "en"}
    assert "analysis" not in with_analysis({**sent, "body_text": "ok"}, ALICE, lambda: b"")


@pytest.fixture
def graph(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


@pytest.fixture
def gmail(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[GmailWorld]:
    built = build_gmail_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def _languages(world: World) -> list[str | None]:
    rows = world.conn.execute("select language from public.tracked_emails order by subject").fetchall()
    return [r[0] for r in rows]


def test_r16_an_english_thread_is_followed_up_in_english_through_graph(graph: World) -> None:
    graph.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], ENGLISH, "A English proposal")
    graph.control.send_by_hand(ALICE, ["Chloé <chloe@client.example>"], FRENCH, "B proposition")
    sync_mailbox(graph.worker_conn, graph.connector.client(graph.mailbox_id, ALICE), graph.mailbox_id)
    assert _languages(graph) == ["en", "fr"]
    graph.advance(hours=4)
    assert graph.schedule() == 2
    outcomes = Sender(graph.worker_conn, graph.connector.client, graph.now).run_once()
    assert [o.result for o in outcomes] == ["sent", "sent"]
    mails = {m["to"][0]: m for m in graph.sent_by_engine()}
    english, french = mails[BOB], mails["chloe@client.example"]
    # "Hello Bob," in Alice's own mail to Bob Prospect: the follow-up greets him the same way (R16).
    assert english["body_text"].startswith("Hello Bob,\n\nI am following up on my message below.")
    assert "<div>Hello Bob,<br>" in english["body_html"]  # our HTML above Graph's quoted history
    assert "Shall we meet next week?" in english["body_html"]  # the thread it replies to, quoted
    # "Bonjour Bob," to Chloé: a slip or a nickname, so no first name at all.
    assert french["body_text"].startswith("Bonjour,\n\nJe me permets de revenir vers vous")
    timeline = graph.conn.execute(
        "select details ->> 'language', details ->> 'variant' from public.events where kind = 'sent' order by 1"
    ).fetchall()
    assert timeline == [("en", "built-in"), ("fr", "built-in")]


def test_r16_an_english_thread_is_followed_up_in_english_through_gmail_with_text_and_html(gmail: GmailWorld) -> None:
    gmail.conn.execute(
        "select worker.propose_mailbox_signature(%s, %s)", (gmail.mailbox_id, "Alice Martin\nContoso & Co")
    )
    gmail.conn.execute(
        "update private.mailbox_signatures set signature_text = proposed_text, signature_html = proposed_html,"
        " confirmed_at = proposed_at"
    )
    gmail.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], ENGLISH, "Proposal")
    sync_gmail_mailbox(gmail.worker_conn, gmail.gmail(), gmail.mailbox_id)
    assert _languages(gmail) == ["en"]
    gmail.advance(hours=4)
    assert gmail.schedule() == 1
    sender = Sender(gmail.worker_conn, gmail.connector.client, gmail.now, gmail.connector.gmail_client)
    assert [o.result for o in sender.run_once()] == ["sent"]
    [mail] = gmail.sent_by_engine()
    assert mail["subject"] == "Re: Proposal"  # no subject of its own: a reply in the thread
    assert mail["body_text"].startswith("Hello Bob,\n\nI am following up")
    # The follow-up's own text ends with the signature; the message it answers is quoted below it, in English.
    own, intro, quoted = mail["body_text"].partition("\n\nOn Mon, ")
    assert own.endswith("Best regards,\nAlice Martin\nContoso & Co"), mail["body_text"]
    assert intro and f"Alice Martin <{ALICE}> wrote:\n> Hello Bob," in quoted
    assert (
        'Best regards,<br>\nAlice Martin<br>\nContoso &amp; Co</div><br><div class="gmail_quote">' in mail["body_html"]
    )
