"""Erasure (GDPR Art. 17, issue 14 item 3): a person planted across every table of a team is erased through
public.erase_person as the team's admin would, then every text, jsonb, array and bytea column of every table of
every schema (found through information_schema, so a table added later is searched too) is searched for their
address, name and phone: nothing of them may remain in that team, while the same person in another team stays.
Afterwards the team never tracks or follows them up again, and counts by status still add up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

import psycopg
import pytest
from bench.stress import base_table_columns

from tests.pg import acting_as, sqlstate
from tests.test_tenancy_rls import build_world

ADDRESS = "paul.durand@prospect.example"
NAME = "Paul Durand"
PHONE = "+33 6 12 34 56 78"
PHONE_DIGITS = "612345678"

TEXT_TYPES = ("text", "character varying", "character", "jsonb", "json", "bytea")


def ingest(conn: psycopg.Connection[Any], box: uuid.UUID, message: dict[str, Any], at: str) -> dict[str, Any]:
    row = conn.execute("select worker.ingest_message(%s, %s, %s)", (box, json.dumps(message), at)).fetchone()
    assert row
    result: dict[str, Any] = row[0]
    return result


def plant(conn: psycopg.Connection[Any], team: uuid.UUID, box: uuid.UUID, tag: str) -> None:
    """The person in every table of a team that can hold them, through the engine where it writes them."""
    mine = conn.execute("select address from public.mailboxes where id = %s", (box,)).fetchone()
    assert mine

    # Two tracked conversations: one they answer, one written after that answer, still running.
    def outbound(n: int, day: str) -> None:
        result = ingest(conn, box, {
            "provider_message_id": f"o{n}-{tag}",
            "internet_message_id": f"<o{n}-{tag}@cabinet.example>",
            "folder": "sent",
            "from": {"address": mine[0]},
            "to": [{"address": ADDRESS, "name": NAME}],
            "subject": f"Proposition pour {NAME}",
            "sent_at": f"2030-01-{day}T09:00:00Z",
            "headers": {"to": f"{NAME} <{ADDRESS}>"},
            "body_text": f"Bonjour {NAME}, je vous appelle au {PHONE}.",
            "analysis": {},
        }, f"2030-01-{day}T09:00:00Z")  # fmt: skip
        assert "tracked" in result["effects"], result

    outbound(1, "07")
    body = f"Merci, appelez-moi.\n\n{NAME}\nGérant\nMobile : {PHONE}\n{ADDRESS}"
    reply = ingest(conn, box, {
        "provider_message_id": f"p-{tag}",
        "internet_message_id": f"<p-{tag}@prospect.example>",
        "in_reply_to": f"<o1-{tag}@cabinet.example>",
        "references": [f"<o1-{tag}@cabinet.example>"],
        "folder": "inbox",
        "from": {"address": ADDRESS, "name": NAME},
        "to": [{"address": mine[0]}],
        "subject": f"RE: Proposition pour {NAME}",
        "sent_at": "2030-01-08T09:00:00Z",
        "received_at": "2030-01-08T09:00:00Z",
        "headers": {"from": f"{NAME} <{ADDRESS}>", "reply-to": ADDRESS},
        "body_text": body,
        "analysis": {"kind": "human", "new_text": body},
    }, "2030-01-08T09:00:00Z")  # fmt: skip
    outbound(2, "09")
    msg = reply["message_id"]
    signature = {
        "fields": [
            {"field": "name", "value": NAME, "confidence": 0.97, "source": "signature"},
            {"field": "phone_mobile", "value": PHONE, "confidence": 0.95, "source": "signature"},
            {"field": "title", "value": "Gérant", "confidence": 0.7, "source": "signature"},
        ]
    }
    conn.execute("select worker.record_signature(null, %s, %s, '2030-01-09T09:05:00Z')", (msg, json.dumps(signature)))
    at = "2030-01-09T09:06:00Z"
    conn.execute(
        "select worker.record_intent(%s, 'meeting_request', 0.9, 'rules', p_evidence => %s, p_now => %s)",
        (msg, f"{NAME} asks for a call", at),
    )
    conn.execute("select worker.record_intent(%s, 'not_now', 0.9, 'rules', '2030-03-01', p_now => %s)", (msg, at))
    conn.execute(
        "insert into public.notifications (team_id, owner_id, kind, tracked_email_id, message_id, address, reason,"
        " created_at) select team_id, owner_id, 'meeting_request', tracked_email_id, message_id, address, %s,"
        " created_at from public.reminders where message_id = %s",
        (f"{NAME} asks for a meeting", msg),
    )
    # A referral to them in another person's reply.
    other = ingest(conn, box, {
        "provider_message_id": f"q-{tag}", "folder": "inbox",
        "from": {"address": f"claire@other-{tag}.example", "name": "Claire Martin"},
        "to": [{"address": mine[0]}], "subject": "Bonjour", "sent_at": "2030-01-09T10:00:00Z",
        "body_text": f"Voyez plutôt {NAME} ({ADDRESS}).", "analysis": {"kind": "human"},
    }, "2030-01-09T10:00:00Z")  # fmt: skip
    conn.execute(
        "select worker.record_intent(%s, 'referral', 0.9, 'rules', null, %s, %s, p_now => %s)",
        (other["message_id"], NAME, ADDRESS, at),
    )
    conn.execute(
        "select worker.record_dead_letter(%s, %s, 'inbox', 'ingest', '22023', %s, '2030-01-09T11:00:00Z')",
        (box, f"dl-{tag}", f"message from {ADDRESS}: sent_at is not an instant"),
    )
    conn.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message) values (%s, %s, 'error', %s)",
        (team, box, f"send to {NAME} <{ADDRESS}> failed: 550"),
    )
    conn.execute(
        "update public.followups set last_error = %s where team_id = %s and status = 'scheduled'",
        (f"4.2.2 {ADDRESS} mailbox full", team),
    )
    conn.execute(
        "select worker.ai_cache_store(%s, 'signature', %s, 'openai/gpt-4o-mini', %s, 0.001, 100,"
        " '2030-01-09T09:05:00Z', p_subject_address => %s)",
        (team, hashlib.sha256(body.encode()).digest(), json.dumps({"name": NAME, "phone": PHONE}), ADDRESS),
    )
    conn.execute(
        "insert into public.holds (team_id, address, return_on, message_id) values (%s, %s, '2030-02-01', %s)",
        (team, ADDRESS, msg),
    )
    conn.execute(
        "select private.log_event(%s, 'note', %s, '2030-01-09T12:00:00Z', %s, null, null, null, %s)",
        (team, f"{NAME} called from {PHONE}", box, json.dumps({"address": ADDRESS})),
    )
    endpoint = conn.execute(
        "insert into public.webhook_endpoints (team_id, url, events, secret_rotated_at, created_at, updated_at)"
        " values (%s, %s, '{tracked_email.replied}', now(), now(), now()) returning id",
        (team, f"https://hooks.example.com/{tag}"),
    ).fetchone()
    assert endpoint
    conn.execute(
        "insert into public.webhook_deliveries (team_id, endpoint_id, webhook_id, event_type, payload, created_at)"
        " values (%s, %s, %s, 'tracked_email.replied', %s, now())",
        (team, endpoint[0], f"msg_{tag}", json.dumps({"data": {"recipients": [ADDRESS], "name": NAME}})),
    )
    # The provider intake's queue and its archive (a raw provider event naming them).
    event = json.dumps({"team_id": str(team), "mailbox_id": str(box), "from": ADDRESS, "raw": f"From: {NAME}"})
    conn.execute("select pgmq.send('provider_events', %s)", (event,))
    archived = conn.execute("select pgmq.send('provider_events', %s)", (event,)).fetchone()
    assert archived
    conn.execute("select pgmq.archive('provider_events', %s::bigint)", (archived[0],))
    conn.execute("update public.teams set paused_reason = %s where id = %s", (f"waiting for {NAME}", team))
    conn.execute("update public.mailboxes set status_reason = %s where id = %s", (f"{ADDRESS} complained", box))
    # A member read their full record (the access log names them) and chose a value about them (learning).
    conn.execute("select private.log_data_access(%s, 'contact', 'read-of-the-person', 'read', %s)", (team, ADDRESS))
    conn.execute(
        "insert into public.ai_user_preferences (team_id, user_id, field, action, suggested_value, final_value,"
        " address, created_at, expires_at)"
        " select %s, owner_id, 'phone', 'accept', %s, %s, %s, '2030-01-09T12:00:00Z', '2030-04-09T12:00:00Z'"
        " from public.mailboxes where id = %s",
        (team, PHONE, PHONE, ADDRESS, box),
    )
    # A member corrected what was read about them (feedback on a fact).
    conn.execute(
        "insert into public.ai_feedback (team_id, subject, action, class, original_value, source, corrected_value,"
        " address, occurred_at) values (%s, 'fact', 'correct', 'phone', %s, 'signature', %s, %s, %s)",
        (team, PHONE, f"{PHONE} (mobile)", ADDRESS, at),
    )
    # Last: a suppression (written after the tracking it would have prevented).
    conn.execute(
        "insert into public.suppressions (team_id, address, reason, detail) values (%s, %s, 'manual', %s)",
        (team, ADDRESS, f"{NAME} asked by phone"),
    )


def scope_clause(schema: str, table: str, columns: set[str]) -> str | None:
    """How a row of this table is tied to a team (a %(team)s placeholder), or None when it is not."""
    if schema == "public" and table == "teams":
        return "id = %(team)s"
    if "team_id" in columns:
        return "team_id = %(team)s"
    for column, parent in (
        ("mailbox_id", "mailboxes"),
        ("message_id", "messages"),
        ("conversation_id", "conversations"),
        ("endpoint_id", "webhook_endpoints"),
    ):
        if column in columns:
            return f"{column} in (select id from public.{parent} where team_id = %(team)s)"
    if schema == "pgmq" and "message" in columns:
        return "message ->> 'team_id' = %(team)s::text"
    return None


def person_hits(conn: psycopg.Connection[Any], team: uuid.UUID) -> set[str]:
    """Every schema.table.column holding the person's address, name or phone in a row of `team` (or in a row
    tied to no team at all), searched in every text, jsonb, array and bytea column of every table."""
    tables = base_table_columns(conn)
    hits: set[str] = set()
    for (schema, table), cols in tables.items():
        scope = scope_clause(schema, table, {c for c, _, _ in cols})
        for column, data_type, udt in cols:
            if data_type not in TEXT_TYPES and not (data_type == "ARRAY" and udt in ("_text", "_varchar")):
                continue
            expr = f"encode(\"{column}\", 'escape')" if data_type == "bytea" else f'"{column}"::text'
            query = (
                f'select count(*) from "{schema}"."{table}" where (lower({expr}) like %(address)s'
                f" or lower({expr}) like %(name)s"
                f" or regexp_replace({expr}, '[[:space:].()/+-]', '', 'g') like %(phone)s)"
                + (f" and {scope}" if scope else "")
            )
            row = conn.execute(
                query,
                {"address": f"%{ADDRESS}%", "name": f"%{NAME.lower()}%", "phone": f"%{PHONE_DIGITS}%", "team": team},
            ).fetchone()
            if row and row[0]:
                hits.add(f"{schema}.{table}.{column}")
    return hits


@pytest.fixture
def world(conn: psycopg.Connection[Any]) -> dict[str, uuid.UUID]:
    w = build_world(conn)
    plant(conn, w["team_a"], w["box_mia"], "a")
    plant(conn, w["team_b"], w["box_bob"], "b")
    return w


def status_counts(conn: psycopg.Connection[Any], team: uuid.UUID) -> dict[str, int]:
    rows = conn.execute(
        "select status::text, count(*) from public.tracked_emails where team_id = %s group by 1", (team,)
    ).fetchall()
    return {s: n for s, n in rows}


def test_erasure_leaves_nothing_of_the_person_in_the_team_and_keeps_the_other_team(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    before = person_hits(conn, w["team_a"])
    # The plant reaches every table that can hold a person (else the search below proves nothing).
    for where in (
        "public.messages.from_address", "public.messages.to_addresses", "public.messages.subject",
        "public.messages.body_text", "public.messages.headers", "public.messages.from_name",
        "public.conversations.subject", "public.tracked_emails.recipients", "public.tracked_emails.subject",
        "public.followups.last_error", "public.events.reason", "public.events.details", "public.suppressions.address",
        "public.holds.address", "public.worker_logs.message", "public.contacts.address", "public.contacts.name",
        "public.contacts.phone_mobile", "public.contact_facts.value", "public.message_insights.address",
        "public.message_intents.address", "public.message_intents.referral_address", "public.notifications.reason",
        "public.reminders.address", "public.dead_letters.reason", "public.webhook_deliveries.payload",
        "private.ai_cache.result", "private.ai_cache.subject_address", "pgmq.q_provider_events.message",
        "pgmq.a_provider_events.message", "public.teams.paused_reason", "public.mailboxes.status_reason",
        "public.data_access_logs.address", "public.ai_user_preferences.address",
        "public.ai_user_preferences.final_value", "public.message_routes.address", "public.ai_feedback.address",
        "public.ai_feedback.original_value", "public.ai_feedback.corrected_value",
    ):  # fmt: skip
        assert where in before, where
    counts_before = status_counts(conn, w["team_a"])
    total_before = sum(counts_before.values())

    with acting_as(conn, "authenticated", w["adam"], commit=True):
        row = conn.execute("select public.erase_person(%s, %s)", (w["team_a"], ADDRESS.upper())).fetchone()
    assert row
    assert row[0]["contacts"] == 1 and row[0]["tracked_emails_stopped"] == 1, row[0]

    assert person_hits(conn, w["team_a"]) == set()
    # The other team's person is untouched.
    assert {"public.messages.from_address", "public.contacts.address", "public.tracked_emails.recipients",
            "public.suppressions.address", "private.ai_cache.result", "pgmq.a_provider_events.message"} <= person_hits(
        conn, w["team_b"]
    )  # fmt: skip
    # Statistics survive as anonymous counts: as many tracked emails, the running one stopped, and the
    # dashboard's counts by status still add up to them.
    after = status_counts(conn, w["team_a"])
    assert sum(after.values()) == total_before
    assert after.get("untracked") == 1 and "active" not in after
    dashboard = conn.execute(
        "select coalesce(sum(delta), 0) from public.tracked_email_status_counts where team_id = %s", (w["team_a"],)
    ).fetchone()
    assert dashboard and dashboard[0] == total_before
    assert conn.execute(
        "select count(*) from public.followups where team_id = %s and status = 'scheduled'",
        (w["team_a"],),
    ).fetchone() == (0,)
    # Only a salted hash stays, and no API role reads it.
    stored = conn.execute("select address_sha256 from private.erased_people where team_id = %s", (w["team_a"],))
    assert [r[0] for r in stored] != [] and all(
        bytes(h) != hashlib.sha256(ADDRESS.encode()).digest() for (h,) in stored
    )
    for role, user in (("authenticated", w["adam"]), ("anon", None), ("service_role", None)):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, role, user):
            conn.execute("select * from private.erased_people")
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, role, user):
            conn.execute("select * from private.erasure_salt")
    # The timeline says it happened, without naming them.
    event = conn.execute(
        "select reason from public.events where team_id = %s and kind = 'person_erased'", (w["team_a"],)
    ).fetchone()
    assert event and "Art. 17" in event[0]


def test_an_erased_person_is_never_tracked_or_followed_up_again(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    conn.execute(
        "select worker.erase_person_as_operator(%s, %s, 'support ticket 42', '2030-01-10T08:00:00Z')",
        (w["team_a"], ADDRESS),
    )
    sent = ingest(conn, w["box_mia"], {
        "provider_message_id": "o-new", "internet_message_id": "<o-new@cabinet.example>", "folder": "sent",
        "from": {"address": "mia@team_a.example"}, "to": [{"address": ADDRESS}], "subject": "Nouvelle offre",
        "sent_at": "2030-01-14T09:00:00Z", "body_text": "Bonjour", "analysis": {},
    }, "2030-01-14T09:00:00Z")  # fmt: skip
    assert sent["effects"] == ["not_tracked_suppressed"], sent
    assert conn.execute(
        "select count(*) from public.tracked_emails where message_id = %s", (sent["message_id"],)
    ).fetchone() == (0,)
    # The timeline says why without naming them (nor calling them an opt-out or a bounce).
    assert conn.execute(
        "select reason, details from public.events where message_id = %s and kind = 'not_tracked'",
        (sent["message_id"],),
    ).fetchall() == [
        (
            "not tracked: a recipient was erased at the team's request (GDPR Art. 17)",
            {"suppressed": [], "erased": 1},
        )
    ]
    with pytest.raises(psycopg.Error, match="suppression list"), acting_as(conn, "authenticated", w["mia"]):
        conn.execute("select public.track_message(%s)", (sent["message_id"],))
    # A reply from them answers nothing and makes no contact again.
    reply = ingest(conn, w["box_mia"], {
        "provider_message_id": "p-new", "folder": "inbox", "in_reply_to": "<o-new@cabinet.example>",
        "references": ["<o-new@cabinet.example>"], "from": {"address": ADDRESS, "name": NAME},
        "to": [{"address": "mia@team_a.example"}], "subject": "RE: Nouvelle offre",
        "sent_at": "2030-01-15T09:00:00Z", "body_text": "Non merci", "analysis": {"kind": "human"},
    }, "2030-01-15T09:00:00Z")  # fmt: skip
    assert "replied" not in reply["effects"]
    # Nor is it read again for their signature or intent.
    assert conn.execute(
        "select count(*) from public.message_insights where message_id = %s", (reply["message_id"],)
    ).fetchone() == (0,)
    conn.execute("select worker.run_autofill('2030-01-15T10:00:00Z', %s)", (w["team_a"],))
    assert conn.execute(
        "select count(*) from public.contacts where team_id = %s and address = %s", (w["team_a"], ADDRESS)
    ).fetchone() == (0,)
    # Nothing of the team is pending for them: the scheduler finds nothing to queue.
    conn.execute("select worker.run_followup_scheduler('2030-02-01T09:00:00Z')")
    assert conn.execute(
        "select count(*) from public.followups where team_id = %s and status in ('scheduled', 'claimed', 'sending')",
        (w["team_a"],),
    ).fetchone() == (0,)
    # The other team still tracks them.
    assert conn.execute(
        "select count(*) from public.tracked_emails where team_id = %s and status = 'active'", (w["team_b"],)
    ).fetchone() == (1,)


def test_a_reading_of_a_message_erased_already_is_recorded_nowhere(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    """The intelligence worker may hold a message of the person on its queue when the erasure runs: its reading,
    recorded after, found the message's sender rewritten to the erasure's token and made a contact of the token, with
    the signature's name and phone (found by bench/stress.py's erasure actor); a model's answer about them, cached
    after, kept their name and phone. Nothing of them is recorded now."""
    w = world
    mine = conn.execute(
        "select id from public.messages where team_id = %s and from_address = %s order by sent_at limit 1",
        (w["team_a"], ADDRESS),
    ).fetchone()
    assert mine
    conn.execute(
        "select worker.erase_person_as_operator(%s, %s, 'support ticket 43', '2030-01-10T08:00:00Z')",
        (w["team_a"], ADDRESS),
    )
    fields = [
        {"field": "name", "value": NAME, "confidence": 0.95, "source": "signature"},
        {"field": "phone_mobile", "value": PHONE, "confidence": 0.95, "source": "signature"},
    ]
    signature = conn.execute(
        "select worker.record_signature(null, %s, %s, '2030-01-10T09:00:00Z')",
        (mine[0], json.dumps({"confidence": 0.95, "fields": fields})),
    ).fetchone()
    assert signature and (signature[0]["recorded"], signature[0]["skipped"]) == (0, "erased")
    intent = conn.execute(
        "select worker.record_intent(%s, 'interested', 0.8, 'model', p_now => '2030-01-10T09:00:00Z')", (mine[0],)
    ).fetchone()
    assert intent and (intent[0]["recorded"], intent[0]["skipped"]) == (False, "erased")
    # An LLM call about them under way when the erasure ran caches nothing of them when it returns.
    conn.execute(
        "select worker.ai_cache_store(%s, 'signature', %s, 'openai/gpt-4o-mini', %s, 0.001, 100,"
        " '2030-01-10T09:00:00Z', null, %s)",
        (w["team_a"], b"late-call", json.dumps({"name": NAME, "phone_mobile": PHONE}), ADDRESS),
    )
    assert person_hits(conn, w["team_a"]) == set()
    assert conn.execute(
        "select count(*) from public.contacts where team_id = %s and address like %s", (w["team_a"], "%@erased.invalid")
    ).fetchone() == (0,)


def test_a_name_known_only_from_the_users_to_line_is_erased_wherever_the_team_wrote_it(
    conn: psycopg.Connection[Any],
) -> None:
    """A prospect who never answered is known by the display name the user's mail gave them in To (the worker's
    analysis.recipients, R16's greeting): erasing them scrubs that name from the team's other mail too."""
    w = build_world(conn)
    mine = conn.execute("select address from public.mailboxes where id = %s", (w["box_mia"],)).fetchone()
    assert mine
    prospect, name = "h.vidal@quesnel.example", "Hortense Vidal-Quesnel"
    ingest(conn, w["box_mia"], {
        "provider_message_id": "to-hv", "internet_message_id": "<to-hv@cabinet-a.fr>", "folder": "sent",
        "from": {"address": mine[0]}, "to": [{"address": prospect, "name": name}], "subject": "Proposition",
        "sent_at": "2030-01-07T09:00:00Z", "body_text": "Bonjour Hortense, voici notre proposition.",
        "analysis": {"language": "fr", "recipients": {prospect: {"name": name, "first_name": "Hortense"}}},
    }, "2030-01-07T09:00:00Z")  # fmt: skip
    note = ingest(conn, w["box_mia"], {
        "provider_message_id": "to-colleague", "folder": "sent", "from": {"address": mine[0]},
        "to": [{"address": "max@cabinet-a.fr"}], "subject": "Dossier",
        "sent_at": "2030-01-08T09:00:00Z", "body_text": f"Max, peux-tu rappeler {name} demain ?", "analysis": {},
    }, "2030-01-08T09:00:00Z")  # fmt: skip
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        conn.execute("select public.erase_person(%s, %s)", (w["team_a"], prospect))
    left = conn.execute(
        "select count(*) from public.messages where team_id = %s and (body_text ilike %s or analysis::text ilike %s)",
        (w["team_a"], f"%{name}%", f"%{name}%"),
    ).fetchone()
    assert left == (0,)
    body = conn.execute("select body_text from public.messages where id = %s", (note["message_id"],)).fetchone()
    assert body == ("Max, peux-tu rappeler [erased] demain ?",)


@pytest.mark.parametrize(
    ("actor", "team"), [("mia", "team_a"), ("nina", "team_a"), ("bob", "team_a"), ("zoe", "team_a"), ("anon", "team_a")]
)
def test_only_the_team_admins_may_erase(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID], actor: str, team: str
) -> None:
    w = world
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, role, user):
        conn.execute("select public.erase_person(%s, %s)", (w[team], ADDRESS))
    assert sqlstate(caught.value) == "42501"
    if actor != "anon":
        assert "only an owner or admin" in str(caught.value)
    assert conn.execute(
        "select count(*) from public.contacts where team_id = %s and address = %s", (w["team_a"], ADDRESS)
    ).fetchone() == (1,)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("https://www.linkedin.com/in/bernard-giraud-holding", True),
        ("Signed: BERNARD  GIRAUD", True),
        ("bernard_giraud.pdf", True),
        ("b.giraud@giraud-holding.fr", False),  # another person's address, maybe: the name is not in it whole
        ("bernard.giraud@giraud-holding.fr", True),
    ],
)
def test_a_name_is_found_whatever_separates_its_words(conn: psycopg.Connection[Any], text: str, found: bool) -> None:
    # PRIVACY.md: erasure removes a person everywhere; a profile link or a file name writes their name with dashes,
    # dots or underscores.
    pattern = conn.execute(
        "select private.erasure_pattern(array['bernard.giraud@giraud-holding.fr', 'Bernard Giraud'], '{}')"
    ).fetchone()
    assert pattern is not None
    assert conn.execute("select %s ~* %s", (text, pattern[0])).fetchone() == (found,)
    # An address is matched as it is written: its dots and dashes are not loosened.
    assert conn.execute(
        "select 'bernard_giraud@giraud.holding.fr'"
        " ~* private.erasure_pattern(array['bernard.giraud@giraud-holding.fr'], '{}')"
    ).fetchone() == (False,)


def test_erasure_refuses_a_malformed_address_and_changes_nothing(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for bad in ("", "paul durand", None):
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["olivia"]):
            conn.execute("select public.erase_person(%s, %s)", (w["team_a"], bad))
        assert sqlstate(caught.value) == "22023"
        assert "p_address" in str(caught.value)
    assert conn.execute("select count(*) from private.erased_people").fetchone() == (0,)
    with pytest.raises(psycopg.Error) as caught, acting_as(conn, "authenticated", w["olivia"]):
        conn.execute("select public.erase_person(%s, %s, '2030-01-01')", (w["team_a"], ADDRESS))
    assert sqlstate(caught.value) == "42501" and "p_now" in str(caught.value)


# Users of the product (issue 14 item 4): a member who leaves is anonymised, never deleted.


def identity(conn: psycopg.Connection[Any], user: uuid.UUID) -> tuple[Any, ...]:
    row = conn.execute("select email, phone, raw_user_meta_data from auth.users where id = %s", (user,)).fetchone()
    assert row
    return tuple(row)


def test_an_admin_anonymises_a_member_who_leaves_and_the_history_stays(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    conn.execute(
        "update auth.users set phone = '+33611111111', raw_user_meta_data = '{\"full_name\": \"Mia Lefort\"}'"
        " where id = %s",
        (w["mia"],),
    )
    conn.execute(
        "insert into auth.identities (provider_id, user_id, identity_data, provider)"
        ' values (%s, %s, \'{"email": "mia@team_a.example", "full_name": "Mia Lefort"}\', \'azure\')',
        (str(w["mia"]), w["mia"]),
    )
    conn.execute(
        "insert into private.mailbox_signatures (mailbox_id, team_id, signature_text, confirmed_at)"
        " values (%s, %s, 'Mia Lefort\nConseillère patrimoniale\n+33 1 42 00 00 01', now())",
        (w["box_mia"], w["team_a"]),
    )
    tracked_before = conn.execute(
        "select id, owner_id from public.tracked_emails where mailbox_id = %s order by id", (w["box_mia"],)
    ).fetchall()
    assert tracked_before
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        row = conn.execute(
            "select public.anonymise_member(%s, %s, 'left the firm')", (w["team_a"], w["mia"])
        ).fetchone()
    assert row and row[0] == {
        "mailboxes": 1,
        "contacts": 1,
        "organisations": 1,
        "identity": True,
        "successor": str(w["adam"]),
    }
    email, phone, meta = identity(conn, w["mia"])
    assert email == f"anonymised-{w['mia'].hex}@anonymised.invalid" and phone is None and meta == {}
    # Nothing else of hers names her: no sign-in identity (the provider's claims), no signature of her mailbox.
    assert conn.execute("select count(*) from auth.identities where user_id = %s", (w["mia"],)).fetchone() == (0,)
    assert conn.execute(
        "select count(*) from private.mailbox_signatures where mailbox_id = %s", (w["box_mia"],)
    ).fetchone() == (0,)
    assert conn.execute("select count(*) from public.team_members where user_id = %s", (w["mia"],)).fetchone() == (0,)
    assert conn.execute(
        "select reason, actor_id from private.anonymised_members where team_id = %s and user_id = %s",
        (w["team_a"], w["mia"]),
    ).fetchone() == ("left the firm", w["adam"])
    # Their mailbox went through the disconnect path (the worker cleans the provider side) and to the admin.
    box = conn.execute("select status::text, owner_id from public.mailboxes where id = %s", (w["box_mia"],)).fetchone()
    assert box == ("disconnected", w["adam"])
    assert conn.execute(
        "select count(*) from pgmq.q_mailbox_cleanup where message ->> 'mailbox_id' = %s", (str(w["box_mia"]),)
    ).fetchone() == (1,)
    # The team's history is whole: the tracked emails, the reminders, the timeline, under the same ids.
    assert (
        conn.execute(
            "select id, owner_id from public.tracked_emails where mailbox_id = %s order by id", (w["box_mia"],)
        ).fetchall()
        == tracked_before
    )
    assert conn.execute("select owner_id from public.reminders where team_id = %s", (w["team_a"],)).fetchall() == [
        (w["adam"],)
    ]
    assert conn.execute(
        "select count(*) from public.events where team_id = %s and kind = 'member_anonymised'", (w["team_a"],)
    ).fetchone() == (1,)
    # They see nothing of the team any more.
    with acting_as(conn, "authenticated", w["mia"]):
        assert conn.execute("select count(*) from public.tracked_emails").fetchone() == (0,)


def test_a_member_who_leaves_hands_their_clients_and_companies_to_the_successor(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    # An adviser leaves the firm: their client book goes where their mailbox goes (the admin who removes them), so
    # the admin finds those clients under "my contacts" and decides their facts as their owner; a colleague's
    # clients stay the colleague's. Without it they were nobody's until some mailbox happened to see them again.
    w = world

    def owners(table: str) -> dict[Any, int]:
        rows = conn.execute(
            f"select owner_id, count(*) from public.{table} where team_id = %s group by 1", (w["team_a"],)
        ).fetchall()
        return {owner: n for owner, n in rows}

    conn.execute(
        "insert into public.contacts (team_id, address, owner_id, first_seen_at, last_seen_at)"
        " values (%s, 'jeanne.roux@roux-associes.fr', %s, '2030-01-02', '2030-01-02')",
        (w["team_a"], w["max"]),
    )
    contacts, organisations = owners("contacts"), owners("organisations")
    assert contacts.get(w["mia"], 0) >= 1 and organisations.get(w["mia"], 0) >= 1, (contacts, organisations)
    with acting_as(conn, "authenticated", w["adam"], commit=True):
        row = conn.execute(
            "select public.anonymise_member(%s, %s, 'left the firm')",
            (w["team_a"], w["mia"]),
        ).fetchone()
    assert row
    assert row[0]["contacts"] == contacts[w["mia"]] and row[0]["organisations"] == organisations[w["mia"]], row[0]
    after = owners("contacts")
    assert w["mia"] not in after and None not in after
    assert after[w["adam"]] == contacts.get(w["adam"], 0) + contacts[w["mia"]]
    assert after[w["max"]] == contacts[w["max"]]
    assert w["mia"] not in owners("organisations") and None not in owners("organisations")
    # "My contacts" for the successor, under RLS, with the owner's right to decide their facts.
    with acting_as(conn, "authenticated", w["adam"]):
        mine = conn.execute("select count(*) from public.contacts where owner_id = (select auth.uid())").fetchone()
    assert mine == (after[w["adam"]],)
    # The audit trail says what was handed over.
    audited = conn.execute(
        "select after from public.audit_log where team_id = %s and entity_type = 'member' and action = 'anonymised'",
        (w["team_a"],),
    ).fetchone()
    assert audited and audited[0]["contacts_handed_over"] == contacts[w["mia"]], audited


def test_a_member_of_two_teams_keeps_their_identity_until_they_leave_the_last(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for team in ("team_a", "team_b"):
        conn.execute("insert into public.team_members (team_id, user_id) values (%s, %s)", (w[team], w["zoe"]))
    with acting_as(conn, "authenticated", w["olivia"], commit=True):
        conn.execute("select public.anonymise_member(%s, %s)", (w["team_a"], w["zoe"]))
    assert identity(conn, w["zoe"])[0] == "zoe@example.test"
    with acting_as(conn, "authenticated", w["bob"], commit=True):
        row = conn.execute("select public.anonymise_member(%s, %s)", (w["team_b"], w["zoe"])).fetchone()
    assert row and row[0]["identity"] is True
    assert identity(conn, w["zoe"])[0].endswith("@anonymised.invalid")


def test_anonymising_a_member_refuses_everyone_but_the_teams_admins(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    for actor, team, user, state in (
        ("mia", "team_a", "max", "42501"),
        ("bob", "team_a", "max", "42501"),
        ("anon", "team_a", "max", "42501"),
        ("adam", "team_a", "adam", "22023"),
        ("adam", "team_a", "bob", "22023"),
    ):
        role, uid = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
        with pytest.raises(psycopg.Error) as caught, acting_as(conn, role, uid):
            conn.execute("select public.anonymise_member(%s, %s)", (w[team], w[user]))
        assert sqlstate(caught.value) == state, (actor, user)
    # A team keeps an owner.
    with pytest.raises(psycopg.Error, match="only owner"):
        conn.execute("select private.anonymise_member(%s, %s, null, 'gone', now())", (w["team_b"], w["bob"]))
    assert conn.execute("select count(*) from private.anonymised_members").fetchone() == (0,)
    assert identity(conn, w["max"])[0] == "max@example.test"


def test_members_inactive_for_two_years_are_anonymised_weekly_admins_exempt(
    conn: psycopg.Connection[Any], world: dict[str, uuid.UUID]
) -> None:
    w = world
    # Everyone signed up years before this instant; Mia sent mail from her mailbox since, others did nothing.
    now = dt.datetime(2032, 6, 1, tzinfo=dt.UTC)
    conn.execute(
        "update public.messages set sent_at = %s where mailbox_id = %s and direction = 'outbound'",
        (now - dt.timedelta(days=400), w["box_mia"]),
    )
    conn.execute("update auth.users set last_sign_in_at = %s where id = %s", (now - dt.timedelta(days=700), w["nina"]))
    assert conn.execute("select worker.anonymise_inactive_users(%s)", (now,)).fetchone() == (1,)
    anonymised = {r[0] for r in conn.execute("select user_id from private.anonymised_members")}
    assert anonymised == {w["max"]}
    # Max's Gmail mailbox is disconnected and goes to the team's first owner.
    assert conn.execute(
        "select status::text, owner_id from public.mailboxes where id = %s", (w["box_max"],)
    ).fetchone() == (
        "disconnected",
        w["olivia"],
    )
    later = now + dt.timedelta(days=40)
    assert conn.execute("select worker.anonymise_inactive_users(%s)", (later,)).fetchone() == (1,)
    assert {r[0] for r in conn.execute("select user_id from private.anonymised_members")} == {w["max"], w["nina"]}
    # Owners and admins stay, however long ago they were active; running again does nothing.
    assert conn.execute("select worker.anonymise_inactive_users(%s)", (later,)).fetchone() == (0,)
    assert {
        r[0] for r in conn.execute("select user_id from public.team_members where team_id = %s", (w["team_a"],))
    } == {
        w["olivia"],
        w["adam"],
        w["mia"],
    }
