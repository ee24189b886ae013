"""The audit trail (issue 14, item 8): who changed what, when, before and after, from which IP and user agent;
append-only for every role; readable by the team's admins, and by a member for their own actions.

Entries are written by private.audit inside the RPCs that change things; here they are written directly, as
each RPC does, in the tenancy world (tests/test_tenancy_rls.py): Mia is a member and Adam an admin of team A,
Olivia its owner, Bob the owner of team B.
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
from tests.pg import sqlstate
from tests.rls import DENIED, Case, Outcome, Rows, run_case
from tests.test_tenancy_rls import EVERYONE, build_world


def audit_as(
    conn: psycopg.Connection[Any],
    user: uuid.UUID | None,
    team: uuid.UUID,
    entity_id: str,
    headers: dict[str, str] | None = None,
) -> None:
    """What an RPC does after a change: one private.audit call, in a request with the user's claims."""
    with conn.transaction():
        claims = {"role": "authenticated", "sub": str(user)} if user else {"role": "service_role"}
        conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
        conn.execute("select set_config('request.headers', %s, true)", (json.dumps(headers or {}),))
        conn.execute(
            "select private.audit(%s, 'team_settings', %s, 'updated', %s, %s, '2026-11-23T09:00:00Z')",
            (team, entity_id, json.dumps({"max_followups": 3}), json.dumps({"max_followups": 2})),
        )


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        audit_as(conn, w["mia"], w["team_a"], "by-mia")
        audit_as(conn, w["adam"], w["team_a"], "by-adam")
        audit_as(conn, None, w["team_a"], "by-a-job")
        audit_as(conn, w["bob"], w["team_b"], "by-bob")
        yield conn, w
    stack.drop_database(target, name)


SELECT = "select entity_id from public.audit_log"
A_ALL = Rows("by-mia", "by-adam", "by-a-job")


def cases() -> list[Case]:
    c: list[Case] = []
    expect_select: dict[str, Outcome] = {
        "anon": DENIED,
        "mia": Rows("by-mia"),
        "adam": A_ALL,
        "olivia": A_ALL,
        "bob": Rows("by-bob"),
        "service": Rows("by-mia", "by-adam", "by-a-job", "by-bob"),
    }
    for actor in EVERYONE:
        c.append(Case("audit_log", "select", actor, SELECT, expect_select[actor]))
        c.append(
            Case(
                "audit_log",
                "insert",
                actor,
                "insert into public.audit_log (team_id, actor_role, entity_type, entity_id, action, occurred_at)"
                " values ({team_a}, 'authenticated', 'team_settings', 'forged', 'updated', now()) returning entity_id",
                Rows("forged") if actor == "service" else DENIED,
            )
        )
        c.append(
            Case(
                "audit_log",
                "update",
                actor,
                "update public.audit_log set after = '{{}}' returning entity_id",
                DENIED,
            )
        )
        c.append(Case("audit_log", "delete", actor, "delete from public.audit_log returning entity_id", DENIED))
    return c


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, w = world_conn
    assert run_case(conn, w, case) == case.expect


def test_an_entry_says_who_what_before_after_and_from_where(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        audit_as(
            conn,
            w["adam"],
            w["team_a"],
            "with-headers",
            {"x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "Mozilla/5.0 (Relance test)"},
        )
        audit_as(conn, w["adam"], w["team_a"], "bad-headers", {"x-forwarded-for": "not an address"})
        rows = conn.execute(
            "select entity_id, actor_id, actor_role, entity_type, action, before, after, host(ip), user_agent,"
            " occurred_at = '2026-11-23T09:00:00Z' from public.audit_log"
            " where entity_id in ('with-headers', 'bad-headers') order by entity_id desc"
        ).fetchall()
    assert rows == [
        (
            "with-headers",
            w["adam"],
            "authenticated",
            "team_settings",
            "updated",
            {"max_followups": 3},
            {"max_followups": 2},
            "203.0.113.7",
            "Mozilla/5.0 (Relance test)",
            True,
        ),
        # A header that is not an address leaves the IP unknown rather than failing the change it audits.
        (
            "bad-headers",
            w["adam"],
            "authenticated",
            "team_settings",
            "updated",
            {"max_followups": 3},
            {"max_followups": 2},
            None,
            None,
            True,
        ),
    ]


def test_not_even_the_owner_of_the_table_rewrites_or_deletes_history(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, _ = world_conn
    for statement in ("update public.audit_log set action = 'forged'", "delete from public.audit_log"):
        with pytest.raises(psycopg.Error) as err, conn.transaction():
            conn.execute(statement)
        assert sqlstate(err.value) == "42501"
        assert "append-only" in str(err.value)
    assert conn.execute("select count(*) from public.audit_log").fetchone() == (4,)


def test_a_purge_must_be_asked_for_in_its_transaction(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        conn.execute("select private.allow_audit_purge()")
        deleted = conn.execute(
            "delete from public.audit_log where team_id = %s returning entity_id", (w["team_b"],)
        ).fetchall()
        assert deleted == [("by-bob",)]
    # The permission ended with its transaction.
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("delete from public.audit_log where team_id = %s", (w["team_b"],))
    assert sqlstate(err.value) == "42501"


def test_a_deleted_team_takes_its_trail_with_it(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = world_conn
    with conn.transaction(force_rollback=True):
        conn.execute("delete from public.teams where id = %s", (w["team_b"],))
        left = conn.execute("select entity_id from public.audit_log order by entity_id").fetchall()
    assert left == [("by-a-job",), ("by-adam",), ("by-mia",)]


def test_a_purge_deletes_but_never_rewrites_an_entry(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, _ = world_conn
    # The audit trail's purge allows deletes only; the access log's purge (which may rewrite its lines) is another
    # permission and opens nothing here.
    for allow in ("private.allow_audit_purge()", "private.allow_access_log_purge()"):
        with pytest.raises(psycopg.Error) as err, conn.transaction():
            conn.execute(f"select {allow}")
            conn.execute("update public.audit_log set action = 'forged'")
        assert sqlstate(err.value) == "42501"
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("select private.allow_access_log_purge()")
        conn.execute("delete from public.audit_log")
    assert sqlstate(err.value) == "42501"
    assert conn.execute("select count(*) from public.audit_log").fetchone() == (4,)


def test_an_erasures_scrub_rewrites_only_the_copies_an_entry_keeps(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, _ = world_conn
    # An erasure scrubs a person from the rows an entry copied (a routing rule named after them); who did what, and
    # when, stay as they were written, and nothing is deleted under this permission.
    for forged in ("action = 'forged'", "occurred_at = occurred_at - interval '1 day'", "actor_role = 'nobody'"):
        with pytest.raises(psycopg.Error) as err, conn.transaction():
            conn.execute("select private.allow_audit_scrub()")
            conn.execute(f"update public.audit_log set {forged}")
        assert sqlstate(err.value) == "42501"
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("select private.allow_audit_scrub()")
        conn.execute("delete from public.audit_log")
    assert sqlstate(err.value) == "42501"
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("update public.audit_log set after = '{}'")
    assert sqlstate(err.value) == "42501"
    with conn.transaction():
        conn.execute("select private.allow_audit_scrub()")
        scrubbed = conn.execute("update public.audit_log set after = '{\"scrubbed\": true}' where after is not null")
    assert scrubbed.rowcount > 0
    assert conn.execute(
        "select count(*) filter (where after = '{\"scrubbed\": true}'), count(*) from public.audit_log"
    ).fetchone() == (scrubbed.rowcount, 4)


def test_both_logs_are_kept_append_only_by_one_trigger_function(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, _ = world_conn
    triggers = conn.execute(
        "select tgrelid::regclass::text, tgfoid::regprocedure::text, encode(tgargs, 'escape') from pg_trigger"
        " where tgname in ('audit_log_append_only', 'data_access_logs_append_only') order by 1"
    ).fetchall()
    assert triggers == [
        (
            "audit_log",
            "private.log_append_only()",
            "relance.audit_purge\\000delete\\000audit log\\000relance.audit_scrub\\000",
        ),
        (
            "data_access_logs",
            "private.log_append_only()",
            "relance.access_log_purge\\000update_delete\\000access log\\000",
        ),
    ]
    # The copies it replaced are gone.
    assert conn.execute(
        "select count(*) from pg_proc where proname in ('audit_log_append_only', 'data_access_logs_append_only')"
    ).fetchone() == (0,)
