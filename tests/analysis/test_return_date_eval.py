"""R6's return dates measured on whole out-of-office notices written blind to the reader (eval/return_dates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance.analysis import return_date_eval
from relance.analysis.evaluate import main


def test_every_blind_split_meets_its_targets_and_stays_hard() -> None:
    splits = return_date_eval.load(return_date_eval.DEFAULT_DATA)
    assert len(splits) >= 3
    for name, cases in splits.items():
        scores = return_date_eval.score(return_date_eval.run(cases))
        # Hard enough to mean something: notices with no date (vague, stale, a start, a deadline) and many with one.
        assert scores.undated >= 20 and scores.dated >= 60, name
        assert scores.exact >= return_date_eval.EXACT, (name, scores.exact)
        assert scores.none_right >= return_date_eval.NONE_WHEN_NONE, (name, scores.none_right)


def test_a_notice_read_wrong_is_counted_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notice = "Bonjour,\n\nJe suis absente jusqu'au 9 mars inclus.\n\nCordialement,\nAnne"
    cases = [
        {
            "id": "right",
            "sent": "2026-03-02T09:00:00+01:00",
            "subject": "Absence",
            "text": notice,
            "until": "2026-03-09",
        },
        {
            "id": "wrong",
            "sent": "2026-03-02T09:00:00+01:00",
            "subject": "Absence",
            "text": notice,
            "until": "2026-03-10",
        },
        {"id": "none", "sent": "2026-03-02T09:00:00+01:00", "subject": "Absence", "text": notice, "until": None},
    ]
    (tmp_path / "mine.json").write_text(json.dumps(cases), encoding="utf-8")
    scores = return_date_eval.score(return_date_eval.run(return_date_eval.load(tmp_path)["mine"]))
    assert (scores.dated, scores.exact, scores.undated, scores.none_right) == (2, 0.5, 1, 0.0)
    assert main(["--only", "return-dates", "--return-dates", str(tmp_path), "--misses"]) == 1
    out = capsys.readouterr().out
    assert "miss wrong" in out and "miss none" in out and "miss right" not in out


def test_a_set_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text(
        json.dumps([{"id": "x", "sent": "2026-03-02T09:00:00", "text": "Absent", "until": None}]), encoding="utf-8"
    )
    with pytest.raises(return_date_eval.DataError, match="no UTC offset"):
        return_date_eval.load(tmp_path)
    assert main(["--only", "return-dates", "--return-dates", str(tmp_path)]) == 2
