"""The engine's state does not depend on the order in which it sees the mail (R1, R3-R8).

A sync round can bring a conversation's mail in any order: Graph reads Inbox and Sent Items by separate deltas, a
round that fails half-way is replayed, a mailbox reconnected after a week reads the week at once. Hypothesis draws
an email from Claire (to Paul, sometimes to Jeanne too) and what followed it, minutes to hours apart: her nudges by
hand, a forward to a colleague, an answer, a request to stop, an answer in another conversation, an out-of-office,
bounce reports (permanent for everyone, for one, or temporary), a notice that Paul has left. Everything is ingested
late, at one instant after the last of it (a delayed sync), once in the order it happened and once shuffled; each
run in a transaction rolled back, on the same messages. What a user depends on must be the same both ways: whether
the email is tracked, its status, what is scheduled and when, how many follow-ups count toward the maximum while it
is still followed, whether the people's mail ended it, who is suppressed and who is held.

The draws keep to what a person does: Claire's nudges come before any answer or report (nobody nudges a person who
answered), at most three of them (the third completes the email, R3; an answer in its conversation after that is
recorded all the same). With three nudges, what follows is an answer, a request to stop, a notice, a forward or a
temporary failure, never mail that ends only a followed email (a message in another conversation, a permanent bounce
for everyone, a notice that Paul has left): after the third nudge that ends nothing (the sequence was over: status
completed, the bounce or the notice suppresses the address), but seen before that nudge it ends the email (replied,
bounced: as far as the engine knew, Claire was still waiting), so there only chronology decides which status it
shows, and both ways nothing is ever sent again.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import psycopg
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.story import (
    Message,
    Story,
    auto_reply,
    bounce,
    gone_notice,
    inbound,
    inbound_reply,
    manual_followup,
    outbound,
)

PAUL = "paul.martin@client-patrimoine.fr"
JEANNE = "jeanne.leroy@groupe-leroy.fr"
MARC = "marc@cabinet-durand.fr"
START = "Mon 2028-11-20 09:00"

ANSWERS = ["reply", "opt_out", "elsewhere", "out_of_office", "gone", "bounce_all", "bounce_one", "bounce_temporary"]
# What may follow three nudges (the module's docstring says why).
AFTER_THE_LAST = {"reply", "opt_out", "out_of_office", "forward", "bounce_temporary"}


def build(story: Story, two: bool, nudges: list[int], answers: list[tuple[str, int]]) -> list[Message]:
    """The email, then what followed it, in the order it happened (each gap in minutes after the previous)."""
    at = story.at(START)
    sent = outbound(story.mailbox, [PAUL, JEANNE] if two else [PAUL], sent_at=at, subject="Proposition de mandat")
    mail = [sent]
    for gap in nudges:
        at += timedelta(minutes=gap)
        mail.append(manual_followup(story.mailbox, sent, sent_at=at))
    for kind, gap in answers:
        at += timedelta(minutes=gap)
        if kind == "reply":
            mail.append(inbound_reply(sent, received_at=at))
        elif kind == "opt_out":
            mail.append(inbound_reply(sent, received_at=at, opt_out=True))
        elif kind == "elsewhere":
            mail.append(inbound(story.mailbox, PAUL, received_at=at, subject="Une autre question"))
        elif kind == "out_of_office":
            until = (at + timedelta(days=3)).date().isoformat()
            mail.append(auto_reply(sent, received_at=at, until=until))
        elif kind == "gone":
            mail.append(gone_notice(sent, received_at=at))
        elif kind == "forward":
            mail.append(outbound(story.mailbox, [MARC], reply_to=sent, sent_at=at))
        elif kind == "bounce_all":
            mail.append(bounce(sent, received_at=at))
        elif kind == "bounce_one":
            mail.append(bounce(sent, received_at=at, recipients=[JEANNE if two else PAUL]))
        else:
            mail.append(bounce(sent, received_at=at, permanent=False))
    return mail


def state(story: Story, sent: Message) -> dict[str, Any]:
    conn = story.conn
    tracked = conn.execute(
        "select t.status::text, t.manual_detected, t.automatic_sent, f.due_at"
        " from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " left join public.followups f on f.tracked_email_id = t.id and f.status in ('scheduled', 'claimed', 'sending')"
        " where m.internet_message_id = %s",
        (sent.internet_message_id,),
    ).fetchone()
    if tracked is not None:
        status, manual, automatic, due = tracked
        followed = status in ("active", "paused")
        # Ended by the people written to: which of their messages the status names (an answer, then a request to
        # stop or a bounce) is the first the engine read, as it is for mail seen in order; the suppression list
        # below carries a request to stop or a dead address either way.
        status = "ended by their mail" if status in ("replied", "opted_out", "bounced") else status
        tracked = (status, manual + automatic if followed else None, story.local(due))
    return {
        "tracked": tracked,
        "suppressed": conn.execute(
            "select address, reason from public.suppressions where team_id = %s order by 1", (story.team_id,)
        ).fetchall(),
        "held": conn.execute(
            "select address, return_on from public.holds where team_id = %s order by 1", (story.team_id,)
        ).fetchall(),
    }


def run(conn: psycopg.Connection[Any], mail: list[Message], order: list[int] | None, policy: str) -> dict[str, Any]:
    """One run in a transaction rolled back: a fresh team, the mail ingested at one late instant."""
    with conn.transaction(force_rollback=True):
        story = Story(conn, tracking_policy=policy)
        late = story.at("Fri 2028-11-24 17:00")
        for i in order if order is not None else range(len(mail)):
            story.ingest(mail[i], late)
        return state(story, mail[0])


@settings(
    derandomize=True,
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    # Under the manual policy nothing is tracked: suppressions and holds must still not depend on the order.
    policy=st.sampled_from(["auto", "auto", "manual"]),
    two=st.booleans(),
    nudges=st.lists(st.integers(30, 300), max_size=3),
    answers=st.lists(st.tuples(st.sampled_from([*ANSWERS, "forward"]), st.integers(1, 600)), max_size=4),
    shuffle_seed=st.integers(0, 2**32 - 1),
)
def test_r1_r4_r5_r6_r7_r8_whatever_order_the_mail_is_seen_in(
    conn: psycopg.Connection[Any],
    policy: str,
    two: bool,
    nudges: list[int],
    answers: list[tuple[str, int]],
    shuffle_seed: int,
) -> None:
    assume(len(nudges) < 3 or all(kind in AFTER_THE_LAST or (kind == "bounce_one" and two) for kind, _gap in answers))
    # The mail, built once (its ids fixed), then ingested by two fresh teams of the same shape.
    with conn.transaction(force_rollback=True):
        fixed = build(Story(conn), two, nudges, answers)
    order = list(range(len(fixed)))
    random.Random(shuffle_seed).shuffle(order)
    in_order = run(conn, fixed, None, policy)
    shuffled = run(conn, fixed, order, policy)
    assert shuffled == in_order, f"order seen: {order}"
