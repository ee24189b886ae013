"""R15, the optional resume (issue 13, item 2): after a "not now" that names a date, the owner (or an admin) may ask
that the stopped sequence resume on that date, or the team's setting `resume_after_not_now` (off by default) plans
it as soon as the not now is read; the scheduler's tick then makes the tracked email active again with one
follow-up due at the first working hour of that date, sent in the same thread through the engine's contract
(claim, identity, final claim, complete), after which the sequence ends; the R13 promise view stays empty.
Driven through the SQL contract with injected instants (working hours 07:00-18:00 UTC, Monday to Friday, the defaults).
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.pg import acting_as, sqlstate
from tests.story import (
    Mailbox,
    add_mailbox,
    add_member,
    auto_reply,
    claim,
    inbound,
    inbound_reply,
    ingest,
    invariant_problems,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    pending_followup,
    promise_violations,
    read_queue,
    run_scheduler,
    send_claimed,
    wait_until_waiting_on_lock,
    worker_connection,
)

T0 = dt.datetime(2030, 1, 8, 10, 0, tzinfo=dt.UTC)  # a Tuesday
PROSPECT = "marc.petit@finance-conseil.fr"
MARCH_1 = dt.date(2030, 3, 1)  # a Friday
MARCH_1_7AM = dt.datetime(2030, 3, 1, 7, 0, tzinfo=dt.UTC)


class NotNow:
    """Claire wrote to Marc (tracked); Marc answered "not now, call me back on `until`" (R5 stopped it, R15 set the
    owner's reminder)."""

    def __init__(
        self, conn: psycopg.Connection[Any], until: dt.date | None = MARCH_1, *, resume_setting: bool = False
    ) -> None:
        self.conn = conn
        self.box: Mailbox = make_team_with_mailbox(
            conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",)
        )
        if resume_setting:
            set_resume_setting(conn, self.box, True)
        self.sent = outbound(self.box, PROSPECT, sent_at=T0 - dt.timedelta(days=2))
        row = ingest(conn, self.box.mailbox_id, self.sent, T0 - dt.timedelta(days=2))
        tracked = conn.execute("select id from public.tracked_emails where message_id = %s", (row["message_id"],))
        self.tracked: uuid.UUID = tracked.fetchone()[0]  # type: ignore[index]
        reply = ingest(
            conn, self.box.mailbox_id,
            inbound_reply(self.sent, received_at=T0, body_text="Pas maintenant, rappelez-moi en mars."), T0,
        )  # fmt: skip
        self.reply = uuid.UUID(str(reply["message_id"]))
        conn.execute(
            "select worker.record_intent(%s, 'not_now', 0.85, 'rules', %s, p_now => %s)", (self.reply, until, T0)
        )
        found = conn.execute("select id from public.reminders").fetchone()
        self.reminder: uuid.UUID | None = found[0] if found else None

    def status(self) -> str:
        row = self.conn.execute("select status::text from public.tracked_emails where id = %s", (self.tracked,))
        return str(row.fetchone()[0])  # type: ignore[index]

    def events(self, *kinds: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "select reason from public.events where tracked_email_id = %s and kind = any(%s) order by id",
                (self.tracked, list(kinds)),
            ).fetchall()
        ]


def set_resume_setting(conn: psycopg.Connection[Any], box: Mailbox, on: bool) -> dict[str, Any]:
    """The team's admin (its owner) sets resume_after_not_now through the team-settings RPC."""
    with acting_as(conn, "authenticated", box.owner_id, commit=True) as c:
        row = c.execute(
            "select to_jsonb(public.set_team_settings(%s, %s))", (box.team_id, Jsonb({"resume_after_not_now": on}))
        ).fetchone()
    assert row is not None
    return dict(row[0])


@pytest.fixture
def nn(db_url: str) -> Iterator[NotNow]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield NotNow(conn)


def resume(conn: psycopg.Connection[Any], user: uuid.UUID, reminder: uuid.UUID | None, on: bool = True) -> Any:
    try:
        with acting_as(conn, "authenticated", user, commit=True) as c:
            row = c.execute("select public.resume_after_not_now(%s, %s)", (reminder, on)).fetchone()
            return row[0] if row else None
    except psycopg.Error as exc:
        return (sqlstate(exc), exc.diag.message_primary)


def test_r15_without_a_resume_the_sequence_stays_stopped(nn: NotNow) -> None:
    assert run_scheduler(nn.conn, MARCH_1_7AM + dt.timedelta(days=30)) == 0
    assert nn.status() == "replied"
    assert pending_followup(nn.conn, nn.tracked) is None


def test_r15_a_resume_sends_one_follow_up_at_the_first_working_hour_of_the_date(nn: NotNow) -> None:
    assert resume(nn.conn, nn.box.owner_id, nn.reminder) == MARCH_1_7AM
    assert nn.events("resume_planned") == [
        f"R15: the sequence will resume on Fri 2030-03-01 07:00 UTC, as {PROSPECT} asked (not now until 2030-03-01)"
    ]
    # Before the date: nothing moves (the day before, and the date itself before working hours).
    for before in (dt.datetime(2030, 2, 28, 17, 59, tzinfo=dt.UTC), dt.datetime(2030, 3, 1, 6, 59, tzinfo=dt.UTC)):
        assert run_scheduler(nn.conn, before) == 0
        assert nn.status() == "replied"
    # The first tick at 07:00 resumes it and queues the follow-up it created, due at once.
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 1
    assert nn.status() == "active"
    followup = pending_followup(nn.conn, nn.tracked)
    assert followup is not None
    assert (followup["seq"], followup["due_at"], followup["status"], followup["queued_at"]) == (
        1,
        MARCH_1_7AM,
        "scheduled",
        MARCH_1_7AM,
    )
    assert nn.events("resumed") == [
        f"R15: {PROSPECT} asked to be contacted again on 2030-03-01: the sequence resumes, in the same thread"
    ]
    assert (
        nn.events("scheduled")[-1] == "follow-up 1 of 3 due Fri 2030-03-01 07:00 UTC (R15: the date the not now named)"
    )
    # The engine's contract sends it in the same thread.
    [(_msg_id, followup_id)] = read_queue(nn.conn)
    assert followup_id == followup["id"]
    first = claim(nn.conn, followup_id, now=MARCH_1_7AM)
    assert first.get("claim_token"), first
    final = send_claimed(nn.conn, first, MARCH_1_7AM + dt.timedelta(minutes=1))
    assert final["ok"] is True
    sent = nn.conn.execute("select status::text from public.followups where id = %s", (followup_id,)).fetchone()
    assert sent == ("sent",)
    # The answer the owner chose to come back after does not break the promise (R13), nor any other invariant.
    assert promise_violations(nn.conn) == []
    assert invariant_problems(nn.conn) == []
    # Resumed once: a later tick does nothing more for this reminder.
    outcome = nn.conn.execute("select resume_outcome from public.reminders where id = %s", (nn.reminder,))
    assert outcome.fetchone() == ("resumed: follow-up 1 of 3 due Fri 2030-03-01 07:00 UTC",)


def test_r15_a_date_off_work_resumes_at_the_next_working_hour(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        saturday = NotNow(conn, dt.date(2030, 3, 2))
        monday_7am = dt.datetime(2030, 3, 4, 7, 0, tzinfo=dt.UTC)
        assert resume(conn, saturday.box.owner_id, saturday.reminder) == monday_7am
        assert run_scheduler(conn, dt.datetime(2030, 3, 2, 9, 0, tzinfo=dt.UTC)) == 0
        assert run_scheduler(conn, monday_7am) == 1


def test_r15_a_new_answer_before_the_date_keeps_the_sequence_stopped(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    later = T0 + dt.timedelta(days=10)
    ingest(nn.conn, nn.box.mailbox_id, inbound_reply(nn.sent, received_at=later, body_text="Finalement, oui !"), later)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "replied"
    assert nn.events("resume_skipped") == [f"R15: not resumed: {PROSPECT} wrote again since"]


def test_r15_a_colleague_who_answers_for_the_person_keeps_it_stopped_and_is_the_one_named(nn: NotNow) -> None:
    # Marc's assistant writes in the thread after his "not now", then Marc: the conversation goes on without the
    # engine, and the owner reads who wrote first since, not Marc's name for a message Marc never sent. (The resume
    # is dropped when the first of them is read: private.r15_drop_resume.)
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assistant = "julie.roux@finance-conseil.fr"
    for days, sender in ((10, assistant), (12, PROSPECT)):
        at = T0 + dt.timedelta(days=days)
        ingest(nn.conn, nn.box.mailbox_id, inbound_reply(nn.sent, sender, received_at=at, body_text="Bien noté."), at)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "replied"
    assert nn.events("resume_skipped") == [f"R15: not resumed: {assistant} wrote again since"]


def test_r15_a_person_who_wrote_since_in_another_conversation_is_left_to_the_owner(db_url: str) -> None:
    # R5: with the team's default, a prospect who writes back in any conversation has answered. Marc asked to be
    # called back in March, then wrote to Claire in February about something else: the owner's reminder stays,
    # the engine does not come back by itself. A team that counts only the conversation itself gets its resume.
    for any_conversation in (True, False):
        with psycopg.connect(db_url, autocommit=True) as conn:
            nn = NotNow(conn)
            if not any_conversation:
                with acting_as(conn, "authenticated", nn.box.owner_id, commit=True) as c:
                    c.execute(
                        "select public.set_team_settings(%s, %s)",
                        (nn.box.team_id, Jsonb({"reply_from_any_conversation": False})),
                    )
            # NotNow reads the first reminder of the database: this team's is the one of its tracked email.
            reminder = conn.execute("select id from public.reminders where tracked_email_id = %s", (nn.tracked,))
            resume(conn, nn.box.owner_id, reminder.fetchone()[0])  # type: ignore[index]
            february = T0 + dt.timedelta(days=30)
            other = outbound(nn.box, PROSPECT, sent_at=february, subject="Invitation au petit-déjeuner client")
            ingest(conn, nn.box.mailbox_id, other, february)
            answer = february + dt.timedelta(hours=2)
            ingest(conn, nn.box.mailbox_id, inbound_reply(other, received_at=answer, body_text="Avec plaisir."), answer)
            # The dashboard stops showing a resume that will not come as soon as his message is read.
            assert summary(conn, nn.tracked)[3] == (None if any_conversation else MARCH_1_7AM)
            assert run_scheduler(conn, MARCH_1_7AM) == (0 if any_conversation else 1)
            assert nn.status() == ("replied" if any_conversation else "active")
            assert nn.events("resume_skipped") == (
                [f"R15: not resumed: {PROSPECT} wrote again since, in another conversation"] if any_conversation
                else []
            )  # fmt: skip
            assert invariant_problems(conn) == []


def test_r15_a_person_who_wrote_since_to_a_colleagues_mailbox_is_left_to_the_owner(nn: NotNow) -> None:
    # Marc asked Claire to call him back in March, then wrote to Max, her colleague, in February: he is talking to
    # the team, so the engine does not come back by itself; the owner reads where he wrote, not what.
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    max_box = add_mailbox(nn.conn, nn.box.team_id, add_member(nn.conn, nn.box.team_id, "max@cabinet-durand.fr"),
        "max@cabinet-durand.fr")  # fmt: skip
    february = T0 + dt.timedelta(days=30)
    to_max = inbound(max_box, PROSPECT, received_at=february, subject="Succession de mon père")
    ingest(nn.conn, max_box.mailbox_id, to_max, february)
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "replied"
    assert nn.events("resume_skipped") == [
        f"R15: not resumed: {PROSPECT} wrote again since, to max@cabinet-durand.fr (another mailbox of the team)"
    ]


def test_r15_an_answer_after_the_resume_stops_the_sequence_again(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    run_scheduler(nn.conn, MARCH_1_7AM)
    answer_at = MARCH_1_7AM + dt.timedelta(minutes=1)
    ingest(nn.conn, nn.box.mailbox_id, inbound_reply(nn.sent, received_at=answer_at, body_text="Oui !"), answer_at)
    assert nn.status() == "replied"
    followup = nn.conn.execute(
        "select status::text, reason from public.followups where tracked_email_id = %s and created_at = %s",
        (nn.tracked, MARCH_1_7AM),
    ).fetchall()
    assert followup == [("cancelled", "replied")]


def test_r15_a_resume_can_be_withdrawn_before_the_date(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assert resume(nn.conn, nn.box.owner_id, nn.reminder, on=False) is None
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "replied"


def test_r15_who_may_ask_for_a_resume(nn: NotNow) -> None:
    member = add_member(nn.conn, nn.box.team_id, "max@cabinet-durand.fr")
    admin = add_member(nn.conn, nn.box.team_id, "adam@cabinet-durand.fr", "admin")
    stranger = make_team_with_mailbox(nn.conn, address="bob@autre.fr", domains=("autre.fr",)).owner_id
    assert resume(nn.conn, member, nn.reminder) == ("P0002", "no such reminder")
    assert resume(nn.conn, stranger, nn.reminder) == ("P0002", "no such reminder")
    assert resume(nn.conn, admin, nn.reminder) == MARCH_1_7AM
    # Audited, with who asked.
    rows = nn.conn.execute("select entity_type, action, actor_id from public.audit_log").fetchall()
    assert rows == [("reminder", "resume_planned", admin)]
    with acting_as(nn.conn, "anon") as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("select public.resume_after_not_now(%s)", (nn.reminder,))


def test_r15_nothing_to_resume_once_the_tracked_email_is_over(nn: NotNow) -> None:
    # R8 stopped it for good (the person opted out since).
    set_status = "update public.tracked_emails set status = %s where id = %s"
    nn.conn.execute(set_status, ("opted_out", nn.tracked))
    assert resume(nn.conn, nn.box.owner_id, nn.reminder) == (
        "55000", "the tracked email is opted_out: there is no stopped sequence to resume"
    )  # fmt: skip
    # Asked while it was stopped by the not now, over by the date: the tick says why it does not resume.
    nn.conn.execute(set_status, ("replied", nn.tracked))
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    nn.conn.execute(set_status, ("opted_out", nn.tracked))
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "opted_out"
    assert nn.events("resume_skipped") == ["R15: not resumed: the tracked email is opted_out"]


def send_resumed(nn: NotNow, at: dt.datetime = MARCH_1_7AM) -> uuid.UUID:
    """The tick at `at` resumes the sequence and the engine's contract sends its follow-up; returns its id."""
    assert run_scheduler(nn.conn, at) == 1
    [(_msg_id, followup_id)] = read_queue(nn.conn)
    first = claim(nn.conn, followup_id, now=at)
    assert first.get("claim_token"), first
    assert send_claimed(nn.conn, first, at + dt.timedelta(minutes=1))["ok"] is True
    return uuid.UUID(str(followup_id))


def summary(conn: psycopg.Connection[Any], tracked: uuid.UUID) -> tuple[Any, ...]:
    row = conn.execute(
        "select status::text, automatic_sent, total_followups, next_followup_due_at"
        " from public.followup_activity_summary where tracked_email_id = %s",
        (tracked,),
    ).fetchone()
    assert row is not None
    return tuple(row)


# The team's setting resume_after_not_now -------------------------------------------------------------------------


def test_r15_the_resume_setting_is_off_by_default_and_only_admins_change_it_audited(nn: NotNow) -> None:
    member = add_member(nn.conn, nn.box.team_id, "max@cabinet-durand.fr")
    with acting_as(nn.conn, "authenticated", member) as c:
        # Exposed where team settings are read (the table under RLS: every member of the team).
        row = c.execute(
            "select resume_after_not_now from public.team_settings where team_id = %s", (nn.box.team_id,)
        ).fetchone()
        assert row == (False,)
    with acting_as(nn.conn, "authenticated", member) as c, pytest.raises(psycopg.Error) as refused:
        c.execute("select public.set_team_settings(%s, %s)", (nn.box.team_id, Jsonb({"resume_after_not_now": True})))
    assert sqlstate(refused.value) == "42501"
    with acting_as(nn.conn, "authenticated", nn.box.owner_id) as c, pytest.raises(psycopg.Error) as bad:
        c.execute("select public.set_team_settings(%s, %s)", (nn.box.team_id, Jsonb({"resume_after_not_now": "yes"})))
    assert (sqlstate(bad.value), bad.value.diag.message_primary) == (
        "22023", 'resume_after_not_now must be true or false (got "yes")'
    )  # fmt: skip
    assert set_resume_setting(nn.conn, nn.box, True)["resume_after_not_now"] is True
    audit = nn.conn.execute(
        "select actor_id, before ->> 'resume_after_not_now', after ->> 'resume_after_not_now' from public.audit_log"
        " where entity_type = 'team_settings'"
    ).fetchall()
    assert audit == [(nn.box.owner_id, "false", "true")]
    # Another setting changed later leaves it as it is.
    with acting_as(nn.conn, "authenticated", nn.box.owner_id, commit=True) as c:
        c.execute("select public.set_team_settings(%s, %s)", (nn.box.team_id, Jsonb({"max_followups": 2})))
    row = nn.conn.execute("select resume_after_not_now from public.team_settings").fetchone()
    assert row == (True,)


def test_r15_with_the_setting_a_not_now_plans_its_resume_at_once(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn, resume_setting=True)
        row = conn.execute("select resume_at, resume_requested_by from public.reminders where id = %s", (nn.reminder,))
        assert row.fetchone() == (MARCH_1_7AM, None)
        # The same timeline event and audit as a member's request, saying why nobody asked.
        assert nn.events("reminder", "resume_planned") == [
            f"R15: reminder for the owner on 2030-03-01 ({PROSPECT}: not now)",
            f"R15: the sequence will resume on Fri 2030-03-01 07:00 UTC, as {PROSPECT} asked (not now until "
            "2030-03-01) (the team's setting resume_after_not_now)",
        ]
        audit = conn.execute(
            "select action, actor_id, after from public.audit_log where entity_type = 'reminder'"
        ).fetchall()
        assert audit == [
            ("resume_planned", None, {"resume_at": "2030-03-01T07:00:00+00:00",
                                      "why": "the team's setting resume_after_not_now"})
        ]  # fmt: skip
        # A member may still withdraw it before the date.
        assert resume(conn, nn.box.owner_id, nn.reminder, on=False) is None
        assert run_scheduler(conn, MARCH_1_7AM) == 0
        assert nn.status() == "replied"


def test_r15_with_the_setting_the_resume_comes_on_the_date_by_itself(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn, resume_setting=True)
        assert run_scheduler(conn, MARCH_1_7AM - dt.timedelta(minutes=1)) == 0
        send_resumed(nn)
        assert nn.events("resumed") == [
            f"R15: {PROSPECT} asked to be contacted again on 2030-03-01: the sequence resumes, in the same thread"
        ]
        assert promise_violations(conn) == []
        assert invariant_problems(conn) == []


def test_r15_with_the_setting_a_corrected_intent_plans_the_resume(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn, until=None, resume_setting=True)
        assert nn.reminder is None
        # The owner says what the reply meant: not now, until the 1st of March.
        with acting_as(conn, "authenticated", nn.box.owner_id, commit=True) as c:
            c.execute("select public.correct_intent(%s, 'not_now', %s)", (nn.reply, MARCH_1))
        row = conn.execute("select resume_at from public.reminders where message_id = %s", (nn.reply,)).fetchone()
        assert row == (MARCH_1_7AM,)
        assert len(nn.events("resume_planned")) == 1
        send_resumed(nn)
        assert nn.status() == "completed"


def test_r15_without_the_setting_a_not_now_only_reminds(nn: NotNow) -> None:
    row = nn.conn.execute("select resume_at from public.reminders where id = %s", (nn.reminder,)).fetchone()
    assert row == (None,)
    assert nn.events("resume_planned") == []
    assert run_scheduler(nn.conn, MARCH_1_7AM + dt.timedelta(days=30)) == 0
    assert nn.status() == "replied"


def test_r15_a_not_now_without_a_date_never_resumes_even_with_the_setting(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn, until=None, resume_setting=True)
        assert nn.reminder is None
        assert nn.events("resume_planned") == []
        for later in (MARCH_1_7AM, MARCH_1_7AM + dt.timedelta(days=365)):
            assert run_scheduler(conn, later) == 0
        assert nn.status() == "replied"
        assert pending_followup(conn, nn.tracked) is None


# Exactly one follow-up after a resume ------------------------------------------------------------------------------


def test_r15_the_resumed_sequence_ends_after_its_one_follow_up(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    send_resumed(nn)
    assert nn.status() == "completed"
    reason = nn.conn.execute("select status_reason from public.tracked_emails where id = %s", (nn.tracked,))
    assert reason.fetchone() == ("R15: the one follow-up after the not now was sent",)
    assert nn.events("completed") == [
        "R15: the one follow-up after the not now was sent (follow-up 1): nothing more is scheduled"
    ]
    assert pending_followup(nn.conn, nn.tracked) is None
    # The dashboard's summary agrees: one sent, nothing due.
    assert summary(nn.conn, nn.tracked) == ("completed", 1, 1, None)
    # Weeks later, nothing more is planned or sent (the maximum of 3 is not what ended it).
    assert run_scheduler(nn.conn, MARCH_1_7AM + dt.timedelta(days=30)) == 0
    since_resume = nn.conn.execute(
        "select status::text from public.followups where tracked_email_id = %s and created_at >= %s",
        (nn.tracked, MARCH_1_7AM),
    ).fetchall()
    assert since_resume == [("sent",)]
    assert promise_violations(nn.conn) == []
    assert invariant_problems(nn.conn) == []


def test_r15_a_follow_up_written_by_hand_after_the_resume_is_the_one(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 1
    by_hand = MARCH_1_7AM + dt.timedelta(minutes=5)
    ingest(nn.conn, nn.box.mailbox_id, manual_followup(nn.box, nn.sent, sent_at=by_hand), by_hand)
    assert nn.status() == "completed"
    followups = nn.conn.execute(
        "select status::text, reason from public.followups where tracked_email_id = %s and created_at >= %s",
        (nn.tracked, MARCH_1_7AM),
    ).fetchall()
    assert followups == [("cancelled", "R15: the one follow-up after the not now was sent")]
    assert nn.events("completed") == [
        "R15: the one follow-up after the not now was sent (by hand): nothing more is scheduled"
    ]
    assert summary(nn.conn, nn.tracked) == ("completed", 0, 1, None)
    assert invariant_problems(nn.conn) == []


def test_r15_an_out_of_office_holds_the_resumed_follow_up_which_stays_the_only_one(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 1
    away = MARCH_1_7AM + dt.timedelta(minutes=1)
    ingest(nn.conn, nn.box.mailbox_id, auto_reply(nn.sent, received_at=away, until="2030-03-06"), away)
    assert nn.status() == "active"
    held = pending_followup(nn.conn, nn.tracked)
    assert held is not None
    # R6: held past the return (Wednesday 6 March), due at the first working hour of Thursday itself: the follow-up
    # of a resume is due on a date, it has no interval left to wait (it was once due at 10:59, the mailbox's
    # 4 hours less the minute waited).
    assert held["due_at"] == dt.datetime(2030, 3, 7, 7, 0, tzinfo=dt.UTC)
    [(_msg_id, stale)] = read_queue(nn.conn)
    assert claim(nn.conn, stale, now=away + dt.timedelta(minutes=1)).get("ok") is False
    assert run_scheduler(nn.conn, dt.datetime(2030, 3, 6, 17, 0, tzinfo=dt.UTC)) == 0
    due = held["due_at"]
    assert run_scheduler(nn.conn, due) == 1
    [(_msg_id, followup_id)] = read_queue(nn.conn)
    assert followup_id == held["id"]
    first = claim(nn.conn, followup_id, now=due)
    assert send_claimed(nn.conn, first, due)["ok"] is True
    assert nn.status() == "completed"
    assert summary(nn.conn, nn.tracked) == ("completed", 1, 1, None)
    assert invariant_problems(nn.conn) == []


def test_r15_a_resume_while_the_person_is_away_is_due_when_they_are_back(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    # Marc is away until Monday 4 March when the date comes: R6 holds the resumed follow-up from the start, due at
    # the first working hour after his return (it was due on Friday, queued, and shown as due until a claim
    # found the hold; a claim refused outside working time moved it to Monday without it).
    away = dt.datetime(2030, 2, 27, 9, 0, tzinfo=dt.UTC)
    ingest(nn.conn, nn.box.mailbox_id, auto_reply(nn.sent, received_at=away, until="2030-03-04"), away)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "active"
    held = pending_followup(nn.conn, nn.tracked)
    assert held is not None
    assert (held["due_at"], held["queued_at"]) == (dt.datetime(2030, 3, 5, 7, 0, tzinfo=dt.UTC), None)
    assert nn.events("scheduled")[-1] == (
        "follow-up 1 of 3 due Tue 2030-03-05 07:00 UTC (R15: the date the not now named, held: the recipient is out"
        " of office)"
    )
    assert summary(nn.conn, nn.tracked) == ("active", 0, 0, dt.datetime(2030, 3, 5, 7, 0, tzinfo=dt.UTC))
    assert invariant_problems(nn.conn) == []


def test_r15_the_resume_comes_back_in_the_thread_the_person_answered_in(db_url: str) -> None:
    # Claire wrote to Marc twice, about two things (A on Saturday, B on Sunday). Marc answers A: "not now, in March".
    # R5 stops both (a person who writes back is never chased), and R15's reminder and resume belong to A, in A's
    # thread: they once went to B, the latest sent, and the engine wrote in a thread Marc had not answered in.
    with psycopg.connect(db_url, autocommit=True) as conn:
        box = make_team_with_mailbox(conn, address="claire@cabinet-durand.fr", domains=("cabinet-durand.fr",))
        set_resume_setting(conn, box, True)
        first = outbound(box, PROSPECT, sent_at=T0 - dt.timedelta(days=3), subject="Votre bilan patrimonial")
        ingest(conn, box.mailbox_id, first, T0 - dt.timedelta(days=3))
        second = outbound(box, PROSPECT, sent_at=T0 - dt.timedelta(days=2), subject="Invitation au séminaire")
        ingest(conn, box.mailbox_id, second, T0 - dt.timedelta(days=2))
        answer = inbound_reply(first, received_at=T0, body_text="Pas maintenant, rappelez-moi en mars.")
        reply = ingest(conn, box.mailbox_id, answer, T0)
        conn.execute(
            "select worker.record_intent(%s, 'not_now', 0.85, 'rules', %s, p_now => %s)",
            (reply["message_id"], MARCH_1, T0),
        )
        subject_of = (
            "select m.subject from public.tracked_emails as t join public.messages as m on m.id = t.message_id"
            " where t.id = %s"
        )
        reminders = conn.execute("select tracked_email_id, resume_at from public.reminders").fetchall()
        assert [(conn.execute(subject_of, (t,)).fetchone(), at) for t, at in reminders] == [
            (("Votre bilan patrimonial",), MARCH_1_7AM)
        ]
        assert run_scheduler(conn, MARCH_1_7AM) == 1
        statuses = conn.execute(
            "select m.subject, t.status::text from public.tracked_emails as t"
            " join public.messages as m on m.id = t.message_id order by t.sent_at"
        ).fetchall()
        assert statuses == [("Votre bilan patrimonial", "active"), ("Invitation au séminaire", "replied")]
        [(_msg_id, followup_id)] = read_queue(conn)
        context = claim(conn, followup_id, now=MARCH_1_7AM)
        assert context["ok"] is True
        # The follow-up goes in the thread Marc answered in.
        assert context["provider_thread_id"] == first["provider_thread_id"]


# The dashboard shows a planned resume ----------------------------------------------------------------------------


def page_by_next_due(conn: psycopg.Connection[Any], box: Mailbox, status: str) -> list[tuple[uuid.UUID, Any]]:
    """The owner's first page of the dashboard, one status, soonest next follow-up first (under RLS)."""
    with acting_as(conn, "authenticated", box.owner_id) as c:
        rows = c.execute(
            "select tracked_email_id, next_followup_due_at"
            " from public.followup_activity_page('next_due', %s, null, null, null, 50)",
            (status,),
        ).fetchall()
    return [(r[0], r[1]) for r in rows]


def test_r15_a_planned_resume_is_the_next_follow_up_the_dashboard_shows(nn: NotNow) -> None:
    """Marc said "not now, call me back in March" and Claire asked Relance to come back then: the email is replied
    and the engine will send one follow-up on Fri 1 March 07:00. Her dashboard says so (next follow-up due), so she
    neither writes one by hand nor wonders whether anything is planned; until then it was empty."""
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert resume(nn.conn, nn.box.owner_id, nn.reminder) == MARCH_1_7AM
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, MARCH_1_7AM)
    # The page ordered by next due puts it with its date, before a replied email with nothing planned.
    other = outbound(nn.box, "lea.martin@finance-conseil.fr", sent_at=T0 - dt.timedelta(days=1))
    ingest(nn.conn, nn.box.mailbox_id, other, T0 - dt.timedelta(days=1))
    ingest(nn.conn, nn.box.mailbox_id, inbound_reply(other, received_at=T0), T0)
    page = page_by_next_due(nn.conn, nn.box, "replied")
    assert len(page) == 2
    assert page[0] == (nn.tracked, MARCH_1_7AM) and page[1][1] is None
    # On the date the tick resumes it: active, due at once, the one pending follow-up's time.
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 1
    assert summary(nn.conn, nn.tracked) == ("active", 0, 0, MARCH_1_7AM)
    assert invariant_problems(nn.conn) == []


def test_r15_a_withdrawn_resume_leaves_nothing_due(nn: NotNow) -> None:
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assert resume(nn.conn, nn.box.owner_id, nn.reminder, on=False) is None
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    # Asked again: shown again.
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    assert summary(nn.conn, nn.tracked)[3] == MARCH_1_7AM


def test_r15_a_reminder_marked_done_takes_its_resume_off_the_dashboard(nn: NotNow) -> None:
    """Claire called Marc herself and marked the reminder done: the tick will not resume the sequence (it resumes
    only what is still to do), so nothing is shown as due, and nothing is sent on the date."""
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    with acting_as(nn.conn, "authenticated", nn.box.owner_id, commit=True) as c:
        assert c.execute("select public.mark_reminder_done(%s)", (nn.reminder,)).fetchone() == (True,)
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert nn.status() == "replied"


def test_r15_a_resume_the_person_overtakes_is_no_longer_shown(nn: NotNow) -> None:
    """Marc wrote again before March: the sequence will not resume (R15: the person wrote again since), and the
    dashboard stops showing a follow-up that will not come as soon as his message is read."""
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    later = T0 + dt.timedelta(days=10)
    ingest(nn.conn, nn.box.mailbox_id, inbound_reply(nn.sent, received_at=later, body_text="Finalement, oui !"), later)
    # Dropped as soon as his message is read, not on the date.
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert nn.events("resume_skipped") == [f"R15: not resumed: {PROSPECT} wrote again since"]


def test_r15_an_email_over_for_good_shows_no_resume(nn: NotNow) -> None:
    """Marc asks to stop after his not now (R8): suppressed, no follow-up will ever come, and none is shown from the
    moment his request is read (the email keeps the answer it had: replied)."""
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    later = T0 + dt.timedelta(days=3)
    ingest(nn.conn, nn.box.mailbox_id, inbound_reply(nn.sent, received_at=later, opt_out=True), later)
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)
    assert nn.conn.execute("select reason::text from public.suppressions").fetchall() == [("opted_out",)]
    assert nn.events("resume_skipped") == [f"R15: not resumed: {PROSPECT} wrote again since"]
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, None)


def test_r15_a_new_reading_that_is_no_longer_a_not_now_takes_the_resume_back(db_url: str) -> None:
    """With the team's setting on, the rules read "not now, March"; an LLM reading of the same reply then says it
    is interested: the reminder and its planned resume are taken back (nobody acted on them), and the dashboard no
    longer shows a follow-up in March."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn, resume_setting=True)
        assert summary(conn, nn.tracked) == ("replied", 0, 0, MARCH_1_7AM)
        conn.execute(
            "select worker.record_intent(%s, 'interested', 0.95, 'llm', null, p_now => %s)",
            (nn.reply, T0 + dt.timedelta(minutes=5)),
        )
        assert conn.execute("select count(*) from public.reminders").fetchone() == (0,)
        assert summary(conn, nn.tracked) == ("replied", 0, 0, None)


def test_r15_a_message_older_than_the_not_now_read_late_keeps_the_resume(nn: NotNow) -> None:
    """A message Marc wrote before his not now, synced late (another folder, a slow delta), is no news since: the
    resume stays planned and shown, and comes on the date."""
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    earlier = T0 - dt.timedelta(hours=1)
    ingest(
        nn.conn, nn.box.mailbox_id,
        inbound_reply(nn.sent, received_at=earlier, body_text="Je regarde cela."), T0 + dt.timedelta(days=2),
    )  # fmt: skip
    assert summary(nn.conn, nn.tracked) == ("replied", 0, 0, MARCH_1_7AM)
    assert nn.events("resume_skipped") == []
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 1


def test_r15_a_not_now_erased_with_its_message_takes_its_resume_off_the_dashboard(nn: NotNow) -> None:
    """The not now's message is deleted (its reminder goes with it, on delete cascade): no resume is left to come,
    and none is shown."""
    resume(nn.conn, nn.box.owner_id, nn.reminder)
    nn.conn.execute("delete from public.messages where id = %s", (nn.reply,))
    assert nn.conn.execute("select count(*) from public.reminders").fetchone() == (0,)
    assert summary(nn.conn, nn.tracked)[3] is None
    assert run_scheduler(nn.conn, MARCH_1_7AM) == 0


def test_r15_marking_a_reminder_done_waits_for_its_tracked_email_before_its_reminder(db_url: str) -> None:
    """Lock order (065_lock_order.sql): a reminder's plan changes its tracked email's next due, so every path that
    changes one holds the tracked email first (step 6), as a resume being planned does (tracked email, then
    reminder). With another transaction holding the tracked email (a resume being planned, an ingest), marking the
    reminder done waits for it without holding the reminder, so that transaction can still take the reminder: two
    real connections, no deadlock; the reminder ends done and nothing is shown as due."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        nn = NotNow(conn)
        resume(conn, nn.box.owner_id, nn.reminder)
        holder = worker_connection(db_url)
        marker = worker_connection(db_url)
        try:
            with holder.transaction():
                holder.execute("select 1 from public.tracked_emails where id = %s for no key update", (nn.tracked,))
                outcome: dict[str, Any] = {}

                def mark() -> None:
                    try:
                        outcome["value"] = marker.execute(
                            "select public.mark_reminder_done(%s, %s)", (nn.reminder, MARCH_1_7AM)
                        ).fetchone()
                    except psycopg.Error as exc:  # handed to the test thread
                        outcome["error"] = exc

                thread = threading.Thread(target=mark, daemon=True)
                thread.start()
                wait_until_waiting_on_lock(conn, marker.info.backend_pid)
                # The waiting call holds no lock on the reminder: the holder takes it at once.
                holder.execute("set local lock_timeout = '2s'")
                holder.execute("select 1 from public.reminders where id = %s for no key update", (nn.reminder,))
            thread.join(30)
            assert not thread.is_alive()
            assert outcome == {"value": (True,)}
        finally:
            holder.close()
            marker.close()
        assert conn.execute("select done_at from public.reminders where id = %s", (nn.reminder,)).fetchone() == (
            MARCH_1_7AM,
        )
        assert summary(conn, nn.tracked)[3] is None
