"""Test helpers that act on the database exactly as the Supabase Data API does for a request.

PostgREST runs each request in a transaction, switches to the request's role with `set local role`,
and puts the JWT's claims in `request.jwt.claims`; `acting_as` does the same, and rolls back at the
end so a test's attempt never changes what the next one sees.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

API_ROLES = ("anon", "authenticated", "service_role")


@contextmanager
def acting_as(
    conn: psycopg.Connection[Any], role: str, user_id: uuid.UUID | None = None, *, commit: bool = False
) -> Iterator[psycopg.Connection[Any]]:
    """A PostgREST-like request: one transaction, `set local role`, the JWT claims set locally."""
    if role not in API_ROLES:
        raise ValueError(f"not an API role: {role}")
    claims: dict[str, Any] = {"role": role}
    if user_id is not None:
        claims.update(sub=str(user_id), aud="authenticated", email=f"{user_id}@example.test")
    with conn.transaction(force_rollback=not commit):
        conn.execute(sql.SQL("set local role {}").format(sql.Identifier(role)))
        conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
        yield conn


def make_user(conn: psycopg.Connection[Any], email: str) -> uuid.UUID:
    """A row in auth.users, as Supabase Auth would write it on sign-up."""
    user_id = uuid.uuid4()
    conn.execute(
        "insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)"
        " values (%s, 'authenticated', 'authenticated', %s, '{}', '{}')",
        (user_id, email),
    )
    return user_id


def sqlstate(exc: BaseException) -> str | None:
    return getattr(exc, "sqlstate", None)
