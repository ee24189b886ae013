"""Outlook mailboxes as Microsoft Graph sees them: messages, folders, ids, conversations, change log.

Ids: every message has an immutable id (stable across folder moves) and a regular id that changes when
the message moves between folders (Microsoft's "Obtain immutable identifiers for Outlook resources").
Conversations: ``conversationId`` derives from the GUID in the conversation index (``Thread-Index``)
when one is present and well formed, else from an MD5 of the upper-cased UTF-16 conversation topic
(MS-OXOMSG). Each change appends to a per-mailbox log that delta queries read per folder.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, field

from relance.sandbox import mime

WELL_KNOWN_FOLDERS = {
    "inbox": "Inbox",
    "sentitems": "Sent Items",
    "drafts": "Drafts",
    "deleteditems": "Deleted Items",
    "archive": "Archive",
    "junkemail": "Junk Email",
    "outbox": "Outbox",
}

Recipient = tuple[str, str]  # (name, address)


def _opaque(prefix: str, size: int = 30) -> str:
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(size)).decode()


def _filetime_bytes(instant: dt.datetime) -> bytes:
    ticks = int((instant - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)
    return ticks.to_bytes(8, "big")[:6]


def new_conversation_index(now: dt.datetime, guid: bytes | None = None) -> bytes:
    """22-byte header: reserved 0x01, five bytes of FILETIME, a 16-byte GUID (MS-OXOMSG 2.2.1.3)."""
    return b"\x01" + _filetime_bytes(now)[:5] + (guid or secrets.token_bytes(16))


def child_conversation_index(parent: bytes) -> bytes:
    """The parent's index plus one 5-byte child block."""
    return parent + secrets.token_bytes(5)


def conversation_guid(index: bytes | None, topic: str) -> bytes:
    if index and len(index) >= 22 and index[0] == 1:
        return index[6:22]
    return hashlib.md5(topic.upper().encode("utf-16-le"), usedforsecurity=False).digest()


def conversation_id(guid: bytes) -> str:
    return "AAQkAD" + base64.urlsafe_b64encode(b"\x00\x10\x00" + guid).decode()


@dataclass
class GraphMessage:
    key: int
    immutable_id: str
    rest_id: str
    folder: str
    created: dt.datetime
    last_modified: dt.datetime
    received: dt.datetime
    sent: dt.datetime | None
    subject: str
    body_type: str
    body: str
    sender: Recipient | None
    to: list[Recipient]
    cc: list[Recipient]
    bcc: list[Recipient]
    reply_to: list[Recipient]
    internet_message_id: str
    conversation_index: bytes
    conversation_id: str
    headers: list[tuple[str, str]] | None
    is_draft: bool
    is_read: bool
    change_key: str = field(default_factory=lambda: _opaque("CQAAABYAAAA", 9))
    raw: bytes | None = None
    has_attachments: bool = False
    parent_key: int | None = None
    categories: list[str] = field(default_factory=list)
    importance: str = "normal"
    deleted: bool = False

    def touch(self, now: dt.datetime) -> None:
        self.last_modified = now
        self.change_key = _opaque("CQAAABYAAAA", 9)


@dataclass
class LogEntry:
    seq: int
    folder: str
    key: int
    rest_id: str
    created: bool


@dataclass
class GraphMailbox:
    user_id: str
    address: str
    display_name: str
    tenant_id: str
    folder_ids: dict[str, str] = field(default_factory=dict)
    messages: dict[int, GraphMessage] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)
    log: list[LogEntry] = field(default_factory=list)
    seq: int = 0
    replay_rounds: int = 0

    def __post_init__(self) -> None:
        for name in WELL_KNOWN_FOLDERS:
            self.folder_ids[name] = _opaque("AAMkAD", 33) + "AAA="

    def folder_name(self, ref: str) -> str | None:
        """Resolve a well-known name (any case) or a folder id to the well-known name."""
        lowered = ref.lower()
        if lowered in self.folder_ids:
            return lowered
        for name, folder_id in self.folder_ids.items():
            if folder_id == ref:
                return name
        return None

    def find(self, ref: str) -> GraphMessage | None:
        key = self.ids.get(ref)
        if key is None:
            return None
        message = self.messages.get(key)
        return None if message is None or message.deleted else message

    def by_internet_id(self, internet_message_id: str) -> list[GraphMessage]:
        return [m for m in self.messages.values() if not m.deleted and m.internet_message_id == internet_message_id]

    def in_folder(self, folder: str) -> list[GraphMessage]:
        return [m for m in self.messages.values() if not m.deleted and m.folder == folder]

    def _log(self, folder: str, message: GraphMessage, rest_id: str, created: bool) -> None:
        self.seq += 1
        self.log.append(LogEntry(self.seq, folder, message.key, rest_id, created))

    def add(self, message: GraphMessage) -> GraphMessage:
        self.messages[message.key] = message
        self.ids[message.immutable_id] = message.key
        self.ids[message.rest_id] = message.key
        self._log(message.folder, message, message.rest_id, created=True)
        return message

    def changed(self, message: GraphMessage, now: dt.datetime) -> None:
        message.touch(now)
        self._log(message.folder, message, message.rest_id, created=False)

    def move(self, message: GraphMessage, folder: str, now: dt.datetime) -> None:
        """Move between folders: the regular id changes, the immutable id stays."""
        old_folder, old_rest = message.folder, message.rest_id
        self.ids.pop(old_rest, None)
        message.rest_id = new_rest_id()
        message.folder = folder
        self.ids[message.rest_id] = message.key
        message.touch(now)
        self._log(old_folder, message, old_rest, created=False)
        self._log(folder, message, message.rest_id, created=True)

    def delete(self, message: GraphMessage, now: dt.datetime) -> None:
        message.deleted = True
        message.touch(now)
        self._log(message.folder, message, message.rest_id, created=False)


_counter = iter(range(1, 1 << 62))


def next_key() -> int:
    return next(_counter)


def new_immutable_id() -> str:
    return _opaque("AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A", 30)


def new_rest_id() -> str:
    return _opaque("AAMkAGI2", 45) + "AAA="


def new_internet_message_id(address: str) -> str:
    host = address.split("@")[-1].replace(".", "").upper()[:12] or "SANDBOX"
    return f"<{secrets.token_hex(12).upper()}@{host}PR01MB{secrets.randbelow(9999):04d}.prod.outlook.com>"


def from_mime(raw: bytes, folder: str, now: dt.datetime, is_read: bool = False) -> GraphMessage:
    """A message as Exchange stores it after receiving ``raw``."""
    parsed = mime.parse(raw)
    subject = str(parsed.get("Subject") or "")
    thread_index: bytes | None = None
    if parsed.get("Thread-Index"):
        try:
            thread_index = base64.b64decode(str(parsed["Thread-Index"]), validate=False)
        except ValueError:
            thread_index = None
    topic = str(parsed.get("Thread-Topic") or mime.normalize_subject(subject))
    guid = conversation_guid(thread_index, topic)
    index = thread_index if thread_index and len(thread_index) >= 22 else new_conversation_index(now, guid)
    body_type, body = mime.body_of(parsed)
    senders = mime.addresses(parsed, "From")
    sent_header = parsed.get("Date")
    sent = now
    if sent_header is not None:
        try:
            sent = parsed["Date"].datetime.astimezone(dt.UTC)
        except (AttributeError, TypeError, ValueError, OverflowError):
            sent = now
    internet_id = str(parsed.get("Message-ID") or "").strip() or new_internet_message_id("external")
    attachments = any(
        part.get_content_disposition() == "attachment" or part.get_content_type() == "message/rfc822"
        for part in parsed.walk()
    )
    return GraphMessage(
        key=next_key(),
        immutable_id=new_immutable_id(),
        rest_id=new_rest_id(),
        folder=folder,
        created=now,
        last_modified=now,
        received=now,
        sent=sent,
        subject=subject,
        body_type=body_type,
        body=body,
        sender=senders[0] if senders else None,
        to=mime.addresses(parsed, "To"),
        cc=mime.addresses(parsed, "Cc"),
        bcc=[],
        reply_to=mime.addresses(parsed, "Reply-To"),
        internet_message_id=internet_id,
        conversation_index=index,
        conversation_id=conversation_id(guid),
        headers=[(name, str(value)) for name, value in parsed.items()],
        is_draft=False,
        is_read=is_read,
        raw=raw,
        has_attachments=attachments,
    )
