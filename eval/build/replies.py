"""Human replies (including opt-outs) as Gmail, Outlook, Apple Mail, iOS, Thunderbird and Outlook mobile write them."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import Message

from common import (
    Case,
    Person,
    Tracked,
    apple_en_attr,
    apple_fr_attr,
    apple_mid,
    generic_mid,
    gmail_en_attr,
    gmail_fr_attr,
    gmail_mid,
    gt_quote,
    html_escape,
    ios_en_attr,
    lines_to_html_divs,
    outlook_en_header,
    outlook_fr_header,
    outlook_mid,
    rfcdate,
    simple_message,
    thread_index,
    thunderbird_en_attr,
    thunderbird_fr_attr,
)


def wrap_attr(line: str, width: int = 76) -> list[str]:
    """Gmail's text/plain part hard-wraps a long attribution line (often right after '<')."""
    if len(line) <= width:
        return [line]
    lt = line.find("<")
    if 0 < lt < width:
        return [line[: lt + 1], line[lt + 1 :]]
    cut = line.rfind(" ", 0, width)
    return [line[:cut], line[cut + 1 :]]


def compose(
    t: Tracked,
    replier: Person,
    client: str,
    new: list[str],
    when: datetime,
    *,
    html_only: bool = False,
    bottom: list[str] | None = None,
    inline: list[tuple[list[str], list[str]]] | None = None,
    extra_headers: list[tuple[str, str]] | None = None,
) -> tuple[Message, list[str]]:
    """Return the reply message and the lines its author wrote (the new-text label)."""
    fr = t.lang == "fr"
    orig = t.body
    boiler: list[str] = []
    quote_text: list[str]
    html_quote: str
    if client in ("gmail", "gmail_fr"):
        attr = gmail_fr_attr(t) if fr else gmail_en_attr(t)
        quote_text = [*wrap_attr(attr), "", *gt_quote(orig)]
        html_quote = (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{html_escape(attr)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{lines_to_html_divs(orig)}</blockquote></div>'
        )
        mid = gmail_mid()
    elif client.startswith("outlook"):
        style = client.split("_", 1)[1] if "_" in client else "original"
        if style == "mobile":
            boiler = [
                "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>"
                if fr
                else "Get Outlook for iOS<https://aka.ms/o0ukef>"
            ]
            style = "underscore"
        hdr = outlook_fr_header(t, replier, style) if fr else outlook_en_header(t, replier, style)
        quote_text = [*hdr, "", *orig]
        labels = ["De", "Envoyé", "À", "Objet"] if fr else ["From", "Sent", "To", "Subject"]
        hdr_lines = [ln for ln in hdr if ":" in ln and not ln.startswith("-")]
        html_hdr = "<br>".join(
            f"<b>{html_escape(ln.split(':', 1)[0].strip())}{'&nbsp;:' if fr else ':'}</b>"
            f"{html_escape(ln.split(':', 1)[1])}"
            for ln in hdr_lines
        )
        del labels
        if style in ("original", "mac"):
            html_quote = (
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div><div style="border:none;border-top:solid '
                f'#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">{html_hdr}<o:p></o:p></p></div></div>'
                f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                + "".join(f'<p class="MsoNormal">{html_escape(ln) or "<o:p>&nbsp;</o:p>"}</p>' for ln in orig)
            )
        else:
            html_quote = (
                '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{html_hdr}</font><div>&nbsp;</div></div><div>{lines_to_html_divs(orig)}</div>'
            )
        mid = outlook_mid()
    elif client in ("apple", "ios"):
        if client == "ios":
            boiler = ["Envoyé de mon iPhone" if fr else "Sent from my iPhone"]
            attr = apple_fr_attr(t) if fr else ios_en_attr(t)
            quote_text = gt_quote([attr, "", *orig])
        else:
            attr = apple_fr_attr(t) if fr else apple_en_attr(t)
            quote_text = [attr, "", *gt_quote(orig)]
        html_quote = (
            f'<div><br><blockquote type="cite"><div>{html_escape(attr)}</div><br class="Apple-interchange-newline">'
            f"<div>{lines_to_html_divs(orig)}</div></blockquote></div>"
        )
        mid = apple_mid(replier.domain)
    elif client == "thunderbird":
        attr = thunderbird_fr_attr(t) if fr else thunderbird_en_attr(t)
        quote_text = [attr, *gt_quote(orig)]
        html_quote = (
            f'<div class="moz-cite-prefix">{html_escape(attr)}<br></div><blockquote type="cite" '
            f'cite="mid:{t.message_id[1:-1]}">{lines_to_html_divs(orig)}</blockquote>'
        )
        mid = generic_mid(replier.domain)
    else:
        raise ValueError(client)

    # text body
    text_lines: list[str] = list(new)
    label = [ln for ln in new]
    if inline is not None:
        # inline answers: the author writes between quoted lines of the original
        text_lines = [*new, "", *quote_text[: quote_text.index("") + 1]] if new else []
        if not text_lines:
            attr_block = quote_text[: quote_text.index("")]
            text_lines = [*attr_block, ""]
        for quoted, answer in inline:
            text_lines += [*gt_quote(quoted), "", *answer, ""]
            label += answer
    elif bottom is not None:
        text_lines = [*quote_text, "", *bottom]
        label = list(bottom)
    else:
        if boiler and client == "ios":
            text_lines += ["", *boiler, ""]
            text_lines += quote_text
        elif boiler:
            text_lines += ["", *boiler, *quote_text]
        else:
            text_lines += ["", *quote_text]
    text = "\n".join(text_lines) + "\n"

    new_html = lines_to_html_divs(new)
    if boiler:
        new_html += f'<br><div dir="ltr">{html_escape(boiler[0])}</div>'
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div dir="ltr">{new_html}</div>{html_quote}</body></html>'
    )

    subject_prefix = (
        "RE : " if (client.startswith("outlook") and fr) else ("RE: " if client.startswith("outlook") else "Re: ")
    )
    headers: list[tuple[str, str]] = []
    if client.startswith("outlook"):
        headers = [
            ("From", replier.header()),
            ("To", t.sender.header()),
            ("Subject", subject_prefix + t.subject),
            ("Thread-Topic", t.subject),
            ("Thread-Index", thread_index()),
            ("Date", rfcdate(when)),
            ("Message-ID", mid),
            ("References", t.message_id),
            ("In-Reply-To", t.message_id),
            ("Accept-Language", "fr-FR, en-US" if fr else "en-US"),
            ("Content-Language", "fr-FR" if fr else "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    elif client in ("apple", "ios"):
        headers = [
            ("Mime-Version", "1.0 (1.0)" if client == "ios" else "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
            ("Subject", subject_prefix + t.subject),
            ("From", replier.header()),
            ("In-Reply-To", t.message_id),
            ("Date", rfcdate(when)),
            ("Message-Id", mid),
            ("References", t.message_id),
            ("To", t.sender.header()),
            ("X-Mailer", "iPhone Mail (21H221)" if client == "ios" else "Apple Mail (2.3774.600.62)"),
        ]
    elif client == "thunderbird":
        headers = [
            ("Message-ID", mid),
            ("Date", rfcdate(when)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", subject_prefix + t.subject),
            ("To", t.sender.header()),
            ("References", t.message_id),
            ("Content-Language", "fr" if fr else "en-US"),
            ("From", replier.header()),
            ("In-Reply-To", t.message_id),
        ]
    else:
        headers = [
            ("MIME-Version", "1.0"),
            ("Date", rfcdate(when)),
            ("References", t.message_id),
            ("In-Reply-To", t.message_id),
            ("Message-ID", mid),
            ("Subject", subject_prefix + t.subject),
            ("From", replier.header()),
            ("To", t.sender.header()),
        ]
    headers += extra_headers or []
    if html_only:
        msg = simple_message(headers, None, html)
    elif client in ("ios", "thunderbird") or (client == "apple" and not fr):
        msg = simple_message(headers, text, None)
    else:
        msg = simple_message(headers, text, html)
    label = [ln.strip() for ln in label if ln.strip()]
    return msg, label


def human(
    slug: str,
    t: Tracked,
    replier: Person,
    client: str,
    new: list[str],
    *,
    after: timedelta = timedelta(hours=3),
    opt_out: bool = False,
    **kw: object,
) -> Case:
    msg, label = compose(t, replier, client, new, t.sent + after, **kw)  # type: ignore[arg-type]
    return Case(slug, msg, {"kind": "human", "opt_out": opt_out, "new_text": label, "client": client, "lang": t.lang})
