"""Rerunnable evaluation of the reply analysis on the labelled set in eval/ (messages/*.eml + labels.json), or
on any folder of raw `.eml` files with a labels JSON in the same format.

Prints precision and recall per class, the human replies misread, line-level F1 of new-text extraction (in
all, then per client and per language, so that a weak client shows), return-date and bounce details, each
beside its target, and throughput (messages/s on one core, parsing included). Exit status 0 when every
accuracy target is met: throughput is a benchmark figure, shown here for information and judged against its
target only by ``bench/analysis_throughput.py``, since a busy machine measures less without the analysis
being any worse.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance.analysis import mime, new_text, return_date
from relance.analysis.pipeline import analyse_email

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "eval"
CLASSES = ("human", "auto_reply", "bounce", "list", "complaint", "opt_out")
KINDS = CLASSES[:5]  # what a label's `kind` may be; opt-out is a flag on a human reply
CLASS_NAMES = {
    "human": "human reply",
    "auto_reply": "automatic reply",
    "bounce": "bounce",
    "list": "list mail",
    "complaint": "complaint",
    "opt_out": "opt-out",
}
_SPACES = re.compile(r"\s+")
# New text: in all, and on each client and each language, so that one weak client fails the evaluation.
NEW_TEXT_F1 = 0.95
NEW_TEXT_F1_GROUP = 0.9
# Return dates, bounce details and complaint details, among the messages whose kind was read right.
DETAIL = 0.95


@dataclass
class Case:
    name: str
    raw: bytes
    label: dict[str, Any]
    replied_to: str | None = None  # the text the firm stored of the message this one answers


@dataclass
class Row:
    metric: str
    value: float
    target: str = ""
    ok: bool | None = None
    fmt: str = "{:.3f}"

    def render(self) -> str:
        flag = "" if self.ok is None else ("ok" if self.ok else "FAIL")
        return f"{self.metric:<46} {self.fmt.format(self.value):>9}  {self.target:<10} {flag}"


@dataclass
class Report:
    messages: int
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def targets_met(self) -> bool:
        return all(row.ok is not False for row in self.rows)

    def failures(self) -> list[str]:
        return [row.render() for row in self.rows if row.ok is False]

    def value(self, metric: str) -> float:
        return next(row.value for row in self.rows if row.metric == metric)


class DataError(Exception):
    """The labelled set cannot be read (missing file, malformed JSON or label)."""


def load(data_dir: Path, labels_path: Path | None = None) -> list[Case]:
    """The labelled messages: `labels.json` (or `labels_path`) maps a file name to its label, and the files are
    in `data_dir/messages/` when that folder exists, else in `data_dir` itself.

    A label may carry `kind` (human, auto_reply, bounce, list, complaint; `opt_out`), `new_text` (the lines the author
    wrote), `client` and `lang`; a message without `kind` counts only for new text. `replied_to` names the raw
    message the firm sent that this one answers (a file of the folder without a label of its own): its text is
    what the worker finds stored when it reads the reply. Details are optional: `until`
    (an automatic reply's return date, null for none) and `bounce` / `complaint` are scored on the labels that
    carry them.
    """
    labels_path = labels_path or data_dir / "labels.json"
    try:
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the labels {labels_path}: {exc}") from exc
    if not isinstance(labels, dict) or not all(isinstance(v, dict) for v in labels.values()):
        raise DataError(f"{labels_path}: expected an object mapping each .eml file name to its label object")
    folder = data_dir / "messages" if (data_dir / "messages").is_dir() else data_dir
    cases: list[Case] = []
    for name, label in sorted(labels.items()):
        if "kind" in label and label["kind"] not in KINDS:
            raise DataError(f"{labels_path}: {name}: kind {label['kind']!r} is not one of {', '.join(KINDS)}")
        new = label.get("new_text")
        if new is not None and not (isinstance(new, list) and all(isinstance(x, str) for x in new)):
            raise DataError(f"{labels_path}: {name}: new_text must be a list of lines")
        try:
            raw = (folder / name).read_bytes()
        except OSError as exc:
            raise DataError(f"{labels_path} names {name}, which cannot be read in {folder}: {exc}") from exc
        replied_to = label.get("replied_to")
        if replied_to is not None and not isinstance(replied_to, str):
            raise DataError(f"{labels_path}: {name}: replied_to must name a file")
        try:
            sent = stored_text((folder / replied_to).read_bytes()) if replied_to else None
        except OSError as exc:
            raise DataError(f"{labels_path}: {name} answers {replied_to}, which cannot be read: {exc}") from exc
        cases.append(Case(name, raw, label, sent))
    return cases


def stored_text(raw: bytes) -> str:
    """The text the worker stores of a message the firm sent (its plain part, else its HTML's text)."""
    message = mime.normalise(mime.parse(raw), raw)
    return str(message.get("body_text") or "") or new_text.html_to_text(str(message.get("body_html") or ""))


def _actual_class(result: dict[str, Any]) -> set[str]:
    classes = {str(result["kind"])}
    if result["opt_out"]:
        classes.add("opt_out")
    return classes


def _expected_class(label: dict[str, Any]) -> set[str] | None:
    if "kind" not in label:
        return None
    classes = {str(label["kind"])}
    if label.get("opt_out"):
        classes.add("opt_out")
    return classes


def _lines(text: str) -> Counter[str]:
    return Counter(_SPACES.sub(" ", ln).strip() for ln in text.split("\n") if ln.strip())


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _at_least(value: float, target: float) -> tuple[str, bool]:
    return f">= {target:g}", value >= target


def evaluate(cases: list[Case], *, seconds: float = 1.0) -> Report:
    report = Report(len(cases))
    results: list[tuple[Case, dict[str, Any]]] = []
    for case in cases:
        try:
            results.append((case, analyse_email(case.raw, replied_to_text=case.replied_to)))
        except Exception as exc:  # an analyser crash is a finding, not a reason to stop the evaluation
            report.errors.append(f"{case.name}: {exc!r}")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    human_as: Counter[str] = Counter()
    for case, result in results:
        expected, actual = _expected_class(case.label), _actual_class(result)
        if expected is None:
            continue
        for cls in CLASSES:
            tp[cls] += cls in expected and cls in actual
            fp[cls] += cls not in expected and cls in actual
            fn[cls] += cls in expected and cls not in actual
        if case.label.get("kind") == "human" and not case.label.get("opt_out"):
            for cls in actual - {"human"}:
                human_as[cls] += 1
        elif case.label.get("kind") == "human":
            human_as.update(actual - {"human", "opt_out"})

    targets: dict[tuple[str, str], float] = {
        ("auto_reply", "precision"): 0.99,
        ("auto_reply", "recall"): 0.95,
        ("bounce", "precision"): 0.99,
        ("bounce", "recall"): 0.95,
        ("complaint", "precision"): 0.99,
        ("complaint", "recall"): 0.95,
    }
    for cls in CLASSES:
        for measure, value in (
            ("precision", _ratio(tp[cls], tp[cls] + fp[cls])),
            ("recall", _ratio(tp[cls], tp[cls] + fn[cls])),
        ):
            row = Row(f"{CLASS_NAMES[cls]:<16} {measure}", value)
            if (cls, measure) in targets:
                row.target, row.ok = _at_least(value, targets[(cls, measure)])
            report.rows.append(row)
    for cls, name in (("bounce", "bounce"), ("complaint", "complaint"), ("opt_out", "opt-out")):
        report.rows.append(Row(f"human replies read as {name}", human_as[cls], "= 0", human_as[cls] == 0, "{:.0f}"))
    missed = human_as["auto_reply"] + human_as["list"]
    report.rows.append(Row("human replies read as auto reply or list", missed, "", None, "{:.0f}"))

    _new_text_rows(report, results)
    _detail_rows(report, results)
    if report.errors:
        report.rows.append(Row("messages the analyser failed on", len(report.errors), "= 0", False, "{:.0f}"))
    # A benchmark figure, never a target here: bench/analysis_throughput.py sets it beside its target.
    rate = throughput([case.raw for case in cases], seconds=seconds)
    report.rows.append(Row("throughput (messages/s, one core)", rate, "benchmark", None, "{:.0f}"))
    return report


@dataclass
class LineScore:
    """Line-level agreement of extracted new text with the labelled lines, summed over messages."""

    tp: int = 0
    predicted: int = 0
    expected: int = 0
    exact: int = 0
    messages: int = 0

    def add(self, wanted: list[str], got_text: str) -> None:
        want = Counter(_SPACES.sub(" ", ln).strip() for ln in wanted if ln.strip())
        got = _lines(got_text)
        self.tp += sum((want & got).values())
        self.predicted += sum(got.values())
        self.expected += sum(want.values())
        self.exact += want == got
        self.messages += 1

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.expected)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def client_of(label: dict[str, Any]) -> str:
    """The client family a label names (`outlook_mobile` counts under outlook)."""
    return str(label.get("client") or "unknown").split("_")[0]


NO_NEW_TEXT = frozenset({"bounce", "auto_reply", "complaint"})


def lang_of(label: dict[str, Any]) -> str:
    return str(label.get("lang") or "unknown")


def new_text_scores(pairs: list[tuple[dict[str, Any], str]]) -> dict[str, LineScore]:
    """Scores in all ("all"), per client ("client outlook") and per language ("lang de") for (label, new text).

    New text is what a person wrote: a bounce or an automatic reply has none to extract, whatever its label says
    (a labels file may give them `"new_text": []`), so only replies, list mail and unkinded labels count.
    """
    scores: dict[str, LineScore] = {}
    for label, got in pairs:
        wanted = label.get("new_text")
        if wanted is None or label.get("kind") in NO_NEW_TEXT:
            continue
        for key in ("all", f"client {client_of(label)}", f"lang {lang_of(label)}"):
            scores.setdefault(key, LineScore()).add(wanted, got)
    return scores


def _new_text_rows(report: Report, results: list[tuple[Case, dict[str, Any]]]) -> None:
    scores = new_text_scores([(case.label, str(result["new_text"])) for case, result in results])
    total = scores.get("all", LineScore())
    report.rows.append(Row(f"new text line precision ({total.messages} replies)", total.precision))
    report.rows.append(Row("new text line recall", total.recall))
    target, ok = _at_least(total.f1, NEW_TEXT_F1)
    report.rows.append(Row("new text line F1", total.f1, target, ok))
    report.rows.append(Row("new text exact (all lines right)", _ratio(total.exact, total.messages)))
    for key in sorted(k for k in scores if k != "all"):
        score = scores[key]
        target, ok = _at_least(score.f1, NEW_TEXT_F1_GROUP)
        report.rows.append(Row(f"new text F1  {key} ({score.messages})", score.f1, target, ok))


def _detail_rows(report: Report, results: list[tuple[Case, dict[str, Any]]]) -> None:
    dates = [
        (case.label.get("until"), (result["auto_reply"] or {}).get("until"))
        for case, result in results
        # A label without "until" says nothing about the date (a user's own file); "until": null says none.
        if case.label.get("kind") == "auto_reply" and "until" in case.label and result["kind"] == "auto_reply"
    ]
    named = [(want, got) for want, got in dates if want is not None]
    unnamed = [(want, got) for want, got in dates if want is None]
    exact = _ratio(sum(w == g for w, g in named), len(named))
    report.rows.append(Row(f"return date exact ({len(named)} with a date)", exact, *_at_least(exact, DETAIL)))
    none_right = _ratio(sum(g is None for _, g in unnamed), len(unnamed))
    report.rows.append(Row(f"return date none when none ({len(unnamed)})", none_right, *_at_least(none_right, DETAIL)))
    bounces = [
        (case.label["bounce"], result["bounce"])
        for case, result in results
        if case.label.get("kind") == "bounce" and "bounce" in case.label and result["bounce"] is not None
    ]
    # A user's own labels may name only part of a bounce (say its recipients): each detail is scored on the
    # labels that give it, and the count beside each row says on how many.
    checks: list[tuple[str, str, Callable[[dict[str, Any], dict[str, Any]], bool]]] = [
        ("bounce permanent flag right", "permanent", lambda w, g: w["permanent"] == g["permanent"]),
        ("bounce recipients and statuses right", "recipients", _same_recipients),
        (
            "bounce original Message-ID right",
            "original_message_id",
            lambda w, g: w["original_message_id"] == g["original_message_id"],
        ),
    ]
    for metric, key, check in checks:
        labelled = [(w, g) for w, g in bounces if key in w]
        value = _ratio(sum(check(w, g) for w, g in labelled), len(labelled))
        report.rows.append(Row(f"{metric} ({len(labelled)})", value, *_at_least(value, DETAIL)))
    complaints = [
        (case.label["complaint"], result.get("complaint"))
        for case, result in results
        if case.label.get("kind") == "complaint" and "complaint" in case.label and result["kind"] == "complaint"
    ]
    right = sum(
        g is not None
        and sorted(w["recipients"]) == sorted(g["recipients"])
        and w["original_message_id"] == g["original_message_id"]
        for w, g in complaints
    )
    value = _ratio(right, len(complaints))
    report.rows.append(
        Row(f"complaint recipients and Message-ID right ({len(complaints)})", value, *_at_least(value, DETAIL))
    )


def _same_recipients(wanted: dict[str, Any], got: dict[str, Any]) -> bool:
    """The recipients a label names, compared on the fields it gives (address always, in any case, as mail systems
    compare them; permanent, status if set)."""
    fields = ["address", *(k for k in ("permanent", "status") if all(k in r for r in wanted["recipients"]))]

    def rows(bounce: dict[str, Any]) -> list[tuple[Any, ...]]:
        return sorted(tuple(str(r.get(f)).lower() for f in fields) for r in bounce["recipients"])

    return rows(wanted) == rows(got)


def throughput(raws: list[bytes], *, seconds: float = 1.0) -> float:
    """Messages per CPU-second of `analyse_email` in this process (one core), parsing included.

    CPU time (`process_time`) rather than wall time, so other processes on a shared machine do not skew the
    figure. The cache of parsed return dates is cleared before every pass so that repeated passes over the
    same messages do not flatter dateparser's cost.
    """
    if not raws:
        return 0.0
    for raw in raws:  # warm-up: imports, compiled patterns, dateparser's language data
        analyse_email(raw)
    done = 0
    start = time.process_time()
    while True:
        return_date.clear_cache()
        for raw in raws:
            analyse_email(raw)
        done += len(raws)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def render(report: Report, data_dir: Path) -> str:
    lines = [
        f"Relance reply analysis: {report.messages} labelled messages from {data_dir}",
        "",
        f"{'metric':<46} {'value':>9}  {'target':<10}",
        "-" * 72,
        *(row.render() for row in report.rows),
        "-" * 72,
        "all targets met" if report.targets_met else "TARGETS MISSED:\n  " + "\n  ".join(report.failures()),
    ]
    lines += [f"error: {e}" for e in report.errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="relance-analysis-eval", description=__doc__)
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of raw .eml files (directly or in messages/) with labels.json",
    )
    parser.add_argument("--labels", type=Path, help="labels JSON elsewhere than DATA/labels.json")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to measure throughput")
    parser.add_argument(
        "--signatures",
        type=Path,
        default=None,
        help="signature set: a folder with cases.json, or a JSON file (default eval/signatures)",
    )
    parser.add_argument(
        "--intents",
        type=Path,
        default=None,
        help="intent set: a folder with cases.json, or a JSON file (default eval/intents)",
    )
    parser.add_argument(
        "--only",
        choices=("replies", "return-dates", "signatures", "intents"),
        help="run one section: the reply analysis, return dates, signature reading or intent reading",
    )
    parser.add_argument(
        "--return-dates",
        type=Path,
        default=None,
        help="return-date sets: a folder of *.json splits, or one file (default eval/return_dates)",
    )
    parser.add_argument(
        "--misses", action="store_true", help="list each signature line or field, and each return date, read wrong"
    )
    args = parser.parse_args(argv)
    ok = True
    if args.only in (None, "replies"):
        try:
            cases = load(args.data, args.labels)
        except DataError as exc:
            print(f"relance eval: {exc}", file=sys.stderr)
            return 2
        report = evaluate(cases, seconds=args.seconds)
        print(render(report, args.data))
        ok = report.targets_met
    if args.only in (None, "return-dates"):
        from relance.analysis import return_date_eval

        if args.only is None:
            print()
        try:
            dates_ok = return_date_eval.section(args.return_dates or return_date_eval.DEFAULT_DATA, verbose=args.misses)
        except return_date_eval.DataError as exc:
            print(f"relance eval: {exc}", file=sys.stderr)
            return 2
        ok = ok and dates_ok
    if args.only in (None, "intents"):
        # Issue 13's intent targets are printed beside each held-out split but do not decide the exit status of
        # the whole evaluation yet: the rules meet them on one held-out split and miss them on another (README).
        from relance.intelligence import intent_eval

        if args.only is None:
            print()
        try:
            intents_ok = intent_eval.section(
                args.intents or intent_eval.DEFAULT_DATA, verbose=args.misses, seconds=args.seconds
            )
        except intent_eval.DataError as exc:
            print(f"relance eval: {exc}", file=sys.stderr)
            return 2
        if args.only == "intents":
            ok = intents_ok
    if args.only in (None, "signatures"):
        from relance.intelligence import evaluate as signatures

        data = args.signatures or signatures.DEFAULT_DATA
        try:
            sig_cases = signatures.load(data)
        except signatures.DataError as exc:
            print(f"relance eval: {exc}", file=sys.stderr)
            return 2
        if args.only is None:
            print()
        sig_report = signatures.evaluate(sig_cases, seconds=args.seconds)
        print(signatures.render(sig_report, data, verbose=args.misses))
        ok = ok and sig_report.targets_met
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
