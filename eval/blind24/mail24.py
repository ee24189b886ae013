"""blind24's mail engine: time zones, people, dates in each client's words, line items, client families, and MIME.

A message is a list of line items (Ln): its text without quote markers, a role (N new text, A an answer typed inside
the quoted copy, D the device line, Q quoted history / attribution / header block, B a gateway banner on top, F a
gateway footer after the history), a depth (blockquote nesting) and a style. A client family (Fam) turns the items
into the text/plain part (quote markers from the depth, its link and bold conventions, its wrapping) and into the
HTML alternative (one block per text line, as blind23 did: the HTML never holds anything the text part does not).
"""

import html as htmlmod
import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

from mime12 import ew, hexid, lowhex, multipart, text_part
from mime12 import message as mime_message

# --------------------------------------------------------------------------
# time zones: (standard offset, summer offset, switch instant in UTC or None)
# US and Canada: DST from Sunday 14 March 2027 02:00 local; UK and EU from Sunday 28 March 2027 01:00 UTC;
# Brazil, Mexico (since 2022), Colombia, Peru, Argentina, Venezuela: none; Chile keeps its summer time (-03) until
# Sunday 4 April 2027.
# --------------------------------------------------------------------------
ZONES = {
    "ET": (-5, -4, datetime(2027, 3, 14, 7, 0, tzinfo=UTC)),
    "CT": (-6, -5, datetime(2027, 3, 14, 8, 0, tzinfo=UTC)),
    "MT": (-7, -6, datetime(2027, 3, 14, 9, 0, tzinfo=UTC)),
    "PT": (-8, -7, datetime(2027, 3, 14, 10, 0, tzinfo=UTC)),
    "AT": (-4, -3, datetime(2027, 3, 14, 6, 0, tzinfo=UTC)),
    "BR": (-3, -3, None),
    "MX": (-6, -6, None),
    "CO": (-5, -5, None),
    "PE": (-5, -5, None),
    "AR": (-3, -3, None),
    "CL": (-3, -3, None),
    "VE": (-4, -4, None),
    "UK": (0, 1, datetime(2027, 3, 28, 1, 0, tzinfo=UTC)),
    "CET": (1, 2, datetime(2027, 3, 28, 1, 0, tzinfo=UTC)),
    "UTC": (0, 0, None),
}
ZONE_ABBR = {
    "ET": ("EST", "EDT"),
    "CT": ("CST", "CDT"),
    "MT": ("MST", "MDT"),
    "PT": ("PST", "PDT"),
    "UK": ("GMT", "BST"),
}


def at(zone, s):
    """Local wall time 'YYYY-MM-DD HH:MM[:SS]' in a zone -> aware datetime with the right offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(s, fmt)
    std, dst, switch = ZONES[zone]
    off = std
    if switch is not None and (naive - timedelta(hours=std)).replace(tzinfo=UTC) >= switch:
        off = dst
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def local(dt, zone):
    """The same instant in a zone's local time."""
    std, dst, switch = ZONES[zone]
    u = dt.astimezone(UTC)
    off = dst if (switch is not None and u >= switch) else std
    return u.astimezone(timezone(timedelta(hours=off)))


def is_summer(dt, zone):
    switch = ZONES[zone][2]
    return switch is not None and dt.astimezone(UTC) >= switch


def tindex(r, replies=0):
    """An Outlook Thread-Index: a version byte, a FILETIME fragment and a GUID, then five bytes per reply."""
    import base64

    raw = bytes([1]) + bytes(r.randrange(256) for _ in range(21 + 5 * replies))
    return base64.b64encode(raw).decode()


def utc(dt):
    return dt.astimezone(UTC)


def later(dt, minutes=0, seconds=0):
    return dt + timedelta(minutes=minutes, seconds=seconds)


# --------------------------------------------------------------------------
# Date headers
# --------------------------------------------------------------------------
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _off(dt):
    o = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if o >= 0 else "-"
    o = abs(o)
    return f"{sign}{o // 60:02d}{o % 60:02d}"


def hdate(dt, pad=False, comment=None):
    """RFC 5322 date: 'Tue, 2 Mar 2027 09:40:12 -0500' (pad: '02')."""
    day = f"{dt.day:02d}" if pad else str(dt.day)
    s = f"{WD3[dt.weekday()]}, {day} {MO3[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {_off(dt)}"
    return s + (f" ({comment})" if comment else "")


# --------------------------------------------------------------------------
# dates in the words of each client and locale
# --------------------------------------------------------------------------
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre"]
FR_M.append("décembre")
FR_M3 = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_D3 = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre"]
ES_M += ["noviembre", "diciembre"]
ES_D3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_M3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
PT_D = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro"]
PT_M += ["novembro", "dezembro"]
PT_D3 = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_M3 = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November"]
DE_M.append("Dezember")
NL_D2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_M3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NNBSP = "\u202f"


def h12(dt, sep=" ", ampm=("AM", "PM"), pad=False):
    h = dt.hour % 12 or 12
    hh = f"{h:02d}" if pad else str(h)
    return f"{hh}:{dt:%M}{sep}{ampm[dt.hour >= 12]}"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def when(dt, style):
    """A date as a client prints it in a header block or an attribution line."""
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if style == "outlook-en-US":
        return f"{EN_D[wd]}, {EN_M[m]} {d}, {y} {h12(dt)}"
    if style == "outlook-mobile-en-US":
        return f"{EN_D[wd]}, {EN_M[m]} {d}, {y} {h12(dt).replace(' ', f':{dt:%S} ')}"
    if style == "outlook-en-CA":
        return f"{EN_M[m]} {d}, {y} {h12(dt, ampm=('a.m.', 'p.m.'))}"
    if style == "outlook-en-GB":
        return f"{d:02d} {EN_M[m]} {y} {dt:%H:%M}"
    if style == "outlook-mac-en-US":
        return f"{EN_D[wd]}, {EN_M[m]} {d}, {y} at {h12(dt)}"
    if style == "outlook-fr-CA":
        return f"{d} {FR_M[m]} {y} {dt:%H} h {dt:%M}"
    if style == "outlook-mobile-fr-CA":
        return f"{d} {FR_M[m]} {y} {dt:%H:%M:%S}"
    if style == "outlook-mac-fr-CA":
        return f"{FR_D[wd]} {d} {FR_M[m]} {y} à {dt:%H:%M}"
    if style == "outlook-es-MX":
        return f"{ES_D[wd]}, {d} de {ES_M[m]} de {y} {h12(dt, ampm=('a. m.', 'p. m.'), pad=True)}"
    if style == "outlook-es":
        return f"{ES_D[wd]}, {d} de {ES_M[m]} de {y} {dt.hour}:{dt:%M}"
    if style == "outlook-mobile-es":
        return f"{ES_D[wd]}, {d} de {ES_M[m]} de {y} {dt.hour}:{dt:%M}:{dt:%S}"
    if style == "outlook-pt-BR":
        return f"{PT_D[wd]}, {d} de {PT_M[m]} de {y} {dt:%H:%M}"
    if style == "outlook-mobile-pt-BR":
        return f"{PT_D[wd]}, {d} de {PT_M[m]} de {y} {dt:%H:%M:%S}"
    if style == "outlook-de-DE":
        return f"{DE_D[wd]}, {d}. {DE_M[m]} {y} {dt:%H:%M}"
    if style == "gmail-en-US":
        return f"{WD3[wd]}, {MO3[m]} {d}, {y} at {h12(dt)}"
    if style == "gmail-en-GB":
        return f"{WD3[wd]}, {d} {MO3[m]} {y} at {dt:%H:%M}"
    if style == "gmail-fr-CA":
        return f"{FR_D3[wd]} {d} {FR_M3[m]} {y} à {dt:%H} h {dt:%M}"
    if style == "gmail-es":
        return f"{ES_D3[wd]}, {d} {ES_M3[m]} {y} a las {dt.hour}:{dt:%M}"
    if style == "gmail-es-new":
        return f"{ES_D3[wd]}., {d} {ES_M3[m]}. {y} a las {dt.hour}:{dt:%M}"
    if style == "gmail-pt-BR":
        return f"{PT_D3[wd]}, {d} de {PT_M3[m]} de {y} às {dt:%H:%M}"
    if style == "gmail-nl":
        return f"{NL_D2[wd]} {d} {NL_M3[m]} {y} om {dt:%H:%M}"
    if style == "apple-en-US":
        return f"{MO3[m]} {d}, {y}, at {h12(dt, sep=NNBSP)}"
    if style == "apple-en-US-old":
        return f"{MO3[m]} {d}, {y}, at {h12(dt)}"
    if style == "apple-en-GB":
        return f"{d} {MO3[m]} {y}, at {dt:%H:%M}"
    if style == "apple-fr-CA":
        return f"{d} {FR_M3[m]} {y} à {dt:%H:%M}"
    if style == "apple-es":
        return f"{d} {ES_M3[m]} {y}, a las {dt.hour}:{dt:%M}"
    if style == "apple-pt-BR":
        return f"{d} de {PT_M3[m]} de {y}, à(s) {dt:%H:%M}"
    if style == "yahoo-en-US":
        return f"{EN_D[wd]}, {EN_M[m]} {d}, {y}, {h12(dt, pad=True).replace(' ', f':{dt:%S} ')}"
    if style == "aol-classic":
        return f"{WD3[wd]}, {MO3[m]} {d}, {y} {h12(dt, ampm=('am', 'pm'))}"
    if style == "proton":
        return f"{EN_D[wd]}, {EN_M[m]} {ordinal(d)}, {y} at {h12(dt)}"
    if style == "superhuman":
        return f"{WD3[wd]}, {MO3[m]} {d:02d}, {y} at {h12(dt)}"
    if style == "fastmail":
        return f"{WD3[wd]}, {d} {MO3[m]} {y}, at {dt:%H:%M}"
    if style == "zoho":
        return f"{WD3[wd]}, {d:02d} {MO3[m]} {y} {dt:%H:%M:%S} {_off(dt)}"
    if style == "hey":
        return f"{EN_M[m]} {d}, {y}"
    if style == "salesforce":
        return f"{dt.month}/{d}/{y} {h12(dt)}"
    if style == "samsung-en-US":
        return f"{dt.month}/{d}/{y % 100} {h12(dt)} (GMT{_off(dt)[:3]}:{_off(dt)[3:]})"
    if style == "samsung-es":
        return f"{d}/{dt.month}/{y % 100} {dt.hour}:{dt:%M} (GMT{_off(dt)[:3]}:{_off(dt)[3:]})"
    if style == "front":
        return f"{WD3[wd]}, {MO3[m]} {d}, {y} at {h12(dt)}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    def __init__(self, name, email, zone):
        self.name = name
        self.email = email
        self.zone = zone

    def __repr__(self):
        return f"Person({self.email})"


def disp(p, style="angle"):
    """How a header block or attribution names a person."""
    if style == "angle":
        return f"{p.name} <{p.email}>" if p.name else p.email
    if style == "bracket":
        return f"{p.name} [{p.email}]" if p.name else p.email
    if style == "spaced":
        return f"{p.name} < {p.email} >"
    if style == "name":
        return p.name or p.email
    if style == "paren":
        return f"{p.name} (<{p.email}>)"
    raise ValueError(style)


def hdr_addr(p):
    """A From/To header value (RFC 2047 words for non-ASCII names)."""
    if not p.name:
        return p.email
    if any(ord(c) > 127 for c in p.name):
        return f"{ew(p.name)} <{p.email}>"
    if any(c in "()<>[]:;@\\,.\"'" for c in p.name):
        n = p.name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{n}" <{p.email}>'
    return f"{p.name} <{p.email}>"


def hdr_addrs(ps):
    return ",\r\n\t".join(hdr_addr(p) for p in ps)


# --------------------------------------------------------------------------
# line items
# --------------------------------------------------------------------------
class Ln:
    __slots__ = ("depth", "role", "style", "text")

    def __init__(self, text, role="N", depth=0, style=None):
        self.text = text
        self.role = role
        self.depth = depth
        self.style = style

    def q(self, add=1):
        """This line as quoted history in someone else's reply."""
        return Ln(self.text, "Q", self.depth + add, self.style)


def lines_of(s):
    """A dedented text block -> list of lines (first and last empty lines dropped)."""
    if s.startswith("\n"):
        s = s[1:]
    s = s.rstrip(" \n")
    raw = s.split("\n")
    first = next((x for x in raw if x.strip()), "")
    ind = len(first) - len(first.lstrip(" "))
    return [ln[min(ind, len(ln) - len(ln.lstrip(" "))) :].rstrip() for ln in raw]


def items(s, role="N", depth=0, style=None):
    return [Ln(x, role, depth, style) for x in lines_of(s)]


LINK_MARK = re.compile(r"\[\[([^|\]]*)\|([^\]]+)\]\]")


# --------------------------------------------------------------------------
# client families
# --------------------------------------------------------------------------
class Fam:
    """How one client renders text and HTML, quotes, and writes MIME."""

    def __init__(self, key, **kw):
        self.key = key
        self.quote_marks = kw.get("quote_marks", "none")  # none | gmail (">>") | apple ("> >")
        self.link = kw.get("link", "outlook")  # outlook "t<u>" | space "t <u>" | paren "t ( u )" | text "t"
        self.bold = kw.get("bold", "")  # "*" for Gmail's text rendering of <b>
        self.wrap = kw.get("wrap")  # hard wrap width of the text part, or None
        self.html = kw.get("html", "generic")  # outlook | gmail | apple | generic | yahoo
        self.mime = kw.get("mime", "generic")
        self.cs_text = kw.get("cs_text", "utf-8")

    def pfx(self, depth):
        if not depth:
            return ""
        if self.quote_marks == "gmail":
            return ">" * depth + " "
        if self.quote_marks == "apple":
            return "> " * depth
        return ""

    def render_links(self, s, html=False, rewrite=None):
        def rep(m):
            t, u = m.group(1), m.group(2)
            if rewrite:
                u = rewrite(u)
            if html:
                return f'<a href="{htmlmod.escape(u)}">{htmlmod.escape(t or u)}</a>'
            if not t:
                return u
            if self.link == "outlook":
                return f"{t}<{u}>"
            if self.link == "space":
                return f"{t} <{u}>"
            if self.link == "paren":
                return f"{t} ( {u} )"
            if self.link == "text":
                return t
            raise ValueError(self.link)

        if html:
            parts = []
            pos = 0
            for m in LINK_MARK.finditer(s):
                parts.append(htmlmod.escape(s[pos : m.start()], quote=False))
                parts.append(rep(m))
                pos = m.end()
            parts.append(htmlmod.escape(s[pos:], quote=False))
            return "".join(parts)
        return LINK_MARK.sub(rep, s)


def text_of(ln, fam, rewrite=None):
    """The content of one item as the family writes it in the text part (without quote markers)."""
    s = fam.render_links(ln.text, rewrite=rewrite)
    st = ln.style
    if isinstance(st, tuple) and st[0] == "hdr" and fam.bold:
        lab = st[1]
        if s.startswith(lab):
            s = f"{fam.bold}{lab}{fam.bold}{s[len(lab) :]}"
    elif st == "b" and fam.bold and s:
        s = f"{fam.bold}{s}{fam.bold}"
    elif isinstance(st, tuple) and st[0] == "fwdfrom" and fam.bold:
        s = s.replace(st[1], f"{fam.bold}{st[1]}{fam.bold}", 1)
    return s


def wrap_text(s, width):
    """Greedy wrap at spaces (Gmail-like); a long attribution breaks after '<'."""
    if len(s) <= width:
        return [s]
    if s.endswith(("wrote:", "escribió:", "escreveu:", "a écrit :", "schreef")) or " schreef " in s:
        i = s.find("<")
        if 0 < i < width:
            return [s[: i + 1], *wrap_text(s[i + 1 :], width)]
    out = []
    words = s.split(" ")
    cur = ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if len(cand) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = cand
    out.append(cur)
    return out


def render(items_, fam, rewrite=None):
    """Items -> list of rendered rows (text_line, role, depth, style, html_content)."""
    rows = []
    for ln in items_:
        pfx = fam.pfx(ln.depth)
        content = text_of(ln, fam, rewrite if ln.role == "Q" else None)
        hcontent = html_content(ln, rewrite if ln.role == "Q" else None, fam)
        if fam.wrap and content and ln.role not in ("B", "F"):
            pieces = wrap_text(content, max(30, fam.wrap - len(pfx)))
        else:
            pieces = [content]
        if len(pieces) > 1 and ln.role in ("N", "A") and LINK_MARK.search(ln.text):
            raise ValueError(f"a wrapped label line holds a link: {ln.text!r}")
        for i, piece in enumerate(pieces):
            line = (pfx + piece) if piece else pfx.rstrip()
            if len(pieces) == 1:
                hc = hcontent
            elif ln.role in ("N", "A"):
                hc = htmlmod.escape(piece, quote=False)
            else:
                hc = hcontent if i == 0 else None  # the HTML keeps the logical line once
            rows.append((line, ln.role, ln.depth, ln.style, hc))
    return rows


def html_content(ln, rewrite, fam):
    s = fam.render_links(ln.text, html=True, rewrite=rewrite)
    st = ln.style
    if isinstance(st, tuple) and st[0] == "hdr":
        lab = htmlmod.escape(st[1])
        if s.startswith(lab):
            s = f"<b>{lab}</b>{s[len(lab) :]}"
    elif st == "b" and s:
        s = f"<b>{s}</b>"
    elif isinstance(st, tuple) and st[0] == "fwdfrom":
        n = htmlmod.escape(st[1])
        s = s.replace(n, f'<strong class="gmail_sendername" dir="auto">{n}</strong>', 1)
    return s


# --------------------------------------------------------------------------
# HTML documents
# --------------------------------------------------------------------------
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
    'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
    "@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t"
    '{{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}}\na:link, span.MsoHyperlink\n\t'
    "{{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}}\nspan.EmailStyle20\n\t"
    '{{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}}\n'
    ".MsoChpDefault\n\t{{mso-style-type:export-only;\n\tfont-size:10.0pt;}}\n@page WordSection1\n\t"
    "{{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}}\ndiv.WordSection1\n\t{{page:WordSection1;}}\n"
    '--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def html_doc(rows, fam, lang_tag="EN-US", cs="utf-8"):
    flav = fam.html
    out = []
    if flav == "outlook":
        out.append(OUTLOOK_HEAD.format(cs=cs, lang=lang_tag))
        bq = (
            '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt;'
            'margin-left:4.8pt;margin-right:0in">'
        )
    elif flav == "gmail":
        out.append('<div dir="ltr">')
        bq = (
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">'
        )
    elif flav == "apple":
        out.append(
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
            'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        )
        bq = '<blockquote type="cite">'
    elif flav == "yahoo":
        out.append(
            '<html><head></head><body><div class="ydp1f2e3d4cyahoo-style-wrap" style="font-family:Helvetica '
            'Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        )
        bq = '<div class="ydp1f2e3d4cyqt" style="margin-left:0;padding-left:0">'
    else:
        out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>')
        bq = '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    bq_close = "</div>" if flav == "yahoo" else "</blockquote>"
    depth = 0
    in_hdr = False
    in_banner = False
    for _line, _role, d, style, hc in rows:
        if hc is None:
            continue
        is_hdr = isinstance(style, tuple) and style[0] == "hdr"
        if in_hdr and not is_hdr:
            out.append("</div>")
            in_hdr = False
        if in_banner and style != "banner":
            out.append("</td></tr></table>")
            in_banner = False
        while depth < d:
            out.append(bq)
            depth += 1
        while depth > d:
            out.append(bq_close)
            depth -= 1
        if is_hdr and not in_hdr:
            if flav == "outlook":
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
            else:
                out.append('<div class="hdr" style="border-top:1px solid #b5c4df;padding-top:3pt">')
            in_hdr = True
        if style == "banner" and not in_banner:
            out.append(
                '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;'
                'background:#FFEB9C;border:solid #9C6500 1.0pt"><tr><td style="padding:4pt">'
            )
            in_banner = True
        css = ""
        if isinstance(style, tuple) and style[0] == "color":
            css = f' style="color:{style[1]}"'
        elif style == "footer":
            css = ' style="color:#7F7F7F;font-size:8.0pt"'
        elif style == "sep":
            hc = hc or ""
        if flav == "outlook":
            inner = hc if hc else "<o:p>&nbsp;</o:p>"
            if css:
                inner = f"<span{css}>{inner}</span>"
            out.append(f'<p class="MsoNormal">{inner}</p>')
        elif flav == "gmail" and style == "attr":
            out.append(f'<div dir="ltr" class="gmail_attr">{hc}<br></div>')
        else:
            inner = hc if hc else "<br>"
            out.append(f"<div{css}>{inner}</div>")
    if in_hdr:
        out.append("</div>")
    if in_banner:
        out.append("</td></tr></table>")
    while depth > 0:
        out.append(bq_close)
        depth -= 1
    if flav == "outlook":
        out.append("</div>\n</body>\n</html>")
    elif flav == "gmail":
        out.append("</div>")
    elif flav == "yahoo":
        out.append("</div></body></html>")
    else:
        out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
def pick_cs(text, prefer):
    if all(ord(c) < 128 for c in text):
        return "us-ascii"
    if prefer in ("iso-8859-1", "windows-1252"):
        try:
            text.encode("latin-1" if prefer == "iso-8859-1" else "cp1252")
            return prefer
        except UnicodeEncodeError:
            return "utf-8"
    return "utf-8"


def textpart(text, cs, style="outlook", cte=None, flowed=False):
    """A text part as a family writes it."""
    sub = "html" if text.lstrip().startswith("<") else "plain"
    if style == "gmail":
        csv = "UTF-8"
        ascii_ok = all(ord(c) < 128 for c in text) and all(len(x) <= 76 for x in text.split("\n"))
        cte = cte or ("7bit" if ascii_ok and sub == "plain" else "quoted-printable")
        ct = f'text/{sub}; charset="{csv}"'
        if cte == "7bit":
            return _bare_part(text, ct, "utf-8")
        return text_part(text, ct, "utf-8", cte)
    if style == "apple":
        ct = f"text/{sub};\r\n\tcharset={cs}"
        return text_part(text, ct, cs, cte or "quoted-printable", cte_first=True)
    if style == "exo":
        return text_part(text, f'text/{sub}; charset="{cs}"', cs, cte or "quoted-printable")
    if style == "plainflowed":
        ct = f"text/plain; charset={cs}; format=flowed"
        return text_part(text, ct, cs, cte or ("7bit" if cs == "us-ascii" else "8bit"))
    ct = f"text/{sub}; charset={cs}"
    return text_part(text, ct, cs, cte or ("7bit" if cs == "us-ascii" else "quoted-printable"))


def _bare_part(text, ct, cs):
    from mime12 import Part

    data = text.replace("\r\n", "\n").encode(cs).replace(b"\n", b"\r\n")
    return Part([("Content-Type", ct)], data)


def assemble(headers, text=None, html=None, style="outlook", boundary=None, cs_pref="utf-8", extra=(), cs_html=None):
    """headers: ordered (name, value) pairs up to but excluding the content headers."""
    parts = []
    if text is not None:
        cs = pick_cs(text, cs_pref)
        if style == "gmail":
            cs = "utf-8"
        parts.append(textpart(text, cs, style))
    if html is not None:
        csh = cs_html or pick_cs(html, cs_pref)
        if style == "gmail":
            csh = "utf-8"
        html = html.replace('content="text/html; charset=utf-8"', f'content="text/html; charset={csh}"')
        parts.append(textpart(html, csh, style))
    parts.extend(extra)
    if len(parts) == 1:
        return mime_message(headers, parts[0])
    mp = multipart("alternative", parts, boundary)
    return mime_message(headers, mp)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def exo_server(r, region):
    if region.startswith("namprd"):
        n = region[-2:]
        pre = r.choice(["BN0PR", "SJ0PR", "MN2PR", "CH3PR", "DM6PR", "PH0PR", "BL1PR", "MW4PR", "SA1PR", "CY8PR"])
        return f"{pre}{n}MB{r.randrange(1000, 9999)}"
    if region == "CANPRD01":
        return f"{r.choice(['YT3PR01', 'YQBPR01', 'YT2PR01', 'YQXPR01'])}MB{r.randrange(1000, 9999)}"
    if region.startswith("BRAP"):
        return f"{r.choice(['CP4P', 'CPWP', 'CP6P'])}{region[-3:]}MB{r.randrange(1000, 9999)}"
    if region.startswith("LAMP"):
        return f"{r.choice(['SCYP', 'SJ2P', 'SCXP'])}{region[-3:]}MB{r.randrange(1000, 9999)}"
    if region.startswith("GBRP"):
        return f"{r.choice(['LO2P', 'LO4P', 'CWLP', 'LNXP'])}{region[-3:]}MB{r.randrange(1000, 9999)}"
    if region.startswith("eurprd"):
        n = region[-2:]
        return f"{r.choice(['AM9PR', 'DB9PR', 'AS8PR', 'PAXPR', 'FR3PR'])}{n}MB{r.randrange(1000, 9999)}"
    raise ValueError(region)


def exo_mid(r, region):
    srv = exo_server(r, region)
    tail = f"{region}.prod.outlook.com" if region.islower() else f"{region}.PROD.OUTLOOK.COM"
    host = f"{srv}.{tail}"
    return f"<{srv}{hexid(r, 24)}@{host}>", srv, host


def gmail_mid(r):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    body = "".join(r.choice(al) for _ in range(50))
    return f"<CA{r.choice('BDEFGHJKLMNOP')}{body}@mail.gmail.com>"


def apple_mid(r, domain):
    u = uuid.UUID(int=r.getrandbits(128), version=4)
    return f"<{str(u).upper()}@{domain}>"


def uuid_of(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def yahoo_mid(r, dt, host="mail.yahoo.com"):
    ms = int(utc(dt).timestamp() * 1000) + r.randrange(0, 999)
    return f"<{r.randrange(10**8, 2 * 10**9)}.{r.randrange(10**6, 9 * 10**6)}.{ms}@{host}>"


def boundary_exo(mid):
    return f"_000_{mid[1:].split('@')[0]}_"


def boundary_gmail(r):
    return "000000000000" + lowhex(r, 14)


def boundary_apple(r, ios=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()
    return f"Apple-Mail-{u}" if ios else f"Apple-Mail=_{u}"
