"""Delta sync of a Graph mailbox's Inbox and Sent Items: the first backfill and the safety net under
change notifications (and, below, the history sync of a Gmail mailbox).

Each folder has its own cursor (the deltaLink, in ``private.mailbox_sync_state``). A round reads every
page of both folders, then ingests what changed in time order across the two folders, since the engine
reads a reply in the light of the message it answers, and only then stores the new cursors: a crash
replays the round, which is safe because ingest is idempotent. A cursor Graph no longer knows (410,
SyncStateNotFound) starts that folder over from scratch: a full resync, idempotent as well.
``@removed`` entries mean nothing to the engine and are skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from relance import db
from relance.providers.errors import GiveUp, SyncStateLost
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


def _instant(normalised: dict[str, Any]) -> str:
    value = normalised.get("sent_at") if normalised["folder"] == "sent" else normalised.get("received_at")
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


def ingest_all(
    conn: db.Conn,
    client: GraphMailbox,
    mailbox_id: uuid.UUID,
    found: Iterable[tuple[str, dict[str, Any]]],
    report: SyncReport,
    now: dt.datetime | None = None,
) -> None:
    """Normalise, analyse and ingest (folder, Graph message) pairs, oldest first."""
    ready = [normalise(message, folder) for folder, message in found]
    _ingest_in_order(conn, mailbox_id, client.address, client.get_mime, ready, report, now)


def _ingest_in_order(
    conn: db.Conn,
    mailbox_id: uuid.UUID,
    address: str,
    get_mime: Callable[[str], bytes],
    ready: list[dict[str, Any]],
    report: SyncReport,
    now: dt.datetime | None,
) -> None:
    """Analyse and ingest normalised messages, oldest first (a reply never before what it answers), counting
    what happened in ``report``. ``get_mime`` fetches a message's raw MIME when the analysis needs it."""
    ready.sort(key=_instant)
    for normalised in ready:
        provider_id = str(normalised["provider_message_id"])

        def fetch_mime(message_id: str = provider_id) -> bytes:
            return get_mime(message_id)

        message = with_analysis(normalised, address, fetch_mime)
        result = db.ingest_message(conn, mailbox_id, message, now)
        report.messages += 1
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
) -> None:
    """Normalise, analyse and ingest Gmail messages (``full`` format), oldest first; drafts, spam and
    trash are not mail the engine reads."""
    ready = [
        gmail_normalise(m)
        for m in messages
        if not ({"DRAFT", "SPAM", "TRASH"} & set(m.get("labelIds") or []))
        and ({"INBOX", "SENT"} & set(m.get("labelIds") or []))
    ]
    _ingest_in_order(conn, mailbox_id, client.address, client.get_raw, ready, report, now)


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
