"""Scenario tests read as stories: a team, a mailbox, a driven clock, and normalised messages.

`Story` speaks only the engine's SQL API (DESIGN.md contract): `ingest_message`, the scheduler, and a
worker that follows R9's protocol (claim, identity stored, final claim in the sending transaction,
complete). Instants are written in the mailbox's time zone: `story.at("Mon 2026-11-23 16:00")`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from psycopg.rows import dict_row

from tests.pg import make_user

Row = dict[str, Any]


@dataclass
class Sent:
    """An outbound message as the mailbox sent it."""

    provider_message_id: str
    internet_message_id: str
    thread: str
    subject: str
    to: list[str]
    references: list[str] = field(default_factory=list)


def addr(address: str, name: str | None = None) -> dict[str, str]:
    return {"address": address, "name": name or address.split("@")[0].title()}


class Story:
    def __init__(
        self,
        conn: psycopg.Connection[Any],
        *,
        time_zone: str = "Europe/Paris",
        holiday_calendar: str | None = "fr",
        domains: tuple[str, ...] = ("cabinet-durand.fr",),
        address: str = "claire@cabinet-durand.fr",
        **settings: Any,
    ) -> None:
        self.conn = conn
        self.tz = ZoneInfo(time_zone)
        self.owner = make_user(conn, address)
        team = conn.execute(
            "insert into public.teams (name, domains) values ('Cabinet Durand', %s) returning id", (list(domains),)
        ).fetchone()
        assert team
        self.team_id: uuid.UUID = team[0]
        conn.execute(
            "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'owner')",
            (self.team_id, self.owner),
        )
        conn.execute(
            "update public.team_settings set time_zone = %s, holiday_calendar = %s where team_id = %s",
            (time_zone, holiday_calendar, self.team_id),
        )
        for key, value in settings.items():
            conn.execute(f"update public.team_settings set {key} = %s where team_id = %s", (value, self.team_id))
        self.mailbox_id = self.add_mailbox(address, self.owner)
        self.address = address
        self._n = 0

    def add_mailbox(self, address: str, owner: uuid.UUID, provider: str = "graph") -> uuid.UUID:
        row = self.conn.execute(
            "insert into public.mailboxes (team_id, owner_id, provider, address) values (%s, %s, %s, %s) returning id",
            (self.team_id, owner, provider, address),
        ).fetchone()
        assert row
        return row[0]

    # Time ------------------------------------------------------------------------------------------------
    def at(self, text: str) -> datetime:
        """`Mon 2026-11-23 16:00` (the weekday is checked) in the mailbox's zone."""
        day, rest = text.split(" ", 1)
        moment = datetime.strptime(rest, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        assert moment.strftime("%a") == day, f"{rest} is a {moment.strftime('%a')}, not a {day}"
        return moment

    def local(self, moment: datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(self.tz).strftime("%a %Y-%m-%d %H:%M")

    def _id(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}-{self._n}-{uuid.uuid4().hex[:6]}"

    # Mail -------------------------------------------------------------------------------------------------
    def ingest(self, message: dict[str, Any], now: datetime | None = None, mailbox: uuid.UUID | None = None) -> Row:
        row = self.conn.execute(
            "select public.ingest_message(%s, %s, %s)",
            (mailbox or self.mailbox_id, json.dumps(message, default=str), now),
        ).fetchone()
        assert row
        return dict(row[0])

    def send(
        self,
        when: str,
        to: list[str],
        subject: str = "Votre projet d'investissement",
        *,
        cc: list[str] | None = None,
        reply_to: Sent | None = None,
        headers: dict[str, str] | None = None,
        provider_message_id: str | None = None,
        internet_message_id: str | None = None,
    ) -> Sent:
        """The user sends a message (seen in Sent Items); a reply when `reply_to` is given."""
        refs = [*reply_to.references, reply_to.internet_message_id] if reply_to else []
        sent = Sent(
            provider_message_id=provider_message_id or self._id("AAMk-sent"),
            internet_message_id=internet_message_id or f"<{self._id('out')}@cabinet-durand.fr>",
            thread=reply_to.thread if reply_to else self._id("conv"),
            subject=("RE: " + reply_to.subject) if reply_to and subject == "Votre projet d'investissement" else subject,
            to=to,
            references=refs,
        )
        moment = self.at(when)
        self.last_result = self.ingest(
            {
                "provider_message_id": sent.provider_message_id,
                "provider_thread_id": sent.thread,
                "internet_message_id": sent.internet_message_id,
                "in_reply_to": refs[-1] if refs else None,
                "references": refs,
                "folder": "sent",
                "from": addr(self.address),
                "to": [addr(a) for a in to],
                "cc": [addr(a) for a in cc or []],
                "subject": sent.subject,
                "sent_at": moment.isoformat(),
                "received_at": moment.isoformat(),
                "headers": headers or {},
            },
            moment,
        )
        return sent

    def receive(
        self,
        when: str,
        sender: str,
        *,
        reply_to: Sent | None = None,
        subject: str | None = None,
        thread: str | None = None,
        analysis: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        provider_message_id: str | None = None,
        internet_message_id: str | None = None,
        body: str = "Merci, je reviens vers vous.",
    ) -> Row:
        """Mail arrives in the inbox, by default a human reply in `reply_to`'s thread."""
        refs = [*reply_to.references, reply_to.internet_message_id] if reply_to else []
        moment = self.at(when)
        return self.ingest(
            {
                "provider_message_id": provider_message_id or self._id("AAMk-in"),
                "provider_thread_id": thread or (reply_to.thread if reply_to else self._id("conv")),
                "internet_message_id": internet_message_id or f"<{self._id('in')}@client.example>",
                "in_reply_to": refs[-1] if refs else None,
                "references": refs,
                "folder": "inbox",
                "from": addr(sender),
                "to": [addr(self.address)],
                "subject": subject or ("RE: " + reply_to.subject if reply_to else "Bonjour"),
                "sent_at": moment.isoformat(),
                "received_at": moment.isoformat(),
                "headers": headers or {},
                "body_text": body,
                "analysis": analysis or {"kind": "human", "opt_out": False},
            },
            moment,
        )

    # The engine ---------------------------------------------------------------------------------------------
    def tick(self, when: str) -> int:
        row = self.conn.execute("select public.run_followup_scheduler(%s)", (self.at(when),)).fetchone()
        assert row
        return int(row[0])

    def work(self, when: str, *, echo: bool = True) -> list[Row]:
        """A worker drains the queue at `when`: R9's protocol, the provider send stood in for. With `echo`,
        the sent follow-up then shows up in Sent Items, as it does for real."""
        moment = self.at(when)
        outcomes: list[Row] = []
        msgs = self.conn.execute("select msg_id, followup_id from public.read_followup_queue(100, 300, 5)").fetchall()
        for msg_id, followup_id in msgs:
            claim = self.claim(followup_id, moment)
            if claim["ok"]:
                claim = self.send_claimed(claim, moment, echo=echo)
            outcomes.append(claim)
            self.conn.execute("select public.ack_followup_message(%s)", (msg_id,))
        return outcomes

    def claim(self, followup_id: uuid.UUID, moment: datetime, token: str | None = None) -> Row:
        row = self.conn.execute("select public.claim_followup(%s, %s, %s)", (followup_id, moment, token)).fetchone()
        assert row
        return dict(row[0])

    def send_claimed(self, claim: Row, moment: datetime, *, echo: bool = True) -> Row:
        fid, token = claim["followup_id"], claim["claim_token"]
        message_id = f"<relance-{fid}@cabinet-durand.fr>"
        self.conn.execute(
            "select public.record_followup_identity(%s, %s, %s, %s, %s)",
            (fid, token, f"draft-{fid}", message_id, moment),
        )
        with self.conn.transaction():
            final = self.claim(fid, moment, token)
            if not final["ok"]:
                return final
            self.conn.execute(
                "select public.complete_followup(%s, %s, %s, %s, %s, %s)",
                (fid, token, moment, f"AAMk-relance-{fid}", message_id, moment),
            )
        if echo:
            reply_to = claim["reply_to"]
            self.ingest(
                {
                    "provider_message_id": f"AAMk-relance-{fid}",
                    "provider_thread_id": claim["provider_thread_id"],
                    "internet_message_id": message_id,
                    "in_reply_to": reply_to["internet_message_id"],
                    "references": reply_to["references"],
                    "folder": "sent",
                    "from": addr(self.address),
                    "to": [addr(a) for a in claim["recipients"]],
                    "subject": "RE: " + (claim["subject"] or ""),
                    "sent_at": moment.isoformat(),
                    "received_at": moment.isoformat(),
                    "headers": {"x-relance-followup-id": str(fid)},
                },
                moment,
            )
        return final

    # Reading -----------------------------------------------------------------------------------------------
    def _rows(self, query: str, *args: Any) -> list[Row]:
        with self.conn.cursor(row_factory=dict_row) as cur:
            return cur.execute(query, args).fetchall()

    def tracked(self, sent: Sent) -> Row:
        rows = self._rows(
            """select s.* from public.followup_activity_summary s
               join public.messages m on m.id = (select message_id from public.tracked_emails
                                                 where id = s.tracked_email_id)
               where m.internet_message_id = %s""",
            sent.internet_message_id,
        )
        assert len(rows) == 1, f"{sent.internet_message_id} is tracked {len(rows)} times"
        return rows[0]

    def is_tracked(self, sent: Sent) -> bool:
        return bool(
            self._rows(
                """select 1 from public.tracked_emails t join public.messages m on m.id = t.message_id
                   where m.internet_message_id = %s""",
                sent.internet_message_id,
            )
        )

    def followups(self, sent: Sent) -> list[Row]:
        return self._rows(
            "select * from public.followups where tracked_email_id = %s order by created_at, seq",
            self.tracked(sent)["tracked_email_id"],
        )

    def pending(self, sent: Sent) -> Row | None:
        rows = [f for f in self.followups(sent) if f["status"] in ("scheduled", "queued", "claimed", "sending")]
        assert len(rows) <= 1
        return rows[0] if rows else None

    def due(self, sent: Sent) -> str | None:
        pending = self.pending(sent)
        return self.local(pending["due_at"]) if pending else None

    def timeline(self, sent: Sent) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "select kind, reason from public.get_timeline(%s)", (self.tracked(sent)["tracked_email_id"],)
        ).fetchall()
        return [(k, r) for k, r in rows]

    def violations(self) -> list[Row]:
        return self._rows("select * from public.followup_promise_violations")
