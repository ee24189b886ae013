"""Evaluation of signature reading on a labelled set (eval/signatures/cases.json by default).

Each case is a message body as the mailbox shows it (quoted history included), the sender, the mailbox user, the
team's region, the signature's line indexes in the body and the field values. The body goes through the product's
own new-text extraction (`relance.analysis.new_text`), then `read_signature`, as the intelligence worker does.

Printed: signature-line precision, recall and F1 (lines compared by their text, so that the new-text step's
removals do not shift indexes), per-field precision/recall/F1, the share of messages that would reach an LLM
(`needs_llm`), and throughput (messages per CPU-second, signature + fields + entities, no LLM) for information;
`bench/signature_throughput.py` sets throughput beside its target.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relance.analysis import new_text
from relance.intelligence.reader import SignatureResult, read_signature

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "eval" / "signatures"
LINE_F1 = 0.90
FIELD_F1 = 0.85
LLM_SHARE = 0.05
FIELDS = ("name", "title", "company", "email", "website", "linkedin", "address", "phone", "phone type")
_SPACES = re.compile(r"\s+")


class DataError(Exception):
    """The signature set cannot be read."""


@dataclass
class Case:
    id: str
    lang: str
    body: str
    sender: dict[str, str]
    user: dict[str, str]
    region: str
    signature: list[int]
    fields: dict[str, Any]
    client: str = ""


def load(data: Path) -> list[Case]:
    path = data / "cases.json" if data.is_dir() else data
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the signature set {path}: {exc}") from exc
    if not isinstance(raw, list):
        raise DataError(f"{path}: expected a list of cases")
    cases = []
    for k, item in enumerate(raw):
        try:
            body = item["body"]
            lines = body.split("\n")
            sig = [int(i) for i in item["signature"]]
            if any(not 0 <= i < len(lines) for i in sig):
                raise ValueError("a signature line index is outside the body")
            cases.append(
                Case(
                    str(item["id"]),
                    str(item.get("lang") or ""),
                    body,
                    dict(item.get("sender") or {}),
                    dict(item.get("user") or {}),
                    str(item.get("region") or "FR"),
                    sig,
                    dict(item.get("fields") or {}),
                    str(item.get("client") or ""),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{path}: case {k}: {exc}") from exc
    return cases


def run(case: Case) -> tuple[str, SignatureResult]:
    text = new_text.from_text(case.body, case.sender.get("name"))
    return text, read_signature(
        text,
        sender_address=case.sender.get("address"),
        sender_name=case.sender.get("name"),
        user_address=case.user.get("address"),
        user_name=case.user.get("name"),
        region=case.region,
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in value if not unicodedata.combining(c))


def norm(name: str, value: str | None) -> str | None:
    """The comparison form of a field value: case, accents, punctuation and URL schemes do not count."""
    if value is None:
        return None
    v = _fold(value.strip())
    if name in ("website", "linkedin"):
        v = re.sub(r"^https?://", "", v)
        v = re.sub(r"^(?:www|[a-z]{2})\.(?=linkedin\.)", "", v)
        v = re.sub(r"^www\.", "", v).rstrip("/")
        return v
    return re.sub(r"[^a-z0-9@.]+", "", v) if name == "email" else re.sub(r"[^a-z0-9]+", "", v)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SignatureReport:
    messages: int
    lines: PRF = field(default_factory=PRF)
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FIELDS})
    groups: dict[str, PRF] = field(default_factory=dict)  # line scores per language and per client
    llm: int = 0
    model_used: int = 0
    throughput: float = 0.0
    misses: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def llm_share(self) -> float:
        return self.llm / self.messages if self.messages else 0.0

    def targets(self) -> list[tuple[str, float, str, bool]]:
        rows = [("signature line F1", self.lines.f1, f">= {LINE_F1:g}", self.lines.f1 >= LINE_F1)]
        rows += [(f"{name} F1", prf.f1, f">= {FIELD_F1:g}", prf.f1 >= FIELD_F1) for name, prf in self.fields.items()]
        rows.append(("share of messages to an LLM", self.llm_share, f"<= {LLM_SHARE:g}", self.llm_share <= LLM_SHARE))
        if self.errors:
            rows.append(("messages the reader failed on", float(len(self.errors)), "= 0", False))
        return rows

    @property
    def targets_met(self) -> bool:
        return all(ok for *_, ok in self.targets())


def _line_key(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _group_keys(case: Case) -> list[str]:
    return [f"lang {case.lang or 'unknown'}", f"client {case.client or 'unknown'}"]


def score(case: Case, text: str, result: SignatureResult, report: SignatureReport) -> None:
    body = case.body.split("\n")
    want = Counter(_line_key(body[i]) for i in case.signature if body[i].strip())
    got_lines = text.split("\n")
    got = Counter(_line_key(got_lines[i]) for i in result.lines if got_lines[i].strip())
    tp = sum((want & got).values())
    for prf in (report.lines, *(report.groups.setdefault(k, PRF()) for k in _group_keys(case))):
        prf.tp += tp
        prf.fp += sum(got.values()) - tp
        prf.fn += sum(want.values()) - tp
    if want != got:
        report.misses.append(
            f"{case.id}: lines missed {sorted((want - got).elements())} extra {sorted((got - want).elements())}"
        )
    for name in FIELDS[:-2]:
        expected = norm(name, case.fields.get(name))
        actual = norm(name, result.value(name))
        prf = report.fields[name]
        if expected is not None and actual == expected:
            prf.tp += 1
        else:
            prf.fp += actual is not None
            prf.fn += expected is not None
            if expected != actual:
                report.misses.append(f"{case.id}: {name} expected {case.fields.get(name)!r} got {result.value(name)!r}")
    want_phones = {p["value"] for p in case.fields.get("phones", [])}
    got_phones = {p.value for p in result.phones}
    want_typed = {(p["value"], p["type"]) for p in case.fields.get("phones", [])}
    got_typed = {(p.value, p.type) for p in result.phones}
    for key, w, g in (("phone", want_phones, got_phones), ("phone type", want_typed, got_typed)):
        prf = report.fields[key]
        prf.tp += len(w & g)
        prf.fp += len(g - w)
        prf.fn += len(w - g)
        if w != g:
            report.misses.append(f"{case.id}: {key} missed {sorted(w - g)} extra {sorted(g - w)}")
    report.llm += result.needs_llm
    report.model_used += result.model_used


def evaluate(cases: list[Case], *, seconds: float = 1.0) -> SignatureReport:
    report = SignatureReport(len(cases))
    for case in cases:
        try:
            text, result = run(case)
        except Exception as exc:  # a crash is a finding, not a reason to stop
            report.errors.append(f"{case.id}: {exc!r}")
            continue
        score(case, text, result, report)
    report.throughput = throughput(cases, seconds=seconds)
    return report


def throughput(cases: list[Case], *, seconds: float = 1.0) -> float:
    """Messages per CPU-second of `read_signature` on new texts (signature + fields + entities, no LLM), one core.

    New-text extraction is done once beforehand: it belongs to the reply analysis, measured by its own bench.
    """
    if not cases:
        return 0.0
    texts = [(new_text.from_text(c.body, c.sender.get("name")), c) for c in cases]

    def one(text: str, c: Case) -> None:
        read_signature(
            text,
            sender_address=c.sender.get("address"),
            sender_name=c.sender.get("name"),
            user_address=c.user.get("address"),
            user_name=c.user.get("name"),
            region=c.region,
        )

    for text, c in texts:  # warm-up: pipelines and the model load once
        one(text, c)
    done = 0
    start = time.process_time()
    while True:
        for text, c in texts:
            one(text, c)
        done += len(texts)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def render(report: SignatureReport, data: Path, *, verbose: bool = False) -> str:
    out = [
        f"Relance signature reading: {report.messages} labelled messages from {data}",
        "",
        f"{'metric':<46} {'value':>9}  {'target':<10}",
        "-" * 72,
    ]
    out.append(f"{'signature line precision':<46} {report.lines.precision:>9.3f}")
    out.append(f"{'signature line recall':<46} {report.lines.recall:>9.3f}")
    for name, prf in report.fields.items():
        out.append(f"{name + ' precision':<46} {prf.precision:>9.3f}")
        out.append(f"{name + ' recall':<46} {prf.recall:>9.3f}")
    for key in sorted(report.groups):
        out.append(f"{'signature line F1  ' + key:<46} {report.groups[key].f1:>9.3f}")
    for metric, value, target, ok in report.targets():
        out.append(f"{metric:<46} {value:>9.3f}  {target:<10} {'ok' if ok else 'FAIL'}")
    out.append(f"{'messages where the statistical NER ran':<46} {report.model_used:>9d}")
    out.append(f"{'throughput (messages/s, one core)':<46} {report.throughput:>9.0f}  benchmark")
    out.append("-" * 72)
    failed = [f"{m} {v:.3f} (target {t})" for m, v, t, ok in report.targets() if not ok]
    out.append("signature reading: all targets met" if not failed else "TARGETS MISSED:\n  " + "\n  ".join(failed))
    out += [f"error: {e}" for e in report.errors]
    if verbose:
        out += ["", "misses:", *(f"  {m}" for m in report.misses)]
    return "\n".join(out)
