"""The one place where provider failures become the three outcomes the workers act on.

- :class:`RetryLater`: try again later (429, 503, 504 and other 5xx, network errors), after
  ``retry_after`` seconds when the provider said so (``Retry-After``).
- :class:`GiveUp`: a permanent refusal (400, 403, 404 …) with the provider's error code and message.
- :class:`NeedsReauth`: the grant is gone (401 even after a fresh token; ``invalid_grant`` such as
  AADSTS50173 "grant revoked" or AADSTS70000): the mailbox waits for its owner to reconnect it.

Gmail (``gmail_failure``, ``google_refresh_failure``): 429 and 403 rate-limit reasons retry (Gmail
rarely sends Retry-After: the client backs off exponentially), 5xx retry, 404 on history.list is
:class:`SyncStateLost` (full sync), 401 and 403 insufficientPermissions need reauth, other 4xx give up;
a refresh refused with ``invalid_grant`` needs reauth.

Sources: Graph throttling guidance (429 + Retry-After), Graph error responses ({"error": {code,
message}}), the Microsoft identity platform's AADSTS codes (see /work/shared/reference/mail-protocols.md).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections.abc import Callable
from typing import Any

import httpx

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# AADSTS codes that mean the user (or an admin) must consent again: the refresh token is no good.
REAUTH_AADSTS = frozenset({50173, 70000, 70008, 50076, 50079, 65001, 700082, 50078, 53003})
DEFAULT_RETRY_SECONDS = 30


class ProviderError(Exception):
    """Base of the three outcomes; ``str()`` is safe to log and to store (no token, no body)."""


class RetryLater(ProviderError):
    """``status``: the HTTP status (None for a network error): :mod:`relance.providers.retry` repeats a
    request that is not idempotent only when the provider refused it without executing it (429)."""

    def __init__(self, reason: str, retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.status = status


class EndpointDown(RetryLater):
    """A request not made: its endpoint (a token endpoint) failed too often in a row and is not asked again before
    its cool-down ends (:mod:`relance.providers.breaker`). Retried by the next pass, never within this one."""


class GiveUp(ProviderError):
    def __init__(self, reason: str, status: int | None = None, code: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.code = code


class NeedsReauth(ProviderError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SyncStateLost(ProviderError):
    """A delta cursor the provider no longer knows (410 / SyncStateNotFound / resyncRequired): start over."""


def parse_retry_after(
    raw: str | None, date: str | None = None, now: Callable[[], dt.datetime] | None = None
) -> float | None:
    """``Retry-After`` in seconds: a number of seconds (what Graph sends), or an HTTP-date (RFC 9110 10.2.3),
    measured from the response's own ``Date`` (the provider's clock, so a skewed local clock does not matter),
    else from ``now``. None when absent or unreadable; never negative."""
    if raw is None or not raw.strip():
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    reference: dt.datetime | None = None
    if date:
        try:
            reference = email.utils.parsedate_to_datetime(date.strip())
        except (TypeError, ValueError, IndexError):
            reference = None
    if reference is None:
        reference = now() if now is not None else dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=dt.UTC)
    return max(0.0, (when - reference).total_seconds())


def retry_after_seconds(response: httpx.Response) -> float | None:
    """A Graph response's ``Retry-After`` in seconds (:func:`parse_retry_after`)."""
    return parse_retry_after(response.headers.get("retry-after"), response.headers.get("date"))


def graph_error_body(response: httpx.Response) -> tuple[str, str]:
    """Graph's ``{"error": {"code", "message"}}`` as (code, message); empty strings when absent."""
    try:
        payload = response.json()
    except ValueError:
        return "", ""
    error = payload.get("error") if isinstance(payload, dict) else None
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("code") or ""), str(error.get("message") or "")[:300]


def graph_failure(response: httpx.Response, what: str) -> ProviderError:
    """The outcome for a Graph response that is not a success (401 is handled by the caller, which
    refreshes the token once before it calls this)."""
    status = response.status_code
    code, message = graph_error_body(response)
    detail = f"{what}: Graph {status} {code}: {message}".rstrip(": ")
    if status == 410 or code.lower() in ("syncstatenotfound", "resyncrequired", "syncstateinvalid"):
        return SyncStateLost(detail)
    if status in RETRYABLE_STATUS:
        return RetryLater(detail, retry_after_seconds(response), status)
    if status == 401:
        return NeedsReauth(detail)
    return GiveUp(detail, status, code)


def network_failure(exc: httpx.HTTPError, what: str) -> RetryLater:
    return RetryLater(f"{what}: network error {type(exc).__name__}")


def msal_failure(result: dict[str, Any], what: str) -> ProviderError:
    """An MSAL result without an access token: a refused grant needs reauth, anything else retries."""
    error = str(result.get("error") or "unknown_error")
    codes = {int(c) for c in result.get("error_codes") or [] if str(c).isdigit()}
    description = str(result.get("error_description") or "").split("\n")[0][:300]
    detail = f"{what}: {error}: {description}".rstrip(": ")
    if error in ("invalid_grant", "interaction_required", "consent_required", "login_required") or (
        codes & REAUTH_AADSTS
    ):
        return NeedsReauth(detail)
    if error in ("invalid_client", "unauthorized_client", "invalid_scope", "unsupported_grant_type"):
        return GiveUp(detail, None, error)
    return RetryLater(detail)


# --------------------------------------------------------------------------------------- Gmail

# Gmail's quota reasons (usageLimits domain): the request was not executed, try again later.
GOOGLE_RATE_REASONS = frozenset(
    {"ratelimitexceeded", "userratelimitexceeded", "quotaexceeded", "concurrentlimitexceeded"}
)
# The per-user daily sending limit: waiting seconds does not help; an hour is the smallest useful wait.
GOOGLE_DAILY_REASONS = frozenset({"dailylimitexceeded", "dailylimitexceededunreg"})
# A grant without the scope Relance asked for: the owner must consent again.
GOOGLE_SCOPE_REASONS = frozenset({"insufficientpermissions", "access_token_scope_insufficient"})


def google_error_body(content: bytes | str | None) -> tuple[str, str]:
    """Google's ``{"error": {"code", "message", "errors": [{"reason"}], "status"}}`` as (reason, message)."""
    try:
        payload = json.loads(content or b"{}")
    except ValueError:
        return "", ""
    error = payload.get("error") if isinstance(payload, dict) else None
    if not isinstance(error, dict):
        return (str(error), "") if isinstance(error, str) else ("", "")
    details = error.get("errors") or []
    reason = str(details[0].get("reason") or "") if details and isinstance(details[0], dict) else ""
    for detail in error.get("details") or []:
        if isinstance(detail, dict) and detail.get("reason"):
            reason = reason or str(detail["reason"])
    return reason or str(error.get("status") or ""), str(error.get("message") or "")[:300]


def gmail_failure(
    status: int, content: bytes | str | None, retry_after: str | None, what: str, date: str | None = None
) -> ProviderError:
    """The outcome for a Gmail API answer that is not a success (documented in Gmail's "Resolve errors"
    page: 429 and 403 rate limits retry with exponential backoff, 5xx retry, 404 on history.list means
    the startHistoryId is too old: full sync; 401 after a fresh token means the grant is gone)."""
    reason, message = google_error_body(content)
    detail = f"{what}: Gmail {status} {reason}: {message}".rstrip(": ")
    wait = parse_retry_after(retry_after, date)
    lowered = reason.lower()
    if status == 429 or (status == 403 and lowered in GOOGLE_RATE_REASONS):
        return RetryLater(detail, wait, status)
    if status == 403 and lowered in GOOGLE_DAILY_REASONS:
        return RetryLater(detail, wait if wait is not None else 3600.0, status)
    if status in RETRYABLE_STATUS:
        return RetryLater(detail, wait, status)
    if status == 401 or (status == 403 and lowered in GOOGLE_SCOPE_REASONS):
        return NeedsReauth(detail)
    if status == 404 and what == "history":
        return SyncStateLost(detail)
    return GiveUp(detail, status, reason)


def google_refresh_failure(error: str, description: str, retryable: bool, what: str) -> ProviderError:
    """A google-auth RefreshError: a refused grant (invalid_grant: revoked, expired, password changed)
    needs reauth; a refused client gives up; anything else (a 5xx at the token endpoint) retries."""
    detail = f"{what}: {error}: {description[:300]}".rstrip(": ")
    if error in ("invalid_grant", "invalid_rapt", "interaction_required", "consent_required"):
        return NeedsReauth(detail)
    if error in ("invalid_client", "unauthorized_client", "invalid_scope", "unsupported_grant_type") and not retryable:
        return GiveUp(detail, None, error)
    return RetryLater(detail)
