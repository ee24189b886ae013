"""The Microsoft Graph connector against the Graph sandbox over real HTTPS and a real database: delta
sync and backfill, normalisation, the R9 sender (in thread, identity first, at most once), R10's error
mapping, and the 4-requests-per-mailbox gate."""

from __future__ import annotations

import concurrent.futures
import logging
import re
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import db
from relance.credentials import connect_with_refresh_token
from relance.providers.errors import RetryLater
from relance.providers.graph import GraphMailbox, RetryPolicy
from relance.sandbox import RunningSandbox
from relance.sandbox.web import Request, Response
from relance.sender import Sender
from relance.sync import sync_mailbox
from relance.worker import Worker
from tests.conftest import START
from tests.e2e.helpers import ALICE, BOB, World, build_world


@pytest.fixture
def world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def client(world: World) -> GraphMailbox:
    return world.connector.client(world.mailbox_id, ALICE)


def sync(world: World, progress: Any = None) -> Any:
    return sync_mailbox(world.worker_conn, client(world), world.mailbox_id, progress)


def due_followup(world: World) -> None:
    """Alice's tracked email is synced, four working hours pass, pg_cron queues the follow-up."""
    world.send_tracked_email()
    sync(world)
    world.advance(hours=4)
    assert world.schedule() == 1


def test_backfill_ingests_both_folders_in_time_order_with_progress(world: World) -> None:
    sent = world.send_tracked_email()
    world.advance(minutes=30)
    world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], "Yes, Tuesday works.")
    for n in range(12):
        world.control.deliver(ALICE, f"news{n}@letters.example", f"Letter {n}", "Hello")
    seen: list[tuple[str, int, int]] = []
    report = sync(world, lambda folder, pages, messages: seen.append((folder, pages, messages)))
    assert report.ingested == 14 and report.resyncs == []
    # Progress is reported page by page: Sent Items (1 message), then Inbox (13, pages of up to 50).
    assert seen[0] == ("sentitems", 1, 1) and seen[-1][0] == "inbox" and seen[-1][2] == 13
    # The reply was read after the email it answers, though Inbox was listed first: R5 stopped it.
    assert [t["status"] for t in world.tracked()] == ["replied"]
    again = sync(world)
    assert again.messages == 0  # the deltaLink was stored: nothing new


def test_r1_the_first_backfill_never_tracks_what_was_sent_before_the_connection(world: World) -> None:
    """Claire has used Outlook for years before her firm connects her mailbox: the backfill reads her history, and
    nothing in it is chased; what she sends once connected is."""
    claire = "claire@contoso.com"
    world.control.create_graph_user(claire, "Claire Durand")
    world.control.send_by_hand(claire, [f"Bob Prospect <{BOB}>"], "Une proposition de l'an dernier", "Ancienne")
    world.advance(hours=30)
    box = db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "graph", claire, "Claire", world.now())
    refresh = world.control.graph_refresh_token(world.app["client_id"], claire)["refresh_token"]
    connect_with_refresh_token(world.connector.app, world.connector.store, box, refresh)
    backfill = sync_mailbox(world.worker_conn, world.connector.client(box, claire), box)
    assert backfill.ingested == 1 and backfill.effects == {"not_tracked_sent_before_connection": 1}
    world.advance(minutes=5)
    world.control.send_by_hand(claire, [f"Bob Prospect <{BOB}>"], "Et une nouvelle", "Nouvelle")
    assert sync_mailbox(world.worker_conn, world.connector.client(box, claire), box).effects == {"tracked": 1}
    tracked = world.conn.execute("select subject from public.tracked_emails where mailbox_id = %s", (box,)).fetchall()
    assert tracked == [("Nouvelle",)]


def test_normalised_message_carries_headers_threading_and_analysis(world: World) -> None:
    sent = world.send_tracked_email()
    world.control.deliver_auto_reply(ALICE, BOB, sent["internet_message_id"], until="2030-01-21")
    sync(world)
    row = world.conn.execute(
        "select in_reply_to, \"references\", headers ->> 'auto-submitted', kind::text,"
        " analysis #>> '{auto_reply,until}', folder from public.messages where direction = 'inbound'"
    ).fetchone()
    assert row == (sent["internet_message_id"], [sent["internet_message_id"]], "auto-replied", "auto_reply",
                   "2030-01-21", "inbox")  # fmt: skip
    # R6: held until the first working hour after the return date (Tue 22 07:00), plus the 4 working
    # hours of interval that had not run yet: held time does not count.
    due = world.tracked()[0]["next_due_at"]
    assert due is not None and due.isoformat() == "2030-01-22T11:00:00+00:00"


def test_bounce_is_read_from_the_raw_mime_and_stops_tracking(world: World) -> None:
    sent = world.send_tracked_email()
    world.control.deliver_bounce(ALICE, sent["internet_message_id"])
    sync(world)
    assert [t["status"] for t in world.tracked()] == ["bounced"]
    suppressed = world.conn.execute("select address, reason from public.suppressions").fetchall()
    assert suppressed == [(BOB, "bounced")]


def test_expired_delta_tokens_trigger_a_full_resync_that_loses_nothing(world: World) -> None:
    world.send_tracked_email()
    sync(world)
    for n in range(7):
        world.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    world.control.expire_delta_tokens(ALICE)
    report = sync(world)
    assert sorted(report.resyncs) == ["inbox", "sentitems"]
    assert report.ingested == 7 and report.duplicates == 1  # the full resync replays the sent email harmlessly
    count = world.conn.execute("select count(*) from public.messages where mailbox_id = %s", (world.mailbox_id,))
    assert count.fetchone() == (8,)


@pytest.mark.parametrize("location", ["as Graph sends it", "stripped"])
def test_a_410_resync_with_or_without_location_restarts_the_folder_from_its_own_query_and_loses_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, location: str
) -> None:
    """M-DQO: "410 Gone plus a Location header with an empty $deltaToken means restart with a full sync"; the
    restart is the connector's own initial query (its $select brings In-Reply-To and References), whether the 410
    carries the Location or not (a proxy may drop it), and the answer that came meanwhile still stops the email."""
    sent = world.send_tracked_email()
    sync(world)
    world.advance(minutes=30)
    answer = world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], "Yes.")
    newcomer = world.control.deliver(ALICE, "carol@example.org", "A question", "text")
    inbox = re.escape(client(world).folder_id("inbox"))
    world.control.inject_fault(
        rf"/mailFolders\('{inbox}'\)/messages/delta$", count=1, status=410, reason="resyncRequired"
    )
    seen: list[tuple[Request, Response]] = []
    route = world.sandbox.sandbox._route

    def recording(request: Request) -> Response:
        response = route(request)
        if response.status == 410 and location == "stripped":
            response.headers = [h for h in response.headers if h[0].lower() != "location"]
        seen.append((request, response))
        return response

    monkeypatch.setattr(world.sandbox.sandbox, "_route", recording)
    report = sync(world)

    gone = [i for i, (_, response) in enumerate(seen) if response.status == 410]
    assert len(gone) == 1, "the fault was never met: the test did not test a 410"
    carried = {k.lower(): v for k, v in seen[gone[0]][1].headers}
    assert ("location" in carried) == (location == "as Graph sends it")
    restart = next(request for request, _ in seen[gone[0] + 1 :] if request.path.endswith("/messages/delta"))
    assert restart.path.endswith("/mailFolders/inbox/messages/delta") and "$select" in restart.query
    assert not restart.query.get("$deltatoken"), "the restart continued a delta instead of starting over"
    assert report.resyncs == ["inbox"]
    assert [t["status"] for t in world.tracked()] == ["replied"]
    rows = world.conn.execute(
        "select internet_message_id, in_reply_to from public.messages where mailbox_id = %s", (world.mailbox_id,)
    ).fetchall()
    assert sorted(r[0] for r in rows) == sorted(
        [sent["internet_message_id"], answer["internet_message_id"], newcomer["internet_message_id"]]
    ), "a message was lost or recorded twice by the resync"
    assert dict(rows)[answer["internet_message_id"]] == sent["internet_message_id"]


def test_r9_followup_is_sent_in_thread_with_its_identity_and_seen_again_without_counting(world: World) -> None:
    due_followup(world)
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["sent"]
    sent = world.sent_by_engine()
    assert len(sent) == 1
    mail = sent[0]
    original = world.control.sent(ALICE)[0]
    followup = world.followups()[0]
    assert mail["to"] == [BOB] and mail["via"] == "graph.send"
    assert mail["in_reply_to"] == original["internet_message_id"] and mail["thread_id"] == original["thread_id"]
    assert mail["headers"]["x-relance-followup-id"] == str(followup["id"])
    # "Shall we meet next week?" is English, and "Bob Prospect" in To gives the first name (R16).
    assert mail["body_text"].startswith("Hello Bob,")
    assert followup["status"] == "sent" and followup["internet_message_id"] == mail["internet_message_id"]
    # The copy in Sent Items, synced later, is the engine's own follow-up (R4): never a manual one.
    sync(world)
    tracked = world.tracked()[0]
    assert (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 0)
    assert world.control.graph_messages(ALICE, "drafts") == []


def test_r4_a_forward_to_a_colleague_is_neither_counted_nor_quoted_to_the_prospect(world: World) -> None:
    """Alice forwards her proposal to Carol, her colleague, with a note, before the follow-up is due: Outlook keeps the
    forward in the conversation. The follow-up still leaves on time, answering Alice's message to Bob: Graph's reply
    quotes the message it answers, and Alice's note to Carol must never reach Bob."""
    original = world.send_tracked_email()
    world.advance(hours=1)
    world.control.send_by_hand(
        ALICE, ["Carol Durand <carol@contoso.com>"], "Carol, on est trop bas sur le prix ?", "TR: Proposal",
        in_reply_to=original["internet_message_id"],
    )  # fmt: skip
    sync(world)
    assert (world.tracked()[0]["status"], world.tracked()[0]["manual_detected"]) == ("active", 0)
    world.advance(hours=3)
    assert world.schedule() == 1
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["sent"]
    [mail] = world.sent_by_engine()
    assert mail["to"] == [BOB] and mail["in_reply_to"] == original["internet_message_id"]
    assert "trop bas" not in mail["body_text"] and "trop bas" not in (mail["body_html"] or "")
    assert "Shall we meet next week?" in (mail["body_html"] or mail["body_text"])
    assert mail["subject"] == "RE: Proposal"


@pytest.mark.parametrize("bob_wrote", [False, True], ids=["only the forward left", "Bob's auto-reply left"])
def test_r9_when_the_user_deleted_the_tracked_email_the_followup_never_answers_a_forward(
    world: World, bob_wrote: bool
) -> None:
    """Alice deleted her proposal for good (Sent Items, then Deleted Items) after forwarding it to Carol with a note:
    createReply on it is a 404. The follow-up falls back on the conversation's latest message to or from Bob (his
    automatic reply), never on the forward, whose note Graph would quote to him; with nothing written to or by Bob
    left, it fails with a reason a person can read and nothing is sent."""
    original = world.send_tracked_email()
    world.advance(minutes=30)
    if bob_wrote:
        world.control.deliver_auto_reply(ALICE, BOB, original["internet_message_id"])
    world.advance(minutes=30)
    world.control.send_by_hand(
        ALICE, ["Carol Durand <carol@contoso.com>"], "Carol, on est trop bas sur le prix ?", "TR: Proposal",
        in_reply_to=original["internet_message_id"],
    )  # fmt: skip
    sync(world)
    for _ in range(2):  # deleted, then gone from Deleted Items too (until then, Graph still answers it)
        client(world).delete_message(original["provider_message_id"])
    world.advance(hours=3)
    assert world.schedule() == 1
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    sent = world.sent_by_engine()
    assert all("trop bas" not in m["body_text"] and "trop bas" not in (m["body_html"] or "") for m in sent)
    if bob_wrote:
        assert [o.result for o in outcomes] == ["sent"]
        assert [m["to"] for m in sent] == [[BOB]]
        assert "out of the office" in (sent[0]["body_html"] or sent[0]["body_text"])
    else:
        assert [o.result for o in outcomes] == ["failed"] and sent == []
        assert "no longer in the mailbox" in str(world.followups()[0]["reason"])


def test_last_look_ingests_an_answer_and_sends_nothing(world: World) -> None:
    due_followup(world)
    original = world.control.sent(ALICE)[0]
    world.control.deliver_reply(ALICE, BOB, original["internet_message_id"], "Sorry for the delay: yes.")
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["refused"]
    assert world.sent_by_engine() == []
    assert world.tracked()[0]["status"] == "replied"


def test_a_retry_finds_the_sent_copy_in_sent_items_and_does_not_send_twice(world: World) -> None:
    """The worker died after Graph accepted the send and before COMMIT: the follow-up still has its
    identity (draft id, Message-ID) and a claim; the next worker finds the sent copy instead of sending."""
    due_followup(world)
    queue = db.read_followup_queue(world.worker_conn, 1, 300, 5)
    followup_id = queue[0]["followup_id"]
    claim = db.claim_followup(world.worker_conn, followup_id, world.now())
    graph = client(world)
    draft = graph.create_reply(claim["reply_to"]["provider_message_id"])
    graph.update_message(
        draft["id"], {"internetMessageHeaders": [{"name": "X-Relance-Followup-Id", "value": str(followup_id)}]}
    )
    db.record_followup_identity(
        world.worker_conn, followup_id, claim["claim_token"], draft["id"], draft["internetMessageId"], world.now()
    )
    graph.send_draft(draft["id"])  # accepted by Graph; the process dies here, before complete_followup
    world.advance(minutes=6)  # the lease runs out; pg_cron hands the follow-up to another worker
    world.schedule()
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once(batch=5)
    assert "found_sent" in [o.result for o in outcomes]
    assert len(world.sent_by_engine()) == 1
    assert world.followups()[0]["status"] == "sent"


def test_r10_a_storm_of_429_on_send_is_waited_out_and_sends_once(world: World) -> None:
    due_followup(world)
    world.control.inject_fault(r"/send$", count=3, status=429, retry_after=1, method="POST")
    world.control.inject_fault(r"/createReply$", count=2, status=429, retry_after=1, method="POST")
    waits: list[float] = []  # the policy's waits, recorded instead of slept (no test waits on the wall clock)
    world.connector.client(world.mailbox_id).retry = RetryPolicy(sleep=waits.append)
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["sent"]
    assert len(world.sent_by_engine()) == 1
    assert world.control.faults() == []


def test_r10_throttling_that_outlasts_the_retries_reschedules_after_retry_after(world: World) -> None:
    due_followup(world)
    world.connector.client(world.mailbox_id, ALICE).retry = RetryPolicy(attempts=1)
    world.control.inject_fault(r"/messages$", count=1, status=429, retry_after=120, method="GET")
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["retry"]
    followup = world.followups()[0]
    assert followup["status"] == "scheduled" and "429" in followup["last_error"]
    assert (followup["due_at"] - world.now()).total_seconds() >= 120
    assert world.sent_by_engine() == []


def test_r10_a_revoked_grant_pauses_the_mailbox_instead_of_failing(world: World) -> None:
    due_followup(world)
    world.control.revoke_grant("graph", ALICE)
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["reauth"]
    status = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert status.fetchone() == ("needs_reauth",)
    assert world.followups()[0]["status"] == "scheduled"
    assert world.sent_by_engine() == []


def test_r10_a_permanent_refusal_fails_the_followup_with_graphs_reason(world: World) -> None:
    due_followup(world)
    world.control.inject_fault(r"/createReply$", count=1, status=403, retry_after=None, reason="ErrorAccessDenied")
    outcomes = Sender(world.worker_conn, world.connector.client, world.now).run_once()
    assert [o.result for o in outcomes] == ["failed"]
    followup = world.followups()[0]
    assert followup["status"] == "failed" and "403 ErrorAccessDenied" in followup["reason"]


def test_token_cache_is_written_back_only_when_msal_changed_it(world: World) -> None:
    before = db.load_mailbox_credentials(world.worker_conn, world.mailbox_id)
    sync(world)  # first use in this process: the cached access token serves, nothing changes
    assert db.load_mailbox_credentials(world.worker_conn, world.mailbox_id) == before
    world.advance(hours=2)  # the sandbox expires the access token: 401, then a refresh
    world.control.deliver(ALICE, "carol@example.org", "Hello", "text")
    assert sync(world).ingested == 1
    assert db.load_mailbox_credentials(world.worker_conn, world.mailbox_id) != before


@pytest.mark.parametrize(
    ("status", "reason", "outcome", "mailbox_status"),
    [(400, "invalid_grant", "reauth", "needs_reauth"), (429, None, "failed", "active")],
)
def test_r10_the_token_endpoint_refusing_the_grant_pauses_the_mailbox_but_throttling_does_not(
    world: World, status: int, reason: str | None, outcome: str, mailbox_status: str
) -> None:
    """R10: only "A revoked or expired grant pauses the mailbox"; what the identity platform answers (an AADSTS
    body: invalid_grant, or temporarily_unavailable when it throttles) is what MSAL and the connector judge by."""
    sync(world)
    kept = db.get_sync_cursor(world.worker_conn, world.mailbox_id, "inbox")
    world.advance(hours=2)  # the access token has expired: the next request needs the token endpoint
    waits: list[float] = []
    client(world).retry = RetryPolicy(sleep=waits.append)
    world.control.inject_fault(r"/oauth2/v2\.0/token$", count=10, status=status, retry_after=None, reason=reason)
    assert world.connector.try_sync("graph", world.mailbox_id) == outcome
    assert world.control.faults()[0]["hits"] >= 1, "the token endpoint was never asked: the test did not test it"
    row = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert row.fetchone() == (mailbox_status,)
    assert db.get_sync_cursor(world.worker_conn, world.mailbox_id, "inbox") == kept
    assert len(waits) == (5 if outcome == "failed" else 0), "a refused grant was retried, or a throttle was not"


@pytest.mark.parametrize("fault", [{"drop": True}, {"status": 503, "retry_after": None}], ids=["dropped", "503"])
def test_r10_the_token_endpoint_unreachable_is_retried_with_backoff_and_logged_without_a_traceback(
    world: World, fault: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """R10: "Retryable errors (429 with Retry-After, 5xx, network) retry with backoff". MSAL raises its HTTP
    library's error when the identity platform drops the connection: a network error like any other, retried, the
    mailbox kept active with its cursor, and said in one line (a traceback in the log reads as a crash)."""
    sync(world)
    kept = db.get_sync_cursor(world.worker_conn, world.mailbox_id, "inbox")
    world.advance(hours=2)  # the access token has expired: the next request needs the token endpoint
    waits: list[float] = []
    client(world).retry = RetryPolicy(sleep=waits.append)
    world.control.inject_fault(r"/oauth2/v2\.0/token$", count=10, **fault)
    with caplog.at_level(logging.DEBUG):
        assert world.connector.try_sync("graph", world.mailbox_id) == "failed"
    assert world.control.faults()[0]["hits"] >= 1, "the token endpoint was never asked: the test did not test it"
    assert len(waits) == 5, "a network error at the token endpoint was not retried with backoff"
    row = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert row.fetchone() == ("active",)
    assert db.get_sync_cursor(world.worker_conn, world.mailbox_id, "inbox") == kept
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged for a network error"
    if fault.get("drop"):
        # (After a 5xx, MSAL itself holds the same request back for a while, on the real clock.) The endpoint failed
        # a mailbox's whole retry budget: the breaker holds every mailbox back until its cool-down is over.
        breaker = world.connector.app.breaker
        assert breaker.open
        clock = breaker.clock() + breaker.cooldown_seconds + 1
        breaker.clock = lambda: clock
        world.control.clear_faults()
        world.control.deliver(ALICE, "carol@example.org", "After the outage", "text")
        assert sync(world).ingested == 1


def test_r10_an_identity_platform_down_is_asked_once_per_cooldown_not_once_per_mailbox(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """R10 across a pass: the first mailbox that needs a token retries the failing endpoint with backoff (about
    half a minute); the others then fail at once, without asking it, and are retried by the next pass, as a pass over
    hundreds of mailboxes would otherwise wait half a minute for each. After the cool-down one request goes: still
    down, the breaker opens again; up, the mailbox syncs."""
    carol = "carol@contoso.com"
    world.control.create_graph_user(carol, "Carol Petit")
    carol_box = db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "graph", carol, "Carol", START)
    refresh = world.control.graph_refresh_token(world.app["client_id"], carol)["refresh_token"]
    connect_with_refresh_token(world.connector.app, world.connector.store, carol_box, refresh)
    assert world.connector.try_sync("graph", world.mailbox_id) != "failed"
    assert world.connector.try_sync("graph", carol_box) != "failed"
    world.advance(hours=2)  # both access tokens have expired: each mailbox needs the token endpoint
    waits: dict[str, list[float]] = {"alice": [], "carol": []}
    client(world).retry = RetryPolicy(sleep=waits["alice"].append)
    world.connector.client(carol_box).retry = RetryPolicy(sleep=waits["carol"].append)
    breaker = world.connector.app.breaker
    clock = [1000.0]
    breaker.clock = lambda: clock[0]
    world.control.inject_fault(r"/oauth2/v2\.0/token$", count=100, drop=True)
    with caplog.at_level(logging.INFO, logger="relance.breaker"):
        assert world.connector.try_sync("graph", world.mailbox_id) == "failed"
        asked = world.control.faults()[0]["hits"]
        assert len(waits["alice"]) == 5 and asked >= 6, "the first mailbox did not retry with backoff"
        assert world.connector.try_sync("graph", carol_box) == "failed"
        assert waits["carol"] == [] and world.control.faults()[0]["hits"] == asked, "asked again within the pass"
        clock[0] += breaker.cooldown_seconds + 1  # still down after the cool-down: one request, then open again
        assert world.connector.try_sync("graph", carol_box) == "failed"
        assert world.control.faults()[0]["hits"] == asked + 1 and len(waits["carol"]) == 1
        clock[0] += breaker.cooldown_seconds + 1  # up again: the next pass syncs
        world.control.clear_faults()
        world.control.deliver(carol, "dan@example.org", "After the outage", "text")
        report = world.connector.try_sync("graph", carol_box)
    assert not isinstance(report, str) and report.ingested == 1
    assert breaker.failures == 0 and not breaker.open
    said = [r.getMessage() for r in caplog.records if r.name == "relance.breaker"]
    assert said[0].startswith("graph token endpoint failed 6 times in a row") and "answers again" in said[-1]
    assert world.app["client_secret"] not in " ".join(said)
    row = world.conn.execute("select count(*) from public.mailboxes where status = 'active'").fetchone()
    assert row == (2,), "an outage of the token endpoint paused a mailbox"


def test_never_more_than_four_requests_in_flight_per_mailbox(world: World) -> None:
    for n in range(12):
        world.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    world.control.configure(latency_seconds=0.15)
    graph = client(world)
    graph.retry = RetryPolicy(attempts=1)  # a single 429 would raise
    ids = [m["id"] for m in world.control.graph_messages(ALICE, "inbox")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(graph.get_message, ids))
    assert len(results) == 12


def test_worker_pass_consumes_nothing_and_sends_the_due_followup(world: World) -> None:
    due_followup(world)
    done = Worker(world.connector).pass_once(("events", "send", "sync"))
    assert done["sent"] == 1 and done["synced"] == 1
    assert len(world.sent_by_engine()) == 1


def test_retry_later_carries_retry_after(world: World) -> None:
    graph = client(world)
    graph.retry = RetryPolicy(attempts=2, sleep=lambda _s: None)
    world.control.inject_fault(r"/mailFolders/inbox$", count=2, status=503, retry_after=7)
    with pytest.raises(RetryLater) as raised:
        graph.folder_id("inbox")
    assert raised.value.retry_after == 7 and "503" in str(raised.value)


def test_r14_a_spoofed_from_the_user_in_the_inbox_is_inbound_never_tracked_answered_or_counted(world: World) -> None:
    # A stranger writes "From: Alice" to Alice: it lands in her Inbox, so Graph says it is not hers.
    world.control.deliver(ALICE, f"Alice Martin <{ALICE}>", "Virement urgent", "Merci de payer ce jour.")
    world.advance(minutes=1)
    sent = world.send_tracked_email()
    sync(world)
    # The same spoof in her tracked conversation: neither her manual follow-up nor an answer.
    world.advance(minutes=30)
    world.control.deliver_reply(ALICE, f"Alice Martin <{ALICE}>", sent["internet_message_id"], "Any news?")
    sync(world)
    rows = world.conn.execute(
        "select folder, direction from public.messages where mailbox_id = %s and from_address = %s order by sent_at",
        (world.mailbox_id, ALICE),
    ).fetchall()
    assert rows == [("inbox", "inbound"), ("sent", "outbound"), ("inbox", "inbound")]
    [tracked] = world.tracked()
    assert (tracked["subject"], tracked["status"], tracked["manual_detected"]) == ("Proposal", "active", 0)


def test_r8_a_request_to_stop_typed_inside_the_quote_of_alices_message_suppresses_the_prospect(world: World) -> None:
    """Bob answers in Outlook with nothing above Alice's quoted message but "Bonjour": his "retirez-moi de votre
    liste" stands inside her text, without a mark. The worker compares the quote with what Alice's mailbox stored of
    her message, so R8 reads the request (without that text, it read a greeting and only stopped the follow-ups)."""
    body = (
        "Bonjour Bob,\n\nJe vous adresse notre proposition de gestion conseillée.\n"
        "Seriez-vous disponible pour en parler jeudi ?\n\nBien cordialement,\nAlice Martin\nContoso Gestion\n"
    )
    sent = dict(world.control.send_by_hand(ALICE, [f"Bob Prospect <{BOB}>"], body, "Proposition"))
    sync(world)
    world.advance(minutes=40)
    answer = (
        "Bonjour,\n\nDe : Alice Martin <alice@contoso.com>\nEnvoyé : lundi 7 décembre 2026 09:00\n"
        f"À : Bob Prospect <{BOB}>\nObjet : Proposition\n\n"
        + body.replace("jeudi ?\n", "jeudi ?\nNon, et retirez-moi de votre liste de diffusion.\n")
    )
    world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], answer)
    report = sync(world)
    assert report.effects.get("opted_out") == 1, report.effects
    suppressed = world.conn.execute(
        "select reason::text from public.suppressions where team_id = %s and address = %s", (world.team_id, BOB)
    ).fetchall()
    assert suppressed == [("opted_out",)]
    new_text = world.conn.execute(
        "select analysis ->> 'new_text' from public.messages where direction = 'inbound' and mailbox_id = %s",
        (world.mailbox_id,),
    ).fetchone()
    assert new_text == ("Bonjour,\n\nNon, et retirez-moi de votre liste de diffusion.",)
