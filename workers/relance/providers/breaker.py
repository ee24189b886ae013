"""R10 across mailboxes: a token endpoint that is down is asked once per cool-down, not once per mailbox.

Every mailbox of a worker gets its access tokens from one endpoint per provider (Microsoft's identity platform,
Google's OAuth token URI). When that endpoint is down, each mailbox that needs a new token retries it with
backoff (:mod:`relance.providers.retry`): about half a minute each, so a pass over 400 mailboxes would wait
hours for an outage the first mailbox had already met. The breaker counts the endpoint's failures in a row (a
network error, a 5xx, a 429) across every mailbox of the process; after ``threshold`` of them (one mailbox's
whole retry budget) it opens for ``cooldown_seconds``: a request that needs the endpoint then fails at once with
:class:`~relance.providers.errors.EndpointDown`, which the retry policy does not repeat, so the mailbox is
retried by the next pass, as any passing failure is. After the cool-down one request is let through: an answer
closes the breaker, a failure opens it again. Mailboxes with a valid cached token never ask the endpoint and are
never held back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from relance.providers.errors import EndpointDown

log = logging.getLogger("relance.breaker")

# One mailbox's retry budget (RetryPolicy.attempts): the endpoint failed for that long before others give way.
THRESHOLD = 6
COOLDOWN_SECONDS = 60.0


class EndpointBreaker:
    def __init__(
        self,
        name: str,
        threshold: int = THRESHOLD,
        cooldown_seconds: float = COOLDOWN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.threshold = max(1, threshold)
        self.cooldown_seconds = cooldown_seconds
        self.clock = clock
        self.failures = 0  # in a row
        self._open_until: float | None = None
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        with self._lock:
            return self._open_until is not None and self.clock() < self._open_until

    def guard(self) -> None:
        """Before a request to the endpoint: raises :class:`EndpointDown` while the breaker is open."""
        with self._lock:
            if self._open_until is None:
                return
            left = self._open_until - self.clock()
            if left > 0:
                raise EndpointDown(
                    f"{self.name} failed {self.failures} times in a row: not asked again for {left:.0f}s",
                    retry_after=left,
                )

    def record(self, ok: bool) -> None:
        """After a request to the endpoint: ``ok`` is an answer (any status below 500 but 429)."""
        with self._lock:
            if ok:
                if self._open_until is not None:
                    log.info("%s answers again after %d failures in a row", self.name, self.failures)
                self.failures = 0
                self._open_until = None
                return
            self.failures += 1
            if self.failures >= self.threshold:
                if self._open_until is None:
                    log.warning(
                        "%s failed %d times in a row: mailboxes that need a token wait %.0fs (cached tokens serve)",
                        self.name,
                        self.failures,
                        self.cooldown_seconds,
                    )
                self._open_until = self.clock() + self.cooldown_seconds


def answered(status: int) -> bool:
    """Whether an HTTP status from a token endpoint means it is up (a refusal is an answer; a 5xx or 429 is not)."""
    return status < 500 and status != 429
