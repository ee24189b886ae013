"""Fixtures: an HTTPS client of the sandbox (the ``sandbox`` fixture itself is tests/conftest.py's) and a
webhook receiver that answers Graph's validation handshake and records every notification."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from relance.sandbox import RunningSandbox


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    context = ssl.create_default_context(cafile=str(sandbox.ca_path))
    with httpx.Client(base_url=sandbox.url, verify=context, timeout=15) as client:
        yield client


@dataclass
class Receiver:
    """A local webhook endpoint. ``mode``: ``echo`` answers validation correctly, ``encoded`` echoes the
    still-encoded token, ``fail`` answers 500."""

    url: str
    mode: str = "echo"
    posts: list[dict[str, Any]] = field(default_factory=list)
    validations: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_for(self, count: int, timeout: float = 20.0) -> list[dict[str, Any]]:
        """The posts received once there are ``count`` of them, or after ``timeout`` seconds: a generous guard
        against hanging on a busy machine, not a speed (a passing wait returns as soon as they arrive)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.posts) >= count:
                    return list(self.posts)
            time.sleep(0.02)
        with self.lock:
            return list(self.posts)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            raw_query = urlsplit(self.path).query
            query = parse_qs(raw_query)
            if "validationToken" in query:
                token = query["validationToken"][0]
                with state.lock:
                    state.validations.append(token)
                if state.mode == "fail":
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                encoded = raw_query.split("validationToken=", 1)[1].split("&")[0]
                answer = (encoded if state.mode == "encoded" else token).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
                return
            with state.lock:
                state.posts.append(
                    {
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "json": json.loads(body or b"{}"),
                    }
                )
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/graph?mailbox=alice"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
