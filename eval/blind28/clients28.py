"""blind28: how each mail client writes a reply (text and HTML bodies, MIME structure, headers).

Written from memory of the clients French retail customers use; details (X- headers, boundaries, HTML markup) may
differ from today's versions.
"""

import html
import textwrap
import uuid
from datetime import UTC, timedelta

from firm28 import (
    DAGEN,
    JOURS,
    JOURS_ABR,
    MAANDEN,
    MOIS,
    MOIS_ABR,
    TZ,
    en_long,
    epoch_ms,
    fr_long,
    local,
)
from mime12 import (
    D,
    addr,
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
)

# --------------------------------------------------------------------------
# attributions and header blocks (the quoted message's date shown on the replier's clock)
# --------------------------------------------------------------------------


def a_gmail_fr(o, dt):
    return (
        f"Le {JOURS_ABR[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year} à {dt:%H:%M}, "
        f"{o.frm.name} <{o.frm.email}> a écrit :"
    )


def a_gmail_en(o, dt):
    return f"On {dt:%a}, {dt.day} {dt:%b} {dt.year} at {dt:%H:%M}, {o.frm.name} <{o.frm.email}> wrote:"


def a_ios_fr(o, dt):
    return f"Le {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year} à {dt:%H:%M}, {o.frm.name} <{o.frm.email}> a écrit\u00a0:"


def a_ios_en(o, dt):
    return f"On {dt.day} {dt:%b} {dt.year}, at {dt:%H:%M}, {o.frm.name} <{o.frm.email}> wrote:"


def a_tb_fr(o, dt):
    return f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {o.frm.name} a écrit :"


def a_tb_en(o, dt):
    return f"On {dt:%d/%m/%Y} {dt:%H:%M}, {o.frm.name} wrote:"


def a_rc_fr(o, dt):
    return f"Le {dt:%Y-%m-%d} {dt:%H:%M}, {o.frm.name} a écrit :"


def a_horde_fr(o, dt):
    return f"Citation {o.frm.name} <{o.frm.email}> :"


def a_ox_fr(o, dt):
    return f"Le {dt:%d/%m/%Y} {dt:%H:%M} CEST {o.frm.name} <{o.frm.email}> a écrit :"


def a_yahoo_fr(o, dt):
    h = dt.utcoffset().total_seconds() / 3600
    return (
        f"Le {JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} à {dt:%H:%M:%S} UTC{int(h):+d}, "
        f"{o.frm.name} <{o.frm.email}> a écrit :"
    )


def b_outlook_fr(o, dt, to, old=False, envoye="Envoyé"):
    fr = f"De : {o.frm.name} [mailto:{o.frm.email}]" if old else f"De : {o.frm.name} <{o.frm.email}>"
    lines = [fr, f"{envoye} : {fr_long(dt)}", f"À : {to.name}" if old else f"À : {to.name} <{to.email}>"]
    if o.cc:
        lines.append("Cc : " + "; ".join(c.name for c in o.cc))
    lines.append(f"Objet : {o.subject}")
    return lines


def b_outlook_en(o, dt, to):
    lines = [f"From: {o.frm.name} <{o.frm.email}>", f"Sent: {en_long(dt)}", f"To: {to.name} <{to.email}>"]
    lines.append(f"Subject: {o.subject}")
    return lines


def b_outlook_nl(o, dt, to):
    when = f"{DAGEN[dt.weekday()]} {dt.day} {MAANDEN[dt.month - 1]} {dt.year} {dt:%H:%M}"
    return [
        f"Van: {o.frm.name} <{o.frm.email}>",
        f"Verzonden: {when}",
        f"Aan: {to.name} <{to.email}>",
        f"Onderwerp: {o.subject}",
    ]


def b_zimbra(o, dt, to, sep):
    when = f"{JOURS[dt.weekday()].capitalize()} {dt.day} {MOIS[dt.month - 1].capitalize()} {dt.year} {dt:%H:%M:%S}"
    return [
        sep,
        f'De: "{o.frm.name}" <{o.frm.email}>',
        f'À: "{to.name}" <{to.email}>',
        f"Envoyé: {when}",
        f"Objet: {o.subject}",
    ]


def b_orange(o, dt, to):
    return [
        f"Message du {dt:%d/%m/%y %H:%M}",
        f'De : "{o.frm.name}" <{o.frm.email}>',
        f'A : "{to.email}" <{to.email}>',
        "Copie à : ",
        f"Objet : {o.subject}",
    ]


def b_samsung(o, dt, to):
    off = dt.utcoffset().total_seconds() / 3600
    return [
        "-------- Message d'origine --------",
        f"De : {o.frm.name} <{o.frm.email}>",
        f"Date : {dt:%d/%m/%Y %H:%M} (GMT{int(off):+03d}:00)",
        f"À : {to.email}",
        f"Objet : {o.subject}",
    ]


def b_notaire(o, dt, to):
    return [
        f"De :\t{o.frm.name} <{o.frm.email}>",
        f"A :\t{to.name} <{to.email}>",
        f"Date :\t{dt:%d/%m/%Y %H:%M}",
        f"Objet :\t{o.subject}",
    ]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def esc(s):
    return html.escape(s, quote=False)


def hdiv(lines, tag="div", attrs=""):
    out = []
    for ln in lines:
        if ln.strip():
            out.append(f"<{tag}{attrs}>{esc(ln)}</{tag}>")
        else:
            out.append(f"<{tag}{attrs}><br></{tag}>")
    return "\n".join(out)


def qwrap(lines, pfx="> ", width=78):
    """Quote lines with pfx, rewrapping long ones at width with the prefix repeated (Gmail, Thunderbird)."""
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(pfx.rstrip())
            continue
        # a line already quoted keeps its markers: "> text" becomes ">> text", continuations repeat ">> "
        depth = len(ln) - len(ln.lstrip(">"))
        body = ln[depth:].lstrip(" ") if depth else ln
        p = ">" * (depth + 1) + " " if depth else pfx
        if len(p) + len(body) <= width:
            out.append(p + body)
        else:
            for piece in textwrap.wrap(body, width - len(p), break_long_words=False, break_on_hyphens=False):
                out.append(p + piece)
    return out


def pref(lines, pfx="> ", empty=">"):
    return [(pfx + ln) if ln.strip() else empty for ln in lines]


def qitems(rep):
    """The quoted history as ('q', line) and ('a', [answer lines]) items."""
    items = []
    answers = list(rep.inline or [])
    for ln in rep.quote:
        items.append(("q", ln))
        if answers and ln.startswith(answers[0][0]):
            items.append(("a", answers.pop(0)[1]))
    if answers:
        raise ValueError(f"{rep.slug}: inline answer anchor not found: {answers[0][0]!r}")
    return items


def runs(items):
    """Group consecutive quoted lines: [('q', [lines]), ('a', [lines]), ...]."""
    out = []
    for k, v in items:
        if k == "q":
            if out and out[-1][0] == "q":
                out[-1][1].append(v)
            else:
                out.append(("q", [v]))
        else:
            out.append(("a", list(v)))
    return out


def text_quote(rep, pfx, wrapw=None, ans_gap=True, empty=">"):
    out = []
    for k, v in runs(qitems(rep)):
        if k == "q":
            out += qwrap(v, pfx, wrapw) if wrapw else (pref(v, pfx, empty) if pfx else list(v))
        else:
            out += ([""] if ans_gap else []) + v + ([""] if ans_gap else [])
    return out


def html_quote(rep, qopen, qclose, ans_attrs="", ans_tag="div"):
    out = []
    for k, v in runs(qitems(rep)):
        if k == "q":
            out.append(qopen + hdiv(v) + qclose)
        else:
            out.append(hdiv(v, ans_tag, ans_attrs))
    return "\n".join(out)


def top_block(rep):
    return list(rep.top)


# --------------------------------------------------------------------------
# families: each returns (text or None, html or None)
# --------------------------------------------------------------------------
GQ = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'


def fam_gmail(rep):
    dt = rep.quoted_dt()
    attr = (a_gmail_en if rep.ui == "en" else a_gmail_fr)(rep.out, dt)
    for ln in rep.top + rep.bottom:
        if len(ln) > 78:
            raise ValueError(f"{rep.slug}: Gmail would wrap {ln!r}")
    text = [*rep.top, "", attr, "", *text_quote(rep, "> ", 78)]
    if rep.top and rep.top[0] == "":
        text = text[1:]
    h = '<div dir="ltr">' + hdiv(rep.top) + "</div><br>\n"
    h += f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>\n'
    h += html_quote(rep, GQ, "</blockquote>", ' dir="ltr"') + "\n</div>"
    return text, h


def fam_gmail_fwd(rep):
    f = rep.forward
    text = [*rep.top, "", "---------- Forwarded message ---------", *f["block"], "", *f["lines"]]
    h = '<div dir="ltr">' + hdiv(rep.top) + "<br>"
    h += '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
    h += "---------- Forwarded message ---------<br>" + "<br>".join(esc(x) for x in f["block"]) + "<br></div><br><br>"
    h += hdiv(f["lines"]) + "</div></div>"
    return text, h


def fam_ios(rep):
    dt = rep.quoted_dt()
    attr = (a_ios_en if rep.ui == "en" else a_ios_fr)(rep.out, dt)
    q = text_quote(rep, "> ", None, empty="> ")
    if q and q[0].startswith("> "):
        q[0] = "> \ufeff" + q[0][2:]
    text = [*rep.top, ""] if rep.top else []
    text += [rep.device, "", "> " + attr, "> ", *q]
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
    h += hdiv(rep.top, "div", ' dir="ltr"')
    h += f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{esc(rep.device)}</div>'
    h += f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
    h += html_quote(rep, '<blockquote type="cite"><div dir="ltr">', "</div></blockquote>", ' dir="ltr"')
    h += "</div></body></html>"
    return text, h


def fam_outlook(rep):
    dt = rep.quoted_dt()
    kind = rep.opts.get("block", "fr")
    if kind == "fr":
        block = b_outlook_fr(rep.out, dt, rep.out.to)
    elif kind == "fr_old":
        block = ["-----Message d'origine-----", *b_outlook_fr(rep.out, dt, rep.out.to, old=True)]
    elif kind == "fr_winmail":
        block = b_outlook_fr(rep.out, dt, rep.out.to, envoye="Envoyé le")
    elif kind == "en":
        block = b_outlook_en(rep.out, dt, rep.out.to)
    elif kind == "nl":
        block = b_outlook_nl(rep.out, dt, rep.out.to)
    elif kind == "fr_mobile":
        block = b_outlook_fr(rep.out, dt, rep.out.to)
        block[1] = f"Envoyé : {fr_long(dt, seconds=True)}"
    else:
        raise ValueError(kind)
    owa = rep.opts.get("owa", False)
    text = [*rep.top, ""]
    if rep.device:
        text += [rep.device, ""]
    if owa:
        text.append("________________________________")
    text += [*block, "", *text_quote(rep, "", None, ans_gap=False)]
    if rep.opts.get("html") == "owa" or owa:
        h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        h += hdiv(rep.top, "div", ' style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif"')
        if rep.device:
            h += f'<div id="ms-outlook-mobile-signature"><div dir="ltr">{esc(rep.device)}</div></div>'
        h += '<hr style="display:inline-block;width:98%" tabindex="-1">'
        h += (
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        )
        h += "<br>".join(bold_label(x) for x in block) + "</font><div>&nbsp;</div></div>"
        h += html_quote(rep, "<div>", "</div>")
        h += "</body></html>"
    else:
        ans = rep.opts.get("ans_style", ' class="MsoNormal" style="color:#C00000"')
        h = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        h += '<head><meta http-equiv="Content-Type" content="text/html; charset=' + rep.html_cs + '">'
        h += '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
        h += '</head><body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
        h += msop(rep.top)
        if rep.device:
            h += msop([rep.device])
        h += '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
        h += "<br>".join(bold_label(x) for x in block) + '</p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += html_quote(rep, "", "", ans, "p").replace("<div>", '<p class="MsoNormal">').replace("</div>", "</p>")
        h += "\n</div></body></html>"
    return text, h


def msop(lines):
    out = []
    for ln in lines:
        out.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>' if ln.strip() else msnbsp())
    return "\n".join(out)


def msnbsp():
    return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def bold_label(line):
    k, sep, v = line.partition(":")
    if not sep or line.startswith("-----"):
        return esc(line)
    k = k.rstrip()
    return (
        f"<b>{esc(k)}&nbsp;:</b> {esc(v.strip())}"
        if line[len(k) : len(k) + 1] == " "
        else f"<b>{esc(k)}:</b> {esc(v.strip())}"
    )


def fam_zimbra(rep):
    dt = rep.quoted_dt()
    sep = rep.opts.get("sep", "----- Mail original -----")
    block = b_zimbra(rep.out, dt, rep.out.to, sep)
    q = text_quote(rep, rep.opts.get("pfx", ""), None, ans_gap=True)
    text = [*rep.top, "", *block, "", *q]
    h = '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
    h += hdiv(rep.top) + "<div><br></div>"
    h += '<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
    h += "".join(f"<b>{esc(x.split(':', 1)[0])}: </b>{esc(x.split(':', 1)[1].strip())}<br>" for x in block[1:])
    h += '</div><br><div data-marker="__QUOTED_TEXT__">'
    h += html_quote(rep, "<div>", "</div>", ' style="color:#1f497d"') + "</div></div></body></html>"
    return text, h


def fam_orange(rep):
    dt = rep.quoted_dt()
    block = b_orange(rep.out, dt, rep.out.to)
    text = [*rep.top, "", "", *pref(block), ">", *text_quote(rep, "> ", None, empty=">")]
    h = '<html><head></head><body><div style="font-family: Arial; font-size: 13px;">'
    h += hdiv(rep.top, "p")
    h += '<p>&nbsp;</p><div class="wum_quote"><blockquote style="margin-left: 5px; padding-left: 5px; border-left: 2px solid #ff6600;">'
    h += "<br>".join(esc(x) for x in block) + "<br><br>"
    h += html_quote(rep, "<div>", "</div>", ans_attrs="")
    h += "</blockquote></div></div></body></html>"
    return text, h


def fam_prefix(rep):
    """Thunderbird, Roundcube, Horde: attribution line then '> ' quote; top- or bottom-posted."""
    dt = rep.quoted_dt()
    attr = rep.opts["attr"](rep.out, dt)
    gap = [""] if rep.opts.get("attr_gap") else []
    q = text_quote(rep, "> ", None)
    text = [*rep.top, "", attr, *gap, *q] if rep.top else [attr, *gap, *q]
    if rep.bottom:
        text += ["", *rep.bottom]
    return text, None


def fam_ox(rep):
    dt = rep.quoted_dt()
    attr = a_ox_fr(rep.out, dt)
    text = [*rep.top, "", "> " + attr, ">", *text_quote(rep, "> ", None)]
    h = '<!doctype html><html><head><meta charset="UTF-8"></head><body>'
    h += hdiv(rep.top, "div", ' class="default-style"')
    h += '<div class="default-style"><br></div><blockquote type="cite">'
    h += f"<div>{esc(attr)}</div><div><br></div>" + html_quote(rep, "", "") + "</blockquote></body></html>"
    return text, h


def fam_yahoo(rep):
    dt = rep.quoted_dt()
    attr = a_yahoo_fr(rep.out, dt)
    yid = "ydp" + lowhex(rep.r, 8)
    text = [" " + x if x else "" for x in rep.top]
    if rep.device:
        text += ["", rep.device]
    text += ["", "", "    " + attr + "  ", " ", *[" " + x for x in text_quote(rep, "", None)]]
    h = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
    h += hdiv(rep.top, "div", f' dir="ltr" data-setdir="false" id="{yid}"') + "</div>"
    if rep.device:
        h += f'<div id="ymail_android_signature">{esc(rep.device)}</div>'

    h += f'<div id="yahoo_quoted_{rep.r.randrange(10**9, 10**10)}" class="yahoo_quoted">'
    h += "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
    h += f'<div>{esc(attr)}</div><div><br></div><div><br></div><div><div dir="ltr">'
    h += html_quote(rep, "", "") + "</div></div></div></div></body></html>"
    return text, h


def fam_samsung(rep):
    dt = rep.quoted_dt()
    block = b_samsung(rep.out, dt, rep.out.to)
    text = [*rep.top, "", "", rep.device, "", "", *block, "", *text_quote(rep, "", None)]
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
    h += hdiv(rep.top, "div", ' dir="auto"') + '<div dir="auto"><br></div><div dir="auto"><br></div>'
    h += '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
    h += esc(rep.device) + '</div></div><div dir="auto"><br></div><div dir="auto"><br></div>'
    h += '<div align="left" dir="auto" style="font-size:100%;color:#000000">'
    h += "".join(f"<div>{esc(x)}</div>" for x in block) + "</div>" + html_quote(rep, '<div dir="auto">', "</div>")
    h += "</body></html>"
    return text, h


def fam_notaire(rep):
    dt = rep.quoted_dt()
    block = b_notaire(rep.out, dt, rep.out.to)
    text = [*rep.top, "", "", "", *block, "", "", *text_quote(rep, "", None)]
    h = '<html><body><font size="2" face="Arial">' + hdiv(rep.top) + "<br><br>"
    h += '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
    h += "".join(
        f'<tr valign="top"><td width="12%"><font size="1" color="#5F5F5F" face="sans-serif">{esc(k)}</font></td>'
        f'<td width="88%"><font size="1" face="sans-serif">{esc(v)}</font></td></tr>'
        for k, v in (x.split("\t", 1) for x in block)
    )
    h += "</table><br><br>" + html_quote(rep, '<div style="margin-left:20px">', "</div>") + "</font></body></html>"
    return text, h


FAMILIES = {
    "gmail": fam_gmail,
    "gmail_fwd": fam_gmail_fwd,
    "ios": fam_ios,
    "outlook": fam_outlook,
    "zimbra": fam_zimbra,
    "orange": fam_orange,
    "prefix": fam_prefix,
    "ox": fam_ox,
    "yahoo": fam_yahoo,
    "samsung": fam_samsung,
    "notaire": fam_notaire,
}


# --------------------------------------------------------------------------
# the clients: family, MIME shape, identifiers
# --------------------------------------------------------------------------
def uuid_from(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def mid_gmail(r, dom):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
    return "<CA" + "".join(r.choice(chars) for _ in range(r.choice([46, 50, 54]))) + "@mail.gmail.com>"


def mid_apple(r, dom):
    return f"<{uuid_from(r).upper()}@{dom}>"


def mid_tb(r, dom):
    return f"<{uuid_from(r)}@{dom}>"


def mid_rc(r, dom):
    return f"<{lowhex(r, 32)}@{dom}>"


def mid_horde(r, dom, dt):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return f"<{dt:%Y%m%d%H%M%S}.Horde.{''.join(r.choice(chars) for _ in range(22))}@webmail.{dom}>"


def mid_javamail(r, host, dt):
    return f"<{r.randrange(10**8, 2 * 10**9)}.{r.randrange(1000, 999999)}.{epoch_ms(dt)}.JavaMail.{host}>"


def mid_outlookcom(r):
    host = r.choice(["AM9P193MB", "DB9P193MB", "PAXP193MB", "VI1P193MB", "DU0P193MB"]) + str(r.randrange(1000, 9999))
    return f"<{host}{hexid(r, 28)}@{host}.EURP193.PROD.OUTLOOK.COM>", host


def mid_outlook_pop(r, dom):
    return f"<00{lowhex(r, 2)}01d{lowhex(r, 5)}${lowhex(r, 8)}${lowhex(r, 8)}$@{dom}>"


def mid_yahoo(r, dt):
    return f"<{r.randrange(10**8, 2 * 10**9)}.{r.randrange(10**6, 10**7)}.{epoch_ms(dt)}@mail.yahoo.com>"


def mid_samsung(r, dom):
    return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}@email.android.com>"


def mid_ox(r, dom, dt):
    return f"<{r.randrange(10**8, 2 * 10**9)}.{r.randrange(100, 99999)}.{epoch_ms(dt)}@{dom}>"


# client key -> settings
CLIENTS = {
    "gmail_web": dict(fam="gmail", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "gmail_android": dict(fam="gmail", struct="alt", cs="UTF-8", cte="base64", re="Re: "),
    "iphone": dict(
        fam="ios", struct="alt", cs="utf-8", cte="quoted-printable", re="Re: ", mailer="iPhone Mail (23A341)"
    ),
    "ipad": dict(fam="ios", struct="alt", cs="utf-8", cte="quoted-printable", re="Re: ", mailer="iPad Mail (23A341)"),
    "outlook_desktop": dict(fam="outlook", struct="alt", cs="windows-1252", cte="quoted-printable", re="RE : "),
    "outlook_com": dict(fam="outlook", struct="alt", cs="utf-8", cte="quoted-printable", re="RE: "),
    "outlook_mobile": dict(fam="outlook", struct="alt", cs="utf-8", cte="base64", re="RE: "),
    "windows_mail": dict(fam="outlook", struct="alt", cs="utf-8", cte="quoted-printable", re="RE: "),
    "free_zimbra": dict(fam="zimbra", struct="alt", cs="utf-8", cte="quoted-printable", re="Re: "),
    "sfr_webmail": dict(fam="zimbra", struct="html", cs="utf-8", cte="quoted-printable", re="RE: "),
    "orange_webmail": dict(fam="orange", struct="alt", cs="UTF-8", cte="quoted-printable", re="RE: "),
    "thunderbird": dict(fam="prefix", struct="flowed", cs="UTF-8", cte="8bit", re="Re: "),
    "roundcube": dict(fam="prefix", struct="flowed", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "horde": dict(fam="prefix", struct="flowed_delsp", cs="utf-8", cte="quoted-printable", re="Re: "),
    "laposte_webmail": dict(fam="ox", struct="html", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "bbox_webmail": dict(fam="ox", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "proximus_webmail": dict(fam="ox", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "bluewin_webmail": dict(fam="ox", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "videotron_webmail": dict(fam="zimbra", struct="html", cs="utf-8", cte="quoted-printable", re="Re: "),
    "yahoo_web": dict(fam="yahoo", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "yahoo_android": dict(fam="yahoo", struct="alt", cs="UTF-8", cte="quoted-printable", re="Re: "),
    "samsung_email": dict(fam="samsung", struct="alt", cs="UTF-8", cte="base64", re="RE: "),
    "notary_inhouse": dict(fam="notaire", struct="alt", cs="UTF-8", cte="quoted-printable", re="Réf. : "),
    "exchange_onprem": dict(fam="outlook", struct="alt", cs="windows-1252", cte="quoted-printable", re="RE : "),
}


class Reply:
    """One human reply (or note) sent to the firm."""

    def __init__(
        self,
        slug,
        client,
        sender,
        out,
        date,
        top=(),
        lang="fr",
        country="FR",
        opt_out=False,
        device=None,
        bottom=(),
        inline=None,
        relay=("smtp.example.net", "203.0.113.10"),
        ui=None,
        to=None,
        cc=(),
        subject=None,
        irt=True,
        opts=None,
        forward=None,
        cs=None,
        cte=None,
        label=None,
        sent_copy=False,
        extra_headers=(),
    ):
        self.slug = slug
        self.client = client
        self.cfg = dict(CLIENTS[client])
        if cs:
            self.cfg["cs"] = cs
        if cte:
            self.cfg["cte"] = cte
        self.sender = sender
        self.out = out
        self.country = country
        self.tz = TZ[country]
        self.date = D(date, self.tz)
        v = dict(out.vars) if out is not None else {}
        self.top = [x.format(**v) if v else x for x in top]
        self.bottom = [x.format(**v) if v else x for x in bottom]
        self.lang = lang
        self.ui = ui or ("en" if lang == "en" else "fr")
        self.opt_out = opt_out
        self.device = device
        self.inline = [(a, [x.format(**v) if v else x for x in b]) for a, b in (inline or [])]
        self.relay = relay
        self.to = to
        self.cc = list(cc)
        self.subject = subject
        self.irt = irt
        self.opts = dict(opts or {})
        self.forward = forward
        self.label = label
        self.sent_copy = sent_copy
        self.extra_headers = list(extra_headers)
        self.r = rng("blind28-reply", slug)
        self.quote = list(out.lines) if out is not None else []
        self.html_cs = self.cfg["cs"]

    def quoted_dt(self):
        return local(self.out.date, self.tz)

    def new_text(self):
        if self.label is not None:
            return list(self.label)
        lines = list(self.top)
        for _a, ans in self.inline:
            lines += ans
        lines += self.bottom
        return [x.strip() for x in lines if x.strip()]

    # ----------------------------------------------------------------------
    def body_parts(self):
        fam = self.opts.get("fam") or self.cfg["fam"]
        text, h = FAMILIES[fam](self)
        cs, cte, st = self.cfg["cs"], self.cfg["cte"], self.opts.get("struct", self.cfg["struct"])
        text_s = "\n".join(text) + "\n"
        r = self.r
        if st in ("flowed", "flowed_delsp"):
            delsp = st == "flowed_delsp"
            flowed = "\n".join(flow(text, 72, delsp=delsp)) + "\n"
            ct = f"text/plain; charset={cs}; format=flowed" + ("; delsp=yes" if delsp else "")
            return text_part(flowed, ct, cs, cte), "text"
        html_doc = h
        if st == "text":
            return text_part(text_s, f"text/plain; charset={cs}", cs, cte), "text"
        if st == "html":
            ct = f"text/html; charset={cs}" if self.client != "sfr_webmail" else f'text/html; charset="{cs}"'
            return text_part(html_doc + "\n", ct, cs, cte), "html"
        # multipart/alternative
        fam_b = {
            "gmail": "000000000000" + lowhex(r, 16),
            "ios": "Apple-Mail-" + uuid_from(r).upper(),
            "outlook": "_000_" + (self.mid_host or "MSG") + hexid(r, 24) + "_",
            "zimbra": "=_" + uuid_from(r),
            "orange": f"----=_Part_{r.randrange(10000, 99999)}_{r.randrange(10**8, 10**9)}.{epoch_ms(self.date)}",
            "yahoo": f"----=_Part_{r.randrange(10**6, 10**7)}_{r.randrange(10**8, 10**9)}.{epoch_ms(self.date)}",
            "samsung": f"--_com.samsung.android.email_{r.randrange(10**14, 10**15)}",
            "ox": f"----=_Part_{r.randrange(100, 9999)}_{r.randrange(10**8, 10**9)}.{epoch_ms(self.date)}",
            "notaire": f"=_alternative 00{hexid(r, 6)}C1258B{hexid(r, 2)}_=",
            "gmail_fwd": "000000000000" + lowhex(r, 16),
        }[self.opts.get("fam") or self.cfg["fam"]]
        tq = {"gmail": '"', "gmail_fwd": '"', "outlook": '"'}.get(self.cfg["fam"], "")
        tp = text_part(text_s, f"text/plain; charset={tq}{cs}{tq}", cs, cte)
        hp = text_part(html_doc + "\n", f"text/html; charset={tq}{cs}{tq}", cs, cte)
        return multipart("alternative", [tp, hp], fam_b), "text"

    def headers(self):
        r = self.r
        c = self.client
        dom = self.sender.email.split("@", 1)[1]
        dt = self.date
        self.mid_host = None
        if c.startswith("gmail"):
            mid = mid_gmail(r, dom)
        elif c in ("iphone", "ipad"):
            mid = mid_apple(r, dom)
        elif c == "thunderbird":
            mid = mid_tb(r, dom)
        elif c == "roundcube":
            mid = mid_rc(r, dom)
        elif c == "horde":
            mid = mid_horde(r, dom, dt)
        elif c in ("outlook_com", "outlook_mobile", "windows_mail"):
            mid, self.mid_host = mid_outlookcom(r)
        elif c == "outlook_desktop":
            mid = mid_outlook_pop(r, dom) if not self.opts.get("exchange") else None
            if mid is None:
                host = self.opts["exchange"]
                self.mid_host = host.split(".")[0]
                mid = f"<{self.mid_host}{hexid(r, 28)}@{host}>"
        elif c == "exchange_onprem":
            host = self.opts.get("exchange", f"EXCH01.{dom}")
            mid = f"<{hexid(r, 8)}{hexid(r, 24)}@{host}>"
            self.mid_host = host.split(".")[0]
        elif c == "orange_webmail":
            mid = mid_javamail(r, f"www@wwinf{r.choice('12')}{r.choice('abcdefghm')}{r.randrange(10, 40)}", dt)
        elif c == "free_zimbra":
            mid = mid_javamail(r, f"root@zimbra{r.randrange(20, 90)}-e{r.randrange(10, 16)}.priv.proxad.net", dt)
        elif c == "sfr_webmail":
            mid = mid_javamail(r, f"open-xchange@wsfrf{r.randrange(1000, 1500)}", dt)
        elif c == "videotron_webmail":
            mid = mid_javamail(r, f"zimbra@mbox{r.randrange(1, 40)}.videotron.ca", dt)
        elif c.startswith("yahoo"):
            mid = mid_yahoo(r, dt)
        elif c == "samsung_email":
            mid = mid_samsung(r, dom)
        elif c in ("laposte_webmail", "bbox_webmail", "proximus_webmail", "bluewin_webmail"):
            mid = mid_ox(r, self.opts.get("ox_host", f"webmail.{dom}"), dt)
        elif c == "notary_inhouse":
            mid = f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ONC1258B{hexid(r, 2)}.00{hexid(r, 6)}-C1258B{hexid(r, 2)}.00{hexid(r, 6)}@{dom}>"
        else:
            raise ValueError(c)
        self.msgid = mid
        to = self.to or self.out.frm
        subj_base = self.subject if self.subject is not None else self.cfg["re"] + self.out.subject
        if self.cfg["fam"] == "outlook" or c == "notary_inhouse":
            subject = ew(subj_base, "utf-8", "B")
        elif c.startswith("yahoo") or c == "samsung_email":
            subject = ew(subj_base, "UTF-8", "B")
        else:
            pre = subj_base[: len(self.cfg["re"])] if self.subject is None else ""
            subject = ew_subject(pre, subj_base[len(pre) :], "UTF-8" if c.startswith("gmail") else "utf-8", "Q")
        ip = self.relay[1]
        exo = f"{r.choice(['PA4P264MB', 'PR1P264MB', 'MRZP264MB'])}{r.randrange(1000, 9999)}"
        utc = dt.astimezone(UTC) + timedelta(seconds=r.randrange(3, 40))
        recv = (
            f"from {self.relay[0]} ({ip}) by {exo}.FRAP264.PROD.OUTLOOK.COM\r\n"
            f" ({exo.lower()}.frap264.prod.outlook.com) with Microsoft SMTP Server\r\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.{r.randrange(10, 40)}; {rfcdate(utc)}"
        )
        frm = addr(self.sender.name, self.sender.email, "utf-8", "Q" if not c.startswith("yahoo") else "B")
        tos = addr(to.name, to.email, "utf-8", "Q")
        irt = []
        if self.irt and self.out is not None:
            refs = [*self.out.refs, self.out.msgid]
            irt = [("References", "\r\n ".join(refs)), ("In-Reply-To", self.out.msgid)]
        hs = [("Received", recv)]
        cc = [("Cc", ", ".join(addr(x.name, x.email, "utf-8", "Q") for x in self.cc))] if self.cc else []
        fam = self.cfg["fam"]
        if fam == "gmail":
            hs += [("MIME-Version", "1.0"), *irt, ("From", frm), ("Date", rfcdate(dt)), ("Message-ID", mid)]
            hs += [("Subject", subject), ("To", tos), *cc]
        elif fam == "ios":
            hs += [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", rfcdate(dt)), ("Subject", subject)]
            hs += [*irt[:1], *cc, *irt[1:], ("To", tos), ("Message-Id", mid), ("X-Mailer", self.cfg["mailer"])]
        elif fam == "prefix":
            ua = self.opts.get("ua")
            hs += [("Message-ID", mid), ("Date", rfcdate(dt)), ("MIME-Version", "1.0")]
            if c == "thunderbird":
                hs += [("User-Agent", ua or "Mozilla Thunderbird")]
            hs += [("Subject", subject), ("To", tos), *cc, *irt[:1], ("Content-Language", "fr")]
            hs += [("From", frm), *irt[1:]]
            if c == "roundcube":
                hs += [("User-Agent", ua or "Roundcube Webmail/1.6.11")]
            if c == "horde":
                hs += [("User-Agent", "Horde Application Framework 5")]
        else:
            hs += [("Date", rfcdate(dt)), ("From", frm), ("To", tos), *cc, ("Subject", subject)]
            hs += [("Message-ID", mid), *irt[1:], *irt[:1]]
            if fam == "outlook":
                hs += [("Thread-Topic", ew(self.out.subject, "utf-8", "B"))]
                hs += [("Thread-Index", thread_index(r, 2))]
                hs += [("Accept-Language", "fr-FR, en-US"), ("Content-Language", self.opts.get("clang", "fr-FR"))]
                if c == "outlook_desktop" and not self.opts.get("exchange"):
                    hs += [("X-Mailer", "Microsoft Outlook 16.0")]
            if fam == "zimbra":
                hs += [
                    (
                        "X-Mailer",
                        self.opts.get("mailer", "Zimbra 10.0.9_GA_0123 (ZimbraWebClient - FF131 (Win)/10.0.9_GA_0123)"),
                    )
                ]
                hs += [("Thread-Topic", ew(self.out.subject, "utf-8", "Q")), ("Thread-Index", hexid(r, 28))]
            if fam == "orange":
                hs += [("X-Originating-IP", f"[{ip}]"), ("X-Wum-Nature", "EMAIL-NATURE")]
                hs += [("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|"), ("X-WUM-REPLYTO", "|~|")]
            if fam == "yahoo":
                hs += [("X-Mailer", self.opts.get("mailer", "WebService/1.1.25118 YMailNorrin"))]
            if fam == "ox":
                hs += [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66")]
                hs += [("X-Originating-Client", "open-xchange-appsuite")]
            hs += [("MIME-Version", "1.0")]
        hs += self.extra_headers
        return hs

    def build(self):
        hs = self.headers()
        part, mode = self.body_parts()
        raw = message(hs, part)
        nt = self.new_text()
        answers = self.out.date if self.out is not None else D(self.forward["date"], 2)
        sent = self.out.sent_copy() if self.sent_copy else None
        return dict(
            slug=self.slug,
            client=self.client,
            lang=self.lang,
            kind="human",
            raw=raw,
            new_text=nt,
            mode=mode,
            top=bool(nt) and nt[0] == next((x.strip() for x in self.top if x.strip()), None),
            date=self.date.isoformat(),
            utc=self.date.astimezone(UTC),
            answers=answers.astimezone(UTC),
            country=self.country,
            device=self.device,
            sent=sent,
            opt_out=self.opt_out,
            msgid=self.msgid,
        )
