"""`relance eval` is the rerunnable evaluation of issue 6: it prints each figure beside its target and
exits 0 only when every target is met."""

from __future__ import annotations

import subprocess
import sys

from relance.config import REPO_ROOT


def test_relance_eval_prints_the_figures_and_passes() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "relance.cli", "eval", "--seconds", "0.5"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for line in ("automatic reply  precision", "bounce           recall", "new text line F1", "throughput"):
        assert line in proc.stdout
    assert proc.stdout.rstrip().endswith("all targets met")
