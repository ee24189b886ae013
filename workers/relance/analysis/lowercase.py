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
from re._casefix import _EXTRA_CASES

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
    """The same pattern without IGNORECASE, to run on `lowered(text)`."""
    literal = re.sub(r"\\.", "", pattern.pattern)  # escapes such as \S or \W are not letters to match
    if literal != literal.lower() or any(char in _SPECIAL_FOLDS for char in literal):
        raise ValueError(f"no lower-case twin for {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
