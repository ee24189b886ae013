"""The intent of inbound human replies, stored and used by the engine (issue 13, items 1 and 2; R15, R8, R5).

The intelligence worker reads each queued reply's intent (relance.intelligence.intent: the rules, then the learnt
model where they are unsure, read once per batch; no LLM is configured here) and records it through
worker.record_intent; the tests drive it as the hourly autofill run does, with injected instants, against the real
database.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance.analysis import analyse
from relance.intelligence.autofill import IntelligenceWorker
from relance.intelligence.intent import read_intent
from tests.pg import acting_as, sqlstate
from tests.story import (
    Mailbox,
    Message,
    add_member,
    inbound,
    inbound_reply,
    ingest,
    make_team_with_mailbox,
    outbound,
    tracked_email,
    worker_connection,
)

T0 = dt.datetime(2030, 1, 8, 10, 0, tzinfo=dt.UTC)  # a Tuesday
PROSPECT = "marc.petit@finance-conseil.fr"
NOT_NOW = "Bonjour,\n\nPas pour le moment, rappelez-moi en mars.\n\nCordialement,\nMarc"
# The rules are unsure of it (no lexicon speaks: "other", 0.3); the learnt model reads an interested prospect.
MODEL_READS = "Vous tombez bien, on cherche exactement ça."
# Unsure for the rules and for the learnt model: left to an LLM, and with none configured, the rules' answer.
NOBODY_KNOWS = "Tout dépendra du salon."
OPT_OUT = "Je ne souhaite plus recevoir vos messages, merci."


def track_and_reply(
    conn: psycopg.Connection[Any], box: Mailbox, body: str, *, at: dt.datetime = T0, prospect: str = PROSPECT
) -> tuple[uuid.UUID, uuid.UUID, Message]:
    """Claire writes to a prospect (tracked), who answers `body` at `at`; returns (tracked email id, reply id, what
    Claire sent)."""
    sent = outbound(box, prospect, sent_at=T0 - dt.timedelta(days=2))
    row = ingest(conn, box.mailbox_id, sent, T0 - dt.timedelta(days=2))
    tracked = tracked_email(conn, row["message_id"])
    assert tracked is not None, "an outbound message to a prospect is tracked"
    reply = ingest(conn, box.mailbox_id, inbound_reply(sent, received_at=at, body_text=body), at)
    return tracked["id"], uuid.UUID(str(reply["message_id"])), sent


def run_worker(conn: psycopg.Connection[Any], db_url: str, now: dt.datetime = T0) -> int:
    conn.execute("select worker.run_autofill(%s)", (now,))
    with worker_connection(db_url) as wconn:
        return IntelligenceWorker(wconn, now_fn=lambda: now).run_once()


def intents(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select label::text, source::text, confidence::float8, not_now_until, referral_name, referral_address,"
        " tracked_email_id from public.message_intents order by message_at"
    ).fetchall()


def test_the_worker_stores_a_replys_intent_on_the_message_and_its_tracked_email(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        other = add_member(conn, box.team_id, "max@cabinet-durand.fr")
        tracked_id, reply_id, _ = track_and_reply(conn, box, NOT_NOW)
        assert run_worker(conn, db_url) == 1
        # R15: the date "en mars" implies, relative to the reply's day (8 January 2030), not to today.
        assert intents(conn) == [("not_now", "rules", 0.85, dt.date(2030, 3, 1), None, None, tracked_id)]
        row = conn.execute(
            "select message_id, label::text, not_now_until from public.tracked_email_intents"
            " where tracked_email_id = %s",
            (tracked_id,),
        ).fetchone()
        assert row == (reply_id, "not_now", dt.date(2030, 3, 1))
        # On the timeline, with its reason (R12).
        events = conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind = 'intent'", (tracked_id,)
        ).fetchall()
        assert events == [(f"{PROSPECT}: not now (rules, 0.85), until 2030-03-01",)]
        # Found by the sender's address, with the message's visibility: its mailbox's owner, not another member.
        with acting_as(conn, "authenticated", box.owner_id) as c:
            assert c.execute("select address from public.message_intents").fetchall() == [(PROSPECT,)]
            assert c.execute("select count(*) from public.tracked_email_intents").fetchone() == (1,)
        with acting_as(conn, "authenticated", other) as c:
            assert c.execute("select count(*) from public.message_intents").fetchone() == (0,)
            assert c.execute("select count(*) from public.tracked_email_intents").fetchone() == (0,)


def test_the_latest_reply_decides_the_tracked_emails_intent(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        tracked_id, first, sent = track_and_reply(conn, box, NOT_NOW)
        run_worker(conn, db_url)
        later = T0 + dt.timedelta(days=1)
        quote = inbound_reply(sent, received_at=later, body_text="Pouvez-vous m'envoyer un devis ?")
        ingest(conn, box.mailbox_id, quote, later)
        run_worker(conn, db_url, later)
        assert [r[0] for r in intents(conn)] == ["not_now", "quote_request"]
        row = conn.execute(
            "select label::text, message_id <> %s from public.tracked_email_intents where tracked_email_id = %s",
            (first, tracked_id),
        ).fetchone()
        assert row == ("quote_request", True)


def test_recording_an_intent_again_replaces_the_reading_unless_a_member_corrected_it(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        tracked_id, reply_id, _ = track_and_reply(conn, box, NOT_NOW)
        record = "select worker.record_intent(%s, %s, %s::numeric, %s, %s::date, null, null, 'x', %s)"
        for _ in range(2):
            conn.execute(record, (reply_id, "not_now", 0.85, "rules", dt.date(2030, 3, 1), T0))
        assert [r[:4] for r in intents(conn)] == [("not_now", "rules", 0.85, dt.date(2030, 3, 1))]
        count = "select count(*) from public.events where tracked_email_id = %s and kind = 'intent'"
        assert conn.execute(count, (tracked_id,)).fetchone() == (1,), "the same reading is on the timeline once"
        conn.execute(record, (reply_id, "interested", 0.7, "llm", None, T0))
        assert [r[:4] for r in intents(conn)] == [("interested", "llm", 0.7, None)]
        assert conn.execute(count, (tracked_id,)).fetchone() == (2,)
        # A member's correction stands: the worker reading it again changes nothing.
        conn.execute(
            "update public.message_intents set label = 'meeting_request', source = 'user', corrected_by = %s,"
            " corrected_at = %s where message_id = %s",
            (box.owner_id, T0, reply_id),
        )
        result = conn.execute(record, (reply_id, "not_interested", 0.95, "rules", None, T0)).fetchone()
        assert result is not None and result[0]["recorded"] is False
        assert [r[:2] for r in intents(conn)] == [("meeting_request", "user")]


@pytest.mark.parametrize(
    ("label", "confidence", "source", "address"),
    [
        ("maybe", 0.9, "rules", None),
        ("interested", 1.5, "rules", None),
        ("interested", 0.9, "user", None),
        ("referral", 0.9, "rules", "not an address"),
        # R8 would suppress the sender: the learnt model is built never to say it, so SQL refuses it too.
        ("unsubscribe", 0.99, "model", None),
    ],
)
def test_a_bad_intent_is_a_clear_error_and_records_nothing(
    db_url: str, label: str, confidence: float, source: str, address: str | None
) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id, _ = track_and_reply(conn, box, NOT_NOW)
        with pytest.raises(psycopg.Error) as error:
            conn.execute(
                "select worker.record_intent(%s, %s, %s::numeric, %s, null, null, %s, null, %s)",
                (reply_id, label, confidence, source, address, T0),
            )
        assert sqlstate(error.value) == "22023"
        assert intents(conn) == []


def test_a_reading_of_the_learnt_model_is_stored_with_its_source_and_on_the_timeline(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        tracked_id, reply_id, _ = track_and_reply(conn, box, MODEL_READS)
        conn.execute(
            "select worker.record_intent(%s, 'interested', 0.81, 'model', null, null, null, 'model 0.81', %s)",
            (reply_id, T0),
        )
        assert intents(conn) == [("interested", "model", 0.81, None, None, None, tracked_id)]
        events = conn.execute(
            "select reason, details ->> 'source' from public.events where tracked_email_id = %s and kind = 'intent'",
            (tracked_id,),
        ).fetchall()
        assert events == [(f"{PROSPECT}: interested (model, 0.81)", "model")]


def replies(conn: psycopg.Connection[Any], box: Mailbox, bodies: dict[str, str]) -> dict[str, uuid.UUID]:
    """Each prospect of `bodies` gets a tracked email from Claire and answers it with its body; the reply ids."""
    return {prospect: track_and_reply(conn, box, body, prospect=prospect)[1] for prospect, body in bodies.items()}


def stored(conn: psycopg.Connection[Any]) -> dict[str, tuple[Any, ...]]:
    rows = conn.execute(
        "select address, label::text, source::text, confidence::float8, not_now_until from public.message_intents"
    ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_a_batch_read_at_once_is_stored_as_each_reply_read_alone_with_the_learnt_models_source(db_url: str) -> None:
    bodies = {
        "a.martin@alpha.fr": NOT_NOW,
        "b.bernard@beta.fr": MODEL_READS,
        "c.dubois@gamma.fr": NOBODY_KNOWS,
        "d.moreau@delta.fr": OPT_OUT,
    }
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        ids = replies(conn, box, bodies)
        assert run_worker(conn, db_url) == len(bodies), "one pass, one batch"
        alone = {}
        for prospect, message_id in ids.items():
            row = conn.execute("select subject, received_at from public.messages where id = %s", (message_id,))
            subject, at = row.fetchone() or (None, None)
            got = read_intent(bodies[prospect], subject, at)
            alone[prospect] = (got.label, got.source, got.confidence, got.not_now_until)
        assert stored(conn) == alone
        assert alone["b.bernard@beta.fr"][:2] == ("interested", "model")
        assert alone["c.dubois@gamma.fr"][:2] == ("other", "rules")
        assert alone["d.moreau@delta.fr"][:2] == ("unsubscribe", "rules")
        assert alone["a.martin@alpha.fr"] == ("not_now", "rules", 0.85, dt.date(2030, 3, 1))


def test_a_batch_whose_reading_fails_is_read_one_by_one_and_no_reply_is_lost(
    db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A named training file that cannot be read: the batch's reading fails as soon as one reply needs the model.
    broken = tmp_path / "cases.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", str(broken))
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        ids = replies(conn, box, {"a.martin@alpha.fr": OPT_OUT, "b.bernard@beta.fr": MODEL_READS})
        conn.execute("select worker.run_autofill(%s)", (T0,))
        with worker_connection(db_url) as wconn:
            worker = IntelligenceWorker(wconn, now_fn=lambda: T0, visibility_seconds=0)
            with caplog.at_level(logging.WARNING, logger="relance.intelligence"):
                assert worker.run_once() == 1
            assert "reading one by one" in caplog.text
            # One by one: the opt-out, which the rules settle alone, is recorded (and R8 applied); the reply that
            # needs the model failed alone, counted, and stays queued.
            assert {a: r[:2] for a, r in stored(conn).items()} == {"a.martin@alpha.fr": ("unsubscribe", "rules")}
            assert suppressed(conn) == [("a.martin@alpha.fr", "opted_out")]
            insight = conn.execute(
                "select state::text, attempts, reason like 'TrainingError: %%' from public.message_insights"
                " where message_id = %s",
                (ids["b.bernard@beta.fr"],),
            ).fetchone()
            assert insight == ("queued", 1, True)
            assert conn.execute("select count(*) from pgmq.q_intelligence").fetchone() == (1,)
            # Once the training file is right again, the next pass reads it.
            monkeypatch.delenv("RELANCE_INTENT_TRAINING")
            assert worker.run_once() == 1
        assert {a: r[:2] for a, r in stored(conn).items()} == {
            "a.martin@alpha.fr": ("unsubscribe", "rules"),
            "b.bernard@beta.fr": ("interested", "model"),
        }
        assert conn.execute("select count(*) from pgmq.q_intelligence").fetchone() == (0,)


def test_only_inbound_human_messages_get_an_intent(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        sent = ingest(conn, box.mailbox_id, outbound(box, PROSPECT, sent_at=T0), T0)
        result = conn.execute(
            "select worker.record_intent(%s, 'interested', 0.9, 'rules', p_now => %s)", (sent["message_id"], T0)
        ).fetchone()
        assert result is not None and result[0]["recorded"] is False
        assert intents(conn) == []


def record(conn: psycopg.Connection[Any], message_id: uuid.UUID, label: str, confidence: float, source: str,
           until: dt.date | None = None, name: str | None = None, address: str | None = None) -> Any:  # fmt: skip
    row = conn.execute(
        "select worker.record_intent(%s, %s, %s::numeric, %s, %s::date, %s, %s, 'test', %s)",
        (message_id, label, confidence, source, until, name, address, T0),
    ).fetchone()
    assert row is not None
    return row[0]


def test_r15_not_now_with_a_date_reminds_the_owner_on_that_date(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        other = add_member(conn, box.team_id, "max@cabinet-durand.fr")
        tracked_id, reply_id, _ = track_and_reply(conn, box, NOT_NOW)
        assert run_worker(conn, db_url) == 1
        rows = conn.execute(
            "select owner_id, tracked_email_id, due_on, done_at from public.reminders where message_id = %s",
            (reply_id,),
        ).fetchall()
        assert rows == [(box.owner_id, tracked_id, dt.date(2030, 3, 1), None)]
        # R5 already stopped the sequence; R15 leaves it stopped (no resume: the team setting is not built yet).
        status = conn.execute("select status::text from public.tracked_emails where id = %s", (tracked_id,))
        assert status.fetchone() == ("replied",)
        assert conn.execute(
            "select count(*) from public.followups where tracked_email_id = %s and status = 'scheduled'", (tracked_id,)
        ).fetchone() == (0,)
        reasons = [
            r[0]
            for r in conn.execute(
                "select reason from public.events where tracked_email_id = %s and kind = 'reminder'", (tracked_id,)
            ).fetchall()
        ]
        assert reasons == [f"R15: reminder for the owner on 2030-03-01 ({PROSPECT}: not now)"]
        # Read again (same reading): still one reminder. Read as something else: the reminder goes.
        record(conn, reply_id, "not_now", 0.85, "rules", dt.date(2030, 3, 1))
        assert conn.execute("select count(*) from public.reminders").fetchone() == (1,)
        with acting_as(conn, "authenticated", other) as c:
            assert c.execute("select count(*) from public.reminders").fetchone() == (0,)
        with acting_as(conn, "authenticated", box.owner_id) as c:
            assert c.execute("select due_on from public.reminders").fetchall() == [(dt.date(2030, 3, 1),)]
        record(conn, reply_id, "interested", 0.85, "rules")
        assert conn.execute("select count(*) from public.reminders").fetchone() == (0,)


def test_r15_a_vague_not_now_sets_no_reminder(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id, _ = track_and_reply(conn, box, "Pas pour le moment, merci.")
        record(conn, reply_id, "not_now", 0.85, "rules")
        assert conn.execute("select count(*) from public.reminders").fetchone() == (0,)


def suppressed(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    return conn.execute("select address, reason from public.suppressions").fetchall()


def test_r8_an_unsubscribe_read_by_rules_suppresses_the_sender(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        # The ingest analysis missed it (opt_out false); the intent's rules read it.
        tracked_id, _, _ = track_and_reply(conn, box, "Je ne souhaite plus recevoir vos messages, merci.")
        assert suppressed(conn) == []
        assert run_worker(conn, db_url) == 1
        assert conn.execute("select label::text, source::text from public.message_intents").fetchall() == [
            ("unsubscribe", "rules")
        ]
        assert suppressed(conn) == [(PROSPECT, "opted_out")]
        kinds = conn.execute(
            "select kind from public.events where tracked_email_id = %s and kind in ('suppressed', 'opted_out')",
            (tracked_id,),
        ).fetchall()
        assert kinds == [("suppressed",)]


@pytest.mark.parametrize(("confidence", "expected"), [(0.6, []), (0.89, []), (0.95, [(PROSPECT, "opted_out")])])
def test_r8_an_llm_unsubscribe_suppresses_only_when_it_is_sure(
    db_url: str, confidence: float, expected: list[tuple[str, str]]
) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id, _ = track_and_reply(conn, box, "Bon, ça suffit maintenant.")
        record(conn, reply_id, "unsubscribe", confidence, "llm")
        assert suppressed(conn) == expected


@pytest.mark.parametrize(("label", "kind"), [("meeting_request", "meeting"), ("quote_request", "quote")])
def test_meeting_and_quote_requests_notify_the_mailbox_owner_only(db_url: str, label: str, kind: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        admin = add_member(conn, box.team_id, "adam@cabinet-durand.fr", "admin")
        tracked_id, reply_id, _ = track_and_reply(conn, box, "Pouvez-vous m'appeler ?")
        for _ in range(2):
            record(conn, reply_id, label, 0.9, "rules")
        with acting_as(conn, "authenticated", box.owner_id) as c:
            rows = c.execute("select id, kind::text, tracked_email_id, reason, read_at from public.notifications")
            got = rows.fetchall()
            assert [r[1:] for r in got] == [(label, tracked_id, f"{PROSPECT} asks for a {kind}", None)]
            c.execute("select public.mark_notification_read(%s)", (got[0][0],))
            assert c.execute("select read_at is not null from public.notifications").fetchone() == (True,)
        with acting_as(conn, "authenticated", admin) as c:
            assert c.execute("select count(*) from public.notifications").fetchone() == (0,)
        events = conn.execute(
            "select count(*) from public.events where tracked_email_id = %s and kind = 'notified'", (tracked_id,)
        )
        assert events.fetchone() == (1,)


def test_history_read_by_the_first_backfill_sets_nobody_to_work_but_an_opt_out_is_honoured(db_url: str) -> None:
    # Claire's mailbox is connected on T0; its backfill reads what came before, among it a meeting request of last
    # year and an opt-out. Nobody is notified about a meeting asked for a year ago, nothing is routed; the opt-out
    # holds all the same. A meeting request that arrives once connected is told as always.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        conn.execute("update public.mailboxes set tracks_from = %s where id = %s", (T0, box.mailbox_id))
        old = inbound(box, PROSPECT, received_at=T0 - dt.timedelta(days=400), body_text="Pouvez-vous m'appeler ?")
        old_id = uuid.UUID(str(ingest(conn, box.mailbox_id, old, T0)["message_id"]))
        gone = inbound(box, "lea@bernard-conseil.fr", received_at=T0 - dt.timedelta(days=300), body_text=OPT_OUT)
        gone_id = uuid.UUID(str(ingest(conn, box.mailbox_id, gone, T0)["message_id"]))
        new = inbound(
            box, "paul@roux-associes.fr", received_at=T0 + dt.timedelta(hours=1), body_text="Un rendez-vous ?"
        )
        new_id = uuid.UUID(str(ingest(conn, box.mailbox_id, new, T0)["message_id"]))
        assert record(conn, old_id, "meeting_request", 0.9, "rules")["effects"] == []
        assert record(conn, gone_id, "unsubscribe", 0.9, "rules")["effects"] == ["suppressed"]
        assert record(conn, new_id, "meeting_request", 0.9, "rules")["effects"] == ["routed", "notified"]
        notified = conn.execute("select message_id from public.notifications").fetchall()
        assert notified == [(new_id,)]
        assert conn.execute("select address from public.suppressions").fetchall() == [("lea@bernard-conseil.fr",)]


def test_a_referral_makes_the_named_person_a_contact_suggestion(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        body = "Je ne suis pas la bonne personne, voyez avec Julie Martin (julie.martin@finance-conseil.fr)."
        track_and_reply(conn, box, body)
        assert run_worker(conn, db_url) == 1
        assert [r[0] for r in intents(conn)] == ["referral"]
        facts = conn.execute(
            "select c.address, c.name, f.field, f.value, f.status::text from public.contacts c"
            " join public.contact_facts f on f.contact_id = c.id where c.address = 'julie.martin@finance-conseil.fr'"
        ).fetchall()
        # A suggestion, which a person confirms: the contact has no name yet.
        assert facts == [("julie.martin@finance-conseil.fr", None, "name", "Julie Martin", "suggested")]


def test_a_signed_in_user_cannot_choose_when_they_read_a_notification_or_did_a_reminder(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id, _ = track_and_reply(conn, box, NOT_NOW)
        record(conn, reply_id, "not_now", 0.85, "rules", dt.date(2030, 3, 1))
        reminder = conn.execute("select id from public.reminders").fetchone()
        record(conn, reply_id, "meeting_request", 0.85, "rules")
        notification = conn.execute("select id from public.notifications").fetchone()
        assert reminder and notification
        backdated = dt.datetime(1999, 1, 1, tzinfo=dt.UTC)
        for statement, key in (
            ("select public.mark_reminder_done(%s, %s)", reminder[0]),
            ("select public.mark_notification_read(%s, %s)", notification[0]),
        ):
            with (
                pytest.raises(psycopg.errors.InsufficientPrivilege) as refused,
                acting_as(conn, "authenticated", box.owner_id) as c,
            ):
                c.execute(statement, (key, backdated))
            assert "p_now" in str(refused.value), statement


def test_r8_the_word_the_senders_footer_asks_for_is_an_unsubscribe_for_the_engine_and_the_intent(db_url: str) -> None:
    footer = (
        "\n\nLe lun. 6 janv. 2030 à 09:00, Claire Durand <claire@cabinet-durand.fr> a écrit :\n> Un bilan offert ?\n"
        "> Claire\n> Pour ne plus être sollicité, répondez simplement « non merci ».\n"
    )
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        for prospect, said in (("a.martin@alpha.fr", "Non merci."), ("b.bernard@beta.fr", "No thanks.")):
            sent = outbound(box, prospect, sent_at=T0 - dt.timedelta(days=2))
            ingest(conn, box.mailbox_id, sent, T0 - dt.timedelta(days=2))
            reply = inbound_reply(sent, received_at=T0, body_text=said + footer)
            reply["analysis"] = analyse(reply)  # as a connector reads it: the whole message, quoted footer included
            ingest(conn, box.mailbox_id, reply, T0)
        # Ingest's analysis read the footer's own word as the stop it offers (R8); "No thanks" is another word.
        assert suppressed(conn) == [("a.martin@alpha.fr", "opted_out")]
        assert run_worker(conn, db_url) == 2
        assert {a: r[:2] for a, r in stored(conn).items()} == {
            "a.martin@alpha.fr": ("unsubscribe", "rules"),
            "b.bernard@beta.fr": ("not_interested", "rules"),
        }


# R8, a request to stop relayed for the person written to (an assistant, a relative, counsel) that ingest's analysis
# did not read: the intent's reading (the rules in the worker, a sure LLM, a member) suppresses that person too.
FERRAND = "p.ferrand@ferrand-holding.fr"
ASSISTANT = "secretariat@ferrand-holding.fr"
RELAYED = "Bonjour,\n\nM. Ferrand m'a demandé de vous dire de ne plus lui écrire.\n\nCordialement,\nLe secrétariat"
HOSPITAL = "M. Ferrand est hospitalisé pour plusieurs mois et ne lira pas vos courriers."


def relayed_reply(conn: psycopg.Connection[Any], box: Mailbox, body: str) -> tuple[uuid.UUID, uuid.UUID]:
    """Claire writes to M. Ferrand, with a colleague in To and his accountant in copy (tracked); his secretariat
    answers `body` (ingest's analysis read no opt-out). Returns (tracked email id, reply id)."""
    sent = outbound(
        box, [FERRAND, "max@cabinet-durand.fr"], cc=["compta@ferrand-holding.fr"], sent_at=T0 - dt.timedelta(days=2)
    )
    row = ingest(conn, box.mailbox_id, sent, T0 - dt.timedelta(days=2))
    tracked = tracked_email(conn, row["message_id"])
    assert tracked is not None
    reply = ingest(conn, box.mailbox_id, inbound_reply(sent, ASSISTANT, received_at=T0, body_text=body), T0)
    assert suppressed(conn) == []
    return tracked["id"], uuid.UUID(str(reply["message_id"]))


def suppression_details(conn: psycopg.Connection[Any]) -> dict[str, tuple[str, str]]:
    rows = conn.execute("select address, reason::text, detail from public.suppressions").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_r8_a_relayed_request_the_rules_read_in_the_worker_suppresses_the_person_written_to(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        tracked_id, _ = relayed_reply(conn, box, RELAYED)
        assert run_worker(conn, db_url) == 1
        row = conn.execute("select label::text, source::text, relayed from public.message_intents").fetchone()
        assert row == ("unsubscribe", "rules", True)
        found = suppression_details(conn)
        # Him and the secretariat that wrote; neither the colleague (the team's own) nor the accountant in copy.
        assert set(found) == {FERRAND, ASSISTANT}
        assert found[FERRAND][0] == "opted_out" and found[FERRAND][1].startswith(f"relayed by {ASSISTANT}: ")
        # The reply had stopped the sequence (R5); the timeline says who asked what for whom.
        reasons = conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind = 'suppressed'", (tracked_id,)
        ).fetchall()
        asked = f"{ASSISTANT} asked that {FERRAND} not be contacted again (rules, 0.97)"
        assert reasons == [(f"R8: {asked}: nothing more is sent to them",)]
        # The team's next email to him is not followed up (R1 tracks no one who asked not to be written to).
        later = outbound(box, FERRAND, sent_at=T0 + dt.timedelta(days=3), subject="Nouvelle proposition")
        assert tracked_email(conn, ingest(conn, box.mailbox_id, later, T0 + dt.timedelta(days=3))["message_id"]) is None


def test_r8_a_sure_llm_reading_of_a_relayed_request_suppresses_the_person_and_shows_it_on_the_contacts(
    db_url: str,
) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        conn.execute(
            "select private.upsert_contacts(%s, %s, %s, %s, %s)", (box.team_id, box.owner_id, [FERRAND], T0, T0)
        )
        # Words the rules read as an absence, not a request: an LLM's reading, sure of it.
        tracked_id, reply_id = relayed_reply(conn, box, HOSPITAL)
        result = conn.execute(
            "select worker.record_intent(%s, 'unsubscribe', 0.95, 'llm', p_evidence => 'gpt-4o-mini', p_now => %s,"
            " p_relayed => true)",
            (reply_id, T0),
        ).fetchone()
        assert result is not None and result[0]["effects"] == ["routed", "suppressed"]
        assert set(suppression_details(conn)) == {FERRAND, ASSISTANT}
        reason = conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind = 'suppressed'", (tracked_id,)
        ).fetchone()
        assert reason == (
            f"R8: {ASSISTANT} asked that {FERRAND} not be contacted again (llm, 0.95): nothing more is sent to them",
        )
        contact = conn.execute(
            "select objected_at, objection_detail from public.contacts where address = %s", (FERRAND,)
        ).fetchone()
        assert contact == (T0, "gpt-4o-mini")
        # Read again, the same: nothing more happens.
        again = conn.execute(
            "select worker.record_intent(%s, 'unsubscribe', 0.95, 'llm', p_now => %s, p_relayed => true)",
            (reply_id, T0),
        ).fetchone()
        assert again is not None and again[0]["effects"] == []


def test_r8_an_unsure_or_unrelayed_reading_suppresses_nobody_it_does_not_name(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id = relayed_reply(conn, box, HOSPITAL)
        unsure = "select worker.record_intent(%s, 'unsubscribe', 0.85, 'llm', p_now => %s, p_relayed => true)"
        conn.execute(unsure, (reply_id, T0))
        assert suppressed(conn) == []
        conn.execute("select worker.record_intent(%s, 'unsubscribe', 0.95, 'llm', p_now => %s)", (reply_id, T0))
        assert suppressed(conn) == [(ASSISTANT, "opted_out")]
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="only an unsubscribe is relayed"):
            conn.execute(
                "select worker.record_intent(%s, 'interested', 0.95, 'llm', p_now => %s, p_relayed => true)",
                (reply_id, T0),
            )


def test_r8_a_member_who_reads_a_request_as_relayed_suppresses_the_person_written_to(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        tracked_id, reply_id = relayed_reply(conn, box, HOSPITAL)
        record(conn, reply_id, "out_of_office", 0.55, "rules")
        correct = "select public.correct_intent(%s, %s, p_relayed => true)"
        with (
            acting_as(conn, "authenticated", box.owner_id) as c,
            pytest.raises(psycopg.errors.InvalidParameterValue, match="only an unsubscribe"),
        ):
            c.execute(correct, (reply_id, "other"))
        with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
            # A member's correction takes the server's clock (only the service role chooses the instant).
            row = c.execute(correct, (reply_id, "unsubscribe")).fetchone()
        assert row is not None and "suppressed" in row[0]["effects"]
        assert set(suppression_details(conn)) == {FERRAND, ASSISTANT}
        assert conn.execute("select relayed, source::text from public.message_intents").fetchone() == (True, "user")
        events = conn.execute(
            "select count(*) from public.events where tracked_email_id = %s and kind = 'suppressed'", (tracked_id,)
        )
        assert events.fetchone() == (1,)


def track(conn: psycopg.Connection[Any], box: Mailbox, to: list[str], at: dt.datetime, subject: str) -> uuid.UUID:
    """Claire writes a new email to `to` at `at`, tracked; returns its tracked email's id."""
    row = ingest(conn, box.mailbox_id, outbound(box, to, sent_at=at, subject=subject), at)
    tracked = tracked_email(conn, row["message_id"])
    assert tracked is not None, f"an email to {to} is tracked"
    return uuid.UUID(str(tracked["id"]))


def standing(conn: psycopg.Connection[Any], tracked_id: uuid.UUID) -> tuple[str, int]:
    """A tracked email's status and how many follow-ups it still has to send."""
    row = conn.execute(
        "select t.status::text, (select count(*) from public.followups as f where f.tracked_email_id = t.id"
        " and f.status in ('scheduled', 'queued', 'claimed', 'sending')) from public.tracked_emails as t"
        " where t.id = %s",
        (tracked_id,),
    ).fetchone()
    assert row is not None
    return row[0], row[1]


def unsure_unsubscribe(conn: psycopg.Connection[Any], confidence: float) -> tuple[Mailbox, uuid.UUID, uuid.UUID]:
    """The prospect answers words an LLM reads as an unsubscribe, unsure of it (`confidence`): nobody is suppressed
    yet. Returns (Claire's mailbox, the tracked email, the reply)."""
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    tracked_id, reply_id, _ = track_and_reply(conn, box, "Bon, ça suffit maintenant.")
    record(conn, reply_id, "unsubscribe", confidence, "llm")
    assert suppressed(conn) == []
    return box, tracked_id, reply_id


def test_r8_an_unsure_unsubscribe_read_again_surely_suppresses_the_sender(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        _, tracked_id, reply_id = unsure_unsubscribe(conn, 0.62)
        # A second reading (a stronger model, the same one with more context) is sure: the person asked.
        assert "suppressed" in record(conn, reply_id, "unsubscribe", 0.94, "llm")["effects"]
        assert suppressed(conn) == [(PROSPECT, "opted_out")]
        reasons = conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind in ('intent', 'suppressed')"
            " order by id",
            (tracked_id,),
        ).fetchall()
        assert reasons == [
            (f"{PROSPECT}: unsubscribe (llm, 0.62)",),
            (f"{PROSPECT}: unsubscribe (llm, 0.94)",),
            (f"R8: {PROSPECT} asked not to be contacted again (llm, 0.94): nothing more is sent to them",),
        ]
        # Read a third time, sure again: nothing new happens.
        assert record(conn, reply_id, "unsubscribe", 0.97, "llm")["effects"] == []


def test_r8_a_member_who_confirms_an_unsure_unsubscribe_suppresses_the_sender(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box, _, reply_id = unsure_unsubscribe(conn, 0.7)
        with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
            row = c.execute("select public.correct_intent(%s, 'unsubscribe')", (reply_id,)).fetchone()
        # An approval, not a correction (the learning counts it as one), and the request now counts.
        assert row is not None and row[0]["corrected"] is False and "suppressed" in row[0]["effects"]
        assert suppressed(conn) == [(PROSPECT, "opted_out")]
        verdict = conn.execute("select action from public.ai_feedback where message_id = %s", (reply_id,))
        assert verdict.fetchall() == [("approve",)]


def test_r8_an_unsubscribe_read_after_ingest_stops_the_teams_other_emails_to_the_person(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        # Ingest's analysis missed the request; before the hourly worker reads it, Claire writes to him again
        # (tracked: nobody knows yet), and to him and his partner.
        _, reply_id, _ = track_and_reply(conn, box, "Bon, ça suffit maintenant.")
        later = T0 + dt.timedelta(minutes=20)
        again = track(conn, box, [PROSPECT], later, "Notre nouvelle offre")
        both = track(conn, box, [PROSPECT, "anne.petit@finance-conseil.fr"], later, "Pour vous deux")
        assert standing(conn, again) == ("active", 1) and standing(conn, both) == ("active", 1)
        result = record(conn, reply_id, "unsubscribe", 0.97, "rules")
        assert result["effects"] == ["routed", "opted_out", "suppressed"]
        # Nothing is scheduled for a person who asked to stop; his partner is still written to.
        assert standing(conn, again) == ("opted_out", 0)
        assert standing(conn, both) == ("active", 1)
        reason = conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind = 'opted_out'", (again,)
        ).fetchone()
        assert reason == (
            f"{PROSPECT} asked not to be contacted again (rules, 0.97) (in another conversation): every recipient"
            " is on the suppression list: pending follow-up cancelled",
        )


def test_r8_a_member_who_reads_a_relayed_request_stops_the_teams_other_emails_to_the_person(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        _, reply_id = relayed_reply(conn, box, HOSPITAL)
        record(conn, reply_id, "out_of_office", 0.55, "rules")
        again = track(conn, box, [FERRAND], T0 + dt.timedelta(hours=1), "Votre dossier")
        with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
            row = c.execute("select public.correct_intent(%s, 'unsubscribe', p_relayed => true)", (reply_id,))
            assert "opted_out" in row.fetchone()[0]["effects"]  # type: ignore[index]
        assert standing(conn, again) == ("opted_out", 0)
