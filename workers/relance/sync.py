"""The sync round of a mailbox, written once over the provider seam (:mod:`relance.providers.seam`): the
first backfill and the safety net under change notifications, for Graph and Gmail alike.

A round reads every change since the stored cursors (``read_changes``: Graph's delta pages of Sent Items
and Inbox, one deltaLink per folder; Gmail's history, or a full sync when Gmail lost the cursor), then
ingests what changed in time order across folders, since the engine reads a reply in the light of the
message it answers, and only then stores the new cursors (``private.mailbox_sync_state``; Gmail's only ever
moves forward, ``advance_sync_cursor``): a crash replays the round, which is safe because ingest is
idempotent. A cursor the provider no longer knows starts over from scratch: idempotent as well.

Poison messages never stop a round: each message is normalised and analysed on its own, then ingested a page
at a time (``worker.ingest_messages``: one round trip a page, each message committed on its own, a refused one
reported in its place; a passing error stops the page at that message and fails the round). What can
be cleaned without losing anything is (NUL characters, which Postgres text cannot hold, are stripped; SQL
reads a repeated header as its first value); a message that still cannot be read or that ``ingest_message``
refuses is set aside in ``public.dead_letters`` with the stage and the reason, and the round goes on, its
cursor included. A team admin can ask for a retry (``public.retry_dead_letter``); :func:`retry_dead_letters`
fetches those messages again and ingests them.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import psycopg

from relance import db
from relance.analysis import new_text
from relance.intelligence import own_signature
from relance.providers.errors import GiveUp, ProviderError
from relance.providers.gmail import GmailMailbox
from relance.providers.gmail_provider import GMAIL_CURSOR, GMAIL_LABELS, GmailProvider
from relance.providers.graph import FOLDERS, GraphMailbox
from relance.providers.graph_provider import GraphProvider
from relance.providers.normalise import with_analysis
from relance.providers.seam import MailProvider, Normaliser, Progress, Readable

log = logging.getLogger("relance.sync")

__all__ = [
    "GMAIL_CURSOR",
    "GMAIL_LABELS",
    "POISON_CLASSES",
    "Poison",
    "Progress",
    "SyncReport",
    "ingest",
    "normalise_each",
    "retry_dead_letters",
    "set_aside",
    "strip_nul",
    "sync_gmail_mailbox",
    "sync_mailbox",
    "sync_round",
]


@dataclass
class SyncReport:
    pages: int = 0
    messages: int = 0
    ingested: int = 0
    duplicates: int = 0
    resyncs: list[str] = field(default_factory=list)
    effects: dict[str, int] = field(default_factory=dict)
    known: int = 0  # Gmail full sync: listed messages already ingested, not fetched again
    dead_letters: int = 0  # messages set aside (public.dead_letters): the round went on without them


def _instant(normalised: dict[str, Any]) -> str:
    value = normalised.get("sent_at") if normalised.get("folder") == "sent" else normalised.get("received_at")
    return str(value or normalised.get("received_at") or normalised.get("sent_at") or "")


# ------------------------------------------------------------------------------- poison messages

# SQLSTATE classes that say "this message", not "this database" (db.POISON_CLASSES): data exceptions (22: the
# contract's 22023, a JSON Postgres cannot hold), integrity (23) and program limits (54: a value too long for an
# index). Anything else (a lost connection, a deadlock, a lock timeout) is the database's trouble: the round
# fails and is replayed, as before.
POISON_CLASSES = db.POISON_CLASSES


class Poison(Exception):
    """A message the engine cannot take as it is; ``stage`` says where (normalise, analyse, ingest)."""

    def __init__(self, stage: str, reason: str, sqlstate: str | None = None) -> None:
        super().__init__(reason)
        self.stage, self.reason, self.sqlstate = stage, reason, sqlstate


def strip_nul(value: Any) -> Any:
    """``value`` without NUL characters in any string (keys too): Postgres text cannot hold them, and they
    carry nothing a reader of the mail would miss."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {strip_nul(k): strip_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_nul(v) for v in value]
    return value


def _surrogate_at(value: Any, path: str) -> str | None:
    """The path of the first string that holds a lone UTF-16 surrogate (JSON allows one, UTF-8 and Postgres
    do not; dropping it would change the text), or None."""
    if isinstance(value, str):
        return path if any("\ud800" <= c <= "\udfff" for c in value) else None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _surrogate_at(k, path) or _surrogate_at(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
    if isinstance(value, list):
        for n, v in enumerate(value):
            found = _surrogate_at(v, f"{path}[{n}]")
            if found:
                return found
    return None


def _storable(text: str) -> str:
    """Text Postgres can hold: no NUL, no lone surrogate (replaced)."""
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:2000] if text else type(exc).__name__


def set_aside(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    provider_message_id: str,
    folder: str | None,
    poison: Poison,
    report: SyncReport,
    now: dt.datetime | None,
) -> None:
    """Record a poison message in ``public.dead_letters`` and count it; the round goes on."""
    report.dead_letters += 1
    log.warning(
        "message set aside",
        extra={"mailbox_id": str(mailbox_id), "provider_message_id": provider_message_id, "stage": poison.stage,
               "sqlstate": poison.sqlstate},
    )  # fmt: skip
    db.record_dead_letter(
        conn,
        mailbox_id,
        _storable(provider_message_id),
        folder,
        poison.stage,
        poison.sqlstate,
        _storable(poison.reason),
        now,
    )


def normalise_each(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    items: Iterable[tuple[dict[str, Any], Normaliser]],
    report: SyncReport,
    now: dt.datetime | None,
) -> list[dict[str, Any]]:
    """Each provider message through its normaliser; one that cannot be read is set aside."""
    ready = []
    for message, normaliser in items:
        try:
            ready.append(strip_nul(normaliser(message)))
        except Exception as exc:  # a provider message no reader expected: it alone is set aside
            pid = str(message.get("id") or "") if isinstance(message, dict) else ""
            set_aside(conn, mailbox_id, pid, None, Poison("normalise", _reason(exc)), report, now)
    return ready


def ingest(
    conn: db.Conn,
    provider: MailProvider,
    mailbox_id: uuid.UUID,
    readable: Iterable[Readable],
    report: SyncReport,
    now: dt.datetime | None = None,
    on_ingested: Callable[[str], None] | None = None,
) -> None:
    """Normalise, analyse and ingest a provider's messages (each with its normaliser), oldest first."""
    ready = normalise_each(conn, mailbox_id, readable, report, now)
    _ingest_in_order(conn, mailbox_id, provider.address, provider.get_mime, ready, report, now, on_ingested)


# Messages per call of ``worker.ingest_messages``: one round trip for a page of a delta, each message still
# committed on its own (bench/engine_bench.py measures pages of 50).
INGEST_PAGE = 50


def _analysed(
    mailbox_id: uuid.UUID,
    address: str,
    get_mime: Callable[[str], bytes],
    normalised: dict[str, Any],
) -> dict[str, Any]:
    """One normalised message with its analysis, ready for ingest; :class:`Poison` when it cannot be."""
    provider_id = str(normalised["provider_message_id"])
    where = _surrogate_at(normalised, "")
    if where:
        raise Poison("normalise", f"{where} holds a lone UTF-16 surrogate, which no UTF-8 text can hold")

    def fetch_mime(message_id: str = provider_id) -> bytes:
        return get_mime(message_id)

    try:
        return strip_nul(with_analysis(normalised, address, fetch_mime))
    except ProviderError:
        raise  # fetching the raw MIME failed: the provider's trouble, not the message's
    except Exception as exc:
        raise Poison("analyse", _reason(exc)) from exc


def _ingest_page(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    page: list[dict[str, Any]],
    report: SyncReport,
    now: dt.datetime | None,
    on_ingested: Callable[[str], None] | None,
) -> None:
    """Ingest analysed messages in one call (``db.ingest_messages``), counting what happened in ``report``. A
    message refused for what it holds is set aside and the page goes on; a passing error (a deadlock, a
    timeout) is raised once what came before it is counted: the round fails, its cursors stay where they
    were, and the next round replays the rest in order."""
    if not page:
        return
    results = db.ingest_messages(conn, mailbox_id, page, now)
    for message, result in zip(page, results, strict=False):
        provider_id = str(message["provider_message_id"])
        status = result.get("status")
        if status == "stopped":
            raise _passing_error(str(result.get("sqlstate") or ""), str(result.get("error") or ""))
        if status == "refused":
            state = str(result.get("sqlstate") or "")
            poison = Poison("ingest", _reason(_database_error(state, str(result.get("error") or ""))), state)
            set_aside(conn, mailbox_id, provider_id, str(message.get("folder") or ""), poison, report, now)
            continue
        report.messages += 1
        if on_ingested is not None:
            on_ingested(provider_id)
        if status == "duplicate":
            report.duplicates += 1
            continue
        report.ingested += 1
        for effect in result.get("effects") or []:
            report.effects[str(effect)] = report.effects.get(str(effect), 0) + 1
    if len(results) < len(page):
        raise RuntimeError(f"ingest_messages answered {len(results)} of {len(page)} messages")


def _database_error(sqlstate: str, message: str) -> psycopg.Error:
    """The error a page reported for a message, as psycopg raises it from one ``ingest_message`` call (its
    class named by the SQLSTATE)."""
    try:
        return psycopg.errors.lookup(sqlstate)(message)
    except KeyError:
        return psycopg.DatabaseError(message)


def _passing_error(sqlstate: str, message: str) -> psycopg.Error:
    """The error that stopped a page: raised, so that the round fails as it would on one message."""
    return _database_error(sqlstate, f"ingest stopped at this message ({sqlstate or 'no SQLSTATE'}): {message}")


def _stored_text(message: dict[str, Any]) -> str:
    """The text of a message the firm sent, as the analysis compares a quote with it: its plain body, else its HTML's
    text (ingest stores the plain body only: an HTML-only message is compared while it is in the round, not after)."""
    html = message.get("body_html")
    return str(message.get("body_text") or "") or (new_text.html_to_text(html) if isinstance(html, str) else "")


# The firm's messages of a thread read for a reply: the one it answers, then the older ones it names.
REPLIED_TO_DEPTH = 4


def _answered(message: dict[str, Any]) -> list[str]:
    """The Message-IDs an inbound message answers, the one it replies to first, then the older ones of its
    References, newest first (at most ``REPLIED_TO_DEPTH``)."""
    if message.get("folder") == "sent":
        return []
    refs = message.get("references")
    named = [message.get("in_reply_to"), *(reversed(refs) if isinstance(refs, list) else [])]
    ids = list(dict.fromkeys(i for i in named if isinstance(i, str) and _usable_id(i)))
    return ids[:REPLIED_TO_DEPTH]


def _usable_id(value: str) -> bool:
    """A Message-ID the database can be asked about: no NUL, no lone surrogate, of a length a header allows (a
    hostile header must not fail the lookup, and with it the round, every time)."""
    return bool(value) and len(value) <= 998 and _storable(value) == value


def with_replied_to(
    conn: db.Conn, mailbox_id: uuid.UUID, page: list[dict[str, Any]], before: list[dict[str, Any]]
) -> None:
    """Gives each inbound message of ``page`` the text the team sent in the thread it answers
    (``replied_to_text``): the message it replies to, then the older ones its References name (a follow-up written
    as a new message holds no history, and the author may answer inside the quote of the first message), each
    when the team sent it: stored already, or earlier in this round (``before``, or earlier in the page). The
    analysis finds in it what the author typed, unmarked, inside the quote."""
    wanted = {i for m in page for i in _answered(m)}
    if not wanted:
        return
    known = {
        str(m["internet_message_id"]): _stored_text(m)
        for m in (*before, *page)
        if m.get("folder") == "sent" and m.get("internet_message_id") in wanted
    }
    known = {k: v for k, v in known.items() if v}
    if missing := sorted(wanted - known.keys()):
        known |= db.sent_texts(conn, mailbox_id, missing)
    for message in page:
        texts = [known[i] for i in _answered(message) if i in known]
        if texts:
            message["replied_to_text"] = "\n\n".join(texts)


def _ingest_in_order(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    address: str,
    get_mime: Callable[[str], bytes],
    ready: list[dict[str, Any]],
    report: SyncReport,
    now: dt.datetime | None,
    on_ingested: Callable[[str], None] | None = None,
) -> None:
    """Analyse and ingest normalised messages, oldest first (a reply never before what it answers), a page at
    a time, counting what happened in ``report``. ``get_mime`` fetches a message's raw MIME when the analysis
    needs it. A message that cannot be ingested is set aside (:func:`set_aside`) and the others go on; a
    passing database error stops the round at that message (its cursors are not stored)."""
    ready.sort(key=_instant)
    for start in range(0, len(ready), INGEST_PAGE):
        page: list[dict[str, Any]] = []
        with_replied_to(conn, mailbox_id, ready[start : start + INGEST_PAGE], ready[:start])
        try:
            for normalised in ready[start : start + INGEST_PAGE]:
                try:
                    page.append(_analysed(mailbox_id, address, get_mime, normalised))
                except Poison as poison:
                    pid, folder = str(normalised["provider_message_id"]), str(normalised.get("folder") or "")
                    set_aside(conn, mailbox_id, pid, folder, poison, report, now)
        except ProviderError:
            # What was analysed before the provider failed is recorded; the round replays the rest.
            _ingest_page(conn, mailbox_id, page, report, now, on_ingested)
            raise
        _ingest_page(conn, mailbox_id, page, report, now, on_ingested)


def sync_round(
    conn: db.Conn,
    provider: MailProvider,
    mailbox_id: uuid.UUID,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> SyncReport:
    """One round: read every change since the stored cursors, ingest in time order, then store the cursors
    (Gmail's only ever moves forward)."""
    report = SyncReport()
    cursors = {key: db.get_sync_cursor(conn, mailbox_id, key) for key in provider.cursor_keys()}
    changes = provider.read_changes(
        cursors, partial(db.unknown_provider_message_ids, conn, mailbox_id), report, progress
    )
    ingest(conn, provider, mailbox_id, changes.readable, report, now)
    if report.ingested:
        _propose_signature(conn, mailbox_id, now)
    for key, cursor in changes.cursors.items():
        if provider.monotonic_cursor:
            db.advance_sync_cursor(conn, mailbox_id, key, int(cursor))
        else:
            db.set_sync_cursor(conn, mailbox_id, key, cursor)
    log.info(
        "sync provider=%s mailbox=%s pages=%d messages=%d ingested=%d duplicates=%d dead_letters=%d resyncs=%s",
        provider.kind,
        mailbox_id,
        report.pages,
        report.messages,
        report.ingested,
        report.duplicates,
        report.dead_letters,
        ",".join(report.resyncs) or "none",
    )
    return report


def _propose_signature(conn: db.Conn, mailbox_id: uuid.UUID, now: dt.datetime | None) -> None:
    """R16: new mail may show the user's signature; proposing it never stops a sync."""
    try:
        own_signature.propose(conn, mailbox_id, now)
    except psycopg.Error as exc:
        log.warning("signature proposal mailbox=%s failed: %s", mailbox_id, _reason(exc))


def sync_mailbox(
    conn: db.Conn,
    client: GraphMailbox,
    mailbox_id: uuid.UUID,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    folders: tuple[str, ...] = FOLDERS,
) -> SyncReport:
    """One delta round of a Graph mailbox's Sent Items and Inbox."""
    return sync_round(conn, GraphProvider(client, folders), mailbox_id, progress, now)


def sync_gmail_mailbox(
    conn: db.Conn,
    client: GmailMailbox,
    mailbox_id: uuid.UUID,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> SyncReport:
    """One history round of a Gmail mailbox (a full sync without a cursor, or when Gmail lost it)."""
    return sync_round(conn, GmailProvider(client), mailbox_id, progress, now)


# --------------------------------------------------------------------------------------- retries


def retry_dead_letters(
    conn: db.Conn,
    kind: str,
    provider_for: Callable[[uuid.UUID], MailProvider],
    now: dt.datetime | None = None,
) -> SyncReport:
    """Fetch again and ingest every dead letter of the provider ``kind`` that an admin asked to retry: ingested,
    it is resolved; poison still, it is set aside again (one more attempt, the new reason); gone from the
    provider, it is set aside with that reason. A provider failure leaves the request for the next pass."""
    report = SyncReport()
    for row in db.dead_letter_retries(conn, kind):
        mailbox_id, pid = row["mailbox_id"], row["provider_message_id"]

        def resolved(provider_id: str, mailbox_id: uuid.UUID = mailbox_id) -> None:
            db.resolve_dead_letter(conn, mailbox_id, provider_id, now)

        try:
            provider = provider_for(mailbox_id)
            message = provider.get_message(pid)
            ingest(conn, provider, mailbox_id, provider.readable([message]), report, now, resolved)
        except GiveUp as exc:
            if exc.status != 404:
                log.warning("dead letter retry failed", extra={"mailbox_id": str(mailbox_id), "error": str(exc)})
                continue
            set_aside(conn, mailbox_id, pid, row["folder"], Poison("normalise", "the provider no longer has it"),
                      report, now)  # fmt: skip
        except ProviderError as exc:
            log.warning("dead letter retry failed", extra={"mailbox_id": str(mailbox_id), "error": str(exc)})
    return report
