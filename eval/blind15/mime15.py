"""MIME assembly of blind15's replies: the headers and parts each client sends, as received by the firm.

Uses the encoders of eval/blind12/mime12.py.
"""

import re
import struct
import zlib
from datetime import timedelta
from email.utils import format_datetime

import loc15 as L
from clients15 import FIRM_DOMAIN, domain
from mime12 import Part, addr, addrlist, b64, ew, flow, hexid, lowhex, multipart, rng, text_part, thread_index

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
    'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}\no\\:* {{behavior:url(#default#VML);}}\n"
    '</style><![endif]--><style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n'
    "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\n"
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",'
    "sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}}\na:link, "
    "span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}}\n"
    'span.EmailStyle20\n\t{{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}}\n'
    ".MsoChpDefault\n\t{{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}}\n"
    "@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}\n"
    "div.WordSection1\n\t{{page:WordSection1;}}\n--></style><!--[if gte mso 9]><xml>\n"
    '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
    '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
)


def doc(client, inner, cs):
    if client in ("outlook", "outlook_mac"):
        return WORD_HEAD.format(cs=cs) + inner + "</div>\n</body>\n</html>\n"
    if client in ("owa", "new_outlook", "dynamics"):
        return (
            f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{inner}</body>\n</html>\n'
        )
    if client in ("gmail", "gmail_mobile"):
        return inner
    if client == "apple_mail":
        return (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            f'charset={cs}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{inner}</body></html>'
        )
    if client == "ios":
        return (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            f'<body dir="auto">{inner}</body></html>'
        )
    if client == "hubspot":
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>'
            f'<div style="font-family:Arial,sans-serif;font-size:14px">{inner}</div><img src="https://track.'
            'hubspot-exemple.net/e2t/to/VWf8Q3-pixel" width="1" height="1" border="0" alt=""></body></html>'
        )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{inner}</body></html>'


def tiny_png(seed):
    """A deterministic 2x2 PNG (a stand-in for logos)."""
    r = rng("png", seed)
    raw = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(6)) for _ in range(2))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def stand_in(name, seed):
    r = rng("file", name, seed)
    if name.lower().endswith(".pdf"):
        body = (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% stand-in "
            + lowhex(r, 48).encode()
            + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        )
        return body, "application/pdf"
    if name.lower().endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0" + bytes(r.randrange(256) for _ in range(120)) + b"\xff\xd9", "image/jpeg"
    if name.lower().endswith(".xlsx"):
        return b"PK\x03\x04" + bytes(r.randrange(256) for _ in range(200)), (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    return bytes(r.randrange(256) for _ in range(160)), "application/octet-stream"


def attachment_part(name, seed, style="outlook"):
    data, ct = stand_in(name, seed)
    if all(ord(c) < 128 for c in name):
        cd = f'attachment;\r\n\tfilename="{name}"'
        ctv = f'{ct};\r\n\tname="{name}"'
    else:
        from urllib.parse import quote

        cd = f"attachment;\r\n\tfilename*=utf-8''{quote(name)}"
        ctv = f"{ct};\r\n\tname*=utf-8''{quote(name)}"
    hs = (
        [("Content-Type", ctv), ("Content-Description", ew(name, "utf-8", "B"))]
        if style == "outlook"
        else [("Content-Type", ctv)]
    )
    hs += [("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    return Part(hs, b64(data).encode("ascii"))


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
EXO_PREFIX = ["PAXP193MB", "AM0PR04MB", "DB9PR01MB", "PR3P195MB", "GV0P278MB", "AS8PR07MB", "VI1PR09MB"]


def exchange_host(r, region="EURP193"):
    return f"{r.choice(EXO_PREFIX)}{r.randrange(1000, 9999)}.{region}.PROD.OUTLOOK.COM"


def message_id(node, reader=None):
    c = node["client"]
    r = rng("mid", node["key"], reader.email if reader is not None else "")
    dom = domain(node["frm"].email)
    if c in ("outlook", "outlook_mac", "owa", "new_outlook", "dynamics"):
        host = exchange_host(r, "CHEP278" if dom.endswith(".ch") else "EURP193")
        return f"<{host.split('.')[0]}{hexid(r, 24)}@{host}>"
    if c == "outlook_plain":
        return f"<000{r.randrange(1, 9)}01dd{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}$@{dom}>"
    if c in ("gmail", "gmail_mobile"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        return "<CA" + "".join(r.choice(alphabet) for _ in range(44)) + "@mail.gmail.com>"
    if c in ("apple_mail", "ios"):
        return f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{dom}>"
    if c == "thunderbird":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@{dom}>"
    if c == "samsung":
        return f"<{lowhex(r, 10)}.{lowhex(r, 6)}@email.android.com>"
    if c == "yahoo":
        return (
            f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@mail.yahoo.com>"
        )
    if c == "orange":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**4, 10**5)}.{r.randrange(10**12, 10**13)}.JavaMail.www@wwinf{r.randrange(1000, 2999)}>"
    if c == "zimbra":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if c == "sfr":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@webmail.sfr.fr>"
    if c == "laposte":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(100, 999)}.{r.randrange(10**12, 10**13)}.JavaMail.open-xchange@webmail.laposte.net>"
    if c == "lotus":
        return f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ONC1258C{hexid(r, 2)}.{hexid(r, 8)}-C1258C{hexid(r, 2)}.{hexid(r, 8)}@{dom}>"
    if c == "roundcube":
        return f"<{lowhex(r, 32)}@{dom}>"
    if c == "proton":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "<" + "".join(r.choice(alphabet) for _ in range(86)) + "=@proton.me>"
    if c == "zoho":
        return f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{r.randrange(10**18, 10**19)}@zohomail.eu>"
    if c == "salesforce":
        return f"<{hexid(r, 20)}00000000000000000000000000000000000000000@sfdc.net>"
    if c == "hubspot":
        return f"<{r.randrange(10**12, 10**13)}.{lowhex(r, 8)}-{lowhex(r, 4)}@hubspotemail.net>"
    if c == "zendesk":
        return f"<{hexid(r, 5)}{hexid(r, 6)}_{lowhex(r, 13)}_{lowhex(r, 6)}_sprut@zendesk.com>"
    if c == "freshdesk":
        return f"<{lowhex(r, 12)}.{r.randrange(10**8, 10**9)}@freshdesk.com>"
    raise ValueError(c)


def ensure_id(node, reader=None):
    """The node's Message-ID; a mail merge sent one message per recipient, each with its own id."""
    if node.get("to") is None and reader is not None:
        cache = node.setdefault("mids", {})
        if reader.email not in cache:
            cache[reader.email] = message_id(node, reader)
        return cache[reader.email]
    if "mid" not in node:
        node["mid"] = message_id(node)
    return node["mid"]


def references(ctx, node):
    ids = []
    child = node
    k = node.get("parent")
    while k:
        n = ctx.node(k)
        ids.append(ensure_id(n, child["frm"]))
        child = n
        k = n.get("parent")
    ids.reverse()
    return ids


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
RELAY = {
    "gmail.com": ("mail-wr1-f{n}.google.com", "209.85.221.{n}"),
    "orange.fr": ("smtp-{n}.smtp.orange.fr", "80.12.242.{n}"),
    "wanadoo.fr": ("smtp-{n}.smtp.orange.fr", "80.12.242.{n}"),
    "free.fr": ("smtp{n}-g21.free.fr", "212.27.42.{n}"),
    "yahoo.fr": ("sonic{n}-1.consmr.mail.ir2.yahoo.com", "77.238.179.{n}"),
    "bluewin.ch": ("mxout{n}.bluewin.ch", "195.186.120.{n}"),
    "me.com": ("st43p00im-zteg{n}.me.com", "17.58.63.{n}"),
    "icloud.com": ("st43p00im-zteg{n}.me.com", "17.58.63.{n}"),
    "proton.me": ("mail-4{n}.protonmail.ch", "185.70.43.{n}"),
    "sfr.fr": ("smtp{n}-sfr.sfr.fr", "93.17.128.{n}"),
    "laposte.net": ("smtp-out{n}.laposte.net", "160.92.124.{n}"),
}


def received(node, date):
    r = rng("rcv", node["key"])
    dom = domain(node["frm"].email)
    n = r.randrange(10, 99)
    fd = f"{r.choice(['PA', 'AM', 'DB', 'FR'])}{r.randrange(1, 6)}PEPF0000{hexid(r, 4)}.eurprd0{r.randrange(2, 9)}.prod.outlook.com"
    c = node["client"]
    dom_key = "gmail.com" if c in ("gmail", "gmail_mobile") and dom not in RELAY else dom  # Google Workspace
    if dom_key in RELAY:
        host, ip = RELAY[dom_key]
        host, ip = host.format(n=n), ip.format(n=n)
    elif c in ("outlook", "outlook_mac", "owa", "new_outlook", "dynamics"):
        host = f"EUR0{r.randrange(1, 6)}-{r.choice(['AM6', 'DB8', 'VI1', 'PR3'])}-obe.outbound.protection.outlook.com"
        ip = f"40.107.{r.randrange(1, 250)}.{n}"
    elif c == "zendesk":
        host, ip = f"outbyip{n}.pod17.euc1.zdsys.com", f"188.172.138.{n}"
    elif c == "freshdesk":
        host, ip = f"mail-{n}.freshemail.io", f"54.76.12.{n}"
    elif c == "salesforce":
        host, ip = f"smtp{n}-ia2-sp3.mta.salesforce.com", f"13.110.74.{n}"
    elif c == "hubspot":
        host, ip = f"{n}.mail.hubspotemail.net", f"143.244.84.{n}"
    elif c == "zoho":
        host, ip = f"sender4-op-o{n}.zoho.eu", f"136.143.169.{n}"
    else:
        host, ip = f"mail.{dom}", f"198.51.100.{n}"
    d1 = format_datetime((date + timedelta(seconds=r.randrange(2, 40))).astimezone(L.dt("2000-01-01 00:00", 0).tzinfo))
    d0 = format_datetime(date + timedelta(seconds=1))
    return [
        (
            "Received",
            f"from {host} ({ip})\r\n by {fd}\r\n (10.167.242.{r.randrange(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\r\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.{r.randrange(5, 20)} via Frontend Transport; {d1}",
        ),
        ("Received", f"from [{'192.0.2.' + str(r.randrange(2, 250))}] by {host} with ESMTPSA; {d0}"),
    ]


def subj_header(s, client):
    if all(ord(c) < 128 for c in s):
        return s
    if client in ("outlook", "outlook_mac", "owa", "new_outlook", "dynamics", "outlook_plain"):
        return ew(s, "utf-8", "B")
    if client in ("gmail", "gmail_mobile"):
        return ew(s, "UTF-8", "Q")
    return ew(s, "utf-8", "Q")


def addrs(ps, cs="utf-8", mode="Q"):
    return addrlist([addr(p.name, p.email, cs, mode) for p in ps])


def thread_topic(subject):
    return re.sub(r"^(?:(?:RE|Re|TR|Tr|Fwd|FW|Réf)\s?:\s*|\[EXTERNE\]\s*)+", "", subject)


# --------------------------------------------------------------------------
# the message
# --------------------------------------------------------------------------
PROFILE = {
    # client: (plain?, html?, plain charset, plain cte, html charset, html cte)
    "outlook": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "outlook_mac": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "owa": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "new_outlook": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "dynamics": (False, True, None, None, "utf-8", "quoted-printable"),
    "outlook_plain": (True, False, "windows-1252", "quoted-printable", None, None),
    "samsung": (True, True, "utf-8", "base64", "utf-8", "base64"),
    "lotus": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "zimbra": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "yahoo": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "zoho": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "salesforce": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "gmail": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "gmail_mobile": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "hubspot": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "apple_mail": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "ios": (True, True, "utf-8", "quoted-printable", "utf-8", "quoted-printable"),
    "sfr": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "proton": (True, True, "utf-8", "base64", "utf-8", "base64"),
    "orange": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "freshdesk": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "laposte": (False, True, None, None, "UTF-8", "quoted-printable"),
    "thunderbird": (True, False, "ISO-8859-15", "8bit", None, None),
    "roundcube": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
    "zendesk": (True, True, "UTF-8", "quoted-printable", "UTF-8", "quoted-printable"),
}


def build_raw(node, body, ctx, subject):
    """The reply as it sits in the firm's mailbox."""
    c = node["client"]
    has_plain, has_html, pcs, pcte, hcs, hcte = PROFILE[c]
    if node.get("html_only"):
        has_plain = False
    if node.get("plain_only"):
        has_html = False
    pcs = node.get("cs", pcs)
    pcte = node.get("cte", pcte)
    hcs = node.get("hcs", hcs)
    r = rng("mime", node["key"])
    date = L.dt(node["date"], node["frm"].off)
    if ":" in node["date"][11:] and node["date"].count(":") == 1:
        date = date.replace(second=r.randrange(0, 60))
    flowed = c in ("thunderbird", "roundcube") and not node.get("no_flow")
    parts = []
    plain_lines = body.plain
    if has_plain:
        if plain_lines is None:
            raise ValueError(f"{node['key']}: no text for a text/plain part")
        if flowed:
            text = "\n".join(flow(plain_lines, 72)) + "\n"
            ct = f"text/plain; charset={pcs}; format=flowed"
        else:
            text = "\n".join(plain_lines) + "\n"
            ct = f'text/plain; charset="{pcs}"'
        if c in ("apple_mail", "ios"):
            parts.append(text_part(text, f"text/plain;\r\n\tcharset={pcs}", pcs, pcte, cte_first=True))
        else:
            parts.append(text_part(text, ct, pcs, pcte))
    if has_html:
        h = doc(c, body.html, hcs)
        if c in ("apple_mail", "ios"):
            parts.append(text_part(h, f"text/html;\r\n\tcharset={hcs}", hcs, hcte, cte_first=True))
        else:
            parts.append(text_part(h, f'text/html; charset="{hcs}"', hcs, hcte))
    lowhex(r, 28)
    if len(parts) == 2:
        if c in ("outlook", "outlook_mac", "owa", "new_outlook"):
            bnd = f"_000_{exchange_host(r).split('.')[0]}{hexid(r, 20)}_"
        elif c in ("gmail", "gmail_mobile"):
            bnd = f"000000000000{lowhex(r, 16)}"
        elif c in ("apple_mail", "ios"):
            bnd = f"Apple-Mail={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        else:
            bnd = f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"
        content = multipart("alternative", parts, bnd)
    else:
        content = parts[0]
    # inline images referenced by the HTML (the sender's logo and those of the quoted history): Outlook sends them
    if has_html and c in ("outlook", "outlook_mac"):
        cids = []
        for m in re.finditer(r'src="cid:([^"]+)"', body.html):
            if m.group(1) not in cids:
                cids.append(m.group(1))
        if cids:
            imgs = []
            for cid in cids:
                fname = cid.split("@")[0]
                imgs.append(
                    Part(
                        [
                            ("Content-Type", f'image/png; name="{fname}"'),
                            ("Content-Description", fname),
                            ("Content-Disposition", f'inline; filename="{fname}"; size=94;'),
                            ("Content-ID", f"<{cid}>"),
                            ("Content-Transfer-Encoding", "base64"),
                        ],
                        b64(tiny_png(cid)).encode("ascii"),
                    )
                )
            rb = f"_004_{hexid(r, 30)}_"
            content = multipart(
                "related",
                [content, *imgs],
                rb,
                ct=f'multipart/related;\r\n\tboundary="{rb}";\r\n\ttype="multipart/alternative"',
            )
    atts = node.get("attach") or []
    if atts:
        aps = [attachment_part(a, node["key"], "outlook" if c.startswith("outlook") else "other") for a in atts]
        bnd = f"_mixed_{lowhex(r, 24)}"
        content = multipart("mixed", [content, *aps], bnd)
    # ---- headers
    frm = node["frm"]
    to = node["to"]
    cc = node.get("cc") or []
    refs = references(ctx, node)
    mid = ensure_id(node)
    hs = list(received(node, date))
    utc_date = date.astimezone(L.dt("2000-01-01 00:00", 0).tzinfo)
    dstr = format_datetime(utc_date if c in ("outlook", "owa", "new_outlook", "dynamics") else date)
    outlookish = c in ("outlook", "outlook_mac", "owa", "new_outlook", "dynamics")
    mode = "B" if outlookish else "Q"
    hs.append(("From", addr(frm.name, frm.email, "utf-8", mode)))
    if node.get("sender_hdr"):
        s = node["sender_hdr"]
        hs.append(("Sender", addr(s.name, s.email, "utf-8", mode)))
    if node.get("reply_to"):
        hs.append(("Reply-To", node["reply_to"]))
    hs.append(("To", addrs(to, "utf-8", mode)))
    if cc:
        hs.append(("CC" if outlookish else "Cc", addrs(cc, "utf-8", mode)))
    hs.append(("Subject", subj_header(subject, c)))
    if outlookish or c == "outlook_plain":
        hs.append(("Thread-Topic", subj_header(thread_topic(subject), c)))
        hs.append(("Thread-Index", thread_index(r, max(1, len(refs)))))
    hs.append(("Date", dstr))
    hs.append(("Message-ID", mid))
    # Outlook and Apple Mail forwards start a new thread; Gmail keeps the references
    refs_hdr = [] if node.get("fwd") and c not in ("gmail", "gmail_mobile") else refs
    if refs_hdr and not node.get("no_refs"):
        hs.append(("References", "\r\n ".join(refs)))
        hs.append(("In-Reply-To", refs[-1]))
    if outlookish:
        hs += [
            ("Accept-Language", f"{frm.loc}, en-US"),
            ("Content-Language", frm.loc),
            ("X-MS-Has-Attach", "yes" if atts else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    xm = {
        "outlook_plain": ("X-Mailer", "Microsoft Outlook 16.0"),
        "outlook_mac": ("user-agent", "Microsoft-MacOutlook/16.91.24111020"),
        "apple_mail": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        "ios": ("X-Mailer", "iPhone Mail (22B91)"),
        "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
        "yahoo": ("X-Mailer", "WebService/1.1.22941 YMailNorrin"),
        "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4583)"),
        "sfr": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
        "laposte": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
        "lotus": ("X-Mailer", "HCL Notes Release 12.0.2FP4 August 08, 2024"),
        "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
        "zoho": ("User-Agent", "Zoho Mail"),
        "zendesk": ("X-Mailer", "Zendesk Mailer"),
        "salesforce": ("X-SFDC-User", "0058d00000A1bC2"),
        "hubspot": ("X-HubSpot-Message-Type", "sales-email"),
        "freshdesk": ("X-FD-Email", "support@custodia-titres.fr"),
        "samsung": ("X-Mailer", "Samsung Email 6.1.97.1"),
        "orange": ("X-Originating-IP", "[192.0.2.77]"),
    }.get(c)
    if xm:
        hs.append(xm)
    if c == "proton":
        hs.append(("X-Pm-Message-Id", lowhex(r, 40)))
    if c == "lotus":
        hs.append(
            (
                "X-MIMETrack",
                "Serialize by Router on MTX-DOM01/SaintClair(Release 12.0.2FP4|August 08, 2024) at\r\n"
                f" {L.numeric(date)}:{r.randrange(10, 59)}",
            )
        )
    for k, v in node.get("extra_headers", []):
        hs.append((k, v))
    mv = "1.0"
    if c == "apple_mail":
        mv = "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
    elif c == "ios":
        mv = "1.0 (1.0)"
    top_ct = content.headers
    content.headers = []
    out = Part([*hs, *top_ct, ("MIME-Version", mv)], body=content.body, parts=content.parts, boundary=content.boundary)
    return out.render()


__all__ = ["FIRM_DOMAIN", "build_raw", "ensure_id"]
