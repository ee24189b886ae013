"""Gmail messages (``format=full``) to the normalised message of DESIGN.md's contract.

Headers come from ``payload.headers`` with every name lower-cased (a repeated header becomes a list);
``In-Reply-To``, ``References`` and ``Message-ID`` are read from them. The folder is read from the labels:
``SENT`` means sent (a message to oneself carries both SENT and INBOX: it is the mailbox's own message),
``INBOX`` means inbox, anything else ``other``. ``received_at`` is ``internalDate`` (Gmail's own ordering,
more reliable than ``Date``); ``sent_at`` is the ``Date`` header, else ``internalDate``. The body is the
first ``text/plain`` part, else the first ``text/html`` part kept as ``body_html`` (the analysis turns it
into text). :func:`relance.providers.normalise.with_analysis` adds the analysis to inbound messages and
reads a bounce from the raw MIME (``format=raw``).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
from typing import Any

from relance.analysis.headers import message_ids
from relance.providers.normalise import first, header_map, plausible_instant


def _decode(data: str | None) -> str:
    if not data:
        return ""
    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    return raw.decode("utf-8", errors="replace")


def headers_of(payload: dict[str, Any]) -> dict[str, Any]:
    """A Gmail payload's headers as {lower-case name: value}."""
    return header_map(payload.get("headers") or [])


def _people(value: Any) -> list[dict[str, str]]:
    values = value if isinstance(value, list) else [value] if value else []
    return [
        {"address": address.strip().lower(), "name": name}
        for name, address in email.utils.getaddresses([str(v) for v in values])
        if address
    ]


def _bodies(part: dict[str, Any], found: dict[str, str]) -> None:
    """The first text/plain and text/html bodies, depth first; attachments are skipped."""
    mime_type = str(part.get("mimeType") or "").lower()
    if part.get("filename"):
        return
    if mime_type in ("text/plain", "text/html") and mime_type not in found:
        found[mime_type] = _decode((part.get("body") or {}).get("data"))
    for child in part.get("parts") or []:
        _bodies(child, found)


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _date_header(value: str) -> str | None:
    # A Date no sender can have meant (no zone, year 99999, or 9999-12-31 at -14:00, which is past the
    # last instant Python or Postgres can hold once in UTC) is no Date: internalDate stands in for it.
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is None or parsed.tzinfo is None:
            return None
        return _iso(parsed)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def folder_of(labels: list[str]) -> str:
    if "SENT" in labels:
        return "sent"
    if "INBOX" in labels:
        return "inbox"
    return "other"


def normalise(message: dict[str, Any]) -> dict[str, Any]:
    """The contract dict for a Gmail message in ``full`` format (with ``body_html`` for the analysis)."""
    payload = message.get("payload") or {}
    headers = headers_of(payload)
    internal = dt.datetime.fromtimestamp(int(message.get("internalDate") or 0) / 1000, dt.UTC)
    bodies: dict[str, str] = {}
    _bodies(payload, bodies)
    in_reply_to = message_ids(first(headers.get("in-reply-to")))
    own_id = message_ids(first(headers.get("message-id")))
    sender = _people(headers.get("from"))
    return {
        "provider_message_id": str(message["id"]),
        "provider_thread_id": message.get("threadId"),
        "internet_message_id": own_id[0] if own_id else None,
        "in_reply_to": in_reply_to[0] if in_reply_to else None,
        "references": message_ids(first(headers.get("references"))),
        "folder": folder_of([str(label) for label in message.get("labelIds") or []]),
        "from": sender[0] if sender else {"address": "", "name": ""},
        "to": _people(headers.get("to")),
        "cc": _people(headers.get("cc")),
        "subject": first(headers.get("subject")),
        "sent_at": plausible_instant(_date_header(first(headers.get("date")))) or _iso(internal),
        "received_at": _iso(internal),
        "headers": headers,
        "body_text": bodies.get("text/plain", ""),
        "body_html": bodies.get("text/html") if "text/plain" not in bodies else None,
    }
