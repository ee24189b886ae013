"""blind20: dates as clients print them, message bodies as segments, client renderings (plain and HTML) and MIME
assembly. Low-level encoders are blind12's (mime12)."""

import html as _html
import re
import uuid

from mime12 import D, Part, addr, b64, ew, lowhex, message, multipart, rfcdate, rng, text_part, thread_index

FIRM = "vaucher-ruegg.example"

DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril"],
    "de": ["Januar", "Februar", "März", "April"],
    "it": ["gennaio", "febbraio", "marzo", "aprile"],
    "en": ["January", "February", "March", "April"],
}
SHORT_DAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
SHORT_MONTHS = {"fr": "mars", "de": "März", "it": "mar", "en": "Mar"}


def dt(s):
    """'2027-03-04 09:12' Swiss local time (CET, +01:00; summer time starts on 28 March 2027)."""
    d = D(s, 1)
    if s >= "2027-03-28 03:00":
        d = D(s, 2)
    return d


def long_date(d, lang):
    """Outlook's 'Sent:' value."""
    wd, m = d.weekday(), d.month - 1
    t = d.strftime("%H:%M")
    if lang == "fr":
        return f"{DAYS['fr'][wd]}, {d.day} {MONTHS['fr'][m]} {d.year} {t}"
    if lang == "de":
        return f"{DAYS['de'][wd]}, {d.day}. {MONTHS['de'][m]} {d.year} {t}"
    if lang == "it":
        return f"{DAYS['it'][wd]} {d.day} {MONTHS['it'][m]} {d.year} {t}"
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d.day}, {d.year} {h}:{d.minute:02d} {ampm}"


OUTLOOK_LABELS = {
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}


class P:
    """A person: name, address, optional organisation label."""

    def __init__(self, name, email, lang="fr"):
        self.name, self.email, self.lang = name, email, lang

    def a(self):
        return addr(self.name, self.email)

    def angle(self):
        return f"{self.name} <{self.email}>"


class Msg:
    """A message as its sender's mailbox holds it: for quoting."""

    def __init__(self, key, frm, to, date, subject, body, cc=(), mid=None):
        self.key, self.frm, self.to, self.date, self.subject, self.body = key, frm, list(to), date, subject, body
        self.cc = list(cc)
        self.mid = (
            mid
            or f"<{key_hex(key, 'mid')[:40].upper()}@ZR0P278MB{key_hex(key, 'h')[:4].upper()}.CHEP278.PROD.OUTLOOK.COM>"
        )


def key_hex(key, salt, n=48):
    return lowhex(rng("b20", key, salt), n)


def outlook_block(m, lang, when_lang=None):
    """[(label, value)] as Outlook prints them above a quoted message."""
    lab = OUTLOOK_LABELS[lang]
    rows = [(lab[0], m.frm.angle() if lang != "fr" else f"{m.frm.name} <{m.frm.email}>")]
    rows.append((lab[1], long_date(m.date, when_lang or lang)))
    rows.append((lab[2], "; ".join(p.angle() for p in m.to)))
    if m.cc:
        rows.append((lab[3], "; ".join(p.angle() for p in m.cc)))
    rows.append((lab[4], m.subject))
    return rows


# --------------------------------------------------------------------------
# segments: ("new", lines[, colour]) the sender's own text; ("dev", line) the app's line; ("attr", lines) attribution
# lines; ("hdr", rows) a header block; ("q", lines, depth) quoted lines; ("raw", lines) other text not the sender's
# (banners, footers); ("sep", text) a rule such as Outlook's underscore line.
# --------------------------------------------------------------------------
def label_of(segs):
    out = []
    for s in segs:
        if s[0] == "new":
            out.extend(ln.strip() for ln in s[1] if ln.strip())
    return out


def render_plain(segs, qchar=">"):
    out = []
    for s in segs:
        t = s[0]
        if t in ("new", "attr", "raw"):
            out.extend(s[1])
        elif t == "dev" or t == "sep":
            out.append(s[1])
        elif t == "hdr":
            out.extend(f"{k} {v}" for k, v in s[1])
        elif t == "q":
            d = s[2]
            if d == 0:
                out.extend(s[1])
            else:
                pre = (qchar * d) + " "
                out.extend((pre + ln) if ln else qchar * d for ln in s[1])
    return out


LINKED = re.compile(r"(\S[^<>]*?)<(https?://[^<>\s]+)>")


def esc(s):
    """Escape a line; "text<https://...>" (Outlook's plain form of a link) becomes a link again."""
    out, pos = [], 0
    for m in LINKED.finditer(s):
        out.append(_html.escape(s[pos : m.start()], quote=False))
        words = m.group(1).rsplit(" ", 1)
        if len(words) == 2:
            out.append(_html.escape(words[0] + " ", quote=False))
        out.append(f'<a href="{_html.escape(m.group(2))}">{_html.escape(words[-1], quote=False)}</a>')
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out)


COLOURS = {"red": "#C00000", "blue": "#0070C0", "green": "#00B050"}


def _p(ln, style=""):
    if not ln.strip():
        return f"<p class=MsoNormal{style}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{style}>{esc(ln)}<o:p></o:p></p>"


def html_outlook(segs, lang="fr"):
    tag = {"fr": "FR-CH", "de": "DE-CH", "it": "IT-CH", "en": "EN-GB"}[lang]
    body = []
    for s in segs:
        t = s[0]
        if t == "new":
            col = s[2] if len(s) > 2 else None
            if col:
                st = f" style='color:{COLOURS[col]}'"
                body.extend(
                    f"<p class=MsoNormal><span style='color:{COLOURS[col]}'>{esc(ln)}</span><o:p></o:p></p>"
                    if ln.strip()
                    else _p("", st)
                    for ln in s[1]
                )
            else:
                body.extend(_p(ln) for ln in s[1])
        elif t == "hdr":
            rows = "<br>\n".join(f"<b>{esc(k).replace(' :', '&nbsp;:')}</b> {esc(v)}" for k, v in s[1])
            body.append(
                "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                f"<p class=MsoNormal><b><span lang={tag}>{rows}</span></b><o:p></o:p></p>\n</div>"
            )
        elif t == "sep":
            body.append(
                "<div class=MsoNormal align=center style='text-align:center'><hr size=2 width=\"100%\" align=center></div>"
            )
        elif t in ("q", "raw", "attr"):
            lines = s[1]
            d = s[2] if t == "q" else 0
            inner = "\n".join(_p(ln) for ln in lines)
            for _ in range(d):
                inner = f"<blockquote style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt'>\n{inner}\n</blockquote>"
            body.append(inner)
        elif t == "dev":
            body.append(_p(s[1]))
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n"
        'span.EmailStyle20\n\t{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
    )
    return (
        head
        + f'<body lang={tag} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n<div class=WordSection1>\n'
        + "\n".join(body)
        + "\n</div>\n</body>\n</html>\n"
    )


def html_divs(segs, family="gmail"):
    """Gmail, OWA, Apple, webmail: <div> per line, quotes in blockquotes."""
    out = []
    qopen = 0
    for s in segs:
        t = s[0]
        if t == "new":
            col = s[2] if len(s) > 2 else None
            sty = f' style="color:{COLOURS[col]}"' if col else ""
            out.append(
                '<div dir="ltr">'
                + "".join(f"<div{sty}>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in s[1])
                + "</div>"
            )
        elif t == "dev":
            out.append(f'<div dir="ltr">{esc(s[1])}</div>' if family != "apple" else f"<div>{esc(s[1])}</div>")
        elif t == "attr":
            cls = ' class="gmail_attr"' if family == "gmail" else ""
            out.append(f'<div{cls} dir="ltr">' + "<br>".join(esc(x) for x in s[1]) + "</div>")
        elif t == "hdr":
            rows = "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in s[1])
            out.append(
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>'
            )
        elif t == "sep":
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif t == "raw":
            out.append(
                "<div>"
                + "".join(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in s[1])
                + "</div>"
            )
        elif t == "q":
            d = s[2]
            while qopen < d:
                out.append(
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    if family == "gmail"
                    else '<blockquote type="cite">'
                )
                qopen += 1
            while qopen > d:
                out.append("</blockquote>")
                qopen -= 1
            out.append(
                "<div>"
                + "".join(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in s[1])
                + "</div>"
            )
    while qopen:
        out.append("</blockquote>")
        qopen -= 1
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "\n".join(out)
        + "\n</body></html>\n"
    )


# --------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------
def outlook_mid(key):
    h = key_hex(key, "o").upper()
    return f"<ZR0P278MB{h[:4]}{h[4:36]}@ZR0P278MB{h[:4]}.CHEP278.PROD.OUTLOOK.COM>"


def gmail_mid(key):
    r = rng("b20", key, "g")
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return (
        "<CA"
        + "".join(r.choice(al) for _ in range(12))
        + "+"
        + "".join(r.choice(al) for _ in range(30))
        + "@mail.gmail.com>"
    )


def uuid_mid(key, domain, upper=True):
    r = rng("b20", key, "u")
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return f"<{u.upper() if upper else u}@{domain}>"


def build(
    headers,
    plain=None,
    html=None,
    cs="utf-8",
    cte="quoted-printable",
    html_cte="quoted-printable",
    flowed=False,
    attachments=(),
    key="",
):
    """headers: list of (k, v) (From, To, Subject, Date, Message-ID ...). plain: list of lines or None."""
    r = rng("b20", key, "bnd")

    def bnd():
        return "_000_" + lowhex(r, 28)

    tp = hp = None
    if plain is not None:
        ct = f'text/plain; charset="{cs}"'
        if flowed:
            ct = f"text/plain; charset={cs}; format=flowed"
        tp = text_part("\n".join(plain) + "\n", ct, cs, cte)
    if html is not None:
        hp = text_part(html, 'text/html; charset="utf-8"', "utf-8", html_cte)
    body = multipart("alternative", [tp, hp], bnd()) if tp and hp else tp or hp
    if attachments:
        atts = [
            Part(
                [
                    ("Content-Type", f'{ctype}; name="{name}"'),
                    ("Content-Description", name),
                    ("Content-Disposition", f'attachment; filename="{name}"; size={len(data)}'),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(data),
            )
            for name, ctype, data in attachments
        ]
        body = multipart("mixed", [body, *atts], bnd())
    return message([*headers, ("MIME-Version", "1.0")], body)


def subj(s):
    return ew(s) if any(ord(c) > 127 for c in s) else s


def date_hdr(d):
    return rfcdate(d)


__all__ = ["D", "thread_index"]
