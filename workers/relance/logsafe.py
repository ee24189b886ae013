"""No secret in a log line: libraries that log URLs or token responses are kept quiet, and every record is
redacted as a backstop.

The sources come first: Relance's own lines name mailboxes, folders, ids and outcomes, never a token, a
delta link, a message body or a provider's error body beyond its code and short message. Libraries are
another matter: httpx logs every request's full URL at INFO (a Graph delta link carries its
``$deltatoken``, the gmail-push URL its secret), urllib3 logs paths with their query at DEBUG, msal and
google-auth log token requests at DEBUG. :func:`install` sets those loggers to WARNING whatever the level
asked for (their warnings and errors still show).

Then, whatever logs, :func:`redact` runs on every record as it is made (a log record factory, so every handler
sees the redacted text, the file of the demo and pytest's capture alike): it replaces the values of the
known secret shapes (bearer tokens, JWTs, token and secret parameters of URLs, forms and JSON, Google and
Microsoft token formats) by ``[redacted]``, in the message and in a traceback's text.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

REDACTED = "[redacted]"

# Loggers that print URLs, headers or token exchanges below WARNING.
QUIET = (
    "httpx",
    "httpcore",
    "urllib3",
    "requests",
    "msal",
    "google",
    "google.auth",
    "google_auth_httplib2",
    "googleapiclient",
    "googleapiclient.discovery",
    "oauthlib",
    "httplib2",
    "openai",
    "LiteLLM",
    "LiteLLM Router",
    "LiteLLM Proxy",
)

# Names whose value is a secret: in a URL or a form (the first), in JSON or a repr'd dict (the second).
_URL_NAMES = (
    r"\$?deltatoken|\$?skiptoken|access_token|refresh_token|id_token|client_secret|client_assertion|"
    r"token|code|pagetoken|validationtoken|secret|password|api_key|key|sig|signature|assertion"
)
_FIELD_NAMES = (
    r"access_token|refresh_token|id_token|client_secret|client_assertion|secret|password|token_cache|content|"
    r"validationToken|clientState|@odata\.deltaLink|@odata\.nextLink|deltaLink|nextLink|raw"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # URL query and form parameters: ?$deltatoken=…, &token=…, code=…
    (re.compile(rf"([?&;](?:{_URL_NAMES})=)[^&\s\"'<>#]+", re.IGNORECASE), rf"\1{REDACTED}"),
    # JSON and repr'd dicts: "access_token": "…", 'client_secret': '…'
    (
        re.compile(rf"([\"'](?:{_FIELD_NAMES})[\"']\s*:\s*[\"'])[^\"']+", re.IGNORECASE),
        rf"\1{REDACTED}",
    ),
    # key=value in free text: refresh_token=…, client_secret=…
    (
        re.compile(
            r"(\b(?:access_token|refresh_token|id_token|client_secret|push_secret|token_cache)\s*[=:]\s*)[^\s,;&]+",
            re.IGNORECASE,
        ),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"(\bBearer\s+)[^\s\"',]+", re.IGNORECASE), rf"\1{REDACTED}"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"), REDACTED),  # a JWT
    (re.compile(r"\bya29\.[A-Za-z0-9_.-]{10,}"), REDACTED),  # a Google access token
    (re.compile(r"\b1//[A-Za-z0-9_-]{20,}"), REDACTED),  # a Google refresh token
    (re.compile(r"\b[01]\.A[A-Za-z0-9_.-]{40,}"), REDACTED),  # a Microsoft refresh token
    (re.compile(r"\b(?:0\.sbx|sbx|rt)\.[A-Za-z0-9_-]{20,}"), REDACTED),  # the sandboxes' tokens and codes
    (re.compile(r"\bwhsec_[A-Za-z0-9+/=]{8,}"), REDACTED),  # a webhook signing secret (Standard Webhooks)
)


def redact(text: str) -> str:
    """``text`` with the values of known secret shapes replaced by ``[redacted]``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """The record with its message (arguments merged in), traceback and stack redacted."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: let the handler report it as logging does
        return record
    cleaned = redact(message)
    if cleaned != message or record.args:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


_installed = threading.Lock()
_factory: Any = None


def install() -> None:
    """Quiet the chatty libraries and redact every record from now on (idempotent)."""
    global _factory
    for name in QUIET:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
    with _installed:
        if _factory is not None and logging.getLogRecordFactory() is _factory:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            return redact_record(previous(*args, **kwargs))

        _factory = factory
        logging.setLogRecordFactory(factory)
