"""Disconnecting and reconnecting a mailbox (issue 16, item 2).

In SQL, under RLS: its owner or a team admin disconnects it (public.disconnect_mailbox), nobody else; the
status, the reason, who and when, and the status before and after are on the timeline; tracking pauses and
the history stays; the provider cleanup is queued once. Then a worker, against the sandboxes over real HTTPS:
the Gmail watch stopped and the Google grant revoked (RFC 7009), the Graph subscriptions deleted, the sealed
grant deleted even while the provider is down, the failure visible and retried. Reconnecting (needs_reauth or
disconnected) resumes from the sync cursor without a backlog burst (R11)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httplib2
import psycopg
import pytest
from psycopg.types.json import Jsonb

from relance import db, subscriptions
from relance.disconnect import MailboxCleanup, google_revoke_uri
from relance.providers.retry import RetryPolicy
from relance.sandbox import RunningSandbox
from relance.sync import sync_gmail_mailbox
from relance.worker import EventConsumer, connect_gmail_mailbox
from tests.e2e.helpers import ALICE, BOB, TOPIC, GmailWorld, World, build_gmail_world, build_world
from tests.pg import acting_as
from tests.story import Story, outbound

PROSPECT = "marc.lefevre@lefevre-industrie.fr"
OTHER = "sophie.bernard@bernard-conseil.fr"
THIRD = "paul.girard@girard-associes.fr"


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Story:
    return Story(conn)


def mailbox_row(conn: psycopg.Connection[Any], mailbox_id: uuid.UUID) -> tuple[str, str | None]:
    row = conn.execute("select status::text, status_reason from public.mailboxes where id = %s", (mailbox_id,))
    found = row.fetchone()
    assert found is not None
    return found[0], found[1]


def cleanups_queued(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    return [r[0] for r in conn.execute("select message from pgmq.q_mailbox_cleanup order by msg_id").fetchall()]


def events(conn: psycopg.Connection[Any], mailbox_id: uuid.UUID, kind: str) -> list[tuple[str, dict[str, Any]]]:
    rows = conn.execute(
        "select reason, details from public.events where mailbox_id = %s and kind = %s order by id", (mailbox_id, kind)
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def disconnect_as(story: Story, user: uuid.UUID, mailbox_id: uuid.UUID, reason: str | None = None) -> Any:
    with acting_as(story.conn, "authenticated", user, commit=True):
        row = story.conn.execute("select public.disconnect_mailbox(%s, %s)", (mailbox_id, reason)).fetchone()
    return row[0] if row else None


# In SQL, under RLS -------------------------------------------------------------------------------------------------


def test_the_owner_disconnects_their_mailbox_and_the_timeline_says_who_and_what_changed(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    counts = "select (select count(*) from public.messages), (select count(*) from public.tracked_emails)"
    history = story.conn.execute(counts).fetchone()
    assert disconnect_as(story, story.owner, story.mailbox_id, "  leaving the firm  ") is True
    assert mailbox_row(story.conn, story.mailbox_id) == ("disconnected", "leaving the firm")
    ((reason, details),) = events(story.conn, story.mailbox_id, "mailbox_disconnected")[:1]
    assert reason.startswith("claire@cabinet-durand.fr disconnected by a user: leaving the firm.")
    assert details["actor"] == str(story.owner) and details["via"] == "app"
    assert details["before"] == {"status": "active", "status_reason": None}
    assert details["after"] == {"status": "disconnected", "status_reason": "leaving the firm"}
    # The tracked email's own timeline says why it waits; history is kept, nothing is cancelled.
    assert story.timeline(sent)[-1] == (
        "mailbox_disconnected",
        "paused: claire@cabinet-durand.fr was disconnected (leaving the firm); reconnecting it resumes this follow-up",
    )
    assert story.conn.execute(counts).fetchone() == history
    assert story.tracked(sent)["status"] == "active" and story.due(sent) == "Mon 2026-11-23 13:00"
    (job,) = cleanups_queued(story.conn)
    assert job["mailbox_id"] == str(story.mailbox_id) and job["provider"] == "graph" and job["subscriptions"] == []
    # Once is enough: a second disconnect changes nothing and queues nothing.
    assert disconnect_as(story, story.owner, story.mailbox_id, "again") is False
    assert mailbox_row(story.conn, story.mailbox_id) == ("disconnected", "leaving the firm")
    assert len(cleanups_queued(story.conn)) == 1
    assert len(events(story.conn, story.mailbox_id, "mailbox_disconnected")) == 2  # the mailbox's and the email's


def test_a_team_admin_disconnects_a_members_mailbox(story: Story) -> None:
    admin = story.add_member("direction@cabinet-durand.fr", "admin")
    junior = story.add_member("junior@cabinet-durand.fr")
    box = story.add_mailbox("junior@cabinet-durand.fr", junior)
    assert disconnect_as(story, admin, box.mailbox_id) is True
    assert mailbox_row(story.conn, box.mailbox_id) == ("disconnected", "disconnected by a user")
    ((_, details),) = events(story.conn, box.mailbox_id, "mailbox_disconnected")
    assert details["actor"] == str(admin)


def test_another_member_another_team_and_anon_are_refused(story: Story) -> None:
    junior = story.add_member("junior@cabinet-durand.fr")
    other_team = Story(story.conn, address="nina@martin-avocats.fr", domains=("martin-avocats.fr",))
    for intruder in (junior, other_team.owner):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="no such mailbox, or not yours"):
            disconnect_as(story, intruder, story.mailbox_id)
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, "anon"):
        story.conn.execute("select public.disconnect_mailbox(%s)", (story.mailbox_id,))
    # A member cannot reach into the other team either, even as its owner's peer.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        disconnect_as(other_team, story.owner, other_team.mailbox_id)
    assert mailbox_row(story.conn, story.mailbox_id) == ("active", None)
    assert mailbox_row(story.conn, other_team.mailbox_id) == ("active", None)
    assert cleanups_queued(story.conn) == []


def test_a_reason_too_long_is_refused_and_changes_nothing(story: Story) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="p_reason: at most 500 characters"):
        disconnect_as(story, story.owner, story.mailbox_id, "x" * 501)
    assert mailbox_row(story.conn, story.mailbox_id) == ("active", None)
    assert cleanups_queued(story.conn) == []


def test_nothing_is_sent_from_a_disconnected_mailbox(story: Story) -> None:
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    story.send("Mon 2026-11-23 09:30", [OTHER], subject="B")
    assert story.tick("Mon 2026-11-23 13:00") == 1  # A is queued before the disconnection
    story.conn.execute(
        "select worker.disconnect_mailbox_as_operator(%s, 'left', 'ops', %s)",
        (story.mailbox_id, story.at("Mon 2026-11-23 13:10")),
    )
    assert [o["reason"] for o in story.work("Mon 2026-11-23 13:15")] == ["mailbox disconnected"]
    assert story.tick("Tue 2026-11-24 10:00") == 0
    assert story.work("Tue 2026-11-24 10:00") == []
    assert story.conn.execute("select count(*) from public.followups where status = 'sent'").fetchone() == (0,)
    pending = story.pending(a)
    assert pending is not None and pending["status"] == "scheduled"  # paused, not lost


def test_r11_reconnecting_a_needs_reauth_mailbox_sends_no_backlog_burst(story: Story) -> None:
    """Three follow-ups fall due while the grant is refused (Mon 12:00 to Tue 10:00, eight working hours):
    nothing is sent meanwhile, nothing at the reconnection, and each goes a full interval after it."""
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    b = story.send("Mon 2026-11-23 09:30", [OTHER], subject="B")
    c = story.send("Mon 2026-11-23 10:00", [THIRD], subject="C")
    assert (story.due(a), story.due(b), story.due(c)) == (
        "Mon 2026-11-23 13:00",
        "Mon 2026-11-23 13:30",
        "Mon 2026-11-23 14:00",
    )
    story.conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant: AADSTS50173', %s)",
        (story.mailbox_id, story.at("Mon 2026-11-23 12:00")),
    )
    for when in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 14:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 09:00"):
        assert story.tick(when) == 0, when
    story.conn.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)",
        (story.team_id, story.owner, story.address, story.at("Tue 2026-11-24 10:00")),
    )
    assert mailbox_row(story.conn, story.mailbox_id)[0] == "active"
    assert (story.due(a), story.due(b), story.due(c)) == ("Tue 2026-11-24 14:00",) * 3
    assert story.timeline(a)[-1] == (
        "rescheduled",
        "mailbox reconnected: overdue follow-up 1 moved to Tue 2026-11-24 14:00 Europe/Paris",
    )
    sent_at: dict[str, list[str]] = {}
    for when in ("Tue 2026-11-24 10:00", "Tue 2026-11-24 11:00", "Tue 2026-11-24 13:59", "Tue 2026-11-24 14:00"):
        story.tick(when)
        sent_at[when] = [o["followup_id"] for o in story.work(when) if o.get("ok")]
    assert [len(v) for v in sent_at.values()] == [0, 0, 0, 3]
    ((_, details),) = [e for e in events(story.conn, story.mailbox_id, "mailbox_connected")][-1:]
    assert details["before"]["status"] == "needs_reauth" and details["after"] == {"status": "active"}
    assert details["overdue_rescheduled"] == 3
    assert story.violations() == []


def test_r11_reconnecting_a_disconnected_mailbox_resumes_what_it_paused(story: Story) -> None:
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    disconnect = "select worker.disconnect_mailbox_as_operator(%s, 'holiday cover', null, %s)"
    story.conn.execute(disconnect, (story.mailbox_id, story.at("Mon 2026-11-23 10:00")))
    assert story.tick("Wed 2026-11-25 10:00") == 0
    story.conn.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)",
        (story.team_id, story.owner, story.address, story.at("Thu 2026-11-26 09:00")),
    )
    assert story.due(a) == "Thu 2026-11-26 13:00"
    assert story.tick("Thu 2026-11-26 09:00") == 0
    assert story.tick("Thu 2026-11-26 13:00") == 1


def test_r11_mail_the_catch_up_reads_after_a_reconnection_waits_an_interval_from_it(story: Story) -> None:
    """The grant lapses Monday 09:00; Alice goes on writing from Outlook: a new email at 10:00 and, on Friday's
    tracked email, a nudge by hand at 11:00. The reconnection Tuesday 09:00 finds nothing overdue (the catch-up has
    not read them yet); the sync that follows tracks the email and counts the nudge, whose follow-ups fell due on
    Monday while the mailbox could not send: both wait one interval from the reconnection (Tue 13:00), as those the
    reconnection moved, instead of leaving at the next tick."""
    friday = story.send("Fri 2026-11-20 16:00", [OTHER], subject="Vendredi")
    story.conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant: AADSTS50173', %s)",
        (story.mailbox_id, story.at("Mon 2026-11-23 09:00")),
    )
    back = story.at("Tue 2026-11-24 09:00")
    story.conn.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)",
        (story.team_id, story.owner, story.address, back),
    )
    new = outbound(story.mailbox, [PROSPECT], sent_at=story.at("Mon 2026-11-23 10:00"), subject="Lundi")
    nudge = outbound(story.mailbox, [OTHER], sent_at=story.at("Mon 2026-11-23 11:00"), reply_to=friday)
    for message in (new, nudge):
        story.ingest(message, story.at("Tue 2026-11-24 09:01"))
    assert (story.due(new), story.due(friday)) == ("Tue 2026-11-24 13:00", "Tue 2026-11-24 13:00")
    assert story.tick("Tue 2026-11-24 09:02") == 0
    assert story.tick("Tue 2026-11-24 13:00") == 2
    assert story.violations() == []


def test_r11_mail_read_after_a_mailbox_resumes_waits_an_interval_from_the_resume(story: Story) -> None:
    """Paused for a day off, the mailbox resumes Wednesday 09:00; an email Alice wrote on Tuesday, read only now,
    would have been due Tuesday 14:00: it waits until Wednesday 13:00. One that falls due after the resume keeps its
    time, and a mailbox that never went away keeps a late-read email's own due time."""
    with acting_as(story.conn, "service_role", story.owner, commit=True) as c:
        c.execute("select public.pause_mailbox(%s, %s)", (story.mailbox_id, story.at("Tue 2026-11-24 08:00")))
        c.execute("select public.resume_mailbox(%s, %s)", (story.mailbox_id, story.at("Wed 2026-11-25 09:00")))
    tuesday = outbound(story.mailbox, [PROSPECT], sent_at=story.at("Tue 2026-11-24 10:00"), subject="Mardi")
    story.ingest(tuesday, story.at("Wed 2026-11-25 09:05"))
    assert story.due(tuesday) == "Wed 2026-11-25 13:00"
    morning = outbound(story.mailbox, [OTHER], sent_at=story.at("Wed 2026-11-25 08:30"), subject="Mercredi")
    story.ingest(morning, story.at("Wed 2026-11-25 09:06"))
    assert story.due(morning) == "Wed 2026-11-25 12:30"


def test_r11_mail_read_after_the_kill_switch_is_lifted_waits_an_interval_from_the_resume(story: Story) -> None:
    """An admin pulls the team's kill switch Monday 08:00 and lifts it Wednesday 09:00; Alice wrote to a client on
    Tuesday 10:00 and, on Friday's tracked email, nudged by hand on Tuesday 11:00, both read only after the resume
    (the sync lagged). Their follow-ups would have been due Tuesday 14:00 and 15:00, before the resume: each waits
    one interval from it (Wednesday 13:00), as those the resume moved, instead of leaving at the next tick. The
    mailbox itself never went away: only the team's resume moves them."""
    friday = story.send("Fri 2026-11-20 16:00", [OTHER], subject="Vendredi")
    with acting_as(story.conn, "service_role", story.owner, commit=True) as c:
        c.execute("select public.pause_team(%s, 'incident', %s)", (story.team_id, story.at("Mon 2026-11-23 08:00")))
        assert story.tick("Tue 2026-11-24 09:00") == 0
        c.execute("select public.resume_team(%s, %s)", (story.team_id, story.at("Wed 2026-11-25 09:00")))
    assert story.due(friday) == "Wed 2026-11-25 13:00"  # moved by the resume itself (R11)
    tuesday = outbound(story.mailbox, [PROSPECT], sent_at=story.at("Tue 2026-11-24 10:00"), subject="Mardi")
    nudge = outbound(story.mailbox, [OTHER], sent_at=story.at("Tue 2026-11-24 11:00"), reply_to=friday)
    for message in (tuesday, nudge):
        story.ingest(message, story.at("Wed 2026-11-25 09:05"))
    assert story.tracked(friday)["manual_detected"] == 1
    assert (story.due(tuesday), story.due(friday)) == ("Wed 2026-11-25 13:00", "Wed 2026-11-25 13:00")
    assert story.tick("Wed 2026-11-25 09:06") == 0
    assert story.tick("Wed 2026-11-25 13:00") == 2
    # One that falls due after the resume keeps its own time (R2).
    morning = outbound(story.mailbox, [THIRD], sent_at=story.at("Wed 2026-11-25 08:30"), subject="Mercredi")
    story.ingest(morning, story.at("Wed 2026-11-25 09:10"))
    assert story.due(morning) == "Wed 2026-11-25 12:30"
    assert story.violations() == []


def test_r11_a_mailbox_never_away_keeps_the_due_time_of_mail_read_late(story: Story) -> None:
    """Only a comeback moves what was due before it: a sync that reads Monday's email on Tuesday (a worker down
    overnight) plans it from its send, as R2 says, and the tick sends it (the mailbox could send all along)."""
    late = outbound(story.mailbox, [PROSPECT], sent_at=story.at("Mon 2026-11-23 10:00"), subject="Lundi")
    story.ingest(late, story.at("Tue 2026-11-24 09:00"))
    assert story.due(late) == "Mon 2026-11-23 14:00"
    assert story.tick("Tue 2026-11-24 09:01") == 1


# The worker against the sandboxes ---------------------------------------------------------------------------------


@pytest.fixture
def gmail(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[GmailWorld]:
    built = build_gmail_world(sandbox, db_url, conn)
    try:
        subscriptions.watch_gmail(built.worker_conn, built.gmail(), built.mailbox_id, TOPIC)
        built.send_tracked_email()
        sync_gmail_mailbox(built.worker_conn, built.gmail(), built.mailbox_id)
        yield built
    finally:
        built.worker_conn.close()


def quick(world: World) -> tuple[MailboxCleanup, list[float]]:
    waits: list[float] = []
    return MailboxCleanup(world.connector, RetryPolicy(attempts=2, sleep=waits.append)), waits


def sealed(world: World) -> int:
    query = "select count(*) from private.mailbox_credentials where mailbox_id = %s"
    row = world.conn.execute(query, (world.mailbox_id,))
    found = row.fetchone()
    return int(found[0]) if found else -1


def disconnect_world(world: World, reason: str = "leaving the firm") -> None:
    with acting_as(world.conn, "authenticated", world.owner_id, commit=True):
        assert world.conn.execute(
            "select public.disconnect_mailbox(%s, %s)", (world.mailbox_id, reason)
        ).fetchone() == (True,)


def test_gmail_disconnect_stops_the_watch_revokes_the_grant_and_deletes_it(
    gmail: GmailWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert gmail.control.gmail_watch(ALICE)["watch"]["topic"] == TOPIC
    history = gmail.conn.execute("select count(*) from public.messages where mailbox_id = %s", (gmail.mailbox_id,))
    kept = history.fetchone()
    disconnect_world(gmail)
    cleanup, _ = quick(gmail)
    assert cleanup.run_once() == 1
    assert gmail.control.gmail_watch(ALICE) == {"watch": None}
    grants = gmail.control.grants("google", ALICE)
    assert len(grants) == 1 and grants[0]["revoked_at"] is not None
    assert sealed(gmail) == 0
    ((reason, details),) = events(gmail.conn, gmail.mailbox_id, "mailbox_cleanup_done")
    assert details["steps"] == {"stored_grant": "deleted", "watch": "stopped", "google_grant": "revoked"}
    assert "provider cleanup of alice@contoso.com done" in reason
    assert gmail.conn.execute("select count(*) from pgmq.q_mailbox_cleanup").fetchone() == (0,)
    status = gmail.conn.execute(
        "select status from private.provider_subscriptions where mailbox_id = %s", (gmail.mailbox_id,)
    ).fetchall()
    assert status == [("removed",)]
    # History is kept: the messages and the tracked email are still there.
    assert (
        gmail.conn.execute("select count(*) from public.messages where mailbox_id = %s", (gmail.mailbox_id,)).fetchone()
        == kept
    )
    assert [t["status"] for t in gmail.tracked()] == ["active"]
    # The grant went to Google's revocation endpoint and nowhere else: no log line carries it.
    assert "cleanup mailbox=" in caplog.text and gmail.refresh_token not in caplog.text


def test_a_connected_mailbox_is_not_deleted_through_the_data_api_until_its_cleanup_took_the_grant(
    gmail: GmailWorld,
) -> None:
    """Deleting the row would cascade its grant away unrevoked and leave the watch running: refused, with what to do.
    Once disconnected and cleaned, the owner may delete it (and its history); the deletion is audited."""
    delete = "delete from public.mailboxes where id = %s returning id"
    with (
        pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="disconnect the mailbox first"),
        acting_as(gmail.conn, "authenticated", gmail.owner_id),
    ):
        gmail.conn.execute(delete, (gmail.mailbox_id,))
    gmail.conn.rollback()
    assert sealed(gmail) == 1
    disconnect_world(gmail)
    cleanup, _ = quick(gmail)
    assert cleanup.run_once() == 1
    assert gmail.control.grants("google", ALICE)[0]["revoked_at"] is not None
    with acting_as(gmail.conn, "authenticated", gmail.owner_id, commit=True):
        assert gmail.conn.execute(delete, (gmail.mailbox_id,)).fetchall() == [(gmail.mailbox_id,)]
    assert gmail.conn.execute(
        "select count(*) from public.messages where mailbox_id = %s", (gmail.mailbox_id,)
    ).fetchone() == (0,)
    audit = gmail.conn.execute(
        "select actor_id, before from public.audit_log where entity_type = 'mailbox' and action = 'deleted'"
        " and entity_id = %s",
        (str(gmail.mailbox_id),),
    ).fetchall()
    assert audit == [(gmail.owner_id, {"status": "disconnected", "provider": "gmail", "owner_id": str(gmail.owner_id)})]


def test_pushes_queued_before_the_disconnection_ingest_nothing(gmail: GmailWorld) -> None:
    gmail.control.deliver(ALICE, f"Bob Prospect <{BOB}>", "Late", "Queued just before")
    push = {"provider": "gmail", "mailbox_id": str(gmail.mailbox_id), "history_id": 10**9}
    gmail.conn.execute("select pgmq.send('provider_events', %s)", (Jsonb(push),))
    gmail.gmail()  # this worker holds a client from before, with the grant in memory
    inbound = "select count(*) from public.messages where mailbox_id = %s and direction = 'inbound'"
    before = gmail.conn.execute(inbound, (gmail.mailbox_id,)).fetchone()
    disconnect_world(gmail)
    assert EventConsumer(gmail.connector).run_once() == 1
    assert gmail.conn.execute(inbound, (gmail.mailbox_id,)).fetchone() == before
    assert gmail.conn.execute("select count(*) from pgmq.q_provider_events").fetchone() == (0,)


def test_gmail_reconnect_resumes_from_the_sync_cursor(gmail: GmailWorld) -> None:
    cursor = gmail.cursor()
    disconnect_world(gmail)
    quick(gmail)[0].run_once()
    gmail.control.deliver(ALICE, f"Bob Prospect <{BOB}>", "Question", "While you were away")
    grant = gmail.control.google_refresh_token(gmail.google.client_id, ALICE)["refresh_token"]
    again = db.connect_mailbox(gmail.worker_conn, gmail.team_id, gmail.owner_id, "gmail", ALICE, None, gmail.now())
    assert again == gmail.mailbox_id and mailbox_row(gmail.conn, again) == ("active", None)
    connect_gmail_mailbox(gmail.connector, again, ALICE, grant)
    subscriptions.watch_gmail(gmail.worker_conn, gmail.gmail(), again, TOPIC)
    assert gmail.control.gmail_watch(ALICE)["watch"] is not None
    report = gmail.connector.sync_gmail(again)
    assert report is not None and report.resyncs == [] and report.ingested == 1  # from the cursor, not a backfill
    assert cursor is not None and (gmail.cursor() or 0) > cursor


def test_gmail_provider_down_the_grant_is_deleted_all_the_same_and_the_cleanup_retried(gmail: GmailWorld) -> None:
    gmail.control.inject_fault(path=r"/gmail/v1/users/[^/]+/stop", count=10, status=503, retry_after=None)
    gmail.control.inject_fault(path=r"^/revoke$", count=10, status=503, retry_after=None)
    disconnect_world(gmail)
    cleanup, waits = quick(gmail)
    assert cleanup.run_once(visibility_seconds=0) == 1
    assert sealed(gmail) == 0  # dropped before the provider was asked anything
    ((reason, details),) = events(gmail.conn, gmail.mailbox_id, "mailbox_cleanup_failed")
    assert reason.startswith("the provider cleanup failed (attempt 1; retried later; the stored grant is deleted)")
    assert details["steps"] == {"stored_grant": "deleted", "watch": "failed", "google_grant": "failed"}
    logs = gmail.conn.execute(
        "select level, message from public.worker_logs where mailbox_id = %s", (gmail.mailbox_id,)
    ).fetchall()
    assert [level for level, _ in logs] == ["warning"] and "disconnecting alice@contoso.com" in logs[0][1]
    assert gmail.control.gmail_watch(ALICE)["watch"] is not None and len(waits) == 2
    assert gmail.conn.execute("select count(*) from pgmq.q_mailbox_cleanup").fetchone() == (1,)
    gmail.control.clear_faults()
    assert cleanup.run_once(visibility_seconds=0) == 1  # the queue's next delivery
    assert gmail.control.gmail_watch(ALICE) == {"watch": None}
    assert all(g["revoked_at"] for g in gmail.control.grants("google", ALICE))
    ((_, done),) = events(gmail.conn, gmail.mailbox_id, "mailbox_cleanup_done")
    assert done["steps"] == {"stored_grant": "already deleted", "watch": "stopped", "google_grant": "revoked"}
    assert done["attempt"] == 2
    assert gmail.conn.execute("select count(*) from pgmq.q_mailbox_cleanup").fetchone() == (0,)


def test_a_retry_in_a_worker_that_never_held_the_grant_is_recorded_incomplete(gmail: GmailWorld) -> None:
    gmail.control.inject_fault(path=r"/gmail/v1/users/[^/]+/stop", count=10, status=503, retry_after=None)
    disconnect_world(gmail)
    quick(gmail)[0].run_once(visibility_seconds=0)
    another, _ = quick(gmail)  # another process: the deleted grant is not in its memory
    assert another.run_once(visibility_seconds=0) == 1
    ((reason, _),) = events(gmail.conn, gmail.mailbox_id, "mailbox_cleanup_incomplete")
    assert "this worker does not hold it" in reason and "the Gmail watch lapses within 7 days" in reason
    assert sealed(gmail) == 0
    assert gmail.conn.execute("select count(*) from pgmq.q_mailbox_cleanup").fetchone() == (0,)


def test_a_mailbox_reconnected_before_its_cleanup_keeps_its_grant(gmail: GmailWorld) -> None:
    disconnect_world(gmail)
    db.connect_mailbox(gmail.worker_conn, gmail.team_id, gmail.owner_id, "gmail", ALICE, None, gmail.now())
    quick(gmail)[0].run_once()
    assert sealed(gmail) == 1 and gmail.control.gmail_watch(ALICE)["watch"] is not None
    assert not any(g["revoked_at"] for g in gmail.control.grants("google", ALICE))
    assert len(events(gmail.conn, gmail.mailbox_id, "mailbox_cleanup_skipped")) == 1


def test_the_sandbox_revocation_endpoint_speaks_rfc_7009(gmail: GmailWorld) -> None:
    http = httplib2.Http(ca_certs=gmail.google.ca_bundle)
    uri = google_revoke_uri(gmail.google.token_uri)
    assert uri == gmail.sandbox.url + "/revoke"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    first, _ = http.request(uri, "POST", body=f"token={gmail.refresh_token}", headers=form)
    again, body = http.request(uri, "POST", body=f"token={gmail.refresh_token}", headers=form)
    assert (first.status, again.status) == (200, 400) and b"invalid_token" in body
    # The grant is gone: the refresh token no longer mints access tokens.
    token = {"client_id": gmail.google.client_id, "client_secret": gmail.google.client_secret}
    refused, _ = http.request(
        gmail.google.token_uri, "POST", headers=form,
        body="&".join(f"{k}={v}" for k, v in {**token, "grant_type": "refresh_token",
                                                "refresh_token": gmail.refresh_token}.items()),
    )  # fmt: skip
    assert refused.status == 400


# Graph ------------------------------------------------------------------------------------------------------------


class _Validator(BaseHTTPRequestHandler):
    """A notification endpoint that passes Graph's validation handshake (echo validationToken) and accepts."""

    def do_POST(self) -> None:
        token = parse_qs(urlsplit(self.path).query).get("validationToken", [""])[0]
        self.rfile.read(int(self.headers.get("content-length") or 0))
        body = token.encode()
        self.send_response(200 if token else 202)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def graph(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Validator)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    built = build_world(sandbox, db_url, conn)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/graph"
        client = built.connector.client(built.mailbox_id, ALICE)
        subscriptions.subscribe_all(built.worker_conn, client, built.mailbox_id, url, built.now())
        yield built
    finally:
        built.worker_conn.close()
        server.shutdown()
        server.server_close()


def test_relance_disconnect_deletes_the_graph_subscriptions_and_the_grant(graph: World) -> None:
    assert len(graph.control.graph_subscriptions()) == 2
    args = ["disconnect", ALICE, "--reason", "left the firm", "--by", "ops-anna", "--now", graph.now().isoformat()]
    done = subprocess.run(
        [sys.executable, "-m", "relance.cli", *args],
        env={**os.environ, **graph.env()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == str(graph.mailbox_id)
    assert "disconnected alice@contoso.com" in done.stderr and "1 queued cleanup(s) handled" in done.stderr
    assert graph.control.graph_subscriptions() == []
    assert sealed(graph) == 0
    assert mailbox_row(graph.conn, graph.mailbox_id) == ("disconnected", "left the firm")
    ((reason, details),) = events(graph.conn, graph.mailbox_id, "mailbox_disconnected")
    assert "disconnected by an operator (ops-anna): left the firm" in reason
    assert details["via"] == "operator" and details["operator"] == "ops-anna" and details["actor"] is None
    ((_, cleanup),) = events(graph.conn, graph.mailbox_id, "mailbox_cleanup_done")
    assert cleanup["steps"] == {
        "stored_grant": "deleted",
        "subscriptions": "2 deleted",
        "revocation": "not offered by Microsoft",
    }
    assert "myapps.microsoft.com" in cleanup["revocation"]
    # Again: already disconnected, said so, nothing queued.
    again = subprocess.run(
        [sys.executable, "-m", "relance.cli", "disconnect", str(graph.mailbox_id), "--no-cleanup"],
        env={**os.environ, **graph.env()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0 and "was already disconnected" in again.stderr
    assert graph.conn.execute("select count(*) from pgmq.q_mailbox_cleanup").fetchone() == (0,)


def _subscriptions_recorded(world: World) -> dict[str, str]:
    rows = world.conn.execute(
        "select external_id, status::text from private.provider_subscriptions where mailbox_id = %s",
        (world.mailbox_id,),
    ).fetchall()
    return dict(rows)


def _connect_again(world: World, url: str) -> subprocess.CompletedProcess[str]:
    refresh = world.control.graph_refresh_token(world.app["client_id"], ALICE)["refresh_token"]
    args = ["connect", "graph", "--address", ALICE, "--team", str(world.team_id), "--owner", str(world.owner_id)]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "relance.cli",
            *args,
            "--refresh-token-stdin",
            "--no-sync",
            "--now",
            world.now().isoformat(),
        ],
        input=refresh,
        env={**os.environ, **world.env(), "GRAPH_WEBHOOK_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_reconnecting_a_graph_mailbox_keeps_one_subscription_per_folder(graph: World) -> None:
    # Alice's grant lapses (needs_reauth) and, meanwhile, Graph drops her Sent Items subscription. She connects
    # again with `relance connect`: her Inbox subscription, still alive at Graph, is renewed under the new grant
    # (same id, a later expiry), the lost one is recorded as removed and replaced: one subscription per folder,
    # never two notifying each change twice. Connecting once more creates nothing.
    before = {s["resource"].lower(): s for s in graph.control.graph_subscriptions()}
    assert len(before) == 2
    inbox = next(s for r, s in before.items() if "inbox" in r)
    sent = next(s for r, s in before.items() if "sentitems" in r)
    url = inbox["notificationUrl"]
    db.mailbox_needs_reauth(graph.conn, graph.mailbox_id, "invalid_grant", graph.now())
    graph.connector.client(graph.mailbox_id, ALICE).delete_subscription(sent["id"])  # Graph's side only
    graph.control.advance_clock(hours=30)

    done = _connect_again(graph, url)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "(1 renewed, 1 created)" in done.stderr
    after = {s["resource"].lower(): s for s in graph.control.graph_subscriptions()}
    assert sorted(after) == sorted(before), "one subscription per folder at Graph"
    new_inbox = next(s for r, s in after.items() if "inbox" in r)
    new_sent = next(s for r, s in after.items() if "sentitems" in r)
    assert new_inbox["id"] == inbox["id"] and new_inbox["expirationDateTime"] > inbox["expirationDateTime"]
    assert new_sent["id"] != sent["id"]
    assert _subscriptions_recorded(graph) == {inbox["id"]: "active", sent["id"]: "removed", new_sent["id"]: "active"}
    assert mailbox_row(graph.conn, graph.mailbox_id)[0] == "active"

    again = _connect_again(graph, url)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "(2 renewed, 0 created)" in again.stderr
    assert {s["id"] for s in graph.control.graph_subscriptions()} == {inbox["id"], new_sent["id"]}


def test_a_second_subscription_left_on_a_folder_is_deleted_at_reconnection(graph: World) -> None:
    # Connections made before this fix subscribed again beside the old subscriptions: the next connection keeps
    # the latest on each folder and deletes the other at Graph.
    first = {s["id"] for s in graph.control.graph_subscriptions()}
    url = graph.control.graph_subscriptions()[0]["notificationUrl"]
    graph.control.advance_clock(minutes=5)
    client = graph.connector.client(graph.mailbox_id, ALICE)
    second = set(subscriptions.subscribe_all(graph.worker_conn, client, graph.mailbox_id, url, graph.now()))
    assert len(graph.control.graph_subscriptions()) == 4

    done = _connect_again(graph, url)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {s["id"] for s in graph.control.graph_subscriptions()} == second
    recorded = _subscriptions_recorded(graph)
    assert {i for i, status in recorded.items() if status == "active"} == second
    assert {i for i, status in recorded.items() if status == "removed"} == first


def test_relance_disconnect_names_an_unknown_mailbox_clearly(graph: World) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relance.cli", "disconnect", "nobody@contoso.com"],
        env={**os.environ, **graph.env()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "error: no mailbox nobody@contoso.com" in done.stderr
    assert "Traceback" not in done.stderr
    assert mailbox_row(graph.conn, graph.mailbox_id) == ("active", None)
