"""Blind acceptance tests of learning from members' choices (README "Learning and the intelligence dashboard";
../shared/INTELLIGENCE.md "Routing, human in the loop, learning"), written from the texts and the catalog's
signatures only, as a demanding French wealth-management firm would check them.

Cabinet Martin Patrimoine (Paris): Claire Martin (owner, a mailbox), Luc Bernard (admin), Sophie Leroy (member, a
mailbox of her own), Hugo Petit (member, no mailbox). Gestion Privée Lambert (Lyon), another team: Alain Lambert
(owner, a mailbox). Instants are injected (p_now, service_role) or judged relative to the server's own instant;
nothing depends on today's date.
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
from tests.story import Firm, Mailbox, inbound, ingest, make_firm

Conn = psycopg.Connection[Any]
# Tuesday 12 March 2030, 10:00 UTC: an ordinary working morning, far from any real date.
T0 = dt.datetime(2030, 3, 12, 10, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def firm(conn: Conn) -> Firm:
    return make_firm(conn)


# Helpers ------------------------------------------------------------------------------------------------------


def fld(name: str, value: str, confidence: float, source: str = "signature") -> dict[str, Any]:
    return {"field": name, "value": value, "confidence": confidence, "source": source}


def suggest(conn: Conn, box: Mailbox, sender: str, fields: list[dict[str, Any]], at: dt.datetime = T0) -> uuid.UUID:
    """A reply from `sender` whose signature the worker read (setup, as the worker does)."""
    msg = ingest(conn, box.mailbox_id, inbound(box, sender, received_at=at), at)["message_id"]
    conn.execute(
        "select worker.record_signature(null, %s, %s, %s)", (msg, Jsonb({"confidence": 0.85, "fields": fields}), at)
    )
    return uuid.UUID(str(msg))


def fact(conn: Conn, address: str, field: str, value: str) -> uuid.UUID:
    row = conn.execute(
        "select id from public.contact_facts where address = %s and field = %s and value = %s",
        (address, field, value),
    ).fetchone()
    assert row is not None, (address, field, value)
    return uuid.UUID(str(row[0]))


def contact_id(conn: Conn, team: uuid.UUID, address: str) -> uuid.UUID:
    row = conn.execute("select id from public.contacts where team_id = %s and address = %s", (team, address)).fetchone()
    assert row is not None, address
    return uuid.UUID(str(row[0]))


def status(conn: Conn, fact_id: uuid.UUID) -> str:
    row = conn.execute("select status::text from public.contact_facts where id = %s", (fact_id,)).fetchone()
    assert row is not None
    return str(row[0])


def prefs(conn: Conn, team: uuid.UUID, user: uuid.UUID | None = None) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select field, action, suggested_value, final_value, address from public.ai_user_preferences"
        " where team_id = %s and (%s::uuid is null or user_id = %s) order by created_at, field, action",
        (team, user, user),
    ).fetchall()


def feedback(conn: Conn, team: uuid.UUID) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select user_id, subject, action, class, original_value, source, confidence, corrected_value, address"
        " from public.ai_feedback where team_id = %s order by id",
        (team,),
    ).fetchall()


def choose(
    conn: Conn,
    team: uuid.UUID,
    user: uuid.UUID,
    field: str,
    action: str,
    at: dt.datetime,
    suggested: str | None = None,
    final: str | None = None,
    address: str | None = None,
) -> None:
    """A choice reported by a form, on the member's behalf at an injected instant (service_role), committed."""
    with acting_as(conn, "service_role", user, commit=True) as c:
        c.execute(
            "select public.track_field_choice(%s, %s, %s, %s, %s, %s, %s)",
            (team, field, action, suggested, final, address, at),
        )


def typed(conn: Conn, team: uuid.UUID, user: uuid.UUID, field: str, value: str, at: dt.datetime) -> None:
    choose(conn, team, user, field, "manual", at, final=value)


def accepted(conn: Conn, team: uuid.UUID, user: uuid.UUID, field: str, value: str, at: dt.datetime) -> None:
    choose(conn, team, user, field, "accept", at, suggested=value)


def field_suggestions(
    conn: Conn,
    team: uuid.UUID,
    user: uuid.UUID,
    field: str,
    at: dt.datetime,
    prefix: str | None = None,
    limit: int = 10,
) -> list[tuple[Any, ...]]:
    with acting_as(conn, "service_role", user) as c:
        return c.execute(
            "select value, scope, uses, frequency, recency, score"
            " from public.get_field_suggestions(%s, %s, %s, %s, %s)",
            (team, field, prefix, limit, at),
        ).fetchall()


def plant_accepts(
    conn: Conn, team: uuid.UUID, user: uuid.UUID, field: str, value: str, n: int, *, days_ago: int = 3
) -> None:
    """`n` acceptances of `value`, made `days_ago` days before the server's instant (the review list judges at
    now()), through the RPC on the member's behalf."""
    row = conn.execute("select now()").fetchone()
    assert row is not None
    now: dt.datetime = row[0]
    for i in range(n):
        accepted(conn, team, user, field, value, now - days_ago * DAY - i * dt.timedelta(minutes=7))


def review(conn: Conn, user: uuid.UUID) -> list[tuple[Any, ...]]:
    with acting_as(conn, "authenticated", user) as c:
        return c.execute(
            "select address, field, value, confidence, past_acceptances, boosted_confidence"
            " from public.ranked_fact_suggestions order by address, field, value"
        ).fetchall()


def close(a: Any, b: float, tol: float = 0.0006) -> bool:
    return a is not None and abs(float(a) - b) <= tol


# Every choice recorded, with its feedback, in the same transaction -------------------------------------------

JEAN = "jean.dupuis@dupuis-industrie.fr"


def test_accepting_a_suggestion_records_the_preference_and_the_feedback_in_one_transaction(
    conn: Conn, firm: Firm
) -> None:
    """README: "Every choice a member makes on a field's value is kept 90 days in `ai_user_preferences`
    (...): deciding a suggestion (`decide_fact`, `decide_facts`: accept, reject, an edit is `manual`, an ignore is
    `ignore`) (...), each in the same transaction". "Every approve, reject, correction or ignore of what the AI read is
    a row of `ai_feedback`"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur administratif et financier", 0.74)])
    assert conn.execute("select owner_id from public.contacts where address = %s", (JEAN,)).fetchone() == (
        firm.sophie,
    ), "setup: Sophie owns the contact who wrote to her mailbox"
    title = fact(conn, JEAN, "title", "Directeur administratif et financier")
    # The request is rolled back: neither the decision nor its records may survive, and both were there inside it.
    with acting_as(conn, "authenticated", firm.sophie) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (title,))
        inside = (
            c.execute("select count(*) from public.ai_user_preferences where user_id = auth.uid()").fetchone(),
            c.execute("select count(*) from public.ai_feedback where fact_id = %s", (title,)).fetchone(),
        )
    assert inside == ((1,), (1,))
    assert prefs(conn, firm.a) == [] and feedback(conn, firm.a) == [] and status(conn, title) == "suggested"
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (title,))
    assert prefs(conn, firm.a, firm.sophie) == [
        ("title", "accept", "Directeur administratif et financier", "Directeur administratif et financier", JEAN)
    ]
    assert feedback(conn, firm.a) == [
        (
            firm.sophie,
            "fact",
            "approve",
            "title",
            "Directeur administratif et financier",
            "signature",
            Decimal("0.740"),
            None,
            JEAN,
        )
    ]


def test_rejecting_editing_and_ignoring_are_each_recorded_as_the_texts_name_them(conn: Conn, firm: Firm) -> None:
    """README: "deciding a suggestion (`decide_fact`, `decide_facts`: accept, reject, an edit is `manual`, an ignore
    is `ignore`)"; "Every approve, reject, correction or ignore of what the AI read is a row of `ai_feedback` (an
    ignore: `decide_fact(fact, 'ignore')` (...); the suggestion stays)"."""
    suggest(
        conn,
        firm.sophie_box,
        JEAN,
        [
            fld("phone_fax", "+33 1 42 68 53 00", 0.61),
            fld("website", "dupuis-industrie.fr", 0.66),
            fld("postal_address", "18 rue de Lisbonne, 75008 Paris", 0.7),
        ],
    )
    fax = fact(conn, JEAN, "phone_fax", "+33 1 42 68 53 00")
    web = fact(conn, JEAN, "website", "dupuis-industrie.fr")
    postal = fact(conn, JEAN, "postal_address", "18 rue de Lisbonne, 75008 Paris")
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'reject')", (fax,))
        c.execute("select public.decide_fact(%s, 'edit', 'https://www.dupuis-industrie.fr')", (web,))
        c.execute("select public.decide_fact(%s, 'ignore')", (postal,))
    got = {(f, a, s, v) for f, a, s, v, _ in prefs(conn, firm.a, firm.sophie)}
    assert got == {
        ("phone_fax", "reject", "+33 1 42 68 53 00", None),
        ("website", "manual", "dupuis-industrie.fr", "https://www.dupuis-industrie.fr"),
        ("postal_address", "ignore", "18 rue de Lisbonne, 75008 Paris", None),
    }
    fb = {(row[2], row[3], row[4], row[7]) for row in feedback(conn, firm.a)}
    assert fb == {
        ("reject", "phone_fax", "+33 1 42 68 53 00", None),
        ("correct", "website", "dupuis-industrie.fr", "https://www.dupuis-industrie.fr"),
        ("ignore", "postal_address", "18 rue de Lisbonne, 75008 Paris", None),
    }
    assert status(conn, postal) == "suggested", "an ignored suggestion stays"
    assert status(conn, fax) == "rejected"


def test_typing_a_value_by_hand_is_a_manual_choice_and_a_correction_of_what_the_ai_applied(
    conn: Conn, firm: Firm
) -> None:
    """README: "typing a value (`set_contact_field`: `manual`), each in the same transaction"; "Every approve,
    reject, correction or ignore of what the AI read is a row of `ai_feedback`"."""
    # Read at 0.95, above the 0.92 threshold: applied by the AI, then corrected by Sophie.
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur général", 0.95)])
    contact = contact_id(conn, firm.a, JEAN)
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.set_contact_field(%s, 'title', 'Président-directeur général')", (contact,))
    assert prefs(conn, firm.a, firm.sophie) == [("title", "manual", None, "Président-directeur général", JEAN)]
    fb = feedback(conn, firm.a)
    assert [(r[0], r[2], r[3], r[4], r[7]) for r in fb] == [
        (firm.sophie, "correct", "title", "Directeur général", "Président-directeur général")
    ]


def test_a_bulk_decision_records_one_choice_and_one_feedback_per_fact(conn: Conn, firm: Firm) -> None:
    """README: "deciding a suggestion (`decide_fact`, `decide_facts`: accept, reject ...) (...) each in the same
    transaction"; "Every approve, reject, correction or ignore of what the AI read is a row of `ai_feedback`"."""
    people = {
        "jean.dupuis@dupuis-industrie.fr": "Directeur financier",
        "m.nguyen@nguyen-associes.fr": "Associée gérante",
        "p.rousseau@rousseau-avocats.fr": "Avocat associé",
    }
    for address, title in people.items():
        suggest(conn, firm.sophie_box, address, [fld("title", title, 0.7), fld("website", "x-" + title[:3], 0.5)])
    # One of Claire's contacts: Sophie, a plain member, does not decide on it.
    suggest(conn, firm.claire_box, "v.morel@morel-conseil.fr", [fld("title", "Gérant", 0.7)])
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        row = c.execute(
            "select public.decide_facts(%s, 'accept', p_field => 'title', p_min_confidence => 0.6)", (firm.a,)
        ).fetchone()
    assert row == (3,)
    assert {(a, f, s, v, addr) for f, a, s, v, addr in prefs(conn, firm.a)} == {
        ("accept", "title", t, t, addr) for addr, t in people.items()
    }
    fb = feedback(conn, firm.a)
    assert sorted((r[2], r[3], r[8]) for r in fb) == sorted(("approve", "title", addr) for addr in people)
    assert status(conn, fact(conn, "v.morel@morel-conseil.fr", "title", "Gérant")) == "suggested"
    # Then a bulk rejection of the websites (the contacts' and, read from them, their firms'): one choice and one
    # row of feedback per fact decided.
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        row = c.execute("select public.decide_facts(%s, 'reject', p_field => 'website')", (firm.a,)).fetchone()
    assert row is not None and row[0] >= 3
    web_prefs = [(a, v) for f, a, _, v, _ in prefs(conn, firm.a) if f == "website"]
    assert web_prefs == [("reject", None)] * row[0]
    assert [r[2] for r in feedback(conn, firm.a) if r[3].endswith("website")] == ["reject"] * row[0]


def test_a_refused_decision_records_neither_a_choice_nor_feedback(conn: Conn, firm: Firm) -> None:
    """README: "`decide_fact(...)` (...) the human in the loop: the contact's owner or an admin decides"; choices
    are recorded "each in the same transaction" as the decision."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    title = fact(conn, JEAN, "title", "Directeur financier")
    for intruder in (firm.hugo, firm.alain):
        with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", intruder) as c:
            c.execute("select public.decide_fact(%s, 'accept')", (title,))
        assert sqlstate(refused.value) == "42501"
    assert prefs(conn, firm.a) == [] and prefs(conn, firm.b) == [] and feedback(conn, firm.a) == []
    assert status(conn, title) == "suggested"
    # The team's admin may decide it: the choice is the admin's, not the contact owner's.
    with acting_as(conn, "authenticated", firm.luc, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'reject')", (title,))
    assert prefs(conn, firm.a, firm.luc) == [("title", "reject", "Directeur financier", None, JEAN)]
    assert prefs(conn, firm.a, firm.sophie) == []


def test_an_ignore_from_a_form_is_feedback_only_when_it_names_a_suggested_fact_of_that_address(
    conn: Conn, firm: Firm
) -> None:
    """README: "an ignore: `decide_fact(fact, 'ignore')`, or a form's `track_field_choice(..., 'ignore', ...)` on a
    suggested fact of that address; the suggestion stays"; "what a form reports through `track_field_choice`
    (`ignore` included)" is kept in `ai_user_preferences`."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Responsable trésorerie", 0.72)])
    title = fact(conn, JEAN, "title", "Responsable trésorerie")
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        # The suggested fact, the address written as a hurried user types it.
        c.execute(
            "select public.track_field_choice(%s, 'title', 'ignore', 'Responsable trésorerie', null, %s)",
            (firm.a, " Jean.Dupuis@Dupuis-Industrie.fr "),
        )
        # A value nobody suggested for that address: a preference, no feedback.
        c.execute("select public.track_field_choice(%s, 'title', 'ignore', 'Trésorier', null, %s)", (firm.a, JEAN))
        # Another address, with no suggestion at all.
        c.execute(
            "select public.track_field_choice(%s, 'title', 'ignore', 'Responsable trésorerie', null, %s)",
            (firm.a, "contact@inconnu-sarl.fr"),
        )
    assert len(prefs(conn, firm.a, firm.sophie)) == 3
    fb = feedback(conn, firm.a)
    assert [(r[2], r[3], r[4], r[8]) for r in fb] == [("ignore", "title", "Responsable trésorerie", JEAN)]
    assert status(conn, title) == "suggested"


def test_a_decision_on_a_members_behalf_at_an_injected_instant_is_kept_exactly_ninety_days(
    conn: Conn, firm: Firm
) -> None:
    """README: "Every choice a member makes on a field's value is kept 90 days in `ai_user_preferences`"; "Time is
    always a parameter (`p_now`) (...) a user-facing RPC honours `p_now` for `service_role` only"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    title = fact(conn, JEAN, "title", "Directeur financier")
    with acting_as(conn, "service_role", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept', p_now => %s)", (title, T0))
    rows = conn.execute(
        "select user_id, created_at, expires_at from public.ai_user_preferences where team_id = %s", (firm.a,)
    ).fetchall()
    assert rows == [(firm.sophie, T0, T0 + 90 * DAY)]
    occurred = conn.execute("select occurred_at from public.ai_feedback where fact_id = %s", (title,)).fetchall()
    assert occurred == [(T0,)]


def test_a_signed_in_member_may_not_choose_the_instant(conn: Conn, firm: Firm) -> None:
    """README: "a user-facing RPC honours `p_now` for `service_role` only and refuses it from a signed-in user
    (42501, `private.caller_now`), who acts at the server's instant"."""
    for statement in (
        "select public.track_field_choice(%s, 'title', 'manual', null, 'Gérant', null, %s)",
        "select * from public.get_field_suggestions(%s, 'title', null, 10, %s)",
        "select * from public.get_learning_stats(%s, %s)",
    ):
        with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", firm.sophie) as c:
            c.execute(statement, (firm.a, T0 - 60 * DAY))
        assert sqlstate(refused.value) == "42501", statement
    assert prefs(conn, firm.a) == []


# The 90-day keep and the weekly purge -------------------------------------------------------------------------


def test_the_weekly_purge_deletes_exactly_what_turned_ninety_days_old_in_every_team(conn: Conn, firm: Firm) -> None:
    """README: "A weekly pg_cron job (`relance-ai-preferences-purge`) deletes what expired"; INTELLIGENCE.md:
    "a user's choices per field, kept 90 days (then deleted by a weekly job)"."""
    typed(conn, firm.a, firm.sophie, "title", "Gérant", T0)
    accepted(conn, firm.a, firm.luc, "company", "Dupuis Industrie SAS", T0 + dt.timedelta(seconds=1))
    typed(conn, firm.b, firm.alain, "title", "Président", T0)
    typed(conn, firm.a, firm.sophie, "title", "Associé", T0 + 10 * DAY)
    purge = "select private.purge_expired_preferences(%s)"
    assert conn.execute(purge, (T0 + 90 * DAY - dt.timedelta(microseconds=1),)).fetchone() == (0,)
    assert conn.execute(purge, (T0 + 90 * DAY,)).fetchone() == (2,), "Sophie's and Alain's: exactly 90 days old"
    assert [r[3] for r in prefs(conn, firm.a)] == ["Dupuis Industrie SAS", "Associé"]
    assert prefs(conn, firm.b) == []
    assert conn.execute(purge, (T0 + 90 * DAY + dt.timedelta(seconds=1),)).fetchone() == (1,)
    assert conn.execute(purge, (T0 + 90 * DAY + dt.timedelta(seconds=1),)).fetchone() == (0,)
    assert [r[3] for r in prefs(conn, firm.a)] == ["Associé"]


def test_the_purge_leaves_the_feedback_that_accuracy_is_measured_on(conn: Conn, firm: Firm) -> None:
    """README: "A weekly pg_cron job (`relance-ai-preferences-purge`) deletes what expired" (the preferences);
    "accuracy per class, field, source and week is `ai_accuracy_metrics`" (from `ai_feedback`)."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    with acting_as(conn, "service_role", firm.sophie, commit=True) as c:
        c.execute(
            "select public.decide_fact(%s, 'accept', p_now => %s)",
            (fact(conn, JEAN, "title", "Directeur financier"), T0),
        )
    assert conn.execute("select private.purge_expired_preferences(%s)", (T0 + 200 * DAY,)).fetchone() == (1,)
    assert len(feedback(conn, firm.a)) == 1


def test_a_choice_exactly_ninety_days_old_is_no_longer_proposed_nor_counted(conn: Conn, firm: Firm) -> None:
    """README: "Every choice a member makes on a field's value is kept 90 days"; "`get_field_suggestions` ranks the
    values kept or typed for a field by 60 % frequency + 40 % recency (linear over the 90 days)";
    "`get_learning_stats` counts one's choices per field"."""
    typed(conn, firm.a, firm.sophie, "title", "Conseiller en gestion de patrimoine", T0 - 90 * DAY)
    typed(conn, firm.a, firm.sophie, "title", "Gérant de portefeuille", T0 - 90 * DAY + dt.timedelta(hours=1))
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert [(v, s, u) for v, s, u, *_ in got] == [("Gérant de portefeuille", "mine", 1)]
    # Linear over the 90 days: one hour short of 90 days is worth 1/2160 of a fresh choice.
    assert close(got[0][4], 1 / 2160, 0.0001)
    with acting_as(conn, "service_role", firm.sophie) as c:
        stats = c.execute("select field, total from public.get_learning_stats(%s, %s)", (firm.a, T0)).fetchall()
    assert stats == [("title", 1)]


# delete_my_preferences ----------------------------------------------------------------------------------------


def test_delete_my_preferences_deletes_only_mine_in_the_team_named(conn: Conn, firm: Firm) -> None:
    """README: "`delete_my_preferences` deletes one's own at once"; catalog: "Deletes the caller's recorded choices
    (in one team, or all teams with null). Returns how many."."""
    # Sophie also works with Gestion Privée Lambert.
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (firm.b, firm.sophie)
    )
    for value in ("Gérant", "Associé"):
        typed(conn, firm.a, firm.sophie, "title", value, T0)
    typed(conn, firm.b, firm.sophie, "title", "Directrice", T0)
    typed(conn, firm.a, firm.luc, "title", "Gérant", T0)
    typed(conn, firm.b, firm.alain, "title", "Président", T0)
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        assert c.execute("select public.delete_my_preferences(%s)", (firm.a,)).fetchone() == (2,)
    assert prefs(conn, firm.a, firm.sophie) == []
    assert [r[3] for r in prefs(conn, firm.a)] == ["Gérant"], "Luc's stays"
    assert sorted(r[3] for r in prefs(conn, firm.b)) == ["Directrice", "Président"]
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        assert c.execute("select public.delete_my_preferences(null)").fetchone() == (1,)
    assert [r[3] for r in prefs(conn, firm.b)] == ["Président"]


def test_an_admin_who_reads_the_teams_preferences_deletes_only_their_own(conn: Conn, firm: Firm) -> None:
    """README: "`ai_user_preferences` (table: one's own; admins the team's)"; "`delete_my_preferences` deletes one's
    own at once"."""
    typed(conn, firm.a, firm.sophie, "title", "Gérant", T0)
    typed(conn, firm.a, firm.hugo, "title", "Associé", T0)
    typed(conn, firm.a, firm.luc, "title", "Directeur", T0)
    with acting_as(conn, "authenticated", firm.luc, commit=True) as c:
        seen = c.execute("select count(*) from public.ai_user_preferences").fetchone()
        assert c.execute("select public.delete_my_preferences(%s)", (firm.a,)).fetchone() == (1,)
        # Deleting a colleague's row directly deletes nothing.
        c.execute("delete from public.ai_user_preferences where user_id = %s", (firm.sophie,))
    assert seen == (3,)
    assert sorted(r[3] for r in prefs(conn, firm.a)) == ["Associé", "Gérant"]


def test_after_deleting_my_preferences_my_boost_and_my_suggestions_are_gone(conn: Conn, firm: Firm) -> None:
    """README: "`delete_my_preferences` deletes one's own at once"; "A value the member accepted before gets +10 % of
    its confidence per acceptance (...) on their review list"; "the member's own first, then the team's"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur financier", 2)
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0 - DAY)
    assert [r[5] for r in review(conn, firm.sophie)] == [Decimal("0.840")]
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.delete_my_preferences(%s)", (firm.a,))
    assert [(r[4], r[5]) for r in review(conn, firm.sophie)] == [(0, Decimal("0.700"))]
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert [(v, s) for v, s, *_ in got] == [("Directeur financier", "team")], "Hugo's choice, as the team's"


# The boost on the review list ---------------------------------------------------------------------------------


def test_a_sixth_acceptance_adds_nothing_beyond_fifty_percent(conn: Conn, firm: Firm) -> None:
    """README: "A value the member accepted before gets +10 % of its confidence per acceptance (at most +50 %,
    capped at 1) on their review list (`ranked_fact_suggestions`), not in the stored fact"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.6)])
    suggest(conn, firm.sophie_box, "m.nguyen@nguyen-associes.fr", [fld("title", "Associée gérante", 0.6)])
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur financier", 6)
    plant_accepts(conn, firm.a, firm.sophie, "title", "Associée gérante", 4)
    got = {(r[2], r[4], r[5]) for r in review(conn, firm.sophie)}
    assert got == {("Directeur financier", 6, Decimal("0.900")), ("Associée gérante", 4, Decimal("0.840"))}
    assert conn.execute(
        "select confidence from public.contact_facts where address = %s and field = 'title'", (JEAN,)
    ).fetchone() == (Decimal("0.600"),)


def test_a_confidence_already_at_095_is_boosted_to_1_and_no_further(conn: Conn, firm: Firm) -> None:
    """README: "+10 % of its confidence per acceptance (at most +50 %, capped at 1) (...) not in the stored fact:
    the stored confidence stays the reader's measure, the one auto-apply and accuracy are judged on"."""
    with acting_as(conn, "authenticated", firm.claire, commit=True) as c:
        c.execute("select public.set_intelligence_settings(%s, p_autofill_threshold => 0.98)", (firm.a,))
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur général délégué", 0.95)])
    title = fact(conn, JEAN, "title", "Directeur général délégué")
    assert status(conn, title) == "suggested", "below the team's 0.98"
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur général délégué", 1)
    assert [(r[3], r[5]) for r in review(conn, firm.sophie)] == [(Decimal("0.950"), Decimal("1"))]
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur général délégué", 4, days_ago=5)
    assert [(r[3], r[4], r[5]) for r in review(conn, firm.sophie)] == [(Decimal("0.950"), 5, Decimal("1"))]
    # Still a suggestion: the boost never applies it.
    assert status(conn, title) == "suggested"
    assert conn.execute("select title from public.contacts where address = %s", (JEAN,)).fetchone() == (None,)


def test_only_acceptances_boost_not_typed_values_rejections_or_ignores(conn: Conn, firm: Firm) -> None:
    """README: "A value the member accepted before gets +10 % of its confidence per acceptance"; "typing a value
    (`set_contact_field`: `manual`)"; "an edit is `manual`, an ignore is `ignore`"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Secrétaire général", 0.7)])
    for action, suggested, final in (
        ("manual", None, "Secrétaire général"),
        ("manual", "Secrétaire", "Secrétaire général"),  # an edit to that value
        ("reject", "Secrétaire général", None),
        ("ignore", "Secrétaire général", None),
        ("accept", "Secrétaire général", None),
    ):
        choose(conn, firm.a, firm.sophie, "title", action, T0, suggested, final)
    # The review list judges what is kept at the server's instant: move the five choices (made at T0 through the
    # RPC) to yesterday, as setup. Only the one acceptance counts.
    conn.execute(
        "update public.ai_user_preferences set created_at = now() - interval '1 day',"
        " expires_at = now() + interval '89 days' where team_id = %s",
        (firm.a,),
    )
    assert [(r[4], r[5]) for r in review(conn, firm.sophie)] == [(1, Decimal("0.770"))]


def test_acceptances_count_whatever_the_case_and_surrounding_spaces(conn: Conn, firm: Firm) -> None:
    """README: "A value the member accepted before gets +10 % of its confidence per acceptance (at most +50 %,
    capped at 1) on their review list"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur général", 0.6)])
    for value in ("DIRECTEUR GÉNÉRAL", "  directeur général ", "Directeur Général"):
        plant_accepts(conn, firm.a, firm.sophie, "title", value, 1)
    # Same words in another field, and a different title, do not count.
    plant_accepts(conn, firm.a, firm.sophie, "company", "Directeur général", 2)
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur général adjoint", 2)
    assert [(r[4], r[5]) for r in review(conn, firm.sophie)] == [(3, Decimal("0.780"))]


def test_a_colleagues_acceptances_and_expired_ones_do_not_boost_my_list(conn: Conn, firm: Firm) -> None:
    """README: "A value the member accepted before gets +10 % (...) on their review list"; "Every choice a member
    makes on a field's value is kept 90 days"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    plant_accepts(conn, firm.a, firm.luc, "title", "Directeur financier", 3)  # the admin's
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur financier", 2, days_ago=91)  # expired
    plant_accepts(conn, firm.a, firm.sophie, "title", "Directeur financier", 1, days_ago=89)  # still kept
    assert [(r[4], r[5]) for r in review(conn, firm.sophie)] == [(1, Decimal("0.770"))]
    # Luc, admin, sees Sophie's contact on his list, with his own boost.
    assert [(r[0], r[4], r[5]) for r in review(conn, firm.luc)] == [(JEAN, 3, Decimal("0.910"))]


def test_the_review_list_shows_each_member_what_they_decide_on_and_no_other_teams(conn: Conn, firm: Firm) -> None:
    """README: "`decide_fact(...)` (...) the human in the loop: the contact's owner or an admin decides"; "on their
    review list (`ranked_fact_suggestions`)"; "read under RLS: (...) nobody another team, anon nothing"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    suggest(conn, firm.claire_box, "v.morel@morel-conseil.fr", [fld("title", "Gérant", 0.75)])
    suggest(conn, firm.alain_box, "c.faure@faure-notaires.fr", [fld("title", "Notaire associé", 0.8)])
    plant_accepts(conn, firm.b, firm.alain, "title", "Directeur financier", 5)
    assert [r[0] for r in review(conn, firm.sophie)] == [JEAN]
    assert review(conn, firm.hugo) == []
    assert [r[0] for r in review(conn, firm.luc)] == [JEAN, "v.morel@morel-conseil.fr"]
    assert [(r[0], r[5]) for r in review(conn, firm.alain)] == [("c.faure@faure-notaires.fr", Decimal("0.800"))]
    with acting_as(conn, "anon") as c:
        try:
            rows = c.execute("select count(*) from public.ranked_fact_suggestions").fetchone()
        except psycopg.errors.InsufficientPrivilege:
            rows = (0,)
    assert rows == (0,)


def test_a_decided_suggestion_leaves_the_review_list_and_an_ignored_one_stays(conn: Conn, firm: Firm) -> None:
    """README: "an ignore: `decide_fact(fact, 'ignore')` (...) the suggestion stays"; "a decided or typed value is
    never replaced by a newer fact"."""
    suggest(
        conn,
        firm.sophie_box,
        JEAN,
        [fld("title", "Directeur financier", 0.7), fld("phone_mobile", "+33 6 12 34 56 78", 0.8)],
    )
    title, mobile = (
        fact(conn, JEAN, "title", "Directeur financier"),
        fact(conn, JEAN, "phone_mobile", "+33 6 12 34 56 78"),
    )
    assert {r[1] for r in review(conn, firm.sophie)} == {"title", "phone_mobile"}
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (title,))
        c.execute("select public.decide_fact(%s, 'ignore')", (mobile,))
    assert [r[1] for r in review(conn, firm.sophie)] == ["phone_mobile"]


# get_field_suggestions ----------------------------------------------------------------------------------------


def test_frequency_and_recency_weigh_sixty_and_forty(conn: Conn, firm: Firm) -> None:
    """README: "`get_field_suggestions` ranks the values kept or typed for a field by 60 % frequency + 40 % recency
    (linear over the 90 days), the member's own first, then the team's"."""
    for days in (80, 70, 60, 50, 45):  # five times, long ago
        typed(conn, firm.a, firm.sophie, "title", "Gérant", T0 - days * DAY)
    typed(conn, firm.a, firm.sophie, "title", "Associé", T0 - 2 * DAY)  # once, lately
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    by_value = {v: (u, f, r, s) for v, _, u, f, r, s in got}
    # Each score is 0.6 x its frequency + 0.4 x its recency, and recency is linear in the latest use's age.
    for value, (_, f, r, s) in by_value.items():
        assert close(s, 0.6 * float(f) + 0.4 * float(r)), value
    assert close(by_value["Gérant"][2], 1 - 45 / 90) and close(by_value["Associé"][2], 1 - 2 / 90)
    assert by_value["Gérant"][0] == 5 and by_value["Associé"][0] == 1
    assert float(by_value["Gérant"][1]) > float(by_value["Associé"][1])
    assert [v for v, *_ in got] == sorted(by_value, key=lambda v: -float(by_value[v][3]))


def test_a_recent_value_beats_a_frequent_old_one_only_when_the_weights_say_so(conn: Conn, firm: Firm) -> None:
    """README: "ranks the values kept or typed for a field by 60 % frequency + 40 % recency (linear over the 90
    days)"."""
    # Frequency is relative (uses against the most used value): Gérant 2 uses at 89 days, Associé 1 use today.
    for minutes in (0, 5):
        typed(conn, firm.a, firm.sophie, "title", "Gérant", T0 - 89 * DAY + minutes * dt.timedelta(minutes=1))
    typed(conn, firm.a, firm.sophie, "title", "Associé", T0)
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    # Gérant: 0.6 x 1 + 0.4 x ~0.011 = ~0.604; Associé: 0.6 x 0.5 + 0.4 x 1 = 0.7.
    assert [v for v, *_ in got] == ["Associé", "Gérant"]
    assert close(got[0][5], 0.7) and close(got[1][5], 0.6 + 0.4 * (1 / 90 - 5 / (90 * 24 * 60)), 0.001)


def test_only_kept_or_typed_values_are_proposed_never_rejected_ignored_or_the_value_edited_away(
    conn: Conn, firm: Firm
) -> None:
    """README: "`get_field_suggestions` ranks the values kept or typed for a field"; "an edit is `manual`"."""
    choose(conn, firm.a, firm.sophie, "title", "accept", T0 - DAY, suggested="Directeur financier")
    choose(conn, firm.a, firm.sophie, "title", "manual", T0 - DAY, suggested="DAF", final="Directeur administratif")
    choose(conn, firm.a, firm.sophie, "title", "reject", T0 - DAY, suggested="Stagiaire")
    choose(conn, firm.a, firm.sophie, "title", "ignore", T0 - DAY, suggested="Assistant")
    typed(conn, firm.a, firm.sophie, "company", "Dupuis Industrie SAS", T0 - DAY)
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert sorted(v for v, *_ in got) == ["Directeur administratif", "Directeur financier"]


def test_case_and_space_variants_are_one_value(conn: Conn, firm: Firm) -> None:
    """README: "`get_field_suggestions` ranks the values kept or typed for a field by 60 % frequency + 40 %
    recency"."""
    for i, value in enumerate(("Directeur financier", " directeur financier", "DIRECTEUR FINANCIER ")):
        typed(conn, firm.a, firm.sophie, "title", value, T0 - (i + 1) * DAY)
    typed(conn, firm.a, firm.sophie, "title", "Gérant", T0 - DAY)
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert len(got) == 2
    assert got[0][0].strip().lower() == "directeur financier" and got[0][2] == 3
    assert got[1][0] == "Gérant" and got[1][2] == 1


def test_my_choices_come_before_the_teams_even_when_the_teams_score_higher(conn: Conn, firm: Firm) -> None:
    """README: "`get_field_suggestions` ranks (...), the member's own first, then the team's"; INTELLIGENCE.md:
    "ranked by 60 % frequency + 40 % recency over the user's choices, falling back to the team's"."""
    typed(conn, firm.a, firm.sophie, "title", "Chargé d'affaires", T0 - 85 * DAY)  # mine, old, once
    for days in range(6):
        typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0 - days * DAY)
    typed(conn, firm.a, firm.luc, "title", "chargé d'affaires", T0)  # mine too (spelt otherwise): shown once
    typed(conn, firm.b, firm.alain, "title", "Notaire", T0)  # another team's: never
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert [(v.lower(), s) for v, s, *_ in got] == [("chargé d'affaires", "mine"), ("directeur financier", "team")]
    assert got[0][2] == 1, "my uses, not the team's"


def test_the_prefix_matches_the_start_case_aside_and_the_limit_keeps_mine_first(conn: Conn, firm: Firm) -> None:
    """Catalog: "What a form proposes for a field (optionally starting with p_prefix)"; README: "the member's own
    first, then the team's"; "22023 for an unknown field or a limit outside 1-50"."""
    typed(conn, firm.a, firm.sophie, "title", "Directrice juridique", T0 - 30 * DAY)
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0)
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0 - DAY)
    typed(conn, firm.a, firm.hugo, "title", "Administrateur délégué", T0)  # "dir" is inside, not at the start
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0, prefix="DIR")
    assert [(v, s) for v, s, *_ in got] == [("Directrice juridique", "mine"), ("Directeur financier", "team")]
    assert [(v, s) for v, s, *_ in field_suggestions(conn, firm.a, firm.sophie, "title", T0, limit=1)] == [
        ("Directrice juridique", "mine")
    ]
    assert len(field_suggestions(conn, firm.a, firm.sophie, "title", T0, limit=50)) == 3
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        field_suggestions(conn, firm.a, firm.sophie, "title", T0, limit=51)


def test_two_members_choosing_differently_each_get_their_own_first(conn: Conn, firm: Firm) -> None:
    """README: "the member's own first, then the team's"."""
    for days in (1, 2, 3):
        typed(conn, firm.a, firm.sophie, "company", "Dupuis Industrie", T0 - days * DAY)
        typed(conn, firm.a, firm.hugo, "company", "Dupuis Industrie SAS", T0 - days * DAY)
    sophie = field_suggestions(conn, firm.a, firm.sophie, "company", T0)
    hugo = field_suggestions(conn, firm.a, firm.hugo, "company", T0)
    assert [(v, s) for v, s, *_ in sophie] == [("Dupuis Industrie", "mine"), ("Dupuis Industrie SAS", "team")]
    assert [(v, s) for v, s, *_ in hugo] == [("Dupuis Industrie SAS", "mine"), ("Dupuis Industrie", "team")]
    # A tie: both at the same score, both shown.
    assert sophie[0][5] == sophie[1][5] and sophie[0][2] == sophie[1][2] == 3


def test_field_suggestions_are_refused_to_other_teams_anon_and_members_who_left(conn: Conn, firm: Firm) -> None:
    """Catalog: "42501 unless a member of the team"; README: "`public.anonymise_member(team, user)` (admins): (...)
    the membership ends"."""
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0)
    with acting_as(conn, "authenticated", firm.claire, commit=True) as c:
        c.execute("select public.anonymise_member(%s, %s, 'a quitté le cabinet')", (firm.a, firm.hugo))
    for role, user in (("authenticated", firm.alain), ("authenticated", firm.hugo), ("anon", None)):
        for statement in (
            "select * from public.get_field_suggestions(%s, 'title')",
            "select * from public.get_learning_stats(%s)",
            "select public.track_field_choice(%s, 'title', 'manual', null, 'Gérant')",
        ):
            with pytest.raises(psycopg.Error) as refused, acting_as(conn, role, user) as c:
                c.execute(statement, (firm.a,))
            assert sqlstate(refused.value) == "42501", (role, statement)


# get_learning_stats -------------------------------------------------------------------------------------------


def test_learning_stats_count_my_choices_per_field_and_the_share_of_decided_suggestions_accepted(
    conn: Conn, firm: Firm
) -> None:
    """README: "`get_learning_stats` counts one's choices per field"; catalog: "accepted, rejected, manual, ignored,
    total, the share of decided suggestions accepted, the latest choice"."""
    at = T0 - 10 * DAY
    for i, (action, suggested, final) in enumerate(
        (
            ("accept", "Directeur financier", None),
            ("accept", "Gérant", None),
            ("accept", "Associé", None),
            ("reject", "Stagiaire", None),
            ("manual", "DAF", "Directeur administratif et financier"),  # an edit: a suggestion decided otherwise
            ("ignore", "Assistant", None),
            ("ignore", "Chef de projet", None),
        )
    ):
        choose(conn, firm.a, firm.sophie, "title", action, at + i * dt.timedelta(hours=1), suggested, final)
    choose(conn, firm.a, firm.hugo, "title", "reject", T0 - DAY, suggested="Gérant")  # a colleague's
    choose(conn, firm.a, firm.sophie, "website", "ignore", T0 - 3 * DAY, suggested="dupuis.fr")
    with acting_as(conn, "service_role", firm.sophie) as c:
        stats = c.execute(
            "select field, accepted, rejected, manual, ignored, total, acceptance_rate, last_choice_at"
            " from public.get_learning_stats(%s, %s) order by field",
            (firm.a, T0),
        ).fetchall()
    assert [s[:6] for s in stats] == [("title", 3, 1, 1, 2, 7), ("website", 0, 0, 0, 1, 1)]
    assert close(stats[0][6], 3 / 5)
    assert stats[0][7] == at + 6 * dt.timedelta(hours=1)
    assert stats[1][6] is None, "nothing decided: no share to give"


def test_a_value_typed_from_scratch_is_no_decided_suggestion_in_the_acceptance_rate(conn: Conn, firm: Firm) -> None:
    """Catalog (get_learning_stats): "the share of decided suggestions accepted"; README: "typing a value
    (`set_contact_field`: `manual`)"."""
    choose(conn, firm.a, firm.sophie, "phone_mobile", "accept", T0 - DAY, suggested="+33612345678")
    typed(conn, firm.a, firm.sophie, "phone_mobile", "+33698765432", T0 - DAY)
    with acting_as(conn, "service_role", firm.sophie) as c:
        stats = c.execute(
            "select field, accepted, manual, total, acceptance_rate from public.get_learning_stats(%s, %s)",
            (firm.a, T0),
        ).fetchall()
    assert [s[:4] for s in stats] == [("phone_mobile", 1, 1, 2)]
    assert close(stats[0][4], 1.0)


def test_an_admin_gets_their_own_stats_not_the_teams(conn: Conn, firm: Firm) -> None:
    """README: "`get_learning_stats` counts one's choices per field"."""
    choose(conn, firm.a, firm.sophie, "title", "accept", T0 - DAY, suggested="Gérant")
    with acting_as(conn, "service_role", firm.luc) as c:
        assert c.execute("select * from public.get_learning_stats(%s, %s)", (firm.a, T0)).fetchall() == []
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, "service_role", firm.alain) as c:
        c.execute("select * from public.get_learning_stats(%s, %s)", (firm.a, T0))
    assert sqlstate(refused.value) == "42501"


# ai_user_preferences under RLS ---------------------------------------------------------------------------------


def test_preferences_under_rls_one_sees_ones_own_an_admin_the_teams_nobody_another_teams(
    conn: Conn, firm: Firm
) -> None:
    """README: "`ai_user_preferences` (table: one's own; admins the team's)"; "nobody another team, anon
    nothing"."""
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (firm.b, firm.sophie)
    )
    typed(conn, firm.a, firm.sophie, "title", "Gérant", T0)
    typed(conn, firm.b, firm.sophie, "title", "Directrice", T0)
    typed(conn, firm.a, firm.hugo, "title", "Associé", T0)
    typed(conn, firm.b, firm.alain, "title", "Président", T0)
    q = "select final_value from public.ai_user_preferences order by final_value"
    seen = {}
    for name, user in (("sophie", firm.sophie), ("hugo", firm.hugo), ("luc", firm.luc), ("alain", firm.alain)):
        with acting_as(conn, "authenticated", user) as c:
            seen[name] = [r[0] for r in c.execute(q).fetchall()]
    assert seen == {
        "sophie": ["Directrice", "Gérant"],
        "hugo": ["Associé"],
        "luc": ["Associé", "Gérant"],
        "alain": ["Directrice", "Président"],  # Team B's owner reads team B's, Sophie's team-B choice included
    }
    for user in (firm.sophie, firm.luc):
        with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", user) as c:
            c.execute(
                "insert into public.ai_user_preferences (team_id, user_id, field, action, final_value, created_at,"
                " expires_at) values (%s, %s, 'title', 'manual', 'Gérant', now(), now() + interval '900 days')",
                (firm.a, user),
            )
        assert sqlstate(refused.value) == "42501"
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", firm.sophie) as c:
        c.execute("update public.ai_user_preferences set expires_at = expires_at + interval '1 year'")
    assert sqlstate(refused.value) == "42501"


def test_a_choice_is_recorded_for_the_caller_and_the_team_named_never_another_member(conn: Conn, firm: Firm) -> None:
    """README: "what a form reports through `track_field_choice`"; catalog: "Records the caller's choice on a field's
    value (...) 42501 unless a member of the team"."""
    with acting_as(conn, "authenticated", firm.hugo, commit=True) as c:
        c.execute(
            "select public.track_field_choice(%s, 'title', 'accept', '  Gérant  ', null,"
            " 'Jean.Dupuis@Dupuis-Industrie.fr')",
            (firm.a,),
        )
    rows = conn.execute(
        "select user_id, team_id, suggested_value, final_value, address, expires_at - created_at"
        " from public.ai_user_preferences"
    ).fetchall()
    assert rows == [(firm.hugo, firm.a, "Gérant", "Gérant", JEAN, 90 * DAY)]
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", firm.hugo) as c:
        c.execute("select public.track_field_choice(%s, 'title', 'manual', null, 'Président')", (firm.b,))
    assert sqlstate(refused.value) == "42501"


# ai_accuracy_metrics ------------------------------------------------------------------------------------------


def decide_at(
    conn: Conn, user: uuid.UUID, fact_id: uuid.UUID, decision: str, at: dt.datetime, value: str | None = None
) -> None:
    with acting_as(conn, "service_role", user, commit=True) as c:
        c.execute("select public.decide_fact(%s, %s, %s, %s)", (fact_id, decision, value, at))


def metrics(conn: Conn, user: uuid.UUID | None, team: uuid.UUID) -> list[tuple[Any, ...]]:
    q = (
        "select subject, class, source, week_start, decisions, approved, rejected, corrected, ignored, accuracy"
        " from public.ai_accuracy_metrics where team_id = %s order by subject, class, source, week_start"
    )
    if user is None:
        return conn.execute(q, (team,)).fetchall()
    with acting_as(conn, "authenticated", user) as c:
        return c.execute(q, (team,)).fetchall()


def test_accuracy_is_approved_over_decided_per_field_source_and_week_with_ignores_apart(conn: Conn, firm: Firm) -> None:
    """README: "accuracy per class, field, source and week is `ai_accuracy_metrics` (approved over decided; ignores
    are counted apart, not judged)"; INTELLIGENCE.md: "accuracy per field, source and week is a view"."""
    sunday_night = dt.datetime(2030, 3, 17, 23, 30, tzinfo=dt.UTC)  # ISO week 11
    monday = dt.datetime(2030, 3, 18, 0, 10, tzinfo=dt.UTC)  # ISO week 12
    people = [f"client{i}@cabinet-client{i}.fr" for i in range(8)]
    for i, address in enumerate(people):
        source = "llm" if i == 7 else "signature"
        suggest(conn, firm.sophie_box, address, [fld("title", f"Directeur {i}", 0.7, source)], at=T0)
    plan = [
        (0, "accept", sunday_night),
        (1, "accept", sunday_night),
        (2, "reject", sunday_night),
        (3, "edit", sunday_night),
        (4, "ignore", sunday_night),
        (5, "ignore", sunday_night),
        (6, "accept", monday),
        (7, "reject", sunday_night),  # the LLM's reading
    ]
    for i, decision, at in plan:
        decide_at(
            conn, firm.sophie, fact(conn, people[i], "title", f"Directeur {i}"), decision, at,
            "Directeur général" if decision == "edit" else None,
        )  # fmt: skip
    rows = metrics(conn, None, firm.a)
    w11, w12 = dt.date(2030, 3, 11), dt.date(2030, 3, 18)
    by_key = {(r[1], r[2], r[3]): r for r in rows if r[0] == "fact"}
    assert set(by_key) == {("title", "signature", w11), ("title", "signature", w12), ("title", "llm", w11)}
    s11 = by_key[("title", "signature", w11)]
    assert s11[4:9] == (4, 2, 1, 1, 2)
    assert close(s11[9], 0.5)
    assert by_key[("title", "signature", w12)][4:9] == (1, 1, 0, 0, 0) and close(
        by_key[("title", "signature", w12)][9], 1
    )
    assert by_key[("title", "llm", w11)][4:9] == (1, 0, 1, 0, 0) and close(by_key[("title", "llm", w11)][9], 0)


def test_a_week_of_ignores_only_is_not_judged(conn: Conn, firm: Firm) -> None:
    """README: "(approved over decided; ignores are counted apart, not judged)"."""
    for i in range(2):
        address = f"prospect{i}@sci-les-tilleuls.fr"
        suggest(
            conn, firm.sophie_box, address, [fld("postal_address", f"{i + 3} allée des Tilleuls, 92200 Neuilly", 0.7)]
        )
        decide_at(
            conn,
            firm.sophie,
            fact(conn, address, "postal_address", f"{i + 3} allée des Tilleuls, 92200 Neuilly"),
            "ignore",
            T0,
        )
    rows = [r for r in metrics(conn, None, firm.a) if r[1] == "postal_address"]
    assert len(rows) == 1
    assert rows[0][4:9] == (0, 0, 0, 0, 2)
    assert rows[0][9] is None, "nothing decided: no accuracy (not 0, not 1)"


def test_intent_accuracy_is_per_class_and_source(conn: Conn, firm: Firm) -> None:
    """README: "Every approve, reject, correction or ignore of what the AI read is a row of `ai_feedback`"; "accuracy
    per class, field, source and week is `ai_accuracy_metrics`"; INTELLIGENCE.md: "Every intent carries its
    confidence and its source (rule or model), so accuracy can be measured per source"."""
    msgs = []
    for i, sender in enumerate(("a.garnier@garnier-immo.fr", "b.chevalier@chevalier-sa.fr", "c.roux@roux-finance.fr")):
        m = ingest(
            conn,
            firm.sophie_box.mailbox_id,
            inbound(firm.sophie_box, sender, received_at=T0 + i * dt.timedelta(minutes=3)),
            T0,
        )
        msgs.append(m["message_id"])
        conn.execute(
            "select worker.record_intent(%s, 'meeting_request', 0.8, 'rules', p_now => %s)", (m["message_id"], T0)
        )
    with acting_as(conn, "service_role", firm.sophie, commit=True) as c:
        c.execute("select public.correct_intent(%s, 'meeting_request', p_now => %s)", (msgs[0], T0 + DAY))
        c.execute("select public.correct_intent(%s, 'meeting_request', p_now => %s)", (msgs[1], T0 + DAY))
        c.execute("select public.correct_intent(%s, 'quote_request', p_now => %s)", (msgs[2], T0 + DAY))
    rows = [r for r in metrics(conn, None, firm.a) if r[0] == "intent"]
    assert [(r[1], r[2], r[4], r[5], r[7]) for r in rows] == [("meeting_request", "rules", 3, 2, 1)]
    assert close(rows[0][9], 2 / 3)


def test_accuracy_metrics_never_show_another_teams_figures(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "SQL decides (...) under RLS, team by team"; catalog (ai_accuracy_metrics): "security
    invoker: its RLS applies"; README: "nobody another team, anon nothing"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    decide_at(conn, firm.sophie, fact(conn, JEAN, "title", "Directeur financier"), "accept", T0)
    suggest(conn, firm.alain_box, "c.faure@faure-notaires.fr", [fld("title", "Notaire associé", 0.7)])
    decide_at(conn, firm.alain, fact(conn, "c.faure@faure-notaires.fr", "title", "Notaire associé"), "reject", T0)
    assert len(metrics(conn, firm.claire, firm.a)) == 1, "the team's owner sees her team's"
    assert metrics(conn, firm.alain, firm.a) == []
    with acting_as(conn, "authenticated", firm.alain) as c:
        teams = {r[0] for r in c.execute("select team_id from public.ai_accuracy_metrics").fetchall()}
        fb = {r[0] for r in c.execute("select team_id from public.ai_feedback").fetchall()}
    assert teams <= {firm.b} and fb <= {firm.b}
    with acting_as(conn, "anon") as c:
        try:
            n = c.execute("select count(*) from public.ai_accuracy_metrics").fetchone()
        except psycopg.errors.InsufficientPrivilege:
            n = (0,)
    assert n == (0,)


def test_deleting_my_preferences_does_not_rewrite_the_teams_accuracy(conn: Conn, firm: Firm) -> None:
    """README: "`delete_my_preferences` deletes one's own at once" (choices in `ai_user_preferences`); accuracy is
    `ai_accuracy_metrics`, from the rows of `ai_feedback`."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    decide_at(conn, firm.sophie, fact(conn, JEAN, "title", "Directeur financier"), "accept", T0)
    before = metrics(conn, None, firm.a)
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        assert c.execute("select public.delete_my_preferences(%s)", (firm.a,)).fetchone() == (1,)
    assert metrics(conn, None, firm.a) == before and len(before) == 1


def test_a_member_of_two_teams_finds_in_each_only_that_teams_choices(conn: Conn, firm: Firm) -> None:
    """README: "`get_field_suggestions` ranks the values kept or typed for a field (...), the member's own first, then
    the team's"; INTELLIGENCE.md: "under RLS, team by team"."""
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (firm.b, firm.sophie)
    )
    typed(conn, firm.b, firm.sophie, "title", "Directrice des partenariats", T0 - DAY)
    typed(conn, firm.b, firm.alain, "title", "Notaire associé", T0 - DAY)
    typed(conn, firm.a, firm.sophie, "title", "Gérante", T0 - 2 * DAY)
    assert [(v, s) for v, s, *_ in field_suggestions(conn, firm.a, firm.sophie, "title", T0)] == [("Gérante", "mine")]
    assert [(v, s) for v, s, *_ in field_suggestions(conn, firm.b, firm.sophie, "title", T0)] == [
        ("Directrice des partenariats", "mine"),
        ("Notaire associé", "team"),
    ]
    with acting_as(conn, "service_role", firm.sophie) as c:
        stats = c.execute("select field, total from public.get_learning_stats(%s, %s)", (firm.a, T0)).fetchall()
    assert stats == [("title", 1)]


def test_a_choice_made_after_the_instant_asked_about_is_not_yet_counted(conn: Conn, firm: Firm) -> None:
    """README: "ranks the values kept or typed for a field by 60 % frequency + 40 % recency (linear over the 90
    days)"; "Time is always a parameter (`p_now`)"."""
    typed(conn, firm.a, firm.sophie, "title", "Gérant", T0 - 10 * DAY)
    typed(conn, firm.a, firm.sophie, "title", "Associé", T0 + DAY)
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert [(v, u) for v, _, u, *_ in got] == [("Gérant", 1)]
    assert close(got[0][4], 1 - 10 / 90) and close(got[0][3], 1)


def test_an_organisations_name_accepted_before_as_a_company_is_boosted(conn: Conn, firm: Firm) -> None:
    """README: "A value the member accepted before gets +10 % of its confidence per acceptance (...) on their review
    list (`ranked_fact_suggestions`)"; catalog (decide_fact): "Accepts, rejects or edits (p_value) a contact or
    organisation fact"."""
    suggest(conn, firm.claire_box, "p.garnier@garnier-family-office.fr", [fld("company", "Garnier Family Office", 0.7)])
    plant_accepts(conn, firm.a, firm.claire, "company", "Garnier Family Office", 2)
    rows = review(conn, firm.claire)
    # The contact's company and the organisation's name (no address): both boosted alike.
    org = [r for r in rows if r[2] == "Garnier Family Office"]
    assert None in {r[0] for r in org}
    assert {(r[1], r[3], r[4], r[5]) for r in org} == {("company", Decimal("0.700"), 2, Decimal("0.840"))}


def test_the_teams_uses_of_one_value_add_up_across_colleagues(conn: Conn, firm: Firm) -> None:
    """README: "`get_field_suggestions` ranks the values kept or typed for a field by 60 % frequency + 40 % recency
    (...), the member's own first, then the team's"."""
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0 - 3 * DAY)
    typed(conn, firm.a, firm.hugo, "title", "Directeur financier", T0 - 2 * DAY)
    typed(conn, firm.a, firm.luc, "title", "directeur financier ", T0 - DAY)
    typed(conn, firm.a, firm.claire, "title", "Gérant", T0 - DAY)
    typed(conn, firm.a, firm.claire, "title", "Gérant", T0 - DAY + dt.timedelta(minutes=1))
    got = field_suggestions(conn, firm.a, firm.sophie, "title", T0)
    assert [(v.strip().lower(), s, u) for v, s, u, *_ in got] == [
        ("directeur financier", "team", 3),
        ("gérant", "team", 2),
    ]
    assert close(got[0][4], 1 - 1 / 90)


def test_an_acceptance_through_the_review_list_boosts_the_same_value_for_the_next_contact(
    conn: Conn, firm: Firm
) -> None:
    """README: "Every choice a member makes on a field's value is kept 90 days in `ai_user_preferences`
    (...): deciding a suggestion (`decide_fact` ...)"; "A value the member accepted before gets +10 % of its
    confidence per acceptance (...) on their review list (`ranked_fact_suggestions`), not in the stored fact"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.7)])
    title = fact(conn, JEAN, "title", "Directeur financier")
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (title,))
    other = "e.blanc@blanc-logistique.fr"
    suggest(conn, firm.sophie_box, other, [fld("title", "directeur financier", 0.7)])
    assert [(r[0], r[3], r[4], r[5]) for r in review(conn, firm.sophie)] == [
        (other, Decimal("0.700"), 1, Decimal("0.770"))
    ]
    # Luc, the admin, decides on it too but never accepted it.
    assert [(r[0], r[4], r[5]) for r in review(conn, firm.luc)] == [(other, 0, Decimal("0.700"))]


def test_typing_the_value_the_ai_applied_approves_it(conn: Conn, firm: Firm) -> None:
    """README: "Every approve, reject, correction or ignore of what the AI read is a row of `ai_feedback`"; catalog
    (private.record_contact_field_feedback): "Feedback when a member types a contact field over a value the AI
    applied: correct (or approve when equal)"."""
    suggest(conn, firm.sophie_box, JEAN, [fld("title", "Directeur financier", 0.96)])
    contact = contact_id(conn, firm.a, JEAN)
    with acting_as(conn, "authenticated", firm.sophie, commit=True) as c:
        c.execute("select public.set_contact_field(%s, 'title', 'Directeur financier')", (contact,))
    assert [(r[2], r[3], r[4], r[7]) for r in feedback(conn, firm.a)] == [
        ("approve", "title", "Directeur financier", None)
    ]
    assert prefs(conn, firm.a, firm.sophie) == [("title", "manual", None, "Directeur financier", JEAN)]


def test_the_dashboards_suggestions_series_counts_raised_by_day_seen_and_decisions_by_day_decided(
    conn: Conn, firm: Firm
) -> None:
    """README: the dashboard's views are "daily series `(team_id, day, …)`, days in UTC, security invoker: (...)
    suggestions raised, pending, accepted and rejected"; INTELLIGENCE.md: "suggestions pending/accepted/rejected
    (...) each as a time series by day"."""
    day0 = T0.date()
    people = ["a.garnier@garnier-immo.fr", "b.chevalier@chevalier-sa.fr", "c.roux@roux-finance.fr"]
    for address in people:
        suggest(conn, firm.sophie_box, address, [fld("title", "Directeur administratif", 0.7)])
    decide_at(conn, firm.sophie, fact(conn, people[0], "title", "Directeur administratif"), "accept", T0 + DAY)
    decide_at(conn, firm.sophie, fact(conn, people[1], "title", "Directeur administratif"), "reject", T0 + 2 * DAY)
    decide_at(conn, firm.sophie, fact(conn, people[2], "title", "Directeur administratif"), "ignore", T0 + 2 * DAY)
    q = (
        "select day, raised, pending, accepted, rejected from public.intel_suggestions_daily"
        " where team_id = %s order by day"
    )
    with acting_as(conn, "authenticated", firm.claire) as c:
        rows = c.execute(q, (firm.a,)).fetchall()
    days = {r[0]: r[1:] for r in rows}
    assert days.get(day0, (0, 0, 0, 0))[:2] == (3, 1), "three raised that day, one still pending (the ignored)"
    assert days.get(day0 + dt.timedelta(days=1), (0, 0, 0, 0))[2] == 1
    assert days.get(day0 + dt.timedelta(days=2), (0, 0, 0, 0))[3] == 1
    assert sum(r[3] for r in rows) == 1 and sum(r[4] for r in rows) == 1
    with acting_as(conn, "authenticated", firm.alain) as c:
        assert c.execute(q, (firm.a,)).fetchall() == []
