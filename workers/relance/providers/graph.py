"""Microsoft Graph mail over HTTP for one mailbox: delta pages, messages, MIME, reply drafts, send,
Sent Items lookups and subscriptions.

Every request carries ``Prefer: IdType="ImmutableId"`` (ids survive folder moves) and goes through the
mailbox's gate: at most :data:`MAX_IN_FLIGHT` (4) requests in flight per mailbox in this process, Graph's
documented MailboxConcurrency limit. The workers are threads (psycopg and httpx are synchronous), so the
gate is a ``threading.BoundedSemaphore`` shared by every client of the same mailbox. Across processes, a
client given :class:`relance.slots.RequestSlots` (every ``relance worker`` has one) also holds one of the
mailbox's 4 slots in Postgres while its request is in flight, so any number of workers stays under the limit
together; the 429 + Retry-After path remains for what the limit does not cover.

Retries follow the one policy of :mod:`relance.providers.retry` (jitter, ``Retry-After`` honoured):
idempotent requests (GET, PATCH, DELETE, PUT) retry on 429, 5xx and network errors; POSTs retry only on
429 (a throttled request was not executed), since a POST /send whose answer was lost may have been
executed: the sender checks Sent Items instead. A 401 gets one fresh token; after that the grant is gone
(:class:`NeedsReauth`). Errors map in :mod:`relance.providers.errors`, nowhere else.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

import httpx

from relance.config import tls_context
from relance.providers.errors import RetryLater, graph_failure, network_failure
from relance.providers.retry import RetryPolicy

if TYPE_CHECKING:
    from relance.slots import RequestSlots

log = logging.getLogger("relance.graph")

MAX_IN_FLIGHT = 4
FOLDERS = ("sentitems", "inbox")
# What the workers read of a message; internetMessageHeaders only come when selected.
MESSAGE_SELECT = ",".join(
    [
        "id",
        "conversationId",
        "internetMessageId",
        "internetMessageHeaders",
        "subject",
        "from",
        "toRecipients",
        "ccRecipients",
        "sentDateTime",
        "receivedDateTime",
        "body",
        "isDraft",
        "parentFolderId",
    ]
)
IMMUTABLE = 'IdType="ImmutableId"'
TEXT_BODY = 'outlook.body-content-type="text"'


class TokenSource(Protocol):
    def token(self, force_refresh: bool = False) -> str: ...


_gates: dict[str, threading.BoundedSemaphore] = {}
_gates_lock = threading.Lock()


def mailbox_gate(mailbox: str) -> threading.BoundedSemaphore:
    """The process-wide semaphore of a mailbox: 4 requests in flight at most."""
    key = mailbox.lower()
    with _gates_lock:
        gate = _gates.get(key)
        if gate is None:
            gate = _gates[key] = threading.BoundedSemaphore(MAX_IN_FLIGHT)
        return gate


def make_http(verify: str | bool = True, timeout: float = 30.0) -> httpx.Client:
    """``verify``: True (the system's CAs) or a CA file (the sandbox's, or a corporate proxy's)."""
    return httpx.Client(verify=tls_context(verify), timeout=timeout, trust_env=False)


class GraphMailbox:
    """Graph calls for one mailbox (``/users/{address}``), through the mailbox's gate."""

    def __init__(
        self,
        http: httpx.Client,
        api_url: str,
        address: str,
        tokens: TokenSource,
        retry: RetryPolicy | None = None,
        slots: RequestSlots | None = None,
    ) -> None:
        self.http = http
        self.root = api_url.rstrip("/") + "/v1.0"
        self.address = address
        self.user = f"{self.root}/users/{quote(address, safe='@')}"
        self.tokens = tokens
        self.retry = retry or RetryPolicy()
        self.gate = mailbox_gate(address)
        self.slots = slots
        self._folder_ids: dict[str, str] = {}

    # ------------------------------------------------------------------ transport

    @contextmanager
    def _slot(self) -> Iterator[None]:
        self.gate.acquire()
        try:
            if self.slots is None:
                yield
            else:
                with self.slots.hold(self.address):
                    yield
        finally:
            self.gate.release()

    def request(
        self,
        method: str,
        url: str,
        what: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        prefer: list[str] | None = None,
        ok: tuple[int, ...] = (200,),
    ) -> httpx.Response:
        idempotent = method in ("GET", "PATCH", "DELETE", "PUT")
        refreshed = False

        def attempt() -> httpx.Response:
            nonlocal refreshed
            while True:
                token = self.tokens.token(force_refresh=refreshed)
                headers = {"Authorization": f"Bearer {token}", "Prefer": ", ".join([IMMUTABLE, *(prefer or [])])}
                try:
                    with self._slot():
                        response = self.http.request(method, url, params=params, json=json, headers=headers)
                except httpx.HTTPError as exc:
                    raise network_failure(exc, what) from None
                # The path only: a delta or skip token rides in the query string.
                log.debug(
                    "graph %s path=%s what=%s status=%d",
                    method,
                    response.request.url.path[:200],
                    what,
                    response.status_code,
                )
                if response.status_code in ok:
                    return response
                if response.status_code == 401 and not refreshed:
                    refreshed = True  # one fresh token; a second 401 means the grant is gone
                    continue
                raise graph_failure(response, what)

        def safe_to_repeat(failure: RetryLater) -> bool:
            return idempotent or failure.status == 429  # a throttled request was not executed

        return self.retry.call(attempt, provider="graph", what=what, safe_to_repeat=safe_to_repeat)

    # ------------------------------------------------------------------ reading

    def delta_start_url(self, folder: str) -> str:
        return f"{self.user}/mailFolders/{folder}/messages/delta?$select={MESSAGE_SELECT}"

    def delta_page(self, url: str, page_size: int = 50) -> dict[str, Any]:
        """One page of a folder's delta (start URL, nextLink or deltaLink); may raise SyncStateLost."""
        response = self.request("GET", url, "delta", prefer=[f"odata.maxpagesize={page_size}", TEXT_BODY])
        return dict(response.json())

    def get_message(self, message_id: str) -> dict[str, Any]:
        url = f"{self.user}/messages/{quote(message_id, safe='')}"
        return dict(
            self.request("GET", url, "get message", params={"$select": MESSAGE_SELECT}, prefer=[TEXT_BODY]).json()
        )

    def get_mime(self, message_id: str) -> bytes:
        url = f"{self.user}/messages/{quote(message_id, safe='')}/$value"
        return self.request("GET", url, "get MIME").content

    def folder_of(self, message: dict[str, Any]) -> str:
        """``inbox``, ``sentitems`` or ``other``, from the message's parentFolderId."""
        parent = str(message.get("parentFolderId") or "")
        for folder in FOLDERS:
            if parent and parent == self.folder_id(folder):
                return folder
        return "other"

    def folder_id(self, folder: str) -> str:
        if folder not in self._folder_ids:
            url = f"{self.user}/mailFolders/{folder}"
            self._folder_ids[folder] = str(self.request("GET", url, "get folder").json()["id"])
        return self._folder_ids[folder]

    def conversation(self, conversation_id: str, top: int = 50) -> list[dict[str, Any]]:
        """The conversation's messages (every folder), oldest first."""
        literal = conversation_id.replace("'", "''")
        response = self.request(
            "GET",
            f"{self.user}/messages",
            "read conversation",
            params={"$filter": f"conversationId eq '{literal}'", "$select": MESSAGE_SELECT, "$top": str(top)},
            prefer=[TEXT_BODY],
        )
        items = [dict(m) for m in response.json().get("value", [])]
        return sorted(items, key=lambda m: str(m.get("sentDateTime") or m.get("receivedDateTime") or ""))

    def find_in_sent_items(self, followup_id: uuid.UUID, internet_message_id: str | None) -> dict[str, Any] | None:
        """The sent copy of a follow-up: by its Message-ID when known, else among the latest Sent Items;
        either way it must carry ``X-Relance-Followup-Id: <followup_id>``."""
        candidates: list[dict[str, Any]] = []
        if internet_message_id:
            literal = internet_message_id.replace("'", "''")
            response = self.request(
                "GET",
                f"{self.user}/mailFolders/sentitems/messages",
                "look in Sent Items",
                params={"$filter": f"internetMessageId eq '{literal}'", "$select": MESSAGE_SELECT},
            )
            candidates += response.json().get("value", [])
        if not candidates:
            response = self.request(
                "GET",
                f"{self.user}/mailFolders/sentitems/messages",
                "look in Sent Items",
                params={"$orderby": "sentDateTime desc", "$top": "50", "$select": MESSAGE_SELECT},
            )
            candidates += response.json().get("value", [])
        for message in candidates:
            if followup_header(message) == str(followup_id) and not message.get("isDraft"):
                return dict(message)
        return None

    # ------------------------------------------------------------------ writing

    def create_reply(self, message_id: str) -> dict[str, Any]:
        url = f"{self.user}/messages/{quote(message_id, safe='')}/createReply"
        return dict(self.request("POST", url, "createReply", json={}, ok=(200, 201)).json())

    def update_message(self, message_id: str, patch: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.user}/messages/{quote(message_id, safe='')}"
        return dict(self.request("PATCH", url, "edit draft", json=patch).json())

    def send_draft(self, message_id: str) -> None:
        url = f"{self.user}/messages/{quote(message_id, safe='')}/send"
        self.request("POST", url, "send", ok=(202,))

    def delete_message(self, message_id: str) -> None:
        url = f"{self.user}/messages/{quote(message_id, safe='')}"
        self.request("DELETE", url, "delete draft", ok=(204, 404))

    # ------------------------------------------------------------------ subscriptions

    def create_subscription(
        self, resource: str, notification_url: str, client_state: str, expires_at: str
    ) -> dict[str, Any]:
        body = {
            "changeType": "created",
            "notificationUrl": notification_url,
            "lifecycleNotificationUrl": notification_url,
            "resource": resource,
            "expirationDateTime": expires_at,
            "clientState": client_state,
        }
        return dict(self.request("POST", f"{self.root}/subscriptions", "subscribe", json=body, ok=(201,)).json())

    def renew_subscription(self, subscription_id: str, expires_at: str) -> dict[str, Any]:
        url = f"{self.root}/subscriptions/{quote(subscription_id, safe='')}"
        return dict(self.request("PATCH", url, "renew subscription", json={"expirationDateTime": expires_at}).json())

    def delete_subscription(self, subscription_id: str) -> None:
        url = f"{self.root}/subscriptions/{quote(subscription_id, safe='')}"
        self.request("DELETE", url, "unsubscribe", ok=(204, 404))


def followup_header(message: dict[str, Any]) -> str | None:
    for header in message.get("internetMessageHeaders") or []:
        if str(header.get("name", "")).lower() == "x-relance-followup-id":
            return str(header.get("value", "")).strip()
    return None
