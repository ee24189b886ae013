"""The Graph and Gmail connectors' loops behind ``relance worker`` (its command line and the other connector
commands, ``connect``, ``sync`` and ``rotate-key``, are in :mod:`relance.cli`), until stopped (or one pass of
each with ``--once``).

- provider events (queue ``provider_events``, filled by the graph-webhook edge function): a message
  notification fetches the message, normalises, analyses and ingests it; a lifecycle event renews or
  recreates the subscription and runs a delta sync (reauthorizationRequired, subscriptionRemoved, missed); a
  ``connected`` event (queued by worker.oauth_store_grant when the web app connected a mailbox through the
  ``oauth`` edge function) subscribes (Graph) or watches (Gmail) and runs the backfill;
- follow-up sender (queue ``followup_sends``, filled by pg_cron's scheduler): :mod:`relance.sender`;
- delta sync of every connected mailbox, the safety net under notifications (every few minutes);
- subscription renewal (hourly);
- intelligence (queue ``intelligence``, filled by pg_cron's hourly autofill or run_autofill_now): signatures
  read into contacts' facts, :mod:`relance.intelligence.autofill`;
- cleanup (queue ``mailbox_cleanup``, filled by ``disconnect_mailbox``): the provider side of a disconnection
  (stop the watch or delete the subscriptions, revoke, delete the stored grant), :mod:`relance.disconnect`.
- outgoing webhooks (queue ``webhook_deliveries``, filled by the engine's events in their own transaction):
  signed and POSTed to the teams' endpoints, :mod:`relance.webhooks`.

Each pass starts with a heartbeat (``worker.record_heartbeat``: kind, host, pid, last beat), which
``worker.health_check`` reads, and a thread beats every :data:`BEAT_EVERY_SECONDS` while the pass runs, on a
connection of its own, so a long pass (a first backfill) is not a stopped worker; a clean stop removes the beat,
so only a worker that died shows as stopped.

Gmail (:mod:`relance.providers.gmail`): a push (queue ``provider_events``, filled by the gmail-push edge
function) names a historyId; when it is ahead of the stored cursor the worker runs a history sync of the
mailbox (a push that is not ahead changes nothing). Pushes may be dropped, so the sync loop polls the
history of every Gmail mailbox that had no sync for :data:`GMAIL_POLL_EVERY` (10 minutes). The renewal
loop calls users.watch again for watches a day old (Google: daily), and ``relance connect gmail`` seals
the grant, watches INBOX and SENT, and backfills.

One thread runs the loops in turn; each mailbox's Graph calls pass its 4-slot gate
(:mod:`relance.providers.graph`), shared with every other worker process through Postgres
(:mod:`relance.slots`), so any number of workers can run on the same queues. Every database call is
pooler-safe (:mod:`relance.db`): ``RELANCE_WORKER_DB_URL`` may name a transaction-mode pooler. The engine
clock is real time unless ``now`` is given (tests, demo).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from relance import db, subscriptions
from relance.config import Config
from relance.credentials import (
    AppTokens,
    CredentialsError,
    CredentialStore,
    GraphApp,
    MailboxTokens,
    load_keys,
)
from relance.disconnect import MailboxCleanup
from relance.providers.errors import GiveUp, NeedsReauth, ProviderError
from relance.providers.gmail import GMAIL_SCOPES, GmailMailbox, GoogleApp, credentials_from
from relance.providers.gmail_provider import GmailProvider
from relance.providers.graph import GraphMailbox, make_http
from relance.providers.graph_provider import GraphProvider
from relance.providers.seam import MailProvider, Readable
from relance.sender import Sender
from relance.slots import RequestSlots
from relance.sync import (
    GMAIL_CURSOR,
    SyncReport,
    ingest,
    retry_dead_letters,
    sync_mailbox,
    sync_round,
)
from relance.webhooks import WebhookSender

log = logging.getLogger("relance.worker")

EVENT_VISIBILITY_SECONDS = 120
EVENT_MAX_DELIVERIES = 8
SYNC_EVERY = dt.timedelta(minutes=5)
RENEW_EVERY = dt.timedelta(hours=1)
# While a pass runs (the first backfill of a large mailbox, a batch of LLM readings), a thread of the process beats
# this often on a connection of its own, so a long pass is not reported as a stopped worker (worker_max_silence,
# 2 minutes by default, is four times this).
BEAT_EVERY_SECONDS = 30.0
GMAIL_POLL_EVERY = dt.timedelta(minutes=10)
PROVIDER_NAMES = {"graph": "Graph", "gmail": "Gmail"}


@dataclass
class Connector:
    """What every loop needs: the database, sealed credentials and one Graph client per mailbox."""

    conn: db.Conn
    app: GraphApp
    api_url: str
    webhook_url: str
    store: CredentialStore
    now_fn: Callable[[], dt.datetime | None] = lambda: None
    verify: str | bool = True
    _clients: dict[uuid.UUID, GraphMailbox] = field(default_factory=dict)
    _addresses: dict[uuid.UUID, str] = field(default_factory=dict)
    google: GoogleApp | None = None
    pubsub_topic: str = ""
    _gmail: dict[uuid.UUID, GmailMailbox] = field(default_factory=dict)
    _gmail_addresses: dict[uuid.UUID, str] = field(default_factory=dict)
    # Engine instant of each mailbox's last sync round (for Gmail: push or poll), for Gmail's fallback poll.
    synced_at: dict[uuid.UUID, dt.datetime] = field(default_factory=dict)
    # Graph request slots shared with every other worker process (MailboxConcurrency across processes).
    slots: RequestSlots | None = None
    # The LLM fallback of the intelligence loop (relance.intelligence.llm.LLMSettings); None: no model.
    llm_settings: Any = None
    # Its web enrichment (relance.intelligence.enrich.EnrichSettings); None: off.
    enrich_settings: Any = None
    # Outgoing webhooks to private addresses (127.0.0.1 …): tests and local development only, never production.
    webhooks_allow_private: bool = False

    @classmethod
    def from_config(
        cls, cfg: Config, conn: db.Conn, now_fn: Callable[[], dt.datetime | None] = lambda: None
    ) -> Connector:
        verify: str | bool = cfg["GRAPH_CA_BUNDLE"] or True
        app = GraphApp(
            cfg["GRAPH_AUTHORITY_HOST"],
            cfg["GRAPH_TENANT_ID"],
            cfg["GRAPH_CLIENT_ID"],
            cfg["GRAPH_CLIENT_SECRET"],
            verify,
        )
        store = CredentialStore(conn, load_keys(cfg["RELANCE_SECRET_KEY"], cfg["RELANCE_OLD_SECRET_KEYS"]))
        google = GoogleApp(
            cfg["GOOGLE_CLIENT_ID"],
            cfg["GOOGLE_CLIENT_SECRET"],
            cfg["GOOGLE_TOKEN_URI"],
            cfg["GMAIL_API_URL"],
            cfg["GOOGLE_CA_BUNDLE"],
        )
        return cls(
            conn,
            app,
            cfg["GRAPH_API_URL"],
            cfg["GRAPH_WEBHOOK_URL"],
            store,
            now_fn,
            verify,
            google=google,
            pubsub_topic=cfg["GOOGLE_PUBSUB_TOPIC"],
            slots=RequestSlots(cfg.worker_db_url),
            llm_settings=_llm_settings(cfg),
            enrich_settings=_enrich_settings(cfg),
            webhooks_allow_private=cfg["RELANCE_WEBHOOKS_ALLOW_PRIVATE"],
        )

    def __post_init__(self) -> None:
        self.http = make_http(self.verify)
        self.app_tokens = AppTokens(self.app)

    def now(self) -> dt.datetime:
        return self.now_fn() or dt.datetime.now(dt.UTC)

    def close(self) -> None:
        """Gives back what the connector opened: its HTTP client, each Gmail mailbox's connections, its request
        slots' connections, its database connection."""
        self.http.close()
        for client in self._gmail.values():
            client.close()
        self._gmail.clear()
        if self.slots is not None:
            self.slots.close()
        self.conn.close()

    def address_of(self, mailbox_id: uuid.UUID, kind: str = "graph") -> str:
        """The address of a connected mailbox of provider ``kind`` (``graph`` or ``gmail``)."""
        known = self._addresses if kind == "graph" else self._gmail_addresses
        if mailbox_id not in known:
            for row in db.list_connected_mailboxes(self.conn, kind):
                known[row["mailbox_id"]] = row["address"]
        if mailbox_id not in known:
            raise GiveUp(f"mailbox {mailbox_id} is not a connected {PROVIDER_NAMES[kind]} mailbox")
        return known[mailbox_id]

    def client(self, mailbox_id: uuid.UUID, address: str | None = None) -> GraphMailbox:
        """The mailbox's Graph client, its tokens opened from the sealed grant."""
        if mailbox_id not in self._clients:
            address = address or self.address_of(mailbox_id, "graph")
            tokens = MailboxTokens(self.app, self.store, mailbox_id, self.app_tokens)
            self._clients[mailbox_id] = GraphMailbox(self.http, self.api_url, address, tokens, slots=self.slots)
        return self._clients[mailbox_id]

    def gmail_client(self, mailbox_id: uuid.UUID, address: str | None = None) -> GmailMailbox:
        """The mailbox's Gmail client, its google-auth credentials opened from the sealed grant."""
        if mailbox_id not in self._gmail:
            if self.google is None:
                raise GiveUp("the Gmail connector is not configured (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET)")
            address = address or self.address_of(mailbox_id, "gmail")
            sealed = self.store.load(mailbox_id)
            credentials = credentials_from(self.google, sealed, address)
            kept = dict(sealed or {})

            def rotated(refresh_token: str) -> None:
                self.store.save(mailbox_id, {**kept, "refresh_token": refresh_token})

            self._gmail[mailbox_id] = GmailMailbox(self.google, address, credentials, on_rotated=rotated)
        return self._gmail[mailbox_id]

    def forget_gmail(self, mailbox_id: uuid.UUID) -> None:
        """Drops the mailbox's Gmail client (a grant gone or replaced: the next call opens the stored one) and
        closes its connections."""
        client = self._gmail.pop(mailbox_id, None)
        if client is not None:
            client.close()

    def provider(self, kind: str, mailbox_id: uuid.UUID, address: str | None = None) -> MailProvider:
        """The mailbox behind the provider seam: :class:`GraphProvider` or :class:`GmailProvider`."""
        if kind == "gmail":
            return GmailProvider(self.gmail_client(mailbox_id, address))
        return GraphProvider(self.client(mailbox_id, address))

    def try_sync(self, kind: str, mailbox_id: uuid.UUID, progress: Any = None) -> SyncReport | str:
        """A sync round (Graph delta, Gmail history), or why not: ``reauth`` (the grant was refused: the
        mailbox is now needs_reauth), ``gave_up`` (a permanent refusal, or a mailbox no longer connected: the
        next round tries again) or ``failed`` (a passing failure: the next round tries again). One mailbox's
        failure never stops the others."""
        name = PROVIDER_NAMES[kind]
        try:
            report = sync_round(self.conn, self.provider(kind, mailbox_id), mailbox_id, progress)
        except NeedsReauth as exc:
            db.mailbox_needs_reauth(self.conn, mailbox_id, str(exc), self.now_fn())
            self.forget_gmail(mailbox_id)  # the grant is gone: a reconnect opens a new one
            log.warning("%s sync mailbox=%s needs reauth: %s", name, mailbox_id, exc)
            return "reauth"
        except GiveUp as exc:
            log.warning("%s sync mailbox=%s refused: %s", name, mailbox_id, exc)
            return "gave_up"
        except (ProviderError, CredentialsError) as exc:
            log.warning("%s sync mailbox=%s failed: %s", name, mailbox_id, exc)
            return "failed"
        except Exception:  # one mailbox's failure never stops the others: the next round replays it
            log.exception("sync failed", extra={"mailbox_id": str(mailbox_id), "provider": kind})
            return "failed"
        self.synced_at[mailbox_id] = self.now()
        return report

    def sync(self, mailbox_id: uuid.UUID, progress: Any = None) -> SyncReport | None:
        """A Graph delta round; None when it failed (a refused grant puts the mailbox in needs_reauth)."""
        report = self.try_sync("graph", mailbox_id, progress)
        return report if isinstance(report, SyncReport) else None

    def sync_all(self) -> int:
        count = 0
        for row in db.list_connected_mailboxes(self.conn, "graph"):
            self._addresses[row["mailbox_id"]] = row["address"]
            if self.sync(row["mailbox_id"]) is not None:
                count += 1
        return count

    def sync_gmail(self, mailbox_id: uuid.UUID, progress: Any = None) -> SyncReport | None:
        """A Gmail history round; None when it failed (see :meth:`try_sync`)."""
        report = self.try_sync("gmail", mailbox_id, progress)
        return report if isinstance(report, SyncReport) else None

    def poll_gmail(self, force: bool = False) -> int:
        """The fallback under pushes: a history sync of every Gmail mailbox without one for 10 minutes."""
        count = 0
        now = self.now()
        for row in db.list_connected_mailboxes(self.conn, "gmail"):
            mailbox_id = row["mailbox_id"]
            self._gmail_addresses[mailbox_id] = row["address"]
            last = self.synced_at.get(mailbox_id)
            if not force and last is not None and now - last < GMAIL_POLL_EVERY:
                continue
            if self.sync_gmail(mailbox_id) is not None:
                count += 1
        return count

    def retry_dead_letters(self) -> int:
        """Fetch and ingest again the dead letters that team admins asked to retry; returns how many were
        ingested this time."""
        count = 0
        for provider in ("graph", "gmail"):
            try:
                report = retry_dead_letters(self.conn, provider, partial(self.provider, provider), self.now_fn())
            except Exception:  # retries wait for the next pass; nothing else does
                log.exception("dead letter retries failed", extra={"provider": provider})
                continue
            count += report.messages
        return count

    def renew_gmail(self) -> int:
        """users.watch again for every watch a day old; a refused grant pauses that mailbox only."""
        if not self.pubsub_topic:
            return 0
        count = 0
        now = self.now()
        for sub in db.list_expiring_subscriptions(self.conn, now + subscriptions.GMAIL_RENEW_BEFORE):
            if sub["provider"] != "gmail":
                continue
            mailbox_id = sub["mailbox_id"]
            try:
                subscriptions.watch_gmail(self.conn, self.gmail_client(mailbox_id), mailbox_id, self.pubsub_topic)
                count += 1
            except NeedsReauth as exc:
                db.mailbox_needs_reauth(self.conn, mailbox_id, str(exc), self.now_fn())
            except (ProviderError, CredentialsError) as exc:
                log.warning("gmail watch renewal mailbox=%s failed: %s", mailbox_id, exc)
        return count


class EventConsumer:
    """Reads ``provider_events`` and acts on them; an event that fails for a passing reason stays on
    the queue (it comes back after its visibility timeout), anything else is acknowledged."""

    def __init__(self, connector: Connector) -> None:
        self.c = connector

    def run_once(self, batch: int = 50) -> int:
        events = db.read_provider_events(self.c.conn, batch, EVENT_VISIBILITY_SECONDS, EVENT_MAX_DELIVERIES)
        graph = [e for e in events if e["event"].get("provider") == "graph"]
        by_mailbox: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for item in graph:
            by_mailbox.setdefault(uuid.UUID(str(item["event"]["mailbox_id"])), []).append(item)
        connected = self._connected("graph") if graph else set()
        for mailbox_id, items in by_mailbox.items():
            self._mailbox_events(mailbox_id, items, connected)
        gmail: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for item in events:
            if item["event"].get("provider") == "gmail":
                gmail.setdefault(uuid.UUID(str(item["event"]["mailbox_id"])), []).append(item)
        connected_gmail = self._connected("gmail") if gmail else set()
        for mailbox_id, items in gmail.items():
            if mailbox_id not in connected_gmail:  # disconnected since they were queued (see _mailbox_events)
                log.info("gmail pushes mailbox=%s dropped: the mailbox is not connected", mailbox_id)
                self.c.forget_gmail(mailbox_id)
                for item in items:
                    db.ack_provider_event(self.c.conn, item["msg_id"])
                continue
            self._gmail_events(mailbox_id, items)
        return len(graph) + sum(len(items) for items in gmail.values())

    def _connected(self, provider: str) -> set[uuid.UUID]:
        """The provider's mailboxes that are connected now (active or paused, with a stored grant)."""
        return {r["mailbox_id"] for r in db.list_connected_mailboxes(self.c.conn, provider)}

    def _gmail_events(self, mailbox_id: uuid.UUID, items: list[dict[str, Any]]) -> None:
        """Pushes are wake-ups: one history sync from the stored cursor answers all of a mailbox's pushes.
        A push whose historyId is not ahead of the cursor changes nothing. A sync that fails for a
        passing reason leaves the pushes on the queue; a refused grant pauses the mailbox.

        A ``connected`` event (the web app's OAuth callback stored a new grant) opens the new grant, watches
        INBOX and SENT (users.watch) and syncs (the backfill of a new mailbox, the catch-up of a reconnected one)."""
        connected = any(i["event"].get("kind") == "connected" for i in items)
        if connected:
            self.c.forget_gmail(mailbox_id)
            if self.c.pubsub_topic:
                try:
                    subscriptions.watch_gmail(
                        self.c.conn, self.c.gmail_client(mailbox_id), mailbox_id, self.c.pubsub_topic
                    )
                except NeedsReauth as exc:
                    db.mailbox_needs_reauth(self.c.conn, mailbox_id, str(exc), self.c.now_fn())
                    for item in items:
                        db.ack_provider_event(self.c.conn, item["msg_id"])
                    return
                except (ProviderError, CredentialsError) as exc:
                    log.warning("gmail watch mailbox=%s failed: %s (the event comes back later)", mailbox_id, exc)
                    return
        pushed = max(int(i["event"].get("history_id") or 0) for i in items)
        cursor = db.get_sync_cursor(self.c.conn, mailbox_id, GMAIL_CURSOR)
        handled = True
        if connected or cursor is None or not cursor.isdigit() or pushed > int(cursor):
            handled = self.c.try_sync("gmail", mailbox_id) != "failed"
        else:
            log.info("gmail push mailbox=%s history=%d not ahead of cursor %s: nothing new", mailbox_id, pushed, cursor)
        if handled:
            for item in items:
                db.ack_provider_event(self.c.conn, item["msg_id"])

    def _mailbox_events(self, mailbox_id: uuid.UUID, items: list[dict[str, Any]], connected: set[uuid.UUID]) -> None:
        """Fetch, then ingest in time order; acknowledge what was handled. A throttled fetch stops the
        batch: the rest stays on the queue and comes back (and the delta sync would find it anyway)."""
        done: list[int] = []
        found: list[Readable] = []
        provider = None
        if mailbox_id not in connected:
            # Disconnected (or waiting for reauth) since these were queued: nothing is fetched or ingested for
            # it, even by a process that still holds its client from before.
            log.info("events mailbox=%s dropped: the mailbox is not connected", mailbox_id)
            self.c._clients.pop(mailbox_id, None)
            for item in items:
                db.ack_provider_event(self.c.conn, item["msg_id"])
            return
        if any(i["event"].get("kind") == "connected" for i in items):
            self.c._clients.pop(mailbox_id, None)  # a new grant: open it afresh
        try:
            provider = GraphProvider(self.c.client(mailbox_id))
            client = provider.client
            for item in items:
                if item["event"].get("kind") != "message":
                    continue
                try:
                    message = client.get_message(str(item["event"].get("message_id") or ""))
                except GiveUp as exc:
                    if exc.status != 404:
                        raise
                    done.append(item["msg_id"])  # deleted since: nothing to read
                    continue
                found += provider.readable([message])  # drafts are not mail the engine reads
                done.append(item["msg_id"])
            lifecycle = [i for i in items if i["event"].get("kind") == "lifecycle"]
            if lifecycle:
                self._lifecycle(mailbox_id, client, [i["event"] for i in lifecycle])
                done += [i["msg_id"] for i in lifecycle]
            granted = [i for i in items if i["event"].get("kind") == "connected"]
            if granted:
                # The web app's OAuth callback stored a new grant: renew what Graph still holds and subscribe what
                # is missing, then backfill (a reconnected mailbox catches up from its delta links). A failed sync
                # leaves the event queued.
                if self.c.webhook_url:
                    subscriptions.ensure_subscribed(self.c.conn, client, mailbox_id, self.c.webhook_url, self.c.now())
                if self.c.try_sync("graph", mailbox_id) != "failed":
                    done += [i["msg_id"] for i in granted]
        except NeedsReauth as exc:
            db.mailbox_needs_reauth(self.c.conn, mailbox_id, str(exc), self.c.now_fn())
            done = [i["msg_id"] for i in items]
        except ProviderError as exc:
            log.warning("events mailbox=%s: %s (the rest comes back later)", mailbox_id, exc)
        if provider is not None and found:
            ingest(self.c.conn, provider, mailbox_id, found, SyncReport(), self.c.now_fn())
        for msg_id in dict.fromkeys(done):
            db.ack_provider_event(self.c.conn, msg_id)

    def _lifecycle(self, mailbox_id: uuid.UUID, client: GraphMailbox, events: list[dict[str, Any]]) -> None:
        now = self.c.now()
        kinds = {str(e.get("lifecycle_event")) for e in events}
        for event in events:
            if event.get("lifecycle_event") == "reauthorizationRequired":
                # PATCHing the expiry reauthorizes and renews; Graph may have paused deliveries meanwhile.
                subscriptions.renew(self.c.conn, client, str(event["subscription_id"]), now)
            elif event.get("lifecycle_event") == "subscriptionRemoved":
                db.remove_provider_subscription(self.c.conn, str(event["subscription_id"]), "subscriptionRemoved")
        if kinds & {"subscriptionRemoved", "reauthorizationRequired"} and self.c.webhook_url:
            subscriptions.resubscribe_missing(self.c.conn, client, mailbox_id, self.c.webhook_url, now)
        log.info("lifecycle mailbox=%s events=%s: delta sync", mailbox_id, ",".join(sorted(kinds)))
        sync_mailbox(self.c.conn, client, mailbox_id)


def _llm_settings(cfg: Config) -> Any:
    from relance.intelligence.llm import LLMSettings  # the intelligence loop's, imported when a worker starts

    return LLMSettings.from_config(cfg)


def _enrich_settings(cfg: Config) -> Any:
    from relance.intelligence.enrich import EnrichSettings

    return EnrichSettings.from_config(cfg)


LOOPS = ("events", "send", "sync", "renew", "intelligence", "cleanup", "webhooks")


class Worker:
    """``beat_connect`` opens the connection a thread of this process beats on while a pass runs (every
    ``beat_every`` seconds); without it the process beats between passes only."""

    def __init__(
        self,
        connector: Connector,
        beat_connect: Callable[[], db.Conn] | None = None,
        beat_every: float = BEAT_EVERY_SECONDS,
    ) -> None:
        self.c = connector
        self.beat_connect = beat_connect
        self.beat_every = beat_every
        self._beat_conn: db.Conn | None = None
        self.events = EventConsumer(connector)
        self.sender = Sender(connector.conn, connector.client, connector.now_fn, connector.gmail_client)
        self.cleanup = MailboxCleanup(connector)
        self._last_sync: dt.datetime | None = None
        self._last_renew: dt.datetime | None = None
        # Who this process is to worker.health_check: host, pid and a random part (a pid is reused).
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._started_at: dt.datetime | None = None
        self._intelligence: Any = None
        self._webhooks: WebhookSender | None = None

    def intelligence(self) -> Any:
        """The intelligence loop (relance.intelligence.autofill), built on first use: spaCy and the reader load
        only in a worker that runs it."""
        if self._intelligence is None:
            from relance.intelligence.autofill import IntelligenceWorker
            from relance.intelligence.enrich import EnrichSettings
            from relance.intelligence.llm import LLMSettings

            self._intelligence = IntelligenceWorker(
                self.c.conn, now_fn=self.c.now, llm_settings=self.c.llm_settings or LLMSettings(),
                enrich_settings=self.c.enrich_settings or EnrichSettings(),
            )  # fmt: skip
        return self._intelligence

    def webhooks(self) -> WebhookSender:
        """The outgoing webhooks' sender (relance.webhooks), built on first use."""
        if self._webhooks is None:
            self._webhooks = WebhookSender(self.c.conn, self.c.now_fn, allow_private=self.c.webhooks_allow_private)
        return self._webhooks

    def beat(self, loops: tuple[str, ...], conn: db.Conn | None = None) -> bool:
        """Records that this process is alive (once per pass of its loop, and from the pass beat's thread on
        its own connection while a pass runs); a failure to record is logged and never stops the loop: the
        missing beat is what the health check then reports."""
        try:
            at = db.record_heartbeat(
                conn or self.c.conn, self.worker_id, ",".join(loops) or "idle", socket.gethostname(), os.getpid(),
                self._started_at, self.c.now_fn(),
            )  # fmt: skip
        except Exception:
            log.exception("heartbeat failed")
            return False
        if self._started_at is None:
            self._started_at = at
        return True

    def _beat_during_pass(self, loops: tuple[str, ...], done: threading.Event) -> None:
        """The pass beat: every ``beat_every`` seconds until the pass is done, on a connection of its own (the
        pass's may be inside a transaction, a send's, which a beat must never join). Only while the loop is
        inside a pass: a process whose loop stopped still falls silent."""
        while not done.wait(self.beat_every):
            try:
                if self._beat_conn is None or self._beat_conn.closed:
                    assert self.beat_connect is not None
                    self._beat_conn = self.beat_connect()
            except Exception:
                log.exception("heartbeat failed: no connection to beat on")
                continue
            if not self.beat(loops, self._beat_conn):
                self._beat_conn.close()  # opened again at the next beat

    def _pass(self, loops: tuple[str, ...]) -> dict[str, int]:
        """One pass of the loop, with the pass beat's thread running beside it when there is a way to beat."""
        if self.beat_connect is None:
            return self.pass_once(loops, force=False)
        done = threading.Event()
        beater = threading.Thread(target=self._beat_during_pass, args=(loops, done), name="relance-beat", daemon=True)
        beater.start()
        try:
            return self.pass_once(loops, force=False)
        finally:
            done.set()
            beater.join()

    def close(self) -> None:
        """After the last pass (``relance worker --once``): the webhook sender's client, then the connector's."""
        if self._webhooks is not None:
            self._webhooks.close()
            self._webhooks = None
        self.c.close()

    def stop_beating(self) -> None:
        """A clean stop removes the heartbeat: the health check then reports no stopped worker for it."""
        try:
            db.end_heartbeat(self.c.conn, self.worker_id)
        except Exception:
            log.exception("could not remove the heartbeat")

    def pass_once(self, loops: tuple[str, ...] = LOOPS, force: bool = True) -> dict[str, int]:
        done: dict[str, int] = {}
        now = self.c.now()
        if "events" in loops:
            done["events"] = self.events.run_once()
        if "sync" in loops and (force or self._last_sync is None or now - self._last_sync >= SYNC_EVERY):
            done["synced"] = self.c.sync_all()
            self._last_sync = now
        if "sync" in loops:
            done["gmail_polled"] = self.c.poll_gmail(force)
            done["dead_letters_retried"] = self.c.retry_dead_letters()
        if "send" in loops:
            done["sent"] = sum(1 for o in self.sender.run_once() if o.result in ("sent", "found_sent"))
        if "renew" in loops and (force or self._last_renew is None or now - self._last_renew >= RENEW_EVERY):
            done["renewed"] = subscriptions.renew_expiring(
                self.c.conn, self.c.client, self.c.webhook_url, now, self.c.sync
            )
            done["gmail_watches_renewed"] = self.c.renew_gmail()
            self._last_renew = now
        if "intelligence" in loops:
            done["intelligence"] = self.intelligence().run_once()
        if "cleanup" in loops:
            done["cleanup"] = self.cleanup.run_once()
        if "webhooks" in loops:
            done["webhooks"] = len(self.webhooks().run_once())
        return done

    def run_forever(
        self,
        idle_seconds: float = 2.0,
        stop: Callable[[], bool] = lambda: False,
        loops: tuple[str, ...] = LOOPS,
    ) -> None:
        try:
            while not stop():
                self.beat(loops)
                try:
                    done = self._pass(loops)
                except ProviderError as exc:
                    log.warning("worker pass failed: %s", exc)
                    done = {}
                except Exception:  # the loop outlives any one pass (a poison message is set aside before this)
                    log.exception("worker pass failed")
                    done = {}
                if not any(done.get(k) for k in ("events", "sent", "intelligence", "webhooks")):
                    time.sleep(idle_seconds)
        finally:
            # Stopped (Ctrl-C, SIGTERM turned into an exception, `stop()`): not a stopped worker to report. A killed
            # process never gets here, and its silence is what the health check reports.
            self.stop_beating()
            if self._beat_conn is not None:
                self._beat_conn.close()
            if self._webhooks is not None:
                self._webhooks.close()


def connect_gmail_mailbox(connector: Connector, mailbox_id: uuid.UUID, address: str, refresh_token: str) -> None:
    """Seal a Gmail grant for a mailbox after checking it: the refresh token must work and belong to
    that very address (``users.getProfile``)."""
    if connector.google is None:
        raise GiveUp("the Gmail connector is not configured (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET)")
    sealed = {"mode": "gmail", "refresh_token": refresh_token, "scopes": GMAIL_SCOPES}
    client = GmailMailbox(connector.google, address, credentials_from(connector.google, sealed, address))
    try:
        owner = str(client.profile().get("emailAddress") or "").lower()
    finally:
        client.close()
    if owner != address.lower():
        raise GiveUp(f"the Google grant is for {owner or 'another account'}, not {address.lower()}")
    connector.store.save(mailbox_id, sealed)
    connector.forget_gmail(mailbox_id)
    connector._gmail_addresses[mailbox_id] = address.lower()
