"""`relance eval` is the rerunnable evaluation of issue 6: it prints each figure beside its target and
exits 0 only when every target is met."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from relance.analysis import evaluate
from relance.config import REPO_ROOT


def test_relance_eval_prints_the_figures_and_passes(small_intent_set: Path) -> None:
    # The reply analysis and the signature reading on their whole sets (they decide the exit status); the intent
    # section on a small cut of its set, whose learnt models take two minutes to train on the whole one (its
    # figures are tests/test_intent_eval.py's).
    proc = subprocess.run(
        [sys.executable, "-m", "relance.cli", "eval", "--seconds", "0.5", "--intents", str(small_intent_set)],
        cwd=REPO_ROOT,
        env={**os.environ, "RELANCE_INTENT_TRAINING": str(small_intent_set)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for line in (
        "automatic reply  precision",
        "bounce           recall",
        "new text line F1",
        "throughput",
        f"Relance intent reading, heldout split: 6 replies from {small_intent_set}",
        "signature reading",
    ):
        assert line in proc.stdout
    assert proc.stdout.rstrip().endswith("all targets met")


REPLY = (
    "From: Jordan Ellis <jordan@acme.example>\r\nTo: Alex <alex@northwind.example>\r\nSubject: Re: Renewal\r\n"
    "Date: Tue, 03 Dec 2024 10:15:00 -0500\r\nMessage-ID: <r1@acme.example>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Tuesday works.\r\n\r\nJordan\r\n\r\n"
    "-----Original Message-----\r\nFrom: Alex <alex@northwind.example>\r\nSent: Monday, December 2, 2024 9:00 AM\r\n"
    "To: Jordan Ellis <jordan@acme.example>\r\nSubject: Renewal\r\n\r\nCould we talk next week?\r\n"
)


def _folder(tmp_path: Path, label: Mapping[str, object]) -> Path:
    (tmp_path / "reply.eml").write_bytes(REPLY.encode())
    (tmp_path / "mine.json").write_text(json.dumps({"reply.eml": label}), encoding="utf-8")
    return tmp_path


def test_eval_scores_a_users_folder_of_raw_eml_files_with_a_labels_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    label = {"new_text": ["Tuesday works.", "Jordan"], "client": "outlook", "lang": "en"}
    folder = _folder(tmp_path, label)
    assert (
        evaluate.main(
            ["--data", str(folder), "--labels", str(folder / "mine.json"), "--seconds", "0.05", "--only", "replies"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "1 labelled messages" in out
    assert "new text line F1" in out and "new text F1  client outlook (1)" in out and "lang en (1)" in out


def test_eval_fails_when_the_new_text_of_a_client_is_misread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The label says the author also wrote a line the extraction drops: the score goes down and the
    # evaluation exits 1, naming the client and the language that missed.
    label = {"new_text": ["Tuesday works.", "Jordan", "Could we talk next week?"], "client": "outlook", "lang": "en"}
    folder = _folder(tmp_path, label)
    report = evaluate.evaluate(evaluate.load(folder, folder / "mine.json"), seconds=0.01)
    assert report.value("new text line recall") == pytest.approx(2 / 3)
    assert (
        evaluate.main(
            ["--data", str(folder), "--labels", str(folder / "mine.json"), "--seconds", "0.01", "--only", "replies"]
        )
        == 1
    )
    missed = capsys.readouterr().out.split("TARGETS MISSED:")[1]
    assert "new text line F1" in missed and "client outlook (1)" in missed and "lang en (1)" in missed


def test_eval_names_a_labelled_file_that_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "labels.json").write_text(json.dumps({"gone.eml": {"new_text": ["x"]}}), encoding="utf-8")
    assert evaluate.main(["--data", str(tmp_path), "--seconds", "0.05"]) == 2
    assert "gone.eml" in capsys.readouterr().err


def test_eval_refuses_labels_that_are_not_an_object_of_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "labels.json").write_text('["reply.eml"]', encoding="utf-8")
    assert evaluate.main(["--data", str(tmp_path)]) == 2
    assert "expected an object" in capsys.readouterr().err


BOUNCE = (
    "From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>\r\nTo: alex@northwind.example\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\nDate: Tue, 03 Dec 2024 10:16:00 -0500\r\n"
    "Message-ID: <b1@mx.acme.example>\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
    "--B\r\nContent-Type: text/plain\r\n\r\n"
    "I'm sorry to have to inform you that your message could not be delivered.\r\n"
    "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.example\r\n\r\n"
    "Final-Recipient: rfc822; jordan@acme.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
    "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
    "Message-ID: <t1@northwind.example>\r\nSubject: Renewal\r\n\r\n--B--\r\n"
)
AWAY = (
    "From: Jordan Ellis <jordan@acme.example>\r\nTo: alex@northwind.example\r\nSubject: Automatic reply: Renewal\r\n"
    "Date: Tue, 03 Dec 2024 10:15:00 -0500\r\nMessage-ID: <a1@acme.example>\r\nAuto-Submitted: auto-replied\r\n"
    "X-Auto-Response-Suppress: All\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "I am out of the office until Monday 9 December 2024.\r\n"
)


def test_eval_scores_a_users_labels_that_name_only_part_of_each_detail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A user labels what they know: a bounce by its kind alone, another by its recipient's address only, an
    # automatic reply without its date. Each detail is scored on the labels that give it, with its count.
    for name, raw in (("b1.eml", BOUNCE), ("b2.eml", BOUNCE), ("away.eml", AWAY)):
        (tmp_path / name).write_bytes(raw.encode())
    labels = {
        "b1.eml": {"kind": "bounce", "new_text": []},  # a bounce has no new text to extract: not scored for it
        "b2.eml": {"kind": "bounce", "bounce": {"recipients": [{"address": "jordan@acme.example"}]}},
        "away.eml": {"kind": "auto_reply"},
    }
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    report = evaluate.evaluate(evaluate.load(tmp_path, tmp_path / "labels.json"), seconds=0.01)
    assert report.value("bounce recipients and statuses right (1)") == 1.0
    assert report.value("bounce permanent flag right (0)") == 1.0
    assert report.value("return date none when none (0)") == 1.0
    assert any(row.metric == "new text line precision (0 replies)" for row in report.rows)
    assert evaluate.main(["--data", str(tmp_path), "--seconds", "0.01", "--only", "replies"]) == 0
    assert "bounce recipients and statuses right (1)" in capsys.readouterr().out

    # The same address labelled as a different recipient is scored wrong, not skipped.
    labels["b2.eml"] = {"kind": "bounce", "bounce": {"recipients": [{"address": "someone@acme.example"}]}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    report = evaluate.evaluate(evaluate.load(tmp_path, tmp_path / "labels.json"), seconds=0.01)
    assert report.value("bounce recipients and statuses right (1)") == 0.0

    # An address written in capitals, as an old directory prints it, is the same mailbox.
    labels["b2.eml"] = {"kind": "bounce", "bounce": {"recipients": [{"address": "Jordan@ACME.example"}]}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    report = evaluate.evaluate(evaluate.load(tmp_path, tmp_path / "labels.json"), seconds=0.01)
    assert report.value("bounce recipients and statuses right (1)") == 1.0
