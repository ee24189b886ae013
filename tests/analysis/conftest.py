"""Builders for worker-contract message dicts used across the analysis tests."""

from __future__ import annotations

from typing import Any

import pytest


def contract_message(
    *,
    subject: str = "Re: Proposal",
    body: str = "Thanks, let's talk Tuesday.",
    headers: dict[str, Any] | None = None,
    sender: str = "jordan@acme.com",
    html: str | None = None,
    sent_at: str = "2024-12-02T10:15:00-05:00",
    raw: str | None = None,
) -> dict[str, Any]:
    """A normalised inbound message as the workers hand it over (the fixed contract)."""
    message: dict[str, Any] = {
        "provider_message_id": "AAMkAGI2",
        "provider_thread_id": "AAQkAGI2",
        "internet_message_id": "<reply-1@acme.com>",
        "in_reply_to": "<tracked-1@northwind-sales.com>",
        "references": ["<tracked-1@northwind-sales.com>"],
        "folder": "inbox",
        "from": {"address": sender, "name": "Jordan Ellis"},
        "to": [{"address": "alex@northwind-sales.com", "name": "Alex Turner"}],
        "cc": [],
        "subject": subject,
        "sent_at": sent_at,
        "received_at": sent_at,
        "headers": {"from": f"Jordan Ellis <{sender}>", "subject": subject, **(headers or {})},
        "body_text": body,
    }
    if html is not None:
        message["body_html"] = html
    if raw is not None:
        message["raw"] = raw
    return message


@pytest.fixture
def make_message() -> Any:
    return contract_message
