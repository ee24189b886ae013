"""New-text extraction side by side: Relance's against `mail-parser-reply` and `quotequail`, on a labelled set.

Run: `.venv/bin/python bench/reply_parsers.py [--data DIR] [--labels FILE]` (defaults to eval/). Prints
line-level F1 in all, per client and per language for each system, as `relance eval` scores Relance's own.
Every system reads the same body: the text/plain part, or, when a message has only HTML, all of its visible
text (Relance alone reads the HTML quote containers, through its own `extract`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import quotequail
from mailparser_reply import EmailReplyParser

from relance.analysis import evaluate, mime, new_text

# Every language mail-parser-reply knows among those of the evaluation set (it has no Portuguese).
MPR = EmailReplyParser(languages=["en", "fr", "de", "nl", "it", "es", "pl"])


class _AllText(HTMLParser):
    """Visible text of an HTML body, quotes included, one line per block."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "table", "blockquote", "hr", "h1", "h2", "h3", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:  # a line break in HTML source is a space
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def all_text(html: str) -> str:
    parser = _AllText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(ln.strip() for ln in text.split("\n"))).strip()


def body_of(raw: bytes) -> tuple[str, str | None]:
    message = mime.normalise(mime.parse(raw), raw)
    html = message.get("body_html")
    return str(message.get("body_text") or ""), html if isinstance(html, str) else None


def relance(text: str, html: str | None) -> str:
    return new_text.extract(text, html)


def mail_parser_reply(text: str, html: str | None) -> str:
    body = text.strip() or (all_text(html) if html else "")
    return MPR.parse_reply(body) or ""


def quotequail_(text: str, html: str | None) -> str:
    body = text.strip() or (all_text(html) if html else "")
    return "\n".join(part for is_new, part in quotequail.quote(body, quote_intro_line=True) if is_new)


SYSTEMS: dict[str, Callable[[str, str | None], str]] = {
    "relance": relance,
    "mail-parser-reply": mail_parser_reply,
    "quotequail": quotequail_,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=evaluate.DEFAULT_DATA)
    parser.add_argument("--labels", type=Path)
    args = parser.parse_args(argv)
    try:
        cases = [c for c in evaluate.load(args.data, args.labels) if c.label.get("new_text") is not None]
    except evaluate.DataError as exc:
        print(f"reply_parsers: {exc}", file=sys.stderr)
        return 2
    bodies = [(case.label, body_of(case.raw)) for case in cases]
    scores = {
        name: evaluate.new_text_scores([(label, extract(*body)) for label, body in bodies])
        for name, extract in SYSTEMS.items()
    }
    keys = ["all", *sorted(k for k in scores["relance"] if k != "all")]
    print(f"new-text line F1 on {len(cases)} labelled messages from {args.data}")
    print(f"{'':<24}{'n':>4}" + "".join(f"{name:>19}" for name in SYSTEMS))
    for key in keys:
        n = scores["relance"][key].messages
        print(f"{key:<24}{n:>4}" + "".join(f"{scores[name][key].f1:>19.3f}" for name in SYSTEMS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
