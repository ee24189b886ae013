"""Blind acceptance scenarios for the follow-up engine, written from BEHAVIOUR.md (R1-R16) alone.

Cabinet Durand, a wealth-management firm in Paris: Claire's mailbox, Europe/Paris, the French holiday calendar,
working hours 07:00-18:00 Monday-Friday, a 4 working-hour interval and at most three follow-ups (the defaults
of BEHAVIOUR.md's settings table). Every expected instant is written in the mailbox's local time and was
computed by hand from the rule text; the arithmetic is in the comments. The stories are dated 2027-2029; the
file passes on any date (run whole with client and cluster under `faketime -f '+1500d'`, in 2031, on 2026-12-03).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from tests.pg import acting_as
from tests.story import (
    Message,
    Story,
    addr,
    answered_by,
    auto_reply,
    bounce,
    claim,
    engine_copy,
    inbound,
    inbound_reply,
    invariant_problems,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
    record_identity,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE = "sophie.bernard@notaires-lyon.fr"
MARC = "marc@cabinet-durand.fr"  # Claire's colleague, in the team's domain


# Helpers ---------------------------------------------------------------------------------------------------------


def sent_now(story: Story, when: str) -> list[dict[str, Any]]:
    """A scheduler tick at `when`, then a worker drains the queue: the follow-ups actually sent."""
    story.tick(when)
    return [o for o in story.work(when) if o.get("ok")]


def as_owner(story: Story, query: str, *args: Any, role: str = "authenticated") -> Any:
    """A user request (the frontend under RLS), committed; returns the first column of the first row."""
    with acting_as(story.conn, role, story.owner, commit=True):
        row = story.conn.execute(query, args).fetchone()
    return row[0] if row else None


def first_claim_of(story: Story, when: str) -> tuple[uuid.UUID, dict[str, Any]]:
    """A tick at `when`, one queue message read, its first claim (no token)."""
    story.tick(when)
    rows = read_queue(story.conn)
    assert len(rows) == 1, rows
    _msg_id, followup_id = rows[0]
    return followup_id, story.claim(followup_id, story.at(when))


def statuses(story: Story, sent: Message) -> list[str]:
    return [str(f["status"]) for f in story.followups(sent)]


def timeline_text(story: Story, sent: Message) -> str:
    return "\n".join(f"{k}: {r}" for k, r in story.timeline(sent)).lower()


def suppressed(story: Story) -> dict[str, str]:
    rows = story.conn.execute(
        "select address, reason from public.suppressions where team_id = %s", (story.team_id,)
    ).fetchall()
    return {a: r for a, r in rows}


def no_problems(story: Story) -> None:
    assert invariant_problems(story.conn) == []


# R1 Tracking ----------------------------------------------------------------------------------------------------


def test_r1_internal_only_message_is_not_tracked_whatever_the_case_of_the_domain(conn: Any) -> None:
    """R1: "Policy `auto` tracks an outbound message that starts a conversation and has at least one recipient
    outside the team's own domains." Domains compare case-insensitively (RFC 5321), so a note to a colleague
    typed Marc@CABINET-DURAND.FR is internal; a note to a second team domain is internal too."""
    story = Story(conn, domains=("cabinet-durand.fr", "durand-patrimoine.fr"))
    note = story.send("Mon 2027-11-22 09:00", ["Marc@CABINET-DURAND.FR"], "Point dossier Martin")
    other_domain = story.send("Mon 2027-11-22 09:05", ["luc@durand-patrimoine.fr"], "Réunion d'équipe")
    assert not story.is_tracked(note)
    assert not story.is_tracked(other_domain)
    external = story.send("Mon 2027-11-22 09:10", [MARC, PAUL], "Votre bilan patrimonial")
    assert story.is_tracked(external)
    assert story.tracked(external)["status"] == "active"
    no_problems(story)


def test_r1_external_recipient_on_cc_only_is_tracked(conn: Any) -> None:
    """R1: "has at least one recipient outside the team's own domains": a prospect on CC is a recipient."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [MARC], "Proposition de gestion pilotée", cc=[PAUL])
    assert story.is_tracked(sent)
    # R2: Mon 09:00 + 4 working hours = Mon 13:00.
    assert story.due(sent) == "Mon 2027-11-22 13:00"


def test_r1_reply_to_a_prospect_is_not_tracked_under_auto_but_can_be_tracked_on_request(conn: Any) -> None:
    """R1: auto tracks "an outbound message that starts a conversation"; "A user can also track any sent
    message on request". R5: only an inbound message "after the tracked email" stops it, so the prospect's
    earlier message in the same conversation does not. R2: due at sent time + interval."""
    story = Story(conn)
    asked = story.receive("Mon 2027-11-22 08:00", PAUL, subject="Question sur mon assurance-vie")
    question = story.received_message(asked, "Question sur mon assurance-vie")
    answer = story.send("Mon 2027-11-22 09:30", [PAUL], reply_to=question)
    assert not story.is_tracked(answer)
    tracked_id = as_owner(story, "select public.track_message(%s)", story.last_result["message_id"])
    assert tracked_id is not None
    row = story.tracked(answer)
    assert row["status"] == "active"
    # Mon 09:30 + 4 h = Mon 13:30, all inside Monday's working hours.
    assert story.due(answer) == "Mon 2027-11-22 13:30"
    no_problems(story)


def test_r1_manual_policy_tracks_only_on_request_and_untrack_cancels(conn: Any) -> None:
    """R1: "Policy `manual` tracks only on request (an RPC that the frontend calls under RLS) ... and untrack it."
    After untracking nothing is sent."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert not story.is_tracked(sent)
    as_owner(story, "select public.track_message(%s)", story.last_result["message_id"])
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"  # 09:00 + 4 working hours
    as_owner(story, "select public.untrack_email(%s)", story.tracked(sent)["tracked_email_id"])
    assert story.tracked(sent)["status"] == "untracked"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert sent_now(story, "Tue 2027-11-23 10:00") == []
    assert story.tracked(sent)["automatic_sent"] == 0
    no_problems(story)


# R2 Schedule ----------------------------------------------------------------------------------------------------

WORKING_TIME_CASES = [
    # The three examples of R2 itself (moved to 2027).
    ("Mon 2027-11-22 16:00", "Tue 2027-11-23 09:00"),  # 16-18 = 2 h, Tue 07-09 = 2 h
    ("Fri 2027-11-26 17:00", "Mon 2027-11-29 10:00"),  # 17-18 = 1 h, weekend, Mon 07-10 = 3 h
    ("Sat 2027-11-27 10:00", "Mon 2027-11-29 11:00"),  # clock stopped until Mon 07:00, + 4 h
    # Sent outside working hours.
    ("Tue 2027-11-23 21:00", "Wed 2027-11-24 11:00"),  # evening: clock starts Wed 07:00
    ("Wed 2027-11-24 05:30", "Wed 2027-11-24 11:00"),  # early morning: clock starts 07:00
    ("Sun 2027-11-28 23:59", "Mon 2027-11-29 11:00"),
    # Edges of the day.
    ("Mon 2027-11-22 17:59", "Tue 2027-11-23 10:59"),  # 1 min Mon, 3 h 59 Tue from 07:00
    ("Fri 2027-11-26 14:30", "Mon 2027-11-29 07:30"),  # 3 h 30 Fri, 30 min Mon
    ("Mon 2027-11-22 09:00", "Mon 2027-11-22 13:00"),  # same day
]


@pytest.mark.parametrize(("sent_at", "expected"), WORKING_TIME_CASES)
def test_r2_first_followup_is_due_after_four_working_hours(conn: Any, sent_at: str, expected: str) -> None:
    """R2: "The first automatic follow-up is due at *sent time + interval*, counted in working time: the clock
    only runs inside working hours, on working days ... With 07:00-18:00 Mon-Fri: Mon 16:00 + 4 h = Tue 09:00;
    Fri 17:00 + 4 h = Mon 10:00; Sat 10:00 + 4 h = Mon 11:00." """
    story = Story(conn)
    sent = story.send(sent_at, [PAUL])
    assert story.due(sent) == expected
    assert story.local(story.tracked(sent)["next_followup_due_at"]) == expected


FRENCH_HOLIDAY_CASES = [
    # 1 May 2029 is a Tuesday: Mon 17-18 = 1 h, Tue off, Wed 07-10 = 3 h.
    pytest.param("Mon 2029-04-30 17:00", "Wed 2029-05-02 10:00", id="1-mai"),
    # 8 May 2029 (Victoire 1945) is a Tuesday: Mon 16-18 = 2 h, Tue off, Wed 07-09.
    pytest.param("Mon 2029-05-07 16:00", "Wed 2029-05-09 09:00", id="8-mai"),
    # Easter Monday 2027 is 29 March, and DST starts Sun 28 March: Fri 16-18 = 2 h, Mon off, Tue 07-09 local.
    pytest.param("Fri 2027-03-26 16:00", "Tue 2027-03-30 09:00", id="lundi-de-paques-et-heure-d-ete"),
    # Ascension 2027 is Thursday 6 May: Wed 15-18 = 3 h, Thu off, Fri 07-08.
    pytest.param("Wed 2027-05-05 15:00", "Fri 2027-05-07 08:00", id="ascension"),
    # Whit Monday 2027 is 17 May: Fri 17:30-18 = 30 min, Mon off, Tue 07:00-10:30.
    pytest.param("Fri 2027-05-14 17:30", "Tue 2027-05-18 10:30", id="lundi-de-pentecote"),
    # 14 July 2027 is a Wednesday: Tue 16-18 = 2 h, Wed off, Thu 07-09.
    pytest.param("Tue 2027-07-13 16:00", "Thu 2027-07-15 09:00", id="14-juillet"),
    # 15 August 2028 is a Tuesday: Mon 17-18 = 1 h, Tue off, Wed 07-10.
    pytest.param("Mon 2028-08-14 17:00", "Wed 2028-08-16 10:00", id="15-aout"),
    # 1 November 2027 is a Monday, and DST ends Sun 31 October: Fri 16-18 = 2 h, Mon off, Tue 07-09 local.
    pytest.param("Fri 2027-10-29 16:00", "Tue 2027-11-02 09:00", id="toussaint-et-heure-d-hiver"),
    # 11 November 2027 is a Thursday: Wed 15-18 = 3 h, Thu off, Fri 07-08.
    pytest.param("Wed 2027-11-10 15:00", "Fri 2027-11-12 08:00", id="11-novembre"),
    # Sent on the holiday itself: the clock starts Fri 07:00.
    pytest.param("Thu 2027-11-11 10:00", "Fri 2027-11-12 11:00", id="envoye-un-jour-ferie"),
    # Christmas 2028 is a Monday: Fri 16-18 = 2 h, weekend, Mon off, Tue 07-09.
    pytest.param("Fri 2028-12-22 16:00", "Tue 2028-12-26 09:00", id="noel"),
    # New Year 2029 is a Monday: Fri 17-18 = 1 h, weekend, Mon off, Tue 07-10.
    pytest.param("Fri 2028-12-29 17:00", "Tue 2029-01-02 10:00", id="jour-de-l-an"),
]


@pytest.mark.parametrize(("sent_at", "expected"), FRENCH_HOLIDAY_CASES)
def test_r2_french_public_holidays_stop_the_clock(conn: Any, sent_at: str, expected: str) -> None:
    """R2: "the clock only runs inside working hours, on working days, off holidays, in the mailbox's time zone";
    the French calendar ("a French calendar must be available") includes the eleven French public holidays."""
    story = Story(conn)
    sent = story.send(sent_at, [PAUL])
    assert story.due(sent) == expected


@pytest.mark.parametrize(
    ("time_zone", "calendar", "sent_at", "expected"),
    [
        # Paris DST ends Sun 29 Oct 2028: Fri 16-18 = 2 h, Mon 07-09 local (08:00 UTC, 66 real hours later).
        pytest.param("Europe/Paris", "fr", "Fri 2028-10-27 16:00", "Mon 2028-10-30 09:00", id="paris-autumn"),
        # Paris DST starts Sun 26 Mar 2028: Mon 07-09 local (07:00 UTC).
        pytest.param("Europe/Paris", "fr", "Fri 2028-03-24 16:00", "Mon 2028-03-27 09:00", id="paris-spring"),
        # A New York mailbox, US DST starts Sun 12 Mar 2028 (two weeks before Europe's).
        pytest.param("America/New_York", None, "Fri 2028-03-10 16:00", "Mon 2028-03-13 09:00", id="new-york"),
    ],
)
def test_r2_daylight_saving_is_handled_by_the_zone(
    conn: Any, time_zone: str, calendar: str | None, sent_at: str, expected: str
) -> None:
    """R2: "in the mailbox's time zone (daylight saving handled by the zone)": working hours are local hours, so a
    DST weekend changes nothing in local time."""
    story = Story(conn, time_zone=time_zone, holiday_calendar=calendar)
    sent = story.send(sent_at, [PAUL])
    assert story.due(sent) == expected


def test_r2_interval_longer_than_a_working_day_spans_days_and_holidays(conn: Any) -> None:
    """R2: "sent time + interval, counted in working time ... off holidays". A 24-hour interval is 24 working
    hours, not one calendar day: Wed 10 Nov 2027 09:00 -> Wed 9 h (09-18), Thu 11 Nov off, Fri 11 h (20 h),
    weekend, Mon 07:00 + 4 h = Mon 15 Nov 11:00."""
    story = Story(conn, followup_interval=dt.timedelta(hours=24))
    sent = story.send("Wed 2027-11-10 09:00", [PAUL])
    assert story.due(sent) == "Mon 2027-11-15 11:00"


def test_r2_mailbox_overrides_working_hours_and_days(conn: Any) -> None:
    """Settings: "Team defaults, each overridable per mailbox." Claire works 09:00-17:00, Monday to Thursday.
    R2: Thu 2027-11-25 15:00 -> 2 h Thu (15-17), Fri off, Mon 09:00 + 2 h = Mon 2027-11-29 11:00."""
    story = Story(conn)
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"working_hours_start": "09:00", "working_hours_end": "17:00", "working_days": [1, 2, 3, 4]}',
    )
    sent = story.send("Thu 2027-11-25 15:00", [PAUL])
    assert story.due(sent) == "Mon 2027-11-29 11:00"


def test_r2_each_sent_followup_rebases_the_next_even_when_sent_late(conn: Any) -> None:
    """R2: "Each follow-up sent re-bases the next one." The worker only gets to follow-up 1 (due Mon 13:00) at
    Mon 15:30: follow-up 2 is due 15:30 + 4 h = 2 h 30 Mon + 1 h 30 Tue = Tue 08:30."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    sent_list = sent_now(story, "Mon 2027-11-22 15:30")
    assert len(sent_list) == 1
    assert story.due(sent) == "Tue 2027-11-23 08:30"
    no_problems(story)


def test_r2_time_zone_change_replans_so_nobody_is_written_to_at_3am(conn: Any) -> None:
    """R2: "A change of time zone ... re-plans every pending follow-up it affects, at once, and a claim refuses an
    instant outside working time: nobody is ever written to at 03:00 their time because a setting changed after
    scheduling."
    Sent Mon 2027-11-22 16:00 Paris (15:00 UTC): due Tue 09:00 Paris = 03:00 in New York. Claire's mailbox moves
    to America/New_York: the email was sent at 10:00 New York time, + 4 h = Mon 14:00 New York = 19:00 UTC =
    Mon 20:00 Paris."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 16:00", [PAUL])
    assert story.due(sent) == "Tue 2027-11-23 09:00"
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"time_zone": "America/New_York"}',
    )
    assert story.due(sent) == "Mon 2027-11-22 20:00"
    # Tue 09:00 Paris is 03:00 in New York: nothing goes out then.
    assert sent_now(story, "Tue 2027-11-23 09:00") == []
    assert story.tracked(sent)["automatic_sent"] == 0
    no_problems(story)


def test_r2_working_hours_change_replans_pending_followup(conn: Any) -> None:
    """R2: "A change of ... working hours ... re-plans every pending follow-up it affects, at once". Claire's
    mailbox goes to mornings only (08:00-12:00): sent Mon 09:00 -> 3 h Mon (09-12), Tue 08:00 + 1 h = Tue 09:00.
    The old due instant (Mon 13:00) is now outside working time: nothing is sent then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"working_hours_start": "08:00", "working_hours_end": "12:00"}',
    )
    assert story.due(sent) == "Tue 2027-11-23 09:00"
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert len(sent_now(story, "Tue 2027-11-23 09:00")) == 1
    no_problems(story)


def test_r2_interval_change_replans_pending_followup(conn: Any) -> None:
    """R2: "A change of ... interval re-plans every pending follow-up it affects, at once". Interval 4 h -> 6 h:
    sent Mon 09:00 -> Mon 15:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    as_owner(
        story,
        "select team_id from public.set_team_settings(%s, %s::jsonb)",
        story.team_id,
        '{"followup_interval_hours": 6}',
    )
    assert story.due(sent) == "Mon 2027-11-22 15:00"


def test_r2_holiday_calendar_switched_on_replans_pending_followup(conn: Any) -> None:
    """R2: "A change of ... holidays ... re-plans every pending follow-up it affects". Without a calendar,
    Tue 13 July 2027 16:00 -> Wed 14 July 09:00; once the team picks the French calendar, 14 July is off:
    Thu 15 July 09:00."""
    story = Story(conn, holiday_calendar=None)
    sent = story.send("Tue 2027-07-13 16:00", [PAUL])
    assert story.due(sent) == "Wed 2027-07-14 09:00"
    as_owner(
        story,
        "select team_id from public.set_team_settings(%s, %s::jsonb)",
        story.team_id,
        '{"holiday_calendar": "fr"}',
    )
    assert story.due(sent) == "Thu 2027-07-15 09:00"


def test_r2_team_day_off_added_replans_pending_followup(conn: Any) -> None:
    """R2: "A change of ... holidays ... re-plans every pending follow-up it affects, at once". The cabinet closes
    on Thu 3 June 2027 (team seminar): Wed 16:00 + 4 h was Thu 09:00, becomes Fri 4 June 09:00."""
    story = Story(conn)
    sent = story.send("Wed 2027-06-02 16:00", [PAUL])
    assert story.due(sent) == "Thu 2027-06-03 09:00"
    conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2027-06-03', 'Séminaire')",
        (story.team_id,),
    )
    assert story.due(sent) == "Fri 2027-06-04 09:00"
    assert sent_now(story, "Thu 2027-06-03 09:00") == []


def test_r2_claim_refuses_an_instant_outside_working_time(conn: Any) -> None:
    """R2: "a claim refuses an instant outside working time". Follow-up 1 is due Fri 17:00 (Fri 13:00 + 4 h);
    the worker only reaches it at Fri 19:30: nothing is sent at 19:30."""
    story = Story(conn)
    sent = story.send("Fri 2027-11-26 13:00", [PAUL])
    assert story.due(sent) == "Fri 2027-11-26 17:00"
    story.tick("Fri 2027-11-26 17:00")  # queued while due...
    outcomes = story.work("Fri 2027-11-26 19:30")  # ...but claimed after hours
    assert [o for o in outcomes if o.get("ok")] == []
    assert "sent" not in statuses(story, sent)
    assert story.tracked(sent)["automatic_sent"] == 0


# R3 Count -------------------------------------------------------------------------------------------------------


def test_r3_three_automatic_followups_then_completed(conn: Any) -> None:
    """R3: "reaching it completes the tracked email (status `completed`), nothing more is scheduled". R2 re-base:
    Mon 09:00 -> 13:00 -> 17:00 -> Tue 10:00 (17-18 = 1 h, Tue 07-10 = 3 h)."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    assert len(sent_now(story, "Mon 2027-11-22 17:00")) == 1
    assert story.due(sent) == "Tue 2027-11-23 10:00"
    assert len(sent_now(story, "Tue 2027-11-23 10:00")) == 1
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (3, 0, 3)
    assert row["next_followup_due_at"] is None
    assert story.due(sent) is None
    assert sent_now(story, "Wed 2027-11-24 12:00") == []
    assert sent_now(story, "Mon 2027-11-29 12:00") == []
    n = conn.execute("select public.get_total_followup_count(%s)", (row["tracked_email_id"],)).fetchone()[0]
    assert n == 3
    no_problems(story)


def test_r3_mailbox_maximum_of_one_completes_after_the_first(conn: Any) -> None:
    """Settings: "max follow-ups per tracked email" is a team default "overridable per mailbox". R3: "reaching it
    completes the tracked email (status `completed`), nothing more is scheduled." Claire allows a single follow-up."""
    story = Story(conn)
    as_owner(
        story, "select id from public.set_mailbox_settings(%s, %s::jsonb)", story.mailbox_id, '{"max_followups": 1}'
    )
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert row["total_followups"] == 1
    assert story.due(sent) is None
    assert sent_now(story, "Tue 2027-11-23 13:00") == []
    no_problems(story)


def test_r3_r4_manual_followups_count_toward_the_maximum(conn: Any) -> None:
    """R3: "`get_total_followup_count(tracked)` = automatic sent + manual detected". R4: a manual follow-up "counts
    toward the maximum". Sent Mon 09:00; Claire relaunches by hand at 10:30 -> automatic due 14:30; sent at 14:30
    -> next due 14:30 + 4 h = 3 h 30 Mon + 30 min Tue = Tue 07:30; sent then: 1 manual + 2 automatic = 3."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:30")), story.at("Mon 2027-11-22 10:30")
    )
    assert story.due(sent) == "Mon 2027-11-22 14:30"
    assert len(sent_now(story, "Mon 2027-11-22 14:30")) == 1
    assert story.due(sent) == "Tue 2027-11-23 07:30"
    assert len(sent_now(story, "Tue 2027-11-23 07:30")) == 1
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (2, 1, 3)
    assert row["status"] == "completed"
    assert story.due(sent) is None
    no_problems(story)


def test_r3_fourth_manual_followup_never_pushes_the_count_past_the_maximum(conn: Any) -> None:
    """R3: "It never exceeds the maximum, whatever order the engine's own sends, their Sent Items echoes and manual
    follow-ups are seen in; reaching it completes the tracked email". Claire writes four reminders by hand."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    for when in ("Mon 2027-11-22 10:00", "Mon 2027-11-22 11:00", "Mon 2027-11-22 12:00"):
        story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(when)), story.at(when))
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert row["total_followups"] == 3
    assert story.due(sent) is None
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Tue 2027-11-23 10:00")), story.at("Tue 2027-11-23 10:00")
    )
    row = story.tracked(sent)
    total = conn.execute("select public.get_total_followup_count(%s)", (row["tracked_email_id"],)).fetchone()[0]
    assert total == 3
    assert row["total_followups"] == 3
    assert row["status"] == "completed"
    assert sent_now(story, "Tue 2027-11-23 15:00") == []
    no_problems(story)


def test_r3_manual_followup_seen_while_the_automatic_one_is_claimed(conn: Any) -> None:
    """R3: "It never exceeds the maximum, whatever order ... are seen in; reaching it completes the tracked email".
    R9: the final claim refuses "when the tracked email is no longer active". Two manual follow-ups (10:00, 11:00:
    due 15:00); at 15:00 the worker claims the automatic one; before it sends, the third manual follow-up
    (written at 14:59) is ingested: the maximum is reached, the automatic one is never sent."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    for when in ("Mon 2027-11-22 10:00", "Mon 2027-11-22 11:00"):
        story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(when)), story.at(when))
    assert story.due(sent) == "Mon 2027-11-22 15:00"
    _fid, context = first_claim_of(story, "Mon 2027-11-22 15:00")
    assert context["ok"], context
    late = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 14:59"))
    story.ingest(late, story.at("Mon 2027-11-22 15:00"))
    final = story.send_claimed(context, story.at("Mon 2027-11-22 15:00"))
    assert not final["ok"]
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (0, 3, 3)
    no_problems(story)


def test_r3_late_sent_items_echoes_and_manual_followup_in_any_order(conn: Any) -> None:
    """R3: "whatever order the engine's own sends, their Sent Items echoes and manual follow-ups are seen in".
    R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual." Two automatic sends
    whose echoes arrive only after a manual follow-up: 2 automatic + 1 manual = 3, completed."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    first = sent_now_no_echo(story, "Mon 2027-11-22 13:00")
    # Follow-up 2: 13:00 + 4 h = 17:00.
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    second = sent_now_no_echo(story, "Mon 2027-11-22 17:00")
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Tue 2027-11-23 08:00")), story.at("Tue 2027-11-23 08:00")
    )
    for context, when in ((second, "Mon 2027-11-22 17:00"), (first, "Mon 2027-11-22 13:00")):
        echo = engine_copy(
            story.mailbox,
            answered_by(context),
            context["followup_id"],
            sent_at=story.at(when),
            internet_message_id=context["internet_message_id"],
        )
        story.ingest(echo, story.at("Tue 2027-11-23 08:05"))
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (2, 1, 3)
    assert row["status"] == "completed"
    assert story.due(sent) is None
    no_problems(story)


def sent_now_no_echo(story: Story, when: str) -> dict[str, Any]:
    story.tick(when)
    outcomes = [o for o in story.work(when, echo=False) if o.get("ok")]
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


# R4 Manual follow-up ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("manual_at", "expected"),
    [
        ("Mon 2027-11-22 11:30", "Mon 2027-11-22 15:30"),  # 11:30 + 4 h
        ("Mon 2027-11-22 16:30", "Tue 2027-11-23 09:30"),  # 1 h 30 Mon (16:30-18:00) + 2 h 30 Tue (07:00-09:30)
        ("Sat 2027-11-27 10:00", "Mon 2027-11-29 11:00"),  # written at the weekend: Mon 07:00 + 4 h
    ],
)
def test_r4_manual_followup_moves_the_automatic_one(conn: Any, manual_at: str, expected: str) -> None:
    """R4: "the pending automatic follow-up is rescheduled to *its sent time + interval*
    (`reschedule_pending_followups`)", interval in working time (R2). R12: the timeline says it was rescheduled
    by a manual follow-up."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(manual_at)), story.at(manual_at))
    assert story.due(sent) == expected
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (0, 1, 1)
    assert row["status"] == "active"
    assert "manual" in timeline_text(story, sent)
    no_problems(story)


def test_r4_manual_followup_seen_twice_is_recorded_once_with_sequence_numbers(conn: Any) -> None:
    """R4: "it is recorded in `manual_followups` with the next sequence number ... The same message seen twice
    (notification and delta sync, two provider ids for one `Message-ID`) is recorded once." """
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    one = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:00"))
    story.ingest(one, story.at("Mon 2027-11-22 10:00"))
    again = Message({**one, "provider_message_id": "AAMk-delta-" + uuid.uuid4().hex})
    story.ingest(again, story.at("Mon 2027-11-22 10:02"))
    story.ingest(one, story.at("Mon 2027-11-22 10:03"))
    assert story.tracked(sent)["manual_detected"] == 1
    assert story.due(sent) == "Mon 2027-11-22 14:00"  # 10:00 + 4 h
    two = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 11:00"))
    story.ingest(two, story.at("Mon 2027-11-22 11:00"))
    rows = query_rows(
        conn,
        "select seq from public.manual_followups where tracked_email_id = %s order by sent_at",
        story.tracked(sent)["tracked_email_id"],
    )
    assert [r["seq"] for r in rows] == [1, 2]
    assert story.tracked(sent)["manual_detected"] == 2
    assert story.due(sent) == "Mon 2027-11-22 15:00"  # 11:00 + 4 h
    no_problems(story)


def test_r4_engine_followup_seen_again_in_sent_items_is_never_manual(conn: Any) -> None:
    """R4: "The engine's own follow-up, seen again in Sent Items, is never counted as manual." Its echo arrives
    twice (notification, then delta sync under another provider id)."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.tick("Mon 2027-11-22 13:00")
    outcomes = story.work("Mon 2027-11-22 13:00")  # ingests one echo
    context = next(o for o in outcomes if o.get("ok"))
    echo = engine_copy(
        story.mailbox,
        answered_by(context),
        context["followup_id"],
        sent_at=story.at("Mon 2027-11-22 13:00"),
        internet_message_id=context["internet_message_id"],
        provider_message_id="AAMk-delta-" + uuid.uuid4().hex,
    )
    story.ingest(echo, story.at("Mon 2027-11-22 13:10"))
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (1, 0, 1)
    # Follow-up 2: 13:00 + 4 h = 17:00, not moved by the echo.
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    no_problems(story)


# R5 Reply -------------------------------------------------------------------------------------------------------


def test_r5_recipient_reply_stops_and_cancels_with_reason_replied(conn: Any) -> None:
    """R5: "An inbound message in a tracked conversation, after the tracked email, from anyone but the mailbox
    itself ... stops it: status `replied`, pending follow-ups cancelled with reason `replied`." R13: nothing is
    sent after it."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    reply = inbound_reply(sent, received_at=story.at("Mon 2027-11-22 14:10"))
    story.ingest(reply, story.at("Mon 2027-11-22 14:10"))
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert story.local(row["answered_at"]) == "Mon 2027-11-22 14:10"
    assert story.due(sent) is None
    cancelled = [f for f in story.followups(sent) if f["status"] == "cancelled"]
    assert len(cancelled) == 1 and cancelled[0]["reason"] == "replied"
    assert sent_now(story, "Mon 2027-11-22 17:00") == []
    assert story.violations() == []
    no_problems(story)


@pytest.mark.parametrize(
    "who",
    [pytest.param(MARC, id="colleague-in-team-domain"), pytest.param(SOPHIE, id="third-party-on-cc")],
)
def test_r5_anyone_but_the_mailbox_itself_answers(conn: Any, who: str) -> None:
    """R5: "An inbound message in a tracked conversation, after the tracked email, from anyone but the mailbox
    itself, that is neither an automatic reply nor a bounce, stops it". A colleague answering in the thread, or the
    notary Paul put on CC, is not the mailbox itself."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL], cc=[SOPHIE])
    story.ingest(
        inbound_reply(sent, who, received_at=story.at("Mon 2027-11-22 11:00")), story.at("Mon 2027-11-22 11:00")
    )
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


def test_r5_recipient_writing_in_another_conversation_is_an_answer(conn: Any) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (a team setting, on by default): a prospect who writes back, whatever the subject, is never chased." A
    stranger writing in a new conversation changes nothing."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE])
    story.receive("Mon 2027-11-22 10:00", SOPHIE, subject="Demande de rendez-vous")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    story.receive("Mon 2027-11-22 11:00", JEANNE, subject="Question sur mes placements")
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


def test_r5_other_conversation_does_not_answer_when_the_team_turns_it_off(conn: Any) -> None:
    """R5: the cross-conversation answer is "a team setting, on by default". Off, a recipient's message in another
    conversation leaves the tracked email active and its schedule untouched."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.receive("Mon 2027-11-22 10:00", PAUL, subject="Autre sujet : ma déclaration")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"


def test_r5_explicit_link_beats_an_earlier_server_clock(conn: Any) -> None:
    """R5: "a message whose `In-Reply-To` or `References` names the tracked email ... is an answer even when its
    timestamp is earlier than the tracked email's, since servers' clocks differ". Paul's server stamps its reply
    3 minutes before Claire's send."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    reply = inbound_reply(sent, received_at=story.at("Mon 2027-11-22 08:57"))
    story.ingest(reply, story.at("Mon 2027-11-22 09:01"))
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


def test_r5_reply_filed_in_another_thread_with_a_new_subject_still_answers(conn: Any) -> None:
    """Words: "a reply whose headers point into a conversation belongs to it even when the provider filed it
    elsewhere (changed subject)". R5: it stops the tracked email. The reply only names the engine's follow-up
    ("or a later message of its conversation"), and comes from an address that is not a recipient."""
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    context = outcomes[0]
    followup_msg = Message(
        {
            "internet_message_id": context["internet_message_id"],
            "references": [sent.internet_message_id],
            "provider_thread_id": sent.thread,
        }
    )
    reply = inbound(
        story.mailbox,
        "p.martin.perso@gmail-like.fr",
        received_at=story.at("Mon 2027-11-22 15:00"),
        subject="Rendez-vous jeudi ?",
        thread_id="thread-elsewhere-" + uuid.uuid4().hex,
    )
    reply["in_reply_to"] = followup_msg.internet_message_id
    reply["references"] = [sent.internet_message_id, followup_msg.internet_message_id]
    story.ingest(reply, story.at("Mon 2027-11-22 15:00"))
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    no_problems(story)


def test_r5_r6_auto_submitted_no_is_a_human_answer(conn: Any) -> None:
    """R6: an automatic reply is one with "RFC 3834 `Auto-Submitted` other than `no`"; so `Auto-Submitted: no` is a
    person's message, and R5 stops the tracked email."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.receive(
        "Mon 2027-11-22 10:00", PAUL, reply_to=sent, headers={"auto-submitted": "no"}, body="Oui, appelez-moi."
    )
    assert story.tracked(sent)["status"] == "replied"


# R6 Out of office -----------------------------------------------------------------------------------------------


def test_r6_out_of_office_without_date_changes_nothing(conn: Any) -> None:
    """R6: an automatic reply "never stops tracking"; only one that "names a return date" holds. Without a date
    the follow-up stays due Mon 13:00 and goes out then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(auto_reply(sent, received_at=story.at("Mon 2027-11-22 09:01")), story.at("Mon 2027-11-22 09:01"))
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    no_problems(story)


AUTO_REPLY_MARKS = [
    pytest.param({"x-autoreply": "yes"}, "RE: Votre projet", id="x-autoreply"),
    pytest.param({"x-autorespond": "yes"}, "RE: Votre projet", id="x-autorespond"),
    pytest.param({"precedence": "auto_reply"}, "RE: Votre projet", id="precedence"),
    pytest.param({"auto-submitted": "auto-generated"}, "RE: Votre projet", id="auto-submitted-generated"),
    pytest.param({}, "Automatic reply: Votre projet d'investissement", id="subject-automatic-reply"),
    pytest.param({}, "Out of Office: Votre projet d'investissement", id="subject-out-of-office"),
    pytest.param({}, "Réponse automatique : Votre projet d'investissement", id="subject-reponse-automatique"),
    pytest.param({}, "Absent du bureau", id="subject-absent-du-bureau"),
]


@pytest.mark.parametrize(("headers", "subject"), AUTO_REPLY_MARKS)
def test_r6_automatic_replies_are_recognised_from_headers_and_subjects(
    conn: Any, headers: dict[str, str], subject: str
) -> None:
    """R6: "An automatic reply (RFC 3834 `Auto-Submitted` other than `no`, `X-Autoreply`, `X-Autorespond`,
    `Precedence: auto_reply`, or the usual English and French subjects such as "Automatic reply", "Out of Office",
    "Réponse automatique", "Absent du bureau") never stops tracking." Nothing was parsed from the body."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.receive(
        "Mon 2027-11-22 09:01",
        PAUL,
        reply_to=sent,
        subject=subject,
        headers=headers,
        analysis={},
        body="Je suis actuellement absent.",
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"


def test_r6_return_date_holds_until_first_working_hour_after_it_and_held_time_is_not_interval(conn: Any) -> None:
    """R6: "When it names a return date within 90 days, the next follow-up is held until the first working hour of
    the next working day after that date; held time does not count as interval." Sent Mon 22 Nov 2027 09:00, the
    out-of-office answers at once, back Fri 26 Nov: held until Mon 29 Nov 07:00; no interval ran before the hold,
    the whole 4 h runs after it: Mon 29 Nov 11:00. R12: the timeline says it is held, until when."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        auto_reply(sent, received_at=story.at("Mon 2027-11-22 09:00"), until="2027-11-26"),
        story.at("Mon 2027-11-22 09:00"),
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-29 11:00"
    text = timeline_text(story, sent)
    assert "2027-11-26" in text or "2027-11-29" in text, text
    # Nobody writes to Paul while he is away, nor the moment he is back.
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert sent_now(story, "Fri 2027-11-26 16:00") == []
    assert sent_now(story, "Mon 2027-11-29 10:59") == []
    assert len(sent_now(story, "Mon 2027-11-29 11:00")) == 1
    # Then the usual rhythm: 11:00 + 4 h = 15:00.
    assert story.due(sent) == "Mon 2027-11-29 15:00"
    no_problems(story)


def test_r6_hold_belongs_to_the_person_across_tracked_emails_and_holidays(conn: Any) -> None:
    """R6: "The hold belongs to the person (the address), so every tracked email to that address waits." Two
    emails to Paul on Mon 25 Oct 2027 09:00; his out-of-office on the first says back Fri 29 Oct. The next working
    day after that date is Tue 2 Nov (Mon 1 Nov is Toussaint): held until Tue 07:00, + 4 h = Tue 2 Nov 11:00 for
    both. A third email sent while he is away (Wed 27 Oct 10:00) waits too, and no interval runs during the hold:
    Tue 2 Nov 11:00."""
    story = Story(conn)
    first = story.send("Mon 2027-10-25 09:00", [PAUL], "Votre projet immobilier")
    second = story.send("Mon 2027-10-25 09:00", [PAUL], "Votre épargne retraite")
    story.ingest(
        auto_reply(first, received_at=story.at("Mon 2027-10-25 09:00"), until="2027-10-29"),
        story.at("Mon 2027-10-25 09:00"),
    )
    third = story.send("Wed 2027-10-27 10:00", [PAUL], "Invitation conférence patrimoine")
    for sent in (first, second, third):
        assert story.tracked(sent)["status"] == "active"
        assert story.due(sent) == "Tue 2027-11-02 11:00", sent.subject
    assert sent_now(story, "Mon 2027-10-25 13:00") == []
    assert sent_now(story, "Fri 2027-10-29 12:00") == []
    no_problems(story)


def test_r6_hold_on_one_recipient_holds_a_group_email_too(conn: Any) -> None:
    """R6: "The hold belongs to the person (the address), so every tracked email to that address waits." An email to
    Paul and Jeanne waits when Paul's out-of-office (in another conversation) names Fri 26 Nov: both are due Mon
    29 Nov 07:00 + 4 h = 11:00 (sent and held at the same minute, so no interval ran before the hold)."""
    story = Story(conn)
    group = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE], "Réunion de famille : donation-partage")
    solo = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre PER")
    story.ingest(
        auto_reply(solo, received_at=story.at("Mon 2027-11-22 09:00"), until="2027-11-26"),
        story.at("Mon 2027-11-22 09:00"),
    )
    assert story.due(solo) == "Mon 2027-11-29 11:00"
    assert story.due(group) == "Mon 2027-11-29 11:00"
    assert sent_now(story, "Mon 2027-11-22 13:00") == []


def test_r6_return_date_beyond_ninety_days_does_not_hold(conn: Any) -> None:
    """R6: the hold applies only "When it names a return date within 90 days". Back on 30 April 2028 (160 days):
    no hold, the follow-up stays due Mon 13:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        auto_reply(sent, received_at=story.at("Mon 2027-11-22 09:00"), until="2028-04-30"),
        story.at("Mon 2027-11-22 09:00"),
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"


def test_r6_r5_person_back_early_and_answering_stops_everything(conn: Any) -> None:
    """R6 holds the follow-up; R5: a human reply "stops it: status `replied`". Paul comes back early and answers
    during the hold: nothing is ever sent, even after the hold ends."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        auto_reply(sent, received_at=story.at("Mon 2027-11-22 09:00"), until="2027-11-26"),
        story.at("Mon 2027-11-22 09:00"),
    )
    story.ingest(inbound_reply(sent, received_at=story.at("Wed 2027-11-24 08:15")), story.at("Wed 2027-11-24 08:15"))
    assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, "Mon 2027-11-29 11:00") == []
    assert story.violations() == []
    no_problems(story)


# R7 Bounce ------------------------------------------------------------------------------------------------------


def test_r7_permanent_bounce_of_every_recipient_stops_and_marks_address(conn: Any) -> None:
    """R7: "A delivery status notification for the tracked email ... that fails every recipient permanently stops
    it: status `bounced`; the address is marked undeliverable for the team." """
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(bounce(sent, received_at=story.at("Mon 2027-11-22 09:02")), story.at("Mon 2027-11-22 09:02"))
    row = story.tracked(sent)
    assert row["status"] == "bounced"
    assert story.due(sent) is None
    assert PAUL in suppressed(story)
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


def test_r7_reports_add_up_and_stop_at_the_ingest_that_completes_them(conn: Any) -> None:
    """R7: "Reports add up: when the reports received so far fail every recipient permanently, it stops at that
    ingest, not at the next claim." Paul's server bounces at 09:02: Jeanne still may read it. Jeanne's bounces at
    09:30: stopped right then, before any tick."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE])
    story.ingest(
        bounce(sent, received_at=story.at("Mon 2027-11-22 09:02"), recipients=[PAUL]), story.at("Mon 2027-11-22 09:02")
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    story.ingest(
        bounce(
            sent, received_at=story.at("Mon 2027-11-22 09:30"), recipients=[JEANNE], daemon="postmaster@groupe-leroy.fr"
        ),
        story.at("Mon 2027-11-22 09:30"),
    )
    assert story.tracked(sent)["status"] == "bounced"
    assert story.due(sent) is None
    no_problems(story)


def test_r7_temporary_failure_does_not_stop(conn: Any) -> None:
    """R7: only a report that "fails every recipient permanently" stops the tracked email; a temporary failure
    (mailbox full, greylisting) leaves it active and on schedule."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        bounce(sent, received_at=story.at("Mon 2027-11-22 09:05"), permanent=False), story.at("Mon 2027-11-22 09:05")
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    assert PAUL not in suppressed(story)


# R8 Opt-out -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        pytest.param("Merci de ne plus me contacter.", "ne plus me contacter", id="fr-ne-plus-me-contacter"),
        pytest.param("Retirez-moi de votre liste, s'il vous plaît.", "retirez-moi de votre liste", id="fr-retirez-moi"),
        pytest.param("Please unsubscribe me from these emails.", "unsubscribe", id="en-unsubscribe"),
        pytest.param("STOP", "stop", id="en-stop"),
    ],
)
def test_r8_opt_out_stops_and_suppresses(conn: Any, body: str, phrase: str) -> None:
    """R8: "A reply that asks to stop ("unsubscribe", "stop", "ne plus me contacter", "retirez-moi de votre liste" …)
    stops it (status `opted_out`) and puts the address on the team's suppression list." """
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.receive(
        "Mon 2027-11-22 10:00",
        PAUL,
        reply_to=sent,
        body=body,
        analysis={"kind": "human", "new_text": body, "opt_out": True, "opt_out_phrase": phrase},
    )
    row = story.tracked(sent)
    assert row["status"] == "opted_out"
    assert story.due(sent) is None
    assert PAUL in suppressed(story)
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


def test_r8_new_message_to_suppressed_address_is_recorded_not_tracked_with_reason(conn: Any) -> None:
    """R8: "Nothing is ever sent to a suppressed address, and nothing is scheduled for it: a new message to a
    suppressed address is recorded as not tracked, and the timeline says why."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        inbound_reply(
            sent, received_at=story.at("Mon 2027-11-22 10:00"), body_text="Ne plus me contacter.", opt_out=True
        ),
        story.at("Mon 2027-11-22 10:00"),
    )
    story.send("Mon 2027-12-06 09:00", [PAUL], "Nos voeux et nos nouvelles offres")
    message_id = story.last_result["message_id"]
    active = query_rows(
        conn, "select id from public.tracked_emails where message_id = %s and status = 'active'", message_id
    )
    assert active == []
    assert (
        query_rows(
            conn,
            "select f.id from public.followups f join public.tracked_emails t on t.id = f.tracked_email_id"
            " where t.message_id = %s",
            message_id,
        )
        == []
    )
    events = conn.execute("select kind, reason from public.events where message_id = %s", (message_id,)).fetchall()
    text = "\n".join(f"{k}: {r}" for k, r in events).lower()
    assert any(word in text for word in ("suppress", "opt", "unsubscri", "désinscri")), text
    assert sent_now(story, "Mon 2027-12-06 13:00") == []
    assert sent_now(story, "Tue 2027-12-07 13:00") == []
    no_problems(story)


def test_r8_opt_out_in_one_conversation_protects_the_other_tracked_email(conn: Any) -> None:
    """R8: "Nothing is ever sent to a suppressed address, and nothing is scheduled for it". With the cross-conversation
    answer off (R5), Paul's opt-out in conversation B still means conversation A's follow-up to him never goes out
    and is no longer scheduled."""
    story = Story(conn, reply_from_any_conversation=False)
    a = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre assurance-vie")
    b = story.send("Mon 2027-11-22 09:30", [PAUL], "Votre PER")
    story.ingest(
        inbound_reply(b, received_at=story.at("Mon 2027-11-22 10:00"), body_text="Ne plus me contacter.", opt_out=True),
        story.at("Mon 2027-11-22 10:00"),
    )
    assert story.tracked(b)["status"] == "opted_out"
    assert story.due(a) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert sent_now(story, "Tue 2027-11-23 13:00") == []
    assert story.tracked(a)["automatic_sent"] == 0


def test_r8_followup_to_several_recipients_never_reaches_the_suppressed_one(conn: Any) -> None:
    """R8: "Nothing is ever sent to a suppressed address". Conversation A is to Paul and Jeanne; Paul opts out in
    conversation B (cross-conversation answers off, R5). Whatever becomes of A's follow-up, no follow-up that goes out
    is addressed to Paul."""
    story = Story(conn, reply_from_any_conversation=False)
    story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE], "Réunion de famille : donation-partage")
    b = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre PER")
    story.ingest(
        inbound_reply(b, received_at=story.at("Mon 2027-11-22 10:00"), body_text="Stop, merci.", opt_out=True),
        story.at("Mon 2027-11-22 10:00"),
    )
    assert PAUL in suppressed(story)
    outcomes = []
    for when in ("Mon 2027-11-22 13:00", "Mon 2027-11-22 17:00", "Tue 2027-11-23 10:00", "Tue 2027-11-23 15:00"):
        outcomes += sent_now(story, when)
    for o in outcomes:
        assert PAUL not in [r.lower() for r in o["recipients"]], o["recipients"]
    assert story.tracked(b)["automatic_sent"] == 0


# R9 Sending -----------------------------------------------------------------------------------------------------


def test_r9_r13_reply_between_first_claim_and_send_stops_the_send(conn: Any) -> None:
    """R9: the worker "re-reads the conversation ... ingests anything new, claims again"; the claim refuses "when the
    tracked email is no longer active". R13: "No follow-up is ever sent after an answer was received in its
    conversation." """
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    _fid, context = first_claim_of(story, "Mon 2027-11-22 13:00")
    assert context["ok"], context
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2027-11-22 12:59")), story.at("Mon 2027-11-22 13:00"))
    final = story.send_claimed(context, story.at("Mon 2027-11-22 13:00"))
    assert not final["ok"]
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert row["automatic_sent"] == 0
    assert "sent" not in statuses(story, sent)
    assert story.violations() == []
    no_problems(story)


def test_r9_reply_between_tick_and_claim_refuses_the_claim(conn: Any) -> None:
    """R9: "the claim refuses when the tracked email is no longer active". The tick queued follow-up 1 at 13:00; the
    reply is ingested before any worker claims it."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.tick("Mon 2027-11-22 13:00") == 1
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2027-11-22 13:00")), story.at("Mon 2027-11-22 13:00"))
    outcomes = story.work("Mon 2027-11-22 13:01")
    assert [o for o in outcomes if o.get("ok")] == []
    assert story.tracked(sent)["status"] == "replied"
    assert story.violations() == []
    no_problems(story)


def test_r9_r4_claim_refuses_a_followup_no_longer_due_after_a_manual_one(conn: Any) -> None:
    """R9: the claim refuses when "the follow-up is not due"; R4 moves it to the manual follow-up's "sent time +
    interval". Queued at 13:00, Claire writes by hand at 13:01 (-> due 17:01), the worker claims at 13:02: refused;
    at 17:01 it goes out: 1 manual + 1 automatic."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.tick("Mon 2027-11-22 13:00") == 1
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 13:01")), story.at("Mon 2027-11-22 13:01")
    )
    assert story.due(sent) == "Mon 2027-11-22 17:01"
    assert [o for o in story.work("Mon 2027-11-22 13:02") if o.get("ok")] == []
    assert len(sent_now(story, "Mon 2027-11-22 17:01")) == 1
    row = story.tracked(sent)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (1, 1, 2)
    no_problems(story)


def test_r9_r6_claim_refuses_when_the_address_becomes_held(conn: Any) -> None:
    """R9: the claim refuses when "the address is suppressed or held"; R6 holds on an out-of-office with a return
    date. The out-of-office lands between the tick and the claim."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.tick("Mon 2027-11-22 13:00") == 1
    story.ingest(
        auto_reply(sent, received_at=story.at("Mon 2027-11-22 13:00"), until="2027-11-26"),
        story.at("Mon 2027-11-22 13:00"),
    )
    assert [o for o in story.work("Mon 2027-11-22 13:01") if o.get("ok")] == []
    assert sent_now(story, "Thu 2027-11-25 12:00") == []
    assert story.tracked(sent)["automatic_sent"] == 0
    no_problems(story)


def test_r9_two_workers_racing_send_once(conn: Any) -> None:
    """R9: "A worker claims one atomically ... A follow-up is sent at most once, even when ... two workers race"."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    fid, first = first_claim_of(story, "Mon 2027-11-22 13:00")
    second = story.claim(fid, story.at("Mon 2027-11-22 13:00"))
    assert first["ok"]
    assert not second["ok"]
    assert story.send_claimed(first, story.at("Mon 2027-11-22 13:00"))["ok"]
    row = story.tracked(sent)
    assert row["automatic_sent"] == 1
    assert statuses(story, sent).count("sent") == 1
    no_problems(story)


def test_r9_crash_after_send_then_echo_never_sends_twice(conn: Any) -> None:
    """R9: "Identity (follow-up id in an `X-Relance-Followup-Id` header ...) is stored before sending. A follow-up is
    sent at most once, even when a worker crashes mid-send". R4: its echo "is never counted as manual". The worker
    sends at 13:00 and dies before recording it; delta sync brings the copy from Sent Items at 13:02; later ticks
    must not send follow-up 1 again."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    fid, context = first_claim_of(story, "Mon 2027-11-22 13:00")
    assert context["ok"], context
    message_id = f"<relance-{fid}@cabinet-durand.fr>"
    record_identity(conn, fid, context["claim_token"], message_id, story.at("Mon 2027-11-22 13:00"))
    with conn.transaction():
        final = claim(conn, fid, context["claim_token"], story.at("Mon 2027-11-22 13:00"))
    assert final["ok"], final
    # ... the provider accepted the message, the worker died before complete_followup.
    echo = engine_copy(
        story.mailbox,
        answered_by(final),
        fid,
        sent_at=story.at("Mon 2027-11-22 13:00"),
        internet_message_id=message_id,
    )
    story.ingest(echo, story.at("Mon 2027-11-22 13:02"))
    row = story.tracked(sent)
    assert row["manual_detected"] == 0
    assert row["total_followups"] <= 1
    for when in ("Mon 2027-11-22 13:30", "Mon 2027-11-22 14:30", "Mon 2027-11-22 16:00"):
        story.tick(when)
        resent = [o for o in story.work(when) if o.get("ok") and str(o["followup_id"]) == str(fid)]
        assert resent == [], when
    assert invariant_problems(conn) == []


def test_r9_daily_cap_counts_claims_in_flight(conn: Any) -> None:
    """R9: the claim refuses when "the mailbox is ... over its daily cap (the cap counts follow-ups claimed and in
    flight as well as sent, so any number of parallel workers stays under it)". Cap 2, three follow-ups due at 13:00,
    three workers claim before any sends."""
    story = Story(conn, daily_send_cap=2)
    for who in (PAUL, JEANNE, SOPHIE):
        story.send("Mon 2027-11-22 09:00", [who], f"Proposition pour {who.split('@')[0]}")
    assert story.tick("Mon 2027-11-22 13:00") == 3
    claims = [story.claim(fid, story.at("Mon 2027-11-22 13:00")) for _msg, fid in read_queue(conn)]
    assert sum(1 for c in claims if c["ok"]) == 2, claims


def test_r9_followup_is_sent_in_the_same_thread(conn: Any) -> None:
    """R9: the worker "sends the follow-up as a reply in the same thread (... Gmail: same `threadId`, `In-Reply-To`,
    `References` and subject)": the claim context names the conversation's thread, the message it answers and its
    recipients."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE], cc=[SOPHIE])
    _fid, context = first_claim_of(story, "Mon 2027-11-22 13:00")
    assert context["ok"], context
    assert context["provider_thread_id"] == sent.thread
    assert context["reply_to"]["internet_message_id"] == sent.internet_message_id
    assert {PAUL, JEANNE} <= set(context["recipients"])


# R10 Failures ---------------------------------------------------------------------------------------------------


def test_r10_retry_after_is_honoured(conn: Any) -> None:
    """R10: "Retryable errors (429 with `Retry-After`, 5xx, network) retry with backoff that honours `Retry-After`."
    Graph answers 429, Retry-After 1800 s, at 13:00: no new attempt before 13:30, and the follow-up is not failed."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    fid, context = first_claim_of(story, "Mon 2027-11-22 13:00")
    assert context["ok"], context
    conn.execute(
        "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
        (fid, context["claim_token"], "429 Too Many Requests", "retry", 1800, story.at("Mon 2027-11-22 13:00")),
    )
    pending = story.pending(sent)
    assert pending is not None and pending["status"] != "failed"
    assert pending["due_at"] >= story.at("Mon 2027-11-22 13:30")
    assert sent_now(story, "Mon 2027-11-22 13:10") == []
    assert sent_now(story, "Mon 2027-11-22 13:29") == []
    assert story.tracked(sent)["status"] == "active"


def test_r10_permanent_error_fails_with_a_readable_reason(conn: Any) -> None:
    """R10: "Permanent errors fail the follow-up with a readable reason." R12: the timeline says so."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    fid, context = first_claim_of(story, "Mon 2027-11-22 13:00")
    conn.execute(
        "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
        (
            fid,
            context["claim_token"],
            "ErrorInvalidRecipients: the recipient is not valid",
            "permanent",
            None,
            story.at("Mon 2027-11-22 13:00"),
        ),
    )
    failed = next(f for f in story.followups(sent) if str(f["id"]) == str(fid))
    assert failed["status"] == "failed"
    assert (failed["reason"] or failed["last_error"] or "").strip()
    assert any(kind == "failed" and (reason or "").strip() for kind, reason in story.timeline(sent))
    no_problems(story)


def test_r10_revoked_grant_pauses_the_mailbox_instead_of_failing_followups(conn: Any) -> None:
    """R10: "A revoked or expired grant pauses the mailbox (`needs_reauth`) instead of failing every follow-up in
    it." Two tracked emails; the send of the first meets invalid_grant."""
    story = Story(conn)
    a = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre assurance-vie")
    b = story.send("Mon 2027-11-22 09:00", [JEANNE], "Votre PER")
    assert story.tick("Mon 2027-11-22 13:00") == 2
    rows = read_queue(conn)
    fid = rows[0][1]
    context = story.claim(fid, story.at("Mon 2027-11-22 13:00"))
    assert context["ok"], context
    conn.execute(
        "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
        (
            fid,
            context["claim_token"],
            "invalid_grant: AADSTS50173 the grant has expired",
            "reauth",
            None,
            story.at("Mon 2027-11-22 13:00"),
        ),
    )
    status = conn.execute("select status from public.mailboxes where id = %s", (story.mailbox_id,)).fetchone()[0]
    assert status == "needs_reauth"
    for sent in (a, b):
        assert "failed" not in statuses(story, sent)
        assert story.tracked(sent)["status"] == "active"
    assert sent_now(story, "Mon 2027-11-22 15:00") == []


# R11 Pause ------------------------------------------------------------------------------------------------------


def test_r11_paused_tracked_email_sends_nothing_and_resume_reschedules_from_resume(conn: Any) -> None:
    """R11: "A tracked email ... can be paused and resumed. Resuming never sends a backlog burst: overdue follow-ups
    are rescheduled from the resume time." Paused Mon 10:00 (due 13:00), resumed Wed 15:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.pause(sent, "Mon 2027-11-22 10:00")
    assert story.tracked(sent)["status"] == "paused"
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert sent_now(story, "Tue 2027-11-23 11:00") == []
    assert story.resume(sent, "Wed 2027-11-24 15:00")
    assert story.tracked(sent)["status"] == "active"
    pending = story.pending(sent)
    assert pending is not None
    assert pending["due_at"] >= story.at("Wed 2027-11-24 15:00")
    no_problems(story)


def test_r11_r5_reply_during_pause_stops_and_resume_sends_nothing(conn: Any) -> None:
    """R5: an answer in a tracked conversation "stops it: status `replied`, pending follow-ups cancelled"; R11: only
    a paused tracked email is resumed. Paul answers while Claire has paused the tracking: resuming brings nothing
    back."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.pause(sent, "Mon 2027-11-22 10:00")
    story.ingest(inbound_reply(sent, received_at=story.at("Tue 2027-11-23 09:00")), story.at("Tue 2027-11-23 09:00"))
    assert story.tracked(sent)["status"] == "replied"
    story.resume(sent, "Wed 2027-11-24 10:00")
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Wed 2027-11-24 15:00") == []
    assert story.violations() == []
    no_problems(story)


def test_r11_mailbox_holidays_no_sends_and_no_burst_on_return(conn: Any) -> None:
    """R11: "a mailbox (holidays) ... can be paused and resumed. Resuming never sends a backlog burst: overdue
    follow-ups are rescheduled from the resume time." Claire leaves for two weeks with three follow-ups pending."""
    story = Story(conn)
    emails = [story.send("Fri 2027-12-10 09:00", [who], f"Bilan {who[:5]}") for who in (PAUL, JEANNE, SOPHIE)]
    assert rpc(story, "pause_mailbox", story.mailbox_id, "Fri 2027-12-10 10:00")
    assert sent_now(story, "Fri 2027-12-10 13:00") == []
    assert sent_now(story, "Mon 2027-12-13 10:00") == []
    assert rpc(story, "resume_mailbox", story.mailbox_id, "Mon 2027-12-27 09:00")
    for sent in emails:
        pending = story.pending(sent)
        assert pending is not None
        assert pending["due_at"] >= story.at("Mon 2027-12-27 09:00")
    assert len(sent_now(story, "Mon 2027-12-27 09:01")) < 3
    no_problems(story)


def test_r11_team_kill_switch_stops_every_mailbox(conn: Any) -> None:
    """R11: "a whole team (kill switch) can be paused and resumed"; R9: the claim refuses when "the mailbox is
    paused". Two mailboxes of the team, nothing leaves either while the switch is on."""
    story = Story(conn)
    colleague = story.add_member(MARC)
    marc_box = story.add_mailbox(MARC, colleague)
    a = story.send("Mon 2027-11-22 09:00", [PAUL])
    b = outbound(marc_box, [JEANNE], sent_at=story.at("Mon 2027-11-22 09:00"), subject="Votre succession")
    story.ingest(b, story.at("Mon 2027-11-22 09:00"), mailbox=marc_box.mailbox_id)
    with acting_as(conn, "service_role", story.owner, commit=True):
        assert conn.execute(
            "select public.pause_team(%s, %s, %s)", (story.team_id, "incident", story.at("Mon 2027-11-22 10:00"))
        ).fetchone()[0]
    story.tick("Mon 2027-11-22 13:00")
    assert [o for o in story.work("Mon 2027-11-22 13:00", echo=False) if o.get("ok")] == []
    story.tick("Tue 2027-11-23 13:00")
    assert [o for o in story.work("Tue 2027-11-23 13:00", echo=False) if o.get("ok")] == []
    with acting_as(conn, "service_role", story.owner, commit=True):
        assert conn.execute(
            "select public.resume_team(%s, %s)", (story.team_id, story.at("Wed 2027-11-24 10:00"))
        ).fetchone()[0]
    pending = story.pending(a)
    assert pending is not None and pending["due_at"] >= story.at("Wed 2027-11-24 10:00")
    assert story.tracked(a)["automatic_sent"] == 0
    assert story.tracked(b)["automatic_sent"] == 0
    no_problems(story)


def rpc(story: Story, function: str, target: uuid.UUID, when: str) -> bool:
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute(f"select public.{function}(%s, %s)", (target, story.at(when))).fetchone()
    return bool(row and row[0])


# R12 Timeline ---------------------------------------------------------------------------------------------------


def test_r12_timeline_tells_the_whole_story(conn: Any) -> None:
    """R12: "Every state change writes an event with its reason (scheduled, rescheduled by manual follow-up, held by
    out-of-office until …, cancelled by reply …). A user can read why anything happened." """
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:00")), story.at("Mon 2027-11-22 10:00")
    )
    story.ingest(
        auto_reply(sent, received_at=story.at("Mon 2027-11-22 10:01"), until="2027-11-26"),
        story.at("Mon 2027-11-22 10:01"),
    )
    story.ingest(inbound_reply(sent, received_at=story.at("Tue 2027-11-30 09:00")), story.at("Tue 2027-11-30 09:00"))
    events = story.timeline(sent)
    kinds = [k for k, _ in events]
    assert kinds[0] == "tracked"
    assert "scheduled" in kinds
    assert all((reason or "").strip() for _, reason in events), events
    text = timeline_text(story, sent)
    assert "manual" in text
    assert "2027-11-26" in text or "2027-11-29" in text
    assert kinds[-1] == "replied" or "repl" in events[-1][1].lower()
    no_problems(story)


# R13 Promise ----------------------------------------------------------------------------------------------------


def test_r13_answer_delivered_late_stops_everything_after_it(conn: Any) -> None:
    """R13: "No follow-up is ever sent after an answer was received in its conversation." R5: the answer stops the
    tracked email. Paul's answer is stamped 12:59, but the provider only hands it over at 13:05, after follow-up 1
    went out at 13:00: from then on nothing more is sent (follow-up 2 was due 17:00). Whether the view lists
    follow-up 1 depends on which of the answer's instants it compares (received or ingested), which R13 leaves
    open: not asserted."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    story.ingest(inbound_reply(sent, received_at=story.at("Mon 2027-11-22 12:59")), story.at("Mon 2027-11-22 13:05"))
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 17:00") == []
    assert story.tracked(sent)["automatic_sent"] == 1


# R14 Direction --------------------------------------------------------------------------------------------------


def test_r14_spoofed_from_in_the_inbox_is_never_the_users_own(conn: Any) -> None:
    """R14: "A message is outbound only when the provider filed it as sent by the mailbox ... a spoofed message in the
    inbox must never be tracked or answered as the user's own." A phishing mail in Claire's inbox claims to be from
    her, to a prospect; another, spoofed, lands in a tracked conversation: neither is tracked nor a manual
    follow-up. A message from her address filed elsewhere (folder `other`) is not outbound either."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    phish = inbound(
        story.mailbox, story.address, received_at=story.at("Mon 2027-11-22 09:30"), subject="Facture impayée"
    )
    phish["to"] = [addr(JEANNE)]
    story.ingest(phish, story.at("Mon 2027-11-22 09:30"))
    assert not story.is_tracked(phish)
    in_thread = inbound(story.mailbox, story.address, received_at=story.at("Mon 2027-11-22 10:00"), reply_to=sent)
    in_thread["to"] = [addr(PAUL)]
    story.ingest(in_thread, story.at("Mon 2027-11-22 10:00"))
    row = story.tracked(sent)
    assert row["manual_detected"] == 0
    assert row["total_followups"] == 0
    archived = outbound(story.mailbox, [SOPHIE], sent_at=story.at("Mon 2027-11-22 10:30"), subject="Archive")
    archived["folder"] = "other"
    story.ingest(archived, story.at("Mon 2027-11-22 10:30"))
    assert not story.is_tracked(archived)


# R15 Not now ----------------------------------------------------------------------------------------------------


def _not_now(story: Story, sent: Message, when: str, body: str, until: str) -> None:
    result = story.receive(when, PAUL, reply_to=sent, body=body)
    story.conn.execute(
        "select worker.record_intent(%s::uuid, %s, %s::numeric, %s, %s::date, null, null, %s, %s)",
        (result["message_id"], "not_now", 0.93, "rules", until, body, story.at(when)),
    )


def test_r15_not_now_is_an_answer_and_sets_a_reminder(conn: Any) -> None:
    """R15: "A human reply that asks to be contacted again later ... is an answer (R5: no automatic chasing against a
    human reply), and it sets a reminder for the owner on the date it implies". The team setting
    `resume_after_not_now` is off by default: nothing is sent on that date."""
    story = Story(conn)
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    _not_now(story, sent, "Mon 2027-12-13 11:00", "Call me after the 10th of January.", "2028-01-11")
    row = story.tracked(sent)
    assert row["status"] == "replied"
    assert story.due(sent) is None
    reminders = query_rows(
        conn, "select owner_id, due_on from public.reminders where tracked_email_id = %s", row["tracked_email_id"]
    )
    assert [(r["owner_id"], r["due_on"]) for r in reminders] == [(story.owner, dt.date(2028, 1, 11))]
    assert sent_now(story, "Mon 2027-12-13 13:00") == []
    assert sent_now(story, "Tue 2028-01-11 07:00") == []
    assert sent_now(story, "Tue 2028-01-11 12:00") == []


def test_r15_resume_after_not_now_sends_one_followup_at_the_first_working_hour(conn: Any) -> None:
    """R15: "with the team setting `resume_after_not_now` ... the engine sends one follow-up at the first working hour
    of that date, in the same thread." "Recontactez-moi après le 10 janvier" -> Tue 11 January 2028, 07:00."""
    story = Story(conn, resume_after_not_now=True)
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    _not_now(story, sent, "Mon 2027-12-13 11:00", "Recontactez-moi après le 10 janvier.", "2028-01-11")
    assert sent_now(story, "Mon 2027-12-13 13:00") == []
    assert sent_now(story, "Mon 2028-01-10 17:00") == []
    outcomes = sent_now(story, "Tue 2028-01-11 07:00")
    assert len(outcomes) == 1
    assert outcomes[0]["provider_thread_id"] == sent.thread
    assert story.due(sent) is None
    assert sent_now(story, "Tue 2028-01-11 12:00") == []
    assert sent_now(story, "Wed 2028-01-12 12:00") == []


# R16 Templates --------------------------------------------------------------------------------------------------


def _template(story: Story, step: int, body: str, variant: str | None = None) -> Any:
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        row = story.conn.execute(
            "select id from public.create_followup_template(p_team_id => %s, p_step => %s, p_language => 'fr',"
            " p_body_text => %s, p_variant => %s, p_weight => 1)",
            (story.team_id, step, body, variant or "A"),
        ).fetchone()
    assert row is not None
    return row[0]


def test_r16_per_step_templates_and_mailbox_signature(conn: Any) -> None:
    """R16: "What a follow-up says comes from the team's templates (per step, per language ...), in the language of
    the tracked email, with the mailbox's signature". Step 1 and step 2 each say their own text, and Claire's
    signature is in both."""
    story = Story(conn)
    with acting_as(conn, "authenticated", story.owner, commit=True):
        conn.execute(
            "select public.confirm_mailbox_signature(%s, %s, null, null)",
            (story.mailbox_id, "Claire Dubois\nConseillère en gestion de patrimoine"),
        )
    _template(story, 1, "Bonjour, avez-vous pu prendre connaissance de notre proposition ?")
    _template(story, 2, "Bonjour, je me permets de vous relancer une dernière fois.")
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    first = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(first) == 1
    assert "avez-vous pu prendre connaissance" in first[0]["body_text"]
    assert "Claire Dubois" in first[0]["body_text"]
    second = sent_now(story, "Mon 2027-11-22 17:00")
    assert len(second) == 1
    assert "relancer une dernière fois" in second[0]["body_text"]
    assert "Claire Dubois" in second[0]["body_text"]
    assert story.tracked(sent)["automatic_sent"] == 2


def test_r16_built_in_text_without_templates_carries_the_signature(conn: Any) -> None:
    """R16: "Without templates, the built-in French and English texts apply", and a follow-up goes out "with the
    mailbox's signature"."""
    story = Story(conn)
    with acting_as(conn, "authenticated", story.owner, commit=True):
        conn.execute("select public.confirm_mailbox_signature(%s, %s, null, null)", (story.mailbox_id, "Claire Dubois"))
    story.send("Mon 2027-11-22 09:00", [PAUL])
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    body = outcomes[0]["body_text"]
    assert body.strip() and "Claire Dubois" in body
    assert outcomes[0]["template_id"] is None


def test_r16_ab_variants_are_kept_and_their_reply_rates_visible(conn: Any) -> None:
    """R16: "a step may have A/B variants, each tracked email keeps the variant it was first given, and every
    variant's reply rate is visible." Eight prospects; one follow-up meets a 503 and is claimed again after its
    variant was stopped: it keeps its variant. Three prospects answer after their follow-up."""
    story = Story(conn)
    a_id = _template(story, 1, "Variante A : avez-vous eu le temps de regarder ?", "A")
    _template(story, 1, "Variante B : un créneau de 15 minutes cette semaine ?", "B")
    prospects = [f"prospect{i}@entreprise{i}.fr" for i in range(8)]
    emails = [story.send("Mon 2027-11-22 09:00", [p], f"Proposition {i}") for i, p in enumerate(prospects)]
    assert story.tick("Mon 2027-11-22 13:00") == 8
    queue = read_queue(conn)
    contexts = [story.claim(fid, story.at("Mon 2027-11-22 13:00")) for _m, fid in queue]
    assert all(c["ok"] for c in contexts)
    first_variant = {c["tracked_email_id"]: c["variant"] for c in contexts}
    assert set(first_variant.values()) <= {"A", "B"}
    # The first one fails with a 503; variant A is stopped meanwhile; the others go out.
    retry = contexts[0]
    conn.execute(
        "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
        (
            retry["followup_id"],
            retry["claim_token"],
            "503 Service Unavailable",
            "retry",
            60,
            story.at("Mon 2027-11-22 13:00"),
        ),
    )
    with acting_as(conn, "authenticated", story.owner, commit=True):
        conn.execute("select public.stop_followup_variant(%s, true, null)", (a_id,))
    for c in contexts[1:]:
        assert story.send_claimed(c, story.at("Mon 2027-11-22 13:00"))["ok"]
    again = sent_now(story, "Mon 2027-11-22 14:30")
    assert len(again) == 1
    assert again[0]["variant"] == first_variant[retry["tracked_email_id"]]
    # Three answers after their follow-up.
    answered = [emails[1], emails[2], emails[3]]
    for e in answered:
        story.ingest(inbound_reply(e, received_at=story.at("Tue 2027-11-23 10:00")), story.at("Tue 2027-11-23 10:00"))
    stats = query_rows(
        conn,
        "select variant, sent, replied from public.followup_variant_stats where team_id = %s and step = 1",
        story.team_id,
    )
    sent_by = {s["variant"]: s["sent"] for s in stats}
    replied_by = {s["variant"]: s["replied"] for s in stats}
    expected_sent: dict[str, int] = {}
    for v in first_variant.values():
        expected_sent[v] = expected_sent.get(v, 0) + 1
    expected_replied: dict[str, int] = {}
    for e in answered:
        v = first_variant[str(story.tracked(e)["tracked_email_id"])]
        expected_replied[v] = expected_replied.get(v, 0) + 1
    assert {v: n for v, n in sent_by.items() if n} == expected_sent
    assert {v: n for v, n in replied_by.items() if n} == expected_replied
