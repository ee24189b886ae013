"""Messages as their authors' clients compose them: the firm's sent mail as stored, and the replies of the set.

A reply quotes its parent as the person's client shows it (render18), after their employer's gateway touched it
(banner on top, tag in the subject, a disclaimer swapped by the firm's server), then the person's edits are applied to
the quoted lines: typed lines inserted between quoted ones, text typed at the end of a quoted line, paragraphs
deleted, the quote cut.
"""

import html as htmlmod
import re
from dataclasses import dataclass, field

from people18 import Person
from render18 import Ctx, Line, V, prefixed, quote_node, render, render_markup, wrap_lines


@dataclass(eq=False)
class Msg:
    frm: Person
    to: list
    date: str  # the sender's local time
    subject: str
    lines: list  # logical lines the sender wrote, greeting to closing
    composer: str = "outlook_sent"
    lang: str = "fr"  # language of the composer's field names
    cc: list = field(default_factory=list)
    history: "Msg | None" = None
    fwd: bool = False
    sig: list | None = None
    disclaimer: list | None = None
    msgid: str = ""
    key: str = ""
    note: str = ""

    def own_lines(self, disc=None):
        sig = self.sig if self.sig is not None else self.frm.sigs.get(self.lang, [])
        d = self.disclaimer if self.disclaimer is not None else self.frm.disclaimer.get(self.lang, [])
        if disc is not None:
            d = disc
        return [*self.lines, *sig, *d]


def family(composer):
    return "outlook" if composer.startswith(("outlook", "owa")) else composer


def display(msg, disc=None, hist_lang=None):
    """The display tree of a message as its composer sent it."""
    fam = family(msg.composer)
    nodes = [("l", ln, fam) for ln in msg.own_lines(disc)]
    if msg.history is not None:
        h = msg.history
        nodes.append(quote_node(msg.composer, hist_lang or msg.lang, msg.frm.tz, h, display(h), fwd=msg.fwd))
    return nodes


def stored_lines(msg, stamp):
    """The firm's sent message as its own client stored it: [Line]."""
    style = "gmail_sent" if msg.composer.startswith("gmail") else "outlook_sent"
    return render(display(msg), style, Ctx(stamp))


# --------------------------------------------------------------------------
# the person's edits of the quoted copy
# --------------------------------------------------------------------------
def apply_edits(lines, edits, key):
    out = list(lines)
    cur = 0

    def find(anchor, start):
        for i in range(start, len(out)):
            if out[i].tag in ("q", "tail") and anchor in out[i].text:
                return i
        raise SystemExit(f"{key}: anchor not found after line {start}: {anchor!r}")

    def typed(texts):
        return [Line(t, 0, "n", color=True) for t in texts]

    for e in edits:
        op = e[0]
        if op == "after":
            i = find(e[1], cur)
            out[i + 1 : i + 1] = typed(e[2:])
            cur = i + 1 + len(e) - 2
        elif op == "before":
            i = find(e[1], cur)
            out[i:i] = typed(e[2:])
            cur = i + len(e) - 2
        elif op == "tail":
            i = find(e[1], cur)
            sep = e[3] if len(e) > 3 else " "
            ln = out[i]
            out[i] = Line(ln.text.rstrip() + sep + e[2], ln.depth, "tail", tail=e[2], color=True)
            cur = i + 1
        elif op == "del":
            i = find(e[1], cur)
            j = find(e[2], i)
            del out[i : j + 1]
            cur = i
        elif op == "cut":  # keep the anchor line, drop the rest, add the client's marker lines
            i = find(e[1], cur)
            depth = out[i].depth
            out[i + 1 :] = [Line(m, depth, "x") for m in e[2:]]
            cur = len(out)
        elif op == "sub":  # the client or a gateway changed a quoted line (not typed by the person)
            i = find(e[1], cur)
            out[i] = Line(out[i].text.replace(e[2], e[3]), out[i].depth, out[i].tag)
        elif op == "end":
            out.extend(typed(e[1:]))
            cur = len(out)
        else:
            raise SystemExit(f"{key}: unknown edit {op}")
    return out


# --------------------------------------------------------------------------
# a reply
# --------------------------------------------------------------------------
OUTLOOKS = ("outlook", "owa", "outlook_mobile", "outlook_plain")


@dataclass(eq=False)
class Reply:
    key: str
    frm: Person
    date: str
    client: str
    parent: Msg
    lang: str  # language of the new text (label)
    ui: str = ""  # language of the client's field names (default: lang)
    top: list = field(default_factory=list)
    sig: list = field(default_factory=list)
    device: str | None = None
    edits: list = field(default_factory=list)
    banner: list | None = None
    tag: str | None = None
    disc: list | None = None
    us: bool = False
    opt_out: bool = False
    known: bool = True  # the firm's message is in the set (replied_to)
    group: str = "A"
    to: list | None = None
    cc: list = field(default_factory=list)
    gt: bool = False  # Outlook plain text with "> " on each quoted line, wrapped after prefixing
    hist_lang: str | None = None
    subject: str | None = None
    charset: str | None = None
    pasted: list | None = None  # lines the person pasted in place of the parent's copy (a translation, another mail)
    fwd: bool = False  # the person forwards the firm's message (with the adviser in copy) instead of replying
    note: str = ""


def quoted_lines(r, ctx):
    ui = r.ui or r.lang
    if r.pasted is not None:
        child = [("l", ln, "pasted") for ln in r.pasted]
    else:
        gw = [("l", b, "gw") for b in (r.banner or [])]
        child = gw + display(r.parent, r.disc, r.hist_lang)
    node = quote_node(r.client, ui, r.frm.tz, r.parent, child, fwd=r.fwd, tag=r.tag, us=r.us)
    lines = render([node], r.client, ctx)
    w = V[r.client].get("wrap")
    if w and not r.gt:
        lines = wrap_lines(lines, w, r.client)
    return lines


def reply_lines(r, stamp):
    """-> (final [Line] list before prefixing, plain text lines)."""
    ctx = Ctx(stamp, 1)
    above = [Line(t, 0, "n") for t in r.top]
    # the person's own logo comes first in the reply's numbering of images (Outlook renumbers the quoted ones)
    above += [Line(render_markup(t, r.client, ctx) if "{IMG:" in t else t, 0, "n") for t in r.sig]
    q = apply_edits(quoted_lines(r, ctx), r.edits, r.key)
    if r.device:
        if above:
            above.append(Line("", 0, "x"))
        above.append(Line(r.device, 0, "dev"))
    if r.client in ("owa", "outlook_mobile") and above:
        above.append(Line("", 0, "x"))
    if r.client == "ios_mail" and above:
        above.append(Line("", 0, "x"))
    if not above and r.client in OUTLOOKS:
        above = [Line("", 0, "x")]
    lines = above + q
    if r.gt:
        from mime12 import wrap

        qids = {id(x) for x in q}
        flat = []
        for ln in lines:
            if id(ln) in qids and ln.tag in ("q", "x") and ln.depth == 0:
                t = ("> " + ln.text) if ln.text.strip() else ">"
                flat.extend(Line(piece, 0, "q") for piece in wrap([t], 76))
            else:
                flat.append(ln)
        lines = flat
    return lines, prefixed(lines, r.client)


def labels_of(lines, plain):
    """new_text (tails as typed) and the check's view of it (tails as the whole body line)."""
    label, check = [], []
    for ln, shown in zip(lines, plain, strict=True):
        if ln.tag == "n" and ln.text.strip():
            label.append(ln.text.strip())
            check.append(shown.strip())
        elif ln.tag == "tail":
            label.append(ln.tail.strip())
            check.append(shown.strip())
    return label, check


# --------------------------------------------------------------------------
# HTML alternatives
# --------------------------------------------------------------------------
TOKEN = re.compile(r"\s?<((?:https?|mailto|tel):[^>\s]*)>|\[cid:([^\]]+)\]|\[image: ([^\]]*)\]|<(image\d+\.\w+)>")


def inline_html(text):
    out = []
    pos = 0
    for m in TOKEN.finditer(text):
        out.append(htmlmod.escape(text[pos : m.start()], quote=False))
        if m.group(2):
            out.append(f'<img width="120" height="36" src="cid:{htmlmod.escape(m.group(2))}" alt="Orsenne">')
        elif m.group(3) is not None or m.group(4):
            out.append('<img width="120" height="36" alt="">')
        pos = m.end()
    out.append(htmlmod.escape(text[pos:], quote=False))
    return "".join(out).replace("\t", " ")


def html_outlook(lines, lang):
    css = (
        "<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;"
        '\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#467886;'
        "\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;"
        "\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>"
    )
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        css,
        "</head>",
        f'<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
        '<div class="WordSection1">',
    ]
    for ln in lines:
        t = ln.text
        if ln.tag == "tail":
            head = t[: len(t) - len(ln.tail)]
            body = inline_html(head) + f'<span style="color:#0070C0">{inline_html(ln.tail)}</span>'
        elif not t.strip():
            body = "<o:p>&nbsp;</o:p>"
        elif ln.tag == "n" and ln.color:
            body = f'<span style="color:#0070C0">{inline_html(t)}</span>'
        else:
            body = inline_html(t)
        out.append(f'<p class="MsoNormal">{body}</p>')
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_blockquote(lines, client):
    head = {
        "gmail": '<div dir="ltr">',
        "gmail_mobile": '<div dir="auto">',
        "apple_mail": '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">',
        "ios_mail": '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">',
        "orange": "<html><head></head><body>",
    }[client]
    tail = {"gmail": "</div>", "gmail_mobile": "</div>"}.get(client, "</body></html>")
    out = [head]
    depth = 0
    for ln in lines:
        while depth < ln.depth:
            out.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">'
                if client.startswith("gmail")
                else '<blockquote type="cite">'
            )
            depth += 1
        while depth > ln.depth:
            out.append("</blockquote>")
            depth -= 1
        t = ln.text
        if ln.tag == "tail":
            out.append(f"<div>{inline_html(t)}</div>")
        elif not t.strip():
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{inline_html(t)}</div>")
    out += ["</blockquote>"] * depth
    out.append(tail)
    return "\n".join(out) + "\n"


def html_for(lines, client, lang):
    if client in ("outlook", "owa", "outlook_mobile"):
        return html_outlook(lines, lang)
    if client in ("gmail", "gmail_mobile", "apple_mail", "ios_mail", "orange"):
        return html_blockquote(lines, client)
    return None
