"""R13 and the engine's other promises under randomised concurrent traffic: bench/stress.py, bounded.

The same code as `bench/stress.py` (two mail connections, two sending workers, an admin ticking, pausing and
changing settings, the intent path recording readings and signatures and a member correcting them, a team's owner
or an operator erasing a person (Art. 17) raced on purpose against the others, a driven clock), bounded by
a number of sequences and never by time, so it proves the same thing on a slow machine as on a fast one. It
plays a few fixed seeds and one fresh seed per run; a failure prints the whole report (operations, errors by
SQLSTATE, every invariant) and the command that replays it.
Longer runs: `.venv/bin/python bench/stress.py --minutes 30` (bench/README.md).
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from bench import stress

FIXED_SEEDS = (1, 2, 3)
SEQUENCES = 3  # per seed: about 75 rounds of seven connections


def test_r13_no_error_and_every_invariant_holds_under_random_concurrent_traffic(db_url: str) -> None:
    fresh = random.SystemRandom().randrange(2**31)
    reports = [stress.run(db_url, seed, sequences=SEQUENCES) for seed in (*FIXED_SEEDS, fresh)]

    failed = [r for r in reports if not r.ok]
    if failed:
        pytest.fail(
            f"seeds {[r.seed for r in failed]} failed (fresh seed this run: {fresh})\n\n"
            + "\n\n".join(r.text() for r in failed),
            pytrace=False,
        )
    sent = sum(s.sends for r in reports for s in r.sequences)
    assert sent > 0, f"seeds {[r.seed for r in reports]}: no follow-up was ever sent, the runs proved nothing"
    _readings, unsubscribes, corrections = stress.intent_counts(sum((r.ops for r in reports), Counter()))
    assert unsubscribes > 0 and corrections > 0, (
        f"seeds {[r.seed for r in reports]}: {unsubscribes} unsubscribe readings, {corrections} corrections by a"
        " member: the intent path did not run, the runs proved nothing about it"
    )
    erased, _app, races = stress.erasure_counts(sum((r.ops for r in reports), Counter()))
    assert erased > 0 and sum(races.values()) > 0, (
        f"seeds {[r.seed for r in reports]}: {erased} erasures, {sum(races.values())} raced on purpose: the erasure"
        " path did not run, the runs proved nothing about it"
    )
