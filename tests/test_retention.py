"""Retention and minimisation (issue 14 item 6): a team's settings say how long message bodies, logs and
provider events are kept; the daily jobs apply them at an injected instant. Bodies are blanked, never the
messages, so threads, tracked emails and statistics stay. One test per setting, and the settings RPCs' checks.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as, sqlstate
from tests.test_tenancy_rls import build_world

T0 = dt.datetime(2030, 1, 7, 9, 0, tzinfo=dt.UTC)


def send(conn: psycopg.Connection[Any], box: uuid.UUID, sender: str, tag: str, at: dt.datetime) -> uuid.UUID:
    message = {
        "provider_message_id": f"o-{tag}", "internet_message_id": f"<o-{tag}@cabinet.example>", "folder": "sent",
        "from": {"address": sender}, "to": [{"address": f"{tag}@client.example"}], "subject": f"Offre {tag}",
        "sent_at": at.isoformat(), "body_text": f"Corps {tag}", "analysis": {"new_text": f"Corps {tag}"},
    }  # fmt: skip
    row = conn.execute("select worker.ingest_message(%s, %s, %s)", (box, json.dumps(message), at)).fetchone()
    assert row
    return uuid.UUID(row[0]["message_id"])


@pytest.fixture
def world(conn: psycopg.Connection[Any]) -> dict[str, uuid.UUID]:
    return build_world(conn)


def settings(conn: psycopg.Connection[Any], w: dict[str, uuid.UUID], team: str, actor: str, value: Any) -> Any:
    with acting_as(conn, "authenticated", w[actor], commit=True):
        row = conn.execute(
            "select body_retention_days, provider_event_retention_days, log_retention_days"
            " from public.set_privacy_settings(%s, %s)",
            (w[team], json.dumps(value)),
        ).fetchone()
    return row


def test_bodies_are_blanked_after_the_teams_retention_and_messages_stay(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    old = send(conn, w["box_mia"], "mia@team_a.example", "old", T0)
    recent = send(conn, w["box_mia"], "mia@team_a.example", "recent", T0 + dt.timedelta(days=40))
    other = send(conn, w["box_bob"], "bob@team_b.example", "other", T0)
    # Without a setting, bodies are kept as long as the message.
    conn.execute("select private.apply_privacy_retention(%s)", (T0 + dt.timedelta(days=3650),))
    assert conn.execute("select count(*) from public.messages where body_text is null").fetchone() == (0,)
    assert settings(conn, w, "team_a", "adam", {"body_retention_days": 30}) == (30, 90, 90)
    done = conn.execute("select private.apply_privacy_retention(%s)", (T0 + dt.timedelta(days=45),)).fetchone()
    assert done and done[0]["bodies"] == 1
    bodies = dict(conn.execute("select id, body_text from public.messages").fetchall())
    assert bodies == {old: None, recent: "Corps recent", other: "Corps other"}
    assert conn.execute("select analysis from public.messages where id = %s", (old,)).fetchone() == ({},)
    # The message, its conversation and its tracked email stay: threads and statistics are whole.
    assert conn.execute(
        "select m.subject, t.status::text from public.messages as m"
        " join public.tracked_emails as t on t.message_id = m.id where m.id = %s",
        (old,),
    ).fetchone() == ("Offre old", "active")
    # Null again: kept.
    assert settings(conn, w, "team_a", "olivia", {"body_retention_days": None}) == (None, 90, 90)
    conn.execute("select private.apply_privacy_retention(%s)", (T0 + dt.timedelta(days=3650),))
    assert conn.execute("select body_text from public.messages where id = %s", (recent,)).fetchone() == (
        "Corps recent",
    )


def test_logs_are_kept_90_days_by_default_then_as_the_team_says(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for team, box, days in (("team_a", "box_mia", 50), ("team_a", "box_mia", 95), ("team_b", "box_bob", 50)):
        conn.execute(
            "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
            " values (%s, %s, 'error', %s, %s)",
            (w[team], w[box], f"{team} {days}", T0 - dt.timedelta(days=days)),
        )
    conn.execute("select private.purge_expired(%s)", (T0,))
    left = {r[0] for r in conn.execute("select message from public.worker_logs")}
    assert left == {"team_a 50", "team_b 50"}
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        conn.execute("select public.set_team_settings(%s, '{\"retention_days\": 30}')", (w["team_a"],))
        row = conn.execute("select log_retention_days from public.get_privacy_settings(%s)", (w["team_a"],)).fetchone()
        assert row == (30,)
    conn.execute("select private.purge_expired(%s)", (T0,))
    assert {r[0] for r in conn.execute("select message from public.worker_logs")} == {"team_b 50"}


def test_provider_events_are_deleted_after_the_teams_retention(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for team, box in (("team_a", "box_mia"), ("team_b", "box_bob")):
        event = json.dumps({"team_id": str(w[team]), "mailbox_id": str(w[box]), "kind": "message"})
        row = conn.execute("select pgmq.send('provider_events', %s)", (event,)).fetchone()
        assert row
        conn.execute("select pgmq.archive('provider_events', %s::bigint)", (row[0],))
        conn.execute(
            "insert into private.provider_rejections (received_at, provider, reason, mailbox_id, payload_sha256)"
            " values (now() - interval '20 days', 'graph', 'malformed', %s, repeat('a', 64))",
            (w[box],),
        )
    now = conn.execute("select now()").fetchone()
    assert now
    # 90 days by default: nothing goes before.
    assert conn.execute("select private.apply_privacy_retention(%s)", (now[0] + dt.timedelta(days=89),)).fetchone() == (
        {"bodies": 0, "provider_events": 0, "rejections": 0},
    )
    assert settings(conn, w, "team_a", "adam", {"provider_event_retention_days": 10}) == (None, 10, 90)
    done = conn.execute("select private.apply_privacy_retention(%s)", (now[0] + dt.timedelta(days=11),)).fetchone()
    assert done == ({"bodies": 0, "provider_events": 1, "rejections": 1},)
    teams = {r[0] for r in conn.execute("select message ->> 'team_id' from pgmq.a_provider_events")}
    assert teams == {str(w["team_b"])}
    boxes = {r[0] for r in conn.execute("select mailbox_id from private.provider_rejections")}
    assert boxes == {w["box_bob"]}
    done = conn.execute("select private.apply_privacy_retention(%s)", (now[0] + dt.timedelta(days=91),)).fetchone()
    assert done and done[0]["provider_events"] == 1
    assert conn.execute("select count(*) from pgmq.a_provider_events").fetchone() == (0,)


def test_privacy_settings_are_read_by_members_and_changed_by_admins_only(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    with acting_as(conn, "authenticated", w["mia"]):
        assert conn.execute(
            "select body_retention_days, provider_event_retention_days, log_retention_days"
            " from public.get_privacy_settings(%s)",
            (w["team_a"],),
        ).fetchone() == (None, 90, 90)
    for actor, call in (
        ("mia", "select public.set_privacy_settings(%s, '{\"body_retention_days\": 30}')"),
        ("bob", "select public.set_privacy_settings(%s, '{\"body_retention_days\": 30}')"),
        ("bob", "select public.get_privacy_settings(%s)"),
        ("zoe", "select public.get_privacy_settings(%s)"),
        ("anon", "select public.get_privacy_settings(%s)"),
    ):
        role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, role, user):
            conn.execute(call, (w["team_a"],))
        assert sqlstate(caught.value) == "42501", (actor, call)
    for bad, says in (
        ({"body_retention_days": 0}, "body_retention_days"),
        ({"provider_event_retention_days": 4000}, "provider_event_retention_days"),
        ({"body_retention_days": "thirty"}, "whole number"),
        ({"bodies": 30}, "unknown setting"),
    ):
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["adam"]):
            conn.execute("select public.set_privacy_settings(%s, %s)", (w["team_a"], json.dumps(bad)))
        assert sqlstate(caught.value) == "22023" and says in str(caught.value), bad
    assert conn.execute("select count(*) from private.privacy_settings").fetchone() == (0,)
