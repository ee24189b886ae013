"""The audit trail wired into the RPCs (issue 14, item 8): settings changes (privacy settings included), pauses
and resumes, mailbox connections and disconnections, webhook endpoint changes, exports, erasures, members
anonymised, lawful-basis changes and objections each write one public.audit_log row with who, what, before and
after — secrets and persons' addresses left out.

The tenancy world (tests/test_tenancy_rls.py) with Paul's conversation of tests/test_contacts_rls.py (a tracked
email in Mia's mailbox). Each case runs as one request that is rolled back, and reads the rows it wrote.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.test_contacts_rls import write
from tests.test_tenancy_rls import build_world

Audit = tuple[uuid.UUID | None, str, str, str, str, Any, Any]


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        write(conn, w, "box_mia", "paul@prospect-a.example", "a")
        # Léa has not answered Mia yet: her tracked email is active.
        sent = {
            "provider_message_id": "o-lea",
            "internet_message_id": "<o-lea@cabinet.example>",
            "folder": "sent",
            "from": {"address": "mia@team_a.example"},
            "to": [{"address": "lea@client.example"}],
            "subject": "Notre rendez-vous",
            "sent_at": "2026-11-23T09:00:00Z",
            "received_at": "2026-11-23T09:00:00Z",
            "body_text": "Bonjour Léa",
            "analysis": {},
        }
        conn.execute("select worker.ingest_message(%s, %s, '2026-11-23T09:00:00Z')", (w["box_mia"], json.dumps(sent)))
        row = conn.execute(
            "select id from public.tracked_emails where recipients = '{lea@client.example}' and status = 'active'"
        ).fetchone()
        assert row
        w["tracked"] = row[0]
        yield conn, w
    stack.drop_database(target, name)


def audited(
    conn: psycopg.Connection[Any], role: str, user: uuid.UUID | None, *calls: tuple[str, tuple[Any, ...]]
) -> list[Audit]:
    """Runs the calls as one request (rolled back) and returns the audit rows they wrote, oldest first."""
    with acting_as(conn, role, user) as c:
        c.execute("reset role")
        (start,) = c.execute("select coalesce(max(id), 0) from public.audit_log").fetchone()  # type: ignore[misc]
        c.execute(f"set local role {role}")
        for statement, params in calls:
            c.execute(statement, params)
        c.execute("reset role")
        rows = c.execute(
            "select actor_id, actor_role, entity_type, entity_id, action, before, after from public.audit_log"
            " where id > %s order by id",
            (start,),
        ).fetchall()
    return [tuple(r) for r in rows]


def changed(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (before.get(k), after.get(k)) for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def test_a_team_settings_change_is_audited_with_before_and_after(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.set_team_settings(%s, %s)", (w["team_a"], json.dumps({"max_followups": 2}))),
    )  # fmt: skip
    [(actor, role, entity, entity_id, action, before, after)] = rows
    assert (actor, role, entity, entity_id, action) == (
        w["adam"],
        "authenticated",
        "team_settings",
        str(w["team_a"]),
        "updated",
    )
    assert changed(before, after) == {"max_followups": (3, 2)}


def test_a_mailbox_settings_change_is_audited_without_the_address(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["mia"],
        ("select public.set_mailbox_settings(%s, %s)", (w["box_mia"], json.dumps({"daily_send_cap": 50}))),
    )  # fmt: skip
    [(actor, _, entity, entity_id, action, before, after)] = rows
    assert (actor, entity, entity_id, action) == (w["mia"], "mailbox_settings", str(w["box_mia"]), "updated")
    assert changed(before, after) == {"daily_send_cap": (None, 50)}
    assert "address" not in before and "address" not in after
    assert "@" not in json.dumps([before, after])


def test_memberships_changed_through_the_data_api_are_audited(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    # Who may do what in the team: an admin adds Zoe, promotes Nina, removes her; Nina leaves. Each is a line with
    # the role before and after (no address), by whoever did it.
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (w["team_a"], w["zoe"])),
        ("update public.team_members set role = 'admin' where team_id = %s and user_id = %s", (w["team_a"], w["nina"])),
        ("delete from public.team_members where team_id = %s and user_id = %s", (w["team_a"], w["nina"])),
    )  # fmt: skip
    assert [
        (actor, entity, entity_id, action, before, after) for actor, _, entity, entity_id, action, before, after in rows
    ] == [
        (w["adam"], "member", str(w["zoe"]), "added", None, {"role": "member"}),
        (w["adam"], "member", str(w["nina"]), "role_changed", {"role": "member"}, {"role": "admin"}),
        (w["adam"], "member", str(w["nina"]), "removed", {"role": "admin"}, None),
    ]
    rows = audited(
        conn, "authenticated", w["nina"],
        ("delete from public.team_members where team_id = %s and user_id = %s", (w["team_a"], w["nina"])),
    )  # fmt: skip
    assert [(r[0], r[4], r[5]) for r in rows] == [(w["nina"], "left", {"role": "member"})]


def test_an_intelligence_settings_change_is_audited(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.set_intelligence_settings(%s, p_autofill_threshold => 0.95)", (w["team_a"],)),
    )  # fmt: skip
    [(actor, _, entity, entity_id, action, before, after)] = rows
    assert (actor, entity, entity_id, action) == (w["adam"], "intelligence_settings", str(w["team_a"]), "updated")
    assert changed(before, after) == {"autofill_threshold": (0.92, 0.95)}


@pytest.mark.parametrize(
    ("actor", "pause", "resume", "key", "entity"),
    [
        ("mia", "pause_tracked_email", "resume_tracked_email", "tracked", "tracked_email"),
        ("mia", "pause_mailbox", "resume_mailbox", "box_mia", "mailbox"),
    ],
)
def test_pauses_and_resumes_are_audited(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
    actor: str,
    pause: str,
    resume: str,
    key: str,
    entity: str,
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w[actor],
        (f"select public.{pause}(%s)", (w[key],)),
        (f"select public.{pause}(%s)", (w[key],)),  # already paused: nothing changes, nothing is audited
        (f"select public.{resume}(%s)", (w[key],)),
    )  # fmt: skip
    assert [(a, e, i, act, b, af) for a, _, e, i, act, b, af in rows] == [
        (w[actor], entity, str(w[key]), "paused", {"status": "active"}, {"status": "paused"}),
        (w[actor], entity, str(w[key]), "resumed", {"status": "paused"}, {"status": "active"}),
    ]


def test_a_team_pause_and_resume_are_audited(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.resume_team(%s)", (w["team_a"],)),  # not paused: nothing changes, no entry
        ("select public.pause_team(%s, 'incident')", (w["team_a"],)),
        ("select public.resume_team(%s)", (w["team_a"],)),
    )  # fmt: skip
    assert [(a, e, i, act) for a, _, e, i, act, _, _ in rows] == [
        (w["adam"], "team", str(w["team_a"]), "paused"),
        (w["adam"], "team", str(w["team_a"]), "resumed"),
    ]
    (paused_before, paused_after), (resumed_before, resumed_after) = [(b, af) for *_, b, af in rows]
    assert paused_before == {"paused_at": None} and resumed_after == {"paused_at": None}
    assert paused_after["paused_reason"] == "incident" and paused_after["paused_at"] is not None
    assert resumed_before == paused_after


def test_a_refused_change_leaves_no_entry(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    (before,) = conn.execute("select count(*) from public.audit_log").fetchone()  # type: ignore[misc]
    with pytest.raises(psycopg.Error) as err, acting_as(conn, "authenticated", w["mia"], commit=True) as c:
        c.execute("select public.set_team_settings(%s, '{\"max_followups\": 1}')", (w["team_a"],))
    assert sqlstate(err.value) == "42501"
    assert conn.execute("select count(*) from public.audit_log").fetchone() == (before,)


def test_connecting_and_disconnecting_a_mailbox_are_audited(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    at = "2026-11-24T10:00:00+00:00"
    connect = "select worker.connect_mailbox(%s, %s, 'graph', 'Nina@Cabinet-A.example', null, %s)"
    with conn.transaction(force_rollback=True):
        rows = audited(conn, "service_role", None, (connect, (w["team_a"], w["nina"], at)))
        [(_, role, entity, _, action, before, after)] = rows
        assert (role, entity, action, before) == ("service_role", "mailbox", "connected", None)
        assert after == {"status": "active", "provider": "graph", "owner_id": str(w["nina"])}
        box = str(conn.execute(connect, (w["team_a"], w["nina"], at)).fetchone()[0])  # type: ignore[index]
        rows = audited(
            conn, "authenticated", w["nina"],
            ("select public.disconnect_mailbox(%s, 'leaving')", (uuid.UUID(box),)),
        )  # fmt: skip
        assert [(a, e, i, act, b, af) for a, _, e, i, act, b, af in rows] == [
            (
                w["nina"], "mailbox", box, "disconnected", {"status": "active", "status_reason": None},
                {"status": "disconnected", "status_reason": "leaving", "via": "app", "operator": None},
            )
        ]  # fmt: skip
        conn.execute("select worker.disconnect_mailbox_as_operator(%s, null, 'ops', %s)", (box, at))
        rows = audited(conn, "service_role", None, (connect, (w["team_a"], w["nina"], at)))
        assert [(act, b, af["status"]) for _, _, _, _, act, b, af in rows] == [
            ("reconnected", {"status": "disconnected", "status_reason": "disconnected by an operator (ops)"}, "active")
        ]
        assert "nina@" not in json.dumps(rows, default=str).lower()


def test_webhook_endpoint_changes_are_audited_without_the_secret_or_the_url(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with acting_as(conn, "authenticated", w["adam"], commit=True) as c:
        (created,) = c.execute(
            "select public.create_webhook_endpoint(%s, 'https://hooks.example.com/relance?token=s3cr3t',"
            " array['email.tracked'])",
            (w["team_a"],),
        ).fetchone()  # type: ignore[misc]
    endpoint = created["endpoint_id"]
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.update_webhook_endpoint(%s, array['email.tracked', 'email.replied'])", (endpoint,)),
        ("select public.rotate_webhook_secret(%s)", (endpoint,)),
        ("select public.disable_webhook_endpoint(%s, 'maintenance')", (endpoint,)),
        ("select public.enable_webhook_endpoint(%s)", (endpoint,)),
        ("select public.delete_webhook_endpoint(%s)", (endpoint,)),
    )  # fmt: skip
    assert [(a, e, i, act) for a, _, e, i, act, _, _ in rows] == [
        (w["adam"], "webhook_endpoint", endpoint, action)
        for action in ("updated", "secret_rotated", "disabled", "enabled", "deleted")
    ]
    assert rows[0][5:] == (
        {"events": ["email.tracked"], "description": ""},
        {"events": ["email.replied", "email.tracked"], "description": ""},  # sorted, as stored
    )
    assert rows[2][5:] == ({"status": "enabled"}, {"status": "disabled", "disabled_reason": "maintenance"})
    assert rows[4][5] == {"host": "hooks.example.com", "events": ["email.replied", "email.tracked"],
                          "status": "enabled"}  # fmt: skip
    creation = conn.execute(
        "select actor_id, action, after from public.audit_log where entity_type = 'webhook_endpoint'"
    ).fetchall()
    assert creation == [
        (w["adam"], "created", {"host": "hooks.example.com", "events": ["email.tracked"], "description": ""})
    ]
    everything = json.dumps([rows, creation], default=str)
    assert created["secret"] not in everything and "whsec_" not in everything and "s3cr3t" not in everything


PAUL = "paul@prospect-a.example"


def paul_contact(conn: psycopg.Connection[Any], w: dict[str, uuid.UUID]) -> uuid.UUID:
    row = conn.execute(
        "select id from public.contacts where team_id = %s and address = %s", (w["team_a"], PAUL)
    ).fetchone()
    assert row
    return uuid.UUID(str(row[0]))


def test_an_erasure_is_audited_under_its_token_never_the_address(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    contact = paul_contact(conn, w)
    rows = audited(conn, "authenticated", w["adam"], ("select public.erase_person(%s, %s)", (w["team_a"], PAUL)))
    [(actor, role, entity, token, action, before, after)] = rows
    assert (actor, role, entity, action) == (w["adam"], "authenticated", "person", "erased")
    # The token the erasure put in the person's place everywhere (the access log's line names it too; the salt
    # is made on first use, in this rolled-back request, so each call here gets another).
    assert token.startswith("erased-") and token.endswith("@erased.invalid")
    assert before == {"contact_id": str(contact), "messages": 2, "tracked_emails": 1}
    assert after["via"] == "app" and after["suppressed_by_hash"] is True
    assert after["counts"]["contacts"] == 1 and after["counts"]["messages"] == 2
    text = json.dumps(rows, default=str).lower()
    assert "paul" not in text and "durand" not in text and "prospect-a" not in text
    # An operator's erasure (no user) is audited too, with the operator named.
    rows = audited(
        conn, "service_role", None,
        ("select worker.erase_person_as_operator(%s, %s, 'dpo ticket 42')", (w["team_a"], PAUL)),
    )  # fmt: skip
    assert [(a, r, e, t.startswith("erased-"), act, af["via"]) for a, r, e, t, act, _, af in rows] == [
        (None, "service_role", "person", True, "erased", "operator: dpo ticket 42")
    ]


def test_anonymising_a_member_is_audited_after_their_mailbox_is_handed_over(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.anonymise_member(%s, %s, 'Max left for another firm')", (w["team_a"], w["max"])),
    )  # fmt: skip
    assert [(a, e, i, act) for a, _, e, i, act, _, _ in rows] == [
        (w["adam"], "mailbox", str(w["box_max"]), "disconnected"),
        (w["adam"], "member", str(w["max"]), "anonymised"),
    ]
    *_, before, after = rows[1]
    assert before == {"role": "member"}
    assert after == {
        "via": "app", "successor": str(w["adam"]), "mailboxes_handed_over": 1, "contacts_handed_over": 0,
        "organisations_handed_over": 0, "identity_anonymised": True,
    }  # fmt: skip
    # The reason is free text that may name the member: it stays in private.anonymised_members.
    assert "max" not in json.dumps([before, after]).lower()


def test_the_weekly_job_audits_each_member_it_anonymises(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn

    # What each member owns of the team's CRM (the module's earlier tests left some) is handed over with them.
    def owned(table: str, who: str) -> int:
        row = conn.execute(f"select count(*) from public.{table} where owner_id = %s", (w[who],)).fetchone()
        return row[0] if row else 0

    crm = {who: (owned("contacts", who), owned("organisations", who)) for who in ("mia", "max", "nina")}
    rows = audited(conn, "service_role", None, ("select worker.anonymise_inactive_users('2031-01-05T01:00:00Z')", ()))
    members = [(a, r, i, act, b, af) for a, r, e, i, act, b, af in rows if e == "member"]
    # Every plain member of team A; owners and admins (Olivia, Adam, Bob) are exempt.
    assert sorted(members, key=lambda m: str(m[2])) == sorted(
        [
            (None, "service_role", str(w[who]), "anonymised", {"role": "member"},
             {"via": "inactivity job", "successor": str(w["olivia"]), "mailboxes_handed_over": boxes,
              "contacts_handed_over": crm[who][0], "organisations_handed_over": crm[who][1],
              "identity_anonymised": True})
            for who, boxes in (("mia", 1), ("max", 1), ("nina", 0))
        ],
        key=lambda m: str(m[2]),
    )  # fmt: skip


def test_a_basis_change_and_an_objection_are_audited_by_the_contacts_id(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    contact = paul_contact(conn, w)
    rows = audited(
        conn, "authenticated", w["mia"],
        ("select public.set_contact_basis(%s, 'consent', 'form signed by Paul Durand')", (contact,)),
        ("select public.record_objection(%s, 'Paul Durand phoned: no more mail')", (contact,)),
    )  # fmt: skip
    assert [(a, e, i, act) for a, _, e, i, act, _, _ in rows] == [
        (w["mia"], "contact", str(contact), "basis_set"),
        (w["mia"], "contact", str(contact), "objection_recorded"),
    ]
    (basis_before, basis_after), (objection_before, objection_after) = [(b, af) for *_, b, af in rows]
    assert basis_before["lawful_basis"] == "legitimate_interest" and basis_before["basis_at"] is not None
    assert basis_after["lawful_basis"] == "consent" and basis_after["basis_at"] is not None
    assert objection_before == {"objected_at": None}
    assert objection_after["objected_at"] is not None and objection_after["suppressed"] is True
    # Free text that names the person stays on the contact and its timeline (which an erasure scrubs).
    text = json.dumps(rows, default=str).lower()
    assert "paul" not in text and "durand" not in text


def test_a_privacy_settings_change_is_audited_with_before_and_after(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    rows = audited(
        conn, "authenticated", w["adam"],
        ("select public.set_privacy_settings(%s, %s)", (w["team_a"], json.dumps({"body_retention_days": 30}))),
        ("select public.set_privacy_settings(%s, %s)",
         (w["team_a"], json.dumps({"body_retention_days": None, "provider_event_retention_days": 30}))),
    )  # fmt: skip
    assert [(a, e, i, act) for a, _, e, i, act, _, _ in rows] == [
        (w["adam"], "privacy_settings", str(w["team_a"]), "updated")
    ] * 2
    assert [changed(b, af) for *_, b, af in rows] == [
        {"body_retention_days": (None, 30)},
        {"body_retention_days": (30, None), "provider_event_retention_days": (90, 30)},
    ]
    assert rows[0][5] == {"body_retention_days": None, "provider_event_retention_days": 90, "log_retention_days": 90}
