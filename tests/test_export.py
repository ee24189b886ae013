"""Export (issue 14, item 2; GDPR Art. 15 and 20): everything a team holds about a person, by address, and
everything the product holds about a user, each as one JSON document; every export logged and audited.

The world of tests/test_contacts_rls.py: Paul of prospect A answered Mia (team A) — messages, a tracked email and
its follow-up, a contact and facts, intents, a reminder, a notification — and Paul of prospect B answered Bob
(team B). Adam is team A's admin. The export's sections are named after the tables they come from, and the last
test compares them with the catalog: a new table holding an address or a user id fails it until the export
covers the table or the exclusion list below says why not.
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

PAUL = "paul@prospect-a.example"
AT = "2026-11-24T10:00:00Z"

# Tables holding an address or a user id that no export covers, and why. Keep each reason true.
EXCLUDED = {
    # A sign-in in progress: the PKCE verifier and state of an OAuth flow (secrets), deleted within minutes.
    "private.oauth_states": "secret, transient",
    # That a member left a team and was anonymised: by then the user has no identity left to export, and the
    # admin who did it finds the act in their own audit entries (audit_log, which export_user carries).
    "private.anonymised_members": "an anonymised member's id only; the act is in the audit trail",
}

# A column holding a person's address or a user's id: by name, or a foreign key to auth.users.
PERSONAL_COLUMNS = """
    select distinct c.table_schema || '.' || c.table_name
    from information_schema.columns as c
    join information_schema.tables as t using (table_schema, table_name)
    where c.table_schema in ('public', 'private', 'worker') and t.table_type = 'BASE TABLE'
      and (
        c.column_name ~ '(^|_)(address|addresses|recipients)$'
        or c.column_name ~ '(^|_)(user_id|owner_id|actor_id)$'
        or c.column_name ~ '_by$'
        or exists (
            select 1 from pg_constraint as k
            join pg_attribute as a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
            where k.contype = 'f' and k.confrelid = 'auth.users'::regclass
              and k.conrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
              and a.attname = c.column_name
        )
      )
    order by 1
"""


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        write(conn, w, "box_mia", PAUL, "a")
        write(conn, w, "box_bob", "paul@prospect-b.example", "b")
        conn.execute(
            "insert into public.suppressions (team_id, address, reason) values (%s, %s, 'opted_out')",
            (w["team_a"], PAUL),
        )
        conn.execute(
            "insert into public.holds (team_id, address, return_on) values (%s, %s, '2026-12-01')", (w["team_a"], PAUL)
        )
        conn.execute(
            "insert into private.ai_cache (team_id, kind, model, text_hash, result, subject_address, created_at)"
            " values (%s, 'signature', 'test/model', sha256('sig'), '{\"name\": \"Paul Durand\"}', %s, %s)",
            (w["team_a"], PAUL, AT),
        )
        # Mia accepted the title suggested for Paul: her preference, and a value chosen about him.
        conn.execute(
            "insert into public.ai_user_preferences (team_id, user_id, field, action, suggested_value, final_value,"
            " address, created_at, expires_at) values (%s, %s, 'title', 'accept', 'Gérant', 'Gérant', %s, %s,"
            " %s::timestamptz + interval '90 days')",
            (w["team_a"], w["mia"], PAUL, AT, AT),
        )
        conn.execute(
            "select worker.store_mailbox_credentials(%s, '\\xdeadbeefcafe00112233445566778899'::bytea, 'key-1')",
            (w["box_mia"],),
        )
        # Mia read Paul's full record: the access log about him is part of his export.
        with acting_as(conn, "authenticated", w["mia"], commit=True) as c:
            c.execute("select public.get_contact(%s)", (w["contact_a"],))
            c.execute("select public.pause_mailbox(%s)", (w["box_mia"],))
        yield conn, w
    stack.drop_database(target, name)


def export_person(conn: psycopg.Connection[Any], user: uuid.UUID, team: uuid.UUID, address: str) -> Any:
    with acting_as(conn, "authenticated", user, commit=True) as c:
        row = c.execute("select public.export_person(%s, %s)", (team, address)).fetchone()
    assert row
    return row[0]


def test_an_admin_exports_everything_the_team_holds_about_a_person(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    doc = export_person(conn, w["adam"], w["team_a"], " Paul@Prospect-A.example ")
    assert (doc["kind"], doc["address"], doc["team_id"]) == ("person", PAUL, str(w["team_a"]))
    assert [c["address"] for c in doc["public.contacts"]] == [PAUL]
    assert {(f["field"], f["value"]) for f in doc["public.contact_facts"]} >= {("name", "Paul Durand")}
    # Both messages: the one Mia sent him and his answer, with their analysis.
    messages = doc["public.messages"]
    assert [(m["direction"], m["subject"]) for m in messages] == [
        ("outbound", "Votre proposition"),
        ("inbound", "Votre proposition"),
    ]
    assert messages[1]["analysis"]["kind"] == "human"
    assert [t["recipients"] for t in doc["public.tracked_emails"]] == [[PAUL]]
    assert len(doc["public.conversations"]) == 1
    assert {i["label"] for i in doc["public.message_intents"]} == {"not_now"}
    assert [r["address"] for r in doc["public.reminders"]] == [PAUL]
    assert [n["address"] for n in doc["public.notifications"]] == [PAUL]
    assert doc["public.events"], "the timeline of his tracked email"
    assert [s["reason"] for s in doc["public.suppressions"]] == ["opted_out"]
    assert [h["return_on"] for h in doc["public.holds"]] == ["2026-12-01"]
    assert [a["result"] for a in doc["private.ai_cache"]] == [{"name": "Paul Durand"}]
    assert [(a["field"], a["final_value"]) for a in doc["public.ai_user_preferences"]] == [("title", "Gérant")]
    assert [(log["access_type"], log["actor_id"]) for log in doc["public.data_access_logs"]] == [
        ("read", str(w["mia"]))
    ]
    # Nothing of team B's Paul, nor of anybody else's mail.
    assert "prospect-b" not in json.dumps(doc)


def test_an_export_is_logged_and_audited_without_the_address_in_the_audit(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with acting_as(conn, "service_role") as c:
        c.execute("select public.export_person(%s, %s, %s)", (w["team_a"], PAUL, AT))
        logged = c.execute(
            "select entity_type, entity_id, address, access_type from public.data_access_logs"
            " where access_type = 'export' and occurred_at = %s",
            (AT,),
        ).fetchall()
        audited = c.execute(
            "select entity_type, entity_id, action, after from public.audit_log where occurred_at = %s", (AT,)
        ).fetchall()
    assert logged == [("person", str(w["contact_a"]), PAUL, "export")]
    assert audited == [
        ("export", str(w["contact_a"]), "exported", {"kind": "person", "contact_id": str(w["contact_a"])})
    ]
    assert PAUL not in json.dumps(audited)


@pytest.mark.parametrize(
    ("actor", "team", "address", "state"),
    [
        ("mia", "team_a", PAUL, "42501"),  # a member: the admins answer a person's request
        ("bob", "team_a", PAUL, "42501"),  # another team's owner
        ("adam", "team_b", "paul@prospect-b.example", "42501"),
        ("adam", "team_a", "not an address", "22023"),
        ("adam", None, PAUL, "22023"),
    ],
)
def test_who_may_export_a_person(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
    actor: str,
    team: str | None,
    address: str,
    state: str,
) -> None:
    conn, w = world_conn
    before = conn.execute("select count(*) from public.data_access_logs").fetchone()
    with pytest.raises(psycopg.Error) as err, acting_as(conn, "authenticated", w[actor]) as c:
        c.execute("select public.export_person(%s, %s)", (w[team] if team else None, address))
    assert sqlstate(err.value) == state
    with pytest.raises(psycopg.Error) as anon, acting_as(conn, "anon") as c:
        c.execute("select public.export_person(%s, %s)", (w["team_a"], PAUL))
    assert sqlstate(anon.value) == "42501"
    assert conn.execute("select count(*) from public.data_access_logs").fetchone() == before


def test_a_user_exports_themselves_without_secrets(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with acting_as(conn, "authenticated", w["mia"], commit=True) as c:
        (doc,) = c.execute("select public.export_user()").fetchone()  # type: ignore[misc]
        mine = c.execute("select entity_type, access_type from public.my_access_logs order by id").fetchall()
    assert (doc["kind"], doc["user_id"], doc["auth.users"]["email"]) == ("user", str(w["mia"]), "mia@example.test")
    assert [(m["team_id"], m["role"]) for m in doc["public.team_members"]] == [(str(w["team_a"]), "member")]
    assert [b["id"] for b in doc["public.mailboxes"]] == [str(w["box_mia"])]
    assert [t["name"] for t in doc["public.teams"]] == ["team_a"]
    assert [s["team_id"] for s in doc["public.team_settings"]] == [str(w["team_a"])]
    # Her actions: the pause (audit) and the read of Paul's record (access log).
    assert [(a["entity_type"], a["action"]) for a in doc["public.audit_log"]] == [("mailbox", "paused")]
    assert [log["access_type"] for log in doc["public.data_access_logs"]] == ["read"]
    assert [n["owner_id"] for n in doc["public.notifications"]] == [str(w["mia"])]
    assert [(a["field"], a["action"]) for a in doc["public.ai_user_preferences"]] == [("title", "accept")]
    # The mailbox's sealed credentials are a secret: not even their ciphertext.
    text = json.dumps(doc)
    assert "deadbeefcafe" not in text and "key-1" not in text and "ciphertext" not in text
    # The export itself is in her access log.
    assert mine[-1] == ("user", "export")


def test_a_user_export_stays_in_the_users_own_teams(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with pytest.raises(psycopg.Error) as err, acting_as(conn, "authenticated", w["mia"]) as c:
        c.execute("select public.export_user(%s)", (w["team_b"],))
    assert sqlstate(err.value) == "42501"
    with pytest.raises(psycopg.Error) as nobody, acting_as(conn, "service_role") as c:
        c.execute("select public.export_user()")
    assert sqlstate(nobody.value) == "42501"
    with pytest.raises(psycopg.Error) as anon, acting_as(conn, "anon") as c:
        c.execute("select public.export_user()")
    assert sqlstate(anon.value) == "42501"


def test_every_table_holding_an_address_or_a_user_id_is_exported_or_excluded_with_a_reason(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    person = export_person(conn, w["adam"], w["team_a"], PAUL)
    with acting_as(conn, "authenticated", w["mia"]) as c:
        (user,) = c.execute("select public.export_user()").fetchone()  # type: ignore[misc]
    personal = {name for (name,) in conn.execute(PERSONAL_COLUMNS).fetchall()}
    # The catalog query finds what it must (guards the query itself).
    assert {"public.contacts", "public.messages", "public.team_members", "private.oauth_states"} <= personal
    covered = {k for k in person if "." in k} | {k for k in user if "." in k}
    assert sorted(personal - covered - set(EXCLUDED)) == []
    # The exclusions are real tables the export indeed leaves out.
    assert set(EXCLUDED) <= personal and not set(EXCLUDED) & covered
