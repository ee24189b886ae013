"""Hostile mail, written blind to how the worker parses it: broken MIME structure, charsets and encoded words
that decode to garbage, absurd headers and addresses, HTML bombs, calendar and TNEF attachments, lying
auto-replies and bounces, and dates no clock knows. Each family is delivered as raw RFC 5322 bytes through
the sandboxes (Graph and Gmail store them and serve them over their real APIs), interleaved with well-formed
messages, and ``relance worker --once`` (a process of its own) syncs them.

What the ground rule promises, and nothing about how a message is parsed: the worker ends normally; every
well-formed message of the same batch is ingested; each hostile message is either ingested or set aside in
``public.dead_letters`` with a readable reason, never silently lost; the mailbox's cursor moves on (the next
pass picks up new mail and neither fetches nor fails the hostile ones again); another team's mailbox, synced
by the same worker, keeps going.
"""

from __future__ import annotations

import base64
import email
import logging
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from relance import db
from relance.config import REPO_ROOT
from relance.credentials import connect_with_refresh_token
from relance.sandbox import RunningSandbox
from relance.worker import connect_gmail_mailbox
from tests.e2e.helpers import ALICE, BOB, GmailWorld, World, build_gmail_world, build_world, make_team

CAROL = "carol@contoso.com"  # the Graph app's tenant; her team is another one (fabrikam.example)
CRLF = b"\r\n"
MALLORY = b"Mallory <mallory@elsewhere.example>"
BOB_FROM = b"Bob Prospect <" + BOB.encode() + b">"
DATE = b"Mon, 07 Jan 2030 09:00:00 +0000"
WORKER_TIMEOUT = 150  # seconds: a worker still running by then is hung

Hostile = tuple[str, bytes]  # (label, raw RFC 5322 bytes)
# A new conversation for one hostile answer: Alice's tracked email to a prospect of its own (so that each
# answer is read for what it says, not stopped by an earlier one), as (its Message-ID, the prospect's From,
# the subject of an answer, the headers that file an answer in the tracked conversation as its client would:
# Outlook's Thread-Index and Thread-Topic for a Graph mailbox).
Converse = Callable[[str], tuple[str, bytes, bytes, tuple[bytes, ...]]]


# --------------------------------------------------------------------------------------- building raw mail


def mail(
    label: str,
    *,
    body: bytes = b"Hello",
    content_type: bytes | None = b"text/plain; charset=utf-8",
    cte: bytes | None = None,
    sender: bytes | None = MALLORY,
    to: bytes | None = ALICE.encode(),
    subject: bytes | None = None,
    date: bytes | None = DATE,
    message_id: bytes | None = None,
    in_reply_to: str | None = None,
    extra: tuple[bytes, ...] = (),
) -> bytes:
    """Raw MIME exactly as given: no library folds, fixes or re-encodes it."""
    lines: list[bytes] = []
    if sender is not None:
        lines.append(b"From: " + sender)
    if to is not None:
        lines.append(b"To: " + to)
    if subject is None:
        subject = b"Hostile " + label.encode()
    lines.append(b"Subject: " + subject)
    if date is not None:
        lines.append(b"Date: " + date)
    if message_id is None:
        message_id = b"<" + label.encode() + b"@hostile.example>"
    if message_id:
        lines.append(b"Message-ID: " + message_id)
    if in_reply_to:
        lines += [b"In-Reply-To: " + in_reply_to.encode(), b"References: " + in_reply_to.encode()]
    lines += list(extra)
    lines.append(b"MIME-Version: 1.0")
    if content_type is not None:
        lines.append(b"Content-Type: " + content_type)
    if cte is not None:
        lines.append(b"Content-Transfer-Encoding: " + cte)
    return CRLF.join(lines) + CRLF + CRLF + body + CRLF


def multipart(boundary: bytes, parts: list[bytes], *, close: bool = True) -> bytes:
    out = b"This is a multi-part message in MIME format." + CRLF
    for part in parts:
        out += b"--" + boundary + CRLF + part + CRLF
    if close:
        out += b"--" + boundary + b"--" + CRLF
    return out


def part(content_type: bytes, body: bytes, *extra: bytes) -> bytes:
    return CRLF.join([b"Content-Type: " + content_type, *extra]) + CRLF + CRLF + body


def ew(text: bytes, charset: bytes = b"utf-8") -> bytes:
    """An RFC 2047 encoded word (B encoding) of exactly these bytes."""
    return b"=?" + charset + b"?B?" + base64.b64encode(text) + b"?="


def b64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return CRLF.join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


# --------------------------------------------------------------------------------------- families


def mime_structure(tracked: str, converse: Converse) -> list[Hostile]:
    nested = part(b"text/plain; charset=utf-8", b"the bottom of the well")
    for depth in range(400):
        boundary = b"deep-" + str(depth).encode()
        nested = part(b'multipart/mixed; boundary="' + boundary + b'"', multipart(boundary, [nested]))
    deep_body = nested.split(CRLF + CRLF, 1)[1]
    deep_type = nested.split(CRLF + CRLF, 1)[0][len(b"Content-Type: ") :]

    inner = mail("rfc822-bottom", body=b"innermost")
    for depth in range(300):
        inner = mail(f"rfc822-{depth}", content_type=b"message/rfc822", body=inner)

    many = [part(b"text/plain; charset=utf-8", b"part " + str(i).encode()) for i in range(3_000)]
    return [
        (
            "multipart-without-boundary",
            mail(
                "multipart-without-boundary",
                content_type=b"multipart/mixed",
                body=b"--x\r\nContent-Type: text/plain\r\n\r\nHello\r\n--x--",
            ),
        ),
        (
            "multipart-empty-boundary",
            mail(
                "multipart-empty-boundary",
                content_type=b'multipart/mixed; boundary=""',
                body=b"--\r\nContent-Type: text/plain\r\n\r\nHello\r\n----",
            ),
        ),
        (
            "boundary-never-closed",
            mail(
                "boundary-never-closed",
                content_type=b'multipart/alternative; boundary="open"',
                body=b"--open\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nfirst\r\n"
                b"--open\r\nContent-Type: text/html; charset=ut",
            ),
        ),
        ("nesting-400-deep", mail("nesting-400-deep", content_type=deep_type, body=deep_body)),
        ("rfc822-300-deep", mail("rfc822-300-deep", content_type=b"message/rfc822", body=inner)),
        (
            "empty-parts",
            mail(
                "empty-parts",
                content_type=b'multipart/mixed; boundary="e"',
                body=b"--e\r\n\r\n--e\r\n--e\r\nContent-Type: text/plain\r\n--e\r\n\r\n\r\n--e--",
            ),
        ),
        (
            "multipart-with-no-parts",
            mail("multipart-with-no-parts", content_type=b'multipart/mixed; boundary="z"', body=b"--z--"),
        ),
        (
            "base64-that-is-not-base64",
            mail("base64-that-is-not-base64", cte=b"base64", body=b"!!!this is *not* base64###\r\n====\r\n@@"),
        ),
        (
            "quoted-printable-broken",
            mail(
                "quoted-printable-broken",
                cte=b"quoted-printable",
                body=b"Soft=\r\n=\r\n=Z9 =4 half=\r\n   =\r\n=E9=C3=\r\nend=",
            ),
        ),
        (
            "unknown-transfer-encoding",
            mail("unknown-transfer-encoding", cte=b"x-gzip64; =?bogus", body=b"\x1f\x8b\x08\x00\xff\xfe binary"),
        ),
        ("single-line-5mb", mail("single-line-5mb", body=b"A" * 5_000_000)),
        (
            "three-thousand-parts",
            mail("three-thousand-parts", content_type=b'multipart/mixed; boundary="p"', body=multipart(b"p", many)),
        ),
        (
            "alternative-with-only-binary",
            mail(
                "alternative-with-only-binary",
                content_type=b'multipart/alternative; boundary="bin"',
                body=multipart(
                    b"bin",
                    [
                        part(
                            b"application/octet-stream",
                            b64_lines(bytes(range(256)) * 40),
                            b"Content-Transfer-Encoding: base64",
                            b'Content-Disposition: attachment; filename="x.bin"',
                        )
                    ],
                ),
            ),
        ),
        (
            "content-type-garbage",
            mail("content-type-garbage", content_type=b';;;/="\\ ; charset', extra=(b"MIME-Version: 99.7",)),
        ),
    ]


def charsets(tracked: str, converse: Converse) -> list[Hostile]:
    surrogate = b"\xed\xa0\x80"  # a UTF-16 surrogate written in UTF-8 (CESU-8): not UTF-8
    utf16 = b"\xff\xfe" + "Hello\x00world \U0001f600".encode("utf-16-le") + b"\x00\xd8" + b"\x41"
    return [
        *dates(tracked, converse),
        (
            "unknown-charset",
            mail(
                "unknown-charset",
                content_type=b'multipart/mixed; boundary="u"',
                body=multipart(
                    b"u",
                    [
                        part(b"text/plain; charset=utf-8", b"Hello"),
                        part(b'text/plain; charset="x-no-such-charset"', b"caf\xe9 \xff\xfe"),
                        part(b"text/enriched; charset=unicode-1-1-utf-9", b"<bold>caf\xe9</bold>"),
                    ],
                ),
            ),
        ),
        (
            "utf7-broken",
            mail("utf7-broken", content_type=b"text/plain; charset=utf-7", body=b"Hi +AGEAYgBj- and +ZZZ!! +AGE"),
        ),
        (
            "charset-mismatch",
            mail(
                "charset-mismatch",
                content_type=b"text/plain; charset=us-ascii",
                cte=b"8bit",
                body="Ça coûte 5 € — merci".encode() + b" \xe9t\xe9 \xff\xfe\xfd",
            ),
        ),
        (
            "invalid-utf8-headers",
            mail(
                "invalid-utf8-headers",
                subject=b"Re: \xff\xfe\xc3( caf\xe9",
                sender=b"\xc3\xa9ric \xe9\xff <eric@elsewhere.example>",
                extra=(b"X-Note: \x80\x81\x82",),
            ),
        ),
        (
            "encoded-words-decode-to-controls",
            mail(
                "encoded-words-decode-to-controls",
                subject=ew(b"Invoice\x00\x01\x1b[31m red\x7f\x08\x08\r\nBcc: victim@x.example"),
                sender=ew(b"Bob\x00Evil\x1b[2J\x07") + b" <bob-evil@elsewhere.example>",
            ),
        ),
        (
            "encoded-words-unknown-and-broken",
            mail(
                "encoded-words-unknown-and-broken",
                subject=b"=?x-klingon?Q?abc?= =?utf-8?X?abc?= =?utf-8?B?!!!?= =?utf-8?Q?=ZZ=?= =?utf-8?B?",
                sender=b"=?undefined?B?Ym9i?= <bob2@elsewhere.example>",
            ),
        ),
        (
            "utf8-encoded-surrogates",
            mail(
                "utf8-encoded-surrogates",
                subject=ew(b"Hi " + surrogate + b" there"),
                body=b"Body with a surrogate " + surrogate + b" inside",
                sender=BOB_FROM,
                in_reply_to=tracked,
            ),
        ),
        (
            "utf16-body-with-nul-and-lone-surrogate",
            mail(
                "utf16-body-with-nul-and-lone-surrogate",
                content_type=b"text/plain; charset=utf-16",
                cte=b"base64",
                body=b64_lines(utf16),
            ),
        ),
        (
            "quoted-printable-nul-and-escapes",
            mail(
                "quoted-printable-nul-and-escapes",
                cte=b"quoted-printable",
                body=b"Hello=00world=0D=0ABcc: x@y=1B[2J=C0=80=ED=A0=80",
            ),
        ),
        (
            "rfc2231-broken",
            mail(
                "rfc2231-broken",
                content_type=b'multipart/mixed; boundary="r"',
                body=multipart(
                    b"r",
                    [
                        part(b"text/plain; charset=utf-8", b"Hello, see attached."),
                        part(b"text/plain; charset*=x-unknown''%ZZ", b"an inline note"),
                        part(
                            b"application/pdf; name*0*=utf-8''%E9%ZZ; name*2=\"x\"; name*=''';",
                            b"%PDF-1.4 garbage",
                            b"Content-Disposition: attachment; filename*0*=utf-8''%FF%FE; filename*1*=%; "
                            b"filename*=x-unknown'en'%E9%00",
                        ),
                    ],
                ),
            ),
        ),
        (
            "codecs-that-are-not-text",
            mail(
                "codecs-that-are-not-text",
                content_type=b'multipart/mixed; boundary="c"',
                body=multipart(
                    b"c",
                    [
                        part(b"text/plain; charset=utf-8", b"Hello, notes attached."),
                        part(
                            b"text/plain; charset=undefined",
                            b"undefined codec",
                            b'Content-Disposition: attachment; filename="a.txt"',
                        ),
                        part(
                            b"text/plain; charset=idna",
                            b"xn--abc-!!",
                            b'Content-Disposition: attachment; filename="b.txt"',
                        ),
                        part(
                            b"text/plain; charset=zlib_codec",
                            b"\x78\x9c",
                            b'Content-Disposition: inline; filename="c.txt"',
                        ),
                        part(
                            b"text/plain; charset=rot13", b"uryyb", b'Content-Disposition: attachment; filename="d.txt"'
                        ),
                    ],
                ),
            ),
        ),
        (
            "encoded-word-nul-in-display-name-of-a-reply",
            mail(
                "encoded-word-nul-in-display-name-of-a-reply",
                sender=ew("Bob\x00 \u202eProspect".encode()) + b" <" + BOB.encode() + b">",
                subject=ew(b"Re: Proposal\x00\x00"),
                body=b"Sounds good\x00, call me.",
                in_reply_to=tracked,
            ),
        ),
    ]


def headers(tracked: str, converse: Converse) -> list[Hostile]:
    many = tuple(b"X-Filler-" + str(i).encode() + b": value " + str(i).encode() for i in range(10_000))
    folded_blank = (b"X-Folded: \r\n \r\n\t\r\n   ", b"Keywords:\r\n\t\r\n ")
    references = b" ".join(b"<ref" + str(i).encode() + b"@hostile.example>" for i in range(10_000))
    recipients = b",\r\n ".join(b"r" + str(i).encode() + b"@many.example" for i in range(5_000))
    return [
        ("ten-thousand-headers", mail("ten-thousand-headers", extra=many)),
        ("header-of-one-megabyte", mail("header-of-one-megabyte", extra=(b"X-Junk: " + b"J" * 1_000_000,))),
        (
            "folded-whitespace-only",
            mail(
                "folded-whitespace-only", subject=b"\r\n \r\n\t", extra=folded_blank, to=b"\r\n \r\n " + ALICE.encode()
            ),
        ),
        (
            "missing-from-to-date-message-id",
            mail("missing-from-to-date-message-id", sender=None, to=None, date=None, message_id=b""),
        ),
        ("duplicate-message-id-a", mail("duplicate-message-id-a", message_id=b"<same@hostile.example>", body=b"One")),
        (
            "duplicate-message-id-b",
            mail(
                "duplicate-message-id-b",
                message_id=b"<same@hostile.example>",
                sender=b"Trudy <trudy@other.example>",
                body=b"A different message entirely",
            ),
        ),
        ("message-id-5000-chars", mail("message-id-5000-chars", message_id=b"<" + b"m" * 5000 + b"@hostile.example>")),
        (
            "references-ten-thousand",
            mail("references-ten-thousand", extra=(b"References: " + references, b"In-Reply-To: " + references)),
        ),
        (
            "in-reply-to-itself",
            mail(
                "in-reply-to-itself",
                extra=(
                    b"In-Reply-To: <in-reply-to-itself@hostile.example>",
                    b"References: <in-reply-to-itself@hostile.example>",
                ),
            ),
        ),
        (
            "references-cycle-a",
            mail(
                "references-cycle-a",
                extra=(
                    b"In-Reply-To: <references-cycle-b@hostile.example>",
                    b"References: <references-cycle-b@hostile.example>",
                ),
            ),
        ),
        (
            "references-cycle-b",
            mail(
                "references-cycle-b",
                extra=(
                    b"In-Reply-To: <references-cycle-a@hostile.example>",
                    b"References: <references-cycle-a@hostile.example>",
                ),
            ),
        ),
        (
            "addresses-that-are-not-addresses",
            mail(
                "addresses-that-are-not-addresses",
                sender=b"not an address at all",
                to=b'@@@, <>, <@>, a@b@c, "unterminated, ' + ALICE.encode(),
                extra=(b"Cc: ;;;,,, <<<>>>, (comment (nested (deeper)", b"Reply-To: <javascript:alert(1)>"),
            ),
        ),
        (
            "group-syntax",
            mail(
                "group-syntax",
                sender=b"Undisclosed recipients:;",
                to=b"Team: a@x.example, b@y.example;, Empty:;, " + ALICE.encode(),
            ),
        ),
        ("five-thousand-recipients", mail("five-thousand-recipients", to=recipients + b",\r\n " + ALICE.encode())),
        (
            "bidi-and-zero-width",
            mail(
                "bidi-and-zero-width",
                sender="\u202eecilA\u202c \u200b\ufeff\u2066 <mallory2@elsewhere.example>".encode(),
                subject="Invoice\u2028Bcc: x@y\u2029\u0085 \u200d\u200e\u061c paid".encode(),
                body="Line\u2028separator\u2029and\u0085next\ufeff".encode(),
            ),
        ),
        (
            "emoji-display-names-in-a-reply",
            mail(
                "emoji-display-names-in-a-reply",
                sender="\U0001f469\u200d\U0001f4bb\U0001f3fd Bob \U0001f525 <".encode() + BOB.encode() + b">",
                subject="Re: Proposal \U0001f44d\U0001f3ff\ufe0f".encode(),
                body="Yes \U0001f44d see you Tuesday".encode(),
                in_reply_to=tracked,
            ),
        ),
        (
            "malformed-header-lines",
            mail(
                "malformed-header-lines",
                extra=(
                    b"This line is not a header",
                    b"X-Bad Name: v",
                    b"X-\xff\xfe: eight-bit name",
                    b": empty name",
                    b"X-Only-Name:",
                    b"X-Trailing-Space : v",
                ),
            ),
        ),
        (
            "duplicated-from-to-subject",
            mail(
                "duplicated-from-to-subject",
                extra=(
                    b"From: Second Sender <second@elsewhere.example>",
                    b"To: other@elsewhere.example",
                    b"Subject: A second subject",
                    b"Message-ID: <second-id@hostile.example>",
                ),
            ),
        ),
    ]


def html_attachments_replies(tracked: str, converse: Converse) -> list[Hostile]:
    html = b"text/html; charset=utf-8"
    entities = b"&#x0;&#0;&#1114112;&#99999999999999999999;&#xD800;&#xFFFFFFFF;&bogus;&amp;amp;&#-1;&#x;" * 20_000
    status = (
        b"Reporting-MTA dns elsewhere\r\nFinal-Recipient: garbage-without-type\r\nAction: exploded\r\n"
        b"Status: 9.99.99999\r\nDiagnostic-Code: \xff\xfe\r\n\r\n\r\nFinal-Recipient: rfc822;\r\nStatus:"
    )
    never = b"<never-sent-" + uuid.uuid4().hex.encode() + b"@contoso.com>"
    good_status = (
        b"Reporting-MTA: dns; mx.elsewhere.example\r\n\r\nFinal-Recipient: rfc822; " + BOB.encode() + b"\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n"
    )
    many_failed = CRLF.join(
        b"Final-Recipient: rfc822; x" + str(i).encode() + b"@many.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        for i in range(10_000)
    )
    ics = (
        b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:99999999T999999Z\r\nDTEND;TZID=Nowhere/Never:0\r\n"
        b"RRULE:FREQ=SECONDLY;COUNT=-1\r\nSUMMARY:"
        + b"S" * 100_000
        + b"\r\n ATTENDEE;CN=\xff:mailto:\r\nBEGIN:VALARM\r\n"
    )
    return [
        ("html-200k-nested-tags", mail("html-200k-nested-tags", content_type=html, body=b"<div>" * 200_000 + b"hi")),
        (
            "html-unclosed-everything",
            mail(
                "html-unclosed-everything",
                content_type=html,
                body=b'<html><body><p><b><table><tr><td>Hi <a href="' + b"x" * 1000 + b"<!-- never closed <script>",
            ),
        ),
        (
            "html-megabyte-script-and-style",
            mail(
                "html-megabyte-script-and-style",
                content_type=html,
                body=b"<html><head><style>"
                + b"a{b:c}" * 200_000
                + b"</style></head><body><script>"
                + b"var x=1;" * 400_000
                + b"</script><p>Hello</p></body></html>",
            ),
        ),
        (
            "html-only-a-5mb-inline-image",
            mail(
                "html-only-a-5mb-inline-image",
                content_type=html,
                body=b"<img src='data:image/png;base64," + base64.b64encode(b"\x89PNG" + b"\x00" * 3_800_000) + b"'>",
            ),
        ),
        (
            "html-entity-bombs",
            mail(
                "html-entity-bombs",
                content_type=html,
                body=b"<p>" + entities + b"</p>",
                sender=BOB_FROM,
                in_reply_to=tracked,
            ),
        ),
        (
            "calendar-garbage",
            mail(
                "calendar-garbage",
                content_type=b'multipart/mixed; boundary="cal"',
                body=multipart(
                    b"cal",
                    [
                        part(b"text/plain; charset=utf-8", b"Invitation"),
                        part(b"text/calendar; method=REQUEST; charset=utf-8", ics),
                    ],
                ),
            ),
        ),
        (
            "tnef-winmail-only",
            mail(
                "tnef-winmail-only",
                content_type=b'application/ms-tnef; name="winmail.dat"',
                cte=b"base64",
                body=b64_lines(b"\x78\x9f\x3e\x22" + os.urandom(50_000)),
                extra=(b'Content-Disposition: attachment; filename="winmail.dat"',),
            ),
        ),
        (
            "auto-submitted-garbage",
            mail(
                "auto-submitted-garbage",
                sender=BOB_FROM,
                subject=b"Automatic reply: Out of Office until 31/02/2030 99:99",
                body=b"I am away until 32/13/2030, back on 30 February 9999999999. Absent jusqu'au 0/0/0.",
                in_reply_to=tracked,
                extra=(
                    b"Auto-Submitted: \x01???;; auto-replied=(",
                    b"X-Autoreply: maybe",
                    b"Precedence: auto_reply;;;",
                ),
            ),
        ),
        (
            "dsn-malformed-delivery-status",
            mail(
                "dsn-malformed-delivery-status",
                sender=b"Mail Delivery System <MAILER-DAEMON@elsewhere.example>",
                subject=b"Undelivered Mail Returned to Sender",
                content_type=b'multipart/report; report-type=delivery-status; boundary="dsn"',
                in_reply_to=tracked,
                extra=(b"Auto-Submitted: auto-replied",),
                body=multipart(
                    b"dsn",
                    [
                        part(b"text/plain", b"Delivery failed for everyone, maybe."),
                        part(b"message/delivery-status", status),
                        part(b"message/rfc822", b""),
                    ],
                ),
            ),
        ),
        (
            "dsn-for-a-message-never-sent",
            mail(
                "dsn-for-a-message-never-sent",
                sender=b"postmaster@elsewhere.example",
                subject=b"Delivery Status Notification (Failure)",
                content_type=b'multipart/report; report-type=delivery-status; boundary="dsn2"',
                extra=(b"In-Reply-To: " + never, b"References: " + never, b"Auto-Submitted: auto-replied"),
                body=multipart(
                    b"dsn2",
                    [
                        part(b"text/plain", b"Your message could not be delivered."),
                        part(b"message/delivery-status", good_status),
                        part(b"text/rfc822-headers", b"Message-ID: " + never + b"\r\nSubject: never\r\n"),
                    ],
                ),
            ),
        ),
        (
            "dsn-ten-thousand-failed-recipients",
            mail(
                "dsn-ten-thousand-failed-recipients",
                sender=b"MAILER-DAEMON@elsewhere.example",
                subject=b"Returned mail: see transcript for details",
                content_type=b"multipart/report; report-type=delivery-status",  # no boundary at all
                in_reply_to=tracked,
                body=b"Reporting-MTA: dns; x\r\n\r\n" + many_failed,
            ),
        ),
    ]


def dates(tracked: str, converse: Converse) -> list[Hostile]:
    labels = {
        "date-offset-minus-2400": b"Mon, 07 Jan 2030 09:00:00 -2400",
        "date-offset-plus-9959": b"Mon, 07 Jan 2030 09:00:00 +9959",
        "date-named-zones": b"Mon, 07 Jan 2030 09:00:00 PST",
        "date-unknown-zone": b"Mon, 07 Jan 2030 09:00:00 XYZ",
        "date-february-30": b"Sat, 30 Feb 2030 09:00:00 +0000",
        "date-hour-25": b"Mon, 07 Jan 2030 25:61:61 +0000",
        "date-iso-8601": b"2030-01-07T09:00:00Z",
        "date-before-the-epoch": b"Tue, 31 Dec 1969 23:59:59 -0000",
        "date-year-0001": b"Mon, 01 Jan 0001 00:00:00 +0000",
        "date-negative-year": b"Mon, 07 Jan -44 09:00:00 +0000",
        "date-empty": b"",
        "date-garbage-comment": b"Mon, 07 Jan 2030 09:00:00 +0000 (\xff\xfe \x00 ((((",
    }
    hostile = [(label, mail(label, date=date)) for label, date in labels.items()]
    hostile.append(
        (
            "date-twice",
            mail("date-twice", extra=(b"Date: Fri, 31 Dec 9999 23:59:59 -1400", b"Date: nonsense")),
        )
    )
    hostile.append(
        (
            "date-absurd-on-a-reply",
            mail(
                "date-absurd-on-a-reply", date=b"Mon, 07 Jan 2030 09:00:00 -9999", sender=BOB_FROM, in_reply_to=tracked
            ),
        )
    )
    return hostile


def answers(tracked: str, converse: Converse) -> list[Hostile]:
    """Out-of-office replies and a bounce in conversations of their own, each baiting what reads what they
    say (return dates, bounce statuses) with values no calendar holds. (Hostile human answers are read by
    the send loop's last look, in the test of their own, then synced.)"""

    def answer(label: str, body: bytes, *, auto: bool = False, **kwargs: Any) -> Hostile:
        message_id, sender, subject, threading = converse(label)
        kwargs["extra"] = threading
        if auto:
            kwargs["extra"] += (b"Auto-Submitted: auto-replied", b"X-Auto-Response-Suppress: All")
            subject = b"Automatic reply: " + subject[len(b"Re: ") :]
        return label, mail(label, sender=sender, subject=subject, in_reply_to=message_id, body=body, **kwargs)

    return [
        answer("ooo-until-february-29-2031", b"I am out of the office until 29/02/2031.", auto=True),
        answer("ooo-until-year-huge", b"Je suis absent jusqu'au 31/12/99999999999999999999.", auto=True),
        answer("ooo-back-in-huge-days", b"Back in 99999999999999999999 days, or in 1e309 weeks.", auto=True),
        answer("ooo-until-april-31", b"Absent du bureau jusqu'au 31 avril 2030 inclus.", auto=True),
        answer(
            "ooo-until-iso-nonsense",
            b"Out of office until 2030-13-45, back 2030-02-30T25:61:61+99:99 or on 0000-00-00.",
            auto=True,
        ),
        answer(
            "ooo-until-year-10000",
            b"I am on leave until 1 January 10000 and back on 31/12/9999 23:59 -1400.",
            auto=True,
        ),
        bounce_with_overflowing_status(converse),
    ]


def human_answers(converse: Converse) -> list[Hostile]:
    """Human answers to a tracked email whose body or structure is hostile (From and threading are sound):
    each is an answer, so nothing may ever be sent after it (R13)."""
    out: list[Hostile] = []

    def answer(label: str, body: bytes, **kwargs: Any) -> None:
        message_id, sender, subject, threading = converse(label)
        kwargs.setdefault("subject", subject)
        kwargs["extra"] = threading
        out.append((label, mail(label, sender=sender, in_reply_to=message_id, body=body, **kwargs)))

    nested = part(b"text/plain; charset=utf-8", b"Yes, let us meet.")
    for depth in range(400):
        boundary = b"a-" + str(depth).encode()
        nested = part(b'multipart/mixed; boundary="' + boundary + b'"', multipart(boundary, [nested]))
    head, deep = nested.split(CRLF + CRLF, 1)
    bombs = (
        b"a" * 100_000
        + b"@ "
        + b"<" * 100_000
        + b" "
        + b"1/" * 50_000
        + b" "
        + b" " * 200_000
        + b"x "
        + b"=?" * 50_000
        + b" "
        + b"recontactez-moi " * 5_000
        + b"a.b-" * 50_000
        + b"@@"
    )
    answer("answer-not-now-in-huge-months", b"Merci. Recontactez-moi dans 99999999999999999999 mois.")
    answer("answer-not-now-on-february-31", b"Pas maintenant, rappelez-moi le 31/02/2030 ou le 0/0/0.")
    answer("answer-not-now-in-10000-years", b"Not now, call me after the 99999999999th, or in 10000 years.")
    answer("answer-400-deep", deep, content_type=head[len(b"Content-Type: ") :])
    answer("answer-2mb-single-line", b"Yes " + b"y" * 2_000_000)
    answer("answer-regex-bombs", bombs)
    answer(
        "answer-only-winmail-dat",
        b64_lines(b"\x78\x9f\x3e\x22" + bytes(range(256)) * 100),
        content_type=b'application/ms-tnef; name="winmail.dat"',
        cte=b"base64",
    )
    answer(
        "answer-utf16-with-nul",
        b64_lines(b"\xff\xfe" + "Yes\x00, Tuesday works \x00".encode("utf-16-le") + b"\x00\xdc"),
        content_type=b"text/plain; charset=utf-16",
        cte=b"base64",
    )
    message_id, sender, subject, threading = converse("answer-re-re-re")
    out.append(
        (
            "answer-re-re-re",
            mail(
                "answer-re-re-re",
                sender=sender,
                subject=b"Re: " * 20_000 + subject[len(b"Re: ") :],
                in_reply_to=message_id,
                body=b"Yes.",
                extra=threading,
            ),
        )
    )
    return out


def bounce_with_overflowing_status(converse: Converse) -> Hostile:
    message_id, sender, _, threading = converse("bounce-overflowing-status")
    prospect = sender.split(b"<")[1].rstrip(b">")
    status = (
        b"Reporting-MTA: dns; mx.prospect.example\r\nArrival-Date: Mon, 07 Jan 99999 09:00:00 +9999\r\n\r\n"
        b"Final-Recipient: rfc822; " + prospect + b"\r\nAction: failed\r\n"
        b"Status: 99999999999999999999.1.1\r\nRetry-Until: 31 Feb 2030\r\n\r\n"
        b"Final-Recipient: rfc822; <>\r\nAction: failed\r\nStatus: 5.-1.99999999999999999999\r\n"
    )
    return (
        "bounce-overflowing-status",
        mail(
            "bounce-overflowing-status",
            sender=b"Mail Delivery Subsystem <mailer-daemon@prospect.example>",
            subject=b"Delivery Status Notification (Failure)",
            content_type=b'multipart/report; report-type=delivery-status; boundary="ovf"',
            in_reply_to=message_id,
            extra=(*threading, b"Auto-Submitted: auto-replied"),
            body=multipart(
                b"ovf",
                [
                    part(b"text/plain", b"Delivery to " + prospect + b" failed permanently."),
                    part(b"message/delivery-status", status),
                ],
            ),
        ),
    )


FAMILIES: dict[str, Callable[[str, Converse], list[Hostile]]] = {
    "mime_structure": mime_structure,
    "charsets": charsets,
    "headers": headers,
    "html_attachments_replies": html_attachments_replies,
    "answers": answers,
}


# --------------------------------------------------------------------------------------- harness


_DELTA_PAGE = re.compile(r"delta mailbox=(?P<user>\S+) folder=(?P<folder>\S+) items=(?P<items>\d+)$")


class DeltaLog(logging.Handler):
    """The Graph sandbox's own log of delta pages served (``delta mailbox=… folder=… items=…``)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.pages: list[tuple[str, str, int]] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Read from the message, not record.args: once relance.logsafe is installed in this process (another test
        # may have), every record reaches handlers already formatted and redacted, its args gone.
        page = _DELTA_PAGE.match(record.getMessage())
        if page:
            self.pages.append((page["user"], page["folder"], int(page["items"])))


@pytest.fixture
def delta_log() -> Iterator[DeltaLog]:
    logger = logging.getLogger("relance.sandbox.graph")
    handler, level = DeltaLog(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def run_worker(world: World, problems: list[str], what: str, loops: str = "sync") -> None:
    """``relance worker --once --loops …`` in its own process, on the sandbox's clock; it must end well."""
    args = [sys.executable, "-m", "relance.cli", "worker", "--once", "--now", world.now().isoformat()]
    args += ["--loops", loops]
    started = time.monotonic()
    try:
        done = subprocess.run(
            args,
            cwd=REPO_ROOT,
            env={**os.environ, **world.env()},
            capture_output=True,
            text=True,
            timeout=WORKER_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stderr or b"")[-2000:]
        problems.append(f"{what}: the worker hung (still running after {WORKER_TIMEOUT}s): {tail!r}")
        return
    if done.returncode != 0:
        problems.append(f"{what}: the worker exited {done.returncode}: {done.stderr[-3000:]}")
    elif "Traceback" in done.stderr:
        problems.append(f"{what}: the worker printed a traceback: {done.stderr[-3000:]}")
    elapsed = time.monotonic() - started
    if elapsed > 90:
        problems.append(f"{what}: the worker took {elapsed:.0f}s for one pass")


def provider_ids(world: World, address: str) -> dict[str, str]:
    """Every message in the address's inbox at the provider: provider id to the Message-ID it serves."""
    if world.sandbox.sandbox.graph.owns(address):
        return {m["id"]: m["internet_message_id"] for m in world.control.graph_messages(address, "inbox")}
    return {m["id"]: m["internet_message_id"] for m in world.control.gmail_messages(address)}


def deliver(world: World, address: str, raw: bytes) -> str:
    """Deliver raw bytes as a mail server hands them over; the provider id the sandbox gave them."""
    before = set(provider_ids(world, address))
    world.control.deliver_raw(address, base64.b64encode(raw).decode())
    new = set(provider_ids(world, address)) - before
    assert len(new) == 1, f"the sandbox stored {len(new)} messages"
    return new.pop()


def stored(world: World, mailbox_id: uuid.UUID) -> tuple[set[str], set[str]]:
    """What the mailbox recorded: the Message-IDs, and every text value of its rows (provider ids among them)."""
    rows = world.conn.execute(
        "select m.internet_message_id, to_jsonb(m) from public.messages as m where m.mailbox_id = %s", (mailbox_id,)
    ).fetchall()
    values: set[str] = set()
    for _, row in rows:
        values |= {v for v in row.values() if isinstance(v, str)}
    return {r[0] for r in rows if r[0]}, values


def dead_letters(world: World) -> dict[str, dict[str, Any]]:
    cur = world.conn.execute(
        "select d.provider_message_id, d.mailbox_id, d.stage, d.reason, d.status, d.attempts"
        " from public.dead_letters as d order by d.first_failed_at, d.id"
    )
    names = [c.name for c in cur.description or []]
    return {str(r[0]): dict(zip(names, r, strict=True)) for r in cur.fetchall()}


def statuses(world: World, mailbox_id: uuid.UUID) -> list[str]:
    rows = world.conn.execute(
        "select status::text from public.tracked_emails where mailbox_id = %s order by sent_at", (mailbox_id,)
    ).fetchall()
    return [r[0] for r in rows]


def good(label: str) -> tuple[str, bytes]:
    message_id = f"<good-{label}-{uuid.uuid4().hex[:8]}@prospect.example>"
    raw = mail(
        f"good-{label}",
        sender=b"Paul Client <paul@prospect.example>",
        subject=b"Order " + label.encode(),
        message_id=message_id.encode(),
        body=b"Please find our order attached. Regards, Paul",
    )
    return message_id, raw


def connect_carol(world: World) -> uuid.UUID:
    """Carol, of another team, with her own mailbox (same provider as Alice's) on the same worker."""
    team_id, owner_id = make_team(world.conn, "fabrikam.example")
    if not isinstance(world, GmailWorld):
        world.control.create_graph_user(CAROL, "Carol Durand")
        mailbox_id = db.connect_mailbox(
            world.worker_conn, team_id, owner_id, "graph", CAROL, "Carol Durand", world.now()
        )
        refresh = world.control.graph_refresh_token(world.app["client_id"], CAROL)["refresh_token"]
        connect_with_refresh_token(world.connector.app, world.connector.store, mailbox_id, refresh)
        return mailbox_id
    world.control.create_gmail_user(CAROL)
    mailbox_id = db.connect_mailbox(world.worker_conn, team_id, owner_id, "gmail", CAROL, "Carol Durand", world.now())
    refresh = world.control.google_refresh_token(world.app["client_id"], CAROL)["refresh_token"]
    connect_gmail_mailbox(world.connector, mailbox_id, CAROL, refresh)
    return mailbox_id


@pytest.fixture(params=["graph", "gmail"])
def any_world(
    request: pytest.FixtureRequest, sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn) if request.param == "graph" else build_gmail_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def conversations(world: World, prospects: dict[str, str]) -> Converse:
    """Each call: Alice writes to a prospect of its own (recorded in ``prospects`` by label)."""

    def converse(label: str) -> tuple[str, bytes, bytes, tuple[bytes, ...]]:
        prospect = f"{label[:40]}@prospect-{len(prospects)}.example"
        prospects[label] = prospect
        sent = world.control.send_by_hand(ALICE, [f"Prospect <{prospect}>"], "Shall we meet?", f"Proposal {label}")
        message_id = sent["internet_message_id"]
        threading: tuple[bytes, ...] = ()
        if not isinstance(world, GmailWorld):  # answered from Outlook: the parent's conversation index, extended
            parent = email.message_from_bytes(world.sandbox.sandbox.graph.lookup(ALICE, message_id) or b"")
            index = base64.b64decode(str(parent["Thread-Index"])) + os.urandom(5)
            threading = (
                b"Thread-Topic: " + str(parent["Thread-Topic"]).encode(),
                b"Thread-Index: " + base64.b64encode(index),
            )
        return message_id, f"Prospect <{prospect}>".encode(), f"Re: Proposal {label}".encode(), threading

    return converse


def first_sync(world: World, *mailboxes: uuid.UUID) -> None:
    """The mailboxes' first backfill, in this process (setup, as the e2e fixtures do it)."""
    for mailbox_id in mailboxes:
        if isinstance(world, GmailWorld):
            world.connector.sync_gmail(mailbox_id)
        else:
            world.connector.sync(mailbox_id)


def gmail_history_id(world: World, address: str, provider_id: str) -> int:
    box = world.sandbox.sandbox.gmail.mailbox(address)
    assert box is not None
    return int(box.messages[provider_id].history_id)


def sync_a_hostile_family(world: World, delta_log: DeltaLog, family: str) -> None:
    problems: list[str] = []
    carol = connect_carol(world)
    tracked = world.send_tracked_email()
    carol_sent = world.control.send_by_hand(CAROL, [f"Bob Prospect <{BOB}>"], "Shall we meet?", "Offer")
    items = FAMILIES[family](tracked["internet_message_id"], conversations(world, {}))
    first_sync(world, world.mailbox_id, carol)
    assert set(statuses(world, world.mailbox_id)) == {"active"} and statuses(world, carol) == ["active"]
    gmail = isinstance(world, GmailWorld)
    cursor_before = world.cursor() if gmail else None  # type: ignore[attr-defined]

    world.advance(minutes=10)
    goods: list[str] = []
    hostile: dict[str, tuple[str, str]] = {}  # label -> (provider id, Message-ID served)
    refused: list[str] = []
    message_id, raw = good("first")
    goods.append(message_id)
    deliver(world, ALICE, raw)
    for label, raw in items:
        try:
            provider_id = deliver(world, ALICE, raw)
        except Exception as exc:  # the sandbox itself cannot store it: not the worker's doing
            refused.append(f"{label}: {exc!r}")
            continue
        hostile[label] = (provider_id, provider_ids(world, ALICE)[provider_id])
        message_id, raw = good(f"after-{label}")
        goods.append(message_id)
        deliver(world, ALICE, raw)
    assert not refused, f"the sandbox refused to store: {refused}"
    # Meanwhile Bob answers Carol, in her own team.
    bob_to_carol = mail(
        "bob-to-carol",
        sender=BOB_FROM,
        to=CAROL.encode(),
        subject=b"Re: Offer",
        message_id=f"<bob-to-carol-{uuid.uuid4().hex[:8]}@prospect.example>".encode(),
        in_reply_to=carol_sent["internet_message_id"],
        body=b"Yes, let us meet on Thursday.",
    )
    deliver(world, CAROL, bob_to_carol)
    last_history = max(gmail_history_id(world, ALICE, p) for p in provider_ids(world, ALICE)) if gmail else None
    world.advance(minutes=1)
    run_worker(world, problems, "hostile pass")

    message_ids, values = stored(world, world.mailbox_id)
    letters = dead_letters(world)
    lost = [m for m in goods if m not in message_ids]
    if lost:
        problems.append(f"well-formed messages around the hostile ones were not ingested: {lost}")
    for label, (provider_id, served_id) in hostile.items():
        letter = letters.get(provider_id)
        if provider_id in values or (served_id and served_id in message_ids):
            continue
        if letter is None:
            problems.append(f"{label}: silently lost (neither ingested nor in public.dead_letters)")
        elif not str(letter["reason"] or "").strip() or letter["mailbox_id"] != world.mailbox_id:
            problems.append(f"{label}: set aside without a readable reason or its mailbox: {letter}")
    if statuses(world, carol) != ["replied"]:
        problems.append(f"another team's mailbox stopped syncing: Carol's tracked email is {statuses(world, carol)}")
    if gmail:
        cursor = world.cursor()  # type: ignore[attr-defined]
        if cursor is None or cursor_before is None or last_history is None or cursor < last_history:
            problems.append(
                f"Alice's Gmail cursor stalled at {cursor} (was {cursor_before}, mail up to {last_history})"
            )

    # The next pass: new mail comes in, the hostile ones are neither fetched again through the cursor nor lost.
    late_id, late = good("late")
    deliver(world, ALICE, late)
    world.advance(minutes=1)
    alice_box = None if gmail else world.sandbox.sandbox.graph.mailbox(ALICE)
    alice_user = alice_box.user_id if alice_box is not None else ""
    delta_log.pages.clear()
    run_worker(world, problems, "next pass")
    message_ids, values = stored(world, world.mailbox_id)
    if late_id not in message_ids:
        problems.append("the next pass did not ingest a new, well-formed message")
    if not gmail:
        served = sum(items for user, folder, items in delta_log.pages if user == alice_user and folder == "inbox")
        if served != 1:
            problems.append(f"Alice's delta cursor did not move on: the next pass was served {served} inbox items")
    after = dead_letters(world)
    for label, (provider_id, served_id) in hostile.items():
        if provider_id in values or (served_id and served_id in message_ids) or provider_id in after:
            continue
        problems.append(f"{label}: lost after the next pass")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("family", list(FAMILIES))
def test_hostile_mail_never_stops_the_worker_nor_loses_a_message(
    any_world: World, delta_log: DeltaLog, family: str
) -> None:
    sync_a_hostile_family(any_world, delta_log, family)


def test_hostile_answers_read_at_the_last_look_never_let_a_followup_through(
    any_world: World, delta_log: DeltaLog
) -> None:
    """The send loop's last look reads a conversation just before sending into it: a hostile answer found
    there neither stops the loop nor lets the follow-up go (R13: nothing is sent after an answer), and the
    rest of the due follow-ups, Carol's in another team among them, go out."""
    world = any_world
    problems: list[str] = []
    carol = connect_carol(world)
    world.control.send_by_hand(CAROL, [f"Bob Prospect <{BOB}>"], "Shall we meet?", "Offer")
    prospects: dict[str, str] = {}
    replies = human_answers(conversations(world, prospects))
    quiet = "quiet@silent.example"
    world.control.send_by_hand(ALICE, [f"Quiet Prospect <{quiet}>"], "Shall we meet?", "Proposal quiet")
    plain = world.control.send_by_hand(ALICE, ["Plain <plain@plain.example>"], "Meet?", "Plan")
    first_sync(world, world.mailbox_id, carol)
    world.advance(hours=4)
    assert world.schedule() == len(replies) + 3
    hostile = {label: deliver(world, ALICE, raw) for label, raw in replies}
    # A plain answer from Outlook, as a control.
    world.control.deliver_reply(ALICE, "Plain <plain@plain.example>", plain["internet_message_id"], "Yes, Tuesday.")
    prospects["plain answer"] = "plain@plain.example"
    world.advance(minutes=1)
    for attempt in range(3):  # one pass of the send loop may take a batch; give it what it needs to drain
        run_worker(world, problems, f"send pass {attempt + 1}", loops="send")
        remaining = world.conn.execute(
            "select count(*) from public.followups where status::text in ('queued', 'scheduled') and due_at <= %s",
            (world.now(),),
        ).fetchone()
        if remaining is not None and remaining[0] == 0:
            break

    engine = [m for m in world.control.sent(ALICE) if "x-relance-followup-id" in m["headers"]]
    written_to = {address.lower() for m in engine for address in m["to"]}
    for label, prospect in prospects.items():
        if prospect.lower() in written_to:
            problems.append(f"{label}: a follow-up went out after the prospect's answer (R13)")
    if quiet not in written_to:
        problems.append("the unanswered prospect's due follow-up was not sent: the send batch stopped")
    carol_sent = [m for m in world.control.sent(CAROL) if "x-relance-followup-id" in m["headers"]]
    if len(carol_sent) != 1:
        problems.append(f"another team's due follow-up was not sent ({len(carol_sent)} sent)")

    # The next sync: every hostile answer is ingested or set aside with its reason, none lost.
    run_worker(world, problems, "sync after the send pass")
    message_ids, values = stored(world, world.mailbox_id)
    letters = dead_letters(world)
    served = provider_ids(world, ALICE)
    for label, provider_id in hostile.items():
        if provider_id in values or served[provider_id] in message_ids:
            continue
        letter = letters.get(provider_id)
        if letter is None or not str(letter["reason"] or "").strip():
            problems.append(f"{label}: silently lost (neither ingested nor in public.dead_letters with a reason)")
    if statuses(world, carol) != ["active"]:
        problems.append(f"Carol's tracked email is {statuses(world, carol)}")
    assert not problems, "\n".join(problems)


def test_r13_a_plain_answer_from_another_client_found_at_the_last_look_stops_the_followup(
    sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> None:
    """Not hostile: a control of the test above, on Outlook (whose plain answer from Outlook passes). A
    prospect answers a minute before the follow-up is due from another client: the answer carries no
    Thread-Index, so Exchange files it in a conversation of its own, but its In-Reply-To and References name
    the tracked email (R5: it is an answer). The last look must see it: nothing is sent (R13)."""
    client = "other"
    world = build_world(sandbox, db_url, conn)
    problems: list[str] = []
    try:
        sent = world.send_tracked_email()
        first_sync(world, world.mailbox_id)
        world.advance(hours=4)
        assert world.schedule() == 1
        world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], "Yes.", client=client)
        world.advance(minutes=1)
        run_worker(world, problems, "send pass", loops="send")
        if world.sent_by_engine():
            problems.append(f"a follow-up went out a minute after Bob's answer from {client!r} (R13)")
        assert not problems, "\n".join(problems)
    finally:
        world.worker_conn.close()
