"""Graph change-notification subscriptions of a mailbox: created on connect (Inbox and Sent Items, each
with its own random clientState that only Graph and the intake's SHA-256 know), renewed before they
expire, recreated when Graph removes one, and followed by a delta sync whenever notifications may have
been lost (reauthorizationRequired, missed, subscriptionRemoved).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import uuid
from collections.abc import Callable

from relance import db
from relance.providers.errors import GiveUp
from relance.providers.gmail import GmailMailbox
from relance.providers.graph import FOLDERS, GraphMailbox

log = logging.getLogger("relance.subscriptions")

# Under the 4,230 minutes older Graph documents give for Outlook messages (today: 10,080).
LIFETIME = dt.timedelta(minutes=4200)
RENEW_BEFORE = dt.timedelta(hours=24)

Resync = Callable[[uuid.UUID], object]


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


def resource_for(client: GraphMailbox, folder: str) -> str:
    return f"users/{client.address}/mailFolders('{folder}')/messages"


def subscribe(
    conn: db.Conn, client: GraphMailbox, mailbox_id: uuid.UUID, webhook_url: str, now: dt.datetime, folder: str
) -> str:
    client_state = secrets.token_urlsafe(48)
    expires = now + LIFETIME
    created = client.create_subscription(resource_for(client, folder), webhook_url, client_state, _iso(expires))
    db.register_provider_subscription(
        conn, mailbox_id, str(created["id"]), str(created["resource"]), client_state, expires
    )
    log.info("subscribed mailbox=%s folder=%s subscription=%s", mailbox_id, folder, created["id"])
    return str(created["id"])


def subscribe_all(
    conn: db.Conn, client: GraphMailbox, mailbox_id: uuid.UUID, webhook_url: str, now: dt.datetime
) -> list[str]:
    return [subscribe(conn, client, mailbox_id, webhook_url, now, folder) for folder in FOLDERS]


def _active_folders(conn: db.Conn, client: GraphMailbox, mailbox_id: uuid.UUID) -> set[str]:
    active = db.list_expiring_subscriptions(conn, dt.datetime.max.replace(tzinfo=dt.UTC))
    resources = {str(s["resource"]).lower() for s in active if s["mailbox_id"] == mailbox_id}
    return {f for f in FOLDERS if resource_for(client, f).lower() in resources}


def resubscribe_missing(
    conn: db.Conn, client: GraphMailbox, mailbox_id: uuid.UUID, webhook_url: str, now: dt.datetime
) -> list[str]:
    """Create the subscriptions a mailbox lacks (after subscriptionRemoved, or one that expired)."""
    have = _active_folders(conn, client, mailbox_id)
    return [subscribe(conn, client, mailbox_id, webhook_url, now, f) for f in FOLDERS if f not in have]


def ensure_subscribed(
    conn: db.Conn, client: GraphMailbox, mailbox_id: uuid.UUID, webhook_url: str, now: dt.datetime
) -> tuple[int, list[str]]:
    """A mailbox connected again (``relance connect``, the web app's OAuth callback): one subscription per folder,
    never two. Each one Graph still holds is renewed, which also reauthorizes it under the new grant; one Graph
    lost (or that expired while the grant lapsed) is recorded as removed; a second one on the same folder (left by
    an older reconnection) is deleted, the latest kept; the folders left without one get a new one. Returns (how
    many were kept, the ids created)."""
    mine = [
        s
        for s in db.list_expiring_subscriptions(conn, dt.datetime.max.replace(tzinfo=dt.UTC))
        if s["mailbox_id"] == mailbox_id and s["provider"] == "graph"
    ]
    kept = 0
    seen: set[str] = set()
    for sub in sorted(mine, key=lambda s: s["expires_at"], reverse=True):
        external_id, resource = str(sub["external_id"]), str(sub["resource"]).lower()
        if resource in seen:
            try:
                client.delete_subscription(external_id)  # 404: already gone, as good as deleted
            except GiveUp as exc:  # never stops the connection: it expires within days, refused meanwhile
                log.warning(
                    "could not delete a second subscription=%s mailbox=%s: status %s",
                    external_id,
                    mailbox_id,
                    exc.status,
                )
            db.remove_provider_subscription(conn, external_id, "a second subscription on the folder (reconnected)")
            continue
        try:
            alive = renew(conn, client, external_id, now)
        except GiveUp as exc:
            log.warning(
                "could not renew subscription=%s mailbox=%s, replacing it: status %s",
                external_id,
                mailbox_id,
                exc.status,
            )
            db.remove_provider_subscription(conn, external_id, f"not renewed at reconnection: {exc.status}")
            alive = False
        if alive:
            seen.add(resource)
            kept += 1
    return kept, resubscribe_missing(conn, client, mailbox_id, webhook_url, now)


def renew(conn: db.Conn, client: GraphMailbox, external_id: str, now: dt.datetime) -> bool:
    """PATCH the expiry (which also reauthorizes); False when Graph no longer has it (it was removed)."""
    expires = now + LIFETIME
    try:
        client.renew_subscription(external_id, _iso(expires))
    except GiveUp as exc:
        if exc.status != 404:
            raise
        db.remove_provider_subscription(conn, external_id, "gone at Graph when renewing")
        return False
    db.renew_provider_subscription(conn, external_id, expires)
    return True


def renew_expiring(
    conn: db.Conn,
    client_for: Callable[[uuid.UUID], GraphMailbox],
    webhook_url: str,
    now: dt.datetime,
    resync: Resync,
) -> int:
    """Renew every subscription expiring within a day; recreate (and resync) those Graph lost."""
    count = 0
    lost: set[uuid.UUID] = set()
    for sub in db.list_expiring_subscriptions(conn, now + RENEW_BEFORE):
        if sub["provider"] != "graph":
            continue
        mailbox_id = sub["mailbox_id"]
        if renew(conn, client_for(mailbox_id), str(sub["external_id"]), now):
            count += 1
        else:
            lost.add(mailbox_id)
    for mailbox_id in lost:
        if webhook_url:
            resubscribe_missing(conn, client_for(mailbox_id), mailbox_id, webhook_url, now)
        resync(mailbox_id)
    return count


# --------------------------------------------------------------------------------------- Gmail
#
# A Gmail watch lasts 7 days; Google asks to call users.watch again every day. The watch is recorded as a
# provider subscription (``gmail-watch:<mailbox id>``, resource = the Pub/Sub topic) with Gmail's
# expiration, and renewed once it is a day old, i.e. when under GMAIL_RENEW_BEFORE of it is left.

GMAIL_RENEW_BEFORE = dt.timedelta(days=6)


def gmail_watch_id(mailbox_id: uuid.UUID) -> str:
    return f"gmail-watch:{mailbox_id}"


def watch_gmail(conn: db.Conn, client: GmailMailbox, mailbox_id: uuid.UUID, topic: str) -> dt.datetime:
    """``users.watch`` on INBOX and SENT, recorded (or renewed) as the mailbox's subscription."""
    _, expires = client.watch(topic)
    db.register_provider_subscription(conn, mailbox_id, gmail_watch_id(mailbox_id), topic, "", expires)
    log.info("gmail watch mailbox=%s expires=%s", mailbox_id, expires.isoformat())
    return expires


def stop_gmail(conn: db.Conn, client: GmailMailbox, mailbox_id: uuid.UUID, reason: str = "disconnected") -> None:
    """``users.stop``: no more pushes for the mailbox; the subscription is marked removed."""
    client.stop()
    db.remove_provider_subscription(conn, gmail_watch_id(mailbox_id), reason)
