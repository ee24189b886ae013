"""Microsoft Graph (v1.0) mail sandbox: messages, per-folder delta, subscriptions and replies in thread.

Served under ``/v1.0`` next to the identity platform (``/{tenant}/oauth2/v2.0/...``, see
:mod:`relance.sandbox.identity`). Every call needs a bearer token the sandbox issued; app tokens reach
every mailbox of their tenant, delegated tokens only their user's (also as ``/me``). More than
``graph_mailbox_concurrency`` (4) requests in flight for one app and mailbox get ``429
ApplicationThrottled`` with ``Retry-After``; the sandbox remembers, per mailbox, the most requests its
clients ever had open at once (the refused one included) and how many it refused so
(:meth:`GraphService.concurrency`), so a test can see whether its workers kept to the limit. Paths
accept both ``mailFolders/inbox`` and ``mailFolders('inbox')``.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from relance.sandbox import mime
from relance.sandbox.auth import AccessToken, Client, TokenStore, new_guid
from relance.sandbox.graph_store import (
    WELL_KNOWN_FOLDERS,
    GraphMailbox,
    GraphMessage,
    Recipient,
    child_conversation_index,
    conversation_guid,
    conversation_id,
    from_mime,
    new_conversation_index,
    new_immutable_id,
    new_internet_message_id,
    new_rest_id,
    next_key,
)
from relance.sandbox.identity import DirectoryUser, MicrosoftIdentity, Tenant
from relance.sandbox.notify import Delivery, Notifier, validate_endpoint
from relance.sandbox.web import HttpError, Request, Response, Router, json_response
from relance.sandbox.world import FaultRule, SentMail, World, fault_headers, iso_z, parse_instant

log = logging.getLogger("relance.sandbox.graph")

# A delta function (``…/messages/delta``, also written ``delta()``): a 410 there is Graph's "start over".
DELTA_PATH = re.compile(r"/delta(?:\(\))?$", re.IGNORECASE)
# What Graph says with a 410 other than SyncStateNotFound (M-ERR's error codes).
RESYNC_MESSAGES = {"resyncrequired": "The delta token is no longer valid, and the app must reset the sync state."}

# The longest a held request waits for control.release_graph_requests before it goes on by itself.
GATE_TIMEOUT_S = 30.0

DEFAULT_PROPERTIES = [
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "conversationIndex",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "isRead",
    "isDraft",
    "webLink",
    "inferenceClassification",
    "body",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "flag",
]
SELECTABLE = {p.lower(): p for p in [*DEFAULT_PROPERTIES, "id", "internetMessageHeaders", "uniqueBody"]}
LIFECYCLE_EVENTS = {"reauthorizationRequired", "subscriptionRemoved", "missed"}
CHANGE_TYPES = {"created", "updated", "deleted"}


def graph_error(
    status: int, code: str, message: str, now: dt.datetime, headers: list[tuple[str, str]] | None = None
) -> Response:
    inner = {"date": iso_z(now), "request-id": new_guid(), "client-request-id": new_guid()}
    return json_response(status, {"error": {"code": code, "message": message, "innerError": inner}}, headers)


def parse_prefer(header: str) -> dict[str, str]:
    prefs: dict[str, str] = {}
    for part in re.findall(r'(?:[^,"]|"[^"]*")+', header):
        name, _, value = part.strip().partition("=")
        if name:
            prefs[name.strip().lower()] = value.strip().strip('"')
    return prefs


@dataclass
class Subscription:
    subscription_id: str
    application_id: str
    creator_id: str
    tenant_id: str
    user_id: str
    folder: str | None
    resource: str
    change_types: set[str]
    notification_url: str
    lifecycle_url: str | None
    client_state: str | None
    expiration: dt.datetime
    immutable_ids: bool
    tls_version: str
    paused: bool = False

    def as_json(self, base_url: str) -> dict[str, Any]:
        return {
            "@odata.context": f"{base_url}/v1.0/$metadata#subscriptions/$entity",
            "id": self.subscription_id,
            "resource": self.resource,
            "applicationId": self.application_id,
            "changeType": ",".join(sorted(self.change_types)),
            "clientState": self.client_state,
            "notificationUrl": self.notification_url,
            "notificationQueryOptions": None,
            "lifecycleNotificationUrl": self.lifecycle_url,
            "expirationDateTime": iso_z(self.expiration, 7),
            "creatorId": self.creator_id,
            "includeResourceData": None,
            "latestSupportedTlsVersion": self.tls_version,
            "encryptionCertificate": None,
            "encryptionCertificateId": None,
            "notificationUrlAppId": None,
        }


@dataclass
class DeltaState:
    token: str
    user_id: str
    folder: str
    generation: int
    select: list[str] | None
    change_types: set[str]
    received_after: tuple[dt.datetime, bool] | None
    page_size: int | None
    watermark: int = 0
    previous: int = 0
    items: list[tuple[int, str | None]] = field(default_factory=list)
    offset: int = 0
    round_from: int = 0
    round_to: int = 0
    is_page: bool = False


@dataclass
class Context:
    token: AccessToken
    mailbox: GraphMailbox | None
    immutable: bool
    prefer: dict[str, str]
    applied: list[str] = field(default_factory=list)


@dataclass
class Change:
    mailbox: GraphMailbox
    message: GraphMessage
    kind: str  # created | updated | moved | deleted
    folder_from: str | None
    folder_to: str | None


_REPLY_SUBJECT = re.compile(r"^\s*re\s*:", re.IGNORECASE)
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)


class GraphService:
    def __init__(self, world: World, tokens: TokenStore, notifier: Notifier) -> None:
        self.world = world
        self.tokens = tokens
        self.notifier = notifier
        self.tenants: dict[str, Tenant] = {}
        self.mailboxes: dict[str, GraphMailbox] = {}
        self.subscriptions: dict[str, Subscription] = {}
        self.delta_states: dict[str, DeltaState] = {}
        self.delta_generation = 0
        self.notification_faults = {"drop": 0, "duplicate": 0}
        self._in_flight: dict[tuple[str, str], int] = {}
        # Per mailbox (user id): the most requests open at once, counting a refused one, and the refusals.
        self._peak: dict[str, int] = {}
        self._refused: dict[str, int] = {}
        self._flight_lock = threading.Lock()
        # Open unless a test holds the admitted requests in flight (control.hold_graph_requests), so that
        # MailboxConcurrency can be shown without depending on how fast requests arrive.
        self._gate = threading.Event()
        self._gate.set()
        self.identity = MicrosoftIdentity(world, tokens, self.find_tenant, self.find_directory_user)
        self.api = Router()
        self._register_api()
        world.clock.on_move(self._expire_subscriptions)
        world.register_sink(self)

    # ----------------------------------------------------------------- directory

    def add_tenant(self, domain: str, tenant_id: str | None = None) -> Tenant:
        with self.world.lock:
            existing = self.find_tenant(domain)
            if existing:
                return existing
            tenant = Tenant(tenant_id or new_guid(), domain.lower())
            self.tenants[tenant.tenant_id] = tenant
            return tenant

    def find_tenant(self, ref: str) -> Tenant | None:
        lowered = ref.lower()
        for tenant in self.tenants.values():
            if lowered in (tenant.tenant_id, tenant.domain):
                return tenant
        if lowered in ("common", "organizations") and self.tenants:
            return next(iter(self.tenants.values()))
        return None

    def add_user(self, address: str, display_name: str | None = None, tenant: str | None = None) -> GraphMailbox:
        domain = address.split("@")[-1]
        owner = self.add_tenant(tenant or domain)
        with self.world.lock:
            existing = self.mailbox(address)
            if existing:
                return existing
            mailbox = GraphMailbox(
                user_id=new_guid(),
                address=address,
                display_name=display_name or address.split("@")[0].replace(".", " ").title(),
                tenant_id=owner.tenant_id,
            )
            self.mailboxes[mailbox.user_id] = mailbox
            return mailbox

    def add_app(self, tenant: str, client_id: str | None = None, client_secret: str | None = None) -> Client:
        owner = self.add_tenant(tenant)
        return self.tokens.add_client("microsoft", owner.tenant_id, client_id, client_secret)

    def mailbox(self, ref: str) -> GraphMailbox | None:
        lowered = ref.lower()
        for mailbox in self.mailboxes.values():
            if lowered in (mailbox.user_id, mailbox.address.lower()):
                return mailbox
        return None

    def require_mailbox(self, ref: str) -> GraphMailbox:
        mailbox = self.mailbox(ref)
        if mailbox is None:
            raise KeyError(f"no Graph mailbox {ref!r}")
        return mailbox

    def find_directory_user(self, tenant_id: str, ref: str | None) -> DirectoryUser | None:
        candidates = [m for m in self.mailboxes.values() if m.tenant_id == tenant_id]
        if ref:
            candidates = [m for m in candidates if ref.lower() in (m.user_id, m.address.lower())]
        if not candidates:
            return None
        found = candidates[0]
        return DirectoryUser(found.user_id, found.address, found.display_name, found.tenant_id)

    # ----------------------------------------------------------------- mail routing (MailSink)

    def owns(self, address: str) -> bool:
        return self.mailbox(address) is not None

    def deliver(self, address: str, raw: bytes) -> None:
        """Mail from outside lands in the inbox; subscriptions on it are notified."""
        mailbox = self.require_mailbox(address)
        now = self.world.clock.now()
        with self.world.lock:
            message = mailbox.add(from_mime(raw, "inbox", now))
        log.info("deliver mailbox=%s folder=inbox", mailbox.user_id)
        self._emit([Change(mailbox, message, "created", None, "inbox")])

    def lookup(self, address: str, internet_message_id: str) -> bytes | None:
        mailbox = self.mailbox(address)
        if mailbox is None:
            return None
        with self.world.lock:
            for message in mailbox.by_internet_id(internet_message_id):
                if message.raw:
                    return message.raw
        return None

    # ----------------------------------------------------------------- HTTP entry

    def handle(self, request: Request) -> Response:
        now = self.world.clock.now()
        request.path = re.sub(r"\(\s*'([^']*)'\s*\)", r"/\1", request.path)
        token = self._authenticate(request, now)
        if isinstance(token, Response):
            return token
        prefer = parse_prefer(request.header("prefer"))
        immutable = prefer.get("idtype", "").lower() == "immutableid"
        context = Context(token, None, immutable, prefer)
        if immutable:
            context.applied.append('IdType="ImmutableId"')
        request.context = context
        segments = request.path.split("/")
        if len(segments) > 2 and segments[2].lower() == "me":
            if token.user_id is None:
                return graph_error(
                    400, "BadRequest", "/me request is only valid with delegated authentication flow.", now
                )
            segments[2:3] = ["users", token.user_id]
            request.path = "/".join(segments)
            segments = request.path.split("/")
        if len(segments) > 3 and segments[2].lower() == "users":
            mailbox = self.mailbox(segments[3])
            if mailbox is None or mailbox.tenant_id != token.tenant:
                return graph_error(404, "ErrorInvalidUser", f"The requested user '{segments[3]}' is invalid.", now)
            if token.user_id is not None and token.user_id != mailbox.user_id:
                return graph_error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", now)
            context.mailbox = mailbox
            return self._throttled(request, context, mailbox, now)
        return self._dispatch(request, now)

    def _throttled(self, request: Request, context: Context, mailbox: GraphMailbox, now: dt.datetime) -> Response:
        key = (context.token.client_id, mailbox.user_id)
        with self._flight_lock:
            arriving = self._in_flight.get(key, 0) + 1
            self._peak[mailbox.user_id] = max(self._peak.get(mailbox.user_id, 0), arriving)
            if arriving > self.world.settings.graph_mailbox_concurrency:
                self._refused[mailbox.user_id] = self._refused.get(mailbox.user_id, 0) + 1
                retry_after = str(self.world.settings.graph_throttle_retry_after)
                log.info("throttle mailbox=%s reason=MailboxConcurrency", mailbox.user_id)
                return graph_error(
                    429,
                    "ApplicationThrottled",
                    "Application is over its MailboxConcurrency limit.",
                    now,
                    [("Retry-After", retry_after)],
                )
            self._in_flight[key] = self._in_flight.get(key, 0) + 1
        try:
            self._gate.wait(timeout=GATE_TIMEOUT_S)
            return self._dispatch(request, now)
        finally:
            with self._flight_lock:
                self._in_flight[key] -= 1

    def hold(self, held: bool) -> None:
        """Holds every admitted request in flight (at most GATE_TIMEOUT_S), or lets them all go on."""
        if held:
            self._gate.clear()
        else:
            self._gate.set()

    def concurrency(self, mailbox: GraphMailbox) -> dict[str, int]:
        """The most requests the mailbox's clients had in flight at once (a request refused for being one
        too many counts: it was open), how many are in flight now, and how many were refused with
        MailboxConcurrency."""
        with self._flight_lock:
            return {
                "peak": self._peak.get(mailbox.user_id, 0),
                "in_flight": sum(n for (_, user), n in self._in_flight.items() if user == mailbox.user_id),
                "throttled": self._refused.get(mailbox.user_id, 0),
                "limit": self.world.settings.graph_mailbox_concurrency,
            }

    def _dispatch(self, request: Request, now: dt.datetime) -> Response:
        if self.world.settings.latency_seconds:
            time.sleep(self.world.settings.latency_seconds)
        try:
            response = self.api.dispatch(request)
        except HttpError as error:
            return error.response
        if response is None:
            segment = request.path.rstrip("/").split("/")[-1]
            return graph_error(400, "BadRequest", f"Resource not found for the segment '{segment}'.", now)
        context: Context = request.context
        if context.applied and response.status < 300:
            response.headers.append(("Preference-Applied", ", ".join(context.applied)))
        return response

    def _authenticate(self, request: Request, now: dt.datetime) -> AccessToken | Response:
        challenge = [
            (
                "WWW-Authenticate",
                'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", '
                'client_id="00000003-0000-0000-c000-000000000000"',
            )
        ]
        header = request.header("authorization")
        if not header.lower().startswith("bearer ") or not header[7:].strip():
            return graph_error(401, "InvalidAuthenticationToken", "Access token is empty.", now, challenge)
        record = self.tokens.lookup_access(header[7:].strip())
        if record is None or record.provider != "microsoft":
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "IDX14100: JWT is not well formed, there are no dots (.).",
                now,
                challenge,
            )
        if record.revoked:
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: "
                "TokenIssuedBeforeRevocationTimestamp",
                now,
                challenge,
            )
        if record.expires_at <= now:
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is expired.",
                now,
                challenge,
            )
        return record

    def fault_response(self, rule: FaultRule, now: dt.datetime, request: Request) -> Response:
        """An injected fault as Graph answers it: ``{"error": {"code", "message", "innerError"}}`` with
        ``Retry-After``; a 410 on a delta is Graph's resync answer (:meth:`_delta_gone`)."""
        headers = fault_headers(rule, now)
        if rule.status == 410 and DELTA_PATH.search(request.path):
            lowered = {k.lower(): v[0] for k, v in request.query.items() if v}
            with self.world.lock:
                state = self.delta_states.get(lowered.get("$skiptoken") or lowered.get("$deltatoken") or "")
            link = f"{request.base_url}{request.path}"
            dated = [h for h in headers if h[0] == "Date"]
            return self._delta_gone(rule.reason or "SyncStateNotFound", link, now, state, dated)
        if rule.status == 429:
            return graph_error(429, rule.reason or "TooManyRequests", "Please retry again later.", now, headers)
        if rule.status == 503:
            return graph_error(
                503,
                rule.reason or "serviceNotAvailable",
                "The service is temporarily unavailable. Please try again later.",
                now,
                headers,
            )
        return graph_error(rule.status, rule.reason or "generalException", "Injected fault.", now, headers)

    def _delta_gone(
        self,
        code: str,
        link: str,
        now: dt.datetime,
        state: DeltaState | None,
        headers: list[tuple[str, str]] | None = None,
    ) -> Response:
        """Graph's answer to a delta it can no longer continue (M-DQO, M-ERR): ``410 Gone``, a ``Location`` that
        is the initial query again (``link``, the folder's delta function, with an empty ``$deltatoken``:
        restart with a full sync), and the error ``code``: ``SyncStateNotFound`` (the state was evicted, with
        the generation asked for and the highest one) or ``resyncRequired``. No Retry-After: waiting does not
        bring the state back."""
        if code.lower() == "syncstatenotfound":
            message = (
                f"The sync state generation is not found; generation={state.generation if state else 0};"
                f"[highest={self.delta_generation}]"
            )
        else:
            message = RESYNC_MESSAGES.get(code.lower(), "The delta token is no longer valid: synchronize again.")
        return graph_error(410, code, message, now, [*(headers or []), ("Location", f"{link}?$deltatoken=")])

    # ----------------------------------------------------------------- routes

    def _register_api(self) -> None:
        add = self.api.add
        user = "/v1.0/users/{user}"
        add("GET", user, self.get_user)
        add("GET", f"{user}/mailFolders/{{folder}}/messages/delta", self.delta)
        add("GET", f"{user}/mailFolders/{{folder}}", self.get_folder)
        add("GET", f"{user}/messages", self.list_messages)
        add("GET", f"{user}/mailFolders/{{folder}}/messages", self.list_messages)
        add("POST", f"{user}/messages", self.create_message)
        add("POST", f"{user}/sendMail", self.send_mail)
        for prefix in (f"{user}/messages/{{id}}", f"{user}/mailFolders/{{folder}}/messages/{{id}}"):
            add("GET", prefix, self.get_message)
            add("GET", f"{prefix}/$value", self.get_mime)
            add("PATCH", prefix, self.update_message)
            add("DELETE", prefix, self.delete_message)
            add("POST", f"{prefix}/createReply", self.create_reply)
            add("POST", f"{prefix}/reply", self.reply)
            add("POST", f"{prefix}/send", self.send)
            add("POST", f"{prefix}/move", self.move)
        add("POST", "/v1.0/subscriptions", self.create_subscription)
        add("GET", "/v1.0/subscriptions", self.list_subscriptions)
        add("GET", "/v1.0/subscriptions/{id}", self.get_subscription)
        add("PATCH", "/v1.0/subscriptions/{id}", self.update_subscription)
        add("DELETE", "/v1.0/subscriptions/{id}", self.delete_subscription)
        add("POST", "/v1.0/subscriptions/{id}/reauthorize", self.reauthorize_subscription)

    # ----------------------------------------------------------------- helpers

    def _ctx(self, request: Request) -> tuple[Context, GraphMailbox, dt.datetime]:
        context: Context = request.context
        assert context.mailbox is not None
        return context, context.mailbox, self.world.clock.now()

    def _message(self, request: Request) -> tuple[Context, GraphMailbox, GraphMessage, dt.datetime]:
        context, mailbox, now = self._ctx(request)
        message = mailbox.find(request.params["id"])
        if message is None:
            raise HttpError(
                graph_error(404, "ErrorItemNotFound", "The specified object was not found in the store.", now)
            )
        return context, mailbox, message, now

    def _folder(self, mailbox: GraphMailbox, ref: str, now: dt.datetime) -> str:
        folder = mailbox.folder_name(ref)
        if folder is None:
            raise HttpError(
                graph_error(404, "ErrorItemNotFound", "The specified object was not found in the store.", now)
            )
        return folder

    def _select(self, request: Request, now: dt.datetime) -> list[str] | None:
        raw = request.arg("$select")
        if raw is None:
            return None
        names = []
        for name in (n.strip() for n in raw.split(",") if n.strip()):
            canonical = SELECTABLE.get(name.lower())
            if canonical is None:
                raise HttpError(
                    graph_error(
                        400,
                        "RequestBroker--ParseUri",
                        f"Could not find a property named '{name}' on type 'microsoft.graph.message'.",
                        now,
                    )
                )
            names.append(canonical)
        return names

    def _body(self, message: GraphMessage, context: Context) -> dict[str, str]:
        wanted = context.prefer.get("outlook.body-content-type", "").lower()
        if wanted == "text" and message.body_type == "html":
            return {"contentType": "text", "content": mime.html_to_text(message.body)}
        if wanted == "html" and message.body_type == "text":
            return {"contentType": "html", "content": mime.text_to_html(message.body)}
        return {"contentType": message.body_type, "content": message.body}

    def render(
        self, mailbox: GraphMailbox, message: GraphMessage, context: Context, select: list[str] | None
    ) -> dict[str, Any]:
        def recipient(addr: Recipient) -> dict[str, Any]:
            return {"emailAddress": {"name": addr[0] or addr[1], "address": addr[1]}}

        sender = message.sender or (mailbox.display_name, mailbox.address)
        text = message.body if message.body_type == "text" else mime.html_to_text(message.body)
        values: dict[str, Any] = {
            "createdDateTime": iso_z(message.created),
            "lastModifiedDateTime": iso_z(message.last_modified),
            "changeKey": message.change_key,
            "categories": list(message.categories),
            "receivedDateTime": iso_z(message.received),
            "sentDateTime": iso_z(message.sent or message.created),
            "hasAttachments": message.has_attachments,
            "internetMessageId": message.internet_message_id,
            "subject": message.subject,
            "bodyPreview": " ".join(text.split())[:255],
            "importance": message.importance,
            "parentFolderId": mailbox.folder_ids[message.folder],
            "conversationId": message.conversation_id,
            "conversationIndex": _b64(message.conversation_index),
            "isDeliveryReceiptRequested": False,
            "isReadReceiptRequested": False,
            "isRead": message.is_read,
            "isDraft": message.is_draft,
            "webLink": f"https://outlook.office365.com/owa/?ItemID={message.immutable_id}&exvsurl=1&viewmodel=ReadMessageItem",
            "inferenceClassification": "focused",
            "body": self._body(message, context),
            "uniqueBody": self._body(message, context),
            "sender": recipient(sender),
            "from": recipient(sender),
            "toRecipients": [recipient(a) for a in message.to],
            "ccRecipients": [recipient(a) for a in message.cc],
            "bccRecipients": [recipient(a) for a in message.bcc],
            "replyTo": [recipient(a) for a in message.reply_to],
            "flag": {"flagStatus": "notFlagged"},
            "internetMessageHeaders": (
                None if message.headers is None else [{"name": n, "value": v} for n, v in message.headers]
            ),
        }
        rendered: dict[str, Any] = {
            "@odata.etag": f'W/"{message.change_key}"',
            "id": message.immutable_id if context.immutable else message.rest_id,
        }
        for name in select if select is not None else DEFAULT_PROPERTIES:
            if name != "id":
                rendered[name] = values[name]
        return rendered

    def _emit(self, changes: list[Change]) -> None:
        """Fire change notifications for ``changes`` to the matching, active subscriptions."""
        now = self.world.clock.now()
        batches: dict[str, list[dict[str, Any]]] = {}
        with self.world.lock:
            subscriptions = list(self.subscriptions.values())
        for change in changes:
            for sub in subscriptions:
                if sub.user_id != change.mailbox.user_id or sub.expiration <= now:
                    continue
                change_type = _change_type_for(sub.folder, change)
                if change_type is None or change_type not in sub.change_types:
                    continue
                if sub.paused:
                    log.info(
                        "notification lost subscription=%s reason=reauthorizationRequired",
                        sub.subscription_id,
                    )
                    continue
                message_id = change.message.immutable_id if sub.immutable_ids else change.message.rest_id
                resource = f"Users/{change.mailbox.user_id}/Messages/{message_id}"
                batches.setdefault(sub.notification_url, []).append(
                    {
                        "subscriptionId": sub.subscription_id,
                        "subscriptionExpirationDateTime": iso_z(sub.expiration, 7),
                        "changeType": change_type,
                        "resource": resource,
                        "resourceData": {
                            "@odata.type": "#Microsoft.Graph.Message",
                            "@odata.id": resource,
                            "@odata.etag": f'W/"{change.message.change_key}"',
                            "id": message_id,
                        },
                        "clientState": sub.client_state,
                        "tenantId": sub.tenant_id,
                    }
                )
        for url, value in batches.items():
            copies = 1
            with self.world.lock:
                if self.notification_faults["drop"] > 0:
                    self.notification_faults["drop"] -= 1
                    log.info("notification dropped by fault")
                    continue
                if self.notification_faults["duplicate"] > 0:
                    self.notification_faults["duplicate"] -= 1
                    copies = 2
            for _ in range(copies):
                self.notifier.submit(Delivery("graph.notification", url, {"value": value}))

    # ----------------------------------------------------------------- users, folders, messages

    def get_user(self, request: Request) -> Response:
        _, mailbox, _ = self._ctx(request)
        return json_response(
            200,
            {
                "@odata.context": f"{request.base_url}/v1.0/$metadata#users/$entity",
                "id": mailbox.user_id,
                "displayName": mailbox.display_name,
                "mail": mailbox.address,
                "userPrincipalName": mailbox.address,
            },
        )

    def get_folder(self, request: Request) -> Response:
        _, mailbox, now = self._ctx(request)
        with self.world.lock:
            folder = self._folder(mailbox, request.params["folder"], now)
            messages = mailbox.in_folder(folder)
            return json_response(
                200,
                {
                    "id": mailbox.folder_ids[folder],
                    "displayName": WELL_KNOWN_FOLDERS[folder],
                    "parentFolderId": mailbox.folder_ids.get("msgfolderroot", ""),
                    "childFolderCount": 0,
                    "unreadItemCount": sum(1 for m in messages if not m.is_read),
                    "totalItemCount": len(messages),
                    "isHidden": False,
                },
            )

    def get_message(self, request: Request) -> Response:
        context, mailbox, message, now = self._message(request)
        select = self._select(request, now)
        with self.world.lock:
            payload = self.render(mailbox, message, context, select)
        payload = {
            "@odata.context": f"{request.base_url}/v1.0/$metadata#users('{mailbox.user_id}')/messages/$entity"
        } | payload
        return json_response(200, payload)

    def get_mime(self, request: Request) -> Response:
        _, _, message, _ = self._message(request)
        raw = message.raw or b""
        return Response(200, raw, [("Content-Type", "text/plain")])

    def list_messages(self, request: Request) -> Response:
        context, mailbox, now = self._ctx(request)
        select = self._select(request, now)
        predicates = _parse_filter(request.arg("$filter"), now)
        with self.world.lock:
            if "folder" in request.params:
                candidates = mailbox.in_folder(self._folder(mailbox, request.params["folder"], now))
            else:
                candidates = [m for m in mailbox.messages.values() if not m.deleted]
            matched = [m for m in candidates if all(p(m) for p in predicates)]
            order = (request.arg("$orderby") or "receivedDateTime desc").split()
            field_name = order[0].lower()
            descending = len(order) < 2 or order[1].lower() == "desc"

            def sort_key(m: GraphMessage) -> dt.datetime:
                return (m.sent or m.created) if field_name == "sentdatetime" else m.received

            matched.sort(key=sort_key, reverse=descending)
            top = min(int(request.arg("$top") or self.world.settings.graph_list_page_size), 1000)
            skip = int(request.arg("$skip") or 0)
            page = matched[skip : skip + top]
            payload: dict[str, Any] = {
                "@odata.context": f"{request.base_url}/v1.0/$metadata#users('{mailbox.user_id}')/messages",
                "value": [self.render(mailbox, m, context, select) for m in page],
            }
        if skip + top < len(matched):
            query = [f"%24skip={skip + top}", f"%24top={top}"]
            for name in ("$select", "$filter", "$orderby"):
                if request.arg(name):
                    query.append(f"{name.replace('$', '%24')}={_quote(request.arg(name) or '')}")
            payload["@odata.nextLink"] = f"{request.base_url}{request.path}?{'&'.join(query)}"
        return json_response(200, payload)

    # ----------------------------------------------------------------- delta

    def delta(self, request: Request) -> Response:
        context, mailbox, now = self._ctx(request)
        folder = self._folder(mailbox, request.params["folder"], now)
        folder_id = mailbox.folder_ids[folder]
        base_link = f"{request.base_url}/v1.0/users/{mailbox.user_id}/mailFolders('{folder_id}')/messages/delta"
        lowered = {k.lower(): v[0] for k, v in request.query.items() if v}
        skip_token, delta_token = lowered.get("$skiptoken"), lowered.get("$deltatoken")
        with self.world.lock:
            if skip_token or delta_token:
                state = self.delta_states.get(skip_token or delta_token or "")
                if state is None or state.user_id != mailbox.user_id or state.folder != folder:
                    log.info("delta mailbox=%s folder=%s result=SyncStateNotFound", mailbox.user_id, folder)
                    return self._delta_gone("SyncStateNotFound", base_link, now, state)
                if not state.is_page:
                    state = self._new_round(mailbox, folder, state)
            else:
                state = self._initial_round(mailbox, folder, request, now)
            size = _page_size(context, state, self.world.settings.graph_delta_page_size)
            page = state.items[state.offset : state.offset + size]
            value = [
                self._delta_item(mailbox, folder, key, removed_id, context, state.select) for key, removed_id in page
            ]
            payload: dict[str, Any] = {
                "@odata.context": f"{request.base_url}/v1.0/$metadata#Collection(message)",
                "value": value,
            }
            if state.offset + size < len(state.items):
                nxt = self._save(
                    DeltaState(**{**state.__dict__, "token": "", "offset": state.offset + size, "is_page": True})
                )
                payload["@odata.nextLink"] = f"{base_link}?$skiptoken={nxt.token}"
            else:
                done = self._save(
                    DeltaState(
                        **{
                            **state.__dict__,
                            "token": "",
                            "items": [],
                            "offset": 0,
                            "watermark": state.round_to,
                            "previous": state.round_from,
                            "is_page": False,
                        }
                    )
                )
                payload["@odata.deltaLink"] = f"{base_link}?$deltatoken={done.token}"
        log.info("delta mailbox=%s folder=%s items=%d", mailbox.user_id, folder, len(value))
        return json_response(200, payload)

    def _save(self, state: DeltaState) -> DeltaState:
        self.delta_generation += 1
        state.generation = self.delta_generation
        state.token = f"{new_guid().replace('-', '')}{new_guid().replace('-', '')}"
        self.delta_states[state.token] = state
        return state

    def _initial_round(self, mailbox: GraphMailbox, folder: str, request: Request, now: dt.datetime) -> DeltaState:
        select = self._select(request, now)
        change_types = set((request.arg("changeType") or "created,updated,deleted").split(","))
        received_after = None
        raw_filter = request.arg("$filter")
        if raw_filter:
            match = re.fullmatch(r"\s*receivedDateTime\s+(ge|gt)\s+(\S+)\s*", raw_filter, re.IGNORECASE)
            if not match:
                raise HttpError(
                    graph_error(
                        400,
                        "ErrorInvalidUrlQueryFilter",
                        "The query filter contains one or more invalid nodes.",
                        now,
                    )
                )
            received_after = (parse_instant(match.group(2)), match.group(1).lower() == "gt")
        top = request.arg("$top")
        state = DeltaState(
            "", mailbox.user_id, folder, 0, select, change_types, received_after, int(top) if top else None
        )
        messages = sorted(mailbox.in_folder(folder), key=lambda m: m.received, reverse=True)
        if received_after:
            instant, strict = received_after
            messages = [m for m in messages if m.received > instant or (not strict and m.received == instant)]
        state.items = [(m.key, None) for m in messages] if "created" in change_types else []
        state.round_from, state.round_to = 0, mailbox.seq
        return state

    def _new_round(self, mailbox: GraphMailbox, folder: str, previous: DeltaState) -> DeltaState:
        start = previous.watermark
        if mailbox.replay_rounds > 0:
            mailbox.replay_rounds -= 1
            start = previous.previous
        latest: dict[int, tuple[int, str, bool]] = {}
        for entry in mailbox.log:
            if entry.seq <= start or entry.folder != folder:
                continue
            created_before = latest.get(entry.key, (0, "", False))[2]
            latest[entry.key] = (entry.seq, entry.rest_id, created_before or entry.created)
        items: list[tuple[int, str | None]] = []
        for key, (_, rest_id, created) in sorted(latest.items(), key=lambda kv: kv[1][0]):
            message = mailbox.messages[key]
            present = not message.deleted and message.folder == folder
            kind = ("created" if created else "updated") if present else "deleted"
            if kind not in previous.change_types:
                continue
            items.append((key, None if present else rest_id))
        state = DeltaState(**{**previous.__dict__, "items": items, "offset": 0, "is_page": True})
        state.round_from, state.round_to = start, mailbox.seq
        return state

    def _delta_item(
        self,
        mailbox: GraphMailbox,
        folder: str,
        key: int,
        removed_id: str | None,
        context: Context,
        select: list[str] | None,
    ) -> dict[str, Any]:
        message = mailbox.messages[key]
        if removed_id is None and not message.deleted and message.folder == folder:
            return {"@odata.type": "#microsoft.graph.message"} | self.render(mailbox, message, context, select)
        item_id = message.immutable_id if context.immutable else (removed_id or message.rest_id)
        return {"@odata.type": "#microsoft.graph.message", "id": item_id, "@removed": {"reason": "deleted"}}

    # ----------------------------------------------------------------- drafts, replies, sending

    def _check_headers(self, headers: Any, now: dt.datetime) -> list[tuple[str, str]]:
        result = []
        for header in headers or []:
            name, value = str(header.get("name", "")), str(header.get("value", ""))
            if not name.lower().startswith("x-"):
                raise HttpError(
                    graph_error(
                        400,
                        "InvalidInternetMessageHeader",
                        f"The internet message header name '{name}' should start with 'x-' or 'X-'.",
                        now,
                    )
                )
            result.append((name, value))
        return result

    def _apply(self, message: GraphMessage, patch: dict[str, Any], now: dt.datetime) -> None:
        draft_only = {
            "subject",
            "body",
            "toRecipients",
            "ccRecipients",
            "bccRecipients",
            "replyTo",
            "internetMessageHeaders",
            "internetMessageId",
            "from",
        }
        allowed = draft_only | {"isRead", "categories", "importance", "flag", "inferenceClassification"}
        for name in patch:
            if name not in allowed:
                raise HttpError(
                    graph_error(
                        400,
                        "RequestBroker--ParseUri",
                        f"Could not find a property named '{name}' on type 'microsoft.graph.message'.",
                        now,
                    )
                )
            if name in draft_only and not message.is_draft:
                raise HttpError(
                    graph_error(
                        400,
                        "ErrorInvalidPropertyUpdateSentMessage",
                        "Update operation on a sent message is not supported.",
                        now,
                    )
                )
        if "internetMessageHeaders" in patch:
            message.headers = self._check_headers(patch["internetMessageHeaders"], now) or None
        if "subject" in patch:
            message.subject = str(patch["subject"] or "")
        if "body" in patch:
            body = patch["body"] or {}
            message.body_type = "html" if str(body.get("contentType", "text")).lower() == "html" else "text"
            message.body = str(body.get("content", ""))
        for prop, attr in (
            ("toRecipients", "to"),
            ("ccRecipients", "cc"),
            ("bccRecipients", "bcc"),
            ("replyTo", "reply_to"),
        ):
            if prop in patch:
                setattr(message, attr, [_recipient(r) for r in patch[prop] or []])
        if "internetMessageId" in patch:
            message.internet_message_id = str(patch["internetMessageId"])
        if "isRead" in patch:
            message.is_read = bool(patch["isRead"])
        if "categories" in patch:
            message.categories = list(patch["categories"] or [])
        if "importance" in patch:
            message.importance = str(patch["importance"])

    def _new_draft(self, mailbox: GraphMailbox, now: dt.datetime, parent: GraphMessage | None) -> GraphMessage:
        if parent is not None:
            index = child_conversation_index(parent.conversation_index)
            conv = parent.conversation_id
        else:
            index = new_conversation_index(now)
            conv = conversation_id(conversation_guid(index, ""))
        return GraphMessage(
            key=next_key(),
            immutable_id=new_immutable_id(),
            rest_id=new_rest_id(),
            folder="drafts",
            created=now,
            last_modified=now,
            received=now,
            sent=None,
            subject="",
            body_type="html",
            body="",
            sender=(mailbox.display_name, mailbox.address),
            to=[],
            cc=[],
            bcc=[],
            reply_to=[],
            internet_message_id=new_internet_message_id(mailbox.address),
            conversation_index=index,
            conversation_id=conv,
            headers=None,
            is_draft=True,
            is_read=True,
            parent_key=parent.key if parent else None,
        )

    def _reply_draft(self, request: Request) -> tuple[Context, GraphMailbox, GraphMessage, dt.datetime]:
        context, mailbox, parent, now = self._message(request)
        body = request.json() or {}
        if "comment" in body and "message" in body:
            raise HttpError(
                graph_error(400, "ErrorInvalidRequest", "Cannot specify both comment and message parameters.", now)
            )
        with self.world.lock:
            draft = self._new_draft(mailbox, now, parent)
            # Outlook's reply subject: "RE: " once, other prefixes kept ("RE: TR: X"), as the parent has it.
            subject = parent.subject or ""
            draft.subject = subject if _REPLY_SUBJECT.match(subject) else f"RE: {subject}"
            draft.to = list(parent.reply_to or ([parent.sender] if parent.sender else []))
            original = parent.body if parent.body_type == "html" else mime.text_to_html(parent.body)
            # The parent's body inside the reply's, not its whole document.
            inner = _BODY.search(original)
            original = inner.group(1) if inner else original
            sender = parent.sender or ("", "")
            comment = str(body.get("comment", ""))
            draft.body = (
                f'<html><body><div>{comment}</div><hr><div id="divRplyFwdMsg"><b>From:</b> {html.escape(sender[0])} '
                f"&lt;{html.escape(sender[1])}&gt;<br><b>Sent:</b> {iso_z(parent.sent or parent.created)}<br>"
                f"<b>Subject:</b> {html.escape(subject)}</div>{original}</body></html>"
            )
            if isinstance(body.get("message"), dict):
                self._apply(draft, body["message"], now)
            mailbox.add(draft)
        return context, mailbox, draft, now

    def create_reply(self, request: Request) -> Response:
        context, mailbox, draft, _ = self._reply_draft(request)
        self._emit([Change(mailbox, draft, "created", None, "drafts")])
        with self.world.lock:
            payload = self.render(mailbox, draft, context, None)
        context_url = f"{request.base_url}/v1.0/$metadata#users('{mailbox.user_id}')/messages/$entity"
        return json_response(201, {"@odata.context": context_url} | payload)

    def reply(self, request: Request) -> Response:
        _, mailbox, draft, now = self._reply_draft(request)
        self._send(mailbox, draft, now, via="graph.reply")
        return Response(202)

    def create_message(self, request: Request) -> Response:
        context, mailbox, now = self._ctx(request)
        body = request.json() or {}
        with self.world.lock:
            draft = self._new_draft(mailbox, now, None)
            self._apply(draft, body, now)
            mailbox.add(draft)
            payload = self.render(mailbox, draft, context, None)
        self._emit([Change(mailbox, draft, "created", None, "drafts")])
        return json_response(201, payload)

    def update_message(self, request: Request) -> Response:
        context, mailbox, message, now = self._message(request)
        patch = request.json() or {}
        with self.world.lock:
            self._apply(message, patch, now)
            mailbox.changed(message, now)
            payload = self.render(mailbox, message, context, None)
        self._emit([Change(mailbox, message, "updated", message.folder, message.folder)])
        return json_response(200, payload)

    def send(self, request: Request) -> Response:
        _, mailbox, message, now = self._message(request)
        if not message.is_draft:
            return graph_error(400, "ErrorInvalidOperation", "Only draft messages can be sent.", now)
        self._send(mailbox, message, now, via="graph.send")
        return Response(202)

    def send_mail(self, request: Request) -> Response:
        _, mailbox, now = self._ctx(request)
        body = request.json() or {}
        if not isinstance(body.get("message"), dict):
            return graph_error(400, "ErrorInvalidRequest", "The message parameter is required.", now)
        with self.world.lock:
            draft = self._new_draft(mailbox, now, None)
            self._apply(draft, body["message"], now)
            draft.conversation_id = conversation_id(conversation_guid(draft.conversation_index, ""))
        save = body.get("saveToSentItems", True) not in (False, "false")
        self._send(mailbox, draft, now, via="graph.sendMail", save=save)
        return Response(202)

    def _send(
        self,
        mailbox: GraphMailbox,
        draft: GraphMessage,
        now: dt.datetime,
        via: str,
        save: bool = True,
        reply_to_id: str | None = None,
    ) -> None:
        """Stamp headers, move the draft to Sent Items, record it in the outbox and route it."""
        with self.world.lock:
            parent = mailbox.messages.get(draft.parent_key) if draft.parent_key else None
            in_reply_to, references = reply_to_id, [reply_to_id] if reply_to_id else []
            if parent is not None:
                parent_refs = _header_ids(parent, "References") or _header_ids(parent, "In-Reply-To")
                references = mime.reply_chain(parent.internet_message_id, parent_refs)
                in_reply_to = parent.internet_message_id
            custom = list(draft.headers or [])
            text = draft.body if draft.body_type == "text" else mime.html_to_text(draft.body)
            html = draft.body if draft.body_type == "html" else None
            built = mime.build(
                sender=(mailbox.display_name, mailbox.address),
                to=draft.to,
                cc=draft.cc,
                subject=draft.subject,
                text=text,
                html=html,
                date=now,
                msg_id=draft.internet_message_id,
                in_reply_to=in_reply_to,
                references=references,
                extra_headers=[
                    ("Thread-Topic", mime.normalize_subject(draft.subject)),
                    ("Thread-Index", _b64(draft.conversation_index)),
                    *custom,
                ],
            )
            raw = mime.to_bytes(built)
            draft.headers = [(name, str(value)) for name, value in built.items()]
            draft.raw = raw
            draft.is_draft = False
            draft.sent = now
            draft.received = now
            changes: list[Change] = []
            if save:
                if draft.key in mailbox.messages:
                    mailbox.move(draft, "sentitems", now)
                    changes.append(Change(mailbox, draft, "moved", "drafts", "sentitems"))
                else:
                    draft.folder = "sentitems"
                    mailbox.add(draft)
                    changes.append(Change(mailbox, draft, "created", None, "sentitems"))
            elif draft.key in mailbox.messages:
                mailbox.delete(draft, now)
                changes.append(Change(mailbox, draft, "deleted", "drafts", None))
            record = self._sent_record(mailbox, draft, via, in_reply_to, references, text, now, html)
        log.info("send mailbox=%s via=%s", mailbox.user_id, via)
        self._emit(changes)
        recipients = [a for _, a in [*draft.to, *draft.cc, *draft.bcc]]
        self.world.record_sent(record, raw, recipients)

    def _sent_record(
        self,
        mailbox: GraphMailbox,
        message: GraphMessage,
        via: str,
        in_reply_to: str | None,
        references: list[str],
        text: str,
        now: dt.datetime,
        html: str | None = None,
    ) -> SentMail:
        return SentMail(
            provider="graph",
            mailbox=mailbox.address,
            via=via,
            provider_message_id=message.immutable_id,
            thread_id=message.conversation_id,
            internet_message_id=message.internet_message_id,
            in_reply_to=in_reply_to,
            references=references,
            subject=message.subject,
            from_address=mailbox.address,
            to=[a for _, a in message.to],
            cc=[a for _, a in message.cc],
            headers={n.lower(): v for n, v in message.headers or []},
            body_text=text,
            sent_at=iso_z(now),
            body_html=html,
            names={a: n for n, a in [*message.to, *message.cc] if n},
        )

    def move(self, request: Request) -> Response:
        context, mailbox, message, now = self._message(request)
        destination = str((request.json() or {}).get("destinationId", ""))
        with self.world.lock:
            folder = self._folder(mailbox, destination, now)
            source = message.folder
            mailbox.move(message, folder, now)
            payload = self.render(mailbox, message, context, None)
        self._emit([Change(mailbox, message, "moved", source, folder)])
        return json_response(201, payload)

    def delete_message(self, request: Request) -> Response:
        _, mailbox, message, now = self._message(request)
        with self.world.lock:
            source = message.folder
            if source == "deleteditems":
                mailbox.delete(message, now)
                change = Change(mailbox, message, "deleted", source, None)
            else:
                mailbox.move(message, "deleteditems", now)
                change = Change(mailbox, message, "moved", source, "deleteditems")
        self._emit([change])
        return Response(204)

    # ----------------------------------------------------------------- subscriptions

    def create_subscription(self, request: Request) -> Response:
        context: Context = request.context
        now = self.world.clock.now()
        body = request.json() or {}
        for required in ("changeType", "notificationUrl", "resource", "expirationDateTime"):
            if not body.get(required):
                return graph_error(
                    400,
                    "InvalidRequest",
                    f"{required} is a required property for subscription creation.",
                    now,
                )
        change_types = {c.strip() for c in str(body["changeType"]).split(",") if c.strip()}
        if not change_types or not change_types <= CHANGE_TYPES:
            return graph_error(400, "InvalidRequest", f"Invalid changeType '{body['changeType']}'.", now)
        client_state = body.get("clientState")
        if client_state is not None and len(str(client_state)) > 128:
            return graph_error(400, "InvalidRequest", "clientState must be at most 128 characters.", now)
        resource = str(body["resource"])
        target = _parse_resource(resource, context.token)
        mailbox = self.mailbox(target[0]) if target else None
        if target is None or mailbox is None or mailbox.tenant_id != context.token.tenant:
            return graph_error(
                400,
                "ExtensionError",
                f"Operation: Create; Exception: [Status Code: BadRequest; Reason: Unsupported resource '{resource}'.]",
                now,
            )
        if context.token.user_id is not None and context.token.user_id != mailbox.user_id:
            return graph_error(
                403,
                "ExtensionError",
                "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied.]",
                now,
            )
        folder = None
        if target[1] is not None:
            folder = mailbox.folder_name(target[1])
            if folder is None:
                return graph_error(
                    404,
                    "ExtensionError",
                    "Operation: Create; Exception: [Status Code: NotFound; Reason: The specified folder could not "
                    "be found in the store.]",
                    now,
                )
        expiration = self._check_expiration(body["expirationDateTime"], now)
        if isinstance(expiration, Response):
            return expiration
        urls = [str(body["notificationUrl"])]
        lifecycle = body.get("lifecycleNotificationUrl")
        if lifecycle:
            urls.append(str(lifecycle))
        if self.world.settings.graph_require_https_notification_url and any(not u.startswith("https://") for u in urls):
            return graph_error(400, "InvalidRequest", "The notification URL must use https.", now)
        for url in urls:
            token = f"Validation: Testing client application reachability for subscription Request-Id: {new_guid()}"
            if not validate_endpoint(url, token, self.world.settings.validation_timeout):
                return graph_error(
                    400,
                    "ValidationError",
                    "Subscription validation request failed. Notification endpoint must respond with 200 OK to "
                    "validation request.",
                    now,
                )
        sub = Subscription(
            subscription_id=new_guid(),
            application_id=context.token.client_id,
            creator_id=context.token.user_id or context.token.client_id,
            tenant_id=mailbox.tenant_id,
            user_id=mailbox.user_id,
            folder=folder,
            resource=resource,
            change_types=change_types,
            notification_url=urls[0],
            lifecycle_url=str(lifecycle) if lifecycle else None,
            client_state=str(client_state) if client_state is not None else None,
            expiration=expiration,
            immutable_ids=context.immutable,
            tls_version=str(body.get("latestSupportedTlsVersion") or "v1_2"),
        )
        with self.world.lock:
            self.subscriptions[sub.subscription_id] = sub
        log.info("subscription created id=%s mailbox=%s folder=%s", sub.subscription_id, mailbox.user_id, folder)
        return json_response(201, sub.as_json(request.base_url))

    def _check_expiration(self, value: Any, now: dt.datetime) -> dt.datetime | Response:
        try:
            expiration = parse_instant(str(value))
        except ValueError:
            return graph_error(400, "InvalidRequest", "expirationDateTime is not a valid date.", now)
        maximum = self.world.settings.graph_max_subscription_minutes
        if expiration > now + dt.timedelta(minutes=maximum):
            return graph_error(
                400,
                "ExtensionError",
                f"Subscription expiration can only be {maximum} minutes in the future.",
                now,
            )
        if expiration <= now:
            return graph_error(400, "ExtensionError", "Subscription expiration must be in the future.", now)
        return expiration

    def _own_subscription(self, request: Request) -> Subscription:
        context: Context = request.context
        with self.world.lock:
            sub = self.subscriptions.get(request.params["id"])
        if sub is None or sub.application_id != context.token.client_id:
            raise HttpError(graph_error(404, "ResourceNotFound", "The object was not found.", self.world.clock.now()))
        return sub

    def list_subscriptions(self, request: Request) -> Response:
        context: Context = request.context
        with self.world.lock:
            subs = [s for s in self.subscriptions.values() if s.application_id == context.token.client_id]
        return json_response(
            200,
            {
                "@odata.context": f"{request.base_url}/v1.0/$metadata#subscriptions",
                "value": [s.as_json(request.base_url) for s in subs],
            },
        )

    def get_subscription(self, request: Request) -> Response:
        return json_response(200, self._own_subscription(request).as_json(request.base_url))

    def update_subscription(self, request: Request) -> Response:
        sub = self._own_subscription(request)
        now = self.world.clock.now()
        body = request.json() or {}
        if "lifecycleNotificationUrl" in body:
            return graph_error(
                400,
                "InvalidRequest",
                "lifecycleNotificationUrl cannot be updated; recreate the subscription.",
                now,
            )
        if "expirationDateTime" in body:
            expiration = self._check_expiration(body["expirationDateTime"], now)
            if isinstance(expiration, Response):
                return expiration
            with self.world.lock:
                sub.expiration = expiration
                sub.paused = False
        if "notificationUrl" in body:
            sub.notification_url = str(body["notificationUrl"])
        return json_response(200, sub.as_json(request.base_url))

    def delete_subscription(self, request: Request) -> Response:
        sub = self._own_subscription(request)
        with self.world.lock:
            self.subscriptions.pop(sub.subscription_id, None)
        return Response(204)

    def reauthorize_subscription(self, request: Request) -> Response:
        sub = self._own_subscription(request)
        with self.world.lock:
            sub.paused = False
        return Response(204)

    def _expire_subscriptions(self, now: dt.datetime) -> None:
        with self.world.lock:
            for sub_id in [s.subscription_id for s in self.subscriptions.values() if s.expiration <= now]:
                log.info("subscription expired id=%s", sub_id)
                del self.subscriptions[sub_id]

    # ----------------------------------------------------------------- control operations

    def trigger_lifecycle(self, subscription_id: str, event: str) -> dict[str, Any]:
        if event not in LIFECYCLE_EVENTS:
            raise ValueError(f"lifecycle event must be one of {sorted(LIFECYCLE_EVENTS)}")
        with self.world.lock:
            sub = self.subscriptions.get(subscription_id)
            if sub is None:
                raise KeyError(f"no subscription {subscription_id!r}")
            if event == "reauthorizationRequired":
                sub.paused = True
            if event == "subscriptionRemoved":
                del self.subscriptions[subscription_id]
        payload = {
            "value": [
                {
                    "subscriptionId": sub.subscription_id,
                    "subscriptionExpirationDateTime": iso_z(sub.expiration, 7),
                    "tenantId": sub.tenant_id,
                    "clientState": sub.client_state,
                    "lifecycleEvent": event,
                }
            ]
        }
        if sub.lifecycle_url:
            self.notifier.submit(Delivery("graph.lifecycle", sub.lifecycle_url, payload))
        return {"subscription_id": subscription_id, "event": event, "posted": bool(sub.lifecycle_url)}

    def expire_delta_tokens(self, mailbox_ref: str, folder: str | None = None) -> int:
        mailbox = self.require_mailbox(mailbox_ref)
        with self.world.lock:
            doomed = [
                token
                for token, state in self.delta_states.items()
                if state.user_id == mailbox.user_id and (folder is None or state.folder == mailbox.folder_name(folder))
            ]
            for token in doomed:
                del self.delta_states[token]
        return len(doomed)

    def replay_delta(self, mailbox_ref: str, rounds: int = 1) -> None:
        mailbox = self.require_mailbox(mailbox_ref)
        with self.world.lock:
            mailbox.replay_rounds = rounds

    def send_by_hand(
        self,
        mailbox_ref: str,
        to: list[Recipient],
        text: str,
        subject: str | None = None,
        in_reply_to: str | None = None,
        cc: list[Recipient] | None = None,
    ) -> SentMail:
        """The user writes and sends a message in Outlook: it lands in Sent Items, with no x- headers.
        Replying to a message the mailbox holds keeps its conversation (Outlook copies Thread-Index)."""
        mailbox = self.require_mailbox(mailbox_ref)
        now = self.world.clock.now()
        with self.world.lock:
            parents = mailbox.by_internet_id(in_reply_to) if in_reply_to else []
            parent = parents[0] if parents else None
            draft = self._new_draft(mailbox, now, parent)
            topic = mime.normalize_subject(parent.subject) if parent else ""
            draft.subject = subject if subject is not None else (f"RE: {topic}" if parent else "")
            draft.body_type, draft.body = "text", text
            draft.to, draft.cc = list(to), list(cc or [])
        self._send(mailbox, draft, now, via="outlook.by_hand", reply_to_id=None if parent else in_reply_to)
        return self.world.sent(mailbox.address)[-1]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _quote(value: str) -> str:
    return quote(value, safe="")


def _recipient(value: Any) -> Recipient:
    email = (value or {}).get("emailAddress") or {}
    return (str(email.get("name") or ""), str(email.get("address") or ""))


def _header_ids(message: GraphMessage, name: str) -> list[str]:
    for header, value in message.headers or []:
        if header.lower() == name.lower():
            return mime.msgids(value)
    return []


def _page_size(context: Context, state: DeltaState, default: int) -> int:
    wanted = context.prefer.get("odata.maxpagesize")
    if wanted and wanted.isdigit():
        size = max(1, min(int(wanted), 1000))
        context.applied.append(f"odata.maxpagesize={size}")
        return size
    return state.page_size or default


def _change_type_for(folder: str | None, change: Change) -> str | None:
    if folder is None:
        return {"created": "created", "updated": "updated", "moved": "updated", "deleted": "deleted"}[change.kind]
    if change.kind == "created" and change.folder_to == folder:
        return "created"
    if change.kind == "updated" and change.folder_to == folder:
        return "updated"
    if change.kind == "moved":
        if change.folder_to == folder:
            return "created"
        if change.folder_from == folder:
            return "deleted"
    if change.kind == "deleted" and change.folder_from == folder:
        return "deleted"
    return None


def _parse_resource(resource: str, token: AccessToken) -> tuple[str, str | None] | None:
    """``(user, folder or None)`` for the message resources Outlook subscriptions accept."""
    path = re.sub(r"\(\s*'([^']*)'\s*\)", r"/\1", resource.strip().strip("/"))
    parts = path.split("/")
    if parts and parts[0].lower() == "me":
        if token.user_id is None:
            return None
        parts = ["users", token.user_id, *parts[1:]]
    if len(parts) == 3 and parts[0].lower() == "users" and parts[2].lower() == "messages":
        return parts[1], None
    if (
        len(parts) == 5
        and parts[0].lower() == "users"
        and parts[2].lower() == "mailfolders"
        and parts[4].lower() == "messages"
    ):
        return parts[1], parts[3]
    return None


def _parse_filter(expression: str | None, now: dt.datetime) -> list[Any]:
    """The few ``$filter`` clauses the connector needs, joined by ``and``."""
    if not expression:
        return []
    predicates = []
    for clause in re.split(r"\s+and\s+", expression.strip(), flags=re.IGNORECASE):
        match = re.fullmatch(r"(\w+)\s+(eq|ge|gt|le|lt)\s+(.+)", clause.strip(), re.IGNORECASE)
        if not match:
            raise HttpError(graph_error(400, "BadRequest", f"Invalid filter clause: {clause}", now))
        name, op, literal = match.group(1).lower(), match.group(2).lower(), match.group(3).strip()
        if name in ("conversationid", "internetmessageid", "subject") and op == "eq" and literal.startswith("'"):
            attr = {
                "conversationid": "conversation_id",
                "internetmessageid": "internet_message_id",
                "subject": "subject",
            }[name]
            value = literal.strip("'").replace("''", "'")
            predicates.append(lambda m, a=attr, v=value: getattr(m, a) == v)
        elif name in ("isread", "isdraft") and op == "eq" and literal in ("true", "false"):
            attr = "is_read" if name == "isread" else "is_draft"
            predicates.append(lambda m, a=attr, v=literal == "true": getattr(m, a) == v)
        elif name in ("receiveddatetime", "sentdatetime"):
            instant = parse_instant(literal)
            compare = {
                "eq": lambda x, y: x == y,
                "ge": lambda x, y: x >= y,
                "gt": lambda x, y: x > y,
                "le": lambda x, y: x <= y,
                "lt": lambda x, y: x < y,
            }[op]
            if name == "receiveddatetime":
                predicates.append(lambda m, c=compare, i=instant: c(m.received, i))
            else:
                predicates.append(lambda m, c=compare, i=instant: c(m.sent or m.created, i))
        else:
            raise HttpError(graph_error(400, "BadRequest", f"Invalid filter clause: {clause}", now))
    return predicates
