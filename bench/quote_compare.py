"""What reading answers typed inside a quote costs: the reply analysis with and without the text the firm stored of
the message it answers, per reply, beside the analysis's throughput target; and the comparison alone on hostile
quotes (a few words repeated, shuffled, every few words changed), whose worst case is bounded by comparing the first
thousand words only.

Run: `.venv/bin/python bench/quote_compare.py [--data DIR] [--seconds 5]`. DIR is a folder of raw replies with a
labels JSON whose labels name the firm's message in `replied_to` (default: eval/blind18, built into a temporary
folder). Time is this process's CPU time (`time.process_time`). Exit 1 when the analysis with the stored text runs
below the throughput target of `bench/analysis_throughput.py` (1,000 messages/s on one core).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from relance.analysis import evaluate
from relance.analysis.new_text import with_answers_in_quote
from relance.analysis.pipeline import analyse_email

TARGET = 1000.0  # messages/s on one core, bench/analysis_throughput.py's
ROOT = Path(__file__).resolve().parents[1]
HEADER = "De : A <a@firm.example>\nEnvoyé : lundi 7 décembre 2026 09:00\nÀ : B <b@client.example>\nObjet : X\n\n"


def rate(cases: list[evaluate.Case], stored: bool, seconds: float) -> float:
    """Replies analysed per CPU-second, with the stored text (`stored`) or without."""
    done, start = 0, time.process_time()
    while True:
        for case in cases:
            analyse_email(case.raw, replied_to_text=case.replied_to if stored else None)
        done += len(cases)
        spent = time.process_time() - start
        if spent >= seconds:
            return done / spent


def hostile_worst(words: int = 1000) -> tuple[float, str]:
    """The slowest comparison of a grid of hostile quotes of `words` words, in milliseconds, and which it was."""
    rng = random.Random(1)
    worst, which = 0.0, ""
    for vocabulary in (20, 40, 60, 80, 100, 150, 200, 300, 500):
        for step in (2, 3, 5, 8):
            stored = [f"w{i % vocabulary}" for i in range(words)]
            rng.shuffle(stored)
            copy = [w if i % step else "zz" for i, w in enumerate(stored)]
            sent = "\n".join(" ".join(stored[i : i + 10]) for i in range(0, words, 10))
            quote = "\n".join(" ".join(copy[i : i + 10]) for i in range(0, words, 10))
            start = time.process_time()
            with_answers_in_quote("x", "x\n\n" + HEADER + quote, sent)
            spent = (time.process_time() - start) * 1000
            if spent > worst:
                worst, which = spent, f"{vocabulary} distinct words, every {step}th changed"
    return worst, which


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="labelled replies with replied_to (default: eval/blind18)")
    parser.add_argument("--seconds", type=float, default=5.0, help="CPU seconds per measure")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data
        if data is None:
            data = Path(tmp) / "blind18"
            subprocess.run(
                [sys.executable, str(ROOT / "eval/blind18/build.py"), str(data)], check=True, capture_output=True
            )
        cases = [c for c in evaluate.load(data) if c.replied_to]
    if not cases:
        print(f"no labelled reply in {data} names the firm's message (replied_to)")
        return 1
    without = rate(cases, False, args.seconds)
    with_text = rate(cases, True, args.seconds)
    cost = (1 / with_text - 1 / without) * 1000
    worst, which = hostile_worst()
    print(f"{len(cases)} replies with the firm's stored message, {args.seconds:g} CPU s per measure")
    print(f"{'analysis without the stored text':<44} {without:>8,.0f} messages/s")
    verdict = "ok" if with_text >= TARGET else "BELOW TARGET"
    label = "analysis with it (the worker reads it)"
    print(f"{label:<44} {with_text:>8,.0f} messages/s  target >= {TARGET:,.0f}  {verdict}")
    print(f"{'the comparison, per reply':<44} {cost:>8.2f} ms")
    print(f"{'the comparison, worst hostile quote':<44} {worst:>8.1f} ms  ({which}, 1,000 words)")
    return 0 if with_text >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
