"""A large alternation searched at the speed of its first letters, with the same matches.

`re` tries every branch of a pattern such as `opt_out._RELAYED_PHRASES` (forty phrases, each behind `\\b`) at every
position of a text: about a microsecond a character, a millisecond for a reply of a thousand characters, although
almost every position starts none of the phrases. `Anchored` reads, from the parsed pattern, the beginnings every
match has (a first letter, then letters, small classes and repeated classes: "ne\\s+plus", "retir", "a\\s+ma"; a
`\\b` before the first letter kept as a look-behind after it), finds where one of them starts by one scan of their
tree (which `re` runs at the speed of a search for a literal, jumping to first letters), and tries the whole
pattern only there, with `match` at that position (`\\b` and look-behinds still see the text before it). The first
position where the pattern matches is the one `search` finds, and at that position `match` takes the branch
`search` takes, so the matches are the same. A pattern some of whose matches start with no known letter (`\\w`,
`.`, a class of many letters, a line's start and spaces, an inline `(?i:…)`) has no beginnings: `Anchored` then
searches it as `re` does. `CaseFree` does the same for a case-insensitive pattern, through its lower-case twin
(`lowercase.twin`).

    anchored = Anchored(re.compile(r"\\b(?:ne\\s+plus|stop\\s+\\w+)"))
    anchored.search("merci de ne plus écrire")   # the match of the pattern's own search
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from relance.analysis import lowercase

# How many letters of a prefix are read at most: enough to tell the phrases apart from ordinary words, few enough
# that a class of letters ("[ée]") does not multiply them without end.
_DEPTH = 6
# A class of more letters than this is no anchor ("[a-z]", "\w").
_CLASS_MAX = 4
_TOO_MANY = 2000


class _Open(Exception):
    """The pattern's matches start in too many ways to be worth a tree of prefixes."""


_CATEGORIES = {
    sre_constants.CATEGORY_SPACE: r"\s",
    sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_NOT_WORD: r"\W",
}
# After a first letter that `\b` precedes: the letter before it is none (what `\b` asks there, said after the letter
# so that the scan keeps its first letters to jump to).
_WORD_START = r"(?<!\w.)"
Atoms = tuple[str, ...]


def _class_letters(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The letters of a class such as "[ée]", or None for a class of many ("[a-z]", "\\w", "[^.]")."""
    letters: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            letters.append(chr(av))
        elif op is sre_constants.RANGE and av[1] - av[0] < _CLASS_MAX:
            letters.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return letters if len(letters) <= _CLASS_MAX else None


def _class(items: list[tuple[Any, Any]]) -> str | None:
    """A class ("[ée]", "\\s", "[^.!?\\n]") as a pattern of its own, or None for one this module does not write."""
    if len(items) == 1 and items[0][0] is sre_constants.CATEGORY:
        return _CATEGORIES.get(items[0][1])
    parts: list[str] = []
    for op, av in items:
        if op is sre_constants.NEGATE and not parts:
            parts.append("^")
        elif op is sre_constants.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre_constants.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre_constants.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _single(items: list[tuple[Any, Any]]) -> str | None:
    """The one letter or class `items` is, as a pattern, or None."""
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return re.escape(chr(av))
    if op is sre_constants.IN:
        return _class(av)
    return None


def _prefixes(items: list[tuple[Any, Any]], depth: int, started: bool = False, boundary: bool = False) -> set[Atoms]:
    """The beginnings every match of the sequence `items` has, as sequences of patterns (letters, classes, a class
    repeated) of at most `depth`: the first is always a letter; a beginning stops where the pattern stops being
    such pieces (`()` when it starts there), or at `depth`. `started`: a first letter is already read; `boundary`:
    `\b` comes before this first letter. Raises `_Open` when there would be too many."""
    if depth == 0 or not items:
        return {()}
    (op, av), rest = items[0], list(items[1:])
    if op is sre_constants.AT:
        # zero width: `match` checks it where it is; a word boundary before the first letter is kept (`_WORD_START`)
        return _prefixes(rest, depth, started, boundary or (not started and av is sre_constants.AT_BOUNDARY))
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _prefixes(rest, depth, started, boundary)
    if op is sre_constants.SUBPATTERN:
        if av[1] & sre_constants.SRE_FLAG_IGNORECASE:
            return {()}  # "(?i:marked)": "Marked" too, which its letters as written would not find
        return _prefixes(list(av[-1]) + rest, depth, started, boundary)
    if op is sre_constants.BRANCH:
        found: set[Atoms] = set()
        for branch in av[1]:
            found |= _prefixes(list(branch) + rest, depth, started, boundary)
            if len(found) > _TOO_MANY:
                raise _Open
        return found
    if not started:
        # the first letter: one letter, or each letter of a small class, that the scan jumps to
        if op is sre_constants.LITERAL:
            letters: list[str] | None = [chr(av)]
        elif op is sre_constants.IN:
            letters = _class_letters(av)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, body = av
            # once exactly: the body, then what follows; more than once: the first repetition's beginnings only
            # (the next may follow them); optional: the body's or, without it, what follows
            once = (
                _prefixes(list(body) + rest, depth, False, boundary)
                if high == 1
                else _prefixes(list(body), depth, False, boundary)
            )
            return once if low >= 1 else once | _prefixes(rest, depth, False, boundary)
        else:
            return {()}
        if letters is None:
            return {()}
        tails = _prefixes(rest, depth - 1, True)
        return {
            (re.escape(letter), *((_WORD_START,) if boundary and letter.isalnum() else ()), *tail)
            for letter in letters
            for tail in tails
        }
    if op in (sre_constants.LITERAL, sre_constants.IN):
        atom = _single([(op, av)])
        return {()} if atom is None else {(atom, *tail) for tail in _prefixes(rest, depth - 1, True)}
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, body = av
        atom = _single(list(body))
        if atom is None:
            return {()}
        most = "" if high is sre_constants.MAXREPEAT else str(high)
        return {(f"{atom}{{{low},{most}}}", *tail) for tail in _prefixes(rest, depth - 1, True)}
    return {()}


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """What every match of `pattern` starts with (see the module), as patterns, or None when it cannot be told."""
    found = beginnings(pattern)
    return None if found is None else frozenset("".join(atoms) for atoms in found)


def beginnings(pattern: re.Pattern[str]) -> frozenset[Atoms] | None:
    """The beginnings every match of `pattern` has, as sequences of patterns (see `_prefixes`), or None when a match
    may start with no known letter."""
    if pattern.flags & re.IGNORECASE:
        return None  # a letter matches its other case too: use a lower-case twin (`lowercase.twin`)
    try:
        found = _prefixes(list(sre_parser.parse(pattern.pattern, pattern.flags)), _DEPTH)
    except _Open:
        return None
    if () in found:
        return None  # a match may start with no known letter
    if pattern.flags & re.ASCII:
        # `\b` there is about ASCII letters only, which `_WORD_START` after an "é" would not say: left to `match`
        found = {tuple(atom for atom in atoms if atom != _WORD_START) for atoms in found}
    # a beginning that starts with a shorter one is found where the shorter is
    return frozenset(p for p in found if not any(len(q) < len(p) and p[: len(q)] == q for q in found))


def trie(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, as a tree of their common prefixes: `re` tries the next character's few
    branches at each position instead of every word (a plain alternation of 200 words is slower than 200 substring
    tests; this is faster than both)."""
    return _tree(tuple(re.escape(char) for char in word) for word in words)


def _tree(sequences: Iterable[Atoms]) -> str:
    """`trie` over sequences of patterns instead of words of letters."""
    tree: dict[str, Any] = {}
    for sequence in sequences:
        node = tree
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        ends = "" in node
        arms = [atom + branch(child) for atom, child in sorted(node.items()) if atom]
        if not arms:
            return ""
        group = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{group})?" if ends else group

    return branch(tree)


class CaseFree:
    """An IGNORECASE pattern's `search`, run as its lower-case twin (`lowercase.twin`) on the lower-cased text and
    tried only where one of its beginnings starts (`Anchored`): the same spans. The match is of the lower-cased text
    (its groups are lower case); a text `lowercase.lowered` cannot fold is searched as `re` searches it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._twin = Anchored(lowercase.twin(pattern))

    def search(self, text: str) -> re.Match[str] | None:
        folded = lowercase.lowered(text)
        return self.pattern.search(text) if folded is None else self._twin.search(folded)


def every_start(words: re.Pattern[str], text: str) -> set[str]:
    """What `words` (a `trie` of words of which none starts another) matches at every position of `text`,
    overlapping matches too: one search a match, each at the speed of a search for a literal (a scan by a look-ahead,
    `(?=(…))`, has no first letters to jump to and tries every position)."""
    found: set[str] = set()
    pos, search = 0, words.search
    while (match := search(text, pos)) is not None:
        found.add(match.group(0))
        pos = match.start() + 1
    return found


class Anchored:
    """`pattern`'s `search` and `finditer`, tried only where one of its beginnings starts (see the module)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = beginnings(pattern)
        self._starts = re.compile(_tree(found), pattern.flags & re.ASCII) if found else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self._starts is None:
            return self.pattern.search(text, pos, end)
        starts, match = self._starts.search, self.pattern.match
        while (start := starts(text, pos, end)) is not None:
            if (found := match(text, start.start(), end)) is not None:
                return found
            pos = start.start() + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while pos <= len(text) and (found := self.search(text, pos)) is not None:
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1
