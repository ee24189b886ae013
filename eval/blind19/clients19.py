"""blind19: how each correspondent's mail client writes a reply (text part, HTML part) around the quoted copy of the
firm's message, with the person's lines typed above, inside or under it."""

import os
import sys
import textwrap
from dataclasses import dataclass

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind12"))

import loc19
import render19 as rd


@dataclass(frozen=True)
class Client:
    key: str  # the label's "client"
    mode: str  # how the quote is introduced and marked
    style: rd.Style
    html: str | None  # HTML family, None for a text-only message
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    wrap: int = 0  # hard wrap of the text part (0: none)


CLIENTS = {
    "outlook": Client("outlook", "outlook", rd.OUTLOOK, "outlook"),
    "outlook_plain": Client(
        "outlook",
        "plain_outlook",
        rd.style_with(rd.OUTLOOK, link="none", img="none"),
        None,
        "windows-1252",
        "quoted-printable",
        76,
    ),
    "new_outlook": Client("new_outlook", "owa", rd.OWA, "owa"),
    "owa": Client("owa", "owa", rd.OWA, "owa"),
    "outlook_ios": Client("outlook_ios", "mobile", rd.MOBILE, "owa", "utf-8", "base64"),
    "outlook_android": Client("outlook_android", "mobile", rd.MOBILE, "owa", "utf-8", "base64"),
    "gmail": Client("gmail", "gmail", rd.GMAIL, "gmail"),
    "gmail_android": Client("gmail_android", "gmail_android", rd.GMAIL, "gmail"),
    "gmail_ios": Client("gmail_ios", "gmail", rd.GMAIL, "gmail"),
    "apple_mail": Client("apple_mail", "apple", rd.APPLE, "apple"),
    "ios_mail": Client("ios_mail", "ios", rd.APPLE, "apple"),
    "thunderbird": Client("thunderbird", "tbird", rd.TBIRD, None, "utf-8", "8bit"),
    "yahoo": Client("yahoo", "yahoo", rd.YAHOO, "yahoo"),
    "zimbra": Client("zimbra", "zimbra", rd.ZIMBRA, "zimbra"),
    "free": Client("free_zimbra", "zimbra", rd.ZIMBRA, "zimbra"),
    "orange": Client("orange_webmail", "orange", rd.ORANGE, "webmail", "iso-8859-15", "quoted-printable"),
    "sfr": Client("sfr_webmail", "sfr", rd.SFR, None, "utf-8", "quoted-printable", 72),
    "notes": Client("notes", "notes", rd.NOTES, None, "iso-8859-1", "quoted-printable", 75),
}

DEVICE = {
    "ios_mail": {
        "fr": "Envoyé de mon iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "de": "Von meinem iPhone gesendet",
        "en": "Sent from my iPhone",
        "pt": "Enviado do meu iPhone",
        "it": "Inviato da iPhone",
    },
    "outlook_ios": {
        "fr": "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
        "nl": "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
        "de": "Holen Sie sich Outlook für iOS<https://aka.ms/o0ukef>",
        "en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "pt": "Obter o Outlook para iOS<https://aka.ms/o0ukef>",
    },
    "outlook_android": {
        "fr": "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
        "nl": "Outlook voor Android<https://aka.ms/AAb9ysg> downloaden",
        "de": "Holen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>",
        "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    },
}


@dataclass
class Quote:
    """What the person's client knows of the message being answered."""

    name: str  # sender's display name
    email: str
    to: str  # "Name <address>" of the To field as received
    cc: str
    subject: str  # as received (a gateway tag included)
    dt: object  # datetime in the person's zone
    items: list  # received copy, with the person's edits (new / app items)


@dataclass
class Rendered:
    plain: list | None  # physical lines of the text part (before format=flowed encoding)
    html: str | None
    label: list
    top: bool
    flowed: bool
    inline: list  # the lines typed inside the quote, as labelled


def wrap_line(s, width):
    if width <= 0 or len(s) <= width:
        return [s]
    return textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False) or [""]


def header_block(q, loc, mode):
    """The header block of Outlook-family clients (lines, no prefix)."""
    lab = loc19.HEADER_LABELS[loc]
    if mode == "mobile":
        sent = loc19.mobile_sent(q.dt)
    elif mode == "owa":
        sent = loc19.owa_sent(q.dt, loc)
    else:
        sent = loc19.outlook_sent(q.dt, loc)
    frm = f"{q.name} [mailto:{q.email}] " if mode == "plain_outlook" else f"{q.name} <{q.email}>"
    out = [f"{lab[0]} {frm}", f"{lab[1]} {sent}", f"{lab[2]} {q.to}"]
    if q.cc:
        out.append(f"{lab[3]} {q.cc}")
    out.append(f"{lab[4]} {q.subject}")
    return out


def attribution(client, q, loc, zone):
    m = client.mode
    if m in ("gmail", "gmail_android"):
        f = loc19.gmail_mobile_attr if m == "gmail_android" else loc19.gmail_attr
        return f(q.dt, q.name, q.email, loc)
    if m in ("apple", "ios"):
        return loc19.apple_attr(q.dt, q.name, q.email, loc)
    if m == "tbird":
        return loc19.tbird_attr(q.dt, q.name, loc)
    if m == "yahoo":
        return loc19.yahoo_attr(q.dt, q.name, q.email, loc, zone)
    return ""


TYPED_QUOTE = "!q "  # marks a top line in which the person re-typed the firm's words after "> "
PREFIXED = {"gmail", "gmail_android", "apple", "ios", "tbird", "zimbra", "orange", "sfr", "plain_outlook"}


def split_to(to):
    """'Name <addr>' -> (name, addr)."""
    if "<" in to:
        n, a = to.split("<", 1)
        return n.strip().strip('"'), a.rstrip(">").strip()
    return "", to.strip()


def intro_lines(client, q, loc, zone):
    m = client.mode
    if m == "outlook":
        return ["", *header_block(q, loc, m), ""]
    if m in ("owa", "mobile"):
        return ["", "________________________________", *header_block(q, loc, m), ""]
    if m == "plain_outlook":
        return ["", loc19.ORIGINAL_MESSAGE[loc], *header_block(q, loc, m), ""]
    attr = attribution(client, q, loc, zone)
    if m == "gmail":
        if len(attr) > 78 and "<" in attr:
            a, b = attr.split("<", 1)
            return ["", a + "<", b, ""]
        return ["", attr, ""]
    if m == "gmail_android":
        return ["", attr, ""]
    if m == "apple":
        return ["", attr, ""]
    if m == "ios":
        return ["", "> " + attr, ">"]
    if m == "tbird":
        return ["", attr]
    if m == "yahoo":
        return ["", "", "    " + attr + "  ", "  ", "  "]
    tn, ta = split_to(q.to)
    if m == "zimbra":
        return [
            "",
            "----- Mail original -----",
            f'De: "{q.name}" <{q.email}>',
            f'À: "{tn.lower()}" <{ta}>',
            f"Envoyé: {loc19.zimbra_sent(q.dt)}",
            f"Objet: {q.subject}",
            "",
        ]
    if m == "orange":
        return [
            "",
            f"> Message du {loc19.orange_date(q.dt)}",
            f'> De : "{q.name}" <{q.email}>',
            f"> A : {ta}",
            "> Copie à : ",
            f"> Objet : {q.subject}",
            ">",
        ]
    if m == "sfr":
        return [
            "",
            "----- Mail d'origine -----",
            f"De: {q.name} <{q.email}>",
            f"À: {ta}",
            f"Envoyé: {loc19.sfr_date(q.dt)}",
            f"Objet: {q.subject}",
            "",
        ]
    if m == "notes":
        out = ["", "", "", f"De :\t{q.name} <{q.email}>", f"A :\t{ta}"]
        if q.cc:
            out.append(f"Cc :\t{split_to(q.cc)[1]}")
        return [*out, f"Date :\t{loc19.notes_date(q.dt)}", f"Objet :\t{q.subject}", "", ""]
    raise ValueError(m)


def quote_prefix(mode, blank):
    if mode not in PREFIXED or mode == "tbird":
        return "" if mode != "tbird" else ("> " if not blank else ">")
    return ">" if blank else "> "


def render(
    ck,
    loc,
    zone,
    q,
    top=(),
    sig=(),
    device=False,
    bottom=(),
    keep_level=False,
    colour=None,
    html_only=False,
    out_footer=(),
    gmail_sig=False,
    cid="01DB8F2A.5C3E1B40",
):
    """Render a reply. Returns Rendered (plain lines or None, html or None, the label, ...)."""
    c = CLIENTS[ck]
    st = c.style
    w = c.wrap
    if st.straight:  # typed on a keyboard that gives straight quotes, in a client that keeps them so
        top, sig, bottom = ([x.translate(rd.STRAIGHT) for x in t] for t in (top, sig, bottom))
        q.items = [("new", it[1].translate(rd.STRAIGHT)) if it[0] == "new" else it for it in q.items]
    rows = []  # (text, kind) kind: new | inl | q | meta

    def add_new(text, kind="new"):
        if text.startswith(TYPED_QUOTE):  # the firm's words the person re-quoted by hand: not new text
            text, kind = text[len(TYPED_QUOTE) :], "meta"
        s = rd.inline_plain(text, st)
        for piece in wrap_line(s, w) if w else [s]:
            rows.append((piece, kind))

    for t in top:
        add_new(t)
    if sig:
        if top:
            rows.append(("", "meta"))
        if gmail_sig:
            rows.append(("-- ", "new"))
        for t in sig:
            add_new(t)
    dev = DEVICE.get(c.key, {}).get(loc[:2]) if device else None
    if device and not dev:
        raise ValueError(f"no device line for {ck}/{loc}")
    if dev:
        rows += [("", "meta"), (dev, "meta")]
    for ln in intro_lines(c, q, loc, zone):
        rows.append((ln, "meta"))
    for it in q.items:
        if it[0] == "new":
            s = rd.inline_plain(it[1], st)
            pref = ("> " if s else ">") if keep_level else ""
            if w and c.mode in ("plain_outlook", "notes", "sfr"):
                for piece in wrap_line(s, w - len(pref)):
                    rows.append((pref + piece, "inl"))
            else:
                rows.append((pref + s, "inl"))
            continue
        if it[0] == "app" and c.mode in PREFIXED:
            raise ValueError("typing at the end of a quoted line is only modelled in unprefixed clients")
        kind = "inl" if it[0] == "app" else "q"
        for s in rd.plain_item(it, st, cid):
            pref = quote_prefix(c.mode, not s)
            if c.mode == "plain_outlook":
                rows += [(x, kind) for x in wrap_line(pref + s, w)] if s else [(">", kind)]
            elif c.mode == "sfr":
                rows += [(pref + x, kind) for x in wrap_line(s, w - 2)] if s else [(">", kind)]
            elif c.mode == "notes":
                rows += [(x, kind) for x in wrap_line(s, w)]
            else:
                rows.append((pref + s, kind))
    if bottom:
        rows.append(("", "meta"))
        for t in bottom:
            add_new(t)
    if out_footer:
        rows.append(("", "meta"))
        for t in out_footer:
            rows += [(x, "meta") for x in (wrap_line(t, w) if w else [t])]
    label = [s.strip() for s, k in rows if k in ("new", "inl") and s.strip()]
    inline = [s.strip() for s, k in rows if k == "inl" and s.strip()]
    flowed = c.mode == "tbird"
    unmark = [x[len(TYPED_QUOTE) :] if x.startswith(TYPED_QUOTE) else x for x in top]
    html = (
        None
        if c.html is None
        else build_html(c, loc, zone, q, unmark, sig, dev, bottom, keep_level, colour, out_footer, gmail_sig, cid)
    )
    if html_only:
        vst = rd.style_with(st, nbsp=False, link="none")
        label = []
        inline = []
        for t in [*top, *sig]:
            if not t.startswith(TYPED_QUOTE):
                label.append(rd.inline_plain(t, vst).strip())
        for it in q.items:
            if it[0] == "new" and it[1].strip():
                label.append(rd.inline_plain(it[1], vst).strip())
                inline.append(label[-1])
        label += [rd.inline_plain(t, vst).strip() for t in bottom]
        label = [x for x in label if x]
        return Rendered(None, html, label, bool(top), False, inline)
    return Rendered([s for s, _ in rows], html, label, bool(top) or bool(sig), flowed, inline)


# --------------------------------------------------------------------------
# HTML parts
# --------------------------------------------------------------------------
WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
    'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\t"
    'font-family:"Calibri",sans-serif;}}\na:link, span.MsoHyperlink\n\t{{color:#0563C1;\n\t'
    "text-decoration:underline;}}\n--></style>\n</head>\n"
)
HTML_LANG = {"fr": "FR-BE", "nl": "NL-BE", "de": "DE-LU", "en": "EN-GB", "en-GB": "EN-GB", "pt": "PT", "it": "IT"}


def runs(items):
    out = []
    for it in items:
        new = it[0] == "new"
        if out and out[-1][0] == new:
            out[-1][1].append(it)
        else:
            out.append((new, [it]))
    return out


def header_html(q, loc, mode, font=False):
    lab = loc19.HEADER_LABELS[loc]
    sent = (
        loc19.mobile_sent(q.dt)
        if mode == "mobile"
        else loc19.owa_sent(q.dt, loc)
        if mode == "owa"
        else loc19.outlook_sent(q.dt, loc)
    )
    vals = [(lab[0], f"{q.name} <{q.email}>"), (lab[1], sent), (lab[2], q.to)]
    if q.cc:
        vals.append((lab[3], q.cc))
    vals.append((lab[4], q.subject))
    rows = "<br>\n".join(f"<b>{rd.esc(a).replace(' :', '&nbsp;:')}</b> {rd.esc(b)}" for a, b in vals)
    if font:
        return (
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{rows}</font>\n<div>&nbsp;</div>\n</div>'
        )
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>'
    )


def lines_html(lines, tag="div", cls=""):
    a = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{a}>{rd.inline_html(t) if t.strip() else '<br>'}</{tag}>" for t in lines)


def build_html(c, loc, zone, q, top, sig, dev, bottom, keep_level, colour, out_footer, gmail_sig, cid):
    fam = c.html
    cs = "utf-8"
    foot = ""
    if out_footer:
        foot = (
            '\n<div style="font-size:8pt;color:#808080">'
            + "<br>\n".join(rd.inline_html(t) for t in out_footer)
            + "</div>"
        )
    if fam == "outlook":
        body = [lines_html(top, "p", "MsoNormal")]
        if sig:
            body.append('<p class="MsoNormal">&nbsp;</p>\n' + lines_html(sig, "p", "MsoNormal"))
        body.append('<p class="MsoNormal">&nbsp;</p>\n' + header_html(q, loc, "outlook"))
        body.append(rd.items_html(q.items, "word", colour, cid))
        return (
            WORD_HEAD.format(cs=cs) + f'<body lang="{HTML_LANG[loc]}" link="#0563C1" vlink="#954F72" '
            f'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(body)
            + "\n</div>"
            + foot
            + "\n</body>\n</html>\n"
        )
    if fam == "owa":
        sty = (
            'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
            'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
        )
        body = [
            f"<div {sty}>{rd.inline_html(t) if t.strip() else '<br>'}</div>"
            for t in [*top, *([""] if sig else []), *sig]
        ]
        if dev:
            body.append(
                f'<div dir="ltr"><br></div>\n<div dir="ltr">{rd.inline_html(dev.split("<")[0])}'
                f"{rd.esc(dev.split('>', 1)[1]) if '>' in dev else ''}</div>"
            )
        body.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">')
        body.append(header_html(q, loc, c.mode, font=True))
        body.append('<div class="x_WordSection1">\n' + rd.items_html(q.items, "word", colour, cid) + "\n</div>")
        return (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style '
            'type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + "\n".join(body) + foot + "\n</body>\n</html>\n"
        )
    attr = attribution(c, q, loc, zone)
    quote_parts = []
    for new, its in runs(q.items):
        inner = rd.items_html(its, "div", colour if new else None, cid)
        if new and not keep_level:
            quote_parts.append(("out", inner))
        else:
            quote_parts.append(("in", inner))
    if fam == "gmail":
        bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        head = '<div dir="ltr">' + lines_html(top)
        if sig:
            head += (
                '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                if gmail_sig
                else "<div><br></div>"
            )
            head += (
                '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                + "<br>".join(rd.inline_html(t) for t in sig)
                + "</div></div>"
            )
        head += "</div>"
        qs = "".join(f"{bq}{h}</blockquote>" if k == "in" else h for k, h in quote_parts)
        out = (
            f'{head}<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{rd.esc(attr)}<br></div>{qs}</div>"
        )
        if bottom:
            out += lines_html(bottom)
        return out + foot + "\n"
    if fam == "apple":
        head = lines_html([*top, *([""] if sig else []), *sig])
        if dev:
            head += f'\n<div><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{rd.esc(dev)}</div></div>'
        qs = "".join(f'<blockquote type="cite">{h}</blockquote>' if k == "in" else h for k, h in quote_parts)
        if c.mode == "ios":
            qs = f'<div dir="ltr"><br><blockquote type="cite">{rd.esc(attr)}<br><br></blockquote></div>' + qs
        else:
            qs = f"<div><br><div>{rd.esc(attr)}</div><br>" + qs + "</div>"
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{head}{qs}{lines_html(bottom)}{foot}</body></html>\n'
        )
    if fam == "yahoo":
        head = (
            '<div class="ydp5c1e2f8ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
            f'sans-serif;font-size:13px;">{lines_html([*top, *([""] if sig else []), *sig])}</div>'
        )
        qs = "".join(h for _, h in quote_parts)
        return (
            f'<html><head></head><body>{head}<div id="ydp3a9f0e71yahoo_quoted_5550123456" '
            'class="ydp3a9f0e71yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, '
            f'sans-serif;font-size:13px;color:#26282a;"><div>{rd.esc(attr)}</div><div><br></div><div><br></div>'
            f"<div>{qs}</div></div></div>{foot}</body></html>\n"
        )
    tn, ta = split_to(q.to)
    if fam == "zimbra":
        bq = (
            '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
            "font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;"
            'font-size:12pt;">'
        )
        hdr = (
            f'<b>De: </b>"{rd.esc(q.name)}" &lt;{q.email}&gt;<br><b>À: </b>"{rd.esc(tn.lower())}" &lt;{ta}&gt;<br>'
            f"<b>Envoyé: </b>{loc19.zimbra_sent(q.dt)}<br><b>Objet: </b>{rd.esc(q.subject)}<br>"
        )
        qs = "".join(f"{bq}{h}</blockquote>" if k == "in" else h for k, h in quote_parts)
        return (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            f'{lines_html([*top, *([""] if sig else []), *sig])}<br><hr id="zwchr" data-marker="__DIVIDER__">'
            f'<div data-marker="__HEADERS__">{hdr}</div><br><div data-marker="__QUOTED_TEXT__">{qs}</div></div>'
            f"{foot}</body></html>\n"
        )
    if fam == "webmail":
        if c.mode == "orange":
            hdr = (
                f"Message du {loc19.orange_date(q.dt)}<br>De : &quot;{rd.esc(q.name)}&quot; &lt;{q.email}&gt;<br>"
                f"A : {ta}<br>Copie à : <br>Objet : {rd.esc(q.subject)}<br>"
            )
        else:
            hdr = (
                f"----- Mail d'origine -----<br>De: {rd.esc(q.name)} &lt;{q.email}&gt;<br>À: {ta}<br>"
                f"Envoyé: {loc19.sfr_date(q.dt)}<br>Objet: {rd.esc(q.subject)}<br>"
            )
        qs = "".join(
            f'<blockquote style="border-left:2px solid #00f;padding-left:6px">{h}</blockquote>' if k == "in" else h
            for k, h in quote_parts
        )
        return (
            f"<html><head></head><body>{lines_html([*top, *([''] if sig else []), *sig], 'p')}<br><br>"
            f"<div>{hdr}</div>{qs}{foot}</body></html>\n"
        )
    raise ValueError(fam)
