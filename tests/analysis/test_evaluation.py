"""Regression guard: the labelled evaluation set in eval/ meets every target."""

from __future__ import annotations

from collections import Counter

import pytest

from relance.analysis import evaluate


@pytest.fixture(scope="module")
def report() -> evaluate.Report:
    return evaluate.evaluate(evaluate.load(evaluate.DEFAULT_DATA), seconds=1.0)


def test_evaluation_set_is_large_and_spread_across_classes() -> None:
    cases = evaluate.load(evaluate.DEFAULT_DATA)
    kinds = Counter("opt_out" if c.label.get("opt_out") else c.label["kind"] for c in cases)
    assert len(cases) >= 150
    assert min(kinds[k] for k in ("human", "auto_reply", "bounce", "opt_out", "list")) >= 10
    assert {c.label.get("lang") for c in cases} == {"en", "fr"}
    assert sum(1 for c in cases if "new_text" in c.label) >= 50


def test_evaluation_meets_every_target(report: evaluate.Report) -> None:
    assert report.errors == []
    assert report.targets_met, "\n".join(report.failures())


def test_throughput_is_shown_but_never_decides_whether_targets_are_met(report: evaluate.Report) -> None:
    # A speed measured on a busy machine says nothing about the analysis: bench/analysis_throughput.py judges it.
    [row] = [row for row in report.rows if row.metric.startswith("throughput")]
    assert row.value > 0 and row.ok is None
    assert all(row.ok is not None for row in report.rows if row.target.startswith((">=", "=")))


def test_no_human_reply_is_read_as_bounce_or_opt_out(report: evaluate.Report) -> None:
    assert report.value("human replies read as bounce") == 0
    assert report.value("human replies read as opt-out") == 0


def test_main_prints_the_table_and_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main(["--seconds", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "automatic reply  precision" in out and ">= 0.99" in out
    assert "new text line F1" in out and "throughput" in out
