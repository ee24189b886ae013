"""MIME assembly for blind16: headers, Message-IDs, Received lines, parts, inline images, attachments.

The low-level encoders are blind12's (eval/blind12/mime12.py).
"""

import base64
import random
import re
import uuid

from clients16 import domain, esc, seed
from mime12 import Part, addr, addrlist, b64, ew, flow, multipart, rfcdate, text_part, thread_index

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def rng(*parts):
    return random.Random(seed(*parts))


def hexs(r, n, alphabet="0123456789ABCDEF"):
    return "".join(r.choice(alphabet) for _ in range(n))


ONLINE = {"DB9PR04MB", "AM0PR10MB", "LO2P265MB", "PAXPR08MB", "DU0PR10MB", "AS8PR07MB", "FR3P281MB"}


def exchange_host(r, uk=False, de=False):
    pre = "LO2P265MB" if uk else ("FR3P281MB" if de else r.choice(sorted(ONLINE - {"LO2P265MB", "FR3P281MB"})))
    num = f"{r.randrange(1000, 9999)}"
    region = "gbrp265" if uk else ("deup281" if de else f"eurprd{pre[4:6]}")
    return f"{pre}{num}", f"{pre}{num}.{region}.prod.outlook.com".lower()


ONPREM = {"nordhafen-custody.de", "scheldtsec.be", "meridian-isle.com", "hudsonwharf-custody.com"}


def message_id(n):
    """The Message-ID of node n, in the style of its client (deterministic)."""
    r = rng("mid", n["key"])
    client = n["client"]
    dom = domain(n["frm"].email)
    if client in ("gmail", "gmail_mobile"):
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return f"<CA{hexs(r, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ+')}{hexs(r, 52, alpha)}@mail.gmail.com>"
    if client in ("apple_mail", "ios_mail"):
        return f"<{str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()}@{dom}>"
    if client == "thunderbird":
        return f"<{uuid.UUID(int=r.getrandbits(128), version=4)}@{dom}>"
    if client == "lotus":
        h = lambda k: hexs(r, k)  # noqa: E731
        return f"<OF{h(8)}.{h(8)}-ONC1258C{h(2)}.{h(8)}-C1258C{h(2)}.{h(8)}@{dom}>"
    if client == "superhuman":
        return f"<{hexs(r, 8, '0123456789abcdef')}.{hexs(r, 16, '0123456789abcdef')}@we.are.superhuman.com>"
    if client == "samsung":
        return f"<{hexs(r, 24, '0123456789abcdefghijklmnopqrstuvwxyz')}@email.android.com>"
    if client == "yahoo":
        return (
            f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**6, 10**7)}.{r.randrange(10**12, 10**13)}@mail.yahoo.com>"
        )
    if client == "proton":
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{hexs(r, 60, alpha)}=@proton.me>"
    if client == "gmx":
        host = "3c-app-webde-bs52" if dom == "web.de" else "3c-app-gmx-bap07"
        return f"<trinity-{uuid.UUID(int=r.getrandbits(128), version=4)}-{r.randrange(10**12, 10**13)}@{host}>"
    if client == "servicenow":
        return f"<{r.randrange(10**6, 10**7)}.{r.randrange(100, 999)}.JavaMail.{n['ticket']['instance']}@app{r.randrange(10000, 99999)}.fra201.service-now.com>"
    if client == "jira":
        return f"<JIRA.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@Atlassian.JIRA>"
    if client == "salesforce":
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{hexs(r, 20, alpha)}00000000000000000000000000000000000000000000000000{hexs(r, 12, alpha)}@sfdc.net>"
    if dom in ONPREM or n.get("onprem"):
        return f"<{hexs(r, 32, '0123456789abcdef')}@{n['frm'].org.domain.split('.')[0].upper()}-EXMB0{r.randrange(1, 4)}.{dom}>".replace(
            "-EXMB", "EXMB"
        )
    if client == "outlook_mac":
        return f"<{str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()}@{dom}>"
    if client == "outlook_plain" and n.get("onprem", True):
        return f"<{hexs(r, 12, '0123456789abcdef')}$${hexs(r, 8, '0123456789abcdef')}$${hexs(r, 8, '0123456789abcdef')}@{dom}>".replace(
            "$$", "$"
        )
    pre, host = exchange_host(r, uk=dom.endswith(".co.uk") or dom == "valcourt-ashby.com", de=dom.endswith(".de"))
    return f"<{pre}{hexs(r, 27)}@{pre}.{host.split('.', 1)[1]}>"


def references(ctx, n):
    """Message-IDs of the ancestors, oldest first; a mail merge's copy is the one its child's sender received."""
    chain = []
    k = n.get("parent")
    below = n
    while k:
        chain.append(ctx.mid(k, below["frm"]))
        below = ctx.node(k)
        k = below.get("parent")
    return list(reversed(chain))


# --------------------------------------------------------------------------
# HTML documents
# --------------------------------------------------------------------------
def html_doc(client, frag, cs, loc):
    lang = loc.upper()
    if client in ("outlook", "outlook_mac", "outlook_plain"):
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
            '\tfont-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n"
            'span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
            ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{frag}</div>\n</body>\n</html>\n'
        )
    if client in ("owa", "new_outlook", "outlook_mobile"):
        return (
            f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{frag}</body>\n</html>\n'
        )
    if client in ("gmail", "gmail_mobile", "superhuman"):
        return frag
    if client in ("apple_mail", "ios_mail"):
        body_attr = (
            'dir="auto"'
            if client == "ios_mail"
            else 'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
        )
        return (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            f"<body {body_attr}>{frag}</body></html>"
        )
    if client == "lotus":
        return f"<html><body><p>{frag}</p></body></html>"
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>\n{frag}</body></html>\n'


# client: (has text/plain, has text/html, default cte)
PROFILE = {
    "outlook": (True, True, "quoted-printable"),
    "outlook_plain": (True, False, "quoted-printable"),
    "outlook_mac": (True, True, "quoted-printable"),
    "owa": (True, True, "quoted-printable"),
    "new_outlook": (True, True, "quoted-printable"),
    "outlook_mobile": (True, True, "base64"),
    "blackberry": (True, True, "base64"),
    "samsung": (True, True, "base64"),
    "lotus": (True, True, "quoted-printable"),
    "gmx": (True, False, "quoted-printable"),
    "gmail": (True, True, "quoted-printable"),
    "gmail_mobile": (True, True, "quoted-printable"),
    "apple_mail": (True, True, "quoted-printable"),
    "ios_mail": (True, True, "quoted-printable"),
    "thunderbird": (True, False, "8bit"),
    "superhuman": (True, True, "quoted-printable"),
    "yahoo": (True, True, "quoted-printable"),
    "proton": (True, True, "base64"),
    "servicenow": (False, True, "quoted-printable"),
    "jira": (True, True, "quoted-printable"),
    "salesforce": (True, True, "quoted-printable"),
}

PYCS = {
    "us-ascii": "ascii",
    "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252",
    "utf-8": "utf-8",
}


def fits(text, cs):
    try:
        text.encode(PYCS[cs.lower()])
        return True
    except UnicodeEncodeError:
        return False


def pick_cs(texts, want):
    for cs in (want, "windows-1252", "utf-8"):
        if cs and all(fits(t, cs) for t in texts):
            return cs
    return "utf-8"


def boundary(client, r):
    if client in ("gmail", "gmail_mobile"):
        return "000000000000" + hexs(r, 16, "0123456789abcdef")
    if client in ("apple_mail", "ios_mail"):
        return f"Apple-Mail={'_' if client == 'apple_mail' else '-'}{str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()}"
    if client == "thunderbird":
        return "------------" + hexs(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if client == "lotus":
        return f"=_alternative {hexs(r, 8)}C1258C{hexs(r, 2)}_="
    if client == "superhuman":
        return "--sh-" + hexs(r, 20, "0123456789abcdef")
    return f"_000_{hexs(r, 30)}_"


def ct_text(sub, cs, flowed=False, client=""):
    q = (
        '"'
        if client in ("outlook", "owa", "new_outlook", "outlook_mac", "outlook_plain", "gmail", "gmail_mobile")
        else ""
    )
    ct = f"text/{sub}; charset={q}{cs}{q}"
    if flowed:
        ct += "; format=flowed"
    return ct


def build_raw(ctx, n, body, subject, reader=None, extra_headers=(), banner=None):
    """The wire form of node n (a message the firm received)."""
    client = n["client"]
    has_plain, has_html, cte = PROFILE[client]
    if n.get("html_only"):
        has_plain, has_html = False, True
    if n.get("plain_only"):
        has_html = False
    cte = n.get("cte", cte)
    r = rng("mime", n["key"])
    who = n["frm"]
    plain_lines = body.plain
    html = body.html
    if banner:
        if plain_lines is not None:
            plain_lines = [*banner, "", *plain_lines]
        bh = (
            '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border:solid #C8A21E 1.0pt">'
            f'<tr><td style="background:#FFF8DC;padding:5pt"><p><span style="font-size:9pt;color:#6B5B00">{esc(banner[0])}'
            "</span></p></td></tr></table>\n"
        )
        html = bh + html
    loc = n.get("loc") or who.loc
    texts = []
    if has_plain:
        texts.append("\n".join(plain_lines))
    if has_html:
        texts.append(html)
    default_cs = "us-ascii" if client in ("outlook", "outlook_plain", "outlook_mac", "owa", "new_outlook") else "utf-8"
    cs = pick_cs(texts, n.get("cs") or default_cs)
    if n.get("cs") and cs != n["cs"] and not n.get("cs_fallback_ok"):
        print(f"note: {n['key']}: text does not fit {n['cs']}, written as {cs}")
    parts = []
    if has_plain:
        flowed = client == "thunderbird"
        ptxt_lines = flow(plain_lines) if flowed else plain_lines
        ptxt = "\n".join(ptxt_lines) + "\n"
        c = cte
        if c == "8bit" and cs == "us-ascii":
            c = "7bit"
        if c in ("7bit",) and not fits(ptxt, "us-ascii"):
            c = "8bit"
        if c == "8bit" and fits(ptxt, "us-ascii"):
            c = "7bit"
        parts.append(text_part(ptxt, ct_text("plain", cs, flowed, client), cs, c))
    if has_html:
        doc = html_doc(client, html, cs, loc)
        hc = "quoted-printable" if cte in ("8bit", "7bit") else cte
        parts.append(text_part(doc, ct_text("html", cs, False, client), cs, hc))
    content = multipart("alternative", parts, boundary(client, r)) if len(parts) == 2 else parts[0]
    # inline images (Outlook logos) referenced by the sender's own lines
    cids = sorted(set(re.findall(r'src="cid:([^"]+)"', html)))
    if cids and has_html:
        imgs = []
        for c in cids:
            fname = c.split("@")[0]
            mt = "image/jpeg" if fname.endswith(".jpg") else "image/png"
            imgs.append(
                Part(
                    [
                        ("Content-Type", f'{mt}; name="{fname}"'),
                        ("Content-Description", fname),
                        ("Content-Disposition", f'inline; filename="{fname}"; size={len(PNG)}'),
                        ("Content-ID", f"<{c}>"),
                        ("Content-Transfer-Encoding", "base64"),
                    ],
                    b64(PNG),
                )
            )
        content = multipart("related", [content, *imgs], boundary(client, rng("rel", n["key"])), ct=None)
        content.headers[0] = (
            "Content-Type",
            f'multipart/related;\r\n\tboundary="{content.boundary}";\r\n\ttype="multipart/alternative"',
        )
    atts = n.get("attach", [])
    if atts:
        aparts = []
        for name, mt in atts:
            data = (
                b"%PDF-1.7\n% stand-in attachment " + name.encode("utf-8") + b"\n%%EOF\n"
                if mt == "application/pdf"
                else (b"PK\x03\x04 stand-in " + name.encode("utf-8"))
            )
            fname = ew(name) if any(ord(ch) > 127 for ch in name) else name
            aparts.append(
                Part(
                    [
                        ("Content-Type", f'{mt}; name="{fname}"'),
                        ("Content-Description", fname),
                        ("Content-Disposition", f'attachment; filename="{fname}"; size={len(data)}'),
                        ("Content-Transfer-Encoding", "base64"),
                    ],
                    b64(data),
                )
            )
        content = multipart("mixed", [content, *aparts], boundary(client, rng("mix", n["key"])))
    headers = envelope(ctx, n, subject, reader, r)
    headers += list(extra_headers)
    headers.append(("MIME-Version", "1.0" if client not in ("apple_mail", "ios_mail") else mime_version(client)))
    p = Part(headers + content.headers, body=content.body, parts=content.parts, boundary=content.boundary)
    return p.render()


def mime_version(client):
    return "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple_mail" else "1.0 (1.0)"


def hdr_addr(p):
    return addr(p.shown, p.email)


def envelope(ctx, n, subject, reader, r):
    who = n["frm"]
    client = n["client"]
    when = ctx.when(n)
    to = ctx.to_of(n, reader)
    hs = []
    hs.append(("Received", received_firm(n, when, r, to)))
    hs.append(("Received", received_sender(n, when, r)))
    if client in ("servicenow", "jira", "salesforce"):
        hs.append(("From", addr(n.get("from_name", who.shown), who.email)))
        if n.get("reply_to"):
            hs.append(("Reply-To", n["reply_to"]))
    elif n.get("from_hdr"):
        hs.append(("From", addr(*n["from_hdr"])))
    else:
        hs.append(("From", hdr_addr(who)))
    hs.append(("To", addrlist([hdr_addr(p) for p in to])))
    if n.get("cc"):
        hs.append(("Cc", addrlist([hdr_addr(p) for p in n["cc"]])))
    subj = ew(subject) if any(ord(c) > 127 for c in subject) else subject
    hs.append(("Subject", subj))
    if client in ("outlook", "owa", "new_outlook", "outlook_mobile", "outlook_plain", "blackberry"):
        topic = re.sub(r"^(?:(?:RE|AW|FW|WG|Re|Fwd|Antwort|Aw)\s?:\s*|\[[A-Z]+\]\s*)+", "", subject)
        hs.append(("Thread-Topic", ew(topic) if any(ord(c) > 127 for c in topic) else topic))
        hs.append(("Thread-Index", thread_index(r, 1 + len(references(ctx, n)))))
    hs.append(("Date", rfcdate(when)))
    hs.append(("Message-ID", ctx.mid(n["key"], reader)))
    refs = references(ctx, n)
    if refs and not (n.get("fwd") and client in ("outlook", "apple_mail")):
        hs.append(("In-Reply-To", refs[-1]))
        hs.append(("References", "\r\n ".join(refs[-8:])))
    loc = n.get("loc") or who.loc
    if client in ("outlook", "owa", "new_outlook", "outlook_mobile", "outlook_mac", "blackberry"):
        hs.append(("Accept-Language", f"{loc.lower()}, en-US"))
        hs.append(("Content-Language", loc if "-" in loc else loc + "-" + loc.upper()))
        hs.append(("X-MS-Has-Attach", "yes" if n.get("attach") else ""))
        hs.append(("X-MS-TNEF-Correlator", ""))
    ua = {
        "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
        "apple_mail": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        "ios_mail": (
            "X-Mailer",
            "iPhone Mail (22C161)" if "iPad" not in " ".join(n.get("device", [])) else "iPad Mail (22C161)",
        ),
        "lotus": ("X-Mailer", "HCL Notes Release 12.0.2FP4 May 06, 2024"),
        "outlook_plain": ("X-Mailer", "Microsoft Outlook 16.0"),
        "outlook_mac": ("User-Agent", "Microsoft-MacOutlook/16.92.24120731"),
        "superhuman": (
            "X-Mailer",
            f"Superhuman Desktop ({n['date'][:10]}T{r.randrange(10, 23)}:{r.randrange(10, 59)}:00Z)",
        ),
        "yahoo": ("X-Mailer", "WebService/1.1.23040 YMailNorrin"),
        "gmx": ("X-UI-Message-Type", "mail"),
        "blackberry": ("X-Mailer", "BlackBerry Work"),
        "samsung": ("X-Mailer", "Samsung Email"),
        "salesforce": ("X-SFDC-LK", "00D4J000000" + hexs(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        "jira": ("Auto-Submitted", "auto-generated"),
        "servicenow": ("X-ServiceNow-Source", "Notification-" + hexs(r, 32, "0123456789abcdef")),
    }.get(client)
    if ua:
        hs.append(ua)
    if client == "thunderbird":
        hs.append(("Content-Language", loc))
    if client == "lotus":
        hs.append(("X-KeepSent", f"{hexs(r, 8)}:{hexs(r, 8)}-C1258C{hexs(r, 2)}:{hexs(r, 8)}; type=4; name=$KeepSent"))
        hs.append(
            (
                "X-MIMETrack",
                f"Serialize by Router on NOTES{r.randrange(10, 40)}/{who.org.name.split()[0].upper()}(Release 12.0.2FP4|May 06, 2024) at\r\n"
                f" {when.day:02d}.{when.month:02d}.{when.year} {when.hour:02d}:{when.minute:02d}:{r.randrange(10, 59)}",
            )
        )
    return hs


def received_firm(n, when, r, to):
    from loc16 import at

    t = at(when, 0)
    t = t.replace(second=min(59, t.second + r.randrange(1, 20)))
    rcpt = to[0].email if to else "unknown@valcourt-ashby.com"
    return (
        f"from {sender_host(n, r)}\r\n\tby mxgw02.valcourt-ashby.com (Valcourt Ashby mail gateway) with ESMTPS id "
        f"{hexs(r, 12, '0123456789ABCDEF')}\r\n\tfor <{rcpt}>; {rfcdate(t)}"
    )


def sender_host(n, r):
    dom = domain(n["frm"].email)
    c = n["client"]
    if c in ("gmail", "gmail_mobile") or dom == "gmail.com":
        k = r.randrange(40, 60)
        return f"mail-wm1-f{k}.google.com (mail-wm1-f{k}.google.com [209.85.128.{k}])"
    if dom in ("icloud.com", "me.com"):
        return f"qs51p00im-qukt01072101.me.com (qs51p00im-qukt01072101.me.com [17.57.155.{r.randrange(2, 40)}])"
    if c == "superhuman":
        return f"mail-{r.randrange(10, 99)}.sendgrid.net (mail-{r.randrange(10, 99)}.sendgrid.net [198.51.100.{r.randrange(2, 250)}])"
    if c == "servicenow":
        return f"outbound-fra201.service-now.com (outbound-fra201.service-now.com [203.0.113.{r.randrange(2, 250)}])"
    if c == "jira":
        return f"mail-{r.randrange(10, 99)}.atlassian.net (mail-{r.randrange(10, 99)}.atlassian.net [203.0.113.{r.randrange(2, 250)}])"
    if c == "salesforce":
        return f"smtp{r.randrange(10, 99)}-ia4-sp1.mta.salesforce.com (smtp-ia4-sp1.mta.salesforce.com [198.51.100.{r.randrange(2, 250)}])"
    if dom in ("gmx.de", "web.de"):
        return f"mout.{dom.split('.')[0]}.net (mout.{dom.split('.')[0]}.net [192.0.2.{r.randrange(2, 250)}])"
    if dom in ONPREM or c in ("lotus",):
        return f"mail.{dom} (mail.{dom} [192.0.2.{r.randrange(2, 250)}])"
    k = r.randrange(2, 250)
    return f"EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2{k:03d}.outbound.protection.outlook.com [40.107.20.{k}])"


def received_sender(n, when, r):
    from loc16 import at

    t = at(when, 0)
    dom = domain(n["frm"].email)
    c = n["client"]
    if c in ("gmail", "gmail_mobile"):
        return f"by mail-wm1-f{r.randrange(40, 60)}.google.com with SMTP id {hexs(r, 12, 'abcdefghijklmnopqrstuvwxyz0123456789')};\r\n\t{rfcdate(t)}"
    return f"from [192.168.{r.randrange(0, 20)}.{r.randrange(2, 250)}] by mail.{dom} with ESMTPSA;\r\n\t{rfcdate(t)}"
