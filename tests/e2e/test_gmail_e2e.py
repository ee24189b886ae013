"""Stories over real HTTP: Gmail sandbox -> Pub/Sub push -> gmail-push (Deno) -> Postgres -> worker
process (``relance worker --once``) -> Gmail sandbox. Each test names the rule it proves; the sandbox's
clock is the engine's clock."""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import time

import httpx
import psycopg

from relance.config import REPO_ROOT
from tests.e2e.conftest import PUSH_AUDIENCE, GmailE2E
from tests.e2e.helpers import ALICE, BOB

CAROL = "carol@gone.example"


def tracked_email_sent(e2e: GmailE2E) -> dict[str, object]:
    """Alice writes to Bob from Gmail; the push reaches the worker, whose history sync starts tracking."""
    pushes = len([d for d in e2e.control.deliveries() if d["kind"] == "gmail.push"])
    sent = e2e.send_tracked_email()
    e2e.pushed(pushes + 1)
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["active"]
    return sent


def push_count(e2e: GmailE2E) -> int:
    return len([d for d in e2e.control.deliveries() if d["kind"] == "gmail.push" and d["ok"]])


def inbound(e2e: GmailE2E) -> tuple[int, int]:
    row = e2e.conn.execute(
        "select count(*), count(distinct internet_message_id) from public.messages where direction = 'inbound'"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def test_r4_a_manual_followup_sent_from_gmail_reschedules(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=2)
    before = push_count(e2e)
    e2e.control.send_by_hand(ALICE, [BOB], "Just checking in.", in_reply_to=str(sent["internet_message_id"]))
    e2e.pushed(before + 1)
    e2e.worker("events")
    tracked = e2e.tracked()[0]
    assert (tracked["status"], tracked["manual_detected"], tracked["automatic_sent"]) == ("active", 1, 0)
    # The pending follow-up now counts from the manual one: Mon 10:00 + 4 working hours = Mon 14:00.
    assert tracked["next_due_at"].isoformat() == "2030-01-07T14:00:00+00:00"


def test_r5_a_reply_stops_and_nothing_is_sent(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=1)
    before = push_count(e2e)
    e2e.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", str(sent["internet_message_id"]), "Yes.", client="other")
    e2e.pushed(before + 1)
    e2e.advance(hours=4)
    e2e.schedule()
    e2e.worker()
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    assert e2e.sent_by_engine() == []


def test_r6_an_out_of_office_holds_and_r7_a_bounce_stops(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    first = tracked_email_sent(e2e)
    # The second proposal goes to Carol, whose address no longer exists (a bounce about Bob would stop both
    # tracked emails to him: R8, nothing is scheduled for an undeliverable address).
    second = dict(e2e.control.send_by_hand(ALICE, [f"Carol Prospect <{CAROL}>"], "Une proposition", "Second proposal"))
    e2e.control.deliver_auto_reply(ALICE, BOB, str(first["internet_message_id"]), until="2030-01-14")
    e2e.control.deliver_bounce(ALICE, str(second["internet_message_id"]), recipients=[CAROL])
    e2e.worker("events", "sync")
    proposal, bounced = e2e.tracked()
    # R6: Bob is away, his proposal held; the bounce stops Carol's (R7).
    assert proposal["status"] == "active" and bounced["status"] == "bounced"
    assert proposal["next_due_at"].isoformat() == "2030-01-15T11:00:00+00:00"
    e2e.advance(hours=4)
    assert e2e.schedule() == 0
    e2e.worker("send")
    assert e2e.sent_by_engine() == []


def test_r9_the_followup_is_sent_in_thread_and_its_copy_is_not_counted_as_manual(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    sent = tracked_email_sent(e2e)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    before = push_count(e2e)
    e2e.worker("send")
    [engine] = e2e.sent_by_engine()
    assert engine["thread_id"] == sent["thread_id"] and engine["in_reply_to"] == sent["internet_message_id"]
    assert engine["subject"] == "Re: Proposal"
    e2e.pushed(before + 1)  # the follow-up's copy in SENT comes back as a push
    e2e.worker("events")
    tracked = e2e.tracked()[0]
    assert (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 0)


def test_r9_a_worker_killed_in_the_middle_of_a_send_does_not_send_twice(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    tracked_email_sent(e2e)
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    # Hold the timeline table: the worker's completion (which writes an event) waits after Gmail accepted
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
    assert followup["status"] == "sending" and followup["internet_message_id"]  # identity kept, outcome lost
    e2e.advance(minutes=6)  # the lease runs out; pg_cron hands it to another worker
    e2e.schedule()
    e2e.worker("send")
    assert len(e2e.sent_by_engine()) == 1
    assert e2e.followups()[0]["status"] == "sent"
    assert e2e.tracked()[0]["automatic_sent"] == 1


def test_r10_a_storm_of_429_and_403_quota_errors_loses_and_duplicates_nothing(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    sent = tracked_email_sent(e2e)
    for n in range(5):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.advance(hours=4)
    assert e2e.schedule() == 1
    # Quota errors on every kind of call the pass makes: history, messages, the last look, send.
    e2e.control.inject_fault(r"/history$", count=1, status=429, retry_after=None)
    e2e.control.inject_fault(r"/messages/[^/]+$", count=2, status=403, retry_after=None, reason="userRateLimitExceeded")
    e2e.control.inject_fault(r"/threads/", count=1, status=429, retry_after=None)
    e2e.control.inject_fault(r"/messages/send$", count=1, status=403, retry_after=None, reason="rateLimitExceeded")
    done = e2e.worker("events", "send")
    assert "why=429" in done.stderr and "why=403" in done.stderr  # met, and waited out with backoff
    assert e2e.control.faults() == []
    assert inbound(e2e) == (5, 5)
    engine = e2e.sent_by_engine()
    assert len(engine) == 1 and engine[0]["in_reply_to"] == sent["internet_message_id"]
    e2e.worker("events", "sync")  # everything seen again: nothing new, nothing twice
    assert inbound(e2e) == (5, 5) and len(e2e.sent_by_engine()) == 1


def test_a_stale_history_id_recovers_every_message_with_a_full_sync(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    tracked_email_sent(e2e)
    e2e.control.configure(gmail_push_min_interval=3600)  # pushes dropped (Gmail: at most 1 per second)
    e2e.advance(hours=1)
    reply = e2e.control.deliver_reply(ALICE, BOB, str(e2e.control.sent(ALICE)[0]["internet_message_id"]), "Yes.")
    for n in range(4):
        e2e.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    e2e.control.expire_history(ALICE)
    done = e2e.worker("sync")  # the fallback poll: history answers 404, a full sync follows
    assert "history id too old" in done.stderr and "gmail_polled 1" in done.stderr
    assert inbound(e2e) == (5, 5)
    assert [t["status"] for t in e2e.tracked()] == ["replied"]
    row = e2e.conn.execute(
        "select 1 from public.messages where internet_message_id = %s", (reply["internet_message_id"],)
    )
    assert row.fetchone() == (1,)


def test_a_forged_push_changes_nothing(gmail_e2e: GmailE2E) -> None:
    e2e = gmail_e2e
    tracked_email_sent(e2e)
    e2e.control.configure(gmail_push_min_interval=3600)  # the real push is lost
    e2e.control.deliver_reply(ALICE, BOB, str(e2e.control.sent(ALICE)[0]["internet_message_id"]), "Real reply")

    def envelope(address: str, history_id: int) -> dict[str, object]:
        data = json.dumps({"emailAddress": address, "historyId": str(history_id)}).encode()
        message = {"data": base64.urlsafe_b64encode(data).decode(), "messageId": str(time.time_ns())}
        return {"message": message, "subscription": "projects/x/subscriptions/y"}

    before = e2e.queued_events()
    forged = envelope(ALICE, 10**12)
    assert httpx.post(e2e.push_url, json=forged, timeout=10).status_code == 401  # no token
    assert httpx.post(f"{e2e.push_url}?token=guessed", json=forged, timeout=10).status_code == 403
    # Signed by Pub/Sub, but for another deployment's audience.
    elsewhere = {"authorization": f"Bearer {e2e.control.pubsub_token('https://elsewhere.example/gmail-push')['token']}"}
    assert httpx.post(e2e.push_url, json=forged, headers=elsewhere, timeout=10).status_code == 403
    # A genuine push about an address no mailbox has: acknowledged, recorded, nothing queued.
    genuine = {"authorization": f"Bearer {e2e.control.pubsub_token(PUSH_AUDIENCE)['token']}"}
    stranger = envelope("nobody@contoso.com", 10**12)
    assert httpx.post(e2e.push_url, json=stranger, headers=genuine, timeout=10).status_code == 204
    assert e2e.queued_events() == before
    rejected = e2e.conn.execute("select reason from private.provider_rejections").fetchall()
    assert rejected == [("unknown_mailbox",)]
    e2e.worker("events")
    assert [t["status"] for t in e2e.tracked()] == ["active"]
    assert inbound(e2e) == (0, 0)
