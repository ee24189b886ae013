"""blind24's clients: how each mail client and locale quotes, forwards, names a reply and writes its headers; the
Msg (any message of a thread) and Reply (a labelled human reply) classes.
"""

import copy
import hashlib
import urllib.parse

from mail24 import (
    Fam,
    Ln,
    Person,
    apple_mid,
    assemble,
    at,
    boundary_apple,
    boundary_exo,
    boundary_gmail,
    disp,
    exo_mid,
    gmail_mid,
    hdate,
    hdr_addr,
    hdr_addrs,
    html_doc,
    items,
    later,
    local,
    lowhex,
    render,
    tindex,
    utc,
    uuid_of,
    when,
    yahoo_mid,
)
from mime12 import hexid, rng

FAMS = {
    "outlook": Fam("outlook", html="outlook", mime="exo"),
    "outlook_mac": Fam("outlook_mac", html="outlook", mime="exo"),
    "outlook_ios": Fam("outlook_ios", html="generic", mime="exo"),
    "outlook_android": Fam("outlook_android", html="generic", mime="exo"),
    "owa": Fam("owa", html="generic", mime="exo"),
    "gmail": Fam("gmail", quote_marks="gmail", link="space", bold="*", wrap=78, html="gmail", mime="gmail"),
    "gmail_app": Fam("gmail_app", quote_marks="gmail", link="space", bold="*", wrap=78, html="gmail", mime="gmail"),
    "apple": Fam("apple", quote_marks="apple", link="space", html="apple", mime="apple"),
    "ios": Fam("ios", quote_marks="apple", link="space", html="apple", mime="apple"),
    "yahoo": Fam("yahoo", link="space", html="yahoo", mime="yahoo"),
    "aol": Fam("aol", link="space", html="yahoo", mime="yahoo"),
    "aol_classic": Fam("aol_classic", link="space", html="generic", mime="generic"),
    "superhuman": Fam("superhuman", quote_marks="gmail", link="paren", html="generic", mime="generic"),
    "hey": Fam("hey", quote_marks="gmail", link="space", html="generic", mime="generic"),
    "proton": Fam("proton", quote_marks="gmail", link="space", html="generic", mime="generic"),
    "fastmail": Fam("fastmail", quote_marks="apple", link="space", html="generic", mime="plain"),
    "zoho": Fam("zoho", link="space", html="generic", mime="generic"),
    "front": Fam("front", quote_marks="gmail", link="space", html="generic", mime="generic"),
    "salesforce": Fam("salesforce", link="space", html="generic", mime="generic"),
    "samsung": Fam("samsung", link="space", html="generic", mime="generic"),
    "thunderbird": Fam("thunderbird", quote_marks="gmail", link="space", html="generic", mime="plain"),
}

# label vocabulary of the "client" key (this set's own)
CLIENT_LABEL = {
    "outlook": "outlook",
    "outlook_mac": "outlook_mac",
    "outlook_ios": "outlook_ios",
    "outlook_android": "outlook_android",
    "owa": "outlook_web",
    "gmail": "gmail",
    "gmail_app": "gmail",
    "apple": "apple_mail",
    "ios": "ios_mail",
    "yahoo": "yahoo",
    "aol": "aol",
    "aol_classic": "aol",
    "superhuman": "superhuman",
    "hey": "hey",
    "proton": "proton",
    "fastmail": "fastmail",
    "zoho": "zoho",
    "front": "front",
    "salesforce": "salesforce",
    "samsung": "samsung",
    "thunderbird": "thunderbird",
}

# --------------------------------------------------------------------------
# header block labels and date styles per client and UI locale
# --------------------------------------------------------------------------
OUTLOOK_LABELS = {
    "en-US": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-CA": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-GB": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "fr-CA": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es-MX": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "es-US": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "es-CO": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "pt-BR": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"),
    "de-DE": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
}
MOBILE_LABELS = {
    "en-US": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-CA": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "fr-CA": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es-MX": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "es-CL": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "es-AR": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "pt-BR": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
}
MAC_LABELS = {
    "en-US": ("From:", "Date:", "To:", "Cc:", "Subject:"),
    "fr-CA": ("De :", "Date :", "À :", "Cc :", "Objet :"),
}
OUTLOOK_DATE = {
    "en-US": "outlook-en-US",
    "en-CA": "outlook-en-CA",
    "en-GB": "outlook-en-GB",
    "fr-CA": "outlook-fr-CA",
    "es-MX": "outlook-es-MX",
    "es-US": "outlook-es-MX",
    "es-CO": "outlook-es",
    "pt-BR": "outlook-pt-BR",
    "de-DE": "outlook-de-DE",
}
MOBILE_DATE = {
    "en-US": "outlook-mobile-en-US",
    "en-CA": "outlook-mobile-en-US",
    "fr-CA": "outlook-mobile-fr-CA",
    "es-MX": "outlook-mobile-es",
    "es-CL": "outlook-mobile-es",
    "es-AR": "outlook-mobile-es",
    "pt-BR": "outlook-mobile-pt-BR",
}
REPLY_PREFIX = {
    ("outlook", "en-US"): "RE: ",
    ("outlook", "en-CA"): "RE: ",
    ("outlook", "en-GB"): "RE: ",
    ("outlook", "fr-CA"): "RE : ",
    ("outlook", "es-MX"): "RE: ",
    ("outlook", "es-US"): "RE: ",
    ("outlook", "es-CO"): "RE: ",
    ("outlook", "pt-BR"): "RES: ",
    ("outlook", "de-DE"): "AW: ",
}
FORWARD_PREFIX = {"outlook": "FW: ", "gmail": "Fwd: ", "apple": "Fwd: ", "ios": "Fwd: "}


def joined(ps):
    return "; ".join(disp(p) for p in ps)


def outlook_block(msg, ui, zone, labels=OUTLOOK_LABELS, dates=OUTLOOK_DATE, mac=False):
    lf, ls, lt, lc, lsub = labels[ui]
    dt = local(msg.dt, zone)
    out = [
        Ln(f"{lf} {disp(msg.frm)}", "Q", 0, ("hdr", lf)),
        Ln(f"{ls} {when(dt, dates[ui] if not mac else ('outlook-mac-' + ui))}", "Q", 0, ("hdr", ls)),
        Ln(f"{lt} {joined(msg.to)}", "Q", 0, ("hdr", lt)),
    ]
    if msg.cc:
        out.append(Ln(f"{lc} {joined(msg.cc)}", "Q", 0, ("hdr", lc)))
    out.append(Ln(f"{lsub} {msg.subject}", "Q", 0, ("hdr", lsub)))
    return out


def blank(depth=0, role="Q"):
    return Ln("", role, depth)


def attribution(fam, ui, msg, zone):
    """The one-line attribution of a quoting client, in its UI language."""
    dt = local(msg.dt, zone)
    f = msg.frm
    if fam in ("gmail", "gmail_app"):
        if ui == "en-US" or ui == "en-CA":
            return f"On {when(dt, 'gmail-en-US')} {disp(f)} wrote:"
        if ui == "en-GB":
            return f"On {when(dt, 'gmail-en-GB')}, {disp(f)} wrote:"
        if ui == "fr-CA":
            return f"Le {when(dt, 'gmail-fr-CA')}, {disp(f)} a écrit :"
        if ui in ("es", "es-CO", "es-AR", "es-MX"):
            return f"El {when(dt, 'gmail-es')}, {disp(f, 'paren')} escribió:"
        if ui == "es-new":
            return f"El {when(dt, 'gmail-es-new')}, {disp(f, 'paren')} escribió:"
        if ui == "pt-BR":
            return f"Em {when(dt, 'gmail-pt-BR')}, {disp(f)} escreveu:"
        if ui == "nl-NL":
            return f"Op {when(dt, 'gmail-nl')} schreef {disp(f)}:"
    if fam in ("apple", "ios"):
        if ui in ("en-US", "en-CA"):
            return f"On {when(dt, 'apple-en-US')}, {disp(f)} wrote:"
        if ui == "en-US-old":
            return f"On {when(dt, 'apple-en-US-old')}, {disp(f)} wrote:"
        if ui in ("en-GB", "en-IE"):
            return f"On {when(dt, 'apple-en-GB')}, {disp(f)} wrote:"
        if ui == "fr-CA":
            return f"Le {when(dt, 'apple-fr-CA')}, {disp(f)} a écrit :"
        if ui.startswith("es"):
            return f"El {when(dt, 'apple-es')}, {disp(f)} escribió:"
        if ui == "pt-BR":
            return f"Em {when(dt, 'apple-pt-BR')}, {disp(f)} escreveu:"
    if fam in ("yahoo", "aol"):
        zn = "EDT" if dt.utcoffset().total_seconds() == -4 * 3600 else "EST"
        if zone == "CT":
            zn = "CDT" if dt.utcoffset().total_seconds() == -5 * 3600 else "CST"
        return f"On {when(dt, 'yahoo-en-US')} {zn}, {disp(f)} wrote:"
    if fam == "proton":
        return f"On {when(dt, 'proton')}, {disp(f)} wrote:"
    if fam == "superhuman":
        return f"On {when(dt, 'superhuman')}, {disp(f, 'spaced')} wrote:"
    if fam == "fastmail":
        return f"On {when(dt, 'fastmail')}, {disp(f, 'name')} wrote:"
    if fam == "zoho":
        return f"---- On {when(dt, 'zoho')} {disp(f)} wrote ----"
    if fam == "hey":
        return f"On {when(dt, 'hey')}, {disp(f)} wrote:"
    if fam == "front":
        return f"On {when(dt, 'front')}, {disp(f)} wrote:"
    if fam == "thunderbird":
        return f"On {dt:%Y-%m-%d} {dt:%H:%M}, {disp(f)} wrote:"
    raise ValueError((fam, ui))


def quote_items(msg, fam, ui, zone, inner_banner=None, inner_depth=None):
    """The history a client puts under (or around) the reply: header block or attribution, then the message."""
    body = list(msg.items_for_quote())
    if inner_banner:
        body = [*(Ln(x, "Q", 0, "banner") for x in inner_banner), Ln("", "Q", 0), *body]
    out = []
    if fam == "outlook":
        out += [blank(), *outlook_block(msg, ui, zone), blank()]
        out += [ln.q(0) for ln in body]
    elif fam == "outlook_mac":
        out += [blank(), *outlook_block(msg, ui, zone, labels=MAC_LABELS, mac=True), blank()]
        out += [ln.q(0) for ln in body]
    elif fam in ("outlook_ios", "outlook_android", "owa"):
        dates = MOBILE_DATE if fam != "owa" else OUTLOOK_DATE
        labels = MOBILE_LABELS
        if fam == "owa":
            out.append(blank())
        out += [Ln("________________________________", "Q", 0, "sep")]
        out += outlook_block(msg, ui, zone, labels=labels, dates=dates)
        out += [blank()]
        out += [ln.q(0) for ln in body]
    elif fam in ("gmail", "gmail_app") or fam == "apple":
        out += [blank(), Ln(attribution(fam, ui, msg, zone), "Q", 0, "attr"), blank()]
        out += [ln.q(1) for ln in body]
    elif fam == "ios":
        out += [blank(), Ln(attribution(fam, ui, msg, zone), "Q", 1, "attr"), blank(1)]
        out += [ln.q(1) for ln in body]
    elif fam in ("yahoo", "aol"):
        out += [blank(), Ln(attribution(fam, ui, msg, zone), "Q", 0, "attr"), blank()]
        out += [ln.q(1) for ln in body]
    elif fam == "aol_classic":
        dt = local(msg.dt, zone)
        out += [
            blank(),
            blank(),
            Ln("-----Original Message-----", "Q", 0),
            Ln(f"From: {disp(msg.frm)}", "Q", 0, ("hdr", "From:")),
            Ln(f"To: {', '.join(p.email for p in msg.to)}", "Q", 0, ("hdr", "To:")),
            Ln(f"Sent: {when(dt, 'aol-classic')}", "Q", 0, ("hdr", "Sent:")),
            Ln(f"Subject: {msg.subject}", "Q", 0, ("hdr", "Subject:")),
            blank(),
        ]
        out += [ln.q(0) for ln in body]
    elif fam == "proton":
        out += [
            blank(),
            Ln("------- Original Message -------", "Q", 0),
            Ln(attribution(fam, ui, msg, zone), "Q", 0, "attr"),
            blank(),
            blank(),
        ]
        out += [ln.q(1) for ln in body]
    elif fam in ("superhuman", "hey", "front", "fastmail", "thunderbird"):
        out += [blank(), Ln(attribution(fam, ui, msg, zone), "Q", 0, "attr"), blank()]
        out += [ln.q(1) for ln in body]
    elif fam == "zoho":
        out += [blank(), blank(), blank(), Ln(attribution(fam, ui, msg, zone), "Q", 0, "attr"), blank()]
        out += [ln.q(1) for ln in body]
    elif fam == "salesforce":
        dt = local(msg.dt, zone)
        out += [
            blank(),
            Ln("--------------- Original Message ---------------", "Q", 0),
            Ln(f"From: {disp(msg.frm, 'bracket')}", "Q", 0, ("hdr", "From:")),
            Ln(f"Sent: {when(dt, 'salesforce')}", "Q", 0, ("hdr", "Sent:")),
            Ln(f"To: {'; '.join(p.email for p in msg.to)}", "Q", 0, ("hdr", "To:")),
        ]
        if msg.cc:
            out.append(Ln(f"Cc: {'; '.join(p.email for p in msg.cc)}", "Q", 0, ("hdr", "Cc:")))
        out += [Ln(f"Subject: {msg.subject}", "Q", 0, ("hdr", "Subject:")), blank()]
        out += [ln.q(0) for ln in body]
    elif fam == "samsung":
        dt = local(msg.dt, zone)
        if ui.startswith("es"):
            head, lf, ld, lt, ls = "-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"
            dstyle = "samsung-es"
        else:
            head, lf, ld, lt, ls = "-------- Original message --------", "From:", "Date:", "To:", "Subject:"
            dstyle = "samsung-en-US"
        out += [
            blank(),
            blank(),
            Ln(head, "Q", 0),
            Ln(f"{lf} {disp(msg.frm)} ", "Q", 0, ("hdr", lf)),
            Ln(f"{ld} {when(dt, dstyle)} ", "Q", 0, ("hdr", ld)),
            Ln(f"{lt} {', '.join(disp(p) for p in msg.to)} ", "Q", 0, ("hdr", lt)),
            Ln(f"{ls} {msg.subject} ", "Q", 0, ("hdr", ls)),
            blank(),
        ]
        out += [ln.q(0) for ln in body]
    else:
        raise ValueError(fam)
    return out


def forward_items(msg, fam, ui, zone):
    """A forwarded message as the forwarding client writes it (not a reply: no attribution)."""
    dt = local(msg.dt, zone)
    body = list(msg.items_for_quote())
    out = []
    if fam in ("gmail", "gmail_app"):
        out += [
            blank(),
            Ln("---------- Forwarded message ---------", "Q", 0),
            Ln(f"From: {msg.frm.name} <{msg.frm.email}>", "Q", 0, ("fwdfrom", msg.frm.name)),
            Ln(f"Date: {when(dt, 'gmail-en-US')}", "Q", 0),
            Ln(f"Subject: {msg.subject}", "Q", 0),
            Ln(f"To: {', '.join(disp(p) for p in msg.to)}", "Q", 0),
            blank(),
            blank(),
        ]
        out += [ln.q(0) for ln in body]
    elif fam in ("apple", "ios"):
        zn = "EDT" if dt.utcoffset().total_seconds() == -4 * 3600 else "EST"
        out += [
            blank(),
            Ln("Begin forwarded message:", "Q", 0),
            blank(),
            Ln(f"From: {disp(msg.frm)}", "Q", 1, ("hdr", "From:")),
            Ln(f"Subject: {msg.subject}", "Q", 1, ("hdr", "Subject:")),
            Ln(
                f"Date: {when(dt, 'hey')} at {dt.hour % 12 or 12}:{dt:%M}:{dt:%S}\u202f"
                f"{'AM' if dt.hour < 12 else 'PM'} {zn}",
                "Q",
                1,
                ("hdr", "Date:"),
            ),
            Ln(f"To: {', '.join(disp(p) for p in msg.to)}", "Q", 1, ("hdr", "To:")),
            blank(1),
        ]
        out += [ln.q(1) for ln in body]
    elif fam == "outlook":
        out += [blank(), *outlook_block(msg, ui, zone), blank()]
        out += [ln.q(0) for ln in body]
    else:
        raise ValueError(fam)
    return out


# --------------------------------------------------------------------------
# link rewriting by a correspondent's gateway (inside the quoted copy of the firm's message)
# --------------------------------------------------------------------------
def rewriter(kind, key):
    def tok(u, n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        h = hashlib.sha256(f"{kind}|{key}|{u}".encode()).digest()
        return "".join(al[b % len(al)] for b in h[:n])

    def f(u):
        if kind == "mimecast":
            host = urllib.parse.urlsplit(u).hostname or ""
            dom = host[4:] if host.startswith("www.") else host
            return f"https://protect-us.mimecast.com/s/{tok(u, 22)}?domain={dom}"
        if kind == "proofpoint":
            return f"https://urldefense.com/v3/__{u}__;!!{tok(u, 8)}!{tok(u + '2', 40)}$"
        if kind == "barracuda":
            a = urllib.parse.quote(u, safe="").lower()
            return f"https://linkprotect.cudasvc.com/url?a={a}&c=E,1,{tok(u, 34)}&typo=1"
        raise ValueError(kind)

    return f


# --------------------------------------------------------------------------
# messages of a thread
# --------------------------------------------------------------------------
class Msg:
    """A message of a thread, as its recipient sees it (items with roles N/A/D/Q/B/F/...)."""

    def __init__(self, frm, to, cc, subject, dt, mid, refs, its, fam="outlook", rewrite=None):
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc or [])
        self.subject = subject
        self.dt = dt
        self.mid = mid
        self.refs = list(refs or [])
        self.its = its
        self.fam = fam
        self.rewrite = rewrite

    def items_for_quote(self):
        return self.its

    def chain(self):
        return [*self.refs, self.mid]


def clean_subject(s):
    return s


def reply_subject(msg_subject, fam, ui):
    if fam == "outlook" or (fam == "outlook_mac" and ui != "en-US"):
        pre = REPLY_PREFIX.get(("outlook", ui), "RE: ")
    elif fam in ("outlook_mac", "outlook_ios", "outlook_android", "owa"):
        pre = "Re: " if fam != "owa" else "RE: "
        if ui == "pt-BR" and fam == "owa":
            pre = "RES: "
    else:
        pre = "Re: "
    low = msg_subject.lower()
    for p in ("re: ", "re : ", "res: ", "aw: "):
        if low.startswith(p):
            return msg_subject if fam not in ("outlook",) else pre + msg_subject[len(p) :]
    return pre + msg_subject


# --------------------------------------------------------------------------
# MIME headers per sending family
# --------------------------------------------------------------------------
def received(sender_host, ip, dt, r):
    return (
        f"from {sender_host} ({sender_host} [{ip}])\r\n\tby "
        f"larkspurhale-example.mail.protection.outlook.com (203.0.113.25) with Microsoft SMTP Server\r\n\t"
        f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{r.randrange(8000, 8700)}.{r.randrange(10, 40)};"
        f"\r\n\t{hdate(utc(later(dt, seconds=r.randrange(2, 9))), comment='UTC')}"
    )


def envelope(
    mta, who, to, cc, subject, dt, mid, irt, refs, r, extra=(), region="namprd04", ui="en-US", xmailer=None, topic=None
):
    """Headers before the content headers, in the sending system's order."""
    refs_v = "\r\n ".join(refs) if refs else None
    subj = encode_subject(subject)
    H = []
    ip = f"203.0.113.{r.randrange(40, 230)}"
    if mta == "exo":
        srv = mid[1:].split("@")[1].split(".")[0]
        host = mid[1:-1].split("@")[1]
        H.append(("Received", received(host, ip, dt, r)))
        H += [("From", hdr_addr(who)), ("To", hdr_addrs(to))]
        if cc:
            H.append(("CC", hdr_addrs(cc)))
        topic = topic or subject
        for p in ("RE: ", "RE : ", "RES: ", "AW: ", "Re: ", "FW: ", "Accepted: ", "Declined: ", "Tentative: "):
            if topic.startswith(p):
                topic = topic[len(p) :]
        H += [
            ("Subject", subj),
            ("Thread-Topic", encode_subject(topic)),
            ("Thread-Index", tindex(r, len(refs or []))),
            ("Date", hdate(utc(dt), comment=None).replace("+0000", "+0000")),
            ("Message-ID", mid),
        ]
        if refs_v:
            H.append(("References", refs_v))
        if irt:
            H.append(("In-Reply-To", irt))
        lang = {"fr-CA": "fr-CA", "es-MX": "es-MX", "es-US": "es-US", "es-CO": "es-CO", "pt-BR": "pt-BR"}.get(ui, ui)
        if lang in ("en-US-old",):
            lang = "en-US"
        H += [("Accept-Language", f"{lang}, en-US" if lang != "en-US" else "en-US"), ("Content-Language", lang)]
        if xmailer:
            H.append(("User-Agent", xmailer))
        H += [("X-MS-Exchange-Organization-SCL", "1")] if False else []
        H.append(("MIME-Version", "1.0"))
        _ = srv
    elif mta == "gmail":
        H.append(
            (
                "Received",
                received(
                    f"mail-{r.choice(['yw1', 'qt1', 'ej1', 'pl1', 'oi1'])}-f{r.randrange(40, 200)}.google.com",
                    ip,
                    dt,
                    r,
                ),
            )
        )
        H.append(("MIME-Version", "1.0"))
        if refs_v:
            H.append(("References", refs_v))
        if irt:
            H.append(("In-Reply-To", irt))
        H += [("From", hdr_addr(who)), ("Date", hdate(dt)), ("Message-ID", mid), ("Subject", subj)]
        H.append(("To", hdr_addrs(to)))
        if cc:
            H.append(("Cc", hdr_addrs(cc)))
    elif mta in ("apple", "ios"):
        H.append(
            (
                "Received",
                received(
                    f"mr85p00im-{r.choice(['ztdg', 'hyfv', 'zteg'])}0{r.randrange(1, 9)}0{r.randrange(1, 9)}.me.com",
                    ip,
                    dt,
                    r,
                ),
            )
        )
        H.append(("From", hdr_addr(who)))
        if mta == "apple":
            H.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
            H += [("Subject", subj), ("Date", hdate(dt))]
            if irt:
                H.append(("In-Reply-To", irt))
            H.append(("To", hdr_addrs(to)))
            if cc:
                H.append(("Cc", hdr_addrs(cc)))
            if refs_v:
                H.append(("References", refs_v))
            H += [("Message-Id", mid), ("X-Mailer", xmailer or "Apple Mail (2.3826.400.131.1.6)")]
        else:
            H += [("Mime-Version", "1.0 (1.0)"), ("Date", hdate(dt)), ("Subject", subj), ("Message-Id", mid)]
            if refs_v:
                H.append(("References", refs_v))
            if cc:
                H.append(("Cc", hdr_addrs(cc)))
            if irt:
                H.append(("In-Reply-To", irt))
            H += [("To", hdr_addrs(to)), ("X-Mailer", xmailer or "iPhone Mail (22D82)")]
    elif mta == "yahoo":
        H.append(
            (
                "Received",
                received(f"sonic{r.randrange(300, 330)}-{r.randrange(10, 50)}.consmr.mail.bf2.yahoo.com", ip, dt, r),
            )
        )
        H += [("Date", hdate(utc(dt), comment="UTC")), ("From", hdr_addr(who)), ("To", hdr_addrs(to))]
        if cc:
            H.append(("Cc", hdr_addrs(cc)))
        H.append(("Message-ID", mid))
        if irt:
            H.append(("In-Reply-To", irt))
        if refs_v:
            H.append(("References", refs_v))
        H += [("Subject", subj), ("MIME-Version", "1.0")]
        H.append(("X-Mailer", xmailer or "WebService/1.1.23187 YMailNorrin"))
    else:  # generic: Date in local time
        H.append(("Received", received(f"{mta}.mta.{r.randrange(1, 9)}.out.example", ip, dt, r)))
        H += [("Date", hdate(dt)), ("From", hdr_addr(who)), ("To", hdr_addrs(to))]
        if cc:
            H.append(("Cc", hdr_addrs(cc)))
        H += [("Message-ID", mid), ("Subject", subj)]
        if irt:
            H.append(("In-Reply-To", irt))
        if refs_v:
            H.append(("References", refs_v))
        if xmailer:
            H.append(("X-Mailer", xmailer))
        H.append(("MIME-Version", "1.0"))
    H += list(extra)
    return H


def encode_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    from mime12 import ew

    return ew(s, "utf-8", "Q")


MTA_OF = {
    "outlook": "exo",
    "outlook_mac": "exo",
    "outlook_ios": "exo",
    "outlook_android": "exo",
    "owa": "exo",
    "gmail": "gmail",
    "gmail_app": "gmail",
    "apple": "apple",
    "ios": "ios",
    "yahoo": "yahoo",
    "aol": "yahoo",
}


def make_mid(fam, who, dt, r, region):
    mta = MTA_OF.get(fam, fam)
    dom = who.email.split("@")[1]
    if mta == "exo":
        return exo_mid(r, region)[0]
    if mta == "gmail":
        return gmail_mid(r)
    if mta in ("apple", "ios"):
        return apple_mid(r, dom)
    if fam == "yahoo":
        return yahoo_mid(r, dt)
    if fam == "aol":
        return yahoo_mid(r, dt)
    if fam == "aol_classic":
        return (
            f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**5, 10**6)}.{int(utc(dt).timestamp() * 1000)}@mail.aol.com>"
        )
    if fam == "superhuman":
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{''.join(r.choice(al) for _ in range(8))}.{uuid_of(r)}@we.are.superhuman.com>"
    if fam == "hey":
        return f"<{lowhex(r, 13)}_{lowhex(r, 6)}{r.randrange(100, 999)}@hey-app-{lowhex(r, 9)}-{lowhex(r, 5)}.mail>"
    if fam == "proton":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return f"<{''.join(r.choice(al) for _ in range(86))}=@proton.me>"
    if fam == "fastmail":
        return f"<{uuid_of(r)}@app.fastmail.com>"
    if fam == "zoho":
        return f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{r.randrange(10**18, 10**19)}@zohomail.com>"
    if fam == "front":
        return f"<front.{lowhex(r, 12)}.{lowhex(r, 24)}@{dom}>"
    if fam == "salesforce":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{''.join(r.choice(al) for _ in range(20))}00000000000000000000000000000000000000000000000{''.join(r.choice(al) for _ in range(30))}@sfdc.net>"
    if fam == "samsung":
        return f"<{uuid_of(r)}@email.android.com>"
    if fam == "thunderbird":
        return f"<{uuid_of(r)}@{dom}>"
    raise ValueError(fam)


XMAILER = {
    "outlook_mac": "Microsoft-MacOutlook/16.94.25020927",
    "superhuman": "Superhuman Desktop (2027-02-22T18:04:11Z)",
    "zoho": "Zoho Mail",
    "front": "Front (1.0; +https://frontapp.com; +msgid=msg_a8f3k2p)",
    "salesforce": "Salesforce Email",
    "samsung": None,
    "aol_classic": "AOL Desktop Gold 11.1.36",
    "thunderbird": None,
    "fastmail": "MessagingEngine.com Webmail Interface",
}


# --------------------------------------------------------------------------
# a labelled human reply
# --------------------------------------------------------------------------
class Reply:
    """A correspondent's reply. body: list of segments:
    ("N", text) new text (signature and a disclaimer under it included); ("D", line) a device line;
    ("Q",) the quoted history of the answered message; ("QI", [(anchor, text, style)...]) the quoted history with
    answers typed after the lines that start with each anchor; ("FWD", msg) a forwarded message;
    ("L", [Ln...]) literal items; ("BL",) an empty line.
    """

    def __init__(
        self,
        key,
        who,
        fam,
        ui,
        lang,
        ans,
        when_,
        body,
        *,
        to=None,
        cc=None,
        subject=None,
        opt_out=False,
        html_only=False,
        region="namprd04",
        inner_banner=None,
        rewrite=None,
        footer=None,
        firm_banner=None,
        extra_headers=(),
        subject_tag=None,
        irt=None,
        refs=None,
        plain_only=False,
        xmailer=None,
        emit=True,
    ):
        self.key = key
        self.slug = key
        self.who = who
        self.fam = fam
        self.ui = ui
        self.lang = lang
        self.ans = ans
        self.dt = (
            at(who.zone, when_)
            if when_.count(":") == 2
            else later(at(who.zone, when_), seconds=rng("sec", key).randrange(3, 58))
        )
        self.body = body
        self.to = to if to is not None else [ans.frm]
        self.cc = cc or []
        self.subject = subject
        self.opt_out = opt_out
        self.html_only = html_only
        self.region = region
        self.inner_banner = inner_banner
        self.rewrite = rewrite
        self.footer = footer
        self.firm_banner = firm_banner
        self.extra_headers = extra_headers
        self.subject_tag = subject_tag
        self.irt = irt
        self.refs = refs
        self.plain_only = plain_only or FAMS[fam].mime == "plain"
        self.xmailer = xmailer
        self.emit = emit
        self.r = rng("blind24", key)
        self.mid = make_mid(fam, who, self.dt, self.r, region)
        self._items = None

    # the sender's items (before the recipient's gateway)
    def quoted_msg(self):
        """The answered message as the sender's mailbox holds it (its gateway's subject tag included)."""
        if not self.subject_tag:
            return self.ans
        m = copy.copy(self.ans)
        m.subject = f"{self.subject_tag} {self.ans.subject}"
        return m

    def own_items(self):
        if self._items is not None:
            return self._items
        out = []
        fam = self.fam
        for seg in self.body:
            kind = seg[0]
            if kind == "N":
                out += items(seg[1], "N")
            elif kind == "D":
                out.append(Ln(seg[1], "D"))
            elif kind == "BL":
                out.append(Ln("", "N"))
            elif kind == "L":
                out += seg[1]
            elif kind == "Q":
                q = quote_items(self.quoted_msg(), fam, self.ui, self.who.zone, self.inner_banner)
                out += q
            elif kind == "QI":
                q = quote_items(self.quoted_msg(), fam, self.ui, self.who.zone, self.inner_banner)
                out += self._insert_answers(q, seg[1])
            elif kind == "FWD":
                out += forward_items(seg[1], fam, self.ui, self.who.zone)
            else:
                raise ValueError(kind)
        while out and not out[0].text and out[0].role == "Q":
            out.pop(0)  # a reply that opens with the quote (bottom-posting) opens with its attribution
        if self.footer:
            out += [Ln("", "F"), *(Ln(x, "F", 0, "footer") for x in self.footer)]
        self._items = out
        return out

    def _insert_answers(self, q, answers):
        out = []
        pending = list(answers)
        for ln in q:
            out.append(ln)
            if pending and ln.role == "Q" and ln.text.strip().startswith(pending[0][0]):
                _anchor, text, style = pending.pop(0)
                spaced = FAMS[self.fam].quote_marks != "none"
                if spaced:
                    out.append(Ln("", "A"))
                out += items(text, "A", 0, style)
                if spaced:
                    out.append(Ln("", "A"))
        if pending:
            raise ValueError(f"{self.key}: anchor not found: {pending[0][0]!r}")
        return out

    def received_items(self):
        """As the firm receives it: with its gateway's banner on top when the firm stamps it."""
        its = list(self.own_items())
        if self.firm_banner:
            its = [*(Ln(x, "B", 0, "banner") for x in self.firm_banner), Ln("", "B"), *its]
        return its

    def as_msg(self, for_firm=True):
        return Msg(
            self.who,
            self.to,
            self.cc,
            self.full_subject(),
            self.dt,
            self.mid,
            self.ref_list(),
            self.received_items() if for_firm else self.own_items(),
            self.fam,
        )

    def full_subject(self):
        if self.subject is not None:
            return self.subject
        s = self.ans.subject
        if self.subject_tag and not s.startswith(self.subject_tag):
            s = f"{self.subject_tag} {s}"
        return reply_subject(s, self.fam, self.ui)

    def ref_list(self):
        if self.refs is not None:
            return self.refs
        return self.ans.chain()

    def in_reply_to(self):
        return self.irt if self.irt is not None else self.ans.mid

    # ------------------------------------------------------------------
    def rows(self):
        fam = FAMS[self.fam]
        rw = rewriter(self.rewrite, self.key) if self.rewrite else None
        return render(self.received_items(), fam, rewrite=rw)

    def build(self):
        fam = FAMS[self.fam]
        rows = self.rows()
        text = "\n".join(x[0] for x in rows) + "\n"
        label = [x[0].strip() for x in rows if x[1] in ("N", "A") and x[0].strip()]
        device = next((x[0].strip() for x in rows if x[1] == "D"), None)
        first = next((x for x in rows if x[0].strip()), None)
        top = first is not None and first[1] == "N"
        lang_tag = {"en": "EN-US", "fr": "FR-CA", "es": "ES", "pt": "PT-BR"}.get(self.lang, "EN-US")
        html = None if self.plain_only else html_doc(rows, fam, lang_tag=lang_tag)
        raw = self.mime(text, html)
        # an HTML-only message: the label lines are the visible lines of its HTML
        mode = "html" if self.html_only else "text"
        return dict(
            slug=self.slug,
            key=self.key,
            date=self.dt.isoformat(),
            utc=utc(self.dt).isoformat(),
            answers=utc(self.ans.dt).isoformat(),
            new_text=label,
            device=device,
            sent=None,
            raw=raw,
            client=CLIENT_LABEL[self.fam],
            lang=self.lang,
            kind="human",
            opt_out=self.opt_out,
            mode=mode,
            top=top,
            has_answers=any(x[1] == "A" for x in rows),
            zone=self.who.zone,
        )

    def mime(self, text, html):
        fam = FAMS[self.fam]
        r = rng("blind24-mime", self.key)
        mta = MTA_OF.get(self.fam, self.fam)
        H = envelope(
            mta,
            self.who,
            self.to,
            self.cc,
            self.full_subject(),
            self.dt,
            self.mid,
            self.in_reply_to(),
            self.ref_list(),
            r,
            extra=self.extra_headers,
            region=self.region,
            ui=self.ui,
            xmailer=self.xmailer or XMAILER.get(self.fam),
        )
        if self.html_only:
            text = None
        if fam.mime == "exo":
            return assemble(H, text, html, "exo", boundary_exo(self.mid), cs_pref="utf-8")
        if fam.mime == "gmail":
            return assemble(H, text, html, "gmail", boundary_gmail(r))
        if fam.mime == "apple":
            return assemble(H, text, html, "apple", boundary_apple(r, ios=self.fam == "ios"))
        if fam.mime == "yahoo":
            b = f"----=_Part_{r.randrange(10**6, 10**7)}_{r.randrange(10**8, 10**9)}.{int(utc(self.dt).timestamp() * 1000)}"
            return assemble(H, text, html, "generic", b)
        if fam.mime == "plain":
            return assemble(H, text, None, "generic", None)
        b = {
            "samsung": f"--_com.samsung.android.email_{r.randrange(10**14, 10**15)}",
            "salesforce": f"----=_Part_{r.randrange(100, 999)}_{r.randrange(10**8, 10**9)}.{int(utc(self.dt).timestamp() * 1000)}",
            "proton": f"b1_{hexid(r, 40).lower()}",
            "superhuman": f"sh_{lowhex(r, 24)}",
        }.get(self.fam, f"=_{lowhex(r, 32)}")
        return assemble(H, text, html, "generic", b)


_ = (Person, items, later)
