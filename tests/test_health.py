"""Health (issue 16, item 3): worker.health_check() judges the database, each pg_cron job's last run, the pgmq
queues, the workers' heartbeats, mailboxes needing reauth, subscriptions about to expire and the last hour's
errors at an injected instant; pg_cron records a snapshot every 5 minutes, which team admins read as
public.health_history; the `health` edge function answers 200 or 503 with the JSON.

pg_cron lives in the app database only, so the test databases get the schema pipeline's stand-in for it
(stack/pg_cron_stand_in.sql: cron.job and cron.job_run_details with pg_cron's columns); the jobs are registered
by private.schedule_jobs() as in production, and a test writes the runs a scheduler would have written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import threading
import time
import types
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import psycopg
import pytest

from relance import db, stack
from relance.config import REPO_ROOT
from relance.worker import Worker
from tests.conftest import START, clone
from tests.pg import acting_as, make_user
from tests.rls import DENIED, Case, Rows, run_case
from tests.test_tenancy_rls import build_world

AT = START  # the instant every check here is judged at
CHECKS = [
    "database",
    "cron_jobs",
    "queues",
    "workers",
    "mailboxes_needing_reauth",
    "subscriptions_expiring",
    "recent_errors",
]
JOBS = [
    "relance-access-log-retention",
    "relance-ai-preferences-purge",
    "relance-anonymise-inactive-users",
    "relance-autofill",
    "relance-compliance-report",
    "relance-cron-history-cleanup",
    "relance-health-snapshot",
    "relance-live-mail",
    "relance-privacy-retention",
    "relance-queue-archive-purge",
    "relance-retention",
    "relance-scheduler",
    "relance-status-counts",
]


def install_cron_stand_in(conn: psycopg.Connection[Any]) -> None:
    conn.execute((REPO_ROOT / "stack" / "pg_cron_stand_in.sql").read_text())
    conn.execute("select private.schedule_jobs()")


def record_runs(conn: psycopg.Connection[Any], start: dt.datetime, status: str = "succeeded", *jobs: str) -> None:
    """A run of each job (all of them by default) that started at `start`, as pg_cron records it."""
    conn.execute(
        """insert into cron.job_run_details (jobid, job_pid, database, username, command, status, return_message,
                                             start_time, end_time)
           select j.jobid, 4242, j.database, j.username, j.command, %s, case when %s = 'failed'
                  then 'ERROR: something secret went wrong' else '1 row' end, %s, %s + interval '1 second'
           from cron.job as j where cardinality(%s::text[]) = 0 or j.jobname = any(%s::text[])""",
        (status, status, start, start, list(jobs), list(jobs)),
    )


def beat(conn: psycopg.Connection[Any], worker_id: str, at: dt.datetime, kind: str = "events,send,sync,renew") -> None:
    conn.execute(
        "select worker.record_heartbeat(%s, %s, 'worker-host', 4321, %s, %s)",
        (worker_id, kind, at - dt.timedelta(hours=1), at),
    )


def health(conn: psycopg.Connection[Any], at: dt.datetime = AT) -> dict[str, Any]:
    """worker.health_check as the service role calls it (the edge function, an operator)."""
    with acting_as(conn, "service_role"):
        row = conn.execute("select worker.health_check(%s)", (at,)).fetchone()
    assert row
    report: dict[str, Any] = row[0]
    return report


def check(report: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [c for c in report["checks"] if c["name"] == name]
    return found


def mailbox(conn: psycopg.Connection[Any], provider: str = "graph") -> tuple[uuid.UUID, uuid.UUID]:
    """A team with one owner and one mailbox: (team id, mailbox id)."""
    tag = uuid.uuid4().hex[:8]
    user = make_user(conn, f"owner-{tag}@example.test")
    row = conn.execute("insert into public.teams (name) values (%s) returning id", (f"team {tag}",)).fetchone()
    assert row
    team = row[0]
    conn.execute("insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')", (team, user))
    row = conn.execute(
        "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
        (team, user, provider, f"box-{tag}@example.test"),
    ).fetchone()
    assert row
    return team, row[0]


@pytest.fixture
def healthy(conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
    """A system in order at AT: pg_cron's jobs registered, each ran 30 seconds ago, one worker beat 10 seconds
    ago, the queues are empty."""
    install_cron_stand_in(conn)
    record_runs(conn, AT - dt.timedelta(seconds=30))
    beat(conn, "w-1", AT - dt.timedelta(seconds=10))
    return conn


# The checks -------------------------------------------------------------------------------------------------------


def test_a_healthy_system_passes_every_check(healthy: psycopg.Connection[Any]) -> None:
    report = health(healthy)
    assert report["healthy"] is True and report["failing"] == []
    assert [c["name"] for c in report["checks"]] == CHECKS
    assert all(c["ok"] for c in report["checks"])
    assert report["checked_at"].startswith("2030-01-07T08:00:00")
    jobs = check(report, "cron_jobs")["jobs"]
    assert [j["job"] for j in jobs] == JOBS and {j["last_status"] for j in jobs} == {"succeeded"}
    assert {q["queue"]: q["depth"] for q in check(report, "queues")["queues"]} == {
        "followup_sends": 0,
        "intelligence": 0,
        "mailbox_cleanup": 0,
        "provider_events": 0,
        "webhook_deliveries": 0,
    }
    assert check(report, "workers")["live"] == 1


def test_the_report_never_carries_a_cron_error_text(healthy: psycopg.Connection[Any]) -> None:
    record_runs(healthy, AT - dt.timedelta(seconds=5), "failed", "relance-scheduler")
    assert "secret" not in json.dumps(health(healthy))


def test_a_stopped_worker_fails_the_workers_check_by_name(healthy: psycopg.Connection[Any]) -> None:
    beat(healthy, "w-2", AT - dt.timedelta(seconds=121))  # stopped 2 minutes and a second ago
    report = health(healthy)
    assert report["healthy"] is False and report["failing"] == ["workers"]
    workers = check(report, "workers")
    assert workers["stopped"] == ["w-2"] and workers["live"] == 1
    assert {w["worker_id"]: w["silent_seconds"] for w in workers["workers"]} == {"w-1": 10, "w-2": 121}
    # Two minutes exactly is still alive.
    beat(healthy, "w-2", AT - dt.timedelta(seconds=120))
    assert health(healthy)["healthy"] is True


def test_with_every_worker_stopped_the_workers_check_fails(healthy: psycopg.Connection[Any]) -> None:
    healthy.execute("update private.worker_heartbeats set last_beat_at = %s", (AT - dt.timedelta(minutes=5),))
    workers = check(health(healthy), "workers")
    assert workers["ok"] is False and workers["live"] == 0 and workers["stopped"] == ["w-1"]
    # Forgotten after an hour: no longer named, but no worker is left at all.
    healthy.execute("update private.worker_heartbeats set last_beat_at = %s", (AT - dt.timedelta(minutes=61),))
    workers = check(health(healthy), "workers")
    assert workers["ok"] is False and workers["stopped"] == [] and "no worker beat" in workers["problem"]


def test_a_crashed_worker_that_was_replaced_is_forgotten_after_an_hour(healthy: psycopg.Connection[Any]) -> None:
    beat(healthy, "w-crashed", AT - dt.timedelta(minutes=59))
    assert check(health(healthy), "workers")["stopped"] == ["w-crashed"]
    # Its last beat, seen an hour and a minute later.
    healthy.execute(
        "update private.worker_heartbeats set last_beat_at = %s where worker_id = 'w-crashed'",
        (AT - dt.timedelta(minutes=61),),
    )
    assert health(healthy)["healthy"] is True


def test_a_worker_that_stops_cleanly_is_not_reported_as_stopped(healthy: psycopg.Connection[Any]) -> None:
    beat(healthy, "w-2", AT - dt.timedelta(minutes=1))
    with acting_as(healthy, "service_role", commit=True):
        assert healthy.execute("select worker.end_heartbeat('w-2')").fetchone() == (True,)
    healthy.execute("update private.worker_heartbeats set last_beat_at = %s", (AT - dt.timedelta(seconds=30),))
    assert health(healthy)["healthy"] is True


def test_a_heartbeat_is_never_moved_back_and_refuses_a_missing_field(healthy: psycopg.Connection[Any]) -> None:
    beat(healthy, "w-1", AT - dt.timedelta(minutes=30))  # a late, older beat
    assert check(health(healthy), "workers")["ok"] is True
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="record_heartbeat"):
        healthy.execute("select worker.record_heartbeat('w-3', '', 'h', 1, now(), now())")


def test_the_worker_loop_beats_each_pass_and_removes_its_beat_when_it_stops(
    healthy: psycopg.Connection[Any], db_url: str
) -> None:
    healthy.execute("delete from private.worker_heartbeats")
    with db.connect(db_url) as worker_conn:
        connector = types.SimpleNamespace(
            conn=worker_conn, now_fn=lambda: AT, client=None, gmail_client=None, webhook_url=""
        )
        worker = Worker(connector)  # type: ignore[arg-type]
        seen: list[Any] = []

        def stop() -> bool:
            seen.append(
                healthy.execute("select worker_id, kind, last_beat_at from private.worker_heartbeats").fetchall()
            )
            return len(seen) > 2

        worker.run_forever(idle_seconds=0, stop=stop, loops=())
    # Before the first pass nothing; after each pass this process's beat; after the stop, nothing again.
    assert seen[0] == []
    assert seen[1] == seen[2] == [(worker.worker_id, "idle", AT)]
    assert worker.worker_id.split(":")[:2] == [socket.gethostname(), str(os.getpid())]
    assert healthy.execute("select count(*) from private.worker_heartbeats").fetchone() == (0,)


def test_a_pass_longer_than_the_allowed_silence_keeps_beating_on_its_own_connection(
    healthy: psycopg.Connection[Any], db_url: str
) -> None:
    """The first backfill of a large mailbox is one long pass: the process beats from a thread while it runs, on a
    connection of its own, so the health check never reports a worker that is working as stopped; once the pass
    is over the thread stops (a loop stuck between passes would fall silent)."""
    healthy.execute("delete from private.worker_heartbeats")
    ticks = iter(range(10_000))  # each beat a minute after the last: the clock says which beat was written when
    opened: list[db.Conn] = []

    def beat_connect() -> db.Conn:
        conn = db.connect(db_url)
        opened.append(conn)
        return conn

    def last_beat() -> dt.datetime | None:
        row = healthy.execute("select last_beat_at from private.worker_heartbeats").fetchone()
        return row[0] if row else None

    with db.connect(db_url) as worker_conn:
        connector = types.SimpleNamespace(
            conn=worker_conn,
            now_fn=lambda: AT + dt.timedelta(minutes=next(ticks)),
            client=None,
            gmail_client=None,
            webhook_url="",
        )
        worker = Worker(connector, beat_connect=beat_connect, beat_every=0.01)  # type: ignore[arg-type]
        during: list[dt.datetime | None] = []

        def long_pass(loops: tuple[str, ...], force: bool = True) -> dict[str, int]:
            first = last_beat()
            deadline = time.monotonic() + 60  # a bound for a broken build, never reached by a working one
            while time.monotonic() < deadline and (last_beat() or AT) < (first or AT) + dt.timedelta(minutes=3):
                time.sleep(0.01)
            during.extend([first, last_beat()])
            return {}

        worker.pass_once = long_pass  # type: ignore[method-assign,assignment]
        passes = iter([False, True])
        worker.run_forever(idle_seconds=0, stop=lambda: next(passes), loops=("sync",))
        threads = [t.name for t in threading.enumerate()]

    first, later = during
    assert first is not None and later is not None
    assert later >= first + dt.timedelta(minutes=3), "no beat while the pass ran"
    assert len(opened) == 1 and opened[0].closed  # one connection for every beat of the pass, closed at the stop
    assert "relance-beat" not in threads
    assert healthy.execute("select count(*) from private.worker_heartbeats").fetchone() == (0,)


def test_a_full_queue_fails_the_queues_check(healthy: psycopg.Connection[Any]) -> None:
    healthy.execute("select pgmq.send_batch('provider_events', array_fill('{}'::jsonb, array[1001]))")
    healthy.execute("update pgmq.q_provider_events set enqueued_at = %s", (AT - dt.timedelta(minutes=1),))
    report = health(healthy)
    assert report["healthy"] is False and report["failing"] == ["queues"]
    queues = check(report, "queues")
    assert queues["failing"] == ["provider_events"]
    (events,) = [q for q in queues["queues"] if q["queue"] == "provider_events"]
    assert events["depth"] == 1001 and events["oldest_message_age_seconds"] == 60
    assert events["problem"] == "more than 1000 messages"
    healthy.execute(
        "delete from pgmq.q_provider_events where msg_id in (select min(msg_id) from pgmq.q_provider_events)"
    )
    assert health(healthy)["healthy"] is True  # 1000 is not more than 1000


def test_an_old_message_fails_the_queues_check(healthy: psycopg.Connection[Any]) -> None:
    healthy.execute("select pgmq.send('followup_sends', '{}'::jsonb)")
    healthy.execute("update pgmq.q_followup_sends set enqueued_at = %s", (AT - dt.timedelta(minutes=9),))
    assert health(healthy)["healthy"] is True
    healthy.execute("update pgmq.q_followup_sends set enqueued_at = %s", (AT - dt.timedelta(minutes=11),))
    report = health(healthy)
    assert report["failing"] == ["queues"]
    assert check(report, "queues")["failing"] == ["followup_sends"]


def test_a_failed_cron_run_fails_the_cron_check_naming_the_job(healthy: psycopg.Connection[Any]) -> None:
    record_runs(healthy, AT - dt.timedelta(seconds=5), "failed", "relance-scheduler")
    report = health(healthy)
    assert report["failing"] == ["cron_jobs"]
    cron = check(report, "cron_jobs")
    assert cron["failing"] == ["relance-scheduler"]
    (job,) = [j for j in cron["jobs"] if j["job"] == "relance-scheduler"]
    assert job["last_status"] == "failed" and job["problem"] == "last run failed"
    # The next run succeeds: healthy again.
    record_runs(healthy, AT - dt.timedelta(seconds=1), "succeeded", "relance-scheduler")
    assert health(healthy)["healthy"] is True


def test_a_job_that_stopped_running_fails_after_three_of_its_intervals(healthy: psycopg.Connection[Any]) -> None:
    healthy.execute("delete from cron.job_run_details")
    record_runs(healthy, AT - dt.timedelta(minutes=14))  # every-5-minutes job: 15 minutes allowed
    record_runs(
        healthy,
        AT - dt.timedelta(seconds=30),
        "succeeded",
        "relance-scheduler",
        "relance-status-counts",
        "relance-live-mail",
    )
    assert health(healthy)["healthy"] is True
    healthy.execute("delete from cron.job_run_details")
    record_runs(healthy, AT - dt.timedelta(minutes=16))
    record_runs(healthy, AT - dt.timedelta(minutes=2), "succeeded", "relance-scheduler")
    cron = check(health(healthy), "cron_jobs")
    # Every minute: 3 minutes allowed; every 5 minutes: 15; the daily jobs (16 minutes ago) are fine.
    assert cron["failing"] == ["relance-health-snapshot", "relance-live-mail", "relance-status-counts"]


def test_a_database_without_pg_cron_fails_the_cron_check(conn: psycopg.Connection[Any]) -> None:
    cron = check(health(conn), "cron_jobs")
    assert cron["ok"] is False and cron["reason"] == "pg_cron is not installed: no job runs"


@pytest.mark.parametrize(
    ("schedule", "interval"),
    [
        ("* * * * *", "00:01:00"),
        ("*/5 * * * *", "00:05:00"),
        ("17 * * * *", "01:00:00"),
        ("0 */6 * * *", "06:00:00"),
        ("23 3 * * *", "1 day"),
        ("0 9 * * 1", "7 days"),
        ("0 9 1 * *", "31 days"),
        ("30 seconds", "00:00:30"),
        ("nonsense", "1 day"),
    ],
)
def test_a_schedule_is_read_as_the_longest_gap_between_two_runs(
    conn: psycopg.Connection[Any], schedule: str, interval: str
) -> None:
    assert conn.execute("select private.cron_interval(%s)::text", (schedule,)).fetchone() == (interval,)


def test_a_mailbox_needing_reauth_fails_its_check_by_mailbox(healthy: psycopg.Connection[Any]) -> None:
    team, box = mailbox(healthy)
    healthy.execute(
        "update public.mailboxes set status = 'needs_reauth', status_reason = 'invalid_grant', status_changed_at = %s"
        " where id = %s",
        (AT - dt.timedelta(hours=2), box),
    )
    report = health(healthy)
    assert report["failing"] == ["mailboxes_needing_reauth"]
    reauth = check(report, "mailboxes_needing_reauth")
    assert reauth["count"] == 1
    assert reauth["mailboxes"] == [
        {"mailbox_id": str(box), "team_id": str(team), "provider": "graph", "since": "2030-01-07T06:00:00+00:00"}
    ]
    assert "example.test" not in json.dumps(report)  # ids, never addresses


def test_a_subscription_about_to_expire_fails_its_check(healthy: psycopg.Connection[Any]) -> None:
    _team, box = mailbox(healthy)
    healthy.execute(
        "select worker.register_provider_subscription(%s, 'sub-1', 'me/messages', 'state', %s)",
        (box, AT + dt.timedelta(hours=13)),
    )
    assert health(healthy)["healthy"] is True  # renewal has 13 hours left
    healthy.execute(
        "update private.provider_subscriptions set expires_at = %s where external_id = 'sub-1'",
        (AT + dt.timedelta(hours=11),),
    )
    report = health(healthy)
    assert report["failing"] == ["subscriptions_expiring"]
    expiring = check(report, "subscriptions_expiring")
    assert [s["mailbox_id"] for s in expiring["subscriptions"]] == [str(box)] and expiring["window_seconds"] == 43200
    # A disconnected mailbox's subscription is not expected to be renewed.
    healthy.execute("update public.mailboxes set status = 'disconnected' where id = %s", (box,))
    assert health(healthy)["healthy"] is True


def test_errors_of_the_last_hour_fail_the_errors_check(healthy: psycopg.Connection[Any]) -> None:
    team, box = mailbox(healthy)
    healthy.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
        " values (%s, %s, 'error', 'graph 503', %s), (%s, %s, 'warning', 'slow', %s)",
        (team, box, AT - dt.timedelta(minutes=61), team, box, AT - dt.timedelta(minutes=1)),
    )
    assert health(healthy)["healthy"] is True  # an error 61 minutes ago and a warning are not counted
    healthy.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
        " values (%s, %s, 'error', 'graph 503', %s)",
        (team, box, AT - dt.timedelta(minutes=10)),
    )
    healthy.execute(
        "select worker.record_dead_letter(%s, 'p-1', 'inbox', 'ingest', '22023', 'bad date', %s)",
        (box, AT - dt.timedelta(minutes=5)),
    )
    report = health(healthy)
    assert report["failing"] == ["recent_errors"]
    errors = check(report, "recent_errors")
    assert (errors["count"], errors["worker_log_errors"], errors["dead_letters"]) == (2, 1, 1)
    assert "graph 503" not in json.dumps(report) and "bad date" not in json.dumps(report)
    healthy.execute("update private.health_settings set max_errors_per_hour = 2")
    assert health(healthy)["healthy"] is True


# Snapshots and the admins' history --------------------------------------------------------------------------------


def test_the_snapshot_job_is_registered_every_five_minutes(healthy: psycopg.Connection[Any]) -> None:
    row = healthy.execute("select schedule, command from cron.job where jobname = 'relance-health-snapshot'").fetchone()
    assert row == ("*/5 * * * *", "select private.record_health_snapshot()")


def test_a_snapshot_records_the_platform_and_each_failing_team_and_purges_the_old(
    healthy: psycopg.Connection[Any],
) -> None:
    team, box = mailbox(healthy)
    other_team, _other = mailbox(healthy)
    healthy.execute("update public.mailboxes set status = 'needs_reauth' where id = %s", (box,))
    old = healthy.execute("select private.record_health_snapshot(%s)", (AT - dt.timedelta(days=31),)).fetchone()
    beat(healthy, "w-old", AT - dt.timedelta(minutes=61))
    row = healthy.execute("select private.record_health_snapshot(%s)", (AT,)).fetchone()
    assert row and row[0] is not None and old and old[0] is not None
    snapshots = healthy.execute("select id, taken_at, healthy, checks from public.health_snapshots").fetchall()
    assert [(s[0], s[1], s[2]) for s in snapshots] == [(row[0], AT, True)]  # the 31-day-old one is gone
    assert [c["name"] for c in snapshots[0][3]] == ["database", "cron_jobs", "queues", "workers"]
    teams = healthy.execute("select team_id, healthy, checks from public.health_snapshot_teams").fetchall()
    assert [(t[0], t[1]) for t in teams] == [(team, False)]  # the other team had nothing failing
    assert other_team != team
    reauth = [c for c in teams[0][2] if c["name"] == "mailboxes_needing_reauth"]
    assert reauth[0]["ok"] is False and reauth[0]["mailboxes"][0]["mailbox_id"] == str(box)
    # The worker silent for over an hour is forgotten.
    assert healthy.execute("select worker_id from private.worker_heartbeats").fetchall() == [("w-1",)]
    # Once per instant.
    assert healthy.execute("select private.record_health_snapshot(%s)", (AT,)).fetchone() == (None,)


@pytest.fixture(scope="module")
def history_world(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    """The tenancy world (team A: Olivia owner, Adam admin, Mia and Max members; team B: Bob owner; Zoe in no
    team) with two snapshots: Mia's mailbox needed reauth at the first, nothing was failing at the second."""
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        install_cron_stand_in(conn)
        record_runs(conn, AT - dt.timedelta(minutes=1))
        beat(conn, "w-1", AT - dt.timedelta(minutes=1))
        conn.execute("update public.mailboxes set status = 'needs_reauth' where id = %s", (w["box_mia"],))
        first = conn.execute("select private.record_health_snapshot(%s)", (AT - dt.timedelta(minutes=5),)).fetchone()
        conn.execute("update public.mailboxes set status = 'active' where id = %s", (w["box_mia"],))
        second = conn.execute("select private.record_health_snapshot(%s)", (AT,)).fetchone()
        assert first and second
        w["snap_1"], w["snap_2"] = first[0], second[0]
        yield conn, w
    stack.drop_database(target, name)


def history_cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    everyone_denied = {a: DENIED for a in ("anon", "mia", "adam", "olivia", "bob", "zoe")}
    # Platform rows: every team admin (owners included); no member, no one outside a team, no anon.
    each(
        "health_snapshots", "select", "select id from public.health_snapshots",
        anon=DENIED, mia=Rows(), max=Rows(), adam=Rows("snap_1", "snap_2"), olivia=Rows("snap_1", "snap_2"),
        bob=Rows("snap_1", "snap_2"), zoe=Rows(), service=Rows("snap_1", "snap_2"),
    )  # fmt: skip
    # A team's rows: its own admins only.
    each(
        "health_snapshot_teams", "select", "select team_id from public.health_snapshot_teams",
        anon=DENIED, mia=Rows(), max=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows(), zoe=Rows(),
        service=Rows("team_a"),
    )  # fmt: skip
    # Only pg_cron's job writes them (the service role may, as an operator).
    for table, key in (("health_snapshots", "id"), ("health_snapshot_teams", "team_id")):
        columns = (
            "taken_at, healthy, checks" if table == "health_snapshots" else "snapshot_id, team_id, healthy, checks"
        )
        each(
            table, "insert",
            f"insert into public.{table} ({columns}) select {columns} from public.{table} where false returning {key}",
            service=Rows(), **everyone_denied,
        )  # fmt: skip
        each(
            table, "update", f"update public.{table} set healthy = healthy returning {key}",
            service=Rows("snap_1", "snap_2") if table == "health_snapshots" else Rows("team_a"), **everyone_denied,
        )  # fmt: skip
        each(
            table, "delete", f"delete from public.{table} where false returning {key}",
            service=Rows(), **everyone_denied,
        )  # fmt: skip
    # The view: one row per snapshot and per team the caller administers, its own team's failing checks only.
    each(
        "health_history", "select", "select team_id from public.health_history",
        anon=DENIED, mia=Rows(), max=Rows(), adam=Rows("team_a"), olivia=Rows("team_a"), bob=Rows("team_b"),
        zoe=Rows(), service=Rows(),
    )  # fmt: skip
    return c


HISTORY_CASES = history_cases()
HEALTH_TABLES = {"health_snapshots", "health_snapshot_teams"}


@pytest.mark.parametrize("case", HISTORY_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(HISTORY_CASES)])
def test_health_rls_matrix(history_world: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = history_world
    assert run_case(conn, world, case) == case.expect


def test_every_health_table_is_covered_for_every_command_and_role() -> None:
    for table in HEALTH_TABLES:
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in HISTORY_CASES if c.table == table and c.command == command}
            assert {"anon", "mia", "adam", "olivia", "bob", "zoe", "service"} <= actors, (table, command)


def test_an_admin_reads_the_history_with_their_own_teams_failing_checks_only(
    history_world: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]],
) -> None:
    conn, w = history_world
    query = "select taken_at, healthy, checks from public.health_history order by taken_at"
    with acting_as(conn, "authenticated", w["adam"]):
        adam = conn.execute(query).fetchall()
    with acting_as(conn, "authenticated", w["bob"]):
        bob = conn.execute(query).fetchall()
    assert [(r[0], r[1]) for r in adam] == [(AT - dt.timedelta(minutes=5), False), (AT, True)]
    reauth = [c for c in adam[0][2] if c["name"] == "mailboxes_needing_reauth"]
    assert [m["mailbox_id"] for m in reauth[0]["mailboxes"]] == [str(w["box_mia"])]
    # Team B's admin sees the platform's checks, never team A's mailbox.
    assert [(r[0], r[1]) for r in bob] == [(AT - dt.timedelta(minutes=5), True), (AT, True)]
    assert all(c["name"] in ("database", "cron_jobs", "queues", "workers") for r in bob for c in r[2])
    assert str(w["box_mia"]) not in json.dumps([r[2] for r in bob])


@pytest.mark.parametrize(
    "signature",
    [
        "worker.health_check(timestamp with time zone)",
        "worker.record_heartbeat(text,text,text,integer,timestamp with time zone,timestamp with time zone)",
        "worker.end_heartbeat(text)",
    ],
)
def test_health_functions_are_the_service_roles_only(conn: psycopg.Connection[Any], signature: str) -> None:
    row = conn.execute(
        "select has_function_privilege('anon', %(f)s, 'execute'),"
        " has_function_privilege('authenticated', %(f)s, 'execute'),"
        " has_function_privilege('service_role', %(f)s, 'execute')",
        {"f": signature},
    ).fetchone()
    assert row == (False, False, True)


def test_no_api_role_reaches_the_heartbeats_or_the_thresholds(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select t || ' ' || r from unnest(array['private.worker_heartbeats', 'private.health_settings']) as t,
                  unnest(array['anon', 'authenticated', 'service_role']) as r
           where has_table_privilege(r, t, 'select, insert, update, delete')"""
    ).fetchall()
    assert rows == []


# The edge function ------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def health_function(db_url: str) -> Iterator[str]:
    """supabase/functions/health/index.ts as `deno run` serves it locally (PORT), on the test's database."""
    port = _free_port()
    env = {
        **os.environ,
        "SUPABASE_DB_URL": db_url,
        "HEALTH_TOKEN": "health-token-for-tests",
        "PORT": str(port),
        "NO_COLOR": "1",
        "DENO_NO_UPDATE_CHECK": "1",
    }
    functions = REPO_ROOT / "supabase" / "functions"
    proc = subprocess.Popen(
        [
            str(stack.DENO),
            "run",
            "--config",
            str(functions / "deno.json"),
            "--frozen",
            "--no-prompt",
            "--allow-net=127.0.0.1,localhost",
            "--allow-env",
            "--allow-read",
            str(functions / "health" / "index.ts"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read() if proc.stdout else b""
                    raise RuntimeError(f"the health function did not start: {output!r}") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def get(url: str, token: str | None = None) -> tuple[int, dict[str, Any], str]:
    response = httpx.get(url, headers={"authorization": f"Bearer {token}"} if token else {}, timeout=20)
    return response.status_code, response.json() if response.content else {}, response.headers.get("cache-control", "")


def test_the_health_endpoint_answers_200_then_503_with_a_stopped_worker_and_a_full_queue(
    conn: psycopg.Connection[Any], health_function: str
) -> None:
    # The function judges at the database's clock: the state is written relative to it.
    install_cron_stand_in(conn)
    conn.execute(
        "insert into cron.job_run_details (jobid, status, start_time, end_time)"
        " select jobid, 'succeeded', now() - interval '20 seconds', now() - interval '19 seconds' from cron.job"
    )
    conn.execute("select worker.record_heartbeat('w-1', 'events,send,sync,renew', 'host', 1, now(), now())")

    status, body, cache = get(health_function)
    assert (status, body["healthy"], body["failing"], cache) == (200, True, [], "no-store")
    # Anonymous: the summary only.
    assert body["checks"] == [{"name": name, "ok": True} for name in CHECKS]
    status, full, _ = get(health_function, "health-token-for-tests")
    assert status == 200 and check(full, "workers")["workers"][0]["worker_id"] == "w-1"

    # The worker stops (its last beat 3 minutes ago) and the queue fills up.
    conn.execute("update private.worker_heartbeats set last_beat_at = now() - interval '3 minutes'")
    conn.execute("select pgmq.send_batch('followup_sends', array_fill('{}'::jsonb, array[1500]))")
    status, body, _ = get(health_function)
    assert (status, body["healthy"], body["failing"]) == (503, False, ["queues", "workers"])
    assert {c["name"]: c["ok"] for c in body["checks"]}["workers"] is False
    assert "stopped" not in json.dumps(body)  # details only with the token
    status, full, _ = get(health_function, "health-token-for-tests")
    assert status == 503 and check(full, "workers")["stopped"] == ["w-1"]
    assert check(full, "queues")["failing"] == ["followup_sends"]

    # A wrong token is refused, not silently given the summary.
    status, body, _ = get(health_function, "not-the-token")
    assert status == 401 and body == {}
