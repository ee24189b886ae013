"""Blind concurrency acceptance tests for the CRM half and its meeting points with the engine and the GDPR stack.

Written from INTELLIGENCE.md, PRIVACY.md, BEHAVIOUR.md, the README and the catalog's comments alone (never the SQL,
the workers or other tests). Every race opens real connections (threads, each with its own psycopg connection, as
the intelligence worker, the ingest worker and a member's PostgREST request have), releases them together on a
barrier, and asserts only what the texts fix for every order the race may take:

- colleagues' signatures recorded at once: one organisation per company per team, both contacts on it;
- a member deciding a suggested fact while a newer signature of the same person is recorded, or while the person is
  erased (a decided value is never replaced; an erased person is never written back);
- a member correcting an intent while the worker records its own reading (a correction is never replaced);
- routing a reply while its assignee is anonymised (a routed reply always has a member as owner);
- an erasure racing the person's reply, signature, intent and a new tracked email to them (afterwards nothing names
  them and nothing is tracked or sent to them), the same erasure asked twice at once, and the two orders made
  certain by holding one transaction open (a write open when the erasure is asked; a write arriving while the
  erasure is open);
- an opt-out racing a colleague's new email to the same person (never a follow-up sent to a suppressed person);
- a seeded random mix of all of these over a few persons (`seed=…` printed; `RELANCE_CONCURRENCY_SEED=<n>` replays).

No texts say callers retry a deadlock (R13: "No interleaving ... ever deadlocks"), so a 40P01 (or any class 40
error) surfaced to a caller is a failure. Instants are explicit (`p_now`, 2027-2029); nothing depends on today's
date or the machine's speed: threads are joined with a guard that only turns a hang into a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.pg import acting_as, sqlstate
from tests.story import (
    Connections,
    Mailbox,
    Message,
    ack,
    add_mailbox,
    add_member,
    claim,
    inbound,
    inbound_reply,
    ingest,
    make_team_with_mailbox,
    outbound,
    query_rows,
    read_queue,
    run_scheduler,
)

GUARD = 30.0  # seconds: a thread or a statement that takes longer is hung
T0 = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)  # a Monday, inside the default working hours (UTC)
# What an API caller can act on: the refusals the catalog documents (P0002 gone or not theirs, 42501 not allowed,
# 22023 bad value); decide_fact itself answers 42501 "no such fact, or not one you decide on" for an erased fact.
ACTIONABLE = ("P0002", "42501", "22023")


# Harness -------------------------------------------------------------------------------------------------------


@pytest.fixture
def conns(conn: Any, db_url: str) -> Iterator[Connections]:
    pool = Connections(db_url, conn, GUARD)
    yield pool
    pool.close()


@dataclass
class Outcome:
    """What one racer got: its result, or the database error it raised."""

    name: str
    result: Any = None
    error: BaseException | None = None

    @property
    def state(self) -> str | None:
        return sqlstate(self.error) if self.error is not None else None


def race(bodies: dict[str, Callable[[], Any]], guard: float = GUARD) -> dict[str, Outcome]:
    """Runs each body on its own thread, all released at once by a barrier; returns each one's outcome (a database
    error is kept, any other exception fails the test). A thread still running after `guard` fails the test."""
    barrier = threading.Barrier(len(bodies))
    outcomes = {name: Outcome(name) for name in bodies}

    def run(name: str, body: Callable[[], Any]) -> None:
        try:
            barrier.wait(guard)
            outcomes[name].result = body()
        except BaseException as exc:
            outcomes[name].error = exc

    threads = [threading.Thread(target=run, args=(n, b), name=n, daemon=True) for n, b in bodies.items()]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + guard
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    hung = [t.name for t in threads if t.is_alive()]
    assert not hung, f"hung (still running after {guard} s): {hung}"
    for outcome in outcomes.values():
        if outcome.error is not None and not isinstance(outcome.error, psycopg.Error):
            raise AssertionError(f"{outcome.name} failed: {outcome.error!r}") from outcome.error
    return outcomes


def no_lock_failures(outcomes: dict[str, Outcome]) -> None:
    """R13 / README "No deadlock, ever": no caller sees a deadlock or serialization failure (class 40), nor an
    internal error (XX) or a unique violation (23505: a duplicate the caller cannot act on)."""
    bad = {
        name: f"{o.state}: {o.error}"
        for name, o in outcomes.items()
        if o.state is not None and (o.state.startswith(("40", "XX")) or o.state == "23505")
    }
    assert not bad, bad


def expect_ok(outcomes: dict[str, Outcome], *names: str) -> None:
    failed = {n: f"{outcomes[n].state}: {outcomes[n].error}" for n in names if outcomes[n].error is not None}
    assert not failed, failed


def seed_for(test: str) -> int:
    seed = int(os.environ.get("RELANCE_CONCURRENCY_SEED") or random.SystemRandom().randrange(1, 2**31))
    print(f"{test}: seed={seed} (replay with RELANCE_CONCURRENCY_SEED={seed})")
    return seed


# The world: Cabinet Durand, Claire (owner) and Marc (member), each with a mailbox ----------------------------------


@dataclass
class World:
    conn: Any
    claire: Mailbox
    marc: Mailbox
    queue: dict[uuid.UUID, int] = field(default_factory=dict)

    @property
    def team_id(self) -> uuid.UUID:
        return self.claire.team_id

    @property
    def owner(self) -> uuid.UUID:
        return self.claire.owner_id

    def mailbox(self, which: str) -> Mailbox:
        return self.claire if which == "claire" else self.marc


def make_world(conn: Any) -> World:
    claire = make_team_with_mailbox(
        conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    marc_id = add_member(conn, claire.team_id, "marc@cabinet-durand.fr")
    marc = add_mailbox(conn, claire.team_id, marc_id, "marc@cabinet-durand.fr")
    return World(conn, claire, marc)


def at(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


def signature_body(name: str, title: str, company: str, phone: str = "01 42 68 53 00") -> str:
    return f"Merci pour votre message.\n\nCordialement,\n\n{name}\n{title}\n{company}\nTél. : {phone}"


def signature_result(fields: dict[str, tuple[str, float]], confidence: float = 1.0) -> dict[str, Any]:
    """What the intelligence worker hands `worker.record_signature`: the block's confidence and one entry per field."""
    return {
        "confidence": confidence,
        "fields": [{"field": f, "value": v, "confidence": c} for f, (v, c) in fields.items()],
    }


def send(world: World, who: str, to: list[str], when: dt.datetime, subject: str = "Notre proposition") -> Message:
    """A member's email to `to`, seen in Sent Items and ingested (R1 tracks it)."""
    mailbox = world.mailbox(who)
    sent = outbound(mailbox, to, sent_at=when, subject=subject)
    ingest(world.conn, mailbox.mailbox_id, sent, when)
    return sent


def reply(
    world: World, sent: Message, sender: str, when: dt.datetime, body: str, *, opt_out: bool = False
) -> uuid.UUID:
    result = ingest(
        world.conn,
        world.mailbox("claire" if sent["from"]["address"] == world.claire.address else "marc").mailbox_id,
        inbound_reply(sent, sender, received_at=when, body_text=body, opt_out=opt_out),
        when,
    )
    return uuid.UUID(str(result["message_id"]))


def queue_for_intelligence(world: World, worker: Any, when: dt.datetime) -> None:
    """The autofill run queues the team's pending inbound messages; the intelligence worker reads them (kept
    invisible long enough for the test), as `read_intelligence_queue` hands them."""
    worker.execute("select worker.run_autofill(%s, %s, %s)", (when, world.team_id, 1000))
    for qid, mid in worker.execute(
        "select queue_msg_id, message_id from worker.read_intelligence_queue(%s, %s)", (1000, 600)
    ).fetchall():
        world.queue[mid] = qid


def record_signature(worker: Any, world: World, message_id: uuid.UUID, result: dict[str, Any], when: Any) -> Any:
    row = worker.execute(
        "select worker.record_signature(%s, %s, %s, %s)",
        (world.queue.get(message_id), message_id, Jsonb(result), when),
    ).fetchone()
    return row[0] if row else None


def record_intent(worker: Any, message_id: uuid.UUID, label: str, when: Any, *, confidence: float = 0.95) -> Any:
    row = worker.execute(
        "select worker.record_intent(%s, %s, %s::numeric, 'rules', null, null, null, %s, %s, false)",
        (message_id, label, confidence, f"read as {label}", when),
    ).fetchone()
    return row[0] if row else None


def as_member(connection: Any, user: uuid.UUID, query: str, *args: Any) -> Any:
    """A request on behalf of `user` (service_role carrying the user's claims, so p_now is honoured)."""
    with acting_as(connection, "service_role", user, commit=True):
        row = connection.execute(query, args).fetchone()
    return row[0] if row else None


def erase(connection: Any, world: World, address: str, when: Any) -> Any:
    return as_member(connection, world.owner, "select public.erase_person(%s, %s, %s)", world.team_id, address, when)


def decide(connection: Any, world: World, fact_id: uuid.UUID, decision: str, value: str | None, when: Any) -> Any:
    return as_member(
        connection, world.owner, "select public.decide_fact(%s, %s, %s, %s)", fact_id, decision, value, when
    )


def contact(conn: Any, world: World, address: str) -> dict[str, Any] | None:
    rows = query_rows(conn, "select * from public.contacts where team_id = %s and address = %s", world.team_id, address)
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def fact(conn: Any, address: str, field_name: str, value: str) -> dict[str, Any] | None:
    rows = query_rows(
        conn,
        "select * from public.contact_facts where address = %s and field = %s and value = %s",
        address,
        field_name,
        value,
    )
    return rows[0] if rows else None


def mentions(conn: Any, needle: str, *, except_message: str | None = None) -> list[str]:
    """Every row of every table of the public and pgmq schemas whose text names `needle` (case-insensitive):
    what an erasure must leave empty (PRIVACY.md Art. 17: "removes or anonymises them everywhere"). `except_message`
    leaves out the message of that provider id and its own timeline events (mail that arrived after the erasure)."""
    tables = conn.execute(
        "select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname in ('public', 'pgmq') and c.relkind = 'r'"
    ).fetchall()
    found = []
    for (table,) in tables:
        query = f"select count(*) from {table} as t where t::text ilike %s"
        args: list[Any] = [f"%{needle}%"]
        if except_message is not None and table == "public.messages":
            query += " and t.provider_message_id <> %s"
            args.append(except_message)
        if except_message is not None and table == "public.events":
            query += (
                " and (t.message_id is null or t.message_id not in"
                " (select m.id from public.messages as m where m.provider_message_id = %s))"
            )
            args.append(except_message)
        row = conn.execute(query, args).fetchone()
        if row and row[0]:
            found.append(f"{table}: {row[0]} row(s)")
    return found


def sendable_claims(worker: Any, when: dt.datetime) -> list[dict[str, Any]]:
    """A scheduler tick at `when` and a worker's first claim on everything it queued: the claims that would send."""
    run_scheduler(worker, when)
    granted = []
    for msg_id, followup_id in read_queue(worker):
        context = claim(worker, followup_id, None, when)
        if context.get("ok"):
            granted.append(context)
        ack(worker, msg_id)
    return granted


def tracked_status(conn: Any, sent: Message) -> str | None:
    row = conn.execute(
        "select t.status::text from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        (sent.internet_message_id,),
    ).fetchone()
    return None if row is None else str(row[0])


# Organisations: one per company per team -------------------------------------------------------------------------


def test_two_colleagues_signatures_at_once_make_one_organisation_by_domain(conn: Any, conns: Connections) -> None:
    """INTELLIGENCE.md: "Organisation: a company or firm, found by domain (not free-mail domains) or name, one per
    team." README (Contacts): contacts come "with their organisation (by the address's domain, never a free-mail
    one ...)". Two colleagues at the same firm answer Claire and Marc; the worker records both signatures at once on
    two connections: one organisation for the domain, both contacts on it, and neither call fails."""
    world = make_world(conn)

    def round_(n: int) -> None:
        domain = f"groupe-leroy{n}.fr"
        paul, anne = f"paul.martin@{domain}", f"anne.roy@{domain}"
        to_paul = send(world, "claire", [paul], at(n))
        to_anne = send(world, "marc", [anne], at(n))
        m_paul = reply(world, to_paul, paul, at(n + 0.5), signature_body("Paul Martin", "Directeur", "Groupe Leroy"))
        m_anne = reply(world, to_anne, anne, at(n + 0.5), signature_body("Anne Roy", "Juriste", "Groupe Leroy"))
        one, two = conns.worker(), conns.worker()
        queue_for_intelligence(world, one, at(n + 0.6))
        company = {"company": ("Groupe Leroy", 0.95)}
        out = race(
            {
                "paul": lambda: record_signature(
                    one, world, m_paul, signature_result({"name": ("Paul Martin", 0.95), **company}), at(n + 0.7)
                ),
                "anne": lambda: record_signature(
                    two, world, m_anne, signature_result({"name": ("Anne Roy", 0.95), **company}), at(n + 0.7)
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "paul", "anne")
        orgs = query_rows(
            conn,
            "select id, domain, name from public.organisations where team_id = %s and domain = %s",
            world.team_id,
            domain,
        )
        assert len(orgs) == 1, (n, orgs)
        for person in (paul, anne):
            row = contact(conn, world, person)
            assert row is not None, (n, person)
            assert row["organisation_id"] == orgs[0]["id"], (n, person, row["organisation_id"], orgs)

    for n in range(3):
        round_(n)


def test_free_mail_colleagues_whose_signatures_name_one_company_make_one_organisation(
    conn: Any, conns: Connections
) -> None:
    """INTELLIGENCE.md: an organisation is "found by domain (not free-mail domains) or name, one per team". README
    (Contacts): "by the company the signature names otherwise". Two people of the same firm write from free-mail
    addresses (gmail.com, orange.fr) and their signatures, recorded at once, name the same company: one organisation
    of that name, both contacts on it; no organisation for a free-mail domain."""
    world = make_world(conn)

    def round_(n: int, company: str) -> None:
        first, second = f"jean.verdier{n}@gmail.com", f"marie.lenoir{n}@orange.fr"
        to_first = send(world, "claire", [first], at(n))
        to_second = send(world, "marc", [second], at(n))
        m1 = reply(world, to_first, first, at(n + 0.5), signature_body("Jean Verdier", "Gérant", company))
        m2 = reply(world, to_second, second, at(n + 0.5), signature_body("Marie Lenoir", "Associée", company))
        one, two = conns.worker(), conns.worker()
        queue_for_intelligence(world, one, at(n + 0.6))
        out = race(
            {
                "first": lambda: record_signature(
                    one,
                    world,
                    m1,
                    signature_result({"name": ("Jean Verdier", 0.95), "company": (company, 0.95)}),
                    at(n + 0.7),
                ),
                "second": lambda: record_signature(
                    two,
                    world,
                    m2,
                    signature_result({"name": ("Marie Lenoir", 0.95), "company": (company, 0.95)}),
                    at(n + 0.7),
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "first", "second")
        orgs = query_rows(
            conn,
            "select id, domain, name from public.organisations where team_id = %s and lower(name) = lower(%s)",
            world.team_id,
            company,
        )
        assert len(orgs) == 1, (company, orgs)
        free = query_rows(
            conn,
            "select domain from public.organisations where team_id = %s and domain in ('gmail.com', 'orange.fr')",
            world.team_id,
        )
        assert free == [], free
        for person in (first, second):
            row = contact(conn, world, person)
            assert row is not None and row["organisation_id"] == orgs[0]["id"], (company, person, row, orgs)

    for n, company in enumerate(["Verdier Conseil", "Atelier Morel", "Bastide Patrimoine"]):
        round_(n, company)


def test_colleague_at_the_firms_domain_and_one_on_free_mail_naming_it_share_one_organisation(
    conn: Any, conns: Connections
) -> None:
    """INTELLIGENCE.md: "Organisation: a company or firm, found by domain (not free-mail domains) or name, one per
    team." README (Contacts): "with their organisation (by the address's domain, never a free-mail one; by the company
    the signature names otherwise)". Paul writes from the firm's domain, Jean from gmail.com; both signatures name the
    same company and are recorded at once: the team has one organisation of that company (never a second one of the
    same name), and both contacts are on it."""
    world = make_world(conn)

    def round_(n: int) -> None:
        company = f"Groupe Leroy {n}"
        paul, jean = f"paul.martin@groupe-leroy{n}.fr", f"jean.leroy{n}@gmail.com"
        to_paul = send(world, "claire", [paul], at(n))
        to_jean = send(world, "marc", [jean], at(n))
        m_paul = reply(world, to_paul, paul, at(n + 0.5), signature_body("Paul Martin", "Directeur", company))
        m_jean = reply(world, to_jean, jean, at(n + 0.5), signature_body("Jean Leroy", "Associé", company))
        one, two = conns.worker(), conns.worker()
        queue_for_intelligence(world, one, at(n + 0.6))
        out = race(
            {
                "paul": lambda: record_signature(
                    one,
                    world,
                    m_paul,
                    signature_result({"name": ("Paul Martin", 0.95), "company": (company, 0.95)}),
                    at(n + 0.7),
                ),
                "jean": lambda: record_signature(
                    two,
                    world,
                    m_jean,
                    signature_result({"name": ("Jean Leroy", 0.95), "company": (company, 0.95)}),
                    at(n + 0.7),
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "paul", "jean")
        orgs = query_rows(
            conn,
            "select id, domain, name from public.organisations where team_id = %s"
            " and (domain = %s or lower(name) = lower(%s))",
            world.team_id,
            f"groupe-leroy{n}.fr",
            company,
        )
        assert len(orgs) == 1, (company, orgs)
        for person in (paul, jean):
            row = contact(conn, world, person)
            assert row is not None and row["organisation_id"] == orgs[0]["id"], (company, person, row, orgs)

    for n in range(3):
        round_(n)


def test_the_same_erasure_asked_twice_at_once_erases_once_and_refuses_nothing_unreadable(
    conn: Any, conns: Connections
) -> None:
    """PRIVACY.md, Art. 17: the person is erased everywhere and "a salted hash of the address stays on the suppression
    list"; erase_person's comment: "42501 for anyone else, 22023 for a malformed address. Returns counts." Two admins
    (or one double click) ask for the same person's erasure at once: neither sees a deadlock or a duplicate key, at
    most a refusal the catalog documents, and afterwards nothing names the person and nothing is sent to them."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        suggestion, _second, _sent = _suggested_title(world, conns, person, n)
        assert suggestion is not None
        one, two = conns.user(), conns.user()
        out = race(
            {
                "first": lambda: erase(one, world, person, at(10 * n + 4)),
                "second": lambda: erase(two, world, person, at(10 * n + 4)),
            }
        )
        print(f"round {n}: {[(o.result or f'{o.state}: {o.error}') for o in out.values()]}")
        no_lock_failures(out)
        for o in out.values():
            assert o.error is None or o.state in ACTIONABLE, f"{o.name}: {o.state}: {o.error}"
        assert any(o.error is None for o in out.values())
        _erased_everywhere(conn, person)

    for n in range(3):
        round_(n)
    assert sendable_claims(conns.worker(), at(24 * 8)) == []


# Human in the loop: a decision racing a newer signature ----------------------------------------------------------


def _suggested_title(world: World, conns: Connections, person: str, n: int) -> tuple[Any, uuid.UUID, Message]:
    """Paul's first signature gives a title below the threshold (a suggestion); returns the fact, his next message's
    id (not yet read) and the tracked email."""
    sent = send(world, "claire", [person], at(10 * n))
    first = reply(world, sent, person, at(10 * n + 1), signature_body("Paul Martin", "Directeur financier", "Leroy"))
    second = reply(world, sent, person, at(10 * n + 2), signature_body("Paul Martin", "Directeur général", "Leroy"))
    worker = conns.worker()
    queue_for_intelligence(world, worker, at(10 * n + 3))
    record_signature(
        worker,
        world,
        first,
        signature_result({"name": ("Paul Martin", 0.95), "title": ("Directeur financier", 0.80)}),
        at(10 * n + 3),
    )
    suggestion = fact(world.conn, person, "title", "Directeur financier")
    assert suggestion is not None and suggestion["status"] == "suggested", suggestion
    return suggestion, second, sent


@pytest.mark.parametrize("decision", ["accept", "edit"])
def test_decided_title_is_never_replaced_by_a_newer_signature_recorded_at_once(
    conn: Any, conns: Connections, decision: str
) -> None:
    """README (Contacts, step 4): "a value a user set by hand (typed, accepted or edited) is never replaced: a newer,
    different fact waits as a suggestion ... Each field's current value is the newest hand-set one, else the newest
    applied fact." decide_fact's comment: "the decided value is then set by hand and no newer fact replaces it."
    Claire accepts (or edits) Paul's suggested title while the worker records his newer signature, whose different
    title is above the threshold: whichever commits first, the title is the one Claire decided."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        suggestion, second, _sent = _suggested_title(world, conns, person, n)
        member, worker = conns.user(), conns.worker()
        chosen = "Directeur financier" if decision == "accept" else "DAF"
        out = race(
            {
                "decide": lambda: decide(
                    member, world, suggestion["id"], decision, None if decision == "accept" else chosen, at(10 * n + 4)
                ),
                "signature": lambda: record_signature(
                    worker,
                    world,
                    second,
                    signature_result({"name": ("Paul Martin", 0.95), "title": ("Directeur général", 0.97)}),
                    at(10 * n + 4),
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "decide", "signature")
        row = contact(conn, world, person)
        assert row is not None
        assert row["title"] == chosen, (n, decision, row["title"])
        newer = fact(conn, person, "title", "Directeur général")
        assert newer is not None, "the newer signature's title left no trace (nothing is overwritten without a trace)"

    for n in range(3):
        round_(n)


def test_rejected_title_stays_rejected_when_seen_again_at_once(conn: Any, conns: Connections) -> None:
    """README (Contacts, step 4): "a rejected fact stays rejected when seen again". Claire rejects Paul's suggested
    title while the worker records a newer signature of his that says the same title again: whichever commits first,
    the fact is rejected and the title is not his current one."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        suggestion, second, _sent = _suggested_title(world, conns, person, n)
        member, worker = conns.user(), conns.worker()
        out = race(
            {
                "reject": lambda: decide(member, world, suggestion["id"], "reject", None, at(10 * n + 4)),
                "signature": lambda: record_signature(
                    worker,
                    world,
                    second,
                    signature_result({"name": ("Paul Martin", 0.95), "title": ("Directeur financier", 0.80)}),
                    at(10 * n + 4),
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "reject", "signature")
        again = fact(conn, person, "title", "Directeur financier")
        assert again is not None and again["status"] == "rejected", (n, again)
        row = contact(conn, world, person)
        assert row is not None and row["title"] != "Directeur financier", (n, row and row["title"])

    for n in range(3):
        round_(n)


# Erasure racing the CRM ------------------------------------------------------------------------------------------


def _not_profiled(conn: Any, person: str) -> None:
    """README (Erasure): "their contact, facts, holds, suppression, cache entries and intents go ... autofill never
    makes them a contact again and their mail is not read again": no CRM row about the person exists."""
    for table in (
        "contacts",
        "contact_facts",
        "message_intents",
        "message_routes",
        "notifications",
        "message_insights",
    ):
        rows = conn.execute(f"select count(*) from public.{table} where address = %s", (person,)).fetchone()
        assert rows is not None and rows[0] == 0, (
            f"{table} still holds {rows[0] if rows else '?'} row(s) about {person}"
        )


def _erased_everywhere(conn: Any, person: str) -> None:
    local = person.split("@", 1)[0]
    found = mentions(conn, person)
    assert found == [], f"{person} still named after the erasure: {found}"
    found = mentions(conn, local)
    assert found == [], f"{local} still named after the erasure: {found}"


@pytest.mark.parametrize("decision", ["accept", "reject", "edit"])
def test_decision_on_a_fact_racing_the_persons_erasure_never_writes_them_back(
    conn: Any, conns: Connections, decision: str
) -> None:
    """PRIVACY.md, Art. 17: "erasing a contact removes or anonymises them everywhere: messages ..., contacts, facts,
    intents, caches ...". decide_fact records the choice (ai_feedback: "the address concerned"; ai_user_preferences).
    Claire decides on Paul's suggested title while an admin erases Paul: the decision may win or lose (an error for a
    fact that is gone is the caller's to read, but never a deadlock), and afterwards nothing names Paul."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        suggestion, _second, _sent = _suggested_title(world, conns, person, n)
        member, admin = conns.user(), conns.user()
        out = race(
            {
                "decide": lambda: decide(
                    member,
                    world,
                    suggestion["id"],
                    decision,
                    "DAF Groupe" if decision == "edit" else None,
                    at(10 * n + 4),
                ),
                "erase": lambda: erase(admin, world, person, at(10 * n + 4)),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "erase")
        print(f"round {n}: decide -> {out['decide'].state or 'ok'}: {out['decide'].error or out['decide'].result}")
        decided = out["decide"]
        assert decided.error is None or decided.state in ACTIONABLE, f"decide: {decided.state}: {decided.error}"
        _erased_everywhere(conn, person)
        assert contact(conn, world, person) is None

    for n in range(2):
        round_(n)


def test_signature_and_intent_recorded_while_the_person_is_erased_leave_nothing(conn: Any, conns: Connections) -> None:
    """README (Erasure): "A reading of their message the intelligence worker records while the erasure runs or after
    it (an intent, a signature: the message may still be on its queue) waits for the person's lock, reads the message
    again and records nothing (`skipped: erased`)". PRIVACY.md: "a salted hash of the address stays on the suppression
    list so the person is never written to again". Three connections at once: the worker records Paul's signature,
    another records his intent (a meeting request), an admin erases him. Afterwards nothing names him (no contact,
    fact, intent, route, notification), and nothing is sent to him."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        sent = send(world, "claire", [person], at(10 * n))
        message = reply(
            world, sent, person, at(10 * n + 1), signature_body("Paul Martin", "Directeur financier", "Groupe Leroy")
        )
        sig, intent, admin = conns.worker(), conns.worker(), conns.user()
        queue_for_intelligence(world, sig, at(10 * n + 2))
        out = race(
            {
                "signature": lambda: record_signature(
                    sig,
                    world,
                    message,
                    signature_result(
                        {
                            "name": ("Paul Martin", 0.95),
                            "title": ("Directeur financier", 0.95),
                            "company": ("Groupe Leroy", 0.95),
                            "phone_landline": ("+33142685300", 0.97),
                        }
                    ),
                    at(10 * n + 3),
                ),
                "intent": lambda: record_intent(intent, message, "meeting_request", at(10 * n + 3)),
                "erase": lambda: erase(admin, world, person, at(10 * n + 3)),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "signature", "intent", "erase")
        _erased_everywhere(conn, person)
        assert query_rows(conn, "select 1 from public.contact_facts where value = '+33142685300'") == []
        # PRIVACY.md: "removes or anonymises"; an anonymous intent may stay as a count, never one naming him.
        assert (
            query_rows(
                conn, "select 1 from public.message_intents where message_id = %s and address is not null", message
            )
            == []
        )

    for n in range(3):
        round_(n)
    assert sendable_claims(conns.worker(), at(24 * 8)) == []


def test_erasure_racing_the_ingest_of_the_persons_reply_leaves_nothing_named_or_tracked(
    conn: Any, conns: Connections
) -> None:
    """PRIVACY.md, Art. 17: erasing "removes or anonymises them everywhere: messages (addresses, names, subjects,
    bodies), conversations, tracked emails, follow-ups' recipients, contacts ..."; "a salted hash of the address
    stays on the suppression list so the person is never written to again". README: "ingest, tracking and claims
    treat the person as suppressed". Paul's reply is ingested (with his name in its body) while an admin erases him:
    whichever commits first, nothing names him afterwards and no follow-up is ever sent to him."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        sent = send(world, "claire", [person], at(10 * n))
        listener, admin = conns.worker(), conns.user()
        answer = inbound_reply(
            sent, person, received_at=at(10 * n + 1), body_text=signature_body("Paul Martin", "DAF", "Groupe Leroy")
        )
        out = race(
            {
                "ingest": lambda: ingest(listener, world.claire.mailbox_id, answer, at(10 * n + 1)),
                "erase": lambda: erase(admin, world, person, at(10 * n + 1)),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "ingest", "erase")
        # The erasure's counts say whether it saw the reply (the sent message and the reply) or ran before it.
        reply_first = int(out["erase"].result.get("messages", 0)) >= 2
        print(f"round {n}: {'reply then erasure' if reply_first else 'erasure then reply'}: {out['erase'].result}")
        if reply_first:
            _erased_everywhere(conn, person)
        else:
            # Mail that arrives after an erasure: the texts fix that it is not read nor profiled, and that nobody
            # writes to the person again; whether the new message itself keeps the address is left open.
            _not_profiled(conn, person)
            assert mentions(conn, person, except_message=answer.provider_message_id) == [], person
        assert tracked_status(conn, sent) != "active", "a tracked email to an erased person is still running"

    for n in range(3):
        round_(n)
    assert sendable_claims(conns.worker(), at(24 * 8)) == []


def held_then(
    observer: Any, held: Any, held_body: Callable[[], Any], second: Any, second_body: Callable[[], Any]
) -> tuple[Outcome, Outcome, str]:
    """Runs `held_body` in a transaction on `held` and keeps it open; then starts `second_body` (on `second`) and
    sees whether it waits on a lock or finishes; then lets the first commit. Returns both outcomes and 'waiting' or
    'finished' (what the second did while the first was open)."""
    ready, release = threading.Event(), threading.Event()
    first, then = Outcome("held"), Outcome("second")

    def run_held() -> None:
        try:
            with held.transaction():
                first.result = held_body()
                ready.set()
                if not release.wait(GUARD):
                    raise AssertionError("never released")
        except BaseException as exc:
            first.error = exc
            ready.set()

    def run_second() -> None:
        try:
            then.result = second_body()
        except BaseException as exc:
            then.error = exc

    t1 = threading.Thread(target=run_held, daemon=True)
    t1.start()
    assert ready.wait(GUARD), "the held transaction never got going"
    assert first.error is None, f"{first.state}: {first.error}"
    t2 = threading.Thread(target=run_second, daemon=True)
    t2.start()
    how = "finished"
    deadline = time.monotonic() + GUARD
    while t2.is_alive():
        row = observer.execute(
            "select wait_event_type from pg_stat_activity where pid = %s", (second.info.backend_pid,)
        ).fetchone()
        if row is not None and row[0] == "Lock":
            how = "waiting"
            break
        assert time.monotonic() < deadline, "the second call neither waited on a lock nor finished"
        time.sleep(0.005)
    release.set()
    for thread in (t1, t2):
        thread.join(GUARD)
        assert not thread.is_alive(), "hung"
    return first, then, how


@pytest.mark.parametrize("held", ["reply_ingest", "signature", "decide"])
def test_erasure_asked_while_a_write_about_the_person_is_still_open_erases_that_write_too(
    conn: Any, conns: Connections, held: str
) -> None:
    """PRIVACY.md, Art. 17: erasing "removes or anonymises them everywhere: messages (addresses, names, subjects,
    bodies), ..., contacts, facts, intents ..."; erase_person's comment: "erases the person with this address from
    every table of the team". README: every path takes its locks in one order, "message identities and people
    (transaction advisory locks)" first. A write about Paul (his reply's ingest, his signature's recording, or
    Claire's decision on his suggested title) has run and its transaction is still open when the admin asks for his
    erasure. The erasure may wait for it or not, but once both are over nothing names Paul: a write that began
    before the erasure was asked for is the erasure's to erase."""
    world = make_world(conn)
    person = "paul.martin@groupe-leroy.fr"
    suggestion, second_message, sent = _suggested_title(world, conns, person, 0)
    holder = conns.worker() if held != "decide" else conns.user()
    admin = conns.user()
    if held == "reply_ingest":
        answer = inbound_reply(
            sent, person, received_at=at(5), body_text=signature_body("Paul Martin", "DAF", "Groupe Leroy")
        )

        def body() -> Any:
            return ingest(holder, world.claire.mailbox_id, answer, at(5))
    elif held == "signature":

        def body() -> Any:
            return record_signature(
                holder,
                world,
                second_message,
                signature_result({"name": ("Paul Martin", 0.95), "phone_mobile": ("+33612345678", 0.97)}),
                at(5),
            )
    else:

        def body() -> Any:
            return decide(holder, world, suggestion["id"], "edit", "DAF Groupe Leroy", at(5))

    first, then, how = held_then(conn, holder, body, admin, lambda: erase(admin, world, person, at(5)))
    print(f"{held}: erasure {how} while it was open; {held} -> {first.result}; erase -> {then.result or then.error}")
    no_lock_failures({"held": first, "erase": then})
    expect_ok({"held": first, "erase": then}, "held", "erase")
    _erased_everywhere(conn, person)
    assert contact(conn, world, person) is None
    assert (
        query_rows(conn, "select 1 from public.contact_facts where value in ('+33612345678', 'DAF Groupe Leroy')") == []
    )


@pytest.mark.parametrize("late", ["signature", "intent", "decide", "correct_intent", "new_email"])
def test_write_arriving_while_an_erasure_is_open_writes_nothing_about_the_person(
    conn: Any, conns: Connections, late: str
) -> None:
    """README (Erasure): "A reading of their message the intelligence worker records while the erasure runs or after
    it (an intent, a signature ...) waits for the person's lock, reads the message again and records nothing
    (`skipped: erased`)"; "ingest, tracking and claims treat the person as suppressed (through
    `private.suppressed_among`), autofill never makes them a contact again". PRIVACY.md: the person "is never written
    to again". The admin's erasure of Paul has run and is still open when a write about him comes (the worker's
    signature or intent, Claire's decision on his suggested title or her correction of his reply's intent, Marc's
    new email to him): once both are over, no CRM row names Paul, Marc's email is not tracked, nothing can be sent to
    Paul, and the late caller got either a result or a refusal it can act on (never a deadlock or a broken key)."""
    world = make_world(conn)
    person = "paul.martin@groupe-leroy.fr"
    suggestion, second_message, _sent = _suggested_title(world, conns, person, 0)
    setup = conns.worker()
    record_intent(setup, second_message, "interested", at(4), confidence=0.6)
    admin = conns.user()
    holder = conns.worker() if late in ("signature", "intent", "new_email") else conns.user()
    new = outbound(world.marc, [person], sent_at=at(5), subject="Une autre idée")
    bodies: dict[str, Callable[[], Any]] = {
        "signature": lambda: record_signature(
            holder,
            world,
            second_message,
            signature_result({"name": ("Paul Martin", 0.95), "phone_mobile": ("+33612345678", 0.97)}),
            at(5),
        ),
        "intent": lambda: record_intent(holder, second_message, "meeting_request", at(5)),
        "decide": lambda: decide(holder, world, suggestion["id"], "edit", "DAF Groupe Leroy", at(5)),
        "correct_intent": lambda: as_member(
            holder,
            world.owner,
            "select public.correct_intent(%s, %s, null, %s, null)",
            second_message,
            "quote_request",
            at(5),
        ),
        "new_email": lambda: ingest(holder, world.marc.mailbox_id, new, at(5)),
    }
    first, then, how = held_then(conn, admin, lambda: erase(admin, world, person, at(5)), holder, bodies[late])
    print(f"{late}: {how} while the erasure was open; -> {then.result or f'{then.state}: {then.error}'}")
    no_lock_failures({"erase": first, late: then})
    expect_ok({"erase": first}, "erase")
    assert then.error is None or then.state in ACTIONABLE, f"{late}: {then.state}: {then.error}"
    _not_profiled(conn, person)
    assert mentions(conn, person, except_message=new.provider_message_id) == []
    assert (
        query_rows(conn, "select 1 from public.contact_facts where value in ('+33612345678', 'DAF Groupe Leroy')") == []
    )
    assert tracked_status(conn, new) in (None, "untracked", "opted_out"), tracked_status(conn, new)
    assert sendable_claims(conns.worker(), at(24 * 8)) == []


def test_erasure_racing_a_new_tracked_email_to_the_person_never_tracks_or_sends(conn: Any, conns: Connections) -> None:
    """PRIVACY.md: "a salted hash of the address stays on the suppression list so the person is never written to
    again"; README (Erasure): "ingest, tracking and claims treat the person as suppressed"; R8: "a new message to a
    suppressed address is recorded as not tracked". Marc's new email to Paul (in his own mailbox) is ingested while
    an admin erases Paul: afterwards nothing names Paul, Marc's email does not run, and nothing is sent to Paul."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        first = send(world, "claire", [person], at(10 * n))
        reply(world, first, person, at(10 * n + 1), "Merci, je regarde.\n\nPaul Martin")
        listener, admin = conns.worker(), conns.user()
        new = outbound(world.marc, [person], sent_at=at(10 * n + 2), subject="Paul, une autre idée")
        out = race(
            {
                "ingest": lambda: ingest(listener, world.marc.mailbox_id, new, at(10 * n + 2)),
                "erase": lambda: erase(admin, world, person, at(10 * n + 2)),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "ingest", "erase")
        # The erasure's counts say whether it saw Marc's email (the first email, the reply and it) or ran before it.
        email_first = int(out["erase"].result.get("messages", 0)) >= 3
        print(f"round {n}: {'email then erasure' if email_first else 'erasure then email'}: {out['erase'].result}")
        if email_first:
            _erased_everywhere(conn, person)
        else:
            # Marc's email written after the erasure holds the address he typed; what the texts fix is that it is
            # not tracked and the person is not profiled again (README: "never writes to or tracks them again").
            _not_profiled(conn, person)
            found = mentions(conn, person, except_message=new.provider_message_id)
            assert found == [], (n, found)
        status = tracked_status(conn, new)
        assert status in (None, "untracked", "opted_out"), f"round {n}: Marc's email to an erased person is {status}"

    for n in range(3):
        round_(n)
    assert sendable_claims(conns.worker(), at(24 * 8)) == []


def test_erased_person_writing_again_right_after_the_erasure_is_not_recreated(conn: Any, conns: Connections) -> None:
    """README (Erasure): "autofill never makes them a contact again and their mail is not read again". Paul is erased
    while, on two other connections, a new message of his is ingested and the autofill run and the worker go over
    the team's mail. After all of them, and one more autofill run, Paul is no contact and nothing names him."""
    world = make_world(conn)
    person = "paul.martin@groupe-leroy.fr"
    sent = send(world, "claire", [person], at(0))
    reply(world, sent, person, at(1), signature_body("Paul Martin", "DAF", "Groupe Leroy"))
    listener, runner, admin = conns.worker(), conns.worker(), conns.user()
    again = inbound(world.marc, person, received_at=at(2), body_text=signature_body("Paul Martin", "DAF", "Leroy"))
    out = race(
        {
            "ingest": lambda: ingest(listener, world.marc.mailbox_id, again, at(2)),
            "autofill": lambda: runner.execute(
                "select worker.run_autofill(%s, %s, %s)", (at(2), world.team_id, 1000)
            ).fetchone(),
            "erase": lambda: erase(admin, world, person, at(2)),
        }
    )
    no_lock_failures(out)
    expect_ok(out, "ingest", "autofill", "erase")
    print({name: o.result for name, o in out.items()})
    print("contact right after the race:", contact(conn, world, person))
    worker = conns.worker()
    queue_for_intelligence(world, worker, at(3))
    for message_id in list(world.queue):
        record_signature(
            worker, world, message_id, signature_result({"name": ("Paul Martin", 0.95), "title": ("DAF", 0.95)}), at(3)
        )
    worker.execute("select worker.run_autofill(%s, %s, %s)", (at(4), world.team_id, 1000))
    assert contact(conn, world, person) is None
    _not_profiled(conn, person)


# Intent: a member's correction racing the worker's reading ---------------------------------------------------------


def test_intent_correction_is_never_replaced_by_a_reading_recorded_at_once(conn: Any, conns: Connections) -> None:
    """README (Intent): "reading again replaces it unless a member corrected it"; correct_intent's comment: "a
    correction re-runs routing, R15 ..., R8 and notifications". INTELLIGENCE.md: "A meeting request or a quote request
    never waits unseen." Claire corrects a reply's intent to a quote request while the worker records its own new
    reading (`other`) of the same message: whichever commits first, the intent is Claire's quote request (source user),
    the reply is routed as one, and Claire is notified of it."""
    world = make_world(conn)

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        sent = send(world, "claire", [person], at(10 * n))
        message = reply(world, sent, person, at(10 * n + 1), "Pouvez-vous m'envoyer vos tarifs ?")
        setup = conns.worker()
        record_intent(setup, message, "interested", at(10 * n + 2), confidence=0.6)
        member, worker = conns.user(), conns.worker()
        out = race(
            {
                "correct": lambda: as_member(
                    member,
                    world.owner,
                    "select public.correct_intent(%s, %s, null, %s, null)",
                    message,
                    "quote_request",
                    at(10 * n + 3),
                ),
                "reading": lambda: record_intent(worker, message, "other", at(10 * n + 3), confidence=0.7),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "correct", "reading")
        rows = query_rows(
            conn,
            "select label::text, source::text, corrected_by from public.message_intents where message_id = %s",
            message,
        )
        assert len(rows) == 1, rows
        assert rows[0]["label"] == "quote_request", (n, rows)
        assert rows[0]["corrected_by"] == world.owner, (n, rows)
        routes = query_rows(
            conn, "select intent::text, assigned_to from public.message_routes where message_id = %s", message
        )
        assert [r["intent"] for r in routes] == ["quote_request"], (n, routes)
        notes = query_rows(
            conn,
            "select kind::text from public.notifications where message_id = %s and kind::text = 'quote_request'",
            message,
        )
        assert notes, (n, "the quote request waits unseen")

    for n in range(3):
        round_(n)


# Routing while the assignee leaves ---------------------------------------------------------------------------------


def test_reply_routed_while_its_assignee_is_anonymised_keeps_a_member_as_owner(conn: Any, conns: Connections) -> None:
    """INTELLIGENCE.md: "Routing rules ... action: assign to a member ... no match falls back to the mailbox owner. A
    meeting request or a quote request never waits unseen." message_routes: "the member assigned (a rule's assignee,
    else the mailbox's owner)". README (Members who leave): "the membership ends ... tracked emails and decisions keep
    their id". A rule assigns meeting requests to Sophie; one reply is routed to her already; a second is read and
    routed while an admin anonymises her. Afterwards both replies are still routed, each to a member of the team."""
    world = make_world(conn)

    def round_(n: int) -> None:
        sophie = add_member(conn, world.team_id, f"sophie{n}@cabinet-durand.fr")
        rule = as_member(
            conn,
            world.owner,
            "select public.create_routing_rule(%s, %s, %s, null, null, null, %s, null, null, 1, true, %s)",
            world.team_id,
            f"RDV pour Sophie {n}",
            ["meeting_request"],
            sophie,
            at(10 * n),
        )
        assert rule is not None
        person = f"paul.martin{n}@groupe-leroy.fr"
        sent = send(world, "claire", [person], at(10 * n))
        early = reply(world, sent, person, at(10 * n + 1), "Pouvons-nous nous voir mardi ?")
        late = reply(world, sent, person, at(10 * n + 2), "Ou plutôt jeudi 10h ?")
        setup = conns.worker()
        record_intent(setup, early, "meeting_request", at(10 * n + 2))
        before = query_rows(conn, "select assigned_to from public.message_routes where message_id = %s", early)
        assert [r["assigned_to"] for r in before] == [sophie], before
        worker, admin = conns.worker(), conns.user()
        out = race(
            {
                "route": lambda: record_intent(worker, late, "meeting_request", at(10 * n + 3)),
                "anonymise": lambda: as_member(
                    admin,
                    world.owner,
                    "select public.anonymise_member(%s, %s, %s, %s)",
                    world.team_id,
                    sophie,
                    "a quitté le cabinet",
                    at(10 * n + 3),
                ),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "route", "anonymise")
        members = {
            r[0] for r in conn.execute("select user_id from public.team_members where team_id = %s", (world.team_id,))
        }
        assert sophie not in members
        for label, message_id in (("routed before", early), ("routed during", late)):
            routes = query_rows(conn, "select assigned_to from public.message_routes where message_id = %s", message_id)
            print(f"round {n}: {label}: route {routes}; route call {out['route'].result}")
            assert len(routes) == 1, (n, f"the reply {label} the anonymisation lost its route", routes)
            assert routes[0]["assigned_to"] in members, (n, label, routes)

    for n in range(2):
        round_(n)


# Opt-out racing a colleague's new email ------------------------------------------------------------------------------


def test_opt_out_racing_a_colleagues_new_email_never_lets_a_followup_reach_the_person(
    conn: Any, conns: Connections
) -> None:
    """R8: "A reply that asks to stop ... stops it (status `opted_out`) and puts the address on the team's suppression
    list. Nothing is ever sent to a suppressed address, and nothing is scheduled for it: a new message to a suppressed
    address is recorded as not tracked". Paul asks Claire to stop while Marc's new email to Paul is ingested in Marc's
    mailbox: either Marc's email is not tracked, or it is stopped; a tick and a worker's claims later send nothing to
    Paul, and his contact (made by the autofill run) shows the objection."""
    world = make_world(conn)
    sents = []

    def round_(n: int) -> None:
        person = f"paul.martin{n}@groupe-leroy.fr"
        sent = send(world, "claire", [person], at(n))
        one, two = conns.worker(), conns.worker()
        stop = inbound_reply(
            sent, person, received_at=at(n + 0.5), body_text="Merci de ne plus me contacter.", opt_out=True
        )
        new = outbound(world.marc, [person], sent_at=at(n + 0.5), subject="Une autre proposition")
        out = race(
            {
                "opt_out": lambda: ingest(one, world.claire.mailbox_id, stop, at(n + 0.5)),
                "colleague": lambda: ingest(two, world.marc.mailbox_id, new, at(n + 0.5)),
            }
        )
        no_lock_failures(out)
        expect_ok(out, "opt_out", "colleague")
        assert tracked_status(conn, sent) == "opted_out"
        assert tracked_status(conn, new) in (None, "opted_out"), (n, tracked_status(conn, new))
        assert query_rows(conn, "select 1 from public.suppressions where address = %s", person), person
        sents.append((person, new))

    for n in range(3):
        round_(n)
    worker = conns.worker()
    worker.execute("select worker.run_autofill(%s, %s, %s)", (at(6), world.team_id, 1000))
    assert sendable_claims(worker, at(24 * 8)) == []
    for person, _new in sents:
        row = contact(conn, world, person)
        assert row is not None and row["objected_at"] is not None, (person, row)


# A seeded random mix -----------------------------------------------------------------------------------------------

PEOPLE = ("paul.martin@groupe-leroy.fr", "anne.roy@groupe-leroy.fr", "jean.verdier@gmail.com")


@pytest.mark.parametrize("round_", [1, 2])
def test_random_mix_of_crm_engine_and_erasure_never_deadlocks_and_keeps_every_promise(
    conn: Any, conns: Connections, round_: int
) -> None:
    """Every text at once, on three persons and four connections, in a seeded random order (`seed=…` printed):
    signatures recorded (INTELLIGENCE.md: one organisation per company per team), intents read and corrected,
    suggestions decided, replies and opt-outs ingested, new emails to the persons, erasures. Afterwards: no caller saw
    a deadlock (R13, README "No deadlock, ever"), one organisation per domain, every erased person is named nowhere
    (PRIVACY.md Art. 17), and no follow-up can be claimed for a suppressed or erased person (R8)."""
    rng = random.Random(seed_for(f"random mix round {round_}"))
    world = make_world(conn)
    threads: dict[str, tuple[Any, Any]] = {f"actor{i}": (conns.worker(), conns.user()) for i in range(4)}
    sents: dict[str, Message] = {}
    messages: dict[str, list[uuid.UUID]] = {p: [] for p in PEOPLE}
    for i, person in enumerate(PEOPLE):
        sents[person] = send(world, "claire" if i % 2 == 0 else "marc", [person], at(i * 0.1))
        for k in range(3):
            messages[person].append(
                reply(
                    world,
                    sents[person],
                    person,
                    at(1 + k + i * 0.1),
                    signature_body(person.split("@")[0].replace(".", " ").title(), f"Titre {k}", "Groupe Leroy"),
                )
            )
    queue_for_intelligence(world, threads["actor0"][0], at(5))
    for person in PEOPLE:
        for message_id in messages[person]:
            record_intent(threads["actor0"][0], message_id, "interested", at(5), confidence=0.6)
    erased: set[str] = set()
    opted: set[str] = set()
    errors: list[str] = []
    plan_lock = threading.Lock()

    def step(worker: Any, user: Any, local: random.Random, clock: float) -> str:
        person = local.choice(PEOPLE)
        kind = local.choice(["signature", "intent", "correct", "decide", "reply", "opt_out", "new_email", "erase"])
        when = at(clock)
        if kind == "signature":
            mid = local.choice(messages[person])
            record_signature(
                worker,
                world,
                mid,
                signature_result(
                    {
                        "name": ("X Person", 0.95),
                        "title": (f"Titre {local.randrange(3)}", local.choice([0.8, 0.95])),
                        "company": ("Groupe Leroy", 0.95),
                    }
                ),
                when,
            )
        elif kind == "intent":
            record_intent(worker, local.choice(messages[person]), local.choice(["meeting_request", "other"]), when)
        elif kind == "correct":
            as_member(
                user,
                world.owner,
                "select public.correct_intent(%s, %s, null, %s, null)",
                local.choice(messages[person]),
                local.choice(["quote_request", "interested"]),
                when,
            )
        elif kind == "decide":
            rows = worker.execute(
                "select id from public.contact_facts where address = %s and status = 'suggested'", (person,)
            ).fetchall()
            if rows:
                decide(user, world, local.choice(rows)[0], local.choice(["accept", "reject"]), None, when)
        elif kind == "reply":
            ingest(worker, world.claire.mailbox_id, inbound(world.claire, person, received_at=when), when)
        elif kind == "opt_out":
            stop = inbound_reply(
                sents[person], person, received_at=when, body_text="Stop, ne plus me contacter.", opt_out=True
            )
            mailbox = world.claire if sents[person]["from"]["address"] == world.claire.address else world.marc
            ingest(worker, mailbox.mailbox_id, stop, when)
            with plan_lock:
                opted.add(person)
        elif kind == "new_email":
            ingest(
                worker,
                world.marc.mailbox_id,
                outbound(world.marc, [person], sent_at=when, subject="Nouvelle idée"),
                when,
            )
        else:
            erase(user, world, person, when)
            with plan_lock:
                erased.add(person)
        return f"{kind}:{person.split('@')[0]}"

    for batch in range(6):
        bodies: dict[str, Callable[[], Any]] = {}
        for name, (worker, user) in threads.items():
            local = random.Random(rng.randrange(2**31))
            clock = 6 + batch + rng.random() * 0.5

            def body(worker: Any = worker, user: Any = user, local: random.Random = local, clock: float = clock) -> Any:
                done = []
                for j in range(3):
                    try:
                        done.append(step(worker, user, local, clock + j * 0.01))
                    except psycopg.Error as exc:
                        done.append(f"refused {sqlstate(exc)}")
                        if sqlstate(exc) not in ACTIONABLE:
                            with plan_lock:
                                errors.append(f"{sqlstate(exc)}: {exc}")
                return done

            bodies[name] = body
        out = race(bodies)
        for name, o in out.items():
            print(f"batch {batch} {name}: {o.result or f'{o.state}: {o.error}'}")
            if o.error is not None:
                errors.append(f"batch {batch} {name}: {o.state}: {o.error}")
    # No deadlock (R13), no broken key or constraint: every refusal a caller got is one it can act on.
    assert errors == [], errors
    orgs = query_rows(
        conn,
        "select domain, count(*) from public.organisations where team_id = %s and domain is not null"
        " group by 1 having count(*) > 1",
        world.team_id,
    )
    assert orgs == [], orgs
    for person in erased:
        _not_profiled(conn, person)
    worker = conns.worker()
    granted = sendable_claims(worker, at(24 * 10))
    gone = erased | opted
    leaks = [c for c in granted if set(c.get("recipients", [])) & gone or not c.get("recipients")]
    assert leaks == [], (sorted(gone), leaks)
