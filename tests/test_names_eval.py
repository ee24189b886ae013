"""The greeting-name evaluation (eval/names/README.md): the set builds, the scorer counts what it says, and the
product keeps the precision it has on it (a wrong first name is the error a user never forgives)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from relance.analysis.names_eval import main, score

ROOT = Path(__file__).resolve().parents[1]


def test_the_scorer_counts_wrong_names_apart_from_missed_ones() -> None:
    cases: list[dict[str, Any]] = [
        {
            "id": "a",
            "to": [{"name": "Bob Prospect", "address": "bob@p.example"}],
            "words": "Bonjour,",
            "expected": "Bob",
        },
        {
            "id": "b",
            "to": [{"name": "Bob Prospect", "address": "bob@p.example"}],
            "words": "Bonjour,",
            "expected": None,
        },
        {"id": "c", "to": [{"name": "Service client", "address": "sc@p.example"}], "words": "Hi,", "expected": "Ann"},
        {"id": "d", "to": [], "words": "Hi,", "expected": None},
    ]
    result = score(cases)
    assert (result.cases, result.expected_names, result.answered, result.right_names) == (4, 2, 2, 1)
    assert [w[0] for w in result.wrong] == ["b"] and [m[0] for m in result.missed] == ["c"]
    assert (result.precision, result.recall, result.accuracy) == (0.5, 0.5, 0.5)


# Each set's figures now (eval/names*/README.md): eval/names 0.992 / 0.865 (2 wrong), eval/names2 0.960 / 0.839
# (8 wrong), eval/names3 0.827 / 0.838 (53 wrong, 41 of them its convention that "Bonjour," greets nobody). The
# first two sets greet the first recipient by their display name when the user greets a group or another recipient;
# the product does not (the follow-up goes to all of them), so those cases count as missed there. A drop below these
# floors is a regression.
@pytest.mark.parametrize(
    ("folder", "size", "precision", "wrong", "recall"),
    [("names", 500, 0.98, 5, 0.85), ("names2", 400, 0.95, 10, 0.82), ("names3", 550, 0.82, 55, 0.82)],
)
def test_each_blind_set_builds_and_the_reading_keeps_its_precision(
    tmp_path: Path, folder: str, size: int, precision: float, wrong: int, recall: float
) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "eval" / folder / "cases.py"), str(tmp_path)], check=True, capture_output=True
    )
    cases: list[dict[str, Any]] = json.loads((tmp_path / "cases.json").read_text(encoding="utf-8"))
    assert len(cases) >= size and len({c["id"] for c in cases}) == len(cases)
    result = score(cases)
    assert result.precision >= precision and len(result.wrong) <= wrong, result.wrong
    assert result.recall >= recall
    assert main(["--data", str(tmp_path / "cases.json")]) == 0


def test_contact_names_from_display_names_keep_their_precision_on_the_blind_set(tmp_path: Path) -> None:
    # eval/contact_names (621 displays, written blind): applied names 1.000 precision (0 wrong), recall 0.444 of
    # the clear names (the rest are suggestions for a person, or none). An applied wrong name is the error.
    from relance.intelligence import contact_names_eval

    subprocess.run(
        [sys.executable, str(ROOT / "eval" / "contact_names" / "cases.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    cases: list[dict[str, Any]] = json.loads((tmp_path / "cases.json").read_text(encoding="utf-8"))
    assert len(cases) >= 600
    result = contact_names_eval.score(cases)
    assert result.precision >= 0.99 and len(result.wrong) <= 2, result.wrong
    assert result.recall >= 0.42
    assert contact_names_eval.main(["--data", str(tmp_path / "cases.json")]) == 0
