"""blind19: raw messages: the firm's Sent Items copies and the correspondents' replies, each with its client's
headers, boundaries, charsets and transfer encodings (the low-level helpers are blind12's mime12.py)."""

import hashlib
import os
import re
import sys
from datetime import UTC

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind12"))

import clients19 as cl
import render19 as rd
from mime12 import Part, addr, addrlist, b64, ew_subject, flow, message, multipart, rfcdate, rng, text_part
from mime12 import thread_index as t_index


def _png():
    """A 1x1 transparent PNG (stand-in for logos)."""
    import struct
    import zlib

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00"))
        + chunk(b"IEND", b"")
    )


PNG = _png()
PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


def h(*parts, n=32):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def encodable(text, cs):
    try:
        text.encode(
            {"utf-8": "utf-8", "windows-1252": "cp1252", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15"}[cs]
        )
        return True
    except UnicodeEncodeError:
        return False


def tpart(text, sub, cs, cte, flowed=False):
    if not encodable(text, cs):
        cs = "utf-8"
    if cte in ("7bit", None) and any(ord(c) > 127 for c in text):
        cte = "quoted-printable"
    if cte == "8bit" and cs != "utf-8" and not encodable(text, cs):
        cs = "utf-8"
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct = f"text/{sub}; charset={cs.upper()}; format=flowed"
    return text_part(text, ct, cs, cte)


def related_parts(html, key):
    parts = []
    for cid in sorted(set(re.findall(r'src="cid:([^"]+)"', html or ""))):
        fname = cid.split("@")[0]
        parts.append(
            Part(
                [
                    ("Content-Type", f'image/png; name="{fname}"'),
                    ("Content-Description", fname),
                    ("Content-Disposition", f'inline; filename="{fname}"; size={len(PNG)}'),
                    ("Content-ID", f"<{cid}>"),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(PNG),
            )
        )
    return parts


def body_part(plain, html, cs, cte, flowed, bnd, key, attach=()):
    """Text-only, alternative, related and mixed structure as needed."""
    alts = []
    if plain is not None:
        alts.append(tpart(plain, "plain", cs, cte, flowed))
    if html is not None:
        alts.append(tpart(html, "html", "utf-8", "quoted-printable" if cte != "base64" else "base64"))
    core = alts[0] if len(alts) == 1 else multipart("alternative", alts, bnd("alt"))
    rel = related_parts(html, key)
    if rel:
        core = multipart(
            "related",
            [core, *rel],
            bnd("rel"),
            ct=f'multipart/related;\r\n\tboundary="{bnd("rel")}";\r\n\ttype="multipart/alternative"',
        )
    if attach:
        atts = [
            Part(
                [
                    ("Content-Type", f'application/pdf; name="{a}"'),
                    ("Content-Description", a),
                    ("Content-Disposition", f'attachment; filename="{a}"; size={len(PDF)}'),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(PDF),
            )
            for a in attach
        ]
        core = multipart("mixed", [core, *atts], bnd("mix"))
    return core


# --------------------------------------------------------------------------
# the firm's Sent Items copy (Exchange Online, Outlook for Windows)
# --------------------------------------------------------------------------
def firm_raw(sent):
    its = sent.items()
    plain = "\n".join(sent.stored_plain()) + "\n"
    lang = {"fr": "FR-BE", "nl": "NL-BE", "de": "DE-LU", "en-GB": "EN-GB", "pt": "PT", "it": "IT"}[sent.staff.loc]
    html = (
        cl.WORD_HEAD.format(cs="utf-8") + f'<body lang="{lang}" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        + rd.items_html(its, "word", None, sent.cid())
        + "\n</div>\n</body>\n</html>\n"
    )
    if sent.phone:
        html = None
    mid = sent.msgid()
    host = mid.split("@")[1].rstrip(">").split(".")[0]

    def bnd(kind):
        return {"alt": "_000_", "rel": "_004_", "mix": "_005_"}[kind] + host + h(sent.key, n=24).upper() + "_"

    r = rng("t-index", sent.key)
    hdrs = [
        ("From", addr(sent.staff.name, sent.staff.email)),
        ("To", addrlist([addr(p.name, p.email) for p in sent.to])),
    ]
    if sent.cc:
        hdrs.append(("CC", addrlist([addr(p.name, p.email) for p in sent.cc])))
    utc = sent.dt.astimezone(UTC)
    hdrs += [
        ("Subject", ew_subject("", sent.subject)),
        ("Thread-Topic", ew_subject("", strip_prefix(sent.subject))),
        ("Thread-Index", t_index(r, 1 + len(sent.references()))),
        ("Date", rfcdate(utc)),
        ("Message-ID", mid),
    ]
    refs = sent.references()
    if refs:
        hdrs += [("References", "\r\n ".join(refs)), ("In-Reply-To", refs[-1])]
    lang2 = {"fr": "fr-BE", "nl": "nl-BE", "de": "de-LU", "en-GB": "en-GB", "pt": "pt-PT", "it": "it-IT"}[
        sent.staff.loc
    ]
    hdrs += [
        ("Accept-Language", f"{lang2}, en-US"),
        ("Content-Language", lang2),
        ("X-MS-Has-Attach", "yes" if sent.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if sent.phone:
        hdrs = [
            x
            for x in hdrs
            if x[0]
            not in ("Thread-Topic", "Thread-Index", "Accept-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator")
        ]
        hdrs.append(("X-Mailer", "iPhone Mail (22E240)"))
    part = body_part(
        plain, html, "utf-8", "quoted-printable" if not sent.phone else "7bit", False, bnd, sent.key, sent.attach
    )
    part.headers.append(("MIME-Version", "1.0"))
    return message(hdrs, part)


PREFIXES = re.compile(r"^(?:(?:RE|Re|AW|Antw|R|TR|FW|Rép\.)\s?:\s*)+")


def strip_prefix(s):
    return PREFIXES.sub("", s)


# --------------------------------------------------------------------------
# replies
# --------------------------------------------------------------------------
REPLY_PREFIX = {
    ("outlook", "fr"): "RE : ",
    ("outlook", "de"): "AW: ",
    ("outlook", "it"): "R: ",
    ("outlook_plain", "fr"): "RE : ",
    ("new_outlook", "de"): "AW: ",
    ("owa", "de"): "AW: ",
    ("outlook_ios", "de"): "AW: ",
    ("notes", "fr"): "Rép. : ",
}
MS_FAMILY = {"outlook", "outlook_plain", "new_outlook", "owa", "outlook_ios", "outlook_android"}


def reply_subject(ck, loc, subj):
    """Outlook keeps a subject that already has a known prefix; other clients only skip "Re:" (no space)."""
    if ck in MS_FAMILY or ck == "notes":
        if PREFIXES.match(subj):
            return subj
    elif re.match(r"^re:", subj, re.I):
        return subj
    pre = REPLY_PREFIX.get((ck, loc[:2]), "RE: " if ck in MS_FAMILY else "Re: ")
    return pre + subj


def msgid_for(ck, person, key):
    dom = person.email.split("@")[1]
    x = h("mid", key, n=40)
    org = person.org
    if ck in ("outlook", "outlook_plain") and not (org and org.tenant):
        return f"<00{x[:2]}01db{x[2:10]}${x[10:18]}${x[18:26]}$@{dom}>"
    if ck in MS_FAMILY:
        host = ("AM0PR03MB" if org and org.tenant else "DB9P191MB") + str(4000 + int(x[:3], 16) % 5000)
        region = "eurprd03.prod.outlook.com" if org and org.tenant else "EURP191.PROD.OUTLOOK.COM"
        return f"<{host}{x[3:35].upper()}@{host}.{region}>"
    if ck.startswith("gmail"):
        return f"<CA+{h('g', key, n=44)}@mail.gmail.com>".replace("+0", "+B")
    if ck in ("apple_mail", "ios_mail"):
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{dom}>"
    if ck == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"
    if ck == "yahoo":
        return f"<{int(x[:8], 16)}.{int(x[8:13], 16)}.17{int(x[13:24], 16) % 10**11:011d}@mail.yahoo.com>"
    if ck in ("zimbra", "free"):
        return f"<{int(x[:7], 16)}.{int(x[7:13], 16)}.17{int(x[13:24], 16) % 10**11:011d}.JavaMail.zimbra@{dom}>"
    if ck == "notes":
        return f"<OF{x[:8].upper()}.{x[8:16].upper()}-ONC1258A5C.{x[16:24].upper()}-C1258A5C.{x[24:32].upper()}@{dom}>"
    return f"<{x[:12]}.{x[12:20]}@{dom}>"


def client_headers(ck, key, refs_n):
    r = rng("reply-hdr", key)
    if ck in ("outlook", "outlook_plain"):
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", t_index(r, refs_n + 1))]
    if ck in ("new_outlook", "owa", "outlook_ios", "outlook_android"):
        return [("Thread-Index", t_index(r, refs_n + 1)), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if ck == "apple_mail":
        return [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    if ck == "ios_mail":
        return [("X-Mailer", "iPhone Mail (22E252)")]
    if ck == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")]
    if ck == "yahoo":
        return [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]
    if ck in ("zimbra", "free"):
        return [
            ("X-Mailer", "Zimbra 10.0.6_GA_4627 (ZimbraWebClient - FF124 (Win)/10.0.6_GA_4627)"),
            ("Thread-Topic", ""),
        ]
    if ck == "notes":
        return [
            ("X-Mailer", "HCL Notes Release 12.0.2 FP2 March 13, 2023"),
            ("X-MIMETrack", "Serialize by Router on SRVNOT01/Warnant(Release 12.0.2FP2|March 13, 2023) at\r\n gateway"),
        ]
    return []


def boundary_fn(ck, key):
    x = h("bnd", key, n=32)
    if ck in MS_FAMILY:
        base = f"{x[:24].upper()}"
        return lambda kind: {"alt": "_000_", "rel": "_004_", "mix": "_005_"}[kind] + base + "_"
    if ck.startswith("gmail"):
        return lambda kind: "0000000000" + h(kind, key, n=16)
    if ck == "apple_mail":
        return lambda kind: f"Apple-Mail={kind}_{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:28].upper()}"
    if ck == "ios_mail":
        return lambda kind: f"Apple-Mail-{kind}-{x[:8].upper()}-{x[8:12].upper()}-{x[12:24].upper()}"
    if ck in ("zimbra", "free"):
        return lambda kind: f"=_{kind}{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:28]}"
    return lambda kind: f"----=_Part_{int(x[:6], 16)}_{kind}{int(x[6:14], 16)}.17{int(x[14:24], 16) % 10**11:011d}"


def reply_raw(case, rend, person, to, cc, subject, dt, in_reply_to, references, charset, cte):
    """The reply as it reached the firm's Exchange Online mailbox."""
    ck = case["client"]
    key = case["key"]
    mid = msgid_for(ck, person, key)
    bnd = boundary_fn(ck, key)
    utc = dt.astimezone(UTC)
    dom = person.email.split("@")[1]
    hdrs = [
        (
            "Received",
            f"from {'mail-ed1-f49.google.com' if ck.startswith('gmail') else 'smtp.' + dom} "
            f"(203.0.113.{int(h('ip', key, n=2), 16) % 250 + 2}) by\r\n AM4PEPF00027A6C.mail.protection.outlook.com "
            f"(10.167.16.90) with Microsoft SMTP Server id 15.20.8700.11;\r\n {rfcdate(utc)}",
        ),
        ("From", addr(person.name, person.email)),
        ("To", addrlist([addr(p.name, p.email) for p in to])),
    ]
    if cc:
        hdrs.append(("Cc", addrlist([addr(p.name, p.email) for p in cc])))
    hdrs += [("Subject", ew_subject("", subject)), ("Date", rfcdate(dt)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", "\r\n ".join([*references, in_reply_to]))]
    hdrs += client_headers(ck, key, len(references))
    hdrs.append(("MIME-Version", "1.0"))
    plain = None
    if rend.plain is not None:
        lines = flow(rend.plain, 72) if rend.flowed else rend.plain
        plain = "\n".join(lines) + "\n"
    part = body_part(plain, rend.html, charset, cte, rend.flowed, bnd, key)
    return message(hdrs, part), mid
