"""Blind acceptance tests for R2's promise when a user changes settings, written from BEHAVIOUR.md, DESIGN.md and
the README alone (never sql/ nor workers/).

R2: "A change of time zone, working hours, working days, holidays or interval re-plans every pending follow-up it
affects, at once, and a claim refuses an instant outside working time: nobody is ever written to at 03:00 their
time because a setting changed after scheduling." Settings: "Team defaults, each overridable per mailbox." The
README: `set_team_settings(team_id, jsonb)` (admins), `set_mailbox_settings(mailbox_id, jsonb)`: "unknown keys and
bad values are refused, naming them; pending follow-ups are re-planned at once (R2)", a key given as null clears a
mailbox's override (the function's comment), "The same columns written directly (`update team_settings`, `update
mailboxes` under RLS) re-plan", team days off live in `team_holidays` (added and removed by admins).

How the clock is handled. The settings RPCs take no instant: a signed-in user "acts at the server's instant"
(README), so a re-plan happens at the database's `now()`. To keep every test independent of today's date, each
story is placed relative to that clock: it starts on the first Monday at least 28 days after the database's
`now()` (fixture `week`), so every instant of a story is in the future of the re-plan whatever the date, and the
expected instants are written as weekdays of that week. The stories run in zones without daylight saving (UTC,
Asia/Tokyo +09:00, Asia/Kolkata +05:30) and without a holiday calendar, so the hand arithmetic holds for any week;
the DST test uses the next EU spring-forward (last Sunday of March), the calendar tests the next fixed-date French
public holiday (14 July, 15 August, 1 November, 11 November, 25 December) that falls on a Tuesday, Wednesday or
Thursday. Scheduler ticks, claims and sends are driven at the story's instants (`p_now`), as a worker does.

Settings everywhere are the defaults of BEHAVIOUR.md's table (07:00-18:00, Monday-Friday, 4 working hours, three
follow-ups) unless a test changes them. Every expected instant is written in the mailbox's local time and was
computed by hand; the arithmetic is in the comments. Where the text leaves an outcome open, the docstring says which
reading the test takes. When written, every test passed; the file also passed with the story weeks moved (the
`week` date shifted to mid-2028, February 2029 and December 2031), so no expectation leans on one calendar week.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    Message,
    Row,
    Story,
    ack,
    answered_by,
    auto_reply,
    engine_copy,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
    send_claimed,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE_CLIENT = "sophie.bernard@notaires-lyon.fr"
MARC = "marc@cabinet-durand.fr"
LEA = "lea@cabinet-durand.fr"
HUGO = "hugo@cabinet-durand.fr"

TOKYO = "Asia/Tokyo"  # +09:00 all year
KOLKATA = "Asia/Kolkata"  # +05:30 all year
PARIS = "Europe/Paris"


# Dates relative to the server's clock ------------------------------------------------------------------------------


def stamp(day: dt.date, hhmm: str) -> str:
    """`Tue 2031-03-04 09:00`: a local instant as Story writes and reads them."""
    return f"{day:%a} {day.isoformat()} {hhmm}"


class Week:
    """The days of the story's week: `w("Tue", "09:00")`, `w("Mon", "08:00", 1)` for the next week's Monday."""

    DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    def __init__(self, monday: dt.date) -> None:
        assert monday.weekday() == 0
        self.monday = monday

    def __call__(self, day: str, hhmm: str, week: int = 0) -> str:
        return stamp(self.monday + dt.timedelta(days=self.DAYS.index(day) + 7 * week), hhmm)


def server_today(conn: Any) -> dt.date:
    row = conn.execute("select (now() at time zone 'UTC')::date").fetchone()
    assert row is not None
    today: dt.date = row[0]
    return today


@pytest.fixture
def week(conn: Any) -> Week:
    """The first Monday at least 28 days after the database's clock (the instant the settings RPCs act at)."""
    start = server_today(conn) + dt.timedelta(days=28)
    return Week(start + dt.timedelta(days=(7 - start.weekday()) % 7))


def next_french_fixed_holiday(conn: Any) -> dt.date:
    """The next fixed-date French public holiday, at least 28 days away, that falls on a Tuesday-Thursday (its
    neighbours, the day before and after, are ordinary working days: none of them is a French holiday)."""
    start = server_today(conn) + dt.timedelta(days=28)
    for year in range(start.year, start.year + 10):
        for month, day in ((7, 14), (8, 15), (11, 1), (11, 11), (12, 25)):
            holiday = dt.date(year, month, day)
            if holiday >= start and holiday.weekday() in (1, 2, 3):
                return holiday
    raise AssertionError("no fixed French holiday on a Tuesday-Thursday within ten years")


def next_eu_spring_forward(conn: Any) -> dt.date:
    """The next last Sunday of March (EU clocks go 02:00 -> 03:00 local, 01:00 UTC), at least 28 days away."""
    start = server_today(conn) + dt.timedelta(days=28)
    for year in range(start.year, start.year + 3):
        last = dt.date(year, 3, 31)
        sunday = last - dt.timedelta(days=(last.weekday() - 6) % 7)
        if sunday >= start:
            return sunday
    raise AssertionError("no spring-forward found")


def local(moment: dt.datetime | None, zone: str) -> str | None:
    return None if moment is None else moment.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


# Helpers ---------------------------------------------------------------------------------------------------------


def new_story(conn: Any, **settings: Any) -> Story:
    """Claire's mailbox at Cabinet Durand (she owns the team), in UTC, no holiday calendar."""
    settings.setdefault("time_zone", "UTC")
    settings.setdefault("holiday_calendar", None)
    return Story(conn, **settings)


def team_settings(story: Story, settings: dict[str, Any], user: uuid.UUID | None = None) -> None:
    """`set_team_settings` as a signed-in user (Claire, the team's owner, unless `user`), committed."""
    with acting_as(story.conn, "authenticated", user or story.owner, commit=True):
        story.conn.execute("select public.set_team_settings(%s, %s)", (story.team_id, Jsonb(settings)))


def mailbox_settings(
    story: Story, settings: dict[str, Any], mailbox_id: uuid.UUID | None = None, user: uuid.UUID | None = None
) -> None:
    """`set_mailbox_settings` as a signed-in user (Claire on her own mailbox unless told), committed."""
    with acting_as(story.conn, "authenticated", user or story.owner, commit=True):
        story.conn.execute(
            "select public.set_mailbox_settings(%s, %s)", (mailbox_id or story.mailbox_id, Jsonb(settings))
        )


def as_user(story: Story, user: uuid.UUID, query: str, *args: Any) -> int:
    """A direct write through the Data API under RLS, committed; returns the rows it touched."""
    with acting_as(story.conn, "authenticated", user, commit=True):
        cursor = story.conn.execute(query, args)
        return cursor.rowcount


def send_from(story: Story, box: Mailbox, when: str, to: str, subject: str) -> Message:
    """`box`'s owner sends a new email (seen in that mailbox's Sent Items)."""
    moment = story.at(when)
    sent = outbound(box, [to], sent_at=moment, subject=subject)
    story.ingest(sent, moment, mailbox=box.mailbox_id)
    return sent


def sent_now(story: Story, when: str, boxes: tuple[Mailbox, ...] = (), *, tick: bool = True) -> list[Row]:
    """A scheduler tick at `when` (unless `tick` is false), then a worker drains the queue at `when` following R9
    (first claim, identity, final claim and send); each engine copy is then seen in its own mailbox's Sent Items.
    Returns the follow-ups actually sent."""
    if tick:
        story.tick(when)
    moment = story.at(when)
    by_address = {story.address: story.mailbox, **{b.address: b for b in boxes}}
    sent: list[Row] = []
    for msg_id, followup_id in read_queue(story.conn):
        context = story.claim(followup_id, moment)
        if context["ok"]:
            provider_id = f"AAMk-relance-{followup_id}"
            final = send_claimed(story.conn, context, moment, provider_message_id=provider_id)
            if final["ok"]:
                box = by_address[context["mailbox_address"]]
                copy = engine_copy(
                    box,
                    answered_by(context),
                    followup_id,
                    sent_at=moment,
                    provider_message_id=provider_id,
                    internet_message_id=final["internet_message_id"],
                )
                story.ingest(copy, moment, mailbox=box.mailbox_id)
                sent.append(final)
        ack(story.conn, msg_id)
    return sent


def due_in(story: Story, sent: Message, zone: str) -> str | None:
    pending = story.pending(sent)
    return local(pending["due_at"], zone) if pending else None


def sent_times(story: Story, sent: Message) -> list[dt.datetime]:
    return [f["sent_at"] for f in story.followups(sent) if f["status"] == "sent"]


def total(story: Story, sent: Message) -> int:
    row = story.conn.execute(
        "select public.get_total_followup_count(%s)", (story.tracked(sent)["tracked_email_id"],)
    ).fetchone()
    assert row is not None
    return int(row[0])


def error_text(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    parts = [str(exc)]
    if diag is not None:
        parts += [diag.message_primary or "", diag.message_detail or "", diag.message_hint or ""]
    return " ".join(parts)


# Team settings ---------------------------------------------------------------------------------------------------


def test_r2_team_working_hours_change_replans_at_once_and_says_why(conn: Any, week: Week) -> None:
    """R2: a change of working hours "re-plans every pending follow-up it affects, at once"; R12: "Every state
    change writes an event with its reason". The team moves from 07:00-18:00 to 09:00-17:00.
    Before: sent Mon 15:00 -> 15-18 = 3 h, Tue 07:00 + 1 h = Tue 08:00.
    After: 15-17 = 2 h, Tue 09:00 + 2 h = Tue 11:00. The dashboard shows the new instant before any tick, nothing
    of Claire's goes out at Tue 08:00 (outside the new hours), and it goes at Tue 11:00. Another firm's mailbox
    (same defaults, same send time) is not this team's to re-plan: its follow-up stays due, and goes, at Tue 08:00."""
    story = new_story(conn)
    other = Story(
        conn, address="anne@autre-cabinet.fr", domains=("autre-cabinet.fr",), time_zone="UTC", holiday_calendar=None
    )
    sent = story.send(week("Mon", "15:00"), [PAUL])
    elsewhere = other.send(week("Mon", "15:00"), [PAUL])
    assert story.due(sent) == week("Tue", "08:00")
    events_before = story.timeline(sent)
    team_settings(story, {"working_hours_start": "09:00", "working_hours_end": "17:00"})
    assert story.due(sent) == week("Tue", "11:00")
    assert story.local(story.tracked(sent)["next_followup_due_at"]) == week("Tue", "11:00")
    assert other.due(elsewhere) == week("Tue", "08:00")
    new_events = story.timeline(sent)[len(events_before) :]
    assert new_events, "the re-plan left no event on the timeline"
    assert all((reason or "").strip() for _kind, reason in new_events), new_events
    at_eight = sent_now(story, week("Tue", "08:00"), (other.mailbox,))
    assert [s["mailbox_address"] for s in at_eight] == [other.address]
    assert len(sent_now(story, week("Tue", "11:00"), (other.mailbox,))) == 1
    assert story.tracked(sent)["automatic_sent"] == 1


def test_r2_working_day_removed_that_the_due_time_fell_on(conn: Any, week: Week) -> None:
    """R2: a change of working days re-plans. Sent Thu 15:00 -> 15-18 = 3 h, Fri 07:00 + 1 h = Fri 08:00. The team
    stops working on Fridays (working days Mon-Thu): Thu 3 h, Fri, Sat, Sun off, Mon 07:00 + 1 h = next Mon 08:00.
    Nothing is sent on the Friday."""
    story = new_story(conn)
    sent = story.send(week("Thu", "15:00"), [PAUL])
    assert story.due(sent) == week("Fri", "08:00")
    team_settings(story, {"working_days": [1, 2, 3, 4]})
    assert story.due(sent) == week("Mon", "08:00", 1)
    assert sent_now(story, week("Fri", "08:00")) == []
    assert sent_now(story, week("Fri", "15:00")) == []
    assert len(sent_now(story, week("Mon", "08:00", 1))) == 1


def test_r2_team_day_off_added_on_the_due_day_and_removed_again(conn: Any, week: Week) -> None:
    """R2: a change of holidays re-plans "every pending follow-up it affects". An admin adds a team day off
    (`team_holidays`, under RLS) on the due day: sent Thu 15:00, due Fri 08:00 (3 h Thu + 1 h Fri) -> Fri is off ->
    next Mon 07:00 + 1 h = Mon 08:00. A day off on a day the clock does not cross (Wed of the next week) moves
    nothing. Removing the Friday day off is a change of holidays too: back to Fri 08:00."""
    story = new_story(conn)
    sent = story.send(week("Thu", "15:00"), [PAUL])
    assert story.due(sent) == week("Fri", "08:00")
    friday = story.at(week("Fri", "08:00")).date()
    later = story.at(week("Wed", "08:00", 1)).date()
    insert = "insert into public.team_holidays (team_id, day, name) values (%s, %s, %s)"
    assert as_user(story, story.owner, insert, story.team_id, friday, "Séminaire") == 1
    assert story.due(sent) == week("Mon", "08:00", 1)
    assert as_user(story, story.owner, insert, story.team_id, later, "Pont") == 1
    assert story.due(sent) == week("Mon", "08:00", 1)
    deleted = as_user(
        story, story.owner, "delete from public.team_holidays where team_id = %s and day = %s", story.team_id, friday
    )
    assert deleted == 1
    assert story.due(sent) == week("Fri", "08:00")
    assert len(sent_now(story, week("Fri", "08:00"))) == 1


def test_r2_day_off_added_after_queueing_the_claim_refuses_and_it_goes_on_the_next_working_day(
    conn: Any, week: Week
) -> None:
    """R2: "a claim refuses an instant outside working time", and a day off is no working time. Sent Thu 15:00, due
    Fri 08:00 (3 h Thu + 1 h Fri); the tick at Fri 08:00 queues it. The admin then closes the office that Friday:
    the worker's claim at Fri 08:00 must be refused, and the follow-up re-planned: Thu 3 h, Fri off, weekend,
    Mon 07:00 + 1 h = next Mon 08:00, when it leaves."""
    story = new_story(conn)
    sent = story.send(week("Thu", "15:00"), [PAUL])
    assert story.tick(week("Fri", "08:00")) == 1
    friday = story.at(week("Fri", "08:00")).date()
    insert = "insert into public.team_holidays (team_id, day, name) values (%s, %s, %s)"
    assert as_user(story, story.owner, insert, story.team_id, friday, "Fermeture exceptionnelle") == 1
    assert story.due(sent) == week("Mon", "08:00", 1)
    assert sent_now(story, week("Fri", "08:00"), tick=False) == []
    assert sent_now(story, week("Fri", "16:00")) == []
    assert len(sent_now(story, week("Mon", "08:00", 1))) == 1


def test_r2_holiday_calendar_switched_on_moves_the_due_time_off_a_public_holiday(conn: Any) -> None:
    """R2: "off holidays"; the settings table: "a French calendar must be available". H is a fixed French public
    holiday on a Tue-Thu. Without a calendar, sent the day before at 16:00: 16-18 = 2 h, H 07:00 + 2 h = H 09:00.
    The team picks the French calendar: H is off, the next day 07:00 + 2 h = H+1 09:00. Nothing goes out on H."""
    holiday = next_french_fixed_holiday(conn)
    before, after = holiday - dt.timedelta(days=1), holiday + dt.timedelta(days=1)
    story = new_story(conn)
    sent = story.send(stamp(before, "16:00"), [PAUL])
    assert story.due(sent) == stamp(holiday, "09:00")
    team_settings(story, {"holiday_calendar": "fr"})
    assert story.due(sent) == stamp(after, "09:00")
    assert sent_now(story, stamp(holiday, "09:00")) == []
    assert len(sent_now(story, stamp(after, "09:00"))) == 1


def test_r2_interval_changed_between_two_followups_is_based_on_the_last_send(conn: Any, week: Week) -> None:
    """R2: "Each follow-up sent re-bases the next one", and a change of interval re-plans. Sent Mon 09:00, follow-up
    1 sent at Mon 13:00 (09:00 + 4 h), follow-up 2 due 13:00 + 4 h = 17:00. The team's interval becomes 2 h:
    follow-up 2 is due 13:00 + 2 h = Mon 15:00 (not 09:00 + 2 h = 11:00, which would count from the tracked email,
    nor 17:00). Sent then, follow-up 3 is due 15:00 + 2 h = 17:00, until the interval is raised again."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert len(sent_now(story, week("Mon", "13:00"))) == 1
    assert story.due(sent) == week("Mon", "17:00")
    team_settings(story, {"followup_interval_hours": 2})
    assert story.due(sent) == week("Mon", "15:00")
    assert sent_now(story, week("Mon", "14:30")) == []
    assert len(sent_now(story, week("Mon", "15:00"))) == 1
    assert story.due(sent) == week("Mon", "17:00")
    # Raised to 8 h: follow-up 3 counts from follow-up 2's 15:00: 15-18 = 3 h, Tue 07:00 + 5 h = Tue 12:00.
    team_settings(story, {"followup_interval_hours": 8})
    assert story.due(sent) == week("Tue", "12:00")
    assert sent_now(story, week("Mon", "17:00")) == []
    assert len(sent_now(story, week("Tue", "12:00"))) == 1


def test_r2_r4_interval_change_after_a_manual_followup_counts_from_it(conn: Any, week: Week) -> None:
    """R4: a manual follow-up reschedules the pending one "to *its sent time + interval*"; R2: a change of interval
    re-plans it. Sent Mon 09:00; Claire nudges by hand at Mon 10:00 -> due 10:00 + 4 h = 14:00. The interval becomes
    2 h: due 10:00 + 2 h = Mon 12:00 (the last send is the manual one, not the tracked email's 09:00 + 2 h = 11:00)."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    nudge_at = story.at(week("Mon", "10:00"))
    story.ingest(manual_followup(story.mailbox, sent, sent_at=nudge_at), nudge_at)
    assert story.due(sent) == week("Mon", "14:00")
    team_settings(story, {"followup_interval_hours": 2})
    assert story.due(sent) == week("Mon", "12:00")
    assert sent_now(story, week("Mon", "11:00")) == []
    assert len(sent_now(story, week("Mon", "12:00"))) == 1


# Time zones ------------------------------------------------------------------------------------------------------


def test_r2_zone_change_after_queueing_claim_refuses_and_sends_later_in_working_time(conn: Any, week: Week) -> None:
    """R2: "a claim refuses an instant outside working time: nobody is ever written to at 03:00 their time because a
    setting changed after scheduling". Sent Mon 09:00 UTC, due Mon 13:00 UTC; the tick at 13:00 queues it. Then
    Claire's mailbox moves to Asia/Tokyo (+09:00): 13:00 UTC is 22:00 in Tokyo, and the worker's claim at that
    instant must be refused. Re-planned: the email was sent at Mon 18:00 Tokyo time (the close: no working time
    left), so Tue 07:00 + 4 h = Tue 11:00 Tokyo = Tue 02:00 UTC. Tue 08:00 Tokyo (Mon 23:00 UTC) is working time but
    not yet due: nothing. It leaves at Tue 11:00 Tokyo, inside working hours there."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert story.due(sent) == week("Mon", "13:00")
    assert story.tick(week("Mon", "13:00")) == 1
    mailbox_settings(story, {"time_zone": TOKYO})
    assert due_in(story, sent, TOKYO) == week("Tue", "11:00")
    assert sent_now(story, week("Mon", "13:00"), tick=False) == []
    assert story.tracked(sent)["automatic_sent"] == 0
    assert sent_now(story, week("Mon", "23:00")) == []
    assert len(sent_now(story, week("Tue", "02:00"))) == 1
    [when] = sent_times(story, sent)
    assert local(when, TOKYO) == week("Tue", "11:00")


def test_r2_hours_shortened_after_queueing_a_late_claim_is_refused_then_sent_next_morning(
    conn: Any, week: Week
) -> None:
    """R2: "a claim refuses an instant outside working time". Sent Mon 09:00, due 13:00 (07:00-18:00); the tick at
    13:00 queues it. Claire's mailbox then closes at 17:00: 09:00 + 4 h is still Mon 13:00, so the due time does not
    move, but the worker only reaches the follow-up at Mon 17:30, now outside working time: refused. It must still be
    sent later, in working time: by Tue 07:30 (Tue opens at 07:00) it has gone, once."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert story.tick(week("Mon", "13:00")) == 1
    mailbox_settings(story, {"working_hours_end": "17:00"})
    assert story.due(sent) == week("Mon", "13:00")
    assert sent_now(story, week("Mon", "17:30"), tick=False) == []
    assert sent_now(story, week("Mon", "20:00")) == []
    assert story.tracked(sent)["automatic_sent"] == 0
    assert len(sent_now(story, week("Tue", "07:30"))) == 1
    [when] = sent_times(story, sent)
    assert local(when, "UTC") == week("Tue", "07:30")


def test_r2_daylight_saving_in_the_new_zone(conn: Any) -> None:
    """R2: "in the mailbox's time zone (daylight saving handled by the zone)". A UTC mailbox sends on the Friday
    before the EU spring-forward, at 16:00 UTC: due Fri 16-18 = 2 h, Mon 07:00 + 2 h = Mon 09:00 UTC. Claire's
    mailbox moves to Europe/Paris: the email was sent at 17:00 Paris (CET, +01:00): Fri 17-18 = 1 h; clocks go
    forward on Sunday; Mon 07:00 CEST (+02:00) + 3 h = Mon 10:00 Paris = 08:00 UTC. (A clock that ignored the change
    would say 10:00 +01:00 = 09:00 UTC, 11:00 in Paris.) Nothing at 09:30 Paris; sent at 10:00 Paris."""
    sunday = next_eu_spring_forward(conn)
    friday, monday = sunday - dt.timedelta(days=2), sunday + dt.timedelta(days=1)
    paris = ZoneInfo(PARIS)
    assert dt.datetime.combine(friday, dt.time(12), paris).utcoffset() == dt.timedelta(hours=1)
    assert dt.datetime.combine(monday, dt.time(12), paris).utcoffset() == dt.timedelta(hours=2)
    story = new_story(conn)
    sent = story.send(stamp(friday, "16:00"), [PAUL])
    assert story.due(sent) == stamp(monday, "09:00")
    mailbox_settings(story, {"time_zone": PARIS})
    assert due_in(story, sent, PARIS) == stamp(monday, "10:00")
    assert story.due(sent) == stamp(monday, "08:00")  # in UTC
    assert sent_now(story, stamp(monday, "07:30")) == []  # 09:30 Paris
    assert len(sent_now(story, stamp(monday, "08:00"))) == 1
    [when] = sent_times(story, sent)
    assert local(when, PARIS) == stamp(monday, "10:00")


# Precedence: a mailbox's override beats the team's ---------------------------------------------------------------


def test_r2_team_change_moves_only_what_it_affects_a_mailbox_override_keeps_its_hours(conn: Any, week: Week) -> None:
    """Settings: "Team defaults, each overridable per mailbox"; R2: a change re-plans "every pending follow-up it
    affects" (and only those). Marc, a member, gives his own mailbox 08:00-17:00. Both send Mon 16:00.
    Claire (team hours): 16-18 = 2 h, Tue 07:00 + 2 h = Tue 09:00. Marc: 16-17 = 1 h, Tue 08:00 + 3 h = Tue 11:00.
    The team goes to 10:00-18:00: Claire 2 h + Tue 10:00-12:00 = Tue 12:00; Marc keeps Tue 11:00 (his hours beat
    the team's). The team's interval then becomes 6 h, which Marc does not override, so both move: Claire 2 h +
    Tue 10:00 + 4 h = Tue 14:00; Marc 1 h + Tue 08:00 + 5 h = Tue 13:00."""
    story = new_story(conn)
    marc = story.add_member(MARC)
    marc_box = story.add_mailbox(MARC, marc)
    mailbox_settings(story, {"working_hours_start": "08:00", "working_hours_end": "17:00"}, marc_box.mailbox_id, marc)
    claire_mail = story.send(week("Mon", "16:00"), [PAUL])
    marc_mail = send_from(story, marc_box, week("Mon", "16:00"), JEANNE, "Votre succession")
    assert story.due(claire_mail) == week("Tue", "09:00")
    assert story.due(marc_mail) == week("Tue", "11:00")
    team_settings(story, {"working_hours_start": "10:00", "working_hours_end": "18:00"})
    assert story.due(claire_mail) == week("Tue", "12:00")
    assert story.due(marc_mail) == week("Tue", "11:00")
    team_settings(story, {"followup_interval_hours": 6})
    assert story.due(claire_mail) == week("Tue", "14:00")
    assert story.due(marc_mail) == week("Tue", "13:00")
    assert sent_now(story, week("Tue", "11:00"), (marc_box,)) == []
    assert len(sent_now(story, week("Tue", "13:00"), (marc_box,))) == 1
    assert story.tracked(marc_mail)["automatic_sent"] == 1
    assert story.tracked(claire_mail)["automatic_sent"] == 0


def test_r2_team_zone_change_spares_a_mailbox_with_its_own_zone_until_it_clears_it(conn: Any, week: Week) -> None:
    """Precedence and clearing. The team is in UTC; Marc's mailbox overrides the zone with Asia/Tokyo.
    Marc sends Mon 00:00 UTC = Mon 09:00 Tokyo -> Mon 13:00 Tokyo (Mon 04:00 UTC).
    Claire sends Mon 09:00 UTC -> Mon 13:00 UTC.
    The team moves to Asia/Kolkata (+05:30): Claire's email was sent at 14:30 Kolkata: 14:30-18:00 = 3 h 30,
    Tue 07:00 + 30 min = Tue 07:30 Kolkata (Tue 02:00 UTC). Marc's keeps Mon 13:00 Tokyo.
    Marc clears his zone (null): his mailbox follows the team's Kolkata, and is re-planned at once: sent Mon 05:30
    Kolkata, clock from 07:00 + 4 h = Mon 11:00 Kolkata (Mon 05:30 UTC). Nothing leaves at the old instants, nor
    outside Kolkata's working hours."""
    story = new_story(conn)
    marc = story.add_member(MARC)
    marc_box = story.add_mailbox(MARC, marc)
    mailbox_settings(story, {"time_zone": TOKYO}, marc_box.mailbox_id, marc)
    marc_mail = send_from(story, marc_box, week("Mon", "00:00"), JEANNE, "Votre succession")
    claire_mail = story.send(week("Mon", "09:00"), [PAUL])
    assert due_in(story, marc_mail, TOKYO) == week("Mon", "13:00")
    assert story.due(claire_mail) == week("Mon", "13:00")
    team_settings(story, {"time_zone": KOLKATA})
    assert due_in(story, claire_mail, KOLKATA) == week("Tue", "07:30")
    assert due_in(story, marc_mail, TOKYO) == week("Mon", "13:00")
    mailbox_settings(story, {"time_zone": None}, marc_box.mailbox_id, marc)
    assert due_in(story, marc_mail, KOLKATA) == week("Mon", "11:00")
    assert sent_now(story, week("Mon", "04:00"), (marc_box,)) == []  # Marc's old instant
    assert len(sent_now(story, week("Mon", "05:30"), (marc_box,))) == 1
    # Marc's second follow-up is due 11:00 + 4 h = Mon 15:00 Kolkata (09:30 UTC). At Claire's old instant, 13:00
    # UTC = 18:30 Kolkata, neither may leave (hers is not due, his is due but that is no working time).
    assert sent_now(story, week("Mon", "13:00"), (marc_box,)) == []
    # Tue 02:00 UTC = Tue 07:30 Kolkata: Claire's first (due then) and Marc's second (overdue) leave.
    sent = sent_now(story, week("Tue", "02:00"), (marc_box,))
    assert sorted((s["mailbox_address"], s["seq"]) for s in sent) == [(story.address, 1), (MARC, 2)]
    assert story.tracked(claire_mail)["automatic_sent"] == 1


def test_r2_clearing_a_mailbox_override_of_hours_falls_back_to_the_team_and_replans(conn: Any, week: Week) -> None:
    """Clearing an override ("a key given as null clears the override") falls back to the team's value and, being a
    change of working hours, re-plans at once. Sent Mon 09:00 with the team's 07:00-18:00: due 13:00. Claire's
    mailbox starts at 12:00: the clock starts 12:00, + 4 h = Mon 16:00. She clears both hours: back to 13:00, and
    it is sent then."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert story.due(sent) == week("Mon", "13:00")
    mailbox_settings(story, {"working_hours_start": "12:00"})
    assert story.due(sent) == week("Mon", "16:00")
    mailbox_settings(story, {"working_hours_start": None, "working_hours_end": None})
    assert story.due(sent) == week("Mon", "13:00")
    assert len(sent_now(story, week("Mon", "13:00"))) == 1


def test_r2_mailbox_holiday_calendar_override_and_clearing_it(conn: Any) -> None:
    """A mailbox's holiday calendar overrides the team's (none), and clearing it falls back to the team's, re-planning
    each time. H is a fixed French public holiday on a Tue-Thu; sent the day before at 16:00.
    Team (no calendar): 16-18 = 2 h, H 07:00 + 2 h = H 09:00. Claire's mailbox takes `fr`: H off -> H+1 09:00.
    She clears it: back to H 09:00. A colleague's mailbox, untouched, stays at H 09:00 throughout."""
    holiday = next_french_fixed_holiday(conn)
    before, after = holiday - dt.timedelta(days=1), holiday + dt.timedelta(days=1)
    story = new_story(conn)
    lea = story.add_member(LEA)
    lea_box = story.add_mailbox(LEA, lea)
    sent = story.send(stamp(before, "16:00"), [PAUL])
    lea_mail = send_from(story, lea_box, stamp(before, "16:00"), JEANNE, "Votre dossier")
    assert story.due(sent) == stamp(holiday, "09:00")
    mailbox_settings(story, {"holiday_calendar": "fr"})
    assert story.due(sent) == stamp(after, "09:00")
    assert story.due(lea_mail) == stamp(holiday, "09:00")
    mailbox_settings(story, {"holiday_calendar": None})
    assert story.due(sent) == stamp(holiday, "09:00")
    assert story.due(lea_mail) == stamp(holiday, "09:00")


def test_r2_direct_writes_under_rls_replan_like_the_rpcs(conn: Any, week: Week) -> None:
    """README: "The same columns written directly (`update team_settings`, `update mailboxes` under RLS) re-plan".
    Sent Mon 09:00 -> 13:00. An admin writes the team's close to 12:00: 09-12 = 3 h, Tue 07:00 + 1 h = Tue 08:00.
    Claire then writes her mailbox's close to 16:00 (her override beats the team's 12:00): 09-13 fits, Mon 13:00."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    rows = as_user(
        story,
        story.owner,
        "update public.team_settings set working_hours_end = '12:00' where team_id = %s",
        story.team_id,
    )
    assert rows == 1
    assert story.due(sent) == week("Tue", "08:00")
    rows = as_user(
        story, story.owner, "update public.mailboxes set working_hours_end = '16:00' where id = %s", story.mailbox_id
    )
    assert rows == 1
    assert story.due(sent) == week("Mon", "13:00")


def test_r2_r6_replan_never_releases_an_out_of_office_hold(conn: Any, week: Week) -> None:
    """R6: the next follow-up "is held until the first working hour of the next working day after that date"; R2's
    re-plan must not undo it. Sent Mon 09:00; Paul's out-of-office at 09:30 says he is back on Wednesday: held until
    Thu 07:00. The team's interval then drops to 2 h (09:00 + 2 h = Mon 11:00 without the hold): the follow-up
    still waits for Thursday. Reading: "held time does not count as interval", so it is due between Thu 07:00 and
    Thu 07:00 + 2 h; at Thu 09:00 it has gone, once."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    back = story.at(week("Wed", "12:00")).date().isoformat()
    notice_at = story.at(week("Mon", "09:30"))
    story.ingest(auto_reply(sent, received_at=notice_at, until=back), notice_at)
    team_settings(story, {"followup_interval_hours": 2})
    pending = story.pending(sent)
    assert pending is not None
    assert story.at(week("Thu", "07:00")) <= pending["due_at"] <= story.at(week("Thu", "09:00"))
    assert sent_now(story, week("Mon", "11:00")) == []
    assert sent_now(story, week("Wed", "17:00")) == []
    assert len(sent_now(story, week("Thu", "09:00"))) == 1


def test_r2_r11_replan_keeps_a_paused_email_paused(conn: Any, week: Week) -> None:
    """R11: a paused tracked email waits for its resume, and "Resuming never sends a backlog burst: overdue
    follow-ups are rescheduled from the resume time". Sent Mon 09:00 (due 13:00); Claire pauses it at 10:00; the
    team's interval then drops to 2 h: the re-plan must not send it at Mon 11:00 nor at 13:00. Resumed Wed 09:00:
    nothing is due before then."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert story.pause(sent, week("Mon", "10:00"))
    team_settings(story, {"followup_interval_hours": 2})
    assert sent_now(story, week("Mon", "11:00")) == []
    assert sent_now(story, week("Mon", "13:00")) == []
    assert sent_now(story, week("Tue", "10:00")) == []
    assert story.tracked(sent)["status"] == "paused"
    assert story.resume(sent, week("Wed", "09:00"))
    pending = story.pending(sent)
    assert pending is not None and pending["due_at"] >= story.at(week("Wed", "09:00"))
    assert story.tracked(sent)["automatic_sent"] == 0


# R3's maximum ----------------------------------------------------------------------------------------------------


def test_r3_maximum_lowered_below_what_was_sent_completes_and_nothing_more_is_sent(conn: Any, week: Week) -> None:
    """R3: the count "never exceeds the maximum ...; reaching it completes the tracked email (status `completed`),
    nothing more is scheduled". Sent Mon 09:00; follow-ups at Mon 13:00 and 17:00; the third would be due 17-18 =
    1 h + Tue 07:00 + 3 h = Tue 10:00. Claire lowers her mailbox's maximum to 1: two are already sent, so the
    maximum is reached (passed): nothing goes out on Tuesday, the email is completed and shows nothing due; what was
    sent stays counted (2). Reading: completion is final; when Claire clears the override (the team's 3 again), the
    completed email is not chased again (R3: "nothing more is scheduled")."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    assert len(sent_now(story, week("Mon", "13:00"))) == 1
    assert len(sent_now(story, week("Mon", "17:00"))) == 1
    assert story.due(sent) == week("Tue", "10:00")
    mailbox_settings(story, {"max_followups": 1})
    assert sent_now(story, week("Tue", "10:00")) == []
    row = story.tracked(sent)
    assert row["automatic_sent"] == 2
    assert total(story, sent) == 2
    assert row["status"] == "completed"
    assert row["next_followup_due_at"] is None
    assert story.due(sent) is None
    mailbox_settings(story, {"max_followups": None})
    assert sent_now(story, week("Tue", "12:00")) == []
    assert sent_now(story, week("Wed", "12:00")) == []
    assert story.tracked(sent)["status"] == "completed"
    assert story.tracked(sent)["automatic_sent"] == 2


def test_r3_maximum_lowered_then_raised_while_active_the_sequence_goes_on(conn: Any, week: Week) -> None:
    """R3 with the team's maximum changed while the email is active. Sent Mon 09:00, due 13:00. The admin lowers the
    maximum to 1 (nothing sent yet: follow-up 1 stays due 13:00), then raises it back to 3 before it goes. Sent at
    13:00, follow-up 2 is due 17:00 and the email stays active. Lowered to 2: follow-up 2 still goes at 17:00, and
    with 2 of 2 sent the email completes; nothing at Tue 10:00 (where a third would have been)."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    team_settings(story, {"max_followups": 1})
    assert story.due(sent) == week("Mon", "13:00")
    team_settings(story, {"max_followups": 3})
    assert len(sent_now(story, week("Mon", "13:00"))) == 1
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == week("Mon", "17:00")
    team_settings(story, {"max_followups": 2})
    assert story.due(sent) == week("Mon", "17:00")
    assert len(sent_now(story, week("Mon", "17:00"))) == 1
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert total(story, sent) == 2
    assert sent_now(story, week("Tue", "10:00")) == []


# Bad values ------------------------------------------------------------------------------------------------------

BAD_SETTINGS = [
    pytest.param(
        {"working_hours_start": "18:00", "working_hours_end": "07:00"},
        ("working_hours_end", "working_hours_start"),
        id="end-before-start",
    ),
    pytest.param({"time_zone": "Europe/Pariss"}, ("time_zone",), id="unknown-zone"),
    pytest.param({"working_days": []}, ("working_days",), id="no-working-day"),
    pytest.param({"followup_interval_hours": -4}, ("followup_interval_hours",), id="negative-interval"),
    pytest.param({"working_hour_start": "08:00"}, ("working_hour_start",), id="unknown-key"),
    pytest.param(
        {"followup_interval_hours": 6, "max_folowups": 2}, ("max_folowups",), id="unknown-key-beside-a-valid-one"
    ),
]


def test_r2_bad_team_settings_are_refused_naming_the_key_and_change_nothing(conn: Any, week: Week) -> None:
    """README: "unknown keys and bad values are refused, naming them". Each bad value (end before start, an unknown
    zone, no working day, a negative interval, an unknown key, an unknown key beside a valid one) is refused with an
    error naming its key, as a bad value (not as a refusal of the caller, 42501, since Claire owns the team). A
    refused change changes nothing: neither the team's settings (not even the valid key beside a bad one) nor any
    due time (sent Mon 09:00, due 13:00)."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    before = query_rows(conn, "select * from public.team_settings where team_id = %s", story.team_id)
    problems: list[str] = []
    for case in BAD_SETTINGS:
        settings, names = case.values
        assert isinstance(settings, dict) and isinstance(names, tuple)
        try:
            team_settings(story, settings)
        except psycopg.Error as exc:
            text = error_text(exc)
            if not any(name in text for name in names):
                problems.append(f"{case.id}: error does not name {names}: {text}")
            if getattr(exc, "sqlstate", None) == "42501":
                problems.append(f"{case.id}: refused as a permission error: {text}")
        else:
            problems.append(f"{case.id}: accepted")
        if query_rows(conn, "select * from public.team_settings where team_id = %s", story.team_id) != before:
            problems.append(f"{case.id}: the team's settings changed")
        if story.due(sent) != week("Mon", "13:00"):
            problems.append(f"{case.id}: due moved to {story.due(sent)}")
    assert problems == []


def test_r2_bad_mailbox_settings_are_refused_naming_the_key_and_change_nothing(conn: Any, week: Week) -> None:
    """The same refusals for a mailbox's overrides (`set_mailbox_settings`): each bad value is refused with an error
    naming its key, and the mailbox and its due time (Mon 13:00) stay as they were."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    before = query_rows(conn, "select * from public.mailboxes where id = %s", story.mailbox_id)
    problems: list[str] = []
    for case in BAD_SETTINGS:
        settings, names = case.values
        assert isinstance(settings, dict) and isinstance(names, tuple)
        try:
            mailbox_settings(story, settings)
        except psycopg.Error as exc:
            text = error_text(exc)
            if not any(name in text for name in names):
                problems.append(f"{case.id}: error does not name {names}: {text}")
        else:
            problems.append(f"{case.id}: accepted")
        if query_rows(conn, "select * from public.mailboxes where id = %s", story.mailbox_id) != before:
            problems.append(f"{case.id}: the mailbox changed")
        if story.due(sent) != week("Mon", "13:00"):
            problems.append(f"{case.id}: due moved to {story.due(sent)}")
    assert problems == []


# Who may change what ---------------------------------------------------------------------------------------------


def test_r2_a_member_cannot_change_another_members_mailbox(conn: Any, week: Week) -> None:
    """DESIGN.md: "A member sees and changes what belongs to their own mailboxes"; `set_mailbox_settings` is for
    "its owner or a team admin". Hugo, a member, tries to move Léa's mailbox to Tokyo, by the RPC and by a direct
    update: both refused (or touching nothing), and Léa's follow-up (sent Mon 09:00, due 13:00) does not move."""
    story = new_story(conn)
    lea = story.add_member(LEA)
    lea_box = story.add_mailbox(LEA, lea)
    hugo = story.add_member(HUGO)
    story.add_mailbox(HUGO, hugo)
    lea_mail = send_from(story, lea_box, week("Mon", "09:00"), JEANNE, "Votre dossier")
    assert story.due(lea_mail) == week("Mon", "13:00")
    with pytest.raises(psycopg.Error):
        mailbox_settings(story, {"time_zone": TOKYO}, lea_box.mailbox_id, hugo)
    try:
        touched = as_user(
            story, hugo, "update public.mailboxes set time_zone = %s where id = %s", TOKYO, lea_box.mailbox_id
        )
    except psycopg.Error:
        touched = 0
    assert touched == 0
    zone = conn.execute("select time_zone from public.mailboxes where id = %s", (lea_box.mailbox_id,)).fetchone()
    assert zone is not None and zone[0] is None
    assert story.due(lea_mail) == week("Mon", "13:00")


def test_r2_only_admins_change_team_settings_and_days_off(conn: Any, week: Week) -> None:
    """README: `set_team_settings(team_id, jsonb)` (admins); team days off are added by admins. Marc, a member, tries
    to start the team's day at 12:00 (RPC and direct update) and to add a day off on Monday: all refused, and
    Claire's follow-up (sent Mon 09:00, due 13:00) stays. Paul-Henri, an admin who is not the owner, starts the day at
    10:00: it re-plans at once (the clock runs from 10:00, + 4 h = Mon 14:00)."""
    story = new_story(conn)
    sent = story.send(week("Mon", "09:00"), [PAUL])
    marc = story.add_member(MARC)
    admin = story.add_member("paul-henri@cabinet-durand.fr", role="admin")
    with pytest.raises(psycopg.Error):
        team_settings(story, {"working_hours_start": "12:00"}, marc)
    try:
        touched = as_user(
            story,
            marc,
            "update public.team_settings set working_hours_start = '12:00' where team_id = %s",
            story.team_id,
        )
    except psycopg.Error:
        touched = 0
    assert touched == 0
    monday = story.at(week("Mon", "09:00")).date()
    with pytest.raises(psycopg.Error):
        as_user(
            story,
            marc,
            "insert into public.team_holidays (team_id, day, name) values (%s, %s, 'Fermeture')",
            story.team_id,
            monday,
        )
    assert story.due(sent) == week("Mon", "13:00")
    team_settings(story, {"working_hours_start": "10:00"}, admin)
    assert story.due(sent) == week("Mon", "14:00")
