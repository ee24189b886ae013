"""Graph messages to the normalised message of DESIGN.md's contract, the dict ``ingest_message`` reads.

Graph has no In-Reply-To or References properties: they come from ``internetMessageHeaders`` (selected
explicitly), with every header name lower-cased. The folder is the one whose delta (or parentFolderId)
the message came from. Inbound messages get their ``analysis``; when the headers suggest a delivery
report, the raw MIME (``/$value``) is fetched so the DSN parts can be read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from relance.analysis import analyse, analyse_email, language, names, new_text
from relance.analysis.bounce import looks_like_bounce
from relance.analysis.headers import Headers, message_ids

FOLDER_NAMES = {"inbox": "inbox", "sentitems": "sent"}


def _person(value: Any) -> dict[str, str]:
    email = (value or {}).get("emailAddress") or {}
    return {"address": str(email.get("address") or "").strip().lower(), "name": str(email.get("name") or "")}


def headers_of(message: dict[str, Any]) -> dict[str, Any]:
    """Graph's ``internetMessageHeaders`` as {lower-case name: value}."""
    return header_map(message.get("internetMessageHeaders") or [])


def header_map(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """[{name, value}] (Graph's and Gmail's shape) as {lower-case name: value}; a repeated header becomes a
    list."""
    headers: dict[str, Any] = {}
    for header in pairs:
        name = str(header.get("name") or "").strip().lower()
        if not name:
            continue
        value = str(header.get("value") or "")
        if name in headers:
            previous = headers[name]
            headers[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            headers[name] = value
    return headers


# The instants the contract accepts (sql/functions/080_ingest.sql, private.contract_instant).
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


def plausible_instant(value: Any) -> str | None:
    """``value`` when it is an ISO 8601 instant with a zone between 1970 and 2200, else None. A sender's
    clock (the Date header, Graph's sentDateTime) can say anything; the header itself stays in ``headers``."""
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        if parsed.tzinfo is None or not EARLIEST <= parsed <= LATEST:
            return None
    except (ValueError, OverflowError):
        return None
    return value


def first(value: Any) -> str:
    """A header's value, or its first value when it was repeated."""
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value or "")


def normalise(message: dict[str, Any], folder: str) -> dict[str, Any]:
    """The contract dict for a Graph message found in ``folder`` (inbox, sentitems or other)."""
    headers = headers_of(message)
    body = message.get("body") or {}
    in_reply_to = message_ids(first(headers.get("in-reply-to")))
    return {
        "provider_message_id": str(message["id"]),
        "provider_thread_id": message.get("conversationId"),
        "internet_message_id": message.get("internetMessageId")
        or next(iter(message_ids(first(headers.get("message-id")))), None),
        "in_reply_to": in_reply_to[0] if in_reply_to else None,
        "references": message_ids(first(headers.get("references"))),
        "folder": FOLDER_NAMES.get(folder, "other"),
        "from": _person(message.get("from")),
        "to": [_person(r) for r in message.get("toRecipients") or []],
        "cc": [_person(r) for r in message.get("ccRecipients") or []],
        "subject": message.get("subject") or "",
        # A sent time no clock can have meant is replaced by the server's receipt time, as Gmail's is.
        "sent_at": plausible_instant(message.get("sentDateTime")) or message.get("receivedDateTime"),
        "received_at": message.get("receivedDateTime"),
        "headers": headers,
        "body_text": str(body.get("content") or "") if str(body.get("contentType", "text")).lower() == "text" else "",
        "body_html": str(body.get("content") or "") if str(body.get("contentType", "")).lower() == "html" else None,
    }


def with_analysis(normalised: dict[str, Any], mailbox_address: str, fetch_mime: Callable[[], bytes]) -> dict[str, Any]:
    """The message ready for ``ingest_message``: inbound messages carry their ``analysis`` (from the raw
    MIME when it looks like a bounce); the transport-only ``body_html`` and ``replied_to_text`` (the text the firm
    stored of the message it answers, :func:`relance.sync.with_replied_to`) are dropped."""
    result = {k: v for k, v in normalised.items() if k not in ("body_html", "replied_to_text")}
    inbound = normalised["folder"] != "sent" and normalised["from"]["address"] != mailbox_address.lower()
    if not inbound:
        # R16: what the user sent is read for its language (the follow-ups of a tracked email speak it) and for how
        # it greets its recipients (`names`: the first name a follow-up may use, or none after a formal salutation).
        body_html = normalised.get("body_html")
        words = new_text.extract(normalised.get("body_text"), body_html if isinstance(body_html, str) else None)
        analysis: dict[str, Any] = {}
        if detected := language.detect(words):
            analysis["language"] = detected
        if recipients := names.recipients_analysis(normalised.get("to") or [], words):
            analysis["recipients"] = recipients
        # The names it gives those in copy (a notary, a colleague), for its follow-ups' Cc; greeted by nobody.
        copied = {}
        for person in list(normalised.get("cc") or [])[: names.MAX_RECIPIENTS]:
            address = str(person.get("address") or "").strip().lower()
            if "@" in address and (name := names.display_name(str(person.get("name") or ""))) is not None:
                copied[address] = name
        if copied:
            analysis["cc_names"] = copied
        # Who the email showed by a name that is no person's ("Cabinet Vidal", "Accueil"): its follow-ups show them
        # the same way, as a reply to all does, where a bare address would read colder than the email did.
        named = {a for a, said in (analysis.get("recipients") or {}).items() if said.get("name")} | set(copied)
        shown: dict[str, str] = {}
        for person in [*list(normalised.get("to") or [])[: names.MAX_RECIPIENTS],
                       *list(normalised.get("cc") or [])[: names.MAX_RECIPIENTS]]:  # fmt: skip
            address = str(person.get("address") or "").strip().lower()
            if "@" in address and address not in named and (name := names.shown_name(person.get("name"))):
                shown.setdefault(address, name)
        if shown:
            analysis["shown_names"] = shown
        if analysis:
            result["analysis"] = analysis
        return result
    headers = Headers(normalised["headers"])
    if looks_like_bounce(headers, str(normalised.get("subject") or "")):
        result["analysis"] = analyse_email(fetch_mime())
    else:
        result["analysis"] = analyse(normalised)
    return result
