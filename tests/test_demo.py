"""The README's first command: the demo week, run against a fresh clone of the test database through the
real parts (sandbox over HTTPS, the graph-webhook edge function under Deno, the worker, the engine), and
checked as a user would read it: each story ends as told, automatic follow-ups go out in working hours on
working days in Paris, nothing is sent after an answer, and the timeline says why."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from relance import demo, stack
from relance.config import REPO_ROOT, load
from tests.conftest import clone

PARIS = demo.PARIS
# The one instant the demo's clocks start from (the sandbox's, the worker's, every p_now), whatever today's date:
# Saturday 21 November 2026, 10:00 in Paris. The week replayed runs from Monday 23 November 2026 to Monday 30
# November (no French holiday in it).
NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=PARIS)


@pytest.fixture(scope="module")
def demo_db(target: stack.Target, template_db: str) -> Iterator[str]:
    """One fresh clone for the module: the week is replayed once and every test reads its outcome."""
    name = clone(target, template_db)
    yield target.url_for(name)
    stack.drop_database(target, name)


@pytest.fixture(scope="module")
def outcome(demo_db: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[demo.Outcome, str]:
    out = io.StringIO()
    state = tmp_path_factory.mktemp("demo")
    result = demo.run(load(), demo_db, out, state_dir=state, now=NOW)
    return result, out.getvalue()


@pytest.fixture
def conn(demo_db: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(demo_db, autocommit=True) as connection:
        yield connection


def _rows(conn: psycopg.Connection[Any], query: str, *params: Any) -> list[tuple[Any, ...]]:
    return conn.execute(query, params).fetchall()


def test_each_story_of_the_week_ends_as_told(outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]) -> None:
    result, _ = outcome
    assert result.statuses == {
        "completed": "completed",  # R3: three automatic follow-ups, then nothing more
        "manual": "completed",  # R4 + R3: one by hand and two automatic make three
        "reply": "replied",  # R5: an answer in the thread
        "reply_new_subject": "replied",  # R5: a new email from the prospect, another subject
        "away": "completed",  # R6: held until after the return, then followed up
        "bounce": "bounced",  # R7
        "opt_out": "opted_out",  # R8
        "weekend": "active",  # R2: Friday's email is followed up on Monday
        "english_reply": "replied",  # R16: an English thread, followed up in English, answered in English
        "gmail_completed": "completed",  # the Gmail mailbox: three follow-ups in the Gmail thread
        "gmail_reply": "replied",  # and a Gmail reply stops it
    }
    counts = {
        subject: (automatic, manual)
        for subject, automatic, manual in _rows(
            conn,
            "select subject, automatic_sent, manual_detected from public.followup_activity_summary where team_id = %s",
            result.team_id,
        )
    }
    assert counts["Votre bilan patrimonial"] == (2, 1)  # the manual follow-up counts toward the maximum
    assert counts["Proposition de gestion de trésorerie"] == (3, 0)
    assert counts["Transmission de votre cabinet : nos pistes"] == (0, 0)
    # The R8 and R7 addresses are never written to again.
    suppressed = dict(_rows(conn, "select address, reason from public.suppressions where team_id = %s", result.team_id))
    assert suppressed == {
        "pierre.girard@girard-transports.fr": "opted_out",
        "nathalie.roux@roux-associes.fr": "bounced",
    }


def test_automatic_followups_go_out_in_working_hours_on_working_days_in_paris(
    outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]
) -> None:
    result, _ = outcome
    sent = [
        r[0]
        for r in _rows(
            conn, "select sent_at from public.followups where team_id = %s and status = 'sent'", result.team_id
        )
    ]
    assert len(sent) == 14
    holidays = {
        r[0]
        for r in _rows(
            conn, "select day from private.holidays('fr', 2026) union select day from private.holidays('fr', 2027)"
        )
    }
    for instant in sent:
        local = instant.astimezone(PARIS)
        assert local.weekday() < 5 and local.date() not in holidays, local
        assert dt.time(7, 0) <= local.time() < dt.time(18, 0), local


def test_the_out_of_office_holds_until_the_first_working_hour_after_the_return(
    outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]
) -> None:
    result, _ = outcome
    rows = _rows(
        conn,
        "select f.seq, f.sent_at from public.followups as f join public.tracked_emails as t"
        " on t.id = f.tracked_email_id where t.team_id = %s and t.subject like 'Investissement locatif%%'"
        " and f.status = 'sent' order by f.seq",
        result.team_id,
    )
    back_to_work = dt.datetime(2026, 11, 26, 7, 0, tzinfo=PARIS)  # away until Wednesday 25 inclusive
    assert [seq for seq, _ in rows] == [1, 2, 3]
    assert all(sent_at >= back_to_work for _, sent_at in rows)


def test_r16_the_followups_speak_the_threads_language_with_the_templates_variants_and_signatures(
    outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]
) -> None:
    result, _ = outcome
    # What went out, as the engine saw its own copies in Sent Items.
    rows = _rows(
        conn,
        "select t.subject, f.seq, m.body_text, e.details from public.followups as f"
        " join public.tracked_emails as t on t.id = f.tracked_email_id"
        " join public.messages as m on m.relance_followup_id = f.id and m.kind = 'engine'"
        " join public.events as e on e.followup_id = f.id and e.kind = 'sent'"
        " where t.team_id = %s and f.status = 'sent'",
        result.team_id,
    )
    # No contact name is known for James before he answers: "James Whitaker" in To gives his first name (Claire's
    # mail opens with no salutation to say otherwise).
    english = [body for subject, _, body, _ in rows if subject.startswith("Your pension transfer")]
    assert len(english) == 1 and english[0].startswith("Hello James,\n\nI wanted to follow up on “Your pension")
    # Graph turns the HTML body into the copy's text: compare words, not line breaks.
    assert "Best regards, Claire Durand Conseillère en gestion de patrimoine" in " ".join(english[0].split())
    firsts = [(body, details) for subject, seq, body, details in rows if seq == 1 and details["language"] == "fr"]
    assert {d["variant"] for _, d in firsts} <= {"A", "B"} and len(firsts) >= 4
    for body, details in firsts:
        opening = "Je me permets de revenir" if details["variant"] == "A" else "Un mot rapide"
        assert opening in body, body
    thomas = [body for subject, _, body, _ in rows if subject.startswith(("Votre épargne", "Prévoyance"))]
    assert thomas and all(
        "Thomas Martin Cabinet Durand Patrimoine 01 40 20 30 41" in " ".join(b.split()) for b in thomas
    )


def test_friday_afternoon_email_waits_for_monday(
    outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]
) -> None:
    result, _ = outcome
    rows = _rows(
        conn,
        "select f.sent_at from public.followups as f join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where t.team_id = %s and t.subject like 'Suite à notre échange%%' and f.status = 'sent'",
        result.team_id,
    )
    # Friday 16:30 + 4 working hours: 1 h 30 on Friday, 2 h 30 on Monday from 07:00.
    assert [r[0].astimezone(PARIS).replace(tzinfo=None) for r in rows] == [dt.datetime(2026, 11, 30, 9, 30)]


def test_nothing_is_sent_after_an_answer(outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]) -> None:
    result, _ = outcome
    assert result.violations == 0
    assert _rows(conn, "select * from public.followup_promise_violations") == []
    # And as a user reads it: no follow-up of a stopped email went out after its answer arrived.
    late = _rows(
        conn,
        "select t.subject from public.followups as f join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where t.team_id = %s and f.status = 'sent' and t.answered_at is not null and f.sent_at > t.answered_at",
        result.team_id,
    )
    assert late == []


def test_the_printed_timeline_says_why(outcome: tuple[demo.Outcome, str]) -> None:
    _, text = outcome
    for reason in demo.KEY_REASONS:
        assert reason in text, reason
    assert "\033[" not in text  # not a terminal: no colour codes
    assert re.search(r"Tue 24 Nov\n(.*\n)*?  09:30 · Marc Lefèvre +· → follow-up 3 sent", text)
    assert "followup_activity_summary" in text
    assert "R13 check, followup_promise_violations: empty" in text


def test_the_demo_writes_the_report_of_its_week_and_prints_its_path(
    outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]
) -> None:
    result, text = outcome
    assert result.report is not None and result.report.is_file()
    assert f"the week's report (open it in a browser): {result.report}" in text
    page = result.report.read_text()
    # The week of Monday 23 to Monday 30 November 2026 (Paris): every automatic follow-up the week sent is drawn.
    assert "From 2026-11-23 to 2026-11-30 inclusive" in page
    sent = _rows(
        conn,
        "select count(*) from public.followups where team_id = %s and status = 'sent'"
        " and sent_at >= '2026-11-23T00:00:00+01:00' and sent_at < '2026-12-01T00:00:00+01:00'",
        result.team_id,
    )[0][0]
    assert sent >= 13
    assert f"<b>{sent}</b>automatic follow-ups sent" in page
    assert all(f'id="{chart}"' in page for chart in ("chart-by-step", "chart-per-day", "chart-ended"))


def test_the_demo_leaves_nothing_running(outcome: tuple[demo.Outcome, str], conn: psycopg.Connection[Any]) -> None:
    result, _ = outcome
    for url in result.edge_functions:
        with pytest.raises(httpx.ConnectError):
            httpx.post(url, timeout=2)
    # The demo team is paused: the real pg_cron tick would queue nothing of it, whatever the date.
    assert conn.execute("select worker.run_followup_scheduler('2030-01-01')").fetchone() == (0,)


def test_running_the_demo_again_replaces_the_demo_team(db_url: str, tmp_path: Path) -> None:
    first = demo.run(load(), db_url, io.StringIO(), state_dir=tmp_path / "first", now=NOW)
    second = demo.run(load(), db_url, io.StringIO(), state_dir=tmp_path / "second", now=NOW)
    assert first.as_expected and second.as_expected
    with psycopg.connect(db_url) as conn:
        assert _rows(conn, "select id from public.teams") == [(second.team_id,)]
        users = _rows(conn, "select email from auth.users order by email")
    assert users == [("claire.durand@cabinet-durand.fr",), ("thomas.martin@cabinet-durand.fr",)]


def test_ctrl_c_stops_the_edge_function_too(db_url: str, tmp_path: Path) -> None:
    code = (
        "import datetime, pathlib, sys; from relance import demo; from relance.config import load; "
        f"demo.run(load(), {db_url!r}, sys.stdout, state_dir=pathlib.Path({str(tmp_path)!r}),"
        f" now=datetime.datetime.fromisoformat({NOW.isoformat()!r}))"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        # Started as a terminal starts it, where Ctrl-C interrupts: a shell that ran the tests in the background
        # ignores SIGINT, and every process it starts inherits that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout is not None
        urls: tuple[str, ...] = ()
        for line in proc.stdout:
            found = re.search(r"edge functions \(Deno\) at (\S+) and (\S+)", line)
            if found:
                urls = found.groups()
                break
        assert urls, "the demo never started its edge functions"
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    for url in urls:
        with pytest.raises(httpx.ConnectError):
            httpx.post(url, timeout=2)
