"""The Gmail connector against the Gmail sandbox over real HTTPS (google-auth, google-api-python-client
from its shipped discovery document) and a real database: backfill and history sync with a cursor that
never moves backwards, a full sync when the history id is too old, normalisation, the R9 sender (in the
thread, identity first, at most once), R10's error mapping, watch renewal and the fallback poll."""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import db, subscriptions
from relance.providers.errors import GiveUp, NeedsReauth, RetryLater, SyncStateLost, gmail_failure
from relance.providers.gmail import GmailMailbox, RetryPolicy
from relance.sandbox import RunningSandbox
from relance.sender import Sender, gmail_reply, reply_subject
from relance.sync import GMAIL_CURSOR, sync_gmail_mailbox
from relance.worker import EventConsumer, Worker, connect_gmail_mailbox
from tests.conftest import START
from tests.e2e.helpers import ALICE, BOB, TOPIC, GmailWorld, build_gmail_world


@pytest.fixture
def world(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[GmailWorld]:
    built = build_gmail_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def sync(world: GmailWorld) -> Any:
    return sync_gmail_mailbox(world.worker_conn, world.gmail(), world.mailbox_id)


def sender(world: GmailWorld) -> Sender:
    return Sender(world.worker_conn, world.connector.client, world.now, world.connector.gmail_client)


def fast(world: GmailWorld, attempts: int = 6) -> list[float]:
    """Waits the client would sleep, recorded instead of slept."""
    waits: list[float] = []
    world.gmail().retry = RetryPolicy(attempts=attempts, sleep=waits.append)
    return waits


def due_followup(world: GmailWorld) -> dict[str, Any]:
    """Alice's tracked email is synced, four working hours pass, pg_cron queues the follow-up."""
    sent = world.send_tracked_email()
    sync(world)
    world.advance(hours=4)
    assert world.schedule() == 1
    return sent


def inbound_count(world: GmailWorld) -> int:
    row = world.conn.execute(
        "select count(*) from public.messages where mailbox_id = %s and direction = 'inbound'", (world.mailbox_id,)
    ).fetchone()
    return int(row[0]) if row else 0


def test_backfill_reads_inbox_and_sent_in_time_order_and_stores_the_cursor(world: GmailWorld) -> None:
    sent = world.send_tracked_email()
    world.advance(minutes=30)
    world.control.deliver_reply(ALICE, f"Bob Prospect <{BOB}>", sent["internet_message_id"], "Yes.", client="other")
    for n in range(3):
        world.control.deliver(ALICE, f"news{n}@letters.example", f"Letter {n}", "Hello")
    report = sync(world)
    assert report.ingested == 5 and report.resyncs == ["all"]
    # The reply was read after the email it answers (INBOX and SENT together, by time): R5 stopped it.
    assert [t["status"] for t in world.tracked()] == ["replied"]
    profile = world.gmail().profile()
    assert world.cursor() == int(profile["historyId"])
    assert sync(world).messages == 0  # nothing new since the cursor


def test_closing_the_connector_closes_each_gmail_mailboxs_connections(world: GmailWorld) -> None:
    # `relance worker --once` gives back what it opened: httplib2 keeps a connection to the Gmail API open per
    # mailbox until told, and a process that runs many passes (tests, a scheduler calling --once) would pile them up.
    def kept(client: GmailMailbox) -> dict[str, Any]:
        return client.service._http.http.connections  # AuthorizedHttp over the mailbox's httplib2.Http

    sync(world)
    first = world.gmail()
    assert kept(first), "the sync's connection is kept alive for the next call"
    # A grant replaced (a new `connected` event) or lost drops the old client with its connections.
    world.connector.forget_gmail(world.mailbox_id)
    assert kept(first) == {}
    second = world.gmail()
    assert second is not first
    second.profile()
    assert kept(second)
    world.connector.close()
    assert kept(second) == {}


def test_history_sync_normalises_headers_threading_and_analysis(world: GmailWorld) -> None:
    sync(world)  # the first (full) sync stores the cursor
    sent = world.send_tracked_email()
    world.control.deliver_auto_reply(ALICE, BOB, sent["internet_message_id"], until="2030-01-21")
    report = sync(world)
    assert report.ingested == 2 and report.resyncs == []
    row = world.conn.execute(
        'select m.headers, m.in_reply_to, m."references", m.subject, c.provider_thread_id, m.analysis'
        " from public.messages as m join public.conversations as c on c.id = m.conversation_id"
        " where m.direction = 'inbound'"
    ).fetchone()
    assert row is not None
    headers, in_reply_to, references, subject, thread_id, analysis = row
    assert headers["auto-submitted"] == "auto-replied" and "message-id" in headers
    assert in_reply_to == sent["internet_message_id"] and references == [sent["internet_message_id"]]
    assert subject.startswith("Automatic reply") and thread_id == sent["thread_id"]
    assert analysis["kind"] == "auto_reply" and analysis["auto_reply"]["until"].startswith("2030-01-21")
    tracked = world.tracked()[0]
    assert tracked["status"] == "active" and tracked["next_due_at"].date() == dt.date(2030, 1, 22)


def test_bounce_is_read_from_the_raw_mime_and_stops_tracking(world: GmailWorld) -> None:
    sent = world.send_tracked_email()
    world.control.deliver_bounce(ALICE, sent["internet_message_id"])
    sync(world)
    assert [t["status"] for t in world.tracked()] == ["bounced"]


def test_a_history_id_too_old_runs_a_full_sync_that_loses_nothing(world: GmailWorld) -> None:
    world.send_tracked_email()
    sync(world)
    stale = world.cursor()
    for n in range(4):
        world.control.deliver(ALICE, f"carol{n}@example.org", f"Note {n}", "text")
    world.control.expire_history(ALICE)
    with pytest.raises(SyncStateLost):
        world.gmail().history(stale or 1)
    report = sync(world)
    # The full sync fetches only what the engine lacks: the tracked email is listed, not fetched again.
    assert report.resyncs == ["all"] and report.ingested == 4 and report.known == 1 and report.duplicates == 0
    assert inbound_count(world) == 4
    assert (world.cursor() or 0) > (stale or 0)


def test_the_cursor_never_moves_backwards(world: GmailWorld) -> None:
    sync(world)
    ahead = world.cursor() or 0
    assert db.advance_sync_cursor(world.worker_conn, world.mailbox_id, GMAIL_CURSOR, ahead - 5) == ahead
    assert world.cursor() == ahead
    assert db.advance_sync_cursor(world.worker_conn, world.mailbox_id, GMAIL_CURSOR, ahead + 7) == ahead + 7


def test_a_push_with_an_older_history_id_changes_nothing(world: GmailWorld) -> None:
    sync(world)
    cursor = world.cursor() or 0
    world.control.deliver(ALICE, "carol@example.org", "Hello", "text")  # not yet seen by anyone
    db_conn = world.worker_conn
    db_conn.execute("select worker.receive_gmail_push(%s, %s, %s, %s)", (ALICE, cursor - 1, "old-push", world.now()))
    assert EventConsumer(world.connector).run_once() == 1
    assert inbound_count(world) == 0 and world.cursor() == cursor
    db_conn.execute("select worker.receive_gmail_push(%s, %s, %s, %s)", (ALICE, cursor + 1, "new-push", world.now()))
    EventConsumer(world.connector).run_once()
    assert inbound_count(world) == 1 and (world.cursor() or 0) > cursor
    assert world.conn.execute("select count(*) from pgmq.q_provider_events").fetchone() == (0,)


def test_a_push_for_a_mailbox_whose_grant_was_revoked_pauses_it_and_is_acknowledged(world: GmailWorld) -> None:
    sync(world)
    world.control.revoke_grant("gmail", ALICE)
    world.worker_conn.execute("select worker.receive_gmail_push(%s, %s)", (ALICE, (world.cursor() or 0) + 1))
    assert EventConsumer(world.connector).run_once() == 1
    status = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert status.fetchone() == ("needs_reauth",)
    world.worker_conn.execute("select worker.receive_gmail_push(%s, %s)", (ALICE, (world.cursor() or 0) + 2))
    assert EventConsumer(world.connector).run_once() == 1  # no longer connected: acknowledged, not retried
    assert world.conn.execute("select count(*) from pgmq.q_provider_events").fetchone() == (0,)


def test_r9_followup_is_a_reply_in_the_thread_with_its_identity_stored_first(world: GmailWorld) -> None:
    due_followup(world)
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["sent"]
    original = world.control.sent(ALICE)[0]
    [mail] = world.sent_by_engine()
    followup = world.followups()[0]
    assert mail["via"] == "gmail.send" and mail["to"] == [BOB]
    assert mail["thread_id"] == original["thread_id"]  # Gmail put it in the thread: id, headers, subject
    assert mail["subject"] == "Re: Proposal"
    assert mail["in_reply_to"] == original["internet_message_id"]
    assert mail["references"] == [original["internet_message_id"]]
    assert mail["headers"]["x-relance-followup-id"] == str(followup["id"])
    # "Shall we meet next week?" is English, and "Bob Prospect" in To gives the first name (R16).
    assert mail["body_text"].startswith("Hello Bob,")
    assert followup["status"] == "sent" and followup["internet_message_id"] == mail["internet_message_id"]
    # The copy in SENT, synced later, is the engine's own follow-up (R4): never a manual one.
    sync(world)
    tracked = world.tracked()[0]
    assert (tracked["automatic_sent"], tracked["manual_detected"]) == (1, 0)


def test_reply_subject_keeps_one_re_prefix() -> None:
    assert reply_subject("Proposal") == "Re: Proposal"
    assert reply_subject("RE: Proposal") == "RE: Proposal"


def _built(claim: dict[str, Any]) -> email.message.EmailMessage:
    raw = gmail_reply(ALICE, claim, uuid.uuid4(), "<f1@contoso.com>", START)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    # Every line within RFC 5322's recommended 78 characters (encoded words folded, not overlong).
    assert max(len(line) for line in raw.split(b"\n")) <= 78
    return parsed


@pytest.mark.parametrize(
    "subject",
    [
        "Re : Votre dossier de succession – Mme Bérénice Dupré-Laforêt",
        "RE: TR: Proposition d'allocation – M. Lefèvre, répartition 60/40 obligations et actions européennes",
        "Entretien patrimonial : synthèse de nos échanges et prochaines étapes pour la SCI Lefèvre-Moreau",
        "Proposal for the Dupont family office, and the next steps we discussed on the phone last Tuesday",
    ],
)
def test_r9_a_long_accented_subject_reaches_the_person_unchanged(subject: str) -> None:
    """Folding a long accented subject into encoded words kept no space between two of them (the default email
    policy's folder): the client read "Mme BéréniceDupré-Laforêt". The decoded subject is the thread's, word for
    word, with one reply prefix."""
    message = _built({"recipients": [BOB], "body_text": "Bonjour,", "reply_to": {"subject": subject}})
    expected = subject if re.match(r"(?i)re\s*:", subject) else f"Re: {subject}"
    assert message["Subject"] == expected


def test_r9_a_follow_up_keeps_to_and_cc_as_the_email_had_them_and_signs_from_the_mailboxs_name() -> None:
    """A reply to all keeps the roles: the client in To, his notary and Alice's colleague in Cc; everyone in To
    once nobody of To is left (the client suppressed since)."""
    notary, colleague = "carole.n@notaires-lyon.fr", "paul@contoso.com"
    claim = {
        "recipients": [notary, BOB, colleague],
        "cc": [notary, colleague],
        "mailbox_display_name": "Alice Lefèvre",
        "body_text": "Bonjour Bob,",
        "reply_to": {"subject": "Proposition"},
    }
    message = _built(claim)
    assert (message["To"], message["Cc"]) == (BOB, f"{notary}, {colleague}")
    assert message["From"].addresses[0].display_name == "Alice Lefèvre"
    assert message["From"].addresses[0].addr_spec == ALICE
    left = _built({**claim, "recipients": [notary, colleague]})
    assert (left["To"], left["Cc"]) == (f"{notary}, {colleague}", None)


def test_r9_an_internationalised_address_never_takes_the_others_with_it() -> None:
    """An address with an accented domain goes in its IDNA form; one whose local part only SMTPUTF8 could carry is
    encoded on its own: the other recipients stay addresses (the whole header as one encoded word named nobody)."""
    claim = {"recipients": ["jerome@société-générale.fr", BOB], "body_text": "Bonjour,", "reply_to": {"subject": "x"}}
    message = _built(claim)
    assert [a.addr_spec for a in message["To"].addresses] == ["jerome@xn--socit-gnrale-eebbcb.fr", BOB]
    raw = gmail_reply(ALICE, {**claim, "recipients": ["jérôme@exemple.fr", BOB]}, uuid.uuid4(), "<f@c>", START)
    [to] = [line for line in raw.split(b"\n") if line.startswith(b"To:")]
    assert to.endswith(b", " + BOB.encode())


def test_r9_a_gmail_follow_up_quotes_the_message_it_answers_below_its_text() -> None:
    """The built-in text says "my message below": as Gmail's own replies do (and Graph's createReply for Outlook),
    the message answered is quoted under the follow-up, with who wrote it and when (in the mailbox's zone, in the
    email's language), in the text part and, escaped, in the HTML part."""
    claim: dict[str, Any] = {
        "recipients": [BOB],
        "language": "fr",
        "time_zone": "Europe/Paris",
        "body_text": "Bonjour Bob,\n\nJe me permets de revenir vers vous au sujet de mon message ci-dessous.",
        "reply_to": {
            "subject": "Proposition <fonds>",
            "from_address": ALICE,
            "from_name": "Alice Martin",
            "sent_at": "2030-01-07T08:00:00+00:00",
            "body_text": "Bonjour Bob,\n\nVoici la proposition <fonds> & co.\n\nAlice",
        },
    }
    message = _built(claim)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    intro = f"Le lun. 7 janv. 2030 à 09:00, Alice Martin <{ALICE}> a écrit :"
    assert text.rstrip("\n").endswith(
        f"ci-dessous.\n\n{intro}\n> Bonjour Bob,\n>\n> Voici la proposition <fonds> & co.\n>\n> Alice"
    )
    page = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Voici la proposition &lt;fonds&gt; &amp; co." in page and "<fonds>" not in page
    assert page.index("ci-dessous.") < page.index('<blockquote class="gmail_quote"')
    # In English, the English line; its text gone (blanked by the retention): nothing quoted, nothing invented.
    english = _built({**claim, "language": "en"}).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"On Mon, Jan 7, 2030 at 09:00, Alice Martin <{ALICE}> wrote:" in english
    # Her own message synced without a display name: her mailbox's name, as Gmail shows it.
    unnamed = {**claim, "mailbox_address": ALICE, "mailbox_display_name": "Alice Martin"}
    unnamed["reply_to"] = {**claim["reply_to"], "from_name": None, "body_text": "Bonjour Bob,\r\n\r\nVoici."}
    own = _built(unnamed).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert own.rstrip("\n").endswith(f"{intro}\n> Bonjour Bob,\n>\n> Voici.")
    blank = {**claim, "reply_to": {**claim["reply_to"], "body_text": ""}}
    alone = _built(blank)
    assert not alone.is_multipart()
    assert alone.get_content().rstrip("\n").endswith("ci-dessous.")


def test_last_look_ingests_an_answer_and_sends_nothing(world: GmailWorld) -> None:
    sent = due_followup(world)
    world.control.deliver_reply(ALICE, BOB, sent["internet_message_id"], "Sorry for the delay: yes.", client="other")
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["refused"]
    assert world.sent_by_engine() == []
    assert world.tracked()[0]["status"] == "replied"


def test_a_retry_finds_the_sent_copy_and_does_not_send_twice(world: GmailWorld) -> None:
    """The worker died after Gmail accepted the send and before COMMIT: the follow-up keeps its
    Message-ID and claim; the next worker finds the copy in SENT instead of sending again."""
    due_followup(world)
    queue = db.read_followup_queue(world.worker_conn, 1, 300, 5)
    followup_id = queue[0]["followup_id"]
    claim = db.claim_followup(world.worker_conn, followup_id, world.now())
    message_id = f"<crash.{uuid.uuid4().hex}@contoso.com>"
    db.record_followup_identity(world.worker_conn, followup_id, claim["claim_token"], None, message_id, world.now())
    world.gmail().send(gmail_reply(ALICE, claim, followup_id, message_id, world.now()), claim["provider_thread_id"])
    world.advance(minutes=6)  # the lease runs out; pg_cron hands the follow-up to another worker
    world.schedule()
    outcomes = sender(world).run_once(batch=5)
    assert "found_sent" in [o.result for o in outcomes]
    assert len(world.sent_by_engine()) == 1
    followup = world.followups()[0]
    assert followup["status"] == "sent" and followup["internet_message_id"] == message_id


def test_r10_a_storm_of_quota_errors_is_waited_out_with_backoff_and_sends_once(world: GmailWorld) -> None:
    due_followup(world)
    waits = fast(world)
    world.control.inject_fault(r"/threads/", count=2, status=429, retry_after=None)
    world.control.inject_fault(
        r"/messages/send$", count=2, status=403, retry_after=None, reason="userRateLimitExceeded"
    )
    world.control.inject_fault(r"/messages/send$", count=1, status=403, retry_after=None, reason="rateLimitExceeded")
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["sent"]
    assert len(world.sent_by_engine()) == 1 and world.control.faults() == []
    # No Retry-After from Gmail: exponential backoff (1, 2 s for the thread; 1, 2, 4 s for the send), each with up
    # to 1 s of jitter.
    assert [int(w) for w in waits] == [1, 2, 1, 2, 4]
    assert all(0 <= w - int(w) < 1 for w in waits)


def test_r10_a_5xx_on_send_is_not_retried_blindly_and_the_retry_looks_in_sent_first(world: GmailWorld) -> None:
    due_followup(world)
    fast(world)
    world.control.inject_fault(r"/messages/send$", count=1, status=503, retry_after=None)
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["retry"]
    followup = world.followups()[0]
    assert followup["status"] == "scheduled" and "503" in followup["last_error"]
    assert followup["internet_message_id"]  # the identity stays for the next attempt
    world.advance(minutes=5)
    world.schedule()
    assert [o.result for o in sender(world).run_once()] == ["sent"]
    assert len(world.sent_by_engine()) == 1


def test_r10_a_revoked_grant_pauses_the_mailbox_instead_of_failing(world: GmailWorld) -> None:
    due_followup(world)
    world.control.revoke_grant("gmail", ALICE)
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["reauth"]
    status = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert status.fetchone() == ("needs_reauth",)
    assert world.followups()[0]["status"] == "scheduled"
    assert world.sent_by_engine() == []


def test_r10_a_revoked_grant_seen_by_the_sync_pauses_the_mailbox(world: GmailWorld) -> None:
    world.control.revoke_grant("gmail", ALICE)
    assert world.connector.try_sync("gmail", world.mailbox_id) == "reauth"
    status = world.conn.execute("select status::text, status_reason from public.mailboxes where id = %s",
                                (world.mailbox_id,)).fetchone()  # fmt: skip
    assert status is not None and status[0] == "needs_reauth" and "invalid_grant" in status[1]


@pytest.mark.parametrize(
    ("status", "reason", "count", "outcome", "mailbox_status"),
    [(400, "invalid_grant", 1, "reauth", "needs_reauth"), (500, None, 3, "synced", "active")],
)
def test_r10_googles_token_endpoint_refusing_the_grant_pauses_the_mailbox_but_its_failure_does_not(
    world: GmailWorld,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
    reason: str | None,
    count: int,
    outcome: str,
    mailbox_status: str,
) -> None:
    """R10: only "A revoked or expired grant pauses the mailbox". Google's token endpoint answers OAuth's error body:
    ``invalid_grant`` is the grant gone; ``internal_failure`` (a 500) is retried, by google-auth then by the
    connector, and the sync goes on. Nobody's waits are slept: they are recorded."""
    sync(world)
    world.advance(hours=2)  # the access token has expired: the next request needs the token endpoint
    arrived = world.control.deliver(ALICE, "carol@example.org", "Meanwhile", "text")
    waits = fast(world)
    library_waits: list[float] = []  # google-auth's own backoff between two token requests
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        if threading.current_thread() is threading.main_thread():
            library_waits.append(seconds)
        else:
            real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    world.control.inject_fault(r"^/token$", count=count, status=status, retry_after=None, reason=reason)
    result = world.connector.try_sync("gmail", world.mailbox_id)
    assert (result if isinstance(result, str) else "synced") == outcome
    assert world.control.faults() == [], "the token endpoint was not asked as often as the test expects"
    row = world.conn.execute("select status::text from public.mailboxes where id = %s", (world.mailbox_id,))
    assert row.fetchone() == (mailbox_status,)
    ingested = world.conn.execute(
        "select count(*) from public.messages where internet_message_id = %s", (arrived["internet_message_id"],)
    ).fetchone()
    if outcome == "synced":
        assert ingested == (1,) and len(waits) == 1 and len(library_waits) == count - 1
    else:
        assert ingested == (0,) and waits == [] and library_waits == [], "a refused grant was asked again"


def test_r10_googles_token_endpoint_down_is_asked_once_per_cooldown_not_once_per_mailbox(
    world: GmailWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R10 across a pass, as for Graph: the first mailbox retries Google's token endpoint (google-auth's own retries,
    then the connector's backoff); once it has failed that often in a row, the other mailboxes fail at once without
    asking it, until the cool-down is over, and sync again when it answers."""
    carol = "carol@gmail.example"
    world.control.create_gmail_user(carol)
    carol_box = db.connect_mailbox(world.worker_conn, world.team_id, world.owner_id, "gmail", carol, "Carol", START)
    refresh = world.control.google_refresh_token(world.google.client_id, carol)["refresh_token"]
    connect_gmail_mailbox(world.connector, carol_box, carol, refresh)
    assert world.connector.try_sync("gmail", world.mailbox_id) != "failed"
    assert world.connector.try_sync("gmail", carol_box) != "failed"
    world.advance(hours=2)  # both access tokens have expired
    library_waits: list[float] = []  # google-auth's own backoff between two token requests, recorded
    real_sleep = time.sleep
    monkeypatch.setattr(
        time,
        "sleep",
        lambda s: library_waits.append(s) if threading.current_thread() is threading.main_thread() else real_sleep(s),
    )
    alice_waits = fast(world)
    carol_waits: list[float] = []
    world.connector.gmail_client(carol_box, carol).retry = RetryPolicy(sleep=carol_waits.append)
    breaker = world.google.breaker
    clock = [1000.0]
    breaker.clock = lambda: clock[0]
    world.control.inject_fault(r"^/token$", count=100, drop=True)
    assert world.connector.try_sync("gmail", world.mailbox_id) == "failed"
    asked = world.control.faults()[0]["hits"]
    assert asked >= breaker.threshold and alice_waits, "the first mailbox did not retry"
    assert breaker.open
    assert world.connector.try_sync("gmail", carol_box) == "failed"
    assert carol_waits == [] and world.control.faults()[0]["hits"] == asked, "asked again within the pass"
    clock[0] += breaker.cooldown_seconds + 1
    world.control.clear_faults()
    arrived = world.control.deliver(carol, "dan@example.org", "After the outage", "text")
    assert world.connector.try_sync("gmail", carol_box) != "failed"
    row = world.conn.execute(
        "select count(*) from public.messages where internet_message_id = %s", (arrived["internet_message_id"],)
    ).fetchone()
    assert row == (1,) and breaker.failures == 0
    statuses = world.conn.execute("select count(*) from public.mailboxes where status = 'active'").fetchone()
    assert statuses == (2,), "an outage of the token endpoint paused a mailbox"


def test_r10_a_permanent_refusal_fails_the_followup_with_gmails_reason(world: GmailWorld) -> None:
    due_followup(world)
    world.control.inject_fault(r"/messages/send$", count=1, status=400, retry_after=None, reason="invalidArgument")
    outcomes = sender(world).run_once()
    assert [o.result for o in outcomes] == ["failed"]
    followup = world.followups()[0]
    assert followup["status"] == "failed" and "400 invalidArgument" in followup["reason"]


def test_gmail_errors_map_to_the_three_outcomes() -> None:
    def body(reason: str) -> bytes:
        return b'{"error": {"code": 0, "message": "m", "errors": [{"reason": "%s"}]}}' % reason.encode()

    assert isinstance(gmail_failure(429, body("rateLimitExceeded"), None, "get"), RetryLater)
    assert isinstance(gmail_failure(403, body("userRateLimitExceeded"), None, "get"), RetryLater)
    assert gmail_failure(403, body("dailyLimitExceeded"), None, "send").retry_after == 3600  # type: ignore[attr-defined]
    assert isinstance(gmail_failure(500, body("backendError"), None, "get"), RetryLater)
    assert isinstance(gmail_failure(404, body("notFound"), None, "history"), SyncStateLost)
    assert isinstance(gmail_failure(404, body("notFound"), None, "get message"), GiveUp)
    assert isinstance(gmail_failure(403, body("forbidden"), None, "get"), GiveUp)
    assert isinstance(gmail_failure(403, body("insufficientPermissions"), None, "get"), NeedsReauth)
    assert isinstance(gmail_failure(401, body("authError"), None, "get"), NeedsReauth)


def test_watch_is_registered_renewed_daily_and_stopped(world: GmailWorld) -> None:
    expires = subscriptions.watch_gmail(world.worker_conn, world.gmail(), world.mailbox_id, TOPIC)
    assert expires == world.now() + dt.timedelta(days=7)
    assert world.connector.renew_gmail() == 0  # a fresh watch is left alone
    world.advance(days=1, minutes=1)
    assert world.connector.renew_gmail() == 1
    [sub] = db.list_expiring_subscriptions(world.worker_conn, world.now() + dt.timedelta(days=8))
    assert sub["external_id"] == f"gmail-watch:{world.mailbox_id}" and sub["resource"] == TOPIC
    assert sub["expires_at"] == world.now() + dt.timedelta(days=7)
    subscriptions.stop_gmail(world.worker_conn, world.gmail(), world.mailbox_id)
    assert db.list_expiring_subscriptions(world.worker_conn, world.now() + dt.timedelta(days=8)) == []


def test_the_fallback_poll_runs_when_no_push_came_for_ten_minutes(world: GmailWorld) -> None:
    worker = Worker(world.connector)
    assert worker.pass_once(("sync",), force=False)["gmail_polled"] == 1  # never synced: polled
    world.control.deliver(ALICE, "carol@example.org", "Hello", "text")  # its push is lost
    world.advance(minutes=9)
    assert worker.pass_once(("sync",), force=False)["gmail_polled"] == 0
    assert inbound_count(world) == 0
    world.advance(minutes=1)
    assert worker.pass_once(("sync",), force=False)["gmail_polled"] == 1
    assert inbound_count(world) == 1


def test_connect_refuses_a_grant_for_another_address(world: GmailWorld) -> None:
    world.control.create_gmail_user("mallory@contoso.com")
    other = world.control.google_refresh_token(world.app["client_id"], "mallory@contoso.com")["refresh_token"]
    with pytest.raises(GiveUp, match=re.escape("mallory@contoso.com, not alice@contoso.com")):
        connect_gmail_mailbox(world.connector, world.mailbox_id, ALICE, other)
    assert world.connector.store.load(world.mailbox_id) == {
        "mode": "gmail",
        "refresh_token": world.refresh_token,
        "scopes": world.gmail().credentials.scopes,
    }


def test_relance_connect_gmail_seals_the_grant_watches_and_backfills(world: GmailWorld) -> None:
    world.control.create_gmail_user("bruno@contoso.com")
    grant = world.control.google_refresh_token(world.app["client_id"], "bruno@contoso.com")["refresh_token"]
    world.control.send_by_hand("bruno@contoso.com", [BOB], "Shall we meet?", "Offer")
    args = ["connect", "gmail", "--address", "Bruno@contoso.com", "--team", str(world.team_id)]
    args += ["--owner", str(world.owner_id), "--refresh-token-stdin", "--now", world.now().isoformat()]
    done = subprocess.run(
        [sys.executable, "-m", "relance.cli", *args],
        input=grant + "\n",
        env={**os.environ, **world.env()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    mailbox_id = uuid.UUID(done.stdout.strip().splitlines()[-1])
    assert "watching INBOX and SENT" in done.stderr and "1 new" in done.stderr
    assert grant not in done.stderr + done.stdout  # logs never carry a token
    row = world.conn.execute(
        "select provider::text, address, status::text from public.mailboxes where id = %s", (mailbox_id,)
    ).fetchone()
    assert row == ("gmail", "bruno@contoso.com", "active")
    sealed = db.load_mailbox_credentials(world.worker_conn, mailbox_id)
    assert sealed is not None and grant.encode() not in sealed  # encrypted at rest
    watches = db.list_expiring_subscriptions(world.worker_conn, world.now() + dt.timedelta(days=8))
    assert [w["mailbox_id"] for w in watches] == [mailbox_id]
    tracked = world.conn.execute("select subject from public.tracked_emails where mailbox_id = %s", (mailbox_id,))
    assert tracked.fetchall() == [("Offer",)]


def test_r14_a_spoofed_from_the_user_in_the_inbox_is_inbound_never_tracked_answered_or_counted(
    world: GmailWorld,
) -> None:
    # A stranger writes "From: Alice": Gmail files it under INBOX without SENT, so it is not hers.
    world.control.deliver(ALICE, f"Alice Martin <{ALICE}>", "Virement urgent", "Merci de payer ce jour.")
    world.advance(minutes=1)
    sent = world.send_tracked_email()
    sync(world)
    world.advance(minutes=30)
    world.control.deliver_reply(ALICE, f"Alice Martin <{ALICE}>", sent["internet_message_id"], "Any news?")
    sync(world)
    rows = world.conn.execute(
        "select folder, direction from public.messages where mailbox_id = %s and from_address = %s order by sent_at",
        (world.mailbox_id, ALICE),
    ).fetchall()
    assert rows == [("inbox", "inbound"), ("sent", "outbound"), ("inbox", "inbound")]
    tracked = world.conn.execute(
        "select status::text, manual_detected from public.tracked_emails where mailbox_id = %s", (world.mailbox_id,)
    ).fetchall()
    assert tracked == [("active", 0)]
