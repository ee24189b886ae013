"""Blind acceptance tests of the intelligence half (../shared/INTELLIGENCE.md), written from the text, the README and
the catalog only, never from the implementation.

The world: Vasseur Patrimoine, a Paris wealth-management firm (vasseur-patrimoine.fr). Claire Vasseur owns the team
and her mailbox; Thomas Morel and Sophie Garnier are advisers (members), Thomas with a mailbox of his own. Their
correspondents are clients on free-mail addresses, a notary's office, a family-office bank, an accountant. A second
firm, Cabinet Roussel Gestion Privée, is the "other team" of the RLS checks.

Every instant is explicit (January-April 2030); nothing reads today's date. Worker steps are driven through the
worker's SQL contract (`worker.run_autofill`, `worker.read_intelligence_queue`, `worker.record_signature`,
`worker.record_intent`) with exact confidences, and once through the real `relance worker --once` command.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    add_mailbox,
    add_member,
    inbound,
    ingest,
    make_team_with_mailbox,
    outbound,
)

Conn = psycopg.Connection[Any]
UTC = dt.UTC

# Monday 7 January 2030, 09:00 UTC: ISO week 2030-W02 starts that day.
T0 = dt.datetime(2030, 1, 7, 9, 0, tzinfo=UTC)
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)

FREE_MAIL = (
    "gmail.com",
    "outlook.fr",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "laposte.net",
    "yahoo.fr",
    "hotmail.com",
    "icloud.com",
)


# The firm -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Firm:
    claire: Mailbox  # team owner, her mailbox
    thomas: uuid.UUID
    thomas_mb: Mailbox
    sophie: uuid.UUID

    @property
    def team(self) -> uuid.UUID:
        return self.claire.team_id

    @property
    def claire_id(self) -> uuid.UUID:
        return self.claire.owner_id


def vasseur(conn: Conn) -> Firm:
    claire = make_team_with_mailbox(
        conn,
        address="claire.vasseur@vasseur-patrimoine.fr",
        domains=("vasseur-patrimoine.fr",),
        team_name="Vasseur Patrimoine",
        settings={"time_zone": "Europe/Paris"},
    )
    thomas = add_member(conn, claire.team_id, "thomas.morel@vasseur-patrimoine.fr")
    thomas_mb = add_mailbox(conn, claire.team_id, thomas, "thomas.morel@vasseur-patrimoine.fr")
    sophie = add_member(conn, claire.team_id, "sophie.garnier@vasseur-patrimoine.fr")
    return Firm(claire, thomas, thomas_mb, sophie)


def roussel(conn: Conn) -> Mailbox:
    """The other firm: Cabinet Roussel Gestion Privée, Lyon."""
    return make_team_with_mailbox(
        conn,
        address="marc.roussel@roussel-gestion.fr",
        domains=("roussel-gestion.fr",),
        team_name="Cabinet Roussel Gestion Privée",
        settings={"time_zone": "Europe/Paris"},
    )


# Helpers ------------------------------------------------------------------------------------------------------------


def rows(conn: Conn, query: str, *args: Any) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, args).fetchall()


def one(conn: Conn, query: str, *args: Any) -> Any:
    row = conn.execute(query, args).fetchone()
    assert row is not None, query
    return row[0]


def as_user(conn: Conn, user: uuid.UUID, query: str, *args: Any) -> Any:
    """A user's RPC at an explicit instant: the service role on their behalf (a signed-in user may not pass p_now),
    as the README says `p_now` is honoured. Committed."""
    with acting_as(conn, "service_role", user, commit=True):
        row = conn.execute(query, args).fetchone()
    return None if row is None else row[0]


def signed_in(conn: Conn, user: uuid.UUID, query: str, *args: Any) -> list[dict[str, Any]]:
    """What a signed-in user reads through the Data API (role authenticated, RLS applies); rolled back."""
    with acting_as(conn, "authenticated", user), conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, args).fetchall()


def receive(
    conn: Conn,
    mb: Mailbox,
    sender: str,
    name: str,
    at: dt.datetime,
    body: str = "Bonjour,\n\nMerci pour votre message.\n\nCordialement,",
    subject: str = "Votre bilan patrimonial",
    reply_to: Mapping[str, Any] | None = None,
) -> uuid.UUID:
    """An inbound human message in `mb`, from `sender`; returns the message's id."""
    msg = inbound(mb, sender, received_at=at, body_text=body, subject=subject, reply_to=reply_to)
    msg["from"] = {"address": sender, "name": name}
    result = ingest(conn, mb.mailbox_id, msg, at)
    return uuid.UUID(str(result["message_id"]))


def reply_to_sent(
    conn: Conn,
    mb: Mailbox,
    contact: str,
    name: str,
    at: dt.datetime,
    body: str,
    subject: str = "Votre bilan patrimonial",
) -> uuid.UUID:
    """The adviser writes to `contact` a day before `at`, and `contact` answers at `at` in the thread."""
    sent = outbound(mb, [contact], sent_at=at - DAY, subject=subject)
    ingest(conn, mb.mailbox_id, sent, at - DAY)
    return receive(conn, mb, contact, name, at, body=body, reply_to=sent)


def sig_result(
    fields: Mapping[str, tuple[str, float]], phones: Iterable[tuple[str, str, float]] = ()
) -> dict[str, Any]:
    """A signature result as the worker hands it to `worker.record_signature` (its `fields` array of field, value,
    confidence; the field names of `contact_facts`), with the confidences chosen by the test. `address` is the postal
    address; phones are (E.164, mobile|landline|fax, confidence)."""
    items = [
        {"field": "postal_address" if key == "address" else key, "value": value, "confidence": conf}
        for key, (value, conf) in fields.items()
    ]
    items += [{"field": f"phone_{kind}", "value": value, "confidence": conf} for value, kind, conf in phones]
    return {"version": 1, "confidence": 1.0, "lang": "fr", "fields": items}


def autofill(conn: Conn, team: uuid.UUID, now: dt.datetime, limit: int | None = None) -> int:
    """One autofill run for a team, as pg_cron's job calls it."""
    return int(one(conn, "select worker.run_autofill(%s, %s, %s)", now, team, limit))


def record_signatures(
    conn: Conn, team: uuid.UUID, now: dt.datetime, results: Mapping[uuid.UUID, Mapping[str, Any]]
) -> None:
    """What the intelligence worker does for the messages in `results`: the autofill run queues them, the worker
    reads the queue and hands each message's result to `worker.record_signature` at `now`."""
    autofill(conn, team, now)
    queued = rows(conn, "select queue_msg_id, message_id from worker.read_intelligence_queue(300, 120)")
    by_message = {r["message_id"]: r["queue_msg_id"] for r in queued}
    missing = set(results) - set(by_message)
    assert not missing, f"messages never reached the intelligence queue: {missing}"
    for message_id, result in results.items():
        conn.execute(
            "select worker.record_signature(%s, %s, %s, %s)", (by_message[message_id], message_id, Jsonb(result), now)
        )


def signature_of(
    conn: Conn,
    firm_or_mb: Firm | Mailbox,
    sender: str,
    name: str,
    at: dt.datetime,
    fields: Mapping[str, tuple[str, float]],
    phones: Iterable[tuple[str, str, float]] = (),
) -> uuid.UUID:
    """`sender` writes to the mailbox at `at` and the worker records their signature with these fields, at `at`."""
    mb = firm_or_mb.claire if isinstance(firm_or_mb, Firm) else firm_or_mb
    message_id = receive(conn, mb, sender, name, at)
    record_signatures(conn, mb.team_id, at + HOUR, {message_id: sig_result(fields, phones)})
    return message_id


def contact(conn: Conn, team: uuid.UUID, address: str) -> dict[str, Any]:
    found = rows(conn, "select * from public.contacts where team_id = %s and address = %s", team, address)
    assert len(found) == 1, f"{address}: {len(found)} contacts in the team"
    return found[0]


def facts(conn: Conn, contact_id: uuid.UUID, field: str) -> list[dict[str, Any]]:
    return rows(
        conn,
        "select * from public.contact_facts where contact_id = %s and field = %s order by created_at, observed_at",
        contact_id,
        field,
    )


def fact_by_value(conn: Conn, contact_id: uuid.UUID, field: str, value: str) -> dict[str, Any]:
    found = [f for f in facts(conn, contact_id, field) if f["value"] == value]
    assert len(found) == 1, f"{field}={value!r}: {len(found)} facts ({facts(conn, contact_id, field)})"
    return found[0]


def intent(
    conn: Conn, message_id: uuid.UUID, label: str, at: dt.datetime, confidence: float = 0.95, source: str = "rules"
) -> None:
    """The worker records the intent it read (by default with its rules) in an inbound message."""
    conn.execute(
        "select worker.record_intent(%s, %s, %s::numeric, %s, null::date, null::text, null::text, %s::text, %s)",
        (message_id, label, confidence, source, f"test: {label}", at),
    )


def route(conn: Conn, message_id: uuid.UUID) -> dict[str, Any]:
    found = rows(conn, "select * from public.message_routes where message_id = %s", message_id)
    assert len(found) == 1, f"message {message_id} has {len(found)} routes"
    return found[0]


def rule(conn: Conn, firm: Firm, name: str, **kwargs: Any) -> uuid.UUID:
    """An admin (Claire) adds a routing rule at the end of the list, at T0."""
    args = {
        "p_intents": kwargs.get("intents", []),
        "p_sender_domains": kwargs.get("domains", []),
        "p_keywords": kwargs.get("keywords", []),
        "p_mailbox_ids": kwargs.get("mailboxes", []),
        "p_assign_to": kwargs.get("assign"),
        "p_labels": kwargs.get("labels", []),
        "p_notify_user_id": kwargs.get("notify"),
    }
    with acting_as(conn, "service_role", firm.claire_id, commit=True):
        row = conn.execute(
            "select public.create_routing_rule(p_team_id => %(team)s, p_name => %(name)s,"
            " p_intents => %(p_intents)s::text[], p_sender_domains => %(p_sender_domains)s::text[],"
            " p_keywords => %(p_keywords)s::text[], p_mailbox_ids => %(p_mailbox_ids)s::uuid[],"
            " p_assign_to => %(p_assign_to)s, p_labels => %(p_labels)s::text[],"
            " p_notify_user_id => %(p_notify_user_id)s, p_now => %(now)s)",
            {"team": firm.team, "name": name, "now": T0, **args},
        ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def choice(
    conn: Conn,
    user: uuid.UUID,
    team: uuid.UUID,
    field: str,
    action: str,
    at: dt.datetime,
    suggested: str | None = None,
    final: str | None = None,
    address: str | None = None,
) -> None:
    as_user(
        conn,
        user,
        "select public.track_field_choice(%s, %s, %s, %s, %s, %s, %s)",
        team,
        field,
        action,
        suggested,
        final,
        address,
        at,
    )


def decide(
    conn: Conn, user: uuid.UUID, fact_id: uuid.UUID, decision: str, at: dt.datetime, value: str | None = None
) -> None:
    as_user(conn, user, "select public.decide_fact(%s, %s, %s, %s)", fact_id, decision, value, at)


def set_threshold(conn: Conn, admin: uuid.UUID, team: uuid.UUID, threshold: str) -> None:
    with acting_as(conn, "authenticated", admin, commit=True):
        conn.execute(
            "select public.set_intelligence_settings(p_team_id => %s, p_autofill_threshold => %s::numeric)",
            (team, threshold),
        )


def close(a: Any, b: float, tol: float = 0.0005) -> bool:
    return a is not None and abs(float(a) - b) <= tol


# Contacts and organisations -----------------------------------------------------------------------------------------


def test_contact_found_by_address_one_per_team(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Contact**: a person the team writes to or hears from, found by email address, belonging to
    one team."

    Claire and Thomas both write to the notary, and the notary writes back: one contact in Vasseur Patrimoine. The
    other firm writes to the same notary: its own contact, in its own team."""
    firm = vasseur(conn)
    other = roussel(conn)
    notary = "helene.marchand@marchand-notaires.fr"
    for mb, at in ((firm.claire, T0), (firm.thomas_mb, T0 + HOUR), (other, T0 + 2 * HOUR)):
        ingest(conn, mb.mailbox_id, outbound(mb, [notary], sent_at=at, subject="Succession Lefèvre"), at)
    signature_of(
        conn,
        firm,
        notary,
        "Hélène Marchand",
        T0 + DAY,
        {"name": ("Hélène Marchand", 0.95), "title": ("Notaire associée", 0.95)},
    )
    autofill(conn, other.team_id, T0 + DAY)

    ours = rows(conn, "select id, team_id from public.contacts where address = %s and team_id = %s", notary, firm.team)
    theirs = rows(
        conn, "select id, team_id from public.contacts where address = %s and team_id = %s", notary, other.team_id
    )
    assert len(ours) == 1, f"Vasseur Patrimoine has {len(ours)} contacts for {notary}"
    assert len(theirs) == 1, f"Cabinet Roussel has {len(theirs)} contacts for {notary}"
    assert ours[0]["id"] != theirs[0]["id"]


def test_free_mail_recipients_never_make_an_organisation(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Organisation**: a company or firm, found by domain (not free-mail domains) or name, one per
    team."

    Claire writes to nine private clients on free-mail addresses and to two people at Marchand Notaires: eleven
    contacts, one organisation (marchand-notaires.fr) shared by the two notaries, and no organisation for any
    free-mail domain; the clients belong to none."""
    firm = vasseur(conn)
    clients = [f"client.{i}@{domain}" for i, domain in enumerate(FREE_MAIL)]
    notaries = ["helene.marchand@marchand-notaires.fr", "paul.marchand@marchand-notaires.fr"]
    sent = outbound(
        firm.claire, clients + notaries, sent_at=T0, subject="Invitation : matinée patrimoniale du 24 janvier"
    )
    ingest(conn, firm.claire.mailbox_id, sent, T0)
    autofill(conn, firm.team, T0 + HOUR)

    found = rows(conn, "select address, organisation_id from public.contacts where team_id = %s", firm.team)
    by_address = {r["address"]: r["organisation_id"] for r in found}
    assert set(by_address) == set(clients + notaries), f"contacts: {sorted(by_address)}"
    orgs = rows(conn, "select id, domain, name from public.organisations where team_id = %s", firm.team)
    free = [o for o in orgs if (o["domain"] or "").lower() in FREE_MAIL]
    assert not free, f"organisations made from free-mail domains: {free}"
    assert [o["domain"] for o in orgs] == ["marchand-notaires.fr"], f"organisations: {orgs}"
    assert by_address[notaries[0]] == by_address[notaries[1]] == orgs[0]["id"]
    assert all(by_address[c] is None for c in clients), {c: by_address[c] for c in clients}


def test_free_mail_senders_with_companies_are_not_grouped_by_domain(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Organisation**: a company or firm, found by domain (not free-mail domains) or name, one per
    team."

    Two independent professionals write from orange.fr and sign with their own firms: whatever organisation they
    get, none is orange.fr, and they are not put in the same organisation because they share a free-mail domain."""
    firm = vasseur(conn)
    signature_of(
        conn,
        firm,
        "m.dubois@orange.fr",
        "Martine Dubois",
        T0,
        {"name": ("Martine Dubois", 0.95), "company": ("Dubois Immobilier SARL", 0.95)},
    )
    signature_of(
        conn,
        firm,
        "p.renaud@orange.fr",
        "Pierre Renaud",
        T0 + HOUR,
        {"name": ("Pierre Renaud", 0.95), "company": ("Renaud Conseil", 0.95)},
    )
    orgs = rows(conn, "select id, domain, name from public.organisations where team_id = %s", firm.team)
    assert not [o for o in orgs if (o["domain"] or "").lower() in FREE_MAIL], f"organisations: {orgs}"
    dubois = contact(conn, firm.team, "m.dubois@orange.fr")
    renaud = contact(conn, firm.team, "p.renaud@orange.fr")
    if dubois["organisation_id"] is not None or renaud["organisation_id"] is not None:
        assert dubois["organisation_id"] != renaud["organisation_id"], "two firms grouped by orange.fr"


# Facts and the auto-apply threshold ---------------------------------------------------------------------------------


def test_fact_at_exactly_092_is_applied_and_at_0919_is_a_suggestion(conn: Conn) -> None:
    """INTELLIGENCE.md: "SQL records facts, updates contacts and organisations (auto-apply at or above the team's
    threshold, 0.92 by default; below it, a suggestion)".

    The default team: a title read at 0.92 exactly is applied (the contact shows it); one read at 0.919 waits as a
    suggestion and the contact's title stays empty."""
    firm = vasseur(conn)
    signature_of(
        conn, firm, "j.lemaire@lemaire-associes.fr", "Jean Lemaire", T0, {"title": ("Directeur financier", 0.92)}
    )
    signature_of(
        conn, firm, "a.fabre@fabre-expertise.fr", "Anne Fabre", T0 + HOUR, {"title": ("Expert-comptable", 0.919)}
    )

    lemaire = contact(conn, firm.team, "j.lemaire@lemaire-associes.fr")
    fabre = contact(conn, firm.team, "a.fabre@fabre-expertise.fr")
    applied = fact_by_value(conn, lemaire["id"], "title", "Directeur financier")
    suggested = fact_by_value(conn, fabre["id"], "title", "Expert-comptable")
    assert (applied["status"], lemaire["title"]) == ("applied", "Directeur financier"), applied
    assert Decimal(str(suggested["confidence"])) == Decimal("0.919"), suggested["confidence"]
    assert (suggested["status"], fabre["title"]) == ("suggested", None), (suggested, fabre["title"])


def test_team_that_changes_its_threshold(conn: Conn) -> None:
    """INTELLIGENCE.md: "auto-apply at or above the team's threshold, 0.92 by default; below it, a suggestion" and
    "sliders in the original UI map to team settings (threshold, batch size, sources on or off)".

    Vasseur Patrimoine lowers its threshold to 0.85: 0.85 is applied, 0.849 suggested, while Cabinet Roussel (still
    at 0.92) keeps a 0.85 reading as a suggestion. Then Vasseur raises it to 0.95: 0.949 is suggested, 0.95 applied."""
    firm = vasseur(conn)
    other = roussel(conn)
    set_threshold(conn, firm.claire_id, firm.team, "0.85")
    signature_of(conn, firm, "c.noel@banque-rivaud.fr", "Camille Noël", T0, {"title": ("Banquier privé", 0.85)})
    signature_of(conn, firm, "l.petit@banque-rivaud.fr", "Luc Petit", T0, {"title": ("Chargé d'affaires", 0.849)})
    signature_of(conn, other, "c.noel@banque-rivaud.fr", "Camille Noël", T0, {"title": ("Banquier privé", 0.85)})

    set_threshold(conn, firm.claire_id, firm.team, "0.95")
    signature_of(
        conn, firm, "r.blanc@banque-rivaud.fr", "Rose Blanc", T0 + DAY, {"title": ("Directrice d'agence", 0.949)}
    )
    signature_of(conn, firm, "e.roy@banque-rivaud.fr", "Éric Roy", T0 + DAY, {"title": ("Gérant de fortune", 0.95)})

    def status(team: uuid.UUID, address: str, value: str) -> tuple[str, str | None]:
        c = contact(conn, team, address)
        return fact_by_value(conn, c["id"], "title", value)["status"], c["title"]

    assert status(firm.team, "c.noel@banque-rivaud.fr", "Banquier privé") == ("applied", "Banquier privé")
    assert status(firm.team, "l.petit@banque-rivaud.fr", "Chargé d'affaires") == ("suggested", None)
    assert status(other.team_id, "c.noel@banque-rivaud.fr", "Banquier privé") == ("suggested", None)
    assert status(firm.team, "r.blanc@banque-rivaud.fr", "Directrice d'agence") == ("suggested", None)
    assert status(firm.team, "e.roy@banque-rivaud.fr", "Gérant de fortune") == ("applied", "Gérant de fortune")


def test_fact_keeps_its_source_confidence_and_time(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Fact**: one field value for a contact or organisation (title, phone, company, address,
    website, LinkedIn …) with its source (signature of message X, enrichment provider, a user), confidence (0–1) and
    time."

    The mobile number read in the notary's signature is a fact naming the signature of that very message, its
    confidence (0.97) and a time no earlier than the message and no later than the reading."""
    firm = vasseur(conn)
    message_id = signature_of(
        conn,
        firm,
        "helene.marchand@marchand-notaires.fr",
        "Hélène Marchand",
        T0,
        {"name": ("Hélène Marchand", 0.95)},
        phones=[("+33612345678", "mobile", 0.97)],
    )
    c = contact(conn, firm.team, "helene.marchand@marchand-notaires.fr")
    f = fact_by_value(conn, c["id"], "phone_mobile", "+33612345678")
    assert f["source"] == "signature", f
    assert f["source_message_id"] == message_id, f
    assert Decimal(str(f["confidence"])) == Decimal("0.97"), f
    assert f["observed_at"] is not None and T0 <= f["observed_at"] <= T0 + HOUR, f["observed_at"]
    assert c["phone_mobile"] == "+33612345678", c


def test_high_confidence_fact_never_silently_replaces_a_users_value(conn: Conn) -> None:
    """INTELLIGENCE.md: "The contact's current value of a field is chosen from its facts; nothing is overwritten
    without a trace." README ("Contacts"): "a value a user set by hand (typed, accepted or edited) is never replaced:
    a newer, different fact waits as a suggestion".

    His first signature said "Directeur administratif" (0.95, applied). Claire types his title ("Gérant associé"):
    it is current, and the signature's reading is still there as a fact. Two weeks later his signature says
    "Directeur financier" at 0.99, above any threshold: Claire's value stays current, her value is itself a fact from
    a user, and the new reading is kept, as a suggestion."""
    firm = vasseur(conn)
    signature_of(
        conn,
        firm,
        "j.lemaire@lemaire-associes.fr",
        "Jean Lemaire",
        T0,
        {"name": ("Jean Lemaire", 0.95), "title": ("Directeur administratif", 0.95)},
    )
    c = contact(conn, firm.team, "j.lemaire@lemaire-associes.fr")
    assert c["title"] == "Directeur administratif"
    as_user(
        conn, firm.claire_id, "select public.set_contact_field(%s, 'title', 'Gérant associé', %s)", c["id"], T0 + DAY
    )
    assert contact(conn, firm.team, c["address"])["title"] == "Gérant associé"
    first = fact_by_value(conn, c["id"], "title", "Directeur administratif")
    assert first["source"] == "signature" and Decimal(str(first["confidence"])) == Decimal("0.95"), first

    signature_of(conn, firm, c["address"], "Jean Lemaire", T0 + 14 * DAY, {"title": ("Directeur financier", 0.99)})

    after = contact(conn, firm.team, c["address"])
    mine = fact_by_value(conn, c["id"], "title", "Gérant associé")
    new = fact_by_value(conn, c["id"], "title", "Directeur financier")
    assert after["title"] == "Gérant associé", f"the user's value was replaced by {after['title']!r}"
    assert mine["source"] == "user", mine
    assert new["source"] == "signature" and Decimal(str(new["confidence"])) == Decimal("0.99"), new
    assert new["status"] == "suggested", f"the 0.99 reading is {new['status']}, not a suggestion"


def test_a_newer_applied_fact_keeps_the_older_one_as_a_trace(conn: Conn) -> None:
    """INTELLIGENCE.md: "The contact's current value of a field is chosen from its facts; nothing is overwritten
    without a trace." README ("Contacts"): "Each field's current value is the newest hand-set one, else the newest
    applied fact."

    Camille Noël is promoted: January's signature says "Banquier privé", March's "Directeur de la gestion privée",
    both at 0.95. The contact shows the newer title; the January fact is still there with its value and message."""
    firm = vasseur(conn)
    first = signature_of(conn, firm, "c.noel@banque-rivaud.fr", "Camille Noël", T0, {"title": ("Banquier privé", 0.95)})
    signature_of(
        conn,
        firm,
        "c.noel@banque-rivaud.fr",
        "Camille Noël",
        T0 + 60 * DAY,
        {"title": ("Directeur de la gestion privée", 0.95)},
    )
    c = contact(conn, firm.team, "c.noel@banque-rivaud.fr")
    assert c["title"] == "Directeur de la gestion privée", c["title"]
    old = fact_by_value(conn, c["id"], "title", "Banquier privé")
    assert old["source_message_id"] == first and Decimal(str(old["confidence"])) == Decimal("0.95"), old


# Suggestions, feedback, accuracy ------------------------------------------------------------------------------------


def _three_suggestions(conn: Conn, firm: Firm, address: str, at: dt.datetime) -> dict[str, dict[str, Any]]:
    signature_of(
        conn,
        firm,
        address,
        "Anne Fabre",
        at,
        {
            "title": ("Expert-comptable", 0.80),
            "website": ("https://www.fabre-expertise.fr", 0.70),
            "address": ("8, place Bellecour – 69002 Lyon", 0.75),
        },
    )
    c = contact(conn, firm.team, address)
    return {
        "title": fact_by_value(conn, c["id"], "title", "Expert-comptable"),
        "website": fact_by_value(conn, c["id"], "website", "https://www.fabre-expertise.fr"),
        "postal_address": fact_by_value(conn, c["id"], "postal_address", "8, place Bellecour – 69002 Lyon"),
    }


def test_accept_reject_and_edit_are_each_recorded_in_ai_feedback(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Feedback**: every accept, reject, edit or ignore of a suggestion is recorded
    (`ai_feedback`)" and "**Suggestion**: a fact below the auto-apply threshold, waiting for a human (accept, reject,
    edit)."

    Claire accepts Anne Fabre's title, rejects her website and corrects her postal address: the contact shows the
    accepted title and the edited address, not the rejected website, and ai_feedback holds one line per decision,
    by Claire, with the value read and (for the edit) the corrected one."""
    firm = vasseur(conn)
    address = "a.fabre@fabre-expertise.fr"
    s = _three_suggestions(conn, firm, address, T0)
    assert {f["status"] for f in s.values()} == {"suggested"}
    decide(conn, firm.claire_id, s["title"]["id"], "accept", T0 + DAY)
    decide(conn, firm.claire_id, s["website"]["id"], "reject", T0 + DAY)
    decide(conn, firm.claire_id, s["postal_address"]["id"], "edit", T0 + DAY, "8 place Bellecour, 69002 Lyon")

    c = contact(conn, firm.team, address)
    assert (c["title"], c["website"], c["postal_address"]) == (
        "Expert-comptable",
        None,
        "8 place Bellecour, 69002 Lyon",
    )
    fb = rows(conn, "select * from public.ai_feedback where team_id = %s order by id", firm.team)
    assert len(fb) == 3, fb
    assert {r["user_id"] for r in fb} == {firm.claire_id}
    assert len({r["action"] for r in fb}) == 3, [r["action"] for r in fb]
    by_value = {r["original_value"]: r for r in fb}
    assert set(by_value) == {"Expert-comptable", "https://www.fabre-expertise.fr", "8, place Bellecour – 69002 Lyon"}
    assert by_value["8, place Bellecour – 69002 Lyon"]["corrected_value"] == "8 place Bellecour, 69002 Lyon"


def test_ignore_of_a_suggestion_is_recorded_in_ai_feedback(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Feedback**: every accept, reject, edit or ignore of a suggestion is recorded
    (`ai_feedback`)".

    A form shows Claire the suggested title "Expert-comptable" for Anne Fabre and she ignores it (README: what a form
    reports goes through `track_field_choice`, `ignore` included): that ignore is recorded in ai_feedback too."""
    firm = vasseur(conn)
    address = "a.fabre@fabre-expertise.fr"
    _three_suggestions(conn, firm, address, T0)
    before = one(conn, "select count(*) from public.ai_feedback where team_id = %s", firm.team)
    choice(conn, firm.claire_id, firm.team, "title", "ignore", T0 + DAY, suggested="Expert-comptable", address=address)
    prefs = rows(conn, "select action from public.ai_user_preferences where team_id = %s", firm.team)
    assert [p["action"] for p in prefs] == ["ignore"], prefs
    after = one(conn, "select count(*) from public.ai_feedback where team_id = %s", firm.team)
    assert after == before + 1, f"ai_feedback has {after} lines after an ignore (was {before})"


def test_accuracy_per_field_source_and_week(conn: Conn) -> None:
    """INTELLIGENCE.md: "accuracy per field, source and week is a view (`ai_accuracy_metrics`)."

    Week of Monday 7 January 2030: Claire accepts two signature titles and rejects a third (2/3), and rejects a
    website (0/1). Week of 14 January: she accepts one more title (1/1). Accuracy = approved / decided (the view's
    comment): title 0.6667 then 1.0, website 0.0."""
    firm = vasseur(conn)
    people = [
        ("c.noel@banque-rivaud.fr", "Camille Noël", "Banquier privé"),
        ("l.petit@banque-rivaud.fr", "Luc Petit", "Chargé d'affaires"),
        ("r.blanc@banque-rivaud.fr", "Rose Blanc", "Directrice d'agence"),
        ("e.roy@banque-rivaud.fr", "Éric Roy", "Gérant de fortune"),
    ]
    ids = []
    for i, (address, name, title) in enumerate(people):
        fields = {"title": (title, 0.80)}
        if i == 0:
            fields["website"] = ("https://www.banque-rivaud.fr", 0.70)
        signature_of(conn, firm, address, name, T0 - 3 * DAY + i * HOUR, fields)
        ids.append(fact_by_value(conn, contact(conn, firm.team, address)["id"], "title", title)["id"])
    website = fact_by_value(
        conn, contact(conn, firm.team, people[0][0])["id"], "website", "https://www.banque-rivaud.fr"
    )
    decide(conn, firm.claire_id, ids[0], "accept", T0 + HOUR)  # Monday 7 January
    decide(conn, firm.claire_id, ids[1], "accept", T0 + DAY)  # Tuesday 8
    decide(conn, firm.claire_id, ids[2], "reject", T0 + 4 * DAY)  # Friday 11
    decide(conn, firm.claire_id, website["id"], "reject", T0 + 4 * DAY)
    decide(conn, firm.claire_id, ids[3], "accept", T0 + 7 * DAY + HOUR)  # Monday 14

    metrics = rows(
        conn,
        "select class, source, week_start, decisions, approved, rejected, corrected, accuracy"
        " from public.ai_accuracy_metrics where team_id = %s and class in ('title', 'website')",
        firm.team,
    )
    got = {(m["class"], m["week_start"]): m for m in metrics}
    w2, w3 = dt.date(2030, 1, 7), dt.date(2030, 1, 14)
    assert set(got) == {("title", w2), ("website", w2), ("title", w3)}, metrics
    assert {m["source"] for m in metrics} == {"signature"}, metrics
    assert (got[("title", w2)]["decisions"], got[("title", w2)]["approved"]) == (3, 2)
    assert close(got[("title", w2)]["accuracy"], 2 / 3, 0.001), got[("title", w2)]
    assert (got[("website", w2)]["decisions"], got[("website", w2)]["approved"]) == (1, 0)
    assert close(got[("website", w2)]["accuracy"], 0.0), got[("website", w2)]
    assert (got[("title", w3)]["decisions"], got[("title", w3)]["approved"]) == (1, 1)
    assert close(got[("title", w3)]["accuracy"], 1.0), got[("title", w3)]


def test_intent_accuracy_is_measured_per_source(conn: Conn) -> None:
    """INTELLIGENCE.md: "Every intent carries its confidence and its source (rule or model), so accuracy can be
    measured per source." and "accuracy per field, source and week is a view (`ai_accuracy_metrics`)."

    Week of 7 January 2030: the rules read two replies as meeting requests, the learnt model one as a quote request.
    Claire confirms one rules reading and corrects the other to information_request, and confirms the model's:
    rules 1/2 = 0.5, model 1/1 = 1.0."""
    firm = vasseur(conn)
    t = T0 + HOUR
    a = reply_to_sent(conn, firm.claire, "c.noel@banque-rivaud.fr", "Camille Noël", t, "Pouvons-nous nous voir jeudi ?")
    b = reply_to_sent(
        conn, firm.claire, "l.petit@banque-rivaud.fr", "Luc Petit", t, "Quels sont les frais d'entrée du contrat ?"
    )
    c = reply_to_sent(
        conn,
        firm.claire,
        "h.duval@duval-holding.fr",
        "Henri Duval",
        t,
        "Merci de nous chiffrer la gestion sous mandat.",
    )
    intent(conn, a, "meeting_request", t + HOUR, 0.95, "rules")
    intent(conn, b, "meeting_request", t + HOUR, 0.91, "rules")
    intent(conn, c, "quote_request", t + HOUR, 0.72, "model")
    for message_id, label in ((a, "meeting_request"), (b, "information_request"), (c, "quote_request")):
        as_user(conn, firm.claire_id, "select public.correct_intent(%s, %s, null, %s)", message_id, label, T0 + DAY)

    metrics = rows(
        conn,
        "select source, sum(decisions)::int as decisions, sum(approved)::int as approved"
        " from public.ai_accuracy_metrics where team_id = %s and subject = 'intent' and week_start = %s"
        " group by source",
        firm.team,
        dt.date(2030, 1, 7),
    )
    got = {m["source"]: (m["decisions"], m["approved"]) for m in metrics}
    assert got == {"rules": (2, 1), "model": (1, 1)}, got
    per_class = rows(
        conn,
        "select class, source, accuracy from public.ai_accuracy_metrics where team_id = %s and subject = 'intent'",
        firm.team,
    )
    rules_meeting = [m for m in per_class if m["source"] == "rules" and m["class"] == "meeting_request"]
    assert len(rules_meeting) == 1 and close(rules_meeting[0]["accuracy"], 0.5, 0.001), per_class


# Preferences --------------------------------------------------------------------------------------------------------


def test_preference_boost_ten_percent_per_acceptance_at_most_fifty_capped_at_one(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Preferences** (`ai_user_preferences`): a user's choices per field ...; a value the user
    accepted before gets +10 % per acceptance, at most +50 %, capped at 1." README: "+10 % of its confidence per
    acceptance (at most +50 %, capped at 1) on their review list (`ranked_fact_suggestions`), not in the stored
    fact".

    Claire accepted titles for other contacts during December. New suggestions, and their boosted confidences:
      Expert-comptable    0.60, 0 acceptances (Thomas accepted it 5 times: not Claire's) → 0.60
      Directeur financier 0.60, 1 acceptance  → 0.60 × 1.10 = 0.66
      Gérant              0.60, 3 acceptances (+1 rejection, which is no acceptance) → 0.60 × 1.30 = 0.78
      Associé             0.60, 5 acceptances → 0.60 × 1.50 = 0.90
      Président           0.60, 7 acceptances → at most +50 %: 0.60 × 1.50 = 0.90
      Notaire             0.80, 3 acceptances → 0.80 × 1.30 = 1.04, capped at 1 → 1.00
    The stored facts keep 0.60 / 0.80."""
    firm = vasseur(conn)
    history = {"Directeur financier": 1, "Gérant": 3, "Associé": 5, "Président": 7, "Notaire": 3}
    k = 0
    for value, n in history.items():
        for _ in range(n):
            k += 1
            choice(
                conn,
                firm.claire_id,
                firm.team,
                "title",
                "accept",
                T0 - 30 * DAY + k * HOUR,
                suggested=value,
                final=value,
                address=f"ancien.contact{k}@exemple-cabinet.fr",
            )
    choice(
        conn,
        firm.claire_id,
        firm.team,
        "title",
        "reject",
        T0 - 20 * DAY,
        suggested="Gérant",
        address="x.y@exemple-cabinet.fr",
    )
    for i in range(5):
        choice(
            conn,
            firm.thomas,
            firm.team,
            "title",
            "accept",
            T0 - 10 * DAY + i * HOUR,
            suggested="Expert-comptable",
            final="Expert-comptable",
            address=f"client{i}@exemple-compta.fr",
        )

    new = {
        "Expert-comptable": ("a.fabre@fabre-expertise.fr", 0.60, 0.60),
        "Directeur financier": ("j.lemaire@lemaire-associes.fr", 0.60, 0.66),
        "Gérant": ("s.girard@girard-immo.fr", 0.60, 0.78),
        "Associé": ("b.leroy@leroy-avocats.fr", 0.60, 0.90),
        "Président": ("h.duval@duval-holding.fr", 0.60, 0.90),
        "Notaire": ("helene.marchand@marchand-notaires.fr", 0.80, 1.00),
    }
    for i, (value, (address, conf, _)) in enumerate(new.items()):
        signature_of(conn, firm, address, address.split("@")[0], T0 + i * HOUR, {"title": (value, conf)})

    listed = signed_in(
        conn,
        firm.claire_id,
        "select value, confidence, past_acceptances, boosted_confidence from public.ranked_fact_suggestions"
        " where team_id = %s and field = 'title'",
        firm.team,
    )
    got = {r["value"]: r for r in listed}
    assert set(got) == set(new), f"Claire's review list: {sorted(got)}"
    problems = [
        f"{value}: boosted {got[value]['boosted_confidence']} (past acceptances {got[value]['past_acceptances']}),"
        f" expected {expected}"
        for value, (_, _, expected) in new.items()
        if not close(got[value]["boosted_confidence"], expected, 0.001)
    ]
    assert not problems, problems
    for value, (address, conf, _) in new.items():
        stored = fact_by_value(conn, contact(conn, firm.team, address)["id"], "title", value)
        assert Decimal(str(stored["confidence"])) == Decimal(str(conf)) and stored["status"] == "suggested", stored


def test_preferences_kept_90_days_then_deleted_by_the_weekly_job(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Preferences** (`ai_user_preferences`): a user's choices per field, kept 90 days (then
    deleted by a weekly job)". PRIVACY.md: "Weekly (Sunday 04:00): delete expired AI preferences."

    Claire types a title on 7 January 2030 09:00 and another on 6 February. The weekly purge run 89 days after the
    first keeps both; run 91 days after, it deletes the first only."""
    firm = vasseur(conn)
    choice(conn, firm.claire_id, firm.team, "title", "manual", T0, final="Gérante de SCI", address="m.dubois@orange.fr")
    choice(
        conn,
        firm.claire_id,
        firm.team,
        "title",
        "manual",
        T0 + 30 * DAY,
        final="Notaire",
        address="helene.marchand@marchand-notaires.fr",
    )
    first = rows(conn, "select * from public.ai_user_preferences where final_value = 'Gérante de SCI'")
    assert len(first) == 1, first
    assert first[0]["created_at"] == T0, first[0]["created_at"]
    assert first[0]["expires_at"] == T0 + 90 * DAY, first[0]["expires_at"]

    conn.execute("select private.purge_expired_preferences(%s)", (T0 + 89 * DAY,))
    kept = {
        r["final_value"]
        for r in rows(conn, "select final_value from public.ai_user_preferences where team_id = %s", firm.team)
    }
    assert kept == {"Gérante de SCI", "Notaire"}, f"after the purge at 89 days: {kept}"

    deleted = one(conn, "select private.purge_expired_preferences(%s)", T0 + 91 * DAY)
    kept = {
        r["final_value"]
        for r in rows(conn, "select final_value from public.ai_user_preferences where team_id = %s", firm.team)
    }
    assert kept == {"Notaire"}, f"after the purge at 91 days: {kept}"
    assert deleted == 1 or (isinstance(deleted, Mapping) and 1 in deleted.values()), deleted


# Suggestions for a field --------------------------------------------------------------------------------------------

N = dt.datetime(2030, 4, 1, 12, 0, tzinfo=UTC)


def field_suggestions(conn: Conn, user: uuid.UUID, team: uuid.UUID, field: str) -> list[dict[str, Any]]:
    with acting_as(conn, "service_role", user), conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "select * from public.get_field_suggestions(%s, %s, null, 10, %s)", (team, field, N)
        ).fetchall()


def test_field_suggestions_ranked_60_frequency_40_recency(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Suggestions for a field** (what a form's context menu shows): ranked by 60 % frequency +
    40 % recency over the user's choices". README: recency "linear over the 90 days".

    Claire's titles, asked on 1 April 2030 12:00:
      Directeur financier  6 choices, the latest 9 days before → recency 1 − 9/90  = 0.90
      Gérant               2 choices, 81 days before           → recency 1 − 81/90 = 0.10
      Associé              1 choice, 1 hour before             → recency ≈ 1.00
    Frequency relative to the most used value (6):
      Directeur financier 0.6 × 6/6 + 0.4 × 0.90 = 0.600 + 0.360 = 0.960
      Associé             0.6 × 1/6 + 0.4 × 1.00 = 0.100 + 0.400 = 0.500
      Gérant              0.6 × 2/6 + 0.4 × 0.10 = 0.200 + 0.040 = 0.240
    Frequency as a share of all 9 choices gives the same order:
      0.6 × 6/9 + 0.36 = 0.760;  0.6 × 1/9 + 0.40 = 0.467;  0.6 × 2/9 + 0.04 = 0.173
    So: Directeur financier, Associé, Gérant — neither the frequency order (DF, Gérant, Associé) nor the recency
    order (Associé, DF, Gérant). Each row's score is 0.6 × its frequency + 0.4 × its recency; frequencies are in the
    ratio of the counts (6 : 2 : 1)."""
    firm = vasseur(conn)
    for h in range(6):
        choice(conn, firm.claire_id, firm.team, "title", "manual", N - 9 * DAY - h * HOUR, final="Directeur financier")
    for h in range(2):
        choice(conn, firm.claire_id, firm.team, "title", "manual", N - 81 * DAY - h * HOUR, final="Gérant")
    choice(conn, firm.claire_id, firm.team, "title", "manual", N - HOUR, final="Associé")

    got = field_suggestions(conn, firm.claire_id, firm.team, "title")
    assert [r["value"] for r in got] == ["Directeur financier", "Associé", "Gérant"], got
    assert {r["scope"] for r in got} == {"mine"}, got
    by = {r["value"]: r for r in got}
    for r in got:
        assert close(r["score"], 0.6 * float(r["frequency"]) + 0.4 * float(r["recency"]), 0.001), r
    assert close(by["Directeur financier"]["recency"], 0.90, 0.002), by["Directeur financier"]
    assert close(by["Gérant"]["recency"], 0.10, 0.002), by["Gérant"]
    assert close(by["Associé"]["recency"], 1.00, 0.002), by["Associé"]
    assert close(float(by["Directeur financier"]["frequency"]) / float(by["Gérant"]["frequency"]), 3.0, 0.01), by
    assert close(float(by["Gérant"]["frequency"]) / float(by["Associé"]["frequency"]), 2.0, 0.01), by
    assert [r["uses"] for r in got] == [6, 1, 2], got


def test_field_suggestions_fall_back_to_the_teams_choices(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Suggestions for a field** ...: ranked by 60 % frequency + 40 % recency over the user's
    choices, falling back to the team's."

    Thomas typed "Banque Rivaud" three times this week and "Lemaire & Associés" once a month ago; Claire typed
    "Cabinet Roussel" once, 80 days ago. Sophie has never chosen a company: she is offered the team's values, Banque
    Rivaud first. Claire's own value comes first on her list, before the team's better-scored one."""
    firm = vasseur(conn)
    for h in range(3):
        choice(conn, firm.thomas, firm.team, "company", "manual", N - 2 * DAY - h * HOUR, final="Banque Rivaud")
    choice(conn, firm.thomas, firm.team, "company", "manual", N - 30 * DAY, final="Lemaire & Associés")
    choice(conn, firm.claire_id, firm.team, "company", "manual", N - 80 * DAY, final="Cabinet Roussel")

    sophie = field_suggestions(conn, firm.sophie, firm.team, "company")
    assert sophie, "Sophie is offered nothing: no fall-back to the team's choices"
    assert sophie[0]["value"] == "Banque Rivaud", sophie
    assert {"Banque Rivaud", "Lemaire & Associés"} <= {r["value"] for r in sophie}, sophie
    assert all(r["scope"] != "mine" for r in sophie), sophie

    claire = field_suggestions(conn, firm.claire_id, firm.team, "company")
    assert claire and claire[0]["value"] == "Cabinet Roussel" and claire[0]["scope"] == "mine", claire


def test_field_suggestions_look_back_90_days_only(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Preferences** (`ai_user_preferences`): a user's choices per field, kept 90 days" and
    "**Suggestions for a field** ...: ranked by 60 % frequency + 40 % recency over the user's choices". README:
    `get_field_suggestions` ranks "the values kept or typed" with recency "linear over the 90 days".

    On 1 April 2030, Claire's "Gérante de SCI" typed 100 days before (not yet purged by the weekly job) is no longer
    offered; "Notaire" typed 10 days before is."""
    firm = vasseur(conn)
    for h in range(4):
        choice(conn, firm.claire_id, firm.team, "title", "manual", N - 100 * DAY - h * HOUR, final="Gérante de SCI")
    choice(conn, firm.claire_id, firm.team, "title", "manual", N - 10 * DAY, final="Notaire")
    got = [r["value"] for r in field_suggestions(conn, firm.claire_id, firm.team, "title")]
    assert got == ["Notaire"], got


# Routing ------------------------------------------------------------------------------------------------------------


def test_routing_first_match_wins_over_intent_domain_keyword_and_mailbox(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Routing rules** (per team, ordered): conditions on intent, sender domain, keywords, mailbox;
    action: assign to a member, add a label, notify. First match wins; no match falls back to the mailbox owner."

    Rules, in order: 1 quote requests → Sophie; 2 banque-rivaud.fr → Thomas; 3 keyword "succession" → Thomas,
    label "succession"; 4 Thomas's mailbox → Sophie (Thomas is on leave).
      a. Banque Rivaud asks for a quote              → rule 1 (2 also matches, but 1 is first): Sophie
      b. Banque Rivaud asks for information           → rule 2: Thomas
      c. The notary writes about "la Succession"      → rule 3: Thomas, label succession
      d. A client writes to Thomas's mailbox (other)  → rule 4: Sophie
      e. A client writes to Claire about nothing routed → no rule: Claire, the mailbox's owner"""
    firm = vasseur(conn)
    r1 = rule(conn, firm, "Devis → Sophie", intents=["quote_request"], assign=firm.sophie)
    r2 = rule(conn, firm, "Banque Rivaud → Thomas", domains=["banque-rivaud.fr"], assign=firm.thomas)
    r3 = rule(conn, firm, "Successions", keywords=["succession"], assign=firm.thomas, labels=["succession"])
    r4 = rule(conn, firm, "Boîte de Thomas", mailboxes=[firm.thomas_mb.mailbox_id], assign=firm.sophie)
    listed = [r["id"] for r in rows(conn, "select id from public.list_routing_rules(%s)", firm.team)]
    assert listed == [r1, r2, r3, r4], listed

    t = T0 + DAY
    a = reply_to_sent(
        conn,
        firm.claire,
        "c.noel@banque-rivaud.fr",
        "Camille Noël",
        t,
        "Pourriez-vous nous adresser une proposition chiffrée de vos honoraires ?",
    )
    b = reply_to_sent(
        conn,
        firm.claire,
        "l.petit@banque-rivaud.fr",
        "Luc Petit",
        t,
        "Quels sont les supports disponibles sur ce contrat ?",
    )
    c = reply_to_sent(
        conn,
        firm.claire,
        "helene.marchand@marchand-notaires.fr",
        "Hélène Marchand",
        t,
        "Je vous transmets l'état de la Succession Lefèvre, nous sommes intéressés par un rendez-vous.",
        subject="Dossier Lefèvre",
    )
    d = reply_to_sent(
        conn, firm.thomas_mb, "jacques.bertin@gmail.com", "Jacques Bertin", t, "Bien reçu, merci. Bonne journée."
    )
    e = reply_to_sent(
        conn, firm.claire, "odile.perrin@free.fr", "Odile Perrin", t, "Oui, cela m'intéresse, tenez-moi au courant."
    )
    intent(conn, a, "quote_request", t + HOUR)
    intent(conn, b, "information_request", t + HOUR)
    intent(conn, c, "interested", t + HOUR)
    intent(conn, d, "other", t + HOUR)
    intent(conn, e, "interested", t + HOUR)

    got = {k: route(conn, m) for k, m in {"a": a, "b": b, "c": c, "d": d, "e": e}.items()}
    summary = {k: (r["rule_id"], r["assigned_to"]) for k, r in got.items()}
    assert summary == {
        "a": (r1, firm.sophie),
        "b": (r2, firm.thomas),
        "c": (r3, firm.thomas),
        "d": (r4, firm.sophie),
        "e": (None, firm.claire_id),
    }, summary
    assert "succession" in got["c"]["labels"], got["c"]


def test_reordering_rules_changes_which_one_wins(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Routing rules** (per team, ordered) ... First match wins".

    "Banque Rivaud → Thomas" before "Rendez-vous → Sophie": Banque Rivaud's meeting request goes to Thomas. Claire
    puts the meeting rule first: the next one goes to Sophie."""
    firm = vasseur(conn)
    by_domain = rule(conn, firm, "Banque Rivaud → Thomas", domains=["banque-rivaud.fr"], assign=firm.thomas)
    meetings = rule(conn, firm, "Rendez-vous → Sophie", intents=["meeting_request"], assign=firm.sophie)
    first = reply_to_sent(
        conn,
        firm.claire,
        "c.noel@banque-rivaud.fr",
        "Camille Noël",
        T0 + DAY,
        "Pouvons-nous nous voir jeudi à 10h pour en parler ?",
    )
    intent(conn, first, "meeting_request", T0 + DAY + HOUR)
    assert (route(conn, first)["rule_id"], route(conn, first)["assigned_to"]) == (by_domain, firm.thomas)

    as_user(
        conn,
        firm.claire_id,
        "select public.reorder_routing_rules(%s, %s::uuid[], %s)",
        firm.team,
        [meetings, by_domain],
        T0 + 2 * DAY,
    )
    second = reply_to_sent(
        conn,
        firm.claire,
        "e.roy@banque-rivaud.fr",
        "Éric Roy",
        T0 + 3 * DAY,
        "Seriez-vous disponible mardi pour un rendez-vous ?",
    )
    intent(conn, second, "meeting_request", T0 + 3 * DAY + HOUR)
    assert (route(conn, second)["rule_id"], route(conn, second)["assigned_to"]) == (meetings, firm.sophie)


def test_routing_rules_belong_to_their_team(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Routing rules** (per team, ordered) ... no match falls back to the mailbox owner."

    Cabinet Roussel routes everything from banque-rivaud.fr to one of its advisers; Vasseur Patrimoine has no rule:
    a Banque Rivaud reply in Thomas's mailbox goes to Thomas, the mailbox's owner."""
    firm = vasseur(conn)
    other = roussel(conn)
    roussel_adviser = add_member(conn, other.team_id, "julie.fontaine@roussel-gestion.fr")
    with acting_as(conn, "service_role", other.owner_id, commit=True):
        conn.execute(
            "select public.create_routing_rule(p_team_id => %s, p_name => 'Rivaud', p_sender_domains => %s::text[],"
            " p_assign_to => %s, p_now => %s)",
            (other.team_id, ["banque-rivaud.fr"], roussel_adviser, T0),
        )
    m = reply_to_sent(conn, firm.thomas_mb, "c.noel@banque-rivaud.fr", "Camille Noël", T0 + DAY, "Merci, bien noté.")
    intent(conn, m, "other", T0 + DAY + HOUR)
    r = route(conn, m)
    assert (r["rule_id"], r["assigned_to"]) == (None, firm.thomas), r


def test_no_rule_falls_back_to_each_mailboxs_owner(conn: Conn) -> None:
    """INTELLIGENCE.md: "First match wins; no match falls back to the mailbox owner."

    A disabled rule and a rule for another domain do not match: a reply in Thomas's mailbox goes to Thomas, one in
    Claire's to Claire."""
    firm = vasseur(conn)
    rule(conn, firm, "Notaires → Sophie", domains=["marchand-notaires.fr"], assign=firm.sophie)
    disabled = rule(conn, firm, "Tout → Sophie (désactivée)", intents=["interested", "other"], assign=firm.sophie)
    as_user(conn, firm.claire_id, "select public.set_routing_rule_enabled(%s, false, %s)", disabled, T0)
    to_thomas = reply_to_sent(
        conn,
        firm.thomas_mb,
        "jacques.bertin@gmail.com",
        "Jacques Bertin",
        T0 + DAY,
        "Merci, je regarde et je reviens vers vous.",
    )
    to_claire = reply_to_sent(
        conn, firm.claire, "odile.perrin@free.fr", "Odile Perrin", T0 + DAY, "Votre proposition m'intéresse."
    )
    intent(conn, to_thomas, "other", T0 + DAY + HOUR)
    intent(conn, to_claire, "interested", T0 + DAY + HOUR)
    assert route(conn, to_thomas)["assigned_to"] == firm.thomas
    assert route(conn, to_claire)["assigned_to"] == firm.claire_id


def test_notify_action_tells_the_member_named(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Routing rules** (per team, ordered): conditions on intent, sender domain, keywords,
    mailbox; action: assign to a member, add a label, notify. First match wins".

    The notaries' mail is assigned to Thomas and Sophie is notified: the notary's reply is Thomas's, and Sophie has a
    notification about it."""
    firm = vasseur(conn)
    r = rule(conn, firm, "Notaires", domains=["marchand-notaires.fr"], assign=firm.thomas, notify=firm.sophie)
    m = reply_to_sent(
        conn,
        firm.claire,
        "helene.marchand@marchand-notaires.fr",
        "Hélène Marchand",
        T0 + DAY,
        "Je vous confirme la réception des pièces du dossier Lefèvre.",
        subject="Dossier Lefèvre",
    )
    intent(conn, m, "other", T0 + DAY + HOUR)
    assert (route(conn, m)["rule_id"], route(conn, m)["assigned_to"]) == (r, firm.thomas)
    sophie = rows(conn, "select * from public.notifications where message_id = %s and owner_id = %s", m, firm.sophie)
    assert sophie, "Sophie, named by the rule's notify action, has no notification"


def _notified(conn: Conn, firm: Firm, message_id: uuid.UUID) -> list[dict[str, Any]]:
    members = {firm.claire_id, firm.thomas, firm.sophie}
    found = rows(conn, "select * from public.notifications where message_id = %s and read_at is null", message_id)
    return [n for n in found if n["owner_id"] in members]


def test_meeting_request_without_any_rule_is_seen(conn: Conn) -> None:
    """INTELLIGENCE.md: "A meeting request or a quote request never waits unseen."

    No routing rule at all: a client's meeting request in Thomas's mailbox is assigned to someone and a team member
    has an unread notification about it."""
    firm = vasseur(conn)
    m = reply_to_sent(
        conn,
        firm.thomas_mb,
        "jacques.bertin@gmail.com",
        "Jacques Bertin",
        T0 + DAY,
        "Pourrions-nous fixer un rendez-vous la semaine prochaine pour faire le point sur mon assurance-vie ?",
    )
    intent(conn, m, "meeting_request", T0 + DAY + HOUR)
    assert route(conn, m)["assigned_to"] is not None
    assert _notified(conn, firm, m), "nobody is notified of the meeting request"


def test_quote_request_caught_by_a_label_only_rule_is_still_seen(conn: Conn) -> None:
    """INTELLIGENCE.md: "First match wins; no match falls back to the mailbox owner. A meeting request or a quote
    request never waits unseen."

    The first rule only labels quote requests "devis" (no assignee, no one to notify) and wins; the quote request
    must still reach someone: assigned, and a team member notified."""
    firm = vasseur(conn)
    first = rule(conn, firm, "Étiqueter les devis", intents=["quote_request"], labels=["devis"])
    rule(
        conn, firm, "Tout le reste → Sophie", intents=["quote_request", "meeting_request", "other"], assign=firm.sophie
    )
    m = reply_to_sent(
        conn,
        firm.claire,
        "h.duval@duval-holding.fr",
        "Henri Duval",
        T0 + DAY,
        "Merci de nous faire parvenir un devis pour la gestion sous mandat de notre holding.",
    )
    intent(conn, m, "quote_request", T0 + DAY + HOUR)
    r = route(conn, m)
    assert r["rule_id"] == first and "devis" in r["labels"], r
    assert r["assigned_to"] is not None, r
    assert _notified(conn, firm, m), "nobody is notified of the quote request"


def test_quote_request_assigned_by_a_rule_is_seen(conn: Conn) -> None:
    """INTELLIGENCE.md: "action: assign to a member, add a label, notify ... A meeting request or a quote request
    never waits unseen."

    Quote requests go to Sophie: she is assigned, and someone in the team has an unread notification of it."""
    firm = vasseur(conn)
    rule(conn, firm, "Devis → Sophie", intents=["quote_request"], assign=firm.sophie)
    m = reply_to_sent(
        conn,
        firm.thomas_mb,
        "b.leroy@leroy-avocats.fr",
        "Bertrand Leroy",
        T0 + DAY,
        "Quels seraient vos honoraires pour un audit patrimonial complet ?",
    )
    intent(conn, m, "quote_request", T0 + DAY + HOUR)
    assert route(conn, m)["assigned_to"] == firm.sophie
    assert _notified(conn, firm, m), "nobody is notified of the quote request"


# Autofill jobs ------------------------------------------------------------------------------------------------------


def _pending_inbound(conn: Conn, firm: Firm, n: int) -> list[uuid.UUID]:
    """n inbound messages from twelve correspondents, one every 10 minutes from T0 − 2 days; their ids, oldest first."""
    senders = [f"client{i}@cabinet-client{i}.fr" for i in range(12)]
    ids = []
    for i in range(n):
        at = T0 - 2 * DAY + i * dt.timedelta(minutes=10)
        ids.append(receive(conn, firm.claire, senders[i % 12], f"Client {i % 12}", at, subject=f"Question {i}"))
    return ids


def test_autofill_run_takes_50_messages_at_most(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Autofill jobs**: pg_cron hourly (50 messages at most per run, configurable) plus a run-now
    RPC".

    60 messages wait: the hourly run queues 50, the next one the last 10, the next none."""
    firm = vasseur(conn)
    _pending_inbound(conn, firm, 60)
    assert autofill(conn, firm.team, T0) == 50
    assert autofill(conn, firm.team, T0 + HOUR) == 10
    assert autofill(conn, firm.team, T0 + 2 * HOUR) == 0
    queued = one(conn, "select count(*) from worker.read_intelligence_queue(300, 120)")
    assert queued == 60, queued


def test_autofill_batch_size_is_configurable_and_run_now_takes_the_oldest(conn: Conn) -> None:
    """INTELLIGENCE.md: "**Autofill jobs**: pg_cron hourly (50 messages at most per run, configurable) plus a run-now
    RPC; sliders in the original UI map to team settings (threshold, batch size, sources on or off)." README: the run
    "queues the team's oldest pending inbound messages, up to its batch size".

    Claire sets the batch size to 20 and runs autofill now with 25 messages waiting: the 20 oldest are queued; a
    run-now asked for 3 queues 3 more; the hourly run then takes the last 2."""
    firm = vasseur(conn)
    ids = _pending_inbound(conn, firm, 25)
    with acting_as(conn, "authenticated", firm.claire_id, commit=True):
        conn.execute(
            "select public.set_intelligence_settings(p_team_id => %s, p_autofill_batch_size => 20)", (firm.team,)
        )
    assert as_user(conn, firm.claire_id, "select public.run_autofill_now(%s, null, %s)", firm.team, T0) == 20
    first = {r["message_id"] for r in rows(conn, "select message_id from worker.read_intelligence_queue(300, 120)")}
    assert first == set(ids[:20]), "the run did not take the 20 oldest messages"
    assert as_user(conn, firm.claire_id, "select public.run_autofill_now(%s, 3, %s)", firm.team, T0 + HOUR) == 3
    assert autofill(conn, firm.team, T0 + 2 * HOUR) == 2


# The cache ----------------------------------------------------------------------------------------------------------


def test_cache_is_keyed_by_text_hash_and_model_version(conn: Conn) -> None:
    """INTELLIGENCE.md: "Cache: a result is keyed by a hash of the text it was computed from (and the model version),
    kept in Postgres, so the same signature or the same reply is never analysed twice; hit rate is a KPI."

    A signature read by model version sig-v1 is found again for the same text and version (and the hit counted), not
    for another version of the model, nor for another text."""
    firm = vasseur(conn)
    text = "Hélène Marchand\nNotaire associée\nMarchand & Associés Notaires\n01 42 60 12 34"
    h = hashlib.sha256(text.encode()).digest()
    other = hashlib.sha256((text + " ").encode()).digest()
    result = {"fields": {"title": {"value": "Notaire associée", "confidence": 0.9}}}
    conn.execute(
        "select worker.ai_cache_store(%s, 'signature', %s, 'sig-v1', %s, 0.0004, 800, %s)",
        (firm.team, h, Jsonb(result), T0),
    )

    def lookup(text_hash: bytes, models: list[str], at: dt.datetime) -> list[dict[str, Any]]:
        return rows(
            conn,
            "select * from worker.ai_cache_lookup(%s, 'signature', %s, %s::text[], %s)",
            firm.team,
            text_hash,
            models,
            at,
        )

    assert lookup(h, ["sig-v2"], T0 + HOUR) == [], "a new model version reused an old result"
    assert lookup(other, ["sig-v1"], T0 + HOUR) == [], "another text hit the cache"
    hit = lookup(h, ["sig-v1"], T0 + 2 * HOUR)
    assert len(hit) == 1 and hit[0]["model"] == "sig-v1" and hit[0]["result"] == result, hit
    hits = one(conn, "select hits from private.ai_cache where team_id = %s and model = 'sig-v1'", firm.team)
    assert hits == 1, hits


# The worker command -------------------------------------------------------------------------------------------------


def test_worker_command_reads_signature_and_intent(conn: Conn, db_url: str, tmp_path: Path) -> None:
    """INTELLIGENCE.md: "An intelligence worker reads the batch: signature block of the new text ..., fields (name,
    title, company, phones in E.164 with type mobile/landline/fax ...), ... intent (below), and hands one normalised
    result per message to SQL" and "Every intent carries its confidence and its source (rule or model)" and "A
    meeting request or a quote request never waits unseen."

    Jean Lemaire answers Claire with a meeting request under a full French signature. After the autofill run,
    `relance worker --once --loops intelligence` (rules only, no LLM): his mobile is a fact in E.164, his contact
    belongs to lemaire-associes.fr's organisation, the reply's intent is meeting_request with a confidence and a
    source, and someone in the team is notified."""
    firm = vasseur(conn)
    body = (
        "Bonjour Madame Vasseur,\n\n"
        "Merci pour votre proposition. Pourriez-vous me proposer un rendez-vous la semaine prochaine pour en parler ?\n"
        "Je suis disponible mardi ou jeudi après-midi.\n\n"
        "Cordialement,\n"
        "Jean Lemaire\n"
        "Directeur financier\n"
        "Lemaire & Associés SAS\n"
        "12, rue de la Paix – 75002 Paris\n"
        "Tél. : 01 42 60 12 34\n"
        "Port. : 06 12 34 56 78\n"
        "www.lemaire-associes.fr"
    )
    m = reply_to_sent(conn, firm.claire, "j.lemaire@lemaire-associes.fr", "Jean Lemaire", T0 + DAY, body)
    assert autofill(conn, firm.team, T0 + DAY + HOUR) >= 1

    env = {
        **os.environ,
        "SUPABASE_DB_URL": db_url,
        "RELANCE_WORKER_DB_URL": "",
        "RELANCE_INTENT_TRAINING": "off",
        "RELANCE_SECRET_KEY": os.environ.get("RELANCE_SECRET_KEY") or "",
        "OLLAMA_API_BASE": "",
        "MISTRAL_API_KEY": "",
        "OPENAI_API_KEY": "",
        "ANTHROPIC_API_KEY": "",
        "SERPAPI_API_KEY": "",
    }
    relance = Path(sys.executable).parent / "relance"
    done = subprocess.run(
        [str(relance), "worker", "--once", "--loops", "intelligence", "--now", (T0 + DAY + 2 * HOUR).isoformat()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]

    c = contact(conn, firm.team, "j.lemaire@lemaire-associes.fr")
    mobile = [f for f in facts(conn, c["id"], "phone_mobile") if f["value"] == "+33612345678"]
    known = rows(conn, "select field, value from public.contact_facts where contact_id = %s", c["id"])
    assert mobile, f"no E.164 mobile fact: {known}"
    org = rows(conn, "select domain from public.organisations where id = %s", c["organisation_id"])
    assert org and org[0]["domain"] == "lemaire-associes.fr", org
    read = rows(conn, "select label, confidence, source from public.message_intents where message_id = %s", m)
    assert len(read) == 1 and read[0]["label"] == "meeting_request", read
    assert (
        read[0]["confidence"] is not None and 0 < read[0]["confidence"] <= 1 and read[0]["source"] in ("rules", "model")
    ), read
    assert _notified(conn, firm, m), "nobody is notified of the meeting request"


# RLS ----------------------------------------------------------------------------------------------------------------


def test_a_member_of_another_team_sees_none_of_it(conn: Conn) -> None:
    """INTELLIGENCE.md: "SQL decides (what to write into the CRM, when to ask a human, how to route, how to learn),
    under RLS, team by team."

    Vasseur Patrimoine has contacts, an organisation, facts and suggestions, a routing rule and a routed meeting
    request with its notification, feedback and preferences. Julie, an adviser of Cabinet Roussel, reads none of it
    and can act on none of it."""
    firm = vasseur(conn)
    other = roussel(conn)
    julie = add_member(conn, other.team_id, "julie.fontaine@roussel-gestion.fr", "admin")
    signature_of(
        conn,
        firm,
        "a.fabre@fabre-expertise.fr",
        "Anne Fabre",
        T0,
        {"name": ("Anne Fabre", 0.95), "title": ("Expert-comptable", 0.80), "company": ("Fabre Expertise", 0.95)},
        phones=[("+33612345678", "mobile", 0.97)],
    )
    c = contact(conn, firm.team, "a.fabre@fabre-expertise.fr")
    suggestion = fact_by_value(conn, c["id"], "title", "Expert-comptable")
    rule(conn, firm, "Rendez-vous → Sophie", intents=["meeting_request"], assign=firm.sophie)
    m = reply_to_sent(
        conn, firm.claire, "a.fabre@fabre-expertise.fr", "Anne Fabre", T0 + DAY, "Pouvons-nous nous voir jeudi ?"
    )
    intent(conn, m, "meeting_request", T0 + DAY + HOUR)
    decide(conn, firm.claire_id, suggestion["id"], "reject", T0 + 2 * DAY)
    choice(
        conn,
        firm.claire_id,
        firm.team,
        "title",
        "manual",
        T0 + 2 * DAY,
        final="Commissaire aux comptes",
        address=c["address"],
    )
    signature_of(
        conn,
        firm,
        "j.lemaire@lemaire-associes.fr",
        "Jean Lemaire",
        T0 + 2 * DAY,
        {"title": ("Directeur financier", 0.80)},
    )

    # The setup really is there (read as the team's owner), so that "nothing" below means something.
    for table in (
        "contacts",
        "organisations",
        "contact_facts",
        "message_routes",
        "notifications",
        "ai_feedback",
        "ai_user_preferences",
        "routing_rules",
    ):
        assert signed_in(
            conn, firm.claire_id, f"select 1 from public.{table} where team_id = %s", firm.team
        ) or table in ("notifications", "message_routes"), f"Claire sees no {table}"

    seen = {}
    for table in (
        "contacts",
        "organisations",
        "contact_facts",
        "organisation_facts",
        "routing_rules",
        "message_routes",
        "notifications",
        "ai_feedback",
        "ai_user_preferences",
        "ai_accuracy_metrics",
        "ranked_fact_suggestions",
        "message_intents",
        "message_insights",
    ):
        seen[table] = len(signed_in(conn, julie, f"select 1 from public.{table} where team_id = %s", firm.team))
    seen["list_routing_rules"] = len(signed_in(conn, julie, "select 1 from public.list_routing_rules(%s)", firm.team))
    for table in ("contacts", "contact_facts", "routing_rules", "ai_user_preferences"):
        try:
            with acting_as(conn, "anon"):
                seen[f"anon {table}"] = len(conn.execute(f"select 1 from public.{table}").fetchall())
        except psycopg.errors.InsufficientPrivilege:
            seen[f"anon {table}"] = 0
    assert all(n == 0 for n in seen.values()), {k: n for k, n in seen.items() if n}

    refused: dict[str, str | None] = {}
    attempts = {
        "get_contact": ("select public.get_contact(%s)", (c["id"],)),
        "get_field_suggestions": ("select * from public.get_field_suggestions(%s, 'title')", (firm.team,)),
        "decide_fact": (
            "select public.decide_fact(%s, 'accept')",
            (
                fact_by_value(
                    conn,
                    contact(conn, firm.team, "j.lemaire@lemaire-associes.fr")["id"],
                    "title",
                    "Directeur financier",
                )["id"],
            ),
        ),
        "set_contact_field": ("select public.set_contact_field(%s, 'title', 'Associée')", (c["id"],)),
        "set_intelligence_settings": (
            "select public.set_intelligence_settings(p_team_id => %s, p_autofill_threshold => 0.5)",
            (firm.team,),
        ),
        "run_autofill_now": ("select public.run_autofill_now(%s)", (firm.team,)),
        "create_routing_rule": (
            "select public.create_routing_rule(p_team_id => %s, p_name => 'vol', p_intents => '{meeting_request}')",
            (firm.team,),
        ),
        "track_field_choice": ("select public.track_field_choice(%s, 'title', 'manual', null, 'Gérant')", (firm.team,)),
    }
    for name, (query, args) in attempts.items():
        try:
            with acting_as(conn, "authenticated", julie):
                result = conn.execute(query, args).fetchall()
            refused[name] = f"accepted: {result}"
        except psycopg.Error as exc:
            refused[name] = None if exc.sqlstate in ("42501", "P0002") else f"{exc.sqlstate}: {exc}"
    assert all(v is None for v in refused.values()), {k: v for k, v in refused.items() if v}
    after = fact_by_value(
        conn, contact(conn, firm.team, "j.lemaire@lemaire-associes.fr")["id"], "title", "Directeur financier"
    )
    assert after["status"] == "suggested"
    assert one(conn, "select autofill_threshold from private.intelligence_settings(%s)", firm.team) == Decimal("0.92")
