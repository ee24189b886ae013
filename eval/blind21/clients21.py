"""How the clients' mail apps lay out a reply: attributions, header blocks, '>' quoting, device lines; the engine
that turns a case into segments (new text, inline answers, old text), the plain and HTML bodies and the label."""

from datetime import datetime

from firm21 import orig, sent_copy
from mime12 import D
from mime21 import build_mail, html_doc, mid_for

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_D = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_M = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
PL_D = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_M = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def who(o):
    return f"{o['frm'][0]} <{o['frm'][1]}>"


def header_lines(style, o):
    """Attribution or header block for the quoted message o, and whether the quote is '>'-prefixed."""
    d = dt(o["date"])
    hm = d.strftime("%H:%M")
    us = d.strftime("%A, %B %-d, %Y %-I:%M %p")
    to = f"{o['to'][0]} <{o['to'][1]}>"
    subj = o["subject"]
    if style == "outlook_win":
        return ["From: " + who(o), "Sent: " + d.strftime("%d %B %Y ") + hm, "To: " + to, "Subject: " + subj, ""], ""
    if style == "outlook_win_long":
        return [
            "From: " + who(o),
            "Sent: " + d.strftime("%A, %-d %B %Y ") + hm,
            "To: " + to,
            "Subject: " + subj,
            "",
        ], ""
    if style == "outlook_sep":
        return [
            "________________________________",
            "From: " + who(o),
            "Sent: " + us,
            "To: " + to,
            "Subject: " + subj,
            "",
        ], ""
    if style == "outlook_mobile":
        return ["From: " + who(o), "Sent: " + us, "To: " + to, "Subject: " + subj, ""], ""
    if style == "outlook_mac":
        return [
            "From: " + who(o),
            "Date: " + d.strftime("%A, %-d %B %Y at ") + hm,
            "To: " + to,
            "Subject: " + subj,
            "",
        ], ""
    if style == "aol":
        return [
            "-----Original Message-----",
            "From: " + who(o),
            "To: " + to,
            "Sent: " + d.strftime("%a, %-d %b %Y ") + hm,
            "Subject: " + subj,
            "",
        ], ""
    if style == "bt":
        return [
            "------ Original Message ------",
            "From: " + who(o),
            "To: " + to,
            "Sent: " + d.strftime("%A, %-d %b, %y At ") + hm,
            "Subject: " + subj,
            "",
        ], ""
    if style == "samsung":
        return [
            "-------- Original message --------",
            f"From: {who(o)} ",
            f"Date: {d.strftime('%d/%m/%Y')} {hm} (GMT+00:00) ",
            f"To: {to} ",
            f"Subject: {subj} ",
            "",
        ], ""
    if style == "gmail":
        return [f"On {d.strftime('%a, %-d %b %Y')} at {hm}, {who(o)} wrote:", ""], "> "
    if style == "gmail_wrapped":
        return [f"On {d.strftime('%a, %-d %b %Y')} at {hm}, {o['frm'][0]} <", f"{o['frm'][1]}> wrote:", ""], "> "
    if style == "apple":
        return [f"On {d.day} {MON[d.month - 1]} {d.year}, at {hm}, {who(o)} wrote:", ""], "> "
    if style == "ios":
        return [f"> On {d.day} {MON[d.month - 1]} {d.year}, at {hm}, {who(o)} wrote:", ">"], "> "
    if style == "thunderbird":
        return [f"On {d.strftime('%d/%m/%Y')} {hm}, {o['frm'][0]} wrote:"], "> "
    if style == "yahoo":
        return [f"On {d.strftime('%A, %-d %B %Y')} at {hm}:{d.minute % 50 + 3:02d} BST, {who(o)} wrote:", "", ""], ""
    if style == "webmail":
        return [f"> On {d.strftime('%d %B %Y')} at {hm} {who(o)} wrote:", ">", ">"], "> "
    if style == "proton":
        return [f"On {d.strftime('%A, %-d %B %Y')} at {hm}, {who(o)} wrote:", ""], "> "
    if style == "superhuman":
        return [f"On {d.strftime('%a, %b %d, %Y at %-I:%M %p')}, {who(o)} wrote:", ""], "> "
    if style == "front":
        return [f"On {d.strftime('%a, %b %-d, %Y at %-I:%M %p')}, {who(o)} wrote:", ""], "> "
    if style == "missive":
        return [f"On {d.strftime('%B %-d, %Y')}, {o['frm'][0]} <{o['frm'][1]}> wrote:", ""], "> "
    if style == "gmail_fr":
        return [f"Le {FR_D[d.weekday()]} {d.day} {FR_M[d.month - 1]} {d.year} à {hm}, {who(o)} a écrit :", ""], "> "
    if style == "gmail_pl":
        return [f"{PL_D[d.weekday()]}, {d.day} {PL_M[d.month - 1]} {d.year} o {hm} {who(o)}", "napisał(a):", ""], "> "
    if style == "apple_es":
        return [f"El {d.day} {ES_M[d.month - 1]} {d.year}, a las {hm}, {who(o)} escribió:", ""], "> "
    if style == "apple_fr":
        return [f"Le {d.day} avr. {d.year} à {hm}, {who(o)} a écrit :", ""], "> "
    if style == "outlook_mac_fr":
        fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()]
        return ["De : " + who(o), f"Date : {fr}, {d.day} avril {d.year} à {hm}", "À : " + to, "Objet : " + subj, ""], ""
    if style == "outlook_fr":
        fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()]
        return ["De : " + who(o), f"Envoyé : {fr} {d.day} avril {d.year} {hm}", "À : " + to, "Objet : " + subj, ""], ""
    if style == "outlook_es":
        es = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()]
        return [
            "De: " + who(o),
            f"Enviado el: {es}, {d.day} de abril de {d.year} {hm}",
            "Para: " + to,
            "Asunto: " + subj,
            "",
        ], ""
    if style == "gmail_es":
        es = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()]
        return [
            f"El {es}, {d.day} {ES_M[d.month - 1]} {d.year} a las {hm}, {o['frm'][0]} (<{o['frm'][1]}>)",
            "escribió:",
            "",
        ], "> "
    if style == "outlook_pl":
        pl = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][d.weekday()]
        return [
            "Od: " + who(o),
            f"Wysłane: {pl}, {d.day} kwietnia {d.year} {hm}",
            "Do: " + to,
            "Temat: " + subj,
            "",
        ], ""
    raise ValueError(style)


def pfx(lines, p):
    if not p:
        return list(lines)
    return [(p + ln) if ln.strip() else p.rstrip() for ln in lines]


REPLY_PREFIX = {
    "outlook_win": "RE: ",
    "new_outlook": "RE: ",
    "outlook_2016": "RE: ",
    "outlook_mobile": "RE: ",
    "samsung": "RE: ",
    "aol": "Re: ",
}


class Case:
    """A human reply. segments: list of (kind, lines): n new, a inline answer, o old (quoted/headers), d device."""

    def __init__(self, key, client, lang, frm, okey, date, **kw):
        self.key, self.client, self.lang, self.frm, self.okey, self.date = key, client, lang, frm, okey, date
        self.kw = kw
        first = kw.get("first") or frm[0].split()[0]
        self.o = orig(okey, first, kw.get("rcpt") or frm, kw.get("n", 0))
        if kw.get("o_override"):
            self.o.update(kw["o_override"])

    def segments(self):
        kw = self.kw
        if "segments" in kw:
            return kw["segments"](self.o) if callable(kw["segments"]) else kw["segments"]
        style = kw.get("style")
        hdr, p = header_lines(style, self.o)
        body = list(self.o["body"])
        if kw.get("rewrite"):
            body = [kw["rewrite"](ln) for ln in body]
        if kw.get("quote_banner"):
            body = [*kw["quote_banner"], "", *body]
        if kw.get("trim") is not None:
            body = body[: kw["trim"]]
        old_body = []
        segs = []
        answers = kw.get("answers", {})
        cur = []
        for i, ln in enumerate(body):
            cur.append(ln)
            if i in answers:
                segs.append(("o", pfx(cur, p)))
                cur = []
                segs.append(("a", answers[i]))
        if cur:
            segs.append(("o", pfx(cur, p)))
        old_body = segs
        top = []
        if kw.get("new"):
            top.append(("n", kw["new"]))
        if kw.get("device"):
            top.append(("d", ["", kw["device"]]))
        hdr_seg = [("o", ["", *hdr] if top else hdr)]
        after = []
        if kw.get("bottom"):
            after.append(("n", ["", *kw["bottom"]]))
            if kw.get("bottom_device"):
                after.append(("d", ["", kw["bottom_device"]]))
        if kw.get("footer"):
            after.append(("o", ["", *kw["footer"]]))
        return top + hdr_seg + old_body + after

    def build(self):
        kw = self.kw
        segs = self.segments()
        label = [ln.strip() for k, ls in segs if k in ("n", "a") for ln in ls if ln.strip()]
        top_posted = bool(segs) and segs[0][0] == "n" and not kw.get("bottom_only")
        plain_lines = [ln for _, ls in segs for ln in ls]
        subject = kw.get("subject") or (REPLY_PREFIX.get(self.client, "Re: ") + self.o["subject"])
        adviser = self.o["frm"]
        banner = None
        if self.o["who"] == "sd" and not kw.get("no_banner"):
            banner = [
                "CAUTION: This email originated from outside Ashdown Kerr Wealth. Do not click links or open attachments unless you recognise the sender.",
                "",
            ]
            subject = "[EXTERNAL] " + subject
        if banner:
            plain_lines = banner + plain_lines
        blocks = []
        if banner:
            blocks.append(("h", banner[:1]))
        for k, ls in segs:
            blocks.append(({"n": "n", "a": "a", "o": "q", "d": "n"}[k], ls))
        plain = "\n".join(plain_lines).rstrip("\n") + "\n"
        html = html_doc(blocks)
        dom = self.frm[1].split("@")[1]
        c = {
            "key": self.key,
            "client": self.client,
            "frm": self.frm,
            "to": kw.get("to") or [adviser],
            "cc": kw.get("cc"),
            "date": self.date,
            "subject": subject,
            "mid": mid_for(self.client, self.key, dom),
            "irt": kw.get("irt") or self.o["mid"],
            "refs": (self.o["mid"] + "\r\n " + kw["irt"]) if kw.get("irt") else None,
            "charset": kw.get("charset", "utf-8"),
            "cte": kw.get("cte", "quoted-printable"),
            "extra_headers": kw.get("headers", []),
        }
        if D(self.date, 1) <= D(self.o["date"], 1):
            raise SystemExit(f"{self.key}: dated before the message it answers")
        mode = kw.get("mode", "both")
        raw = build_mail(c, plain, html, mode)
        device = next((ls[-1] for k, ls in segs if k == "d"), None)
        return {
            "slug": self.key,
            "client": self.client,
            "lang": self.lang,
            "kind": "human",
            "raw": raw,
            "new_text": label,
            "mode": "html" if mode == "html" else "text",
            "top": top_posted and banner is None,
            "opt_out": bool(kw.get("opt_out")),
            "device": device,
            "sent": sent_copy(self.o) if (kw.get("replied_to") or kw.get("answers")) else None,
            "date": self.date,
        }


def sig(*lines):
    return list(lines)
