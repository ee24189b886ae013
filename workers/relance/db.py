"""The workers' only way into Postgres: one typed function per named SQL function, nothing else.

Connections are autocommit and keep no session state, so they work the same through a transaction-mode
pooler (Supavisor on Supabase's port 6543, PgBouncer) as directly: every call is one simple query,
``set local role service_role; select …``, which Postgres runs as one transaction (worker functions are
executable by service_role only), with the parameters bound client-side; nothing is prepared server-side
(``prepare_threshold=None``), and no ``SET`` outlives its transaction. The sender opens its own
transaction around the final claim, the send and the completion; each call in it sets the role again
(``set local`` lasts until that transaction ends). One call differs: ``worker.ingest_messages`` commits each
message of a page, which no procedure may do behind ``set local role`` in one simple query, so
:func:`ingest_messages` calls it on its own as the login role (and falls back on one ``ingest_message`` per
message for a login role that may only become service_role).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
import weakref
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

Conn = psycopg.Connection[Any]

# Prefixed to every call: the role lasts for the call's own transaction (or the sender's), never longer.
_AS_SERVICE_ROLE = "set local role service_role; "


def connect(url: str) -> Conn:
    """A worker connection: direct or through a transaction-mode pooler, the same. Its application name
    carries the process id, so ``pg_stat_activity`` tells which worker process holds what."""
    name = f"relance-worker {os.getpid()}"
    return psycopg.connect(url, autocommit=True, application_name=name, prepare_threshold=None)


def _execute(conn: Conn, query: str, params: tuple[Any, ...] = ()) -> psycopg.ClientCursor[Any]:
    """``query`` as service_role, in one round trip: two statements in one simple query (client-side
    binding is what allows them) run in one transaction; the cursor is left on the second one's rows."""
    cur = psycopg.ClientCursor(conn)
    cur.execute(_AS_SERVICE_ROLE + query, params)
    cur.nextset()
    return cur


def _one(conn: Conn, query: str, params: tuple[Any, ...]) -> Any:
    row = _execute(conn, query, params).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------------------- mailboxes


def connect_mailbox(
    conn: Conn,
    team_id: uuid.UUID | str,
    owner_id: uuid.UUID | str,
    provider: str,
    address: str,
    display_name: str | None,
    now: dt.datetime | None = None,
) -> uuid.UUID:
    return uuid.UUID(
        str(
            _one(
                conn,
                "select worker.connect_mailbox(%s, %s, %s, %s, %s, coalesce(%s, now()))",
                (team_id, owner_id, provider, address, display_name, now),
            )
        )
    )


def list_connected_mailboxes(conn: Conn, provider: str) -> list[dict[str, Any]]:
    rows = _execute(
        conn, "select mailbox_id, team_id, address, status::text from worker.list_connected_mailboxes(%s)", (provider,)
    ).fetchall()
    return [{"mailbox_id": r[0], "team_id": r[1], "address": r[2], "status": r[3]} for r in rows]


def colleague_mailboxes(conn: Conn, mailbox_id: uuid.UUID) -> list[dict[str, Any]]:
    """The team's other connected mailboxes, when an answer there counts (R5 team-wide); else none."""
    rows = _execute(
        conn, "select mailbox_id, provider::text, address from worker.colleague_mailboxes(%s)", (mailbox_id,)
    ).fetchall()
    return [{"mailbox_id": r[0], "provider": r[1], "address": r[2]} for r in rows]


def mailbox_needs_reauth(conn: Conn, mailbox_id: uuid.UUID, error: str, now: dt.datetime | None) -> bool:
    return bool(_one(conn, "select worker.mailbox_needs_reauth(%s, %s, coalesce(%s, now()))", (mailbox_id, error, now)))


# --------------------------------------------------------------------------------------- credentials


def store_mailbox_credentials(conn: Conn, mailbox_id: uuid.UUID, ciphertext: bytes, key_id: str) -> None:
    _execute(conn, "select worker.store_mailbox_credentials(%s, %s, %s)", (mailbox_id, ciphertext, key_id))


def load_mailbox_credentials(conn: Conn, mailbox_id: uuid.UUID) -> bytes | None:
    value = _one(conn, "select worker.load_mailbox_credentials(%s)", (mailbox_id,))
    return bytes(value) if value is not None else None


def load_sealed_credentials(conn: Conn, mailbox_id: uuid.UUID) -> tuple[bytes, str] | None:
    """The sealed credentials of a mailbox and the id of the key that sealed them, or None."""
    row = _execute(conn, "select ciphertext, key_id from worker.load_sealed_credentials(%s)", (mailbox_id,)).fetchone()
    return (bytes(row[0]), str(row[1])) if row else None


def list_credential_keys(conn: Conn, except_key_id: str) -> list[tuple[uuid.UUID, str]]:
    """(mailbox id, key id) of every stored credential sealed with another key than ``except_key_id``."""
    rows = _execute(conn, "select mailbox_id, key_id from worker.list_credential_keys(%s)", (except_key_id,)).fetchall()
    return [(uuid.UUID(str(r[0])), str(r[1])) for r in rows]


def replace_sealed_credentials(
    conn: Conn, mailbox_id: uuid.UUID, expected: bytes, ciphertext: bytes, key_id: str
) -> bool:
    """Re-seal: replace the credentials only if they are still ``expected``; False when they changed."""
    return bool(
        _one(
            conn,
            "select worker.replace_sealed_credentials(%s, %s, %s, %s)",
            (mailbox_id, expected, ciphertext, key_id),
        )
    )


# --------------------------------------------------------------------------------------- sync


def get_sync_cursor(conn: Conn, mailbox_id: uuid.UUID, folder: str) -> str | None:
    value = _one(conn, "select worker.get_sync_cursor(%s, %s)", (mailbox_id, folder))
    return str(value) if value is not None else None


def set_sync_cursor(conn: Conn, mailbox_id: uuid.UUID, folder: str, cursor: str | None) -> None:
    _execute(conn, "select worker.set_sync_cursor(%s, %s, %s)", (mailbox_id, folder, cursor))


def advance_sync_cursor(
    conn: Conn, mailbox_id: uuid.UUID, folder: str, cursor: int, now: dt.datetime | None = None
) -> int:
    """Gmail: store a historyId only when it is ahead of the stored one; returns the stored cursor."""
    return int(
        _one(
            conn,
            "select worker.advance_sync_cursor(%s, %s, %s, coalesce(%s, now()))",
            (mailbox_id, folder, cursor, now),
        )
    )


def unknown_provider_message_ids(conn: Conn, mailbox_id: uuid.UUID, ids: list[str]) -> list[str]:
    """The ids among ``ids`` that the mailbox has no message for yet (same order)."""
    rows = _execute(conn, "select worker.unknown_provider_message_ids(%s, %s)", (mailbox_id, ids)).fetchall()
    return [str(r[0]) for r in rows]


def sent_texts(conn: Conn, mailbox_id: uuid.UUID, ids: list[str]) -> dict[str, str]:
    """The text the mailbox's team sent under each of these Message-IDs, when it did and the text is kept."""
    if not ids:
        return {}
    rows = _execute(conn, "select * from worker.sent_texts(%s, %s)", (mailbox_id, ids)).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def ingest_message(
    conn: Conn, mailbox_id: uuid.UUID, message: dict[str, Any], now: dt.datetime | None = None
) -> dict[str, Any]:
    result = _one(conn, "select worker.ingest_message(%s, %s, %s)", (mailbox_id, Jsonb(message), now))
    return dict(result or {})


# SQLSTATE classes of a message's own fault (data 22, integrity 23, a limit 54): the message is refused and set
# aside, the others go on. Any other error is the moment's (a deadlock, a timeout) and stops a page there.
POISON_CLASSES = ("22", "23", "54")

# Connections whose login role may not call ``worker.ingest_messages`` itself (a role that can only become
# service_role): their pages go one ``ingest_message`` per message.
_NO_PAGE_CALL: weakref.WeakSet[Conn] = weakref.WeakSet()


def ingest_messages(
    conn: Conn, mailbox_id: uuid.UUID, messages: list[dict[str, Any]], now: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """A page of one mailbox's messages, in order: one result per message tried, each as ``ingest_message``'s,
    or ``{status: refused, sqlstate, error}`` for a message the contract or a constraint refuses, or, as the
    last entry, ``{status: stopped, sqlstate, error}`` when a passing error (a deadlock, a timeout) stopped the
    page there: what came before is committed, nothing after was tried.

    ``worker.ingest_messages`` takes the page in one round trip and commits each message on its own, which a
    procedure may do only when its CALL is a transaction of its own: so it is called as the connection's login
    role (``postgres``, which owns the engine's functions, directly or through Supavisor), never behind ``set
    local role`` in the same simple query; each message still runs as ``ingest_message`` (security definer).
    A login role that may only become service_role, or a transaction the caller opened, gets the same results
    one ``ingest_message`` call per message."""
    if not messages:
        return []
    idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    if idle and conn not in _NO_PAGE_CALL:
        try:
            cur = psycopg.ClientCursor(conn)
            cur.execute("call worker.ingest_messages(%s, %s, %s, null)", (mailbox_id, Jsonb(messages), now))
        except psycopg.errors.InsufficientPrivilege:
            _NO_PAGE_CALL.add(conn)  # refused before any message ran (every error inside is reported, not raised)
        else:
            row = cur.fetchone()
            return [dict(r) for r in (row[0] if row and row[0] else [])]
    results = []
    for message in messages:
        results.append(_ingest_or_refuse(conn, mailbox_id, message, now))
    return results


def _ingest_or_refuse(
    conn: Conn, mailbox_id: uuid.UUID, message: dict[str, Any], now: dt.datetime | None
) -> dict[str, Any]:
    """One message of a page on its own: a refusal (SQLSTATE class 22, 23 or 54) is reported as the procedure
    reports it, any other error raised (the page stops there). Inside the caller's transaction, a savepoint
    keeps that transaction usable after a refusal."""
    try:
        if conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            return ingest_message(conn, mailbox_id, message, now)
        with conn.transaction():
            return ingest_message(conn, mailbox_id, message, now)
    except psycopg.Error as exc:
        if not (exc.sqlstate or "").startswith(POISON_CLASSES):
            raise
        return {"status": "refused", "sqlstate": exc.sqlstate, "error": exc.diag.message_primary or str(exc)}


# --------------------------------------------------------------------------------------- sending


def read_followup_queue(
    conn: Conn, qty: int, visibility_seconds: int, max_deliveries: int, now: dt.datetime | None = None
) -> list[dict[str, Any]]:
    rows = _execute(
        conn,
        "select msg_id, followup_id, deliveries from worker.read_followup_queue(%s, %s, %s, %s)",
        (qty, visibility_seconds, max_deliveries, now),
    ).fetchall()
    return [{"msg_id": r[0], "followup_id": r[1], "deliveries": r[2]} for r in rows]


def ack_followup_message(conn: Conn, msg_id: int) -> None:
    _execute(conn, "select worker.ack_followup_message(%s)", (msg_id,))


def claim_followup(
    conn: Conn, followup_id: uuid.UUID, now: dt.datetime | None, claim_token: uuid.UUID | None = None
) -> dict[str, Any]:
    result = _one(conn, "select worker.claim_followup(%s, coalesce(%s, now()), %s)", (followup_id, now, claim_token))
    return dict(result or {"ok": False, "reason": "no answer"})


def record_followup_identity(
    conn: Conn,
    followup_id: uuid.UUID,
    claim_token: uuid.UUID,
    draft_id: str | None,
    internet_message_id: str | None,
    now: dt.datetime | None,
) -> bool:
    return bool(
        _one(
            conn,
            "select worker.record_followup_identity(%s, %s, %s, %s, coalesce(%s, now()))",
            (followup_id, claim_token, draft_id, internet_message_id, now),
        )
    )


def complete_followup(
    conn: Conn,
    followup_id: uuid.UUID,
    claim_token: uuid.UUID,
    sent_at: dt.datetime | None,
    provider_message_id: str | None,
    internet_message_id: str | None,
    now: dt.datetime | None,
) -> bool:
    return bool(
        _one(
            conn,
            "select worker.complete_followup(%s, %s, %s, %s, %s, %s)",
            (followup_id, claim_token, sent_at, provider_message_id, internet_message_id, now),
        )
    )


def fail_followup(
    conn: Conn,
    followup_id: uuid.UUID,
    claim_token: uuid.UUID,
    error: str,
    kind: str,
    retry_after_seconds: float | None,
    now: dt.datetime | None,
) -> str:
    seconds = None if retry_after_seconds is None else int(retry_after_seconds + 0.999)
    return str(
        _one(
            conn,
            "select worker.fail_followup(%s, %s, %s, %s, %s, coalesce(%s, now()))",
            (followup_id, claim_token, error, kind, seconds, now),
        )
    )


# --------------------------------------------------------------------------------------- provider events


def register_provider_subscription(
    conn: Conn, mailbox_id: uuid.UUID, external_id: str, resource: str, client_state: str, expires_at: dt.datetime
) -> None:
    _execute(
        conn,
        "select worker.register_provider_subscription(%s, %s, %s, %s, %s)",
        (mailbox_id, external_id, resource, client_state, expires_at),
    )


def renew_provider_subscription(conn: Conn, external_id: str, expires_at: dt.datetime) -> None:
    _execute(conn, "select worker.renew_provider_subscription(%s, %s)", (external_id, expires_at))


def remove_provider_subscription(conn: Conn, external_id: str, reason: str) -> None:
    _execute(conn, "select worker.remove_provider_subscription(%s, %s)", (external_id, reason))


def list_expiring_subscriptions(conn: Conn, before: dt.datetime) -> list[dict[str, Any]]:
    cur = _execute(conn, "select * from worker.list_expiring_subscriptions(%s)", (before,))
    names = [c.name for c in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def read_provider_events(conn: Conn, qty: int, visibility_seconds: int, max_deliveries: int) -> list[dict[str, Any]]:
    rows = _execute(
        conn,
        "select msg_id, event, deliveries from worker.read_provider_events(%s, %s, %s)",
        (qty, visibility_seconds, max_deliveries),
    ).fetchall()
    return [{"msg_id": r[0], "event": dict(r[1] or {}), "deliveries": r[2]} for r in rows]


def ack_provider_event(conn: Conn, msg_id: int) -> None:
    _execute(conn, "select worker.ack_provider_event(%s)", (msg_id,))


# --------------------------------------------------------------------------------------- dead letters


def record_dead_letter(
    conn: Conn,
    mailbox_id: uuid.UUID,
    provider_message_id: str,
    folder: str | None,
    stage: str,
    sqlstate: str | None,
    reason: str,
    now: dt.datetime | None = None,
) -> uuid.UUID:
    value = _one(
        conn,
        "select worker.record_dead_letter(%s, %s, %s, %s, %s, %s, coalesce(%s, now()))",
        (mailbox_id, provider_message_id, folder, stage, sqlstate, reason, now),
    )
    return uuid.UUID(str(value))


def dead_letter_retries(conn: Conn, provider: str, limit: int = 50) -> list[dict[str, Any]]:
    rows = _execute(
        conn,
        "select dead_letter_id, mailbox_id, provider_message_id, folder from worker.dead_letter_retries(%s, %s)",
        (provider, limit),
    ).fetchall()
    return [{"id": r[0], "mailbox_id": r[1], "provider_message_id": r[2], "folder": r[3]} for r in rows]


def resolve_dead_letter(conn: Conn, mailbox_id: uuid.UUID, provider_message_id: str, now: dt.datetime | None) -> bool:
    return bool(
        _one(
            conn,
            "select worker.resolve_dead_letter(%s, %s, coalesce(%s, now()))",
            (mailbox_id, provider_message_id, now),
        )
    )


# --------------------------------------------------------------------------------------- request slots


def take_mailbox_request_slot(conn: Conn, address: str, slots: int) -> int | None:
    """One of the mailbox's Graph request slots, held until the caller's open transaction ends; None: all busy."""
    value = _one(conn, "select worker.take_mailbox_request_slot(%s, %s)", (address, slots))
    return int(value) if value is not None else None


# --------------------------------------------------------------------------------------- health


def record_heartbeat(
    conn: Conn, worker_id: str, kind: str, host: str, pid: int, started_at: dt.datetime | None, now: dt.datetime | None
) -> dt.datetime:
    """The worker's beat (worker.health_check reads it); ``None`` instants are the database's clock. Returns the
    instant recorded."""
    at: dt.datetime = _one(
        conn,
        "select worker.record_heartbeat(%s, %s, %s, %s, coalesce(%s, now()), coalesce(%s, now()))",
        (worker_id, kind, host, pid, started_at, now),
    )
    return at


def end_heartbeat(conn: Conn, worker_id: str) -> bool:
    """A clean stop: the worker is no longer expected to beat."""
    return bool(_one(conn, "select worker.end_heartbeat(%s)", (worker_id,)))


# --------------------------------------------------------------------------------------- disconnecting


def disconnect_mailbox(
    conn: Conn, mailbox_id: uuid.UUID, reason: str | None, operator: str | None, now: dt.datetime | None
) -> bool:
    return bool(
        _one(
            conn,
            "select worker.disconnect_mailbox_as_operator(%s, %s, %s, coalesce(%s, now()))",
            (mailbox_id, reason, operator, now),
        )
    )


def find_mailbox(conn: Conn, ref: str) -> list[dict[str, Any]]:
    cur = _execute(
        conn, "select mailbox_id, team_id, provider::text, address, status::text from worker.find_mailbox(%s)", (ref,)
    )
    names = ["mailbox_id", "team_id", "provider", "address", "status"]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def read_mailbox_cleanup(conn: Conn, qty: int, visibility_seconds: int, max_deliveries: int) -> list[dict[str, Any]]:
    rows = _execute(
        conn,
        "select msg_id, job, deliveries from worker.read_mailbox_cleanup(%s, %s, %s)",
        (qty, visibility_seconds, max_deliveries),
    ).fetchall()
    return [{"msg_id": r[0], "job": dict(r[1] or {}), "deliveries": r[2]} for r in rows]


def ack_mailbox_cleanup(conn: Conn, msg_id: int) -> None:
    _execute(conn, "select worker.ack_mailbox_cleanup(%s)", (msg_id,))


def forget_mailbox_grant(conn: Conn, mailbox_id: uuid.UUID) -> str:
    return str(_one(conn, "select worker.forget_mailbox_grant(%s)", (mailbox_id,)))


def record_mailbox_cleanup(
    conn: Conn, mailbox_id: uuid.UUID, outcome: str, reason: str, details: dict[str, Any], now: dt.datetime | None
) -> bool:
    return bool(
        _one(
            conn,
            "select worker.record_mailbox_cleanup(%s, %s, %s, %s, coalesce(%s, now()))",
            (mailbox_id, outcome, reason, Jsonb(details), now),
        )
    )


# --------------------------------------------------------------------------------------- outgoing webhooks


def read_webhook_deliveries(conn: Conn, qty: int, visibility_seconds: int) -> list[dict[str, Any]]:
    """Deliveries to send, with their endpoint's URL and signing secret, and the secrets rotations replaced that
    still sign too, each until its own overlap ends (previous_secrets, a list); secrets are never to be logged."""
    rows = _execute(
        conn,
        "select msg_id, delivery_id, endpoint_id, url, secret, previous_secrets, webhook_id, payload, attempts"
        " from worker.read_webhook_deliveries(%s, %s)",
        (qty, visibility_seconds),
    ).fetchall()
    keys = (
        "msg_id", "delivery_id", "endpoint_id", "url", "secret", "previous_secrets", "webhook_id", "payload", "attempts"
    )  # fmt: skip
    return [dict(zip(keys, r, strict=True)) for r in rows]


def record_webhook_attempt(
    conn: Conn,
    delivery_id: uuid.UUID,
    msg_id: int,
    status_code: int | None,
    error: str | None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """One POST's outcome; SQL decides: delivered, retry after a backoff, failed, or the endpoint disabled."""
    result = _one(
        conn,
        "select worker.record_webhook_attempt(%s, %s, %s, %s, coalesce(%s, now()))",
        (delivery_id, msg_id, status_code, error, now),
    )
    return dict(result or {})
