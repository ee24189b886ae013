"""``python -m relance.sandbox`` runs both providers standalone and prints where it listens."""

from __future__ import annotations

import ssl
import subprocess
import sys
from pathlib import Path

import httpx


def test_module_entry_point_serves_until_terminated(tmp_path: Path) -> None:
    state = tmp_path / "state"
    proc = subprocess.Popen(
        [sys.executable, "-m", "relance.sandbox", "--port", "0", "--state-dir", str(state), "--log-level", "WARNING"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        url = banner.split("url=")[1].split()[0]
        assert (state / "url").read_text().strip() == url
        context = ssl.create_default_context(cafile=str(state / "ca.pem"))
        with httpx.Client(base_url=url, verify=context) as client:
            assert client.get("/_control/clock").status_code == 200
            unauthenticated = client.get("/gmail/v1/users/me/profile")
            assert unauthenticated.status_code == 401
            assert unauthenticated.json()["error"]["status"] == "UNAUTHENTICATED"
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
