"""Conversations: the provider's thread reconciled with RFC 5322 links (Message-ID, In-Reply-To,
References), safe against loops and odd orders; subjects normalised for English and French prefixes."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.story import Story, addr

PROSPECT = "marc.lefevre@lefevre-industrie.fr"


@pytest.mark.parametrize(
    ("subject", "normalised"),
    [
        ("RE: Proposition de placement", "proposition de placement"),
        ("RE : TR : Proposition de placement", "proposition de placement"),
        ("Fwd: Re: Fw: Réf. : Proposition", "proposition"),
        ("Re[2]: Rendez-vous   mardi", "rendez-vous mardi"),
        ("[EXT] RE: Rendez-vous", "rendez-vous"),
        ("AW: WG: Angebot", "angebot"),
        ("Réponse automatique : Absent", "réponse automatique : absent"),
        ("Re:", None),
        ("Retour sur notre échange", "retour sur notre échange"),
    ],
)
def test_subjects_are_normalised_for_english_and_french_prefixes(
    conn: psycopg.Connection[Any], subject: str, normalised: str | None
) -> None:
    assert conn.execute("select private.normalize_subject(%s)", (subject,)).fetchone() == (normalised,)


def conversation_of(story: Story, internet_message_id: str) -> Any:
    row = story.conn.execute(
        "select conversation_id from public.messages where internet_message_id = %s", (internet_message_id,)
    ).fetchone()
    assert row
    return row[0]


def raw(story: Story, pid: str, mid: str, *, refs: list[str], folder: str = "inbox", thread: str | None = None) -> Any:
    return story.ingest(
        {
            "provider_message_id": pid,
            "provider_thread_id": thread,
            "internet_message_id": mid,
            "in_reply_to": refs[-1] if refs else None,
            "references": refs,
            "folder": folder,
            "from": addr(PROSPECT if folder == "inbox" else story.address),
            "to": [addr(story.address if folder == "inbox" else PROSPECT)],
            "subject": "Proposition",
            "sent_at": "2026-11-23T10:00:00+01:00",
            "received_at": "2026-11-23T10:00:00+01:00",
            "analysis": {"kind": "human", "opt_out": False},
        }
    )


def test_references_that_loop_do_not_break_threading(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    a = raw(story, "p-a", "<a@x>", refs=["<b@x>", "<a@x>"])  # points at itself and at b
    b = raw(story, "p-b", "<b@x>", refs=["<a@x>"])  # and b points back at a
    assert a["status"] == b["status"] == "ingested"
    assert conversation_of(story, "<a@x>") == conversation_of(story, "<b@x>")


def test_a_reply_seen_before_the_message_it_answers_joins_it(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    raw(story, "p-reply", "<reply@x>", refs=["<original@cabinet>"])
    raw(story, "p-original", "<original@cabinet>", refs=[], folder="sent")
    assert conversation_of(story, "<reply@x>") == conversation_of(story, "<original@cabinet>")
    # The person had already answered: the late copy of the original is tracked as answered, nothing is scheduled
    # (tests/test_seen_out_of_order.py has the rest).
    assert conn.execute("select status::text, next_due_at from public.tracked_emails").fetchall() == [("replied", None)]


def test_the_nearest_link_wins_when_references_span_two_conversations(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    raw(story, "p-1", "<one@x>", refs=[], thread="t1")
    raw(story, "p-2", "<two@x>", refs=[], thread="t2")
    raw(story, "p-3", "<three@x>", refs=["<one@x>", "<two@x>"], thread="t3")  # In-Reply-To: two
    assert conversation_of(story, "<three@x>") == conversation_of(story, "<two@x>")
    assert conversation_of(story, "<three@x>") != conversation_of(story, "<one@x>")


def test_the_providers_thread_groups_messages_without_headers(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    raw(story, "p-1", "<one@x>", refs=[], thread="AAQk-thread")
    raw(story, "p-2", "<two@x>", refs=[], thread="AAQk-thread")
    assert conversation_of(story, "<one@x>") == conversation_of(story, "<two@x>")


def test_same_subject_same_person_without_links_are_two_conversations(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    raw(story, "p-1", "<one@x>", refs=[], thread="t1")
    raw(story, "p-2", "<two@x>", refs=[], thread="t2")
    assert conversation_of(story, "<one@x>") != conversation_of(story, "<two@x>")


def test_malformed_messages_are_refused_whole_with_a_clear_error(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="provider_message_id is required"):
        story.ingest({"folder": "inbox"})
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="folder must be inbox, sent or other"):
        story.ingest({"provider_message_id": "x", "folder": "spam"})
    assert conn.execute("select count(*) from public.messages").fetchone() == (0,)
