"""Blind acceptance tests of Relance's GDPR promises, written from ../shared/PRIVACY.md, ../shared/DESIGN.md, the
README ("Privacy" sections) and the catalog only (tables, columns, signatures, comments; never a function body).

The ground rule checked throughout: "Every row that holds personal data belongs to a team and can be found by the
email address it concerns; every foreign key says what happens on delete. Secrets never reach a table the API can
read, never reach a log." Every instant is explicit (January-March 2030); no test reads today's date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from tests.pg import acting_as, sqlstate
from tests.story import Mailbox, add_mailbox, add_member, inbound, ingest, make_team_with_mailbox, outbound, query_rows

Conn = psycopg.Connection[Any]
UTC = dt.UTC

PAUL = "paul.martin@client-patrimoine.fr"
PAUL_AS_WRITTEN = "Paul.Martin@Client-Patrimoine.fr"  # how Claire's Outlook address book spells him
PAUL_NAME = "Paul Martin"
PAUL_PHONE = "06 47 82 19 53"
PAUL_PHONE_DIGITS = "647821953"  # the national number, whatever the spacing or prefix (06…, +33 6…)
SOPHIE = "sophie.bernard@groupe-bernard.fr"
SOPHIE_NAME = "Sophie Bernard"
MARC = "marc.lefevre@lefevre-associes.fr"
SOPHIE_ONLY_SUBJECT = "Déclaration IFI 2030 de la SCI Bernard"
TEAM_B_SUBJECT = "Succession Martin – pièces manquantes"
WEBHOOK_URL = "https://hooks.example.com/relance"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def person(address: str, name: str) -> dict[str, str]:
    return {"address": address, "name": name}


def one(conn: Conn, query: str, *args: Any) -> Any:
    row = conn.execute(query, args).fetchone()
    assert row is not None
    return row[0]


# The world: Cabinet Durand (team A) knows Paul Martin well; Cabinet Roussel (team B) knows him too ---------------


@dataclass
class World:
    a: Mailbox
    thomas_box: Mailbox
    b: Mailbox
    admin: uuid.UUID  # Hélène, admin of team A
    member: uuid.UUID  # Thomas, member of team A
    paul_contact: uuid.UUID
    paul_messages: set[str] = field(default_factory=set)  # messages from, to or cc Paul in team A
    paul_tracked: set[str] = field(default_factory=set)
    sophie_message_ids: set[str] = field(default_factory=set)
    team_b_message_ids: set[str] = field(default_factory=set)
    referral_message: str = ""
    bounce_message: str = ""

    @property
    def team_a(self) -> uuid.UUID:
        return self.a.team_id

    @property
    def team_b(self) -> uuid.UUID:
        return self.b.team_id


def _ingest(conn: Conn, box: Mailbox, msg: dict[str, Any], when: dt.datetime) -> str:
    result = ingest(conn, box.mailbox_id, msg, when)
    assert result.get("message_id"), result
    return str(result["message_id"])


def _human(text: str) -> dict[str, Any]:
    return {"kind": "human", "new_text": text, "opt_out": False}


def build_world(conn: Conn) -> World:
    a = make_team_with_mailbox(
        conn,
        address="claire.dupuis@cabinet-durand.fr",
        domains=("cabinet-durand.fr",),
        team_name="Cabinet Durand",
        settings={"time_zone": "Europe/Paris"},
    )
    admin = add_member(conn, a.team_id, "helene.roche@cabinet-durand.fr", "admin")
    member = add_member(conn, a.team_id, "thomas.petit@cabinet-durand.fr", "member")
    thomas_box = add_mailbox(conn, a.team_id, member, "thomas.petit@cabinet-durand.fr")
    b = make_team_with_mailbox(
        conn, address="julien.roussel@cabinet-roussel.fr", domains=("cabinet-roussel.fr",), team_name="Cabinet Roussel"
    )
    # A CRM integration of team A receives its events (payloads name the prospects' addresses).
    conn.execute("update private.webhook_settings set allow_local_urls = true")
    with acting_as(conn, "authenticated", a.owner_id, commit=True):
        conn.execute(
            "select public.create_webhook_endpoint(%s, %s, %s)",
            (a.team_id, WEBHOOK_URL, ["email.tracked", "email.replied", "email.opted_out", "email.bounced"]),
        )

    w = World(a=a, thomas_box=thomas_box, b=b, admin=admin, member=member, paul_contact=uuid.uuid4())
    claire = person(a.address, "Claire Dupuis")

    # P1: a review of his assets; Paul is away (R6), his out-of-office gives his mobile.
    p1 = outbound(a, PAUL, sent_at=at("2030-01-07T09:00"), subject=f"Bilan patrimonial 2030 – {PAUL_NAME}")
    p1["from"], p1["to"] = claire, [person(PAUL_AS_WRITTEN, PAUL_NAME)]
    p1["body_text"] = "Bonjour Monsieur Martin,\nVous trouverez ci-joint votre bilan patrimonial.\nClaire Dupuis"
    w.paul_messages.add(_ingest(conn, a, p1, at("2030-01-07T09:00")))
    ooo = inbound(
        a,
        PAUL,
        received_at=at("2030-01-07T09:05"),
        reply_to=p1,
        subject=f"Réponse automatique : {p1['subject']}",
        body_text=f"Je suis absent du bureau jusqu'au 14 janvier. Urgences : {PAUL_PHONE}.\n{PAUL_NAME}",
        headers={"auto-submitted": "auto-replied"},
        analysis={"kind": "auto_reply", "auto_reply": {"until": "2030-01-14"}},
    )
    ooo["from"] = person(PAUL, PAUL_NAME)
    w.paul_messages.add(_ingest(conn, a, ooo, at("2030-01-07T09:05")))

    # P2: a proposal; Paul answers with his signature and asks to be called back in March (R15).
    p2 = outbound(a, PAUL, sent_at=at("2030-01-08T10:00"), subject="Proposition assurance-vie")
    p2["from"], p2["to"] = claire, [person(PAUL, PAUL_NAME)]
    w.paul_messages.add(_ingest(conn, a, p2, at("2030-01-08T10:00")))
    text = (
        "Bonjour Claire,\nMerci pour la proposition, recontactez-moi début mars.\nCordialement,\n"
        f"{PAUL_NAME}\nDirecteur financier – Client Patrimoine SAS\nMob. : {PAUL_PHONE}\n{PAUL}"
    )
    r2 = inbound(a, PAUL, received_at=at("2030-01-09T11:00"), reply_to=p2, body_text=text, analysis=_human(text))
    r2["from"] = person(PAUL, PAUL_NAME)
    r2_id = _ingest(conn, a, r2, at("2030-01-09T11:00"))
    w.paul_messages.add(r2_id)
    conn.execute(
        "select worker.record_intent(%s, 'not_now', 0.95, 'rules', %s, null, null, %s, %s)",
        (r2_id, dt.date(2030, 3, 1), "recontactez-moi début mars", at("2030-01-09T11:01")),
    )

    # P3: an invitation; the server says his mailbox is full (a temporary bounce naming him).
    p3 = outbound(a, PAUL, sent_at=at("2030-01-10T09:00"), subject="Invitation : conférence fiscale du 5 février")
    p3["from"], p3["to"] = claire, [person(PAUL, PAUL_NAME)]
    w.paul_messages.add(_ingest(conn, a, p3, at("2030-01-10T09:00")))
    dsn = inbound(
        a,
        "mailer-daemon@mx.client-patrimoine.fr",
        received_at=at("2030-01-10T09:02"),
        subject="Undeliverable: " + p3["subject"],
        body_text=f"Delivery to the following recipient has been delayed:\n\n    {PAUL} (Paul Martin)\n\nMailbox full.",
        headers={"content-type": "multipart/report; report-type=delivery-status"},
        analysis={
            "kind": "bounce",
            "bounce": {
                "original_message_id": p3["internet_message_id"],
                "recipients": [{"address": PAUL, "permanent": False}],
            },
        },
    )
    w.bounce_message = _ingest(conn, a, dsn, at("2030-01-10T09:02"))

    # Thomas's mailbox: Paul asks for a meeting (a notification), then opts out of the newsletter (R8).
    meet_text = "Bonjour Thomas, pouvons-nous nous voir jeudi 17 à 15 h à votre cabinet ?\nPaul Martin"
    meet = inbound(
        thomas_box,
        PAUL,
        received_at=at("2030-01-10T14:00"),
        subject="Rendez-vous jeudi",
        body_text=meet_text,
        analysis=_human(meet_text),
    )
    meet["from"] = person(PAUL, PAUL_NAME)
    meet_id = _ingest(conn, thomas_box, meet, at("2030-01-10T14:00"))
    w.paul_messages.add(meet_id)
    conn.execute(
        "select worker.record_intent(%s, 'meeting_request', 0.97, 'rules', null, null, null, %s, %s)",
        (meet_id, "pouvons-nous nous voir jeudi", at("2030-01-10T14:01")),
    )
    p4 = outbound(thomas_box, PAUL, sent_at=at("2030-01-11T09:00"), subject="Lettre patrimoniale de janvier")
    p4["from"], p4["to"] = person(thomas_box.address, "Thomas Petit"), [person(PAUL, PAUL_NAME)]
    w.paul_messages.add(_ingest(conn, thomas_box, p4, at("2030-01-11T09:00")))
    stop = "Merci de ne plus me contacter.\nPaul Martin"
    r4 = inbound(
        thomas_box,
        PAUL,
        received_at=at("2030-01-11T15:00"),
        reply_to=p4,
        body_text=stop,
        analysis={"kind": "human", "new_text": stop, "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )
    r4["from"] = person(PAUL, PAUL_NAME)
    w.paul_messages.add(_ingest(conn, thomas_box, r4, at("2030-01-11T15:00")))

    # Paul on CC of a thread with Sophie; Sophie answers everyone and names him.
    cc = outbound(a, SOPHIE, sent_at=at("2030-01-14T10:00"), subject="Mise en relation – SCI Bernard", cc=[PAUL])
    cc["from"], cc["to"], cc["cc"] = claire, [person(SOPHIE, SOPHIE_NAME)], [person(PAUL, PAUL_NAME)]
    w.paul_messages.add(_ingest(conn, a, cc, at("2030-01-14T10:00")))
    ccr_text = "Bonjour Claire, ravie de faire la connaissance de Paul Martin. Bien à vous, Sophie Bernard"
    ccr = inbound(
        a, SOPHIE, received_at=at("2030-01-15T08:30"), reply_to=cc, body_text=ccr_text, analysis=_human(ccr_text)
    )
    ccr["from"], ccr["cc"] = person(SOPHIE, SOPHIE_NAME), [person(PAUL, PAUL_NAME)]
    w.paul_messages.add(_ingest(conn, a, ccr, at("2030-01-15T08:30")))

    # Marc refers Claire to Paul (a referral that names his address and phone, in someone else's message).
    p5 = outbound(a, MARC, sent_at=at("2030-01-15T09:00"), subject="Optimisation fiscale 2030")
    p5["from"], p5["to"] = claire, [person(MARC, "Marc Lefèvre")]
    _ingest(conn, a, p5, at("2030-01-15T09:00"))
    ref_text = (
        "Bonjour,\nJe ne m'occupe plus de ce dossier : voyez plutôt avec Paul Martin "
        f"({PAUL}, {PAUL_PHONE}).\nMarc Lefèvre"
    )
    ref = inbound(
        a, MARC, received_at=at("2030-01-16T10:00"), reply_to=p5, body_text=ref_text, analysis=_human(ref_text)
    )
    ref["from"] = person(MARC, "Marc Lefèvre")
    w.referral_message = _ingest(conn, a, ref, at("2030-01-16T10:00"))
    conn.execute(
        "select worker.record_intent(%s, 'referral', 0.9, 'rules', null, %s, %s, %s, %s)",
        (w.referral_message, PAUL_NAME, PAUL, "voyez plutôt avec Paul Martin", at("2030-01-16T10:01")),
    )

    # Sophie alone: nothing of this is about Paul.
    s1 = outbound(a, SOPHIE, sent_at=at("2030-01-16T11:00"), subject=SOPHIE_ONLY_SUBJECT)
    s1["from"], s1["to"] = claire, [person(SOPHIE, SOPHIE_NAME)]
    s1["body_text"] = "Bonjour Madame Bernard, voici le projet de déclaration IFI de la SCI."
    w.sophie_message_ids.add(_ingest(conn, a, s1, at("2030-01-16T11:00")))
    s1r_text = "Merci Claire, je relis ce soir.\nSophie Bernard\n01 44 55 66 77"
    s1r = inbound(
        a, SOPHIE, received_at=at("2030-01-16T18:00"), reply_to=s1, body_text=s1r_text, analysis=_human(s1r_text)
    )
    s1r["from"] = person(SOPHIE, SOPHIE_NAME)
    w.sophie_message_ids.add(_ingest(conn, a, s1r, at("2030-01-16T18:00")))

    # Team B: Julien writes to Paul about a succession, Paul answers with the same signature.
    jb = outbound(b, PAUL, sent_at=at("2030-01-09T09:00"), subject=TEAM_B_SUBJECT)
    jb["from"], jb["to"] = person(b.address, "Julien Roussel"), [person(PAUL, PAUL_NAME)]
    w.team_b_message_ids.add(_ingest(conn, b, jb, at("2030-01-09T09:00")))
    jbr_text = f"Bonjour Maître,\nVoici les pièces.\n{PAUL_NAME}\nMob. : {PAUL_PHONE}"
    jbr = inbound(
        b, PAUL, received_at=at("2030-01-09T17:00"), reply_to=jb, body_text=jbr_text, analysis=_human(jbr_text)
    )
    jbr["from"] = person(PAUL, PAUL_NAME)
    w.team_b_message_ids.add(_ingest(conn, b, jbr, at("2030-01-09T17:00")))

    # Contacts (autofill), then what members typed and chose about Paul, and a full-record read.
    conn.execute("select worker.run_autofill(%s, %s)", (at("2030-01-16T19:00"), a.team_id))
    conn.execute("select worker.run_autofill(%s, %s)", (at("2030-01-16T19:00"), b.team_id))
    w.paul_contact = one(
        conn, "select id from public.contacts where team_id = %s and lower(address) = %s", a.team_id, PAUL
    )
    with acting_as(conn, "authenticated", a.owner_id, commit=True):
        conn.execute("select public.set_contact_field(%s, 'name', %s)", (w.paul_contact, PAUL_NAME))
        conn.execute("select public.set_contact_field(%s, 'phone_mobile', %s)", (w.paul_contact, "+33 6 47 82 19 53"))
        conn.execute("select public.set_contact_field(%s, 'title', 'Directeur financier')", (w.paul_contact,))
        conn.execute(
            "select public.track_field_choice(%s, 'phone_mobile', 'manual', null, %s, %s)",
            (a.team_id, "06.47.82.19.53", PAUL),
        )
        conn.execute(
            "select public.record_objection(%s, %s)",
            (w.paul_contact, "Paul Martin a appelé le 16/01 (06 47 82 19 53) : ne plus le démarcher"),
        )
        conn.execute(
            "select set_config('request.headers', %s, true)",
            (json.dumps({"user-agent": "Mozilla/5.0 (Macintosh) Relance-Web/3.2", "x-forwarded-for": "203.0.113.7"}),),
        )
        conn.execute("select public.get_contact(%s)", (w.paul_contact,))
    # The intelligence cache and a worker's log line name him too.
    conn.execute(
        "select worker.ai_cache_store(%s, 'signature', %s, 'rules-3', %s, 0, 4, %s, null, %s)",
        (
            a.team_id,
            hashlib.sha256(text.encode()).digest(),
            Jsonb({"name": PAUL_NAME, "phones": [{"value": "+33647821953", "type": "mobile"}], "email": PAUL}),
            at("2030-01-16T19:05"),
            PAUL,
        ),
    )
    conn.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
        " values (%s, %s, 'warning', %s, %s)",
        (a.team_id, a.mailbox_id, f"claim refused: {PAUL} is suppressed", at("2030-01-16T19:10")),
    )
    w.paul_tracked = {
        str(r[0])
        for r in conn.execute(
            "select id from public.tracked_emails where team_id = %s and exists"
            " (select 1 from unnest(recipients) r where lower(r) = %s)",
            (a.team_id, PAUL),
        ).fetchall()
    }
    return w


# Reading every row of every table, from the catalog --------------------------------------------------------------

TEXTY = {"text", "varchar", "bpchar", "citext", "name", "json", "jsonb", "_text", "_varchar", "_citext"}
SCOPES = [  # how a row without team_id reaches its team (by a foreign key column)
    ("mailbox_id", "public.mailboxes"),
    ("message_id", "public.messages"),
    ("contact_id", "public.contacts"),
    ("organisation_id", "public.organisations"),
    ("tracked_email_id", "public.tracked_emails"),
    ("endpoint_id", "public.webhook_endpoints"),
    ("conversation_id", "public.conversations"),
]


def tables(conn: Conn, schemas: tuple[str, ...] = ("public", "private")) -> dict[str, dict[str, str]]:
    """Every base table of these schemas: {"schema.table": {column: udt_name}}."""
    out: dict[str, dict[str, str]] = {}
    for schema, table, column, udt in conn.execute(
        "select c.table_schema, c.table_name, c.column_name, c.udt_name from information_schema.columns c"
        " join information_schema.tables t using (table_schema, table_name)"
        " where c.table_schema = any(%s) and t.table_type = 'BASE TABLE' order by c.table_schema, c.table_name,"
        " c.ordinal_position",
        (list(schemas),),
    ).fetchall():
        out.setdefault(f"{schema}.{table}", {})[column] = udt
    return out


def primary_key(conn: Conn, table: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "select a.attname from pg_index i join pg_attribute a"
            " on a.attrelid = i.indrelid and a.attnum = any(i.indkey)"
            " where i.indrelid = %s::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)",
            (table,),
        ).fetchall()
    ]


def scope_sql(cols: dict[str, str]) -> sql.Composable | None:
    if "team_id" in cols:
        return sql.SQL("t.team_id::text")
    for column, parent in SCOPES:
        if column in cols:
            return sql.SQL("(select p.team_id::text from {} p where p.id = t.{})").format(
                sql.SQL(parent), sql.Identifier(column)
            )
    return None


@dataclass
class Cell:
    table: str
    column: str
    team: str | None
    key: str
    value: str


def dump(conn: Conn, *, with_queues: bool = False) -> list[Cell]:
    """Every text, json and array value of every row of public and private (and pgmq's queues when asked), with the
    team the row belongs to (None when the catalog gives no way to a team)."""
    cells: list[Cell] = []
    all_tables = tables(conn)
    if with_queues:
        all_tables.update(tables(conn, ("pgmq",)))
    for table, cols in all_tables.items():
        texty = [c for c, udt in cols.items() if udt in TEXTY]
        if not texty:
            continue
        scope = scope_sql(cols)
        schema, name = table.split(".")
        pk = primary_key(conn, table)
        key = (
            sql.SQL("concat_ws('|', {})").format(
                sql.SQL(", ").join(sql.SQL("t.{}::text").format(sql.Identifier(c)) for c in pk)
            )
            if pk
            else sql.SQL("t.ctid::text")
        )
        query = sql.SQL("select {}, {}, {} from {}.{} t").format(
            scope if scope is not None else sql.SQL("null::text"),
            key,
            sql.SQL(", ").join(sql.SQL("t.{}::text").format(sql.Identifier(c)) for c in texty),
            sql.Identifier(schema),
            sql.Identifier(name),
        )
        for row in conn.execute(query).fetchall():
            for column, value in zip(texty, row[2:], strict=True):
                if value is not None:
                    cells.append(Cell(table, column, row[0], row[1], value))
    return cells


NAME_RE = re.compile(r"paul[\s._\-]*martin|martin[\s,._\-]*paul", re.IGNORECASE)


def traces_of_paul(value: str) -> list[str]:
    found = []
    if PAUL in value.lower():
        found.append("address")
    if NAME_RE.search(value):
        found.append("name")
    if PAUL_PHONE_DIGITS in re.sub(r"[\s.\-()/\u00a0]", "", value):
        found.append("phone")
    return found


def excerpt(value: str, width: int = 90) -> str:
    low = value.lower()
    for needle in (PAUL, "paul", "martin", PAUL_PHONE[:5]):
        i = low.find(needle.lower())
        if i >= 0:
            return value[max(0, i - 30) : i + width - 30].replace("\n", "\\n")
    return value[:width].replace("\n", "\\n")


def paul_traces(cells: list[Cell], team: str | None, *, team_b: str) -> list[str]:
    problems = []
    for c in cells:
        kinds = traces_of_paul(c.value)
        if not kinds:
            continue
        owner = c.team
        if owner is None and c.table.startswith("pgmq.") and team_b in c.value:
            owner = team_b
        if owner == team or (owner is None and team is not None):
            where = "" if owner is not None else " (row reaches no team)"
            problems.append(f"{c.table}.{c.column}{where} [{'/'.join(kinds)}]: …{excerpt(c.value)}…")
    return sorted(set(problems))


def team_cells(cells: list[Cell], team: str, skip: tuple[str, ...] = ()) -> set[tuple[str, str, str, str]]:
    return {(c.table, c.column, c.key, c.value) for c in cells if c.team == team and c.table not in skip}


def erase(conn: Conn, team: uuid.UUID, address: str, actor: uuid.UUID) -> Any:
    with acting_as(conn, "authenticated", actor, commit=True):
        return one(conn, "select public.erase_person(%s, %s)", team, address)


def refused(conn: Conn, role: str, user: uuid.UUID | None, query: str, *args: Any) -> str | None:
    """The SQLSTATE of a refused call, or None when it went through (rolled back either way)."""
    try:
        with acting_as(conn, role, user):
            conn.execute(query, args).fetchall()
    except psycopg.Error as exc:
        return sqlstate(exc)
    return None


# Art. 15 / 20: access and portability ------------------------------------------------------------------------------

ADDRESS_ARRAYS = {"to_addresses", "cc_addresses", "recipients"}


def test_export_person_holds_every_row_found_by_his_address_and_nothing_of_others(conn: Conn) -> None:
    """PRIVACY: "export of everything held about a contact (by address) … as one JSON document, through an RPC an
    admin (contact) … calls"; ground rule: every row with personal data "can be found by the email address it
    concerns". Every row of team A whose address column names Paul must be in the export, under its table's name."""
    w = build_world(conn)
    expected: list[tuple[str, list[str], dict[str, Any], list[str]]] = []  # found by his address before the export
    for table, cols in tables(conn).items():
        address_cols = [c for c, u in cols.items() if (c.endswith("address") and u in TEXTY) or c in ADDRESS_ARRAYS]
        if not address_cols or "team_id" not in cols:
            continue
        pk = [c for c in primary_key(conn, table) if cols[c] != "bytea"]
        schema, name = table.split(".")
        rows = query_rows(
            conn,
            sql.SQL("select * from {}.{} where team_id = %s")
            .format(sql.Identifier(schema), sql.Identifier(name))
            .as_string(conn),
            w.team_a,
        )
        for row in rows:
            values: list[Any] = []
            for c in address_cols:
                v = row[c]
                values += list(v) if isinstance(v, list) else [v]
            if any(isinstance(v, str) and v.lower() == PAUL for v in values):
                expected.append((table, pk, row, address_cols))
    assert {e[0] for e in expected} >= {
        "public.messages",
        "public.contacts",
        "public.contact_facts",
        "public.suppressions",
        "public.reminders",
        "public.notifications",
        "public.message_intents",
        "private.ai_cache",
        "public.data_access_logs",
    }
    with acting_as(conn, "authenticated", w.admin, commit=True):
        export = one(conn, "select public.export_person(%s, %s)", w.team_a, PAUL)
    text = json.dumps(export, default=str)
    missing = []
    for table, pk, row, address_cols in expected:
        section = export.get(table)
        if not isinstance(section, list):
            missing.append(f"{table}: no section in the export")
            continue
        # A section may leave out the team_id the whole document states once.
        if not any(
            all(str(item.get(c, export.get(c))) == str(row[c]) for c in pk)
            for item in section
            if isinstance(item, dict)
        ):
            missing.append(f"{table} row {[str(row[c]) for c in pk]} (address in {address_cols})")
    assert not missing, "rows found by Paul's address but missing from his export:\n" + "\n".join(sorted(set(missing)))
    for mid in w.sophie_message_ids | w.team_b_message_ids:
        assert mid not in text, f"the export of Paul carries message {mid}, which is not about him"
    assert SOPHIE_ONLY_SUBJECT not in text and TEAM_B_SUBJECT not in text
    assert str(w.team_b) not in text, "the export of Paul in team A carries team B's data"


def test_export_is_logged_and_audited(conn: Conn) -> None:
    """PRIVACY: "every export is logged" (who, what entity, which access, when, IP, user agent) and exports are among
    the audited critical operations."""
    w = build_world(conn)
    headers = {"user-agent": "Mozilla/5.0 (Windows NT 10.0) Relance-Web/3.2", "x-forwarded-for": "198.51.100.23"}
    with acting_as(conn, "authenticated", w.admin, commit=True):
        conn.execute("select set_config('request.headers', %s, true)", (json.dumps(headers),))
        conn.execute("select public.export_person(%s, %s)", (w.team_a, PAUL))
    logs = query_rows(
        conn, "select * from public.data_access_logs where team_id = %s and access_type = 'export'", w.team_a
    )
    assert len(logs) == 1, logs
    assert logs[0]["actor_id"] == w.admin
    assert str(logs[0]["ip"]) == "198.51.100.23" and logs[0]["user_agent"] == headers["user-agent"]
    audits = query_rows(
        conn,
        "select * from public.audit_log where team_id = %s and actor_id = %s"
        " and (action ilike '%%export%%' or entity_type ilike '%%export%%')",
        w.team_a,
        w.admin,
    )
    assert audits, "no audit entry for the export"


def test_export_person_refused_to_members_other_teams_and_anon(conn: Conn) -> None:
    """PRIVACY: the person export is called by "an admin (contact)"; README: `export_person(team_id, address)`
    (admins); a signed-in user may not choose p_now (42501)."""
    w = build_world(conn)
    call = "select public.export_person(%s, %s)"
    assert refused(conn, "authenticated", w.member, call, w.team_a, PAUL) == "42501"
    assert refused(conn, "authenticated", w.b.owner_id, call, w.team_a, PAUL) == "42501"
    assert refused(conn, "anon", None, call, w.team_a, PAUL) is not None
    assert (
        refused(
            conn,
            "authenticated",
            w.admin,
            "select public.export_person(%s, %s, %s)",
            w.team_a,
            PAUL,
            at("2030-01-20T10:00"),
        )
        == "42501"
    )
    assert refused(conn, "authenticated", w.admin, call, w.team_a, PAUL) is None


def test_export_user_is_the_callers_own_without_any_secret(conn: Conn) -> None:
    """PRIVACY: export "of everything about a user of the product … the user (self) calls"; README: mailboxes
    "without credentials"; ground rule: secrets never reach a table the API can read."""
    w = build_world(conn)
    sealed = b"\x01RLNC-AESGCM" + bytes(range(64))
    conn.execute("select worker.store_mailbox_credentials(%s, %s, %s)", (w.a.mailbox_id, sealed, "k-2030-01"))
    with acting_as(conn, "authenticated", w.a.owner_id, commit=True):
        secret = one(
            conn,
            "select public.create_webhook_endpoint(%s, %s, %s)",
            w.team_a,
            "https://crm.example.org/hooks/relance",
            ["email.replied"],
        )["secret"]
        export = one(conn, "select public.export_user(%s)", w.team_a)
    text = json.dumps(export, default=str)
    assert str(w.a.mailbox_id) in text and str(w.team_a) in text
    assert sealed.hex() not in text and "RLNC-AESGCM" not in text and "ciphertext" not in text
    assert secret not in text
    assert str(w.thomas_box.mailbox_id) not in text, "Claire's export carries Thomas's mailbox"
    assert refused(conn, "anon", None, "select public.export_user(null)") is not None
    logs = query_rows(
        conn,
        "select * from public.data_access_logs where team_id = %s and access_type = 'export' and actor_id = %s",
        w.team_a,
        w.a.owner_id,
    )
    assert logs, "export_user was not logged"


# Art. 17: erasure ------------------------------------------------------------------------------------------------


def test_erasure_leaves_no_trace_of_paul_in_team_a(conn: Conn) -> None:
    """PRIVACY Art. 17: "erasing a contact removes or anonymises them everywhere: messages (addresses, names,
    subjects, bodies), conversations, tracked emails, follow-ups' recipients, contacts, facts, intents, caches
    (analysis and LLM), timeline reasons, worker logs"; only "a salted hash of the address stays". Every text, json
    and array column of every table of public and private (and pgmq's queues) is searched for his address (any
    case), his name and his phone (any spacing)."""
    w = build_world(conn)
    before = paul_traces(dump(conn), str(w.team_a), team_b=str(w.team_b))
    assert len({p.split(".")[1].split(" ")[0] for p in before}) >= 10, f"the world names Paul too little: {before}"
    erase(conn, w.team_a, PAUL, w.admin)
    after = paul_traces(dump(conn, with_queues=True), str(w.team_a), team_b=str(w.team_b))
    assert not after, f"{len(after)} traces of Paul left in team A after his erasure:\n" + "\n".join(after)


def test_erasure_leaves_team_b_and_other_people_untouched(conn: Conn) -> None:
    """Erasure is "erase_person(team, address)": a person in one team. Team B's rows are unchanged, byte for byte;
    Sophie, who shared a thread with Paul, keeps her address and her own threads."""
    w = build_world(conn)
    cells = dump(conn)
    team_b_before = team_cells(cells, str(w.team_b))
    erase(conn, w.team_a, PAUL, w.admin)
    cells = dump(conn)
    assert team_cells(cells, str(w.team_b)) == team_b_before
    assert one(conn, "select count(*) from public.contacts where team_id = %s and address = %s", w.team_b, PAUL) == 1
    for mid in w.sophie_message_ids:
        row = query_rows(
            conn, "select subject, from_address, to_addresses, body_text from public.messages where id = %s", mid
        )[0]
        assert SOPHIE in (row["from_address"], *row["to_addresses"]), row
        assert row["subject"] and "IFI" in row["subject"], row
        assert row["body_text"], row
    assert one(conn, "select count(*) from public.contacts where team_id = %s and address = %s", w.team_a, SOPHIE) == 1


def test_erasure_keeps_statistics_as_anonymous_counts(conn: Conn) -> None:
    """PRIVACY: "statistics survive as anonymous counts"."""
    w = build_world(conn)
    count = "select coalesce(sum(tracked_emails), 0) from public.followup_status_counts where mailbox_id = any(%s)"
    boxes = [w.a.mailbox_id, w.thomas_box.mailbox_id]
    tracked_before = one(conn, "select count(*) from public.tracked_emails where team_id = %s", w.team_a)
    counts_before = one(conn, count, boxes)
    assert counts_before == tracked_before
    erase(conn, w.team_a, PAUL, w.admin)
    assert one(conn, "select count(*) from public.tracked_emails where team_id = %s", w.team_a) == tracked_before
    assert one(conn, count, boxes) == counts_before


def test_erasure_is_idempotent(conn: Conn) -> None:
    """An erasure asked twice (a second request, a retried call) succeeds and changes nothing more than its log."""
    w = build_world(conn)
    erase(conn, w.team_a, PAUL, w.admin)
    logs = ("public.audit_log", "public.data_access_logs", "public.compliance_reports", "public.events")
    first = team_cells(dump(conn), str(w.team_a), skip=logs)
    events_first = one(conn, "select array_agg(id order by id) from public.events where team_id = %s", w.team_a)
    erase(conn, w.team_a, PAUL, w.admin)
    assert team_cells(dump(conn), str(w.team_a), skip=logs) == first
    events_second = one(
        conn,
        "select array_agg(id order by id) from public.events where team_id = %s and id <= %s",
        w.team_a,
        max(events_first),
    )
    assert events_second == events_first
    assert one(conn, "select count(*) from private.erased_people where team_id = %s", w.team_a) == 1


def test_erasure_keeps_only_a_salted_hash_and_paul_is_never_written_to_again(conn: Conn) -> None:
    """PRIVACY: "a salted hash of the address stays on the suppression list so the person is never written to
    again"; README: "autofill never makes them a contact again". Paul writes again in February; Claire writes back
    in a new conversation: nothing is tracked nor scheduled for him, and no contact comes back."""
    w = build_world(conn)
    erase(conn, w.team_a, PAUL, w.admin)
    hashes = [
        bytes(r[0])
        for r in conn.execute(
            "select address_sha256 from private.erased_people where team_id = %s", (w.team_a,)
        ).fetchall()
    ]
    assert len(hashes) == 1 and len(hashes[0]) == 32
    assert hashes[0] != hashlib.sha256(PAUL.encode()).digest(), "the hash is not salted"
    assert (
        one(conn, "select count(*) from public.suppressions where team_id = %s and lower(address) = %s", w.team_a, PAUL)
        == 0
    )
    again_text = "Bonjour Claire, je reviens vers vous pour le bilan.\nPaul Martin"
    again = inbound(
        w.a,
        PAUL,
        received_at=at("2030-02-04T09:00"),
        subject="Bilan – reprise",
        body_text=again_text,
        analysis=_human(again_text),
    )
    _ingest(conn, w.a, again, at("2030-02-04T09:00"))
    new = outbound(w.a, PAUL_AS_WRITTEN, sent_at=at("2030-02-04T10:00"), subject="Nouvelle proposition 2030")
    new_id = _ingest(conn, w.a, new, at("2030-02-04T10:00"))
    assert one(conn, "select count(*) from public.tracked_emails where message_id = %s", new_id) == 0
    conn.execute("select worker.run_autofill(%s, %s)", (at("2030-02-04T11:00"), w.team_a))
    assert (
        one(conn, "select count(*) from public.contacts where team_id = %s and lower(address) = %s", w.team_a, PAUL)
        == 0
    )
    queued = one(conn, "select worker.run_followup_scheduler(%s)", at("2030-02-11T10:00"))
    assert queued == 0


def test_erasure_stops_what_was_still_running_for_him(conn: Conn) -> None:
    """PRIVACY: erasure reaches "tracked emails, follow-ups' recipients" and the person "is never written to again":
    a tracked email with a follow-up pending for Paul alone sends nothing after his erasure."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    sent = outbound(a, PAUL, sent_at=at("2030-01-07T09:00"), subject="Votre bilan patrimonial")
    sent["to"] = [person(PAUL, PAUL_NAME)]
    mid = _ingest(conn, a, sent, at("2030-01-07T09:00"))
    tracked = one(conn, "select id from public.tracked_emails where message_id = %s", mid)
    assert (
        one(conn, "select count(*) from public.followups where tracked_email_id = %s and status = 'scheduled'", tracked)
        == 1
    )
    erase(conn, a.team_id, PAUL, a.owner_id)
    assert one(conn, "select status::text from public.tracked_emails where id = %s", tracked) not in (
        "active",
        "paused",
    )
    assert (
        one(
            conn,
            "select count(*) from public.followups where tracked_email_id = %s"
            " and status in ('scheduled', 'queued', 'claimed', 'sending')",
            tracked,
        )
        == 0
    )
    assert one(conn, "select worker.run_followup_scheduler(%s)", at("2030-01-14T10:00")) == 0


def test_erasure_is_logged_under_a_token_and_keeps_the_access_history(conn: Conn) -> None:
    """PRIVACY: "the erasure is logged before it runs"; logs are append-only and kept 3 years; README: erasures are
    audited "under the erasure's token, never the address". The earlier read of Paul's record stays as a line."""
    w = build_world(conn)
    lines_before = one(conn, "select count(*) from public.data_access_logs where team_id = %s", w.team_a)
    result = erase(conn, w.team_a, PAUL, w.admin)
    deletes = query_rows(
        conn, "select * from public.data_access_logs where team_id = %s and access_type = 'delete'", w.team_a
    )
    assert len(deletes) == 1 and deletes[0]["actor_id"] == w.admin, deletes
    assert one(conn, "select count(*) from public.data_access_logs where team_id = %s", w.team_a) == lines_before + 1
    audits = query_rows(
        conn,
        "select * from public.audit_log where team_id = %s and actor_id = %s"
        " and (action ilike '%%eras%%' or entity_type ilike '%%eras%%' or action ilike '%%delete%%')",
        w.team_a,
        w.admin,
    )
    assert audits, "no audit entry for the erasure"
    assert result, "erase_person returned nothing"
    for row in deletes + audits:
        assert PAUL not in json.dumps(row, default=str).lower(), row


def test_erasure_refused_to_members_other_teams_anon_and_a_chosen_clock(conn: Conn) -> None:
    """README: `erase_person(team, address)` is for "owners and admins"; 42501 for anyone else; a signed-in user
    may not choose p_now; the workers' and jobs' functions are never executable by anon/authenticated (DESIGN)."""
    w = build_world(conn)
    call = "select public.erase_person(%s, %s)"
    assert refused(conn, "authenticated", w.member, call, w.team_a, PAUL) == "42501"
    assert refused(conn, "authenticated", w.b.owner_id, call, w.team_a, PAUL) == "42501"
    assert refused(conn, "anon", None, call, w.team_a, PAUL) is not None
    assert (
        refused(
            conn,
            "authenticated",
            w.admin,
            "select public.erase_person(%s, %s, %s)",
            w.team_a,
            PAUL,
            at("2030-01-20T10:00"),
        )
        == "42501"
    )
    for query, args in [
        ("select worker.erase_person_as_operator(%s, %s)", (w.team_a, PAUL)),
        ("select private.apply_privacy_retention(%s)", (at("2030-03-01T03:53"),)),
        ("select private.purge_expired(%s)", (at("2030-03-01T03:41"),)),
        ("select private.purge_access_logs(%s)", (at("2030-03-01T02:00"),)),
        ("select worker.anonymise_inactive_users(%s)", (at("2030-03-04T01:00"),)),
    ]:
        for role, user in (("authenticated", w.admin), ("anon", None)):
            assert refused(conn, role, user, query, *args) is not None, f"{role} may run {query}"
    assert one(conn, "select count(*) from public.contacts where team_id = %s and address = %s", w.team_a, PAUL) == 1
    assert refused(conn, "authenticated", w.admin, call, w.team_a, "paul.martin at client-patrimoine") == "22023"


# Lawful basis and objection ----------------------------------------------------------------------------------------


def test_every_contact_carries_its_basis_source_and_date(conn: Conn) -> None:
    """PRIVACY: "each contact carries its basis (legitimate_interest …, consent, contract), its source and date"."""
    w = build_world(conn)
    rows = query_rows(
        conn, "select address, lawful_basis, basis_source, basis_at from public.contacts where team_id = %s", w.team_a
    )
    assert rows
    incomplete = [r for r in rows if r["lawful_basis"] is None or not r["basis_source"] or r["basis_at"] is None]
    assert not incomplete, f"contacts without basis, source or date: {incomplete}"
    sophie = one(conn, "select id from public.contacts where team_id = %s and address = %s", w.team_a, SOPHIE)
    with acting_as(conn, "authenticated", w.member, commit=True):
        conn.execute("select public.set_contact_basis(%s, 'consent', %s)", (sophie, "formulaire salon Patrimonia 2029"))
    row = query_rows(conn, "select * from public.contacts where id = %s", sophie)[0]
    assert (row["lawful_basis"], row["basis_source"]) == ("consent", "formulaire salon Patrimonia 2029")
    assert row["basis_at"] is not None


def test_objection_ends_prospecting_and_is_kept_as_a_suppression(conn: Conn) -> None:
    """PRIVACY: "an objection (opt-out, R8) ends processing for prospecting and is kept as a suppression"; README:
    audited by the contact's id, without the free text."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    member = add_member(conn, a.team_id, "thomas.petit@cabinet-durand.fr", "member")
    sent = outbound(a, SOPHIE, sent_at=at("2030-01-07T09:00"), subject="Votre SCI")
    mid = _ingest(conn, a, sent, at("2030-01-07T09:00"))
    conn.execute("select worker.run_autofill(%s, %s)", (at("2030-01-07T10:00"), a.team_id))
    contact = one(conn, "select id from public.contacts where team_id = %s and address = %s", a.team_id, SOPHIE)
    detail = "Mme Bernard a téléphoné : elle refuse toute prospection (06 11 22 33 44)"
    with acting_as(conn, "authenticated", member, commit=True):
        conn.execute("select public.record_objection(%s, %s)", (contact, detail))
    assert one(conn, "select status::text from public.tracked_emails where message_id = %s", mid) == "opted_out"
    assert (
        one(conn, "select count(*) from public.suppressions where team_id = %s and address = %s", a.team_id, SOPHIE)
        == 1
    )
    assert one(conn, "select objected_at is not null from public.contacts where id = %s", contact)
    audits = query_rows(
        conn, "select * from public.audit_log where team_id = %s and entity_id = %s", a.team_id, str(contact)
    )
    assert audits, "the objection was not audited"
    for row in audits:
        text = json.dumps(row, default=str)
        assert detail not in text and SOPHIE not in text and "06 11 22 33 44" not in text, row
    later = outbound(a, SOPHIE, sent_at=at("2030-01-14T09:00"), subject="Nouvelle offre")
    later_id = _ingest(conn, a, later, at("2030-01-14T09:00"))
    assert one(conn, "select count(*) from public.tracked_emails where message_id = %s", later_id) == 0


# Retention and minimisation ----------------------------------------------------------------------------------------


def test_bodies_past_the_teams_retention_are_blanked_and_newer_kept(conn: Conn) -> None:
    """PRIVACY: "message bodies kept only as long as the team's retention says"; README: the daily job blanks
    bodies past body_retention_days (messages stay); null keeps them."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    b = make_team_with_mailbox(
        conn, address="julien.roussel@cabinet-roussel.fr", domains=("cabinet-roussel.fr",), team_name="Cabinet Roussel"
    )
    old_a = _ingest(
        conn, a, outbound(a, PAUL, sent_at=at("2030-01-02T09:00"), body_text="Ancien corps A"), at("2030-01-02T09:00")
    )
    new_a = _ingest(
        conn, a, outbound(a, SOPHIE, sent_at=at("2030-02-20T09:00"), body_text="Corps récent A"), at("2030-02-20T09:00")
    )
    old_b = _ingest(
        conn, b, outbound(b, PAUL, sent_at=at("2030-01-02T09:00"), body_text="Ancien corps B"), at("2030-01-02T09:00")
    )
    with acting_as(conn, "authenticated", a.owner_id, commit=True):
        conn.execute(
            "select * from public.set_privacy_settings(%s, %s)", (a.team_id, Jsonb({"body_retention_days": 30}))
        )
    conn.execute("select private.apply_privacy_retention(%s)", (at("2030-03-01T03:53"),))
    conn.execute("select private.apply_privacy_retention(%s)", (at("2030-03-01T03:53"),))  # idempotent
    body = "select body_text from public.messages where id = %s"
    assert one(conn, "select count(*) from public.messages where id = any(%s)", [old_a, new_a, old_b]) == 3
    assert not one(conn, body, old_a), "a body past the team's 30 days is still there"
    assert one(conn, body, new_a) == "Corps récent A"
    assert one(conn, body, old_b) == "Ancien corps B", "team B keeps bodies (no retention set)"
    audits = query_rows(
        conn, "select * from public.audit_log where team_id = %s and entity_type = 'retention'", a.team_id
    )
    assert audits, "the retention run was not audited for the team"


def test_timeline_and_worker_logs_older_than_90_days_go_newer_stay(conn: Conn) -> None:
    """PRIVACY: "worker logs and provider events 90 days (a team setting)"; README: logs and the timeline keep
    team_settings.retention_days (90 days), deleted by the daily retention job."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    old = _ingest(conn, a, outbound(a, PAUL, sent_at=at("2030-01-07T09:00")), at("2030-01-07T09:00"))
    new = _ingest(conn, a, outbound(a, SOPHIE, sent_at=at("2030-04-22T09:00")), at("2030-04-22T09:00"))
    for when in ("2030-01-07T09:30", "2030-04-22T09:30"):
        conn.execute(
            "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
            " values (%s, %s, 'error', %s, %s)",
            (a.team_id, a.mailbox_id, f"sync failed at {when}", at(when)),
        )
    events = "select count(*) from public.events where message_id = %s"
    assert one(conn, events, old) >= 1 and one(conn, events, new) >= 1
    conn.execute("select private.purge_expired(%s)", (at("2030-05-01T03:41"),))
    assert one(conn, events, old) == 0, "a timeline event older than 90 days is still there"
    assert one(conn, events, new) >= 1, "a timeline event of last week went"
    logs = [
        r[0] for r in conn.execute("select message from public.worker_logs where team_id = %s", (a.team_id,)).fetchall()
    ]
    assert logs == ["sync failed at 2030-04-22T09:30"], logs


def test_access_logs_are_kept_three_years_then_deleted(conn: Conn) -> None:
    """PRIVACY: "logs kept 3 years, then deleted by a monthly job"."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    for when in ("2026-11-15T10:00", "2027-03-10T10:00", "2029-06-01T10:00"):
        conn.execute(
            "select private.log_data_access(%s, 'contact', %s, 'read', %s, %s)",
            (a.team_id, str(uuid.uuid4()), PAUL, at(when)),
        )
    conn.execute("select private.purge_access_logs(%s)", (at("2030-03-01T02:00"),))
    kept = [
        r[0]
        for r in conn.execute(
            "select occurred_at from public.data_access_logs where team_id = %s order by occurred_at", (a.team_id,)
        ).fetchall()
    ]
    assert kept == [at("2027-03-10T10:00"), at("2029-06-01T10:00")], kept


def test_log_lines_cannot_be_changed_by_any_role(conn: Conn) -> None:
    """PRIVACY: access logs are "append-only (no role may change a log line)"; audit_log's comment: "no role may
    update or delete a row"."""
    w = build_world(conn)
    with acting_as(conn, "authenticated", w.admin, commit=True):
        conn.execute("select public.export_person(%s, %s)", (w.team_a, PAUL))
    changes = [
        "update public.data_access_logs set address = 'someone@else.test', user_agent = 'x'",
        "delete from public.data_access_logs",
        "update public.audit_log set after = '{}'::jsonb",
        "delete from public.audit_log",
    ]
    for statement in changes:
        for role, user in (("authenticated", w.admin), ("service_role", None)):
            with acting_as(conn, role, user) as c:
                try:
                    with c.transaction():
                        changed = c.execute(statement).rowcount
                except psycopg.Error:
                    changed = 0
            assert changed == 0, f"{role} changed {changed} log lines: {statement}"
        try:
            with conn.transaction(force_rollback=True):
                changed = conn.execute(statement).rowcount
        except psycopg.Error:
            changed = 0
        assert changed == 0, f"the owner changed {changed} log lines: {statement}"


def test_ai_preferences_go_after_90_days(conn: Conn) -> None:
    """PRIVACY: "AI preferences 90 days"; weekly job deletes expired ones."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    for when, value in (("2030-01-02T10:00", "Directeur financier"), ("2030-03-20T10:00", "Directeur général")):
        with acting_as(conn, "service_role", a.owner_id, commit=True):
            conn.execute(
                "select public.track_field_choice(%s, 'title', 'manual', null, %s, %s, %s)",
                (a.team_id, value, PAUL, at(when)),
            )
    conn.execute("select private.purge_expired_preferences(%s)", (at("2030-04-07T04:00"),))
    kept = [
        r[0]
        for r in conn.execute(
            "select final_value from public.ai_user_preferences where team_id = %s", (a.team_id,)
        ).fetchall()
    ]
    assert kept == ["Directeur général"], kept


def test_privacy_settings_admins_set_members_read_others_nothing(conn: Conn) -> None:
    """README: get_privacy_settings for members, set_privacy_settings for owners and admins (42501 otherwise)."""
    w = build_world(conn)
    settings = Jsonb({"body_retention_days": 365})
    setter = "select * from public.set_privacy_settings(%s, %s)"
    assert refused(conn, "authenticated", w.member, setter, w.team_a, settings) == "42501"
    assert refused(conn, "authenticated", w.b.owner_id, setter, w.team_a, settings) == "42501"
    assert refused(conn, "anon", None, setter, w.team_a, settings) is not None
    assert (
        refused(conn, "authenticated", w.b.owner_id, "select * from public.get_privacy_settings(%s)", w.team_a)
        == "42501"
    )
    with acting_as(conn, "authenticated", w.admin, commit=True):
        conn.execute(setter, (w.team_a, settings))
    with acting_as(conn, "authenticated", w.member):
        row = query_rows(conn, "select * from public.get_privacy_settings(%s)", w.team_a)[0]
    assert row["body_retention_days"] == 365
    assert query_rows(
        conn,
        "select * from public.audit_log where team_id = %s and actor_id = %s and entity_type ilike '%%privacy%%'",
        w.team_a,
        w.admin,
    ), "the change was not audited"


# Members who leave -------------------------------------------------------------------------------------------------


def test_inactive_members_are_anonymised_not_deleted_and_admins_exempt(conn: Conn) -> None:
    """PRIVACY: "a user who leaves is anonymised, not deleted, so the team's history stays consistent"; "users
    inactive for 2 years are anonymised by a weekly job; admins are exempt"."""
    a = make_team_with_mailbox(
        conn, address="claire.dupuis@cabinet-durand.fr", domains=("cabinet-durand.fr",), team_name="Cabinet Durand"
    )
    thomas = add_member(conn, a.team_id, "thomas.petit@cabinet-durand.fr", "member")
    helene = add_member(conn, a.team_id, "helene.roche@cabinet-durand.fr", "admin")
    lea = add_member(conn, a.team_id, "lea.garnier@cabinet-durand.fr", "member")
    box = add_mailbox(conn, a.team_id, thomas, "thomas.petit@cabinet-durand.fr")
    sent = _ingest(conn, box, outbound(box, PAUL, sent_at=at("2027-06-01T09:00")), at("2027-06-01T09:00"))
    for user, seen in ((a.owner_id, "2029-12-01"), (thomas, "2027-06-01"), (helene, "2027-06-01"), (lea, "2029-12-20")):
        conn.execute("update auth.users set last_sign_in_at = %s where id = %s", (at(f"{seen}T08:00"), user))
    conn.execute("select worker.anonymise_inactive_users(%s)", (at("2030-01-07T01:00"),))
    users = {r["id"]: r for r in query_rows(conn, "select id, email from auth.users")}
    assert thomas in users, "the inactive member was deleted, not anonymised"
    assert users[thomas]["email"] != "thomas.petit@cabinet-durand.fr"
    assert users[helene]["email"] == "helene.roche@cabinet-durand.fr", "an admin was anonymised"
    assert users[lea]["email"] == "lea.garnier@cabinet-durand.fr", "an active member was anonymised"
    assert one(conn, "select owner_id from public.tracked_emails where message_id = %s", sent) == thomas
    assert query_rows(
        conn, "select * from public.data_access_logs where team_id = %s and access_type = 'anonymize'", a.team_id
    ), "the anonymisation was not logged"


# Compliance report and jobs -----------------------------------------------------------------------------------------


def test_compliance_report_counts_the_months_exports_and_erasures(conn: Conn) -> None:
    """PRIVACY: "a monthly job writes a report per team (exports, erasures, access counts by user, retention runs,
    anomalies …) that admins read". The export and the erasure happen in January 2030 (the service role drives
    the clock on the admin's behalf, as README allows)."""
    w = build_world(conn)
    with acting_as(conn, "service_role", w.admin, commit=True):
        conn.execute("select public.export_person(%s, %s, %s)", (w.team_a, SOPHIE, at("2030-01-20T10:00")))
        conn.execute("select public.erase_person(%s, %s, %s)", (w.team_a, PAUL, at("2030-01-21T10:00")))
    conn.execute("select private.write_compliance_reports(%s)", (at("2030-02-01T03:00"),))
    rows = query_rows(
        conn, "select * from public.compliance_reports where team_id = %s and month = '2030-01-01'", w.team_a
    )
    assert len(rows) == 1, rows
    assert (rows[0]["exports"], rows[0]["erasures"]) == (1, 1), rows[0]
    with acting_as(conn, "authenticated", w.admin):
        assert query_rows(conn, "select id from public.compliance_reports where team_id = %s", w.team_a)
    with acting_as(conn, "authenticated", w.member):
        assert not query_rows(conn, "select id from public.compliance_reports where team_id = %s", w.team_a)


def test_privacy_jobs_run_when_privacy_md_says() -> None:
    """PRIVACY "Jobs (pg_cron, named)": weekly Monday 01:00 anonymise inactive users; monthly 1st 02:00 access logs;
    monthly 1st 03:00 compliance report; weekly Sunday 04:00 expired AI preferences; daily retention of logs and
    provider events. Read in the cron database (pg_cron lives in the app database only)."""
    from relance.config import LOCAL_DB_URL

    with psycopg.connect(os.environ.get("SUPABASE_DB_URL") or LOCAL_DB_URL, autocommit=True) as cron:
        jobs: dict[str, str] = dict(cron.execute("select jobname, schedule from cron.job").fetchall())
    expected = {
        "relance-anonymise-inactive-users": "0 1 * * 1",
        "relance-access-log-retention": "0 2 1 * *",
        "relance-compliance-report": "0 3 1 * *",
        "relance-ai-preferences-purge": "0 4 * * 0",
    }
    wrong = {name: jobs.get(name) for name, schedule in expected.items() if jobs.get(name) != schedule}
    assert not wrong, f"schedules differ from PRIVACY.md: {wrong}"
    for daily in ("relance-retention", "relance-privacy-retention"):
        minute, hour, dom, month, dow = jobs[daily].split()
        assert (dom, month, dow) == ("*", "*", "*") and minute.isdigit() and hour.isdigit(), jobs[daily]


# The catalog: foreign keys, RLS, secrets, teams ---------------------------------------------------------------------


def test_every_foreign_key_says_what_happens_on_delete(conn: Conn) -> None:
    """Ground rule: "every foreign key says what happens on delete" (STYLE: "every foreign key says `on delete …`").
    Reading taken: NO ACTION is what an unstated `on delete` gives, so the catalog cannot tell it from silence; it
    fails. RESTRICT, CASCADE, SET NULL and SET DEFAULT are each an explicit choice."""
    silent = [
        r[0]
        for r in conn.execute(
            "select format('%s.%s (%s)', n.nspname, c.relname, k.conname) from pg_constraint k"
            " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
            " where k.contype = 'f' and n.nspname in ('public', 'private') and k.confdeltype = 'a' order by 1"
        ).fetchall()
    ]
    total = one(
        conn,
        "select count(*) from pg_constraint k join pg_class c on c.oid = k.conrelid"
        " join pg_namespace n on n.oid = c.relnamespace where k.contype = 'f'"
        " and n.nspname in ('public', 'private')",
    )
    assert total > 20
    assert not silent, "foreign keys without an on delete action:\n" + "\n".join(silent)


def test_every_public_table_has_rls_and_a_policy_for_each_command_the_api_may_run(conn: Conn) -> None:
    """DESIGN: "Every table in an exposed schema has RLS enabled and policies written `to authenticated`"; anon sees
    nothing (README). For each command authenticated holds a privilege on, a policy for authenticated covers it; no
    policy opens a table to anon or to every role."""
    problems = []
    for (table,) in conn.execute(
        "select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1"
    ).fetchall():
        if not one(conn, "select relrowsecurity from pg_class where oid = %s::regclass", table):
            problems.append(f"{table}: RLS disabled")
        for command, letter in (("SELECT", "r"), ("INSERT", "a"), ("UPDATE", "w"), ("DELETE", "d")):
            if not one(conn, "select has_table_privilege('authenticated', %s, %s)", table, command):
                continue
            covered = one(
                conn,
                "select exists (select 1 from pg_policy p where p.polrelid = %s::regclass"
                " and p.polcmd in (%s, '*') and 'authenticated'::regrole::oid = any(p.polroles))",
                table,
                letter,
            )
            if not covered:
                problems.append(f"{table}: authenticated may {command} but no policy covers it")
        for policy, roles in conn.execute(
            "select p.polname, array(select coalesce(r.rolname, 'public') from unnest(p.polroles) o"
            " left join pg_roles r on r.oid = o) from pg_policy p where p.polrelid = %s::regclass",
            (table,),
        ).fetchall():
            if set(roles) & {"anon", "public"}:
                problems.append(f"{table}: policy {policy!r} is for {roles}")
    for (view,) in conn.execute(
        "select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'public' and c.relkind = 'v'"
        " and not coalesce('security_invoker=true' = any(c.reloptions), false)"
        " and (has_table_privilege('authenticated', c.oid, 'SELECT') or has_table_privilege('anon', c.oid, 'SELECT'))"
    ).fetchall():
        problems.append(f"{view}: a view the API reads without security_invoker")
    assert not problems, "\n".join(problems)


SECRET_NAME = re.compile(
    r"secret|password|passwd|refresh|access_token|id_token|api_?key|private_key|credential|cipher|token_cache"
    r"|verifier|client_state$",
    re.IGNORECASE,
)


def test_no_column_the_api_reads_looks_like_a_secret(conn: Conn) -> None:
    """Ground rule: "Secrets never reach a table the API can read"; DESIGN: provider credentials "never live in a
    table the Data API can reach". (followups.claim_token, a worker's lease on a follow-up that only worker
    functions accept, is not taken for a secret.)"""
    found = [
        f"{s}.{t}.{c}"
        for s, t, c in conn.execute(
            "select c.table_schema, c.table_name, c.column_name from information_schema.columns c"
            " where c.table_schema not in ('pg_catalog', 'information_schema')"
            " and c.udt_name in ('text', 'varchar', 'bpchar', 'bytea', 'json', 'jsonb', '_text')"
            " and has_schema_privilege('authenticated', c.table_schema, 'USAGE')"
            " and (has_column_privilege('authenticated', format('%I.%I', c.table_schema, c.table_name), c.column_name,"
            " 'SELECT') or has_column_privilege('anon', format('%I.%I', c.table_schema, c.table_name), c.column_name,"
            " 'SELECT'))"
        ).fetchall()
        if SECRET_NAME.search(c) and not c.endswith("_sha256")
    ]
    assert not found, f"columns the API roles read that look like secrets: {found}"
    for role in ("anon", "authenticated", "service_role"):
        for table in (
            "private.mailbox_credentials",
            "private.webhook_secrets",
            "private.webhook_retired_secrets",
            "private.oauth_states",
            "private.erasure_salt",
            "private.erased_people",
        ):
            assert not one(conn, "select has_table_privilege(%s, %s, 'SELECT')", role, table), f"{role} reads {table}"


def test_planted_secrets_reach_no_table_the_api_reads_and_no_log(conn: Conn) -> None:
    """PRIVACY: "no secret in any table the Data API reads, in any log line". A mailbox grant sealed and stored, an
    OAuth flow begun (state and PKCE verifier), a webhook endpoint created and its secret rotated, a mailbox
    disconnected: then every value of every table and column the API roles may read, and of every log, is searched
    for those secrets."""
    w = build_world(conn)
    sealed = b"\x01RLNC-AESGCM:" + bytes(range(200, 248))
    conn.execute("select worker.store_mailbox_credentials(%s, %s, %s)", (w.a.mailbox_id, sealed, "k-2030-01"))
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    state_hash = hashlib.sha256(b"state-af0ifjsldkj").hexdigest()
    conn.execute(
        "select worker.oauth_begin(%s, %s, 'gmail', %s, %s, %s, null, %s)",
        (
            w.a.owner_id,
            w.team_a,
            "https://app.cabinet-durand.fr/settings/mailboxes/connected",
            state_hash,
            verifier,
            at("2030-01-20T09:00"),
        ),
    )
    with acting_as(conn, "authenticated", w.a.owner_id, commit=True):
        created = one(
            conn,
            "select public.create_webhook_endpoint(%s, %s, %s)",
            w.team_a,
            "https://crm.example.org/hooks/relance?token=tok_9f8e7d6c5b4a",
            ["email.replied"],
        )
        rotated = one(conn, "select public.rotate_webhook_secret(%s)", created["endpoint_id"])
        conn.execute("select public.disconnect_mailbox(%s, 'départ de Claire')", (w.a.mailbox_id,))
    secrets = {
        "webhook secret": created["secret"],
        "rotated secret": str(rotated).strip('"'),
        "PKCE verifier": verifier,
        "sealed grant": sealed.hex(),
        "sealed marker": "RLNC-AESGCM",
        "URL token": "tok_9f8e7d6c5b4a",
    }
    assert secrets["webhook secret"].startswith("whsec_"), created
    leaks = []
    for cell in dump(conn):
        readable = cell.table.startswith("public.") and one(
            conn,
            "select has_table_privilege('authenticated', %s, 'SELECT') or has_table_privilege('anon', %s, 'SELECT')",
            cell.table,
            cell.table,
        )
        is_log = cell.table in ("public.audit_log", "public.data_access_logs", "public.events", "public.worker_logs")
        if not (readable or is_log):
            continue
        for what, secret in secrets.items():
            # The endpoint's URL is the admins' own setting; a token in it must stay out of every log line.
            if what == "URL token" and not is_log:
                continue
            if secret and secret in cell.value:
                leaks.append(f"{what} in {cell.table}.{cell.column}")
    assert not leaks, "\n".join(sorted(set(leaks)))


def test_every_table_with_personal_data_belongs_to_a_team(conn: Conn) -> None:
    """Ground rule: "Every row that holds personal data belongs to a team and can be found by the email address it
    concerns". From the catalog: every table of public and private with an address, a name, a subject, a body or a
    payload has a team_id or reaches a team through a foreign key; and in a rich history, every row naming Paul
    reaches a team."""
    personal = re.compile(r"address|recipients|from_name|subject|body|payload|phone|referral_name|evidence")
    orphans = []
    for table, cols in tables(conn).items():
        if not any(personal.search(c) for c, u in cols.items() if u in TEXTY):
            continue
        if scope_sql(cols) is None:
            orphans.append(f"{table} ({', '.join(c for c in cols if personal.search(c))})")
    w = build_world(conn)
    for cell in dump(conn):
        if traces_of_paul(cell.value) and cell.team not in (str(w.team_a), str(w.team_b)):
            orphans.append(f"{cell.table}.{cell.column}: a row naming Paul reaches no team")
    assert not orphans, "\n".join(sorted(set(orphans)))
