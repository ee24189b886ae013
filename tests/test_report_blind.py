"""Blind acceptance tests for the team's report (`public.followup_report`) and `followup_variant_stats`.

Written from README.md ("The report", R16's A/B variants, "What a frontend calls"), BEHAVIOUR.md, DESIGN.md and the
catalog's comments alone, never from sql/ or workers/. Weeks are planted through the engine (sends, scheduler ticks, a
worker that drains the queue, replies, requests to stop, bounces, nudges by hand, templates with A/B variants) and
every figure is checked against a hand count. Cabinet Durand works in Paris (team zone Europe/Paris), 07:00-18:00
Monday-Friday, 4 working hours between follow-ups, at most three; Bob's mailbox is in New York where a story says so.

The definition every figure rests on (README, "The report"): "A send counts as answered when a person answered (not
an opt-out) after it and before the next one (the engine's, or a follow-up the user wrote by hand, which is not a step
of the chart)". The Wilson 95 % interval is computed here from its formula (z = 1.96):
centre = (p + z²/2n) / (1 + z²/n), half-width = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).

Dates are 2028 (US daylight saving starts Sunday 12 March, European Sunday 26 March); nothing reads today's date.
"""

from __future__ import annotations

import math
import statistics
import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from tests.pg import acting_as, make_user
from tests.story import (
    Mailbox,
    Message,
    Story,
    ack,
    add_mailbox,
    answered_by,
    auto_reply,
    bounce,
    claim,
    engine_copy,
    inbound,
    inbound_reply,
    ingest,
    make_team_with_mailbox,
    manual_followup,
    outbound,
    query_rows,
    read_queue,
    run_scheduler,
    send_claimed,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
Z = 1.96
TOL = 3e-4  # the report rounds rates to 4 decimals; z = 1.96 or 1.959964 both pass


# Helpers ---------------------------------------------------------------------------------------------------------


def wilson(replied: int, sent: int) -> tuple[float, float]:
    """The Wilson score interval at 95 %, from its formula."""
    p = replied / sent
    denominator = 1 + Z * Z / sent
    centre = (p + Z * Z / (2 * sent)) / denominator
    half = Z * math.sqrt(p * (1 - p) / sent + Z * Z / (4 * sent * sent)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def at(text: str, tz: ZoneInfo = PARIS) -> datetime:
    """`Mon 2028-03-13 09:00` in `tz`, its weekday checked."""
    day, rest = text.split(" ", 1)
    moment = datetime.strptime(rest, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    assert moment.strftime("%a") == day, f"{rest} is a {moment.strftime('%a')}"
    return moment


def send(conn: Any, mailbox: Mailbox, when: datetime, to: str, subject: str) -> Message:
    """The user sends a new email from `mailbox` (seen in Sent Items)."""
    message = outbound(mailbox, [to], sent_at=when, subject=subject)
    ingest(conn, mailbox.mailbox_id, message, when)
    return message


def reply(conn: Any, mailbox: Mailbox, original: Message, when: datetime, *, opt_out: bool = False) -> None:
    """The person answers in the conversation (R5), or asks to stop (R8)."""
    body = "Merci de ne plus me contacter." if opt_out else "Merci, je regarde et je reviens vers vous."
    ingest(conn, mailbox.mailbox_id, inbound_reply(original, received_at=when, body_text=body, opt_out=opt_out), when)


def nudge(conn: Any, mailbox: Mailbox, original: Message, when: datetime) -> None:
    """The user writes a follow-up by hand in the conversation (R4)."""
    ingest(conn, mailbox.mailbox_id, manual_followup(mailbox, original, sent_at=when), when)


def run(conn: Any, when: datetime) -> list[dict[str, Any]]:
    """A scheduler tick at `when`, then a worker drains the queue (R9), each send echoed into its own mailbox's Sent
    Items. Returns the claim contexts of the follow-ups actually sent."""
    run_scheduler(conn, when)
    sent: list[dict[str, Any]] = []
    for msg_id, followup_id in read_queue(conn):
        context = claim(conn, followup_id, None, when)
        if context["ok"]:
            provider_id = f"AAMk-relance-{followup_id}"
            final = send_claimed(conn, context, when, provider_message_id=provider_id)
            if final["ok"]:
                copy = engine_copy(
                    context["mailbox_address"],
                    answered_by(context),
                    followup_id,
                    sent_at=when,
                    provider_message_id=provider_id,
                    internet_message_id=final["internet_message_id"],
                )
                ingest(conn, context["mailbox_id"], copy, when)
                sent.append(context)
        ack(conn, msg_id)
    return sent


def report(conn: Any, team_id: uuid.UUID, start: str, end: str, user: uuid.UUID | None = None) -> dict[str, Any]:
    """The report as a signed-in user reads it through the Data API (security invoker, under RLS)."""
    with acting_as(conn, "authenticated", user):
        row = conn.execute("select public.followup_report(%s, %s::date, %s::date)", (team_id, start, end)).fetchone()
    assert row is not None
    result: dict[str, Any] = row[0]
    return result


def steps(rep: dict[str, Any]) -> dict[int, tuple[int, int]]:
    """{step: (sent, replied)} of the chart "reply rate by step", rows with sends only."""
    return {int(r["step"]): (int(r["sent"]), int(r["replied"])) for r in rep["by_step"] if r["sent"]}


def assert_rates(rows: list[dict[str, Any]]) -> None:
    """Each row's rate is replied/sent and its interval the Wilson 95 % interval computed here."""
    for r in rows:
        if not r["sent"]:
            continue
        low, high = wilson(int(r["replied"]), int(r["sent"]))
        assert float(r["reply_rate"]) == pytest.approx(r["replied"] / r["sent"], abs=TOL), r
        assert float(r["rate_low"]) == pytest.approx(low, abs=TOL), r
        assert float(r["rate_high"]) == pytest.approx(high, abs=TOL), r


def ended(rep: dict[str, Any]) -> dict[str, int]:
    return {k: int(v) for k, v in rep["ended"].items() if v}


def per_day(rep: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {str(d["day"]): (int(d["automatic"]), int(d["manual"])) for d in rep["followups_per_day"]}


def cells(rep: dict[str, Any]) -> dict[tuple[int, int], tuple[int, int]]:
    """{(weekday, hour): (sent, replied)}; Sunday is written 7 whether the report says 0 or 7 (the texts fix no
    numbering; Monday is 1 either way)."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for c in rep["by_weekday_hour"]:
        if not c["sent"]:
            continue
        weekday = 7 if int(c["weekday"]) == 0 else int(c["weekday"])
        key = (weekday, int(c["hour"]))
        sent, replied = out.get(key, (0, 0))
        out[key] = (sent + int(c["sent"]), replied + int(c["replied"]))
    return out


def hours(rep: dict[str, Any]) -> list[float]:
    return sorted(round(float(h), 2) for h in rep["time_to_reply_hours"])


def tracked_status(conn: Any, message: Message) -> str:
    rows = query_rows(
        conn,
        "select t.status::text as status from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        message.internet_message_id,
    )
    assert len(rows) == 1, rows
    return str(rows[0]["status"])


def template(conn: Any, story: Story, step: int, body: str, variant: str) -> uuid.UUID:
    """A follow-up template written by the team's admin through the public RPC (R16)."""
    with acting_as(conn, "authenticated", story.owner, commit=True):
        row = conn.execute(
            "select id from public.create_followup_template(p_team_id => %s, p_step => %s, p_language => 'fr',"
            " p_body_text => %s, p_variant => %s, p_weight => 1)",
            (story.team_id, step, body, variant),
        ).fetchone()
    assert row is not None
    tid: uuid.UUID = row[0]
    return tid


def variant_stats(conn: Any, team_id: uuid.UUID, user: uuid.UUID) -> dict[tuple[int, str], dict[str, Any]]:
    """followup_variant_stats as the signed-in user reads it, keyed by (step, variant), rows with sends only."""
    with acting_as(conn, "authenticated", user):
        rows = query_rows(conn, "select * from public.followup_variant_stats where team_id = %s", team_id)
    return {(int(r["step"]), str(r["variant"])): r for r in rows if r["sent"]}


# A realistic week at Cabinet Durand ------------------------------------------------------------------------------


def plant_week(conn: Any) -> Story:
    """Monday 13 March 2028, 09:00 Paris: Claire writes to seven prospects. By hand:
    P1 answers Mon 11:00 (before any follow-up: the first email is answered).
    Follow-up 1 leaves Mon 13:00 for P2-P6 (P1 answered, P7 bounced at 09:05).
    P2 answers Mon 15:00 (follow-up 1 answered); P5 asks to stop Mon 15:30 (an opt-out, not a reply).
    Follow-up 2 leaves Mon 17:00 (13:00 + 4 h) for P3, P4, P6.
    P3 answers Tue 08:00 (follow-up 2 answered).
    Follow-up 3 leaves Tue 10:00 (17-18 = 1 h, Tue 07-10 = 3 h) for P4, P6: both completed.
    P4 answers Wed 09:00, after the last follow-up (follow-up 3 answered); P6 never answers.
    """
    story = Story(conn)
    box = story.mailbox
    mon9 = at("Mon 2028-03-13 09:00")
    p = [send(conn, box, mon9, f"prospect{i}@client{i}.fr", f"Proposition {i}") for i in range(1, 8)]
    ingest(conn, box.mailbox_id, bounce(p[6], received_at=at("Mon 2028-03-13 09:05")), at("Mon 2028-03-13 09:05"))
    reply(conn, box, p[0], at("Mon 2028-03-13 11:00"))
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 5
    reply(conn, box, p[1], at("Mon 2028-03-13 15:00"))
    reply(conn, box, p[4], at("Mon 2028-03-13 15:30"), opt_out=True)
    assert len(run(conn, at("Mon 2028-03-13 17:00"))) == 3
    reply(conn, box, p[2], at("Tue 2028-03-14 08:00"))
    assert len(run(conn, at("Tue 2028-03-14 10:00"))) == 2
    reply(conn, box, p[3], at("Wed 2028-03-15 09:00"))
    assert run(conn, at("Wed 2028-03-15 12:00")) == []
    statuses = [tracked_status(conn, m) for m in p]
    assert statuses == ["replied", "replied", "replied", "replied", "opted_out", "completed", "bounced"]
    return story


def test_reply_rate_by_step_counts_each_answer_for_the_send_it_followed(conn: Any) -> None:
    """README: reply rate by step (first email, follow-up 1, 2 …). Hand count of `plant_week`:
    first email 7 sent, 1 answered (P1); follow-up 1: 5 sent, 1 (P2; P5's request to stop is not a reply);
    follow-up 2: 3 sent, 1 (P3); follow-up 3: 2 sent, 1 (P4, after the sequence completed)."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (7, 1), 1: (5, 1), 2: (3, 1), 3: (2, 1)}


def test_wilson_interval_of_each_step_matches_the_formula(conn: Any) -> None:
    """README: "reply rate by step … with the Wilson 95 % interval". Computed here: 1/7 -> [0.0257, 0.5131],
    1/5 -> [0.0362, 0.6245], 1/3 -> [0.0615, 0.7923], 1/2 -> [0.0945, 0.9055]."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    rows = [r for r in rep["by_step"] if r["sent"]]
    assert len(rows) == 4
    assert_rates(rows)
    by = {int(r["step"]): r for r in rows}
    assert float(by[0]["rate_low"]) == pytest.approx(0.0257, abs=TOL)
    assert float(by[0]["rate_high"]) == pytest.approx(0.5131, abs=TOL)


def test_time_to_reply_is_measured_from_the_first_email_and_ignores_opt_outs(conn: Any) -> None:
    """README: "time to reply (from the first email)". P1 2 h, P2 6 h, P3 23 h (Mon 09:00 -> Tue 08:00), P4 48 h;
    P5's request to stop is not a reply. Median of four: (6 + 23) / 2 = 14.5 h."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert hours(rep) == [2.0, 6.0, 23.0, 48.0]
    assert float(rep["median_hours_to_reply"]) == pytest.approx(14.5)


def test_why_sequences_ended(conn: Any) -> None:
    """README: "why sequences ended (replied, opted out, bounced, completed, untracked)". P1-P4 replied (P4 after the
    last follow-up, which README says moves it to replied), P5 opted out, P7 bounced, P6 completed. Keys read as the
    tracked email's statuses."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert ended(rep) == {"replied": 4, "opted_out": 1, "bounced": 1, "completed": 1}
    assert rep["totals"]["tracked"] == 7
    assert rep["totals"]["ended"] == 7


def test_automatic_followups_per_day_with_their_step(conn: Any) -> None:
    """README: "automatic and hand-written follow-ups sent per day", days of the team's zone, `--to` included:
    Monday 5 + 3 automatic, Tuesday 2, nothing by hand, nothing the rest of the week (seven days listed)."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    days = per_day(rep)
    assert days.get("2028-03-13") == (8, 0)
    assert days.get("2028-03-14") == (2, 0)
    assert all(days.get(f"2028-03-{d}", (0, 0)) == (0, 0) for d in range(15, 20))
    assert set(days) <= {f"2028-03-{d}" for d in range(13, 20)}
    by_day = {str(d["day"]): {int(k): int(v) for k, v in d["by_step"].items() if v} for d in rep["followups_per_day"]}
    assert by_day["2028-03-13"] == {1: 5, 2: 3}
    assert by_day["2028-03-14"] == {3: 2}
    assert rep["totals"]["followups_sent"] == 10
    assert rep["totals"]["manual_followups"] == 0


def test_weekday_and_hour_of_each_send_with_its_answers(conn: Any) -> None:
    """README: "by weekday and hour of sending in each mailbox's time zone". Every send of the week: Mon 09 h 7 sent
    (1 answered), Mon 13 h 5 (1), Mon 17 h 3 (1), Tue 10 h 2 (1). Weekdays read ISO (Monday 1)."""
    story = plant_week(conn)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert cells(rep) == {(1, 9): (7, 1), (1, 13): (5, 1), (1, 17): (3, 1), (2, 10): (2, 1)}


# Nudges by hand ----------------------------------------------------------------------------------------------------


def test_answer_after_a_hand_written_nudge_counts_for_no_step(conn: Any) -> None:
    """README: answered "after it and before the next one (the engine's, or a follow-up the user wrote by hand, which
    is not a step of the chart)". Paul: email Mon 09:00, follow-up 1 at 13:00, Claire nudges by hand at 15:00, Paul
    answers 16:00: the answer follows the nudge, so neither the email nor follow-up 1 is answered. Jeanne: email
    09:30, nudge by hand 10:00, answer 11:00: the email is not answered (the nudge came between). Both still
    replied: time to reply from the first email 7 h and 1.5 h (a reading: the chart of time to reply shows every
    answered email). Per day: 1 automatic, 2 by hand."""
    story = Story(conn)
    box = story.mailbox
    paul = send(conn, box, at("Mon 2028-03-13 09:00"), "paul.martin@client-patrimoine.fr", "Votre bilan")
    jeanne = send(conn, box, at("Mon 2028-03-13 09:30"), "jeanne.leroy@groupe-leroy.fr", "Votre retraite")
    nudge(conn, box, jeanne, at("Mon 2028-03-13 10:00"))
    reply(conn, box, jeanne, at("Mon 2028-03-13 11:00"))
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 1  # Paul's follow-up 1
    nudge(conn, box, paul, at("Mon 2028-03-13 15:00"))
    reply(conn, box, paul, at("Mon 2028-03-13 16:00"))
    assert tracked_status(conn, paul) == tracked_status(conn, jeanne) == "replied"
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (2, 0), 1: (1, 0)}
    assert_rates([r for r in rep["by_step"] if r["sent"]])
    assert per_day(rep)["2028-03-13"] == (1, 2)
    assert rep["totals"]["manual_followups"] == 2
    assert ended(rep) == {"replied": 2}
    assert hours(rep) == [1.5, 7.0]


def test_nudge_by_hand_is_not_a_step_of_the_chart(conn: Any) -> None:
    """README: a hand-written follow-up "is not a step of the chart": an answer to the email itself, before any
    nudge, still counts for the first email, and the nudge that came after it adds no step. Claire writes Mon
    09:00; Sophie answers 10:00; Claire then writes again by hand at 10:30 (a thank-you in the thread)."""
    story = Story(conn)
    box = story.mailbox
    sophie = send(conn, box, at("Mon 2028-03-13 09:00"), "sophie.bernard@notaires-lyon.fr", "Acte de donation")
    reply(conn, box, sophie, at("Mon 2028-03-13 10:00"))
    nudge(conn, box, sophie, at("Mon 2028-03-13 10:30"))
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (1, 1)}
    assert hours(rep) == [1.0]


# Answers that are not replies, answers elsewhere ---------------------------------------------------------------


def test_opt_out_is_never_a_reply_in_the_report_nor_in_the_variant_view(conn: Any) -> None:
    """README: "a request to stop is an opt-out, never a reply"; the view gives per variant and step "opt-outs and
    bounces". A single template for follow-up 1 (variant A). Two prospects: follow-up 1 Mon 13:00; one asks to stop
    at 14:00, the other answers at 15:00 (2 h after the follow-up: the median time to reply of the view, read as
    measured from that follow-up)."""
    story = Story(conn)
    box = story.mailbox
    template(conn, story, 1, "Bonjour, avez-vous pu regarder notre proposition ?", "A")
    a = send(conn, box, at("Mon 2028-03-13 09:00"), "anne@client-a.fr", "Proposition A")
    b = send(conn, box, at("Mon 2028-03-13 09:00"), "bruno@client-b.fr", "Proposition B")
    sent = run(conn, at("Mon 2028-03-13 13:00"))
    assert {c["variant"] for c in sent} == {"A"} and len(sent) == 2
    reply(conn, box, a, at("Mon 2028-03-13 14:00"), opt_out=True)
    reply(conn, box, b, at("Mon 2028-03-13 15:00"))
    assert tracked_status(conn, a) == "opted_out"
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (2, 0), 1: (2, 1)}
    assert ended(rep) == {"opted_out": 1, "replied": 1}
    assert hours(rep) == [6.0]
    row = variant_stats(conn, story.team_id, story.owner)[(1, "A")]
    assert (row["sent"], row["replied"], row["opted_out"], row["bounced"]) == (2, 1, 1, 0)
    assert float(row["reply_rate"]) == pytest.approx(0.5, abs=TOL)
    low, high = wilson(1, 2)
    assert float(row["reply_rate_low"]) == pytest.approx(low, abs=TOL)
    assert float(row["reply_rate_high"]) == pytest.approx(high, abs=TOL)
    assert row["median_time_to_reply"].total_seconds() == 2 * 3600


def test_answer_after_the_last_followup_counts_for_it_but_not_mail_in_another_conversation(conn: Any) -> None:
    """README, "An answer after the last follow-up": it is recorded, "the last step's reply rate in
    followup_variant_stats and the report counts it"; "A message from the person in another conversation does not".
    Templates for steps 1-3 (variant A). Both prospects get follow-ups Mon 13:00, 17:00, Tue 10:00 and are
    completed; Paul answers in the thread Tue 15:00; Marc writes a new email (another conversation) Tue 15:00."""
    story = Story(conn)
    box = story.mailbox
    for step in (1, 2, 3):
        template(conn, story, step, f"Relance numéro {step}.", "A")
    paul = send(conn, box, at("Mon 2028-03-13 09:00"), "paul@client-patrimoine.fr", "Bilan")
    marc = send(conn, box, at("Mon 2028-03-13 09:00"), "marc@industrie-lyon.fr", "Bilan Lyon")
    for when in ("Mon 2028-03-13 13:00", "Mon 2028-03-13 17:00", "Tue 2028-03-14 10:00"):
        assert len(run(conn, at(when))) == 2
    assert tracked_status(conn, paul) == tracked_status(conn, marc) == "completed"
    reply(conn, box, paul, at("Tue 2028-03-14 15:00"))
    elsewhere = inbound(box, "marc@industrie-lyon.fr", received_at=at("Tue 2028-03-14 15:00"), subject="Autre sujet")
    ingest(conn, box.mailbox_id, elsewhere, at("Tue 2028-03-14 15:00"))
    assert tracked_status(conn, paul) == "replied"
    assert tracked_status(conn, marc) == "completed"
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (2, 0), 1: (2, 0), 2: (2, 0), 3: (2, 1)}
    assert ended(rep) == {"replied": 1, "completed": 1}
    assert hours(rep) == [30.0]  # Mon 09:00 -> Tue 15:00
    stats = variant_stats(conn, story.team_id, story.owner)
    assert {k: (r["sent"], r["replied"]) for k, r in stats.items()} == {
        (1, "A"): (2, 0),
        (2, "A"): (2, 0),
        (3, "A"): (2, 1),
    }
    assert stats[(3, "A")]["median_time_to_reply"].total_seconds() == 5 * 3600  # Tue 10:00 -> 15:00


def test_answer_in_another_conversation_while_chased_counts_for_the_last_send(conn: Any) -> None:
    """R5: "A human message from one of the tracked email's recipients in any other conversation counts as an
    answer too (a team setting, on by default)". Reading: the report's "a person answered" is R5's answer, so
    follow-up 1 (the last send before it) is answered. Email Mon 09:00, follow-up 1 13:00, Paul writes a new email
    with another subject at 15:00."""
    story = Story(conn)
    box = story.mailbox
    paul = send(conn, box, at("Mon 2028-03-13 09:00"), "paul@client-patrimoine.fr", "Bilan")
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 1
    news = inbound(box, "paul@client-patrimoine.fr", received_at=at("Mon 2028-03-13 15:00"), subject="Question")
    ingest(conn, box.mailbox_id, news, at("Mon 2028-03-13 15:00"))
    assert tracked_status(conn, paul) == "replied"
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (1, 0), 1: (1, 1)}
    assert ended(rep) == {"replied": 1}


# A/B variants --------------------------------------------------------------------------------------------------------


def test_variant_reply_rates_in_the_report_and_the_view_agree_with_the_hand_count(conn: Any) -> None:
    """R16: "every variant's reply rate is visible"; README: by A/B variant in the report; the view gives sent,
    replies (after it, before the next follow-up, the engine's or one written by hand), rate, Wilson interval, median
    time to reply, opt-outs. Ten prospects, follow-up 1 (variants A and B) at Mon 13:00 for all: prospects 0 and 1
    answer 14:00, 2 and 3 at 16:00, 4 asks to stop at 15:00, Claire nudges 5 by hand at 14:30 and 5 answers 15:30
    (after the nudge: not an answer to follow-up 1). Expected figures per variant are counted from the variant each
    tracked email was given (read from the send itself)."""
    story = Story(conn)
    box = story.mailbox
    template(conn, story, 1, "Variante A : avez-vous eu le temps de regarder ?", "A")
    template(conn, story, 1, "Variante B : un créneau de 15 minutes cette semaine ?", "B")
    emails = [send(conn, box, at("Mon 2028-03-13 09:00"), f"p{i}@entreprise{i}.fr", f"Offre {i}") for i in range(10)]
    sent = run(conn, at("Mon 2028-03-13 13:00"))
    assert len(sent) == 10
    by_subject = {c["subject"]: str(c["variant"]) for c in sent}
    variant = [by_subject[f"Offre {i}"] for i in range(10)]
    assert set(variant) <= {"A", "B"}
    answer_hours = {0: 1.0, 1: 1.0, 2: 3.0, 3: 3.0}
    for i, h in answer_hours.items():
        reply(conn, box, emails[i], at("Mon 2028-03-13 14:00" if h == 1.0 else "Mon 2028-03-13 16:00"))
    reply(conn, box, emails[4], at("Mon 2028-03-13 15:00"), opt_out=True)
    nudge(conn, box, emails[5], at("Mon 2028-03-13 14:30"))
    reply(conn, box, emails[5], at("Mon 2028-03-13 15:30"))
    expected: dict[str, dict[str, Any]] = {}
    for i, v in enumerate(variant):
        e = expected.setdefault(v, {"sent": 0, "replied": 0, "opted_out": 0, "hours": []})
        e["sent"] += 1
        if i in answer_hours:
            e["replied"] += 1
            e["hours"].append(answer_hours[i])
        if i == 4:
            e["opted_out"] += 1
    stats = variant_stats(conn, story.team_id, story.owner)
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    rows = {str(r["variant"]): r for r in rep["by_variant"] if int(r["step"]) == 1 and r["sent"]}
    assert set(rows) == set(expected)
    for v, e in expected.items():
        low, high = wilson(e["replied"], e["sent"])
        view = stats[(1, v)]
        assert (view["sent"], view["replied"], view["opted_out"]) == (e["sent"], e["replied"], e["opted_out"]), v
        assert float(view["reply_rate"]) == pytest.approx(e["replied"] / e["sent"], abs=TOL)
        assert float(view["reply_rate_low"]) == pytest.approx(low, abs=TOL)
        assert float(view["reply_rate_high"]) == pytest.approx(high, abs=TOL)
        if e["hours"]:
            assert view["median_time_to_reply"].total_seconds() == statistics.median(e["hours"]) * 3600
        assert (int(rows[v]["sent"]), int(rows[v]["replied"])) == (e["sent"], e["replied"]), v
    assert_rates(list(rows.values()))
    assert steps(rep)[1] == (10, 4)


# Time zones, periods -----------------------------------------------------------------------------------------------


def test_weekday_and_hour_in_each_mailbox_zone_across_both_dst_changes(conn: Any) -> None:
    """README: "by weekday and hour of sending in each mailbox's time zone". Claire is in Paris, Bob (a member) in
    New York. Bob: Fri 10 March 10:00 (EST) and Mon 13 March 10:00 (EDT: US clocks changed on the 12th) are both
    10 h; Fri 17 March 23:30 New York (Saturday 04:30 in Paris) is a Friday at 23 h. Claire: Mon 20 March 09:00
    (CET) and Mon 27 March 09:00 (CEST: Europe changed on the 26th) are both 9 h; Sun 26 March 23:50 is a Sunday
    at 23 h. Answers: Bob's Monday email, Claire's 20 March email."""
    story = Story(conn)
    claire = story.mailbox
    bob_id = story.add_member("bob@cabinet-durand.fr")
    bob = add_mailbox(conn, story.team_id, bob_id, "bob@cabinet-durand.fr", settings={"time_zone": "America/New_York"})
    send(conn, bob, at("Fri 2028-03-10 10:00", NEW_YORK), "n1@ny-client.com", "Proposal 1")
    b2 = send(conn, bob, at("Mon 2028-03-13 10:00", NEW_YORK), "n2@ny-client.com", "Proposal 2")
    reply(conn, bob, b2, at("Mon 2028-03-13 12:00", NEW_YORK))
    send(conn, bob, at("Fri 2028-03-17 23:30", NEW_YORK), "n3@ny-client.com", "Proposal 3")
    c1 = send(conn, claire, at("Mon 2028-03-20 09:00"), "c1@client.fr", "Proposition 1")
    reply(conn, claire, c1, at("Mon 2028-03-20 10:00"))
    send(conn, claire, at("Sun 2028-03-26 23:50"), "c3@client.fr", "Proposition 3")
    send(conn, claire, at("Mon 2028-03-27 09:00"), "c2@client.fr", "Proposition 2")
    rep = report(conn, story.team_id, "2028-03-06", "2028-03-31", story.owner)
    assert cells(rep) == {
        (5, 10): (1, 0),
        (1, 10): (1, 1),
        (5, 23): (1, 0),
        (1, 9): (2, 1),
        (7, 23): (1, 0),
    }
    assert {(m["address"], m["time_zone"]) for m in rep["mailboxes"]} == {
        ("claire@cabinet-durand.fr", "Europe/Paris"),
        ("bob@cabinet-durand.fr", "America/New_York"),
    }


def test_followups_per_day_are_days_of_the_team_zone_with_to_included(conn: Any) -> None:
    """README: "Days are the team's time zone's, `--to` included". Period Mon 13 - Wed 15 March 2028, team in Paris.
    Claire's follow-up 1 leaves Mon 13:00 Paris (Paul answers it at 14:00). Bob, in New York working 07:00-20:00, writes
    Tue 14 15:30 New York; his follow-up 1 leaves at 19:30 New York = Wed 15 00:30 in Paris: a Wednesday for the
    team. Claire writes to Jeanne Wed 08:00 and nudges her by hand at 23:30 Paris (Wed 15, inside) and again Thu 16
    00:30 Paris (22:30 UTC on Wednesday, outside the period)."""
    story = Story(conn)
    claire = story.mailbox
    bob_id = story.add_member("bob@cabinet-durand.fr")
    bob = add_mailbox(
        conn,
        story.team_id,
        bob_id,
        "bob@cabinet-durand.fr",
        settings={"time_zone": "America/New_York", "working_hours_end": "20:00"},
    )
    paul = send(conn, claire, at("Mon 2028-03-13 09:00"), "paul@client-patrimoine.fr", "Bilan")
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 1
    reply(conn, claire, paul, at("Mon 2028-03-13 14:00"))
    send(conn, bob, at("Tue 2028-03-14 15:30", NEW_YORK), "n1@ny-client.com", "Proposal")
    assert len(run(conn, at("Wed 2028-03-15 00:30"))) == 1
    jeanne = send(conn, claire, at("Wed 2028-03-15 08:00"), "jeanne@groupe-leroy.fr", "Retraite")
    nudge(conn, claire, jeanne, at("Wed 2028-03-15 23:30"))
    nudge(conn, claire, jeanne, at("Thu 2028-03-16 00:30"))
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-15", story.owner)
    assert per_day(rep) == {"2028-03-13": (1, 0), "2028-03-14": (0, 0), "2028-03-15": (1, 1)}
    assert rep["totals"]["followups_sent"] == 2
    assert rep["totals"]["manual_followups"] == 1
    assert steps(rep) == {0: (3, 0), 1: (2, 1)}  # Paul answered follow-up 1


def test_period_bounds_are_midnights_of_the_team_zone_across_a_dst_change(conn: Any) -> None:
    """README: days are the team's zone's, `--to` included. Period 20-26 March 2028 in Paris: it starts Mon 20 00:00
    CET (Sun 19 23:00 UTC) and ends before Mon 27 00:00 CEST (Sun 26 22:00 UTC, clocks changed that Sunday). Sends
    Sun 19 23:50 and Mon 27 00:30 are outside; Mon 20 00:30 and Sun 26 23:30 are inside: 2 first emails."""
    story = Story(conn)
    box = story.mailbox
    send(conn, box, at("Sun 2028-03-19 23:50"), "a@client.fr", "Avant")
    send(conn, box, at("Mon 2028-03-20 00:30"), "b@client.fr", "Premier")
    send(conn, box, at("Sun 2028-03-26 23:30"), "c@client.fr", "Dernier")
    send(conn, box, at("Mon 2028-03-27 00:30"), "d@client.fr", "Après")
    rep = report(conn, story.team_id, "2028-03-20", "2028-03-26", story.owner)
    assert steps(rep) == {0: (2, 0)}
    assert rep["totals"]["tracked"] == 2
    starts = datetime.fromisoformat(rep["period"]["starts_at"])
    ends = datetime.fromisoformat(rep["period"]["ends_before"])
    assert starts == datetime(2028, 3, 19, 23, 0, tzinfo=UTC)
    assert ends == datetime(2028, 3, 26, 22, 0, tzinfo=UTC)


def test_sends_belong_to_their_own_period_and_late_answers_still_count(conn: Any) -> None:
    """A reading of "reply rate by step" over a period: each send is counted in the period it was sent in, and it is
    answered whenever the answer came (before the next send). E1 (Fri 10 March 16:00) has its follow-up 1 on Mon 13
    09:00 (2 h Fri + 2 h Mon), answered 10:00: the week of the 13th counts follow-up 1 answered but not E1; the week
    before counts E1, unanswered. E2 (Fri 17 16:00) is answered Sat 18; E3 (Fri 17 17:00) is answered Mon 20 08:00,
    after the period but before its follow-up (due Mon 10:00): both first emails of the week are answered."""
    story = Story(conn)
    box = story.mailbox
    e1 = send(conn, box, at("Fri 2028-03-10 16:00"), "e1@client.fr", "Un")
    assert len(run(conn, at("Mon 2028-03-13 09:00"))) == 1
    reply(conn, box, e1, at("Mon 2028-03-13 10:00"))
    e2 = send(conn, box, at("Fri 2028-03-17 16:00"), "e2@client.fr", "Deux")
    reply(conn, box, e2, at("Sat 2028-03-18 11:00"))
    e3 = send(conn, box, at("Fri 2028-03-17 17:00"), "e3@client.fr", "Trois")
    reply(conn, box, e3, at("Mon 2028-03-20 08:00"))
    week = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(week) == {0: (2, 2), 1: (1, 1)}
    assert per_day(week)["2028-03-13"] == (1, 0)
    before = report(conn, story.team_id, "2028-03-06", "2028-03-12", story.owner)
    assert steps(before) == {0: (1, 0)}
    assert sum(a + m for a, m in per_day(before).values()) == 0


def test_empty_period_reports_nothing_and_a_single_day_is_a_period(conn: Any) -> None:
    """An empty period: no sends, no rates, no times, nothing ended, zero follow-ups each day. A one-day period
    (from = to) is that day only: Monday's 7 first emails and 8 automatic follow-ups of `plant_week`, none of
    Tuesday's. An untracked email ends as "untracked" (README's list)."""
    story = plant_week(conn)
    late = send(conn, story.mailbox, at("Thu 2028-03-16 09:00"), "z@client.fr", "Suivi")
    row = query_rows(
        conn,
        "select t.id from public.tracked_emails t join public.messages m on m.id = t.message_id"
        " where m.internet_message_id = %s",
        late.internet_message_id,
    )[0]
    assert story.tracked_rpc("untrack_email", row["id"], at("Thu 2028-03-16 10:00"))
    empty = report(conn, story.team_id, "2028-04-03", "2028-04-09", story.owner)
    assert steps(empty) == {}
    assert empty["by_variant"] == []
    assert cells(empty) == {}
    assert empty["time_to_reply_hours"] == []
    assert empty["median_hours_to_reply"] is None
    assert ended(empty) == {}
    assert all(d["automatic"] == 0 and d["manual"] == 0 for d in empty["followups_per_day"])
    assert {k: v for k, v in empty["totals"].items() if v} == {}
    monday = report(conn, story.team_id, "2028-03-13", "2028-03-13", story.owner)
    assert steps(monday) == {0: (7, 1), 1: (5, 1), 2: (3, 1)}
    assert per_day(monday) == {"2028-03-13": (8, 0)}
    week = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert ended(week) == {"replied": 4, "opted_out": 1, "bounced": 1, "completed": 1, "untracked": 1}


def test_a_period_that_ends_before_it_starts_is_refused(conn: Any) -> None:
    """The function's comment: "22004/22023 on a bad period … P0002 for no such team"."""
    story = Story(conn)
    with pytest.raises(psycopg.Error) as bad:
        report(conn, story.team_id, "2028-03-19", "2028-03-13", story.owner)
    assert bad.value.sqlstate in ("22023", "22004")
    with pytest.raises(psycopg.Error) as missing, acting_as(conn, "service_role"):
        conn.execute("select public.followup_report(%s, '2028-03-13', '2028-03-19')", (uuid.uuid4(),))
    assert missing.value.sqlstate == "P0002"


# Who sees what ----------------------------------------------------------------------------------------------------


def plant_two_mailboxes(conn: Any) -> tuple[Story, uuid.UUID, Mailbox]:
    """Claire (the team's owner) writes c1-c3 and Bob (a member) b1-b2, Mon 13 March 09:00 Paris; c1 and b1 answer
    10:00; follow-up 1 (template, variant A) leaves 13:00 for c2, c3, b2; c2 answers 14:00."""
    story = Story(conn)
    claire = story.mailbox
    template(conn, story, 1, "Bonjour, avez-vous pu regarder ?", "A")
    bob_id = story.add_member("bob@cabinet-durand.fr")
    bob = add_mailbox(conn, story.team_id, bob_id, "bob@cabinet-durand.fr")
    mon9 = at("Mon 2028-03-13 09:00")
    c = [send(conn, claire, mon9, f"c{i}@client.fr", f"Claire {i}") for i in range(1, 4)]
    b = [send(conn, bob, mon9, f"b{i}@client.fr", f"Bob {i}") for i in range(1, 3)]
    reply(conn, claire, c[0], at("Mon 2028-03-13 10:00"))
    reply(conn, bob, b[0], at("Mon 2028-03-13 10:00"))
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 3
    reply(conn, claire, c[1], at("Mon 2028-03-13 14:00"))
    return story, bob_id, bob


def test_admin_sees_the_team_and_a_member_only_their_own_mailboxes(conn: Any) -> None:
    """README: "a team admin calling it through the Data API reads exactly the page's numbers (a member, those of
    their own mailboxes …)"; the view is "Under the caller's RLS". Team: first email 5 sent 2 answered, follow-up 1
    3 sent 1 answered; Bob's: 2 sent 1 answered, 1 sent 0 answered. A member without a mailbox sees zero."""
    story, bob_id, _bob = plant_two_mailboxes(conn)
    admin = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(admin) == {0: (5, 2), 1: (3, 1)}
    assert {m["address"] for m in admin["mailboxes"]} == {"claire@cabinet-durand.fr", "bob@cabinet-durand.fr"}
    member = report(conn, story.team_id, "2028-03-13", "2028-03-19", bob_id)
    assert steps(member) == {0: (2, 1), 1: (1, 0)}
    assert {m["address"] for m in member["mailboxes"]} == {"bob@cabinet-durand.fr"}
    assert per_day(member)["2028-03-13"] == (1, 0)
    assert hours(member) == [1.0]
    assert ended(member) == {"replied": 1}
    assert_rates([r for r in member["by_step"] if r["sent"]])
    assert {k: (r["sent"], r["replied"]) for k, r in variant_stats(conn, story.team_id, story.owner).items()} == {
        (1, "A"): (3, 1)
    }
    assert {k: (r["sent"], r["replied"]) for k, r in variant_stats(conn, story.team_id, bob_id).items()} == {
        (1, "A"): (1, 0)
    }
    newcomer = story.add_member("lea@cabinet-durand.fr")
    nothing = report(conn, story.team_id, "2028-03-13", "2028-03-19", newcomer)
    assert steps(nothing) == {}
    assert variant_stats(conn, story.team_id, newcomer) == {}


def test_anyone_outside_the_team_is_refused(conn: Any) -> None:
    """README: "anyone else gets 42501": a signed-in user of no team, the admin of another team, and anon."""
    story, _bob_id, _bob = plant_two_mailboxes(conn)
    stranger = make_user(conn, "intrus@ailleurs.fr")
    other = make_team_with_mailbox(conn, address="admin@autre-cabinet.fr", domains=("autre-cabinet.fr",))
    for user in (stranger, other.owner_id):
        with pytest.raises(psycopg.Error) as refused:
            report(conn, story.team_id, "2028-03-13", "2028-03-19", user)
        assert refused.value.sqlstate == "42501", user
    with pytest.raises(psycopg.Error) as anon, acting_as(conn, "anon"):
        conn.execute("select public.followup_report(%s, '2028-03-13', '2028-03-19')", (story.team_id,))
    assert anon.value.sqlstate == "42501"


def test_figures_never_mix_two_teams(conn: Any) -> None:
    """Teams own everything (DESIGN.md). The same week, Cabinet Durand and another firm both write to Paul; Paul
    answers the other firm only, in its conversation: Durand's email stays unanswered in Durand's report (and in its
    status), the other firm's is answered; each firm's follow-ups and variant figures are its own."""
    story = Story(conn)
    template(conn, story, 1, "Relance Durand", "A")
    other = make_team_with_mailbox(
        conn,
        address="hugo@gestion-lyon.fr",
        domains=("gestion-lyon.fr",),
        team_name="Gestion Lyon",
        settings={"time_zone": "Europe/Paris"},
    )
    mon9 = at("Mon 2028-03-13 09:00")
    ours = send(conn, story.mailbox, mon9, "paul@client-patrimoine.fr", "Durand")
    theirs = send(conn, other, mon9, "paul@client-patrimoine.fr", "Lyon")
    send(conn, other, mon9, "jeanne@groupe-leroy.fr", "Lyon 2")
    reply(conn, other, theirs, at("Mon 2028-03-13 10:00"))
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 2  # Durand->Paul and Lyon->Jeanne
    assert tracked_status(conn, ours) == "active"
    durand = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    lyon = report(conn, other.team_id, "2028-03-13", "2028-03-19", other.owner_id)
    assert steps(durand) == {0: (1, 0), 1: (1, 0)}
    assert steps(lyon) == {0: (2, 1), 1: (1, 0)}
    assert per_day(durand)["2028-03-13"] == (1, 0)
    assert per_day(lyon)["2028-03-13"] == (1, 0)
    assert ended(durand) == {}
    assert ended(lyon) == {"replied": 1}
    assert {m["address"] for m in durand["mailboxes"]} == {"claire@cabinet-durand.fr"}
    assert {k: (r["sent"], r["replied"]) for k, r in variant_stats(conn, story.team_id, story.owner).items()} == {
        (1, "A"): (1, 0)
    }
    assert variant_stats(conn, other.team_id, story.owner) == {}


def test_only_a_persons_words_count_and_each_send_is_answered_once(conn: Any) -> None:
    """README: answered "when a person answered (not an opt-out)"; R5: an answer is from "anyone but the mailbox
    itself, that is neither an automatic reply nor a bounce"; R6: an out-of-office never stops tracking. Mon 13 March
    2028, three emails at 09:00:
    Paul's: an out-of-office at 10:00 (not an answer), follow-up 1 at 13:00, Paul answers 14:00 and again 14:30
    (follow-up 1 answered once, the email not at all).
    Sophie's (a notary in Cc): the notary answers 11:00 (the email answered).
    Jeanne's: Jeanne answers 11:00, then asks to stop at 12:00 (the email answered; the request to stop adds nothing).
    First email: 3 sent, 2 answered; follow-up 1: 1 sent, 1 answered; times to reply 2 h, 2 h, 5 h."""
    story = Story(conn)
    box = story.mailbox
    mon9 = at("Mon 2028-03-13 09:00")
    paul = send(conn, box, mon9, "paul@client-patrimoine.fr", "Bilan")
    sophie = outbound(box, ["marie@client-b.fr"], cc=["sophie@notaires-lyon.fr"], sent_at=mon9, subject="Donation")
    ingest(conn, box.mailbox_id, sophie, mon9)
    jeanne = send(conn, box, mon9, "jeanne@groupe-leroy.fr", "Retraite")
    ingest(conn, box.mailbox_id, auto_reply(paul, received_at=at("Mon 2028-03-13 10:00")), at("Mon 2028-03-13 10:00"))
    notary = inbound_reply(sophie, "sophie@notaires-lyon.fr", received_at=at("Mon 2028-03-13 11:00"))
    ingest(conn, box.mailbox_id, notary, at("Mon 2028-03-13 11:00"))
    reply(conn, box, jeanne, at("Mon 2028-03-13 11:00"))
    reply(conn, box, jeanne, at("Mon 2028-03-13 12:00"), opt_out=True)
    assert len(run(conn, at("Mon 2028-03-13 13:00"))) == 1
    reply(conn, box, paul, at("Mon 2028-03-13 14:00"))
    reply(conn, box, paul, at("Mon 2028-03-13 14:30"))
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (3, 2), 1: (1, 1)}
    assert_rates([r for r in rep["by_step"] if r["sent"]])
    assert hours(rep) == [2.0, 2.0, 5.0]
    assert ended(rep) == {"replied": 3}
    assert cells(rep) == {(1, 9): (3, 2), (1, 13): (1, 1)}


def test_an_answer_linked_to_a_followup_counts_for_it_even_when_its_clock_is_earlier(conn: Any) -> None:
    """R5: "Explicit links beat clocks: a message whose In-Reply-To or References names the tracked email (or a later
    message of its conversation) is an answer even when its timestamp is earlier … since servers' clocks differ".
    Reading: the report places such an answer after the message it names. Follow-up 1 leaves Mon 13:00; Paul's
    answer names follow-up 1 in In-Reply-To but his server stamps it 12:58: follow-up 1 is answered, not the email."""
    story = Story(conn)
    box = story.mailbox
    paul = send(conn, box, at("Mon 2028-03-13 09:00"), "paul@client-patrimoine.fr", "Bilan")
    sent = run(conn, at("Mon 2028-03-13 13:00"))
    assert len(sent) == 1
    followup_message_id = query_rows(
        conn, "select internet_message_id from public.followups where id = %s", sent[0]["followup_id"]
    )[0]["internet_message_id"]
    assert followup_message_id
    followup = Message(
        {
            "internet_message_id": followup_message_id,
            "references": [paul.internet_message_id],
            "provider_thread_id": paul.thread,
            "subject": "RE: Bilan",
            "from": paul["from"],
            "to": paul["to"],
        }
    )
    answer = inbound(box, "paul@client-patrimoine.fr", received_at=at("Mon 2028-03-13 12:58"), reply_to=followup)
    ingest(conn, box.mailbox_id, answer, at("Mon 2028-03-13 13:20"))
    assert tracked_status(conn, paul) == "replied"
    rep = report(conn, story.team_id, "2028-03-13", "2028-03-19", story.owner)
    assert steps(rep) == {0: (1, 0), 1: (1, 1)}
