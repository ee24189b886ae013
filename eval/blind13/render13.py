"""blind13 renderer: turns a thread (earlier messages, oldest first) plus the new message of a spec into a raw
email, the label lines it intends (the new text as written in the spec, rendered the way the client renders it),
the checker mode ("text"/"html") and whether the message is top-posted.

Nothing here parses mail: the label of a message is the spec's own new text (and answer blocks), rendered line by
line with the same link/image rules as the body, so the label says what the spec author wrote.
"""
import html as _html
import re
import textwrap

from mime12 import D, Part, pycs, addrlist, addr, b64, ew, ew_subject, flow, hexid, lowhex, message, multipart, \
    prefix_lines, rfcdate, rng, text_part, thread_index

OUTLOOK_DESK = ("outlook2013", "outlook2016", "outlook2019", "outlook365", "outlook_plain")
OUTLOOK_WEB = ("owa", "new_outlook")
OUTLOOK_MOBILE = ("outlook_ios", "outlook_android")
OUTLOOKISH = OUTLOOK_DESK + OUTLOOK_WEB + OUTLOOK_MOBILE
GMAILS = ("gmail", "gmail_android")
APPLES = ("apple_mail", "ios_mail")
NOTES = ("lotus_notes", "hcl_notes")

DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}
FR_DAY_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DE_DAY_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
ES_DAY_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
IT_DAY_ABBR = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MON_ABBR = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
NL_DAY_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

OL_LABELS = {
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", "Date"),
    "en": ("From", "Sent", "To", "Cc", "Subject", "Date"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", "Datum"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", "Fecha"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto", "Data"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "Datum"),
}
ORIGINAL = {"fr": "-----Message d'origine-----", "en": "-----Original Message-----",
            "de": "-----Ursprüngliche Nachricht-----", "es": "-----Mensaje original-----",
            "it": "-----Messaggio originale-----", "nl": "-----Oorspronkelijk bericht-----"}
RE_PREFIX = {"fr": "RE: ", "en": "RE: ", "de": "AW: ", "es": "RE: ", "it": "R: ", "nl": "RE: "}
FW_PREFIX = {"fr": "TR: ", "en": "FW: ", "de": "WG: ", "es": "RV: ", "it": "I: ", "nl": "FW: "}
UNDERSCORES = "_" * 32


def colon(lang):
    return " : " if lang == "fr" else ": "


def hcolon(lang):
    return "&nbsp;:" if lang == "fr" else ":"


def ol_date(dt, lang, seconds=False):
    d, m, y, wd = dt.day, dt.month, dt.year, dt.weekday()
    hm = dt.strftime("%H:%M:%S" if seconds else "%H:%M")
    if lang == "en":
        h12 = dt.hour % 12 or 12
        ap = "AM" if dt.hour < 12 else "PM"
        sec = f":{dt.second:02d}" if seconds else ""
        return f"{DAYS['en'][wd]}, {MONTHS['en'][m - 1]} {d}, {y} {h12}:{dt.minute:02d}{sec} {ap}"
    if lang == "de":
        return f"{DAYS['de'][wd]}, {d}. {MONTHS['de'][m - 1]} {y} {hm}"
    if lang == "es":
        return f"{DAYS['es'][wd]}, {d} de {MONTHS['es'][m - 1]} de {y} {hm}"
    return f"{DAYS[lang][wd]} {d} {MONTHS[lang][m - 1]} {y} {hm}"


def gmail_attr(dt, lang, name, email):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    hm = dt.strftime("%H:%M")
    if lang == "fr":
        return f"Le {FR_DAY_ABBR[wd]} {d} {FR_MON_ABBR[m]} {y} à {hm}, {name} <{email}> a écrit :"
    if lang == "en":
        h12 = dt.hour % 12 or 12
        ap = "AM" if dt.hour < 12 else "PM"
        return f"On {EN_DAY_ABBR[wd]}, {EN_MON_ABBR[m]} {d}, {y} at {h12}:{dt.minute:02d} {ap} {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {DE_DAY_ABBR[wd]}, {d}. {DE_MON_ABBR[m]} {y} um {hm} Uhr schrieb {name} <{email}>:"
    if lang == "es":
        return f"El {ES_DAY_ABBR[wd]}, {d} {ES_MON_ABBR[m]} {y} a las {hm}, {name} (<{email}>) escribió:"
    if lang == "it":
        return f"Il giorno {IT_DAY_ABBR[wd]} {d} {IT_MON_ABBR[m]} {y} alle ore {hm} {name} <{email}> ha scritto:"
    if lang == "nl":
        return f"Op {NL_DAY_ABBR[wd]} {d} {NL_MON_ABBR[m]} {y} om {hm} schreef {name} <{email}>:"
    raise ValueError(lang)


def apple_attr(dt, lang, name, email):
    d, m, y = dt.day, dt.month - 1, dt.year
    hm = dt.strftime("%H:%M")
    if lang == "fr":
        return f"Le {d} {FR_MON_ABBR[m]} {y} à {hm}, {name} <{email}> a écrit :"
    if lang == "en":
        h12 = dt.hour % 12 or 12
        ap = "AM" if dt.hour < 12 else "PM"
        return f"On {EN_MON_ABBR[m]} {d}, {y}, at {h12}:{dt.minute:02d}\u202f{ap}, {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {d:02d}.{m + 1:02d}.{y} um {hm} schrieb {name} <{email}>:"
    if lang == "es":
        return f"El {d} {ES_MON_ABBR[m]} {y}, a las {hm}, {name} <{email}> escribió:"
    if lang == "it":
        return f"Il giorno {d} {IT_MON_ABBR[m]} {y}, alle ore {hm}, {name} <{email}> ha scritto:"
    if lang == "nl":
        return f"Op {d} {NL_MON_ABBR[m]}. {y} om {hm} heeft {name} <{email}> het volgende geschreven:"
    raise ValueError(lang)


def tb_attr(dt, lang, name, email):
    if lang == "fr":
        return f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {name} a écrit :"
    if lang == "de":
        return f"Am {dt:%d.%m.%y} um {dt:%H:%M} schrieb {name}:"
    if lang == "en":
        return f"On {dt:%d/%m/%Y} {dt:%H:%M}, {name} wrote:"
    if lang == "nl":
        return f"Op {dt:%d-%m-%Y} om {dt:%H:%M} schreef {name}:"
    if lang == "es":
        return f"El {dt:%d/%m/%Y} a las {dt:%H:%M}, {name} escribió:"
    if lang == "it":
        return f"Il {dt:%d/%m/%Y} {dt:%H:%M}, {name} ha scritto:"
    raise ValueError(lang)


# --------------------------------------------------------------------------
# line rendering: "[[text|url]]" is a link, "{cid:...}" an inline image
# --------------------------------------------------------------------------
LINKRE = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
CIDRE = re.compile(r"^\{cid:([^}]+)\}$")


def pline(line, client):
    m = CIDRE.match(line)
    if m:
        return f"[cid:{m.group(1)}]" if client in OUTLOOK_DESK + OUTLOOK_MOBILE else None
    if client in OUTLOOKISH:
        return LINKRE.sub(lambda mm: f"{mm.group(1)}<{mm.group(2)}>", line)
    if client in GMAILS + APPLES:
        return LINKRE.sub(lambda mm: f"{mm.group(1)} <{mm.group(2)}>", line)
    return LINKRE.sub(lambda mm: mm.group(1), line)


def hline(line):
    m = CIDRE.match(line)
    if m:
        return f'<img width="160" height="48" src="cid:{m.group(1)}" alt="Logo">'
    out = []
    pos = 0
    for mm in LINKRE.finditer(line):
        out.append(esc(line[pos:mm.start()]))
        out.append(f'<a href="{mm.group(2)}">{esc(mm.group(1))}</a>')
        pos = mm.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def esc(s):
    s = _html.escape(s, quote=False)
    return s.replace("  ", " &nbsp;").replace("\t", " &nbsp; &nbsp;")


def plain_lines(lines, client):
    out = []
    for ln in lines:
        p = pline(ln, client)
        if p is not None:
            out.append(p)
    return out


def html_block(lines, client, color=None):
    """HTML for a list of spec lines in the client's editor markup."""
    st = f' style="color:{color}"' if color else ""
    out = []
    for ln in lines:
        if CIDRE.match(ln) and client not in OUTLOOK_DESK + OUTLOOK_MOBILE:
            continue
        h = hline(ln)
        if client in OUTLOOK_DESK:
            if ln.strip():
                out.append(f'<p class="MsoNormal"><span{st}>{h}<o:p></o:p></span></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif client in NOTES:
            out.append(f'<font size="2" face="sans-serif"{st}>{h}</font><br>' if ln.strip() else "<br>")
        else:
            out.append(f"<div{st}>{h}</div>" if ln.strip() else "<div><br></div>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# thread messages
# --------------------------------------------------------------------------
class Msg:
    def __init__(self, people, d):
        self.frm = people[d["who"]]
        self.to = [people[k] for k in d.get("to", [])]
        self.cc = [people[k] for k in d.get("cc", [])]
        self.dt = D(d["date"], d.get("off", 1))
        self.client = d["client"]
        self.lang = d["lang"]
        sig = d.get("sig", "default")
        if sig == "default":
            sig = self.frm.get("sig", [])
        self.lines = list(d["body"]) + ([""] + list(sig) if sig else [])
        if d.get("device"):
            self.lines += ["", d["device"]]
        self.d = d
        self.subject = None


def who_ol(p, style):
    if style == "mailto":
        return f"{p['name']} [mailto:{p['email']}]"
    if style == "name":
        return p["name"]
    return f"{p['name']} <{p['email']}>"


def header_fields(prev, lang, client, datelabel=False, secs=False):
    lab = OL_LABELS[lang]
    style = "mailto" if client == "outlook2013" else "angle"
    tostyle = "name" if client == "outlook2013" else "angle"
    f = [(lab[0], who_ol(prev.frm, style)),
         (lab[5] if datelabel else lab[1], ol_date(prev.dt, lang, secs)),
         (lab[2], "; ".join(who_ol(p, tostyle) for p in prev.to))]
    if prev.cc:
        f.append((lab[3], "; ".join(who_ol(p, tostyle) for p in prev.cc)))
    f.append((lab[4], prev.subject))
    if client in OUTLOOK_WEB + OUTLOOK_MOBILE and not datelabel:
        # OWA and Outlook mobile put Subject before Cc? no: From, Sent, To, Cc, Subject as desktop
        pass
    return f


def quote_block(client, lang, prev, pp, ph, o):
    """Return (plain lines, html) of the history block a client puts under a reply to prev.
    pp/ph: prev's full plain lines / html fragment."""
    sep = o.get("sep", "none")
    if client in OUTLOOK_DESK:
        fields = header_fields(prev, lang, client, o.get("datelabel", False))
        hp = [f"{k}{colon(lang)}{v}" for k, v in fields]
        if sep == "underscore":
            plain = ["", UNDERSCORES] + hp + [""]
        elif sep == "original":
            plain = ["", ORIGINAL[lang]] + hp + [""]
        else:
            plain = [""] + hp + [""]
        if o.get("nobold") or sep == "original":
            hh = "<br>\n".join(f"{esc(k)}{hcolon(lang)} {esc(v)}" for k, v in fields)
        else:
            hh = "<br>\n".join(f"<b>{esc(k)}{hcolon(lang)}</b> {esc(v)}" for k, v in fields)
        if sep == "underscore":
            top = ('<div class="MsoNormal" align="center" style="text-align:center"><span lang="FR">'
                   '<hr size="2" width="100%" align="center"></span></div>\n'
                   f'<p class="MsoNormal"><span>{hh}<o:p></o:p></span></p>')
        elif sep == "original":
            top = f'<p class="MsoNormal"><span>{esc(ORIGINAL[lang])}<br>\n{hh}<o:p></o:p></span></p>'
        else:
            color = "#B5C4DF" if client == "outlook2013" else "#E1E1E1"
            top = (f'<div style="border:none;border-top:solid {color} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                   f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                   f'{hh}<o:p></o:p></span></p>\n</div>')
        html = f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n{top}\n</div>\n' \
               f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{ph}'
        return plain + pp, html
    if client in OUTLOOK_WEB + OUTLOOK_MOBILE:
        datelabel = client == "new_outlook"
        fields = header_fields(prev, lang, client, datelabel, secs=client in OUTLOOK_MOBILE)
        hp = [f"{k}{colon(lang)}{v}" for k, v in fields]
        hh = "<br>\n".join(f"<b>{esc(k)}{hcolon(lang)}</b> {esc(v)}" for k, v in fields)
        if client == "new_outlook":
            plain = [""] + hp + [""]
            html = ('<div id="mail-editor-reference-message-container"><br>\n'
                    '<div class="ms-outlook-mobile-reference-message skipProofing" style="text-align: left; '
                    'padding: 3pt 0in 0in; border-width: 1pt medium medium; border-style: solid none none; '
                    'border-color: rgb(181, 196, 223) currentcolor currentcolor; font-family: Aptos; '
                    f'font-size: 12pt; color: black;">\n{hh}<br>\n<br>\n</div>\n{ph}\n</div>')
        else:
            plain = ["", UNDERSCORES] + hp + [""]
            html = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                    f'color="#000000">{hh}</font>\n<div>&nbsp;</div>\n</div>\n{ph}')
        return plain + pp, html
    if client in GMAILS:
        attr = gmail_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        ap = textwrap.wrap(attr, 76, break_long_words=False, break_on_hyphens=False)
        plain = ["", ""] + ap + ["", *prefix_lines(pp)]
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{esc(attr).replace(" :", "&nbsp;:")}<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                f'{ph}\n</blockquote></div>')
        return plain, html
    if client in APPLES:
        attr = apple_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        plain = ["", attr, "", *prefix_lines(pp)]
        html = (f'<div><br><blockquote type="cite"><div>{esc(attr).replace(" :", "&nbsp;:")}</div>'
                f'<br class="Apple-interchange-newline">\n<div>{ph}</div></blockquote></div>')
        return plain, html
    if client == "thunderbird":
        attr = tb_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        q = [(">" + ln) if ln.startswith(">") else ("> " + ln if ln.strip() else ">") for ln in pp]
        plain = ["", attr] + q
        html = (f'<div class="moz-cite-prefix">{esc(attr)}<br></div>\n<blockquote type="cite">\n{ph}\n'
                '</blockquote>')
        return plain, html
    if client == "lotus_notes":
        lab = {"fr": ("A", "cc", "Objet"), "en": ("To", "cc", "Subject"), "de": ("An", "Kopie", "Thema")}[lang]
        plain = ["", "", f"{prev.frm['name']} <{prev.frm['email']}> ", f"{prev.dt:%d/%m/%Y %H:%M}", "",
                 lab[0], ", ".join(p["name"] for p in prev.to) + " ", lab[1],
                 ", ".join(p["name"] for p in prev.cc) + " ", "", lab[2], prev.subject, "", ""]
        rows = "".join(f"<tr><td><font size=1 face=\"sans-serif\">{esc(a)}</font></td>"
                       f"<td><font size=1 face=\"sans-serif\">{esc(b)}</font></td></tr>"
                       for a, b in ((lab[0], ", ".join(p["name"] for p in prev.to)),
                                    (lab[1], ", ".join(p["name"] for p in prev.cc)), (lab[2], prev.subject)))
        html = ('<br><br><table width="100%"><tr valign=top><td width="40%"><font size=1 face="sans-serif">'
                f'<b>{esc(prev.frm["name"])} &lt;{esc(prev.frm["email"])}&gt;</b></font><p>'
                f'<font size=1 face="sans-serif">{prev.dt:%d/%m/%Y %H:%M}</font></td><td width="59%">'
                f'<table width="100%">{rows}</table></td></tr></table>\n<br>\n{ph}')
        return plain + pp, html
    if client == "hcl_notes":
        lab = {"fr": ("De :", "A :", "Cc :", "Date :", "Objet :"),
               "en": ("From:", "To:", "Cc:", "Date:", "Subject:"),
               "de": ("Von:", "An:", "Kopie:", "Datum:", "Betreff:")}[lang]
        vals = [f"{prev.frm['name']} <{prev.frm['email']}>", ", ".join(f"{p['name']} <{p['email']}>" for p in prev.to)]
        vals.append(", ".join(f"{p['name']} <{p['email']}>" for p in prev.cc) if prev.cc else None)
        vals += [f"{prev.dt:%d/%m/%Y %H:%M}", prev.subject]
        fl = [(k, v) for k, v in zip(lab, vals) if v is not None]
        plain = ["", "", ""] + [f"{k}        {v}" for k, v in fl] + [""]
        rows = "".join(f'<tr valign=top><td width="1%" style="white-space:nowrap"><font size=2 color=#5f5f5f '
                       f'face="sans-serif">{esc(k)}</font></td><td><font size=2 face="sans-serif">{esc(v)}</font>'
                       f'</td></tr>' for k, v in fl)
        html = f'<br><br><br><table width="100%">{rows}</table>\n<hr noshade>\n<br>\n{ph}'
        return plain + pp, html
    raise ValueError(client)


def subject_of(client, lang, prev_subject, fwd=False):
    if client in OUTLOOKISH:
        pre = (FW_PREFIX if fwd else RE_PREFIX)[lang]
    elif client in NOTES:
        pre = "Fw: " if fwd else "Re: "
    else:
        pre = "Fwd: " if fwd else "Re: "
    low = prev_subject.lower()
    if low.startswith(pre.lower()):
        return prev_subject
    if not fwd and (client not in OUTLOOKISH or pre == "RE: ") and re.match(r"(re|aw|r) ?:", low):
        return prev_subject  # Gmail, Apple, Thunderbird, Notes and Outlook's "RE:" do not stack reply prefixes
    return pre + prev_subject


def body_of(msg, hist, inline=None):
    """Full (plain lines, html) of msg whose predecessors are hist (oldest first).  inline: {index: [answer
    lines]} inserted after msg.lines[index] (an Outlook-style coloured inline answer to msg)."""
    lines = msg.lines
    if inline:
        pp, hparts = [], []
        cur = []
        for i, ln in enumerate(lines):
            cur.append(ln)
            if i in inline["answers"]:
                pp += plain_lines(cur, msg.client)
                hparts.append(html_block(cur, msg.client))
                ans = inline["answers"][i]
                pp += plain_lines(ans, msg.client) + [""]
                hparts.append(html_block(ans, "outlook2016", inline.get("color", "#C00000"))
                              if msg.client in OUTLOOK_DESK else html_block(ans, msg.client, inline.get("color", "#C00000")))
                hparts.append(html_block([""], msg.client))
                cur = []
        pp += plain_lines(cur, msg.client)
        hparts.append(html_block(cur, msg.client))
        ph = "\n".join(hparts)
    else:
        pp = plain_lines(lines, msg.client)
        ph = html_block(lines, msg.client)
    if not hist:
        return pp, ph
    prev = hist[-1]
    qp_, qh = body_of(prev, hist[:-1])
    bp, bh = quote_block(msg.client, msg.lang, prev, qp_, qh, msg.d.get("o", {}))
    return pp + bp, ph + "\n" + bh


def make_thread(people, base_subject, items):
    """items: dicts (who, to, cc, date, client, lang, body, sig...); fills subjects; returns Msg list."""
    msgs = []
    subj = base_subject
    for i, d in enumerate(items):
        m = Msg(people, d)
        if i:
            subj = subject_of(m.client, m.lang, subj, fwd=d.get("fwd", False))
        m.subject = d.get("subject", subj)
        subj = m.subject
        msgs.append(m)
    return msgs


# --------------------------------------------------------------------------
# message ids
# --------------------------------------------------------------------------
def make_mid(client, email, seed):
    r = rng("mid", seed)
    dom = email.split("@")[1]
    if client in ("outlook365", "owa", "new_outlook", "outlook_ios", "outlook_android", "outlook2019"):
        srv = f"{r.choice(['PR3P', 'PAVP', 'DB9P', 'AM0P', 'MRZP'])}{r.randrange(100, 300)}MB{r.randrange(1000, 9999)}"
        return f"<{srv}{hexid(r, 16)}{hexid(r, 8)}@{srv}.EURP{r.randrange(100, 300)}.PROD.OUTLOOK.COM>"
    if client in ("outlook2016",):
        return f"<{hexid(r, 32)}@EXCH{r.randrange(1, 4):02d}.{dom.split('.')[0]}.local>"
    if client in ("outlook2013", "outlook_plain"):
        return f"<00{lowhex(r, 2)}01db{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}@{dom}>"
    if client in GMAILS:
        return "<CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
                               for _ in range(50)) + "@mail.gmail.com>"
    if client in APPLES:
        return f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{dom}>"
    if client == "thunderbird":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@{dom}>"
    if client in NOTES:
        return (f"<OF{hexid(r, 8)}.{hexid(r, 8)}-ONC1258C{hexid(r, 2)}.00{hexid(r, 6)}-C1258C{hexid(r, 2)}."
                f"00{hexid(r, 6)}@{dom}>")
    return f"<{lowhex(r, 20)}@{dom}>"


def assign_mids(msgs, key):
    for i, m in enumerate(msgs):
        m.mid = make_mid(m.client, m.frm["email"], f"{key}/{i}")


# --------------------------------------------------------------------------
# forward blocks
# --------------------------------------------------------------------------
def forward_block(client, lang, prev, pp, ph, me, when):
    if client in OUTLOOKISH:
        return quote_block(client, lang, prev, pp, ph, {"sep": "none"} if client in OUTLOOK_DESK else {})
    if client in GMAILS:
        d = prev.dt
        if lang == "fr":
            date = f"{FR_DAY_ABBR[d.weekday()]} {d.day} {FR_MON_ABBR[d.month - 1]} {d.year} à {d:%H:%M}"
            lab = ("De :", "Date:", "Subject:", "To:", "Cc:")
        else:
            h12 = d.hour % 12 or 12
            date = (f"{EN_DAY_ABBR[d.weekday()]}, {EN_MON_ABBR[d.month - 1]} {d.day}, {d.year} at "
                    f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}")
            lab = ("From:", "Date:", "Subject:", "To:", "Cc:")
        fl = [(lab[0], f"{prev.frm['name']} <{prev.frm['email']}>"), (lab[1], date), (lab[2], prev.subject),
              (lab[3], ", ".join(f"{p['name']} <{p['email']}>" for p in prev.to))]
        if prev.cc:
            fl.append((lab[4], ", ".join(f"{p['name']} <{p['email']}>" for p in prev.cc)))
        plain = ["", "---------- Forwarded message ---------"] + [f"{k} {v}" for k, v in fl] + ["", ""] + pp
        hh = "<br>\n".join(f"{esc(k)} <strong class=\"gmail_sendername\" dir=\"auto\">{esc(v)}</strong>" if i == 0
                           else f"{esc(k)} {esc(v)}" for i, (k, v) in enumerate(fl))
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'---------- Forwarded message ---------<br>\n{hh}<br></div><br><br>\n{ph}</div>')
        return plain, html
    if client in APPLES:
        d = prev.dt
        if lang == "fr":
            date = f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%H:%M:%S} UTC+1"
            fl = [("De", f"{prev.frm['name']} <{prev.frm['email']}>"), ("Objet", prev.subject), ("Date", date),
                  ("À", ", ".join(f"{p['name']} <{p['email']}>" for p in prev.to))]
            intro = "Début du message réexpédié :"
        else:
            date = f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year} at {d:%H:%M:%S} GMT+1"
            fl = [("From", f"{prev.frm['name']} <{prev.frm['email']}>"), ("Subject", prev.subject), ("Date", date),
                  ("To", ", ".join(f"{p['name']} <{p['email']}>" for p in prev.to))]
            intro = "Begin forwarded message:"
        plain = ["", intro, ""] + prefix_lines([f"{k}: {v}" for k, v in fl] + [""] + pp)
        hh = "".join(f'<div style="margin: 0px;"><span><b>{esc(k)}: </b></span><span>{esc(v)}</span></div>'
                     for k, v in fl)
        html = (f'<div><br><blockquote type="cite"><div>{esc(intro)}</div><br class="Apple-interchange-newline">'
                f'{hh}<br>\n<div>{ph}</div></blockquote></div>')
        return plain, html
    if client in NOTES:
        org = me["email"].split("@")[1].split(".")[0].upper()
        line = f"----- Transféré par {me['name']}/{org} le {when:%d/%m/%Y} {when:%H:%M} -----"
        bp, bh = quote_block(client, lang, prev, pp, ph, {})
        plain = ["", line] + bp[1:]
        html = f'<br><font size=1 color=#800080 face="sans-serif">{esc(line)}</font>\n{bh}'
        return plain, html
    if client == "thunderbird":
        d = prev.dt
        fl = [("Sujet :", prev.subject), ("Date :", rfcdate(d)),
              ("De :", f"{prev.frm['name']} <{prev.frm['email']}>"),
              ("Pour :", ", ".join(f"{p['name']} <{p['email']}>" for p in prev.to))]
        plain = ["", "", "-------- Message transféré --------"] + [f"{k}\t{v}" for k, v in fl] + [""] + pp
        html = "<br>" + "<br>".join(esc(f"{k} {v}") for k, v in fl) + ph
        return plain, html
    raise ValueError(client)


# --------------------------------------------------------------------------
# whole-message assembly
# --------------------------------------------------------------------------
OL_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
           '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
           '<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";}}\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n'
           '\tfont-family:"Calibri",sans-serif;}}\na:link, span.MsoHyperlink\n\t{{color:#0563C1;\n'
           '\ttext-decoration:underline;}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;}}\n'
           'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
           '<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
           '<div class="WordSection1">\n')

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")  # truncated header only is fine
PNG = PNG + bytes.fromhex("1f15c4890000000d49444154789c6360000002000105f4d2b30000000049454e44ae426082")


def lbl(lines, client):
    return [x.strip() for x in plain_lines(lines, client) if x.strip()]


def build_human(spec, people, threads):
    client, lang = spec["client"], spec["lang"]
    tkey, depth = spec.get("thread", (None, 0))
    hist = threads[tkey][:depth] if tkey else []
    prev = hist[-1] if hist else None
    me = people[spec["who"]]
    d = dict(spec)
    d.setdefault("to", [prev.d["who"]] if prev else [])
    d.setdefault("client", client)
    top_msg = Msg(people, d)
    mode = spec.get("style", "top")
    fwd = mode == "fwd"
    subject = spec.get("subject") or subject_of(client, lang, prev.subject, fwd=fwd)
    new_plain = plain_lines(top_msg.lines, client)
    new_html = html_block(top_msg.lines, client)
    ndev = 2 if d.get("device") else 0  # a device line is the client's, not the sender's
    own = top_msg.lines[:len(top_msg.lines) - ndev]
    label = lbl(own, client)
    top = True
    o = dict(spec.get("o", {}))
    if mode in ("top", "inline_ol"):
        if prev:
            inline = spec.get("answers")
            if isinstance(inline, list):  # [(text of the answered line, [answer lines]), ...]
                m = {}
                for needle, ans in inline:
                    idx = next(i for i, x in enumerate(prev.lines) if needle in x)
                    m[idx] = ans
                inline = m
            pp, ph = body_of(prev, hist[:-1], inline={"answers": inline} if inline else None)
            bp, bh = quote_block(client, lang, prev, pp, ph, o)
            plain, html = new_plain + bp, new_html + "\n" + bh
            if inline:
                for k in sorted(inline):
                    label += lbl(inline[k], client)
        else:
            plain, html = new_plain, new_html
    elif mode == "fwd":
        pp, ph = body_of(prev, hist[:-1])
        bp, bh = forward_block(client, lang, prev, pp, ph, me, top_msg.dt)
        plain, html = new_plain + bp, new_html + "\n" + bh
    elif mode == "bottom":
        pp, ph = body_of(prev, hist[:-1])
        bp, bh = quote_block(client, lang, prev, pp, ph, o)
        bp = bp[1:] if bp and bp[0] == "" else bp
        if client in GMAILS:
            bp = bp[1:]
        plain = bp + [""] + new_plain
        html = bh + "\n" + new_html
        top = False
    elif mode == "inline_q":
        # segments: ("q", lines) quoted lines of prev (already chosen), ("a", lines) answers; body = intro lines
        intro = list(spec["body"])
        segs = spec["segments"]
        if client in GMAILS:
            attr = gmail_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        elif client in APPLES:
            attr = apple_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        else:
            attr = tb_attr(prev.dt, lang, prev.frm["name"], prev.frm["email"])
        plain = plain_lines(intro, client) + ([""] if intro else []) + [attr]
        hparts = [html_block(intro, client)] if intro else []
        hparts.append(f"<div>{esc(attr)}</div>")
        label = lbl(intro, client)
        for kind, ls in segs:
            if kind == "q":
                plain += prefix_lines(ls)
                hparts.append('<blockquote type="cite" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                              f'rgb(204,204,204);padding-left:1ex">{html_block(ls, client)}</blockquote>')
            else:
                plain += [""] + plain_lines(ls, client) + [""]
                hparts.append(html_block(ls, client))
                label += lbl(ls, client)
        sig = top_msg.lines[len(d["body"]):]
        plain += plain_lines(sig, client)
        hparts.append(html_block(sig, client))
        label += lbl(sig[:len(sig) - ndev], client)
        if spec.get("tail_quote"):
            pp, ph = body_of(prev, hist[:-1])
            tp = prefix_lines(pp)
            plain += [""] + tp
            hparts.append(f'<blockquote type="cite">{ph}</blockquote>')
        html = "\n".join(hparts)
        top = bool(intro)
    else:
        raise ValueError(mode)
    if spec.get("gateway"):
        plain = plain + [""] + spec["gateway"]
        html = html + "\n<br>\n" + "".join(f'<p style="font-size:8pt;color:#808080">{esc(x)}</p>'
                                             for x in spec["gateway"] if x.strip())
    if spec.get("bestfit"):  # a latin-1 client replaces what latin-1 cannot carry (Outlook's "best fit")
        plain = [bestfit(x) for x in plain]
        html = bestfit(html)
        label = [bestfit(x) for x in label]
    if "label" in spec:
        label = spec["label"]
    if "top" in spec:
        top = spec["top"]
    raw, cmode = assemble(spec, me, top_msg, subject, plain, html, hist, people)
    if spec.get("extra_headers"):  # headers a list server or gateway prepends
        raw = "".join(f"{k}: {v}\r\n" for k, v in spec["extra_headers"]).encode("ascii") + raw
    return raw, label, cmode, top


BESTFIT = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "€": "EUR", "œ": "oe", "Œ": "OE",
           "…": "...", "\u202f": " "}


def bestfit(s):
    return "".join(BESTFIT.get(c, c) for c in s)


def fmt_addrs(ps, cs="utf-8", mode="Q"):
    return addrlist([addr(p["name"], p["email"], cs, mode) for p in ps])


def assemble(spec, me, msg, subject, plain, html, hist, people):
    client, lang = spec["client"], spec["lang"]
    key = spec["slug"]
    r = rng("asm", key)
    mid = make_mid(client, me["email"], key)
    refs = [m.mid for m in hist][-8:]
    ptext = "\n".join(plain) + "\n"
    cs = spec.get("cs", {"outlook2013": "windows-1252", "lotus_notes": "iso-8859-1"}.get(client, "utf-8"))
    if "cs" not in spec:
        try:  # like the real clients, fall back to UTF-8 when the default charset cannot carry the text
            (ptext + html).encode(pycs(cs))
        except UnicodeEncodeError:
            cs = "utf-8"
    hcs = spec.get("hcs", cs)
    cte = spec.get("cte")
    date = rfcdate(msg.dt)
    to = fmt_addrs(msg.to)
    cc = fmt_addrs(msg.cc) if msg.cc else None
    hmode = "B" if client in ("outlook365", "owa", "new_outlook", "outlook_ios", "outlook_android", "outlook2019") else "Q"
    hdrcs = "utf-8" if cs.lower() == "utf-8" or hcs.lower() == "utf-8" else cs
    try:
        (subject + me["name"]).encode(pycs(hdrcs))
    except UnicodeEncodeError:
        hdrcs = "utf-8"
    subj_h = ew_subject("", subject, hdrcs, hmode) if client in OUTLOOKISH else ew_subject("", subject, "utf-8", "Q")
    frm_h = addr(me["name"], me["email"], hdrcs, hmode)
    base = [("From", frm_h), ("To", to)]
    if cc:
        base.append(("Cc", cc))
    inrep = [("In-Reply-To", refs[-1]), ("References", "\r\n ".join(refs))] if refs else []
    plain_only = spec.get("plain_only") or client == "thunderbird"
    html_only = spec.get("html_only", client in OUTLOOK_WEB)
    ctag = {"fr": "fr-FR", "en": "en-GB", "de": "de-DE", "es": "es-ES", "it": "it-IT", "nl": "nl-NL"}[lang]
    if client in OUTLOOKISH:
        tt = re.sub(r"^((RE|AW|R|TR|FW|WG|RV|I|Re|Fwd?) ?: ?)+", "", subject)
        hs = base + [("Subject", subj_h), ("Thread-Topic", ew(tt, hdrcs, hmode)),
                     ("Thread-Index", thread_index(r, len(hist) + 1)), ("Date", date), ("Message-ID", mid)] + inrep
        hs += [("Accept-Language", f"{ctag}, en-US"), ("Content-Language", ctag)]
        if client in ("outlook365", "owa", "new_outlook", "outlook2019", "outlook_ios", "outlook_android"):
            hs += [("X-MS-Has-Attach", "yes" if spec.get("image") else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "outlook2013":
            hs.append(("X-Mailer", "Microsoft Outlook 15.0"))
        if client == "outlook2016" and not spec.get("exchange", True):
            hs.append(("X-Mailer", "Microsoft Outlook 16.0"))
        hs.append(("MIME-Version", "1.0"))
        if client in OUTLOOK_DESK:
            hdoc = OL_HEAD.format(cs=hcs, lang=lang.upper()) + html + "\n</div>\n</body>\n</html>\n"
        elif client in OUTLOOK_MOBILE:
            hdoc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                    f'<body>\n<div dir="auto">\n{html}\n</div>\n</body>\n</html>\n')
        else:
            hdoc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                    '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                    f'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                    f'{html}\n</div>\n</body>\n</html>\n')
        pcte = cte or ("base64" if client in OUTLOOK_MOBILE else "quoted-printable")
        hcte = spec.get("hcte") or pcte
        if plain_only:
            part = text_part(ptext, f'text/plain; charset="{cs}"', cs, pcte)
        elif html_only:
            part = text_part(hdoc, f'text/html; charset="{hcs}"', hcs, hcte)
        else:
            bnd = f"_000_{hexid(r, 24)}_" if client != "outlook2013" else f"----=_NextPart_000_00{hexid(r, 2)}_01DB{hexid(r, 4)}.{hexid(r, 8)}"
            alt = multipart("alternative", [text_part(ptext, f'text/plain; charset="{cs}"', cs, pcte),
                                            text_part(hdoc, f'text/html; charset="{hcs}"', hcs, hcte)], bnd)
            if spec.get("image"):
                cid = spec["image"]
                img = Part([("Content-Type", 'image/png; name="image001.png"'),
                            ("Content-Description", "image001.png"),
                            ("Content-Disposition", 'inline; filename="image001.png"; size=67'),
                            ("Content-ID", f"<{cid}>"), ("Content-Transfer-Encoding", "base64")],
                           b64(PNG).encode())
                rb = f"_004_{hexid(r, 24)}_"
                part = multipart("related", [alt, img], rb,
                                 ct=f'multipart/related;\r\n\tboundary="{rb}";\r\n\ttype="multipart/alternative"')
            else:
                part = alt
        return message(hs, part), ("text" if not html_only else "html")
    if client in GMAILS:
        hs = [("MIME-Version", "1.0")]
        hs += inrep + [("From", frm_h), ("Date", date), ("Message-ID", mid), ("Subject", subj_h), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hdoc = f'<div dir="ltr">{html}</div>\n'
        pcte = cte or "quoted-printable"
        alt = multipart("alternative", [text_part(ptext, 'text/plain; charset="UTF-8"', "utf-8", pcte),
                                        text_part(hdoc, 'text/html; charset="UTF-8"', "utf-8", pcte)],
                        "000000000000" + lowhex(r, 16), ct=None)
        alt.headers = [("Content-Type", f'multipart/alternative; boundary="{alt.boundary}"')]
        return message(hs, alt), "text"
    if client in APPLES:
        bnd = f"Apple-Mail={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        if client == "apple_mail":
            mv, xm = "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))", "Apple Mail (2.3826.300.87.4.3)"
        else:
            mv, xm = "1.0 (1.0)", "iPhone Mail (22B91)"
        hs = [("Content-Type", f'multipart/alternative; boundary="{bnd}"'), ("Mime-Version", mv),
              ("Subject", subj_h), ("From", frm_h), ("In-Reply-To", refs[-1]) if refs else None, ("Date", date)]
        hs = [h for h in hs if h]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Message-Id", mid)] + ([("References", "\r\n ".join(refs))] if refs else []) + [("To", to),
                                                                                            ("X-Mailer", xm)]
        hdoc = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                f'line-break: after-white-space;">{html}</body></html>')
        pcte = cte or "quoted-printable"
        alt = Part([], parts=[text_part(ptext, "text/plain;\r\n\tcharset=utf-8", "utf-8", pcte, cte_first=True),
                              text_part(hdoc, "text/html;\r\n\tcharset=utf-8", "utf-8", pcte, cte_first=True)],
                   boundary=bnd)
        if spec.get("plain_only"):
            hs[0] = ("Content-Type", "text/plain;\r\n\tcharset=utf-8")
            hs.insert(1, ("Content-Transfer-Encoding", pcte))
            p = text_part(ptext, "x", "utf-8", pcte)
            return message(hs, Part([], body=p.body)), "text"
        return message(hs, alt), "text"
    if client == "thunderbird":
        lines = flow(plain)
        body = "\n".join(lines) + "\n"
        hs = [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ("Subject", subj_h)] + \
             ([("References", "\r\n ".join(refs)), ("In-Reply-To", refs[-1])] if refs else []) + \
             [("Content-Language", lang), ("To", to)] + ([("Cc", cc)] if cc else []) + \
             [("From", frm_h)]
        part = text_part(body, f"text/plain; charset={'UTF-8' if cs == 'utf-8' else cs}; format=flowed", cs,
                         cte or "8bit")
        return message(hs, part), "text"
    if client in NOTES:
        rel = "Lotus Notes Release 8.5.3FP6 November 21, 2013" if client == "lotus_notes" else \
            "HCL Notes Release 12.0.2FP2 August 23, 2023"
        hs = base + [("Subject", subj_h)] + inrep + [("MIME-Version", "1.0"), ("X-Mailer", rel),
                                                     ("Message-ID", mid), ("Date", date),
                                                     ("X-MIMETrack", f"Serialize by Router on SRVNOTES01/{me['email'].split('@')[1].split('.')[0].upper()} at {msg.dt:%d/%m/%Y %H:%M:%S}")]
        hdoc = f'<font size=2 face="sans-serif">{html}</font>\n'
        bnd = f"=_alternative 00{hexid(r, 6)}C1258C{hexid(r, 2)}_="
        alt = multipart("alternative", [text_part(ptext, f"text/plain; charset=\"{cs.upper()}\"", cs,
                                                  cte or "base64"),
                                        text_part(hdoc, f"text/html; charset=\"{cs.upper()}\"", cs,
                                                  cte or "base64")], bnd)
        return message(hs, alt), "text"
    raise ValueError(client)
