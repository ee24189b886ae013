"""Learning from members' choices (issue 13, item 5; ../shared/INTELLIGENCE.md, "Routing, human in the loop,
learning").

Through the SQL contract, as the web app calls it: a member's choices on suggested or typed values are kept 90
days (then deleted by the weekly job), boost the values they accepted before (+10 % per acceptance, at most
+50 %, capped at 1) on their review list, and rank what a form proposes for a field (60 % frequency + 40 %
recency, their own choices first, then the team's). Deciding a suggested fact or typing a value records the
choice in the same transaction. Instants are injected; nothing depends on today's date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.rls import DENIED, Case, Rows, run_case
from tests.story import Mailbox, add_member, inbound, ingest, make_team_with_mailbox
from tests.test_tenancy_rls import EVERYONE, build_world

Conn = psycopg.Connection[Any]
T0 = dt.datetime(2030, 1, 7, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

PREFERENCE = (
    "insert into public.ai_user_preferences (team_id, user_id, field, action, suggested_value, final_value, address,"
    " created_at, expires_at) values (%s, %s, %s, %s, %s, %s, %s, %s, %s + interval '90 days') returning id"
)


def plant(
    conn: Conn, team: uuid.UUID, user: uuid.UUID, field: str, value: str, at: dt.datetime, *, action: str = "manual"
) -> uuid.UUID:
    """A choice made at `at` (setup, as the superuser)."""
    suggested = value if action != "manual" else None
    final = value if action in ("accept", "manual") else None
    row = conn.execute(PREFERENCE, (team, user, field, action, suggested, final, None, at, at)).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def suggestions(
    conn: Conn, user: uuid.UUID, team: uuid.UUID, field: str, now: dt.datetime, prefix: str | None = None
) -> list[tuple[Any, ...]]:
    # The service role on the member's behalf: the only caller that may choose the instant (p_now).
    with acting_as(conn, "service_role", user) as c:
        return c.execute(
            "select value, scope, uses, frequency, recency, score"
            " from public.get_field_suggestions(%s, %s, %s, 10, %s)",
            (team, field, prefix, now),
        ).fetchall()


def prefs(conn: Conn, team: uuid.UUID) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select field, action, suggested_value, final_value, address from public.ai_user_preferences"
        " where team_id = %s order by created_at, field, action",
        (team,),
    ).fetchall()


# Boost --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confidence", "acceptances", "boosted"),
    [
        ("0.60", 0, "0.600"),
        ("0.60", 1, "0.660"),  # +10 % of the confidence, not +0.10
        ("0.60", 2, "0.720"),
        ("0.60", 5, "0.900"),  # +50 %
        ("0.60", 9, "0.900"),  # never more than +50 %
        ("0.50", 3, "0.650"),
        ("0.90", 1, "0.990"),
        ("0.95", 1, "1"),  # capped at 1
        ("0.80", 5, "1"),
    ],
)
def test_a_value_accepted_before_gets_ten_percent_per_acceptance_at_most_fifty_capped_at_one(
    conn: Conn, confidence: str, acceptances: int, boosted: str
) -> None:
    row = conn.execute(
        "select private.boosted_confidence(%s::numeric, %s)", (Decimal(confidence), acceptances)
    ).fetchone()
    assert row == (Decimal(boosted),)


def test_the_review_list_puts_first_what_this_member_accepted_before(conn: Conn) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    admin = add_member(conn, box.team_id, "luc@cabinet-durand.fr", "admin")
    # The view judges expiry at the reader's instant (now()): Claire accepted the title "Gérant" twice in the last
    # days (once as " gérant ": case and spaces aside) and refused it once (no boost for a refusal); an older
    # acceptance has expired.
    for days_ago, expires_in, action, value in (
        (10, 80, "accept", "Gérant"), (5, 85, "accept", " gérant "), (3, 87, "reject", "Gérant"),
        (100, -10, "accept", "Gérant"),
    ):  # fmt: skip
        conn.execute(
            "insert into public.ai_user_preferences (team_id, user_id, field, action, suggested_value, final_value,"
            " created_at, expires_at) values (%s, %s, 'title', %s, %s, %s, now() - make_interval(days => %s),"
            " now() + make_interval(days => %s))",
            (box.team_id, box.owner_id, action, value, value if action == "accept" else None, days_ago, expires_in),
        )
    suggest(conn, box, "marc@finance-conseil.fr", [fld("title", "Gérant", 0.7), fld("name", "Marc Petit", 0.8)])
    query = (
        "select field, value, confidence, past_acceptances, boosted_confidence from public.ranked_fact_suggestions"
        " order by boosted_confidence desc, field"
    )
    with acting_as(conn, "authenticated", box.owner_id) as c:
        assert c.execute(query).fetchall() == [
            ("title", "Gérant", Decimal("0.700"), 2, Decimal("0.840")),
            ("name", "Marc Petit", Decimal("0.800"), 0, Decimal("0.800")),
        ]
    # Another reviewer (an admin of the team) never accepted it: no boost for them.
    with acting_as(conn, "authenticated", admin) as c:
        assert c.execute(query).fetchall() == [
            ("name", "Marc Petit", Decimal("0.800"), 0, Decimal("0.800")),
            ("title", "Gérant", Decimal("0.700"), 0, Decimal("0.700")),
        ]
    # A member of another team sees none of it.
    other = make_team_with_mailbox(conn, address="bob@cabinet-b.fr", domains=("cabinet-b.fr",))
    with acting_as(conn, "authenticated", other.owner_id) as c:
        assert c.execute(query).fetchall() == []
    # The stored confidence, the one auto-apply and accuracy are judged on, is unchanged.
    assert conn.execute("select confidence from public.contact_facts where value = 'Gérant'").fetchone() == (
        Decimal("0.700"),
    )


# Ranking ------------------------------------------------------------------------------------------------------


def test_field_suggestions_rank_by_sixty_percent_frequency_and_forty_percent_recency(conn: Conn) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    me, team = box.owner_id, box.team_id
    for days in (60, 70, 80, 85):  # used often, long ago
        plant(conn, team, me, "title", "Gérant", T0 - days * DAY)
    for days in (0, 30):  # less often, today
        plant(conn, team, me, "title", "Directeur financier", T0 - days * DAY)
    plant(conn, team, me, "title", "DAF", T0 - 9 * DAY, action="accept")
    plant(conn, team, me, "title", "Stagiaire", T0 - 5 * DAY, action="reject")  # refused: never proposed
    plant(conn, team, me, "company", "Durand SAS", T0)  # another field
    plant(conn, team, me, "title", "Plus tard", T0 + DAY)  # after the instant asked about
    # Gérant: 0.6 x 4/4 + 0.4 x (1 - 60/90); Directeur financier: 0.6 x 2/4 + 0.4 x 1; DAF: 0.6 x 1/4 + 0.4 x 0.9.
    assert suggestions(conn, me, team, "title", T0) == [
        ("Gérant", "mine", 4, Decimal("1.0000"), Decimal("0.3333"), Decimal("0.7333")),
        ("Directeur financier", "mine", 2, Decimal("0.5000"), Decimal("1.0000"), Decimal("0.7000")),
        ("DAF", "mine", 1, Decimal("0.2500"), Decimal("0.9000"), Decimal("0.5100")),
    ]
    # One more recent use: 0.6 x 3/4 + 0.4 x 1 = 0.85 overtakes Gérant's 0.7333.
    plant(conn, team, me, "title", "directeur financier ", T0 - DAY)
    ranked = suggestions(conn, me, team, "title", T0)
    assert [(v, score) for v, _, _, _, _, score in ranked] == [
        ("Directeur financier", Decimal("0.8500")),
        ("Gérant", Decimal("0.7333")),
        ("DAF", Decimal("0.5100")),
    ]
    # A prefix, case aside.
    assert [r[0] for r in suggestions(conn, me, team, "title", T0, prefix="di")] == ["Directeur financier"]
    # 30 days later Gérant's uses have all expired (90 days each): gone, and the frequencies are of what is left
    # (Directeur financier 3 uses, the most); "Plus tard", chosen after T0, counts now.
    assert suggestions(conn, me, team, "title", T0 + 30 * DAY) == [
        ("Directeur financier", "mine", 3, Decimal("1.0000"), Decimal("0.6667"), Decimal("0.8667")),
        ("Plus tard", "mine", 1, Decimal("0.3333"), Decimal("0.6778"), Decimal("0.4711")),
        ("DAF", "mine", 1, Decimal("0.3333"), Decimal("0.5667"), Decimal("0.4267")),
    ]


def test_the_members_own_choices_come_first_then_the_teams_never_another_teams(conn: Conn) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    me, team = box.owner_id, box.team_id
    mate = add_member(conn, team, "luc@cabinet-durand.fr")
    other = make_team_with_mailbox(conn, address="bob@cabinet-b.fr", domains=("cabinet-b.fr",))
    plant(conn, team, me, "title", "Gérant", T0 - 80 * DAY)  # mine, old and rare
    for days in range(5):  # the team's favourite, often and lately
        plant(conn, team, mate, "title", "Associé", T0 - days * DAY)
    plant(conn, team, mate, "title", "Gérant", T0)  # mine too: shown once, as mine
    plant(conn, team, mate, "title", "Comptable", T0 - 45 * DAY)
    plant(conn, other.team_id, other.owner_id, "title", "Président", T0)  # another team's
    assert [(v, scope, uses) for v, scope, uses, *_ in suggestions(conn, me, team, "title", T0)] == [
        ("Gérant", "mine", 1),
        ("Associé", "team", 5),
        ("Comptable", "team", 1),
    ]
    # The teammate's own first: theirs are Associé and Gérant; Claire's Gérant is already theirs.
    assert [(v, scope) for v, scope, *_ in suggestions(conn, mate, team, "title", T0)] == [
        ("Associé", "mine"),
        ("Gérant", "mine"),
        ("Comptable", "mine"),
    ]
    # Falling back to the team's when the member has chosen nothing.
    newcomer = add_member(conn, team, "nina@cabinet-durand.fr")
    assert [(v, scope) for v, scope, *_ in suggestions(conn, newcomer, team, "title", T0)] == [
        ("Associé", "team"),
        ("Gérant", "team"),
        ("Comptable", "team"),
    ]
    assert [(v, scope) for v, scope, *_ in suggestions(conn, other.owner_id, other.team_id, "title", T0)] == [
        ("Président", "mine")
    ]


# Expiry -------------------------------------------------------------------------------------------------------


def test_choices_expire_after_ninety_days_and_the_weekly_job_deletes_them(conn: Conn) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    with acting_as(conn, "service_role", box.owner_id, commit=True) as c:
        c.execute(
            "select public.track_field_choice(%s, 'title', 'manual', p_final_value => 'Gérant', p_now => %s)",
            (box.team_id, T0),
        )
        c.execute(
            "select public.track_field_choice(%s, 'title', 'ignore', 'DAF', p_now => %s)", (box.team_id, T0 + DAY)
        )
    row = conn.execute("select min(expires_at - created_at) from public.ai_user_preferences").fetchone()
    assert row == (dt.timedelta(days=90),)
    purge = "select private.purge_expired_preferences(%s)"
    assert conn.execute(purge, (T0 + 90 * DAY - dt.timedelta(seconds=1),)).fetchone() == (0,)
    # Expired, but not deleted yet: no longer proposed.
    assert suggestions(conn, box.owner_id, box.team_id, "title", T0 + 90 * DAY) == []
    assert conn.execute(purge, (T0 + 90 * DAY,)).fetchone() == (1,)
    assert [r[1] for r in prefs(conn, box.team_id)] == ["ignore"]
    assert conn.execute(purge, (T0 + 91 * DAY,)).fetchone() == (1,)
    assert conn.execute(purge, (T0 + 91 * DAY,)).fetchone() == (0,), "idempotent"
    job = conn.execute(
        "select prosrc like '%%relance-ai-preferences-purge%%0 4 * * 0%%purge_expired_preferences()%%'"
        " from pg_proc where proname = 'schedule_jobs'"
    ).fetchone()
    assert job == (True,), "registered by name, weekly (Sunday 04:29 UTC)"


# Recorded with the decisions ----------------------------------------------------------------------------------


def fld(name: str, value: str, confidence: float) -> dict[str, Any]:
    return {"field": name, "value": value, "confidence": confidence, "source": "signature"}


def suggest(conn: Conn, box: Mailbox, sender: str, fields: list[dict[str, Any]]) -> uuid.UUID:
    msg = ingest(conn, box.mailbox_id, inbound(box, sender, received_at=T0), T0)["message_id"]
    conn.execute(
        "select worker.record_signature(null, %s, %s, %s)", (msg, Jsonb({"confidence": 0.8, "fields": fields}), T0)
    )
    return uuid.UUID(str(msg))


def fact(conn: Conn, field: str, value: str, table: str = "contact_facts") -> uuid.UUID:
    row = conn.execute(f"select id from public.{table} where field = %s and value = %s", (field, value)).fetchone()
    assert row is not None, (field, value)
    return uuid.UUID(str(row[0]))


def test_deciding_a_suggestion_or_typing_a_value_records_the_choice(conn: Conn) -> None:
    box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
    marc = "marc@finance-conseil.fr"
    suggest(
        conn, box, marc,
        [fld("title", "Gérant", 0.7), fld("phone_fax", "+33 1 23 45 67 89", 0.6), fld("website", "finance.fr", 0.6),
         fld("company", "Finance Conseil", 0.6), fld("postal_address", "1 rue de la Paix, Paris", 0.6)],
    )  # fmt: skip
    contact = conn.execute("select id from public.contacts where address = %s", (marc,)).fetchone()
    assert contact is not None
    # The facts' ids, found by value before acting as Claire: members select no value from contact_facts.
    title, fax, website, postal = (
        fact(conn, "title", "Gérant"),
        fact(conn, "phone_fax", "+33 1 23 45 67 89"),
        fact(conn, "website", "finance.fr"),
        fact(conn, "postal_address", "1 rue de la Paix, Paris"),
    )
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        c.execute("select public.decide_fact(%s, 'accept')", (title,))
        c.execute("select public.decide_fact(%s, 'reject')", (fax,))
        c.execute("select public.decide_fact(%s, 'edit', ' www.finance.fr ')", (website,))
        # The organisation's name is the field company.
        c.execute(
            "select public.decide_fact(%s, 'accept')", (fact(conn, "name", "Finance Conseil", "organisation_facts"),)
        )
        c.execute("select public.set_contact_field(%s, 'name', 'Marc Petit')", (contact[0],))
    got = {(f, a, s, v, addr) for f, a, s, v, addr in prefs(conn, box.team_id)}
    assert got == {
        ("title", "accept", "Gérant", "Gérant", marc),
        ("phone_fax", "reject", "+33 1 23 45 67 89", None, marc),
        ("website", "manual", "finance.fr", "www.finance.fr", marc),
        ("company", "accept", "Finance Conseil", "Finance Conseil", None),
        ("name", "manual", None, "Marc Petit", marc),
    }
    # Bulk decisions: one choice per fact decided.
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        rejected = c.execute("select public.decide_facts(%s, 'reject', p_field => 'company')", (box.team_id,))
        assert rejected.fetchone() == (1,)
    assert ("company", "reject", "Finance Conseil", None, marc) in set(prefs(conn, box.team_id))
    assert len(prefs(conn, box.team_id)) == 6
    # A decision that fails records nothing (same transaction).
    before = prefs(conn, box.team_id)
    with pytest.raises(psycopg.errors.InvalidParameterValue), acting_as(conn, "authenticated", box.owner_id) as c:
        c.execute("select public.decide_fact(%s, 'edit')", (postal,))
    assert prefs(conn, box.team_id) == before
    # The service role deciding for nobody records no choice and still decides.
    conn.execute("select public.decide_fact(%s, 'accept')", (fact(conn, "postal_address", "1 rue de la Paix, Paris"),))
    assert prefs(conn, box.team_id) == before


# RPCs, as members and admins of two teams and as anon ---------------------------------------------------------


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[Conn, dict[str, uuid.UUID]]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        for key, team, user, value in (
            ("pref_mia", "team_a", "mia", "Gérant"),
            ("pref_max", "team_a", "max", "Associé"),
            ("pref_bob", "team_b", "bob", "Président"),
        ):
            # Chosen a day before the server's instant: alive for the RPCs that judge at now().
            row = conn.execute(
                PREFERENCE.replace("%s, %s + interval", "now() - interval '1 day', now() + interval"),
                (w[team], w[user], "title", "manual", None, value, f"p@{team}.example"),
            ).fetchone()
            assert row is not None
            w[key] = row[0]
        yield conn, w
    stack.drop_database(target, name)


def rls_cases() -> list[Case]:
    c: list[Case] = []

    def each(command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case("ai_user_preferences", command, actor, statement, outcome))

    every = Rows("pref_mia", "pref_max", "pref_bob")
    # A member reads their own; the team's admins and owner read the team's.
    each(
        "select", "select id from public.ai_user_preferences",
        anon=DENIED, mia=Rows("pref_mia"), max=Rows("pref_max"), nina=Rows(), adam=Rows("pref_mia", "pref_max"),
        olivia=Rows("pref_mia", "pref_max"), bob=Rows("pref_bob"), zoe=Rows(), service=every,
    )  # fmt: skip
    # Nobody writes directly: the RPCs do.
    each(
        "insert",
        "insert into public.ai_user_preferences (team_id, user_id, field, action, final_value, created_at, expires_at)"
        " values ({team_a}, {mia}, 'title', 'manual', 'x', now(), now() + interval '90 days') returning 'new'",
        anon=DENIED, mia=DENIED, max=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows("new"),
    )  # fmt: skip
    each(
        "update", "update public.ai_user_preferences set final_value = final_value returning id",
        anon=DENIED, mia=DENIED, max=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=every,
    )  # fmt: skip
    # A member deletes their own, and only theirs (an admin reads the team's but deletes only their own).
    each(
        "delete", "delete from public.ai_user_preferences returning id",
        anon=DENIED, mia=Rows("pref_mia"), max=Rows("pref_max"), nina=Rows(), adam=Rows(), olivia=Rows(),
        bob=Rows("pref_bob"), zoe=Rows(), service=every,
    )  # fmt: skip
    return c


RLS_CASES = rls_cases()


@pytest.mark.parametrize("case", RLS_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(RLS_CASES)])
def test_rls_matrix(world_conn: tuple[Conn, dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_the_preferences_are_covered_for_every_command_and_role() -> None:
    for command in ("select", "insert", "update", "delete"):
        assert set(EVERYONE) <= {c.actor for c in RLS_CASES if c.command == command}, command


def attempt(conn: Conn, w: dict[str, uuid.UUID], actor: str, *statements: tuple[str, tuple[Any, ...]]) -> Any:
    """The statements as one request of `actor`: the last one's rows, or the SQLSTATE of the error."""
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    try:
        with acting_as(conn, role, user) as c:
            rows: list[tuple[Any, ...]] = []
            for statement, args in statements:
                rows = c.execute(statement, args).fetchall()
            return rows
    except psycopg.Error as exc:
        return sqlstate(exc) or str(exc)


@pytest.mark.parametrize(
    ("actor", "team", "outcome"),
    [
        ("mia", "team_a", "ok"),
        ("adam", "team_a", "ok"),
        ("bob", "team_b", "ok"),
        ("mia", "team_b", "42501"),
        ("adam", "team_b", "42501"),
        ("bob", "team_a", "42501"),
        ("zoe", "team_a", "42501"),
        ("anon", "team_a", "42501"),
    ],
)
def test_a_choice_is_tracked_by_a_member_of_the_team_only(
    world_conn: tuple[Conn, dict[str, uuid.UUID]], actor: str, team: str, outcome: str
) -> None:
    conn, w = world_conn
    got = attempt(
        conn, w, actor,
        ("select public.track_field_choice(%s, 'title', 'accept', ' Gérant ', p_address => ' Marc@Finance.fr ')",
         (w[team],)),
        ("select team_id, action, suggested_value, final_value, address, expires_at - created_at"
         " from public.ai_user_preferences where address = 'marc@finance.fr' and user_id = auth.uid()", ()),
    )  # fmt: skip
    tracked = [(w[team], "accept", "Gérant", "Gérant", "marc@finance.fr", dt.timedelta(days=90))]
    assert ("ok" if got == tracked else got) == outcome


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("salary", "manual", None, "x"), "p_field"),
        ((None, "manual", None, "x"), "p_field"),
        (("title", "approve", "x", None), "p_action"),
        (("title", "accept", None, None), "accept needs the suggested value"),
        (("title", "reject", "  ", None), "reject needs the suggested value"),
        (("title", "ignore", "Gérant", "DAF"), "keeps no value"),
        (("title", "accept", "Gérant", "DAF"), "an accepted value is the suggested one"),
        (("title", "manual", "Gérant", None), "manual needs the value"),
        (("title", "manual", None, "x" * 501), "at most 500"),
    ],
)
def test_a_bad_choice_is_refused_with_a_clear_error_and_records_nothing(
    world_conn: tuple[Conn, dict[str, uuid.UUID]], args: tuple[Any, ...], message: str
) -> None:
    conn, w = world_conn
    before = conn.execute("select count(*) from public.ai_user_preferences").fetchone()
    with pytest.raises(psycopg.errors.InvalidParameterValue) as refused, acting_as(conn, "authenticated", w["mia"]):
        conn.execute("select public.track_field_choice(%s, %s, %s, %s, %s)", (w["team_a"], *args))
    assert message in str(refused.value)
    assert conn.execute("select count(*) from public.ai_user_preferences").fetchone() == before


def test_a_choice_about_a_bad_address_is_refused(world_conn: tuple[Conn, dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    with pytest.raises(psycopg.errors.InvalidParameterValue) as bad, acting_as(conn, "authenticated", w["mia"]):
        conn.execute(
            "select public.track_field_choice(%s, 'title', 'manual', null, 'x', 'not an address')", (w["team_a"],)
        )
    assert "p_address" in str(bad.value)


@pytest.mark.parametrize(
    ("actor", "team", "outcome"),
    [
        ("mia", "team_a", [("Gérant", "mine"), ("Associé", "team")]),
        ("max", "team_a", [("Associé", "mine"), ("Gérant", "team")]),
        ("adam", "team_a", [("Associé", "team"), ("Gérant", "team")]),
        ("bob", "team_b", [("Président", "mine")]),
        ("bob", "team_a", "42501"),
        ("zoe", "team_a", "42501"),
        ("anon", "team_a", "42501"),
    ],
)
def test_field_suggestions_are_for_members_of_the_team(
    world_conn: tuple[Conn, dict[str, uuid.UUID]], actor: str, team: str, outcome: Any
) -> None:
    conn, w = world_conn
    got = attempt(conn, w, actor, ("select value, scope from public.get_field_suggestions(%s, 'title')", (w[team],)))
    assert got == outcome


def test_field_suggestions_refuse_an_unknown_field_or_limit(world_conn: tuple[Conn, dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    for statement, message in (
        ("select * from public.get_field_suggestions(%s, 'salary')", "p_field"),
        ("select * from public.get_field_suggestions(%s, 'title', p_limit => 0)", "p_limit"),
    ):
        with pytest.raises(psycopg.errors.InvalidParameterValue) as refused, acting_as(conn, "authenticated", w["mia"]):
            conn.execute(statement, (w["team_a"],))
        assert message in str(refused.value)


def test_a_members_learning_stats_are_their_own(world_conn: tuple[Conn, dict[str, uuid.UUID]]) -> None:
    conn, w = world_conn
    with acting_as(conn, "service_role", w["mia"]) as c:
        for action, suggested, final in (
            ("accept", "Gérant", None), ("accept", "DAF", None), ("reject", "Stagiaire", None),
            ("manual", "Associé", "Associée"), ("ignore", "X", None),
        ):  # fmt: skip
            c.execute(
                "select public.track_field_choice(%s, 'title', %s, %s, %s, p_now => %s)",
                (w["team_a"], action, suggested, final, T0),
            )
        c.execute("select public.track_field_choice(%s, 'company', 'accept', 'Durand', p_now => %s)", (w["team_a"], T0))
        stats = c.execute(
            "select field, accepted, rejected, manual, ignored, total, acceptance_rate, last_choice_at"
            " from public.get_learning_stats(%s, %s)",
            (w["team_a"], T0 + DAY),
        ).fetchall()
        # Of her 4 decided title suggestions (an ignore is no decision), 2 kept as suggested. Her choice of the
        # world (made at the server's instant) has expired by T0 + 1 day, in 2030.
        assert stats == [
            ("company", 1, 0, 0, 0, 1, Decimal("1.0000"), T0),
            ("title", 2, 1, 1, 1, 5, Decimal("0.5000"), T0),
        ]
        assert c.execute(
            "select count(*) from public.get_learning_stats(%s, %s)", (w["team_a"], T0 + 91 * DAY)
        ).fetchone() == (0,)
    for actor in ("bob", "zoe"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, "authenticated", w[actor]) as c:
            c.execute("select * from public.get_learning_stats(%s)", (w["team_a"],))
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, "anon") as c:
        c.execute("select * from public.get_learning_stats(%s)", (w["team_a"],))


@pytest.mark.parametrize(
    ("actor", "team", "deleted", "left"),
    [
        ("mia", None, 1, {"pref_max", "pref_bob"}),
        ("mia", "team_b", 0, {"pref_mia", "pref_max", "pref_bob"}),
        ("adam", "team_a", 0, {"pref_mia", "pref_max", "pref_bob"}),
        ("bob", "team_b", 1, {"pref_mia", "pref_max"}),
        ("anon", None, "42501", {"pref_mia", "pref_max", "pref_bob"}),
    ],
)
def test_a_member_deletes_their_own_preferences_and_nobody_elses(
    world_conn: tuple[Conn, dict[str, uuid.UUID]], actor: str, team: str | None, deleted: Any, left: set[str]
) -> None:
    conn, w = world_conn
    names = {w[k]: k for k in ("pref_mia", "pref_max", "pref_bob")}
    role, user = ("anon", None) if actor == "anon" else ("authenticated", w[actor])
    remaining = "select id from public.ai_user_preferences where id = any(%s)"
    try:
        with acting_as(conn, role, user) as c:
            row = c.execute("select public.delete_my_preferences(%s)", (w[team] if team else None,)).fetchone()
            got: Any = row[0] if row else None
            # What is left, as the superuser sees it, before the request is rolled back.
            c.execute("reset role")
            left_now = {names[r[0]] for r in c.execute(remaining, (list(names),)).fetchall()}
    except psycopg.Error as exc:
        got = sqlstate(exc)
        left_now = {names[r[0]] for r in conn.execute(remaining, (list(names),)).fetchall()}
    assert (got, left_now) == (deleted, left)
