"""Delta sync of a Graph mailbox's Inbox and Sent Items: the first backfill and the safety net under
change notifications (and, below, the history sync of a Gmail mailbox).

Each folder has its own cursor (the deltaLink, in ``private.mailbox_sync_state``). A round reads every
page of both folders, then ingests what changed in time order across the two folders, since the engine
reads a reply in the light of the message it answers, and only then stores the new cursors: a crash
replays the round, which is safe because ingest is idempotent. A cursor Graph no longer knows (410,
SyncStateNotFound) starts that folder over from scratch: a full resync, idempotent as well.
``@removed`` entries mean nothing to the engine and are skipped.

Poison messages never stop a round: each message is normalised, analysed and ingested on its own. What can
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
from relance.providers.errors import GiveUp, ProviderError, SyncStateLost
from relance.providers.gmail import GmailMailbox
from relance.providers.gmail_normalise import normalise as gmail_normalise
from relance.providers.graph import FOLDERS, GraphMailbox
from relance.providers.normalise import normalise, with_analysis

log = logging.getLogger("relance.sync")

Progress = Callable[[str, int, int], None]  # folder, pages so far, messages so far


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


def read_folder(
    client: GraphMailbox, cursor: str | None, folder: str, report: SyncReport, progress: Progress | None
) -> tuple[list[dict[str, Any]], str]:
    """Every changed message of a folder since ``cursor`` (all of them without one), and the new deltaLink."""
    url = cursor or client.delta_start_url(folder)
    items: list[dict[str, Any]] = []
    restarted = False
    pages = 0
    while True:
        try:
            page = client.delta_page(url)
        except SyncStateLost as lost:
            if restarted:
                raise
            log.warning("sync cursor lost mailbox=%s folder=%s: full resync (%s)", client.address, folder, lost)
            report.resyncs.append(folder)
            restarted, items, url = True, [], client.delta_start_url(folder)
            continue
        pages += 1
        report.pages += 1
        items += [m for m in page.get("value", []) if "@removed" not in m]
        if progress is not None:
            progress(folder, pages, len(items))
        if page.get("@odata.nextLink"):
            url = str(page["@odata.nextLink"])
        elif page.get("@odata.deltaLink"):
            return items, str(page["@odata.deltaLink"])
        else:
            raise SyncStateLost(f"delta of {folder}: a page with neither nextLink nor deltaLink")


# ------------------------------------------------------------------------------- poison messages

# SQLSTATE classes that say "this message", not "this database": data exceptions (22: the contract's 22023,
# a JSON Postgres cannot hold), integrity (23) and program limits (54: a value too long for an index). Anything
# else (a lost connection, a deadlock, a lock timeout) is the database's trouble: the round fails and is
# replayed, as before.
POISON_CLASSES = ("22", "23", "54")


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


Normaliser = Callable[[dict[str, Any]], dict[str, Any]]


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


def _graph_normalise(folder: str, message: dict[str, Any]) -> dict[str, Any]:
    return normalise(message, folder)


def ingest_all(
    conn: db.Conn,
    client: GraphMailbox,
    mailbox_id: uuid.UUID,
    found: Iterable[tuple[str, dict[str, Any]]],
    report: SyncReport,
    now: dt.datetime | None = None,
    on_ingested: Callable[[str], None] | None = None,
) -> None:
    """Normalise, analyse and ingest (folder, Graph message) pairs, oldest first."""
    ready = normalise_each(
        conn, mailbox_id, ((m, partial(_graph_normalise, folder)) for folder, m in found), report, now
    )
    _ingest_in_order(conn, mailbox_id, client.address, client.get_mime, ready, report, now, on_ingested)


def _ingest_one(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    address: str,
    get_mime: Callable[[str], bytes],
    normalised: dict[str, Any],
    now: dt.datetime | None,
) -> dict[str, Any]:
    """Analyse and ingest one normalised message; :class:`Poison` when it cannot be."""
    provider_id = str(normalised["provider_message_id"])
    where = _surrogate_at(normalised, "")
    if where:
        raise Poison("normalise", f"{where} holds a lone UTF-16 surrogate, which no UTF-8 text can hold")

    def fetch_mime(message_id: str = provider_id) -> bytes:
        return get_mime(message_id)

    try:
        message = strip_nul(with_analysis(normalised, address, fetch_mime))
    except ProviderError:
        raise  # fetching the raw MIME failed: the provider's trouble, not the message's
    except Exception as exc:
        raise Poison("analyse", _reason(exc)) from exc
    try:
        return db.ingest_message(conn, mailbox_id, message, now)
    except psycopg.Error as exc:
        state = exc.sqlstate or ""
        if not state.startswith(POISON_CLASSES):
            raise
        raise Poison("ingest", _reason(exc), state) from exc


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
    """Analyse and ingest normalised messages, oldest first (a reply never before what it answers), counting
    what happened in ``report``. ``get_mime`` fetches a message's raw MIME when the analysis needs it. A
    message that cannot be ingested is set aside (:func:`set_aside`) and the others go on."""
    ready.sort(key=_instant)
    for normalised in ready:
        provider_id = str(normalised["provider_message_id"])
        try:
            result = _ingest_one(conn, mailbox_id, address, get_mime, normalised, now)
        except Poison as poison:
            set_aside(conn, mailbox_id, provider_id, str(normalised.get("folder") or ""), poison, report, now)
            continue
        report.messages += 1
        if on_ingested is not None:
            on_ingested(provider_id)
        if result.get("status") == "duplicate":
            report.duplicates += 1
            continue
        report.ingested += 1
        for effect in result.get("effects") or []:
            report.effects[str(effect)] = report.effects.get(str(effect), 0) + 1


def sync_mailbox(
    conn: db.Conn,
    client: GraphMailbox,
    mailbox_id: uuid.UUID,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    folders: tuple[str, ...] = FOLDERS,
) -> SyncReport:
    """One delta round of Inbox and Sent Items: read, ingest in time order, then store the cursors."""
    report = SyncReport()
    found: list[tuple[str, dict[str, Any]]] = []
    links: dict[str, str] = {}
    for folder in folders:
        items, links[folder] = read_folder(
            client, db.get_sync_cursor(conn, mailbox_id, folder), folder, report, progress
        )
        found += [(folder, m) for m in items]
    ingest_all(conn, client, mailbox_id, found, report, now)
    for folder, link in links.items():
        db.set_sync_cursor(conn, mailbox_id, folder, link)
    log.info(
        "sync mailbox=%s pages=%d messages=%d ingested=%d duplicates=%d resyncs=%s",
        mailbox_id,
        report.pages,
        report.messages,
        report.ingested,
        report.duplicates,
        ",".join(report.resyncs) or "none",
    )
    return report


# --------------------------------------------------------------------------------------- Gmail
#
# Gmail's history is mailbox-wide: one cursor (a historyId), kept in the ``history`` row of the sync state
# and only ever moved forward by SQL (``advance_sync_cursor``), so a late push or a slower worker never
# rewinds it. A round lists what history added since the cursor, fetches those messages (``full``; a
# bounce's raw MIME too), ingests INBOX and SENT together in time order, then advances the cursor to the
# historyId the last history page returned. A cursor Gmail no longer knows (404) starts a full sync:
# the profile's historyId is read first (so nothing added meanwhile is skipped), then every message of
# INBOX and SENT is fetched and ingested (idempotent), then the cursor moves to that historyId.

GMAIL_CURSOR = "history"
GMAIL_LABELS = ("SENT", "INBOX")


def ingest_gmail(
    conn: db.Conn,
    client: GmailMailbox,
    mailbox_id: uuid.UUID,
    messages: Iterable[dict[str, Any]],
    report: SyncReport,
    now: dt.datetime | None = None,
    on_ingested: Callable[[str], None] | None = None,
) -> None:
    """Normalise, analyse and ingest Gmail messages (``full`` format), oldest first; drafts, spam and
    trash are not mail the engine reads."""
    wanted = (
        (m, gmail_normalise)
        for m in messages
        if not ({"DRAFT", "SPAM", "TRASH"} & set(m.get("labelIds") or []))
        and ({"INBOX", "SENT"} & set(m.get("labelIds") or []))
    )
    ready = normalise_each(conn, mailbox_id, wanted, report, now)
    _ingest_in_order(conn, mailbox_id, client.address, client.get_raw, ready, report, now, on_ingested)


def _fetch_all(client: GmailMailbox, ids: Iterable[str]) -> list[dict[str, Any]]:
    found = []
    for message_id in dict.fromkeys(ids):
        try:
            found.append(client.get_message(message_id))
        except GiveUp as exc:
            if exc.status != 404:
                raise
            # Deleted since history listed it: nothing to read.
    return found


def gmail_full_sync(
    conn: db.Conn,
    client: GmailMailbox,
    mailbox_id: uuid.UUID,
    report: SyncReport,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Every message of SENT and INBOX that the engine has not ingested yet, ingested; returns the
    historyId to continue from."""
    start = int(client.profile()["historyId"])
    ids: list[str] = []
    for label in GMAIL_LABELS:
        for pages, page in enumerate(client.message_ids(label), start=1):
            report.pages += 1
            unknown = db.unknown_provider_message_ids(conn, mailbox_id, page)
            report.known += len(page) - len(unknown)
            ids += unknown
            if progress is not None:
                progress(label.lower(), pages, len(ids))
    ingest_gmail(conn, client, mailbox_id, _fetch_all(client, ids), report, now)
    return start


def sync_gmail_mailbox(
    conn: db.Conn,
    client: GmailMailbox,
    mailbox_id: uuid.UUID,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> SyncReport:
    """One history round (a full sync without a cursor, or when Gmail lost it); the cursor only moves
    forward."""
    report = SyncReport()
    cursor = db.get_sync_cursor(conn, mailbox_id, GMAIL_CURSOR)
    latest: int
    if cursor is None or not cursor.isdigit():
        report.resyncs.append("all")
        latest = gmail_full_sync(conn, client, mailbox_id, report, progress, now)
    else:
        try:
            added, latest = client.history(int(cursor))
        except SyncStateLost as lost:
            log.warning("history id too old mailbox=%s: full sync (%s)", mailbox_id, lost)
            report.resyncs.append("all")
            latest = gmail_full_sync(conn, client, mailbox_id, report, progress, now)
        else:
            report.pages += 1
            if progress is not None:
                progress("history", 1, len(added))
            wanted = [str(m["id"]) for m in added if {"INBOX", "SENT"} & set(m.get("labelIds") or ["INBOX"])]
            ingest_gmail(conn, client, mailbox_id, _fetch_all(client, wanted), report, now)
    stored = db.advance_sync_cursor(conn, mailbox_id, GMAIL_CURSOR, latest)
    log.info(
        "gmail sync mailbox=%s messages=%d ingested=%d duplicates=%d full=%s cursor=%d",
        mailbox_id,
        report.messages,
        report.ingested,
        report.duplicates,
        "yes" if report.resyncs else "no",
        stored,
    )
    return report


# --------------------------------------------------------------------------------------- retries


def retry_dead_letters(
    conn: db.Conn,
    provider: str,
    graph_client: Callable[[uuid.UUID], GraphMailbox],
    gmail_client: Callable[[uuid.UUID], GmailMailbox],
    now: dt.datetime | None = None,
) -> SyncReport:
    """Fetch again and ingest every dead letter of ``provider`` that an admin asked to retry: ingested, it is
    resolved; poison still, it is set aside again (one more attempt, the new reason); gone from the
    provider, it is set aside with that reason. A provider failure leaves the request for the next pass."""
    report = SyncReport()
    for row in db.dead_letter_retries(conn, provider):
        mailbox_id, pid = row["mailbox_id"], row["provider_message_id"]

        def resolved(provider_id: str, mailbox_id: uuid.UUID = mailbox_id) -> None:
            db.resolve_dead_letter(conn, mailbox_id, provider_id, now)

        try:
            if provider == "graph":
                client = graph_client(mailbox_id)
                message = client.get_message(pid)
                ingest_all(conn, client, mailbox_id, [(client.folder_of(message), message)], report, now, resolved)
            else:
                gmail = gmail_client(mailbox_id)
                ingest_gmail(conn, gmail, mailbox_id, [gmail.get_message(pid)], report, now, resolved)
        except GiveUp as exc:
            if exc.status != 404:
                log.warning("dead letter retry failed", extra={"mailbox_id": str(mailbox_id), "error": str(exc)})
                continue
            set_aside(conn, mailbox_id, pid, row["folder"], Poison("normalise", "the provider no longer has it"),
                      report, now)  # fmt: skip
        except ProviderError as exc:
            log.warning("dead letter retry failed", extra={"mailbox_id": str(mailbox_id), "error": str(exc)})
    return report
