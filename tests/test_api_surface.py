"""What the Data API shows is what a user may call (DESIGN.md, "Contracts").

PostgREST exposes the schemas of supabase/config.toml (`public`, `graphql_public`): every function there is in
its OpenAPI document and in the frontend's generated types. So the functions that only the workers, the edge
functions and pg_cron call live in the unexposed `worker` schema, which only the service role may use, and a
user-facing RPC never lets a signed-in caller choose the instant it acts at (`p_now`): an admin could
otherwise backdate the audit timeline. Asserted on the catalog, for every function (a new one cannot slip
past), and through calls made as PostgREST makes them.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import psycopg
import pytest

from relance.config import REPO_ROOT
from tests.pg import acting_as
from tests.story import Story

EXPOSED_SCHEMAS = ("public", "graphql_public")
PROSPECT = "marc.lefevre@lefevre-industrie.fr"
BACKDATED = dt.datetime(1999, 1, 4, 9, 0, tzinfo=dt.UTC)


def test_the_exposed_schemas_are_the_ones_this_test_guards() -> None:
    config = tomllib.loads((REPO_ROOT / "supabase" / "config.toml").read_text())
    assert tuple(config["api"]["schemas"]) == EXPOSED_SCHEMAS


def test_no_exposed_function_is_for_the_service_role_only(conn: psycopg.Connection[Any]) -> None:
    """Every function of an exposed schema is a signed-in user's RPC: one `authenticated` cannot execute
    belongs in `worker` (or `private`), not in the API's document."""
    rows = conn.execute(
        """select p.oid::regprocedure::text
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = any(%s) and not has_function_privilege('authenticated', p.oid, 'execute')
           order by 1""",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert [r[0] for r in rows] == []


def test_the_worker_schema_is_for_the_service_role_only(conn: psycopg.Connection[Any]) -> None:
    usage = conn.execute(
        "select r, has_schema_privilege(r, 'worker', 'usage') from unnest(array['anon', 'authenticated',"
        " 'service_role']) as r order by r"
    ).fetchall()
    assert usage == [("anon", False), ("authenticated", False), ("service_role", True)]
    functions = conn.execute(
        """select p.oid::regprocedure::text, has_function_privilege('anon', p.oid, 'execute'),
                  has_function_privilege('authenticated', p.oid, 'execute'),
                  has_function_privilege('service_role', p.oid, 'execute')
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'worker' order by 1"""
    ).fetchall()
    names = {name.split("(")[0] for name, *_ in functions}
    # What the workers, the edge functions and pg_cron call is there (a sample of each family).
    assert {
        "worker.ingest_message",
        "worker.ingest_messages",
        "worker.run_followup_scheduler",
        "worker.claim_followup",
        "worker.ack_followup_message",
        "worker.advance_sync_cursor",
        "worker.take_mailbox_request_slot",
        "worker.receive_graph_notifications",
        "worker.load_sealed_credentials",
        "worker.record_dead_letter",
    } <= names
    assert [f for f in functions if f[1:] != (False, False, True)] == []


def test_no_worker_function_is_left_behind_in_an_exposed_schema(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select e.nspname || '.' || e.proname
           from (select n.nspname, p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = any(%s)) as e
           join (select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'worker') as w using (proname)""",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    assert rows == []


@pytest.mark.parametrize(
    "call",
    [
        "select worker.claim_followup(gen_random_uuid(), now())",
        "select worker.run_followup_scheduler(now())",
        "select worker.load_sealed_credentials(gen_random_uuid())",
    ],
)
@pytest.mark.parametrize("role", ["anon", "authenticated"])
def test_a_user_cannot_call_a_worker_function(story_conn: tuple[Story, Any], role: str, call: str) -> None:
    story, _ = story_conn
    user = story.owner if role == "authenticated" else None
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused, acting_as(story.conn, role, user):
        story.conn.execute(call)
    assert "schema worker" in str(refused.value)


def test_the_service_role_calls_the_worker_functions(story_conn: tuple[Story, Any]) -> None:
    story, _ = story_conn
    with acting_as(story.conn, "service_role"):
        # Claire's follow-up is due four working hours after she sent at 09:00 (R2): one due at 13:00.
        assert story.conn.execute(
            "select worker.run_followup_scheduler(%s)", (story.at("Mon 2026-11-23 10:00"),)
        ).fetchone() == (0,)
        assert story.conn.execute(
            "select worker.run_followup_scheduler(%s)", (story.at("Mon 2026-11-23 13:00"),)
        ).fetchone() == (1,)
        refused = story.conn.execute("select worker.claim_followup(gen_random_uuid(), now())").fetchone()
    assert refused == ({"ok": False, "reason": "unknown follow-up"},)


# p_now ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def story_conn(conn: psycopg.Connection[Any]) -> tuple[Story, dict[str, Any]]:
    """Claire's mailbox with one tracked email, and a dead letter of it set aside by a worker."""
    story = Story(conn)
    sent = story.send("Mon 2026-11-23 09:00", [PROSPECT])
    letter = conn.execute(
        "select worker.record_dead_letter(%s, 'p-poison', 'inbox', 'ingest', '22023', 'sent_at is out of range')",
        (story.mailbox_id,),
    ).fetchone()
    assert letter
    message = story.last_result["message_id"]
    return story, {"tracked": story.tracked(sent)["tracked_email_id"], "letter": letter[0], "message": message}


# Every user-facing RPC that takes p_now: its call, as the team's owner, with the instant last.
RPCS_WITH_P_NOW = {
    "pause_tracked_email": "select public.pause_tracked_email(%(tracked)s{})",
    "untrack_email": "select public.untrack_email(%(tracked)s{})",
    "mark_answered": "select public.mark_answered(%(tracked)s, 'phone'{})",
    "pause_mailbox": "select public.pause_mailbox(%(mailbox)s{})",
    "pause_team": "select public.pause_team(%(team)s, 'incident'{})",
    "retry_dead_letter": "select public.retry_dead_letter(%(letter)s{})",
    "disconnect_mailbox": "select public.disconnect_mailbox(%(mailbox)s, 'leaving'{})",
}
# The resumes act on what was paused first; tracking again, on what was untracked.
RESUMES = {
    "resume_tracked_email": ("pause_tracked_email", "select public.resume_tracked_email(%(tracked)s{})"),
    "resume_mailbox": ("pause_mailbox", "select public.resume_mailbox(%(mailbox)s{})"),
    "resume_team": ("pause_team", "select public.resume_team(%(team)s{})"),
    # Tracking again what was untracked (R1).
    "track_message": ("untrack_email", "select public.track_message(%(message)s{}) is not null"),
}


def test_every_user_rpc_that_takes_p_now_asks_whose_clock_it_is(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute(
        """select p.proname, p.prosrc like '%%p_now := private.caller_now(p_now);%%'
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = any(%s) and 'p_now' = any(p.proargnames)
             and has_function_privilege('authenticated', p.oid, 'execute')
           order by 1""",
        (list(EXPOSED_SCHEMAS),),
    ).fetchall()
    # The contacts' RPCs are tried the same way in tests/test_contacts.py; the intents' in tests/test_intents.py.
    crm = {"decide_fact", "decide_facts", "set_contact_field", "run_autofill_now"}
    crm |= {"mark_notification_read", "mark_reminder_done"}
    # The learning RPCs: tried the same way in tests/test_learning.py.
    crm |= {"track_field_choice", "get_field_suggestions", "get_learning_stats"}
    # Privacy's: tests/test_erasure.py (erase_person) and tests/test_consent.py; anonymise_member as erase_person.
    crm |= {"erase_person", "anonymise_member", "set_contact_basis", "record_objection", "lift_suppression"}
    # The privacy exports, in tests/test_export.py.
    crm |= {"export_person", "export_user"}
    # Routing, corrections and R15's resume: tests/test_routing.py.
    crm |= {
        "create_routing_rule", "update_routing_rule", "set_routing_rule_enabled", "reorder_routing_rules",
        "delete_routing_rule", "correct_intent", "resume_after_not_now",
    }  # fmt: skip
    # The templates' and signatures' in tests/test_templates.py.
    crm |= {"create_followup_template", "update_followup_template", "archive_followup_template"}
    crm |= {"stop_followup_variant", "confirm_mailbox_signature"}
    assert {name for name, _ in rows} == set(RPCS_WITH_P_NOW) | set(RESUMES) | crm
    assert [name for name, guarded in rows if not guarded] == []


def _args(story: Story, ids: dict[str, Any]) -> dict[str, Any]:
    return {
        "tracked": ids["tracked"],
        "mailbox": story.mailbox_id,
        "team": story.team_id,
        "letter": ids["letter"],
        "message": ids["message"],
    }


def _events(story: Story) -> list[tuple[str, dt.datetime]]:
    return [
        (kind, at)
        for kind, at in story.conn.execute(
            "select kind, occurred_at from public.events where team_id = %s order by id", (story.team_id,)
        ).fetchall()
    ]


@pytest.mark.parametrize("rpc", [*RPCS_WITH_P_NOW, *RESUMES])
def test_a_signed_in_user_cannot_choose_the_instant(story_conn: tuple[Story, dict[str, Any]], rpc: str) -> None:
    story, ids = story_conn
    args = _args(story, ids)
    if rpc in RESUMES:
        pause, template = RESUMES[rpc]
        with acting_as(story.conn, "authenticated", story.owner, commit=True):
            assert story.conn.execute(RPCS_WITH_P_NOW[pause].format(""), args).fetchone() == (True,)
    else:
        template = RPCS_WITH_P_NOW[rpc]
    before = _events(story)
    letters = story.conn.execute("select status, retry_requested_at from public.dead_letters").fetchall()
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege) as refused,
        acting_as(story.conn, "authenticated", story.owner, commit=True),
    ):
        story.conn.execute(template.format(", %(now)s"), {**args, "now": BACKDATED})
    assert "p_now" in str(refused.value)
    # Nothing was written, at 1999 or at any other instant.
    assert _events(story) == before
    assert story.conn.execute("select status, retry_requested_at from public.dead_letters").fetchall() == letters


@pytest.mark.parametrize("rpc", [*RPCS_WITH_P_NOW, *RESUMES])
def test_a_signed_in_user_acts_at_the_servers_instant(story_conn: tuple[Story, dict[str, Any]], rpc: str) -> None:
    story, ids = story_conn
    args = _args(story, ids)
    with acting_as(story.conn, "authenticated", story.owner):
        if rpc in RESUMES:
            pause, template = RESUMES[rpc]
            assert story.conn.execute(RPCS_WITH_P_NOW[pause].format(""), args).fetchone() == (True,)
        else:
            template = RPCS_WITH_P_NOW[rpc]
        before = len(_events(story))
        assert story.conn.execute(template.format(""), args).fetchone() == (True,)
        (now,) = story.conn.execute("select now()").fetchone() or (None,)
        written = [at for _, at in _events(story)[before:]]
        retried = story.conn.execute("select retry_requested_at from public.dead_letters").fetchone()
    assert now is not None
    if rpc == "retry_dead_letter":
        assert retried == (now,)
    else:
        assert written and set(written) == {now}


@pytest.mark.parametrize("rpc", [*RPCS_WITH_P_NOW, *RESUMES])
def test_the_service_role_drives_the_clock(story_conn: tuple[Story, dict[str, Any]], rpc: str) -> None:
    """Tests and the demo call on a user's behalf as the service role, at the instant they play."""
    story, ids = story_conn
    args = _args(story, ids)
    when = story.at("Tue 2026-11-24 10:00")
    with acting_as(story.conn, "service_role", story.owner):
        if rpc in RESUMES:
            pause, template = RESUMES[rpc]
            story.conn.execute(RPCS_WITH_P_NOW[pause].format(", %(now)s"), {**args, "now": when})
        else:
            template = RPCS_WITH_P_NOW[rpc]
        before = len(_events(story))
        assert story.conn.execute(template.format(", %(now)s"), {**args, "now": when}).fetchone() == (True,)
        written = [at for _, at in _events(story)[before:]]
        retried = story.conn.execute("select retry_requested_at from public.dead_letters").fetchone()
    if rpc == "retry_dead_letter":
        assert retried == (when,)
    else:
        assert written and set(written) == {when}


def test_a_user_passing_the_servers_own_instant_is_not_refused(story_conn: tuple[Story, dict[str, Any]]) -> None:
    story, ids = story_conn
    with acting_as(story.conn, "authenticated", story.owner):
        row = story.conn.execute("select public.pause_tracked_email(%s, now())", (ids["tracked"],)).fetchone()
    assert row == (True,)
