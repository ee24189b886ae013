"""Thread model and per-client rendering (plain text and HTML) for blind12.

A message M has its own lines (for the top-level reply: the new text, signature included), optionally a
quoted message (M.quote) rendered in the quoting style of the replying client (M.style, M.opt), top- or
bottom-posted (M.pos), or interleaved answers (M.inline: [("q", lines), ("n", lines), ...]).
`plain(m, top=True)` yields (line, is_new) pairs; the label is the stripped non-empty new lines.
"""
import html as _html
import re

import loc
from mime12 import (D, L, addr, lowhex, hexid, prefix_lines, prefix_then_wrap, rng, wrap)


class P:
    def __init__(self, name, email, notes=None, ol=None, gw=None):
        self.name = name
        self.email = email
        self.notes = notes          # Lotus Notes canonical name, e.g. "Jane Roe/HOU/SHE@SHE"
        self.ol = ol or name        # how Outlook shows the person (GAL: "Roe, Jane")
        self.gw = gw                # GroupWise internal id

    @property
    def first(self):
        return self.name.split()[0]

    def __repr__(self):
        return f"P({self.name!r})"


class M:
    def __init__(self, frm, to, date, subject, text=(), cc=(), quote=None, style=None, opt=None, pos="top",
                 inline=None, client="outlook", lang="en", after=(), h="div", wrapw=None, mid=None,
                 html_after=None):
        self.frm = frm
        self.to = list(to) if isinstance(to, (list, tuple)) else [to]
        self.cc = list(cc) if isinstance(cc, (list, tuple)) else [cc]
        self.date = date if not isinstance(date, str) else D(date)
        self.subject = subject
        lines = L(text) if isinstance(text, str) else list(text)
        if wrapw:
            lines = wrap(lines, wrapw)
        self.lines = lines
        self.quote = quote
        self.style = style
        self.opt = dict(opt or {})
        self.pos = pos
        self.inline = inline
        if inline is not None:
            self.inline = [(k, (L(v) if isinstance(v, str) else list(v))) for k, v in inline]
            if wrapw:
                self.inline = [(k, wrap(v, wrapw) if k == "n" else v) for k, v in self.inline]
        self.client = client
        self.lang = lang
        self.after = L(after) if isinstance(after, str) else list(after)
        self.html_after = html_after
        self.h = h
        self._mid = mid

    # ---- ids -------------------------------------------------------------
    @property
    def mid(self):
        if self._mid is None:
            self._mid = make_mid(self)
        return self._mid

    def refs(self):
        chain = []
        q = self.quote
        while q is not None:
            chain.append(q.mid)
            q = q.quote
        return list(reversed(chain))


def make_mid(m):
    r = rng("mid", m.frm.email, m.date.isoformat(), m.subject)
    dom = m.frm.email.split("@")[1]
    c = m.client
    if c in ("outlook_xp", "outlook_2003", "outlook_2000imo", "outlook_express"):
        loc_ = m.frm.email.split("@")[0].replace(".", "")
        host = m.opt.get("pchost") or (m.frm.name[0] + m.frm.name.split()[-1]).upper()[:12]
        return f"<0000{lowhex(r, 2)}01c{lowhex(r, 5)}${lowhex(r, 8)}${r.randrange(2, 120):02x}{lowhex(r, 2)}a8c0@" \
               f"{host}>"
    if c == "owa365" or c == "outlook_mobile":
        pre = r.choice(["AM0PR04MB", "DB9PR08MB", "PAXPR02MB", "VI1PR07MB", "BN6PR11MB", "SJ0PR13MB"])
        n = str(r.randrange(1000, 9999))
        dc = "eurprd04" if pre[0] in "ADPV" else "namprd11"
        return f"<{pre}{n}{hexid(r, 20)}@{pre}{n}.{dc}.prod.outlook.com>"
    if c.startswith("outlook") or c == "exchange":
        host = m.opt.get("exhost") or f"{dom.split('.')[0].upper()[:6]}-EXMB0{r.randrange(1, 5)}"
        return f"<{hexid(r, 40)}@{host}.{dom}>"
    if c == "lotus_notes":
        a, b = hexid(r, 8), hexid(r, 8)
        return f"<OF{hexid(r, 8)}.{a}-ON{b}.{hexid(r, 8)}-{b}.{hexid(r, 8)}@{dom}>"
    if c == "groupwise":
        return f"<s{lowhex(r, 7)}.0{r.randrange(10, 99)}@{m.opt.get('gwhost', 'gwia.' + dom)}>"
    if c == "eudora":
        d = m.date
        return f"<5.1.0.14.2.{d:%Y%m%d%H%M%S}.00{lowhex(r, 6)}@mail.{dom}>"
    if c in ("gmail", "gmail_mobile"):
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
                    for _ in range(44))
        return f"<CA{s}@mail.gmail.com>"
    if c in ("apple_mail", "iphone_mail"):
        return f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{dom}>"
    if c == "yahoo":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{r.randrange(10**12, 10**13)}" \
               f"@mail.yahoo.com>"
    if c == "gmx":
        return f"<trinity-{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}" \
               f"-{r.randrange(10**12, 10**13)}@3c-app-{dom.split('.')[0]}-bs{r.randrange(10, 60)}>"
    if c in ("zimbra", "free"):
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{r.randrange(10**12, 10**13)}" \
               f".JavaMail.zimbra@{dom}>"
    if c == "protonmail":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                    for _ in range(86))
        return f"<{s}=@proton.me>"
    if c == "spark":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@Spark>"
    if c == "mutt" or c == "alpine":
        return f"<{m.date:%Y%m%d%H%M%S}.{lowhex(r, 6)}@{m.opt.get('host', dom)}>"
    if c == "gnus":
        return f"<87{lowhex(r, 8)}.fsf@{m.opt.get('host', dom)}>"
    return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}@{dom}>"


# --------------------------------------------------------------------------
# small formatting helpers
# --------------------------------------------------------------------------
def notes_date(dt, secs=False, yy=False):
    h = dt.hour % 12 or 12
    y = f"{dt.year % 100:02d}" if yy else f"{dt.year}"
    t = f"{h:02d}:{dt.minute:02d}" + (f":{dt.second:02d}" if secs else "")
    return f"{dt.month:02d}/{dt.day:02d}/{y} {t} {'AM' if dt.hour < 12 else 'PM'}"


def ol_list(people):
    return "; ".join(p.ol for p in people)


def std_list(people):
    return ", ".join(f"{p.name} <{p.email}>" for p in people)


def quoted_list(people):
    return "; ".join(f'"{p.name}" <{p.email}>' for p in people)


def notes_name(p):
    return p.notes.split("@")[0] if p.notes else p.name


# --------------------------------------------------------------------------
# plain-text quote styles: f(m, q) -> (head_lines, transform)
# --------------------------------------------------------------------------
def _ident(lines):
    return list(lines)


def sty_ol_orig(m, q):
    o = m.opt
    sep = o.get("sep", "-----Original Message-----")
    t = "\t" if o.get("tabs") else " "
    ff = o.get("fromfmt")
    if ff is None:
        ff = "gal" if "," in q.frm.ol and "@" not in q.frm.ol else "mailto"
    frm = {"gal": q.frm.ol, "mailto": f"{q.frm.ol} [mailto:{q.frm.email}]",
           "smtp": f"{q.frm.ol} [SMTP:{q.frm.email}]", "name": q.frm.name,
           "imcea": f"{q.frm.name} <{q.frm.email}>@ENRON [mailto:IMCEANOTES-{q.frm.name.replace(' ', '+20')}"
                    f"+20+3C{q.frm.email.replace('@', '+40')}+3E+40{o.get('imcea_org', 'ORG')}@{o.get('imcea_dom', 'org.com')}]",
           "angle": f"{q.frm.name} <{q.frm.email}>"}[ff]
    head = [""] * o.get("blank", 1) + [o.get("sep_indent", "") + sep]
    head.append(f"From:{t}{frm}" + (" " if o.get("trail", True) else ""))
    head.append(f"Sent:{t}{loc.outlook_sent('en', q.date)}")
    head.append(f"To:{t}{o.get('to_str') or ol_list(q.to)}")
    if q.cc and q.cc[0] is not None:
        head.append(f"Cc:{t}{o.get('cc_str') or ol_list(q.cc)}")
    head.append(f"Subject:{t}{q.subject}")
    head.append("")
    ind = o.get("indent")
    if not ind and o.get("qwrap"):
        return head, lambda ls: wrap(ls, o["qwrap"])
    if ind:
        if o.get("qwrap"):
            return head, lambda ls: prefix_then_wrap(ls, ind, o["qwrap"])
        return head, lambda ls: prefix_lines(ls, ind, ind.rstrip() if ind.strip() else "")
    return head, _ident


def sty_ol_new(m, q):
    """Outlook 2007+ desktop (plain alternative), localised."""
    o = m.opt
    lang = o.get("olang", m.lang)
    lab = loc.OUTLOOK_LABELS[lang]
    head = [""] * o.get("blank", 1)
    if o.get("under"):
        head.append("_" * 32)
    if o.get("modern"):
        frm = f"{q.frm.name} <{q.frm.email}>"
    else:
        frm = f"{q.frm.ol} [mailto:{q.frm.email}]"
    head.append(f"{lab[0]} {frm} ")
    head.append(f"{lab[1]} {loc.outlook_sent(lang, q.date)}")
    if o.get("modern"):
        head.append(f"{lab[2]} {'; '.join(f'{p.name} <{p.email}>' for p in q.to)}")
        if q.cc:
            head.append(f"{lab[3]} {'; '.join(f'{p.name} <{p.email}>' for p in q.cc)}")
    else:
        head.append(f"{lab[2]} {ol_list(q.to)}")
        if q.cc:
            head.append(f"{lab[3]} {ol_list(q.cc)}")
    head.append(f"{lab[4]} {q.subject}")
    head.append("")
    return head, _ident


def sty_owa(m, q):
    o = m.opt
    lang = o.get("olang", m.lang)
    lab = loc.OUTLOOK_LABELS[lang]
    head = [""] * o.get("blank", 1) + ["_" * 32]
    if o.get("owa2003"):
        d = q.date
        h = d.hour % 12 or 12
        sent = f"{loc.WA('en', d)} {d.month}/{d.day}/{d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        head += [f"From: {q.frm.ol}", f"Sent: {sent}", f"To: {ol_list(q.to)}"]
        if q.cc:
            head.append(f"Cc: {ol_list(q.cc)}")
        head += [f"Subject: {q.subject}", ""]
        return head, _ident
    head.append(f"{lab[0]} {q.frm.name} <{q.frm.email}>")
    head.append(f"{lab[1]} {loc.outlook_sent(lang, q.date)}")
    head.append(f"{lab[2]} {'; '.join(f'{p.name} <{p.email}>' for p in q.to)}")
    if q.cc:
        head.append(f"{lab[3]} {'; '.join(f'{p.name} <{p.email}>' for p in q.cc)}")
    head.append(f"{lab[4]} {q.subject}")
    head.append("")
    return head, _ident


def sty_notes_on(m, q):
    """Lotus Notes R5 'reply with history' / forward, header block then unprefixed text."""
    o = m.opt
    head = [""] * o.get("blank", 3)
    fw = o.get("fwd")
    if fw:
        who, when = fw
        head += [f"---------------------- Forwarded by {who} on {notes_date(when)} ---------------------------", "",
                 ""]
    if q.frm.notes and "@" in q.frm.notes and o.get("internal", False):
        nm = notes_name(q.frm)
    elif o.get("quoted_from", True):
        nm = f'"{q.frm.name}" <{q.frm.email}>'
    else:
        nm = f"{q.frm.name} <{q.frm.email}>"
    if o.get("from_prefix"):
        head.append(f"From: {nm} on {notes_date(q.date)}")
    else:
        head.append(f"{nm} on {notes_date(q.date, secs=o.get('secs', True))}")
    tos = ", ".join(p.notes or f'"{p.name}" <{p.email}>' for p in q.to)
    ccs = ", ".join(p.notes or f'"{p.name}" <{p.email}>' for p in q.cc)
    head.append(f"To:\t{tos}" if o.get("tabs", True) else f"To: {tos}")
    head.append(f"cc:\t{ccs}" if o.get("tabs", True) else f"cc: {ccs}")
    head.append(f"Subject:\t{q.subject}" if o.get("tabs", True) else f"Subject: {q.subject}")
    head += ["", ""]
    return head, _ident


def sty_notes_block(m, q):
    """Notes: name line, date line, To/cc/Subject (Enron-style forwards)."""
    o = m.opt
    head = [""] * o.get("blank", 2)
    fw = o.get("fwd")
    if fw:
        who, when = fw
        head += [f"---------------------- Forwarded by {who} on {notes_date(when)} ---------------------------", "",
                 ""]
    first = q.frm.notes.split("@")[0].split("/")[0] if q.frm.notes else f"{q.frm.name} <{q.frm.email}>"
    if o.get("at_org"):
        first = f"{first}@{o['at_org']}"
    head += [first, notes_date(q.date)]
    tos = ", ".join(p.notes or p.email for p in q.to)
    head.append(f"To: {tos}")
    head.append(f"cc: {', '.join(p.notes or p.email for p in q.cc)}" + ("" if q.cc else " "))
    head.append(f"Subject: {q.subject}")
    head.append("")
    return head, _ident


def _cells(text, w):
    """Split text in pieces of at most w chars (Notes wraps header cells hard, mid-word)."""
    out = []
    while len(text) > w:
        cut = text.rfind(" ", 0, w + 1)
        if cut <= 0:
            cut = w
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    out.append(text)
    return out


def sty_notes_table(m, q):
    """Notes 6/7 rendering of the memo header table as text: sender cell wrapped hard (the address broken
    mid-word), a right-aligned To/cc/Subject label column and the values below each label."""
    left = _cells(q.frm.name, 21) + _cells(f"<{q.frm.email}>", 17)
    d = q.date
    h = d.hour % 12 or 12
    left += ["", f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{d.minute:02d}", "AM" if d.hour < 12 else "PM"]
    tos = _cells(", ".join(p.notes or p.email for p in q.to), 34)
    ccs = _cells(", ".join(p.notes or p.email for p in q.cc), 34) if q.cc else [""]
    subj = _cells(q.subject, 34)
    right = [("To", "")] + [("", t) for t in tos] + [("cc", "")] + [("", c) for c in ccs] + \
        [("Subject", "")] + [("", x) for x in subj]
    rows = max(len(left), len(right))
    head = ["", "", "", " " * 75]
    for i in range(rows):
        lft = left[i] if i < len(left) else ""
        lab, val = right[i] if i < len(right) else ("", "")
        if lab:
            line = f"             {lft:<21s}".ljust(74 - len(lab)) + lab + " "
        else:
            line = f"             {lft:<21s}".ljust(39) + f"{val:<36s}"
        head.append(line)
    head += [" " * 75, " " * 75, ""]
    return head, _ident


def sty_notes_wrote(m, q):
    o = m.opt
    who = notes_name(q.frm) if o.get("internal") else f"{q.frm.name} <{q.frm.email}>"
    head = [""] * o.get("blank", 1) + [f"{who} wrote on {notes_date(q.date, secs=True)}:", ""]
    return head, lambda ls: prefix_lines(ls, "> ", ">")


def sty_notes85(m, q):
    o = m.opt
    head = [""] * o.get("blank", 2)
    d = q.date
    h = d.hour % 12 or 12
    frm = notes_name(q.frm) if (o.get("internal") and q.frm.notes) else f"{q.frm.name} <{q.frm.email}>"
    head.append(f"From:\t{frm}")
    head.append(f"To:\t{', '.join(p.notes.split('@')[0] if p.notes else p.email for p in q.to)}")
    if q.cc:
        head.append(f"Cc:\t{', '.join(p.notes.split('@')[0] if p.notes else p.email for p in q.cc)}")
    head.append(f"Date:\t{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}")
    head.append(f"Subject:\t{q.subject}")
    head += ["", ""]
    return head, _ident


def sty_gw_old(m, q):
    o = m.opt
    d = q.date
    h = d.hour % 12 or 12
    when = f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d} {h:02d}:{d.minute:02d}{'AM' if d.hour < 12 else 'PM'}"
    if o.get("internal"):
        who = q.frm.name
    else:
        who = f'"{q.frm.name}" <{q.frm.email}>' if o.get("quoted", True) else f"{q.frm.name} <{q.frm.email}>"
    head = [""] * o.get("blank", 1) + [f">>> {who} {when} >>>"]
    if o.get("prefix"):
        return head, lambda ls: prefix_lines(ls, ">", ">")
    return head, _ident


def sty_gw_new(m, q):
    o = m.opt
    d = q.date
    h = d.hour % 12 or 12
    head = [""] * o.get("blank", 1) + [
        f'>>> On {d.month}/{d.day}/{d.year} at {h:02d}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"}, in message '
        f'{q.mid}, "{q.frm.name}" <{q.frm.email}> wrote: ']
    return head, lambda ls: prefix_lines(ls, "> ", ">")


def sty_oe(m, q):
    o = m.opt
    head = [""] * o.get("blank", 1) + ["----- Original Message ----- ",
                                        f'From: "{q.frm.name}" <{q.frm.email}>',
                                        f"To: {quoted_list(q.to)}"]
    if q.cc:
        head.append(f"Cc: {quoted_list(q.cc)}")
    head += [f"Sent: {loc.outlook_sent('en', q.date)}", f"Subject: {q.subject}", "", ""]
    w = o.get("qwrap")
    if w:
        return head, lambda ls: prefix_then_wrap(ls, "> ", w)
    return head, lambda ls: prefix_lines(ls, "> ", ">")


def sty_eudora(m, q):
    d = q.date
    h = d.hour % 12 or 12
    off = d.utcoffset().total_seconds() / 3600
    z = f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}00"
    head = [""] * m.opt.get("blank", 0) + [
        f"At {h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {d.month}/{d.day}/{d.year} {z}, {q.frm.name} wrote:"]
    return head, lambda ls: prefix_lines(ls, ">", ">")


def sty_wrote(m, q):
    """Generic 'intro line' + '> ' prefixed quote; intro chosen by m.opt['intro'] or by client."""
    o = m.opt
    intro = o.get("intro_text") or intro_for(m, q)
    intro_lines = intro if isinstance(intro, list) else [intro]
    if o.get("intro_wrap"):
        w = o["intro_wrap"]
        il = []
        for ln in intro_lines:
            il.extend(_gmail_wrap(ln, w))
        intro_lines = il
    pfx = o.get("pfx", "> ")
    empty = o.get("pfx_empty", pfx.rstrip())
    if o.get("quoted_intro"):  # iOS Mail
        head = [""] * o.get("blank", 1) + prefix_lines(intro_lines, pfx, empty) + [empty]
    else:
        head = [""] * o.get("blank", 1) + intro_lines + ([""] if o.get("blank_after") else [])
    w = o.get("qwrap")
    if w:
        return head, lambda ls: prefix_then_wrap(ls, pfx, w)
    return head, lambda ls: prefix_lines(ls, pfx, empty)


def _gmail_wrap(ln, w):
    out = []
    while len(ln) > w:
        cut = ln.rfind(" ", 0, w)
        if cut <= 0:
            break
        out.append(ln[:cut])
        ln = ln[cut + 1:]
    out.append(ln)
    return out


def intro_for(m, q):
    c, lang = m.client, m.opt.get("ilang", m.lang)
    d = q.date
    nm, em = q.frm.name, q.frm.email
    if c == "gmail":
        return loc.gmail_intro(lang, d, nm, em)
    if c == "gmail_mobile":
        return loc.gmail_intro(lang, d, nm, em, mobile=True)
    if c == "apple_mail":
        return loc.apple_intro(lang, d, nm, em)
    if c == "iphone_mail":
        return loc.apple_intro(lang, d, nm, em, ios=True)
    if c == "thunderbird":
        return loc.tb_intro(lang, d, nm, em)
    if c == "roundcube":
        base = f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
        return {"en": f"On {base}, {nm} wrote:", "fr": f"Le {base}, {nm} a écrit :",
                "de": f"Am {base}, schrieb {nm}:", "nl": f"Op {base} schreef {nm}:"}[lang]
    if c == "mutt":
        off = d.utcoffset().total_seconds() / 3600
        z = f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}00"
        h = d.hour % 12 or 12
        return f"On {loc.WA('en', d)}, {loc.MA('en', d)} {d.day:02d}, {d.year} at {h:02d}:{d.minute:02d}:" \
               f"{d.second:02d}{'AM' if d.hour < 12 else 'PM'} {z}, {nm} wrote:"
    if c == "evolution":
        off = d.utcoffset().total_seconds() / 3600
        z = f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}00"
        return f"On {loc.WA('en', d)}, {d.year}-{d.month:02d}-{d.day:02d} at {d.hour:02d}:{d.minute:02d} {z}, " \
               f"{nm} wrote:"
    if c == "claws":
        off = d.utcoffset().total_seconds() / 3600
        z = f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}00"
        return [f"On {loc.WA('en', d)}, {d.day:02d} {loc.MA('en', d)} {d.year} {d.hour:02d}:{d.minute:02d}:"
                f"{d.second:02d} {z}", f"{nm} <{em}> wrote:"]
    if c == "gnus":
        return f"{nm} <{em}> writes:"
    if c == "alpine":
        return f"On {loc.WA('en', d)}, {d.day} {loc.MA('en', d)} {d.year}, {nm} wrote:"
    if c == "spark":
        off = d.utcoffset().total_seconds() / 3600
        z = f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}00"
        return f"On {d.day} {loc.MA('en', d)} {d.year} at {d.hour:02d}:{d.minute:02d} {z}, {nm} <{em}>, wrote:"
    if c == "bluemail":
        return f"On {loc.MA('en', d)} {d.day}, {d.year}, at {loc.ampm(d)}, {nm} <{em}> wrote:"
    if c == "typeapp":
        return f"On {loc.MA('en', d)} {d.day}, {d.year}, {loc.ampm(d)}, at {loc.ampm(d)}, {nm} <{em}> wrote:"
    if c == "yahoo":
        return yahoo_intro(lang, d, nm, em)
    return f"{nm} wrote:"


def yahoo_intro(lang, d, nm, em):
    off = d.utcoffset().total_seconds() / 3600
    if lang == "fr":
        return f"Le {loc.W('fr', d)} {d.day} {loc.M('fr', d)} {d.year} à {d.hour:02d}:{d.minute:02d}:{d.second:02d} " \
               f"UTC{'+' if off >= 0 else '-'}{int(abs(off))}, {nm} <{em}> a écrit :"
    return f"On {loc.W('en', d)}, {loc.M('en', d)} {d.day}, {d.year} at {loc.ampm(d).replace(' ', ':%02d ' % d.second)}" \
           f" GMT{'+' if off >= 0 else '-'}{int(abs(off))}, {nm} <{em}> wrote:"


def sty_yahoo(m, q):
    intro = yahoo_intro(m.lang, q.date, q.frm.name, q.frm.email)
    head = ["", "", f"    {intro}  ", "", ""]
    return head, lambda ls: [("    " + x) if x.strip() else "" for x in ls]


def _z(d):
    off = d.utcoffset().total_seconds() / 3600
    return f"{'+' if off >= 0 else '-'}{int(abs(off)):02d}{int(abs(off) * 60) % 60:02d}"


def sty_block(m, q):
    """Generic webmail/mobile header block; m.opt['kind'] picks the wording."""
    o = m.opt
    k = o["kind"]
    d = q.date
    lang = m.lang
    fq = f'"{q.frm.name}" <{q.frm.email}>'
    if k == "zimbra":
        if lang == "fr":
            sep = o.get("sep", "----- Mail original -----")
            sent = f"{loc.W('fr', d).capitalize()} {d.day} {loc.M('fr', d).capitalize()} {d.year} {d.hour:02d}:" \
                   f"{d.minute:02d}:{d.second:02d}"
            head = ["", sep, f"De: {fq}", f"À: {quoted_list(q.to).replace(';', ',')}"]
            if q.cc:
                head.append(f"Cc: {quoted_list(q.cc).replace(';', ',')}")
            head += [f"Envoyé: {sent}", f"Objet: {q.subject}", ""]
        else:
            sent = f"{loc.W('en', d)}, {loc.M('en', d)} {d.day}, {d.year} " \
                   f"{loc.ampm(d).replace(' ', ':%02d ' % d.second)}"
            head = ["", "----- Original Message -----", f"From: {fq}", f"To: {quoted_list(q.to).replace(';', ',')}"]
            if q.cc:
                head.append(f"Cc: {quoted_list(q.cc).replace(';', ',')}")
            head += [f"Sent: {sent}", f"Subject: {q.subject}", ""]
        return head, (lambda ls: prefix_lines(ls, "> ", ">")) if o.get("prefix") else _ident
    if k == "samsung":
        off = d.utcoffset().total_seconds() / 3600
        g = f"(GMT{'+' if off >= 0 else '-'}{int(abs(off)):02d}:00)"
        lab = {"en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:",
                      f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"),
               "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :",
                      f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"),
               "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:",
                      f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {d.hour:02d}:{d.minute:02d}"),
               "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:",
                      f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}")}[lang]
        head = ["", "", "", lab[0], f"{lab[1]} {q.frm.name} <{q.frm.email}> ", f"{lab[2]} {lab[5]} {g} ",
                f"{lab[3]} {std_list(q.to)} "]
        if q.cc:
            head.append(f"Cc: {std_list(q.cc)} ")
        head += [f"{lab[4]} {q.subject} ", ""]
        return head, _ident
    if k == "gmx":
        sent = f"{loc.W('de', d)}, {d.day:02d}. {loc.M('de', d)} {d.year} um {d.hour:02d}:{d.minute:02d} Uhr"
        head = ["", "", "", f"Gesendet: {sent}", f"Von: {fq}", f"An: {quoted_list(q.to).replace(';', ',')}"]
        if q.cc:
            head.append(f"Cc: {quoted_list(q.cc).replace(';', ',')}")
        head += [f"Betreff: {q.subject}", ""]
        return head, _ident
    if k == "orange":
        yy = d.year % 100
        head = ["", "", f"> Message du {d.day:02d}/{d.month:02d}/{yy:02d} {d.hour:02d}:{d.minute:02d}",
                f"> De : {fq}", f"> A : {quoted_list(q.to).replace(';', ',')}",
                f"> Copie à : {quoted_list(q.cc) if q.cc else ''}", f"> Objet : {q.subject}", ">"]
        return head, lambda ls: prefix_lines(ls, "> ", ">")
    if k == "proton":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        head = ["", "", "------- Original Message -------",
                f"On {loc.W('en', d)}, {loc.M('en', d)} {d.day}{suf}, {d.year} at {d.hour:02d}:{d.minute:02d}, "
                f"{q.frm.name} <{q.frm.email}> wrote:", ""]
        return head, lambda ls: prefix_lines(ls, "> ", ">")
    if k == "hotmail":
        head = ["", "", f"Date: {loc.WA('en', d)}, {d.day} {loc.MA('en', d)} {d.year} {d.hour:02d}:{d.minute:02d}:"
                        f"{d.second:02d} {_z(d)}", f"From: {q.frm.email}", f"To: {', '.join(p.email for p in q.to)}",
                f"Subject: {q.subject}", ""]
        return head, _ident
    if k == "zoho":
        head = ["", "", "", f"---- On {loc.WA('en', d)}, {d.day:02d} {loc.MA('en', d)} {d.year} {d.hour:02d}:"
                            f"{d.minute:02d}:{d.second:02d} {_z(d)} {q.frm.name} <{q.frm.email}> wrote ---", ""]
        return head, _ident
    if k == "gmail_fwd":
        head = ["", "---------- Forwarded message ---------", f"From: {q.frm.name} <{q.frm.email}>",
                f"Date: {loc.WA('en', d)}, {loc.MA('en', d)} {d.day}, {d.year} at {loc.ampm(d)}",
                f"Subject: {q.subject}", f"To: {std_list(q.to)}"]
        if q.cc:
            head.append(f"Cc: {std_list(q.cc)}")
        head.append("")
        return head, _ident
    if k == "apple_fwd":
        head = ["", "", "", "Begin forwarded message:", "", f"From: {q.frm.name} <{q.frm.email}>",
                f"Subject: {q.subject}",
                f"Date: {loc.MA('en', d)} {d.day}, {d.year} at {loc.ampm(d)} "
                f"{'EST' if d.utcoffset().total_seconds() == -18000 else 'GMT+1'}",
                f"To: {std_list(q.to)}", ""]
        return head, _ident
    if k == "tb_fwd":
        head = ["", "", "", "-------- Forwarded Message --------", f"Subject: \t{q.subject}",
                f"Date: \t{loc.WA('en', d)}, {d.day} {loc.MA('en', d)} {d.year} {d.hour:02d}:{d.minute:02d}:"
                f"{d.second:02d} +0100",
                f"From: \t{q.frm.name} <{q.frm.email}>", f"To: \t{std_list(q.to)}", "", ""]
        return head, _ident
    raise KeyError(k)


STY = {"ol_orig": sty_ol_orig, "ol_new": sty_ol_new, "owa": sty_owa, "notes_on": sty_notes_on,
       "notes_block": sty_notes_block, "notes_table": sty_notes_table, "notes_wrote": sty_notes_wrote,
       "notes85": sty_notes85, "gw_old": sty_gw_old, "gw_new": sty_gw_new, "oe": sty_oe, "eudora": sty_eudora,
       "wrote": sty_wrote, "yahoo": sty_yahoo, "block": sty_block}


def plain(m, top=False):
    """Rendered plain-text body of m as (line, is_new) pairs."""
    out = []
    if m.inline is not None:
        head, tr = STY[m.style](m, m.quote)
        lead = m.opt.get("inline_lead")
        if lead:
            out += [(x, top) for x in L(lead) if True]
        out += [(x, False) for x in head]
        for kind, lines in m.inline:
            if kind == "q":
                out += [(x, False) for x in tr(lines)]
            else:
                out += [(x, top) for x in lines]
        out += [(x, False) for x in m.after]
        return out
    own = [(x, top) for x in m.lines]
    if m.quote is None:
        out = own
    else:
        head, tr = STY[m.style](m, m.quote)
        qlines = [x for x, _ in plain(m.quote)]
        if m.opt.get("qtrim") is not None:
            qlines = qlines[:m.opt["qtrim"]]
        qb = [(x, False) for x in head + tr(qlines) + list(m.opt.get("qtail", []))]
        if m.pos != "top":
            while qb and not qb[0][0].strip():
                qb.pop(0)
        if m.pos == "top":
            out = own + qb
        else:
            out = qb + ([("", False)] if m.opt.get("gap", True) else []) + own
    out += [(x, False) for x in m.after]
    return out


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
LINK = re.compile(r"<((?:https?|mailto):[^>\s]*)>")
CID = re.compile(r"^\[cid:([^\]]+)\]$")


def esc(s):
    return _html.escape(s, quote=False).replace("\xa0", "&nbsp;")


def inline_html(line):
    mcid = CID.match(line.strip())
    if mcid:
        return f'<img width=120 height=40 src="cid:{mcid.group(1)}" alt="logo">'
    links = LINK.findall(line)
    text = LINK.sub("", line)
    if links:
        return f'<a href="{_html.escape(links[0])}">{esc(text)}</a>'
    return esc(text)


def para(lines, flavor="div"):
    out = []
    if flavor == "mso":
        for x in lines:
            if x.strip():
                out.append(f'<p class=MsoNormal><span style=\'font-size:11.0pt;font-family:"Calibri",sans-serif;'
                           f'color:#1F497D\'>{inline_html(x)}<o:p></o:p></span></p>')
            else:
                out.append("<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif;"
                           "color:#1F497D'><o:p>&nbsp;</o:p></span></p>")
        return "\r\n".join(out)
    if flavor == "mso_q":
        for x in lines:
            out.append(f"<p class=MsoNormal>{inline_html(x) if x.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>")
        return "\r\n".join(out)
    if flavor == "br":
        return "<br>\r\n".join(inline_html(x) for x in lines) + "<br>"
    if flavor == "notes":
        return "\r\n".join(f'<br><font size=2 face="sans-serif">{inline_html(x)}</font>' if x.strip()
                           else "<br>" for x in lines)
    if flavor == "gw":
        return "\r\n".join(f"{inline_html(x)}<br>" if x.strip() else "<br>" for x in lines)
    if flavor == "oe":
        return "\r\n".join(f'<DIV><FONT face=Arial size=2>{inline_html(x)}</FONT></DIV>' if x.strip()
                           else "<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>" for x in lines)
    if flavor == "p":
        return "\r\n".join(f"<p>{inline_html(x)}</p>" if x.strip() else "<p><br></p>" for x in lines)
    if flavor == "auto":
        return "\r\n".join(f'<div dir="auto">{inline_html(x)}</div>' if x.strip()
                           else '<div dir="auto"><br></div>' for x in lines)
    return "\r\n".join(f"<div>{inline_html(x)}</div>" if x.strip() else "<div><br></div>" for x in lines)


def _hdr_html(pairs, bold=True):
    return "<br>\r\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in pairs)


def hsty(m, q, inner):
    s = m.style
    o = m.opt
    if s == "ol_new":
        head, _ = sty_ol_new(m, q)
        pairs = [x.split(" ", 1) if not x.startswith(("De :", "À :", "Cc :", "Objet :", "Envoyé :")) else
                 [x[:x.index(":") + 1], x[x.index(":") + 2:]] for x in head if x.strip() and not x.startswith("_")]
        color = "#E1E1E1" if o.get("modern") else "#B5C4DF"
        return ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n"
                f"<div style='border:none;border-top:solid {color} 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\r\n"
                "<p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Tahoma\",sans-serif'>"
                + _hdr_html(pairs) + "<o:p></o:p></span></p></div>\r\n"
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n" + inner)
    if s == "owa":
        head, _ = sty_owa(m, q)
        pairs = [(x[:x.index(":") + 1], x[x.index(":") + 1:].strip()) for x in head if ":" in x]
        return ('<div id="appendonsend"></div>\r\n<hr style="display:inline-block;width:98%" tabindex="-1">\r\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">' + _hdr_html(pairs) + '</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n' + inner)
    if s == "ol_orig":
        head, _ = sty_ol_orig(m, q)
        pairs = [(x.split(":", 1)[0] + ":", x.split(":", 1)[1].strip()) for x in head if ":" in x and
                 not x.strip().startswith("-----")]
        return ('<div>\r\n<div class=OutlookMessageHeader lang=en-us dir=ltr align=left>\r\n'
                '<font face=Tahoma size=2>-----Original Message-----<br>' + _hdr_html(pairs) +
                '<br></font><br></div>\r\n' + inner + '</div>')
    if s == "wrote":
        head, _ = sty_wrote(m, q)
        intro = " ".join(x.lstrip("> ").strip() for x in head if x.strip() and x.strip() != ">")
        c = m.client
        if c in ("gmail", "gmail_mobile"):
            return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(intro) +
                    '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                    'solid rgb(204,204,204);padding-left:1ex">' + inner + '</blockquote></div>')
        if c == "iphone_mail":
            return ('<div dir="ltr"><br><blockquote type="cite">' + esc(intro) +
                    '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">' + inner +
                    '</div></blockquote>')
        if c == "apple_mail":
            return ('<div><br><blockquote type="cite"><div>' + esc(intro) +
                    '</div><br class="Apple-interchange-newline"><div>' + inner + '</div></blockquote></div>')
        if c == "spark":
            return ('<div name="messageReplySection">' + esc(intro) + '<br><blockquote type="cite" '
                    'style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">' + inner +
                    '</blockquote></div>')
        if c in ("bluemail", "typeapp"):
            return ('<div class="gmail_quote">' + esc(intro) + '<blockquote class="gmail_quote" style="margin: '
                    '0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">' + inner +
                    '</blockquote></div>')
        return ('<div class="moz-cite-prefix">' + esc(intro) + '<br></div>\r\n<blockquote type="cite">' + inner +
                '</blockquote>')
    if s == "yahoo":
        intro = yahoo_intro(m.lang, q.date, q.frm.name, q.frm.email)
        return ('<div id="yahoo_quoted_' + str(rng("yq", q.subject).randrange(10**9, 10**10)) + '" class="yahoo_quoted">\r\n'
                '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;'
                'color:#26282a;">\r\n<div>' + esc(intro) + '</div>\r\n<div><br></div>\r\n<div><br></div>\r\n'
                '<div>' + inner + '</div></div></div>')
    if s == "block":
        head, _ = sty_block(m, q)
        k = o["kind"]
        hl = [x.lstrip("> ").rstrip() for x in head if x.strip() and x.strip() != ">"]
        if k == "gmx":
            pairs = [(x.split(":", 1)[0] + ":", x.split(":", 1)[1].strip()) for x in hl]
            return ('<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px '
                    'solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: '
                    'after-white-space;">\r\n<div style="margin:0 0 10px 0;">' +
                    "<br/>\r\n".join(f"<b>{esc(a)}</b>&nbsp;{esc(b)}" for a, b in pairs) +
                    '</div>\r\n<div name="quoted-content">' + inner + '</div>\r\n</div>')
        if k == "zimbra":
            return ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">' +
                    "".join(f"<b>{esc(x.split(':', 1)[0])}: </b>{esc(x.split(':', 1)[1].strip())}<br>"
                            for x in hl[1:]) +
                    '</div><br><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid '
                    '#1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;'
                    'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">' + inner +
                    '</blockquote></div>')
        if k == "proton":
            return ('<div class="protonmail_quote">\r\n' + esc(hl[0]) + '<br>\r\n' + esc(hl[1]) +
                    '<br><br>\r\n<blockquote class="protonmail_quote" type="cite">\r\n' + inner +
                    '\r\n</blockquote><br>\r\n</div>')
        if k == "hotmail":
            return ('<br><br><div><div id="SkyDrivePlaceholder"></div><hr id="stopSpelling">' +
                    "<br>".join(esc(x) for x in hl) + "<br><br>" + inner + "</div>")
        if k == "zoho":
            return ('<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; '
                    'margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" '
                    'data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">' + esc(hl[0]) +
                    '<br></div><div><br></div><blockquote style="margin: 0px;">' + inner + '</blockquote></div>')
        if k == "samsung":
            return ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;'
                    'color:#000000"><div>' + "</div><div>".join(esc(x) for x in hl) + '</div><div><br></div>'
                    '</div>' + inner)
        return ('<div>' + "<br>".join(esc(x) for x in hl) + '</div><blockquote style="margin:0 0 0 .8ex;'
                'border-left:1px #ccc solid;padding-left:1ex">' + inner + '</blockquote>')
    # fall back: header lines as text then the quote
    head, _ = STY[s](m, q)
    hl = [x for x in head if x.strip()]
    return ("<div>" + "<br>\r\n".join(esc(x) for x in hl) + "</div>\r\n<blockquote>" + inner + "</blockquote>")


def html(m, top=False, flavor=None):
    fl = flavor or m.h
    if m.inline is not None:
        head, _ = STY[m.style](m, m.quote)
        parts = []
        lead = m.opt.get("inline_lead")
        if lead:
            parts.append(para(L(lead), fl))
        intro = [x for x in head if x.strip()]
        parts.append(para(intro, fl))
        for kind, lines in m.inline:
            if kind == "q":
                parts.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px #1010ff solid;'
                             'padding-left:1ex">' + para(lines, "br") + "</blockquote>")
            else:
                parts.append(para(lines, fl))
        return "\r\n".join(parts)
    own = para(m.lines, fl) if m.lines else ""
    if m.quote is None:
        body = own
    else:
        inner = html(m.quote, flavor="mso_q" if m.style in ("ol_new", "ol_orig") and m.quote.h == "mso" else None)
        qh = hsty(m, m.quote, inner)
        body = (own + "\r\n" + qh) if m.pos == "top" else (qh + "\r\n" + own)
    if m.html_after is not None:
        body += m.html_after
    elif m.after:
        body += "\r\n" + para(m.after, "div")
    return body


def label_of(pairs):
    return [x.strip() for x, new in pairs if new and x.strip()]
