"""R5 by hand: the person answered another way (a call, a meeting) and the user says so (`public.mark_answered`).

Untracking would stop the follow-ups too, but the email would then count as untracked: the dashboard would not show it
answered, the report's reply rate would miss it and a CRM listening for `email.replied` would never hear of it.
Instants are the story's (November 2026, Paris); the user's own calls act at the server's clock.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as, sqlstate
from tests.story import Story, bounce, invariant_problems, make_team_with_mailbox

PROSPECT = "marc.lefevre@lefevre-sa.fr"


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Story:
    return Story(conn)


def mark(story: Story, tracked_id: uuid.UUID, moment: datetime, how: str | None = "appel téléphonique") -> bool:
    """The owner's mark, through the worker's role so that the instant is the story's (a user acts at the server's)."""
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        row = story.conn.execute("select public.mark_answered(%s, %s, %s)", (tracked_id, how, moment)).fetchone()
    return bool(row and row[0])


def test_a_call_ends_the_sequence_as_answered_and_nothing_more_is_sent(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked_id = story.tracked(sent)["tracked_email_id"]
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    assert mark(story, tracked_id, story.at("Mon 2026-11-23 11:00"))
    summary = story.tracked(sent)
    assert summary["status"] == "replied"
    assert summary["answered_at"] == story.at("Mon 2026-11-23 11:00")
    assert summary["next_followup_due_at"] is None
    assert [(f["status"], f["reason"]) for f in story.followups(sent)] == [("cancelled", "replied")]
    assert story.tick("Mon 2026-11-23 13:00") == 0
    assert story.timeline(sent)[-1] == (
        "replied",
        "answered outside email, marked by hand (appel téléphonique): pending follow-up cancelled",
    )
    # The report counts it in the first email's reply rate, as an answer by mail.
    with acting_as(story.conn, "authenticated", story.owner):
        report = story.conn.execute(
            "select public.followup_report(%s, '2026-11-01', '2026-12-01')", (story.team_id,)
        ).fetchone()
    assert report
    assert (report[0]["totals"]["tracked"], report[0]["totals"]["replied"]) == (1, 1), report[0]["totals"]
    assert report[0]["by_step"][0]["step"] == 0 and report[0]["by_step"][0]["replied"] == 1, report[0]["by_step"]
    # Already answered: nothing changes the second time.
    assert not mark(story, tracked_id, story.at("Mon 2026-11-23 12:00"))
    assert story.tracked(sent)["answered_at"] == story.at("Mon 2026-11-23 11:00")


def test_a_call_after_the_last_follow_up_still_counts_as_the_answer(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for moment in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"):
        story.tick(moment)
        assert [o["ok"] for o in story.work(moment)] == [True]
    assert story.tracked(sent)["status"] == "completed"
    assert mark(story, story.tracked(sent)["tracked_email_id"], story.at("Wed 2026-11-25 15:30"), None)
    summary = story.tracked(sent)
    assert (summary["status"], summary["answered_at"], summary["total_followups"]) == (
        "replied",
        story.at("Wed 2026-11-25 15:30"),
        3,
    )
    assert story.timeline(sent)[-1] == ("replied", "answered outside email, marked by hand, after the last follow-up")
    # Every invariant of the engine's state holds (counts by status, one event for the final status, R3's count).
    assert invariant_problems(story.conn) == []
    counts = story.conn.execute(
        "select status::text, sum(tracked_emails)::int from public.followup_status_counts where team_id = %s"
        " group by 1 having sum(tracked_emails) <> 0",
        (story.team_id,),
    ).fetchall()
    assert counts == [("replied", 1)]


def test_an_email_that_ended_otherwise_is_not_marked(story: Story) -> None:
    untracked = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked_id = story.tracked(untracked)["tracked_email_id"]
    assert story.tracked_rpc("untrack_email", tracked_id, story.at("Mon 2026-11-23 10:00"))
    assert not mark(story, tracked_id, story.at("Mon 2026-11-23 11:00"))
    assert story.tracked(untracked)["status"] == "untracked"
    assert story.tracked(untracked)["answered_at"] is None


def test_a_call_after_a_bounce_is_the_answer(story: Story) -> None:
    # The address failed (R7) and the person phoned: the email was not undeliverable to them after all, and the
    # dashboard and the reply rate say answered. The address stays on the suppression list (the mail system's word).
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.ingest(bounce(sent, received_at=story.at("Mon 2026-11-23 09:05")), story.at("Mon 2026-11-23 09:05"))
    assert story.tracked(sent)["status"] == "bounced"
    assert mark(story, story.tracked(sent)["tracked_email_id"], story.at("Mon 2026-11-23 16:00"))
    summary = story.tracked(sent)
    assert (summary["status"], summary["answered_at"]) == ("replied", story.at("Mon 2026-11-23 16:00"))
    assert story.timeline(sent)[-1] == (
        "replied",
        "answered outside email, marked by hand (appel téléphonique), after it had stopped as undeliverable",
    )
    assert story.conn.execute("select reason::text from public.suppressions").fetchall() == [("bounced",)]
    assert invariant_problems(story.conn) == []


def test_how_is_one_line_of_at_most_200_characters(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked_id = story.tracked(sent)["tracked_email_id"]
    with pytest.raises(psycopg.Error) as refused:
        mark(story, tracked_id, story.at("Mon 2026-11-23 10:00"), "x" * 201)
    assert sqlstate(refused.value) == "22023" and "p_how" in str(refused.value)
    assert story.tracked(sent)["status"] == "active"
    assert mark(story, tracked_id, story.at("Mon 2026-11-23 10:00"), "  rendez-vous\nau cabinet\t ")
    assert story.tracked(sent)["status_reason"] == "answered outside email, marked by hand (rendez-vous au cabinet)"


def test_the_mailboxs_owner_and_the_teams_admins_mark_no_one_else(story: Story) -> None:
    conn = story.conn
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked_id = story.tracked(sent)["tracked_email_id"]
    member = story.add_member("paul@cabinet-durand.fr")
    admin = story.add_member("helene@cabinet-durand.fr", "admin")
    other = make_team_with_mailbox(conn, address="bob@cabinet-roussel.fr", domains=("cabinet-roussel.fr",))
    for role, user, state in (
        ("anon", None, "42501"),
        ("authenticated", member, "42501"),
        ("authenticated", other.owner_id, "42501"),
    ):
        with pytest.raises(psycopg.Error) as refused, acting_as(conn, role, user):
            conn.execute("select public.mark_answered(%s)", (tracked_id,))
        assert sqlstate(refused.value) == state, (role, user)
    # A signed-in user acts at the server's clock, never at an instant of their choosing.
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", story.owner):
        conn.execute("select public.mark_answered(%s, null, %s)", (tracked_id, story.at("Mon 2026-11-23 10:00")))
    assert sqlstate(refused.value) == "42501" and "p_now" in str(refused.value)
    assert story.tracked(sent)["status"] == "active"
    with acting_as(conn, "authenticated", admin, commit=True):
        assert conn.execute("select public.mark_answered(%s, 'au téléphone')", (tracked_id,)).fetchone() == (True,)
    assert story.tracked(sent)["status"] == "replied"
    # The owner, on another email.
    second = story.send("Mon 2026-11-23 09:30", ["anne.roy@roy-conseil.fr"], "Autre proposition")
    with acting_as(conn, "authenticated", story.owner, commit=True):
        assert conn.execute(
            "select public.mark_answered(%s)", (story.tracked(second)["tracked_email_id"],)
        ).fetchone() == (True,)
    assert story.tracked(second)["status"] == "replied"
