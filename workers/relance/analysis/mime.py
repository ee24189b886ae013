"""Raw RFC 822 / MIME messages to the worker contract's normalised dict (headers, bodies, dates)."""

from __future__ import annotations

import email
import re
from datetime import datetime
from email.message import Message
from email.policy import compat32
from email.utils import parsedate_to_datetime
from itertools import pairwise
from typing import Any

from relance.analysis.headers import decode_words, message_ids, parse_address, parse_addresses, unfold


def parse(raw: bytes | str) -> Message:
    """Parse with the compat32 policy (fast, and what flufl.bounce expects).

    The same tree as `email.message_from_bytes` / `message_from_string`, built faster for the shapes mail has
    (single parts, multiparts, attached messages and delivery reports, four levels deep at most): the stdlib
    reads a body line by line, which on a long thread cost more than the rest of the analysis, while here header
    blocks are read as compat32 stores them and bodies are cut at their boundaries with `str.find`. Anything else
    (mixed line endings, a `From ` line, digests, a header block or a boundary the feed parser would note as a
    defect) goes to the stdlib parser.
    """
    text = raw.decode("ascii", "surrogateescape") if isinstance(raw, bytes) else raw
    newline = "\r\n" if "\r" in text else "\n"
    if newline == "\n" or text.count("\r") == text.count("\r\n") == text.count("\n"):
        fast = _fast_message(text, newline, 0)
        if fast is not None:
            return fast
    if isinstance(raw, bytes):
        return email.message_from_bytes(raw)
    return email.message_from_string(raw)


_HEADER_LINE = re.compile(r"[\041-\071\073-\176]*:|[\t ]")  # the feed parser's test (an mbox From line aside)


# One header field as the feed parser reads it, its continuation lines included, for each line ending; a line that
# is neither a field nor a continuation (a defect, an envelope `From ` line, a body started early) matches neither.
_FIELD = {
    "\n": re.compile(r"([\041-\071\073-\176]+):([^\n]*(?:\n[\t ][^\n]*)*)"),
    "\r\n": re.compile(r"([\041-\071\073-\176]+):([^\r\n]*(?:\r\n[\t ][^\r\n]*)*)"),
}


def _header_block(block: str, newline: str) -> Message | None:
    """A Message holding the headers of `block` (the lines above the blank one) as compat32's feed parser stores
    them (name, then the value with its continuation lines and their line endings), or None where the feed
    parser would note a defect or stop early: a line that is neither `name:` (printable ASCII but the colon,
    at least one character) nor a continuation (a blank or tab first), a continuation first, an empty line."""
    msg = Message(policy=compat32)
    if not block:
        msg.set_payload("")
        return msg
    if block.endswith(newline):
        return None  # an empty last line
    raw: list[tuple[str, str]] = []
    field, size, step, pos = _FIELD[newline].match, len(block), len(newline), 0
    while pos < size:
        found = field(block, pos)
        if found is None:
            return None
        value = found.group(2).lstrip(" \t")  # compat32's header_source_parse (see _joined)
        raw.append((found.group(1), value.rstrip("\r\n") if newline in value else value))
        pos = found.end()
        if pos < size:
            if not block.startswith(newline, pos):
                return None  # a lone carriage return: `parse` sends no such text here
            pos += step  # the line ending before the next field
    msg._headers = raw  # type: ignore[attr-defined]  # what set_raw appends, one pair per header
    msg.set_payload("")
    return msg


def _header_block_by_lines(block: str, newline: str) -> Message | None:
    """`_header_block` line by line, as first written: the reference the tests hold it to."""
    msg = Message(policy=compat32)
    if not block:
        msg.set_payload("")
        return msg
    raw: list[tuple[str, str]] = []
    name = ""
    value: list[str] = []
    for line in block.split(newline):
        if not _HEADER_LINE.match(line) or line.startswith("From "):
            return None  # the body starts early, or an envelope line: the stdlib notes what it does
        if line[0] in " \t":
            if not name:
                return None  # the first line is a continuation: a defect
            value.append(line)
            continue
        if name:
            raw.append((name, _joined(value, newline)))
        colon = line.find(":")
        if colon == 0:
            return None  # no header name: a defect
        name, value = line[:colon], [line[colon + 1 :]]
    if name:
        raw.append((name, _joined(value, newline)))
    msg._headers = raw  # type: ignore[attr-defined]
    msg.set_payload("")
    return msg


def _joined(value: list[str], newline: str) -> str:
    """compat32's header_source_parse: the first line's value without its leading blanks, the continuation
    lines with their line endings, the final line ending dropped."""
    first = value[0].lstrip(" \t")
    if len(value) == 1:
        return first
    return (first + newline + newline.join(value[1:])).rstrip("\r\n")


_BOUNDARY_TAIL = re.compile(r"(?:--)?[ \t]*")
_MAX_DEPTH = 4  # parts within parts (a report returning a message with alternatives is three deep)


def _last_parsed(part: Message) -> Message:
    """The message the feed parser finished last within `part`: a multipart itself, the last block of a
    delivery status, the message an attached message holds (or its own last), else the part."""
    if part.get_content_maintype() == "multipart" or not part.is_multipart():
        return part
    payload = part.get_payload()
    last = payload[-1] if isinstance(payload, list) and payload else None
    if not isinstance(last, Message):
        return part
    if part.get_content_type() == "message/delivery-status":
        return last
    return _last_parsed(last)


def _status_blocks(body: str, newline: str) -> list[Message | str] | None:
    """A message/delivery-status body as the feed parser reads it: one header-only message per block, blocks
    separated by one empty line (an empty line more makes an empty block)."""
    lines = body.split(newline)
    if lines[-1] == "":
        lines.pop()  # the last line's ending
    blocks: list[Message | str] = []
    i = 0
    while True:
        start = i
        while i < len(lines) and lines[i] != "":
            i += 1
        block = _header_block(newline.join(lines[start:i]), newline)
        if block is None:
            return None
        blocks.append(block)
        i += 1  # the empty line after the block
        if i >= len(lines):
            return blocks


def _fast_message(text: str, newline: str, depth: int) -> Message | None:
    """`text` (one line ending throughout) parsed as the stdlib's feed parser would, or None when unsure."""
    if text.startswith("From "):
        return None
    if text.startswith(newline):
        block, split = "", len(newline)
    else:
        blank = text.find(newline + newline)
        if blank < 0:
            return None
        block, split = text[:blank], blank + 2 * len(newline)
    msg = _header_block(block, newline)
    if msg is None:
        return None
    body = text[split:]
    maintype = msg.get_content_maintype()
    if msg.get_content_type() == "message/delivery-status":
        blocks = _status_blocks(body, newline)
        if blocks is None:
            return None
        msg.set_payload(blocks)
        return msg
    if maintype == "message":  # an attached message: the rest is one, parsed as its own (RFC 822 or 6532)
        inner = _fast_message(body, newline, depth + 1) if depth < _MAX_DEPTH else None
        if inner is None:
            return None
        msg.set_payload([inner])
        return msg
    if maintype != "multipart":
        msg.set_payload(body)
        return msg
    return _fast_multipart(msg, body, newline, depth)


def _fast_multipart(msg: Message, body: str, newline: str, depth: int) -> Message | None:
    """The parts of a multipart body as the feed parser cuts them (RFC 2046: the line ending before a boundary
    belongs to the boundary; the preamble and epilogue kept)."""
    boundary = msg.get_boundary()
    if (
        boundary is None
        or depth >= _MAX_DEPTH
        or msg.get_content_type() == "multipart/digest"
        or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary")
    ):
        return None
    separator = "--" + boundary
    lines: list[tuple[int, int, bool]] = []  # (start, end after its line ending, closing) of each boundary line
    at = 0 if body.startswith(separator) else body.find(newline + separator)
    while at >= 0:
        start = at if at == 0 and body.startswith(separator) else at + len(newline)
        eol = body.find(newline, start)
        content_end = len(body) if eol < 0 else eol
        tail = body[start + len(separator) : content_end]
        if _BOUNDARY_TAIL.fullmatch(tail):
            lines.append((start, len(body) if eol < 0 else eol + len(newline), tail.startswith("--")))
            if tail.startswith("--"):
                break
        at = body.find(newline + separator, start)
    if not lines or lines[0][2] or not lines[-1][2]:
        return None  # no opening boundary, or no closing one: defects the stdlib parser records
    first = lines[0][0]
    if first:
        msg.preamble = body[:first][: -len(newline)] if body[:first].endswith(newline) else body[:first]
    parts: list[Message | str] = []
    for (_, after, _), (next_start, _, _) in pairwise(lines):
        if after == next_start:
            return None  # consecutive boundary lines: the stdlib skips them, not worth copying
        part = _fast_message(body[after:next_start], newline, depth + 1)
        if part is None:
            return None
        last = _last_parsed(part)  # the line ending before a boundary leaves the message parsed last
        if last.get_content_maintype() == "multipart":
            epilogue = last.epilogue
            if epilogue == "":
                last.epilogue = None
            elif epilogue is not None and epilogue.endswith(newline):
                last.epilogue = epilogue[: -len(newline)]
        else:
            payload = last._payload  # type: ignore[attr-defined]  # as stored: 8-bit bytes still escaped
            if isinstance(payload, str) and payload.endswith(newline):
                last._payload = payload[: -len(newline)]  # type: ignore[attr-defined]
        parts.append(part)
    msg.set_payload(parts)
    msg.epilogue = body[lines[-1][1] :]
    return msg


def normalise(msg: Message, raw: bytes | str | None = None, *, received_at: datetime | None = None) -> dict[str, Any]:
    """The contract dict for a parsed message. `raw` is kept as a string for bounce parsing downstream."""
    headers: dict[str, Any] = {}
    found: dict[str, list[tuple[str, Any]]] = {}  # each header's (name, raw value) pairs, in order: one pass
    first_text: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        text = decode_words(unfold(_utf8(value)))
        if key in headers:
            previous = headers[key]
            headers[key] = [*previous, text] if isinstance(previous, list) else [previous, text]
            found[key].append((name, value))
        else:
            headers[key] = text
            found[key] = [(name, value)]
            first_text[key] = text

    def get_all(key: str) -> list[Any]:  # Message.get_all, from the pass above
        return [msg.policy.header_fetch_parse(name, value) for name, value in found.get(key, ())]

    def get(key: str) -> Any:  # Message.get(key, "")
        pairs = found.get(key)
        return msg.policy.header_fetch_parse(*pairs[0]) if pairs else ""

    body_text, body_html = bodies(msg)
    sent = _date(get("date"))
    received = received_at or sent
    raw_from = str(found["from"][0][1]) if "from" in found else ""
    from_name, from_addr = parse_address(decode_words(_utf8(raw_from)))
    raw_text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return {
        "provider_message_id": None,
        "provider_thread_id": None,
        "internet_message_id": next(iter(message_ids(str(get("message-id")))), None),
        "in_reply_to": next(iter(message_ids(str(get("in-reply-to")))), None),
        "references": message_ids(str(get("references"))),
        "folder": "inbox",
        "from": {"address": from_addr.lower(), "name": from_name},
        "to": _people(get_all("to")),
        "cc": _people(get_all("cc")),
        "subject": first_text.get("subject", ""),
        "sent_at": sent.isoformat() if sent else None,
        "received_at": received.isoformat() if received else None,
        "headers": headers,
        "body_text": body_text,
        "body_html": body_html,
        "raw": raw_text,
    }


def _utf8(value: object) -> str:
    """A raw header value whose 8-bit bytes (RFC 6532 UTF-8 headers, as Russian or Chinese MTAs send subjects)
    were kept as surrogate escapes: back to text."""
    text = str(value)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def bodies(msg: Message) -> tuple[str, str | None]:
    """First inline text/plain and text/html parts, not looking inside attached messages."""
    text: str | None = None
    html: str | None = None
    stack = [msg]
    while stack and (text is None or html is None):
        part = stack.pop(0)
        ctype = part.get_content_type()
        if ctype.startswith("message/"):
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack[0:0] = [p for p in payload if isinstance(p, Message)]
            continue
        if (part.get("content-disposition") or "").lower().startswith("attachment"):
            continue
        if ctype == "text/plain" and text is None:
            text = _decode(part)
            if "flowed" in str(part.get("content-type") or "").lower():
                text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
        elif ctype == "text/html" and html is None:
            html = _decode(part)
    return text or "", html


def unflow(text: str, *, delsp: bool = False) -> str:
    """A `format=flowed` body as its reader sees it (RFC 3676 4.2): a line ending in a space is a soft break joined to
    the next line of the same quote depth, space-stuffing is removed, and "-- " stays the signature separator.
    With `delsp=yes` the space before a soft break was added by the sender's wrapping and is deleted."""
    newline = "\r\n" if "\r\n" in text else "\n"
    out: list[str] = []
    held: str | None = None
    held_depth = 0
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        soft = content.endswith(" ") and content != "-- "
        if soft and delsp:
            content = content[:-1]
        if held is not None and depth != held_depth:
            out.append(_quoted(held, held_depth))
            held = None
        held = content if held is None else held + content
        held_depth = depth
        if not soft:
            out.append(_quoted(held, depth))
            held = None
    if held is not None:
        out.append(_quoted(held, held_depth))
    return newline.join(out)


def _quoted(content: str, depth: int) -> str:
    return ">" * depth + " " + content if depth else content


# `type/subtype; charset=x` alone on its line, as most text parts declare it: `get_content_charset` reads no more
# than `x`, lower-cased (its parameter parser, RFC 2231 decoding and quoting cost more than decoding the part).
_MIME_WORD = r"[A-Za-z0-9!#$&^_.+-]+"
_SIMPLE_CHARSET = re.compile(
    rf"[ \t]*{_MIME_WORD}/{_MIME_WORD}[ \t]*;[ \t]*[cC][hH][aA][rR][sS][eE][tT][ \t]*=[ \t]*"
    r'("?)([A-Za-z0-9_.:+-]+)\1[ \t]*'
)


def _content_charset(part: Message) -> str | None:
    """`part.get_content_charset()`."""
    value = part.get("content-type")
    if isinstance(value, str):
        simple = _SIMPLE_CHARSET.fullmatch(value)
        if simple:
            return simple.group(2).lower()
    return part.get_content_charset()


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charset = _content_charset(part) or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def _people(values: list[Any]) -> list[dict[str, str]]:
    return [
        {"address": addr.lower(), "name": name}
        for name, addr in parse_addresses(", ".join(decode_words(str(v)) for v in values))
        if addr
    ]


def _date(value: Any) -> datetime | None:
    """A Date header's instant (with the writer's offset when it gives one), or None when it cannot be read (also
    read by pipeline._message_day)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
