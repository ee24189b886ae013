"""R6's return dates measured on whole out-of-office notices written blind to the reader (eval/return_dates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance.analysis import return_date_eval
from relance.analysis.evaluate import main


def test_every_split_that_was_read_meets_its_targets_and_stays_hard() -> None:
    splits = return_date_eval.load(return_date_eval.DEFAULT_DATA)
    read = {name: cases for name, cases in splits.items() if name not in return_date_eval.HELD_OUT}
    assert len(read) >= 5
    for name, cases in read.items():
        scores = return_date_eval.score(return_date_eval.run(cases))
        # Hard enough to mean something: notices with no date (vague, stale, a start, a deadline) and many with one.
        assert scores.undated >= 20 and scores.dated >= 60, name
        assert scores.exact >= return_date_eval.EXACT, (name, scores.exact)
        assert scores.none_right >= return_date_eval.NONE_WHEN_NONE, (name, scores.none_right)


# What the reader did on each held-out split when it landed, never read since (dates right of those given, nones right
# of those with none): a change that reads fewer of them right is a regression on mail it has never seen.
HELD_OUT_AT_LANDING = {"split_h": ((62, 74), (23, 26))}


def test_the_held_out_split_is_read_at_least_as_well_as_when_it_landed() -> None:
    splits = return_date_eval.load(return_date_eval.DEFAULT_DATA)
    assert set(HELD_OUT_AT_LANDING) == set(return_date_eval.HELD_OUT) <= set(splits)
    for name, ((dated_right, dated), (undated_right, undated)) in HELD_OUT_AT_LANDING.items():
        scores = return_date_eval.score(return_date_eval.run(splits[name]))
        assert (scores.dated, scores.undated) == (dated, undated), name
        assert round(scores.exact * dated) >= dated_right, (name, scores.exact)
        assert round(scores.none_right * undated) >= undated_right, (name, scores.none_right)


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
