"""Builders for engine tests: a team with a mailbox, normalised messages (DESIGN.md "Contracts"), and the
calls a worker makes, each named after what it does in the story.

Messages are plain dicts exactly as a worker hands them to `ingest_message`; every builder threads its
message the way a real client does (provider thread id, In-Reply-To, References). Times are `datetime`
objects (timezone-aware) or ISO strings; `None` leaves the clock to the database.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

Conn = psycopg.Connection[Any]
Message = dict[str, Any]
When = datetime | str | None


@dataclass(frozen=True)
class Mailbox:
    team_id: uuid.UUID
    mailbox_id: uuid.UUID
    owner_id: uuid.UUID
    address: str
    provider: str


def _iso(when: When) -> str | None:
    if when is None or isinstance(when, str):
        return when
    if when.tzinfo is None:
        raise ValueError("naive datetime: give the instant a time zone")
    return when.isoformat()


# A mailbox that works around the clock, every day: tests that use the real clock (concurrency, where
# `ingested_at` and `sent_at` must compare as in production) pass R2's working-time check on any date and hour.
ALWAYS_WORKING: dict[str, Any] = {
    "working_days": [1, 2, 3, 4, 5, 6, 7],
    "working_hours_start": "00:00",
    "working_hours_end": "24:00",
}


def _uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def make_team_with_mailbox(
    conn: Conn,
    *,
    address: str = "alice@acme.test",
    domains: tuple[str, ...] = ("acme.test",),
    provider: str = "graph",
    team_name: str = "Acme",
    settings: dict[str, Any] | None = None,
    mailbox_settings: dict[str, Any] | None = None,
) -> Mailbox:
    """A team (its owner is the mailbox's owner) with one active mailbox. `settings` updates columns of
    team_settings (e.g. {"max_followups": 3, "working_days": [1, 2, 3, 4, 5, 6, 7]}); `mailbox_settings`
    sets the mailbox's overrides. Runs as the superuser, as setup, not as an API request."""
    owner_id = uuid.uuid4()
    conn.execute(
        "insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)"
        " values (%s, 'authenticated', 'authenticated', %s, '{}', '{}')",
        (owner_id, address),
    )
    row = conn.execute(
        "insert into public.teams (name, domains) values (%s, %s) returning id", (team_name, list(domains))
    ).fetchone()
    assert row is not None
    team_id = row[0]
    conn.execute(
        "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')", (team_id, owner_id)
    )
    if settings:
        _update(conn, "public.team_settings", "team_id", team_id, settings)
    row = conn.execute(
        "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
        (team_id, owner_id, provider, address.lower()),
    ).fetchone()
    assert row is not None
    mailbox_id = row[0]
    if mailbox_settings:
        _update(conn, "public.mailboxes", "id", mailbox_id, mailbox_settings)
    return Mailbox(team_id, mailbox_id, owner_id, address.lower(), provider)


def _update(conn: Conn, table: str, key: str, key_value: Any, values: dict[str, Any]) -> None:
    assignments = psycopg.sql.SQL(", ").join(
        psycopg.sql.SQL("{} = {}").format(psycopg.sql.Identifier(column), psycopg.sql.Placeholder())
        for column in values
    )
    query = psycopg.sql.SQL("update {} set {} where {} = %s").format(
        psycopg.sql.SQL(table), assignments, psycopg.sql.Identifier(key)
    )
    conn.execute(query, [*values.values(), key_value])


def outbound(
    mailbox: Mailbox | str,
    to: list[str] | str,
    *,
    subject: str = "Notre proposition",
    sent_at: When,
    cc: list[str] | None = None,
    thread_id: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    internet_message_id: str | None = None,
    provider_message_id: str | None = None,
    headers: dict[str, str] | None = None,
    body_text: str = "Bonjour, voici notre proposition.",
) -> Message:
    """A message the mailbox sent (folder sent). Without thread arguments it starts a conversation."""
    sender = mailbox.address if isinstance(mailbox, Mailbox) else mailbox
    recipients = [to] if isinstance(to, str) else to
    return {
        "provider_message_id": provider_message_id or _uid("pm"),
        "provider_thread_id": thread_id or _uid("thread"),
        "internet_message_id": internet_message_id or f"<{uuid.uuid4().hex}@{sender.split('@', 1)[1]}>",
        "in_reply_to": in_reply_to,
        "references": references or [],
        "folder": "sent",
        "from": {"address": sender, "name": sender.split("@", 1)[0].title()},
        "to": [{"address": a, "name": None} for a in recipients],
        "cc": [{"address": a, "name": None} for a in cc or []],
        "subject": subject,
        "sent_at": _iso(sent_at),
        "received_at": _iso(sent_at),
        "headers": headers or {},
        "body_text": body_text,
        "analysis": {},
    }


def _thread_of(original: Message) -> dict[str, Any]:
    refs = [*original.get("references", []), original["internet_message_id"]]
    return {
        "provider_thread_id": original["provider_thread_id"],
        "in_reply_to": original["internet_message_id"],
        "references": [r for r in refs if r],
    }


def _subject_re(original: Message) -> str:
    subject = original.get("subject") or ""
    return subject if subject.lower().startswith("re:") else f"RE: {subject}"


def manual_followup(
    mailbox: Mailbox | str, original: Message, *, sent_at: When, body_text: str = "Je me permets de vous relancer."
) -> Message:
    """What the user writes and sends by hand in the conversation of `original` (R4)."""
    to = [r["address"] for r in original["to"]]
    thread = _thread_of(original)
    return outbound(
        mailbox,
        to,
        subject=_subject_re(original),
        sent_at=sent_at,
        thread_id=thread["provider_thread_id"],
        in_reply_to=thread["in_reply_to"],
        references=thread["references"],
        body_text=body_text,
    )


def engine_copy(
    mailbox: Mailbox | str,
    original: Message,
    followup_id: uuid.UUID | str,
    *,
    sent_at: When,
    internet_message_id: str | None = None,
) -> Message:
    """The engine's own follow-up as the worker later finds it in Sent Items (X-Relance-Followup-Id)."""
    message = manual_followup(mailbox, original, sent_at=sent_at, body_text="Bonjour, je reviens vers vous.")
    message["headers"] = {"x-relance-followup-id": str(followup_id)}
    if internet_message_id:
        message["internet_message_id"] = internet_message_id
    return message


def _inbound(
    original: Message,
    sender: str,
    *,
    received_at: When,
    subject: str,
    body_text: str,
    headers: dict[str, str] | None = None,
    analysis: dict[str, Any] | None = None,
    threaded: bool = True,
) -> Message:
    domain = sender.split("@", 1)[1]
    thread = (
        _thread_of(original)
        if threaded
        else {"provider_thread_id": _uid("thread"), "in_reply_to": None, "references": []}
    )
    return {
        "provider_message_id": _uid("pm"),
        "internet_message_id": f"<{uuid.uuid4().hex}@{domain}>",
        **thread,
        "folder": "inbox",
        "from": {"address": sender, "name": sender.split("@", 1)[0].title()},
        "to": [{"address": original["from"]["address"], "name": None}],
        "cc": [],
        "subject": subject,
        "sent_at": _iso(received_at),
        "received_at": _iso(received_at),
        "headers": headers or {},
        "body_text": body_text,
        "analysis": analysis if analysis is not None else {},
    }


def inbound_reply(
    original: Message,
    sender: str | None = None,
    *,
    received_at: When,
    body_text: str = "Merci, je regarde et je reviens vers vous.",
    opt_out: bool = False,
) -> Message:
    """A person's answer in the conversation of `original` (R5; R8 with opt_out)."""
    sender = sender or original["to"][0]["address"]
    analysis: dict[str, Any] = {"kind": "human", "new_text": body_text}
    if opt_out:
        analysis |= {"opt_out": True, "opt_out_phrase": "ne plus me contacter"}
    return _inbound(
        original, sender, received_at=received_at, subject=_subject_re(original), body_text=body_text, analysis=analysis
    )


def auto_reply(original: Message, sender: str | None = None, *, received_at: When, until: str | None = None) -> Message:
    """An out-of-office (R6): Auto-Submitted header, and the return date when `until` (YYYY-MM-DD) is given."""
    sender = sender or original["to"][0]["address"]
    return _inbound(
        original,
        sender,
        received_at=received_at,
        subject=f"Réponse automatique : {original.get('subject') or ''}",
        body_text="Je suis absent du bureau." + (f" De retour le {until}." if until else ""),
        headers={"auto-submitted": "auto-replied"},
        analysis={"kind": "auto_reply", "auto_reply": {"until": until}},
    )


def bounce(
    original: Message,
    *,
    received_at: When,
    recipients: list[str] | None = None,
    permanent: bool = True,
    daemon: str = "mailer-daemon@mx.example.net",
) -> Message:
    """A delivery status notification about `original` (R7): by default every recipient failed for good."""
    failed = recipients if recipients is not None else [r["address"] for r in original["to"]]
    return _inbound(
        original,
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
        threaded=False,
    )


# The engine's SQL API, as a worker calls it ------------------------------------------------------------


def worker_connection(db_url: str) -> Conn:
    """A connection like a worker's: autocommit, `set role service_role`."""
    connection = psycopg.connect(db_url, autocommit=True)
    connection.execute("set role service_role")
    return connection


def ingest(conn: Conn, mailbox_id: uuid.UUID, msg: Message, now: When = None) -> dict[str, Any]:
    row = conn.execute(
        "select public.ingest_message(%s, %s, %s::timestamptz)", (mailbox_id, Jsonb(msg), _iso(now))
    ).fetchone()
    assert row is not None
    result: dict[str, Any] = row[0]
    return result


def ingest_page(conn: Conn, mailbox_id: uuid.UUID, msgs: list[Message] | Any, now: When = None) -> list[dict[str, Any]]:
    """A page through `ingest_messages` (a procedure: each message committed on its own), as a worker calls it
    on an autocommit connection. Returns one result per message."""
    row = conn.execute(
        "call public.ingest_messages(%s, %s, %s::timestamptz, null)", (mailbox_id, Jsonb(msgs), _iso(now))
    ).fetchone()
    assert row is not None
    results: list[dict[str, Any]] = row[0]
    return results


def run_scheduler(conn: Conn, now: When = None) -> int:
    row = conn.execute("select public.run_followup_scheduler(coalesce(%s::timestamptz, now()))", (_iso(now),))
    value = row.fetchone()
    assert value is not None
    return int(value[0])


def claim(conn: Conn, followup_id: uuid.UUID | str, token: str | None = None, now: When = None) -> dict[str, Any]:
    """claim_followup: the first claim without a token, the final one (inside the sending transaction) with it."""
    row = conn.execute(
        "select public.claim_followup(%s, coalesce(%s::timestamptz, now()), %s)", (followup_id, _iso(now), token)
    ).fetchone()
    assert row is not None
    result: dict[str, Any] = row[0]
    return result


def record_identity(
    conn: Conn, followup_id: uuid.UUID | str, token: str, internet_message_id: str, now: When = None
) -> bool | None:
    row = conn.execute(
        "select public.record_followup_identity(%s, %s, %s, %s, coalesce(%s::timestamptz, now()))",
        (followup_id, token, _uid("draft"), internet_message_id, _iso(now)),
    ).fetchone()
    assert row is not None
    return row[0]


def complete(conn: Conn, followup_id: uuid.UUID | str, token: str, sent_at: When = None, now: When = None) -> bool:
    """complete_followup; `sent_at` None means the database clock at this instant (the provider's send time)."""
    row = conn.execute(
        "select public.complete_followup(%s, %s, %s::timestamptz, %s, null, %s::timestamptz)",
        (followup_id, token, _iso(sent_at), _uid("pm-sent"), _iso(now)),
    ).fetchone()
    assert row is not None
    return bool(row[0])


def pending_followup(conn: Conn, tracked_email_id: uuid.UUID | str) -> dict[str, Any] | None:
    """The one follow-up of a tracked email not yet sent nor given up, as a dict, or None."""
    cur = conn.cursor(row_factory=psycopg.rows.dict_row)
    return cur.execute(
        "select * from public.followups where tracked_email_id = %s"
        " and status in ('scheduled', 'queued', 'claimed', 'sending')",
        (tracked_email_id,),
    ).fetchone()


def tracked_email(conn: Conn, message_id: uuid.UUID | str) -> dict[str, Any] | None:
    cur = conn.cursor(row_factory=psycopg.rows.dict_row)
    return cur.execute("select * from public.tracked_emails where message_id = %s", (message_id,)).fetchone()


def promise_violations(conn: Conn) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=psycopg.rows.dict_row)
    return cur.execute("select * from public.followup_promise_violations").fetchall()


def invariant_problems(conn: Conn) -> list[str]:
    """Every invariant the engine promises over its whole state, as readable problems (empty: all hold).

    R13 view empty; R3 total <= maximum and counters equal get_total_followup_count; at most one pending
    follow-up per tracked email; R12 every tracked email has its `tracked` event and one for its final status,
    every follow-up its `scheduled` event, and its `sent` or `failed` one. (Suppressions are checked where the
    test knows what was committed before each send: see bench/stress.py, which tests/test_stress.py runs.)
    """
    problems = [f"R13 violation: {v}" for v in promise_violations(conn)]
    rows = conn.execute(
        """
        select t.id, t.status, t.automatic_sent, t.manual_detected, public.get_total_followup_count(t.id),
               s.max_followups
        from public.tracked_emails as t
        cross join lateral private.mailbox_settings(t.mailbox_id) as s
        """
    ).fetchall()
    for tid, status, automatic, manual, total, maximum in rows:
        if total > maximum:
            problems.append(f"R3: tracked email {tid} has {total} follow-ups, maximum {maximum}")
        if automatic + manual != total:
            problems.append(
                f"R3: tracked email {tid} counters {automatic}+{manual} differ from get_total_followup_count {total}"
            )
        if status == "completed" and total < maximum:
            problems.append(f"R3: tracked email {tid} completed with {total} < {maximum} follow-ups")
    for tid, n in conn.execute(
        "select tracked_email_id, count(*) from public.followups"
        " where status in ('scheduled', 'queued', 'claimed', 'sending') group by 1 having count(*) > 1"
    ).fetchall():
        problems.append(f"tracked email {tid} has {n} pending follow-ups")
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


def wait_until_waiting_on_lock(observer: Conn, pid: int, *, give_up_after: float = 30.0) -> None:
    """Returns once backend `pid` waits on a lock (pg_stat_activity); fails if it never does. A guard
    against hanging, not a timing assertion."""
    deadline = time.monotonic() + give_up_after
    while time.monotonic() < deadline:
        row = observer.execute("select wait_event_type from pg_stat_activity where pid = %s", (pid,)).fetchone()
        if row is not None and row[0] == "Lock":
            return
        time.sleep(0.01)
    raise AssertionError(f"backend {pid} never waited on a lock")
