"""Blind acceptance tests of the contacts half of the CRM (README "Contacts", "What a frontend calls", "Privacy:
erasure, consent, retention, members who leave"; ../shared/INTELLIGENCE.md "Words", "Pipeline", "Routing, human in
the loop, learning"; ../shared/PRIVACY.md "Lawful basis", "Traceability"), written from those texts and the
catalog's comments and signatures only, as a demanding French wealth-management firm would check them: who becomes a
contact and who never does, one contact per address and team, the name and the facts a contact carries and which
source wins, the human in the loop, organisations, the lawful basis, the logged full record, what each role sees, and
what happens when a mailbox goes or a member leaves.

Cabinet Martin Patrimoine (Paris, martin-patrimoine.fr): Claire Martin (owner, a mailbox), Luc Bernard (admin, no
mailbox), Sophie Leroy (member, a mailbox of her own), Hugo Petit (member, no mailbox). Gestion Privée Lambert
(Lyon, gp-lambert.fr), another team: Alain Lambert (owner, a mailbox). Their prospects and clients: Jean Dupuis
(Dupuis Industrie), Marie Nguyen (Nguyen Associés), Paul Garnier (Garnier Family Office) and private clients at
free-mail providers.

The mail is ingested as a worker hands it (`worker.ingest_message`), the autofill run is `worker.run_autofill` for
the firm's team at an injected instant, and what the intelligence worker read in a reply's signature is recorded
through `worker.record_signature`, as the worker does. The To display a worker read is handed in the outbound
message's `analysis.recipients` (address -> the name read, its first name, and whether the display names the person
clearly): that shape is not in the texts this set may read; it was found by trying the running product.

One database serves the module; each test builds its own two teams, so no test sees another's rows. Instants are
injected (T0 in 2030, p_now for the service role and direct calls); nothing depends on today's date or on speed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.pg import acting_as, sqlstate
from tests.story import (
    Firm,
    Mailbox,
    Message,
    add_mailbox,
    bounce,
    inbound,
    inbound_reply,
    ingest,
    make_firm,
    make_team_with_mailbox,
    outbound,
)

Conn = psycopg.Connection[Any]
# Tuesday 12 March 2030, 10:00 UTC: an ordinary working morning, far from any real date.
T0 = dt.datetime(2030, 3, 12, 10, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)

JEAN = "jean.dupuis@dupuis-industrie.fr"
MARIE = "m.nguyen@nguyen-associes.fr"


@pytest.fixture
def conn(db: Conn) -> Conn:
    """The module's database (each test makes teams of its own)."""
    return db


@pytest.fixture
def firm(conn: Conn) -> Firm:
    return make_firm(conn)


# Helpers ------------------------------------------------------------------------------------------------------


def send(
    conn: Conn,
    box: Mailbox,
    to: list[str],
    at: dt.datetime,
    *,
    cc: list[str] | None = None,
    said: dict[str, dict[str, Any]] | None = None,
) -> Message:
    """The member sends a message (seen in Sent Items); `said`: the names the worker read in its To display."""
    msg = outbound(box, to, sent_at=at, cc=cc)
    if said:
        msg["analysis"] = {"kind": "human", "recipients": said}
    ingest(conn, box.mailbox_id, msg, at)
    return msg


def display(name: str, first: str, clear: bool = True) -> dict[str, Any]:
    return {"name": name, "first_name": first, "clear": clear}


def autofill(conn: Conn, team: uuid.UUID, at: dt.datetime) -> int:
    """The autofill run for one team (pg_cron's job), at `at`."""
    row = conn.execute("select worker.run_autofill(%s, %s)", (at, team)).fetchone()
    assert row is not None
    return int(row[0])


def fld(name: str, value: str, confidence: float, source: str = "signature") -> dict[str, Any]:
    return {"field": name, "value": value, "confidence": confidence, "source": source}


def reply_read(
    conn: Conn,
    box: Mailbox,
    sender: str,
    fields: list[dict[str, Any]],
    at: dt.datetime = T0,
    *,
    reply_to: Message | None = None,
) -> uuid.UUID:
    """A message from `sender` arrives in `box`, and the intelligence worker records what it read in its
    signature (setup, as the worker does). Returns the message's id."""
    if reply_to is not None:
        msg = inbound_reply(reply_to, sender, received_at=at)
    else:
        msg = inbound(box, sender, received_at=at)
    mid = ingest(conn, box.mailbox_id, msg, at)["message_id"]
    conn.execute(
        "select worker.record_signature(null, %s, %s, %s)", (mid, Jsonb({"confidence": 0.85, "fields": fields}), at)
    )
    return uuid.UUID(str(mid))


def contact(conn: Conn, team: uuid.UUID, address: str) -> dict[str, Any]:
    with conn.cursor() as cur:
        cur.execute("select * from public.contacts where team_id = %s and address = %s", (team, address))
        row = cur.fetchone()
        assert row is not None, f"no contact {address}"
        assert cur.description is not None
        return {d.name: v for d, v in zip(cur.description, row, strict=True)}


def contacts(conn: Conn, team: uuid.UUID) -> list[str]:
    rows = conn.execute("select address from public.contacts where team_id = %s order by address", (team,)).fetchall()
    return [r[0] for r in rows]


def facts(conn: Conn, team: uuid.UUID, address: str, field: str | None = None) -> list[tuple[Any, ...]]:
    """(field, value, source, confidence, status) of a contact's facts, in a stable order."""
    return conn.execute(
        "select field, value, source::text, confidence, status::text from public.contact_facts"
        " where team_id = %s and address = %s and (%s::text is null or field = %s) order by field, value",
        (team, address, field, field),
    ).fetchall()


def fact_id(conn: Conn, team: uuid.UUID, address: str, field: str, value: str) -> uuid.UUID:
    row = conn.execute(
        "select id from public.contact_facts where team_id = %s and address = %s and field = %s and value = %s",
        (team, address, field, value),
    ).fetchone()
    assert row is not None, (address, field, value)
    return uuid.UUID(str(row[0]))


def fact_status(conn: Conn, fid: uuid.UUID) -> str:
    row = conn.execute("select status::text from public.contact_facts where id = %s", (fid,)).fetchone()
    assert row is not None
    return str(row[0])


def call(conn: Conn, user: uuid.UUID | None, statement: str, *args: Any, role: str = "authenticated") -> Any:
    """One committed request of `user` (a Data API call); returns the first column of the first row."""
    with acting_as(conn, role, user, commit=True) as c:
        row = c.execute(statement, args).fetchone()
    return None if row is None else row[0]


def refused(conn: Conn, user: uuid.UUID | None, statement: str, *args: Any, role: str = "authenticated") -> str | None:
    """The SQLSTATE a request is refused with (the request rolled back); fails when it is not refused."""
    with pytest.raises(psycopg.Error) as error, acting_as(conn, role, user) as c:
        c.execute(statement, args)
    return sqlstate(error.value)


def seen_by(conn: Conn, user: uuid.UUID | None, query: str, *args: Any, role: str = "authenticated") -> list[Any]:
    """What `user` reads (an API role that may not read at all reads nothing)."""
    try:
        with acting_as(conn, role, user) as c:
            return c.execute(query, args).fetchall()
    except psycopg.errors.InsufficientPrivilege:
        return []


# Who becomes a contact, and who never does ---------------------------------------------------------------------


def test_outbound_recipients_outside_the_team_become_contacts_and_colleagues_never(conn: Conn, firm: Firm) -> None:
    """README: "The autofill run (...) turns outbound mail's external recipients into contacts in SQL (...) each new
    contact owned by whoever wrote to it first"; "One function says who is outside the team: not one of its
    mailboxes, not at one of its domains, not at a mailbox's own domain unless that is a free-mail provider's (...)
    the autofill run makes contacts of the same people"."""
    # Luc also answers for the firm's Lyon office, at a domain of its own.
    add_mailbox(conn, firm.a, firm.luc, "luc@martin-patrimoine-lyon.fr")
    send(
        conn,
        firm.claire_box,
        [JEAN, "luc@martin-patrimoine-lyon.fr"],
        T0,
        cc=[
            "sophie.leroy@martin-patrimoine.fr",
            "secretariat@martin-patrimoine-lyon.fr",
            "compta@martin-patrimoine.fr",
        ],
    )
    assert contacts(conn, firm.a) == [], "nobody is a contact before the autofill run"
    autofill(conn, firm.a, T0 + HOUR)
    assert contacts(conn, firm.a) == [JEAN]
    jean = contact(conn, firm.a, JEAN)
    assert jean["owner_id"] == firm.claire
    assert jean["first_seen_at"] == T0
    assert contacts(conn, firm.b) == [], "another team's CRM gains nothing"


def test_an_independent_advisers_free_mail_client_is_a_contact_without_an_organisation(conn: Conn) -> None:
    """README: "an independent adviser at `orange.fr` or `gmail.com` writing to a client at the same provider is
    tracked (the provider's domain is nobody's firm), while mail to a second mailbox of the team there is not; the
    autofill run makes contacts of the same people"; "with their organisation (by the address's domain, never a
    free-mail one ...)"."""
    box = make_team_with_mailbox(conn, address="hugo.petit.cgp@orange.fr", domains=(), team_name="Hugo Petit CGP")
    add_mailbox(conn, box.team_id, box.owner_id, "hugo.petit.pro@orange.fr")
    send(conn, box, ["martine.leroux@orange.fr", "hugo.petit.pro@orange.fr", "b.faure@gmail.com"], T0)
    autofill(conn, box.team_id, T0 + HOUR)
    assert contacts(conn, box.team_id) == ["b.faure@gmail.com", "martine.leroux@orange.fr"]
    assert contact(conn, box.team_id, "martine.leroux@orange.fr")["organisation_id"] is None
    assert contact(conn, box.team_id, "b.faure@gmail.com")["organisation_id"] is None
    orgs = conn.execute("select domain from public.organisations where team_id = %s", (box.team_id,)).fetchall()
    assert ("orange.fr",) not in orgs and ("gmail.com",) not in orgs


def test_a_delivery_daemon_and_an_automatic_reply_are_no_person_and_never_contacts(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "**Contact**: a person the team writes to or hears from"; README: "Ingest notes every human
    message (`message_insights`, pending ...)" and the autofill run "queues the team's pending inbound messages"."""
    sent = send(conn, firm.claire_box, [JEAN], T0)
    ingest(conn, firm.claire_box.mailbox_id, bounce(sent, received_at=T0 + HOUR), T0 + HOUR)
    ooo = inbound(
        firm.claire_box,
        "accueil@dupuis-industrie.fr",
        received_at=T0 + 2 * HOUR,
        headers={"auto-submitted": "auto-replied"},
        body_text="Je suis absente du bureau jusqu'au 20 mars.",
        analysis={"kind": "auto_reply", "auto_reply": {"until": "2030-03-20"}},
    )
    ingest(conn, firm.claire_box.mailbox_id, ooo, T0 + 2 * HOUR)
    human = inbound(firm.claire_box, MARIE, received_at=T0 + 3 * HOUR)
    ingest(conn, firm.claire_box.mailbox_id, human, T0 + 3 * HOUR)
    noted = conn.execute(
        "select address from public.message_insights where team_id = %s and direction = 'inbound'", (firm.a,)
    ).fetchall()
    assert noted == [(MARIE,)], "only the person's message is noted for the intelligence pipeline"
    autofill(conn, firm.a, T0 + 4 * HOUR)
    assert "mailer-daemon@mx.example.net" not in contacts(conn, firm.a)
    assert "accueil@dupuis-industrie.fr" not in contacts(conn, firm.a)


def test_a_colleague_who_writes_in_is_never_a_contact_while_the_prospect_beside_them_is(conn: Conn, firm: Firm) -> None:
    """README: "One function says who is outside the team (`private.outside_the_team`): not one of its mailboxes,
    not at one of its domains, not at a mailbox's own domain (...); the autofill run makes contacts of the same
    people"; "The people a team writes to or hears from become contacts"; the autofill run "queues the team's
    pending inbound messages (...) on the pgmq queue `intelligence`" and the worker "hands the fields to
    `worker.record_signature`"."""
    add_mailbox(conn, firm.a, firm.luc, "luc@martin-patrimoine-lyon.fr")
    box = firm.claire_box
    for sender, at in (
        ("sophie.leroy@martin-patrimoine.fr", T0),
        ("luc@martin-patrimoine-lyon.fr", T0 + HOUR),
        ("accueil@martin-patrimoine-lyon.fr", T0 + 2 * HOUR),
        (MARIE, T0 + 3 * HOUR),
    ):
        ingest(conn, box.mailbox_id, inbound(box, sender, received_at=at), at)
    autofill(conn, firm.a, T0 + 4 * HOUR)
    # The intelligence worker reads what was queued for the team and records each signature it read.
    queued = conn.execute(
        "select queue_msg_id, message_id, from_address from worker.read_intelligence_queue(1000, 600)"
        " where team_id = %s",
        (firm.a,),
    ).fetchall()
    assert MARIE in {r[2] for r in queued}
    for queue_msg_id, message_id, _sender in queued:
        result = {"confidence": 0.9, "fields": [fld("title", "Conseiller en gestion de patrimoine", 0.95)]}
        conn.execute(
            "select worker.record_signature(%s, %s, %s, %s)", (queue_msg_id, message_id, Jsonb(result), T0 + 5 * HOUR)
        )
    assert contacts(conn, firm.a) == [MARIE]


def test_one_contact_per_address_and_team_whatever_the_case_owned_by_whoever_wrote_first(
    conn: Conn, firm: Firm
) -> None:
    """README: "The people a team writes to or hears from become contacts, one per address and team"; "each new
    contact owned by whoever wrote to it first"; "500 messages a run, oldest first"; INTELLIGENCE.md: "Contact: a
    person (...) found by email address, belonging to one team"."""
    # Claire's message is ingested first but Sophie wrote to Jean an hour earlier (mail seen out of order).
    send(conn, firm.claire_box, ["Jean.Dupuis@Dupuis-Industrie.FR"], T0 + HOUR)
    send(conn, firm.sophie_box, [JEAN], T0)
    send(conn, firm.alain_box, ["JEAN.DUPUIS@dupuis-industrie.fr"], T0 + 2 * HOUR)
    autofill(conn, firm.a, T0 + 3 * HOUR)
    autofill(conn, firm.b, T0 + 3 * HOUR)
    reply_read(conn, firm.claire_box, "JEAN.Dupuis@dupuis-industrie.fr", [fld("title", "Directeur financier", 0.95)],
               T0 + DAY)  # fmt: skip
    rows = conn.execute(
        "select team_id, address, owner_id from public.contacts where team_id in (%s, %s) and lower(address) = %s",
        (firm.a, firm.b, JEAN),
    ).fetchall()
    assert sorted(rows, key=lambda r: r[0] == firm.a) == [(firm.b, JEAN, firm.alain), (firm.a, JEAN, firm.sophie)]
    jean = contact(conn, firm.a, JEAN)
    assert (jean["first_seen_at"], jean["last_seen_at"]) == (T0, T0 + DAY)
    assert jean["title"] == "Directeur financier"
    assert contact(conn, firm.b, JEAN)["title"] is None, "what team A learnt stays in team A"


def test_an_opt_out_read_before_the_contact_exists_is_carried_by_the_contact_made_later(conn: Conn, firm: Firm) -> None:
    """README: "An opt-out read in a reply (R8) or a spam complaint does the same on the contact (`objected_at`, and
    the phrase read as `objection_detail`), including a contact made later"; "Time is always a parameter (`p_now`),
    so tests and the demo drive the clock"; catalog (contacts trigger): "a new contact whose address opted out or
    complained (public.suppressions) is created objected, with the suppression's instant and detail"."""
    # Marie is a contact already; Jean is not yet one. Both ask, in the same minute, not to be contacted again.
    to_marie = send(conn, firm.claire_box, [MARIE], T0 - DAY)
    autofill(conn, firm.a, T0 - DAY + HOUR)
    to_jean = send(conn, firm.claire_box, [JEAN], T0)
    for sent in (to_marie, to_jean):
        answer = inbound_reply(sent, received_at=T0 + DAY, body_text="Merci de ne plus me contacter.", opt_out=True)
        ingest(conn, firm.claire_box.mailbox_id, answer, T0 + DAY)
    assert contacts(conn, firm.a) == [MARIE], "setup: Jean is no contact yet"
    autofill(conn, firm.a, T0 + DAY + HOUR)
    marie, jean = contact(conn, firm.a, MARIE), contact(conn, firm.a, JEAN)
    assert (marie["objected_at"], marie["objection_detail"]) == (T0 + DAY, "ne plus me contacter")
    assert jean["objection_detail"] == "ne plus me contacter"
    assert jean["objected_at"] == T0 + DAY, "the same objection, the same instant, contact made before or after"


def test_an_objecting_persons_signature_is_not_profiled(conn: Conn, firm: Firm) -> None:
    """README: "From then on the person's mail is not profiled: `worker.record_signature` records no fact about them
    or their firm (the insight says `objected to prospecting: not profiled (R8)`)"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    cid = contact(conn, firm.a, JEAN)["id"]
    call(conn, firm.sophie, "select public.record_objection(%s, 'Appel du 12 mars : ne souhaite plus être sollicité')",
         cid)  # fmt: skip
    mid = reply_read(
        conn,
        firm.sophie_box,
        JEAN,
        [fld("title", "Directeur financier", 0.97), fld("company", "Dupuis Industrie SAS", 0.97),
         fld("phone_mobile", "+33612345678", 0.97)],
        T0 + DAY,
    )  # fmt: skip
    assert facts(conn, firm.a, JEAN) == []
    assert conn.execute("select count(*) from public.organisation_facts where team_id = %s", (firm.a,)).fetchone() == (
        0,
    )
    jean = contact(conn, firm.a, JEAN)
    assert (jean["title"], jean["company"], jean["phone_mobile"]) == (None, None, None)
    reason = conn.execute("select reason from public.message_insights where message_id = %s", (mid,)).fetchone()
    assert reason is not None and "not profiled" in str(reason[0])


def test_an_erased_person_is_never_made_a_contact_again(conn: Conn, firm: Firm) -> None:
    """README: "Only `sha256(salt || address)` stays (...): ingest, tracking and claims treat the person as
    suppressed (...), autofill never makes them a contact again and their mail is not read again"."""
    person = f"r.dumas.{uuid.uuid4().hex[:8]}@dumas-immobilier.fr"
    send(conn, firm.claire_box, [person], T0)
    autofill(conn, firm.a, T0 + HOUR)
    assert person in contacts(conn, firm.a)
    call(conn, firm.claire, "select public.erase_person(%s, %s)", firm.a, person)
    assert person not in contacts(conn, firm.a)
    send(conn, firm.sophie_box, [person], T0 + DAY)
    autofill(conn, firm.a, T0 + DAY + HOUR)
    assert person not in contacts(conn, firm.a)


def test_only_an_admin_runs_autofill_now(conn: Conn, firm: Firm) -> None:
    """README: "`run_autofill_now(team_id, limit)` (admins)"; catalog: "Runs autofill for one team now (its admins):
    recipients become contacts"."""
    send(conn, firm.sophie_box, [MARIE], T0)
    for intruder in (firm.sophie, firm.hugo, firm.alain):
        assert refused(conn, intruder, "select public.run_autofill_now(%s)", firm.a) == "42501"
    assert contacts(conn, firm.a) == []
    call(conn, firm.luc, "select public.run_autofill_now(%s, p_now => %s)", firm.a, T0 + HOUR, role="service_role")
    assert contacts(conn, firm.a) == [MARIE]
    assert contact(conn, firm.a, MARIE)["owner_id"] == firm.sophie


# The name a contact gets ------------------------------------------------------------------------------------------


def test_a_to_display_that_clearly_names_the_person_is_applied_any_other_is_a_suggestion(
    conn: Conn, firm: Firm
) -> None:
    """README: "A contact is named by the display names of the mail too (source `header`) (...): the To display of
    the user's own mail (...). Applied (0.95) when the display clearly names the address's person and says which
    name is the first ("DUPONT Jean" <jean.dupont@…> is Jean Dupont); a suggestion (0.80) otherwise ("Marie Claire
    Dubois", "Jean Dupont" <contact@…> ...). A prospect who never answers is no longer a bare address in the list."""
    vidal = "contact@vidal-associes.fr"
    dubois = "mc.dubois@dubois-conseil.fr"
    msg = outbound(firm.claire_box, [JEAN, vidal, dubois], sent_at=T0)
    msg["to"][0]["name"], msg["to"][1]["name"], msg["to"][2]["name"] = (
        "DUPUIS Jean",
        "Jean Vidal",
        "Marie Claire Dubois",
    )
    msg["analysis"] = {
        "kind": "human",
        "recipients": {
            JEAN: display("Jean Dupuis", "Jean"),
            vidal: display("Jean Vidal", "Jean", clear=False),
            dubois: display("Marie Claire Dubois", "Marie", clear=False),
        },
    }
    ingest(conn, firm.claire_box.mailbox_id, msg, T0)
    autofill(conn, firm.a, T0 + HOUR)
    assert facts(conn, firm.a, JEAN, "name") == [("name", "Jean Dupuis", "header", Decimal("0.950"), "applied")]
    assert contact(conn, firm.a, JEAN)["name"] == "Jean Dupuis"
    assert facts(conn, firm.a, vidal, "name") == [("name", "Jean Vidal", "header", Decimal("0.800"), "suggested")]
    assert contact(conn, firm.a, vidal)["name"] is None
    assert facts(conn, firm.a, dubois, "name") == [
        ("name", "Marie Claire Dubois", "header", Decimal("0.800"), "suggested")
    ]
    evidence = conn.execute(
        "select m.internet_message_id from public.contact_facts f join public.messages m on m.id = f.source_message_id"
        " where f.team_id = %s and f.address = %s",
        (firm.a, JEAN),
    ).fetchall()
    assert evidence == [(msg.internet_message_id,)], "the fact names the message it was read in"


def test_a_typed_name_is_never_replaced_by_a_later_display_or_signature(conn: Conn, firm: Firm) -> None:
    """README: "a value a user set by hand (typed, accepted or edited) is never replaced: a newer, different fact
    waits as a suggestion"; "`set_contact_field(contact_id, field, value)` (...) a decided or typed value is never
    replaced by a newer fact"; catalog (set_contact_field): "the value is current at once"."""
    send(conn, firm.sophie_box, [JEAN], T0, said={JEAN: display("Jean Dupuis", "Jean")})
    autofill(conn, firm.a, T0 + HOUR)
    cid = contact(conn, firm.a, JEAN)["id"]
    typed = call(conn, firm.sophie, "select public.set_contact_field(%s, 'name', 'Jean-Baptiste Dupuis')", cid)
    assert contact(conn, firm.a, JEAN)["name"] == "Jean-Baptiste Dupuis"
    row = conn.execute("select value, source::text, status::text, decided_by from public.contact_facts where id = %s",
                       (typed,)).fetchone()  # fmt: skip
    assert row == ("Jean-Baptiste Dupuis", "user", "applied", firm.sophie)
    # A later mail whose To display clearly names him otherwise, then his own signature.
    send(conn, firm.claire_box, [JEAN], T0 + DAY, said={JEAN: display("Jean Dupuy", "Jean")})
    autofill(conn, firm.a, T0 + DAY + HOUR)
    reply_read(conn, firm.sophie_box, JEAN, [fld("name", "J.-B. Dupuis", 0.99)], T0 + 2 * DAY)
    assert contact(conn, firm.a, JEAN)["name"] == "Jean-Baptiste Dupuis"
    statuses = {v: s for _, v, _, _, s in facts(conn, firm.a, JEAN, "name")}
    assert statuses["Jean Dupuy"] == "suggested" and statuses["J.-B. Dupuis"] == "suggested"


# Facts: source, evidence, confidence, status ----------------------------------------------------------------------


def test_a_signatures_fields_are_facts_applied_at_or_above_the_threshold_suggested_below(
    conn: Conn, firm: Firm
) -> None:
    """README: "every value is a fact (`contact_facts`, `organisation_facts`) with its source (...), the message it
    was read in, a confidence and a status"; "SQL applies a fact at or above the team's threshold (0.92) and keeps
    the rest as suggestions"; INTELLIGENCE.md: "Suggestion: a fact below the auto-apply threshold, waiting for a
    human"."""
    mid = reply_read(
        conn,
        firm.sophie_box,
        JEAN,
        [
            fld("title", "Directeur administratif et financier", 0.95),
            fld("phone_mobile", "+33612345678", 0.92),
            fld("phone_landline", "+33142685300", 0.919),
            fld("website", "https://www.dupuis-industrie.fr", 0.6, "llm"),
        ],
        T0,
    )
    assert facts(conn, firm.a, JEAN) == [
        ("phone_landline", "+33142685300", "signature", Decimal("0.919"), "suggested"),
        ("phone_mobile", "+33612345678", "signature", Decimal("0.920"), "applied"),
        ("title", "Directeur administratif et financier", "signature", Decimal("0.950"), "applied"),
        ("website", "https://www.dupuis-industrie.fr", "llm", Decimal("0.600"), "suggested"),
    ]
    evidence = conn.execute(
        "select distinct source_message_id from public.contact_facts where team_id = %s and address = %s",
        (firm.a, JEAN),
    ).fetchall()
    assert evidence == [(mid,)]
    full = call(conn, firm.sophie, "select public.get_contact(%s)", contact(conn, firm.a, JEAN)["id"])["contact"]
    assert (full["title"], full["phone_mobile"], full["phone_landline"], full["website"]) == (
        "Directeur administratif et financier",
        "+33612345678",
        None,
        None,
    )


def test_a_signature_recorded_twice_counts_once_and_a_malformed_reading_records_nothing(conn: Conn, firm: Firm) -> None:
    """Catalog (worker.record_signature): "Records what the worker read in a message's signature: the sender's contact
    (and organisation), one fact per field (...). Idempotent for one message. 22023 for a malformed result";
    README: "A message that keeps failing is archived after 3 attempts" (a worker retries)."""
    msg = inbound(firm.sophie_box, JEAN, received_at=T0)
    mid = ingest(conn, firm.sophie_box.mailbox_id, msg, T0)["message_id"]
    for bad in (
        {"confidence": 0.9, "fields": "Directeur financier"},
        {"confidence": 0.9, "fields": [fld("couleur_preferee", "bleu", 0.95)]},
        {"confidence": 0.9, "fields": [fld("title", "Directeur financier", 1.7)]},
    ):
        with pytest.raises(psycopg.Error) as error, conn.transaction():
            conn.execute("select worker.record_signature(null, %s, %s, %s)", (mid, Jsonb(bad), T0))
        assert sqlstate(error.value) == "22023", bad
    assert contacts(conn, firm.a) == [] and facts(conn, firm.a, JEAN) == []
    good = {"confidence": 0.9, "fields": [fld("title", "Directeur financier", 0.95), fld("company", "Dupuis SA", 0.8)]}
    for _ in range(2):
        conn.execute("select worker.record_signature(null, %s, %s, %s)", (mid, Jsonb(good), T0 + HOUR))
    rows = conn.execute(
        "select field, seen_count from public.contact_facts where team_id = %s and address = %s order by field",
        (firm.a, JEAN),
    ).fetchall()
    assert rows == [("company", 1), ("title", 1)]
    assert contacts(conn, firm.a) == [JEAN]


def test_the_teams_own_threshold_decides_what_is_applied(conn: Conn, firm: Firm) -> None:
    """README: "SQL applies a fact at or above the team's threshold (0.92)"; "`intelligence_settings` (...),
    `set_intelligence_settings(team_id, …)` (...) (admins) | threshold (0.92)"; INTELLIGENCE.md: "sliders in the
    original UI map to team settings (threshold, ...)"."""
    assert refused(conn, firm.sophie, "select public.set_intelligence_settings(%s, p_autofill_threshold => 0.8)",
                   firm.a) == "42501"  # fmt: skip
    call(conn, firm.claire, "select public.set_intelligence_settings(%s, p_autofill_threshold => 0.8)", firm.a)
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.85)])
    reply_read(conn, firm.alain_box, JEAN, [fld("title", "Directeur financier", 0.85)])
    assert facts(conn, firm.a, JEAN, "title")[0][4] == "applied"
    assert facts(conn, firm.b, JEAN, "title")[0][4] == "suggested", "Gestion Privée Lambert keeps 0.92"
    assert contact(conn, firm.b, JEAN)["title"] is None


def test_the_newest_applied_fact_is_current_and_history_read_late_does_not_replace_it(conn: Conn, firm: Firm) -> None:
    """README: "Each field's current value is the newest hand-set one, else the newest applied fact"; the autofill
    run queues "the live mail (...) first, then the history its first backfill read"; INTELLIGENCE.md: "Fact: one
    field value (...) with its source (...), confidence (0–1) and time"."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.95)], T0)
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur général", 0.95)], T0 + 30 * DAY)
    assert contact(conn, firm.a, JEAN)["title"] == "Directeur général"
    # The backfill reads a signature of last year after the live mail: it is not the newest fact.
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Contrôleur de gestion", 0.95)], T0 - 300 * DAY)
    assert contact(conn, firm.a, JEAN)["title"] == "Directeur général"
    assert {v for _, v, *_ in facts(conn, firm.a, JEAN, "title")} == {
        "Directeur financier",
        "Directeur général",
        "Contrôleur de gestion",
    }, "nothing is overwritten without a trace"


def test_an_accepted_value_is_never_replaced_and_a_rejected_fact_stays_rejected_when_seen_again(
    conn: Conn, firm: Firm
) -> None:
    """README: "a value a user set by hand (typed, accepted or edited) is never replaced: a newer, different fact
    waits as a suggestion, and a rejected fact stays rejected when seen again"."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.8),
                                              fld("phone_mobile", "+33699999999", 0.8)], T0)  # fmt: skip
    with acting_as(conn, "service_role", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept', p_now => %s)",
                  (fact_id(conn, firm.a, JEAN, "title", "Directeur financier"), T0 + HOUR))  # fmt: skip
        c.execute("select public.decide_fact(%s, 'reject', p_now => %s)",
                  (fact_id(conn, firm.a, JEAN, "phone_mobile", "+33699999999"), T0 + HOUR))  # fmt: skip
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur général", 0.99),
                                              fld("phone_mobile", "+33699999999", 0.99)], T0 + DAY)  # fmt: skip
    jean = contact(conn, firm.a, JEAN)
    assert jean["title"] == "Directeur financier"
    assert jean["phone_mobile"] is None
    assert {(f, v): s for f, v, _, _, s in facts(conn, firm.a, JEAN)} == {
        ("phone_mobile", "+33699999999"): "rejected",
        ("title", "Directeur financier"): "applied",
        ("title", "Directeur général"): "suggested",
    }


# The human in the loop ------------------------------------------------------------------------------------------


def test_deciding_a_suggestion_accept_reject_edit_and_ignore(conn: Conn, firm: Firm) -> None:
    """README: "`decide_fact(fact_id, 'accept' | 'reject' | 'edit', value)` (...) the human in the loop"; catalog
    (decide_fact): "Accepts, rejects or edits (p_value) a contact or organisation fact; the decided value is then
    set by hand and no newer fact replaces it. Ignore (...) leaves the suggestion as it is. (...) Returns the id of the
    fact holding the value."."""
    reply_read(
        conn,
        firm.sophie_box,
        JEAN,
        [fld("title", "Directeur financier", 0.8), fld("website", "dupuis.fr", 0.7),
         fld("linkedin", "linkedin.com/in/jdupuis", 0.7), fld("postal_address", "18 rue de Lisbonne, Paris", 0.7)],
    )  # fmt: skip
    title = fact_id(conn, firm.a, JEAN, "title", "Directeur financier")
    web = fact_id(conn, firm.a, JEAN, "website", "dupuis.fr")
    link = fact_id(conn, firm.a, JEAN, "linkedin", "linkedin.com/in/jdupuis")
    postal = fact_id(conn, firm.a, JEAN, "postal_address", "18 rue de Lisbonne, Paris")
    at = T0 + DAY
    with acting_as(conn, "service_role", firm.sophie, commit=True) as c:
        kept = c.execute("select public.decide_fact(%s, 'accept', p_now => %s)", (title, at)).fetchone()
        c.execute("select public.decide_fact(%s, 'reject', p_now => %s)", (web, at))
        edited = c.execute(
            "select public.decide_fact(%s, 'edit', 'https://www.linkedin.com/in/jean-dupuis', %s)", (link, at)
        ).fetchone()
        c.execute("select public.decide_fact(%s, 'ignore', p_now => %s)", (postal, at))
    assert kept == (title,)
    row = conn.execute("select status::text, decided_by, decided_at from public.contact_facts where id = %s",
                       (title,)).fetchone()  # fmt: skip
    assert row == ("applied", firm.sophie, at)
    assert fact_status(conn, web) == "rejected"
    assert fact_status(conn, postal) == "suggested", "an ignored suggestion stays"
    assert edited is not None
    holding = conn.execute("select field, value, status::text from public.contact_facts where id = %s",
                           (edited[0],)).fetchone()  # fmt: skip
    assert holding == ("linkedin", "https://www.linkedin.com/in/jean-dupuis", "applied")
    full = call(conn, firm.sophie, "select public.get_contact(%s)", contact(conn, firm.a, JEAN)["id"])["contact"]
    assert (full["title"], full["website"], full["linkedin"], full["postal_address"]) == (
        "Directeur financier",
        None,
        "https://www.linkedin.com/in/jean-dupuis",
        None,
    )


def test_only_the_contacts_owner_or_an_admin_decides_and_a_refusal_changes_nothing(conn: Conn, firm: Firm) -> None:
    """README: "the human in the loop: the contact's owner or an admin decides"; catalog (decide_fact): "The
    contact's owner or a team admin (42501 otherwise)"; (set_contact_field): "(its owner or a team admin)"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.8)], T0 + DAY)
    title = fact_id(conn, firm.a, JEAN, "title", "Directeur financier")
    cid = contact(conn, firm.a, JEAN)["id"]
    for role, intruder in (("authenticated", firm.hugo), ("authenticated", firm.alain), ("anon", None)):
        assert refused(conn, intruder, "select public.decide_fact(%s, 'accept')", title, role=role) == "42501"
        assert refused(conn, intruder, "select public.set_contact_field(%s, 'title', 'Gérant')", cid,
                       role=role) == "42501"  # fmt: skip
    # The owner herself may not choose the instant of her decision (README: "a user-facing RPC honours `p_now` for
    # `service_role` only and refuses it from a signed-in user (42501 ...)").
    assert refused(conn, firm.sophie, "select public.decide_fact(%s, 'accept', p_now => %s)", title, T0) == "42501"
    assert fact_status(conn, title) == "suggested"
    assert contact(conn, firm.a, JEAN)["title"] is None
    assert len(facts(conn, firm.a, JEAN)) == 1
    call(conn, firm.luc, "select public.set_contact_field(%s, 'phone_landline', '+33142685300')", cid)
    call(conn, firm.claire, "select public.decide_fact(%s, 'accept')", title)
    assert call(conn, firm.sophie, "select public.get_contact(%s)", cid)["contact"]["phone_landline"] == "+33142685300"
    assert contact(conn, firm.a, JEAN)["title"] == "Directeur financier"


def test_bad_input_to_the_human_in_the_loop_is_refused_clearly_and_nothing_is_kept(conn: Conn, firm: Firm) -> None:
    """README: "`decide_fact(fact_id, 'accept' | 'reject' | 'edit', value)`"; catalog (decide_fact): "Accepts,
    rejects or edits (p_value)"; (decide_facts): "Accepts or rejects, at once"; (set_contact_field): "Sets a
    contact's field by hand"; (contact_facts): the fields a contact has are name, title, company, phones, email,
    website, LinkedIn and postal address."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.8)])
    title = fact_id(conn, firm.a, JEAN, "title", "Directeur financier")
    cid = contact(conn, firm.a, JEAN)["id"]
    before = facts(conn, firm.a, JEAN)
    bad = [
        ("select public.decide_fact(%s, 'approve')", title, ("approve", "p_decision")),
        ("select public.decide_fact(%s, 'edit')", title, ("p_value",)),
        ("select public.decide_fact(%s, 'edit', '   ')", title, ("p_value",)),
        ("select public.decide_facts(%s, 'edit', p_field => 'title')", firm.a, ("edit", "p_decision")),
        ("select public.decide_facts(%s, 'accept', p_field => 'couleur_preferee')", firm.a,
         ("couleur_preferee", "p_field")),
        ("select public.set_contact_field(%s, 'couleur_preferee', 'bleu')", cid, ("couleur_preferee", "p_field")),
        ("select public.set_contact_field(%s, 'title', repeat('x', 501))", cid, ("p_value", "500")),
    ]  # fmt: skip
    for statement, arg, names in bad:
        with pytest.raises(psycopg.Error) as error, acting_as(conn, "authenticated", firm.sophie) as c:
            c.execute(statement, (arg,))
        state = sqlstate(error.value) or ""
        assert state[:2] in ("22", "23"), (statement, state, str(error.value))
        assert any(n in str(error.value) for n in names), f"{statement}: the error should name {names}: {error.value}"
    for statement in ("select public.decide_fact(%s, 'accept')", "select public.get_contact(%s)"):
        unknown = refused(conn, firm.sophie, statement, uuid.uuid4())
        assert unknown in ("P0002", "42501"), (statement, unknown)
    assert facts(conn, firm.a, JEAN) == before
    assert contact(conn, firm.a, JEAN)["title"] is None
    assert conn.execute("select count(*) from public.ai_user_preferences where team_id = %s",
                        (firm.a,)).fetchone() == (0,)  # fmt: skip


def test_deciding_in_bulk_by_field_source_confidence_and_contact(conn: Conn, firm: Firm) -> None:
    """README: "`decide_facts(team_id, decision, field, source, min/max confidence, contact_id)` (...) the contact's
    owner or an admin decides"; catalog: "Accepts or rejects, at once, the team's suggestions that match the filters
    (field, source, confidence range, one contact) among those the caller decides on (owner or admin). Returns how
    many facts were decided."."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7),
                                              fld("postal_address", "18 rue de Lisbonne, Paris", 0.88)])  # fmt: skip
    reply_read(conn, firm.sophie_box, MARIE, [fld("title", "Associée gérante", 0.75),
                                               fld("linkedin", "linkedin.com/in/mnguyen", 0.5, "llm")])  # fmt: skip
    reply_read(conn, firm.claire_box, "v.morel@morel-conseil.fr", [fld("title", "Gérant", 0.8)])
    reply_read(conn, firm.alain_box, "p.roux@roux.fr", [fld("title", "Notaire", 0.8)])
    q = (
        "select public.decide_facts(%s, %s, p_field => %s::text, p_source => %s::fact_source,"
        " p_min_confidence => %s::numeric, p_max_confidence => %s::numeric, p_contact_id => %s::uuid)"
    )

    def decided() -> int:
        row = conn.execute(
            "select (select count(*) from public.contact_facts where team_id = %s and decided_at is not null)"
            " + (select count(*) from public.organisation_facts where team_id = %s and decided_at is not null)",
            (firm.a, firm.a),
        ).fetchone()
        assert row is not None
        return int(row[0])

    # Sophie: her contacts' titles at 0.72 or more (Marie's), then the LLM's guesses, then what is left on Jean at
    # 0.8 or less. Each call says how many facts it decided.
    assert call(conn, firm.sophie, q, firm.a, "accept", "title", None, 0.72, None, None) == 1
    assert call(conn, firm.sophie, q, firm.a, "reject", None, "llm", None, None, None) == decided() - 1 >= 1
    jean_id = contact(conn, firm.a, JEAN)["id"]
    before = decided()
    assert call(conn, firm.sophie, q, firm.a, "accept", None, None, None, 0.8, jean_id) == decided() - before == 1
    assert [s for *_, s in facts(conn, firm.a, JEAN)] == ["suggested", "applied"]
    assert contact(conn, firm.a, JEAN)["title"] == "Directeur financier"
    assert [s for *_, s in facts(conn, firm.a, MARIE)] == ["rejected", "applied"]
    assert [s for *_, s in facts(conn, firm.a, "v.morel@morel-conseil.fr")] == ["suggested"], "Claire's contact"
    # Another team's owner decides nothing in Cabinet Martin Patrimoine.
    before = decided()
    try:
        n = call(conn, firm.alain, q, firm.a, "reject", None, None, None, None, None)
    except psycopg.Error as error:
        assert sqlstate(error) == "42501"
        n = 0
    assert n == 0 and decided() == before
    # Luc, the admin, decides whatever is left in the team, and nothing of Gestion Privée Lambert.
    assert call(conn, firm.luc, q, firm.a, "reject", None, None, None, None, None) == decided() - before >= 2
    assert [s for *_, s in facts(conn, firm.a, JEAN)] == ["rejected", "applied"]
    assert [s for *_, s in facts(conn, firm.a, "v.morel@morel-conseil.fr")] == ["rejected"]
    assert [s for *_, s in facts(conn, firm.b, "p.roux@roux.fr")] == ["suggested"]


# Organisations ---------------------------------------------------------------------------------------------------


def test_one_organisation_per_company_domain_named_by_its_signatures(conn: Conn, firm: Firm) -> None:
    """README: "with their organisation (by the address's domain, never a free-mail one; by the company the
    signature names otherwise). One organisation per company"; INTELLIGENCE.md: "Organisation: a company or firm,
    found by domain (not free-mail domains) or name, one per team"."""
    send(conn, firm.claire_box, [JEAN, "compta@dupuis-industrie.fr"], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.claire_box, "c.roche@dupuis-industrie.fr",
               [fld("company", "Dupuis Industrie SAS", 0.95)], T0 + DAY)  # fmt: skip
    reply_read(conn, firm.alain_box, JEAN, [fld("company", "Dupuis Industrie SAS", 0.95)], T0 + DAY)
    orgs = conn.execute("select id, domain, name from public.organisations where team_id = %s", (firm.a,)).fetchall()
    assert [(d, n) for _, d, n in orgs] == [("dupuis-industrie.fr", "Dupuis Industrie SAS")]
    members = conn.execute(
        "select address from public.contacts where organisation_id = %s order by address", (orgs[0][0],)
    ).fetchall()
    assert members == [("c.roche@dupuis-industrie.fr",), ("compta@dupuis-industrie.fr",), (JEAN,)]
    name = conn.execute("select source::text, status::text, source_message_id is not null"
                        " from public.organisation_facts where organisation_id = %s and field = 'name'",
                        (orgs[0][0],)).fetchall()  # fmt: skip
    assert name == [("signature", "applied", True)]
    theirs = conn.execute("select domain from public.organisations where team_id = %s", (firm.b,)).fetchall()
    assert theirs == [("dupuis-industrie.fr",)], "Gestion Privée Lambert has its own"


def test_a_free_mail_signature_naming_a_known_company_joins_its_organisation(conn: Conn, firm: Firm) -> None:
    """README: "One organisation per company: a free-mail signature naming a company its domain's organisation is
    already called joins that one"; INTELLIGENCE.md: "Organisation: a company or firm, found by domain (...) or name,
    one per team"."""
    reply_read(conn, firm.claire_box, JEAN, [fld("company", "Dupuis Industrie SAS", 0.95)], T0)
    reply_read(conn, firm.claire_box, "jean.dupuis.perso@gmail.com",
               [fld("company", "Dupuis Industrie SAS", 0.95)], T0 + DAY)  # fmt: skip
    reply_read(conn, firm.claire_box, "c.roche.dupuis@yahoo.fr",
               [fld("company", "DUPUIS INDUSTRIE SAS", 0.95)], T0 + 2 * DAY)  # fmt: skip
    org = contact(conn, firm.a, JEAN)["organisation_id"]
    assert org is not None
    assert contact(conn, firm.a, "jean.dupuis.perso@gmail.com")["organisation_id"] == org
    assert contact(conn, firm.a, "c.roche.dupuis@yahoo.fr")["organisation_id"] == org, "one company, however cased"
    assert conn.execute("select count(*) from public.organisations where team_id = %s", (firm.a,)).fetchone() == (1,)


def test_a_company_first_known_by_name_takes_its_domain_and_becomes_one_organisation(conn: Conn, firm: Firm) -> None:
    """README: "a company first known by name takes its domain when an address of the firm signs with the same name
    (the two become one, contacts and facts together, `private.merge_organisation`)"."""
    gfo = "p.garnier@garnier-fo.fr"
    reply_read(conn, firm.claire_box, "paul.garnier@gmail.com", [fld("company", "Garnier Family Office", 0.95)], T0)
    named = contact(conn, firm.a, "paul.garnier@gmail.com")["organisation_id"]
    assert named is not None
    assert conn.execute("select domain, name from public.organisations where id = %s", (named,)).fetchone() == (
        None,
        "Garnier Family Office",
    )
    # Claire writes to his office address: a contact and an organisation by domain, no name yet.
    send(conn, firm.claire_box, [gfo], T0 + DAY)
    autofill(conn, firm.a, T0 + DAY + HOUR)
    # He answers from the office and signs with the firm's name.
    reply_read(conn, firm.claire_box, gfo, [fld("company", "Garnier Family Office", 0.95)], T0 + 2 * DAY)
    orgs = conn.execute("select id, domain, name from public.organisations where team_id = %s", (firm.a,)).fetchall()
    assert [(d, n) for _, d, n in orgs] == [("garnier-fo.fr", "Garnier Family Office")]
    one = orgs[0][0]
    assert contact(conn, firm.a, "paul.garnier@gmail.com")["organisation_id"] == one
    assert contact(conn, firm.a, gfo)["organisation_id"] == one
    n = conn.execute("select count(*) from public.organisation_facts where organisation_id = %s and field = 'name'",
                     (one,)).fetchone()  # fmt: skip
    assert n is not None and n[0] >= 1


def test_what_the_web_says_waits_for_an_admin_or_the_organisations_owner(conn: Conn, firm: Firm) -> None:
    """README: "With web enrichment on, (...) what the web says waits as suggestions"; INTELLIGENCE.md: "only facts
    above `AUTOFILL_WEB_MIN_CONFIDENCE` (0.70) are proposed"; catalog (decide_fact): "Accepts, rejects or edits
    (p_value) a contact or organisation fact (...) The contact's owner or a team admin (42501 otherwise)"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    org = contact(conn, firm.a, JEAN)["organisation_id"]
    found = [
        {"field": "website", "value": "https://www.dupuis-industrie.fr", "confidence": 0.97},
        {"field": "phone", "value": "+33142685300", "confidence": 0.9},
    ]
    conn.execute("select worker.record_enrichment(%s, %s, %s)", (org, Jsonb(found), T0 + DAY))
    rows = conn.execute(
        "select field, value, source::text, status::text, id from public.organisation_facts"
        " where organisation_id = %s order by field",
        (org,),
    ).fetchall()
    assert [r[:4] for r in rows] == [
        ("phone", "+33142685300", "enrichment", "suggested"),
        ("website", "https://www.dupuis-industrie.fr", "enrichment", "suggested"),
    ]
    assert conn.execute("select website, phone from public.organisations where id = %s", (org,)).fetchone() == (
        None,
        None,
    ), "even at 0.97, the web's word waits for a human"
    website = rows[1][4]
    for role, intruder in (("authenticated", firm.hugo), ("authenticated", firm.alain), ("anon", None)):
        assert refused(conn, intruder, "select public.decide_fact(%s, 'accept')", website, role=role) == "42501"
    call(conn, firm.luc, "select public.decide_fact(%s, 'accept')", website)
    assert conn.execute("select website from public.organisations where id = %s", (org,)).fetchone() == (
        "https://www.dupuis-industrie.fr",
    )


# Lawful basis and objection --------------------------------------------------------------------------------------


def test_a_new_contact_carries_its_lawful_basis_its_source_and_its_date(conn: Conn, firm: Firm) -> None:
    """PRIVACY.md: "each contact carries its basis (`legitimate_interest` for B2B prospecting, `consent`,
    `contract`), its source and date"; README: "Every contact has `lawful_basis` (`legitimate_interest` by
    default, `consent`, `contract`), `basis_source` and `basis_at`"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.sophie_box, MARIE, [fld("title", "Associée gérante", 0.95)], T0 + DAY)
    for address in (JEAN, MARIE):
        c = contact(conn, firm.a, address)
        assert c["lawful_basis"] == "legitimate_interest"
        assert c["basis_source"] and c["basis_source"].strip()
        assert c["basis_at"] is not None, f"{address}: a basis without a date"
        assert T0 <= c["basis_at"] <= T0 + DAY + HOUR


def test_any_member_sets_the_lawful_basis_with_its_source_and_date_and_it_is_audited(conn: Conn, firm: Firm) -> None:
    """README: "members set them with `public.set_contact_basis`"; catalog: "Sets a contact's lawful basis
    (legitimate_interest, consent, contract), its source and date, for members of the contact's team; audited.
    42501 for anyone else, 22023 for a missing basis or source."."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    cid = contact(conn, firm.a, JEAN)["id"]
    q = "select public.set_contact_basis(%s, %s::lawful_basis, %s)"
    assert refused(conn, firm.alain, q, cid, "consent", "Formulaire signé") == "42501"
    assert refused(conn, None, q, cid, "consent", "Formulaire signé", role="anon") == "42501"
    assert refused(conn, firm.hugo, q, cid, "consent", None) == "22023"
    assert refused(conn, firm.hugo, q, cid, "consent", "   ") == "22023"
    assert refused(conn, firm.hugo, q, cid, None, "Formulaire signé") == "22023"
    assert contact(conn, firm.a, JEAN)["lawful_basis"] == "legitimate_interest"
    source = "Lettre de mission signée le 14/03/2030"
    at = T0 + 2 * DAY
    call(conn, firm.hugo, "select public.set_contact_basis(%s, 'contract', %s, %s)", cid, source, at,
         role="service_role")  # fmt: skip
    jean = contact(conn, firm.a, JEAN)
    assert (jean["lawful_basis"], jean["basis_source"], jean["basis_at"]) == ("contract", source, at)
    audit = conn.execute(
        "select actor_id, entity_id from public.audit_log where team_id = %s and entity_type = 'contact'", (firm.a,)
    ).fetchall()
    assert (firm.hugo, str(cid)) in audit


def test_an_objection_suppresses_stops_the_mail_and_is_lifted_only_on_evidence(conn: Conn, firm: Firm) -> None:
    """README: "`public.record_objection(contact, detail)` ends prospecting through R8: the address is suppressed as
    opted out, running tracked emails stop (...) and the contact shows `objected_at`"; "an admin deletes only the
    suppressions nobody asked for"; "`public.lift_suppression(team, address, evidence)` (admins) (...) the person's
    contact (...) then carries `lawful_basis` `consent` with that evidence as `basis_source`"."""
    sent = send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    cid = contact(conn, firm.a, JEAN)["id"]
    call(conn, firm.sophie, "select public.record_objection(%s, %s, %s)", cid, "Appel du 13 mars", T0 + DAY,
         role="service_role")  # fmt: skip
    jean = contact(conn, firm.a, JEAN)
    assert (jean["objected_at"], jean["objection_detail"]) == (T0 + DAY, "Appel du 13 mars")
    assert conn.execute("select reason from public.suppressions where team_id = %s and address = %s",
                        (firm.a, JEAN)).fetchone() == ("opted_out",)  # fmt: skip
    status = conn.execute(
        "select t.status::text from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        (sent.internet_message_id,),
    ).fetchone()
    assert status == ("opted_out",)
    with acting_as(conn, "authenticated", firm.luc, commit=True) as c:
        c.execute("delete from public.suppressions where team_id = %s and address = %s", (firm.a, JEAN))
    assert conn.execute("select count(*) from public.suppressions where address = %s and team_id = %s",
                        (JEAN, firm.a)).fetchone() == (1,), "an objection is kept"  # fmt: skip
    q = "select public.lift_suppression(%s, %s, %s)"
    assert refused(conn, firm.sophie, q, firm.a, JEAN, "Courriel du 2 avril") == "42501"
    assert refused(conn, firm.luc, q, firm.a, JEAN, "") == "22023"
    evidence = "Courriel du 2 avril 2030 : « vous pouvez de nouveau m'écrire »"
    assert call(conn, firm.luc, q, firm.a, JEAN, evidence) == "opted_out"
    jean = contact(conn, firm.a, JEAN)
    assert jean["lawful_basis"] == "consent" and evidence in jean["basis_source"]


# The full record and its log -----------------------------------------------------------------------------------


def test_every_read_of_a_full_record_is_logged_and_each_sees_the_lines_they_may(conn: Conn, firm: Firm) -> None:
    """README: "`get_contact(contact_id)` | a contact's full record (phones by type, website, LinkedIn, postal
    address, every fact, the organisation) for a member of its team; each call is logged in `data_access_logs`";
    "`data_access_logs` (admins; a member their own lines)"; PRIVACY.md: "every read of a contact's full record (...)
    is logged: who, what entity, which access, when (...) append-only (no role may change a log line)"."""
    reply_read(
        conn,
        firm.sophie_box,
        JEAN,
        [fld("phone_mobile", "+33612345678", 0.95), fld("phone_landline", "+33142685300", 0.95),
         fld("phone_fax", "+33142685301", 0.95), fld("website", "https://www.dupuis-industrie.fr", 0.95),
         fld("linkedin", "https://www.linkedin.com/in/jean-dupuis", 0.95),
         fld("postal_address", "18 rue de Lisbonne, 75008 Paris", 0.95), fld("company", "Dupuis Industrie SAS", 0.95),
         fld("title", "Directeur financier", 0.7)],
    )  # fmt: skip
    cid = contact(conn, firm.a, JEAN)["id"]
    # Hugo neither owns Jean nor has a mailbox: a member of the team reads the full record all the same.
    record = call(conn, firm.hugo, "select public.get_contact(%s)", cid)
    c = record["contact"]
    assert (c["phone_mobile"], c["phone_landline"], c["phone_fax"]) == ("+33612345678", "+33142685300", "+33142685301")
    assert (c["website"], c["linkedin"], c["postal_address"]) == (
        "https://www.dupuis-industrie.fr",
        "https://www.linkedin.com/in/jean-dupuis",
        "18 rue de Lisbonne, 75008 Paris",
    )
    assert len(record["facts"]) == 8, "every fact, the suggestion included"
    assert record["organisation"]["domain"] == "dupuis-industrie.fr"
    call(conn, firm.hugo, "select public.get_contact(%s)", cid)
    call(conn, firm.sophie, "select public.get_contact(%s)", cid)
    lines = conn.execute(
        "select actor_id, entity_id, address, access_type from public.data_access_logs"
        " where team_id = %s and entity_type = 'contact' order by id",
        (firm.a,),
    ).fetchall()
    assert lines == [(firm.hugo, str(cid), JEAN, "read")] * 2 + [(firm.sophie, str(cid), JEAN, "read")]
    q = "select actor_id from public.data_access_logs where team_id = %s"
    assert sorted(r[0] == firm.hugo for r in seen_by(conn, firm.hugo, q, firm.a)) == [True, True]
    assert [r[0] for r in seen_by(conn, firm.sophie, q, firm.a)] == [firm.sophie]
    assert len(seen_by(conn, firm.luc, q, firm.a)) == 3
    assert seen_by(conn, firm.alain, q, firm.a) == []
    # Append-only: nobody rewrites or deletes the trace of a read, not even the team's admin.
    for statement in ("update public.data_access_logs set actor_id = %s where team_id = %s",
                      "delete from public.data_access_logs where actor_id = %s and team_id = %s"):  # fmt: skip
        try:
            with acting_as(conn, "authenticated", firm.luc, commit=True) as c:
                c.execute(statement, (firm.hugo, firm.a))
        except psycopg.Error:
            pass
    assert conn.execute("select count(*) from public.data_access_logs where team_id = %s and actor_id = %s",
                        (firm.a, firm.hugo)).fetchone() == (2,)  # fmt: skip


def test_the_full_record_is_refused_outside_the_team_and_not_read_around_the_log(conn: Conn, firm: Firm) -> None:
    """Catalog (get_contact): "for a member of its team, logged as a read in data_access_logs. 42501 outside the
    team, P0002 for an unknown contact"; README: "`contacts` (...) each contact by address with what a list needs
    (name, title, company, organisation, owner, dates)"; "`get_contact` | a contact's full record (phones by type,
    website, LinkedIn, postal address ...) (...) each call is logged"."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("phone_mobile", "+33612345678", 0.95)])
    cid = contact(conn, firm.a, JEAN)["id"]
    assert refused(conn, firm.alain, "select public.get_contact(%s)", cid) == "42501"
    assert refused(conn, None, "select public.get_contact(%s)", cid, role="anon") == "42501"
    assert refused(conn, firm.hugo, "select public.get_contact(%s)", uuid.uuid4()) == "P0002"
    assert conn.execute("select count(*) from public.data_access_logs where team_id in (%s, %s)",
                        (firm.a, firm.b)).fetchone() == (0,), "nothing was read"  # fmt: skip
    # The list gives what a list needs; the phone stays in the logged full record.
    listed = seen_by(
        conn, firm.hugo, "select address, title, company, owner_id from public.contacts where id = %s", cid
    )
    assert [r[0] for r in listed] == [JEAN]
    assert refused(conn, firm.hugo, "select phone_mobile from public.contacts where id = %s", cid) == "42501"


# What each role sees, and what nobody writes directly -------------------------------------------------------------


def test_every_member_reads_the_teams_crm_and_nobody_else_does(conn: Conn, firm: Firm) -> None:
    """README: "`contacts`, `organisations` (tables), `contact_facts`, `organisation_facts` | the team's CRM, read by
    every member"; "read under RLS: (...) nobody another team, anon nothing"."""
    send(conn, firm.claire_box, [MARIE], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.sophie_box, JEAN, [fld("company", "Dupuis Industrie SAS", 0.95)], T0 + DAY)
    reply_read(conn, firm.alain_box, "p.roux@roux.fr", [fld("company", "Roux Notaires", 0.95)], T0 + DAY)
    queries = {
        "contacts": "select team_id, address from public.contacts",
        "contact_facts": "select team_id, address from public.contact_facts",
        "organisations": "select team_id, domain from public.organisations",
        "organisation_facts": "select team_id, value from public.organisation_facts",
    }
    for table, q in queries.items():
        expected = {r for r in conn.execute(q + " where team_id = %s", (firm.a,)).fetchall()}
        assert expected, table
        for user in (firm.claire, firm.luc, firm.sophie, firm.hugo):
            got = {r for r in seen_by(conn, user, q) if r[0] in (firm.a, firm.b)}
            assert got == expected, (table, user)
        assert {r[0] for r in seen_by(conn, firm.alain, q)} <= {firm.b}, table
        assert seen_by(conn, None, q, role="anon") == [], table


def test_nobody_writes_the_crm_around_the_human_in_the_loop(conn: Conn, firm: Firm) -> None:
    """README: "`decide_fact` (...), `decide_facts` (...), `set_contact_field` (...) | the human in the loop: the
    contact's owner or an admin decides"; "read under RLS"; INTELLIGENCE.md: "nothing is overwritten without a
    trace"."""
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.8)])
    cid = contact(conn, firm.a, JEAN)["id"]
    title = fact_id(conn, firm.a, JEAN, "title", "Directeur financier")
    attempts = [
        ("update public.contacts set title = 'Gérant', owner_id = %s where id = %s", (firm.hugo, cid)),
        ("update public.contact_facts set status = 'applied', confidence = 1 where id = %s", (title,)),
        ("delete from public.contact_facts where id = %s", (title,)),
        ("delete from public.contacts where id = %s", (cid,)),
        ("update public.organisations set name = 'Autre' where team_id = %s", (firm.a,)),
        ("insert into public.contacts (team_id, address, first_seen_at, last_seen_at)"
         " values (%s, 'nouveau@exemple.fr', now(), now())", (firm.a,)),
    ]  # fmt: skip
    for user in (firm.sophie, firm.luc):
        for statement, args in attempts:
            try:
                with acting_as(conn, "authenticated", user, commit=True) as c:
                    c.execute(statement, args)
            except psycopg.Error as error:
                assert sqlstate(error) == "42501", (statement, error)
    assert contact(conn, firm.a, JEAN)["title"] is None and contact(conn, firm.a, JEAN)["owner_id"] == firm.sophie
    assert facts(conn, firm.a, JEAN) == [("title", "Directeur financier", "signature", Decimal("0.800"), "suggested")]
    assert contacts(conn, firm.a) == [JEAN]


def test_a_contacts_messages_as_far_as_the_caller_may_see_the_mail(conn: Conn, firm: Firm) -> None:
    """README: "`contact_messages`, `tracked_email_contacts` (views) | a contact's messages (from, to, cc) and tracked
    emails, as far as the caller may see the mail itself"; "a member sees their team and what belongs to their own
    mailboxes (...), an admin the whole team, nobody another team"."""
    claire_mail = send(conn, firm.claire_box, [JEAN], T0, cc=[MARIE])
    send(conn, firm.sophie_box, [MARIE], T0 + HOUR, cc=[JEAN])
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.95)], T0 + 2 * HOUR)
    autofill(conn, firm.a, T0 + 3 * HOUR)
    jean = contact(conn, firm.a, JEAN)["id"]
    q = "select m.mailbox_id, cm.role, cm.direction from public.contact_messages cm" \
        " join public.messages m on m.id = cm.message_id where cm.contact_id = %s"  # fmt: skip
    sophie_box, claire_box = firm.sophie_box.mailbox_id, firm.claire_box.mailbox_id
    assert sorted(seen_by(conn, firm.sophie, q, jean)) == sorted(
        [(sophie_box, "cc", "outbound"), (sophie_box, "from", "inbound")]
    )
    everything = sorted([(claire_box, "to", "outbound"), (sophie_box, "cc", "outbound"),
                         (sophie_box, "from", "inbound")])  # fmt: skip
    assert sorted(seen_by(conn, firm.luc, q, jean)) == everything
    assert sorted(seen_by(conn, firm.claire, q, jean)) == everything
    assert seen_by(conn, firm.hugo, q, jean) == []
    assert seen_by(conn, firm.alain, q, jean) == []
    assert seen_by(conn, None, q, jean, role="anon") == []
    t = "select tracked_email_id, mailbox_id from public.tracked_email_contacts where contact_id = %s"
    assert sorted(r[1] for r in seen_by(conn, firm.luc, t, jean)) == sorted([claire_box, sophie_box])
    assert [r[1] for r in seen_by(conn, firm.sophie, t, jean)] == [sophie_box], "Claire's email is Claire's mail"
    assert seen_by(conn, firm.hugo, t, jean) == []
    assert claire_mail


def test_tracked_email_contacts_name_each_recipient_as_a_contact_for_whoever_sees_the_email(
    conn: Conn, firm: Firm
) -> None:
    """README: "`tracked_email_contacts` (views) | a contact's (...) tracked emails, as far as the caller may see the
    mail itself"; catalog: "Each tracked email's recipients as contacts; security invoker: the tracked emails' RLS
    applies"."""
    send(conn, firm.sophie_box, [JEAN, MARIE], T0)
    send(conn, firm.alain_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    autofill(conn, firm.b, T0 + HOUR)
    q = "select address, team_id from public.tracked_email_contacts"
    mine = sorted(seen_by(conn, firm.sophie, q))
    assert mine == [(JEAN, firm.a), (MARIE, firm.a)]
    assert sorted(seen_by(conn, firm.claire, q)) == mine, "the team's owner sees the team's"
    assert seen_by(conn, firm.hugo, q) == []
    assert sorted(seen_by(conn, firm.alain, q)) == [(JEAN, firm.b)]


# When a mailbox goes or a member leaves ------------------------------------------------------------------------


def test_disconnecting_a_mailbox_keeps_its_contacts_their_facts_and_their_history(conn: Conn, firm: Firm) -> None:
    """README: "`disconnect_mailbox(mailbox_id, reason)` (the mailbox's owner or a team admin) | disconnect a
    mailbox: nothing is synced or sent from it, its history stays"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.95)], T0 + DAY)
    before = contact(conn, firm.a, JEAN)
    assert call(conn, firm.sophie, "select public.disconnect_mailbox(%s, 'Nouveau téléphone')",
                firm.sophie_box.mailbox_id) is True  # fmt: skip
    after = contact(conn, firm.a, JEAN)
    assert {k: after[k] for k in ("owner_id", "title", "organisation_id", "first_seen_at")} == {
        k: before[k] for k in ("owner_id", "title", "organisation_id", "first_seen_at")
    }
    assert len(facts(conn, firm.a, JEAN)) == 1
    q = "select role from public.contact_messages where contact_id = %s order by role"
    assert seen_by(conn, firm.sophie, q, before["id"]) == [("from",), ("to",)]


def test_a_member_who_leaves_leaves_the_contacts_and_decisions_with_the_team(conn: Conn, firm: Firm) -> None:
    """README: "`public.anonymise_member(team, user)` (admins): the member's mailboxes are disconnected (...) and
    handed to the caller, the membership ends (...); tracked emails and decisions keep their id"; "the contact's
    owner or an admin decides"; "read under RLS: a member sees their team"."""
    send(conn, firm.sophie_box, [JEAN], T0)
    autofill(conn, firm.a, T0 + HOUR)
    reply_read(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.8),
                                              fld("website", "dupuis.fr", 0.8)], T0 + DAY)  # fmt: skip
    title = fact_id(conn, firm.a, JEAN, "title", "Directeur financier")
    call(conn, firm.sophie, "select public.decide_fact(%s, 'accept')", title)
    call(conn, firm.claire, "select public.anonymise_member(%s, %s, 'a quitté le cabinet')", firm.a, firm.sophie)
    jean = contact(conn, firm.a, JEAN)
    assert jean["title"] == "Directeur financier"
    assert jean["owner_id"] != firm.sophie, "nobody outside the team owns a contact"
    row = conn.execute("select status::text, decided_by from public.contact_facts where id = %s", (title,)).fetchone()
    assert row == ("applied", firm.sophie), "the decision keeps its id"
    assert seen_by(conn, firm.sophie, "select id from public.contacts where team_id = %s", firm.a) == []
    web = fact_id(conn, firm.a, JEAN, "website", "dupuis.fr")
    assert refused(conn, firm.sophie, "select public.decide_fact(%s, 'accept')", web) == "42501"
    call(conn, firm.luc, "select public.decide_fact(%s, 'accept')", web)
    assert fact_status(conn, web) == "applied"
    assert call(conn, firm.claire, "select public.get_contact(%s)", jean["id"])["contact"]["website"] == "dupuis.fr"
