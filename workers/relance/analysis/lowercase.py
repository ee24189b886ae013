"""Case-insensitive matching at the speed of case-sensitive matching, with the same matches.

`re.IGNORECASE` scans about ten times slower than a plain pattern (no literal prefix to jump to). A pattern
whose letters are all lower case finds, case-sensitively in `text.lower()`, exactly the spans it finds with
IGNORECASE in `text`, provided `lower()` keeps the length and folds every character as the regex engine does:
true of every text without İ (two characters once lower-cased), dotless ı or long ſ (the engine matches them to
i and s, `lower()` does not). Patterns with other letters the engine folds specially (µ, Greek, Cyrillic) are
refused.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any

_FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")

# A letter of Arabic, Japanese kana, the CJK ideographs or Korean hangul: the scripts in which some readers look for
# words of their own only when a text holds one (a scan for more first letters costs every text).
EAST_ASIAN_OR_ARABIC = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_SPECIAL_FOLDS = frozenset(chr(c) for key, extras in _EXTRA_CASES.items() for c in (key, *extras) if c > 127)


def lowered(text: str) -> str | None:
    """`text.lower()` when lower-case twins match in it what their patterns match in `text`, else None."""
    if not text.isascii() and any(char in text for char in _FOLD_EXCEPTIONS):
        return None
    result = text.lower()
    return result if len(result) == len(text) else None


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without IGNORECASE, to run on `lowered(text)`. Refused (ValueError) when a letter it matches
    is not lower case or folds specially; the letters are read from the parsed pattern, so that a comment of a
    verbose pattern ("# meine Antworten im Text") or a group's name ("(?P<colour>…)") is no letter to match."""
    letters = _letters(list(sre_parser.parse(pattern.pattern, pattern.flags)))
    if any(char != char.lower() or char in _SPECIAL_FOLDS for char in letters):
        raise ValueError(f"no lower-case twin for {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _letters(items: list[tuple[Any, Any]]) -> set[str]:
    """Every character the parsed pattern `items` matches as itself: its literals, and its classes' letters and
    ranges (a group's or a look-around's too)."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            found.add(chr(av))
        elif op is sre_constants.RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_constants.IN:
            found |= _letters(av)
        elif op is sre_constants.SUBPATTERN:
            found |= _letters(list(av[-1]))
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                found |= _letters(list(branch))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            found |= _letters(list(av[2]))
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found |= _letters(list(av[1]))
        elif op is sre_constants.ATOMIC_GROUP:
            found |= _letters(list(av))
        elif op is sre_constants.GROUPREF_EXISTS:
            found |= _letters(list(av[1])) | (_letters(list(av[2])) if av[2] is not None else set())
    return found
