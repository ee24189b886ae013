"""Scores how a contact is named from a display name (eval/contact_names/README.md).

    python -m relance.intelligence.contact_names_eval --data /tmp/contact_names/cases.json [--misses]

Each case is one header's display name and address, the person's full name a contact list should show (first name
first), or null when the display names no person, and whether a careful human would apply it without asking
(`clear`). The product's answer is `relance.intelligence.autofill.header_name`: a name applied at or above the
default threshold (0.92), a name only suggested below it, or none. A To display of the user's own mail is read the
same way when its salutation says nothing else (`private.record_recipient_names`, held equal to it by
tests/test_greeting_first_name.py). What matters most is never applying a wrong name: an applied name where none
was expected, or another name, is counted apart from a suggestion or a name left out.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance.intelligence.autofill import header_name

THRESHOLD = 0.92  # the team's default autofill threshold (sql/tables/080_contacts.sql)


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    fold = lambda s: " ".join(unicodedata.normalize("NFC", s).casefold().split())  # noqa: E731
    return fold(a) == fold(b)


@dataclass
class Score:
    cases: int = 0
    clear_names: int = 0  # a name expected and clear: what applying should find
    applied: int = 0
    applied_right: int = 0
    applied_right_clear: int = 0
    suggested: int = 0
    suggested_right: int = 0
    wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # applied, not the expected name
    suggested_wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    missed: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # clear, not applied

    @property
    def precision(self) -> float:
        return self.applied_right / self.applied if self.applied else 1.0

    @property
    def recall(self) -> float:
        """Of the clear names, the share applied right."""
        return self.applied_right_clear / self.clear_names if self.clear_names else 1.0


def score(cases: list[dict[str, Any]]) -> Score:
    result = Score()
    for case in cases:
        expected = case.get("expected")
        read = header_name(case.get("display"), case.get("address"))
        result.cases += 1
        clear = bool(case.get("clear")) and expected is not None
        result.clear_names += clear
        if read is None:
            if clear:
                result.missed.append((str(case["id"]), expected, None))
            continue
        value, confidence = read
        if confidence >= THRESHOLD:
            result.applied += 1
            if _same(value, expected):
                result.applied_right += 1
                result.applied_right_clear += clear
            else:
                result.wrong.append((str(case["id"]), expected, value))
        else:
            result.suggested += 1
            if _same(value, expected):
                result.suggested_right += 1
            else:
                result.suggested_wrong.append((str(case["id"]), expected, value))
            if clear:
                result.missed.append((str(case["id"]), expected, f"suggested {value!r}"))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="cases.json built by eval/contact_names/cases.py")
    parser.add_argument("--misses", action="store_true", help="list every wrong, wrongly suggested and missed case")
    args = parser.parse_args(argv)
    cases = json.loads(args.data.read_text(encoding="utf-8"))
    result = score(cases)
    print(f"cases {result.cases}, a clear name expected in {result.clear_names}")
    print(
        f"applied: {result.applied}; right {result.applied_right} (precision {result.precision:.3f}); "
        f"clear names applied right {result.applied_right_clear} (recall {result.recall:.3f})"
    )
    print(f"suggested: {result.suggested}; right {result.suggested_right}")
    print(
        f"wrong names applied (the embarrassing error): {len(result.wrong)}; clear names not applied: "
        f"{len(result.missed)}"
    )
    if args.misses:
        for kind, rows in (("wrong", result.wrong), ("sugg.", result.suggested_wrong), ("missed", result.missed)):
            for case_id, expected, got in rows:
                print(f"  {kind:6} {case_id}: expected {expected!r}, got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
