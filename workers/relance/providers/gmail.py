"""The Gmail API over HTTP for one mailbox: history, messages, threads, send, Sent lookups, watch/stop.

The client is google-api-python-client built from the discovery document it ships
(``static_discovery=True``, no network), pointed at ``GMAIL_API_URL`` through ``client_options`` (the
sandbox in tests), over an ``httplib2.Http`` that trusts the configured CA. Credentials are google-auth's
``Credentials`` built from the mailbox's sealed refresh token: google-auth refreshes the access token
(before expiry, and once more on a 401); a refresh refused with ``invalid_grant`` is :class:`NeedsReauth`.

Retries happen here, not in the client (``num_retries=0``), under the one policy of
:mod:`relance.providers.retry`: reads retry on 429, 403 rate limits, 5xx and network errors, with
``Retry-After`` when Google sends one and jittered exponential backoff otherwise (Gmail rarely sends it; the
backoff is capped at 32 s as Gmail documents); ``messages.send`` retries only on quota errors (a refused
request was not executed),
since a send whose answer was lost may have gone out: the sender then looks in Sent first. Errors map in
:mod:`relance.providers.errors` (``gmail_failure``), nowhere else. One client per mailbox and per thread:
``httplib2.Http`` is not thread-safe.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.client import HTTPException
from typing import Any

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from relance.providers.breaker import EndpointBreaker, answered
from relance.providers.errors import (
    NeedsReauth,
    ProviderError,
    RetryLater,
    gmail_failure,
    google_refresh_failure,
)
from relance.providers.retry import RetryPolicy

log = logging.getLogger("relance.gmail")

# Least privilege: gmail.readonly reads history, messages and threads, searches (q=) and may watch/stop;
# gmail.send sends. Relance never changes labels or deletes mail, so gmail.modify is not asked for.
GMAIL_SCOPES = [
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.send",
]
WATCH_LABELS = ["INBOX", "SENT"]
FOLLOWUP_HEADER = "X-Relance-Followup-Id"


@dataclass(frozen=True)
class GoogleApp:
    """The OAuth client (Google Cloud) and the endpoints: the token URI, the Gmail API, the CA to trust."""

    client_id: str
    client_secret: str = field(repr=False)
    token_uri: str = "https://oauth2.googleapis.com/token"  # noqa: S105 - a URL, not a secret
    api_url: str = "https://gmail.googleapis.com"
    ca_bundle: str = ""
    # Shared by every Gmail mailbox of the process: a token URI that is down is asked once per cool-down, not once
    # per mailbox (R10).
    breaker: EndpointBreaker = field(
        default_factory=lambda: EndpointBreaker("google token endpoint"), repr=False, compare=False
    )

    def http(self, timeout: float = 30.0) -> httplib2.Http:
        # proxy_info=None: no proxy from the environment, as the Graph client (trust_env=False).
        http = OnceHttp(ca_certs=self.ca_bundle or None, timeout=timeout, proxy_info=None)
        http.guard(self.token_uri, self.breaker)
        return http


class OnceHttp(httplib2.Http):
    """httplib2, except that a request that may change something (any method but GET and HEAD) goes out once.

    httplib2 sends a request again when the connection drops before the answer comes, whatever the method (it
    takes that for a stale keep-alive connection, "retry regardless of the number of RETRIES set"): a
    ``messages.send`` whose answer was lost went out twice, milliseconds apart, before the sender could look in
    Sent (R9). Here such a request gets a fresh connection (so a stale one is never the cause) and one attempt;
    a failure is :class:`RetryLater` for the caller, whose policy knows whether it may repeat it."""

    _guarded: tuple[str, EndpointBreaker] | None = None

    def guard(self, uri: str, breaker: EndpointBreaker) -> None:
        """Requests to `uri` (the token URI, where google-auth refreshes the access token) go through `breaker`."""
        self._guarded = (uri, breaker)

    def request(self, uri: str, *args: Any, **kwargs: Any) -> Any:
        if self._guarded is None or not uri.startswith(self._guarded[0]):
            return super().request(uri, *args, **kwargs)
        breaker = self._guarded[1]
        breaker.guard()
        try:
            response, content = super().request(uri, *args, **kwargs)
        except (httplib2.HttpLib2Error, HTTPException, OSError):
            breaker.record(False)
            raise
        breaker.record(answered(int(response.status)))
        return response, content

    def _conn_request(self, conn: Any, request_uri: str, method: str, body: Any, headers: Any) -> Any:
        if method in ("GET", "HEAD"):
            return super()._conn_request(conn, request_uri, method, body, headers)
        # identity: the answer needs no decompressing (httplib2 asks for gzip and inflates in the code skipped).
        headers = {**(headers or {}), "accept-encoding": "identity"}
        conn.close()
        try:
            conn.connect()
            conn.request(method, request_uri, body, headers)
            answer = conn.getresponse()
            content = answer.read()
        except BaseException:
            conn.close()
            raise
        return httplib2.Response(answer), content


def credentials_from(app: GoogleApp, sealed: dict[str, Any] | None, mailbox: str) -> Credentials:
    if not sealed or not sealed.get("refresh_token"):
        raise NeedsReauth(f"mailbox {mailbox} has no stored Google grant")
    if not (app.client_id and app.client_secret):
        raise ProviderError("GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set")
    return Credentials(
        token=None,
        refresh_token=str(sealed["refresh_token"]),
        token_uri=app.token_uri,
        client_id=app.client_id,
        client_secret=app.client_secret,
        scopes=list(sealed.get("scopes") or GMAIL_SCOPES),
    )


def refresh_failure(exc: RefreshError, what: str) -> ProviderError:
    data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    error = str(data.get("error") or ("invalid_grant" if "invalid_grant" in str(exc) else "refresh_failed"))
    description = str(data.get("error_description") or "")
    return google_refresh_failure(error, description, bool(getattr(exc, "retryable", False)), what)


# Gmail's documented exponential backoff: 1, 2, 4 … seconds, up to 32.
GMAIL_BACKOFF_CAP_SECONDS = 32.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


class GmailMailbox:
    """Gmail calls for one mailbox (``userId="me"``: the grant's own mailbox)."""

    def __init__(
        self,
        app: GoogleApp,
        address: str,
        credentials: Credentials,
        retry: RetryPolicy | None = None,
        on_rotated: Callable[[str], None] | None = None,
    ) -> None:
        self.address = address.lower()
        self.credentials = credentials
        self.retry = retry or RetryPolicy(cap_seconds=GMAIL_BACKOFF_CAP_SECONDS)
        self._refresh_token = credentials.refresh_token
        self._on_rotated = on_rotated
        http = google_auth_httplib2.AuthorizedHttp(credentials, http=app.http())
        self.service: Any = build(
            "gmail",
            "v1",
            http=http,
            static_discovery=True,
            cache_discovery=False,
            client_options={"api_endpoint": app.api_url},
        )
        self.users: Any = self.service.users()

    def close(self) -> None:
        """Closes the mailbox's connections to the Gmail API (httplib2 keeps them open until told)."""
        self.service.close()

    # ------------------------------------------------------------------ transport

    def call(self, request: Any, what: str, *, idempotent: bool = True) -> dict[str, Any]:
        """Execute one API request with R10's retries; raise RetryLater, GiveUp, NeedsReauth or
        SyncStateLost (history too old)."""

        def attempt() -> dict[str, Any]:
            try:
                answer = request.execute(num_retries=0)
            except RefreshError as exc:
                raise refresh_failure(exc, f"{what}: token refresh") from None
            except HttpError as exc:
                status, headers = int(exc.resp.status), exc.resp
                raise gmail_failure(
                    status, exc.content, headers.get("retry-after"), what, headers.get("date")
                ) from None
            except (TransportError, httplib2.HttpLib2Error, OSError) as exc:
                raise RetryLater(f"{what}: network error {type(exc).__name__}") from None
            self._check_rotation()
            log.debug("gmail call what=%s ok", what)
            return dict(answer or {})

        def safe_to_repeat(failure: RetryLater) -> bool:
            return idempotent or failure.status in (429, 403)  # a quota refusal was not executed

        return self.retry.call(attempt, provider="gmail", what=what, safe_to_repeat=safe_to_repeat)

    def _check_rotation(self) -> None:
        """Google may hand out a new refresh token on refresh: keep the newest one sealed."""
        current = self.credentials.refresh_token
        if current and current != self._refresh_token:
            self._refresh_token = current
            if self._on_rotated is not None:
                self._on_rotated(str(current))

    # ------------------------------------------------------------------ reading

    def profile(self) -> dict[str, Any]:
        return self.call(self.users.getProfile(userId="me"), "profile")

    def history(self, start_history_id: int) -> tuple[list[dict[str, Any]], int]:
        """Every message added since ``start_history_id`` (``{id, threadId, labelIds}``, oldest first,
        once each) and the history id to store next. Raises SyncStateLost when the id is too old (404)."""
        added: dict[str, dict[str, Any]] = {}
        token: str | None = None
        latest = start_history_id
        while True:
            page = self.call(
                self.users.history().list(
                    userId="me",
                    startHistoryId=str(start_history_id),
                    historyTypes=["messageAdded"],
                    maxResults=500,
                    pageToken=token,
                ),
                "history",
            )
            for record in page.get("history") or []:
                for item in record.get("messagesAdded") or []:
                    message = dict(item.get("message") or {})
                    if message.get("id"):
                        added.setdefault(str(message["id"]), message)
            latest = max(latest, int(page.get("historyId") or latest))
            token = page.get("nextPageToken")
            if not token:
                return list(added.values()), latest

    def message_ids(self, label: str, page_size: int = 500) -> Iterator[list[str]]:
        """The ids of a label's messages (newest first), a page at a time."""
        token: str | None = None
        while True:
            page = self.call(
                self.users.messages().list(userId="me", labelIds=[label], maxResults=page_size, pageToken=token),
                "list messages",
            )
            yield [str(m["id"]) for m in page.get("messages") or []]
            token = page.get("nextPageToken")
            if not token:
                return

    def get_message(self, message_id: str, fmt: str = "full") -> dict[str, Any]:
        return self.call(self.users.messages().get(userId="me", id=message_id, format=fmt), "get message")

    def get_raw(self, message_id: str) -> bytes:
        raw = str(self.get_message(message_id, "raw").get("raw") or "")
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))

    def thread(self, thread_id: str) -> list[dict[str, Any]]:
        """The thread's messages (full format), oldest first; empty when Gmail no longer has it."""
        try:
            answer = self.call(self.users.threads().get(userId="me", id=thread_id, format="full"), "read thread")
        except ProviderError as exc:
            if getattr(exc, "status", None) == 404:
                return []
            raise
        return sorted(answer.get("messages") or [], key=lambda m: int(m.get("internalDate") or 0))

    def find_sent(self, followup_id: uuid.UUID, internet_message_id: str | None) -> dict[str, Any] | None:
        """The sent copy of a follow-up, in full format: by its Message-ID (``rfc822msgid:``) when known,
        else among the latest 50 of SENT; either way it must carry ``X-Relance-Followup-Id``."""
        candidates: list[str] = []
        if internet_message_id:
            query = f"rfc822msgid:{internet_message_id.strip('<>')} in:sent"
            found = self.call(self.users.messages().list(userId="me", q=query), "look in Sent")
            candidates += [str(m["id"]) for m in found.get("messages") or []]
        if not candidates:
            latest = self.call(
                self.users.messages().list(userId="me", labelIds=["SENT"], maxResults=50), "look in Sent"
            )
            candidates += [str(m["id"]) for m in latest.get("messages") or []]
        for message_id in candidates:
            meta = self.call(
                self.users.messages().get(
                    userId="me", id=message_id, format="metadata", metadataHeaders=[FOLLOWUP_HEADER]
                ),
                "look in Sent",
            )
            headers = (meta.get("payload") or {}).get("headers") or []
            if any(
                str(h.get("name", "")).lower() == FOLLOWUP_HEADER.lower()
                and str(h.get("value", "")).strip() == str(followup_id)
                for h in headers
            ):
                return self.get_message(message_id)
        return None

    # ------------------------------------------------------------------ writing

    def send(self, raw: bytes, thread_id: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {"raw": _b64(raw)}
        if thread_id:
            body["threadId"] = thread_id
        return self.call(self.users.messages().send(userId="me", body=body), "send", idempotent=False)

    def watch(self, topic: str, labels: list[str] | None = None) -> tuple[int, dt.datetime]:
        """``users.watch`` (again: it replaces the previous one); returns (historyId, expiration)."""
        body = {"topicName": topic, "labelIds": labels or WATCH_LABELS, "labelFilterBehavior": "include"}
        answer = self.call(self.users.watch(userId="me", body=body), "watch")
        expires = dt.datetime.fromtimestamp(int(answer["expiration"]) / 1000, dt.UTC)
        return int(answer["historyId"]), expires

    def stop(self) -> None:
        self.call(self.users.stop(userId="me"), "stop watch")
