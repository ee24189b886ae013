"""The blind sets of departure notices' shared world (tests/analysis/test_gone_*_blind.py): Alex Turner's tracked
email, answered by an automatic notice written as a real server sends it, and read by `relance.analysis.analyse`.
Each set was written with its own copy of this harness (the later ones copying test_gone_whose_blind.py's); the
copies were merged here afterwards, no case or expectation touched."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from relance.analysis import analyse

SENT_AT = "2030-01-08T10:05:00+01:00"  # a Tuesday
ALEX = {"address": "alex@northwind-sales.com", "name": "Alex Turner"}


def exchange(sender: str) -> dict[str, str]:
    """Exchange / Outlook automatic replies and transport-rule notices."""
    return {
        "auto-submitted": "auto-generated",
        "x-auto-response-suppress": "All",
        "x-ms-exchange-inbox-rules-loop": sender,
    }


GMAIL = {"auto-submitted": "auto-replied"}
ZIMBRA = {"auto-submitted": "auto-replied (zimbra; vacation)", "x-autoreply": "yes"}
NOTES = {"auto-submitted": "auto-replied", "x-mailer": "HCL Notes Release 12.0.2 FP1"}
# A notice set on a departed person's mailbox by IT is often a server rule: no Auto-Submitted header, the
# subject is what tells a reader it is automatic.
NO_HEADERS: dict[str, str] = {}


@dataclass(frozen=True)
class Case:
    sender: str
    name: str  # the display name; "" when the From header carries none
    subject: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    write_to: str | None = None
    sent_at: str = SENT_AT


def display(name: str, address: str) -> str:
    """The decoded From header, as a mail client writes it (a name with specials is quoted)."""
    if not name:
        return address
    if re.search(r'[,.;:()<>@"\[\]]', name):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def inbound(case: Case) -> dict[str, Any]:
    """A normalised inbound message (the worker contract), answering Alex's tracked email."""
    return {
        "provider_message_id": "AAMkAGI2-notice",
        "provider_thread_id": "AAQkAGI2-notice",
        "internet_message_id": "<notice-1@mail.example>",
        "in_reply_to": "<tracked-1@northwind-sales.com>",
        "references": ["<tracked-1@northwind-sales.com>"],
        "folder": "inbox",
        "from": {"address": case.sender, "name": case.name},
        "to": [ALEX],
        "cc": [],
        "subject": case.subject,
        "sent_at": case.sent_at,
        "received_at": case.sent_at,
        "headers": {"from": display(case.name, case.sender), "subject": case.subject, **case.headers},
        "body_text": case.body,
    }


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def analysed(case: Case) -> dict[str, Any]:
    result: dict[str, Any] = analyse(inbound(case))
    return result
