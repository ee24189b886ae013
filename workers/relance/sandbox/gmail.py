"""Gmail API (v1) sandbox: messages, threads, history, watch/stop with Cloud Pub/Sub push, and Google's
OAuth endpoints: authorization (``/o/oauth2/v2/auth``, as accounts.google.com serves it) and token (``/token``).

The authorization endpoint follows Google's web server flow: ``client_id``, ``redirect_uri``,
``response_type=code``, ``scope``, ``state``, optional PKCE (``code_challenge`` with ``S256`` or ``plain``),
``access_type=offline`` for a refresh token, ``login_hint`` naming the account. It consents at once as that
account (or the only Gmail user) and redirects to ``redirect_uri`` with ``code`` and ``state``; an unknown
client or a ``response_type`` other than ``code`` gets an error page (400), never a redirect. The code is
redeemed once at the token endpoint (``grant_type=authorization_code`` with the same ``redirect_uri`` and
the PKCE ``code_verifier``), which answers Google's JSON: access token, refresh token (offline only), scope
and an ``id_token`` (RS256, keys at ``/oauth2/v3/certs``) carrying the account's ``email``.

Served under ``/gmail/v1`` (so ``googleapiclient.discovery.build("gmail", "v1", static_discovery=True,
client_options={"api_endpoint": sandbox_url})`` works unchanged) and ``/token`` (google-auth's
``token_uri``). History ids grow by uneven steps; a ``startHistoryId`` older than the retained history
answers 404. Threading of sent mail follows Gmail's documented rule: the requested ``threadId``, RFC 2822
``In-Reply-To``/``References`` pointing into the thread, and a matching subject.

An injected fault answers with the error body of the endpoint it hits: the Gmail API's
``{"error": {"code", "message", "errors": [{"message", "domain", "reason"}], "status"}}`` under ``/gmail/v1``,
OAuth's ``{"error", "error_description"}`` on Google's OAuth endpoints (``/token``, ``/revoke``,
``/o/oauth2/...``, ``/oauth2/v3/certs``): see :meth:`GmailService.fault_response`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import urlencode

from relance.sandbox import mime
from relance.sandbox.auth import AccessToken, TokenStore, pkce_matches
from relance.sandbox.notify import Delivery, Notifier
from relance.sandbox.web import HttpError, Request, Response, Router, json_response, text_response
from relance.sandbox.world import FaultRule, SentMail, World, fault_headers, iso_z

log = logging.getLogger("relance.sandbox.gmail")

SYSTEM_LABELS = ["INBOX", "SENT", "UNREAD", "DRAFT", "TRASH", "SPAM", "STARRED", "IMPORTANT"]
HISTORY_TYPES = {"messageAdded", "messageDeleted", "labelAdded", "labelRemoved"}
FORMATS = {"full", "metadata", "minimal", "raw"}
# The service account a push subscription's OIDC tokens name unless its creator names another.
PUBSUB_SERVICE_ACCOUNT = "gmail-push@relance-sandbox.iam.gserviceaccount.com"
STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def google_error(
    status: int, reason: str, message: str, domain: str = "global", headers: list[tuple[str, str]] | None = None
) -> Response:
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": STATUS_NAMES.get(status, "UNKNOWN"),
        }
    }
    return json_response(status, body, headers)


# Google's OAuth endpoints (accounts.google.com, oauth2.googleapis.com): they answer OAuth's error body.
OAUTH_PATHS = frozenset({"/token", "/revoke", "/oauth2/v3/certs"})
# What Google's token endpoint says when it refuses (RFC 6749 5.2 errors, Google's own descriptions).
OAUTH_DESCRIPTIONS = {
    "invalid_request": "Bad Request",
    "invalid_grant": "Token has been expired or revoked.",
    "invalid_client": "The OAuth client was not found.",
    "unauthorized_client": "Unauthorized",
    "unsupported_grant_type": "Invalid grant_type: ",
    "invalid_scope": "Bad Request",
    "invalid_token": "Token expired or revoked",
    "temporarily_unavailable": "Rate Limit Exceeded",
}
OAUTH_ERROR_BY_STATUS = {
    400: "invalid_request",
    401: "invalid_client",
    403: "unauthorized_client",
    429: "temporarily_unavailable",
}


def is_oauth_path(path: str) -> bool:
    return path in OAUTH_PATHS or path.startswith("/o/oauth2/")


def oauth_error(status: int, error: str, headers: list[tuple[str, str]] | None = None) -> Response:
    """Google's OAuth error body. A failure of the token endpoint itself (5xx) is ``{"error": "internal_failure"}``
    and nothing else, as oauth2.googleapis.com answers it; Google documents no body for a throttled token request,
    so a 429 carries OAuth's ``temporarily_unavailable`` (which google-auth, like any OAuth client, retries)."""
    if status >= 500:
        return json_response(status, {"error": error}, headers)
    description = OAUTH_DESCRIPTIONS.get(error, "Bad Request")
    return json_response(status, {"error": error, "error_description": description}, headers)


def not_found() -> HttpError:
    return HttpError(google_error(404, "notFound", "Requested entity was not found."))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


def b64url_decode(text: str) -> bytes:
    cleaned = text.strip().replace("+", "-").replace("/", "_")
    return base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))


@dataclass
class GmailMessage:
    message_id: str
    thread_id: str
    labels: list[str]
    raw: bytes
    internal_date: dt.datetime
    history_id: int
    parsed: Message

    @property
    def rfc822_id(self) -> str:
        return str(self.parsed.get("Message-ID") or "").strip()


@dataclass
class HistoryRecord:
    history_id: int
    kind: str
    message_id: str
    thread_id: str
    labels: list[str]
    changed_labels: list[str]
    at: dt.datetime


@dataclass
class Watch:
    topic: str
    label_ids: list[str]
    behavior: str
    expiration: dt.datetime


@dataclass
class GmailMailbox:
    address: str
    messages: dict[str, GmailMessage] = field(default_factory=dict)
    history: list[HistoryRecord] = field(default_factory=list)
    history_id: int = field(default_factory=lambda: 1000 + secrets.randbelow(9000))
    history_floor: int = 0
    watch: Watch | None = None
    last_push: float = 0.0

    def bump(self) -> int:
        self.history_id += 1 + secrets.randbelow(37)
        return self.history_id


@dataclass
class PushSubscription:
    name: str
    topic: str
    endpoint: str
    audience: str | None
    service_account: str


class GmailService:
    def __init__(self, world: World, tokens: TokenStore, notifier: Notifier) -> None:
        self.world = world
        self.tokens = tokens
        self.notifier = notifier
        self.mailboxes: dict[str, GmailMailbox] = {}
        self.push_subscriptions: list[PushSubscription] = []
        self.topics: set[str] = set()
        self._push_lock = threading.Lock()
        world.register_sink(self)
        world.clock.on_move(self._apply_retention)

    def register(self, router: Router) -> None:
        router.add("POST", "/token", self.token)
        router.add("GET", "/o/oauth2/v2/auth", self.authorize)
        router.add("POST", "/revoke", self.revoke)
        router.add("GET", "/oauth2/v3/certs", self.certs)
        users = "/gmail/v1/users/{user}"
        for method, path, handler in (
            ("GET", "/profile", self.get_profile),
            ("POST", "/watch", self.watch),
            ("POST", "/stop", self.stop),
            ("GET", "/history", self.list_history),
            ("GET", "/labels", self.list_labels),
            ("GET", "/messages", self.list_messages),
            ("POST", "/messages/send", self.send),
            ("GET", "/messages/{id}", self.get_message),
            ("GET", "/threads/{id}", self.get_thread),
        ):
            router.add(method, users + path, self._api(handler))

    # ----------------------------------------------------------------- directory and grants

    def add_user(self, address: str) -> GmailMailbox:
        with self.world.lock:
            return self.mailboxes.setdefault(address.lower(), GmailMailbox(address))

    def mailbox(self, ref: str) -> GmailMailbox | None:
        return self.mailboxes.get(ref.lower())

    def require_mailbox(self, ref: str) -> GmailMailbox:
        box = self.mailbox(ref)
        if box is None:
            raise KeyError(f"no Gmail mailbox {ref!r}")
        return box

    def issue_refresh_token(self, client_id: str, user: str, scopes: list[str] | None) -> str:
        client = self.tokens.clients[client_id]
        box = self.require_mailbox(user)
        granted = scopes or ["https://www.googleapis.com/auth/gmail.modify"]
        _, refresh = self.tokens.grant("google", client, box.address.lower(), granted, self.world.clock.now())
        return refresh

    def push_token(self, audience: str, service_account: str) -> str:
        """The OIDC token Pub/Sub puts on a push of an authenticated subscription (Google's claims, signed by the
        sandbox's key, which its JWKS publishes), valid for an hour of real time: the function checks expiry
        against its own clock."""
        real_now = int(time.time())
        claims = {
            "aud": audience,
            "azp": "1" + "0" * 20,
            "email": service_account,
            "email_verified": True,
            "exp": real_now + 3600,
            "iat": real_now,
            "iss": "https://accounts.google.com",
            "sub": "1" + "0" * 20,
        }
        return self.tokens.signer.sign(claims)

    def add_push_subscription(
        self, topic: str, endpoint: str, name: str | None, audience: str | None, service_account: str
    ) -> dict[str, str]:
        if not re.fullmatch(r"projects/[^/]+/topics/[^/]+", topic):
            raise ValueError("topic must look like projects/<project>/topics/<topic>")
        project = topic.split("/")[1]
        sub = PushSubscription(
            name or f"projects/{project}/subscriptions/relance-push-{secrets.token_hex(3)}",
            topic,
            endpoint,
            audience,
            service_account,
        )
        with self.world.lock:
            self.topics.add(topic)
            self.push_subscriptions.append(sub)
        return {"subscription": sub.name, "topic": topic}

    def expire_history(self, ref: str) -> str:
        box = self.require_mailbox(ref)
        with self.world.lock:
            box.history.clear()
            box.history_floor = box.bump()
            return str(box.history_floor)

    def _apply_retention(self, now: dt.datetime) -> None:
        horizon = now - dt.timedelta(days=self.world.settings.gmail_history_retention_days)
        with self.world.lock:
            for box in self.mailboxes.values():
                old = [r for r in box.history if r.at < horizon]
                if old:
                    box.history_floor = max(box.history_floor, old[-1].history_id)
                    box.history = [r for r in box.history if r.at >= horizon]

    def summary(self, ref: str) -> list[dict[str, Any]]:
        box = self.require_mailbox(ref)
        with self.world.lock:
            return [
                {
                    "id": m.message_id,
                    "threadId": m.thread_id,
                    "labelIds": list(m.labels),
                    "subject": str(m.parsed.get("Subject") or ""),
                    "internet_message_id": m.rfc822_id,
                }
                for m in box.messages.values()
            ]

    # ----------------------------------------------------------------- OAuth

    def token(self, request: Request) -> Response:
        form = request.form()
        client = self.tokens.check_client("google", form.get("client_id", ""), form.get("client_secret"))
        if client is None:
            return json_response(
                401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
            )
        if form.get("grant_type") == "authorization_code":
            return self._redeem_code(request, client, form)
        if form.get("grant_type") != "refresh_token":
            return json_response(
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": "Invalid grant_type: " + form.get("grant_type", ""),
                },
            )
        with self.tokens.lock:
            grant = self.tokens.refresh.get(form.get("refresh_token", ""))
        if grant is None or grant.provider != "google" or grant.client_id != client.client_id:
            return json_response(400, {"error": "invalid_grant", "error_description": "Bad Request"})
        if grant.revoked_at is not None:
            return json_response(
                400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            )
        lifetime = self.world.settings.access_token_lifetime
        token, _ = self.tokens.issue_access(
            "google", client, grant.user_id, grant.scopes, self.world.clock.now(), lifetime, grant, prefix="ya29"
        )
        return json_response(
            200,
            {"access_token": token, "expires_in": lifetime, "scope": " ".join(grant.scopes), "token_type": "Bearer"},
        )

    def authorize(self, request: Request) -> Response:
        """Consent at once (no UI) as ``login_hint`` (or the only Gmail user): redirect with a code."""
        client = self.tokens.check_client("google", request.arg("client_id") or "", None)
        redirect_uri = request.arg("redirect_uri") or ""
        if client is None:
            return text_response(401, "Error 401: invalid_client. The OAuth client was not found.")
        if not redirect_uri.startswith(("https://", "http://")):
            return text_response(400, "Error 400: redirect_uri_mismatch.")
        if request.arg("response_type") != "code":
            return text_response(400, "Error 400: unsupported_response_type.")
        method = request.arg("code_challenge_method") or "plain"
        if request.arg("code_challenge") and method not in ("S256", "plain"):
            return text_response(400, "Error 400: invalid_request. Invalid code_challenge_method.")
        hint = (request.arg("login_hint") or "").lower()
        box = (
            self.mailbox(hint) if hint else (next(iter(self.mailboxes.values())) if len(self.mailboxes) == 1 else None)
        )
        if box is None:
            return text_response(400, "Error 400: invalid_request. This account cannot consent here.")
        scopes = (request.arg("scope") or "").split()
        if not scopes:
            return text_response(400, "Error 400: invalid_request. Missing required parameter: scope")
        code = "4/0" + secrets.token_urlsafe(40)
        with self.tokens.lock:
            self.tokens.codes[code] = {
                "provider": "google",
                "client_id": client.client_id,
                "redirect_uri": redirect_uri,
                "user_id": box.address.lower(),
                "scopes": scopes,
                "offline": request.arg("access_type") == "offline",
                "challenge": request.arg("code_challenge"),
                "challenge_method": method,
            }
        query = urlencode({"state": request.arg("state") or "", "code": code, "scope": " ".join(scopes)})
        separator = "&" if "?" in redirect_uri else "?"
        return Response(302, b"", [("Location", f"{redirect_uri}{separator}{query}")])

    def _redeem_code(self, request: Request, client: Any, form: dict[str, str]) -> Response:
        with self.tokens.lock:
            entry = self.tokens.codes.pop(form.get("code", ""), None)
        if entry is None or entry.get("provider") != "google" or entry["client_id"] != client.client_id:
            return json_response(400, {"error": "invalid_grant", "error_description": "Malformed auth code."})
        if entry["redirect_uri"] != form.get("redirect_uri"):
            return json_response(400, {"error": "redirect_uri_mismatch", "error_description": "Bad Request"})
        if entry["challenge"] and not pkce_matches(
            form.get("code_verifier", ""), entry["challenge"], entry["challenge_method"]
        ):
            return json_response(400, {"error": "invalid_grant", "error_description": "Invalid code verifier."})
        now = self.world.clock.now()
        user = entry["user_id"]
        grant, refresh = self.tokens.grant("google", client, user, entry["scopes"], now)
        lifetime = self.world.settings.access_token_lifetime
        token, _ = self.tokens.issue_access("google", client, user, grant.scopes, now, lifetime, grant, prefix="ya29")
        real_now = int(time.time())  # client libraries check id_token times against the host clock
        claims = {
            "iss": "https://accounts.google.com",
            "azp": client.client_id,
            "aud": client.client_id,
            "sub": str(int.from_bytes(hashlib.sha256(user.encode()).digest()[:8], "big")),
            "email": user,
            "email_verified": True,
            "iat": real_now,
            "exp": real_now + 3600,
        }
        body: dict[str, Any] = {
            "access_token": token,
            "expires_in": lifetime,
            "scope": " ".join(grant.scopes),
            "token_type": "Bearer",
            "id_token": self.tokens.signer.sign(claims),
        }
        if entry["offline"]:
            body["refresh_token"] = refresh
        return json_response(200, body)

    def revoke(self, request: Request) -> Response:
        """Google's revocation endpoint (RFC 7009, ``https://oauth2.googleapis.com/revoke``): ``token`` (form
        body, or the query string as older clients send it) is a refresh or an access token; revoking either
        revokes the grant behind it, its refresh tokens and the access tokens it issued. No client
        authentication. 200 when revoked; 400 ``invalid_token`` for a token Google does not know (or no
        longer: already revoked)."""
        token = request.form().get("token") or request.arg("token") or ""
        with self.tokens.lock:
            grant = self.tokens.refresh.get(token)
            if grant is None:
                access = self.tokens.access.get(token)
                if access is not None and access.provider == "google" and not access.revoked:
                    grant = access.grant
                    access.revoked = True
                    if grant is None:
                        return json_response(200, {})
        if grant is None or grant.provider != "google" or grant.revoked_at is not None:
            return json_response(400, {"error": "invalid_token", "error_description": "Token expired or revoked"})
        now = self.world.clock.now()
        with self.tokens.lock:
            grant.revoked_at = now
            for record in self.tokens.access.values():
                if record.grant is grant:
                    record.revoked = True
        return json_response(200, {})

    def certs(self, request: Request) -> Response:
        return json_response(200, self.tokens.signer.jwks())

    # ----------------------------------------------------------------- request pipeline

    def fault_response(self, rule: FaultRule, now: dt.datetime, path: str = "/gmail/v1") -> Response:
        """An injected fault as Google answers it on ``path``: OAuth's error body on its OAuth endpoints
        (``rule.reason`` is the OAuth ``error``), the Gmail API's elsewhere (``rule.reason`` is the reason)."""
        headers = fault_headers(rule, now)
        if is_oauth_path(path):
            default = "internal_failure" if rule.status >= 500 else OAUTH_ERROR_BY_STATUS.get(rule.status)
            return oauth_error(rule.status, rule.reason or default or "invalid_request", headers)
        if rule.status == 429:
            return google_error(429, rule.reason or "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits", headers)
        if rule.status == 403:
            return google_error(
                403, rule.reason or "userRateLimitExceeded", "User Rate Limit Exceeded", "usageLimits", headers
            )
        if rule.status == 503:
            return google_error(
                503, rule.reason or "backendError", "The service is currently unavailable.", headers=headers
            )
        return google_error(rule.status, rule.reason or "backendError", "Injected fault.", headers=headers)

    def _api(self, handler: Any) -> Any:
        def wrapped(request: Request) -> Response:
            record = self._authenticate(request)
            if isinstance(record, Response):
                return record
            ref = request.params["user"]
            address = record.user_id or ""
            if ref != "me" and ref.lower() != address:
                return google_error(403, "forbidden", f"Delegation denied for {address}")
            box = self.mailbox(address)
            if box is None:
                return google_error(400, "failedPrecondition", "Mail service not enabled")
            request.context = box
            if self.world.settings.latency_seconds:
                time.sleep(self.world.settings.latency_seconds)
            try:
                response: Response = handler(request, box)
            except HttpError as error:
                return error.response
            return response

        return wrapped

    def _authenticate(self, request: Request) -> AccessToken | Response:
        header = request.header("authorization")
        challenge = [("WWW-Authenticate", 'Bearer realm="https://accounts.google.com/", error="invalid_token"')]
        record = self.tokens.lookup_access(header[7:].strip()) if header.lower().startswith("bearer ") else None
        if (
            record is None
            or record.provider != "google"
            or record.revoked
            or record.expires_at <= self.world.clock.now()
        ):
            message = (
                "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "
                "other valid authentication credential. See "
                "https://developers.google.com/identity/sign-in/web/devconsole-project."
            )
            body = google_error(401, "authError", message, headers=challenge)
            payload = json.loads(body.body)
            payload["error"]["errors"][0] |= {
                "message": "Invalid Credentials",
                "location": "Authorization",
                "locationType": "header",
            }
            return json_response(401, payload, challenge)
        return record

    # ----------------------------------------------------------------- rendering

    def render(self, message: GmailMessage, fmt: str, headers_wanted: list[str]) -> dict[str, Any]:
        body_type, body = mime.body_of(mime.parse(message.raw))
        text = body if body_type == "text" else mime.html_to_text(body)
        rendered: dict[str, Any] = {
            "id": message.message_id,
            "threadId": message.thread_id,
            "labelIds": list(message.labels),
            "snippet": " ".join(text.split())[:200],
            "sizeEstimate": len(message.raw),
            "historyId": str(message.history_id),
            "internalDate": str(int(message.internal_date.timestamp() * 1000)),
        }
        if fmt == "raw":
            rendered["raw"] = b64url(message.raw)
        elif fmt == "full":
            rendered["payload"] = _part_json(message.parsed, "")
        elif fmt == "metadata":
            wanted = {h.lower() for h in headers_wanted}
            rendered["payload"] = {
                "mimeType": message.parsed.get_content_type(),
                "headers": [
                    {"name": n, "value": str(v)} for n, v in message.parsed.items() if not wanted or n.lower() in wanted
                ],
            }
        return rendered

    def _format(self, request: Request) -> str:
        fmt = (request.arg("format") or "full").lower()
        if fmt not in FORMATS:
            raise HttpError(google_error(400, "invalidArgument", f"Invalid value at 'format' ({fmt})"))
        return fmt

    # ----------------------------------------------------------------- handlers

    def get_profile(self, request: Request, box: GmailMailbox) -> Response:
        with self.world.lock:
            threads = {m.thread_id for m in box.messages.values()}
            return json_response(
                200,
                {
                    "emailAddress": box.address,
                    "messagesTotal": len(box.messages),
                    "threadsTotal": len(threads),
                    "historyId": str(box.history_id),
                },
            )

    def list_labels(self, request: Request, box: GmailMailbox) -> Response:
        return json_response(
            200, {"labels": [{"id": label, "name": label, "type": "system"} for label in SYSTEM_LABELS]}
        )

    def get_message(self, request: Request, box: GmailMailbox) -> Response:
        fmt = self._format(request)
        with self.world.lock:
            message = box.messages.get(request.params["id"])
            if message is None:
                raise not_found()
            return json_response(200, self.render(message, fmt, request.args("metadataHeaders")))

    def get_thread(self, request: Request, box: GmailMailbox) -> Response:
        fmt = self._format(request)
        with self.world.lock:
            members = sorted(
                (m for m in box.messages.values() if m.thread_id == request.params["id"]),
                key=lambda m: m.internal_date,
            )
            if not members:
                raise not_found()
            rendered = [self.render(m, fmt, request.args("metadataHeaders")) for m in members]
            return json_response(
                200,
                {
                    "id": request.params["id"],
                    "snippet": rendered[-1]["snippet"],
                    "historyId": str(max(m.history_id for m in members)),
                    "messages": rendered,
                },
            )

    def list_messages(self, request: Request, box: GmailMailbox) -> Response:
        labels = request.args("labelIds")
        predicates = _parse_query(request.arg("q") or "")
        include_spam = (request.arg("includeSpamTrash") or "false").lower() == "true"
        size = _max_results(request, default=100)
        offset = _page_offset(request.arg("pageToken"))
        with self.world.lock:
            found = sorted(box.messages.values(), key=lambda m: m.internal_date, reverse=True)
            found = [
                m
                for m in found
                if all(label in m.labels for label in labels)
                and all(p(m) for p in predicates)
                and (include_spam or not ({"SPAM", "TRASH"} & set(m.labels)))
            ]
        page = found[offset : offset + size]
        payload: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            payload["messages"] = [{"id": m.message_id, "threadId": m.thread_id} for m in page]
        if offset + size < len(found):
            payload["nextPageToken"] = _page_token(offset + size)
        return json_response(200, payload)

    def list_history(self, request: Request, box: GmailMailbox) -> Response:
        start_text = request.arg("startHistoryId")
        if not start_text or not start_text.isdigit():
            return google_error(400, "invalidArgument", "Invalid startHistoryId")
        start = int(start_text)
        kinds = set(request.args("historyTypes")) or HISTORY_TYPES
        label = request.arg("labelId")
        size = _max_results(request, default=100)
        offset = _page_offset(request.arg("pageToken"))
        with self.world.lock:
            if start < box.history_floor:
                log.info("history mailbox=%s result=404 reason=expired", box.address)
                raise not_found()
            records = [
                r
                for r in box.history
                if r.history_id > start
                and r.kind in kinds
                and (label is None or label in r.labels or label in r.changed_labels)
            ]
            current = box.history_id
        page = records[offset : offset + size]
        payload: dict[str, Any] = {"historyId": str(current)}
        if page:
            payload["history"] = [_history_json(r) for r in page]
        if offset + size < len(records):
            payload["nextPageToken"] = _page_token(offset + size)
        return json_response(200, payload)

    def watch(self, request: Request, box: GmailMailbox) -> Response:
        body = request.json() or {}
        topic = str(body.get("topicName") or "")
        if not re.fullmatch(r"projects/[^/]+/topics/[^/]+", topic):
            return google_error(
                400, "invalidArgument", "Invalid topicName does not match projects/SOME_PROJECT/topics/*"
            )
        if topic not in self.topics:
            return google_error(
                403,
                "forbidden",
                f"Error sending test message to Cloud PubSub {topic} : User not authorized to perform this action.",
            )
        behavior = str(body.get("labelFilterBehavior") or body.get("labelFilterAction") or "include").lower()
        expiration = self.world.clock.now() + dt.timedelta(days=7)
        with self.world.lock:
            box.watch = Watch(topic, list(body.get("labelIds") or []), behavior, expiration)
            history_id = box.history_id
        self._publish(box, history_id, force=True)
        return json_response(200, {"historyId": str(history_id), "expiration": str(int(expiration.timestamp() * 1000))})

    def stop(self, request: Request, box: GmailMailbox) -> Response:
        with self.world.lock:
            box.watch = None
        return Response(204)

    def send(self, request: Request, box: GmailMailbox) -> Response:
        body = request.json() or {}
        if not body.get("raw"):
            return google_error(
                400,
                "invalidArgument",
                "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
            )
        try:
            raw = b64url_decode(str(body["raw"]))
        except ValueError:
            return google_error(400, "invalidArgument", "Invalid raw message")
        message = self._send_raw(box, raw, body.get("threadId"), via="gmail.send")
        return json_response(200, {"id": message.message_id, "threadId": message.thread_id, "labelIds": message.labels})

    # ----------------------------------------------------------------- mail flow

    def _send_raw(self, box: GmailMailbox, raw: bytes, thread_id: Any, via: str) -> GmailMessage:
        parsed = mime.parse(raw)
        now = self.world.clock.now()
        if not parsed.get("From"):
            parsed["From"] = box.address
        if not parsed.get("Message-ID"):
            parsed["Message-ID"] = f"<CA{secrets.token_urlsafe(30)}@mail.gmail.com>"
        if not parsed.get("Date"):
            from email.utils import format_datetime

            parsed["Date"] = format_datetime(now)
        raw = mime.to_bytes(parsed)
        recipients = [
            a for _, a in mime.addresses(parsed, "To") + mime.addresses(parsed, "Cc") + mime.addresses(parsed, "Bcc")
        ]
        if parsed.get("Bcc"):
            del parsed["Bcc"]
            raw_for_copy = mime.to_bytes(parsed)
        else:
            raw_for_copy = raw
        with self.world.lock:
            if thread_id:
                if not any(m.thread_id == thread_id for m in box.messages.values()):
                    raise HttpError(google_error(400, "invalidArgument", "Invalid thread_id value"))
                joined = self._joins_thread(box, parsed, str(thread_id))
            else:
                joined = None
            labels = ["SENT"] + (["INBOX"] if box.address.lower() in (r.lower() for r in recipients) else [])
            message = self._add(box, raw_for_copy, labels, joined, now)
            record = SentMail(
                provider="gmail",
                mailbox=box.address,
                via=via,
                provider_message_id=message.message_id,
                thread_id=message.thread_id,
                internet_message_id=message.rfc822_id,
                in_reply_to=next(iter(mime.msgids(str(parsed.get("In-Reply-To") or ""))), None),
                references=mime.msgids(str(parsed.get("References") or "")),
                subject=str(parsed.get("Subject") or ""),
                from_address=box.address,
                to=[a for _, a in mime.addresses(parsed, "To")],
                cc=[a for _, a in mime.addresses(parsed, "Cc")],
                headers={n.lower(): str(v) for n, v in parsed.items()},
                body_text=mime.text_of(parsed),
                sent_at=iso_z(now),
                body_html=mime.html_of(parsed),
                names={a: n for n, a in [*mime.addresses(parsed, "To"), *mime.addresses(parsed, "Cc")] if n},
            )
        log.info("send mailbox=%s via=%s", box.address, via)
        self._changed(box, message)
        self.world.record_sent(record, raw_for_copy, [r for r in recipients if r.lower() != box.address.lower()])
        return message

    def _joins_thread(self, box: GmailMailbox, parsed: Message, thread_id: str) -> str | None:
        """Gmail's rule: requested threadId, reply headers pointing into it, and a matching subject."""
        members = [m for m in box.messages.values() if m.thread_id == thread_id]
        pointed = set(mime.msgids(str(parsed.get("In-Reply-To") or ""))) | set(
            mime.msgids(str(parsed.get("References") or ""))
        )
        topic = mime.normalize_subject(str(parsed.get("Subject") or ""))
        if any(m.rfc822_id in pointed for m in members) and any(
            mime.normalize_subject(str(m.parsed.get("Subject") or "")) == topic for m in members
        ):
            return thread_id
        return None

    def _add(
        self, box: GmailMailbox, raw: bytes, labels: list[str], thread_id: str | None, now: dt.datetime
    ) -> GmailMessage:
        message_id = f"{int(now.timestamp() * 1000):x}{secrets.token_hex(3)}"[-16:]
        history_id = box.bump()
        message = GmailMessage(message_id, thread_id or message_id, labels, raw, now, history_id, mime.parse(raw))
        box.messages[message_id] = message
        box.history.append(
            HistoryRecord(history_id, "messageAdded", message_id, message.thread_id, list(labels), [], now)
        )
        return message

    def owns(self, address: str) -> bool:
        return self.mailbox(address) is not None

    def deliver(self, address: str, raw: bytes) -> None:
        """Mail from outside: INBOX + UNREAD, threaded with the message its headers point to when the
        subject matches (Gmail's conversation rule)."""
        box = self.require_mailbox(address)
        parsed = mime.parse(raw)
        now = self.world.clock.now()
        with self.world.lock:
            pointed = set(mime.msgids(str(parsed.get("In-Reply-To") or ""))) | set(
                mime.msgids(str(parsed.get("References") or ""))
            )
            topic = mime.normalize_subject(str(parsed.get("Subject") or ""))
            thread = None
            for candidate in box.messages.values():
                if (
                    candidate.rfc822_id in pointed
                    and mime.normalize_subject(str(candidate.parsed.get("Subject") or "")) == topic
                ):
                    thread = candidate.thread_id
                    break
            message = self._add(box, raw, ["INBOX", "UNREAD"], thread, now)
        log.info("deliver mailbox=%s", box.address)
        self._changed(box, message)

    def lookup(self, address: str, internet_message_id: str) -> bytes | None:
        box = self.mailbox(address)
        if box is None:
            return None
        with self.world.lock:
            for message in box.messages.values():
                if message.rfc822_id == internet_message_id:
                    return message.raw
        return None

    def send_by_hand(
        self,
        ref: str,
        to: list[tuple[str, str]],
        text: str,
        subject: str | None = None,
        in_reply_to: str | None = None,
        cc: list[tuple[str, str]] | None = None,
    ) -> SentMail:
        """The user replies from Gmail's web UI: same thread, reply headers, ``Re:`` subject."""
        box = self.require_mailbox(ref)
        parent = None
        with self.world.lock:
            for message in box.messages.values():
                if in_reply_to and message.rfc822_id == in_reply_to:
                    parent = message
        topic = mime.normalize_subject(str(parent.parsed.get("Subject") or "")) if parent else ""
        refs = mime.msgids(str(parent.parsed.get("References") or "")) if parent else []
        built = mime.build(
            sender=("", box.address),
            to=to,
            cc=list(cc or []) or None,
            subject=subject if subject is not None else (f"Re: {topic}" if parent else ""),
            text=text,
            date=self.world.clock.now(),
            msg_id=f"<CA{secrets.token_urlsafe(30)}@mail.gmail.com>",
            in_reply_to=in_reply_to,
            references=mime.reply_chain(in_reply_to, refs) if in_reply_to else None,
        )
        self._send_raw(box, mime.to_bytes(built), parent.thread_id if parent else None, via="gmail.by_hand")
        return self.world.sent(box.address)[-1]

    # ----------------------------------------------------------------- push

    def _changed(self, box: GmailMailbox, message: GmailMessage) -> None:
        watch = box.watch
        if watch is None or watch.expiration <= self.world.clock.now():
            return
        if watch.label_ids:
            hit = bool(set(watch.label_ids) & set(message.labels))
            if hit != (watch.behavior != "exclude"):
                return
        self._publish(box, box.history_id, force=False)

    def _publish(self, box: GmailMailbox, history_id: int, force: bool) -> None:
        """Publish ``{emailAddress, historyId}`` to the watch's topic: at most one per second per user."""
        watch = box.watch
        if watch is None:
            return
        with self._push_lock:
            now_real = time.monotonic()
            if not force and now_real - box.last_push < self.world.settings.gmail_push_min_interval:
                log.info("push dropped mailbox=%s reason=rate", box.address)
                return
            box.last_push = now_real
        data = json.dumps({"emailAddress": box.address, "historyId": str(history_id)}).encode()
        publish_time = iso_z(self.world.clock.now(), 3)
        message_id = str(10**15 + secrets.randbelow(9 * 10**15))
        for sub in [s for s in self.push_subscriptions if s.topic == watch.topic]:
            envelope = {
                "message": {
                    "data": b64url(data),
                    "messageId": message_id,
                    "message_id": message_id,
                    "publishTime": publish_time,
                    "publish_time": publish_time,
                },
                "subscription": sub.name,
            }
            headers = {}
            if sub.audience:
                headers["Authorization"] = f"Bearer {self.push_token(sub.audience, sub.service_account)}"
            self.notifier.submit(Delivery("gmail.push", sub.endpoint, envelope, headers))


def _history_json(record: HistoryRecord) -> dict[str, Any]:
    ref = {"id": record.message_id, "threadId": record.thread_id}
    entry: dict[str, Any] = {"id": str(record.history_id), "messages": [ref]}
    if record.kind == "messageAdded":
        entry["messagesAdded"] = [{"message": ref | {"labelIds": record.labels}}]
    elif record.kind == "messageDeleted":
        entry["messagesDeleted"] = [{"message": ref}]
    elif record.kind == "labelAdded":
        entry["labelsAdded"] = [{"message": ref | {"labelIds": record.labels}, "labelIds": record.changed_labels}]
    else:
        entry["labelsRemoved"] = [{"message": ref | {"labelIds": record.labels}, "labelIds": record.changed_labels}]
    return entry


def _part_json(part: Message, part_id: str) -> dict[str, Any]:
    headers = [{"name": n, "value": str(v)} for n, v in part.items()]
    result: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": headers,
    }
    payload = part.get_payload()
    if part.get_content_type() == "message/delivery-status" and isinstance(payload, list):
        blob = b"".join(block.as_bytes() for block in payload if isinstance(block, Message))
        result["body"] = {"size": len(blob), "data": b64url(blob)}
    elif part.is_multipart() and isinstance(payload, list):
        result["body"] = {"size": 0}
        prefix = f"{part_id}." if part_id else ""
        result["parts"] = [_part_json(child, f"{prefix}{i}") for i, child in enumerate(payload)]
    else:
        decoded = part.get_payload(decode=True)
        data = decoded if isinstance(decoded, bytes) else b""
        result["body"] = {"size": len(data), "data": b64url(data)} if data else {"size": 0}
    return result


def _parse_query(q: str) -> list[Any]:
    """The Gmail search operators the sandbox understands: ``rfc822msgid:``, ``in:``, ``label:``."""
    predicates: list[Any] = []
    for term in q.split():
        name, _, value = term.partition(":")
        name = name.lower()
        if name == "rfc822msgid":
            wanted = value.strip("<>")
            predicates.append(lambda m, w=wanted: m.rfc822_id.strip("<>") == w)
        elif name in ("in", "label"):
            label = value.upper()
            predicates.append(lambda m, wanted_label=label: wanted_label in m.labels)
        else:
            raise HttpError(google_error(400, "invalidArgument", f"Unsupported search term in sandbox: {name}"))
    return predicates


def _max_results(request: Request, default: int) -> int:
    text = request.arg("maxResults")
    return max(1, min(int(text), 500)) if text and text.isdigit() else default


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _page_offset(token: str | None) -> int:
    if not token:
        return 0
    try:
        return int(b64url_decode(token).decode().split(":", 1)[1])
    except (ValueError, IndexError) as exc:
        raise HttpError(google_error(400, "invalidArgument", "Invalid pageToken")) from exc
