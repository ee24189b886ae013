"""Row Level Security, blind: what the Data API lets each role read and change, table by table, against the texts.

Written blind to the policies' expressions and the functions' bodies, from ../shared/DESIGN.md ("Security model"),
../shared/PRIVACY.md, ../shared/INTELLIGENCE.md ("Dashboard"), README.md and the catalog (relation and column names,
grants, whether RLS is on, function signatures, COMMENTs, policy names; never a policy's expression nor a function's
body). The test infrastructure read: tests/conftest.py, tests/pg.py, tests/rls.py, tests/story.py. No slip in those
reading rules.

The world: two teams, A and B, each with an admin and two members who own a mailbox each (Graph and Gmail), and
data in every relation of the exposed schema, made through the documented paths (the worker's SQL contract:
ingest, scheduler, claims and sends, intents, signatures, autofill, dead letters; the users' RPCs: settings,
templates, routing rules, webhook endpoints, decisions, corrections, reads and exports, objections, pauses,
retries), else as the migration owner (a holiday, worker log lines). Every instant is in January 2030; a few rows
carry the server's instant (full-record reads and exports made as a signed-in user, who may not pass p_now), and no
assertion reads it.

The matrix: for every relation of the exposed schema (`public`, the one the Data API serves: README "the `worker`
schema, which the Data API does not expose ... list only what a signed-in user may call (`public`)"), for each
actor (anon; a1, a member of team A; adminA; b1, a member of team B; and an outsider, signed in but in no team)
and each command (select, insert, update,
delete), what the texts promise. `EXPECTATIONS` holds them; `test_every_exposed_relation_has_an_expectation`
fails naming a relation the catalog has and `EXPECTATIONS` does not, so a table added later is covered or named.

An expectation is True (must see / must be able to), False (must not) or None (the texts leave it open: the test
asserts nothing there and says why in the rule's comment). Each probe runs as one PostgREST-like request that is
rolled back (`tests.pg.acting_as`). A write "happened" when Postgres reports affected rows; it was refused when
Postgres raised (42501, or a trigger's refusal) or touched nothing. A constraint error (23xxx) is reported as an
inconclusive probe: Postgres checks row level security before constraints, so it means the policy let it through.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb

from tests import story
from tests.pg import acting_as, make_user

UTC = dt.UTC
T0 = dt.datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # Monday 7 January 2030, 09:00 UTC, inside working hours


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@dataclass
class TeamWorld:
    key: str  # "A" or "B"
    team_id: uuid.UUID
    admin: uuid.UUID
    m1: uuid.UUID
    m2: uuid.UUID
    mb1: story.Mailbox
    mb2: story.Mailbox
    domain: str
    client_domain: str


@dataclass
class World:
    teams: dict[str, TeamWorld]
    users: dict[str, uuid.UUID]  # name -> user id (a1, a2, adminA, b1, b2, adminB)
    secrets: list[str] = field(default_factory=list)  # values no API role may ever read

    def user_name(self, user_id: Any) -> str | None:
        for name, uid in self.users.items():
            if uid == user_id:
                return name
        return None


def _one(conn: psycopg.Connection[Any], query: str | sql.Composed, *args: Any) -> Any:
    row = conn.execute(query, args).fetchone()
    assert row is not None, query
    return row[0]


def rpc_as(conn: psycopg.Connection[Any], user: uuid.UUID, query: str, *args: Any, service: bool = True) -> Any:
    """A user's RPC, committed. With `service`, called as the service role on the user's behalf (their JWT
    claims set), which is how a test passes an explicit 2030 instant as p_now (a signed-in user may not)."""
    with acting_as(conn, "service_role" if service else "authenticated", user, commit=True):
        row = conn.execute(query, args).fetchone()
    return None if row is None else row[0]


def make_team(conn: psycopg.Connection[Any], key: str) -> TeamWorld:
    low = key.lower()
    domain = f"{low}-firm.test"
    team_id = _one(
        conn, "insert into public.teams (name, domains) values (%s, %s) returning id", f"Team {key}", [domain]
    )
    admin = story.add_member(conn, team_id, f"admin@{domain}", "admin")
    m1 = story.add_member(conn, team_id, f"{low}1@{domain}", "member")
    m2 = story.add_member(conn, team_id, f"{low}2@{domain}", "member")
    mb1 = story.add_mailbox(conn, team_id, m1, f"{low}1@{domain}", provider="graph")
    mb2 = story.add_mailbox(conn, team_id, m2, f"{low}2@{domain}", provider="gmail")
    return TeamWorld(key, team_id, admin, m1, m2, mb1, mb2, domain, f"{low}-client.test")


def mail_for(conn: psycopg.Connection[Any], team: TeamWorld, mailbox: story.Mailbox, tag: str) -> dict[str, Any]:
    """One mailbox's week, through the worker's SQL contract: four tracked emails, a manual follow-up, automatic
    follow-ups sent, a meeting request, a not-now, an out-of-office and an opt-out, a quote request, a message a
    worker set aside."""
    d = team.client_domain
    mid = mailbox.mailbox_id
    out: dict[str, Any] = {}
    t1 = story.outbound(mailbox, [f"paul.{tag}@{d}"], sent_at=at(0), subject=f"Proposition {tag}")
    t2 = story.outbound(mailbox, [f"quentin.{tag}@{d}"], sent_at=at(5), subject=f"Offre {tag}")
    t3 = story.outbound(mailbox, [f"rose.{tag}@{d}"], sent_at=at(10), subject=f"Projet {tag}")
    t4 = story.outbound(mailbox, [f"sam.{tag}@{d}"], sent_at=at(15), subject=f"Suivi {tag}")
    t5 = story.outbound(mailbox, [f"ugo.{tag}@{d}"], sent_at=at(20), subject=f"Devis {tag}")
    for i, msg in enumerate((t1, t2, t3, t4, t5)):
        story.ingest(conn, mid, msg, at(i * 5))
    story.ingest(conn, mid, story.manual_followup(mailbox, t2, sent_at=at(60)), at(60))
    story.run_scheduler(conn, at(300))
    for msg_id, fid in story.read_queue(conn):
        claimed = story.claim(conn, fid, None, at(300))
        if claimed["ok"]:
            story.send_claimed(conn, claimed, at(301))
        story.ack(conn, msg_id)
    meeting = story.ingest(
        conn,
        mid,
        story.inbound_reply(t2, received_at=at(360), body_text="Pouvons-nous fixer un rendez-vous ?"),
        at(360),
    )
    conn.execute(
        "select worker.record_intent(%s, 'meeting_request', 0.95, 'rules', null, null, null, 'rendez-vous', %s)",
        (meeting["message_id"], at(361)),
    )
    later = story.ingest(
        conn, mid, story.inbound_reply(t3, received_at=at(370), body_text="Recontactez-moi en mars."), at(370)
    )
    conn.execute(
        "select worker.record_intent(%s, 'not_now', 0.95, 'rules', date '2030-03-01', null, null, 'en mars', %s)",
        (later["message_id"], at(371)),
    )
    story.ingest(conn, mid, story.auto_reply(t1, received_at=at(380), until="2030-01-21"), at(380))
    story.ingest(
        conn,
        mid,
        story.inbound_reply(t4, received_at=at(390), opt_out=True, body_text="Merci de ne plus me contacter."),
        at(390),
    )
    signature = (
        "Bonjour,\nOui, envoyez-moi un devis.\n\nCordialement,\nUgo Martin\nDirecteur financier\n"
        f"Martin {tag.upper()} SAS\n"
        "Tél. : 01 42 68 53 00\nPort. : 06 12 34 56 78"
    )
    quote = story.ingest(conn, mid, story.inbound_reply(t5, received_at=at(400), body_text=signature), at(400))
    conn.execute(
        "select worker.record_intent(%s, 'quote_request', 0.93, 'rules', null, null, null, 'devis', %s)",
        (quote["message_id"], at(401)),
    )
    conn.execute(
        "select worker.record_dead_letter(%s, %s, 'inbox', 'ingest', '22023', 'a value the contract refuses', %s)",
        (mid, f"pm-dead-{tag}", at(410)),
    )
    conn.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
        " values (%s, %s, 'error', %s, %s)",
        (team.team_id, mid, f"sync failed for {tag}", at(411)),
    )
    out.update(t1=t1, t2=t2, t3=t3, t4=t4, t5=t5, meeting=meeting["message_id"], quote=quote["message_id"])
    return out


def team_setup(conn: psycopg.Connection[Any], team: TeamWorld, world: World) -> None:
    """What a team's admins set up before the mail: settings, a holiday, templates, a routing rule, a webhook
    endpoint (its secret kept aside: no API role may read it again)."""
    tid, admin = team.team_id, team.admin
    rpc_as(conn, admin, "select public.set_team_settings(%s, %s)", tid, Jsonb({"max_followups": 3}))
    rpc_as(
        conn,
        admin,
        "select public.set_intelligence_settings(%s, p_autofill_threshold => 0.95, p_llm_enabled => false)",
        tid,
    )
    conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, date '2030-12-26', 'Saint-Étienne')", (tid,)
    )
    rpc_as(
        conn,
        admin,
        "select public.create_followup_template(%s, 1, 'fr', %s, p_now => %s)",
        tid,
        "Bonjour {{recipient_first_name}}, je me permets de vous relancer.",
        at(-60),
    )
    rpc_as(
        conn,
        admin,
        "select public.create_followup_template(%s, 2, 'fr', %s, p_mailbox_id => %s, p_now => %s)",
        tid,
        "Bonjour, je reviens vers vous.",
        team.mb1.mailbox_id,
        at(-59),
    )
    # Quote requests in the second member's mailbox go to the first member (an assignee who does not own it).
    rpc_as(
        conn,
        admin,
        "select public.create_routing_rule(%s, 'Devis', p_intents => array['quote_request'],"
        " p_mailbox_ids => array[%s]::uuid[], p_assign_to => %s, p_notify_user_id => %s, p_now => %s)",
        tid,
        team.mb2.mailbox_id,
        team.m1,
        team.m1,
        at(-58),
    )
    conn.execute("update private.webhook_settings set allow_local_urls = true")
    created = rpc_as(
        conn,
        admin,
        "select to_jsonb(e) from public.create_webhook_endpoint(%s, %s, array['email.tracked', 'email.replied',"
        " 'followup.sent', 'email.opted_out']) as e",
        tid,
        f"http://127.0.0.1:9/hook-{team.key.lower()}",
    )
    world.secrets.append(_find_secret(created))


def _find_secret(value: Any) -> str:
    """The whsec_… string in an RPC's answer, whatever its shape."""
    if isinstance(value, str) and value.startswith("whsec_"):
        return value
    if isinstance(value, dict):
        for v in value.values():
            try:
                return _find_secret(v)
            except LookupError:
                pass
    if isinstance(value, list):
        for v in value:
            try:
                return _find_secret(v)
            except LookupError:
                pass
    raise LookupError(f"no webhook secret in {value!r}")


def intelligence_pass(conn: psycopg.Connection[Any]) -> None:
    """The autofill run and the intelligence loop, as the worker does them: recipients become contacts, each
    queued inbound message's signature is read (relance.intelligence.read_signature) and recorded."""
    from relance.intelligence import read_signature

    for (team_id,) in conn.execute("select id from public.teams order by name").fetchall():
        conn.execute("select worker.run_autofill(%s, %s, 100)", (at(500), team_id))
    queued = conn.execute(
        "select queue_msg_id, message_id, mailbox_address, mailbox_name, from_address, from_name, new_text,"
        " default_region from worker.read_intelligence_queue(100, 60)"
    ).fetchall()
    for msg_id, message_id, mailbox_address, mailbox_name, sender, sender_name, text, region in queued:
        read = read_signature(
            text or "",
            sender_address=sender,
            sender_name=sender_name,
            user_address=mailbox_address,
            user_name=mailbox_name,
            region=region,
        ).as_dict()
        fields = [{"field": k, "value": v["value"], "confidence": v["confidence"]} for k, v in read["fields"].items()]
        fields += [
            {"field": f"phone_{p['type']}", "value": p["value"], "confidence": p["confidence"]} for p in read["phones"]
        ]
        result = {"confidence": read["confidence"], "fields": fields}
        conn.execute("select worker.record_signature(%s, %s, %s, %s)", (msg_id, message_id, Jsonb(result), at(520)))


def contact_id(conn: psycopg.Connection[Any], team: TeamWorld, address: str) -> uuid.UUID:
    cid: uuid.UUID = _one(
        conn, "select id from public.contacts where team_id = %s and address = %s", team.team_id, address
    )
    return cid


def fact_id(conn: psycopg.Connection[Any], contact: uuid.UUID, field_name: str) -> uuid.UUID:
    fid: uuid.UUID = _one(
        conn,
        "select id from public.contact_facts where contact_id = %s and field = %s order by created_at limit 1",
        contact,
        field_name,
    )
    return fid


def after_mail(conn: psycopg.Connection[Any], team: TeamWorld, mail: dict[str, dict[str, Any]], world: World) -> None:
    """What the team's people do afterwards: decisions on facts, corrections, reads and exports (logged),
    settings and pauses (audited), a retry, plus what workers record (model use, a stored grant, an OAuth state)."""
    low = team.key.lower()
    tid, admin, m1, m2 = team.team_id, team.admin, team.m1, team.m2
    d = team.client_domain
    ugo1 = contact_id(conn, team, f"ugo.{low}1@{d}")
    ugo2 = contact_id(conn, team, f"ugo.{low}2@{d}")
    rpc_as(conn, m1, "select public.set_contact_field(%s, 'title', 'CFO', %s)", ugo1, at(600))
    rpc_as(conn, m1, "select public.decide_fact(%s, 'accept', null, %s)", fact_id(conn, ugo1, "name"), at(601))
    rpc_as(conn, m2, "select public.decide_fact(%s, 'reject', null, %s)", fact_id(conn, ugo2, "name"), at(602))
    rpc_as(
        conn,
        m2,
        "select public.track_field_choice(%s, 'title', 'ignore', 'Directeur', null, %s, %s)",
        tid,
        f"ugo.{low}2@{d}",
        at(603),
    )
    rpc_as(
        conn,
        admin,
        "select public.track_field_choice(%s, 'company', 'manual', null, 'Martin SAS', null, %s)",
        tid,
        at(604),
    )
    rpc_as(conn, m1, "select public.correct_intent(%s, 'interested', null, %s)", mail["m1"]["meeting"], at(605))
    rpc_as(conn, m2, "select public.correct_intent(%s, 'meeting_request', null, %s)", mail["m2"]["meeting"], at(606))
    # Full-record reads, as signed-in users through the Data API (logged with the server's instant).
    rpc_as(conn, m1, "select public.get_contact(%s) is not null", ugo1, service=False)
    rpc_as(conn, m2, "select public.get_contact(%s) is not null", ugo2, service=False)
    rpc_as(conn, admin, "select public.get_contact(%s) is not null", ugo2, service=False)
    rpc_as(conn, m1, "select public.export_user(%s, %s) is not null", tid, at(607))
    rpc_as(conn, admin, "select public.export_person(%s, %s, %s) is not null", tid, f"paul.{low}1@{d}", at(608))
    rpc_as(
        conn,
        m2,
        "select public.record_objection(%s, 'ne veut plus être contacté', %s)",
        contact_id(conn, team, f"rose.{low}2@{d}"),
        at(609),
    )
    rpc_as(conn, m1, "select public.set_mailbox_settings(%s, %s)", team.mb1.mailbox_id, Jsonb({"daily_send_cap": 150}))
    tracked_t1 = _one(
        conn,
        "select t.id from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        mail["m1"]["t1"].internet_message_id,
    )
    rpc_as(conn, m1, "select public.pause_tracked_email(%s, %s)", tracked_t1, at(610))
    dead = _one(conn, "select id from public.dead_letters where mailbox_id = %s", team.mb2.mailbox_id)
    rpc_as(conn, admin, "select public.retry_dead_letter(%s, %s)", dead, at(611))
    endpoint = _one(conn, "select id from public.webhook_endpoints where team_id = %s", tid)
    rpc_as(conn, admin, "select public.send_test_webhook(%s)", endpoint)
    conn.execute("select worker.ai_record_call(%s, 'intent', 'gpt-test', 'answered', 0.0125, 140, %s)", (tid, at(612)))
    sealed = f"sealed-grant-{uuid.uuid4().hex}"
    conn.execute(
        "select worker.store_mailbox_credentials(%s, %s, 'k2-0123456789abcdef')", (team.mb1.mailbox_id, sealed.encode())
    )
    verifier = f"pkce-verifier-{uuid.uuid4().hex}"
    conn.execute(
        "select worker.oauth_begin(%s, %s, 'graph', 'https://app.test/settings/mailboxes/connected', %s, %s, null, %s)",
        (m1, tid, uuid.uuid4().hex * 2, verifier, at(613)),
    )
    world.secrets += [sealed, sealed.encode().hex(), verifier]
    conn.execute("select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (team.mb2.mailbox_id, at(614)))


# The world, once per module (tests only read it or roll back) -------------------------------------------------------


ACTORS = ("anon", "a1", "adminA", "b1", "outsider")  # outsider: signed in, in no team
COMMANDS = ("select", "insert", "update", "delete")
EXPOSED_SCHEMAS = ("public",)


@dataclass
class Built:
    world: World
    mail: dict[str, dict[str, dict[str, Any]]]


def build_world(conn: psycopg.Connection[Any]) -> Built:
    a, b = make_team(conn, "A"), make_team(conn, "B")
    outsider = make_user(conn, "outsider@nowhere.test")
    world = World(
        {"A": a, "B": b},
        {
            "a1": a.m1,
            "a2": a.m2,
            "adminA": a.admin,
            "b1": b.m1,
            "b2": b.m2,
            "adminB": b.admin,
            "outsider": outsider,
        },
    )
    mail: dict[str, dict[str, dict[str, Any]]] = {}
    for team in (a, b):
        team_setup(conn, team, world)
        low = team.key.lower()
        mail[team.key] = {
            "m1": mail_for(conn, team, team.mb1, f"{low}1"),
            "m2": mail_for(conn, team, team.mb2, f"{low}2"),
        }
    intelligence_pass(conn)
    for team in (a, b):
        after_mail(conn, team, mail[team.key], world)
        org = _one(
            conn, "select id from public.organisations where team_id = %s order by created_at limit 1", team.team_id
        )
        conn.execute(
            "select worker.record_enrichment(%s, %s, %s)",
            (
                org,
                Jsonb([{"field": "website", "value": f"https://www.{team.client_domain}", "confidence": 0.8}]),
                at(700),
            ),
        )
        conn.execute("select worker.compliance_report(%s, date '2030-01-01')", (team.team_id,))
    conn.execute("select private.record_health_snapshot(%s)", (at(720),))
    return Built(world, mail)


@pytest.fixture(scope="module")
def built(db: psycopg.Connection[Any]) -> Built:
    return build_world(db)


# Actors -------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    name: str
    user_id: uuid.UUID | None
    roles: dict[uuid.UUID, str]  # team id -> owner | admin | member
    mailboxes: frozenset[uuid.UUID]  # the mailboxes they own

    @property
    def anon(self) -> bool:
        return self.user_id is None

    def member_of(self, team: Any) -> bool:
        return team in self.roles

    def admin_of(self, team: Any) -> bool:
        return self.roles.get(team) in ("owner", "admin")

    @property
    def admin_somewhere(self) -> bool:
        return any(r in ("owner", "admin") for r in self.roles.values())


def actor(conn: psycopg.Connection[Any], world: World, name: str) -> Actor:
    if name == "anon":
        return Actor(name, None, {}, frozenset())
    uid = world.users[name]
    roles = dict(
        conn.execute("select team_id, role::text from public.team_members where user_id = %s", (uid,)).fetchall()
    )
    boxes = frozenset(
        r[0] for r in conn.execute("select id from public.mailboxes where owner_id = %s", (uid,)).fetchall()
    )
    return Actor(name, uid, roles, boxes)


# Rules: who may see or change a row, from the texts -----------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Whose a row is: its team, its mailbox (when it belongs to one), its user (owner, author, actor, assignee),
    and a tag some rules read (a suppression's reason)."""

    team: Any
    mailbox: Any
    user: Any
    tag: Any


Expect = bool | None
Rule = Callable[[Actor, Scope], Expect]


def never(a: Actor, s: Scope) -> Expect:
    return False


def r_team(a: Actor, s: Scope) -> Expect:
    """Every member of the team sees it."""
    return a.member_of(s.team)


def r_team_open(a: Actor, s: Scope) -> Expect:
    """A team-wide row: the admin sees the whole team; whether a member reads it the texts leave open."""
    if not a.member_of(s.team):
        return False
    return True if a.admin_of(s.team) else None


def r_admin(a: Actor, s: Scope) -> Expect:
    return a.admin_of(s.team)


def r_mailbox(a: Actor, s: Scope) -> Expect:
    """What belongs to a mailbox: its owner and the team's admins. A team-level row (no mailbox): admins; open for
    members."""
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team):
        return True
    if s.mailbox is None:
        return None
    return s.mailbox in a.mailboxes


def r_mail(a: Actor, s: Scope) -> Expect:
    """A message (or what is read in it): what belongs to its mailbox, and a reply routed to the member (``user``:
    the reply's assignee). README: "a member sees their team and what belongs to their own mailboxes (and a reply
    routed to them, with its intent, whatever mailbox received it)"."""
    if a.member_of(s.team) and s.user is not None and s.user == a.user_id:
        return True
    return r_mailbox(a, s)


def r_mailbox_admin(a: Actor, s: Scope) -> Expect:
    """Admins see the team's; a member never another member's mailbox's, their own open."""
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team):
        return True
    if s.mailbox is None or s.mailbox in a.mailboxes:
        return None
    return False


def r_user_or_admin(a: Actor, s: Scope) -> Expect:
    """The team's admins, and the user the row is about (their own entries)."""
    if not a.member_of(s.team):
        return False
    return a.admin_of(s.team) or s.user == a.user_id


def r_own_user(a: Actor, s: Scope) -> Expect:
    return s.user == a.user_id


def r_members(a: Actor, s: Scope) -> Expect:
    """A team's membership: one's own row and (admins) the whole team; whether a member lists the others, open."""
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team) or s.user == a.user_id:
        return True
    return None


def r_route(a: Actor, s: Scope) -> Expect:
    """A routed reply: its assignee, the mailbox's owner and the team's admins (the table's COMMENT)."""
    if not a.member_of(s.team):
        return False
    return a.admin_of(s.team) or s.user == a.user_id or s.mailbox in a.mailboxes


def r_notification(a: Actor, s: Scope) -> Expect:
    """For the member it is addressed to; whether an admin reads the team's, open."""
    if not a.member_of(s.team):
        return False
    if s.user == a.user_id:
        return True
    return None if a.admin_of(s.team) else False


def r_owner_or_admin(a: Actor, s: Scope) -> Expect:
    if not a.member_of(s.team):
        return False
    return a.admin_of(s.team) or s.user == a.user_id


def r_platform_admin(a: Actor, s: Scope) -> Expect:
    """No team's data, for every team admin; whether a member reads it, open."""
    if a.admin_somewhere:
        return True
    return None if a.roles else False


def r_feedback(a: Actor, s: Scope) -> Expect:
    """A team's decisions on what the AI read: the admins (whole team); a member never one about a message of a
    mailbox they may not read (it carries that message's intent); the rest open."""
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team):
        return True
    if s.mailbox is not None and s.mailbox not in a.mailboxes:
        return False
    return None


def w_admin_open(a: Actor, s: Scope) -> Expect:
    """A team-wide setting: never a member (they change what belongs to their own mailboxes), the admins open."""
    if not a.member_of(s.team):
        return False
    return None if a.admin_of(s.team) else False


def w_own_mailbox_open(a: Actor, s: Scope) -> Expect:
    """A member never changes another member's mailbox; their own and an admin's changes, open (RPCs exist)."""
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team) or s.mailbox in a.mailboxes:
        return None
    return False


def w_own_user_open(a: Actor, s: Scope) -> Expect:
    if not a.member_of(s.team):
        return False
    if a.admin_of(s.team) or s.user == a.user_id:
        return None
    return False


def w_team_open(a: Actor, s: Scope) -> Expect:
    return None if a.member_of(s.team) else False


def w_suppression_delete(a: Actor, s: Scope) -> Expect:
    """An opt-out or objection is kept as a suppression; nobody removes another team's."""
    if not a.member_of(s.team):
        return False
    if s.tag in ("opted_out", "objection", "objected", "complained"):
        return False
    return None if a.admin_of(s.team) else False


# The texts each expectation rests on.
DESIGN = (
    'DESIGN.md "Security model": "Teams own everything. A member sees and changes what belongs to their own '
    'mailboxes; a team admin sees the whole team."'
)
TABLES = (
    'README "What a frontend calls": tables teams … health_snapshot_teams "read under RLS: a member sees their '
    'team and what belongs to their own mailboxes, an admin the whole team, nobody another team, anon nothing"'
)
ENGINE = (
    'BEHAVIOUR.md R12: "Every state change writes an event with its reason"; README: "Nothing is deleted: messages, '
    'conversations, tracked emails, follow-ups and the timeline stay"; DESIGN.md: "SQL decides everything that '
    'follows" (the frontend reads these tables and changes them through RPCs only)'
)
CRM = (
    "README: \"`contacts`, `organisations` (tables), `contact_facts`, `organisation_facts` | the team's CRM, read by "
    'every member"; "Nothing is written without a trace: every value is a fact"'
)
LOGS = (
    'README: "`data_access_logs` (admins; a member their own lines), `my_access_logs` (view), `audit_log` (admins; '
    'a member their own entries), `compliance_reports` (admins)"'
)
APPEND_ONLY = (
    'PRIVACY.md: "logs kept 3 years …; append-only (no role may change a log line)"; README: "Append-only for every '
    'role"; audit_log COMMENT: "Written by private.audit; … no role may update or delete a row"'
)
WEBHOOKS = (
    'README "Outgoing webhooks": "(supabase-js, as a team admin; members see no endpoint and no delivery)"; '
    '"Each RPC checks that the caller administers the team … and is audited"'
)
HEALTH = (
    'README "Health": "`health_snapshots` (no team\'s data: every team admin may read them) and … '
    '`health_snapshot_teams` (its admins only)"; "Admins read `health_history`: one row per snapshot and team they '
    "administer; members and other teams see nothing of a team's.\""
)
INTENTS = (
    'README: "`message_intents` (…; visible like the message itself …)"; "`message_intents` (table), '
    '`tracked_email_intents` (view) | … as far as the caller may see the message"'
)
MAIL_VIEWS = (
    'README: "`contact_messages`, `tracked_email_contacts` (views) | … as far as the caller may see the mail itself"; '
    'DESIGN.md: "views are `security_invoker`"'
)
DASHBOARD = (
    "README: \"`intel_intent_daily`, … (views) | the intelligence dashboard's daily series per team, as far as the "
    'caller may see the rows they count"; INTELLIGENCE.md "Dashboard (views the frontend reads under RLS)"'
)
NOTIFY = (
    "README: \"`notifications`, `reminders` (tables) … | a meeting or quote request for the mailbox's owner; R15 "
    "reminders for the owner (and the team's admins)\""
)
PREFS = (
    "README: \"`ai_user_preferences` (table: one's own; admins the team's)\"; \"delete_my_preferences deletes one's "
    'own"'
)
SUGGESTIONS = (
    "README: \"the suggestions' review list (`ranked_fact_suggestions`) shows a suggestion's value to who decides on "
    'it only"; "the contact\'s owner or an admin decides"'
)
ROUTES = "message_routes COMMENT: \"Visible to the assignee, the mailbox's owner and the team's admins.\""
SETTINGS = 'README: "`set_team_settings(team_id, jsonb)` (admins)"; ' + DESIGN
TEMPLATES = (
    "README R16: \"A team's admins write follow-up templates … (`create_followup_template`, …; every change is in "
    '`audit_log`)"'
)
OBJECTION = (
    'PRIVACY.md: "an objection (opt-out, R8) ends processing for prospecting and is kept as a suppression"; '
    'BEHAVIOUR R8: "Nothing is ever sent to a suppressed address"'
)


@dataclass(frozen=True)
class Spec:
    """How to name a relation's rows and whose each is (SQL over alias x, run as the owner), and the rules."""

    key: str
    team: str = "x.team_id"
    mailbox: str = "null"
    user: str = "null"
    tag: str = "null"
    select: Rule = never
    insert: Rule = never
    update: Rule = never
    delete: Rule = never
    because: str = DESIGN
    # For relations whose rows depend on the caller (auth.uid()): the rows of the world, with the same columns.
    universe: str | None = None


MAILBOX_OF_MESSAGE = "(select m.mailbox_id from public.messages m where m.id = x.message_id)"
# The member a reply is routed to (message_routes), for the rows that are a message or read in one.
ASSIGNEE_OF = "(select r.assigned_to from public.message_routes r where r.message_id = %s)"
MAILBOX_OF_TRACKED = "(select t.mailbox_id from public.tracked_emails t where t.id = x.tracked_email_id)"

EXPECTATIONS: dict[str, Spec] = {
    # The team itself, its members and settings.
    "teams": Spec(
        key="x.id",
        team="x.id",
        select=r_team,
        insert=lambda a, s: None,
        update=w_admin_open,
        delete=w_admin_open,
        because=TABLES + "; " + DESIGN,
    ),
    "team_members": Spec(
        key="concat_ws('|', x.team_id, x.user_id)",
        user="x.user_id",
        select=r_members,
        # Inserts are probed by PROBES below (joining another team, adding an admin); a copy of an existing row
        # says nothing more.
        insert=lambda a, s: None,
        update=lambda a, s: (
            (None if a.admin_of(s.team) or s.user == a.user_id else False) if a.member_of(s.team) else False
        ),
        delete=lambda a, s: (
            (None if a.admin_of(s.team) or s.user == a.user_id else False) if a.member_of(s.team) else False
        ),
        because=TABLES + "; " + DESIGN,
    ),
    "team_settings": Spec(
        key="x.team_id",
        select=r_team_open,
        insert=w_admin_open,
        update=w_admin_open,
        delete=w_admin_open,
        because=TABLES + "; " + SETTINGS,
    ),
    "team_holidays": Spec(
        key="concat_ws('|', x.team_id, x.day)",
        select=r_team_open,
        insert=w_admin_open,
        update=w_admin_open,
        delete=w_admin_open,
        because=TABLES + "; " + DESIGN,
    ),
    "intelligence_settings": Spec(
        key="x.team_id",
        select=r_team_open,
        because='README: "`set_intelligence_settings(team_id, …)` … (admins)"; ' + DESIGN,
    ),
    "mailboxes": Spec(
        key="x.id",
        mailbox="x.id",
        user="x.owner_id",
        select=r_mailbox,
        insert=w_own_mailbox_open,
        update=w_own_mailbox_open,
        delete=w_own_mailbox_open,
        because=TABLES + '; README: "`mailbox_connections()` | each mailbox the caller may see (their own; all of a '
        'team they administer)"',
    ),
    # The engine's state: what belongs to a mailbox.
    "conversations": Spec(key="x.id", mailbox="x.mailbox_id", select=r_mailbox, because=TABLES + "; " + ENGINE),
    "messages": Spec(
        key="x.id", mailbox="x.mailbox_id", user=ASSIGNEE_OF % "x.id", select=r_mail, because=TABLES + "; " + ENGINE
    ),
    "tracked_emails": Spec(
        key="x.id", mailbox="x.mailbox_id", user="x.owner_id", select=r_mailbox, because=TABLES + "; " + ENGINE
    ),
    "followups": Spec(key="x.id", mailbox="x.mailbox_id", select=r_mailbox, because=TABLES + "; " + ENGINE),
    "manual_followups": Spec(key="x.id", mailbox=MAILBOX_OF_TRACKED, select=r_mailbox, because=TABLES + "; " + ENGINE),
    "events": Spec(key="x.id", mailbox="x.mailbox_id", select=r_mailbox, because=TABLES + "; " + ENGINE),
    "tracked_email_status_counts": Spec(
        key="x.id",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because=TABLES + '; COMMENT: "Written by the engine only."',
    ),
    "followup_variant_assignments": Spec(
        key="concat_ws('|', x.tracked_email_id, x.step)",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because=DESIGN + '; COMMENT: "Engine-written."',
    ),
    "message_insights": Spec(
        key="x.message_id",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because=DESIGN + " (a message's insight is the message's: what was read in it)",
    ),
    "message_intents": Spec(
        key="x.message_id",
        mailbox="x.mailbox_id",
        user=ASSIGNEE_OF % "x.message_id",
        select=r_mail,
        because=INTENTS + '; COMMENT: "written by the intelligence worker only"',
    ),
    "message_routes": Spec(
        key="x.message_id", mailbox="x.mailbox_id", user="x.assigned_to", select=r_route, because=ROUTES + "; " + DESIGN
    ),
    "notifications": Spec(
        key="x.id",
        mailbox=MAILBOX_OF_MESSAGE,
        user="x.owner_id",
        select=r_notification,
        because=NOTIFY + '; "`mark_notification_read(id)`" (the RPC changes it)',
    ),
    "reminders": Spec(
        key="x.id",
        mailbox=MAILBOX_OF_TRACKED,
        user="x.owner_id",
        select=r_owner_or_admin,
        because=NOTIFY + "; \"a reminder for the tracked email's owner on that date (`reminders`; the owner and the "
        "team's admins see it, `mark_reminder_done(id)`)\"",
    ),
    "suppressions": Spec(
        key="concat_ws('|', x.team_id, x.address)",
        tag="x.reason::text",
        select=r_team_open,
        insert=w_team_open,
        update=w_team_open,
        delete=w_suppression_delete,
        because=TABLES + "; " + OBJECTION + "; " + DESIGN,
    ),
    "holds": Spec(
        key="concat_ws('|', x.team_id, x.address)",
        mailbox=MAILBOX_OF_MESSAGE,
        select=r_team_open,
        insert=w_team_open,
        update=w_team_open,
        delete=w_team_open,
        because=TABLES + '; BEHAVIOUR R6: "The hold belongs to the person (the address)" (a team-wide row)',
    ),
    "dead_letters": Spec(
        key="x.id",
        mailbox="x.mailbox_id",
        select=r_mailbox_admin,
        because=TABLES + '; README: "Team admins see their dead letters and ask for a retry (`retry_dead_letter(id)`)"',
    ),
    "worker_logs": Spec(
        key="x.id",
        mailbox="x.mailbox_id",
        select=r_mailbox_admin,
        because=TABLES + '; PRIVACY.md: "worker logs … 90 days"',
    ),
    # Templates, routing, webhooks: the admins' RPCs change them, audited.
    "followup_templates": Spec(
        key="x.id", mailbox="x.mailbox_id", select=r_team_open, because=TEMPLATES + "; " + DESIGN
    ),
    "routing_rules": Spec(
        key="x.id",
        select=r_team_open,
        because='PRIVACY.md "Audit of critical operations": "routing rule changes"; COMMENT: "Written through the '
        "admins' RPCs only.\"",
    ),
    "webhook_endpoints": Spec(key="x.id", select=r_admin, because=WEBHOOKS),
    "webhook_deliveries": Spec(
        key="x.id", select=r_admin, because=WEBHOOKS + '; COMMENT: "Team admins read it; the worker writes it."'
    ),
    # The CRM.
    "contacts": Spec(key="x.id", user="x.owner_id", select=r_team, because=CRM),
    "organisations": Spec(key="x.id", user="x.owner_id", select=r_team, because=CRM),
    "contact_facts": Spec(key="x.id", select=r_team, because=CRM),
    "organisation_facts": Spec(key="x.id", select=r_team, because=CRM),
    # Learning.
    "ai_user_preferences": Spec(
        key="x.id",
        user="x.user_id",
        select=r_user_or_admin,
        delete=w_own_user_open,
        because=PREFS + '; COMMENT: "Written through track_field_choice and the decisions on facts only."',
    ),
    "ai_feedback": Spec(
        key="x.id",
        mailbox=MAILBOX_OF_MESSAGE,
        user="x.user_id",
        select=r_feedback,
        because=DESIGN + "; " + INTENTS + '; COMMENT: "Written by the RPCs only."',
    ),
    # Privacy: logs and reports.
    "audit_log": Spec(key="x.id", user="x.actor_id", select=r_user_or_admin, because=LOGS + "; " + APPEND_ONLY),
    "data_access_logs": Spec(key="x.id", user="x.actor_id", select=r_user_or_admin, because=LOGS + "; " + APPEND_ONLY),
    "compliance_reports": Spec(
        key="x.id",
        select=r_admin,
        because=LOGS + '; PRIVACY.md: "a monthly job writes a report per team … that admins read"',
    ),
    # Health.
    "health_snapshots": Spec(key="x.id", team="null", select=r_platform_admin, because=HEALTH),
    "health_snapshot_teams": Spec(key="concat_ws('|', x.snapshot_id, x.team_id)", select=r_admin, because=HEALTH),
    # Views.
    "followup_activity_summary": Spec(
        key="x.tracked_email_id",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because=TABLES + '; DESIGN.md: "views are `security_invoker`"',
    ),
    "followup_status_counts": Spec(
        key="concat_ws('|', x.mailbox_id, x.status)",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because='README: "`followup_status_counts` (view) | tracked emails per mailbox and status"; ' + TABLES,
    ),
    "followup_promise_violations": Spec(
        key="x.followup_id", mailbox=MAILBOX_OF_TRACKED, select=r_mailbox, because=TABLES + "; " + DESIGN
    ),
    "followup_variant_stats": Spec(
        key="concat_ws('|', x.team_id, x.step, x.language, x.variant, x.template_id)",
        select=r_team_open,
        because='COMMENT: "Under the caller\'s RLS."; ' + DESIGN,
    ),
    "tracked_email_contacts": Spec(
        key="concat_ws('|', x.tracked_email_id, x.contact_id)",
        mailbox="x.mailbox_id",
        select=r_mailbox,
        because=MAIL_VIEWS,
    ),
    "tracked_email_intents": Spec(
        key="x.tracked_email_id",
        mailbox="x.mailbox_id",
        user=ASSIGNEE_OF % "x.message_id",
        select=r_mail,
        because=INTENTS,
    ),
    "contact_messages": Spec(
        key="concat_ws('|', x.contact_id, x.message_id, x.role)",
        mailbox="x.mailbox_id",
        user=ASSIGNEE_OF % "x.message_id",
        select=r_mail,
        because=MAIL_VIEWS,
    ),
    "my_access_logs": Spec(
        key="x.id",
        user="x.actor_id",
        select=r_own_user,
        because='README: "`my_access_logs` (view)"; COMMENT: "The signed-in user\'s own access log lines"',
        universe="select x.id, x.team_id, x.actor_id from public.data_access_logs x",
    ),
    "health_history": Spec(
        key="concat_ws('|', x.snapshot_id, x.team_id)",
        select=r_admin,
        because=HEALTH,
        universe="select x.snapshot_id, x.team_id from (select s.id as snapshot_id, t.id as team_id"
        " from public.health_snapshots s cross join public.teams t) x",
    ),
    "ranked_fact_suggestions": Spec(
        key="x.fact_id",
        user="x.owner_id",
        select=r_owner_or_admin,
        because=SUGGESTIONS,
        universe="select x.fact_id, x.team_id, x.owner_id from ("
        " select f.id as fact_id, f.team_id, c.owner_id from public.contact_facts f"
        " join public.contacts c on c.id = f.contact_id where f.status = 'suggested'"
        " union all select f.id, f.team_id, o.owner_id from public.organisation_facts f"
        " join public.organisations o on o.id = f.organisation_id where f.status = 'suggested') x",
    ),
    "intel_intent_daily": Spec(key="concat_ws('|', x.team_id, x.day, x.label)", select=r_team_open, because=DASHBOARD),
    "intel_intent_sources_daily": Spec(key="concat_ws('|', x.team_id, x.day)", select=r_team_open, because=DASHBOARD),
    "intel_ai_usage_daily": Spec(
        key="concat_ws('|', x.team_id, x.day, x.kind)",
        select=r_team_open,
        because=DASHBOARD + '; README: "read through a helper that returns only the caller\'s teams"',
    ),
    "intel_suggestions_daily": Spec(key="concat_ws('|', x.team_id, x.day)", select=r_team_open, because=DASHBOARD),
    "intel_signature_daily": Spec(key="concat_ws('|', x.team_id, x.day)", select=r_team_open, because=DASHBOARD),
    "ai_accuracy_daily": Spec(
        key="concat_ws('|', x.team_id, x.subject, x.class, x.source, x.day)",
        select=r_team_open,
        because=DASHBOARD
        + '; INTELLIGENCE.md: "accuracy per field, source and week is a view (`ai_accuracy_metrics`)"',
    ),
    "ai_accuracy_metrics": Spec(
        key="concat_ws('|', x.team_id, x.subject, x.class, x.source, x.iso_week)",
        select=r_team_open,
        because=DASHBOARD
        + '; INTELLIGENCE.md: "accuracy per field, source and week is a view (`ai_accuracy_metrics`)"',
    ),
}
RELATIONS = tuple(sorted(EXPECTATIONS))


# The catalog --------------------------------------------------------------------------------------------------------


def exposed_relations(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """Every table, view, materialized view and foreign table of the exposed schemas: name -> relkind."""
    return dict(
        conn.execute(
            "select c.relname, c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = any(%s) and c.relkind in ('r', 'p', 'v', 'm', 'f')",
            (list(EXPOSED_SCHEMAS),),
        ).fetchall()
    )


def insert_columns(conn: psycopg.Connection[Any], relation: str) -> list[str]:
    """The columns a copy of a row is inserted with: those `authenticated` may insert when it may insert some,
    else every column but identity and generated ones (the statement is then refused for want of a grant)."""
    rows = conn.execute(
        "select a.attname, has_column_privilege('authenticated', a.attrelid, a.attnum, 'INSERT'),"
        " a.attidentity <> '' or a.attgenerated <> ''"
        " from pg_attribute a where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped"
        " order by a.attnum",
        (f"public.{relation}",),
    ).fetchall()
    granted = [name for name, ok, _ in rows if ok]
    return granted or [name for name, _, skip in rows if not skip]


def update_column(conn: psycopg.Connection[Any], relation: str) -> str:
    """A column `authenticated` may update (set to itself: a change that changes nothing, which still runs every
    policy), else the first column."""
    rows = conn.execute(
        "select a.attname, has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')"
        " from pg_attribute a where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped"
        " order by a.attnum",
        (f"public.{relation}",),
    ).fetchall()
    for name, ok in rows:
        if ok:
            return str(name)
    return str(rows[0][0])


def columns(conn: psycopg.Connection[Any], relation: str) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            "select column_name from information_schema.columns where table_schema = 'public' and table_name = %s",
            (relation,),
        ).fetchall()
    }


# Probing ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorldRow:
    key: str
    scope: Scope


def world_rows(conn: psycopg.Connection[Any], relation: str) -> list[WorldRow]:
    spec = EXPECTATIONS[relation]
    if spec.universe is not None:
        source = f"({spec.universe}) x"
        q = f"select ({spec.key})::text, {spec.team}, {spec.mailbox}, {spec.user}, {spec.tag} from {source}"
    else:
        q = f"select ({spec.key})::text, {spec.team}, {spec.mailbox}, {spec.user}, {spec.tag} from public.{relation} x"
    return [WorldRow(k, Scope(t, m, u, g)) for k, t, m, u, g in conn.execute(q).fetchall()]


def samples(rows: list[WorldRow]) -> list[WorldRow]:
    """One row of each kind of owner: enough to show what a role may change without trying every row."""
    seen: dict[Scope, WorldRow] = {}
    for row in sorted(rows, key=lambda r: r.key):
        seen.setdefault(row.scope, row)
    return list(seen.values())


def request(conn: psycopg.Connection[Any], who: Actor) -> Any:
    return acting_as(conn, "anon" if who.anon else "authenticated", who.user_id)


REFUSED = "refused"
INCONCLUSIVE = "inconclusive"


def attempt(
    conn: psycopg.Connection[Any],
    who: Actor,
    statement: str | sql.Composed,
    args: tuple[Any, ...] = (),
    pre: str | None = None,
) -> tuple[str, int, str]:
    """Runs one write as `who`, rolled back: ("done", rows affected, "") or ("refused", 0, sqlstate) or
    ("inconclusive", 0, sqlstate) for a constraint error. `pre` runs first as the owner, in the same transaction."""
    with conn.transaction(force_rollback=True):
        if pre is not None:
            try:
                with conn.transaction():
                    conn.execute(pre)
            except psycopg.Error:
                pass
        try:
            with request(conn, who):
                cur = conn.execute(statement, args)
                return ("done", cur.rowcount, "")
        except psycopg.Error as exc:
            state = exc.sqlstate or "?"
            if state.startswith("23"):
                return (INCONCLUSIVE, 0, f"{state} {str(exc).splitlines()[0]}")
            return (REFUSED, 0, state)


def verdict(expect: Expect, outcome: tuple[str, int, str]) -> str | None:
    """A problem, or None. `expect`: True must happen, False must not, None either."""
    kind, count, state = outcome
    if expect is None:
        return None
    if kind == INCONCLUSIVE:
        return f"inconclusive: {state}"
    happened = kind == "done" and count > 0
    if expect is False and happened:
        return f"it happened ({count} row(s))"
    if expect is True and not happened:
        return f"it did not happen ({kind} {state})".strip()
    return None


def describe(world: World, conn: psycopg.Connection[Any], row: WorldRow) -> str:
    s = row.scope
    parts = [f"row {row.key}"]
    for key, team in world.teams.items():
        if s.team == team.team_id:
            parts.append(f"team {key}")
    if s.mailbox is not None:
        owner = conn.execute("select owner_id from public.mailboxes where id = %s", (s.mailbox,)).fetchone()
        parts.append(f"mailbox of {world.user_name(owner[0]) if owner else s.mailbox}")
    if s.user is not None:
        parts.append(f"user {world.user_name(s.user) or s.user}")
    if s.tag is not None:
        parts.append(f"({s.tag})")
    return " ".join(parts)


def expectation(rule: Rule, who: Actor, scope: Scope) -> Expect:
    """anon sees and changes nothing (TABLES: "anon nothing"); otherwise the relation's rule."""
    return False if who.anon else rule(who, scope)


def check_select(conn: psycopg.Connection[Any], built: Built, relation: str, who: Actor) -> list[str]:
    spec = EXPECTATIONS[relation]
    rows = world_rows(conn, relation)
    try:
        with request(conn, who):
            seen: set[str] | None = {
                r[0] for r in conn.execute(f"select ({spec.key})::text from public.{relation} x").fetchall()
            }
    except psycopg.errors.InsufficientPrivilege:
        seen = None
    problems = []
    for row in rows:
        expect = expectation(spec.select, who, row.scope)
        visible = seen is not None and row.key in seen
        if expect is True and not visible:
            why = "refused (42501)" if seen is None else "not among the rows returned"
            problems.append(f"must see {describe(built.world, conn, row)}: {why}")
        if expect is False and visible:
            problems.append(f"must not see {describe(built.world, conn, row)}: sees it")
    for extra in sorted((seen or set()) - {r.key for r in rows}):
        problems.append(f"sees a row the world does not have: {extra}")
    return problems


def other_team(built: Built, team: Any) -> TeamWorld:
    a, b = built.world.teams["A"], built.world.teams["B"]
    return b if team == a.team_id else a


def team_of(built: Built, team: Any) -> TeamWorld | None:
    for t in built.world.teams.values():
        if t.team_id == team:
            return t
    return None


USER_COLUMNS = ("owner_id", "user_id", "actor_id", "assigned_to")


def check_write(conn: psycopg.Connection[Any], built: Built, relation: str, who: Actor, command: str) -> list[str]:
    spec = EXPECTATIONS[relation]
    rule: Rule = getattr(spec, command)
    is_view = exposed_relations(conn)[relation] == "v"
    cols = columns(conn, relation)
    problems: list[str] = []
    target = sql.SQL("public.{}").format(sql.Identifier(relation))
    where = sql.SQL("({})::text = %s").format(sql.SQL(spec.key))

    def note(what: str, row: WorldRow, expect: Expect, outcome: tuple[str, int, str]) -> None:
        problem = verdict(expect, outcome)
        if problem:
            wanted = {True: "must happen", False: "must not happen", None: "open"}[expect]
            problems.append(f"{what} {describe(built.world, conn, row)}: {wanted}, but {problem}")

    for row in samples(world_rows(conn, relation)):
        expect = expectation(rule, who, row.scope)
        if command == "delete":
            stmt = sql.SQL("delete from {} as x where {}").format(target, where)
            note("delete", row, expect, attempt(conn, who, stmt, (row.key,)))
        elif command == "update":
            col = sql.Identifier(update_column(conn, relation))
            stmt = sql.SQL("update {} as x set {} = x.{} where {}").format(target, col, col, where)
            note("update (to the same value)", row, expect, attempt(conn, who, stmt, (row.key,)))
            # Moving a row: to the other team (nobody), to a mailbox or a user the actor does not own (a member never;
            # an admin within the team, open).
            moves: list[tuple[str, str, Any, Expect]] = []
            team = team_of(built, row.scope.team)
            if "team_id" in cols and relation != "team_members" and team is not None:
                moves.append(("move to the other team", "team_id", other_team(built, team.team_id).team_id, False))
            within: Expect = None if (who.admin_of(row.scope.team) and rule is not never) else False
            if "mailbox_id" in cols and team is not None:
                box = next(m.mailbox_id for m in (team.mb1, team.mb2) if m.mailbox_id not in who.mailboxes)
                moves.append(("move to another mailbox", "mailbox_id", box, (False if who.anon else within)))
            for column in USER_COLUMNS:
                if column in cols and team is not None:
                    someone = team.m2 if who.user_id != team.m2 else team.m1
                    moves.append(
                        (
                            f"set {column} to another user",
                            column,
                            someone,
                            (False if who.anon else within),
                        )
                    )
            for what, column, value, move_expect in moves:
                stmt = sql.SQL("update {} as x set {} = %s where {}").format(target, sql.Identifier(column), where)
                note(what, row, move_expect, attempt(conn, who, stmt, (value, row.key)))
        elif command == "insert":
            if is_view:
                # A view's rows are what its tables hold: a copy of one is refused (DESIGN: views are read under RLS).
                first = sql.Identifier(sorted(cols)[0])
                stmt = sql.SQL("insert into {} ({}) select {} from {} as x where {}").format(
                    target, first, first, target, where
                )
                note("insert a copy of", row, expectation(never, who, row.scope), attempt(conn, who, stmt, (row.key,)))
                continue
            doc = conn.execute(
                sql.SQL("select to_jsonb(x) from {} as x where {} limit 1").format(target, where), (row.key,)
            ).fetchone()
            assert doc is not None
            names = insert_columns(conn, relation)
            ids = sql.SQL(", ").join(sql.Identifier(n) for n in names)
            stmt = sql.SQL("insert into {} ({}) select {} from jsonb_populate_record(null::{}, %s::jsonb)").format(
                target, ids, ids, target
            )
            pre = sql.SQL("delete from {} as x where ({})::text = {}").format(
                target, sql.SQL(spec.key), sql.Literal(row.key)
            )
            note("insert a copy of", row, expect, attempt(conn, who, stmt, (Jsonb(doc[0]),), pre=pre.as_string(conn)))
    return problems


@pytest.mark.parametrize("relation", RELATIONS)
@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("actor_name", ACTORS)
def test_rls(db: psycopg.Connection[Any], built: Built, relation: str, command: str, actor_name: str) -> None:
    """One relation, one actor, one command: every row of the world against the rule the texts give."""
    assert relation in exposed_relations(db), f"{relation} is no longer in the exposed schema"
    who = actor(db, built.world, actor_name)
    if command == "select":
        problems = check_select(db, built, relation, who)
    else:
        problems = check_write(db, built, relation, who, command)
    assert not problems, (
        f"{relation} × {actor_name} × {command}:\n  "
        + "\n  ".join(problems)
        + f"\nbecause {EXPECTATIONS[relation].because}"
    )


# Writes the copies above do not reach: a role raised, a team joined, a log line forged ------------------------------


@dataclass(frozen=True)
class Probe:
    name: str
    relation: str
    # {me}, {my_team}, {other_team}, {teammate}, {outsider}, {my_tracked}, {my_mailbox} are filled in as literals.
    statement: str
    expect: Callable[[Actor], Expect]
    because: str


def _no(a: Actor) -> Expect:
    return False


def _member_no_admin_open(a: Actor) -> Expect:
    return None if a.admin_somewhere else False


FORGED_AUDIT = (
    "insert into public.audit_log (team_id, actor_id, actor_role, entity_type, entity_id, action, occurred_at)"
    " values ({my_team}, {who}, 'admin', 'team', {my_team}::text, 'settings_changed', '2030-01-08T10:00:00Z')"
)
FORGED_ACCESS = (
    "insert into public.data_access_logs (team_id, actor_id, actor_role, entity_type, entity_id, access_type,"
    " occurred_at) values ({my_team}, {who}, 'member', 'contact', 'x', 'read', '2030-01-08T10:00:00Z')"
)
PROBES = (
    Probe(
        "join-another-team-as-owner",
        "team_members",
        "insert into public.team_members (team_id, user_id, role) values ({other_team}, {me}, 'owner')",
        _no,
        TABLES + "; " + DESIGN,
    ),
    Probe(
        "add-an-outsider-as-admin",
        "team_members",
        "insert into public.team_members (team_id, user_id, role) values ({my_team}, {outsider}, 'admin')",
        _member_no_admin_open,
        DESIGN + " (a member changes what belongs to their own mailboxes, not who administers the team)",
    ),
    Probe(
        "raise-own-role-to-admin",
        "team_members",
        "update public.team_members set role = 'admin' where user_id = {me} and team_id = {my_team}",
        _member_no_admin_open,
        DESIGN + " (a member cannot make themself an admin)",
    ),
    Probe(
        "raise-own-role-to-owner",
        "team_members",
        "update public.team_members set role = 'owner' where user_id = {me} and team_id = {my_team}",
        _member_no_admin_open,
        DESIGN,
    ),
    Probe(
        "make-a-teammate-admin",
        "team_members",
        "update public.team_members set role = 'admin' where user_id = {teammate} and team_id = {my_team}",
        _member_no_admin_open,
        DESIGN,
    ),
    Probe(
        "raise-own-role-in-the-other-team",
        "team_members",
        "update public.team_members set role = 'owner' where team_id = {other_team}",
        _no,
        TABLES,
    ),
    Probe(
        "remove-the-other-team's-members",
        "team_members",
        "delete from public.team_members where team_id = {other_team}",
        _no,
        TABLES,
    ),
    Probe("audit-entry-in-own-name", "audit_log", FORGED_AUDIT.replace("{who}", "{me}"), _no, APPEND_ONLY),
    Probe(
        "audit-entry-in-a-teammate's-name", "audit_log", FORGED_AUDIT.replace("{who}", "{teammate}"), _no, APPEND_ONLY
    ),
    Probe("access-log-in-own-name", "data_access_logs", FORGED_ACCESS.replace("{who}", "{me}"), _no, APPEND_ONLY),
    Probe(
        "access-log-in-a-teammate's-name",
        "data_access_logs",
        FORGED_ACCESS.replace("{who}", "{teammate}"),
        _no,
        APPEND_ONLY,
    ),
    Probe(
        "erase-the-audit-trail", "audit_log", "delete from public.audit_log where team_id = {my_team}", _no, APPEND_ONLY
    ),
    Probe(
        "rewrite-the-audit-trail",
        "audit_log",
        "update public.audit_log set actor_id = {teammate} where actor_id = {me}",
        _no,
        APPEND_ONLY,
    ),
    Probe(
        "erase-own-access-log-lines",
        "data_access_logs",
        "delete from public.data_access_logs where actor_id = {me}",
        _no,
        APPEND_ONLY,
    ),
    Probe(
        "forge-a-timeline-event",
        "events",
        "insert into public.events (team_id, mailbox_id, tracked_email_id, kind, reason, occurred_at)"
        " values ({my_team}, {my_mailbox}, {my_tracked}, 'replied', 'forged', '2030-01-08T10:00:00Z')",
        _no,
        ENGINE,
    ),
    Probe(
        "erase-own-timeline",
        "events",
        "delete from public.events where mailbox_id = {my_mailbox}",
        _no,
        ENGINE,
    ),
    Probe(
        "mark-own-tracked-email-replied",
        "tracked_emails",
        "update public.tracked_emails set status = 'replied' where id = {my_tracked}",
        _no,
        ENGINE,
    ),
    Probe(
        "hand-own-mailbox-to-the-other-team",
        "mailboxes",
        "update public.mailboxes set team_id = {other_team} where id = {my_mailbox}",
        _no,
        TABLES,
    ),
    Probe(
        "give-own-mailbox-to-a-teammate",
        "mailboxes",
        "update public.mailboxes set owner_id = {teammate} where id = {my_mailbox}",
        _member_no_admin_open,
        DESIGN,
    ),
    Probe(
        "lift-the-team's-kill-switch-directly",
        "teams",
        "update public.teams set paused_at = null, paused_reason = null where id = {my_team}",
        _member_no_admin_open,
        'BEHAVIOUR R11 / README: "`pause_team`, `resume_team`" (admins only, through RPCs); ' + DESIGN,
    ),
)


def probe_literals(conn: psycopg.Connection[Any], built: Built, who: Actor) -> dict[str, str]:
    """The values a probe names, for `who` (anon: team A's, with no user)."""
    a = built.world.teams["A"]
    mine = next((t for t in built.world.teams.values() if who.member_of(t.team_id)), a)
    other = other_team(built, mine.team_id)
    teammate = mine.m2 if who.user_id != mine.m2 else mine.m1
    my_box = next(iter(sorted(who.mailboxes)), mine.mb1.mailbox_id)
    tracked = _one(conn, "select id from public.tracked_emails where mailbox_id = %s order by id limit 1", my_box)

    def lit(value: Any) -> str:
        return "null" if value is None else f"'{value}'"

    return {
        "me": lit(who.user_id),
        "my_team": lit(mine.team_id),
        "other_team": lit(other.team_id),
        "teammate": lit(teammate),
        "outsider": lit(built.world.users["outsider"]),
        "my_mailbox": lit(my_box),
        "my_tracked": lit(tracked),
    }


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: f"{p.relation}-{p.name}")
@pytest.mark.parametrize("actor_name", ACTORS)
def test_forbidden_write(db: psycopg.Connection[Any], built: Built, probe: Probe, actor_name: str) -> None:
    who = actor(db, built.world, actor_name)
    statement = probe.statement
    for name, value in probe_literals(db, built, who).items():
        statement = statement.replace("{" + name + "}", value)
    expect = False if who.anon else probe.expect(who)
    outcome = attempt(db, who, statement)
    problem = verdict(expect, outcome)
    assert problem is None, f"{probe.relation} × {actor_name} × {probe.name}: {problem}\nbecause {probe.because}"


# Coverage, and the catalog's promises -------------------------------------------------------------------------------


def test_every_exposed_relation_has_an_expectation(db: psycopg.Connection[Any]) -> None:
    """A relation the Data API can reach and this file has no rule for fails here, by name."""
    catalog = set(exposed_relations(db))
    assert sorted(catalog - set(EXPECTATIONS)) == [], "exposed relations without an expectation"
    assert sorted(set(EXPECTATIONS) - catalog) == [], "expectations for relations that are gone"


# R13's view must stay empty (BEHAVIOUR R13); my_access_logs, health_history and ranked_fact_suggestions are read
# through their universe (they depend on the caller).
MAY_BE_EMPTY = {"followup_promise_violations"}


def test_the_world_has_rows_everywhere(db: psycopg.Connection[Any], built: Built) -> None:
    """Every relation holds rows of both teams (else its matrix would prove nothing)."""
    empty = []
    for relation in RELATIONS:
        rows = world_rows(db, relation)
        teams = {r.scope.team for r in rows}
        wanted = {t.team_id for t in built.world.teams.values()}
        ok = bool(rows) if relation == "health_snapshots" else wanted <= teams
        if not ok and relation not in MAY_BE_EMPTY:
            empty.append(relation)
    assert empty == []


def test_rls_is_enabled_on_every_exposed_table(db: psycopg.Connection[Any]) -> None:
    """DESIGN.md: "Every table in an exposed schema has RLS enabled"."""
    off = db.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = any(%s) and c.relkind in ('r', 'p') and not c.relrowsecurity order by 1",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert off == []


def test_policies_are_written_to_authenticated(db: psycopg.Connection[Any]) -> None:
    """DESIGN.md: "policies written `to authenticated`" (policy names and roles only: no expression is read)."""
    other = db.execute(
        "select tablename, policyname, roles::text from pg_policies where schemaname = any(%s)"
        " and roles <> array['authenticated']::name[] order by 1, 2",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert other == []


def test_views_are_security_invoker(db: psycopg.Connection[Any]) -> None:
    """DESIGN.md: "views are `security_invoker`" (so they never read past the caller's RLS)."""
    definer = db.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = any(%s) and c.relkind = 'v'"
        " and not coalesce('security_invoker=true' = any(c.reloptions) or 'security_invoker=on' = any(c.reloptions),"
        " false) order by 1",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert definer == []


def test_no_materialized_view_or_foreign_table_is_readable(db: psycopg.Connection[Any]) -> None:
    """Neither has RLS: one the API roles could read would bypass it (DESIGN.md "Security model")."""
    readable = db.execute(
        "select c.relname, r from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " cross join unnest(array['anon', 'authenticated']) as r"
        " where n.nspname = any(%s) and c.relkind in ('m', 'f') and has_table_privilege(r, c.oid, 'select')",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert readable == []


# Counts a caller reads are counts of what they may see --------------------------------------------------------------

COUNTED = (
    # (view, its count, the relation whose rows it counts)
    ("followup_status_counts", "sum(tracked_emails)", "tracked_emails"),
    ("followup_activity_summary", "count(*)", "tracked_emails"),
    ("intel_intent_daily", "sum(messages)", "message_intents"),
    ("intel_intent_sources_daily", "sum(messages)", "message_intents"),
)


@pytest.mark.parametrize(("view", "count", "base"), COUNTED, ids=[c[0] for c in COUNTED])
@pytest.mark.parametrize("actor_name", ("a1", "adminA", "b1"))
def test_counts_are_of_what_the_caller_sees(
    db: psycopg.Connection[Any], built: Built, view: str, count: str, base: str, actor_name: str
) -> None:
    """README: views "as far as the caller may see the rows they count"; "`followup_status_counts` (view) | tracked
    emails per mailbox and status"."""
    who = actor(db, built.world, actor_name)
    with request(db, who):
        counted = _one(db, f"select coalesce({count}, 0) from public.{view}")
        visible = _one(db, f"select count(*) from public.{base}")
    assert (actor_name, view, counted) == (actor_name, view, visible)


# Secrets ------------------------------------------------------------------------------------------------------------

SECRET_COLUMN = r"(secret|token|password|passwd|credential|refresh|verifier|cipher|private_key|api_key|client_state)"
# Columns whose name looks like a secret and that the texts do not call one (judgment (b), said here):
NOT_A_SECRET = {
    # The lease token of a worker's claim (R9): only worker.* functions, which no signed-in user may run, take it;
    # no text lists it among the secrets (provider tokens, webhook and push secrets, client secrets).
    ("followups", "claim_token"),
}


def test_no_secret_column_is_readable(db: psycopg.Connection[Any]) -> None:
    """PRIVACY.md: "no secret in any table the Data API reads"; DESIGN.md: "Provider credentials (refresh tokens, MSAL
    token caches) never live in a table the Data API can reach"."""
    found = db.execute(
        "select c.table_name, c.column_name, r from information_schema.columns c"
        " cross join unnest(array['anon', 'authenticated']) as r"
        " where c.table_schema = any(%s) and c.column_name ~ %s"
        " and c.data_type not in ('timestamp with time zone', 'timestamp without time zone', 'date', 'boolean',"
        " 'integer', 'bigint', 'numeric')"
        " and has_column_privilege(r, format('%%I.%%I', c.table_schema, c.table_name), c.column_name, 'select')"
        " order by 1, 2, 3",
        (list(EXPOSED_SCHEMAS), SECRET_COLUMN),
    ).fetchall()
    assert [f for f in found if (f[0], f[1]) not in NOT_A_SECRET] == []


def test_no_secret_value_is_in_an_exposed_relation(db: psycopg.Connection[Any], built: Built) -> None:
    """The webhook secrets the RPCs showed once, a sealed grant and a PKCE verifier the workers stored: none appears
    in any row of any exposed relation (read as the owner, who sees every row). PRIVACY.md: "no secret in any table
    the Data API reads"; README: "The secret lives in `private.webhook_secrets`, which no API role reads"."""
    assert len(built.world.secrets) == 8
    leaks = []
    for relation in sorted(exposed_relations(db)):
        for secret in built.world.secrets:
            n = _one(db, f"select count(*) from public.{relation} x where strpos(x::text, %s) > 0", secret)
            if n:
                leaks.append((relation, secret[:12] + "…", n))
    assert leaks == []


SECRET_TABLES = (
    # README: "Provider credentials live in `private.mailbox_credentials` …; no API role can read that schema."
    "mailbox_credentials",
    # README: "The secret lives in `private.webhook_secrets`, which no API role reads."
    "webhook_secrets",
    # README: "`private.oauth_states` (no API role reaches it) keeps the state's SHA-256 with the verifier"
    "oauth_states",
    # README: "the salt is per deployment, made on first use, readable by no API role"
    "erasure_salt",
)


@pytest.mark.parametrize("table", SECRET_TABLES)
@pytest.mark.parametrize("role", ("anon", "authenticated", "service_role"))
def test_secret_tables_are_unreadable(db: psycopg.Connection[Any], built: Built, table: str, role: str) -> None:
    """No API role (tests/pg.py: anon, authenticated, service_role) reads a secret, even by plain SQL."""
    user = built.world.users["adminA"] if role != "anon" else None
    try:
        with acting_as(db, role, user):
            rows = db.execute(f"select * from private.{table}").fetchall()
    except psycopg.errors.InsufficientPrivilege:
        return
    pytest.fail(f"{role} reads private.{table} ({len(rows)} rows)")


@pytest.mark.parametrize("role", ("anon", "authenticated", "service_role"))
def test_private_schema_is_unreadable(db: psycopg.Connection[Any], role: str) -> None:
    """README: "Provider credentials live in `private.mailbox_credentials` …; no API role can read that schema."
    (the private schema: no table of it readable by an API role)."""
    readable = db.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'private' and c.relkind in ('r', 'p', 'v', 'm')"
        " and has_table_privilege(%s, c.oid, 'select') order by 1",
        (role,),
    ).fetchall()
    assert [r[0] for r in readable] == []


# Contacts' details come through get_contact, which logs -------------------------------------------------------------

DETAILS = (
    ("contacts", "phone_mobile"),
    ("contacts", "phone_landline"),
    ("contacts", "phone_fax"),
    ("contacts", "website"),
    ("contacts", "linkedin"),
    ("contacts", "postal_address"),
    ("contact_facts", "value"),
)


@pytest.mark.parametrize(("relation", "column"), DETAILS, ids=[f"{r}.{c}" for r, c in DETAILS])
@pytest.mark.parametrize("actor_name", ("a1", "adminA"))
def test_contact_details_only_through_get_contact(
    db: psycopg.Connection[Any], built: Built, relation: str, column: str, actor_name: str
) -> None:
    """README "Privacy": "members select a contact's name, title, company and dates; phones, website, LinkedIn and
    postal address come through `get_contact`, which logs. The same holds for the facts behind them: members select
    every column of `contact_facts` but `value`"."""
    who = actor(db, built.world, actor_name)
    try:
        with request(db, who):
            db.execute(f"select {column} from public.{relation}").fetchall()
    except psycopg.errors.InsufficientPrivilege:
        return
    pytest.fail(f"{actor_name} selects {relation}.{column} without get_contact (no access log line)")


# Functions ----------------------------------------------------------------------------------------------------------

# DESIGN.md "Contracts": "Functions the workers and pg_cron call (executable by `service_role` only, never by
# `anon`/`authenticated` …): `ingest_message`, `run_followup_scheduler`, `claim_followup`, `complete_followup`,
# `fail_followup`, and the queue, cursor and intake helpers"; README names the others.
SERVICE_ONLY = {
    "ingest_message",
    "ingest_messages",
    "run_followup_scheduler",
    "claim_followup",
    "complete_followup",
    "fail_followup",
    "record_followup_identity",
    "read_followup_queue",
    "ack_followup_message",
    "reschedule_pending_followups",
    "receive_graph_notifications",
    "receive_gmail_push",
    "health_check",
    "record_heartbeat",
    "record_health_snapshot",
    "oauth_begin",
    "oauth_consume",
    "connect_mailbox",
    "store_mailbox_credentials",
    "load_mailbox_credentials",
    "record_intent",
    "record_signature",
    "run_autofill",
    "backfill_insights",
    "erase_person_as_operator",
    "disconnect_mailbox_as_operator",
    "ai_usage_daily",
    "take_mailbox_request_slot",
    "read_intelligence_queue",
    "read_webhook_deliveries",
    "record_webhook_attempt",
    "configure_defaults",
    "compact_status_counts",
    "log_data_access",
    "log_event",
    "audit",
    "write_compliance_reports",
    "anonymise_inactive_users",
}


def test_no_service_function_is_executable_by_an_api_user(db: psycopg.Connection[Any]) -> None:
    """No function of an exposed schema that only the service role should run (the texts' list, and every name the
    worker schema has) is executable by anon or authenticated."""
    worker_names = {r[0] for r in db.execute("select proname from pg_proc where pronamespace = 'worker'::regnamespace")}
    rows = db.execute(
        "select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), r"
        " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        " cross join unnest(array['anon', 'authenticated']) as r"
        " where n.nspname = any(%s) and has_function_privilege(r, p.oid, 'execute') order by 2, 4",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    offenders = [row for row in rows if row[1] in SERVICE_ONLY | worker_names]
    assert offenders == []


def test_anon_executes_no_function_of_an_exposed_schema(db: psycopg.Connection[Any]) -> None:
    """README: "anon nothing"; every RPC the texts list is a signed-in user's (or an admin's)."""
    rows = db.execute(
        "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        " where n.nspname = any(%s) and has_function_privilege('anon', p.oid, 'execute') order by 1",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert rows == []


@pytest.mark.parametrize("role", ("anon", "authenticated"))
def test_the_worker_schema_is_closed_to_api_users(db: psycopg.Connection[Any], role: str) -> None:
    """README: "the `worker` schema, which the Data API does not expose and only `service_role` may use"."""
    usage = _one(db, "select has_schema_privilege(%s, 'worker', 'usage')", role)
    executable = db.execute(
        "select p.proname from pg_proc p where p.pronamespace = 'worker'::regnamespace"
        " and has_function_privilege(%s, p.oid, 'execute') order by 1",
        (role,),
    ).fetchall()
    assert (usage, executable) == (False, [])


# The RPCs: nobody reads or changes through them what the tables would not show them ---------------------------------


@dataclass(frozen=True)
class Call:
    name: str
    actor: str
    statement: str  # {placeholders} from `call_literals`
    kind: str  # "read": refused, or nothing comes back; "write": refused, or the witness is unchanged; "refused"
    because: str
    witness: str | None = None  # run as the owner before and after the call, in the same transaction


def call_literals(conn: psycopg.Connection[Any], built: Built) -> dict[str, str]:
    a, b = built.world.teams["A"], built.world.teams["B"]
    u = built.world.users

    def one(query: str, *args: Any) -> str:
        return f"'{_one(conn, query, *args)}'"

    return {
        "team_a": f"'{a.team_id}'",
        "team_b": f"'{b.team_id}'",
        "a1_mailbox": f"'{a.mb1.mailbox_id}'",
        "a2_mailbox": f"'{a.mb2.mailbox_id}'",
        "b_mailbox": f"'{b.mb1.mailbox_id}'",
        "a2_user": f"'{u['a2']}'",
        "a1_tracked": one(
            "select id from public.tracked_emails where mailbox_id = %s order by id limit 1", a.mb1.mailbox_id
        ),
        "a2_tracked": one(
            "select id from public.tracked_emails where mailbox_id = %s order by id limit 1", a.mb2.mailbox_id
        ),
        "a2_active_tracked": one(
            "select id from public.tracked_emails where mailbox_id = %s and status = 'active' order by id limit 1",
            a.mb2.mailbox_id,
        ),
        "b_tracked": one(
            "select id from public.tracked_emails where mailbox_id = %s order by id limit 1", b.mb1.mailbox_id
        ),
        "a2_untracked_sent": one(
            "select m.id from public.messages m where m.mailbox_id = %s and m.direction = 'outbound'"
            " and not exists (select 1 from public.tracked_emails t where t.message_id = m.id) order by m.id limit 1",
            a.mb2.mailbox_id,
        ),
        "a2_notification": one("select id from public.notifications where owner_id = %s order by id limit 1", u["a2"]),
        "a2_reminder": one("select id from public.reminders where owner_id = %s order by id limit 1", u["a2"]),
        "a1_dead": one("select id from public.dead_letters where mailbox_id = %s", a.mb1.mailbox_id),
        "a2_intent_message": one(
            "select message_id from public.message_intents where mailbox_id = %s order by message_id limit 1",
            a.mb2.mailbox_id,
        ),
        "a2_contact": one("select id from public.contacts where owner_id = %s order by id limit 1", u["a2"]),
        "a2_suggestion": one(
            "select f.id from public.contact_facts f join public.contacts c on c.id = f.contact_id"
            " where c.owner_id = %s and f.status = 'suggested' order by f.id limit 1",
            u["a2"],
        ),
        "b_contact": one("select id from public.contacts where team_id = %s order by id limit 1", b.team_id),
        "b_address": one("select address from public.contacts where team_id = %s order by id limit 1", b.team_id),
        "a_address": one("select address from public.contacts where team_id = %s order by id limit 1", a.team_id),
        "b_endpoint": one("select id from public.webhook_endpoints where team_id = %s", b.team_id),
    }


REPORT = (
    'README "The report": "a team admin … reads exactly the page\'s numbers (a member, those of their own mailboxes; '
    'anyone else gets 42501)"'
)
CALLS = (
    Call(
        "get_contact-of-the-other-team",
        "a1",
        "select public.get_contact({b_contact})",
        "read",
        'README: "`get_contact(contact_id)` | a contact\'s full record … for a member of its team"',
    ),
    Call(
        "get_timeline-of-a-teammate's-mail",
        "a1",
        "select * from public.get_timeline({a2_tracked})",
        "read",
        DESIGN + '; COMMENT: "Reads under the caller\'s RLS."',
    ),
    Call("get_timeline-of-the-other-team", "b1", "select * from public.get_timeline({a1_tracked})", "read", TABLES),
    Call(
        "get_total_followup_count-of-the-other-team",
        "a1",
        "select nullif(public.get_total_followup_count({b_tracked}), 0)",
        "read",
        TABLES,
    ),
    Call(
        "export_person-of-the-other-team",
        "adminA",
        "select public.export_person({team_b}, {b_address})",
        "read",
        'README: "`export_person(team_id, address)` (admins)"',
    ),
    Call(
        "export_person-as-a-member",
        "a1",
        "select public.export_person({team_a}, {a_address})",
        "read",
        'README: "`export_person(team_id, address)` (admins)"',
    ),
    Call(
        "followup_report-of-the-other-team",
        "adminA",
        "select public.followup_report({team_b}, date '2030-01-01', date '2030-01-31')",
        "read",
        REPORT,
    ),
    Call(
        "get_mailbox_signature-of-a-teammate",
        "a1",
        "select public.get_mailbox_signature({a2_mailbox})",
        "read",
        'COMMENT: "The mailbox\'s signature (its owner or an admin)"; ' + DESIGN,
    ),
    Call(
        "list_routing_rules-of-the-other-team",
        "b1",
        "select * from public.list_routing_rules({team_a})",
        "read",
        'COMMENT: "empty for a non-member"; ' + TABLES,
    ),
    Call(
        "get_privacy_settings-of-the-other-team",
        "b1",
        "select public.get_privacy_settings({team_a})",
        "read",
        'COMMENT: "for its members"; ' + TABLES,
    ),
    Call(
        "preview_followup_template-of-the-other-team",
        "adminA",
        "select public.preview_followup_template({b_tracked}, p_step => 1)",
        "read",
        TABLES,
    ),
    Call(
        "get_field_suggestions-of-the-other-team",
        "adminA",
        "select * from public.get_field_suggestions({team_b}, 'title', null, 10)",
        "read",
        TABLES,
    ),
    Call(
        "rotate_webhook_secret-of-the-other-team",
        "adminA",
        "select public.rotate_webhook_secret({b_endpoint})",
        "read",
        WEBHOOKS,
    ),
    Call(
        "pause-a-teammate's-tracked-email",
        "a1",
        "select public.pause_tracked_email({a2_active_tracked})",
        "write",
        DESIGN,
        "select status from public.tracked_emails where id = {a2_active_tracked}",
    ),
    Call(
        "pause-the-other-team's-tracked-email",
        "b1",
        "select public.pause_tracked_email({a1_tracked})",
        "write",
        TABLES,
        "select status from public.tracked_emails where id = {a1_tracked}",
    ),
    Call(
        "untrack-a-teammate's-email",
        "a1",
        "select public.untrack_email({a2_active_tracked})",
        "write",
        DESIGN,
        "select status from public.tracked_emails where id = {a2_active_tracked}",
    ),
    Call(
        "track-a-teammate's-message",
        "a1",
        "select public.track_message({a2_untracked_sent})",
        "write",
        DESIGN,
        "select count(*) from public.tracked_emails where message_id = {a2_untracked_sent}",
    ),
    Call(
        "settings-of-a-teammate's-mailbox",
        "a1",
        "select public.set_mailbox_settings({a2_mailbox}, '{{\"daily_send_cap\": 1}}')",
        "write",
        'README: "`set_mailbox_settings(mailbox_id, jsonb)`"; COMMENT: "(its owner or a team admin)"',
        "select daily_send_cap from public.mailboxes where id = {a2_mailbox}",
    ),
    Call(
        "disconnect-a-teammate's-mailbox",
        "a1",
        "select public.disconnect_mailbox({a2_mailbox}, 'x')",
        "write",
        'README: "`disconnect_mailbox(mailbox_id, reason)` (the mailbox\'s owner or a team admin)"',
        "select status from public.mailboxes where id = {a2_mailbox}",
    ),
    Call(
        "disconnect-the-other-team's-mailbox",
        "adminA",
        "select public.disconnect_mailbox({b_mailbox}, 'x')",
        "write",
        TABLES,
        "select status from public.mailboxes where id = {b_mailbox}",
    ),
    Call(
        "pause-a-teammate's-mailbox",
        "a1",
        "select public.pause_mailbox({a2_mailbox})",
        "write",
        DESIGN,
        "select status from public.mailboxes where id = {a2_mailbox}",
    ),
    Call(
        "team-settings-as-a-member",
        "a1",
        "select public.set_team_settings({team_a}, '{{\"max_followups\": 1}}')",
        "write",
        SETTINGS,
        "select max_followups from public.team_settings where team_id = {team_a}",
    ),
    Call(
        "team-settings-of-the-other-team",
        "adminA",
        "select public.set_team_settings({team_b}, '{{\"max_followups\": 1}}')",
        "write",
        SETTINGS,
        "select max_followups from public.team_settings where team_id = {team_b}",
    ),
    Call(
        "kill-switch-as-a-member",
        "a1",
        "select public.pause_team({team_a}, 'x')",
        "write",
        'COMMENT: "R11: the kill switch … Admins only."',
        "select paused_at from public.teams where id = {team_a}",
    ),
    Call(
        "read-a-teammate's-notification",
        "a1",
        "select public.mark_notification_read({a2_notification})",
        "write",
        NOTIFY,
        "select read_at from public.notifications where id = {a2_notification}",
    ),
    Call(
        "close-a-teammate's-reminder",
        "a1",
        "select public.mark_reminder_done({a2_reminder})",
        "write",
        NOTIFY,
        "select done_at from public.reminders where id = {a2_reminder}",
    ),
    Call(
        "resume-a-teammate's-not-now",
        "a1",
        "select public.resume_after_not_now({a2_reminder}, true)",
        "write",
        'README: "The owner or an admin may ask that the sequence resume on that date"',
        "select resume_at from public.reminders where id = {a2_reminder}",
    ),
    Call(
        "retry-a-dead-letter-as-a-member",
        "a1",
        "select public.retry_dead_letter({a1_dead})",
        "write",
        'README: "`retry_dead_letter(dead_letter_id)` (admins)"',
        "select status from public.dead_letters where id = {a1_dead}",
    ),
    Call(
        "correct-a-teammate's-intent",
        "a1",
        "select public.correct_intent({a2_intent_message}, 'other')",
        "write",
        "COMMENT: \"The mailbox's owner or a team admin approves … or corrects a reply's intent\"",
        "select label from public.message_intents where message_id = {a2_intent_message}",
    ),
    Call(
        "type-a-field-of-a-teammate's-contact",
        "a1",
        "select public.set_contact_field({a2_contact}, 'title', 'X')",
        "write",
        'README: "the contact\'s owner or an admin decides"; COMMENT: "(its owner or a team admin)"',
        "select count(*) from public.contact_facts where contact_id = {a2_contact}",
    ),
    Call(
        "decide-a-teammate's-suggestion",
        "a1",
        "select public.decide_fact({a2_suggestion}, 'accept')",
        "write",
        SUGGESTIONS,
        "select status from public.contact_facts where id = {a2_suggestion}",
    ),
    Call(
        "objection-for-the-other-team's-contact",
        "a1",
        "select public.record_objection({b_contact}, 'x')",
        "write",
        TABLES,
        "select objected_at from public.contacts where id = {b_contact}",
    ),
    Call(
        "erase-as-a-member",
        "a1",
        "select public.erase_person({team_a}, {a_address})",
        "write",
        'README: "`public.erase_person(team, address)` (owners and admins …)"',
        "select count(*) from public.contacts where address = {a_address}",
    ),
    Call(
        "anonymise-a-teammate-as-a-member",
        "a1",
        "select public.anonymise_member({team_a}, {a2_user})",
        "write",
        'README: "`public.anonymise_member(team, user)` (admins)"',
        "select count(*) from public.team_members where user_id = {a2_user}",
    ),
    Call(
        "create-a-webhook-as-a-member",
        "a1",
        "select public.create_webhook_endpoint({team_a}, 'http://127.0.0.1:9/x', array['email.replied'])",
        "write",
        WEBHOOKS,
        "select count(*) from public.webhook_endpoints",
    ),
    Call(
        "delete-the-other-team's-webhook",
        "adminA",
        "select public.delete_webhook_endpoint({b_endpoint})",
        "write",
        WEBHOOKS,
        "select count(*) from public.webhook_endpoints",
    ),
    Call(
        "template-for-the-other-team",
        "adminA",
        "select public.create_followup_template({team_b}, 3, 'en', 'Hello')",
        "write",
        TEMPLATES,
        "select count(*) from public.followup_templates",
    ),
    Call(
        "template-as-a-member",
        "a1",
        "select public.create_followup_template({team_a}, 3, 'en', 'Hello')",
        "write",
        TEMPLATES,
        "select count(*) from public.followup_templates",
    ),
    Call(
        "intelligence-settings-as-a-member",
        "a1",
        "select public.set_intelligence_settings({team_a}, p_autofill_threshold => 0.5)",
        "write",
        'README: "`set_intelligence_settings(team_id, …)`, `run_autofill_now(team_id, limit)` (admins)"',
        "select autofill_threshold from public.intelligence_settings where team_id = {team_a}",
    ),
    Call(
        "routing-rule-for-the-other-team",
        "adminA",
        "select public.create_routing_rule({team_b}, 'x', p_intents => array['interested'])",
        "write",
        TABLES,
        "select count(*) from public.routing_rules",
    ),
    Call(
        "own-pause-at-a-chosen-instant",
        "a1",
        "select public.pause_tracked_email({a1_tracked}, timestamptz '2030-02-01 10:00Z')",
        "refused",
        'README: "a user-facing RPC honours `p_now` for `service_role` only and refuses it from a signed-in user '
        '(42501, `private.caller_now`)"',
    ),
)


def _empty(value: Any) -> bool:
    return value is None or value is False or value in ([], {}, "", 0)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: f"{c.actor}-{c.name}")
def test_rpc_stays_within_what_the_caller_may_touch(db: psycopg.Connection[Any], built: Built, call: Call) -> None:
    who = actor(db, built.world, call.actor)
    literals = call_literals(db, built)
    statement = call.statement.format(**literals)
    witness = call.witness.format(**literals) if call.witness else None
    with db.transaction(force_rollback=True):
        before = db.execute(witness).fetchall() if witness else None
        error: psycopg.Error | None = None
        rows: list[Any] = []
        try:
            with request(db, who):
                rows = db.execute(statement).fetchall()
        except psycopg.Error as exc:
            error = exc
        after = db.execute(witness).fetchall() if witness else None
    if error is not None:
        assert error.sqlstate not in ("42883", "42601", "42703", "42P01"), f"the probe itself is wrong: {error}"
    where = f"{call.actor} × {call.name}"
    if call.kind == "refused":
        assert error is not None and error.sqlstate == "42501", (
            f"{where}: not refused ({rows!r})\nbecause {call.because}"
        )
    elif call.kind == "read":
        assert error is not None or all(_empty(v) for r in rows for v in r), (
            f"{where}: it answered {str(rows)[:300]}\nbecause {call.because}"
        )
    else:
        assert before == after, f"{where}: it changed {before} -> {after}\nbecause {call.because}"


LISTS = (
    (
        "followup_activity_page",
        "select tracked_email_id from public.followup_activity_page('next_due', p_limit => 500)",
        "select id from public.tracked_emails",
    ),
    ("mailbox_connections", "select mailbox_id from public.mailbox_connections()", "select id from public.mailboxes"),
)


@pytest.mark.parametrize(("rpc", "listing", "table"), LISTS, ids=[item[0] for item in LISTS])
@pytest.mark.parametrize("actor_name", ("a1", "adminA", "b1"))
def test_listing_rpcs_list_what_the_tables_show(
    db: psycopg.Connection[Any], built: Built, rpc: str, listing: str, table: str, actor_name: str
) -> None:
    """README: `followup_activity_page` gives "rows of followup_activity_summary the caller may see";
    `mailbox_connections()`: "each mailbox the caller may see (their own; all of a team they administer)"."""
    who = actor(db, built.world, actor_name)
    with request(db, who):
        listed = sorted(str(r[0]) for r in db.execute(listing).fetchall())
        visible = sorted(str(r[0]) for r in db.execute(table).fetchall())
    assert listed == visible
    mine = {str(m) for m in who.mailboxes}
    if rpc == "mailbox_connections" and not who.admin_somewhere:
        assert set(listed) == mine


@pytest.mark.parametrize("actor_name", ("a1", "adminA"))
def test_an_opt_out_outlives_the_data_api(db: psycopg.Connection[Any], built: Built, actor_name: str) -> None:
    """BEHAVIOUR R8: "Nothing is ever sent to a suppressed address … a new message to a suppressed address is
    recorded as not tracked"; PRIVACY.md: an objection "is kept as a suppression". Whatever a signed-in user does to
    `suppressions` through the Data API, a new message to someone who opted out is not tracked."""
    who = actor(db, built.world, actor_name)
    team = built.world.teams["A"]
    address = f"sam.a1@{team.client_domain}"
    with db.transaction(force_rollback=True):
        try:
            # Committed into the enclosing transaction (rolled back at the end), as the request would be.
            with acting_as(db, "authenticated", who.user_id, commit=True):
                db.execute("delete from public.suppressions where address = %s", (address,))
        except psycopg.Error:
            pass
        db.execute("reset role")
        db.execute("select set_config('request.jwt.claims', '', true)")
        sent = story.outbound(team.mb1, [address], sent_at=at(2000), subject="Nouvelle offre")
        result = story.ingest(db, team.mb1.mailbox_id, sent, at(2000))
    assert "tracked" not in result.get("effects", []), f"{actor_name} lifted an opt-out: {result}"
