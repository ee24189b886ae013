"""The edge functions (supabase/functions/graph-webhook, gmail-push) under `deno test`, as part of the one
test command: a fresh database with the intake SQL, a running provider sandbox whose CA Deno trusts
(DENO_CERT), the cluster's server log (RELANCE_PG_LOG), and Deno's explicit permissions (no prompt). The
test fails when any Deno test fails."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import psycopg

from relance import stack
from relance.sandbox import RunningSandbox

ROOT = Path(__file__).resolve().parent.parent
DENO = stack.DENO
FUNCTIONS = ROOT / "supabase/functions"


def deno_test_command() -> list[str]:
    """The command line, also for running by hand with the same environment."""
    return [
        str(DENO),
        "test",
        "--config",
        str(FUNCTIONS / "deno.json"),
        "--frozen",
        "--no-prompt",
        "--allow-net=127.0.0.1,localhost",
        "--allow-env",
        "--allow-read",
        f"--allow-run={DENO.resolve()}",
        str(FUNCTIONS / "tests"),
    ]


def test_edge_functions_pass_deno_test(
    db_url: str, conn: psycopg.Connection[Any], sandbox: RunningSandbox, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "SUPABASE_DB_URL": db_url,
        "RELANCE_SANDBOX_URL": sandbox.url,
        "DENO_CERT": str(sandbox.ca_path),
        # The cluster's server log, where no clientState may ever appear (hostile.test.ts reads it).
        "RELANCE_PG_LOG": str(stack.cluster_log_path()),
        "DENO_NO_UPDATE_CHECK": "1",
        "NO_COLOR": "1",
    }
    result = subprocess.run(
        deno_test_command(), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"deno test failed:\n{result.stdout[-20000:]}\n{result.stderr[-5000:]}"
    assert " passed" in result.stdout and "0 failed" in result.stdout
