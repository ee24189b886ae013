"""R9 sending: claim, last look, reply in thread, identity before sending, at most once.

For each follow-up the queue hands out:

1. ``claim_followup`` (first claim). Refused: ack and stop; SQL said why.
2. A retry of a follow-up that already has an identity (a draft id or Message-ID) first looks for it:
   the draft by its immutable id (no longer a draft: it was sent), then Sent Items for the
   ``X-Relance-Followup-Id`` header. Found: ingest that copy and complete from it; never send again.
3. Last look: read the conversation from Graph and ingest it (an answer that arrived a second ago stops
   the follow-up here), then check the claim again.
4. ``createReply`` on the thread's message, edit the draft (recipients from the claim, the text above the
   quoted history, the ``X-Relance-Followup-Id`` header), ``record_followup_identity`` (committed).
5. One transaction: the final ``claim_followup`` (with the token: it locks the tracked email, so an
   answer being ingested waits, R13), ``POST /send``, ``complete_followup``. A crash before COMMIT
   leaves the identity behind, and step 2 finds the sent copy.

Gmail (:meth:`Sender._send_gmail`) follows the same steps: a retry first searches SENT (``rfc822msgid:``
the stored Message-ID, else the latest sent messages) for the ``X-Relance-Followup-Id`` header; the last
look reads the thread (``threads.get``); the message is built here as RFC 822 (From the mailbox, To the
claim's recipients, ``Re: <same subject>``, ``In-Reply-To`` and ``References`` from the claim, a generated
``Message-ID`` stored by ``record_followup_identity`` before sending) and sent with the thread's
``threadId`` (Gmail threads a message only with the threadId, the reply headers and a matching subject),
the final claim, ``messages.send`` and ``complete_followup`` in one transaction.

Failures map through :mod:`relance.providers.errors` to ``fail_followup`` (retry / permanent / reauth).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from relance import db
from relance.credentials import CredentialsError
from relance.providers.errors import GiveUp, NeedsReauth, ProviderError, RetryLater
from relance.providers.gmail import FOLLOWUP_HEADER, GmailMailbox
from relance.providers.gmail_normalise import normalise as gmail_normalise
from relance.providers.graph import GraphMailbox
from relance.providers.normalise import normalise, with_analysis
from relance.sync import SyncReport, ingest_all, ingest_gmail

log = logging.getLogger("relance.sender")

VISIBILITY_SECONDS = 300
MAX_DELIVERIES = 5

ClientFor = Callable[[uuid.UUID, str], GraphMailbox]
GmailFor = Callable[[uuid.UUID, str], GmailMailbox]
_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


@dataclass
class Outcome:
    followup_id: uuid.UUID
    result: str  # sent | found_sent | refused | retry | failed | reauth | ignored
    detail: str = ""


def _recipients(addresses: list[str]) -> list[dict[str, Any]]:
    return [{"emailAddress": {"address": a}} for a in addresses]


def _body(draft: dict[str, Any], text: str) -> dict[str, str]:
    """Our text above the quoted history Graph put in the reply draft."""
    body = draft.get("body") or {}
    content = str(body.get("content") or "")
    if str(body.get("contentType", "")).lower() != "html":
        return {"contentType": "text", "content": f"{text}\n\n{content}".rstrip()}
    ours = "<div>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</div>"
    lowered = content.lower()
    at = lowered.find("<body")
    if at >= 0:
        end = lowered.find(">", at) + 1
        return {"contentType": "html", "content": content[:end] + ours + content[end:]}
    return {"contentType": "html", "content": ours + content}


def _instant(value: Any) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _unread_guard(last_look: SyncReport) -> None:
    """R13: a message of the conversation that the last look had to set aside (public.dead_letters) may be
    the answer; nothing is sent in that conversation until a retry reads it."""
    if last_look.dead_letters:
        raise RetryLater(f"{last_look.dead_letters} message(s) of the conversation could not be read (dead letters)")


class Sender:
    def __init__(
        self,
        conn: db.Conn,
        client_for: ClientFor,
        now: Callable[[], dt.datetime | None],
        gmail_for: GmailFor | None = None,
    ) -> None:
        self.conn = conn
        self.client_for = client_for
        self.now = now
        self.gmail_for = gmail_for

    def run_once(self, batch: int = 10) -> list[Outcome]:
        """Up to ``batch`` follow-ups, read from the queue one at a time: a worker holds (hides from the
        others) only the one it is sending, so parallel workers share a burst evenly, and a worker that dies
        leaves one follow-up behind, whose claim the scheduler hands back (R9), not a batch hidden for the
        queue's visibility timeout."""
        outcomes = []
        for _ in range(batch):
            items = db.read_followup_queue(self.conn, 1, VISIBILITY_SECONDS, MAX_DELIVERIES)
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
            if claim.get("provider") == "gmail":
                if self.gmail_for is None:
                    raise RetryLater("no Gmail connector in this worker")
                return self._send_gmail(followup_id, token, claim, self.gmail_for(mailbox_id, address))
            client = self.client_for(mailbox_id, address)
            return self._send_claimed(followup_id, token, claim, client)
        except NeedsReauth as exc:
            return self._fail(followup_id, token, str(exc), "reauth", None, "reauth")
        except GiveUp as exc:
            return self._fail(followup_id, token, str(exc), "permanent", None, "failed")
        except RetryLater as exc:
            return self._fail(followup_id, token, str(exc), "retry", exc.retry_after, "retry")
        except (ProviderError, CredentialsError) as exc:
            return self._fail(followup_id, token, str(exc), "retry", None, "retry")

    def _fail(
        self, followup_id: uuid.UUID, token: uuid.UUID, error: str, kind: str, retry_after: float | None, label: str
    ) -> Outcome:
        done = db.fail_followup(self.conn, followup_id, token, error, kind, retry_after, self.now())
        return Outcome(followup_id, label, f"{done}: {error}")

    def _ingest(self, client: GraphMailbox, mailbox_id: uuid.UUID, messages: list[dict[str, Any]]) -> SyncReport:
        report = SyncReport()
        found = [(client.folder_of(m), m) for m in messages if not m.get("isDraft")]
        ingest_all(self.conn, client, mailbox_id, found, report, self.now())
        return report

    def _already_sent(
        self, client: GraphMailbox, followup_id: uuid.UUID, claim: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The sent copy of a follow-up that has an identity, or None (a stale draft is removed)."""
        draft_id = claim.get("draft_id")
        if draft_id:
            try:
                draft = client.get_message(str(draft_id))
            except GiveUp as exc:
                if exc.status != 404:
                    raise
            else:
                if not draft.get("isDraft"):
                    return draft
                client.delete_message(str(draft_id))  # never sent: start again from a fresh reply
                return None
        return client.find_in_sent_items(followup_id, claim.get("internet_message_id"))

    def _send_claimed(
        self, followup_id: uuid.UUID, token: uuid.UUID, claim: dict[str, Any], client: GraphMailbox
    ) -> Outcome:
        mailbox_id = uuid.UUID(str(claim["mailbox_id"]))
        if claim.get("draft_id") or claim.get("internet_message_id"):
            sent = self._already_sent(client, followup_id, claim)
            if sent is not None:
                copy = normalise(sent, "sentitems")
                sent_at = _instant(sent.get("sentDateTime"))
                return self._complete_from_copy(followup_id, token, mailbox_id, client.address, copy, sent_at)

        # Last look: anything new in the conversation is ingested before anything is written.
        thread = claim.get("provider_thread_id")
        conversation = client.conversation(str(thread)) if thread else []
        _unread_guard(self._ingest(client, mailbox_id, conversation))
        check = db.claim_followup(self.conn, followup_id, self.now(), token)
        if not check.get("ok"):
            return Outcome(followup_id, "refused", f"after the last look: {check.get('reason')}")

        draft = self._create_draft(client, claim, conversation)
        draft_id = str(draft["id"])
        try:
            draft = client.update_message(
                draft_id,
                {
                    "toRecipients": _recipients(list(claim["recipients"])),
                    "ccRecipients": [],
                    "body": _body(draft, str(claim["body_text"])),
                    "internetMessageHeaders": [{"name": "X-Relance-Followup-Id", "value": str(followup_id)}],
                },
            )
        except ProviderError:
            client.delete_message(draft_id)
            raise
        internet_message_id = draft.get("internetMessageId")
        if not db.record_followup_identity(self.conn, followup_id, token, draft_id, internet_message_id, self.now()):
            client.delete_message(draft_id)
            return Outcome(followup_id, "refused", "claim lost before sending")

        with self.conn.transaction():
            final = db.claim_followup(self.conn, followup_id, self.now(), token)
            if not final.get("ok"):
                refused = str(final.get("reason"))
            else:
                client.send_draft(draft_id)
                now = self.now()
                db.complete_followup(
                    self.conn,
                    followup_id,
                    token,
                    now or dt.datetime.now(dt.UTC),
                    draft_id,
                    internet_message_id,
                    now,
                )
                return Outcome(followup_id, "sent", f"seq {claim.get('seq')}")
        client.delete_message(draft_id)
        return Outcome(followup_id, "refused", f"at the final claim: {refused}")

    def _create_draft(
        self, client: GraphMailbox, claim: dict[str, Any], conversation: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """createReply on the message the engine answers (its latest outbound one), else on the
        conversation's latest message."""
        reply_to = (claim.get("reply_to") or {}).get("provider_message_id")
        candidates = [str(reply_to)] if reply_to else []
        candidates += [str(m["id"]) for m in reversed(conversation) if not m.get("isDraft")]
        last: GiveUp | None = None
        for message_id in dict.fromkeys(candidates):
            try:
                return client.create_reply(message_id)
            except GiveUp as exc:
                if exc.status != 404:
                    raise
                last = exc
        raise last or GiveUp("no message to reply to in the conversation")

    # ------------------------------------------------------------------ Gmail

    def _complete_from_copy(
        self,
        followup_id: uuid.UUID,
        token: uuid.UUID,
        mailbox_id: uuid.UUID,
        address: str,
        copy: dict[str, Any],
        sent_at: dt.datetime | None,
    ) -> Outcome:
        """The follow-up went out before (a worker died, a retry): its copy in Sent is ingested and the send
        recorded from it; it is never sent again."""
        db.ingest_message(self.conn, mailbox_id, with_analysis(copy, address, lambda: b""), self.now())
        db.complete_followup(
            self.conn,
            followup_id,
            token,
            sent_at,
            str(copy["provider_message_id"]),
            copy.get("internet_message_id"),
            self.now(),
        )
        return Outcome(followup_id, "found_sent", "found in Sent: not sent again")

    def _send_gmail(
        self, followup_id: uuid.UUID, token: uuid.UUID, claim: dict[str, Any], client: GmailMailbox
    ) -> Outcome:
        mailbox_id = uuid.UUID(str(claim["mailbox_id"]))
        if claim.get("internet_message_id") or claim.get("draft_id"):
            sent = client.find_sent(followup_id, claim.get("internet_message_id"))
            if sent is not None:
                copy = gmail_normalise(sent)
                sent_at = _instant(copy.get("received_at"))
                return self._complete_from_copy(followup_id, token, mailbox_id, client.address, copy, sent_at)

        # Last look: the thread as Gmail has it now, ingested before anything is written.
        thread_id = str(claim.get("provider_thread_id") or "")
        thread = client.thread(thread_id) if thread_id else []
        looked = SyncReport()
        ingest_gmail(self.conn, client, mailbox_id, thread, looked, self.now())
        _unread_guard(looked)
        check = db.claim_followup(self.conn, followup_id, self.now(), token)
        if not check.get("ok"):
            return Outcome(followup_id, "refused", f"after the last look: {check.get('reason')}")

        internet_message_id = claim.get("internet_message_id") or email.utils.make_msgid(
            f"relance.{followup_id.hex[:12]}", client.address.split("@")[-1]
        )
        raw = gmail_reply(client.address, claim, followup_id, internet_message_id, self.now())
        if not db.record_followup_identity(self.conn, followup_id, token, None, internet_message_id, self.now()):
            return Outcome(followup_id, "refused", "claim lost before sending")

        with self.conn.transaction():
            final = db.claim_followup(self.conn, followup_id, self.now(), token)
            if not final.get("ok"):
                return Outcome(followup_id, "refused", f"at the final claim: {final.get('reason')}")
            answer = client.send(raw, thread_id if thread else None)
            now = self.now()
            db.complete_followup(
                self.conn,
                followup_id,
                token,
                now or dt.datetime.now(dt.UTC),
                str(answer.get("id") or ""),
                internet_message_id,
                now,
            )
        return Outcome(followup_id, "sent", f"seq {claim.get('seq')}")


def reply_subject(subject: str) -> str:
    """``Re: <subject>``, once: Gmail threads a reply only when its subject matches the thread's."""
    subject = subject.strip()
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


def gmail_reply(
    address: str, claim: dict[str, Any], followup_id: uuid.UUID, internet_message_id: str, now: dt.datetime | None
) -> bytes:
    """The follow-up as RFC 822: a reply in the thread, plain text, with the engine's identity headers."""
    reply_to = claim.get("reply_to") or {}
    message = EmailMessage()
    message["From"] = address
    message["To"] = ", ".join(str(r) for r in claim["recipients"])
    message["Subject"] = reply_subject(str(reply_to.get("subject") or claim.get("subject") or ""))
    message["Date"] = email.utils.format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = internet_message_id
    if reply_to.get("internet_message_id"):
        message["In-Reply-To"] = str(reply_to["internet_message_id"])
    references = [str(r) for r in reply_to.get("references") or []]
    if references:
        message["References"] = " ".join(references)
    message[FOLLOWUP_HEADER] = str(followup_id)
    message.set_content(str(claim["body_text"]))
    return message.as_bytes()
