"""The engine against a model of its rules, on random sequences of events.

Claire at Cabinet Durand (Paris, 07:00-18:00 Monday to Friday, French holidays, 4 working hours between
follow-ups, at most 3) writes to a prospect, and maybe later writes to them again in another conversation.
Hypothesis draws a sequence of events at increasing instants (minutes to days apart): scheduler ticks with a worker
draining the queue (the engine's copy seen in Sent Items at once, later or never), manual follow-ups, out-of-office
replies with a return date, pauses and resumes, changes of the interval or of the start of working hours, a bounce, a
reply, an opt-out, or a "not now" that names a date, with or without the team's setting that resumes the sequence on
that date.
After every event each tracked email's status, count (R3) and next due time are compared with the model's.

The model is the rules read from BEHAVIOUR.md, with working time from the oracle of
tests/test_working_time_oracle.py (zoneinfo and dateutil's Easter, never the database):
- R2: the next follow-up is due at base + the interval in working time, the base being the last send (tracked
  email, automatic or manual follow-up); a claim outside working time is refused and moves it to the next working
  minute; a change of interval or working hours re-plans it at once;
- R3/R4: automatic and manual follow-ups count together; the third completes the tracked email;
- R5/R8: a reply stops the tracked email it answers and, with the team's default (drawn on or off), every other one
  to the prospect (and is recorded on the one it answers when that one was completed: replied, or opted out);
  an opt-out stops every one (R8: nothing is scheduled for a suppressed address), and after it a
  new message to them is not tracked;
- R7/R8: a bounce report about any message to the prospect (answered or not) makes their address undeliverable:
  every tracked email to them stops at once, and a new message to them is not tracked;
- R6: an out-of-office until D holds every tracked email to the prospect until the first working hour of the first
  working day after D, and the working time already waited before it counts (held time does not); the latest
  out-of-office is the one that holds, and a person who writes is back;
- R9: at most the mailbox's daily cap of sends a local day (200, or 1 or 2 here); what is due beyond it moves to the
  first working minute of the next working day;
- R11: nothing is sent while paused; on resume an overdue follow-up is due one interval after the resume, and stays
  counted from the resume when something re-plans it before the next send;
- R15: a not now is an answer (R5) and, with the setting, the tracked email of its conversation resumes at the tick
  on the first working minute of its date (never before the not now), unless the prospect wrote since (in any
  conversation) or opted out, with one follow-up due then (held if they are away, due at their release: it has no
  interval to finish), after which, sent or written by hand, the sequence is completed.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import hypothesis
import psycopg
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.pg import acting_as
from tests.story import (
    Message,
    Story,
    ack,
    answered_by,
    auto_reply,
    bounce,
    claim,
    engine_copy,
    inbound_reply,
    ingest,
    manual_followup,
    outbound,
    read_queue,
    run_scheduler,
    send_claimed,
)
from tests.test_working_time_oracle import Clock

PARIS = "Europe/Paris"
PROSPECT = "marc.lefevre@lefevre-industrie.fr"
MAXIMUM = 3


@dataclass
class Model:
    clock: Clock
    base: datetime  # the last send; or the resume that moved an overdue follow-up (R11)
    interval: int = 4 * 60  # minutes of working time
    status: str = "active"
    count: int = 0
    due: datetime | None = None
    until: date | None = None  # R6: the return date of the prospect's latest out-of-office
    held_from: datetime | None = None
    not_now_at: datetime | None = None  # R15: the "not now" that stopped it, with the resume it planned
    resume_at: datetime | None = None
    after_not_now: bool = False  # R15: the pending follow-up is the one of a resume
    heard: datetime | None = None  # the prospect's latest human message in its conversation (R15)

    def plan(self) -> None:
        """R2 from the base, then R6's hold. R15's one follow-up keeps its date, moved into working time."""
        if self.after_not_now and self.due is not None:
            self.due = self.clock.add(self.due, 0)
        else:
            self.due = due_after(self.clock, self.base, self.interval)
        self.hold()

    def hold(self) -> None:
        if self.until is None or self.held_from is None or self.due is None:
            return
        release = first_working_minute_after(self.clock, self.until)  # in the settings of the moment
        if release <= self.due:
            return
        if self.after_not_now:
            self.due = release  # R15's follow-up is due on a date, not after an interval: held, due at the release
            return
        waited = self.clock.between(self.base, max(self.base, self.held_from))
        self.due = due_after(self.clock, release, max(0, self.interval - waited))

    def counted(self, at: datetime) -> None:
        """R3/R4: a follow-up (automatic or manual) sent at `at`."""
        self.count += 1
        self.base = at
        if self.count >= MAXIMUM or self.after_not_now:  # R15: the one follow-up after a not now ends it
            self.status, self.due = "completed", None
        else:
            self.plan()


def due_after(clock: Clock, t: datetime, minutes: int) -> datetime:
    """R2: when a follow-up `minutes` of working time after `t` may go: the end of the last of those minutes, or the
    next working minute when that end closes the day (18:00 is no working time; nothing is due when a claim refuses)."""
    return clock.add(clock.add(t, minutes), 0)


def first_working_minute_on(clock: Clock, day: date, now: datetime) -> datetime:
    """R15: the first working minute of `day`, or the next one, never before `now`."""
    t = max(now, datetime.combine(day, time(0), tzinfo=clock.zone).astimezone(UTC))
    return clock.add(t, 0)


def first_working_minute_after(clock: Clock, day: date) -> datetime:
    """R6: the first working hour of the next working day after `day`."""
    t = datetime.combine(day + timedelta(days=1), time(0), tzinfo=clock.zone).astimezone(UTC)
    while not clock.working(t):
        t += timedelta(minutes=1)
    return t


# Ticks most often; "second" writes a second tracked email to the prospect (once).
EVENTS = st.sampled_from(
    ["tick"] * 4
    + ["second"] * 2
    + ["manual", "out_of_office", "pause", "resume", "interval", "hours", "reply", "opt_out"]
    + ["not_now"] * 2
    + ["bounce", "echo"]
)


@settings(
    derandomize=True,
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    # Claire writes on a day of 2026-2027, often just before a long weekend, a holiday or a change of clocks.
    sent_day=st.dates(date(2026, 1, 1), date(2027, 12, 31))
    | st.sampled_from(
        [date(2026, 3, 27), date(2026, 10, 23), date(2026, 5, 13), date(2026, 12, 24), date(2027, 4, 30)]
    ),
    sent_minute=st.integers(0, 24 * 60 - 1),
    # Minutes between events: often a few (a tick every minute finds what just fell due), sometimes days.
    events=st.lists(
        st.tuples(EVENTS, st.integers(1, 90) | st.integers(90, 4 * 24 * 60), st.integers(0, 20)), max_size=14
    ),
    reply_at_end=st.booleans(),
    resume_after_not_now=st.booleans(),
    daily_cap=st.sampled_from([200, 1, 2]),
    any_conversation=st.booleans(),
)
# Sequences that once found the engine wrong (or that random ones seldom reach), always run first.
# R7 then R5: a report that the address failed, then the prospect's answer in the thread: answered after all.
@example(date(2026, 3, 27), 0, [("bounce", 1, 0)], True, False, 200, False)
# R6: a second out-of-office while the first holds moves the return, not the start of the hold (the model took
# the second notice's minute for the start, one minute late).
@example(date(2026, 3, 27), 0, [("out_of_office", 1, 0), ("out_of_office", 1, 0)], False, False, 200, False)
# R15 with R6: a not now on Friday morning for that day, an out-of-office until that day, then Monday
# (release at Monday 07:00; the resumed follow-up was due at 11:00), and the same with the tick at 18:00 (outside
# working time, it was moved to Monday without the hold until Tuesday).
@example(date(2026, 3, 27), 0, [("not_now", 1, 0), ("out_of_office", 1, 0), ("tick", 1, 0)], False, True, 200, True)
@example(date(2026, 3, 27), 0, [("not_now", 1, 0), ("out_of_office", 1, 3), ("tick", 658, 0)], False, True, 200, True)
# R15: the not now answers the first proposal; the resume comes back in its thread (it went to the second).
@example(
    date(2026, 11, 23), 420, [("second", 10, 0), ("not_now", 10, 2), ("tick", 3 * 24 * 60, 0)], False, True, 200, True
)
# R7/R8: a bounce about the first proposal stops the second too.
@example(date(2026, 11, 23), 420, [("second", 10, 0), ("bounce", 10, 0), ("tick", 300, 0)], False, False, 200, True)
# R8: a team that counts only answers in the conversation itself: an opt-out there stops the other one too.
@example(date(2026, 11, 23), 420, [("second", 10, 0), ("opt_out", 10, 0), ("tick", 300, 0)], False, False, 200, False)
# R9: a cap of one a day, two tracked emails due together, ticks the same day and the next.
@example(
    date(2026, 11, 23),
    420,
    [("second", 10, 0), ("tick", 230, 0), ("tick", 240, 0), ("tick", 1200, 0)],
    False,
    False,
    1,
    True,
)
# R3 then R5/R8/R15: three nudges complete the proposal, then the prospect answers in its thread (a reply, a request
# to stop, a not now with the resume setting: the answer is recorded, nothing more is ever sent).
@example(
    date(2026, 11, 23), 420, [("manual", 30, 0)] * 3 + [("reply", 30, 0), ("tick", 600, 0)], False, False, 200, True
)
@example(date(2026, 11, 23), 420, [("manual", 30, 0)] * 3 + [("opt_out", 30, 0)], False, False, 200, False)
@example(
    date(2026, 11, 23),
    420,
    [("manual", 30, 0)] * 3 + [("not_now", 30, 1), ("tick", 3 * 24 * 60, 0)],
    False,
    True,
    200,
    True,
)
def test_r2_r3_r4_r6_r11_r15_the_engine_follows_a_model_of_the_rules(
    db: psycopg.Connection[Any],
    sent_day: date,
    sent_minute: int,
    events: list[tuple[str, int, int]],
    reply_at_end: bool,
    resume_after_not_now: bool,
    daily_cap: int,
    any_conversation: bool,
) -> None:
    story = Story(db, time_zone=PARIS, holiday_calendar="fr")
    # R15's resume (off by default), R5's answers in any conversation (on by default), R9's cap (200 by default).
    team = {"resume_after_not_now": resume_after_not_now, "reply_from_any_conversation": any_conversation}
    with acting_as(db, "authenticated", story.owner, commit=True):
        db.execute("select public.set_team_settings(%s, %s)", (story.team_id, json.dumps(team)))
        db.execute(
            "select public.set_mailbox_settings(%s, %s)", (story.mailbox_id, json.dumps({"daily_send_cap": daily_cap}))
        )
    sent_on: dict[date, int] = {}  # the engine's sends of each local day
    clock = Clock(PARIS, time(7), time(18), [1, 2, 3, 4, 5], "fr")
    # Claire writes inside working hours (the first working minute from the drawn one).
    now = clock.add(
        datetime.combine(sent_day, time(0), tzinfo=clock.zone).astimezone(UTC) + timedelta(minutes=sent_minute), 0
    )
    # The tracked emails to the prospect: the first, and maybe a second in another conversation later ("second").
    tracked: list[tuple[Message, uuid.UUID, Model]] = []
    history: list[str] = []

    suppressed = False  # R8: the prospect opted out
    heard: datetime | None = None  # the prospect's latest human message, in any conversation (R5, R15)
    echoes: list[Message] = []  # the engine's sends not yet seen in Sent Items

    def ingest_echoes() -> None:
        # R4/R3: the engine's own follow-up seen in Sent Items, however late, is never a manual follow-up.
        while echoes:
            copy = echoes.pop(0)
            history.append(f"the engine's copy seen in Sent Items {local(now)}")
            ingest(db, story.mailbox_id, copy, now)

    def write(subject: str) -> None:
        sent = outbound(story.mailbox, [PROSPECT], sent_at=now, subject=subject)
        ingest(db, story.mailbox_id, sent, now)
        history.append(f"{subject} sent {local(now)}")
        if suppressed:
            assert not story.is_tracked(sent), "R8: nothing is scheduled for a suppressed address"
            return
        model = Model(clock=tracked[0][2].clock if tracked else clock, base=now)
        if tracked:
            model.interval, model.until, model.held_from = (
                tracked[0][2].interval, tracked[0][2].until, tracked[0][2].held_from
            )  # fmt: skip
        model.plan()
        tracked.append((sent, story.tracked(sent)["tracked_email_id"], model))

    def total(tracked_id: uuid.UUID) -> int:
        row = db.execute("select public.get_total_followup_count(%s)", (tracked_id,)).fetchone()
        assert row is not None
        return int(row[0])

    def check() -> None:
        for sent, tracked_id, model in tracked:
            row = db.execute(
                """select t.status::text, public.get_total_followup_count(t.id),
                          (select f.due_at from public.followups f where f.tracked_email_id = t.id
                           and f.status = 'scheduled')
                   from public.tracked_emails t where t.id = %s""",
                (tracked_id,),
            ).fetchone()
            assert row is not None
            status, count, due = row
            assert (status, count, local(due)) == (model.status, model.count, local(model.due)), (
                f"{sent.subject}:\n" + "\n".join(history)
            )

    def live() -> list[Model]:
        return [m for _s, _i, m in tracked if m.status in ("active", "paused")]

    def answered(model: Model) -> list[Model]:
        """R5: what a reply in `model`'s conversation stops: with the team's default, every tracked email to the
        prospect; else that one. And `model` itself when its sequence was completed (R3) or stopped by a bounce
        (R7): the prospect's answer in its conversation after the last follow-up, or after a report that their
        address failed, is recorded all the same (an answer elsewhere is not)."""
        stopped = live() if any_conversation else [m for m in live() if m is model]
        return stopped + ([model] if model.status in ("completed", "bounced") else [])

    write("Proposition A")
    check()
    for event, minutes, n in events:
        now += timedelta(minutes=minutes)
        sent, tracked_id, model = tracked[n % len(tracked)]  # the tracked email an event about one concerns
        if event == "tick":
            history.append(f"tick {local(now)}")
            run_scheduler(db, now)
            for m in (m for _s, _i, m in tracked if m.resume_at is not None and m.resume_at <= now):
                # R15: the tick resumes a sequence stopped by a not now on its date, with one follow-up due then,
                # unless the prospect wrote since (in any conversation: the team's default), opted out, or it is
                # over (the resumed follow-up is then claimed in this tick like any other that is due).
                assert m.not_now_at is not None and heard is not None
                assert m.heard is not None
                wrote = m.heard > m.not_now_at or (any_conversation and heard > m.not_now_at)
                if m.status == "replied" and not wrote and not suppressed and m.count < MAXIMUM:
                    m.status, m.after_not_now, m.base, m.due = "active", True, now, m.resume_at
                    m.hold()
                    hypothesis.event("R15: a sequence resumed")
                else:
                    hypothesis.event("R15: a resume skipped")
                m.resume_at = None
            # The whole queue, and only this story's follow-ups claimed: the database is shared by the examples,
            # and the tick also queues what earlier examples left due (more than one read of the queue returns).
            queued = [q for batch in iter(lambda: read_queue(db), []) for q in batch]
            ours = {
                r[0]
                for r in db.execute(
                    "select id from public.followups where mailbox_id = %s and id = any(%s)",
                    (story.mailbox_id, [f for _m, f in queued]),
                )
            }
            for msg_id, followup_id in queued:
                context = claim(db, followup_id, None, now) if followup_id in ours else {"ok": False}
                if context["ok"]:
                    final = send_claimed(db, context, now, provider_message_id=f"AAMk-{followup_id}")
                    if final["ok"]:
                        copy = engine_copy(
                            story.mailbox, answered_by(context), followup_id, sent_at=now,
                            provider_message_id=f"AAMk-{followup_id}",
                            internet_message_id=final["internet_message_id"],
                        )  # fmt: skip
                        echoes.append(copy)
                        if n % 2 == 0:  # seen in Sent Items at once; else at a later "echo" event, or never
                            ingest_echoes()
                ack(db, msg_id)
            waiting = []
            for _s, tracked_id, m in tracked:
                if m.status == "active" and m.due is not None and m.due <= now:
                    if not m.clock.working(now):
                        m.due = m.clock.add(now, 0)  # R2: refused outside working time, moved to the next minute
                    else:
                        waiting.append((tracked_id, m))
            # R9: at most the daily cap a local day; which of two due at once goes first, the rules do not say.
            today = now.astimezone(clock.zone).date()
            sent_now = {tracked_id for tracked_id, m in waiting if total(tracked_id) == m.count + 1}
            assert len(sent_now) == min(max(0, daily_cap - sent_on.get(today, 0)), len(waiting)), "\n".join(history)
            for tracked_id, m in waiting:
                if tracked_id in sent_now:
                    m.counted(now)
                    sent_on[today] = sent_on.get(today, 0) + 1
                else:
                    m.due = first_working_minute_after(m.clock, today)  # over the cap: the next working day
                    hypothesis.event("R9: the daily cap moved a follow-up to the next working day")
        elif event == "echo":
            ingest_echoes()
        elif event == "second":
            if len(tracked) > 1:
                continue
            write("Proposition B")
        elif event == "manual":
            history.append(f"manual follow-up of {sent.subject} {local(now)}")
            ingest(db, story.mailbox_id, manual_followup(story.mailbox, sent, sent_at=now), now)
            if model.status in ("active", "paused"):
                model.counted(now)
        elif event == "out_of_office":
            # R6: the hold belongs to the person: every tracked email to them waits.
            until = now.astimezone(clock.zone).date() + timedelta(days=n)
            history.append(f"out of office in {sent.subject} {local(now)} until {until}")
            ingest(db, story.mailbox_id, auto_reply(sent, received_at=now, until=until.isoformat()), now)
            for _s, _i, m in tracked:
                # The latest out-of-office names the return; one that comes while the person is still away (the
                # return date not past) does not move the start: the absence is one, and no interval ran in it.
                if m.until is None or m.held_from is None or m.until < now.astimezone(m.clock.zone).date():
                    m.held_from = now
                m.until = until
                if m.status in ("active", "paused"):
                    m.plan()
        elif event == "pause":
            history.append(f"pause {sent.subject} {local(now)}")
            story.tracked_rpc("pause_tracked_email", tracked_id, now)
            if model.status == "active":
                model.status = "paused"
        elif event == "resume":
            history.append(f"resume {sent.subject} {local(now)}")
            story.tracked_rpc("resume_tracked_email", tracked_id, now)
            if model.status == "paused":
                model.status = "active"
                if model.due is not None and model.due <= now:
                    model.base = now  # R11: no backlog burst, the interval runs again from the resume
                    model.due = due_after(model.clock, now, model.interval)
                    model.hold()
        elif event == "not_now":
            # R5: an answer (as a reply); R15: a reminder on the date it names for
            # the tracked email of its conversation and, with the team's setting, the resume planned at once.
            until = now.astimezone(clock.zone).date() + timedelta(days=n % 7)
            history.append(f"not now in {sent.subject} {local(now)} until {until}")
            answer = ingest(
                db, story.mailbox_id,
                inbound_reply(sent, received_at=now, body_text=f"Pas maintenant, rappelez-moi le {until}."), now,
            )  # fmt: skip
            db.execute(
                "select worker.record_intent(%s, 'not_now', 0.85, 'rules', %s, p_now => %s)",
                (answer["message_id"], until, now),
            )
            for m in answered(model):
                m.status, m.due, m.after_not_now = "replied", None, False
            for _s, _i, m in tracked:
                m.until = None  # a person who writes is back
            heard = model.heard = now
            # The latest not now is the one that resumes (the prospect wrote since the earlier ones).
            if resume_after_not_now and model.status == "replied":
                model.not_now_at = now
                model.resume_at = first_working_minute_on(model.clock, until, now)
        elif event == "bounce":
            # R7: a report that the prospect's address is gone, about one of the messages to them (answered or
            # not): undeliverable for the team, so every tracked email to them stops at once (R8: nothing is
            # scheduled for a suppressed address) and a new message to them is not tracked.
            history.append(f"bounce of {sent.subject} {local(now)}")
            ingest(db, story.mailbox_id, bounce(sent, received_at=now, recipients=[PROSPECT]), now)
            for m in live():
                m.status, m.due, m.after_not_now = "bounced", None, False
            suppressed = True
        elif event in ("reply", "opt_out"):
            # R5: the tracked email answered stops, and every other one to the prospect unless the team counts
            # only the conversation itself.
            history.append(f"{event.replace('_', '-')} in {sent.subject} {local(now)}")
            ingest(db, story.mailbox_id, inbound_reply(sent, received_at=now, opt_out=event == "opt_out"), now)
            # R8: after an opt-out nothing is scheduled for them, whatever the conversation.
            for m in (
                live() + ([model] if model.status in ("completed", "bounced") else [])
                if event == "opt_out"
                else answered(model)
            ):
                m.status, m.due = ("opted_out" if event == "opt_out" else "replied"), None
                m.after_not_now = False
            for _s, _i, m in tracked:
                m.until = None  # a person who writes is back
            suppressed = suppressed or event == "opt_out"
            heard = model.heard = now
        elif event in ("hours", "interval"):
            change: dict[str, Any] = (
                {"working_hours_start": f"{7 + n % 3:02d}:00"} if event == "hours"
                else {"followup_interval_hours": 2 + n % 3 * 2}
            )  # fmt: skip
            history.append(f"settings {change} {local(now)}")
            with acting_as(db, "authenticated", story.owner, commit=True):
                db.execute("select public.set_mailbox_settings(%s, %s)", (story.mailbox_id, json.dumps(change)))
            for _s, _i, m in tracked:
                if event == "hours":
                    m.clock = Clock(PARIS, time(7 + n % 3), time(18), [1, 2, 3, 4, 5], "fr")
                else:
                    m.interval = change["followup_interval_hours"] * 60
                if m.status in ("active", "paused"):
                    m.plan()  # R2: re-planned at once
        check()
    # What the sequences reached (pytest --hypothesis-show-statistics).
    ends = ", ".join(f"{m.status} after {m.count}" + (" (resumed)" if m.after_not_now else "") for _s, _i, m in tracked)
    hypothesis.event(f"{len(tracked)} tracked, ends {ends}")
    if reply_at_end:
        now += timedelta(minutes=1)
        history.append(f"reply {local(now)}")
        ingest(db, story.mailbox_id, inbound_reply(tracked[0][0], received_at=now), now)
        for m in answered(tracked[0][2]):
            m.status, m.due = "replied", None
        check()


def local(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(ZoneInfo(PARIS)).strftime("%a %Y-%m-%d %H:%M %Z")
