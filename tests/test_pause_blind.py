"""Blind acceptance scenarios for R11 (pause and resume), written from BEHAVIOUR.md alone, where R11 meets R1, R2,
R3, R4, R5, R6, R9 and R12.

R11: "A tracked email, a mailbox (holidays) or a whole team (kill switch) can be paused and resumed. Resuming never
sends a backlog burst: overdue follow-ups are rescheduled from the resume time." Read with R2, "rescheduled from the
resume time" means resume time + one interval, counted in working time (the clock only runs inside working hours,
on working days, off holidays, in the mailbox's zone), so a resume at 03:00 or on a Saturday still lands the next
follow-up in working time, one interval later. "Nothing is sent while paused" (R9: the claim refuses when the
tracked email is no longer active or the mailbox is paused).

Cabinet Durand, a wealth-management firm in Paris: Claire's mailbox, Europe/Paris, the French holiday calendar,
07:00-18:00 Monday-Friday, a 4 working-hour interval, at most three follow-ups (BEHAVIOUR.md's defaults). Every
expected instant is Paris local time, computed by hand from the rule text (arithmetic in comments). The stories
are dated March-April 2028 (Mon 6 March 2028 is a Monday; Easter Monday is 17 April 2028; Europe's clocks go
forward on Sun 26 March 2028; New York's on Sun 12 March 2028). No story depends on today's date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    Message,
    Story,
    auto_reply,
    inbound_reply,
    invariant_problems,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
SOPHIE = "sophie.bernard@notaires-lyon.fr"
LUC = "luc.moreau@famille-moreau.fr"

LEVELS = ("tracked", "mailbox", "team")


# Helpers --------------------------------------------------------------------------------------------------------------


def sent_now(story: Story, when: str) -> list[dict[str, Any]]:
    """A scheduler tick at `when`, then a worker drains the queue: the follow-ups actually sent."""
    story.tick(when)
    return [o for o in story.work(when) if o.get("ok")]


def as_owner(story: Story, query: str, *args: Any) -> Any:
    """A request of Claire (the team's owner) through the Data API, under RLS, committed."""
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        row = story.conn.execute(query, args).fetchone()
    return row[0] if row else None


def service(story: Story, query: str, *args: Any) -> Any:
    """A user RPC called for Claire by the service role, which may choose p_now (DESIGN.md)."""
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute(query, args).fetchone()
    return row[0] if row else None


def pause(story: Story, level: str, sent: Message | None, when: str) -> bool:
    if level == "tracked":
        assert sent is not None
        return story.pause(sent, when)
    if level == "mailbox":
        return bool(service(story, "select public.pause_mailbox(%s, %s)", story.mailbox_id, story.at(when)))
    return bool(service(story, "select public.pause_team(%s, %s, %s)", story.team_id, "incident", story.at(when)))


def resume(story: Story, level: str, sent: Message | None, when: str) -> bool:
    if level == "tracked":
        assert sent is not None
        return story.resume(sent, when)
    if level == "mailbox":
        return bool(service(story, "select public.resume_mailbox(%s, %s)", story.mailbox_id, story.at(when)))
    return bool(service(story, "select public.resume_team(%s, %s)", story.team_id, story.at(when)))


def open_followups(story: Story, sent: Message) -> list[dict[str, Any]]:
    """Follow-ups of `sent` neither sent nor given up (a queued one included)."""
    return query_rows(
        story.conn,
        "select * from public.followups where tracked_email_id = %s"
        " and status in ('scheduled', 'queued', 'claimed', 'sending')",
        story.tracked(sent)["tracked_email_id"],
    )


def next_due(story: Story, sent: Message) -> str | None:
    rows = open_followups(story, sent)
    assert len(rows) <= 1, rows
    return story.local(rows[0]["due_at"]) if rows else None


def counts(story: Story, sent: Message) -> tuple[int, int, int, int]:
    row = story.tracked(sent)
    got = story.conn.execute("select public.get_total_followup_count(%s)", (row["tracked_email_id"],)).fetchone()
    assert got is not None
    return row["automatic_sent"], row["manual_detected"], row["total_followups"], got[0]


def timeline_rows(story: Story, sent: Message) -> list[tuple[Any, str, str]]:
    rows = story.conn.execute(
        "select occurred_at, kind, reason from public.get_timeline(%s)", (story.tracked(sent)["tracked_email_id"],)
    ).fetchall()
    return [(o, k, r or "") for o, k, r in rows]


def ingest_at(story: Story, message: Message, when: str) -> dict[str, Any]:
    return story.ingest(message, story.at(when))


def no_problems(story: Story) -> None:
    assert story.violations() == []
    assert invariant_problems(story.conn) == []


# Nothing sent while paused; resume = resume time + interval -----------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_r11_nothing_sent_while_paused_and_overdue_followup_moves_to_resume_plus_interval(
    conn: Any, level: str
) -> None:
    """R11 at each level. Sent Mon 6 Mar 09:00 -> due Mon 13:00 (R2). Paused Mon 10:00; the worker ticks at the due
    instant and the next day: nothing goes out. Resumed Wed 10:30: the overdue follow-up is rescheduled from the
    resume time: Wed 10:30 + 4 h = Wed 14:30 (inside 07:00-18:00). Nothing at the resume instant (no burst), nothing
    at 14:29, one at 14:30; R2 re-bases the next: 14:30 + 4 h = 3 h 30 Wed (to 18:00) + 30 min Thu = Thu 07:30."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.due(sent) == "Mon 2028-03-06 13:00"
    assert pause(story, level, sent, "Mon 2028-03-06 10:00")
    assert sent_now(story, "Mon 2028-03-06 13:00") == []
    assert sent_now(story, "Tue 2028-03-07 11:00") == []
    assert sent_now(story, "Wed 2028-03-08 10:00") == []
    assert story.tracked(sent)["automatic_sent"] == 0
    assert resume(story, level, sent, "Wed 2028-03-08 10:30")
    assert story.tracked(sent)["status"] == "active"
    assert next_due(story, sent) == "Wed 2028-03-08 14:30"
    # The dashboard's "next follow-up due" says the same.
    assert story.local(story.tracked(sent)["next_followup_due_at"]) == "Wed 2028-03-08 14:30"
    assert sent_now(story, "Wed 2028-03-08 10:30") == []
    assert sent_now(story, "Wed 2028-03-08 14:29") == []
    assert len(sent_now(story, "Wed 2028-03-08 14:30")) == 1
    assert next_due(story, sent) == "Thu 2028-03-09 07:30"
    no_problems(story)


@pytest.mark.parametrize(
    ("level", "resume_at", "expected"),
    [
        # 03:00 is before the opening: the clock starts Tue 07:00, + 4 h = Tue 11:00.
        ("tracked", "Tue 2028-03-07 03:00", "Tue 2028-03-07 11:00"),
        # Saturday: the clock starts Mon 07:00, + 4 h = Mon 11:00.
        ("mailbox", "Sat 2028-03-11 10:00", "Mon 2028-03-13 11:00"),
        # Fri 16:30: 1 h 30 Friday (to 18:00) + 2 h 30 Monday from 07:00 = Mon 09:30.
        ("team", "Fri 2028-03-10 16:30", "Mon 2028-03-13 09:30"),
        # Fri 19:00, after the close: Mon 07:00 + 4 h = Mon 11:00.
        ("tracked", "Fri 2028-03-10 19:00", "Mon 2028-03-13 11:00"),
        # Easter Monday 17 Apr 2028 is a French holiday: Tue 18 Apr 07:00 + 4 h = Tue 11:00.
        ("mailbox", "Mon 2028-04-17 09:00", "Tue 2028-04-18 11:00"),
        # Fri 24 Mar 16:00: 2 h Friday + 2 h Monday 27 Mar (after the DST change, local 07:00) = Mon 09:00.
        ("team", "Fri 2028-03-24 16:00", "Mon 2028-03-27 09:00"),
    ],
)
def test_r11_r2_resume_outside_working_time_lands_one_interval_of_working_time_later(
    conn: Any, level: str, resume_at: str, expected: str
) -> None:
    """R11 + R2: the admin resumes at night, on a Saturday, at the end of a Friday, on a holiday: the overdue
    follow-up (due Mon 6 Mar 13:00, paused at 10:00) is rescheduled from the resume time, one interval of working
    time later, at an instant inside working time; nobody is written to at the resume instant."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert pause(story, level, sent, "Mon 2028-03-06 10:00")
    assert resume(story, level, sent, resume_at)
    assert next_due(story, sent) == expected
    assert sent_now(story, resume_at) == []
    before = story.local(story.at(expected) - dt.timedelta(minutes=1))
    assert before is not None
    assert sent_now(story, before) == []
    assert len(sent_now(story, expected)) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    no_problems(story)


def test_r11_resume_before_the_due_instant_keeps_the_plan(conn: Any) -> None:
    """R11 reschedules *overdue* follow-ups. Reading: a follow-up not yet due at the resume keeps its instant. Sent
    Mon 09:00, due 13:00; paused 10:00, resumed 11:00: nothing was overdue, still due Mon 13:00, sent then."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    assert story.resume(sent, "Mon 2028-03-06 11:00")
    assert next_due(story, sent) == "Mon 2028-03-06 13:00"
    assert sent_now(story, "Mon 2028-03-06 12:59") == []
    assert len(sent_now(story, "Mon 2028-03-06 13:00")) == 1
    no_problems(story)


# Idempotence ----------------------------------------------------------------------------------------------------------


def test_r11_tracked_pause_and_resume_are_idempotent(conn: Any) -> None:
    """R11 (pause_tracked_email: "Returns false when it was not active. Idempotent."). A double click: the second
    pause changes nothing and says so; a second resume does not push the follow-up again (resume Wed 10:00 ->
    due 14:00; the second resume at 11:00 must not move it to 15:00). R12: a call that changes nothing writes no
    event (reading: "every state change writes an event", a no-op is no state change)."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    events = len(timeline_rows(story, sent))
    assert not story.pause(sent, "Mon 2028-03-06 11:00")
    assert story.tracked(sent)["status"] == "paused"
    assert len(timeline_rows(story, sent)) == events
    assert story.resume(sent, "Wed 2028-03-08 10:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    events = len(timeline_rows(story, sent))
    assert not story.resume(sent, "Wed 2028-03-08 11:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    assert len(timeline_rows(story, sent)) == events
    assert sent_now(story, "Wed 2028-03-08 13:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 14:00")) == 1
    no_problems(story)


def test_r11_team_kill_switch_pulled_twice_and_lifted_twice(conn: Any) -> None:
    """R11 (pause_team / resume_team: "Idempotent."). The admin pulls the switch Mon 10:00 and again Tue 10:00: the
    team stays paused since Monday (the second pull does not restart it). Lifted Wed 10:00: due Wed 14:00; lifted
    again Wed 11:00: nothing moves (not 15:00), exactly one follow-up at 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    pause(story, "team", None, "Tue 2028-03-07 10:00")
    paused_at = conn.execute("select paused_at from public.teams where id = %s", (story.team_id,)).fetchone()[0]
    assert story.local(paused_at) == "Mon 2028-03-06 10:00"
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    resume(story, "team", None, "Wed 2028-03-08 10:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    resume(story, "team", None, "Wed 2028-03-08 11:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    assert conn.execute("select paused_at from public.teams where id = %s", (story.team_id,)).fetchone()[0] is None
    assert sent_now(story, "Wed 2028-03-08 13:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 14:00")) == 1
    no_problems(story)


# R9: a pause wins over what is already queued or claimed --------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_r11_r9_followup_queued_before_the_pause_is_not_sent_and_comes_back_after_resume(conn: Any, level: str) -> None:
    """R9: the claim refuses when "the tracked email is no longer active ... or the mailbox is paused". The tick at
    Mon 13:00 queued the follow-up; the pause comes at 13:00, the worker reads the queue at 13:01: nothing is sent.
    Resumed Tue 10:00: the follow-up (overdue since Mon 13:00) comes back at Tue 10:00 + 4 h = Tue 14:00, once."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.tick("Mon 2028-03-06 13:00") == 1
    assert pause(story, level, sent, "Mon 2028-03-06 13:00")
    assert [o for o in story.work("Mon 2028-03-06 13:01") if o.get("ok")] == []
    assert story.tracked(sent)["automatic_sent"] == 0
    assert sent_now(story, "Mon 2028-03-06 15:00") == []
    assert resume(story, level, sent, "Tue 2028-03-07 10:00")
    assert next_due(story, sent) == "Tue 2028-03-07 14:00"
    assert sent_now(story, "Tue 2028-03-07 10:00") == []
    assert len(sent_now(story, "Tue 2028-03-07 14:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    no_problems(story)


def test_r11_r9_kill_switch_between_first_claim_and_send_stops_the_send(conn: Any) -> None:
    """R9: the worker claims, takes its last look, then claims again before sending; R11: nothing is sent while the
    team is paused. The first claim succeeds at Mon 13:00, the admin pulls the kill switch at 13:00, the final claim
    at 13:01 refuses: nothing leaves. Lifted Tue 10:00: sent once, at Tue 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    story.tick("Mon 2028-03-06 13:00")
    rows = read_queue(conn)
    assert len(rows) == 1
    msg_id, followup_id = rows[0]
    context = story.claim(followup_id, story.at("Mon 2028-03-06 13:00"))
    assert context["ok"], context
    pause(story, "team", None, "Mon 2028-03-06 13:00")
    final = story.send_claimed(context, story.at("Mon 2028-03-06 13:01"))
    conn.execute("select worker.ack_followup_message(%s)", (msg_id,))
    assert not final["ok"]
    assert story.tracked(sent)["automatic_sent"] == 0
    resume(story, "team", None, "Tue 2028-03-07 10:00")
    assert sent_now(story, "Tue 2028-03-07 10:00") == []
    assert len(sent_now(story, "Tue 2028-03-07 14:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    no_problems(story)


# R1: Claire keeps writing from Outlook while the switch is on ---------------------------------------------------------


def test_r11_r1_mail_written_during_the_kill_switch_is_tracked_and_waits_for_the_resume(conn: Any) -> None:
    """R1: policy auto tracks every new outbound conversation with an external recipient; the kill switch stops
    sending, not tracking (reading). Kill switch Mon 10:00; Claire writes to Jeanne from Outlook Tue 10:00 (synced
    at once): tracked, due Tue 14:00 (R2), not sent while paused. Lifted Wed 09:00: Tue 14:00 is overdue, so
    Wed 09:00 + 4 h = Wed 13:00."""
    story = Story(conn)
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    sent = story.send("Tue 2028-03-07 10:00", [JEANNE], "Votre plan d'épargne retraite")
    assert story.is_tracked(sent)
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    resume(story, "team", None, "Wed 2028-03-08 09:00")
    assert next_due(story, sent) == "Wed 2028-03-08 13:00"
    assert sent_now(story, "Wed 2028-03-08 09:00") == []
    assert sent_now(story, "Wed 2028-03-08 12:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 13:00")) == 1
    no_problems(story)


def test_r11_r1_mail_written_during_the_kill_switch_but_synced_after_the_resume_is_not_sent_at_once(
    conn: Any,
) -> None:
    """R11 + R1 + R2: Claire writes to Jeanne Tue 10:00 while the switch is on; the sync only reads it Wed 09:30,
    after the resume at Wed 09:00. By R2 alone it would be due Tue 14:00, already past: sent at the very next tick,
    a backlog burst. Its due time fell inside the pause, so it is rescheduled from the resume time: Wed 09:00 + 4 h
    = Wed 13:00. Nothing at 09:30; one at 13:00."""
    story = Story(conn)
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    resume(story, "team", None, "Wed 2028-03-08 09:00")
    sent = outbound(
        story.mailbox, [JEANNE], sent_at=story.at("Tue 2028-03-07 10:00"), subject="Votre plan d'épargne retraite"
    )
    ingest_at(story, sent, "Wed 2028-03-08 09:30")
    assert story.is_tracked(sent)
    assert next_due(story, sent) == "Wed 2028-03-08 13:00"
    assert sent_now(story, "Wed 2028-03-08 09:30") == []
    assert sent_now(story, "Wed 2028-03-08 12:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 13:00")) == 1
    no_problems(story)


def test_r11_r1_mail_written_during_holidays_due_after_the_return_keeps_its_r2_instant(conn: Any) -> None:
    """R11 reschedules *overdue* follow-ups only. Reading: mail Claire writes on her holidays (Fri 10 Mar 16:00,
    synced at once) whose first follow-up falls after her return keeps R2's instant: 2 h Friday (16:00-18:00) +
    2 h Monday = Mon 13 Mar 09:00. She resumes the mailbox Mon 07:30: nothing overdue, still Mon 09:00."""
    story = Story(conn)
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    sent = story.send("Fri 2028-03-10 16:00", [SOPHIE], "Acte de donation")
    assert story.is_tracked(sent)
    resume(story, "mailbox", None, "Mon 2028-03-13 07:30")
    assert next_due(story, sent) == "Mon 2028-03-13 09:00"
    assert sent_now(story, "Mon 2028-03-13 07:30") == []
    assert len(sent_now(story, "Mon 2028-03-13 09:00")) == 1
    no_problems(story)


# R4: manual follow-ups during and around a pause ----------------------------------------------------------------------


@pytest.mark.parametrize("level", ("mailbox", "team"))
def test_r11_r4_manual_nudge_written_during_the_pause_but_seen_after_the_resume(conn: Any, level: str) -> None:
    """R4 + R11. Sent Mon 09:00 (due 13:00); paused Mon 10:00; Claire nudges Paul by hand from Outlook Tue 10:00,
    the sync only reads it Wed 09:30. Resumed Wed 09:00: the overdue follow-up -> Wed 09:00 + 4 h = Wed 13:00. Then
    R4 would put it at the nudge's sent time + interval = Tue 14:00, already past: it must not go out at the next
    tick (no burst), it stays rescheduled from the resume: Wed 13:00. The nudge counts (R3): 0 + 1 = 1."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, level, None, "Mon 2028-03-06 10:00")
    resume(story, level, None, "Wed 2028-03-08 09:00")
    assert next_due(story, sent) == "Wed 2028-03-08 13:00"
    nudge = manual_followup(story.mailbox, sent, sent_at=story.at("Tue 2028-03-07 10:00"))
    ingest_at(story, nudge, "Wed 2028-03-08 09:30")
    assert counts(story, sent) == (0, 1, 1, 1)
    assert next_due(story, sent) == "Wed 2028-03-08 13:00"
    assert sent_now(story, "Wed 2028-03-08 09:30") == []
    assert sent_now(story, "Wed 2028-03-08 12:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 13:00")) == 1
    no_problems(story)


def test_r11_r4_manual_nudge_during_a_tracked_pause_counts_but_does_not_unpause(conn: Any) -> None:
    """R4 + R11. Claire pauses the email Mon 10:00, then nudges Paul by hand Tue 10:00 (synced at once): it counts
    (manual 1, total 1) and moves the plan to Tue 10:00 + 4 h = Tue 14:00, but the email stays paused (reading: only
    resume ends a pause), so nothing goes out Tue 14:00. Resumed Wed 10:00: Tue 14:00 is overdue -> Wed 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    ingest_at(
        story, manual_followup(story.mailbox, sent, sent_at=story.at("Tue 2028-03-07 10:00")), "Tue 2028-03-07 10:00"
    )
    assert counts(story, sent) == (0, 1, 1, 1)
    assert story.tracked(sent)["status"] == "paused"
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    assert story.resume(sent, "Wed 2028-03-08 10:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    assert sent_now(story, "Wed 2028-03-08 10:00") == []
    assert len(sent_now(story, "Wed 2028-03-08 14:00")) == 1
    assert counts(story, sent) == (1, 1, 2, 2)
    no_problems(story)


def test_r11_r3_manual_nudges_reach_the_maximum_during_holidays(conn: Any) -> None:
    """R3 + R4 + R11. Claire's mailbox is on holiday from Mon 10:00, yet she nudges Paul by hand from her phone
    Tue, Wed and Thu: 3 manual = the maximum, the email is completed and nothing more is scheduled. Her return
    (Fri 09:00) brings nothing back: still completed, nothing due, nothing sent."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    for when in ("Tue 2028-03-07 10:00", "Wed 2028-03-08 10:00", "Thu 2028-03-09 10:00"):
        ingest_at(story, manual_followup(story.mailbox, sent, sent_at=story.at(when)), when)
    assert story.tracked(sent)["status"] == "completed"
    assert counts(story, sent) == (0, 3, 3, 3)
    resume(story, "mailbox", None, "Fri 2028-03-10 09:00")
    assert story.tracked(sent)["status"] == "completed"
    assert next_due(story, sent) is None
    assert sent_now(story, "Fri 2028-03-10 13:00") == []
    assert counts(story, sent) == (0, 3, 3, 3)
    no_problems(story)


def test_r11_r3_counts_are_unchanged_by_a_pause_and_the_sequence_ends_at_the_maximum(conn: Any) -> None:
    """R3: total = automatic sent + manual detected, whatever happens around it. Sent Mon 09:00, follow-up 1 at
    13:00; Claire nudges by hand at 14:30 (-> R4: 3 h 30 Mon + 30 min Tue = Tue 07:30); she pauses at 15:00:
    (1, 1, 2). Resumed Wed 10:00: Tue 07:30 is overdue -> Wed 14:00; counts still (1, 1, 2). Sent Wed 14:00:
    (2, 1, 3), the maximum, completed, nothing pending."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert len(sent_now(story, "Mon 2028-03-06 13:00")) == 1
    ingest_at(
        story, manual_followup(story.mailbox, sent, sent_at=story.at("Mon 2028-03-06 14:30")), "Mon 2028-03-06 14:30"
    )
    assert next_due(story, sent) == "Tue 2028-03-07 07:30"
    assert story.pause(sent, "Mon 2028-03-06 15:00")
    assert counts(story, sent) == (1, 1, 2, 2)
    assert sent_now(story, "Tue 2028-03-07 07:30") == []
    assert story.resume(sent, "Wed 2028-03-08 10:00")
    assert counts(story, sent) == (1, 1, 2, 2)
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    assert len(sent_now(story, "Wed 2028-03-08 14:00")) == 1
    assert counts(story, sent) == (2, 1, 3, 3)
    assert story.tracked(sent)["status"] == "completed"
    assert next_due(story, sent) is None
    no_problems(story)


# R2: settings changed while paused ------------------------------------------------------------------------------------


def test_r11_r2_working_hours_change_during_a_pause_neither_unpauses_nor_ignores_the_new_hours(conn: Any) -> None:
    """R2: a change of working hours re-plans pending follow-ups at once; R11: the email is still paused. Sent Mon
    09:00, paused 10:00; Tue 10:00 Claire's mailbox moves to 09:00-17:00: nothing goes out while paused (Tue 10:00,
    Tue 14:00). Resumed Wed 08:00, outside the new hours: the clock starts at 09:00, + 4 h = Wed 13:00 (not 12:00,
    which the old hours would give)."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"working_hours_start": "09:00", "working_hours_end": "17:00"}',
    )
    assert story.tracked(sent)["status"] == "paused"
    assert sent_now(story, "Tue 2028-03-07 10:00") == []
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    assert story.resume(sent, "Wed 2028-03-08 08:00")
    assert next_due(story, sent) == "Wed 2028-03-08 13:00"
    assert sent_now(story, "Wed 2028-03-08 12:00") == []
    assert len(sent_now(story, "Wed 2028-03-08 13:00")) == 1
    no_problems(story)


def test_r11_r2_time_zone_change_during_holidays_resume_lands_in_new_working_time(conn: Any) -> None:
    """R2: "nobody is ever written to at 03:00 their time because a setting changed". Claire's mailbox is paused
    Mon 6 Mar 10:00 (email sent 09:00); during her holidays she moves it to America/New_York (EST, UTC-5, Paris
    UTC+1: 6 h behind; New York's DST starts 12 Mar). Resumed Wed 8 Mar 09:00 Paris = 03:00 New York: the clock
    starts at 07:00 New York, + 4 h = 11:00 New York = Wed 17:00 Paris. Nothing at 09:00 or 13:00 Paris."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"time_zone": "America/New_York"}',
    )
    assert sent_now(story, "Mon 2028-03-06 17:00") == []
    resume(story, "mailbox", None, "Wed 2028-03-08 09:00")
    assert next_due(story, sent) == "Wed 2028-03-08 17:00"
    assert sent_now(story, "Wed 2028-03-08 09:00") == []
    assert sent_now(story, "Wed 2028-03-08 13:00") == []
    assert len(sent_now(story, "Wed 2028-03-08 17:00")) == 1
    no_problems(story)


def test_r11_r2_interval_change_during_the_kill_switch(conn: Any) -> None:
    """R2: a change of interval re-plans at once; R11: still nothing sent while the switch is on. Sent Mon 09:00,
    kill switch 10:00; Tue the admin sets the interval to 2 h (re-planned: Mon 09:00 + 2 h = Mon 11:00, overdue, yet
    nothing goes out). Lifted Wed 10:00: Wed 10:00 + 2 h = Wed 12:00; then 12:00 + 2 h = Wed 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    as_owner(
        story,
        "select team_id from public.set_team_settings(%s, %s::jsonb)",
        story.team_id,
        '{"followup_interval_hours": 2}',
    )
    assert sent_now(story, "Tue 2028-03-07 11:00") == []
    resume(story, "team", None, "Wed 2028-03-08 10:00")
    assert next_due(story, sent) == "Wed 2028-03-08 12:00"
    assert sent_now(story, "Wed 2028-03-08 11:59") == []
    assert len(sent_now(story, "Wed 2028-03-08 12:00")) == 1
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    no_problems(story)


def test_r11_r2_team_day_off_added_during_the_kill_switch_and_resumed_on_it(conn: Any) -> None:
    """R2: "A change of ... holidays re-plans every pending follow-up it affects"; R11: from the resume time, in
    working time. Kill switch Mon 6 Mar 10:00; on Tue the cabinet declares Wed 8 Mar a day off (seminar); the admin
    lifts the switch Wed 09:00, on that day off: the clock starts Thu 07:00, + 4 h = Thu 9 Mar 11:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2028-03-08', 'Séminaire')", (story.team_id,)
    )
    resume(story, "team", None, "Wed 2028-03-08 09:00")
    assert next_due(story, sent) == "Thu 2028-03-09 11:00"
    assert sent_now(story, "Wed 2028-03-08 13:00") == []
    assert sent_now(story, "Thu 2028-03-09 10:59") == []
    assert len(sent_now(story, "Thu 2028-03-09 11:00")) == 1
    no_problems(story)


def test_r11_r2_working_days_change_during_holidays(conn: Any) -> None:
    """R2: a change of working days re-plans; R11 from the resume time. Claire's mailbox is paused Mon 6 Mar 10:00;
    meanwhile she moves to Monday-Thursday. She resumes Thu 9 Mar 16:00: 2 h Thursday (16:00-18:00), Friday is no
    longer worked, Mon 13 Mar 07:00 + 2 h = Mon 09:00. Nothing on Friday."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    as_owner(
        story,
        "select id from public.set_mailbox_settings(%s, %s::jsonb)",
        story.mailbox_id,
        '{"working_days": [1, 2, 3, 4]}',
    )
    resume(story, "mailbox", None, "Thu 2028-03-09 16:00")
    assert next_due(story, sent) == "Mon 2028-03-13 09:00"
    assert sent_now(story, "Thu 2028-03-09 16:00") == []
    assert sent_now(story, "Fri 2028-03-10 10:00") == []
    assert len(sent_now(story, "Mon 2028-03-13 09:00")) == 1
    no_problems(story)


def test_r11_r1_untracked_while_paused_stays_untracked_after_resume(conn: Any) -> None:
    """R1: "A user can ... untrack it"; R11 resumes only what is paused. Claire pauses the email Mon 10:00, then
    untracks it Tue 10:00: the resume Wed 10:00 brings nothing back, nothing is ever sent."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    assert story.tracked_rpc("untrack_email", story.tracked(sent)["tracked_email_id"], story.at("Tue 2028-03-07 10:00"))
    assert story.tracked(sent)["status"] == "untracked"
    assert not story.resume(sent, "Wed 2028-03-08 10:00")
    assert story.tracked(sent)["status"] == "untracked"
    assert next_due(story, sent) is None
    assert sent_now(story, "Wed 2028-03-08 14:00") == []
    no_problems(story)


# Nested pauses --------------------------------------------------------------------------------------------------------


def _nested(story: Story) -> Message:
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    pause(story, "mailbox", None, "Mon 2028-03-06 10:05")
    pause(story, "team", None, "Mon 2028-03-06 10:10")
    return sent


def test_r11_nested_pauses_lifted_from_the_outside_in(conn: Any) -> None:
    """R11: a tracked email paused inside a paused mailbox inside a paused team. The team is resumed Tue 10:00, the
    mailbox Wed 10:00: the email is still paused, nothing goes out. The email is resumed Thu 10:00: Thu 14:00."""
    story = Story(conn)
    sent = _nested(story)
    resume(story, "team", None, "Tue 2028-03-07 10:00")
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    resume(story, "mailbox", None, "Wed 2028-03-08 10:00")
    assert story.tracked(sent)["status"] == "paused"
    assert sent_now(story, "Wed 2028-03-08 14:00") == []
    assert story.resume(sent, "Thu 2028-03-09 10:00")
    assert next_due(story, sent) == "Thu 2028-03-09 14:00"
    assert sent_now(story, "Thu 2028-03-09 10:00") == []
    assert len(sent_now(story, "Thu 2028-03-09 14:00")) == 1
    no_problems(story)


def test_r11_nested_pauses_lifted_from_the_inside_out_no_burst_at_the_last_resume(conn: Any) -> None:
    """R11: the email is resumed Tue 10:00 (its follow-up -> Tue 14:00) but its mailbox and team are still paused:
    nothing at Tue 14:00. The mailbox Wed 10:00 (Tue 14:00 overdue -> Wed 14:00), still under the kill switch:
    nothing at Wed 14:00. The team Thu 10:00: Wed 14:00 is overdue -> Thu 14:00; nothing at the moment the last
    switch is lifted, one follow-up at Thu 14:00."""
    story = Story(conn)
    sent = _nested(story)
    assert story.resume(sent, "Tue 2028-03-07 10:00")
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    resume(story, "mailbox", None, "Wed 2028-03-08 10:00")
    assert sent_now(story, "Wed 2028-03-08 14:00") == []
    resume(story, "team", None, "Thu 2028-03-09 10:00")
    assert next_due(story, sent) == "Thu 2028-03-09 14:00"
    assert sent_now(story, "Thu 2028-03-09 10:00") == []
    assert sent_now(story, "Thu 2028-03-09 13:59") == []
    assert len(sent_now(story, "Thu 2028-03-09 14:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
    no_problems(story)


# R5: answers during a pause -------------------------------------------------------------------------------------------


def test_r11_r5_reply_during_holidays_stops_it_and_the_return_does_not_revive_it(conn: Any) -> None:
    """R5: Paul's answer stops his email (replied, pending follow-up cancelled with reason replied) even while the
    mailbox is paused; R11: the return brings back only what is still running. Jeanne, who did not answer, gets her
    follow-up at the return + interval: Wed 10:00 + 4 h = Wed 14:00; Paul gets nothing."""
    story = Story(conn)
    paul = story.send("Mon 2028-03-06 09:00", [PAUL], "Votre assurance-vie")
    jeanne = story.send("Mon 2028-03-06 09:00", [JEANNE], "Votre PER")
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    ingest_at(story, inbound_reply(paul, received_at=story.at("Tue 2028-03-07 09:00")), "Tue 2028-03-07 09:00")
    assert story.tracked(paul)["status"] == "replied"
    cancelled = [f for f in story.followups(paul) if f["status"] == "cancelled"]
    assert cancelled and all("repl" in (f["reason"] or "") for f in cancelled)
    resume(story, "mailbox", None, "Wed 2028-03-08 10:00")
    assert story.tracked(paul)["status"] == "replied"
    assert next_due(story, paul) is None
    assert next_due(story, jeanne) == "Wed 2028-03-08 14:00"
    outcomes = sent_now(story, "Wed 2028-03-08 14:00")
    sent_ids = [str(f["id"]) for f in story.followups(jeanne) if f["status"] == "sent"]
    assert [str(o["followup_id"]) for o in outcomes] == sent_ids
    assert story.tracked(paul)["automatic_sent"] == 0
    no_problems(story)


def test_r11_r5_answer_in_another_conversation_during_the_kill_switch(conn: Any) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an answer
    too (on by default)". Kill switch Mon 10:00; Paul writes Tue 09:00 about something else: his email is replied.
    The switch is lifted Wed 10:00 and the email is resumed by Claire too: it stays replied, nothing is sent."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    story.receive("Tue 2028-03-07 09:00", PAUL, subject="Question sur ma déclaration fiscale")
    assert story.tracked(sent)["status"] == "replied"
    resume(story, "team", None, "Wed 2028-03-08 10:00")
    assert not story.resume(sent, "Wed 2028-03-08 10:05")
    assert story.tracked(sent)["status"] == "replied"
    assert next_due(story, sent) is None
    assert sent_now(story, "Wed 2028-03-08 14:00") == []
    no_problems(story)


def test_r11_pause_and_resume_refuse_an_email_that_is_not_in_that_state(conn: Any) -> None:
    """pause_tracked_email "Returns false when it was not active"; resume_tracked_email "resumes a paused tracked
    email". Pausing a replied email changes nothing (still replied); resuming an email that was never paused does
    not move its follow-up (sent Mon 09:00, due 13:00, stays 13:00)."""
    story = Story(conn)
    answered = story.send("Mon 2028-03-06 09:00", [PAUL], "Votre assurance-vie")
    ingest_at(story, inbound_reply(answered, received_at=story.at("Mon 2028-03-06 09:30")), "Mon 2028-03-06 09:30")
    assert not story.pause(answered, "Mon 2028-03-06 10:00")
    assert story.tracked(answered)["status"] == "replied"
    running = story.send("Mon 2028-03-06 09:00", [JEANNE], "Votre PER")
    assert not story.resume(running, "Mon 2028-03-06 11:00")
    assert next_due(story, running) == "Mon 2028-03-06 13:00"
    no_problems(story)


# R6: out-of-office holds and pauses -----------------------------------------------------------------------------------


def test_r11_r6_hold_ending_during_holidays_then_resume_from_the_return(conn: Any) -> None:
    """R6: Paul's out-of-office (back Wed 8 Mar) holds his follow-up until the first working hour of the next working
    day, Thu 07:00, held time not counted: Thu 07:00 + 4 h = Thu 11:00. Claire's mailbox is paused Mon 10:00 until
    Mon 13 Mar 10:00: Thu 11:00 passes during her holidays (nothing sent), so at her return it is overdue and
    rescheduled from the resume: Mon 10:00 + 4 h = Mon 14:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    ingest_at(
        story,
        auto_reply(sent, received_at=story.at("Mon 2028-03-06 09:00"), until="2028-03-08"),
        "Mon 2028-03-06 09:00",
    )
    assert story.tracked(sent)["status"] == "active"
    assert next_due(story, sent) == "Thu 2028-03-09 11:00"
    pause(story, "mailbox", None, "Mon 2028-03-06 10:00")
    assert sent_now(story, "Thu 2028-03-09 11:00") == []
    assert sent_now(story, "Fri 2028-03-10 10:00") == []
    resume(story, "mailbox", None, "Mon 2028-03-13 10:00")
    assert next_due(story, sent) == "Mon 2028-03-13 14:00"
    assert sent_now(story, "Mon 2028-03-13 10:00") == []
    assert len(sent_now(story, "Mon 2028-03-13 14:00")) == 1
    no_problems(story)


def test_r11_r6_resume_while_the_person_is_still_away_keeps_the_hold(conn: Any) -> None:
    """R6 + R11: resuming never writes to someone who is out of office. Same hold (due Thu 9 Mar 11:00); Claire
    pauses the email Mon 10:00 and resumes it Tue 10:00: the follow-up is not overdue, so it stays Thu 11:00 (not
    Tue 10:00 + 4 h = Tue 14:00, while Paul is away). Nothing Tue 14:00 nor Wed 14:00; sent Thu 11:00."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    ingest_at(
        story,
        auto_reply(sent, received_at=story.at("Mon 2028-03-06 09:00"), until="2028-03-08"),
        "Mon 2028-03-06 09:00",
    )
    assert story.pause(sent, "Mon 2028-03-06 10:00")
    assert story.resume(sent, "Tue 2028-03-07 10:00")
    assert next_due(story, sent) == "Thu 2028-03-09 11:00"
    assert sent_now(story, "Tue 2028-03-07 14:00") == []
    assert sent_now(story, "Wed 2028-03-08 14:00") == []
    assert len(sent_now(story, "Thu 2028-03-09 11:00")) == 1
    no_problems(story)


# No burst after the holidays ------------------------------------------------------------------------------------------


def test_r11_two_weeks_of_holidays_with_four_overdue_followups_nothing_at_the_return(conn: Any) -> None:
    """R11: Claire writes to four clients Fri 3 Mar 08:00-08:45 (due 12:00-12:45) and leaves at 11:30. Two weeks
    later she resumes Mon 20 Mar 09:00: every overdue follow-up is rescheduled from the resume, Mon 09:00 + 4 h =
    Mon 13:00; nothing at 09:00, 09:01 or 12:59."""
    story = Story(conn)
    emails = [
        story.send(f"Fri 2028-03-03 08:{15 * i:02d}", [who], f"Bilan patrimonial {i}")
        for i, who in enumerate((PAUL, JEANNE, SOPHIE, LUC))
    ]
    pause(story, "mailbox", None, "Fri 2028-03-03 11:30")
    assert sent_now(story, "Fri 2028-03-03 13:00") == []
    assert sent_now(story, "Mon 2028-03-13 10:00") == []
    resume(story, "mailbox", None, "Mon 2028-03-20 09:00")
    for sent in emails:
        assert next_due(story, sent) == "Mon 2028-03-20 13:00", sent.subject
    for when in ("Mon 2028-03-20 09:00", "Mon 2028-03-20 09:01", "Mon 2028-03-20 12:59"):
        assert sent_now(story, when) == [], when
    assert len(sent_now(story, "Mon 2028-03-20 13:00")) == 4
    no_problems(story)


# R12: the timeline says why -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_r11_r12_timeline_says_the_followup_moved_because_of_the_resume(conn: Any, level: str) -> None:
    """R12: "Every state change writes an event with its reason ... A user can read why anything happened." The
    follow-up moved from Mon 13:00 to Wed 14:00 because of the resume: an event at the resume, with a reason that
    says so (reading: the words resume/resumed/reprise), and a non-empty reason on every event. For a paused tracked
    email, its own timeline also records the pause."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, level, sent, "Mon 2028-03-06 10:00")
    resume(story, level, sent, "Wed 2028-03-08 10:00")
    assert next_due(story, sent) == "Wed 2028-03-08 14:00"
    rows = timeline_rows(story, sent)
    assert all(reason.strip() for _, _, reason in rows), rows
    if level == "tracked":
        assert any("paus" in (kind + " " + reason).lower() for _, kind, reason in rows), rows
    after = [f"{kind}: {reason}".lower() for at, kind, reason in rows if at >= story.at("Wed 2028-03-08 10:00")]
    assert any("resum" in text or "repris" in text for text in after), rows


def test_r11_r12_timeline_names_the_kill_switch_as_the_reason(conn: Any) -> None:
    """R12: "A user can read why anything happened." Claire did not pause anything herself; her follow-up moved
    because the admin pulled and lifted the team's kill switch. Reading: her email's timeline says it was the team
    (the words team, kill switch or équipe) in the event that moved the follow-up."""
    story = Story(conn)
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, "team", None, "Mon 2028-03-06 10:00")
    resume(story, "team", None, "Wed 2028-03-08 10:00")
    after = [
        f"{kind}: {reason}".lower()
        for at, kind, reason in timeline_rows(story, sent)
        if at >= story.at("Wed 2028-03-08 10:00")
    ]
    assert any(("team" in t or "kill" in t or "équipe" in t) for t in after), after


@pytest.mark.parametrize("level", ("mailbox", "team"))
def test_r11_r12_holidays_and_kill_switch_are_recorded_with_their_reason(conn: Any, level: str) -> None:
    """R12: "Every state change writes an event with its reason." Reading: pausing and resuming a mailbox or the team
    is a state change; each writes an event of that mailbox or team (kind naming the pause and the resume), the kill
    switch's with the reason the admin gave ("incident")."""
    story = Story(conn)
    story.send("Mon 2028-03-06 09:00", [PAUL])
    pause(story, level, None, "Mon 2028-03-06 10:00")
    resume(story, level, None, "Wed 2028-03-08 10:00")
    scope = "mailbox_id = %s" if level == "mailbox" else "team_id = %s and tracked_email_id is null"
    target = story.mailbox_id if level == "mailbox" else story.team_id
    rows = conn.execute(
        f"select kind, reason, details::text from public.events where {scope} order by id", (target,)
    ).fetchall()
    paused = [r for r in rows if "paus" in r[0].lower()]
    resumed = [r for r in rows if "resum" in r[0].lower()]
    assert paused and resumed, rows
    assert all(r[1].strip() for r in paused + resumed), rows
    if level == "team":
        assert any("incident" in (r[1] + r[2]).lower() for r in paused), paused


def test_r11_only_an_admin_pulls_the_kill_switch(conn: Any) -> None:
    """pause_team: "the kill switch ... Admins only." Marc, a plain member, tries to pull it from the web app: it is
    refused (an error or false) and the team is not paused, so Claire's follow-up still goes out Mon 13:00."""
    story = Story(conn)
    marc = story.add_member("marc@cabinet-durand.fr", "member")
    sent = story.send("Mon 2028-03-06 09:00", [PAUL])
    refused = False
    try:
        with acting_as(conn, "authenticated", marc, commit=True):
            row = conn.execute("select public.pause_team(%s, %s)", (story.team_id, "oops")).fetchone()
        refused = not (row and row[0])
    except psycopg.Error:
        refused = True
    assert refused
    assert conn.execute("select paused_at from public.teams where id = %s", (story.team_id,)).fetchone()[0] is None
    assert len(sent_now(story, "Mon 2028-03-06 13:00")) == 1
    assert story.tracked(sent)["automatic_sent"] == 1
