"""blind19: the firm's messages (what its Outlook stored in Sent Items and what reached the correspondent after the
firm's gateway and the correspondent's own gateway), and the person's edits of the quoted copy."""

import hashlib
import re
from dataclasses import dataclass, field

import firm19 as fm
import loc19
import render19 as rd

FR_TYPO = re.compile(r" ([?:;!»])")


def fr_typo(line):
    """French Outlook autocorrect: a no-break space before ? : ; ! » and after « (never inside a link target)."""
    parts = re.split(r"(\([^()\s]+\))", line)
    out = []
    for p in parts:
        if p.startswith("(http") or p.startswith("(mailto"):
            out.append(p)
        else:
            out.append(FR_TYPO.sub("\u00a0\\1", p).replace("« ", "«\u00a0"))
    return "".join(out)


@dataclass
class Sent:
    """A message the firm sent."""

    key: str
    staff: fm.Staff
    to: list
    subject: str
    date: str  # adviser's local time, "YYYY-MM-DD HH:MM"
    body: list  # markup lines, greeting to closing
    cc: list = field(default_factory=list)
    history: "Sent | None" = None  # the earlier message the adviser answered (quoted below, Outlook style)
    fwd: dict | None = None  # a forwarded message: {name, email, date, to, subject, lines}
    attach: tuple = ()  # file names of attached PDFs
    lang: str = "fr"
    phone: bool = False  # sent from the adviser's iPhone (then no Outlook signature)

    @property
    def dt(self):
        sec = int(hashlib.sha256(("sec|" + self.key).encode()).hexdigest()[:2], 16) % 60
        return loc19.parse_local(self.date, "cet").replace(second=sec)

    def msgid(self):
        h = hashlib.sha256(("sent|" + self.key).encode()).hexdigest().upper()
        if self.phone:
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@hautmont-wiltz.example>"
        host = ["PAXPR08MB", "AM9PR08MB", "DB9PR08MB", "AS8PR08MB"][int(h[0], 16) % 4] + str(
            6000 + int(h[1:4], 16) % 4000
        )
        return f"<{host}{h[4:36]}@{host}.eurprd08.prod.outlook.com>"

    def references(self):
        if self.history:
            return [*self.history.references(), self.history.msgid()]
        if self.fwd and self.fwd.get("msgid"):  # an answer to the correspondent's own message
            return [self.fwd["msgid"]]
        return []

    def to_line(self, people):
        return "; ".join(f"{p.name} <{p.email}>" for p in people)

    def hdr_items(self, loc):
        lab = loc19.HEADER_LABELS[loc]
        out = [
            ("hdr", lab[0], self.staff.name),
            ("hdr", lab[1], loc19.outlook_sent(self.dt, loc)),
            ("hdr", lab[2], self.to_line(self.to)),
        ]
        if self.cc:
            out.append(("hdr", lab[3], self.to_line(self.cc)))
        out.append(("hdr", lab[4], self.subject))
        return out

    def items(self):
        """What the adviser's Outlook stored (no gateway text)."""
        body = [fr_typo(x) for x in self.body] if self.lang == "fr" else list(self.body)
        its = rd.parse(body)
        if self.phone:
            its += [
                ("blank",),
                (
                    "p",
                    {
                        "fr": "Envoyé de mon iPhone",
                        "nl": "Verstuurd vanaf mijn iPhone",
                        "de": "Von meinem iPhone gesendet",
                        "en": "Sent from my iPhone",
                        "pt": "Enviado do meu iPhone",
                        "it": "Inviato da iPhone",
                    }[self.lang],
                ),
            ]
        else:
            its += [("blank",), *rd.parse(list(self.staff.sig))]
        loc = self.staff.loc
        if self.fwd:
            f = self.fwd
            lab = loc19.HEADER_LABELS[loc]
            its += [
                ("blank",),
                ("hdr", lab[0], f["name"]),
                ("hdr", lab[1], loc19.outlook_sent(loc19.parse_local(f["date"], "cet"), loc)),
                ("hdr", lab[2], f["to"]),
                ("hdr", lab[4], f["subject"]),
                ("blank",),
            ]
            its += rd.parse([fr_typo(x) for x in f["lines"]] if self.lang == "fr" else f["lines"])
        if self.history:
            its += [("blank",), *self.history.hdr_items(loc), ("blank",), *self.history.items()]
        return its

    def stored_plain(self):
        out = []
        for it in self.items():
            out += rd.plain_item(it, rd.OUTLOOK, self.cid())
        return out

    def cid(self):
        h = hashlib.sha256(("cid|" + self.key).encode()).hexdigest().upper()
        return f"01DB{h[:4]}.{h[4:12]}"

    def has_logo(self):
        return any(it[0] == "img" for it in self.items())


def received(sent, person, tip=True):
    """The firm's message as it reached person: tip and banner of their gateway on top, Safe Links rewrites, the
    firm's gateway disclaimer at the end."""
    org = person.org
    its = []
    if org and org.tip and tip:
        its += [("raw", fm.safety_tip(org.tip, sent.staff.email)), ("blank",)]
    if org and org.banner:
        its += [("raw", b) for b in org.banner] + [("blank",)]
    body = sent.items()
    if org and org.safelinks:
        body = rd.transform_links(
            body,
            lambda u: (
                u
                if u.startswith(("mailto:", "https://aka.ms/"))
                else fm.safelink(u, org.safelinks, person.email, org.tenant)
            ),
        )
    its += body
    its += [("blank",)]
    for x in fm.gateway_disclaimer(sent.staff.office, fm.disclaimer_variant(sent.staff.office, person)):
        its.append(("gw", x) if x else ("blank",))
    return its


def subject_received(sent, person):
    org = person.org
    if org and org.tag:
        return f"{org.tag} {sent.subject}"
    return sent.subject


# --------------------------------------------------------------------------
# the person's edits of the quoted copy
# --------------------------------------------------------------------------
def norm(s):
    return rd.LINKRE.sub(lambda m: m.group(1), s).replace("\u00a0", " ").replace("\u202f", " ")


def find(items, anchor):
    """Index of the single item whose text contains anchor ((anchor, n) picks the n-th match)."""
    n = None
    if isinstance(anchor, tuple):
        anchor, n = anchor
    hits = [i for i, it in enumerate(items) if anchor in norm(rd.item_text(it))]
    if n is None:
        if len(hits) != 1:
            raise ValueError(f"anchor {anchor!r}: {len(hits)} matches")
        return hits[0]
    return hits[n]


def new_items(lines):
    return [("new", x) for x in lines]


def apply_edits(items, edits):
    its = list(items)
    for e in edits:
        op = e[0]
        if op == "after":
            i = find(its, e[1])
            its[i + 1 : i + 1] = new_items(e[2])
        elif op == "before":
            i = find(its, e[1])
            its[i:i] = new_items(e[2])
        elif op == "append":
            i = find(its, e[1])
            its[i] = ("app", its[i], e[2])
        elif op == "delete":
            i, j = find(its, e[1]), find(its, e[2])
            del its[i : j + 1]
        elif op == "cut":  # everything after the anchor removed
            i = find(its, e[1])
            del its[i + 1 :]
        elif op == "cutfrom":
            i = find(its, e[1])
            del its[i:]
        elif op == "keep":  # only the items from e[1] to e[2] (a selection quoted by the client)
            i, j = find(its, e[1]), find(its, e[2])
            its = its[i : j + 1]
        elif op == "retext":  # a client's character changes over the whole copy
            its = rd.retext(its, e[1])
        elif op == "replace":  # the copy replaced by other items (a translation shown by the client)
            i, j = find(its, e[1]), find(its, e[2])
            its[i : j + 1] = e[3]
        else:
            raise ValueError(op)
    return its


# --------------------------------------------------------------------------
# a reply-all of a third person (not in the set) that the replier answers instead of the firm's message
# --------------------------------------------------------------------------
def via_items(sent, via):
    """via: {person, date (their local time), top, sig, loc}: their Outlook reply-all to sent, as the replier
    received it (their org's gateway banner and tip inside the copy of sent, their org's footer at the end)."""
    vp = via["person"]
    loc = via["loc"]
    lab = loc19.HEADER_LABELS[loc]
    seen = loc19.to_zone(sent.dt, vp.zone)
    its = [*rd.parse(via["top"]), ("blank",), *rd.parse(via["sig"]), ("blank",)]
    its += [
        ("hdr", lab[0], f"{sent.staff.name} <{sent.staff.email}>"),
        ("hdr", lab[1], loc19.outlook_sent(seen, loc)),
        ("hdr", lab[2], sent.to_line(sent.to)),
    ]
    if sent.cc:
        its.append(("hdr", lab[3], sent.to_line(sent.cc)))
    its += [("hdr", lab[4], subject_received(sent, vp)), ("blank",)]
    its += received(sent, vp)
    if vp.org and vp.org.out_footer:
        its += [("blank",)] + [("gw", x) for x in vp.org.out_footer]
    return its


def via_msgid(via):
    h = hashlib.sha256(("via|" + via["key"]).encode()).hexdigest().upper()
    host = "AM0PR03MB" + str(4000 + int(h[:3], 16) % 5000)
    return f"<{host}{h[3:35]}@{host}.eurprd03.prod.outlook.com>"
