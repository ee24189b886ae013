"""Blind acceptance tests of reply routing (README "Routing replies", "What a frontend calls", "Intent of a reply",
"Members who leave"; ../shared/INTELLIGENCE.md "Routing, human in the loop, learning"; ../shared/PRIVACY.md "Audit of
critical operations"), written from the texts and the catalog's signatures and comments only, as a demanding French
wealth-management firm would check them.

Cabinet Martin Patrimoine (Paris): Claire Martin (owner, a mailbox), Luc Bernard (admin), Sophie Leroy (member, a
mailbox of her own), Hugo Petit (member, no mailbox). Gestion Privée Lambert (Lyon), another team: Alain Lambert
(owner, a mailbox). Every mailbox is connected (`tracks_from`) a month before T0, a fixed instant in 2030; replies
arrive after it and their intents are recorded as the intelligence worker records them (`worker.record_intent`), at
injected instants (p_now); rule changes are made on an admin's behalf at injected instants (service_role) or as a
signed-in member (authenticated). Nothing depends on today's date.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as, sqlstate
from tests.story import (
    Firm,
    Mailbox,
    inbound,
    inbound_reply,
    ingest,
    make_firm,
    outbound,
)

Conn = psycopg.Connection[Any]
# Tuesday 12 March 2030, 10:00 UTC: an ordinary working morning, far from any real date.
T0 = dt.datetime(2030, 3, 12, 10, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def firm(conn: Conn) -> Firm:
    # Connected a month before T0: what arrives after it is live mail, whatever today's date.
    return make_firm(conn, tracks_from=T0 - 30 * DAY)


# Helpers ------------------------------------------------------------------------------------------------------

RULE_ARGS = (
    "p_team_id => %s, p_name => %s, p_intents => %s::text[], p_sender_domains => %s::text[],"
    " p_keywords => %s::text[], p_mailbox_ids => %s::uuid[], p_assign_to => %s, p_labels => %s::text[],"
    " p_notify_user_id => %s"
)


def rule_values(
    team: uuid.UUID,
    name: str,
    intents: tuple[str, ...] | list[str] = (),
    domains: tuple[str, ...] | list[str] = (),
    keywords: tuple[str, ...] | list[str] = (),
    mailboxes: tuple[uuid.UUID, ...] | list[uuid.UUID] = (),
    assign: uuid.UUID | None = None,
    labels: tuple[str, ...] | list[str] = (),
    notify: uuid.UUID | None = None,
) -> tuple[Any, ...]:
    return (team, name, list(intents), list(domains), list(keywords), list(mailboxes), assign, list(labels), notify)


def make_rule(
    conn: Conn,
    actor: uuid.UUID,
    team: uuid.UUID,
    name: str,
    *,
    position: int | None = None,
    enabled: bool = True,
    at: dt.datetime = T0 - DAY,
    **kw: Any,
) -> uuid.UUID:
    """An admin adds a rule (on their behalf at an injected instant, service_role), committed."""
    with acting_as(conn, "service_role", actor, commit=True) as c:
        row = c.execute(
            f"select public.create_routing_rule({RULE_ARGS}, p_position => %s, p_enabled => %s, p_now => %s)",
            (*rule_values(team, name, **kw), position, enabled, at),
        ).fetchone()
    assert row is not None and row[0] is not None
    return uuid.UUID(str(row[0]))


def admin_rpc(conn: Conn, actor: uuid.UUID, statement: str, args: tuple[Any, ...]) -> Any:
    """A rule RPC on an admin's behalf (service_role, instants injected by the statement), committed."""
    with acting_as(conn, "service_role", actor, commit=True) as c:
        row = c.execute(statement, args).fetchone()
    return None if row is None else row[0]


def said(err: psycopg.Error) -> str:
    """What an error says to the caller (its primary message, without the server's context lines), lower case."""
    return (err.diag.message_primary or "").lower()


def error_of(conn: Conn, role: str, user: uuid.UUID | None, statement: str, args: tuple[Any, ...]) -> psycopg.Error:
    """The error a request raises (the test fails if it succeeds)."""
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, role, user) as c:
        c.execute(statement, args)
    return refused.value


def reply(
    conn: Conn,
    box: Mailbox,
    sender: str,
    intent: str,
    *,
    at: dt.datetime = T0,
    subject: str = "Notre échange",
    body: str = "Bonjour, merci pour votre message.",
    new_text: str | None = None,
    confidence: float = 0.9,
) -> uuid.UUID:
    """An inbound reply ingested at `at`, its intent then recorded by the worker (source rules) at the same instant."""
    message = inbound(box, sender, received_at=at, subject=subject, body_text=body)
    if new_text is not None:
        message["analysis"]["new_text"] = new_text
    mid = ingest(conn, box.mailbox_id, message, at)["message_id"]
    conn.execute(
        "select worker.record_intent(%s::uuid, %s, %s::numeric, 'rules', p_now => %s)", (mid, intent, confidence, at)
    )
    return uuid.UUID(str(mid))


def route(conn: Conn, message_id: uuid.UUID) -> dict[str, Any] | None:
    row = conn.execute(
        "select assigned_to, labels, rule_id, rule_name, intent::text, routed_at, team_id, mailbox_id"
        " from public.message_routes where message_id = %s",
        (message_id,),
    ).fetchone()
    if row is None:
        return None
    keys = ("assigned_to", "labels", "rule_id", "rule_name", "intent", "routed_at", "team_id", "mailbox_id")
    return dict(zip(keys, row, strict=True))


def assignee(conn: Conn, message_id: uuid.UUID) -> uuid.UUID | None:
    r = route(conn, message_id)
    return None if r is None else r["assigned_to"]


def notes(conn: Conn, message_id: uuid.UUID) -> set[tuple[uuid.UUID, str]]:
    """(member, kind) of the notifications about a reply, as the superuser sees them."""
    rows = conn.execute(
        "select owner_id, kind::text from public.notifications where message_id = %s", (message_id,)
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


def unread_notes(conn: Conn, message_id: uuid.UUID) -> set[tuple[uuid.UUID, str]]:
    rows = conn.execute(
        "select owner_id, kind::text from public.notifications where message_id = %s and read_at is null",
        (message_id,),
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


def listed(conn: Conn, user: uuid.UUID, team: uuid.UUID) -> list[tuple[Any, ...]]:
    with acting_as(conn, "authenticated", user) as c:
        return c.execute("select id, position, name, enabled from public.list_routing_rules(%s)", (team,)).fetchall()


def rules_of(conn: Conn, team: uuid.UUID) -> list[tuple[Any, ...]]:
    """The team's rules in order, as stored (superuser)."""
    return conn.execute(
        "select id, position, name, enabled, assign_to, notify_user_id from public.routing_rules"
        " where team_id = %s order by position",
        (team,),
    ).fetchall()


def audit(conn: Conn, team: uuid.UUID) -> list[dict[str, Any]]:
    """The team's audit entries about routing rules, oldest first."""
    rows = conn.execute(
        "select actor_id, action, entity_type, entity_id, before, after, occurred_at from public.audit_log"
        " where team_id = %s and (entity_type like '%%rout%%' or action like '%%rout%%') order by id",
        (team,),
    ).fetchall()
    keys = ("actor_id", "action", "entity_type", "entity_id", "before", "after", "occurred_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def correct(conn: Conn, user: uuid.UUID, message_id: uuid.UUID, intent: str, at: dt.datetime) -> None:
    with acting_as(conn, "service_role", user, commit=True) as c:
        c.execute("select public.correct_intent(%s, %s, p_now => %s)", (message_id, intent, at))


def visible_routes(conn: Conn, user: uuid.UUID | None, role: str = "authenticated") -> set[uuid.UUID]:
    with acting_as(conn, role, user) as c:
        try:
            rows = c.execute("select message_id from public.message_routes").fetchall()
        except psycopg.errors.InsufficientPrivilege:
            return set()
    return {uuid.UUID(str(r[0])) for r in rows}


def dumps(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


DUPUIS = "jean.dupuis@dupuis-industrie.fr"
NGUYEN = "m.nguyen@nguyen-associes.fr"
ROUSSEAU = "p.rousseau@rousseau-avocats.fr"


# First enabled match wins; no match falls back to the mailbox's owner ----------------------------------------


def test_the_first_rule_by_position_wins_and_reordering_changes_the_winner(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "Routing rules (per team, ordered) (...) First match wins"; README: "the first enabled rule
    whose conditions all match wins"; catalog (reorder_routing_rules): "puts the team's routing rules in this order"."""
    first = make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    second = make_rule(conn, firm.luc, firm.a, "Devis pour Hugo", intents=["quote_request"], assign=firm.hugo)
    m1 = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    r1 = route(conn, m1)
    assert r1 is not None
    assert (r1["assigned_to"], r1["rule_id"], r1["rule_name"], r1["intent"]) == (
        firm.sophie,
        first,
        "Devis pour Sophie",
        "quote_request",
    )
    assert r1["routed_at"] == T0
    n = admin_rpc(
        conn,
        firm.luc,
        "select public.reorder_routing_rules(%s, %s::uuid[], p_now => %s)",
        (firm.a, [second, first], T0),
    )
    assert n == 2
    assert [(r[0], r[1]) for r in rules_of(conn, firm.a)] == [(second, 1), (first, 2)]
    m2 = reply(conn, firm.claire_box, NGUYEN, "quote_request", at=T0 + HOUR)
    assert assignee(conn, m2) == firm.hugo
    assert assignee(conn, m1) == firm.sophie, "a reply already routed stays where it went"


def test_a_disabled_rule_is_skipped_and_counts_again_once_enabled(conn: Conn, firm: Firm) -> None:
    """README: "the first enabled rule whose conditions all match wins"; catalog (set_routing_rule_enabled): "a
    disabled rule never matches"; (create_routing_rule) p_enabled."""
    first = make_rule(conn, firm.luc, firm.a, "Rendez-vous Sophie", intents=["meeting_request"], assign=firm.sophie)
    make_rule(conn, firm.luc, firm.a, "Rendez-vous Hugo", intents=["meeting_request"], assign=firm.hugo)
    make_rule(
        conn, firm.luc, firm.a, "Brouillon", intents=["meeting_request"], assign=firm.luc, position=1, enabled=False
    )
    admin_rpc(conn, firm.luc, "select public.set_routing_rule_enabled(%s, false, p_now => %s)", (first, T0))
    assert assignee(conn, reply(conn, firm.claire_box, DUPUIS, "meeting_request", at=T0 + HOUR)) == firm.hugo
    admin_rpc(conn, firm.luc, "select public.set_routing_rule_enabled(%s, true, p_now => %s)", (first, T0 + 2 * HOUR))
    assert assignee(conn, reply(conn, firm.claire_box, NGUYEN, "meeting_request", at=T0 + 3 * HOUR)) == firm.sophie


def test_a_reply_no_rule_matches_goes_to_its_mailboxs_owner(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "no match falls back to the mailbox owner"; README: "a reply no rule matches goes to its
    mailbox's owner"; "the rule that matched (`rule_id`, `rule_name`; none: the mailbox's owner by default)"."""
    make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.hugo)
    to_claire = reply(conn, firm.claire_box, DUPUIS, "interested", at=T0)
    to_sophie = reply(conn, firm.sophie_box, NGUYEN, "information_request", at=T0 + HOUR)
    for mid, owner, box in ((to_claire, firm.claire, firm.claire_box), (to_sophie, firm.sophie, firm.sophie_box)):
        r = route(conn, mid)
        assert r is not None, "every reply whose intent is recorded is routed"
        assert (r["assigned_to"], r["rule_id"], r["rule_name"], r["labels"]) == (owner, None, None, [])
        assert (r["team_id"], r["mailbox_id"]) == (firm.a, box.mailbox_id)


def test_every_given_condition_kind_must_match_and_any_value_within_a_kind_does(conn: Conn, firm: Firm) -> None:
    """README: "the first enabled rule whose conditions all match wins (...) A rule's conditions, each kind optional
    but at least one given, any value within a kind: intents (...), sender domains (...), keywords (...),
    mailboxes"."""
    make_rule(
        conn,
        firm.luc,
        firm.a,
        "Industriels de Claire",
        intents=["meeting_request", "quote_request"],
        domains=["dupuis-industrie.fr", "garnier-immo.fr"],
        keywords=["cession", "transmission"],
        mailboxes=[firm.claire_box.mailbox_id],
        assign=firm.hugo,
    )
    cases = [
        # (mailbox, sender, intent, subject, expected)
        (firm.claire_box, DUPUIS, "quote_request", "Cession de l'entreprise", firm.hugo),
        (firm.claire_box, "a.garnier@garnier-immo.fr", "meeting_request", "Transmission familiale", firm.hugo),
        (firm.claire_box, DUPUIS, "interested", "Cession de l'entreprise", firm.claire),  # intent
        (firm.claire_box, NGUYEN, "quote_request", "Cession de l'entreprise", firm.claire),  # domain
        (firm.claire_box, DUPUIS, "quote_request", "Placement de trésorerie", firm.claire),  # keyword
        (firm.sophie_box, DUPUIS, "quote_request", "Cession de l'entreprise", firm.sophie),  # mailbox
    ]
    got = []
    for i, (box, sender, intent, subject, _) in enumerate(cases):
        mid = reply(conn, box, sender, intent, subject=subject, at=T0 + i * HOUR, body="Bonjour, merci.")
        got.append(assignee(conn, mid))
    assert got == [c[4] for c in cases]


# Sender domains ---------------------------------------------------------------------------------------------------


def test_a_subdomain_of_a_rules_domain_matches_whatever_the_case(conn: Conn, firm: Firm) -> None:
    """README: "sender domains (a subdomain matches, `mail.acme.fr` for `acme.fr`; a look-alike does not)"; catalog
    (check_routing_rule): "Validates and normalises a routing rule"."""
    make_rule(conn, firm.luc, firm.a, "Groupe Dupuis", domains=["Dupuis-Industrie.FR"], assign=firm.sophie)
    senders = ["j.dupuis@dupuis-industrie.fr", "compta@paris.dupuis-industrie.fr", "DG@Mail.Dupuis-Industrie.fr"]
    got = [
        assignee(conn, reply(conn, firm.claire_box, s, "information_request", at=T0 + i * HOUR))
        for i, s in enumerate(senders)
    ]
    assert got == [firm.sophie] * 3


def test_a_look_alike_domain_does_not_match(conn: Conn, firm: Firm) -> None:
    """README: "sender domains (a subdomain matches, `mail.acme.fr` for `acme.fr`; a look-alike does not)"."""
    make_rule(conn, firm.luc, firm.a, "Groupe Dupuis", domains=["dupuis-industrie.fr"], assign=firm.sophie)
    look_alikes = [
        "j.dupuis@evil-dupuis-industrie.fr",
        "j.dupuis@notdupuis-industrie.fr",
        "j.dupuis@dupuis-industrie.fr.evil.com",
        "j.dupuis@dupuis-industrie.fr-secure.com",
        "j.dupuis@dupuis-industrie.com",
        "dupuis-industrie.fr@gmail.com",
    ]
    got = [
        assignee(conn, reply(conn, firm.claire_box, s, "information_request", at=T0 + i * HOUR))
        for i, s in enumerate(look_alikes)
    ]
    assert got == [firm.claire] * len(look_alikes)
    # A rule for a subdomain does not take the parent domain's mail.
    make_rule(conn, firm.luc, firm.a, "Agence de Lyon", domains=["lyon.garnier-immo.fr"], assign=firm.hugo)
    assert assignee(conn, reply(conn, firm.claire_box, "a@garnier-immo.fr", "other", at=T0 + DAY)) == firm.claire
    assert assignee(conn, reply(conn, firm.claire_box, "b@lyon.garnier-immo.fr", "other", at=T0 + DAY)) == firm.hugo


# Keywords ---------------------------------------------------------------------------------------------------------


def test_a_keyword_matches_a_whole_word_of_the_subject_or_the_new_text_whatever_its_case_and_accents(
    conn: Conn, firm: Firm
) -> None:
    """README: "keywords (whole words in the subject or the reply's new text, not in the quoted message below it,
    case- and accent-insensitive: "réunion" finds "REUNION", "devis" not "redevis")"; catalog (routing_rules):
    "keywords (whole words in the subject or new text, case- and accent-insensitive)"."""
    make_rule(conn, firm.luc, firm.a, "Successions", keywords=["héritage", "Succession"], assign=firm.luc)
    cases = [
        ("SUCCESSION de mon père", "Bonjour, pouvez-vous m'aider ?"),
        ("Question", "Nous avons un souci d'HERITAGE à régler."),
        ("Question", "L'héritage de ma tante, encore."),
        ("Question", "c'est pour la succéssion, pardon pour la faute"),
        ("Re: Héritage.", "Merci."),
    ]
    got = [
        assignee(
            conn,
            reply(conn, firm.claire_box, DUPUIS, "information_request", subject=s, body=b, at=T0 + i * HOUR),
        )
        for i, (s, b) in enumerate(cases)
    ]
    assert got == [firm.luc] * len(cases)


def test_a_keyword_inside_a_longer_word_does_not_match(conn: Conn, firm: Firm) -> None:
    """README: "keywords (whole words (...)): (...) "devis" not "redevis")"."""
    make_rule(
        conn,
        firm.luc,
        firm.a,
        "Art, devis, assurance vie",
        keywords=["art", "devis", "assurance vie"],
        assign=firm.hugo,
    )
    misses = [
        ("Mon départ en retraite", "Bonjour, parlons de mon départ."),
        ("Partenariat", "Nous cherchons un partenaire, un artisan."),
        ("Redevis", "Pouvez-vous refaire un redevis ? Les devisés sont-ils prêts ?"),
        ("Retraite", "Mon assurance vieillesse suffira-t-elle ?"),
    ]
    hits = [
        ("Conseil en art contemporain", "Bonjour."),
        ("Question", "Un DEVIS, svp."),
        ("Question", "Et mon Assurance Vie ?"),
    ]
    got_misses = [
        assignee(conn, reply(conn, firm.claire_box, DUPUIS, "other", subject=s, body=b, at=T0 + i * HOUR))
        for i, (s, b) in enumerate(misses)
    ]
    got_hits = [
        assignee(conn, reply(conn, firm.claire_box, NGUYEN, "other", subject=s, body=b, at=T0 + (10 + i) * HOUR))
        for i, (s, b) in enumerate(hits)
    ]
    assert got_misses == [firm.claire] * len(misses)
    assert got_hits == [firm.hugo] * len(hits)


def test_a_keyword_only_in_the_quoted_older_message_does_not_match(conn: Conn, firm: Firm) -> None:
    """README: "keywords (whole words in the subject or the reply's new text, not in the quoted message below it
    (...))"."""
    make_rule(conn, firm.luc, firm.a, "Successions", keywords=["succession"], assign=firm.luc)
    new_text = "Merci Claire, bien reçu, je regarde cela ce week-end."
    quoted = (
        new_text + "\n\nLe lun. 11 mars 2030 à 09:12, Claire Martin a écrit :\n"
        "> Bonjour Monsieur Dupuis,\n> comme convenu, voici notre note sur la succession de votre père.\n"
    )
    mid = reply(
        conn, firm.claire_box, DUPUIS, "interested", subject="Notre note", body=quoted, new_text=new_text, at=T0
    )
    assert assignee(conn, mid) == firm.claire
    # The same word in the new text does match.
    new_text2 = "Et pour la succession, que proposez-vous ?"
    mid2 = reply(
        conn, firm.claire_box, NGUYEN, "interested", subject="Notre note", body=new_text2 + "\n\n> " + quoted,
        new_text=new_text2, at=T0 + HOUR,
    )  # fmt: skip
    assert assignee(conn, mid2) == firm.luc


# Actions: assign, labels, notify; notifications ---------------------------------------------------------------


def test_a_rule_assigns_labels_and_notifies_the_member_it_names(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "action: assign to a member, add a label, notify"; README: "`notifications`: kind `routed` for
    the member a rule notifies"; "`message_routes` (...) where each reply went: `assigned_to` (...), `labels`"."""
    rule = make_rule(
        conn,
        firm.luc,
        firm.a,
        "Demandes d'information",
        intents=["information_request"],
        assign=firm.sophie,
        labels=["prospect chaud", "entreprise"],
        notify=firm.luc,
    )
    mid = reply(conn, firm.claire_box, DUPUIS, "information_request", at=T0)
    r = route(conn, mid)
    assert r is not None
    assert (r["assigned_to"], r["rule_id"], r["rule_name"]) == (firm.sophie, rule, "Demandes d'information")
    assert sorted(r["labels"]) == ["entreprise", "prospect chaud"]
    assert (firm.luc, "routed") in notes(conn, mid)
    with acting_as(conn, "authenticated", firm.luc) as c:
        mine = c.execute(
            "select kind::text, message_id, created_at, read_at from public.notifications where message_id = %s", (mid,)
        ).fetchall()
    assert ("routed", mid, T0, None) in mine


def test_a_rule_that_assigns_and_names_nobody_to_notify_notifies_its_assignee(conn: Conn, firm: Firm) -> None:
    """README: "notify a member (a rule that assigns and names nobody to notify notifies its assignee)"."""
    make_rule(conn, firm.luc, firm.a, "Intéressés", intents=["interested"], assign=firm.hugo)
    mid = reply(conn, firm.claire_box, DUPUIS, "interested", at=T0)
    assert assignee(conn, mid) == firm.hugo
    assert (firm.hugo, "routed") in notes(conn, mid)


def test_a_rule_that_only_labels_leaves_the_reply_with_the_mailboxs_owner(conn: Conn, firm: Firm) -> None:
    """README: "Its actions, at least one: assign to a member, add labels (up to 10), notify a member"; catalog
    (message_routes): "the member assigned (a rule's assignee, else the mailbox's owner), its labels and the rule that
    matched"."""
    rule = make_rule(conn, firm.luc, firm.a, "Étiquette avocats", domains=["rousseau-avocats.fr"], labels=["avocat"])
    mid = reply(conn, firm.sophie_box, ROUSSEAU, "other", at=T0)
    r = route(conn, mid)
    assert r is not None and (r["assigned_to"], r["labels"], r["rule_id"]) == (firm.sophie, ["avocat"], rule)


def test_a_meeting_or_quote_request_never_waits_unseen(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "A meeting request or a quote request never waits unseen"; README: "`meeting_request`,
    `quote_request`: a notification for the member the reply is routed to, the mailbox's owner unless a rule says
    otherwise"."""
    make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    unrouted = reply(conn, firm.claire_box, DUPUIS, "meeting_request", at=T0)
    routed = reply(conn, firm.claire_box, NGUYEN, "quote_request", at=T0 + HOUR)
    assert (firm.claire, "meeting_request") in unread_notes(conn, unrouted)
    assert assignee(conn, routed) == firm.sophie
    assert (firm.sophie, "quote_request") in unread_notes(conn, routed)
    # Each sees it under RLS, in their own notifications and among the replies assigned to them.
    for member, mid, kind in ((firm.claire, unrouted, "meeting_request"), (firm.sophie, routed, "quote_request")):
        with acting_as(conn, "authenticated", member) as c:
            kinds = {r[0] for r in c.execute(
                "select kind::text from public.notifications where message_id = %s and read_at is null", (mid,)
            ).fetchall()}  # fmt: skip
            mine = c.execute(
                "select intent::text from public.message_routes where assigned_to = auth.uid() and message_id = %s",
                (mid,),
            ).fetchall()
        assert kind in kinds and mine == [(kind,)]
    # A rule that assigns a meeting request to Hugo and notifies Luc: Hugo has the meeting, Luc the routed reply.
    make_rule(
        conn, firm.luc, firm.a, "Rendez-vous industriels", intents=["meeting_request"],
        domains=["rousseau-avocats.fr"], assign=firm.hugo, notify=firm.luc, position=1,
    )  # fmt: skip
    both = reply(conn, firm.claire_box, ROUSSEAU, "meeting_request", at=T0 + 2 * HOUR)
    assert assignee(conn, both) == firm.hugo
    got = unread_notes(conn, both)
    assert (firm.hugo, "meeting_request") in got and (firm.luc, "routed") in got


def test_a_member_marks_their_notification_read_and_nobody_else_can(conn: Conn, firm: Firm) -> None:
    """README: "`notifications` (...) `mark_notification_read(id)`"; catalog (mark_notification_read): "Marks one of
    the caller's notifications read (idempotent). P0002 when it is not theirs or does not exist"; (notifications RLS)
    "Notifications are visible to their member"; (notifications) one per reply and kind; (private.apply_intent)
    "takes back what a previous reading asked for and nobody acted on"."""
    mid = reply(conn, firm.claire_box, DUPUIS, "meeting_request", at=T0)
    row = conn.execute(
        "select id from public.notifications where message_id = %s and owner_id = %s and kind = 'meeting_request'",
        (mid, firm.claire),
    ).fetchone()
    assert row is not None
    note = row[0]
    for other in (firm.sophie, firm.luc, firm.alain):
        with acting_as(conn, "authenticated", other) as c:
            assert c.execute("select count(*) from public.notifications where id = %s", (note,)).fetchone() == (0,)
        err = error_of(conn, "authenticated", other, "select public.mark_notification_read(%s)", (note,))
        assert sqlstate(err) == "P0002"
    err = error_of(conn, "authenticated", firm.claire, "select public.mark_notification_read(%s)", (uuid.uuid4(),))
    assert sqlstate(err) == "P0002"
    admin_rpc(conn, firm.claire, "select public.mark_notification_read(%s, p_now => %s)", (note, T0 + HOUR))
    admin_rpc(conn, firm.claire, "select public.mark_notification_read(%s, p_now => %s)", (note, T0 + 2 * HOUR))
    assert conn.execute("select read_at from public.notifications where id = %s", (note,)).fetchone() == (T0 + HOUR,)
    # The worker reads the same reply again the next day: what Claire has seen does not come back unread.
    conn.execute("select worker.record_intent(%s, 'meeting_request', 0.95, 'rules', p_now => %s)", (mid, T0 + DAY))
    assert unread_notes(conn, mid) == set()


# Who sees a routed reply -------------------------------------------------------------------------------------


def test_a_routed_reply_is_seen_by_its_assignee_the_mailboxs_owner_and_the_admins_only(conn: Conn, firm: Firm) -> None:
    """README: "`message_routes` (table) | (...) seen by the assignee, the mailbox's owner and the team's admins";
    "nobody another team, anon nothing"; catalog (message_routes): "Visible to the assignee, the mailbox's owner and
    the team's admins"."""
    make_rule(conn, firm.luc, firm.a, "Devis pour Hugo", intents=["quote_request"], assign=firm.hugo)
    mid = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    assert assignee(conn, mid) == firm.hugo
    for who in (firm.hugo, firm.claire, firm.luc):
        assert mid in visible_routes(conn, who), who
    for who in (firm.sophie, firm.alain):
        assert mid not in visible_routes(conn, who), who
    assert visible_routes(conn, None, "anon") == set()


def test_members_read_their_teams_rules_in_order_and_nobody_else_does(conn: Conn, firm: Firm) -> None:
    """README: "`routing_rules` (table: the team's members read it), `list_routing_rules(team_id)`"; catalog
    (list_routing_rules): "A team's routing rules in the order they are tried (first match wins); empty for a
    non-member"."""
    r1 = make_rule(conn, firm.luc, firm.a, "Un", intents=["quote_request"], assign=firm.sophie)
    r2 = make_rule(conn, firm.luc, firm.a, "Deux", intents=["meeting_request"], assign=firm.hugo)
    r0 = make_rule(conn, firm.claire, firm.a, "Zéro", intents=["referral"], assign=firm.claire, position=1)
    expected = [(r0, 1, "Zéro", True), (r1, 2, "Un", True), (r2, 3, "Deux", True)]
    assert listed(conn, firm.hugo, firm.a) == expected
    assert listed(conn, firm.sophie, firm.a) == expected
    assert listed(conn, firm.alain, firm.a) == []
    with acting_as(conn, "authenticated", firm.alain) as c:
        assert c.execute("select count(*) from public.routing_rules where team_id = %s", (firm.a,)).fetchone() == (0,)


# Rule management: who, what is refused, what is kept ---------------------------------------------------------


def test_only_the_teams_admins_change_its_rules(conn: Conn, firm: Firm) -> None:
    """README: "`create_routing_rule(...)`, `update_routing_rule(rule_id, …)`, `set_routing_rule_enabled(...)`,
    `reorder_routing_rules(...)`, `delete_routing_rule(rule_id)` (admins)"; "42501 for a member"; catalog
    (create_routing_rule): "42501 for a non-admin"; README: "a user-facing RPC honours `p_now` for `service_role` only
    and refuses it from a signed-in user (42501, `private.caller_now`)"."""
    rule = make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.sophie)
    before = rules_of(conn, firm.a)
    attempts = [
        (f"select public.create_routing_rule({RULE_ARGS})", rule_values(firm.a, "X", ["interested"], assign=firm.hugo)),
        (f"select public.update_routing_rule(%s, {RULE_ARGS.split(', ', 1)[1]})",
         (rule, *rule_values(firm.a, "X", ["interested"], assign=firm.hugo)[1:])),
        ("select public.set_routing_rule_enabled(%s, false)", (rule,)),
        ("select public.reorder_routing_rules(%s, %s::uuid[])", (firm.a, [rule])),
        ("select public.delete_routing_rule(%s)", (rule,)),
    ]  # fmt: skip
    for statement, args in attempts:
        for member in (firm.sophie, firm.hugo):
            assert sqlstate(error_of(conn, "authenticated", member, statement, args)) == "42501", statement
        # Another team's owner is refused too (not one of this team's admins).
        assert sqlstate(error_of(conn, "authenticated", firm.alain, statement, args)) in {"42501", "P0002"}, statement
    assert rules_of(conn, firm.a) == before
    # Even the admin, signed in, may not choose the instant of a change.
    for statement, args in (
        (f"select public.create_routing_rule({RULE_ARGS}, p_now => %s)",
         (*rule_values(firm.a, "X", ["interested"], assign=firm.hugo), T0 - 100 * DAY)),
        ("select public.set_routing_rule_enabled(%s, false, p_now => %s)", (rule, T0 - 100 * DAY)),
        ("select public.delete_routing_rule(%s, p_now => %s)", (rule, T0 - 100 * DAY)),
    ):  # fmt: skip
        assert sqlstate(error_of(conn, "authenticated", firm.luc, statement, args)) == "42501", statement
    assert rules_of(conn, firm.a) == before
    # The owner and the admin may.
    with acting_as(conn, "authenticated", firm.claire) as c:
        c.execute("select public.set_routing_rule_enabled(%s, false)", (rule,))
    with acting_as(conn, "authenticated", firm.luc) as c:
        c.execute("select public.delete_routing_rule(%s)", (rule,))


def test_the_table_is_written_through_the_admins_rpcs_only(conn: Conn, firm: Firm) -> None:
    """Catalog (routing_rules): "Written through the admins' RPCs only"."""
    rule = make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.sophie)
    before = rules_of(conn, firm.a)
    statements = [
        (
            "insert into public.routing_rules (team_id, position, name, intents, assign_to, created_at, updated_at)"
            " values (%s, 2, 'Direct', '{interested}', %s, now(), now())",
            (firm.a, firm.luc),
        ),
        ("update public.routing_rules set assign_to = %s where id = %s", (firm.luc, rule)),
        ("delete from public.routing_rules where id = %s", (rule,)),
    ]
    for statement, args in statements:
        try:
            with acting_as(conn, "authenticated", firm.luc, commit=True) as c:
                c.execute(statement, args)
        except psycopg.Error as exc:
            assert sqlstate(exc) == "42501", statement
    assert rules_of(conn, firm.a) == before


BAD = "select public.create_routing_rule(" + RULE_ARGS + ", p_position => %s)"


def test_a_rule_without_a_condition_or_an_action_or_with_a_bad_value_is_refused_naming_it(
    conn: Conn, firm: Firm
) -> None:
    """README: "each kind optional but at least one given"; "Its actions, at least one"; "22023 naming the bad
    intent, domain, keyword, mailbox, member or label"; "add labels (up to 10)"; "each change checked with an error
    that names what is wrong"; catalog (check_routing_rule): "22023 naming the bad intent, domain, keyword, mailbox,
    member or label; 54000 over a limit"."""
    ok: dict[str, Any] = {"intents": ["quote_request"], "assign": firm.sophie}
    cases: list[tuple[dict[str, Any], str | None]] = [
        ({"assign": firm.sophie}, None),  # no condition
        ({"intents": ["quote_request"]}, None),  # no action
        ({**ok, "intents": ["rendez_vous"]}, "rendez_vous"),
        ({**ok, "domains": ["pas un domaine"]}, "pas un domaine"),
        ({**ok, "domains": ["jean@dupuis-industrie.fr"]}, "jean@dupuis-industrie.fr"),
        ({**ok, "keywords": ["   "]}, "keyword"),
        ({**ok, "labels": [""]}, "label"),
        ({**ok, "labels": ["x" * 200]}, "label"),
    ]
    for kw, named in cases:
        err = error_of(conn, "authenticated", firm.luc, BAD, (*rule_values(firm.a, "Règle", **kw), None))
        assert sqlstate(err) == "22023", (kw, sqlstate(err), str(err))
        if named is not None:
            assert named.lower() in said(err), (kw, said(err))
    for name in ("", "   ", "n" * 121):
        err = error_of(conn, "authenticated", firm.luc, BAD, (*rule_values(firm.a, name, **ok), None))
        assert sqlstate(err) == "22023" and "name" in said(err), (name, str(err))
    # Ten labels at most: the eleventh is refused (a limit: 54000 in the catalog's words, or a bad value).
    eleven: dict[str, Any] = {**ok, "labels": [f"étiquette {i}" for i in range(11)]}
    err = error_of(conn, "authenticated", firm.luc, BAD, (*rule_values(firm.a, "Règle", **eleven), None))
    assert sqlstate(err) in {"54000", "22023"} and "label" in said(err), str(err)
    assert rules_of(conn, firm.a) == [] and audit(conn, firm.a) == []


def test_a_rule_naming_someone_or_something_outside_the_team_is_refused(conn: Conn, firm: Firm) -> None:
    """README: "22023 naming the bad intent, domain, keyword, mailbox, member or label"; INTELLIGENCE.md: "action:
    assign to a member (...) notify"; "Routing rules (per team (...))"."""
    ok: dict[str, Any] = {"intents": ["quote_request"], "assign": firm.sophie}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**ok, "mailboxes": [firm.alain_box.mailbox_id]}, "mailbox"),  # another team's mailbox
        ({**ok, "mailboxes": [uuid.uuid4()]}, "mailbox"),
        ({**ok, "assign": firm.alain}, "member"),  # assignee not a member of the team
        ({**ok, "notify": firm.alain}, "member"),
        ({**ok, "assign": uuid.uuid4()}, "member"),
    ]
    for kw, named in cases:
        err = error_of(conn, "authenticated", firm.luc, BAD, (*rule_values(firm.a, "Règle", **kw), None))
        assert sqlstate(err) == "22023", (kw, sqlstate(err), str(err))
        assert named in said(err), (kw, said(err))
    assert rules_of(conn, firm.a) == [] and audit(conn, firm.a) == []


def test_a_bad_position_is_refused_and_nothing_is_kept(conn: Conn, firm: Firm) -> None:
    """README: "each change checked with an error that names what is wrong"; catalog (create_routing_rule): "at
    p_position (default: last). 22023 on a bad value". With one rule, a new one goes at 1 or 2, nowhere else."""
    make_rule(conn, firm.luc, firm.a, "Un", intents=["quote_request"], assign=firm.sophie)
    before = rules_of(conn, firm.a)
    for position in (0, -1, 3, 50):
        err = error_of(
            conn, "authenticated", firm.luc, BAD,
            (*rule_values(firm.a, "Deux", ["meeting_request"], assign=firm.hugo), position),
        )  # fmt: skip
        assert sqlstate(err) == "22023", (position, str(err))
        assert "position" in said(err), said(err)
    assert rules_of(conn, firm.a) == before and len(audit(conn, firm.a)) == 1


def test_an_update_is_checked_as_a_creation_and_a_refused_one_changes_nothing(conn: Conn, firm: Firm) -> None:
    """Catalog (update_routing_rule): "replaces a routing rule's name, conditions and actions (validated as
    create_routing_rule). P0002 for an unknown rule"."""
    rule = make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.sophie)
    before = rules_of(conn, firm.a)
    update = f"select public.update_routing_rule(%s, {RULE_ARGS.split(', ', 1)[1]})"
    bad_updates: list[dict[str, Any]] = [
        {"intents": ["quote_request"], "assign": firm.alain},
        {"intents": ["devis"], "assign": firm.sophie},
    ]
    for kw in bad_updates:
        err = error_of(conn, "authenticated", firm.luc, update, (rule, *rule_values(firm.a, "Devis 2", **kw)[1:]))
        assert sqlstate(err) == "22023"
    err = error_of(
        conn, "authenticated", firm.luc, update,
        (uuid.uuid4(), *rule_values(firm.a, "Devis", ["quote_request"], assign=firm.sophie)[1:]),
    )  # fmt: skip
    assert sqlstate(err) == "P0002"
    assert rules_of(conn, firm.a) == before and len(audit(conn, firm.a)) == 1
    # A good update applies to the next reply.
    with acting_as(conn, "service_role", firm.luc, commit=True) as c:
        c.execute(update, (rule, *rule_values(firm.a, "Devis à Hugo", ["quote_request"], assign=firm.hugo)[1:]))
    mid = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    r = route(conn, mid)
    assert r is not None and (r["assigned_to"], r["rule_name"]) == (firm.hugo, "Devis à Hugo")


def test_reordering_must_name_every_rule_of_the_team_once(conn: Conn, firm: Firm) -> None:
    """Catalog (reorder_routing_rules): "puts the team's routing rules in this order (every rule once; 22023
    otherwise)"."""
    r1 = make_rule(conn, firm.luc, firm.a, "Un", intents=["quote_request"], assign=firm.sophie)
    r2 = make_rule(conn, firm.luc, firm.a, "Deux", intents=["meeting_request"], assign=firm.hugo)
    theirs = make_rule(conn, firm.alain, firm.b, "Chez Lambert", intents=["quote_request"], assign=firm.alain)
    before = rules_of(conn, firm.a)
    for order in ([r2], [r2, r1, r2], [r2, r1, theirs], [r2, theirs], [r2, r1, None]):
        err = error_of(
            conn, "authenticated", firm.luc, "select public.reorder_routing_rules(%s, %s::uuid[])", (firm.a, order)
        )
        assert sqlstate(err) == "22023", order
    assert rules_of(conn, firm.a) == before
    assert [r[0] for r in rules_of(conn, firm.b)] == [theirs]


def test_deleting_a_rule_moves_the_later_ones_up_and_keeps_what_it_routed(conn: Conn, firm: Firm) -> None:
    """Catalog (delete_routing_rule): "deletes a routing rule; the later ones move up. The replies it routed keep
    their route and its name"."""
    r1 = make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    r2 = make_rule(conn, firm.luc, firm.a, "Devis pour Hugo", intents=["quote_request"], assign=firm.hugo)
    r3 = make_rule(conn, firm.luc, firm.a, "Rendez-vous", intents=["meeting_request"], assign=firm.luc)
    mid = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    assert admin_rpc(conn, firm.luc, "select public.delete_routing_rule(%s, p_now => %s)", (r1, T0 + HOUR)) is True
    assert [(r[0], r[1]) for r in rules_of(conn, firm.a)] == [(r2, 1), (r3, 2)]
    r = route(conn, mid)
    assert r is not None and (r["assigned_to"], r["rule_name"]) == (firm.sophie, "Devis pour Sophie")
    assert assignee(conn, reply(conn, firm.claire_box, NGUYEN, "quote_request", at=T0 + 2 * HOUR)) == firm.hugo


def test_a_team_holds_at_most_a_hundred_rules(conn: Conn, firm: Firm) -> None:
    """Catalog (create_routing_rule): "54000 past 100 rules"."""
    with acting_as(conn, "service_role", firm.luc, commit=True) as c:
        for i in range(100):
            c.execute(
                f"select public.create_routing_rule({RULE_ARGS}, p_now => %s)",
                (*rule_values(firm.a, f"Règle {i + 1}", keywords=[f"dossier{i + 1}"], assign=firm.sophie), T0),
            )
    err = error_of(
        conn, "authenticated", firm.luc, BAD,
        (*rule_values(firm.a, "Règle 101", keywords=["dossier101"], assign=firm.sophie), None),
    )  # fmt: skip
    assert sqlstate(err) == "54000"
    assert len(rules_of(conn, firm.a)) == 100


# The audit trail --------------------------------------------------------------------------------------------


def test_every_rule_change_is_audited_with_who_when_before_and_after(conn: Conn, firm: Firm) -> None:
    """PRIVACY.md: "Audit of critical operations | (...) routing rule changes (...): who, when, before and after";
    README: "Every rule change is in `audit_log` with before and after"; catalog (set_routing_rule_enabled):
    "Idempotent; audited when changed"; (update_routing_rule) "Audited when something changed"."""
    r1 = make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.sophie, at=T0)
    r2 = make_rule(conn, firm.luc, firm.a, "Rendez-vous", intents=["meeting_request"], assign=firm.hugo, at=T0 + HOUR)
    update = f"select public.update_routing_rule(%s, {RULE_ARGS.split(', ', 1)[1]}, p_now => %s)"
    admin_rpc(
        conn,
        firm.claire,
        update,
        (r1, *rule_values(firm.a, "Devis entreprises", ["quote_request"], assign=firm.hugo)[1:], T0 + 2 * HOUR),
    )
    # The same again: nothing changed, nothing audited.
    admin_rpc(
        conn,
        firm.claire,
        update,
        (r1, *rule_values(firm.a, "Devis entreprises", ["quote_request"], assign=firm.hugo)[1:], T0 + 3 * HOUR),
    )
    admin_rpc(conn, firm.luc, "select public.set_routing_rule_enabled(%s, false, p_now => %s)", (r2, T0 + 4 * HOUR))
    admin_rpc(conn, firm.luc, "select public.set_routing_rule_enabled(%s, false, p_now => %s)", (r2, T0 + 5 * HOUR))
    admin_rpc(
        conn,
        firm.luc,
        "select public.reorder_routing_rules(%s, %s::uuid[], p_now => %s)",
        (firm.a, [r2, r1], T0 + 6 * HOUR),
    )
    admin_rpc(conn, firm.luc, "select public.delete_routing_rule(%s, p_now => %s)", (r1, T0 + 7 * HOUR))  # fmt: skip
    entries = audit(conn, firm.a)
    at = {e["occurred_at"] for e in entries}
    assert T0 + 3 * HOUR not in at and T0 + 5 * HOUR not in at, "an unchanged rule is not audited"

    def one(when: dt.datetime) -> dict[str, Any]:
        found = [e for e in entries if e["occurred_at"] == when]
        assert found, f"no audit entry at {when}: {entries}"
        return found[0]

    created = one(T0)
    assert (created["actor_id"], created["before"]) == (firm.luc, None)
    assert created["after"]["name"] == "Devis" and str(r1) in dumps(created)
    updated = one(T0 + 2 * HOUR)
    assert updated["actor_id"] == firm.claire
    assert updated["before"]["name"] == "Devis" and updated["after"]["name"] == "Devis entreprises"
    assert str(firm.sophie) in dumps(updated["before"]) and str(firm.hugo) in dumps(updated["after"])
    disabled = one(T0 + 4 * HOUR)
    assert disabled["actor_id"] == firm.luc
    assert disabled["before"]["enabled"] is True and disabled["after"]["enabled"] is False
    reordered = [e for e in entries if e["occurred_at"] == T0 + 6 * HOUR]
    assert reordered and all(e["actor_id"] == firm.luc for e in reordered)
    assert any(e["before"] != e["after"] for e in reordered)
    assert str(r1) in dumps([e["before"] for e in reordered]) + dumps([e["after"] for e in reordered])
    deleted = one(T0 + 7 * HOUR)
    assert deleted["actor_id"] == firm.luc
    assert deleted["before"]["name"] == "Devis entreprises" and deleted["after"] is None
    # The admins read it; a member who changed nothing reads none of it.
    with acting_as(conn, "authenticated", firm.luc) as c:
        n_admin = c.execute(
            "select count(*) from public.audit_log where team_id = %s and entity_id = %s", (firm.a, str(r1))
        ).fetchone()
    with acting_as(conn, "authenticated", firm.sophie) as c:
        n_member = c.execute(
            "select count(*) from public.audit_log where team_id = %s and entity_id = %s", (firm.a, str(r1))
        ).fetchone()
    assert n_admin is not None and n_admin[0] >= 3 and n_member == (0,)


# Members who leave --------------------------------------------------------------------------------------------


def test_a_member_who_leaves_takes_the_rules_that_name_them_and_the_next_rule_takes_their_replies(
    conn: Conn, firm: Firm
) -> None:
    """README: "A member who leaves takes the rules that name them: the next rule, or the mailbox's owner, takes
    their replies"; "`public.anonymise_member(team, user)` (admins): (...) the replies routed to them go to the same
    successor" (the mailboxes are "handed to the caller")."""
    to_hugo = make_rule(conn, firm.luc, firm.a, "Devis pour Hugo", intents=["quote_request"], assign=firm.hugo)
    notify_hugo = make_rule(
        conn, firm.luc, firm.a, "Rendez-vous", intents=["meeting_request"], labels=["rdv"], notify=firm.hugo
    )
    to_sophie = make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    earlier = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    assert assignee(conn, earlier) == firm.hugo
    with acting_as(conn, "service_role", firm.luc, commit=True) as c:
        c.execute("select public.anonymise_member(%s, %s, 'a quitté le cabinet', %s)", (firm.a, firm.hugo, T0 + DAY))
    left = [(r[0], r[4], r[5]) for r in rules_of(conn, firm.a)]
    assert [r[0] for r in left] == [to_sophie]
    assert all(firm.hugo not in (r[1], r[2]) for r in left)
    assert to_hugo not in {r[0] for r in left} and notify_hugo not in {r[0] for r in left}
    later_quote = reply(conn, firm.claire_box, NGUYEN, "quote_request", at=T0 + 2 * DAY)
    later_meeting = reply(conn, firm.claire_box, ROUSSEAU, "meeting_request", at=T0 + 2 * DAY + HOUR)
    assert assignee(conn, later_quote) == firm.sophie
    assert assignee(conn, later_meeting) == firm.claire
    assert assignee(conn, earlier) == firm.luc, "the replies routed to the leaver go to the successor"


def test_a_rule_removed_because_its_member_left_is_on_the_audit_trail(conn: Conn, firm: Firm) -> None:
    """PRIVACY.md: "Audit of critical operations | (...) routing rule changes (...): who, when, before and after";
    README: "Every rule change is in `audit_log` with before and after"; "A member who leaves takes the rules that
    name them"."""
    rule = make_rule(conn, firm.luc, firm.a, "Devis pour Hugo", intents=["quote_request"], assign=firm.hugo, at=T0)
    with acting_as(conn, "service_role", firm.luc, commit=True) as c:
        c.execute("select public.anonymise_member(%s, %s, 'départ', %s)", (firm.a, firm.hugo, T0 + DAY))
    assert rules_of(conn, firm.a) == []
    # Whatever entry records it (the rule's own, or the departure's), the rule that went is in it, as it was.
    entries = conn.execute(
        "select entity_type, entity_id, action, before, after from public.audit_log"
        " where team_id = %s and occurred_at = %s",
        (firm.a, T0 + DAY),
    ).fetchall()
    assert str(rule) in dumps(entries) and "Devis pour Hugo" in dumps(entries), entries


def test_a_leaving_mailbox_owners_replies_go_to_the_new_owner_when_no_rule_matches(conn: Conn, firm: Firm) -> None:
    """README: "the member's mailboxes are (...) handed to the caller"; "a reply no rule matches goes to its
    mailbox's owner"; "the replies routed to them go to the same successor"; INTELLIGENCE.md: "A meeting request or
    a quote request never waits unseen"."""
    earlier = reply(conn, firm.sophie_box, DUPUIS, "interested", at=T0)
    assert assignee(conn, earlier) == firm.sophie
    with acting_as(conn, "service_role", firm.claire, commit=True) as c:
        c.execute("select public.anonymise_member(%s, %s, 'départ', %s)", (firm.a, firm.sophie, T0 + DAY))
    # Her mailbox is disconnected; a reply the worker had already ingested is read after she left.
    message = inbound(firm.sophie_box, NGUYEN, received_at=T0 + HOUR, subject="Rendez-vous")
    mid = ingest(conn, firm.sophie_box.mailbox_id, message, T0 + HOUR)["message_id"]
    conn.execute("select worker.record_intent(%s, 'meeting_request', 0.9, 'rules', p_now => %s)", (mid, T0 + 2 * DAY))
    assert assignee(conn, uuid.UUID(str(mid))) == firm.claire
    assert (firm.claire, "meeting_request") in unread_notes(conn, uuid.UUID(str(mid))), "it never waits unseen"
    assert assignee(conn, earlier) == firm.claire


# Intents read again or corrected --------------------------------------------------------------------------------


def test_a_corrected_intent_routes_the_reply_again(conn: Conn, firm: Firm) -> None:
    """README: "Each reply is routed when its intent is recorded, and again when a member corrects it"; "Where a
    reply went is `message_routes` (one row per reply, moved when it is routed again)"; catalog (correct_intent): "The
    mailbox's owner or a team admin approves (same intent) or corrects a reply's intent (...) a correction re-runs
    routing (...) P0002 when the caller may not correct it"."""
    make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    mid = reply(conn, firm.claire_box, DUPUIS, "interested", at=T0)
    assert assignee(conn, mid) == firm.claire
    # Hugo, neither the mailbox's owner nor an admin, may not correct it: nothing moves.
    err = error_of(conn, "authenticated", firm.hugo, "select public.correct_intent(%s, 'quote_request')", (mid,))
    assert sqlstate(err) == "P0002"
    assert assignee(conn, mid) == firm.claire
    correct(conn, firm.claire, mid, "quote_request", T0 + HOUR)
    r = route(conn, mid)
    assert r is not None
    assert (r["assigned_to"], r["rule_name"], r["intent"], r["routed_at"]) == (
        firm.sophie,
        "Devis pour Sophie",
        "quote_request",
        T0 + HOUR,
    )
    assert (firm.sophie, "quote_request") in unread_notes(conn, mid)
    assert conn.execute("select count(*) from public.message_routes where message_id = %s", (mid,)).fetchone() == (1,)


def test_a_reply_routed_elsewhere_takes_back_the_unread_notifications_of_its_first_routing(
    conn: Conn, firm: Firm
) -> None:
    """README: "`notifications`: kind `routed` for the member a rule notifies, taken back while unread when the reply
    is routed elsewhere"; catalog (private.apply_intent): "takes back what a previous reading asked for and nobody
    acted on"."""
    make_rule(conn, firm.luc, firm.a, "Intéressés", intents=["interested"], assign=firm.hugo, notify=firm.luc)
    make_rule(conn, firm.luc, firm.a, "Pas intéressés", intents=["not_interested"], assign=firm.sophie)
    mid = reply(conn, firm.claire_box, DUPUIS, "interested", at=T0)
    assert (firm.luc, "routed") in unread_notes(conn, mid)
    correct(conn, firm.claire, mid, "not_interested", T0 + HOUR)
    assert assignee(conn, mid) == firm.sophie
    assert (firm.luc, "routed") not in unread_notes(conn, mid)
    # A misread meeting request: its unread notification goes too.
    meeting = reply(conn, firm.claire_box, NGUYEN, "meeting_request", at=T0 + 2 * HOUR)
    assert (firm.claire, "meeting_request") in unread_notes(conn, meeting)
    correct(conn, firm.claire, meeting, "not_interested", T0 + 3 * HOUR)
    assert (firm.claire, "meeting_request") not in unread_notes(conn, meeting)


def test_a_workers_new_reading_routes_again_but_never_over_a_members_correction(conn: Conn, firm: Firm) -> None:
    """README: "`message_intents` (...) reading again replaces it unless a member corrected it"; "Each reply is routed
    when its intent is recorded, and again when a member corrects it"."""
    make_rule(conn, firm.luc, firm.a, "Rendez-vous", intents=["meeting_request"], assign=firm.hugo)
    make_rule(conn, firm.luc, firm.a, "Devis", intents=["quote_request"], assign=firm.sophie)
    mid = reply(conn, firm.claire_box, DUPUIS, "other", at=T0, confidence=0.4)
    assert assignee(conn, mid) == firm.claire
    conn.execute("select worker.record_intent(%s, 'meeting_request', 0.95, 'llm', p_now => %s)", (mid, T0 + HOUR))
    assert assignee(conn, mid) == firm.hugo
    correct(conn, firm.luc, mid, "quote_request", T0 + 2 * HOUR)
    assert assignee(conn, mid) == firm.sophie
    conn.execute("select worker.record_intent(%s, 'meeting_request', 0.99, 'llm', p_now => %s)", (mid, T0 + 3 * HOUR))
    r = route(conn, mid)
    assert r is not None and (r["assigned_to"], r["intent"]) == (firm.sophie, "quote_request")


# Teams apart; history; the tracked email's timeline ---------------------------------------------------------


def test_another_teams_rules_never_route_our_replies(conn: Conn, firm: Firm) -> None:
    """INTELLIGENCE.md: "Routing rules (per team, ordered)"; README: "nobody another team"; catalog (route_message):
    "the first enabled matching rule of its team (else the mailbox's owner)"."""
    make_rule(
        conn, firm.alain, firm.b, "Tout pour Alain",
        intents=["quote_request", "meeting_request"], domains=["dupuis-industrie.fr"], assign=firm.alain,
        labels=["lambert"], notify=firm.alain, position=1,
    )  # fmt: skip
    ours = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0)
    theirs = reply(conn, firm.alain_box, DUPUIS, "quote_request", at=T0 + HOUR)
    r = route(conn, ours)
    assert r is not None and (r["assigned_to"], r["rule_id"], r["labels"], r["team_id"]) == (
        firm.claire,
        None,
        [],
        firm.a,
    )
    assert all(owner != firm.alain for owner, _ in notes(conn, ours))
    assert assignee(conn, theirs) == firm.alain
    assert ours not in visible_routes(conn, firm.alain)
    assert theirs not in visible_routes(conn, firm.luc) and theirs not in visible_routes(conn, firm.claire)


def test_mail_from_before_the_mailbox_was_connected_sets_nobody_to_work(conn: Conn, firm: Firm) -> None:
    """README: "The intelligence loop reads that history too (contacts, signatures, intents), but an intent read in
    it sets nobody to work: no routing and no meeting or quote notification about mail of last year"."""
    make_rule(conn, firm.luc, firm.a, "Devis pour Sophie", intents=["quote_request"], assign=firm.sophie)
    old = reply(conn, firm.claire_box, DUPUIS, "quote_request", at=T0 - 200 * DAY)
    assert route(conn, old) is None
    assert notes(conn, old) == set()


def test_a_routed_reply_to_a_tracked_email_is_on_its_timeline_naming_the_rule_and_the_assignee(
    conn: Conn, firm: Firm
) -> None:
    """README: "and a `routed` event on the tracked email's timeline naming the rule and the assignee"; catalog
    (route_message): "writes message_routes, a routed notification and the timeline"."""
    make_rule(conn, firm.luc, firm.a, "Devis entreprises", intents=["quote_request"], assign=firm.sophie)
    sent = outbound(firm.claire_box, DUPUIS, sent_at=T0, subject="Votre épargne salariale")
    ingest(conn, firm.claire_box.mailbox_id, sent, T0)
    tracked = conn.execute(
        "select t.id from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        (sent.internet_message_id,),
    ).fetchone()
    assert tracked is not None, "setup: Claire's email is tracked"
    answer = inbound_reply(sent, received_at=T0 + DAY, body_text="Pouvez-vous m'envoyer un devis ?")
    mid = ingest(conn, firm.claire_box.mailbox_id, answer, T0 + DAY)["message_id"]
    conn.execute("select worker.record_intent(%s, 'quote_request', 0.95, 'rules', p_now => %s)", (mid, T0 + DAY))
    r = conn.execute(
        "select tracked_email_id, assigned_to from public.message_routes where message_id = %s", (mid,)
    ).fetchone()
    assert r == (tracked[0], firm.sophie)
    with acting_as(conn, "authenticated", firm.claire) as c:
        timeline = c.execute("select kind, reason, details from public.get_timeline(%s)", (tracked[0],)).fetchall()
    routed = [t for t in timeline if t[0] == "routed"]
    assert routed, timeline
    said = dumps([routed[-1][1], routed[-1][2]])
    assert "Devis entreprises" in said
    assert "sophie.leroy@martin-patrimoine.fr" in said or str(firm.sophie) in said
