"""The text a reply's author wrote: without quoted history or client boilerplate, from text or HTML bodies.

Quote boundaries: Gmail/Apple/Thunderbird attributions ("On … wrote:", "Le … a écrit :", wrapped over up to
three lines), Outlook header blocks in English and French (`From: / Sent: / To: / Subject:`,
`De : / Envoyé : / À : / Objet :`) with or without a separator line, forward markers, and `>` quoting
(answers written between or below `>` lines are kept). `quotequail` confirms boundaries it knows; the
French Outlook headers and the HTML quote containers are handled here.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import quotequail

_ATTR_START = re.compile(r"^(?:on|le|el|am|em|den|op)\s", re.IGNORECASE)
_ATTR_END = re.compile(r"(?:\bwrote|\ba\s+écrit|\bschrieb|\bescribió|\bescreveu|\bskrev|\bschreef)\s*:\s*$", re.I)
_ATTR_ADDR_END = re.compile(r"<[^<>@\s]+@[^<>\s]+>\s*(?:wrote|a\s+écrit)\s*:\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|message\s+d'origine|message\s+d’origine|forwarded\s+message|"
    r"message\s+transféré|mensaje\s+original|ursprüngliche\s+nachricht)\s*-{2,}|"
    r"(?:begin\s+forwarded\s+message|début\s+du\s+message\s+réexpédié|début\s+du\s+message\s+transféré)\s*:)\s*$",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{20,}\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:from|de|von)\s*\*?\s*:\s*\*?\s*\S", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:sent|date|to|cc|bcc|subject|envoyé|envoye|à|a|objet|cc|cci|gesendet|an|betreff)\s*\*?\s*:\s*",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        sent\s+from\s+my\s+\w[\w\s-]{0,40} |
        envoyé\s+(?:de|depuis|à\s+partir\s+de)\s+mon\s+\w[\w\s-]{0,40} |
        sent\s+(?:from|with|via)\s+(?:outlook|mail|yahoo\s+mail|gmail|proton\s*mail|spark|airmail)
            (?:\s+for\s+\w[\w\s]{0,30})? |
        envoyé\s+(?:depuis|à\s+partir\s+de|avec)\s+(?:outlook|mail|yahoo\s+mail|gmail|proton\s*mail)
            (?:\s+pour\s+\w[\w\s]{0,30})? |
        get\s+outlook\s+for\s+(?:ios|android) |
        (?:obtenir|télécharger)\s+outlook\s+pour\s+(?:ios|android)
    )\s*(?:<https?://[^>\s]*>)?\s*\.?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_QUOTEQUAIL_HINT = re.compile(
    r"wrote|écrit|schrieb|escribió|escreveu|skrev|написал|forwarded|réexpédié|transféré|weitergeleitet|reenviado|"
    r"original\s+message|ursprüngliche|mensaje\s+original|\d{4}/\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
_INVISIBLE = str.maketrans({"\ufeff": None, "\u200b": None, "\xa0": " ", "\u202f": " "})


def extract(body_text: str | None, body_html: str | None = None) -> str:
    """New text of a reply: from the plain-text body, or from the HTML body when there is no text."""
    text = (body_text or "").strip()
    if not text and body_html:
        text = html_to_text(body_html)
    return from_text(text)


def from_text(text: str) -> str:
    lines = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    boundary, attribution_end = _boundary(lines)
    if boundary is None:
        kept = [ln for ln in lines if not ln.lstrip().startswith(">")]
    else:
        kept = list(lines[:boundary])
        if attribution_end is not None:
            kept += _answers_between_quotes(lines[attribution_end:])
    kept = [ln.rstrip() for ln in kept if not _BOILERPLATE.match(ln)]
    kept = [ln for i, ln in enumerate(kept) if ln or (i > 0 and kept[i - 1])]  # one blank line at most
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)


def _boundary(lines: list[str]) -> tuple[int | None, int | None]:
    """First line of quoted history, and (for `>` quoting) the line after the attribution."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        bare = stripped.lstrip(">").strip()
        if _ATTR_START.match(bare) or "@" in bare:
            end = _attribution_end(lines, i)
            if end is not None:
                return i, end if _quoted_after(lines, end) else None
        if _SEPARATOR.match(stripped):
            return i, None
        if _UNDERSCORES.match(stripped) and _header_block_at(lines, _next_nonblank(lines, i + 1)):
            return i, None
        if _FROM_LINE.match(stripped) and _header_block_at(lines, i):
            return i, None
        if stripped.startswith(">") and _mostly_quoted(lines, i):
            return i, i
    return _quotequail_boundary(lines), None


def _attribution_end(lines: list[str], i: int) -> int | None:
    """When an attribution starts at line i (possibly wrapped), the index of the line after it."""
    joined = ""
    for j in range(i, min(i + 3, len(lines))):
        part = lines[j].strip().lstrip(">").strip()
        if not part and j > i:
            return None
        joined = f"{joined} {part}" if joined and not joined.endswith("<") else joined + part
        if _ATTR_END.search(joined) and (_ATTR_START.match(joined) or _ATTR_ADDR_END.search(joined)):
            return j + 1
    return None


def _quoted_after(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


def _mostly_quoted(lines: list[str], start: int) -> bool:
    rest = [ln for ln in lines[start:] if ln.strip()]
    quoted = sum(1 for ln in rest if ln.lstrip().startswith(">"))
    return quoted >= 2 or quoted == len(rest)


def _answers_between_quotes(lines: list[str]) -> list[str]:
    """Lines written between or below `>` quotes (inline answers, bottom posting)."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        stripped = line.strip()
        if _SEPARATOR.match(stripped) or _header_block_at(lines, i):
            break
        kept.append(line)
    return kept


def _next_nonblank(lines: list[str], start: int) -> int:
    for j in range(start, min(start + 3, len(lines))):
        if lines[j].strip():
            return j
    return start


def _header_block_at(lines: list[str], i: int) -> bool:
    """A `From:`/`De :` line followed by at least two other header lines (Outlook's quoted header)."""
    if i >= len(lines) or not _FROM_LINE.match(lines[i].strip()):
        return False
    count = 0
    for line in lines[i + 1 : i + 7]:
        if _HEADER_LINE.match(line.strip()):
            count += 1
            if count >= 2:
                return True
    return False


def _quotequail_boundary(lines: list[str]) -> int | None:
    text = "\n".join(lines)
    if not _QUOTEQUAIL_HINT.search(text):
        return None
    parts = quotequail.quote(text, quote_intro_line=True)
    if len(parts) < 2 or parts[0][0] is False:
        return None
    head = parts[0][1]
    index = head.count("\n") + 1 if head else 0
    return index if index < len(lines) else None


# ---------------------------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "hr", "pre"}
)
_SKIP_TAGS = frozenset({"style", "script", "head", "title"})
_QUOTE_IDS = frozenset({"appendonsend", "divrplyfwdmsg", "mail-editor-reference-message-container", "stopspelling"})
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "outlookmessageheader", "protonmail_quote")
_OUTLOOK_BORDER = re.compile(r"border-top:\s*solid\s+#(?:e1e1e1|b5c4df)", re.IGNORECASE)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stopped = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if _is_quote_container(tag, attrs):
            self.stopped = True
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._line_break()

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self._line_break()

    def _line_break(self) -> None:
        """A block boundary ends the current line once; only <br> makes blank lines."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.stopped and not self.skip:
            self.parts.append(data)


def _is_quote_container(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    values = {k.lower(): (v or "") for k, v in attrs}
    if values.get("id", "").lower() in _QUOTE_IDS:
        return True
    klass = values.get("class", "").lower()
    if klass and any(name in klass for name in _QUOTE_CLASSES):
        return True
    if tag == "blockquote" and values.get("type", "").lower() == "cite":
        return True
    return tag == "div" and bool(_OUTLOOK_BORDER.search(values.get("style", "")))


def html_to_text(html: str) -> str:
    """Visible text of an HTML body up to the first quote container, one line per block."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).translate(_INVISIBLE)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()
