"""Low-level MIME writing for blind13 (copied from eval/blind12/mime12.py): encoders, header words, parts, dates.

Everything returns str/bytes with CRLF line endings, as on the wire.
"""
import base64
import hashlib
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

PYCS = {"us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "iso-8859-2": "iso8859_2",
        "iso-8859-15": "iso8859_15", "utf-8": "utf-8", "windows-1250": "cp1250", "windows-1251": "cp1251",
        "koi8-r": "koi8_r"}


def pycs(cs):
    return PYCS[cs.lower()]


def enc(text, cs):
    return text.encode(pycs(cs))


def rng(*seed):
    h = hashlib.sha256("|".join(str(s) for s in seed).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
def D(s, off=0):
    """'2001-03-12 10:15[:ss]' with a UTC offset in hours (may be fractional)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=timezone(timedelta(hours=off)))


def rfcdate(dt, zone_comment=None):
    s = format_datetime(dt)
    if zone_comment:
        s += f" ({zone_comment})"
    return s


def later(dt, minutes):
    return dt + timedelta(minutes=minutes)


# --------------------------------------------------------------------------
# transfer encodings
# --------------------------------------------------------------------------
def qp(data, maxlen=76, encode_from=False):
    """Quoted-printable of bytes whose lines end in \\n; returns str with CRLF."""
    out = []
    lines = data.split(b"\n")
    for li, raw in enumerate(lines):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        toks = []
        n = len(raw)
        for j, b in enumerate(raw):
            if b in (32, 9):
                toks.append(chr(b) if j < n - 1 else "=%02X" % b)
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        if encode_from and raw.startswith(b"From "):
            toks[0] = "=46"
        cur = ""
        phys = []
        for t in toks:
            if len(cur) + len(t) > maxlen - 1:
                phys.append(cur + "=")
                cur = ""
            cur += t
        phys.append(cur)
        out.extend(phys)
    return "\r\n".join(out)


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
PHRASE_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s, cs="utf-8", mode="Q", maxword=75):
    """Encoded words for s (whole string), split at character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s
    pre = f"=?{cs}?{mode}?"
    words = []
    cur = ""
    curbytes = b""
    for ch in s:
        b = ch.encode(pycs(cs))
        if mode == "Q":
            piece = "".join("_" if x == 32 else (chr(x) if chr(x) in PHRASE_SAFE else "=%02X" % x) for x in b)
            if len(pre) + len(cur) + len(piece) + 2 > maxword:
                words.append(pre + cur + "?=")
                cur = ""
            cur += piece
        else:
            if len(pre) + len(base64.b64encode(curbytes + b)) + 2 > maxword:
                words.append(pre + base64.b64encode(curbytes).decode() + "?=")
                curbytes = b""
            curbytes += b
    if mode == "Q":
        words.append(pre + cur + "?=")
    else:
        words.append(pre + base64.b64encode(curbytes).decode() + "?=")
    return "\r\n ".join(words)


def ew_subject(prefix, s, cs="utf-8", mode="Q"):
    """'RE: ' + encoded remainder, as Outlook/Gmail do (prefix kept literal)."""
    if all(ord(c) < 128 for c in s):
        return prefix + s
    return prefix + ew(s, cs, mode)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", mode="Q", quote=False):
    if not name:
        return email if not quote else f"<{email}>"
    if any(ord(c) > 127 for c in name):
        return f"{ew(name, cs, mode)} <{email}>"
    if quote or any(c in SPECIALS for c in name):
        n = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{n}" <{email}>'
    return f"{name} <{email}>"


def addrlist(items, fold="\r\n\t", width=76):
    out = ""
    line = 0
    for i, a in enumerate(items):
        piece = a + ("," if i < len(items) - 1 else "")
        if i and line + len(piece) + 1 > width:
            out += fold
            line = 1
        elif i:
            out += " "
            line += 1
        out += piece
        line += len(piece)
    return out


def fold_ids(ids, sep="\r\n "):
    return sep.join(ids)


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        h = "".join(f"{k}: {v}\r\n" for k, v in self.headers).encode("ascii")
        if self.parts is None:
            body = self.body if isinstance(self.body, bytes) else self.body.encode("ascii")
            return h + b"\r\n" + body
        out = [h + b"\r\n"]
        if self.preamble is not None:
            out.append(self.preamble.encode("ascii") + b"\r\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\r\n".encode())
            r = p.render()
            if not r.endswith(b"\r\n"):
                r += b"\r\n"
            out.append(r)
        out.append(f"--{self.boundary}--\r\n".encode())
        if self.epilogue is not None:
            out.append(self.epilogue.encode("ascii"))
        return b"".join(out)


def text_part(text, ct, cs, cte, extra=(), cte_first=False, maxlen=76):
    """ct is the full Content-Type value (charset included by the caller)."""
    text = text.replace("\r\n", "\n")
    data = enc(text, cs)
    if cte == "quoted-printable":
        body = qp(data, maxlen).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    elif cte == "base64":
        body = b64(data).encode("ascii")
    elif cte in ("7bit", None):
        data.decode("ascii")
        body = data.replace(b"\n", b"\r\n")
    elif cte == "8bit":
        body = data.replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    hs = []
    if cte_first and cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.append(("Content-Type", ct))
    if cte and not cte_first:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra)
    return Part(hs, body)


def multipart(sub, parts, boundary, extra=(), preamble=None, ct=None, epilogue=None):
    hs = [("Content-Type", ct or f'multipart/{sub};\r\n\tboundary="{boundary}"')] + list(extra)
    return Part(hs, parts=parts, boundary=boundary, preamble=preamble, epilogue=epilogue)


def message(headers, part):
    """headers: list of (k, v) for the envelope headers; part supplies content headers."""
    p = Part(list(headers) + part.headers, body=part.body, parts=part.parts, boundary=part.boundary,
             preamble=part.preamble, epilogue=part.epilogue)
    return p.render()


def raw_message(headers, body_text, cs="us-ascii"):
    """A single-part message whose body is given verbatim (already encoded text)."""
    h = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return h.encode("ascii") + b"\r\n" + enc(crlf(body_text), cs)


# --------------------------------------------------------------------------
# format=flowed
# --------------------------------------------------------------------------
def flow(lines, width=72, delsp=False):
    """Encode logical lines (quoted ones start with '>' chars) as format=flowed."""
    out = []
    for ln in lines:
        if ln == "-- ":
            out.append(ln)
            continue
        depth = len(ln) - len(ln.lstrip(">"))
        content = ln[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        prefix = ">" * depth + (" " if depth else "")
        if not depth and (content.startswith(" ") or content.startswith(">") or content.startswith("From ")):
            prefix = " "
        avail = max(20, width - len(prefix))
        if len(content) <= avail:
            out.append(prefix + content)
            continue
        words = content.split(" ")
        pieces = []
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(cand) > avail and cur:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = cand
        pieces.append(cur)
        for i, p in enumerate(pieces):
            if i < len(pieces) - 1 and delsp:
                p = p + " "
            pre = prefix if i == 0 else (">" * depth + (" " if depth else ""))
            if i and not depth and (p.startswith(" ") or p.startswith(">") or p.startswith("From ")):
                pre = " "
            out.append(pre + p)
    return out


def unflow(text, delsp=False):
    """RFC 3676 decoding (used by the checker): join soft line breaks."""
    out = []
    buf = None
    bdepth = 0
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        sig = content == "-- "
        soft = content.endswith(" ") and not sig
        if soft and delsp:
            content = content[:-1]
        if buf is not None and depth == bdepth:
            buf += content
        else:
            if buf is not None:
                out.append((bdepth, buf))
            buf, bdepth = content, depth
        if not soft:
            out.append((bdepth, buf))
            buf = None
    if buf is not None:
        out.append((bdepth, buf))
    return "\n".join((">" * d + " " + c) if d else c for d, c in out)


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def L(s):
    """Dedented block -> list of lines ('|' at line end keeps a trailing space)."""
    if s.startswith("\n"):
        s = s[1:]
    s = s.rstrip(" \n")
    lines = s.split("\n")
    first = next((x for x in lines if x.strip()), "")
    ind = len(first) - len(first.lstrip(" "))
    out = []
    for ln in lines:
        k = len(ln) - len(ln.lstrip(" "))
        ln = ln[min(k, ind):]
        out.append(ln[:-1] + " " if ln.endswith("|") else ln)
    return out


def wrap(lines, width=76):
    """Hard-wrap long lines at spaces (a plain-text client's wrapping)."""
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
            continue
        ind = len(ln) - len(ln.lstrip(" "))
        out.extend(textwrap.wrap(ln, width, subsequent_indent="", break_long_words=False,
                                 break_on_hyphens=False, initial_indent="") or [""])
        if ind:
            out[-1] = out[-1]
    return out


def prefix_lines(lines, pfx="> ", empty=">"):
    return [(pfx + ln) if ln.strip() else (empty if empty is not None else pfx.rstrip() or pfx)
            for ln in lines]


def prefix_then_wrap(lines, pfx="> ", width=76):
    """Quote first, then wrap: continuation lines lose the '>' (Outlook Express, Lotus)."""
    return wrap(prefix_lines(lines, pfx), width)


def hexid(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def lowhex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def thread_index(r, replies=1):
    raw = bytes(r.randrange(256) for _ in range(22 + 5 * replies))
    return base64.b64encode(raw).decode()
