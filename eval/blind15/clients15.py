"""Client layouts for blind15: how each French-speaking mail client writes a reply (text/plain, HTML, quoting).

A message of a thread is a "node" (a dict, see threads15.py); render() turns it into a Body: the text/plain part
as sent, the same text as a client that regenerates text from HTML would see it ("flat", no ">" for
blockquotes), the text with ">" for blockquotes ("gt", what a Gmail-like client quotes), the inner HTML of the
<body>, and the label (the sender's own lines). A replying client quotes its parent the way it really does:
Outlook-like clients take the HTML (flat), Gmail/Apple-like clients blockquote it (gt), plain-text clients
(Thunderbird, Roundcube in text mode, classic Outlook in plain-text mode) quote the parent's text/plain part.

Markup in the node lines: "⟦a|text|url⟧" is a link, a whole line "⟦img|cid|alt⟧" an inline image.
"""

import html as _html
import re
from dataclasses import dataclass

import loc15 as L

FIRM_DOMAIN = "orvanne-patrimoine.fr"
FIRM_BANNER_FROM = "2027-01-11"  # the firm's gateway starts bannering external mail on this day (see build.py)
FIRM_BANNER = [
    "ATTENTION : Ce courriel provient de l'extérieur d'Orvanne Patrimoine. Ne cliquez pas sur les liens et "
    "n'ouvrez pas les pièces jointes si vous ne connaissez pas l'expéditeur."
]
FIRM_BANNER_HTML = (
    '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%">'
    '<tr><td style="background:#FFEB9C;padding:5.25pt 1.5pt 5.25pt 1.5pt">'
    '<p class="MsoNormal"><b><span style="font-size:9.0pt;font-family:Arial,sans-serif;color:#9C5700">'
    "ATTENTION : </span></b>"
    '<span style="font-size:9.0pt;font-family:Arial,sans-serif;color:#9C5700">Ce courriel provient de '
    "l'extérieur d'Orvanne Patrimoine. Ne cliquez pas sur les liens et n'ouvrez pas les pièces jointes si vous ne "
    "connaissez pas l'expéditeur.</span></p></td></tr></table>\n"
)

MARK = re.compile(r"⟦(a|img)\|([^|⟧]*)\|([^⟧]*)⟧")
RE_PFX = re.compile(r"^(?:RE|Re|re|AW|Réf)\s?:\s*")


def esc(s):
    return _html.escape(s, quote=False)


def domain(email):
    return email.rsplit("@", 1)[1].lower()


# --------------------------------------------------------------------------
# lines
# --------------------------------------------------------------------------
def pline(line, style):
    """A node line as a client's text/plain shows it; None when the client shows nothing (an image)."""
    m = MARK.fullmatch(line)
    if m and m.group(1) == "img":
        if style == "outlook":
            return f"[cid:{m.group(2)}]"
        if style == "gmail":
            return f"[image: {m.group(3)}]"
        return None

    def sub(mm):
        kind, text, url = mm.groups()
        if kind == "img":
            return ""
        if style == "outlook":
            return f"{text}<{url}>"
        if style == "gmail":
            return text if text in url else f"{text} <{url}>"
        return text

    return MARK.sub(sub, line)


def plines(lines, style):
    return [x for x in (pline(ln, style) for ln in lines) if x is not None]


TABS = {"word": '<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp; </span>', "nbsp": "&nbsp;&nbsp;&nbsp;&nbsp; "}


def hline(line, img="cid", tabs="nbsp"):
    out = []
    pos = 0
    for m in MARK.finditer(line):
        out.append(esc(line[pos : m.start()]))
        kind, a, b = m.groups()
        if kind == "img":
            if img == "cid":
                out.append(
                    f'<img width="180" height="48" style="width:1.875in;height:.5in" src="cid:{a}" alt="{esc(b)}">'
                )
            else:
                h = abs(hash_str(a)) % 10**12
                out.append(
                    f'<img src="https://ci3.googleusercontent.com/mail-sig/AIorK4{h:012d}" width="160" height="44" '
                    f'alt="{esc(b)}">'
                )
        else:
            out.append(f'<a href="{esc(b)}">{esc(a)}</a>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out).replace("\t", TABS[tabs])


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


def label_of(lines):
    return [x.strip() for x in lines if x.strip()]


def gtq(lines, tight=False):
    """Prefix with '>' the way blockquote-to-text converters do (nested levels as '>>')."""
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(">")
        elif ln.startswith(">") or tight:
            out.append(">" + ln)
        else:
            out.append("> " + ln)
    return out


def requote(lines, style):
    """Parent text as a client that regenerates it from the HTML shows it (Outlook's [cid:]/<url> differ)."""
    out = []
    for ln in lines:
        if style == "gmail":
            ln = re.sub(r"\[cid:([^@\]]+)@[^\]]*\]", r"[image: \1]", ln)
            ln = re.sub(r"(?<=\S)<((?:https?|mailto):[^>\s]+)>", r" <\1>", ln)
        elif style == "plain":
            if re.fullmatch(r"\s*\[cid:[^\]]+\]\s*", ln):
                continue
            ln = re.sub(r"(?<=\S)<(?:https?|mailto):[^>\s]+>", "", ln)
        out.append(ln)
    return out


def cut(lines, start, end):
    """Keep the quoted lines from the one containing `start` to the one containing `end` (None: the edge)."""
    i = 0
    if start is not None:
        i = next(k for k, ln in enumerate(lines) if start in ln)
    j = len(lines)
    if end is not None:
        j = next(k for k, ln in enumerate(lines) if k >= i and end in ln) + 1
    return lines[i:j]


def split_inline(lines, inline):
    """Cut the quoted lines after each anchor: [("q", lines), ("a", lines, style), ...]."""
    chunks = []
    cur = []
    todo = list(inline or [])
    for ln in lines:
        cur.append(ln)
        if todo and todo[0][0] in ln:
            chunks.append(("q", cur))
            cur = []
            a = todo.pop(0)
            chunks.append(("a", a[1], a[2] if len(a) > 2 else None))
    if todo:
        raise ValueError(f"inline anchor not found: {todo[0][0]!r}")
    chunks.append(("q", cur))
    return chunks


@dataclass
class Body:
    plain: list | None
    gt: list
    flat: list
    html: str
    label: list
    top: bool


@dataclass
class PInfo:
    """The parent as the replier saw it."""

    frm: object
    to: list
    cc: list
    date: object  # aware datetime in the replier's zone
    subject: str
    sender: object
    body: Body
    node: dict


# --------------------------------------------------------------------------
# header blocks and attributions
# --------------------------------------------------------------------------
def who(p, viewer_dom, style="outlook"):
    if style == "outlook":
        if domain(p.email) == viewer_dom:
            return p.name
        return f"{p.name} <{p.email}>"
    if style == "quoted":
        return f'"{p.name}" <{p.email}>'
    if style == "angle":
        return f"{p.name} <{p.email}>"
    if style == "bare":
        return p.email
    raise ValueError(style)


def whos(ps, viewer_dom, style="outlook", sep="; "):
    return sep.join(who(p, viewer_dom, style) for p in ps)


def outlook_hdr(pi, viewer, fr_labels=True):
    vd = domain(viewer.email)
    rows = [("De", who(pi.frm, vd))]
    rows.append(("Envoyé", L.outlook(pi.date, viewer.loc)))
    rows.append(("À", whos(pi.to, vd)))
    if pi.cc:
        rows.append(("Cc", whos(pi.cc, vd)))
    rows.append(("Objet", pi.subject))
    return rows


def rows_plain(rows, sep=" : "):
    return [f"{k}{sep}{v}" for k, v in rows]


def rows_html_bold(rows, nb=True):
    colon = "&nbsp;:" if nb else " :"
    return "<br>\n".join(f"<b>{esc(k)}{colon}</b> {esc(v)}" for k, v in rows)


# --------------------------------------------------------------------------
# HTML of new lines, per client family
# --------------------------------------------------------------------------
def word_p(line, style=None, img="cid"):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    inner = hline(line, img=img, tabs="word")
    if style == "blue":
        inner = f'<span style="color:#0070C0">{inner}</span>'
    elif style == "red":
        inner = f'<b><span style="color:#C00000">{inner}</span></b>'
    elif style == "bold":
        inner = f"<b>{inner}</b>"
    elif style == "green":
        inner = f'<i><span style="color:#00B050">{inner}</span></i>'
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'


def word_ps(lines, style=None):
    return "".join(word_p(ln, style) for ln in lines)


OWA_STYLE = (
    "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
    "font-size: 12pt; color: rgb(0, 0, 0);"
)


def owa_divs(lines, style=None):
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(f'<div class="elementToProof" style="{OWA_STYLE}"><br></div>\n')
            continue
        inner = hline(ln)
        if style == "red":
            inner = f'<b><span style="color:rgb(192, 0, 0)">{inner}</span></b>'
        elif style == "blue":
            inner = f'<span style="color:rgb(15, 71, 97)">{inner}</span>'
        out.append(f'<div class="elementToProof" style="{OWA_STYLE}">{inner}</div>\n')
    return "".join(out)


def divs(lines, attrs="", img="cid", empty="<br>", style=None):
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(f"<div{attrs}>{empty}</div>")
            continue
        inner = hline(ln, img=img)
        if style == "blue":
            inner = f'<font color="#0000ff">{inner}</font>'
        elif style == "red":
            inner = f'<b><font color="#ff0000">{inner}</font></b>'
        out.append(f"<div{attrs}>{inner}</div>")
    return "\n".join(out) + "\n"


def brs(lines, img="cid"):
    return "<br>\n".join(hline(ln, img=img) for ln in lines)


def gmail_new_html(lines):
    """Gmail: divs, the '-- ' line starts the gmail_signature block."""
    if "-- " in lines:
        i = lines.index("-- ")
        body, sig = lines[:i], lines[i + 1 :]
    else:
        body, sig = lines, None
    out = '<div dir="ltr">' + divs(body, img="gmail")
    if sig is not None:
        out += (
            '<span class="gmail_signature_prefix">-- </span><br>\n<div dir="ltr" class="gmail_signature" '
            'data-smartmail="gmail_signature"><div dir="ltr">' + brs(sig, img="gmail") + "</div></div>\n"
        )
    return out + "</div>\n"


# --------------------------------------------------------------------------
# composers
# --------------------------------------------------------------------------
class Prep:
    """The pieces every composer needs."""

    def __init__(self, node, ctx, style, src):
        self.node = node
        self.style = style
        self.new = plines(node.get("body", []), style)
        self.dev = list(node.get("device", []))
        self.pi = None if node.get("strip_quote") else ctx.pinfo(node)
        self.viewer = node["frm"]
        self.src = []
        self.srchtml = ""
        if self.pi is not None:
            pb = self.pi.body
            if src == "plain":
                lines = pb.plain if pb.plain is not None else pb.flat
            elif src == "gt":
                lines = requote(pb.gt, style)
            else:
                lines = requote(pb.flat, style)
            banner = node.get("recv_banner")
            html = pb.html
            if banner:
                lines = [*banner[0], "", *lines]
                html = banner[1] + html
            keep = node.get("quote_keep")
            if keep:
                lines = cut(lines, *keep)
                html = None  # the sender trimmed the quote: the HTML quote is rebuilt from the kept lines
            self.src = lines
            self.srchtml = html
        self.inline = node.get("inline")
        self.chunks = split_inline(self.src, self.inline) if self.inline else None

    def answers_label(self):
        out = []
        for ch in self.chunks or []:
            if ch[0] == "a":
                out += label_of(plines(ch[1], self.style))
        return out


def finish(node, plain, gt, flat, html, label, top=None):
    if top is None:
        top = bool(label) and not node.get("bottom") and bool(node.get("body"))
    return Body(plain, gt, flat, html, label, top)


def c_outlook_like(node, ctx, variant):
    """Outlook 365 desktop, Outlook for Mac, Outlook on the web / new Outlook, Dynamics: header block, no '>'."""
    r = Prep(node, ctx, "outlook" if variant in ("outlook", "mac") else "plain", "flat")
    viewer = r.viewer
    new = r.new
    nh = word_ps(node.get("body", [])) if variant in ("outlook", "mac") else owa_divs(node.get("body", []))
    plain = list(new)
    html = nh
    label = label_of(new)
    if r.pi is not None:
        pi = r.pi
        vd = domain(viewer.email)
        if variant == "mac":
            rows = [("De", who(pi.frm, vd, "angle")), ("Date", L.outlook_mac(pi.date)), ("À", whos(pi.to, vd, "angle"))]
            if pi.cc:
                rows.append(("Cc", whos(pi.cc, vd, "angle")))
            rows.append(("Objet", pi.subject))
        else:
            rows = outlook_hdr(pi, viewer)
        hp = rows_plain(rows)
        if variant in ("owa", "dynamics"):
            hp = ["________________________________", *hp]
        if not node.get("tight"):
            plain.append("")
            if variant in ("outlook", "mac"):
                html += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            else:
                html += f'<div class="elementToProof" style="{OWA_STYLE}"><br></div>\n'
        plain += [*hp, ""]
        if variant == "outlook":
            html += (
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{rows_html_bold(rows)}<o:p></o:p></p>\n</div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            )
        elif variant == "mac":
            html += (
                '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">'
                f"{rows_html_bold(rows)}<o:p></o:p></span></p>\n</div>\n"
            )
        elif variant == "dynamics":
            html += (
                '<hr style="display:inline-block;width:98%">\n<div style="font-family:Segoe UI,sans-serif;'
                f'font-size:10pt">{rows_html_bold(rows, nb=False)}</div>\n<div>&nbsp;</div>\n'
            )
        else:
            html += (
                '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{rows_html_bold(rows)}</font>\n<div>&nbsp;</div>\n</div>\n'
            )
        if r.chunks:
            for ch in r.chunks:
                if ch[0] == "q":
                    plain += ch[1]
                    html += word_ps(ch[1]) if variant in ("outlook", "mac") else owa_divs(ch[1])
                else:
                    al = plines(ch[1], r.style)
                    plain += al
                    html += word_ps(ch[1], ch[2]) if variant in ("outlook", "mac") else owa_divs(ch[1], ch[2])
            label += r.answers_label()
        else:
            plain += r.src
            sh = (
                r.srchtml
                if r.srchtml is not None
                else (word_ps(r.src) if variant in ("outlook", "mac") else owa_divs(r.src))
            )
            html += '<div style="margin-left:0cm">\n' + sh + "</div>\n" if variant == "mac" else sh
    return finish(node, plain, plain, plain, html, label)


def c_outlook(node, ctx):
    return c_outlook_like(node, ctx, "outlook")


def c_outlook_mac(node, ctx):
    return c_outlook_like(node, ctx, "mac")


def c_owa(node, ctx):
    return c_outlook_like(node, ctx, "owa")


def c_dynamics(node, ctx):
    return c_outlook_like(node, ctx, "dynamics")


def c_outlook_plain(node, ctx):
    """Classic Outlook in plain-text mode: wrapped at 76, '-----Message d'origine-----', no '>'."""
    from mime12 import wrap

    r = Prep(node, ctx, "plain", "plain")
    new = wrap(r.new, 76)
    plain = list(new)
    label = label_of(new)
    if r.pi is not None:
        pi = r.pi
        vd = domain(r.viewer.email)
        rows = [("De", f"{pi.frm.name} [mailto:{pi.frm.email}]"), ("Envoyé", L.outlook(pi.date, r.viewer.loc))]
        rows.append(("À", whos(pi.to, vd)))
        if pi.cc:
            rows.append(("Cc", whos(pi.cc, vd)))
        rows.append(("Objet", pi.subject))
        plain += ["", "-----Message d'origine-----", *wrap(rows_plain(rows), 76), ""]
        if r.chunks:
            for ch in r.chunks:
                if ch[0] == "q":
                    plain += wrap(ch[1], 76)
                else:
                    al = wrap(plines(ch[1], "plain"), 76)
                    plain += al
                    label += label_of(al)
        else:
            plain += wrap(r.src, 76)
    return finish(node, plain, plain, plain, "<pre>" + esc("\n".join(plain)) + "</pre>", label)


def c_block_generic(node, ctx, kind):
    """Samsung, Lotus/HCL Notes, Zimbra (Free), Yahoo, Zoho, Salesforce: a header or attribution, no '>' in text
    (Zimbra optionally with '>')."""
    r = Prep(node, ctx, "plain", "gt" if node.get("prefix") else "flat")
    pi = r.pi
    body = node.get("body", [])
    new = r.new
    vd = domain(r.viewer.email)
    plain = list(new)
    label = label_of(new)
    dev = r.dev
    if kind == "samsung":
        html = divs(body, ' dir="auto"')
        if dev:
            plain += ["", "", *dev]
            html += (
                '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;'
                f'color:#575757" dir="auto">{brs(dev)}</div></div>\n'
            )
    elif kind == "lotus":
        html = '<font size="2" face="sans-serif">' + brs(body) + "</font><br>\n"
    elif kind == "zimbra":
        html = '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' + divs(body)
    elif kind == "yahoo":
        html = (
            '<div class="ydpa3f1c2b0yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
            'sans-serif;font-size:13px;">' + divs(body, ' dir="ltr" data-setdir="false"')
        )
        if dev:
            plain += ["", *dev]
            html += f'<div id="ydp_mobile_sig">{brs(dev)}</div>'
        html += "</div>\n"
    elif kind == "zoho":
        html = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' + divs(body)
    elif kind == "salesforce":
        html = '<div style="font-family:Arial;font-size:10pt">' + divs(body) + "</div>\n"
    else:
        raise ValueError(kind)
    if pi is not None:
        if kind == "samsung":
            rows = [
                ("De", who(pi.frm, vd, "angle") + " "),
                ("Date", L.samsung(pi.date) + " "),
                ("À", whos(pi.to, vd, "angle", ", ") + " "),
            ]
            if pi.cc:
                rows.append(("Cc", whos(pi.cc, vd, "angle", ", ") + " "))
            rows.append(("Objet", pi.subject + " "))
            hp = ["", "-------- Message d'origine --------", *rows_plain(rows), ""]
            hh = (
                '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                "<div>-------- Message d'origine --------</div>"
                + "".join(f"<div>{esc(k)} : {esc(v)}</div>" for k, v in rows)
                + "<div><br></div></div>\n"
            )
        elif kind == "lotus":
            rows = [("De :", who(pi.frm, vd, "angle")), ("A :", whos(pi.to, vd, "quoted", ", "))]
            if pi.cc:
                rows.append(("Cc :", whos(pi.cc, vd, "quoted", ", ")))
            rows += [("Date :", L.numeric(pi.date)), ("Objet :", pi.subject)]
            if pi.sender is not None:
                rows.append(("Envoyé par :", who(pi.sender, vd, "angle")))
            hp = ["", "", "", *[f"{k}        {v}" for k, v in rows], ""]
            hh = (
                '<br><br><br><font size="1" color="#5f5f5f" face="sans-serif">'
                + "".join(
                    f'<table><tr valign="top"><td><font size="1" color="#5f5f5f" face="sans-serif">{esc(k)}'
                    f'</font></td><td><font size="1" face="sans-serif">{esc(v)}</font></td></tr></table>'
                    for k, v in rows
                )
                + "</font><hr noshade>\n"
            )
        elif kind == "zimbra":
            rows = [("De", who(pi.frm, vd, "quoted")), ("À", whos(pi.to, vd, "quoted", ", "))]
            if pi.cc:
                rows.append(("Cc", whos(pi.cc, vd, "quoted", ", ")))
            rows += [("Envoyé", L.zimbra(pi.date)), ("Objet", pi.subject)]
            hp = ["", "----- Mail original -----", *rows_plain(rows, ": "), ""]
            hh = (
                '<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                + "".join(f"<b>{esc(k)}: </b>{esc(v)}<br>" for k, v in rows)
                + '</div><br><div data-marker="__QUOTED_TEXT__">'
            )
        elif kind == "yahoo":
            att = f"Le {L.yahoo(pi.date)}, {who(pi.frm, vd, 'angle')} a écrit :"
            hp = ["", "", "    " + att + "  ", "", ""]
            hh = (
                '<div id="yahoo_quoted_8807214563" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(att)}</div><div><br></div>'
                '<div><br></div><div><div dir="ltr">'
            )
        elif kind == "zoho":
            att = f"---- Le {L.zoho(pi.date)} {who(pi.frm, vd, 'angle')} a écrit ---"
            hp = ["", "", "", att, "", ""]
            hh = (
                '<br><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; '
                'margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" '
                f'data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">{esc(att)}<br></div><div><br>'
                '</div><blockquote style="margin: 0px;">'
            )
        elif kind == "salesforce":
            rows = [
                ("De", f"{pi.frm.name} [{pi.frm.email}]"),
                ("Envoyé", L.numeric(pi.date)),
                ("À", ", ".join(p.email for p in pi.to)),
            ]
            if pi.cc:
                rows.append(("Cc", ", ".join(p.email for p in pi.cc)))
            rows.append(("Objet", pi.subject))
            hp = ["", "--------------- Message d'origine ---------------", *rows_plain(rows), ""]
            hh = (
                "<br>--------------- Message d'origine ---------------<br>"
                + "".join(f"<b>{esc(k)} :</b> {esc(v)}<br>" for k, v in rows)
                + "<br>"
            )
        src = gtq(r.src) if node.get("prefix") else r.src
        plain += hp + src
        html += hh + pi_html(r)
        if kind == "zimbra":
            html += "</div></div>\n"
        elif kind == "yahoo":
            html += "</div></div></div></div>\n"
        elif kind == "zoho":
            html += "</blockquote></div></div>\n"
        trailer = node.get("trailer") or []
        if trailer:
            plain += ["", *trailer]
            html += "<br>" + brs(trailer) + "\n"
    elif kind in ("zimbra", "zoho"):
        html += "</div>\n"
    return finish(node, plain, plain, plain, html, label)


def pi_html(r):
    return r.srchtml if r.srchtml is not None else divs(r.src)


def c_samsung(node, ctx):
    return c_block_generic(node, ctx, "samsung")


def c_lotus(node, ctx):
    return c_block_generic(node, ctx, "lotus")


def c_zimbra(node, ctx):
    return c_block_generic(node, ctx, "zimbra")


def c_yahoo(node, ctx):
    return c_block_generic(node, ctx, "yahoo")


def c_zoho(node, ctx):
    return c_block_generic(node, ctx, "zoho")


def c_salesforce(node, ctx):
    return c_block_generic(node, ctx, "salesforce")


def wrap_attr(att, width=78):
    """Gmail's text/plain wraps the attribution line; typically just after '<'."""
    if len(att) <= width:
        return [att]
    i = att.find("<")
    if 0 < i < width:
        return [att[: i + 1], att[i + 1 :]]
    j = att.rfind(" ", 0, width)
    return [att[:j], att[j + 1 :]]


def c_quoting(node, ctx, kind):
    """Clients that write an attribution and blockquote the parent ('>' in text): Gmail, Gmail mobile, Apple Mail,
    iOS, SFR (Open-Xchange), Proton, Orange webmail, HubSpot, Freshdesk, La Poste webmail; Thunderbird and Roundcube
    quote the parent's text/plain part."""
    gm = kind in ("gmail", "gmail_mobile", "hubspot")
    src_kind = "plain" if kind in ("thunderbird", "roundcube") else "gt"
    style = "gmail" if gm else "plain"
    r = Prep(node, ctx, style, src_kind)
    body = node.get("body", [])
    new = r.new
    dev = r.dev
    pi = r.pi
    vd = domain(r.viewer.email) if pi is not None else None
    fwd = bool(node.get("fwd"))
    tail = node.get("tail") or []
    # ---- the attribution or forward header
    att, att_quoted = [], False
    if pi is not None:
        fa = who(pi.frm, vd, "angle")
        if gm and fwd:
            att = [
                "---------- Forwarded message ---------",
                f"De : {pi.frm.name} <{pi.frm.email}>",
                f"Date: {L.gmail_fwd(pi.date)}",
                f"Subject: {pi.subject}",
                "To: " + ", ".join(f"{p.name} <{p.email}>" for p in pi.to),
            ]
            if pi.cc:
                att.append("Cc: " + ", ".join(f"{p.name} <{p.email}>" for p in pi.cc))
        elif kind in ("gmail", "hubspot"):
            att = wrap_attr(f"{L.gmail(pi.date)}, {fa} a écrit :")
        elif kind == "gmail_mobile":
            att = wrap_attr(f"{L.gmail_mobile(pi.date)}, {fa} a écrit :")
        elif kind in ("apple_mail", "ios") and fwd:
            att = [
                "Début du message réexpédié :",
                "",
                f"De: {fa}",
                f"Objet: {pi.subject}",
                f"Date: {L.apple_fwd(pi.date)}",
            ]
            att.append("À: " + ", ".join(f"{p.name} <{p.email}>" for p in pi.to))
            if pi.cc:
                att.append("Cc: " + ", ".join(f"{p.name} <{p.email}>" for p in pi.cc))
        elif kind in ("apple_mail", "ios"):
            att = [f"{L.apple(pi.date)}, {fa} a écrit :"]
            att_quoted = kind == "ios" or bool(node.get("att_quoted"))
        elif kind == "sfr":
            att = [f"Le {L.ox(pi.date)}, {fa} a écrit :"]
            att_quoted = True
        elif kind == "proton":
            att = [f"{L.proton(pi.date)}, {fa} a écrit :"]
            if node.get("proton_orig"):
                att = ["------- Original Message -------", *att]
        elif kind == "orange":
            att = [
                f"Message du {L.orange(pi.date)}",
                f'De : "{pi.frm.name}" <{pi.frm.email}>',
                "A : " + ", ".join(f'"{p.email}" <{p.email}>' for p in pi.to),
                "Copie à : " + ", ".join(f'"{p.name}" <{p.email}>' for p in pi.cc),
                f"Objet : {pi.subject}",
            ]
            att_quoted = True
        elif kind == "freshdesk":
            att = [f"Le {L.freshdesk(pi.date)} , {fa} a écrit :"]
        elif kind == "laposte":
            att = [f'Le {L.thunderbird(pi.date)}, "{pi.frm.name}" <{pi.frm.email}> a écrit :']
        elif kind == "thunderbird" and fwd:
            att = [
                "-------- Message transféré --------",
                f"Sujet : \t{pi.subject}",
                f"Date : \t{L.numeric(pi.date)}",
                f"De : \t{fa}",
                "Pour : \t" + ", ".join(f"{p.name} <{p.email}>" for p in pi.to),
            ]
        elif kind == "thunderbird":
            att = [f"Le {L.thunderbird(pi.date)}, {pi.frm.name} a écrit :"]
        elif kind == "roundcube":
            att = [f"Le {L.roundcube(pi.date)}, {pi.frm.name} a écrit :"]
        else:
            raise ValueError(kind)
    # ---- the quoted parent: text with '>' (or not, for forwards), flat text, HTML
    q_plain, q_flat, q_html, ans_label = [], [], "", []
    unprefixed = fwd and kind in ("gmail", "gmail_mobile", "hubspot", "apple_mail", "ios", "thunderbird")
    img = "gmail" if gm else "cid"
    if pi is not None:
        if r.chunks:
            for ch in r.chunks:
                if ch[0] == "q":
                    lines = list(ch[1])
                    while lines and not lines[-1].strip():
                        lines.pop()
                    while lines and not lines[0].strip():
                        lines.pop(0)
                    if not lines:
                        continue
                    q_plain += lines if unprefixed else gtq(lines)
                    q_flat += lines
                    q_html += quote_html(kind, divs(lines, img=img))
                else:
                    al = plines(ch[1], style)
                    q_plain += ["", *al, ""]
                    q_flat += ["", *al, ""]
                    q_html += divs(ch[1], style=ch[2])
                    ans_label += label_of(al)
            while q_plain and not q_plain[-1]:
                q_plain.pop()
                q_flat.pop()
            rebuilt = True
        else:
            src = list(r.src)
            if kind == "ios" and src and not unprefixed:
                src[0] = "\ufeff" + src[0]
            q_plain = src if unprefixed else gtq(src)
            # what an HTML-reading client shows of the quote: the parent as its HTML shows it, no '>'
            q_flat = requote(pi.body.flat, style)
            if node.get("recv_banner"):
                q_flat = [*node["recv_banner"][0], "", *q_flat]
            if node.get("quote_keep"):
                q_flat = cut(q_flat, *node["quote_keep"])
            q_html = divs(r.src, img=img) if r.srchtml is None else r.srchtml
            rebuilt = False
        att_p = gtq(att) if att_quoted else list(att)
        if kind in ("gmail", "gmail_mobile", "hubspot", "proton", "apple_mail") or fwd:
            qb_plain = [*att_p, *([">"] if att_quoted else [""]), *q_plain]
        elif att_quoted:
            qb_plain = [*att_p, ">", *q_plain]
        else:
            qb_plain = [*att_p, *q_plain]
        qb_flat = [*att, *q_flat]
    # ---- assemble the text
    dev_p = ["", *dev] if dev else []
    label = label_of(new)
    if node.get("bottom"):
        plain = [*qb_plain, "", *new, *dev_p]
        flat = [*qb_flat, "", *new, *dev_p]
    else:
        plain = [*new, *dev_p]
        flat = [*new, *dev_p]
        if pi is not None:
            gap = ["", ""] if kind == "orange" else ([""] if plain else [])
            plain += gap + qb_plain
            flat += (["", *qb_flat]) if flat else qb_flat
        label += ans_label
    if tail:
        tl = plines(tail, style)
        plain += ["", *tl]
        flat += ["", *tl]
        label += label_of(tl)
    # ---- assemble the HTML
    nh = new_html(kind, body, dev) if (body or dev) else ""
    qh = ""
    if pi is not None:
        att_html = "<br>\n".join(esc(x) for x in att)
        qh = quote_container(kind, att_html, q_html, rebuilt, fwd)
    html = qh + nh if node.get("bottom") else nh + qh
    if tail:
        html += divs(tail)
    if kind == "thunderbird":
        flat = plain  # a text-only message: what any client shows is the text itself, '>' included
    plain_out = None if kind == "laposte" else plain
    return finish(node, plain_out, plain, flat, html, label)


def new_html(kind, body, dev):
    if kind in ("gmail", "gmail_mobile", "hubspot"):
        h = gmail_new_html(body)
        if dev:
            h += "<div>" + brs(dev) + "</div>\n"
        return h
    if kind == "apple_mail":
        h = divs(body)
        return h + (divs(["", *dev]) if dev else "")
    if kind == "ios":
        return divs(body, ' dir="ltr"') + (divs(["", *dev], ' dir="ltr"') if dev else "")
    if kind == "proton":
        h = divs(body, ' style="font-family: Arial, sans-serif; font-size: 14px;"')
        if dev:
            h += (
                '<div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">'
                'Envoyé avec la messagerie sécurisée <a href="https://proton.me/mail/home" target="_blank">'
                "Proton Mail</a>.</div></div>\n"
            )
        return h
    if kind == "roundcube":
        paras = []
        cur = []
        for ln in body:
            if ln == "-- ":
                if cur:
                    paras.append(cur)
                cur = None
                break
            if not ln.strip():
                if cur:
                    paras.append(cur)
                cur = []
            else:
                cur.append(ln)
        h = "".join(f"<p>{brs(p)}</p>\n" for p in paras)
        if cur is not None and cur:
            h += f"<p>{brs(cur)}</p>\n"
        if "-- " in body:
            sig = body[body.index("-- ") + 1 :]
            h += '<div id="signature">-- <br />' + "<br />".join(hline(x) for x in sig) + "</div>\n"
        return h
    return divs(body) + (divs(["", *dev]) if dev else "")


BQ_GMAIL = (
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
    'padding-left:1ex">'
)


def quote_html(kind, inner):
    if kind in ("gmail", "gmail_mobile", "hubspot"):
        return BQ_GMAIL + inner + "</blockquote>\n"
    if kind == "roundcube":
        return '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">' + inner
    return '<blockquote type="cite">' + inner + "</blockquote>\n"


def quote_container(kind, att_html, q_html, rebuilt, fwd):
    body = q_html if rebuilt else quote_html(kind, q_html)
    if kind == "roundcube" and not rebuilt:
        body += "</blockquote>\n"
    if kind in ("gmail", "gmail_mobile", "hubspot"):
        if fwd:
            return f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{att_html}<br></div><br><br>{q_html}</div>\n'
        return (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{att_html.replace(' a écrit :', ' a écrit&nbsp;:')}<br></div>{body}</div>\n"
        )
    if kind == "apple_mail":
        if fwd:
            return f'<div><br><blockquote type="cite"><div>{att_html}</div><br class="Apple-interchange-newline">{q_html}</blockquote></div>\n'
        return (
            f'<div><br><blockquote type="cite"><div>{att_html}</div><br class="Apple-interchange-newline">'
            f"{q_html if rebuilt else '<div>' + q_html + '</div>'}</blockquote></div>\n"
        )
    if kind == "ios":
        return (
            f'<div dir="ltr"><br><blockquote type="cite">{att_html}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">\ufeff{q_html}</div></blockquote>\n'
        )
    if kind == "orange":
        return f'<br><br><blockquote style="border-left:2px solid #ff6600;padding-left:10px;margin-left:5px">{att_html.replace("<br>", "<br>&gt; ").join(["&gt; ", ""])}<br>&gt;<br>{q_html}</blockquote>\n'
    if kind == "proton":
        return f'<div class="protonmail_quote">{att_html}<br><br>{body}<br></div>\n'
    if kind == "sfr":
        return f'<blockquote type="cite"><div>{att_html}</div><div><br></div>{q_html}</blockquote>\n'
    if kind == "freshdesk":
        return f'<div class="freshdesk_quote"><blockquote class="freshdesk_quote">{att_html}<br>{q_html}</blockquote></div>\n'
    if kind == "thunderbird":
        return f'<div class="moz-cite-prefix">{att_html}<br></div>{body}\n'
    if kind == "roundcube":
        return f"<p>{att_html}</p>\n{body}"
    if kind == "laposte":
        return f"<div><br></div><div>{att_html}</div>{body}"
    raise ValueError(kind)


def c_zendesk(node, ctx):
    """A Zendesk agent reply: marker line, update notice, the comments newest first, the footer."""
    chain = []
    n = node
    while True:
        chain.append(n)
        if not n.get("parent"):
            break
        n = ctx.node(n["parent"])
    ticket = node["ticket"]
    brand = node["brand"]
    plain = [
        "##- Veuillez répondre au-dessus de cette ligne -##",
        "",
        f"Votre demande ({ticket}) a été mise à jour. Pour ajouter des commentaires, répondez simplement à cet e-mail.",
        "",
    ]
    html = (
        '<div style="color: #b5b5b5;">##- Veuillez répondre au-dessus de cette ligne -##</div>\n'
        f'<p dir="ltr">Votre demande ({ticket}) a été mise à jour. Pour ajouter des commentaires, répondez simplement '
        "à cet e-mail.</p>\n"
        '<div style="margin-top: 25px" data-version="2"><table width="100%" cellpadding="0" cellspacing="0" '
        'border="0" role="presentation">\n'
    )
    label = []
    for i, c in enumerate(chain):
        lines = plines(c.get("body", []), "plain")
        if c.get("client") != "zendesk":
            # Zendesk keeps what the customer wrote above the quoted history
            pass
        when = L.zendesk(L.at(L.dt(c["date"], c["frm"].off), 1))
        plain += ["----------------------------------------------", "", c["frm"].name, "", when, "", *lines, ""]
        html += (
            '<tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;"><table width="100%" '
            'cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td width="100%" style="padding: 0; '
            f'margin: 0;" valign="top"><p style="font-family: \'Lucida Grande\',sans-serif; font-size: 15px; '
            f'line-height: 18px; margin-bottom: 0; margin-top: 0; padding: 0; color:#1b1d1e;"><strong>{esc(c["frm"].name)}'
            f"</strong></p><p style=\"font-family: 'Lucida Grande',sans-serif; font-size: 13px; line-height: 25px; "
            f'margin-bottom: 15px; margin-top: 0; padding: 0; color:#bbbbbb;">{esc(when)}</p>'
            f'<div class="zd-comment" dir="auto" style="color: #2b2e2f; line-height: 22px;">{divs(lines)}</div>'
            "</td></tr></table></td></tr>\n"
        )
        if i == 0:
            label = label_of(lines)
    plain += [
        "--------------------------------",
        f"Ce courriel est un service de {brand}.",
        "Fourni par Zendesk",
        "",
        f"[{node['zd_ref']}]",
    ]
    html += (
        "</table></div>\n<div style=\"padding: 10px; line-height: 18px; font-family: 'Lucida Grande',Verdana,"
        f'Arial,sans-serif; font-size: 12px; color: #aaaaaa; margin: 10px 0 14px 0;">Ce courriel est un service de '
        f'{esc(brand)}. Fourni par <a href="https://www.zendesk.fr/" style="color: black;">Zendesk</a></div>\n'
        f'<span style="color:#FFFFFF" aria-hidden="true">[{node["zd_ref"]}]</span>\n'
    )
    return Body(plain, plain, plain, html, label, False)


def mk(kind):
    return lambda node, ctx: c_quoting(node, ctx, kind)


COMPOSERS = {
    "outlook": c_outlook,
    "outlook_mac": c_outlook_mac,
    "owa": c_owa,
    "new_outlook": c_owa,
    "dynamics": c_dynamics,
    "outlook_plain": c_outlook_plain,
    "samsung": c_samsung,
    "lotus": c_lotus,
    "zimbra": c_zimbra,
    "yahoo": c_yahoo,
    "zoho": c_zoho,
    "salesforce": c_salesforce,
    "gmail": mk("gmail"),
    "gmail_mobile": mk("gmail_mobile"),
    "hubspot": mk("hubspot"),
    "apple_mail": mk("apple_mail"),
    "ios": mk("ios"),
    "sfr": mk("sfr"),
    "proton": mk("proton"),
    "orange": mk("orange"),
    "freshdesk": mk("freshdesk"),
    "laposte": mk("laposte"),
    "thunderbird": mk("thunderbird"),
    "roundcube": mk("roundcube"),
    "zendesk": c_zendesk,
}


# --------------------------------------------------------------------------
# the thread context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, nodes):
        self.nodes = {}
        for n in nodes:
            if n["key"] in self.nodes:
                raise ValueError(f"duplicate node {n['key']}")
            self.nodes[n["key"]] = seconds(n)
        self.cache = {}

    def add(self, node):
        if node["key"] in self.nodes:
            raise ValueError(f"duplicate node {node['key']}")
        self.nodes[node["key"]] = seconds(node)

    def node(self, key):
        return self.nodes[key]

    def to_of(self, node, reader):
        """Recipients; a mail-merge message (to=None) was addressed to the one who reads it."""
        if node.get("to") is None:
            return [reader]
        return list(node["to"])

    def subject_as_received(self, node, reader):
        s = node["subject"]
        if external_bannered(node) and domain(reader.email) == FIRM_DOMAIN:
            return "[EXTERNE] " + s
        return s

    def pinfo(self, node):
        if not node.get("parent"):
            return None
        p = self.nodes[node["parent"]]
        reader = node["frm"]
        body = self.body(p["key"], reader)
        return PInfo(
            frm=p["frm"],
            to=self.to_of(p, reader),
            cc=list(p.get("cc", [])),
            date=L.at(L.dt(p["date"], p["frm"].off), reader.off),
            subject=self.subject_as_received(p, reader),
            sender=p.get("sender"),
            body=body,
            node=p,
        )

    def body(self, key, reader=None):
        """The node's Body as `reader` received it (mail-merge recipient and the firm's banner resolved)."""
        node = self.nodes[key]
        ck = (key, reader.email if reader else None)
        if ck in self.cache:
            return self.cache[ck]
        if node.get("to") is None and reader is not None:
            node = dict(node, to=[reader])
        b = COMPOSERS[node["client"]](node, self)
        if reader is not None and domain(reader.email) == FIRM_DOMAIN and external_bannered(node):
            b = bannered(b)
        self.cache[ck] = b
        return b


def seconds(node):
    """Give a node's date its seconds (a pseudo-random, slug-seeded value), as real Date headers have."""
    if node["date"].count(":") == 1:
        node["date"] = f"{node['date']}:{hash_str('sec|' + node['key']) % 60:02d}"
    return node


def external_bannered(node):
    return domain(node["frm"].email) != FIRM_DOMAIN and node["date"][:10] >= FIRM_BANNER_FROM


def bannered(b):
    ban = list(FIRM_BANNER)
    return Body(
        plain=None if b.plain is None else [*ban, "", *b.plain],
        gt=[*ban, "", *b.gt],
        flat=[*ban, "", *b.flat],
        html=FIRM_BANNER_HTML + b.html,
        label=b.label,
        top=False,
    )
