"""Configuration: every variable is documented in .env.example, and a missing or malformed value
gives one clear line naming it, never a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from relance.config import REPO_ROOT, VARIABLES, ConfigError, Variable, load


def test_env_example_documents_every_variable_and_nothing_else() -> None:
    text = (REPO_ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    assert documented == {v.name for v in VARIABLES}


def test_original_deployment_names_seed_team_defaults(tmp_path: Path) -> None:
    cfg = load(
        {
            "FOLLOWUP_MAX_COUNT": "2",
            "FOLLOWUP_INTERVAL_HOURS": "6",
            "WORKING_HOURS_START": "8",
            "WORKING_HOURS_END": "17:30",
        },
        env_file=tmp_path / "none",
    )
    assert (cfg["FOLLOWUP_MAX_COUNT"], cfg["FOLLOWUP_INTERVAL_HOURS"]) == (2, 6.0)
    assert (cfg["WORKING_HOURS_START"], cfg["WORKING_HOURS_END"]) == ("08:00", "17:30")


def test_defaults_are_behaviour_md_defaults(tmp_path: Path) -> None:
    cfg = load({}, env_file=tmp_path / "none")
    assert cfg["FOLLOWUP_MAX_COUNT"] == 3
    assert cfg["FOLLOWUP_INTERVAL_HOURS"] == 4.0
    assert (cfg["WORKING_HOURS_START"], cfg["WORKING_HOURS_END"]) == ("07:00", "18:00")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FOLLOWUP_MAX_COUNT", "abc", "FOLLOWUP_MAX_COUNT must be a whole number from 1 to 10 (got 'abc')"),
        ("FOLLOWUP_MAX_COUNT", "0", "FOLLOWUP_MAX_COUNT must be a whole number from 1 to 10 (got '0')"),
        ("FOLLOWUP_INTERVAL_HOURS", "-1", "FOLLOWUP_INTERVAL_HOURS must be a number from 0.25 to 240"),
        ("WORKING_HOURS_START", "25", "WORKING_HOURS_START must be an hour of the day"),
        ("SUPABASE_DB_URL", "mysql://x", "SUPABASE_DB_URL must be a postgresql://"),
        ("RELANCE_WEBHOOKS_ALLOW_PRIVATE", "sometimes", "RELANCE_WEBHOOKS_ALLOW_PRIVATE must be on or off"),
    ],
)
def test_malformed_values_name_the_variable(name: str, value: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load({name: value}, env_file=tmp_path / "none")
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_webhooks_reach_private_addresses_only_when_switched_on(tmp_path: Path) -> None:
    """The SSRF guard is the default; local development lifts it with one documented variable."""
    assert load({}, env_file=tmp_path / "none")["RELANCE_WEBHOOKS_ALLOW_PRIVATE"] is False
    assert load({"RELANCE_WEBHOOKS_ALLOW_PRIVATE": "on"}, env_file=tmp_path / "none")["RELANCE_WEBHOOKS_ALLOW_PRIVATE"]


def test_secrets_are_never_echoed(tmp_path: Path) -> None:
    secret = next(v for v in VARIABLES if v.secret)
    strict = Variable(secret.name, lambda raw: int(raw), None, secret.help, secret=True)
    with pytest.raises(ConfigError) as err:
        load({secret.name: "s3cr3t-value"}, env_file=tmp_path / "none", variables=(strict,))
    assert "s3cr3t-value" not in str(err.value)
    assert str(err.value) == f"{secret.name} is not valid (value hidden)"


# google-api-core warns on import, from 2027-07-26 (90 days before Python 3.11's end of life), that it will stop
# supporting this Python: a date-dependent line of a dependency's, not relance's output under test.
GOOGLE_PYTHON_NOTICE = "ignore::FutureWarning:google.api_core._python_version_support"


def test_cli_prints_one_line_and_no_traceback() -> None:
    env = dict(os.environ, FOLLOWUP_MAX_COUNT="many", PYTHONWARNINGS=GOOGLE_PYTHON_NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "relance.cli", "status"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "relance: error: FOLLOWUP_MAX_COUNT must be a whole number from 1 to 10 (got 'many')"
    ]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_a_misspelt_worker_loop_is_refused_by_name() -> None:
    """`relance worker --loops intelligense` used to run nothing and exit 0: a deployment's typo went unseen."""
    proc = subprocess.run(
        [sys.executable, "-m", "relance.cli", "worker", "--once", "--loops", "sync,intelligense"],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONWARNINGS=GOOGLE_PYTHON_NOTICE),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "unknown loop 'intelligense'; the loops are events, send, sync" in proc.stderr
    assert "Traceback" not in proc.stderr
