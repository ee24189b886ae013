"""The provider seam: what the workers need of a mail provider, and nothing else.

The R9 send protocol (:mod:`relance.sender`), the sync round with its poison handling and dead letters
(:mod:`relance.sync`), and the worker loops (:mod:`relance.worker`) are written once, over
:class:`MailProvider`. Microsoft Graph (:class:`relance.providers.graph_provider.GraphProvider`) and Gmail
(:class:`relance.providers.gmail_provider.GmailProvider`) implement it on top of their HTTP clients
(:class:`~relance.providers.graph.GraphMailbox`, :class:`~relance.providers.gmail.GmailMailbox`), which keep
the transport: authentication, the request slots, retries (:mod:`relance.providers.retry`) and the error
mapping (:mod:`relance.providers.errors`).

The operations, in the order R9 uses them:

- ``find_sent``: the last look for a follow-up that already has an identity (a draft id, a Message-ID): its
  copy in Sent carrying ``X-Relance-Followup-Id``, or None. A send whose answer was lost is made safe by
  this look, never by retrying the send itself.
- ``conversation``: the thread as the provider has it now (the last look before sending).
- ``prepare``: the reply in the thread with the ``X-Relance-Followup-Id`` header (Graph: a draft made with
  createReply and edited; Gmail: the RFC 822 message), and its identity, stored before sending.
- ``send``: send what ``prepare`` made; returns the provider's message id to record.
- ``discard``: drop what ``prepare`` made when the claim was lost (Graph deletes the draft).
- ``read_changes``: one round of changes since the stored cursors (Graph delta pages of Inbox and Sent
  Items; Gmail history, or a full sync when the cursor is gone), and the cursors to store after ingest.
- ``readable``: which fetched messages the engine reads, each with its normaliser.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

Normaliser = Callable[[dict[str, Any]], dict[str, Any]]
# A provider message and the normaliser that turns it into the contract dict ``ingest_message`` reads.
Readable = tuple[dict[str, Any], Normaliser]
Progress = Callable[[str, int, int], None]  # folder, pages so far, messages so far


def addressees(claim: dict[str, Any]) -> tuple[list[str], list[str]]:
    """To and Cc of a follow-up: the claim's recipients in the roles the tracked email gave them (``cc``: those
    it had in copy only), as a reply to all keeps them; everyone in To when nobody of To is left."""
    recipients = [str(r) for r in claim.get("recipients") or []]
    copied = {str(r) for r in claim.get("cc") or []}
    to = [r for r in recipients if r not in copied]
    if not to:
        return recipients, []
    return to, [r for r in recipients if r in copied]


def recipient_name(claim: dict[str, Any], address: str) -> str | None:
    """The name a follow-up addresses ``address`` by (the claim's ``names``: the email's To or Cc display, else
    the team's contact record), on one line (no line break can reach a header), or None: a bare address."""
    name = (claim.get("names") or {}).get(address)
    shown = " ".join(str(name).split()) if isinstance(name, str) else ""
    return shown[:200] or None


class RoundCounter(Protocol):
    """What a change round counts (:class:`relance.sync.SyncReport`)."""

    pages: int
    known: int
    resyncs: list[str]


@dataclass
class SentCopy:
    """A follow-up's copy found in Sent: normalised, with the instant it was sent."""

    normalised: dict[str, Any]
    sent_at: dt.datetime | None


@dataclass
class Prepared:
    """A follow-up ready to send: what R9 records before sending (``draft_id``, ``internet_message_id``),
    and what the provider needs to send it."""

    draft_id: str | None
    internet_message_id: str | None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class Changes:
    """One round of changes: the messages to ingest, and the cursors to store once they are ingested."""

    readable: list[Readable]
    cursors: dict[str, str]


class MailProvider(Protocol):
    """One mailbox of one provider, as the workers see it."""

    kind: str  # "graph" | "gmail": the value of public.mailboxes.provider
    address: str
    # Gmail's historyId only ever moves forward (``advance_sync_cursor``); Graph's deltaLinks are replaced.
    monotonic_cursor: bool

    def cursor_keys(self) -> tuple[str, ...]:
        """The names of the mailbox's sync cursors (Graph: one per folder; Gmail: ``history``)."""
        ...

    def read_changes(
        self,
        cursors: dict[str, str | None],
        unknown: Callable[[list[str]], list[str]],
        report: RoundCounter,
        progress: Progress | None,
    ) -> Changes:
        """Every change since ``cursors`` (all mail without one); ``unknown`` filters provider ids down to
        those the engine has not ingested (a full sync fetches only those)."""
        ...

    def readable(self, messages: Iterable[dict[str, Any]]) -> list[Readable]:
        """The fetched messages the engine reads (no drafts; Gmail: INBOX or SENT, not spam or trash)."""
        ...

    def get_message(self, message_id: str) -> dict[str, Any]: ...

    def get_mime(self, message_id: str) -> bytes: ...

    def find_sent(self, followup_id: uuid.UUID, claim: dict[str, Any]) -> SentCopy | None: ...

    def conversation(self, claim: dict[str, Any]) -> list[dict[str, Any]]: ...

    def prepare(
        self,
        followup_id: uuid.UUID,
        claim: dict[str, Any],
        conversation: list[dict[str, Any]],
        now: dt.datetime | None,
    ) -> Prepared: ...

    def send(self, prepared: Prepared) -> str: ...

    def discard(self, prepared: Prepared) -> None: ...
