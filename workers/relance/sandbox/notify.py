"""Outbound webhook deliveries (Graph change notifications, Pub/Sub pushes) with retries on a small
thread pool, plus the synchronous validation handshake Graph runs when a subscription is created.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

log = logging.getLogger("relance.sandbox.notify")


@dataclass
class Delivery:
    kind: str
    url: str
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    attempt: int = 0


@dataclass
class DeliveryResult:
    kind: str
    url: str
    status: int | None
    attempt: int
    ok: bool


class Notifier:
    def __init__(self, timeout: Callable[[], float], retry_delays: Callable[[], list[float]], workers: int = 4) -> None:
        self._timeout = timeout
        self._retry_delays = retry_delays
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sandbox-notify")
        self._timers: set[threading.Timer] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.results: list[DeliveryResult] = []

    def submit(self, delivery: Delivery) -> None:
        with self._lock:
            if self._closed:
                return
        self._pool.submit(self._deliver, delivery)

    def _deliver(self, delivery: Delivery) -> None:
        status: int | None = None
        try:
            response = httpx.post(
                delivery.url,
                content=json.dumps(delivery.payload).encode(),
                headers={"Content-Type": "application/json; charset=utf-8", **delivery.headers},
                timeout=self._timeout(),
            )
            status = response.status_code
        except httpx.HTTPError as exc:
            log.info("delivery kind=%s attempt=%d failed=%s", delivery.kind, delivery.attempt, type(exc).__name__)
        ok = status is not None and 200 <= status < 300
        log.info(
            "delivery kind=%s host=%s status=%s attempt=%d",
            delivery.kind,
            _host(delivery.url),
            status,
            delivery.attempt,
        )
        with self._lock:
            self.results.append(DeliveryResult(delivery.kind, delivery.url, status, delivery.attempt, ok))
        if ok:
            return
        delays = self._retry_delays()
        if delivery.attempt >= len(delays):
            return
        delivery.attempt += 1
        timer = threading.Timer(delays[delivery.attempt - 1], self._retry, args=(delivery,))
        timer.daemon = True
        with self._lock:
            if self._closed:
                return
            self._timers.add(timer)
        timer.start()

    def _retry(self, delivery: Delivery) -> None:
        with self._lock:
            self._timers = {t for t in self._timers if t.is_alive()}
        self.submit(delivery)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            timers = list(self._timers)
        for timer in timers:
            timer.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)


def _host(url: str) -> str:
    return urlsplit(url).netloc


def validate_endpoint(url: str, token: str, timeout: float) -> bool:
    """Graph's handshake: POST ``url?validationToken=<urlencoded>``; the endpoint must answer 200,
    ``text/plain``, with the decoded token as the body, within ``timeout`` seconds."""
    separator = "&" if urlsplit(url).query else "?"
    target = f"{url}{separator}validationToken={quote(token, safe='')}"
    try:
        response = httpx.post(
            target, content=b"", headers={"Content-Type": "text/plain; charset=utf-8"}, timeout=timeout
        )
    except httpx.HTTPError as exc:
        log.info("validation host=%s failed=%s", _host(url), type(exc).__name__)
        return False
    content_type = response.headers.get("content-type", "")
    ok = response.status_code == 200 and content_type.lower().startswith("text/plain") and response.text == token
    log.info("validation host=%s status=%s ok=%s", _host(url), response.status_code, ok)
    return ok
