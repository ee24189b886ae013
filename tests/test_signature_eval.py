"""The signature evaluation set (issue 12, item 7) meets its accuracy targets, and `relance eval` reports it.

Accuracy only: throughput is a benchmark (bench/signature_throughput.py), never a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from relance.analysis import evaluate as reply_eval
from relance.config import REPO_ROOT
from relance.intelligence import evaluate


def test_the_set_has_at_least_150_french_and_english_messages_with_labelled_lines_and_fields() -> None:
    cases = evaluate.load(evaluate.DEFAULT_DATA)
    assert len(cases) >= 150
    langs = {c.lang for c in cases}
    assert langs == {"fr", "en"}
    assert sum(bool(c.signature) for c in cases) >= 150
    assert sum(not c.signature for c in cases) >= 5  # replies with no signature at all


def test_signature_reading_meets_its_targets_on_the_set() -> None:
    report = evaluate.evaluate(evaluate.load(evaluate.DEFAULT_DATA), seconds=0.01)
    assert not report.errors
    assert report.lines.f1 >= evaluate.LINE_F1
    for name, prf in report.fields.items():
        assert prf.f1 >= evaluate.FIELD_F1, (name, prf)
    assert report.llm_share <= evaluate.LLM_SHARE


def test_relance_eval_prints_the_signature_section() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "relance.cli", "eval", "--only", "signatures", "--seconds", "0.2"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for line in (
        "signature line F1",
        "phone type F1",
        "address precision",
        "share of messages to an LLM",
        "throughput",
    ):
        assert line in proc.stdout
    assert proc.stdout.rstrip().endswith("all targets met")


def test_eval_fails_and_names_the_field_when_a_label_disagrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = {
        "id": "x",
        "lang": "fr",
        "region": "FR",
        "sender": {"address": "marc@girard.fr", "name": "Marc Girard"},
        "user": {"address": "claire@cabinet.fr", "name": "Claire"},
        "body": "Merci.\n\nCordialement,\nMarc Girard\nTél. : 01 53 45 67 89",
        "signature": [3, 4],
        "fields": {
            "name": "Marc Girard",
            "title": "Associé",
            "phones": [{"value": "+33153456789", "type": "landline"}],
        },
    }
    (tmp_path / "cases.json").write_text(json.dumps([case]), encoding="utf-8")
    assert reply_eval.main(["--only", "signatures", "--signatures", str(tmp_path), "--seconds", "0.01"]) == 1
    missed = capsys.readouterr().out.split("TARGETS MISSED:")[1]
    assert "title F1" in missed and "name F1" not in missed


def test_a_malformed_set_is_refused_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "cases.json").write_text(json.dumps([{"id": "x", "body": "a", "signature": [3]}]), encoding="utf-8")
    assert reply_eval.main(["--only", "signatures", "--signatures", str(tmp_path)]) == 2
    assert "outside the body" in capsys.readouterr().err


# The blind sets (eval/signatures_blind/README.md): written by sessions that never saw the reader. The floors are the
# figures of the last round (2026-12-06, set_h's), so that no later change of the rules loses what they found.
BLIND_FLOORS = {
    "set_a": {"lines": 0.99, "name": 0.97, "title": 0.94, "company": 0.93, "address": 0.95, "phone": 0.99, "llm": 0.01},
    "set_b": {"lines": 0.99, "name": 0.97, "title": 0.94, "company": 0.91, "address": 0.96, "phone": 0.99, "llm": 0.01},
    "set_c": {"lines": 0.99, "name": 0.98, "title": 0.97, "company": 0.98, "address": 0.93, "phone": 0.98, "llm": 0.01},
    # held out: its figures only, never its misses, were read
    "set_d": {"lines": 0.97, "name": 0.95, "title": 0.90, "company": 0.90, "address": 0.85, "phone": 0.98, "llm": 0.02},
    # written blind on 2026-12-03, measured, then read (places that name a number's country, more address shapes)
    # (LLM share 0.03 since a Québec "Téléc." is read as a fax, no longer as the name "Télé": the block names nobody)
    "set_e": {"lines": 0.98, "name": 0.95, "title": 0.90, "company": 0.92, "address": 0.92, "phone": 0.99, "llm": 0.03},
    # written blind on 2026-12-03 (afternoon), measured, then read (vCard-like labels, designations, Québec, German,
    # Singapore and Dakar addresses, a title's department when the firm has its own line)
    "set_f": {"lines": 0.99, "name": 0.97, "title": 0.93, "company": 0.95, "address": 0.96, "phone": 0.99, "llm": 0.02},
    # written blind on 2026-12-06, measured, then read (numbers read in the country the block names, Réunion's and
    # Nouméa's numbers, whole addresses on one line)
    "set_g": {"lines": 0.99, "name": 0.98, "title": 0.88, "company": 0.90, "address": 0.91, "phone": 0.99, "llm": 0.02},
    # written blind on 2026-12-06 (notaries, practices, farms, town halls, British retirees in France), measured, then
    # read (a house's or a hamlet's name above its town, the professions of a practice, numbers under a Swiss town, two
    # people signing)
    "set_h": {"lines": 0.98, "name": 0.94, "title": 0.88, "company": 0.89, "address": 0.87, "phone": 0.97, "llm": 0.03},
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_signature_reading_keeps_what_the_blind_sets_taught_it(name: str) -> None:
    floors = BLIND_FLOORS[name]
    cases = evaluate.load(REPO_ROOT / "eval" / "signatures_blind" / name)
    assert len(cases) >= 100
    report = evaluate.evaluate(cases, seconds=0.01)
    assert report.lines.f1 >= floors["lines"], report.lines
    for field in ("name", "title", "company", "address", "phone"):
        assert report.fields[field].f1 >= floors[field], (field, report.fields[field])
    assert report.fields["linkedin"].f1 == 1.0 and report.fields["email"].f1 >= 0.95
    assert report.llm_share <= floors["llm"]
