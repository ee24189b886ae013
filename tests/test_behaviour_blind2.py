"""Blind acceptance scenarios, second round: rules in combination, written from BEHAVIOUR.md (R1-R16) alone.

Cabinet Durand, a wealth-management firm in Paris (Europe/Paris, the French holiday calendar, working hours
07:00-18:00 Monday-Friday, a 4 working-hour interval, at most three follow-ups: BEHAVIOUR.md's defaults), over
weeks: daylight-saving changes, holidays and bridges, mailboxes abroad, out-of-office holds shared by a team,
bounces that add up, suppressions across mailboxes, pauses, settings changed while follow-ups are pending, "not
now" answers and templates. Every expected instant was computed by hand from the rule text; the arithmetic is in
the comments. Instants are injected (`p_now`); the stories are dated 2027-2029 and do not depend on today's date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    Message,
    Story,
    addr,
    auto_reply,
    bounce,
    inbound,
    inbound_reply,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
    run_scheduler,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE = "sophie.bernard@notaires-lyon.fr"
MARC = "marc@cabinet-durand.fr"  # Claire's colleague, with his own mailbox in the team
UTC = dt.UTC


# Helpers ---------------------------------------------------------------------------------------------------------


def utc(text: str) -> dt.datetime:
    """`2029-10-29 10:00` as a UTC instant."""
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def in_zone(text: str, zone: str) -> dt.datetime:
    """`Mon 2028-11-06 09:00` in `zone` (the weekday is checked)."""
    day, rest = text.split(" ", 1)
    moment = dt.datetime.strptime(rest, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    assert moment.strftime("%a") == day, f"{rest} is a {moment.strftime('%a')}"
    return moment


def sent_now(story: Story, when: str, *, echo: bool = True) -> list[dict[str, Any]]:
    """A scheduler tick at `when` (mailbox local time), then a worker drains the queue: what actually went out."""
    story.tick(when)
    return [o for o in story.work(when, echo=echo) if o.get("ok")]


def sent_at_instant(story: Story, moment: dt.datetime) -> list[dict[str, Any]]:
    """The same at an instant given in any zone (no echo: several mailboxes may be involved)."""
    local = moment.astimezone(story.tz).strftime("%a %Y-%m-%d %H:%M")
    return sent_now(story, local, echo=False)


def as_owner(story: Story, query: str, *args: Any) -> Any:
    """A request of the team's owner (an admin) through the Data API, committed; first column of the first row."""
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        row = story.conn.execute(query, args).fetchone()
    return row[0] if row else None


def team_settings(story: Story, settings: str) -> None:
    as_owner(story, "select team_id from public.set_team_settings(%s, %s::jsonb)", story.team_id, settings)


def mailbox_settings(story: Story, mailbox_id: uuid.UUID, settings: str) -> None:
    as_owner(story, "select id from public.set_mailbox_settings(%s, %s::jsonb)", mailbox_id, settings)


def rpc(story: Story, function: str, target: uuid.UUID, when: str) -> bool:
    """A user RPC (pause_mailbox …) at `when`, called by the service role for the owner (a user may not pick p_now)."""
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute(f"select public.{function}(%s, %s)", (target, story.at(when))).fetchone()
    return bool(row and row[0])


def due_instant(story: Story, sent: Message) -> dt.datetime | None:
    pending = story.pending(sent)
    return None if pending is None else pending["due_at"]


def colleague(story: Story, zone: str | None = None) -> Mailbox:
    """Marc joins the team with his own mailbox (optionally in another time zone)."""
    from tests.story import add_mailbox

    marc = story.add_member(MARC)
    settings = {"time_zone": zone} if zone else None
    return add_mailbox(story.conn, story.team_id, marc, MARC, settings=settings)


def send_from(story: Story, box: Mailbox, moment: dt.datetime, to: list[str], subject: str) -> Message:
    sent = outbound(box, to, sent_at=moment, subject=subject)
    story.last_result = story.ingest(sent, moment, mailbox=box.mailbox_id)
    return sent


def ooo(story: Story, sent: Message, when: str, until: str | None, sender: str | None = None) -> None:
    story.ingest(auto_reply(sent, sender, received_at=story.at(when), until=until), story.at(when))


def dsn(story: Story, sent: Message, when: str, failures: dict[str, bool], daemon: str) -> None:
    """A delivery status notification about `sent` at `when`: each address failed, permanently or not (4.x.x)."""
    report = bounce(sent, received_at=story.at(when), recipients=list(failures), daemon=daemon)
    report["analysis"]["bounce"]["recipients"] = [{"address": a, "permanent": p} for a, p in failures.items()]
    story.ingest(report, story.at(when))


def opt_out(story: Story, sent: Message, when: str, sender: str | None = None, text: str = "") -> None:
    body = text or "Merci de ne plus me contacter."
    reply = inbound_reply(sent, sender, received_at=story.at(when), body_text=body, opt_out=True)
    story.ingest(reply, story.at(when))


def suppressed(story: Story, team_id: uuid.UUID | None = None) -> set[str]:
    rows = story.conn.execute(
        "select lower(address) from public.suppressions where team_id = %s", (team_id or story.team_id,)
    ).fetchall()
    return {r[0] for r in rows}


def not_now(story: Story, sent: Message, when: str, until: str, body: str = "Recontactez-moi plus tard.") -> None:
    """Paul answers "not now" in the thread; the worker reads the date it implies (R15)."""
    result = story.receive(when, PAUL, reply_to=sent, body=body)
    story.conn.execute(
        "select worker.record_intent(%s::uuid, %s, %s::numeric, %s, %s::date, null, null, %s, %s)",
        (result["message_id"], "not_now", 0.93, "rules", until, body, story.at(when)),
    )


def no_problems(story: Story) -> None:
    assert invariant_problems(story.conn) == []


def counts(story: Story, sent: Message) -> tuple[int, int, int]:
    row = story.tracked(sent)
    return row["automatic_sent"], row["manual_detected"], row["total_followups"]


# R2 Daylight saving and time zones -------------------------------------------------------------------------------


def test_r2_twelve_working_hours_across_the_october_change_land_at_the_local_hour(conn: Any) -> None:
    """R2: "counted in working time ... in the mailbox's time zone (daylight saving handled by the zone)".
    Paris leaves summer time on Sun 28 Oct 2029. Interval 12 h, sent Fri 26 Oct 10:00 (CEST, 08:00 UTC):
    Fri 10-18 = 8 h, weekend, Mon 29 Oct 07:00 + 4 h = 11:00 CET = 10:00 UTC (not 09:00 UTC)."""
    story = Story(conn, followup_interval=dt.timedelta(hours=12))
    sent = story.send("Fri 2029-10-26 10:00", [PAUL])
    assert story.due(sent) == "Mon 2029-10-29 11:00"
    assert due_instant(story, sent) == utc("2029-10-29 10:00")


def test_r2_scheduler_sends_at_the_local_hour_after_the_october_change(conn: Any) -> None:
    """R2 and R9: sent Fri 26 Oct 2029 15:00 CEST: Fri 15-18 = 3 h, Mon 29 Oct 07:00-08:00 CET = 1 h: due Mon 08:00
    CET = 07:00 UTC. A tick at 06:59 UTC (07:59 local) sends nothing; the one at 07:00 UTC sends it."""
    story = Story(conn)
    sent = story.send("Fri 2029-10-26 15:00", [PAUL])
    assert due_instant(story, sent) == utc("2029-10-29 07:00")
    assert sent_now(story, "Mon 2029-10-29 07:59") == []
    assert len(sent_now(story, "Mon 2029-10-29 08:00")) == 1
    no_problems(story)


def test_r2_march_change_friday_evening_to_monday_morning(conn: Any) -> None:
    """R2: Paris goes to summer time on Sun 25 Mar 2029. Sent Fri 23 Mar 17:30 CET: Fri 17:30-18:00 = 30 min,
    Mon 26 Mar 07:00 + 3 h 30 = 10:30 CEST = 08:30 UTC."""
    story = Story(conn)
    sent = story.send("Fri 2029-03-23 17:30", [PAUL])
    assert story.due(sent) == "Mon 2029-03-26 10:30"
    assert due_instant(story, sent) == utc("2029-03-26 08:30")


def test_r2_montreal_mailbox_counts_in_its_own_zone_across_its_november_change(conn: Any) -> None:
    """Settings: the time zone is "overridable per mailbox"; R2 counts "in the mailbox's time zone (daylight saving
    handled by the zone)". Marc works from Montreal (EDT until Sun 5 Nov 2028, then EST). Sent Fri 3 Nov 2028 16:00
    Montreal (20:00 UTC): Fri 16-18 = 2 h, Mon 6 Nov 07:00-09:00 EST: due Mon 09:00 Montreal = 14:00 UTC."""
    story = Story(conn)
    box = colleague(story, "America/Montreal")
    sent = send_from(story, box, in_zone("Fri 2028-11-03 16:00", "America/Montreal"), [PAUL], "Votre dossier")
    assert due_instant(story, sent) == utc("2028-11-06 14:00")


def test_r2_singapore_and_paris_mailboxes_of_one_team_keep_their_own_hours(conn: Any) -> None:
    """R2, per-mailbox time zone. At the same instant, Mon 27 Mar 2028 08:00 UTC, Marc (Asia/Singapore, UTC+8,
    16:00 there) and Claire (Paris, CEST since 26 Mar, 10:00 there) each send. Marc: 16-18 = 2 h, Tue 07:00 + 2 h
    = Tue 09:00 Singapore = Tue 01:00 UTC. Claire: 10:00 + 4 h = 14:00 Paris = 12:00 UTC."""
    story = Story(conn)
    box = colleague(story, "Asia/Singapore")
    instant = utc("2028-03-27 08:00")
    marc_sent = send_from(story, box, instant, [JEANNE], "Your portfolio review")
    claire_sent = story.send("Mon 2028-03-27 10:00", [PAUL])
    assert due_instant(story, marc_sent) == utc("2028-03-28 01:00")
    assert due_instant(story, claire_sent) == utc("2028-03-27 12:00")


# R2 French holidays ----------------------------------------------------------------------------------------------


def test_r2_ascension_bridge_friday_is_still_a_working_day(conn: Any) -> None:
    """R2: the clock stops "off holidays". Ascension 2028 is Thu 25 May (Easter 16 April + 39 days); the Friday
    "pont" is no public holiday. Wed 24 May 16:00: 16-18 = 2 h, Thu off, Fri 26 May 07-09: due Fri 09:00."""
    story = Story(conn)
    sent = story.send("Wed 2028-05-24 16:00", [PAUL])
    assert story.due(sent) == "Fri 2028-05-26 09:00"


def test_r2_easter_monday_after_a_weekend(conn: Any) -> None:
    """R2, French calendar: Easter Monday 2028 is 17 April. Fri 14 April 15:00: 15-18 = 3 h, weekend, Monday off,
    Tue 18 April 07:00 + 1 h = 08:00."""
    story = Story(conn)
    sent = story.send("Fri 2028-04-14 15:00", [PAUL])
    assert story.due(sent) == "Tue 2028-04-18 08:00"


def test_r2_fourteenth_of_july_on_a_friday_makes_a_long_weekend(conn: Any) -> None:
    """R2: 14 July 2028 is a Friday. Thu 13 July 17:00: 17-18 = 1 h, Fri off, weekend, Mon 17 July 07:00 + 3 h =
    10:00."""
    story = Story(conn)
    sent = story.send("Thu 2028-07-13 17:00", [PAUL])
    assert story.due(sent) == "Mon 2028-07-17 10:00"


def test_r2_holiday_on_a_sunday_is_not_moved_to_the_monday(conn: Any) -> None:
    """R2, French calendar: 11 November 2029 is a Sunday; France does not move it to Monday, so Mon 12 Nov is worked.
    Fri 9 Nov 16:00: 16-18 = 2 h, Mon 12 Nov 07:00 + 2 h = 09:00."""
    story = Story(conn)
    sent = story.send("Fri 2029-11-09 16:00", [PAUL])
    assert story.due(sent) == "Mon 2029-11-12 09:00"


def test_r2_long_interval_spans_christmas_and_new_year(conn: Any) -> None:
    """R2, a 60-hour interval (a team setting). Sent Mon 24 Dec 2029 07:00: Mon 11 h (11), Tue 25 Dec off, Wed 26
    11 h (22), Thu 27 11 h (33), Fri 28 11 h (44), weekend, Mon 31 Dec 11 h (55), Tue 1 Jan 2030 off, Wed 2 Jan
    07:00 + 5 h = 12:00."""
    story = Story(conn, followup_interval=dt.timedelta(hours=60))
    sent = story.send("Mon 2029-12-24 07:00", [PAUL])
    assert story.due(sent) == "Wed 2030-01-02 12:00"


def test_r2_two_holidays_in_one_week_of_may(conn: Any) -> None:
    """R2, a 24-hour interval. May 2029: Tue 8 May (Victoire) and Thu 10 May (Ascension: Easter 1 April + 39
    days) are off. Mon 7 May 09:00: Mon 09-18 = 9 h, Tue off, Wed 11 h (20), Thu off, Fri 11 May 07:00 + 4 h =
    11:00."""
    story = Story(conn, followup_interval=dt.timedelta(hours=24))
    sent = story.send("Mon 2029-05-07 09:00", [PAUL])
    assert story.due(sent) == "Fri 2029-05-11 11:00"


# R2 Settings changed while follow-ups are pending -----------------------------------------------------------------


def test_r2_four_day_week_replans_the_pending_friday_followup(conn: Any) -> None:
    """R2: "A change of ... working days ... re-plans every pending follow-up it affects, at once, and a claim
    refuses an instant outside working time". Sent Thu 25 Nov 2027 16:00: due Fri 09:00 (16-18 = 2 h, Fri 07-09).
    The cabinet moves to a four-day week (Mon-Thu): 2 h Thu, Fri off, weekend, Mon 29 Nov 07-09: due Mon 09:00.
    Nothing goes out on the Friday."""
    story = Story(conn)
    sent = story.send("Thu 2027-11-25 16:00", [PAUL])
    assert story.due(sent) == "Fri 2027-11-26 09:00"
    team_settings(story, '{"working_days": [1, 2, 3, 4]}')
    assert story.due(sent) == "Mon 2027-11-29 09:00"
    assert sent_now(story, "Fri 2027-11-26 09:00") == []
    assert sent_now(story, "Fri 2027-11-26 15:00") == []
    assert len(sent_now(story, "Mon 2027-11-29 09:00")) == 1
    no_problems(story)


def test_r2_team_hours_change_replans_only_the_mailboxes_it_affects(conn: Any) -> None:
    """Settings: "Team defaults, each overridable per mailbox"; R2: a change "re-plans every pending follow-up it
    affects". Claire's mailbox keeps 07:00-18:00 as its own override; Marc's follows the team. Both send Mon 22 Nov
    2027 16:00 (due Tue 09:00). The team moves to 09:00-17:00: Claire's stays Tue 09:00; Marc's: Mon 16-17 = 1 h,
    Tue 09:00 + 3 h = Tue 12:00."""
    story = Story(conn)
    mailbox_settings(story, story.mailbox_id, '{"working_hours_start": "07:00", "working_hours_end": "18:00"}')
    box = colleague(story)
    claire_sent = story.send("Mon 2027-11-22 16:00", [PAUL])
    marc_sent = send_from(story, box, story.at("Mon 2027-11-22 16:00"), [JEANNE], "Votre succession")
    assert story.due(claire_sent) == "Tue 2027-11-23 09:00"
    assert story.due(marc_sent) == "Tue 2027-11-23 09:00"
    team_settings(story, '{"working_hours_start": "09:00", "working_hours_end": "17:00"}')
    assert story.due(claire_sent) == "Tue 2027-11-23 09:00"
    assert story.due(marc_sent) == "Tue 2027-11-23 12:00"


def test_r2_interval_change_counts_from_the_last_followup_sent(conn: Any) -> None:
    """R2: "Each follow-up sent re-bases the next one" and an interval change "re-plans every pending follow-up".
    Sent Mon 22 Nov 2027 09:00, follow-up 1 at 13:00, follow-up 2 due 17:00. Interval 4 h -> 8 h: 13:00 + 8 h =
    Mon 13-18 = 5 h + Tue 07:00-10:00 = Tue 10:00 (not 09:00 + 8 h = Mon 17:00)."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    team_settings(story, '{"followup_interval_hours": 8}')
    assert story.due(sent) == "Tue 2027-11-23 10:00"
    assert sent_now(story, "Mon 2027-11-22 17:00") == []
    no_problems(story)


def test_r2_r4_interval_change_counts_from_the_manual_followup(conn: Any) -> None:
    """R4: the pending follow-up is due at the manual follow-up's "sent time + interval"; R2: an interval change
    re-plans it. Manual at Mon 22 Nov 2027 10:30 -> due 14:30; interval 4 h -> 2 h: 10:30 + 2 h = 12:30."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:30")), story.at("Mon 2027-11-22 10:30")
    )
    assert story.due(sent) == "Mon 2027-11-22 14:30"
    team_settings(story, '{"followup_interval_hours": 2}')
    assert story.due(sent) == "Mon 2027-11-22 12:30"


def test_r2_team_day_off_removed_brings_the_followup_back(conn: Any) -> None:
    """R2: "A change of ... holidays ... re-plans every pending follow-up it affects, at once": both ways. The
    cabinet had closed Fri 26 Nov 2027; sent Thu 25 Nov 16:00 -> 2 h Thu, Fri off, Mon 29 Nov 09:00. The closure
    is cancelled: Fri 26 Nov 07-09 -> Fri 09:00."""
    story = Story(conn)
    conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2027-11-26', 'Fermeture')", (story.team_id,)
    )
    sent = story.send("Thu 2027-11-25 16:00", [PAUL])
    assert story.due(sent) == "Mon 2027-11-29 09:00"
    conn.execute("delete from public.team_holidays where team_id = %s and day = '2027-11-26'", (story.team_id,))
    assert story.due(sent) == "Fri 2027-11-26 09:00"


def test_r2_move_to_singapore_replans_to_singapore_working_hours(conn: Any) -> None:
    """R2: "A change of time zone ... re-plans every pending follow-up ... nobody is ever written to at 03:00 their
    time". Sent Mon 22 Nov 2027 09:00 Paris (08:00 UTC = 16:00 Singapore), due Mon 13:00 Paris = 20:00 Singapore.
    Claire's mailbox moves to Asia/Singapore: 16-18 = 2 h, Tue 07:00 + 2 h = Tue 09:00 Singapore = Tue 01:00 UTC.
    The old instant sends nothing; Tue 01:00 UTC sends it."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    mailbox_settings(story, story.mailbox_id, '{"time_zone": "Asia/Singapore"}')
    assert due_instant(story, sent) == utc("2027-11-23 01:00")
    assert sent_at_instant(story, utc("2027-11-22 12:00")) == []
    assert len(sent_at_instant(story, utc("2027-11-23 01:00"))) == 1


def test_r2_team_time_zone_change_spares_a_mailbox_with_its_own_zone(conn: Any) -> None:
    """R2: a change of time zone "re-plans every pending follow-up it affects"; Settings: each default "overridable per
    mailbox". Both send Mon 22 Nov 2027 08:00 UTC. Claire follows the team (Paris, 09:00 there): due 13:00 Paris =
    12:00 UTC. Marc's mailbox is in Singapore (16:00 there): 2 h Mon, Tue 07:00 + 2 h = Tue 09:00 SGT = Tue 01:00 UTC.
    The team moves to America/New_York (EST, UTC-5): Claire's email was sent at 03:00 New York, the clock starts
    07:00 (12:00 UTC), + 4 h = 11:00 New York = 16:00 UTC. Marc's does not move."""
    story = Story(conn)
    box = colleague(story, "Asia/Singapore")
    claire_sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    marc_sent = send_from(story, box, utc("2027-11-22 08:00"), [JEANNE], "Your portfolio review")
    assert due_instant(story, claire_sent) == utc("2027-11-22 12:00")
    assert due_instant(story, marc_sent) == utc("2027-11-23 01:00")
    team_settings(story, '{"time_zone": "America/New_York"}')
    assert due_instant(story, claire_sent) == utc("2027-11-22 16:00")
    assert due_instant(story, marc_sent) == utc("2027-11-23 01:00")


def test_r2_claim_refuses_on_a_holiday_and_the_followup_goes_next_working_day(conn: Any) -> None:
    """R2: "a claim refuses an instant outside working time" (holidays are outside it). Sent Thu 13 July 2028 13:00,
    due 17:00 and queued then; the worker only reaches it on Fri 14 July (holiday) at 10:00: refused. It goes at the
    next tick in working time, Mon 17 July 07:00."""
    story = Story(conn)
    sent = story.send("Thu 2028-07-13 13:00", [PAUL])
    assert story.due(sent) == "Thu 2028-07-13 17:00"
    assert story.tick("Thu 2028-07-13 17:00") == 1
    assert [o for o in story.work("Fri 2028-07-14 10:00") if o.get("ok")] == []
    assert sent_now(story, "Sat 2028-07-15 10:00") == []
    assert len(sent_now(story, "Mon 2028-07-17 07:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    no_problems(story)


def test_r2_hours_change_after_queueing_refuses_the_claim_and_replans(conn: Any) -> None:
    """R2: "re-plans every pending follow-up it affects, at once, and a claim refuses an instant outside working
    time". The follow-up was queued at Mon 22 Nov 2027 13:00; before a worker claims it, Claire's mailbox moves to
    mornings only (08:00-12:00): 13:00 is no longer working time, the claim at 13:00 is refused; re-planned from the
    09:00 send: 3 h Mon (09-12), Tue 08:00 + 1 h = Tue 09:00, and it goes then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.tick("Mon 2027-11-22 13:00") == 1
    mailbox_settings(story, story.mailbox_id, '{"working_hours_start": "08:00", "working_hours_end": "12:00"}')
    assert [o for o in story.work("Mon 2027-11-22 13:00") if o.get("ok")] == []
    assert story.due(sent) == "Tue 2027-11-23 09:00"
    assert sent_now(story, "Tue 2027-11-23 08:59") == []
    assert len(sent_now(story, "Tue 2027-11-23 09:00")) == 1
    no_problems(story)


def test_r3_lowering_the_maximum_below_the_next_step_sends_nothing_more(conn: Any) -> None:
    """R3: the count "never exceeds the maximum". One follow-up went out; Claire lowers her mailbox's maximum to 1:
    the pending follow-up 2 (due Mon 17:00) must never go out."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    mailbox_settings(story, story.mailbox_id, '{"max_followups": 1}')
    assert sent_now(story, "Mon 2027-11-22 17:00") == []
    assert sent_now(story, "Tue 2027-11-23 12:00") == []
    tracked_id = story.tracked(sent)["tracked_email_id"]
    assert conn.execute("select public.get_total_followup_count(%s)", (tracked_id,)).fetchone()[0] == 1


# R3 / R4 / R9 orderings ------------------------------------------------------------------------------------------


def test_r3_r4_automatic_then_manual_then_automatic_completes(conn: Any) -> None:
    """R3: total = automatic sent + manual detected; reaching 3 completes. R2 re-base and R4 reschedule: sent Mon 22
    Nov 2027 09:00; follow-up 1 at 13:00 (its echo seen); Claire writes by hand at 14:30 -> due 14:30 + 4 h = 3 h 30
    Mon + 30 min Tue = Tue 07:30; follow-up 2 then: 2 automatic + 1 manual = 3, completed."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    assert counts(story, sent) == (1, 0, 1)
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 14:30")), story.at("Mon 2027-11-22 14:30")
    )
    assert counts(story, sent) == (1, 1, 2)
    assert story.due(sent) == "Tue 2027-11-23 07:30"
    assert len(sent_now(story, "Tue 2027-11-23 07:30")) == 1
    assert counts(story, sent) == (2, 1, 3)
    assert story.tracked(sent)["status"] == "completed"
    assert sent_now(story, "Tue 2027-11-23 15:00") == []
    no_problems(story)


def test_r4_manual_followup_seen_again_after_an_automatic_send_changes_nothing(conn: Any) -> None:
    """R4: "The same message seen twice (notification and delta sync, two provider ids for one `Message-ID`) is
    recorded once." Manual at 10:30 (due 14:30); follow-up 1 at 14:30 re-bases to Tue 07:30 (3 h 30 + 30 min);
    delta sync brings the manual one again at 14:40 under another provider id: it neither counts again nor moves
    the follow-up back to 14:30."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    manual = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:30"))
    story.ingest(manual, story.at("Mon 2027-11-22 10:30"))
    assert len(sent_now(story, "Mon 2027-11-22 14:30")) == 1
    assert story.due(sent) == "Tue 2027-11-23 07:30"
    story.ingest(
        Message({**manual, "provider_message_id": "AAMk-delta-" + uuid.uuid4().hex}), story.at("Mon 2027-11-22 14:40")
    )
    assert counts(story, sent) == (1, 1, 2)
    assert story.due(sent) == "Tue 2027-11-23 07:30"
    no_problems(story)


def test_r4_manual_followups_seen_out_of_order_reschedule_from_the_latest(conn: Any) -> None:
    """R4: each manual follow-up is recorded and counts, and the automatic one is due at the manual follow-up's "sent
    time + interval" (`reschedule_pending_followups`: the latest one's). Claire writes at 10:00 and 11:00; delta sync
    delivers the 11:00 one first (due 15:00), then the 10:00 one: 2 manual, and still due 15:00, not 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    early = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 10:00"))
    late = manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2027-11-22 11:00"))
    story.ingest(late, story.at("Mon 2027-11-22 11:01"))
    assert story.due(sent) == "Mon 2027-11-22 15:00"
    story.ingest(early, story.at("Mon 2027-11-22 11:02"))
    assert counts(story, sent) == (0, 2, 2)
    assert story.due(sent) == "Mon 2027-11-22 15:00"
    no_problems(story)


def test_r4_r9_echo_known_by_its_message_id_alone_is_not_manual(conn: Any) -> None:
    """R9: "Identity (... `Message-ID`) is stored before sending"; R4: "The engine's own follow-up, seen again in Sent
    Items, is never counted as manual." The copy in Sent Items carries the stored Message-ID but lost the
    X-Relance-Followup-Id header (a client or gateway rewrote it): still the engine's own, follow-up 2 due 17:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    outcomes = sent_now(story, "Mon 2027-11-22 13:00", echo=False)
    assert len(outcomes) == 1
    stored = [f["internet_message_id"] for f in story.followups(sent) if f["status"] == "sent"]
    assert stored == [outcomes[0]["internet_message_id"]]
    copy = outbound(
        story.mailbox,
        [PAUL],
        reply_to=sent,
        sent_at=story.at("Mon 2027-11-22 13:00"),
        internet_message_id=outcomes[0]["internet_message_id"],
        body_text="Bonjour, je reviens vers vous.",
    )
    story.ingest(copy, story.at("Mon 2027-11-22 13:05"))
    assert counts(story, sent) == (1, 0, 1)
    assert story.due(sent) == "Mon 2027-11-22 17:00"
    no_problems(story)


def test_r4_manual_followup_on_the_friday_before_the_october_change(conn: Any) -> None:
    """R4 with R2's zone: Claire writes by hand Fri 26 Oct 2029 16:00 (CEST): 16-18 = 2 h, Mon 29 Oct 07-09 CET: due
    Mon 09:00 CET = 08:00 UTC."""
    story = Story(conn)
    sent = story.send("Thu 2029-10-25 09:00", [PAUL])
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Fri 2029-10-26 16:00")), story.at("Fri 2029-10-26 16:00")
    )
    assert due_instant(story, sent) == utc("2029-10-29 08:00")


def test_r4_manual_reply_to_the_engines_followup_counts_and_reschedules(conn: Any) -> None:
    """R4: "An outbound message from the mailbox in a tracked conversation, after the tracked email, that is not one
    of the engine's own sends, is a manual follow-up". Claire answers the engine's follow-up 1 (sent 13:00) by hand
    at 15:00: 1 automatic + 1 manual; next due 15:00 + 4 h = 3 h Mon + 1 h Tue = Tue 08:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    engine_message = Message(
        {
            "internet_message_id": outcomes[0]["internet_message_id"],
            "references": [sent.internet_message_id],
            "provider_thread_id": sent.thread,
            "subject": "RE: " + sent.subject,
            "to": [addr(PAUL)],
        }
    )
    story.send("Mon 2027-11-22 15:00", [PAUL], reply_to=engine_message)
    assert counts(story, sent) == (1, 1, 2)
    assert story.due(sent) == "Tue 2027-11-23 08:00"
    no_problems(story)


def test_r3_maximum_of_two_reached_by_hand_cancels_the_automatic_one(conn: Any) -> None:
    """R3: "reaching it completes the tracked email (status `completed`), nothing more is scheduled"; manual follow-ups
    count (R4). Claire's mailbox allows 2; she writes twice by hand: completed, nothing pending, nothing ever sent,
    and the timeline says it completed (R12)."""
    story = Story(conn)
    mailbox_settings(story, story.mailbox_id, '{"max_followups": 2}')
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    for when in ("Mon 2027-11-22 09:30", "Mon 2027-11-22 10:00"):
        story.ingest(manual_followup(story.mailbox, sent, sent_at=story.at(when)), story.at(when))
    row = story.tracked(sent)
    assert row["status"] == "completed"
    assert counts(story, sent) == (0, 2, 2)
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 14:00") == []
    assert any(kind == "completed" for kind, _ in story.timeline(sent))
    no_problems(story)


def test_r5_prospect_answering_a_colleague_mailbox_stops_the_chase(conn: Any) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (a team setting, on by default): a prospect who writes back, whatever the subject, is never chased." Paul,
    chased by Claire, writes to Marc's mailbox about something else: Claire's tracked email is answered, nothing goes
    out at 13:00."""
    story = Story(conn)
    box = colleague(story)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    to_marc = inbound(box, PAUL, received_at=story.at("Mon 2027-11-22 11:00"), subject="Question sur mon PEA")
    story.ingest(to_marc, story.at("Mon 2027-11-22 11:00"), mailbox=box.mailbox_id)
    assert story.tracked(sent)["status"] == "replied"
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    no_problems(story)


# R6 Out of office -------------------------------------------------------------------------------------------------


def test_r6_return_date_already_past_changes_nothing(conn: Any) -> None:
    """R6: the hold lasts "until the first working hour of the next working day after that date". An out-of-office
    left on since last week says back Fri 19 Nov 2027: that is Mon 22 Nov 07:00, already past when Claire sends at
    09:00; the follow-up stays due 13:00 and goes out then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    ooo(story, sent, "Mon 2027-11-22 09:01", "2027-11-19")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1


def test_r6_return_date_within_ninety_days_holds_for_three_months(conn: Any) -> None:
    """R6: "When it names a return date within 90 days". Paul's sabbatical ends Fri 18 Feb 2028, 88 days after Mon
    22 Nov 2027: held until Mon 21 Feb 07:00, + 4 h = 11:00 (sent and held at the same minute). Nothing before."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    ooo(story, sent, "Mon 2027-11-22 09:00", "2028-02-18")
    assert story.due(sent) == "Mon 2028-02-21 11:00"
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    assert sent_now(story, "Mon 2028-01-10 10:00") == []


def test_r6_return_date_beyond_ninety_days_by_a_little_does_not_hold(conn: Any) -> None:
    """R6: only "a return date within 90 days" holds. Tue 22 Feb 2028 is 92 days after Mon 22 Nov 2027: no hold,
    the follow-up stays due 13:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    ooo(story, sent, "Mon 2027-11-22 09:00", "2028-02-22")
    assert story.due(sent) == "Mon 2027-11-22 13:00"


def test_r6_hold_spans_the_mailboxes_of_the_team(conn: Any) -> None:
    """R6: "The hold belongs to the person (the address), so every tracked email to that address waits." Claire and
    Marc (his own mailbox) both write to Paul on Mon 22 Nov 2027 09:00; Paul's out-of-office answers Claire: back
    Fri 26 Nov. Both wait until Mon 29 Nov 07:00, + 4 h = 11:00; nothing goes to Paul before."""
    story = Story(conn)
    box = colleague(story)
    claire_sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    marc_sent = send_from(story, box, story.at("Mon 2027-11-22 09:00"), [PAUL], "Votre déclaration de succession")
    ooo(story, claire_sent, "Mon 2027-11-22 09:00", "2027-11-26")
    assert story.due(claire_sent) == "Mon 2027-11-29 11:00"
    assert story.due(marc_sent) == "Mon 2027-11-29 11:00"
    for when in ("Mon 2027-11-22 13:00", "Thu 2027-11-25 10:00"):
        assert sent_now(story, when, echo=False) == []


def test_r6_second_out_of_office_extends_the_hold(conn: Any) -> None:
    """R6: a second automatic reply naming a later date extends the hold of the person. First: back Fri 26 Nov 2027.
    Wed 24 Nov 10:00 Claire writes to Paul again; his answer now says back Fri 3 Dec. Both tracked emails wait until
    Mon 6 Dec 07:00, + 4 h = 11:00 (no interval ran: the first was held at the minute it was sent, the second sent
    during the hold)."""
    story = Story(conn)
    first = story.send("Mon 2027-11-22 09:00", [PAUL], "Votre PER")
    ooo(story, first, "Mon 2027-11-22 09:00", "2027-11-26")
    second = story.send("Wed 2027-11-24 10:00", [PAUL], "Votre assurance-vie")
    ooo(story, second, "Wed 2027-11-24 10:00", "2027-12-03")
    assert (story.due(first), story.due(second)) == ("Mon 2027-12-06 11:00", "Mon 2027-12-06 11:00")
    assert sent_now(story, "Mon 2027-11-29 11:00") == []
    assert sent_now(story, "Fri 2027-12-03 15:00") == []


def test_r6_return_the_day_before_the_fourteenth_of_july(conn: Any) -> None:
    """R6: "the first working hour of the next working day after that date". Back Thu 13 July 2028; Fri 14 July is a
    holiday, then the weekend: held until Mon 17 July 07:00, + 4 h = 11:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-07-03 09:00", [PAUL])
    ooo(story, sent, "Mon 2028-07-03 09:00", "2028-07-13")
    assert story.due(sent) == "Mon 2028-07-17 11:00"


def test_r6_hold_ending_after_the_october_change(conn: Any) -> None:
    """R6 with R2's zone: back Fri 26 Oct 2029, the next working day is Mon 29 Oct (after the change to CET): held
    until 07:00 CET, + 4 h = 11:00 CET = 10:00 UTC."""
    story = Story(conn)
    sent = story.send("Mon 2029-10-22 09:00", [PAUL])
    ooo(story, sent, "Mon 2029-10-22 09:00", "2029-10-26")
    assert due_instant(story, sent) == utc("2029-10-29 10:00")


def test_r4_r6_manual_followup_during_the_hold_does_not_end_it(conn: Any) -> None:
    """R4: a manual follow-up counts and reschedules the automatic one; R6: "the next follow-up is held until the
    first working hour of the next working day after that date". Paul is away until Fri 26 Nov 2027; Claire writes
    to him by hand on Wed 24 Nov 10:00 anyway: it counts, but nothing automatic goes out before Mon 29 Nov 07:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    ooo(story, sent, "Mon 2027-11-22 09:00", "2027-11-26")
    story.ingest(
        manual_followup(story.mailbox, sent, sent_at=story.at("Wed 2027-11-24 10:00")), story.at("Wed 2027-11-24 10:00")
    )
    assert counts(story, sent) == (0, 1, 1)
    due = due_instant(story, sent)
    assert due is not None and due >= story.at("Mon 2027-11-29 07:00")
    assert sent_now(story, "Wed 2027-11-24 14:00") == []
    assert sent_now(story, "Fri 2027-11-26 17:00") == []
    no_problems(story)


# R7 Bounce --------------------------------------------------------------------------------------------------------


def test_r7_reports_add_up_over_three_recipients_and_a_transient_failure(conn: Any) -> None:
    """R7: stops only when "the reports received so far fail every recipient permanently", at that ingest. To Paul,
    Jeanne and Sophie. 09:02 Paul fails for good: active. 09:05 a report fails Sophie for good and Jeanne for now
    (4.2.2 mailbox full): still active, Jeanne not undeliverable. Tue 09:00 Jeanne's server gives up (5.x.x): every
    recipient has failed permanently: bounced at that ingest, nothing pending."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE, SOPHIE])
    dsn(story, sent, "Mon 2027-11-22 09:02", {PAUL: True}, "mailer-daemon@client-patrimoine.fr")
    assert story.tracked(sent)["status"] == "active"
    dsn(story, sent, "Mon 2027-11-22 09:05", {SOPHIE: True, JEANNE: False}, "mailer-daemon@mx.example.net")
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    assert JEANNE not in suppressed(story)
    dsn(story, sent, "Tue 2027-11-23 09:00", {JEANNE: True}, "postmaster@groupe-leroy.fr")
    assert story.tracked(sent)["status"] == "bounced"
    assert story.due(sent) is None
    assert {PAUL, JEANNE, SOPHIE} <= suppressed(story)
    no_problems(story)


def test_r7_transient_failure_leaves_the_followup_on_time(conn: Any) -> None:
    """R7: only a permanent failure of every recipient stops it; a 4.x.x report (greylisting) stops nothing: the
    follow-up goes out at 13:00 to Paul."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    dsn(story, sent, "Mon 2027-11-22 09:10", {PAUL: False}, "mailer-daemon@client-patrimoine.fr")
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    assert PAUL in [r.lower() for r in outcomes[0]["recipients"]]
    assert story.tracked(sent)["status"] == "active"


def test_r7_undeliverable_address_is_never_chased_from_a_colleague_mailbox(conn: Any) -> None:
    """R7: "the address is marked undeliverable for the team"; R9: the claim refuses when "the address is
    suppressed". Paul's address bounces for good on Claire's email; Marc later writes to him from his own mailbox:
    no follow-up ever goes to Paul."""
    story = Story(conn)
    box = colleague(story)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    story.ingest(bounce(sent, received_at=story.at("Mon 2027-11-22 09:02")), story.at("Mon 2027-11-22 09:02"))
    assert story.tracked(sent)["status"] == "bounced"
    send_from(story, box, story.at("Tue 2027-11-23 09:00"), [PAUL], "Nouvelle proposition")
    outcomes = []
    for when in ("Tue 2027-11-23 13:00", "Tue 2027-11-23 17:00", "Wed 2027-11-24 12:00"):
        outcomes += sent_now(story, when, echo=False)
    assert all(PAUL not in [r.lower() for r in o["recipients"]] for o in outcomes), outcomes


# R8 Opt-out -------------------------------------------------------------------------------------------------------


def test_r8_suppression_covers_a_colleague_mailbox_and_the_timeline_says_why(conn: Any) -> None:
    """R8: "puts the address on the team's suppression list ... a new message to a suppressed address is recorded as
    not tracked, and the timeline says why." Paul opts out on Claire's email; two weeks later Marc, from his own
    mailbox, writes to him: not tracked, nothing scheduled, an event says why, nothing sent."""
    story = Story(conn)
    box = colleague(story)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    opt_out(story, sent, "Mon 2027-11-22 10:00")
    assert story.tracked(sent)["status"] == "opted_out"
    send_from(story, box, story.at("Mon 2027-12-06 09:00"), [PAUL], "Invitation : conférence fiscalité")
    message_id = story.last_result["message_id"]
    assert (
        query_rows(conn, "select id from public.tracked_emails where message_id = %s and status = 'active'", message_id)
        == []
    )
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
    assert sent_now(story, "Mon 2027-12-06 13:00", echo=False) == []
    no_problems(story)


def test_r8_another_team_is_not_affected_by_the_suppression(conn: Any) -> None:
    """R8: the address goes on "the team's suppression list": another firm writing to Paul tracks and follows up as
    usual (Mon 22 Nov 2027 11:00 + 4 h = 15:00)."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    opt_out(story, sent, "Mon 2027-11-22 10:00")
    other = make_team_with_mailbox(
        conn,
        address="luc@autre-cabinet.fr",
        domains=("autre-cabinet.fr",),
        team_name="Autre Cabinet",
        settings={"time_zone": "Europe/Paris", "holiday_calendar": "fr"},
    )
    theirs = outbound(other, [PAUL], sent_at=story.at("Mon 2027-11-22 11:00"), subject="Notre offre")
    story.ingest(theirs, story.at("Mon 2027-11-22 11:00"), mailbox=other.mailbox_id)
    assert PAUL not in suppressed(story, other.team_id)
    row = story.tracked(theirs)
    assert row["status"] == "active"
    assert story.local(row["next_followup_due_at"]) == "Mon 2027-11-22 15:00"
    outcomes = sent_now(story, "Mon 2027-11-22 15:00", echo=False)
    assert len(outcomes) == 1


def test_r8_one_recipient_of_a_group_email_opts_out(conn: Any) -> None:
    """R8: the reply that asks to stop "stops it (status `opted_out`) and puts the address on the team's suppression
    list": Jeanne's address, not Paul's, who asked nothing."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL, JEANNE], "Réunion de famille : donation-partage")
    opt_out(story, sent, "Mon 2027-11-22 10:00", JEANNE, "Retirez-moi de votre liste.")
    assert story.tracked(sent)["status"] == "opted_out"
    assert JEANNE in suppressed(story)
    assert PAUL not in suppressed(story)
    assert story.due(sent) is None
    assert sent_now(story, "Mon 2027-11-22 13:00") == []


def test_r8_opt_out_written_in_a_new_conversation(conn: Any) -> None:
    """R5: a recipient's human message "in any other conversation counts as an answer too"; R8: "A reply that asks
    to stop ... puts the address on the team's suppression list. Nothing is ever sent to a suppressed address". Paul
    writes a new email, "Merci de ne plus me contacter": the tracked email stops, Paul is suppressed, nothing goes
    out."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    body = "Bonjour, merci de ne plus me contacter."
    story.receive(
        "Mon 2027-11-22 10:00",
        PAUL,
        subject="Vos messages",
        body=body,
        analysis={"kind": "human", "new_text": body, "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )
    assert story.tracked(sent)["status"] in ("opted_out", "replied")
    assert PAUL in suppressed(story)
    assert sent_now(story, "Mon 2027-11-22 13:00") == []


def test_r8_suppressed_address_written_with_another_case_of_domain(conn: Any) -> None:
    """R8: "a new message to a suppressed address is recorded as not tracked": the domain of an address has no case
    (RFC 5321), so paul.martin@CLIENT-PATRIMOINE.FR is the suppressed address."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    opt_out(story, sent, "Mon 2027-11-22 10:00")
    story.send("Mon 2027-12-06 09:00", ["paul.martin@CLIENT-PATRIMOINE.FR"], "Nos voeux")
    message_id = story.last_result["message_id"]
    assert (
        query_rows(conn, "select id from public.tracked_emails where message_id = %s and status = 'active'", message_id)
        == []
    )
    assert sent_now(story, "Mon 2027-12-06 13:00") == []


# R11 Pause ------------------------------------------------------------------------------------------------------


def test_r11_christmas_holidays_resume_reschedules_overdue_from_the_resume_time(conn: Any) -> None:
    """R11: "Resuming never sends a backlog burst: overdue follow-ups are rescheduled from the resume time." Three
    emails Fri 17 Dec 2027 15:00 (due Mon 20 Dec 08:00: 3 h Fri + 1 h Mon). Claire pauses her mailbox Fri 17:30 and
    resumes Mon 3 Jan 2028 09:00: each due 09:00 + 4 h = 13:00; nothing at 09:00 or 12:59."""
    story = Story(conn)
    emails = [
        story.send("Fri 2027-12-17 15:00", [who], f"Bilan annuel {i}") for i, who in enumerate((PAUL, JEANNE, SOPHIE))
    ]
    assert all(story.due(e) == "Mon 2027-12-20 08:00" for e in emails)
    assert rpc(story, "pause_mailbox", story.mailbox_id, "Fri 2027-12-17 17:30")
    assert sent_now(story, "Mon 2027-12-20 08:00") == []
    assert sent_now(story, "Tue 2027-12-28 10:00") == []
    assert rpc(story, "resume_mailbox", story.mailbox_id, "Mon 2028-01-03 09:00")
    assert [story.due(e) for e in emails] == ["Mon 2028-01-03 13:00"] * 3
    assert sent_now(story, "Mon 2028-01-03 09:00") == []
    assert sent_now(story, "Mon 2028-01-03 12:59") == []
    assert len(sent_now(story, "Mon 2028-01-03 13:00")) == 3
    no_problems(story)


def test_r11_mailbox_resumed_after_the_october_change(conn: Any) -> None:
    """R11 with R2's zone: sent Thu 25 Oct 2029 09:00 (due 13:00), the mailbox paused Thu 10:00 and resumed Mon 29 Oct
    08:00 (CET, 07:00 UTC): due 08:00 + 4 h = 12:00 CET = 11:00 UTC."""
    story = Story(conn)
    sent = story.send("Thu 2029-10-25 09:00", [PAUL])
    assert rpc(story, "pause_mailbox", story.mailbox_id, "Thu 2029-10-25 10:00")
    assert sent_now(story, "Thu 2029-10-25 13:00") == []
    assert rpc(story, "resume_mailbox", story.mailbox_id, "Mon 2029-10-29 08:00")
    assert due_instant(story, sent) == utc("2029-10-29 11:00")


def test_r11_followup_not_yet_due_at_resume_keeps_its_time(conn: Any) -> None:
    """R11: only "overdue follow-ups are rescheduled from the resume time". Due Mon 20 Dec 2027 08:00; the mailbox
    is paused Fri 17:30 and resumed Mon 07:30, before it was due: it stays due 08:00."""
    story = Story(conn)
    sent = story.send("Fri 2027-12-17 15:00", [PAUL])
    assert rpc(story, "pause_mailbox", story.mailbox_id, "Fri 2027-12-17 17:30")
    assert rpc(story, "resume_mailbox", story.mailbox_id, "Mon 2027-12-20 07:30")
    assert story.due(sent) == "Mon 2027-12-20 08:00"


def test_r11_resume_on_a_saturday_counts_from_monday_morning(conn: Any) -> None:
    """R11 with R2: rescheduled "from the resume time", in working time. Paused Mon 22 Nov 2027 10:00 (due 13:00),
    resumed Sat 27 Nov 10:00: the clock starts Mon 29 Nov 07:00, + 4 h = 11:00; nothing on the weekend."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert story.pause(sent, "Mon 2027-11-22 10:00")
    assert story.resume(sent, "Sat 2027-11-27 10:00")
    assert story.due(sent) == "Mon 2027-11-29 11:00"
    assert sent_now(story, "Sat 2027-11-27 14:00") == []


def test_r11_team_switch_lifted_while_the_mailbox_is_still_paused(conn: Any) -> None:
    """R11 / R9: the claim refuses when "the mailbox is paused". Claire's mailbox is paused (holidays) Mon 22 Nov 2027
    10:00, then the whole team at 10:30; the team switch is lifted Tue 09:00: her mailbox still sends nothing. She
    resumes Wed 24 Nov 09:00: the overdue follow-up is due 09:00 + 4 h = 13:00, and goes then."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    assert rpc(story, "pause_mailbox", story.mailbox_id, "Mon 2027-11-22 10:00")
    with acting_as(conn, "service_role", story.owner, commit=True):
        conn.execute("select public.pause_team(%s, %s, %s)", (story.team_id, "audit", story.at("Mon 2027-11-22 10:30")))
        conn.execute("select public.resume_team(%s, %s)", (story.team_id, story.at("Tue 2027-11-23 09:00")))
    assert sent_now(story, "Tue 2027-11-23 13:00") == []
    assert sent_now(story, "Tue 2027-11-23 17:00") == []
    assert rpc(story, "resume_mailbox", story.mailbox_id, "Wed 2027-11-24 09:00")
    assert story.due(sent) == "Wed 2027-11-24 13:00"
    assert sent_now(story, "Wed 2027-11-24 12:00") == []
    assert len(sent_now(story, "Wed 2027-11-24 13:00")) == 1
    no_problems(story)


def test_r11_kill_switch_lifted_reschedules_overdue_from_the_resume_time(conn: Any) -> None:
    """R11: "a whole team (kill switch) can be paused and resumed. Resuming never sends a backlog burst: overdue
    follow-ups are rescheduled from the resume time." Switch on Mon 22 Nov 2027 10:00 (follow-up due 13:00), off
    Wed 24 Nov 10:00: due 10:00 + 4 h = 14:00, nothing before."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    with acting_as(conn, "service_role", story.owner, commit=True):
        conn.execute("select public.pause_team(%s, %s, %s)", (story.team_id, "audit", story.at("Mon 2027-11-22 10:00")))
    assert sent_now(story, "Mon 2027-11-22 13:00") == []
    with acting_as(conn, "service_role", story.owner, commit=True):
        conn.execute("select public.resume_team(%s, %s)", (story.team_id, story.at("Wed 2027-11-24 10:00")))
    assert story.due(sent) == "Wed 2027-11-24 14:00"
    assert sent_now(story, "Wed 2027-11-24 10:01") == []
    assert len(sent_now(story, "Wed 2027-11-24 14:00")) == 1


def test_r9_daily_cap_holds_each_day_and_sending_goes_on_the_next_day(conn: Any) -> None:
    """Settings: "sends per mailbox per day"; R9: the claim refuses when the mailbox is "over its daily cap". Cap 2,
    three prospects written to Mon 22 Nov 2027 09:00 (nine follow-ups to send in all). A tick and a worker every
    working hour: exactly 2 go out on Monday (13:00), and the next days resume, 2 a day, never more."""
    story = Story(conn, daily_send_cap=2)
    for i, who in enumerate((PAUL, JEANNE, SOPHIE)):
        story.send("Mon 2027-11-22 09:00", [who], f"Proposition {i}")
    per_day: dict[str, int] = {}
    moment = story.at("Mon 2027-11-22 13:00")
    while moment < story.at("Thu 2027-11-25 18:00"):
        if 7 <= moment.hour < 18:
            local = moment.strftime("%a %Y-%m-%d %H:%M")
            per_day[local[:14]] = per_day.get(local[:14], 0) + len(sent_now(story, local))
        moment += dt.timedelta(hours=1)
    assert per_day == {
        "Mon 2027-11-22": 2,
        "Tue 2027-11-23": 2,
        "Wed 2027-11-24": 2,
        "Thu 2027-11-25": 2,
    }
    no_problems(story)


def test_r10_r2_retry_after_running_past_closing_time_waits_for_the_morning(conn: Any) -> None:
    """R10: a 429 retries "with backoff that honours `Retry-After`"; R2: "a claim refuses an instant outside working
    time". Sent Mon 22 Nov 2027 13:50, due 17:50; Graph answers 429, Retry-After 1800 s: not before 18:20, which is
    after closing: nothing in the evening or night, it goes on Tuesday morning (between 07:00 and 09:00)."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 13:50", [PAUL])
    assert story.due(sent) == "Mon 2027-11-22 17:50"
    story.tick("Mon 2027-11-22 17:50")
    rows = read_queue(conn)
    assert len(rows) == 1
    context = story.claim(rows[0][1], story.at("Mon 2027-11-22 17:50"))
    assert context["ok"], context
    conn.execute(
        "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
        (rows[0][1], context["claim_token"], "429 Too Many Requests", "retry", 1800, story.at("Mon 2027-11-22 17:50")),
    )
    evening = []
    for when in ("Mon 2027-11-22 18:20", "Mon 2027-11-22 19:00", "Mon 2027-11-22 23:00", "Tue 2027-11-23 03:00"):
        evening += sent_now(story, when)
    assert evening == []
    morning = []
    for when in ("Tue 2027-11-23 07:00", "Tue 2027-11-23 08:00", "Tue 2027-11-23 09:00"):
        morning += sent_now(story, when)
    assert len(morning) == 1
    assert story.tracked(sent)["automatic_sent"] == 1


# R14 Direction ----------------------------------------------------------------------------------------------------


def test_r14_forged_relance_header_in_the_inbox_is_not_the_engines_echo(conn: Any) -> None:
    """R14: "A `From` header naming the mailbox proves nothing ... a spoofed message in the inbox must never be
    tracked or answered as the user's own." A message in the inbox, From Claire, in the thread, carrying the pending
    follow-up's `X-Relance-Followup-Id`: it is not her follow-up: nothing counted, the follow-up still goes at
    13:00."""
    story = Story(conn)
    sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    pending = story.pending(sent)
    assert pending is not None
    forged = inbound(
        story.mailbox,
        story.address,
        received_at=story.at("Mon 2027-11-22 10:00"),
        reply_to=sent,
        headers={"x-relance-followup-id": str(pending["id"])},
        body_text="Bonjour, je reviens vers vous.",
    )
    forged["to"] = [addr(PAUL)]
    story.ingest(forged, story.at("Mon 2027-11-22 10:00"))
    assert counts(story, sent) == (0, 0, 0)
    assert story.due(sent) == "Mon 2027-11-22 13:00"
    assert len(sent_now(story, "Mon 2027-11-22 13:00")) == 1
    assert counts(story, sent) == (1, 0, 1)


# R15 Not now ------------------------------------------------------------------------------------------------------


def test_r15_resume_at_the_first_working_hour_after_the_spring_change(conn: Any) -> None:
    """R15: with `resume_after_not_now`, "the engine sends one follow-up at the first working hour of that date".
    "Recontactez-moi le 26 mars" (2029, the Monday after the change to CEST): Mon 26 Mar 07:00 CEST = 05:00 UTC."""
    story = Story(conn, resume_after_not_now=True)
    sent = story.send("Mon 2029-03-12 09:00", [PAUL])
    not_now(story, sent, "Mon 2029-03-12 11:00", "2029-03-26", "Recontactez-moi le 26 mars.")
    assert story.tracked(sent)["status"] == "replied"
    assert sent_now(story, "Mon 2029-03-12 13:00") == []
    assert sent_now(story, "Mon 2029-03-26 06:59") == []
    outcomes = sent_now(story, "Mon 2029-03-26 07:00")
    assert len(outcomes) == 1
    assert outcomes[0]["provider_thread_id"] == sent.thread


def test_r15_resume_uses_the_mailbox_working_hours(conn: Any) -> None:
    """R15: "the first working hour of that date" in the mailbox's settings: Claire works 09:00-17:00, so "après le
    10 janvier" (Tue 11 Jan 2028) resumes at 09:00, not 07:00."""
    story = Story(conn, resume_after_not_now=True)
    mailbox_settings(story, story.mailbox_id, '{"working_hours_start": "09:00", "working_hours_end": "17:00"}')
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    not_now(story, sent, "Mon 2027-12-13 11:00", "2028-01-11", "Recontactez-moi après le 10 janvier.")
    assert sent_now(story, "Tue 2028-01-11 07:00") == []
    assert sent_now(story, "Tue 2028-01-11 08:59") == []
    assert len(sent_now(story, "Tue 2028-01-11 09:00")) == 1


def test_r15_new_answer_before_the_date_cancels_the_resume(conn: Any) -> None:
    """R15 / R13: "No follow-up is ever sent after an answer was received in its conversation." Paul said "after the
    10th of January", then writes again on Wed 5 Jan 2028 ("finalement, appelez-moi"): the resume of Tue 11 Jan must
    not go out."""
    story = Story(conn, resume_after_not_now=True)
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    not_now(story, sent, "Mon 2027-12-13 11:00", "2028-01-11", "Call me after the 10th of January.")
    story.receive("Wed 2028-01-05 10:00", PAUL, reply_to=sent, body="Finalement, appelez-moi dès que possible.")
    assert sent_now(story, "Tue 2028-01-11 07:00") == []
    assert sent_now(story, "Tue 2028-01-11 12:00") == []
    assert story.violations() == []


def test_r15_opt_out_before_the_date_cancels_the_resume(conn: Any) -> None:
    """R8: "Nothing is ever sent to a suppressed address, and nothing is scheduled for it". Paul asked to be contacted
    after 10 January, then on Wed 5 Jan 2028 asks to be left alone: suppressed, and nothing goes out on the 11th."""
    story = Story(conn, resume_after_not_now=True)
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    not_now(story, sent, "Mon 2027-12-13 11:00", "2028-01-11", "Recontactez-moi après le 10 janvier.")
    opt_out(story, sent, "Wed 2028-01-05 10:00")
    assert PAUL in suppressed(story)
    assert sent_now(story, "Tue 2028-01-11 07:00") == []
    assert sent_now(story, "Tue 2028-01-11 12:00") == []


def test_r15_setting_off_reminder_only_then_owner_asks_to_resume(conn: Any) -> None:
    """R15: with `resume_after_not_now` off (the default) only a reminder is set (Tue 11 Jan 2028) and nothing is sent;
    the owner then asks that the sequence resume (`resume_after_not_now(reminder)`, the catalog's contract): at the
    first working hour of that date, Tue 11 Jan 07:00, one follow-up in the thread."""
    story = Story(conn)
    sent = story.send("Mon 2027-12-13 09:00", [PAUL])
    not_now(story, sent, "Mon 2027-12-13 11:00", "2028-01-11", "Recontactez-moi après le 10 janvier.")
    tracked_id = story.tracked(sent)["tracked_email_id"]
    reminders = query_rows(conn, "select id, due_on from public.reminders where tracked_email_id = %s", tracked_id)
    assert [r["due_on"] for r in reminders] == [dt.date(2028, 1, 11)]
    assert sent_now(story, "Mon 2027-12-13 13:00") == []
    with acting_as(conn, "service_role", story.owner, commit=True):
        at = conn.execute(
            "select public.resume_after_not_now(%s, true, %s)", (reminders[0]["id"], story.at("Mon 2028-01-10 15:00"))
        ).fetchone()[0]
    # Asked the day before: the first working hour of Tue 11 Jan is 07:00.
    assert at == story.at("Tue 2028-01-11 07:00")
    assert sent_now(story, "Tue 2028-01-11 06:59") == []
    outcomes = sent_now(story, "Tue 2028-01-11 07:00")
    assert len(outcomes) == 1
    assert outcomes[0]["provider_thread_id"] == sent.thread
    assert sent_now(story, "Wed 2028-01-12 12:00") == []


# R16 Templates ----------------------------------------------------------------------------------------------------


def _template(story: Story, step: int, language: str, body: str, mailbox: uuid.UUID | None = None) -> Any:
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        row = story.conn.execute(
            "select id from public.create_followup_template(p_team_id => %s, p_step => %s, p_language => %s,"
            " p_body_text => %s, p_mailbox_id => %s)",
            (story.team_id, step, language, body, mailbox),
        ).fetchone()
    assert row is not None
    return row[0]


def test_r16_the_language_of_the_tracked_email_picks_the_template(conn: Any) -> None:
    """R16: "What a follow-up says comes from the team's templates (per step, per language ...), in the language of
    the tracked email". One email in English to a London client, one in French to Paul: each follow-up speaks the
    email's language."""
    story = Story(conn)
    _template(story, 1, "fr", "Bonjour, avez-vous pu lire notre proposition ?")
    _template(story, 1, "en", "Hello, have you had a chance to read our proposal?")
    english = outbound(
        story.mailbox,
        ["james.smith@london-wealth.co.uk"],
        sent_at=story.at("Mon 2027-11-22 09:00"),
        subject="Your wealth review",
        body_text="Dear James, please find attached our proposal for your portfolio. Kind regards, Claire",
    )
    english["analysis"] = {"language": "en"}
    story.ingest(english, story.at("Mon 2027-11-22 09:00"))
    french = outbound(
        story.mailbox,
        [PAUL],
        sent_at=story.at("Mon 2027-11-22 09:00"),
        subject="Votre bilan",
        body_text="Bonjour Paul, veuillez trouver ci-joint notre proposition. Bien cordialement, Claire",
    )
    french["analysis"] = {"language": "fr"}
    story.ingest(french, story.at("Mon 2027-11-22 09:00"))
    outcomes = {o["tracked_email_id"]: o for o in sent_now(story, "Mon 2027-11-22 13:00")}
    assert len(outcomes) == 2
    en_body = outcomes[str(story.tracked(english)["tracked_email_id"])]["body_text"]
    fr_body = outcomes[str(story.tracked(french)["tracked_email_id"])]["body_text"]
    assert "have you had a chance" in en_body
    assert "avez-vous pu lire" in fr_body


def test_r16_mailbox_template_beats_the_team_template(conn: Any) -> None:
    """R16: templates "per step, per language, optionally per mailbox". Marc has his own step-1 text; Claire gets
    the team's (both emails in French, the team's default language too)."""
    story = Story(conn, default_language="fr")
    box = colleague(story)
    _template(story, 1, "fr", "Texte de l'équipe : avez-vous pu regarder ?")
    _template(story, 1, "fr", "Texte de Marc : un café pour en parler ?", box.mailbox_id)
    claire_sent = story.send("Mon 2027-11-22 09:00", [PAUL])
    marc_sent = send_from(story, box, story.at("Mon 2027-11-22 09:00"), [JEANNE], "Votre succession")
    outcomes = {o["tracked_email_id"]: o for o in sent_now(story, "Mon 2027-11-22 13:00", echo=False)}
    assert len(outcomes) == 2
    assert "Texte de l'équipe" in outcomes[str(story.tracked(claire_sent)["tracked_email_id"])]["body_text"]
    assert "Texte de Marc" in outcomes[str(story.tracked(marc_sent)["tracked_email_id"])]["body_text"]


def test_r16_english_email_without_english_template_never_gets_the_french_one(conn: Any) -> None:
    """R16: "in the language of the tracked email ... Without templates, the built-in French and English texts
    apply." The team wrote only a French step-1 template; an email in English gets an English text (the built-in
    one), never the French template."""
    story = Story(conn, default_language="fr")
    _template(story, 1, "fr", "Bonjour, avez-vous pu lire notre proposition ?")
    english = outbound(
        story.mailbox,
        ["james.smith@london-wealth.co.uk"],
        sent_at=story.at("Mon 2027-11-22 09:00"),
        subject="Your wealth review",
        body_text="Dear James, please find attached our proposal for your portfolio. Kind regards, Claire",
    )
    english["analysis"] = {"language": "en"}
    story.ingest(english, story.at("Mon 2027-11-22 09:00"))
    outcomes = sent_now(story, "Mon 2027-11-22 13:00")
    assert len(outcomes) == 1
    body = outcomes[0]["body_text"]
    assert body.strip()
    assert "avez-vous pu lire" not in body
    assert outcomes[0]["template_id"] is None


# Whole-story invariants ------------------------------------------------------------------------------------------


def test_r3_r12_r13_a_month_of_mixed_events_keeps_every_invariant(conn: Any) -> None:
    """R3, R12, R13 over a month: five prospects written to on Mon 22 Nov 2027 09:00, the scheduler and a worker every
    working hour. Paul's out-of-office (back Fri 26 Nov, at 09:00): held until Mon 29 Nov 07:00, then 11:00, 15:00,
    Tue 30 Nov 08:00 (3 h + 1 h): completed. Jeanne bounces (09:06): bounced. Sophie opts out (11:00). Luc gets
    13:00 and 17:00, then Claire writes by hand Tue 23 Nov 10:00 (when his third was due): 2 + 1 = 3, completed.
    Anne answers Mon 15:00 after one follow-up: replied. Nothing to Jeanne or Sophie, R13's view empty, every state
    with its event."""
    story = Story(conn)
    luc, anne = "luc.fabre@fabre-associes.fr", "anne.roy@roy-conseil.fr"
    people = [PAUL, JEANNE, SOPHIE, luc, anne]
    emails = {p: story.send("Mon 2027-11-22 09:00", [p], f"Proposition {i}") for i, p in enumerate(people)}
    ooo(story, emails[PAUL], "Mon 2027-11-22 09:00", "2027-11-26")
    story.ingest(bounce(emails[JEANNE], received_at=story.at("Mon 2027-11-22 09:06")), story.at("Mon 2027-11-22 09:06"))
    events = {
        "Mon 2027-11-22 11:00": lambda: opt_out(story, emails[SOPHIE], "Mon 2027-11-22 11:00", SOPHIE),
        "Mon 2027-11-22 15:00": lambda: story.ingest(
            inbound_reply(emails[anne], received_at=story.at("Mon 2027-11-22 15:00")), story.at("Mon 2027-11-22 15:00")
        ),
        "Tue 2027-11-23 10:00": lambda: story.ingest(
            manual_followup(story.mailbox, emails[luc], sent_at=story.at("Tue 2027-11-23 10:00")),
            story.at("Tue 2027-11-23 10:00"),
        ),
    }
    sent_to: list[str] = []
    moment = story.at("Mon 2027-11-22 10:00")
    while moment < story.at("Fri 2027-12-17 18:00"):
        if moment.weekday() < 5 and 7 <= moment.hour < 18:
            local = moment.strftime("%a %Y-%m-%d %H:%M")
            if local in events:
                events[local]()
            for o in sent_now(story, local):
                sent_to += [r.lower() for r in o["recipients"]]
        moment += dt.timedelta(hours=1)
    assert JEANNE not in sent_to and SOPHIE not in sent_to
    assert sent_to.count(PAUL) == 3 and sent_to.count(luc) == 2 and sent_to.count(anne) == 1
    assert story.tracked(emails[JEANNE])["status"] == "bounced"
    assert story.tracked(emails[SOPHIE])["status"] == "opted_out"
    assert story.tracked(emails[anne])["status"] == "replied"
    assert story.tracked(emails[PAUL])["status"] == "completed"
    assert story.tracked(emails[luc])["status"] == "completed"
    assert counts(story, emails[luc]) == (2, 1, 3)
    assert story.violations() == []
    no_problems(story)
    assert run_scheduler(conn, story.at("Mon 2027-12-20 10:00")) == 0
    assert read_queue(conn) == []
