"""RFC 5322 / RFC 3464 messages the sandbox delivers or sends, built and read with the standard library.

Out-of-office replies carry RFC 3834 ``Auto-Submitted: auto-replied`` plus Exchange's
``X-Auto-Response-Suppress: All`` (MS-OXCMAIL 2.1.3.2.20); bounces are ``multipart/report;
report-type=delivery-status`` (RFC 3464) from the postmaster with the original message attached.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, getaddresses, make_msgid

Address = tuple[str, str]  # (display name, address)

_PREFIX = re.compile(r"^\s*((re|fw|fwd|tr|aw|wg|sv|antw|rif|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")


def normalize_subject(subject: str) -> str:
    """The conversation topic: the subject without reply/forward prefixes (``Re:``, ``Fwd:``, ``TR:``…)."""
    return _PREFIX.sub("", subject or "").strip()


def message_id(domain: str) -> str:
    return make_msgid(idstring=secrets.token_hex(6), domain=domain)


def msgids(value: str | None) -> list[str]:
    return _MSGID.findall(value or "")


def parse(raw: bytes) -> EmailMessage:
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def addresses(msg: Message, header: str) -> list[Address]:
    values = msg.get_all(header) or []
    return [(name, addr) for name, addr in getaddresses([str(v) for v in values]) if addr]


def parse_address(value: str) -> Address:
    found = getaddresses([value])
    if not found or not found[0][1]:
        raise ValueError(f"not an address: {value!r}")
    return found[0]


def format_address(addr: Address) -> str:
    name, address = addr
    return f'"{name}" <{address}>' if name else address


def body_of(msg: EmailMessage) -> tuple[str, str]:
    """``("html"|"text", content)`` of the message's main body (first html, else first text part)."""
    part = msg.get_body(preferencelist=("html", "plain"))
    if part is None:
        for candidate in msg.walk():
            if candidate.get_content_maintype() == "text":
                part = candidate
                break
    if part is None:
        return "text", ""
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    text = content if isinstance(content, str) else content.decode("utf-8", "replace")
    return ("html" if part.get_content_subtype() == "html" else "text"), text


def text_of(msg: EmailMessage) -> str:
    """The plain-text body of a message (its text/plain part, else its HTML as text)."""
    part = msg.get_body(preferencelist=("plain",))
    if isinstance(part, EmailMessage):
        content = part.get_content()
        return content if isinstance(content, str) else content.decode("utf-8", "replace")
    kind, body = body_of(msg)
    return html_to_text(body) if kind == "html" else body


def html_of(msg: EmailMessage) -> str | None:
    """The HTML body of a message, or None when it has none."""
    part = msg.get_body(preferencelist=("html",))
    if not isinstance(part, EmailMessage):
        return None
    content = part.get_content()
    return content if isinstance(content, str) else content.decode("utf-8", "replace")


def html_to_text(html: str) -> str:
    text = re.sub(r"(?is)<(script|style).*?</\1>", "", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def text_to_html(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<html><body><div>" + escaped.replace("\n", "<br>") + "</div></body></html>"


def build(
    *,
    sender: Address,
    to: list[Address],
    subject: str,
    text: str,
    date: dt.datetime,
    msg_id: str,
    cc: list[Address] | None = None,
    html: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    extra_headers: list[tuple[str, str]] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = format_address(sender)
    msg["To"] = ", ".join(format_address(a) for a in to)
    if cc:
        msg["Cc"] = ", ".join(format_address(a) for a in cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = msg_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    for name, value in extra_headers or []:
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def reply_chain(parent_message_id: str | None, parent_references: list[str]) -> list[str]:
    """RFC 5322 §3.6.4: the parent's References (or In-Reply-To) followed by the parent's Message-ID."""
    chain = list(parent_references)
    if parent_message_id and parent_message_id not in chain:
        chain.append(parent_message_id)
    return chain


def bounce(
    *,
    reporting_domain: str,
    postmaster: Address,
    original: bytes,
    failed: list[str],
    date: dt.datetime,
    msg_id: str,
    to: Address,
    subject: str,
    status: str = "5.1.1",
    diagnostic: str = "550 5.1.1 The email account that you tried to reach does not exist.",
) -> bytes:
    """An RFC 3464 delivery status notification naming ``failed`` recipients of ``original``."""
    report = EmailMessage()
    report["From"] = format_address(postmaster)
    report["To"] = format_address(to)
    report["Subject"] = subject
    report["Date"] = format_datetime(date.astimezone(dt.UTC))
    report["Message-ID"] = msg_id
    report["Auto-Submitted"] = "auto-replied"
    report["MIME-Version"] = "1.0"
    original_msg = parse(original)
    if original_msg["Message-ID"]:
        report["In-Reply-To"] = str(original_msg["Message-ID"])
        report["References"] = str(original_msg["Message-ID"])
    human = (
        "Delivery has failed to these recipients or groups:\n\n"
        + "\n".join(failed)
        + f"\n\nThe remote server returned: {diagnostic}\n"
    )
    per_message = f"Reporting-MTA: dns; {reporting_domain}\nArrival-Date: {format_datetime(date)}\n"
    per_recipient = [
        f"Final-Recipient: rfc822; {addr}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp; {diagnostic}\n"
        for addr in failed
    ]
    status_text = per_message + "\n" + "\n".join(per_recipient)
    boundary = "sbx-report-" + secrets.token_hex(8)
    head = report.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0].decode()
    body = (
        f"{head}\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n"
        f' boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{human}\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n{status_text}\r\n"
        f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n"
    )
    return (
        body.replace("\r\n", "\n").replace("\n", "\r\n").encode()
        + original.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        + f"\r\n--{boundary}--\r\n".encode()
    )


# Headers folded only past RFC 5322's hard limit (998): the email package's folder (CPython 3.11) drops the space
# between two encoded words it folds apart ("Mme BéréniceDupré-Laforêt"), which no real mail service does.
_SERIALISE = policy.SMTP.clone(max_line_length=998)


def to_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=_SERIALISE)
