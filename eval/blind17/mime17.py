"""MIME assembly of blind17: headers as each client and each server writes them, Message-IDs, Received lines,
charsets and transfer encodings, inline logos and attachments. Low-level encoders are eval/blind12/mime12.py."""

import base64
import re
import uuid
from datetime import UTC, timedelta, timezone

from mime12 import Part, addr, addrlist, b64, ew, hexid, lowhex, message, multipart, rfcdate, rng, text_part

UTC = UTC


def thread_index(r, replies=1):
    """Outlook's Thread-Index: a version byte, a FILETIME-based header and one 5-byte block per reply."""
    raw = b"\x01" + bytes(r.randrange(256) for _ in range(21 + 5 * (replies - 1)))
    return base64.b64encode(raw).decode()


def fits(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def western(text):
    """The charset a Windows client picks for Western text."""
    if fits(text, "latin-1"):
        return "iso-8859-1"
    if fits(text, "cp1252"):
        return "windows-1252"
    return "utf-8"


def uid(r, upper=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def digits(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def b64ish(r, k):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_="
    return "".join(r.choice(al[:-1]) for _ in range(k))


OUTLOOK_FAMILY = ("outlook", "outlook_plain", "owa", "outlook_mobile")


def o365_server(org, r):
    return f"{org.tenant}{r.randrange(1000, 9999)}"


def message_id(ctx, n):
    if n.get("msgid"):
        return n["msgid"]
    r = rng("mid", n["key"])
    c = n["client"]
    p = n["frm"]
    org = p.org
    dt = ctx.when(n)
    if c in ("gmail", "gmail_mobile"):
        return f"<CA{b64ish(r, 2)}{b64ish(r, 44)}@mail.gmail.com>"
    if c in ("apple_mail", "ios_mail"):
        return f"<{uid(r, True)}@{p.domain}>"
    if c == "thunderbird":
        return f"<{uid(r)}@{p.domain}>"
    if c == "roundcube":
        return f"<{lowhex(r, 32)}@{p.domain}>"
    if c == "zimbra":
        ms = int(dt.timestamp() * 1000)
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{ms}.JavaMail.zimbra@{p.domain}>"
    if c == "notes":
        return f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ON{hexid(r, 8)}.{hexid(r, 8)}-{hexid(r, 8)}.{hexid(r, 8)}@{p.domain}>"
    if c == "zoho":
        return f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{digits(r, 19)}@{p.domain}>"
    if c == "samsung":
        return f"<{uid(r)}@email.android.com>"
    if c in ("libero", "orange"):
        return f"<{digits(r, 9)}.{digits(r, 6)}.{int(dt.timestamp())}{digits(r, 3)}.JavaMail.{p.domain.split('.')[0]}@{p.domain}>"
    if c in ("freshdesk",):
        return f"<{lowhex(r, 24)}.{digits(r, 6)}@freshdesk.com>"
    if c in ("zendesk",):
        return f"<{hexid(r, 10)}_{lowhex(r, 13)}_{lowhex(r, 13)}_sprut@zendesk.com>"
    if c in ("otrs",):
        return f"<{int(dt.timestamp())}.{digits(r, 6)}.{digits(r, 9)}@{p.domain}>"
    if c in OUTLOOK_FAMILY:
        if org.infra == "o365":
            srv = o365_server(org, rng("srv", p.email))
            return f"<{srv}{hexid(r, 30)}@{srv}.{org.region}.prod.outlook.com>"
        if org.infra == "exchange":
            return f"<{lowhex(r, 32)}@{org.host.split('.')[0].upper()}.{org.domain.split('.')[0]}.local>"
        return f"<{lowhex(r, 4)}01db{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}$@{p.domain}>"
    return f"<{lowhex(r, 16)}.{digits(r, 8)}@{p.domain}>"


# --------------------------------------------------------------------------
# Received lines
# --------------------------------------------------------------------------
def ip4(r):
    return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randrange(2, 250)}"


def ip6(r):
    return f"2001:db8:{r.randrange(16**4):x}:{r.randrange(16**4):x}::{r.randrange(16**4):x}"


def sender_ip(n):
    return ip4(rng("ip", n.get("key") or n.get("slug")))


def out_host(org, r):
    i = org.infra
    if i == "o365":
        geo = "".join(ch for ch in org.region.lower() if ch.isalpha())[:3]
        num = "".join(ch for ch in org.region if ch.isdigit())[-2:] or "01"
        return f"mail-{r.choice(['db8', 'am6', 'vi1', 'he1', 'pr3', 'fra'])}{geo}{num}on{r.randrange(2000, 2200)}.outbound.protection.outlook.com"
    if i == "google":
        return f"mail-{r.choice(['ej1', 'wr1', 'lf1', 'ed1', 'wm1', 'qk1'])}-f{r.randrange(40, 200)}.google.com"
    if i == "icloud":
        return f"st43p00im-ztdg{r.randrange(10**7, 10**8)}.me.com"
    if i == "aruba":
        return f"smtpcmd{r.randrange(10, 16):02d}{r.randrange(100, 999)}.aruba.it"
    if i == "zoho":
        return f"sender4-op-o{r.randrange(10, 20)}.zoho.eu"
    return org.host or f"mail.{org.domain}"


def received_chain(ctx, n, reader, dt, rcpt):
    """Two or three Received lines: the firm's inbound server(s) and the sender's outbound server."""
    r = rng("rcv", n.get("key") or n.get("slug"))
    org = n["frm"].org
    host = n.get("relay") or out_host(org, r)
    ip = sender_ip(n)
    t1 = dt + timedelta(seconds=r.randrange(2, 9))
    t2 = t1 + timedelta(seconds=r.randrange(1, 3))
    out = []
    if reader.org.infra == "google":
        out.append(
            f"by 2002:a05:7010:{r.randrange(16**4):x}:b0:{r.randrange(16**3):x}:{r.randrange(16**4):x}:{r.randrange(16**4):x} with SMTP id "
            f"{lowhex(r, 4)}csp{r.randrange(10**5, 10**6)};\r\n        {rfcdate(t2.astimezone(timezone(timedelta(hours=-8))))} (PST)"
        )
        out.append(
            f"from {host} ({host}. [{ip}])\r\n        by mx.google.com with ESMTPS id {lowhex(r, 12)}.{r.randrange(10, 99)}.2027.{r.randrange(10, 99)}"
            f"\r\n        for <{rcpt}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);"
            f"\r\n        {rfcdate(t1.astimezone(timezone(timedelta(hours=-8))))} (PST)"
        )
    else:
        fo = reader.org
        mbx = f"{fo.tenant}{r.randrange(1000, 9999)}.{fo.region}.prod.outlook.com"
        fe = f"{r.choice(['PA', 'MR', 'PR'])}{r.randrange(1, 4)}PEPF0000{lowhex(r, 4).upper()}.{fo.region}.prod.outlook.com"
        out.append(
            f"from {fe} ({ip6(r)}) by {mbx}\r\n ({ip6(r)}) with Microsoft SMTP Server (version=TLS1_2,\r\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randrange(8000, 9000)}.{r.randrange(5, 30)}; {rfcdate(t2.astimezone(UTC))}"
        )
        out.append(
            f"from {host} ({ip}) by\r\n {fe} ({ip6(r)}) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{r.randrange(8000, 9000)}.{r.randrange(5, 30)}"
            f"\r\n via Frontend Transport; {rfcdate(t1.astimezone(UTC))}"
        )
    i = org.infra
    if i in ("hosting", "webmail", "aruba", "zimbra", "exchange", "notes"):
        out.append(
            f"from [{ip4(r) if i != 'exchange' else '10.10.' + str(r.randrange(1, 250)) + '.' + str(r.randrange(2, 250))}] (unknown [{ip4(r)}])\r\n"
            f"\tby {host} ({'Postfix' if i != 'exchange' else 'Microsoft SMTP Server'}) with ESMTPSA id {hexid(r, 12)}\r\n"
            f"\tfor <{rcpt}>; {rfcdate(dt + timedelta(seconds=1))}"
        )
    return out


def auth_results(reader, domain, r, ip, mailfrom=None):
    mailfrom = mailfrom or f"postmaster@{domain}"
    if reader.org.infra == "google":
        return (
            "Authentication-Results",
            f"mx.google.com;\r\n       dkim=pass header.i=@{domain} header.s=selector1 header.b={b64ish(r, 8)};\r\n"
            f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\r\n"
            f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}",
        )
    return (
        "Authentication-Results",
        f"spf=pass (sender IP is {ip})\r\n smtp.mailfrom={domain}; dkim=pass (signature was verified)\r\n"
        f" header.d={domain};dmarc=pass action=none\r\n header.from={domain};compauth=pass reason=100",
    )


# --------------------------------------------------------------------------
# stand-in attachments
# --------------------------------------------------------------------------
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def pdf_bytes(name):
    r = rng("pdf", name)
    filler = bytes(r.randrange(32, 127) for _ in range(600))
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        + b"% "
        + filler
        + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def attachment(name, ctype, data=None):
    data = (
        data
        if data is not None
        else (pdf_bytes(name) if ctype == "application/pdf" else rng("att", name).randbytes(900))
    )
    if all(ord(c) < 128 for c in name):
        ct = f'{ctype}; name="{name}"'
        cd = f'attachment; filename="{name}"'
    else:
        from urllib.parse import quote

        ct = f'{ctype}; name="{ew(name, "utf-8", "B")}"'
        cd = f"attachment; filename*=utf-8''{quote(name)}"
    return Part([("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")], b64(data))


def image_part(cid):
    name = cid.split("@")[0]
    return Part(
        [
            ("Content-Type", f'image/png; name="{name}"'),
            ("Content-Description", name),
            ("Content-Disposition", f'inline; filename="{name}"; size={len(PNG)}'),
            ("Content-ID", f"<{cid}>"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64(PNG),
    )


# --------------------------------------------------------------------------
# per-client profiles: charsets, encodings, boundaries, header order
# --------------------------------------------------------------------------
def boundary(ctx, n, kind):
    r = rng("bnd", n["key"], kind)
    c = n["client"]
    org = n["frm"].org
    if c in ("gmail", "gmail_mobile"):
        return "000000000000" + lowhex(r, 16)
    if c == "apple_mail":
        return f"Apple-Mail=_{uid(r, True)}"
    if c == "ios_mail":
        return f"Apple-Mail-{uid(r, True)}"
    if c == "zimbra":
        return f"=_{uid(r)}"
    if c == "notes":
        return f"=_{kind} {hexid(r, 8)}C1258C{hexid(r, 2)}_="
    if c == "samsung":
        return f"--_com.samsung.android.email_{digits(r, 15)}"
    if c in OUTLOOK_FAMILY and org.infra == "o365":
        code = {"alternative": "000", "related": "004", "mixed": "005"}[kind]
        mid = message_id(ctx, n)[1:].split("@")[0]
        return f"_{code}_{mid}{org.region.lower()[:4]}_"
    if c in OUTLOOK_FAMILY:
        code = {"alternative": "000", "related": "001", "mixed": "002"}[kind]
        return f"----=_NextPart_{code}_{lowhex(r, 4).upper()}_01DB{hexid(r, 4)}.{hexid(r, 8)}"
    return f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"


def encodings(n, plain_text, html_text):
    """(plain charset, plain cte, html charset, html cte) as the client would write them."""
    c = n["client"]
    allt = (plain_text or "") + (html_text or "")
    if n.get("cs"):
        cs = n["cs"]
        cte = n.get("cte", "quoted-printable")
        return cs, cte, cs, n.get("html_cte", cte)
    if c in ("outlook", "owa") and n["frm"].org.infra == "o365":
        cs = western(allt) if c == "outlook" else "utf-8"
        return cs, "quoted-printable", cs, ("quoted-printable" if c == "outlook" else "base64")
    if c in ("outlook", "outlook_plain"):
        cs = western(allt)
        return cs, "quoted-printable", cs, "quoted-printable"
    if c in ("outlook_mobile", "samsung"):
        return "utf-8", "base64", "utf-8", "base64"
    if c == "notes":
        cs = "ISO-8859-1" if fits(allt, "latin-1") else "UTF-8"
        return cs, "quoted-printable", cs, "quoted-printable"
    if c in ("thunderbird", "roundcube"):
        return "UTF-8", "8bit", None, None
    if c in ("gmail", "gmail_mobile"):
        cte = "quoted-printable" if not fits(allt, "ascii") else "7bit"
        return "UTF-8", cte, "UTF-8", cte
    if c == "libero":
        return "UTF-8", "quoted-printable", None, None
    if c == "orange":
        cs = "iso-8859-15" if fits(allt, "iso8859_15") else "utf-8"
        return cs, "quoted-printable", cs, "quoted-printable"
    return "utf-8", "quoted-printable", "utf-8", "quoted-printable"


def hdr_cs(n):
    c = n["client"]
    if c in ("outlook", "outlook_plain", "notes", "orange"):
        return "iso-8859-1"
    return "utf-8"


def build_raw(ctx, n, r, subject, reader, banner=None, extra_headers=(), flow_fn=None):
    """The message as delivered to `reader` at the firm: bytes with CRLF."""
    c = n["client"]
    p = n["frm"]
    dt = ctx.when(n)
    rr = rng("hdr", n["key"])
    plain = None if r.plain is None else list(r.plain)
    html = r.html
    if banner:
        if plain is not None and not r.flowed:
            plain = [*banner.lines, "", *plain]
        if html is not None:
            from clients17 import banner_html

            bh = banner_html(banner)
            i = html.find("<body")
            if i >= 0:
                j = html.find(">", i) + 1
                html = html[:j] + "\n" + bh + html[j:]
            else:
                html = bh + html
    if r.flowed:
        from mime12 import flow

        ptxt = "\n".join([*([*banner.lines, ""] if banner else []), *flow(plain)]) + "\n"
    else:
        ptxt = None if plain is None else "\n".join(plain) + "\n"
    pcs, pcte, hcs, hcte = encodings(n, ptxt, html)
    if html is not None and c == "outlook":
        html = html.replace("charset=windows-1252", f"charset={hcs}")
    if html is not None and hcs is None:
        hcs, hcte = pcs, pcte
    parts = []
    if ptxt is not None:
        ct = f'text/plain; charset="{pcs}"'
        if r.flowed:
            ct = f"text/plain; charset={pcs}; format=flowed"
        elif c in ("apple_mail", "ios_mail", "zimbra"):
            ct = f"text/plain; charset={pcs}"
        parts.append(text_part(ptxt, ct, pcs, pcte))
    if html is not None and not (r.flowed or c in ("libero", "outlook_plain")) and not n.get("plain_only"):
        ct = f'text/html; charset="{hcs}"'
        if c in ("apple_mail", "ios_mail", "zimbra"):
            ct = f"text/html; charset={hcs}"
        parts.append(text_part(html, ct, hcs, hcte))
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts, boundary(ctx, n, "alternative"))
    if r.cids:
        body = multipart(
            "related",
            [body, *[image_part(x) for x in r.cids]],
            boundary(ctx, n, "related"),
            ct=f'multipart/related;\r\n\tboundary="{boundary(ctx, n, "related")}";\r\n\ttype="multipart/alternative"',
        )
    atts = [attachment(nm, ct) for nm, ct in n.get("attach", [])]
    if atts:
        body = multipart("mixed", [body, *atts], boundary(ctx, n, "mixed"))

    hcs_name = hdr_cs(n)

    def A(x):
        cs = hcs_name if fits(x.shown, hcs_name.replace("iso-8859-1", "latin-1")) else "utf-8"
        return addr(x.shown, x.email, cs)

    def subj(s):
        if all(ord(ch) < 128 for ch in s):
            return s
        cs = hcs_name if fits(s, hcs_name.replace("iso-8859-1", "latin-1")) else "utf-8"
        if (
            cs == "utf-8"
            and c in ("outlook", "outlook_plain")
            and p.org.infra not in ("o365", "exchange")
            and fits(s, "cp1252")
        ):
            cs = "windows-1252"  # Outlook over IMAP/POP writes Western text in its ANSI code page
        return ew(s, cs, "B" if cs == "utf-8" and c in OUTLOOK_FAMILY else "Q")

    mid = ctx.msgid(n["key"])
    refs = ctx.references(n["key"])
    irt = refs[-1] if refs else None
    to = addrlist([A(x) for x in n["to"]])
    cc = addrlist([A(x) for x in n.get("cc", [])]) if n.get("cc") else None
    date_dt = dt.astimezone(UTC) if (c in OUTLOOK_FAMILY and p.org.infra == "o365") else dt
    rcpt = reader.email
    ip = sender_ip(n)
    hs = [("Return-Path", f"<{n.get('return_path', p.email)}>")]
    hs += [("Received", x) for x in received_chain(ctx, n, reader, dt, rcpt)]
    hs.append(auth_results(reader, p.domain, rr, ip, n.get("return_path", p.email)))
    ref_h = "\r\n ".join(refs) if refs else None
    if c in OUTLOOK_FAMILY and p.org.infra in ("o365", "exchange"):
        hs += [("From", A(p)), ("To", to)]
        if cc:
            hs.append(("CC", cc))
        hs += [("Subject", subj(subject)), ("Thread-Topic", subj(base_topic(subject)))]
        hs.append(("Thread-Index", thread_index(rr, len(refs) + 1)))
        hs.append(("Date", rfcdate(date_dt)))
        hs.append(("Message-ID", mid))
        if ref_h:
            hs += [("References", ref_h), ("In-Reply-To", irt)]
        lang = {"it": "it-IT", "es": "es-ES", "pt": "pt-PT", "fr": "fr-FR", "en": "en-GB"}[p.lang]
        if p.loc in ("pt-BR", "es-MX", "es-AR", "es-CO", "en-US", "fr-CH", "it-CH"):
            lang = p.loc
        hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        hs += [("X-MS-Has-Attach", "yes" if (atts or r.cids) else ""), ("X-MS-TNEF-Correlator", "")]
        if c == "outlook_mobile":
            hs.append(("x-ms-reactions", "disallow"))
        hs.append(("MIME-Version", "1.0"))
    elif c in OUTLOOK_FAMILY:
        hs += [
            ("From", A(p)),
            (
                "To",
                addrlist([addr(f"'{x.shown}'", x.email, quote=True) if x.org is not p.org else A(x) for x in n["to"]]),
            ),
        ]
        if cc:
            hs.append(("Cc", cc))
        if ref_h:
            hs += [("References", ref_h), ("In-Reply-To", irt)]
        hs += [("Subject", subj(subject)), ("Date", rfcdate(dt)), ("Message-ID", mid), ("MIME-Version", "1.0")]
        hs += [
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(rr, len(refs) + 1)),
            ("Content-Language", p.loc.split("-")[0]),
        ]
    elif c in ("gmail", "gmail_mobile"):
        hs.append(("MIME-Version", "1.0"))
        if ref_h:
            hs += [("References", ref_h), ("In-Reply-To", irt)]
        hs += [("From", A(p)), ("Date", rfcdate(dt)), ("Message-ID", mid), ("Subject", subj(subject)), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
    elif c == "apple_mail":
        hs += [
            ("From", A(p)),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("Subject", subj(subject)),
            ("Date", rfcdate(dt)),
        ]
        if irt:
            hs.append(("In-Reply-To", irt))
        if cc:
            hs.append(("Cc", cc))
        hs.append(("To", to))
        if ref_h:
            hs.append(("References", ref_h))
        hs += [("Message-Id", mid), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    elif c == "ios_mail":
        hs += [
            ("From", A(p)),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", rfcdate(dt)),
            ("Subject", subj(subject)),
            ("Message-Id", mid),
        ]
        if ref_h:
            hs += [("References", ref_h), ("In-Reply-To", irt)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("To", to), ("X-Mailer", n.get("xmailer", "iPhone Mail (22D82)"))]
    elif c in ("thunderbird", "roundcube"):
        hs += [("Message-ID", mid), ("Date", rfcdate(dt)), ("MIME-Version", "1.0")]
        if c == "thunderbird":
            hs += [("User-Agent", "Mozilla Thunderbird"), ("Subject", subj(subject)), ("To", to)]
            if cc:
                hs.append(("Cc", cc))
            if ref_h:
                hs.append(("References", ref_h))
            hs += [("Content-Language", p.loc), ("From", A(p))]
            if irt:
                hs.append(("In-Reply-To", irt))
        else:
            hs += [("From", A(p)), ("To", to)]
            if cc:
                hs.append(("Cc", cc))
            hs.append(("Subject", subj(subject)))
            if ref_h:
                hs += [("In-Reply-To", irt), ("References", ref_h)]
            hs += [("X-Sender", p.email), ("User-Agent", "Roundcube Webmail/1.6.9")]
    elif c == "zimbra":
        hs += [("Date", rfcdate(dt)), ("From", A(p)), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs.append(("Message-ID", mid))
        if ref_h:
            hs += [("In-Reply-To", irt), ("References", ref_h)]
        hs += [("Subject", subj(subject)), ("MIME-Version", "1.0"), ("X-Originating-IP", f"[{ip4(rr)}]")]
        hs += [
            ("X-Mailer", "Zimbra 9.0.0_GA_4597 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4597)"),
            ("Thread-Topic", subj(base_topic(subject))),
            ("Thread-Index", thread_index(rr, 1)[:28]),
        ]
    elif c == "notes":
        hs += [("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("MIME-Version", "1.0"), ("Subject", subj(subject))]
        if irt:
            hs += [("References", ref_h), ("In-Reply-To", irt)]
        hs += [
            ("X-Mailer", "HCL Notes Release 12.0.2FP4 October 11, 2023"),
            ("Message-ID", mid),
            ("From", A(p)),
            ("Date", rfcdate(dt)),
        ]
        hs.append(
            (
                "X-MIMETrack",
                f"Serialize by Router on SRVMAIL02/{p.org.domain.split('.')[0].upper()[:3]}(Release 12.0.2FP4|October 11, 2023) at\r\n {dt.day:02d}.{dt.month:02d}.{dt.year} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}",
            )
        )
    elif c == "zoho":
        hs += [("Date", rfcdate(dt)), ("From", A(p)), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs.append(("Message-Id", mid))
        if ref_h:
            hs += [("In-Reply-To", irt), ("References", ref_h)]
        hs += [
            ("Subject", subj(subject)),
            ("MIME-Version", "1.0"),
            ("Importance", "Medium"),
            ("User-Agent", "Zoho Mail"),
            ("X-Mailer", "Zoho Mail"),
        ]
    elif c == "samsung":
        hs += [("Message-ID", mid), ("Date", rfcdate(dt)), ("Subject", subj(subject)), ("From", A(p)), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        if ref_h:
            hs += [("In-Reply-To", irt), ("References", ref_h)]
        hs.append(("MIME-Version", "1.0"))
    else:
        hs += [("Date", rfcdate(dt)), ("From", A(p)), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs.append(("Message-ID", mid))
        if ref_h:
            hs += [("In-Reply-To", irt), ("References", ref_h)]
        hs += [("Subject", subj(subject)), ("MIME-Version", "1.0")]
    hs += [(k, hdr_value(v)) for k, v in n.get("headers", [])]
    hs += [(k, hdr_value(v)) for k, v in extra_headers]
    if n.get("from_override"):
        name, email = n["from_override"]
        hs = [(k, addr(name, email, hcs_name, quote=True) if k == "From" else v) for k, v in hs]
    return message(hs, body)


def hdr_value(v):
    """A header value as a client writes it: encoded words for non-ASCII display names and text."""
    if all(ord(c) < 128 for c in v):
        return v
    mm = re.fullmatch(r"(.*?)\s*<([^<>]+)>", v)
    if mm:
        return addr(mm.group(1).strip('"'), mm.group(2), "utf-8")
    return ew(v, "utf-8", "Q")


def base_topic(s):
    from clients17 import REPLY_RE

    t = s
    for _ in range(4):
        t2 = REPLY_RE.sub("", t)
        for pre in ("RE : ", "TR : ", "I: ", "RV: ", "FW: ", "ENC: ", "Fwd: "):
            if t2.startswith(pre):
                t2 = t2[len(pre) :]
        if t2 == t:
            break
        t = t2
    return t
