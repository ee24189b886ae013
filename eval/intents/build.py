"""Write eval/intents/cases.json from tune.py, tune2.py, tune3.py, tune4.py, tune5.py, heldout.py, heldout3.py, heldout4.py,
heldout5.py, heldout6.py, the training-only train9.py and train10.py, and the spent blind splits heldout7.py to
heldout10.py (training only since their blind measures; ids `heldout8-NNN` as their own files write them, so that
scoring one of them again with `--data` leaves it out of the model that scores it):
`.venv/bin/python eval/intents/build.py`.

Ids are `<split>-<nnn>-<lang>-<label>`, in file order; the output is the same bytes on every run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import heldout  # noqa: E402
import heldout3  # noqa: E402
import heldout4  # noqa: E402
import heldout5  # noqa: E402
import heldout6  # noqa: E402
import heldout7  # noqa: E402
import heldout8  # noqa: E402
import heldout9  # noqa: E402
import heldout10  # noqa: E402
import train9  # noqa: E402
import train10  # noqa: E402
import tune  # noqa: E402
import tune2  # noqa: E402
import tune3  # noqa: E402
import tune4  # noqa: E402
import tune5  # noqa: E402


def main() -> None:
    cases = []
    for split, module in (
        ("tune", tune),
        ("tune2", tune2),
        ("tune3", tune3),
        ("tune4", tune4),
        ("tune5", tune5),
        ("heldout", heldout),
        ("heldout3", heldout3),
        ("heldout4", heldout4),
        ("heldout5", heldout5),
        ("heldout6", heldout6),
        ("train9", train9),  # training only: never scored, the learnt stage reads it
        ("train10", train10),  # the same, by another hand, other trades
    ):
        for n, case in enumerate(module.CASES, 1):
            cases.append({"id": f"{split}-{n:03d}-{case['lang']}-{case['label']}", "split": split, **case})
    for split, module in (
        ("heldout7", heldout7),
        ("heldout8", heldout8),
        ("heldout9", heldout9),
        ("heldout10", heldout10),
    ):
        # spent blind splits, training only: never scored from cases.json, ids as their own files write them
        for n, case in enumerate(module.CASES, 1):
            cases.append({"id": f"{split}-{n:03d}", "split": split, **case})
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {HERE / 'cases.json'}")


if __name__ == "__main__":
    main()
