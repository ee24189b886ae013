"""The main job of ``./relance demo``: one week of a wealth-management firm, replayed on a driven clock
through the real parts, with a readable timeline of why each thing happened.

What runs (nothing is mocked):

- the provider sandbox over HTTPS on 127.0.0.1 (:mod:`relance.sandbox`): Claire's Outlook mailbox under
  Microsoft Graph (identity platform, change notifications, delta sync) and Thomas's Gmail mailbox under
  the Gmail API (Google's token endpoint, users.watch and Pub/Sub pushes, history sync);
- the ``graph-webhook`` and ``gmail-push`` edge functions, run by Deno as subprocesses, which receive the
  sandbox's notifications and pushes and hand them to SQL (pgmq ``provider_events``);
- the connectors' worker (:class:`relance.worker.Worker`, the code ``relance worker`` runs) in this
  process: it reads the queues, fetches and ingests mail, and sends follow-ups through Graph and Gmail;
- the engine in the app database: ``ingest_message``, ``run_followup_scheduler`` (played here at each
  driven instant, as pg_cron does every minute), the claims, the timeline and the views.

One instant drives every clock: ``run(now=…)``, by default the real now. The week replayed starts on the
Monday after it (08:00 Europe/Paris); the sandbox's clock starts at it, and the worker and every SQL call
read the driven clock (``p_now``), never the date of the host or of Postgres. So the week replays
identically whatever the date when a test passes a fixed instant; and with the real now, the driven week
lies in the future of the real date, so the real pg_cron tick of the local stack never finds anything of
the demo due. Each run first removes
the previous demo team (everything of it cascades), and at the end unsubscribes the demo mailboxes and
pauses the demo team (the kill switch, R11), so nothing of it is ever sent afterwards.

The clock jumps from one interesting instant to the next: the next scripted event (someone sends, replies,
is away, bounces) or the next follow-up due, whichever comes first. At each instant the sandbox clock moves,
the outside world acts, notifications travel through the edge function, the scheduler ticks, and the worker
makes one pass (events, delta sync, sends), then one more for the notifications of what it sent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

import httpx
import psycopg
from psycopg import sql

from relance import db, logsafe, report, stack, subscriptions
from relance.config import REPO_ROOT, Config
from relance.credentials import connect_with_refresh_token
from relance.sandbox import RunningSandbox, serve
from relance.sandbox.gmail import PUBSUB_SERVICE_ACCOUNT
from relance.sandbox.world import Clock
from relance.worker import Connector, Worker, connect_gmail_mailbox

TEAM_NAME = "Cabinet Durand Patrimoine"
DOMAIN = "cabinet-durand.fr"
TIME_ZONE = "Europe/Paris"
PARIS = ZoneInfo(TIME_ZONE)
STATE_DIR = REPO_ROOT / ".relance" / "demo"

GMAIL_PUSH = REPO_ROOT / "supabase" / "functions" / "gmail-push" / "index.ts"
PUBSUB_TOPIC = "projects/cabinet-durand-demo/topics/gmail"
# The push subscription authenticates with an OIDC token, as README.md tells a deployment to: signed by the
# sandbox (its JWKS stands in for Google's), for this audience and the sandbox's service account.
PUSH_AUDIENCE = "https://cabinet-durand-demo.example/functions/v1/gmail-push"


# --------------------------------------------------------------------------------------- the story


@dataclass(frozen=True)
class Person:
    name: str
    address: str
    company: str = ""
    # What their signature says (the intelligence loop reads it into their contact).
    title: str = ""
    phone: str = ""
    street: str = ""

    @property
    def signature(self) -> str:
        lines = [self.name, self.title, self.company, f"Tél. : {self.phone}" if self.phone else "", self.street]
        return "\n\nBien cordialement,\n\n" + "\n".join(line for line in lines if line)

    @property
    def header(self) -> str:
        return f"{self.name} <{self.address}>"


@dataclass(frozen=True)
class Act:
    """Something the outside world (or the user, from their own mail client) does at a local instant.

    ``kind``: ``send`` (the user writes the first email: the engine should track it), ``by_hand`` (the
    user follows up by hand in the thread), ``reply`` (the prospect answers in the thread), ``writes``
    (the prospect writes a new email, another subject), ``away`` (an out-of-office until ``until_day``),
    ``bounce`` (the recipient's server refuses the email), ``opt_out`` (an answer asking to stop)."""

    day: int  # days after the demo's Monday
    at: str  # HH:MM, Europe/Paris
    kind: str
    text: str = ""
    subject: str = ""
    until_day: int = 0


@dataclass(frozen=True)
class Story:
    key: str
    rule: str
    person: Person
    subject: str
    acts: tuple[Act, ...]
    expected: str  # status of the tracked email at the end of the week
    provider: str = "graph"  # which mailbox sends it: graph (Claire, Outlook) or gmail (Thomas)
    english: bool = False  # the user writes in English (R16: the follow-ups then speak English)


CLAIRE = Person("Claire Durand", f"claire.durand@{DOMAIN}", TEAM_NAME)
THOMAS = Person("Thomas Martin", f"thomas.martin@{DOMAIN}", TEAM_NAME)
USERS = {"graph": CLAIRE, "gmail": THOMAS}

MARC = Person(
    "Marc Lefèvre",
    "marc.lefevre@lefevre-industries.fr",
    "Lefèvre Industries SAS",
    "Directeur financier",
    "01 44 55 66 77",
)
CAMILLE = Person("Camille Bernard", "camille.bernard@bernard-fils.fr", "Bernard & Fils")
ANTOINE = Person(
    "Antoine Dubois",
    "a.dubois@dubois-avocats.fr",
    "Dubois Avocats",
    "Avocat associé",
    "01 42 68 53 00 | Port. : 06 12 34 56 78",
    "12, rue de la Paix – 75002 Paris",
)
SOPHIE = Person(
    "Sophie Moreau",
    "sophie.moreau@moreau-conseil.fr",
    "Moreau Conseil SARL",
    "Gérante",
    "04 78 12 34 56",
    "5, place Bellecour – 69002 Lyon",
)
JULIEN = Person("Julien Petit", "julien.petit@petit-immobilier.fr", "Petit Immobilier")
NATHALIE = Person("Nathalie Roux", "nathalie.roux@roux-associes.fr", "Roux & Associés")
PIERRE = Person("Pierre Girard", "pierre.girard@girard-transports.fr", "Girard Transports")
ISABELLE = Person("Isabelle Fournier", "i.fournier@fournier-architectes.fr", "Fournier Architectes")
ELODIE = Person("Élodie Garnier", "elodie.garnier@garnier-pharma.fr", "Garnier Pharma")
HUGO = Person("Hugo Lambert", "hugo.lambert@lambert-sas.fr", "Lambert SAS", "Président", "06 98 76 54 32")

JAMES = Person("James Whitaker", "james.whitaker@whitaker-capital.co.uk", "Whitaker Capital Ltd")

GREETING = "Bonjour {first},\n\n"
SIGNATURE = "\n\nBien cordialement,\n{name}\nCabinet Durand Patrimoine"
GREETING_EN = "Hello {first},\n\n"
SIGNATURE_EN = "\n\nBest regards,\n{name}\nCabinet Durand Patrimoine"

# R16: what the team's follow-ups say. Follow-up 1 in French has two variants (A/B, equal weights), and one text in
# English; later follow-ups use the built-in texts. {{signature}} appends each user's confirmed signature.
TEMPLATES = (
    (
        1,
        "fr",
        "A",
        "Bonjour {{recipient_first_name}},\n\nJe me permets de revenir vers vous au sujet de "
        "« {{original_subject}} ». Avez-vous eu le temps d'y jeter un œil ?\n\nBien cordialement,\n{{signature}}",
    ),
    (
        1,
        "fr",
        "B",
        "Bonjour {{recipient_first_name}},\n\nUn mot rapide : souhaitez-vous que nous en parlions "
        "de vive voix ? Un appel de dix minutes suffit.\n\nBien cordialement,\n{{signature}}",
    ),
    (
        1,
        "en",
        "A",
        "Hello {{recipient_first_name}},\n\nI wanted to follow up on “{{original_subject}}”. "
        "Would a short call this week help?\n\nBest regards,\n{{signature}}",
    ),
)
SIGNATURES = {
    "graph": "Claire Durand\nConseillère en gestion de patrimoine\nCabinet Durand Patrimoine\n01 40 20 30 40",
    "gmail": "Thomas Martin\nCabinet Durand Patrimoine\n01 40 20 30 41",
}

STORIES: tuple[Story, ...] = (
    Story(
        "completed",
        "R3",
        MARC,
        "Proposition de gestion de trésorerie",
        (Act(0, "08:30", "send", "Suite à notre appel, voici notre proposition de gestion de votre trésorerie."),),
        "completed",
    ),
    Story(
        "manual",
        "R4",
        CAMILLE,
        "Votre bilan patrimonial",
        (
            Act(0, "09:00", "send", "Comme convenu, je vous propose un bilan patrimonial complet."),
            Act(0, "11:30", "by_hand", "Je me permets de revenir vers vous : avez-vous pu regarder ma proposition ?"),
        ),
        "completed",
    ),
    Story(
        "reply",
        "R5",
        ANTOINE,
        "Transmission de votre cabinet : nos pistes",
        (
            Act(0, "09:45", "send", "Voici les pistes dont nous avons parlé pour la transmission de votre cabinet."),
            Act(0, "13:10", "reply", "Merci Claire, c'est très clair. Pouvons-nous en parler jeudi à 10h ?"),
        ),
        "replied",
    ),
    Story(
        "reply_new_subject",
        "R5",
        SOPHIE,
        "Rendez-vous pour votre plan retraite",
        (
            Act(0, "11:00", "send", "Je vous propose de faire le point sur votre plan d'épargne retraite."),
            Act(
                0,
                "16:45",
                "writes",
                "Bonjour Claire, je suis disponible mardi prochain à 14h pour le plan retraite. Sophie",
                "Disponibilités la semaine prochaine",
            ),
        ),
        "replied",
    ),
    Story(
        "away",
        "R6",
        JULIEN,
        "Investissement locatif : notre proposition",
        (
            Act(0, "14:00", "send", "Vous trouverez ci-joint notre proposition d'investissement locatif."),
            Act(0, "14:01", "away", until_day=2),
        ),
        "completed",
    ),
    Story(
        "bounce",
        "R7",
        NATHALIE,
        "Audit de votre contrat de prévoyance",
        (
            Act(1, "10:00", "send", "Je vous propose un audit gratuit de votre contrat de prévoyance."),
            Act(1, "10:01", "bounce"),
        ),
        "bounced",
    ),
    Story(
        "opt_out",
        "R8",
        PIERRE,
        "Optimisation fiscale de votre holding",
        (
            Act(2, "09:15", "send", "Nous accompagnons plusieurs dirigeants sur l'optimisation de leur holding."),
            Act(2, "11:40", "opt_out", "Merci de ne plus me contacter.\n\nPierre Girard"),
        ),
        "opted_out",
    ),
    Story(
        "weekend",
        "R2",
        ISABELLE,
        "Suite à notre échange au salon Patrimonia",
        (Act(4, "16:30", "send", "Ravie de notre échange au salon : voici la note promise sur l'assurance-vie."),),
        "active",
    ),
    Story(
        "english_reply",
        "R16",
        JAMES,
        "Your pension transfer: our proposal",
        (
            Act(
                1,
                "10:30",
                "send",
                "Following our call, here is our proposal for your pension transfer. "
                "I am happy to walk you through it whenever suits you.",
            ),
            Act(1, "16:20", "reply", "Thank you Claire, this is very clear. Could we speak on Thursday at 10am?"),
        ),
        "replied",
        english=True,
    ),
    # Thomas Martin's Gmail mailbox: the same engine, the same week.
    Story(
        "gmail_completed",
        "R3",
        ELODIE,
        "Votre épargne salariale : notre proposition",
        (Act(0, "10:30", "send", "Voici notre proposition pour l'épargne salariale de Garnier Pharma."),),
        "completed",
        provider="gmail",
    ),
    Story(
        "gmail_reply",
        "R5",
        HUGO,
        "Prévoyance des dirigeants",
        (
            Act(1, "09:00", "send", "Je vous propose de revoir ensemble la prévoyance de vos dirigeants."),
            Act(1, "11:15", "reply", "Bonjour Thomas, volontiers. Appelez-moi demain matin. Hugo"),
        ),
        "replied",
        provider="gmail",
    ),
)

# The last instant of the driven week: the next Monday, noon, so Friday's email shows the weekend skip.
END_DAY, END_AT = 7, "12:00"

# Phrases a user reads in the timeline for each rule (the engine's own reasons, from public.events).
KEY_REASONS = (
    "follow-up 1 sent",
    "follow-up 3 sent",
    "manual follow-up 1 detected",
    "replied",
    "wrote in another conversation",
    "out of office until",
    "delivery failed permanently",
    "asked not to be contacted again",
)


def first_monday_after(today: dt.date) -> dt.date:
    """The Monday strictly after ``today``."""
    return today + dt.timedelta(days=7 - today.weekday())


def local_instant(monday: dt.date, day: int, at: str) -> dt.datetime:
    hours, minutes = (int(x) for x in at.split(":"))
    return dt.datetime.combine(monday + dt.timedelta(days=day), dt.time(hours, minutes), PARIS)


def french_date(day: dt.date) -> str:
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    return f"{days[day.weekday()]} {day.day} {months[day.month - 1]}"


# --------------------------------------------------------------------------------------- output


class Printer:
    """Lines for a person: colour only on a terminal, one day heading per day."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.colour = bool(getattr(out, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")
        self._day: dt.date | None = None
        self.lines: list[str] = []

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def say(self, text: str = "") -> None:
        self.lines.append(text)
        print(text, file=self.out, flush=True)

    def progress(self, text: str) -> None:
        self.say(self._paint(f"relance demo: {text}", "2"))

    def heading(self, text: str) -> None:
        self.say()
        self.say(self._paint(text, "1"))

    def event(self, at: dt.datetime, who: str, text: str, world: bool = False) -> None:
        local = at.astimezone(PARIS)
        if local.date() != self._day:
            self._day = local.date()
            self.say(self._paint(local.strftime("%a %d %b"), "1"))
        mark = "✉" if world else "→"
        line = f"  {local:%H:%M} · {who:<18} · {mark} {text}"
        self.say(self._paint(line, "36") if world else line)


# --------------------------------------------------------------------------------------- processes


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def edge_function(name: str, db_url: str, log_path: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """An edge function (``supabase/functions/<name>``, run by Deno) on a free port; stopped (then killed)
    on the way out. Yields its URL once it answers HTTP."""
    port = _free_port()
    env = {**os.environ, **(extra_env or {}), "PORT": str(port), "SUPABASE_DB_URL": db_url, "NO_COLOR": "1"}
    entry = REPO_ROOT / "supabase" / "functions" / name / "index.ts"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(stack.DENO), "run", "--allow-net", "--allow-env", "--allow-read", str(entry)],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # our own to stop: a Ctrl-C reaches us, and we stop it in order
        )
        try:
            url = f"http://127.0.0.1:{port}/functions/v1/{name}"
            deadline = time.monotonic() + 90
            while True:
                with suppress(httpx.HTTPError):
                    # Any HTTP answer means it listens (graph-webhook echoes the token; gmail-push says 401).
                    httpx.post(f"{url}?validationToken=ready", timeout=2)
                    break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise DemoError(f"the {name} edge function did not start (see {log_path})")
                time.sleep(0.1)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@contextmanager
def logs_to(path: Path, level: str = "INFO") -> Iterator[None]:
    """The workers' and sandbox's logs (structured, never a token or a body: :mod:`relance.logsafe`) go to a
    file while the demo runs, at ``RELANCE_LOG_LEVEL``, as a deployed worker's would; the terminal shows the
    timeline only."""
    logsafe.install()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(level)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()


@contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so every ``finally`` runs and no Deno process is left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class DemoError(Exception):
    """The demo could not run; the message says what to look at."""


# --------------------------------------------------------------------------------------- the run


@dataclass
class Outcome:
    team_id: uuid.UUID
    statuses: dict[str, str]  # story key -> tracked email status at the end
    expected: dict[str, str]
    violations: int
    timeline: list[str]
    seconds: float
    edge_functions: tuple[str, ...]  # their URLs: nothing answers there once the demo is over
    report: Path | None = None  # the week's report (relance report), a self-contained HTML page

    @property
    def as_expected(self) -> bool:
        return self.statuses == self.expected and self.violations == 0


@dataclass
class Mailbox:
    provider: str
    user: Person
    user_id: uuid.UUID
    mailbox_id: uuid.UUID | None = None


@dataclass
class Demo:
    cfg: Config
    db_url: str
    out: Printer
    sandbox: RunningSandbox
    webhook_url: str
    monday: dt.date
    conn: psycopg.Connection[Any]  # superuser: set-up, and pg_cron's part (the scheduler tick)
    worker_conn: db.Conn  # service_role, as the workers connect
    now: dt.datetime  # the driven clock: the sandbox's, the worker's, and p_now of every SQL call
    team_id: uuid.UUID = field(default_factory=uuid.uuid4)
    mailboxes: dict[str, Mailbox] = field(default_factory=dict)
    sent_ids: dict[str, str] = field(default_factory=dict)  # story key -> Message-ID of the tracked email
    names: dict[str, str] = field(default_factory=dict)  # address -> name shown in the timeline
    last_event_id: int = 0
    worker: Worker | None = None
    connector: Connector | None = None
    gmail_push_url: str = ""  # the gmail-push edge function, with its secret; empty: no Gmail mailbox
    apps: dict[str, dict[str, str]] = field(default_factory=dict)

    # ------------------------------------------------------------------ set-up

    def remove_previous(self) -> int:
        rows = self.conn.execute(
            "delete from public.teams where name = %s and %s = any(domains) returning id", (TEAM_NAME, DOMAIN)
        ).fetchall()
        self.conn.execute("delete from auth.users where email = any(%s)", ([u.address for u in USERS.values()],))
        return len(rows)

    def create_team(self) -> None:
        claire = self._user(CLAIRE)
        with self.acting_as(claire):
            row = self.conn.execute("select id from public.create_team(%s, %s)", (TEAM_NAME, [DOMAIN])).fetchone()
            assert row is not None
            self.team_id = row[0]
            self.conn.execute(
                "select public.set_team_settings(%s, %s::jsonb)",
                (self.team_id, json.dumps({"time_zone": TIME_ZONE, "holiday_calendar": "fr"})),
            )
        self.mailboxes["graph"] = Mailbox("graph", CLAIRE, claire)
        thomas = self._user(THOMAS)
        self.conn.execute(
            "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (self.team_id, thomas)
        )
        self.mailboxes["gmail"] = Mailbox("gmail", THOMAS, thomas)

    def _user(self, person: Person) -> uuid.UUID:
        user_id = uuid.uuid4()
        self.conn.execute(
            "insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data)"
            " values (%s, 'authenticated', 'authenticated', %s, '{}', %s::jsonb)",
            (user_id, person.address, json.dumps({"full_name": person.name})),
        )
        return user_id

    @contextmanager
    def acting_as(self, user_id: uuid.UUID, role: str = "authenticated") -> Iterator[None]:
        """A request of that signed-in user, as the Data API runs it (role authenticated, JWT claims); role
        service_role for a call that passes the demo's instant (`p_now`), which a user may not choose."""
        claims = {"role": role, "sub": str(user_id), "aud": "authenticated"}
        with self.conn.transaction():
            self.conn.execute(sql.SQL("set local role {}").format(sql.Identifier(role)))
            self.conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
            yield

    def settings_line(self) -> str:
        row = self.conn.execute(
            "select max_followups, followup_interval, working_hours_start, working_hours_end, time_zone,"
            " holiday_calendar from public.team_settings where team_id = %s",
            (self.team_id,),
        ).fetchone()
        assert row is not None
        hours = row[1].total_seconds() / 3600
        return (
            f"{row[0]} follow-ups at most, {hours:g} working hours apart, {row[2]:%H:%M}-{row[3]:%H:%M} "
            f"Monday-Friday, {row[4]}, holidays: {row[5] or 'none'}"
        )

    def write_templates(self) -> str:
        """R16, as the team's admin and each user would: the follow-up templates (French A/B and English) through
        the admin RPCs, and each user confirms their mailbox's signature."""
        claire = self.mailboxes["graph"].user_id
        with self.acting_as(claire):
            for step, language, variant, body in TEMPLATES:
                self.conn.execute(
                    "select public.create_followup_template(%s, %s, %s, %s, p_variant => %s)",
                    (self.team_id, step, language, body, variant),
                )
        signed = []
        for box in self.mailboxes.values():
            if box.mailbox_id is None:
                continue
            with self.acting_as(box.user_id):
                self.conn.execute(
                    "select public.confirm_mailbox_signature(%s, %s)", (box.mailbox_id, SIGNATURES[box.provider])
                )
            signed.append(box.user.name.split()[0])
        return (
            "templates: follow-up 1 in French (variants A and B) and in English, built-in texts after it;"
            f" signatures confirmed by {' and '.join(signed)}"
        )

    def make_connector(self) -> None:
        """The workers' configuration, pointed at the sandbox: a Microsoft app registration (tenant of
        cabinet-durand.fr) and a Google OAuth client, the CA to trust, the edge functions' URLs."""
        control = self.sandbox.control
        app = control.create_graph_app(DOMAIN)
        google = control.create_google_client()
        self.apps = {"graph": app, "gmail": google}
        cfg = Config(
            {
                **self.cfg.values,
                "SUPABASE_DB_URL": self.db_url,
                "GRAPH_AUTHORITY_HOST": self.sandbox.url,
                "GRAPH_API_URL": self.sandbox.url,
                "GRAPH_TENANT_ID": app["tenant_id"],
                "GRAPH_CLIENT_ID": app["client_id"],
                "GRAPH_CLIENT_SECRET": app["client_secret"],
                "GRAPH_CA_BUNDLE": str(self.sandbox.ca_path),
                "GRAPH_WEBHOOK_URL": self.webhook_url,
                "GOOGLE_CLIENT_ID": google["client_id"],
                "GOOGLE_CLIENT_SECRET": google["client_secret"],
                "GOOGLE_TOKEN_URI": google["token_uri"],
                "GMAIL_API_URL": self.sandbox.url,
                "GOOGLE_CA_BUNDLE": str(self.sandbox.ca_path),
                "GOOGLE_PUBSUB_TOPIC": PUBSUB_TOPIC if self.gmail_push_url else "",
            }
        )
        self.connector = Connector.from_config(cfg, self.worker_conn, lambda: self.now)
        self.worker = Worker(self.connector)

    def connect_outlook(self) -> None:
        """What ``relance connect graph --refresh-token-stdin`` does: the mailbox, its sealed delegated
        credentials, the two subscriptions (Inbox, Sent Items), the first (empty) backfill."""
        assert self.connector is not None
        box = self.mailboxes["graph"]
        control = self.sandbox.control
        control.create_graph_user(box.user.address, box.user.name)
        box.mailbox_id = db.connect_mailbox(
            self.worker_conn, self.team_id, box.user_id, "graph", box.user.address, box.user.name, self.now
        )
        refresh = control.graph_refresh_token(self.apps["graph"]["client_id"], box.user.address)["refresh_token"]
        connect_with_refresh_token(self.connector.app, self.connector.store, box.mailbox_id, refresh)
        client = self.connector.client(box.mailbox_id, box.user.address)
        subscriptions.subscribe_all(self.worker_conn, client, box.mailbox_id, self.webhook_url, self.now)
        self.connector.sync(box.mailbox_id)

    def connect_gmail(self) -> None:
        """What ``relance connect gmail --refresh-token-stdin`` does: the mailbox, its checked and sealed
        grant, users.watch on INBOX and SENT (pushes reach the gmail-push edge function through the
        sandbox's Pub/Sub push subscription), the first (empty) backfill."""
        assert self.connector is not None
        box = self.mailboxes["gmail"]
        control = self.sandbox.control
        control.configure(gmail_push_min_interval=0)
        control.create_gmail_user(box.user.address)
        control.create_pubsub_subscription(PUBSUB_TOPIC, self.gmail_push_url, audience=PUSH_AUDIENCE)
        box.mailbox_id = db.connect_mailbox(
            self.worker_conn, self.team_id, box.user_id, "gmail", box.user.address, box.user.name, self.now
        )
        refresh = control.google_refresh_token(self.apps["gmail"]["client_id"], box.user.address)["refresh_token"]
        connect_gmail_mailbox(self.connector, box.mailbox_id, box.user.address, refresh)
        client = self.connector.gmail_client(box.mailbox_id, box.user.address)
        subscriptions.watch_gmail(self.worker_conn, client, box.mailbox_id, PUBSUB_TOPIC)
        self.connector.sync_gmail(box.mailbox_id)

    # ------------------------------------------------------------------ the world acts

    def act(self, story: Story, act: Act) -> str:
        """Do ``act`` in the sandbox; returns the line the timeline shows for it."""
        control = self.sandbox.control
        user = USERS[story.provider]
        person = story.person
        first = person.name.split()[0]
        if act.kind == "send":
            greeting, signature = (GREETING_EN, SIGNATURE_EN) if story.english else (GREETING, SIGNATURE)
            body = greeting.format(first=first) + act.text + signature.format(name=user.name)
            sent = control.send_by_hand(user.address, [person.header], body, story.subject)
            self.sent_ids[story.key] = str(sent["internet_message_id"])
            return f"{user.name} writes “{story.subject}” ({_client(story.provider)})"
        original = self.sent_ids[story.key]
        if act.kind == "by_hand":
            body = GREETING.format(first=first) + act.text + SIGNATURE.format(name=user.name)
            control.send_by_hand(user.address, [person.header], body, in_reply_to=original)
            return f"{user.name} follows up by hand from {_client(story.provider)}"
        if act.kind in ("reply", "opt_out"):
            client = "outlook" if story.provider == "graph" else "other"
            text = act.text + (person.signature if act.kind == "reply" and person.title else "")
            control.deliver_reply(user.address, person.header, original, text, client=client)
            return f"{first} answers: “{_first_line(act.text)}”"
        if act.kind == "writes":
            control.deliver(user.address, person.header, act.subject, act.text + person.signature)
            return f"{first} writes a new email: “{act.subject}”"
        if act.kind == "away":
            back = self.monday + dt.timedelta(days=act.until_day)
            text = (
                f"Bonjour,\n\nJe suis absent du bureau jusqu'au {french_date(back)} inclus, avec un accès limité"
                " à mes emails. Je vous répondrai dès mon retour.\n\nJulien Petit"
            )
            control.deliver_auto_reply(
                user.address, person.header, original, text=text, subject_prefix="Réponse automatique : "
            )
            return f"automatic reply: absent until {french_date(back)} inclusive"
        if act.kind == "bounce":
            control.deliver_bounce(user.address, original)
            return f"the server of {person.address.split('@')[1]} refuses: 550 5.1.1 recipient not found"
        raise ValueError(f"unknown act {act.kind}")

    # ------------------------------------------------------------------ the clock

    def expected_notifications(self) -> int:
        """Every message in a subscribed folder (Inbox, Sent Items) gave one change notification."""
        total = 0
        for box in self.mailboxes.values():
            if box.provider == "graph" and box.mailbox_id is not None:
                messages = self.sandbox.control.graph_messages(box.user.address)
                total += sum(1 for m in messages if m["folder"] in ("inbox", "sentitems") and not m["is_draft"])
        return total

    def settle(self, timeout: float = 30.0) -> None:
        """Wait until the sandbox delivered every change notification to the edge function (which queued
        it in Postgres before answering 202)."""
        want = self.expected_notifications()
        deadline = time.monotonic() + timeout
        while True:
            done = [d for d in self.sandbox.control.deliveries() if d["kind"] == "graph.notification" and d["ok"]]
            if len(done) >= want and self.pushes_quiet():
                return
            if time.monotonic() > deadline:
                raise DemoError(f"{len(done)} of {want} change notifications reached the edge function")
            time.sleep(0.02)

    def pushes_quiet(self, quiet: float = 0.03) -> bool:
        """Gmail pushes carry only a historyId (and each worker pass reads the history anyway): wait only
        until the sandbox has stopped pushing for a moment, so the timeline stays in order."""
        if not self.gmail_push_url:
            return True
        before = len(self.sandbox.control.deliveries())
        time.sleep(quiet)
        return len(self.sandbox.control.deliveries()) == before

    def tick(self, at: dt.datetime) -> None:
        """pg_cron's minute at a driven instant: due follow-ups move to the queue."""
        self.conn.execute("select worker.run_followup_scheduler(%s)", (at,))

    def next_due(self) -> dt.datetime | None:
        row = self.conn.execute(
            "select min(f.due_at) from public.followups as f"
            " join public.tracked_emails as t on t.id = f.tracked_email_id"
            " where f.team_id = %s and f.status = 'scheduled' and t.status = 'active'",
            (self.team_id,),
        ).fetchone()
        return row[0] if row else None

    def next_renewal(self) -> dt.datetime | None:
        """When the worker's hourly renewal job next has something to do: a day before the first of the
        demo's subscriptions expires. The clock stops there too, as the real worker would be running."""
        ours = {b.mailbox_id for b in self.mailboxes.values()}
        expiring = [
            s["expires_at"]
            for s in db.list_expiring_subscriptions(self.worker_conn, dt.datetime.max.replace(tzinfo=dt.UTC))
            if s["mailbox_id"] in ours
        ]
        return min(expiring) - subscriptions.RENEW_BEFORE + dt.timedelta(minutes=1) if expiring else None

    def step(self, at: dt.datetime, acts: list[tuple[Story, Act]]) -> None:
        assert self.worker is not None
        self.now = at
        self.sandbox.control.set_clock(at.astimezone(dt.UTC).isoformat())
        for story, act in acts:
            self.out.event(at, story.person.name, self.act(story, act), world=True)
        self.settle()
        self.tick(at)
        done = self.worker.pass_once()
        if done.get("renewed"):
            until = _local(at + subscriptions.LIFETIME)
            self.out.event(at, "worker", f"{done['renewed']} Graph subscriptions renewed (now expire {until})")
        self.settle()
        self.worker.pass_once(("events",))
        self.show_events()

    def show_events(self) -> None:
        rows = self.conn.execute(
            "select e.id, e.occurred_at, e.kind, e.reason, t.recipients, m.address"
            " from public.events as e"
            " left join public.tracked_emails as t on t.id = e.tracked_email_id"
            " left join public.mailboxes as m on m.id = e.mailbox_id"
            " where e.team_id = %s and e.id > %s order by e.occurred_at, e.id",
            (self.team_id, self.last_event_id),
        ).fetchall()
        for event_id, occurred_at, _kind, reason, recipients, mailbox in rows:
            self.last_event_id = max(self.last_event_id, int(event_id))
            who = ", ".join(self.names.get(a, a) for a in recipients) if recipients else str(mailbox or TEAM_NAME)
            self.out.event(occurred_at, who, reason)

    def play(self, stories: tuple[Story, ...]) -> None:
        script = sorted(
            ((local_instant(self.monday, a.day, a.at), i, s, a) for i, s in enumerate(stories) for a in s.acts),
            key=lambda x: (x[0], x[1]),
        )
        end = local_instant(self.monday, END_DAY, END_AT)
        at = local_instant(self.monday, 0, "08:00")
        while at <= end:
            acts = [(s, a) for when, _, s, a in script if when == at]
            self.step(at, acts)
            upcoming = [when for when, _, _, _ in script if when > at]
            candidates = [c for c in (*upcoming[:1], self.next_due(), self.next_renewal()) if c is not None]
            following = max(min(candidates), at + dt.timedelta(minutes=1)) if candidates else end + dt.timedelta(1)
            if following > end and at < end:
                following = end
            at = following

    # ------------------------------------------------------------------ the end

    def summary(self, stories: tuple[Story, ...]) -> dict[str, str]:
        rows = self.conn.execute(
            "select recipients, subject, status::text, automatic_sent, manual_detected, total_followups,"
            " next_followup_due_at, answered_at, mailbox_address"
            " from public.followup_activity_summary where team_id = %s order by sent_at",
            (self.team_id,),
        ).fetchall()
        table = [("recipient", "subject", "status", "auto", "manual", "total", "next due", "answered at")]
        for recipients, subject, status, automatic, manual, total, due, answered, _mailbox in rows:
            table.append(
                (
                    ", ".join(self.names.get(a, a) for a in recipients),
                    _short(str(subject), 42),
                    str(status),
                    str(automatic),
                    str(manual),
                    str(total),
                    _local(due),
                    _local(answered),
                )
            )
        widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
        numeric = {3, 4, 5}
        self.out.heading("followup_activity_summary")
        for n, row in enumerate(table):
            cells = [
                c.rjust(w) if i in numeric and n else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            self.out.say("  " + "  ".join(cells).rstrip())
            if n == 0:
                self.out.say("  " + "  ".join("-" * w for w in widths))
        statuses = {}
        by_subject = {str(r[1]): str(r[2]) for r in rows}
        for story in stories:
            statuses[story.key] = by_subject.get(story.subject, "not tracked")
        return statuses

    def totals(self) -> int:
        row = self.conn.execute(
            "select count(*), coalesce(sum(automatic_sent), 0), coalesce(sum(manual_detected), 0),"
            " count(*) filter (where status = 'replied'), count(*) filter (where status = 'opted_out'),"
            " count(*) filter (where status = 'bounced'), count(*) filter (where status = 'completed')"
            " from public.tracked_emails where team_id = %s",
            (self.team_id,),
        ).fetchone()
        assert row is not None
        held = self.conn.execute(
            "select count(distinct tracked_email_id) from public.events where team_id = %s and kind = 'held'",
            (self.team_id,),
        ).fetchone()
        violations = self.conn.execute(
            "select count(*) from public.followup_promise_violations where team_id = %s", (self.team_id,)
        ).fetchone()
        count = int(violations[0]) if violations else 0
        self.out.heading("totals")
        self.out.say(
            f"  {row[0]} tracked emails · {row[1]} automatic follow-ups sent · {row[2]} manual follow-up(s) counted"
        )
        self.out.say(
            f"  stopped: {row[3]} replied, {row[4]} opted out, {row[5]} bounced · {row[6]} completed after the "
            f"maximum · {held[0] if held else 0} held for an out-of-office"
        )
        verdict = "empty: no follow-up was sent after an answer" if count == 0 else f"{count} VIOLATION(S)"
        self.out.say(f"  R13 check, followup_promise_violations: {verdict}")
        return count

    def contacts(self) -> int:
        """The intelligence loop over the week's mail (as the hourly autofill and the worker would run it):
        the people the team wrote to or heard from become contacts, their signatures facts. Prints each contact
        with its current values and what waits for a human; returns how many contacts."""
        from relance.intelligence.autofill import IntelligenceWorker

        with self.acting_as(self.mailboxes["graph"].user_id, role="service_role"):
            self.conn.execute("select public.run_autofill_now(%s, 1000, %s)", (self.team_id, self.now))
        worker = IntelligenceWorker(self.worker_conn, now_fn=lambda: self.now)
        while worker.run_once():
            pass
        rows = self.conn.execute(
            "select c.address, coalesce(c.name, ''), coalesce(c.title, ''), coalesce(o.name, c.company, ''),"
            " coalesce(c.phone_mobile, c.phone_landline, ''),"
            " (select count(*) from public.contact_facts f where f.contact_id = c.id and f.status = 'suggested')"
            " from public.contacts c left join public.organisations o on o.id = c.organisation_id"
            " where c.team_id = %s order by c.address",
            (self.team_id,),
        ).fetchall()
        self.out.heading(
            "contacts (names from the mail's display names and signatures, read by the intelligence loop;"
            " suggestions wait for a human)"
        )
        table = [("contact", "name", "title", "organisation", "phone", "suggested")]
        table += [(str(a), str(n), _short(str(t), 24), _short(str(o), 24), str(p), str(k)) for a, n, t, o, p, k in rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
        for n, row in enumerate(table):
            self.out.say("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
            if n == 0:
                self.out.say("  " + "  ".join("-" * w for w in widths))
        return len(rows)

    def wind_down(self) -> None:
        """Nothing of the demo acts after it: the subscriptions go (at the sandbox and in the database)
        and the team is paused, so the real pg_cron tick never queues its leftovers."""
        if self.connector is not None:
            for sub in db.list_expiring_subscriptions(self.worker_conn, dt.datetime.max.replace(tzinfo=dt.UTC)):
                box = next((b for b in self.mailboxes.values() if b.mailbox_id == sub["mailbox_id"]), None)
                if box is None or box.mailbox_id is None:
                    continue
                if sub["provider"] == "gmail":
                    client = self.connector.gmail_client(box.mailbox_id)
                    subscriptions.stop_gmail(self.worker_conn, client, box.mailbox_id, "demo over")
                else:
                    self.connector.client(box.mailbox_id).delete_subscription(str(sub["external_id"]))
                    db.remove_provider_subscription(self.worker_conn, str(sub["external_id"]), "demo over")
        with self.acting_as(self.mailboxes["graph"].user_id, role="service_role"):
            self.conn.execute("select public.pause_team(%s, %s, %s)", (self.team_id, "the demo week is over", self.now))


def _client(provider: str) -> str:
    return "Outlook" if provider == "graph" else "Gmail"


def _first_line(text: str) -> str:
    return _short(text.strip().splitlines()[0], 70)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _local(value: dt.datetime | None) -> str:
    return value.astimezone(PARIS).strftime("%a %d %b %H:%M") if value else "-"


def run(
    cfg: Config,
    db_url: str | None = None,
    out: TextIO = sys.stdout,
    *,
    state_dir: Path = STATE_DIR,
    now: dt.datetime | None = None,
    stories: tuple[Story, ...] = STORIES,
    with_gmail: bool = True,
) -> Outcome:
    """Replay the demo week against ``db_url`` (default: the configured app database), printing to ``out``.

    ``now`` is the one instant every clock starts from (default: the real now, read here and nowhere else):
    the week replayed is the one after it, and the sandbox's clock stands at it until the week begins."""
    started = time.monotonic()
    url = db_url or cfg.db_url
    printer = Printer(out)
    now = now or dt.datetime.now(dt.UTC)
    monday = first_monday_after(now.astimezone(PARIS).date())
    names = {s.person.address: s.person.name for s in stories} | {u.address: u.name for u in USERS.values()}
    with (
        stopped_by_sigterm(),
        logs_to(state_dir / "workers.log", cfg["RELANCE_LOG_LEVEL"]),
        psycopg.connect(url, autocommit=True) as conn,
    ):
        printer.progress(f"starting the provider sandbox (Graph and Gmail over HTTPS, state in {_shown(state_dir)})")
        with (
            serve("127.0.0.1", 0, state_dir / "sandbox", Clock(now)) as sandbox,
            edge_function("graph-webhook", url, state_dir / "graph-webhook.log") as webhook,
            edge_function(
                "gmail-push",
                url,
                state_dir / "gmail-push.log",
                {
                    "GMAIL_PUSH_AUDIENCE": PUSH_AUDIENCE,
                    "GMAIL_PUSH_SERVICE_ACCOUNT": PUBSUB_SERVICE_ACCOUNT,
                    "GOOGLE_OIDC_JWKS_URL": f"{sandbox.url}/oauth2/v3/certs",
                    "DENO_CERT": str(sandbox.ca_path),
                },
            ) as gmail_push,
            db.connect(url) as worker_conn,
        ):
            printer.progress(f"sandbox at {sandbox.url}; edge functions (Deno) at {webhook} and {gmail_push}")
            start = local_instant(monday, 0, "08:00")
            sandbox.control.set_clock(start.astimezone(dt.UTC).isoformat())
            demo = Demo(cfg, url, printer, sandbox, webhook, monday, conn, worker_conn, start, names=names)
            demo.gmail_push_url = gmail_push if with_gmail else ""
            if demo.remove_previous():
                printer.progress("removed the previous demo team")
            demo.create_team()
            printer.progress(f"team “{TEAM_NAME}” ({DOMAIN}): {demo.settings_line()}")
            demo.make_connector()
            demo.connect_outlook()
            printer.progress(f"connected {CLAIRE.address} (Outlook): subscribed to Inbox and Sent Items")
            if with_gmail:
                demo.connect_gmail()
                printer.progress(f"connected {THOMAS.address} (Gmail): watching INBOX and SENT")
            printer.progress(demo.write_templates())
            played = tuple(s for s in stories if s.provider == "graph" or with_gmail)
            last = monday + dt.timedelta(days=END_DAY)
            printer.heading(
                f"The week of {monday:%a %d %b %Y} to {last:%a %d %b}, Europe/Paris"
                f" ({len(played)} tracked emails; driven clock; ✉ the world, → the engine's reasons)"
            )
            demo.play(played)
            statuses = demo.summary(played)
            violations = demo.totals()
            demo.contacts()
            page = report.write(conn, str(demo.team_id), monday, last, state_dir / "report.html")
            printer.progress(f"the week's report (open it in a browser): {page}")
            demo.wind_down()
            seconds = time.monotonic() - started
            printer.say()
            printer.progress(
                f"done in {seconds:.0f} s; the demo team is paused and its subscriptions removed;"
                f" re-running the demo replaces it; worker logs in {_shown(state_dir / 'workers.log')}"
            )
            expected = {s.key: s.expected for s in played}
            edge = (webhook, gmail_push)
            return Outcome(demo.team_id, statuses, expected, violations, printer.lines, seconds, edge, page)


def _shown(path: Path) -> str:
    with suppress(ValueError):
        return str(path.relative_to(REPO_ROOT))
    return str(path)
