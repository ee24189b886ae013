"""Outgoing webhooks: the worker loop that POSTs what the engine queued (``webhook_deliveries``, filled by
``private.log_event`` in the transaction of each state change) to the endpoints a team registered.

Each delivery is signed as the Standard Webhooks specification says, with its maintained library
(``standardwebhooks``): ``webhook-id`` (the same for every attempt of an event, so a receiver dedupes retries and
replays), ``webhook-timestamp`` (this attempt's, in seconds) and ``webhook-signature`` (``v1,`` + base64 of the
HMAC-SHA256 of ``id.timestamp.body`` under the endpoint's ``whsec_`` secret; for a while after a rotation, a
second signature under the replaced secret follows it, space-separated, as the specification allows). A 2xx
answer delivers it; anything else (another status, a redirect, a timeout, a refused connection) is recorded with
``worker.record_webhook_attempt``, which retries with an exponential backoff, gives up after its attempts and
disables an endpoint that keeps failing (its missed deliveries are replayed when an admin enables it again).

Isolation: each endpoint's deliveries of a pass go out in order on a thread of their own, each request bounded
by a timeout; the first failure stops that endpoint for the pass (its other deliveries come back after the
queue's visibility timeout), so a slow or hostile endpoint costs at most one timeout and never delays the others.
Responses are read up to 64 KiB, never stored nor logged.

SSRF: the address checked is the address connected to. Each new connection resolves the host once, refuses it
unless every address is public (``ipaddress.is_global``; ``allow_private`` lifts this for tests and local
development only, whose receiver is on 127.0.0.1) and connects to the first of those addresses
(:class:`CheckedBackend`), so a host that answers a public address to the check and a private one to the connection
(DNS rebinding) never reaches the private one; TLS still verifies the certificate against the host's name. Redirects
are not followed and proxies from the environment are not used (the connection must go where it was checked).
Nothing here logs a URL (it may carry the receiver's token) or a secret: endpoints are named by id.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx
from standardwebhooks.webhooks import Webhook

from relance import db
from relance.config import tls_context

log = logging.getLogger("relance.webhooks")

VISIBILITY_SECONDS = 60
TIMEOUT_SECONDS = 10.0
MAX_ENDPOINTS_IN_PARALLEL = 8
MAX_RESPONSE_BYTES = 64 * 1024
USER_AGENT = "Relance-Webhooks/1"


class Refused(Exception):
    """The URL may not be called (a private address, a host that does not resolve)."""


@dataclass
class Attempt:
    delivery_id: uuid.UUID
    endpoint_id: uuid.UUID
    webhook_id: str
    status_code: int | None
    error: str | None
    outcome: str = ""


Resolver = Callable[[str, int], list[str]]


def resolve_host(host: str, port: int) -> list[str]:
    """The host's addresses, in the system resolver's order."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)]


def checked_address(host: str, port: int, allow_private: bool, resolve: Resolver = resolve_host) -> str:
    """The one address to connect to for ``host``: resolved once, every answer public (unless private ones are
    allowed), the first answer returned. Raise :class:`Refused` otherwise."""
    try:
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolve(host, port)]
    except (OSError, ValueError) as exc:
        raise Refused(f"the host does not resolve ({exc.__class__.__name__})") from None
    if not addresses:
        raise Refused("the host does not resolve (no address)")
    if not allow_private:
        for address in addresses:
            if not address.is_global or address.is_multicast:
                raise Refused("the host resolves to a private address")
    return str(addresses[0])


def check_public(url: str, allow_private: bool, resolve: Resolver = resolve_host) -> None:
    """Raise :class:`Refused` unless the URL is http(s) (https in production) and every address its host resolves
    to is public (or private ones are allowed). The SQL side refused private literals and ``http://`` at
    registration already; the connection itself is checked again by :class:`CheckedBackend`."""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("https", "http") or not host:
        raise Refused("not an http(s) URL")
    if not allow_private and parts.scheme != "https":
        raise Refused("https is required")
    checked_address(host, parts.port or (443 if parts.scheme == "https" else 80), allow_private, resolve)


class CheckedBackend(httpcore.SyncBackend):
    """httpcore's own socket backend, but a TCP connection goes only to the address :func:`checked_address` gave
    for its host, resolved once for that connection (no second lookup an attacker's DNS could answer
    differently). TLS is started by httpcore afterwards with the request's host name, so the certificate is
    verified against the name, not the address."""

    def __init__(self, allow_private: bool, resolve: Resolver = resolve_host) -> None:
        self.allow_private = allow_private
        self.resolve = resolve

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        address = checked_address(host, port, self.allow_private, self.resolve)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        raise Refused("not a TCP address")


class CheckedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose every connection goes through :class:`CheckedBackend`.
    httpx takes no network backend, so the pool it built is replaced by the same pool with that backend
    (tests/test_webhooks.py proves the backend is the one connecting: a rebinding resolver's second answer is
    never used)."""

    def __init__(self, allow_private: bool, verify: str | bool, resolve: Resolver = resolve_host) -> None:
        context = tls_context(verify)
        super().__init__(verify=context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=MAX_ENDPOINTS_IN_PARALLEL * 2,
            network_backend=CheckedBackend(allow_private, resolve),
        )


def body_of(payload: Any) -> str:
    """The request body: the payload as compact JSON (what is signed is exactly what is sent)."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def signed_headers(secrets: Sequence[str | None], webhook_id: str, body: str, at: dt.datetime) -> dict[str, str]:
    """The Standard Webhooks headers of one attempt, signed by the library under each secret given (the current one
    first; a None is skipped): a receiver that knows any of them verifies the request."""
    signature = " ".join(Webhook(secret).sign(webhook_id, at, body) for secret in secrets if secret)
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


class WebhookSender:
    """One pass: read the queue, POST per endpoint in parallel, record each outcome."""

    def __init__(
        self,
        conn: db.Conn,
        now_fn: Callable[[], dt.datetime | None] = lambda: None,
        *,
        allow_private: bool = False,
        timeout: float = TIMEOUT_SECONDS,
        transport: httpx.BaseTransport | None = None,
        verify: str | bool = True,
        resolve: Resolver = resolve_host,
    ) -> None:
        self.conn = conn
        self.now_fn = now_fn
        self.allow_private = allow_private
        self.timeout = timeout
        self.resolve = resolve
        self.http = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False,
            transport=transport or CheckedTransport(allow_private, verify, resolve),
        )  # fmt: skip

    def close(self) -> None:
        self.http.close()

    def run_once(self, batch: int = 50) -> list[Attempt]:
        rows = db.read_webhook_deliveries(self.conn, batch, VISIBILITY_SECONDS)
        by_endpoint: dict[uuid.UUID, list[dict[str, Any]]] = {}
        # Each endpoint's deliveries in the order they were queued (pgmq's message ids), whatever order the read
        # returned them in.
        for row in sorted(rows, key=lambda r: r["msg_id"]):
            by_endpoint.setdefault(row["endpoint_id"], []).append(row)
        if not by_endpoint:
            return []
        attempts: list[Attempt] = []
        with ThreadPoolExecutor(max_workers=min(MAX_ENDPOINTS_IN_PARALLEL, len(by_endpoint))) as pool:
            for done in pool.map(self._endpoint, by_endpoint.values()):
                attempts.extend(done)
        # Recorded on this thread: the connection is the loop's, one call at a time.
        msg_ids = {row["delivery_id"]: row["msg_id"] for row in rows}
        for attempt in attempts:
            try:
                result = db.record_webhook_attempt(
                    self.conn, attempt.delivery_id, msg_ids[attempt.delivery_id], attempt.status_code,
                    attempt.error, self.now_fn(),
                )  # fmt: skip
            except Exception:  # the message comes back after its visibility timeout
                log.exception("webhook attempt not recorded", extra={"delivery_id": str(attempt.delivery_id)})
                continue
            attempt.outcome = str(result.get("outcome", ""))
            if attempt.outcome != "delivered":
                log.warning(
                    "webhook delivery=%s endpoint=%s %s: %s",
                    attempt.delivery_id, attempt.endpoint_id, attempt.outcome, attempt.error,
                )  # fmt: skip
        return attempts

    def _endpoint(self, rows: list[dict[str, Any]]) -> list[Attempt]:
        """One endpoint's deliveries in order, until the first failure (the rest wait for the next pass)."""
        done: list[Attempt] = []
        for row in rows:
            attempt = self._send(row)
            done.append(attempt)
            if attempt.status_code is None or not 200 <= attempt.status_code < 300:
                break
        return done

    def _send(self, row: dict[str, Any]) -> Attempt:
        attempt = Attempt(row["delivery_id"], row["endpoint_id"], row["webhook_id"], None, None)
        body = body_of(row["payload"])
        try:
            check_public(row["url"], self.allow_private, self.resolve)
            # The signature's timestamp is this attempt's real instant: receivers refuse one older than 5 minutes.
            headers = signed_headers(
                (row["secret"], *(row.get("previous_secrets") or ())), row["webhook_id"], body, dt.datetime.now(dt.UTC)
            )
            started = time.monotonic()
            with self.http.stream("POST", row["url"], content=body.encode(), headers=headers) as response:
                read = 0
                for chunk in response.iter_bytes():
                    read += len(chunk)
                    if read >= MAX_RESPONSE_BYTES or time.monotonic() - started > self.timeout:
                        break
                attempt.status_code = response.status_code
            if not 200 <= response.status_code < 300:
                attempt.error = f"HTTP {response.status_code}" + (
                    " (redirects are not followed)" if 300 <= response.status_code < 400 else ""
                )
        except Refused as exc:
            attempt.error = f"refused: {exc}"
        except httpx.TimeoutException:
            attempt.error = f"no answer within {self.timeout:g} s"
        except httpx.HTTPError as exc:
            attempt.error = f"connection failed ({exc.__class__.__name__})"
        except Exception as exc:  # a bad secret or payload fails this delivery only
            attempt.error = f"could not send ({exc.__class__.__name__})"
        return attempt
