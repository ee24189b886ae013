"""The dashboard's pages (`followup_activity_page`): walked page after page by keyset, they are exactly what the
view `followup_activity_summary` shows the same reader under RLS, in the same order, with no row twice and none
missing, for each order, status and mailbox filter and page size; and nothing of a mailbox the reader may not
see. A random mix of tracked emails, with ties on the sort values, is built per run; the seed is printed
(replay: RELANCE_PAGES_SEED=<seed>).
"""

from __future__ import annotations

import os
import random
import uuid
from datetime import timedelta
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    Story,
    add_mailbox,
    auto_reply,
    bounce,
    inbound_reply,
    ingest,
    manual_followup,
    outbound,
)

ORDERS = {
    "next_due": "next_followup_due_at nulls last, tracked_email_id",
    "last_activity": "last_activity_at desc, tracked_email_id desc",
}
COLUMNS = "tracked_email_id, mailbox_id, status, next_followup_due_at, last_activity_at, subject, total_followups"


@pytest.fixture(scope="module")
def world(target: Any, template_db: str) -> Any:
    from relance import stack
    from tests.conftest import clone

    name = clone(target, template_db)
    seed = int(os.environ.get("RELANCE_PAGES_SEED") or random.SystemRandom().randrange(2**31))
    print(f"dashboard pages: seed {seed} (replay: RELANCE_PAGES_SEED={seed})")
    rng = random.Random(seed)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        durand = Story(conn, max_followups=3)
        paul = durand.add_member("paul@cabinet-durand.fr")
        nina = durand.add_member("nina@cabinet-durand.fr")
        boxes = [durand.mailbox, durand.add_mailbox("paul@cabinet-durand.fr", paul)]
        other = Story(conn, address="bob@martin-associes.fr", domains=("martin-associes.fr",))
        boxes.append(other.mailbox)
        # Paul is also a plain member of the other team, with a mailbox there: he reads two teams' mailboxes.
        conn.execute(
            "insert into public.team_members (team_id, user_id, role) values (%s, %s, 'member')", (other.team_id, paul)
        )
        boxes.append(add_mailbox(conn, other.team_id, paul, "paul@martin-associes.fr"))
        owners = {
            durand.mailbox_id: durand.owner,
            boxes[1].mailbox_id: paul,
            other.mailbox_id: other.owner,
            boxes[3].mailbox_id: paul,
        }
        fill(conn, rng, boxes, owners, durand.at("Mon 2026-11-23 09:00"))
        actors = {
            "claire (owner of the team)": durand.owner,
            "paul (member of two teams, a mailbox in each)": paul,
            "nina (member, no mailbox)": nina,
            "bob (another team)": other.owner,
        }
        yield {"conn": conn, "actors": actors, "boxes": boxes}
    stack.drop_database(target, name)


def fill(
    conn: psycopg.Connection[Any],
    rng: random.Random,
    boxes: list[Mailbox],
    owners: dict[uuid.UUID, uuid.UUID],
    start: Any,
) -> None:
    """About 120 tracked emails in every status, sent at a few instants only (so due times and last
    activities tie), then answered, bounced, paused, followed up by hand ... at random."""
    sent: list[tuple[Mailbox, dict[str, Any]]] = []
    instants = [start + timedelta(hours=h) for h in (0, 0, 1, 3, 26)]
    for i in range(120):
        box = rng.choice(boxes)
        moment = rng.choice(instants)
        message = outbound(box, [f"client{i}@prospect{rng.randrange(4)}.example"], sent_at=moment)
        ingest(conn, box.mailbox_id, message, moment)
        sent.append((box, message))
    later = start + timedelta(days=2)
    # Every outcome at least once (the first seven draws), then at random.
    draws = [0.1, 0.25, 0.3, 0.37, 0.45, 0.55, 0.62] + [rng.random() for _ in sent[7:]]
    for (box, original), draw in zip(sent, draws, strict=True):
        if draw < 0.2:
            ingest(conn, box.mailbox_id, inbound_reply(original, received_at=later), later)
        elif draw < 0.27:
            ingest(conn, box.mailbox_id, inbound_reply(original, received_at=later, opt_out=True), later)
        elif draw < 0.34:
            ingest(conn, box.mailbox_id, bounce(original, received_at=later), later)
        elif draw < 0.4:
            ingest(conn, box.mailbox_id, auto_reply(original, received_at=later, until="2026-12-09"), later)
        elif draw < 0.5:
            ingest(conn, box.mailbox_id, manual_followup(box, original, sent_at=later), later)
        elif draw < 0.65:
            function = "pause_tracked_email" if draw < 0.6 else "untrack_email"
            row = conn.execute(
                "select t.id from public.tracked_emails as t join public.messages as m on m.id = t.message_id"
                " where m.internet_message_id = %s",
                (original["internet_message_id"],),
            ).fetchone()
            assert row is not None
            with acting_as(conn, "authenticated", owners[box.mailbox_id], commit=True):
                conn.execute(f"select public.{function}(%s)", (row[0],))
        later += timedelta(minutes=rng.choice([0, 0, 7]))


def walk(
    conn: psycopg.Connection[Any],
    user: uuid.UUID,
    order: str,
    status: str | None,
    mailbox: uuid.UUID | None,
    size: int,
) -> list[tuple[Any, ...]]:
    """Every page, each asked with the cursor of the one before, as the dashboard does."""
    rows: list[tuple[Any, ...]] = []
    after_at, after_id = None, None
    for _ in range(1000):
        with acting_as(conn, "authenticated", user):
            page = conn.execute(
                f"select {COLUMNS} from public.followup_activity_page(%s, %s, %s, %s, %s, %s)",
                (order, status, mailbox, after_at, after_id, size),
            ).fetchall()
        assert len(page) <= size
        rows += page
        if len(page) < size:
            return rows
        last = page[-1]
        after_id = last[0]
        after_at = last[3] if order == "next_due" else last[4]
    raise AssertionError("the pages never ended")


def reference(
    conn: psycopg.Connection[Any], user: uuid.UUID, order: str, status: str | None, mailbox: uuid.UUID | None
) -> list[tuple[Any, ...]]:
    with acting_as(conn, "authenticated", user):
        return conn.execute(
            f"select {COLUMNS} from public.followup_activity_summary"
            " where (%s::public.tracked_status is null or status = %s::public.tracked_status)"
            " and (%s::uuid is null or mailbox_id = %s::uuid)"
            f" order by {ORDERS[order]}",
            (status, status, mailbox, mailbox),
        ).fetchall()


def test_the_run_has_every_status_and_ties(world: Any) -> None:
    conn = world["conn"]
    statuses = {r[0] for r in conn.execute("select distinct status::text from public.tracked_emails").fetchall()}
    assert statuses >= {"active", "paused", "replied", "opted_out", "bounced", "untracked"}, statuses
    ties = conn.execute(
        "select count(*) from (select mailbox_id, next_due_at from public.tracked_emails"
        " where next_due_at is not null group by 1, 2 having count(*) > 1) as x"
    ).fetchone()
    assert ties and ties[0] > 0


@pytest.mark.parametrize("order", list(ORDERS))
@pytest.mark.parametrize("size", [1, 7, 50])
def test_pages_walked_by_keyset_are_the_view_in_order(world: Any, order: str, size: int) -> None:
    conn = world["conn"]
    for actor, user in world["actors"].items():
        for status in (None, "active", "replied", "paused"):
            for mailbox in (None, world["boxes"][1].mailbox_id):
                expected = reference(conn, user, order, status, mailbox)
                got = walk(conn, user, order, status, mailbox, size)
                assert got == expected, (actor, order, status, mailbox, size)


def test_a_reader_sees_only_their_mailboxes(world: Any) -> None:
    conn = world["conn"]
    boxes = world["boxes"]
    seen = {
        actor: {r[1] for r in walk(conn, user, "next_due", None, None, 500)} for actor, user in world["actors"].items()
    }
    assert seen["claire (owner of the team)"] == {boxes[0].mailbox_id, boxes[1].mailbox_id}
    assert seen["paul (member of two teams, a mailbox in each)"] == {boxes[1].mailbox_id, boxes[3].mailbox_id}
    assert seen["nina (member, no mailbox)"] == set()
    assert seen["bob (another team)"] == {boxes[2].mailbox_id, boxes[3].mailbox_id}
    # The service role (workers, support tools) reads everything.
    with acting_as(conn, "service_role"):
        every = {
            r[3]
            for r in conn.execute(
                "select * from public.followup_activity_page('next_due', null, null, null, null, 500)"
            )
        }
    assert every == {b.mailbox_id for b in boxes}
    # Asking for another team's mailbox gives nothing, not an error that would tell it exists.
    paul = world["actors"]["paul (member of two teams, a mailbox in each)"]
    assert walk(conn, paul, "next_due", None, boxes[0].mailbox_id, 50) == []
    # Anonymous callers may not call it at all.
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(conn, "anon"):
        conn.execute("select * from public.followup_activity_page()")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("by_subject", None, None, None, None, 50), "p_order is next_due or last_activity"),
        (("next_due", None, None, None, None, 0), "p_limit is between 1 and 500"),
        (("next_due", None, None, None, None, 501), "p_limit is between 1 and 500"),
        (("next_due", None, None, "2026-11-23T09:00:00Z", None, 50), "the cursor is p_after_id"),
        (("last_activity", None, None, None, uuid.uuid4(), 50), "needs p_after_at"),
    ],
)
def test_a_wrong_request_is_refused_with_a_clear_error(world: Any, args: tuple[Any, ...], message: str) -> None:
    conn = world["conn"]
    claire = world["actors"]["claire (owner of the team)"]
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=message), acting_as(conn, "authenticated", claire):
        conn.execute("select * from public.followup_activity_page(%s, %s, %s, %s, %s, %s)", args)
