"""Gmail behind the provider seam (:class:`relance.providers.seam.MailProvider`).

- Sync: Gmail's history is mailbox-wide: one cursor (a historyId), kept in the ``history`` row of the sync
  state and only ever moved forward by SQL (``advance_sync_cursor``), so a late push or a slower worker never
  rewinds it. A round lists what history added since the cursor and fetches those messages (``full``). A
  cursor Gmail no longer knows (404) starts a full sync: the profile's historyId is read first (so nothing
  added meanwhile is skipped), then every message of SENT and INBOX the engine has not ingested yet is
  fetched, and the cursor moves to that historyId.
- Last look for a follow-up with an identity: SENT searched for ``rfc822msgid:`` the stored Message-ID, else
  the latest sent messages, for the ``X-Relance-Followup-Id`` header; the thread read with ``threads.get``.
- Prepare: the message is built here as RFC 822 (From the mailbox, To and Cc the claim's recipients,
  ``Re: <same subject>``, ``In-Reply-To`` and ``References`` from the claim, a generated ``Message-ID``
  stored before sending); send: ``messages.send`` with the thread's ``threadId`` (Gmail threads a message
  only with the threadId, the reply headers and a matching subject). Nothing to discard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.charset
import email.utils
import html
import logging
import re
import uuid
from collections.abc import Callable, Iterable
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from relance.providers.errors import GiveUp, SyncStateLost
from relance.providers.gmail import FOLLOWUP_HEADER, GmailMailbox
from relance.providers.gmail_normalise import normalise as gmail_normalise
from relance.providers.graph_provider import instant
from relance.providers.seam import (
    Changes,
    Prepared,
    Progress,
    Readable,
    RoundCounter,
    SentCopy,
    addressees,
    recipient_name,
)

log = logging.getLogger("relance.gmail")

GMAIL_CURSOR = "history"
GMAIL_LABELS = ("SENT", "INBOX")
_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """``Re: <subject>``, once: Gmail threads a reply only when its subject matches the thread's."""
    subject = subject.strip()
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


_FR_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_FR_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def quote_intro(language: str | None, sent_at: dt.datetime, who: str) -> str:
    """The line a reply puts above the message it quotes, as Gmail writes it: "Le lun. 7 janv. 2030 à 08:00, Alice
    Martin <alice@…> a écrit :" in French, "On Mon, Jan 7, 2030 at 08:00, … wrote:" otherwise (the instant in the
    mailbox's zone)."""
    if language == "fr":
        day, month = _FR_DAYS[sent_at.weekday()], _FR_MONTHS[sent_at.month - 1]
        return f"Le {day} {sent_at.day} {month} {sent_at.year} à {sent_at:%H:%M}, {who} a écrit :"
    day, month = _EN_DAYS[sent_at.weekday()], _EN_MONTHS[sent_at.month - 1]
    return f"On {day}, {month} {sent_at.day}, {sent_at.year} at {sent_at:%H:%M}, {who} wrote:"


def quoted(claim: dict[str, Any]) -> tuple[str, str] | None:
    """The message the follow-up answers, quoted below it as a reply quotes it (the texts say "my message below"):
    its text and its HTML, or None when its text is gone (blanked by the retention) or unknown."""
    reply_to = claim.get("reply_to") or {}
    body = str(reply_to.get("body_text") or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not body.strip():
        return None
    sent_at = instant(reply_to.get("sent_at"))
    address = str(reply_to.get("from_address") or "")
    name = str(reply_to.get("from_name") or "")
    if not name.strip() and address.lower() == str(claim.get("mailbox_address") or "").lower():
        name = str(claim.get("mailbox_display_name") or "")  # the user's own message: their name, as Gmail shows it
    name = " ".join(name.split())
    who = f"{name} <{address}>" if name and address else (name or address)
    intro = ""
    if sent_at is not None and who:
        try:
            zone: dt.tzinfo = ZoneInfo(str(claim.get("time_zone") or "UTC"))
        except (ZoneInfoNotFoundError, ValueError):
            zone = dt.UTC
        intro = quote_intro(str(claim.get("language") or ""), sent_at.astimezone(zone), who)
    lines = body.split("\n")
    text = (f"{intro}\n" if intro else "") + "\n".join(f"> {line}" if line else ">" for line in lines)
    escaped = "<br>\n".join(html.escape(line) for line in lines)
    attribution = f'<div dir="ltr" class="gmail_attr">{html.escape(intro)}<br></div>' if intro else ""
    quote = (
        f'<div class="gmail_quote">{attribution}<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{escaped}</blockquote></div>'
    )
    return text, quote


_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")
_UTF8 = email.charset.Charset("utf-8")


def _encoded(text: str) -> str:
    """``text`` as encoded words of at most 75 characters each (RFC 2047), cut at a space where one falls within
    that length, the space kept inside the word before the cut (a decoder drops the white space between two encoded
    words, so a space there would join "Jérôme" and "Lefèvre"), and a word too long for one encoded word cut between
    two of its characters (the decoder joins the two halves again)."""
    words, chunks = text.split(" "), [""]
    for i, word in enumerate(words):
        piece = word + (" " if i < len(words) - 1 else "")
        if chunks[-1] and not _fits(chunks[-1] + piece):
            chunks.append("")
        for char in piece:
            if chunks[-1] and not _fits(chunks[-1] + char):
                chunks.append("")
            chunks[-1] += char
    return " ".join(_UTF8.header_encode(chunk) for chunk in chunks)


def _fits(chunk: str) -> bool:
    return len(_UTF8.header_encode(chunk)) <= 75


def _phrase(name: str) -> str:
    """A display name as a header phrase. ASCII: as it is, or quoted when it holds a special ("J. Dupont");
    otherwise its plain words as they are and each run of the others (accented, with a special, or that a decoder
    would take for an encoded word) as encoded words, so that the header stays readable and never breaks a name
    inside a word."""
    if name.isascii() and "=?" not in name:  # "=?…?=" would be read as an encoded word: encoded itself
        if re.fullmatch(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+", name):
            return name
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if _ATOM.fullmatch(word) and "=?" not in word:
            if run:
                out.append(_encoded(" ".join(run)))
                run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(_encoded(" ".join(run)))
    return " ".join(out)


def _addresses(claim: dict[str, Any], addresses: list[str]) -> str:
    """A To or Cc header: each address with its name when the claim gives one (Jean Dupont <jean@…>); an
    internationalised domain in its ASCII (IDNA) form; a local part that only SMTPUTF8 could carry encoded on its
    own, so that it never takes the others with it (the whole header as one encoded word would be no address at
    all). ASCII throughout: the compat32 generator folds it at its spaces, never inside an encoded word."""
    units = []
    for address in addresses:
        local, _, domain = address.rpartition("@")
        if not domain.isascii():
            with contextlib.suppress(UnicodeError):  # not a domain IDNA can spell: left as it is
                domain = domain.encode("idna").decode("ascii")
        if not local.isascii():
            local = _UTF8.header_encode(local)
        name = recipient_name(claim, address)
        units.append(f"{_phrase(name)} <{local}@{domain}>" if name else f"{local}@{domain}")
    return ", ".join(units)


def gmail_reply(
    address: str, claim: dict[str, Any], followup_id: uuid.UUID, internet_message_id: str, now: dt.datetime | None
) -> bytes:
    """The follow-up as RFC 822: a reply in the thread, plain text and (when the claim has one, or to quote) its
    HTML alternative (rendered and checked in SQL), the message it answers quoted below as Gmail's own replies
    quote it (Graph's createReply does the same for Outlook), with the engine's identity headers; To and Cc as the
    tracked email had them, From with the mailbox's name.

    Built with the ``compat32`` MIME classes and :class:`email.header.Header`, whose folding keeps the space
    between two encoded words inside them: the default policy's folder (CPython 3.11) drops it, and a long
    accented subject reached the person as "Mme BéréniceDupré-Laforêt"."""
    reply_to = claim.get("reply_to") or {}
    body_text = str(claim["body_text"])
    body_html = str(claim["body_html"]) if claim.get("body_html") else None
    quote = quoted(claim)
    if quote is not None:
        # As a reply from Gmail: the original below, in both parts (an HTML part is then needed for the quote).
        if body_html is None:
            body_html = "<br>\n".join(html.escape(line) for line in body_text.split("\n"))
        body_text = f"{body_text}\n\n{quote[0]}"
        body_html = f"<div>{body_html}</div><br>{quote[1]}"
    else:
        body_html = f"<div>{body_html}</div>" if body_html is not None else None
    text = MIMEText(body_text, "plain", "utf-8")
    message: Message
    if body_html is not None:
        message = MIMEMultipart("alternative")
        message.attach(text)
        message.attach(MIMEText(f"<html><body>{body_html}</body></html>", "html", "utf-8"))
    else:
        message = text
    name = " ".join(str(claim.get("mailbox_display_name") or "").split())
    message["From"] = email.utils.formataddr((name, address), "utf-8") if name else address
    to, cc = addressees(claim)
    message["To"] = _addresses(claim, to)
    if cc:
        message["Cc"] = _addresses(claim, cc)
    subject = reply_subject(str(reply_to.get("subject") or claim.get("subject") or ""))
    if subject.isascii():
        message["Subject"] = subject
    else:
        message["Subject"] = Header(subject, "utf-8", header_name="Subject")  # type: ignore[assignment]
    message["Date"] = email.utils.format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = internet_message_id
    if reply_to.get("internet_message_id"):
        message["In-Reply-To"] = str(reply_to["internet_message_id"])
    references = [str(r) for r in reply_to.get("references") or []]
    if references:
        message["References"] = " ".join(references)
    message[FOLLOWUP_HEADER] = str(followup_id)
    return message.as_bytes()


class GmailProvider:
    """One Gmail mailbox behind the seam; ``client`` is its :class:`GmailMailbox`."""

    kind = "gmail"
    monotonic_cursor = True

    def __init__(self, client: GmailMailbox) -> None:
        self.client = client
        self.address = client.address

    # ------------------------------------------------------------------ reading

    def cursor_keys(self) -> tuple[str, ...]:
        return (GMAIL_CURSOR,)

    def fetch_all(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        found = []
        for message_id in dict.fromkeys(ids):
            try:
                found.append(self.client.get_message(message_id))
            except GiveUp as exc:
                if exc.status != 404:
                    raise
                # Deleted since history listed it: nothing to read.
        return found

    def full_sync(
        self, unknown: Callable[[list[str]], list[str]], report: RoundCounter, progress: Progress | None
    ) -> tuple[list[dict[str, Any]], int]:
        """Every message of SENT and INBOX that the engine has not ingested yet, and the historyId to
        continue from (read first, so nothing added meanwhile is skipped)."""
        start = int(self.client.profile()["historyId"])
        ids: list[str] = []
        for label in GMAIL_LABELS:
            for pages, page in enumerate(self.client.message_ids(label), start=1):
                report.pages += 1
                new = unknown(page)
                report.known += len(page) - len(new)
                ids += new
                if progress is not None:
                    progress(label.lower(), pages, len(ids))
        return self.fetch_all(ids), start

    def read_changes(
        self,
        cursors: dict[str, str | None],
        unknown: Callable[[list[str]], list[str]],
        report: RoundCounter,
        progress: Progress | None,
    ) -> Changes:
        cursor = cursors.get(GMAIL_CURSOR)
        if cursor is None or not cursor.isdigit():
            report.resyncs.append("all")
            messages, latest = self.full_sync(unknown, report, progress)
        else:
            try:
                added, latest = self.client.history(int(cursor))
            except SyncStateLost as lost:
                log.warning("history id too old mailbox=%s: full sync (%s)", self.address, lost)
                report.resyncs.append("all")
                messages, latest = self.full_sync(unknown, report, progress)
            else:
                report.pages += 1
                if progress is not None:
                    progress("history", 1, len(added))
                wanted = [str(m["id"]) for m in added if {"INBOX", "SENT"} & set(m.get("labelIds") or ["INBOX"])]
                messages = self.fetch_all(wanted)
        return Changes(self.readable(messages), {GMAIL_CURSOR: str(latest)})

    def readable(self, messages: Iterable[dict[str, Any]]) -> list[Readable]:
        """Drafts, spam and trash are not mail the engine reads; INBOX and SENT are."""
        return [
            (m, gmail_normalise)
            for m in messages
            if not ({"DRAFT", "SPAM", "TRASH"} & set(m.get("labelIds") or []))
            and ({"INBOX", "SENT"} & set(m.get("labelIds") or []))
        ]

    def get_message(self, message_id: str) -> dict[str, Any]:
        return self.client.get_message(message_id)

    def get_mime(self, message_id: str) -> bytes:
        return self.client.get_raw(message_id)

    # ------------------------------------------------------------------ R9

    def find_sent(self, followup_id: uuid.UUID, claim: dict[str, Any]) -> SentCopy | None:
        sent = self.client.find_sent(followup_id, claim.get("internet_message_id"))
        if sent is None:
            return None
        copy = gmail_normalise(sent)
        return SentCopy(copy, instant(copy.get("received_at")))

    def conversation(self, claim: dict[str, Any]) -> list[dict[str, Any]]:
        thread_id = str(claim.get("provider_thread_id") or "")
        return self.client.thread(thread_id) if thread_id else []

    def prepare(
        self,
        followup_id: uuid.UUID,
        claim: dict[str, Any],
        conversation: list[dict[str, Any]],
        now: dt.datetime | None,
    ) -> Prepared:
        internet_message_id = str(
            claim.get("internet_message_id")
            or email.utils.make_msgid(f"relance.{followup_id.hex[:12]}", self.address.split("@")[-1])
        )
        raw = gmail_reply(self.address, claim, followup_id, internet_message_id, now)
        # Gmail threads the reply only when the thread is still there (a thread it no longer has: a new one).
        thread_id = str(claim.get("provider_thread_id") or "") if conversation else ""
        return Prepared(None, internet_message_id, {"raw": raw, "thread_id": thread_id or None})

    def send(self, prepared: Prepared) -> str:
        answer = self.client.send(prepared.payload["raw"], prepared.payload.get("thread_id"))
        return str(answer.get("id") or "")

    def discard(self, prepared: Prepared) -> None:
        """Nothing was written at Gmail before sending."""
