"""The intelligence cache and usage log in Postgres (``private.ai_cache``, ``private.ai_calls``), reached
through the service_role functions of ``sql/functions/170_ai_cache.sql``.

Keys are SHA-256 digests of the normalised text (Unicode NFC, case kept, runs of whitespace made one space,
ends trimmed): the text itself is never stored, so the same signature written with other line breaks or
trailing spaces is the same entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
import uuid
from decimal import Decimal
from typing import Any

from psycopg.types.json import Jsonb

from relance.db import Conn, _execute


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> bytes:
    """SHA-256 of the normalised text: the cache key, never the text."""
    return hashlib.sha256(normalise(text).encode()).digest()


def _now(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.UTC)


def lookup(
    conn: Conn,
    team_id: uuid.UUID | str,
    kind: str,
    digest: bytes,
    models: list[str],
    now: dt.datetime | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """The team's live entry for ``digest`` from the first of ``models`` that has one; counts the hit."""
    row = _execute(
        conn,
        "select model, result from worker.ai_cache_lookup(%s, %s, %s, %s, %s)",
        (str(team_id), kind, digest, models, _now(now)),
    ).fetchone()
    return (str(row[0]), dict(row[1])) if row else None


def store(
    conn: Conn,
    team_id: uuid.UUID | str,
    kind: str,
    digest: bytes,
    model: str,
    result: dict[str, Any],
    cost_usd: float | None,
    latency_ms: int,
    now: dt.datetime | None = None,
    ttl: dt.timedelta | None = None,
    subject_address: str | None = None,
) -> None:
    """Cache a validated result and log the call as answered."""
    _execute(
        conn,
        "select worker.ai_cache_store(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        (
            str(team_id),
            kind,
            digest,
            model,
            Jsonb(result),
            None if cost_usd is None else Decimal(str(cost_usd)),
            latency_ms,
            _now(now),
            ttl,
            subject_address,
        ),
    )


def record_call(
    conn: Conn,
    team_id: uuid.UUID | str,
    kind: str,
    model: str,
    outcome: str,
    cost_usd: float | None,
    latency_ms: int,
    now: dt.datetime | None = None,
) -> None:
    """Log a real call whose answer was not used (``invalid``, ``failed``)."""
    _execute(
        conn,
        "select worker.ai_record_call(%s, %s, %s, %s, %s, %s, %s)",
        (
            str(team_id),
            kind,
            model,
            outcome,
            None if cost_usd is None else Decimal(str(cost_usd)),
            latency_ms,
            _now(now),
        ),
    )
