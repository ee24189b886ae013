"""Blind acceptance tests for health: what an operator and a team admin read is true.

Written from README.md ("### Health", "Known limits", "### Outgoing webhooks" for `health.degraded`, "What a
frontend calls"), DESIGN.md and the catalog's comments alone, never from sql/ or workers/. Every expected value
comes from those texts: `worker.health_check(p_at)` answers `{healthy, checked_at, failing: [names], checks: [{name,
ok, …}]}`; each check fails exactly when the README's threshold is crossed and comes back when the cause goes away.

Clocks: every function here takes its instant (`p_at`, `p_now`), so the stories are dated 2028 and pass on any date.
Two exceptions, said where they occur: pgmq stamps `enqueued_at` with the real clock (one queue test therefore works
relative to now, and its twin drives both instants), and the test databases are not pg_cron's database (pg_cron
lives in the app database only, so a clone reports "without pg_cron at all"). The pg_cron tests and the
`health.degraded` story therefore run in the local app database (`target.url`, as `./relance up` leaves it) inside
one transaction that is always rolled back: the real jobs are set inactive there, the test's own jobs and run
history inserted, and nothing of it is ever committed. Every other test shares one clone for the module and runs in
a transaction rolled back at its end, so each sees the database as the migrations leave it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.pg import acting_as, sqlstate
from tests.story import Mailbox, add_mailbox, add_member, make_team_with_mailbox

Conn = psycopg.Connection[Any]

# Wednesday 1 March 2028, 10:00 UTC: every story's origin.
T = dt.datetime(2028, 3, 1, 10, 0, tzinfo=dt.UTC)
MIN = dt.timedelta(minutes=1)
SEC = dt.timedelta(seconds=1)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def conn(db: Conn) -> Iterator[Conn]:
    """A database as the migrations leave it, shared by the module but seen fresh by each test: every test runs in
    one transaction that is rolled back at its end (a clone per test would cost most of the time budget)."""
    with db.transaction(force_rollback=True):
        db.execute("set local statement_timeout = '20s'")
        yield db


# Helpers ---------------------------------------------------------------------------------------------------------


def health(conn: Conn, at: dt.datetime | None = None) -> dict[str, Any]:
    """What the operator reads: worker.health_check at `at` (the database's now when None), as service_role."""
    with conn.transaction():
        conn.execute("set local role service_role")
        if at is None:
            row = conn.execute("select worker.health_check()").fetchone()
        else:
            row = conn.execute("select worker.health_check(%s)", (at,)).fetchone()
        conn.execute("set local role none")  # inside an outer transaction, a released savepoint keeps `set local`
    assert row is not None
    report: dict[str, Any] = row[0]
    return report


def check(report: dict[str, Any], name: str) -> dict[str, Any]:
    found = [c for c in report["checks"] if c["name"] == name]
    assert len(found) == 1, f"check {name} appears {len(found)} times in {report['checks']}"
    return found[0]


def ok(report: dict[str, Any], name: str) -> bool:
    """A check's verdict, asserted consistent between the check itself, `failing` and `healthy`."""
    verdict = bool(check(report, name)["ok"])
    assert (name not in report["failing"]) == verdict, report
    if not verdict:
        assert report["healthy"] is False
    return verdict


def beat(conn: Conn, worker_id: str, at: dt.datetime, *, started: dt.datetime | None = None) -> None:
    conn.execute(
        "select worker.record_heartbeat(%s, 'worker', 'host-a', 4242, %s, %s)", (worker_id, started or T - HOUR, at)
    )


def team(conn: Conn, name: str) -> Mailbox:
    """A team of its own (an owner with one Graph mailbox) and a distinct domain."""
    slug = name.lower()
    return make_team_with_mailbox(conn, address=f"owner@{slug}.test", domains=(f"{slug}.test",), team_name=name)


def snapshot(conn: Conn, at: dt.datetime) -> int | None:
    row = conn.execute("select private.record_health_snapshot(%s)", (at,)).fetchone()
    assert row is not None
    result: int | None = row[0]
    return result


def history_as(conn: Conn, user_id: uuid.UUID | None, role: str = "authenticated") -> list[dict[str, Any]]:
    """health_history as the web app reads it (Data API, under RLS)."""
    with acting_as(conn, role, user_id):
        rows = conn.execute("select snapshot_id, taken_at, team_id, healthy, checks from public.health_history")
        return [
            {"snapshot_id": r[0], "taken_at": r[1], "team_id": r[2], "healthy": r[3], "checks": r[4]}
            for r in rows.fetchall()
        ]


def failing_names(checks: list[dict[str, Any]]) -> set[str]:
    return {c["name"] for c in checks if not c["ok"]}


# Workers ---------------------------------------------------------------------------------------------------------


def test_workers_fail_after_more_than_two_minutes_of_silence_and_come_back_with_a_beat(conn: Conn) -> None:
    """README: `workers` fails when "a worker's last beat is more than 2 minutes old". A beat 1:59 old is fine,
    2:01 old fails, and the next beat brings the check back."""
    beat(conn, "w-1", T)
    assert ok(health(conn, T + MIN + 59 * SEC), "workers")
    assert not ok(health(conn, T + 2 * MIN + SEC), "workers")
    beat(conn, "w-1", T + 3 * MIN)
    assert ok(health(conn, T + 3 * MIN + 30 * SEC), "workers")


def test_workers_fail_when_no_worker_ever_beat_or_the_only_one_stopped_cleanly(conn: Conn) -> None:
    """README: `workers` fails when "no worker beat at all"; "a clean stop (Ctrl-C, SIGTERM) removes its beat".
    A clean stop of one worker among two leaves the check passing (the other beats); of the last one, failing."""
    assert not ok(health(conn, T), "workers")
    beat(conn, "w-1", T)
    beat(conn, "w-2", T)
    assert ok(health(conn, T + 30 * SEC), "workers")
    conn.execute("select worker.end_heartbeat('w-1')")
    assert ok(health(conn, T + 30 * SEC), "workers")
    conn.execute("select worker.end_heartbeat('w-2')")
    assert not ok(health(conn, T + 30 * SEC), "workers")


def test_a_crashed_worker_that_was_replaced_stops_failing_after_an_hour(conn: Conn) -> None:
    """README: "a worker silent for an hour is forgotten (a crashed worker that was replaced stops failing the
    check then …)". Before the hour its stale beat fails the check although a replacement beats; after it, not.
    Reading: the check itself forgets it at p_at (no snapshot needs to have run in between to purge the beat)."""
    beat(conn, "crashed", T)
    beat(conn, "replacement", T + 30 * MIN)
    assert not ok(health(conn, T + 30 * MIN + 10 * SEC), "workers")
    beat(conn, "replacement", T + 61 * MIN)
    assert ok(health(conn, T + 61 * MIN + 10 * SEC), "workers")


def test_a_lone_crashed_worker_keeps_failing_after_it_is_forgotten(conn: Conn) -> None:
    """README: "… a lone one keeps failing it, as no worker is left"."""
    beat(conn, "lonely", T)
    assert not ok(health(conn, T + 30 * MIN), "workers")
    assert not ok(health(conn, T + 61 * MIN), "workers")
    assert not ok(health(conn, T + 5 * HOUR), "workers")


def test_a_late_beat_never_moves_the_last_beat_back(conn: Conn) -> None:
    """record_heartbeat's comment: "the instant of the beat (never moved back)". A beat at T+1 min, then one
    delivered late for T: the last beat stays T+1 min, so 2:30 after T the worker is still live (1:30 old)."""
    beat(conn, "w-1", T + MIN)
    beat(conn, "w-1", T)
    assert ok(health(conn, T + 2 * MIN + 30 * SEC), "workers")


def test_worker_silence_threshold_follows_its_setting(conn: Conn) -> None:
    """README: thresholds live in `private.health_settings` ("change one with update …"). With
    worker_max_silence at 5 minutes a 4-minute-old beat passes and a 6-minute-old one fails."""
    conn.execute("update private.health_settings set worker_max_silence = '5 minutes'")
    beat(conn, "w-1", T)
    assert ok(health(conn, T + 4 * MIN), "workers")
    assert not ok(health(conn, T + 6 * MIN), "workers")


# Queues ----------------------------------------------------------------------------------------------------------


def test_a_queue_holding_more_than_1000_messages_fails_until_it_drains(conn: Conn) -> None:
    """README: `queues` fails when "a pgmq queue holds more than 1000 messages". 1000 is not more than 1000;
    1001 is; taking one away brings the check back. (Judged at the database's now: pgmq stamps the messages with
    the real clock, so none is old.)"""
    conn.execute(
        "select pgmq.send_batch('provider_events', array(select jsonb_build_object('n', i)"
        " from generate_series(1, 1000) as i))"
    )
    assert ok(health(conn), "queues")
    row = conn.execute("select pgmq.send('provider_events', '{\"n\": 1001}'::jsonb)").fetchone()
    assert row is not None
    assert not ok(health(conn), "queues")
    conn.execute("select pgmq.delete('provider_events', %s::bigint)", (row[0],))
    assert ok(health(conn), "queues")


def _age_the_only_message(conn: Conn, queue: str, enqueued_at: str, args: tuple[Any, ...] = ()) -> None:
    conn.execute(f"update pgmq.q_{queue} set enqueued_at = {enqueued_at}, vt = {enqueued_at}", args * 2)


def test_a_message_waiting_more_than_ten_minutes_fails_the_queues_relative_to_now(conn: Conn) -> None:
    """README: `queues` fails when "its oldest waits more than 10 minutes". pgmq stamps `enqueued_at` with the
    real clock, so this one is told relative to now: 9 minutes old passes, 11 minutes old fails, and once the
    worker took it away the check passes again."""
    conn.execute("select pgmq.send('followup_sends', '{\"followup_id\": null}'::jsonb)")
    _age_the_only_message(conn, "followup_sends", "now() - interval '9 minutes'")
    assert ok(health(conn), "queues")
    _age_the_only_message(conn, "followup_sends", "now() - interval '11 minutes'")
    assert not ok(health(conn), "queues")
    conn.execute("delete from pgmq.q_followup_sends")
    assert ok(health(conn), "queues")


def test_queue_age_is_judged_at_the_instant_asked_for(conn: Conn) -> None:
    """health_check's comment: "The system's health at p_at". Reading: the oldest message's wait is p_at minus
    its enqueued_at, like every other check, so a message enqueued at T-9 min passes at T and one enqueued at
    T-11 min fails at T, whatever today's date."""
    conn.execute("select pgmq.send('webhook_deliveries', '{}'::jsonb)")
    _age_the_only_message(conn, "webhook_deliveries", "%s::timestamptz", (T - 9 * MIN,))
    assert ok(health(conn, T), "queues")
    _age_the_only_message(conn, "webhook_deliveries", "%s::timestamptz", (T - 11 * MIN,))
    assert not ok(health(conn, T), "queues")


def test_exactly_at_a_more_than_threshold_the_check_still_passes(conn: Conn) -> None:
    """README: "more than 2 minutes old", "its oldest waits more than 10 minutes": a beat exactly 2 minutes old
    and a message exactly 10 minutes old are not past their limits, so both checks pass at that instant."""
    beat(conn, "w-1", T)
    conn.execute("select pgmq.send('intelligence', '{}'::jsonb)")
    _age_the_only_message(conn, "intelligence", "%s::timestamptz", (T - 8 * MIN,))
    report = health(conn, T + 2 * MIN)
    assert ok(report, "workers")
    assert ok(report, "queues")


def test_a_database_without_pg_cron_fails_the_cron_check(conn: Conn) -> None:
    """README: `cron_jobs` fails "without pg_cron at all". The test databases are not pg_cron's database (it
    lives in the app database only), so nothing there runs the scheduler, the snapshots or the counts: failing,
    whatever the instant."""
    beat(conn, "w-1", T)
    assert not ok(health(conn, T), "cron_jobs")


def test_a_worker_error_that_belongs_to_no_team_still_fails_the_operators_check(conn: Conn) -> None:
    """README: `recent_errors` fails when "the last hour has more worker_logs errors … than allowed", with no
    team named. Reading: an error the worker logged without a team (a queue message given up, a platform
    failure) is still an error of the last hour in what the operator reads from worker.health_check."""
    team(conn, "Acme")
    _log_error(conn, None, T - 10 * MIN)
    assert not ok(health(conn, T), "recent_errors")
    assert ok(health(conn, T + 51 * MIN), "recent_errors")


# Team checks -----------------------------------------------------------------------------------------------------


def test_a_mailbox_needing_reauth_fails_listed_by_id_and_team_and_comes_back_when_reconnected(conn: Conn) -> None:
    """README: `mailboxes_needing_reauth` fails when "a mailbox is in needs_reauth (listed by id and team)";
    reconnecting it (worker.connect_mailbox brings a needs_reauth one back to active) clears it."""
    acme = team(conn, "Acme")
    assert ok(health(conn, T), "mailboxes_needing_reauth")
    conn.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T))
    report = health(conn, T + MIN)
    assert not ok(report, "mailboxes_needing_reauth")
    listed = json.dumps(check(report, "mailboxes_needing_reauth"))
    assert str(acme.mailbox_id) in listed and str(acme.team_id) in listed
    conn.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)",
        (acme.team_id, acme.owner_id, acme.address, T + 10 * MIN),
    )
    assert ok(health(conn, T + 11 * MIN), "mailboxes_needing_reauth")


def test_a_subscription_expiring_within_12_hours_fails_until_it_is_renewed(conn: Conn) -> None:
    """README: `subscriptions_expiring` fails when "an active Graph subscription or Gmail watch of a working
    mailbox expires within 12 hours". 12 h 05 left passes; 11 h 55 left fails; a renewal clears it."""
    acme = team(conn, "Acme")
    conn.execute(
        "select worker.register_provider_subscription(%s, 'sub-1', 'me/mailFolders/inbox/messages', 'cs-1', %s)",
        (acme.mailbox_id, T + 12 * HOUR + 5 * MIN),
    )
    assert ok(health(conn, T), "subscriptions_expiring")
    assert not ok(health(conn, T + 10 * MIN), "subscriptions_expiring")
    conn.execute("select worker.renew_provider_subscription('sub-1', %s)", (T + 3 * DAY,))
    assert ok(health(conn, T + 10 * MIN), "subscriptions_expiring")


def test_removed_subscriptions_and_those_of_a_disconnected_mailbox_do_not_fail_the_check(conn: Conn) -> None:
    """README: only "an active … subscription … of a working mailbox" counts. A removed subscription, and one of
    a mailbox an operator disconnected, expiring within the hour, leave the check passing (reading: a
    disconnected mailbox is not a working one; its subscriptions are being stopped)."""
    acme = team(conn, "Acme")
    gone = add_mailbox(conn, acme.team_id, acme.owner_id, "leaver@acme.test")
    conn.execute(
        "select worker.register_provider_subscription(%s, 'sub-removed', 'inbox', 'cs-1', %s)",
        (acme.mailbox_id, T + HOUR),
    )
    conn.execute("select worker.remove_provider_subscription('sub-removed', 'replaced')")
    conn.execute(
        "select worker.register_provider_subscription(%s, 'sub-leaver', 'inbox', 'cs-2', %s)",
        (gone.mailbox_id, T + HOUR),
    )
    conn.execute("select worker.disconnect_mailbox_as_operator(%s, 'left the firm', 'ops', %s)", (gone.mailbox_id, T))
    assert ok(health(conn, T + MIN), "subscriptions_expiring")


def _log_error(conn: Conn, team_id: uuid.UUID | None, at: dt.datetime, level: str = "error", text: str = "x") -> None:
    conn.execute(
        "insert into public.worker_logs (team_id, level, message, created_at) values (%s, %s, %s, %s)",
        (team_id, level, text, at),
    )


def test_one_worker_error_in_the_last_hour_fails_and_stops_counting_after_the_hour(conn: Conn) -> None:
    """README: `recent_errors` fails when "the last hour has more worker_logs errors plus new dead letters than
    allowed" (`max_errors_per_hour`, 0). A warning is no error; one error 30 minutes old fails; 61 minutes old it
    no longer counts."""
    acme = team(conn, "Acme")
    _log_error(conn, acme.team_id, T - 30 * MIN, level="warning")
    assert ok(health(conn, T), "recent_errors")
    _log_error(conn, acme.team_id, T - 30 * MIN)
    assert not ok(health(conn, T), "recent_errors")
    assert ok(health(conn, T + 31 * MIN), "recent_errors")


def test_new_dead_letters_count_with_errors_against_the_allowance(conn: Conn) -> None:
    """README: errors "plus new dead letters" against `max_errors_per_hour`. Allowance 1: one error passes; a
    dead letter set aside 10 minutes ago makes two and fails; 52 minutes later the dead letter is 62 minutes old
    (no longer new) and the error 57 minutes old: one, passing again."""
    acme = team(conn, "Acme")
    conn.execute("update private.health_settings set max_errors_per_hour = 1")
    _log_error(conn, acme.team_id, T - 5 * MIN)
    assert ok(health(conn, T), "recent_errors")
    conn.execute(
        "select worker.record_dead_letter(%s, 'pm-poison', 'inbox', 'ingest', '22023', 'bad instant', %s)",
        (acme.mailbox_id, T - 10 * MIN),
    )
    assert not ok(health(conn, T), "recent_errors")
    assert ok(health(conn, T + 52 * MIN), "recent_errors")


# Snapshots, teams and who reads what -----------------------------------------------------------------------------


def test_a_snapshot_keeps_each_teams_trouble_with_that_team_and_out_of_the_platform_row(conn: Conn) -> None:
    """README: the snapshot "records the platform's checks in health_snapshots (no team's data …) and, for each
    team with a failing team check, that team's checks in health_snapshot_teams". Acme needs a reauth, Bravo had a
    worker error, Calm is fine: two team rows, each failing its own check only, none for Calm, and the platform
    row names no team, no mailbox and no team check."""
    acme, bravo, calm = team(conn, "Acme"), team(conn, "Bravo"), team(conn, "Calm")
    conn.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T - MIN))
    _log_error(conn, bravo.team_id, T - 10 * MIN)
    snapshot_id = snapshot(conn, T)
    assert snapshot_id is not None
    rows = conn.execute(
        "select team_id, healthy, checks from public.health_snapshot_teams where snapshot_id = %s", (snapshot_id,)
    ).fetchall()
    by_team = {r[0]: (r[1], r[2]) for r in rows}
    assert set(by_team) == {acme.team_id, bravo.team_id}
    assert by_team[acme.team_id][0] is False and by_team[bravo.team_id][0] is False
    assert failing_names(by_team[acme.team_id][1]) == {"mailboxes_needing_reauth"}
    assert failing_names(by_team[bravo.team_id][1]) == {"recent_errors"}
    assert str(acme.mailbox_id) not in json.dumps(by_team[bravo.team_id][1])
    platform = conn.execute("select checks from public.health_snapshots where id = %s", (snapshot_id,)).fetchone()
    assert platform is not None
    text = json.dumps(platform[0])
    for secret in (acme.team_id, bravo.team_id, calm.team_id, acme.mailbox_id):
        assert str(secret) not in text
    names = {c["name"] for c in platform[0]}
    assert not names & {"mailboxes_needing_reauth", "subscriptions_expiring", "recent_errors"}


def test_health_history_shows_an_admin_their_own_team_only_and_members_nothing(conn: Conn) -> None:
    """README: "Admins read health_history: one row per snapshot and team they administer; members and other
    teams see nothing of a team's." Acme's admin sees Acme's failing check; Bravo's admin sees only Bravo rows,
    without Acme's check nor its mailbox; an Acme member and anon see nothing; nor can Bravo's admin read Acme's
    row of health_snapshot_teams."""
    acme, bravo = team(conn, "Acme"), team(conn, "Bravo")
    acme_admin = add_member(conn, acme.team_id, "admin@acme.test", "admin")
    acme_member = add_member(conn, acme.team_id, "member@acme.test", "member")
    bravo_admin = add_member(conn, bravo.team_id, "admin@bravo.test", "admin")
    conn.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T - MIN))
    assert snapshot(conn, T) is not None
    assert snapshot(conn, T + 5 * MIN) is not None

    mine = history_as(conn, acme_admin)
    assert len(mine) == 2 and {r["team_id"] for r in mine} == {acme.team_id}
    assert all(r["healthy"] is False and "mailboxes_needing_reauth" in failing_names(r["checks"]) for r in mine)

    theirs = history_as(conn, bravo_admin)
    assert len(theirs) == 2 and {r["team_id"] for r in theirs} == {bravo.team_id}
    assert all("mailboxes_needing_reauth" not in failing_names(r["checks"]) for r in theirs)
    assert str(acme.mailbox_id) not in json.dumps([r["checks"] for r in theirs])

    assert history_as(conn, acme_member) == []
    with acting_as(conn, "authenticated", bravo_admin):
        rows = conn.execute("select team_id from public.health_snapshot_teams where team_id = %s", (acme.team_id,))
        assert rows.fetchall() == []
    with acting_as(conn, "anon"):
        try:
            seen = conn.execute("select count(*) from public.health_history").fetchone()
        except psycopg.errors.InsufficientPrivilege:
            seen = (0,)
    assert seen == (0,)


def test_an_admin_of_two_teams_reads_one_row_per_snapshot_and_team(conn: Conn) -> None:
    """README: "Admins read health_history: one row per snapshot and team they administer"; health_snapshots
    hold no team's data, so "every team admin may read them". An admin of Acme and Bravo reads two rows per
    snapshot, each team's own failing checks on its row; the platform rows are readable by Bravo's admin."""
    acme, bravo = team(conn, "Acme"), team(conn, "Bravo")
    both = add_member(conn, acme.team_id, "chief@acme.test", "admin")
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'admin')", (bravo.team_id, both)
    )
    bravo_admin = add_member(conn, bravo.team_id, "admin@bravo.test", "admin")
    conn.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T - MIN))
    snapshot(conn, T)
    snapshot(conn, T + 5 * MIN)
    rows = history_as(conn, both)
    assert sorted((r["taken_at"], str(r["team_id"])) for r in rows) == sorted(
        (at, str(t)) for at in (T, T + 5 * MIN) for t in (acme.team_id, bravo.team_id)
    )
    for r in rows:
        assert ("mailboxes_needing_reauth" in failing_names(r["checks"])) == (r["team_id"] == acme.team_id)
    with acting_as(conn, "authenticated", bravo_admin):
        assert conn.execute("select count(*) from public.health_snapshots").fetchone() == (2,)


def test_only_the_service_role_may_run_the_full_health_check(conn: Conn) -> None:
    """README: `worker.health_check` is "service role only": it lists every team's mailboxes, so a signed-in
    admin (or anon) calling it is refused (42501)."""
    acme = team(conn, "Acme")
    admin = add_member(conn, acme.team_id, "admin@acme.test", "admin")
    for role, user in (("authenticated", admin), ("anon", None)):
        with pytest.raises(psycopg.Error) as refused, acting_as(conn, role, user):
            conn.execute("select worker.health_check(%s)", (T,))
        assert sqlstate(refused.value) == "42501", role


def test_snapshots_are_kept_30_days_and_taken_once_per_instant(conn: Conn) -> None:
    """README: the snapshot job "deletes snapshots older than 30 days (snapshot_keep)"; its comment: "Returns the
    snapshot id (null when one exists at p_at already)". A snapshot 29 days old stays; 31 days old it is gone;
    the same instant twice records one snapshot."""
    first = snapshot(conn, T)
    assert first is not None
    assert snapshot(conn, T) is None
    assert conn.execute("select count(*) from public.health_snapshots where taken_at = %s", (T,)).fetchone() == (1,)
    assert snapshot(conn, T + 29 * DAY) is not None
    assert conn.execute("select count(*) from public.health_snapshots where id = %s", (first,)).fetchone() == (1,)
    assert snapshot(conn, T + 31 * DAY) is not None
    assert conn.execute("select count(*) from public.health_snapshots where id = %s", (first,)).fetchone() == (0,)
    kept = conn.execute("select count(*) from public.health_snapshots where taken_at > %s", (T,)).fetchone()
    assert kept == (2,)


def test_health_output_never_carries_an_address_a_log_message_or_a_credential(conn: Conn) -> None:
    """README: "The report carries ids, counts, instants, host names and pids: never an address, a log message,
    a pg_cron error text or a credential." With every team check failing on purpose (a reauth whose error names
    a token, an expiring subscription with its client state, a worker error and a dead letter whose texts name
    a prospect and a token, a stored grant), neither the report nor the snapshot rows hold any of those texts."""
    acme = team(conn, "Acme")
    prospect = "paul.martin@client-patrimoine.fr"
    token = "ya29.SECRET-ACCESS-TOKEN-0123456789"
    conn.execute(
        "select worker.store_mailbox_credentials(%s, %s, 'k2-0011223344556677')",
        (acme.mailbox_id, b"SEALED-GRANT-BYTES-" + token.encode()),
    )
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, %s, %s)",
        (acme.mailbox_id, f"invalid_grant for {acme.address}: refresh_token={token}", T - MIN),
    )
    conn.execute(
        "select worker.register_provider_subscription(%s, 'sub-1', 'inbox', %s, %s)",
        (acme.mailbox_id, "clientstate-SECRET-42", T + HOUR),
    )
    _log_error(conn, acme.team_id, T - 5 * MIN, text=f"send to {prospect} failed, bearer {token}")
    conn.execute(
        "select worker.record_dead_letter(%s, 'pm-1', 'inbox', 'ingest', '22023', %s, %s)",
        (acme.mailbox_id, f"bad date in mail from {prospect}", T - 5 * MIN),
    )
    beat(conn, "w-1", T)
    report = health(conn, T)
    assert {"mailboxes_needing_reauth", "recent_errors"} <= set(report["failing"])
    snapshot(conn, T)
    stored = conn.execute(
        "select coalesce((select jsonb_agg(checks) from public.health_snapshots), '[]')"
        " || coalesce((select jsonb_agg(checks) from public.health_snapshot_teams), '[]')"
    ).fetchone()
    assert stored is not None
    for where, text in (("health_check", json.dumps(report)), ("snapshots", json.dumps(stored[0]))):
        for secret in (acme.address, prospect, token, "clientstate-SECRET-42", "SEALED-GRANT", "bad date in mail"):
            assert secret not in text, f"{where} shows {secret!r}"


# pg_cron (the app database, in a transaction rolled back) ---------------------------------------------------------


@pytest.fixture
def app(target: stack.Target) -> Iterator[Conn]:
    """The local app database, where pg_cron runs, inside one transaction that is always rolled back: the real
    jobs set inactive and the queues emptied there, so that only what the test adds is judged."""
    with psycopg.connect(target.url, autocommit=True) as connection, connection.transaction(force_rollback=True):
        connection.execute("set local statement_timeout = '20s'")
        connection.execute("update cron.job set active = false")
        drain_queues(connection)
        yield connection


def drain_queues(conn: Conn) -> None:
    """What the workers do between snapshots: take the queued messages away."""
    for (name,) in conn.execute("select queue_name from pgmq.list_queues()").fetchall():
        conn.execute(f'delete from pgmq."q_{name}"')


def cron_job(conn: Conn, name: str, schedule: str, runs: list[tuple[dt.datetime, str, str]]) -> int:
    """A job registered with pg_cron, and its run history: (start, status, return message) each."""
    row = conn.execute(
        "insert into cron.job (schedule, command, jobname, active) values (%s, 'select 1', %s, true) returning jobid",
        (schedule, name),
    ).fetchone()
    assert row is not None
    for start, status, message in runs:
        add_run(conn, row[0], start, status, message)
    return int(row[0])


def add_run(conn: Conn, jobid: int, start: dt.datetime, status: str, message: str = "1 row") -> None:
    conn.execute(
        "insert into cron.job_run_details (jobid, job_pid, database, username, command, status, return_message,"
        " start_time, end_time) values (%s, 4242, current_database(), current_user, 'select 1', %s, %s, %s, %s)",
        (jobid, status, message, start, start + SEC),
    )


def test_cron_every_minute_job_fails_three_missed_minutes_after_its_last_start(app: Conn) -> None:
    """README: `cron_jobs` fails when an active job "has not started for 3 of its intervals (read from its
    schedule: * * * * * 1 minute …)". Last start 2:50 ago passes, 3:10 ago fails, a new start clears it."""
    jobid = cron_job(app, "blind-every-minute", "* * * * *", [(T - 2 * MIN - 50 * SEC, "succeeded", "1 row")])
    assert ok(health(app, T), "cron_jobs")
    assert not ok(health(app, T + 20 * SEC), "cron_jobs")
    add_run(app, jobid, T + 30 * SEC, "succeeded")
    assert ok(health(app, T + 40 * SEC), "cron_jobs")


def test_cron_intervals_are_read_from_each_schedule(app: Conn) -> None:
    """README: "*/5 * * * * 5 minutes, a daily one a day", three of them missed fail. A */5 job last started 14
    minutes ago passes and 16 minutes ago fails; a daily job last started 2 days 23 hours ago passes and 3 days 1
    hour ago fails. A job that never ran is "reported (last_status null) but not failing" (Known limits); an
    inactive job is not judged."""
    cron_job(app, "blind-never-ran", "* * * * *", [])
    cron_job(app, "blind-inactive", "* * * * *", [(T - 5 * DAY, "failed", "boom")])
    app.execute("update cron.job set active = false where jobname = 'blind-inactive'")
    five = cron_job(app, "blind-five", "*/5 * * * *", [(T - 14 * MIN, "succeeded", "1 row")])
    daily = cron_job(app, "blind-daily", "41 3 * * *", [(T - 2 * DAY - 23 * HOUR, "succeeded", "1 row")])
    assert ok(health(app, T), "cron_jobs")
    assert not ok(health(app, T + 2 * MIN), "cron_jobs")  # the */5 job: 16 minutes
    add_run(app, five, T + 3 * MIN, "succeeded")
    assert ok(health(app, T + 4 * MIN), "cron_jobs")
    app.execute("delete from cron.job_run_details where jobid = %s", (daily,))
    add_run(app, daily, T + 4 * MIN - 3 * DAY - HOUR, "succeeded")
    assert not ok(health(app, T + 4 * MIN), "cron_jobs")


def test_cron_job_whose_last_run_failed_fails_until_a_run_succeeds_without_its_error_text(app: Conn) -> None:
    """README: `cron_jobs` fails when "an active pg_cron job's last run failed", and the report never carries "a
    pg_cron error text". A run that failed a minute ago fails the check without its message; the next run that
    succeeds clears it."""
    error = "ERROR: password authentication failed for user svc-SECRET-cron"
    jobid = cron_job(app, "blind-flaky", "* * * * *", [(T - 2 * MIN, "succeeded", "1 row"), (T - MIN, "failed", error)])
    report = health(app, T)
    assert not ok(report, "cron_jobs")
    assert "svc-SECRET-cron" not in json.dumps(report)
    add_run(app, jobid, T + 10 * SEC, "succeeded")
    assert ok(health(app, T + 20 * SEC), "cron_jobs")


# health.degraded (the app database, where the platform can be made healthy) --------------------------------------


def _as_admin(conn: Conn, user_id: uuid.UUID, query: str, *args: Any) -> Any:
    """A Data API request inside the test's outer transaction (acting_as would end it): role and claims set
    locally, then put back."""
    claims = {"role": "authenticated", "sub": str(user_id), "aud": "authenticated"}
    conn.execute("set local role authenticated")
    conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
    try:
        row = conn.execute(query, args).fetchone()
    finally:
        conn.execute("set local role none")
        conn.execute("select set_config('request.jwt.claims', '', true)")
    return row[0] if row else None


def degraded(conn: Conn, team_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = conn.execute(
        "select payload from public.webhook_deliveries where team_id = %s and event_type = 'health.degraded'"
        " order by created_at, id",
        (team_id,),
    ).fetchall()
    return [r[0] for r in rows]


def test_health_degraded_is_sent_once_per_turn_to_failing_and_only_to_that_team(app: Conn) -> None:
    """README: `health.degraded`: "a health snapshot turns failing for the team (data.failing: the check names),
    once per turn". With the platform healthy (a worker beating, no cron job due, queues drained between
    snapshots): a healthy snapshot sends nothing; Acme's mailbox needing reauth sends one naming
    mailboxes_needing_reauth; a second failing snapshot sends nothing more; recovery sends nothing; failing again
    sends the second. A second check failing while the team already fails is no new turn. Bravo, healthy,
    subscribed too, receives none, nor does an Acme endpoint that chose only email.replied; the payload names the
    failing checks (Acme's only: the platform is healthy) and no address."""
    acme, bravo = team(app, "Acme"), team(app, "Bravo")
    for mailbox in (acme, bravo):
        _as_admin(
            app,
            mailbox.owner_id,
            "select public.create_webhook_endpoint(%s, 'https://hooks.example.com/relance', %s)",
            mailbox.team_id,
            ["health.degraded"],
        )
    replies_only = _as_admin(
        app,
        acme.owner_id,
        "select public.create_webhook_endpoint(%s, 'https://crm.example.com/replies', %s)",
        acme.team_id,
        ["email.replied"],
    )

    def snap(at: dt.datetime) -> None:
        beat(app, "w-1", at)
        assert snapshot(app, at) is not None
        drain_queues(app)

    snap(T)
    assert degraded(app, acme.team_id) == []
    app.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T + 2 * MIN))
    snap(T + 5 * MIN)
    sent = degraded(app, acme.team_id)
    assert len(sent) == 1
    assert sent[0]["type"] == "health.degraded"
    assert set(sent[0]["data"]["failing"]) == {"mailboxes_needing_reauth"}
    assert str(sent[0]["data"]["team_id"]) == str(acme.team_id)
    assert acme.address not in json.dumps(sent[0])
    snap(T + 10 * MIN)
    assert len(degraded(app, acme.team_id)) == 1
    app.execute(
        "select worker.register_provider_subscription(%s, 'blind-sub', 'inbox', 'cs', %s)",
        (acme.mailbox_id, T + 2 * HOUR),
    )
    snap(T + 11 * MIN)  # subscriptions_expiring fails too: the team was failing already
    assert len(degraded(app, acme.team_id)) == 1
    app.execute("select worker.renew_provider_subscription('blind-sub', %s)", (T + 3 * DAY,))
    app.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)",
        (acme.team_id, acme.owner_id, acme.address, T + 12 * MIN),
    )
    snap(T + 15 * MIN)
    assert len(degraded(app, acme.team_id)) == 1
    app.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (acme.mailbox_id, T + 17 * MIN))
    snap(T + 20 * MIN)
    assert len(degraded(app, acme.team_id)) == 2
    assert degraded(app, bravo.team_id) == []
    to_replies = app.execute(
        "select count(*) from public.webhook_deliveries where endpoint_id = %s and event_type = 'health.degraded'",
        (replies_only["endpoint_id"],),
    ).fetchone()
    assert to_replies == (0,)


def test_the_platform_is_healthy_when_nothing_is_wrong(app: Conn) -> None:
    """The baseline every other verdict stands on: with a worker beating, the cron jobs that ran on time, the
    queues empty, no mailbox in trouble and no error, the report (checked_at: the instant asked for) is healthy,
    `failing` is empty, and every check the README lists is there."""
    cron_job(app, "blind-scheduler", "* * * * *", [(T - 30 * SEC, "succeeded", "1 row")])
    beat(app, "w-1", T - 10 * SEC)
    report = health(app, T)
    assert dt.datetime.fromisoformat(report["checked_at"]) == T
    assert report["healthy"] is True, report["failing"]
    assert report["failing"] == []
    assert {c["name"] for c in report["checks"]} >= {
        "database",
        "cron_jobs",
        "queues",
        "workers",
        "mailboxes_needing_reauth",
        "subscriptions_expiring",
        "recent_errors",
    }
