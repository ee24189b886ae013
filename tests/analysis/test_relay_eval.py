"""The evaluation of requests to stop, own or relayed (eval/opt_out_relay/README.md): the scorer counts what it says,
a bad set is refused with a clear message, and the product keeps what it reached on relay_a, relay_b, relay_c and
relay_d (all read on 2026-12-06, so these floors guard against regressions; the blind figures are in the README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance.analysis.relay_eval import load, main, score

ROOT = Path(__file__).resolve().parents[2]


def test_the_scorer_tells_a_person_suppressed_who_asked_nothing_from_a_request_missed() -> None:
    cases = [
        {"id": "a", "text": "Je suis sa fille : merci de ne plus lui écrire.", "label": "relayed"},
        {"id": "b", "text": "Je suis sa fille : merci de ne plus lui écrire.", "label": "none"},
        {"id": "c", "text": "Merci de ne plus me contacter.", "label": "relayed"},
        {"id": "d", "text": "Merci pour le document.", "label": "own"},
    ]
    result = score(cases)
    assert result.confusion[("relayed", "relayed")] == 1 and result.confusion[("none", "relayed")] == 1
    assert result.confusion[("relayed", "own")] == 1 and result.confusion[("own", "none")] == 1
    assert (result.precision("relayed"), result.recall("relayed")) == (0.5, 0.5)
    assert [m[0] for m in result.misses] == ["b", "c", "d"]
    # own and relayed both count as a request to stop: c is one, b and d are the errors
    assert (result.stop_precision, result.stop_recall) == (2 / 3, 2 / 3)


def test_a_case_without_a_known_label_is_refused_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"id": "x", "text": "Stop", "label": "maybe"}]))
    assert main(["--data", str(bad)]) == 2
    assert "label" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "own_precision"), [("relay_a", 0.95), ("relay_b", 0.95), ("relay_c", 0.92)])
def test_the_relay_sets_keep_their_figures(name: str, own_precision: float) -> None:
    result = score(load(ROOT / "eval" / "opt_out_relay" / f"{name}.py"))
    assert result.count() == 160
    # A person suppressed who asked nothing is the error a user never forgives: none on any set.
    assert result.precision("relayed") == 1.0
    assert result.recall("relayed") >= 0.95
    # relay_c's own precision: shared addresses and a standard's "retirer cette adresse" read as the author's own,
    # whose address is the person's (the same suppression; eval/opt_out_relay/README.md)
    assert result.precision("own") >= own_precision and result.recall("own") >= 0.95
    assert result.stop_precision >= 0.98


def test_relay_d_keeps_what_its_reading_reached() -> None:
    result = score(load(ROOT / "eval" / "opt_out_relay" / "relay_d.py"))
    assert result.count() == 160
    # One person read as relaying for herself: a client's formal letter about "Madame de Sainte-Foy", signed by her,
    # from her own address (suppressed either way; eval/opt_out_relay/README.md).
    assert [m[0] for m in result.misses if m[2] == "relayed" and m[1] != "relayed"] == ["relayd-046"]
    assert result.recall("relayed") >= 0.85
    assert result.precision("own") >= 0.97 and result.recall("own") >= 0.9
    assert result.stop_precision == 1.0 and result.stop_recall >= 0.89


def test_relay_e_keeps_what_its_reading_reached() -> None:
    # relay_e, look-alikes above all (eval/opt_out_relay/README.md): blind, 14 of its 90 replies that ask nothing were
    # read as requests (any request precision 0.818); once read, 3: a daughter asking to stop writing to her late
    # father's mailbox and to write to her instead, an assistant taking a committee member off a list, a client
    # removing the office address and keeping his own (each a request under another reading of the labels).
    result = score(load(ROOT / "eval" / "opt_out_relay" / "relay_e.py"))
    assert result.count() == 160
    assert sorted(m[0] for m in result.misses if m[1] == "none" and m[2] != "none") == [
        "relaye-008", "relaye-075", "relaye-079",
    ]  # fmt: skip
    assert result.stop_precision >= 0.95 and result.stop_recall >= 0.9
    assert result.precision("relayed") >= 0.89 and result.recall("relayed") >= 0.83
