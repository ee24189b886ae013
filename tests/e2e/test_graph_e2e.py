"""Stories over real HTTP: sandbox (Graph) -> graph-webhook (Deno) -> Postgres -> worker process ->
sandbox. Each test names the rule it proves; the sandbox's clock is the engine's clock."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import time

import httpx
import psycopg

from relance.config import REPO_ROOT
from tests.e2e.conftest import E2E
from tests.e2e.helpers import ALICE, BOB


def tracked_email_sent(e2e: E2E) -> dict[str, object]:
    """Alice writes to Bob; the Sent Items notification reaches the worker, which starts tracking."""
    sent = e2e.send_tracked_email()
    e2e.notified(1)
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["active"]
    return sent


def test_r4_manual_followup_found_in_sent_items_reschedules(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=2)
    e2e.control.send_by_hand(ALICE, [BOB], "Just checking in.", in_reply_to=str(sent["internet_message_id"]))
    e2e.notified(2)
    e2e.worker("events")
    tracked = e2e.tracked()[0]
    assert (tracked["status"], tracked["manual_detected"], tracked["automatic_sent"]) == ("active", 1, 0)
    # The pending follow-up now counts from the manual one: Mon 10:00 + 4 working hours = Mon 14:00.
    assert tracked["next_due_at"].isoformat() == "2030-01-07T14:00:00+00:00"


def test_r5_a_reply_stops_and_nothing_is_sent(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=1)
    e2e.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", str(sent["internet_message_id"]), "Yes, Tuesday.")
    e2e.notified(2)
    e2e.advance(hours=4)
    e2e.schedule()
    e2e.worker()
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    assert e2e.sent_by_engine() == []


def test_r6_an_out_of_office_holds_the_followup(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    e2e.control.deliver_auto_reply(ALICE, BOB, str(sent["internet_message_id"]), until="2030-01-14")
    e2e.notified(2)
    e2e.worker("events")
    tracked = e2e.tracked()[0]
    assert tracked["status"] == "active"
    assert tracked["next_due_at"].isoformat() == "2030-01-15T11:00:00+00:00"
    e2e.advance(hours=4)
    assert e2e.schedule() == 0
    e2e.worker("send")
    assert e2e.sent_by_engine() == []


def test_r7_a_bounce_stops(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    e2e.control.deliver_bounce(ALICE, str(sent["internet_message_id"]))
    e2e.notified(2)
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["bounced"]


def test_r9_the_followup_is_sent_in_thread_and_its_copy_is_not_counted_as_manual(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    e2e.worker("send")
    engine = e2e.sent_by_engine()
    assert len(engine) == 1 and engine[0]["in_reply_to"] == sent["internet_message_id"]
    e2e.notified(2)  # the follow-up's copy in Sent Items comes back as a notification
    e2e.worker("events", "sync")
    tracked = e2e.tracked()[0]
    assert (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 0)


def test_r9_a_worker_killed_in_the_middle_of_a_send_does_not_send_twice(e2e: E2E) -> None:
    tracked_email_sent(e2e)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    # Hold the timeline table: the worker's completion (which writes an event) waits after Graph accepted
    # the send, inside its transaction. Then the worker is killed there, before COMMIT.
    with psycopg.connect(e2e.db_url) as blocker:
        blocker.execute("lock table public.events in share mode")
        args = [sys.executable, "-m", "relance.cli", "worker", "--once", "--loops", "send", "--now"]
        proc = subprocess.Popen(
            [*args, e2e.now().isoformat()], cwd=REPO_ROOT, env=e2e.process_env(), stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while not e2e.sent_by_engine() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert len(e2e.sent_by_engine()) == 1, "the worker never reached the send"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        blocker.rollback()
    e2e.killed_worker_gone()
    followup = e2e.followups()[0]
    assert followup["status"] == "sending" and followup["draft_id"]  # identity kept, outcome lost
    e2e.advance(minutes=6)  # the lease runs out; pg_cron hands it to another worker
    e2e.schedule()
    e2e.worker("send")
    assert len(e2e.sent_by_engine()) == 1
    assert e2e.followups()[0]["status"] == "sent"
    assert e2e.tracked()[0]["automatic_sent"] == 1


def test_r10_a_storm_of_429_loses_and_duplicates_nothing(e2e: E2E) -> None:
    sent = tracked_email_sent(e2e)
    for n in range(6):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.notified(7)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    # Throttling on every kind of call the pass makes: reading messages, the last look, createReply, send.
    e2e.control.inject_fault(r"/messages/[^/]+$", count=4, status=429, retry_after=1, method="GET")
    e2e.control.inject_fault(r"/messages$", count=2, status=429, retry_after=1, method="GET")
    e2e.control.inject_fault(r"/createReply$", count=1, status=503, retry_after=1, method="POST")
    e2e.control.inject_fault(r"/send$", count=2, status=429, retry_after=1, method="POST")
    done = e2e.worker("events", "send")
    assert "why=429" in done.stderr  # the storm was met, and waited out
    # A 503 on createReply (a POST, maybe executed) is not retried blindly: the follow-up backs off (R10).
    followup = e2e.followups()[0]
    assert followup["status"] == "scheduled" and "503" in followup["last_error"] and e2e.sent_by_engine() == []
    e2e.advance(minutes=1)
    assert e2e.schedule() == 1
    e2e.worker("events", "send")
    assert e2e.control.faults() == []
    inbound = e2e.conn.execute("select count(*), count(distinct internet_message_id) from public.messages"
                               " where direction = 'inbound'").fetchone()  # fmt: skip
    assert inbound == (6, 6)
    engine = e2e.sent_by_engine()
    assert len(engine) == 1 and engine[0]["in_reply_to"] == sent["internet_message_id"]


def test_an_expired_delta_token_recovers_every_message(e2e: E2E) -> None:
    tracked_email_sent(e2e)
    e2e.control.fault_notifications(drop=5)  # notifications lost: only delta sync can see these
    for n in range(5):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.control.expire_delta_tokens(ALICE)
    done = e2e.worker("sync")
    assert "synced 1" in done.stderr
    count = e2e.conn.execute("select count(*) from public.messages where direction = 'inbound'").fetchone()
    assert count == (5,)


def test_a_forged_notification_changes_nothing(e2e: E2E) -> None:
    tracked_email_sent(e2e)
    e2e.control.fault_notifications(drop=1)
    e2e.control.deliver_reply(ALICE, BOB, str(e2e.control.sent(ALICE)[0]["internet_message_id"]), "Real reply")
    reply = next(iter(e2e.control.graph_messages(ALICE, "inbox")))
    subscription = e2e.control.graph_subscriptions()[0]
    forged = {
        "value": [
            {
                "subscriptionId": subscription["id"],
                "subscriptionExpirationDateTime": subscription["expirationDateTime"],
                "changeType": "created",
                "clientState": "guessed-client-state",
                "resource": f"Users/x/Messages/{reply['id']}",
                "resourceData": {"@odata.type": "#Microsoft.Graph.Message", "id": reply["id"]},
                "tenantId": e2e.app["tenant_id"],
            }
        ]
    }
    before = e2e.queued_events()
    answer = httpx.post(e2e.webhook_url, json=forged, timeout=10)
    assert answer.status_code in (202, 200)
    assert e2e.queued_events() == before
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["active"]
    assert e2e.conn.execute("select count(*) from public.messages where direction = 'inbound'").fetchone() == (0,)


def test_subscription_removed_is_recreated_and_the_gap_resynced(e2e: E2E) -> None:
    tracked_email_sent(e2e)
    inbox = next(s for s in e2e.control.graph_subscriptions() if "inbox" in s["resource"].lower())
    e2e.control.trigger_lifecycle(inbox["id"], "subscriptionRemoved")
    sent = e2e.control.sent(ALICE)[0]
    e2e.control.deliver_reply(ALICE, BOB, sent["internet_message_id"], "Answer while unsubscribed")
    deadline = time.monotonic() + 20
    while e2e.queued_events() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    resources = sorted(s["resource"].lower() for s in e2e.control.graph_subscriptions())
    assert len(resources) == 2 and any("inbox" in r for r in resources)


def test_subscriptions_are_renewed_before_they_expire(e2e: E2E) -> None:
    """Subscriptions live 4,200 minutes; the worker renews (PATCH) those expiring within a day."""
    before = {s["id"]: s["expirationDateTime"] for s in e2e.control.graph_subscriptions()}
    assert len(before) == 2
    e2e.advance(hours=50)  # 20 hours left: inside the renewal window
    e2e.worker("renew")
    after = {s["id"]: s["expirationDateTime"] for s in e2e.control.graph_subscriptions()}
    assert set(after) == set(before)  # the same subscriptions, not new ones
    assert all(after[sid] > before[sid] for sid in before)
    stored = e2e.conn.execute(
        "select count(*) from private.provider_subscriptions where status = 'active' and expires_at > %s",
        (e2e.now() + dt.timedelta(hours=60),),
    ).fetchone()
    assert stored == (2,)
    # Past their original expiry (70 hours), Graph still holds them: nothing lapsed.
    e2e.advance(hours=25)
    assert {s["id"] for s in e2e.control.graph_subscriptions()} == set(before)
