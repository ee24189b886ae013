"""R9 sending: claim, last look, reply in thread, identity before sending, at most once; written once over
the provider seam (:mod:`relance.providers.seam`), for Graph and Gmail alike.

For each follow-up the queue hands out:

1. ``claim_followup`` (first claim). Refused: ack and stop; SQL said why.
2. A retry of a follow-up that already has an identity (a draft id or Message-ID) first looks for its copy
   in Sent (``find_sent``: Graph looks at the draft by its immutable id, then Sent Items; Gmail searches
   SENT) carrying the ``X-Relance-Followup-Id`` header. Found: ingest that copy and complete from it;
   never send again.
3. Last look: one round of the mailbox's changes since its sync cursors (an answer the provider filed in
   another conversation), then, when the team counts an answer in any of its mailboxes (R5), one round of
   each colleague's mailbox (an answer written to a colleague), then the conversation as the provider has it
   (``conversation``), all ingested (an answer that arrived a second ago stops the follow-up here), then
   check the claim again.
4. ``prepare`` the reply in the thread with the ``X-Relance-Followup-Id`` header (Graph: ``createReply``
   and an edited draft; Gmail: RFC 822 with ``In-Reply-To``, ``References``, the subject and a generated
   ``Message-ID``), then ``record_followup_identity`` (committed).
5. One transaction: the final ``claim_followup`` (with the token: it locks the tracked email, so an
   answer being ingested waits, R13), ``send``, ``complete_followup``. A crash before COMMIT leaves the
   identity behind, and step 2 finds the sent copy. A claim lost before sending ``discard``s what step 4
   made.

Failures map through :mod:`relance.providers.errors` to ``fail_followup`` (retry / permanent / reauth).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from relance import db
from relance.credentials import CredentialsError
from relance.providers.errors import GiveUp, NeedsReauth, ProviderError, RetryLater
from relance.providers.gmail import GmailMailbox
from relance.providers.gmail_provider import GmailProvider, gmail_reply, reply_subject
from relance.providers.graph import GraphMailbox
from relance.providers.graph_provider import GraphProvider
from relance.providers.normalise import with_analysis
from relance.providers.seam import MailProvider, SentCopy
from relance.sync import SyncReport, ingest, sync_round

__all__ = ["Outcome", "Sender", "gmail_reply", "reply_subject"]

log = logging.getLogger("relance.sender")

VISIBILITY_SECONDS = 300
MAX_DELIVERIES = 5
# A colleague's mailbox read by a last look is not read again for the next follow-ups of the next minute: a
# burst of follow-ups reads each colleague once, not once per follow-up (an answer written to a colleague in
# that minute is read by the sync loop, as it always is).
COLLEAGUE_LOOK_EVERY = dt.timedelta(seconds=60)

ClientFor = Callable[[uuid.UUID, str], GraphMailbox]
GmailFor = Callable[[uuid.UUID, str], GmailMailbox]
ProviderFor = Callable[[str, uuid.UUID, str], MailProvider]  # provider kind, mailbox id, address


@dataclass
class Outcome:
    followup_id: uuid.UUID
    result: str  # sent | found_sent | refused | retry | failed | reauth | ignored
    detail: str = ""


def _unread_guard(last_look: SyncReport) -> None:
    """R13: a message of the conversation that the last look had to set aside (public.dead_letters) may be
    the answer; nothing is sent in that conversation until a retry reads it."""
    if last_look.dead_letters:
        raise RetryLater(f"{last_look.dead_letters} message(s) of the conversation could not be read (dead letters)")


class Sender:
    """Sends due follow-ups. ``client_for`` and ``gmail_for`` hand out the mailbox's Graph and Gmail clients
    (``Connector.client``, ``Connector.gmail_client``); ``provider_for`` may replace both."""

    def __init__(
        self,
        conn: db.Conn,
        client_for: ClientFor,
        now: Callable[[], dt.datetime | None],
        gmail_for: GmailFor | None = None,
        provider_for: ProviderFor | None = None,
    ) -> None:
        self.conn = conn
        self.client_for = client_for
        self.now = now
        self.gmail_for = gmail_for
        self.provider_for = provider_for or self._provider
        self._colleagues_read: dict[uuid.UUID, dt.datetime] = {}

    def _provider(self, kind: str, mailbox_id: uuid.UUID, address: str) -> MailProvider:
        if kind == "gmail":
            if self.gmail_for is None:
                raise RetryLater("no Gmail connector in this worker")
            return GmailProvider(self.gmail_for(mailbox_id, address))
        return GraphProvider(self.client_for(mailbox_id, address))

    def run_once(self, batch: int = 10) -> list[Outcome]:
        """Up to ``batch`` follow-ups, read from the queue one at a time: a worker holds (hides from the
        others) only the one it is sending, so parallel workers share a burst evenly, and a worker that dies
        leaves one follow-up behind, whose claim the scheduler hands back (R9), not a batch hidden for the
        queue's visibility timeout."""
        outcomes = []
        for _ in range(batch):
            items = db.read_followup_queue(self.conn, 1, VISIBILITY_SECONDS, MAX_DELIVERIES, self.now())
            if not items:
                break
            for item in items:
                outcome = self.send(item["followup_id"])
                log.info("followup id=%s result=%s %s", outcome.followup_id, outcome.result, outcome.detail)
                outcomes.append(outcome)
                db.ack_followup_message(self.conn, item["msg_id"])
        return outcomes

    def send(self, followup_id: uuid.UUID) -> Outcome:
        claim = db.claim_followup(self.conn, followup_id, self.now())
        if not claim.get("ok"):
            return Outcome(followup_id, "refused", str(claim.get("reason")))
        token = uuid.UUID(str(claim["claim_token"]))
        try:
            mailbox_id, address = uuid.UUID(str(claim["mailbox_id"])), str(claim["mailbox_address"])
            provider = self.provider_for(str(claim.get("provider") or "graph"), mailbox_id, address)
            return self._send_claimed(followup_id, token, claim, provider)
        except NeedsReauth as exc:
            return self._fail(followup_id, token, str(exc), "reauth", None, "reauth")
        except GiveUp as exc:
            return self._fail(followup_id, token, str(exc), "permanent", None, "failed")
        except RetryLater as exc:
            return self._fail(followup_id, token, str(exc), "retry", exc.retry_after, "retry")
        except (ProviderError, CredentialsError) as exc:
            return self._fail(followup_id, token, str(exc), "retry", None, "retry")

    def _catch_up(self, provider: MailProvider, mailbox_id: uuid.UUID) -> None:
        """R5 and R13: an answer the provider filed outside the conversation (a reply from a client that sends no
        Thread-Index, which Exchange may thread apart; a recipient writing on another subject) is read too: one
        round of the mailbox's changes since its cursors, as the sync loop reads them. A mailbox never synced waits
        for the sync loop's first full round. What this round sets aside is the sync loop's to retry, not a reason
        to hold this conversation (its own dead letters are, below)."""
        cursors = [db.get_sync_cursor(self.conn, mailbox_id, key) for key in provider.cursor_keys()]
        if not cursors or any(cursor is None for cursor in cursors):
            return
        sync_round(self.conn, provider, mailbox_id, now=self.now())

    def _catch_up_colleagues(self, mailbox_id: uuid.UUID, followup_id: uuid.UUID) -> None:
        """R5 team-wide and R13: a person who answered the adviser by writing to a colleague (the team's
        ``reply_from_any_conversation``) is read before the follow-up leaves, not when the colleague's sync
        loop comes round: one round of each colleague's mailbox since its cursors, unless this sender read it
        in the last minute (COLLEAGUE_LOOK_EVERY). A colleague's mailbox that cannot be read now (its grant
        refused, its provider down) does not hold the team's follow-ups: it is logged, and its own sync loop
        reads it (and puts it in needs_reauth) as it does anyway."""
        now = self.now() or dt.datetime.now(dt.UTC)
        for colleague in db.colleague_mailboxes(self.conn, mailbox_id):
            colleague_id = colleague["mailbox_id"]
            read_at = self._colleagues_read.get(colleague_id)
            if read_at is not None and abs(now - read_at) < COLLEAGUE_LOOK_EVERY:
                continue
            try:
                provider = self.provider_for(colleague["provider"], colleague_id, colleague["address"])
                self._catch_up(provider, colleague_id)
            except (ProviderError, CredentialsError) as exc:
                log.warning(
                    "followup id=%s last look: colleague mailbox=%s not read: %s", followup_id, colleague_id, exc
                )
                continue
            self._colleagues_read[colleague_id] = now

    def _fail(
        self, followup_id: uuid.UUID, token: uuid.UUID, error: str, kind: str, retry_after: float | None, label: str
    ) -> Outcome:
        done = db.fail_followup(self.conn, followup_id, token, error, kind, retry_after, self.now())
        return Outcome(followup_id, label, f"{done}: {error}")

    def _send_claimed(
        self, followup_id: uuid.UUID, token: uuid.UUID, claim: dict[str, Any], provider: MailProvider
    ) -> Outcome:
        mailbox_id = uuid.UUID(str(claim["mailbox_id"]))
        if claim.get("draft_id") or claim.get("internet_message_id"):
            sent = provider.find_sent(followup_id, claim)
            if sent is not None:
                return self._complete_from_copy(followup_id, token, mailbox_id, provider.address, sent)

        # Last look: anything new in the mailbox, in the colleagues' (R5 team-wide), then in the conversation, is
        # ingested before anything is written.
        self._catch_up(provider, mailbox_id)
        self._catch_up_colleagues(mailbox_id, followup_id)
        conversation = provider.conversation(claim)
        looked = SyncReport()
        ingest(self.conn, provider, mailbox_id, provider.readable(conversation), looked, self.now())
        _unread_guard(looked)
        check = db.claim_followup(self.conn, followup_id, self.now(), token)
        if not check.get("ok"):
            return Outcome(followup_id, "refused", f"after the last look: {check.get('reason')}")

        prepared = provider.prepare(followup_id, claim, conversation, self.now())
        if not db.record_followup_identity(
            self.conn, followup_id, token, prepared.draft_id, prepared.internet_message_id, self.now()
        ):
            provider.discard(prepared)
            return Outcome(followup_id, "refused", "claim lost before sending")

        with self.conn.transaction():
            final = db.claim_followup(self.conn, followup_id, self.now(), token)
            if not final.get("ok"):
                refused = str(final.get("reason"))
            else:
                provider_message_id = provider.send(prepared)
                now = self.now()
                db.complete_followup(
                    self.conn,
                    followup_id,
                    token,
                    now or dt.datetime.now(dt.UTC),
                    provider_message_id,
                    prepared.internet_message_id,
                    now,
                )
                return Outcome(followup_id, "sent", f"seq {claim.get('seq')}")
        provider.discard(prepared)
        return Outcome(followup_id, "refused", f"at the final claim: {refused}")

    def _complete_from_copy(
        self, followup_id: uuid.UUID, token: uuid.UUID, mailbox_id: uuid.UUID, address: str, sent: SentCopy
    ) -> Outcome:
        """The follow-up went out before (a worker died, a retry): its copy in Sent is ingested and the send
        recorded from it; it is never sent again."""
        copy = sent.normalised
        db.ingest_message(self.conn, mailbox_id, with_analysis(copy, address, lambda: b""), self.now())
        db.complete_followup(
            self.conn,
            followup_id,
            token,
            sent.sent_at,
            str(copy["provider_message_id"]),
            copy.get("internet_message_id"),
            self.now(),
        )
        return Outcome(followup_id, "found_sent", "found in Sent: not sent again")
