"""The monthly compliance report (issue 14, item 7): per team and month, exports, erasures, anonymisations,
reads by user, retention runs and anomalies, written by a monthly job into public.compliance_reports (read by
the team's admins: tests/test_access_logs.py) and as an HTML page by `relance report compliance`.

The tenancy world (tests/test_tenancy_rls.py) with access logs planted for October 2026, and around it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import compliance, stack
from tests.conftest import clone
from tests.pg import acting_as
from tests.test_retention import send
from tests.test_tenancy_rls import build_world

HOSTILE = "<script>alert('x')</script> & Co"


def plant(conn: psycopg.Connection[Any], team: uuid.UUID, user: uuid.UUID | None, access: str, at: str, n: int) -> None:
    """n log lines, as the RPCs write them for `user`, at `at` (spread over the seconds after it)."""
    claims = json.dumps({"role": "authenticated", "sub": str(user)} if user else {"role": "service_role"})
    with conn.transaction():
        conn.execute("select set_config('request.jwt.claims', %s, true)", (claims,))
        conn.execute(
            "select private.log_data_access(%s, 'contact', 'c' || i, %s,"
            " p_occurred_at => %s::timestamptz + make_interval(secs => i)) from generate_series(1, %s) as i",
            (team, access, at, n),
        )


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any, str]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        a, b = w["team_a"], w["team_b"]
        # Reads per (user, day) in team A: 60, 5, 4, 3, 10, 30 — a median of 7.5. Mia's 60 on the 5th is over 50 and
        # over 3 × 7.5: an anomaly; Nina's 30 is over 3 × 7.5 but not over 50: a busy day, not an anomaly.
        plant(conn, a, w["mia"], "read", "2026-10-05T09:00:00Z", 60)
        plant(conn, a, w["max"], "read", "2026-10-05T09:00:00Z", 5)
        plant(conn, a, w["nina"], "read", "2026-10-06T09:00:00Z", 4)
        plant(conn, a, w["adam"], "read", "2026-10-07T09:00:00Z", 3)
        plant(conn, a, w["mia"], "read", "2026-10-06T09:00:00Z", 10)
        plant(conn, a, w["nina"], "read", "2026-10-08T09:00:00Z", 30)
        plant(conn, a, w["adam"], "export", "2026-10-10T09:00:00Z", 2)
        plant(conn, a, w["adam"], "delete", "2026-10-11T09:00:00Z", 1)
        plant(conn, a, None, "anonymize", "2026-10-12T09:00:00Z", 1)
        # Outside October (UTC): not counted.
        plant(conn, a, w["adam"], "export", "2026-09-30T23:59:00Z", 1)
        plant(conn, a, w["adam"], "export", "2026-11-01T00:00:00Z", 1)
        # A retention run in October: a line older than 3 years purged.
        plant(conn, a, w["adam"], "read", "2023-09-01T09:00:00Z", 1)
        conn.execute("select private.purge_access_logs('2026-10-01T02:00:00Z')")
        # Team B: Bob alone read 55 records in a day; he is the median: a team of one has no anomaly.
        plant(conn, b, w["bob"], "read", "2026-10-05T09:00:00Z", 55)
        conn.execute("update public.teams set name = %s where id = %s", (HOSTILE, b))
        conn.execute("select private.write_compliance_reports('2026-11-01T03:00:00Z')")
        yield conn, w, target.url_for(name)
    stack.drop_database(target, name)


REPORT = """select month::text, exports, erasures, anonymisations, reads, retention_runs, access_by_user, anomalies
            from public.compliance_reports where team_id = %s"""


def test_the_monthly_job_counts_the_months_accesses(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
) -> None:
    conn, w, _ = world_conn
    rows = conn.execute(REPORT, (w["team_a"],)).fetchall()
    assert len(rows) == 1
    month, exports, erasures, anonymisations, reads, retention_runs, by_user, anomalies = rows[0]
    assert (month, exports, erasures, anonymisations, reads, retention_runs) == ("2026-10-01", 2, 1, 1, 112, 1)
    assert by_user == [
        {"user_id": str(w["mia"]), "reads": 70, "exports": 0, "deletes": 0, "anonymizes": 0},
        {"user_id": str(w["nina"]), "reads": 34, "exports": 0, "deletes": 0, "anonymizes": 0},
        {"user_id": str(w["max"]), "reads": 5, "exports": 0, "deletes": 0, "anonymizes": 0},
        {"user_id": str(w["adam"]), "reads": 3, "exports": 2, "deletes": 1, "anonymizes": 0},
        {"user_id": None, "reads": 0, "exports": 0, "deletes": 0, "anonymizes": 1},
    ]
    assert anomalies == [
        {
            "rule": "reads in a day > 50 and > 3 x the team median",
            "user_id": str(w["mia"]),
            "day": "2026-10-05",
            "reads": 60,
            "team_median": 7.5,
        }
    ]


def test_a_team_of_one_heavy_reader_is_its_own_median(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
) -> None:
    conn, w, _ = world_conn
    ((_, _, _, _, reads, _, _, anomalies),) = conn.execute(REPORT, (w["team_b"],)).fetchall()
    assert (reads, anomalies) == (55, [])


def test_the_job_again_replaces_the_months_report(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
) -> None:
    conn, w, _ = world_conn
    with conn.transaction(force_rollback=True):
        plant(conn, w["team_a"], w["adam"], "export", "2026-10-20T09:00:00Z", 1)
        assert conn.execute("select private.write_compliance_reports('2026-11-01T03:30:00Z')").fetchone() == (2,)
        rows = conn.execute("select exports from public.compliance_reports where team_id = %s", (w["team_a"],))
        assert rows.fetchall() == [(3,)]


def test_admins_read_the_report_members_do_not(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
) -> None:
    conn, w, _ = world_conn
    for user, expected in (("adam", [(112,)]), ("olivia", [(112,)]), ("mia", []), ("bob", [(55,)])):
        with acting_as(conn, "authenticated", w[user]) as c:
            assert c.execute("select reads from public.compliance_reports").fetchall() == expected, user


def run_cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "relance.cli", "report", "compliance", *args],
        env={**os.environ, "SUPABASE_DB_URL": db_url, "RELANCE_WORKER_DB_URL": db_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_html_page_shows_the_figures(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str], tmp_path: Path
) -> None:
    _, w, url = world_conn
    done = run_cli(url, "--team", str(w["team_a"]), "--month", "2026-10", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    path = Path(done.stdout.strip().splitlines()[-1])
    assert path.parent == tmp_path and path.is_file()
    page = path.read_text()
    assert "Compliance report — team_a — October 2026" in page
    for label, value in (("Exports", 2), ("Erasures", 1), ("Anonymisations", 1), ("reads", 112), ("Retention", 1)):
        assert f"{label}" in page and f"<td class=n>{value}</td>" in page
    # Users by e-mail, the anomaly with its day and the team's median.
    assert "mia@example.test</td><td class=n>70</td>" in page
    assert "mia@example.test read 60 full records on 2026-10-05 (team median: 7.5)" in page
    # Self-contained: nothing fetched from anywhere.
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_the_html_page_escapes_a_hostile_team_name(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str], tmp_path: Path
) -> None:
    _, w, url = world_conn
    done = run_cli(url, "--team", str(w["team_b"]), "--month", "2026-10", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    page = Path(done.stdout.strip().splitlines()[-1]).read_text()
    assert HOSTILE not in page and "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in page
    assert "<li>none</li>" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--team", "not-a-uuid", "--month", "2026-10"], "--team: a team id"),
        (["--month", "2026-13"], "--month: a month as YYYY-MM"),
        (["--month", "2026-10"], "no such team"),
    ],
)
def test_bad_arguments_get_one_clear_line(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    _, _, url = world_conn
    if "--team" not in args:
        args = ["--team", str(uuid.uuid4()), *args]
    done = run_cli(url, *args, "--out", str(tmp_path))
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_the_report_lists_each_retention_run_with_what_it_deleted_and_the_settings_it_applied(
    world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID], str],
) -> None:
    conn, w, _ = world_conn
    a, b = w["team_a"], w["team_b"]
    # October's one run (the access logs' monthly job, in the fixture), from the audit trail.
    (october,) = conn.execute("select retention from public.compliance_reports where team_id = %s", (a,)).fetchone()  # type: ignore[misc]
    assert [(r["job"], r["runs"], r["deleted"], r["settings"]) for r in october] == [
        ("relance-access-log-retention", 1, {"data_access_logs": 1}, [{"kept_years": 3}])
    ]
    with conn.transaction(force_rollback=True):
        # Team A keeps bodies 30 days (logs 90 by default): an old body, an old worker log line, one recent of each.
        conn.execute("select public.set_privacy_settings(%s, '{\"body_retention_days\": 30}')", (a,))
        send(conn, w["box_mia"], "mia@team_a.example", "old", dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC))
        send(conn, w["box_mia"], "mia@team_a.example", "new", dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC))
        for at in ("2026-08-01T09:00:00Z", "2026-11-25T09:00:00Z"):
            conn.execute(
                "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
                " values (%s, %s, 'error', 'x', %s)",
                (a, w["box_mia"], at),
            )
        # December: the daily jobs twice (the second finds nothing left), the monthly one once; one run in
        # January, outside the month.
        for job, at in (
            ("private.purge_expired", "2026-12-02T03:41:00Z"),
            ("private.apply_privacy_retention", "2026-12-02T03:53:00Z"),
            ("private.purge_expired", "2026-12-03T03:41:00Z"),
            ("private.apply_privacy_retention", "2026-12-03T03:53:00Z"),
            ("private.purge_access_logs", "2026-12-01T02:00:00Z"),
            ("private.purge_expired", "2027-01-01T03:41:00Z"),
        ):
            conn.execute(f"select {job}(%s)", (at,))
        conn.execute("select private.write_compliance_reports('2027-01-01T03:00:00Z')")
        reports = {
            team: (runs, retention)
            for team, runs, retention in conn.execute(
                "select team_id, retention_runs, retention from public.compliance_reports where month = '2026-12-01'"
            )
        }
        page = compliance.render(
            dict(conn.execute("select worker.compliance_report(%s, '2026-12-01')", (a,)).fetchone()[0])  # type: ignore[index]
        )
    runs_a, retention_a = reports[a]
    runs_b, retention_b = reports[b]
    # Every run is recorded for every team, even one that deleted nothing: the count is the audit trail's.
    assert runs_a == runs_b == 5
    assert [
        (r["job"], r["runs"], when(r["first_run_at"]), when(r["last_run_at"]), r["deleted"], r["settings"])
        for r in retention_a
    ] == [
        (
            "relance-access-log-retention", 1, when("2026-12-01T02:00:00+00:00"), when("2026-12-01T02:00:00+00:00"),
            {"data_access_logs": 0}, [{"kept_years": 3}],
        ),
        (
            "relance-privacy-retention", 2, when("2026-12-02T03:53:00+00:00"), when("2026-12-03T03:53:00+00:00"),
            {"bodies": 1, "provider_events": 0, "rejections": 0},
            [{"body_retention_days": 30, "provider_event_retention_days": 90}],
        ),
        (
            "relance-retention", 2, when("2026-12-02T03:41:00+00:00"), when("2026-12-03T03:41:00+00:00"),
            {"events": 0, "worker_logs": 1, "webhook_deliveries": 0}, [{"retention_days": 90}],
        ),
    ]  # fmt: skip
    assert [(r["job"], r["runs"], sum(r["deleted"].values()), r["settings"]) for r in retention_b] == [
        ("relance-access-log-retention", 1, 0, [{"kept_years": 3}]),
        ("relance-privacy-retention", 2, 0, [{"body_retention_days": None, "provider_event_retention_days": 90}]),
        ("relance-retention", 2, 0, [{"retention_days": 90}]),
    ]
    # The page shows them, job by job.
    assert "<h2>Retention runs</h2>" in page
    assert "<td><code>relance-retention</code></td><td class=n>2</td>" in page
    assert "events: 0, webhook_deliveries: 0, worker_logs: 1" in page
    assert "body_retention_days = 30, provider_event_retention_days = 90" in page
