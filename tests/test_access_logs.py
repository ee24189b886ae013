"""Access logs (issue 14, item 1): every read of a contact's full record, every export, erasure and anonymisation
writes public.data_access_logs (who, entity, access, when, IP, user agent); append-only for every role; kept 3
years, then purged by a monthly job; read by the team's admins, and by a user for their own actions.

The tenancy world (tests/test_tenancy_rls.py) with the contacts of tests/test_contacts_rls.py: Paul of prospect A
wrote to Mia (team A), Paul of prospect B to Bob (team B). Mia is a member, Adam an admin, Olivia the owner of
team A. Lists show what a list needs: the rest of a contact (phones, website, LinkedIn, postal address) is read
through public.get_contact, which logs the read.
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
from tests.rls import DENIED, Case, Outcome, Rows, run_case
from tests.test_contacts_rls import write
from tests.test_health import install_cron_stand_in
from tests.test_tenancy_rls import EVERYONE, build_world

LOGGED_AT = "2026-11-23T10:00:00Z"


def log_as(conn: psycopg.Connection[Any], user: uuid.UUID | None, team: uuid.UUID, entity_id: str) -> None:
    """What an RPC does when it reads a full record: one private.log_data_access call, as the user."""
    with conn.transaction():
        claims = {"role": "authenticated", "sub": str(user)} if user else {"role": "service_role"}
        conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
        conn.execute(
            "select private.log_data_access(%s, 'contact', %s, 'read', p_occurred_at => %s)",
            (team, entity_id, LOGGED_AT),
        )


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        write(conn, w, "box_mia", "paul@prospect-a.example", "a")
        write(conn, w, "box_bob", "paul@prospect-b.example", "b")
        conn.execute(
            "update public.contacts set phone_mobile = '+33612345678', postal_address = '1 rue de la Paix'"
            " where id = %s",
            (w["contact_a"],),
        )
        log_as(conn, w["mia"], w["team_a"], "by-mia")
        log_as(conn, w["adam"], w["team_a"], "by-adam")
        log_as(conn, None, w["team_a"], "by-a-job")
        log_as(conn, w["bob"], w["team_b"], "by-bob")
        conn.execute(
            "insert into public.compliance_reports (team_id, month, exports, erasures, anonymisations, reads,"
            " retention_runs, generated_at) values (%s, '2026-10-01', 0, 0, 0, 3, 0, now()),"
            " (%s, '2026-10-01', 0, 0, 0, 1, 0, now())",
            (w["team_a"], w["team_b"]),
        )
        yield conn, w
    stack.drop_database(target, name)


A_ALL = Rows("by-mia", "by-adam", "by-a-job")


def cases() -> list[Case]:
    c: list[Case] = []
    select_logs: dict[str, Outcome] = {
        "anon": DENIED,
        "mia": Rows("by-mia"),
        "adam": A_ALL,
        "olivia": A_ALL,
        "bob": Rows("by-bob"),
        "service": Rows("by-mia", "by-adam", "by-a-job", "by-bob"),
    }
    select_mine: dict[str, Outcome] = {
        "anon": DENIED,
        "mia": Rows("by-mia"),
        "adam": Rows("by-adam"),
        "olivia": Rows(),
        "bob": Rows("by-bob"),
        "service": Rows(),  # no user: no "own" actions
    }
    select_reports: dict[str, Outcome] = {
        "anon": DENIED,
        "mia": Rows(),
        "adam": Rows("team_a"),
        "olivia": Rows("team_a"),
        "bob": Rows("team_b"),
        "service": Rows("team_a", "team_b"),
    }
    for actor in EVERYONE:
        c.append(Case("data_access_logs", "select", actor, "select entity_id from public.data_access_logs",
                      select_logs[actor]))  # fmt: skip
        c.append(Case("my_access_logs", "select", actor, "select entity_id from public.my_access_logs",
                      select_mine[actor]))  # fmt: skip
        c.append(
            Case(
                "data_access_logs", "insert", actor,
                "insert into public.data_access_logs (team_id, actor_role, entity_type, entity_id, access_type,"
                " occurred_at) values ({team_a}, 'authenticated', 'contact', 'forged', 'read', now())"
                " returning entity_id",
                Rows("forged") if actor == "service" else DENIED,
            )
        )  # fmt: skip
        c.append(Case("data_access_logs", "update", actor,
                      "update public.data_access_logs set ip = null returning entity_id", DENIED))  # fmt: skip
        c.append(Case("data_access_logs", "delete", actor,
                      "delete from public.data_access_logs returning entity_id", DENIED))  # fmt: skip
        c.append(Case("compliance_reports", "select", actor, "select team_id from public.compliance_reports",
                      select_reports[actor]))  # fmt: skip
        c.append(
            Case(
                "compliance_reports", "insert", actor,
                "insert into public.compliance_reports (team_id, month, exports, erasures, anonymisations, reads,"
                " retention_runs, generated_at) values ({team_a}, '2026-09-01', 0, 0, 0, 0, 0, now())"
                " returning team_id",
                Rows("team_a") if actor == "service" else DENIED,
            )
        )  # fmt: skip
        c.append(
            Case(
                "compliance_reports", "update", actor,
                "update public.compliance_reports set reads = 0 returning team_id",
                Rows("team_a", "team_b") if actor == "service" else DENIED,
            )
        )  # fmt: skip
        c.append(
            Case(
                "compliance_reports", "delete", actor, "delete from public.compliance_reports returning team_id",
                Rows("team_a", "team_b") if actor == "service" else DENIED,
            )
        )  # fmt: skip
    return c


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, w = world_conn
    assert run_case(conn, w, case) == case.expect


def test_every_new_table_is_covered_for_every_command_and_role() -> None:
    for table in ("data_access_logs", "compliance_reports"):
        for command in ("select", "insert", "update", "delete"):
            assert set(EVERYONE) <= {c.actor for c in CASES if c.table == table and c.command == command}


def test_a_list_shows_what_a_list_needs_and_the_full_record_is_read_through_a_logged_rpc(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with acting_as(conn, "authenticated", w["max"]) as c:
        # The list: who, where they work, when last seen. Max (a member who never wrote to Paul) sees it.
        row = c.execute(
            "select address, name, title, company, last_seen_at is not null from public.contacts where id = %s",
            (w["contact_a"],),
        ).fetchone()
        assert row == ("paul@prospect-a.example", "Paul Durand", None, None, True)
        # Phones and the postal address are the full record: not selectable from the table…
        for column in ("phone_mobile", "postal_address", "linkedin", "*"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
                c.execute(f"select {column} from public.contacts")
        c.execute(
            "select set_config('request.headers', %s, true)",
            (json.dumps({"x-forwarded-for": "198.51.100.4", "user-agent": "Relance web"}),),
        )
        (doc,) = c.execute("select public.get_contact(%s)", (w["contact_a"],)).fetchone()  # type: ignore[misc]
        # … but through get_contact, which logs the read with who, what, from where.
        logged = c.execute(
            "select entity_type, entity_id, address, access_type, host(ip), user_agent from public.my_access_logs"
        ).fetchall()
    assert doc["contact"]["phone_mobile"] == "+33612345678"
    assert doc["contact"]["postal_address"] == "1 rue de la Paix"
    assert {(f["field"], f["value"], f["status"]) for f in doc["facts"]} >= {
        ("name", "Paul Durand", "applied"),
        ("title", "Gérant", "suggested"),
    }
    assert logged == [
        ("contact", str(w["contact_a"]), "paul@prospect-a.example", "read", "198.51.100.4", "Relance web")
    ]


def test_another_team_cannot_read_a_contact_and_nothing_is_logged(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    before = conn.execute("select count(*) from public.data_access_logs").fetchone()
    with pytest.raises(psycopg.Error) as err, acting_as(conn, "authenticated", w["bob"]) as c:
        c.execute("select public.get_contact(%s)", (w["contact_a"],))
    assert sqlstate(err.value) == "42501"
    assert "team" in str(err.value)
    with pytest.raises(psycopg.Error) as unknown, acting_as(conn, "authenticated", w["mia"]) as c:
        c.execute("select public.get_contact(%s)", (uuid.uuid4(),))
    assert sqlstate(unknown.value) == "P0002"
    with pytest.raises(psycopg.Error) as anon, acting_as(conn, "anon") as c:
        c.execute("select public.get_contact(%s)", (w["contact_a"],))
    assert sqlstate(anon.value) == "42501"
    assert conn.execute("select count(*) from public.data_access_logs").fetchone() == before


def test_a_bad_access_type_is_refused(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("select private.log_data_access(%s, 'contact', 'x', 'peek')", (w["team_a"],))
    assert sqlstate(err.value) == "22023"
    assert "peek" in str(err.value)


def test_not_even_the_owner_of_the_table_rewrites_or_deletes_a_log_line(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, _ = world_conn
    before = conn.execute("select count(*) from public.data_access_logs").fetchone()
    for statement in (
        "update public.data_access_logs set access_type = 'export'",
        "delete from public.data_access_logs",
    ):
        with pytest.raises(psycopg.Error) as err, conn.transaction():
            conn.execute(statement)
        assert sqlstate(err.value) == "42501"
        assert "append-only" in str(err.value)
    assert conn.execute("select count(*) from public.data_access_logs").fetchone() == before


def test_lines_are_kept_three_years_then_purged_by_the_monthly_job(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        for entity, at in (("old", "2023-10-31T23:00:00Z"), ("kept", "2023-11-02T00:00:00Z")):
            conn.execute(
                "select private.log_data_access(%s, 'contact', %s, 'read', p_occurred_at => %s)",
                (w["team_b"], entity, at),
            )
        (n,) = conn.execute("select private.purge_access_logs('2026-11-01T02:00:00Z')").fetchone()  # type: ignore[misc]
        left = conn.execute(
            "select entity_id from public.data_access_logs where team_id = %s order by entity_id", (w["team_b"],)
        ).fetchall()
        run = conn.execute(
            "select entity_type, action, after ->> 'deleted' from public.audit_log where team_id = %s",
            (w["team_b"],),
        ).fetchall()
    assert n == 1
    assert left == [("by-bob",), ("kept",)]
    assert run == [("retention", "purged", "1")]
    # The purge's permission ended with its transaction.
    with pytest.raises(psycopg.Error), conn.transaction():
        conn.execute("delete from public.data_access_logs where team_id = %s", (w["team_b"],))


def test_a_deleted_team_takes_its_logs_with_it(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        conn.execute("delete from public.teams where id = %s", (w["team_b"],))
        left = conn.execute("select distinct team_id from public.data_access_logs").fetchall()
    assert left == [(w["team_a"],)]


def test_the_jobs_are_registered_by_name(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]]) -> None:
    conn, _ = world_conn
    with conn.transaction(force_rollback=True):
        install_cron_stand_in(conn)
        jobs = conn.execute(
            "select jobname, schedule, command from cron.job where jobname in"
            " ('relance-access-log-retention', 'relance-compliance-report') order by jobname"
        ).fetchall()
    # PRIVACY.md: monthly, the 1st at 02:00 (access logs older than 3 years) and 03:00 (compliance report).
    assert jobs == [
        ("relance-access-log-retention", "0 2 1 * *", "select private.purge_access_logs()"),
        ("relance-compliance-report", "0 3 1 * *", "select private.write_compliance_reports()"),
    ]
