"""blind23: people, mail objects, local dates, the quoting styles of each client and the Case engine.

A Mail is a list of segments (kind, lines): "new" (the sender's own words, signature included), "ans" (answers typed
inside the quoted copy), "old" (attributions, header blocks, quoted or forwarded history), "device" (a mail app's own
line), "banner" (a gateway's warning on top) and "footer" (a gateway's disclaimer after the history). The label of a
reply is the stripped, non-empty lines of its "new" and "ans" segments, in order.
"""

import html
import re
from datetime import UTC, datetime, timedelta, timezone

from mime12 import addr, addrlist, ew_subject, flow, hexid, lowhex, message, multipart, rfcdate, rng, text_part
from mime12 import thread_index as _thread_index

EU_SUMMER = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)  # Paris, Geneva, Luxembourg, Brussels: +0100 -> +0200
QC_SUMMER = datetime(2027, 3, 14, 7, 0, tzinfo=UTC)  # Montreal: -0500 -> -0400


def offset(region, dt):
    u = dt.astimezone(UTC)
    if region == "eu":
        return 2 if u >= EU_SUMMER else 1
    if region == "qc":
        return -4 if u >= QC_SUMMER else -5
    if region == "ma":
        return 1  # Morocco (UTC+1 outside Ramadan; every Moroccan message here is dated after 15 March)
    raise ValueError(region)


def local(region, s):
    """'2027-03-04 10:12[:ss]' wall time in a region -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(s, fmt)
    for off in (1, 2, -5, -4):
        dt = naive.replace(tzinfo=timezone(timedelta(hours=off)))
        if offset(region, dt) == off:
            return dt
    raise ValueError(f"no offset for {s} in {region}")


def to_local(region, dt):
    return dt.astimezone(timezone(timedelta(hours=offset(region, dt))))


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def fr_long(dt, comma=False):
    return f"{JOURS[dt.weekday()]}{',' if comma else ''} {dt.day} {MOIS[dt.month - 1]} {dt.year} {hm(dt)}"


def ca_long(dt):
    return f"{dt.day} {MOIS[dt.month - 1]} {dt.year} {dt.hour:02d} h {dt.minute:02d}"


def gmail_fr(dt):
    return f"{JOURS_AB[dt.weekday()]} {dt.day} {MOIS_AB[dt.month - 1]} {dt.year} à {hm(dt)}"


def en_us(dt):
    h = dt.hour % 12 or 12
    return f"{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


class Person:
    def __init__(self, name, email, region="eu", greet=None):
        self.name = name
        self.email = email
        self.region = region
        self.greet = greet

    def who(self):
        return f"{self.name} <{self.email}>"

    def domain(self):
        return self.email.split("@")[1]


def who_list(ps, sep="; "):
    return sep.join(p.who() for p in ps)


class Mail:
    """A message of a thread (the firm's or a correspondent's), kept for quoting."""

    def __init__(self, frm, to, dt, subject, segs, mid, cc=(), parent=None, refs=None):
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.dt = dt
        self.subject = subject
        self.segs = segs
        self.mid = mid
        self.parent = parent
        if refs is None:
            refs = [*parent.refs, parent.mid] if parent is not None else []
        self.refs = refs

    def lines(self):
        out = []
        for _k, ls in self.segs:
            out.extend(ls)
        return out


# --------------------------------------------------------------------------
# quoting styles: each returns the lines of the history as the reader's client writes them
# --------------------------------------------------------------------------
def gt(lines):
    return [(">" + ln) if ln.startswith(">") else ("> " + ln if ln.strip() else ">") for ln in lines]


def _body(parent, seen):
    return ([*seen, ""] if seen else []) + parent.lines()


def outlook_block(m, reader, loc="fr", mailto=False):
    dt = to_local(reader.region, m.dt)
    frm = f"{m.frm.name} [mailto:{m.frm.email}]" if mailto else m.frm.who()
    if loc == "en":
        out = [f"From: {frm}", f"Sent: {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {hm(dt)}", f"To: {who_list(m.to)}"]
        if m.cc:
            out.append(f"Cc: {who_list(m.cc)}")
        return [*out, f"Subject: {m.subject}"]
    if loc == "en-us":
        out = [f"From: {frm}", f"Sent: {en_us(dt)}", f"To: {who_list(m.to)}"]
        if m.cc:
            out.append(f"Cc: {who_list(m.cc)}")
        return [*out, f"Subject: {m.subject}"]
    if loc == "de":
        tage = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        monate = [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ]
        out = [
            f"Von: {frm}",
            f"Gesendet: {tage[dt.weekday()]}, {dt.day}. {monate[dt.month - 1]} {dt.year} {hm(dt)}",
            f"An: {who_list(m.to)}",
        ]
        if m.cc:
            out.append(f"Cc: {who_list(m.cc)}")
        return [*out, f"Betreff: {m.subject}"]
    sent = {"fr": fr_long(dt), "ch": fr_long(dt, comma=True), "ca": ca_long(dt)}[loc]
    out = [f"De : {frm}", f"Envoyé : {sent}", f"À : {who_list(m.to)}"]
    if m.cc:
        out.append(f"Cc : {who_list(m.cc)}")
    return [*out, f"Objet : {m.subject}"]


def q_outlook(parent, reader, loc="fr", sep=None, seen=None, mailto=False):
    out = [""]
    if sep:
        out.append(sep)
    return [*out, *outlook_block(parent, reader, loc, mailto), "", *_body(parent, seen)]


def q_outlook_mac(parent, reader, loc="fr", seen=None):
    dt = to_local(reader.region, parent.dt)
    if loc == "en":
        d = f"{DAYS[dt.weekday()]}, {dt.day} {MONTHS[dt.month - 1]} {dt.year} at {hm(dt)}"
        hb = [f"From: {parent.frm.who()}", f"Date: {d}", f"To: {who_list(parent.to, ', ')}"]
        if parent.cc:
            hb.append(f"Cc: {who_list(parent.cc, ', ')}")
        hb.append(f"Subject: {parent.subject}")
    else:
        d = f"{JOURS[dt.weekday()]}, {dt.day} {MOIS[dt.month - 1]} {dt.year} à {hm(dt)}"
        hb = [f"De : {parent.frm.who()}", f"Date : {d}", f"À : {who_list(parent.to, ', ')}"]
        if parent.cc:
            hb.append(f"Cc : {who_list(parent.cc, ', ')}")
        hb.append(f"Objet : {parent.subject}")
    return ["", *hb, "", *_body(parent, seen)]


def q_outlook_mobile(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    hb = [
        "________________________________",
        f"De : {parent.frm.who()}",
        f"Envoyé : {fr_long(dt)}:{dt.second:02d}",
        f"À : {who_list(parent.to)}",
    ]
    if parent.cc:
        hb.append(f"Cc : {who_list(parent.cc)}")
    return ["", *hb, f"Objet : {parent.subject}", "", *_body(parent, seen)]


def q_gmail(parent, reader, loc="fr", wrap_at_lt=False, seen=None):
    dt = to_local(reader.region, parent.dt)
    if loc == "en":
        h = dt.hour % 12 or 12
        at = [
            f"On {DAYS[dt.weekday()][:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {h}:{dt.minute:02d}"
            f" {'AM' if dt.hour < 12 else 'PM'} {parent.frm.who()} wrote:"
        ]
    elif wrap_at_lt:
        at = [f"Le {gmail_fr(dt)}, {parent.frm.name} <", f"{parent.frm.email}> a écrit :"]
    else:
        at = [f"Le {gmail_fr(dt)}, {parent.frm.who()} a écrit :"]
    return ["", *at, "", *gt(_body(parent, seen))]


def q_apple(parent, reader, seen=None, ios=False, loc="fr"):
    dt = to_local(reader.region, parent.dt)
    if loc == "en":
        at = f"On {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year}, at {hm(dt)}, {parent.frm.who()} wrote:"
    else:
        at = f"Le {dt.day} {MOIS[dt.month - 1]} {dt.year} à {hm(dt)}, {parent.frm.who()} a écrit :"
    if ios:
        return ["", *gt([at, "", *_body(parent, seen)])]
    return ["", at, "", *gt(_body(parent, seen))]


def q_thunderbird(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    return [
        f"Le {dt.day:02d}/{dt.month:02d}/{dt.year} à {hm(dt)}, {parent.frm.name} a écrit :",
        *gt(_body(parent, seen)),
    ]


def q_roundcube(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    return [f"Le {dt.year}-{dt.month:02d}-{dt.day:02d} {hm(dt)}, {parent.frm.name} a écrit :", *gt(_body(parent, seen))]


def q_zimbra(parent, reader, prefixed=False, title="----- Mail original -----", seen=None):
    dt = to_local(reader.region, parent.dt)
    d = f"{JOURS[dt.weekday()].capitalize()} {dt.day} {MOIS[dt.month - 1].capitalize()} {dt.year} {hm(dt)}:{dt.second:02d}"
    hb = [title, f'De: "{parent.frm.name}" <{parent.frm.email}>', f"À: {who_list(parent.to, ', ')}"]
    if parent.cc:
        hb.append(f"Cc: {who_list(parent.cc, ', ')}")
    hb += [f"Envoyé: {d}", f"Objet: {parent.subject}", "", *_body(parent, seen)]
    return ["", *(gt(hb) if prefixed else hb)]


def q_orange(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    hb = [
        f"Message du {dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}",
        f'De : "{parent.frm.name}" <{parent.frm.email}>',
        f"A : {', '.join(p.email for p in parent.to)}",
        f"Copie à : {', '.join(p.email for p in parent.cc)}".rstrip(),
        f"Objet : {parent.subject}",
        "",
        *_body(parent, seen),
    ]
    return ["", "", *gt(hb)]


def q_ox(parent, reader, swiss=False, seen=None):
    dt = to_local(reader.region, parent.dt)
    z = "CEST" if offset("eu", dt) == 2 else "CET"
    if swiss:
        at = f"Le {dt.day:02d}.{dt.month:02d}.{dt.year} {hm(dt)} {z}, {parent.frm.who()} a écrit :"
    else:
        at = f"Le {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)} {z} {parent.frm.who()} a écrit :"
    return ["", *gt(["", at, "", *_body(parent, seen)])]


def q_samsung(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    off = offset(reader.region, parent.dt)
    hb = [
        "-------- Message d'origine --------",
        f"De : {parent.frm.who()}",
        f"Date : {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)} (GMT{off:+03d}:00)",
        f"À : {', '.join(p.email for p in parent.to)}",
    ]
    if parent.cc:
        hb.append(f"Cc : {', '.join(p.email for p in parent.cc)}")
    return ["", "", *hb, f"Objet : {parent.subject}", "", *_body(parent, seen)]


def q_blackberry(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    hb = [
        "  Message d'origine  ",
        f"De: {parent.frm.name}",
        f"Envoyé: {ca_long(dt)}",
        f"À: {', '.join(p.email for p in parent.to)}",
        f"Répondre à: {parent.frm.email}",
        f"Objet: {parent.subject}",
    ]
    return ["", *hb, "", *_body(parent, seen)]


def q_proton(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    at = f"Le {JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} à {hm(dt)}, {parent.frm.who()} a écrit :"
    return ["", at, "", *gt(_body(parent, seen))]


def q_sfr(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    hb = [
        "---- Message d'origine ----",
        f"De : {parent.frm.name} <{parent.frm.email}>",
        f"Date : {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}",
        f"À : {', '.join(p.email for p in parent.to)}",
        f"Objet : {parent.subject}",
    ]
    return ["", *hb, "", *gt(_body(parent, seen))]


def q_infomaniak(parent, reader, seen=None):
    dt = to_local(reader.region, parent.dt)
    at = f"Le {JOURS[dt.weekday()]}, {dt.day:02d}.{dt.month:02d}.{dt.year} à {hm(dt)}, {parent.frm.name} <{parent.frm.email}> a écrit :"
    return ["", at, *gt(_body(parent, seen))]


def fwd_gmail(m, reader):
    dt = to_local(reader.region, m.dt)
    return [
        "---------- Forwarded message ---------",
        f"De : {m.frm.who()}",
        f"Date: {gmail_fr(dt)}",
        f"Subject: {m.subject}",
        f"To: {who_list(m.to, ', ')}",
        *([f"Cc: {who_list(m.cc, ', ')}"] if m.cc else []),
        "",
        "",
        *m.lines(),
    ]


def fwd_apple(m, reader):
    dt = to_local(reader.region, m.dt)
    off = offset(reader.region, m.dt)
    return [
        "Début du message réexpédié :",
        "",
        f"De: {m.frm.who()}",
        f"Date: {dt.day} {MOIS[dt.month - 1]} {dt.year} à {hm(dt)}:{dt.second:02d} UTC{off:+d}",
        f"À: {who_list(m.to, ', ')}",
        f"Objet: {m.subject}",
        "",
        *m.lines(),
    ]


# --------------------------------------------------------------------------
# headers and MIME per client family
# --------------------------------------------------------------------------
def make_mid(family, key, sender):
    r = rng("mid23", key)
    if family == "outlook":
        boxes = (
            ["PR3P", "AM9P", "DB9P", "PA4P"]
            if key.startswith("firm/")
            else ["PR3P", "AM9P", "DB9P", "PA4P", "GV0P", "ZR0P", "YT3P", "MR1P"]
        )
        box = f"{r.choice(boxes)}{r.randrange(190, 196)}MB{r.randrange(1000, 9999)}"
        reg = {"GV0P": "CHEP", "ZR0P": "CHEP", "YT3P": "CANP", "MR1P": "AFRP"}.get(box[:4], "EURP")
        return f"<{box}{hexid(r, 32)}@{box}.{reg}{box[4:7]}.PROD.OUTLOOK.COM>"
    if family == "gmail":
        alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA" + "".join(r.choice(alph) for _ in range(62)) + "@mail.gmail.com>"
    if family == "apple":
        u = hexid(r, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{sender.domain()}>"
    if family == "thunderbird":
        u = lowhex(r, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{sender.domain()}>"
    if family == "samsung":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@email.android.com>"
    if family == "proton":
        alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "<" + "".join(r.choice(alph) for _ in range(86)) + "=@proton.me>"
    if family == "blackberry":
        return f"<{r.randrange(10**11, 10**12)}.{r.randrange(1000, 9999)}.{lowhex(r, 6)}@blackberry.com>"
    # webmails: their own host
    return f"<{lowhex(r, 24)}.{r.randrange(10**6, 10**7)}@{sender.domain()}>"


LINKED = re.compile(r"(\S[^<>]*?)<((?:https?|mailto):[^>\s]*)>")


def html_line(ln):
    out = []
    pos = 0
    for m in LINKED.finditer(ln):
        out.append(html.escape(ln[pos : m.start()], quote=False))
        out.append(f'<a href="{html.escape(m.group(2))}">{html.escape(m.group(1), quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(ln[pos:], quote=False))
    return "".join(out)


def strip_gt(ln):
    return re.sub(r"^(?:> ?)+", "", ln) if ln.startswith(">") else ln


def render_html(segs, family):
    """One <div> per line; answers in blue; history in a blockquote (quote markers dropped)."""
    out = []
    for kind, ls in segs:
        if kind == "old":
            inner = "".join(f"<div>{html_line(strip_gt(ln)) or '<br>'}</div>\n" for ln in ls)
            if family == "outlook":
                out.append(
                    f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n{inner}</div>\n'
                )
            else:
                out.append(
                    f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n{inner}</blockquote>\n'
                )
        elif kind == "ans":
            out.extend(f'<div style="color:#0070C0">{html_line(ln) or "<br>"}</div>\n' for ln in ls)
        elif kind == "banner":
            txt = " ".join(x for x in ls if x.strip())
            out.append(
                f'<table style="background:#FFF4CE"><tr><td><b>{html.escape(txt, quote=False)}</b></td></tr></table>\n'
            )
        elif kind == "footer":
            out.append('<div style="font-size:8pt;color:#888">\n')
            out.extend(f"<div>{html_line(ln) or '<br>'}</div>\n" for ln in ls)
            out.append("</div>\n")
        else:
            out.extend(f"<div>{html_line(ln) or '<br>'}</div>\n" for ln in ls)
    body = "".join(out)
    if family == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}--></style>\n</head>\n<body lang="FR">\n<div class="WordSection1">\n'
            f"{body}</div>\n</body>\n</html>\n"
        )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">\n{body}</div></body></html>\n'


def boundary(family, key):
    r = rng("bnd23", key)
    if family == "outlook":
        return f"_000_{hexid(r, 20)}{r.choice(['EURP', 'CANP', 'CHEP'])}{r.randrange(100, 199)}PROD_"
    if family == "gmail":
        return "000000000000" + lowhex(r, 16)
    if family == "apple":
        u = hexid(r, 32)
        return f"Apple-Mail-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if family == "thunderbird":
        return "------------" + "".join(
            r.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24)
        )
    return f"=_{lowhex(r, 32)}"


def thread_index(key):
    return _thread_index(rng("ti23", key), 2)


def headers_for(family, key, sender, to, cc, subject, dt, mid, irt, refs, extra=()):
    hs = []
    if family == "outlook":
        hs += [("From", addr(sender.name, sender.email)), ("To", addrlist([addr(p.name, p.email) for p in to]))]
        if cc:
            hs.append(("CC", addrlist([addr(p.name, p.email) for p in cc])))
        hs += [
            ("Subject", ew_subject("", subject)),
            ("Thread-Topic", ew_subject("", re.sub(r"^(?:(?:RE|TR|Re|Fwd|AW|\[EXTERNE\]) ?: ?)+", "", subject))),
            ("Thread-Index", thread_index(key)),
            ("Date", rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000")),
            ("Message-ID", mid),
        ]
        if irt:
            hs += [("References", "\r\n ".join(refs)), ("In-Reply-To", irt)]
        hs += [
            ("Accept-Language", "fr-FR, en-US"),
            ("Content-Language", "fr-FR"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    else:
        hs += [
            ("Date", rfcdate(dt)),
            ("From", addr(sender.name, sender.email)),
            ("To", addrlist([addr(p.name, p.email) for p in to])),
        ]
        if cc:
            hs.append(("Cc", addrlist([addr(p.name, p.email) for p in cc])))
        hs += [("Subject", ew_subject("", subject)), ("Message-ID", mid)]
        if irt:
            hs += [("In-Reply-To", irt), ("References", "\r\n ".join(refs))]
        elif refs:
            hs.append(("References", "\r\n ".join(refs)))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0 (1.0)" if family == "apple" else "1.0"))
    return hs


def received(key, sender, dt):
    r = rng("rcv23", key)
    ip = f"203.0.113.{r.randrange(2, 254)}"
    return (
        "Received",
        f"from {sender.domain()} ([{ip}]) by mx.castellanferrand.example with ESMTPS id {hexid(r, 10)};\r\n\t{rfcdate(dt)}",
    )


def assemble(family, key, hs, segs, mode="text", cs="utf-8", cte="quoted-printable", flowed=False, extra_parts=()):
    lines = []
    for _k, ls in segs:
        lines.extend(ls)
    if flowed:
        lines = flow(lines)
    text = "\n".join(lines) + "\n"
    csv = f'"{cs}"' if family == "outlook" else cs
    ct_plain = f"text/plain; charset={csv}" + ("; format=flowed" if flowed else "")
    htm = render_html(segs, family).replace("charset=utf-8", f"charset={cs}")
    ct_html = f"text/html; charset={csv}"
    if mode == "html":
        part = text_part(htm, ct_html, cs, cte)
    elif mode == "plain":
        part = text_part(text, ct_plain, cs, "8bit" if flowed else cte)
    else:
        parts = [text_part(text, ct_plain, cs, "8bit" if flowed else cte), text_part(htm, ct_html, cs, cte)]
        parts += list(extra_parts)
        part = multipart("alternative", parts, boundary(family, key))
    return message(hs, part)
