"""The message engine of blind25: people, a message as blocks (its own text, device line, the quoted history with
answers typed inside it), the quoting styles of the clients, the HTML alternative, and the wire format per client
family. A reply's label is the stripped, non-empty lines of its labelled blocks (new text, signature, the sender's
own notice under the signature, answers inside the quote), in order."""

import re
from datetime import UTC

import locale25 as LC
from mime25 import (
    Part,
    addr,
    at,
    esc,
    ew,
    ew_mixed,
    hexid,
    local,
    lowhex,
    multipart,
    render,
    rfc,
    rng,
    text_part,
    thread_index,
    tiny_png,
)

FIRM_DOMAIN = "delarive.example"
STAMPED_OFFICES = ("SIN", "DXB")  # the Singapore and Dubai entities' transport rule (a fact of this set)
BANNER = (
    "EXTERNAL EMAIL: This message comes from outside Delarive. Do not click links or open attachments unless you "
    "recognise the sender and know the content is safe."
)


class P:
    """A person: display name as their client writes it, address, time zone, and (staff) office."""

    def __init__(self, name, email, zone, office=None):
        self.name = name
        self.email = email
        self.zone = zone
        self.office = office

    @property
    def who(self):
        return f"{self.name} <{self.email}>"

    @property
    def firm(self):
        return self.email.endswith("@" + FIRM_DOMAIN)


class Ln:
    """One body line: t as in the text part, h as shown in the HTML (no '>' markers), lab (new text of this
    message), d (blockquote depth in the HTML), k (kind: '', hdr, sep, attr, ans, dev, banner, foot, img)."""

    __slots__ = ("d", "h", "k", "lab", "t")

    def __init__(self, t, lab=False, d=0, k="", h=None):
        self.t = t
        self.h = t if h is None else h
        self.lab = lab
        self.d = d
        self.k = k

    def old(self):
        return Ln(self.t, False, self.d, self.k, self.h)


def lines(s):
    """A dedented block of text -> its lines (inner blank lines kept)."""
    if s.startswith("\n"):
        s = s[1:]
    s = s.rstrip()
    ls = s.split("\n")
    ind = min((len(x) - len(x.lstrip(" ")) for x in ls if x.strip()), default=0)
    return [x[ind:].rstrip() for x in ls]


# blocks
def T(s, k=""):
    return ("own", lines(s) if isinstance(s, str) else list(s), True, k)


def OLD(s, k=""):
    return ("own", lines(s) if isinstance(s, str) else list(s), False, k)


def DEV(s):
    return ("dev", s)


def BL(n=1):
    return ("own", [""] * n, False, "")


Q = ("q",)


def FOOT(s):
    return ("own", lines(s), False, "foot")


class M:
    """A message. when: local time 'YYYY-MM-DD HH:MM' in the author's zone."""

    def __init__(
        self,
        key,
        author,
        to,
        subject,
        when,
        blocks,
        *,
        cc=(),
        parent=None,
        style=None,
        answers=(),
        recv=(),
        fam=None,
        fwd=False,
        client="",
        keep=(),
    ):
        self.key = key
        self.author = author
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.dt = at(when, author.zone)
        self.utc = self.dt.astimezone(UTC)
        self.blocks = blocks
        self.parent = parent
        self.style = style
        self.answers = list(answers)
        self.recv = list(recv)
        self.fam = dict(fam or {"fam": "exo"})
        self.fwd = fwd
        self.client = client
        self.keep = list(keep)
        self._lines = None
        self.mid = make_mid(self)
        if parent is not None and not fwd:
            self.irt = parent.mid
            self.refs = [*parent.refs, parent.mid][-8:]
        elif parent is not None and fwd and self.fam.get("fwd_refs"):
            self.irt = None
            self.refs = [*parent.refs, parent.mid][-8:]
        else:
            self.irt = None
            self.refs = []
        if parent is not None and parent.utc >= self.utc:
            raise ValueError(f"{key}: dated before its parent")

    def lines(self):
        if self._lines is None:
            out = []
            for b in self.blocks:
                if b[0] == "own":
                    for x in b[1]:
                        k = b[3]
                        if x.startswith("[cid:"):
                            k = "img"
                        out.append(Ln(x, lab=b[2] and bool(x.strip()), k=k))
                elif b[0] == "dev":
                    if out and out[-1].t.strip():
                        out.append(Ln(""))
                    out.append(Ln(b[1], k="dev"))
                elif b[0] == "q":
                    out.extend(quote(self))
            self._lines = out
        return self._lines

    def label(self):
        return [ln.t.strip() for ln in self.lines() if ln.lab]

    def device(self):
        return next((ln.t for ln in self.lines() if ln.k == "dev"), None)


# --------------------------------------------------------------------------
# Message-IDs
# --------------------------------------------------------------------------
def uuid(r):
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89AB'[r.randrange(4)]}{h[17:20]}-{h[20:]}"


def b62(r, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(r.choice(a) for _ in range(n))


def make_mid(m):
    r = rng("mid", m.key)
    f = m.fam["fam"]
    local_part, dom = m.author.email.split("@")
    d = m.dt
    if f in ("exo", "outlook_ios", "outlook_mac", "owa"):
        pre, reg = m.fam.get("region", "SEYPR06:apcprd06").split(":")
        srv = f"{pre}MB{r.randrange(1000, 9999)}"
        tail = "prod.partner.outlook.cn" if reg.startswith("CHN") else "prod.outlook.com"
        if reg.isupper():
            tail = tail.upper()
        return f"<{srv}{hexid(r, 28)}@{srv}.{reg}.{tail}>"
    if f in ("outlook_smtp",):
        return f"<{'0' * 6}{r.choice('12')}db{lowhex(r, 4)}${lowhex(r, 8)}${lowhex(r, 8)}$@{dom}>"
    if f == "onprem":
        return f"<{hexid(r, 32)}@{m.fam.get('server', 'EXCH01')}.{dom}>"
    if f == "gmail":
        return f"<CA{b62(r, 2)}{b62(r, 36)}{r.choice('+_-')}{b62(r, 8)}@mail.gmail.com>"
    if f == "apple":
        return f"<{uuid(r)}@{dom}>"
    if f in ("qq", "wecom"):
        return f"<tencent_{hexid(r, 40)}@{dom}>"
    if f == "foxmail":
        return f"<{d:%Y%m%d%H%M}{r.randrange(10**10, 10**11)}@{dom}>"
    if f in ("coremail", "netease"):
        return f"<{lowhex(r, 8)}.{lowhex(r, 4)}.{lowhex(r, 11)}.Coremail.{local_part}@{dom}>"
    if f == "mailmaster":
        return f"<{lowhex(r, 8)}.{lowhex(r, 5)}.{lowhex(r, 11)}@{dom}>"
    if f == "alimail":
        return f"<{lowhex(r, 8)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 4)}-{lowhex(r, 12)}.{local_part}@{dom}>"
    if f == "lark":
        return f"<{uuid(r).lower()}@{dom}>"
    if f == "yahoojp":
        return f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@{dom}>"
    if f == "becky":
        return f"<{d:%Y%m%d%H%M%S}.{hexid(r, 4)}.{hexid(r, 8)}@{dom}>"
    if f == "thunderbird":
        return f"<{uuid(r).lower()}@{dom}>"
    if f == "naver":
        return f"<{lowhex(r, 20)}@cweb{r.randrange(10, 40):03d}.nm.{dom}>"
    if f == "daum":
        return f"<{d:%Y%m%d%H%M%S}.{lowhex(r, 12)}@{dom}>"
    if f == "zoho":
        return f"<{lowhex(r, 11)}.{lowhex(r, 16)}.{r.randrange(10**18, 10**19)}@{dom}>"
    if f == "winmail":
        return f"<{uuid(r).upper()}@{dom}>"
    return f"<{d:%Y%m%d%H%M%S}.{lowhex(r, 16)}@{dom}>"


# --------------------------------------------------------------------------
# quoting styles: f(m, base) -> lines; base is the parent as the author received it (all old)
# --------------------------------------------------------------------------
def who_list(ps, sep="; "):
    return sep.join(p.who for p in ps)


def seen_subject(m):
    """The parent's subject as the quoting author's mailbox shows it (a gateway tag included)."""
    return m.fam.get("parent_subject") or received_subject(m.parent, m.author)


def received_subject(msg, reader):
    if reader.firm and reader.office in STAMPED_OFFICES and not msg.author.firm:
        return "[EXTERNAL] " + msg.subject
    return msg.subject


def quoted_prefix(ln):
    t = ln.t
    nt = ">" if t == "" else (">" + t if t.startswith(">") else "> " + t)
    return Ln(nt, False, ln.d + 1, ln.k, ln.h)


def outlook(loc="en", date_loc="en-US", sep=False, mac=False, blank=1, names_only=False):
    def f(m, base):
        p = m.parent
        dt = local(p.utc, m.author.zone)
        lab = (LC.MAC_LABELS if mac else LC.OUTLOOK_LABELS)[loc]
        date = LC.mac_date(dt, date_loc) if mac else LC.outlook_date(dt, date_loc)

        def w(x):
            return x.name if names_only else x.who

        hdr = [f"{lab[0]} {w(p.author)}", f"{lab[1]} {date}", f"{lab[2]} {'; '.join(w(x) for x in p.to)}"]
        if p.cc:
            hdr.append(f"{lab[3]} {'; '.join(w(x) for x in p.cc)}")
        hdr.append(f"{lab[4]} {seen_subject(m)}")
        out = [Ln("") for _ in range(blank)]
        if sep:
            out.append(Ln("_" * 32, k="sep"))
        out += [Ln(x, k="hdr") for x in hdr]
        out.append(Ln(""))
        return out + base

    f.kind = "flat"
    return f


def gt(attr, *, blank_after=True, wrap_at=None, ios=False, lead=1, bom=True):
    """attr(dt, parent) -> the attribution text; '>' quoting. ios: the attribution sits inside the quote and
    the first quoted line opens with U+FEFF, as iOS Mail writes it."""

    def f(m, base):
        p = m.parent
        dt = local(p.utc, m.author.zone)
        a = attr(dt, p)
        al = [a]
        if wrap_at and len(a) > wrap_at:
            cut = a.rfind(" ", 0, wrap_at)
            if "<" in a[:wrap_at]:
                cut = a.index("<") + 1 if a.index("<") + 1 <= wrap_at else cut
            al = [a[:cut].rstrip(" "), a[cut:].lstrip(" ")]
        out = [Ln("") for _ in range(lead)]
        if ios:
            out.append(Ln("> " + a, d=1, k="attr", h=a))
            out.append(Ln(">", d=1))
            first = True
            for ln in base:
                q = quoted_prefix(ln)
                if first and ln.t and bom:
                    q = Ln("> \ufeff" + ln.t, False, ln.d + 1, ln.k, "\ufeff" + ln.h)
                    first = False
                out.append(q)
            return out
        out += [Ln(x, k="attr") for x in al]
        if blank_after:
            out.append(Ln(""))
        out += [quoted_prefix(ln) for ln in base]
        return out

    f.kind = "gt"
    return f


def gmail(loc):
    return gt(lambda dt, p: LC.gmail_attr(dt, loc, p.author.who))


def gmail_wrapped(loc, width=78):
    return gt(lambda dt, p: LC.gmail_attr(dt, loc, p.author.who), wrap_at=width)


def ios(loc, bom=True):
    return gt(lambda dt, p: LC.ios_attr(dt, loc, p.author.who), ios=True, bom=bom)


def apple_mac(loc):
    return gt(lambda dt, p: LC.ios_attr(dt, loc, p.author.who))


def flat(header_fn, lead=1, after=1):
    """Unprefixed history under a header made by header_fn(m, dt) -> list of (text, kind)."""

    def f(m, base):
        dt = local(m.parent.utc, m.author.zone)
        out = [Ln("") for _ in range(lead)]
        out += [Ln(t, k=k) for t, k in header_fn(m, dt)]
        out += [Ln("") for _ in range(after)]
        return out + base

    f.kind = "flat"
    return f


def qq_style(m, dt):
    p = m.parent
    h, pm = LC.h12(dt)
    out = [
        ("------------------ 原始邮件 ------------------", "sep"),
        (f'发件人: "{p.author.name}"<{p.author.email}>;', "hdr"),
        (
            f"发送时间: {LC.ymd_zh(dt)}(星期{LC.ZH_WD[dt.weekday()]}) {'下午' if pm else '上午'}{h}:{dt.minute:02d}",
            "hdr",
        ),
        ("收件人: " + "".join(f'"{x.name}"<{x.email}>;' for x in p.to), "hdr"),
    ]
    if p.cc:
        out.append(("抄送: " + "".join(f'"{x.name}"<{x.email}>;' for x in p.cc), "hdr"))
    out.append((f"主题: {seen_subject(m)}", "hdr"))
    return out


def foxmail_style(m, dt):
    p = m.parent
    out = [
        (f"发件人： {p.author.name}", "hdr"),
        (f"发送时间： {dt:%Y-%m-%d %H:%M}", "hdr"),
        (f"收件人： {', '.join(x.name for x in p.to)}", "hdr"),
    ]
    if p.cc:
        out.append((f"抄送： {', '.join(x.name for x in p.cc)}", "hdr"))
    out.append((f"主题： {seen_subject(m)}", "hdr"))
    return out


def coremail_style(m, dt):
    p = m.parent
    out = [
        ("-----原始邮件-----", "sep"),
        (f'发件人:"{p.author.name}" <{p.author.email}>', "hdr"),
        (f"发送时间:{dt:%Y-%m-%d %H:%M:%S} (星期{LC.ZH_WD[dt.weekday()]})", "hdr"),
        ("收件人:" + ", ".join(f'"{x.name}" <{x.email}>' for x in p.to), "hdr"),
        ("抄送:" + ", ".join(f'"{x.name}" <{x.email}>' for x in p.cc), "hdr"),
        (f"主题:{seen_subject(m)}", "hdr"),
    ]
    return out


def mailmaster_style(m, dt):
    p = m.parent
    return [
        ("---- 回复的原邮件 ----", "sep"),
        (f"| 发件人 | {p.author.name}<{p.author.email}> |", "hdr"),
        (f"| 日期 | {dt:%Y年%m月%d日 %H:%M} |", "hdr"),
        (f"| 收件人 | {', '.join(f'{x.name}<{x.email}>' for x in p.to)} |", "hdr"),
        (f"| 主题 | {seen_subject(m)} |", "hdr"),
    ]


def alimail_style(m, dt):
    p = m.parent
    out = [
        ("-" * 66, "sep"),
        (f"发件人：{p.author.name} <{p.author.email}>", "hdr"),
        (f"发送时间：{LC.ymd_zh(dt)}(星期{LC.ZH_WD[dt.weekday()]}) {dt:%H:%M}", "hdr"),
        (f"收件人：{'; '.join(f'{x.name}<{x.email}>' for x in p.to)}", "hdr"),
    ]
    if p.cc:
        out.append((f"抄\u3000送：{'; '.join(f'{x.name}<{x.email}>' for x in p.cc)}", "hdr"))
    out.append((f"主\u3000题：{seen_subject(m)}", "hdr"))
    return out


def naver_style(m, dt):
    p = m.parent
    wd = LC.KO_WD[dt.weekday()]
    return [
        ("-----Original Message-----", "sep"),
        (f'From: "{p.author.name}"<{p.author.email}>', "hdr"),
        ("To: " + "".join(f'"{x.name}"<{x.email}>;' for x in p.to), "hdr"),
        ("Cc: " + "".join(f'"{x.name}"<{x.email}>;' for x in p.cc), "hdr"),
        (f"Sent: {dt:%Y-%m-%d} ({wd}) {dt:%H:%M:%S} (GMT+09:00)", "hdr"),
        (f"Subject: {seen_subject(m)}", "hdr"),
    ]


def daum_style(m, dt):
    p = m.parent
    wd = LC.KO_WD[dt.weekday()]
    return [
        ("--------- 원본 메일 ---------", "sep"),
        (f'보낸사람: "{p.author.name}" <{p.author.email}>', "hdr"),
        ("받는사람 : " + ", ".join(f'"{x.name}" <{x.email}>' for x in p.to), "hdr"),
        (f"날짜: {dt.year}-{dt.month:02d}-{dt.day:02d} ({wd}) {dt:%H:%M:%S}", "hdr"),
        (f"제목: {seen_subject(m)}", "hdr"),
    ]


def zoho_style(m, dt):
    p = m.parent
    return [(f"---- On {rfc(dt)[:-6]} {rfc(dt)[-5:]} {p.author.name}<{p.author.email}> wrote ----", "attr")]


def yahoojp_style(m, dt):
    p = m.parent
    return [
        ("----- Original Message -----", "sep"),
        (f'From: "{p.author.name}" <{p.author.email}>', "hdr"),
        ("To: " + ", ".join(f'"{x.name}" <{x.email}>' for x in p.to), "hdr"),
        (f"Date: {dt.year}/{dt.month}/{dt.day} {LC.JA_WD[dt.weekday()]} {dt.hour}:{dt.minute:02d}", "hdr"),
        (f"Subject: {seen_subject(m)}", "hdr"),
    ]


def sina_style(m, dt):
    p = m.parent
    return [
        ("----- 原始邮件 -----", "sep"),
        (f"发件人：{p.author.name} <{p.author.email}>", "hdr"),
        ("收件人：" + ", ".join(f"{x.name} <{x.email}>" for x in p.to), "hdr"),
        (f"主题：{seen_subject(m)}", "hdr"),
        (f"日期：{dt:%Y年%m月%d日 %H点%M分}", "hdr"),
    ]


def gmail_fwd_style(m, dt):
    p = m.parent
    out = [
        ("---------- Forwarded message ---------", "sep"),
        (f"From: {p.author.name} <{p.author.email}>", "hdr"),
        (f"Date: {LC.EN_WD[dt.weekday()][:3]}, {dt.day} {LC.EN_MON[dt.month - 1][:3]} {dt.year} at {dt:%H:%M}", "hdr"),
        (f"Subject: {seen_subject(m)}", "hdr"),
        ("To: " + ", ".join(x.who for x in p.to), "hdr"),
    ]
    if p.cc:
        out.append(("Cc: " + ", ".join(x.who for x in p.cc), "hdr"))
    return out


def yahoojp():
    """Yahoo! JAPAN webmail: a header block, then the history quoted with '> '."""

    def f(m, base):
        dt = local(m.parent.utc, m.author.zone)
        out = [Ln(""), Ln("")]
        out += [Ln(t, k=k) for t, k in yahoojp_style(m, dt)]
        out.append(Ln(""))
        return out + [quoted_prefix(ln) for ln in base]

    f.kind = "gt"
    return f


def becky():
    """Becky! Internet Mail's default: an RFC-date attribution on two lines, '> ' quoting."""

    def f(m, base):
        p = m.parent
        out = [Ln(""), Ln(f"On {rfc(p.dt)}", k="attr"), Ln(f'"{p.author.name}" <{p.author.email}> wrote:', k="attr")]
        out.append(Ln(""))
        return out + [quoted_prefix(ln) for ln in base]

    f.kind = "gt"
    return f


def thunderbird(loc="en-GB"):
    def attr(dt, p):
        if loc == "en-GB":
            return f"On {dt:%d/%m/%Y} {dt:%H:%M}, {p.author.name} wrote:"
        return f"On {dt.month}/{dt.day}/{dt.year} {LC.en12(dt)}, {p.author.name} wrote:"

    return gt(attr, blank_after=False)


def netease_web():
    return gt(lambda dt, p: f'在 {dt:%Y-%m-%d %H:%M:%S}，"{p.author.name}" <{p.author.email}> 写道：')


def lark_style():
    return gt(
        lambda dt, p: (
            f"{LC.ymd_zh(dt)}(周{LC.ZH_WD[dt.weekday()]}) {dt:%H:%M}，{p.author.name} <{p.author.email}> 写道："
        )
    )


# --------------------------------------------------------------------------
# the history as received, answers typed inside it
# --------------------------------------------------------------------------
def quote(m):
    base = [Ln(x, k="banner") if isinstance(x, str) else x for x in m.recv]
    base += [ln.old() for ln in m.parent.lines()]
    if m.keep:
        kept = []
        for a, b in m.keep:
            i = next(i for i, ln in enumerate(base) if a in ln.h)
            j = next(j for j in range(i, len(base)) if b in base[j].h)
            if kept:
                kept.append(Ln(""))
            kept += base[i : j + 1]
        base = kept
    q = m.style(m, base)
    pos = 0
    for anchor, ans in m.answers:
        idx = next((i for i in range(pos, len(q)) if anchor in q[i].h and not q[i].lab), None)
        if idx is None:
            raise ValueError(f"{m.key}: anchor {anchor!r} not found in the quote")
        d = 0 if m.style.kind == "gt" else q[idx].d
        new = [Ln(x, lab=bool(x.strip()), d=d, k="ans" if x.strip() else "") for x in ans]
        q[idx + 1 : idx + 1] = new
        pos = idx + 1 + len(new)
    return q


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
def html_line(ln, flavour, color):
    h = ln.h
    if ln.k == "img":
        cid = h[5:-1]
        return f'<p class="MsoNormal"><img width="96" height="96" id="Picture_1" src="cid:{cid}"></p>'
    if ln.k == "banner":
        return (
            '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background:#FFF2CC;'
            f'border:1px solid #BF9000"><tr><td style="padding:6px"><span style="font-size:9pt">{esc(h)}</span>'
            "</td></tr></table>"
        )
    if not h.strip():
        if flavour == "word":
            return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        return "<div><br></div>"
    body = esc(h)
    if ln.k == "hdr" and flavour == "word":
        m = re.match(r"^(\|?\s?[^:：|]+[:：]|[^:：]+ :)(.*)$", h)
        if m:
            body = f"<b>{esc(m.group(1))}</b>{esc(m.group(2))}"
    if ln.k == "ans":
        body = f'<span style="color:{color}">{body}</span>'
    if flavour == "word":
        return f'<p class="MsoNormal">{body}<o:p></o:p></p>'
    return f"<div>{body}</div>"


def html_doc(ls, flavour="word", cs="utf-8", color="#0070C0", lang="EN-US", rtl=False):
    out = []
    d = 0
    in_hist = False
    for ln in ls:
        while d < ln.d:
            out.append(
                '<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            )
            d += 1
        while d > ln.d:
            out.append("</blockquote>")
            d -= 1
        if flavour == "word" and ln.k in ("hdr", "sep") and not in_hist:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            in_hist = True
            if ln.k == "sep":
                continue
        elif in_hist and ln.k not in ("hdr", "sep"):
            out.append("</div>")
            in_hist = False
        out.append(html_line(ln, flavour, color))
    if in_hist:
        out.append("</div>")
    while d > 0:
        out.append("</blockquote>")
        d -= 1
    body = "\n".join(out)
    dirattr = ' dir="rtl"' if rtl else ""
    if flavour == "word":
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{dirattr}>\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
        )
    if flavour == "gmail":
        return f'<div dir="{"rtl" if rtl else "ltr"}">\n{body}\n</div>\n'
    if flavour == "apple":
        return (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            f'<body dir="auto">\n{body}\n</body></html>\n'
        )
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
        f'<body{dirattr}><div style="font-size:14px">\n{body}\n</div></body></html>\n'
    )


# --------------------------------------------------------------------------
# the wire
# --------------------------------------------------------------------------
def hdr_text(s, cs, mode="B", mixed=False):
    return ew_mixed(s, cs, mode) if mixed else ew(s, cs, mode)


def addr_of(p, cs, mode="B", quote=False):
    return addr(p.name, p.email, cs, mode, quote)


def delivered(m):
    """The body lines and subject as the firm's mailbox receives them (the transport rule's stamp)."""
    ls = list(m.lines())
    subj = m.subject
    stamped = not m.author.firm and any(p.firm and p.office in STAMPED_OFFICES for p in m.to + m.cc)
    if stamped:
        ls = [Ln(BANNER, k="banner"), Ln(""), *ls]
        subj = "[EXTERNAL] " + subj
    return ls, subj, stamped


def received_line(m, r):
    u = m.utc.astimezone(UTC)
    ip = f"203.0.113.{r.randrange(2, 250)}"
    host = m.fam.get("mx") or ("mail." + m.author.email.split("@")[1])
    srv = f"ZR2PEPF0000{r.randrange(1000, 9999)}"
    return (
        f"from {host} ({ip}) by {srv}.CHEP278.PROD.OUTLOOK.COM\r\n (2603:10a6:910:1::{r.randrange(10, 99)}) with "
        f"Microsoft SMTP Server id 15.20.9412.{r.randrange(10, 40)} via Frontend\r\n Transport; "
        f"{u.strftime('%a, ')}{u.day}{u.strftime(' %b %Y %H:%M:%S')} +0000"
    )


def wire(m, stamp=True):
    """Bytes of m as it reaches the firm (or, for the firm's own messages, as sent)."""
    fam = m.fam
    f = fam["fam"]
    r = rng("wire", m.key)
    ls, subj, stamped = delivered(m) if stamp else (m.lines(), m.subject, False)
    tcs = fam.get("cs", "utf-8")
    cte = fam.get("cte", "base64" if tcs.lower() != "us-ascii" else "7bit")
    htcs = fam.get("html_cs", tcs)
    hcte = fam.get("html_cte", cte)
    kind = fam.get("html", "alt")  # alt | only | none
    flavour = fam.get("flavour") or {
        "exo": "word",
        "outlook_smtp": "word",
        "onprem": "word",
        "outlook_mac": "word",
        "gmail": "gmail",
        "apple": "apple",
    }.get(f, "plain")
    color = fam.get("color", "#0070C0")
    text = "\n".join(ln.t for ln in ls) + "\n"
    if fam.get("flowed"):
        from mime12 import flow

        text = "\n".join(flow([ln.t for ln in ls], 72)) + "\n"
    ctp = fam.get("ctp") or 'text/plain; charset="{cs}"'
    cth = fam.get("cth") or 'text/html; charset="{cs}"'
    parts = []
    if kind in ("alt", "none"):
        parts.append(text_part(text, ctp.format(cs=tcs), tcs, cte))
    if kind in ("alt", "only"):
        doc = html_doc(ls, flavour, htcs, color, fam.get("lang_attr", "EN-US"), fam.get("rtl", False))
        parts.append(text_part(doc, cth.format(cs=htcs), htcs, hcte))
    bnd = boundary(m, r)
    content = parts[0] if len(parts) == 1 else multipart("alternative", parts, bnd)
    if fam.get("chop"):
        cid = fam["chop"]
        img = Part(
            [
                ("Content-Type", f'image/png; name="{cid.split("@")[0]}"'),
                ("Content-Description", cid.split("@")[0]),
                ("Content-Disposition", f'inline; filename="{cid.split("@")[0]}"'),
                ("Content-ID", f"<{cid}>"),
                ("Content-Transfer-Encoding", "base64"),
            ],
            body_b64(tiny_png(m.key)),
        )
        content = multipart(
            "related",
            [content, img],
            "_rel" + bnd,
            ct=f'multipart/related;\r\n\tboundary="_rel{bnd}";\r\n\ttype="multipart/alternative"',
        )
    atts = [attachment(a, m) for a in fam.get("attach", ())]
    if atts:
        mbnd = "_004_" + bnd[5:] if bnd.startswith("_000_") else "mix_" + bnd
        content = multipart("mixed", [content, *atts], mbnd)
    return render(headers(m, r, subj, stamped), content)


def attachment(spec, m):
    """A deterministic dummy file; its name encoded as the client does (RFC 2047 words in a quoted parameter,
    as Outlook, Gmail and the Chinese webmails do, or RFC 2231)."""
    from urllib.parse import quote as pct

    name = spec["name"]
    ct = spec.get("ct", "application/pdf")
    r = rng("att", m.key, name)
    body = bytes(r.randrange(256) for _ in range(r.randrange(1200, 3000)))
    data = (
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body + b"\n%%EOF\n")
        if ct == "application/pdf"
        else (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + body + b"\xff\xd9")
    )
    cs = spec.get("cs", "utf-8")
    if spec.get("style", "rfc2047") == "rfc2231":
        hs = [
            ("Content-Type", f"{ct};\r\n\tname*={cs}''{pct(name.encode(codec_of(cs)), safe='')}"),
            ("Content-Disposition", f"attachment;\r\n\tfilename*={cs}''{pct(name.encode(codec_of(cs)), safe='')}"),
        ]
    else:
        en = ew(name, cs).replace("\r\n ", " ")
        hs = [("Content-Type", f'{ct}; name="{en}"')]
        if m.fam["fam"] in ("exo", "outlook_mac", "outlook_ios", "owa", "outlook_smtp"):
            hs.append(("Content-Description", en))
            hs.append(("Content-Disposition", f'attachment; filename="{en}"; size={len(data)}'))
        else:
            hs.append(("Content-Disposition", f'attachment; filename="{en}"'))
        if m.fam["fam"] == "gmail":
            aid = "f_" + lowhex(r, 9)
            hs += [("Content-ID", f"<{aid}>"), ("X-Attachment-Id", aid)]
    hs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hs, body_b64(data))


def codec_of(cs):
    from mime25 import codec

    return codec(cs)


def body_b64(data):
    from mime25 import b64

    return b64(data).encode("ascii")


def boundary(m, r):
    f = m.fam["fam"]
    if f in ("exo", "outlook_ios", "outlook_mac", "owa"):
        return "_000_" + m.mid[1:].split("@")[0] + "_"
    if f in ("outlook_smtp", "onprem"):
        return f"----=_NextPart_000_{hexid(r, 4)}_01DB{hexid(r, 4)}.{hexid(r, 8)}"
    if f == "gmail":
        return "000000000000" + lowhex(r, 16)
    if f == "apple":
        return "Apple-Mail-" + uuid(r)
    if f in ("qq", "wecom"):
        return f"----=_NextPart_{hexid(r, 8)}_{hexid(r, 8)}_{hexid(r, 8)}"
    if f == "foxmail":
        return f"----=_001_NextPart{r.randrange(10**11, 10**12)}_=----"
    if f in ("coremail", "netease", "mailmaster"):
        return f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**9, 10**10)}.{int(m.utc.timestamp())}000"
    return f"=_{lowhex(r, 24)}"


TOPIC_PREFIX = re.compile(
    r"^(?:(?:RE|FW|Fwd|Re|Fw|AW|答复|回复|回覆|轉寄|转发|회신|전달|رد|Automatic reply|自动答复|自動回覆|自動応答|자동 회신|"
    r"رد تلقائي|Réponse automatique|Tr) ?[:：] ?)+"
)


def headers(m, r, subj, stamped):
    fam = m.fam
    f = fam["fam"]
    hcs = fam.get("hcs", "utf-8")
    hmode = fam.get("hmode", "B")
    mixed = fam.get("subject_mixed", f in ("gmail", "apple", "thunderbird"))
    H = []
    if not m.author.firm:
        H.append(("Received", received_line(m, r)))
    frm = addr_of(m.author, hcs, hmode, quote=fam.get("quote_names", False))
    tos = ",\r\n\t".join(addr_of(p, hcs, hmode, quote=fam.get("quote_names", False)) for p in m.to)
    ccs = ",\r\n\t".join(addr_of(p, hcs, hmode, quote=fam.get("quote_names", False)) for p in m.cc)
    s = subj
    if stamped and not all(ord(c) < 128 for c in m.subject):
        subject = "[EXTERNAL] " + hdr_text(m.subject, hcs, hmode, mixed)
    else:
        subject = hdr_text(s, hcs, hmode, mixed)
    date = rfc(m.dt)
    irt = [("In-Reply-To", m.irt)] if m.irt else []
    refs = [("References", "\r\n ".join(m.refs))] if m.refs else []
    if f in ("exo", "outlook_ios", "outlook_mac", "owa", "onprem", "outlook_smtp"):
        topic = TOPIC_PREFIX.sub("", m.subject)
        H += [("From", frm), ("To", tos)]
        if m.cc:
            H.append(("CC", ccs))
        H += [("Subject", subject), ("Thread-Topic", hdr_text(topic, hcs, hmode))]
        H.append(("Thread-Index", thread_index(r, len(m.refs) + 1)))
        H += [("Date", date), ("Message-ID", m.mid), *refs, *irt]
        if f == "outlook_smtp":
            H.append(("X-Mailer", "Microsoft Outlook 16.0"))
        if f == "outlook_mac":
            H.append(("User-Agent", "Microsoft-MacOutlook/16.95.25031618"))
        H.append(("Accept-Language", fam.get("accept", "en-US")))
        H.append(("Content-Language", fam.get("content_lang", "en-US")))
        H += [("X-MS-Has-Attach", "yes" if fam.get("chop") or fam.get("attach") else ""), ("X-MS-TNEF-Correlator", "")]
        if fam.get("x_orig_ip", True):
            H.append(("x-originating-ip", f"[203.0.113.{r.randrange(2, 250)}]"))
        H.append(("MIME-Version", "1.0"))
    elif f == "gmail":
        H += [("MIME-Version", "1.0"), *refs, *irt, ("From", frm), ("Date", date), ("Message-ID", m.mid)]
        H += [("Subject", subject), ("To", tos)]
        if m.cc:
            H.append(("Cc", ccs))
    elif f == "apple":
        H += [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Subject", subject), ("Date", date)]
        if m.cc:
            H.append(("Cc", ccs))
        H += [("Message-Id", m.mid), *refs, *irt, ("To", tos), ("X-Mailer", fam.get("xmailer", "iPhone Mail (22D82)"))]
    else:
        xm = {
            "qq": "QQMail 2.x",
            "wecom": "WeCom Mail 4.1.33",
            "foxmail": "Foxmail 7.2.25.375[cn]",
            "coremail": "Coremail Webmail Server Version XT5.0.14 build 20240320(b3a3e6b8)",
            "netease": "Coremail Webmail Server Version XT5.0.14 build 20240320(b3a3e6b8) Copyright (c) 2002-2027 163com",
            "mailmaster": None,
            "alimail": "Alimail-Mailagent revision 2",
            "lark": None,
            "yahoojp": None,
            "becky": "Becky! ver. 2.81.04 [ja]",
            "thunderbird": None,
            "naver": None,
            "daum": "Daum Web Mailer 1.1",
            "zoho": "Zoho Mail",
        }.get(f)
        H += [("Date", date), ("From", frm), ("To", tos)]
        if m.cc:
            H.append(("Cc", ccs))
        H += [("Subject", subject), ("Message-ID", m.mid), *irt, *refs]
        if f == "qq":
            H.append(("X-QQ-mid", f"xmsezb{lowhex(r, 14)}-{lowhex(r, 12)}"))
        if f == "thunderbird":
            H.append(("User-Agent", "Mozilla Thunderbird"))
            H.append(("Content-Language", fam.get("content_lang", "en-GB")))
        if f == "naver":
            H.append(("X-Naver-CIP", f"203.0.113.{r.randrange(2, 250)}"))
        if f == "winmail":
            H.append(("X-Mailer", "Mail for Windows 10"))
        if xm:
            H.append(("X-Mailer", xm))
        if f == "foxmail":
            H.append(("X-Priority", "3"))
        H.append(("MIME-Version", "1.0"))
    for k, v in fam.get("extra_headers", ()):
        H.append((k, v))
    return H


# --------------------------------------------------------------------------
# the firm's Sent Items copy (text/plain, as blind23)
# --------------------------------------------------------------------------
def sent_copy(f):
    H = [
        ("From", addr_of(f.author, "utf-8")),
        ("To", ",\r\n\t".join(addr_of(p, "utf-8") for p in f.to)),
    ]
    if f.cc:
        H.append(("Cc", ",\r\n\t".join(addr_of(p, "utf-8") for p in f.cc)))
    H += [("Subject", ew(f.subject, "utf-8")), ("Date", rfc(f.dt)), ("Message-ID", f.mid)]
    if f.irt:
        H.append(("In-Reply-To", f.irt))
    if f.refs:
        H.append(("References", "\r\n ".join(f.refs)))
    H += [("MIME-Version", "1.0"), ("X-Folder", "Sent Items")]
    text = "\n".join(ln.t for ln in f.lines()) + "\n"
    part = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    return render(H, part)


# --------------------------------------------------------------------------
# a human case
# --------------------------------------------------------------------------
def human(slug, m, lang, opt_out=False, sent=None):
    """-> the dict collect() expects. sent: the firm message whose Sent Items copy goes with the reply (when
    answers were typed inside its quoted copy)."""
    raw = wire(m)
    ls, _, stamped = delivered(m)
    has_text = m.fam.get("html", "alt") != "only"
    first = next((ln for ln in ls if ln.t.strip()), None)
    top = bool(first is not None and first.lab and not stamped)
    if sent is not None and not sent.author.firm:
        raise ValueError(f"{slug}: a Sent Items copy of a message the firm did not send")
    if m.answers and sent is None:
        raise ValueError(f"{slug}: answers inside the quote but no Sent Items copy")
    return {
        "slug": slug,
        "client": m.client,
        "lang": lang,
        "kind": "human",
        "raw": raw,
        "new_text": m.label(),
        "mode": "text" if has_text else "html",
        "top": top,
        "opt_out": opt_out,
        "sent": sent_copy(sent) if sent is not None else None,
        "device": m.device(),
        "date": m.dt.isoformat(),
        "zone": m.author.zone,
        "utc": m.utc,
        "answers": m.parent.utc if m.parent is not None else None,
    }
