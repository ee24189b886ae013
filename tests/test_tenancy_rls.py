"""Tenancy under RLS, for every table, role and command.

The world: team A (Olivia owner, Adam admin, Mia and Max members with a mailbox each, Nina member
without one) and team B (Bob owner, with a mailbox). A member sees their team and their own
mailboxes; an admin sees every mailbox of the team; nobody sees another team; anon sees nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.conftest import clone
from tests.pg import make_user
from tests.rls import DENIED, Case, Rows, run_case


def build_world(conn: psycopg.Connection[Any]) -> dict[str, uuid.UUID]:
    w: dict[str, uuid.UUID] = {}
    for name in ("olivia", "adam", "mia", "max", "nina", "bob", "zoe"):
        w[name] = make_user(conn, f"{name}@example.test")
    for team, domain in (("team_a", "cabinet-a.fr"), ("team_b", "cabinet-b.fr")):
        row = conn.execute(
            "insert into public.teams (name, domains) values (%s, %s) returning id", (team, [domain])
        ).fetchone()
        assert row
        w[team] = row[0]
    members = [
        ("team_a", "olivia", "owner"),
        ("team_a", "adam", "admin"),
        ("team_a", "mia", "member"),
        ("team_a", "max", "member"),
        ("team_a", "nina", "member"),
        ("team_b", "bob", "owner"),
    ]
    for team, user, role in members:
        conn.execute(
            "insert into public.team_members (team_id, user_id, role) values (%s, %s, %s)",
            (w[team], w[user], role),
        )
    for box, team, owner, provider in (
        ("box_mia", "team_a", "mia", "graph"),
        ("box_max", "team_a", "max", "gmail"),
        ("box_bob", "team_b", "bob", "graph"),
    ):
        row = conn.execute(
            "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
            (w[team], w[owner], provider, f"{owner}@{team}.example"),
        ).fetchone()
        assert row
        w[box] = row[0]
    return w


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        yield conn, build_world(conn)
    stack.drop_database(target, name)


EVERYONE = ("anon", "mia", "adam", "olivia", "bob", "service")
SEL_TEAMS = "select id from public.teams"
SEL_MEMBERS = "select user_id from public.team_members"
SEL_SETTINGS = "select team_id from public.team_settings"
SEL_BOXES = "select id from public.mailboxes"


def cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    # teams
    each(
        "teams", "select", SEL_TEAMS,
        anon=DENIED, mia=Rows("team_a"), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows("team_b"),
        zoe=Rows(), service=Rows("team_a", "team_b"),
    )  # fmt: skip
    each(
        "teams", "insert", "insert into public.teams (name) values ('new') returning 'new'",
        anon=DENIED, mia=DENIED, adam=DENIED, bob=DENIED, service=Rows("new"),
    )  # fmt: skip
    each(
        "teams", "update", "update public.teams set name = 'x' where id = {team_a} returning id",
        anon=DENIED, mia=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows(), service=Rows("team_a"),
    )  # fmt: skip
    each(
        "teams", "delete", "delete from public.teams where id = {team_a} returning id",
        anon=DENIED, mia=Rows(), adam=Rows(), olivia=Rows("team_a"), bob=Rows(), service=Rows("team_a"),
    )  # fmt: skip
    # team_members
    each(
        "team_members", "select", SEL_MEMBERS,
        anon=DENIED, mia=Rows("olivia", "adam", "mia", "max", "nina"),
        adam=Rows("olivia", "adam", "mia", "max", "nina"), bob=Rows("bob"), zoe=Rows(),
        service=Rows("olivia", "adam", "mia", "max", "nina", "bob"),
    )  # fmt: skip
    each(
        "team_members", "insert",
        "insert into public.team_members (team_id, user_id) values ({team_a}, {zoe}) returning user_id",
        anon=DENIED, mia=DENIED, adam=Rows("zoe"), olivia=Rows("zoe"), bob=DENIED, zoe=DENIED,
        service=Rows("zoe"),
    )  # fmt: skip
    each(
        "team_members", "insert",
        "insert into public.team_members (team_id, user_id, role) values ({team_a}, {zoe}, 'owner')"
        " returning user_id",
        adam=DENIED, olivia=Rows("zoe"),
    )  # fmt: skip
    each(
        "team_members", "update",
        "update public.team_members set role = 'admin' where user_id = {max} returning user_id",
        anon=DENIED, mia=Rows(), max=Rows(), adam=Rows("max"), olivia=Rows("max"), bob=Rows(), service=Rows("max"),
    )  # fmt: skip
    each(
        "team_members", "update",
        "update public.team_members set role = 'admin' where user_id = {olivia} returning user_id",
        adam=Rows(),
    )  # fmt: skip
    each(
        "team_members", "delete", "delete from public.team_members where user_id = {nina} returning user_id",
        anon=DENIED, mia=Rows(), nina=Rows("nina"), adam=Rows("nina"), olivia=Rows("nina"), bob=Rows(),
        service=Rows("nina"),
    )  # fmt: skip
    # team_settings
    each(
        "team_settings", "select", SEL_SETTINGS,
        anon=DENIED, mia=Rows("team_a"), adam=Rows("team_a"), bob=Rows("team_b"), zoe=Rows(),
        service=Rows("team_a", "team_b"),
    )  # fmt: skip
    each(
        "team_settings", "insert",
        "insert into public.team_settings (team_id) values ({team_a}) returning team_id",
        anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED,
    )  # fmt: skip
    each(
        "team_settings", "update",
        "update public.team_settings set max_followups = 2 where team_id = {team_a} returning team_id",
        anon=DENIED, mia=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows(), service=Rows("team_a"),
    )  # fmt: skip
    each(
        "team_settings", "delete", "delete from public.team_settings where team_id = {team_a} returning team_id",
        anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, service=Rows("team_a"),
    )  # fmt: skip
    # mailboxes
    each(
        "mailboxes", "select", SEL_BOXES,
        anon=DENIED, mia=Rows("box_mia"), max=Rows("box_max"), nina=Rows(), adam=Rows("box_mia", "box_max"),
        olivia=Rows("box_mia", "box_max"), bob=Rows("box_bob"), zoe=Rows(),
        service=Rows("box_mia", "box_max", "box_bob"),
    )  # fmt: skip
    each(
        "mailboxes", "insert",
        "insert into public.mailboxes (team_id, owner_id, provider, address)"
        " values ({team_a}, {mia}, 'gmail', 'mia2@example.test') returning 'new'",
        anon=DENIED, mia=DENIED, adam=DENIED, bob=DENIED, service=Rows("new"),
    )  # fmt: skip
    each(
        "mailboxes", "update",
        "update public.mailboxes set display_name = 'Max M.' where id = {box_max} returning id",
        anon=DENIED, mia=Rows(), max=Rows("box_max"), adam=Rows("box_max"), bob=Rows(), service=Rows("box_max"),
    )  # fmt: skip
    each(
        "mailboxes", "update",
        "update public.mailboxes set status = 'active', owner_id = {mia} where id = {box_mia} returning id",
        mia=DENIED, adam=DENIED,
    )  # fmt: skip
    each(
        "mailboxes", "delete", "delete from public.mailboxes where id = {box_max} returning id",
        anon=DENIED, mia=Rows(), max=Rows("box_max"), adam=Rows("box_max"), bob=Rows(), service=Rows("box_max"),
    )  # fmt: skip
    return c


CASES = cases()
TENANCY_TABLES = {"teams", "team_members", "team_settings", "mailboxes"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_tenancy_table_is_covered_for_every_command() -> None:
    covered = {(c.table, c.command) for c in CASES}
    missing = {(t, cmd) for t in TENANCY_TABLES for cmd in ("select", "insert", "update", "delete")} - covered
    assert missing == set()
    for table in TENANCY_TABLES:
        actors = {c.actor for c in CASES if c.table == table}
        assert set(EVERYONE) <= actors, table
