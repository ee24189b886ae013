"""Blind cases for the "gone for good" reading of automatic replies (R6 and its new `gone` / `write_to`).

Written from the contract only, the way real servers and people write these notices: Exchange, Gmail,
HCL/Lotus Notes, German "Abwesenheitsnotiz" texts, French law firms, banks, insurers and wealth managers,
often in two languages with a signature and a legal disclaimer.

* A notice that says the person written to has gone for good (left, retired, no longer works there, the
  mailbox is no longer read or has been closed) and names no return date carries `gone` (the notice's own
  words) and `write_to` (the address it says to write to instead, lower case, never the sender's own).
* A temporary absence, however it is worded ("left the office", "nicht mehr im Büro bis", "n'est plus
  consultée pendant mon absence"), carries no `gone`.
* A change of role inside the same company ("I no longer handle this file, my colleague will answer") is
  a referral, not a departure: the person is still there and the address still reaches them, so the
  tracked conversation has not lost its recipient. It carries no `gone`.
* A person's own message saying someone left is a human answer, never an automatic reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from relance.analysis import analyse

EXCHANGE = {
    "Auto-Submitted": "auto-generated",
    "X-Auto-Response-Suppress": "All",
    "X-MS-Exchange-Inbox-Rules-Loop": "placeholder@example.com",
}
GMAIL = {"Auto-Submitted": "auto-replied"}
NOTES = {"Auto-Submitted": "auto-replied", "X-Mailer": "HCL Notes Release 12.0.2 FP1"}
ZIMBRA = {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}


@dataclass(frozen=True)
class Case:
    subject: str
    body: str
    sender: str
    headers: dict[str, str] = field(default_factory=dict)
    write_to: str | None = None
    sent_at: str = "2025-03-03T09:12:00+01:00"


def _exchange(sender: str) -> dict[str, str]:
    return {**EXCHANGE, "X-MS-Exchange-Inbox-Rules-Loop": sender}


def _squash(text: str) -> str:
    """Case and runs of white space do not matter when checking that `gone` quotes the notice."""
    return re.sub(r"\s+", " ", text).strip().lower()


def _analyse(make_message: Any, case: Case) -> dict[str, Any]:
    message = make_message(
        subject=case.subject,
        body=case.body,
        headers=case.headers,
        sender=case.sender,
        sent_at=case.sent_at,
    )
    result: dict[str, Any] = analyse(message)
    return result


# --------------------------------------------------------------------------------------------------
# 1. Gone for good: `gone` quotes the notice, `write_to` is the address to use instead (or None).
# --------------------------------------------------------------------------------------------------

GONE_CASES = [
    pytest.param(
        Case(
            subject="Réponse automatique : Proposition de partenariat 2025",
            sender="marie.lefevre@cabinet-dumont.fr",
            headers=_exchange("marie.lefevre@cabinet-dumont.fr"),
            body=(
                "Bonjour,\n\n"
                "Madame Marie Lefèvre ne fait plus partie de la société depuis le 30 septembre 2024.\n"
                "Pour toute demande, merci de vous adresser désormais à Monsieur Julien Mercier :\n"
                "julien.mercier@cabinet-dumont.fr – 01 42 65 33 10\n\n"
                "Cordialement,\n\n"
                "Cabinet Dumont & Associés\n"
                "18, rue de la Pépinière – 75008 Paris\n"
            ),
            write_to="julien.mercier@cabinet-dumont.fr",
        ),
        id="fr-ne-fait-plus-partie-successor",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Treasury services proposal",
            sender="sarah.collins@harborbank.co.uk",
            headers=_exchange("sarah.collins@harborbank.co.uk"),
            body=(
                "Thank you for your email.\n\n"
                "Please note that Sarah Collins is no longer with Harbor Bank plc. Your message has not\n"
                "been forwarded.\n\n"
                "For all enquiries please contact our Client Services team at clientservices@harborbank.co.uk\n"
                "or call +44 (0)20 7946 0123, Monday to Friday 8am-6pm.\n\n"
                "Harbor Bank plc is authorised by the Prudential Regulation Authority and regulated by the\n"
                "Financial Conduct Authority and the Prudential Regulation Authority. This email and any\n"
                "attachments are confidential. If you have received it in error please notify the sender\n"
                "and delete it from your system.\n"
            ),
            write_to="clientservices@harborbank.co.uk",
        ),
        id="en-no-longer-with-bank-client-services",
    ),
    pytest.param(
        Case(
            subject="Abwesenheitsnotiz: Ihr Angebot Nr. 2025-0412",
            sender="thomas.bauer@mueller-versicherung.de",
            headers=NOTES,
            body=(
                "Sehr geehrte Damen und Herren,\n\n"
                "Herr Thomas Bauer hat das Unternehmen zum 31.01.2025 verlassen. Ihre E-Mail wird nicht\n"
                "weitergeleitet. Bitte wenden Sie sich künftig an Frau Sabine Koch\n"
                "(sabine.koch@mueller-versicherung.de, Tel. +49 89 1234-567).\n\n"
                "Mit freundlichen Grüßen\n"
                "Müller Versicherung AG\n\n"
                "Müller Versicherung AG · Sitz: München · Registergericht: Amtsgericht München HRB 123456\n"
                "Vorstand: Dr. Petra Lang (Vors.), Martin Ruf · Aufsichtsratsvorsitzender: Georg Hahn\n"
            ),
            write_to="sabine.koch@mueller-versicherung.de",
        ),
        id="de-hat-das-unternehmen-verlassen-successor",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Rahmenvertrag Logistik",
            sender="anna.schmitt@schmitt-partner.de",
            headers=_exchange("anna.schmitt@schmitt-partner.de"),
            body=(
                "Guten Tag,\n\n"
                "Frau Dr. Anna Schmitt ist nicht mehr für uns tätig. Ihre Nachricht wird weder gelesen\n"
                "noch weitergeleitet.\n\n"
                "Bitte rufen Sie unsere Zentrale unter +49 40 555 12 00 an, wir verbinden Sie gern mit\n"
                "der zuständigen Kollegin.\n\n"
                "Schmitt & Partner Steuerberatungsgesellschaft mbH\n"
                "Ballindamm 8 · 20095 Hamburg\n"
            ),
            write_to=None,
        ),
        id="de-nicht-mehr-fuer-uns-taetig-no-address",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Lieferavis KW 12",
            sender="m.weber@kranz-logistik.de",
            headers=_exchange("m.weber@kranz-logistik.de"),
            body=(
                "Dieses Postfach wird nicht mehr gelesen.\n"
                "Bitte nutzen Sie ab sofort die Adresse vertrieb@kranz-logistik.de.\n\n"
                "--\n"
                "Kranz Logistik GmbH\n"
                "Hafenstraße 12, 28217 Bremen\n"
                "Geschäftsführer: Uwe Kranz · HRB 27711 HB\n"
            ),
            write_to="vertrieb@kranz-logistik.de",
        ),
        id="de-postfach-wird-nicht-mehr-gelesen",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Dossier SCI Les Tilleuls / relance",
            sender="c.dubois@garnier-avocats.fr",
            headers=_exchange("c.dubois@garnier-avocats.fr"),
            body=(
                "Madame, Monsieur,\n\n"
                "Maître Claire Dubois a quitté le cabinet. Vos messages ne lui sont plus transmis.\n"
                "Nous vous remercions d'adresser désormais vos correspondances à Maître Paul Garnier\n"
                "(p.garnier@garnier-avocats.fr).\n\n"
                "***\n\n"
                "Dear Sir or Madam,\n\n"
                "Claire Dubois has left the firm. Your messages are no longer forwarded to her. Please\n"
                "address your correspondence to Paul Garnier (p.garnier@garnier-avocats.fr).\n\n"
                "GARNIER AVOCATS – AARPI – 42, avenue de Friedland – 75008 Paris – Toque P 0123\n"
                "Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.\n"
                "S'il ne vous est pas destiné, merci de le supprimer et d'en avertir l'expéditeur.\n"
            ),
            write_to="p.garnier@garnier-avocats.fr",
        ),
        id="fr-en-a-quitte-le-cabinet-bilingual",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Point sur votre mandat de gestion",
            sender="olivier.martin@patrimoine-conseil.fr",
            headers=ZIMBRA,
            body=(
                "Bonjour,\n\n"
                "M. Olivier Martin n'est plus en poste au sein de Patrimoine & Conseil Gestion Privée.\n"
                "Votre message ne lui a pas été transmis.\n\n"
                "Pour toute question relative à la gestion de vos avoirs, vous pouvez nous écrire à\n"
                "contact@patrimoine-conseil.fr ou nous joindre au 01 53 45 00 00.\n\n"
                "Bien cordialement,\n"
                "L'équipe Patrimoine & Conseil\n"
                "Société de gestion de portefeuille agréée par l'AMF sous le n° GP-12000034\n"
            ),
            write_to="contact@patrimoine-conseil.fr",
        ),
        id="fr-n-est-plus-en-poste-contact-address",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Renouvellement contrat flotte",
            sender="jp.legall@mutuelle-bretagne.fr",
            headers=_exchange("jp.legall@mutuelle-bretagne.fr"),
            sent_at="2025-07-08T14:30:00+02:00",
            body=(
                "Bonjour,\n\n"
                "J'ai pris ma retraite le 1er juillet 2025 et cette adresse ne sera plus consultée.\n"
                "Merci de vous adresser désormais à ma collègue Nathalie Roux :\n"
                "nathalie.roux@mutuelle-bretagne.fr\n\n"
                "Bien à vous,\n"
                "Jean-Pierre Le Gall\n"
                "Mutuelle de Bretagne – Pôle Entreprises\n"
            ),
            write_to="nathalie.roux@mutuelle-bretagne.fr",
        ),
        id="fr-retraite-colleague",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Renewal quote",
            sender="peter.hollis@caldwell-insurance.com",
            headers=_exchange("peter.hollis@caldwell-insurance.com"),
            body=(
                "Hi,\n\n"
                "After 32 wonderful years I have retired from Caldwell Insurance. This mailbox will be\n"
                "deactivated at the end of the month.\n\n"
                "Thank you all for the kind words and for the great collaboration over the years.\n\n"
                "Best wishes,\n"
                "Peter\n"
            ),
            write_to=None,
        ),
        id="en-retired-no-address",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Settlement instructions",
            sender="j.smith@northbridge-capital.com",
            headers=_exchange("j.smith@northbridge-capital.com"),
            body=(
                "This mailbox is no longer monitored. Please resend your message to\n"
                "operations@northbridge-capital.com.\n\n"
                "Northbridge Capital LLP is authorised and regulated by the Financial Conduct Authority\n"
                "(FRN 471234). Registered in England and Wales, No. OC312345. Registered office: 1 King\n"
                "William Street, London EC4N 7AR.\n"
            ),
            write_to="operations@northbridge-capital.com",
        ),
        id="en-mailbox-no-longer-monitored",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Q2 campaign brief",
            sender="lisa.hart@brightwave.io",
            headers=_exchange("lisa.hart@brightwave.io"),
            body=(
                "Hello,\n\n"
                "Please note that lisa.hart@brightwave.io is no longer active, as Lisa has left Brightwave.\n"
                "Her accounts have been reassigned to Daniel Ortiz (daniel.ortiz@brightwave.io).\n\n"
                "Thanks,\n"
                "The Brightwave team\n"
            ),
            write_to="daniel.ortiz@brightwave.io",
        ),
        id="en-own-address-first-then-successor",
    ),
    pytest.param(
        Case(
            subject="I no longer work at Velora",
            sender="mark.chen@velora.com",
            headers=GMAIL,
            body=(
                "Hi there,\n\n"
                "Emails sent to Mark.Chen@Velora.com are not forwarded: Mark no longer works at Velora.\n"
                "Please contact Sales@Velora.com and someone from the team will get back to you.\n\n"
                "Velora | Smart inventory for independent retail\n"
            ),
            write_to="sales@velora.com",
        ),
        id="en-gmail-own-address-mixed-case",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Sinistre n° 24-118-3305",
            sender="s.bernard@assurances-gaillard.fr",
            headers=ZIMBRA,
            body=(
                "Cette boîte aux lettres a été fermée.\n\n"
                "Madame Sophie Bernard ne travaille plus chez Assurances Gaillard. Pour toute demande\n"
                "concernant un contrat ou un sinistre : service.clients@assurances-gaillard.fr\n\n"
                "Assurances Gaillard – Cabinet de courtage – ORIAS 07 012 345 – www.orias.fr\n"
                "Pour exercer vos droits sur vos données personnelles : dpo@assurances-gaillard.fr\n"
            ),
            write_to="service.clients@assurances-gaillard.fr",
        ),
        id="fr-boite-fermee-service-clients-not-dpo",
    ),
    pytest.param(
        Case(
            subject="Thanks for your note!",
            sender="anna@fernwoodstudio.com",
            headers=GMAIL,
            body=(
                "Hello!\n\n"
                "As of June I am no longer at Fernwood Studio: it was a wonderful five years.\n"
                "For anything related to Fernwood projects, please get in touch with\n"
                "hello@fernwoodstudio.com.\n\n"
                "Anna\n"
            ),
            write_to="hello@fernwoodstudio.com",
        ),
        id="en-gmail-custom-subject-no-longer-at",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Invoice 4471 overdue",
            sender="r.kaplan@sterlingvance.com",
            headers=_exchange("r.kaplan@sterlingvance.com"),
            body=(
                "Thank you for your message.\n\n"
                "The person you are trying to reach is no longer employed by Sterling & Vance. Your email\n"
                "has not been forwarded.\n\n"
                "Please email reception@sterlingvance.com or call +1 (212) 555-0187.\n\n"
                "________________________________\n"
                "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. To exercise your\n"
                "rights under applicable privacy laws, write to privacy@sterlingvance.com.\n"
            ),
            write_to="reception@sterlingvance.com",
        ),
        id="en-no-longer-employed-reception-not-privacy",
    ),
    pytest.param(
        Case(
            subject="Abwesenheitsnotiz: Netzanschluss Gewerbepark Süd",
            sender="klaus.neumann@stadtwerke-lindau.de",
            headers=NOTES,
            body=(
                "Herr Klaus Neumann ist aus unserem Unternehmen ausgeschieden. Ihre E-Mail wurde nicht\n"
                "weitergeleitet.\n"
                "Ihr neuer Ansprechpartner ist Herr Jan Vogel, jan.vogel@stadtwerke-lindau.de,\n"
                "Tel. 08382 704-215.\n\n"
                "Mr Klaus Neumann has left the company. Your e-mail has not been forwarded. Your new\n"
                "contact is Mr Jan Vogel, jan.vogel@stadtwerke-lindau.de.\n\n"
                "Stadtwerke Lindau (B) GmbH & Co. KG · Sitz Lindau · Amtsgericht Kempten HRA 8840\n"
            ),
            write_to="jan.vogel@stadtwerke-lindau.de",
        ),
        id="de-en-ausgeschieden-notes",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Ouverture de compte – pièces complémentaires",
            sender="helene.caron@banque-delorme.fr",
            headers=_exchange("helene.caron@banque-delorme.fr"),
            body=(
                "Madame Hélène Caron a quitté Banque Delorme. Ce message n'a pas été transféré.\n\n"
                "Ms Hélène Caron has left Banque Delorme. This message has not been forwarded.\n\n"
                "Les informations contenues dans ce message et ses pièces jointes sont confidentielles et\n"
                "établies à l'attention exclusive de leur destinataire. Toute utilisation ou diffusion non\n"
                "autorisée est interdite. Banque Delorme SA au capital de 24 000 000 € – RCS Lyon 552 000 111.\n"
            ),
            write_to=None,
        ),
        id="fr-en-a-quitte-la-banque-no-address",
    ),
    pytest.param(
        Case(
            subject="Hans Meier/ACME/DE is out of the office.",
            sender="hans.meier@acme-industrial.com",
            headers=NOTES,
            body=(
                "I will be out of the office starting 28/02/2025 and will not return.\n\n"
                "I have left Acme Industrial. Please contact Maria Lopez at maria.lopez@acme-industrial.com\n"
                "for any open orders or quotations.\n"
            ),
            write_to="maria.lopez@acme-industrial.com",
        ),
        id="en-notes-will-not-return",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Revue annuelle de votre portefeuille",
            sender="antoine.perrin@valtis-gestion.fr",
            headers=_exchange("antoine.perrin@valtis-gestion.fr"),
            body=(
                "Bonjour,\n\n"
                "Monsieur Antoine Perrin n'est plus collaborateur de la société Valtis Gestion et cette\n"
                "adresse électronique n'est plus active.\n"
                "Nous vous invitons à contacter votre nouvelle conseillère, Madame Inès Faure, à l'adresse\n"
                "ines.faure@valtis-gestion.fr, ou notre standard au 04 72 00 00 00.\n\n"
                "Valtis Gestion – SAS au capital de 1 500 000 € – Agrément AMF GP-09000021\n"
            ),
            write_to="ines.faure@valtis-gestion.fr",
        ),
        id="fr-n-est-plus-collaborateur-adresse-inactive",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Ersatzteilbestellung",
            sender="j.franke@brenner-maschinenbau.de",
            headers=_exchange("j.franke@brenner-maschinenbau.de"),
            body=(
                "Dieses Postfach ist nicht mehr aktiv. Nachrichten an diese Adresse werden nicht gelesen.\n"
                "Wir bitten um Ihr Verständnis.\n\n"
                "Brenner Maschinenbau GmbH\n"
            ),
            write_to=None,
        ),
        id="de-postfach-nicht-mehr-aktiv-no-address",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Intro - Redfield x Northwind",
            sender="james.oneill@redfieldpartners.ie",
            headers=_exchange("james.oneill@redfieldpartners.ie"),
            body=(
                "Please note that James O'Neill is no longer with Redfield Partners.\n"
                "Please direct all future correspondence to Karen Walsh <Karen.Walsh@RedfieldPartners.ie>.\n\n"
                "Redfield Partners | 3 Dublin Landings | North Wall Quay | Dublin 1\n"
            ),
            write_to="karen.walsh@redfieldpartners.ie",
        ),
        id="en-no-longer-with-angle-brackets-uppercase",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Appel d'offres fournitures",
            sender="f.morel@groupe-arvel.fr",
            headers=ZIMBRA,
            body=(
                "Bonjour,\n"
                "Les messages adressés à f.morel@groupe-arvel.fr ne sont plus lus. M. François Morel ayant\n"
                "quitté le groupe, merci d'écrire à achats@groupe-arvel.fr.\n"
                "Cordialement,\n"
                "Groupe Arvel – Direction des achats\n"
            ),
            write_to="achats@groupe-arvel.fr",
        ),
        id="fr-own-address-ne-sont-plus-lus-achats",
    ),
]


@pytest.mark.parametrize("case", GONE_CASES)
def test_gone_notice_is_read_as_gone(make_message: Any, case: Case) -> None:
    result = _analyse(make_message, case)
    assert result["kind"] == "auto_reply"
    auto_reply = result["auto_reply"]
    gone = auto_reply.get("gone")
    assert isinstance(gone, str), f"no gone in {auto_reply!r}"
    assert gone.strip(), "gone is empty"
    assert _squash(gone) in _squash(case.body), f"gone {gone!r} is not the notice's own words"
    assert auto_reply.get("write_to") == case.write_to
    assert auto_reply.get("write_to") != case.sender


# --------------------------------------------------------------------------------------------------
# 2. Automatic replies that are NOT a departure: temporary absences and referrals.
# --------------------------------------------------------------------------------------------------

NOT_GONE_CASES = [
    pytest.param(
        Case(
            subject="Automatic reply: Q1 plan",
            sender="tom.harris@acme.com",
            headers=_exchange("tom.harris@acme.com"),
            sent_at="2024-12-20T16:40:00+00:00",
            body=(
                "Thank you for your email. I have left the office for the Christmas break and will be back\n"
                "on 4 January. For anything urgent please contact my colleague tom.reed@acme.com.\n\n"
                "Tom Harris | Key Account Manager | Acme Ltd\n"
            ),
        ),
        id="en-left-the-office-back-4-january",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Projet de bail commercial",
            sender="e.roche@cabinet-roche.fr",
            headers=_exchange("e.roche@cabinet-roche.fr"),
            sent_at="2024-12-23T10:00:00+01:00",
            body=(
                "Bonjour,\n\n"
                "Je suis absente du cabinet jusqu'au 6 janvier inclus. Pendant mon absence, cette boîte\n"
                "n'est plus consultée ; pour toute urgence, merci d'écrire à accueil@cabinet-roche.fr.\n\n"
                "Bonnes fêtes de fin d'année !\n"
                "Émilie Roche – Avocate associée\n"
            ),
        ),
        id="fr-pendant-mon-absence-plus-consultee",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Devis menuiseries",
            sender="l.guerin@menuiseries-guerin.fr",
            headers=ZIMBRA,
            sent_at="2024-12-24T09:00:00+01:00",
            body=(
                "Bonjour,\n"
                "Je ne suis plus joignable jusqu'au 5 janvier. Je vous répondrai dès mon retour.\n"
                "Bonnes fêtes,\n"
                "Laurent Guérin\n"
            ),
        ),
        id="fr-plus-joignable-jusqu-au",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Angebot Dachsanierung",
            sender="k.huber@huber-bau.de",
            headers=_exchange("k.huber@huber-bau.de"),
            sent_at="2024-12-20T12:00:00+01:00",
            body=(
                "Vielen Dank für Ihre Nachricht.\n\n"
                "Ich bin ab sofort nicht mehr im Büro bis einschließlich 3. Januar. Ihre E-Mail wird nicht\n"
                "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@huber-bau.de.\n\n"
                "Mit freundlichen Grüßen\n"
                "Karin Huber\n"
            ),
        ),
        id="de-ab-sofort-nicht-mehr-im-buero-bis",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Partnership follow-up",
            sender="rachel.moore@lumen-health.com",
            headers=_exchange("rachel.moore@lumen-health.com"),
            body=(
                "Hello,\n\n"
                "I am currently on parental leave and will return to work on 2 June 2025. During this time\n"
                "my emails will not be monitored or forwarded.\n"
                "Please contact Jane Doe (jane.doe@lumen-health.com) for anything that cannot wait.\n\n"
                "Rachel\n"
            ),
        ),
        id="en-parental-leave-not-monitored",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Convention d'honoraires",
            sender="a.lambert@lambert-notaires.fr",
            headers=_exchange("a.lambert@lambert-notaires.fr"),
            body=(
                "Bonjour,\n\n"
                "Je suis en congé maternité jusqu'au 14 avril. Ma boîte mail ne sera pas consultée pendant\n"
                "cette période. Vous pouvez contacter Lucie Blanc : lucie.blanc@lambert-notaires.fr.\n\n"
                "Anaïs Lambert – Notaire associée\n"
            ),
        ),
        id="fr-conge-maternite",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Research collaboration",
            sender="d.okafor@westbrook.edu",
            headers=GMAIL,
            body=(
                "Thank you for your message. I am on sabbatical until September 2025 and am not checking\n"
                "email regularly. I will no longer be responding to messages until my return; in the\n"
                "meantime please contact the department office at physics-office@westbrook.edu.\n\n"
                "Prof. David Okafor\n"
            ),
        ),
        id="en-sabbatical-no-longer-responding-until-return",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Booking request",
            sender="bookings@harbourview-hotel.com",
            headers=_exchange("bookings@harbourview-hotel.com"),
            sent_at="2025-03-08T11:00:00+00:00",
            body=(
                "Thank you for contacting Harbourview Hotel.\n\n"
                "This mailbox is not monitored on weekends or public holidays. We will reply on the next\n"
                "working day. For same-day bookings please call +44 1632 960 123.\n"
            ),
        ),
        id="en-not-monitored-on-weekends",
    ),
    pytest.param(
        Case(
            subject="[Ticket #48213] Your request has been received",
            sender="support@northwind-software.com",
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
            body=(
                "Hello,\n\n"
                "Thank you for contacting Northwind Support. Your request has been received and assigned\n"
                "ticket #48213. One of our agents will get back to you within one business day.\n\n"
                "Please do not reply to this message: replies to this automated notification are not\n"
                "monitored. To add information to your request, use the link in your customer portal.\n\n"
                "Northwind Support\n"
            ),
        ),
        id="en-helpdesk-acknowledgement",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Dossier Fontaine c/ SARL Batinov",
            sender="t.vasseur@vasseur-avocats.fr",
            headers=_exchange("t.vasseur@vasseur-avocats.fr"),
            body=(
                "Bonjour,\n\n"
                "Je ne suis plus en charge de ce dossier. Ma collègue Camille Petit\n"
                "(camille.petit@vasseur-avocats.fr) vous répondra dans les meilleurs délais.\n\n"
                "Bien cordialement,\n"
                "Thomas Vasseur – Vasseur Avocats\n"
            ),
        ),
        id="fr-referral-plus-en-charge-du-dossier",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Corporate onboarding - Northwind Sales",
            sender="emma.wright@orbisbank.com",
            headers=_exchange("emma.wright@orbisbank.com"),
            body=(
                "Hi,\n\n"
                "I have moved to a new role within Orbis Bank and am no longer handling corporate\n"
                "onboarding. My colleague David Lin (david.lin@orbisbank.com) will be happy to help.\n"
                "I remain reachable at this address for everything else.\n\n"
                "Emma Wright | Orbis Bank\n"
            ),
        ),
        id="en-referral-new-role-same-bank",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Bestellung Büromaterial",
            sender="s.keller@hansen-gruppe.de",
            headers=_exchange("s.keller@hansen-gruppe.de"),
            body=(
                "Guten Tag,\n\n"
                "ich bin nicht mehr für den Bereich Einkauf zuständig. Bitte wenden Sie sich an meinen\n"
                "Kollegen Herrn Lars Brandt (l.brandt@hansen-gruppe.de). Für alle anderen Themen bin ich\n"
                "weiterhin unter dieser Adresse erreichbar.\n\n"
                "Freundliche Grüße\n"
                "Stefanie Keller\n"
            ),
        ),
        id="de-referral-nicht-mehr-zustaendig",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Quick question",
            sender="ben.carter@fieldline.com",
            headers=_exchange("ben.carter@fieldline.com"),
            body="I have left the office for today and will respond to your email tomorrow morning.\n\nBen\n",
        ),
        id="en-left-the-office-for-today",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Demande de rendez-vous",
            sender="contact@cabinet-mercier-expertise.fr",
            headers=ZIMBRA,
            sent_at="2025-08-01T09:00:00+02:00",
            body=(
                "Bonjour,\n\n"
                "Le cabinet est fermé pour les congés d'été du 4 au 25 août inclus. Les messages ne sont\n"
                "plus traités durant cette période et seront lus à notre retour.\n\n"
                "Cabinet Mercier Expertise Comptable\n"
            ),
        ),
        id="fr-cabinet-ferme-plus-traites-durant",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Projekt Nordhafen",
            sender="t.schulze@planwerk-hamburg.de",
            headers=_exchange("t.schulze@planwerk-hamburg.de"),
            body=(
                "Sehr geehrte Damen und Herren,\n\n"
                "ich befinde mich bis zum 30. Mai in Elternzeit. Meine E-Mails werden in dieser Zeit nicht\n"
                "gelesen und nicht weitergeleitet. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.\n"
                "Vertretung: Frau Ines Wolf, i.wolf@planwerk-hamburg.de.\n\n"
                "Mit freundlichen Grüßen\n"
                "Tobias Schulze\n"
            ),
        ),
        id="de-elternzeit-nicht-gelesen",
    ),
    pytest.param(
        Case(
            subject="Abwesenheitsnotiz: Angebot Nr. 2024-114",
            sender="h.becker@becker-armaturen.de",
            headers=NOTES,
            sent_at="2024-12-22T08:00:00+01:00",
            body=(
                "Ich werde ab  22.12.2024 nicht im Büro sein. Ich kehre zurück am 06.01.2025.\n\n"
                "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden\n"
                "Sie sich bitte an Herrn Peters (p.peters@becker-armaturen.de).\n"
            ),
        ),
        id="de-notes-abwesenheitsnotiz",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Roadshow logistics",
            sender="nina.patel@crestline-am.com",
            headers=_exchange("nina.patel@crestline-am.com"),
            body=(
                "I am no longer available as of today and until 20 March, as I am travelling for the Asia\n"
                "roadshow with limited access to email.\n\n"
                "Nina Patel | Investor Relations | Crestline Asset Management\n"
            ),
        ),
        id="en-no-longer-available-until",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Audience du 12 mars / Out of office",
            sender="g.fabre@fabre-associes.fr",
            headers=_exchange("g.fabre@fabre-associes.fr"),
            body=(
                "Je suis actuellement absent du cabinet et serai de retour le 13 mars.\n"
                "I am currently out of the office and will be back on 13 March.\n\n"
                "Guillaume Fabre – Avocat à la Cour\n"
                "FABRE & ASSOCIÉS – 7, place Vendôme – 75001 Paris\n\n"
                "Ce message est confidentiel. This message is confidential. If you no longer wish to\n"
                "receive our legal newsletters, write to newsletter@fabre-associes.fr.\n"
            ),
        ),
        id="fr-en-ooo-with-no-longer-wish-disclaimer",
    ),
    pytest.param(
        Case(
            subject="Automatic reply: Portfolio review",
            sender="olivia.grant@kingsbridge-wealth.co.uk",
            headers=_exchange("olivia.grant@kingsbridge-wealth.co.uk"),
            body=(
                "Thank you for your email. I am on annual leave until 14 March.\n\n"
                "If your message concerns one of Mark Evans' clients, please note that Mark has left the\n"
                "company and his clients are now looked after by me; I will reply on my return.\n\n"
                "Olivia Grant | Kingsbridge Wealth\n"
            ),
        ),
        id="en-on-leave-mentions-someone-else-left",
    ),
    pytest.param(
        Case(
            subject="Réponse automatique : Commande n° 88213",
            sender="c.henry@atelier-henry.fr",
            headers=ZIMBRA,
            sent_at="2025-03-05T10:00:00+01:00",
            body=(
                "Bonjour,\n\n"
                "Je travaille désormais à temps partiel et ne suis plus présente le mercredi.\n"
                "Votre message sera traité dès demain.\n\n"
                "Claire Henry\n"
            ),
        ),
        id="fr-temps-partiel-plus-presente-le-mercredi",
    ),
    pytest.param(
        Case(
            subject="Automatische Antwort: Rechnung 2025-0093",
            sender="m.lorenz@lorenz-elektro.de",
            headers=_exchange("m.lorenz@lorenz-elektro.de"),
            body=(
                "Guten Tag,\n\n"
                "ich bin derzeit krankheitsbedingt nicht im Haus und kann Ihre Nachricht nicht mehr\n"
                "zeitnah bearbeiten. Voraussichtlich bin ich ab dem 17. März wieder erreichbar.\n\n"
                "Mit freundlichen Grüßen\n"
                "Markus Lorenz\n"
            ),
        ),
        id="de-krank-nicht-mehr-zeitnah",
    ),
]


@pytest.mark.parametrize("case", NOT_GONE_CASES)
def test_temporary_absence_or_referral_is_not_gone(make_message: Any, case: Case) -> None:
    """Temporary absences, and referrals inside the same company (the address still reaches the person)."""
    result = _analyse(make_message, case)
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"].get("gone") is None, result["auto_reply"]


# --------------------------------------------------------------------------------------------------
# 3. A person writing that they (or a colleague) left: a human answer, never an automatic reply.
# --------------------------------------------------------------------------------------------------

HUMAN_CASES = [
    pytest.param(
        Case(
            subject="Re: Proposal",
            sender="jordan@acme.com",
            body=(
                "Hi Alex,\n\n"
                "Just a heads-up: I'm leaving Acme at the end of the month and this address will no longer\n"
                "be monitored after 31 March. Please reach out to my colleague Priya (priya@acme.com)\n"
                "going forward. Thanks for everything!\n\n"
                "Jordan\n"
            ),
        ),
        id="en-human-leaving-heads-up",
    ),
    pytest.param(
        Case(
            subject="Re: Devis prestation de nettoyage",
            sender="p.dumas@dumas-sa.fr",
            body=(
                "Bonjour Alex,\n\n"
                "Je vous informe que j'ai quitté la société Dumas SA la semaine dernière. Vous pouvez\n"
                "désormais contacter Mme Lemoine (s.lemoine@dumas-sa.fr) qui reprend le dossier.\n\n"
                "Bien cordialement,\n"
                "Pierre Dumas\n"
            ),
        ),
        id="fr-human-j-ai-quitte-la-societe",
    ),
    pytest.param(
        Case(
            subject="AW: Angebot Wartungsvertrag",
            sender="r.fischer@fischer-technik.de",
            body=(
                "Hallo Herr Turner,\n\n"
                "danke für Ihre Nachricht. Herr Albrecht hat das Unternehmen verlassen, ich habe seine\n"
                "Kunden übernommen. Können wir am Donnerstag um 10 Uhr telefonieren?\n\n"
                "Viele Grüße\n"
                "Ralf Fischer\n"
            ),
        ),
        id="de-human-colleague-hat-verlassen",
    ),
    pytest.param(
        Case(
            subject="Re: Proposal",
            sender="m.reyes@acme.com",
            body=(
                "Hi Alex,\n\n"
                "Jordan is no longer with us - I've taken over the account. Happy to set up a call next\n"
                "week, does Tuesday work?\n\n"
                "Maria\n"
            ),
        ),
        id="en-human-no-longer-with-us-taken-over",
    ),
    pytest.param(
        Case(
            subject="RE: Proposition commerciale",
            sender="n.giraud@valtis-gestion.fr",
            body=(
                "Bonjour,\n\n"
                "M. Martin ne fait plus partie de la société, c'est moi qui reprends ses dossiers.\n"
                "Pouvons-nous échanger jeudi ?\n\n"
                "Nadia Giraud\n"
                "Valtis Gestion\n"
            ),
        ),
        id="fr-human-ne-fait-plus-partie",
    ),
]


@pytest.mark.parametrize("case", HUMAN_CASES)
def test_human_message_about_leaving_stays_human(make_message: Any, case: Case) -> None:
    result = _analyse(make_message, case)
    assert result["kind"] == "human"
    assert result.get("auto_reply") is None
