"""Bounces (delivery status notifications): a header and subject gate, then per-recipient failures.

Recipients come from RFC 3464 `message/delivery-status` blocks when present, else from `flufl.bounce`
(Exim, qmail, Yahoo, Postfix and other text formats), else from the notification text, else (when the bounce
returns a copy of the message that failed) from that copy's To and Cc. A recipient fails permanently on a
5.x.x status (or a 5xx reply without one), temporarily on 4.x.x. The returned message's `Message-ID` comes
from the attached message/rfc822 or text/rfc822-headers part, the copy in the text, or the bounce's own
In-Reply-To / References.

The failed recipient is the address the sender wrote: a DSN's `Original-Recipient` before a `Final-Recipient`
that an alias or a forward rewrote, and never an X.400 (or IMCEA-encapsulated) Exchange name. Provider
notifications sent as JSON (Amazon SES through an SNS e-mail subscription) and feedback reports (RFC 5965 ARF
from a mailbox provider's feedback loop, SES complaints) are read here too: a feedback report is a complaint,
its own kind, never a bounce nor a person's reply.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser

from flufl.bounce import all_failures

from relance.analysis import lowercase
from relance.analysis.headers import Headers, address, addresses, content_type, message_ids

log = logging.getLogger(__name__)

_DAEMON_LOCALPARTS = frozenset({"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "mdaemon"})
# A delivery system's display name, anywhere in the name ("MMSC NDR Administrator", "Mailer Daemon", a list's
# "'Mail Delivery System' via Sales").
_DAEMON_NAMES = re.compile(
    r"\b(?:mail\s+delivery\s+(?:subsystem|system|service)|mail\s+administrator|microsoft\s+outlook|"
    r"microsoft\s+exchange|postmaster|mailer[-\s]?daemon|mail[-\s]daemon|ndr\s+administrator|"
    r"système\s+de\s+messagerie)\b",
    re.IGNORECASE,
)
# Bounce words anywhere in the subject ("[Postmaster] Email Delivery Failure", "Votre message « X » non remis",
# "Delivery Report (failure) for x"); a subject is only one signal, a second one must back it.
_SUBJECT = re.compile(
    r"""(?:
        \bundeliver(?:able|ed)\b | \bdelivery\s+status\b | \bdelivery\s+(?:has\s+)?failed |
        \bdelivery\s+failure | \bmail\s+delivery\s+failed | \bfailure\s+notice | \breturned\s+mail\b |
        \bmail\s+system\s+error | \bmessage\s+not\s+delivered | \bdelayed\s+mail |
        \bwarning:\s+message\s+\S+\s+delayed | \bdelivery\s+notification:\s+delivery |
        \bdelivery\s+report\s*\(fail | \bcould\s+not\s+be\s+delivered | \bnon\s+remis | \bnon\s+distribuable |
        \brapport\s+de\s+non-remise | échec\s+de\s+(?:la\s+)?(?:remise|distribution) |
        \bmessage\s+non\s+(?:remis|délivré|distribué) | \bcourrier\s+non\s+(?:délivré|remis|distribué) |
        \bnotification\s+d'état\s+de\s+(?:la\s+)?remise |
        не\s*доставлен | недоставленн | 退信 | 无法投递 | 未能送达 | 無法傳遞 | 配信不能 | 配信エラー | 配信失敗 |
        \bunzustellbar | \bonbestelbaar | \bnon\s+recapitabile | \bno\s+se\s+puede\s+entregar
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# An address that is not one: an X.400 name or an Exchange IMCEA encapsulation of one.
_NOT_SMTP = re.compile(r"^(?:/|imcea|x400:|c=[^;]*;)", re.IGNORECASE)
_FEEDBACK_COMPLAINTS = frozenset({"abuse", "fraud", "virus", "other"})
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(r"(?<![\d.])([45])\d\d(?![\d.])")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_COPY_MARKERS = re.compile(
    r"^(?:-+\s*this\s+is\s+a\s+copy\s+of\s+the\s+message|-+\s*below\s+this\s+line\s+is\s+a\s+copy|"
    r"-+\s*undelivered\s+message|-+\s*message\s+d'origine|"
    r"-+\s*original\s+message|original\s+message\s+headers|-+\s*the\s+header\s+of\s+the\s+original|"
    r"(?:possibly\s+truncated\s+)?original\s+message\s+follows)",  # GroupWise
    re.IGNORECASE | re.MULTILINE,
)
# "Message-ID: <id>" in a copy of the message, or "Message-ID of the delayed message: <id>" in the notice.
_COPIED_MESSAGE_ID = re.compile(r"^message-id(?:\s+of\s+[^:\n]{1,40})?:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_ID_LINES = re.compile(r"^(?:message-id|in-reply-to|references)\b[^:\n]{0,40}:(.*)$", re.IGNORECASE | re.MULTILINE)
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
class ComplaintReport:
    """A feedback report: who complained (when the report says) and about which message."""

    feedback_type: str
    recipients: list[str] = field(default_factory=list)
    original_message_id: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "feedback_type": self.feedback_type,
            "recipients": list(self.recipients),
            "original_message_id": self.original_message_id,
        }


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


_DAEMON_NAMES_LOWER = lowercase.twin(_DAEMON_NAMES)


def _daemon_name(display: str) -> bool:
    folded = lowercase.lowered(display)
    return bool(_DAEMON_NAMES.search(display) if folded is None else _DAEMON_NAMES_LOWER.search(folded))


# Italian certified mail (PEC, DPR 68/2005 and its technical rules): the provider's receipts carry `X-Ricevuta` with
# their type, `X-Riferimento-Message-ID` with the Message-ID of the message they are about, and an XML certificate
# (daticert.xml) naming the recipient and the error. A failure to deliver, a refusal at the sender's own provider or a
# virus found is a permanent failure; the warning that no delivery receipt came within 12 hours a temporary one.
# Acceptance, taking in charge and delivery receipts say the mail went through (`pec_receipt`).
_PEC_FAILURES = {
    "errore-consegna": True,
    "non-accettazione": True,
    "rilevazione-virus": True,
    "preavviso-errore-consegna": False,
}
PEC_RECEIPTS = frozenset({"accettazione", "presa-in-carico", "avvenuta-consegna"})
_PEC_RECIPIENT = re.compile(r"<destinatari\b[^>]*>\s*([^<\s]+@[^<\s]+)\s*</destinatari>", re.IGNORECASE)
_PEC_ERROR = re.compile(r"<errore-esteso>([^<]*)</errore-esteso>", re.IGNORECASE)
_PEC_MSGID = re.compile(r"<msgid>([^<]*)</msgid>", re.IGNORECASE)
# The notice's text when the certificate is missing: "ed indirizzato a:" then the recipients, one a line.
_PEC_ADDRESSED = re.compile(r"indirizzato\s+a\s*:\s*\n((?:[^\n]*@[^\n]*\n?)+)", re.IGNORECASE)


def pec_receipt(headers: Headers) -> str | None:
    """The type of a PEC provider's receipt (`X-Ricevuta`), lower case, or None."""
    value = headers.lower("x-ricevuta").strip()
    return value or None


def _pec_certificate(msg: Message) -> str:
    """The text of a PEC receipt's daticert.xml, or ''."""
    for part in _walk_outer(msg):
        name = (part.get_filename() or "").lower()
        if name == "daticert.xml" or part.get_content_type() in ("application/xml", "text/xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload[:_NOTIFICATION_LIMIT].decode("utf-8", "replace")
    return ""


def _read_pec_failure(msg: Message, headers: Headers, notification: str, permanent: bool) -> BounceReport:
    certificate = _pec_certificate(msg)
    found = [m.group(1).strip().lower() for m in _PEC_RECIPIENT.finditer(certificate)]
    if not found and (addressed := _PEC_ADDRESSED.search(notification)):
        found = addresses(addressed.group(1).split("\n"))
    error = _PEC_ERROR.search(certificate)
    status = _status_of(html.unescape(error.group(1))) if error else _status_of(notification)
    recipients = [Recipient(a, permanent, status) for a in dict.fromkeys(found)]
    referred = message_ids(headers.get("x-riferimento-message-id") or "")
    if not referred and (msgid := _PEC_MSGID.search(certificate)):
        referred = message_ids(html.unescape(msgid.group(1)))
    return BounceReport(recipients, referred[0] if referred else None)


def looks_like_bounce(headers: Headers, subject: str) -> bool:
    """The gate: an RFC 3464 report, a PEC provider's failure notice, or a delivery-system sender or subject backed by
    a second signal."""
    if pec_receipt(headers) in _PEC_FAILURES:
        return True
    media, params = content_type(headers.get("content-type"))
    if media == "multipart/report" and params.get("report-type", "").lower() == "delivery-status":
        return True
    daemon = False
    # X-Original-From: a bounce relayed by a list or group, which rewrote From to its own address.
    for value in (headers.get("from"), headers.get("x-original-from")):
        if value is None:
            continue
        sender = address(value)
        localpart = sender.split("@", 1)[0]
        if localpart == "mailer-daemon":
            return True
        display = _display_name(value)
        # `From: <>`: a gateway that writes the null sender into From.
        null_from = not sender and value.replace(" ", "") in ("<>", '""<>')
        daemon = daemon or null_from or localpart in _DAEMON_LOCALPARTS or bool(display and _daemon_name(display))
    bounce_subject = bool(subject and _SUBJECT.search(subject))
    if daemon and bounce_subject:
        return True
    if bounce_subject:
        null_sender = headers.lower("return-path").replace(" ", "") in ("<>", "")
        return headers.has("x-failed-recipients") or (headers.has("auto-submitted") and null_sender)
    return False


def read_bounce(msg: Message, headers: Headers, notification: str) -> BounceReport:
    """Failed recipients and the returned message's id. `notification` is the bounce's readable text."""
    if (pec := pec_receipt(headers)) in _PEC_FAILURES:
        return _read_pec_failure(msg, headers, notification, _PEC_FAILURES[pec])
    returned = _returned_headers(msg)
    recipients = _from_delivery_status(msg, returned)
    if not recipients:
        recipients = _from_flufl(msg, notification)
    if not recipients:
        recipients = _from_text(headers, notification)
    if not recipients and returned is None:
        returned = _copied_headers(notification)
    if not recipients and returned is not None and message_ids(str(returned.get("message-id", ""))):
        # Nothing names the failed recipient, but the bounce returns the message that failed: its recipients.
        recipients = _from_returned(headers, returned, notification)
    return BounceReport(recipients, _original_message_id(msg, headers, notification))


def is_feedback_report(headers: Headers) -> bool:
    """An RFC 5965 feedback report (ARF): a mailbox provider's feedback loop or an abuse desk."""
    media, params = content_type(headers.get("content-type"))
    return media == "multipart/report" and params.get("report-type", "").lower() == "feedback-report"


def read_feedback_report(msg: Message) -> ComplaintReport:
    """The complained-about recipients (Original-Rcpt-To, often redacted) and the reported message's id."""
    feedback_type, recipients = "abuse", []
    for part in _walk_outer(msg):
        if part.get_content_type() != "message/feedback-report":
            continue
        blocks = part.get_payload()
        fields = blocks[0] if isinstance(blocks, list) and blocks and isinstance(blocks[0], Message) else None
        if fields is None:  # some senders mark the part text-like: read its lines as headers
            payload = part.get_payload(decode=True)
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(part.get_payload())
            fields = HeaderParser().parsestr(text)
        feedback_type = str(fields.get("feedback-type", "abuse")).strip().lower() or "abuse"
        for value in fields.get_all("original-rcpt-to") or []:
            for rcpt in addresses([str(value)]):
                if rcpt not in recipients:
                    recipients.append(rcpt)
        break
    returned = _returned_headers(msg)
    ids = message_ids(str(returned.get("message-id", ""))) if returned is not None else []
    return ComplaintReport(feedback_type, recipients, ids[0] if ids else None)


# Complaints that are not RFC 5965 reports. Microsoft's JMRP carries the complainer in its own header; SpamCop-style
# services put an id in the subject and paste the "offending message"; abuse desks write prose from abuse@ with a
# subject that says complaint or spam, in their languages.
_JMRP_RECIPIENT = "x-hmxmroriginalrecipient"
_COMPLAINT_TEXT = re.compile(
    r"complaint\s+from\s+a\s+user\s+of\s+our\s+junk\s+mail\s+reporting\s+program|^\[\s*offending\s+message\s*\]",
    re.IGNORECASE | re.MULTILINE,
)
_REPORT_ID_SUBJECT = re.compile(r"^\s*\[[\w.-]*spam[\w.-]*\s+(?:\(\S+\)\s+)?id:\s*\d+\]", re.IGNORECASE)
_ABUSE_SENDER = frozenset({"abuse", "abuse-reports", "abuse-desk", "spam", "spamreport", "spam-report", "fbl", "junk"})
_COMPLAINT_SUBJECT = re.compile(
    r"\b(?:spam|abuse|complaint|beschwerde|plainte|signalement|queja|reclamo|klacht|skarga|segnalazione|unsolicited|"
    r"unerwünscht|non\s+sollicité)",
    re.IGNORECASE,
)


def looks_like_complaint(headers: Headers, subject: str, body_text: str) -> bool:
    """A complaint that is not a feedback report: Microsoft's JMRP, a SpamCop-style report, an abuse desk's letter."""
    if headers.has(_JMRP_RECIPIENT) or _REPORT_ID_SUBJECT.match(subject or ""):
        return True
    head = body_text[:_NOTIFICATION_LIMIT]
    if ("junk mail reporting" in head or "ffending message" in head) and _COMPLAINT_TEXT.search(head):
        return True
    local = address(headers.get("from") or "").partition("@")[0]
    return local in _ABUSE_SENDER and bool(_COMPLAINT_SUBJECT.search(subject or ""))


def read_complaint_text(msg: Message, headers: Headers, body_text: str) -> ComplaintReport:
    """The complainer (JMRP's header; abuse desks and SpamCop redact it) and the reported message's id (the attached
    message, or the copy pasted in the text)."""
    recipients = addresses([str(headers.get(_JMRP_RECIPIENT) or "")]) if headers.has(_JMRP_RECIPIENT) else []
    returned = _returned_headers(msg)
    ids = message_ids(str(returned.get("message-id", ""))) if returned is not None else []
    if not ids:
        copied = _COPIED_MESSAGE_ID.search(body_text[:_NOTIFICATION_LIMIT])
        ids = [copied.group(1)] if copied else []
    return ComplaintReport("abuse", recipients, ids[0] if ids else None)


def is_complaint(report: ComplaintReport) -> bool:
    """Feedback that a recipient complained (abuse, fraud, virus, other), not `not-spam` or `auth-failure`."""
    return report.feedback_type in _FEEDBACK_COMPLAINTS


def from_aws_notifications(headers: Headers) -> bool:
    """Sent by Amazon SNS or SES, the only senders whose JSON notifications are read as bounces or complaints:
    anyone else who pastes such JSON (a developer forwarding one, a spoof) writes a human message."""
    domain = address(headers.get("from") or "").rpartition("@")[2]
    return domain in ("sns.amazonaws.com", "amazonses.com") or domain.endswith(".amazonses.com")


def read_provider_json(body_text: str) -> BounceReport | ComplaintReport | None:
    """An Amazon SES bounce or complaint notification, as an SNS e-mail subscription delivers it (the JSON
    itself, or the SNS envelope whose `Message` holds it), followed by SNS's footer. None when the text is not
    one. flufl.bounce has no SES detector and reads the JSON's addresses as nothing, hence this reader.
    """
    text = body_text.lstrip()
    if not text.startswith("{") or "notificationType" not in text[:4000]:
        return None
    try:
        data, _end = json.JSONDecoder().raw_decode(text)
        if isinstance(data, dict) and isinstance(data.get("Message"), str):
            data = json.loads(data["Message"])
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    kind = str(data.get("notificationType") or data.get("eventType") or "")
    mail = data.get("mail")
    original = _ses_message_id(mail) if isinstance(mail, dict) else None
    if kind == "Bounce" and isinstance(data.get("bounce"), dict):
        info = data["bounce"]
        permanent_type = str(info.get("bounceType", "")) != "Transient"
        out: list[Recipient] = []
        for item in info.get("bouncedRecipients") or []:
            if not isinstance(item, dict):
                continue
            rcpt = address(str(item.get("emailAddress") or ""))
            if not rcpt or any(r.address == rcpt for r in out):
                continue
            status = _status_of(str(item.get("status") or "")) or _status_of(str(item.get("diagnosticCode") or ""))
            out.append(Recipient(rcpt, status.startswith("5") if status else permanent_type, status))
        return BounceReport(out, original)
    if kind == "Complaint" and isinstance(data.get("complaint"), dict):
        info = data["complaint"]
        rcpts = [
            address(str(item.get("emailAddress") or ""))
            for item in info.get("complainedRecipients") or []
            if isinstance(item, dict)
        ]
        feedback = str(info.get("complaintFeedbackType") or "abuse").lower()
        # A complaint with no feedback type or `not-spam` still came from the recipient's "report spam".
        return ComplaintReport(
            feedback if feedback in _FEEDBACK_COMPLAINTS else "abuse", [r for r in rcpts if r], original
        )
    return None


def _ses_message_id(mail: dict[str, object]) -> str | None:
    common = mail.get("commonHeaders")
    if isinstance(common, dict):
        ids = message_ids(str(common.get("messageId") or ""))
        if ids:
            return ids[0]
    for item in mail.get("headers") or []:  # type: ignore[attr-defined]
        if isinstance(item, dict) and str(item.get("name", "")).lower() == "message-id":
            ids = message_ids(str(item.get("value") or ""))
            if ids:
                return ids[0]
    return None


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


def _dsn_address(value: object) -> str:
    """The SMTP address of a DSN recipient field (`rfc822; a@b`), or '' for an X.400 or other non-address."""
    if not value:
        return ""
    kind, _, rest = str(value).partition(";")
    if not rest:
        kind, rest = "rfc822", kind
    rcpt = rest.strip().strip("<>").strip().lower()
    if kind.strip().lower() != "rfc822" or _NOT_SMTP.match(rcpt) or "@" not in rcpt:
        return ""
    return rcpt


def _from_delivery_status(msg: Message, returned: Message | None = None) -> list[Recipient]:
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
            if not (block.get("final-recipient") or block.get("original-recipient")):
                continue
            action = str(block.get("action", "")).strip().lower()
            if action.startswith(("delivered", "relayed", "expanded")):
                continue
            # The address the sender wrote (Original-Recipient) before the one an alias or forward rewrote it to;
            # an X.400 name is no address: the returned message's recipient with that display name stands in.
            rcpt = _dsn_address(block.get("original-recipient")) or _dsn_address(block.get("final-recipient"))
            if not rcpt:
                rcpt = _returned_recipient(returned, str(block.get("x-display-name", "")))
            status = _status_of(str(block.get("status", "")))
            if status is None:
                status = _status_of(str(block.get("diagnostic-code", "")))
            permanent = status.startswith("5") if status is not None else action.startswith(("fail", "error"))
            if rcpt and not any(r.address == rcpt for r in out):
                out.append(Recipient(rcpt, permanent, status))
    return out


def delivered_only(msg: Message) -> bool:
    """Whether `msg` is a delivery-status report (RFC 3464) whose every recipient was delivered, relayed or expanded:
    a delivery receipt, not a bounce."""
    actions = [
        str(block.get("action", "")).strip().lower()
        for part in _walk_outer(msg)
        if part.get_content_type() == "message/delivery-status" and isinstance(part.get_payload(), list)
        for block in part.get_payload()
        if isinstance(block, Message) and (block.get("final-recipient") or block.get("original-recipient"))
    ]
    return bool(actions) and all(a.startswith(("delivered", "relayed", "expanded")) for a in actions)


def _from_flufl(msg: Message, notification: str) -> list[Recipient]:
    try:
        temporary, permanent = all_failures(msg)
    except Exception:  # flufl's heuristic detectors can trip on malformed mail; the text fallback remains
        log.warning("flufl.bounce failed on a message", exc_info=True)
        return []
    out: list[Recipient] = []
    # flufl's text detectors can take a Message-ID of the returned copy for an address (`<id@host>`): not one.
    ids = {i.strip("<>").lower() for line in _ID_LINES.findall(notification) for i in message_ids(line)}
    for raw, is_permanent in [(a, False) for a in temporary] + [(a, True) for a in permanent]:
        rcpt = (raw.decode("ascii", "replace") if isinstance(raw, bytes) else str(raw)).strip().lower()
        if not rcpt or rcpt in ids or _NOT_SMTP.match(rcpt) or any(r.address == rcpt for r in out):
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
    ids = {i.strip("<>").lower() for line in _ID_LINES.findall(notification) for i in message_ids(line)}
    out: list[Recipient] = []
    for rcpt in candidates:
        if (
            rcpt in own
            or rcpt in ids
            or rcpt.split("@", 1)[0] in _DAEMON_LOCALPARTS
            or any(r.address == rcpt for r in out)
        ):
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


def _returned_headers(msg: Message) -> Message | None:
    """The headers of the message the bounce returns (message/rfc822 or text/rfc822-headers), if any."""
    for part in _walk_outer(msg):
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(first, Message):
                return first
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            payload = part.get_payload(decode=True)
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(part.get_payload())
            return HeaderParser().parsestr(text)
    return None


def _copied_headers(notification: str) -> Message | None:
    """The headers of a copy of the message pasted in the notification's text, after a copy marker."""
    marker = _COPY_MARKERS.search(notification[:_NOTIFICATION_LIMIT])
    if marker is None:
        return None
    rest = notification[marker.end() :].split("\n", 1)[-1].lstrip("\r\n")
    return HeaderParser().parsestr(rest[:_NOTIFICATION_LIMIT], headersonly=True)


def _returned_recipient(returned: Message | None, display_name: str) -> str:
    """The returned message's recipient named `display_name`, or its only recipient; '' when unsure."""
    if returned is None:
        return ""
    from email.utils import getaddresses

    pairs = [(n, a.lower()) for n, a in getaddresses([str(v) for v in returned.get_all("to") or []]) if "@" in a]
    pairs += [(n, a.lower()) for n, a in getaddresses([str(v) for v in returned.get_all("cc") or []]) if "@" in a]
    wanted = display_name.strip().strip('"').lower()
    named = [a for n, a in pairs if wanted and n.strip().strip('"').lower() == wanted]
    if len(set(named)) == 1:
        return named[0]
    return pairs[0][1] if len({a for _, a in pairs}) == 1 else ""


def _from_returned(headers: Headers, returned: Message, notification: str) -> list[Recipient]:
    """Every recipient of the returned message, failed as the notification says (permanent unless temporary)."""
    own = {address(headers.get("to")), address(headers.get("from"))}
    rcpts = addresses([str(v) for name in ("to", "cc") for v in returned.get_all(name) or []])
    text = notification[:_NOTIFICATION_LIMIT]
    marker = _COPY_MARKERS.search(text)
    if marker:
        text = text[: marker.start()]
    status = _status_of(text)
    code = _SMTP_CODE.search(text)
    if status is not None:
        permanent = status.startswith("5")
    elif code is not None:
        permanent = code.group(1) == "5"
    else:
        permanent = not _TEMPORARY_WORDS.search(text)
    out: list[Recipient] = []
    for rcpt in rcpts:
        if rcpt not in own and not any(r.address == rcpt for r in out):
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
