"""Throughput of signature reading on one core: messages/s of `read_signature` (signature block + fields +
entities, no LLM) over the signature evaluation set, beside its target (500 messages/s per core).

Run: `.venv/bin/python bench/signature_throughput.py [--seconds 5]` on a quiet machine. CPU time
(`time.process_time`), so other processes on a shared machine do not skew the figure; the new text is
extracted once beforehand (its cost belongs to the reply analysis, `bench/analysis_throughput.py`). The spaCy
pipelines load before measuring. `relance eval` prints the same figure but judges only accuracy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from relance.intelligence import evaluate

TARGET = 500.0  # messages/s on one core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time")
    parser.add_argument("--data", default=str(evaluate.DEFAULT_DATA), help="signature set (folder or JSON file)")
    args = parser.parse_args(argv)
    cases = evaluate.load(Path(args.data))
    print(f"{len(cases)} messages, measuring for {args.seconds:g} s ...", file=sys.stderr)
    started = time.perf_counter()
    rate = evaluate.throughput(cases, seconds=args.seconds)
    print(
        f"signature throughput: {rate:,.0f} messages/s on one core (target {TARGET:,.0f}/s) "
        f"{'ok' if rate >= TARGET else 'BELOW TARGET'}"
    )
    print(f"measured in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
