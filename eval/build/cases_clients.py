"""Human replies from the clients a firm meets, in eight languages: Outlook desktop (text and HTML, every
locale's quote header), Lotus Notes (R5 and 8.x headers, forwards, internet-mail intros), GroupWise,
Gmail (localised and date-first intros, wrapped at 76 columns), the French webmails, iOS Mail and
Outlook mobile with their "sent from" lines, and inline answers written between `>` lines whose ends a
client re-wrapped, with the quoted signature and a list footer below.

Labels are the lines the replier typed, as they appear in the body (after the client's own wrapping).
"""

from __future__ import annotations

import random
import textwrap
from datetime import datetime, timedelta
from email.utils import formataddr

from common import PARIS, Case, html_escape, rfcdate, simple_message
from langs import EN, FR, LANGS, Lang

RNG = random.Random(20261130)


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def wrap(paragraphs: list[str], width: int | None) -> list[str]:
    """Hard-wrap paragraphs as a client does when it sends text/plain (None: no wrapping)."""
    out: list[str] = []
    for p in paragraphs:
        if not p or width is None or len(p) <= width:
            out.append(p)
        else:
            out += textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)
    return out


def quote(lines: list[str]) -> list[str]:
    return [f"> {ln}" if ln else ">" for ln in lines]


def wrap_intro(line: str, width: int = 76) -> list[str]:
    """Gmail's text/plain part breaks a long intro line at the last space before the width (or after '<')."""
    if len(line) <= width:
        return [line]
    lt = line.rfind("<")
    if 0 < lt < width and len(line) - lt > 10 and RNG.random() < 0.5:
        return [line[: lt + 1], line[lt + 1 :]]
    cut = line.rfind(" ", 0, width)
    return [line[:cut], line[cut + 1 :]]


def wrap_source(html: str, width: int = 76) -> str:
    """Break HTML source at spaces to keep lines within `width`, as Word (Outlook) and Notes write it: the
    breaks fall inside text, where a reader must take them for spaces."""
    out: list[str] = []
    for line in html.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def label_of(lines: list[str]) -> list[str]:
    return [ln.strip() for ln in lines if ln.strip()]


def html_paras(lines: list[str], tag: str = "div") -> str:
    return "".join(f"<{tag}>{html_escape(ln) if ln else '<br>'}</{tag}>" for ln in lines)


class Thread:
    """One tracked email in a language and the person answering it."""

    def __init__(self, lang: Lang, k: int, replier: int, sent: datetime) -> None:
        self.lang = lang
        self.k = k
        self.user_name, self.user_addr = lang.user
        self.name, self.addr = lang.repliers[replier % len(lang.repliers)]
        self.sent = sent
        self.when = sent + timedelta(hours=20 + k, minutes=7 * k)
        self.mid = f"<{_hex(8).lower()}-{_hex(4).lower()}@{self.user_addr.split('@')[1]}>"

    @property
    def domain(self) -> str:
        return self.addr.split("@")[1]

    def subject(self, prefix: str = "Re: ") -> str:
        return prefix + self.lang.subject

    def f(self, template: str) -> str:
        return template.format(**self.lang.fields(self.sent, self.user_name, self.user_addr))

    def base_headers(self, prefix: str = "Re: ") -> list[tuple[str, str]]:
        return [
            ("From", formataddr((self.name, self.addr))),
            ("To", formataddr((self.user_name, self.user_addr))),
            ("Subject", self.subject(prefix)),
            ("Date", rfcdate(self.when)),
            ("In-Reply-To", self.mid),
            ("References", self.mid),
        ]

    def outlook_header(self, *, sep: bool, cc: bool) -> list[str]:
        fr, se, to, ccl, sub = self.lang.outlook_labels
        c = self.lang.colon
        lines = [self.lang.outlook_sep] if sep else []
        lines += [
            f"{fr}{c} {self.user_name} [mailto:{self.user_addr}] "
            if sep
            else f"{fr}{c} {self.user_name} <{self.user_addr}>",
            f"{se}{c} {self.f(self.lang.outlook_date)}",
            f"{to}{c} {self.name} <{self.addr}>",
        ]
        if cc:
            lines.append(f"{ccl}{c} Ventas <info@{self.domain}>")
        lines.append(f"{sub}{c} {self.lang.subject}")
        return lines


def human_case(slug: str, t: Thread, client: str, msg, new: list[str], kind: str = "human") -> Case:  # type: ignore[no-untyped-def]
    written = " ".join(" ".join(new).split())
    opt_out = any(" ".join(t.lang.answers[i][2].split()) in written for i in t.lang.opt_outs)
    label = {"kind": kind, "opt_out": opt_out, "new_text": label_of(new), "client": client, "lang": t.lang.code}
    return Case(slug, msg, label)


DISCLAIMER = [
    "This e-mail and any attachments are confidential and may be privileged. If you are not the intended",
    "recipient, please notify the sender immediately and delete it. Any unauthorised use is prohibited.",
]


# ------------------------------------------------------------------------------------------ Outlook


def outlook_text(t: Thread, answer: list[str], *, disclaimer: bool) -> Case:
    """Outlook desktop, text and HTML alternatives; the text part is not wrapped (QP soft breaks only)."""
    hdr = t.outlook_header(sep=True, cc=t.k % 2 == 0)
    orig = t.lang.original
    text = [*answer, "", *hdr, "", *orig]
    if disclaimer:
        text += ["", *DISCLAIMER]
    bold = "".join(f"<b>{html_escape(h.split(':', 1)[0])}:</b>{html_escape(h.split(':', 1)[1])}<br>" for h in hdr[1:])
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
        '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
        + "".join(f'<p class="MsoNormal">{html_escape(ln) or "<o:p>&nbsp;</o:p>"}</p>' for ln in answer)
        + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
        f'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">{bold}</p></div></div>'
        + "".join(f'<p class="MsoNormal">{html_escape(ln) or "<o:p>&nbsp;</o:p>"}</p>' for ln in orig)
        + "</div></body></html>"
    )
    headers = [
        *t.base_headers("RE: " if t.lang.code in ("en", "fr") else "AW: " if t.lang.code == "de" else "RE: "),
        ("Message-ID", f"<{_hex(12)}$A1B2C3D4${_hex(8)}@{t.domain}>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH" + _hex(20).lower()),
        ("Content-Language", {"en": "en-us", "pt": "pt-br"}.get(t.lang.code, t.lang.code)),
    ]
    msg = simple_message(headers, "\n".join(text) + "\n", html)
    return human_case(f"{t.lang.code}-outlook-original-message", t, "outlook", msg, answer)


def outlook_html(t: Thread, answer: list[str]) -> Case:
    """HTML only: new Outlook / OWA (divRplyFwdMsg) or an older client's bare <hr> and bold labels."""
    hdr = t.outlook_header(sep=False, cc=False)
    colon = "&nbsp;:" if t.lang.colon == " :" else ":"
    bold = "<br>".join(
        f"<b>{html_escape(h.split(':', 1)[0].strip())}{colon}</b>{html_escape(h.split(':', 1)[1])}" for h in hdr
    )
    if t.k % 2 == 0:
        quote_html = (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{bold}</font><div>&nbsp;</div></div><div>{html_paras(t.lang.original)}</div>'
        )
        client_hdr = ("X-MS-Exchange-Organization-AuthAs", "Internal")
    else:
        quote_html = (
            f'<br><hr size="2" width="100%" align="center"><font size="2" face="Tahoma">{bold}</font><br><br>'
            f"{html_paras(t.lang.original, 'p')}"
        )
        client_hdr = ("X-Mailer", "Microsoft Office Outlook 12.0")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">{html_paras(answer)}</div>{quote_html}'
        "</body></html>"
    )
    if t.k % 2:
        html = wrap_source(html)
    headers = [*t.base_headers("RE: "), ("Message-ID", f"<{_hex(16)}@{t.domain}>"), client_hdr]
    msg = simple_message(headers, None, html)
    return human_case(f"{t.lang.code}-outlook-html-only", t, "outlook", msg, answer)


# ------------------------------------------------------------------------------------------ Gmail


def gmail(t: Thread, answer: list[str], *, date_first: bool = False) -> Case:
    if date_first:
        d = t.sent
        intro = f"{d:%Y-%m-%d} {d:%H:%M} GMT+01:00 {t.user_name} <{t.user_addr}>:"
    else:
        intro = t.f(t.lang.gmail_intro)
    new = wrap(answer, 76)
    text = [*new, "", *wrap_intro(intro), "", *quote(wrap(t.lang.original, 74))]
    html = (
        f'<div dir="ltr">{html_paras(answer)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html_escape(intro)}<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(t.lang.original)}</blockquote></div>"
    )
    headers = [("MIME-Version", "1.0"), *t.base_headers(), ("Message-ID", f"<CA{_hex(40)}@mail.gmail.com>")]
    msg = simple_message(headers, "\n".join(text) + "\n", html)
    return human_case(f"{t.lang.code}-gmail{'-date-first' if date_first else ''}", t, "gmail", msg, new)


# ------------------------------------------------------------------------------------------ Lotus Notes

LOTUS_LABELS = {
    "en": ("From", "To", "Cc", "Date", "Subject", "Sent by"),
    "fr": ("De", "A", "Cc", "Date", "Objet", "Envoyé par"),
    "de": ("Von", "An", "Kopie", "Datum", "Betreff", "Gesendet von"),
    "nl": ("Van", "Aan", "Kopie", "Datum", "Onderwerp", "Verzonden door"),
    "it": ("Da", "A", "Cc", "Data", "Oggetto", "Inviato da"),
    "es": ("De", "Para", "CC", "Fecha", "Asunto", "Enviado por"),
    "pt": ("De", "Para", "Cc", "Data", "Assunto", "Enviado por"),
    "pl": ("Od", "Do", "DW", "Data", "Temat", "Wysłane przez"),
}


def lotus(t: Thread, answer: list[str], style: str) -> Case:
    d = t.sent
    org = t.domain.split(".")[0].upper()[:8]
    user_notes = f"{t.user_name}/{org}"
    me_notes = f"{t.name}/{org}@{org}"
    us_date = f"{d:%m/%d/%Y} {d.hour % 12 or 12:02d}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    eu_date = f"{d:%d.%m.%Y %H:%M}"
    fr_, to, cc, date, sub, sentby = LOTUS_LABELS[t.lang.code]
    c = t.lang.colon
    if style == "notes8":  # Notes 8.x reply header, tab-separated
        hdr = [
            f"{fr_}{c}\t{user_notes}",
            f"{to}{c}\t{me_notes}",
            f"{cc}{c}\t",
            f"{date}{c}\t{eu_date if t.lang.code != 'en' else us_date}",
            f"{sub}{c}\t{t.lang.subject}",
            f"{sentby}{c}\t{t.user_addr}" if t.k % 2 else "",
        ]
        hdr = [h for h in hdr if h] + [""]
    elif style == "r5":  # Notes R5/R6: name and date stacked on the left, To/cc/Subject beside them
        hdr = [
            "",
            "",
            f"                    {t.user_name}",
            f"                    <{t.user_addr}>        {to}{c}     {t.name}/{org}@{org}",
            f"                    {d:%d/%m/%Y} {d:%H:%M}       {cc}{c}",
            f"                                            {sub}{c}    {t.lang.subject}",
            "",
            "",
        ]
    elif style == "internet":  # an internet message quoted by Notes: "Name" <addr> on date
        hdr = [
            f'"{t.user_name}" <{t.user_addr}> on {us_date}',
            "",
            f"To:   <{t.addr}>",
            "cc:",
            f"Subject:  {t.lang.subject}",
            "",
        ]
    else:  # forwarded internally, then answered: the forward banner above a stacked header
        fwd_by = f"{t.name.split()[0]} Assistant/{org}"
        hdr = [
            f"----- Forwarded by {fwd_by} on {us_date} -----"
            if t.lang.code not in ("de", "fr")
            else (
                f"----- Weitergeleitet von {fwd_by} am {eu_date} -----"
                if t.lang.code == "de"
                else f"----- Réacheminé par {fwd_by} le {d:%d/%m/%Y %H:%M} -----"
            ),
            "",
            f"\t{t.user_name} <{t.user_addr}>",
            f"\t{us_date}",
            "\t\t ",
            f"\t\t {to}{c} {me_notes}",
            f"\t\t {cc}{c} ",
            f"\t\t {sub}{c} {t.lang.subject}",
            "",
        ]
    new = wrap(answer, 72)
    text = [*new, "", *hdr, "", *wrap(t.lang.original, 72)]
    headers = [
        *t.base_headers(),
        ("Message-ID", f"<OF{_hex(8)}.{_hex(8)}-ON{_hex(8)}.{_hex(8)}-{_hex(8)}.{_hex(8)}@{t.domain}>"),
        (
            "X-Mailer",
            "Lotus Notes Release 8.5.3 September 15, 2011" if style == "notes8" else "Lotus Notes Release 6.5.6",
        ),
        ("X-MIMETrack", f"Serialize by Router on SMTP01/{org}(Release 8.5.3FP6|November 21, 2013) at {eu_date}"),
    ]
    msg = simple_message(headers, "\n".join(text) + "\n", cte="quoted-printable")
    return human_case(f"{t.lang.code}-lotus-{style}", t, "lotus", msg, new)


def lotus_html(t: Thread, answer: list[str]) -> Case:
    """Notes 8.5 HTML only: font tags, the labels in grey with padding, source wrapped at 76 columns."""
    d = t.sent
    org = t.domain.split(".")[0].upper()[:8]
    fr_, to, cc, date, sub, _ = LOTUS_LABELS[t.lang.code]
    c = t.lang.colon
    grey = '<font size=1 color=#5f5f5f face="sans-serif">'
    rows = [
        (fr_, f"{html_escape(t.user_name)} &lt;{t.user_addr}&gt;"),
        (to, f"{html_escape(t.name)}/{org}@{org}"),
        (cc, ""),
        (date, f"{d:%d.%m.%Y %H:%M}"),
        (sub, html_escape(t.lang.subject)),
    ]
    head = "".join(
        f'<br>{grey}{label}{c}&nbsp; &nbsp; &nbsp; &nbsp;</font><font size=1 face="sans-serif">{value}</font>'
        for label, value in rows
    )
    html = (
        '<font size=2 face="sans-serif">'
        + "<br>".join(html_escape(a) for a in answer)
        + "</font><br><br><br><br>"
        + head
        + "<br><hr noshade><br><br><br><tt><font size=2>"
        + "<br>".join(html_escape(o) for o in t.lang.original)
        + "</font></tt>"
    )
    headers = [
        *t.base_headers(),
        ("Message-ID", f"<OF{_hex(8)}.{_hex(8)}-ON{_hex(8)}.{_hex(8)}@{t.domain}>"),
        ("X-Mailer", "Lotus Notes Release 8.5.3 September 15, 2011"),
    ]
    msg = simple_message(headers, None, wrap_source(html))
    return human_case(f"{t.lang.code}-lotus-html", t, "lotus", msg, answer)


# ------------------------------------------------------------------------------------------ GroupWise


def groupwise(t: Thread, answer: list[str]) -> Case:
    """GroupWise puts `>>> sender date >>>` above the original, which it does not prefix."""
    d = t.sent
    who = f'"{t.user_name}" <{t.user_addr}>' if t.k % 2 else t.user_name
    stamp = f"{d.month}/{d.day}/{d:%Y} {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    if t.lang.code != "en":
        stamp = f"{d:%d.%m.%Y %H:%M}"
    text = [*answer, "", f">>> {who} {stamp} >>>", *t.lang.original]
    headers = [
        *t.base_headers(),
        ("Message-Id", f"<{_hex(8)}0200{_hex(4)}{_hex(4)}@gw.{t.domain}>"),
        ("X-Mailer", "Novell GroupWise Internet Agent 14.2.2"),
    ]
    msg = simple_message(headers, "\r\n".join(text) + "\r\n")
    return human_case(f"{t.lang.code}-groupwise", t, "groupwise", msg, answer)


# ------------------------------------------------------------------------------------------ mobile


def ios(t: Thread, answer: list[str]) -> Case:
    text = [*answer, "", t.lang.iphone, "", *quote([t.f(t.lang.ios_intro), "", *t.lang.original])]
    headers = [
        ("From", formataddr((t.name, t.addr))),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", t.subject()),
        ("Date", rfcdate(t.when)),
        ("Message-Id", f"<{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}@{t.domain}>"),
        ("References", t.mid),
        ("In-Reply-To", t.mid),
        ("To", formataddr((t.user_name, t.user_addr))),
        ("X-Mailer", "iPhone Mail (21E236)"),
    ]
    msg = simple_message(headers, "\n".join(text) + "\n")
    return human_case(f"{t.lang.code}-ios", t, "mobile", msg, answer)


def outlook_mobile(t: Thread, answer: list[str], *, footer: str | None = None) -> Case:
    """Outlook for Android/iOS (or another app named by `footer`): the app's line, then an underscore rule."""
    line = footer or t.lang.outlook_mobile
    fr, se, to, _cc, sub = t.lang.outlook_labels
    c = t.lang.colon
    d = t.sent
    hdr = [
        "________________________________",
        f"{fr}{c} {t.user_name} <{t.user_addr}>",
        f"{se}{c} {t.f(t.lang.outlook_date)}:{d.second:02d}",
        f"{to}{c} {t.name} <{t.addr}>",
        f"{sub}{c} {t.lang.subject}",
    ]
    text = [*answer, "", line, *hdr, "", *t.lang.original]
    link = line.split("<")[0]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<div dir="auto">{html_paras(answer)}</div><div dir="auto"><br></div>'
        f'<div dir="auto">{html_escape(link)}</div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr">{"<br>".join(html_escape(h) for h in hdr[1:])}</div>'
        f"<div>{html_paras(t.lang.original)}</div></body></html>"
    )
    headers = [*t.base_headers("RE: "), ("Message-ID", f"<{_hex(30)}@{t.domain}>")]
    msg = simple_message(headers, "\n".join(text) + "\n", html)
    slug = "outlook-mobile" if footer is None else "outlook-ios"
    return human_case(f"{t.lang.code}-{slug}", t, "mobile", msg, answer)


def mobile_plain(t: Thread, answer: list[str], footer: list[str], slug: str) -> Case:
    """Android mail apps: a "sent from" line, then the app's own intro and `>` quoting."""
    text = [*answer, "", *footer, "", *wrap_intro(t.f(t.lang.ios_intro)), *quote(t.lang.original)]
    headers = [*t.base_headers(), ("Message-ID", f"<{_hex(20).lower()}@{t.domain}>")]
    msg = simple_message(headers, "\n".join(text) + "\n")
    return human_case(f"{t.lang.code}-{slug}", t, "mobile", msg, answer)


# ------------------------------------------------------------------------------------------ inline answers


def rewrap_quote(paragraph: str, width: int) -> list[str]:
    """Quote a paragraph wrapped at 74 columns, then re-wrap at `width` as Outlook Express and old webmails do:
    the end of a quoted line that no longer fits moves to its own line, without the `>`."""
    out: list[str] = []
    for ln in textwrap.wrap(paragraph, 74, break_long_words=False):
        q = f"> {ln}"
        if len(q) <= width:
            out.append(q)
        else:
            cut = q.rfind(" ", 0, width)
            out += [q[:cut], q[cut + 1 :]]
    return out


def inline(t: Thread, *, listed: bool) -> Case:
    """Answers written between the quoted paragraphs, below an intro line; the quoted signature and, through a
    list, the list's footer follow the last answer."""
    orig = t.lang.original
    paras = [p for p in orig[:6] if p]
    greeting = t.lang.answers[t.k % 3][0]
    sign = t.name.split()[-1] if t.k % 2 else t.name.split()[0]
    intro = wrap_intro(t.f(t.lang.gmail_intro if t.k % 2 else t.lang.ios_intro), 72)
    text = [greeting, "", *intro]
    new = [greeting]
    text += [*rewrap_quote(paras[0], 72), ">", *rewrap_quote(paras[1], 72), ""]
    text += [t.lang.inline[0], ""]
    text += [*rewrap_quote(paras[2], 72), ""]
    text += [t.lang.inline[1], "", sign, ""]
    new += [t.lang.inline[0], t.lang.inline[1], sign]
    signature = orig[-2:]
    text += quote(["", "-- ", *signature])
    headers = [*t.base_headers(), ("Message-ID", f"<{_hex(16).lower()}@{t.domain}>")]
    kind = "human"
    if listed:
        list_name = f"achats-{t.lang.code}"
        text += [
            "",
            "_______________________________________________",
            f"{list_name} mailing list",
            f"{list_name}@lists.{t.domain}",
            f"https://lists.{t.domain}/mailman/listinfo/{list_name}",
        ]
        headers += [
            ("List-Id", f"<{list_name}.lists.{t.domain}>"),
            ("List-Post", f"<mailto:{list_name}@lists.{t.domain}>"),
            ("List-Unsubscribe", f"<https://lists.{t.domain}/mailman/options/{list_name}>"),
            ("Precedence", "list"),
        ]
        kind = "list"
    msg = simple_message(headers, "\n".join(text) + "\n")
    case = human_case(f"{t.lang.code}-inline{'-list' if listed else ''}", t, "thunderbird", msg, new, kind)
    return case


# ------------------------------------------------------------------------------------------ French webmails


def webmail_fr(t: Thread, answer: list[str], variant: int) -> Case:
    """Orange / SFR / La Poste webmails: `Message du … / De : / A : / Copie à : / Objet :`, quoted or not."""
    d = t.sent
    if variant == 0:  # Orange, text: the header is quoted with the message
        hdr = [
            f"Message du {d:%d/%m/%y %H:%M}",
            f'De : "{t.user_name}" <{t.user_addr}>',
            f"A : {t.addr}",
            "Copie à : ",
            f"Objet : {t.lang.subject}",
        ]
        text = [*answer, "", "", *quote([*hdr, "", *wrap(t.lang.original, 72)])]
    elif variant == 1:  # the colon form, not quoted
        hdr = [
            f"Message du : {d:%d/%m/%Y %H:%M}",
            f"De : {t.user_name} <{t.user_addr}>",
            f"A : {t.name} <{t.addr}>",
            "Copie à : ",
            f"Sujet : {t.lang.subject}",
        ]
        text = [*answer, "", *hdr, "", *t.lang.original]
    elif variant == 2:  # La Poste / SFR style: a dashed banner and a Date line
        hdr = [
            "---- Message d'origine ----" if t.k % 2 else "========================================",
            f"De : {t.user_addr}",
            f"À : {t.addr}",
            f"Objet : {t.lang.subject}",
            f"Date : {FR.days[d.weekday()]} {d.day} {FR.months[d.month - 1]} {d.year} {d:%H:%M}",
        ]
        text = [*answer, "", *hdr, "", *quote(t.lang.original)]
    else:
        hdr = []
        text = []
    headers = [*t.base_headers(), ("Message-ID", f"<{_hex(10)}.{_hex(6)}@wwinf{RNG.randint(1000, 9999)}>")]
    if variant == 3:  # Orange, HTML only: the quote is a plain <blockquote> with no class
        hdr = [
            f"&gt; Message du {d:%d/%m/%y %H:%M}",
            f"&gt; De : &quot;{html_escape(t.user_name)}&quot; &lt;{t.user_addr}&gt;",
            f"&gt; A : {t.addr}",
            "&gt; Copie à : ",
            f"&gt; Objet : {html_escape(t.lang.subject)}",
        ]
        html = (
            "<html><head></head><body><p>"
            + "<br />".join(html_escape(a) for a in answer)
            + '</p><br /><br /><blockquote style="border-left: 2px solid blue; padding-left: 5px;">'
            + "<br />".join(hdr)
            + "<br />&gt;<br />"
            + "".join(f"&gt; {html_escape(p)}<br />" for p in t.lang.original)
            + "</blockquote></body></html>"
        )
        msg = simple_message([*headers, ("X-Mailer", "Messagerie Orange")], None, html)
        return human_case("fr-webmail-orange-html", t, "webmail-fr", msg, answer)
    msg = simple_message(headers, "\n".join(text) + "\n")
    return human_case(f"fr-webmail-{variant}", t, "webmail-fr", msg, answer)


# ------------------------------------------------------------------------------------------ all


def client_cases() -> list[Case]:
    cases: list[Case] = []
    base = datetime(2024, 2, 6, 9, 41, tzinfo=PARIS)
    for i, lang in enumerate(LANGS):

        def thread(k: int, replier: int, lang: Lang = lang, i: int = i) -> Thread:
            return Thread(lang, k, replier, base + timedelta(days=17 * i + 3 * k, hours=(5 * k + i) % 9))

        a = lang.answers
        cases.append(outlook_text(thread(0, 0), a[0], disclaimer=i % 3 == 0))
        cases.append(outlook_html(thread(1 + i % 2, 1), a[1]))
        cases.append(gmail(thread(2, 2), a[2]))
        cases.append(lotus(thread(3, 0), a[0], ["notes8", "r5", "internet", "forward"][i % 4]))
        cases.append(groupwise(thread(4 + i % 2, 1), a[1]))
        cases.append(ios(thread(5, 2), a[2]))
        cases.append(outlook_mobile(thread(6, 0), a[1][:3]))
        cases.append(inline(thread(7 + i % 2, 2), listed=i % 2 == 1))
    # a second Lotus shape and a date-first Gmail intro in four locales
    for i, lang in enumerate([EN, LANGS[2], LANGS[4], LANGS[7]]):
        t = Thread(lang, 9 + i, 1, base + timedelta(days=40 + 11 * i, hours=i))
        cases.append(lotus(t, lang.answers[1], ["forward", "internet", "notes8", "r5"][i]))
        t = Thread(lang, 10 + i, 0, base + timedelta(days=90 + 5 * i, hours=2 * i))
        cases.append(gmail(t, lang.answers[0], date_first=True))
    # Lotus Notes HTML, source wrapped as Notes writes it
    for i, lang in enumerate([EN, FR, LANGS[2], LANGS[6]]):
        t = Thread(lang, 14 + i, 2, base + timedelta(days=60 + 7 * i, hours=3 + i))
        cases.append(lotus_html(t, lang.answers[0]))
    # French webmails
    for v in range(4):
        t = Thread(FR, 11 + v, v, base + timedelta(days=120 + 9 * v, hours=v))
        cases.append(webmail_fr(t, FR.answers[v % 3], v))
    # other phone apps' lines
    apps = [
        (EN, ["Sent from TypeApp"], "typeapp"),
        (LANGS[2], ["Von meinem Samsung Galaxy Smartphone gesendet."], "samsung"),
        (FR, ["Envoyé depuis mon appareil Galaxy"], "galaxy"),
        (LANGS[5], ["Enviado desde Yahoo Mail para Android"], "yahoo-android"),
        (LANGS[3], ["Verzonden met BlueMail"], "bluemail"),
    ]
    for i, (lang, footer, slug) in enumerate(apps):
        t = Thread(lang, 12 + i, i, base + timedelta(days=150 + 4 * i, hours=i))
        cases.append(mobile_plain(t, [lang.inline[1]], footer, slug))
    t = Thread(EN, 13, 2, base + timedelta(days=170))
    cases.append(
        outlook_mobile(t, ["Works for me, see you then."], footer="Get Outlook for iOS<https://aka.ms/o0ukef>")
    )
    return cases
