"""Scores the greeting-name reading (relance.analysis.names) on an evaluation set (eval/names/README.md).

    python -m relance.analysis.names_eval --data /tmp/names/cases.json [--misses]

Each case is a message the user sent (its To list and the user's own words) and the first name a tactful assistant
would greet its first recipient by, or null. The product's answer is what `private.template_values` takes when the
recipient has no contact name yet: none after a formal salutation, else the name the user greeted them by, else the
display name's first name. What matters most is never greeting someone by a wrong name: a wrong name (a name where
none was expected, or another name) is counted apart from a missed one (none where one was expected, which only
costs the neutral "Bonjour,").
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance.analysis.names import recipients_analysis


def answer(case: dict[str, Any]) -> str | None:
    """The first name a follow-up would greet the case's first recipient by (no contact name known)."""
    to = case["to"]
    if not to:
        return None
    entry = recipients_analysis(to, case.get("words")).get(str(to[0].get("address") or "").strip().lower(), {})
    if entry.get("formal"):
        return None
    picked = entry.get("greeted") or entry.get("first_name")
    return str(picked) if picked else None


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    fold = lambda s: unicodedata.normalize("NFC", s).casefold().strip()  # noqa: E731
    return fold(a) == fold(b)


@dataclass
class Score:
    cases: int = 0
    expected_names: int = 0
    answered: int = 0
    right_names: int = 0
    wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # a name where none, or another
    missed: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # none where a name was expected

    @property
    def precision(self) -> float:
        return self.right_names / self.answered if self.answered else 1.0

    @property
    def recall(self) -> float:
        return self.right_names / self.expected_names if self.expected_names else 1.0

    @property
    def accuracy(self) -> float:
        return (self.cases - len(self.wrong) - len(self.missed)) / self.cases if self.cases else 1.0


def score(cases: list[dict[str, Any]]) -> Score:
    result = Score()
    for case in cases:
        expected, got = case.get("expected"), answer(case)
        result.cases += 1
        result.expected_names += expected is not None
        result.answered += got is not None
        if got is not None and _same(got, expected):
            result.right_names += 1
        elif got is not None:
            result.wrong.append((str(case["id"]), expected, got))
        elif expected is not None:
            result.missed.append((str(case["id"]), expected, got))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="cases.json built by eval/names/cases.py")
    parser.add_argument("--misses", action="store_true", help="list every wrong and missed case")
    args = parser.parse_args(argv)
    cases = json.loads(args.data.read_text(encoding="utf-8"))
    result = score(cases)
    print(f"cases {result.cases}, a first name expected in {result.expected_names}")
    print(
        f"greeted by a name: {result.answered}; right {result.right_names} "
        f"(precision {result.precision:.3f}, recall {result.recall:.3f}); accuracy {result.accuracy:.3f}"
    )
    print(
        f"wrong names (the embarrassing error): {len(result.wrong)}; "
        f"missed names (a neutral 'Bonjour,'): {len(result.missed)}"
    )
    if args.misses:
        for kind, rows in (("wrong", result.wrong), ("missed", result.missed)):
            for case_id, expected, got in rows:
                print(f"  {kind:6} {case_id}: expected {expected!r}, got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
