"""MIME assembly: per-client headers, Message-IDs, boundaries, Received lines, charsets (low-level helpers: mime12)."""

import base64
from datetime import UTC

from loc18 import local, parse
from mime12 import Part, addr, addrlist, ew_subject, flow, hexid, lowhex, multipart, rfcdate, rng, text_part

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
M365_HOSTS = ["PAXPR08MB7133", "DB9PR08MB6618", "AM0PR08MB5412", "PR3PR08MB5690", "AS8PR08MB9044", "VI1PR08MB3920"]


def msgid(kind, key, domain):
    r = rng("msgid", key)
    if kind == "m365":
        host = r.choice(M365_HOSTS)
        return f"<{host}{hexid(r, 28)}@{host}.eurprd08.prod.outlook.com>"
    if kind == "gmail":
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        body = "".join(r.choice(abc) for _ in range(46))
        return f"<CA{body[:2]}+{body[2:]}@mail.gmail.com>"
    if kind == "apple":
        u = hexid(r, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if kind == "outlook_imap":
        return f"<00{lowhex(r, 2)}01db{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}$@{domain}>"
    if kind == "thunderbird":
        u = lowhex(r, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if kind == "orange":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**4, 10**5)}.{r.randrange(10**12, 10**13)}.JavaMail.open-xchange@opme11oxm{r.randrange(10, 40)}nd1>"
    raise ValueError(kind)


def thread_index(key, n):
    r = rng("ti", key)
    return base64.b64encode(bytes(r.randrange(256) for _ in range(22 + 5 * n))).decode()


def idkind(client, person):
    dom = person.domain
    if client in ("outlook", "owa", "outlook_mobile", "outlook_plain"):
        return "outlook_imap" if client in ("outlook", "outlook_plain") and person_imap(person) else "m365"
    if client.startswith("gmail"):
        return "gmail"
    if client in ("apple_mail", "ios_mail"):
        return "apple"
    if client.startswith("thunderbird"):
        return "thunderbird"
    if client == "orange":
        return "orange"
    raise ValueError(client + dom)


def person_imap(person):
    return person.domain.split(".")[0] in ("orange", "free", "wanadoo", "sfr", "laposte", "bluewin", "libero", "gmx")


def received(key, sender_host, to_domain, dt):
    r = rng("rcv", key)
    t1 = rfcdate(dt.astimezone(UTC))
    ip = f"203.0.113.{r.randrange(2, 250)}"
    ip6 = f"2001:db8:{lowhex(r, 4)}::{lowhex(r, 3)}"
    return [
        (
            "Received",
            f"from mx.{to_domain} (mx.{to_domain} [198.51.100.{r.randrange(2, 250)}])\r\n\tby mailstore.{to_domain} "
            f"(Postfix) with ESMTPS id {hexid(r, 10)}\r\n\tfor <inbox@{to_domain}>; {t1}",
        ),
        (
            "Received",
            f"from {sender_host} ({sender_host} [{ip6 if 'outlook' in sender_host else ip}])\r\n\tby mx.{to_domain}; {t1}",
        ),
    ]


def encode_part(text, client, charset=None, html=None, flowed=False):
    cs = charset or {"outlook_plain": "windows-1252", "orange": "iso-8859-15"}.get(client, "utf-8")
    try:
        text.encode(
            {"windows-1252": "cp1252", "iso-8859-15": "iso8859_15", "utf-8": "utf-8", "iso-8859-1": "latin-1"}[cs]
        )
    except UnicodeEncodeError:
        cs = "utf-8"
    if flowed:
        ct = f"text/plain; charset={cs.upper() if cs == 'utf-8' else cs}; format=flowed"
        cte = "8bit" if client.startswith("thunderbird") else "quoted-printable"
    else:
        q = '"' if client.startswith(("gmail", "outlook", "owa")) else ""
        ct = f"text/plain; charset={q}{cs}{q}"
        cte = "base64" if client == "outlook_mobile" else "quoted-printable"
    plain = text_part(text, ct, cs, cte)
    if html is None:
        return plain
    hcs = "utf-8"
    hct = (
        f'text/html; charset="{hcs}"' if client.startswith(("gmail", "outlook", "owa")) else f"text/html; charset={hcs}"
    )
    hpart = text_part(html, hct, hcs, "base64" if client == "outlook_mobile" else "quoted-printable")
    return hpart, plain


def boundary(client, key):
    r = rng("b", key)
    if client.startswith("gmail"):
        return "000000000000" + lowhex(r, 12)
    if client == "apple_mail":
        u = hexid(r, 32)
        return f"Apple-Mail=_{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if client == "ios_mail":
        return (
            "Apple-Mail-" + hexid(r, 8) + "-" + hexid(r, 4) + "-" + hexid(r, 4) + "-" + hexid(r, 4) + "-" + hexid(r, 12)
        )
    if client == "orange":
        return (
            "----=_Part_"
            + str(r.randrange(10**5, 10**6))
            + "_"
            + str(r.randrange(10**8, 10**9))
            + "."
            + str(r.randrange(10**12, 10**13))
        )
    host = r.choice(M365_HOSTS)
    return f"_000_{host}{hexid(r, 28)}{host.lower()}eurprd_"


def body_part(client, key, plain_text, html, flowed=False, charset=None, images=()):
    enc = encode_part(plain_text, client, charset, html, flowed)
    if html is None:
        return enc
    hpart, plain = enc
    b = boundary(client, key)
    alt = multipart("alternative", [plain, hpart], b)
    if not images:
        return alt
    rel_parts = [alt]
    for name, cid in images:
        rel_parts.append(
            Part(
                [
                    ("Content-Type", f'image/png; name="{name}"'),
                    ("Content-Description", name),
                    ("Content-Disposition", f'inline; filename="{name}"; size={len(PNG)}'),
                    ("Content-ID", f"<{cid}>"),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                base64.b64encode(PNG).decode() + "\r\n",
            )
        )
    rb = b.replace("_000_", "_004_") if b.startswith("_000_") else b + "_rel"
    return multipart(
        "related", rel_parts, rb, ct=f'multipart/related;\r\n\tboundary="{rb}";\r\n\ttype="multipart/alternative"'
    )


def headers(client, key, frm, to, cc, subject, date_s, tz, mid, irt=None, refs=(), lang="fr", topic=None, nref=0,
            received_to=None):  # fmt: skip
    dt = parse(date_s, tz)
    kind = idkind(client, frm)
    m365 = kind == "m365"
    hs = []
    if received_to:
        host = mid.split("@", 1)[1].rstrip(">")
        hs += received(key, host if "outlook" in host else f"smtp.{frm.domain}", received_to, dt)
    date = rfcdate(dt.astimezone(UTC)) if m365 else rfcdate(local(dt, tz))
    hs.append(("From", addr(frm.name, frm.email)))
    hs.append(("To", addrlist([addr(p.name, p.email) for p in to])))
    if cc:
        hs.append(("Cc", addrlist([addr(p.name, p.email) for p in cc])))
    hs.append(("Subject", ew_subject("", subject)))
    if client in ("outlook", "owa", "outlook_mobile", "outlook_plain"):
        hs.append(("Thread-Topic", ew_subject("", topic or subject)))
        hs.append(("Thread-Index", thread_index(key, nref)))
    hs.append(("Date", date))
    hs.append(("Message-ID", mid))
    if refs:
        hs.append(("References", "\r\n ".join(refs)))
    if irt:
        hs.append(("In-Reply-To", irt))
    tag = {"fr": "fr-FR", "en": "en-GB", "de": "de-CH", "it": "it-IT", "es": "es-ES"}[lang]
    if m365:
        hs += [("Accept-Language", f"{tag}, en-US"), ("Content-Language", tag), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]  # fmt: skip
    elif kind == "outlook_imap":
        hs += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", tag)]
    elif client == "apple_mail":
        hs.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif client == "ios_mail":
        hs.append(("X-Mailer", "iPhone Mail (22D72)"))
    elif client.startswith("thunderbird"):
        hs += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", tag)]
    elif client == "orange":
        hs.append(("X-Originating-IP", "[203.0.113.77]"))
    if client == "apple_mail":
        hs.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    elif client == "ios_mail":
        hs.append(("Mime-Version", "1.0 (1.0)"))
    else:
        hs.append(("MIME-Version", "1.0"))
    return hs


def render_message(hs, part):
    from mime12 import message

    return message(hs, part)


__all__ = ["body_part", "flow", "headers", "msgid", "render_message"]
