"""Regression guard: the labelled evaluation set in eval/ meets every target."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

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
    assert sum(1 for c in cases if "new_text" in c.label) >= 150


def test_new_text_is_labelled_on_every_client_a_firm_meets_in_eight_languages() -> None:
    labelled = [c.label for c in evaluate.load(evaluate.DEFAULT_DATA) if "new_text" in c.label]
    per_lang = Counter(evaluate.lang_of(label) for label in labelled)
    per_client = Counter(evaluate.client_of(label) for label in labelled)
    assert all(per_lang[lang] >= 8 for lang in ("en", "fr", "de", "nl", "it", "es", "pt", "pl")), per_lang
    assert all(per_client[c] >= 4 for c in ("outlook", "lotus", "groupwise", "gmail", "webmail-fr", "mobile"))


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


def test_new_text_is_reported_per_client_and_per_language(report: evaluate.Report) -> None:
    metrics = {row.metric.split(" (")[0] for row in report.rows}
    for key in ("client lotus", "client groupwise", "client webmail-fr", "client mobile", "lang pl", "lang nl"):
        assert f"new text F1  {key}" in metrics


def test_main_prints_the_table_and_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    # The reply analysis's table, in process. The whole command (every section, the intents on a small cut of their
    # set) is tests/analysis/test_eval_command.py's; the intents' whole set, whose learnt models take most of two
    # minutes to train, is tests/test_intent_eval.py's, split by split.
    assert evaluate.main(["--seconds", "0.2", "--only", "replies"]) == 0
    out = capsys.readouterr().out
    assert "automatic reply  precision" in out and ">= 0.99" in out
    assert "new text line F1" in out and "throughput" in out


def test_bounce_details_return_dates_and_complaints_are_judged_against_a_target(report: evaluate.Report) -> None:
    # A wrong failed recipient suppresses the wrong address and a wrong return date resumes a sequence too early:
    # these figures decide the evaluation as the class figures do.
    judged = [row for row in report.rows if row.metric.startswith(("return date", "bounce ", "complaint"))]
    assert len(judged) >= 10 and all(row.ok is not None for row in judged), [row.metric for row in judged]
    kinds = Counter(c.label.get("kind") for c in evaluate.load(evaluate.DEFAULT_DATA))
    assert kinds["complaint"] >= 3


def _eml(sender: str, to: str, subject: str, message_id: str, body: str, in_reply_to: str | None = None) -> bytes:
    headers = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        "Date: Tue, 08 Dec 2026 10:00:00 +0100",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if in_reply_to:
        headers += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def test_a_label_s_replied_to_hands_the_analysis_the_message_the_firm_sent(tmp_path: Path) -> None:
    """A user scoring their own mail names, beside a reply, the message their firm sent: the evaluation reads the
    reply with it, as the worker does, and an opt-out typed inside the quote counts."""
    sent = (
        "Bonjour Madame Roy,\n\nJe vous propose un rendez-vous pour faire le point sur votre contrat.\n"
        "Seriez-vous disponible jeudi à 10 h ?\n\nBien cordialement,\nLéa Morel\nCabinet Morel\n"
    )
    reply = (
        "Bonjour,\n\nDe : Léa Morel <lea@morel.example>\nEnvoyé : mardi 8 décembre 2026 09:00\n"
        "À : Anne Roy <anne.roy@fai.example>\nObjet : Rendez-vous\n\n"
        + sent.replace("10 h ?\n", "10 h ?\nNon, et merci de ne plus me contacter.\n")
    )
    folder = tmp_path / "messages"
    folder.mkdir()
    (folder / "sent.eml").write_bytes(
        _eml("lea@morel.example", "anne.roy@fai.example", "Rendez-vous", "<s1@morel.example>", sent)
    )
    (folder / "reply.eml").write_bytes(
        _eml(
            "anne.roy@fai.example",
            "lea@morel.example",
            "RE: Rendez-vous",
            "<r1@fai.example>",
            reply,
            "<s1@morel.example>",
        )
    )
    label = {"kind": "human", "opt_out": True, "new_text": ["Bonjour,", "Non, et merci de ne plus me contacter."]}
    (tmp_path / "labels.json").write_text(json.dumps({"reply.eml": {**label, "replied_to": "sent.eml"}}))
    with_it = evaluate.evaluate(evaluate.load(tmp_path))
    assert with_it.value("opt-out          recall") == 1.0
    assert with_it.value("new text exact (all lines right)") == 1.0
    (tmp_path / "labels.json").write_text(json.dumps({"reply.eml": label}))
    without = evaluate.evaluate(evaluate.load(tmp_path))
    assert without.value("opt-out          recall") == 0.0
    (tmp_path / "labels.json").write_text(json.dumps({"reply.eml": {**label, "replied_to": "gone.eml"}}))
    with pytest.raises(evaluate.DataError, match=r"gone\.eml"):
        evaluate.load(tmp_path)
