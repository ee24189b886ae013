"""Header access for normalised messages: lower-cased names, repeated values, addresses and message ids.

The worker contract allows a header value to be a string (repeats joined by '\\n') or a list of strings;
this module hides the difference and unfolds continuation lines.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Mapping
from email import base64mime, quoprimime
from email import header as _email_header
from email.header import decode_header, make_header
from email.utils import getaddresses

_REPEAT_SPLIT = re.compile(r"\r?\n(?![ \t])")
_FOLD = re.compile(r"\r?\n[ \t]+")
_MSGID = re.compile(r"<[^<>\s]+>")
_PARAM = re.compile(r';\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))')


def unfold(value: str) -> str:
    """Join folded continuation lines into one line."""
    return _FOLD.sub(" ", value).strip() if "\n" in value else value.strip()


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words (`=?utf-8?q?...?=`); plain values come back unchanged."""
    if "=?" not in value:
        return value
    fast = _decode_utf8_words(value)
    if fast is not None:
        return fast
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return value


ecre: re.Pattern[str] = vars(_email_header)["ecre"]  # decode_header's pattern (not in its stubs)
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e]")  # where str.splitlines cuts an ASCII text


def _decode_utf8_words(value: str) -> str | None:
    """`str(make_header(decode_header(value)))` for one ASCII line whose encoded words are all UTF-8 (what mail
    clients write), step by step as the stdlib does it (without its Header objects); None for anything else, or
    where the stdlib would raise."""
    if not value.isascii() or _LINE_BREAKS.search(value):
        return None
    parts = ecre.split(value)  # plain, (charset, encoding, encoded, plain)*
    if len(parts) == 1:
        return None
    words: list[tuple[str, str | None]] = []  # decode_header's (text, encoding) list: the first plain part lstripped
    if parts[0].lstrip():
        words.append((parts[0].lstrip(), None))
    for k in range(1, len(parts), 4):
        if parts[k].lower() != "utf-8":
            return None
        words.append((parts[k + 2], parts[k + 1].lower()))
        if parts[k + 3]:
            words.append((parts[k + 3], None))
    drop = [n - 1 for n, w in enumerate(words) if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace()]
    for n in reversed(drop):
        del words[n]
    chunks: list[tuple[bytes, bool]] = []  # collapsed runs: (bytes, encoded)
    for text, encoding in words:
        if encoding is None:
            word = text.encode("ascii")
        elif encoding == "q":
            word = bytes(quoprimime.header_decode(text), "raw-unicode-escape")
        else:
            padding = len(text) % 4
            try:
                word = base64mime.decode(text + "==="[: 4 - padding] if padding else text)
            except binascii.Error:
                return None
        encoded = encoding is not None
        if chunks and chunks[-1][1] == encoded:
            chunks[-1] = (chunks[-1][0] + (word if encoded else b" " + word), encoded)
        else:
            chunks.append((word, encoded))
    out: list[str] = []  # Header.__str__: a space where an encoded run meets a plain one without one
    last_encoded = last_space = False
    for raw, encoded in chunks:
        try:
            text = raw.decode("utf-8" if encoded else "us-ascii")
        except UnicodeDecodeError:
            return None
        if out:
            has_space = bool(text) and _nonctext(text[0])
            if last_encoded:
                if not encoded and not has_space:
                    out.append(" ")
            elif encoded and not last_space:
                out.append(" ")
        last_space = bool(text) and _nonctext(text[-1])
        last_encoded = encoded
        out.append(text)
    return "".join(out)


def _nonctext(char: str) -> bool:
    return char.isspace() or char in ("(", ")", "\\")


class Headers:
    """Read-only view of a message's headers keyed by lower-cased name, each name holding its values."""

    __slots__ = ("_values",)

    def __init__(self, raw: Mapping[str, object] | None) -> None:
        values: dict[str, list[str]] = {}
        for name, value in (raw or {}).items():
            items: Iterable[object] = value if isinstance(value, list | tuple) else [value]
            bucket = values.setdefault(name.lower().strip(), [])
            for item in items:
                if item is None:
                    continue
                text = str(item)
                if "\n" in text:
                    bucket.extend(unfold(piece) for piece in _REPEAT_SPLIT.split(text))
                else:
                    bucket.append(text.strip())
        self._values = values

    def get(self, name: str) -> str | None:
        """First value of the header, or None when absent."""
        found = self._values.get(name)
        return found[0] if found else None

    def get_all(self, name: str) -> list[str]:
        return list(self._values.get(name, ()))

    def has(self, name: str) -> bool:
        return bool(self._values.get(name))

    def lower(self, name: str) -> str:
        """First value lower-cased and stripped ('' when absent)."""
        value = self.get(name)
        return value.strip().lower() if value else ""


# The address lists most mail carries (`Name <a@b>`, `"Last, First" <a@b>`, `a@b`, separated by commas): read
# without the stdlib's character-by-character parser, with the same result; anything else (comments, groups,
# quoted local parts, escapes, odd spaces) goes to `email.utils.getaddresses`.
_ATOM = r'[^\s()<>@,:;."\[\]\\]+'
_PHRASE_WORD = r'(?:[^\s()<>@,:;"\[\]\\]+|"[^"\\\r\n]*")'
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_ONE_ADDRESS = re.compile(
    rf"(?:(?P<name>{_PHRASE_WORD}(?:[ \t]+{_PHRASE_WORD})*)[ \t]*)?<(?P<angle>{_ADDR_SPEC})>|(?P<bare>{_ADDR_SPEC})"
)
_LIST_SPACE = re.compile(r"[ \t\r\n]*")
_PHRASE_WORDS = re.compile(_PHRASE_WORD)


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """`email.utils.getaddresses([value])`, faster on the usual shapes."""
    pairs: list[tuple[str, str]] = []
    pos = _LIST_SPACE.match(value).end()  # type: ignore[union-attr]
    end = len(value)
    while pos < end:
        found = _ONE_ADDRESS.match(value, pos)
        if found is None:
            return getaddresses([value])
        name = found.group("name")
        if name:
            name = " ".join(w[1:-1] if w.startswith('"') else w for w in _PHRASE_WORDS.findall(name))
        pairs.append((name or "", found.group("angle") or found.group("bare")))
        pos = _LIST_SPACE.match(value, found.end()).end()  # type: ignore[union-attr]
        if pos < end:
            if value[pos] != ",":
                return getaddresses([value])
            pos = _LIST_SPACE.match(value, pos + 1).end()  # type: ignore[union-attr]
            if pos >= end:
                return getaddresses([value])  # a trailing comma: leave it to the stdlib
    return pairs if pairs else getaddresses([value])


def parse_address(value: str) -> tuple[str, str]:
    """`email.utils.parseaddr(value)`, faster on the usual shapes."""
    pairs = parse_addresses(value)
    return pairs[0] if pairs else ("", "")


def address(value: str | None) -> str:
    """The bare, lower-cased address of a From/To style header value."""
    if not value:
        return ""
    return parse_address(value)[1].strip().lower()


def addresses(values: Iterable[str]) -> list[str]:
    return [a.lower() for _, a in parse_addresses(", ".join(str(v) for v in values)) if a]


def message_ids(value: str | None) -> list[str]:
    """All `<id>` tokens of a Message-ID / In-Reply-To / References value, in order."""
    return _MSGID.findall(value) if value else []


def content_type(value: str | None) -> tuple[str, dict[str, str]]:
    """Split a Content-Type value into its lower-cased media type and its parameters."""
    if not value:
        return "", {}
    media = value.split(";", 1)[0].strip().lower()
    params = {
        m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _PARAM.finditer(value)
    }
    return media, params
