"""Feedback and accuracy (issue 13, item 4): every approve, reject or correct of an intent or a fact is recorded
in ai_feedback (who, what, the original's source and confidence, the corrected value, when, the address
concerned); a corrected intent re-runs what depended on it (routing, R15 reminders, notifications), on the
timeline; ai_accuracy_metrics gives the share approved per class or field, source and ISO week.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.rls import DENIED, Case, Rows, run_case
from tests.story import inbound, ingest
from tests.test_routing import PROSPECT, T0, Cabinet
from tests.test_tenancy_rls import EVERYONE, build_world

NOT_NOW = "Pas pour le moment, rappelez-moi en mars."


@pytest.fixture
def cab(db_url: str) -> Iterator[Cabinet]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield Cabinet(conn)


def correct(
    conn: psycopg.Connection[Any], user: uuid.UUID | None, message: uuid.UUID, intent: str,
    until: dt.date | None = None,
) -> Any:  # fmt: skip
    """correct_intent as `user` (None: the service role), committed; the result, or (sqlstate, message)."""
    try:
        if user is None:
            row = conn.execute(
                "select public.correct_intent(%s, %s, %s, %s)", (message, intent, until, T0 + dt.timedelta(hours=1))
            ).fetchone()
            return row[0] if row else None
        with acting_as(conn, "authenticated", user, commit=True) as c:
            row = c.execute("select public.correct_intent(%s, %s, %s)", (message, intent, until)).fetchone()
            return row[0] if row else None
    except psycopg.Error as exc:
        return (sqlstate(exc), exc.diag.message_primary)


def feedback(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select user_id, subject, action, class, original_value, source, confidence::float8, corrected_value,"
        " address from public.ai_feedback order by id"
    ).fetchall()


def test_correcting_a_not_now_cancels_its_reminder_and_is_recorded(cab: Cabinet) -> None:
    tracked, reply = cab.reply(NOT_NOW, "interested")
    cab.conn.execute(
        "select worker.record_intent(%s, 'not_now', 0.85, 'rules', '2030-03-01', p_now => %s)", (reply, T0)
    )
    assert cab.conn.execute("select due_on from public.reminders").fetchall() == [(dt.date(2030, 3, 1),)]
    got = correct(cab.conn, cab.claire, reply, "interested")
    assert got["corrected"] is True and got["previous_label"] == "not_now"
    # The reminder the wrong reading asked for is gone; the correction stands against the worker.
    assert cab.conn.execute("select count(*) from public.reminders").fetchone() == (0,)
    assert feedback(cab.conn) == [
        (cab.claire, "intent", "correct", "not_now", "not_now 2030-03-01", "rules", 0.85, "interested", PROSPECT)
    ]
    row = cab.conn.execute(
        "select label::text, source::text, corrected_by from public.message_intents where message_id = %s", (reply,)
    ).fetchone()
    assert row == ("interested", "user", cab.claire)
    again = cab.conn.execute(
        "select worker.record_intent(%s, 'not_now', 0.85, 'rules', '2030-03-01', p_now => %s)", (reply, T0)
    ).fetchone()
    assert again is not None and again[0]["recorded"] is False
    assert cab.conn.execute("select count(*) from public.reminders").fetchone() == (0,)
    reasons = [
        r[0]
        for r in cab.conn.execute(
            "select reason from public.events where tracked_email_id = %s and kind = 'intent' order by id", (tracked,)
        ).fetchall()
    ]
    assert reasons[-1] == f"{PROSPECT}: corrected by a member from not now (rules, 0.85) to interested"


def test_correcting_to_a_dated_not_now_sets_its_reminder(cab: Cabinet) -> None:
    tracked, reply = cab.reply(NOT_NOW, "interested")
    got = correct(cab.conn, cab.adam, reply, "not_now", dt.date(2030, 3, 1))
    assert got["effects"] == ["routed", "reminder"]
    rows = cab.conn.execute("select owner_id, tracked_email_id, due_on from public.reminders").fetchall()
    assert rows == [(cab.claire, tracked, dt.date(2030, 3, 1))]
    assert feedback(cab.conn)[0][:4] == (cab.adam, "intent", "correct", "interested")
    assert feedback(cab.conn)[0][7] == "not_now 2030-03-01"


def test_a_corrected_intent_is_routed_again_and_notified_to_the_new_assignee(cab: Cabinet) -> None:
    rule = cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max, labels=["devis"])
    tracked, reply = cab.reply("Combien pour la mission complète ?", "interested")
    assert cab.route(reply) == (cab.claire, [], None)
    correct(cab.conn, cab.claire, reply, "quote_request")
    assert cab.route(reply) == (cab.max, ["devis"], rule)
    notes = cab.conn.execute(
        "select owner_id, kind::text from public.notifications where message_id = %s order by kind", (reply,)
    ).fetchall()
    assert notes == [(cab.max, "quote_request"), (cab.max, "routed")]
    # Corrected back: routed to the owner again, and the notifications nobody read are taken back.
    correct(cab.conn, cab.claire, reply, "information_request")
    assert cab.route(reply) == (cab.claire, [], None)
    assert cab.conn.execute("select count(*) from public.notifications where message_id = %s", (reply,)).fetchone() == (
        0,
    )
    routed = cab.conn.execute(
        "select count(*) from public.events where tracked_email_id = %s and kind = 'routed'", (tracked,)
    ).fetchone()
    assert routed == (3,)


def test_approving_an_intent_records_it_and_changes_nothing_else(cab: Cabinet) -> None:
    tracked, reply = cab.reply("On s'appelle mardi ?", "meeting_request")
    before = cab.conn.execute("select count(*) from public.events where tracked_email_id = %s", (tracked,)).fetchone()
    got = correct(cab.conn, cab.claire, reply, "meeting_request")
    assert got["corrected"] is False and got["effects"] == []
    assert [r[2] for r in feedback(cab.conn)] == ["approve"]
    assert cab.conn.execute("select count(*) from public.notifications").fetchone() == (1,)
    after = cab.conn.execute("select count(*) from public.events where tracked_email_id = %s", (tracked,)).fetchone()
    assert before and after and after[0] == before[0] + 1  # "confirmed by a member"


@pytest.mark.parametrize(
    ("who", "intent", "until", "expected"),
    [
        ("max", "interested", None, "P0002"),  # a member who does not own the mailbox
        ("stranger", "interested", None, "P0002"),  # another team's owner
        ("claire", "maybe", None, "22023"),
        ("claire", "interested", dt.date(2030, 3, 1), "22023"),  # only a not_now names a date
    ],
)
def test_only_the_mailbox_owner_or_an_admin_corrects_an_intent_and_bad_input_is_refused(
    cab: Cabinet, who: str, intent: str, until: dt.date | None, expected: str
) -> None:
    from tests.story import make_team_with_mailbox

    stranger = make_team_with_mailbox(cab.conn, address="bob@autre.fr", domains=("autre.fr",)).owner_id
    users = {"max": cab.max, "stranger": stranger, "claire": cab.claire}
    _, reply = cab.reply("Merci.", "interested")
    got = correct(cab.conn, users[who], reply, intent, until)
    assert isinstance(got, tuple) and got[0] == expected
    assert feedback(cab.conn) == []
    with acting_as(cab.conn, "anon") as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("select public.correct_intent(%s, 'interested')", (reply,))


def signature_facts(cab: Cabinet, sender: str) -> dict[str, uuid.UUID]:
    at = T0 + dt.timedelta(hours=2)
    msg = ingest(cab.conn, cab.box.mailbox_id, inbound(cab.box, sender, received_at=at), at)
    fields = [
        {"field": "title", "value": "Gérant", "confidence": 0.7, "source": "signature"},
        {"field": "phone_mobile", "value": "+33612345678", "confidence": 0.6, "source": "llm"},
        {"field": "website", "value": "patrimoine.fr", "confidence": 0.5, "source": "signature"},
    ]
    cab.conn.execute(
        "select worker.record_signature(null, %s, %s, %s)",
        (msg["message_id"], Jsonb({"confidence": 0.9, "fields": fields}), at),
    )
    return dict(cab.conn.execute("select field, id from public.contact_facts where address = %s", (sender,)).fetchall())


def test_decisions_on_facts_are_recorded_with_their_source_and_confidence(cab: Cabinet) -> None:
    sender = "jean.martin@patrimoine-ouest.fr"
    ids = signature_facts(cab, sender)
    with acting_as(cab.conn, "authenticated", cab.claire, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (ids["title"],))
        c.execute("select public.decide_fact(%s, 'reject')", (ids["phone_mobile"],))
        c.execute("select public.decide_fact(%s, 'edit', 'https://www.patrimoine-ouest.fr')", (ids["website"],))
        # Typed over the title the signature gave: a correction of that reading.
        contact = c.execute("select id from public.contacts where address = %s", (sender,)).fetchone()
        assert contact is not None
        c.execute("select public.set_contact_field(%s, 'title', 'Directeur')", (contact[0],))
        # Typed over a value a person typed: not the AI's, nothing recorded.
        c.execute("select public.set_contact_field(%s, 'title', 'Président')", (contact[0],))
    assert feedback(cab.conn) == [
        (cab.claire, "fact", "approve", "title", "Gérant", "signature", 0.7, None, sender),
        (cab.claire, "fact", "reject", "phone_mobile", "+33612345678", "llm", 0.6, None, sender),
        (cab.claire, "fact", "correct", "website", "patrimoine.fr", "signature", 0.5, "https://www.patrimoine-ouest.fr",
         sender),
        (cab.claire, "fact", "correct", "title", "Gérant", "signature", 0.7, "Directeur", sender),
    ]  # fmt: skip


def test_an_ignored_suggestion_is_recorded_and_stays_a_suggestion_out_of_the_accuracy(cab: Cabinet) -> None:
    """INTELLIGENCE.md: every accept, reject, edit or ignore of a suggestion is recorded; an ignore is no judgement:
    the suggestion still waits, and the accuracy counts it apart."""
    sender = "jean.martin@patrimoine-ouest.fr"
    ids = signature_facts(cab, sender)
    with acting_as(cab.conn, "authenticated", cab.claire, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'ignore')", (ids["website"],))
        c.execute("select public.decide_fact(%s, 'accept')", (ids["title"],))
    assert feedback(cab.conn) == [
        (cab.claire, "fact", "ignore", "website", "patrimoine.fr", "signature", 0.5, None, sender),
        (cab.claire, "fact", "approve", "title", "Gérant", "signature", 0.7, None, sender),
    ]
    status = cab.conn.execute("select status::text from public.contact_facts where id = %s", (ids["website"],))
    assert status.fetchone() == ("suggested",)
    metrics = cab.conn.execute(
        "select class, decisions, ignored, accuracy::float8 from public.ai_accuracy_metrics order by class"
    ).fetchall()
    assert metrics == [("title", 1, 0, 1.0), ("website", 0, 1, None)]


def test_bulk_decisions_record_one_feedback_per_fact(cab: Cabinet) -> None:
    signature_facts(cab, "a@alpha-gestion.fr")
    signature_facts(cab, "b@beta-finance.fr")
    with acting_as(cab.conn, "authenticated", cab.adam, commit=True) as c:
        decided = c.execute("select public.decide_facts(%s, 'reject', p_source => 'signature')", (cab.team,))
        count = decided.fetchone()
    rows = cab.conn.execute(
        "select action, source, count(*) from public.ai_feedback where subject = 'fact' group by 1, 2"
    ).fetchall()
    assert count is not None and rows == [("reject", "signature", count[0])]
    # Two people, title and website each, plus the organisations' name facts the signatures left, if any.
    assert count[0] >= 4


def plant(conn: psycopg.Connection[Any], team: uuid.UUID, rows: list[tuple[str, str, str, str, str]]) -> None:
    for subject, action, klass, source, when in rows:
        conn.execute(
            "insert into public.ai_feedback (team_id, subject, action, class, source, confidence, corrected_value,"
            " occurred_at) values (%s, %s, %s, %s, %s, 0.8, %s, %s)",
            (team, subject, action, klass, source, "x" if action == "correct" else None, when),
        )


def test_accuracy_per_class_source_and_iso_week(cab: Cabinet) -> None:
    # 2030-01-06 is a Sunday (ISO week 2030-W01), 2030-01-07 a Monday (W02).
    plant(
        cab.conn, cab.team,
        [
            ("intent", "approve", "not_now", "rules", "2030-01-06T23:00:00Z"),
            ("intent", "correct", "not_now", "rules", "2030-01-06T10:00:00Z"),
            ("intent", "approve", "not_now", "rules", "2030-01-07T08:00:00Z"),
            ("intent", "approve", "not_now", "rules", "2030-01-08T08:00:00Z"),
            ("intent", "approve", "not_now", "rules", "2030-01-09T08:00:00Z"),
            ("intent", "correct", "not_now", "rules", "2030-01-10T08:00:00Z"),
            ("intent", "approve", "not_now", "llm", "2030-01-07T08:00:00Z"),
            ("fact", "reject", "title", "signature", "2030-01-07T08:00:00Z"),
            ("fact", "approve", "title", "signature", "2030-01-07T09:00:00Z"),
        ],
    )  # fmt: skip
    rows = cab.conn.execute(
        "select subject, class, source, iso_week, week_start, decisions, approved, rejected, corrected,"
        " accuracy::float8 from public.ai_accuracy_metrics where team_id = %s order by 1, 2, 3, 4",
        (cab.team,),
    ).fetchall()
    assert rows == [
        ("fact", "title", "signature", "2030-W02", dt.date(2030, 1, 7), 2, 1, 1, 0, 0.5),
        ("intent", "not_now", "llm", "2030-W02", dt.date(2030, 1, 7), 1, 1, 0, 0, 1.0),
        ("intent", "not_now", "rules", "2030-W01", dt.date(2029, 12, 31), 2, 1, 0, 1, 0.5),
        ("intent", "not_now", "rules", "2030-W02", dt.date(2030, 1, 7), 4, 3, 0, 1, 0.75),
    ]
    daily = cab.conn.execute(
        "select day, decisions, accuracy::float8 from public.ai_accuracy_daily where team_id = %s"
        " and class = 'not_now' and source = 'rules' order by day",
        (cab.team,),
    ).fetchall()
    assert daily == [
        (dt.date(2030, 1, 6), 2, 0.5),
        (dt.date(2030, 1, 7), 1, 1.0),
        (dt.date(2030, 1, 8), 1, 1.0),
        (dt.date(2030, 1, 9), 1, 1.0),
        (dt.date(2030, 1, 10), 1, 0.0),
    ]
    # Under RLS: the team's admins see the team's accuracy, a member only their own decisions (none here).
    with acting_as(cab.conn, "authenticated", cab.adam) as c:
        assert c.execute("select sum(decisions) from public.ai_accuracy_metrics").fetchone() == (9,)
    with acting_as(cab.conn, "authenticated", cab.max) as c:
        assert c.execute("select count(*) from public.ai_accuracy_metrics").fetchone() == (0,)


# RLS ---------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        for team, user, tag in (("team_a", "mia", "a_mia"), ("team_a", "adam", "a_adam"), ("team_b", "bob", "b")):
            row = conn.execute(
                "insert into public.ai_feedback (team_id, user_id, subject, action, class, source, occurred_at)"
                " values (%s, %s, 'intent', 'approve', 'interested', 'rules', %s) returning id",
                (w[team], w[user], T0),
            ).fetchone()
            assert row is not None
            w[f"fb_{tag}"] = row[0]
        yield conn, w
    stack.drop_database(target, name)


def rls_cases() -> list[Case]:
    c: list[Case] = []

    def each(command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case("ai_feedback", command, actor, statement, outcome))

    # The team's admins read it all, a member their own decisions; nobody writes through the API.
    each(
        "select", "select id from public.ai_feedback",
        anon=DENIED, mia=Rows("fb_a_mia"), max=Rows(), adam=Rows("fb_a_mia", "fb_a_adam"),
        olivia=Rows("fb_a_mia", "fb_a_adam"), bob=Rows("fb_b"), zoe=Rows(),
        service=Rows("fb_a_mia", "fb_a_adam", "fb_b"),
    )  # fmt: skip
    writers = dict(anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED)
    each(
        "update", "update public.ai_feedback set class = class returning id",
        **writers, service=Rows("fb_a_mia", "fb_a_adam", "fb_b"),
    )  # fmt: skip
    each("delete", "delete from public.ai_feedback where false returning id", **writers, service=Rows())
    each(
        "insert",
        "insert into public.ai_feedback (team_id, subject, action, class, source, occurred_at)"
        " values ({team_a}, 'intent', 'approve', 'other', 'rules', now()) returning team_id",
        **writers, service=Rows("team_a"),
    )  # fmt: skip
    return c


RLS_CASES = rls_cases()


@pytest.mark.parametrize("case", RLS_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(RLS_CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_the_rls_matrix_covers_every_command_and_role() -> None:
    for command in ("select", "insert", "update", "delete"):
        actors = {c.actor for c in RLS_CASES if c.command == command}
        assert set(EVERYONE) <= actors, command
