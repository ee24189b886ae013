"""The intelligence loop end to end (issue 12, item 4): mail ingested as a connector ingests it, the autofill run
(as pg_cron runs it hourly), the worker's pass reading each signature by rules, and the contact a member then
sees, with what waits for a human. No LLM is configured here: the deterministic path is the product (the LLM
fallback is tried against the chat sandbox in tests/test_llm_fallback.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from relance.intelligence import intent_model
from relance.intelligence.autofill import IntelligenceWorker, header_name
from tests.pg import acting_as
from tests.story import inbound, ingest, make_team_with_mailbox, outbound, worker_connection

T0 = dt.datetime(2030, 1, 8, 10, 0, tzinfo=dt.UTC)

REPLY = """Bonjour Claire,

Merci pour votre proposition, je la regarde avec mon associé et reviens vers vous d'ici vendredi.

Bien cordialement,

Marc Petit
Directeur de la gestion privée
Finance Conseil SAS
Tél. : 01 42 68 53 00 | Port. : 06 12 34 56 78
12, rue de la Paix – 75002 Paris
www.finance-conseil.fr

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.

De : Claire Durand <claire@cabinet-durand.fr>
Envoyé : lundi 7 janvier 2030 09:12
À : Marc Petit <marc.petit@finance-conseil.fr>
Objet : Notre proposition

Bonjour Marc,

Veuillez trouver ci-joint notre proposition.

Claire Durand
Associée – Cabinet Durand
Port. : 06 98 76 54 32
"""


def test_a_reply_becomes_a_contact_with_its_signature_and_the_users_own_is_never_read(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        conn.execute("update public.mailboxes set display_name = 'Claire Durand' where id = %s", (box.mailbox_id,))
        message = inbound(box, "marc.petit@finance-conseil.fr", received_at=T0, body_text=REPLY)
        message["from"]["name"] = "Marc Petit"
        message["analysis"]["new_text"] = REPLY.split("\nDe : ")[0]
        ingest(conn, box.mailbox_id, message, T0)
        assert conn.execute("select worker.run_autofill(%s)", (T0,)).fetchone() == (1,)
        with worker_connection(db_url) as wconn:
            worker = IntelligenceWorker(wconn, now_fn=lambda: T0)
            assert worker.run_once() == 1
            assert worker.run_once() == 0, "the queue is empty once read"
        row = conn.execute(
            "select c.name, c.company, c.phone_mobile, c.phone_landline, c.postal_address, o.domain, o.name"
            " from public.contacts c join public.organisations o on o.id = c.organisation_id"
            " where c.address = 'marc.petit@finance-conseil.fr'"
        ).fetchone()
        assert row == (
            "Marc Petit", "Finance Conseil SAS", "+33612345678", "+33142685300", "12, rue de la Paix – 75002 Paris",
            "finance-conseil.fr", "Finance Conseil SAS",
        )  # fmt: skip
        # What the rules were less sure of (below the team's 0.92) waits for the owner.
        suggested = conn.execute(
            "select field, value from public.contact_facts where status = 'suggested' order by field"
        ).fetchall()
        assert ("title", "Directeur de la gestion privée") in suggested
        # Claire's own signature, in the quoted history, gave nothing: no fact carries her mobile.
        assert conn.execute("select count(*) from public.contact_facts where value = '+33698765432'").fetchone() == (0,)
        assert conn.execute(
            "select state::text, fields_found > 0, reached_llm from public.message_insights"
        ).fetchall() == [("done", True, False)]
        # The mailbox's owner sees the contact and anything left to decide.
        with acting_as(conn, "authenticated", box.owner_id) as c:
            assert c.execute("select address from public.contacts").fetchall() == [("marc.petit@finance-conseil.fr",)]


def test_a_message_gone_before_its_turn_is_dropped_and_the_batch_goes_on(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        ids = []
        for i, sender in enumerate(("a.martin@alpha.fr", "b.bernard@beta.fr", "c.dubois@gamma.fr")):
            body = f"Merci.\n\nCordialement,\n\n{sender.split('@')[0].title()}\nGérant\nTél. : 01 40 00 00 0{i}"
            row = ingest(
                conn, box.mailbox_id, inbound(box, sender, received_at=T0 + dt.timedelta(minutes=i), body_text=body), T0
            )
            ids.append(row["message_id"])
        conn.execute("select worker.run_autofill(%s)", (T0,))
        conn.execute("delete from public.messages where id = %s", (ids[1],))
        with worker_connection(db_url) as wconn:
            assert IntelligenceWorker(wconn, now_fn=lambda: T0).run_once() == 2
        assert conn.execute("select count(*) from pgmq.q_intelligence").fetchone() == (0,)
        assert [r[0] for r in conn.execute("select address from public.contacts order by address").fetchall()] == [
            "a.martin@alpha.fr",
            "c.dubois@gamma.fr",
        ]


def test_the_from_header_names_a_person_only_when_it_looks_like_a_name() -> None:
    # First name first, titles off; applied (0.95, above the default threshold) only when the address spells the
    # person and says which name is the first; a suggestion (0.80) otherwise; nothing for a role, a firm, one word.
    assert header_name("Jean Dupont", "jean.dupont@x.fr") == ("Jean Dupont", 0.95)
    assert header_name('"DUPONT Jean"', "jean@x.fr") == ("Jean Dupont", 0.95)
    assert header_name("Dupont, Jean", "jdupont@x.fr") == ("Jean Dupont", 0.95)
    assert header_name("james whitaker", "james.whitaker@whitaker-capital.co.uk") == ("James Whitaker", 0.95)
    assert header_name("M. Jean MARTIN", "jean.martin@x.fr") == ("Jean Martin", 0.80)
    assert header_name("Marie Claire Dubois", "mcdubois@x.fr") == ("Marie Claire Dubois", 0.80)
    assert header_name("Jean Dupont", "contact@x.fr") == ("Jean Dupont", 0.80), "a desk's address"
    assert header_name("Dupont Jean", "jean.dupont@x.fr") == ("Dupont Jean", 0.80), "which is the first name?"
    for not_a_person in ("jean@x.fr", "Service Client 24/7", "Cabinet Martin SAS", "Jean", None, "", "a b c d e f"):
        assert header_name(not_a_person, "jean@x.fr") is None, not_a_person


def test_a_sender_whose_signature_gives_no_name_is_named_by_their_from_header(db_url: str) -> None:
    # Most replies sign with a first name or nothing: the contact list would be a column of addresses. The From
    # header names the person; when it clearly does, the contact is named, else the owner is asked.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        senders = {
            "jean.dupont@lefevre-industrie.fr": "DUPONT Jean",
            "mcdubois@dubois-avocats.fr": "Marie Claire Dubois",
            "contact@garnier-pharma.fr": "Service Contact",
        }
        for i, (address, name) in enumerate(senders.items()):
            message = inbound(
                box, address, received_at=T0 + dt.timedelta(minutes=i), body_text="D'accord, merci.\n\nJ."
            )
            message["from"]["name"] = name
            ingest(conn, box.mailbox_id, message, T0)
        assert conn.execute("select worker.run_autofill(%s)", (T0,)).fetchone() == (3,)
        with worker_connection(db_url) as wconn:
            assert IntelligenceWorker(wconn, now_fn=lambda: T0).run_once() == 3
        names = conn.execute("select address, name from public.contacts order by address").fetchall()
        assert names == [
            ("contact@garnier-pharma.fr", None),
            ("jean.dupont@lefevre-industrie.fr", "Jean Dupont"),
            ("mcdubois@dubois-avocats.fr", None),
        ]
        facts = conn.execute(
            "select address, value, source::text, status::text, confidence from public.contact_facts"
            " where field = 'name' order by address"
        ).fetchall()
        assert facts == [
            ("jean.dupont@lefevre-industrie.fr", "Jean Dupont", "header", "applied", Decimal("0.950")),
            ("mcdubois@dubois-avocats.fr", "Marie Claire Dubois", "header", "suggested", Decimal("0.800")),
        ]


def test_an_autofill_run_with_only_outbound_mail_pending_turns_recipients_into_contacts(db_url: str) -> None:
    # pgmq.send_batch refuses an empty batch: a team with only sent mail pending once failed the whole run.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        ingest(conn, box.mailbox_id, outbound(box, "marc.petit@finance-conseil.fr", sent_at=T0), T0)
        assert conn.execute("select worker.run_autofill(%s)", (T0,)).fetchone() == (0,)
        assert conn.execute("select address from public.contacts").fetchall() == [("marc.petit@finance-conseil.fr",)]
        assert conn.execute("select count(*) from pgmq.q_intelligence").fetchone() == (0,)


def _queue_one_reply(conn: psycopg.Connection[Any]) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    message = inbound(box, "marc.petit@finance-conseil.fr", received_at=T0, body_text=REPLY)
    message["analysis"]["new_text"] = REPLY.split("\nDe : ")[0]
    ingest(conn, box.mailbox_id, message, T0)
    assert conn.execute("select worker.run_autofill(%s)", (T0,)).fetchone() == (1,)


def test_the_learnt_model_is_trained_before_the_first_batch_is_taken(
    db_url: str, small_intent_set: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Training takes 18-19 s on two cores, at a worker's first batch. Done after the batch is taken it would spend
    # that much of the batch's visibility (120 s), and on a slow machine another worker would read the batch again.
    # The queue says, while the model trains, whether a message has been taken yet.
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", str(small_intent_set))  # a set of its own: trained in this test
    with psycopg.connect(db_url, autocommit=True) as conn:
        _queue_one_reply(conn)
        taken_while_training: list[tuple[int, int]] = []
        train = intent_model.train

        def train_and_look(cases: Iterable[Any]) -> intent_model.IntentModel:
            row = conn.execute("select count(*) filter (where read_ct > 0), count(*) from pgmq.q_intelligence")
            taken_while_training.append(row.fetchone())  # type: ignore[arg-type]
            return train(cases)

        monkeypatch.setattr(intent_model, "train", train_and_look)
        with worker_connection(db_url) as wconn:
            assert IntelligenceWorker(wconn, now_fn=lambda: T0).run_once() == 1
        assert taken_while_training == [(0, 1)]  # trained once, before the one queued message was taken


def test_a_pass_over_an_empty_queue_trains_nothing(
    db_url: str, small_intent_set: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `relance worker --once` (and every idle pass) must not spend 18-19 s training a model it has nothing to read
    # with; the first message to read trains it.
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", str(small_intent_set))
    trained: list[int] = []
    train = intent_model.train

    def train_and_count(cases: Iterable[Any]) -> intent_model.IntentModel:
        trained.append(1)
        return train(cases)

    monkeypatch.setattr(intent_model, "train", train_and_count)
    with psycopg.connect(db_url, autocommit=True) as conn, worker_connection(db_url) as wconn:
        worker = IntelligenceWorker(wconn, now_fn=lambda: T0)
        assert (worker.run_once(), trained) == (0, [])
        _queue_one_reply(conn)
        assert (worker.run_once(), trained) == (1, [1])
