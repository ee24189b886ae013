"""Blind acceptance scenarios: hostile and messy threading and identity fed to the engine's ingest.

Written from BEHAVIOUR.md (R1-R16), DESIGN.md (the normalised message contract, "Teams own everything") and
PRIVACY.md alone, with the scenario vocabulary of tests/story.py. Claire's mailbox at Cabinet Durand
(Europe/Paris, 07:00-18:00 Monday-Friday, a 4 working-hour interval, at most three follow-ups): a message she
sends on Monday at 09:00 has its first follow-up due on Monday at 13:00. Another firm, "Autre Cabinet", uses
Relance too; its mailbox lives in another team. Stories are dated 2027-2029 and pass on any date.

Two of the author's 41 scenarios failed at first (an outbound message ingested after its reply, or after a manual
follow-up that names it, was never tracked): they are the last two tests, kept as written; the mend and more
cases are in tests/test_seen_out_of_order.py.
"""

from __future__ import annotations

import uuid
from typing import Any

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    Message,
    Story,
    addr,
    answered_by,
    auto_reply,
    claim,
    complete,
    engine_copy,
    inbound,
    inbound_reply,
    ingest,
    ingest_page,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
    record_identity,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
STRANGER = "x.inconnu@hameconnage.example"
BOB = "bob@autre-cabinet.fr"

MON = "Mon 2028-11-20"


# Helpers ---------------------------------------------------------------------------------------------------------


def other_team(story: Story, provider: str = "graph") -> Mailbox:
    """Bob's mailbox at Autre Cabinet: another team on the same database."""
    return make_team_with_mailbox(
        story.conn,
        address=BOB,
        domains=("autre-cabinet.fr",),
        team_name="Autre Cabinet",
        provider=provider,
        settings={"time_zone": "Europe/Paris"},
    )


def sent_now(story: Story, when: str) -> list[dict[str, Any]]:
    """A scheduler tick at `when`, then a worker drains the queue: the follow-ups actually sent."""
    story.tick(when)
    return [o for o in story.work(when) if o.get("ok")]


def no_problems(story: Story) -> None:
    assert invariant_problems(story.conn) == []


def messages_of(story: Story, mailbox_id: uuid.UUID) -> list[dict[str, Any]]:
    return query_rows(story.conn, "select * from public.messages where mailbox_id = %s", mailbox_id)


def tenancy_is_sealed(story: Story) -> None:
    """DESIGN "Teams own everything": no row links one team's things to another's."""
    crossed = query_rows(
        story.conn,
        """
        select 'message/conversation' as what, m.id from public.messages m
          join public.conversations c on c.id = m.conversation_id
         where c.team_id <> m.team_id or c.mailbox_id <> m.mailbox_id
        union all
        select 'tracked/answer', t.id from public.tracked_emails t
          join public.messages m on m.id = t.answer_message_id where m.team_id <> t.team_id
        union all
        select 'tracked/conversation', t.id from public.tracked_emails t
          join public.conversations c on c.id = t.conversation_id where c.team_id <> t.team_id
        union all
        select 'manual/message', mf.id from public.manual_followups mf
          join public.messages m on m.id = mf.message_id
          join public.tracked_emails t on t.id = mf.tracked_email_id
         where m.team_id <> t.team_id or m.mailbox_id <> t.mailbox_id
        union all
        select 'event/message', null from public.events e
          join public.messages m on m.id = e.message_id where m.team_id <> e.team_id
        union all
        select 'event/tracked', null from public.events e
          join public.tracked_emails t on t.id = e.tracked_email_id where t.team_id <> e.team_id
        """,
    )
    assert crossed == []


def visible_to(story: Story, user_id: uuid.UUID, query: str, *args: Any) -> list[Any]:
    with acting_as(story.conn, "authenticated", user_id):
        return [r[0] for r in story.conn.execute(query, args).fetchall()]


def spoof(message: Message, **changes: Any) -> Message:
    copy = Message(dict(message))
    copy.update(changes)
    return copy


# Spoofed replies and tenancy -------------------------------------------------------------------------------------


def test_reply_in_another_team_naming_our_tracked_email_never_touches_it(conn: Any) -> None:
    """DESIGN: "Teams own everything." Paul answers Bob (another firm using Relance) quoting Claire's Message-ID in
    In-Reply-To and References (he forwarded her proposal). That message lives in Bob's mailbox: Claire's tracked
    email, in another team, stays active and its follow-up keeps its time; R13 holds, nothing crosses teams."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL])
    hostile = inbound(bob, PAUL, received_at=story.at(f"{MON} 10:00"), reply_to=sent)
    result = ingest(conn, bob.mailbox_id, hostile, story.at(f"{MON} 10:00"))
    assert result["status"] == "ingested"
    row = story.tracked(sent)
    assert row["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"
    assert len(sent_now(story, f"{MON} 13:00")) == 1
    tenancy_is_sealed(story)
    no_problems(story)


def test_same_message_id_in_two_teams_is_two_messages_not_a_duplicate(conn: Any) -> None:
    """DESIGN's idempotence is about "the same message delivered twice" to one mailbox. Claire writes to Paul and
    copies Bob of another team: Bob's inbox receives the very same Message-ID. It is recorded for Bob (not a
    duplicate of Claire's), Claire's copy stays hers and tracked, and neither team's owner sees the other's row."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL], cc=[BOB])
    copy_for_bob = inbound(
        bob,
        story.address,
        received_at=story.at(f"{MON} 09:01"),
        subject=sent.subject,
        internet_message_id=sent.internet_message_id,
    )
    result = ingest(conn, bob.mailbox_id, copy_for_bob, story.at(f"{MON} 09:01"))
    assert result["status"] == "ingested"
    assert [m["internet_message_id"] for m in messages_of(story, bob.mailbox_id)] == [sent.internet_message_id]
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"
    theirs = "select internet_message_id from public.messages where mailbox_id = %s"
    assert visible_to(story, bob.owner_id, theirs, story.mailbox_id) == []
    assert visible_to(story, story.owner, theirs, bob.mailbox_id) == []
    assert visible_to(story, story.owner, theirs, story.mailbox_id) == [sent.internet_message_id]
    tenancy_is_sealed(story)


def test_another_teams_sent_reply_in_our_thread_is_not_our_manual_followup(conn: Any) -> None:
    """R4: a manual follow-up is "An outbound message from the mailbox in a tracked conversation". Bob (another team)
    answers Claire's email to all from his own mailbox: his Sent Items copy names Claire's tracked email. It is not
    Claire's manual follow-up: her counters and schedule do not move."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL], cc=[BOB])
    bobs_reply = outbound(bob, [story.address, PAUL], sent_at=story.at(f"{MON} 10:00"), reply_to=sent)
    ingest(conn, bob.mailbox_id, bobs_reply, story.at(f"{MON} 10:00"))
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"], row["status"]) == (0, 0, "active")
    assert story.due(sent) == f"{MON} 13:00"
    tenancy_is_sealed(story)


def test_another_teams_sent_message_with_our_followup_header_never_marks_it_sent(conn: Any) -> None:
    """R9 and DESIGN tenancy: only Claire's mailbox's Sent Items can show her engine's send. A Sent Items message of
    another team carrying `X-Relance-Followup-Id` of Claire's pending follow-up (copied by a hostile client) does
    not mark it sent: it is still sent once, by Claire's worker, at its time."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL])
    pending = story.pending(sent)
    assert pending is not None
    fake = outbound(
        bob,
        [PAUL],
        sent_at=story.at(f"{MON} 10:00"),
        reply_to=sent,
        headers={"x-relance-followup-id": str(pending["id"])},
    )
    ingest(conn, bob.mailbox_id, fake, story.at(f"{MON} 10:00"))
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"]) == (0, 0)
    assert story.due(sent) == f"{MON} 13:00"
    assert len(sent_now(story, f"{MON} 13:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    tenancy_is_sealed(story)
    no_problems(story)


def test_inbound_copy_of_a_sent_followup_header_is_a_reply_not_an_echo(conn: Any) -> None:
    """R14: "A message is outbound only when the provider filed it as sent by the mailbox". Paul's client keeps the
    `X-Relance-Followup-Id` of the follow-up he answers (or an attacker copies it) on a message in Claire's inbox: it
    is Paul's answer (R5: status replied), never the engine's own send counted again."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    outcomes = sent_now(story, f"{MON} 13:00")
    assert len(outcomes) == 1
    fid = outcomes[0]["followup_id"]
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 15:00"))
    reply["headers"] = {"x-relance-followup-id": str(fid)}
    story.ingest(reply, story.at(f"{MON} 15:00"))
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert (row["automatic_sent"], row["manual_detected"]) == (1, 0)
    no_problems(story)


def test_spoofed_from_mailbox_in_inbox_with_pending_followup_header_is_not_the_engines_send(conn: Any) -> None:
    """R14: "A `From` header naming the mailbox proves nothing ... a spoofed message in the inbox must never be
    tracked or answered as the user's own." A spoof from Claire's own address, in her inbox, claims to be the
    engine's pending follow-up: the follow-up is not thereby sent, and no manual follow-up is counted."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    pending = story.pending(sent)
    assert pending is not None
    fake = inbound(story.mailbox, story.address, received_at=story.at(f"{MON} 10:00"), reply_to=sent)
    fake["to"] = [addr(PAUL)]
    fake["headers"] = {"x-relance-followup-id": str(pending["id"])}
    story.ingest(fake, story.at(f"{MON} 10:00"))
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"]) == (0, 0)
    statuses = [f["status"] for f in story.followups(sent)]
    assert "sent" not in statuses
    no_problems(story)


def test_inbound_reusing_the_tracked_emails_message_id_changes_nothing(conn: Any) -> None:
    """DESIGN: ingest is idempotent, "two provider ids for one `Message-ID`" change "nothing the second time". An
    attacker sends Claire a message under the Message-ID of her own tracked email: it neither answers it, nor turns
    it inbound, nor adds a second row for that Message-ID."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    forged = inbound(
        story.mailbox,
        STRANGER,
        received_at=story.at(f"{MON} 10:00"),
        reply_to=sent,
        internet_message_id=sent.internet_message_id,
        body_text="Veuillez régler la facture ci-jointe.",
    )
    forged["in_reply_to"] = None
    forged["references"] = []
    story.ingest(forged, story.at(f"{MON} 10:00"))
    rows = [m for m in messages_of(story, story.mailbox_id) if m["internet_message_id"] == sent.internet_message_id]
    assert len(rows) == 1
    assert rows[0]["direction"] == "outbound"
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_a_second_message_under_a_reused_message_id_is_recorded_once(conn: Any) -> None:
    """DESIGN: "two provider ids for one `Message-ID`" are one message. A broken client gives Jeanne's second mail
    the Message-ID of her first: the second ingest is a duplicate and leaves one row."""
    story = Story(conn)
    first = story.receive(f"{MON} 10:00", JEANNE, subject="Premier", internet_message_id="<fixe@groupe-leroy.fr>")
    second = story.receive(f"{MON} 11:00", JEANNE, subject="Second", internet_message_id="<fixe@groupe-leroy.fr>")
    assert first["status"] == "ingested"
    assert second["status"] == "duplicate"
    rows = [m for m in messages_of(story, story.mailbox_id) if m["internet_message_id"] == "<fixe@groupe-leroy.fr>"]
    assert len(rows) == 1


# Missing, odd and oversized ids ------------------------------------------------------------------------------------


def test_messages_without_message_id_are_each_recorded(conn: Any) -> None:
    """DESIGN: only `provider_message_id` is "required". Two different messages without a Message-ID (a client
    that sets none) are two messages: neither is taken for a duplicate of the other."""
    story = Story(conn)
    results = []
    for hour, subject in (("10:00", "Sans identifiant 1"), ("10:05", "Sans identifiant 2")):
        message = inbound(story.mailbox, JEANNE, received_at=story.at(f"{MON} {hour}"), subject=subject)
        del message["internet_message_id"]
        results.append(story.ingest(message, story.at(f"{MON} {hour}")))
    assert [r["status"] for r in results] == ["ingested", "ingested"]
    assert results[0]["message_id"] != results[1]["message_id"]
    assert len(messages_of(story, story.mailbox_id)) == 2


def test_reply_without_message_id_in_the_tracked_thread_stops_it(conn: Any) -> None:
    """R5: an inbound message in a tracked conversation, after it, stops it. A reply carrying In-Reply-To but no
    Message-ID of its own still answers."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 10:00"))
    reply["internet_message_id"] = None
    story.ingest(reply, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, f"{MON} 13:00") == []
    no_problems(story)


def test_reply_with_no_headers_but_the_same_provider_thread_stops_it(conn: Any) -> None:
    """Words: the conversation is "the provider's thread (Graph `conversationId`, Gmail `threadId`)"; R5: an
    inbound message in it from anyone but the mailbox stops the tracked email. A webmail that sets neither
    In-Reply-To nor References, from an address that is not a recipient, in the same provider thread."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    reply = inbound(story.mailbox, "assistante@client-patrimoine.fr", received_at=story.at(f"{MON} 10:00"))
    reply.update(provider_thread_id=sent.thread, in_reply_to=None, references=[], subject="RE: " + sent.subject)
    story.ingest(reply, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    no_problems(story)


def test_odd_characters_in_message_ids_still_thread(conn: Any) -> None:
    """Contract: RFC 5322 ids "with angle brackets". A quoted local part, a domain literal, and non-ASCII are all seen
    in the wild: the tracked email with such an id is tracked, and the reply naming it in In-Reply-To only (no
    provider thread in common) answers it (R5: "a message whose `In-Reply-To` ... names the tracked email")."""
    story = Story(conn, reply_from_any_conversation=False)
    odd = '<"été+☃ x"@[192.168.0.1]>'
    sent = story.send(f"{MON} 09:00", [PAUL], internet_message_id=odd)
    assert story.is_tracked(sent)
    reply = inbound(
        story.mailbox,
        "secretariat@client-patrimoine.fr",
        received_at=story.at(f"{MON} 10:00"),
        subject="Votre courrier",
        thread_id="autre-fil-" + uuid.uuid4().hex,
    )
    reply.update(in_reply_to=odd, references=[])
    story.ingest(reply, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


def test_oversized_in_reply_to_does_not_hide_a_references_link(conn: Any) -> None:
    """R5: a message whose "`In-Reply-To` or `References` names the tracked email" is an answer. A reply whose
    In-Reply-To is 900 characters of garbage (within RFC 5322's 998-character line) still names the tracked email
    in References: it answers, in a page whose other message is recorded too (DESIGN: nothing lost)."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    reply = inbound(
        story.mailbox,
        "secretariat@client-patrimoine.fr",
        received_at=story.at(f"{MON} 10:00"),
        subject="Suite",
        thread_id="autre-fil-" + uuid.uuid4().hex,
    )
    reply.update(in_reply_to="<" + "a" * 900 + "@x.fr>", references=[sent.internet_message_id])
    other = inbound(story.mailbox, JEANNE, received_at=story.at(f"{MON} 10:01"), subject="Autre chose")
    results = ingest_page(conn, story.mailbox_id, [reply, other], story.at(f"{MON} 10:02"))
    assert [r["status"] for r in results] == ["ingested", "ingested"]
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


def test_two_thousand_character_message_id_is_never_lost(conn: Any) -> None:
    """DESIGN's page contract: each message is recorded, or reported refused, never silently lost. A tracked email
    whose Message-ID is 2,000 characters long, then a reply naming it: if the engine records it, the reply answers
    it (R5); if it refuses it, the page says so and the next message is still recorded."""
    story = Story(conn, reply_from_any_conversation=False)
    long_id = "<" + "b" * 1985 + "@cabinet-durand.fr>"
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), internet_message_id=long_id)
    reply = inbound(
        story.mailbox,
        "secretariat@client-patrimoine.fr",
        received_at=story.at(f"{MON} 10:00"),
        subject="Suite",
        thread_id="autre-fil-" + uuid.uuid4().hex,
    )
    reply.update(in_reply_to=long_id, references=[long_id])
    control = inbound(story.mailbox, JEANNE, received_at=story.at(f"{MON} 10:01"), subject="Autre chose")
    results = ingest_page(conn, story.mailbox_id, [sent, reply, control], story.at(f"{MON} 10:02"))
    assert len(results) == 3
    assert all(r["status"] in ("ingested", "refused") for r in results), results
    assert results[2]["status"] == "ingested"
    if results[0]["status"] == "ingested":
        assert story.is_tracked(sent)
        assert results[1]["status"] == "ingested"
        assert story.tracked(sent)["status"] == "replied"


def test_references_with_five_thousand_entries_still_find_the_tracked_email(conn: Any) -> None:
    """R5: "`References` names the tracked email" makes an answer. A mailing-list style chain of 5,000 ids with the
    tracked email's id buried in the middle, in another provider thread."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    refs = [f"<chain-{i}@liste.example>" for i in range(5000)]
    refs.insert(2500, sent.internet_message_id)
    reply = inbound(
        story.mailbox,
        "liste@liste.example",
        received_at=story.at(f"{MON} 10:00"),
        subject="[liste] discussion",
        thread_id="liste-" + uuid.uuid4().hex,
    )
    reply.update(in_reply_to=refs[-1], references=refs)
    result = story.ingest(reply, story.at(f"{MON} 10:00"))
    assert result["status"] == "ingested"
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


def test_reference_loops_and_self_reference_terminate_and_touch_nothing_else(conn: Any) -> None:
    """Mess: A says it answers B, B says it answers A, C answers itself (all from strangers, in threads of their own).
    Each ingest returns and records its message; Claire's unrelated tracked email stays active on its schedule
    (R5 needs a link to the tracked conversation)."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    a_id, b_id, c_id = "<boucle-a@x.example>", "<boucle-b@x.example>", "<soi-meme@x.example>"
    msgs = []
    for mid, parent, minute in ((a_id, b_id, "10:00"), (b_id, a_id, "10:01"), (c_id, c_id, "10:02")):
        m = inbound(
            story.mailbox,
            STRANGER,
            received_at=story.at(f"{MON} {minute}"),
            subject="Boucle",
            internet_message_id=mid,
        )
        m.update(in_reply_to=parent, references=[parent, mid, parent])
        msgs.append(m)
    results = [story.ingest(m, story.at(f"{MON} 10:03")) for m in msgs]
    assert [r["status"] for r in results] == ["ingested"] * 3
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_reference_loop_through_the_tracked_email_still_answers(conn: Any) -> None:
    """R5 explicit link: a reply whose References loop back on themselves (its own id, then the tracked email's id,
    then its own again) names the tracked email and answers it."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    own = "<lui-meme@client-patrimoine.fr>"
    reply = inbound(
        story.mailbox,
        "secretariat@client-patrimoine.fr",
        received_at=story.at(f"{MON} 10:00"),
        subject="Boucle",
        thread_id="fil-" + uuid.uuid4().hex,
        internet_message_id=own,
    )
    reply.update(in_reply_to=own, references=[own, sent.internet_message_id, own])
    story.ingest(reply, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


# Provider thread ids ----------------------------------------------------------------------------------------------


def test_gmail_split_thread_reply_naming_the_tracked_email_by_references_only(conn: Any) -> None:
    """Words: "a reply whose headers point into a conversation belongs to it even when the provider filed it
    elsewhere (changed subject)". On Gmail, Paul's assistant changes the subject, Gmail gives a new threadId; only
    References (no In-Reply-To) names Claire's email. It answers (R5)."""
    story = Story(conn, reply_from_any_conversation=False)
    conn.execute("update public.mailboxes set provider = 'gmail' where id = %s", (story.mailbox_id,))
    sent = story.send(f"{MON} 09:00", [PAUL])
    reply = inbound(
        story.mailbox,
        "assistante@client-patrimoine.fr",
        received_at=story.at(f"{MON} 11:00"),
        subject="Rendez-vous mardi",
        thread_id="18c" + uuid.uuid4().hex[:13],
    )
    reply.update(in_reply_to=None, references=[sent.internet_message_id])
    story.ingest(reply, story.at(f"{MON} 11:00"))
    assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, f"{MON} 13:00") == []
    no_problems(story)


def test_manual_followup_filed_in_a_new_provider_thread_is_still_manual(conn: Any) -> None:
    """R4 with the Words: Claire answers her own email with a new subject; the provider files it in a new thread
    but its In-Reply-To names the tracked email, so it is in the tracked conversation: a manual follow-up, counted,
    and the automatic one moves to its sent time + 4 h (Mon 11:00 + 4 h = Mon 15:00)."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    manual = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    manual.update(provider_thread_id="nouveau-fil-" + uuid.uuid4().hex, subject="Petite précision")
    story.ingest(manual, story.at(f"{MON} 11:00"))
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    assert story.due(sent) == f"{MON} 15:00"
    assert not story.is_tracked(manual)
    no_problems(story)


def test_a_later_message_of_the_conversation_named_by_a_new_thread_reply_answers(conn: Any) -> None:
    """R5: a message naming "the tracked email (or a later message of its conversation)". Claire sent a manual
    follow-up; Paul answers that one only, from a client that breaks the thread."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    manual = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    story.ingest(manual, story.at(f"{MON} 11:00"))
    reply = inbound(
        story.mailbox,
        "p.martin@perso.example",
        received_at=story.at(f"{MON} 12:00"),
        subject="ok",
        thread_id="fil-" + uuid.uuid4().hex,
    )
    reply.update(in_reply_to=manual.internet_message_id, references=[])
    story.ingest(reply, story.at(f"{MON} 12:00"))
    assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, f"{MON} 15:00") == []
    no_problems(story)


# Out-of-order delivery --------------------------------------------------------------------------------------------


def test_echo_found_by_its_stored_message_id_before_the_send_is_recorded_is_never_manual(conn: Any) -> None:
    """R9: the follow-up's "Identity (... `Message-ID`) is stored before sending"; R4: "The engine's own follow-up,
    seen again in Sent Items, is never counted as manual." Its Sent Items copy arrives, without the X- header (a
    relay stripped it), after the identity was stored and before complete_followup: no manual follow-up, and the
    total after completion is one."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.tick(f"{MON} 13:00")
    rows = read_queue(conn)
    assert len(rows) == 1
    _msg, fid = rows[0]
    now = story.at(f"{MON} 13:00")
    context = story.claim(fid, now)
    assert context["ok"], context
    mid = f"<relance-{fid}@cabinet-durand.fr>"
    record_identity(conn, fid, context["claim_token"], mid, now)
    echo = engine_copy(story.mailbox, answered_by(context), fid, sent_at=now, internet_message_id=mid)
    echo["headers"] = {}
    story.ingest(echo, story.at(f"{MON} 13:01"))
    assert story.tracked(sent)["manual_detected"] == 0
    with conn.transaction():
        final = claim(conn, fid, context["claim_token"], now)
        if final["ok"]:
            complete(conn, fid, context["claim_token"], sent_at=now, now=now, internet_message_id=mid)
    row = story.tracked(sent)
    assert row["manual_detected"] == 0
    assert row["total_followups"] <= 1
    assert [f["status"] for f in story.followups(sent)].count("sent") <= 1
    no_problems(story)


def test_echo_with_header_but_rewritten_message_id_is_never_manual(conn: Any) -> None:
    """R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual." The provider
    rewrote the Message-ID on send; the copy still carries `X-Relance-Followup-Id`."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.tick(f"{MON} 13:00")
    now = story.at(f"{MON} 13:00")
    (_msg, fid), *_ = read_queue(conn)
    context = story.claim(fid, now)
    assert context["ok"], context
    story.send_claimed(context, now, echo=False)
    echo = engine_copy(
        story.mailbox, answered_by(context), fid, sent_at=now, internet_message_id="<rewritten@outlook.example>"
    )
    story.ingest(echo, story.at(f"{MON} 13:02"))
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (1, 0, 1)
    assert story.due(sent) == "Mon 2028-11-20 17:00"
    no_problems(story)


def test_answer_stamped_before_the_tracked_email_is_seen_by_the_promise_view(conn: Any) -> None:
    """R5: an explicitly linked answer stamped earlier than the tracked email (skewed clock) "is an answer ...;
    R13's view sees such an answer too". R13: "A view lists any follow-up whose provider send time is later than an
    inbound answer in its conversation". Follow-up 1 is claimed at 13:00 and the provider reports it sent at 13:10;
    Paul's answer, stamped 08:58 by his server (In-Reply-To names Claire's email), is ingested at 13:05. Whichever
    of the answer's instants the view compares (stamp 08:58 or ingest 13:05), the send at 13:10 is later: the view
    must list that follow-up."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.tick(f"{MON} 13:00")
    (_msg, fid), *_ = read_queue(conn)
    now = story.at(f"{MON} 13:00")
    context = story.claim(fid, now)
    assert context["ok"], context
    mid = f"<relance-{fid}@cabinet-durand.fr>"
    record_identity(conn, fid, context["claim_token"], mid, now)
    with conn.transaction():
        final = claim(conn, fid, context["claim_token"], now)
        assert final["ok"], final
        assert complete(
            conn, fid, context["claim_token"], sent_at=story.at(f"{MON} 13:10"), now=now, internet_message_id=mid
        )
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 08:58"))
    story.ingest(reply, story.at(f"{MON} 13:05"))
    assert story.tracked(sent)["status"] == "replied"
    listed = {str(v["followup_id"]) for v in story.violations()}
    assert str(fid) in listed


# Pages with malformed messages ------------------------------------------------------------------------------------


def test_page_mixing_good_and_malformed_messages_loses_nothing(conn: Any) -> None:
    """DESIGN's contract, as `ingest_messages` documents it: one result per message, in order; a message outside the
    contract is reported refused, every good one recorded. Here a reply and a new outbound email are good; a
    message without provider id, one with an unknown folder, one whose `to` is a string, and a bare number are
    not."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 10:00"))
    no_id = inbound(story.mailbox, JEANNE, received_at=story.at(f"{MON} 10:01"))
    del no_id["provider_message_id"]
    spam = inbound(story.mailbox, STRANGER, received_at=story.at(f"{MON} 10:02"))
    spam["folder"] = "spam"
    bad_to = outbound(story.mailbox, [JEANNE], sent_at=story.at(f"{MON} 10:03"))
    bad_to["to"] = JEANNE
    fresh = outbound(story.mailbox, [JEANNE], sent_at=story.at(f"{MON} 10:04"), subject="Autre dossier")
    page: list[Any] = [no_id, reply, spam, 42, bad_to, fresh]
    results = ingest_page(conn, story.mailbox_id, page, story.at(f"{MON} 10:05"))
    assert [r["status"] for r in results] == ["refused", "ingested", "refused", "refused", "refused", "ingested"]
    assert story.tracked(sent)["status"] == "replied"
    assert story.is_tracked(fresh)
    assert story.due(fresh) == f"{MON} 14:04"
    assert len(messages_of(story, story.mailbox_id)) == 3


def test_page_with_a_message_twice_and_its_alias_records_one_manual_followup(conn: Any) -> None:
    """R4: "The same message seen twice (notification and delta sync, two provider ids for one `Message-ID`) is
    recorded once." One page carries Claire's manual follow-up, the same again, and its alias under another
    provider id."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    manual = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    alias = spoof(manual, provider_message_id="AAMk-alias-" + uuid.uuid4().hex)
    results = ingest_page(conn, story.mailbox_id, [manual, manual, alias], story.at(f"{MON} 11:05"))
    assert [r["status"] for r in results] == ["ingested", "duplicate", "duplicate"]
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    assert story.due(sent) == f"{MON} 15:00"
    no_problems(story)


def test_page_where_the_reply_precedes_the_tracked_email(conn: Any) -> None:
    """R5 "Explicit links beat clocks" inside one page: the worker's merged page lists Paul's reply before Claire's
    email. Nothing is ever sent to Paul."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition")
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 09:40"))
    results = ingest_page(conn, story.mailbox_id, [reply, sent], story.at(f"{MON} 09:45"))
    assert [r["status"] for r in results] == ["ingested", "ingested"]
    if story.is_tracked(sent):
        assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, f"{MON} 13:00") == []
    no_problems(story)


# Identity of addresses ---------------------------------------------------------------------------------------------


def test_opt_out_suppresses_the_address_whatever_its_case(conn: Any) -> None:
    """R8: "Nothing is ever sent to a suppressed address ... a new message to a suppressed address is recorded as not
    tracked". Paul opts out; Claire later writes to PAUL.MARTIN@CLIENT-PATRIMOINE.FR: the same person, not tracked."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(
        inbound_reply(
            sent, received_at=story.at(f"{MON} 10:00"), body_text="Merci de ne plus me contacter.", opt_out=True
        ),
        story.at(f"{MON} 10:00"),
    )
    assert story.tracked(sent)["status"] == "opted_out"
    again = story.send("Tue 2028-11-21 09:00", [PAUL.upper()], subject="Nouvelle offre")
    assert not story.is_tracked(again)


def test_homoglyph_domain_is_another_address_and_not_suppressed(conn: Any) -> None:
    """R8 suppresses an address; R1 tracks every new outbound conversation with an external recipient. After Paul
    opts out, Claire writes to a look-alike address with a Cyrillic "а" in the domain: a different address, so it is
    tracked as usual (the suppression does not spread by resemblance), and Paul's own stays suppressed."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(
        inbound_reply(sent, received_at=story.at(f"{MON} 10:00"), body_text="Stop, retirez-moi.", opt_out=True),
        story.at(f"{MON} 10:00"),
    )
    lookalike = "paul.martin@client-p\u0430trimoine.fr"
    other = story.send("Tue 2028-11-21 09:00", [lookalike], subject="Nouvelle offre")
    assert story.is_tracked(other)
    assert story.due(other) == "Tue 2028-11-21 13:00"
    again = story.send("Tue 2028-11-21 09:30", [PAUL], subject="Encore")
    assert not story.is_tracked(again)


def test_out_of_office_from_an_upper_case_address_holds_the_person(conn: Any) -> None:
    """R6: "The hold belongs to the person (the address)". Paul's server writes his out-of-office from
    Paul.Martin@Client-Patrimoine.FR, back Wednesday 22: the follow-up waits for Thursday 23 07:00, the first working
    hour of the next working day after that date; held time does not count, so it is due at 11:00."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    ooo = auto_reply(sent, "Paul.Martin@Client-Patrimoine.FR", received_at=story.at(f"{MON} 09:05"), until="2028-11-22")
    story.ingest(ooo, story.at(f"{MON} 09:05"))
    assert story.tracked(sent)["status"] == "active"
    due = story.due(sent)
    assert due is not None and due >= "Thu 2028-11-23 07:00", due
    assert sent_now(story, "Wed 2028-11-22 17:00") == []
    no_problems(story)


def test_recipient_writing_from_a_differently_cased_address_in_a_new_conversation_answers(conn: Any) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (a team setting, on by default)". Paul writes from PAUL.Martin@client-patrimoine.fr: the same recipient."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.receive(f"{MON} 10:00", "PAUL.Martin@Client-Patrimoine.fr", subject="Autre question")
    assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, f"{MON} 13:00") == []
    no_problems(story)


def test_display_names_with_bidi_overrides_do_not_change_who_wrote(conn: Any) -> None:
    """R14: identity is the provider's filing and the address, not what a name says. A stranger's mail whose display
    name, with a right-to-left override, renders as Claire's address, in a new conversation, is neither tracked nor
    anything of Claire's: her tracked email to Paul is untouched. Then Paul's reply under a bidi-mangled display
    name still answers (R5)."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    fake = inbound(story.mailbox, STRANGER, received_at=story.at(f"{MON} 09:30"), subject="Facture")
    fake["from"] = {"address": STRANGER, "name": "\u202erf.dnarud-tenibac@eralc\u202c"}
    fake["to"] = [addr(PAUL)]
    story.ingest(fake, story.at(f"{MON} 09:30"))
    assert not story.is_tracked(fake)
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"]) == ("active", 0)
    assert story.due(sent) == f"{MON} 13:00"
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 10:00"))
    reply["from"] = {"address": PAUL, "name": "\u202eNITRAM luaP\u202c \u200f"}
    story.ingest(reply, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


def test_sent_items_from_a_differently_cased_mailbox_address_is_outbound_and_tracked(conn: Any) -> None:
    """R14: outbound is what the provider filed as sent by the mailbox; R1 tracks it. Outlook writes Claire's From as
    Claire@Cabinet-Durand.FR in Sent Items: it is her message, tracked, due at 13:00."""
    story = Story(conn)
    sent = outbound("Claire@Cabinet-Durand.FR", [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition")
    story.ingest(sent, story.at(f"{MON} 09:00"))
    assert story.is_tracked(sent)
    assert story.due(sent) == f"{MON} 13:00"


# Tenancy under RLS ------------------------------------------------------------------------------------------------


def test_cross_team_threading_never_shows_one_team_the_others_rows(conn: Any) -> None:
    """DESIGN: "Teams own everything. A member sees and changes what belongs to their own mailboxes". After a thread
    that crosses both firms (Claire copies Bob, Paul answers all, Bob answers from his mailbox), each owner sees
    through the Data API only their own messages, tracked emails and summary rows."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL], cc=[BOB])
    in_bob = inbound(
        bob,
        story.address,
        received_at=story.at(f"{MON} 09:01"),
        subject=sent.subject,
        internet_message_id=sent.internet_message_id,
    )
    ingest(conn, bob.mailbox_id, in_bob, story.at(f"{MON} 09:01"))
    paul = inbound_reply(sent, received_at=story.at(f"{MON} 10:00"))
    story.ingest(paul, story.at(f"{MON} 10:00"))
    paul_for_bob = spoof(paul, provider_message_id="bob-" + uuid.uuid4().hex, to=[addr(story.address), addr(BOB)])
    ingest(conn, bob.mailbox_id, paul_for_bob, story.at(f"{MON} 10:00"))
    bobs = outbound(bob, [PAUL, story.address], sent_at=story.at(f"{MON} 11:00"), reply_to=paul)
    ingest(conn, bob.mailbox_id, bobs, story.at(f"{MON} 11:00"))
    assert story.tracked(sent)["status"] == "replied"
    for viewer, own, foreign in (
        (story.owner, story.mailbox_id, bob.mailbox_id),
        (bob.owner_id, bob.mailbox_id, story.mailbox_id),
    ):
        for table in ("public.messages", "public.tracked_emails", "public.followup_activity_summary"):
            seen = visible_to(story, viewer, f"select mailbox_id from {table}")
            assert foreign not in seen, (table, viewer)
        assert own in visible_to(story, viewer, "select mailbox_id from public.messages")
    assert visible_to(story, bob.owner_id, "select id from public.events where team_id = %s", story.team_id) == []
    tenancy_is_sealed(story)


# More collisions ---------------------------------------------------------------------------------------------------


def test_same_provider_message_id_in_another_team_is_not_a_duplicate(conn: Any) -> None:
    """DESIGN: provider ids are per mailbox ("Graph immutable id, Gmail id"); idempotence is "the same message
    delivered twice". Bob's mailbox gets an unrelated message whose provider id string equals the one of Claire's
    tracked email: it is recorded for Bob, and Claire's tracked email is untouched."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL])
    clash = inbound(
        bob,
        JEANNE,
        received_at=story.at(f"{MON} 10:00"),
        subject="Bonjour Bob",
        provider_message_id=sent.provider_message_id,
    )
    result = ingest(conn, bob.mailbox_id, clash, story.at(f"{MON} 10:00"))
    assert result["status"] == "ingested"
    assert len(messages_of(story, bob.mailbox_id)) == 1
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"
    tenancy_is_sealed(story)


def test_conversation_id_collision_in_another_team_leaves_our_tracked_email(conn: Any) -> None:
    """Outlook derives `conversationId` from a hash of the subject when a message has no Thread-Index
    (reference/mail-protocols.md), so another tenant can hold the same id. Paul writes to Bob (another team) under
    the same subject: Bob's message carries Claire's thread id. DESIGN: teams own everything; Claire's tracked
    email is not answered by a message of another team."""
    story = Story(conn)
    bob = other_team(story)
    sent = story.send(f"{MON} 09:00", [PAUL])
    clash = inbound(
        bob, PAUL, received_at=story.at(f"{MON} 10:00"), subject="RE: " + sent.subject, thread_id=sent.thread
    )
    ingest(conn, bob.mailbox_id, clash, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"
    assert len(sent_now(story, f"{MON} 13:00")) == 1
    tenancy_is_sealed(story)
    no_problems(story)


def test_conversation_id_collision_in_a_colleagues_mailbox_is_not_our_conversation(conn: Any) -> None:
    """R5 needs an inbound message "in a tracked conversation"; a conversation is one mailbox's thread (the catalog:
    "A conversation of one mailbox"). A stranger's message in Marc's mailbox (same team) carries the same
    conversationId string as Claire's tracked email and no header link: with the cross-conversation setting off,
    Claire's tracked email is not answered."""
    story = Story(conn, reply_from_any_conversation=False)
    marc = story.add_mailbox("marc@cabinet-durand.fr", story.add_member("marc@cabinet-durand.fr"))
    sent = story.send(f"{MON} 09:00", [PAUL])
    clash = inbound(
        marc, STRANGER, received_at=story.at(f"{MON} 10:00"), subject="RE: " + sent.subject, thread_id=sent.thread
    )
    ingest(conn, marc.mailbox_id, clash, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_missing_thread_ids_do_not_join_unrelated_messages(conn: Any) -> None:
    """Words: a conversation is the provider's thread reconciled with Message-ID links. Claire's email and a
    stranger's later mail both come without a provider thread id (a worker that could not read it) and share no
    header: nothing makes them one conversation, so (cross-conversation answers off) the tracked email stays
    active on its schedule."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition")
    sent["provider_thread_id"] = None
    story.ingest(sent, story.at(f"{MON} 09:00"))
    assert story.is_tracked(sent)
    other = inbound(story.mailbox, STRANGER, received_at=story.at(f"{MON} 10:00"), subject="Promotion")
    other["provider_thread_id"] = None
    story.ingest(other, story.at(f"{MON} 10:00"))
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_same_subject_without_any_link_is_not_an_answer(conn: Any) -> None:
    """R5 names the links that make an answer: the conversation (provider thread, reconciled with In-Reply-To and
    References) or, as a setting, a recipient writing anywhere. A stranger's "RE: <same subject>" in a thread of its
    own, with no header naming Claire's email, is neither (setting off): the tracked email stays active."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.receive(f"{MON} 10:00", STRANGER, subject="RE: " + sent.subject, thread="fil-" + uuid.uuid4().hex)
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_page_with_garbage_references_never_stops_and_records_the_rest(conn: Any) -> None:
    """`ingest_messages` (catalog): one result per message; a message the contract refuses is reported `refused`,
    and the page goes on. A message whose `references` holds a null, a number and an object, and one whose
    `references` is a string, are each recorded or refused, never the end of the page: the answer after them is
    recorded and stops the tracked email."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    odd = inbound(story.mailbox, STRANGER, received_at=story.at(f"{MON} 09:30"), subject="Bruit")
    odd["references"] = [None, 42, {"id": "<x@y>"}]
    odd2 = inbound(story.mailbox, STRANGER, received_at=story.at(f"{MON} 09:31"), subject="Bruit 2")
    odd2["references"] = "<x@y> <z@y>"
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 10:00"))
    results = ingest_page(conn, story.mailbox_id, [odd, odd2, reply], story.at(f"{MON} 10:01"))
    assert len(results) == 3
    assert [r["status"] in ("ingested", "refused") for r in results[:2]] == [True, True], results
    assert results[2]["status"] == "ingested"
    assert story.tracked(sent)["status"] == "replied"
    no_problems(story)


def test_reply_ingested_before_the_tracked_email_it_answers(conn: Any) -> None:
    """R5: "Explicit links beat clocks": the inbox delta brings Paul's reply before the Sent Items delta brings
    Claire's email. R1: Claire's email "starts a conversation" (no In-Reply-To; the reply names it), so it is
    tracked; once both are in it is answered (R5) and nothing is ever sent to Paul; R13 stays empty."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition")
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 09:20"))
    story.ingest(reply, story.at(f"{MON} 09:25"))
    story.ingest(sent, story.at(f"{MON} 09:30"))
    assert story.is_tracked(sent)
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, f"{MON} 13:00") == []
    assert sent_now(story, "Tue 2028-11-21 10:00") == []
    assert story.violations() == []
    no_problems(story)


def test_manual_followup_seen_before_its_original(conn: Any) -> None:
    """R3: the count holds "whatever order ... manual follow-ups are seen in"; R4: the pending automatic follow-up is
    rescheduled to the manual one's sent time + interval. The Sent Items delta brings Claire's 11:00 nudge before
    her 09:00 email: once both are in, one manual follow-up is counted and the next is due at 15:00."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition")
    manual = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    story.ingest(manual, story.at(f"{MON} 11:05"))
    story.ingest(sent, story.at(f"{MON} 11:06"))
    assert story.is_tracked(sent)
    assert not story.is_tracked(manual)
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    assert story.due(sent) == f"{MON} 15:00"
    no_problems(story)
