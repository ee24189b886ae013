"""Stress: the follow-up engine under randomised concurrent traffic, through its SQL contract only.

Run: `.venv/bin/python bench/stress.py --minutes 30 [--seed N]`, or a bounded run that does not depend on the
machine's speed: `.venv/bin/python bench/stress.py --sequences 20 [--seed N]`. It builds its own database on the
local cluster (the platform and the migrations as the tests build their template, then `sql/` on top, as
`relance schema generate` does) unless `--db-url` names one, and drops it at the end.

A run is a series of *sequences*. Each sequence has its own cast: a team with two mailboxes (one Graph, one
Gmail), a second team with one mailbox, three to six people, several tracked emails each. It is played in
*rounds* by seven actors, each in its own thread with its own connection, all released at once at the start of a
round (a barrier) and awaited at its end:

- two mail actors (`ingest_message`, and `ingest_messages` for a page): new tracked conversations, internal
  mail, manual follow-ups, human replies (some with clock skew: earlier than the tracked email but In-Reply-To
  naming it, some from an assistant at a recipient's firm), replies in another conversation, opt-outs (own, and
  relayed for the people written to), out-of-office with and without return dates, partial
  and total bounces (and two reports that together fail every recipient), duplicates (same provider id, or the
  same Message-ID under another id), the engine's own follow-ups seen in Sent Items; and, planned for both at
  once, the same person answering on two mailboxes, opting out twice, out-of-office against a reply, two
  halves of a bounce or two reports in opposite orders, a bounce against an opt-out, one message twice;
- two sending workers, following R9 as workers/relance/sender.py does: read the queue, first claim, look in
  Sent Items when the follow-up already has an identity, last look, `record_followup_identity`, then one
  transaction with the final claim, the provider send and `complete_followup`; the provider sometimes refuses
  (429, permanent: `fail_followup`) and the worker sometimes dies after the provider accepted; workers tick too;
- an admin: scheduler ticks (`run_followup_scheduler`), pause and resume of a tracked email, a mailbox, a team,
  and settings changes (`set_team_settings`, `set_mailbox_settings`: interval, working hours and days, time
  zone, daily cap, maximum), as the team's owner under RLS, as PostgREST runs them;
- an intent actor: what the intelligence worker hands `worker.record_intent` after reading an inbound human
  message the sequence ingested (a reply, an assistant's reply, a message in another conversation): ordinary
  labels (a not now with or without a date, a referral naming someone, a meeting request ...), an unsubscribe
  read by the rules, by an LLM sure of it or not, relayed (`p_relayed`) or not, the same message read again (another
  label, or the same one surer); and a member's `public.correct_intent` (to an unsubscribe, relayed or not, and
  away from it), as the team's owner under RLS as the admin's calls are; and what the worker read in a message's
  signature (`worker.record_signature`: name, title, phone, the sender's address; applied or suggested). Planned
  against the others at once on the same person (as the mail actors' pairs): an unsubscribe reading of a person's
  message while a mail actor ingests a new conversation to them, or while the workers have that person's follow-up
  on the queue, and a relayed unsubscribe while a mail actor ingests the person's own opt-out;
- an erasure actor (GDPR Art. 17), at random rounds: a person of the cast erased from one team, by its owner in the
  app (`public.erase_person`, as the admin's calls are) or by an operator (`worker.erase_person_as_operator`), chosen
  by state: with a follow-up due or queued, with tracked emails running, who replied, opted out, is held by an
  out-of-office, was bounced, or erased already (new mail since). Most erasures are raced on purpose, on the same
  person in the same round: a mail actor ingesting their reply, opt-out, out-of-office, a bounce naming them or a
  new conversation to them; the workers with their follow-up on the queue (the admin ticks that round); the intent
  actor recording a reading of their message, a member correcting one, or the worker recording its signature. The
  other side starts at once or a few milliseconds later. The model knows who is erased: their mail may still
  arrive and is recorded (but never read for intent or signature: no insight is noted for it), R8's checks leave
  them out (their suppression becomes the address's hash), and art17_nothing_left and art17_never_again check them.

Engine time is a driven clock: every call of a round passes the same instant as `p_now`, and the instant moves
forward between rounds, so the engine's instants (ingested_at, sent_at) are ordered as the rounds are. The wall
clock is never engine time.

An error is counted by SQLSTATE whatever it is; a deadlock or serialization failure is retried (at most three
times) only so that the run goes on, and still counted. A refusal (`{ok: false, reason}`) is not an error. The
expected result is no error at all.

Invariants, checked during the run (at each send, at each unsubscribe reading, inside each erasure's transaction, at
the end of each round, every few rounds) and at the end of each sequence after the Sent Items sync: see INVARIANTS.
art17_nothing_left runs in the erasure's own transaction, on its connection, right after the erase call returned and
before the commit (the person's lock still held, so whoever follows the lock order either committed before and was
erased, or waits): every text, jsonb and text array column of every table tied to the team (found through
information_schema, as the session's superuser, private tables too) must not name the person's address, nor the
name their signature gave. art17_never_again holds for the rest of the sequence once the erasure committed: at each
send (no recipient erased before the final claim) and at the end of each round (no tracked email active or paused
to them, no follow-up pending for them, no contact for their address or the token that replaced it, no row written
from one of their erased messages naming them again). The report prints the
seed, the sequences and rounds run, what the intent path did (readings, unsubscribes, corrections), what the erasure
path did (erasures by entry point, and those raced on purpose by the other side), operations
by kind, errors by SQLSTATE with the first example of each (deadlocks by the pair of calls involved), and every
invariant with ok or BROKEN. Exit status 1 on any error or broken invariant.

The same seed gives the same casts and first choices; what follows depends on the engine's answers and on the
interleaving of the threads, which is the machine's: a rule broken in any order shows again with the seed, a race
found once may need more sequences, or another run, to show again.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import threading
import time
import traceback
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from psycopg.types.json import Jsonb

Conn = psycopg.Connection[Any]
Message = dict[str, Any]

# Sequence i starts in week i after this Monday, early in the morning (UTC).
T0 = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
RETRYABLE = frozenset({"40P01", "40001"})
MAX_ATTEMPTS = 3
BARRIER_TIMEOUT_S = 300.0
# The share of rounds in which a person is erased (a cast has 3 to 5 people in each of 2 teams).
ERASURE_ROUNDS = 0.12
PENDING = ("scheduled", "queued", "claimed", "sending")
ZONES = ("UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo")
HOURS = (("07:00", "18:00"), ("08:00", "17:00"), ("00:00", "23:59"), ("09:00", "12:30"))
DAYS = ([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6])

SESSION = [
    # Deadlocks are what this run looks for: find them fast (the default is 1 s a wait).
    "set deadlock_timeout = '100ms'",
    # A guard against a wait that never ends (reported as 57014), never a timing assertion.
    "set statement_timeout = '120s'",
]


# Invariants, in the order they are printed. Each name says the promise; BEHAVIOUR.md has the rule.
INVARIANTS = {
    "r13_view": "R13 the view followup_promise_violations is empty",
    "r5_answer": "R5/R13 no follow-up is sent after a committed answer (skewed replies and other conversations too)",
    "r3_counters": "R3 automatic_sent and manual_detected equal their rows",
    "r3_max": "R3 automatic sent + manual detected never exceeds the maximum in force",
    "r3_completed": "R3 a tracked email is completed only at its maximum",
    "one_pending": "at most one pending follow-up per tracked email",
    "finished_pending": "nothing pending on a finished tracked email",
    "active_planned": "an active tracked email below its maximum has its pending follow-up",
    "r8_sent_suppressed": "R8 nothing is sent to an address suppressed before the send",
    "r8_optout_listed": "R8 an opt-out in a tracked conversation puts the address on the suppression list",
    "r8_new_suppressed": "R8 a new conversation to suppressed addresses only is not followed",
    "r8_intent_listed": "R8 an unsubscribe reading (rules, a sure LLM, a member) lists its sender, and the people"
    " written to when relayed",
    "r8_nothing_scheduled": "R8 nothing is scheduled for a suppressed address: a tracked email whose every recipient"
    " is suppressed is stopped",
    "r1_internal": "R1 mail to the team's own domain only is not tracked",
    "r7_reports_add_up": "R7 reports that together fail every recipient stop the tracked email at that ingest",
    "r6_hold": "R6 nothing is sent to a person during their out-of-office hold",
    "r2_working_time": "R2 nothing is sent outside working time (settings in force)",
    "pause_carried": "R11 a pending follow-up carries its tracked email's pause (what the tick reads)",
    "r9_daily_cap": "R9 the daily cap holds per mailbox per local day",
    "r9_once": "R9 a follow-up is sent at most once by the provider",
    "r9_recorded": "R9 every follow-up the provider sent is recorded sent after the Sent Items sync",
    "r11_paused": "R11 nothing is sent while its tracked email, mailbox or team is paused",
    "r12_events": "R12 every state has its event",
    "status_counts": "the dashboard's counts by status (followup_status_counts) equal the rows",
    "art17_nothing_left": "Art. 17 inside the erasure's transaction, its lock still held, no row of the team names the"
    " person (every text, jsonb and array column of every table tied to the team)",
    "art17_never_again": "Art. 17 once erased, a person is never tracked, followed up or sent to again, never becomes a"
    " contact again (by address or token), and nothing written from their erased messages names them",
}


# ---------------------------------------------------------------------------------------------------------------
# Errors and problems
# ---------------------------------------------------------------------------------------------------------------

_FRAME = re.compile(r"(?:PL/pgSQL|SQL) function ([\w.]+)\([^)]*\)(?: line (\d+))?(?: at ([^\n]+))?")
_BLOCKER = re.compile(r"blocked by process (\d+)")
_LOCKING = re.compile(r"while (\w+(?: \w+)*) (?:index )?tuple \([^)]*\) (?:in|of) (?:relation|index) \"([^\"]+)\"")


@dataclass
class ErrorLog:
    """Every error by SQLSTATE, with the first example of each; deadlocks also by the calls involved."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    deadlocks: Counter[str] = field(default_factory=Counter)
    deadlock_examples: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, state: str, text: str, where: str, replay: str, deadlock: str | None = None) -> None:
        with self.lock:
            self.counts[state] += 1
            self.examples.setdefault(state, f"{where} [{replay}]: {text}")
            if deadlock is not None:
                self.deadlocks[deadlock] += 1
                self.deadlock_examples.setdefault(deadlock, f"[{replay}] {text}")

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Problems:
    """Broken invariants: how many times each, and the first few examples with the seed that found them."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, key: str, text: str, replay: str) -> None:
        with self.lock:
            self.counts[key] += 1
            shown = self.examples.setdefault(key, [])
            if len(shown) < 3:
                shown.append(f"[{replay}] {text}")


def sqlstate_of(exc: BaseException) -> str:
    return getattr(exc, "sqlstate", None) or type(exc).__name__


def describe_error(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if diag is not None:
        if diag.message_detail:
            text += " | DETAIL: " + " ".join(diag.message_detail.split())
        if diag.context:
            text += " | CONTEXT: " + " <- ".join(line.strip() for line in diag.context.strip().splitlines())
    return text


def deadlock_signature(exc: BaseException, victim_op: str, others: dict[int, str], own_pid: int) -> str:
    """`victim call (where it waited) x other call [other actor's operation]`: the two statements involved.

    The victim's own frames come from the error's CONTEXT; the other process's top-level call from DETAIL
    (the server prints both processes' queries there), and what that actor was doing from the harness."""
    diag = getattr(exc, "diag", None)
    context = (diag.context or "") if diag is not None else ""
    detail = (diag.message_detail or "") if diag is not None else ""
    frames = [f"{name}:{line}" if line else name for name, line, _at in _FRAME.findall(context)]
    locking = _LOCKING.search(context)
    where = " <- ".join(frames[:3]) or "top level"
    if locking:
        where += f", {locking.group(1)} a row of {locking.group(2)}"
    other_calls = []
    for pid_text in dict.fromkeys(_BLOCKER.findall(detail)):
        pid = int(pid_text)
        if pid != own_pid:
            other_calls.append(others.get(pid, f"process {pid} (not an actor of this run)"))
    if not other_calls:
        # No DETAIL (ingest_messages re-raises a page's error with its code only): one of the others.
        running = [label for pid, label in others.items() if pid != own_pid and not label.endswith(": idle")]
        other_calls = ["one of: " + " | ".join(sorted(running))] if running else []
    return f"{victim_op} (at {where})  x  {' / '.join(other_calls) or 'another transaction'}"


# ---------------------------------------------------------------------------------------------------------------
# The cast and what the harness knows (its model of the world)
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailboxInfo:
    id: uuid.UUID
    team_id: uuid.UUID
    owner_id: uuid.UUID
    address: str
    provider: str
    label: str

    @property
    def domain(self) -> str:
        return self.address.split("@", 1)[1]


@dataclass
class TeamInfo:
    id: uuid.UUID
    owner_id: uuid.UUID
    domain: str
    label: str
    mailboxes: list[MailboxInfo] = field(default_factory=list)


@dataclass
class Tracked:
    id: uuid.UUID
    mailbox: MailboxInfo
    original: Message
    recipients: list[str]
    sent_at: datetime


@dataclass
class Send:
    """A follow-up the provider accepted (the truth, whatever the engine recorded)."""

    followup_id: uuid.UUID
    tracked_id: uuid.UUID
    mailbox: MailboxInfo
    at: datetime
    round: int
    recipients: list[str]
    crashed: bool


@dataclass
class MailEvent:
    """One message (or a page) for a mail actor, and what its ingest means for the harness's model."""

    kind: str
    mailbox: MailboxInfo
    messages: list[Message]
    answers: list[uuid.UUID] = field(default_factory=list)  # tracked emails this message answers (R5)
    opt_out: str | None = None  # address that asked to stop (R8)
    bounce: tuple[uuid.UUID, list[str]] | None = None  # tracked email, addresses failed for good (R7)
    new_recipients: list[str] | None = None  # a new outbound conversation to these addresses
    internal_only: bool = False
    relayed_for: list[str] = field(default_factory=list)  # people a relayed request to stop speaks for (R8)
    # A reply's: the people the email it answers was written to, its author aside (whom an intent read later as a
    # relayed request to stop speaks for: private.intent_relayed_people).
    written_to: list[str] = field(default_factory=list)


@dataclass
class AdminOp:
    kind: str
    target: Any = None
    settings: dict[str, Any] | None = None


@dataclass(frozen=True)
class Inbound:
    """An inbound human message the harness saw committed: what the intelligence worker reads the intent of."""

    id: uuid.UUID
    mailbox: MailboxInfo
    sender: str
    written_to: list[str]


@dataclass(frozen=True)
class Reading:
    """A message's intent as the harness last had it recorded (by the worker, or corrected by a member)."""

    label: str
    source: str
    confidence: float
    relayed: bool

    def __str__(self) -> str:
        return f"{self.label}{' relayed' if self.relayed else ''} ({self.source} {self.confidence:.2f})"


@dataclass
class IntentOp:
    """One call of the intent actor: the worker's reading (`record`), a member's correction (`correct`), or what the
    worker read in the message's signature (`signature`: worker.record_signature)."""

    kind: str
    message: Inbound
    label: str
    source: str = "user"
    confidence: float = 1.0
    relayed: bool = False
    not_now_until: date | None = None
    referral: tuple[str, str] | None = None
    before: Reading | None = None  # the message's reading when the operation was planned
    race: str | None = None

    @property
    def sure_unsubscribe(self) -> bool:
        """R8 (private.apply_intent): an unsubscribe the rules read, a model sure of it (0.9 or more) or a member."""
        return self.label == "unsubscribe" and (
            self.kind == "correct" or self.source == "rules" or round(self.confidence, 3) >= 0.9
        )

    @property
    def name(self) -> str:
        """The operation's kind in the report: the call, the label, and for an unsubscribe who read it."""
        relayed = " relayed" if self.relayed else ""
        was_unsubscribe = self.before is not None and self.before.label == "unsubscribe"
        if self.kind == "signature":
            text = f"record_signature ({'applied' if self.confidence >= 0.92 else 'suggested'})"
        elif self.kind == "correct":
            away = self.label != "unsubscribe" and was_unsubscribe
            text = "correct_intent away from unsubscribe" if away else f"correct_intent to {self.label}{relayed}"
        else:
            who = ""
            if self.label == "unsubscribe" and self.source == "rules":
                who = " (rules)"
            elif self.label == "unsubscribe":
                who = f" ({self.source}, {'sure' if self.sure_unsubscribe else 'unsure'})"
            text = f"record_intent {'again: ' if self.before else ''}{self.label}{relayed}{who}"
        return f"{self.race}: {text}" if self.race else text


@dataclass(frozen=True)
class Erased:
    """A person the harness saw erased from a team: committed at `at` (time.monotonic()), in round `round`."""

    team_id: uuid.UUID
    address: str
    token: str
    round: int
    at: float


@dataclass
class ErasureOp:
    """One erasure (`app`: public.erase_person as the team's owner; `operator`: worker.erase_person_as_operator) of
    a person in a given state, and what another actor does to that person at the same moment, if anything."""

    team: TeamInfo
    person: str
    via: str
    state: str
    race: str | None = None
    event: MailEvent | None = None  # the first mail actor ingests it
    intent: IntentOp | None = None  # the intent actor records it (a reading, a correction, a signature)

    @property
    def name(self) -> str:
        return f"erase_person ({self.via}, {self.state})" + (f" vs {self.race}" if self.race else "")


@dataclass
class SettingsInForce:
    team_id: uuid.UUID
    time_zone: str
    start: Any
    end: Any
    days: list[int]
    calendar: str | None
    cap: int
    maximum: int
    mailbox_status: str
    team_paused: bool


class World:
    """What every actor of a sequence shares: the cast, the clock, the model, and what went wrong."""

    def __init__(self, seed: int, index: int, errors: ErrorLog, problems: Problems) -> None:
        self.seed = seed
        self.index = index
        self.errors = errors
        self.problems = problems
        self.lock = threading.Lock()
        self.teams: list[TeamInfo] = []
        self.people: list[str] = []
        self.tracked: list[Tracked] = []
        self.tracked_by_id: dict[uuid.UUID, Tracked] = {}
        self.delivered: list[tuple[MailboxInfo, Message]] = []
        self.echoes: list[tuple[MailboxInfo, Message]] = []
        self.sent_copies: dict[uuid.UUID, tuple[MailboxInfo, Message]] = {}
        self.answered: dict[uuid.UUID, str] = {}
        self.opt_outs: list[tuple[uuid.UUID, str]] = []
        self.bounced: dict[uuid.UUID, set[str]] = {}
        # (round, team, recipients, tracked, internal, when its ingest started: time.monotonic())
        self.new_mail: list[tuple[int, uuid.UUID, list[str], bool, bool, bool, float]] = []
        self.sends: list[Send] = []
        self.provider_sent: Counter[uuid.UUID] = Counter()
        self.hold_candidates: list[tuple[uuid.UUID, MailboxInfo, str, date]] = []
        # Follow-ups a worker left claimed after a counted error: their lease has to run out first.
        self.abandoned: set[uuid.UUID] = set()
        self.ops: Counter[str] = Counter()
        self.round = 0
        self.now = T0
        self.settings: dict[uuid.UUID, SettingsInForce] = {}
        self.settings_dirty = False
        self.maxima: dict[uuid.UUID, set[int]] = {}
        self.suppressed_at_start: dict[uuid.UUID, set[str]] = {}
        self.pair: tuple[MailEvent, MailEvent] | None = None
        self.admin_op: AdminOp | None = None
        # The intent path: the messages it may read, their readings, this round's race (an intent operation and
        # what a mail actor ingests at the same moment, if anything), and the people an unsubscribe reading of this
        # round was seen to list (when: time.monotonic()), for the new conversations ingested after it.
        self.inbound: list[Inbound] = []
        self.readings: dict[uuid.UUID, Reading] = {}
        self.intent_race: tuple[IntentOp, MailEvent | None] | None = None
        # The erasure path (Art. 17): this round's erasure and its race, the people erased (committed) and every
        # person an erasure was planned for (whatever its outcome: R8's checks leave them out, since an erasure
        # deletes their suppression and stands for it by the address's hash).
        self.erasure: ErasureOp | None = None
        self.erased: dict[tuple[uuid.UUID, str], Erased] = {}
        self.erasing: set[tuple[uuid.UUID, str]] = set()
        self.listed_during: list[tuple[float, uuid.UUID, set[str]]] = []
        self.stop = False
        self.actors: list[Actor] = []
        self.reported: set[tuple[str, Any]] = set()

    @property
    def replay(self) -> str:
        return f"--seed {self.seed} --sequence {self.index}, round {self.round}"

    @property
    def mailboxes(self) -> list[MailboxInfo]:
        return [m for t in self.teams for m in t.mailboxes]

    def mailbox(self, mailbox_id: Any) -> MailboxInfo | None:
        return next((m for m in self.mailboxes if str(m.id) == str(mailbox_id)), None)

    def count(self, op: str) -> None:
        with self.lock:
            self.ops[op] += 1

    def problem(self, key: str, text: str, once: Any = None) -> None:
        """A broken invariant; with `once`, a case the periodic checks would find again is counted once."""
        if once is not None:
            with self.lock:
                if (key, once) in self.reported:
                    return
                self.reported.add((key, once))
        self.problems.add(key, text, self.replay)

    def add_tracked(self, tracked: Tracked) -> None:
        with self.lock:
            self.tracked.append(tracked)
            self.tracked_by_id[tracked.id] = tracked

    def mailbox_of_send(self, followup_id: uuid.UUID) -> MailboxInfo:
        """(Called with the lock held.) The mailbox of a follow-up the provider sent."""
        return next(x.mailbox for x in reversed(self.sends) if x.followup_id == followup_id)

    def gone(self, team_id: uuid.UUID) -> set[str]:
        """(Called with the lock held or not.) The addresses and tokens of the people erased from a team so far."""
        return {x for (t, _a), e in list(self.erased.items()) if t == team_id for x in (e.address, e.token)}

    def touched(self, team_id: uuid.UUID) -> set[str]:
        """The people of a team an erasure was planned for, so far (this round's included)."""
        return {a for t, a in list(self.erasing) if t == team_id}

    def others(self, at: float) -> dict[int, str]:
        return {a.pid: f"{a.name}: {a.blocked_call(at)}" for a in self.actors}


# ---------------------------------------------------------------------------------------------------------------
# Messages, as workers hand them to ingest_message (DESIGN.md, "Contracts")
# ---------------------------------------------------------------------------------------------------------------


def _iso(at: datetime) -> str:
    return at.isoformat()


def _person(address: str) -> dict[str, Any]:
    return {"address": address, "name": address.split("@", 1)[0].title()}


def outbound(
    mb: MailboxInfo,
    to: list[str],
    sent_at: datetime,
    *,
    subject: str,
    thread: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    headers: dict[str, str] | None = None,
    internet_message_id: str | None = None,
    provider_message_id: str | None = None,
    body: str = "Bonjour, voici notre proposition.",
) -> Message:
    return {
        "provider_message_id": provider_message_id or f"pm-{uuid.uuid4().hex}",
        "provider_thread_id": thread or f"th-{uuid.uuid4().hex}",
        "internet_message_id": internet_message_id or f"<{uuid.uuid4().hex}@{mb.domain}>",
        "in_reply_to": in_reply_to,
        "references": references or [],
        "folder": "sent",
        "from": _person(mb.address),
        "to": [_person(a) for a in to],
        "cc": [],
        "subject": subject,
        "sent_at": _iso(sent_at),
        "received_at": _iso(sent_at),
        "headers": headers or {},
        "body_text": body,
        "analysis": {},
    }


def in_thread(original: Message) -> dict[str, Any]:
    return {
        "thread": original["provider_thread_id"],
        "in_reply_to": original["internet_message_id"],
        "references": [*original.get("references", []), original["internet_message_id"]],
    }


def inbound(
    mb: MailboxInfo,
    sender: str,
    received_at: datetime,
    *,
    subject: str,
    analysis: dict[str, Any],
    original: Message | None = None,
    headers: dict[str, str] | None = None,
    body: str = "Merci, je regarde et je reviens vers vous.",
) -> Message:
    thread = (
        in_thread(original)
        if original is not None
        else {"thread": f"th-{uuid.uuid4().hex}", "in_reply_to": None, "references": []}
    )
    return {
        "provider_message_id": f"pm-{uuid.uuid4().hex}",
        "provider_thread_id": thread["thread"],
        "internet_message_id": f"<{uuid.uuid4().hex}@{sender.split('@', 1)[1]}>",
        "in_reply_to": thread["in_reply_to"],
        "references": thread["references"],
        "folder": "inbox",
        "from": _person(sender),
        "to": [_person(mb.address)],
        "cc": [],
        "subject": subject,
        "sent_at": _iso(received_at),
        "received_at": _iso(received_at),
        "headers": headers or {},
        "body_text": body,
        "analysis": analysis,
    }


# ---------------------------------------------------------------------------------------------------------------
# Building mail events from the model
# ---------------------------------------------------------------------------------------------------------------


class MailPlanner:
    """Chooses what happens next in the mail, with one seeded RNG, from what the harness knows."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng

    def _tracked(self, mailbox: MailboxInfo | None = None, person: str | None = None) -> list[Tracked]:
        with self.world.lock:
            return [
                t
                for t in self.world.tracked
                if (mailbox is None or t.mailbox == mailbox) and (person is None or person in t.recipients)
            ]

    def _pick_tracked(self, candidates: list[Tracked] | None = None) -> Tracked | None:
        candidates = self._tracked() if candidates is None else candidates
        if not candidates:
            return None
        with self.world.lock:
            open_ = [t for t in candidates if t.id not in self.world.answered]
        return self.rng.choice(open_ if open_ and self.rng.random() < 0.85 else candidates)

    def answers_for(
        self, mb: MailboxInfo, sender: str, received_at: datetime, linked: Tracked | None
    ) -> list[uuid.UUID]:
        """R5: the tracked email whose conversation it answers (explicit links beat clocks), and every tracked
        email of the mailbox with the sender among its recipients, sent before the answer."""
        found = [linked.id] if linked is not None else []
        for t in self._tracked(mb, sender):
            if t is not linked and t.sent_at <= received_at:
                found.append(t.id)
        return found

    def received(self) -> datetime:
        return self.world.now - timedelta(minutes=self.rng.randint(0, 20))

    # One event of each kind ---------------------------------------------------------------------------------

    def new_conversation(
        self, mb: MailboxInfo | None = None, *, internal: bool = False, to: list[str] | None = None
    ) -> MailEvent:
        mb = mb or self.rng.choice(self.world.mailboxes)
        if internal:
            to = [f"colleague{self.rng.randint(1, 3)}@{mb.domain}"]
        elif to is None:
            to = self.rng.sample(self.world.people, self.rng.choice([1, 1, 2]))
        sent_at = self.world.now - timedelta(minutes=self.rng.randint(1, 10))
        subject = f"Proposition {self.world.index}-{uuid.uuid4().hex[:6]}"
        message = outbound(mb, to, sent_at, subject=subject)
        return MailEvent(
            "internal" if internal else "new_conversation",
            mb,
            [message],
            new_recipients=to,
            internal_only=internal,
        )

    def manual(self, t: Tracked | None = None) -> MailEvent | None:
        t = t or self._pick_tracked()
        if t is None:
            return None
        sent_at = max(t.sent_at + timedelta(seconds=1), self.received())
        thread = in_thread(t.original)
        message = outbound(
            t.mailbox,
            t.recipients,
            sent_at,
            subject="RE: " + t.original["subject"],
            thread=thread["thread"],
            in_reply_to=thread["in_reply_to"],
            references=thread["references"],
            body="Je me permets de vous relancer.",
        )
        return MailEvent("manual_followup", t.mailbox, [message])

    def reply(
        self,
        t: Tracked | None = None,
        person: str | None = None,
        *,
        opt_out: bool = False,
        skewed: bool = False,
        relayed: bool = False,
        assistant: bool = False,
    ) -> MailEvent | None:
        """A person's answer in the tracked email's thread; `assistant`: from an assistant at a recipient's firm,
        who is no recipient; `relayed`: the assistant asks for the people the email was written to not to be
        contacted again (R8), in words ingest's analysis read (without them, an intent may read it later)."""
        t = t or self._pick_tracked()
        if t is None:
            return None
        if relayed or assistant:
            person, opt_out = f"assistante@{self.rng.choice(t.recipients).split('@', 1)[1]}", opt_out or relayed
        person = person or self.rng.choice(t.recipients)
        if skewed:
            # The person's server clock is behind: earlier than the tracked email, In-Reply-To naming it.
            received_at = t.sent_at - timedelta(minutes=self.rng.randint(1, 90))
        else:
            received_at = max(t.sent_at + timedelta(seconds=1), self.received())
        analysis: dict[str, Any] = {"kind": "human", "new_text": "Merci.", "opt_out": opt_out}
        if opt_out:
            analysis["opt_out_phrase"] = "ne plus me contacter"
        if relayed:
            analysis["opt_out_relayed"] = True
        message = inbound(
            t.mailbox,
            person,
            received_at,
            subject="RE: " + t.original["subject"],
            analysis=analysis,
            original=t.original,
            body="Merci de ne plus me contacter." if opt_out else "Merci, je reviens vers vous.",
        )
        kind = "relayed_opt_out" if relayed else "opt_out" if opt_out else ("skewed_reply" if skewed else "reply")
        written_to = sorted({a["address"].lower() for a in t.original["to"]} - {person})
        return MailEvent(
            "assistant_reply" if assistant and not relayed else kind,
            t.mailbox,
            [message],
            answers=self.answers_for(t.mailbox, person, received_at, t),
            opt_out=person if opt_out else None,
            relayed_for=written_to if relayed else [],
            written_to=written_to,
        )

    def elsewhere(self, person: str | None = None, mailbox: MailboxInfo | None = None) -> MailEvent | None:
        """The person writes about something else, in a new conversation (R5, any conversation)."""
        if person is None or mailbox is None:
            t = self._pick_tracked()
            if t is None:
                return None
            person, mailbox = self.rng.choice(t.recipients), t.mailbox
        received_at = self.received()
        message = inbound(
            mailbox, person, received_at, subject="Autre sujet", analysis={"kind": "human", "new_text": "Bonjour"}
        )
        return MailEvent(
            "reply_elsewhere", mailbox, [message], answers=self.answers_for(mailbox, person, received_at, None)
        )

    def out_of_office(
        self, t: Tracked | None = None, person: str | None = None, *, dated: bool = True
    ) -> MailEvent | None:
        if t is None:
            # Preferably someone with several tracked emails: the hold belongs to the person.
            with self.world.lock:
                counts = Counter(p for x in self.world.tracked for p in x.recipients)
            busy = [p for p, n in counts.items() if n >= 2]
            person = person or (self.rng.choice(busy) if busy else None)
            t = self._pick_tracked(self._tracked(person=person) if person else None)
        if t is None:
            return None
        person = person if person in t.recipients else self.rng.choice(t.recipients)
        received_at = max(t.sent_at + timedelta(seconds=1), self.received())
        until = (received_at.date() + timedelta(days=self.rng.randint(1, 5))).isoformat() if dated else None
        message = inbound(
            t.mailbox,
            person,
            received_at,
            subject="Réponse automatique : " + t.original["subject"],
            analysis={"kind": "auto_reply", "auto_reply": {"until": until}},
            original=t.original,
            headers={"auto-submitted": "auto-replied"},
            body="Je suis absent du bureau." + (f" De retour le {until}." if until else ""),
        )
        return MailEvent("out_of_office" if dated else "auto_reply", t.mailbox, [message])

    def bounce(self, t: Tracked | None = None, failed: list[str] | None = None) -> MailEvent | None:
        t = t or self._pick_tracked()
        if t is None:
            return None
        if failed is None:
            failed = (
                list(t.recipients)
                if len(t.recipients) == 1 or self.rng.random() < 0.4
                else [self.rng.choice(t.recipients)]
            )
        domain = failed[0].split("@", 1)[1]
        message = inbound(
            t.mailbox,
            f"mailer-daemon@mx.{domain}",
            max(t.sent_at + timedelta(seconds=1), self.received()),
            subject="Undeliverable: " + t.original["subject"],
            analysis={
                "kind": "bounce",
                "bounce": {
                    "original_message_id": t.original["internet_message_id"],
                    "recipients": [{"address": a, "permanent": True} for a in failed],
                },
            },
            headers={"content-type": "multipart/report; report-type=delivery-status"},
            body="Delivery has failed to these recipients.",
        )
        total = set(failed) >= set(t.recipients)
        return MailEvent("bounce" if total else "partial_bounce", t.mailbox, [message], bounce=(t.id, failed))

    def duplicate(self) -> MailEvent | None:
        """Notification and delta sync: the same provider id, or the same Message-ID under another id."""
        with self.world.lock:
            if not self.world.delivered:
                return None
            mb, earlier = self.rng.choice(self.world.delivered)
        again = dict(earlier)
        if self.rng.random() < 0.5:
            again["provider_message_id"] = f"pm-again-{uuid.uuid4().hex}"
        return MailEvent("duplicate", mb, [again])

    def echo(self) -> MailEvent | None:
        """The engine's own follow-up, seen in Sent Items (X-Relance-Followup-Id)."""
        with self.world.lock:
            if not self.world.echoes:
                return None
            mb, message = self.world.echoes.pop(self.rng.randrange(len(self.world.echoes)))
        return MailEvent("engine_echo", mb, [message])

    def put_back(self, event: MailEvent) -> None:
        """An event drawn but not delivered: Sent Items still holds an echo for the next sync."""
        if event.kind == "engine_echo":
            with self.world.lock:
                self.world.echoes.append((event.mailbox, event.messages[0]))

    def any(self) -> MailEvent | None:
        kind = self.rng.choices(
            [
                "new",
                "internal",
                "manual",
                "reply",
                "skewed",
                "elsewhere",
                "opt_out",
                "relayed_opt_out",
                "assistant",
                "ooo_until",
                "ooo",
                "bounce",
                "duplicate",
                "echo",
            ],
            weights=[5, 1, 8, 3, 1, 1, 1, 1, 3, 4, 1, 2, 6, 12],
        )[0]
        if kind == "new":
            return self.new_conversation()
        if kind == "internal":
            return self.new_conversation(internal=True)
        if kind == "manual":
            return self.manual()
        if kind == "reply":
            return self.reply()
        if kind == "skewed":
            return self.reply(skewed=True)
        if kind == "elsewhere":
            return self.elsewhere()
        if kind == "opt_out":
            return self.reply(opt_out=True)
        if kind == "relayed_opt_out":
            return self.reply(relayed=True)
        if kind == "assistant":
            return self.reply(assistant=True)
        if kind in ("ooo_until", "ooo"):
            return self.out_of_office(dated=kind == "ooo_until")
        if kind == "bounce":
            return self.bounce()
        if kind == "duplicate":
            return self.duplicate()
        return self.echo() or self.duplicate()

    def pair(self) -> tuple[MailEvent, MailEvent] | None:
        """Two events for the two mail actors to ingest at the same moment, on the same rows."""
        kind = self.rng.choices(
            [
                "two_mailboxes",
                "two_opt_outs",
                "ooo_and_reply",
                "ooo_and_elsewhere",
                "bounce_halves",
                "bounces_crossed",
                "bounce_and_reply",
                "bounce_and_opt_out",
                "relayed_and_opt_out",
                "same_twice",
            ],
            weights=[3, 1, 3, 2, 2, 1, 2, 1, 1, 3],
        )[0]
        with self.world.lock:
            by_person: dict[str, list[Tracked]] = {}
            for t in self.world.tracked:
                for p in t.recipients:
                    by_person.setdefault(p, []).append(t)
        if kind in ("two_mailboxes", "two_opt_outs", "ooo_and_reply", "relayed_and_opt_out"):
            # The same person on two mailboxes (or, failing that, two conversations) at once.
            choices = [(p, ts) for p, ts in by_person.items() if len({t.mailbox for t in ts}) >= 2]
            choices = choices or [(p, ts) for p, ts in by_person.items() if len(ts) >= 2]
            if not choices:
                return None
            person, ts = self.rng.choice(choices)
            first = self.rng.choice(ts)
            rest = [t for t in ts if t.mailbox != first.mailbox] or [t for t in ts if t is not first]
            second = self.rng.choice(rest)
            if kind == "ooo_and_reply":
                a = self.out_of_office(first, person)
                b = self.reply(second, person)
            elif kind == "relayed_and_opt_out":
                # An assistant asks for the person (step 4 locks them) while the person, elsewhere, asks too.
                a = self.reply(first, relayed=True)
                b = self.reply(second, person, opt_out=True)
            else:
                a = self.reply(first, person, opt_out=kind == "two_opt_outs")
                b = self.reply(second, person, opt_out=kind == "two_opt_outs")
        elif kind == "ooo_and_elsewhere":
            # One person, several tracked emails in one mailbox: the out-of-office plans them all (team-wide)
            # while the person's message in a new conversation answers them all (R5, any conversation).
            crowded = [
                (p, t.mailbox)
                for p, ts in by_person.items()
                for t in ts
                if sum(x.mailbox == t.mailbox for x in ts) >= 2
            ]
            if not crowded:
                return None
            person, mailbox = self.rng.choice(crowded)
            a = self.out_of_office(self.rng.choice([t for t in by_person[person] if t.mailbox == mailbox]), person)
            b = self.elsewhere(person, mailbox)
        elif kind == "bounce_and_opt_out":
            # A report fails a person while that person asks, elsewhere, not to be contacted again.
            busy = [(p, ts) for p, ts in by_person.items() if len(ts) >= 2]
            if not busy:
                return None
            person, ts = self.rng.choice(busy)
            first, second = self.rng.sample(ts, 2)
            a = self.bounce(first, [person, *[r for r in first.recipients if r != person]])
            b = self.reply(second, person, opt_out=True)
        elif kind in ("bounce_halves", "bounces_crossed", "bounce_and_reply"):
            with self.world.lock:
                several = [t for t in self.world.tracked if len(t.recipients) >= 2]
            target = self._pick_tracked(several if kind != "bounce_and_reply" else None)
            if target is None:
                return None
            if kind == "bounces_crossed":
                # Two reports on the same recipients, listed in opposite orders.
                a, b = self.bounce(target, list(target.recipients)), self.bounce(target, target.recipients[::-1])
            elif kind == "bounce_halves":
                cut = self.rng.randint(1, len(target.recipients) - 1)
                a, b = self.bounce(target, target.recipients[:cut]), self.bounce(target, target.recipients[cut:])
            else:
                a = self.bounce(target)
                b = self.reply(target) if self.rng.random() < 0.5 else self.manual(target)
        else:
            a = self.any()
            if a is None:
                return None
            b = MailEvent(a.kind, a.mailbox, [dict(m) for m in a.messages], list(a.answers), a.opt_out, a.bounce)
            b.relayed_for, b.written_to = list(a.relayed_for), list(a.written_to)
            b.new_recipients, b.internal_only = a.new_recipients, a.internal_only
            if self.rng.random() < 0.5:
                b.messages[0]["provider_message_id"] = f"pm-again-{uuid.uuid4().hex}"
        if a is None or b is None:
            return None
        a.kind, b.kind = f"{kind}:{a.kind}", f"{kind}:{b.kind}"
        return a, b


# ---------------------------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------------------------


class Failed(Exception):
    """A call that failed for good (its error is already counted)."""


class Crash(Exception):
    """The worker died after the provider accepted the follow-up, before its transaction committed."""


class ProviderRefused(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def jitter(rng: random.Random) -> None:
    """The side of a planned race that is not the erasure: now at once, now a few milliseconds later, so that it
    lands before the erasure takes the person's lock as often as while the erasure holds it."""
    if rng.random() < 0.6:
        time.sleep(rng.uniform(0.0, 0.04))


def connect(url: str, name: str) -> Conn:
    conn = psycopg.connect(url, autocommit=True, application_name=f"relance-stress-{name}")
    for statement in SESSION:
        conn.execute(statement)
    if os.environ.get("RELANCE_STRESS_LOG_LOCK_WAITS"):
        # Waits longer than deadlock_timeout go to the server log with the waiting statement's CONTEXT.
        conn.execute("set log_lock_waits = on")
    conn.execute("set role service_role")
    return conn


class Actor:
    """One thread, one connection. Between two barriers it plays its part of a round."""

    def __init__(self, name: str, url: str, world_ref: Callable[[], World], rng: random.Random) -> None:
        self.name = name
        self.conn = connect(url, name)
        self.pid = self.conn.info.backend_pid
        self.world_ref = world_ref
        self.rng = rng
        self.doing = "idle"
        # (start, end, label) of the latest calls: who was doing what when a deadlock was detected.
        self.history: deque[list[Any]] = deque(maxlen=20)

    @property
    def world(self) -> World:
        return self.world_ref()

    def call(self, label: str, fn: Callable[[], Any]) -> Any:
        """Runs one transaction; every error is counted by SQLSTATE, a deadlock or serialization failure is
        retried (so that the run goes on), anything else gives up the operation."""
        self.doing = label
        entry: list[Any] = [time.monotonic(), None, label]
        self.history.append(entry)
        try:
            for attempt in range(MAX_ATTEMPTS):
                try:
                    return fn()
                except psycopg.Error as exc:
                    state = sqlstate_of(exc)
                    world = self.world
                    signature = (
                        deadlock_signature(exc, f"{self.name}: {label}", world.others(time.monotonic()), self.pid)
                        if state == "40P01"
                        else None
                    )
                    world.errors.record(state, describe_error(exc), f"{self.name}: {label}", world.replay, signature)
                    if self.conn.closed:
                        raise
                    if state not in RETRYABLE or attempt == MAX_ATTEMPTS - 1:
                        raise Failed(label) from exc
            raise AssertionError("unreachable")
        finally:
            entry[1] = time.monotonic()
            self.doing = "idle"

    def blocked_call(self, at: float) -> str:
        """The call this actor was most likely blocked in at instant `at`: the earliest of those running then
        or ending just before (the victim's error reaches Python a little after the server detected it)."""
        for start, end, label in list(self.history):
            if start <= at and (end is None or end >= at - 0.05):
                return str(label)
        return "idle"

    def one(self, label: str, query: str, params: tuple[Any, ...] = ()) -> Any:
        def run() -> Any:
            row = self.conn.execute(query, params).fetchone()
            return row[0] if row else None

        return self.call(label, run)

    def as_owner(
        self, label: str, owner: uuid.UUID, query: str, params: tuple[Any, ...], role: str = "authenticated"
    ) -> Any:
        """A request of the owner; `role` service_role for a call that passes the simulated instant (`p_now`),
        which a signed-in user may not choose (private.caller_now)."""
        claims = json.dumps({"role": role, "sub": str(owner), "aud": "authenticated"})

        def run() -> Any:
            with self.conn.transaction():
                self.conn.execute(f"set local role {role}")
                self.conn.execute("select set_config('request.jwt.claims', %s, true)", (claims,))
                row = self.conn.execute(query, params).fetchone()
            return row[0] if row else None

        return self.call(label, run)

    def play(self) -> None:
        raise NotImplementedError


class MailActor(Actor):
    """A mailbox's notifications and delta syncs."""

    def play(self) -> None:
        world = self.world
        planner = MailPlanner(world, self.rng)
        if world.pair is not None:
            self.deliver(world.pair[0 if self.name.endswith("1") else 1])
        if world.intent_race is not None and world.intent_race[1] is not None and self.name.endswith("1"):
            # The mail side of the intent actor's race, at the same moment as its reading.
            self.deliver(world.intent_race[1])
        if world.erasure is not None and world.erasure.event is not None and self.name.endswith("1"):
            # The mail side of the erasure's race: the person's mail (or mail to them) while they are erased.
            jitter(self.rng)
            self.deliver(world.erasure.event)
        for _ in range(self.rng.choice([1, 1, 2, 2, 3])):
            event = planner.any()
            if event is None:
                continue
            if self.rng.random() < 0.2:
                # A page of the mailbox's delta: one ingest_messages call, a transaction per message.
                more = []
                for extra in (planner.any(), planner.any()):
                    if extra is not None and extra.mailbox == event.mailbox:
                        more.append(extra)
                    elif extra is not None:
                        planner.put_back(extra)
                if more:
                    self.deliver_page([event, *more])
                    continue
            self.deliver(event)

    def deliver(self, event: MailEvent) -> None:
        world = self.world
        started = time.monotonic()
        try:
            result = self.one(
                f"ingest_message ({event.kind})",
                "select worker.ingest_message(%s, %s, %s)",
                (event.mailbox.id, Jsonb(event.messages[0]), world.now),
            )
        except Failed:
            world.count(f"ingest {event.kind} (failed)")
            if event.kind.endswith("engine_echo"):
                with world.lock:
                    world.echoes.append((event.mailbox, event.messages[0]))
            return
        world.count(f"ingest {event.kind}")
        self.learn(event, result or {}, started)

    def deliver_page(self, events: list[MailEvent]) -> None:
        world = self.world
        messages = [m for e in events for m in e.messages]
        label = f"ingest_messages (page of {len(messages)})"
        started = time.monotonic()
        try:
            # A procedure: each message of the page is committed on its own, and a refused one is reported in
            # its place instead of raising (the connection is in autocommit, as a worker's is).
            results = self.one(
                label,
                "call worker.ingest_messages(%s, %s, %s, null)",
                (events[0].mailbox.id, Jsonb(messages), world.now),
            )
        except Failed:
            world.count("ingest page (failed)")
            with world.lock:
                # What Sent Items holds is still there for the next sync.
                world.echoes += [(e.mailbox, e.messages[0]) for e in events if e.kind == "engine_echo"]
            return
        world.count(f"ingest page of {len(messages)}")
        results = list(results or [])
        for i, event in enumerate(events):
            missing = {"status": "stopped", "sqlstate": "XX000", "error": "no result for this message of the page"}
            result = results[i] if i < len(results) else missing
            if (result or {}).get("status") == "stopped":
                # A passing error stopped the page here (recorded as an error, as a raised one would be): this
                # message and the ones after it were not recorded, and a sync would hand them over again.
                state, text = str(result.get("sqlstate")), str(result.get("error"))
                world.errors.record(state, text, f"{self.name}: {label}", world.replay, None)
                world.count("ingest page (stopped)")
                with world.lock:
                    world.echoes += [(e.mailbox, e.messages[0]) for e in events[i:] if e.kind == "engine_echo"]
                return
            if (result or {}).get("status") == "refused":
                # Refused in its own transaction: an error like any other, and nothing of it was recorded.
                world.errors.record(
                    str(result.get("sqlstate")), str(result.get("error")), f"{self.name}: {label}", world.replay, None
                )
                world.count(f"ingest {event.kind} (refused in a page)")
                if event.kind == "engine_echo":
                    with world.lock:
                        world.echoes.append((event.mailbox, event.messages[0]))
                continue
            world.count(f"ingest {event.kind} (in a page)")
            self.learn(event, result or {}, started)

    def learn(self, event: MailEvent, result: dict[str, Any], started: float) -> None:
        """The ingest (started at `started`, time.monotonic()) committed: the model now knows what it means."""
        world = self.world
        message = event.messages[0]
        effects = result.get("effects") or []
        sender = str(message["from"]["address"]).lower()
        readable = True
        if (
            message["folder"] == "inbox"
            and result.get("status") == "ingested"
            and sender in world.touched(event.mailbox.team_id)
        ):
            # Art. 17: a person's mail recorded once they were erased is never read for its intent or signature (no
            # insight is noted for it), so the intelligence worker never hands it over.
            try:
                readable = bool(
                    self.one(
                        "read the new message's insight",
                        "select exists (select 1 from public.message_insights where message_id = %s)",
                        (result.get("message_id"),),
                    )
                )
            except Failed:
                readable = False
        with world.lock:
            world.delivered.append((event.mailbox, message))
            for tid in event.answers:
                world.answered.setdefault(tid, event.kind)
            if event.opt_out is not None:
                world.opt_outs.append((event.mailbox.team_id, event.opt_out))
            for address in event.relayed_for:
                world.opt_outs.append((event.mailbox.team_id, address))
            if event.bounce is not None:
                world.bounced.setdefault(event.bounce[0], set()).update(event.bounce[1])
            if event.new_recipients is not None and result.get("status") == "ingested":
                world.new_mail.append(
                    (
                        world.round,
                        event.mailbox.team_id,
                        event.new_recipients,
                        "tracked" in effects,
                        # Still followed after its ingest: an email sent before its recipient asked to stop (the
                        # request seen first) is tracked and ends at once ("tracked", "opted_out"), as in order.
                        "tracked" in effects
                        and effects[effects.index("tracked") + 1 :][:1] not in (["opted_out"], ["bounced"]),
                        event.internal_only,
                        started,
                    )
                )
            if (
                message["folder"] == "inbox"
                and message["analysis"].get("kind") == "human"
                and result.get("status") == "ingested"
                and result.get("message_id")
                and readable
            ):
                # A person's message, stored once: the intent actor may read it from now on.
                world.inbound.append(
                    Inbound(
                        uuid.UUID(str(result["message_id"])),
                        event.mailbox,
                        message["from"]["address"].lower(),
                        list(event.written_to),
                    )
                )
        if "tracked" in effects and event.new_recipients is not None:
            try:
                tid = self.one(
                    "read the new tracked email",
                    "select id from public.tracked_emails where message_id = %s",
                    (result.get("message_id"),),
                )
            except Failed:
                return
            if tid is not None:
                sent_at = datetime.fromisoformat(message["sent_at"])
                world.add_tracked(Tracked(tid, event.mailbox, message, list(event.new_recipients), sent_at))


class WorkerActor(Actor):
    """A sending worker (R9), as workers/relance/sender.py sends: the provider is stood in for."""

    def play(self) -> None:
        world = self.world
        if self.rng.random() < 0.2:
            self.tick()
        # A visibility of 0 lets the other worker read the same message at once: two workers racing.
        visibility = 0 if self.rng.random() < 0.25 else 1
        try:
            rows = self.call(
                "read_followup_queue",
                lambda: self.conn.execute(
                    "select msg_id, followup_id from worker.read_followup_queue(%s, %s, 5, %s)",
                    (self.rng.choice([1, 1, 2, 3]), visibility, world.now),
                ).fetchall(),
            )
        except Failed:
            return
        for msg_id, followup_id in rows:
            world.count("worker read a follow-up")
            if self.handle(followup_id):
                with suppress(Failed):
                    self.one("ack_followup_message", "select worker.ack_followup_message(%s)", (msg_id,))

    def tick(self) -> None:
        with suppress(Failed):
            self.one("run_followup_scheduler", "select worker.run_followup_scheduler(%s)", (self.world.now,))
            self.world.count("tick (worker)")
        if self.rng.random() < 0.5:
            # pg_cron's other job every minute, as its owner: the status counters folded amid the traffic.
            def fold() -> Any:
                self.conn.execute("reset role")
                try:
                    return self.conn.execute("select private.compact_status_counts()").fetchone()
                finally:
                    self.conn.execute("set role service_role")

            with suppress(Failed):
                self.call("compact_status_counts", fold)
                self.world.count("status counters folded")

    def claim(self, label: str, followup_id: uuid.UUID, token: str | None = None) -> dict[str, Any]:
        result = self.one(label, "select worker.claim_followup(%s, %s, %s)", (followup_id, self.world.now, token))
        return dict(result or {"ok": False, "reason": "no answer"})

    def refused(self, step: str, reason: Any) -> None:
        text = re.sub(r" until .*", "", str(reason))
        text = re.sub(r"^cancelled: .*", "cancelled", text)
        self.world.count(f"{step} refused: {text}")

    def handle(self, followup_id: uuid.UUID) -> bool:
        """One follow-up from the queue; returns whether the queue message is to be acknowledged."""
        world = self.world
        now = world.now
        try:
            context = self.claim("claim_followup (first)", followup_id)
        except Failed:
            return False
        if not context.get("ok"):
            self.refused("first claim", context.get("reason"))
            return True
        token = str(context["claim_token"])
        mb = world.mailbox(context["mailbox_id"])
        if mb is None:  # an earlier sequence's follow-up (its team is paused: never claimed)
            world.problem("r11_paused", f"follow-up {followup_id} of an earlier sequence's paused team was claimed")
            return True
        try:
            if context.get("internet_message_id") or context.get("draft_id"):
                # A retry of a follow-up that has an identity: look in Sent Items before anything else.
                with world.lock:
                    copy = world.sent_copies.get(followup_id)
                if copy is not None:
                    self.one(
                        "ingest_message (found in Sent Items)",
                        "select worker.ingest_message(%s, %s, %s)",
                        (mb.id, Jsonb(copy[1]), now),
                    )
                    self.one(
                        "complete_followup (found in Sent Items)",
                        "select worker.complete_followup(%s, %s, %s, %s, %s, %s)",
                        (
                            followup_id,
                            token,
                            datetime.fromisoformat(copy[1]["sent_at"]),
                            copy[1]["provider_message_id"],
                            copy[1]["internet_message_id"],
                            now,
                        ),
                    )
                    world.count("worker found the follow-up in Sent Items: not sent again")
                    return True
            # Last look: the conversation read again (what it holds is mostly known already).
            with world.lock:
                seen = [
                    m
                    for b, m in world.delivered
                    if b == mb and m["provider_thread_id"] == context["provider_thread_id"]
                ]
            if seen and self.rng.random() < 0.5:
                self.one(
                    "ingest_message (last look)",
                    "select worker.ingest_message(%s, %s, %s)",
                    (mb.id, Jsonb(self.rng.choice(seen)), now),
                )
            check = self.claim("claim_followup (after the last look)", followup_id, token)
            if not check.get("ok"):
                self.refused("claim after the last look", check.get("reason"))
                return True
            message_id = f"<relance-{uuid.uuid4().hex[:12]}@{mb.domain}>"
            stored = self.one(
                "record_followup_identity",
                "select worker.record_followup_identity(%s, %s, %s, %s, %s)",
                (followup_id, token, f"draft-{uuid.uuid4().hex[:8]}", message_id, now),
            )
            if not stored:
                world.count("identity refused: claim lost")
                return True
            return self.send(followup_id, token, context, mb, message_id)
        except Failed:
            with world.lock:
                world.abandoned.add(followup_id)
            return False

    def send(
        self, followup_id: uuid.UUID, token: str, context: dict[str, Any], mb: MailboxInfo, message_id: str
    ) -> bool:
        world = self.world
        now = world.now
        fate = self.rng.choices(["sent", "crash", "retry", "permanent"], weights=[82, 10, 5, 3])[0]
        tracked_id = uuid.UUID(str(context["tracked_email_id"]))
        accepted: list[Send] = []

        def transaction() -> dict[str, Any]:
            accepted.clear()
            with self.conn.transaction():
                # What was committed before the final claim: it must see all of it.
                with world.lock:
                    answered = world.answered.get(tracked_id)
                    erased = world.gone(mb.team_id)
                suppressed = {
                    r[0]
                    for r in self.conn.execute(
                        "select address from public.suppressions where team_id = %s", (mb.team_id,)
                    ).fetchall()
                }
                holds_before = set(
                    self.conn.execute(
                        "select address, return_on, message_id, created_at from public.holds where team_id = %s",
                        (mb.team_id,),
                    ).fetchall()
                )
                row = self.conn.execute(
                    "select worker.claim_followup(%s, %s, %s)", (followup_id, now, token)
                ).fetchone()
                final: dict[str, Any] = dict(row[0]) if row and row[0] else {"ok": False, "reason": "no answer"}
                if not final.get("ok"):
                    return final
                holds_after = self.conn.execute(
                    "select address, return_on, message_id, created_at from public.holds where team_id = %s",
                    (mb.team_id,),
                ).fetchall()
                if fate in ("retry", "permanent"):
                    raise ProviderRefused(fate)
                recipients = [str(r) for r in final.get("recipients") or []]
                accepted.append(self.provider_accepts(followup_id, tracked_id, mb, context, message_id, recipients))
                self.check_send(followup_id, tracked_id, recipients, answered, suppressed, holds_before, holds_after)
                never = {r for r in recipients if r in erased or r.endswith("@erased.invalid")}
                if never:
                    world.problem(
                        "art17_never_again",
                        f"follow-up {followup_id} of tracked email {tracked_id} sent to {sorted(never)}, erased from"
                        " the team before the final claim",
                    )
                if fate == "crash":
                    raise Crash
                self.conn.execute(
                    "select worker.complete_followup(%s, %s, %s, %s, %s, %s)",
                    (followup_id, token, now, f"pm-sent-{followup_id}", message_id, now),
                )
                return final

        try:
            final = self.call("final claim, send, complete_followup (one transaction)", transaction)
        except ProviderRefused as refused:
            kind = refused.kind
            try:
                done = self.one(
                    f"fail_followup ({kind})",
                    "select worker.fail_followup(%s, %s, %s, %s, %s, %s)",
                    (
                        followup_id,
                        token,
                        "429 Too Many Requests" if kind == "retry" else "550 mailbox unavailable",
                        kind,
                        self.rng.choice([None, 60, 600]) if kind == "retry" else None,
                        now,
                    ),
                )
            except Failed:
                return False
            world.count(f"provider refused ({kind}): {done}")
            return True
        except Crash:
            world.count("worker died after the provider accepted")
            return False
        except Failed:
            # The provider may have accepted before the database refused: Sent Items will tell.
            with world.lock:
                world.abandoned.add(followup_id)
            return False
        if not final.get("ok"):
            self.refused("final claim", final.get("reason"))
            return True
        world.count("follow-up sent")
        return True

    def provider_accepts(
        self,
        followup_id: uuid.UUID,
        tracked_id: uuid.UUID,
        mb: MailboxInfo,
        context: dict[str, Any],
        message_id: str,
        recipients: list[str],
    ) -> Send:
        """The provider sent it: it is in Sent Items from now on, whatever happens to the transaction."""
        world = self.world
        reply_to = context.get("reply_to") or {}
        copy = outbound(
            mb,
            recipients,
            world.now,
            subject="RE: " + str(context.get("subject") or ""),
            thread=str(context.get("provider_thread_id") or f"th-{uuid.uuid4().hex}"),
            in_reply_to=reply_to.get("internet_message_id"),
            references=list(reply_to.get("references") or []),
            headers={"x-relance-followup-id": str(followup_id)},
            internet_message_id=message_id,
            provider_message_id=f"pm-sent-{followup_id}",
            body=str(context.get("body_text") or ""),
        )
        send = Send(followup_id, tracked_id, mb, world.now, world.round, recipients, crashed=False)
        with world.lock:
            world.provider_sent[followup_id] += 1
            times = world.provider_sent[followup_id]
            world.sends.append(send)
            world.sent_copies[followup_id] = (mb, copy)
            world.echoes.append((mb, copy))
        if times > 1:
            world.problem("r9_once", f"follow-up {followup_id} sent {times} times by the provider")
        return send

    def check_send(
        self,
        followup_id: uuid.UUID,
        tracked_id: uuid.UUID,
        recipients: list[str],
        answered: str | None,
        suppressed: set[str],
        holds_before: set[tuple[Any, ...]],
        holds_after: list[tuple[Any, ...]],
    ) -> None:
        """What the final claim let through, against what was committed before it started."""
        world = self.world
        if answered is not None:
            world.problem(
                "r5_answer",
                f"follow-up {followup_id} of tracked email {tracked_id} sent after an answer ({answered})"
                " was committed",
            )
        if suppressed & set(recipients):
            world.problem(
                "r8_sent_suppressed",
                f"follow-up {followup_id} sent to {sorted(suppressed & set(recipients))},"
                " suppressed before the final claim",
            )
        # R6: a hold there before the final claim and still the same after it was in force during it; whether
        # the send fell before its release is computed at the end of the round (in the mailbox's settings).
        for address, return_on, message_id, created_at in holds_after:
            if address in recipients and (address, return_on, message_id, created_at) in holds_before:
                with world.lock:
                    world.hold_candidates.append((followup_id, world.mailbox_of_send(followup_id), address, return_on))


class AdminActor(Actor):
    """pg_cron's scheduler tick, and what the team's owner does in the app: pauses, resumes, settings."""

    def play(self) -> None:
        world = self.world
        op = world.admin_op
        if op is None or op.kind == "nothing":
            return
        if op.kind == "tick":
            with suppress(Failed):
                self.one("run_followup_scheduler", "select worker.run_followup_scheduler(%s)", (world.now,))
                world.count("tick")
            return
        try:
            if op.kind in ("pause_tracked_email", "resume_tracked_email"):
                t: Tracked = op.target
                done = self.as_owner(
                    op.kind,
                    owner_of(world, t.mailbox.team_id),
                    f"select public.{op.kind}(%s, %s)",
                    (t.id, world.now),
                    role="service_role",
                )
            elif op.kind in ("pause_mailbox", "resume_mailbox"):
                mb: MailboxInfo = op.target
                done = self.as_owner(
                    op.kind,
                    owner_of(world, mb.team_id),
                    f"select public.{op.kind}(%s, %s)",
                    (mb.id, world.now),
                    role="service_role",
                )
            elif op.kind == "pause_team":
                team: TeamInfo = op.target
                done = self.as_owner(
                    op.kind,
                    team.owner_id,
                    "select public.pause_team(%s, %s, %s)",
                    (team.id, "stress", world.now),
                    role="service_role",
                )
            elif op.kind == "resume_team":
                team = op.target
                done = self.as_owner(
                    op.kind,
                    team.owner_id,
                    "select public.resume_team(%s, %s)",
                    (team.id, world.now),
                    role="service_role",
                )
            elif op.kind == "set_team_settings":
                team = op.target
                self.as_owner(
                    op.kind,
                    team.owner_id,
                    "select public.set_team_settings(%s, %s) is not null",
                    (team.id, Jsonb(op.settings)),
                )
                done = ",".join(sorted(op.settings or {}))
            else:
                mb = op.target
                self.as_owner(
                    op.kind,
                    owner_of(world, mb.team_id),
                    "select public.set_mailbox_settings(%s, %s) is not null",
                    (mb.id, Jsonb(op.settings)),
                )
                done = ",".join(sorted(op.settings or {}))
        except Failed:
            world.count(f"{op.kind} (failed)")
            return
        world.count(f"{op.kind}: {done}")


def owner_of(world: World, team_id: uuid.UUID) -> uuid.UUID:
    return next(t.owner_id for t in world.teams if t.id == team_id)


# ---------------------------------------------------------------------------------------------------------------
# The intent path: what the intelligence worker records, what a member corrects
# ---------------------------------------------------------------------------------------------------------------

# The labels of an ordinary reading (public.intent_label), weighted roughly as replies come; unsubscribe apart.
LABELS = {
    "interested": 3,
    "information_request": 2,
    "meeting_request": 2,
    "quote_request": 1,
    "not_interested": 2,
    "not_now": 3,
    "referral": 1,
    "out_of_office": 1,
    "other": 1,
}


class IntentPlanner:
    """Chooses what the intent path reads next, with one seeded RNG, from the messages the harness saw ingested."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng

    def _known(self) -> tuple[list[Inbound], dict[uuid.UUID, Reading]]:
        with self.world.lock:
            return list(self.world.inbound), dict(self.world.readings)

    def reading(self, message: Inbound, label: str | None = None) -> IntentOp:
        """The worker's reading of a message: an ordinary label mostly, an unsubscribe sometimes."""
        rng = self.rng
        before = self._known()[1].get(message.id)
        # Unsubscribes now and then: each one that suppresses silences a person of a small cast (and the follow-ups
        # the other actors would send them), so they stay about as frequent as ingest's opt-outs.
        if label is None and rng.random() < 0.12:
            label = "unsubscribe"
        elif label is None:
            label = rng.choices(list(LABELS), weights=list(LABELS.values()))[0]
        if label == "unsubscribe":
            # The rules, an LLM sure of it, or one that is not (which suppresses nobody); never the learnt model,
            # which is built never to say it (22023).
            source, confidence = rng.choice(
                [("rules", 1.0), ("llm", rng.uniform(0.9, 0.99)), ("llm", rng.uniform(0.5, 0.85))]
            )
            return IntentOp("record", message, label, source, confidence, relayed=rng.random() < 0.35, before=before)
        source = rng.choice(["rules", "model", "model", "llm"])
        op = IntentOp("record", message, label, source, rng.uniform(0.5, 0.99), before=before)
        if label == "not_now" and rng.random() < 0.75:
            op.not_now_until = self.world.now.date() + timedelta(days=rng.randint(1, 40))
        if label == "referral":
            op.referral = ("Claire Martin", f"claire.martin{rng.randint(1, 3)}@{message.sender.split('@', 1)[1]}")
        return op

    def first(self) -> IntentOp | None:
        """A message read for the first time, mostly."""
        messages, readings = self._known()
        if not messages:
            return None
        unread = [m for m in messages if m.id not in readings]
        return self.reading(self.rng.choice(unread if unread and self.rng.random() < 0.8 else messages))

    def again(self) -> IntentOp | None:
        """A message read again (a retry, another model): another label mostly; sometimes the same one by another
        reader or with another confidence (an unsure LLM unsubscribe read surely this time)."""
        messages, readings = self._known()
        read = [m for m in messages if m.id in readings]
        if not read:
            return None
        # Mostly one no member corrected: the worker's reading of a corrected one is skipped.
        uncorrected = [m for m in read if readings[m.id].source != "user"]
        message = self.rng.choice(uncorrected if uncorrected and self.rng.random() < 0.85 else read)
        before = readings[message.id].label
        if self.rng.random() < 0.3:
            return self.reading(message, before)
        return self.reading(message, self.rng.choice([x for x in [*LABELS, "unsubscribe"] if x != before]))

    def correction(self, message: Inbound | None = None, relayed: bool | None = None) -> IntentOp | None:
        """A member's correction of a reading: to an unsubscribe (relayed or not; the same reading approved, too),
        or away from it."""
        messages, readings = self._known()
        if message is None:
            read = [m for m in messages if m.id in readings]
            if not read:
                return None
            message = self.rng.choice(read)
        before = readings.get(message.id)
        if before is None:
            return None
        to_unsubscribe = self.rng.random() < (0.3 if before.label == "unsubscribe" else 0.5)
        if relayed is not None or to_unsubscribe:
            if relayed is None:
                relayed = self.rng.random() < 0.4
            return IntentOp("correct", message, "unsubscribe", relayed=relayed, before=before)
        op = IntentOp("correct", message, self.rng.choice([x for x in LABELS if x != before.label]), before=before)
        if op.label == "not_now" and self.rng.random() < 0.75:
            op.not_now_until = self.world.now.date() + timedelta(days=self.rng.randint(1, 40))
        return op

    def signature(self, message: Inbound | None = None) -> IntentOp | None:
        """The sender's signature in a message: applied at the team's threshold (0.92) or above, else suggested."""
        if message is None:
            messages, _ = self._known()
            if not messages:
                return None
            message = self.rng.choice(messages)
        return IntentOp("signature", message, "signature", "signature", self.rng.choice([0.95, 0.95, 0.8]))

    def any(self) -> IntentOp | None:
        kind = self.rng.choices(["first", "again", "correct", "signature"], weights=[60, 20, 20, 35])[0]
        if kind == "signature":
            return self.signature()
        if kind == "again":
            return self.again() or self.first()
        if kind == "correct":
            return self.correction() or self.first()
        return self.first()

    def unsubscribe(self, message: Inbound, relayed: bool) -> IntentOp:
        """An unsubscribe that suppresses (R8): the rules', a sure LLM's, or a member's (after a member's correction
        the worker's reading is skipped)."""
        before = self._known()[1].get(message.id)
        if before is not None and (before.source == "user" or self.rng.random() < 0.3):
            op = self.correction(message, relayed)
            assert op is not None
            return op
        source, confidence = self.rng.choice([("rules", 1.0), ("llm", self.rng.uniform(0.9, 0.99))])
        return IntentOp("record", message, "unsubscribe", source, confidence, relayed=relayed, before=before)

    def race(self, conn: Conn) -> tuple[IntentOp, MailEvent | None] | None:
        """An unsubscribe reading and, at the same moment, on the same person: the workers holding their follow-up
        (queued or due), a mail actor ingesting a new conversation to them, or, for a relayed reading that speaks
        for them, a mail actor ingesting their own opt-out."""
        world, rng = self.world, self.rng
        messages, _ = self._known()
        if not messages:
            return None

        def pick(pairs: list[tuple[Inbound, str]]) -> tuple[Inbound, str] | None:
            # Someone not suppressed when the round starts, so that the reading changes something; else anyone: the
            # two sides still take that person's lock (lock order step 4).
            fresh = [(m, p) for m, p in pairs if p not in world.suppressed_at_start.get(m.mailbox.team_id, set())]
            return rng.choice(fresh or pairs) if pairs else None

        due = {
            (team_id, person)
            for team_id, recipients in conn.execute(
                "select t.team_id, t.recipients from public.followups as f"
                " join public.tracked_emails as t on t.id = f.tracked_email_id"
                " where f.team_id = any(%s) and t.status = 'active' and f.status = 'scheduled'"
                " and (f.queued_at is not null or f.due_at <= %s)",
                ([t.id for t in world.teams], world.now),
            ).fetchall()
            for person in recipients
        }
        sends = [(m, p) for m in messages for p in [m.sender, *m.written_to] if (m.mailbox.team_id, p) in due]
        # A follow-up due to someone who wrote is the rarest chance: taken most times it comes.
        kinds = ["unsubscribe_vs_send"] if sends and rng.random() < 0.7 else []
        kinds += rng.sample(["unsubscribe_vs_new_tracked", "relayed_vs_opt_out"], 2)
        mail = MailPlanner(world, rng)
        for kind in kinds:
            event: MailEvent | None = None
            if kind == "unsubscribe_vs_send":
                chosen = pick(sends)
                if chosen is None:
                    continue
                message, person = chosen
                op = self.unsubscribe(message, relayed=person != message.sender)
            elif kind == "unsubscribe_vs_new_tracked":
                chosen = pick([(m, m.sender) for m in messages if m.sender in world.people])
                if chosen is None:
                    continue
                message, person = chosen
                team = next(t for t in world.teams if t.id == message.mailbox.team_id)
                op = self.unsubscribe(message, relayed=False)
                event = mail.new_conversation(rng.choice(team.mailboxes), to=[person])
            else:
                with world.lock:
                    # The same team: the person's lock (step 4) is per team and address.
                    theirs: dict[tuple[uuid.UUID, str], list[Tracked]] = {}
                    for t in world.tracked:
                        for p in t.recipients:
                            theirs.setdefault((t.mailbox.team_id, p), []).append(t)
                chosen = pick(
                    [
                        (m, p)
                        for m in messages
                        for p in m.written_to
                        if p != m.sender and (m.mailbox.team_id, p) in theirs
                    ]
                )
                if chosen is None:
                    continue
                message, person = chosen
                op = self.unsubscribe(message, relayed=True)
                event = mail.reply(rng.choice(theirs[(message.mailbox.team_id, person)]), person, opt_out=True)
                if event is None:
                    continue
            op.race = kind
            if event is not None:
                event.kind = f"{kind}:{event.kind}"
            return op, event
        return None


def signature_name(address: str) -> str:
    """The name a person's signature gives (long enough for the erasure's search of names: 3 characters)."""
    return f"{address.split('@', 1)[0].upper()} Durand"


def signature_result(address: str, confidence: float) -> dict[str, Any]:
    """What the intelligence worker hands worker.record_signature for a message of `address` (its sender as the
    harness knows it: the message may have been erased since, its sender replaced by a token)."""
    digits = sum(map(ord, address)) % 100
    fields = [
        ("name", signature_name(address)),
        ("title", "Directeur commercial"),
        ("phone_mobile", f"+33 6 12 34 56 {digits:02d}"),
        ("email", address),
    ]
    return {
        "fields": [{"field": f, "value": v, "confidence": confidence, "source": "signature"} for f, v in fields],
        "confidence": confidence,
        "reached_llm": False,
    }


class IntentActor(Actor):
    """The intelligence worker recording what it read in inbound human messages (worker.record_intent), and a
    member correcting a reading (public.correct_intent)."""

    def play(self) -> None:
        planner = IntentPlanner(self.world, self.rng)
        if self.world.erasure is not None and self.world.erasure.intent is not None:
            # The intent side of the erasure's race: a reading, a correction or a signature of the person's message.
            jitter(self.rng)
            self.apply(self.world.erasure.intent)
        if self.world.intent_race is not None:
            self.apply(self.world.intent_race[0])
        for _ in range(self.rng.choice([0, 1, 1, 2])):
            op = planner.any()
            if op is not None:
                self.apply(op)

    def apply(self, op: IntentOp) -> None:
        world = self.world
        m = op.message
        name = op.name
        try:
            if op.kind == "signature":
                result = self.one(
                    name,
                    "select worker.record_signature(null, %s, %s, %s)",
                    (m.id, Jsonb(signature_result(m.sender, op.confidence)), world.now),
                )
                done = dict(result or {})
                world.count(f"{name}: skipped, {done['skipped']}" if done.get("skipped") else name)
                return
            if op.kind == "record":
                referral_name, referral_address = op.referral or (None, None)
                result = self.one(
                    name,
                    "select worker.record_intent(%s, %s, %s::numeric, %s, %s::date, %s, %s, %s, %s, %s)",
                    (
                        m.id,
                        op.label,
                        round(op.confidence, 3),
                        op.source,
                        op.not_now_until,
                        referral_name,
                        referral_address,
                        f"stress: {op.label}",
                        world.now,
                        op.relayed,
                    ),
                )
            else:
                # A member: the team's owner, passing the run's instant as the admin's calls do (a signed-in user
                # may not choose p_now: private.caller_now).
                result = self.as_owner(
                    name,
                    owner_of(world, m.mailbox.team_id),
                    "select public.correct_intent(%s, %s, %s::date, %s, %s)",
                    (m.id, op.label, op.not_now_until, world.now, op.relayed),
                    role="service_role",
                )
        except Failed:
            world.count(f"{name} (failed)")
            return
        result = dict(result or {})
        if op.kind == "record" and not result.get("recorded"):
            world.count(f"{name}: skipped, {result.get('skipped')}")
            return
        corrected = op.kind == "correct"
        with world.lock:
            world.readings[m.id] = Reading(
                op.label,
                "user" if corrected else op.source,
                1.0 if corrected else round(op.confidence, 3),
                op.relayed,
            )
        world.count(name + (" (the same: approved)" if corrected and result.get("corrected") is False else ""))
        if op.sure_unsubscribe:
            self.check_listed(op)

    def check_listed(self, op: IntentOp) -> None:
        """R8, as soon as the reading committed: its sender, and for a relayed one the people the answered email was
        written to, are on the team's suppression list (nothing in the run ever lifts a suppression)."""
        world = self.world
        m = op.message
        # A person an erasure touched is left out: the erasure deletes their suppression (the address's hash stands
        # for it), and after it their message names a token, not them.
        expected = {m.sender, *(m.written_to if op.relayed else [])} - world.touched(m.mailbox.team_id)
        if not expected:
            return

        def read() -> set[str]:
            rows = self.conn.execute(
                "select address from public.suppressions where team_id = %s and address = any(%s)",
                (m.mailbox.team_id, sorted(expected)),
            ).fetchall()
            return {str(r[0]) for r in rows}

        try:
            listed = self.call("read the suppressions (R8 check)", read)
        except Failed:
            return
        with world.lock:
            # Committed before that read began: a new conversation whose ingest starts from now on sees them.
            world.listed_during.append((time.monotonic(), m.mailbox.team_id, listed))
        missing = expected - listed
        if missing:
            world.problem(
                "r8_intent_listed",
                f"{op.name} of message {m.id} from {m.sender} (its reading before: {op.before or 'none'}) committed,"
                f" but {sorted(missing)} not on the team's suppression list",
            )


# ---------------------------------------------------------------------------------------------------------------
# The erasure path (GDPR Art. 17): a team's owner or an operator erasing a person, raced on purpose
# ---------------------------------------------------------------------------------------------------------------

# The states a person may be erased in, weighted: with a follow-up due or queued, with tracked emails running, who
# replied, opted out, is held by an out-of-office, was bounced; or erased already (new mail since, erased again).
ERASURE_STATES = {"due": 5, "active": 2, "replied": 3, "opted_out": 2, "held": 2, "bounced": 2, "again": 1}


class ErasurePlanner:
    """Chooses whom the erasure path erases next, in which state, through which entry point, and what another actor
    does to that person at the same moment (a planned race), with one seeded RNG."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng

    def states(self, conn: Conn, team: TeamInfo) -> tuple[dict[str, list[str]], set[str]]:
        """The cast's people of a team by state (from the engine's rows), and those with a follow-up due or queued."""
        world = self.world

        def addresses(query: str, params: tuple[Any, ...]) -> set[str]:
            return {str(r[0]) for r in conn.execute(query, params).fetchall()}

        due = addresses(
            "select distinct a from public.followups as f join public.tracked_emails as t on t.id = f.tracked_email_id"
            " cross join unnest(t.recipients) as a where f.team_id = %s and t.status = 'active'"
            " and f.status = 'scheduled' and (f.queued_at is not null or f.due_at <= %s)",
            (team.id, world.now),
        )
        found = {
            "due": due,
            "active": addresses(
                "select distinct a from public.tracked_emails as t cross join unnest(t.recipients) as a"
                " where t.team_id = %s and t.status = 'active'",
                (team.id,),
            ),
            "replied": addresses(
                "select distinct from_address from public.messages"
                " where team_id = %s and direction = 'inbound' and kind = 'human'",
                (team.id,),
            ),
            "opted_out": addresses(
                "select address from public.suppressions where team_id = %s and reason in ('opted_out', 'complained')",
                (team.id,),
            ),
            "held": addresses("select address from public.holds where team_id = %s", (team.id,)),
            "bounced": addresses(
                "select address from public.suppressions where team_id = %s and reason = 'bounced'", (team.id,)
            ),
        }
        with world.lock:
            erased = {a for t, a in world.erased if t == team.id}
        people = {p for p in world.people if p not in erased}
        out = {state: sorted(found[state] & people) for state in found}
        out["again"] = sorted(erased)
        return {state: who for state, who in out.items() if who}, due

    def plan(self, conn: Conn) -> ErasureOp | None:
        world, rng = self.world, self.rng
        team = rng.choice(world.teams)
        states, due = self.states(conn, team)
        if not states:
            return None
        state = rng.choices(list(states), weights=[ERASURE_STATES[k] for k in states])[0]
        person = rng.choice(states[state])
        op = ErasureOp(team, person, rng.choice(["app", "operator"]), state)
        with world.lock:
            theirs = [t for t in world.tracked if t.mailbox.team_id == team.id and person in t.recipients]
            messages = [m for m in world.inbound if m.mailbox.team_id == team.id and m.sender == person]
            readings = dict(world.readings)
        races = {"mail": 5, "none": 1}
        if person in due:
            races["send"] = 5
        if messages:
            races["intent"] = 3
            races["signature"] = 3
        race = rng.choices(list(races), weights=list(races.values()))[0]
        mail = MailPlanner(world, rng)
        intents = IntentPlanner(world, rng)
        if race == "mail":
            kind = rng.choice(["reply", "opt_out", "out_of_office", "bounce", "new_conversation"])
            t = rng.choice(theirs) if theirs else None
            event: MailEvent | None
            if kind == "reply" and t is not None:
                event = mail.reply(t, person)
            elif kind == "opt_out" and t is not None:
                event = mail.reply(t, person, opt_out=True)
            elif kind == "out_of_office" and t is not None:
                event = mail.out_of_office(t, person, dated=rng.random() < 0.7)
            elif kind == "bounce" and t is not None:
                event = mail.bounce(t, [person] if rng.random() < 0.6 else list(t.recipients))
            else:
                others = [p for p in world.people if p != person]
                to = [person] if rng.random() < 0.7 or not others else [person, rng.choice(others)]
                event = mail.new_conversation(rng.choice(team.mailboxes), to=to)
            if event is not None:
                op.race, op.event = f"mail {event.kind}", event
                event.kind = f"erasure race:{event.kind}"
        elif race == "send":
            # The workers read the queue at the round's start, and the admin ticks (the follow-up is queued if due).
            op.race = "send"
        elif race in ("intent", "signature"):
            message = rng.choice(messages)
            intent: IntentOp | None
            if race == "signature":
                intent = intents.signature(message)
            elif message.id in readings and rng.random() < 0.4:
                intent = intents.correction(message)
            else:
                intent = intents.reading(message)
            if intent is not None:
                intent.race = "erasure race"
                op.intent = intent
                op.race = "record_signature" if intent.kind == "signature" else f"{intent.kind}_intent"
        return op


def base_table_columns(conn: Conn) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """Every base table of the database but the catalogs', with its columns in order: (schema, table) -> [(column,
    data type, udt name)], from information_schema (what the connection's role may see): a table added later is
    searched too (here, and by tests/test_erasure.py)."""
    rows = conn.execute(
        "select c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name"
        " from information_schema.columns as c"
        " join information_schema.tables as t using (table_schema, table_name)"
        " where t.table_type = 'BASE TABLE'"
        " and c.table_schema not in ('pg_catalog', 'information_schema', 'pg_toast')"
        " order by 1, 2, c.ordinal_position"
    ).fetchall()
    tables: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for schema, table, column, data_type, udt in rows:
        tables.setdefault((schema, table), []).append((column, data_type, udt))
    return tables


def erasure_search(conn: Conn) -> str:
    """One query (parameters: team, address, name) that finds every row tied to a team naming a person: every text,
    jsonb, json and text array column of every table (information_schema: a table added later is searched too) whose
    rows are tied to a team (team_id, or a mailbox, message, conversation or webhook endpoint of the team; pgmq
    messages by their team_id). Tables tied to no team are left out: the cast's people are in every team."""
    with conn.transaction():
        conn.execute("set local role none")
        tables = base_table_columns(conn)
    branches = []
    for (schema, table), cols in tables.items():
        names = {c for c, _, _ in cols}
        scope: str | None = None
        if (schema, table) == ("public", "teams"):
            scope = "x.id = %(team)s"
        elif "team_id" in names:
            scope = "x.team_id = %(team)s"
        elif schema == "pgmq" and "message" in names:
            scope = "x.message ->> 'team_id' = %(team)s::text"
        else:
            for column, parent in (
                ("mailbox_id", "mailboxes"),
                ("message_id", "messages"),
                ("conversation_id", "conversations"),
                ("endpoint_id", "webhook_endpoints"),
            ):
                if column in names:
                    scope = f"x.{column} in (select id from public.{parent} where team_id = %(team)s)"
                    break
        searched = [
            f'lower(x."{c}"::text)'
            for c, data_type, udt in cols
            if data_type in ("text", "character varying", "character", "jsonb", "json")
            or (data_type == "ARRAY" and udt in ("_text", "_varchar"))
        ]
        if scope is None or not searched:
            continue
        match = " or ".join(f"strpos({e}, %(address)s) > 0 or strpos({e}, %(name)s) > 0" for e in searched)
        branches.append(
            f"select '{schema}.{table}', left(row_to_json(x)::text, 400)"
            f' from "{schema}"."{table}" as x where {scope} and ({match})'
        )
    return "\nunion all\n".join(branches)


class ErasureActor(Actor):
    """A team's owner erasing a person in the app (public.erase_person, as PostgREST runs it) or an operator
    (worker.erase_person_as_operator); inside the erasure's own transaction, its lock still held, the person is
    searched for in every table of the team (art17_nothing_left)."""

    def __init__(self, name: str, url: str, world_ref: Callable[[], World], rng: random.Random) -> None:
        super().__init__(name, url, world_ref, rng)
        self.search = erasure_search(self.conn)

    def play(self) -> None:
        op = self.world.erasure
        if op is not None:
            self.erase(op)

    def erase(self, op: ErasureOp) -> None:
        world = self.world
        hits: list[tuple[str, str]] = []

        def transaction() -> Any:
            hits.clear()
            with self.conn.transaction():
                if op.via == "app":
                    # The owner's request, passing the run's instant as the admin's calls do (private.caller_now).
                    claims = json.dumps({"role": "service_role", "sub": str(op.team.owner_id), "aud": "authenticated"})
                    self.conn.execute("set local role service_role")
                    self.conn.execute("select set_config('request.jwt.claims', %s, true)", (claims,))
                    row = self.conn.execute(
                        "select public.erase_person(%s, %s, %s)", (op.team.id, op.person, world.now)
                    ).fetchone()
                else:
                    row = self.conn.execute(
                        "select worker.erase_person_as_operator(%s, %s, %s, %s)",
                        (op.team.id, op.person, f"stress round {world.round}", world.now),
                    ).fetchone()
                # Before the commit, the person's lock still held: whoever follows the lock order and names them
                # committed before (and was erased) or waits. The search reads private tables: as the session's user.
                self.conn.execute("set local role none")
                found = self.conn.execute(
                    self.search,
                    {"team": op.team.id, "address": op.person, "name": signature_name(op.person).lower()},
                ).fetchall()
                hits.extend((str(a), str(b)) for a, b in found)
            return row[0] if row else None

        try:
            result = dict(self.call(op.name, transaction) or {})
        except Failed:
            world.count(f"{op.name} (failed)")
            return
        at = time.monotonic()
        with world.lock:
            world.erased[(op.team.id, op.person)] = Erased(
                op.team.id, op.person, str(result.get("token") or ""), world.round, at
            )
        world.count(op.name)
        for where, row in hits:
            world.problem(
                "art17_nothing_left",
                f"{op.name} of {op.person} in {op.team.label}: a row of {where} still names them before the"
                f" commit: {row}",
            )


def check_erased(conn: Conn, world: World) -> None:
    """Art. 17, for the rest of the sequence after each erasure committed (at the end of each round, nothing
    running): nothing tracked, pending or planned for the person, no contact for them (their address, or the token
    that replaced it), and no row written from one of their erased messages (those naming the token) naming them."""
    with world.lock:
        erased = list(world.erased.values())
        in_flight = {s.followup_id for s in world.sends}
    if not erased:
        return
    people = "unnest(%(teams)s::uuid[], %(addresses)s::text[], %(tokens)s::text[]) as e (team, addr, token)"
    params = {
        "teams": [e.team_id for e in erased],
        "addresses": [e.address for e in erased],
        "tokens": [e.token for e in erased],
    }
    for address, tid, status in conn.execute(
        f"select e.addr, t.id, t.status::text from {people} join public.tracked_emails as t on t.team_id = e.team"
        " and (e.addr = any(t.recipients) or e.token = any(t.recipients)) where t.status in ('active', 'paused')",
        params,
    ).fetchall():
        world.problem(
            "art17_never_again", f"tracked email {tid} is {status}, erased {address} among its recipients", once=tid
        )
    for address, fid, status in conn.execute(
        f"select e.addr, f.id, f.status::text from {people} join public.tracked_emails as t on t.team_id = e.team"
        " and (e.addr = any(t.recipients) or e.token = any(t.recipients))"
        " join public.followups as f on f.tracked_email_id = t.id"
        " where f.status in ('scheduled', 'claimed', 'sending')",
        params,
    ).fetchall():
        # A follow-up the provider accepted before the erasure (its worker died) waits for its copy in Sent Items.
        if status == "sending" and fid in in_flight:
            continue
        world.problem("art17_never_again", f"follow-up {fid} is {status} for erased {address}", once=("followup", fid))
    for address, contact, named in conn.execute(
        f"select e.addr, c.id, c.address from {people}"
        " join public.contacts as c on c.team_id = e.team and c.address in (e.addr, e.token)",
        params,
    ).fetchall():
        what = "their address" if named == address else f"their token {named}"
        world.problem(
            "art17_never_again",
            f"contact {contact} exists again for erased {address} ({what})",
            once=("contact", contact),
        )
    erased_messages = (
        "select m.id from public.messages as m where m.team_id = e.team"
        " and (m.from_address = e.token or e.token = any(m.to_addresses) or e.token = any(m.cc_addresses))"
    )
    for table, column in (
        ("message_intents", "address"),
        ("message_intents", "referral_address"),
        ("message_insights", "address"),
        ("notifications", "address"),
        ("reminders", "address"),
        ("suppressions", "address"),
        ("holds", "address"),
        ("message_routes", "address"),
        ("ai_feedback", "address"),
    ):
        for address, message_id in conn.execute(
            f"select e.addr, x.message_id from {people} join public.{table} as x on x.team_id = e.team"
            f" and x.{column} = e.addr where x.message_id in ({erased_messages})",
            params,
        ).fetchall():
            world.problem(
                "art17_never_again",
                f"public.{table}.{column} names erased {address} again, for their erased message {message_id}",
                once=(table, column, message_id, address),
            )
    for address, event_id, kind, reason in conn.execute(
        f"select e.addr, x.id, x.kind, x.reason from {people} join public.events as x on x.team_id = e.team"
        " and (strpos(lower(x.reason), e.addr) > 0 or strpos(lower(x.details::text), e.addr) > 0)"
        f" where x.message_id in ({erased_messages})",
        params,
    ).fetchall():
        world.problem(
            "art17_never_again",
            f"event {event_id} ({kind}: {reason}) names erased {address} again, for one of their erased messages",
            once=("event", event_id),
        )


# ---------------------------------------------------------------------------------------------------------------
# A sequence: cast, rounds, checks
# ---------------------------------------------------------------------------------------------------------------


def setup_cast(conn: Conn, world: World, rng: random.Random) -> None:
    """Two teams (the first with a Graph and a Gmail mailbox), three to six people, tracked emails, and an
    assistant's answer to one of them in each team."""
    tag = f"s{world.index}x{uuid.uuid4().hex[:6]}"
    for label, n_mailboxes in (("acme", 2), ("globex", 1)):
        domain = f"{label}-{tag}.test"
        owner = uuid.uuid4()
        conn.execute(
            "insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)"
            " values (%s, 'authenticated', 'authenticated', %s, '{}', '{}')",
            (owner, f"owner@{domain}"),
        )
        row = conn.execute(
            "insert into public.teams (name, domains) values (%s, %s) returning id", (f"{label} {tag}", [domain])
        ).fetchone()
        assert row is not None
        team = TeamInfo(row[0], owner, domain, label)
        conn.execute(
            "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')", (team.id, owner)
        )
        # Settings that let follow-ups go out within a sequence: a short interval, a small cap now and then.
        conn.execute(
            "update public.team_settings set followup_interval = %s, max_followups = %s, daily_send_cap = %s,"
            " time_zone = %s where team_id = %s",
            (
                timedelta(minutes=rng.choice([30, 60, 120])),
                rng.choice([2, 3, 3, 4]),
                rng.choice([3, 200, 200]),
                rng.choice(ZONES),
                team.id,
            ),
        )
        for k in range(n_mailboxes):
            provider = "graph" if k == 0 else "gmail"
            address = f"{['alice', 'bruno'][k]}@{domain}"
            row = conn.execute(
                "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s)"
                " returning id",
                (team.id, owner, provider, address),
            ).fetchone()
            assert row is not None
            team.mailboxes.append(MailboxInfo(row[0], team.id, owner, address, provider, f"{label}/{provider}"))
        world.teams.append(team)
    world.people = [f"p{i}@client{i}.example" for i in range(rng.randint(3, 5))]
    # Several tracked emails per person, sent in the hours before the sequence starts.
    for person in world.people:
        for _ in range(rng.randint(2, 3)):
            mb = rng.choice(world.mailboxes)
            to = [person] if rng.random() < 0.7 else [person, rng.choice(world.people)]
            to = list(dict.fromkeys(to))
            sent_at = world.now - timedelta(minutes=rng.randint(30, 20 * 60))
            message = outbound(mb, to, sent_at, subject=f"Proposition {world.index}-{uuid.uuid4().hex[:6]}")
            result = conn.execute(
                "select worker.ingest_message(%s, %s, %s)", (mb.id, Jsonb(message), sent_at)
            ).fetchone()
            assert result is not None and result[0]["effects"] == ["tracked"], result
            tid = conn.execute(
                "select id from public.tracked_emails where message_id = %s", (result[0]["message_id"],)
            ).fetchone()
            assert tid is not None
            world.add_tracked(Tracked(tid[0], mb, message, to, sent_at))
            world.delivered.append((mb, message))
    # Since then, in each team, an assistant at a person's firm answered one email written to them, in words ingest's
    # analysis did not read as a request to stop: while that person's other follow-ups fall due, the intent actor may
    # read it as one relayed for them (its race with a sending worker).
    planner = MailPlanner(world, rng)
    for team in world.teams:
        theirs = [t for t in world.tracked if t.mailbox.team_id == team.id]
        event = planner.reply(rng.choice(theirs), assistant=True) if theirs else None
        if event is None:
            continue
        result = conn.execute(
            "select worker.ingest_message(%s, %s, %s)", (event.mailbox.id, Jsonb(event.messages[0]), world.now)
        ).fetchone()
        assert result is not None and result[0]["status"] == "ingested", result
        world.delivered.append((event.mailbox, event.messages[0]))
        for tid in event.answers:
            world.answered.setdefault(tid, event.kind)
        sender = event.messages[0]["from"]["address"]
        world.inbound.append(Inbound(uuid.UUID(result[0]["message_id"]), event.mailbox, sender, event.written_to))


def read_settings(conn: Conn, world: World) -> dict[uuid.UUID, SettingsInForce]:
    out = {}
    for mb in world.mailboxes:
        row = conn.execute(
            "select team_id, time_zone, working_hours_start, working_hours_end, working_days, holiday_calendar,"
            " daily_send_cap, max_followups, mailbox_status::text, team_paused_at is not null"
            " from private.mailbox_settings(%s)",
            (mb.id,),
        ).fetchone()
        assert row is not None
        out[mb.id] = SettingsInForce(row[0], row[1], row[2], row[3], list(row[4]), *row[5:])
    return out


@dataclass
class PauseState:
    tracked: set[uuid.UUID]
    mailboxes: set[uuid.UUID]
    teams: set[uuid.UUID]


def read_pauses(conn: Conn, world: World) -> PauseState:
    team_ids = [t.id for t in world.teams]
    return PauseState(
        {r[0] for r in conn.execute(
            "select id from public.tracked_emails where team_id = any(%s) and status = 'paused'", (team_ids,)
        ).fetchall()},
        {r[0] for r in conn.execute(
            "select id from public.mailboxes where team_id = any(%s) and status = 'paused'", (team_ids,)
        ).fetchall()},
        {r[0] for r in conn.execute(
            "select id from public.teams where id = any(%s) and paused_at is not null", (team_ids,)
        ).fetchall()},
    )  # fmt: skip


def read_suppressed(conn: Conn, world: World) -> dict[uuid.UUID, set[str]]:
    out: dict[uuid.UUID, set[str]] = {t.id: set() for t in world.teams}
    for team_id, address in conn.execute(
        "select team_id, address from public.suppressions where team_id = any(%s)", ([t.id for t in world.teams],)
    ).fetchall():
        out[team_id].add(address)
    return out


def plan_admin(world: World, rng: random.Random, pauses: PauseState) -> AdminOp:
    paused = [
        *(AdminOp("resume_tracked_email", t) for t in world.tracked if t.id in pauses.tracked),
        *(AdminOp("resume_mailbox", m) for m in world.mailboxes if m.id in pauses.mailboxes),
        *(AdminOp("resume_team", t) for t in world.teams if t.id in pauses.teams),
    ]
    if paused and rng.random() < 0.3:
        # Holidays end: what is paused does not stay paused for the whole sequence.
        return rng.choice(paused)
    kind = rng.choices(
        ["tick", "nothing", "tracked", "mailbox", "team", "team_settings", "mailbox_settings"],
        weights=[55, 8, 10, 8, 4, 7, 8],
    )[0]
    if kind == "tick" or kind == "nothing":
        return AdminOp(kind)
    if kind == "tracked":
        with world.lock:
            t = rng.choice(world.tracked) if world.tracked else None
        if t is None:
            return AdminOp("tick")
        return AdminOp("resume_tracked_email" if t.id in pauses.tracked else "pause_tracked_email", t)
    if kind == "mailbox":
        mb = rng.choice(world.mailboxes)
        return AdminOp("resume_mailbox" if mb.id in pauses.mailboxes else "pause_mailbox", mb)
    if kind == "team":
        team = rng.choice(world.teams)
        return AdminOp("resume_team" if team.id in pauses.teams else "pause_team", team)
    keys = rng.sample(
        ["followup_interval_hours", "working_hours", "working_days", "time_zone", "daily_send_cap", "max_followups"],
        rng.randint(1, 3),
    )
    settings: dict[str, Any] = {}
    clear = kind == "mailbox_settings" and rng.random() < 0.25
    for key in keys:
        if key == "followup_interval_hours":
            settings[key] = None if clear else rng.choice([0.5, 1, 2, 4])
        elif key == "working_hours":
            start, end = rng.choice(HOURS)
            settings["working_hours_start"] = None if clear else start
            settings["working_hours_end"] = None if clear else end
        elif key == "working_days":
            settings[key] = None if clear else rng.choice(DAYS)
        elif key == "time_zone":
            settings[key] = None if clear else rng.choice(ZONES)
        elif key == "daily_send_cap":
            settings[key] = None if clear else rng.choice([1, 2, 3, 5, 200])
        else:
            settings[key] = None if clear else rng.choice([1, 2, 3, 4])
    if kind == "team_settings":
        return AdminOp(
            "set_team_settings", rng.choice(world.teams), {k: v for k, v in settings.items() if v is not None}
        )
    return AdminOp("set_mailbox_settings", rng.choice(world.mailboxes), settings)


@dataclass
class SequenceResult:
    index: int
    rounds: int
    sends: int
    tracked: int


def play_sequence(
    coordinator: Conn,
    actors: list[Actor],
    holder: dict[str, World],
    start: threading.Barrier,
    end: threading.Barrier,
    seed: int,
    index: int,
    errors: ErrorLog,
    problems: Problems,
    rounds: int | None,
    check_every: int,
) -> SequenceResult:
    rng = random.Random(f"{seed}:{index}")
    world = World(seed, index, errors, problems)
    world.actors = actors
    world.now = T0 + timedelta(days=7 * index, minutes=rng.randint(0, 180))
    holder["world"] = world
    for k, actor in enumerate(actors):
        actor.rng = random.Random(f"{seed}:{index}:{k}")
    setup_cast(coordinator, world, rng)
    n_rounds = rounds if rounds is not None else rng.randint(20, 30)
    world.settings = read_settings(coordinator, world)
    for mb_id, s in world.settings.items():
        world.maxima.setdefault(mb_id, set()).add(s.maximum)
    planner = MailPlanner(world, rng)
    intents = IntentPlanner(world, rng)
    # The erasure path's own RNG: its choices do not shift the other actors' plans from one round to the next.
    erasures = ErasurePlanner(world, random.Random(f"{seed}:{index}:erasure"))
    for r in range(n_rounds):
        world.round = r + 1
        # The clock moves on: minutes mostly, now and then a night or a weekend.
        step = timedelta(minutes=rng.randint(5, 45)) if rng.random() < 0.85 else timedelta(hours=rng.randint(3, 20))
        world.now = world.now + step
        world.settings = read_settings(coordinator, world)
        pauses_before = read_pauses(coordinator, world)
        world.suppressed_at_start = read_suppressed(coordinator, world)
        world.listed_during = []
        world.admin_op = plan_admin(world, rng, pauses_before)
        world.settings_dirty = world.admin_op.kind in ("set_team_settings", "set_mailbox_settings")
        # The erasure (now and then, with its race); the intent actor's race unless the erasure has one; the mail
        # actors' pair unless a race has a mail actor ingest at its moment.
        world.erasure = erasures.plan(coordinator) if erasures.rng.random() < ERASURE_ROUNDS else None
        if world.erasure is not None:
            world.erasing.add((world.erasure.team.id, world.erasure.person))
            if world.erasure.race == "send" and not world.settings_dirty:
                world.admin_op = AdminOp("tick")
        erasure_race = world.erasure is not None and world.erasure.race is not None
        world.intent_race = intents.race(coordinator) if rng.random() < 0.2 and not erasure_race else None
        mail_free = (world.intent_race is None or world.intent_race[1] is None) and (
            world.erasure is None or world.erasure.event is None
        )
        world.pair = planner.pair() if mail_free and rng.random() < 0.5 else None
        sends_before = len(world.sends)
        new_mail_before = len(world.new_mail)
        start.wait(BARRIER_TIMEOUT_S)
        end.wait(BARRIER_TIMEOUT_S)
        if world.settings_dirty:
            after = read_settings(coordinator, world)
            for mb_id, s in after.items():
                world.maxima.setdefault(mb_id, set()).add(s.maximum)
        check_round(coordinator, world, sends_before, new_mail_before, pauses_before)
        check_erased(coordinator, world)
        if world.round % check_every == 0:
            check_state(coordinator, world, final=False)
    drain(coordinator, world)
    check_state(coordinator, world, final=True)
    check_erased(coordinator, world)
    # Out of the way of later sequences: the scheduler leaves a paused team alone, and nothing stays queued.
    coordinator.execute(
        "update public.teams set paused_at = %s, paused_reason = 'stress: sequence over' where id = any(%s)",
        (world.now, [t.id for t in world.teams]),
    )
    coordinator.execute("select pgmq.purge_queue('followup_sends')")
    return SequenceResult(index, n_rounds, len(world.sends), len(world.tracked))


def drain(conn: Conn, world: World) -> None:
    """The Sent Items sync after the run: every follow-up the provider sent is seen (crashes included)."""
    world.round += 1
    world.now = world.now + timedelta(minutes=1)
    with world.lock:
        echoes, world.echoes = world.echoes, []
    for mb, message in echoes:
        try:
            conn.execute("select worker.ingest_message(%s, %s, %s)", (mb.id, Jsonb(message), world.now))
            world.count("ingest engine_echo (Sent Items sync at the end)")
        except psycopg.Error as exc:
            world.errors.record(sqlstate_of(exc), describe_error(exc), "Sent Items sync", world.replay)


def check_round(conn: Conn, world: World, sends_before: int, new_mail_before: int, pauses_before: PauseState) -> None:
    """At the end of a round, nothing running: what the round's sends and new mail had to respect."""
    with world.lock:
        sends = world.sends[sends_before:]
        all_sends = list(world.sends)
        new_mail = world.new_mail[new_mail_before:]
    pauses_after = read_pauses(conn, world)
    op = world.admin_op
    resumed = op.target if op is not None and op.kind.startswith("resume") else None
    for send in sends:
        s = world.settings[send.mailbox.id]
        # R11: paused at the start and at the end of the round, and not resumed during it: paused throughout.
        for what, ids_before, ids_after, key in (
            ("tracked email", pauses_before.tracked, pauses_after.tracked, send.tracked_id),
            ("mailbox", pauses_before.mailboxes, pauses_after.mailboxes, send.mailbox.id),
            ("team", pauses_before.teams, pauses_after.teams, send.mailbox.team_id),
        ):
            target_id = getattr(resumed, "id", None)
            if key in ids_before and key in ids_after and target_id != key:
                world.problem(
                    "r11_paused",
                    f"follow-up {send.followup_id} sent while its {what} was paused",
                    once=send.followup_id,
                )
        if world.settings_dirty:
            continue
        row = conn.execute(
            "select private.add_working_time(%s::timestamptz, interval '0', %s, %s, %s, %s::smallint[], %s, %s)"
            " = %s::timestamptz",
            (send.at, s.time_zone, s.start, s.end, s.days, s.calendar, s.team_id, send.at),
        ).fetchone()
        if row is not None and row[0] is False:
            local = send.at.astimezone(ZoneInfo(s.time_zone))
            world.problem(
                "r2_working_time",
                f"follow-up {send.followup_id} sent {local:%a %Y-%m-%d %H:%M} {s.time_zone}, outside"
                f" {s.start:%H:%M}-{s.end:%H:%M} on ISO days {s.days}",
            )
        zone = ZoneInfo(s.time_zone)
        day = send.at.astimezone(zone).date()
        that_day = [
            x
            for x in all_sends
            if x.mailbox == send.mailbox and x.at <= send.at and x.at.astimezone(zone).date() == day
        ]
        if len(that_day) > s.cap:
            world.problem(
                "r9_daily_cap",
                f"{send.mailbox.label} sent {len(that_day)} follow-ups on {day} ({s.time_zone}), cap {s.cap}"
                f" (follow-up {send.followup_id})",
                once=(send.mailbox.id, day),
            )
    if not world.settings_dirty:
        with world.lock:
            holds, world.hold_candidates = world.hold_candidates, []
        at = {x.followup_id: x.at for x in sends}
        for followup_id, mb, address, return_on in holds:
            row = conn.execute("select private.mailbox_release_after(%s, %s)", (mb.id, return_on)).fetchone()
            release = row[0] if row else None
            sent_at = at.get(followup_id)
            if release is not None and sent_at is not None and release > sent_at:
                world.problem(
                    "r6_hold",
                    f"follow-up {followup_id} sent to {address} {sent_at:%a %Y-%m-%d %H:%M} UTC, held until"
                    f" {release:%a %Y-%m-%d %H:%M} UTC (back on {return_on})",
                )
    else:
        with world.lock:
            world.hold_candidates = []  # the release instant depends on settings that changed during the round
    with world.lock:
        listed_during = list(world.listed_during)
    for _round, team_id, recipients, tracked, followed, internal, started in new_mail:
        if tracked and internal:
            world.problem("r1_internal", f"a new conversation to {recipients} (the team's own domain) was tracked")
        # Suppressed when the round started, or listed by an unsubscribe reading before its ingest started.
        suppressed = set(world.suppressed_at_start.get(team_id, set()))
        for listed_at, team, listed in listed_during:
            if team == team_id and listed_at < started:
                suppressed |= listed
        if followed and set(recipients) <= suppressed:
            world.problem("r8_new_suppressed", f"a new conversation to suppressed {recipients} was tracked")
    check_nothing_scheduled(conn, world)


def check_nothing_scheduled(conn: Conn, world: World) -> None:
    """R8 at the end of each round: no tracked email whose every recipient is suppressed is still active or paused
    (every writer of a suppression stops them, as ingest's opt-outs and bounces do; a claim would stop one later,
    but until then its follow-up is scheduled for people who asked not to be written to)."""
    for tid, status, why in _rows(
        conn,
        "select t.id, t.status::text, ("
        "    select string_agg(format('%%s (%%s, message %%s%%s)', s.address, s.reason, s.message_id,"
        "        ', read as ' || i.label || coalesce(' by ' || i.source, '')), '; ' order by s.address)"
        "    from public.suppressions as s left join public.message_intents as i on i.message_id = s.message_id"
        "    where s.team_id = t.team_id and s.address = any(t.recipients))"
        " from public.tracked_emails as t"
        " where t.team_id = any(%s) and t.status in ('active', 'paused') and not exists ("
        "    select 1 from unnest(t.recipients) as a where not exists ("
        "        select 1 from public.suppressions as s where s.team_id = t.team_id and s.address = a))",
        ([t.id for t in world.teams],),
    ):
        world.problem(
            "r8_nothing_scheduled", f"tracked email {tid} is {status}, every recipient suppressed: {why}", once=tid
        )


def _rows(conn: Conn, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return conn.execute(query, params).fetchall()


def check_state(conn: Conn, world: World, *, final: bool) -> None:
    """The engine's state over the sequence's teams, with nothing running."""
    teams = ([t.id for t in world.teams],)
    for fid, tid, sent_at, received_at, ingested_at in _rows(
        conn,
        "select followup_id, tracked_email_id, sent_at, answer_received_at, answer_ingested_at"
        " from public.followup_promise_violations where team_id = any(%s)",
        teams,
    ):
        world.problem(
            "r13_view",
            f"follow-up {fid} of {tid} sent {sent_at:%Y-%m-%d %H:%M}, answer received {received_at:%Y-%m-%d %H:%M}"
            f" ingested {ingested_at:%Y-%m-%d %H:%M}",
            once=fid,
        )
    rows = _rows(
        conn,
        """
        select t.id, t.mailbox_id, t.status::text, t.automatic_sent, t.manual_detected,
            (select count(*) from public.followups as f where f.tracked_email_id = t.id and f.status = 'sent'),
            (select count(*) from public.manual_followups as m where m.tracked_email_id = t.id),
            (select count(*) from public.followups as f where f.tracked_email_id = t.id
                and f.status in ('scheduled', 'claimed', 'sending')),
            (select count(*) from public.followups as f where f.tracked_email_id = t.id and f.status = 'failed'),
            s.max_followups
        from public.tracked_emails as t
        cross join lateral private.mailbox_settings(t.mailbox_id) as s
        where t.team_id = any(%s)
        """,
        teams,
    )
    for tid, mailbox_id, status, automatic, manual, sent_rows, manual_rows, pending, failed, maximum in rows:
        if (automatic, manual) != (sent_rows, manual_rows):
            world.problem(
                "r3_counters",
                f"tracked email {tid}: automatic_sent {automatic} / manual_detected {manual}, rows {sent_rows} /"
                f" {manual_rows}",
                once=tid,
            )
        maxima = world.maxima.get(mailbox_id, {maximum}) | {maximum}
        if sent_rows + manual_rows > max(maxima):
            world.problem(
                "r3_max",
                f"tracked email {tid} ({status}): {sent_rows} automatic + {manual_rows} manual, maximum in force"
                f" {'/'.join(str(m) for m in sorted(maxima))}",
                once=tid,
            )
        if status == "completed" and sent_rows + manual_rows < min(maxima):
            world.problem(
                "r3_completed", f"tracked email {tid} completed at {sent_rows + manual_rows} < {min(maxima)}", once=tid
            )
        if pending > 1:
            world.problem("one_pending", f"tracked email {tid} has {pending} pending follow-ups", once=tid)
        if status == "active" and pending == 0 and failed == 0 and sent_rows + manual_rows < maximum:
            world.problem(
                "active_planned",
                f"tracked email {tid} is active with {sent_rows + manual_rows} of {maximum} follow-ups and none"
                " pending",
                once=tid,
            )
    with world.lock:
        in_flight = {s.followup_id for s in world.sends}
        abandoned = set(world.abandoned)
    for fid, tid, f_status, t_status in _rows(
        conn,
        "select f.id, t.id, f.status::text, t.status::text from public.followups as f"
        " join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where t.team_id = any(%s) and f.status in ('scheduled', 'claimed', 'sending')"
        " and t.status not in ('active', 'paused')",
        teams,
    ):
        # Before the Sent Items sync, a follow-up whose worker died after the provider sent it waits in
        # 'sending' for its copy to be seen: the engine cannot know yet.
        if not final and f_status == "sending" and fid in in_flight:
            continue
        # A worker gave up on it after an error (counted): it waits for its lease to run out.
        if f_status in ("claimed", "sending") and fid in abandoned:
            continue
        world.problem("finished_pending", f"follow-up {fid} is {f_status} on tracked email {tid}, {t_status}", once=fid)
    # R11: the pause the tick reads on the follow-up is its tracked email's.
    for fid, carried, t_status in _rows(
        conn,
        "select f.id, f.tracked_email_paused, t.status::text from public.followups as f"
        " join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where f.team_id = any(%s) and f.status in ('scheduled', 'claimed', 'sending')"
        " and f.tracked_email_paused <> (t.status = 'paused')",
        teams,
    ):
        world.problem("pause_carried", f"follow-up {fid} carries paused={carried}, tracked email {t_status}", once=fid)
    with world.lock:
        bounced = {tid: set(a) for tid, a in world.bounced.items()}
        opt_outs = list(world.opt_outs)
    statuses = {r[0]: r[2] for r in rows}
    for tid, failed_for_good in bounced.items():
        t = world.tracked_by_id.get(tid)
        if t is not None and set(t.recipients) <= failed_for_good and statuses.get(tid) in ("active", "paused"):
            world.problem(
                "r7_reports_add_up",
                f"tracked email {tid} is {statuses.get(tid)} though reports failed every recipient"
                f" {sorted(t.recipients)}",
                once=tid,
            )
    suppressed = read_suppressed(conn, world)
    for team_id, address in opt_outs:
        # An erasure deletes the suppression of the person it erases (their address's hash stands for it).
        if address not in suppressed.get(team_id, set()) and address not in world.touched(team_id):
            world.problem(
                "r8_optout_listed",
                f"{address} opted out but is not on the team's suppression list",
                once=(team_id, address),
            )
    for tid, kind in _rows(
        conn,
        "select t.id, t.status::text from public.tracked_emails as t where t.team_id = any(%s) and ("
        " not exists (select 1 from public.events as e where e.tracked_email_id = t.id and e.kind = 'tracked')"
        " or (t.status <> 'active' and not exists (select 1 from public.events as e"
        "     where e.tracked_email_id = t.id and e.kind = t.status::text)))",
        teams,
    ):
        world.problem("r12_events", f"tracked email {tid} is {kind} without its event", once=(tid, kind))
    for fid, kind in _rows(
        conn,
        "select f.id, f.status::text from public.followups as f where f.team_id = any(%s) and ("
        " not exists (select 1 from public.events as e where e.followup_id = f.id and e.kind = 'scheduled')"
        " or (f.status in ('sent', 'failed') and not exists (select 1 from public.events as e"
        "     where e.followup_id = f.id and e.kind = f.status::text)))",
        teams,
    ):
        world.problem("r12_events", f"follow-up {fid} is {kind} without its event", once=(fid, kind))
    for mailbox_id, status, rows_n, counted in _rows(
        conn,
        "select mailbox_id, status::text, r.n, c.n from ("
        "    select mailbox_id, status, count(*) as n from public.tracked_emails where team_id = any(%s)"
        "    group by mailbox_id, status) as r"
        " full join (select mailbox_id, status, tracked_emails as n from public.followup_status_counts"
        "    where team_id = any(%s)) as c using (mailbox_id, status)"
        " where r.n is distinct from c.n",
        (*teams, *teams),
    ):
        world.problem(
            "status_counts",
            f"mailbox {mailbox_id}: {rows_n or 0} tracked emails {status}, followup_status_counts says {counted or 0}",
            once=(mailbox_id, status),
        )
    if final:
        with world.lock:
            sent = set(world.provider_sent)
        if not sent:
            return
        recorded = {
            r[0]: r[1]
            for r in _rows(conn, "select id, status::text from public.followups where id = any(%s)", ([*sent],))
        }
        for fid in sent:
            if recorded.get(fid) != "sent":
                world.problem(
                    "r9_recorded",
                    f"follow-up {fid} was sent by the provider, the engine says {recorded.get(fid)}",
                    once=fid,
                )


# ---------------------------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------------------------


def intent_counts(ops: Counter[str]) -> tuple[int, int, int]:
    """What the intent path did: readings recorded, of which unsubscribes, and members' corrections (failed and
    skipped calls aside)."""
    done = {op: n for op, n in ops.items() if not op.endswith("(failed)") and ": skipped" not in op}
    readings = sum(n for op, n in done.items() if "record_intent " in op)
    unsubscribes = sum(n for op, n in done.items() if "record_intent " in op and " unsubscribe" in op)
    corrections = sum(n for op, n in done.items() if "correct_intent " in op)
    return readings, unsubscribes, corrections


def erasure_counts(ops: Counter[str]) -> tuple[int, int, Counter[str]]:
    """What the erasure path did: erasures committed, of which through the app (the rest by an operator), and those
    raced on purpose, by the other side of the race."""
    done = {op: n for op, n in ops.items() if op.startswith("erase_person (") and not op.endswith("(failed)")}
    app = sum(n for op, n in done.items() if op.startswith("erase_person (app"))
    races: Counter[str] = Counter()
    for op, n in done.items():
        if " vs " in op:
            races[op.split(" vs ", 1)[1]] += n
    return sum(done.values()), app, races


@dataclass
class Report:
    seed: int
    sequences: list[SequenceResult]
    ops: Counter[str]
    errors: ErrorLog
    problems: Problems
    seconds: float
    stopped: str | None = None

    @property
    def broken(self) -> list[str]:
        return [key for key in INVARIANTS if self.problems.counts.get(key)]

    @property
    def ok(self) -> bool:
        return self.errors.total == 0 and not self.broken and self.stopped is None

    def replay(self) -> str:
        return f".venv/bin/python bench/stress.py --seed {self.seed} --sequences {len(self.sequences)}"

    def text(self) -> str:
        rounds = sum(s.rounds for s in self.sequences)
        readings, unsubscribes, corrections = intent_counts(self.ops)
        erased, app, races = erasure_counts(self.ops)
        lines = [
            f"Relance stress: seed {self.seed}, {len(self.sequences)} sequences, {rounds} rounds,"
            f" {sum(s.tracked for s in self.sequences)} tracked emails, {sum(s.sends for s in self.sequences)}"
            f" follow-ups sent by the provider, {self.seconds:.0f} s",
            f"replay: {self.replay()}  (one sequence: --seed {self.seed} --sequence K)",
            f"intent path: {readings} readings recorded ({unsubscribes} unsubscribe), {corrections} corrections"
            " by a member",
            f"erasure path: {erased} erasures ({app} by an owner in the app, {erased - app} by an operator),"
            f" {sum(races.values())} raced on purpose"
            + (f" ({', '.join(f'{n} vs {race}' for race, n in sorted(races.items()))})" if races else ""),
        ]
        if self.stopped:
            lines.append(f"STOPPED: {self.stopped}")
        lines.append("operations:")
        lines += [f"  {n:>7}  {op}" for op, n in sorted(self.ops.items())]
        lines.append(f"errors by SQLSTATE: {self.errors.total} (0 expected)")
        for state, n in self.errors.counts.most_common():
            lines.append(f"  {state} x{n}: {self.errors.examples[state]}")
        if self.errors.deadlocks:
            lines.append("deadlocks, by the calls involved (victim, where it waited  x  the other side):")
            for signature, n in self.errors.deadlocks.most_common():
                lines.append(f"  x{n}: {signature}")
                lines.append(f"        first: {self.errors.deadlock_examples[signature]}")
        lines.append("invariants:")
        for key, name in INVARIANTS.items():
            n = self.problems.counts.get(key, 0)
            lines.append(f"  {'ok' if n == 0 else 'BROKEN':<6}  {name}" + (f"  ({n} cases)" if n else ""))
            for example in self.problems.examples.get(key, []):
                lines.append(f"            e.g. {example}")
        verdict = "ok" if self.ok else f"FAIL ({self.errors.total} errors, {len(self.broken)} broken invariants)"
        lines.append(f"result: {verdict}")
        return "\n".join(lines)


def run(
    url: str,
    seed: int,
    *,
    sequences: int | None = None,
    only: int | None = None,
    minutes: float | None = None,
    rounds: int | None = None,
    check_every: int = 5,
    log: Callable[[str], None] = lambda _msg: None,
) -> Report:
    """Plays sequences (a number of them, one of them, or as many as fit in `minutes`) on the database at `url`
    (migrations applied; the harness adds its own teams) and returns what it found."""
    errors = ErrorLog()
    problems = Problems()
    holder: dict[str, World] = {}
    started = time.monotonic()
    names = ["mail-1", "mail-2", "worker-1", "worker-2", "admin", "intent", "erasure"]
    kinds: list[type[Actor]] = [
        MailActor, MailActor, WorkerActor, WorkerActor, AdminActor, IntentActor, ErasureActor
    ]  # fmt: skip
    actors = [
        kind(name, url, lambda: holder["world"], random.Random(0)) for name, kind in zip(names, kinds, strict=True)
    ]
    start = threading.Barrier(len(actors) + 1)
    end = threading.Barrier(len(actors) + 1)
    results: list[SequenceResult] = []
    ops: Counter[str] = Counter()
    stopped: str | None = None

    def loop(actor: Actor) -> None:
        while True:
            try:
                start.wait(BARRIER_TIMEOUT_S)
            except threading.BrokenBarrierError:
                return
            world = holder["world"]
            if world.stop:
                return
            try:
                actor.play()
            except Exception as exc:  # a harness bug or a lost connection: counted, never hidden
                world.errors.record(
                    f"python:{type(exc).__name__}",
                    "".join(traceback.format_exception_only(exc)).strip()
                    + " | "
                    + " <- ".join(traceback.format_tb(exc.__traceback__)[-2:]).replace("\n", " "),
                    actor.name,
                    world.replay,
                )
            try:
                end.wait(BARRIER_TIMEOUT_S)
            except threading.BrokenBarrierError:
                return

    threads = [threading.Thread(target=loop, args=(a,), name=a.name, daemon=True) for a in actors]
    for thread in threads:
        thread.start()
    with psycopg.connect(url, autocommit=True, application_name="relance-stress-coordinator") as coordinator:
        for statement in SESSION:
            coordinator.execute(statement)
        indexes: Iterator[int] = iter([only]) if only is not None else iter(range(sequences or 10**9))
        try:
            for index in indexes:
                if minutes is not None and time.monotonic() - started > minutes * 60:
                    break
                result = play_sequence(
                    coordinator, actors, holder, start, end, seed, index, errors, problems, rounds, check_every
                )
                results.append(result)
                ops.update(holder["world"].ops)
                log(
                    f"sequence {index}: {result.rounds} rounds, {result.tracked} tracked, {result.sends} sent;"
                    f" so far {errors.total} errors, {sum(problems.counts.values())} broken invariant cases"
                    f" ({time.monotonic() - started:.0f} s)"
                )
        except threading.BrokenBarrierError:
            stopped = f"an actor did not finish its round within {BARRIER_TIMEOUT_S:.0f} s (a wait that never ended)"
            errors.record("hang", stopped, "coordinator", holder["world"].replay if holder else "")
        except Exception as exc:  # the coordinator's own setup or checks failed: reported, and the run stops
            stopped = f"the coordinator failed: {describe_error(exc)}"
            errors.record(
                f"coordinator:{sqlstate_of(exc)}",
                describe_error(exc)
                + " | "
                + " <- ".join(traceback.format_tb(exc.__traceback__)[-3:]).replace("\n", " "),
                "coordinator",
                holder["world"].replay if holder else "",
            )
        finally:
            if not holder:
                holder["world"] = World(seed, -1, errors, problems)
            holder["world"].stop = True
            with suppress(threading.BrokenBarrierError):
                start.wait(5)
            for thread in threads:
                thread.join(5)
            for actor in actors:
                with suppress(Exception):
                    actor.conn.close()
    return Report(seed, results, ops, errors, problems, time.monotonic() - started, stopped)


# ---------------------------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------------------------


@contextmanager
def scratch_database(db_url: str | None, keep: bool, log: Callable[[str], None]) -> Iterator[str]:
    """The database to stress: `db_url` as given, else a fresh one built like the tests' template, with
    `sql/` applied on top (the engine as `sql/` declares it), dropped at the end unless `keep`."""
    if db_url is not None:
        yield db_url
        return
    from relance import schema, stack
    from relance.config import LOCAL_DB_URL

    target = stack.Target(os.environ.get("SUPABASE_DB_URL") or LOCAL_DB_URL)
    stack.ensure_cluster(target, log=log)
    name = f"relance_stress_{os.getpid()}"
    log(f"building {name}: platform and migrations, then sql/ on top ...")
    for attempt in range(3):
        try:
            stack.drop_database(target, name)
            stack.build_database(target, name)
            schema.apply_sources(target.url_for(name))
            break
        except (psycopg.Error, stack.StackError) as exc:
            # The cluster is shared: another build altering the same roles at once fails one of the two.
            if attempt == 2:
                raise
            log(f"building {name} failed ({str(exc).splitlines()[0]}): again")
            time.sleep(2)
    try:
        yield target.url_for(name)
    finally:
        if keep:
            log(f"kept database {name}")
        else:
            stack.drop_database(target, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bound = parser.add_mutually_exclusive_group()
    bound.add_argument("--minutes", type=float, help="play sequences until this much time has passed")
    bound.add_argument("--sequences", type=int, help="play this many sequences (0 .. N-1): independent of speed")
    bound.add_argument("--sequence", type=int, help="play sequence K of the seed only (a replay)")
    parser.add_argument("--seed", type=int, help="the run's seed (default: a fresh one, printed)")
    parser.add_argument("--rounds", type=int, help="rounds per sequence (default: 20 to 30, from the seed)")
    parser.add_argument("--check-every", type=int, default=5, help="check the engine's state every N rounds")
    parser.add_argument("--db-url", help="stress this database (migrations applied) instead of a fresh one")
    parser.add_argument("--keep", action="store_true", help="keep the fresh database at the end")
    parser.add_argument(
        "--log-lock-waits",
        action="store_true",
        help="log every lock wait longer than 100 ms to the server log, with its CONTEXT",
    )
    args = parser.parse_args(argv)
    if args.minutes is None and args.sequences is None and args.sequence is None:
        args.sequences = 10
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    if args.log_lock_waits:
        os.environ["RELANCE_STRESS_LOG_LOCK_WAITS"] = "1"

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    log(f"seed {seed}")
    with scratch_database(args.db_url, args.keep, log) as url:
        report = run(
            url,
            seed,
            sequences=args.sequences,
            only=args.sequence,
            minutes=args.minutes,
            rounds=args.rounds,
            check_every=max(1, args.check_every),
            log=log,
        )
    print(report.text())
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
