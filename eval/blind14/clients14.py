"""Client layouts for blind14: how each mail program writes its own text, its signature, the attribution or
header block above the history, how it quotes (">" prefixes, blockquotes, or nothing), and the MIME it sends.

A rendered message keeps two views of its body:
* doc: the logical text lines with their blockquote depth, from which each client derives its text/plain
  ("> " prefixes for Gmail, Apple, Thunderbird...; no prefixes for Outlook, Yahoo, Samsung...);
* html: the body fragment that the next client wraps into its own quote.
"""

import base64
import html as H
import re
import struct
import zlib
from datetime import timedelta

import loc14 as LC
from mime12 import (
    Part,
    addr,
    addrlist,
    ew,
    ew_subject,
    flow,
    hexid,
    lowhex,
    message,
    multipart,
    rfcdate,
    rng,
    text_part,
    thread_index,
    wrap,
)

E = H.escape


# =====================================================================================================
# people
# =====================================================================================================
class Person:
    def __init__(self, key, name, email, loc, tz, sig=(), org="", sig_sep=False, disclaimer=(), zone="GMT", mx=None):
        self.key = key
        self.name = name
        self.email = email
        self.loc = loc  # UI locale of the person's mail program (header labels, date formats)
        self.tz = tz  # hours from UTC at the time of the threads (January-February)
        self.sig = list(sig)  # signature lines in the mini markup below
        self.org = org
        self.sig_sep = sig_sep
        self.disclaimer = list(disclaimer)  # a notice the sender's program puts directly under the signature
        self.zone = zone  # zone abbreviation printed by Yahoo/JS dates
        self.domain = email.split("@")[1]
        self.mx = mx or ("mail." + self.domain)

    @property
    def first(self):
        return self.name.split()[0]


# Signature mini markup: {a:text|href} link, {img:file|alt} inline image, {b:text} bold, {c:#hex|text} colour.
TOK = re.compile(r"\{(a|img|b|c):([^{}|]*)(?:\|([^{}]*))?\}")


def cid_of(file, key):
    r = rng("cid", file, key)
    return f"{file}@01DB{hexid(r, 4)}.{hexid(r, 8)}"


def seg_plain(line, style, key=""):
    def rep(m):
        t, a, b = m.group(1), m.group(2), m.group(3)
        if t == "a":
            if style == "outlook":
                return f"{a}<{b}>"
            if style == "gmail":
                if b.startswith("mailto:") and b[7:] == a:
                    return a
                return b if a == b else f"{a} <{b}>"
            return a
        if t == "img":
            if style == "outlook":
                return f"[cid:{cid_of(a, key)}]"
            if style == "gmail":
                return f"[image: {b}]"
            return ""
        if t == "b":
            return a
        if t == "c":
            return b
        return m.group(0)

    return TOK.sub(rep, line)


def seg_html(line, key=""):
    out = []
    pos = 0
    for m in TOK.finditer(line):
        out.append(E(line[pos : m.start()], quote=False))
        t, a, b = m.group(1), m.group(2), m.group(3)
        if t == "a":
            out.append(f'<a href="{E(b)}">{E(a, quote=False)}</a>')
        elif t == "img":
            out.append(f'<img width="120" height="36" src="cid:{cid_of(a, key)}" alt="{E(b)}">')
        elif t == "b":
            out.append(f"<b>{E(a, quote=False)}</b>")
        elif t == "c":
            out.append(f'<span style="color:{a}">{E(b, quote=False)}</span>')
        pos = m.end()
    out.append(E(line[pos:], quote=False))
    return "".join(out)


def images_in(lines):
    out = []
    for ln in lines:
        for m in TOK.finditer(ln):
            if m.group(1) == "img" and m.group(2) not in out:
                out.append(m.group(2))
    return out


# =====================================================================================================
# messages
# =====================================================================================================
class Msg:
    """One message: a thread item or a reply under test."""

    def __init__(self, who, to, dt, client, lines, cc=(), subject=None, **kw):
        self.who = who
        self.to = list(to)
        self.cc = list(cc)
        self.dt = dt
        self.client = client
        self.lines = list(lines)
        self.subject = subject
        self.kw = kw
        self.mid = None
        self.refs = []

    def get(self, k, d=None):
        return self.kw.get(k, d)


class Out:
    def __init__(self, doc, html, own, top=True, mode="text"):
        self.doc = doc
        self.html = html
        self.own = own
        self.top = top
        self.mode = mode


# =====================================================================================================
# client tables
# =====================================================================================================
PREFIX_CLIENTS = {
    "gmail",
    "gmail_mobile",
    "apple_mail",
    "ios_mail",
    "thunderbird",
    "proton",
    "zoho",
    "roundcube",
    "front",
    "superhuman",
    "crm_js",
    "crm_iso",
    "zimbra",
}
FLAT_CLIENTS = {
    "outlook_365",
    "outlook_classic",
    "outlook_mac",
    "new_outlook",
    "owa",
    "samsung_email",
    "yahoo",
    "groupwise",
    "blackberry",
    "crm_salesforce",
    "freshdesk",
}
HTML_ONLY = {"new_outlook", "owa"}
PLAIN_ONLY = {"outlook_classic", "groupwise_plain"}
OUTLOOKISH = {"outlook_365", "outlook_classic", "outlook_mac", "new_outlook", "owa", "blackberry"}

DEVICE = {
    "ios_mail": {
        "en": "Sent from my iPhone",
        "fr": "Envoyé de mon iPhone",
        "pt": "Enviado do meu iPhone",
        "pl": "Wysłane z iPhone’a",
        "sv": "Skickat från min iPhone",
    },
    "samsung_email": {
        "en": "Sent from my Galaxy",
        "fr": "Envoyé depuis mon Galaxy",
        "pt": "Enviado do meu Galaxy",
        "pl": "Wysłane z mojego Galaxy",
        "sv": "Skickat från min Galaxy",
    },
}


def display_list(people, style):
    if style == "outlook":
        return "; ".join(f"{p.name} <{p.email}>" for p in people)
    if style == "outlook_old":
        return "; ".join(p.name for p in people)
    if style == "zimbra":
        return ", ".join(f'"{p.name}" <{p.email}>' for p in people)
    return ", ".join(f"{p.name} <{p.email}>" for p in people)


def local(dt, person):
    return LC.to_zone(dt, person.tz)


# =====================================================================================================
# own text
# =====================================================================================================
def sig_style(client):
    if client in OUTLOOKISH or client in ("crm_salesforce",):
        return "outlook"
    if client in ("gmail", "gmail_mobile", "superhuman", "front"):
        return "gmail"
    return "plain"


def own_block(m, lang):
    """The sender's own lines as (kind, markup) rows, split into the head (above the history, or the whole text)
    and the tail (text under inline answers: closing and signature). Returns (head_rows, tail_rows)."""
    c = m.client
    who = m.who
    head = [("text", ln) for ln in m.lines]
    tail = [("text", ln) for ln in m.get("tail", [])]
    rows = tail if m.get("tail") else head
    sig = m.get("sig", True)
    sig_lines = m.get("sig_lines", who.sig if sig else [])
    if sig and sig_lines:
        sep = m.get("sig_sep", who.sig_sep)
        if rows and rows[-1][1] != "":
            rows.append(("text", ""))
        if sep:
            rows.append(("sigsep", "-- "))
        for ln in sig_lines:
            rows.append(("sig", ln))
    if m.get("disclaimer", bool(who.disclaimer)) and who.disclaimer:
        rows.append(("text", ""))
        for ln in who.disclaimer:
            rows.append(("disc", ln))
    dev = m.get("device")
    if dev is None and c in DEVICE:
        dev = DEVICE[c][lang]
    if dev:
        rows.append(("text", ""))
        rows.append(("device", dev))
    return head, tail


def rows_plain(rows, m):
    style = sig_style(m.client)
    return [(k, seg_plain(ln, style, m.who.key) if k in ("sig", "disc", "device") else ln) for k, ln in rows]


def own_html(rows, m, style):
    key = m.who.key
    gmailish = m.client in ("gmail", "gmail_mobile", "superhuman")
    closer = {"gmail": "</div></div>", "owa": "</div>\r\n"}
    out = []
    in_sig = False
    opened = None
    for kind, ln in rows:
        if kind in ("sig", "sigsep"):
            if not in_sig:
                in_sig = True
                if gmailish:
                    out.append('<div><br clear="all"></div>')
                elif style == "owa":
                    out.append('<div id="Signature">')
                    opened = "owa"
            if kind == "sigsep" and gmailish:
                out.append('<span class="gmail_signature_prefix">-- </span><br>')
                out.append('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">')
                opened = "gmail"
                continue
        elif in_sig:
            in_sig = False
            if opened:
                out.append(closer[opened])
                opened = None
        h = seg_html(ln, key) if kind in ("sig", "disc", "device") else E(ln, quote=False)
        if kind == "disc":
            h = f'<span style="font-size:7.5pt;color:gray">{h}</span>'
        if kind == "sig" and style == "outlook":
            h = f'<span style="font-size:9.0pt;color:#404040">{h}</span>'
        out.append(para(h, style, empty=(ln.strip() == "")))
    if opened:
        out.append(closer[opened])
    return "".join(out)


def para(h, style, empty=False):
    if style == "outlook":
        return (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n'
            if empty
            else f'<p class="MsoNormal">{h}<o:p></o:p></p>\r\n'
        )
    if style == "owa":
        return (
            '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + ("<br>" if empty else h)
            + "</div>\r\n"
        )
    if style == "yahoo":
        return '<div dir="ltr" data-setdir="false">' + ("<br>" if empty else h) + "</div>"
    if style == "tb":
        return ("<br>" if empty else h + "<br>") + "\r\n"
    if style == "roundcube":
        return "<p><br></p>\r\n" if empty else f"<p>{h}</p>\r\n"
    if style in ("samsung", "ios"):
        return f'<div dir="{"auto" if style == "samsung" else "ltr"}">' + ("<br>" if empty else h) + "</div>"
    return "<div>" + ("<br>" if empty else h) + "</div>"


HTML_STYLE = {
    "outlook_365": "outlook",
    "outlook_mac": "outlook",
    "outlook_classic": "outlook",
    "blackberry": "div",
    "new_outlook": "owa",
    "owa": "owa",
    "yahoo": "yahoo",
    "thunderbird": "tb",
    "roundcube": "roundcube",
    "samsung_email": "samsung",
    "ios_mail": "ios",
}


# =====================================================================================================
# history: header blocks and attributions
# =====================================================================================================
def header_lines(c, prev, viewer, fwd=False):
    """(plain lines, html) of the block that introduces the quoted/forwarded message."""
    pm = prev.msg
    lg = LC.lang_of(viewer.loc)
    dt = local(pm.dt, viewer)
    subj = getattr(prev, "shown_subject", None) or pm.subject
    if c == "blackberry":
        lrm = "\u200e"
        rows = [("From:", pm.who.name), ("Sent:", LC.bb_sent(dt)), ("To:", "; ".join(p.name for p in pm.to))]
        if pm.cc:
            rows.append(("Cc:", "; ".join(p.name for p in pm.cc)))
        rows.append(("Reply To:", pm.who.email))
        rows.append(("Subject:", subj))
        plain = [f"{lrm}{k} {v}" for k, v in rows]
        html = (
            '<table width="100%" style="background-color:white;border-spacing:0px;"><tbody><tr><td colspan="2" '
            'style="font-size: initial; text-align: initial; background-color: rgb(255, 255, 255);"><div '
            'style="border-style: solid none none; border-top-color: rgb(181, 196, 223); border-top-width: 1pt; '
            "padding: 3pt 0in 0in; font-family: Tahoma, 'BB Alpha Sans', 'Slate Pro'; font-size: 10pt;\">"
            + "".join(f"<div>{lrm}<b>{E(k)} </b>{E(v)}</div>" for k, v in rows)
            + "</div></td></tr></tbody></table><br>"
        )
        return plain, html
    if c in ("outlook_365", "new_outlook", "owa", "outlook_classic"):
        labs = LC.OUTLOOK_LABELS[lg]
        if c in ("new_outlook", "owa") and lg == "en":
            sent = (
                f"{LC.DAYS['en'][dt.weekday()]}, {LC.MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} {LC.h12(dt)}"
                if viewer.loc in ("en-US", "en-CA")
                else f"{LC.DAYS['en'][dt.weekday()]}, {dt.day} {LC.MONTHS['en'][dt.month - 1]} {dt.year} {LC.hm(dt)}"
            )
        else:
            sent = LC.outlook_sent(dt, viewer.loc)
        frm = f"{pm.who.name} <{pm.who.email}>"
        dstyle = "outlook"
        if c == "outlook_classic":  # Outlook 2010-2013 in plain-text mode
            frm = f"{pm.who.name} [mailto:{pm.who.email}] "
            dstyle = "outlook_old"
        rows = [(labs[0], frm), (labs[1], sent), (labs[2], display_list(pm.to, dstyle))]
        if pm.cc:
            rows.append((labs[3], display_list(pm.cc, dstyle)))
        rows.append((labs[4], subj))
        plain = [f"{k} {v}" for k, v in rows]
        if c == "outlook_classic":
            plain = ["-----Original Message-----", *plain]
        if c in ("new_outlook", "owa"):
            inner = "<br>".join(f"<b>{E(k)}</b> {E(v)}" for k, v in rows)
            html = (
                '<div id="appendonsend"></div>\r\n<hr style="display:inline-block;width:98%" tabindex="-1">\r\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{inner}</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n'
            )
        else:
            inner = "<br>\r\n".join(f"<b>{E(k)}</b> {E(v)}" for k, v in rows)
            html = (
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n<div>\r\n<div style="border:none;border-top:solid '
                f'#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\r\n<p class="MsoNormal">{inner}<o:p></o:p></p>\r\n'
                '</div>\r\n</div>\r\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n'
            )
        return plain, html
    if c == "outlook_mac":
        labs = LC.MAC_LABELS[lg]
        rows = [
            (labs[0], f"{pm.who.name} <{pm.who.email}>"),
            (labs[1], LC.mac_date(dt, viewer.loc)),
            (labs[2], display_list(pm.to, "outlook")),
        ]
        if pm.cc:
            rows.append((labs[3], display_list(pm.cc, "outlook")))
        rows.append((labs[4], subj))
        plain = [f"{k} {v}" for k, v in rows]
        inner = "<br>\r\n".join(f"<b>{E(k)} </b>{E(v)}" for k, v in rows)
        html = (
            '<div id="mail-editor-reference-message-container"><div>\r\n<div style="border:none;border-top:solid '
            '#B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\r\n<p class="MsoNormal" style="margin-bottom:12.0pt">'
            f'<span style="font-size:12.0pt;color:black">{inner}<o:p></o:p></span></p>\r\n</div>\r\n'
        )
        return plain, html
    if c == "samsung_email":
        labs = ("From:", "Date:", "To:", "Cc:", "Subject:")
        rows = [
            (labs[0], f"{pm.who.name} <{pm.who.email}> "),
            (labs[1], LC.samsung_date(dt) + " "),
            (labs[2], display_list(pm.to, "plain") + " "),
        ]
        if pm.cc:
            rows.append((labs[3], display_list(pm.cc, "plain") + " "))
        rows.append((labs[4], subj + " "))
        plain = ["-------- Original message --------"] + [f"{k} {v}" for k, v in rows]
        html = (
            '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
            "<div>-------- Original message --------</div>"
            + "".join(f"<div>{E(k)} {E(v)}</div>" for k, v in rows)
            + "<div><br></div></div>"
        )
        return plain, html
    if c == "zimbra":
        fr = lg == "fr"
        rows = [
            ("De:" if fr else "From:", f'"{pm.who.name}" <{pm.who.email}>'),
            ("À:" if fr else "To:", display_list(pm.to, "zimbra")),
        ]
        if pm.cc:
            rows.append(("Cc:", display_list(pm.cc, "zimbra")))
        rows.append(("Envoyé:" if fr else "Sent:", LC.zimbra_sent(dt, viewer.loc)))
        rows.append(("Objet:" if fr else "Subject:", subj))
        sep = "----- Mail original -----" if fr else "----- Original Message -----"
        plain = [sep] + [f"{k} {v}" for k, v in rows]
        html = (
            '<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
            + "".join(f"<b>{E(k)} </b>{E(v)}<br>" for k, v in rows)
            + "</div><br>"
        )
        return plain, html
    if c in ("groupwise", "groupwise_plain"):
        line = f">>> {pm.who.name} <{pm.who.email}> {LC.groupwise_stamp(dt)} >>>"
        return [line], f"<div>{E(line)}</div>"
    if c == "crm_salesforce":
        rows = [
            ("From:", f"{pm.who.name} [{pm.who.email}]"),
            ("Sent:", f"{dt.month}/{dt.day}/{dt.year} {LC.h12(dt)}"),
            ("To:", ", ".join(p.email for p in pm.to)),
        ]
        if pm.cc:
            rows.append(("Cc:", ", ".join(p.email for p in pm.cc)))
        rows.append(("Subject:", subj))
        plain = ["--------------- Original Message ---------------"] + [f"{k} {v}" for k, v in rows]
        html = (
            "<div>--------------- Original Message ---------------<br>"
            + "<br>".join(f"<b>{E(k)}</b> {E(v)}" for k, v in rows)
            + "</div><br>"
        )
        return plain, html
    raise ValueError(c)


def attribution(c, prev, viewer):
    pm = prev.msg
    dt = local(pm.dt, viewer)
    n, e = pm.who.name, pm.who.email
    if c in ("gmail", "gmail_mobile"):
        return LC.gmail_attr(dt, viewer.loc, n, e)
    if c in ("apple_mail", "ios_mail"):
        return LC.apple_attr(dt, viewer.loc, n, e)
    if c == "thunderbird":
        return LC.tb_attr(dt, viewer.loc, n)
    if c == "roundcube":
        return LC.roundcube_attr(dt, viewer.loc, n)
    if c == "yahoo":
        return LC.yahoo_attr(dt, viewer.loc, n, e, viewer.zone)
    if c == "proton":
        return LC.proton_attr(dt, n, e)
    if c == "zoho":
        return LC.zoho_attr(dt, n, e)
    if c in ("front", "superhuman"):
        return LC.us_attr(local(pm.dt, viewer), f'"{n}"' if c == "front" else n, e)
    if c == "crm_js":
        return f"On {LC.js_date(dt, viewer.zone)}, {n} <{e}> wrote:"
    if c == "crm_iso":
        u = pm.dt.astimezone(LC.to_zone(pm.dt, 0).tzinfo)
        return f"On {u.year}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}.000Z, {e} wrote:"
    if c == "freshdesk":
        return LC.freshdesk_attr(dt, n, e)
    raise ValueError(c)


def gmail_wrap(s, width=78):
    if len(s) <= width:
        return [s]
    import textwrap

    return textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)


# =====================================================================================================
# doc helpers
# =====================================================================================================
def shift(doc, d=1):
    return [(x + d, ln) for x, ln in doc]


def doc_plain(doc, style):
    out = []
    for d, ln in doc:
        if style == "prefix" and d:
            out.append(">" * d + (" " + ln if ln else ""))
        elif style == "yahoo" and d:
            out.append(" " + ln)
        else:
            out.append(ln)
    return out


def doc_html(doc):
    """Simple HTML for a doc fragment (used for segments of inline replies)."""
    out = []
    cur = 0
    for d, ln in doc:
        while cur < d:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            cur += 1
        while cur > d:
            out.append("</blockquote>")
            cur -= 1
        out.append(f"<div>{E(ln, quote=False) if ln else '<br>'}</div>")
    while cur > 0:
        out.append("</blockquote>")
        cur -= 1
    return "".join(out)


# =====================================================================================================
# render
# =====================================================================================================
def quote_html(c, attr, prev_html, pm, viewer):
    a = E(attr, quote=False)
    if c in ("gmail", "gmail_mobile", "superhuman"):
        return (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + a
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + prev_html + "</blockquote></div>\r\n"
        )
    if c == "apple_mail":
        return (
            '<div><br><blockquote type="cite"><div>'
            + a
            + '</div><br class="Apple-interchange-newline"><div>'
            + prev_html
            + "</div></blockquote></div><br>"
        )
    if c == "ios_mail":
        return (
            '<div dir="ltr"><br><blockquote type="cite">' + a + '<br><br></blockquote></div><blockquote type="cite">'
            '<div dir="ltr">\ufeff' + prev_html + "</div></blockquote>"
        )
    if c == "thunderbird":
        return (
            f'<div class="moz-cite-prefix">{a}<br>\r\n</div>\r\n<blockquote type="cite" cite="mid:{E(pm.mid[1:-1])}">'
            + prev_html
            + "</blockquote>\r\n"
        )
    if c == "roundcube":
        return (
            f'<p id="reply-intro">{a}</p>\r\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff'
            ' 2px solid; margin: 0">' + prev_html + "</blockquote>\r\n"
        )
    if c == "yahoo":
        return (
            '<div id="ydp9c1e2f3ayahoo_quoted_2214" class="ydp9c1e2f3ayahoo_quoted"><div style="font-family:'
            "'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>"
            + a
            + "</div><div><br></div><div><br></div>"
            + prev_html
            + "</div></div>"
        )
    if c == "proton":
        return (
            '<div class="protonmail_quote">'
            + a
            + '<br><blockquote class="protonmail_quote" type="cite">'
            + prev_html
            + "</blockquote><br></div>"
        )
    if c == "zoho":
        return (
            '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top:'
            ' 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" '
            'data-zmail-collapsed="false"><div><br></div><div id="Zm-_Id_-Sgn1">' + a + "<br></div><blockquote "
            'style="margin: 0px;">' + prev_html + "</blockquote></div>"
        )
    if c == "front":
        return (
            '<div class="front-blockquote"><div>' + a + '</div><blockquote type="cite" style="margin:0 0 0 .8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">' + prev_html + "</blockquote></div>"
        )
    if c in ("crm_js", "crm_iso"):
        return (
            '<div class="crm-quote"><p>' + a + '</p><blockquote style="border-left:2px solid #cccccc;'
            'padding-left:8px;margin-left:0">' + prev_html + "</blockquote></div>"
        )
    if c == "freshdesk":
        return (
            '<div class="freshdesk_quote"><blockquote class="freshdesk_quote" style="margin:0 0 0 .8ex;'
            'border-left:1px solid #ccc;padding-left:1ex">' + a + "<br>" + prev_html + "</blockquote></div>"
        )
    raise ValueError(c)


def clone(prev, doc, html):
    o = Out(doc, html, prev.own, prev.top, prev.mode)
    o.msg = prev.msg
    o.pstyle = prev.pstyle
    if hasattr(prev, "shown_subject"):
        o.shown_subject = prev.shown_subject
    return o


def render(m, prev, lang, inserted=None):
    """Render m (a Msg) answering prev (an Out with .msg, or None). Returns Out whose .own is the label."""
    c = m.client
    viewer = m.who
    head_rows, tail_rows = own_block(m, lang)
    hstyle = HTML_STYLE.get(c, "div")
    pstyle = "prefix" if c in PREFIX_CLIENTS else ("yahoo" if c == "yahoo" else "flat")
    wrapw = m.get("wrap")
    if c == "outlook_classic" and wrapw is None:
        wrapw = 76

    def lines_and_label(rows):
        pr = rows_plain(rows, m)
        if wrapw:
            pr = [(k, w) for k, p in pr for w in (wrap([p], wrapw) if p else [p])]
        return [p for _, p in pr], [p.strip() for k, p in pr if p.strip() and k != "device"]

    head_lines, head_label = lines_and_label(head_rows)
    tail_lines, tail_label = lines_and_label(tail_rows)
    head_html = own_html(head_rows, m, hstyle)
    tail_html = own_html(tail_rows, m, hstyle)
    inserts = m.get("inline")  # [(anchor, [lines])]
    answers = [a.strip() for _, ans in (inserts or []) for a in ans if a.strip()]
    top = not m.get("bottom", False)
    hist_doc, hist_html = [], ""
    if prev is not None and not m.get("nohist"):
        if m.get("hist_banner"):
            hb = m.get("hist_banner")
            prev = clone(prev, [(0, ln) for ln in hb[0]] + [(0, "")] + prev.doc, hb[1] + prev.html)
        if m.get("hist_rewrite"):
            d2, h2 = prev.doc, prev.html
            for a, b in m.get("hist_rewrite"):
                d2 = [(x, ln.replace(a, b)) for x, ln in d2]
                h2 = h2.replace(E(a, quote=False), E(b, quote=False))
            prev = clone(prev, d2, h2)
        fwd = m.get("forward", False)
        if fwd:
            hist_doc, hist_html = forward_block(c, prev, viewer, lang)
        elif c in PREFIX_CLIENTS and c != "zimbra":
            attr = m.get("attr") or attribution(c, prev, viewer)
            attr_lines = gmail_wrap(attr) if c in ("gmail", "gmail_mobile") else [attr]
            if inserts:
                hist_doc = interleave(attr_lines, prev.doc, inserts, m.get("trim_after"))
                hist_html = inline_html(c, attr, prev.doc, inserts, m.get("trim_after"))
            elif c == "ios_mail":
                hist_doc = [(1, a) for a in attr_lines] + [(1, "")] + shift(prev.doc)
                if len(hist_doc) > 2:
                    d, ln = hist_doc[2]
                    hist_doc[2] = (d, "\ufeff" + ln)
                hist_html = quote_html(c, attr, prev.html, prev.msg, viewer)
            else:
                hist_doc = [(0, a) for a in attr_lines] + [(0, "")] + shift(prev.doc)
                hist_html = quote_html(c, attr, prev.html, prev.msg, viewer)
        elif c == "yahoo":
            attr = attribution(c, prev, viewer)
            hist_doc = [(0, "    " + attr + "  "), (0, " "), (0, " "), *shift(prev.doc)]
            hist_html = quote_html(c, attr, prev.html, prev.msg, viewer)
        elif c == "freshdesk":
            attr = attribution(c, prev, viewer)
            hist_doc = [(0, attr), *prev.doc]
            hist_html = quote_html(c, attr, prev.html, prev.msg, viewer)
        else:
            hp, hh = header_lines(c, prev, viewer)
            pdoc, phtml = inserted if inserted else (prev.doc, prev.html)
            if c == "zimbra":
                hist_doc = [(0, x) for x in hp] + [(0, "")] + shift(pdoc)
                hist_html = hh + (
                    '<div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid '
                    "#1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;"
                    "font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;"
                    'font-size:12pt;">' + phtml + "</blockquote></div>"
                )
            else:
                hist_doc = [(0, x) for x in hp] + [(0, "")] + pdoc
                hist_html = hh + phtml
            if c == "outlook_mac":
                hist_html += "</div></div>"
    head = [(0, x) for x in head_lines]
    tail = [(0, x) for x in tail_lines]
    if not hist_doc:
        doc = head + tail
        html = head_html + tail_html
    elif inserts and c in PREFIX_CLIENTS:
        doc = head + ([(0, "")] if head else []) + hist_doc + ([(0, "")] if tail else []) + tail
        html = head_html + hist_html + tail_html
    elif top:
        doc = [*head, (0, ""), *hist_doc, *tail]
        html = head_html + hist_html + tail_html
    else:  # bottom-posting: the whole history, then the new text
        doc = [*hist_doc, (0, ""), *head, *tail]
        html = hist_html + head_html + tail_html
    footer = m.get("footer")
    if footer:  # the sender's gateway, after everything
        doc = doc + [(0, "")] + [(0, x) for x in footer[0]]
        html = html + footer[1]
    label = head_label + answers + tail_label
    out = Out(doc, html, label, top=top and bool(head_label), mode="html" if c in HTML_ONLY else "text")
    out.msg = m
    out.pstyle = pstyle
    return out


def interleave(attr_lines, pdoc, inserts, trim_after):
    """Quoted inline answers: attribution, then the quoted message cut after each anchor line."""
    doc = [(0, a) for a in attr_lines] + [(0, "")]
    i = 0
    n = len(pdoc)
    for anchor, answer in inserts:
        j = next(k for k in range(i, n) if pdoc[k][0] == 0 and anchor in pdoc[k][1])
        doc += shift(pdoc[i : j + 1])
        doc += [(0, "")] + [(0, x) for x in answer] + [(0, "")]
        i = j + 1
    if not trim_after:
        doc += shift(pdoc[i:])
    return doc


def inline_html(c, attr, pdoc, inserts, trim_after):
    out = [f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{E(attr, quote=False)}<br></div>']
    i = 0
    n = len(pdoc)
    for anchor, answer in inserts:
        j = next(k for k in range(i, n) if pdoc[k][0] == 0 and anchor in pdoc[k][1])
        out.append(
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + doc_html(shift(pdoc[i : j + 1], 0)) + "</blockquote>"
        )
        out.append("".join(f"<div>{E(x, quote=False) if x else '<br>'}</div>" for x in answer))
        i = j + 1
    if not trim_after and i < n:
        out.append(
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + doc_html(pdoc[i:]) + "</blockquote>"
        )
    out.append("</div>")
    return "".join(out)


def forward_block(c, prev, viewer, lang):
    pm = prev.msg
    pm_subject = getattr(prev, "shown_subject", None) or pm.subject
    dt = local(pm.dt, viewer)
    lg = LC.lang_of(viewer.loc)
    if c in ("gmail", "gmail_mobile"):
        if lg == "en":
            labs = ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:", "Cc:")
            dstr = (
                f"{LC.DAY3['en'][dt.weekday()]}, {dt.day} {LC.MON3['en'][dt.month - 1]} {dt.year} at {LC.hm(dt)}"
                if viewer.loc not in ("en-US", "en-CA")
                else f"{LC.DAY3['en'][dt.weekday()]}, {LC.MON3['en'][dt.month - 1]} {dt.day}, {dt.year} at {LC.h12(dt)}"
            )
        elif lg == "pt":
            labs = ("---------- Forwarded message ---------", "De:", "Date:", "Subject:", "To:", "Cc:")
            dstr = (
                f"{LC.DAY3['pt'][dt.weekday()]}, {dt.day} de {LC.MON3['pt'][dt.month - 1]} de {dt.year} às {LC.hm(dt)}"
            )
        else:
            labs = ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:", "Cc:")
            dstr = LC.gmail_attr(dt, viewer.loc, "", "")
        rows = [
            (labs[1], f"{pm.who.name} <{pm.who.email}>"),
            (labs[2], dstr),
            (labs[3], pm_subject),
            (labs[4], display_list(pm.to, "plain")),
        ]
        if pm.cc:
            rows.append((labs[5], display_list(pm.cc, "plain")))
        plain = [labs[0]] + [f"{k} {v}" for k, v in rows] + [""] + [""]
        html = (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + E(labs[0])
            + "<br>"
            + "<br>".join(f"{E(k)} {E(v, quote=False)}" for k, v in rows)
            + "<br></div><br><br>"
            + prev.html
            + "</div>\r\n"
        )
        return [(0, x) for x in plain] + prev.doc, html
    if c in ("apple_mail", "ios_mail"):
        head = {
            "en": "Begin forwarded message:",
            "fr": "Début du message réexpédié :",
            "pt": "Início da mensagem reencaminhada:",
            "sv": "Vidarebefordrat brev:",
            "pl": "Początek przekazywanej wiadomości:",
        }[lg]
        labs = {
            "en": ("From:", "Subject:", "Date:", "To:", "Cc:"),
            "fr": ("De:", "Objet:", "Date:", "À:", "Cc:"),
            "pt": ("De:", "Assunto:", "Data:", "Para:", "Cc:"),
            "sv": ("Från:", "Ämne:", "Datum:", "Till:", "Kopia:"),
            "pl": ("Od:", "Temat:", "Data:", "Do:", "DW:"),
        }[lg]
        if lg == "en":
            dstr = (
                f"{dt.day} {LC.MONTHS['en'][dt.month - 1]} {dt.year} at {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
                f" {viewer.zone}"
            )
        else:
            dstr = f"{dt.day} {LC.MONTHS[lg][dt.month - 1]} {dt.year} {LC.hm(dt)}"
        rows = [
            (labs[0], f"{pm.who.name} <{pm.who.email}>"),
            (labs[1], pm_subject),
            (labs[2], dstr),
            (labs[3], display_list(pm.to, "plain")),
        ]
        if pm.cc:
            rows.append((labs[4], display_list(pm.cc, "plain")))
        doc = [(0, head), (0, "")] + [(1, f"{k} {v}") for k, v in rows] + [(1, "")] + shift(prev.doc)
        html = (
            '<div><br><blockquote type="cite"><div>'
            + E(head)
            + '</div><br class="Apple-interchange-newline">'
            + "".join(
                f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
                f'<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; '
                f'color:rgba(0, 0, 0, 1.0);"><b>{E(k)}</b></span><span style="font-family: -webkit-system-font,'
                f' Helvetica Neue, Helvetica, sans-serif;"> {E(v, quote=False)}<br></span></div>'
                for k, v in rows
            )
            + "<br><div>"
            + prev.html
            + "</div></blockquote></div>"
        )
        return doc, html
    if c == "zoho":
        sep = "============ Forwarded message ============"
        rows = [
            ("From :", f"{pm.who.name} <{pm.who.email}>"),
            ("To :", display_list(pm.to, "plain")),
            (
                "Date :",
                f"{LC.DAY3['en'][dt.weekday()]}, {dt.day:02d} {LC.MON3['en'][dt.month - 1]} {dt.year} "
                f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {'+0530' if viewer.tz == 5.5 else '+0000'}",
            ),
            ("Subject :", pm_subject),
        ]
        plain = [sep] + [f"{k} {v}" for k, v in rows] + [sep, ""]
        html = (
            "<div><br></div><div>"
            + E(sep)
            + "<br>"
            + "<br>".join(f"{E(k)} {E(v, quote=False)}" for k, v in rows)
            + "<br>"
            + E(sep)
            + "<br></div><br>"
            + prev.html
        )
        return [(0, x) for x in plain] + prev.doc, html
    # Outlook family: the same block as a reply (the subject says FW/TR/PD/VB)
    hp, hh = header_lines(c, prev, viewer)
    return [(0, x) for x in hp] + [(0, "")] + prev.doc, hh + prev.html


def reinsert(m, prev_prev, lang, inserts, style):
    """Outlook-family inline answers: re-render m (the message being answered) with answer paragraphs after
    the lines that contain each anchor; returns (doc, html) of the modified message."""
    base = render(m, prev_prev, lang)
    doc = list(base.doc)
    html = base.html
    for anchor, answer in inserts:
        j = next(k for k, (d, ln) in enumerate(doc) if d == 0 and anchor in ln)
        doc[j + 1 : j + 1] = [(0, x) for x in answer]
        ah = "".join(answer_para(x, style) for x in answer)
        # find the paragraph holding the anchor in the html and insert after its end
        pos = html.find(E(anchor, quote=False))
        if pos < 0:
            raise ValueError(f"anchor {anchor!r} not found in html")
        end = html.find("\r\n", pos)
        end = len(html) if end < 0 else end + 2
        html = html[:end] + ah + html[end:]
    return doc, html


def answer_para(x, style):
    if style.startswith("colour"):
        col = style.split(":")[1]
        inner = f'<b><i><span style="color:{col}">{E(x, quote=False)}</span></i></b>' if x else "&nbsp;"
        return f'<p class="MsoNormal">{inner}<o:p></o:p></p>\r\n'
    if style == "bold":
        return (
            f'<p class="MsoNormal"><b>{E(x, quote=False)}</b><o:p></o:p></p>\r\n'
            if x
            else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n'
        )
    if style.startswith("owa"):
        col = style.split(":")[1]
        return (
            '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, '
            f'sans-serif; font-size: 12pt; color: {col};"><b>{E(x, quote=False) if x else "<br>"}</b></div>\r\n'
        )
    raise ValueError(style)


# =====================================================================================================
# MIME
# =====================================================================================================
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def wrap_html(c, body, cs, lang):
    if c in ("outlook_365", "outlook_classic", "outlook_mac", "crm_salesforce"):
        tag = {"en": "EN-GB", "fr": "FR", "pt": "PT", "pl": "PL", "sv": "SV"}[lang]
        return OUTLOOK_HEAD.format(cs=cs, lang=tag).replace("\n", "\r\n") + body + "</div>\r\n</body>\r\n</html>\r\n"
    if c in ("new_outlook", "owa"):
        return (
            f'<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\r\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n'
            '</head>\r\n<body dir="ltr">\r\n' + body + "</body>\r\n</html>\r\n"
        )
    if c in ("gmail", "gmail_mobile", "superhuman"):
        return '<div dir="ltr">' + body + "</div>\r\n"
    if c == "apple_mail":
        return (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset='
            f'{cs}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
            'after-white-space;">' + body + "</body></html>"
        )
    if c == "ios_mail":
        return (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head><body dir="auto">'
            + body
            + "</body></html>"
        )
    if c in ("thunderbird", "roundcube"):
        return (
            '<!DOCTYPE html>\r\n<html>\r\n  <head>\r\n    <meta http-equiv="Content-Type" content="text/html; '
            f'charset={cs}">\r\n  </head>\r\n  <body>\r\n' + body + "  </body>\r\n</html>\r\n"
        )
    if c == "yahoo":
        return (
            '<html><head></head><body><div class="ydp2b1e4c9yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + body + "</div></body></html>"
        )
    if c == "samsung_email":
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>'
            + body
            + "</body></html>"
        )
    if c == "zimbra":
        return (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + body
            + "</div></body></html>"
        )
    if c == "proton":
        return '<div style="font-family: Arial, sans-serif; font-size: 14px;">' + body + "</div>"
    if c == "zoho":
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;'
            f'charset={cs}" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, '
            'Helvetica, sans-serif; font-size: 10pt;">' + body + "</div><br></body></html>"
        )
    return f'<html><head><meta charset="{cs}"></head><body>' + body + "</body></html>"


def tiny_png(seed):
    r = rng("png", seed)
    w, h = 24, 8
    rows = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def tiny_pdf(title):
    body = (
        f"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] "
        f"/Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        f"4 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1")


def b64body(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i : i + 76] for i in range(0, len(s), 76)) + "\r\n"


def boundary(c, r, tag="alt"):
    if c in ("outlook_365", "new_outlook", "owa", "blackberry") and r.get("mid"):
        n = {"alt": "000", "rel": "004", "mix": "002"}[tag]
        local, dom = r["mid"][1:-1].split("@")
        return f"_{n}_{local[:60]}{dom.split('.')[0][:12]}{dom.split('.')[1][:4]}_"
    if c in ("outlook_365", "outlook_mac", "new_outlook", "owa", "blackberry"):
        n = {"alt": "000", "rel": "004", "mix": "002"}[tag]
        return f"_{n}_{r['srv']}{r['hexid']}{r['srv'][:8]}GBRP_"
    if c == "outlook_classic":
        return f"----=_NextPart_000_{r['h4']}_01DB{r['h8']}.{r['h8b']}"
    if c in ("gmail", "gmail_mobile", "superhuman"):
        return f"0000000000{'00' if tag == 'alt' else '01'}{r['g12']}"
    if c == "apple_mail":
        return f"Apple-Mail=_{r['uuid']}" if tag == "alt" else f"Apple-Mail=_{r['uuid2']}"
    if c == "ios_mail":
        return f"Apple-Mail-{r['uuid']}" if tag == "alt" else f"Apple-Mail-{r['uuid2']}"
    if c in ("thunderbird",):
        return f"------------{r['tb']}" if tag == "alt" else f"------------{r['tb2']}"
    if c in ("yahoo", "zoho", "zimbra", "crm_salesforce"):
        return f"----=_Part_{r['n1']}_{r['n2'] + (1 if tag != 'alt' else 0)}.{r['ms']}"
    if c == "proton":
        return f"b1_{r['pb']}" if tag == "alt" else f"b2_{r['pb']}"
    if c == "roundcube":
        return f"=_{r['h32']}" if tag == "alt" else f"=_{r['h32b']}"
    if c == "samsung_email":
        return f"--_com.samsung.android.email_{r['sam']}" + ("" if tag == "alt" else "1")
    return f"=_{tag}_{r['h32']}"


def rand_bits(seed):
    r = rng("bits", seed)
    import uuid as _u

    u1 = _u.UUID(int=r.getrandbits(128), version=4)
    u2 = _u.UUID(int=r.getrandbits(128), version=4)
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return {
        "srv": r.choice(
            [
                "LO2P265MB",
                "LO4P265MB",
                "CWLP265MB",
                "DB9PR10MB",
                "AM9PR02MB",
                "PAWPR06MB",
                "SJ0PR11MB",
                "SEZPR06MB",
                "MA0PR01MB",
                "SY4PR01MB",
                "JNAP275MB",
                "YT3PR01MB",
            ]
        )
        + str(r.randrange(1000, 9999)),
        "hexid": hexid(r, 32),
        "h4": hexid(r, 4),
        "h8": hexid(r, 4),
        "h8b": hexid(r, 8),
        "g12": lowhex(r, 14),
        "uuid": str(u1).upper(),
        "uuid2": str(u2).upper(),
        "uuid_l": str(u1),
        "tb": "".join(r.choice(alnum) for _ in range(24)),
        "tb2": "".join(r.choice(alnum) for _ in range(24)),
        "n1": r.randrange(100000, 999999),
        "n2": r.randrange(100000, 999999),
        "ms": str(r.randrange(1769000000000, 1771000000000)),
        "pb": "".join(r.choice(alnum) for _ in range(43)),
        "h32": lowhex(r, 32),
        "h32b": lowhex(r, 32),
        "sam": str(r.randrange(10**12, 10**13)),
        "g": "".join(r.choice(alnum + "-_") for _ in range(40)),
        "r": r,
    }


EXO = {  # Exchange Online mailbox servers by the sender's country (prefix, region)
    "uk": (["LO2P265MB", "LO4P265MB", "CWLP265MB", "LO0P265MB"], "GBRP265"),
    "ie": (["DB9PR10MB", "DB8PR10MB", "AS8PR10MB"], "EURPRD10"),
    "eu": (["AM9PR02MB", "PAWPR06MB", "DU0PR02MB", "VI1PR06MB", "FR4P281MB"], "EURPRD06"),
    "us": (["SJ0PR11MB", "BN8PR12MB", "CH3PR11MB", "MN2PR11MB"], "NAMPRD11"),
    "ca": (["YT3PR01MB", "YQBPR0101MB"], "CANPRD01"),
    "in": (["MA0PR01MB", "PN3PR01MB"], "INDPRD01"),
    "sg": (["SEZPR06MB", "SI2PR06MB", "TYZPR06MB"], "APCPRD06"),
    "au": (["SY4PR01MB", "ME3PR01MB", "SYBPR01MB"], "AUSPRD01"),
    "za": (["JNAP275MB", "CPTP275MB"], "ZAFP275"),
}


def country(who):
    d = who.domain
    if d in ("quillanbirch.com",) or d.endswith(".uk"):
        return "uk"
    for tld, k in ((".ie", "ie"), (".ca", "ca"), (".in", "in"), (".sg", "sg"), (".au", "au"), (".za", "za")):
        if d.endswith(tld):
            return k
    if d.endswith((".be", ".ch", ".lu", ".pt", ".pl", ".se", ".fr", ".nl")):
        return "eu"
    return "us"


def exo_server(who, r):
    prefixes, region = EXO[country(who)]
    if who.domain == "quillanbirch.com" and who.loc == "en-IE":
        prefixes, region = EXO["ie"]
    return r.choice(prefixes) + str(r.randrange(1000, 9999)), region


def make_mid(c, who, seed, dt):
    b = rand_bits("mid" + seed)
    r = b["r"]
    if c in ("outlook_365", "new_outlook", "owa", "blackberry"):
        srv, region = exo_server(who, r)
        return f"<{srv}{b['hexid']}{hexid(r, 8)}@{srv}.{region}.PROD.OUTLOOK.COM>"
    if c == "outlook_mac":
        return f"<{b['uuid']}@{who.domain}>"
    if c == "outlook_classic":
        return f"<00{lowhex(r, 2)}01db{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}@{who.domain}>"
    if c in ("gmail", "gmail_mobile"):
        return f"<CA{r.choice('BEFGHJKLMNOPX')}{b['g']}{r.choice('ABCDEFGH')}@mail.gmail.com>"
    if c in ("apple_mail", "ios_mail"):
        return f"<{b['uuid']}@{who.domain}>"
    if c == "thunderbird":
        return f"<{b['uuid_l']}@{who.domain}>"
    if c == "yahoo":
        return f"<{r.randrange(10**9, 2 * 10**9)}.{r.randrange(10**6, 10**7)}.{b['ms']}@mail.yahoo.com>"
    if c == "proton":
        return f"<{b['pb'][:40]}{r.choice('AEIMQUYcgkosw048')}=@proton.me>"
    if c == "zoho":
        return f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{r.randrange(10**18, 10**19)}@{who.domain}>"
    if c == "zimbra":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**7, 10**8)}.{b['ms']}.JavaMail.zimbra@{who.domain}>"
    if c == "roundcube":
        return f"<{b['h32']}@{who.domain}>"
    if c in ("groupwise", "groupwise_plain"):
        return f"<{hexid(r, 8)}020000{hexid(r, 2)}000{hexid(r, 5)}@gwia.{who.domain}>"
    if c == "samsung_email":
        return f"<{b['uuid_l'].replace('-', '')[:24]}@email.android.com>"
    if c == "front":
        return f"<front.{lowhex(r, 12)}.{r.randrange(10**9, 10**10)}@{who.domain}>"
    if c == "superhuman":
        alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{''.join(r.choice(alnum) for _ in range(8))}.{b['uuid_l']}@we.are.superhuman.com>"
    if c == "crm_salesforce":
        return (
            f"<{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(20))}00000000000000000000"
            f"00000000000000000000{hexid(r, 12)}@sfdc.net>"
        )
    if c in ("crm_js", "crm_iso"):
        return f"<{b['uuid_l']}@mail.{who.domain}>"
    if c == "freshdesk":
        return f"<{lowhex(r, 24)}.{r.randrange(10**9, 10**10)}@freshdesk.com>"
    return f"<{b['h32']}@{who.domain}>"


CS_NAME = {
    "utf-8": "utf-8",
    "us-ascii": "us-ascii",
    "windows-1252": "windows-1252",
    "iso-8859-1": "iso-8859-1",
    "iso-8859-2": "iso-8859-2",
    "iso-8859-15": "iso-8859-15",
}


def pick_cs(text, pref):
    if pref:
        return pref
    try:
        text.encode("ascii")
        return "us-ascii"
    except UnicodeEncodeError:
        return "utf-8"


def client_mime(c, m, plain_text, html, lang, bits):
    """Return the top-level Part (content headers + body) for the message."""
    cs_pref = m.get("cs")
    cte = m.get("cte")
    outlookish = c in ("outlook_365", "outlook_mac", "outlook_classic", "crm_salesforce")
    if c in ("thunderbird", "roundcube"):
        cs = cs_pref or "utf-8"
        csd = {"utf-8": "UTF-8"}.get(cs, cs.upper() if cs.startswith("iso") else cs)
        cte = cte or ("8bit" if c == "thunderbird" else "quoted-printable")
        delsp = "; delsp=yes" if m.get("delsp") else ""
        plain_ct = f"text/plain; charset={csd}; format=flowed{delsp}"
    elif outlookish:
        cs = pick_cs(plain_text + (html or ""), cs_pref)
        plain_ct = f'text/plain; charset="{cs}"'
        cte = cte or "quoted-printable"
    elif c in ("gmail", "gmail_mobile", "superhuman"):
        cs = cs_pref or "UTF-8"
        plain_ct = f'text/plain; charset="{cs}"'
        cte = cte or "quoted-printable"
    elif c in ("apple_mail", "ios_mail"):
        cs = cs_pref or "utf-8"
        plain_ct = f"text/plain;\r\n\tcharset={cs}"
        cte = cte or "quoted-printable"
    elif c == "samsung_email":
        cs = cs_pref or "UTF-8"
        plain_ct = f'text/plain; charset="{cs}"'
        cte = cte or "base64"
    elif c == "proton":
        cs = cs_pref or "utf-8"
        plain_ct = f"text/plain; charset={cs}"
        cte = cte or "base64"
    else:
        cs = cs_pref or "UTF-8"
        plain_ct = f"text/plain; charset={cs}"
        cte = cte or "quoted-printable"
    cte_first = c in ("apple_mail", "ios_mail")
    html_ct = plain_ct.replace("text/plain", "text/html").replace("; format=flowed", "").replace("; delsp=yes", "")
    parts = []
    if c not in HTML_ONLY and not m.get("html_only"):
        parts.append(text_part(plain_text, plain_ct, cs, cte, cte_first=cte_first))
    if html is not None and c not in PLAIN_ONLY and not m.get("plain_only"):
        full = wrap_html(c, html, cs, lang)
        hcte = m.get("html_cte") or cte
        if hcte in ("7bit", None):
            try:
                full.encode("ascii")
            except UnicodeEncodeError:
                hcte = "quoted-printable"
        if hcte == "8bit" and c != "thunderbird":
            hcte = "quoted-printable"
        if hcte == "quoted-printable" and c in ("thunderbird",):
            hcte = "8bit"
        parts.append(text_part(full, html_ct, cs, hcte, cte_first=cte_first))
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts, boundary(c, bits, "alt"))
    imgs = (
        images_in(m.get("sig_lines", m.who.sig if m.get("sig", True) else []))
        if html is not None and c in ("outlook_365", "outlook_mac", "new_outlook", "owa")
        else []
    )
    if (imgs and len(parts) > 1) or (imgs and c in HTML_ONLY):
        rel = [body]
        for f in imgs:
            cid = cid_of(f, m.who.key)
            rel.append(
                Part(
                    [
                        ("Content-Type", f'image/png; name="{f}"'),
                        ("Content-Description", f),
                        (
                            "Content-Disposition",
                            f'inline; filename="{f}"; size=1103;\r\n\tcreation-date="'
                            f'{rfcdate(m.dt)}";\r\n\tmodification-date="{rfcdate(m.dt)}"',
                        ),
                        ("Content-ID", f"<{cid}>"),
                        ("Content-Transfer-Encoding", "base64"),
                    ],
                    b64body(tiny_png(cid)),
                )
            )
        body = multipart(
            "related",
            rel,
            boundary(c, bits, "rel"),
            ct=f'multipart/related;\r\n\tboundary="{boundary(c, bits, "rel")}";\r\n\ttype="multipart/alternative"',
        )
    att = m.get("attach")
    if att:
        items = [body]
        for name, ctype, data in att:
            if all(ord(ch) < 128 for ch in name):
                nm, fn = f'name="{name}"', f'filename="{name}"'
            else:  # RFC 2047 in the type (as most clients still do) and RFC 2231 in the disposition
                from urllib.parse import quote

                nm = f'name="{ew(name)}"'
                fn = f"filename*=UTF-8''{quote(name, safe='')}"
            items.append(
                Part(
                    [
                        ("Content-Type", f"{ctype};\r\n\t{nm}"),
                        ("Content-Disposition", f"attachment;\r\n\t{fn}"),
                        ("Content-Transfer-Encoding", "base64"),
                    ],
                    b64body(data),
                )
            )
        body = multipart("mixed", items, boundary(c, bits, "mix"))
    return body


def thread_headers(c, m, bits, lang):
    hs = []
    if c in ("outlook_365", "outlook_mac", "new_outlook", "owa", "blackberry", "outlook_classic"):
        hs.append(
            (
                "Thread-Topic",
                ew_subject("", re.sub(r"^(?:\[EXTERNAL\] )?(?:(?:RE|FW|SV|VB|PD|TR|Re|AW) ?: )+", "", m.subject)),
            )
        )
        hs.append(("Thread-Index", thread_index(rng("ti", m.mid), replies=len(m.refs) + 1)))
    if c in ("outlook_365", "new_outlook", "owa", "blackberry"):
        hs.append(
            (
                "Accept-Language",
                {
                    "en": "en-GB, en-US",
                    "fr": "fr-FR, en-US",
                    "pt": "pt-PT, en-US",
                    "pl": "pl-PL, en-US",
                    "sv": "sv-SE, en-US",
                }[LC.lang_of(m.who.loc)],
            )
        )
        hs.append(("Content-Language", m.who.loc if m.who.loc != "en-GBw" else "en-GB"))
        hs.append(("X-MS-Has-Attach", "yes" if m.get("attach") or images_in(m.who.sig) else ""))
        hs.append(("X-MS-TNEF-Correlator", ""))
    return hs


AGENT = {
    "outlook_mac": ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
    "outlook_classic": ("X-Mailer", "Microsoft Outlook 15.0"),
    "apple_mail": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    "ios_mail": ("X-Mailer", "iPhone Mail (22D72)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "yahoo": ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
    "zoho": ("User-Agent", "Zoho Mail"),
    "zimbra": ("X-Mailer", "Zimbra 10.0.12_GA_4742 (ZimbraWebClient - GC132 (Win)/10.0.12_GA_4742)"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "groupwise": ("X-Mailer", "GroupWise Internet Agent 18.5.1 "),
    "groupwise_plain": ("X-Mailer", "GroupWise Internet Agent 18.5.1 "),
    "front": ("X-Mailer", "Front (1.0; +https://frontapp.com; +msgid=front.bb81e00a2f3c.1769522119)"),
    "superhuman": ("X-Mailer", "Superhuman Desktop (2027-01-21T19:02:44Z)"),
    "crm_salesforce": ("X-Mailer", "Salesforce Mail Agent"),
}


def assemble(m, out, lang, firm_domain, extra_headers=(), received=True):
    """Whole message bytes for a rendered Msg."""
    c = m.client
    bits = rand_bits(m.mid)
    bits["mid"] = m.mid
    if out.pstyle == "prefix" and c in ("thunderbird", "roundcube"):
        plain_lines = flow(doc_plain(out.doc, "prefix"), delsp=bool(m.get("delsp")))
    else:
        plain_lines = doc_plain(out.doc, out.pstyle)
    banner = m.get("top_banner")
    html = out.html
    if banner:
        plain_lines = banner[0] + plain_lines
        html = banner[1] + html
    if c == "outlook_classic":
        plain_lines = wrap(plain_lines, 76)
    plain_text = "\n".join(plain_lines) + "\n"
    body = client_mime(c, m, plain_text, html, lang, bits)
    who = m.who
    hs = []
    dt = m.dt
    if received:
        hs.extend(received_chain(m, c, firm_domain))
    frm = addr(who.name, who.email)
    if m.get("from_override"):
        frm = m.get("from_override")
    hs.append(("From", frm))
    if m.get("sender"):
        hs.append(("Sender", m.get("sender")))
    hs.append(("To", addrlist([addr(p.name, p.email) for p in m.to])))
    if m.cc:
        hs.append(
            (
                "CC" if c in ("outlook_365", "outlook_mac", "new_outlook", "owa") else "Cc",
                addrlist([addr(p.name, p.email) for p in m.cc]),
            )
        )
    if m.get("reply_to"):
        hs.append(("Reply-To", m.get("reply_to")))
    subj = m.subject
    hs.append(("Subject", ew_subject("", subj)))
    hs.append(("Date", rfcdate(dt)))
    hs.append(("Message-ID", m.mid))
    if m.refs:
        hs.append(("References", "\r\n ".join(m.refs[-12:])))
        hs.append(("In-Reply-To", m.refs[-1]))
    hs.extend(thread_headers(c, m, bits, lang))
    if c in AGENT:
        hs.append(AGENT[c])
    hs.extend(extra_headers)
    hs.extend(m.get("extra_headers", []))
    if c == "apple_mail":
        hs.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    elif c == "ios_mail":
        hs.append(("Mime-Version", "1.0 (1.0)"))
    else:
        hs.append(("MIME-Version", "1.0"))
    return message(hs, body)


EXO_OUT = {
    "uk": ("GBR01-LO4-obe", "mail-lo4gbr01on2117", "40.107.138.117"),
    "ie": ("EUR03-DBA-obe", "mail-dbaeur03on2107", "40.107.104.107"),
    "eu": ("EUR05-AM6-obe", "mail-am6eur05on2101", "40.107.22.101"),
    "us": ("NAM12-BN8-obe", "mail-bn8nam12on2093", "40.107.237.93"),
    "ca": ("CAN01-YT3-obe", "mail-yt3can01on2102", "40.107.115.102"),
    "in": ("IND01-MAX-obe", "mail-maxind01on2091", "40.107.222.91"),
    "sg": ("APC01-SG2-obe", "mail-sg2apc01on2119", "40.107.215.119"),
    "au": ("AUS01-SY4-obe", "mail-sy4aus01on2105", "40.107.108.105"),
    "za": ("ZAF01-JNB-obe", "mail-jnbzaf01on2104", "40.107.217.104"),
}


def received_chain(m, c, firm_domain):
    """Two Received lines: the firm's Exchange Online front door, and the sender's own submission hop."""
    who = m.who
    r = rng("rcv", m.mid)
    dt = m.dt
    t1 = dt + timedelta(seconds=r.randrange(1, 6))
    t2 = t1 + timedelta(seconds=r.randrange(1, 4))
    fz = LC.to_zone(t2, 0)
    fe = f"{r.choice(['LO2GBR01FT', 'LO3GBR01FT', 'CWXGBR01FT'])}{r.randrange(10, 99):03d}"
    mx = m.get("mx", who.mx)
    exo = c in ("outlook_365", "new_outlook", "owa", "blackberry", "outlook_mac") and not who.mx.endswith(
        ("mimecast.com", "pphosted.com")
    )
    if m.get("relay"):  # a list server delivers the message
        src = m.get("relay")
    elif exo:
        a, b, ip = EXO_OUT[country(who)]
        src = f"{a}.outbound.protection.outlook.com ({b}.outbound.protection.outlook.com\r\n [{ip}])"
    elif c in ("gmail", "gmail_mobile", "superhuman"):
        n = r.randrange(41, 54)
        src = f"mail-wm1-f{n}.google.com (mail-wm1-f{n}.google.com [209.85.128.{n}])"
    elif c == "yahoo":
        src = "sonic317-21.consmr.mail.ir2.yahoo.com (sonic317-21.consmr.mail.ir2.yahoo.com [77.238.177.147])"
    else:
        ip = f"{r.randrange(31, 213)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}"
        src = f"{mx} ({mx} [{ip}])"
    top = (
        f"from {src}\r\n by {fe}.mail.protection.outlook.com (10.152.{r.randrange(0, 255)}.{r.randrange(1, 254)}) "
        "with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.12\r\n via "
        f"Frontend Transport; {rfcdate(fz)}"
    )
    if exo:
        srv, region = exo_server(who, r)
        host = f"{srv}.{region.lower()}.prod.outlook.com"
        low = (
            f"from {host}\r\n ([fe80::{lowhex(r, 4)}:{lowhex(r, 4)}:{lowhex(r, 4)}:{lowhex(r, 4)}]) by {host}\r\n "
            f"([fe80::{lowhex(r, 4)}:{lowhex(r, 4)}:{lowhex(r, 4)}:{lowhex(r, 4)}%5]) with mapi id 15.20.8398.009; {rfcdate(t1)}"
        )
    elif c in ("gmail", "gmail_mobile", "superhuman"):
        low = (
            f"by 2002:a05:6000:{lowhex(r, 4)}:b0:{lowhex(r, 3)}:{lowhex(r, 4)}:{lowhex(r, 4)} with SMTP id "
            f"{lowhex(r, 12)}mr{r.randrange(1000000, 9999999)};\r\n {rfcdate(t1)}"
        )
    elif c == "yahoo":
        low = f"from sonic.gate.mail.ne1.yahoo.com by sonic317-21.consmr.mail.ir2.yahoo.com with HTTP; {rfcdate(t1)}"
    else:
        lan = f"192.168.{r.randrange(0, 20)}.{r.randrange(2, 250)}"
        low = (
            f"from [{lan}] (unknown [{r.randrange(80, 200)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}."
            f"{r.randrange(1, 254)}])\r\n\tby {mx} with ESMTPSA id {hexid(r, 10)}; {rfcdate(t1)}"
        )
    return [("Return-Path", f"<{m.get('return_path', who.email)}>"), ("Received", top), ("Received", low)]
