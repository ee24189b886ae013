"""One retry policy for every provider request, Graph and Gmail alike (R10), built on ``tenacity``.

- What is retried: a :class:`RetryLater` (429, 5xx, 408, Gmail's rate-limit 403s, network errors), and only
  when repeating the request is safe: the request is idempotent (GET, PATCH, DELETE, PUT; Gmail reads), or
  the provider refused it without executing it (a 429; Gmail's quota 403). A send (Graph ``POST /send``,
  Gmail ``messages.send``) whose answer was lost, or that met a 5xx, may have gone out: it is never repeated
  here; the follow-up is retried later by R9, whose last look finds the sent copy in Sent first.
- How long: the provider's ``Retry-After`` when it sent one (seconds or an HTTP-date, see
  :func:`relance.providers.errors.parse_retry_after`), else exponential backoff (1, 2, 4 … seconds, capped);
  both with jitter, so workers throttled together do not come back together: up to ``jitter_seconds`` on the
  backoff, up to a tenth on a ``Retry-After`` (never less than the provider asked for).
- How often: ``attempts`` in all. A ``Retry-After`` longer than ``longest_wait_seconds`` is not waited in
  the worker: the failure is raised with it, and the follow-up (``fail_followup``) or the event comes back
  after it.
- Not at all: :class:`EndpointDown`, a request not made because its endpoint is down for everyone
  (:mod:`relance.providers.breaker`); the next pass tries again.
- ``sleep`` is injectable: tests record the waits instead of sleeping.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import tenacity

from relance.providers.errors import EndpointDown, RetryLater

log = logging.getLogger("relance.retry")

T = TypeVar("T")


def _sleep(seconds: float) -> None:
    """``time.sleep`` looked up at each wait, not bound when this module was imported: a test that runs a worker
    in the test's own process can put the waits on a sandbox's clock."""
    time.sleep(seconds)


@dataclass
class RetryPolicy:
    attempts: int = 6
    # Waits without Retry-After: 1, 2, 4 … seconds (plus jitter), capped.
    base_seconds: float = 1.0
    cap_seconds: float = 60.0
    jitter_seconds: float = 1.0
    # A Retry-After longer than this is not waited in the worker: the failure goes up with it.
    longest_wait_seconds: float = 120.0
    sleep: Callable[[float], None] = field(default=_sleep, repr=False)
    random: Callable[[float, float], float] = field(default=random.uniform, repr=False)

    def wait_for(self, failure: BaseException | None, attempt: int) -> float:
        """Seconds to wait after the ``attempt``-th (1-based) failed attempt."""
        retry_after = getattr(failure, "retry_after", None)
        if retry_after is not None:
            return float(retry_after) + self.random(0.0, float(retry_after) / 10)
        backoff = min(self.cap_seconds, self.base_seconds * 2 ** (attempt - 1))
        return min(self.cap_seconds, backoff + self.random(0.0, self.jitter_seconds))

    def call(
        self,
        attempt: Callable[[], T],
        *,
        provider: str,
        what: str,
        safe_to_repeat: Callable[[RetryLater], bool],
    ) -> T:
        """``attempt()`` until it returns, raises what is not to be retried, or runs out of attempts (then
        its last failure is raised)."""

        def retryable(exc: BaseException) -> bool:
            if not isinstance(exc, RetryLater) or isinstance(exc, EndpointDown) or not safe_to_repeat(exc):
                return False
            return exc.retry_after is None or exc.retry_after <= self.longest_wait_seconds

        def wait(state: tenacity.RetryCallState) -> float:
            failure = state.outcome.exception() if state.outcome is not None else None
            return self.wait_for(failure, state.attempt_number)

        def before_sleep(state: tenacity.RetryCallState) -> None:
            failure = state.outcome.exception() if state.outcome is not None else None
            log.info(
                "%s retry what=%s why=%s wait=%.1fs attempt=%d",
                provider,
                what,
                getattr(failure, "status", None) or "network",
                state.upcoming_sleep,
                state.attempt_number,
            )

        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(max(1, self.attempts)),
            wait=wait,
            retry=tenacity.retry_if_exception(retryable),
            sleep=self.sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        return retrying(attempt)
