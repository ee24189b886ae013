"""Contacts, organisations, their facts, the intelligence settings, the messages' insights and intents under RLS,
for every table, role and command, and the grants of their functions.

The tenancy world (tests/test_tenancy_rls.py): a prospect wrote to Mia (team A), another to Bob (team B); each
signature left an applied and a suggested fact. A team's contacts are its CRM: every member reads them; a
message's insight stays with the message (its mailbox's owner and the team's admins); nobody writes any of it
directly, and decisions go through decide_fact / decide_facts / set_contact_field, which check the owner or an
admin.
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
from tests.rls import DENIED, Case, Rows, run_case
from tests.test_tenancy_rls import EVERYONE, build_world

CRM_TABLES = {
    "contacts",
    "organisations",
    "contact_facts",
    "organisation_facts",
    "intelligence_settings",
    "message_insights",
    "message_intents",
    "notifications",
    "reminders",
}

WORKER_FUNCTIONS = (
    "backfill_insights(uuid)",
    "run_autofill(timestamp with time zone,uuid,integer)",
    "read_intelligence_queue(integer,integer)",
    "record_signature(bigint,uuid,jsonb,timestamp with time zone)",
    "fail_intelligence(bigint,uuid,text,integer,timestamp with time zone)",
    "record_intent(uuid,text,numeric,text,date,text,text,text,timestamp with time zone,boolean)",
)


def write(conn: psycopg.Connection[Any], w: dict[str, uuid.UUID], box: str, sender: str, tag: str) -> None:
    # The mailbox wrote to the prospect first (a tracked email), and the prospect answers it.
    mine = conn.execute("select address from public.mailboxes where id = %s", (w[box],)).fetchone()
    assert mine
    sent = {
        "provider_message_id": f"o-{tag}",
        "internet_message_id": f"<o-{tag}@cabinet.example>",
        "folder": "sent",
        "from": {"address": mine[0]},
        "to": [{"address": sender}],
        "subject": "Votre proposition",
        "sent_at": "2026-11-20T09:00:00Z",
        "received_at": "2026-11-20T09:00:00Z",
        "body_text": "Voici notre proposition.",
        "analysis": {},
    }
    conn.execute("select worker.ingest_message(%s, %s, '2026-11-20T09:00:00Z')", (w[box], json.dumps(sent)))
    message = {
        "provider_message_id": f"p-{tag}",
        "internet_message_id": f"<{tag}@prospect.example>",
        "in_reply_to": f"<o-{tag}@cabinet.example>",
        "references": [f"<o-{tag}@cabinet.example>"],
        "folder": "inbox",
        "from": {"address": sender, "name": "Prospect"},
        "to": [{"address": f"{box[4:]}@x.example"}],
        "subject": "Votre proposition",
        "sent_at": "2026-11-23T09:00:00Z",
        "received_at": "2026-11-23T09:00:00Z",
        "body_text": "Merci.\n\nCordialement,\nPaul Durand\nGérant",
        "analysis": {"kind": "human", "new_text": "Merci.\n\nCordialement,\nPaul Durand\nGérant"},
    }
    row = conn.execute(
        "select worker.ingest_message(%s, %s, '2026-11-23T09:00:00Z')", (w[box], json.dumps(message))
    ).fetchone()
    assert row
    msg = row[0]["message_id"]
    result = {
        "fields": [
            {"field": "name", "value": "Paul Durand", "confidence": 0.97, "source": "signature"},
            {"field": "title", "value": "Gérant", "confidence": 0.7, "source": "signature"},
            {"field": "company", "value": "Durand SAS", "confidence": 0.6, "source": "signature"},
        ]
    }
    conn.execute("select worker.record_signature(null, %s, %s)", (msg, json.dumps(result)))
    # A reply read twice: a meeting request (a notification), then "not now, in March" (a reminder, and the
    # notification nobody read is taken back); the meeting it also asks for is notified again, by hand here.
    at = "2026-11-23T09:05:00Z"
    conn.execute("select worker.record_intent(%s, 'meeting_request', 0.9, 'rules', p_now => %s)", (msg, at))
    conn.execute("select worker.record_intent(%s, 'not_now', 0.9, 'rules', '2027-03-01', p_now => %s)", (msg, at))
    conn.execute(
        "insert into public.notifications (team_id, owner_id, kind, tracked_email_id, message_id, address, reason,"
        " created_at) select team_id, owner_id, 'meeting_request', tracked_email_id, message_id, address, reason,"
        " created_at from public.reminders where message_id = %s",
        (msg,),
    )
    w[f"reminder_{tag}"], w[f"notification_{tag}"] = conn.execute(
        "select r.id, n.id from public.reminders r join public.notifications n using (message_id)"
        " where r.message_id = %s",
        (msg,),
    ).fetchone()  # type: ignore[misc]
    w[f"msg_{tag}"] = uuid.UUID(msg)
    ids = conn.execute(
        "select id, organisation_id from public.contacts where address = %s and team_id = (select team_id from"
        " public.messages where id = %s)",
        (sender, msg),
    ).fetchone()
    assert ids is not None
    w[f"contact_{tag}"], w[f"org_{tag}"] = ids
    w[f"fact_{tag}"] = conn.execute(
        "select id from public.contact_facts where contact_id = %s and status = 'suggested' and field = 'title'",
        (w[f"contact_{tag}"],),
    ).fetchone()[0]  # type: ignore[index]


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        write(conn, w, "box_mia", "paul@prospect-a.example", "a")
        write(conn, w, "box_bob", "paul@prospect-b.example", "b")
        for team in ("team_a", "team_b"):
            conn.execute("select public.set_intelligence_settings(%s, p_autofill_batch_size => 20)", (w[team],))
        yield conn, w
    stack.drop_database(target, name)


TEAM_A = ("mia", "max", "nina", "adam", "olivia")


def cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    team_wide = {
        "contacts": ("id", "contact"),
        "organisations": ("id", "org"),
        "contact_facts": ("contact_id", "contact"),
        "organisation_facts": ("organisation_id", "org"),
        "intelligence_settings": ("team_id", "team"),
    }
    for table, (key, prefix) in team_wide.items():
        a, b = (f"{prefix}_a", f"{prefix}_b") if prefix != "team" else ("team_a", "team_b")
        each(
            table, "select", f"select distinct {key} from public.{table}",
            anon=DENIED, zoe=Rows(), bob=Rows(b), service=Rows(a, b), **{u: Rows(a) for u in TEAM_A},
        )  # fmt: skip
    # A fact's value (a phone number, a postal address as much as a name) is the full record: members select the
    # other columns of contact_facts (lists, counts by field and status), its value only through get_contact.
    each(
        "contact_facts", "select", "select distinct contact_id from public.contact_facts where value is not null",
        anon=DENIED, zoe=DENIED, bob=DENIED, service=Rows("contact_a", "contact_b"), **{u: DENIED for u in TEAM_A},
    )  # fmt: skip
    per_mailbox = {"message_insights": ("message_id", "msg"), "message_intents": ("message_id", "msg")}
    for table, (key, prefix) in per_mailbox.items():
        each(
            table, "select",
            f"select {key} from public.{table}" + (" where direction = 'inbound'" * (table == "message_insights")),
            anon=DENIED, mia=Rows(f"{prefix}_a"), max=Rows(), nina=Rows(), adam=Rows(f"{prefix}_a"),
            olivia=Rows(f"{prefix}_a"), bob=Rows(f"{prefix}_b"), zoe=Rows(), service=Rows(f"{prefix}_a", f"{prefix}_b"),
        )  # fmt: skip
    # A notification is its member's alone; a reminder its owner's and the team's admins'.
    each(
        "notifications", "select", "select id from public.notifications",
        anon=DENIED, mia=Rows("notification_a"), max=Rows(), nina=Rows(), adam=Rows(), olivia=Rows(),
        bob=Rows("notification_b"), zoe=Rows(), service=Rows("notification_a", "notification_b"),
    )  # fmt: skip
    each(
        "reminders", "select", "select id from public.reminders",
        anon=DENIED, mia=Rows("reminder_a"), max=Rows(), nina=Rows(), adam=Rows("reminder_a"),
        olivia=Rows("reminder_a"), bob=Rows("reminder_b"), zoe=Rows(), service=Rows("reminder_a", "reminder_b"),
    )  # fmt: skip
    keys = dict(team_wide) | per_mailbox | {"notifications": ("id", "notification"), "reminders": ("id", "reminder")}
    for table, (key, prefix) in keys.items():
        everyone = ("team_a", "team_b") if prefix == "team" else (f"{prefix}_a", f"{prefix}_b")
        column = "updated_at" if table in ("contacts", "organisations", "intelligence_settings") else key
        each(
            table, "update", f"update public.{table} set {column} = {column}"
            + (" where direction = 'inbound'" if table == "message_insights" else "") + f" returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows(*everyone),
        )  # fmt: skip
        each(
            table, "delete", f"delete from public.{table} where false returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows(),
        )  # fmt: skip
        each(
            table, "insert", f"insert into public.{table} select * from public.{table} where false returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows(),
        )  # fmt: skip
    # The views go through the messages' and tracked emails' RLS.
    each(
        "contact_messages", "select", "select message_id from public.contact_messages where role = 'from'",
        anon=DENIED, mia=Rows("msg_a"), max=Rows(), adam=Rows("msg_a"), olivia=Rows("msg_a"), bob=Rows("msg_b"),
        zoe=Rows(), service=Rows("msg_a", "msg_b"),
    )  # fmt: skip
    return c


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_crm_table_is_covered_for_every_command_and_role() -> None:
    for table in CRM_TABLES:
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in CASES if c.table == table and c.command == command}
            assert {"anon", "mia", "adam", "bob", "service"} <= actors, (table, command)
        assert set(EVERYONE) <= {c.actor for c in CASES if c.table == table}, table


@pytest.mark.parametrize("signature", WORKER_FUNCTIONS)
def test_worker_functions_are_executable_by_the_service_role_only(
    world_conn: tuple[psycopg.Connection[Any], Any], signature: str
) -> None:
    conn, _ = world_conn
    row = conn.execute(
        "select has_function_privilege('anon', %(f)s, 'execute'),"
        " has_function_privilege('authenticated', %(f)s, 'execute'),"
        " has_function_privilege('service_role', %(f)s, 'execute')",
        {"f": f"worker.{signature}"},
    ).fetchone()
    assert row == (False, False, True)


@pytest.mark.parametrize(
    ("actor", "outcome"),
    [("mia", "ok"), ("adam", "ok"), ("olivia", "ok"), ("max", "42501"), ("bob", "42501"), ("anon", "42501")],
)
def test_a_suggestion_is_decided_by_its_contacts_owner_or_a_team_admin(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], actor: str, outcome: str
) -> None:
    conn, w = world_conn
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    try:
        with acting_as(conn, role, user) as c:
            c.execute("select public.decide_fact(%s, 'accept')", (w["fact_a"],))
            title = c.execute("select title from public.contacts where id = %s", (w["contact_a"],)).fetchone()
            got = "ok" if title == ("Gérant",) else f"title {title}"
    except psycopg.Error as exc:
        got = sqlstate(exc) or str(exc)
    assert got == outcome


@pytest.mark.parametrize(("actor", "outcome"), [("adam", "ok"), ("mia", "42501"), ("bob", "42501")])
def test_only_a_team_admin_changes_its_intelligence_settings_or_runs_autofill_now(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], actor: str, outcome: str
) -> None:
    conn, w = world_conn
    for statement in (
        "select public.set_intelligence_settings({team_a}, p_autofill_threshold => 0.9)",
        "select public.run_autofill_now({team_a})",
    ):
        try:
            with acting_as(conn, "authenticated", w[actor]) as c:
                c.execute(statement.format(team_a=f"'{w['team_a']}'"))
                got = "ok"
        except psycopg.Error as exc:
            got = sqlstate(exc) or str(exc)
        assert got == outcome, statement


@pytest.mark.parametrize(
    ("actor", "outcome"),
    [("mia", "ok"), ("adam", "P0002"), ("olivia", "P0002"), ("max", "P0002"), ("bob", "P0002"), ("anon", "42501")],
)
def test_a_notification_is_marked_read_by_its_member_only(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], actor: str, outcome: str
) -> None:
    conn, w = world_conn
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    conn.execute("update public.notifications set read_at = null where id = %s", (w["notification_a"],))
    try:
        with acting_as(conn, role, user) as c:
            c.execute("select public.mark_notification_read(%s)", (w["notification_a"],))
            # What its owner sees afterwards (acting_as rolls back at its end).
            marked = conn.execute(
                "select read_at is not null from public.notifications where id = %s", (w["notification_a"],)
            ).fetchone()
        got = "ok" if marked == (True,) else f"not marked: {marked}"
    except psycopg.Error as exc:
        got = sqlstate(exc) or str(exc)
    assert got == outcome


@pytest.mark.parametrize(
    ("actor", "outcome"),
    [("mia", "ok"), ("adam", "ok"), ("olivia", "ok"), ("max", "P0002"), ("bob", "P0002"), ("anon", "42501")],
)
def test_r15_a_reminder_is_marked_done_by_its_owner_or_a_team_admin(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], actor: str, outcome: str
) -> None:
    conn, w = world_conn
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    conn.execute("update public.reminders set done_at = null where id = %s", (w["reminder_a"],))
    try:
        with acting_as(conn, role, user) as c:
            c.execute("select public.mark_reminder_done(%s)", (w["reminder_a"],))
            # What its owner sees afterwards (acting_as rolls back at its end).
            marked = conn.execute(
                "select done_at is not null from public.reminders where id = %s", (w["reminder_a"],)
            ).fetchone()
        got = "ok" if marked == (True,) else f"not marked: {marked}"
    except psycopg.Error as exc:
        got = sqlstate(exc) or str(exc)
    assert got == outcome


def test_a_phone_fact_is_read_through_the_logged_full_record_and_the_review_list_only(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        # Paul's mobile, applied, and a landline a signature suggested (Mia owns the contact: she decides).
        for field, value, status in (
            ("phone_mobile", "+33 6 12 34 56 78", "applied"),
            ("phone_landline", "+33 1 40 00 00 00", "suggested"),
        ):
            conn.execute(
                "insert into public.contact_facts (team_id, contact_id, address, field, value, source, confidence,"
                " status, first_observed_at, observed_at) select team_id, id, address, %s, %s, 'signature', 0.8, %s,"
                " now(), now() from public.contacts where id = %s",
                (field, value, status, w["contact_a"]),
            )
        for who in ("max", "adam", "mia"):
            with acting_as(conn, "authenticated", w[who]) as c:
                # The list's columns: which fields are known, their status, where they came from.
                fields = c.execute(
                    "select field, status::text from public.contact_facts"
                    " where contact_id = %s and field like 'phone%%'",
                    (w["contact_a"],),
                ).fetchall()
                assert sorted(fields) == [("phone_landline", "suggested"), ("phone_mobile", "applied")], who
                for column in ("value", "*"):
                    with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
                        c.execute(f"select {column} from public.contact_facts")
                # The review list: the suggested landline, for who decides on it (Mia, the owner; Adam, an admin).
                listed = c.execute(
                    "select field, value from public.ranked_fact_suggestions where field like 'phone%%'"
                ).fetchall()
                assert listed == ([] if who == "max" else [("phone_landline", "+33 1 40 00 00 00")]), who
                # The full record, logged.
                (doc,) = c.execute("select public.get_contact(%s)", (w["contact_a"],)).fetchone()  # type: ignore[misc]
                logged = c.execute(
                    "select entity_id, access_type from public.my_access_logs where entity_type = 'contact'"
                ).fetchall()
            assert {(f["field"], f["value"]) for f in doc["facts"]} >= {
                ("phone_mobile", "+33 6 12 34 56 78"),
                ("phone_landline", "+33 1 40 00 00 00"),
            }, who
            assert logged == [(str(w["contact_a"]), "read")], who
