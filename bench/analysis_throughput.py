"""Throughput of the reply analysis on one core: messages/s of `analyse_email` over the evaluation set,
beside its target (1,000 messages/s).

Run: `.venv/bin/python bench/analysis_throughput.py [--seconds 5]` on a quiet machine. Parsing the raw MIME is
included, and the return-date cache is cleared on every pass so that repeated passes do not hide dateparser's
cost. `relance eval` prints the same figure but judges only accuracy: a speed is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
import time

from relance.analysis import evaluate

TARGET = 1000.0  # messages/s on one core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time")
    parser.add_argument("--data", default=str(evaluate.DEFAULT_DATA), help="folder with messages/ and labels.json")
    args = parser.parse_args(argv)
    from pathlib import Path

    raws = [case.raw for case in evaluate.load(Path(args.data))]
    print(f"{len(raws)} messages, measuring for {args.seconds:g} s ...", file=sys.stderr)
    started = time.perf_counter()
    rate = evaluate.throughput(raws, seconds=args.seconds)
    print(
        f"analysis throughput: {rate:,.0f} messages/s on one core (target {TARGET:,.0f}/s) "
        f"{'ok' if rate >= TARGET else 'BELOW TARGET'}"
    )
    print(f"measured in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
