"""Assembly of blind14: threads -> rendered history; reply specs -> raw message, label, mode, top."""

import re

import loc14 as LC
from clients14 import OUTLOOKISH, PREFIX_CLIENTS, Msg, assemble, make_mid, reinsert, render
from mime12 import D, L
from people14 import FIRM_DOMAIN, P

# The firm's gateway: from Monday 1 February 2027 Quillan Birch's mail system tags mail from outside the firm
# (subject prefix and a banner on top of the body, in the text and the HTML part).
BANNER_FROM = D("2027-02-01 00:00", 0)
BANNER_TEXT = (
    "CAUTION: This email originated from outside of Quillan Birch Advisory. Do not click links or open "
    "attachments unless you recognise the sender and know the content is safe."
)
BANNER = (
    [BANNER_TEXT, ""],
    '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background:#FFF4CE;border:1px solid '
    '#C19C00"><tr><td style="padding:4pt 6pt;font-family:Calibri,Arial,sans-serif;font-size:9pt;color:#5C4400">'
    "<b>CAUTION:</b> This email originated from outside of Quillan Birch Advisory. Do not click links or open "
    "attachments unless you recognise the sender and know the content is safe.</td></tr></table>\r\n<br>\r\n",
)
EXT_TAG = "[EXTERNAL] "

# Gateways of the correspondents. Outbound footers are appended by the sender's gateway after the whole message
# (so never new text); inbound banners of a correspondent's own gateway sit on top of the firm's message they
# quote (hist_banner), and Proofpoint also rewrites the links of that quoted message (hist_rewrite).
MIMECAST = (
    [
        "This email has been scanned for viruses and malware, and may have been automatically archived by Mimecast Ltd, "
        "an innovator in Software as a Service (SaaS) for business. Providing a safer and more useful place for your "
        "human generated data. Specializing in; Security, archiving and compliance. To find out more visit the Mimecast "
        "website."
    ],
    '<br><hr><font face="Arial" color="Gray" size="1">This email has been scanned for viruses and malware, and may '
    "have been automatically archived by Mimecast Ltd, an innovator in Software as a Service (SaaS) for business. "
    "Providing a safer and more useful place for your human generated data. Specializing in; Security, archiving and "
    "compliance. To find out more visit the Mimecast website.<br></font>\r\n",
)
SYMANTEC = (
    [
        "______________________________________________________________________",
        "This email has been scanned by the Symantec Email Security.cloud service.",
        "For more information please visit http://www.symanteccloud.com",
        "______________________________________________________________________",
    ],
    "<br>______________________________________________________________________<br>This email has been scanned by the "
    "Symantec Email Security.cloud service.<br>For more information please visit http://www.symanteccloud.com<br>"
    "______________________________________________________________________<br>\r\n",
)
PROOFPOINT_BANNER = (
    ["This message is from an EXTERNAL SENDER - be CAUTIOUS, particularly with links and attachments."],
    '<div style="background-color:#FFEB9C;border:1px solid #9C6500;padding:2pt;font-size:9pt"><b>This '
    "message is from an EXTERNAL SENDER</b> - be CAUTIOUS, particularly with links and attachments."
    "</div>\r\n",
)
PROOFPOINT_URLS = [
    (
        "https://www.quillanbirch.com/",
        "https://urldefense.com/v3/__https://www.quillanbirch.com/__;!!Hx4kQ2nX"
        "!b7Yt0cZ1kqVd3rW9pL5mE2sA8fJ6uN4oT1iG0hC3yB$",
    )
]
EXT_SG = (
    [
        "[External Email] Do not click links or open attachments unless you recognise the sender and know the "
        "content is safe."
    ],
    '<p style="color:#C00000;font-size:9pt"><b>[External Email]</b> Do not click links or open attachments '
    "unless you recognise the sender and know the content is safe.</p>\r\n",
)
EXT_LU = (
    [
        "ATTENTION : ce courriel provient de l'extérieur de Moselle Fund Services. / CAUTION: this email comes from "
        "outside Moselle Fund Services."
    ],
    '<div style="border:1px solid #d00;padding:3px;font-size:8pt">ATTENTION : ce courriel provient de '
    "l'extérieur de Moselle Fund Services. / CAUTION: this email comes from outside Moselle Fund Services.</div>\r\n",
)
EXT_PL = (
    [
        "UWAGA: Wiadomość pochodzi spoza organizacji. Nie klikaj w linki i nie otwieraj załączników, jeśli nie znasz "
        "nadawcy."
    ],
    '<p style="background:#fde9e9;font-size:8pt">UWAGA: Wiadomość pochodzi spoza organizacji. Nie klikaj w linki i '
    "nie otwieraj załączników, jeśli nie znasz nadawcy.</p>\r\n",
)
EXT_CA = (
    ["[EXTERNAL] This email originated from outside Lakeshore Timber."],
    '<p><span style="color:red"><b>[EXTERNAL]</b></span> This email originated from outside Lakeshore Timber.</p>\r\n',
)


def is_firm(p):
    return p.email.endswith("@" + FIRM_DOMAIN)


def gets_banner(m):
    return (not is_firm(m.who)) and m.dt >= BANNER_FROM and any(is_firm(p) for p in m.to + m.cc)


REPLY_RE = re.compile(r"^(?:re|sv|aw|odp)\s?:\s*", re.I)


def reply_subject(client, who, seen, fwd=False):
    lg = LC.lang_of(who.loc)
    if fwd:
        if client in OUTLOOKISH and client != "outlook_mac":
            return LC.FWD_PREFIX[lg] + seen
        return ("Fwd: " if client not in ("zoho",) else "Fw: ") + seen
    if client in OUTLOOKISH and client != "outlook_mac":
        pre = LC.REPLY_PREFIX[lg]
    elif client in ("samsung_email", "crm_salesforce"):
        pre = "RE: "
    else:
        pre = "Re: "
    if REPLY_RE.match(seen):
        if client in ("gmail", "gmail_mobile", "superhuman"):  # Gmail leaves an existing "RE:"/"SV:" alone
            return seen
        return pre + REPLY_RE.sub("", seen, count=1)
    return pre + seen


def make_msg(item, prev_msg, seed, base_subject):
    who = P[item["who"]]
    to = [P[k] for k in item["to"]] if "to" in item else [prev_msg.who]
    if "cc" in item:
        cc = [P[k] for k in item["cc"]]
    elif prev_msg is not None:
        seen = {who.email} | {p.email for p in to}
        cc = []
        for p in prev_msg.to + prev_msg.cc + [prev_msg.who]:
            if p.email not in seen:
                cc.append(p)
                seen.add(p.email)
    else:
        cc = []
    dt = D(item["date"], item.get("off", who.tz))
    lines = L(item["text"]) if item.get("text") else []
    opts = {
        k: v
        for k, v in item.items()
        if k
        not in (
            "who",
            "to",
            "cc",
            "date",
            "client",
            "lang",
            "text",
            "slug",
            "thread",
            "kind",
            "opt_out",
            "subject",
            "off",
            "note",
        )
    }
    if "tail" in opts and isinstance(opts["tail"], str):
        opts["tail"] = L(opts["tail"])
    for k in ("inline",):
        if k in opts:
            opts[k] = [(a, L(b) if isinstance(b, str) else b) for a, b in opts[k]]
    m = Msg(who, to, dt, item["client"], lines, cc=cc, **opts)
    if item.get("subject"):
        m.subject = item["subject"]
    elif prev_msg is None:
        m.subject = base_subject
    else:
        m.subject = reply_subject(item["client"], who, prev_msg.seen_subject, fwd=item.get("forward", False))
    m.seen_subject = (EXT_TAG + m.subject) if gets_banner(m) else m.subject
    m.mid = item.get("mid") or make_mid(item["client"], who, seed, dt)
    m.refs = ([*prev_msg.refs, prev_msg.mid]) if prev_msg is not None else []
    m.lang = item.get("lang", "en")
    return m


def as_seen(out):
    """A message as the firm's mailbox holds it (with the gateway banner when it applies)."""
    m = out.msg
    if not gets_banner(m):
        return out
    from clients14 import clone

    o = clone(out, [(0, ln) for ln in BANNER[0]] + out.doc, BANNER[1] + out.html)
    o.shown_subject = m.seen_subject
    return o


class Threads:
    def __init__(self, src):
        self.src = src
        self.cache = {}

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        subject, items = self.src[key]
        if isinstance(items, tuple) and items and items[0] == "from":
            _, base_key, n, more = items
            base = self.get(base_key)
            msgs = list(base[0][:n])
            outs = list(base[1][:n])
            start = n
            items = more
        else:
            msgs, outs, start = [], [], 0
        for i, it in enumerate(items, start):
            prev_m = msgs[-1] if msgs else None
            m = make_msg(it, prev_m, it.get("slug") or f"{key}:{i}", subject)
            if prev_m is not None and not m.dt > prev_m.dt:
                raise SystemExit(f"thread {key}: item {i} dated before the message it answers")
            outs.append(render_reply(m, msgs, outs, len(msgs), it))
            msgs.append(m)
        self.cache[key] = (msgs, outs)
        return self.cache[key]


def render_reply(m, msgs, outs, depth, spec):
    """Render m answering msgs[depth - 1] (as the replier's mailbox shows it)."""
    prev_m = msgs[depth - 1] if depth else None
    prev_o = outs[depth - 1] if depth else None
    if prev_o is not None and is_firm(m.who):
        prev_o = as_seen(prev_o)
    inserted = None
    if spec.get("inline") and m.client not in PREFIX_CLIENTS:
        style = spec.get("inline_style", "colour:#0070C0")
        pp = outs[depth - 2] if depth >= 2 else None
        if pp is not None and is_firm(prev_m.who):
            pp = as_seen(pp)
        inserted = reinsert(prev_m, pp, prev_m.lang, m.get("inline"), style)
    return render(m, prev_o, m.lang, inserted=inserted)


def build_reply(spec, threads):
    """raw bytes, label lines, mode, top, problems."""
    tkey, depth = spec["thread"]
    msgs, outs = threads.get(tkey)
    prev_m = msgs[depth - 1] if depth else None
    m = make_msg(spec, prev_m, spec["slug"], threads.src[tkey][0])
    problems = []
    if prev_m is not None and not m.dt > prev_m.dt:
        problems.append("reply dated before the message it answers")
    out = render_reply(m, msgs, outs, depth, spec)
    banner = gets_banner(m) and not spec.get("no_banner")
    if banner:
        m.kw["top_banner"] = BANNER
        if not spec.get("subject"):
            m.subject = EXT_TAG + m.subject
    raw = assemble(m, out, m.lang, FIRM_DOMAIN)
    label = spec.get("label") or out.own
    top = out.top and not banner and not spec.get("footer_top") and spec.get("top", True)
    return raw, label, out.mode, top, problems, m
