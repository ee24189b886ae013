"""A notice that the person written to has gone for good (R6 is silent; README "Automatic replies" chooses).

Claire, an adviser at Cabinet Durand (Paris, 07:00-18:00 Monday to Friday), writes to Marc Lefèvre. His firm's
server answers that he has left ("Marc Lefèvre ne fait plus partie de la société", "this mailbox is no longer
monitored"). A careful assistant stops writing to an empty desk: the address reaches nobody, as after a permanent
delivery failure (R7), so it goes on the team's suppression list with the notice's words, and every tracked email
to him that has nobody else to write to stops as `bounced`, with whom the notice says to write to instead. The
analysis reads such a notice only in an automatic reply that names no return date (tests/analysis/test_gone_blind.py);
these tests give the engine that reading and check what it does with it.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import Story, bounce

PROSPECT = "marc.lefevre@lefevre-industrie.fr"
OTHER = "sophie.martin@martin-avocats.fr"
SUCCESSOR = "helene.vasseur@lefevre-industrie.fr"


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Story:
    return Story(conn)


def gone(phrase: str = "ne fait plus partie de la société", write_to: str | None = SUCCESSOR) -> dict[str, Any]:
    auto: dict[str, Any] = {"until": None, "reason": "header:auto-submitted", "gone": phrase}
    if write_to is not None:
        auto["write_to"] = write_to
    return {"kind": "auto_reply", "auto_reply": auto, "opt_out": False}


def notice(story: Story, when: str, sent: Any, sender: str = PROSPECT, **analysis: Any) -> dict[str, Any]:
    return story.receive(
        when,
        sender,
        reply_to=sent,
        subject="Réponse automatique : " + sent.subject,
        headers={"auto-submitted": "auto-replied"},
        body="Marc Lefèvre ne fait plus partie de la société. Merci d'écrire à helene.vasseur@lefevre-industrie.fr.",
        analysis=gone(**analysis),
    )


def suppressions(story: Story) -> list[tuple[str, str, str]]:
    rows = story.conn.execute("select address, reason, detail from public.suppressions order by address").fetchall()
    return [(str(a), str(r), str(d)) for a, r, d in rows]


def test_a_gone_notice_stops_the_chase_and_names_whom_to_write_to(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    result = notice(story, "Mon 2026-11-23 09:02", sent)
    assert result["effects"] == ["bounced", "gone"]
    row = story.tracked(sent)
    assert row["status"] == "bounced"
    assert row["answered_at"] is None  # nobody answered: the reply rate does not count it
    assert row["status_reason"] == (
        f'{PROSPECT} has left (automatic notice: "ne fait plus partie de la société"), it says to write to {SUCCESSOR}'
    )
    assert story.pending(sent) is None
    assert [k for k, _ in story.timeline(sent)][-1] == "bounced"
    [(address, reason, detail)] = suppressions(story)
    assert (address, reason) == (PROSPECT, "bounced") and SUCCESSOR in detail
    assert story.tick("Mon 2026-11-23 13:00") == 0


def test_every_email_to_the_gone_person_stops_and_a_new_one_is_not_tracked(story: Story) -> None:
    # The person is gone for every conversation (as R6's hold belongs to the address): the firm's other email to him
    # stops too, and a new one is recorded as not tracked, the timeline saying why.
    first = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    second = story.send("Mon 2026-11-23 09:30", [PROSPECT], subject="Votre bilan patrimonial")
    notice(story, "Mon 2026-11-23 09:40", first)
    assert story.tracked(first)["status"] == "bounced"
    assert story.tracked(second)["status"] == "bounced"
    later = story.send("Tue 2026-11-24 09:00", [PROSPECT], subject="Nouvelle offre")
    assert not story.is_tracked(later)
    assert story.last_result["effects"] == ["not_tracked_suppressed"]


def test_with_someone_else_to_write_to_the_follow_ups_go_on_without_the_gone_person(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT, OTHER])
    result = notice(story, "Mon 2026-11-23 09:02", sent)
    assert result["effects"] == ["partial_bounce", "gone"]
    assert story.tracked(sent)["status"] == "active"
    reasons = [r for k, r in story.timeline(sent) if k == "bounce"]
    assert reasons == [
        f'{PROSPECT} has left (automatic notice: "ne fait plus partie de la société"), it says to write to '
        f"{SUCCESSOR}: follow-ups go on to the others, without them"
    ]
    story.tick("Mon 2026-11-23 13:00")
    outcomes = story.work("Mon 2026-11-23 13:00")
    assert [o["recipients"] for o in outcomes if o["ok"]] == [[OTHER]]


def test_a_notice_from_someone_never_written_to_suppresses_nobody(story: Story) -> None:
    # A notice from an address the team never tracked an email to (a colleague's, a forged one) is an automatic
    # reply like any other: tracking goes on, nobody is suppressed.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    result = notice(story, "Mon 2026-11-23 09:02", sent, sender="ancien.collegue@lefevre-industrie.fr")
    assert result["effects"] == []
    assert story.tracked(sent)["status"] == "active"
    assert suppressions(story) == []
    assert story.due(sent) == "Mon 2026-11-23 13:00"


def test_a_notice_read_after_the_person_wrote_again_is_old_news(story: Story) -> None:
    # The sync reads the notice late: Marc had written since, as a person, so his address is read. His answer ended
    # the first email (R5); the notice suppresses nobody and the firm's newer email to him goes on.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, body="Bien reçu, je reviens vers vous.")
    newer = story.send("Mon 2026-11-23 11:00", [PROSPECT], subject="Votre bilan patrimonial")
    assert story.tracked(sent)["status"] == "replied"
    notice(story, "Mon 2026-11-23 09:05", sent)
    assert suppressions(story) == []
    assert story.tracked(newer)["status"] == "active"


def test_an_address_that_asked_to_stop_keeps_its_reason(story: Story) -> None:
    # An objection is the stronger reason (R8): a later gone notice does not turn it into a bounce.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.conn.execute(
        "insert into public.suppressions (team_id, address, reason, detail) values (%s, %s, 'opted_out', 'asked')",
        (story.team_id, PROSPECT),
    )
    notice(story, "Mon 2026-11-23 09:02", sent)
    assert suppressions(story) == [(PROSPECT, "opted_out", "asked")]
    assert story.tracked(sent)["status"] == "opted_out"


def test_lifting_the_suppression_tracks_him_again(story: Story) -> None:
    # The notice was wrong (he came back, the firm's IT reused the address): an admin lifts the suppression with
    # what they know, and a new email to him is tracked again.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        lifted = story.conn.execute(
            "select public.lift_suppression(%s, %s, 'he called: back at Lefèvre Industrie since December', %s)",
            (story.team_id, PROSPECT, story.at("Tue 2026-12-01 08:00")),
        ).fetchone()
    assert lifted == ("bounced",)
    assert story.is_tracked(story.send("Tue 2026-12-01 09:00", [PROSPECT], subject="Nouvelle offre"))


@pytest.mark.parametrize("key", ["gone", "write_to"])
def test_the_contract_refuses_a_notice_that_is_not_text(story: Story, key: str) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    analysis = gone()
    analysis["auto_reply"][key] = {"not": "text"}
    with pytest.raises(psycopg.Error, match=f"analysis.auto_reply.{key} must be a string"):
        story.receive("Mon 2026-11-23 09:02", PROSPECT, reply_to=sent, analysis=analysis)


def test_a_person_said_gone_who_writes_again_is_written_to_again(story: Story) -> None:
    # The notice was wrong (a mailbox migration's rule, an assistant's mistake): Marc writes to Claire the next day,
    # about something else. His address is read: the suppression the notice made goes, the timeline says so, and
    # Claire's next email to him is tracked. Read in the other order (his message first), the notice is old news and
    # suppresses nobody: the same outcome.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    assert [a for a, _, _ in suppressions(story)] == [PROSPECT]
    story.receive(
        "Tue 2026-11-24 10:00", PROSPECT, subject="Question sur mon contrat", body="Bonjour Claire, une question."
    )
    assert suppressions(story) == []
    lifted = story.conn.execute(
        "select reason, message_id is not null from public.events where kind = 'suppression_lifted'"
    ).fetchall()
    assert len(lifted) == 1 and PROSPECT in lifted[0][0] and "had left" in lifted[0][0] and lifted[0][1] is True
    assert story.is_tracked(story.send("Tue 2026-11-24 11:00", [PROSPECT], subject="Nouvelle offre"))


def test_a_delivery_failure_stays_when_the_person_writes_from_that_address(story: Story) -> None:
    # Only a departure notice is undone by the person's own mail: a permanent delivery failure (R7) is a mail
    # system's word about the address, which a message sent from it does not contradict.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.ingest(bounce(sent, received_at=story.at("Mon 2026-11-23 09:05")), story.at("Mon 2026-11-23 09:05"))
    story.receive("Tue 2026-11-24 10:00", PROSPECT, subject="Question sur mon contrat", body="Bonjour Claire.")
    assert [(a, r) for a, r, _ in suppressions(story)] == [(PROSPECT, "bounced")]


def test_a_person_said_gone_who_answers_the_email_has_answered_it(story: Story) -> None:
    # The notice was wrong and Marc answers Claire's email in its thread the next day: the dashboard must not go on
    # saying that he has left. The email ends as answered (the reply rate counts it), the timeline says it had
    # stopped as undeliverable, his suppression goes, and nothing is sent to him afterwards.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    assert story.tracked(sent)["status"] == "bounced"
    result = story.receive("Tue 2026-11-24 10:00", PROSPECT, reply_to=sent, body="Je suis toujours là, merci !")
    assert result["effects"] == ["replied"]
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert row["answered_at"] == story.at("Tue 2026-11-24 10:00")
    assert row["status_reason"].endswith(", after it had stopped as undeliverable")
    assert [k for k, _ in story.timeline(sent)][-2:] == ["bounced", "replied"]
    assert suppressions(story) == []
    assert story.pending(sent) is None
    assert story.tick("Tue 2026-11-24 14:00") == 0


def test_an_answer_after_a_delivery_failure_is_an_answer(story: Story) -> None:
    # A delivery report said the address failed for good (R7), then Marc answers in the thread (the report was a
    # relay's mistake, or the mail reached him another way): he answered, and the email says so. The report's
    # suppression stays (a mail system's word about the address, as above).
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.ingest(bounce(sent, received_at=story.at("Mon 2026-11-23 09:05")), story.at("Mon 2026-11-23 09:05"))
    assert story.tracked(sent)["status"] == "bounced"
    story.receive("Mon 2026-11-23 15:00", PROSPECT, reply_to=sent, body="Bien reçu, je regarde.")
    assert story.tracked(sent)["status"] == "replied"
    assert [(a, r) for a, r, _ in suppressions(story)] == [(PROSPECT, "bounced")]


def test_someone_else_in_the_thread_of_a_bounced_email_does_not_make_it_answered(story: Story) -> None:
    # Only one of its recipients proves the email reached them: the successor the notice named, writing in the
    # thread, answers a new conversation, not Claire's email to Marc, which stays bounced.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    result = story.receive("Mon 2026-11-23 11:00", SUCCESSOR, reply_to=sent, body="Je reprends les dossiers de Marc.")
    assert result["effects"] == []
    assert story.tracked(sent)["status"] == "bounced"
    assert [a for a, _, _ in suppressions(story)] == [PROSPECT]


def test_a_person_said_gone_who_asks_to_stop_in_the_thread_has_opted_out(story: Story) -> None:
    # His answer asks not to be written to again: the email ends as opted out, and his address stays suppressed,
    # now because he asked.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    story.receive(
        "Tue 2026-11-24 10:00",
        PROSPECT,
        reply_to=sent,
        body="Merci de ne plus me contacter.",
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )
    assert story.tracked(sent)["status"] == "opted_out"
    assert [(a, r) for a, r, _ in suppressions(story)] == [(PROSPECT, "opted_out")]


def test_the_successors_request_to_stop_read_later_leaves_the_gone_persons_email_bounced(story: Story) -> None:
    # The successor the notice named writes in the thread and, read later by the intelligence worker, asks not to be
    # written to again. That is their request, not Marc's: Claire's email to Marc stays bounced (nobody answered
    # it), and the successor is the one suppressed as opted out.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    notice(story, "Mon 2026-11-23 09:02", sent)
    result = story.receive(
        "Mon 2026-11-23 11:00", SUCCESSOR, reply_to=sent, body="Merci de ne plus m'écrire, je ne suis pas concernée."
    )
    story.conn.execute(
        "select worker.record_intent(%s, 'unsubscribe', 0.95, 'rules', p_now => %s)",
        (result["message_id"], story.at("Mon 2026-11-23 11:05")),
    )
    assert story.tracked(sent)["status"] == "bounced"
    assert story.tracked(sent)["answered_at"] is None
    assert [(a, r) for a, r, _ in suppressions(story)] == [(SUCCESSOR, "opted_out"), (PROSPECT, "bounced")]
