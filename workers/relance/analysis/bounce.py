"""Bounces (delivery status notifications): a header and subject gate, then per-recipient failures.

Recipients come from RFC 3464 `message/delivery-status` blocks when present, else from `flufl.bounce`
(Exim, qmail, Yahoo, Postfix and other text formats), else from the notification text. A recipient fails
permanently on a 5.x.x status (or a 5xx reply without one), temporarily on 4.x.x. The returned message's
`Message-ID` comes from the attached message/rfc822 or text/rfc822-headers part, the copy in the text, or
the bounce's own In-Reply-To / References.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser

from flufl.bounce import all_failures

from relance.analysis.headers import Headers, address, content_type, message_ids

log = logging.getLogger(__name__)

_DAEMON_LOCALPARTS = frozenset({"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "mdaemon"})
_DAEMON_NAMES = re.compile(
    r"^(?:mail\s+delivery\s+(?:subsystem|system|service)|mail\s+administrator|microsoft\s+outlook|"
    r"microsoft\s+exchange|postmaster|mailer-daemon|système\s+de\s+messagerie)$",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"""^\s*(?:
        undeliver(?:able|ed)\b | delivery\s+status\s+notification | delivery\s+(?:has\s+)?failed |
        delivery\s+failure | mail\s+delivery\s+failed | failure\s+notice | returned\s+mail\b |
        mail\s+system\s+error | message\s+not\s+delivered | delayed\s+mail | warning:\s+message\s+\S+\s+delayed |
        delivery\s+notification:\s+delivery | non\s+remis | non\s+distribuable | rapport\s+de\s+non-remise |
        échec\s+de\s+(?:la\s+)?(?:remise|distribution) | message\s+non\s+(?:remis|délivré|distribué) |
        courrier\s+non\s+(?:délivré|remis|distribué) | notification\s+d'état\s+de\s+(?:la\s+)?remise
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(r"(?<![\d.])([45])\d\d(?![\d.])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_COPY_MARKERS = re.compile(
    r"^(?:-+\s*this\s+is\s+a\s+copy\s+of\s+the\s+message|-+\s*below\s+this\s+line\s+is\s+a\s+copy|"
    r"-+\s*original\s+message|original\s+message\s+headers|-+\s*the\s+header\s+of\s+the\s+original)",
    re.IGNORECASE | re.MULTILINE,
)
_COPIED_MESSAGE_ID = re.compile(r"^message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_TEMPORARY_WORDS = re.compile(
    r"temporar|delayed|will\s+be\s+retried|will\s+retry|not\s+yet\s+been\s+delivered|warning\s+only|"
    r"nouvelle\s+tentative|différé",
    re.IGNORECASE,
)
_NOTIFICATION_LIMIT = 20000


@dataclass
class Recipient:
    address: str
    permanent: bool
    status: str | None

    def as_dict(self) -> dict[str, object]:
        return {"address": self.address, "permanent": self.permanent, "status": self.status}


@dataclass
class BounceReport:
    recipients: list[Recipient] = field(default_factory=list)
    original_message_id: str | None = None

    @property
    def permanent(self) -> bool:
        return bool(self.recipients) and all(r.permanent for r in self.recipients)

    def as_dict(self) -> dict[str, object]:
        return {
            "permanent": self.permanent,
            "recipients": [r.as_dict() for r in self.recipients],
            "original_message_id": self.original_message_id,
        }


def looks_like_bounce(headers: Headers, subject: str) -> bool:
    """The gate: an RFC 3464 report, or a delivery-system sender or subject backed by a second signal."""
    media, params = content_type(headers.get("content-type"))
    if media == "multipart/report" and params.get("report-type", "").lower() == "delivery-status":
        return True
    sender = address(headers.get("from"))
    localpart = sender.split("@", 1)[0]
    display = _display_name(headers.get("from"))
    daemon = localpart in _DAEMON_LOCALPARTS or bool(display and _DAEMON_NAMES.match(display))
    bounce_subject = bool(subject and _SUBJECT.match(subject))
    if localpart == "mailer-daemon" or (daemon and bounce_subject):
        return True
    if bounce_subject:
        null_sender = headers.lower("return-path").replace(" ", "") in ("<>", "")
        return headers.has("x-failed-recipients") or (headers.has("auto-submitted") and null_sender)
    return False


def read_bounce(msg: Message, headers: Headers, notification: str) -> BounceReport:
    """Failed recipients and the returned message's id. `notification` is the bounce's readable text."""
    recipients = _from_delivery_status(msg)
    if not recipients:
        recipients = _from_flufl(msg, notification)
    if not recipients:
        recipients = _from_text(headers, notification)
    return BounceReport(recipients, _original_message_id(msg, headers, notification))


def _display_name(value: str | None) -> str:
    if not value:
        return ""
    if "<" in value:
        return value.split("<", 1)[0].strip().strip('"').strip()
    paren = re.search(r"\(([^)]*)\)", value)
    return paren.group(1).strip() if paren else ""


def _status_of(text: str) -> str | None:
    found = _STATUS.search(text)
    return ".".join(found.groups()) if found else None


def _from_delivery_status(msg: Message) -> list[Recipient]:
    out: list[Recipient] = []
    for part in _walk_outer(msg):
        if part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        for block in blocks:
            if not isinstance(block, Message):
                continue
            raw_rcpt = block.get("final-recipient") or block.get("original-recipient")
            if not raw_rcpt:
                continue
            action = str(block.get("action", "")).strip().lower()
            if action.startswith(("delivered", "relayed", "expanded")):
                continue
            rcpt = str(raw_rcpt).split(";", 1)[-1].strip().strip("<>").strip().lower()
            status = _status_of(str(block.get("status", "")))
            if status is None:
                status = _status_of(str(block.get("diagnostic-code", "")))
            permanent = status.startswith("5") if status is not None else action.startswith(("fail", "error"))
            if rcpt and not any(r.address == rcpt for r in out):
                out.append(Recipient(rcpt, permanent, status))
    return out


def _from_flufl(msg: Message, notification: str) -> list[Recipient]:
    try:
        temporary, permanent = all_failures(msg)
    except Exception:  # flufl's heuristic detectors can trip on malformed mail; the text fallback remains
        log.warning("flufl.bounce failed on a message", exc_info=True)
        return []
    out: list[Recipient] = []
    for raw, is_permanent in [(a, False) for a in temporary] + [(a, True) for a in permanent]:
        rcpt = (raw.decode("ascii", "replace") if isinstance(raw, bytes) else str(raw)).strip().lower()
        if not rcpt or any(r.address == rcpt for r in out):
            continue
        status, smtp_class = _near(notification, rcpt)
        if status is not None:
            is_permanent = status.startswith("5")
        elif smtp_class is not None:
            is_permanent = smtp_class == "5"
        out.append(Recipient(rcpt, is_permanent, status))
    return out


def _near(text: str, rcpt: str) -> tuple[str | None, str | None]:
    """Enhanced status code and SMTP reply class found in the lines right after the address."""
    at = text.lower().find(rcpt)
    if at < 0:
        return None, None
    window = text[at + len(rcpt) : at + len(rcpt) + 400]
    marker = _COPY_MARKERS.search(window)
    if marker:
        window = window[: marker.start()]
    status = _status_of(window)
    code = _SMTP_CODE.search(window)
    return status, (code.group(1) if code else None)


def _from_text(headers: Headers, notification: str) -> list[Recipient]:
    """Addresses in the notification (before any copy of the message) followed by a status or SMTP code."""
    text = notification[:_NOTIFICATION_LIMIT]
    marker = _COPY_MARKERS.search(text)
    if marker:
        text = text[: marker.start()]
    own = {address(headers.get("to")), address(headers.get("from"))}
    candidates = [a.lower() for a in headers.get_all("x-failed-recipients") for a in _EMAIL.findall(a)]
    candidates += [a.lower() for a in _EMAIL.findall(text)]
    temporary_text = bool(_TEMPORARY_WORDS.search(text))
    out: list[Recipient] = []
    for rcpt in candidates:
        if rcpt in own or rcpt.split("@", 1)[0] in _DAEMON_LOCALPARTS or any(r.address == rcpt for r in out):
            continue
        status, smtp_class = _near(text, rcpt)
        if status is None and smtp_class is None and not headers.get_all("x-failed-recipients"):
            continue
        if status is not None:
            permanent = status.startswith("5")
        elif smtp_class is not None:
            permanent = smtp_class == "5"
        else:
            permanent = not temporary_text
        out.append(Recipient(rcpt, permanent, status))
    return out


def _original_message_id(msg: Message, headers: Headers, notification: str) -> str | None:
    for part in _walk_outer(msg):
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(first, Message):
                ids = message_ids(str(first.get("message-id", "")))
                if ids:
                    return ids[0]
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            payload = part.get_payload(decode=True)
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(part.get_payload())
            ids = message_ids(str(HeaderParser().parsestr(text).get("message-id", "")))
            if ids:
                return ids[0]
    copied = _COPIED_MESSAGE_ID.search(notification)
    if copied:
        return copied.group(1)
    for name in ("in-reply-to", "references"):
        ids = message_ids(headers.get(name))
        if ids:
            return ids[0] if name == "in-reply-to" else ids[-1]
    for part in _walk_outer(msg):
        if part.get_content_type() == "message/delivery-status":
            blocks = part.get_payload()
            if isinstance(blocks, list) and blocks and isinstance(blocks[0], Message):
                ids = message_ids(str(blocks[0].get("x-original-message-id", "")))
                if ids:
                    return ids[0]
    return None


def _walk_outer(msg: Message) -> list[Message]:
    """Parts of the bounce itself, without descending into the returned message."""
    out: list[Message] = []
    stack = [msg]
    while stack:
        part = stack.pop(0)
        out.append(part)
        if part.is_multipart() and not part.get_content_type().startswith("message/"):
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(p for p in payload if isinstance(p, Message))
    return out
