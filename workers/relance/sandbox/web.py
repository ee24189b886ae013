"""A small HTTP layer on the standard library: request/response values, a regex router, and a threaded
(optionally TLS) server whose TLS handshake runs in the connection's own thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import ssl
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger("relance.sandbox")


class DropConnection(Exception):
    """Raised by a handler to close the connection without answering (an injected network fault)."""


class HttpError(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str
    params: dict[str, str] = field(default_factory=dict)
    context: Any = None

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def args(self, name: str) -> list[str]:
        return self.query.get(name, [])

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        if not self.body:
            return {}
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode(), keep_blank_values=True).items()}


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)


def json_response(status: int, payload: Any, headers: list[tuple[str, str]] | None = None) -> Response:
    body = json.dumps(payload).encode()
    return Response(status, body, [("Content-Type", "application/json; charset=utf-8"), *(headers or [])])


def text_response(status: int, text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(status, text.encode(), [("Content-Type", content_type)])


Handler = Callable[[Request], Response]


class Router:
    """Routes ``METHOD /path/{name}/...`` patterns; path segments match case-insensitively."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        pieces = re.split(r"\{(\w+)\}", pattern)
        regex = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>[^/]+)" for i, piece in enumerate(pieces))
        self._routes.append((method.upper(), re.compile(f"^{regex}$", re.IGNORECASE), handler))

    def dispatch(self, request: Request) -> Response | None:
        allowed = False
        for method, regex, handler in self._routes:
            match = regex.match(request.path)
            if not match:
                continue
            if method != request.method:
                allowed = True
                continue
            request.params = {k: unquote(v) for k, v in match.groupdict().items()}
            return handler(request)
        if allowed:
            return json_response(405, {"error": {"code": "MethodNotAllowed", "message": "Method not allowed"}})
        return None


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SandboxHTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # the app logs structured lines itself
        return

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        request = Request(
            method=self.command.upper(),
            path=unquote(parts.path),
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=_headers(self.headers.items()),
            body=body,
            base_url=f"{self.server.scheme}://{host}",
        )
        try:
            response = self.server.app(request)
        except DropConnection:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        # send_response, except that a response carrying its own Date (a fault on the sandbox clock) keeps it.
        self.log_request(response.status)
        self.send_response_only(response.status)
        self.send_header("Server", self.version_string())
        if not any(name.lower() == "date" for name, _ in response.headers):
            self.send_header("Date", self.date_time_string())
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = do_HEAD = _serve


def _headers(items: Any) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self, address: tuple[str, int], app: Callable[[Request], Response], tls: ssl.SSLContext | None
    ) -> None:
        self.app = app
        self.tls = tls
        self.scheme = "https" if tls else "http"
        super().__init__(address, _RequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints every failed connection to stderr, outside any log. A client that went away before
        # its answer (a timeout that gave up on a held request, a test that ended first) is no fault of the
        # sandbox: nothing to report. Anything else is one, logged with its traceback.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | ssl.SSLError):
            log.debug("sandbox client=%s went away before its answer: %s", client_address, type(error).__name__)
            return
        log.error("sandbox failed serving client=%s", client_address, exc_info=True)

    def finish_request(self, request: Any, client_address: Any) -> None:
        if self.tls is None:
            super().finish_request(request, client_address)
            return
        try:
            wrapped = self.tls.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        try:
            super().finish_request(wrapped, client_address)
        finally:
            with contextlib.suppress(OSError):
                wrapped.close()


def start_server(
    host: str, port: int, app: Callable[[Request], Response], tls: ssl.SSLContext | None
) -> tuple[SandboxHTTPServer, threading.Thread]:
    server = SandboxHTTPServer((host, port), app, tls)
    thread = threading.Thread(target=server.serve_forever, name="relance-sandbox", daemon=True)
    thread.start()
    return server, thread
