"""The follow-up engine's rules (BEHAVIOUR.md R1-R13), as stories told through the SQL API.

Claire, an adviser at Cabinet Durand (Paris, working hours 07:00-18:00 Monday to Friday, French
holidays), writes to prospects. Monday 23 November 2026 is a Monday.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.pg import acting_as, make_user
from tests.story import Mailbox, Message, Story, engine_copy, inbound, outbound, read_queue, record_identity

PROSPECT = "marc.lefevre@lefevre-industrie.fr"
OTHER = "sophie.martin@martin-avocats.fr"
COLLEAGUE = "paul@cabinet-durand.fr"


@pytest.fixture
def story(conn: psycopg.Connection[Any]) -> Story:
    return Story(conn)


# R1 Tracking ------------------------------------------------------------------------------------------


def test_r1_a_new_conversation_with_an_external_recipient_is_tracked(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tracked(sent)["status"] == "active"
    assert story.tracked(sent)["recipients"] == [PROSPECT]


def test_r1_mail_to_colleagues_only_is_not_tracked(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [COLLEAGUE])
    assert not story.is_tracked(sent)


@pytest.mark.parametrize("provider", ["orange.fr", "gmail.com"])
def test_r1_an_adviser_on_free_mail_tracks_a_client_on_the_same_provider(
    conn: psycopg.Connection[Any], provider: str
) -> None:
    # An independent adviser writes from cabinet.durand@orange.fr to a client at orange.fr: a client, not a
    # colleague (the provider's domain is nobody's firm). Another mailbox of the team on the same provider is a
    # colleague all the same.
    story = Story(conn, address=f"cabinet.durand@{provider}", domains=())
    story.add_mailbox(f"assistante.durand@{provider}", story.add_member(f"assistante.durand@{provider}"))
    client = f"jean.moreau@{provider}"
    sent = story.send("Mon 2026-11-23 09:00", [client])
    assert story.tracked(sent)["status"] == "active"
    assert story.tracked(sent)["recipients"] == [client]
    assert not story.is_tracked(story.send("Mon 2026-11-23 09:10", [f"assistante.durand@{provider}"], subject="Agenda"))


def test_r1_a_firm_without_listed_domains_keeps_its_own_domain_internal(conn: psycopg.Connection[Any]) -> None:
    # No domain listed for the team: the mailbox's own (a firm's, not a free-mail provider's) is the team's.
    story = Story(conn, domains=())
    assert not story.is_tracked(story.send("Mon 2026-11-23 09:00", [COLLEAGUE]))
    assert story.is_tracked(story.send("Mon 2026-11-23 09:10", [PROSPECT], subject="Proposition"))


def test_r1_a_reply_in_someone_elses_conversation_is_not_a_new_tracked_email(story: Story) -> None:
    incoming = story.receive("Mon 2026-11-23 08:00", PROSPECT, subject="Question sur mon contrat")
    assert incoming["status"] == "ingested"
    theirs = story.received_message(incoming, "Question sur mon contrat")
    answer = story.send("Mon 2026-11-23 09:00", [PROSPECT], reply_to=theirs)
    assert not story.is_tracked(answer)


def test_r1_manual_policy_tracks_only_on_request_and_untrack_cancels(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn, tracking_policy="manual")
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert not story.is_tracked(sent)
    message_id = story.last_result["message_id"]
    with acting_as(conn, "authenticated", story.owner, commit=True):
        tracked_id = conn.execute("select public.track_message(%s)", (message_id,)).fetchone()
    assert tracked_id and story.tracked(sent)["status"] == "active"
    assert story.pending(sent) is not None
    with acting_as(conn, "authenticated", story.owner, commit=True):
        conn.execute("select public.untrack_email(%s)", (tracked_id[0],))
    assert story.tracked(sent)["status"] == "untracked"
    assert story.pending(sent) is None
    assert story.followups(sent)[0]["status"] == "cancelled"


def test_r1_only_the_mailbox_owner_or_an_admin_can_track(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [COLLEAGUE])
    message_id = story.last_result["message_id"]
    stranger = make_user(story.conn, "stranger@elsewhere.example")
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, "authenticated", stranger):
        story.conn.execute("select public.track_message(%s)", (message_id,))
    assert not story.is_tracked(sent)


def test_r1_a_new_tracked_email_is_written_once_with_its_first_due_also_to_someone_away(story: Story) -> None:
    # Tracking writes the tracked email once, with the due time of its first follow-up (not inserted, then updated:
    # a second version of the row in each index the dashboard reads), and that time is the follow-up's, R2 and R6
    # applied: a person already away holds a new tracked email as they hold the ones sent before (R6).
    earlier = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="Proposition A")
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=earlier, analysis=ooo("2026-12-02"))
    written = (
        "select pg_stat_get_xact_tuples_inserted('public.tracked_emails'::regclass),"
        " pg_stat_get_xact_tuples_updated('public.tracked_emails'::regclass)"
    )
    with story.conn.transaction():  # the counts of this transaction
        before = story.conn.execute(written).fetchone()
        held = story.send("Mon 2026-11-23 11:00", [PROSPECT], subject="Proposition B")
        free = story.send("Mon 2026-11-23 11:00", [OTHER], subject="Proposition C")
        after = story.conn.execute(written).fetchone()
    assert before is not None and after is not None
    assert (after[0] - before[0], after[1] - before[1]) == (2, 0)
    # Back on Thursday 3 December at 07:00: the four working hours run from there.
    assert story.due(held) == "Thu 2026-12-03 11:00"
    assert story.due(free) == "Mon 2026-11-23 15:00"
    for sent in (held, free):
        assert story.tracked(sent)["next_followup_due_at"] == story.pending(sent)["due_at"]  # type: ignore[index]
    assert story.timeline(held) == [
        ("tracked", "new conversation with an external recipient (tracking policy: auto)"),
        (
            "scheduled",
            "follow-up 1 of 3 due Thu 2026-12-03 11:00 Europe/Paris (4 working hours after the tracked email;"
            f" {PROSPECT} is out of office until 2026-12-02: it waits for their return)",
        ),
    ]


def connect(story: Story, owner: Any, address: str, when: str) -> Mailbox:
    """A mailbox connected (or reconnected) as the workers connect one: worker.connect_mailbox at `when`."""
    row = story.conn.execute(
        "select worker.connect_mailbox(%s, %s, 'graph', %s, null, %s)", (story.team_id, owner, address, story.at(when))
    ).fetchone()
    assert row is not None
    return Mailbox(story.team_id, row[0], owner, address, "graph")


def sent_from(story: Story, box: Mailbox, when: str, to: str, subject: str) -> tuple[Message, list[str]]:
    """`box`'s owner sent this at `when`; the worker's sync reads it later. Returns the message and the effects."""
    message = outbound(box, [to], sent_at=story.at(when), subject=subject)
    return message, story.ingest(message, None, mailbox=box.mailbox_id)["effects"]


def test_r1_mail_sent_before_the_mailbox_was_connected_is_never_chased(story: Story) -> None:
    # Paul connects his mailbox on Wednesday; its first backfill reads what he sent before, among it a proposal
    # of Monday nobody answered. A careful assistant does not write about it: only what he sends from now on is
    # tracked, and he can still ask for that one (R1, on request).
    paul = story.add_member(COLLEAGUE)
    box = connect(story, paul, COLLEAGUE, "Wed 2026-11-25 09:00")
    old, effects = sent_from(story, box, "Mon 2026-11-23 10:00", PROSPECT, "Ancienne proposition")
    assert effects == ["not_tracked_sent_before_connection"]
    _, effects = sent_from(story, box, "Wed 2026-11-25 10:00", OTHER, "Nouvelle proposition")
    assert effects == ["tracked"]
    assert story.tick("Fri 2026-11-27 10:00") == 1  # the new one's follow-up; nothing about Monday's
    [(subject,)] = story.conn.execute(
        "select t.subject from public.followups as f join public.tracked_emails as t on t.id = f.tracked_email_id"
        " where f.mailbox_id = %s",
        (box.mailbox_id,),
    ).fetchall()
    assert subject == "Nouvelle proposition"
    message_id = story.conn.execute(
        "select id from public.messages where internet_message_id = %s", (old["internet_message_id"],)
    ).fetchone()
    with acting_as(story.conn, "authenticated", paul, commit=True) as c:
        assert c.execute("select public.track_message(%s)", (message_id[0],)).fetchone() is not None  # type: ignore[index]


def test_r1_a_lapsed_grant_keeps_what_was_sent_meanwhile_tracked_a_disconnection_does_not(story: Story) -> None:
    # While Paul's grant lapsed (needs_reauth) he kept writing from Outlook under Relance's watch: the catch-up
    # after he reconnects tracks it. While he had disconnected the mailbox, nothing was watched: the catch-up after
    # he connects it again tracks only what he sends from then on.
    paul = story.add_member(COLLEAGUE)
    box = connect(story, paul, COLLEAGUE, "Mon 2026-11-23 09:00")
    story.conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)",
        (box.mailbox_id, story.at("Mon 2026-11-23 12:00")),
    )
    connect(story, paul, COLLEAGUE, "Tue 2026-11-24 09:00")
    _, effects = sent_from(story, box, "Mon 2026-11-23 14:00", PROSPECT, "Pendant la coupure")
    assert effects == ["tracked"]
    story.conn.execute(
        "select worker.disconnect_mailbox_as_operator(%s, 'changing phones', null, %s)",
        (box.mailbox_id, story.at("Tue 2026-11-24 10:00")),
    )
    connect(story, paul, COLLEAGUE, "Wed 2026-11-25 09:00")
    _, effects = sent_from(story, box, "Tue 2026-11-24 11:00", OTHER, "Pendant la déconnexion")
    assert effects == ["not_tracked_sent_before_connection"]
    _, effects = sent_from(story, box, "Wed 2026-11-25 10:00", "jean@dupont-sa.fr", "Après")
    assert effects == ["tracked"]


# R2 Schedule -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent_at", "due"),
    [
        ("Mon 2026-11-23 16:00", "Tue 2026-11-24 09:00"),
        ("Fri 2026-11-27 17:00", "Mon 2026-11-30 10:00"),
        ("Sat 2026-11-28 10:00", "Mon 2026-11-30 11:00"),
        # Christmas is a Friday in 2026: two hours on Thursday, two on Monday.
        ("Thu 2026-12-24 16:00", "Mon 2026-12-28 09:00"),
        # The interval ends exactly at the close: 18:00 is no working time (a claim refuses it), the next opening is.
        ("Mon 2026-11-23 14:00", "Tue 2026-11-24 07:00"),
        ("Fri 2026-11-27 14:00", "Mon 2026-11-30 07:00"),
    ],
)
def test_r2_first_followup_is_due_four_working_hours_later(story: Story, sent_at: str, due: str) -> None:
    sent = story.send(sent_at, [PROSPECT])
    assert story.due(sent) == due


def test_r2_a_followup_whose_interval_ends_at_the_close_goes_at_the_opening_without_a_refusal(story: Story) -> None:
    # Planned for 18:00, it was queued at 18:00, refused as outside working time, and moved: a timeline that said
    # the engine scheduled a send outside working hours. Nothing is due at a time a claim refuses.
    sent = story.send("Mon 2026-11-23 14:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 18:00") == 0
    assert story.tick("Tue 2026-11-24 07:00") == 1
    assert [o["ok"] for o in story.work("Tue 2026-11-24 07:00")] == [True]
    assert [kind for kind, _ in story.timeline(sent)] == ["tracked", "scheduled", "sent", "scheduled"]
    assert story.timeline(sent)[1] == (
        "scheduled",
        "follow-up 1 of 3 due Tue 2026-11-24 07:00 Europe/Paris (4 working hours after the tracked email)",
    )
    # The next one, four working hours after the send, is 11:00, and a manual follow-up at 14:00 moves it to the
    # next opening too.
    assert story.due(sent) == "Tue 2026-11-24 11:00"
    story.send("Tue 2026-11-24 14:00", [PROSPECT], reply_to=sent)
    assert story.due(sent) == "Wed 2026-11-25 07:00"


def test_r2_each_followup_sent_rebases_the_next(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    assert story.tick("Mon 2026-11-23 13:00") == 1
    assert [o["ok"] for o in story.work("Mon 2026-11-23 13:00")] == [True]
    assert story.due(sent) == "Mon 2026-11-23 17:00"


def test_r2_the_mailbox_time_zone_overrides_the_team(story: Story) -> None:
    story.conn.execute("update public.mailboxes set time_zone = 'America/New_York' where id = %s", (story.mailbox_id,))
    sent = story.send("Mon 2026-11-23 16:00", [PROSPECT])  # 10:00 in New York
    assert story.due(sent) == "Mon 2026-11-23 20:00"  # 14:00 in New York


def test_r2_a_time_zone_change_replans_pending_followups_at_once(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])  # 09:00 Paris, 03:00 in New York
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "select public.set_mailbox_settings(%s, %s)", (story.mailbox_id, '{"time_zone": "America/New_York"}')
        )
    # New York's day starts at 07:00 (13:00 in Paris): four working hours later is 11:00 there.
    assert story.due(sent) == "Mon 2026-11-23 17:00"
    assert ("rescheduled", "follow-up 1 of 3 moved to Mon 2026-11-23 11:00 America/New_York: the mailbox's settings "
            "changed") in story.timeline(sent)  # fmt: skip
    assert story.tick("Mon 2026-11-23 13:00") == 0, "nobody is written to at 07:00 their time by the old plan"


def test_r2_working_hours_and_days_off_changes_replan_too(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 16:00", [PROSPECT])
    assert story.due(sent) == "Tue 2026-11-24 09:00"
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "select public.set_team_settings(%s, %s)", (story.team_id, '{"working_hours_start": "09:00"}')
        )
    assert story.due(sent) == "Tue 2026-11-24 11:00"
    story.conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2026-11-24', 'Séminaire')", (story.team_id,)
    )
    assert story.due(sent) == "Wed 2026-11-25 11:00"
    story.conn.execute("delete from public.team_holidays where team_id = %s", (story.team_id,))
    assert story.due(sent) == "Tue 2026-11-24 11:00"


def audits(story: Story, entity: str) -> list[tuple[Any, ...]]:
    return story.conn.execute(
        "select actor_id, before, after from public.audit_log where team_id = %s and entity_type = %s order by id",
        (story.team_id, entity),
    ).fetchall()


def test_r2_a_setting_changed_through_the_data_api_replans_and_is_audited_like_the_rpc(story: Story) -> None:
    # The web app may write the settings' columns directly (PostgREST: PATCH /team_settings, /mailboxes) instead of
    # calling set_team_settings: the pending follow-ups move at once all the same, and the change is audited once.
    sent = story.send("Mon 2026-11-23 16:00", [PROSPECT])
    assert story.due(sent) == "Tue 2026-11-24 09:00"
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "update public.team_settings set working_hours_start = '09:00' where team_id = %s", (story.team_id,)
        )
    assert story.due(sent) == "Tue 2026-11-24 11:00"
    [(actor, before, after)] = audits(story, "team_settings")
    assert actor == story.owner and (before["working_hours_start"], after["working_hours_start"]) == (
        "07:00:00",
        "09:00:00",
    )
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "update public.mailboxes set time_zone = 'America/New_York' where id = %s", (story.mailbox_id,)
        )
    assert story.due(sent) == "Mon 2026-11-23 20:00"  # sent at 10:00 in New York: 14:00 there, 20:00 in Paris
    [(actor, before, after)] = audits(story, "mailbox_settings")
    assert actor == story.owner and after["time_zone"] == "America/New_York" and "address" not in after
    # A change that decides nothing about due times (the display name) is audited and re-plans nothing.
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute("update public.mailboxes set display_name = 'Claire D.' where id = %s", (story.mailbox_id,))
    assert len(audits(story, "mailbox_settings")) == 2
    assert [e for e in story.timeline(sent) if e[0] == "rescheduled"] == [
        ("rescheduled", "follow-up 1 of 3 moved to Tue 2026-11-24 11:00 Europe/Paris: the team's settings changed"),
        (
            "rescheduled",
            "follow-up 1 of 3 moved to Mon 2026-11-23 14:00 America/New_York: the mailbox's settings changed",
        ),
    ]
    # Through the RPC: one audit line, as before (the trigger leaves the RPC's own change to it).
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "select public.set_team_settings(%s, %s)", (story.team_id, '{"working_hours_start": "08:00"}')
        )
    assert len(audits(story, "team_settings")) == 2


def test_r2_hours_changed_under_a_claim_the_refused_final_claim_plans_in_the_new_hours(story: Story) -> None:
    """The re-plan leaves a follow-up a worker holds alone; its final claim, now outside working time, puts it where
    the new hours put sent time + interval (Mon 09-12 = 3 h, Tue 08-09), not at the next working instant."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    ((_msg, followup_id),) = read_queue(story.conn)
    first = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"))
    assert first["ok"]
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute(
            "select public.set_mailbox_settings(%s, %s)",
            (story.mailbox_id, '{"working_hours_start": "08:00", "working_hours_end": "12:00"}'),
        )
    final = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"), first["claim_token"])
    assert (final["ok"], final["reason"]) == (False, "outside working time")
    assert story.due(sent) == "Tue 2026-11-24 09:00"


def test_r2_a_claim_refuses_an_instant_outside_working_time(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    # The workers were down all evening: the queued follow-up is claimed at 22:00, and refused.
    (outcome,) = story.work("Mon 2026-11-23 22:00")
    assert (outcome["ok"], outcome["reason"]) == (False, "outside working time")
    assert story.due(sent) == "Tue 2026-11-24 07:00"
    assert story.tick("Mon 2026-11-23 23:00") == 0
    assert story.tick("Tue 2026-11-24 07:00") == 1
    assert [o["ok"] for o in story.work("Tue 2026-11-24 07:00")] == [True]


# R3 Count --------------------------------------------------------------------------------------------


def test_r3_three_followups_complete_the_tracked_email(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for moment in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"):
        assert story.due(sent) == moment
        story.tick(moment)
        assert [o["ok"] for o in story.work(moment)] == [True]
    summary = story.tracked(sent)
    assert (summary["status"], summary["automatic_sent"], summary["total_followups"]) == ("completed", 3, 3)
    assert summary["next_followup_due_at"] is None
    assert story.pending(sent) is None
    count = story.conn.execute("select public.get_total_followup_count(%s)", (summary["tracked_email_id"],))
    assert count.fetchone() == (3,)
    assert story.tick("Fri 2026-11-27 12:00") == 0


def test_r3_manual_followups_count_toward_the_maximum(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.send("Mon 2026-11-23 10:00", [PROSPECT], reply_to=sent)
    story.send("Mon 2026-11-23 11:00", [PROSPECT], reply_to=sent)
    story.tick("Mon 2026-11-23 15:00")
    assert [o["ok"] for o in story.work("Mon 2026-11-23 15:00")] == [True]
    summary = story.tracked(sent)
    assert (summary["status"], summary["manual_detected"], summary["automatic_sent"]) == ("completed", 2, 1)


def third_followup_sent_by_a_worker_that_dies(story: Story, sent: Message) -> str:
    """Two follow-ups sent; the third is sent by Tue 10:00 by a worker that dies before recording it (its identity
    was stored). Returns the follow-up's id."""
    for moment in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00"):
        story.tick(moment)
        story.work(moment)
    story.tick("Tue 2026-11-24 10:00")
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    claim = story.claim(fid, story.at("Tue 2026-11-24 10:00"))
    story.conn.execute(
        "select worker.record_followup_identity(%s, %s, 'draft-3', %s, %s)",
        (fid, claim["claim_token"], f"<relance-{fid}@cabinet-durand.fr>", story.at("Tue 2026-11-24 10:00")),
    )
    return str(fid)


def the_engines_copy_shows_up(story: Story, sent: Message, fid: str) -> dict[str, Any]:
    """The third follow-up's copy in Sent Items, seen at noon; returns the tracked email's summary."""
    copy = engine_copy(
        story.mailbox,
        sent,
        fid,
        sent_at=story.at("Tue 2026-11-24 10:00"),
        internet_message_id=f"<relance-{fid}@cabinet-durand.fr>",
    )
    story.ingest(copy, story.at("Tue 2026-11-24 12:00"))
    return story.tracked(sent)


def test_r3_the_count_never_exceeds_the_maximum_when_the_engines_send_is_seen_late(story: Story) -> None:
    # The user writes by hand after the engine's third send (counted: the engine does not know of its own send
    # yet), and only then does the engine's copy show up in Sent Items. It was sent first, so it counts; the
    # manual one, past the maximum, no longer does.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    fid = third_followup_sent_by_a_worker_that_dies(story, sent)
    story.send("Tue 2026-11-24 11:00", [PROSPECT], reply_to=sent)  # by hand
    assert story.tracked(sent)["total_followups"] == 3
    summary = the_engines_copy_shows_up(story, sent, fid)
    assert (summary["automatic_sent"], summary["manual_detected"], summary["total_followups"]) == (3, 0, 3)
    count = story.conn.execute("select public.get_total_followup_count(%s)", (summary["tracked_email_id"],))
    assert count.fetchone() == (3,)
    assert any(kind == "manual_followup_uncounted" for kind, _ in story.timeline(sent))


@pytest.mark.parametrize("written", ["Tue 2026-11-24 10:00", "Tue 2026-11-24 09:59"])
def test_r3_the_count_never_exceeds_the_maximum_when_a_manual_followup_written_first_reaches_the_engine_after_its_send(
    story: Story, written: str
) -> None:
    # Found by bench/stress.py (seed 526112487): the user writes by hand in the same second as the engine's third
    # send, or a minute before, and Outlook's copy reaches the engine only after the worker had sent (it is
    # counted then, and completes the tracked email); the engine's own copy comes last. Both left: the engine's
    # send is a fact the provider recorded (R9), so it counts, and the manual one is the one past the maximum.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    fid = third_followup_sent_by_a_worker_that_dies(story, sent)
    story.ingest(
        outbound(story.mailbox, [PROSPECT], sent_at=story.at(written), reply_to=sent), story.at("Tue 2026-11-24 10:01")
    )
    assert (story.tracked(sent)["status"], story.tracked(sent)["total_followups"]) == ("completed", 3)
    summary = the_engines_copy_shows_up(story, sent, fid)
    assert (summary["automatic_sent"], summary["manual_detected"], summary["total_followups"]) == (3, 0, 3)
    assert summary["status"] == "completed"
    count = story.conn.execute("select public.get_total_followup_count(%s)", (summary["tracked_email_id"],))
    assert count.fetchone() == (3,)
    assert (
        "manual_followup_uncounted",
        f"manual follow-up 3 (written {written} Europe/Paris) reached the engine after follow-up sent "
        "Tue 2026-11-24 10:00 Europe/Paris had left: together past the maximum of 3, the manual one is not counted",
    ) in story.timeline(sent)


# R4 Manual follow-up -----------------------------------------------------------------------------------


def test_r4_manual_followup_reschedules_the_automatic_one(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    story.send("Mon 2026-11-23 11:30", [PROSPECT], reply_to=sent)
    summary = story.tracked(sent)
    assert (summary["manual_detected"], summary["total_followups"]) == (1, 1)
    assert story.due(sent) == "Mon 2026-11-23 15:30"
    assert story.pending(sent)["seq"] == 2  # type: ignore[index]
    assert ("manual_followup", "manual follow-up 1 detected (sent by hand Mon 2026-11-23 11:30 Europe/Paris)") in (
        story.timeline(sent)
    )


def test_r4_forwarding_the_tracked_email_to_a_colleague_or_a_third_party_is_not_a_followup(story: Story) -> None:
    # Claire forwards her proposal to Paul, her colleague, then to the firm's notary (Outlook and Gmail keep a
    # forward in the conversation): neither writes to Marc again, so neither counts toward the maximum or moves
    # his follow-up (R3: three such forwards would have completed the sequence, and Marc would never be chased).
    # A message in the thread to Marc in copy is one.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for when, to in (("Mon 2026-11-23 10:00", COLLEAGUE), ("Mon 2026-11-23 10:30", "etude@notaires-paris.fr")):
        forward = outbound(
            story.mailbox, [to], sent_at=story.at(when), subject="TR: " + sent.subject, thread_id=sent.thread
        )
        assert story.ingest(forward, story.at(when))["effects"] == []
    summary = story.tracked(sent)
    assert (summary["status"], summary["manual_detected"]) == ("active", 0)
    assert story.due(sent) == "Mon 2026-11-23 13:00"
    story.send("Mon 2026-11-23 11:00", [OTHER], cc=[PROSPECT], reply_to=sent)
    assert (story.tracked(sent)["manual_detected"], story.due(sent)) == (1, "Mon 2026-11-23 15:00")


def test_r4_the_followup_answers_the_last_message_to_the_person_never_a_forward(story: Story) -> None:
    # Claire forwards her proposal to Paul with a note ("Paul, on est trop bas sur le prix ?"): the follow-up to Marc
    # must not answer that forward (Graph's reply would quote her note to Marc, Gmail's subject would say "TR:"). It
    # answers the last message written to Marc: the tracked email, then her own follow-up by hand.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    forward = outbound(
        story.mailbox, [COLLEAGUE], sent_at=story.at("Mon 2026-11-23 10:00"), subject="TR: " + sent.subject,
        thread_id=sent.thread, body_text="Paul, on est trop bas sur le prix ?",
    )  # fmt: skip
    story.ingest(forward, story.at("Mon 2026-11-23 10:00"))
    assert story.tick("Mon 2026-11-23 13:00") == 1
    [(_, followup_id)] = read_queue(story.conn)
    context = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"))
    assert context["ok"] and context["recipients"] == [PROSPECT]
    assert (context["reply_to"]["internet_message_id"], context["reply_to"]["subject"]) == (
        sent.internet_message_id, sent.subject,
    )  # fmt: skip
    assert story.send_claimed(context, story.at("Mon 2026-11-23 13:00"))["ok"]
    by_hand = story.send("Tue 2026-11-24 09:00", [PROSPECT], reply_to=sent)
    story.send("Tue 2026-11-24 09:30", [COLLEAGUE], subject="TR: " + sent.subject, reply_to=by_hand)
    story.tick("Tue 2026-11-24 14:00")
    [(_, followup_id)] = read_queue(story.conn)
    context = story.claim(followup_id, story.at("Tue 2026-11-24 14:00"))
    assert context["ok"], context
    assert context["reply_to"]["internet_message_id"] == by_hand.internet_message_id


def test_r4_a_manual_followup_seen_by_the_last_look_stops_the_claimed_followup_and_moves_it(story: Story) -> None:
    """The worker holds the claim of follow-up 1 at 13:00; its last look reads Sent Items and finds the user's own
    follow-up of 12:59. The final claim refuses (the user has just chased by hand: a second follow-up a minute later
    is the embarrassment R4 exists for), and the follow-up, now number 2, is due at 12:59 + 4 working hours."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    ((_msg, followup_id),) = read_queue(story.conn)
    first = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"))
    assert first["ok"]
    story.send("Mon 2026-11-23 12:59", [PROSPECT], reply_to=sent)
    final = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"), first["claim_token"])
    assert (final["ok"], final["reason"]) == (False, "manual follow-up since it was planned")
    assert story.due(sent) == "Mon 2026-11-23 16:59"
    pending = story.pending(sent)
    assert pending is not None and (pending["status"], pending["seq"]) == ("scheduled", 2)
    assert story.tick("Mon 2026-11-23 13:01") == 0
    assert story.tick("Mon 2026-11-23 16:59") == 1


def test_r4_a_manual_followup_during_a_failed_attempt_moves_the_retry(story: Story) -> None:
    """A send fails (retry in 30 s); meanwhile the user follows up by hand. The retry is not a follow-up a minute
    after the user's: its claim refuses and the follow-up waits for the manual one's time + interval."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    ((_msg, followup_id),) = read_queue(story.conn)
    claim = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"))
    story.conn.execute(
        "select worker.fail_followup(%s, %s, 'HTTP 503', 'retry', null, %s)",
        (followup_id, claim["claim_token"], story.at("Mon 2026-11-23 13:00")),
    )
    story.send("Mon 2026-11-23 13:00", [PROSPECT], reply_to=sent)
    assert story.tick("Mon 2026-11-23 13:01") == 0
    assert story.due(sent) == "Mon 2026-11-23 17:00"
    assert story.tracked(sent)["automatic_sent"] == 0


def test_r4_the_same_manual_followup_seen_twice_is_recorded_once(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    manual = story.send("Mon 2026-11-23 11:00", [PROSPECT], reply_to=sent)
    # Delta sync delivers it again, and once more under another provider id (moved between folders).
    again = story.send(
        "Mon 2026-11-23 11:00",
        [PROSPECT],
        reply_to=sent,
        provider_message_id=manual.provider_message_id,
        internet_message_id=manual.internet_message_id,
    )
    assert story.last_result["status"] == "duplicate"
    story.send(
        "Mon 2026-11-23 11:00",
        [PROSPECT],
        reply_to=sent,
        provider_message_id="AAMk-moved-copy",
        internet_message_id=again.internet_message_id,
    )
    assert story.last_result["status"] == "duplicate"
    assert story.tracked(sent)["manual_detected"] == 1


def test_r4_the_engines_own_followup_echoed_from_sent_items_is_not_manual(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    story.work("Mon 2026-11-23 13:00", echo=True)
    summary = story.tracked(sent)
    assert (summary["automatic_sent"], summary["manual_detected"]) == (1, 0)
    assert story.due(sent) == "Mon 2026-11-23 17:00"


def test_r4_a_followup_whose_worker_died_after_sending_is_completed_from_sent_items(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (msg_id, followup_id) = story.conn.execute(
        "select msg_id, followup_id from worker.read_followup_queue()"
    ).fetchone()  # type: ignore[misc]
    claim = story.claim(followup_id, story.at("Mon 2026-11-23 13:00"))
    story.conn.execute(
        "select worker.record_followup_identity(%s, %s, 'draft-1', '<relance-x@cabinet-durand.fr>')",
        (followup_id, claim["claim_token"]),
    )
    # The provider sent it; the worker died before complete_followup. Sent Items shows it:
    copy = engine_copy(
        story.mailbox,
        sent,
        followup_id,
        sent_at=story.at("Mon 2026-11-23 13:00"),
        internet_message_id="<relance-x@cabinet-durand.fr>",
    )
    story.ingest(copy, story.at("Mon 2026-11-23 13:01"))
    summary = story.tracked(sent)
    assert (summary["automatic_sent"], summary["manual_detected"]) == (1, 0)
    assert story.followups(sent)[0]["status"] == "sent"
    # The retry then finds nothing left to do.
    assert story.claim(followup_id, story.at("Mon 2026-11-23 13:10"))["ok"] is False
    assert msg_id


# R5 Reply ---------------------------------------------------------------------------------------------------


def test_r5_a_reply_stops_the_tracked_email(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent)
    summary = story.tracked(sent)
    assert summary["status"] == "replied"
    assert story.local(summary["answered_at"]) == "Mon 2026-11-23 10:00"
    assert [f["status"] for f in story.followups(sent)] == ["cancelled"]
    # R5's reason on the follow-up; who answered is on the tracked email and its timeline.
    assert story.followups(sent)[0]["reason"] == "replied"
    assert ("replied", f"{PROSPECT} replied: pending follow-up cancelled") in story.timeline(sent)
    assert story.tick("Mon 2026-11-23 13:00") == 0


def test_r5_a_reply_with_a_changed_subject_filed_elsewhere_still_stops_it(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    # Outlook filed it in another conversation (new subject), but In-Reply-To points into ours.
    story.receive(
        "Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, subject="Autre sujet : rendez-vous", thread="conv-elsewhere"
    )
    assert story.tracked(sent)["status"] == "replied"


def test_r5_the_same_reply_under_two_provider_ids_counts_once(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    first = story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, internet_message_id="<r1@lefevre.fr>")
    second = story.receive(
        "Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, internet_message_id="<r1@lefevre.fr>", provider_message_id="B"
    )
    assert (first["status"], second["status"]) == ("ingested", "duplicate")
    assert second["message_id"] == first["message_id"]
    kinds = [k for k, _ in story.timeline(sent)]
    assert kinds.count("replied") == 1


def test_r5_a_tracked_recipient_writing_in_another_conversation_counts_as_an_answer(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", PROSPECT, subject="Une autre question")
    summary = story.tracked(sent)
    assert summary["status"] == "replied"
    assert summary["status_reason"] == f"{PROSPECT} wrote in another conversation (Une autre question)"


def test_r5_someone_only_in_copy_writing_elsewhere_answers_only_when_nobody_of_to_is_waited_for(story: Story) -> None:
    # The follow-up waits for the person in To: their assistant in Cc who writes about an invoice in a conversation of
    # her own has not answered the proposal (README, "Who answered"). In the thread itself she would have.
    assistant = "sandrine.huet@groupe-morel.fr"
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT], cc=[assistant])
    story.receive("Mon 2026-11-23 10:00", assistant, subject="Facture de janvier")
    assert story.tracked(sent)["status"] == "active"
    # An email whose To is only a colleague (inside the team) waits for those in copy: one of them writing elsewhere
    # has answered it.
    colleague = story.send("Mon 2026-11-23 11:00", ["max@cabinet-durand.fr"], "Pour info", cc=[assistant])
    assert story.tracked(colleague)["status"] == "active"
    story.receive("Mon 2026-11-23 12:00", assistant, subject="Autre sujet")
    summary = story.tracked(colleague)
    assert (summary["status"], summary["status_reason"]) == (
        "replied",
        f"{assistant} wrote in another conversation (Autre sujet)",
    )
    assert story.tracked(sent)["status"] == "active"
    story.receive("Mon 2026-11-23 13:00", assistant, reply_to=sent)
    assert story.tracked(sent)["status"] == "replied"


def test_r5_with_the_team_setting_off_only_the_conversation_counts(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn, reply_from_any_conversation=False)
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    # Unrelated mail with the same subject from the same person: a new conversation, not ours.
    other = story.receive("Mon 2026-11-23 10:00", PROSPECT, subject=sent.subject)
    assert other["conversation_id"] != story.tracked(sent).get("conversation_id", None)
    assert story.tracked(sent)["status"] == "active"
    story.receive("Mon 2026-11-23 11:00", PROSPECT, reply_to=sent)
    assert story.tracked(sent)["status"] == "replied"


def test_r5_a_tracked_recipient_writing_to_another_mailbox_of_the_team_counts_as_an_answer(story: Story) -> None:
    # Claire wrote to Marc; Marc writes to Max, her colleague (another mailbox of the team), about something else.
    # The team has his answer: Claire's follow-up must not chase him. Her timeline names the mailbox he wrote to,
    # not what he wrote there (the subject of Max's mail is Max's).
    max_box = story.add_mailbox("max@cabinet-durand.fr", story.add_member("max@cabinet-durand.fr"))
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    moment = story.at("Mon 2026-11-23 10:00")
    to_max = inbound(max_box, PROSPECT, received_at=moment, subject="Dossier succession de ma mère")
    assert story.ingest(to_max, moment, mailbox=max_box.mailbox_id)["effects"] == ["replied"]
    summary = story.tracked(sent)
    assert (summary["status"], summary["status_reason"]) == (
        "replied",
        f"{PROSPECT} wrote to max@cabinet-durand.fr, another mailbox of the team",
    )
    assert story.followups(sent)[0]["reason"] == "replied"
    assert "succession" not in str(story.timeline(sent))
    assert story.tick("Mon 2026-11-23 13:00") == 0


def test_r5_another_mailbox_counts_only_after_the_tracked_email_and_with_the_team_setting(
    conn: psycopg.Connection[Any],
) -> None:
    for any_conversation in (True, False):
        story = Story(conn, reply_from_any_conversation=any_conversation)
        max_box = story.add_mailbox("max@cabinet-durand.fr", story.add_member("max@cabinet-durand.fr"))
        early = story.at("Mon 2026-11-23 08:30")
        story.ingest(inbound(max_box, PROSPECT, received_at=early, subject="Avant"), early, mailbox=max_box.mailbox_id)
        sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
        assert story.tracked(sent)["status"] == "active", "mail to Max before Claire wrote answers nothing"
        later = story.at("Mon 2026-11-23 10:00")
        story.ingest(inbound(max_box, PROSPECT, received_at=later, subject="Après"), later, mailbox=max_box.mailbox_id)
        assert story.tracked(sent)["status"] == ("replied" if any_conversation else "active")


def test_r5_a_colleague_in_copy_writing_about_something_else_is_not_an_answer(story: Story) -> None:
    # Claire wrote to Marc with Paul, her colleague, in copy. Paul then writes to her about lunch: Paul is one of
    # the tracked email's recipients, but the team's own people are not the ones it waits for (R1: only the people
    # outside the team make an email tracked). Marc is still chased; Paul answering in the thread still stops it.
    # Max, of the firm's other office, has a mailbox of the team at a domain the team does not list: a colleague too.
    story.add_mailbox("max@durand-patrimoine.fr", story.add_member("max@durand-patrimoine.fr"))
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT], cc=[COLLEAGUE, "max@durand-patrimoine.fr"])
    assert story.receive("Mon 2026-11-23 10:00", COLLEAGUE, subject="Déjeuner jeudi ?")["effects"] == []
    assert story.receive("Mon 2026-11-23 10:30", "max@durand-patrimoine.fr", subject="Point équipe")["effects"] == []
    assert story.tracked(sent)["status"] == "active"
    assert story.tracked(sent)["recipients"] == sorted([PROSPECT, COLLEAGUE, "max@durand-patrimoine.fr"])
    assert story.receive("Mon 2026-11-23 11:00", COLLEAGUE, reply_to=sent)["effects"] == ["replied"]


def test_r5_a_colleague_of_the_prospect_answering_in_the_thread_stops_it(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", "assistante@lefevre-industrie.fr", reply_to=sent)
    assert story.tracked(sent)["status"] == "replied"


def test_r5_a_reply_linked_to_the_tracked_email_with_an_earlier_timestamp_is_an_answer(story: Story) -> None:
    # The prospect's server clock is twenty minutes behind: their reply says 08:45, the email left at 09:00.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    result = story.receive("Mon 2026-11-23 08:45", PROSPECT, reply_to=sent)
    assert result["effects"] == ["replied"]
    assert story.tracked(sent)["status"] == "replied"
    assert story.tick("Mon 2026-11-23 13:00") == 0


def test_r5_the_promise_view_sees_a_followup_sent_after_a_skewed_answer(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    story.receive("Mon 2026-11-23 08:45", PROSPECT, reply_to=sent)
    # Forged: a follow-up recorded as sent after that answer was known. The view must not be fooled by the
    # answer's timestamp being earlier than the tracked email's.
    story.conn.execute(
        "update public.followups set status = 'sent', sent_at = %s where id = %s",
        (story.at("Mon 2026-11-23 13:00"), fid),
    )
    assert [v["followup_id"] for v in story.violations()] == [fid]


def test_r5_mail_before_the_tracked_email_is_not_an_answer(story: Story) -> None:
    story.receive("Mon 2026-11-23 08:00", PROSPECT, subject="Bonjour")
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tracked(sent)["status"] == "active"


def complete_the_sequence(story: Story) -> Message:
    """Claire's proposal of Monday 09:00, followed up at 13:00, 17:00 and Tuesday 10:00: completed (R3)."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for moment in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"):
        story.tick(moment)
        assert [o["ok"] for o in story.work(moment)] == [True]
    assert story.tracked(sent)["status"] == "completed"
    return sent


def status_counts(story: Story) -> dict[str, int]:
    rows = story.conn.execute(
        "select status::text, tracked_emails from public.followup_status_counts where mailbox_id = %s",
        (story.mailbox_id,),
    ).fetchall()
    return dict(rows)


def test_r5_an_answer_after_the_last_followup_is_recorded(story: Story) -> None:
    # Marc answers the third follow-up the next morning: the dashboard shows that he answered, and when.
    sent = complete_the_sequence(story)
    story.receive("Wed 2026-11-25 08:40", PROSPECT, reply_to=sent, body="Bonjour, oui, appelons-nous jeudi.")
    summary = story.tracked(sent)
    assert (summary["status"], summary["total_followups"]) == ("replied", 3)
    assert story.local(summary["answered_at"]) == "Wed 2026-11-25 08:40"
    assert summary["status_reason"] == f"{PROSPECT} replied, after the last follow-up"
    assert ("replied", f"{PROSPECT} replied, after the last follow-up") in story.timeline(sent)
    # The counts by status move with it; nothing is ever planned again.
    assert status_counts(story) == {"replied": 1}
    assert story.pending(sent) is None
    assert story.tick("Fri 2026-11-27 12:00") == 0


def test_r5_after_the_last_followup_only_an_answer_in_its_conversation_is_recorded(story: Story) -> None:
    # The team's setting counts a recipient's mail elsewhere as an answer to stop chasing them; once the sequence
    # ended there is nobody to stop chasing, and a message about something else is no answer to the proposal.
    sent = complete_the_sequence(story)
    story.receive("Wed 2026-11-25 08:40", PROSPECT, subject="Invitation au salon Patrimonia")
    assert story.tracked(sent)["status"] == "completed"
    assert story.tracked(sent)["answered_at"] is None
    # His answer in the thread a week later still is one.
    story.receive("Wed 2026-12-02 11:00", PROSPECT, reply_to=sent)
    assert (story.tracked(sent)["status"], story.local(story.tracked(sent)["answered_at"])) == (
        "replied",
        "Wed 2026-12-02 11:00",
    )


def test_r5_an_automatic_reply_or_a_second_answer_after_the_last_followup_changes_nothing(story: Story) -> None:
    sent = complete_the_sequence(story)
    story.receive("Tue 2026-11-24 10:01", PROSPECT, reply_to=sent, analysis=ooo("2026-11-30"))
    assert story.tracked(sent)["status"] == "completed"
    story.receive("Wed 2026-11-25 08:40", PROSPECT, reply_to=sent)
    story.receive("Wed 2026-11-25 09:15", OTHER, reply_to=sent)
    summary = story.tracked(sent)
    assert (summary["status"], story.local(summary["answered_at"])) == ("replied", "Wed 2026-11-25 08:40")
    assert [kind for kind, _ in story.timeline(sent)].count("replied") == 1


# R6 Out of office ----------------------------------------------------------------------------------------------


def ooo(until: str | None) -> dict[str, Any]:
    return {"kind": "auto_reply", "auto_reply": {"until": until}, "opt_out": False}


def test_r6_an_out_of_office_is_never_an_answer(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive(
        "Mon 2026-11-23 09:01",
        PROSPECT,
        reply_to=sent,
        subject="Réponse automatique : " + sent.subject,
        headers={"auto-submitted": "auto-replied"},
        analysis=ooo(None),
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.due(sent) == "Mon 2026-11-23 13:00"


def test_r6_a_certified_mail_receipt_is_named_as_one_on_the_timeline(story: Story) -> None:
    """An Italian PEC box sends its sender two receipts for every message: neither is an answer, and the timeline
    says which they are rather than "automatic reply without a usable return date" twice."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for n, (receipt, subject) in enumerate([("accettazione", "ACCETTAZIONE"), ("avvenuta-consegna", "CONSEGNA")]):
        story.receive(
            f"Mon 2026-11-23 09:0{n + 1}",
            "posta-certificata@pec.provider.example",
            reply_to=sent,
            subject=f"{subject}: {sent.subject}",
            headers={"x-ricevuta": receipt, "auto-submitted": "auto-generated"},
            analysis={"kind": "auto_reply", "auto_reply": {"until": None, "reason": "header:x-ricevuta"}},
        )
    assert story.tracked(sent)["status"] == "active"
    assert [r for k, r in story.timeline(sent) if k == "auto_reply"] == [
        'certified-mail (PEC) receipt "accettazione": not an answer, tracking goes on',
        'certified-mail (PEC) receipt "avvenuta-consegna": not an answer, tracking goes on',
    ]


def test_r6_headers_alone_make_an_automatic_reply_when_no_analysis_came(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    result = story.ingest(
        {
            "provider_message_id": "AAMk-ooo",
            "internet_message_id": "<ooo@lefevre.fr>",
            "in_reply_to": sent.internet_message_id,
            "references": [sent.internet_message_id],
            "folder": "inbox",
            "from": {"address": PROSPECT},
            "to": [{"address": story.address}],
            "subject": "Absent du bureau",
            "received_at": story.at("Mon 2026-11-23 09:05").isoformat(),
            "headers": {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
        }
    )
    assert result["kind"] == "auto_reply"
    assert story.tracked(sent)["status"] == "active"


def test_r6_a_return_date_holds_every_tracked_email_to_that_person(story: Story) -> None:
    first = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="Proposition A")
    second = story.send("Mon 2026-11-23 09:30", [PROSPECT, OTHER], subject="Proposition B")
    unrelated = story.send("Mon 2026-11-23 09:30", [OTHER], subject="Proposition C")
    # Out of office, back on Wednesday 2 December: held until Thursday 3 December, 07:00.
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=first, analysis=ooo("2026-12-02"))
    # One working hour had run for the first (09:00-10:00): three remain after the return.
    assert story.due(first) == "Thu 2026-12-03 10:00"
    assert story.due(second) == "Thu 2026-12-03 10:30"
    assert story.due(unrelated) == "Mon 2026-11-23 13:30"
    assert story.tracked(first)["status"] == "active"
    assert ("held", f"{PROSPECT} is out of office until 2026-12-02: follow-ups wait for their return") in (
        story.timeline(second)
    )
    assert story.tick("Mon 2026-11-23 13:30") == 1  # only the unrelated one


def test_r6_a_hold_that_arrives_after_queueing_stops_the_claim(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    story.receive("Mon 2026-11-23 13:00", PROSPECT, subject="Absent", analysis=ooo("2026-11-30"))
    outcomes = story.work("Mon 2026-11-23 13:01")
    assert [o["ok"] for o in outcomes] == [False]
    assert story.due(sent) == "Tue 2026-12-01 07:00"  # the hold took all four hours: none left to wait


def test_r6_a_return_date_on_the_day_of_the_reply_holds_until_the_next_working_day(story: Story) -> None:
    # "Absent jusqu'au vendredi 27 novembre inclus", received that Friday morning: nobody is chased that day.
    sent = story.send("Fri 2026-11-27 07:00", [PROSPECT])
    story.receive("Fri 2026-11-27 07:01", PROSPECT, reply_to=sent, analysis=ooo("2026-11-27"))
    assert story.due(sent) == "Mon 2026-11-30 10:59"  # one working minute had run before the reply
    assert ("held", f"{PROSPECT} is out of office until 2026-11-27: follow-ups wait for their return") in (
        story.timeline(sent)
    )


def test_r6_a_hold_counts_from_the_reply_even_once_the_reply_is_deleted(story: Story) -> None:
    # Retention may delete the automatic reply (its hold keeps message_id null): the hold then starts when it was
    # recorded, in engine time, never the database's clock.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, analysis=ooo("2026-12-02"))
    assert story.due(sent) == "Thu 2026-12-03 10:00"  # the working hour from 09:00 to 10:00 counted
    story.conn.execute("update public.holds set message_id = null")
    # A team day off later in December re-plans every pending follow-up of the team: the same hour still counts.
    story.conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2026-12-24', 'Pont')", (story.team_id,)
    )
    assert story.due(sent) == "Thu 2026-12-03 10:00"


def test_r6_a_return_date_further_than_90_days_is_ignored(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, analysis=ooo("2027-06-01"))
    assert story.due(sent) == "Mon 2026-11-23 13:00"


def test_r6_a_person_who_writes_again_is_back(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    other = story.send("Mon 2026-11-23 09:00", [PROSPECT, OTHER], subject="B")
    story.receive("Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, analysis=ooo("2026-12-15"))
    story.receive("Tue 2026-11-24 10:00", PROSPECT, reply_to=sent)  # a human reply: they are back
    holds = story.conn.execute("select count(*) from public.holds").fetchone()
    assert holds == (0,)
    assert story.tracked(sent)["status"] == "replied"
    assert story.tracked(other)["status"] == "replied"  # the same person wrote (R5, any conversation)


# R7 Bounce ------------------------------------------------------------------------------------------------------


def bounce(original: str, *recipients: tuple[str, bool]) -> dict[str, Any]:
    return {
        "kind": "bounce",
        "bounce": {
            "permanent": all(p for _, p in recipients),
            "recipients": [{"address": a, "permanent": p, "status": "5.1.1" if p else "4.4.1"} for a, p in recipients],
            "original_message_id": original,
        },
        "opt_out": False,
    }


def test_r7_a_permanent_bounce_of_every_recipient_stops_it(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive(
        "Mon 2026-11-23 09:01",
        "mailer-daemon@mx.lefevre-industrie.fr",
        subject="Undeliverable: " + sent.subject,
        analysis=bounce(sent.internet_message_id, (PROSPECT, True)),
    )
    assert story.tracked(sent)["status"] == "bounced"
    suppressed = story.conn.execute("select address, reason from public.suppressions").fetchall()
    assert suppressed == [(PROSPECT, "bounced")]


def test_r7_a_partial_bounce_does_not_stop_it_and_the_others_still_get_followups(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT, OTHER])
    story.receive(
        "Mon 2026-11-23 09:01",
        "postmaster@martin-avocats.fr",
        subject="Delivery Status Notification (Failure)",
        analysis=bounce(sent.internet_message_id, (OTHER, True)),
    )
    assert story.tracked(sent)["status"] == "active"
    story.tick("Mon 2026-11-23 13:00")
    outcome = story.work("Mon 2026-11-23 13:00")
    assert outcome[0]["ok"] is True
    assert outcome[0]["recipients"] == [PROSPECT]


def test_r7_two_reports_that_together_fail_every_recipient_stop_it_at_the_second(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT, OTHER])
    first = story.receive(
        "Mon 2026-11-23 09:05", "mailer-daemon@mx.example", reply_to=sent, subject="Undeliverable",
        analysis=bounce(sent.internet_message_id, (PROSPECT, True)),
    )  # fmt: skip
    assert first["effects"] == ["partial_bounce"]
    assert story.tracked(sent)["status"] == "active"
    second = story.receive(
        "Mon 2026-11-23 09:20", "postmaster@other-mx.example", reply_to=sent, subject="Delivery Status Notification",
        analysis=bounce(sent.internet_message_id, (OTHER, True)),
    )  # fmt: skip
    assert second["effects"] == ["bounced"]
    assert story.tracked(sent)["status"] == "bounced"
    assert story.pending(sent) is None


def test_r7_a_report_failing_an_address_already_on_the_suppression_list_still_stops_it(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.conn.execute(
        "insert into public.suppressions (team_id, address, reason) values (%s, %s, 'manual')",
        (story.team_id, PROSPECT),
    )
    result = story.receive(
        "Mon 2026-11-23 09:05", "mailer-daemon@mx.example", reply_to=sent, subject="Undeliverable",
        analysis=bounce(sent.internet_message_id, (PROSPECT, True)),
    )  # fmt: skip
    assert result["effects"] == ["bounced"]
    assert story.tracked(sent)["status"] == "bounced"


def written_to_marc_from_two_mailboxes(story: Story) -> tuple[Message, Message, Message]:
    """Claire writes to Marc (09:00); Max, another mailbox of the team, writes to Marc alone (09:10) and to Marc and
    Sophie (09:20). All three are tracked."""
    max_box = story.add_mailbox("max@cabinet-durand.fr", story.add_member("max@cabinet-durand.fr"))
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    alone = outbound(max_box, [PROSPECT], sent_at=story.at("Mon 2026-11-23 09:10"), subject="Rendez-vous")
    story.ingest(alone, alone["sent_at"], mailbox=max_box.mailbox_id)
    both = outbound(max_box, [PROSPECT, OTHER], sent_at=story.at("Mon 2026-11-23 09:20"), subject="Séminaire")
    story.ingest(both, both["sent_at"], mailbox=max_box.mailbox_id)
    return sent, alone, both


def test_r7_a_bounce_stops_the_teams_other_tracked_emails_to_that_address_at_once(story: Story) -> None:
    # Claire and Max (another mailbox of the team) both wrote to Marc; Max also wrote to Marc and Sophie together.
    # Marc's address no longer exists: the report about Claire's message stops Max's too (R8: nothing is scheduled
    # for an undeliverable address; it stayed due until its claim). Max's message to both goes on, for Sophie.
    sent, alone, both = written_to_marc_from_two_mailboxes(story)
    result = story.receive(
        "Mon 2026-11-23 09:30", "mailer-daemon@mx.lefevre-industrie.fr", subject="Undeliverable: " + sent.subject,
        analysis=bounce(sent.internet_message_id, (PROSPECT, True)),
    )  # fmt: skip
    assert result["effects"] == ["bounced", "bounced"]
    assert [story.tracked(m)["status"] for m in (sent, alone, both)] == ["bounced", "bounced", "active"]
    assert story.pending(alone) is None
    assert story.timeline(alone)[-1] == (
        "bounced",
        f"delivery to {PROSPECT} failed permanently (reported for another message): pending follow-up cancelled",
    )
    story.tick("Mon 2026-11-23 13:30")
    outcomes = story.work("Mon 2026-11-23 13:30")
    assert [o["recipients"] for o in outcomes if o["ok"]] == [[OTHER]]


def test_r7_a_late_report_about_a_completed_tracked_email_still_marks_the_address_undeliverable(story: Story) -> None:
    # Claire followed up three times by hand (R3: completed); the report about the first message comes after. The
    # address is dead all the same: a new message to it is not tracked (R8), and the timeline says why.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    for when in ("Mon 2026-11-23 10:00", "Mon 2026-11-23 11:00", "Mon 2026-11-23 12:00"):
        story.send(when, [PROSPECT], reply_to=sent)
    assert story.tracked(sent)["status"] == "completed"
    story.receive(
        "Mon 2026-11-23 12:30", "mailer-daemon@mx.lefevre-industrie.fr", subject="Undeliverable: " + sent.subject,
        analysis=bounce(sent.internet_message_id, (PROSPECT, True)),
    )  # fmt: skip
    assert story.conn.execute("select address, reason from public.suppressions").fetchall() == [(PROSPECT, "bounced")]
    assert story.tracked(sent)["status"] == "completed"
    assert not story.is_tracked(story.send("Tue 2026-11-24 09:00", [PROSPECT], subject="Nouvelle offre"))


@pytest.mark.parametrize("returned", [True, False], ids=["by its Message-ID", "in its thread"])
def test_r7_a_bounce_about_a_message_never_tracked_still_marks_the_address_undeliverable(
    story: Story, returned: bool
) -> None:
    # Marc writes in; Claire answers him and copies his colleague Julie at an address that does not exist. Her answer
    # starts no conversation, so it is not tracked (R1), but the report about it says the address is dead all the
    # same: the tracked email Max (another mailbox of the team) sent to Julie stops at once, and a new message to her
    # is not tracked (R8). The report also names Sophie, to whom Claire's answer was never sent: she stays writable.
    # The report names the answer by its Message-ID, or (a mailer-daemon text without it) comes in its thread.
    dead = "julie.lefevre@lefevre-industrie.fr"
    max_box = story.add_mailbox("max@cabinet-durand.fr", story.add_member("max@cabinet-durand.fr"))
    earlier = outbound(max_box, [dead], sent_at=story.at("Mon 2026-11-23 08:30"), subject="Rendez-vous")
    story.ingest(earlier, earlier["sent_at"], mailbox=max_box.mailbox_id)
    incoming = story.receive("Mon 2026-11-23 08:45", PROSPECT, subject="Question sur mon contrat")
    answer = story.send(
        "Mon 2026-11-23 09:00",
        [PROSPECT],
        cc=[dead],
        reply_to=story.received_message(incoming, "Question sur mon contrat"),
    )
    assert not story.is_tracked(answer)
    report = bounce(answer.internet_message_id, (dead, True), (OTHER, True))
    if not returned:
        report["bounce"]["original_message_id"] = None
    result = story.receive(
        "Mon 2026-11-23 09:05", "mailer-daemon@mx.lefevre-industrie.fr", subject="Undeliverable: " + answer.subject,
        reply_to=None if returned else answer, analysis=report,
    )  # fmt: skip
    assert result["effects"] == ["bounced"]
    assert story.conn.execute("select address, reason from public.suppressions").fetchall() == [(dead, "bounced")]
    assert story.tracked(earlier)["status"] == "bounced"
    assert story.pending(earlier) is None
    assert story.timeline(earlier)[-1] == (
        "bounced",
        f"delivery to {dead} failed permanently (reported for another message): pending follow-up cancelled",
    )
    assert not story.is_tracked(story.send("Tue 2026-11-24 09:00", [dead], subject="Nouvelle offre"))
    assert story.is_tracked(story.send("Tue 2026-11-24 09:10", [OTHER], subject="Nouvelle offre"))


def test_r7_a_temporary_failure_changes_nothing(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive(
        "Mon 2026-11-23 09:01",
        "mailer-daemon@mx.example",
        subject="Delivery delayed",
        analysis=bounce(sent.internet_message_id, (PROSPECT, False)),
    )
    assert story.tracked(sent)["status"] == "active"
    assert story.conn.execute("select count(*) from public.suppressions").fetchone() == (0,)


# R8 Opt-out -----------------------------------------------------------------------------------------------------


def test_r8_an_opt_out_stops_it_and_nothing_is_ever_sent_to_that_address_again(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive(
        "Mon 2026-11-23 10:00",
        PROSPECT,
        reply_to=sent,
        body="Merci de ne plus me contacter.",
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )
    assert story.tracked(sent)["status"] == "opted_out"
    assert story.conn.execute("select reason from public.suppressions where address = %s", (PROSPECT,)).fetchone() == (
        "opted_out",
    )
    # R8: a later message to the same person is not tracked at all, and its timeline says why.
    later = story.send("Tue 2026-11-24 09:00", [PROSPECT], subject="Nouvelle offre")
    assert not story.is_tracked(later)
    row = story.conn.execute(
        "select e.reason from public.events as e join public.messages as m on m.id = e.message_id"
        " where m.provider_message_id = %s and e.kind = 'not_tracked'",
        (later.provider_message_id,),
    ).fetchone()
    assert row is not None and PROSPECT in row[0] and "suppression list" in row[0]
    assert story.tick("Tue 2026-11-24 13:00") == 0
    assert story.conn.execute("select count(*) from public.followups where status = 'sent'").fetchone() == (0,)


def test_r8_a_request_to_stop_after_the_last_followup_is_recorded_and_suppresses(story: Story) -> None:
    sent = complete_the_sequence(story)
    story.receive(
        "Wed 2026-11-25 08:40",
        PROSPECT,
        reply_to=sent,
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )
    summary = story.tracked(sent)
    assert (summary["status"], story.local(summary["answered_at"])) == ("opted_out", "Wed 2026-11-25 08:40")
    assert status_counts(story) == {"opted_out": 1}
    assert not story.is_tracked(story.send("Mon 2026-11-30 09:00", [PROSPECT], subject="Nouvelle proposition"))


@pytest.mark.parametrize("any_conversation", [True, False], ids=["answers count team-wide", "the thread only"])
def test_r8_an_opt_out_stops_the_teams_other_tracked_emails_to_that_person_at_once(
    conn: psycopg.Connection[Any], any_conversation: bool
) -> None:
    # Marc asks Claire to stop. Max (another mailbox of the team) had written to him too: nothing may be scheduled
    # for him any more, so Max's tracked email to him alone stops at that ingest (it stayed due until its claim).
    # With the team's setting (R5, on by default) Marc's message is an answer to every tracked email of the team
    # written to him, Max's to Marc and Sophie too; without it, that one goes on, for Sophie only.
    story = Story(conn, reply_from_any_conversation=any_conversation)
    sent, alone, both = written_to_marc_from_two_mailboxes(story)
    story.receive(
        "Mon 2026-11-23 10:00", PROSPECT, reply_to=sent, body="Merci de ne plus me contacter.",
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "ne plus me contacter"},
    )  # fmt: skip
    assert [story.tracked(m)["status"] for m in (sent, alone, both)] == [
        "opted_out", "opted_out", "opted_out" if any_conversation else "active"
    ]  # fmt: skip
    assert story.pending(alone) is None
    assert story.timeline(alone)[-1] == (
        (
            "opted_out",
            f"{PROSPECT} asked not to be contacted again (writing to claire@cabinet-durand.fr, another mailbox of"
            " the team): pending follow-up cancelled",
        )
        if any_conversation
        else (
            "opted_out",
            f"{PROSPECT} asked not to be contacted again (in another conversation): every recipient is on the"
            " suppression list: pending follow-up cancelled",
        )
    )
    story.tick("Mon 2026-11-23 14:00")
    outcomes = story.work("Mon 2026-11-23 14:00")
    assert [o["recipients"] for o in outcomes if o["ok"]] == ([] if any_conversation else [[OTHER]])


def test_r8_an_opt_out_without_any_tracked_email_still_suppresses_the_address(story: Story) -> None:
    story.receive(
        "Mon 2026-11-23 10:00",
        PROSPECT,
        subject="Votre lettre d'information",
        body="Retirez-moi de votre liste.",
        analysis={"kind": "human", "opt_out": True, "opt_out_phrase": "retirez-moi de votre liste"},
    )
    assert story.conn.execute("select reason from public.suppressions where address = %s", (PROSPECT,)).fetchone() == (
        "opted_out",
    )
    assert not story.is_tracked(story.send("Mon 2026-11-23 11:00", [PROSPECT], subject="Offre"))


ASSISTANT = "secretariat@lefevre-industrie.fr"
RELAYED_PHRASE = "me demande de vous dire de ne plus le contacter"


def relayed(is_relayed: bool = True) -> dict[str, Any]:
    """The analysis of "M. Lefèvre me demande de vous dire de ne plus le contacter", written by his assistant:
    a request to stop relayed for the person written to (`opt_out_relayed`), or, with False, read as the
    assistant's own."""
    return {"kind": "human", "opt_out": True, "opt_out_phrase": RELAYED_PHRASE, "opt_out_relayed": is_relayed}


def suppressed(story: Story) -> dict[str, str]:
    rows = story.conn.execute("select address, detail from public.suppressions order by address").fetchall()
    return {address: detail for address, detail in rows}


def test_r8_a_request_relayed_by_an_assistant_suppresses_the_person_written_to(story: Story) -> None:
    # Claire writes to Marc, a colleague of hers in copy, Sophie in copy too. Marc's assistant answers from her own
    # address that he asks not to be contacted again. Marc is the one who asked: his address goes on the list
    # (the assistant's too, as for any request to stop), and a new email to him is not tracked. Sophie, in copy,
    # asked nothing; the colleague is the team.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT, COLLEAGUE], cc=[OTHER])
    result = story.receive(
        "Mon 2026-11-23 10:00", ASSISTANT, reply_to=sent, body=f"Bonjour, M. Lefèvre {RELAYED_PHRASE}.",
        analysis=relayed(),
    )  # fmt: skip
    assert result["effects"] == ["opted_out"]
    assert story.tracked(sent)["status"] == "opted_out"
    assert story.timeline(sent)[-1] == (
        "opted_out", f"{ASSISTANT} asked that {PROSPECT} not be contacted again: pending follow-up cancelled"
    )  # fmt: skip
    assert suppressed(story) == {ASSISTANT: RELAYED_PHRASE, PROSPECT: f"relayed by {ASSISTANT}: {RELAYED_PHRASE}"}
    assert not story.is_tracked(story.send("Tue 2026-11-24 09:00", [PROSPECT], subject="Nouvelle offre"))
    assert story.is_tracked(story.send("Tue 2026-11-24 09:05", [OTHER], subject="Séminaire"))


def test_r8_a_request_the_analysis_reads_as_the_authors_own_suppresses_the_author_only(story: Story) -> None:
    # The same words, read as the assistant's own request (no relay): she is suppressed, Marc is not.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.receive("Mon 2026-11-23 10:00", ASSISTANT, reply_to=sent, analysis=relayed(False))
    assert story.tracked(sent)["status"] == "opted_out"
    assert set(suppressed(story)) == {ASSISTANT}
    assert story.is_tracked(story.send("Tue 2026-11-24 09:00", [PROSPECT], subject="Nouvelle offre"))


def test_r8_a_relayed_request_stops_the_teams_other_tracked_emails_left_with_no_one_to_write_to(
    story: Story,
) -> None:
    # Max (another mailbox) had written to Marc alone and to Marc and Sophie: his email to Marc alone stops at
    # once; the one to both goes on, for Sophie.
    sent, alone, both = written_to_marc_from_two_mailboxes(story)
    story.receive("Mon 2026-11-23 10:00", ASSISTANT, reply_to=sent, analysis=relayed())
    assert [story.tracked(m)["status"] for m in (sent, alone, both)] == ["opted_out", "opted_out", "active"]
    assert story.pending(alone) is None
    assert story.timeline(alone)[-1] == (
        "opted_out",
        f"{ASSISTANT} asked that {PROSPECT} not be contacted again (in another conversation): every recipient is on"
        " the suppression list: pending follow-up cancelled",
    )
    story.tick("Mon 2026-11-23 14:00")
    assert story.pending(both) is not None


def test_r8_a_relayed_request_without_links_speaks_for_the_provider_threads_last_email(story: Story) -> None:
    # A webmail that keeps no In-Reply-To: the provider's thread names the conversation; Claire's last email in
    # it (her manual follow-up to Marc and Sophie) is the one the assistant answers.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.send("Mon 2026-11-23 09:30", [PROSPECT, OTHER], reply_to=sent)
    story.receive("Mon 2026-11-23 10:00", ASSISTANT, thread=sent["provider_thread_id"], analysis=relayed())
    assert set(suppressed(story)) == {ASSISTANT, PROSPECT, OTHER}


def complaint(original: str | None, *recipients: str) -> dict[str, Any]:
    return {
        "kind": "complaint",
        "complaint": {"feedback_type": "abuse", "recipients": list(recipients), "original_message_id": original},
        "opt_out": False,
    }


def test_r8_a_complaint_about_a_tracked_email_suppresses_the_address_and_stops_it(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    result = story.receive(
        "Tue 2026-11-24 08:00",
        "fbl@feedback.mailbox-isp.net",
        subject="Email Feedback Report for IP 192.0.2.44",
        analysis=complaint(sent.internet_message_id, PROSPECT.upper()),
    )
    assert result["kind"] == "complaint" and result["effects"] == ["suppressed", "complaint"]
    assert story.tracked(sent)["status"] == "opted_out"
    assert "complaint" in story.tracked(sent)["status_reason"]
    assert story.conn.execute("select reason from public.suppressions where address = %s", (PROSPECT,)).fetchone() == (
        "complained",
    )
    assert story.pending(sent) is None
    assert not story.is_tracked(story.send("Wed 2026-11-25 09:00", [PROSPECT], subject="Nouvelle offre"))


def test_r8_a_complaint_shows_on_the_persons_contact(story: Story) -> None:
    # The team knows the prospect (a contact, from the autofill run); the complaint is an objection the contact
    # shows (PRIVACY.md), so that nobody writes to them by hand unaware.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.conn.execute("select worker.run_autofill(%s)", (story.at("Mon 2026-11-23 10:00"),))
    story.receive(
        "Tue 2026-11-24 08:00",
        "fbl@feedback.mailbox-isp.net",
        subject="Email Feedback Report for IP 192.0.2.44",
        analysis=complaint(sent.internet_message_id, PROSPECT),
    )
    row = story.conn.execute(
        "select objected_at, objection_detail from public.contacts where team_id = %s and address = %s",
        (story.team_id, PROSPECT),
    ).fetchone()
    assert row == (story.at("Tue 2026-11-24 08:00"), "reported our mail as spam")


def test_r8_a_complaint_that_redacts_the_address_suppresses_the_reported_emails_recipients(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT, OTHER])
    untouched = story.send("Mon 2026-11-23 09:30", ["someone.else@acme-industrie.fr"], subject="Autre sujet")
    story.receive(
        "Tue 2026-11-24 08:00",
        "no-reply@sns.amazonaws.com",
        subject="AWS Notification Message",
        analysis=complaint(sent.internet_message_id),
    )
    assert story.tracked(sent)["status"] == "opted_out"
    assert story.tracked(untouched)["status"] == "active"
    rows = story.conn.execute("select address, reason from public.suppressions order by address").fetchall()
    assert rows == sorted([(PROSPECT, "complained"), (OTHER, "complained")])


def test_r8_a_complaint_outside_the_contract_is_refused_naming_the_key(story: Story) -> None:
    bad = complaint(None)
    bad["complaint"]["recipients"] = [{"address": PROSPECT}]
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=r"analysis\.complaint\.recipients\[0\]"):
        story.receive("Tue 2026-11-24 08:00", "fbl@feedback.mailbox-isp.net", analysis=bad)


# R9 Sending -----------------------------------------------------------------------------------------------------


def test_r9_only_due_followups_are_queued_and_the_claim_carries_what_the_worker_needs(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 12:59") == 0
    assert story.tick("Mon 2026-11-23 13:00") == 1
    assert story.tick("Mon 2026-11-23 13:01") == 0  # already queued
    (outcome,) = story.work("Mon 2026-11-23 13:00")
    assert outcome["ok"] is True
    assert outcome["recipients"] == [PROSPECT]
    assert outcome["reply_to"]["internet_message_id"] == sent.internet_message_id
    assert outcome["provider_thread_id"] == sent.thread
    assert outcome["body_text"].startswith("Bonjour,")


def test_r9_a_followup_moved_after_it_was_queued_is_not_sent_by_its_old_queue_message(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    (fid,) = story.conn.execute("select followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    # Before a worker takes the message, the user follows up by hand (R4): the follow-up moves to 4 working hours
    # after it, and off the queue.
    story.send("Mon 2026-11-23 13:00", [PROSPECT], reply_to=sent)
    assert (story.pending(sent)["seq"], story.pending(sent)["queued_at"]) == (2, None)  # type: ignore[index]
    assert story.due(sent) == "Mon 2026-11-23 17:00"
    # The old message claims nothing, even once the new due time has come: only a tick queues it again.
    assert story.claim(fid, story.at("Mon 2026-11-23 13:05")) == {
        "ok": False,
        "reason": "not queued (status scheduled)",
    }
    assert story.claim(fid, story.at("Mon 2026-11-23 17:00"))["ok"] is False
    assert story.tick("Mon 2026-11-23 16:59") == 0
    assert story.tick("Mon 2026-11-23 17:00") == 1
    (outcome,) = story.work("Mon 2026-11-23 17:00")
    assert (outcome["ok"], outcome["seq"]) == (True, 2)


def test_r9_a_queued_followup_cannot_move_later_and_stay_on_the_queue(story: Story) -> None:
    # Its message would be refused as not due and no tick would queue it again: never sent, and nothing to say
    # so. The table refuses the statement that would leave it so, whichever code path writes it.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    fid = story.pending(sent)["id"]  # type: ignore[index]
    move = "update public.followups set due_at = %s where id = %s"
    for statement, args in ((move, (story.at("Mon 2026-11-23 14:00"), fid)),
                            ("update public.followups set status = 'queued' where id = %s", (fid,))):  # fmt: skip
        with pytest.raises(psycopg.errors.CheckViolation, match="followups_queued_when_due"), story.conn.transaction():
            story.conn.execute(statement, args)
    # Moved earlier it stays queued (still due); moved later it leaves the queue, and the next tick queues it again.
    story.conn.execute(move, (story.at("Mon 2026-11-23 12:00"), fid))
    story.conn.execute(
        "update public.followups set due_at = %s, queued_at = null where id = %s",
        (story.at("Mon 2026-11-23 14:00"), fid),
    )
    assert story.tick("Mon 2026-11-23 13:59") == 0
    assert story.tick("Mon 2026-11-23 14:00") == 1


def ticked_in_place(story: Story, when: str) -> tuple[int, int, int]:
    """One tick at `when`: how many follow-ups it queued, and how many follow-up rows it updated, in place (HOT: no
    index entry written) or not, by the counters of its own transaction."""
    counts = (
        "select pg_stat_get_xact_tuples_updated(c.oid), pg_stat_get_xact_tuples_hot_updated(c.oid)"
        " from pg_class as c where c.oid = 'public.followups'::regclass"
    )
    with story.conn.transaction():  # the counts of this transaction, before and after the tick
        (updated, hot) = story.conn.execute(counts).fetchone()  # type: ignore[misc]
        queued = story.tick(when)
        (updated_after, hot_after) = story.conn.execute(counts).fetchone()  # type: ignore[misc]
    return queued, updated_after - updated, hot_after - hot


def test_r9_queueing_a_due_followup_writes_no_index_entry(story: Story) -> None:
    # The tick changes only what no index holds (queued_at, updated_at): each row is rewritten in place, a HOT
    # update, so a tick of 10,000 due costs no index writes (bench/engine_bench.py measures it).
    for i in range(5):
        story.send("Mon 2026-11-23 09:00", [f"p{i}@prospect.example"], subject=f"S{i}")
    assert ticked_in_place(story, "Mon 2026-11-23 13:00") == (5, 5, 5)


def test_r9_followups_written_together_and_due_together_are_all_queued_in_place(story: Story) -> None:
    # Mail sent over a weekend is all due on Monday at 11:00: its follow-ups were written one after the other and
    # share their pages, and one tick queues every row of those pages. Each still fits beside its old version (the
    # table keeps half of each page free), so the tick writes next to no index entry; with a fifth kept free, two in
    # three moved to another page with an entry in every index (bench/RESULTS.md).
    for i in range(60):
        story.send("Sat 2026-11-28 10:00", [f"p{i}@prospect.example"], subject=f"S{i}")
    pages = story.conn.execute("select count(distinct (ctid::text::point)[0]) from public.followups").fetchone()
    assert pages is not None and pages[0] < 10  # written together: the 60 share a few pages
    assert story.tick("Mon 2026-11-30 10:59") == 0
    queued, updated, hot = ticked_in_place(story, "Mon 2026-11-30 11:00")
    assert (queued, updated) == (60, 60)
    # All but the odd last row of a page (whose new line pointer tips it over): 58 here, 20 with a fifth kept free.
    assert hot >= 55


def test_r9_two_claims_of_one_followup_one_wins(story: Story) -> None:
    story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    fid = story.conn.execute("select id from public.followups").fetchone()[0]  # type: ignore[index]
    first = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    second = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    assert (first["ok"], second["ok"]) == (True, False)
    # A stale token never completes.
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
        story.conn.execute("select worker.complete_followup(%s, gen_random_uuid())", (fid,))


def test_r9_a_claim_refuses_when_the_mailbox_is_paused_or_over_its_daily_cap(conn: psycopg.Connection[Any]) -> None:
    story = Story(conn, daily_send_cap=1)
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    b = story.send("Mon 2026-11-23 09:00", [OTHER], subject="B")
    story.tick("Mon 2026-11-23 13:00")
    outcomes = story.work("Mon 2026-11-23 13:00")
    assert sorted(o["ok"] for o in outcomes) == [False, True]
    refused = next(o for o in outcomes if not o["ok"])
    assert refused["reason"] == "daily cap reached"
    late = a if story.pending(a) and story.pending(a)["seq"] == 1 else b  # type: ignore[index]
    assert story.due(late) == "Tue 2026-11-24 07:00"


def test_r9_a_followup_the_provider_may_have_sent_fills_the_cap_even_after_an_answer_cancels_it(
    conn: psycopg.Connection[Any],
) -> None:
    # Stress seed 371101612, sequence 270: 4 sent with a cap of 3. A worker stored a follow-up's identity and
    # died after the provider took it; an answer then cancelled that follow-up before its Sent Items copy was
    # read. The copy still marks it sent (record_sent), so it must count against today's cap meanwhile.
    story = Story(conn, daily_send_cap=1)
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    b = story.send("Mon 2026-11-23 10:00", [OTHER], subject="B")
    assert story.tick("Mon 2026-11-23 13:00") == 1
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    context = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    assert context["ok"] is True
    assert record_identity(conn, fid, context["claim_token"], "<lost@relance.test>", story.at("Mon 2026-11-23 13:00"))
    # The prospect answers before the copy is read: A stops and its follow-up is cancelled.
    story.receive("Mon 2026-11-23 13:30", PROSPECT, reply_to=a)
    assert story.tracked(a)["status"] == "replied"
    status = conn.execute("select status::text from public.followups where id = %s", (fid,)).fetchone()
    assert status == ("cancelled",)
    # B is due at 14:00; the possibly sent follow-up of A fills today's cap of 1.
    story.tick("Mon 2026-11-23 14:00")
    assert [o.get("reason") for o in story.work("Mon 2026-11-23 14:00")] == ["daily cap reached"]
    assert story.due(b) == "Tue 2026-11-24 07:00"
    # Its copy arrives: A's follow-up is recorded sent, and B still waits for tomorrow.
    story.ingest(
        engine_copy(
            story.mailbox, a, fid, sent_at=story.at("Mon 2026-11-23 13:00"), internet_message_id="<lost@relance.test>"
        ),
        story.at("Mon 2026-11-23 14:05"),
    )
    assert conn.execute("select status::text from public.followups where id = %s", (fid,)).fetchone() == ("sent",)
    assert story.due(b) == "Tue 2026-11-24 07:00"


def test_r9_a_stalled_claim_is_handed_to_another_worker(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    assert story.claim(fid, story.at("Mon 2026-11-23 13:00"))["ok"] is True
    # The worker vanished; its lease runs out.
    story.tick("Mon 2026-11-23 13:10")
    requeued = story.pending(sent)
    assert (requeued["status"], requeued["queued_at"]) == ("scheduled", story.at("Mon 2026-11-23 13:10"))  # type: ignore[index]
    assert [o["ok"] for o in story.work("Mon 2026-11-23 13:11")] == [True]
    assert story.tracked(sent)["automatic_sent"] == 1


# R10 Failures -----------------------------------------------------------------------------------------------------


def claim_one(story: Story, when: str) -> dict[str, Any]:
    story.tick(when)
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    return story.claim(fid, story.at(when))


def fail(story: Story, claim: dict[str, Any], kind: str, when: str, retry_after: int | None = None) -> str:
    row = story.conn.execute(
        "select worker.fail_followup(%s, %s, 'HTTP 429 ApplicationThrottled', %s, %s, %s)",
        (claim["followup_id"], claim["claim_token"], kind, retry_after, story.at(when)),
    ).fetchone()
    assert row
    return str(row[0])


def test_r10_a_retryable_error_retries_after_retry_after(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    claim = claim_one(story, "Mon 2026-11-23 13:00")
    assert fail(story, claim, "retry", "Mon 2026-11-23 13:00", retry_after=600) == "retry"
    assert story.due(sent) == "Mon 2026-11-23 13:10"
    assert story.pending(sent)["last_error"] == "HTTP 429 ApplicationThrottled"  # type: ignore[index]


def test_r10_retries_give_up_after_five_attempts_with_a_readable_reason(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    outcome = ""
    for minute in range(5):
        claim = claim_one(story, f"Mon 2026-11-23 {13 + minute}:00")
        outcome = fail(story, claim, "retry", f"Mon 2026-11-23 {13 + minute}:00")
    assert outcome == "failed"
    (followup,) = story.followups(sent)
    assert followup["status"] == "failed"
    assert followup["reason"] == "gave up after 5 attempts: HTTP 429 ApplicationThrottled"


def test_r10_a_permanent_error_fails_the_followup(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    claim = claim_one(story, "Mon 2026-11-23 13:00")
    assert fail(story, claim, "permanent", "Mon 2026-11-23 13:00") == "failed"
    assert story.followups(sent)[0]["status"] == "failed"
    assert story.tracked(sent)["next_followup_due_at"] is None


def test_r10_a_revoked_grant_pauses_the_mailbox_instead_of_failing(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    claim = claim_one(story, "Mon 2026-11-23 13:00")
    assert fail(story, claim, "reauth", "Mon 2026-11-23 13:00") == "mailbox needs reauth"
    status = story.conn.execute("select status from public.mailboxes where id = %s", (story.mailbox_id,)).fetchone()
    assert status == ("needs_reauth",)
    assert story.pending(sent)["status"] == "scheduled"  # type: ignore[index]
    assert story.tick("Mon 2026-11-23 14:00") == 0  # nothing goes out of a mailbox that needs reconnecting


def test_queue_message_that_keeps_coming_back_is_archived_with_its_reason(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    read = "select count(*) from worker.read_followup_queue(10, 0, 2, %s)"
    for minute in ("01", "02"):  # a worker that crashes on it every time: read, never acknowledged
        assert story.conn.execute(read, (story.at(f"Mon 2026-11-23 13:{minute}"),)).fetchone() == (1,)
    assert story.conn.execute(read, (story.at("Mon 2026-11-23 13:03"),)).fetchone() == (0,)
    (followup,) = story.followups(sent)
    reason = "the queue delivered it 3 times without an outcome: archived"
    assert (followup["status"], followup["reason"]) == ("failed", reason)
    archived = story.conn.execute("select count(*) from pgmq.a_followup_sends").fetchone()
    assert archived == (1,)
    # The timeline says so at the worker's instant, not at the server's clock (the suite runs on any day).
    failed = story.conn.execute(
        "select occurred_at from public.events where followup_id = %s and kind = 'failed'", (followup["id"],)
    ).fetchall()
    assert [story.local(at) for (at,) in failed] == ["Mon 2026-11-23 13:03"]
    assert ("failed", reason) in story.timeline(sent)
    assert story.due(sent) is None


# R11 Pause ---------------------------------------------------------------------------------------------------------
# Each call passes the story's instant, so it runs as the service role on the owner's behalf: a signed-in user
# may not choose p_now (tests/test_api_surface.py).


def test_r11_pausing_a_tracked_email_and_resuming_never_sends_a_backlog(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.pause(sent, "Mon 2026-11-23 10:00")
    assert story.tick("Wed 2026-11-25 10:00") == 0
    assert story.resume(sent, "Wed 2026-11-25 10:00")
    assert story.due(sent) == "Wed 2026-11-25 14:00"
    assert story.tick("Wed 2026-11-25 10:00") == 0


def test_r11_a_followup_planned_while_its_tracked_email_is_paused_waits_for_the_resume(story: Story) -> None:
    # A worker sent follow-up 1 and died before recording it; the user pauses the tracked email; the Sent Items
    # copy then records the send, which plans follow-up 2 while the pause holds. The tick reads the pause on the
    # follow-up itself (it never reads the tracked email), so follow-up 2 must carry it from its insert.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    context = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    identity = "<left-before-the-pause@relance.test>"
    assert record_identity(story.conn, fid, context["claim_token"], identity, story.at("Mon 2026-11-23 13:00"))
    assert story.pause(sent, "Mon 2026-11-23 13:05")
    story.ingest(
        engine_copy(story.mailbox, sent, fid, sent_at=story.at("Mon 2026-11-23 13:00"), internet_message_id=identity),
        story.at("Mon 2026-11-23 13:10"),
    )
    assert story.tracked(sent)["automatic_sent"] == 1
    assert (story.pending(sent)["seq"], story.pending(sent)["tracked_email_paused"]) == (2, True)  # type: ignore[index]
    assert story.tick("Wed 2026-11-25 10:00") == 0
    assert story.resume(sent, "Wed 2026-11-25 10:00")
    assert story.pending(sent)["tracked_email_paused"] is False  # type: ignore[index]
    assert story.due(sent) == "Wed 2026-11-25 14:00"
    assert story.tick("Wed 2026-11-25 14:00") == 1
    assert [(o["ok"], o["seq"]) for o in story.work("Wed 2026-11-25 14:00")] == [(True, 2)]


def test_r11_a_claim_taken_before_a_pause_is_handed_back_and_waits(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    assert story.tick("Mon 2026-11-23 13:00") == 1
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    context = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    assert context["ok"] is True
    assert story.pause(sent, "Mon 2026-11-23 13:01")
    # The final claim refuses, the claim goes back, and no later tick queues it while the pause holds.
    assert story.send_claimed(context, story.at("Mon 2026-11-23 13:02"))["reason"] == "tracked email is paused"
    pending = story.pending(sent)
    assert (pending["status"], pending["queued_at"], pending["tracked_email_paused"]) == ("scheduled", None, True)  # type: ignore[index]
    assert story.tick("Mon 2026-11-23 13:03") == 0
    assert story.tick("Fri 2026-11-27 13:03") == 0
    assert story.tracked(sent)["automatic_sent"] == 0


def test_r11_pausing_a_mailbox_for_holidays(story: Story) -> None:
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    b = story.send("Mon 2026-11-23 09:30", [OTHER], subject="B")
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        story.conn.execute("select public.pause_mailbox(%s, %s)", (story.mailbox_id, story.at("Mon 2026-11-23 10:00")))
    assert story.tick("Fri 2026-11-27 10:00") == 0
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        story.conn.execute("select public.resume_mailbox(%s, %s)", (story.mailbox_id, story.at("Mon 2026-11-30 08:00")))
    assert (story.due(a), story.due(b)) == ("Mon 2026-11-30 12:00", "Mon 2026-11-30 12:00")


def test_r11_the_team_kill_switch_is_for_admins(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    member = story.add_member("junior@cabinet-durand.fr")
    with pytest.raises(psycopg.errors.InsufficientPrivilege), acting_as(story.conn, "authenticated", member):
        story.conn.execute("select public.pause_team(%s)", (story.team_id,))
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        story.conn.execute(
            "select public.pause_team(%s, 'incident', %s)", (story.team_id, story.at("Mon 2026-11-23 10:00"))
        )
    assert story.tick("Mon 2026-11-23 13:00") == 0
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        story.conn.execute("select public.resume_team(%s, %s)", (story.team_id, story.at("Tue 2026-11-24 09:00")))
    assert story.due(sent) == "Tue 2026-11-24 13:00"


def test_r11_a_change_after_the_team_resumes_never_brings_the_backlog_back(story: Story) -> None:
    # The kill switch held the team for two days; the resume moved every overdue follow-up to resume + 4 h. An admin
    # then changes a setting, which re-plans every pending follow-up (R2): from the resume, not from the sends of
    # two days ago, or the next tick would send the whole backlog at once.
    a = story.send("Mon 2026-11-23 09:00", [PROSPECT], subject="A")
    b = story.send("Mon 2026-11-23 09:30", [OTHER], subject="B")
    with acting_as(story.conn, "service_role", story.owner, commit=True):
        story.conn.execute(
            "select public.pause_team(%s, 'incident', %s)", (story.team_id, story.at("Mon 2026-11-23 10:00"))
        )
        story.conn.execute("select public.resume_team(%s, %s)", (story.team_id, story.at("Wed 2026-11-25 09:00")))
    assert (story.due(a), story.due(b)) == ("Wed 2026-11-25 13:00", "Wed 2026-11-25 13:00")
    with acting_as(story.conn, "authenticated", story.owner, commit=True):
        story.conn.execute("select public.set_team_settings(%s, %s)", (story.team_id, '{"followup_interval_hours": 5}'))
    assert (story.due(a), story.due(b)) == ("Wed 2026-11-25 14:00", "Wed 2026-11-25 14:00")
    assert story.tick("Wed 2026-11-25 10:00") == 0


def test_r11_the_tick_never_reads_what_a_stopped_mailbox_or_a_paused_team_has_overdue(
    conn: psycopg.Connection[Any],
) -> None:
    # A mailbox disconnected for good keeps its follow-ups (reconnecting it resumes them), overdue for ever, and so
    # does a team whose kill switch stays on. The tick reads the due follow-ups of each working mailbox of a working
    # team, never theirs: they cost no tick anything, however many and however long. The index's own counter in
    # this transaction says what the tick read.
    story = Story(conn)
    colleague = story.add_member("paul@cabinet-durand.fr")
    away = story.add_mailbox("paul@cabinet-durand.fr", colleague)
    other = Story(conn, domains=("cabinet-martin.fr",), address="luc@cabinet-martin.fr")
    for i in range(4):
        sent = outbound(away, [f"p{i}@prospect.example"], sent_at=story.at("Mon 2026-11-23 09:00"), subject=f"P{i}")
        story.ingest(sent, story.at("Mon 2026-11-23 09:00"), mailbox=away.mailbox_id)
        other.send("Mon 2026-11-23 09:00", [f"m{i}@prospect.example"], subject=f"M{i}")
    working = story.send("Mon 2026-11-23 10:00", [PROSPECT])
    story.conn.execute(
        "select worker.disconnect_mailbox_as_operator(%s, 'left the firm', null, %s)",
        (away.mailbox_id, story.at("Mon 2026-11-23 10:00")),
    )
    with acting_as(story.conn, "service_role", other.owner, commit=True):
        story.conn.execute(
            "select public.pause_team(%s, 'incident', %s)", (other.team_id, other.at("Mon 2026-11-23 10:00"))
        )
    read = "select pg_stat_get_xact_tuples_returned('public.followups_due_idx'::regclass)"
    with story.conn.transaction():  # the counts of this transaction, before and after the tick
        (before,) = story.conn.execute(read).fetchone()  # type: ignore[misc]
        assert story.tick("Fri 2026-11-27 10:00") == 1
        (after,) = story.conn.execute(read).fetchone()  # type: ignore[misc]
    assert after - before == 1  # the working mailbox's one due follow-up; none of the eight overdue elsewhere
    assert story.pending(working)["queued_at"] is not None  # type: ignore[index]
    # Back at work, they are read again, moved from the resume (no backlog burst) and queued when due.
    with acting_as(story.conn, "service_role", other.owner, commit=True):
        story.conn.execute("select public.resume_team(%s, %s)", (other.team_id, other.at("Mon 2026-11-30 09:00")))
    assert story.tick("Mon 2026-11-30 12:59") == 0
    assert story.tick("Mon 2026-11-30 13:00") == 4


# R12 Timeline --------------------------------------------------------------------------------------------------------


def test_r12_every_state_change_says_why(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.send("Mon 2026-11-23 11:00", [PROSPECT], reply_to=sent)
    story.tick("Mon 2026-11-23 15:00")
    story.work("Mon 2026-11-23 15:00")
    story.receive("Tue 2026-11-24 09:00", PROSPECT, reply_to=sent)
    assert story.timeline(sent) == [
        ("tracked", "new conversation with an external recipient (tracking policy: auto)"),
        (
            "scheduled",
            "follow-up 1 of 3 due Mon 2026-11-23 13:00 Europe/Paris (4 working hours after the tracked email)",
        ),
        ("manual_followup", "manual follow-up 1 detected (sent by hand Mon 2026-11-23 11:00 Europe/Paris)"),
        ("rescheduled", "follow-up 2 of 3 moved to Mon 2026-11-23 15:00 Europe/Paris: the manual follow-up"),
        ("sent", "follow-up 2 sent Mon 2026-11-23 15:00 Europe/Paris (sent by the worker)"),
        ("scheduled", "follow-up 3 of 3 due Tue 2026-11-24 08:00 Europe/Paris (4 working hours after follow-up 2)"),
        ("replied", f"{PROSPECT} replied: pending follow-up cancelled"),
    ]


def test_r12_a_timeline_is_read_under_rls(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked_id = story.tracked(sent)["tracked_email_id"]
    stranger = make_user(story.conn, "stranger@elsewhere.example")
    with acting_as(story.conn, "authenticated", stranger):
        assert story.conn.execute("select count(*) from public.get_timeline(%s)", (tracked_id,)).fetchone() == (0,)
    with acting_as(story.conn, "authenticated", story.owner):
        assert story.conn.execute("select count(*) from public.get_timeline(%s)", (tracked_id,)).fetchone() == (2,)


# R13 Promise ---------------------------------------------------------------------------------------------------------


def test_r13_a_reply_ingested_before_the_final_claim_stops_the_send(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    claim = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    assert claim["ok"]
    # The last look finds the reply that came in meanwhile.
    story.receive("Mon 2026-11-23 12:58", PROSPECT, reply_to=sent)
    final = story.send_claimed(claim, story.at("Mon 2026-11-23 13:00"))
    assert final == {"ok": False, "reason": "cancelled: replied"}
    assert story.tracked(sent)["automatic_sent"] == 0
    assert story.violations() == []


def test_r13_the_promise_view_shows_a_send_after_a_known_answer(story: Story) -> None:
    # The view itself can fail: a follow-up recorded as sent after an answer was ingested shows up.
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (_, fid) = story.conn.execute("select msg_id, followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    claim = story.claim(fid, story.at("Mon 2026-11-23 13:00"))
    story.receive("Mon 2026-11-23 12:58", PROSPECT, reply_to=sent)
    story.conn.execute(
        "update public.followups set status = 'sent', sent_at = %s where id = %s",
        (story.at("Mon 2026-11-23 13:00"), fid),
    )
    assert [v["followup_id"] for v in story.violations()] == [fid]
    assert claim["ok"]


# R14 Direction --------------------------------------------------------------------------------------------------------


def test_r14_a_spoofed_from_the_user_in_the_inbox_is_never_tracked_answered_or_counted(story: Story) -> None:
    # A stranger writes "From: claire@cabinet-durand.fr" to a prospect, and the copy lands in her inbox.
    spoof = story.receive("Mon 2026-11-23 09:00", story.address, subject="Virement urgent")
    assert (spoof["direction"], spoof["effects"]) == ("inbound", ["from_the_mailbox_itself"])
    assert story.conn.execute("select count(*) from public.tracked_emails").fetchone() == (0,)
    # In a tracked conversation, the same spoof is neither a manual follow-up nor an answer.
    sent = story.send("Mon 2026-11-23 10:00", [PROSPECT])
    story.receive("Mon 2026-11-23 11:00", story.address, reply_to=sent)
    summary = story.tracked(sent)
    assert (summary["status"], summary["manual_detected"]) == ("active", 0)
    assert story.due(sent) == "Mon 2026-11-23 14:00"


def test_r14_only_the_sent_folder_makes_a_message_outbound(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 10:00", [PROSPECT])
    assert story.last_result["direction"] == "outbound"
    reply = story.receive("Mon 2026-11-23 11:00", PROSPECT, reply_to=sent)
    assert reply["direction"] == "inbound"


def test_r14_an_engine_echo_in_another_mailbox_never_marks_the_followup_sent(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (followup_id,) = story.conn.execute("select followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    # Paul, a colleague, has a message in his Sent Items that carries the header of Claire's follow-up (a
    # forward, a copy, or a header written by hand): it proves nothing about Claire's mailbox.
    paul = story.add_mailbox("paul@cabinet-durand.fr", story.add_member("paul@cabinet-durand.fr"))
    copy = engine_copy(paul, sent, followup_id, sent_at=story.at("Mon 2026-11-23 13:00"))
    result = story.ingest(copy, story.at("Mon 2026-11-23 13:01"), mailbox=paul.mailbox_id)
    assert result["effects"] == ["engine_header_ignored"]
    # The same header on a spoof "from Claire" in her inbox (inbound: anyone can write both) proves nothing.
    spoof = story.receive(
        "Mon 2026-11-23 13:02", story.address, reply_to=sent, headers={"x-relance-followup-id": str(followup_id)}
    )
    assert (spoof["direction"], spoof["kind"], spoof["effects"]) == ("inbound", "human", ["from_the_mailbox_itself"])
    queued = story.followups(sent)[0]
    assert (queued["status"], queued["queued_at"]) == ("scheduled", story.at("Mon 2026-11-23 13:00"))
    assert story.tracked(sent)["automatic_sent"] == 0
    # record_sent itself refuses a mailbox that does not own the follow-up.
    at = story.at("Mon 2026-11-23 13:03")
    refused = story.conn.execute(
        "select private.record_sent(%s, %s, %s, null, null, 'a copy elsewhere', %s)",
        (followup_id, paul.mailbox_id, at, at),
    ).fetchone()
    assert refused == (False,)
    assert story.followups(sent)[0]["status"] != "sent"


def test_r9_a_repeated_followup_header_is_read_as_its_first_value(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.tick("Mon 2026-11-23 13:00")
    (followup_id,) = story.conn.execute("select followup_id from worker.read_followup_queue()").fetchone()  # type: ignore[misc]
    copy = engine_copy(story.mailbox, sent, followup_id, sent_at=story.at("Mon 2026-11-23 13:00"))
    copy["headers"] = {"x-relance-followup-id": [str(followup_id), "00000000-0000-0000-0000-000000000000"]}
    result = story.ingest(copy, story.at("Mon 2026-11-23 13:01"))
    assert (result["kind"], result["effects"]) == ("engine", ["engine_followup_seen"])
    assert story.followups(sent)[0]["status"] == "sent"
    # The message keeps its headers as they came.
    row = story.conn.execute(
        "select headers -> 'x-relance-followup-id' from public.messages where id = %s", (result["message_id"],)
    ).fetchone()
    assert row == ([str(followup_id), "00000000-0000-0000-0000-000000000000"],)


def test_r4_an_outbound_message_with_a_malformed_followup_header_is_a_manual_followup(story: Story) -> None:
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    story.send(
        "Mon 2026-11-23 11:00", [PROSPECT], reply_to=sent, headers={"x-relance-followup-id": "not-a-follow-up-id"}
    )
    assert story.last_result["kind"] == "human" and story.last_result["effects"] == ["manual_followup"]
    assert story.tracked(sent)["manual_detected"] == 1


# Retention ------------------------------------------------------------------------------------------------------------


def test_events_older_than_the_retention_are_purged(story: Story) -> None:
    """The timeline keeps retention_days, counted from when each event happened (the engine's instant), whatever
    the server's clock said when the row was written."""
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    recent = story.send("Mon 2027-02-15 09:00", ["paul@client.example"])
    story.conn.execute("update public.team_settings set retention_days = 90")
    row = story.conn.execute("select private.purge_expired(%s)", (story.at("Tue 2027-02-23 09:00"),)).fetchone()
    assert row and row[0]["events"] == 2  # 92 days: tracked and scheduled
    assert story.timeline(sent) == []
    assert len(story.timeline(recent)) == 2
