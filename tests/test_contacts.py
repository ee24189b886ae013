"""Contacts, organisations and their facts (issue 12, items 1 and 4; ../shared/INTELLIGENCE.md).

Through the SQL contract only, as the intelligence worker and the web app call it: ingest notes human mail,
the autofill run turns outbound recipients into contacts and queues inbound mail, the worker's result becomes
facts (applied at or above the team's threshold, else suggested), and members decide on suggestions. A value a
user set by hand is never replaced by a newer fact.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from relance.intelligence.fields import FREE_MAIL
from relance.providers import normalise
from tests.pg import acting_as, sqlstate
from tests.story import Mailbox, add_member, inbound, ingest, make_team_with_mailbox, outbound, worker_connection

T0 = dt.datetime(2030, 1, 7, 9, 0, tzinfo=dt.UTC)

Conn = psycopg.Connection[Any]


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def field(name: str, value: str, confidence: float, source: str = "signature") -> dict[str, Any]:
    return {"field": name, "value": value, "confidence": confidence, "source": source}


def insight(conn: Conn, message_id: uuid.UUID) -> dict[str, Any]:
    row = conn.execute(
        "select state::text, attempts, reason, fields_found, address, direction from public.message_insights"
        " where message_id = %s",
        (message_id,),
    ).fetchone()
    assert row is not None, "no insight for the message"
    return dict(zip(("state", "attempts", "reason", "fields_found", "address", "direction"), row, strict=True))


def message_id(result: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(str(result["message_id"]))


def contact(conn: Conn, team_id: uuid.UUID, address: str) -> dict[str, Any]:
    cur = conn.execute(
        "select c.*, o.domain as org_domain, o.name as org_name from public.contacts c"
        " left join public.organisations o on o.id = c.organisation_id where c.team_id = %s and c.address = %s",
        (team_id, address),
    )
    row = cur.fetchone()
    assert row is not None, f"no contact {address}"
    assert cur.description is not None
    return dict(zip([d.name for d in cur.description], row, strict=True))


def facts(conn: Conn, team_id: uuid.UUID, address: str) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "select field, value, status::text from public.contact_facts where team_id = %s and address = %s",
        (team_id, address),
    ).fetchall()
    return {(f, v): s for f, v, s in rows}


def record(conn: Conn, message: uuid.UUID, fields: list[dict[str, Any]], confidence: float = 0.9) -> dict[str, Any]:
    row = conn.execute(
        "select worker.record_signature(null, %s, %s, %s)",
        (message, Jsonb({"confidence": confidence, "fields": fields}), at(60)),
    ).fetchone()
    assert row is not None
    return dict(row[0])


@pytest.fixture
def box(conn: Conn) -> Mailbox:
    return make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))


def ingest_inbound(conn: Conn, box: Mailbox, sender: str, minutes: int = 0, **kw: Any) -> uuid.UUID:
    return message_id(ingest(conn, box.mailbox_id, inbound(box, sender, received_at=at(minutes), **kw), at(minutes)))


def test_the_worker_and_the_database_know_the_same_free_mail_providers(conn: Conn) -> None:
    # The worker reads no firm from a free-mail domain (a signature's company), the database neither (organisations,
    # and R1's colleagues): one list, held equal here.
    assert {r[0] for r in conn.execute("select domain from private.free_mail_domains")} == FREE_MAIL


def test_ingest_notes_human_mail_and_leaves_automatic_mail_out(conn: Conn, box: Mailbox) -> None:
    sent = ingest(conn, box.mailbox_id, outbound(box, "Marc.Petit@Finance-Conseil.fr", sent_at=at(0)), at(0))
    reply = ingest_inbound(conn, box, "marc.petit@finance-conseil.fr", 5)
    away = ingest_inbound(
        conn, box, "paul@finance-conseil.fr", 6, analysis={"kind": "auto_reply", "new_text": "Absent"}
    )
    assert insight(conn, message_id(sent))["direction"] == "outbound"
    assert insight(conn, reply) | {} == {
        "state": "pending", "attempts": 0, "reason": None, "fields_found": None,
        "address": "marc.petit@finance-conseil.fr", "direction": "inbound",
    }  # fmt: skip
    assert conn.execute("select count(*) from public.message_insights where message_id = %s", (away,)).fetchone() == (
        0,
    )


def test_autofill_makes_contacts_of_recipients_and_queues_inbound_mail_up_to_the_batch(
    conn: Conn, box: Mailbox, db_url: str
) -> None:
    colleague = add_member(conn, box.team_id, "luc@cabinet-durand.fr")
    conn.execute(
        "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, 'graph', %s)",
        (box.team_id, colleague, "luc@cabinet-durand.fr"),
    )
    ingest(
        conn, box.mailbox_id,
        outbound(box, ["marc@finance-conseil.fr", "luc@cabinet-durand.fr"], cc=["anne.roux@gmail.com"], sent_at=at(0)),
        at(0),
    )  # fmt: skip
    internal = ingest_inbound(conn, box, "luc@cabinet-durand.fr", 1)
    inbound_ids = [ingest_inbound(conn, box, f"client{i}@banque-{i}.fr", 2 + i) for i in range(5)]
    conn.execute("select public.set_intelligence_settings(%s, p_autofill_batch_size => 3)", (box.team_id,))
    queued = conn.execute("select worker.run_autofill(%s)", (at(30),)).fetchone()
    assert queued == (3,)
    # Recipients: external ones only; an organisation by domain, none for free mail.
    marc = contact(conn, box.team_id, "marc@finance-conseil.fr")
    assert (marc["org_domain"], marc["owner_id"]) == ("finance-conseil.fr", box.owner_id)
    assert contact(conn, box.team_id, "anne.roux@gmail.com")["organisation_id"] is None
    assert conn.execute(
        "select count(*) from public.contacts where address like '%%@cabinet-durand.fr'"
    ).fetchone() == (0,)
    assert insight(conn, internal)["state"] == "done" and insight(conn, internal)["reason"] == "internal sender"
    states = [insight(conn, m)["state"] for m in inbound_ids]
    assert states == ["queued"] * 3 + ["pending"] * 2, "the oldest first, up to the batch size"
    # The queue gives the worker what it needs: the new text and the mailbox's own identity.
    with worker_connection(db_url) as worker:
        rows = worker.execute(
            "select message_id, from_address, mailbox_address, new_text, default_region"
            " from worker.read_intelligence_queue(10, 60)"
        ).fetchall()
    assert [r[0] for r in rows] == inbound_ids[:3]
    assert rows[0][1:] == ("client0@banque-0.fr", box.address, "Merci, je reviens vers vous.", "FR")
    # The next run takes the rest.
    assert conn.execute("select worker.run_autofill(%s)", (at(90),)).fetchone() == (2,)


def test_facts_apply_at_the_threshold_and_wait_as_suggestions_below(conn: Conn, box: Mailbox) -> None:
    msg = ingest_inbound(conn, box, "marc.petit@finance-conseil.fr")
    result = record(
        conn, msg,
        [
            field("name", "Marc Petit", 0.97),
            field("title", "Directeur de la gestion privée", 0.95),
            field("company", "Finance Conseil SAS", 0.93),
            field("phone_mobile", "+33612345678", 0.99),
            field("postal_address", "12, rue de la Paix – 75002 Paris", 0.80),
            field("linkedin", "https://www.linkedin.com/in/marc-petit", 0.98),
        ],
    )  # fmt: skip
    assert result["recorded"] == 6
    c = contact(conn, box.team_id, "marc.petit@finance-conseil.fr")
    assert (c["name"], c["title"], c["company"], c["phone_mobile"], c["linkedin"]) == (
        "Marc Petit", "Directeur de la gestion privée", "Finance Conseil SAS", "+33612345678",
        "https://www.linkedin.com/in/marc-petit",
    )  # fmt: skip
    assert c["postal_address"] is None, "0.80 is below the 0.92 threshold: a suggestion, not a value"
    assert facts(conn, box.team_id, c["address"])[("postal_address", "12, rue de la Paix – 75002 Paris")] == "suggested"
    # The firm's name comes from the signature; its address waits as a suggestion there too.
    assert (c["org_domain"], c["org_name"]) == ("finance-conseil.fr", "Finance Conseil SAS")
    org_facts = conn.execute(
        "select field, status::text from public.organisation_facts where organisation_id = %s order by field",
        (c["organisation_id"],),
    ).fetchall()
    assert org_facts == [("name", "applied"), ("postal_address", "suggested")]
    assert insight(conn, msg)["state"] == "done" and insight(conn, msg)["fields_found"] == 6
    # Recording the same message again changes nothing (the worker may retry).
    record(conn, msg, [field("name", "Marc Petit", 0.97)])
    assert conn.execute(
        "select seen_count from public.contact_facts where field = 'name' and address = %s", (c["address"],)
    ).fetchone() == (1,)
    # A lower threshold is the team's choice.
    conn.execute("select public.set_intelligence_settings(%s, p_autofill_threshold => 0.75)", (box.team_id,))
    later = ingest_inbound(conn, box, "marc.petit@finance-conseil.fr", 10)
    record(conn, later, [field("phone_landline", "+33142000000", 0.80)])
    assert contact(conn, box.team_id, c["address"])["phone_landline"] == "+33142000000"


def test_a_value_set_by_hand_is_never_replaced_by_a_newer_fact(conn: Conn, box: Mailbox) -> None:
    first = ingest_inbound(conn, box, "sophie@atelier-conseil.fr")
    record(conn, first, [field("title", "Chargée d'affaires", 0.96)])
    address = "sophie@atelier-conseil.fr"
    contact_id = contact(conn, box.team_id, address)["id"]
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        c.execute("select public.set_contact_field(%s, 'title', 'Directrice associée')", (contact_id,))
    assert contact(conn, box.team_id, address)["title"] == "Directrice associée"
    newer = ingest_inbound(conn, box, address, 30)
    record(conn, newer, [field("title", "Responsable grands comptes", 0.99)])
    assert contact(conn, box.team_id, address)["title"] == "Directrice associée"
    assert facts(conn, box.team_id, address)[("title", "Responsable grands comptes")] == "suggested"
    # The same value as the hand-set one is evidence for it, not a new suggestion.
    again = ingest_inbound(conn, box, address, 40)
    record(conn, again, [field("title", "Directrice associée", 0.95)])
    assert facts(conn, box.team_id, address)[("title", "Directrice associée")] == "applied"


def test_decisions_accept_reject_edit_and_a_rejected_fact_stays_rejected(conn: Conn, box: Mailbox) -> None:
    address = "jean.martin@patrimoine-ouest.fr"
    msg = ingest_inbound(conn, box, address)
    record(
        conn, msg,
        [
            field("title", "Gérant", 0.70), field("phone_fax", "+33240000001", 0.60),
            field("website", "patrimoine.fr", 0.5),
        ],
    )  # fmt: skip
    ids = dict(conn.execute("select field, id from public.contact_facts where address = %s", (address,)).fetchall())
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (ids["title"],))
        c.execute("select public.decide_fact(%s, 'reject')", (ids["phone_fax"],))
        c.execute("select public.decide_fact(%s, 'edit', 'https://www.patrimoine-ouest.fr')", (ids["website"],))
    now = contact(conn, box.team_id, address)
    assert (now["title"], now["phone_fax"], now["website"]) == ("Gérant", None, "https://www.patrimoine-ouest.fr")
    assert facts(conn, box.team_id, address)[("website", "patrimoine.fr")] == "rejected"
    seen_again = ingest_inbound(conn, box, address, 20)
    record(conn, seen_again, [field("phone_fax", "+33240000001", 0.99)])
    assert facts(conn, box.team_id, address)[("phone_fax", "+33240000001")] == "rejected"
    assert contact(conn, box.team_id, address)["phone_fax"] is None


def test_bulk_decisions_follow_the_filters_and_who_may_decide(conn: Conn, box: Mailbox) -> None:
    member = add_member(conn, box.team_id, "nina@cabinet-durand.fr")
    admin = add_member(conn, box.team_id, "adam@cabinet-durand.fr", "admin")
    for i, sender in enumerate(("a@alpha-gestion.fr", "b@beta-finance.fr")):
        msg = ingest_inbound(conn, box, sender, i)
        record(conn, msg, [field("title", f"Associé {i}", 0.80), field("phone_landline", f"+3314000000{i}", 0.55)])
    fact_id = conn.execute("select id from public.contact_facts where field = 'title' limit 1").fetchone()
    assert fact_id is not None
    # A member who does not own the contacts decides nothing, one by one or in bulk.
    with pytest.raises(psycopg.Error) as denied, acting_as(conn, "authenticated", member) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (fact_id[0],))
    assert sqlstate(denied.value) == "42501"
    with acting_as(conn, "authenticated", member) as c:
        assert c.execute("select public.decide_facts(%s, 'accept')", (box.team_id,)).fetchone() == (0,)
    # Another team's owner neither.
    stranger = make_team_with_mailbox(conn, address="zoe@autre.fr", domains=("autre.fr",))
    with pytest.raises(psycopg.Error) as other_team, acting_as(conn, "authenticated", stranger.owner_id) as c:
        c.execute("select public.decide_facts(%s, 'accept')", (box.team_id,))
    assert sqlstate(other_team.value) == "42501"
    # An admin accepts the titles at 0.75 or more, then rejects what is left below 0.6.
    with acting_as(conn, "authenticated", admin, commit=True) as c:
        assert c.execute(
            "select public.decide_facts(%s, 'accept', p_field => 'title', p_min_confidence => 0.75)", (box.team_id,)
        ).fetchone() == (2,)
        assert c.execute(
            "select public.decide_facts(%s, 'reject', p_max_confidence => 0.6)", (box.team_id,)
        ).fetchone() == (2,)
    assert contact(conn, box.team_id, "a@alpha-gestion.fr")["title"] == "Associé 0"
    assert conn.execute("select count(*) from public.contact_facts where status = 'suggested'").fetchone() == (0,)


def test_a_malformed_result_is_refused_and_a_message_that_keeps_failing_is_archived_with_its_reason(
    conn: Conn, box: Mailbox, db_url: str
) -> None:
    msg = ingest_inbound(conn, box, "x@societe-x.fr")
    for bad in (
        [{"field": "shoe_size", "value": "42", "confidence": 0.9}],
        [{"field": "title", "value": "", "confidence": 0.9}],
        [{"field": "title", "value": "CEO", "confidence": 1.5}],
        [{"field": "title", "value": "CEO", "confidence": 0.9, "source": "user"}],
    ):
        with pytest.raises(psycopg.Error) as refused:
            record(conn, msg, bad)
        assert sqlstate(refused.value) == "22023"
    assert conn.execute("select count(*) from public.contacts").fetchone() == (0,)
    conn.execute("select worker.run_autofill(%s)", (at(5),))
    with worker_connection(db_url) as worker:
        (queue_id,) = worker.execute("select queue_msg_id from worker.read_intelligence_queue(1, 0)").fetchone() or (
            None,
        )
        outcomes = [
            worker.execute(
                "select worker.fail_intelligence(%s, %s, %s)", (queue_id, msg, "spaCy: text too long")
            ).fetchone()
            for _ in range(3)
        ]
        assert outcomes == [(False,), (False,), (True,)]
    assert conn.execute("select count(*) from pgmq.q_intelligence").fetchone() == (0,)
    assert conn.execute("select count(*) from pgmq.a_intelligence").fetchone() == (1,)
    assert insight(conn, msg) | {} == {
        "state": "failed", "attempts": 3, "reason": "spaCy: text too long", "fields_found": None,
        "address": "x@societe-x.fr", "direction": "inbound",
    }  # fmt: skip


def test_free_mail_senders_get_an_organisation_by_the_company_they_name(conn: Conn, box: Mailbox) -> None:
    msg = ingest_inbound(conn, box, "pierre.leroy@orange.fr")
    record(conn, msg, [field("company", "Leroy Patrimoine SARL", 0.95)])
    c = contact(conn, box.team_id, "pierre.leroy@orange.fr")
    assert (c["org_domain"], c["org_name"]) == (None, "Leroy Patrimoine SARL")


def test_backfill_notes_mail_ingested_before_and_is_idempotent(conn: Conn, box: Mailbox) -> None:
    msg = ingest_inbound(conn, box, "old@ancien-client.fr")
    conn.execute("delete from public.message_insights")
    assert conn.execute("select worker.backfill_insights()").fetchone() == (1,)
    assert conn.execute("select worker.backfill_insights()").fetchone() == (0,)
    assert insight(conn, msg)["state"] == "pending"


def test_erasing_a_message_keeps_the_fact_without_its_evidence_and_a_team_takes_everything_with_it(
    conn: Conn, box: Mailbox
) -> None:
    msg = ingest_inbound(conn, box, "eve@cabinet-eve.fr")
    record(conn, msg, [field("title", "Notaire", 0.99)])
    conn.execute("delete from public.messages where id = %s", (msg,))
    assert conn.execute("select source_message_id, status::text from public.contact_facts").fetchall() == [
        (None, "applied")
    ]
    conn.execute("delete from public.teams where id = %s", (box.team_id,))
    for table in ("contacts", "organisations", "contact_facts", "organisation_facts", "message_insights"):
        assert conn.execute(f"select count(*) from public.{table}").fetchone() == (0,), table


def test_contact_views_show_a_contacts_mail_as_the_caller_may_see_it(conn: Conn, box: Mailbox) -> None:
    member = add_member(conn, box.team_id, "nina@cabinet-durand.fr")
    sent = ingest(conn, box.mailbox_id, outbound(box, "lea@client-lea.fr", sent_at=at(0)), at(0))
    reply = ingest_inbound(conn, box, "lea@client-lea.fr", 10)
    conn.execute("select worker.run_autofill(%s)", (at(20),))
    with acting_as(conn, "authenticated", box.owner_id) as c:
        rows = c.execute("select message_id, role from public.contact_messages order by at").fetchall()
        assert rows == [(message_id(sent), "to"), (reply, "from")]
        assert c.execute("select address from public.tracked_email_contacts").fetchall() == [("lea@client-lea.fr",)]
    with acting_as(conn, "authenticated", member) as c:
        # The contact is the team's; the owner's mail stays the owner's.
        assert c.execute("select address from public.contacts").fetchall() == [("lea@client-lea.fr",)]
        assert c.execute("select count(*) from public.contact_messages").fetchone() == (0,)


def test_two_workers_recording_one_new_person_at_once_make_one_contact(db_url: str, conn: Conn, box: Mailbox) -> None:
    messages = [ingest_inbound(conn, box, "dup@double-conseil.fr", i) for i in range(2)]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(msg: uuid.UUID, title: str) -> None:
        try:
            with worker_connection(db_url) as worker:
                barrier.wait()
                worker.execute(
                    "select worker.record_signature(null, %s, %s, %s)",
                    (msg, Jsonb({"fields": [field("title", title, 0.95), field("company", "Double", 0.95)]}), at(50)),
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(m, t)) for m, t in zip(messages, ("Associé", "Gérant"), strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert conn.execute("select count(*) from public.contacts").fetchone() == (1,)
    assert conn.execute("select count(*) from public.organisations").fetchone() == (1,)
    assert conn.execute("select count(*) from public.contact_facts where field = 'title'").fetchone() == (2,)


def test_the_autofill_run_takes_its_contacts_in_the_lock_order_and_deadlocks_with_nothing(
    db_url: str, conn: Conn, box: Mailbox
) -> None:
    # Lock order (README, Contacts): organisations, then contacts by ascending address. Claire wrote to Zoé, then
    # to Anne; both are contacts already. While the run is due, a path that follows the order (a member's bulk
    # decision over both) holds Anne and is about to take Zoé. Taken message by message, the run held Zoé while it
    # waited for Anne: a deadlock, one side rolled back. Taken at once in the order, the run waits for Anne holding
    # no contact, the decision takes Zoé and commits, and the run completes.
    zoe, anne = "zoe.zimmer@zeta-conseil.fr", "anne.arnaud@alpha-conseil.fr"
    ingest(conn, box.mailbox_id, outbound(box, [zoe, anne], sent_at=at(0)), at(0))
    conn.execute("select worker.run_autofill(%s)", (at(1),))
    ingest(conn, box.mailbox_id, outbound(box, zoe, sent_at=at(10)), at(10))
    ingest(conn, box.mailbox_id, outbound(box, anne, sent_at=at(20)), at(20))
    errors: list[BaseException] = []
    with psycopg.connect(db_url) as decision, psycopg.connect(db_url, autocommit=True) as run:
        decision.execute("set deadlock_timeout = '100ms'")
        run.execute("set deadlock_timeout = '100ms'")
        decision.execute("select id from public.contacts where address = %s for no key update", (anne,))

        def autofill() -> None:
            try:
                run.execute("select worker.run_autofill(%s)", (at(30),))
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=autofill)
        thread.start()
        pid = run.info.backend_pid
        # However slow the machine: the run either blocks on Anne's lock (which it must) or ends without it.
        while thread.is_alive():
            waiting = conn.execute(
                "select wait_event_type = 'Lock' from pg_stat_activity where pid = %s", (pid,)
            ).fetchone()
            if waiting and waiting[0]:
                break
            thread.join(0.01)
        else:
            pytest.fail("the autofill run never waited for Anne's contact")
        decision.execute("select id from public.contacts where address = %s for no key update", (zoe,))
        decision.commit()
        thread.join()  # the decision committed: the run goes on, or the deadlock detector ends it
    assert errors == [], errors
    seen = conn.execute(
        "select address, last_seen_at from public.contacts where address = any(%s) order by address", ([zoe, anne],)
    ).fetchall()
    assert seen == [(anne, at(20)), (zoe, at(10))]


def test_a_signed_in_user_cannot_choose_the_instant_of_a_decision(conn: Conn, box: Mailbox) -> None:
    msg = ingest_inbound(conn, box, "henri@maison-henri.fr")
    record(conn, msg, [field("title", "Président", 0.5)])
    row = conn.execute("select id, contact_id from public.contact_facts").fetchone()
    assert row is not None
    fact_id, contact_id = row
    backdated = dt.datetime(1999, 1, 1, tzinfo=dt.UTC)
    for statement, args in (
        ("select public.decide_fact(%s, 'accept', null, %s)", (fact_id, backdated)),
        ("select public.decide_facts(%s, 'accept', p_now => %s)", (box.team_id, backdated)),
        ("select public.set_contact_field(%s, 'title', 'PDG', %s)", (contact_id, backdated)),
        ("select public.run_autofill_now(%s, null, %s)", (box.team_id, backdated)),
    ):
        with (
            pytest.raises(psycopg.errors.InsufficientPrivilege) as refused,
            acting_as(conn, "authenticated", box.owner_id) as c,
        ):
            c.execute(statement, args)
        assert "p_now" in str(refused.value), statement
    assert conn.execute("select status::text, decided_at from public.contact_facts").fetchall() == [("suggested", None)]


def test_a_bulk_decision_on_an_unknown_field_is_refused_by_name(conn: Conn, box: Mailbox) -> None:
    with pytest.raises(psycopg.Error) as refused:
        conn.execute("select public.decide_facts(%s, 'accept', p_field => 'shoe_size')", (box.team_id,))
    assert sqlstate(refused.value) == "22023" and "p_field" in str(refused.value)


def sent_as_the_connector_sends_it(
    box: Mailbox, to: list[tuple[str, str]], body: str, minutes: int, cc: tuple[str, str] | None = None
) -> dict[str, Any]:
    """An outbound message read as the worker reads one it synced (`normalise.with_analysis`: the language, and how
    the user's words greet each To recipient, with the display names), in a conversation of its own."""
    message = outbound(box, [a for a, _ in to], sent_at=at(minutes), body_text=body, subject=f"Offre {minutes}")
    message["to"] = [{"address": a, "name": n} for a, n in to]
    message["cc"] = [{"address": cc[0], "name": cc[1]}] if cc else []
    return normalise.with_analysis(dict(message), box.address, lambda: b"")


def test_outbound_recipients_are_named_as_the_users_own_mail_names_them(conn: Conn, box: Mailbox) -> None:
    # A prospect who never answers would stay an address in the contact list, though the user's address book named
    # them in every message. The To display name is a fact (source header): applied when it clearly names the
    # address's person, a suggestion when it is unclear (three names, a greeting by another name), nothing for a
    # desk. Cc is not read (the user's greeting speaks to To).
    to = [
        ("jean.dupont@lefevre-industrie.fr", "DUPONT Jean"),
        ("mcdubois@lefevre-industrie.fr", "Marie Claire Dubois"),
        ("compta@lefevre-industrie.fr", "Service Comptabilité"),
    ]
    anne = ("anne.roux@gmail.com", "Anne Roux")
    sent = sent_as_the_connector_sends_it(box, to, "Bonjour,\n\nVoici notre offre.", 0, cc=anne)
    ingest(conn, box.mailbox_id, sent, at(0))
    bob = [("robert.martin@martin-sa.fr", "Robert Martin")]
    ingest(conn, box.mailbox_id, sent_as_the_connector_sends_it(box, bob, "Bonjour Bob,\n\nComme promis.", 5), at(5))
    jean = [("jean.dupont@lefevre-industrie.fr", "jean dupont")]
    ingest(conn, box.mailbox_id, sent_as_the_connector_sends_it(box, jean, "Bonjour,\n\nÀ lundi.", 10), at(10))
    assert conn.execute("select worker.run_autofill(%s)", (at(30),)).fetchone() == (0,)
    named = conn.execute("select address, name from public.contacts where team_id = %s order by 1", [box.team_id])
    assert named.fetchall() == [
        ("anne.roux@gmail.com", None),
        ("compta@lefevre-industrie.fr", None),
        ("jean.dupont@lefevre-industrie.fr", "Jean Dupont"),
        ("mcdubois@lefevre-industrie.fr", None),
        ("robert.martin@martin-sa.fr", None),
    ]
    assert conn.execute(
        "select address, value, source::text, status::text, confidence from public.contact_facts order by address"
    ).fetchall() == [
        ("jean.dupont@lefevre-industrie.fr", "Jean Dupont", "header", "applied", Decimal("0.950")),
        ("mcdubois@lefevre-industrie.fr", "Marie Claire Dubois", "header", "suggested", Decimal("0.800")),
        ("robert.martin@martin-sa.fr", "Robert Martin", "header", "suggested", Decimal("0.800")),
    ]
    # Jean's follow-up greets him by his first name. "Bonjour Bob," to Robert Martin left no first name safe to
    # repeat (relance.analysis.names), and his name, only suggested, does not bring "Robert" back.
    assert first_names(conn, box, "Offre 5", "Offre 10") == {"Offre 5": None, "Offre 10": "Jean"}
    # Later mail names Robert Martin clearly: the contact is named. The follow-ups of the mail that greeted him "Bob"
    # still greet no first name (the user's word for him was a nickname: not "Robert" either).
    later = sent_as_the_connector_sends_it(box, bob, "Suite à notre échange.", 40)
    ingest(conn, box.mailbox_id, later, at(40))
    conn.execute("select worker.run_autofill(%s)", (at(50),))
    assert contact(conn, box.team_id, "robert.martin@martin-sa.fr")["name"] == "Robert Martin"
    assert first_names(conn, box, "Offre 5", "Offre 40") == {"Offre 5": None, "Offre 40": "Robert"}


def test_a_name_set_by_hand_outlives_the_display_names_of_later_mail(conn: Conn, box: Mailbox) -> None:
    address = "jean.dupont@lefevre-industrie.fr"
    to = [(address, "Jean Dupont")]
    ingest(conn, box.mailbox_id, sent_as_the_connector_sends_it(box, to, "Bonjour Jean,\n\nVoici.", 0), at(0))
    conn.execute("select worker.run_autofill(%s)", (at(10),))
    contact_id = contact(conn, box.team_id, address)["id"]
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        c.execute("select public.set_contact_field(%s, 'name', 'Jean-Marc Dupont')", (contact_id,))
    again = [(address, "M. Jean DUPONT")]
    ingest(conn, box.mailbox_id, sent_as_the_connector_sends_it(box, again, "Bonjour,\n\nSuite.", 20), at(20))
    conn.execute("select worker.run_autofill(%s)", (at(30),))
    assert contact(conn, box.team_id, address)["name"] == "Jean-Marc Dupont"
    assert facts(conn, box.team_id, address) == {
        ("name", "Jean Dupont"): "applied",
        ("name", "Jean-Marc Dupont"): "applied",
    }, "the same name again, without its title, is evidence for the first reading, not a new value"


def first_names(conn: Conn, box: Mailbox, *subjects: str) -> dict[str, str | None]:
    """What `{{recipient_first_name}}` gives the mailbox's tracked emails of these subjects, by subject."""
    rows = conn.execute(
        "select t.subject, private.template_values(t.id, 'fr') ->> 'recipient_first_name'"
        " from public.tracked_emails t where t.mailbox_id = %s and t.subject = any(%s)",
        (box.mailbox_id, list(subjects)),
    ).fetchall()
    return dict(rows)


def test_an_opt_out_reply_shows_on_the_contact_and_ends_profiling_and_llm_reading(
    conn: Conn, box: Mailbox, db_url: str
) -> None:
    # PRIVACY.md: an objection (opt-out, R8) ends processing for prospecting and stays visible. Marc is a contact
    # (his signature was read last week); he answers "please stop": his contact says so, and neither that mail nor
    # any later one is read into facts about him or sent to an LLM. His intent is still read (by the rules).
    conn.execute("select public.set_intelligence_settings(%s, p_llm_enabled => true)", (box.team_id,))
    first = ingest_inbound(conn, box, "marc@finance-conseil.fr", 0)
    record(conn, first, [field("title", "Directeur financier", 0.95)])
    assert contact(conn, box.team_id, "marc@finance-conseil.fr")["objected_at"] is None
    phrase = "merci de ne plus me contacter"
    stop = ingest_inbound(
        conn, box, "marc@finance-conseil.fr", 10,
        analysis={"opt_out": True, "opt_out_phrase": phrase, "new_text": "Merci de ne plus me contacter."},
    )  # fmt: skip
    marc = contact(conn, box.team_id, "marc@finance-conseil.fr")
    assert (marc["objected_at"], marc["objection_detail"]) == (at(10), phrase)
    later = ingest_inbound(conn, box, "marc@finance-conseil.fr", 20)
    other = ingest_inbound(conn, box, "anne@banque-roux.fr", 21)
    assert conn.execute("select worker.run_autofill(%s)", (at(30),)).fetchone() == (3,)
    with worker_connection(db_url) as worker:
        llm = dict(
            worker.execute("select message_id, llm_enabled from worker.read_intelligence_queue(10, 60)").fetchall()
        )
    assert llm == {stop: False, later: False, other: True}
    before = facts(conn, box.team_id, "marc@finance-conseil.fr")
    result = record(
        conn, later, [field("phone_mobile", "+33612345678", 0.99), field("company", "Finance Conseil", 0.99)]
    )
    assert (result["recorded"], result["skipped"]) == (0, "objection")
    assert facts(conn, box.team_id, "marc@finance-conseil.fr") == before
    assert insight(conn, later)["state"] == "done"
    assert insight(conn, later)["reason"] == "objected to prospecting: not profiled (R8)"
    assert record(conn, other, [field("title", "Gérante", 0.95)])["recorded"] == 1  # anyone else: as before


def test_a_contact_made_after_the_person_opted_out_shows_the_objection(conn: Conn, box: Mailbox) -> None:
    # Léa opted out before the team had a contact for her; the autofill run makes one later (a colleague wrote to
    # her by hand): it shows her objection from the start.
    ingest_inbound(
        conn, box, "lea@bernard-conseil.fr", 0, analysis={"opt_out": True, "opt_out_phrase": "désinscrivez-moi"}
    )
    ingest(conn, box.mailbox_id, outbound(box, "lea@bernard-conseil.fr", sent_at=at(5)), at(5))
    conn.execute("select worker.run_autofill(%s)", (at(30),))
    lea = contact(conn, box.team_id, "lea@bernard-conseil.fr")
    assert lea["objected_at"] is not None and lea["objection_detail"] == "désinscrivez-moi"


def test_a_company_first_named_by_a_free_mail_signature_is_one_organisation_with_its_domain(
    conn: Conn, box: Mailbox
) -> None:
    # INTELLIGENCE.md: an organisation, found by domain or name, one per team. A colleague's free-mail signature names
    # the firm first; a message from the firm's own domain with the same company then finds it, not a second one.
    luc = ingest_inbound(conn, box, "luc.moreau@gmail.com")
    record(conn, luc, [field("company", "Giraud Holding SAS", 0.95)])
    bernard = ingest_inbound(conn, box, "bernard@giraud-holding.fr", 10)
    record(conn, bernard, [field("company", "Giraud Holding SAS", 0.95)])
    nadia = ingest_inbound(conn, box, "nadia@gmail.com", 20)
    record(conn, nadia, [field("company", "GIRAUD HOLDING SAS", 0.95)])
    orgs = conn.execute("select id, domain, name from public.organisations").fetchall()
    assert len(orgs) == 1, orgs
    assert orgs[0][1] == "giraud-holding.fr"
    assert {contact(conn, box.team_id, a)["organisation_id"] for a in ("luc.moreau@gmail.com",
        "bernard@giraud-holding.fr", "nadia@gmail.com")} == {orgs[0][0]}  # fmt: skip


def test_a_company_named_on_free_mail_and_then_by_its_domains_signature_becomes_one_organisation(
    conn: Conn, box: Mailbox
) -> None:
    # The firm's domain has an organisation from the outbound contacts run (no name yet); a colleague on free mail
    # names the company first (an organisation by name); the firm's own signature then names it too: one
    # organisation, the domain's, with both contacts and the name.
    ingest(conn, box.mailbox_id, outbound(box, "bernard@giraud-holding.fr", sent_at=at(0)), at(0))
    conn.execute("select worker.run_autofill(%s)", (at(5),))
    luc = ingest_inbound(conn, box, "luc.moreau@gmail.com", 10)
    record(conn, luc, [field("company", "Giraud Holding SAS", 0.95)])
    assert conn.execute("select count(*) from public.organisations").fetchone() == (2,)
    bernard = ingest_inbound(conn, box, "bernard@giraud-holding.fr", 20)
    record(conn, bernard, [field("company", "Giraud Holding SAS", 0.95)])
    orgs = conn.execute("select id, domain, name from public.organisations").fetchall()
    assert [(o[1], o[2]) for o in orgs] == [("giraud-holding.fr", "Giraud Holding SAS")]
    assert contact(conn, box.team_id, "luc.moreau@gmail.com")["organisation_id"] == orgs[0][0]
    assert contact(conn, box.team_id, "bernard@giraud-holding.fr")["organisation_id"] == orgs[0][0]
