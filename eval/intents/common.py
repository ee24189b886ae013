"""The case constructor shared by tune.py and heldout.py."""

from __future__ import annotations

from typing import Any

DEFAULT_SENT = "2026-10-14"  # a Wednesday


def C(
    lang: str,
    label: str,
    text: str,
    *,
    sent: str = DEFAULT_SENT,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    case: dict[str, Any] = {"lang": lang, "label": label, "sent": sent, "text": text}
    if label == "not_now":
        case["until"] = until
    elif until is not None:
        raise ValueError("only not_now carries a date")
    if referral is not None:
        case["referral"] = {"name": referral[0], "address": referral[1]}
    return case
