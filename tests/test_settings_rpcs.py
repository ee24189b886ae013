"""Settings through the RPCs a frontend calls: admins change the team's, owners (and admins) a mailbox's
overrides; bad input is refused with a message that names what is wrong, and changes nothing."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import Story


class Team(Story):
    """Claire's team, with a junior member who has a mailbox of their own."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        super().__init__(conn)
        self.member = self.add_member("junior@cabinet-durand.fr")
        self.member_box = self.add_mailbox("junior@cabinet-durand.fr", self.member).mailbox_id


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Team:
    return Team(conn)


def call(story: Story, user: Any, fn: str, target: Any, settings: dict[str, Any]) -> dict[str, Any]:
    with acting_as(story.conn, "authenticated", user, commit=True):
        row = story.conn.execute(f"select to_jsonb(public.{fn}(%s, %s))", (target, json.dumps(settings))).fetchone()
    assert row
    return dict(row[0])


def test_an_admin_changes_the_team_settings(story: Team) -> None:
    row = call(
        story, story.owner, "set_team_settings", story.team_id,
        {"max_followups": 2, "followup_interval_hours": 24, "working_days": [1, 2, 3, 4], "holiday_calendar": None},
    )  # fmt: skip
    assert (row["max_followups"], row["followup_interval"], row["working_days"]) == (2, "24:00:00", [1, 2, 3, 4])
    assert row["holiday_calendar"] is None
    assert row["time_zone"] == "Europe/Paris"  # untouched


def test_the_new_team_settings_drive_the_schedule(story: Team) -> None:
    call(story, story.owner, "set_team_settings", story.team_id, {"followup_interval_hours": 2})
    sent = story.send("Mon 2026-11-23 09:00", ["client@prospect.example"])
    assert story.due(sent) == "Mon 2026-11-23 11:00"


def test_a_member_cannot_change_team_settings(story: Team) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only an admin of the team"):
        call(story, story.member, "set_team_settings", story.team_id, {"max_followups": 1})


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"max_followup": 2}, "unknown setting(s): max_followup"),
        ({"max_followups": "two"}, "max_followups must be a whole number"),
        ({"max_followups": 11}, "setting out of range"),
        ({"time_zone": "Paris"}, "unknown time zone: Paris"),
        ({"working_hours_start": "25:00"}, "working_hours_start must be a time of day"),
        ({"followup_interval_hours": "four"}, "followup_interval_hours must be a number of hours"),
        ({"working_days": "weekdays"}, "working_days must be a list of ISO days"),
        ({"working_days": [0, 1]}, "setting out of range"),
        ({"holiday_calendar": "xx"}, "unknown holiday calendar: xx"),
        ({"tracking_policy": "always"}, "invalid setting value"),
        ({"reply_from_any_conversation": "yes"}, "reply_from_any_conversation must be true or false"),
    ],
)
def test_bad_team_settings_are_refused_clearly(story: Team, settings: dict[str, Any], message: str) -> None:
    with pytest.raises(psycopg.Error, match=message.replace("(", r"\(").replace(")", r"\)")):
        call(story, story.owner, "set_team_settings", story.team_id, settings)
    row = story.conn.execute("select max_followups, time_zone from public.team_settings").fetchone()
    assert row == (3, "Europe/Paris")


def test_a_member_overrides_their_own_mailbox_and_clears_it(story: Team) -> None:
    box = story.member_box
    row = call(
        story, story.member, "set_mailbox_settings", box, {"time_zone": "America/New_York", "daily_send_cap": 50}
    )
    assert (row["time_zone"], row["daily_send_cap"]) == ("America/New_York", 50)
    row = call(story, story.member, "set_mailbox_settings", box, {"time_zone": None})
    assert (row["time_zone"], row["daily_send_cap"]) == (None, 50)


def test_nobody_changes_a_mailbox_that_is_not_theirs_unless_admin(story: Team) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not yours"):
        call(story, story.member, "set_mailbox_settings", story.mailbox_id, {"daily_send_cap": 1})
    row = call(story, story.owner, "set_mailbox_settings", story.member_box, {"daily_send_cap": 10})
    assert row["daily_send_cap"] == 10
