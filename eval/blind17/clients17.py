"""Client layouts of blind17: how each mail client writes the sender's text, signature, device line, the header
block or attribution of the message it answers, its quoting and its HTML. Every message of a thread is rendered by
its own client, and a reply quotes its parent as the replier received it (with the replier's gateway banner and
subject tag, in the replier's time zone), so histories nest as real ones do.

A rendered message (R) keeps: doc, what a replying client quotes (text lines, and Q blocks for HTML blockquotes);
inner, the HTML body content a replying HTML client embeds; plain and html, the parts as sent; label, the new text.
"""

import html as _html
import re
from dataclasses import dataclass, field

import loc17 as LC
from mime12 import L, rng

# --------------------------------------------------------------------------
# basics
# --------------------------------------------------------------------------


def esc(s):
    return _html.escape(s, quote=False)


class Q:
    """A blockquote (an HTML client's quoted message) inside a doc."""

    __slots__ = ("items",)

    def __init__(self, items):
        self.items = list(items)


@dataclass
class R:
    doc: list
    inner: str
    plain: list | None
    html: str | None
    label: list
    top: bool
    flowed: bool = False
    device: str | None = None
    cids: list = field(default_factory=list)


def flat(doc):
    out = []
    for it in doc:
        if isinstance(it, Q):
            out.extend(flat(it.items))
        else:
            out.append(it)
    return out


def qline(ln, style):
    """One more level of '>' quoting. style 'spaced' (Gmail: '> > x') or 'compact' (Apple, Thunderbird: '>> x')."""
    if not ln.strip():
        return ">"
    if style == "compact" and ln.startswith(">"):
        return ">" + ln
    return "> " + ln


def quote_doc(doc, style):
    out = []
    for it in doc:
        if isinstance(it, Q):
            out.extend(qline(x, style) for x in quote_doc(it.items, style))
        else:
            out.append(it)
    return out


def unquote(ln):
    if ln.startswith("> "):
        return ln[2:]
    if ln.startswith(">"):
        return ln[1:]
    return ln


def lab(lines):
    return [ln.strip() for ln in lines if ln.strip()]


def text_lines(text):
    if not text:
        return []
    return [ln.rstrip() for ln in L(text)]


TOK = re.compile(
    r"(?P<url>https?://[^\s<>\"]*[^\s<>\".,;:)\]]|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"]*[^\s<>\".,;:)\]])?)"
    r"|(?P<mail>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)


def _target(m):
    if m.group("url"):
        u = m.group("url")
        return u, (u if u.startswith("http") else "http://" + u + ("" if "/" in u else "/"))
    e = m.group("mail")
    return e, "mailto:" + e


def link_plain(line):
    """Outlook's text alternative writes every link as 'text<target>'."""
    if line.startswith("[cid:"):
        return line
    return TOK.sub(lambda m: "{}<{}>".format(*_target(m)), line)


def link_html(line, style=""):
    out = []
    pos = 0
    for m in TOK.finditer(line):
        out.append(esc(line[pos : m.start()]))
        text, tgt = _target(m)
        st = f' style="{style}"' if style else ""
        out.append(f'<a href="{esc(tgt)}"{st}>{esc(text)}</a>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def wrap_attr(line, width=78):
    """Gmail's text part breaks a long attribution after '<' or at the last space that fits."""
    if len(line) <= width:
        return [line]
    i = line.find("<")
    if 0 < i < width - 1:
        return [line[: i + 1], line[i + 1 :]]
    j = line.rfind(" ", 0, width)
    return [line[:j], line[j + 1 :]]


def hard_wrap(lines, width=76):
    """A plain-text client's wrapping (classic Outlook in plain-text mode)."""
    out = []
    for ln in lines:
        while len(ln) > width:
            j = ln.rfind(" ", 0, width + 1)
            if j <= 0:
                break
            out.append(ln[:j])
            ln = ln[j + 1 :]
        out.append(ln)
    return out


# --------------------------------------------------------------------------
# device lines
# --------------------------------------------------------------------------
IPHONE = {
    "it": "Inviato da iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "fr": "Envoyé de mon iPhone",
    "en": "Sent from my iPhone",
}
IPAD = {
    "it": "Inviato da iPad",
    "es": "Enviado desde mi iPad",
    "pt": "Enviado do meu iPad",
    "fr": "Envoyé de mon iPad",
    "en": "Sent from my iPad",
}
SAMSUNG_LINE = {
    "it": "Inviato da smartphone Samsung Galaxy.",
    "es": "Enviado desde mi smartphone Samsung Galaxy.",
    "pt": "Enviado do meu smartphone Samsung Galaxy.",
    "fr": "Envoyé depuis mon smartphone Samsung Galaxy.",
    "en": "Sent from my Galaxy",
}
OLM = {
    "it": ("Ottieni", "Outlook per {os}"),
    "es": ("Obtener", "Outlook para {os}"),
    "pt": ("Obter o", "Outlook para {os}"),
    "fr": ("Obtenir", "Outlook pour {os}"),
    "en": ("Get", "Outlook for {os}"),
}
OLM_LINK = {"iOS": "https://aka.ms/o0ukef", "Android": "https://aka.ms/AAb9ysg"}


# --------------------------------------------------------------------------
# the thread context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, nodes):
        self.nodes = {}
        for n in nodes:
            if n["key"] in self.nodes:
                raise ValueError(f"duplicate key {n['key']}")
            self.nodes[n["key"]] = n
        self._r = {}
        self._subj = {}

    def node(self, k):
        return self.nodes[k]

    def when(self, n):
        from mime12 import D

        d = n["date"]
        if d.count(":") == 1:
            d += f":{n.get('secs', rng('secs', n['key']).randrange(60)):02d}"
        return D(d, n["frm"].tz)

    def loc(self, n):
        return n.get("loc") or n["frm"].loc

    # subjects -------------------------------------------------------------
    def subject(self, k):
        if k in self._subj:
            return self._subj[k]
        n = self.node(k)
        if (n.get("subject") is not None and not n.get("parent")) or n.get("subject") is not None:
            s = n["subject"]
        else:
            par = self.node(n["parent"])
            base = self.subject_seen(par["key"], n["frm"])
            s = prefixed(base, n["client"], self.loc(n), fwd=n.get("fwd", False))
        self._subj[k] = s
        return s

    def subject_seen(self, k, reader):
        s = self.subject(k)
        n = self.node(k)
        b = reader.inbound_banner() if reader.org is not n["frm"].org else None
        if b and b.tag and b.tag not in s:
            s = f"{b.tag} {s}"
        return s

    # ids --------------------------------------------------------------------
    def msgid(self, k):
        from mime17 import message_id

        return message_id(self, self.node(k))

    def references(self, k):
        n = self.node(k)
        if not n.get("parent") or n.get("fwd"):
            return []
        p = n["parent"]
        return [*self.references(p), self.msgid(p)][-8:]

    def cid(self, n, i=1):
        r = rng("cid", n["key"])
        return f"image{i:03d}.png@01DB{r.randrange(16**4):04X}.{r.randrange(16**8):08X}"

    # rendering -------------------------------------------------------------
    def rendered(self, k):
        if k not in self._r:
            n = self.node(k)
            self._r[k] = RENDER[n["client"]](self, n)
        return self._r[k]

    def view(self, n):
        """The parent of n as n's sender received it (gateway banner of the sender's organisation on top)."""
        if not n.get("parent") or n.get("quote") == "none":
            return None
        par = self.node(n["parent"])
        r = self.rendered(par["key"])
        reader = n["frm"]
        doc, inner = list(r.doc), r.inner
        # what was appended on the way: the sender's gateway footer, a list footer
        for foot in (par["frm"].org.footer if reader.org is not par["frm"].org else [], par.get("seen_footer") or []):
            if foot:
                doc += ["", *foot]
                inner += footer_html(foot)
        b = reader.inbound_banner() if reader.org is not par["frm"].org else None
        if b:
            doc = [*b.lines, "", *doc]
            inner = banner_html(b) + inner
        if doc == r.doc:
            return r
        return R(doc=doc, inner=inner, plain=None, html=None, label=[], top=False)


def footer_html(lines):
    return '<div style="font-size:8pt;color:#7f7f7f">' + "<br>\n".join(esc(x) for x in lines) + "</div>\n"


def banner_html(b):
    body = "<br>".join(esc(x) for x in b.lines)
    return (
        f'<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%"><tr><td style="background:#FFEB9C;'
        f'padding:5.25pt 1.5pt 5.25pt 1.5pt"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:{b.color}">'
        f"{body}</span></b></p></td></tr></table>\n"
    )


REPLY_RE = re.compile(r"^(?:(?:re|r|rif|aw|sv|ref|réf)\s?:\s*)+", re.I)


def prefixed(base, client, loc, fwd=False):
    lg = LC.lang(loc)
    if fwd:
        if client in ("gmail", "gmail_mobile", "apple_mail", "ios_mail", "thunderbird", "roundcube", "zoho"):
            return "Fwd: " + base
        return LC.fwd_prefix(loc) + base
    if client in ("outlook", "outlook_plain", "owa", "outlook_mobile"):
        p = LC.reply_prefix(loc)
        b = base
        for pre in ("RE: ", "RE : ", "R: ", "Re: ", "Re : "):
            if b.startswith(pre):
                b = b[len(pre) :]
                break
        return p + b
    if client == "notes":
        p = {"it": "Rif: ", "fr": "Re : ", "es": "Re: "}.get(lg, "Re: ")
        return p + REPLY_RE.sub("", base) if base.lower().startswith(("re:", "r:", "rif:")) else p + base
    if client == "libero":
        return "R: " + base
    if client == "samsung":
        return base if REPLY_RE.match(base) else "Re: " + base
    # Gmail, Apple, Thunderbird, Roundcube, Zimbra, Zoho, help desks: "Re: " unless already a reply prefix
    return base if REPLY_RE.match(base) else "Re: " + base


# --------------------------------------------------------------------------
# own parts
# --------------------------------------------------------------------------
def own_parts(ctx, n, keep_logo=False):
    p = n["frm"]
    text = text_lines(n.get("text"))
    s = n.get("sig", "default")
    sig = list(p.sig) if s == "default" else (list(s) if s else [])
    d = n.get("disc", True)
    disc = list(p.disclaimer) if d is True else (list(d) if d else [])
    if keep_logo:
        sig = [f"[cid:{ctx.cid(n)}]" if x == "[logo]" else x for x in sig]
    else:
        sig = [x for x in sig if x != "[logo]"]
    return text, sig, disc


def block(text, sig, disc, sig_sep=None):
    out = list(text)
    if sig:
        if out:
            out.append("")
        if sig_sep:
            out.append(sig_sep)
        out.extend(sig)
    if disc:
        out.extend(["", *disc])
    return out


def interleave(qs, inline, trim):
    """qs: quoted lines; inline: [(anchor, text)]. Returns [('q', line) | ('a', [lines])]."""
    out = []
    pos = 0
    for anchor, text in inline:
        j = next((i for i in range(pos, len(qs)) if anchor in qs[i]), None)
        if j is None:
            raise ValueError(f"inline anchor not found: {anchor!r}")
        # answer after the end of the paragraph holding the anchor
        while j + 1 < len(qs) and qs[j + 1].strip(" >") and not n_break(qs[j + 1]):
            j += 1
        out.extend(("q", x) for x in qs[pos : j + 1])
        out.append(("a", text_lines(text)))
        pos = j + 1
    if not trim:
        out.extend(("q", x) for x in qs[pos:])
    return out


def n_break(ln):
    s = ln.lstrip("> ")
    return bool(re.match(r"^(?:\d+[.)]|[-•*]|[a-z]\))\s", s))


# --------------------------------------------------------------------------
# header blocks of the answered message
# --------------------------------------------------------------------------
def who(p, reader, style):
    # Exchange resolves colleagues against the address book and shows their names only
    same = reader.org is p.org and p.org.infra in ("o365", "exchange")
    if style == "outlook":
        return p.shown if same else f"{p.shown} <{p.email}>"
    if style == "outlook_old":
        return f"{p.shown} [mailto:{p.email}]"
    if style == "outlook_old_to":
        return p.shown if same else f"'{p.shown}'"
    if style == "quoted":
        return f'"{p.name}" <{p.email}>'
    if style == "notes_int":
        return p.shown if same else f'"{p.name}" <{p.email}>'
    return f"{p.name} <{p.email}>"


def outlook_hb(ctx, n, loc, old=False, mobile=False):
    """[(label, value)] of an Outlook-family header block for the parent of n."""
    par = ctx.node(n["parent"])
    reader = n["frm"]
    f_from, f_sent, f_to, f_cc, f_subj = LC.outlook_fields(loc)
    dt = LC.at(ctx.when(par), reader.tz)
    sent = LC.outlook_sent(dt, "en-US", seconds=True) if mobile else LC.outlook_sent(dt, loc)
    rows = [(f_from, who(par["frm"], reader, "outlook_old" if old else "outlook")), (f_sent, sent)]
    st = "outlook_old_to" if old else "outlook"
    rows.append((f_to, "; ".join(who(x, reader, st) for x in par["to"])))
    if par.get("cc"):
        rows.append((f_cc, "; ".join(who(x, reader, st) for x in par["cc"])))
    rows.append((f_subj, ctx.subject_seen(par["key"], reader)))
    return rows


def hb_plain(rows, sep=" "):
    return [f"{k}{sep}{v}" for k, v in rows]


# --------------------------------------------------------------------------
# HTML pieces
# --------------------------------------------------------------------------
def ol_p(line, style="", bold=False):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    m = re.fullmatch(r"\[cid:([^\]]+)\]", line)
    if m:
        return f'<p class="MsoNormal"><img width="150" height="44" style="width:1.5625in;height:.4583in" src="cid:{m.group(1)}" alt="logo"><o:p></o:p></p>'
    inner = link_html(line)
    if bold:
        inner = f"<b>{inner}</b>"
    if style:
        inner = f'<span style="{style}">{inner}</span>'
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>'


SIG_STYLE = "font-size:9.0pt;color:#404040"
DISC_STYLE = "font-size:7.5pt;color:#808080"


def ol_pre(line):
    """A pasted fixed-width table row: Courier, runs of spaces kept as no-break spaces."""
    cells = re.sub(r"  +", lambda m: "&nbsp;" * (len(m.group()) - 1) + " ", esc(line))
    return f'<p class="MsoNormal"><span style="font-family:&quot;Courier New&quot;;font-size:9.0pt">{cells}</span><o:p></o:p></p>'


def outlook_own_html(text, sig, disc):
    out = [ol_pre(x) if "   " in x else ol_p(x) for x in text]
    if sig:
        if text:
            out.append(ol_p(""))
        out.extend(ol_p(x, SIG_STYLE, bold=(i == 0)) for i, x in enumerate(sig))
    if disc:
        out.append(ol_p(""))
        out.extend(ol_p(x, DISC_STYLE) for x in disc)
    return "\n".join(out) + "\n"


def outlook_hb_html(rows, old=False):
    color = "#B5C4DF" if old else "#E1E1E1"
    cells = "<br>\n".join(f"<b>{esc(k)}</b> {link_html(v)}" for k, v in rows)
    return (
        f'<div><div style="border:none;border-top:solid {color} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{cells}<o:p></o:p></span></p>\n'
        "</div></div>\n" + ol_p("") + "\n"
    )


def outlook_html(inner, lang_attr, cs):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n"
        'span.StileMessaggioDiPostaElettronica18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
        ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
        '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
        f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{inner}</div>\n</body>\n</html>\n"
    )


def divs(lines, attrs=""):
    out = []
    for x in lines:
        out.append(f"<div{attrs}>{link_html(x)}</div>" if x.strip() else f"<div{attrs}><br></div>")
    return "\n".join(out) + "\n"


def brs(lines):
    return "<br>\n".join(link_html(x) for x in lines)


# --------------------------------------------------------------------------
# Outlook desktop (Word HTML with a text alternative that writes links as text<target>)
# --------------------------------------------------------------------------
def r_outlook(ctx, n):
    loc = ctx.loc(n)
    old = n.get("old", False)
    html_only = n.get("html_only", False)
    text, sig, disc = own_parts(ctx, n, keep_logo=True)
    own = block(text, sig, disc)
    own_html = outlook_own_html(text, sig, disc)
    canon = list(own)
    par = ctx.view(n)
    doc = list(own)
    inner = own_html
    if par is not None:
        rows = outlook_hb(ctx, n, loc, old=old)
        hb = hb_plain(rows)
        inner += outlook_hb_html(rows, old)
        if n.get("inline"):
            seq = interleave(flat(par.doc), n["inline"], n.get("trim"))
            color = n.get("color", "#0070C0")
            hist = []
            hh = []
            for kind, x in seq:
                if kind == "q":
                    hist.append(x)
                    hh.append(ol_p(x))
                else:
                    hist.extend(x)
                    hh.extend(ol_p(y, f"color:{color}", bold=n.get("bold", False)) for y in x)
                    canon.extend(x)
            doc += ["", *hb, "", *hist]
            inner += "\n".join(hh) + "\n"
        else:
            doc += ["", *hb, "", *par.doc]
            inner += par.inner
    cs = n.get("html_cs", "windows-1252")
    if html_only:
        plain = None
        label = lab(canon)
    else:
        plain = [link_plain(x) for x in flat(doc)]
        label = lab(link_plain(x) for x in canon)
    lang_attr = {"it": "IT", "es": "ES", "pt": "PT", "fr": "FR", "en": "EN-GB"}[LC.lang(loc)]
    cids = [x[5:-1] for x in sig if x.startswith("[cid:")]
    return R(doc, inner, plain, outlook_html(inner, lang_attr, cs), label, top=bool(label), cids=cids)


# --------------------------------------------------------------------------
# Outlook in plain-text mode (classic): "-----Messaggio originale-----", wrapped at 76
# --------------------------------------------------------------------------
def r_outlook_plain(ctx, n):
    loc = ctx.loc(n)
    text, sig, disc = own_parts(ctx, n)
    own = hard_wrap(block(text, sig, disc))
    label = lab(own)
    lines = list(own)
    par = ctx.view(n)
    if par is not None:
        rows = outlook_hb(ctx, n, loc, old=True)
        hist = hard_wrap(flat(par.doc))
        if n.get("quote_gt"):
            hist = [qline(x, "compact") for x in hist]
        lines += ["", "", LC.OUTLOOK_ORIGINAL[LC.lang(loc)], *hard_wrap(hb_plain(rows)), ""]
        if n.get("inline"):
            for kind, x in interleave(hist, n["inline"], n.get("trim")):
                if kind == "q":
                    lines.append(x)
                else:
                    w = hard_wrap(x)
                    lines.extend(w)
                    label.extend(lab(w))
        else:
            lines += hist
    return R(list(lines), divs(lines), lines, None, label, top=bool(label))


# --------------------------------------------------------------------------
# Outlook on the web / new Outlook (often HTML only)
# --------------------------------------------------------------------------
OWA_DIV = ' class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'


def owa_hb_html(rows):
    cells = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in rows)
    return (
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{cells}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
    )


def r_owa(ctx, n):
    loc = ctx.loc(n)
    text, sig, disc = own_parts(ctx, n)
    own = block(text, sig, disc)
    label = lab(own)
    inner = divs(own, OWA_DIV)
    doc = list(own)
    plain = list(own)
    par = ctx.view(n)
    if par is not None:
        rows = outlook_hb(ctx, n, loc)
        if n.get("inline"):
            color = n.get("color", "rgb(0, 112, 192)")
            hh = []
            hist = []
            for kind, x in interleave(flat(par.doc), n["inline"], n.get("trim")):
                if kind == "q":
                    hist.append(x)
                    hh.append(f"<div>{esc(x)}</div>" if x.strip() else "<div><br></div>")
                else:
                    hist.extend(x)
                    hh.extend(f'<div style="color: {color};">{esc(y)}</div>' for y in x if y.strip())
                    label.extend(lab(x))
            inner += owa_hb_html(rows) + "\n".join(hh) + "\n"
            doc += ["", *hb_plain(rows), "", *hist]
            plain += ["", "________________________________", *hb_plain(rows), "", *hist]
        else:
            inner += owa_hb_html(rows) + par.inner
            doc += ["", *hb_plain(rows), "", *par.doc]
            plain += ["", "________________________________", *hb_plain(rows), "", *flat(par.doc)]
    html = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
        f'<body dir="ltr">\n{inner}</body>\n</html>\n'
    )
    return R(
        doc, inner, None if n.get("html_only", True) else [link_plain(x) for x in plain], html, label, top=bool(label)
    )


# --------------------------------------------------------------------------
# Outlook for iOS / Android
# --------------------------------------------------------------------------
def r_outlook_mobile(ctx, n):
    loc = ctx.loc(n)
    lg = LC.lang(loc)
    os_ = n.get("os", "iOS")
    verb, what = OLM[lg]
    what = what.format(os=os_)
    device = f"{verb} {what}<{OLM_LINK[os_]}>"
    text, sig, disc = own_parts(ctx, n)
    own = block(text, sig, disc)
    label = lab(own)
    plain = [*own, "", device]
    inner = divs(own, ' dir="ltr"') + (
        f'<div dir="ltr"><br></div>\n<div class="ms-outlook-mobile-signature"><div dir="ltr">{verb} '
        f'<a href="{OLM_LINK[os_]}">{esc(what)}</a></div></div>\n'
    )
    doc = [*own, "", f"{verb} {what}"]
    par = ctx.view(n)
    if par is not None:
        rows = outlook_hb(ctx, n, loc, mobile=True)
        plain += ["________________________________", *hb_plain(rows), "", *flat(par.doc)]
        doc += ["", *hb_plain(rows), "", *par.doc]
        cells = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in rows)
        inner += (
            '<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message skipProofing">'
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{cells}</font>'
            "<div>&nbsp;</div></div>\n" + par.inner + "</div></div>\n"
        )
    html = f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n{inner}</body>\n</html>\n'
    return R(
        doc, inner, [link_plain(x) if x != device else x for x in plain], html, label, top=bool(label), device=device
    )


# --------------------------------------------------------------------------
# Gmail (web and mobile app)
# --------------------------------------------------------------------------
GQ = 'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"'


def gmail_sig_html(sig):
    if not sig:
        return ""
    return (
        '<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{brs(sig)}</div></div>\n'
    )


def r_gmail(ctx, n):
    loc = ctx.loc(n)
    text, sig, _ = own_parts(ctx, n)
    sig_sep = "-- " if sig else None
    own = block(text, sig, [], sig_sep)
    label = lab(own)
    own_html = '<div dir="ltr">' + divs(text) + gmail_sig_html(sig) + "</div>"
    par = ctx.view(n)
    plain = list(own)
    doc = list(own)
    inner = own_html
    top = not n.get("bottom")
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        if n.get("fwd"):
            sep, f_from = LC.GMAIL_FWD[LC.lang(loc)]
            to = ", ".join(f"{x.name} <{x.email}>" if x.name else f"<{x.email}>" for x in pn["to"])
            rows = [
                sep,
                f"{f_from} {pn['frm'].name} <{pn['frm'].email}>",
                f"Date: {LC.gmail_date(dt, loc)}",
                f"Subject: {ctx.subject_seen(pn['key'], n['frm'])}",
                f"To: {to}",
            ]
            plain += ["", *rows, "", *quote_doc(par.doc, "spaced")]
            doc += ["", *rows, "", *par.doc]
            inner += (
                '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + "<br>".join(esc(x) for x in rows)
                + "<br></div><br><br>"
                + par.inner
                + "</div>\n"
            )
            return R(doc, inner, plain, inner, label, top=bool(label))
        attr = LC.gmail_attr(dt, pn["frm"].name, pn["frm"].email, loc)
        qs = [qline(x, "spaced") for x in quote_doc(par.doc, "spaced")]
        if n.get("inline"):
            seq = interleave(qs, n["inline"], n.get("trim"))
            plain += ["", *wrap_attr(attr), ""]
            doc += ["", attr]
            inner += f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            seg = []

            def flush():
                if seg:
                    doc.append(Q([unquote(x) for x in seg]))
                    body = divs([unquote(x) for x in seg])
                    nonlocal inner
                    inner += f"<blockquote {GQ}>{body}</blockquote>"
                    seg.clear()

            for kind, x in seq:
                if kind == "q":
                    plain.append(x)
                    seg.append(x)
                else:
                    flush()
                    plain += ["", *x, ""]
                    doc += ["", *x, ""]
                    inner += divs(["", *x, ""])
                    label.extend(lab(x))
            flush()
            close = text_lines(n.get("closing"))
            if close:
                plain += ["", *close]
                doc += ["", *close]
                inner += divs(close)
                label.extend(lab(close))
            inner += "</div>\n"
            return R(doc, inner, plain, inner, label, top=bool(text))
        if n.get("trim"):
            k = next(i for i, x in enumerate(qs) if n["trim"] in x)
            qs = qs[: k + 1]
            par_inner = divs([unquote(x) for x in qs])
            par_doc = [unquote(x) for x in qs]
        else:
            par_inner, par_doc = par.inner, par.doc
        quote_html = (
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            f"<blockquote {GQ}>{par_inner}</blockquote></div>\n"
        )
        if n.get("bottom"):
            plain = [*wrap_attr(attr), "", *qs, "", *own]
            doc = [attr, Q(par_doc), "", *own]
            inner = quote_html + own_html
        else:
            plain += ["", *wrap_attr(attr), "", *qs]
            doc += ["", attr, Q(par_doc)]
            inner += "<br>" + quote_html
    return R(doc, inner, None if n.get("html_only") else plain, inner, label, top=top and bool(label))


# --------------------------------------------------------------------------
# Apple Mail (macOS) and iOS Mail
# --------------------------------------------------------------------------
APPLE_BODY = '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'


def r_apple(ctx, n):
    loc = ctx.loc(n)
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    inner = divs(own)
    plain = list(own)
    doc = list(own)
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        if n.get("fwd"):
            opening, f_from, f_subj, f_date, f_to = LC.apple_fwd(loc)
            zone = n.get("zone", "CET")
            rows = [
                f"{f_from} {pn['frm'].name} <{pn['frm'].email}>",
                f"{f_subj} {ctx.subject_seen(pn['key'], n['frm'])}",
                f"{f_date} {LC.apple_fwd_date(dt, loc, zone)}",
                f"{f_to} " + ", ".join(f"{x.name} <{x.email}>" for x in pn["to"]),
            ]
            plain += ["", opening, "", *[qline(x, "compact") for x in [*rows, "", *quote_doc(par.doc, "compact")]]]
            doc += ["", opening, "", Q([*rows, "", *par.doc])]
            inner += (
                f'<div><br><blockquote type="cite"><div>{esc(opening)}</div><br class="Apple-interchange-newline">'
                f"<div>{brs(rows)}</div><br>{par.inner}</blockquote></div><br>\n"
            )
        else:
            attr = LC.apple_attr(dt, pn["frm"].name, pn["frm"].email, loc)
            qs = [qline(x, "compact") for x in quote_doc(par.doc, "compact")]
            plain += ["", attr, "", *qs]
            doc += ["", attr, "", Q(par.doc)]
            inner += (
                f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{par.inner}</div></blockquote></div><br>\n"
            )
    html = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>{APPLE_BODY}{inner}</body></html>\n'
    return R(doc, inner, plain, html, label, top=bool(label))


def r_ios(ctx, n):
    loc = ctx.loc(n)
    lg = LC.lang(loc)
    text, sig, _ = own_parts(ctx, n)
    device = n.get("device", IPHONE[lg])
    own = block(text, sig, [])
    label = lab(own)
    plain = [*own, "", device] if own else [device]
    inner = divs(own, ' dir="ltr"') + f'<div dir="ltr"><br><div dir="ltr">{esc(device)}</div>'
    doc = list(plain)
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        attr = LC.apple_attr(dt, pn["frm"].name, pn["frm"].email, loc)
        body = quote_doc(par.doc, "compact")
        if n.get("bom") and body:
            body = ["\ufeff" + body[0], *body[1:]]
        plain += ["", qline(attr, "compact"), ">", *[qline(x, "compact") for x in body]]
        doc += ["", Q([attr, "", *par.doc])]
        inner += (
            f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{par.inner}</div></blockquote></div>\n'
        )
    else:
        inner += "</div>\n"
    html = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{inner}</body></html>\n'
    return R(doc, inner, plain, None if n.get("plain_only") else html, label, top=bool(label), device=device)


# --------------------------------------------------------------------------
# Thunderbird and Roundcube (plain text, format=flowed, "-- " signatures, ">" quoting)
# --------------------------------------------------------------------------
def r_flowed(ctx, n, attr_fn):
    loc = ctx.loc(n)
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [], "-- " if sig else None)
    label = lab(own)
    par = ctx.view(n)
    lines = list(own)
    top = True
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        attr = attr_fn(dt, pn["frm"].name, loc)
        qs = [qline(x, "compact") for x in quote_doc(par.doc, "compact")]
        if n.get("inline"):
            lines = [*text_lines(n.get("text"))] if n.get("text") else []
            label = lab(lines)
            if lines:
                lines.append("")
            lines.append(attr)
            for kind, x in interleave(qs, n["inline"], n.get("trim")):
                if kind == "q":
                    lines.append(x)
                else:
                    lines += ["", *x, ""]
                    label.extend(lab(x))
            close = text_lines(n.get("closing"))
            if close or sig:
                tail = block(close, sig, [], "-- " if sig else None)
                lines += ["", *tail]
                label.extend(lab(tail))
            top = bool(n.get("text"))
        else:
            if n.get("trim"):
                k = next(i for i, x in enumerate(qs) if n["trim"] in x)
                qs = qs[: k + 1]
            if n.get("bottom"):
                lines = [attr, *qs, "", *own]
                top = False
            else:
                lines = [*own, "", attr, *qs]
    return R(list(lines), divs(lines), lines, None, label, top=top and bool(label), flowed=True)


def r_thunderbird(ctx, n):
    return r_flowed(ctx, n, lambda dt, name, loc: LC.tb_attr(dt, name, loc))


def r_roundcube(ctx, n):
    return r_flowed(ctx, n, lambda dt, name, loc: LC.roundcube_attr(dt, name, loc))


# --------------------------------------------------------------------------
# Zimbra (HTML with a text alternative; "----- Mail original -----" header block)
# --------------------------------------------------------------------------
ZQ = "border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;"


def r_zimbra(ctx, n):
    loc = ctx.loc(n)
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [], "-- " if n.get("dashes") else None)
    label = lab(own)
    plain = list(own)
    doc = list(own)
    inner = divs(own)
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        sep, f_from, f_to, f_cc, f_sent, f_subj = LC.ZIMBRA[LC.lang(loc)]
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        rows = [
            (f_from, who(pn["frm"], n["frm"], "quoted")),
            (f_to, ", ".join(who(x, n["frm"], "quoted") for x in pn["to"])),
        ]
        if pn.get("cc"):
            rows.append((f_cc, ", ".join(who(x, n["frm"], "quoted") for x in pn["cc"])))
        rows += [(f_sent, LC.zimbra_date(dt, loc)), (f_subj, ctx.subject_seen(pn["key"], n["frm"]))]
        hb = hb_plain(rows)
        plain += ["", sep, *hb, "", *[qline(x, "compact") for x in quote_doc(par.doc, "compact")]]
        doc += ["", sep, *hb, "", Q(par.doc)]
        cells = "".join(f"<b>{esc(k)} </b>{esc(v)}<br>" for k, v in rows)
        inner += (
            f'<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><blockquote style="{ZQ}">{cells}</blockquote></div>'
            f'<div data-marker="__QUOTED_TEXT__"><blockquote style="{ZQ}">{par.inner}</blockquote></div>\n'
        )
    html = f'<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">{inner}</div></body></html>\n'
    return R(doc, inner, plain, html, label, top=bool(label))


# --------------------------------------------------------------------------
# HCL / Lotus Notes
# --------------------------------------------------------------------------
def r_notes(ctx, n):
    loc = ctx.loc(n)
    lg = LC.lang(loc)
    text, sig, disc = own_parts(ctx, n)
    own = block(text, sig, disc)
    label = lab(own)
    plain = list(own)
    doc = list(own)
    inner = "".join(
        (f'<font size=2 face="sans-serif">{link_html(x)}</font><br>\n' if x.strip() else "<br>\n") for x in own
    )
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        f_from, f_to, f_cc, f_date, f_subj = LC.NOTES[lg if lg in LC.NOTES else "en"]
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        rows = [
            (f_from, who(pn["frm"], n["frm"], "notes_int")),
            (f_to, ", ".join(who(x, n["frm"], "notes_int") for x in pn["to"])),
            (f_cc, ", ".join(who(x, n["frm"], "notes_int") for x in pn.get("cc", []))),
            (f_date, LC.notes_date(dt, loc)),
            (f_subj, ctx.subject_seen(pn["key"], n["frm"])),
        ]
        hb = [f"{k}        {v}" for k, v in rows]
        plain += ["", "", "", *hb, "", "", "", *flat(par.doc)]
        doc += ["", "", *hb, "", *par.doc]
        trs = "".join(
            f'<tr valign=top><td width=80 style="padding:0px"><font size=1 color=#5f5f5f face="sans-serif">{esc(k)}</font></td>'
            f'<td style="padding:0px"><font size=1 face="sans-serif">{esc(v)}</font></td></tr>\n'
            for k, v in rows
        )
        inner += f'<br><br><br><table width=100% style="border-collapse:collapse;">\n{trs}</table>\n<br>\n<hr noshade>\n<br>\n<br>\n{par.inner}'
    return R(doc, inner, plain, inner, label, top=bool(label))


# --------------------------------------------------------------------------
# Zoho Mail (HTML only)
# --------------------------------------------------------------------------
def r_zoho(ctx, n):
    loc = ctx.loc(n)
    text, sig, _ = own_parts(ctx, n)
    label = lab(text + sig)
    inner = divs(text)
    if sig:
        inner += (
            '<div><br></div><div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true" data-sigid="7193000000012003">'
            + divs(sig)
            + "</div>"
        )
    doc = block(text, sig, [])
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        attr = LC.zoho_attr(dt, pn["frm"].name, pn["frm"].email, loc)
        inner += (
            '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
            f'<div class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1" data-zbluepencil-ignore="true">{esc(attr)}</div>'
            f'<div><br></div></div><blockquote style="margin: 0px;">{par.inner}</blockquote>\n'
        )
        doc += ["", attr, "", Q(par.doc)]
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        f'<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">{inner}</div><br></body></html>\n'
    )
    return R(doc, inner, None, html, label, top=bool(label))


# --------------------------------------------------------------------------
# Samsung Email
# --------------------------------------------------------------------------
def r_samsung(ctx, n):
    loc = ctx.loc(n)
    lg = LC.lang(loc)
    text, sig, _ = own_parts(ctx, n)
    device = SAMSUNG_LINE[lg]
    own = block(text, sig, [])
    label = lab(own)
    plain = [*own, "", "", device, ""]
    inner = divs(own, " dir='auto'") + (
        f'<div dir=\'auto\'><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{esc(device)}</div></div>'
    )
    doc = [*own, "", device]
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        sep, f_from, f_date, f_to, f_cc, f_subj = LC.SAMSUNG[lg]
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        rows = [f"{f_from} {pn['frm'].name} <{pn['frm'].email}> ", f"{f_date} {LC.samsung_date(dt)} "]
        rows.append(f"{f_to} " + ", ".join(f"{x.name} <{x.email}>" for x in pn["to"]) + " ")
        if pn.get("cc"):
            rows.append(f"{f_cc} " + ", ".join(f"{x.name} <{x.email}>" for x in pn["cc"]) + " ")
        rows.append(f"{f_subj} {ctx.subject_seen(pn['key'], n['frm'])} ")
        plain += ["", sep, *rows, "", *flat(par.doc)]
        doc += ["", sep, *[x.rstrip() for x in rows], "", *par.doc]
        inner += (
            '<div dir=\'auto\'><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
            + esc(sep)
            + "</div>"
            + "".join(f"<div>{esc(x)}</div>" for x in rows)
            + f"<div><br></div></div>{par.inner}"
        )
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>{inner}</body></html>\n'
    return R(doc, inner, plain, html, label, top=bool(label), device=device)


# --------------------------------------------------------------------------
# Italian and French webmails: Libero ("----Messaggio originale----", "Ogg:"), Orange ("> Message du ...")
# --------------------------------------------------------------------------
def r_libero(ctx, n):
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    lines = list(own)
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        to = ", ".join(f'"{x.email}"<{x.email}>' for x in pn["to"])
        lines += [
            "",
            "----Messaggio originale----",
            f"Da: {pn['frm'].email}",
            f"Data: {LC.libero_date(dt)}",
            f"A: {to}",
            f"Ogg: {ctx.subject_seen(pn['key'], n['frm'])}",
            "",
            *flat(par.doc),
        ]
    return R(list(lines), divs(lines), lines, None, label, top=bool(label))


def r_orange(ctx, n):
    text, sig, _ = own_parts(ctx, n)
    own = block(text, sig, [])
    label = lab(own)
    plain = list(own)
    doc = list(own)
    inner = divs(own)
    par = ctx.view(n)
    if par is not None:
        pn = ctx.node(n["parent"])
        dt = LC.at(ctx.when(pn), n["frm"].tz)
        rows = [
            f"Message du {LC.orange_date(dt)}",
            f'De : "{pn["frm"].name}" <{pn["frm"].email}>',
            "A : " + ", ".join(f'"{x.email}" <{x.email}>' for x in pn["to"]),
            "Copie à : ",
            f"Objet : {ctx.subject_seen(pn['key'], n['frm'])}",
        ]
        plain += [
            "",
            *[qline(x, "spaced").rstrip() for x in rows],
            ">",
            *[qline(x, "spaced") for x in quote_doc(par.doc, "spaced")],
        ]
        doc += ["", Q([*rows, "", *par.doc])]
        inner += (
            '<br><blockquote style="margin-left:5px;padding-left:5px;border-left:2px solid #ff6600;">'
            + "".join(f"<div>{esc(x)}</div>" for x in rows)
            + f"<br>{par.inner}</blockquote>\n"
        )
    html = f"<html><head></head><body>{inner}</body></html>\n"
    return R(doc, inner, plain, html, label, top=bool(label))


RENDER = {
    "outlook": r_outlook,
    "outlook_plain": r_outlook_plain,
    "owa": r_owa,
    "outlook_mobile": r_outlook_mobile,
    "gmail": r_gmail,
    "gmail_mobile": r_gmail,
    "apple_mail": r_apple,
    "ios_mail": r_ios,
    "thunderbird": r_thunderbird,
    "roundcube": r_roundcube,
    "zimbra": r_zimbra,
    "notes": r_notes,
    "zoho": r_zoho,
    "samsung": r_samsung,
    "libero": r_libero,
    "orange": r_orange,
}


def register(name, fn):
    RENDER[name] = fn
