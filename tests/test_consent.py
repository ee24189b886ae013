"""Consent and lawful basis (issue 14 item 5): each contact carries its basis (legitimate interest by default for
B2B prospecting, consent, contract), its source and date; any member of its team may change them; an objection
ends prospecting through R8 (the address suppressed, running tracked emails stopped as opted out, nothing
tracked again) and is visible on the contact and the timeline. Members of another team get a clear error.
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

LEA = "lea.martin@client.example"


def send(conn: psycopg.Connection[Any], box: uuid.UUID, sender: str, to: str, tag: str, day: str) -> dict[str, Any]:
    message = {
        "provider_message_id": f"o-{tag}", "internet_message_id": f"<o-{tag}@cabinet.example>", "folder": "sent",
        "from": {"address": sender}, "to": [{"address": to}], "subject": f"Proposition {tag}",
        "sent_at": f"2030-01-{day}T09:00:00Z", "body_text": "Bonjour", "analysis": {},
    }  # fmt: skip
    row = conn.execute(
        "select worker.ingest_message(%s, %s, %s)", (box, json.dumps(message), f"2030-01-{day}T09:00:00Z")
    ).fetchone()
    assert row
    result: dict[str, Any] = row[0]
    return result


@pytest.fixture
def world(conn: psycopg.Connection[Any]) -> dict[str, uuid.UUID]:
    w = build_world(conn)
    assert "tracked" in send(conn, w["box_mia"], "mia@team_a.example", LEA, "a", "07")["effects"]
    assert "tracked" in send(conn, w["box_bob"], "bob@team_b.example", LEA, "b", "07")["effects"]
    conn.execute("select worker.run_autofill('2030-01-07T10:00:00Z')")
    for team in ("team_a", "team_b"):
        row = conn.execute(
            "select id from public.contacts where team_id = %s and address = %s", (w[team], LEA)
        ).fetchone()
        assert row
        w[f"lea_{team[-1]}"] = row[0]
    return w


def test_a_contact_learnt_from_mail_is_prospected_on_legitimate_interest(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    row = conn.execute(
        "select lawful_basis::text, basis_source, basis_at, objected_at from public.contacts where id = %s",
        (world["lea_a"],),
    ).fetchone()
    # PRIVACY.md: each contact carries its basis, its source and date: since it was first seen, in the mail.
    assert row == ("legitimate_interest", "mail", dt.datetime(2030, 1, 7, 9, 0, tzinfo=dt.UTC), None)


@pytest.mark.parametrize("member", ["mia", "max", "adam"])
def test_a_member_of_the_team_sets_the_basis_its_source_and_date(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID], member: str
) -> None:
    w = world
    with acting_as(conn, "authenticated", w[member], commit=True):
        row = conn.execute(
            "select lawful_basis::text, basis_source, basis_at = now() from public.set_contact_basis(%s, 'contract',"
            " 'engagement letter signed 2030-01-10')",
            (w["lea_a"],),
        ).fetchone()
    assert row == ("contract", "engagement letter signed 2030-01-10", True)
    event = conn.execute(
        "select reason, details ->> 'actor' from public.events where team_id = %s and kind = 'lawful_basis'",
        (w["team_a"],),
    ).fetchone()
    assert event == ("lawful basis of a contact set to contract (engagement letter signed 2030-01-10)", str(w[member]))
    # The other team's contact of the same person keeps its own basis.
    assert conn.execute("select lawful_basis::text from public.contacts where id = %s", (w["lea_b"],)).fetchone() == (
        "legitimate_interest",
    )


def test_basis_and_objection_refuse_other_teams_and_bad_input(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for actor in ("bob", "zoe", "anon"):
        role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
        for call in (
            "select public.set_contact_basis(%s, 'consent', 'form')",
            "select public.record_objection(%s)",
        ):
            with pytest.raises(psycopg.Error) as caught, acting_as(conn, role, user):
                conn.execute(call, (w["lea_a"],))
            assert sqlstate(caught.value) == "42501", (actor, call)
    for source in ("", "   ", "x" * 201, None):
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["mia"]):
            conn.execute("select public.set_contact_basis(%s, 'consent', %s)", (w["lea_a"], source))
        assert sqlstate(caught.value) == "22023" and "p_source" in str(caught.value)
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["mia"]):
        conn.execute("select public.set_contact_basis(%s, null, 'form')", (w["lea_a"],))
    assert sqlstate(caught.value) == "22023"
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["mia"]):
        conn.execute("select public.set_contact_basis(%s, 'opinion', 'form')", (w["lea_a"],))
    assert sqlstate(caught.value) == "22P02"
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["mia"]):
        conn.execute("select public.record_objection(%s, %s)", (w["lea_a"], "x" * 501))
    assert sqlstate(caught.value) == "22023"
    # Nothing changed.
    row = conn.execute(
        "select lawful_basis::text, objected_at from public.contacts where id = %s", (w["lea_a"],)
    ).fetchone()
    assert row == ("legitimate_interest", None)
    assert conn.execute("select count(*) from public.suppressions").fetchone() == (0,)


def test_r8_an_objection_ends_prospecting_and_is_visible(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    with acting_as(conn, "authenticated", w["max"], commit=True):
        row = conn.execute(
            "select objected_at = now(), objection_detail from public.record_objection(%s, 'asked by phone')",
            (w["lea_a"],),
        ).fetchone()
    assert row == (True, "asked by phone")
    # R8: on the team's suppression list as an opt-out; the running tracked email stopped, its follow-up too.
    assert conn.execute(
        "select reason, detail from public.suppressions where team_id = %s and address = %s", (w["team_a"], LEA)
    ).fetchone() == ("opted_out", "objection: asked by phone")
    tracked = conn.execute(
        "select id, status::text, status_reason from public.tracked_emails where team_id = %s", (w["team_a"],)
    ).fetchone()
    assert tracked and tracked[1] == "opted_out" and "objected to prospecting (asked by phone)" in tracked[2]
    assert conn.execute(
        "select count(*) from public.followups where tracked_email_id = %s and status = 'scheduled'", (tracked[0],)
    ).fetchone() == (0,)
    # Visible: on the contact (every member of the team) and on the tracked email's timeline (its owner).
    with acting_as(conn, "authenticated", w["nina"]):
        assert conn.execute("select objection_detail from public.contacts where id = %s", (w["lea_a"],)).fetchone() == (
            "asked by phone",
        )
    with acting_as(conn, "authenticated", w["mia"]):
        timeline = conn.execute(
            "select kind, reason from public.events where tracked_email_id = %s and kind = 'opted_out'", (tracked[0],)
        ).fetchall()
    assert len(timeline) == 1 and "objected to prospecting" in timeline[0][1]
    with acting_as(conn, "authenticated", w["adam"]):
        assert conn.execute(
            "select count(*) from public.events where team_id = %s and kind = 'objection'", (w["team_a"],)
        ).fetchone() == (1,)
    # Nothing is tracked for them again; the other team still prospects them.
    assert send(conn, w["box_mia"], "mia@team_a.example", LEA, "a2", "08")["effects"] == ["not_tracked_suppressed"]
    assert conn.execute(
        "select status::text from public.tracked_emails where team_id = %s", (w["team_b"],)
    ).fetchone() == ("active",)


def test_an_objection_is_kept_from_the_data_api_and_lifted_only_with_evidence(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    """PRIVACY.md: an objection "is kept as a suppression". No admin deletes it through the Data API; when the
    person asks to hear from the team again, an admin lifts it with that evidence, on the timeline and audited."""
    w = world
    with acting_as(conn, "authenticated", w["mia"], commit=True):
        conn.execute("select public.record_objection(%s, 'ne plus me contacter')", (w["lea_a"],))
    with acting_as(conn, "authenticated", w["adam"]):
        assert conn.execute("delete from public.suppressions where address = %s returning 1", (LEA,)).fetchall() == []
    assert send(conn, w["box_mia"], "mia@team_a.example", LEA, "a2", "08")["effects"] == ["not_tracked_suppressed"]

    lift = "select public.lift_suppression(%s, %s, %s)"
    for actor, evidence, state in (
        ("mia", "she asked by email", "42501"),  # a member
        ("bob", "she asked by email", "42501"),  # another team's admin
        ("adam", "  ", "22023"),  # no evidence
        ("adam", None, "22023"),
    ):
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w[actor]):
            conn.execute(lift, (w["team_a"], LEA, evidence))
        assert sqlstate(caught.value) == state, actor
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["adam"]):
        conn.execute(lift, (w["team_a"], "nobody@client.example", "asked"))
    assert sqlstate(caught.value) == "P0002"
    # A signed-in admin acts at the server's instant, never one they pick (private.caller_now).
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["adam"]):
        conn.execute("select public.lift_suppression(%s, %s, 'asked', '2030-01-01')", (w["team_a"], LEA))
    assert sqlstate(caught.value) == "42501"

    with acting_as(conn, "authenticated", w["adam"], commit=True):
        row = conn.execute(lift, (w["team_a"], "Lea.Martin@Client.example", "her email of 2030-01-09 asking for news"))
        assert row.fetchone() == ("opted_out",)
    assert conn.execute("select count(*) from public.suppressions where team_id = %s", (w["team_a"],)).fetchone() == (
        0,
    )
    # Her word is the basis the team now writes to her on, kept on her contact beyond the timeline's retention.
    assert conn.execute(
        "select objected_at, lawful_basis::text, basis_source, basis_at is not null from public.contacts where id = %s",
        (w["lea_a"],),
    ).fetchone() == (None, "consent", "renewed consent: her email of 2030-01-09 asking for news", True)
    event = conn.execute(
        "select reason from public.events where team_id = %s and kind = 'suppression_lifted'", (w["team_a"],)
    ).fetchone()
    assert event and "her email of 2030-01-09 asking for news" in event[0] and "opted_out" in event[0]
    audit = conn.execute(
        "select actor_id, entity_id, before ->> 'reason', after::text from public.audit_log"
        " where team_id = %s and entity_type = 'suppression' and action = 'lifted'",
        (w["team_a"],),
    ).fetchone()
    assert audit and audit[:3] == (w["adam"], str(w["lea_a"]), "opted_out") and LEA not in audit[3]
    assert '"lawful_basis": "consent"' in audit[3] and "asking for news" not in audit[3]
    assert send(conn, w["box_mia"], "mia@team_a.example", LEA, "a3", "10")["effects"] == ["tracked"]


def test_a_lifted_opt_out_of_someone_without_a_contact_leaves_a_contact_carrying_the_consent(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    paul = "paul.roux@client.example"
    with acting_as(conn, "service_role", w["adam"], commit=True):
        conn.execute(
            "insert into public.suppressions (team_id, address, reason, detail) values (%s, %s, 'opted_out', 'stop')",
            (w["team_a"], paul),
        )
    assert conn.execute("select count(*) from public.contacts where address = %s", (paul,)).fetchone() == (0,)
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        conn.execute("select public.lift_suppression(%s, %s, 'his call of 2030-01-09')", (w["team_a"], paul))
    assert conn.execute(
        "select lawful_basis::text, basis_source, objected_at from public.contacts where team_id = %s and address = %s",
        (w["team_a"], paul),
    ).fetchone() == ("consent", "renewed consent: his call of 2030-01-09", None)


def test_a_bounce_or_a_hand_added_suppression_is_removed_by_an_admin_and_an_erased_person_never_is(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    conn.execute(
        "insert into public.suppressions (team_id, address, reason) values (%s, 'typo@client.example', 'bounced'),"
        " (%s, 'hand@client.example', 'manual')",
        (w["team_a"], w["team_a"]),
    )
    with acting_as(conn, "authenticated", w["mia"]):
        assert conn.execute("delete from public.suppressions returning 1").fetchall() == []
    with acting_as(conn, "authenticated", w["adam"]):
        deleted = conn.execute("delete from public.suppressions returning address").fetchall()
    assert sorted(deleted) == [("hand@client.example",), ("typo@client.example",)]
    # Art. 17: once erased, the person is never written to again (their hash stays), whatever an admin lifts.
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        conn.execute("select public.erase_person(%s, %s)", (w["team_a"], LEA))
    conn.execute(
        "insert into public.suppressions (team_id, address, reason) values (%s, %s, 'manual')", (w["team_a"], LEA)
    )
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["adam"]):
        conn.execute("select public.lift_suppression(%s, %s, 'asked')", (w["team_a"], LEA))
    assert sqlstate(caught.value) == "42501" and "erased" in str(caught.value)
