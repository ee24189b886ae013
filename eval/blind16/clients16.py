"""Client layouts for blind16: how each mail client writes the sender's text, quotes the history and prints headers.

A message is assembled from blocks:
  ("own", items)            the sender's lines; items are (kind, line), kind t text, s signature, d disclaimer,
                            a inline answer, v device line (never new text)
  ("raw", plain, html)      separators, attributions, header blocks, templates (never new text)
  ("q", body, qstyle)       the parent message as received, quoted the client's way
  ("ql", lines, qstyle)     a quote rebuilt from lines (trimmed quotes, inline answers)
Each rendered message keeps three text views: plain (its own text/plain part, None for HTML-only), gt (blockquotes
marked with ">", as a ">"-quoting client's converter shows it) and flat (blockquotes unmarked, as Outlook's converter
shows it), and an HTML fragment that children embed.
"""

import hashlib
import html as _html
import re
from dataclasses import dataclass
from datetime import timedelta
from html.parser import HTMLParser
from typing import ClassVar

import loc16 as L
from people16 import FIRM_DOMAIN

LINKRE = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
CID = re.compile(r"^\[cid:([^\]]+)\]$")
IMG = re.compile(r"^\[image: ([^\]]*)\]$")


def domain(email):
    return email.rsplit("@", 1)[1].lower()


def seed(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def esc(s):
    return _html.escape(s, quote=False)


def ptext(line, style):
    """Plain rendering of a source line: links as Outlook ("text<url>"), Gmail ("text <url>") or text only."""
    if style == "outlook":
        return LINKRE.sub(lambda m: f"{m[1]}<{m[2]}>", line)
    if style == "space":
        return LINKRE.sub(lambda m: f"{m[1]} <{m[2]}>", line)
    return LINKRE.sub(lambda m: m[1], line)


def _seg(s):
    s = esc(s)
    s = s.replace("\t", '<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>')
    return re.sub(r"  +", lambda m: "&nbsp;" * (len(m[0]) - 1) + " ", s)


def hline(line):
    m = CID.match(line)
    if m:
        return f'<img width="132" height="36" style="width:1.375in;height:.375in" id="Picture_1" src="cid:{m[1]}" alt="Logo">'
    m = IMG.match(line)
    if m:
        h = hashlib.sha1(line.encode()).hexdigest()[:40]
        return f'<img src="https://ci3.googleusercontent.com/mail-sig/AIorK4{h}" width="168" height="44" alt="{esc(m[1])}">'
    out = []
    pos = 0
    for m in LINKRE.finditer(line):
        out.append(_seg(line[pos : m.start()]))
        out.append(f'<a href="{esc(m[2])}">{esc(m[1])}</a>')
        pos = m.end()
    out.append(_seg(line[pos:]))
    return "".join(out)


# --------------------------------------------------------------------------
# visible text of HTML (the checker's reading, used for the labels of HTML-only messages)
# --------------------------------------------------------------------------
class Visible(HTMLParser):
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "table",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "ul",
        "ol",
        "pre",
        "body",
        "td",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"[ \t\r\n]+", " ", data))


def visible_lines(html):
    v = Visible()
    v.feed(html)
    v.close()
    text = "".join(v.out)
    return [re.sub(r"[ \u00a0]+", " ", ln).strip() for ln in text.split("\n")]


# --------------------------------------------------------------------------
# HTML of the sender's own lines, per client family
# --------------------------------------------------------------------------
MSO_STYLE = {
    "t": None,
    "s": "font-size:9.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#1F3864",
    "d": "font-size:7.0pt;font-family:&quot;Arial&quot;,sans-serif;color:gray",
    "a": "color:#0070C0",
    "r": "color:#C00000",
    "v": None,
}


def table_html(rows):
    cells = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells.append(
            "<tr>"
            + "".join(f'<{tag} style="border:1px solid #999;padding:2px 6px">{esc(c)}</{tag}>' for c in row)
            .replace("<th", "<td")
            .replace("</th>", "</td>")
            + "</tr>"
        )
    return '<table style="border-collapse:collapse;font-size:11pt">' + "".join(cells) + "</table>"


def own_html(items, style):
    if any(k == "tbl" for k, _ in items):
        out = []
        run = []
        for k, ln in items:
            if k == "tbl":
                if run:
                    out.append(own_html(run, style))
                    run = []
                out.append(table_html(ln) + "\n")
            else:
                run.append((k, ln))
        if run:
            out.append(own_html(run, style))
        return "".join(out)
    out = []
    if style == "mso":
        for k, ln in items:
            if not ln.strip():
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                continue
            st = MSO_STYLE.get(k)
            h = hline(ln)
            if "   " in ln.strip():  # a pasted fixed-width block keeps its font
                h = f'<span style="font-family:&quot;Courier New&quot;;font-size:9.0pt">{h}</span>'
            if st:
                h = f'<span style="{st}">{h}</span>'
            if k == "s" and ln == items_first_sig(items):
                h = f"<b>{h}</b>"
            out.append(f'<p class="MsoNormal">{h}<o:p></o:p></p>')
        return "\n".join(out) + "\n"
    if style == "notes":
        for k, ln in items:
            h = hline(ln) if ln.strip() else ""
            if k in ("s", "d"):
                h = f'<font size="1" face="sans-serif">{h}</font>' if h else ""
            elif h:
                h = f'<font size="2" face="sans-serif">{h}</font>'
            out.append(h + "<br>")
        return "\n".join(out) + "\n"
    if style == "owa":
        for k, ln in items:
            inner = hline(ln) if ln.strip() else "<br>"
            color = "rgb(0, 112, 192)" if k == "a" else ("rgb(192, 0, 0)" if k == "r" else "rgb(0, 0, 0)")
            out.append(
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                f'Calibri, Helvetica, sans-serif; font-size: 12pt; color: {color};">{inner}</div>'
            )
        return "\n".join(out) + "\n"
    if style == "gmail":
        text = [(k, ln) for k, ln in items if k not in ("s",)]
        sig = [ln for k, ln in items if k == "s"]
        for _k, ln in text:
            out.append(f"<div>{hline(ln)}</div>" if ln.strip() else "<div><br></div>")
        if sig:
            while out and out[-1] == "<div><br></div>":
                out.pop()
            out.append("<div><br></div>")
            out.append(
                '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                + "<br>".join(hline(x) if x.strip() else "" for x in sig)
                + "</div></div></div>"
            )
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    if style == "ios":
        for _k, ln in items:
            out.append(f'<div dir="ltr">{hline(ln)}</div>' if ln.strip() else '<div dir="ltr"><br></div>')
        return "\n".join(out) + "\n"
    # "div": Apple Mail, BlackBerry, Superhuman, Yahoo, Proton, Samsung, plain-only clients embedded by children
    for _k, ln in items:
        out.append(f"<div>{hline(ln)}</div>" if ln.strip() else "<div><br></div>")
    return "\n".join(out) + "\n"


def items_first_sig(items):
    for k, ln in items:
        if k == "s" and ln.strip() and ln.strip() not in ("-- ", "--"):
            return ln
    return None


def lines_html(lines, style="div"):
    """HTML rebuilt from plain lines (trimmed quotes, inline answers, plain-only parents)."""
    return own_html([("t", ln) for ln in lines], style)


# --------------------------------------------------------------------------
# rendered message
# --------------------------------------------------------------------------
@dataclass
class Body:
    plain: list[str] | None
    gt: list[str]
    flat: list[str]
    html: str
    label: list[str]
    top: bool


def gtq(lines, style):
    out = []
    for ln in lines:
        if not ln:
            out.append(">")
        elif style == "gmail":
            out.append("> " + ln)
        elif ln.startswith(">"):
            out.append(">" + ln)
        else:
            out.append("> " + ln)
    return out


BLOCKQUOTE = {
    "gmail": (
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">',
        "</blockquote>",
    ),
    "apple": ('<blockquote type="cite">', "</blockquote>"),
    "tb": ('<blockquote type="cite">', "</blockquote>"),
    "proton": ('<blockquote class="protonmail_quote" type="cite">', "</blockquote>"),
    "flat": ("", ""),
}


def gmail_plain_of(lines):
    """How Gmail's converter shows an Outlook history: bold header labels as *From:*, <hr> as dashes."""
    out = []
    for ln in lines:
        if ln == "_" * 32:
            out.append("-" * 30)
            continue
        m = re.match(
            r"^(From|Sent|To|Cc|Subject|Von|Gesendet|An|Betreff|Van|Verzonden|Aan|CC|Onderwerp|Date|Datum):( .*)?$", ln
        )
        if m:
            out.append(f"*{m[1]}:*{m[2] or ''}")
        else:
            out.append(ln)
    return out


def assemble(blocks, linkstyle, htmlstyle, qstyle_default, plain=True, wrap=None, label_from_html=False):
    """blocks -> Body. wrap: width for plain-only clients that hard-wrap (classic Outlook text mode)."""
    p, g, f, h = [], [], [], []
    label = []
    first_own = None
    for b in blocks:
        if b[0] == "own":
            items = []
            for k, ln in b[1]:
                if k == "tbl":
                    items += [("t", "\t".join(row)) for row in ln]
                else:
                    items.append((k, ptext(ln, linkstyle)))
            if wrap:
                wrapped = []
                for k, ln in items:
                    wrapped.extend((k, x) for x in wrap_line(ln, wrap))
                items = wrapped
            lines = [ln for _k, ln in items]
            p += lines
            g += lines
            f += lines
            hh = own_html(b[1], htmlstyle)
            h.append(hh)
            if label_from_html:
                lab = [x for x in visible_lines(own_html([it for it in b[1] if it[0] != "v"], htmlstyle)) if x]
            else:
                lab = [ln.strip() for k, ln in items if ln.strip() and k != "v"]
            if first_own is None and any(x.strip() for x in lines):
                first_own = bool(lab)
            label += lab
        elif b[0] == "raw":
            p += b[1]
            g += b[1]
            f += b[1]
            h.append(b[2])
            if first_own is None and any(x.strip() for x in b[1]):
                first_own = False
        elif b[0] == "q":
            body, qs = b[1], b[2]
            if qs == "flat":
                src = body.flat
                lines = [y for x in src for y in wrap_line(x, wrap)] if wrap else list(src)
                p += lines
                g += lines
                f += lines
            else:
                src = gmail_plain_of(body.gt) if qs == "gmail" else body.gt
                q = gtq(src, qs)
                p += q
                g += q
                f += body.flat
            o, c = BLOCKQUOTE[qs]
            h.append(o + body.html + c + "\n")
            if first_own is None:
                first_own = False
        elif b[0] == "ql":
            lines, qs = b[1], b[2]
            if qs == "flat":
                lines2 = [y for x in lines for y in wrap_line(x, wrap)] if wrap else list(lines)
                p += lines2
                g += lines2
                f += lines2
                h.append(lines_html(lines, "mso" if htmlstyle == "mso" else "div"))
            else:
                q = gtq(lines, qs)
                p += q
                g += q
                f += lines
                o, c = BLOCKQUOTE[qs]
                h.append(o + lines_html(lines) + c + "\n")
            if first_own is None:
                first_own = False
    return Body(plain=p if plain else None, gt=g, flat=f, html="".join(h), label=label, top=bool(first_own))


def wrap_line(ln, width):
    if width is None or len(ln) <= width:
        return [ln]
    out = []
    cur = ln
    while len(cur) > width:
        cut = cur.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = cur.find(" ", width)
            if cut < 0:
                break
        out.append(cur[:cut])
        cur = cur[cut + 1 :]
    out.append(cur)
    return out


# --------------------------------------------------------------------------
# header blocks and attributions
# --------------------------------------------------------------------------
def ol_addr(p, viewer):
    if domain(p.email) == domain(viewer.email):
        return p.shown
    return f"{p.shown} <{p.email}>"


OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
}


class Seen:
    """The parent as the replying person received it."""

    def __init__(self, node, body, subject, to, cc, when):
        self.node = node
        self.body = body
        self.subject = subject
        self.to = to
        self.cc = cc
        self.when = when  # aware datetime

    @property
    def frm(self):
        return self.node["frm"]


def header_rows(pv, viewer, loc, seconds=False, datefmt=None):
    lab = OL_LABELS[loc[:2]]
    d = L.at(pv.when, viewer.off)
    rows = [
        (lab[0], ol_addr(pv.frm, viewer) + " "),
        (lab[1], datefmt(d) if datefmt else L.outlook_sent(d, loc, seconds)),
        (lab[2], "; ".join(ol_addr(p, viewer) for p in pv.to)),
    ]
    if pv.cc:
        rows.append((lab[3], "; ".join(ol_addr(p, viewer) for p in pv.cc)))
    rows.append((lab[4], pv.subject))
    return rows


def sep_outlook(n, pv, loc):
    rows = header_rows(pv, n["frm"], loc)
    plain = ["", *[f"{k}: {v}" for k, v in rows], ""]
    inner = "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows)
    html = (
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span lang="{loc.upper()}">{inner}<o:p></o:p></span></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    )
    return plain, html


def sep_outlook_plain(n, pv, loc):
    lab = OL_LABELS[loc[:2]]
    d = L.at(pv.when, n["frm"].off)
    head = "-----Ursprüngliche Nachricht-----" if loc.startswith("de") else "-----Original Message-----"
    frm = pv.frm
    fv = f"{frm.shown} [mailto:{frm.email}] " if n.get("mailto", True) else f"{frm.shown} <{frm.email}> "
    rows = [(lab[0], fv), (lab[1], L.outlook_sent(d, loc)), (lab[2], "; ".join(ol_addr(p, n["frm"]) for p in pv.to))]
    if pv.cc:
        rows.append((lab[3], "; ".join(ol_addr(p, n["frm"]) for p in pv.cc)))
    rows.append((lab[4], pv.subject))
    return ["", head, *[f"{k}: {v}" for k, v in rows], ""], ""


def sep_owa(n, pv, loc, seconds=False):
    if seconds and loc == "en-GB":
        loc = "en-GB-long"
    rows = header_rows(pv, n["frm"], loc, seconds=seconds)
    plain = ["_" * 32, *[f"{k}: {v}" for k, v in rows], ""]
    inner = "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows)
    html = (
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{inner}</font>\n<div>&nbsp;</div>\n</div>\n"
    )
    return plain, html


def sep_mac(n, pv, loc):
    lab = ("Von", "Datum", "An", "Cc", "Betreff") if loc.startswith("de") else ("From", "Date", "To", "Cc", "Subject")
    d = L.at(pv.when, n["frm"].off)
    rows = [
        (lab[0], f"{pv.frm.shown} <{pv.frm.email}>"),
        (lab[1], L.mac_outlook_date(d, loc)),
        (lab[2], ", ".join(f"{p.shown} <{p.email}>" for p in pv.to)),
    ]
    if pv.cc:
        rows.append((lab[3], ", ".join(f"{p.shown} <{p.email}>" for p in pv.cc)))
    rows.append((lab[4], pv.subject))
    plain = ["", *[f"{k}: {v}" for k, v in rows], ""]
    inner = "<br>\n".join(f'<b><span style="font-size:12.0pt;color:black">{k}: </span></b>{esc(v)}' for k, v in rows)
    html = (
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{inner}<o:p></o:p></p>\n</div>\n'
    )
    return plain, html


def sep_blackberry(n, pv, loc):
    d = L.at(pv.when, n["frm"].off)

    def a(p):
        return f"{p.shown} <{p.email}<mailto:{p.email}>>"

    def ah(p):
        return f'{esc(p.shown)} &lt;<a href="mailto:{p.email}">{p.email}</a>&gt;'

    rows = [("From", a(pv.frm), ah(pv.frm)), ("Date", L.bb_date(d), L.bb_date(d))]
    rows.append(("To", ", ".join(a(p) for p in pv.to), ", ".join(ah(p) for p in pv.to)))
    if pv.cc:
        rows.append(("Cc", ", ".join(a(p) for p in pv.cc), ", ".join(ah(p) for p in pv.cc)))
    rows.append(("Subject", pv.subject, esc(pv.subject)))
    plain = ["", *[f"{k}: {v}" for k, v, _ in rows], ""]
    html = "<div><br></div>\n" + "".join(f"<div>{k}: {h}</div>\n" for k, _, h in rows) + "<div><br></div>\n"
    return plain, html


def sep_samsung(n, pv, loc):
    d = L.at(pv.when, n["frm"].off)
    de = loc.startswith("de")
    lab = ("Von", "Datum", "An", "Betreff") if de else ("From", "Date", "To", "Subject")
    date = f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {L.hm(d)} (GMT+01:00)" if de else L.samsung_date(d)
    head = "-------- Original-Nachricht --------" if de else "-------- Original message --------"
    rows = [
        (lab[0], f"{pv.frm.shown} <{pv.frm.email}> "),
        (lab[1], date + " "),
        (lab[2], ", ".join(f"{p.shown} <{p.email}>" for p in pv.to) + " "),
        (lab[3], pv.subject + " "),
    ]
    plain = ["", "", head, *[f"{k}: {v}" for k, v in rows], ""]
    html = (
        '<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{head}</div>" + "".join(f"<div>{k}: {esc(v)}</div>" for k, v in rows) + "<div><br></div></div>\n"
    )
    return plain, html


def sep_lotus(n, pv, loc, old=False):
    d = L.at(pv.when, n["frm"].off)
    de = loc.startswith("de")
    if old:
        plain = [
            "",
            "",
            "",
            f"{pv.frm.shown} <{pv.frm.email}> ",
            L.notes_date(d, loc),
            "",
            "An" if de else "To",
            "; ".join(f'"{p.shown}" <{p.email}>' for p in pv.to),
            "Kopie" if de else "cc",
            "; ".join(f'"{p.shown}" <{p.email}>' for p in pv.cc),
            "",
            "Thema" if de else "Subject",
            pv.subject,
            "",
            "",
        ]
        cells = "".join(f"<tr><td><font size=1>{esc(x)}</font></td></tr>" for x in plain if x)
        return plain, f"<br><br><br><table>{cells}</table><br><br>\n"
    lab = ("Von", "An", "Kopie", "Datum", "Betreff") if de else ("From", "To", "Cc", "Date", "Subject")
    rows = [
        (lab[0], f'"{pv.frm.shown}" <{pv.frm.email}>'),
        (lab[1], ", ".join(f'"{p.shown}" <{p.email}>' for p in pv.to)),
    ]
    if pv.cc:
        rows.append((lab[2], ", ".join(f'"{p.shown}" <{p.email}>' for p in pv.cc)))
    rows += [(lab[3], L.notes_date(d, loc)), (lab[4], pv.subject)]
    plain = ["", "", "", *[f"{k}:        {v}" for k, v in rows], ""]
    html = (
        "<br><br><br>\n"
        + "".join(
            f'<font size=1 color=#5f5f5f face="sans-serif">{k}:        </font><font size=1 face="sans-serif">'
            f"{esc(v)}</font><br>\n"
            for k, v in rows
        )
        + "<br>\n"
    )
    return plain, html


def sep_gmx(n, pv, loc):
    d = L.at(pv.when, n["frm"].off)
    rows = [
        ("Gesendet", L.gmx_date(d)),
        ("Von", f'"{pv.frm.name}" <{pv.frm.email}>'),
        ("An", ", ".join(p.email for p in pv.to)),
    ]
    if pv.cc:
        rows.append(("Cc", ", ".join(p.email for p in pv.cc)))
    rows.append(("Betreff", pv.subject))
    plain = ["", "", *[f"{k}: {v}" for k, v in rows]]
    html = (
        '<div>&nbsp;</div>\n<div>&nbsp;</div>\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px '
        '10px; border-left:2px solid #C3D9E5; word-wrap: break-word;">\n<div style="margin:0 0 10px 0;"><b>'
        + "<br>\n".join(f"{k}:</b>&nbsp;{esc(v)}<b>" for k, v in rows)
        + "</b></div>\n"
    )
    return plain, html


def attribution(n, pv, kind, loc):
    d = L.at(pv.when, n["frm"].off)
    who = f"{pv.frm.shown} <{pv.frm.email}>"
    if kind == "gmail":
        return L.gmail_attr(d, loc, who)
    if kind == "apple":
        return L.apple_attr(d, loc, who)
    if kind == "tb":
        return L.tb_attr(d, loc, pv.frm.shown)
    if kind == "superhuman":
        return L.superhuman_attr(d, who)
    if kind == "yahoo":
        return L.yahoo_attr(d, who)
    if kind == "proton":
        return L.proton_attr(d, who)
    raise ValueError(kind)


def gmail_wrap_attr(a, width=78):
    """Gmail's plain alternative breaks a long attribution after the '<' of the address."""
    if len(a) <= width or "<" not in a:
        return [a]
    i = a.index("<") + 1
    return [a[:i], a[i:]]


def attr_html(kind, a):
    if kind == "gmail":
        return f'<div dir="ltr" class="gmail_attr">{esc(a)}<br></div>\n'
    if kind == "tb":
        return f'<div class="moz-cite-prefix">{esc(a)}<br></div>\n'
    return f"<div>{esc(a)}<br></div>\n"


# --------------------------------------------------------------------------
# the sender's own items
# --------------------------------------------------------------------------
DEVICE = {
    "ios_mail": {
        "en": ["Sent from my iPhone"],
        "de": ["Von meinem iPhone gesendet"],
        "nl": ["Verstuurd vanaf mijn iPhone"],
    },
    "outlook_mobile": {
        "en": ["Get [[Outlook for iOS|https://aka.ms/o0ukef]]"],
        "de": ["Holen Sie sich [[Outlook für iOS|https://aka.ms/o0ukef]]"],
        "nl": ["[[Outlook voor iOS|https://aka.ms/o0ukef]] downloaden"],
    },
    "blackberry": {"en": ["Sent from BlackBerry Work", "(www.blackberry.com)"]},
    "samsung": {"en": ["Sent from my Galaxy"], "de": ["Von meinem Samsung Galaxy Smartphone gesendet."]},
    "proton": {"en": ["Sent with [[Proton Mail|https://proton.me/mail/home]] secure email."]},
}

DESKTOP = {
    "outlook",
    "outlook_plain",
    "outlook_mac",
    "owa",
    "new_outlook",
    "lotus",
    "thunderbird",
    "apple_mail",
    "gmail",
    "superhuman",
}


def own_items(n, reader, text_key="text", with_sig=True):
    who = n["frm"]
    client = n["client"]
    text = list(n.get(text_key, []))
    if n.get("merge") and reader is not None:
        if n["lang"] == "de":
            sal = reader.sal_de or "Sehr geehrte Damen und Herren"
        else:
            sal = reader.salutation or "Dear Sir or Madam"
        text = [t.replace("{salutation}", sal) for t in text]
    items = [("tbl", n["table"]) if (t == "TABLE" and "table" in n) else ("t", t) for t in text]
    if with_sig:
        if "sig" in n:
            sig = list(n["sig"])
        elif client in DESKTOP:
            sig = list(who.sig)
        else:
            sig = []
        if "disc" in n:
            disc = list(n["disc"])
        elif client in DESKTOP and "sig" not in n:
            disc = list(who.disc)
        else:
            disc = []
        if sig:
            if items and n.get("sig_gap", True):
                items.append(("t", ""))
            items += [("s", s) for s in sig]
        if disc:
            items.append(("t", ""))
            items += [("d", d) for d in disc]
    if "device" in n:
        dev = list(n["device"])
    else:
        table = DEVICE.get(client)
        dev = (table.get(loc_of(n)[:2]) or table["en"]) if table else []  # the phone's language, not the text's
    if dev:
        if items:
            items.append(("t", ""))
        items += [("v", d) for d in dev]
    return items


# --------------------------------------------------------------------------
# client renderers
# --------------------------------------------------------------------------
def loc_of(n):
    return n.get("loc") or n["frm"].loc


def inline_segments(src, answers, trim_rest=False):
    """Split the parent's lines at the anchors; yields ("q", lines) and ("a", answer lines)."""
    pos = 0
    out = []
    for anchor, ans in answers:
        idx = next((i for i in range(pos, len(src)) if anchor in src[i]), None)
        if idx is None:
            raise ValueError(f"anchor not found: {anchor!r}")
        out.append(("q", src[pos : idx + 1]))
        out.append(("a", ans))
        pos = idx + 1
    if not trim_rest and pos < len(src):
        out.append(("q", src[pos:]))
    return out


def trimmed(src, anchor):
    if anchor is None:
        return list(src)
    idx = next(i for i, x in enumerate(src) if anchor in x)
    return list(src[: idx + 1])


def r_outlookish(n, pv, reader, sepfn, htmlstyle="mso", linkstyle="outlook", plain=True, wrap=None):
    loc = loc_of(n)
    items = own_items(n, reader)
    blocks = []
    if items:
        blocks.append(("own", items))
    if pv is not None:
        sp, sh = sepfn(n, pv, loc)
        blocks.append(("raw", sp, sh))
        if "inline" in n:
            for kind, lines in inline_segments(pv.body.flat, n["inline"], n.get("trim_rest", False)):
                if kind == "q":
                    blocks.append(("ql", lines, "flat"))
                else:
                    blocks.append(("own", [(n.get("answer_kind", "a"), x) for x in lines]))
        elif n.get("trim"):
            blocks.append(("ql", trimmed(pv.body.flat, n["trim"]), "flat"))
        else:
            blocks.append(("q", pv.body, "flat"))
    return assemble(
        blocks, linkstyle, htmlstyle, "flat", plain=plain, wrap=wrap, label_from_html=not plain and htmlstyle != "none"
    )


def r_outlook(ctx, n, pv, reader):
    return r_outlookish(n, pv, reader, sep_outlook)


def r_outlook_plain(ctx, n, pv, reader):
    return r_outlookish(n, pv, reader, sep_outlook_plain, htmlstyle="div", linkstyle="outlook", wrap=76)


def r_outlook_mac(ctx, n, pv, reader):
    return r_outlookish(n, pv, reader, sep_mac)


def r_owa(ctx, n, pv, reader):
    def sep(n, pv, loc):
        p, h = sep_owa(n, pv, loc)
        return ["", *p], h

    return r_outlookish(n, pv, reader, sep, htmlstyle="owa", plain=not n.get("html_only"))


def r_outlook_mobile(ctx, n, pv, reader):
    return r_outlookish(
        n,
        pv,
        reader,
        lambda n, pv, loc: sep_owa(n, pv, loc, seconds=True),
        htmlstyle="div",
        plain=not n.get("html_only"),
    )


def r_blackberry(ctx, n, pv, reader):
    return r_outlookish(n, pv, reader, sep_blackberry, htmlstyle="div")


def r_samsung(ctx, n, pv, reader):
    return r_outlookish(n, pv, reader, sep_samsung, htmlstyle="div", linkstyle="space")


def r_lotus(ctx, n, pv, reader):
    return r_outlookish(
        n,
        pv,
        reader,
        lambda n, pv, loc: sep_lotus(n, pv, loc, n.get("notes_old", False)),
        htmlstyle="notes",
        linkstyle="none",
    )


def r_gmx(ctx, n, pv, reader):
    plain = not n.get("html_only")
    b = r_outlookish(n, pv, reader, sep_gmx, htmlstyle="div", linkstyle="none", plain=plain)
    if pv is not None:
        b.html += "</div>\n"
    return b


def r_gt(ctx, n, pv, reader, kind, qstyle, htmlstyle, linkstyle, plain=True):
    """The ">"-quoting clients: Gmail, Apple Mail, iOS Mail, Thunderbird, Superhuman, Proton, Yahoo."""
    loc = loc_of(n)
    items = own_items(n, reader)
    blocks = []
    if pv is None:
        return assemble([("own", items)], linkstyle, htmlstyle, qstyle, plain=plain)
    if n.get("fwd"):
        return r_fwd(n, pv, reader, kind, items, linkstyle, htmlstyle, plain)
    a = attribution(n, pv, kind, loc)
    a_lines = gmail_wrap_attr(a) if kind == "gmail" and n.get("wrap_attr", True) else [a]
    src = pv.body.gt
    if n.get("bom"):
        src = ["\ufeff" + src[0], *src[1:]] if src else src
    quote_attr = n.get("quote_attr", kind == "apple" and n["client"] == "ios_mail")
    if "inline" in n:
        head = own_items(n, reader, with_sig=n.get("sig_top", False))
        if n.get("text"):
            blocks.append(("own", head))
            blocks.append(("raw", [""], "<div><br></div>\n"))
        blocks.append(("raw", [*a_lines], attr_html(kind, a)))
        for k, lines in inline_segments(src, n["inline"], n.get("trim_rest", False)):
            if k == "q":
                blocks.append(("ql", lines, qstyle))
            else:
                blocks.append(("raw", [""], ""))
                blocks.append(("own", [("a", x) for x in lines]))
                blocks.append(("raw", [""], ""))
        tail = [("t", x) for x in n.get("closing", [])]
        if not n.get("sig_top", False):
            tail_sig = own_items({**n, "text": []}, reader)
            if tail and tail_sig:
                tail.append(("t", ""))
            tail += tail_sig
        if tail:
            blocks.append(("own", tail))
        return assemble(blocks, linkstyle, htmlstyle, qstyle, plain=plain, label_from_html=not plain)
    if n.get("bottom"):
        blocks.append(("raw", a_lines, attr_html(kind, a)))
        if n.get("trim"):
            blocks.append(("ql", trimmed(src, n["trim"]), qstyle))
        else:
            blocks.append(("q", Body(None, src, pv.body.flat, pv.body.html, [], False), qstyle))
        blocks.append(("raw", [""], "<div><br></div>\n"))
        blocks.append(("own", items))
        return assemble(blocks, linkstyle, htmlstyle, qstyle, plain=plain, label_from_html=not plain)
    # top-posting
    if items:
        blocks.append(("own", items))
    if kind == "proton":
        sep = ["", "------- Original Message -------", *a_lines, ""]
        sh = '<div class="protonmail_quote">------- Original Message -------<br>' + esc(a) + "<br><br></div>\n"
        blocks.append(("raw", sep, sh))
        blocks.append(("q", Body(None, src, pv.body.flat, pv.body.html, [], False), qstyle))
    elif kind == "yahoo":
        sep = ["", "", *a_lines, "", ""]
        blocks.append(("raw", sep, f'<div id="yahoo_quoted" class="yahoo_quoted"><div>{esc(a)}</div><div><br></div>\n'))
        blocks.append(("q", pv.body, "flat"))
        blocks.append(("raw", [], "</div>\n"))
    elif quote_attr:
        q = gtq([a, "", *src], qstyle)
        blocks.append(("raw", [""], "<div><br></div>\n"))
        o, c = BLOCKQUOTE[qstyle]
        blocks.append(
            ("raw", q, f'<div dir="ltr"><br>{o}{esc(a)}<br><br>{c}</div>{o}<div dir="ltr">{pv.body.html}</div>{c}\n')
        )
        b = assemble(blocks, linkstyle, htmlstyle, qstyle, plain=plain)
        # the flat view of such a message has the history unmarked
        b.flat = [*b.flat[: len(b.flat) - len(q)], a, "", *pv.body.flat]
        return b
    else:
        blocks.append(("raw", ["", *a_lines, ""] if kind == "apple" else ["", *a_lines], attr_html(kind, a)))
        blocks.append(("q", Body(None, src, pv.body.flat, pv.body.html, [], False), qstyle))
    return assemble(blocks, linkstyle, htmlstyle, qstyle, plain=plain, label_from_html=not plain)


def r_fwd(n, pv, reader, kind, items, linkstyle, htmlstyle, plain):
    loc = loc_of(n)
    d = L.at(pv.when, n["frm"].off)
    blocks = [("own", items)] if items else []
    if kind == "gmail":
        rows = [
            ("From", f"{pv.frm.shown} <{pv.frm.email}>"),
            ("Date", L.gmail_fwd_date(d, loc)),
            ("Subject", pv.subject),
            ("To", ", ".join(f"{p.shown} <{p.email}>" for p in pv.to)),
        ]
        if pv.cc:
            rows.append(("Cc", ", ".join(f"{p.shown} <{p.email}>" for p in pv.cc)))
        sp = ["", "---------- Forwarded message ---------", *[f"{k}: {v}" for k, v in rows], "", ""]
        sh = (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            + "".join(f"{k}: {esc(v)}<br>" for k, v in rows)
            + "</div><br><br>\n"
        )
        blocks.append(("raw", sp, sh))
        blocks.append(("q", pv.body, "flat"))
        blocks.append(("raw", [], "</div>\n"))
    else:  # Apple Mail
        rows = [
            ("From", f"{pv.frm.shown} <{pv.frm.email}>"),
            ("Subject", pv.subject),
            ("Date", L.apple_fwd_date(d, loc)),
            ("To", ", ".join(f"{p.shown} <{p.email}>" for p in pv.to)),
        ]
        head = "Anfang der weitergeleiteten Nachricht:" if loc.startswith("de") else "Begin forwarded message:"
        sp = ["", head, "", *[f"{k}: {v}" for k, v in rows], ""]
        sh = (
            f'<div><br><blockquote type="cite"><div>{head}</div><br class="Apple-interchange-newline">'
            + "".join(f"<div><b>{k}: </b>{esc(v)}<br></div>" for k, v in rows)
            + "<br>"
        )
        blocks.append(("raw", sp, sh))
        blocks.append(("q", pv.body, "flat"))
        blocks.append(("raw", [], "</blockquote></div>\n"))
    return assemble(blocks, linkstyle, htmlstyle, "flat", plain=plain)


def r_gmail(ctx, n, pv, reader):
    return r_gt(ctx, n, pv, reader, "gmail", "gmail", "gmail", "space", plain=not n.get("html_only"))


def r_apple(ctx, n, pv, reader):
    style = "ios" if n["client"] == "ios_mail" else "div"
    return r_gt(ctx, n, pv, reader, "apple", "apple", style, "space")


def r_thunderbird(ctx, n, pv, reader):
    return r_gt(ctx, n, pv, reader, "tb", "tb", "div", "space")


def r_superhuman(ctx, n, pv, reader):
    b = r_gt(ctx, n, pv, reader, "superhuman", "gmail", "gmail", "space")
    return b


def r_yahoo(ctx, n, pv, reader):
    return r_gt(ctx, n, pv, reader, "yahoo", "flat", "div", "space")


def r_proton(ctx, n, pv, reader):
    return r_gt(ctx, n, pv, reader, "proton", "proton", "div", "space")


# --------------------------------------------------------------------------
# help desks: the agent's comment inside a template
# --------------------------------------------------------------------------
def r_servicenow(ctx, n, pv, reader):
    t = n["ticket"]
    d = L.dt(n["date"], n["frm"].off, 0) - timedelta(minutes=2, seconds=-(seed(n["key"]) % 50))
    pre = [
        t["greeting"],
        "",
        t["intro"],
        "",
        f"{L.servicenow_stamp(d)} - {n['agent']} ({t['field']})",
    ]
    post = [
        "",
        t["link_text"],
        "",
        *t["closing"],
        "",
        "",
        t["ref"],
    ]
    items = [("t", x) for x in n["text"]]
    hpre = (
        '<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f'<img src="https://{t["instance"]}.service-now.com/logo.png" alt="{esc(t["brand"])}"><br>\n'
        + "".join(f"<p>{esc(x)}</p>\n" for x in pre[:3] if x)
        + f'<p style="color:#5f6b7a"><b>{esc(pre[4])}</b></p>\n<div style="border-left:3px solid #2b6cb0;padding-left:8px">\n'
    )
    hpost = (
        "</div>\n"
        + f'<p><a href="https://{t["instance"]}.service-now.com/nav_to.do?uri=incident.do">{esc(t["link_text"])}</a></p>\n'
        + "".join(f"<p>{esc(x)}</p>\n" for x in t["closing"])
        + f'<p style="color:#ffffff;font-size:1pt">{esc(t["ref"])}</p>\n</div>\n'
    )
    blocks = [("raw", pre, hpre), ("own", items), ("raw", post, hpost)]
    return assemble(
        blocks, "none", "div", "flat", plain=not n.get("html_only", True), label_from_html=n.get("html_only", True)
    )


def r_jira(ctx, n, pv, reader):
    t = n["ticket"]
    pre = ["—-—-—-—", "", "Reply above this line.", "", f"{n['agent']} commented:", ""]
    post = [
        "",
        "View request · Turn off this request's notifications",
        "",
        f"This is shared with {t['shared']}.",
        "",
        f"{t['desk']}, powered by Jira Service Management",
    ]
    items = [("t", x) for x in n["text"]]
    hpre = (
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,BlinkMacSystemFont,'
        '&quot;Segoe UI&quot;,Roboto,sans-serif;font-size:14px;color:#172B4D"><tr><td>\n'
        '<div style="color:#97A0AF">—-—-—-—</div>\n<div style="color:#97A0AF">Reply above this line.</div>\n'
        f"<div><br></div>\n<div><b>{esc(n['agent'])}</b> commented:</div>\n<div><br></div>\n"
    )
    hpost = (
        "<div><br></div>\n"
        f'<div><a href="https://{t["site"]}.atlassian.net/servicedesk/customer/portal/3/{t["key"]}">View request</a> · '
        f'<a href="https://{t["site"]}.atlassian.net/servicedesk/customer/portal/3/{t["key"]}/unsubscribe">Turn off this '
        "request's notifications</a></div>\n"
        f'<div style="color:#97A0AF">This is shared with {esc(t["shared"])}.</div>\n'
        f'<div style="color:#97A0AF">{esc(t["desk"])}, powered by <a href="https://www.atlassian.com/software/jira/service-management">'
        "Jira Service Management</a></div>\n</td></tr></table>\n"
    )
    blocks = [("raw", pre, hpre), ("own", items), ("raw", post, hpost)]
    return assemble(blocks, "space", "div", "flat")


def r_salesforce(ctx, n, pv, reader):
    items = own_items(n, reader)
    loc = loc_of(n)
    d = L.at(pv.when, n["frm"].off)
    blocks = [("own", items)]
    ref = n["ref"]
    blocks.append(("raw", ["", ref], f'<div style="color:#ffffff">{esc(ref)}</div>\n'))
    rows = [
        ("From", f"{pv.frm.shown} [{pv.frm.email}]"),
        ("Sent", f"{d.day:02d}/{d.month:02d}/{d.year} {L.hm(d)}"),
        ("To", ", ".join(p.email for p in pv.to)),
        ("Subject", pv.subject),
    ]
    sp = ["--------------- Original Message ---------------", *[f"{k}: {v}" for k, v in rows], ""]
    sh = (
        "<div>--------------- Original Message ---------------<br>"
        + "".join(f"<b>{k}:</b> {esc(v)}<br>" for k, v in rows)
        + "<br></div>\n"
    )
    blocks.append(("raw", sp, sh))
    blocks.append(("q", pv.body, "flat"))
    _ = loc
    return assemble(blocks, "space", "div", "flat")


RENDER = {
    "outlook": r_outlook,
    "outlook_plain": r_outlook_plain,
    "outlook_mac": r_outlook_mac,
    "owa": r_owa,
    "new_outlook": r_owa,
    "outlook_mobile": r_outlook_mobile,
    "blackberry": r_blackberry,
    "samsung": r_samsung,
    "lotus": r_lotus,
    "gmx": r_gmx,
    "gmail": r_gmail,
    "gmail_mobile": r_gmail,
    "apple_mail": r_apple,
    "ios_mail": r_apple,
    "thunderbird": r_thunderbird,
    "superhuman": r_superhuman,
    "yahoo": r_yahoo,
    "proton": r_proton,
    "servicenow": r_servicenow,
    "jira": r_jira,
    "salesforce": r_salesforce,
}

# reply / forward subject prefixes
RE_PREFIX = {
    ("outlook", "en"): "RE: ",
    ("outlook", "de"): "AW: ",
    ("outlook", "nl"): "RE: ",
    ("outlook_plain", "en"): "RE: ",
    ("outlook_plain", "de"): "AW: ",
    ("owa", "en"): "RE: ",
    ("owa", "de"): "AW: ",
    ("owa", "nl"): "RE: ",
    ("new_outlook", "en"): "RE: ",
    ("new_outlook", "de"): "AW: ",
    ("outlook_mobile", "en"): "Re: ",
    ("outlook_mobile", "de"): "AW: ",
    ("outlook_mac", "de"): "AW: ",
    ("outlook_mac", "en"): "Re: ",
    ("blackberry", "en"): "RE: ",
    ("samsung", "en"): "RE: ",
    ("lotus", "en"): "Re: ",
    ("lotus", "de"): "Antwort: ",
    ("gmx", "de"): "Aw: ",
    ("salesforce", "en"): "RE: ",
    ("servicenow", "en"): "RE: ",
}
FW_PREFIX = {
    ("outlook", "en"): "FW: ",
    ("outlook", "de"): "WG: ",
    ("outlook", "nl"): "FW: ",
    ("owa", "en"): "FW: ",
    ("lotus", "de"): "WG: ",
}
LEADING_RE = re.compile(r"^(?:RE|Re|re|AW|Aw|Antwort|Réf)\s?:\s*")


def reply_subject(seen_subject, client, loc, fwd=False):
    lang = loc[:2]
    if fwd:
        return FW_PREFIX.get((client, lang), "Fwd: ") + seen_subject
    pre = RE_PREFIX.get((client, lang), "Re: ")
    return pre + LEADING_RE.sub("", seen_subject, count=1)


# --------------------------------------------------------------------------
# the context: nodes of every thread, rendered on demand
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, nodes):
        self.nodes = {}
        self.cache = {}
        for n in nodes:
            self.add(n)

    def add(self, n):
        if n["key"] in self.nodes:
            raise SystemExit(f"duplicate node {n['key']}")
        self.nodes[n["key"]] = n
        n.setdefault("cc", [])

    def node(self, key):
        return self.nodes[key]

    def mid(self, key, reader=None):
        from mime16 import message_id

        n = self.node(key)
        if n.get("merge") and reader is not None:
            return message_id({**n, "key": f"{key}/{reader.email}"})
        return message_id(n)

    def when(self, n):
        return L.dt(n["date"], n["frm"].off, seed(n["key"]) % 60)

    def to_of(self, n, reader=None):
        if n.get("merge"):
            return [reader]
        if "to" in n:
            return n["to"]
        return [self.node(n["parent"])["frm"]]

    def subject(self, key):
        n = self.node(key)
        if "subject" not in n:
            par = self.node(n["parent"])
            seen = self.seen_subject(par["key"], n["frm"])
            n["subject"] = reply_subject(seen, n["client"], loc_of(n), n.get("fwd", False))
        return n["subject"]

    def banner_applies(self, n, viewer):
        o = viewer.org
        if o is None or not o.banner or n["frm"].org is o:
            return False
        return not (o.banner_from and n["date"][:10] < o.banner_from)

    def seen_subject(self, key, viewer):
        n = self.node(key)
        s = self.subject(key)
        if self.banner_applies(n, viewer) and viewer.org.banner_tag and viewer.org.banner_tag not in s:
            s = viewer.org.banner_tag + " " + s
        return s

    def seen(self, key, viewer):
        n = self.node(key)
        body = self.body(key, viewer if n.get("merge") else None)
        if self.banner_applies(n, viewer):
            ban = viewer.org.banner
            bh = (
                '<table border="0" cellspacing="0" cellpadding="6" width="100%" style="background:#FFF4CE">'
                f'<tr><td><span style="font-size:9pt;color:#3D3D3D">{"<br>".join(esc(x) for x in ban)}</span></td></tr>'
                "</table>\n"
            )
            body = Body(body.plain, [*ban, "", *body.gt], [*ban, "", *body.flat], bh + body.html, body.label, body.top)
        if n.get("list_footer"):
            lf = ["", *n["list_footer"]]
            body = Body(
                body.plain,
                [*body.gt, *lf],
                [*body.flat, *lf],
                body.html
                + '<div style="font-size:small">'
                + "<br>".join(esc(x) for x in n["list_footer"])
                + "</div>\n",
                body.label,
                body.top,
            )
        return Seen(n, body, self.seen_subject(key, viewer), self.to_of(n, viewer), n.get("cc", []), self.when(n))

    def body(self, key, reader=None):
        n = self.node(key)
        ck = (key, reader.email if (n.get("merge") and reader) else None)
        if ck in self.cache:
            return self.cache[ck]
        pv = None
        if n.get("parent") and not n.get("no_quote"):
            pv = self.seen(n["parent"], n["frm"])
        b = RENDER[n["client"]](self, n, pv, reader)
        foot = n["frm"].org.footer if n["frm"].org else None
        if foot and not n.get("no_footer"):
            fl = ["", *foot]
            b = Body(
                None if b.plain is None else [*b.plain, *fl],
                [*b.gt, *fl],
                [*b.flat, *fl],
                b.html + '<p style="font-size:7.5pt;color:#808080">' + "<br>".join(esc(x) for x in foot) + "</p>\n",
                b.label,
                b.top,
            )
        self.cache[ck] = b
        return b


def is_firm(p):
    return domain(p.email) == FIRM_DOMAIN
