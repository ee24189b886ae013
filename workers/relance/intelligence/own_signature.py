"""The mailbox user's own signature, proposed from their recent sent mail (R16, issue 15 item 3).

Mail sent through Graph or the Gmail API gets no client signature, so follow-ups append the mailbox's signature
({{signature}}). Nobody types it: the signature block that recurs at the end of the user's own latest messages
(the same block finder as for contacts, `signature.find_block`, read as the sender's) is proposed, and the user
confirms or corrects it (`public.confirm_mailbox_signature`). A signature already confirmed is never replaced.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable

from relance import db
from relance.analysis import new_text
from relance.intelligence.signature import clean, find_block

# A block counts as the user's signature when it ends at least this many of their latest messages (or every one,
# when they sent fewer).
MIN_REPEATS = 2


def block_of(body: str, address: str, name: str | None) -> str | None:
    """The signature block at the end of the new text of one message the user sent, or None (without bidi
    overrides, invisible or control characters: it is appended to every follow-up)."""
    text = clean(new_text.extract(body))
    lines = text.split("\n")
    block = find_block(text, sender_address=address, sender_name=name)
    if not block.lines:
        return None
    return "\n".join(lines[i].strip() for i in block.lines) or None


def recurring_block(bodies: Iterable[str], address: str, name: str | None) -> str | None:
    """The block that ends most of the messages (at least MIN_REPEATS of them, or all when fewer were sent)."""
    blocks = [b for b in (block_of(body, address, name) for body in bodies) if b]
    if not blocks:
        return None
    best, count = Counter(blocks).most_common(1)[0]
    return best if count >= min(MIN_REPEATS, len(blocks)) else None


def propose(conn: db.Conn, mailbox_id: uuid.UUID, now: dt.datetime | None = None) -> str | None:
    """Proposes the signature found in the mailbox's latest sent mail; returns it (None when none was found, or
    the user already confirmed one)."""
    row = db._execute(conn, "select * from worker.signature_sources(%s)", (mailbox_id,)).fetchone()
    if row is None:
        return None
    address, name, proposed, confirmed, bodies = row
    if confirmed:
        return None
    found = recurring_block(bodies or [], address, name)
    if found and found != proposed:
        db._execute(
            conn,
            "select worker.propose_mailbox_signature(%s, %s, null, coalesce(%s, now()))",
            (mailbox_id, found, now),
        )
    return found
