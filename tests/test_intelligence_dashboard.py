"""The intelligence dashboard's daily series (issue 13, item 6; ../shared/INTELLIGENCE.md, "Dashboard").

One world, planted through the workers' own SQL contract with injected instants: two teams; in team A, Claire
(owner) and Luc (member) each with a mailbox; replies read on Monday 7 and Tuesday 8 January 2030 (intents by the
rules, the learnt model and an LLM, signatures, suggestions decided on the Tuesday, model calls and cache hits).
Each view's figures are checked against what was planted, as the reader's RLS shows them: the owner sees the team,
a member what their own mailbox received (intents, signatures) or the team's (suggestions, model use), another team
nothing of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as
from tests.story import Mailbox, add_mailbox, add_member, inbound, ingest, make_team_with_mailbox

Conn = psycopg.Connection[Any]
D1 = dt.date(2030, 1, 7)
D2 = dt.date(2030, 1, 8)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def fld(name: str, value: str, confidence: float) -> dict[str, Any]:
    return {"field": name, "value": value, "confidence": confidence, "source": "signature"}


def reply(conn: Conn, box: Mailbox, sender: str, when: dt.datetime) -> uuid.UUID:
    return uuid.UUID(str(ingest(conn, box.mailbox_id, inbound(box, sender, received_at=when), when)["message_id"]))


def intent(conn: Conn, msg: uuid.UUID, label: str, confidence: float, source: str, now: dt.datetime) -> None:
    conn.execute(
        "select worker.record_intent(%s, %s, %s, %s, p_now => %s)", (msg, label, Decimal(str(confidence)), source, now)
    )


def signature(
    conn: Conn, msg: uuid.UUID, fields: list[dict[str, Any]], confidence: float, now: dt.datetime, llm: bool = False
) -> None:
    result = {"confidence": confidence, "fields": fields, "reached_llm": llm}
    conn.execute("select worker.record_signature(null, %s, %s, %s)", (msg, Jsonb(result), now))


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


@pytest.fixture(scope="module")
def world(target: stack.Target, template_db: str) -> Iterator[tuple[Conn, dict[str, Any]]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        a = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        luc = add_member(conn, a.team_id, "luc@cabinet-durand.fr")
        a_luc = add_mailbox(conn, a.team_id, luc, "luc@cabinet-durand.fr")
        b = make_team_with_mailbox(conn, address="bob@cabinet-b.fr", domains=("cabinet-b.fr",), team_name="B")
        zoe = add_member(conn, b.team_id, "zoe@cabinet-b.fr")

        # Monday: three replies to Claire, one to Luc; Tuesday: one to Claire. Team B: one on Monday.
        m1 = reply(conn, a, "anne@gmail.com", at(D1, 9))
        m2 = reply(conn, a, "paul@gmail.com", at(D1, 10))
        m3 = reply(conn, a, "rose@gmail.com", at(D1, 11))
        m4 = reply(conn, a, "jean@gmail.com", at(D2, 9))
        m7 = reply(conn, a, "marie@gmail.com", at(D2, 10))
        m5 = reply(conn, a_luc, "lea@gmail.com", at(D1, 12))
        m6 = reply(conn, b, "marc@gmail.com", at(D1, 9))
        # Intents (read the same evening); day = the day the message was written.
        intent(conn, m1, "meeting_request", 0.9, "rules", at(D1, 18))
        intent(conn, m2, "meeting_request", 0.8, "llm", at(D1, 18))
        intent(conn, m3, "not_interested", 0.7, "rules", at(D1, 18))
        intent(conn, m4, "quote_request", 0.6, "llm", at(D2, 18))
        intent(conn, m7, "interested", 0.81, "model", at(D2, 18))  # the learnt model, where the rules were unsure
        intent(conn, m5, "interested", 0.9, "rules", at(D1, 18))
        intent(conn, m6, "other", 0.5, "rules", at(D1, 18))
        # Signatures, read on Monday (m4 on Tuesday, and it failed); day = the day they were read. Below the
        # threshold (0.92) a field is a suggestion.
        anne = [fld("name", "Anne Roux", 0.97), fld("title", "Gérante", 0.7), fld("phone_mobile", "+33612345678", 0.8)]
        signature(conn, m1, anne, 0.9, at(D1, 18))
        signature(conn, m2, [], 0.1, at(D1, 18))
        signature(conn, m3, [fld("name", "Rose Blanc", 0.95), fld("title", "DAF", 0.6)], 0.7, at(D1, 18), llm=True)
        signature(conn, m5, [fld("title", "Associée", 0.5)], 0.8, at(D1, 18))
        signature(conn, m6, [fld("title", "Président", 0.5)], 0.6, at(D1, 18))
        conn.execute(
            "update public.message_insights set state = 'failed', attempts = 3, reason = 'timeout', done_at = %s"
            " where message_id = %s",
            (at(D2, 18), m4),
        )
        # Tuesday, Claire decides: Anne's title accepted, her phone rejected, Rose's title edited.
        facts: dict[str, uuid.UUID] = dict(
            conn.execute("select value, id from public.contact_facts where status = 'suggested'").fetchall()
        )
        conn.execute("select public.decide_fact(%s, 'accept', null, %s)", (facts["Gérante"], at(D2, 10)))
        conn.execute("select public.decide_fact(%s, 'reject', null, %s)", (facts["+33612345678"], at(D2, 10)))
        conn.execute("select public.decide_fact(%s, 'edit', 'Directrice financière', %s)", (facts["DAF"], at(D2, 10)))
        # Model use: team A on Monday, an intent answered (0.002 USD), found twice in the cache, a failed call;
        # a signature answered (0.001 USD). Team B: an intent answered (0.5 USD).
        for team, kind, text, cost in (
            (a, "intent", "oui", "0.002"),
            (a, "signature", "sig", "0.001"),
            (b, "intent", "x", "0.5"),
        ):
            conn.execute(
                "select worker.ai_cache_store(%s, %s, %s, 'ollama/llama3', '{\"label\": \"other\"}', %s, 900, %s)",
                (team.team_id, kind, digest(text), Decimal(cost), at(D1, 18)),
            )  # fmt: skip
        for _ in range(2):
            conn.execute(
                "select * from worker.ai_cache_lookup(%s, 'intent', %s, array['ollama/llama3'], %s)",
                (a.team_id, digest("oui"), at(D1, 19)),
            )
        conn.execute(
            "select worker.ai_record_call(%s, 'intent', 'ollama/llama3', 'failed', null, 5000, %s)",
            (a.team_id, at(D1, 20)),
        )
        yield conn, {"a": a, "b": b, "claire": a.owner_id, "luc": luc, "bob": b.owner_id, "zoe": zoe}
    stack.drop_database(target, name)


def read(conn: Conn, who: dict[str, Any], actor: str, query: str) -> list[tuple[Any, ...]]:
    role, user = ("service_role", None) if actor == "service" else ("authenticated", who[actor])
    with acting_as(conn, role, user) as c:
        return c.execute(query).fetchall()


def team(who: dict[str, Any], rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows with the team's id replaced by its letter."""
    letters = {who["a"].team_id: "A", who["b"].team_id: "B"}
    return [(letters[r[0]], *r[1:]) for r in rows]


INTENTS = (
    "select team_id, day, label::text, messages, share, by_rules, by_llm, by_user, avg_confidence, by_model"
    " from public.intel_intent_daily order by team_id = (select id from public.teams where name = 'B'), day, label"
)


def test_intent_distribution_by_day_as_each_reader_may_see_it(world: tuple[Conn, dict[str, Any]]) -> None:
    conn, who = world
    team_a = [
        ("A", D1, "interested", 1, Decimal("0.2500"), 1, 0, 0, Decimal("0.900"), 0),
        ("A", D1, "meeting_request", 2, Decimal("0.5000"), 1, 1, 0, Decimal("0.850"), 0),
        ("A", D1, "not_interested", 1, Decimal("0.2500"), 1, 0, 0, Decimal("0.700"), 0),
        ("A", D2, "interested", 1, Decimal("0.5000"), 0, 0, 0, Decimal("0.810"), 1),
        ("A", D2, "quote_request", 1, Decimal("0.5000"), 0, 1, 0, Decimal("0.600"), 0),
    ]
    team_b = [("B", D1, "other", 1, Decimal("1.0000"), 1, 0, 0, Decimal("0.500"), 0)]
    assert team(who, read(conn, who, "service", INTENTS)) == team_a + team_b
    # The owner sees every mailbox of the team; Luc what his own mailbox received (its share of what he sees).
    assert team(who, read(conn, who, "claire", INTENTS)) == team_a
    assert team(who, read(conn, who, "luc", INTENTS)) == [
        ("A", D1, "interested", 1, Decimal("1.0000"), 1, 0, 0, Decimal("0.900"), 0)
    ]
    assert team(who, read(conn, who, "bob", INTENTS)) == team_b
    assert read(conn, who, "zoe", INTENTS) == []


def test_the_share_of_intents_read_by_rules_by_the_learnt_model_and_by_an_llm(
    world: tuple[Conn, dict[str, Any]],
) -> None:
    conn, who = world
    query = (
        "select team_id, day, messages, by_rules, by_llm, by_user, rules_share, llm_share, by_model, model_share"
        " from public.intel_intent_sources_daily order by day"
    )
    zero, quarter, half = Decimal("0.0000"), Decimal("0.2500"), Decimal("0.5000")
    assert team(who, read(conn, who, "claire", query)) == [
        ("A", D1, 4, 3, 1, 0, Decimal("0.7500"), quarter, 0, zero),
        ("A", D2, 2, 0, 1, 0, zero, half, 1, half),
    ]
    assert team(who, read(conn, who, "luc", query)) == [("A", D1, 1, 1, 0, 0, Decimal("1.0000"), zero, 0, zero)]
    assert team(who, read(conn, who, "bob", query)) == [("B", D1, 1, 1, 0, 0, Decimal("1.0000"), zero, 0, zero)]


def test_model_calls_cache_hits_and_cost_by_day_for_the_teams_members(world: tuple[Conn, dict[str, Any]]) -> None:
    conn, who = world
    query = (
        "select team_id, day, kind, calls, hits, invalid, failed, hit_rate, cost_usd"
        " from public.intel_ai_usage_daily order by kind"
    )
    team_a = [
        ("A", D1, "intent", 2, 2, 0, 1, Decimal("0.5000"), Decimal("0.00200000")),
        ("A", D1, "signature", 1, 0, 0, 0, Decimal("0.0000"), Decimal("0.00100000")),
    ]
    # Every member of the team reads its model use (no message in it); another team's never shows.
    assert team(who, read(conn, who, "claire", query)) == team_a
    assert team(who, read(conn, who, "luc", query)) == team_a
    assert team(who, read(conn, who, "bob", query)) == [
        ("B", D1, "intent", 1, 0, 0, 0, Decimal("0.0000"), Decimal("0.50000000"))
    ]
    assert sorted(team(who, read(conn, who, "zoe", query))) == sorted(team(who, read(conn, who, "bob", query))), (
        "Zoe is a member of team B"
    )
    assert len(read(conn, who, "service", query)) == 3


def test_suggestions_pending_accepted_and_rejected_by_day(world: tuple[Conn, dict[str, Any]]) -> None:
    conn, who = world
    query = "select team_id, day, raised, pending, accepted, rejected from public.intel_suggestions_daily order by day"
    # Monday: four suggestions raised (Anne's title and phone, Rose's title, Léa's title), Léa's still pending;
    # Tuesday: one accepted, two set aside (a rejection, an edit). The edited value, typed by Claire, is none.
    team_a = [("A", D1, 4, 1, 0, 0), ("A", D2, 0, 0, 1, 2)]
    assert team(who, read(conn, who, "claire", query)) == team_a
    assert team(who, read(conn, who, "luc", query)) == team_a, "a team's suggestions are its CRM's"
    assert team(who, read(conn, who, "bob", query)) == [("B", D1, 1, 1, 0, 0)]


def test_signature_success_rate_and_fields_per_signature_by_day(world: tuple[Conn, dict[str, Any]]) -> None:
    conn, who = world
    query = (
        "select team_id, day, messages_read, signatures, success_rate, fields_found, fields_per_signature,"
        " avg_signature_confidence, reached_llm, llm_share, failed from public.intel_signature_daily order by day"
    )
    # Monday: Anne (3 fields), Paul (none), Rose (2, through a model), Léa (1, Luc's mailbox); Tuesday: Jean's
    # failed. Unread messages do not count.
    assert team(who, read(conn, who, "claire", query)) == [
        ("A", D1, 4, 3, Decimal("0.7500"), 6, Decimal("2.00"), Decimal("0.800"), 1, Decimal("0.2500"), 0),
        ("A", D2, 1, 0, Decimal("0.0000"), 0, None, None, 0, Decimal("0.0000"), 1),
    ]
    assert team(who, read(conn, who, "luc", query)) == [
        ("A", D1, 1, 1, Decimal("1.0000"), 1, Decimal("1.00"), Decimal("0.800"), 0, Decimal("0.0000"), 0)
    ]
    assert team(who, read(conn, who, "bob", query)) == [
        ("B", D1, 1, 1, Decimal("1.0000"), 1, Decimal("1.00"), Decimal("0.600"), 0, Decimal("0.0000"), 0)
    ]


VIEWS = (
    "intel_intent_daily",
    "intel_intent_sources_daily",
    "intel_ai_usage_daily",
    "intel_suggestions_daily",
    "intel_signature_daily",
)


@pytest.mark.parametrize("view", VIEWS)
def test_the_dashboard_is_no_one_elses(world: tuple[Conn, dict[str, Any]], view: str) -> None:
    conn, who = world
    # Anon reads none of it.
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, "anon") as c:
        c.execute(f"select * from public.{view}")
    # A signed-in user of no team sees nothing; a team's members only their team.
    stranger = (
        conn.execute(
            "insert into auth.users (id, aud, role, email) values (gen_random_uuid(), 'authenticated', 'authenticated',"
            " 'nobody@example.test') on conflict do nothing returning id"
        ).fetchone()
        or conn.execute("select id from auth.users where email = 'nobody@example.test'").fetchone()
    )
    assert stranger is not None
    with acting_as(conn, "authenticated", stranger[0]) as c:
        assert c.execute(f"select count(*) from public.{view}").fetchone() == (0,)
    for actor, own in (("claire", "a"), ("luc", "a"), ("bob", "b"), ("zoe", "b")):
        seen = {r[0] for r in read(conn, who, actor, f"select distinct team_id from public.{view}")}
        assert seen <= {who[own].team_id}, (actor, view)
    # Security invoker: the reader's RLS applies, not the view owner's rights.
    row = conn.execute(
        "select coalesce(reloptions::text, '') like '%%security_invoker=true%%' from pg_class where oid = %s::regclass",
        (f"public.{view}",),
    ).fetchone()
    assert row == (True,)
