"""blind19: the body markup of firm19.py turned into items, and items into each mail client's text and HTML.

Items (tuples): ("blank",) ("p", text) ("ul", level, text) ("ol", n, text) ("word", text) ("tr", cells)
("img", file, alt) ("hdr", label, value) ("raw", text) a banner or tip a gateway put on top, ("gw", text) a line of
the disclaimer the firm's gateway appended, ("new", text) a line the person typed,
("app", item, suffix) a quoted line with words the person typed at its end.
"""

import html as htmlmod
import re
from dataclasses import dataclass, replace

LINKRE = re.compile(r"\[([^\[\]]+)\]\(([^()\s]+)\)")
IMGRE = re.compile(r"^!\[([^\]]*)\]\(([^()\s]+)\)$")
OLRE = re.compile(r"^(\d+)\. (.*)$")
NBSP = "\u00a0"


def parse(lines):
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(("blank",))
        elif ln.startswith("* "):
            out.append(("ul", 1, ln[2:]))
        elif ln.startswith("  o "):
            out.append(("ul", 2, ln[4:]))
        elif ln.startswith("· "):
            out.append(("word", ln[2:]))
        elif ln.startswith("| ") and ln.endswith(" |"):
            out.append(("tr", [c.strip() for c in ln[2:-2].split(" | ")]))
        elif IMGRE.match(ln):
            m = IMGRE.match(ln)
            out.append(("img", m.group(2), m.group(1)))
        elif OLRE.match(ln):
            m = OLRE.match(ln)
            out.append(("ol", int(m.group(1)), m.group(2)))
        else:
            out.append(("p", ln))
    return out


def item_text(it):
    """The source text of an item (for anchors)."""
    k = it[0]
    if k in ("p", "word", "raw", "gw", "new"):
        return it[1]
    if k in ("ul", "ol"):
        return it[2]
    if k == "tr":
        return " | ".join(it[1])
    if k == "img":
        return "!" + it[2]
    if k == "hdr":
        return f"{it[1]} {it[2]}"
    if k == "app":
        return item_text(it[1]) + it[2]
    return ""


@dataclass(frozen=True)
class Style:
    link: str = "outlook"
    img: str = "cid"
    ul: str = "outlook"
    ol: str = "outlook"
    word: str = "outlook"
    tr: str = "tab"
    hdr: str = "plain"
    nbsp: bool = True  # keep no-break spaces
    straight: bool = False  # typographic quotes and dashes made ASCII


OUTLOOK = Style()
OWA = Style(tr="lines")
MOBILE = Style(nbsp=False, word="bullet", ul="bullet")
GMAIL = Style(link="angle", img="gmail", ul="gmail", ol="gmail", word="gmail", tr="space", hdr="bold", nbsp=False)
APPLE = Style(link="angle", img="apple", ul="apple", ol="apple", word="apple", tr="tab")
TBIRD = Style(link="angle", img="none", ul="tbird", ol="plain", word="gmail", tr="lines", hdr="bold", nbsp=False)
YAHOO = Style(link="bracket", img="none", ul="bullet", ol="plain", word="plain", tr="space")
ZIMBRA = Style(link="zimbra", img="none", ul="star", ol="plain", word="plain", tr="tab")
NOTES = Style(link="none", img="none", ul="notes", ol="plain", word="plain", tr="space", nbsp=False, straight=True)
ORANGE = Style(link="bracket", img="none", ul="dash", ol="plain", word="dash", tr="space", nbsp=False, straight=True)
SFR = Style(link="angle", img="none", ul="star", ol="plain", word="dash", tr="space", nbsp=False)

STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u202f": " "})
UL = {
    "outlook": ("  *   ", "     o   "),
    "gmail": ("   - ", "      - "),
    "apple": ("•\t", "\t◦\t"),
    "tbird": (" * ", "    o "),
    "bullet": ("• ", "  ◦ "),
    "dash": ("- ", "  - "),
    "star": ("* ", "  * "),
    "notes": ("o ", "  - "),
}
WORD = {"outlook": "·         ", "gmail": "·       ", "apple": "·\t", "plain": "· ", "dash": "- ", "bullet": "• "}


def same_target(t, u):
    return u == t or u == "mailto:" + t


def link_plain(t, u, how):
    if how == "outlook":
        return f"{t}<{u}>"
    if how == "angle":
        return t if same_target(t, u) else f"{t} <{u}>"
    if how == "bracket":
        return t if same_target(t, u) else f"{t} [{u}]"
    if how == "zimbra":
        return f"[ {u} | {t} ]"
    return t


def inline_plain(text, st):
    s = LINKRE.sub(lambda m: link_plain(m.group(1), m.group(2), st.link), text)
    if not st.nbsp:
        s = s.replace(NBSP, " ").replace("\u202f", " ")
    if st.straight:
        s = s.translate(STRAIGHT)
    return s


def plain_item(it, st, cid="01DB8F2A.5C3E1B40"):
    """The text lines of one item as a client writes them (a list: a table row may become several lines)."""
    k = it[0]
    if k == "blank":
        return [""]
    if k in ("p", "raw", "gw", "new"):
        return [inline_plain(it[1], st)]
    if k == "app":
        base = plain_item(it[1], st, cid)
        return [base[0] + inline_plain(it[2], st)]
    if k == "ul":
        return [UL[st.ul][it[1] - 1] + inline_plain(it[2], st)]
    if k == "ol":
        n, t = it[1], inline_plain(it[2], st)
        return [
            {
                "outlook": f"  {n}.  {t}",
                "gmail": f"   {n}. {t}",
                "apple": f"{n}.\t{t}",
                "tbird": f" {n}. {t}",
                "plain": f"{n}. {t}",
            }[st.ol]
        ]
    if k == "word":
        return [WORD[st.word] + inline_plain(it[1], st)]
    if k == "tr":
        cells = [inline_plain(c, st) for c in it[1]]
        if st.tr == "tab":
            return ["\t".join(cells)]
        if st.tr == "space":
            return [" ".join(cells)]
        return cells
    if k == "img":
        if st.img == "cid":
            return [f"[cid:{it[1]}@{cid}]"]
        if st.img == "gmail":
            return [f"[image: {it[2]}]"]
        if st.img == "apple":
            return [f"<{it[1]}>"]
        return []
    if k == "hdr":
        v = inline_plain(it[2], st)
        return [f"*{it[1]}* {v}" if st.hdr == "bold" else f"{it[1]} {v}"]
    raise ValueError(it)


def transform_links(items, fn):
    """Rewrite every http(s) link target of the items with fn(url) (Safe Links)."""

    def sub(text):
        return LINKRE.sub(lambda m: f"[{m.group(1)}]({fn(m.group(2))})", text)

    out = []
    for it in items:
        k = it[0]
        if k in ("p", "raw", "gw", "word"):
            out.append((k, sub(it[1])))
        elif k in ("ul", "ol"):
            out.append((k, it[1], sub(it[2])))
        elif k == "tr":
            out.append((k, [sub(c) for c in it[1]]))
        else:
            out.append(it)
    return out


def retext(items, fn):
    """Apply fn to the text of every text-bearing item (a client's own character changes)."""
    out = []
    for it in items:
        k = it[0]
        if k in ("p", "raw", "gw", "word"):
            out.append((k, fn(it[1])))
        elif k in ("ul", "ol"):
            out.append((k, it[1], fn(it[2])))
        elif k == "tr":
            out.append((k, [fn(c) for c in it[1]]))
        elif k == "hdr":
            out.append((k, it[1], fn(it[2])))
        else:
            out.append(it)
    return out


def style_with(st, **kw):
    return replace(st, **kw)


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
def esc(s):
    return htmlmod.escape(s, quote=False)


def inline_html(text):
    out = []
    pos = 0
    for m in LINKRE.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(f'<a href="{htmlmod.escape(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def items_html(items, fam="word", colour=None, cid="01DB8F2A.5C3E1B40"):
    """HTML of a run of items. fam "word": Outlook's Word HTML (MsoNormal paragraphs); "div": other clients."""
    out = []
    i = 0
    P = (lambda x: f'<p class="MsoNormal">{x}</p>') if fam == "word" else (lambda x: f"<div>{x}</div>")
    blank = '<p class="MsoNormal">&nbsp;</p>' if fam == "word" else "<div><br></div>"

    def typed(t):
        return f'<span style="color:{colour}">{t}</span>' if colour else t

    while i < len(items):
        it = items[i]
        k = it[0]
        if k == "blank":
            out.append(blank)
        elif k in ("p",):
            out.append(P(inline_html(it[1])))
        elif k == "raw":
            out.append(
                f'<div style="background-color:#FFF4CE;border:1px solid #C19C00;padding:4pt">'
                f"{P(inline_html(it[1]))}</div>"
            )
        elif k == "gw":
            out.append(P(f'<span style="font-size:8.0pt;color:#7F7F7F">{inline_html(it[1])}</span>'))
        elif k == "new":
            out.append(P(typed(inline_html(it[1]))) if it[1].strip() else blank)
        elif k == "app":
            base = items_html([it[1]], fam, colour, cid)
            m = re.match(r"^(<p[^>]*>|<div>)(.*)(</p>|</div>)$", base, re.S)
            if not m:
                raise ValueError(f"cannot append to {it[1]}")
            out.append(m.group(1) + m.group(2) + typed(inline_html(it[2])) + m.group(3))
        elif k in ("ul", "ol"):
            tag = k
            j = i
            lis = []
            while j < len(items) and items[j][0] == k:
                t = inline_html(items[j][2])
                if k == "ul" and items[j][1] == 2:
                    lis.append(f'<ul type="circle"><li class="MsoListParagraph">{t}</li></ul>')
                else:
                    lis.append(f'<li class="MsoListParagraph">{t}</li>' if fam == "word" else f"<li>{t}</li>")
                j += 1
            start = f' start="{items[i][1]}"' if k == "ol" and items[i][1] != 1 else ""
            out.append(f'<{tag} style="margin-top:0cm"{start}>' + "".join(lis) + f"</{tag}>")
            i = j
            continue
        elif k == "word":
            out.append(
                '<p class="MsoListParagraph" style="text-indent:-18.0pt"><span style="font-family:Symbol">'
                '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                f"&nbsp; </span></span>{inline_html(it[1])}</p>"
            )
        elif k == "tr":
            j = i
            rows = []
            while j < len(items) and items[j][0] == "tr":
                rows.append(
                    "<tr>"
                    + "".join(f'<td style="padding:0cm 5.4pt">{inline_html(c)}</td>' for c in items[j][1])
                    + "</tr>"
                )
                j += 1
            out.append(
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>"
            )
            i = j
            continue
        elif k == "img":
            src = f"cid:{it[1]}@{cid}"
            out.append(P(f'<img width="180" height="42" src="{src}" alt="{esc(it[2])}">'))
        elif k == "hdr":
            j = i
            rows = []
            while j < len(items) and items[j][0] == "hdr":
                lab = esc(items[j][1]).replace(" :", "&nbsp;:")
                rows.append(f"<b>{lab}</b> {inline_html(esc_addr(items[j][2]))}")
                j += 1
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                + P("<br>".join(rows))
                + "</div>"
            )
            i = j
            continue
        else:
            raise ValueError(it)
        i += 1
    return "\n".join(out)


def esc_addr(s):
    """Header values keep their <address> visibly: escape them before inline_html escapes again."""
    return s
