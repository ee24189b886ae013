"""`relance report` (issue 15, item 5): a week of Cabinet Durand planted through the engine's SQL contract, the
figures of public.followup_report checked against what was planted, then the page opened in headless Chromium
(Debian's `chromium`): every chart drawn, nothing on the console, a screenshot taken.

The week: Monday 23 to Sunday 29 November 2026, Paris (07:00-18:00, Monday-Friday, 3 follow-ups at most, four
working hours apart), plus Thomas's mailbox in New York.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance import report, stack
from tests.conftest import clone
from tests.pg import acting_as
from tests.story import Message, Story, add_mailbox, bounce, inbound_reply, outbound

MONDAY = dt.date(2026, 11, 23)
SUNDAY = dt.date(2026, 11, 29)
TEAM_NAME = 'Durand & Fils <b>"Conseil"</b>'
HOSTILE_BOX = "<script>alert(1)</script>@evil.example"
CHROMIUM = "chromium"


class Week:
    """The planted week: each tracked email by letter, the engine run in between at every due instant."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.story = Story(conn)
        conn.execute("update public.teams set name = %s where id = %s", (TEAM_NAME, self.story.team_id))
        self.thomas = self.story.add_member("thomas@cabinet-durand.fr")
        self.ny = add_mailbox(conn, self.story.team_id, self.thomas, "thomas@cabinet-durand.fr")
        conn.execute("update public.mailboxes set time_zone = 'America/New_York' where id = %s", (self.ny.mailbox_id,))
        add_mailbox(conn, self.story.team_id, self.story.owner, HOSTILE_BOX)
        self.sent: dict[str, Message] = {}

    def run_until(self, when: str) -> None:
        """The scheduler and a worker at each instant a follow-up falls due, up to `when` (included)."""
        limit = self.story.at(when)
        while True:
            row = self.story.conn.execute(
                "select min(due_at) from public.followups where status = 'scheduled' and due_at <= %s", (limit,)
            ).fetchone()
            if row is None or row[0] is None:
                return
            moment = self.story.local(row[0])
            assert moment is not None
            self.story.tick(moment)
            self.story.work(moment)

    def send(self, key: str, when: str, to: str) -> None:
        self.run_until(when)
        self.sent[key] = self.story.send(when, [to], subject=f"Proposition {key}")

    def plant(self) -> Week:
        s = self.story
        self.send("G", "Fri 2026-11-20 16:00", "g@prospect-g.fr")  # before the week; its follow-ups fall in it
        self.send("A", "Mon 2026-11-23 09:00", "a@prospect-a.fr")
        self.send("B", "Mon 2026-11-23 10:00", "b@prospect-b.fr")
        self.send("C", "Mon 2026-11-23 11:00", "c@prospect-c.fr")
        self.run_until("Mon 2026-11-23 11:30")
        s.ingest(inbound_reply(self.sent["B"], received_at=s.at("Mon 2026-11-23 11:30")), s.at("Mon 2026-11-23 11:30"))
        self.run_until("Mon 2026-11-23 14:30")
        s.ingest(inbound_reply(self.sent["A"], received_at=s.at("Mon 2026-11-23 14:30")), s.at("Mon 2026-11-23 14:30"))
        self.send("D", "Tue 2026-11-24 09:00", "d@prospect-d.fr")
        s.ingest(bounce(self.sent["D"], received_at=s.at("Tue 2026-11-24 09:05")), s.at("Tue 2026-11-24 09:05"))
        # Thomas, in New York, writes at 09:00 his time (15:00 in Paris) and is answered an hour later.
        self.run_until("Tue 2026-11-24 15:00")
        at = s.at("Tue 2026-11-24 15:00")
        self.sent["I"] = outbound(self.ny, ["i@prospect-i.com"], sent_at=at, subject="Proposal I")
        s.ingest(self.sent["I"], at, mailbox=self.ny.mailbox_id)
        self.run_until("Tue 2026-11-24 16:00")
        at = s.at("Tue 2026-11-24 16:00")
        s.ingest(inbound_reply(self.sent["I"], received_at=at), at, mailbox=self.ny.mailbox_id)
        self.send("E", "Wed 2026-11-25 14:00", "e@prospect-e.fr")
        self.run_until("Wed 2026-11-25 16:00")
        at = s.at("Wed 2026-11-25 16:00")
        s.ingest(inbound_reply(self.sent["E"], received_at=at, opt_out=True), at)
        self.send("F", "Thu 2026-11-26 09:00", "f@prospect-f.fr")
        self.run_until("Thu 2026-11-26 10:00")
        s.send("Thu 2026-11-26 10:00", ["f@prospect-f.fr"], reply_to=self.sent["F"])  # a follow-up by hand (R4)
        self.send("H", "Mon 2026-11-30 09:00", "h@prospect-h.fr")  # after the week
        self.run_until("Mon 2026-11-30 12:00")
        return self


@pytest.fixture(scope="module")
def week_db(target: stack.Target, template_db: str) -> Iterator[str]:
    """One database for the module: the week is planted once; the tests read it (and roll back what they try)."""
    name = clone(target, template_db)
    yield target.url_for(name)
    stack.drop_database(target, name)


@pytest.fixture(scope="module")
def week(week_db: str) -> Iterator[Week]:
    with psycopg.connect(week_db, autocommit=True) as connection:
        yield Week(connection).plant()


def _followups_sent(conn: psycopg.Connection[Any], key: str, week: Week) -> list[tuple[int, str]]:
    rows = conn.execute(
        "select f.seq, f.sent_at from public.followups as f join public.tracked_emails as t"
        " on t.id = f.tracked_email_id where t.subject = %s and f.status = 'sent' order by f.seq",
        (f"Proposition {key}",),
    ).fetchall()
    return [(seq, week.story.local(at) or "") for seq, at in rows]


def test_the_figures_are_those_of_the_planted_week(week: Week) -> None:
    conn = week.story.conn
    # The engine did what the story says (so the figures below are about the planted rows).
    assert _followups_sent(conn, "G", week) == [
        (1, "Mon 2026-11-23 09:00"),
        (2, "Mon 2026-11-23 13:00"),
        (3, "Mon 2026-11-23 17:00"),
    ]
    assert _followups_sent(conn, "A", week) == [(1, "Mon 2026-11-23 13:00")]
    assert _followups_sent(conn, "C", week) == [
        (1, "Mon 2026-11-23 15:00"),
        (2, "Tue 2026-11-24 08:00"),
        (3, "Tue 2026-11-24 12:00"),
    ]
    f_sent = _followups_sent(conn, "F", week)
    assert [seq for seq, _ in f_sent] == [2, 3]  # the follow-up by hand was the first of three
    assert all(when.startswith(("Thu 2026-11-26", "Fri 2026-11-27")) for _, when in f_sent), f_sent
    assert _followups_sent(conn, "B", week) == _followups_sent(conn, "D", week) == []

    data = report.figures(conn, week.story.team_id, MONDAY, SUNDAY)
    assert data["team"]["name"] == TEAM_NAME
    assert data["team"]["time_zone"] == "Europe/Paris"
    assert [b["address"] for b in data["mailboxes"]] == sorted(
        [HOSTILE_BOX, "claire@cabinet-durand.fr", "thomas@cabinet-durand.fr"]
    )
    # First emails of the week: A B C D E F I (G was sent the Friday before, H the Monday after). Answered by a
    # person after that email and before any follow-up: B and I (A answered after its follow-up 1; E opted out).
    by_step = {r["step"]: (r["sent"], r["replied"]) for r in data["by_step"]}
    assert by_step == {0: (7, 2), 1: (3, 1), 2: (3, 0), 3: (3, 0)}
    step0 = data["by_step"][0]
    assert step0["reply_rate"] == pytest.approx(2 / 7, abs=1e-4)
    # Wilson 95 % for 2 of 7: 0.0822 to 0.6411.
    assert (float(step0["rate_low"]), float(step0["rate_high"])) == pytest.approx((0.0822, 0.6411), abs=1e-4)
    assert data["by_variant"] == []
    totals = data["totals"]
    assert (totals["tracked"], totals["followups_sent"], totals["replied"], totals["manual_followups"]) == (7, 9, 3, 1)

    # Weekday and hour in each mailbox's zone: Thomas's 15:00 in Paris is Tuesday 09:00 in New York, beside D.
    slots = {(r["weekday"], r["hour"]): (r["sent"], r["replied"]) for r in data["by_weekday_hour"]}
    assert slots[(2, 9)] == (2, 1)
    assert (2, 15) not in slots
    assert slots[(1, 9)] == (2, 0)  # A's first email and G's follow-up 1
    assert slots[(1, 10)] == (1, 1)  # B, answered at 11:30
    assert slots[(1, 13)] == (2, 1)  # A's follow-up 1 (answered at 14:30) and G's follow-up 2
    assert sum(sent for sent, _ in slots.values()) == 7 + 9

    # Time to reply, from the first email: I 1 h, B 1.5 h, A 5.5 h (E's opt-out is not an answer).
    assert [float(h) for h in data["time_to_reply_hours"]] == [1.0, 1.5, 5.5]
    assert float(data["median_hours_to_reply"]) == 1.5

    per_day = {d["day"]: (d["automatic"], d["manual"]) for d in data["followups_per_day"]}
    assert list(per_day) == [str(MONDAY + dt.timedelta(days=n)) for n in range(7)]
    thursday = sum(1 for _, when in f_sent if when.startswith("Thu"))
    assert per_day == {
        "2026-11-23": (5, 0),  # G 1, 2, 3; A 1; C 1
        "2026-11-24": (2, 0),  # C 2, 3
        "2026-11-25": (0, 0),
        "2026-11-26": (thursday, 1),
        "2026-11-27": (2 - thursday, 0),
        "2026-11-28": (0, 0),
        "2026-11-29": (0, 0),
    }
    monday = data["followups_per_day"][0]["by_step"]
    assert monday == {"1": 3, "2": 1, "3": 1}  # G, A, C; G; G

    # Ended in the week: A, B, I replied; C, G, F completed; D bounced; E opted out.
    assert data["ended"] == {"replied": 3, "completed": 3, "bounced": 1, "opted_out": 1}


def test_the_same_numbers_for_an_admin_and_a_members_own_for_a_member(week: Week) -> None:
    conn = week.story.conn
    as_service = report.figures(conn, week.story.team_id, MONDAY, SUNDAY)
    args = (week.story.team_id, MONDAY, SUNDAY)
    with acting_as(conn, "authenticated", week.story.owner):
        row = conn.execute("select public.followup_report(%s, %s, %s)", args).fetchone()
    assert row is not None and row[0] == as_service
    # Thomas, a member, reads his own mailbox only: his one email, answered.
    with acting_as(conn, "authenticated", week.thomas):
        row = conn.execute("select public.followup_report(%s, %s, %s)", args).fetchone()
    assert row is not None
    mine = row[0]
    assert [b["address"] for b in mine["mailboxes"]] == ["thomas@cabinet-durand.fr"]
    assert [(r["step"], r["sent"], r["replied"]) for r in mine["by_step"]] == [(0, 1, 1)]
    stranger = uuid.uuid4()  # signed in, in no team
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="not yours"),
        acting_as(conn, "authenticated", stranger),
    ):
        conn.execute("select public.followup_report(%s, %s, %s)", args)
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, "anon"):
        conn.execute("select public.followup_report(%s, %s, %s)", args)


def test_an_answer_after_a_nudge_by_hand_is_not_the_previous_follow_ups(conn: psycopg.Connection[Any]) -> None:
    # The engine's follow-up 1 at 13:00, Claire's own nudge at 14:30, the answer at 16:00: the nudge is the follow-up
    # that brought it (R4: a follow-up too), so follow-up 1 is not credited with the answer.
    story = Story(conn)
    prospect = "marc.lefevre@lefevre-industrie.fr"
    sent = story.send("Mon 2026-11-23 09:00", [prospect])
    story.tick("Mon 2026-11-23 13:00")
    assert [o["ok"] for o in story.work("Mon 2026-11-23 13:00")] == [True]
    story.send("Mon 2026-11-23 14:30", [prospect], reply_to=sent)
    story.receive("Mon 2026-11-23 16:00", prospect, reply_to=sent)
    assert story.tracked(sent)["status"] == "replied"
    data = report.figures(conn, story.team_id, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert {r["step"]: (r["sent"], r["replied"]) for r in data["by_step"]} == {0: (1, 0), 1: (1, 0)}


def test_bad_periods_and_unknown_teams_are_refused_clearly(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn)
    with pytest.raises(report.ReportError, match=r"ends .* before it starts"):
        report.figures(conn, story.team_id, SUNDAY, MONDAY)
    with pytest.raises(report.ReportError, match="at most 367 days"):
        report.figures(conn, story.team_id, dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(report.ReportError, match="no such team"):
        report.figures(conn, uuid.uuid4(), MONDAY, SUNDAY)
    with pytest.raises(report.ReportError, match="no team named"):
        report.find_team(conn, "Nobody & Co")
    assert report.find_team(conn, "Cabinet Durand") == story.team_id


# The page, in a browser ---------------------------------------------------------------------------------------


class _Charts(HTMLParser):
    """Per chart <div> (by id): how many <svg> it holds and how many drawn marks (path, rect, image) in them."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.svgs: dict[str, int] = {}
        self.marks: dict[str, int] = {}
        self.ids: set[str] = set()

    def _chart(self) -> str | None:
        return next((c for c in reversed(self.stack) if c), None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ident = dict(attrs).get("id")
        if ident:
            self.ids.add(ident)
        chart = ident if ident in report.CHART_IDS else None
        self.stack.append(chart)
        current = self._chart()
        if current and tag == "svg":
            self.svgs[current] = self.svgs.get(current, 0) + 1
        if current and tag in ("path", "rect", "image"):
            self.marks[current] = self.marks.get(current, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()


def _chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium on the page, without any network (every host name resolves to nothing)."""
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=15000",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _open(page: Path, tmp: Path) -> tuple[_Charts, list[str]]:
    dom = _chromium(page, tmp / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    charts = _Charts()
    charts.feed(dom.stdout)
    return charts, _console(dom.stderr)


def test_the_browser_harness_sees_console_errors(tmp_path: Path) -> None:
    """The check below can fail: a page that throws shows on the console this test reads."""
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><div id='x'></div><script>notAFunction();</script>")
    _, console = _open(page, tmp_path)
    assert any("notAFunction" in line for line in console), console


def test_the_page_draws_every_chart_in_a_browser_without_network(week: Week, tmp_path: Path) -> None:
    conn = week.story.conn
    out = report.write(conn, TEAM_NAME, MONDAY, SUNDAY, tmp_path / "week" / "report.html")
    text = out.read_text()
    # Self-contained: no script, style or image from elsewhere; plotly.js inline.
    assert "<script src" not in text and "<link" not in text
    assert "Plotly.newPlot" in text
    # What users typed is escaped.
    assert html.escape(TEAM_NAME) in text and TEAM_NAME not in text
    assert html.escape(HOSTILE_BOX) in text and HOSTILE_BOX not in text

    charts, console = _open(out, tmp_path)
    assert console == []
    drawn = [c for c in report.CHART_IDS if c != "chart-by-variant"]
    for chart in drawn:
        assert charts.svgs.get(chart, 0) >= 1, f"{chart}: no SVG"
        assert charts.marks.get(chart, 0) >= 3, f"{chart}: an empty SVG"
    # No A/B variant yet: the page says so and draws reply rates by step only.
    assert "chart-by-variant" not in charts.svgs and "chart-by-variant-none" in charts.ids
    assert "reply rates by step only" in text

    shot = tmp_path / "report.png"
    taken = _chromium(out, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1200,3200")
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_variants_get_their_chart_when_the_figures_have_them(week: Week, tmp_path: Path) -> None:
    """Once A/B variants exist (private.report_variant_rows reads their view), the page draws them too."""
    conn = week.story.conn
    data = report.figures(conn, week.story.team_id, MONDAY, SUNDAY)
    data["by_variant"] = [
        {
            "step": 1,
            "variant": "A",
            "sent": 2,
            "replied": 1,
            "reply_rate": 0.5,
            "rate_low": 0.0945,
            "rate_high": 0.9055,
        },
        {"step": 1, "variant": "B", "sent": 1, "replied": 0, "reply_rate": 0.0, "rate_low": 0.0, "rate_high": 0.7935},
    ]
    page = tmp_path / "variants.html"
    page.write_text(report.render(data))
    charts, console = _open(page, tmp_path)
    assert console == []
    assert charts.svgs.get("chart-by-variant", 0) >= 1 and charts.marks.get("chart-by-variant", 0) >= 3


def test_an_empty_period_gives_a_page_that_says_so(week: Week, tmp_path: Path) -> None:
    conn = week.story.conn
    out = report.write(conn, str(week.story.team_id), dt.date(2026, 10, 1), dt.date(2026, 10, 7), tmp_path / "e.html")
    text = out.read_text()
    assert "Nothing happened in this period" in text
    assert "Plotly" not in text
    charts, console = _open(out, tmp_path)
    assert console == [] and "empty-period" in charts.ids and not charts.svgs


def test_relance_report_writes_the_page_and_prints_its_path(week: Week, week_db: str, tmp_path: Path) -> None:
    def relance(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "relance.cli", "report", *args],
            env={**os.environ, "SUPABASE_DB_URL": week_db},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    out = tmp_path / "cli" / "week.html"
    done = relance("--team", TEAM_NAME, "--from", str(MONDAY), "--to", str(SUNDAY), "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str(out)
    assert "<b>9</b>automatic follow-ups sent" in out.read_text()
    # Bad input: one line saying why, exit 2, no page, no traceback.
    for args, why in [
        (("--team", TEAM_NAME, "--from", "23/11/2026", "--to", str(SUNDAY)), "are dates (YYYY-MM-DD)"),
        (("--team", TEAM_NAME, "--from", str(SUNDAY), "--to", str(MONDAY)), "before it starts"),
        (("--team", "Nobody & Co", "--from", str(MONDAY), "--to", str(SUNDAY)), "no team named 'Nobody & Co'"),
    ]:
        refused = relance(*args, "--out", str(tmp_path / "refused.html"))
        assert refused.returncode == 2 and why in refused.stderr and "Traceback" not in refused.stderr, refused.stderr
        assert not (tmp_path / "refused.html").exists()
