"""MIME assembly for blind21: human replies (text, text+HTML, HTML only), Sent Items copies, notices and NDRs.

The low-level encoders are blind12's (eval/blind12/mime12.py), imported as blind13-17 do.
"""

import html as htmlmod
import re
import uuid

from mime12 import D, Part, addr, ew, message, multipart, rfcdate, rng, text_part

LINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")


def esc(s):
    return htmlmod.escape(s, quote=False)


def mid_for(client, key, dom):
    r = rng("mid", key)
    if client in ("gmail", "gmail_android"):
        tail = "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") for _ in range(38)
        )
        return f"<CA{tail}@mail.gmail.com>"
    if client in ("outlook_win", "new_outlook", "outlook_mobile", "firm"):
        box = "".join(r.choice("0123456789") for _ in range(4))
        pre = r.choice(["LO2P265", "LO4P265", "CWLP265", "DB9PR08", "AM0PR03"])
        h = "".join(r.choice("0123456789ABCDEF") for _ in range(16))
        tail = "".join(r.choice("0123456789ABCDEF") for _ in range(8))
        zone = "GBRP265" if pre.endswith("P265") else "EURPRD08" if pre.startswith("DB9") else "EURPRD03"
        return f"<{pre}MB{box}{h}{tail}@{pre}MB{box}.{zone}.PROD.OUTLOOK.COM>"
    if client in ("outlook_2016",):
        return f"<00{''.join(r.choice('0123456789abcdef') for _ in range(10))}$" + (
            f"{''.join(r.choice('0123456789abcdef') for _ in range(12))}$@{dom}>"
        )
    if client in ("yahoo", "aol"):
        return (
            f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**5, 10**6)}.17{r.randrange(10**10, 10**11)}@mail.yahoo.com>"
        )
    if client == "samsung":
        return f"<{uuid.UUID(int=r.getrandbits(128))}@email.android.com>"
    if client == "proton":
        body = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(43))
        return f"<{body}=@proton.me>"
    if client == "superhuman":
        return f"<l{r.randrange(10**7, 10**8):x}.{r.randrange(10**7, 10**8):x}@we.are.superhuman.com>"
    if client == "front":
        return f"<cc{r.getrandbits(60):x}-{r.getrandbits(40):x}@frontapp.com>"
    if client == "missive":
        return f"<{uuid.UUID(int=r.getrandbits(128))}@missiveapp.com>"
    if client in ("apple_mail", "ios_mail", "outlook_mac"):
        return f"<{str(uuid.UUID(int=r.getrandbits(128))).upper()}@{dom}>"
    return f"<{uuid.UUID(int=r.getrandbits(128))}@{dom}>"


AGENT = {
    "outlook_win": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")],
    "outlook_2016": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")],
    "new_outlook": [("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "outlook_mobile": [("Content-Language", "en-GB")],
    "outlook_mac": [("User-Agent", "Microsoft-MacOutlook/16.84.24041420"), ("Thread-Topic", None)],
    "apple_mail": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "ios_mail": [("X-Mailer", "iPhone Mail (21E236)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "yahoo": [("X-Mailer", "WebService/1.1.22244 YMailNorrin")],
    "aol": [("X-Mailer", "WebService/1.1.22244 AolMailNorrin")],
    "bt_mail": [("X-Mailer", "BT Email Webmail")],
    "webmail": [("User-Agent", "Open-Xchange Mailer v7.10.6-Rev62")],
    "proton": [("X-Pm-Origin", "internal")],
    "superhuman": [("X-Mailer", "Superhuman Desktop (2027-04-02T10:11:54Z)")],
    "front": [("X-Mailer", "Front (1.0; +https://frontapp.com; +msgid=cc1)")],
    "missive": [("X-Mailer", "Missive Email")],
    "samsung": [],
    "gmail": [],
    "gmail_android": [],
}


def html_doc(blocks, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    """blocks: list of (kind, lines). kind: n (new), a (inline answer, blue), q (quoted), h (header block)."""
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        f'<body><div style="{style}">',
    ]
    for kind, lines in blocks:
        inner = []
        for ln in lines:
            t = ln
            if kind == "q":
                t = re.sub(r"^(?:> ?)+", "", t)
            t = LINK.sub("", t)
            inner.append(f"<div>{esc(t)}</div>" if t.strip() else "<div><br></div>")
        if kind == "q":
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                + "".join(inner)
                + "</blockquote>"
            )
        elif kind == "a":
            out.append('<div style="color:#0070C0">' + "".join(inner) + "</div>")
        elif kind == "h":
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                + "".join(inner)
                + "</div>"
            )
        else:
            out.append("<div>" + "".join(inner) + "</div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def received(key, frm_dom, when):
    r = rng("rcv", key)
    ip = f"203.0.113.{r.randrange(2, 250)}"
    return [
        (
            "Received",
            f"from mail.{frm_dom} (mail.{frm_dom} [{ip}])\r\n\tby mx.ashdownkerr.example (Postfix) with ESMTPS id "
            f"4Z{r.randrange(10**8, 10**9)}\r\n\tfor <inbox@ashdownkerr.example>; {rfcdate(when)}",
        )
    ]


def build_mail(c, plain, html, mode):
    """c: case dict with frm, to, cc, date, subject, key, client, mid, irt, refs. mode text|html|both."""
    r = rng("bnd", c["key"])
    when = D(c["date"], c.get("off", 1))
    hs = received(c["key"], c["frm"][1].split("@")[1], when)
    hs += [
        ("From", addr(c["frm"][0], c["frm"][1])),
        ("To", ", ".join(addr(n, e) for n, e in c["to"])),
    ]
    if c.get("cc"):
        hs.append(("Cc", ", ".join(addr(n, e) for n, e in c["cc"])))
    hs += [("Subject", ew(c["subject"])), ("Date", rfcdate(when)), ("Message-ID", c["mid"])]
    if c.get("irt"):
        hs.append(("In-Reply-To", c["irt"]))
        hs.append(("References", c.get("refs") or c["irt"]))
    for k, v in AGENT.get(c["client"], []):
        hs.append((k, v if v is not None else ew(re.sub(r"^(?:(?:Re|RE|Fwd|FW):\s*)+", "", c["subject"]))))
    hs.extend(c.get("extra_headers", []))
    hs.append(("MIME-Version", "1.0"))
    cs = c.get("charset", "utf-8")
    cte = c.get("cte", "quoted-printable")
    if mode == "text":
        body = text_part(plain, f'text/plain; charset="{cs}"', cs, cte)
    elif mode == "html":
        body = text_part(html, f'text/html; charset="{cs}"', cs, cte)
    else:
        b = f"----={r.randrange(16**12):012x}_Part_{r.randrange(1000)}"
        body = multipart(
            "alternative",
            [
                text_part(plain, f'text/plain; charset="{cs}"', cs, cte),
                text_part(html, f'text/html; charset="{cs}"', cs, cte),
            ],
            b,
        )
    return message(hs, body)


def build_plain_notice(hs, text, cs="utf-8", cte="quoted-printable"):
    return message(hs, text_part(text, f'text/plain; charset="{cs}"', cs, cte))


def build_report(hs, key, human, status_fields, returned, returned_kind="message/rfc822", html=None):
    r = rng("ndr", key)
    b1 = f"{r.getrandbits(64):016x}-{r.getrandbits(32):08x}"
    first = text_part(human, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    if html is not None:
        b2 = f"{r.getrandbits(64):016x}-alt"
        first = multipart(
            "alternative",
            [first, text_part(html, 'text/html; charset="utf-8"', "utf-8", "quoted-printable")],
            b2,
        )
    ds = Part([("Content-Type", "message/delivery-status")], body=status_fields.replace("\n", "\r\n"))
    parts = [first, ds]
    if returned is not None:
        parts.append(Part([("Content-Type", returned_kind)], body=returned.replace("\r\n", "\n").replace("\n", "\r\n")))
    rep = multipart(
        "report",
        parts,
        b1,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b1}"',
    )
    return message(hs, rep)
