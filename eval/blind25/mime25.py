"""Charset-aware MIME writing for blind25: the CJK and Arabic charsets, stateful ISO-2022-JP encoded words, and
time zones. The generic parts (Part, multipart, qp, b64, rng, hexid, lowhex, thread_index) are blind12's, imported
from eval/blind12/mime12.py as blind23's build does."""

import base64
import html
from datetime import UTC, datetime, timedelta, timezone

from mime12 import Part, b64, hexid, lowhex, multipart, qp, rng, thread_index

__all__ = [
    "Part",
    "b64",
    "hexid",
    "lowhex",
    "multipart",
    "qp",
    "rng",
    "thread_index",
]

# --------------------------------------------------------------------------
# charsets: the MIME name a client writes -> the Python codec
# --------------------------------------------------------------------------
CODEC = {
    "us-ascii": "ascii",
    "utf-8": "utf-8",
    "gb2312": "gb2312",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis",
    "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr",
    "windows-1256": "cp1256",
    "windows-1252": "cp1252",
    "iso-8859-1": "latin-1",
}


def codec(cs):
    return CODEC[cs.lower()]


def enc(text, cs):
    """Encode strictly and insist on a round trip (a label line must survive the charset)."""
    c = codec(cs)
    # ISO-2022-JP: one encoder run per line, so that every line ends back in ASCII, as a mail client writes it
    data = b"\n".join(line.encode(c) for line in text.split("\n")) if c == "iso2022_jp" else text.encode(c)
    if data.decode(c) != text:
        raise ValueError(f"{cs} does not round-trip {text[:40]!r}")
    return data


# --------------------------------------------------------------------------
# RFC 2047: each encoded word is encoded on its own (so an ISO-2022-JP word ends in ASCII)
# --------------------------------------------------------------------------
QSAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _word(chunk, cs, mode):
    data = enc(chunk, cs)
    if mode == "B":
        return f"=?{cs}?B?{base64.b64encode(data).decode()}?="
    q = "".join("_" if x == 32 else (chr(x) if chr(x) in QSAFE else f"={x:02X}") for x in data)
    return f"=?{cs}?Q?{q}?="


def ew(s, cs="utf-8", mode="B", maxword=75):
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    cur = ""
    for ch in s:
        if cur and len(_word(cur + ch, cs, mode)) > maxword:
            words.append(_word(cur, cs, mode))
            cur = ""
        cur += ch
    if cur:
        words.append(_word(cur, cs, mode))
    return "\r\n ".join(words)


def ew_mixed(s, cs="utf-8", mode="B"):
    """Keep a leading ASCII run (e.g. 'RE: ') literal, encode the rest (Gmail, Apple)."""
    if all(ord(c) < 128 for c in s):
        return s
    i = 0
    while i < len(s) and ord(s[i]) < 128:
        i += 1
    j = s.rfind(" ", 0, i)
    if j <= 0:
        return ew(s, cs, mode)
    return s[: j + 1] + ew(s[j + 1 :], cs, mode)


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return f"<{email}>" if quote else email
    if any(ord(c) > 127 for c in name):
        return f"{ew(name, cs, mode)} <{email}>"
    if quote or any(c in '()<>[]:;@\\,."' for c in name):
        return '"{}" <{}>'.format(name.replace('"', '\\"'), email)
    return f"{name} <{email}>"


def fold_list(items, sep=",\r\n\t"):
    return sep.join(items)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def body_bytes(text, cs, cte):
    """text with \\n line ends -> (encoded body bytes with CRLF, cte)."""
    data = enc(text, cs)
    if cte == "quoted-printable":
        body = qp(data).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    elif cte == "base64":
        body = b64(data).encode("ascii")
    elif cte == "7bit":
        data.decode("ascii")
        body = data.replace(b"\n", b"\r\n")
    elif cte == "8bit":
        body = data.replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    return body


def text_part(text, ct, cs, cte, extra=(), cte_first=False):
    """ct: the whole Content-Type value as the client writes it."""
    body = body_bytes(text, cs, cte)
    hs = []
    if cte_first:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.append(("Content-Type", ct))
    if not cte_first:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra)
    return Part(hs, body)


def render(headers, part):
    """Envelope headers + a Part (its own headers after them) -> bytes with CRLF."""
    p = Part(
        list(headers) + part.headers,
        body=part.body,
        parts=part.parts,
        boundary=part.boundary,
        preamble=part.preamble,
        epilogue=part.epilogue,
    )
    return p.render()


def esc(s):
    return html.escape(s, quote=False)


# a 1x1 PNG (a company chop's placeholder; the pixel colour is seeded)
def tiny_png(seed):
    import struct
    import zlib

    r = rng("png", seed)
    raw = b"\x00" + bytes([r.randrange(150, 256), r.randrange(0, 60), r.randrange(0, 60)])

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------
# time zones (fixed offsets; Geneva changes on Sunday 28 March 2027 at 01:00 UTC)
# --------------------------------------------------------------------------
OFFSETS = {"SG": 8, "HK": 8, "CN": 8, "TW": 8, "JP": 9, "KR": 9, "AE": 4, "SA": 3, "IN": 5.5}
CH_SWITCH = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)


def offset_at(zone, utc):
    if zone == "CH":
        return 2 if utc >= CH_SWITCH else 1
    return OFFSETS[zone]


def tz(zone, utc):
    return timezone(timedelta(hours=offset_at(zone, utc)))


def at(local, zone):
    """'2027-03-02 10:15[:ss]' local time in zone -> aware datetime with that zone's offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(local, fmt)
    off = (2 if naive >= datetime(2027, 3, 28, 3, 0) else 1) if zone == "CH" else OFFSETS[zone]
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def local(utc, zone):
    return utc.astimezone(tz(zone, utc))


def rfc(dt, comment=None):
    """RFC 5322 date with the offset the datetime carries."""
    from email.utils import format_datetime

    s = format_datetime(dt)
    return f"{s} ({comment})" if comment else s


def rfc_utc(dt):
    """Exchange Online's machine dates: day without leading zero, +0000."""
    u = dt.astimezone(UTC)
    return u.strftime("%a, ") + str(u.day) + u.strftime(" %b %Y %H:%M:%S +0000")
