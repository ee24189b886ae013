"""Shared state of the sandbox: the driven clock, settings, injected faults, the outbox and mail routing.

Every timestamp the providers show comes from :class:`Clock`, which stands still until the control
interface moves it. Real time is used only for network timeouts (validation handshake, retries).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Protocol


def iso_z(instant: dt.datetime, precision: int = 0) -> str:
    """``2024-05-06T07:08:09Z`` (or with ``precision`` fractional digits), as Graph writes instants."""
    instant = instant.astimezone(dt.UTC)
    text = instant.strftime("%Y-%m-%dT%H:%M:%S")
    if precision:
        text += "." + f"{instant.microsecond:06d}{'0' * 7}"[:precision]
    return text + "Z"


def parse_instant(text: str) -> dt.datetime:
    """Parse an ISO 8601 instant (``Z`` or offset; up to 7 fractional digits as Graph sends)."""
    value = text.strip()
    match = re.fullmatch(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?", value)
    if not match:
        raise ValueError(f"not an ISO 8601 instant: {text!r}")
    base, fraction, zone = match.groups()
    fraction = (fraction or ".0")[1:7].ljust(6, "0")
    zone = "+00:00" if zone in (None, "Z") else zone
    parsed = dt.datetime.fromisoformat(f"{base}.{fraction}{zone}")
    return parsed.astimezone(dt.UTC)


class Clock:
    """A frozen clock that moves only when told to; listeners run after each move."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        now = start or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self._now = now.astimezone(dt.UTC)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[dt.datetime], None]] = []

    def now(self) -> dt.datetime:
        with self._lock:
            return self._now

    def on_move(self, listener: Callable[[dt.datetime], None]) -> None:
        self._listeners.append(listener)

    def advance(self, seconds: float) -> dt.datetime:
        if seconds < 0:
            raise ValueError("the sandbox clock never goes backwards")
        with self._lock:
            self._now += dt.timedelta(seconds=seconds)
            now = self._now
        self._notify(now)
        return now

    def set(self, instant: dt.datetime) -> dt.datetime:
        instant = instant.astimezone(dt.UTC)
        with self._lock:
            if instant < self._now:
                raise ValueError("the sandbox clock never goes backwards")
            self._now = instant
        self._notify(instant)
        return instant

    def _notify(self, now: dt.datetime) -> None:
        for listener in list(self._listeners):
            listener(now)


@dataclass
class Settings:
    """Knobs the control interface can change at run time (``POST /_control/configure``)."""

    latency_seconds: float = 0.0
    access_token_lifetime: int = 3599
    graph_mailbox_concurrency: int = 4
    graph_throttle_retry_after: int = 2
    graph_max_subscription_minutes: int = 10080
    graph_delta_page_size: int = 10
    graph_list_page_size: int = 10
    graph_require_https_notification_url: bool = False
    validation_timeout: float = 10.0
    notification_timeout: float = 3.0
    notification_retry_delays: list[float] = field(default_factory=lambda: [0.5, 2.0])
    gmail_push_min_interval: float = 1.0
    gmail_history_retention_days: float = 7.0

    def update(self, **changes: Any) -> None:
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        for name, value in changes.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FaultRule:
    """The next ``count`` requests whose path matches ``path`` (a regex) fail as described."""

    path: str
    count: int = 1
    status: int = 429
    retry_after: int | str | None = 1  # seconds, or an HTTP-date (sent as given)
    drop: bool = False
    method: str | None = None
    reason: str | None = None
    hits: int = 0


def fault_headers(rule: FaultRule, now: dt.datetime) -> list[tuple[str, str]]:
    """A fault's ``Retry-After`` (seconds or an HTTP-date) and ``Date`` on the sandbox clock, as a provider's
    server sends its own clock: an HTTP-date Retry-After is measured from it."""
    headers = [("Date", email.utils.format_datetime(now.astimezone(dt.UTC), usegmt=True))]
    if rule.retry_after is not None:
        headers.append(("Retry-After", str(rule.retry_after)))
    return headers


class Faults:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(self, rule: FaultRule) -> None:
        re.compile(rule.path)
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, method: str, path: str) -> FaultRule | None:
        """Consume one shot of the first rule matching this request, if any."""
        with self._lock:
            for rule in self._rules:
                if rule.method and rule.method.upper() != method.upper():
                    continue
                if rule.count <= 0 or not re.search(rule.path, path):
                    continue
                rule.count -= 1
                rule.hits += 1
                return rule
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(rule) for rule in self._rules if rule.count > 0]


@dataclass
class SentMail:
    """One message that left a sandbox mailbox, for assertions (``GET /_control/sent``)."""

    provider: str
    mailbox: str
    via: str
    provider_message_id: str
    thread_id: str
    internet_message_id: str
    in_reply_to: str | None
    references: list[str]
    subject: str
    from_address: str
    to: list[str]
    cc: list[str]
    headers: dict[str, str]
    body_text: str
    sent_at: str
    # The HTML body as sent (None for a plain-text message): what the recipient's client shows.
    body_html: str | None = None
    # The name each recipient of To and Cc was addressed by (address: name), those given one only.
    names: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class MailSink(Protocol):
    def owns(self, address: str) -> bool: ...

    def deliver(self, address: str, raw: bytes) -> None: ...


class World:
    """The sandbox universe both providers share."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or Clock()
        self.settings = Settings()
        self.faults = Faults()
        self.lock = threading.RLock()
        self._outbox: list[SentMail] = []
        self._sinks: list[MailSink] = []

    def register_sink(self, sink: MailSink) -> None:
        self._sinks.append(sink)

    def record_sent(self, mail: SentMail, raw: bytes, recipients: list[str]) -> None:
        """Keep ``mail`` in the outbox and deliver ``raw`` to recipients that are sandbox mailboxes."""
        with self.lock:
            self._outbox.append(mail)
        self.route(raw, recipients)

    def route(self, raw: bytes, recipients: list[str]) -> None:
        for address in dict.fromkeys(a.lower() for a in recipients):
            for sink in self._sinks:
                if sink.owns(address):
                    sink.deliver(address, raw)

    def sent(self, mailbox: str | None = None) -> list[SentMail]:
        with self.lock:
            return [m for m in self._outbox if mailbox is None or m.mailbox.lower() == mailbox.lower()]
