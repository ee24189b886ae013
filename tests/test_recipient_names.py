"""R16: the first name a follow-up greets its recipient by (`{{recipient_first_name}}`), read from what the user sent:
their salutation first, then the To display name when it is clear, and none after a formal salutation. Unit cases on
the reader (relance.analysis.names), the values SQL takes from the original message's analysis, and the whole path
through the Graph sandbox: the user's mail synced, the follow-up sent."""

from __future__ import annotations

import datetime as dt
import email
import email.header
import email.policy
import email.utils
import re
import unicodedata
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relance.analysis.names import display_name, first_name, recipients_analysis, salutation
from relance.providers.normalise import with_analysis
from relance.sandbox import RunningSandbox
from relance.sender import Sender, gmail_reply
from relance.sync import sync_gmail_mailbox, sync_mailbox
from tests.e2e.helpers import ALICE, GmailWorld, World, build_either, build_world
from tests.pg import acting_as
from tests.test_templates import PROSPECT, Team


@pytest.mark.parametrize(
    ("display", "address", "expected"),
    [
        ("Bob Prospect", "bob@prospect.example", "Bob"),
        ("Jean Dupont", "jean@dupont-associes.fr", "Jean"),
        # French directories put the surname first, in capitals or after a comma.
        ("DUPONT Jean", "jean.dupont@mairie-exemple.fr", "Jean"),
        ("Jean DUPONT", "j.dupont@exemple.fr", "Jean"),
        ("DE LA FONTAINE Marie-Hélène", "mh.delafontaine@exemple.fr", "Marie-Hélène"),
        ("Dupont, Jean", "jdupont@exemple.fr", "Jean"),
        ("Martin, Sarah (Legal - London)", "sarah.martin@firm.co.uk", "Sarah"),
        ("'Jean-Pierre Moreau'", "jpm@exemple.fr", "Jean-Pierre"),
        ('"Claire Petit [EXT]"', "claire.petit@ext.example", "Claire"),
        ("Sophie Bernard - Cabinet Bernard", "s.bernard@cabinet-bernard.fr", "Sophie"),
        ("Anne de Vries", "anne@devries.nl", "Anne"),
        ("jean-pierre de la fontaine", "jp@exemple.fr", "Jean-Pierre"),
        # Without capitals, the address's initial says which word is the first name.
        ("Dupont Jean", "jdupont@exemple.fr", "Jean"),
        ("Jean Dupont", "j.dupont@exemple.fr", "Jean"),
        # One word is a first name only when the address starts with it as a word.
        ("Bob", "bob.martin@exemple.fr", "Bob"),
        ("Dupont", "dupont@exemple.fr", None),
        ("Chloé", "chloe@client.example", None),
        # Unclear: nothing, and the template says "Bonjour,".
        ("Jean Dupont", "dupont.jean@exemple.fr", None),  # the address reverses the display: which one is right?
        ("Dupont Jean", "dupontj@exemple.fr", None),  # a surname and an initial, or a first name and an initial?
        # A title in the address book: the user is formal with them, even if the mail opens with "Bonjour,".
        ("M. Jean Dupont", "jean@exemple.fr", None),
        ("Dr. Sarah Smith", "s.smith@clinic.example", None),
        # A desk's address under a person's or a firm's name: whoever is on duty reads it.
        ("Jean Dupont", "contact@dupont-associes.fr", None),
        ("Sarah Jones (Shared Mailbox)", "procurement@westgate.example", None),
        ("Paul Smith", "orders@paulsmith.example", None),
        # A surname in capitals makes the order clear, even at a desk's address of the family firm.
        ("ROBERT Michel", "contact@robert-elec.fr", "Michel"),
        # A surname that opens with its particle.
        ("Van Damme Luc", "luc.vandamme@skynet.be", "Luc"),
        ("LE GOFF Yann", "yann.legoff@legoff-marine.fr", "Yann"),
        ("Jean D.", "jean.d@gmail.com", "Jean"),
        ("Dupont J.", "jdupont@mairie.example", None),
        ("JEAN DUPONT", "contact@exemple.fr", None),
        ("Mme Dupont", "dupont@exemple.fr", None),
        ("J. Dupont", "jdupont@exemple.fr", None),
        ("bob@prospect.example", "bob@prospect.example", None),
        ("", "bob@prospect.example", None),
        (None, "bob@prospect.example", None),
        # Roles, desks and firms are nobody.
        ("Service client", "service.client@boutique.example", None),
        ("Cabinet Martin SAS", "contact@cabinet-martin.fr", None),
        ("Accueil", "accueil@mairie.example", None),
        ("Info Acme", "info@acme.example", None),
        ("Sales Team", "sales@acme.example", None),
        ("Comptabilité Fournisseurs", "compta@acme.example", None),
        ("Direction Générale", "dg@acme.example", None),
        ("Étude de Maître Durand", "etude.durand@notaires.fr", None),
        # Invisible and control characters never reach a name.
        ("\u202eBob\u202c Prospect", "bob@prospect.example", "Bob"),
    ],
)
def test_a_display_name_gives_a_first_name_only_when_it_is_clear(
    display: str | None, address: str, expected: str | None
) -> None:
    assert first_name(display, address) == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("DUPONT Jean", "Jean Dupont"),
        ("Dupont, Jean", "Jean Dupont"),
        ("jean dupont", "Jean Dupont"),
        ("'Jean Dupont (Cabinet X)'", "Jean Dupont"),
        ("Anne de Vries", "Anne de Vries"),
        ("DE LA FONTAINE Marie-Hélène", "Marie-Hélène De La Fontaine"),
        ("Service client", None),
        ("bob@prospect.example", None),
    ],
)
def test_the_recipient_name_is_written_first_name_first(display: str, expected: str | None) -> None:
    assert display_name(display) == expected


@pytest.mark.parametrize(
    ("words", "formal", "name"),
    [
        ("Bonjour Bob,\n\nVoici notre proposition.", False, "Bob"),
        ("Bonjour Bob, merci pour votre retour.", False, "Bob"),
        ("Hi Sarah!\n\nAttached.", False, "Sarah"),
        ("Dear Sarah,", False, "Sarah"),
        ("Bonsoir Jean-Pierre,", False, "Jean-Pierre"),
        ("\n\n  Chère Marie,\n", False, "Marie"),
        ("Bonjour Monsieur Dupont,", True, None),
        ("Bonjour Monsieur, je reviens vers vous", True, None),
        ("Madame,\n\nSuite à notre entretien", True, None),
        ("Madame, Monsieur,", True, None),
        ("Cher Maître,", True, None),
        ("Bonjour Me Durand,", True, None),
        ("Chère Madame Martin,", True, None),
        ("Dear Mr Smith,", True, None),
        ("Dear Dr. Patel,", True, None),
        ("Bonjour Jean Dupont,", True, None),  # first and last name: a register to keep
        ("Bonjour,", False, None),
        ("Bonjour à tous,", False, None),
        ("Hello team,", False, None),
        ("Hi there,", False, None),
        ("Hello Jean et Marie,", False, None),
    ],
)
def test_the_salutation_of_the_users_own_words(words: str, formal: bool, name: str | None) -> None:
    said = salutation(words)
    assert said is not None
    assert (said.formal, said.name) == (formal, name)


@pytest.mark.parametrize("words", ["Je reviens vers vous au sujet du devis.", "", None, "x" * 200])
def test_words_that_open_without_a_salutation_say_nothing(words: str | None) -> None:
    assert salutation(words) is None


def _to(*people: tuple[str, str]) -> list[dict[str, str]]:
    return [{"name": name, "address": address} for name, address in people]


def test_the_name_the_user_greets_a_person_by_wins_and_only_for_that_person() -> None:
    # The follow-up goes to both: Robert, whom the user did not greet, is greeted by no first name.
    got = recipients_analysis(
        _to(("Robert Martin", "bob.martin@martin.example"), ("Anne Roy", "anne.roy@roy.example")), "Bonjour Anne,\n"
    )
    assert got == {
        "bob.martin@martin.example": {"name": "Robert Martin", "first_name": "Robert", "formal": True},
        "anne.roy@roy.example": {"name": "Anne Roy", "first_name": "Anne", "greeted": "Anne"},
    }
    # Both greeted by name on the salutation line: each keeps theirs.
    both = recipients_analysis(
        _to(("Hugo Roy", "hugo.roy@roy.example"), ("Inès Roy", "ines.roy@roy.example")), "Bonjour Inès, bonjour Hugo,\n"
    )
    assert both["hugo.roy@roy.example"] == {"name": "Hugo Roy", "first_name": "Hugo"}
    assert both["ines.roy@roy.example"]["greeted"] == "Inès"
    # A bare address greeted by name: the salutation is all there is.
    assert recipients_analysis(_to(("", "b.prospect@prospect.example")), "Hello Bob,") == {
        "b.prospect@prospect.example": {"greeted": "Bob"}
    }
    # The address confirms a name given with no greeting word ("Bob,"); "Merci," confirms nothing.
    assert recipients_analysis(_to(("", "bob@prospect.example")), "Bob,\n\nvoici") == {
        "bob@prospect.example": {"greeted": "Bob"}
    }
    assert recipients_analysis(_to(("", "bob@prospect.example")), "Merci,\n\nvoici") == {}


@pytest.mark.parametrize(
    "words",
    [
        "Bonjour à vous deux,\n\nVoici le compromis.",
        "Dear both,\n\nPlease find the proposal attached.",
        "Hallo zusammen,\n\nanbei der Entwurf.",
        "Ciao a tutti,\n\nvi mando la proposta.",
        "Chers tous,\n\nVoici le compromis.",
    ],
)
def test_a_group_greeting_greets_nobody_by_first_name(words: str) -> None:
    """The user greeted a group and the follow-up goes to all of them: "Bonjour Camille," would leave the others out."""
    got = recipients_analysis(
        _to(("Camille Laurent", "camille.laurent@laurent.example"), ("Lucas Meyer", "lucas.meyer@laurent.example")),
        words,
    )
    assert all(entry.get("formal") is True and "greeted" not in entry for entry in got.values()), got
    assert recipients_analysis(
        _to(("Camille Laurent", "camille.laurent@laurent.example")), "Hi there,\n\nHow are you?"
    )["camille.laurent@laurent.example"] == {"name": "Camille Laurent", "first_name": "Camille"}, (
        '"Hi there," greets one person without a name'
    )


def test_a_greeted_name_that_an_initial_in_the_address_contradicts_is_not_used() -> None:
    # Unsure: no first name, not even the one a contact record may give later.
    assert recipients_analysis(_to(("", "c.roux@roux-finance.example")), "Bonjour Sophie,\n\nVoici l'offre.") == {
        "c.roux@roux-finance.example": {"unsure": True}
    }
    assert recipients_analysis(_to(("", "s.roux@roux-finance.example")), "Bonjour Sophie,\n\nVoici l'offre.") == {
        "s.roux@roux-finance.example": {"greeted": "Sophie"}
    }


@pytest.mark.parametrize(
    "words",
    [
        "Bonjour Paul, Madame Durand,\n\nVous trouverez ci-joint le projet d'acte.",
        "Bonjour Paul, bonjour Madame Durand,\n\nVous trouverez ci-joint le projet d'acte.",
        "Hi Paul,\n\nPlease find the draft attached. Mrs Durand, could you confirm the date?",
    ],
)
def test_a_person_the_user_addresses_by_a_title_is_not_greeted_by_first_name_beside_one_who_is(words: str) -> None:
    """One recipient greeted by name, another addressed as "Madame Durand": the follow-up to Sophie Durand, the first
    To, would say "Bonjour Sophie," where the user wrote "Madame"."""
    got = recipients_analysis(
        _to(("Sophie Durand", "sophie.durand@notaires.example"), ("Paul Martin", "paul.martin@martin.example")), words
    )
    assert got["sophie.durand@notaires.example"].get("formal") is True
    assert got["paul.martin@martin.example"]["greeted"] == "Paul"


@pytest.mark.parametrize(
    ("display", "address", "words", "expected"),
    [
        ("Robert Martin", "bob.martin@martin.example", "Hi Bob,", "Bob"),  # the address uses the short form
        ("Robert (Bob) Martin", "robert.martin@martin.example", "Hi Bob,", "Bob"),  # so does the display
        ("Hélène Durand", "helene.durand@durand.example", "Bonjour Helene,", "Hélène"),  # the name's own accents
        ("Helene Garnier", "helene.garnier@free.example", "Bonjour Hélène,", "Hélène"),
        ("Sarah Collins", "sarah.collins@collins.example", "Hi Sarha,", "Sarah"),  # a typo is not a new name
        ("Jean Dupont", "jean.dupont@dupont.example", "Bonjour Jeanne,", None),  # another name is
        ("Marie-Claire Dubois", "marie-claire.dubois@orange.example", "Bonjour Marie,", None),
        ("David Smith", "david.smith@smith.example", "Morning Dave,", None),
        ("Jean Dupont", "jean.dupont@dupont.example", "Salut Dupont,", None),  # a surname
        ("Zhang Wei", "wei.zhang@bank.example", "Hi Zhang,", None),  # the address says Wei is the given name
        ("Jean-Baptiste Le Roux", "jb.leroux@cave.example", "Salut JB,", None),  # initials
        ("J. Dupont", "j.dupont@avocats.example", "Bonjour Jean,", "Jean"),  # the initial agrees
        ("Martin Laurent", "info@laurent-immo.example", "Bonjour Martin,", "Martin"),  # the greeting settles it
        ("Cabinet Martin", "contact@cabinet-martin.example", "Bonjour Martin,", None),  # a firm's name
        ("Julie Renard", "julie.renard@avocats.example", "Chère consœur,", None),
        ("Marc Aubert", "marc.aubert@avocats.example", "Cher confrère,", None),
        ("Catherine Morel", "cmorel@morel.example", "Bonjour cher Maître,", None),
        ("Elizabeth Grant", "e.grant@grant.example", "To whom it may concern,", None),
        ("David Brown", "david.brown@brown.example", "Dear Sir/Madam,", None),
        ("Sarah Jones", "sarah.jones@jones.example", "Sarah Jones,\nI am following up on my application.", None),
        ("John Smith", "john.smith@lane.example", "Hi Jon,", None),  # two names, not a typo
        ("Stéphane Roux", "s.roux@roux.example", "Bonjour Stéphanie,", None),
        ("Accounts Payable", "accounts.payable@lane.example", "Hello Accounts,", None),  # a desk
        ("", "paul.durand@altea.example", "Bonjour Sophie,", None),  # the address names someone else
        ("", "b.prospect@prospect.example", "Hello Bob,", "Bob"),
        ("DURAND", "durand.sarl@wanadoo.example", "Bonjour,", None),
        ("Famille Martin", "famille.martin@gmail.example", "Bonjour à tous,", None),
        ("No Reply", "noreply@plateforme.example", "Bonjour,", None),
        # Formal in other languages, and a title further on when the opening names nobody.
        ("Lukas Becker", "l.becker@becker.example", "Sehr geehrter Herr Becker,\n\nanbei unser Angebot.", None),
        ("Markus Weber", "m.weber@weber.example", "Sehr geehrte Damen und Herren,\n\nanbei.", None),
        ("Giovanna Esposito", "g.esposito@esposito.example", "Gentile Sig.ra Esposito,\n\nle scrivo.", None),
        ("Javier García", "jgarcia@garcia.example", "Estimado Sr. García:\n\nquería saber.", None),
        ("Pieter Janssens", "pieter.janssens@telenet.example", "Geachte heer Janssens,\n\ngraag.", None),
        ("Olivier Roussel", "o.roussel@notaires.example", "Mon cher confrère,\n\nNous attendons.", None),
        ("Paul Martin", "paul.martin@altea.example", "Bjr M. Martin\n\nAvez-vous pu consulter ?", None),
        ("Claire Lambert", "claire.lambert@notaires.example", "Bonjour,\n\nComme convenu, Maître, voici l'acte.", None),
        ("Chinedu Okafor", "c.okafor@kcl.example", "Good morning,\n\nI would be grateful, Dr Okafor, if…", None),
        ("Paul Martin", "paul.martin@altea.example", "Bonjour Paul,\n\nMadame Roy m'a transmis votre dossier.", "Paul"),
        ("Lukas Becker", "lukas.becker@becker.example", "Hallo Lukas,\n\nanbei unser Angebot.", "Lukas"),
        (
            "Brigitte Lemoine",
            "b.lemoine@lemoine.example",
            "Bonjour Madame Lemoine, je fais suite à notre rencontre au salon Patrimonia et vous adresse le dossier.",
            None,
        ),
        (
            "Paul Moreau",
            "paul.moreau@moreau.example",
            "Bonjour Paul, suite à notre appel de ce matin je vous envoie le dossier complet. Bonne lecture !",
            "Paul",
        ),
    ],
)
def test_the_name_a_followup_would_use_for_one_recipient(
    display: str, address: str, words: str, expected: str | None
) -> None:
    entry = recipients_analysis(_to((display, address)), words).get(address, {})
    got = None if entry.get("formal") else entry.get("greeted") or entry.get("first_name")
    assert got == expected, entry


def test_a_greeting_that_contradicts_the_display_name_gives_no_first_name() -> None:
    """ "Bonjour Bob," to Robert Martin is a nickname or a slip: repeating either is a risk, so neither is used (nor
    the first name of a contact record named later: `unsure`)."""
    assert recipients_analysis(_to(("Robert Martin", "r.martin@martin.example")), "Bonjour Bob,") == {
        "r.martin@martin.example": {"name": "Robert Martin", "unsure": True}
    }


def test_a_formal_salutation_marks_every_recipient_formal() -> None:
    got = recipients_analysis(
        _to(("Jean Dupont", "jdupont@exemple.fr"), ("Service client", "sc@exemple.fr")), "Madame, Monsieur,\n\n..."
    )
    assert got == {
        "jdupont@exemple.fr": {"name": "Jean Dupont", "first_name": "Jean", "formal": True},
        "sc@exemple.fr": {"formal": True},
    }


def test_a_mass_mailing_is_read_for_its_first_recipients_only() -> None:
    many = _to(*(("Anne Martin", f"anne.martin{i}@exemple.fr") for i in range(500)))
    assert len(recipients_analysis(many, "Bonjour,")) == 50


def test_a_sent_message_carries_its_recipients_names_in_its_analysis() -> None:
    sent = {
        "folder": "sent",
        "from": {"address": ALICE},
        "to": _to(("DUPONT Jean", "jean.dupont@mairie.example")),
        "subject": "Proposition",
        "headers": {},
        "body_text": "Bonjour Monsieur Dupont,\n\nVous trouverez ci-joint notre proposition pour la mairie.",
    }
    analysis = with_analysis(sent, ALICE, lambda: b"")["analysis"]
    assert analysis["recipients"] == {
        "jean.dupont@mairie.example": {"name": "Jean Dupont", "first_name": "Jean", "formal": True}
    }
    assert analysis["language"] == "fr"
    assert "cc_names" not in analysis  # nobody in copy


def test_a_sent_message_carries_the_names_it_gives_those_in_copy_and_greets_none_of_them() -> None:
    """Those in copy are named for the follow-ups' Cc as the To recipients are (first name first, a role or a firm
    named nobody), and never enter the greeting's reading: "Bonjour Jean," still greets Jean alone."""
    sent = {
        "folder": "sent",
        "from": {"address": ALICE},
        "to": _to(("DUPONT Jean", "jean.dupont@mairie.example")),
        "cc": _to(("ROUSSEAU Carole", "C.Rousseau@Etude-Rousseau.fr"), ("Accueil", "accueil@vidal.example"),
                  ("", "compta@mairie.example")),
        "subject": "Proposition",
        "headers": {},
        "body_text": "Bonjour Jean,\n\nVous trouverez ci-joint notre proposition pour la mairie.",
    }  # fmt: skip
    analysis = with_analysis(sent, ALICE, lambda: b"")["analysis"]
    assert analysis["cc_names"] == {"c.rousseau@etude-rousseau.fr": "Carole Rousseau"}
    assert list(analysis["recipients"]) == ["jean.dupont@mairie.example"]
    assert analysis["recipients"]["jean.dupont@mairie.example"]["greeted"] == "Jean"
    # The desk is shown as the email showed it, for the follow-up's Cc; the bare address stays bare.
    assert analysis["shown_names"] == {"accueil@vidal.example": "Accueil"}


def test_a_firm_or_a_desk_the_email_showed_by_name_keeps_that_name_and_nothing_else_does() -> None:
    """A reply to all keeps the display names the email had: a firm in To ("Cabinet Vidal"), a service in copy. What
    names nobody stays out: an address shown as its own name, quotes around nothing, an empty display. A person's
    name, read for the greeting or for the Cc, is not repeated; a tab between its words (a folded header) is a space,
    never "JeanDupont"."""
    sent = {
        "folder": "sent",
        "from": {"address": ALICE},
        "to": _to(("'Cabinet Vidal'", "Contact@Cabinet-Vidal.fr"), ("Jean Dupont", "jean.dupont@mairie.example"),
                  ("王伟", "wang.wei@example.cn"), ("x@y.example", "x@y.example"), ('""', "blank@y.example")),
        "cc": _to(("Service\tjuridique\u200b  (Paris)", "juridique@mairie.example"), ("", "compta@mairie.example"),
                  ("DUPONT\tJean", "j.dupont@notaires.example")),
        "subject": "Proposition",
        "headers": {},
        "body_text": "Bonjour à tous,\n\nVous trouverez ci-joint notre proposition.",
    }  # fmt: skip
    analysis = with_analysis(sent, ALICE, lambda: b"")["analysis"]
    assert analysis["shown_names"] == {
        "contact@cabinet-vidal.fr": "Cabinet Vidal",
        "juridique@mairie.example": "Service juridique (Paris)",
    }
    assert analysis["recipients"]["jean.dupont@mairie.example"]["name"] == "Jean Dupont"
    assert analysis["recipients"]["wang.wei@example.cn"]["name"] == "王伟"
    assert analysis["cc_names"] == {"j.dupont@notaires.example": "Jean Dupont"}


# --------------------------------------------------------------------------- the values SQL gives templates


def _send_with(team: Team, recipients: dict[str, Any]) -> None:
    from tests.story import outbound

    sent = outbound(team.mailbox, [PROSPECT], sent_at=team.at("Mon 2026-11-23 09:00"), subject="Proposition")
    sent["analysis"] = {"language": "fr", "recipients": recipients}
    team.ingest(sent, team.at("Mon 2026-11-23 09:00"))


@pytest.fixture
def team(conn: psycopg.Connection[Any]) -> Team:
    return Team(conn)


@pytest.mark.parametrize(
    ("said", "contact", "greeting"),
    [
        ({PROSPECT: {"name": "Paul Martin", "first_name": "Paul"}}, None, "Bonjour Paul,"),
        ({PROSPECT: {"greeted": "Polo", "first_name": "Paul"}}, "Paul Martin", "Bonjour Polo,"),  # the user's word
        ({PROSPECT: {"first_name": "Pierre"}}, "Paul Martin", "Bonjour Paul,"),  # the contact over the display
        ({PROSPECT: {"formal": True, "first_name": "Paul"}}, "Paul Martin", "Bonjour,"),  # the register kept
        # "Bonjour Polo," to a display that does not confirm it: neither the display's first name nor the contact's.
        ({PROSPECT: {"unsure": True, "name": "Paul Martin"}}, "Paul Martin", "Bonjour,"),
        ({}, None, "Bonjour,"),
        # Whatever the analysis holds, a value is one line of text or nothing.
        ({PROSPECT: {"first_name": {"x": 1}, "greeted": ["Paul"], "formal": "yes"}}, None, "Bonjour,"),
        ({PROSPECT: {"first_name": "Paul\r\nBcc: x@evil.example"}}, None, "Bonjour Paul Bcc: x@evil.example,"),
        ({PROSPECT: "Paul"}, None, "Bonjour,"),
    ],
)
def test_the_first_name_a_followup_uses(team: Team, said: dict[str, Any], contact: str | None, greeting: str) -> None:
    if contact:
        team.contact(PROSPECT, contact)
    _send_with(team, said)
    (outcome,) = team.first_followup()
    assert outcome["ok"] is True
    assert outcome["body_text"].startswith(greeting + "\n\nJe me permets de revenir vers vous")


def test_the_recipient_name_falls_back_to_the_display_name(team: Team) -> None:
    template = team.template(1, "fr", "Bonjour {{recipient_name}},\n\nDes nouvelles ?")
    assert template["id"]
    _send_with(team, {PROSPECT: {"name": "Paul Martin", "first_name": "Paul"}})
    (outcome,) = team.first_followup()
    assert outcome["body_text"].startswith("Bonjour Paul Martin,\n\nDes nouvelles ?")


# --------------------------------------------------------------------------- end to end through Graph


@pytest.fixture
def graph(sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]) -> Iterator[World]:
    built = build_world(sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def test_followups_greet_as_the_user_did_through_graph(graph: World) -> None:
    """Four prospects who never answered (no contact name): the follow-up greets each as the user's own mail allows."""
    body = "\n\nVous trouverez ci-joint notre proposition pour vos nouveaux bureaux à Lyon. Bien à vous."
    graph.control.send_by_hand(ALICE, ["Bob Prospect <bob@prospect.example>"], "Bonjour Bob," + body, "A")
    graph.control.send_by_hand(ALICE, ["DUPONT Jean <jean.dupont@mairie.example>"], "Bonjour," + body, "B")
    graph.control.send_by_hand(
        ALICE, ["Martin Sophie <smartin@notaires.example>"], "Bonjour Maître Martin," + body, "C"
    )
    graph.control.send_by_hand(ALICE, ["Service client <sc@boutique.example>"], "Bonjour," + body, "D")
    sync_mailbox(graph.worker_conn, graph.connector.client(graph.mailbox_id, ALICE), graph.mailbox_id)
    graph.advance(hours=4)
    assert graph.schedule() == 4
    outcomes = Sender(graph.worker_conn, graph.connector.client, graph.now).run_once()
    assert [o.result for o in outcomes] == ["sent"] * 4
    opening = {m["to"][0]: m["body_text"].split("\n", 1)[0] for m in graph.sent_by_engine()}
    assert opening == {
        "bob@prospect.example": "Bonjour Bob,",
        "jean.dupont@mairie.example": "Bonjour Jean,",
        "smartin@notaires.example": "Bonjour,",  # "Maître Martin" in the user's mail: never "Sophie"
        "sc@boutique.example": "Bonjour,",
    }


@pytest.fixture(params=["graph", "gmail"])
def either(
    request: pytest.FixtureRequest, sandbox: RunningSandbox, db_url: str, conn: psycopg.Connection[Any]
) -> Iterator[World]:
    built = build_either(request.param, sandbox, db_url, conn)
    try:
        yield built
    finally:
        built.worker_conn.close()


def _sync_and_send(world: World) -> list[Any]:
    if isinstance(world, GmailWorld):
        sync_gmail_mailbox(world.worker_conn, world.gmail(), world.mailbox_id)
        world.advance(hours=4)
        world.schedule()
        return Sender(world.worker_conn, world.connector.client, world.now, world.connector.gmail_client).run_once()
    sync_mailbox(world.worker_conn, world.connector.client(world.mailbox_id, ALICE), world.mailbox_id)
    world.advance(hours=4)
    world.schedule()
    return Sender(world.worker_conn, world.connector.client, world.now).run_once()


def test_r16_a_followup_addresses_each_person_by_the_name_the_email_gave_them(either: World) -> None:
    """The follow-up is a reply to all: the client reads it addressed to him as the email was ("Jean-Baptiste
    Dupont", first name first as the firm's own records write it), never to a bare address. The accountant Alice
    copied by name keeps that name; the notary she copied by her bare address is named as the team's contact record
    names her (a member corrected it); a reception desk copied as "Accueil", which names no person, keeps the name
    the email showed it by, as a reply to all does. Both providers: Graph keeps a patched recipient's name only when
    given one; Gmail's raw send carries only what the worker writes."""
    client, notary, desk = "jb.dupont@famille-dupont.fr", "c.rousseau@etude-rousseau.fr", "accueil@cabinet-vidal.fr"
    accountant = "h.vasseur@vasseur-expertise.fr"
    either.control.send_by_hand(
        ALICE,
        [f"DUPONT Jean-Baptiste <{client}>"],
        "Bonjour Jean-Baptiste,\n\nVoici notre proposition de gestion, comme convenu mardi. Bien à vous.",
        "Proposition de gestion",
        cc=[notary, f"Hélène Vasseur <{accountant}>", f"Accueil <{desk}>"],
    )
    if isinstance(either, GmailWorld):
        sync_gmail_mailbox(either.worker_conn, either.gmail(), either.mailbox_id)
    else:
        sync_mailbox(either.worker_conn, either.connector.client(either.mailbox_id, ALICE), either.mailbox_id)
    # pg_cron's autofill run: the email's recipients become the team's contacts.
    either.conn.execute("select worker.run_autofill(%s, %s)", (either.now(), either.team_id))
    row = either.conn.execute(
        "select id from public.contacts where team_id = %s and address = %s", (either.team_id, notary)
    ).fetchone()
    assert row is not None
    with acting_as(either.conn, "authenticated", either.owner_id, commit=True) as c:
        c.execute("select public.set_contact_field(%s, 'name', 'Maître Carole Rousseau')", (row[0],))
    outcomes = _sync_and_send(either)
    assert [o.result for o in outcomes] == ["sent"]
    [followup] = either.sent_by_engine()
    assert (followup["to"], sorted(followup["cc"])) == ([client], sorted([notary, accountant, desk]))
    assert followup["names"] == {
        client: "Jean-Baptiste Dupont",
        accountant: "Hélène Vasseur",
        notary: "Maître Carole Rousseau",
        desk: "Accueil",
    }


_SENT_AT = dt.datetime(2030, 1, 7, 9, tzinfo=dt.UTC)
_NAME_WORDS = st.sampled_from(
    ["Jean-Baptiste", "DUPONT", "Maître", "Hélène-Éléonore", "O'Neil", '"Jo"', "Dupont,", "J.", "(Paris)", "<x@y>",
     "=?utf-8?q?x?=", "de", "la", "Ż", "محمد", "王", "😀", "\\", ";", "@", "a" * 60, "é" * 40]
)  # fmt: skip
_NAMEISH_FOR_HEADERS = st.one_of(
    st.lists(_NAME_WORDS, min_size=1, max_size=8).map(" ".join),
    st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=120),
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    people=st.lists(
        st.tuples(
            st.one_of(st.none(), _NAMEISH_FOR_HEADERS),
            st.sampled_from(["jb.dupont@famille-dupont.fr", "jérôme@exemple.fr", "zoe@société-générale.fr",
                             "a.very.long.local.part.of.an.address@a-long-domain-name.example"]),
        ),
        min_size=1, max_size=5, unique_by=lambda p: p[1],
    )
)  # fmt: skip
def test_r16_any_name_reaches_a_gmail_header_whole_and_beside_its_own_address(
    people: list[tuple[str | None, str]],
) -> None:
    """Whatever name a contact record holds (accents, quotes, commas, a name longer than an encoded word), the
    follow-up's To names each person beside their own address, in order, with the name as given (white space
    aside), every line within the 998 characters a mail line may have, every encoded word within RFC 2047's 75
    characters (a long word cut between two of them, which a decoder joins again), and no address taken by a
    neighbour."""
    claim = {
        "recipients": [a for _, a in people],
        "names": {a: n for n, a in people if n is not None},
        "body_text": "Bonjour,",
        "reply_to": {"subject": "Proposition"},
    }
    raw = gmail_reply(ALICE, claim, uuid.uuid4(), "<f1@contoso.com>", _SENT_AT)
    assert max(len(line) for line in raw.split(b"\n")) <= 998
    assert max((len(word) for word in re.findall(rb"=\?[^?]+\?[bqBQ]\?[^?]*\?=", raw)), default=0) <= 75
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    got = [(a.display_name, a.addr_spec) for a in parsed["To"].addresses]
    assert [address.split("@")[0] for _, address in got] == [address.split("@")[0] for _, address in people]
    # Each name as an RFC 2047 decoder reads it (white space between two encoded words dropped; Python's
    # structured-header parser above keeps it, so a word cut between two encoded words would show a space).
    to = re.sub(r"\r?\n[ \t]", " ", str(email.message_from_bytes(raw)["To"]))
    shown = [str(email.header.make_header(email.header.decode_header(n))) for n, _ in email.utils.getaddresses([to])]
    assert [" ".join(n.split()) for n in shown] == [" ".join((name or "").split()) for name, _ in people]


_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300)
_PIECES = st.sampled_from(
    ["Jean", "DUPONT", "de", "LA", "Marie-Claire", "O'Neill", "Service", "client", "M.", "Mme", "Maître", ",", "|",
     "-", "(Paris)", "[EXT]", "'", '"', "\u202e", "\u200b", "\x07", "\x1b[31m", "\r\n", "é", "x" * 200, "Bonjour",
     "Hi", "Dear", "Madame", "Bob", "à", "tous", "et", "\ufffd", "😀", "محمد", "WANG", "Li"]
)  # fmt: skip
_NAMEISH = st.one_of(_ANY_TEXT, st.lists(_PIECES, max_size=7).map(" ".join), st.lists(_PIECES, max_size=7).map("".join))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    people=st.lists(st.tuples(_NAMEISH, st.one_of(_ANY_TEXT, _NAMEISH.map(str.lower))), max_size=8),
    words=st.one_of(st.none(), _NAMEISH, _NAMEISH.map(lambda w: w + ",\n\nVoici notre proposition.")),
)
def test_any_header_and_text_give_clean_values_or_none(people: list[tuple[str, str]], words: str | None) -> None:
    """Whatever a header holds (a provider passes it through), the reader answers: single-line, printable values a
    template can show, a first name one word long (hyphens allowed), never longer than a name."""
    got = recipients_analysis([{"name": name, "address": f"{local}@x.example"} for name, local in people], words)
    assert len(got) <= len(people)
    for entry in got.values():
        assert set(entry) <= {"name", "first_name", "greeted", "formal", "unsure"}
        for key in ("name", "first_name", "greeted"):
            if key in entry:
                value = entry[key]
                assert isinstance(value, str) and value.strip() and len(value) <= 120
                assert not any(unicodedata.category(c)[0] == "C" for c in value), repr(value)
        for key in ("first_name", "greeted"):
            if key in entry:
                assert " " not in entry[key]
