"""A sent email the engine learns of after what answers it (R1, R3-R8, R13).

Two ways it happens. Graph syncs Inbox and Sent Items by separate deltas, so a round that reads the inbox but fails
on Sent Items (or a Sent Items copy written late by a desktop client) brings Paul's answer, his bounce or Claire's
own nudge before the email itself. And a user may track on request (R1) a message that was answered long ago: a
message of the history read at connection, or one sent under the manual policy. Either way the engine must read
the mail it already holds before it plans anything: nobody who answered is chased, a manual nudge counts, a dead
address is suppressed. Claire's mailbox at Cabinet Durand (Europe/Paris, 07:00-18:00 Monday-Friday, a 4
working-hour interval, at most three follow-ups): an email sent on Monday at 09:00 has its first follow-up due at
13:00. Stories are dated 2028 and pass on any date.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    Message,
    Story,
    auto_reply,
    bounce,
    inbound,
    inbound_reply,
    invariant_problems,
    manual_followup,
    outbound,
    query_rows,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
MARC = "marc@cabinet-durand.fr"
MON = "Mon 2028-11-20"
TUE = "Tue 2028-11-21"


def sent_now(story: Story, when: str) -> list[dict[str, Any]]:
    """A scheduler tick at `when`, then a worker drains the queue: the follow-ups actually sent."""
    story.tick(when)
    return [o for o in story.work(when) if o.get("ok")]


def message_id(story: Story, sent: Message) -> uuid.UUID:
    row = story.conn.execute(
        "select id from public.messages where mailbox_id = %s and internet_message_id = %s",
        (story.mailbox_id, sent.internet_message_id),
    ).fetchone()
    assert row, sent.internet_message_id
    return uuid.UUID(str(row[0]))


def track_on_request(story: Story, sent: Message, when: str) -> uuid.UUID:
    """Claire tracks `sent` from the web app at `when` (public.track_message, committed; called by the service role
    on her behalf, the only way to name the instant)."""
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute(
            "select public.track_message(%s, %s)", (message_id(story, sent), story.at(when))
        ).fetchone()
    assert row
    return uuid.UUID(str(row[0]))


def suppressed(story: Story, address: str) -> str | None:
    row = story.conn.execute(
        "select reason from public.suppressions where team_id = %s and address = %s", (story.team_id, address)
    ).fetchone()
    return row[0] if row else None


def nothing_ever_sent(story: Story) -> None:
    """Every working hour of the next two days: no follow-up leaves, and R13 and every invariant hold."""
    for when in (f"{MON} 13:00", f"{MON} 17:59", f"{TUE} 09:00", f"{TUE} 17:00", "Wed 2028-11-22 12:00"):
        assert sent_now(story, when) == [], when
    assert invariant_problems(story.conn) == []


# The Sent Items copy comes after the inbox's answer ----------------------------------------------------------------


def _reply_first(conn: Any) -> tuple[Story, Message, Message]:
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), subject="Proposition de mandat")
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 09:20"))
    story.ingest(reply, story.at(f"{MON} 09:25"))
    return story, sent, reply


def test_r1_r5_the_email_ingested_after_its_answer_is_tracked_and_answered(conn: Any) -> None:
    """R1: Claire's email starts the conversation (it names nothing; Paul's answer names it), so it is tracked; R5:
    Paul answered at 09:20, so it is answered from that instant and nothing is ever sent to him."""
    story, sent, reply = _reply_first(conn)
    result = story.ingest(sent, story.at(f"{MON} 09:30"))
    assert result["effects"] == ["tracked", "replied"]
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert story.due(sent) is None
    answer = conn.execute(
        "select t.answered_at, m.internet_message_id from public.tracked_emails t"
        " join public.messages m on m.id = t.answer_message_id where t.id = %s",
        (row["tracked_email_id"],),
    ).fetchone()
    assert (story.local(answer[0]), answer[1]) == (f"{MON} 09:20", reply.internet_message_id)
    assert [k for k, _ in story.timeline(sent)] == ["tracked", "scheduled", "replied"]
    assert ("replied", f"{PAUL} replied: pending follow-up cancelled") in story.timeline(sent)
    nothing_ever_sent(story)


def test_r5_links_beat_clocks_an_answer_stamped_before_the_email_still_answers_it(conn: Any) -> None:
    """R5: Paul's server clock is ten minutes behind: his answer says 08:55 for an email sent at 09:00, but its
    In-Reply-To names it. Seen first, it still answers the email once the email is in."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    reply = inbound_reply(sent, received_at=story.at(f"{MON} 08:55"))
    story.ingest(reply, story.at(f"{MON} 09:05"))
    assert story.ingest(sent, story.at(f"{MON} 09:06"))["effects"] == ["tracked", "replied"]
    nothing_ever_sent(story)


def test_r8_a_request_to_stop_seen_first_ends_the_email_as_opted_out(conn: Any) -> None:
    """R8: Paul's "ne plus me contacter" put him on the suppression list when it came. The email it answers,
    ingested after, is not a new message to a suppressed address (R8's "not tracked"): it was sent before he asked.
    It is tracked and ends as opted out, as it would have had it been seen first; nothing is ever sent to him."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(inbound_reply(sent, received_at=story.at(f"{MON} 09:20"), opt_out=True), story.at(f"{MON} 09:21"))
    assert story.ingest(sent, story.at(f"{MON} 09:30"))["effects"] == ["tracked", "opted_out"]
    assert story.tracked(sent)["status"] == "opted_out"
    assert (
        "opted_out",
        f"{PAUL} asked not to be contacted again: pending follow-up cancelled",
    ) in story.timeline(sent)
    assert suppressed(story, PAUL) == "opted_out"
    nothing_ever_sent(story)


def test_r8_a_new_email_after_the_request_to_stop_is_still_not_tracked(conn: Any) -> None:
    """R8, the other side: an email Claire sends after Paul asked to stop (here seen before the request, synced
    later) is a new message to a suppressed address: recorded as not tracked, and the timeline says why."""
    story = Story(conn)
    first = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(inbound_reply(first, received_at=story.at(f"{MON} 09:20"), opt_out=True), story.at(f"{MON} 09:21"))
    later = story.send(f"{MON} 10:00", [PAUL], subject="Autre sujet")
    assert story.last_result["effects"] == ["not_tracked_suppressed"]
    assert not story.is_tracked(later)
    events = query_rows(
        conn, "select reason from public.events where team_id = %s and kind = 'not_tracked'", story.team_id
    )
    assert [e["reason"] for e in events] == [
        f"not tracked: {PAUL} is on the suppression list (opted out or undeliverable)"
    ]


def test_r8_a_copied_colleagues_request_to_stop_seen_first_ends_the_email(conn: Any) -> None:
    """R8: Jeanne, copied, answered "merci de ne plus me contacter" before the email was ingested: her answer in the
    conversation asks to stop, so the email ends as opted out; she is suppressed, Paul is not."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], cc=[JEANNE], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(
        inbound_reply(sent, JEANNE, received_at=story.at(f"{MON} 10:00"), opt_out=True), story.at(f"{MON} 10:01")
    )
    assert story.ingest(sent, story.at(f"{MON} 10:05"))["effects"] == ["tracked", "opted_out"]
    assert suppressed(story, JEANNE) == "opted_out"
    assert suppressed(story, PAUL) is None
    nothing_ever_sent(story)


def test_r4_a_nudge_by_hand_seen_before_its_original_counts_and_moves_the_next(conn: Any) -> None:
    """R3/R4: the Sent Items delta brings Claire's 11:00 nudge before her 09:00 email: once both are in, one manual
    follow-up is counted (total 1) and the next automatic one is due at 11:00 + 4 h = 15:00."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    nudge = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    assert story.ingest(nudge, story.at(f"{MON} 11:05"))["effects"] == []
    assert story.ingest(sent, story.at(f"{MON} 11:06"))["effects"] == ["tracked"]
    assert not story.is_tracked(nudge)
    row = story.tracked(sent)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    assert story.due(sent) == f"{MON} 15:00"
    assert sent_now(story, f"{MON} 14:59") == []
    assert [o["seq"] for o in sent_now(story, f"{MON} 15:00")] == [2]
    assert invariant_problems(conn) == []


def test_r3_three_nudges_seen_before_the_original_complete_it(conn: Any) -> None:
    """R3: three manual follow-ups reach the maximum: the email tracked after them is completed, nothing is
    scheduled."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    for hour in ("11:00", "15:00", "17:00"):
        story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} {hour}")), story.at(f"{MON} 17:30"))
    story.ingest(sent, story.at(f"{MON} 17:31"))
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"], row["total_followups"]) == ("completed", 3, 3)
    assert story.due(sent) is None
    nothing_ever_sent(story)


def test_r5_an_answer_after_three_nudges_all_seen_first_is_recorded(conn: Any) -> None:
    """R3 then R5: the three nudges completed it, Paul answered the third on Tuesday morning; the email seen last is
    recorded as answered, as it is when the mail comes in order (tests/test_engine_rules.py)."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    for hour in ("11:00", "15:00", "17:00"):
        story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} {hour}")), story.at(f"{TUE} 10:00"))
    story.ingest(inbound_reply(sent, received_at=story.at(f"{TUE} 08:30")), story.at(f"{TUE} 10:00"))
    story.ingest(sent, story.at(f"{TUE} 10:01"))
    row = story.tracked(sent)
    assert (row["status"], row["total_followups"], story.local(row["answered_at"])) == ("replied", 3, f"{TUE} 08:30")
    nothing_ever_sent(story)


def test_r4_a_forward_to_a_colleague_seen_first_is_not_a_follow_up(conn: Any) -> None:
    """R4: Claire forwarded her email to Marc, a colleague, at 10:00: that writes to nobody the email waits for."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    forward = outbound(story.mailbox, [MARC], reply_to=sent, sent_at=story.at(f"{MON} 10:00"))
    story.ingest(forward, story.at(f"{MON} 10:01"))
    story.ingest(sent, story.at(f"{MON} 10:02"))
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"]) == ("active", 0)
    assert story.due(sent) == f"{MON} 13:00"


def test_r5_a_nudge_then_an_answer_both_seen_first(conn: Any) -> None:
    """R4 then R5, in their own order: the nudge of 11:00 counts, Paul's answer of 12:00 ends it."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    nudge = manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00"))
    reply = inbound_reply(nudge, received_at=story.at(f"{MON} 12:00"))
    story.ingest(reply, story.at(f"{MON} 12:01"))
    story.ingest(nudge, story.at(f"{MON} 12:02"))
    story.ingest(sent, story.at(f"{MON} 12:03"))
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"]) == ("replied", 1)
    nothing_ever_sent(story)


def test_r6_an_absence_seen_first_holds_the_first_follow_up(conn: Any) -> None:
    """R6: Paul's out-of-office (back on Wednesday 22) came before the email was ingested: the hold belongs to his
    address, so the first follow-up waits for the first working hour after his return (Thu 07:00). The interval
    ran from 09:00 to the notice at 09:01, then from Thursday 07:00 for the 3 h 59 left: Thursday 10:59, as when
    the email is seen first. An automatic reply is never an answer."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(auto_reply(sent, received_at=story.at(f"{MON} 09:01"), until="2028-11-22"), story.at(f"{MON} 09:02"))
    assert story.ingest(sent, story.at(f"{MON} 09:03"))["effects"] == ["tracked"]
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Thu 2028-11-23 10:59"
    # The same mail in the usual order: the same due time.
    usual = Story(conn)
    first = usual.send(f"{MON} 09:00", [PAUL])
    usual.ingest(auto_reply(first, received_at=usual.at(f"{MON} 09:01"), until="2028-11-22"), usual.at(f"{MON} 09:02"))
    assert usual.due(first) == "Thu 2028-11-23 10:59"


def test_r7_a_bounce_seen_before_the_email_suppresses_the_address_and_stops_it(conn: Any) -> None:
    """R7: the report comes in its own conversation, naming the email by its Message-ID, before the email is
    ingested. Once it is, the address is undeliverable for the team and the email stops as bounced."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01")), story.at(f"{MON} 09:02"))
    assert suppressed(story, PAUL) is None  # nothing known was sent to him yet
    assert story.ingest(sent, story.at(f"{MON} 09:03"))["effects"] == ["tracked", "bounced"]
    assert story.tracked(sent)["status"] == "bounced"
    assert suppressed(story, PAUL) == "bounced"
    nothing_ever_sent(story)
    # R8: the next email to him is not tracked.
    later = story.send(f"{TUE} 10:00", [PAUL], subject="Autre sujet")
    assert story.last_result["effects"] == ["not_tracked_suppressed"]
    assert not story.is_tracked(later)


def test_r5_a_bounce_then_his_answer_both_seen_before_the_email_end_it_answered(conn: Any) -> None:
    """R7 then R5: a relay reported a permanent failure, then Paul answered in the thread all the same; both are read
    before the email. Tracked, it ends as answered, as when the three come in order (an answer proves the email
    reached him); the report's suppression stays."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01")), story.at(f"{MON} 09:02"))
    story.ingest(inbound_reply(sent, received_at=story.at(f"{MON} 10:00")), story.at(f"{MON} 10:01"))
    assert story.ingest(sent, story.at(f"{MON} 10:05"))["effects"] == ["tracked", "replied"]
    assert [k for k, _ in story.timeline(sent)] == ["tracked", "scheduled", "bounced", "replied"]
    row = story.tracked(sent)
    assert (row["status"], story.local(row["answered_at"])) == ("replied", f"{MON} 10:00")
    assert suppressed(story, PAUL) == "bounced"
    nothing_ever_sent(story)


def test_r7_a_temporary_failure_seen_first_changes_nothing(conn: Any) -> None:
    """R7: only a permanent failure stops anything."""
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01"), permanent=False), story.at(f"{MON} 09:02"))
    assert story.ingest(sent, story.at(f"{MON} 09:03"))["effects"] == ["tracked"]
    assert suppressed(story, PAUL) is None
    assert story.due(sent) == f"{MON} 13:00"


def test_r7_a_bounce_for_one_of_two_recipients_seen_first_goes_on_for_the_other(conn: Any) -> None:
    story = Story(conn)
    sent = outbound(story.mailbox, [PAUL, JEANNE], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01"), recipients=[JEANNE]), story.at(f"{MON} 09:02"))
    story.ingest(sent, story.at(f"{MON} 09:03"))
    assert story.tracked(sent)["status"] == "active"
    assert suppressed(story, JEANNE) == "bounced"
    out = sent_now(story, f"{MON} 13:00")
    assert [o["recipients"] for o in out] == [[PAUL]]


def test_r1_an_email_that_answers_something_earlier_is_still_not_tracked(conn: Any) -> None:
    """R1: Paul wrote first (Monday 08:00); Claire's 09:00 message in his conversation, even without In-Reply-To,
    answers him rather than starting a conversation: not tracked, as before."""
    story = Story(conn)
    first = inbound(story.mailbox, PAUL, received_at=story.at(f"{MON} 08:00"), thread_id="thread-paul-1")
    story.ingest(first, story.at(f"{MON} 08:01"))
    answer = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"), thread_id="thread-paul-1")
    assert story.ingest(answer, story.at(f"{MON} 09:01"))["effects"] == []
    assert not story.is_tracked(answer)


# Tracked on request after the answer -------------------------------------------------------------------------------


def test_r1_r5_tracking_on_request_an_answered_email_never_chases_the_person(conn: Any) -> None:
    """Under the manual policy Claire sends at 09:00, Paul answers at 09:20, and at 10:00 Claire, from the web app,
    asks Relance to follow the email. It is answered already: tracked as replied, nothing is scheduled, and
    nothing is sent to Paul that afternoon ("Avez-vous eu l'occasion d'y jeter un œil ?" after he answered)."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL])
    assert story.last_result["effects"] == []
    story.ingest(inbound_reply(sent, received_at=story.at(f"{MON} 09:20")), story.at(f"{MON} 09:21"))
    track_on_request(story, sent, f"{MON} 10:00")
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert story.due(sent) is None
    nothing_ever_sent(story)


def test_r1_tracking_on_request_an_unanswered_email_schedules_it(conn: Any) -> None:
    """The other side: nothing came after it, so tracking on request schedules the first follow-up (sent time +
    interval) as before."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(inbound(story.mailbox, JEANNE, received_at=story.at(f"{MON} 09:30")), story.at(f"{MON} 09:31"))
    track_on_request(story, sent, f"{MON} 09:45")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_r5_tracking_on_request_counts_an_answer_in_another_conversation(conn: Any) -> None:
    """R5, the team setting on (its default): Paul answered in a new conversation of his own ("Question sur le
    mandat"); tracking Claire's email afterwards finds it, and the timeline says where he wrote."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.receive(f"{MON} 10:00", PAUL, subject="Question sur le mandat")
    track_on_request(story, sent, f"{MON} 10:30")
    assert story.tracked(sent)["status"] == "replied"
    assert (
        "replied",
        f"{PAUL} wrote in another conversation (Question sur le mandat): pending follow-up cancelled",
    ) in story.timeline(sent)
    nothing_ever_sent(story)


def test_r5_with_the_setting_off_an_answer_elsewhere_does_not_count(conn: Any) -> None:
    story = Story(conn, tracking_policy="manual", reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.receive(f"{MON} 10:00", PAUL, subject="Question sur le mandat")
    track_on_request(story, sent, f"{MON} 10:30")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_r5_a_message_from_him_before_the_email_is_not_an_answer(conn: Any) -> None:
    """R5: "after the tracked email": what Paul wrote on Friday, elsewhere, answers nothing sent on Monday."""
    story = Story(conn, tracking_policy="manual")
    story.receive("Fri 2028-11-17 10:00", PAUL, subject="Bonjour")
    sent = story.send(f"{MON} 09:00", [PAUL])
    track_on_request(story, sent, f"{MON} 09:30")
    assert story.tracked(sent)["status"] == "active"


def test_r4_tracking_on_request_counts_the_nudges_already_sent(conn: Any) -> None:
    """R3/R4: Claire nudged Paul by hand at 11:00 and 14:00 before asking Relance to follow: two are counted, one
    automatic follow-up is left (at most three), due 14:00 + 4 h = Tue 07:00 (18:00 ends Monday's hours)."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00")), story.at(f"{MON} 11:00"))
    story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 14:00")), story.at(f"{MON} 14:00"))
    track_on_request(story, sent, f"{MON} 14:30")
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"], row["total_followups"]) == ("active", 2, 2)
    assert story.due(sent) == f"{TUE} 07:00"
    assert [o["seq"] for o in sent_now(story, f"{TUE} 07:00")] == [3]
    assert invariant_problems(conn) == []


def test_r7_tracking_on_request_after_a_bounce_of_a_message_never_known_as_sent(conn: Any) -> None:
    """R7/R8: the report came first and named an email nobody had seen; tracking the email on request once it is
    in suppresses the dead address and ends the tracking as bounced, instead of scheduling a follow-up to it."""
    story = Story(conn, tracking_policy="manual")
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01")), story.at(f"{MON} 09:02"))
    story.ingest(sent, story.at(f"{MON} 09:03"))
    track_on_request(story, sent, f"{MON} 09:10")
    assert story.tracked(sent)["status"] == "bounced"
    assert suppressed(story, PAUL) == "bounced"
    nothing_ever_sent(story)


def test_r8_tracking_on_request_an_email_answered_by_a_request_to_stop_ends_it_as_opted_out(conn: Any) -> None:
    """R8: Paul asked to stop in answer to the email; tracking it on request afterwards shows it for what it is
    (opted out), and nothing is scheduled for him."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(inbound_reply(sent, received_at=story.at(f"{MON} 09:20"), opt_out=True), story.at(f"{MON} 09:21"))
    track_on_request(story, sent, f"{MON} 09:30")
    assert story.tracked(sent)["status"] == "opted_out"
    nothing_ever_sent(story)


def test_r8_tracking_on_request_an_email_sent_after_the_request_to_stop_is_refused(conn: Any) -> None:
    """R8: the email was sent after Paul asked to stop: a suppressed address cannot be tracked; the error says who
    and why, and nothing is written."""
    story = Story(conn, tracking_policy="manual")
    first = story.send(f"{MON} 09:00", [PAUL])
    story.ingest(inbound_reply(first, received_at=story.at(f"{MON} 09:20"), opt_out=True), story.at(f"{MON} 09:21"))
    later = story.send(f"{MON} 10:00", [PAUL], subject="Autre sujet")
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=f"{PAUL} on the suppression list"):
        track_on_request(story, later, f"{MON} 10:30")
    conn.rollback()
    assert query_rows(conn, "select 1 from public.tracked_emails where team_id = %s", story.team_id) == []


def untrack(story: Story, sent: Message, when: str) -> None:
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute(
            "select public.untrack_email(%s, %s)", (story.tracked(sent)["tracked_email_id"], story.at(when))
        )
        assert row.fetchone() == (True,)


def test_r5_tracking_again_an_email_answered_while_it_was_untracked_never_chases(conn: Any) -> None:
    """R1/R5: Claire untracks her email at 10:00; Paul answers at 11:00 (nothing tracked to stop); at 12:00 she
    tracks it again from the web app. It was answered meanwhile: it ends as replied, nothing is sent."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    untrack(story, sent, f"{MON} 10:00")
    story.ingest(inbound_reply(sent, received_at=story.at(f"{MON} 11:00")), story.at(f"{MON} 11:01"))
    track_on_request(story, sent, f"{MON} 12:00")
    assert story.tracked(sent)["status"] == "replied"
    nothing_ever_sent(story)


def test_r4_tracking_again_counts_the_nudge_sent_while_it_was_untracked(conn: Any) -> None:
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    untrack(story, sent, f"{MON} 10:00")
    story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(f"{MON} 11:00")), story.at(f"{MON} 11:00"))
    track_on_request(story, sent, f"{MON} 12:00")
    row = story.tracked(sent)
    assert (row["status"], row["manual_detected"]) == ("active", 1)
    assert story.pending(sent) is not None


def test_r8_tracking_again_an_email_to_someone_who_asked_to_stop_meanwhile_ends_it(conn: Any) -> None:
    """R8: Paul asked not to be contacted (in another conversation) while the email was untracked: tracking it again
    ends it at once as opted out, and nothing is scheduled for him."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    untrack(story, sent, f"{MON} 10:00")
    story.receive(
        f"{MON} 11:00",
        PAUL,
        subject="Désinscription",
        analysis={"kind": "human", "new_text": "Merci de ne plus me contacter.", "opt_out": True},
    )
    track_on_request(story, sent, f"{MON} 12:00")
    assert story.tracked(sent)["status"] == "opted_out"
    assert story.pending(sent) is None
    nothing_ever_sent(story)


def test_r8_tracking_again_with_the_setting_off_still_schedules_nothing_for_him(conn: Any) -> None:
    """R8 with the team counting only answers in the conversation: Paul's request elsewhere is no answer here, but
    he is suppressed and the only recipient: the email ends as opted out all the same."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send(f"{MON} 09:00", [PAUL])
    untrack(story, sent, f"{MON} 10:00")
    story.receive(
        f"{MON} 11:00",
        PAUL,
        subject="Désinscription",
        analysis={"kind": "human", "new_text": "Merci de ne plus me contacter.", "opt_out": True},
    )
    track_on_request(story, sent, f"{MON} 12:00")
    assert story.tracked(sent)["status"] == "opted_out"
    nothing_ever_sent(story)


# Absences seen out of order (R5, R6) -------------------------------------------------------------------------------


def held(story: Story, address: str) -> str | None:
    row = story.conn.execute(
        "select return_on::text from public.holds where team_id = %s and address = %s", (story.team_id, address)
    ).fetchone()
    return row[0] if row else None


def test_r6_a_notice_older_than_his_answer_seen_after_it_holds_nothing(conn: Any) -> None:
    """R5/R6: Paul's out-of-office (back Thursday) came at 09:05, his own answer to another email at 10:00: he is
    back. Seen in the other order (the answer first), the old notice must not put him on hold until Thursday."""
    story = Story(conn, reply_from_any_conversation=False)  # his answer elsewhere does not end `sent`
    sent = story.send(f"{MON} 09:00", [PAUL])
    other = story.send(f"{MON} 08:00", [PAUL], subject="Autre dossier")
    story.ingest(inbound_reply(other, received_at=story.at(f"{MON} 10:00")), story.at(f"{MON} 10:01"))
    story.ingest(auto_reply(sent, received_at=story.at(f"{MON} 09:05"), until="2028-11-23"), story.at(f"{MON} 10:02"))
    assert held(story, PAUL) is None
    assert story.due(sent) == f"{MON} 13:00"


def test_r6_a_notice_newer_than_his_answer_seen_before_it_stands(conn: Any) -> None:
    """R5/R6: Paul answered at 10:00, then left: his out-of-office of 11:00 (back Thursday) is the newer news.
    Seen first, it is not lifted by the older answer."""
    story = Story(conn, reply_from_any_conversation=False)  # his answer elsewhere does not end `sent`
    sent = story.send(f"{MON} 09:00", [PAUL])
    other = story.send(f"{MON} 08:00", [PAUL], subject="Autre dossier")
    story.ingest(auto_reply(sent, received_at=story.at(f"{MON} 11:00"), until="2028-11-23"), story.at(f"{MON} 11:01"))
    story.ingest(inbound_reply(other, received_at=story.at(f"{MON} 10:00")), story.at(f"{MON} 11:02"))
    assert held(story, PAUL) == "2028-11-23"
    assert story.tracked(sent)["status"] == "active"


def test_r6_two_notices_seen_newest_first_hold_as_in_order(conn: Any) -> None:
    """R6: Paul's first notice (Monday 09:30, back Wednesday) and his second (Tuesday 10:00, now back Friday) are
    one absence. Seen newest first, the latest return date holds and the absence began with the first notice: the
    4 h interval ran 30 minutes before it (09:00-09:30), and the rest from Monday 27 07:00 after Friday 24 (the first
    working hour after the return): due at 10:30, as when they are seen in order."""
    story = Story(conn)
    sent = story.send(f"{MON} 09:00", [PAUL])
    first = auto_reply(sent, received_at=story.at(f"{MON} 09:30"), until="2028-11-22")
    second = auto_reply(sent, received_at=story.at(f"{TUE} 10:00"), until="2028-11-24")
    story.ingest(second, story.at(f"{TUE} 10:01"))
    story.ingest(first, story.at(f"{TUE} 10:02"))
    assert held(story, PAUL) == "2028-11-24"
    assert story.due(sent) == "Mon 2028-11-27 10:30"
    usual = Story(conn)
    again = usual.send(f"{MON} 09:00", [PAUL])
    usual.ingest(auto_reply(again, received_at=usual.at(f"{MON} 09:30"), until="2028-11-22"), usual.at(f"{TUE} 10:01"))
    usual.ingest(auto_reply(again, received_at=usual.at(f"{TUE} 10:00"), until="2028-11-24"), usual.at(f"{TUE} 10:02"))
    assert usual.due(again) == "Mon 2028-11-27 10:30"


def test_r5_a_colleague_copied_who_writes_elsewhere_is_no_answer_on_request(conn: Any) -> None:
    """R1/R5: Marc, a colleague, was copied; his note to Claire in another conversation after the email is not
    whom the email waits for: tracking it on request afterwards schedules the first follow-up as usual."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MON} 09:00", [PAUL], cc=[MARC])
    story.receive(f"{MON} 10:00", MARC, subject="Point interne")
    track_on_request(story, sent, f"{MON} 10:30")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == f"{MON} 13:00"


def test_r7_a_bounce_seen_before_an_untracked_email_still_marks_the_address(conn: Any) -> None:
    """R7: "the address is marked undeliverable for the team", whether or not the email is tracked. Under the manual
    policy the report came first and named an email nobody had seen; once the email is in, Paul's dead address is
    suppressed, and a tracked email of the team to him alone stops at once (R8)."""
    story = Story(conn, tracking_policy="manual")
    earlier = story.send(f"{MON} 08:00", [PAUL], subject="Premier contact")
    track_on_request(story, earlier, f"{MON} 08:30")
    sent = outbound(story.mailbox, [PAUL], sent_at=story.at(f"{MON} 09:00"))
    story.ingest(bounce(sent, received_at=story.at(f"{MON} 09:01")), story.at(f"{MON} 09:02"))
    assert suppressed(story, PAUL) is None
    assert story.ingest(sent, story.at(f"{MON} 09:03"))["effects"] == ["bounced"]
    assert not story.is_tracked(sent)
    assert suppressed(story, PAUL) == "bounced"
    assert story.tracked(earlier)["status"] == "bounced"
    nothing_ever_sent(story)
