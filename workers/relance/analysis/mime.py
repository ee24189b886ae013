"""Raw RFC 822 / MIME messages to the worker contract's normalised dict (headers, bodies, dates)."""

from __future__ import annotations

import email
from datetime import datetime
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from relance.analysis.headers import decode_words, message_ids, unfold


def parse(raw: bytes | str) -> Message:
    """Parse with the compat32 policy (fast, and what flufl.bounce expects)."""
    if isinstance(raw, bytes):
        return email.message_from_bytes(raw)
    return email.message_from_string(raw)


def normalise(msg: Message, raw: bytes | str | None = None, *, received_at: datetime | None = None) -> dict[str, Any]:
    """The contract dict for a parsed message. `raw` is kept as a string for bounce parsing downstream."""
    headers: dict[str, Any] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        text = decode_words(unfold(_utf8(value)))
        if key in headers:
            previous = headers[key]
            headers[key] = [*previous, text] if isinstance(previous, list) else [previous, text]
        else:
            headers[key] = text
    body_text, body_html = bodies(msg)
    sent = _date(msg.get("date"))
    received = received_at or sent
    from_name, from_addr = parseaddr(decode_words(_utf8(_raw(msg, "from"))))
    raw_text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return {
        "provider_message_id": None,
        "provider_thread_id": None,
        "internet_message_id": next(iter(message_ids(str(msg.get("message-id", "")))), None),
        "in_reply_to": next(iter(message_ids(str(msg.get("in-reply-to", "")))), None),
        "references": message_ids(str(msg.get("references", ""))),
        "folder": "inbox",
        "from": {"address": from_addr.lower(), "name": from_name},
        "to": _people(msg.get_all("to", [])),
        "cc": _people(msg.get_all("cc", [])),
        "subject": decode_words(unfold(_utf8(_raw(msg, "subject")))),
        "sent_at": sent.isoformat() if sent else None,
        "received_at": received.isoformat() if received else None,
        "headers": headers,
        "body_text": body_text,
        "body_html": body_html,
        "raw": raw_text,
    }


def _raw(msg: Message, name: str) -> str:
    """The header's first value as parsed, before compat32 turns 8-bit bytes into replacement characters."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def _utf8(value: object) -> str:
    """A raw header value whose 8-bit bytes (RFC 6532 UTF-8 headers, as Russian or Chinese MTAs send subjects)
    were kept as surrogate escapes: back to text."""
    text = str(value)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def bodies(msg: Message) -> tuple[str, str | None]:
    """First inline text/plain and text/html parts, not looking inside attached messages."""
    text: str | None = None
    html: str | None = None
    stack = [msg]
    while stack and (text is None or html is None):
        part = stack.pop(0)
        ctype = part.get_content_type()
        if ctype.startswith("message/"):
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack[0:0] = [p for p in payload if isinstance(p, Message)]
            continue
        if (part.get("content-disposition") or "").lower().startswith("attachment"):
            continue
        if ctype == "text/plain" and text is None:
            text = _decode(part)
        elif ctype == "text/html" and html is None:
            html = _decode(part)
    return text or "", html


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def _people(values: list[Any]) -> list[dict[str, str]]:
    return [
        {"address": addr.lower(), "name": name}
        for name, addr in getaddresses([decode_words(str(v)) for v in values])
        if addr
    ]


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
