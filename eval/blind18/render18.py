"""How each mail client renders a message as text: links, bullets, images, no-break spaces, quoting, wrapping.

A message's display is a tree: ("l", logical line) or ("q", kind, attribution lines, child display), kind "flat"
(Outlook: a header block above the earlier message, no indentation) or "bq" (Gmail, Apple Mail, Thunderbird: an
HTML blockquote, shown with "> " by the clients that prefix quotes in their text part).
"""

import re
import textwrap
from dataclasses import dataclass

from loc18 import (
    FW_PREFIX,
    ORIGINAL,
    OUTLOOK_FIELDS,
    OWA_FIELDS,
    apple_attr,
    gmail_attr,
    local,
    orange_block,
    outlook_date,
    parse,
    thunderbird_attr,
)

# viewer styles: link, bullet, img, nbsp, latin (smart punctuation lost), bq (prefix blockquotes), pfx, wrap
V = {
    "outlook": dict(link="outlook", bullet="outlook", img="cid_new", nbsp=True, bq=False),
    "outlook_sent": dict(link="outlook", bullet="outlook", img="cid_own", nbsp=True, bq=False),
    "owa": dict(link="outlook", bullet="outlook", img="cid_new", nbsp=True, bq=False),
    "outlook_mobile": dict(link="outlook", bullet="outlook", img="drop", nbsp=True, bq=False),
    "outlook_plain": dict(link="outlook", bullet="outlook", img="cid_new", nbsp=False, bq=False, wrap=76),
    "gmail": dict(link="space", bullet="gmail", img="gmail", nbsp=True, bq=True, pfx="> ", blank_nbsp=True),
    "gmail_sent": dict(link="space", bullet="gmail", img="gmail", nbsp=True, bq=True, pfx="> "),
    "gmail_mobile": dict(link="space", bullet="gmail", img="gmail", nbsp=True, bq=True, pfx="> ", blank_nbsp=True),
    "gmail_plain": dict(link="space", bullet="gmail", img="gmail", nbsp=False, bq=True, pfx="> ", wrap=78),
    "apple_mail": dict(link="space", bullet="apple", img="apple", nbsp=True, bq=True, pfx="> "),
    "ios_mail": dict(link="space", bullet="ios", img="apple", nbsp=True, bq=True, pfx="> "),
    "thunderbird": dict(link="space_mailto", bullet="tb", img="drop", nbsp=False, bq=True, pfx="tb", flowed=True),
    "thunderbird_fixed": dict(link="space_mailto", bullet="tb", img="drop", nbsp=False, bq=True, pfx="tb", wrap=72),
    "orange": dict(link="space", bullet="tb", img="drop", nbsp=False, latin=True, bq=True, pfx="> "),
}

MARK = re.compile(r"\{L:([^|}]*)\|([^}]*)\}|\{M:([^}]*)\}|\{IMG:([^}]*)\}")
LATIN = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "€": "EUR"}


@dataclass
class Line:
    text: str
    depth: int = 0
    tag: str = "q"  # q quoted, n typed by the sender, tail typed at the end of a quoted line, x client's, dev device
    tail: str = ""
    color: bool = False


class Ctx:
    """Per-rendering state: the cid stamp and numbering of Outlook's images."""

    def __init__(self, stamp="01DB8F3A.5C2E1B70", first=1):
        self.stamp = stamp
        self.next_img = first
        self.seen = {}


def render_markup(text, style, ctx):
    st = V[style]

    def sub(m):
        if m.group(1) is not None:
            label, url = m.group(1), m.group(2)
            if st["link"] == "outlook":
                return f"{label}<{url}>"
            if label == url:
                return url
            return f"{label} <{url}>"
        if m.group(3) is not None:
            a = m.group(3)
            if st["link"] == "outlook":
                return f"{a}<mailto:{a}>"
            if st["link"] == "space_mailto":
                return f"{a} <mailto:{a}>"
            return a
        name = m.group(4)
        img = st["img"]
        if img == "drop":
            return ""
        if img == "gmail":
            return f"[image: {name}]"
        if img == "apple":
            return f"<{name}>"
        if img == "cid_own":
            return f"[cid:{name}@{ctx.stamp}]"
        if name not in ctx.seen:
            ctx.seen[name] = f"image{ctx.next_img:03d}.png"
            ctx.next_img += 1
        return f"[cid:{ctx.seen[name]}@{ctx.stamp}]"

    out = MARK.sub(sub, text)
    if not st["nbsp"]:
        out = out.replace("\u00a0", " ").replace("\u202f", " ")
    if st.get("latin"):
        for a, b in LATIN.items():
            out = out.replace(a, b)
    return out


def bullet(kind, n, text, style):
    b = V[style]["bullet"]
    if kind == "*":
        return {"outlook": f"  *   {text}", "gmail": f"   - {text}", "apple": f"\t•\t{text}", "ios": f"• {text}",
                "tb": f"* {text}"}[b]  # fmt: skip
    return {"outlook": f"  {n}.  {text}", "gmail": f"   {n}. {text}", "apple": f"\t{n}.\t{text}", "ios": f"{n}. {text}",
            "tb": f"{n}. {text}"}[b]  # fmt: skip


def render_line(ln, style, ctx):
    """One logical line -> text, or None when the client drops it (an image it does not show)."""
    if ln.startswith("T|"):
        cells = [render_markup(c, style, ctx) for c in ln[2:].split("|")]
        sep = {"outlook": "\n", "gmail": " ", "apple": "\t", "ios": " ", "tb": " "}[V[style]["bullet"]]
        return sep.join(cells)
    m = re.match(r"^(\*|#(\d+))\|(.*)$", ln)
    body = m.group(3) if m else ln
    out = render_markup(body, style, ctx)
    if body and not out.strip() and "{IMG:" in body:
        return None
    if m:
        out = bullet("*" if m.group(1) == "*" else "#", m.group(2), out, style)
    return out


def render(nodes, style, ctx, depth=0):
    """Display tree -> [Line] (quoted lines tagged 'q')."""
    out = []
    for node in nodes:
        if node[0] == "l":
            t = render_line(node[1], style, ctx)
            if t is None:
                continue
            if t == "" and V[style].get("blank_nbsp") and len(node) > 2 and node[2] == "outlook":
                t = "\u00a0"  # an empty Outlook paragraph (&nbsp;) as Gmail's text part shows it
            out.extend(Line(x, depth) for x in t.split("\n"))
        else:
            _, kind, attr, child = node
            d = depth + 1 if kind in ("bq", "bq_in") and V[style]["bq"] else depth
            lead = kind == "bq_in"
            for a in attr:
                lead = lead and not a  # blank lines before an in-quote attribution stay outside the quote
                out.append(Line(a, d if kind == "bq_in" and not lead else depth))
            out.extend(render(child, style, ctx, d))
    return out


# --------------------------------------------------------------------------
# how a composer quotes the message it answers (or forwards)
# --------------------------------------------------------------------------
def names(people, with_addr=True):
    return "; ".join(f"{p.name} <{p.email}>" if with_addr else p.name for p in people)


def quote_node(composer, lang, viewer_tz, parent, child, fwd=False, tag=None, us=False, plain_mode=False):
    """The ("q", ...) node a composer writes above the quoted parent. child is the parent's (received) display."""
    dt = local(parse(parent.date, parent.frm.tz), viewer_tz)
    subj = parent.subject if not tag else tag_subject(parent.subject, tag)
    if composer in ("outlook", "outlook_sent", "owa", "outlook_mobile", "outlook_plain"):
        f = (OWA_FIELDS if composer in ("owa", "outlook_mobile") else OUTLOOK_FIELDS)[lang]
        frm = f"{parent.frm.name} <{parent.frm.email}>"
        if composer == "outlook_sent" and parent.frm.firm:
            frm = parent.frm.name  # the firm's own Outlook shows colleagues by name only
        if composer == "outlook_plain":
            frm = f"{parent.frm.name} [mailto:{parent.frm.email}] "
        variant = "mobile" if composer == "outlook_mobile" else ("us" if us else None)
        block = [
            f[0] + frm,
            f[1] + outlook_date(dt, lang, variant),
            f[2] + names(parent.to, composer != "outlook_sent"),
        ]
        if parent.cc:
            block.append(f[3] + names(parent.cc))
        block.append(f[4] + subj)
        if composer in ("owa", "outlook_mobile"):
            head = ["________________________________"]
        elif composer == "outlook_plain":
            head = ["", ORIGINAL[lang]]
        else:
            head = [""]
        if fwd and composer == "outlook_sent":
            head = ["", ""]
        return ("q", "flat", [*head, *block, ""], child)
    if composer in ("gmail", "gmail_sent", "gmail_mobile", "gmail_plain"):
        if fwd:
            block = ["---------- Forwarded message ---------" if lang == "en" else FWD_GMAIL[lang],
                     f"{FROM_GMAIL[lang]} {parent.frm.name} <{parent.frm.email}>",
                     f"{DATE_GMAIL[lang]} {gmail_date(dt, lang)}", f"{SUBJ_GMAIL[lang]} {subj}",
                     f"{TO_GMAIL[lang]} {names(parent.to)}"]  # fmt: skip
            return ("q", "flat", ["", *block, "", ""], child)
        attr = gmail_attr(dt, lang, parent.frm.name, parent.frm.email, "us" if us else None)
        return ("q", "bq", ["", attr, ""], child)
    if composer == "apple_mail":
        from loc18 import apple_attr as aa

        return ("q", "bq", ["", aa(dt, lang, parent.frm.name, parent.frm.email, "us" if us else None), ""], child)
    if composer == "ios_mail":
        attr = apple_attr(dt, lang, parent.frm.name, parent.frm.email, "us" if us else None)
        return ("q", "bq_in", [attr, ""], child)
    if composer in ("thunderbird", "thunderbird_fixed"):
        return ("q", "bq", ["", thunderbird_attr(dt, lang, parent.frm.name)], child)
    if composer == "orange":
        block = orange_block(dt, parent.frm.name, parent.frm.email, parent.to[0].email, subj)
        return ("q", "bq_in", ["", *block, ""], child)
    raise ValueError(composer)


FWD_GMAIL = {"fr": "---------- Forwarded message ---------", "de": "---------- Forwarded message ---------",
             "it": "---------- Forwarded message ---------", "es": "---------- Forwarded message ---------"}  # fmt: skip
FROM_GMAIL = {"en": "From:", "fr": "De :", "de": "Von:", "it": "Da:", "es": "De:"}
DATE_GMAIL = {"en": "Date:", "fr": "Date:", "de": "Date:", "it": "Date:", "es": "Date:"}
SUBJ_GMAIL = {"en": "Subject:", "fr": "Subject:", "de": "Subject:", "it": "Subject:", "es": "Subject:"}
TO_GMAIL = {"en": "To:", "fr": "To:", "de": "To:", "it": "To:", "es": "To:"}


def gmail_date(dt, lang):
    from loc18 import SDAYS, SMONTHS, hm

    return f"{SDAYS[lang][dt.weekday()]} {dt.day} {SMONTHS[lang][dt.month - 1]} {dt.year} à {hm(dt)}" if lang == "fr" \
        else f"{SDAYS['en'][dt.weekday()]}, {dt.day} {SMONTHS['en'][dt.month - 1]} {dt.year} at {hm(dt)}"  # fmt: skip


def tag_subject(subject, tag):
    """A gateway tag goes in front of the whole subject (reply prefixes included)."""
    return f"{tag} {subject}"


def fw_subject(lang, subject):
    return FW_PREFIX[lang] + subject


# --------------------------------------------------------------------------
# wrapping and prefixing
# --------------------------------------------------------------------------
def pfx(style, depth):
    p = V[style].get("pfx", "> ")
    if p == "tb":
        return ">" * depth + " " if depth else ""
    return p * depth


def wrap_lines(lines, width, style):
    """Hard-wrap quoted lines to width (prefix included); typed lines are left as the sender typed them."""
    out = []
    for ln in lines:
        room = width - len(pfx(style, ln.depth))
        if ln.tag != "q" or len(ln.text) <= room:
            out.append(ln)
            continue
        pieces = textwrap.wrap(
            ln.text, room, break_long_words=False, break_on_hyphens=False, expand_tabs=False, replace_whitespace=False
        )
        out.extend(Line(p, ln.depth, ln.tag) for p in pieces or [""])
    return out


def prefixed(lines, style):
    out = []
    for ln in lines:
        p = pfx(style, ln.depth)
        if not ln.depth:
            out.append(ln.text)
        elif ln.text.strip(" "):
            out.append(p + ln.text)
        else:
            out.append(p.rstrip() + ln.text.strip(" "))
    return out
