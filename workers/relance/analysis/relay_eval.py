"""Scores the reading of requests to stop, own or relayed (relance.analysis.opt_out.read), on an evaluation set
(eval/opt_out_relay/README.md).

    python -m relance.analysis.relay_eval --data eval/opt_out_relay/relay_a.py [--misses]

Each case is the new text of a reply (what its author typed), its sender and the address the firm had written to,
labelled `relayed` (someone asks, for the person written to, that the firm stop writing to them), `own` (the author
asks for themselves) or `none`. What each reading costs the user differs: a request read as relayed when it is not
suppresses a person who asked nothing (ingest puts the people the answered email was written to on the suppression
list), so relayed precision comes first; a relayed request read as nothing leaves the person writable.
"""

from __future__ import annotations

import argparse
import json
import runpy
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance.analysis import opt_out

LABELS = ("relayed", "own", "none")


class DataError(Exception):
    """The set cannot be read: a clear message, no traceback."""


def load(path: Path) -> list[dict[str, Any]]:
    """The cases of a set: a Python module's `CASES` list, or a JSON list."""
    try:
        cases = runpy.run_path(str(path))["CASES"] if path.suffix == ".py" else json.loads(path.read_text())
    except (OSError, KeyError, SyntaxError, ValueError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    for case in cases:
        if not isinstance(case, dict) or case.get("label") not in LABELS or not isinstance(case.get("text"), str):
            raise DataError(f"{path}: a case needs a text and a label among {LABELS}: {case!r:.200}")
    return list(cases)


def reading(case: dict[str, Any]) -> str:
    """What the product reads in a case: relayed, own or none."""
    request = opt_out.read(case["text"], None, case.get("sender"))
    if request is None:
        return "none"
    return "relayed" if request.relayed else "own"


@dataclass
class Score:
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, read) -> cases
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (id, label, read)

    def count(self, label: str | None = None, read: str | None = None) -> int:
        return sum(n for (lab, got), n in self.confusion.items() if label in (None, lab) and read in (None, got))

    def precision(self, cls: str) -> float:
        read = self.count(read=cls)
        return self.count(cls, cls) / read if read else 1.0

    def recall(self, cls: str) -> float:
        labelled = self.count(label=cls)
        return self.count(cls, cls) / labelled if labelled else 1.0

    @property
    def stop_precision(self) -> float:
        """Of the replies read as a request to stop (own or relayed), how many are one (either kind)."""
        read = self.count(read="own") + self.count(read="relayed")
        right = sum(self.count(lab, got) for lab in ("own", "relayed") for got in ("own", "relayed"))
        return right / read if read else 1.0

    @property
    def stop_recall(self) -> float:
        labelled = self.count(label="own") + self.count(label="relayed")
        right = sum(self.count(lab, got) for lab in ("own", "relayed") for got in ("own", "relayed"))
        return right / labelled if labelled else 1.0


def score(cases: list[dict[str, Any]]) -> Score:
    result = Score()
    for case in cases:
        got = reading(case)
        result.confusion[(case["label"], got)] += 1
        if got != case["label"]:
            result.misses.append((str(case.get("id")), case["label"], got))
    return result


def render(result: Score, data: Path, *, misses: bool = False) -> str:
    lines = [
        f"Requests to stop, own or relayed ({data}, {result.count()} replies: "
        + ", ".join(f"{result.count(label=lab)} {lab}" for lab in LABELS)
        + ")",
        f"  relayed: precision {result.precision('relayed'):.3f}, recall {result.recall('relayed'):.3f}"
        f" (read relayed where it is not: {result.count(read='relayed') - result.count('relayed', 'relayed')},"
        " each a person suppressed who asked nothing)",
        f"  own: precision {result.precision('own'):.3f}, recall {result.recall('own'):.3f}",
        f"  any request to stop: precision {result.stop_precision:.3f}, recall {result.stop_recall:.3f}",
        "  label \\ read   " + "".join(f"{lab:>9}" for lab in LABELS),
    ]
    for lab in LABELS:
        lines.append(f"  {lab:<15}" + "".join(f"{result.confusion[(lab, got)]:>9}" for got in LABELS))
    if misses:
        lines += [f"  miss {case_id}: labelled {label}, read {got}" for case_id, label, got in result.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="relance-relay-eval", description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="a set: a .py module with CASES, or a JSON list")
    parser.add_argument("--misses", action="store_true", help="list every case read otherwise than labelled")
    args = parser.parse_args(argv)
    try:
        cases = load(args.data)
    except DataError as exc:
        print(f"relance relay eval: {exc}", file=sys.stderr)
        return 2
    print(render(score(cases), args.data, misses=args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
