"""R16 templates as a demanding wealth-management firm uses them (blind set 3, written from BEHAVIOUR.md, DESIGN.md,
PRIVACY.md and the README alone).

Cabinet Durand (Paris, French holidays) writes its follow-ups per step and language, some advisers have their own
texts, a step is A/B tested, signatures are confirmed by each adviser, and the partners read the reply rates. Every
instant is injected (March and May 2028), every follow-up goes through the worker's protocol (scheduler tick, claim,
identity, final claim, send, echo from Sent Items), and each expectation quotes the sentence it rests on.

Working time: 07:00-18:00 Monday-Friday Europe/Paris, 4 working hours apart, at most 3 unless told. A tracked email
sent Monday 09:00 is followed at 13:00, 17:00, then Tuesday 10:00.

Its author's 35 tests found two gaps in the reply rates, both mended (migration 20261207030642): a request to stop
was counted as a reply of its step as well as an opt-out, and an answer after the adviser's own nudge by hand was
credited to the engine's follow-up before it.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import timedelta
from typing import Any

import psycopg
import pytest

from tests.pg import acting_as
from tests.story import (
    Mailbox,
    Message,
    Story,
    ack,
    answered_by,
    auto_reply,
    bounce,
    claim,
    engine_copy,
    inbound,
    inbound_reply,
    ingest,
    manual_followup,
    outbound,
    read_queue,
    send_claimed,
)

Row = dict[str, Any]

CLAIRE_SIG = "Claire Durand\nConseillère en gestion de patrimoine\nCabinet Durand · +33 1 42 68 53 00"
MONDAY = "Mon 2028-03-06"
TUESDAY = "Tue 2028-03-07"
LAST_FR = re.compile(r"ne vous relancerai plus|dernière relance|dernier message", re.IGNORECASE)
LAST_EN = re.compile(
    r"\blast (?:follow|time|e-?mail|message)|\bfinal (?:follow|e-?mail|message|note)|won't (?:follow up|write) again"
    r"|will not (?:follow up|write)\b[^.]*\bagain|no longer follow",
    re.IGNORECASE,
)


class Firm(Story):
    """Claire (owner of the team, so an admin) and her mailbox; Marc, a second admin without a mailbox; Julien, a
    junior adviser (member) with his own mailbox; and a rival firm's owner."""

    def __init__(self, conn: psycopg.Connection[Any], **settings: Any) -> None:
        super().__init__(conn, **settings)
        conn.execute("update public.mailboxes set display_name = 'Claire Durand' where id = %s", (self.mailbox_id,))
        self.marc = self.add_member("marc.lefevre@cabinet-durand.fr", "admin")
        self.julien = self.add_member("julien.petit@cabinet-durand.fr")
        self.julien_box: Mailbox = self.add_mailbox("julien.petit@cabinet-durand.fr", self.julien)
        conn.execute(
            "update public.mailboxes set display_name = 'Julien Petit' where id = %s", (self.julien_box.mailbox_id,)
        )
        rival = Story(conn, address="bob@rival-gestion.fr", domains=("rival-gestion.fr",))
        self.rival = rival.owner
        self.rival_team = rival.team_id
        self.rival_box = rival.mailbox_id

    # The web app's calls -------------------------------------------------------------------------------------------
    def rpc(self, user: uuid.UUID | None, call: str, *args: Any) -> Any:
        with acting_as(self.conn, "authenticated", user, commit=True):
            row = self.conn.execute(f"select to_jsonb(public.{call})", args).fetchone()
        assert row
        return row[0]

    def select_as(self, user: uuid.UUID, query: str, *args: Any) -> list[tuple[Any, ...]]:
        with acting_as(self.conn, "authenticated", user):
            return self.conn.execute(query, args).fetchall()

    def template(self, step: int, language: str, body: str, *, by: uuid.UUID | None = None, **kw: Any) -> Row:
        named = "".join(f", p_{k} => %s" for k in kw)
        call = f"create_followup_template(%s, %s, %s, %s{named})"
        return dict(self.rpc(by or self.owner, call, self.team_id, step, language, body, *kw.values()))

    def settings(self, values: dict[str, Any]) -> None:
        self.rpc(self.owner, "set_team_settings(%s, %s)", self.team_id, json.dumps(values))

    def signature(self, mailbox: uuid.UUID, user: uuid.UUID, text: str, html: str | None = None) -> Any:
        if html is None:
            return self.rpc(user, "confirm_mailbox_signature(%s, %s)", mailbox, text)
        return self.rpc(user, "confirm_mailbox_signature(%s, %s, %s)", mailbox, text, html)

    def contact(self, address: str, name: str | None, company: str | None = None) -> None:
        self.conn.execute(
            "insert into public.contacts (team_id, address, name, company, first_seen_at, last_seen_at)"
            " values (%s, %s, %s, %s, now(), now())",
            (self.team_id, address, name, company),
        )

    # Mail ----------------------------------------------------------------------------------------------------------
    def email(
        self,
        when: str,
        to: str,
        *,
        name: str | None = None,
        language: str | None = "fr",
        subject: str = "Votre allocation patrimoniale",
        box: Mailbox | None = None,
    ) -> Message:
        """An adviser's email to a client, read by the worker in `language` (None: not detected)."""
        box = box or self.mailbox
        moment = self.at(when)
        sent = outbound(box, [to], sent_at=moment, subject=subject, body_text="Bonjour, voici notre proposition.")
        sent["to"] = [{"address": to, "name": name if name is not None else ""}]
        if language:
            sent["analysis"] = {"language": language}
        ingest(self.conn, box.mailbox_id, sent, moment)
        return sent

    def by_hand(self, sent: Message, when: str) -> None:
        self.ingest(manual_followup(self.mailbox, sent, sent_at=self.at(when)), self.at(when))

    # The worker ------------------------------------------------------------------------------------------------------
    def work(self, when: str, *, echo: bool = True) -> list[Row]:
        """Drains the send queue at `when` through R9's protocol; each sent copy is echoed into its own mailbox."""
        moment = self.at(when)
        outcomes: list[Row] = []
        for msg_id, followup_id in read_queue(self.conn):
            context = claim(self.conn, followup_id, None, moment)
            if context["ok"]:
                context = self.finish(context, when)
            outcomes.append({**context, "followup_id": uuid.UUID(str(context["followup_id"]))})
            ack(self.conn, msg_id)
        return outcomes

    def finish(self, context: Row, when: str) -> Row:
        moment = self.at(when)
        fid = context["followup_id"]
        row = self.conn.execute(
            "select t.mailbox_id from public.followups f join public.tracked_emails t on t.id = f.tracked_email_id"
            " where f.id = %s",
            (fid,),
        ).fetchone()
        assert row
        provider_id = f"AAMk-relance-{fid}"
        final = send_claimed(self.conn, context, moment, provider_message_id=provider_id)
        if final["ok"]:
            copy = engine_copy(
                context["mailbox_address"],
                answered_by(context),
                fid,
                sent_at=moment,
                provider_message_id=provider_id,
                internet_message_id=final["internet_message_id"],
            )
            ingest(self.conn, row[0], copy, moment)
        return {**final, "followup_id": uuid.UUID(str(fid))}

    def round(self, when: str) -> list[Row]:
        self.tick(when)
        return self.work(when)

    def next_of(self, sent: Message, expect_due: str | None = None) -> Row:
        """The tracked email's pending follow-up, sent when due (and due when `expect_due` says, if given)."""
        pending = self.pending(sent)
        assert pending is not None, "nothing is pending"
        when = self.local(pending["due_at"])
        assert when is not None
        if expect_due is not None:
            assert when == expect_due
        outcomes = [o for o in self.round(when) if o["followup_id"] == pending["id"]]
        assert len(outcomes) == 1 and outcomes[0]["ok"] is True, outcomes
        return outcomes[0]

    def tid(self, sent: Message) -> uuid.UUID:
        return self.tracked(sent)["tracked_email_id"]

    def sent_event(self, followup_id: uuid.UUID) -> Any:
        row = self.conn.execute(
            "select details from public.events where kind = 'sent' and followup_id = %s", (followup_id,)
        ).fetchone()
        assert row
        return row[0]

    def stats(self, step: int) -> tuple[Any, ...]:
        row = self.conn.execute(
            "select coalesce(sum(sent), 0), coalesce(sum(replied), 0), coalesce(sum(opted_out), 0),"
            " coalesce(sum(bounced), 0) from public.followup_variant_stats where team_id = %s and step = %s",
            (self.team_id, step),
        ).fetchone()
        assert row
        return tuple(int(v) for v in row)


@pytest.fixture
def firm(conn: psycopg.Connection[Any]) -> Firm:
    return Firm(conn)


def wilson(k: int, n: int) -> tuple[float, float]:
    z = 1.959963984540054
    p = k / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return centre - half, centre + half


STEP_TEXTS = {
    1: "Bonjour {{recipient_first_name}},\n\nAvez-vous pu parcourir « {{original_subject}} » ?",
    2: "Bonjour {{recipient_first_name}},\n\nJe reste à votre disposition pour en parler de vive voix.",
    3: "Bonjour {{recipient_first_name}},\n\nCeci est mon dernier message à ce sujet.",
}


def firm_sequence(firm: Firm, steps: tuple[int, ...] = (1, 2, 3), language: str = "fr") -> dict[int, Row]:
    return {step: firm.template(step, language, STEP_TEXTS[step]) for step in steps}


# Steps and languages ---------------------------------------------------------------------------------------------


def test_r16_each_step_of_the_firms_sequence_sends_its_own_text_signed_once(firm: Firm) -> None:
    """Three steps, three texts, Claire's confirmed signature at the end of each. R16: "What a follow-up says comes
    from the team's templates (per step, per language …) … with the mailbox's signature"; README: "a template that
    does not place `{{signature}}` gets the mailbox's confirmed signature at its end"."""
    templates = firm_sequence(firm)
    firm.signature(firm.mailbox_id, firm.owner, CLAIRE_SIG)
    firm.contact("paul.martin@martin-invest.fr", "Paul Martin")
    sent = firm.email(f"{MONDAY} 09:00", "paul.martin@martin-invest.fr", name="Paul Martin")
    expected = {
        1: "Bonjour Paul,\n\nAvez-vous pu parcourir « Votre allocation patrimoniale » ?",
        2: "Bonjour Paul,\n\nJe reste à votre disposition pour en parler de vive voix.",
        3: "Bonjour Paul,\n\nCeci est mon dernier message à ce sujet.",
    }
    for step, due in ((1, f"{MONDAY} 13:00"), (2, f"{MONDAY} 17:00"), (3, f"{TUESDAY} 10:00")):
        out = firm.next_of(sent, due)
        assert out["seq"] == step
        assert (out["template_id"], out["language"]) == (templates[step]["id"], "fr")
        text = out["body_text"]
        assert text.startswith(expected[step]) and text.endswith(CLAIRE_SIG), text
        assert text.count("+33 1 42 68 53 00") == 1
        assert firm.sent_event(out["followup_id"])["template_id"] == templates[step]["id"]
    assert firm.tracked(sent)["status"] == "completed"


def test_r16_a_step_the_firm_wrote_nothing_for_gets_the_builtin_text(firm: Firm) -> None:
    """The firm wrote steps 1 and 3 only: step 2 is the built-in French text, not nothing and not step 1's again.
    R16: "Without templates, the built-in French and English texts apply"; README: "Without a template the built-in
    French and English texts apply"."""
    templates = firm_sequence(firm, (1, 3))
    sent = firm.email(f"{MONDAY} 09:00", "helene.garnier@garnier-holding.fr")
    first = firm.next_of(sent)
    assert first["template_id"] == templates[1]["id"]
    second = firm.next_of(sent)
    assert (second["seq"], second["template_id"], second["variant"], second["language"]) == (2, None, "built-in", "fr")
    assert second["body_text"].startswith("Bonjour,") and "parcourir" not in second["body_text"]
    third = firm.next_of(sent)
    assert third["template_id"] == templates[3]["id"]


def test_r16_an_english_client_never_reads_the_firms_french_texts(firm: Firm) -> None:
    """A British client: the firm's English step 1, then the built-in English texts, although French templates exist
    for every step. README: "the follow-up uses that language's template, then the built-in text of that language
    (French, English), then the team's `default_language`"."""
    firm_sequence(firm)
    english = firm.template(1, "en", "Dear {{recipient_first_name}},\n\nHave you had a chance to read my note?")
    firm.contact("james.walker@walker-trust.co.uk", "James Walker")
    sent = firm.email(f"{MONDAY} 09:00", "james.walker@walker-trust.co.uk", name="James Walker", language="en")
    first = firm.next_of(sent)
    assert (first["template_id"], first["language"]) == (english["id"], "en")
    assert first["body_text"].startswith("Dear James,\n\nHave you had a chance")
    for _ in (2, 3):
        out = firm.next_of(sent)
        assert (out["language"], out["variant"], out["template_id"]) == ("en", "built-in", None)
        assert "Bonjour" not in out["body_text"] and "vous" not in out["body_text"]
        assert out["body_text"].startswith("Hello James,")


def test_r16_a_german_client_gets_the_template_of_the_firms_default_language(firm: Firm) -> None:
    """The firm's default language is English; a German-speaking client (no German template, no German built-in
    text) gets the firm's English template, not the built-in English text. README: "the follow-up uses that
    language's template, then the built-in text of that language (French, English), then the team's
    `default_language`" — the default language's own template first, as for any other client of that language."""
    firm.settings({"default_language": "en"})
    english = firm.template(1, "en", "Hello {{recipient_first_name}}, a short reminder about {{original_subject}}.")
    firm.template(1, "fr", "Bonjour {{recipient_first_name}}, petit rappel.")
    firm.contact("klaus.weber@weber-stiftung.de", "Klaus Weber")
    german = firm.email(f"{MONDAY} 09:00", "klaus.weber@weber-stiftung.de", language="de", subject="Ihr Portfolio")
    unknown = firm.email(f"{MONDAY} 09:00", "anna@fondation-anna.ch", language=None, subject="Ihr Portfolio")
    outcomes = {o["followup_id"]: o for o in firm.round(f"{MONDAY} 13:00")}
    assert len(outcomes) == 2
    texts = sorted(o["body_text"] for o in outcomes.values())
    assert texts == [
        "Hello Klaus, a short reminder about Ihr Portfolio.",
        "Hello, a short reminder about Ihr Portfolio.",
    ]
    assert {(o["template_id"], o["language"]) for o in outcomes.values()} == {(english["id"], "en")}
    assert firm.tracked(german)["status"] == firm.tracked(unknown)["status"] == "active"


def test_r16_claires_own_text_beats_the_teams_only_for_her_mailbox_step_and_language(firm: Firm) -> None:
    """Claire wrote her own step 1 in French. Her French client gets it at step 1 and the team's step 2 after; Julien's
    client gets the team's step 1; Claire's English client the built-in English text. R16: "per step, per language,
    optionally per mailbox"; README: admins write templates "per step (1 … max), language and optionally mailbox"."""
    team = firm_sequence(firm, (1, 2))
    claire = firm.template(1, "fr", "Cher client, je me permets de revenir vers vous.", mailbox_id=firm.mailbox_id)
    mine = firm.email(f"{MONDAY} 09:00", "client.a@famille-a.fr")
    juniors = firm.email(f"{MONDAY} 09:00", "client.b@famille-b.fr", box=firm.julien_box)
    english = firm.email(f"{MONDAY} 09:00", "client.c@family-c.co.uk", language="en")
    step1 = {o["followup_id"]: o for o in firm.round(f"{MONDAY} 13:00")}
    by_tracked = {
        firm.conn.execute("select tracked_email_id from public.followups where id = %s", (fid,)).fetchone()[0]: o  # type: ignore[index]
        for fid, o in step1.items()
    }
    assert by_tracked[firm.tid(mine)]["template_id"] == claire["id"]
    assert by_tracked[firm.tid(mine)]["body_text"] == "Cher client, je me permets de revenir vers vous."
    assert by_tracked[firm.tid(juniors)]["template_id"] == team[1]["id"]
    assert (by_tracked[firm.tid(english)]["variant"], by_tracked[firm.tid(english)]["language"]) == ("built-in", "en")
    assert firm.next_of(mine)["template_id"] == team[2]["id"]


# Templates changed while emails are mid-sequence ------------------------------------------------------------------


def test_r16_archiving_claires_own_step_two_mid_sequence_falls_back_to_the_teams(firm: Firm) -> None:
    """Claire's own step 2 is archived after her client got step 1: step 2 then says the team's step 2, not the
    built-in text and not the archived words. README: `archive_followup_template`; R16: templates "optionally per
    mailbox" — without the mailbox's own, the team's applies."""
    team = firm_sequence(firm)
    own = firm.template(2, "fr", "Texte personnel de Claire.", mailbox_id=firm.mailbox_id)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    assert firm.next_of(sent)["template_id"] == team[1]["id"]
    firm.rpc(firm.owner, "archive_followup_template(%s)", own["id"])
    second = firm.next_of(sent)
    assert second["template_id"] == team[2]["id"]
    assert "Texte personnel" not in second["body_text"]


def test_r16_a_template_edited_between_two_steps_sends_its_new_words(firm: Firm) -> None:
    """Marc rewrites step 2 on Monday at 15:00, between the client's first and second follow-ups: the 17:00 follow-up
    says the new words; the first one's event still names the template it used. R16: "What a follow-up says comes
    from the team's templates" (as they are when it is said); README: "every change is in `audit_log`"."""
    team = firm_sequence(firm)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    first = firm.next_of(sent)
    firm.rpc(firm.marc, "update_followup_template(%s, %s)", team[2]["id"], "Nouvelle formulation, plus courte.")
    second = firm.next_of(sent, f"{MONDAY} 17:00")
    assert second["body_text"] == "Nouvelle formulation, plus courte."
    assert second["template_id"] == team[2]["id"]
    assert firm.sent_event(first["followup_id"])["template_id"] == team[1]["id"]
    rows = firm.conn.execute(
        "select actor_id, before ->> 'body_text', after ->> 'body_text' from public.audit_log"
        " where entity_id = %s and action = 'updated'",
        (str(team[2]["id"]),),
    ).fetchall()
    assert rows == [(firm.marc, STEP_TEXTS[2], "Nouvelle formulation, plus courte.")]


def test_r16_an_archived_step_gives_the_builtin_text_and_can_be_written_again(firm: Firm) -> None:
    """Step 2 is archived mid-sequence: the client in the middle gets the built-in step 2, and step 3 is still the
    firm's. A new step 2 may then be written (only a second *live* template is refused) and the next client gets it.
    README: "Without a template the built-in French and English texts apply"."""
    team = firm_sequence(firm)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    firm.next_of(sent)
    firm.rpc(firm.owner, "archive_followup_template(%s)", team[2]["id"])
    second = firm.next_of(sent)
    assert (second["variant"], second["template_id"]) == ("built-in", None)
    assert firm.next_of(sent)["template_id"] == team[3]["id"]
    fresh = firm.template(2, "fr", "Step 2, nouvelle version.")
    later = firm.email(f"{TUESDAY} 09:00", "autre@famille-blanc.fr")
    firm.next_of(later, f"{TUESDAY} 13:00")
    assert firm.next_of(later, f"{TUESDAY} 17:00")["template_id"] == fresh["id"]


def test_r16_a_template_written_mid_sequence_applies_from_the_next_step(firm: Firm) -> None:
    """No template at first: step 1 is the built-in text; the firm writes its step 2 on Monday at 14:00 and the
    client's step 2 at 17:00 says it. R16: "What a follow-up says comes from the team's templates"."""
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    assert firm.next_of(sent)["variant"] == "built-in"
    created = firm.template(2, "fr", "Un court rappel de Claire.")
    second = firm.next_of(sent, f"{MONDAY} 17:00")
    assert (second["template_id"], second["body_text"]) == (created["id"], "Un court rappel de Claire.")


def test_r16_an_update_refused_for_an_unknown_placeholder_leaves_the_old_text_in_force(firm: Firm) -> None:
    """Marc tries to add {{civilite}}: refused, naming it, and the next follow-up still says the saved words.
    README: "any other name is refused when the template is saved, naming it"."""
    team = firm_sequence(firm, (1,))
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=r"\{\{civilite\}\}"):
        firm.rpc(
            firm.marc, "update_followup_template(%s, %s)", team[1]["id"], "Bonjour {{civilite}} {{recipient_name}}"
        )
    out = firm.next_of(sent)
    assert out["body_text"] == "Bonjour,\n\nAvez-vous pu parcourir « Votre allocation patrimoniale » ?"


# The last follow-up ------------------------------------------------------------------------------------------------


def test_r16_with_a_maximum_of_two_the_second_followup_is_the_last_and_says_so(firm: Firm) -> None:
    """The firm sets two follow-ups at most: the built-in second one announces it is the last, the first does not.
    Settings: "max follow-ups per tracked email"; R3 "reaching it completes the tracked email"; the brief's demanding
    user: the last follow-up says it is the last (the built-in text is the engine's to word)."""
    firm.settings({"max_followups": 2})
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    first = firm.next_of(sent)
    assert not LAST_FR.search(first["body_text"])
    second = firm.next_of(sent, f"{MONDAY} 17:00")
    assert LAST_FR.search(second["body_text"]), second["body_text"]
    assert firm.tracked(sent)["status"] == "completed" and firm.pending(sent) is None


def test_r16_with_a_maximum_of_five_only_the_fifth_says_it_is_the_last_across_ascension(firm: Firm) -> None:
    """Five follow-ups from Wednesday 24 May 2028 15:00, over Ascension (Thursday 25, a French holiday; Friday the
    bridge is worked): Fri 08:00, 12:00, 16:00, Mon 29 09:00, 13:00. Only the fifth says it is the last. R2's working
    time with a French calendar; R3 "max follow-ups … 3" as a setting."""
    firm.settings({"max_followups": 5})
    sent = firm.email("Wed 2028-05-24 15:00", "client@famille-roux.fr")
    dues = ["Fri 2028-05-26 08:00", "Fri 2028-05-26 12:00", "Fri 2028-05-26 16:00", "Mon 2028-05-29 09:00"]
    for seq, due in enumerate(dues, 1):
        out = firm.next_of(sent, due)
        assert out["seq"] == seq
        assert not LAST_FR.search(out["body_text"]), (seq, out["body_text"])
    fifth = firm.next_of(sent, "Mon 2028-05-29 13:00")
    assert fifth["seq"] == 5 and LAST_FR.search(fifth["body_text"]), fifth["body_text"]
    assert firm.tracked(sent)["status"] == "completed"


def test_r16_julien_s_mailbox_maximum_of_two_makes_his_second_followup_the_last(firm: Firm) -> None:
    """Julien's mailbox overrides the maximum to 2; the team keeps 3. His client's second follow-up is the last and
    says so; Claire's client's second is not. Settings: "Team defaults, each overridable per mailbox"."""
    firm.rpc(firm.julien, "set_mailbox_settings(%s, %s)", firm.julien_box.mailbox_id, json.dumps({"max_followups": 2}))
    his = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr", box=firm.julien_box)
    hers = firm.email(f"{MONDAY} 09:00", "client@famille-noir.fr")
    firm.round(f"{MONDAY} 13:00")
    seconds = firm.round(f"{MONDAY} 17:00")
    assert len(seconds) == 2
    his_second = next(o for o in seconds if o["mailbox_address"] == firm.julien_box.address)
    her_second = next(o for o in seconds if o["mailbox_address"] == firm.address)
    assert LAST_FR.search(his_second["body_text"]), his_second["body_text"]
    assert not LAST_FR.search(her_second["body_text"])
    assert firm.tracked(his)["status"] == "completed" and firm.tracked(hers)["status"] == "active"


def test_r16_a_nudge_by_hand_takes_step_two_and_the_engines_next_is_the_last_step(firm: Firm) -> None:
    """After the engine's first follow-up, Claire nudges the client by hand on Monday 14:30 (follow-up 2, R4); the
    engine's next one is follow-up 3 of 3: it says the firm's step-3 text (the last), due Tuesday 07:30. R3 "max
    follow-ups per tracked email, manual and automatic together"; R4 "recorded … with the next sequence number";
    README: templates "per step (1 … max)"."""
    team = firm_sequence(firm)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    firm.next_of(sent)
    firm.by_hand(sent, f"{MONDAY} 14:30")
    third = firm.next_of(sent, f"{TUESDAY} 07:30")
    assert third["seq"] == 3
    assert third["template_id"] == team[3]["id"]
    assert firm.tracked(sent)["status"] == "completed"


def test_r16_a_nudge_by_hand_makes_the_builtin_third_followup_the_last(firm: Firm) -> None:
    """Without templates: follow-up 1 automatic, 2 by hand, 3 automatic: the built-in third says it is the last. R3
    (manual and automatic together); the last follow-up says it is the last."""
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    firm.next_of(sent)
    firm.by_hand(sent, f"{MONDAY} 14:30")
    third = firm.next_of(sent)
    assert third["seq"] == 3 and LAST_FR.search(third["body_text"]), third["body_text"]


def test_r16_the_builtin_english_last_followup_says_it_is_the_last(firm: Firm) -> None:
    """An English client without templates: only the third built-in follow-up says it is the last one. R16 "the
    built-in French and English texts"; the last follow-up says it is the last, in English as in French."""
    sent = firm.email(f"{MONDAY} 09:00", "james@walker-trust.co.uk", name="James Walker", language="en")
    outs = [firm.next_of(sent) for _ in range(3)]
    assert all(o["language"] == "en" for o in outs)
    assert [bool(LAST_EN.search(o["body_text"])) for o in outs] == [False, False, True], [o["body_text"] for o in outs]


# Placeholders and missing values ------------------------------------------------------------------------------------


def test_r16_missing_values_leave_no_dangling_greeting_or_punctuation(firm: Firm) -> None:
    """A client known by address only (no display name, no contact): no "Bonjour ,", no " pour  ?", no empty
    parentheses, in text and HTML. README: "A placeholder without a value disappears with the spaces before it" and
    "an optional segment … disappears whole when one of its values is missing"."""
    firm.template(
        1, "fr",
        "Bonjour {{recipient_first_name}},\n\nAvez-vous pu étudier notre proposition d'allocation"
        "[[ pour {{company}}]] ?[[ (dossier de {{recipient_name}})]]\n\nBien à vous",
    )  # fmt: skip
    sent = firm.email(f"{MONDAY} 09:00", "contact@family-office-x.fr", name="")
    out = firm.next_of(sent)
    assert out["body_text"] == "Bonjour,\n\nAvez-vous pu étudier notre proposition d'allocation ?\n\nBien à vous"
    html = out["body_html"]
    assert html.startswith("Bonjour,<br>")
    for bad in (" ,", "  ", "()", "( )", "pour ?", "pour  ?", "{{", "[["):
        assert bad not in out["body_text"], bad
        assert bad not in html, bad


def test_r16_a_contact_completed_mid_sequence_is_greeted_by_name_from_the_next_step(firm: Firm) -> None:
    """Step 1 goes to an address with no name ("Bonjour,"); Claire's assistant records the contact Hélène Garnier of
    Garnier Holding before step 2, which greets her and names the company. README: `{{recipient_first_name}}` "…
    else the contact's name"; R16: a follow-up says the values as they are."""
    firm.template(1, "fr", "Bonjour {{recipient_first_name}},\n\nUn mot sur votre dossier[[ {{company}}]].")
    firm.template(2, "fr", "Bonjour {{recipient_first_name}},\n\nUn mot sur votre dossier[[ {{company}}]].")
    sent = firm.email(f"{MONDAY} 09:00", "h.garnier@garnier-holding.fr", name="")
    assert firm.next_of(sent)["body_text"] == "Bonjour,\n\nUn mot sur votre dossier."
    firm.contact("h.garnier@garnier-holding.fr", "Hélène Garnier", "Garnier Holding")
    second = firm.next_of(sent)
    assert second["body_text"] == "Bonjour Hélène,\n\nUn mot sur votre dossier Garnier Holding."


def test_r16_the_original_date_is_the_day_the_client_saw_in_paris(firm: Firm) -> None:
    """Claire sends at 00:30 on Tuesday 7 March, Paris time (Monday 23:30 UTC): the follow-up (Tuesday 11:00) speaks
    of the 7th, and names the sender. Settings: "time zone (IANA name)"; R2 "in the mailbox's time zone";
    README's placeholders `{{original_date}}`, `{{sender_name}}`."""
    firm.template(1, "fr", "Suite à mon message du {{original_date}}, je reste disponible. {{sender_name}}")
    sent = firm.email(f"{TUESDAY} 00:30", "client@famille-roux.fr")
    out = firm.next_of(sent, f"{TUESDAY} 11:00")
    assert out["body_text"] == "Suite à mon message du 07/03/2028, je reste disponible. Claire Durand"


# HTML safety ----------------------------------------------------------------------------------------------------------


def test_r16_hostile_company_and_subject_are_escaped_in_html_and_plain_in_text(firm: Firm) -> None:
    """A company name and a subject carrying markup and entities: the generated HTML escapes them (no tag, `&amp;`
    escaped once more), the text shows them as written. README: "The HTML body is generated from the text
    (everything escaped)"; a value is never read as a template."""
    firm.contact("paul@martin-fils.fr", "Paul Martin", 'Martin & Fils <script>alert("x")</script> {{signature}}')
    firm.template(1, "fr", "Bonjour {{recipient_first_name}},\n\n« {{original_subject}} »[[ pour {{company}}]] ?")
    subject = "Offre <b>exclusive</b> R&amp;D"
    sent = firm.email(f"{MONDAY} 09:00", "paul@martin-fils.fr", name="Paul Martin", subject=subject)
    out = firm.next_of(sent)
    company = 'Martin & Fils <script>alert("x")</script> {{signature}}'
    assert out["body_text"] == f"Bonjour Paul,\n\n« {subject} » pour {company} ?"
    html = out["body_html"]
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;exclusive&lt;/b&gt;" in html
    assert "R&amp;amp;D" in html and "Martin &amp; Fils" in html and "{{signature}}" in html


def test_r16_hostile_values_inside_the_firms_own_html_stay_text(firm: Firm) -> None:
    """The firm's own HTML wraps the subject in <b>: a subject closing that tag and opening a javascript: link, and a
    company that is an <img onerror>, come out as text. README: "values are always escaped in it"."""
    firm.contact("paul@martin-fils.fr", "Paul Martin", "<img src=x onerror=alert(1)>")
    firm.template(
        1, "fr", "Bonjour {{recipient_first_name}}, votre dossier {{original_subject}}[[ chez {{company}}]].",
        body_html="<p>Bonjour {{recipient_first_name}},</p><p>Votre dossier <b>{{original_subject}}</b>"
        "[[ chez {{company}}]]</p>",
    )  # fmt: skip
    sent = firm.email(
        f"{MONDAY} 09:00", "paul@martin-fils.fr", name="Paul Martin", subject="</b><a href=javascript:alert(1)>clic</a>"
    )
    out = firm.next_of(sent)
    assert out["body_html"] == (
        "<p>Bonjour Paul,</p><p>Votre dossier <b>&lt;/b&gt;&lt;a href=javascript:alert(1)&gt;clic&lt;/a&gt;</b>"
        " chez &lt;img src=x onerror=alert(1)&gt;</p>"
    )
    assert out["body_text"].endswith("chez <img src=x onerror=alert(1)>.")


def test_r16_a_hostile_signature_text_is_escaped_and_unsafe_signature_html_refused(firm: Firm) -> None:
    """Claire's signature text holds <, > and &: escaped in the HTML follow-up, as written in the text. Signature HTML
    with attributes other than a safe link, or a javascript: link, is refused and her confirmed signature stays.
    README: "The mailbox's signature (plain and HTML) is … confirmed by the user"; the HTML subset: "p, br, div, span,
    b, strong, i, em, u, ul, ol, li without attributes, and links to https:, mailto: or tel:"."""
    text = "Claire Durand <claire@cabinet-durand.fr>\nDurand & Associés"
    firm.signature(firm.mailbox_id, firm.owner, text)
    for html in (
        '<p style="color:red">Claire</p>',
        '<a href="javascript:alert(1)">Claire</a>',
        '<a href="https://cabinet-durand.fr" onclick="alert(1)">Claire</a>',
        '<iframe src="https://evil.example"></iframe>',
        "<b>Claire</b><img src=x>",
    ):
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            firm.signature(firm.mailbox_id, firm.owner, "Claire", html)
    assert firm.rpc(firm.owner, "get_mailbox_signature(%s)", firm.mailbox_id)["signature_text"] == text
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    out = firm.next_of(sent)
    assert out["body_text"].endswith(text)
    assert "<claire@" not in out["body_html"] and "&lt;claire@cabinet-durand.fr&gt;" in out["body_html"]
    assert "Durand &amp; Associés" in out["body_html"]


def test_r16_a_safe_html_signature_is_placed_once_where_the_template_says(firm: Firm) -> None:
    """The firm's step 1 places {{signature}} before a P.S.; Claire's HTML signature has a tel: and an https: link.
    It appears once, there, in both bodies; nothing is appended at the end. README: "a template that does not place
    `{{signature}}` gets the mailbox's confirmed signature at its end" (one that places it, where it says)."""
    html_sig = '<b>Claire Durand</b><br><a href="tel:+33142685300">01 42 68 53 00</a>'
    html_sig += '<br><a href="https://cabinet-durand.fr">cabinet-durand.fr</a>'
    firm.signature(firm.mailbox_id, firm.owner, "Claire Durand\n01 42 68 53 00", html_sig)
    firm.template(
        1, "fr", "Bonjour,\n\nAvez-vous des questions ?\n\n{{signature}}\n\nP.S. : le DIC est joint.",
        body_html="<p>Bonjour,</p><p>Avez-vous des questions ?</p>{{signature}}<p>P.S. : le DIC est joint.</p>",
    )  # fmt: skip
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    out = firm.next_of(sent)
    assert out["body_text"] == (
        "Bonjour,\n\nAvez-vous des questions ?\n\nClaire Durand\n01 42 68 53 00\n\nP.S. : le DIC est joint."
    )
    assert out["body_html"] == (
        f"<p>Bonjour,</p><p>Avez-vous des questions ?</p>{html_sig}<p>P.S. : le DIC est joint.</p>"
    )


# Signatures -------------------------------------------------------------------------------------------------------


def test_r16_a_new_proposal_never_replaces_the_signature_claire_confirmed(firm: Firm) -> None:
    """A proposal alone signs nothing; once Claire confirms it, follow-ups carry it; a later proposal (from newer sent
    mail) does not replace it. README: "proposed from the user's own recent sent mail at each sync and confirmed by
    the user"; "Every follow-up is signed: … the mailbox's confirmed signature"."""
    firm.template(1, "fr", "Un petit rappel.")
    firm.template(2, "fr", "Un second rappel.")
    firm.conn.execute("select worker.propose_mailbox_signature(%s, %s)", (firm.mailbox_id, "Claire D.\nCabinet"))
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    assert firm.next_of(sent)["body_text"] == "Un petit rappel."
    firm.rpc(firm.owner, "confirm_mailbox_signature(%s)", firm.mailbox_id)
    firm.conn.execute("select worker.propose_mailbox_signature(%s, %s)", (firm.mailbox_id, "Envoyé de mon iPhone"))
    second = firm.next_of(sent)
    assert second["body_text"].startswith("Un second rappel.") and second["body_text"].endswith("Claire D.\nCabinet")
    assert "iPhone" not in second["body_text"]
    assert firm.rpc(firm.owner, "get_mailbox_signature(%s)", firm.mailbox_id)["signature_text"] == "Claire D.\nCabinet"


def test_r16_each_mailbox_signs_with_its_own_signature_and_a_change_applies_to_the_next_step(firm: Firm) -> None:
    """Claire and Julien each confirmed their own signature: the team's template is signed by the mailbox that sends
    it. Julien changes his after his client's first follow-up: the second carries the new one. R16 "with the
    mailbox's signature"."""
    firm.template(1, "fr", "Un petit rappel.")
    firm.template(2, "fr", "Un second rappel.")
    firm.signature(firm.mailbox_id, firm.owner, "Claire Durand")
    firm.signature(firm.julien_box.mailbox_id, firm.julien, "Julien Petit, conseiller")
    his = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr", box=firm.julien_box)
    hers = firm.email(f"{MONDAY} 09:00", "client@famille-noir.fr")
    outs = {o["mailbox_address"]: o["body_text"] for o in firm.round(f"{MONDAY} 13:00")}
    assert outs[firm.address].endswith("Claire Durand") and "Julien" not in outs[firm.address]
    assert (
        outs[firm.julien_box.address].endswith("Julien Petit, conseiller")
        and "Claire" not in outs[firm.julien_box.address]
    )
    firm.signature(firm.julien_box.mailbox_id, firm.julien, "Julien Petit, conseiller senior")
    assert firm.next_of(his)["body_text"].endswith("Julien Petit, conseiller senior")
    assert firm.next_of(hers)["body_text"].endswith("Claire Durand")


# A/B variants -------------------------------------------------------------------------------------------------------


def ab_step(firm: Firm, step: int) -> dict[str, Row]:
    return {
        "A": firm.template(step, "fr", f"Étape {step}, variante A.", variant="A"),
        "B": firm.template(step, "fr", f"Étape {step}, variante B.", variant="B"),
    }


def test_r16_a_variant_given_at_the_claim_is_kept_when_stopped_before_the_send(firm: Firm) -> None:
    """The worker claims the client's first follow-up (a variant is given), then Marc stops that very variant before
    the send completes: the follow-up still says the variant it was given, and the sent event names it. R16: "each
    tracked email keeps the variant it was first given"; README: "a stopped variant … is given to no *new* tracked
    email"."""
    variants = ab_step(firm, 1)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    firm.tick(f"{MONDAY} 13:00")
    ((msg_id, fid),) = read_queue(firm.conn)
    context = claim(firm.conn, fid, None, firm.at(f"{MONDAY} 13:00"))
    assert context["ok"] is True
    given = firm.conn.execute(
        "select variant from public.followup_variant_assignments where tracked_email_id = %s and step = 1",
        (firm.tid(sent),),
    ).fetchone()
    assert given is not None, "no variant recorded when the follow-up was claimed"
    firm.rpc(firm.marc, "stop_followup_variant(%s)", variants[given[0]]["id"])
    final = firm.finish(context, f"{MONDAY} 13:00")
    ack(firm.conn, msg_id)
    assert final["ok"] is True
    assert final["variant"] == given[0] and final["body_text"] == f"Étape 1, variante {given[0]}."
    assert firm.sent_event(fid)["variant"] == given[0]


def test_r16_a_stopped_variant_goes_to_no_new_client_but_keeps_its_statistics(firm: Firm) -> None:
    """Step 1 is A/B tested; once both variants have gone out, Marc stops B: ten new clients all get A, and B's row in
    the statistics stays with what it sent, marked stopped. README: "a stopped variant (`stop_followup_variant`) is
    given to no new tracked email"; R16 "every variant's reply rate is visible"."""
    variants = ab_step(firm, 1)
    batches = 0
    while {r[0] for r in firm.conn.execute("select variant from public.followup_variant_assignments")} != {"A", "B"}:
        assert batches < 10
        for i in range(6):
            firm.email(f"{MONDAY} 09:00", f"c{batches}-{i}@clients.example")
        firm.round(f"{MONDAY} 13:00")
        batches += 1
    b_sent = firm.conn.execute("select count(*) from public.followup_variant_assignments where variant = 'B'")
    b_count = b_sent.fetchone()[0]  # type: ignore[index]
    firm.rpc(firm.marc, "stop_followup_variant(%s)", variants["B"]["id"])
    for i in range(10):
        firm.email(f"{TUESDAY} 09:00", f"new-{i}@clients.example")
    later = [o for o in firm.round(f"{TUESDAY} 13:00") if o["seq"] == 1]
    assert len(later) == 10 and {o["variant"] for o in later} == {"A"}
    row = firm.conn.execute(
        "select sent, stopped_at is not null from public.followup_variant_stats where template_id = %s",
        (variants["B"]["id"],),
    ).fetchone()
    assert row == (b_count, True)


def test_r16_variants_are_drawn_per_step_and_each_send_names_its_own(firm: Firm) -> None:
    """Steps 1 and 2 are both A/B tested. Each client gets one variant per step, recorded once, and each sent event
    names the variant of its step; the draws of the two steps are independent. README: "each tracked email is given
    one once (a hash of its id and the step), recorded in `followup_variant_assignments` and kept"."""
    ab_step(firm, 1)
    ab_step(firm, 2)
    clients = [firm.email(f"{MONDAY} 09:00", f"c{i}@clients.example") for i in range(16)]
    firm.round(f"{MONDAY} 13:00")
    firm.round(f"{MONDAY} 17:00")
    draws: dict[uuid.UUID, dict[int, str]] = {}
    for tid, step, variant in firm.conn.execute(
        "select tracked_email_id, step, variant from public.followup_variant_assignments"
    ).fetchall():
        assert step not in draws.setdefault(tid, {}), "a step drawn twice"
        draws[tid][step] = variant
    assert len(draws) == 16 and all(set(d) == {1, 2} for d in draws.values())
    for sent in clients:
        tid = firm.tid(sent)
        for f in [f for f in firm.followups(sent) if f["status"] == "sent"]:
            event = firm.sent_event(f["id"])
            assert event["variant"] == draws[tid][f["seq"]]
    assert any(d[1] != d[2] for d in draws.values())


# Rights and audit --------------------------------------------------------------------------------------------------


def test_r16_a_second_admin_may_write_templates_a_member_and_a_rival_firm_may_not(firm: Firm) -> None:
    """Marc (admin) writes the team's and Julien's mailbox template; Julien (member) may not, not even for his own
    mailbox; the rival firm's owner can neither touch ours nor use our mailbox in theirs; members read the team's
    templates, the rival nothing. README: "A team's admins write follow-up templates"; DESIGN: "Teams own
    everything"."""
    team = firm.template(1, "fr", "Texte d'équipe.", by=firm.marc)
    julien_s = firm.template(1, "fr", "Texte pour Julien.", by=firm.marc, mailbox_id=firm.julien_box.mailbox_id)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.template(2, "fr", "Par Julien.", by=firm.julien, mailbox_id=firm.julien_box.mailbox_id)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.rpc(firm.julien, "update_followup_template(%s, %s)", julien_s["id"], "Réécrit par Julien.")
    for call, args in (
        ("update_followup_template(%s, %s)", (team["id"], "Sabotage.")),
        ("archive_followup_template(%s)", (team["id"],)),
        ("stop_followup_variant(%s)", (team["id"],)),
        ("create_followup_template(%s, 2, 'fr', 'Intrus.')", (firm.team_id,)),
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            firm.rpc(firm.rival, call, *args)
    with pytest.raises(psycopg.Error):
        firm.rpc(firm.rival, "create_followup_template(%s, 1, 'fr', 'Chez eux.', p_mailbox_id => %s)",
                 firm.rival_team, firm.mailbox_id)  # fmt: skip
    with pytest.raises(psycopg.Error):
        firm.template(3, "fr", "Vers la boîte du concurrent.", mailbox_id=firm.rival_box)
    rows = firm.conn.execute("select body_text, archived_at, team_id from public.followup_templates order by body_text")
    assert rows.fetchall() == [("Texte d'équipe.", None, firm.team_id), ("Texte pour Julien.", None, firm.team_id)]
    assert len(firm.select_as(firm.julien, "select id from public.followup_templates")) == 2
    assert firm.select_as(firm.rival, "select id from public.followup_templates") == []


def test_r16_template_changes_are_audited_by_their_author_and_read_by_admins_only(firm: Firm) -> None:
    """Marc creates, rewrites, stops and archives a template: four audit entries naming him, with before and after;
    refused attempts write none. Claire (admin) reads them, Julien (member) and the rival do not. README: "every
    change is in `audit_log`"; "`audit_log` (admins; a member their own entries)"; PRIVACY: "who, when, before and
    after"."""
    created = firm.template(1, "fr", "Version 1.", by=firm.marc)
    firm.rpc(firm.marc, "update_followup_template(%s, %s)", created["id"], "Version 2.")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.rpc(firm.julien, "update_followup_template(%s, %s)", created["id"], "Version J.")
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        firm.rpc(firm.marc, "update_followup_template(%s, %s)", created["id"], "Version {{iban}}.")
    firm.rpc(firm.marc, "stop_followup_variant(%s)", created["id"])
    firm.rpc(firm.marc, "archive_followup_template(%s)", created["id"])
    query = (
        "select action, actor_id, before ->> 'body_text', after ->> 'body_text' from public.audit_log"
        " where entity_id = %s order by id"
    )
    rows = firm.conn.execute(query, (str(created["id"]),)).fetchall()
    assert [r[0] for r in rows] == ["created", "updated", "stopped", "archived"]
    assert {r[1] for r in rows} == {firm.marc}
    assert rows[0][3] == "Version 1." and rows[1][2:] == ("Version 1.", "Version 2.")
    assert len(firm.select_as(firm.owner, query, str(created["id"]))) == 4
    assert firm.select_as(firm.julien, query, str(created["id"])) == []
    assert firm.select_as(firm.rival, query, str(created["id"])) == []


# Reply rates -------------------------------------------------------------------------------------------------------


def answer_to(firm: Firm, sent: Message, when: str, *, opt_out: bool = False) -> None:
    firm.ingest(inbound_reply(sent, received_at=firm.at(when), opt_out=opt_out), firm.at(when))


def test_r16_variant_stats_credit_each_answer_to_the_step_whose_window_it_fell_in(firm: Firm) -> None:
    """Eight clients get the same email on Monday 09:00; the firm wrote steps 1-3. What they do:
    c1 answers at 11:00 (before any follow-up: no step sent, none credited); c2 answers at 15:00 (step 1, 2 h after
    it); c6's address bounces at 14:30 (step 1 bounce); c7 is out of office at 13:30 (not a reply); c3 answers at
    17:45 (step 2, 45 min); c4 answers on Tuesday 11:00 after the last follow-up (step 3, 1 h); c10 writes about
    something else in another conversation after the last follow-up (not credited); c8 never answers.
    README: "the replies (after it, before the next follow-up), the reply rate with its Wilson 95 % interval, the
    median time to reply, opt-outs and bounces"; "the last step's reply rate in `followup_variant_stats` … counts it";
    "A message from the person in another conversation does not"."""
    firm_sequence(firm)
    mail = {i: firm.email(f"{MONDAY} 09:00", f"c{i}@clients.example") for i in (1, 2, 3, 4, 6, 7, 8, 10)}
    answer_to(firm, mail[1], f"{MONDAY} 11:00")
    assert len(firm.round(f"{MONDAY} 13:00")) == 7
    firm.ingest(auto_reply(mail[7], received_at=firm.at(f"{MONDAY} 13:30")), firm.at(f"{MONDAY} 13:30"))
    firm.ingest(bounce(mail[6], received_at=firm.at(f"{MONDAY} 14:30")), firm.at(f"{MONDAY} 14:30"))
    answer_to(firm, mail[2], f"{MONDAY} 15:00")
    assert len(firm.round(f"{MONDAY} 17:00")) == 5
    answer_to(firm, mail[3], f"{MONDAY} 17:45")
    assert len(firm.round(f"{TUESDAY} 10:00")) == 4
    answer_to(firm, mail[4], f"{TUESDAY} 11:00")
    other = inbound(firm.mailbox, "c10@clients.example", received_at=firm.at(f"{TUESDAY} 11:30"), subject="Autre")
    firm.ingest(other, firm.at(f"{TUESDAY} 11:30"))

    status = {i: firm.tracked(m)["status"] for i, m in mail.items()}
    assert status == {
        1: "replied", 2: "replied", 3: "replied", 4: "replied", 6: "bounced", 7: "completed", 8: "completed",
        10: "completed",
    }  # fmt: skip
    assert firm.stats(1) == (7, 1, 0, 1)
    assert firm.stats(2) == (5, 1, 0, 0)
    assert firm.stats(3) == (4, 1, 0, 0)
    rows = firm.conn.execute(
        "select step, reply_rate, reply_rate_low, reply_rate_high, median_time_to_reply"
        " from public.followup_variant_stats where team_id = %s order by step",
        (firm.team_id,),
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2, 3]
    for (step, rate, low, high, median), (n, delay) in zip(
        rows, ((7, timedelta(hours=2)), (5, timedelta(minutes=45)), (4, timedelta(hours=1))), strict=True
    ):
        expected_low, expected_high = wilson(1, n)
        assert abs(float(rate) - 1 / n) < 1e-4, step
        assert abs(float(low) - expected_low) < 1e-4 and abs(float(high) - expected_high) < 1e-4, step
        assert median == delay, step


def test_r16_a_request_to_stop_is_an_opt_out_in_the_stats_not_a_reply(firm: Firm) -> None:
    """c5 asks to stop after step 1; c11 asks to stop after the last follow-up. Each counts as an opt-out of its step,
    and neither raises that step's reply rate. README (the report, whose per-variant rows count "as
    `followup_variant_stats` does"): "A send counts as answered when a person answered (not an opt-out) after it and
    before the next one"; the stats list "the replies …, opt-outs and bounces" as separate figures."""
    firm_sequence(firm)
    c5 = firm.email(f"{MONDAY} 09:00", "c5@clients.example")
    c11 = firm.email(f"{MONDAY} 09:00", "c11@clients.example")
    firm.round(f"{MONDAY} 13:00")
    answer_to(firm, c5, f"{MONDAY} 14:00", opt_out=True)
    firm.round(f"{MONDAY} 17:00")
    firm.round(f"{TUESDAY} 10:00")
    answer_to(firm, c11, f"{TUESDAY} 12:00", opt_out=True)
    assert (firm.tracked(c5)["status"], firm.tracked(c11)["status"]) == ("opted_out", "opted_out")
    assert firm.stats(1) == (2, 0, 1, 0)
    assert firm.stats(3) == (1, 0, 1, 0)


def test_r16_an_answer_after_claires_nudge_by_hand_is_not_credited_to_step_one(firm: Firm) -> None:
    """After the engine's step 1 (13:00), Claire nudges the client by hand at 14:30; the client answers at 16:00. The
    answer came after the nudge, the follow-up that followed step 1: step 1's reply rate does not claim it. Words:
    "Follow-up (relance): a message in the same conversation after a tracked email while no answer came. Automatic
    when the engine sends it; manual when the user writes and sends it themself"; README: "the replies (after it,
    before the next follow-up)"."""
    firm_sequence(firm)
    sent = firm.email(f"{MONDAY} 09:00", "c9@clients.example")
    firm.next_of(sent)
    firm.by_hand(sent, f"{MONDAY} 14:30")
    answer_to(firm, sent, f"{MONDAY} 16:00")
    assert firm.tracked(sent)["status"] == "replied"
    assert firm.stats(1) == (1, 0, 0, 0)


def test_r16_an_answer_in_another_conversation_mid_sequence_counts_for_the_step_before_it(firm: Firm) -> None:
    """After step 1, the client writes to Claire about something else, in a new conversation: R5 makes it an answer
    (the team's setting, on by default), the sequence stops, and step 1 is credited with the reply. R5: "A human
    message from one of the tracked email's recipients in any other conversation counts as an answer too"; README:
    "the replies (after it, before the next follow-up)"."""
    firm_sequence(firm)
    sent = firm.email(f"{MONDAY} 09:00", "client@famille-roux.fr")
    firm.next_of(sent)
    other = inbound(firm.mailbox, "client@famille-roux.fr", received_at=firm.at(f"{MONDAY} 15:00"), subject="RDV")
    firm.ingest(other, firm.at(f"{MONDAY} 15:00"))
    assert firm.tracked(sent)["status"] == "replied"
    assert firm.stats(1) == (1, 1, 0, 0)
    assert firm.stats(2) == (0, 0, 0, 0)


def test_r16_members_read_the_reply_rates_of_their_own_mailbox_admins_the_teams(firm: Firm) -> None:
    """Claire's two clients and Julien's one get step 1 of the team's template: Claire (admin) reads 3 sends, Julien
    his 1, the rival firm none. DESIGN: "A member sees and changes what belongs to their own mailboxes; a team admin
    sees the whole team"; the report: "a member, those of their own mailboxes", counted "as `followup_variant_stats`
    does"."""
    firm_sequence(firm, (1,))
    firm.email(f"{MONDAY} 09:00", "a@clients.example")
    firm.email(f"{MONDAY} 09:00", "b@clients.example")
    firm.email(f"{MONDAY} 09:00", "c@clients.example", box=firm.julien_box)
    assert len(firm.round(f"{MONDAY} 13:00")) == 3
    query = "select coalesce(sum(sent), 0) from public.followup_variant_stats"
    assert firm.select_as(firm.owner, query)[0][0] == 3
    assert firm.select_as(firm.julien, query)[0][0] == 1
    assert firm.select_as(firm.rival, query)[0][0] == 0
