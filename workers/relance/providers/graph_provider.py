"""Microsoft Graph behind the provider seam (:class:`relance.providers.seam.MailProvider`).

- Sync: a delta round of Sent Items and Inbox, one cursor (deltaLink) per folder; a cursor Graph no longer
  knows (410 SyncStateNotFound or resyncRequired, with Graph's ``Location`` or without) starts that folder over
  from its own initial query (a full resync, idempotent). ``@removed`` entries mean nothing to the engine and
  are skipped.
- Last look for a follow-up with an identity: its draft by immutable id (no longer a draft: it was sent; still
  a draft: never sent, deleted to start again), then Sent Items for the ``X-Relance-Followup-Id`` header.
- Prepare: ``createReply`` on the message the engine answers (else the conversation's latest), then the
  draft is edited: recipients from the claim, our text above the quoted history, the header.
- Send: ``POST /send`` of the draft (never retried blindly: see :mod:`relance.providers.graph`); discard
  deletes the draft.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import uuid
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from relance.providers.errors import GiveUp, ProviderError, SyncStateLost
from relance.providers.graph import FOLDERS, GraphMailbox
from relance.providers.normalise import normalise
from relance.providers.seam import (
    Changes,
    Prepared,
    Progress,
    Readable,
    RoundCounter,
    SentCopy,
    addressees,
    recipient_name,
)

log = logging.getLogger("relance.graph")


def _recipients(claim: dict[str, Any], addresses: list[str]) -> list[dict[str, Any]]:
    """Graph recipients, each with its name when the claim gives one: a patched recipient without a name shows its
    address where the email showed the person's name."""
    out = []
    for a in addresses:
        name = recipient_name(claim, a)
        out.append({"emailAddress": {"address": a, "name": name} if name else {"address": a}})
    return out


def reply_body(draft: dict[str, Any], text: str, body_html: str | None = None) -> dict[str, str]:
    """Our text above the quoted history Graph put in the reply draft: in an HTML draft, the template's HTML body
    (rendered and checked in SQL: values escaped, tags of a safe subset only), else our text escaped."""
    body = draft.get("body") or {}
    content = str(body.get("content") or "")
    if str(body.get("contentType", "")).lower() != "html":
        return {"contentType": "text", "content": f"{text}\n\n{content}".rstrip()}
    if body_html:
        ours = f"<div>{body_html}</div>"
    else:
        ours = "<div>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</div>"
    lowered = content.lower()
    at = lowered.find("<body")
    if at >= 0:
        end = lowered.find(">", at) + 1
        return {"contentType": "html", "content": content[:end] + ours + content[end:]}
    return {"contentType": "html", "content": ours + content}


def _people_of(message: dict[str, Any]) -> set[str]:
    """The addresses a Graph message was written by or to (from, to, cc), lower-case."""
    recipients = [message.get("from") or {}, *(message.get("toRecipients") or []), *(message.get("ccRecipients") or [])]
    return {str((r.get("emailAddress") or {}).get("address") or "").lower() for r in recipients} - {""}


def instant(value: Any) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _normaliser(folder: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return partial(_graph_normalise, folder)


def _graph_normalise(folder: str, message: dict[str, Any]) -> dict[str, Any]:
    return normalise(message, folder)


class GraphProvider:
    """One Graph mailbox behind the seam; ``client`` is its :class:`GraphMailbox`."""

    kind = "graph"
    monotonic_cursor = False

    def __init__(self, client: GraphMailbox, folders: tuple[str, ...] = FOLDERS) -> None:
        self.client = client
        self.address = client.address
        self.folders = folders

    # ------------------------------------------------------------------ reading

    def cursor_keys(self) -> tuple[str, ...]:
        return self.folders

    def read_folder(
        self, cursor: str | None, folder: str, report: RoundCounter, progress: Progress | None
    ) -> tuple[list[dict[str, Any]], str]:
        """Every changed message of a folder since ``cursor`` (all of them without one), and the new deltaLink."""
        client = self.client
        url = cursor or client.delta_start_url(folder)
        items: list[dict[str, Any]] = []
        restarted = False
        pages = 0
        while True:
            try:
                page = client.delta_page(url)
            except SyncStateLost as lost:
                # 410 (SyncStateNotFound, resyncRequired), with or without Graph's Location: start the folder again
                # from our own initial query, not from the Location. It names the same delta function with an empty
                # $deltatoken, but without our $select (internetMessageHeaders, In-Reply-To and References, come
                # only when selected), and following a URL from a response would hand our bearer token to its host.
                if restarted:
                    raise
                log.warning("sync cursor lost mailbox=%s folder=%s: full resync (%s)", client.address, folder, lost)
                report.resyncs.append(folder)
                restarted, items, url = True, [], client.delta_start_url(folder)
                continue
            pages += 1
            report.pages += 1
            items += [m for m in page.get("value", []) if "@removed" not in m]
            if progress is not None:
                progress(folder, pages, len(items))
            if page.get("@odata.nextLink"):
                url = str(page["@odata.nextLink"])
            elif page.get("@odata.deltaLink"):
                return items, str(page["@odata.deltaLink"])
            else:
                raise SyncStateLost(f"delta of {folder}: a page with neither nextLink nor deltaLink")

    def read_changes(
        self,
        cursors: dict[str, str | None],
        unknown: Callable[[list[str]], list[str]],
        report: RoundCounter,
        progress: Progress | None,
    ) -> Changes:
        found: list[Readable] = []
        links: dict[str, str] = {}
        for folder in self.folders:
            items, links[folder] = self.read_folder(cursors.get(folder), folder, report, progress)
            found += [(m, _normaliser(folder)) for m in items]
        return Changes(found, links)

    def readable(self, messages: Iterable[dict[str, Any]]) -> list[Readable]:
        return [(m, _normaliser(self.client.folder_of(m))) for m in messages if not m.get("isDraft")]

    def get_message(self, message_id: str) -> dict[str, Any]:
        return self.client.get_message(message_id)

    def get_mime(self, message_id: str) -> bytes:
        return self.client.get_mime(message_id)

    # ------------------------------------------------------------------ R9

    def find_sent(self, followup_id: uuid.UUID, claim: dict[str, Any]) -> SentCopy | None:
        """The sent copy of a follow-up that has an identity, or None (a stale draft is removed)."""
        client = self.client
        sent: dict[str, Any] | None = None
        draft_id = claim.get("draft_id")
        looked = False
        if draft_id:
            try:
                draft = client.get_message(str(draft_id))
            except GiveUp as exc:
                if exc.status != 404:
                    raise
            else:
                looked = True
                if not draft.get("isDraft"):
                    sent = draft
                else:
                    client.delete_message(str(draft_id))  # never sent: start again from a fresh reply
        if sent is None and not looked:
            sent = client.find_in_sent_items(followup_id, claim.get("internet_message_id"))
        if sent is None:
            return None
        return SentCopy(normalise(sent, "sentitems"), instant(sent.get("sentDateTime")))

    def conversation(self, claim: dict[str, Any]) -> list[dict[str, Any]]:
        thread = claim.get("provider_thread_id")
        return self.client.conversation(str(thread)) if thread else []

    def _create_draft(self, claim: dict[str, Any], conversation: list[dict[str, Any]]) -> dict[str, Any]:
        """createReply on the message the engine answers (the latest one written to the person), else, when the
        user deleted it, on the conversation's latest message to or from the person: never on a forward to a
        colleague, whose note Graph's reply would quote to the person."""
        reply_to = (claim.get("reply_to") or {}).get("provider_message_id")
        people = {str(r).lower() for r in claim.get("recipients") or []}
        candidates = [str(reply_to)] if reply_to else []
        candidates += [str(m["id"]) for m in reversed(conversation) if not m.get("isDraft") and _people_of(m) & people]
        last: GiveUp | None = None
        for message_id in dict.fromkeys(candidates):
            try:
                return self.client.create_reply(message_id)
            except GiveUp as exc:
                if exc.status != 404:
                    raise
                last = exc
        raise GiveUp(
            "the message to answer is no longer in the mailbox, and no other message of the conversation was "
            "written to or by the recipients"
        ) from last

    def prepare(
        self,
        followup_id: uuid.UUID,
        claim: dict[str, Any],
        conversation: list[dict[str, Any]],
        now: dt.datetime | None,
    ) -> Prepared:
        draft = self._create_draft(claim, conversation)
        draft_id = str(draft["id"])
        to, cc = addressees(claim)
        try:
            draft = self.client.update_message(
                draft_id,
                {
                    "toRecipients": _recipients(claim, to),
                    "ccRecipients": _recipients(claim, cc),
                    "body": reply_body(draft, str(claim["body_text"]), claim.get("body_html")),
                    "internetMessageHeaders": [{"name": "X-Relance-Followup-Id", "value": str(followup_id)}],
                },
            )
        except ProviderError:
            self.client.delete_message(draft_id)
            raise
        return Prepared(draft_id, draft.get("internetMessageId"))

    def send(self, prepared: Prepared) -> str:
        draft_id = str(prepared.draft_id)
        self.client.send_draft(draft_id)
        return draft_id

    def discard(self, prepared: Prepared) -> None:
        if prepared.draft_id:
            self.client.delete_message(prepared.draft_id)
