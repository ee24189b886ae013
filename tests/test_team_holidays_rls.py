"""A team's own days off under RLS, for every role and command (R2).

The world of test_tenancy_rls (team A: Olivia owner, Adam admin, Mia, Max and Nina members; team B:
Bob owner; Zoe in no team), with one day off per team. Every member sees their team's days off;
admins and owners add, rename and remove them; nobody sees another team's; anon sees nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as
from tests.rls import DENIED, Case, Rows, run_case
from tests.test_tenancy_rls import EVERYONE, build_world


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        world = build_world(conn)
        conn.execute(
            "insert into public.team_holidays (team_id, day, name)"
            " values (%s, '2026-12-24', 'Veille de Noël'), (%s, '2026-12-31', 'Saint-Sylvestre')",
            (world["team_a"], world["team_b"]),
        )
        yield conn, world
    stack.drop_database(target, name)


SEL = "select team_id from public.team_holidays"
INSERT = (
    "insert into public.team_holidays (team_id, day, name) values ({team_a}, '2026-08-14', 'Pont') returning team_id"
)


def cases() -> list[Case]:
    c: list[Case] = []

    def each(command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case("team_holidays", command, actor, statement, outcome))

    each(
        "select", SEL,
        anon=DENIED, mia=Rows("team_a"), nina=Rows("team_a"), adam=Rows("team_a"), olivia=Rows("team_a"),
        bob=Rows("team_b"), zoe=Rows(), service=Rows("team_a", "team_b"),
    )  # fmt: skip
    each(
        "insert", INSERT,
        anon=DENIED, mia=DENIED, adam=Rows("team_a"), olivia=Rows("team_a"), bob=DENIED, zoe=DENIED,
        service=Rows("team_a"),
    )  # fmt: skip
    # An admin names the team, the day and the name; nothing else (created_at is the server's).
    each(
        "insert",
        "insert into public.team_holidays (team_id, day, name, created_at)"
        " values ({team_a}, '2026-08-14', 'Pont', '2000-01-01') returning team_id",
        adam=DENIED, service=Rows("team_a"),
    )  # fmt: skip
    each(
        "update", "update public.team_holidays set name = 'Réveillon' where day = '2026-12-24' returning team_id",
        anon=DENIED, mia=Rows(), nina=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows(),
        zoe=Rows(), service=Rows("team_a"),
    )  # fmt: skip
    # Only the name changes: moving a day off to another day or another team is a delete and an insert.
    each(
        "update", "update public.team_holidays set day = '2026-12-23' where team_id = {team_a} returning team_id",
        adam=DENIED, olivia=DENIED, service=Rows("team_a"),
    )  # fmt: skip
    each(
        "update", "update public.team_holidays set team_id = {team_b} where team_id = {team_a} returning team_id",
        adam=DENIED, bob=DENIED,
    )  # fmt: skip
    each(
        "delete", "delete from public.team_holidays where team_id = {team_a} returning team_id",
        anon=DENIED, mia=Rows(), nina=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows(),
        zoe=Rows(), service=Rows("team_a"),
    )  # fmt: skip
    return c


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_command_and_actor_is_covered() -> None:
    assert {c.command for c in CASES} == {"select", "insert", "update", "delete"}
    for command in ("select", "insert", "update", "delete"):
        assert set(EVERYONE) <= {c.actor for c in CASES if c.command == command}, command


def test_the_clock_reads_team_days_off_under_the_callers_rls(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    """A member's preview skips their team's day off; asking about another team's reveals nothing."""
    conn, world = world_conn
    query = "select private.is_day_off('2026-12-24', '{1,2,3,4,5}', null, %s)"
    with acting_as(conn, "authenticated", world["mia"]):
        assert conn.execute(query, (world["team_a"],)).fetchone() == (True,)
        due = conn.execute(
            "select private.add_working_time('2026-12-23 17:00+00', '4 hours', 'UTC', '07:00', '18:00',"
            " '{1,2,3,4,5}', null, %s)",
            (world["team_a"],),
        ).fetchone()
        assert due == (datetime(2026, 12, 25, 10, tzinfo=UTC),)  # Thu 24 is the team's day off
    with acting_as(conn, "authenticated", world["bob"]):
        assert conn.execute(query, (world["team_a"],)).fetchone() == (False,)
    with acting_as(conn, "service_role"):
        assert conn.execute(query, (world["team_a"],)).fetchone() == (True,)
    with acting_as(conn, "anon"), pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(query, (world["team_a"],))
