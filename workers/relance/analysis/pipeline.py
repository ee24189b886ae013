"""One inbound message to its `analysis` object: complaint or bounce, then automatic reply or list mail, else
human.

Feedback reports (ARF, SES complaints) come first: they carry the returned message and look like bounces.
Order matters: a bounce often carries `Auto-Submitted`, and list mail may carry `Auto-Submitted:
auto-generated`, so the bounce gate runs first, then explicit auto-reply headers, then list headers, then
the remaining auto-reply signals (generated header, subject, body). Opt-outs are read only for humans.
"""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage, Message
from typing import Any

from relance.analysis import auto_reply, bounce, mime, new_text, opt_out, return_date
from relance.analysis.headers import Headers, decode_words, parse_address

VERSION = 1


def analyse(message: dict[str, Any]) -> dict[str, Any]:
    """The `analysis` object for a normalised message dict (the worker contract)."""
    return analyse_parsed(message, None)


def analyse_email(
    raw: bytes | str, *, received_at: datetime | None = None, replied_to_text: str | None = None
) -> dict[str, Any]:
    """Parse a raw RFC 822 message and analyse it (`replied_to_text`: the text the firm stored of the message it
    answers, when known)."""
    msg = mime.parse(raw)
    message = mime.normalise(msg, raw, received_at=received_at)
    if replied_to_text:
        message["replied_to_text"] = replied_to_text
    return analyse_parsed(message, msg)


def analyse_parsed(message: dict[str, Any], parsed: Message | None) -> dict[str, Any]:
    headers = Headers(message.get("headers"))
    subject = str(message.get("subject") or headers.get("subject") or "")
    if not headers.has("from") and isinstance(message.get("from"), dict):
        sender = message["from"]
        headers = Headers({**(message.get("headers") or {}), "from": _from_header(sender)})
    body_text = str(message.get("body_text") or "")
    body_html = message.get("body_html")
    html = body_html if isinstance(body_html, str) else None
    # The text the firm stored of the message this one answers (the worker looks it up): what the author typed
    # inside its quoted copy, unmarked, is theirs too. A reply sent as HTML alone is compared through the HTML's
    # whole text (its plain reading stops at the quote container).
    replied_to = message.get("replied_to_text")
    stored = isinstance(replied_to, str) and bool(replied_to)
    text, plain, quoted = new_text.read(body_text, html, _author(message, headers), whole_quote=stored)
    if stored:
        text = new_text.with_answers_in_quote(text, quoted, str(replied_to))

    if bounce.is_feedback_report(headers):
        msg = parsed if parsed is not None else _as_message(message, headers)
        feedback = bounce.read_feedback_report(msg)
        if bounce.is_complaint(feedback):
            return _result("complaint", text, complaint=feedback.as_dict())
        return _result("list", text)  # not-spam, auth-failure (DMARC) reports: machine mail, nobody's answer

    if bounce.looks_like_complaint(headers, subject, body_text):
        msg = parsed if parsed is not None else _as_message(message, headers)
        return _result("complaint", text, complaint=bounce.read_complaint_text(msg, headers, body_text).as_dict())

    if "notificationType" in body_text and bounce.from_aws_notifications(headers):
        provider = bounce.read_provider_json(body_text)
        if isinstance(provider, bounce.ComplaintReport):
            return _result("complaint", text, complaint=provider.as_dict())
        if provider is not None:
            return _result("bounce", text, bounce=provider.as_dict())

    if bounce.looks_like_bounce(headers, subject):
        msg = parsed if parsed is not None else _as_message(message, headers)
        if bounce.delivered_only(msg):
            # A delivery report that every recipient got the message ("Remis :", "Delivered:"): nothing failed, no
            # one answered; an automatic message with no return date (R6: tracking goes on).
            return _result("auto_reply", text, auto={"until": None, "reason": "delivery-status:delivered"})
        notification = body_text or (new_text.html_to_text(body_html) if isinstance(body_html, str) else "")
        report = bounce.read_bounce(msg, headers, notification)
        return _result("bounce", text, bounce=report.as_dict())

    comment = new_text.helpdesk_comment(plain)
    if comment is not None and not auto_reply.ticket_ack_reason(comment):
        # An agent's comment that a help desk relays (Jira Service Management, ServiceNow) and marks as generated,
        # as it marks all its mail: a person's answer, read as one.
        return _result("human", text, request=opt_out.read(text, plain, sender=_author_address(headers)))

    reason = auto_reply.header_reason(headers)
    if reason is None and auto_reply.is_list(headers):
        automatic = (
            auto_reply.subject_reason(subject)
            or auto_reply.generated_reason(headers)
            or auto_reply.ticket_ack_reason(text)
        )
        if automatic and not _has_list_id(headers):
            # bulk precedence alone, with an out-of-office subject (an old vacation program), Auto-Submitted or a
            # ticket's acknowledgement (a helpdesk): an automatic answer, not list mail
            reason = automatic
        else:
            return _result("list", text)
    if reason is None:
        reason = (
            auto_reply.generated_reason(headers)
            or auto_reply.subject_reason(subject)
            or auto_reply.body_reason(text)
            or auto_reply.receipt_reason(text)
        )
    if reason is None and (
        new_text.is_helpdesk_notification(plain)
        or auto_reply.from_helpdesk(headers)
        or auto_reply.ticket_subject(subject)
    ):
        reason = auto_reply.ticket_ack_reason(text)  # a help desk acknowledging a request, not an agent's answer
    if reason is not None:
        # The notice itself: what the server wrote, or, under a bare heading of its own ("Automatic reply"), the
        # notice it quoted above the original message.
        notice = text or body_text
        if len(text.split()) <= 4 and (quoted_notice := new_text.quoted_notice(plain)):
            notice = quoted_notice
        # a receipt of delivery names when the mail went through, not when anyone is back
        until = (
            None
            if reason == "header:x-ricevuta"
            else return_date.find_return_date(notice, _message_day(message, headers), subject)
        )
        auto: dict[str, Any] = {"until": until.isoformat() if until else None, "reason": reason}
        # A notice that the person has gone for good, not away (no return date): the engine stops writing to them.
        left = auto_reply.gone(notice, _author_address(headers), _author(message, headers)) if until is None else None
        if left is not None:
            auto |= {"gone": left.phrase, "write_to": left.write_to}
        return _result("auto_reply", text, auto=auto)

    # The whole body too: a short reply may be the one word the sender's quoted footer asks for to opt out.
    return _result("human", text, request=opt_out.read(text, plain, sender=_author_address(headers)))


def _result(
    kind: str,
    text: str,
    *,
    auto: dict[str, Any] | None = None,
    bounce: dict[str, Any] | None = None,
    complaint: dict[str, Any] | None = None,
    request: opt_out.Request | None = None,
) -> dict[str, Any]:
    request = request if kind == "human" else None
    return {
        "kind": kind,
        "auto_reply": auto,
        "bounce": bounce,
        "complaint": complaint,
        "opt_out": request is not None,
        "opt_out_phrase": request.phrase if request is not None else None,
        # R8: asked by someone else for the person the firm wrote to (ingest suppresses that person too).
        "opt_out_relayed": request is not None and request.relayed,
        "new_text": text,
        "version": VERSION,
    }


def _has_list_id(headers: Headers) -> bool:
    return any(headers.has(n) for n in ("list-id", "list-unsubscribe", "list-post", "mailing-list"))


def _message_day(message: dict[str, Any], headers: Headers) -> date | None:
    """The day the message was written, on its writer's calendar: "absente jusqu'au 30" or "absent aujourd'hui" sent
    at 00:10 in Paris on 1 July is read from 1 July, though the providers give the instant in UTC (30 June). The
    Date header carries the writer's offset; it is trusted when it is within a day of the provider's time (a
    sender's clock can say anything), else the provider's day stands."""
    instant: datetime | None = None
    for key in ("sent_at", "received_at"):
        value = message.get(key)
        if isinstance(value, datetime):
            instant = value
            break
        if isinstance(value, str) and value:
            try:
                instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
                break
            except ValueError:
                continue
    written = mime._date(headers.get("date"))
    if written is not None and written.tzinfo is None:
        written = None  # no offset: nothing said about the writer's calendar
    if written is not None and (
        instant is None or instant.tzinfo is None or abs((written - instant).total_seconds()) <= 86400
    ):
        return written.date()
    return instant.date() if instant is not None else None


def _author(message: dict[str, Any], headers: Headers) -> str | None:
    """The display name of the message's sender (new_text.from_text reads their sign-off)."""
    sender = message.get("from")
    if isinstance(sender, dict):
        return str(sender.get("name") or "") or None
    return parse_address(decode_words(headers.get("from") or ""))[0] or None


def _author_address(headers: Headers) -> str | None:
    """The sender's address (a request to stop that names an address is the author's own only when it names it)."""
    return parse_address(decode_words(headers.get("from") or ""))[1].lower() or None


def _from_header(sender: dict[str, Any]) -> str:
    name, addr = str(sender.get("name") or ""), str(sender.get("address") or "")
    return f'"{name}" <{addr}>' if name else addr


def _as_message(message: dict[str, Any], headers: Headers) -> Message:
    """The bounce as an email Message: from `raw` when the worker kept it, else rebuilt from the dict."""
    raw = message.get("raw")
    if isinstance(raw, str | bytes) and raw:
        return mime.parse(raw)
    rebuilt = EmailMessage()
    for name in ("from", "to", "subject", "date", "message-id", "in-reply-to", "references", "x-failed-recipients"):
        value = headers.get(name)
        if value:
            rebuilt[name] = value
    rebuilt.set_content(str(message.get("body_text") or ""))
    return rebuilt
