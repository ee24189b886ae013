"""Shared helpers to write evaluation messages the way real clients and MTAs format them.

Each case is written once as a raw RFC 822 message (eval/messages/*.eml) plus a label (eval/labels.json).
Labels come from what the message *is* (who wrote it, what they wrote), never from the analyser's output.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_string
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from typing import Any

RNG = random.Random(20241202)

PARIS = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
UTC = UTC


@dataclass
class Person:
    name: str
    address: str

    def header(self) -> str:
        if not self.name:
            return self.address
        needs_quotes = any(c in self.name for c in ",.()")
        name = f'"{self.name}"' if needs_quotes else self.name
        return f"{name} <{self.address}>"

    @property
    def domain(self) -> str:
        return self.address.split("@", 1)[1]


@dataclass
class Tracked:
    """An outbound email from a Relance user (the one being followed up)."""

    sender: Person
    to: Person
    subject: str
    body: list[str]
    sent: datetime
    message_id: str
    lang: str = "en"


@dataclass
class Case:
    slug: str
    msg: Message
    label: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def outlook_mid() -> str:
    pod = RNG.choice(["DB9PR07MB", "AM0PR04MB", "PAXPR10MB", "PR3PR02MB", "BN6PR11MB", "SJ0PR13MB"])
    host = f"{pod}{RNG.randint(1000, 9999)}"
    region = "eurprd07" if pod[:2] in ("DB", "AM", "PA", "PR") else "namprd11"
    return f"<{host}{hexid(24)}@{host}.{region}.prod.outlook.com>"


def gmail_mid() -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA" + "".join(RNG.choice(alphabet) for _ in range(52)) + "@mail.gmail.com>"


def apple_mid(domain: str) -> str:
    h = hexid(32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"


def generic_mid(domain: str) -> str:
    return f"<{hexid(8).lower()}.{hexid(6).lower()}@{domain}>"


def thread_index() -> str:
    raw = bytes(RNG.randrange(256) for _ in range(22))
    import base64

    return base64.b64encode(raw).decode()


def rfcdate(dt: datetime) -> str:
    return format_datetime(dt)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_MONTHS_ABBR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def hm_ampm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}\u202f{'AM' if dt.hour < 12 else 'PM'}"


# --- attribution lines, as each client writes them -------------------------------------------------


def gmail_en_attr(t: Tracked) -> str:
    d = t.sent
    return (
        f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hm_ampm(d)} "
        f"{t.sender.name} <{t.sender.address}> wrote:"
    )


def gmail_fr_attr(t: Tracked) -> str:
    d = t.sent
    return (
        f"Le {FR_DAYS_ABBR[d.weekday()]} {d.day} {FR_MONTHS_ABBR[d.month - 1]} {d.year} à "
        f"{d.hour:02d}:{d.minute:02d}, {t.sender.name} <{t.sender.address}> a écrit :"
    )


def apple_en_attr(t: Tracked) -> str:
    d = t.sent
    return f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {d.hour:02d}:{d.minute:02d}, {t.sender.name} <{t.sender.address}> wrote:"


def ios_en_attr(t: Tracked) -> str:
    d = t.sent
    return f"On {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {hm_ampm(d)}, {t.sender.name} <{t.sender.address}> wrote:"


def apple_fr_attr(t: Tracked) -> str:
    d = t.sent
    return (
        f"Le {d.day} {FR_MONTHS_ABBR[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, "
        f"{t.sender.name} <{t.sender.address}> a écrit :"
    )


def thunderbird_en_attr(t: Tracked) -> str:
    d = t.sent
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {t.sender.name} wrote:"


def thunderbird_fr_attr(t: Tracked) -> str:
    d = t.sent
    return f"Le {d.day:02d}/{d.month:02d}/{d.year} à {d.hour:02d}:{d.minute:02d}, {t.sender.name} a écrit :"


def outlook_en_header(t: Tracked, replier: Person, style: str) -> list[str]:
    d = t.sent
    ampm = "AM" if d.hour < 12 else "PM"
    h12 = d.hour % 12 or 12
    sent = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{d.minute:02d} {ampm}"
    lines: list[str] = []
    if style == "original":
        lines.append("-----Original Message-----")
        lines.append(f"From: {t.sender.name} <{t.sender.address}> ")
    elif style == "underscore":
        lines.append("________________________________")
        lines.append(f"From: {t.sender.name} <{t.sender.address}>")
    else:  # bare (new Outlook, Outlook for Mac)
        lines.append(f"From: {t.sender.name} <{t.sender.address}>")
    lines.append(f"Sent: {sent}")
    lines.append(f"To: {replier.name} <{replier.address}>")
    lines.append(f"Subject: {t.subject}")
    return lines


def outlook_fr_header(t: Tracked, replier: Person, style: str) -> list[str]:
    d = t.sent
    sent = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"
    lines: list[str] = []
    if style == "original":
        lines.append("-----Message d'origine-----")
        lines.append(f"De : {t.sender.name} <{t.sender.address}> ")
    elif style == "underscore":
        lines.append("________________________________")
        lines.append(f"De : {t.sender.name} <{t.sender.address}>")
    elif style == "mac":
        lines.append(f"De : {t.sender.name} <{t.sender.address}>")
        lines.append(
            f"Date : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}"
        )
        lines.append(f"À : {replier.name} <{replier.address}>")
        lines.append(f"Objet : {t.subject}")
        return lines
    else:
        lines.append(f"De : {t.sender.name} <{t.sender.address}>")
    lines.append(f"Envoyé : {sent}")
    lines.append(f"À : {replier.name} <{replier.address}>")
    lines.append(f"Objet : {t.subject}")
    return lines


def gt_quote(lines: list[str]) -> list[str]:
    return [("> " + ln) if ln else ">" for ln in lines]


# --- MIME assembly ---------------------------------------------------------------------------------


def text_part(text: str, cte: str = "quoted-printable") -> Message:
    m = EmailMessage()
    m.set_content(text, charset="utf-8", cte=cte)
    return m


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_to_html_divs(lines: list[str]) -> str:
    out = []
    for ln in lines:
        out.append(f"<div>{html_escape(ln) if ln else '<br>'}</div>")
    return "\n".join(out)


def simple_message(
    headers: list[tuple[str, str]],
    text: str | None,
    html: str | None = None,
    cte: str = "quoted-printable",
) -> Message:
    msg: Message
    if text is not None and html is not None:
        em = EmailMessage()
        em.set_content(text, charset="utf-8", cte=cte)
        em.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
        msg = em
    elif html is not None:
        em = EmailMessage()
        em.set_content(html, subtype="html", charset="utf-8", cte=cte)
        msg = em
    else:
        em = EmailMessage()
        em.set_content(text or "", charset="utf-8", cte=cte)
        msg = em
    return with_headers(msg, headers)


def with_headers(msg: Message, headers: list[tuple[str, str]]) -> Message:
    """Put the given headers first, in order, keeping MIME headers after them."""
    mime = [
        (k, v) for k, v in msg.items() if k.lower() in ("content-type", "content-transfer-encoding", "mime-version")
    ]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        msg[k] = v
    if not any(k.lower() == "mime-version" for k, _ in headers):
        msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def rfc822_part(inner: Message) -> Message:
    return MIMEMessage(inner)


def headers_part(inner: Message) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in inner.items())
    part = MIMEText(text, "rfc822-headers", "utf-8")
    return part


def delivery_status_part(per_message: list[tuple[str, str]], per_recipient: list[list[tuple[str, str]]]) -> Message:
    blocks = ["".join(f"{k}: {v}\n" for k, v in per_message)]
    for rcpt in per_recipient:
        blocks.append("".join(f"{k}: {v}\n" for k, v in rcpt))
    body = "\n".join(blocks)
    return message_from_string("Content-Type: message/delivery-status\n\n" + body)


def report(parts: list[Message], report_type: str = "delivery-status", boundary: str | None = None) -> Message:
    outer = MIMEMultipart("report", boundary=boundary)
    outer.set_param("report-type", report_type)
    for p in parts:
        outer.attach(p)
    return outer


def tracked_as_message(t: Tracked, client: str = "gmail") -> Message:
    """The tracked email itself (used as the returned message inside bounces)."""
    text = "\n".join(t.body) + "\n"
    headers = [
        ("Date", rfcdate(t.sent)),
        ("From", t.sender.header()),
        ("To", t.to.header()),
        ("Subject", t.subject),
        ("Message-ID", t.message_id),
    ]
    return simple_message(headers, text, cte="8bit" if t.lang == "en" else "quoted-printable")


def stable_hash(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:8]
