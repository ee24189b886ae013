"""An RLS matrix: for each table, each actor and each command, what must happen.

Outcomes:
- `Rows(k)`: the statement runs and affects (or, for select, sees) rows named exactly `k` (as a set)
  (names resolved through the world's ids), so "sees only its own team" is checked, not just "sees some";
- `DENIED`: Postgres refuses it (42501: no grant, or a `with check` policy fails).
Each case runs as one PostgREST-like request that is rolled back, so cases do not see each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import psycopg

from tests.pg import acting_as

DENIED = "denied"


@dataclass(frozen=True)
class Rows:
    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        object.__setattr__(self, "names", tuple(sorted(set(names))))


Outcome = Rows | str


@dataclass(frozen=True)
class Case:
    table: str
    command: str  # select | insert | update | delete
    actor: str  # anon | service | a user name in the world
    statement: str  # SQL with {name} placeholders for world ids; must `returning <key>` for writes
    expect: Outcome

    @property
    def id(self) -> str:
        return f"{self.table}-{self.command}-{self.actor}"


def run_case(conn: psycopg.Connection[Any], world: dict[str, uuid.UUID], case: Case) -> Outcome:
    """Run one case as its actor; return what happened, in the terms of `Outcome`."""
    names = {v: k for k, v in world.items()}
    stmt = case.statement.format(**{k: f"'{v}'" for k, v in world.items()})
    if case.actor == "anon":
        role, user = "anon", None
    elif case.actor == "service":
        role, user = "service_role", None
    else:
        role, user = "authenticated", world[case.actor]
    try:
        with acting_as(conn, role, user):
            rows = conn.execute(stmt).fetchall()
    except psycopg.errors.InsufficientPrivilege:
        return DENIED
    return Rows(*(names.get(r[0], str(r[0])) for r in rows))
