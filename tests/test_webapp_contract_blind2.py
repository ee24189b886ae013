"""The web app's contract, blind, second round: what a frontend developer building on Relance relies on.

Written from ../shared/DESIGN.md, ../shared/BEHAVIOUR.md, README.md ("What a frontend calls", templates, OAuth,
Health, Outgoing webhooks) and the catalog's names, signatures and COMMENTs; never from sql/, supabase/ or workers/.
The harness read: tests/story.py, tests/pg.py, tests/conftest.py, tests/rls.py (and the earlier rounds,
tests/test_api_surface.py and tests/test_rls_blind.py, to avoid repeating them).

Every story is dated in 2027-2028 in Claire's mailbox (Europe/Paris, working hours 07:00-18:00 Monday-Friday,
interval 4 h): a signed-in user acts through `acting_as(..., "authenticated", user)`; where an RPC takes an instant,
the test calls it as the service role on the user's behalf with an explicit `p_now` (README: "a user-facing RPC
honours `p_now` for `service_role` only").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests import story as s
from tests.pg import acting_as, make_user
from tests.story import Story, query_rows

Conn = psycopg.Connection[Any]
PROSPECT = "marc.lefevre@lefevre-industrie.fr"
MONDAY = "Mon 2027-03-01"
TUESDAY = "Tue 2027-03-02"
WEDNESDAY = "Wed 2027-03-03"


# Helpers -------------------------------------------------------------------------------------------------------------


def as_user(conn: Conn, user: uuid.UUID, query: str, *args: Any, service: bool = False) -> list[dict[str, Any]]:
    """One committed request of `user` (signed in; or the service role on their behalf, to pass p_now)."""
    with acting_as(conn, "service_role" if service else "authenticated", user, commit=True):
        return query_rows(conn, query, *args)


def one(conn: Conn, user: uuid.UUID, query: str, *args: Any, service: bool = False) -> Any:
    rows = as_user(conn, user, query, *args, service=service)
    assert len(rows) == 1, rows
    return next(iter(rows[0].values()))


def said(error: psycopg.Error) -> str:
    """Everything the Data API hands the client of an error: message, details and hint."""
    d = error.diag
    return " ".join(x or "" for x in (d.message_primary, d.message_detail, d.message_hint))


def names(text: str, key: str) -> bool:
    """The error names the setting: by its key, or in words ("unknown time zone")."""
    return key in text or key.replace("_", " ") in text


def refusal(conn: Conn, user: uuid.UUID, query: str, *args: Any) -> psycopg.Error:
    """The error a signed-in user's request raises (it must raise)."""
    with pytest.raises(psycopg.Error) as info, acting_as(conn, "authenticated", user):
        conn.execute(query, args)
    return info.value


def tracked_id(story: Story, sent: s.Message) -> uuid.UUID:
    tid: uuid.UUID = story.tracked(sent)["tracked_email_id"]
    return tid


def view_row(conn: Conn, tid: uuid.UUID) -> dict[str, Any]:
    rows = query_rows(conn, "select * from public.followup_activity_summary where tracked_email_id = %s", tid)
    assert len(rows) == 1
    return rows[0]


def next_due(conn: Conn, tid: uuid.UUID) -> dt.datetime | None:
    due: dt.datetime | None = view_row(conn, tid)["next_followup_due_at"]
    return due


def timeline(conn: Conn, user: uuid.UUID, tid: uuid.UUID) -> list[dict[str, Any]]:
    return as_user(conn, user, "select * from public.get_timeline(%s)", tid)


# The dashboard: followup_activity_page and followup_activity_summary -------------------------------------------------


def walk(
    conn: Conn, user: uuid.UUID, order: str, limit: int, status: str | None = None, mailbox: uuid.UUID | None = None
) -> list[dict[str, Any]]:
    """Every page of the dashboard as the README's example walks them: the next page passes the last row's id and
    sort value."""
    key = "next_followup_due_at" if order == "next_due" else "last_activity_at"
    rows: list[dict[str, Any]] = []
    after_at: dt.datetime | None = None
    after_id: uuid.UUID | None = None
    for _ in range(100):
        page = as_user(
            conn,
            user,
            "select * from public.followup_activity_page(%s, %s::tracked_status, %s, %s, %s, %s)",
            order,
            status,
            mailbox,
            after_at,
            after_id,
            limit,
        )
        assert len(page) <= limit
        if not page:
            break
        rows += page
        after_at, after_id = page[-1][key], page[-1]["tracked_email_id"]
    else:
        raise AssertionError("the pages never ended")
    return rows


def _next_due_key(r: dict[str, Any]) -> tuple[Any, ...]:
    due = r["next_followup_due_at"]
    return (due is None, due or dt.datetime.min.replace(tzinfo=dt.UTC), str(r["tracked_email_id"]))


@pytest.fixture
def dashboard(conn: Conn) -> tuple[Story, uuid.UUID, s.Mailbox]:
    """Claire (the team's owner) and Bob (a member with his own mailbox): ties on purpose (several emails sent in the
    same minute, several answered in the same minute), answered, paused and active rows."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    bob_box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    sent = [story.send(f"{MONDAY} 09:00", [f"p{i}@client{i}.fr"], subject=f"Offre {i}") for i in range(7)]
    sent += [story.send(f"{MONDAY} 10:00", [f"q{i}@client{i}.fr"], subject=f"Projet {i}") for i in range(4)]
    moment = story.at(f"{MONDAY} 09:00")
    bob_sent = []
    for i in range(5):
        msg = s.outbound(bob_box, [f"r{i}@autre{i}.fr"], sent_at=moment, subject=f"Suivi {i}")
        story.ingest(msg, moment, mailbox=bob_box.mailbox_id)
        bob_sent.append(msg)
    for msg in sent[:3]:
        story.receive(f"{MONDAY} 11:00", msg.to[0], reply_to=msg)
    answer = s.inbound_reply(bob_sent[0], received_at=story.at(f"{MONDAY} 11:00"))
    story.ingest(answer, story.at(f"{MONDAY} 11:00"), mailbox=bob_box.mailbox_id)
    story.pause(sent[5], f"{MONDAY} 11:30")
    return story, bob, bob_box


@pytest.mark.parametrize("order", ["next_due", "last_activity"])
@pytest.mark.parametrize("who", ["admin", "member"])
def test_pages_return_every_visible_row_once_in_order(
    dashboard: tuple[Story, uuid.UUID, s.Mailbox], order: str, who: str
) -> None:
    """README: `followup_activity_page` gives "the dashboard's pages of that view by keyset: `next_due` (soonest
    first, nothing due last) or `last_activity` (most recent first) ... the next page passes the last row's id and sort
    value"; COMMENT: "next_due (next_followup_due_at, nulls last, then tracked_email_id) or last_activity
    (last_activity_at then tracked_email_id, both descending)"."""
    story, bob, _ = dashboard
    user = story.owner if who == "admin" else bob
    walked = walk(story.conn, user, order, limit=3)
    visible = as_user(story.conn, user, "select * from public.followup_activity_summary")
    ids = [r["tracked_email_id"] for r in walked]
    assert len(ids) == len(set(ids)), "a row came twice"
    assert set(ids) == {r["tracked_email_id"] for r in visible}
    assert len(visible) == (16 if who == "admin" else 5)
    if order == "next_due":
        expected = sorted(visible, key=_next_due_key)
    else:
        expected = sorted(visible, key=lambda r: (r["last_activity_at"], str(r["tracked_email_id"])), reverse=True)
    assert ids == [r["tracked_email_id"] for r in expected]


@pytest.mark.parametrize("order", ["next_due", "last_activity"])
def test_pages_filtered_by_status_and_mailbox(dashboard: tuple[Story, uuid.UUID, s.Mailbox], order: str) -> None:
    """README: "one status and one mailbox when asked"."""
    story, _, bob_box = dashboard
    for status, mailbox in (
        ("active", story.mailbox_id),
        ("replied", story.mailbox_id),
        ("active", bob_box.mailbox_id),
        ("paused", None),
    ):
        walked = walk(story.conn, story.owner, order, limit=2, status=status, mailbox=mailbox)
        expected = {
            r["tracked_email_id"]
            for r in query_rows(story.conn, "select * from public.followup_activity_summary")
            if r["status"] == status and (mailbox is None or r["mailbox_id"] == mailbox)
        }
        ids = [r["tracked_email_id"] for r in walked]
        assert len(ids) == len(set(ids))
        assert set(ids) == expected, (status, mailbox)
        assert expected


def test_a_member_paging_a_teammates_mailbox_gets_nothing(dashboard: tuple[Story, uuid.UUID, s.Mailbox]) -> None:
    """DESIGN: "A member sees and changes what belongs to their own mailboxes"; README: rows "the caller may see"."""
    story, bob, _ = dashboard
    assert walk(story.conn, bob, "next_due", limit=5, mailbox=story.mailbox_id) == []


def test_counts_by_status_equal_the_views_rows(dashboard: tuple[Story, uuid.UUID, s.Mailbox]) -> None:
    """README: `followup_status_counts` "tracked emails per mailbox and status" (proved equal to `count(*)`), after
    replies, a pause, an untrack and a resume changed statuses."""
    story, bob, bob_box = dashboard
    tid = query_rows(
        story.conn,
        "select tracked_email_id from public.followup_activity_summary where mailbox_id = %s and status = 'active'"
        " order by tracked_email_id limit 1",
        bob_box.mailbox_id,
    )[0]["tracked_email_id"]
    assert one(story.conn, bob, "select public.untrack_email(%s)", tid) is True
    for user in (story.owner, bob):
        counts = as_user(
            story.conn, user, "select mailbox_id, status::text, tracked_emails from public.followup_status_counts"
        )
        rows = as_user(
            story.conn,
            user,
            "select mailbox_id, status::text, count(*) as n from public.followup_activity_summary group by 1, 2",
        )
        assert {(r["mailbox_id"], r["status"]): r["tracked_emails"] for r in counts} == {
            (r["mailbox_id"], r["status"]): r["n"] for r in rows
        }


def test_a_rows_fields_tell_what_happened(conn: Conn) -> None:
    """DESIGN's view: "automatic sent, manual detected, total, last activity, next follow-up due, answered at";
    R2 "Mon 16:00 + 4 h"-style arithmetic, R4 "rescheduled to *its sent time + interval*", README "14:00 plus 4 h
    ... ends at the close ... so it is due at the next opening, 07:00", R5 answered."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    row = view_row(conn, tid)
    assert (row["status"], row["automatic_sent"], row["manual_detected"], row["total_followups"]) == ("active", 0, 0, 0)
    assert row["next_followup_due_at"] == story.at(f"{MONDAY} 13:00")
    assert row["recipients"] == [PROSPECT] and row["subject"] == s.SUBJECT
    assert row["mailbox_address"] == story.address and row["owner_id"] == story.owner
    story.send(f"{MONDAY} 10:00", [PROSPECT], reply_to=sent)  # Claire's own follow-up, by hand (R4)
    row = view_row(conn, tid)
    assert (row["manual_detected"], row["total_followups"]) == (1, 1)
    assert row["next_followup_due_at"] == story.at(f"{MONDAY} 14:00")
    assert row["last_activity_at"] >= story.at(f"{MONDAY} 10:00")
    assert story.tick(f"{MONDAY} 14:00") == 1
    outcomes = story.work(f"{MONDAY} 14:00")
    assert [o["ok"] for o in outcomes] == [True]
    row = view_row(conn, tid)
    assert (row["automatic_sent"], row["manual_detected"], row["total_followups"]) == (1, 1, 2)
    assert row["next_followup_due_at"] == story.at(f"{TUESDAY} 07:00")
    story.receive(f"{MONDAY} 15:00", PROSPECT, reply_to=sent)
    row = view_row(conn, tid)
    assert row["status"] == "replied"
    assert row["answered_at"] == story.at(f"{MONDAY} 15:00")
    assert row["next_followup_due_at"] is None
    assert story.at(f"{MONDAY} 14:00") <= row["last_activity_at"] <= story.at(f"{MONDAY} 15:00")
    assert one(conn, story.owner, "select public.get_total_followup_count(%s)", tid) == row["total_followups"] == 2


def test_an_unknown_page_order_is_refused(dashboard: tuple[Story, uuid.UUID, s.Mailbox]) -> None:
    """COMMENT: "in the order p_order: next_due ... or last_activity" (a typo must not silently give another order)."""
    story, _, _ = dashboard
    refusal(story.conn, story.owner, "select * from public.followup_activity_page('soonest')")


# Settings ----------------------------------------------------------------------------------------------------------


BAD_TEAM_SETTINGS = [
    ("max_folowups", 2),
    ("time_zone", "Mars/Olympus_Mons"),
    ("working_hours_start", "25:00"),
    ("max_followups", -1),
    ("followup_interval_hours", -4),
    ("daily_send_cap", -5),
    ("working_days", [0, 8]),
    ("max_followups", "three"),
    ("working_hours_end", "noon"),
    ("tracking_policy", "sometimes"),
    ("working_days", "weekdays"),
]


@pytest.mark.parametrize(("key", "value"), BAD_TEAM_SETTINGS, ids=[f"{k}={v}" for k, v in BAD_TEAM_SETTINGS])
def test_a_bad_team_setting_is_refused_naming_it(conn: Conn, key: str, value: Any) -> None:
    """README: `set_team_settings` ... "unknown keys and bad values are refused, naming them"."""
    story = Story(conn)
    before = query_rows(conn, "select * from public.team_settings where team_id = %s", story.team_id)
    error = refusal(conn, story.owner, "select public.set_team_settings(%s, %s)", story.team_id, Jsonb({key: value}))
    assert names(said(error), key), f"{error.sqlstate}: {said(error)}"
    assert query_rows(conn, "select * from public.team_settings where team_id = %s", story.team_id) == before


BAD_MAILBOX_SETTINGS = [("time_zone", "Nowhere/City"), ("colour", "red"), ("working_hours_start", "25:00")]


@pytest.mark.parametrize(("key", "value"), BAD_MAILBOX_SETTINGS, ids=[k for k, _ in BAD_MAILBOX_SETTINGS])
def test_a_bad_mailbox_setting_is_refused_naming_it(conn: Conn, key: str, value: Any) -> None:
    """README: `set_mailbox_settings(mailbox_id, jsonb)` ... "unknown keys and bad values are refused, naming them"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    before = query_rows(conn, "select * from public.mailboxes where id = %s", box.mailbox_id)
    error = refusal(conn, bob, "select public.set_mailbox_settings(%s, %s)", box.mailbox_id, Jsonb({key: value}))
    assert names(said(error), key), f"{error.sqlstate}: {said(error)}"
    assert query_rows(conn, "select * from public.mailboxes where id = %s", box.mailbox_id) == before


def test_a_members_interval_on_their_own_mailbox_replans_at_once(conn: Conn) -> None:
    """R2: "A change of ... interval re-plans every pending follow-up it affects, at once"; README: set_mailbox_settings
    (COMMENT: "its owner or a team admin"); "a key given as null clears the override"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    moment = story.at(f"{MONDAY} 09:00")
    msg = s.outbound(box, [PROSPECT], sent_at=moment)
    story.ingest(msg, moment, mailbox=box.mailbox_id)
    tid = query_rows(conn, "select id from public.tracked_emails where mailbox_id = %s", box.mailbox_id)[0]["id"]
    assert next_due(conn, tid) == story.at(f"{MONDAY} 13:00")
    as_user(
        conn, bob, "select public.set_mailbox_settings(%s, %s)", box.mailbox_id, Jsonb({"followup_interval_hours": 2})
    )
    assert next_due(conn, tid) == story.at(f"{MONDAY} 11:00")
    as_user(
        conn,
        bob,
        "select public.set_mailbox_settings(%s, %s)",
        box.mailbox_id,
        Jsonb({"followup_interval_hours": None}),
    )
    assert next_due(conn, tid) == story.at(f"{MONDAY} 13:00")


def test_a_time_zone_change_replans_in_the_new_zone(conn: Conn) -> None:
    """R2: "in the mailbox's time zone ... A change of time zone ... re-plans every pending follow-up it affects, at
    once". Sent Monday 09:00 Paris = 03:00 New York: the clock starts at 07:00 there, due 11:00 New York."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    as_user(
        conn,
        story.owner,
        "select public.set_team_settings(%s, %s)",
        story.team_id,
        Jsonb({"time_zone": "America/New_York"}),
    )
    expected = dt.datetime(2027, 3, 1, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert next_due(conn, tid) == expected


def test_working_hours_change_replans(conn: Conn) -> None:
    """R2: a change of "working hours" re-plans at once; the clock only runs inside working hours."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    as_user(
        conn,
        story.owner,
        "select public.set_mailbox_settings(%s, %s)",
        story.mailbox_id,
        Jsonb({"working_hours_end": "12:00"}),
    )
    assert next_due(conn, tid) == story.at(f"{TUESDAY} 08:00")


def test_a_holiday_added_then_removed_replans(conn: Conn) -> None:
    """R2: "Mon 16:00 + 4 h = Tue 09:00"; the clock runs "off holidays"; a change of "holidays ... re-plans every
    pending follow-up it affects, at once"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 16:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert next_due(conn, tid) == story.at(f"{TUESDAY} 09:00")
    conn.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, date '2027-03-02', 'Séminaire')",
        (story.team_id,),
    )
    assert next_due(conn, tid) == story.at(f"{WEDNESDAY} 09:00")
    conn.execute("delete from public.team_holidays where team_id = %s", (story.team_id,))
    assert next_due(conn, tid) == story.at(f"{TUESDAY} 09:00")


def test_a_direct_update_of_team_settings_replans_and_is_audited(conn: Conn) -> None:
    """README: "The same columns written directly (`update team_settings` ... under RLS) re-plan and are audited the
    same way"; PRIVACY: "settings changes ...: who, when, before and after"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    audit_before = query_rows(conn, "select id from public.audit_log where team_id = %s", story.team_id)
    as_user(
        conn,
        story.owner,
        "update public.team_settings set followup_interval = interval '2 hours' where team_id = %s returning team_id",
        story.team_id,
    )
    assert next_due(conn, tid) == story.at(f"{MONDAY} 11:00")
    new = query_rows(
        conn,
        "select * from public.audit_log where team_id = %s and not (id = any(%s)) order by id",
        story.team_id,
        [r["id"] for r in audit_before],
    )
    assert any(
        r["actor_id"] == story.owner and "followup_interval" in json.dumps(r["before"]) + json.dumps(r["after"])
        for r in new
    ), new


def test_set_team_settings_is_audited_with_before_and_after(conn: Conn) -> None:
    """PRIVACY: "Audit of critical operations | settings changes ...: who, when, before and after"; README: "the change
    audited"."""
    story = Story(conn)
    as_user(conn, story.owner, "select public.set_team_settings(%s, %s)", story.team_id, Jsonb({"max_followups": 2}))
    rows = query_rows(conn, "select * from public.audit_log where team_id = %s order by id", story.team_id)
    hits = [r for r in rows if r["actor_id"] == story.owner and "max_followups" in json.dumps(r["after"])]
    assert hits, rows
    assert "3" in json.dumps(hits[-1]["before"]) and "2" in json.dumps(hits[-1]["after"])


# Templates (R16) --------------------------------------------------------------------------------------------------


def create_template(
    conn: Conn, admin: uuid.UUID, team: uuid.UUID, body: str, step: int = 1, language: str = "fr", **kw: Any
) -> dict[str, Any]:
    """create_followup_template as the team's admin; `kw` are its optional arguments by name (variant, weight …)."""
    names = "".join(f", p_{k} => %s" for k in kw)
    rows = as_user(
        conn,
        admin,
        f"select t.* from public.create_followup_template(%s, %s, %s, %s{names}) as t",
        team,
        step,
        language,
        body,
        *kw.values(),
    )
    return rows[0]


def test_an_unknown_placeholder_is_refused_naming_it(conn: Conn) -> None:
    """README: "any other name is refused when the template is saved, naming it"."""
    story = Story(conn)
    error = refusal(
        conn,
        story.owner,
        "select public.create_followup_template(%s, 1, 'fr', %s)",
        story.team_id,
        "Bonjour {{prenom}}, je me permets de vous relancer.",
    )
    assert "prenom" in str(error)
    assert query_rows(conn, "select id from public.followup_templates where team_id = %s", story.team_id) == []


def test_unsafe_html_is_refused(conn: Conn) -> None:
    """README: the HTML body "must stay inside a small safe subset"; COMMENT: "unsafe HTML are refused, naming them"."""
    story = Story(conn)
    error = refusal(
        conn,
        story.owner,
        "select public.create_followup_template(%s, 1, 'fr', 'Bonjour', %s)",
        story.team_id,
        "<p>Bonjour</p><script>alert(1)</script>",
    )
    assert "script" in str(error).lower()


def test_an_update_is_checked_as_a_creation_and_members_may_not_edit(conn: Conn) -> None:
    """COMMENT: update_followup_template "(admins ...) Checked as on creation"; README: "A team's admins write
    follow-up templates"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    template = create_template(conn, story.owner, story.team_id, "Bonjour, je reviens vers vous.")
    error = refusal(conn, story.owner, "select public.update_followup_template(%s, %s)", template["id"], "Hi {{nom}}")
    assert "nom" in str(error)
    try:
        with acting_as(conn, "authenticated", bob, commit=True):
            conn.execute("select public.update_followup_template(%s, %s)", (template["id"], "Texte de Bob"))
    except psycopg.Error:
        pass
    body = query_rows(conn, "select body_text from public.followup_templates where id = %s", template["id"])
    assert body == [{"body_text": "Bonjour, je reviens vers vous."}]


def test_preview_renders_placeholders_and_drops_an_optional_segment(conn: Conn) -> None:
    """README: "`preview_followup_template` renders a real tracked email with its real values"; "`{{original_subject}}`
    ..."; "an optional segment `[[ chez {{company}}]]` disappears whole when one of its values is missing"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", ["contact@inconnu-sans-nom.fr"])
    template = create_template(
        conn, story.owner, story.team_id, "Je reviens vers vous au sujet de {{original_subject}}[[ chez {{company}}]]."
    )
    preview = one(
        conn, story.owner, "select public.preview_followup_template(%s, %s)", tracked_id(story, sent), template["id"]
    )
    text = preview["body_text"]
    assert s.SUBJECT in text
    assert "{{" not in text and "[[" not in text and "]]" not in text
    assert preview["language"] == "fr"


@pytest.fixture
def ab(conn: Conn) -> tuple[Story, dict[str, Any], dict[str, Any], list[s.Message]]:
    """Two variants of step 1 in French, twelve tracked emails, their first follow-ups sent."""
    story = Story(conn)
    a = create_template(conn, story.owner, story.team_id, "Variante A : je reviens vers vous.", variant="A")
    b = create_template(conn, story.owner, story.team_id, "Variante B : avez-vous pu regarder ?", variant="B")
    sent = [story.send(f"{MONDAY} 09:00", [f"prospect{i}@societe{i}.fr"]) for i in range(12)]
    assert story.tick(f"{MONDAY} 13:00") == 12
    assert all(o["ok"] for o in story.work(f"{MONDAY} 13:00"))
    return story, a, b, sent


def assignments(conn: Conn, tid: uuid.UUID) -> list[dict[str, Any]]:
    return query_rows(
        conn,
        "select step, variant, template_id from public.followup_variant_assignments where tracked_email_id = %s",
        tid,
    )


def test_each_tracked_email_keeps_the_variant_it_was_given(
    ab: tuple[Story, dict[str, Any], dict[str, Any], list[s.Message]],
) -> None:
    """R16: "a step may have A/B variants, each tracked email keeps the variant it was first given"; README: "recorded
    in `followup_variant_assignments` and kept"; "the timeline's `sent` event names the template, variant and
    language"."""
    story, a, b, sent = ab
    for msg in sent:
        tid = tracked_id(story, msg)
        given = assignments(story.conn, tid)
        assert len(given) == 1 and given[0]["step"] == 1
        assert (given[0]["variant"], given[0]["template_id"]) in {("A", a["id"]), ("B", b["id"])}
        sent_events = [e for e in timeline(story.conn, story.owner, tid) if e["kind"] == "sent"]
        assert len(sent_events) == 1
        said = json.dumps(sent_events[0]["details"]) + (sent_events[0]["reason"] or "")
        assert str(given[0]["template_id"]) in said and given[0]["variant"] in said and "fr" in said


def test_reply_rate_per_variant_is_visible(ab: tuple[Story, dict[str, Any], dict[str, Any], list[s.Message]]) -> None:
    """R16: "every variant's reply rate is visible"; README: `followup_variant_stats` "gives per variant and step the
    follow-ups sent, the replies (after it, before the next follow-up), the reply rate"."""
    story, _, _, sent = ab
    variant_of = {
        msg.internet_message_id: assignments(story.conn, tracked_id(story, msg))[0]["variant"] for msg in sent
    }
    for msg in sent:
        if variant_of[msg.internet_message_id] == "A":
            story.receive(f"{MONDAY} 15:00", msg.to[0], reply_to=msg)
    stats = as_user(
        story.conn,
        story.owner,
        "select variant, sum(sent)::int as sent, sum(replied)::int as replied, max(reply_rate) as rate"
        " from public.followup_variant_stats where team_id = %s and step = 1 group by variant",
        story.team_id,
    )
    got = {r["variant"]: (r["sent"], r["replied"]) for r in stats}
    n_a = sum(1 for v in variant_of.values() if v == "A")
    n_b = len(sent) - n_a
    expected = {v: n for v, n in (("A", (n_a, n_a)), ("B", (n_b, 0)))}
    assert {v: got.get(v, (0, 0)) for v in ("A", "B")} == expected
    for r in stats:
        if r["sent"]:
            assert float(r["rate"]) == pytest.approx(r["replied"] / r["sent"])


def test_a_stopped_variant_goes_to_no_new_tracked_email(
    ab: tuple[Story, dict[str, Any], dict[str, Any], list[s.Message]],
) -> None:
    """README: "a stopped variant (`stop_followup_variant`) is given to no new tracked email"; COMMENT: "those that
    have it keep it"."""
    story, a, b, sent = ab
    before = {msg.internet_message_id: assignments(story.conn, tracked_id(story, msg)) for msg in sent}
    as_user(story.conn, story.owner, "select public.stop_followup_variant(%s)", b["id"])
    fresh = [story.send(f"{TUESDAY} 09:00", [f"nouveau{i}@client{i}.fr"]) for i in range(6)]
    assert story.tick(f"{TUESDAY} 13:00") == 6 + len(sent)
    story.work(f"{TUESDAY} 13:00")
    for msg in fresh:
        given = assignments(story.conn, tracked_id(story, msg))
        assert [(g["step"], g["variant"], g["template_id"]) for g in given] == [(1, "A", a["id"])]
    for msg in sent:
        kept = [g for g in assignments(story.conn, tracked_id(story, msg)) if g["step"] == 1]
        assert kept == before[msg.internet_message_id]


# Outgoing webhooks ----------------------------------------------------------------------------------------------------

HOOK = "https://hooks.example.com/relance"


def create_endpoint(
    conn: Conn, admin: uuid.UUID, team: uuid.UUID, events: list[str], url: str = HOOK
) -> dict[str, Any]:
    created: dict[str, Any] = one(conn, admin, "select public.create_webhook_endpoint(%s, %s, %s)", team, url, events)
    return created


def deliveries(conn: Conn, admin: uuid.UUID, endpoint: Any) -> list[dict[str, Any]]:
    return as_user(
        conn, admin, "select * from public.webhook_deliveries where endpoint_id = %s order by created_at, id", endpoint
    )


BAD_ENDPOINTS = [
    ("http://hooks.example.com/relance", ["email.replied"], "http"),
    ("https://user:secret@hooks.example.com/relance", ["email.replied"], "password"),
    ("https://10.1.2.3/relance", ["email.replied"], "10.1.2.3"),
    ("https://127.0.0.1/relance", ["email.replied"], "127.0.0.1"),
    (HOOK, ["email.exploded"], "email.exploded"),
    (HOOK, ["webhook.test"], "webhook.test"),
]


@pytest.mark.parametrize(("url", "events", "named"), BAD_ENDPOINTS, ids=[b[2] for b in BAD_ENDPOINTS])
def test_a_bad_endpoint_is_refused_with_22023(conn: Conn, url: str, events: list[str], named: str) -> None:
    """README: each webhook RPC "refuses bad input with a message that names it (22023: not https, `user:password@`
    in the URL, a private or local host, an unknown event)"; `webhook.test` "is not an event to subscribe to"."""
    story = Story(conn)
    error = refusal(conn, story.owner, "select public.create_webhook_endpoint(%s, %s, %s)", story.team_id, url, events)
    assert error.sqlstate == "22023", f"{error.sqlstate}: {error}"
    message = str(error).lower()
    assert named in message or (named == "password" and ("user" in message or "credential" in message)), message
    assert query_rows(conn, "select id from public.webhook_endpoints") == []


def test_only_subscribed_events_are_delivered_without_content(conn: Conn) -> None:
    """README: the events table (`email.tracked`, `email.replied` ...); "The body is {type, timestamp ..., data:
    {event_id, team_id, ..., tracked_email_id, ...}}: ids ..., never a subject, a body or the timeline's reason
    text"; `update_webhook_endpoint` changes the events."""
    story = Story(conn)
    created = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])
    endpoint = created["endpoint_id"]
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    body = "Merci, je regarde votre proposition confidentielle et je reviens vers vous."
    reply = s.inbound_reply(sent, received_at=story.at(f"{MONDAY} 11:00"), body_text=body)
    story.ingest(reply, story.at(f"{MONDAY} 11:00"))
    got = deliveries(conn, story.owner, endpoint)
    assert [d["event_type"] for d in got] == ["email.replied"]
    payload = got[0]["payload"]
    text = json.dumps(payload)
    assert s.SUBJECT not in text and "confidentielle" not in text
    for e in timeline(conn, story.owner, tracked_id(story, sent)):
        if e["reason"] and len(e["reason"]) > 12:
            assert e["reason"] not in text
    data = payload.get("data", payload)
    assert str(data["tracked_email_id"]) == str(tracked_id(story, sent))
    assert str(data["team_id"]) == str(story.team_id)
    assert PROSPECT in json.dumps(data.get("recipients"))
    as_user(
        conn, story.owner, "select public.update_webhook_endpoint(%s, %s)", endpoint, ["email.replied", "email.tracked"]
    )
    story.send(f"{MONDAY} 12:00", ["autre@prospect.fr"], subject="Autre offre")
    assert [d["event_type"] for d in deliveries(conn, story.owner, endpoint)] == ["email.replied", "email.tracked"]


def test_no_delivery_carries_another_teams_event(conn: Conn) -> None:
    """DESIGN: "Teams own everything"; README: an admin registers endpoints for "a team" (no other team's data)."""
    story = Story(conn)
    other_admin = make_user(conn, "admin@autre-cabinet.fr")
    team_b = one(conn, other_admin, "select (public.create_team('Autre cabinet', array['autre-cabinet.fr'])).id")
    events = ["email.tracked", "email.replied", "followup.sent", "email.opted_out", "email.bounced", "email.completed"]
    theirs = create_endpoint(conn, other_admin, team_b, events, url="https://hooks.example.org/b")
    mine = create_endpoint(conn, story.owner, story.team_id, events)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    story.tick(f"{MONDAY} 13:00")
    story.work(f"{MONDAY} 13:00")
    story.receive(f"{MONDAY} 15:00", PROSPECT, reply_to=sent)
    assert {d["event_type"] for d in deliveries(conn, story.owner, mine["endpoint_id"])} >= {
        "email.tracked",
        "followup.sent",
        "email.replied",
    }
    assert (
        query_rows(conn, "select id from public.webhook_deliveries where endpoint_id = %s", theirs["endpoint_id"]) == []
    )
    assert (
        as_user(conn, other_admin, "select id from public.webhook_deliveries where team_id = %s", story.team_id) == []
    )


def test_a_secret_is_shown_once_and_rotation_signs_with_both_then_one(conn: Conn) -> None:
    """README: "data.secret ("whsec_…") is shown this once"; "For 24 hours after a rotation (`p_overlap`) the header
    carries two signatures ...: the new secret's, then the replaced one's"; "a rotation with `p_overlap: "0"` ends them
    all"; COMMENT: webhook_endpoints "No secret here"; "22023 for an overlap out of range"."""
    story = Story(conn)
    created = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])
    endpoint, first = created["endpoint_id"], created["secret"]
    assert first.startswith("whsec_")
    visible = as_user(conn, story.owner, "select * from public.webhook_endpoints")
    assert first not in json.dumps(visible, default=str)
    second = one(conn, story.owner, "select public.rotate_webhook_secret(%s)", endpoint)
    assert second.startswith("whsec_") and second != first
    as_user(conn, story.owner, "select public.send_test_webhook(%s)", endpoint)
    read = query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")
    assert [(r["secret"], list(r["previous_secrets"] or [])) for r in read] == [(second, [first])]
    third = one(conn, story.owner, "select public.rotate_webhook_secret(%s, interval '0')", endpoint)
    as_user(conn, story.owner, "select public.send_test_webhook(%s)", endpoint)
    read = query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")
    assert [(r["secret"], list(r["previous_secrets"] or [])) for r in read] == [(third, [])]
    error = refusal(conn, story.owner, "select public.rotate_webhook_secret(%s, interval '8 days')", endpoint)
    assert error.sqlstate == "22023"


def test_a_failing_delivery_backs_off_then_is_given_up(conn: Conn) -> None:
    """README: "Anything but a 2xx ... is retried after 30 s, 1 min, 2 min … (doubling, at most 6 hours), 8 attempts in
    all, then given up (`failed`)"; admins read `next_attempt_at`, `attempts`, `status`."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])["endpoint_id"]
    delivery = one(conn, story.owner, "select public.send_test_webhook(%s)", endpoint)
    (msg,) = [r["msg_id"] for r in query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")]
    moment = story.at(f"{MONDAY} 09:00")
    for attempt in range(1, 9):
        outcome = query_rows(
            conn, "select worker.record_webhook_attempt(%s, %s, 500, 'HTTP 500', %s) as o", delivery, msg, moment
        )[0]["o"]
        row = deliveries(conn, story.owner, endpoint)[0]
        assert row["attempts"] == attempt
        if attempt < 8:
            assert outcome["outcome"] == "retry", outcome
            assert row["next_attempt_at"] - moment == dt.timedelta(seconds=30 * 2 ** (attempt - 1)), attempt
            moment = row["next_attempt_at"]
        else:
            assert outcome["outcome"] == "failed", outcome
            assert row["status"] == "failed"


def test_an_endpoint_failing_for_a_day_is_disabled_and_replays_when_enabled(conn: Conn) -> None:
    """README: "An endpoint whose deliveries failed 20 times in a row over at least 24 hours is disabled with the reason
    the admins read in `webhook_endpoints.disabled_reason`; what it missed ... is held, events keep being recorded for
    it, and `enable_webhook_endpoint` replays all of it"; COMMENT: "Returns how many were queued"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.tracked"])["endpoint_id"]
    status_before = as_user(conn, story.owner, "select status from public.webhook_endpoints")[0]["status"]
    for i in range(20):
        story.send(f"{MONDAY} 09:00", [f"p{i}@client{i}.fr"], subject=f"Offre {i}")
    read = {
        r["delivery_id"]: r["msg_id"] for r in query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")
    }
    assert len(read) == 20
    start = story.at(f"{MONDAY} 09:00")
    outcomes = []
    for i, (delivery, msg) in enumerate(read.items()):
        moment = start + dt.timedelta(minutes=80 * i)  # 20 failures over 25 h 20 min
        outcomes.append(
            query_rows(
                conn, "select worker.record_webhook_attempt(%s, %s, null, 'timeout', %s) as o", delivery, msg, moment
            )[0]["o"]["outcome"]
        )
    ep = as_user(conn, story.owner, "select status, disabled_reason, disabled_at from public.webhook_endpoints")[0]
    assert ep["status"] != status_before and ep["disabled_reason"], (ep, outcomes)
    story.send(f"{WEDNESDAY} 09:00", ["tard@client.fr"], subject="Pendant la panne")
    assert len(deliveries(conn, story.owner, endpoint)) == 21
    replayed = one(conn, story.owner, "select public.enable_webhook_endpoint(%s)", endpoint)
    assert replayed >= 21 - outcomes.count("failed") and replayed >= 1
    assert as_user(conn, story.owner, "select status from public.webhook_endpoints")[0]["status"] == status_before


# Health --------------------------------------------------------------------------------------------------------------


def check(report: dict[str, Any], name: str) -> dict[str, Any]:
    (item,) = [c for c in report["checks"] if c["name"] == name]
    return item


def test_health_names_a_mailbox_that_needs_reauth_without_its_address(conn: Conn) -> None:
    """README Health: `mailboxes_needing_reauth` fails when "a mailbox is in `needs_reauth` (listed by id and team)";
    "The report carries ids, counts ...: never an address"; R10: "A revoked or expired grant pauses the mailbox
    (`needs_reauth`) instead of failing every follow-up in it"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    before = query_rows(conn, "select worker.health_check(%s) as h", story.at(f"{MONDAY} 10:00"))[0]["h"]
    assert check(before, "mailboxes_needing_reauth")["ok"] is True
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (story.mailbox_id, story.at(f"{MONDAY} 10:00"))
    )
    report = query_rows(conn, "select worker.health_check(%s) as h", story.at(f"{MONDAY} 10:05"))[0]["h"]
    item = check(report, "mailboxes_needing_reauth")
    assert item["ok"] is False and "mailboxes_needing_reauth" in report["failing"] and report["healthy"] is False
    text = json.dumps(item)
    assert str(story.mailbox_id) in text and str(story.team_id) in text
    assert story.address not in json.dumps(report) and PROSPECT not in json.dumps(report)
    assert [f["status"] for f in story.followups(sent)] == ["scheduled"]


def test_mailbox_connections_show_reauth_to_the_owner_only(conn: Conn) -> None:
    """README: `mailbox_connections()` "each mailbox the caller may see (their own; all of a team they administer):
    connected, needs_reauth ..."; COMMENT: "No credential, ever"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (box.mailbox_id, story.at(f"{MONDAY} 10:00"))
    )
    mine = as_user(conn, bob, "select * from public.mailbox_connections()")
    assert [(r["mailbox_id"], r["needs_reauth"], r["connected"], str(r["status"])) for r in mine] == [
        (box.mailbox_id, True, False, "needs_reauth")
    ]
    admin_view = {
        r["mailbox_id"]: r["needs_reauth"]
        for r in as_user(conn, story.owner, "select * from public.mailbox_connections()")
    }
    assert admin_view == {story.mailbox_id: False, box.mailbox_id: True}


def test_a_stalled_queue_fails_the_queues_check(conn: Conn) -> None:
    """README Health: `queues` fails when "a pgmq queue holds more than 1000 messages" (`queue_max_depth`, changed with
    `update private.health_settings set queue_max_depth = …`)."""
    story = Story(conn)
    conn.execute("update private.health_settings set queue_max_depth = 1, queue_max_age = interval '100 years'")
    at = story.at(f"{MONDAY} 13:00")
    assert check(query_rows(conn, "select worker.health_check(%s) as h", at)[0]["h"], "queues")["ok"] is True
    story.send(f"{MONDAY} 09:00", [PROSPECT])
    story.send(f"{MONDAY} 09:00", ["autre@client.fr"])
    assert story.tick(f"{MONDAY} 13:00") == 2
    report = query_rows(conn, "select worker.health_check(%s) as h", at)[0]["h"]
    assert check(report, "queues")["ok"] is False and "queues" in report["failing"]


def test_health_history_is_for_the_teams_admins_only(conn: Conn) -> None:
    """README: "Admins read `health_history`: one row per snapshot and team they administer; members and other teams see
    nothing of a team's"; team checks "in `health_snapshot_teams` (its admins only)"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    other_admin = make_user(conn, "admin@autre-cabinet.fr")
    team_b = one(conn, other_admin, "select (public.create_team('Autre cabinet', array['autre-cabinet.fr'])).id")
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (story.mailbox_id, story.at(f"{MONDAY} 10:00"))
    )
    conn.execute("select private.record_health_snapshot(%s)", (story.at(f"{MONDAY} 10:05"),))
    ours = as_user(conn, story.owner, "select * from public.health_history")
    assert [r["team_id"] for r in ours] == [story.team_id]
    assert ours[0]["healthy"] is False and str(story.mailbox_id) in json.dumps(ours[0]["checks"])
    assert as_user(conn, bob, "select * from public.health_history") == []
    theirs = as_user(conn, other_admin, "select * from public.health_history")
    assert [r["team_id"] for r in theirs] == [team_b]
    assert str(story.mailbox_id) not in json.dumps(theirs, default=str)


def test_needs_reauth_is_delivered_to_a_subscribed_endpoint(conn: Conn) -> None:
    """README webhooks: `mailbox.needs_reauth` "a mailbox's grant was refused (R10, `mailbox_needs_reauth`)"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["mailbox.needs_reauth"])["endpoint_id"]
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (story.mailbox_id, story.at(f"{MONDAY} 10:00"))
    )
    got = deliveries(conn, story.owner, endpoint)
    assert [d["event_type"] for d in got] == ["mailbox.needs_reauth"]
    data = got[0]["payload"].get("data", got[0]["payload"])
    assert str(data["mailbox_id"]) == str(story.mailbox_id)


# Pause, resume, untrack, track (R1, R11, R12) -------------------------------------------------------------------------


def kinds_after_tracked(conn: Conn, user: uuid.UUID, tid: uuid.UUID) -> list[dict[str, Any]]:
    return [e for e in timeline(conn, user, tid) if e["kind"] not in ("tracked", "scheduled")]


def test_pausing_a_tracked_email_holds_it_and_resuming_replans_from_the_resume(conn: Conn) -> None:
    """R11: "A tracked email ... can be paused and resumed. Resuming never sends a backlog burst: overdue follow-ups are
    rescheduled from the resume time"; COMMENT: "overdue follow-ups move to resume time + interval"; R12: every state
    change "writes an event with its reason"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert story.pause(sent, f"{MONDAY} 10:00") is True
    assert view_row(conn, tid)["status"] == "paused"
    assert story.tick(f"{MONDAY} 13:00") == 0
    assert story.pause(sent, f"{MONDAY} 13:30") is False
    assert story.resume(sent, f"{TUESDAY} 10:00") is True
    row = view_row(conn, tid)
    assert row["status"] == "active" and row["next_followup_due_at"] == story.at(f"{TUESDAY} 14:00")
    assert story.tick(f"{TUESDAY} 10:01") == 0
    events = kinds_after_tracked(conn, story.owner, tid)
    paused = [e for e in events if "pause" in e["kind"]]
    resumed = [e for e in events if "resum" in e["kind"]]
    assert paused and resumed and all(e["reason"] for e in paused + resumed), events
    assert paused[0]["occurred_at"] == story.at(f"{MONDAY} 10:00")
    assert resumed[0]["occurred_at"] == story.at(f"{TUESDAY} 10:00")


def test_a_paused_mailbox_sends_nothing_and_its_resume_is_no_burst(conn: Conn) -> None:
    """R11: "a mailbox (holidays) ... can be paused and resumed. Resuming never sends a backlog burst"; COMMENT
    resume_mailbox: "overdue follow-ups move to resume time + interval, no burst"."""
    story = Story(conn)
    sent = [story.send(f"{MONDAY} 09:00", [f"p{i}@client{i}.fr"]) for i in range(3)]
    assert one(
        conn,
        story.owner,
        "select public.pause_mailbox(%s, %s)",
        story.mailbox_id,
        story.at(f"{MONDAY} 10:00"),
        service=True,
    )
    assert str(as_user(conn, story.owner, "select status from public.mailbox_connections()")[0]["status"]) == "paused"
    assert story.tick(f"{MONDAY} 13:00") == 0
    assert story.tick(f"{TUESDAY} 17:00") == 0
    assert one(
        conn,
        story.owner,
        "select public.resume_mailbox(%s, %s)",
        story.mailbox_id,
        story.at(f"{WEDNESDAY} 09:00"),
        service=True,
    )
    assert story.tick(f"{WEDNESDAY} 09:00") == 0
    assert [next_due(conn, tracked_id(story, m)) for m in sent] == [story.at(f"{WEDNESDAY} 13:00")] * 3
    assert story.tick(f"{WEDNESDAY} 13:00") == 3


def test_the_kill_switch_stops_the_team_and_resumes_without_burst(conn: Conn) -> None:
    """R11: "a whole team (kill switch) can be paused and resumed"; COMMENT pause_team "nothing is sent for the whole
    team. Admins only"; resume_team "overdue follow-ups move to resume time + interval"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    moment = story.at(f"{MONDAY} 09:00")
    story.ingest(s.outbound(box, ["autre@client.fr"], sent_at=moment), moment, mailbox=box.mailbox_id)
    assert one(
        conn,
        story.owner,
        "select public.pause_team(%s, 'incident', %s)",
        story.team_id,
        story.at(f"{MONDAY} 10:00"),
        service=True,
    )
    paused = query_rows(conn, "select paused_at, paused_reason from public.teams where id = %s", story.team_id)[0]
    assert paused == {"paused_at": story.at(f"{MONDAY} 10:00"), "paused_reason": "incident"}
    assert story.tick(f"{MONDAY} 13:00") == 0
    assert one(
        conn,
        story.owner,
        "select public.resume_team(%s, %s)",
        story.team_id,
        story.at(f"{TUESDAY} 10:00"),
        service=True,
    )
    assert story.tick(f"{TUESDAY} 10:00") == 0
    dues = [r["next_followup_due_at"] for r in query_rows(conn, "select * from public.followup_activity_summary")]
    assert dues == [story.at(f"{TUESDAY} 14:00")] * 2
    assert next_due(conn, tracked_id(story, sent)) == story.at(f"{TUESDAY} 14:00")


def test_untracking_cancels_the_pending_followup_and_says_so(conn: Conn) -> None:
    """R1: "A user can ... untrack it"; COMMENT untrack_email: "the pending follow-up is cancelled. Returns false when
    it was already over"; R12: the timeline says why."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert one(conn, story.owner, "select public.untrack_email(%s)", tid) is True
    row = view_row(conn, tid)
    assert row["status"] == "untracked" and row["next_followup_due_at"] is None
    assert [f["status"] for f in story.followups(sent)] == ["cancelled"]
    assert [e for e in timeline(conn, story.owner, tid) if e["kind"] == "untracked" and e["reason"]]
    assert one(conn, story.owner, "select public.untrack_email(%s)", tid) is False
    assert story.tick(f"{MONDAY} 13:00") == 0


def test_tracking_on_request_under_the_manual_policy(conn: Conn) -> None:
    """R1: "Policy `manual` tracks only on request (an RPC that the frontend calls under RLS)"; R2 first follow-up at
    "sent time + interval"; COMMENT track_message: "Returns the tracked email id. Idempotent"."""
    story = Story(conn, tracking_policy="manual")
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    assert not story.is_tracked(sent)
    message_id = query_rows(
        conn, "select id from public.messages where internet_message_id = %s", sent.internet_message_id
    )[0]["id"]
    tid = one(conn, story.owner, "select public.track_message(%s)", message_id)
    assert one(conn, story.owner, "select public.track_message(%s)", message_id) == tid
    row = view_row(conn, tid)
    assert row["status"] == "active" and row["next_followup_due_at"] == story.at(f"{MONDAY} 13:00")
    assert [e for e in timeline(conn, story.owner, tid) if e["kind"] == "tracked"]


def test_a_member_cannot_track_a_teammates_message_nor_see_its_row(conn: Conn) -> None:
    """DESIGN: "A member sees and changes what belongs to their own mailboxes"."""
    story = Story(conn, tracking_policy="manual")
    bob = story.add_member("bob@cabinet-durand.fr")
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    message_id = query_rows(
        conn, "select id from public.messages where internet_message_id = %s", sent.internet_message_id
    )[0]["id"]
    try:
        with acting_as(conn, "authenticated", bob, commit=True):
            conn.execute("select public.track_message(%s)", (message_id,))
    except psycopg.Error:
        pass
    assert not story.is_tracked(sent)


# OAuth: state and PKCE (what the database keeps) ------------------------------------------------------------------


def verifier(tag: str) -> str:
    """A PKCE verifier as RFC 7636 shapes it (43-128 characters)."""
    return f"{tag}-" + hashlib.sha256(tag.encode()).hexdigest()


def sha(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


REDIRECT = "https://app.example.com/settings/mailboxes/connected"


def begin(
    conn: Conn, user: uuid.UUID, team: uuid.UUID, state: str, verifier: str, at: dt.datetime, provider: str = "graph"
) -> Any:
    return query_rows(
        conn,
        "select worker.oauth_begin(%s, %s, %s, %s, %s, %s, null, %s) as e",
        user,
        team,
        provider,
        REDIRECT,
        sha(state),
        verifier,
        at,
    )[0]["e"]


def consume(conn: Conn, state: str, user: uuid.UUID, at: dt.datetime, provider: str = "graph") -> dict[str, Any]:
    rows = query_rows(conn, "select * from worker.oauth_consume(%s, %s, %s, %s)", sha(state), user, provider, at)
    assert len(rows) == 1
    return rows[0]


def test_an_oauth_state_lives_ten_minutes_and_is_used_once(conn: Conn) -> None:
    """README: "`private.oauth_states` ... keeps the state's SHA-256 with the verifier, bound to the user, the team,
    the provider and the redirect URI, for 10 minutes, used once"; refusals `unknown_state` "(never issued, used, or
    cleaned up)", `expired_state`."""
    story = Story(conn)
    t0 = story.at(f"{MONDAY} 10:00")
    assert begin(conn, story.owner, story.team_id, "state-1", verifier("verifier-1"), t0) == t0 + dt.timedelta(
        minutes=10
    )
    got = consume(conn, "state-1", story.owner, t0 + dt.timedelta(minutes=9))
    assert (got["outcome"], got["team_id"], got["redirect_uri"], got["code_verifier"]) == (
        "ok",
        story.team_id,
        REDIRECT,
        verifier("verifier-1"),
    )
    assert consume(conn, "state-1", story.owner, t0 + dt.timedelta(minutes=9))["outcome"] == "unknown_state"
    begin(conn, story.owner, story.team_id, "state-2", verifier("verifier-2"), t0)
    late = consume(conn, "state-2", story.owner, t0 + dt.timedelta(minutes=11))
    assert late["outcome"] == "expired" and late["code_verifier"] is None
    assert consume(conn, "never-issued", story.owner, t0)["outcome"] == "unknown_state"


def test_an_oauth_state_is_bound_to_its_user_and_provider(conn: Conn) -> None:
    """README: "The callback is the same user's call: a state started by someone else is refused" (`other_user`),
    `wrong_provider`; COMMENT oauth_consume: "consumes a state (deleted whatever the outcome)"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    t0 = story.at(f"{MONDAY} 10:00")
    begin(conn, story.owner, story.team_id, "state-a", verifier("verifier-a"), t0)
    stolen = consume(conn, "state-a", bob, t0 + dt.timedelta(minutes=1))
    assert stolen["outcome"] == "other_user" and stolen["code_verifier"] is None
    assert consume(conn, "state-a", story.owner, t0 + dt.timedelta(minutes=1))["outcome"] == "unknown_state"
    begin(conn, story.owner, story.team_id, "state-b", verifier("verifier-b"), t0)
    wrong = consume(conn, "state-b", story.owner, t0 + dt.timedelta(minutes=1), provider="gmail")
    assert wrong["outcome"] == "wrong_provider" and wrong["code_verifier"] is None


def test_oauth_refuses_outsiders_and_anothers_mailbox(conn: Conn) -> None:
    """COMMENT oauth_begin: "Refuses a user outside the team (42501)"; oauth_connect: "someone else's mailbox only for
    its owner or a team admin (42501)"; README `forbidden` 403 "(not a member of the team, or another member's
    mailbox)"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    outsider = make_user(conn, "eve@ailleurs.fr")
    with pytest.raises(psycopg.Error) as refused:
        begin(conn, outsider, story.team_id, "state-x", verifier("verifier-x"), story.at(f"{MONDAY} 10:00"))
    assert refused.value.sqlstate == "42501"
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(
            "select worker.oauth_connect(%s, %s, 'graph', %s, null, %s)",
            (bob, story.team_id, story.address, story.at(f"{MONDAY} 10:00")),
        )
    assert refused.value.sqlstate == "42501"
    assert str(
        query_rows(conn, "select owner_id from public.mailboxes where id = %s", story.mailbox_id)[0]["owner_id"]
    ) == str(story.owner)
    connected = query_rows(
        conn,
        "select worker.oauth_connect(%s, %s, 'gmail', 'bob@cabinet-durand.fr', 'Bob', %s) as c",
        bob,
        story.team_id,
        story.at(f"{MONDAY} 10:00"),
    )[0]["c"]
    mine = as_user(conn, bob, "select mailbox_id, address from public.mailbox_connections()")
    assert [(str(r["mailbox_id"]), r["address"]) for r in mine] == [
        (str(connected["mailbox_id"]), "bob@cabinet-durand.fr")
    ]


def test_mailbox_connections_expose_no_credential_column(conn: Conn) -> None:
    """DESIGN: "Provider credentials ... never live in a table the Data API can reach"; COMMENT: "No credential,
    ever"; the sealed grant a worker stored appears in nothing the owner reads."""
    story = Story(conn)
    sealed = f"sealed-{uuid.uuid4().hex}".encode()
    conn.execute("select worker.store_mailbox_credentials(%s, %s, 'k2-0123456789abcdef')", (story.mailbox_id, sealed))
    rows = as_user(conn, story.owner, "select * from public.mailbox_connections()")
    text = json.dumps(rows, default=str)
    assert sealed.decode() not in text and sealed.hex() not in text
    assert rows[0]["connected"] is True
    assert not {"token", "refresh_token", "secret", "ciphertext", "credentials"} & set(rows[0])


# More of the same contracts ------------------------------------------------------------------------------------------


def team_event_kinds(conn: Conn, team: uuid.UUID) -> list[dict[str, Any]]:
    return query_rows(conn, "select kind, details from public.events where team_id = %s order by id", team)


def test_webhook_lifecycle_is_audited_on_the_timeline_and_holds_while_disabled(conn: Conn) -> None:
    """README: each RPC "is audited on the team's timeline (`webhook_endpoint_created`, `…_updated`,
    `webhook_secret_rotated`, `webhook_test_sent`, `webhook_endpoint_disabled`, `…_enabled`, `…_deleted`, with who,
    before and after)"; COMMENTs: disable "Returns false when it was disabled already"; send_test_webhook "held if the
    endpoint is disabled"; enable "Returns how many were queued (0 when it was enabled already)"; delete "Deletes a
    webhook endpoint, its secret and its delivery log"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])["endpoint_id"]
    as_user(conn, story.owner, "select public.update_webhook_endpoint(%s, %s)", endpoint, ["email.bounced"])
    one(conn, story.owner, "select public.rotate_webhook_secret(%s)", endpoint)
    assert one(conn, story.owner, "select public.disable_webhook_endpoint(%s, 'migration CRM')", endpoint) is True
    assert one(conn, story.owner, "select public.disable_webhook_endpoint(%s)", endpoint) is False
    row = as_user(conn, story.owner, "select disabled_reason, disabled_at from public.webhook_endpoints")[0]
    assert row["disabled_reason"] == "migration CRM" and row["disabled_at"] is not None
    one(conn, story.owner, "select public.send_test_webhook(%s)", endpoint)
    assert query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)") == []
    assert one(conn, story.owner, "select public.enable_webhook_endpoint(%s)", endpoint) == 1
    assert one(conn, story.owner, "select public.enable_webhook_endpoint(%s)", endpoint) == 0
    assert len(query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")) == 1
    assert one(conn, story.owner, "select public.delete_webhook_endpoint(%s)", endpoint) is True
    assert query_rows(conn, "select id from public.webhook_deliveries") == []
    kinds = team_event_kinds(conn, story.team_id)
    expected = [
        "webhook_endpoint_created",
        "webhook_endpoint_updated",
        "webhook_secret_rotated",
        "webhook_endpoint_disabled",
        "webhook_test_sent",
        "webhook_endpoint_enabled",
        "webhook_endpoint_deleted",
    ]
    webhook_kinds = [e["kind"] for e in kinds if e["kind"].startswith("webhook_")]
    assert webhook_kinds == expected
    for e in kinds:
        if e["kind"].startswith("webhook_"):
            text = json.dumps(e["details"])
            assert str(story.owner) in text, e
            assert "whsec_" not in text, e


def test_health_degraded_is_sent_once_per_turn(conn: Conn) -> None:
    """README webhooks: `health.degraded` "a health snapshot turns failing for the team (`data.failing`: the check
    names), once per turn"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["health.degraded"])["endpoint_id"]
    conn.execute(
        "select worker.mailbox_needs_reauth(%s, 'invalid_grant', %s)", (story.mailbox_id, story.at(f"{MONDAY} 10:00"))
    )
    conn.execute("select private.record_health_snapshot(%s)", (story.at(f"{MONDAY} 10:05"),))
    conn.execute("select private.record_health_snapshot(%s)", (story.at(f"{MONDAY} 10:10"),))
    got = deliveries(conn, story.owner, endpoint)
    assert [d["event_type"] for d in got] == ["health.degraded"]
    data = got[0]["payload"].get("data", got[0]["payload"])
    assert "mailboxes_needing_reauth" in data["failing"]
    assert story.address not in json.dumps(got[0]["payload"])


def test_pausing_a_mailbox_is_on_its_timeline_and_in_the_audit(conn: Conn) -> None:
    """R12: "Every state change writes an event with its reason"; PRIVACY: "Audit of critical operations | ... pauses
    ...: who, when, before and after"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    at = story.at(f"{MONDAY} 10:00")
    assert one(conn, bob, "select public.pause_mailbox(%s, %s)", box.mailbox_id, at, service=True) is True
    assert one(conn, bob, "select public.pause_mailbox(%s, %s)", box.mailbox_id, at, service=True) is False
    seen = as_user(
        conn,
        bob,
        "select kind, reason, occurred_at from public.events where mailbox_id = %s order by id",
        box.mailbox_id,
    )
    paused = [e for e in seen if "pause" in e["kind"]]
    assert len(paused) == 1 and paused[0]["reason"] and paused[0]["occurred_at"] == at, seen
    audit = query_rows(conn, "select * from public.audit_log where team_id = %s", story.team_id)
    assert any(r["actor_id"] == bob and "pause" in (r["action"] + json.dumps(r["after"])).lower() for r in audit), audit


def test_a_mailbox_template_is_never_used_by_another_mailbox(conn: Conn) -> None:
    """R16: "What a follow-up says comes from the team's templates (per step, per language, optionally per mailbox)";
    README: templates "per step (1 … max), language and optionally mailbox"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    team_wide = create_template(conn, story.owner, story.team_id, "Texte de l'équipe.")
    claires = create_template(conn, story.owner, story.team_id, "Texte de Claire.", mailbox_id=story.mailbox_id)
    mine = story.send(f"{MONDAY} 09:00", [PROSPECT])
    moment = story.at(f"{MONDAY} 09:00")
    bobs = s.outbound(box, ["client@autre-societe.fr"], sent_at=moment)
    story.ingest(bobs, moment, mailbox=box.mailbox_id)
    assert story.tick(f"{MONDAY} 13:00") == 2
    for msg_id, followup_id in s.read_queue(conn):
        context = story.claim(followup_id, story.at(f"{MONDAY} 13:00"))
        assert context["ok"], context
        s.send_claimed(conn, context, story.at(f"{MONDAY} 13:00"))
        s.ack(conn, msg_id)
    bob_tid = query_rows(conn, "select id from public.tracked_emails where mailbox_id = %s", box.mailbox_id)[0]["id"]
    assert [a["template_id"] for a in assignments(conn, bob_tid)] == [team_wide["id"]]
    # The more specific template for Claire's own mailbox (the text leaves precedence implicit: see the report).
    assert [a["template_id"] for a in assignments(conn, tracked_id(story, mine))] == [claires["id"]]


def test_an_archived_template_is_used_no_more(conn: Conn) -> None:
    """COMMENT archive_followup_template: "no follow-up uses it any more (tracked emails that had it get another variant
    or the built-in text)"; README: "the timeline's `sent` event names the template"."""
    story = Story(conn)
    template = create_template(conn, story.owner, story.team_id, "Texte bientôt archivé.")
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    archived = as_user(conn, story.owner, "select t.* from public.archive_followup_template(%s) as t", template["id"])
    assert archived[0]["archived_at"] is not None
    assert story.tick(f"{MONDAY} 13:00") == 1
    assert [o["ok"] for o in story.work(f"{MONDAY} 13:00")] == [True]
    tid = tracked_id(story, sent)
    assert template["id"] not in [a["template_id"] for a in assignments(conn, tid)]
    sent_events = [e for e in timeline(conn, story.owner, tid) if e["kind"] == "sent"]
    assert len(sent_events) == 1 and str(template["id"]) not in json.dumps(sent_events[0]["details"])


def test_a_working_days_change_replans(conn: Conn) -> None:
    """R2: "Fri 17:00 + 4 h = Mon 10:00"; "A change of ... working days ... re-plans every pending follow-up it affects,
    at once"."""
    story = Story(conn)
    sent = story.send("Fri 2027-03-05 17:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert next_due(conn, tid) == story.at("Mon 2027-03-08 10:00")
    as_user(
        conn,
        story.owner,
        "select public.set_team_settings(%s, %s)",
        story.team_id,
        Jsonb({"working_days": [2, 3, 4, 5]}),
    )
    assert next_due(conn, tid) == story.at("Tue 2027-03-09 10:00")


def test_a_mailbox_override_outlives_a_team_change(conn: Conn) -> None:
    """BEHAVIOUR Settings: "Team defaults, each overridable per mailbox"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    as_user(
        conn,
        story.owner,
        "select public.set_mailbox_settings(%s, %s)",
        story.mailbox_id,
        Jsonb({"followup_interval_hours": 2}),
    )
    as_user(
        conn,
        story.owner,
        "select public.set_team_settings(%s, %s)",
        story.team_id,
        Jsonb({"followup_interval_hours": 6}),
    )
    assert next_due(conn, tid) == story.at(f"{MONDAY} 11:00")


def test_the_holiday_calendar_setting_replans(conn: Conn) -> None:
    """BEHAVIOUR Settings: "holiday calendar | none (a French calendar must be available)"; R2 "off holidays" and "A
    change of ... holidays ... re-plans"; Easter Monday 29 March 2027 is a French public holiday."""
    story = Story(conn, holiday_calendar=None)
    sent = story.send("Fri 2027-03-26 16:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert next_due(conn, tid) == story.at("Mon 2027-03-29 09:00")
    as_user(
        conn, story.owner, "select public.set_team_settings(%s, %s)", story.team_id, Jsonb({"holiday_calendar": "fr"})
    )
    assert next_due(conn, tid) == story.at("Tue 2027-03-30 09:00")
    error = refusal(
        conn, story.owner, "select public.set_team_settings(%s, %s)", story.team_id, Jsonb({"holiday_calendar": "xx"})
    )
    assert names(said(error), "holiday_calendar") or "calendar" in said(error), said(error)


def test_the_daily_cap_set_from_the_app_holds(conn: Conn) -> None:
    """BEHAVIOUR Settings: "sends per mailbox per day | 200" (overridable per mailbox); R9: "the claim refuses when ...
    the mailbox is ... over its daily cap"."""
    story = Story(conn)
    sent = [story.send(f"{MONDAY} 09:00", [f"p{i}@client{i}.fr"]) for i in range(3)]
    as_user(
        conn, story.owner, "select public.set_mailbox_settings(%s, %s)", story.mailbox_id, Jsonb({"daily_send_cap": 1})
    )
    story.tick(f"{MONDAY} 13:00")
    outcomes = story.work(f"{MONDAY} 13:00")
    assert sum(1 for o in outcomes if o["ok"]) == 1
    assert sum(view_row(conn, tracked_id(story, m))["automatic_sent"] for m in sent) == 1


def test_a_lower_maximum_completes_after_the_last_followup(conn: Conn) -> None:
    """R3: "reaching it completes the tracked email (status `completed`), nothing more is scheduled"; the maximum is a
    setting (`max_followups`)."""
    story = Story(conn)
    as_user(conn, story.owner, "select public.set_team_settings(%s, %s)", story.team_id, Jsonb({"max_followups": 1}))
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    story.tick(f"{MONDAY} 13:00")
    assert [o["ok"] for o in story.work(f"{MONDAY} 13:00")] == [True]
    row = view_row(conn, tracked_id(story, sent))
    assert (row["status"], row["automatic_sent"], row["total_followups"], row["next_followup_due_at"]) == (
        "completed",
        1,
        1,
        None,
    )


def test_the_payload_carries_the_events_instant_and_the_followups_seq(conn: Conn) -> None:
    """README: the body's "timestamp" is "(the event's instant, UTC)"; `followup.sent` "(R9, `sent`;
    `data.followup_seq`)"; data carries "mailbox_address ... recipients"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["followup.sent", "email.replied"])["endpoint_id"]
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    story.tick(f"{MONDAY} 13:00")
    story.work(f"{MONDAY} 13:00")
    story.receive(f"{MONDAY} 15:00", PROSPECT, reply_to=sent)
    got = {d["event_type"]: d["payload"] for d in deliveries(conn, story.owner, endpoint)}
    assert set(got) == {"followup.sent", "email.replied"}
    for kind, when in (("followup.sent", f"{MONDAY} 13:00"), ("email.replied", f"{MONDAY} 15:00")):
        stamp = dt.datetime.fromisoformat(str(got[kind]["timestamp"]).replace("Z", "+00:00"))
        assert stamp == story.at(when), (kind, got[kind]["timestamp"])
        assert stamp.utcoffset() == dt.timedelta(0), got[kind]["timestamp"]
    data = got["followup.sent"]["data"]
    assert data["followup_seq"] == 1 and data["mailbox_address"] == story.address
    assert PROSPECT in data["recipients"]


def test_a_2xx_delivers_and_a_redirect_is_retried(conn: Conn) -> None:
    """README: "Anything but a 2xx within 10 seconds (a redirect, ...) is retried"; admins read `delivered_at`."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])["endpoint_id"]
    delivery = one(conn, story.owner, "select public.send_test_webhook(%s)", endpoint)
    (msg,) = [r["msg_id"] for r in query_rows(conn, "select * from worker.read_webhook_deliveries(50, 60)")]
    first, second = story.at(f"{MONDAY} 09:00"), story.at(f"{MONDAY} 09:01")
    redirected = query_rows(
        conn, "select worker.record_webhook_attempt(%s, %s, 301, 'redirect', %s) as o", delivery, msg, first
    )[0]["o"]
    assert redirected["outcome"] == "retry"
    done = query_rows(conn, "select worker.record_webhook_attempt(%s, %s, 204, null, %s) as o", delivery, msg, second)
    assert done[0]["o"]["outcome"] == "delivered"
    row = deliveries(conn, story.owner, endpoint)[0]
    assert (row["status"], row["attempts"], row["delivered_at"], row["last_status_code"]) == (
        "delivered",
        2,
        second,
        204,
    )


WEBHOOK_RPCS = {
    "create": "select public.create_webhook_endpoint(%(team)s, 'https://hooks.example.net/x', array['email.replied'])",
    "update": "select public.update_webhook_endpoint(%(endpoint)s, array['email.tracked'])",
    "rotate": "select public.rotate_webhook_secret(%(endpoint)s)",
    "test": "select public.send_test_webhook(%(endpoint)s)",
    "disable": "select public.disable_webhook_endpoint(%(endpoint)s)",
    "enable": "select public.enable_webhook_endpoint(%(endpoint)s)",
    "delete": "select public.delete_webhook_endpoint(%(endpoint)s)",
}


@pytest.mark.parametrize("rpc", list(WEBHOOK_RPCS))
def test_a_member_gets_42501_from_every_webhook_rpc(conn: Conn, rpc: str) -> None:
    """README webhooks: "Each RPC checks that the caller administers the team (42501 otherwise)"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])["endpoint_id"]
    with pytest.raises(psycopg.Error) as refused, acting_as(conn, "authenticated", bob):
        conn.execute(WEBHOOK_RPCS[rpc], {"team": story.team_id, "endpoint": endpoint})
    assert refused.value.sqlstate == "42501", f"{refused.value.sqlstate}: {refused.value}"


def test_daylight_saving_is_the_zones(conn: Conn) -> None:
    """R2: "in the mailbox's time zone (daylight saving handled by the zone)": Friday 26 March 2027 16:00 in Paris is
    winter time, Monday 29 March 09:00 summer time (07:00 UTC)."""
    story = Story(conn, holiday_calendar=None)
    sent = story.send("Fri 2027-03-26 16:00", [PROSPECT])
    due = next_due(conn, tracked_id(story, sent))
    assert due == dt.datetime(2027, 3, 29, 7, 0, tzinfo=dt.UTC)


def test_a_template_step_outside_the_sequence_is_refused(conn: Conn) -> None:
    """README: "templates per step (1 … max)"."""
    story = Story(conn)
    refusal(conn, story.owner, "select public.create_followup_template(%s, 0, 'fr', 'Bonjour')", story.team_id)
    assert query_rows(conn, "select id from public.followup_templates") == []


def test_a_member_cannot_preview_a_template(conn: Conn) -> None:
    """COMMENT preview_followup_template: "What a follow-up of a real tracked email would say (admins)"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    moment = story.at(f"{MONDAY} 09:00")
    story.ingest(s.outbound(box, [PROSPECT], sent_at=moment), moment, mailbox=box.mailbox_id)
    tid = query_rows(conn, "select id from public.tracked_emails where mailbox_id = %s", box.mailbox_id)[0]["id"]
    try:
        got = as_user(conn, bob, "select public.preview_followup_template(%s) as p", tid)
    except psycopg.Error:
        return
    assert all(r["p"] in (None, {}) for r in got), got


def test_updating_an_endpoint_with_an_unknown_event_or_overlap_is_refused(conn: Conn) -> None:
    """COMMENTs: update_webhook_endpoint "22023 naming unknown events"; rotate_webhook_secret "22023 for an overlap out
    of range"."""
    story = Story(conn)
    endpoint = create_endpoint(conn, story.owner, story.team_id, ["email.replied"])["endpoint_id"]
    error = refusal(conn, story.owner, "select public.update_webhook_endpoint(%s, array['email.lost'])", endpoint)
    assert error.sqlstate == "22023" and "email.lost" in said(error)
    error = refusal(conn, story.owner, "select public.rotate_webhook_secret(%s, interval '-1 hour')", endpoint)
    assert error.sqlstate == "22023"
    assert as_user(conn, story.owner, "select events from public.webhook_endpoints")[0]["events"] == ["email.replied"]


def test_the_workers_check_follows_the_heartbeats(conn: Conn) -> None:
    """README Health: `workers` fails when "a worker's last beat is more than 2 minutes old, or no worker beat at
    all"."""
    story = Story(conn)
    t0 = story.at(f"{MONDAY} 10:00")
    assert check(query_rows(conn, "select worker.health_check(%s) as h", t0)[0]["h"], "workers")["ok"] is False
    conn.execute("select worker.record_heartbeat('w-1', 'sync', 'host-a', 4242, %s, %s)", (t0, t0))
    assert check(
        query_rows(conn, "select worker.health_check(%s) as h", t0 + dt.timedelta(minutes=1))[0]["h"], "workers"
    )["ok"]
    late = query_rows(conn, "select worker.health_check(%s) as h", t0 + dt.timedelta(minutes=3))[0]["h"]
    assert check(late, "workers")["ok"] is False and "workers" in late["failing"]


def test_the_kill_switch_is_on_the_teams_timeline_with_its_reason(conn: Conn) -> None:
    """R12: "Every state change writes an event with its reason"; R11 kill switch; PRIVACY audit of "pauses"."""
    story = Story(conn)
    at = story.at(f"{MONDAY} 10:00")
    one(conn, story.owner, "select public.pause_team(%s, 'incident messagerie', %s)", story.team_id, at, service=True)
    seen = as_user(conn, story.owner, "select kind, reason, details, occurred_at from public.events order by id")
    paused = [e for e in seen if "pause" in e["kind"]]
    assert paused and paused[-1]["occurred_at"] == at
    assert "incident messagerie" in (paused[-1]["reason"] or "") + json.dumps(paused[-1]["details"])


def test_a_disconnected_mailboxs_history_stays_on_the_dashboard_and_says_why(conn: Conn) -> None:
    """README: disconnecting "Nothing is deleted: messages, conversations, tracked emails, follow-ups and the timeline
    stay; pending follow-ups stay pending and are never sent from a disconnected mailbox"; "each running tracked email's
    timeline says why it waits"."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    before = len(timeline(conn, story.owner, tid))
    assert (
        one(
            conn,
            story.owner,
            "select public.disconnect_mailbox(%s, 'départ', %s)",
            story.mailbox_id,
            story.at(f"{MONDAY} 10:00"),
            service=True,
        )
        is True
    )
    assert [r["tracked_email_id"] for r in walk(conn, story.owner, "next_due", 10)] == [tid]
    assert [f["status"] for f in story.followups(sent)] == ["scheduled"]
    assert story.tick(f"{MONDAY} 13:00") == 0
    after = timeline(conn, story.owner, tid)
    assert len(after) > before and after[-1]["reason"], after
    connection = as_user(conn, story.owner, "select * from public.mailbox_connections()")[0]
    assert (str(connection["status"]), connection["connected"]) == ("disconnected", False)


def test_a_message_to_a_suppressed_address_says_why_it_is_not_tracked(conn: Conn) -> None:
    """R8: "a new message to a suppressed address is recorded as not tracked, and the timeline says why"; what the
    owner reads through the Data API (`events`)."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    optout = s.inbound_reply(
        sent, received_at=story.at(f"{MONDAY} 10:00"), body_text="Merci de ne plus me contacter.", opt_out=True
    )
    story.ingest(optout, story.at(f"{MONDAY} 10:00"))
    assert view_row(conn, tracked_id(story, sent))["status"] == "opted_out"
    again = story.send(f"{TUESDAY} 09:00", [PROSPECT], subject="Nouvelle offre")
    assert not story.is_tracked(again)
    message_id = story.last_result["message_id"]
    seen = as_user(conn, story.owner, "select kind, reason from public.events where message_id = %s", message_id)
    assert seen and any(e["reason"] for e in seen), (story.last_result, seen)


PAUSES = {
    "tracked_email": (
        "select public.pause_tracked_email(%(tracked)s, %(at)s)",
        "select public.resume_tracked_email(%(tracked)s, %(at)s)",
    ),
    "mailbox": (
        "select public.pause_mailbox(%(mailbox)s, %(at)s)",
        "select public.resume_mailbox(%(mailbox)s, %(at)s)",
    ),
    "team": ("select public.pause_team(%(team)s, 'incident', %(at)s)", "select public.resume_team(%(team)s, %(at)s)"),
}


@pytest.mark.parametrize("scope", list(PAUSES))
def test_a_pause_after_the_tick_stops_the_queued_followup(conn: Conn, scope: str) -> None:
    """R9: "the claim refuses when the tracked email is no longer active, ... or the mailbox is paused"; R11 kill
    switch: "nothing is sent for the whole team" (COMMENT); a user who pauses from the app right after the scheduler
    queued a follow-up sees nothing leave, and the resume replans from its own instant ("resume time + interval")."""
    story = Story(conn)
    sent = story.send(f"{MONDAY} 09:00", [PROSPECT])
    tid = tracked_id(story, sent)
    assert story.tick(f"{MONDAY} 13:00") == 1
    args = {"tracked": tid, "mailbox": story.mailbox_id, "team": story.team_id}
    pause, resume = PAUSES[scope]
    with acting_as(conn, "service_role", story.owner, commit=True):
        conn.execute(pause, {**args, "at": story.at(f"{MONDAY} 13:00") + dt.timedelta(seconds=20)})
    outcomes = story.work(f"{MONDAY} 13:01")
    assert [o["ok"] for o in outcomes] == [False], outcomes
    assert view_row(conn, tid)["automatic_sent"] == 0
    with acting_as(conn, "service_role", story.owner, commit=True):
        conn.execute(resume, {**args, "at": story.at(f"{TUESDAY} 10:00")})
    assert next_due(conn, tid) == story.at(f"{TUESDAY} 14:00")
    assert story.tick(f"{TUESDAY} 10:00") == 0
    assert story.tick(f"{TUESDAY} 14:00") == 1
    assert [o["ok"] for o in story.work(f"{TUESDAY} 14:00")] == [True]
    assert view_row(conn, tid)["automatic_sent"] == 1


def test_recent_errors_are_counted_never_quoted(conn: Conn) -> None:
    """README Health: `recent_errors` fails when "the last hour has more `worker_logs` errors plus new dead letters than
    allowed" (`max_errors_per_hour` 0); "The report carries ids, counts, instants ...: never an address, a log
    message"."""
    story = Story(conn)
    at = story.at(f"{MONDAY} 10:00")
    quiet = query_rows(conn, "select worker.health_check(%s) as h", at)[0]["h"]
    assert check(quiet, "recent_errors")["ok"] is True
    conn.execute(
        "insert into public.worker_logs (team_id, mailbox_id, level, message, created_at)"
        " values (%s, %s, 'error', %s, %s)",
        (
            story.team_id,
            story.mailbox_id,
            f"send failed for {PROSPECT}: secret-detail-4711",
            at - dt.timedelta(minutes=5),
        ),
    )
    report = query_rows(conn, "select worker.health_check(%s) as h", at)[0]["h"]
    assert check(report, "recent_errors")["ok"] is False
    text = json.dumps(report)
    assert PROSPECT not in text and "secret-detail-4711" not in text and story.address not in text


def test_a_members_mailbox_setting_is_audited(conn: Conn) -> None:
    """README: `set_mailbox_settings` ... "the change audited"; PRIVACY: "settings changes ...: who, when, before and
    after"."""
    story = Story(conn)
    bob = story.add_member("bob@cabinet-durand.fr")
    box = story.add_mailbox("bob@cabinet-durand.fr", bob)
    as_user(conn, bob, "select public.set_mailbox_settings(%s, %s)", box.mailbox_id, Jsonb({"daily_send_cap": 50}))
    rows = query_rows(conn, "select * from public.audit_log where team_id = %s order by id", story.team_id)
    hits = [r for r in rows if r["actor_id"] == bob and "daily_send_cap" in json.dumps(r["after"])]
    assert hits, rows
    assert "50" in json.dumps(hits[-1]["after"])
    mine = as_user(conn, bob, "select id from public.audit_log where actor_id = %s", bob)
    assert {r["id"] for r in hits} <= {r["id"] for r in mine}  # README: audit_log "a member their own entries"
