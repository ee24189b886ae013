"""The engine's tables under RLS, for every table, role and command, and its functions' grants.

The tenancy world (tests/test_tenancy_rls.py) plus mail: Mia, Max and Bob each sent a tracked email from
their mailbox; a prospect opted out of team A and another is out of office. What concerns a mailbox is
visible to its owner and the team's admins; team-wide lists to every member; nothing to anon; the API roles
write nothing directly but a manual suppression (members) and its removal or a hold's (admins).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as
from tests.rls import DENIED, Case, Rows, run_case
from tests.test_tenancy_rls import EVERYONE, build_world

WORKER_FUNCTIONS = (
    "ingest_message(uuid,jsonb,timestamp with time zone)",
    "run_followup_scheduler(timestamp with time zone)",
    "claim_followup(uuid,timestamp with time zone,uuid)",
    "record_followup_identity(uuid,uuid,text,text,timestamp with time zone)",
    "complete_followup(uuid,uuid,timestamp with time zone,text,text,timestamp with time zone)",
    "fail_followup(uuid,uuid,text,text,integer,timestamp with time zone)",
    "read_followup_queue(integer,integer,integer,timestamptz)",
    "ack_followup_message(bigint)",
    "reschedule_pending_followups(uuid,timestamp with time zone)",
    "record_dead_letter(uuid,text,text,text,text,text,timestamp with time zone)",
    "dead_letter_retries(mail_provider,integer)",
    "resolve_dead_letter(uuid,text,timestamp with time zone)",
)


def mail(conn: psycopg.Connection[Any], w: dict[str, uuid.UUID], box: str, sender: str, to: str, tag: str) -> None:
    message = {
        "provider_message_id": f"p-{tag}",
        "provider_thread_id": f"t-{tag}",
        "internet_message_id": f"<{tag}@example.test>",
        "folder": "sent",
        "from": {"address": sender},
        "to": [{"address": to}],
        "subject": f"Proposal {tag}",
        "sent_at": "2026-11-23T09:00:00Z",
    }
    row = conn.execute(
        "select worker.ingest_message(%s, %s, '2026-11-23T09:00:00Z')", (w[box], json.dumps(message))
    ).fetchone()
    assert row and row[0]["effects"] == ["tracked"], row
    ids = conn.execute(
        "select t.id, t.conversation_id, t.message_id, f.id from public.tracked_emails t"
        " join public.followups f on f.tracked_email_id = t.id where t.mailbox_id = %s",
        (w[box],),
    ).fetchone()
    assert ids
    w[f"te_{tag}"], w[f"conv_{tag}"], w[f"msg_{tag}"], w[f"fu_{tag}"] = ids


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        mail(conn, w, "box_mia", "mia@team_a.example", "client@prospect.example", "mia")
        mail(conn, w, "box_max", "max@team_a.example", "client2@prospect.example", "max")
        mail(conn, w, "box_bob", "bob@team_b.example", "client@prospect.example", "bob")
        conn.execute(
            "insert into public.suppressions (team_id, address, reason) values (%s, 'gone@x.example', 'opted_out'),"
            " (%s, 'gone@x.example', 'bounced')",
            (w["team_a"], w["team_b"]),
        )
        conn.execute(
            "insert into public.holds (team_id, address, return_on) values (%s, 'away@x.example', '2026-12-01'),"
            " (%s, 'away@x.example', '2026-12-01')",
            (w["team_a"], w["team_b"]),
        )
        conn.execute(
            "insert into public.manual_followups (team_id, tracked_email_id, message_id, seq, sent_at)"
            " select team_id, id, message_id, 1, sent_at from public.tracked_emails"
        )
        conn.execute(
            "insert into public.worker_logs (team_id, mailbox_id, level, message)"
            " values (%s, %s, 'error', 'graph 503'), (%s, %s, 'error', 'gmail 429')",
            (w["team_a"], w["box_mia"], w["team_b"], w["box_bob"]),
        )
        for team, box, tag in (("team_a", "box_mia", "dl_a"), ("team_b", "box_bob", "dl_b")):
            row = conn.execute(
                "select worker.record_dead_letter(%s, %s, 'inbox', 'ingest', '22023', 'sent_at is out of range')",
                (w[box], f"p-poison-{team}"),
            ).fetchone()
            assert row
            w[tag] = row[0]
        yield conn, w
    stack.drop_database(target, name)


A_MAIL = ("mia", "max")


def cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    def box_rows(prefix: str, *tags: str) -> Rows:
        return Rows(*(f"{prefix}_{t}" for t in tags))

    per_mailbox = {
        "conversations": ("select id from public.conversations", "conv"),
        "messages": ("select id from public.messages", "msg"),
        "tracked_emails": ("select id from public.tracked_emails", "te"),
        "followups": ("select id from public.followups", "fu"),
        "manual_followups": ("select tracked_email_id from public.manual_followups", "te"),
        "events": ("select distinct tracked_email_id from public.events", "te"),
    }
    for table, (select, prefix) in per_mailbox.items():
        each(
            table, "select", select,
            anon=DENIED, mia=box_rows(prefix, "mia"), max=box_rows(prefix, "max"), nina=Rows(),
            adam=box_rows(prefix, *A_MAIL), olivia=box_rows(prefix, *A_MAIL), bob=box_rows(prefix, "bob"),
            zoe=Rows(), service=box_rows(prefix, "mia", "max", "bob"),
        )  # fmt: skip
        # No API role writes these directly: every change goes through the engine's functions.
        key = "tracked_email_id" if table in ("manual_followups", "events") else "id"
        column = "reason" if table == "events" else key  # events.id is an identity column
        each(
            table, "update", f"update public.{table} set {column} = {column} returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED,
            service=box_rows(prefix, "mia", "max", "bob"),
        )  # fmt: skip
        each(
            table, "delete", f"delete from public.{table} where false returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows(),
        )  # fmt: skip
        columns = "team_id, kind, reason, occurred_at" if table == "events" else ""
        target = f"public.{table} ({columns})" if columns else f"public.{table}"
        each(
            table, "insert",
            f"insert into {target} select {columns or '*'} from public.{table} where false returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows(),
        )  # fmt: skip

    # Team-wide lists.
    for table in ("suppressions", "holds"):
        each(
            table, "select", f"select team_id from public.{table}",
            anon=DENIED, mia=Rows("team_a"), max=Rows("team_a"), adam=Rows("team_a"), olivia=Rows("team_a"),
            bob=Rows("team_b"), zoe=Rows(), service=Rows("team_a", "team_b"),
        )  # fmt: skip
    # Admins clear holds and the suppressions nobody asked for (team B's bounce); team A's is an opt-out, an
    # objection kept (PRIVACY.md), which only public.lift_suppression lifts.
    each(
        "suppressions", "delete", "delete from public.suppressions where address like '%%@x.example' returning team_id",
        anon=DENIED, mia=Rows(), adam=Rows(), olivia=Rows(), bob=Rows("team_b"), zoe=Rows(),
        service=Rows("team_a", "team_b"),
    )  # fmt: skip
    each(
        "holds", "delete", "delete from public.holds where address like '%%@x.example' returning team_id",
        anon=DENIED, mia=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows("team_b"), zoe=Rows(),
        service=Rows("team_a", "team_b"),
    )  # fmt: skip
    for table in ("suppressions", "holds"):
        each(
            table, "update", f"update public.{table} set address = address returning team_id",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows("team_a", "team_b"),
        )  # fmt: skip
    each(
        "suppressions", "insert",
        "insert into public.suppressions (team_id, address, reason) values ({team_a}, 'no@y.example', 'manual')"
        " returning team_id",
        anon=DENIED, mia=Rows("team_a"), adam=Rows("team_a"), olivia=Rows("team_a"), bob=DENIED, zoe=DENIED,
        service=Rows("team_a"),
    )  # fmt: skip
    each(
        "suppressions", "insert",
        "insert into public.suppressions (team_id, address, reason) values ({team_a}, 'no@y.example', 'bounced')"
        " returning team_id",
        mia=DENIED, adam=DENIED,
    )  # fmt: skip
    each(
        "holds", "insert",
        "insert into public.holds (team_id, address, return_on) values ({team_a}, 'no@y.example', '2026-12-01')"
        " returning team_id",
        anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows("team_a"),
    )  # fmt: skip
    # Worker logs: for admins.
    each(
        "worker_logs", "select", "select team_id from public.worker_logs",
        anon=DENIED, mia=Rows(), max=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows("team_b"),
        zoe=Rows(), service=Rows("team_a", "team_b"),
    )  # fmt: skip
    for command, statement in (
        ("insert", "insert into public.worker_logs (level, message) values ('info', 'x') returning 'new'"),
        ("update", "update public.worker_logs set message = 'x' returning team_id"),
        ("delete", "delete from public.worker_logs where false returning team_id"),
    ):
        each(
            "worker_logs", command, statement,
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED,
            service=Rows("new") if command == "insert" else (
                Rows("team_a", "team_b") if command == "update" else Rows()
            ),
        )  # fmt: skip
    # Dead letters: team admins see them (a retry goes through public.retry_dead_letter); only workers write.
    each(
        "dead_letters", "select", "select id from public.dead_letters",
        anon=DENIED, mia=Rows(), max=Rows(), nina=Rows(), adam=Rows("dl_a"), olivia=Rows("dl_a"), bob=Rows("dl_b"),
        zoe=Rows(), service=Rows("dl_a", "dl_b"),
    )  # fmt: skip
    for command, statement in (
        (
            "insert",
            "insert into public.dead_letters (team_id, mailbox_id, provider_message_id, stage, reason,"
            " first_failed_at, last_failed_at) values ({team_a}, {box_mia}, 'p-new', 'ingest', 'x', now(), now())"
            " returning 'new'",
        ),
        (
            "update",
            "update public.dead_letters set status = 'retry_requested', retry_requested_at = now() returning id",
        ),
        ("delete", "delete from public.dead_letters where false returning id"),
    ):
        each(
            "dead_letters", command, statement,
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED,
            service=Rows("new") if command == "insert" else (Rows("dl_a", "dl_b") if command == "update" else Rows()),
        )  # fmt: skip
    # The status counters: read by the mailbox's owner and the team's admins; only the engine writes them.
    boxes = {"mia": Rows("box_mia"), "max": Rows("box_max"), "adam": Rows("box_mia", "box_max")}
    each(
        "tracked_email_status_counts", "select", "select mailbox_id from public.tracked_email_status_counts",
        anon=DENIED, nina=Rows(), olivia=boxes["adam"], bob=Rows("box_bob"), zoe=Rows(),
        service=Rows("box_mia", "box_max", "box_bob"), **boxes,
    )  # fmt: skip
    for command, statement in (
        (
            "insert",
            "insert into public.tracked_email_status_counts (team_id, mailbox_id, status, delta)"
            " values ({team_a}, {box_mia}, 'active', 0) returning 'new'",
        ),
        ("update", "update public.tracked_email_status_counts set delta = delta returning mailbox_id"),
        ("delete", "delete from public.tracked_email_status_counts where false returning mailbox_id"),
    ):
        each(
            "tracked_email_status_counts", command, statement,
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED,
            service=Rows("new") if command == "insert" else (
                Rows("box_mia", "box_max", "box_bob") if command == "update" else Rows()
            ),
        )  # fmt: skip
    each(
        "followup_status_counts", "select", "select mailbox_id from public.followup_status_counts",
        anon=DENIED, nina=Rows(), olivia=boxes["adam"], bob=Rows("box_bob"), zoe=Rows(),
        service=Rows("box_mia", "box_max", "box_bob"), **boxes,
    )  # fmt: skip
    # The view: what the caller may see of tracked emails, and no more.
    each(
        "followup_activity_summary", "select", "select tracked_email_id from public.followup_activity_summary",
        anon=DENIED, mia=Rows("te_mia"), adam=Rows("te_mia", "te_max"), bob=Rows("te_bob"), zoe=Rows(),
        service=Rows("te_mia", "te_max", "te_bob"),
    )  # fmt: skip
    return c


CASES = cases()
ENGINE_TABLES = {
    "conversations",
    "messages",
    "tracked_emails",
    "followups",
    "manual_followups",
    "events",
    "suppressions",
    "holds",
    "worker_logs",
    "dead_letters",
    "tracked_email_status_counts",
}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_engine_table_is_covered_for_every_command_and_role() -> None:
    for table in ENGINE_TABLES:
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in CASES if c.table == table and c.command == command}
            assert {"anon", "mia", "adam", "bob", "service"} <= actors, (table, command)
        assert set(EVERYONE) <= {c.actor for c in CASES if c.table == table}, table


def test_every_public_table_is_in_an_rls_matrix(conn: psycopg.Connection[Any]) -> None:
    from tests.test_contacts_rls import CRM_TABLES
    from tests.test_health import HEALTH_TABLES
    from tests.test_tenancy_rls import TENANCY_TABLES
    from tests.test_webhooks import WEBHOOK_TABLES

    # Tables whose matrix lives beside their feature, in the named file's test_rls_matrix.
    elsewhere = {
        "audit_log": "test_audit.py",
        "data_access_logs": "test_access_logs.py",
        "compliance_reports": "test_access_logs.py",
        "ai_user_preferences": "test_learning.py",
        "routing_rules": "test_routing.py",
        "message_routes": "test_routing.py",
        "ai_feedback": "test_ai_feedback.py",
        "followup_templates": "test_templates.py",
        "followup_variant_assignments": "test_templates.py",
    }
    here = Path(__file__).parent
    for table, file in elsewhere.items():
        text = (here / file).read_text()
        assert "def test_" in text and "rls_matrix" in text and f'"{table}"' in text, (table, file)
    covered = ENGINE_TABLES | TENANCY_TABLES | CRM_TABLES | HEALTH_TABLES | WEBHOOK_TABLES | {"team_holidays"}
    covered |= set(elsewhere)
    tables = {
        r[0]
        for r in conn.execute(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = 'public' and c.relkind = 'r'"
        ).fetchall()
    }
    assert tables - covered == set()


@pytest.mark.parametrize("signature", WORKER_FUNCTIONS)
def test_worker_functions_are_executable_by_the_service_role_only(
    conn: psycopg.Connection[Any], signature: str
) -> None:
    row = conn.execute(
        "select has_function_privilege('anon', %(f)s, 'execute'),"
        " has_function_privilege('authenticated', %(f)s, 'execute'),"
        " has_function_privilege('service_role', %(f)s, 'execute')",
        {"f": f"worker.{signature}"},
    ).fetchone()
    assert row == (False, False, True)


@pytest.mark.parametrize(
    ("actor", "outcome"),
    [("adam", True), ("olivia", True), ("mia", "42501"), ("bob", "42501"), ("zoe", "42501"), ("anon", "42501")],
)
def test_only_a_team_admin_may_ask_to_retry_a_dead_letter(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], actor: str, outcome: bool | str
) -> None:
    conn, w = world_conn
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    try:
        with acting_as(conn, role, user):
            row = conn.execute("select public.retry_dead_letter(%s)", (w["dl_a"],)).fetchone()
            status = conn.execute("select status from public.dead_letters where id = %s", (w["dl_a"],)).fetchone()
        assert row == (outcome,) and status == ("retry_requested",)
    except psycopg.errors.InsufficientPrivilege as exc:
        assert outcome == "42501", exc
