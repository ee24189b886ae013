"""Clients of blind22: attributions and header blocks per client and locale, ">" quoting, link rewriting, and the
Case engine that turns a case into segments (new text, inline answers, old text, device line). The label is the
stripped non-empty lines of the new-text and answer segments (in HTML-only messages: as the HTML shows them)."""

import re
from datetime import timedelta

import firm22
from mime12 import D, L, hexid, lowhex, prefix_lines, rfcdate, rng, thread_index
from mime22 import LINKPAT, addr_h, body_part, html_doc, mid_for, msg_bytes, subj_h

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
DAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "nl_ab": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "da_ab": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "sv_ab": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no_ab": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "de_ab": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "fr_ab": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "en_ab": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MARCH = {"nl": "maart", "da": "marts", "sv": "mars", "no": "mars", "de": "März", "fr": "mars", "en": "March"}


def at(s, zone="cet"):
    """Local wall-clock time in Europe (CET/CEST from 28 March 2027) or the UK (GMT/BST)."""
    if zone == "uk":
        return D(s, 1 if s >= "2027-03-28 01:00" else 0)
    return D(s, 2 if s >= "2027-03-28 02:00" else 1)


def local(dt, zone="cet"):
    """dt as the replier's client shows it."""
    u = dt.astimezone(D("2000-01-01 00:00", 0).tzinfo)
    summer = u >= D("2027-03-28 01:00", 0)  # both the UK and the Continent change at 01:00 UTC
    off = (1 if zone == "uk" else 2) if summer else (0 if zone == "uk" else 1)
    return u + timedelta(hours=off)


def hm(dt, sep=":"):
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def outlook_sent(lang, dt):
    assert dt.month == 3
    d, wd, y = dt.day, dt.weekday(), dt.year
    return {
        "nl": f"{DAYS['nl'][wd]} {d} maart {y} {hm(dt)}",
        "da": f"{d}. marts {y} {hm(dt)}",
        "sv": f"den {d} mars {y} {hm(dt)}",
        "no": f"{DAYS['no'][wd]} {d}. mars {y} {hm(dt)}",
        "de": f"{DAYS['de'][wd]}, {d}. März {y} {hm(dt)}",
        "fr": f"{DAYS['fr'][wd]} {d} mars {y} {hm(dt)}",
        "en": f"{d:02d} March {y} {hm(dt)}",
    }[lang]


OUTLOOK_LABELS = {
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "no": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
ORIGINAL_MSG = {
    "nl": "-----Oorspronkelijk bericht-----",
    "da": "-----Oprindelig meddelelse-----",
    "sv": "-----Ursprungligt meddelande-----",
    "no": "-----Opprinnelig melding-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "en": "-----Original Message-----",
}
MAC_LABELS = {
    "nl": ("Van:", "Datum:", "Aan:", "Onderwerp:"),
    "da": ("Fra:", "Dato:", "Til:", "Emne:"),
    "no": ("Fra:", "Dato:", "Til:", "Emne:"),
    "en": ("From:", "Date:", "To:", "Subject:"),
}


def mac_date(lang, dt):
    d, wd, y = dt.day, dt.weekday(), dt.year
    return {
        "nl": f"{DAYS['nl'][wd]}, {d} maart {y} om {hm(dt)}",
        "da": f"{DAYS['da'][wd]} den {d}. marts {y} kl. {hm(dt, '.')}",
        "no": f"{DAYS['no'][wd]}, {d}. mars {y} kl. {hm(dt)}",
        "en": f"{DAYS['en'][wd]}, {d} March {y} at {hm(dt)}",
    }[lang]


def attribution(kind, lang, dt, name, email):
    d, wd, y = dt.day, dt.weekday(), dt.year
    a = f"{name} <{email}>"
    if kind in ("gmail", "gmail_alt"):
        return {
            "nl": f"Op {DAYS['nl_ab'][wd]} {d} mrt {y} om {hm(dt)} schreef {a}"
            + (" het volgende:" if kind == "gmail_alt" else ":"),
            "da": f"Den {DAYS['da_ab'][wd]} {d}. mar. {y} kl. {hm(dt, '.')} skrev {a}:",
            "sv": f"Den {DAYS['sv_ab'][wd]} {d} mars {y} kl {hm(dt)} skrev {a}:",
            "no": f"{DAYS['no_ab'][wd]} {d}. mar. {y} kl. {hm(dt)} skrev {a}:",
            "de": f"Am {DAYS['de_ab'][wd]}, {d}. März {y} um {hm(dt)} Uhr schrieb {a}:",
            "fr": f"Le {DAYS['fr_ab'][wd]} {d} mars {y} à {hm(dt)}, {a} a écrit :",
            "en": f"On {DAYS['en_ab'][wd]}, {d} Mar {y} at {hm(dt)}, {a} wrote:",
        }[lang]
    if kind in ("apple", "ios"):
        return {
            "nl": f"Op {d} mrt {y}, om {hm(dt)} heeft {a} het volgende geschreven:",
            "da": f"Den {d}. mar. {y} kl. {hm(dt, '.')} skrev {a}:",
            "sv": f"{d} mars {y} kl. {hm(dt, '.')} skrev {a}:",
            "no": f"{d}. mar. {y} kl. {hm(dt)} skrev {a}:",
            "de": f"Am {d:02d}.{dt.month:02d}.{y} um {hm(dt)} schrieb {a}:",
            "fr": f"Le {d} mars {y} à {hm(dt)}, {a} a écrit :",
            "en": f"On {d} Mar {y}, at {hm(dt)}, {a} wrote:",
        }[lang]
    if kind == "tb":
        return {
            "nl": f"Op {d:02d}-{dt.month:02d}-{y} om {hm(dt)} schreef {name}:",
            "da": f"Den {d:02d}.{dt.month:02d}.{y} kl. {hm(dt, '.')} skrev {name}:",
            "sv": f"Den {y}-{dt.month:02d}-{d:02d} kl. {hm(dt)}, skrev {name}:",
            "de": f"Am {d:02d}.{dt.month:02d}.{y % 100:02d} um {hm(dt)} schrieb {name}:",
            "en": f"On {d:02d}/{dt.month:02d}/{y} {hm(dt)}, {name} wrote:",
        }[lang]
    if kind == "roundcube":
        return f"Op {y}-{dt.month:02d}-{d:02d} {hm(dt)} schreef {name}:"
    if kind == "ox":
        return {
            "nl": f"{a} heeft op {d} maart {y} om {hm(dt)} geschreven:",
            "de": f"{a} hat am {d}. März {y} um {hm(dt)} geschrieben:",
        }[lang]
    if kind == "fastmail":
        return f"On {DAYS['en_ab'][wd]}, {d} Mar {y}, at {hm(dt)}, {name} wrote:"
    if kind in ("front", "helpscout"):
        h12 = dt.hour % 12 or 12
        ap = "AM" if dt.hour < 12 else "PM"
        return f"On {DAYS['en_ab'][wd]}, Mar {d}, {y} at {h12}:{dt.minute:02d} {ap}, {a} wrote:"
    raise ValueError(kind)


QUOTE_STYLES = ("gmail", "gmail_alt", "apple", "ios", "tb", "roundcube", "ox", "fastmail", "front", "helpscout")

# --------------------------------------------------------------------------
# link rewriting by a recipient's gateway (in the quoted copy only)
# --------------------------------------------------------------------------


def rewrite_links(lines, kind, key):
    r = rng("b22-rewrite", key)

    def sub(m):
        url = m.group(2)
        if kind.startswith("mimecast"):
            dom = re.sub(r"^https?://([^/]+).*$", r"\1", url)
            region = kind.partition("-")[2] or "de"
            return f"{m.group(1)}<https://url.{region}.m.mimecastprotect.com/s/{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(22))}?domain={dom}>"
        return f"{m.group(1)}<https://urldefense.com/v3/__{url}__;!!{lowhex(r, 6)}!{hexid(r, 30)}$>"

    return [LINKPAT.sub(sub, ln) if "mailto:" not in ln else ln for ln in lines]


# --------------------------------------------------------------------------
# clients
# --------------------------------------------------------------------------
PROFILE = {
    "outlook": dict(mid="exo", html="outlook"),
    "outlook_imap": dict(mid="outlook_imap", html="outlook"),
    "outlook_mac": dict(mid="exo", html="div"),
    "outlook_web": dict(mid="exo", html="owa", html_only=True),
    "outlook_mobile": dict(mid="exo", html="div"),
    "gmail": dict(mid="gmail", html="gmail"),
    "apple_mail": dict(mid="apple", html="apple"),
    "ios_mail": dict(mid="apple", html="apple"),
    "thunderbird": dict(mid="tb", html=None, flowed=True, cte="8bit"),
    "roundcube": dict(mid="generic", html=None, flowed=True),
    "open_xchange": dict(mid="ox", html="div"),
    "zimbra": dict(mid="zimbra", html="div"),
    "notes": dict(mid="notes", html="div"),
    "fastmail": dict(mid="fastmail", html="div"),
    "front": dict(mid="front", html="div"),
    "help_scout": dict(mid="helpscout", html="div"),
    "webmail": dict(mid="generic", html=None),
}
RE_PREFIX = {"nl": "RE: ", "da": "SV: ", "sv": "SV: ", "no": "SV: ", "de": "AW: ", "fr": "RE : ", "en": "RE: "}
FW_PREFIX = {"nl": "FW: ", "da": "VS: ", "sv": "VB: ", "no": "VS: ", "de": "WG: ", "fr": "TR : ", "en": "FW: "}

BRUSSELS_BANNER = [
    "[EXTERN] LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen "
    "als u de afzender niet vertrouwt.",
    "[EXTERNE] ATTENTION : ce courriel provient de l'extérieur de l'organisation. Ne cliquez sur aucun lien si vous "
    "ne connaissez pas l'expéditeur.",
]
BRUSSELS = ("p.desmedt@", "e.vandamme@")


def is_brussels(email):
    return email.startswith(BRUSSELS)


class Seg:
    def __init__(self, kind, lines, html=None, color=None):
        self.kind, self.lines, self.html, self.color = kind, list(lines), html, color


def clean(block):
    return L(block) if block else []


class Case:
    def __init__(self, key, client, lang, who, orig, when, new=None, **kw):
        self.key, self.client, self.lang, self.who, self.orig, self.when = key, client, lang, who, orig, when
        self.new = clean(new)
        self.kw = kw

    def g(self, k, default=None):
        return self.kw.get(k, default)

    # -- history ------------------------------------------------------------
    def header_block(self, style, hlang, p):
        to = "; ".join(f"{w[0]} <{w[1]}>" if style != "notes" else f'"{w[0]}" <{w[1]}>' for w in p["to"])
        cc = "; ".join(f"{w[0]} <{w[1]}>" for w in p.get("cc", []))
        dt = local(p["dt"], self.g("zone", "cet"))
        frm = f"{p['frm'][0]} <{p['frm'][1]}>"
        # the recipient's own gateway tag ("[EXTERN] ") shows in their copy of the subject too
        subj = self.g("subj_tag", "") + p["subject"]
        if style in ("outlook", "outlook_bar", "outlook_orig", "owa"):
            lab = OUTLOOK_LABELS[hlang]
            out = [f"{lab[0]} {frm}", f"{lab[1]} {outlook_sent(hlang, dt)}", f"{lab[2]} {to}"]
            if cc:
                out.append(f"{lab[3]} {cc}")
            out.append(f"{lab[4]} {subj}")
            if style == "outlook_bar":
                out.insert(0, "________________________________")
            if style == "outlook_orig":
                out.insert(0, ORIGINAL_MSG[hlang])
            return out
        if style == "mac":
            lab = MAC_LABELS[hlang]
            return [f"{lab[0]} {frm}", f"{lab[1]} {mac_date(hlang, dt)}", f"{lab[2]} {to}", f"{lab[3]} {subj}"]
        if style == "notes":
            return [
                f'Von:        "{p["frm"][0]}" <{p["frm"][1]}>',
                f"An:        {to}",
                f"Datum:        {dt.day:02d}.{dt.month:02d}.{dt.year} {hm(dt)}",
                f"Betreff:        {subj}",
            ]
        if style == "jubi":
            return [
                "----- Oprindelig meddelelse -----",
                f"Fra: {frm}",
                f"Til: {to}",
                f"Sendt: {DAYS['da'][dt.weekday()]} den {dt.day}. marts {dt.year} kl. {hm(dt, '.')}",
                f"Emne: {subj}",
            ]
        if style == "zimbra":
            return [
                "----- Oorspronkelijk bericht -----",
                f'Van: "{p["frm"][0]}" <{p["frm"][1]}>',
                f'Aan: "{self.who[0]}" <{self.who[1]}>',
                f"Verzonden: {DAYS['nl'][dt.weekday()].capitalize()} {dt.day} maart {dt.year} {hm(dt)}:00",
                f"Onderwerp: {subj}",
            ]
        raise ValueError(style)

    def parent(self, oc):
        fc = self.g("chain")
        if not fc:
            return oc
        # the message answered is a forward of the firm's message: the forward's whole body is the history
        _oc, _p, fdt, fsegs, _to, _cc = fc.compose()
        lines = [ln for s in fsegs for ln in s.lines]
        return dict(
            frm=fc.who,
            to=fc.g("to"),
            cc=fc.g("cc", []),
            dt=fdt,
            subject=FW_PREFIX[fc.lang] + oc["subject"],
            lines=lines,
        )

    def stamp(self):
        r = rng("b22-reply", self.key)
        dt = at(self.when, self.g("zone", "cet")) + timedelta(seconds=r.randrange(60))
        return r, dt

    def message_id(self):
        r, _dt = self.stamp()
        return mid_for(PROFILE[self.client]["mid"], r, self.who[1].split("@")[1])

    def history(self, oc):
        style = self.g("style")
        hlang = self.g("hlang", self.lang)
        p = self.parent(oc)
        body = list(p["lines"])
        if self.g("rewrite"):
            body = rewrite_links(body, self.g("rewrite"), self.key)
        if self.g("qtop"):
            body = [*self.g("qtop"), "", *body]
        # split at the answers
        chunks = [("old", [])]
        answers = list(self.g("answers", ()))
        ai = 0
        for ln in body:
            chunks[-1][1].append(ln)
            if ai < len(answers) and answers[ai][0] in ln:
                chunks.append(("ans", clean(answers[ai][1])))
                chunks.append(("old", []))
                ai += 1
        if ai != len(answers):
            raise ValueError(f"{self.key}: answer anchor not found: {answers[ai][0]!r}")
        keep = self.g("keep")
        if keep:
            chunks = [(k, [ln for ln in ls if any(s in ln for s in keep)] if k == "old" else ls) for k, ls in chunks]
        color = self.g("ans_color")
        blank = self.g("ans_blank", style in QUOTE_STYLES or style == "zimbra")
        segs = []
        dt = local(p["dt"], self.g("zone", "cet"))
        if style in QUOTE_STYLES:
            attr = attribution(style, hlang, dt, *p["frm"])
            html_attr = [attr]
            attr_lines = [attr]
            if self.g("attr_wrap"):
                i = attr.index(" <")
                attr_lines = [attr[: i + 2], attr[i + 2 :]]
            if style in ("ios", "ox"):
                segs.append(Seg("old", [*prefix_lines(attr_lines), ">"], html=[*html_attr, ""]))
            elif style == "apple":
                segs.append(Seg("old", [*attr_lines, ""], html=[*html_attr, ""]))
            else:
                segs.append(Seg("old", attr_lines, html=html_attr))
            quote = True
        else:
            hdr = self.header_block(style, hlang, p)
            if style == "owa":
                segs.append(Seg("rule", []))
            segs.append(Seg("old", [*hdr, ""]))
            quote = style == "zimbra"
        for k, ls in chunks:
            if k == "old":
                if not ls:
                    continue
                while ls and not ls[-1].strip() and k == "old":
                    ls = ls[:-1]
                segs.append(Seg("old", prefix_lines(ls, "> ", ">") if quote else ls))
            else:
                segs.append(Seg("ans", ([""] if blank else []) + ls + ([""] if blank else []), color=color))
        return segs

    # -- message ----------------------------------------------------------------
    def compose(self):
        oc = firm22.copy(self.orig, self.key, self.who, self.g("greet"))
        p = self.parent(oc)
        _r, dt = self.stamp()
        to = self.g("to") or [p["frm"]]
        cc = self.g("cc", [])
        segs = []
        if self.new:
            segs.append(Seg("new", self.new))
        if self.g("device") and not self.g("dev_last"):
            segs += [Seg("old", [""]), Seg("dev", [self.g("device")])]
        if self.g("style") != "none":
            if segs:
                segs.append(Seg("old", [""]))
            segs += self.history(oc)
        if self.g("after"):
            segs.append(Seg("old", ["", *clean(self.g("after"))]))
        if self.g("tail"):
            segs += [Seg("old", [""]), Seg("new", clean(self.g("tail")))]
        if self.g("device") and self.g("dev_last"):
            segs += [Seg("old", [""]), Seg("dev", [self.g("device")])]
        return oc, p, dt, segs, to, cc

    def build(self):
        who_name, who_email = self.who
        oc, p, dt, segs, to, cc = self.compose()
        r, _dt = self.stamp()
        if dt <= p["dt"]:
            raise ValueError(f"{self.key}: reply dated before the message it answers")
        stamped = any(is_brussels(e) for _n, e in [*to, *cc])
        prof = PROFILE[self.client]
        mode = "html" if prof.get("html_only") else "text"
        label = []
        for s in segs:
            if s.kind in ("new", "ans"):
                for ln in s.lines:
                    x = ln.strip()
                    if mode == "html":
                        x = re.sub(r"\s+", " ", LINKPAT.sub(lambda m: m.group(1), x)).strip()
                    if x:
                        label.append(x)
        text_lines = []
        if stamped:
            text_lines += [*BRUSSELS_BANNER, ""]
        for s in segs:
            text_lines += s.lines
        cs = self.g("cs", "utf-8")
        html_style = prof["html"]
        domain = who_email.split("@")[1]
        mid = mid_for(prof["mid"], r, domain)
        html = None
        if html_style:
            html = html_doc(html_style, segs, cs, self.lang.upper(), banner=BRUSSELS_BANNER if stamped else None)
        if self.client in ("apple_mail", "ios_mail"):
            boundary = f"Apple-Mail={'_' if self.client == 'apple_mail' else '-'}{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        elif self.client == "gmail":
            boundary = "000000000000" + lowhex(r, 16)
        elif prof["mid"] == "exo":
            boundary = f"_000_{mid[1:].split('@')[0]}_"
        else:
            boundary = (
                f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"
            )
        part = body_part(
            text_lines,
            html,
            cs,
            self.g("cte", prof.get("cte", "quoted-printable")),
            boundary,
            flowed=prof.get("flowed", False),
            html_only=mode == "html",
        )
        subject = p["subject"]
        if self.g("fwd"):
            prefix = FW_PREFIX[self.lang]
        else:
            prefix = self.g("prefix") or (RE_PREFIX[self.lang] if prof["mid"] in ("exo", "outlook_imap") else "Re: ")
        subject = prefix + self.g("subj_tag", "") + subject
        if stamped:
            subject = "[EXTERN] " + subject
        ip = f"{r.choice(['203.0.113', '198.51.100'])}.{r.randrange(2, 250)}"
        host = self.g("host") or f"mail.{domain}"
        headers = [
            (
                "Received",
                f"from {host} ({host} [{ip}]) by mx.{firm22.DOMAIN} with ESMTPS id {hexid(r, 10)}; {rfcdate(dt)}",
            ),
            ("From", addr_h(who_name, who_email)),
            ("To", ", ".join(addr_h(*w) for w in to)),
        ]
        if cc:
            headers.append(("Cc", ", ".join(addr_h(*w) for w in cc)))
        headers += [("Subject", subj_h("", subject)), ("Date", rfcdate(dt)), ("Message-ID", mid)]
        refs = [oc["mid"]] if not self.g("chain") else [self.g("chain").message_id()]
        if not self.g("fwd"):
            headers += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
        headers += self.client_headers(r, subject)
        raw = msg_bytes(headers, part)
        answered = bool(self.g("answers"))
        sent = firm22.sent_raw(oc) if answered else None
        return dict(
            slug=self.key,
            client=self.client,
            lang=self.lang,
            kind="human",
            date=dt.isoformat(),
            raw=raw,
            new_text=label,
            mode=mode,
            top=bool(self.new) and not stamped,
            device=self.g("device"),
            opt_out=self.g("opt_out", False),
            sent=sent,
            parent_date=p["dt"].isoformat(),
        )

    def client_headers(self, r, subject):
        c = self.client
        lang_tag = firm22.CLANG[self.lang]
        if c in ("outlook", "outlook_web", "outlook_mobile", "outlook_mac"):
            h = [
                (
                    "Thread-Topic",
                    subj_h("", re.sub(r"^(?:\[EXTERN\] )?(?:RE|SV|AW|FW|VS|VB|WG|Re|TR) ?: ", "", subject)),
                ),
                ("Thread-Index", thread_index(r, 2)),
                ("Accept-Language", f"{lang_tag}, en-US"),
                ("Content-Language", lang_tag),
                ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""),
            ]
            if c == "outlook_mac":
                h.append(("User-Agent", "Microsoft-MacOutlook/16.95.25031618"))
            return [*h, ("MIME-Version", "1.0")]
        if c == "outlook_imap":
            return [
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", thread_index(r, 1)),
                ("Content-Language", lang_tag),
                ("MIME-Version", "1.0"),
            ]
        if c == "apple_mail":
            return [
                ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
                ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
            ]
        if c == "ios_mail":
            return [("X-Mailer", "iPhone Mail (22D72)"), ("Mime-Version", "1.0 (1.0)")]
        extra = {
            "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", self.lang)],
            "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
            "open_xchange": [
                ("X-Mailer", "Open-Xchange Mailer v8.27.106"),
                ("X-Originating-Client", "open-xchange-appsuite"),
            ],
            "zimbra": [
                ("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF125 (Win)/10.0.8_GA_4611)"),
                ("Thread-Topic", subj_h("", subject[4:])),
                ("Thread-Index", thread_index(r, 1)),
            ],
            "notes": [
                ("X-Mailer", "HCL Notes Release 12.0.2FP4"),
                ("X-KeepSent", f"{hexid(r, 8)}:{hexid(r, 8)}-C1258C3A:00{hexid(r, 6)};"),
            ],
            "fastmail": [("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1408-g6d1a4e6f0-fm-20270301.001-g6d1a4e6f")],
            "front": [("X-Mailer", "Front (1.0; +https://frontapp.com)")],
            "help_scout": [("X-HelpScout-Conversation-Id", str(r.randrange(10**9, 10**10)))],
            "webmail": [("X-Mailer", "Jubimail Webmail 7.4")],
            "gmail": [],
        }[c]
        return [*extra, ("MIME-Version", "1.0")]
