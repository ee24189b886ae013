"""The pgTAP files under supabase/tests run with pg_prove, as `supabase test db` runs them,
each against its own fresh database."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from relance.config import REPO_ROOT

PGTAP_FILES = sorted((REPO_ROOT / "supabase" / "tests").rglob("*.sql"))


def test_there_are_pgtap_files() -> None:
    assert PGTAP_FILES


@pytest.mark.parametrize("path", PGTAP_FILES, ids=[p.name for p in PGTAP_FILES])
def test_pgtap_file_passes(path: Path, db_url: str) -> None:
    parts = urlsplit(db_url)
    env = dict(os.environ, PGPASSWORD=parts.password or "")
    proc = subprocess.run(
        [
            "pg_prove",
            "--ext",
            ".sql",
            "--host",
            parts.hostname or "127.0.0.1",
            "--port",
            str(parts.port),
            "--username",
            parts.username or "postgres",
            "--dbname",
            parts.path.lstrip("/"),
            "--verbose",
            str(path),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "Result: PASS" in proc.stdout
