"""The one scenario vocabulary for engine tests, in two layers.

Module functions are the vocabulary: a team with its mailboxes; normalised messages (the dicts a worker hands
to `ingest_message`), each threaded the way a real client threads it (provider thread id, In-Reply-To,
References); the engine's SQL API as a worker calls it (`ingest`, `run_scheduler`, `claim`, `record_identity`,
`complete`, `send_claimed`); and readers. Times are timezone-aware `datetime`s or ISO strings; `None` leaves the
clock to the database (the real clock, as the concurrency tests need).

`Story` is a thin scenario layer on top: Cabinet Durand's team and Claire's mailbox, instants written in the
mailbox's time zone (`story.send("Mon 2026-11-23 09:00", [...])`), a worker that drains the queue (`work`), and
readers keyed by the message a story sent.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from tests.pg import acting_as, make_user

Conn = psycopg.Connection[Any]
Row = dict[str, Any]
When = datetime | str | None

# A mailbox that works around the clock, every day: tests that use the real clock (concurrency, where
# `ingested_at` and `sent_at` must compare as in production) pass R2's working-time check on any date and hour.
ALWAYS_WORKING: dict[str, Any] = {
    "working_days": [1, 2, 3, 4, 5, 6, 7],
    "working_hours_start": "00:00",
    "working_hours_end": "24:00",
}


def _iso(when: When) -> str | None:
    if when is None or isinstance(when, str):
        return when
    if when.tzinfo is None:
        raise ValueError("naive datetime: give the instant a time zone")
    return when.isoformat()


def _uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


# A team and its mailboxes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mailbox:
    team_id: uuid.UUID
    mailbox_id: uuid.UUID
    owner_id: uuid.UUID
    address: str
    provider: str


def _update(conn: Conn, table: str, key: str, key_value: Any, values: Mapping[str, Any]) -> None:
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()) for column in values
    )
    query = sql.SQL("update {} set {} where {} = %s").format(sql.SQL(table), assignments, sql.Identifier(key))
    conn.execute(query, [*values.values(), key_value])


def make_team_with_mailbox(
    conn: Conn,
    *,
    address: str = "alice@acme.test",
    domains: tuple[str, ...] = ("acme.test",),
    provider: str = "graph",
    team_name: str = "Acme",
    settings: Mapping[str, Any] | None = None,
    mailbox_settings: Mapping[str, Any] | None = None,
) -> Mailbox:
    """A team (its owner is the mailbox's owner) with one active mailbox. `settings` updates columns of
    team_settings (e.g. {"max_followups": 3, "time_zone": "Europe/Paris"}); `mailbox_settings` sets the mailbox's
    overrides. Runs as the superuser, as setup, not as an API request."""
    owner_id = make_user(conn, address)
    row = conn.execute(
        "insert into public.teams (name, domains) values (%s, %s) returning id", (team_name, list(domains))
    ).fetchone()
    assert row is not None
    team_id: uuid.UUID = row[0]
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')", (team_id, owner_id)
    )
    if settings:
        _update(conn, "public.team_settings", "team_id", team_id, settings)
    return add_mailbox(conn, team_id, owner_id, address, provider=provider, settings=mailbox_settings)


def add_mailbox(
    conn: Conn,
    team_id: uuid.UUID,
    owner_id: uuid.UUID,
    address: str,
    *,
    provider: str = "graph",
    settings: Mapping[str, Any] | None = None,
) -> Mailbox:
    """Another active mailbox of a team, owned by `owner_id`, with `settings` as its overrides."""
    row = conn.execute(
        "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
        (team_id, owner_id, provider, address.lower()),
    ).fetchone()
    assert row is not None
    mailbox_id: uuid.UUID = row[0]
    if settings:
        _update(conn, "public.mailboxes", "id", mailbox_id, settings)
    return Mailbox(team_id, mailbox_id, owner_id, address.lower(), provider)


def add_member(conn: Conn, team_id: uuid.UUID, email: str, role: str = "member") -> uuid.UUID:
    """A new user who joins the team with `role`."""
    user_id = make_user(conn, email)
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, %s)", (team_id, user_id, role)
    )
    return user_id


@dataclass
class Firm:
    """The blind sets' French wealth-management firm and a second team: Cabinet Martin Patrimoine (Paris) with
    Claire Martin (owner, a mailbox), Luc Bernard (admin), Sophie Leroy (member, a mailbox of her own), Hugo Petit
    (member, no mailbox); Gestion Privée Lambert (Lyon) with Alain Lambert (owner, a mailbox)."""

    a: uuid.UUID  # Cabinet Martin Patrimoine
    b: uuid.UUID  # Gestion Privée Lambert
    claire: uuid.UUID
    luc: uuid.UUID
    sophie: uuid.UUID
    hugo: uuid.UUID
    alain: uuid.UUID
    claire_box: Mailbox
    sophie_box: Mailbox
    alain_box: Mailbox


def make_firm(conn: Conn, tracks_from: datetime | None = None) -> Firm:
    """The firm and the second team; with ``tracks_from``, their mailboxes connected since that instant (what
    arrives after it is live mail, whatever today's date)."""
    claire_box = make_team_with_mailbox(
        conn,
        address="claire.martin@martin-patrimoine.fr",
        domains=("martin-patrimoine.fr",),
        team_name="Cabinet Martin Patrimoine",
    )
    a = claire_box.team_id
    luc = add_member(conn, a, "luc.bernard@martin-patrimoine.fr", "admin")
    sophie = add_member(conn, a, "sophie.leroy@martin-patrimoine.fr")
    sophie_box = add_mailbox(conn, a, sophie, "sophie.leroy@martin-patrimoine.fr")
    hugo = add_member(conn, a, "hugo.petit@martin-patrimoine.fr")
    alain_box = make_team_with_mailbox(
        conn, address="alain.lambert@gp-lambert.fr", domains=("gp-lambert.fr",), team_name="Gestion Privée Lambert"
    )
    if tracks_from is not None:
        conn.execute(
            "update public.mailboxes set tracks_from = %s where team_id in (%s, %s)",
            (tracks_from, a, alain_box.team_id),
        )
    return Firm(
        a=a,
        b=alain_box.team_id,
        claire=claire_box.owner_id,
        luc=luc,
        sophie=sophie,
        hugo=hugo,
        alain=alain_box.owner_id,
        claire_box=claire_box,
        sophie_box=sophie_box,
        alain_box=alain_box,
    )


# Messages --------------------------------------------------------------------------------------------------------


class Message(dict[str, Any]):
    """A normalised message (DESIGN.md "Contracts"), exactly the dict a worker hands to `ingest_message`; its
    identity and thread read by name too (`sent.internet_message_id`, `sent.thread`)."""

    @property
    def provider_message_id(self) -> str:
        return str(self["provider_message_id"])

    @property
    def internet_message_id(self) -> str:
        return str(self["internet_message_id"])

    @property
    def thread(self) -> str | None:
        thread: str | None = self.get("provider_thread_id")
        return thread

    @property
    def subject(self) -> str:
        return str(self.get("subject") or "")

    @property
    def to(self) -> list[str]:
        return [r["address"] for r in self.get("to", [])]


def addr(address: str, name: str | None = None) -> dict[str, str]:
    return {"address": address, "name": name or address.split("@")[0].title()}


def _address(mailbox: Mailbox | str) -> str:
    return mailbox.address if isinstance(mailbox, Mailbox) else mailbox


def _answering(original: Mapping[str, Any] | None, thread_id: str | None) -> dict[str, Any]:
    """The thread of a message that answers `original` (a new conversation without one), as a client sets it."""
    if original is None:
        return {"provider_thread_id": thread_id or _uid("thread"), "in_reply_to": None, "references": []}
    refs = [*original.get("references", []), original["internet_message_id"]]
    return {
        "provider_thread_id": thread_id or original.get("provider_thread_id"),
        "in_reply_to": original["internet_message_id"],
        "references": [r for r in refs if r],
    }


def _subject_re(original: Mapping[str, Any]) -> str:
    subject = original.get("subject") or ""
    return subject if subject.lower().startswith("re:") else f"RE: {subject}"


def outbound(
    mailbox: Mailbox | str,
    to: list[str] | str,
    *,
    sent_at: When,
    subject: str | None = None,
    reply_to: Mapping[str, Any] | None = None,
    cc: list[str] | None = None,
    thread_id: str | None = None,
    internet_message_id: str | None = None,
    provider_message_id: str | None = None,
    headers: dict[str, str] | None = None,
    body_text: str = "Bonjour, voici notre proposition.",
) -> Message:
    """A message the mailbox sent (folder sent): in `reply_to`'s conversation ("RE: " its subject), or one it
    starts ("Notre proposition" unless `subject`)."""
    sender = _address(mailbox)
    recipients = [to] if isinstance(to, str) else to
    return Message(
        {
            "provider_message_id": provider_message_id or _uid("pm"),
            "internet_message_id": internet_message_id or f"<{uuid.uuid4().hex}@{sender.split('@', 1)[1]}>",
            **_answering(reply_to, thread_id),
            "folder": "sent",
            "from": addr(sender),
            "to": [addr(a) for a in recipients],
            "cc": [addr(a) for a in cc or []],
            "subject": subject if subject is not None else _subject_re(reply_to) if reply_to else "Notre proposition",
            "sent_at": _iso(sent_at),
            "received_at": _iso(sent_at),
            "headers": headers or {},
            "body_text": body_text,
            "analysis": {},
        }
    )


def manual_followup(
    mailbox: Mailbox | str,
    original: Mapping[str, Any],
    *,
    sent_at: When,
    body_text: str = "Je me permets de vous relancer.",
) -> Message:
    """What the user writes and sends by hand in the conversation of `original` (R4)."""
    return outbound(
        mailbox, [r["address"] for r in original["to"]], reply_to=original, sent_at=sent_at, body_text=body_text
    )


def engine_copy(
    mailbox: Mailbox | str,
    original: Mapping[str, Any],
    followup_id: uuid.UUID | str,
    *,
    sent_at: When,
    internet_message_id: str | None = None,
    provider_message_id: str | None = None,
) -> Message:
    """The engine's own follow-up in the conversation of `original`, as the worker later finds it in Sent Items
    (X-Relance-Followup-Id)."""
    return outbound(
        mailbox,
        [r["address"] for r in original["to"]],
        reply_to=original,
        sent_at=sent_at,
        internet_message_id=internet_message_id,
        provider_message_id=provider_message_id,
        headers={"x-relance-followup-id": str(followup_id)},
        body_text="Bonjour, je reviens vers vous.",
    )


def answered_by(context: Mapping[str, Any]) -> Message:
    """The message a claimed follow-up answers, from its claim context (`reply_to`, thread, recipients): what a
    worker threads the send under. `engine_copy(mailbox, answered_by(context), …)` is that send."""
    reply_to = context["reply_to"]
    refs = list(reply_to["references"])
    if refs and refs[-1] == reply_to["internet_message_id"]:
        refs.pop()  # the context gives the chain of the answer: the answered message's own id last
    return Message(
        {
            "provider_message_id": reply_to["provider_message_id"],
            "provider_thread_id": context["provider_thread_id"],
            "internet_message_id": reply_to["internet_message_id"],
            "references": refs,
            "folder": "sent",
            "from": addr(context["mailbox_address"]),
            "to": [addr(a) for a in context["recipients"]],
            "subject": context["subject"],
        }
    )


def inbound(
    mailbox: Mailbox | str,
    sender: str,
    *,
    received_at: When,
    reply_to: Mapping[str, Any] | None = None,
    subject: str | None = None,
    thread_id: str | None = None,
    body_text: str = "Merci, je reviens vers vous.",
    headers: dict[str, str] | None = None,
    analysis: dict[str, Any] | None = None,
    internet_message_id: str | None = None,
    provider_message_id: str | None = None,
) -> Message:
    """Mail that arrives in the mailbox's inbox: in `reply_to`'s conversation ("RE: " its subject), or a new one
    ("Bonjour" unless `subject`); by default a person's words (analysis kind human, no opt-out)."""
    return Message(
        {
            "provider_message_id": provider_message_id or _uid("pm"),
            "internet_message_id": internet_message_id or f"<{uuid.uuid4().hex}@{sender.split('@', 1)[1]}>",
            **_answering(reply_to, thread_id),
            "folder": "inbox",
            "from": addr(sender),
            "to": [addr(_address(mailbox))],
            "cc": [],
            "subject": subject if subject is not None else _subject_re(reply_to) if reply_to else "Bonjour",
            "sent_at": _iso(received_at),
            "received_at": _iso(received_at),
            "headers": headers or {},
            "body_text": body_text,
            "analysis": {"kind": "human", "new_text": body_text, "opt_out": False} if analysis is None else analysis,
        }
    )


def inbound_reply(
    original: Mapping[str, Any],
    sender: str | None = None,
    *,
    received_at: When,
    body_text: str = "Merci, je regarde et je reviens vers vous.",
    opt_out: bool = False,
) -> Message:
    """A person's answer in the conversation of `original`, by default from its first recipient (R5; R8 with
    opt_out)."""
    analysis: dict[str, Any] = {"kind": "human", "new_text": body_text, "opt_out": opt_out}
    if opt_out:
        analysis["opt_out_phrase"] = "ne plus me contacter"
    return inbound(
        original["from"]["address"],
        sender or original["to"][0]["address"],
        received_at=received_at,
        reply_to=original,
        body_text=body_text,
        analysis=analysis,
    )


def auto_reply(
    original: Mapping[str, Any], sender: str | None = None, *, received_at: When, until: str | None = None
) -> Message:
    """An out-of-office (R6): Auto-Submitted header, and the return date when `until` (YYYY-MM-DD) is given."""
    return inbound(
        original["from"]["address"],
        sender or original["to"][0]["address"],
        received_at=received_at,
        reply_to=original,
        subject=f"Réponse automatique : {original.get('subject') or ''}",
        body_text="Je suis absent du bureau." + (f" De retour le {until}." if until else ""),
        headers={"auto-submitted": "auto-replied"},
        analysis={"kind": "auto_reply", "auto_reply": {"until": until}},
    )


def gone_notice(original: Mapping[str, Any], sender: str | None = None, *, received_at: When) -> Message:
    """An automatic notice that the person has gone for good (README "Someone who has left"), with a successor."""
    return inbound(
        original["from"]["address"],
        sender or original["to"][0]["address"],
        received_at=received_at,
        reply_to=original,
        subject=f"Réponse automatique : {original.get('subject') or ''}",
        body_text="Cette personne ne fait plus partie de la société. Merci d'écrire à accueil@successeur.example.",
        headers={"auto-submitted": "auto-replied"},
        analysis={
            "kind": "auto_reply",
            "auto_reply": {"until": None, "gone": "ne fait plus partie", "write_to": "accueil@successeur.example"},
        },
    )


def bounce(
    original: Mapping[str, Any],
    *,
    received_at: When,
    recipients: list[str] | None = None,
    permanent: bool = True,
    daemon: str = "mailer-daemon@mx.example.net",
) -> Message:
    """A delivery status notification about `original` (R7), in a conversation of its own: by default every
    recipient failed for good."""
    failed = recipients if recipients is not None else [r["address"] for r in original["to"]]
    return inbound(
        original["from"]["address"],
        daemon,
        received_at=received_at,
        subject="Undeliverable: " + (original.get("subject") or ""),
        body_text="Delivery has failed to these recipients.",
        headers={"content-type": "multipart/report; report-type=delivery-status"},
        analysis={
            "kind": "bounce",
            "bounce": {
                "original_message_id": original["internet_message_id"],
                "recipients": [{"address": a, "permanent": permanent} for a in failed],
            },
        },
    )


# The engine's SQL API, as a worker calls it ------------------------------------------------------------------


def worker_connection(db_url: str) -> Conn:
    """A connection like a worker's: autocommit, `set role service_role`."""
    connection = psycopg.connect(db_url, autocommit=True)
    connection.execute("set role service_role")
    return connection


class Connections:
    """Real connections to a test's database for races, each with a statement timeout of `guard` seconds as a hang
    guard, closed (their backends cancelled first, through `observer`) at the end of the test."""

    def __init__(self, db_url: str, observer: Conn, guard: float) -> None:
        self.db_url = db_url
        self.observer = observer
        self.guard = guard
        self.opened: list[Conn] = []

    def _guarded(self, connection: Conn) -> Conn:
        connection.execute(f"set statement_timeout = '{int(self.guard * 1000)}ms'")
        self.opened.append(connection)
        return connection

    def worker(self) -> Conn:
        """A worker's connection (autocommit, service_role)."""
        return self._guarded(worker_connection(self.db_url))

    def user(self) -> Conn:
        """A connection like the test's `conn` (autocommit superuser), for a member's requests through `acting_as`."""
        return self._guarded(psycopg.connect(self.db_url, autocommit=True))

    def close(self) -> None:
        for connection in self.opened:
            with contextlib.suppress(psycopg.Error):
                self.observer.execute("select pg_cancel_backend(%s)", (connection.info.backend_pid,))
        for connection in self.opened:
            with contextlib.suppress(psycopg.Error):
                connection.close()


def ingest(conn: Conn, mailbox_id: uuid.UUID, msg: Mapping[str, Any], now: When = None) -> Row:
    row = conn.execute(
        "select worker.ingest_message(%s, %s, %s::timestamptz)", (mailbox_id, Jsonb(msg), _iso(now))
    ).fetchone()
    assert row is not None
    return dict(row[0])


def ingest_page(conn: Conn, mailbox_id: uuid.UUID, msgs: list[Message] | Any, now: When = None) -> list[Row]:
    """A page through `ingest_messages` (a procedure: each message committed on its own), as a worker calls it
    on an autocommit connection. Returns one result per message."""
    row = conn.execute(
        "call worker.ingest_messages(%s, %s, %s::timestamptz, null)", (mailbox_id, Jsonb(msgs), _iso(now))
    ).fetchone()
    assert row is not None
    results: list[Row] = row[0]
    return results


def run_scheduler(conn: Conn, now: When = None) -> int:
    """One tick of the scheduler (pg_cron's job): returns how many follow-ups it queued."""
    row = conn.execute(
        "select worker.run_followup_scheduler(coalesce(%s::timestamptz, now()))", (_iso(now),)
    ).fetchone()
    assert row is not None
    return int(row[0])


def read_queue(conn: Conn, qty: int = 100, visibility_seconds: int = 300, max_deliveries: int = 5) -> list[Any]:
    """What a worker reads from the send queue: (msg_id, followup_id) pairs."""
    return conn.execute(
        "select msg_id, followup_id from worker.read_followup_queue(%s, %s, %s)",
        (qty, visibility_seconds, max_deliveries),
    ).fetchall()


def ack(conn: Conn, msg_id: int) -> None:
    conn.execute("select worker.ack_followup_message(%s)", (msg_id,))


def claim(conn: Conn, followup_id: uuid.UUID | str, token: str | None = None, now: When = None) -> Row:
    """claim_followup: the first claim without a token, the final one (inside the sending transaction) with it."""
    row = conn.execute(
        "select worker.claim_followup(%s, coalesce(%s::timestamptz, now()), %s)", (followup_id, _iso(now), token)
    ).fetchone()
    assert row is not None
    return dict(row[0])


def record_identity(
    conn: Conn, followup_id: uuid.UUID | str, token: str, internet_message_id: str, now: When = None
) -> bool | None:
    row = conn.execute(
        "select worker.record_followup_identity(%s, %s, %s, %s, coalesce(%s::timestamptz, now()))",
        (followup_id, token, _uid("draft"), internet_message_id, _iso(now)),
    ).fetchone()
    assert row is not None
    result: bool | None = row[0]
    return result


def complete(
    conn: Conn,
    followup_id: uuid.UUID | str,
    token: str,
    sent_at: When = None,
    now: When = None,
    *,
    provider_message_id: str | None = None,
    internet_message_id: str | None = None,
) -> bool:
    """complete_followup; `sent_at` None means the database clock at this instant (the provider's send time)."""
    row = conn.execute(
        "select worker.complete_followup(%s, %s, %s::timestamptz, %s, %s, %s::timestamptz)",
        (followup_id, token, _iso(sent_at), provider_message_id or _uid("pm-sent"), internet_message_id, _iso(now)),
    ).fetchone()
    assert row is not None
    return bool(row[0])


def send_claimed(
    conn: Conn,
    context: Mapping[str, Any],
    now: When = None,
    *,
    provider_message_id: str | None = None,
    internet_message_id: str | None = None,
) -> Row:
    """The rest of R9's protocol after a first claim that succeeded: the identity stored, then one transaction
    with the final claim (the token) and, when it still holds, the provider send stood in for and
    complete_followup. Returns the final claim."""
    followup_id, token = context["followup_id"], context["claim_token"]
    message_id = internet_message_id or f"<relance-{followup_id}@{context['mailbox_address'].split('@', 1)[1]}>"
    record_identity(conn, followup_id, token, message_id, now)
    with conn.transaction():
        final = claim(conn, followup_id, token, now)
        if final["ok"]:
            complete(
                conn,
                followup_id,
                token,
                sent_at=now,
                now=now,
                provider_message_id=provider_message_id,
                internet_message_id=message_id,
            )
    return final


# Reading ----------------------------------------------------------------------------------------------------------


def query_rows(conn: Conn, query: str, *args: Any) -> list[Row]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, args).fetchall()


def tracked_email(conn: Conn, message_id: uuid.UUID | str) -> Row | None:
    rows = query_rows(conn, "select * from public.tracked_emails where message_id = %s", message_id)
    return rows[0] if rows else None


def pending_followup(conn: Conn, tracked_email_id: uuid.UUID | str) -> Row | None:
    """The one follow-up of a tracked email not yet sent nor given up, or None."""
    rows = query_rows(
        conn,
        "select * from public.followups where tracked_email_id = %s and status in ('scheduled', 'claimed', 'sending')",
        tracked_email_id,
    )
    assert len(rows) <= 1, f"tracked email {tracked_email_id} has {len(rows)} pending follow-ups"
    return rows[0] if rows else None


def promise_violations(conn: Conn) -> list[Row]:
    return query_rows(conn, "select * from public.followup_promise_violations")


def invariant_problems(conn: Conn) -> list[str]:
    """Every invariant the engine promises over its whole state, as readable problems (empty: all hold).

    R13 view empty; R3 total <= maximum and counters equal get_total_followup_count, completed only at the maximum
    or after the one follow-up of an R15 resume; at most one pending follow-up per tracked email (that a queued
    follow-up was due when queued, the table's followups_queued_when_due holds); R12 every tracked email has its
    `tracked` event and one for its final status, every follow-up its `scheduled` event, and its `sent` or `failed`
    one. (Suppressions are checked where the test knows what was committed before each send: see bench/stress.py,
    which tests/test_stress.py runs.)
    """
    problems = [f"R13 violation: {v}" for v in promise_violations(conn)]
    rows = conn.execute(
        """
        select t.id, t.status, t.automatic_sent, t.manual_detected, public.get_total_followup_count(t.id),
               s.max_followups,
               exists (select 1 from public.followups as f where f.tracked_email_id = t.id and f.after_not_now)
        from public.tracked_emails as t
        cross join lateral private.mailbox_settings(t.mailbox_id) as s
        """
    ).fetchall()
    for tid, status, automatic, manual, total, maximum, resumed in rows:
        if total > maximum:
            problems.append(f"R3: tracked email {tid} has {total} follow-ups, maximum {maximum}")
        if automatic + manual != total:
            problems.append(
                f"R3: tracked email {tid} counters {automatic}+{manual} differ from get_total_followup_count {total}"
            )
        if status == "completed" and total < maximum and not resumed:
            problems.append(f"R3: tracked email {tid} completed with {total} < {maximum} follow-ups")
    for tid, n in conn.execute(
        "select tracked_email_id, count(*) from public.followups"
        " where status in ('scheduled', 'claimed', 'sending') group by 1 having count(*) > 1"
    ).fetchall():
        problems.append(f"tracked email {tid} has {n} pending follow-ups")
    # R11: a pending follow-up carries its tracked email's pause (the tick reads only the follow-up).
    for fid, carried, t_status in conn.execute(
        "select f.id, f.tracked_email_paused, t.status from public.followups as f"
        " join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where f.status in ('scheduled', 'claimed', 'sending')"
        " and f.tracked_email_paused <> (t.status = 'paused')"
    ).fetchall():
        problems.append(f"R11: follow-up {fid} carries paused={carried} while its tracked email is {t_status}")
    for (tid,) in conn.execute(
        "select t.id from public.tracked_emails as t"
        " where not exists (select 1 from public.events as e where e.tracked_email_id = t.id and e.kind = 'tracked')"
        " or (t.status <> 'active' and not exists (select 1 from public.events as e"
        "     where e.tracked_email_id = t.id and e.kind = t.status::text))"
    ).fetchall():
        problems.append(f"R12: tracked email {tid} has a state without its event")
    for fid, status in conn.execute(
        "select f.id, f.status from public.followups as f"
        " where not exists (select 1 from public.events as e where e.followup_id = f.id and e.kind = 'scheduled')"
        " or (f.status = 'sent' and not exists (select 1 from public.events as e"
        "     where e.followup_id = f.id and e.kind = 'sent'))"
        " or (f.status = 'failed' and not exists (select 1 from public.events as e"
        "     where e.followup_id = f.id and e.kind = 'failed'))"
    ).fetchall():
        problems.append(f"R12: follow-up {fid} ({status}) has a state without its event")
    return problems


def wait_for(what: str, condition: Callable[[], bool], guard: float = 120.0, poll: float = 0.05) -> None:
    """Waits until ``condition()`` holds; the guard only turns a hang into a failure that says what (a guard
    against hanging, not a timing assertion)."""
    deadline = time.monotonic() + guard
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(poll)


def wait_until_waiting_on_lock(observer: Conn, pid: int, *, give_up_after: float = 30.0) -> None:
    """Returns once backend `pid` waits on a lock (pg_stat_activity); fails if it never does."""

    def waiting() -> bool:
        row = observer.execute("select wait_event_type from pg_stat_activity where pid = %s", (pid,)).fetchone()
        return row is not None and row[0] == "Lock"

    wait_for(f"backend {pid} to wait on a lock", waiting, guard=give_up_after, poll=0.01)


# The scenario layer ----------------------------------------------------------------------------------------------

SUBJECT = "Votre projet d'investissement"


class Story:
    """Claire's mailbox at Cabinet Durand (Paris, French holidays unless told otherwise), a clock driven in the
    mailbox's zone, and a worker that follows R9's protocol. Every step calls the module's vocabulary."""

    def __init__(
        self,
        conn: Conn,
        *,
        time_zone: str = "Europe/Paris",
        holiday_calendar: str | None = "fr",
        domains: tuple[str, ...] = ("cabinet-durand.fr",),
        address: str = "claire@cabinet-durand.fr",
        **settings: Any,
    ) -> None:
        self.conn = conn
        self.tz = ZoneInfo(time_zone)
        self.mailbox = make_team_with_mailbox(
            conn,
            address=address,
            domains=domains,
            team_name="Cabinet Durand",
            settings={"time_zone": time_zone, "holiday_calendar": holiday_calendar, **settings},
        )
        self.last_result: Row = {}

    @property
    def team_id(self) -> uuid.UUID:
        return self.mailbox.team_id

    @property
    def mailbox_id(self) -> uuid.UUID:
        return self.mailbox.mailbox_id

    @property
    def owner(self) -> uuid.UUID:
        return self.mailbox.owner_id

    @property
    def address(self) -> str:
        return self.mailbox.address

    def add_mailbox(self, address: str, owner: uuid.UUID, provider: str = "graph") -> Mailbox:
        return add_mailbox(self.conn, self.team_id, owner, address, provider=provider)

    def add_member(self, email: str, role: str = "member") -> uuid.UUID:
        return add_member(self.conn, self.team_id, email, role)

    # Time ----------------------------------------------------------------------------------------------------
    def at(self, text: str) -> datetime:
        """`Mon 2026-11-23 16:00` (the weekday is checked) in the mailbox's zone."""
        day, rest = text.split(" ", 1)
        moment = datetime.strptime(rest, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        assert moment.strftime("%a") == day, f"{rest} is a {moment.strftime('%a')}, not a {day}"
        return moment

    def local(self, moment: datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(self.tz).strftime("%a %Y-%m-%d %H:%M")

    # Mail ----------------------------------------------------------------------------------------------------
    def ingest(self, message: Mapping[str, Any], now: When = None, mailbox: uuid.UUID | None = None) -> Row:
        return ingest(self.conn, mailbox or self.mailbox_id, message, now)

    def send(
        self,
        when: str,
        to: list[str],
        subject: str | None = None,
        *,
        cc: list[str] | None = None,
        reply_to: Mapping[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        provider_message_id: str | None = None,
        internet_message_id: str | None = None,
    ) -> Message:
        """The user sends a message (seen in Sent Items); a reply when `reply_to` is given. The ingest's result
        is `last_result`."""
        moment = self.at(when)
        sent = outbound(
            self.mailbox,
            to,
            sent_at=moment,
            subject=subject if subject or reply_to else SUBJECT,
            reply_to=reply_to,
            cc=cc,
            headers=headers,
            provider_message_id=provider_message_id,
            internet_message_id=internet_message_id,
        )
        self.last_result = self.ingest(sent, moment)
        return sent

    def receive(
        self,
        when: str,
        sender: str,
        *,
        reply_to: Mapping[str, Any] | None = None,
        subject: str | None = None,
        thread: str | None = None,
        analysis: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        provider_message_id: str | None = None,
        internet_message_id: str | None = None,
        body: str = "Merci, je reviens vers vous.",
    ) -> Row:
        """Mail arrives in the inbox, by default a person's words; in `reply_to`'s thread when given. Returns the
        ingest's result."""
        moment = self.at(when)
        message = inbound(
            self.mailbox,
            sender,
            received_at=moment,
            reply_to=reply_to,
            subject=subject,
            thread_id=thread,
            body_text=body,
            headers=headers,
            analysis=analysis,
            provider_message_id=provider_message_id,
            internet_message_id=internet_message_id,
        )
        return self.ingest(message, moment)

    def pause(self, sent: Message, when: str) -> bool:
        """The owner pauses the tracked email of `sent` (R11), at `when` (as the service role on their behalf: a
        signed-in user may not choose p_now)."""
        return self._tracked_rpc("pause_tracked_email", sent, when)

    def resume(self, sent: Message, when: str) -> bool:
        """The owner resumes it (R11)."""
        return self._tracked_rpc("resume_tracked_email", sent, when)

    def _tracked_rpc(self, function: str, sent: Message, when: str) -> bool:
        return self.tracked_rpc(function, self.tracked(sent)["tracked_email_id"], self.at(when))

    def tracked_rpc(self, function: str, tracked_id: uuid.UUID, moment: datetime) -> bool:
        """A user RPC on one tracked email (`pause_tracked_email` …) called for its owner at `moment`."""
        with acting_as(self.conn, "service_role", self.owner, commit=True):
            row = self.conn.execute(
                sql.SQL("select public.{}(%s, %s)").format(sql.Identifier(function)), (tracked_id, moment)
            ).fetchone()
        return bool(row and row[0])

    # The engine ----------------------------------------------------------------------------------------------
    def tick(self, when: str) -> int:
        return run_scheduler(self.conn, self.at(when))

    def work(self, when: str, *, echo: bool = True) -> list[Row]:
        """A worker drains the queue at `when`: R9's protocol, the provider send stood in for. With `echo`,
        the sent follow-up then shows up in Sent Items, as it does for real."""
        moment = self.at(when)
        outcomes: list[Row] = []
        for msg_id, followup_id in read_queue(self.conn):
            context = self.claim(followup_id, moment)
            if context["ok"]:
                context = self.send_claimed(context, moment, echo=echo)
            outcomes.append(context)
            ack(self.conn, msg_id)
        return outcomes

    def claim(self, followup_id: uuid.UUID, moment: datetime, token: str | None = None) -> Row:
        return claim(self.conn, followup_id, token, moment)

    def send_claimed(self, context: Row, moment: datetime, *, echo: bool = True) -> Row:
        """`send_claimed` at `moment`; with `echo`, the engine's copy is then ingested from Sent Items."""
        fid = context["followup_id"]
        provider_id = f"AAMk-relance-{fid}"
        final = send_claimed(self.conn, context, moment, provider_message_id=provider_id)
        if final["ok"] and echo:
            copy = engine_copy(
                self.mailbox,
                answered_by(context),
                fid,
                sent_at=moment,
                provider_message_id=provider_id,
                internet_message_id=final["internet_message_id"],
            )
            self.ingest(copy, moment)
        return final

    # Reading -------------------------------------------------------------------------------------------------
    def tracked(self, sent: Message) -> Row:
        rows = query_rows(
            self.conn,
            """select s.* from public.followup_activity_summary s
               join public.messages m on m.id = (select message_id from public.tracked_emails
                                                 where id = s.tracked_email_id)
               where m.internet_message_id = %s""",
            sent.internet_message_id,
        )
        assert len(rows) == 1, f"{sent.internet_message_id} is tracked {len(rows)} times"
        return rows[0]

    def received_message(self, result: Row, subject: str) -> Message:
        """The message an inbound ingest (`receive`'s result) recorded, as one the user can reply to (`reply_to`)."""
        row = self.conn.execute(
            "select m.provider_message_id, m.internet_message_id, c.provider_thread_id from public.messages m"
            " join public.conversations c on c.id = m.conversation_id where m.id = %s",
            (result["message_id"],),
        ).fetchone()
        assert row, result
        return Message(
            provider_message_id=row[0],
            internet_message_id=row[1],
            provider_thread_id=row[2],
            subject=subject,
            to=[addr(self.address)],
        )

    def is_tracked(self, sent: Message) -> bool:
        return bool(
            query_rows(
                self.conn,
                """select 1 from public.tracked_emails t join public.messages m on m.id = t.message_id
                   where m.internet_message_id = %s""",
                sent.internet_message_id,
            )
        )

    def followups(self, sent: Message) -> list[Row]:
        return query_rows(
            self.conn,
            "select * from public.followups where tracked_email_id = %s order by created_at, seq",
            self.tracked(sent)["tracked_email_id"],
        )

    def pending(self, sent: Message) -> Row | None:
        return pending_followup(self.conn, self.tracked(sent)["tracked_email_id"])

    def due(self, sent: Message) -> str | None:
        pending = self.pending(sent)
        return self.local(pending["due_at"]) if pending else None

    def timeline(self, sent: Message) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "select kind, reason from public.get_timeline(%s)", (self.tracked(sent)["tracked_email_id"],)
        ).fetchall()
        return [(k, r) for k, r in rows]

    def violations(self) -> list[Row]:
        return promise_violations(self.conn)
