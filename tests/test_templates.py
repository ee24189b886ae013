"""R16: what follow-ups say. Templates driven through the RPCs as a team admin would (hostile placeholders, CR/LF,
HTML injection refused when saved; neutral forms when a value is missing; preview on a real tracked email), the
built-in French and English texts, languages, signatures, A/B variants and their statistics, the audit trail, and
RLS for every role and command on the new tables."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from relance import stack
from relance.intelligence import own_signature
from tests.conftest import clone
from tests.pg import acting_as, sqlstate
from tests.rls import DENIED, Case, Rows, run_case
from tests.story import Message, Story, outbound
from tests.test_tenancy_rls import EVERYONE, build_world

PROSPECT = "paul.martin@prospect.example"


class Team(Story):
    """Claire's team (Claire owns it), a member with a mailbox of their own, and another team's admin."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        super().__init__(conn)
        self.member = self.add_member("junior@cabinet-durand.fr")
        self.member_box = self.add_mailbox("junior@cabinet-durand.fr", self.member).mailbox_id
        other = Story(conn, address="bob@other.example", domains=("other.example",))
        self.stranger = other.owner
        self.other_team = other.team_id
        conn.execute("update public.mailboxes set display_name = 'Claire Durand' where id = %s", (self.mailbox_id,))

    def rpc(self, user: uuid.UUID | None, call: str, *args: Any) -> Any:
        with acting_as(self.conn, "authenticated", user, commit=True):
            row = self.conn.execute(f"select to_jsonb(public.{call})", args).fetchone()
        assert row
        return row[0]

    def contact(self, address: str, name: str | None, company: str | None = None) -> None:
        self.conn.execute(
            "insert into public.contacts (team_id, address, name, company, first_seen_at, last_seen_at)"
            " values (%s, %s, %s, %s, now(), now())",
            (self.team_id, address, name, company),
        )

    def send_in(self, when: str, to: str, language: str | None, subject: str = "Notre proposition") -> Message:
        sent = outbound(
            self.mailbox, [to], sent_at=self.at(when), subject=subject, body_text="Bonjour, voici notre proposition."
        )
        if language:
            sent["analysis"] = {"language": language}
        self.ingest(sent, self.at(when))
        return sent

    def tracked_id(self, sent: Message) -> uuid.UUID:
        return self.tracked(sent)["tracked_email_id"]

    def first_followup(self, when: str = "Mon 2026-11-23 13:00") -> list[dict[str, Any]]:
        self.tick(when)
        return self.work(when)

    def template(self, step: int, language: str, body: str, **kw: Any) -> dict[str, Any]:
        args = ", ".join(f"p_{k} => %s" for k in kw)
        return dict(
            self.rpc(
                self.owner,
                "create_followup_template(%s, %s, %s, %s" + (", " + args if args else "") + ")",
                self.team_id, step, language, body, *kw.values(),
            )
        )  # fmt: skip


@pytest.fixture
def team(conn: psycopg.Connection[Any]) -> Team:
    return Team(conn)


# Built-in texts and neutral fallbacks --------------------------------------------------------------------------


def test_r16_without_templates_the_builtin_french_text_is_sent_and_drops_the_missing_name(team: Team) -> None:
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["ok"] is True
    text = outcome["body_text"]
    assert text.startswith("Bonjour,\n\nJe me permets de revenir vers vous")  # not "Bonjour ,"
    # No signature confirmed yet: the built-in text signs with the mailbox's name, never on a bare closing.
    assert text.endswith("Bien cordialement,\nClaire Durand")
    assert outcome["body_html"].startswith("Bonjour,<br>")
    assert (outcome["language"], outcome["variant"], outcome["template_id"]) == ("fr", "built-in", None)


def test_r16_the_builtin_text_greets_the_contact_by_first_name(team: Team) -> None:
    team.contact(PROSPECT, "Paul Martin", "Martin SAS")
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["body_text"].startswith("Bonjour Paul,\n\n")


def test_r16_the_last_followup_says_it_is_the_last(team: Team) -> None:
    for seq, when in enumerate(("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"), 1):
        if seq == 1:
            team.send("Mon 2026-11-23 09:00", [PROSPECT])
        (outcome,) = team.first_followup(when)
        assert outcome["seq"] == seq
    assert "je ne vous relancerai plus" in outcome["body_text"]


@pytest.mark.parametrize(
    ("body", "values", "expected"),
    [
        ("Bonjour {{recipient_first_name}},", {}, "Bonjour,"),
        ("Bonjour {{ Recipient_First_Name }},", {"recipient_first_name": "Paul"}, "Bonjour Paul,"),
        ("Hello {{recipient_first_name}} {{recipient_name}}!", {}, "Hello!"),
        ("Votre dossier[[ chez {{company}}]] avance.", {}, "Votre dossier avance."),
        (
            "Votre dossier[[ chez {{company}}]] avance.",
            {"company": "Martin SAS"},
            "Votre dossier chez Martin SAS avance.",
        ),
        ("Merci,\n\n{{signature}}", {}, "Merci,"),
        ("Merci,\n\n{{signature}}", {"signature": "Claire\nCabinet Durand"}, "Merci,\n\nClaire\nCabinet Durand"),
        # A value is never read as a template: placeholders or segments in it stay as written.
        ("Re {{original_subject}}", {"original_subject": "{{signature}} [[x]]"}, "Re {{signature}} [[x]]"),
    ],
)
def test_r16_missing_values_fall_back_to_a_neutral_form(
    conn: psycopg.Connection[Any], body: str, values: dict[str, str], expected: str
) -> None:
    row = conn.execute("select private.render_template(%s, %s, 'text')", (body, json.dumps(values))).fetchone()
    assert row and row[0] == expected


def test_r16_values_are_html_escaped_in_the_html_body(conn: psycopg.Connection[Any]) -> None:
    values = {"recipient_first_name": '<img src=x onerror="alert(1)">', "company": "A & B"}
    body = "Bonjour {{recipient_first_name}} <b>{{company}}"
    generated = conn.execute(
        "select private.render_template(%s, %s, 'text_html')", (body, json.dumps(values))
    ).fetchone()
    assert generated and generated[0] == "Bonjour &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;b&gt;A &amp; B"
    body = "<p>Bonjour {{recipient_first_name}}</p>"
    own = conn.execute("select private.render_template(%s, %s, 'html')", (body, json.dumps(values))).fetchone()
    assert own and own[0] == "<p>Bonjour &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>"


# Templates through the RPCs -------------------------------------------------------------------------------------


def test_r16_an_admins_template_is_sent_with_the_real_values(team: Team) -> None:
    team.contact(PROSPECT, "Paul Martin", "Martin SAS")
    created = team.template(
        1, "fr",
        "Bonjour {{recipient_first_name}},\r\n\r\nAvez-vous pu lire « {{original_subject}} » du {{original_date}}"
        "[[ pour {{company}}]] ?\n\n{{sender_name}}",
    )  # fmt: skip
    assert "\r" not in created["body_text"]  # CRLF stored as LF
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["body_text"] == (
        "Bonjour Paul,\n\nAvez-vous pu lire « Votre projet d'investissement » du 23/11/2026 pour Martin SAS ?"
        "\n\nClaire Durand"
    )
    assert (outcome["template_id"], outcome["variant"]) == (created["id"], "A")
    # The timeline's sent event names the template and variant.
    row = team.conn.execute("select details from public.events where kind = 'sent'").fetchone()
    assert row and row[0] == {"template_id": created["id"], "variant": "A", "language": "fr"}


@pytest.mark.parametrize(
    ("body", "html", "message"),
    [
        ("Bonjour {{password}}", None, r"unknown placeholder \{\{password\}\} in body_text"),
        ("Bonjour {{recipient_first_name}", None, "malformed placeholder in body_text"),
        ("Bonjour {{{{company}}}}", None, "malformed placeholder in body_text"),
        ("Bonjour }}", None, "malformed placeholder in body_text"),
        ("Bonjour [[ {{company}}", None, r"unclosed optional segment in body_text"),
        ("Bonjour ]]", None, r"unmatched \]\] in body_text"),
        ("Bonjour [[ [[{{company}}]] ]]", None, "optional segments cannot be nested"),
        ("Bonjour\rBcc: victim@example.com", None, "body_text holds a control character"),
        ("Bonjour\x1b[31m", None, "body_text holds a control character"),
        ("   \n ", None, "body_text must not be empty"),
        ("x" * 10001, None, "body_text is too long"),
        ("Bonjour", "<p>Bonjour {{ceo}}</p>", r"unknown placeholder \{\{ceo\}\} in body_html"),
        ("Bonjour", "<script>alert(1)</script>", "unsafe HTML in body_html: <script> is not allowed"),
        ("Bonjour", '<p onclick="alert(1)">x</p>', "unsafe HTML in body_html"),
        ("Bonjour", '<a href="javascript:alert(1)">x</a>', "unsafe HTML in body_html"),
        ("Bonjour", '<img src="x">', "unsafe HTML in body_html"),
        ("Bonjour", "<p>a <scr<script>ipt>", "unsafe HTML in body_html"),
        ("Bonjour", "<p>1 < 2</p>", "a < or > outside a tag"),
    ],
)
def test_r16_hostile_templates_are_refused_naming_the_problem_and_nothing_is_saved(
    team: Team, body: str, html: str | None, message: str
) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=message):
        team.template(1, "fr", body, body_html=html)
    assert team.conn.execute("select count(*) from public.followup_templates").fetchone() == (0,)


def test_r16_safe_html_is_accepted_and_sent(team: Team) -> None:
    html = '<p>Bonjour {{recipient_first_name}},</p><p><b>Où</b> en êtes-vous ? <a href="https://cabinet-durand.fr/rdv">Rendez-vous</a></p>'
    team.template(1, "fr", "Bonjour {{recipient_first_name}},\n\nOù en êtes-vous ?", body_html=html)
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["body_html"] == html.replace("Bonjour {{recipient_first_name}},", "Bonjour,")
    assert outcome["body_text"] == "Bonjour,\n\nOù en êtes-vous ?"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, "fr"), "step must be between 1 and 10"),
        ((11, "fr"), "step must be between 1 and 10"),
        ((1, "french"), "language must be an ISO 639-1 code"),
    ],
)
def test_r16_bad_steps_and_languages_are_refused(team: Team, args: tuple[int, str], message: str) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=message):
        team.template(args[0], args[1], "Bonjour")


def test_r16_a_second_live_template_for_the_same_variant_is_refused(team: Team) -> None:
    team.template(1, "fr", "Bonjour")
    with pytest.raises(psycopg.errors.UniqueViolation, match="a template already exists for step 1, language fr"):
        team.template(1, "fr", "Re-bonjour")


def test_r16_members_and_other_teams_cannot_change_or_preview_templates(team: Team) -> None:
    created = team.template(1, "fr", "Bonjour")
    sent = team.send("Mon 2026-11-23 09:00", [PROSPECT])
    tracked = team.tracked_id(sent)
    for user in (team.member, team.stranger):
        for call, args in (
            ("create_followup_template(%s, 1, 'en', 'Hello')", (team.team_id,)),
            ("update_followup_template(%s, 'Changed')", (created["id"],)),
            ("archive_followup_template(%s)", (created["id"],)),
            ("stop_followup_variant(%s)", (created["id"],)),
            ("preview_followup_template(%s)", (tracked,)),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                team.rpc(user, call, *args)
    row = team.conn.execute("select body_text, archived_at, stopped_at from public.followup_templates").fetchone()
    assert row == ("Bonjour", None, None)


def test_r16_preview_renders_a_real_tracked_email_and_changes_nothing(team: Team) -> None:
    team.contact(PROSPECT, "Paul Martin", "Martin SAS")
    sent = team.send("Mon 2026-11-23 09:00", [PROSPECT], subject="Devis toiture")
    tracked = team.tracked_id(sent)
    draft = team.rpc(
        team.owner, "preview_followup_template(%s, p_body_text => %s)", tracked,
        "{{recipient_name}} ({{company}}): {{original_subject}}, {{original_date}}. {{sender_first_name}}",
    )  # fmt: skip
    assert draft["body_text"] == "Paul Martin (Martin SAS): Devis toiture, 23/11/2026. Claire"
    builtin = team.rpc(team.owner, "preview_followup_template(%s)", tracked)
    assert builtin["body_text"].startswith("Bonjour Paul,") and builtin["language"] == "fr"
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=r"unknown placeholder \{\{iban\}\}"):
        team.rpc(team.owner, "preview_followup_template(%s, p_body_text => %s)", tracked, "{{iban}}")
    assert team.conn.execute("select count(*) from public.followup_variant_assignments").fetchone() == (0,)


def test_r16_template_changes_are_audited_with_before_and_after(team: Team) -> None:
    created = team.template(1, "fr", "Bonjour")
    team.rpc(team.owner, "update_followup_template(%s, %s)", created["id"], "Bonjour {{recipient_first_name}}")
    team.rpc(team.owner, "stop_followup_variant(%s)", created["id"])
    team.rpc(team.owner, "archive_followup_template(%s)", created["id"])
    rows = team.conn.execute(
        "select action, actor_id, before ->> 'body_text', after ->> 'body_text', entity_type from public.audit_log"
        " where entity_id = %s order by id",
        (str(created["id"]),),
    ).fetchall()
    assert [r[0] for r in rows] == ["created", "updated", "stopped", "archived"]
    assert {r[1] for r in rows} == {team.owner} and {r[4] for r in rows} == {"followup_template"}
    assert rows[1][2:4] == ("Bonjour", "Bonjour {{recipient_first_name}}")


def test_r16_an_archived_template_is_no_longer_sent(team: Team) -> None:
    created = team.template(1, "fr", "Bonjour, un petit mot.")
    team.rpc(team.owner, "archive_followup_template(%s)", created["id"])
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["variant"] == "built-in" and outcome["body_text"].startswith("Bonjour,\n\nJe me permets")


def test_r16_a_mailbox_template_replaces_the_teams_for_that_mailbox(team: Team) -> None:
    team.template(1, "fr", "Texte de l'équipe")
    team.template(1, "fr", "Texte de Claire", mailbox_id=team.mailbox_id)
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["body_text"] == "Texte de Claire"


# Languages -------------------------------------------------------------------------------------------------------


def test_r16_an_english_tracked_email_gets_the_builtin_english_text(team: Team) -> None:
    team.contact(PROSPECT, "Paul Martin")
    team.template(1, "fr", "Texte français")  # a French template does not make an English client read French
    sent = team.send_in("Mon 2026-11-23 09:00", PROSPECT, "en")
    assert team.conn.execute("select language from public.tracked_emails").fetchone() == ("en",)
    assert team.tracked(sent)["status"] == "active"
    (outcome,) = team.first_followup()
    assert outcome["body_text"].startswith("Hello Paul,\n\nI am following up on my message below.")
    assert outcome["body_text"].endswith("Best regards,\nClaire Durand")
    assert outcome["language"] == "en"


def test_r16_an_english_template_is_used_for_english_tracked_emails(team: Team) -> None:
    team.template(1, "en", "Hi {{recipient_first_name}}, any news about {{original_subject}} ({{original_date}})?")
    team.send_in("Mon 2026-11-23 09:00", PROSPECT, "en", subject="Our offer")
    (outcome,) = team.first_followup()
    assert outcome["body_text"] == "Hi, any news about Our offer (November 23, 2026)?"


def test_r16_a_language_without_texts_falls_back_to_the_teams_default_language(team: Team) -> None:
    team.rpc(team.owner, "set_team_settings(%s, %s)", team.team_id, json.dumps({"default_language": "en"}))
    team.send_in("Mon 2026-11-23 09:00", PROSPECT, "de")
    team.send_in("Mon 2026-11-23 09:00", "jo@prospect.example", None)
    outcomes = team.first_followup()
    assert sorted(o["language"] for o in outcomes) == ["en", "en"]
    assert all(o["body_text"].startswith("Hello,") for o in outcomes)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="setting out of range"):
        team.rpc(team.owner, "set_team_settings(%s, %s)", team.team_id, json.dumps({"default_language": "de"}))


def test_r16_a_language_the_worker_could_not_read_is_ignored(team: Team) -> None:
    team.send_in("Mon 2026-11-23 09:00", PROSPECT, "english; drop table")
    assert team.conn.execute("select language from public.tracked_emails").fetchone() == (None,)


# Signatures ------------------------------------------------------------------------------------------------------


def test_r16_the_proposed_signature_is_confirmed_by_its_user_and_appended(team: Team) -> None:
    team.conn.execute(
        "select worker.propose_mailbox_signature(%s, %s)", (team.mailbox_id, "Claire Durand\nCabinet Durand <Paris>")
    )
    seen = team.rpc(team.owner, "get_mailbox_signature(%s)", team.mailbox_id)
    assert seen["proposed_text"] == "Claire Durand\nCabinet Durand <Paris>" and seen["confirmed_at"] is None
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (before,) = team.first_followup()
    # Proposed, not confirmed: not appended (the built-in text signs with the mailbox's name meanwhile).
    assert before["body_text"].endswith("Bien cordialement,\nClaire Durand")
    confirmed = team.rpc(team.owner, "confirm_mailbox_signature(%s)", team.mailbox_id)
    assert confirmed["signature_html"] == "Claire Durand<br>\nCabinet Durand &lt;Paris&gt;"
    team.send("Mon 2026-11-23 10:00", ["jo@prospect.example"])
    (after,) = team.first_followup("Mon 2026-11-23 14:00")
    assert after["body_text"].endswith("Bien cordialement,\nClaire Durand\nCabinet Durand <Paris>")
    assert after["body_html"].endswith("Bien cordialement,<br>\nClaire Durand<br>\nCabinet Durand &lt;Paris&gt;")
    audit = team.conn.execute("select action, after ->> 'signature_text' from public.audit_log"
                              " where entity_type = 'mailbox_signature'").fetchall()  # fmt: skip
    assert audit == [("confirmed", "Claire Durand\nCabinet Durand <Paris>")]


def test_r16_a_template_that_does_not_place_the_signature_is_signed_at_its_end(team: Team) -> None:
    """R16: "with the mailbox's signature": an admin's template without {{signature}} is not sent unsigned; one
    that places it is signed once, where it says."""
    team.rpc(team.owner, "confirm_mailbox_signature(%s, %s)", team.mailbox_id, "Claire Durand\nCabinet Durand")
    team.template(1, "fr", "Bonjour {{recipient_first_name}},\n\nOù en êtes-vous ?",
                  body_html="<p>Où en êtes-vous ?</p>")  # fmt: skip
    team.template(2, "fr", "Bonjour,\n\n{{ Signature }}\nPS : le dossier est en pièce jointe.")
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (first,) = team.first_followup()
    assert first["body_text"] == "Bonjour,\n\nOù en êtes-vous ?\n\nClaire Durand\nCabinet Durand"
    assert first["body_html"] == "<p>Où en êtes-vous ?</p><br><br>Claire Durand<br>\nCabinet Durand"
    (second,) = team.first_followup("Mon 2026-11-23 17:00")
    assert second["body_text"] == "Bonjour,\n\nClaire Durand\nCabinet Durand\nPS : le dossier est en pièce jointe."
    assert second["body_text"].count("Claire Durand") == 1


def test_r16_a_signature_is_the_mailbox_users_and_its_html_must_be_safe(team: Team) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="no signature has been proposed"):
        team.rpc(team.owner, "confirm_mailbox_signature(%s)", team.mailbox_id)
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="unsafe HTML in signature_html"):
        team.rpc(team.owner, "confirm_mailbox_signature(%s, %s, %s)", team.mailbox_id, "Claire", "<img src=x>")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        team.rpc(team.member, "confirm_mailbox_signature(%s, %s)", team.mailbox_id, "Pirate")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        team.rpc(team.stranger, "get_mailbox_signature(%s)", team.mailbox_id)
    mine = team.rpc(team.member, "confirm_mailbox_signature(%s, %s, %s)", team.member_box, "Junior",
                    '<b>Junior</b><br><a href="mailto:junior@cabinet-durand.fr">écrire</a>')  # fmt: skip
    assert mine["signature_text"] == "Junior"


# A/B variants ----------------------------------------------------------------------------------------------------


def test_r16_variants_are_assigned_once_deterministically_and_kept(team: Team) -> None:
    a = team.template(1, "fr", "Variante A", variant="A", weight=1)
    b = team.template(1, "fr", "Variante B", variant="B", weight=3)
    tracked = [team.tracked_id(team.send_in("Mon 2026-11-23 09:00", f"p{i}@prospect.example", "fr")) for i in range(40)]
    first = dict(team.conn.execute(
        "select t.id, (private.assign_variant(t.id, 1, now())).variant from unnest(%s::uuid[]) as t(id)", (tracked,)
    ).fetchall())  # fmt: skip
    assert {first[t] for t in tracked} == {"A", "B"}
    assert sum(v == "B" for v in first.values()) > sum(v == "A" for v in first.values())  # weights 1:3
    # Deterministic: the same draw again (assignments forgotten) gives the same variants.
    team.conn.execute("delete from public.followup_variant_assignments")
    again = dict(team.conn.execute(
        "select t.id, (private.assign_variant(t.id, 1, now())).variant from unnest(%s::uuid[]) as t(id)", (tracked,)
    ).fetchall())  # fmt: skip
    assert again == first
    # Kept: new weights, a stopped variant and a new one change nothing for those already given one.
    team.rpc(team.owner, "update_followup_template(%s, p_weight => 1000)", a["id"])
    team.rpc(team.owner, "stop_followup_variant(%s)", b["id"])
    team.template(1, "fr", "Variante C", variant="C")
    kept = dict(team.conn.execute(
        "select t.id, (private.assign_variant(t.id, 1, now())).variant from unnest(%s::uuid[]) as t(id)", (tracked,)
    ).fetchall())  # fmt: skip
    assert kept == first
    # A new tracked email never gets the stopped variant.
    later = [team.tracked_id(team.send_in("Mon 2026-11-23 10:00", f"q{i}@prospect.example", "fr")) for i in range(20)]
    fresh = {r[0] for r in team.conn.execute(
        "select (private.assign_variant(t.id, 1, now())).variant from unnest(%s::uuid[]) as t(id)", (later,)
    ).fetchall()}  # fmt: skip
    assert "B" not in fresh and fresh <= {"A", "C"}


def test_r16_the_variant_stats_give_the_wilson_interval_and_median_time_to_reply(team: Team) -> None:
    team.template(1, "fr", "Variante A", variant="A")
    sent = [team.send_in("Mon 2026-11-23 09:00", f"p{i}@prospect.example", "fr") for i in range(4)]
    assert len(team.first_followup()) == 4
    team.receive("Mon 2026-11-23 15:30", "p0@prospect.example", reply_to=sent[0])
    row = team.conn.execute(
        "select step, variant, sent, replied, reply_rate, reply_rate_low, reply_rate_high, median_time_to_reply,"
        " opted_out, bounced from public.followup_variant_stats"
    ).fetchone()
    # 1 answer out of 4: Wilson 95 % interval [0.0456, 0.6994] (statsmodels: proportion_confint(1, 4, method='wilson')).
    assert row is not None
    assert row[:7] == (1, "A", 4, 1, Decimal("0.2500"), Decimal("0.0456"), Decimal("0.6994"))
    assert str(row[7]) == "2:30:00" and row[8:] == (0, 0)
    # The report (relance report) compares variants only where a step had two: one variant is no A/B test.
    assert team.conn.execute(
        "select count(*) from private.report_variant_rows(%s, '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z')",
        (team.team_id,),
    ).fetchone() == (0,)


def test_r16_an_answer_to_the_last_followup_counts_for_its_variant(team: Team) -> None:
    # The last follow-up is the one that most often brings the answer: its variant's reply rate must see it, though
    # the sequence was completed when it came (R3, R5).
    team.template(3, "fr", "Dernière relance, variante A", variant="A")
    sent = team.send_in("Mon 2026-11-23 09:00", PROSPECT, "fr")
    for when in ("Mon 2026-11-23 13:00", "Mon 2026-11-23 17:00", "Tue 2026-11-24 10:00"):
        assert [o["ok"] for o in team.first_followup(when)] == [True]
    team.receive("Tue 2026-11-24 11:30", PROSPECT, reply_to=sent)
    row = team.conn.execute(
        "select step, variant, sent, replied, median_time_to_reply from public.followup_variant_stats where step = 3"
    ).fetchone()
    assert row is not None
    assert row[:4] == (3, "A", 1, 1) and str(row[4]) == "1:30:00"


def test_r16_the_report_compares_the_variants_of_a_step_over_its_period(team: Team) -> None:
    team.template(1, "fr", "Variante A", variant="A")
    team.template(1, "fr", "Variante B", variant="B")
    # Each tracked email's variant is a hash of its (random) id: six of them are all A or all B once in 32 runs, so
    # prospects are added six at a time until both variants have been sent (60 alike: a 2^-59 chance).
    sent: list[Message] = []
    while {r[0] for r in team.conn.execute("select variant from public.followup_variant_assignments")} != {"A", "B"}:
        assert len(sent) < 60
        batch = [team.send_in("Mon 2026-11-23 09:00", f"p{len(sent) + i}@prospect.example", "fr") for i in range(6)]
        assert len(team.first_followup()) == 6
        sent += batch
    for i in (0, 1):
        team.receive("Mon 2026-11-23 15:30", f"p{i}@prospect.example", reply_to=sent[i])
    stats = team.conn.execute(
        "select step, variant, sent, replied, reply_rate, reply_rate_low, reply_rate_high"
        " from public.followup_variant_stats order by variant"
    ).fetchall()
    assert sum(r[2] for r in stats) == len(sent) and sum(r[3] for r in stats) == 2
    assert {r[1] for r in stats} == {"A", "B"}
    # The report reads the same figures for the period that holds the sends, and none for a later one.
    rows = team.conn.execute(
        "select step, variant, sent, replied, reply_rate, rate_low, rate_high"
        " from private.report_variant_rows(%s, '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z')",
        (team.team_id,),
    ).fetchall()
    assert rows == stats
    assert team.conn.execute(
        "select count(*) from private.report_variant_rows(%s, '2026-11-30T00:00:00Z', '2026-12-07T00:00:00Z')",
        (team.team_id,),
    ).fetchone() == (0,)


# RLS -------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world_conn(target: stack.Target, template_db: str) -> Iterator[tuple[psycopg.Connection[Any], Any]]:
    name = clone(target, template_db)
    with psycopg.connect(target.url_for(name), autocommit=True) as conn:
        w = build_world(conn)
        for team, box, tag in (("team_a", "box_mia", "a"), ("team_b", "box_bob", "b")):
            w[f"tpl_{tag}"] = conn.execute(
                "insert into public.followup_templates (team_id, step, language, body_text) values (%s, 1, 'fr', 'x')"
                " returning id",
                (w[team],),
            ).fetchone()[0]  # type: ignore[index]
            address = conn.execute("select address from public.mailboxes where id = %s", (w[box],)).fetchone()[0]  # type: ignore[index]
            sent = outbound(address, [f"client-{tag}@prospect.example"], sent_at="2026-11-23T09:00:00Z")
            conn.execute("select worker.ingest_message(%s, %s, '2026-11-23T09:00:00Z')", (w[box], json.dumps(sent)))
            w[f"te_{tag}"] = conn.execute(
                "select id from public.tracked_emails where mailbox_id = %s", (w[box],)
            ).fetchone()[0]  # type: ignore[index]
            conn.execute("select private.assign_variant(%s, 1, now())", (w[f"te_{tag}"],))
        yield conn, w
    stack.drop_database(target, name)


TEMPLATE_TABLES = {"followup_templates": ("id", "tpl"), "followup_variant_assignments": ("tracked_email_id", "te")}


def rls_cases() -> list[Case]:
    c: list[Case] = []

    def each(table: str, command: str, statement: str, **expect: Any) -> None:
        for actor, outcome in expect.items():
            c.append(Case(table, command, actor, statement, outcome))

    each(
        "followup_templates", "select", "select id from public.followup_templates",
        anon=DENIED, mia=Rows("tpl_a"), max=Rows("tpl_a"), adam=Rows("tpl_a"), olivia=Rows("tpl_a"),
        bob=Rows("tpl_b"), zoe=Rows(), service=Rows("tpl_a", "tpl_b"),
    )  # fmt: skip
    each(
        "followup_variant_assignments", "select", "select tracked_email_id from public.followup_variant_assignments",
        anon=DENIED, mia=Rows("te_a"), max=Rows(), adam=Rows("te_a"), olivia=Rows("te_a"), bob=Rows("te_b"),
        zoe=Rows(), service=Rows("te_a", "te_b"),
    )  # fmt: skip
    for table, (key, prefix) in TEMPLATE_TABLES.items():
        both = (f"{prefix}_a", f"{prefix}_b")
        each(
            table, "update", f"update public.{table} set {key} = {key} returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(*both),
        )  # fmt: skip
        each(
            table, "delete", f"delete from public.{table} where {key} = {{{prefix}_a}} returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(f"{prefix}_a"),
        )  # fmt: skip
        each(
            table, "insert", f"insert into public.{table} select * from public.{table} where false returning {key}",
            anon=DENIED, mia=DENIED, adam=DENIED, olivia=DENIED, bob=DENIED, zoe=DENIED, service=Rows(),
        )  # fmt: skip
    each(
        "followup_variant_stats", "select", "select template_id from public.followup_variant_stats",
        anon=DENIED, mia=Rows(), adam=Rows(), bob=Rows(), service=Rows(),  # nothing sent yet: no rows for anyone
    )  # fmt: skip
    return c


RLS_CASES = rls_cases()


@pytest.mark.parametrize("case", RLS_CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(RLS_CASES)])
def test_r16_rls_matrix(world_conn: tuple[psycopg.Connection[Any], dict[str, uuid.UUID]], case: Case) -> None:
    conn, world = world_conn
    assert run_case(conn, world, case) == case.expect


def test_every_template_table_is_covered_for_every_command_and_role() -> None:
    for table in TEMPLATE_TABLES:
        for command in ("select", "insert", "update", "delete"):
            actors = {c.actor for c in RLS_CASES if c.table == table and c.command == command}
            assert set(EVERYONE) <= actors, (table, command)


def test_signatures_are_out_of_the_data_apis_reach(world_conn: tuple[psycopg.Connection[Any], Any]) -> None:
    conn, _ = world_conn
    for role in ("anon", "authenticated"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as exc, acting_as(conn, role):
            conn.execute("select * from private.mailbox_signatures")
        assert sqlstate(exc.value) == "42501"


def test_r16_the_signature_is_proposed_from_the_users_own_sent_mail_until_they_confirm_one(team: Team) -> None:
    signed = "Bonjour,\n\n{}\n\nBien cordialement,\n\nClaire Durand\nCabinet Durand Patrimoine\n01 42 68 53 00"
    for when, words in (("Mon 2026-11-23 09:00", "Voici le devis."), ("Mon 2026-11-23 10:00", "Voici le contrat.")):
        team.ingest(outbound(team.mailbox, [PROSPECT], sent_at=team.at(when), body_text=signed.format(words)))
    team.ingest(outbound(team.mailbox, [PROSPECT], sent_at=team.at("Mon 2026-11-23 11:00"), body_text="Merci !"))
    found = own_signature.propose(team.conn, team.mailbox_id)
    assert found == "Claire Durand\nCabinet Durand Patrimoine\n01 42 68 53 00"
    assert team.rpc(team.owner, "get_mailbox_signature(%s)", team.mailbox_id)["proposed_text"] == found
    team.rpc(team.owner, "confirm_mailbox_signature(%s, %s)", team.mailbox_id, "Claire D.")
    assert own_signature.propose(team.conn, team.mailbox_id) is None  # the user's choice is never replaced
    assert team.rpc(team.owner, "get_mailbox_signature(%s)", team.mailbox_id)["signature_text"] == "Claire D."


def test_r16_a_signed_in_user_cannot_choose_the_instant_of_a_template_change(team: Team) -> None:
    created = team.template(1, "fr", "Bonjour")
    backdated = "1999-01-01T00:00:00Z"
    for call, args in (
        ("create_followup_template(%s, 2, 'fr', 'Re', p_now => %s)", (team.team_id, backdated)),
        ("update_followup_template(%s, 'Changed', p_now => %s)", (created["id"], backdated)),
        ("stop_followup_variant(%s, p_now => %s)", (created["id"], backdated)),
        ("archive_followup_template(%s, p_now => %s)", (created["id"], backdated)),
        ("confirm_mailbox_signature(%s, 'Claire', p_now => %s)", (team.mailbox_id, backdated)),
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="p_now"):
            team.rpc(team.owner, call, *args)
    assert team.conn.execute("select body_text, stopped_at, archived_at from public.followup_templates").fetchone() == (
        "Bonjour", None, None,
    )  # fmt: skip


def test_r16_a_builtin_text_without_a_name_to_sign_with_ends_on_its_closing(team: Team) -> None:
    """A mailbox with neither a confirmed signature nor a display name: nothing to sign with, and no empty line
    left where the name would be."""
    team.conn.execute("update public.mailboxes set display_name = null where id = %s", (team.mailbox_id,))
    team.send("Mon 2026-11-23 09:00", [PROSPECT])
    (outcome,) = team.first_followup()
    assert outcome["ok"] is True
    assert outcome["body_text"].endswith(
        "au sujet de mon message ci-dessous. Avez-vous eu l'occasion d'y jeter un œil ?\n\nBien cordialement,"
    )
    assert outcome["body_html"].endswith("Bien cordialement,")
