"""Routing rules (issue 13, item 3): who should act on a reply. A team's rules are tried in order and the first
enabled one whose conditions all match wins (assign, label, notify); no match falls back to the mailbox's owner.
Rules are managed by the team's admins through validated, audited RPCs; members read them under RLS.

Replies are recorded as the intelligence worker records them (worker.record_intent), with injected instants.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from relance import stack
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.rls import DENIED, Case, Rows, run_case
from tests.story import Mailbox, add_mailbox, add_member, inbound_reply, ingest, make_team_with_mailbox, outbound
from tests.test_tenancy_rls import EVERYONE, build_world

T0 = dt.datetime(2030, 1, 8, 10, 0, tzinfo=dt.UTC)  # a Tuesday
PROSPECT = "marc.petit@finance-conseil.fr"


class Cabinet:
    """Claire's team: Claire (owner, her mailbox), Max (member), Adam (admin)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self.box: Mailbox = make_team_with_mailbox(
            conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",)
        )
        self.team = self.box.team_id
        self.claire = self.box.owner_id
        self.max = add_member(conn, self.team, "max@cabinet-durand.fr")
        self.adam = add_member(conn, self.team, "adam@cabinet-durand.fr", "admin")
        self.n = 0

    def rule(self, name: str, **kw: Any) -> uuid.UUID:
        """An admin's create_routing_rule (as the service role: the RPC's checks are tested separately)."""
        args = ", ".join(f"p_{k} => %({k})s" for k in kw)
        row = self.conn.execute(
            f"select public.create_routing_rule(%(team)s, %(name)s{', ' + args if args else ''})",
            {"team": self.team, "name": name, **kw},
        ).fetchone()
        assert row is not None
        rule_id: uuid.UUID = row[0]
        return rule_id

    def reply(
        self,
        body: str,
        label: str,
        *,
        sender: str = PROSPECT,
        subject: str = "Notre proposition",
        box: Mailbox | None = None,
    ) -> tuple[uuid.UUID, uuid.UUID]:
        """Claire (or `box`) writes to `sender`, who answers `body`, read as `label`: (tracked email, reply)."""
        self.n += 1
        box = box or self.box
        at = T0 + dt.timedelta(minutes=self.n)
        sent = outbound(box, sender, sent_at=at - dt.timedelta(days=2), subject=subject)
        row = ingest(self.conn, box.mailbox_id, sent, at - dt.timedelta(days=2))
        tracked = self.conn.execute(
            "select id from public.tracked_emails where message_id = %s", (row["message_id"],)
        ).fetchone()
        assert tracked is not None
        reply = ingest(self.conn, box.mailbox_id, inbound_reply(sent, received_at=at, body_text=body), at)
        reply_id = uuid.UUID(str(reply["message_id"]))
        self.conn.execute(
            "select worker.record_intent(%s, %s, 0.9, 'rules', p_evidence => 'test', p_now => %s)",
            (reply_id, label, at),
        )
        return tracked[0], reply_id

    def route(self, message_id: uuid.UUID) -> tuple[Any, ...] | None:
        return self.conn.execute(
            "select assigned_to, labels, rule_id from public.message_routes where message_id = %s", (message_id,)
        ).fetchone()


@pytest.fixture
def cab(db_url: str) -> Iterator[Cabinet]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield Cabinet(conn)


def test_the_first_matching_rule_wins_in_their_order(cab: Cabinet) -> None:
    by_intent = cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max)
    by_word = cab.rule("Mot devis à Adam", keywords=["devis"], assign_to=cab.adam)
    _, first = cab.reply("Pouvez-vous m'envoyer un devis ?", "quote_request")
    assert cab.route(first) == (cab.max, [], by_intent)
    # Reordered: the keyword rule comes first and wins the next reply.
    cab.conn.execute("select public.reorder_routing_rules(%s, %s)", (cab.team, [by_word, by_intent]))
    positions = cab.conn.execute("select name, position from public.list_routing_rules(%s)", (cab.team,)).fetchall()
    assert positions == [("Mot devis à Adam", 1), ("Devis à Max", 2)]
    _, second = cab.reply("Un devis, s'il vous plaît.", "quote_request")
    assert cab.route(second) == (cab.adam, [], by_word)
    # Disabled, it is skipped: the next rule in order wins.
    cab.conn.execute("select public.set_routing_rule_enabled(%s, false)", (by_word,))
    _, third = cab.reply("Et un devis de plus.", "quote_request")
    assert cab.route(third) == (cab.max, [], by_intent)


def test_no_matching_rule_assigns_the_reply_to_the_mailbox_owner(cab: Cabinet) -> None:
    cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max)
    tracked, reply = cab.reply("Merci, je regarde.", "interested")
    assert cab.route(reply) == (cab.claire, [], None)
    reasons = cab.conn.execute(
        "select reason from public.events where tracked_email_id = %s and kind = 'routed'", (tracked,)
    ).fetchall()
    assert reasons == [
        ("interested: no routing rule matched, assigned to the mailbox's owner (claire@cabinet-durand.fr)",)
    ]
    # No rule, no routed notification.
    assert cab.conn.execute("select count(*) from public.notifications where kind = 'routed'").fetchone() == (0,)


@pytest.mark.parametrize(
    ("conditions", "body", "label", "matches"),
    [
        ({"intents": ["meeting_request"]}, "Pouvons-nous nous appeler ?", "meeting_request", True),
        ({"intents": ["meeting_request", "quote_request"]}, "Un devis ?", "quote_request", True),
        ({"intents": ["meeting_request"]}, "Merci.", "interested", False),
        ({"sender_domains": ["Finance-Conseil.FR"]}, "Merci.", "interested", True),
        ({"sender_domains": ["@finance-conseil.fr"]}, "Merci.", "interested", True),
        ({"sender_domains": ["conseil.fr"]}, "Merci.", "interested", False),  # a suffix is not a parent domain
        ({"sender_domains": ["autre.fr"]}, "Merci.", "interested", False),
        # Keywords: whole words, case- and accent-insensitive, in the new text or the subject.
        ({"keywords": ["échéance"]}, "Quelle est l'ECHEANCE du contrat ?", "information_request", True),
        ({"keywords": ["echeance"]}, "Avant l'Échéance, merci.", "information_request", True),
        ({"keywords": ["Rendez-vous"]}, "Un RENDEZ-VOUS mardi ?", "meeting_request", True),
        ({"keywords": ["devis"]}, "Nous devisons encore.", "interested", False),  # not a whole word
        ({"keywords": ["prix"]}, "Les prix, svp.", "information_request", True),
        ({"keywords": ["tarif", "prix bas"]}, "Au prix   bas !", "interested", True),
        ({"keywords": ["prix bas"]}, "Au prix le plus bas.", "interested", False),
        ({"keywords": ["proposition"]}, "Merci.", "interested", True),  # in the subject
        ({"keywords": ["merci"], "intents": ["quote_request"]}, "Merci.", "interested", False),  # every kind
    ],
)
def test_each_condition_kind_matches_as_documented(
    cab: Cabinet, conditions: dict[str, Any], body: str, label: str, matches: bool
) -> None:
    rule = cab.rule("Règle", **conditions, labels=["vu"])
    _, reply = cab.reply(body, label)
    route = cab.route(reply)
    assert route is not None
    assert (route[2] == rule) is matches
    assert route[1] == (["vu"] if matches else [])


def test_a_mailbox_condition_matches_that_mailbox_only(cab: Cabinet) -> None:
    other = add_mailbox(cab.conn, cab.team, cab.max, "max@cabinet-durand.fr")
    rule = cab.rule("Boîte de Max", mailbox_ids=[other.mailbox_id], labels=["max"])
    _, on_claire = cab.reply("Merci.", "interested")
    _, on_max = cab.reply("Merci.", "interested", box=other)
    assert cab.route(on_claire) == (cab.claire, [], None)
    # No assignee in the rule: the mailbox's owner (Max) keeps it, with the label.
    assert cab.route(on_max) == (cab.max, ["max"], rule)


def test_a_rules_actions_assign_label_and_notify_and_are_on_the_timeline(cab: Cabinet) -> None:
    rule = cab.rule(
        "Devis urgents",
        intents=["quote_request"],
        assign_to=cab.max,
        labels=["urgent", "devis"],
        notify_user_id=cab.adam,
    )
    tracked, reply = cab.reply("Pouvez-vous m'envoyer un devis ?", "quote_request")
    assert cab.route(reply) == (cab.max, ["urgent", "devis"], rule)
    notes = cab.conn.execute(
        "select owner_id, kind::text, reason from public.notifications where message_id = %s order by kind", (reply,)
    ).fetchall()
    # The quote request is told to the member who acts on it (the assignee), the rule's notification to Adam.
    assert notes == [
        (cab.max, "quote_request", f"{PROSPECT} asks for a quote"),
        (cab.adam, "routed", f'{PROSPECT}: quote request (rule "Devis urgents")'),
    ]
    events = cab.conn.execute(
        "select kind, reason from public.events where tracked_email_id = %s and kind in ('routed', 'notified')"
        " order by id",
        (tracked,),
    ).fetchall()
    assert events == [
        (
            "routed",
            'rule 1 "Devis urgents" matched (quote request): assigned to max@cabinet-durand.fr, labels urgent, devis,'
            " adam@cabinet-durand.fr notified",
        ),
        ("notified", f"max@cabinet-durand.fr is notified: {PROSPECT} asks for a quote"),
    ]
    # "Assigned to me": Max sees it (though not the message's intent, which stays with its mailbox).
    with acting_as(cab.conn, "authenticated", cab.max) as c:
        mine = c.execute(
            "select message_id, labels from public.message_routes where assigned_to = auth.uid()"
        ).fetchall()
        assert mine == [(reply, ["urgent", "devis"])]
        assert c.execute("select count(*) from public.notifications").fetchone() == (1,)
    # Notify only: the mailbox's owner keeps the reply, the member notified is told.
    only = cab.rule("Prévenir Adam", intents=["meeting_request"], notify_user_id=cab.adam)
    _, meeting = cab.reply("On s'appelle ?", "meeting_request")
    assert cab.route(meeting) == (cab.claire, [], only)
    assert cab.conn.execute(
        "select owner_id from public.notifications where message_id = %s and kind = 'routed'", (meeting,)
    ).fetchall() == [(cab.adam,)]


def test_a_member_leaving_the_team_takes_the_rules_naming_them(cab: Cabinet) -> None:
    cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max)
    kept = cab.rule("Étiquette", intents=["quote_request"], labels=["devis"])
    cab.conn.execute("delete from public.team_members where team_id = %s and user_id = %s", (cab.team, cab.max))
    _, reply = cab.reply("Un devis ?", "quote_request")
    assert cab.route(reply) == (cab.claire, ["devis"], kept)


def test_a_rule_that_goes_with_an_anonymised_member_is_on_the_audit_trail_as_it_was(cab: Cabinet) -> None:
    """PRIVACY.md: routing rule changes are audited, before and after. Adam anonymises Max; the rule that assigned
    to Max and the one that notified him go with his membership, each audited as deleted with the rule as it was;
    the rule naming nobody stays, unaudited."""
    assigned = cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max)
    notified = cab.rule("Réunions", intents=["meeting_request"], labels=["rdv"], notify_user_id=cab.max)
    kept = cab.rule("Étiquette", intents=["quote_request"], labels=["devis"])
    with acting_as(cab.conn, "authenticated", cab.adam, commit=True) as c:
        c.execute("select public.anonymise_member(%s, %s, 'départ', null)", (cab.team, cab.max))
    rows = cab.conn.execute(
        "select entity_id, action, before ->> 'name', after ->> 'member', actor_id from public.audit_log"
        " where team_id = %s and entity_type = 'routing_rule' and action = 'deleted' order by entity_id",
        (cab.team,),
    ).fetchall()
    assert sorted(rows) == sorted(
        [
            (str(assigned), "deleted", "Devis à Max", str(cab.max), cab.adam),
            (str(notified), "deleted", "Réunions", str(cab.max), cab.adam),
        ]
    )
    assert [r[0] for r in cab.conn.execute("select id from public.routing_rules where team_id = %s", (cab.team,))] == [
        kept
    ]


def test_the_member_a_reply_is_routed_to_reads_it_and_its_intent_and_nothing_else_of_the_mailbox(
    cab: Cabinet,
) -> None:
    """A rule that assigns a reply to Max, who has no mailbox, gives him that reply to act on: he reads it and its
    intent, not the email it answers nor another reply of Claire's mailbox; once it is routed elsewhere (Claire
    corrects its intent), not even that one. Another member reads none of it."""
    cab.rule("Devis à Max", intents=["quote_request"], assign_to=cab.max)
    _, quote = cab.reply("Pouvez-vous m'envoyer un devis ?", "quote_request")
    cab.reply("Merci, je regarde.", "interested")
    other = add_member(cab.conn, cab.team, "lea@cabinet-durand.fr")

    def seen(user: uuid.UUID) -> tuple[set[Any], set[Any]]:
        with acting_as(cab.conn, "authenticated", user) as c:
            messages = {r[0] for r in c.execute("select id from public.messages")}
            intents = {r[0] for r in c.execute("select message_id from public.message_intents")}
        return messages, intents

    assert seen(cab.max) == ({quote}, {quote})
    assert seen(other) == (set(), set())
    with acting_as(cab.conn, "authenticated", cab.claire, commit=True) as c:
        c.execute("select public.correct_intent(%s, 'interested')", (quote,))
    assert cab.route(quote) == (cab.claire, [], None)
    assert seen(cab.max) == (set(), set())


def call(conn: psycopg.Connection[Any], user: uuid.UUID | None, statement: str, **params: Any) -> Any:
    """Run an RPC as `user` (None: anon); the sqlstate and message of its error, or its result."""
    role = "authenticated" if user else "anon"
    try:
        with acting_as(conn, role, user, commit=True) as c:
            row = c.execute(statement, params).fetchone()
            return row[0] if row else None
    except psycopg.Error as exc:
        return (sqlstate(exc), exc.diag.message_primary)


BAD_KEYWORD = (
    'bad keyword "dev*s": letters and digits, words separated by a space, a hyphen or an apostrophe, at most 100'
    " characters"
)
CREATE = (
    "select public.create_routing_rule(%(team)s, %(name)s, p_intents => %(intents)s, p_keywords => %(keywords)s,"
    " p_sender_domains => %(domains)s, p_assign_to => %(assign)s, p_labels => %(labels)s)"
)


def create_args(cab: Cabinet, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "team": cab.team, "name": "Règle", "intents": ["quote_request"], "keywords": [], "domains": [],
        "assign": cab.max, "labels": [],
    }  # fmt: skip
    return args | over


@pytest.mark.parametrize(
    ("over", "expected"),
    [
        ({"intents": ["maybe"]}, ("22023", 'unknown intent "maybe"')),
        ({"assign": "stranger"}, ("22023", "p_assign_to: the assignee is not a member of this team")),
        (
            {"intents": [], "keywords": [], "domains": []},
            ("22023", "a routing rule needs at least one condition (intents, sender domains, keywords or mailboxes)"),
        ),
        (
            {"assign": None},
            ("22023", "a routing rule needs at least one action (assign to a member, add a label or notify a member)"),
        ),
        ({"keywords": ["dev*s"]}, ("22023", BAD_KEYWORD)),
        ({"keywords": ["  "]}, ("22023", None)),
        ({"keywords": ["x" * 101]}, ("22023", None)),
        ({"domains": ["not a domain"]}, ("22023", 'sender domain "not a domain" is not a domain (such as example.fr)')),
        ({"labels": ["x" * 41]}, ("22023", None)),
        ({"name": " "}, ("22023", "p_name: a rule needs a name (1 to 120 characters)")),
    ],
)
def test_a_bad_rule_is_a_clear_error_and_creates_nothing(
    cab: Cabinet, over: dict[str, Any], expected: tuple[str, str | None]
) -> None:
    stranger = make_team_with_mailbox(cab.conn, address="bob@autre.fr", domains=("autre.fr",)).owner_id
    args = create_args(cab, **over)
    if args["assign"] == "stranger":
        args["assign"] = stranger
    got = call(cab.conn, cab.adam, CREATE, **args)
    assert got[0] == expected[0]
    if expected[1] is not None:
        assert got[1] == expected[1]
    assert cab.conn.execute("select count(*) from public.routing_rules").fetchone() == (0,)
    assert cab.conn.execute("select count(*) from public.audit_log").fetchone() == (0,)


def test_a_team_has_at_most_100_rules(cab: Cabinet) -> None:
    for i in range(100):
        cab.rule(f"Règle {i}", keywords=[f"mot{i}"], labels=["x"])
    got = call(cab.conn, cab.adam, CREATE, **create_args(cab))
    assert got == ("54000", "a team has at most 100 routing rules")


def test_only_the_teams_admins_manage_its_rules_and_its_members_read_them(cab: Cabinet) -> None:
    other = make_team_with_mailbox(cab.conn, address="bob@autre.fr", domains=("autre.fr",), team_name="Autre")
    bob = other.owner_id
    # Members and other teams' admins cannot create; an admin (Adam) and the owner (Claire) can.
    assert call(cab.conn, cab.max, CREATE, **create_args(cab)) == (
        "42501", "only an admin of the team can manage its routing rules"
    )  # fmt: skip
    assert call(cab.conn, bob, CREATE, **create_args(cab))[0] == "42501"
    assert call(cab.conn, None, CREATE, **create_args(cab))[0] == "42501"
    rule = call(cab.conn, cab.adam, CREATE, **create_args(cab))
    assert isinstance(rule, uuid.UUID)
    assert isinstance(call(cab.conn, cab.claire, CREATE, **create_args(cab, name="Deux")), uuid.UUID)
    bob_rule = call(
        cab.conn, bob, "select public.create_routing_rule(%(team)s, 'Bob', p_keywords => array['x'],"
        " p_labels => array['b'])", team=other.team_id,
    )  # fmt: skip
    assert isinstance(bob_rule, uuid.UUID)
    statements = {
        "update": "select public.update_routing_rule(%(rule)s, 'Renommée', p_intents => array['meeting_request'],"
        " p_labels => array['rdv'])",
        "disable": "select public.set_routing_rule_enabled(%(rule)s, false)",
        "delete": "select public.delete_routing_rule(%(rule)s)",
    }
    for what, statement in statements.items():
        assert call(cab.conn, cab.max, statement, rule=rule) == (
            "42501", "only an admin of the team can manage its routing rules"
        ), what  # fmt: skip
        # Another team's rule is not found (its id tells nothing).
        assert call(cab.conn, cab.adam, statement, rule=bob_rule) == ("P0002", "no such routing rule"), what
        assert call(cab.conn, cab.adam, statement, rule=uuid.uuid4()) == ("P0002", "no such routing rule"), what
    reorder = "select public.reorder_routing_rules(%(team)s, %(ids)s)"
    assert call(cab.conn, cab.max, reorder, team=cab.team, ids=[rule])[0] == "42501"
    assert call(cab.conn, cab.adam, reorder, team=cab.team, ids=[rule]) == (
        "22023", "p_rule_ids: every rule of the team, each once, in the new order (the team has 2 rules)"
    )  # fmt: skip
    # Members read their team's rules (the RPC and the table), nobody else's.
    listing = "select array_agg(name order by position) from public.list_routing_rules(%(team)s)"
    assert call(cab.conn, cab.max, listing, team=cab.team) == ["Règle", "Deux"]
    assert call(cab.conn, bob, listing, team=cab.team) is None
    assert call(cab.conn, cab.max, "select count(*) from public.routing_rules") == 2
    # The admin's update replaces the whole rule.
    assert call(cab.conn, cab.adam, statements["update"], rule=rule) == rule
    row = cab.conn.execute(
        "select name, intents::text[], labels, assign_to from public.routing_rules where id = %s", (rule,)
    ).fetchone()
    assert row == ("Renommée", ["meeting_request"], ["rdv"], None)
    assert call(cab.conn, cab.adam, statements["delete"], rule=rule) is True
    assert call(cab.conn, cab.max, listing, team=cab.team) == ["Deux"]
    assert cab.conn.execute("select position from public.routing_rules where name = 'Deux'").fetchone() == (1,)


def test_every_change_to_a_rule_is_audited(cab: Cabinet) -> None:
    first = call(cab.conn, cab.adam, CREATE, **create_args(cab, name="Un", domains=["finance-conseil.fr"]))
    second = call(cab.conn, cab.adam, CREATE, **create_args(cab, name="Deux"))
    call(cab.conn, cab.adam, "select public.update_routing_rule(%(r)s, 'Un bis', p_keywords => array['devis'],"
         " p_labels => array['d'])", r=first)  # fmt: skip
    # Changing nothing writes nothing.
    call(cab.conn, cab.adam, "select public.set_routing_rule_enabled(%(r)s, true)", r=first)
    call(cab.conn, cab.adam, "select public.set_routing_rule_enabled(%(r)s, false)", r=first)
    call(cab.conn, cab.adam, "select public.reorder_routing_rules(%(t)s, %(ids)s)", t=cab.team, ids=[second, first])
    call(cab.conn, cab.adam, "select public.delete_routing_rule(%(r)s)", r=second)
    rows = cab.conn.execute(
        "select entity_type, entity_id, action, actor_id, actor_role, before, after from public.audit_log"
        " where team_id = %s order by id",
        (cab.team,),
    ).fetchall()
    assert [(r[1], r[2]) for r in rows] == [
        (str(first), "created"),
        (str(second), "created"),
        (str(first), "updated"),
        (str(first), "disabled"),
        (None, "reordered"),
        (str(second), "deleted"),
    ]
    assert {(r[0], r[3], r[4]) for r in rows} == {("routing_rule", cab.adam, "authenticated")}
    created_after, updated = rows[0][6], rows[2]
    assert created_after["name"] == "Un" and created_after["sender_domains"] == ["finance-conseil.fr"]
    assert (updated[5]["name"], updated[6]["name"], updated[6]["keywords"]) == ("Un", "Un bis", ["devis"])
    assert rows[3][5:] == ({"enabled": True}, {"enabled": False})
    assert rows[4][5:] == ({"order": [str(first), str(second)]}, {"order": [str(second), str(first)]})
    assert rows[5][5]["name"] == "Deux" and rows[5][6] is None
    # No person's address in the trail.
    assert "@" not in json.dumps([r[5:] for r in rows])


# RLS ---------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        for team, box, tag, assignee in (("team_a", "box_mia", "a", "max"), ("team_b", "box_bob", "b", "bob")):
            w[f"rule_{tag}"] = conn.execute(
                "select public.create_routing_rule(%s, 'r', p_intents => array['interested'], p_assign_to => %s)",
                (w[team], w[assignee]),
            ).fetchone()[0]  # type: ignore[index]
            owner = conn.execute("select address from public.mailboxes where id = %s", (w[box],)).fetchone()[0]  # type: ignore[index]
            sent = outbound(owner, f"paul@prospect-{tag}.example", sent_at=T0)
            ingest(conn, w[box], sent, T0)
            reply = ingest(conn, w[box], inbound_reply(sent, received_at=T0 + dt.timedelta(hours=1)), T0)
            conn.execute(
                "select worker.record_intent(%s, 'interested', 0.9, 'rules', p_now => %s)", (reply["message_id"], T0)
            )
            w[f"route_{tag}"] = uuid.UUID(str(reply["message_id"]))
        yield conn, w
    stack.drop_database(target, name)


def rls_cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    # Rules: every member of the team reads them. Routes: the assignee (Max, not the mailbox's owner Mia's
    # colleague otherwise), the mailbox's owner (Mia) and the team's admins.
    each(
        "routing_rules", "select", "select id from public.routing_rules",
        anon=DENIED, mia=Rows("rule_a"), max=Rows("rule_a"), nina=Rows("rule_a"), adam=Rows("rule_a"),
        olivia=Rows("rule_a"), bob=Rows("rule_b"), zoe=Rows(), service=Rows("rule_a", "rule_b"),
    )  # fmt: skip
    each(
        "message_routes", "select", "select message_id from public.message_routes",
        anon=DENIED, mia=Rows("route_a"), max=Rows("route_a"), nina=Rows(), adam=Rows("route_a"),
        olivia=Rows("route_a"), bob=Rows("route_b"), zoe=Rows(), service=Rows("route_a", "route_b"),
    )  # fmt: skip
    for table, key, prefix in (("routing_rules", "id", "rule"), ("message_routes", "message_id", "route")):
        writers = dict(anon=DENIED, mia=DENIED, max=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED)
        each(
            table, "update", f"update public.{table} set {key} = {key} returning {key}",
            **writers, service=Rows(f"{prefix}_a", f"{prefix}_b"),
        )  # fmt: skip
        each(table, "delete", f"delete from public.{table} where false returning {key}", **writers, service=Rows())
        each(
            table, "insert", f"insert into public.{table} select * from public.{table} where false returning {key}",
            **writers, service=Rows(),
        )  # fmt: skip
    return c


RLS_CASES = rls_cases()


@pytest.mark.parametrize("case", RLS_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(RLS_CASES)])
def test_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_the_rls_matrix_covers_every_command_and_role() -> None:
    for table in ("routing_rules", "message_routes"):
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in RLS_CASES if c.table == table and c.command == command}
            assert set(EVERYONE) <= actors, (table, command)


@pytest.mark.parametrize(
    "statement",
    [
        "select public.create_routing_rule(%(id)s, 'r', p_keywords => array['x'], p_labels => array['l'],"
        " p_now => %(at)s)",
        "select public.update_routing_rule(%(id)s, 'r', p_keywords => array['x'], p_labels => array['l'],"
        " p_now => %(at)s)",
        "select public.set_routing_rule_enabled(%(id)s, false, %(at)s)",
        "select public.reorder_routing_rules(%(id)s, array[]::uuid[], %(at)s)",
        "select public.delete_routing_rule(%(id)s, %(at)s)",
        "select public.correct_intent(%(id)s, 'interested', null, %(at)s)",
        "select public.resume_after_not_now(%(id)s, true, %(at)s)",
    ],
)
def test_a_signed_in_user_cannot_choose_the_instant_of_a_change(cab: Cabinet, statement: str) -> None:
    backdated = dt.datetime(1999, 1, 1, tzinfo=dt.UTC)
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege) as refused,
        acting_as(cab.conn, "authenticated", cab.adam) as c,
    ):
        c.execute(statement, {"id": cab.team, "at": backdated})
    assert "p_now" in str(refused.value)
