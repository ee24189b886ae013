"""Blind cases: WHOSE departure an automatic notice announces (R6's `gone` / `write_to`).

Written blind to the implementation: before writing, only README.md ("Someone who has left" and "Known
limits"), ../shared/BEHAVIOUR.md (R6), tests/analysis/conftest.py (the contract message's shape) and
tests/analysis/test_gone_blind.py (an earlier blind set, read for its style and so as not to repeat its
cases) were read; nothing under workers/, sql/ or supabase/, nor tests/analysis/test_gone.py. Every expected
value was written from the texts and the product's purpose before the file was first run.

A `gone` reading stops every follow-up to the notice's sender and suppresses their address, so it must be
about the sender: a false `gone` silences someone still there, a missed one writes to a dead mailbox. Each
message carries the display name a real one would (`from.name` and the decoded `from` header alike).

1. The sender is the one who left, whether the notice names them in the third person (an IT-set notice on
   the departed person's own address: full name, title and surname only, particles, hyphens, apostrophes,
   "LEFEVRE Marie" or "Roussel, Émilie" displays, initials or a staff number as the address, no display
   name at all, accents dropped or spelt out in the text), names nobody ("The person you are trying to
   reach has left the company", "Die Mitarbeiterin ist nicht mehr im Unternehmen tätig") or speaks in the
   first person ("I have left ..."). Each carries `gone` (the notice's own words) and `write_to` (the
   address it gives instead, lower case, or None when it gives none).
2. The sender is still there (their own automatic answer, no return date named) and the notice says that
   SOMEONE ELSE left: a colleague by full name, by title and surname only, one sharing the sender's first
   name or surname, a reception desk's answer about a partner who retired. None carries `gone`: the person
   written to still reads this address. (The README's "Known limits" says that a person's own address whose
   automatic answer says someone else left is suppressed today; these cases assert the product's purpose.)
3. Controls: absences and internal moves worded close to a departure (no `gone`), and people's own messages
   saying a colleague left (human answers, no automatic reply at all).
"""

from __future__ import annotations

import pytest

from tests.analysis.notices import GMAIL, NOTES, ZIMBRA, Case, exchange
from tests.analysis.notices import analysed as _analyse
from tests.analysis.notices import squash as _squash

# --------------------------------------------------------------------------------------------------
# 1. The sender is the one who left.
# --------------------------------------------------------------------------------------------------

SENDER_GONE = [
    pytest.param(
        Case(
            sender="mlefevre@groupe-valmy.fr",
            name="LEFEVRE Marie",
            subject="Réponse automatique : Proposition de partenariat - Northwind",
            headers=exchange("mlefevre@groupe-valmy.fr"),
            body=(
                "Bonjour,\n\n"
                "Madame Marie Lefèvre ne fait plus partie de la société. Votre message ne lui a pas été\n"
                "transmis.\n\n"
                "Pour toute demande, merci d'écrire à accueil@groupe-valmy.fr ou d'appeler le standard au\n"
                "04 78 62 10 00.\n\n"
                "Groupe Valmy – 12, quai Perrache – 69002 Lyon\n"
            ),
            write_to="accueil@groupe-valmy.fr",
        ),
        id="fr-madame-full-name-display-caps-surname-first-initials-address",
    ),
    pytest.param(
        Case(
            sender="tbaker@acme-freight.com",
            name="Tom Baker",
            subject="Automatic reply: Freight rates 2030",
            headers=exchange("tbaker@acme-freight.com"),
            body=(
                "Hello,\n\n"
                "Please note that Tom Baker is no longer with Acme Freight. Your email has not been forwarded.\n\n"
                "For quotes and existing shipments please contact our customer desk at\n"
                "customerdesk@acme-freight.com or call +44 (0)161 496 0000.\n\n"
                "Acme Freight Ltd | Registered in England and Wales No. 05123456\n"
                "This email is confidential and intended solely for the addressee.\n"
            ),
            write_to="customerdesk@acme-freight.com",
        ),
        id="en-please-note-full-name-no-longer-with",
    ),
    pytest.param(
        Case(
            sender="k.weber@hausmann-industrie.de",
            name="Dr. Klaus Weber",
            subject="Automatische Antwort: Angebot Wartungsvertrag 2030",
            headers=exchange("k.weber@hausmann-industrie.de"),
            body=(
                "Sehr geehrte Damen und Herren,\n\n"
                "Herr Dr. Klaus Weber ist nicht mehr für unser Unternehmen tätig. Ihre Nachricht wird nicht\n"
                "weitergeleitet.\n\n"
                "Bitte wenden Sie sich künftig an Frau Lena Brandt (l.brandt@hausmann-industrie.de,\n"
                "Tel. +49 711 4050-212).\n\n"
                "Mit freundlichen Grüßen\n"
                "Hausmann Industrie GmbH\n\n"
                "Hausmann Industrie GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 712345\n"
                "Geschäftsführer: Dr. Ulrich Hausmann\n"
            ),
            write_to="l.brandt@hausmann-industrie.de",
        ),
        id="de-herr-dr-full-name-display-with-title",
    ),
    pytest.param(
        Case(
            sender="pdupont@cabinet-fauvel.fr",
            name="Pierre Dupont",
            subject="Réponse automatique : Projet de cession de parts",
            headers=exchange("pdupont@cabinet-fauvel.fr"),
            body=(
                "Madame, Monsieur,\n\n"
                "M. Dupont a quitté le cabinet. Votre courriel ne lui sera pas transmis.\n"
                "Nous vous remercions d'adresser vos correspondances à Maître Anne Roux : a.roux@cabinet-fauvel.fr.\n\n"
                "Cabinet Fauvel – Avocats au Barreau de Paris\n"
                "Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.\n"
            ),
            write_to="a.roux@cabinet-fauvel.fr",
        ),
        id="fr-title-surname-only-a-quitte-le-cabinet",
    ),
    pytest.param(
        Case(
            sender="jbdelatour@delorme-gestion.fr",
            name="Jean-Baptiste de La Tour",
            subject="Réponse automatique : Revue annuelle de votre mandat",
            headers=exchange("jbdelatour@delorme-gestion.fr"),
            body=(
                "Madame, Monsieur,\n\n"
                "Monsieur Jean-Baptiste de La Tour a quitté Delorme Gestion Privée. Votre message ne lui a pas\n"
                "été transmis. Nous vous remercions d'adresser vos demandes à son successeur, Monsieur Arnaud\n"
                "Leclerc : a.leclerc@delorme-gestion.fr.\n\n"
                "Mr Jean-Baptiste de La Tour has left Delorme Gestion Privée. Your message has not been\n"
                "forwarded. Please write to his successor, Mr Arnaud Leclerc: a.leclerc@delorme-gestion.fr.\n\n"
                "Delorme Gestion Privée – SAS au capital de 2 000 000 € – Agrément AMF GP-08000012\n"
                "Ce message est confidentiel. This message is confidential.\n"
            ),
            write_to="a.leclerc@delorme-gestion.fr",
        ),
        id="fr-en-particle-and-hyphen-initials-address",
    ),
    pytest.param(
        Case(
            sender="f.darcy@arcadie-conseil.fr",
            name="François d'Arcy",
            subject="Réponse automatique : Étude de faisabilité",
            headers=ZIMBRA,
            body=(
                "Bonjour,\n\n"
                "M. d'Arcy ne fait plus partie de nos collaborateurs. Votre message ne lui a pas été transmis.\n"
                "Vous pouvez joindre l'équipe projets à l'adresse projets@arcadie-conseil.fr.\n\n"
                "Cordialement,\n"
                "Arcadie Conseil\n"
            ),
            write_to="projets@arcadie-conseil.fr",
        ),
        id="fr-title-apostrophe-particle-surname-only",
    ),
    pytest.param(
        Case(
            sender="as.martin-dubreuil@lexalp-avocats.fr",
            name="Anne-Sophie Martin-Dubreuil",
            subject="Réponse automatique : Bail commercial – local rue Thiers",
            headers=exchange("as.martin-dubreuil@lexalp-avocats.fr"),
            body=(
                "Bonjour,\n\n"
                "Maître Anne-Sophie Martin-Dubreuil n'exerce plus au sein du cabinet LexAlp. Votre message\n"
                "ne lui a pas été transmis. Pour le suivi de vos dossiers, merci d'écrire à\n"
                "secretariat@lexalp-avocats.fr.\n\n"
                "LexAlp Avocats – 3, place Grenette – 38000 Grenoble\n"
            ),
            write_to="secretariat@lexalp-avocats.fr",
        ),
        id="fr-maitre-hyphenated-first-and-last-name",
    ),
    pytest.param(
        Case(
            sender="e204117@caisse-lyonnaise.fr",
            name="Bruno Carpentier",
            subject="Réponse automatique : Financement du local professionnel",
            headers=exchange("e204117@caisse-lyonnaise.fr"),
            body=(
                "Bonjour,\n\n"
                "M. Bruno Carpentier n'exerce plus ses fonctions au sein de la Caisse Lyonnaise. Votre message\n"
                "ne lui a pas été transmis.\n\n"
                "Pour toute question, contactez votre agence : agence.bellecour@caisse-lyonnaise.fr\n\n"
                "Caisse Lyonnaise – Banque coopérative – Société anonyme au capital variable\n"
                "Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci de le\n"
                "supprimer et d'en avertir l'expéditeur.\n"
            ),
            write_to="agence.bellecour@caisse-lyonnaise.fr",
        ),
        id="fr-staff-number-address-with-display-name",
    ),
    pytest.param(
        Case(
            sender="u48213@northgate-bank.co.uk",
            name="",
            subject="Automatic reply: Treasury account opening",
            headers=exchange("u48213@northgate-bank.co.uk"),
            body=(
                "Thank you for your email.\n\n"
                "Ms Nadia Rahman is no longer employed by Northgate Bank. Your message has not been forwarded\n"
                "to her.\n\n"
                "For enquiries about your accounts please contact your relationship team at\n"
                "rm.team@northgate-bank.co.uk or call 0345 600 1234.\n\n"
                "Northgate Bank plc is authorised by the Prudential Regulation Authority and regulated by the\n"
                "Financial Conduct Authority and the Prudential Regulation Authority.\n"
            ),
            write_to="rm.team@northgate-bank.co.uk",
        ),
        id="en-staff-number-address-no-display-name",
    ),
    pytest.param(
        Case(
            sender="e.roussel@assurances-rhone.fr",
            name="Roussel, Émilie",
            subject="Réponse automatique : Contrat flotte automobile",
            headers=exchange("e.roussel@assurances-rhone.fr"),
            body=(
                "Bonjour,\n\n"
                "Mme Émilie Roussel a quitté Assurances du Rhône. Votre courriel ne lui a pas été transmis.\n"
                "Merci d'adresser vos demandes à gestion.entreprises@assurances-rhone.fr.\n\n"
                "Assurances du Rhône – Courtier en assurances – ORIAS 11 054 321\n"
                "Pour exercer vos droits sur vos données personnelles : dpo@assurances-rhone.fr\n"
            ),
            write_to="gestion.entreprises@assurances-rhone.fr",
        ),
        id="fr-display-surname-comma-first-name",
    ),
    pytest.param(
        Case(
            sender="h.fevrier@groupe-sorel.fr",
            name="Hélène Février",
            subject="Reponse automatique : Devis maintenance annuelle",
            headers=exchange("h.fevrier@groupe-sorel.fr"),
            body=(
                "Bonjour,\n\n"
                "Madame Helene FEVRIER ne fait plus partie des effectifs de Groupe Sorel. Votre message ne lui\n"
                "a pas ete transmis.\n"
                "Merci d'adresser vos demandes a : relation.client@groupe-sorel.fr\n\n"
                "Groupe Sorel - Service informatique\n"
            ),
            write_to="relation.client@groupe-sorel.fr",
        ),
        id="fr-text-without-accents-display-with-accents",
    ),
    pytest.param(
        Case(
            sender="joerg.mueller@kessler-maschinen.de",
            name="Jörg Müller",
            subject="Automatische Antwort: Ersatzteile Baureihe K4",
            headers=exchange("joerg.mueller@kessler-maschinen.de"),
            body=(
                "Guten Tag,\n\n"
                "Herr Joerg Mueller ist aus unserem Unternehmen ausgeschieden. Ihre Nachricht wird nicht\n"
                "weitergeleitet.\n"
                "Ihr neuer Ansprechpartner ist Herr Tim Schäfer: t.schaefer@kessler-maschinen.de.\n\n"
                "Kessler Maschinenbau GmbH · Amtsgericht Ulm HRB 654321\n"
            ),
            write_to="t.schaefer@kessler-maschinen.de",
        ),
        id="de-umlauts-spelt-out-in-text",
    ),
    pytest.param(
        Case(
            sender="gmarsh@tellwright.co.uk",
            name="Gavin Marsh",
            subject="Automatic reply: Site survey - Bay 4",
            headers=exchange("gmarsh@tellwright.co.uk"),
            body=(
                "This is an automated message.\n\n"
                "The person you are trying to reach has left the company. Your email has not been passed on to\n"
                "anyone else.\n\n"
                "For general enquiries please write to enquiries@tellwright.co.uk.\n\n"
                "Tellwright Engineering Ltd, registered in England No. 04412345.\n"
            ),
            write_to="enquiries@tellwright.co.uk",
        ),
        id="en-names-nobody-person-you-are-trying-to-reach",
    ),
    pytest.param(
        Case(
            sender="c.vidal@orsay-patrimoine.fr",
            name="Caroline Vidal",
            subject="Réponse automatique : Votre bilan patrimonial",
            headers=exchange("c.vidal@orsay-patrimoine.fr"),
            body=(
                "Bonjour,\n\n"
                "La personne que vous cherchez à joindre ne fait plus partie de nos équipes. Votre message n'a\n"
                "pas été transmis.\n\n"
                "Notre équipe reste à votre disposition au 01 44 50 60 70.\n\n"
                "Orsay Patrimoine – Conseil en gestion de patrimoine – CIF ANACOFI n° E012345\n"
            ),
            write_to=None,
        ),
        id="fr-names-nobody-la-personne-no-address",
    ),
    pytest.param(
        Case(
            sender="olivia.reed@kestrelventures.com",
            name="Olivia Reed",
            subject="Automatic reply: Intro - Northwind x Kestrel",
            headers=GMAIL,
            body=(
                "Hi,\n\n"
                "Thank you for your email. I have left Kestrel Ventures to start a new chapter, and I am no\n"
                "longer able to help with Kestrel matters.\n\n"
                "For anything relating to the portfolio, please contact my former colleague Ben Ortiz at\n"
                "ben.ortiz@kestrelventures.com.\n\n"
                "All the best,\n"
                "Olivia\n"
            ),
            write_to="ben.ortiz@kestrelventures.com",
        ),
        id="en-first-person-i-have-left",
    ),
    pytest.param(
        Case(
            sender="t.lemaire@orfeo-conseil.fr",
            name="Thibault Lemaire",
            subject="Réponse automatique : Accompagnement RSE",
            headers=exchange("t.lemaire@orfeo-conseil.fr"),
            body=(
                "Bonjour,\n\n"
                "Je ne fais plus partie de la société Orféo Conseil. Pour toute demande, merci d'écrire à\n"
                "contact@orfeo-conseil.fr, l'équipe vous répondra.\n\n"
                "Merci pour ces belles années d'échanges,\n"
                "Thibault Lemaire\n"
            ),
            write_to="contact@orfeo-conseil.fr",
        ),
        id="fr-first-person-je-ne-fais-plus-partie",
    ),
    pytest.param(
        Case(
            sender="r.albers@brandt-soehne.de",
            name="Ralf Albers",
            subject="Automatische Antwort: Rahmenvertrag Verpackung",
            headers=exchange("r.albers@brandt-soehne.de"),
            body=(
                "Guten Tag,\n\n"
                "ich bin nicht mehr bei der Brandt & Söhne KG beschäftigt. Bitte senden Sie Ihre Anfrage an\n"
                "info@brandt-soehne.de.\n\n"
                "Viele Grüße\n"
                "Ralf Albers\n"
            ),
            write_to="info@brandt-soehne.de",
        ),
        id="de-first-person-nicht-mehr-beschaeftigt",
    ),
    pytest.param(
        Case(
            sender="p.hoffmann@rheinland-leasing.de",
            name="Petra Hoffmann",
            subject="Automatische Antwort: Leasingangebot Fuhrpark",
            headers=exchange("p.hoffmann@rheinland-leasing.de"),
            body=(
                "Sehr geehrte Damen und Herren,\n\n"
                "Die Mitarbeiterin ist nicht mehr im Unternehmen tätig. Ihre Nachricht wurde nicht weitergeleitet.\n"
                "Bitte richten Sie Ihre Anfrage an Kundenservice@Rheinland-Leasing.de.\n\n"
                "Rheinland Leasing GmbH · Sitz Köln · Amtsgericht Köln HRB 98765\n"
            ),
            write_to="kundenservice@rheinland-leasing.de",
        ),
        id="de-die-mitarbeiterin-names-nobody",
    ),
    pytest.param(
        Case(
            sender="s.krueger@elbtal-bau.de",
            name="Stefan Krüger",
            subject="Abwesenheitsnotiz: Ausschreibung Los 3",
            headers=NOTES,
            body=(
                "Der Empfänger dieser E-Mail ist nicht mehr in unserem Hause beschäftigt. Ihre E-Mail wurde\n"
                "nicht weitergeleitet.\n"
                "Bitte wenden Sie sich an die Zentrale: zentrale@elbtal-bau.de, Tel. 0351 4455-0.\n\n"
                "Elbtal Bau GmbH · Dresden\n"
            ),
            write_to="zentrale@elbtal-bau.de",
        ),
        id="de-der-empfaenger-in-unserem-hause",
    ),
    pytest.param(
        Case(
            sender="c.okoro@haldenco.com",
            name="Chidi Okoro",
            subject="Automatic reply: Engagement letter",
            headers=exchange("c.okoro@haldenco.com"),
            body=(
                "Mr Okoro is no longer with Halden & Co. and this message has not been passed on.\n"
                "Please contact clientservices@haldenco.com and a member of the team will assist you.\n\n"
                "Halden & Co. LLP, Chartered Accountants\n"
            ),
            write_to="clientservices@haldenco.com",
        ),
        id="en-title-surname-only-no-longer-with",
    ),
    pytest.param(
        Case(
            sender="sobrienwalsh@corribcapital.ie",
            name="Siobhán O'Brien-Walsh",
            subject="Automatic reply: Fund documentation",
            headers=exchange("sobrienwalsh@corribcapital.ie"),
            body=(
                "Hello,\n\n"
                "Siobhan O'Brien-Walsh has left Corrib Capital and your message has not been forwarded.\n"
                "Please contact investor.relations@corribcapital.ie for any fund matters.\n\n"
                "Corrib Capital DAC is regulated by the Central Bank of Ireland.\n"
            ),
            write_to="investor.relations@corribcapital.ie",
        ),
        id="en-apostrophe-hyphen-name-fada-dropped",
    ),
    pytest.param(
        Case(
            sender="aschneider@hansa-treuhand.de",
            name="Andrea Schneider",
            subject="Automatische Antwort: Jahresabschluss 2029",
            headers=exchange("aschneider@hansa-treuhand.de"),
            body=(
                "Guten Tag,\n\n"
                "Frau Schneider ist nicht mehr bei der Hansa Treuhand beschäftigt. Ihre E-Mail wurde nicht\n"
                "weitergeleitet.\n"
                "Ihre Unterlagen betreut künftig Herr Nils Petersen (n.petersen@hansa-treuhand.de).\n\n"
                "Hansa Treuhand Steuerberatungsgesellschaft mbH · Hamburg\n"
            ),
            write_to="n.petersen@hansa-treuhand.de",
        ),
        id="de-frau-surname-only-initial-glued-address",
    ),
    pytest.param(
        Case(
            sender="megan.hughes@hartwell-group.com",
            name="Hughes, Megan (Hartwell)",
            subject="Automatic reply: Renewal of the service agreement",
            headers=exchange("megan.hughes@hartwell-group.com"),
            body=(
                "Thank you for your email.\n\n"
                "Megan Hughes no longer works for Hartwell Group. Your email has not been forwarded.\n"
                "Please send any enquiries to enquiries@hartwell-group.com.\n\n"
                "Hartwell Group Ltd | Registered office: 20 Harbour Street, Bristol BS1 4AA\n"
            ),
            write_to="enquiries@hartwell-group.com",
        ),
        id="en-display-surname-comma-first-name-company",
    ),
    pytest.param(
        Case(
            sender="lbertin@nexa-conseil.fr",
            name="Bertin Lucas",
            subject="Réponse automatique : Proposition d'accompagnement / Automatic reply",
            headers=exchange("lbertin@nexa-conseil.fr"),
            body=(
                "Bonjour,\n\n"
                "Lucas Bertin a quitté la société. Votre message n'a pas été transféré. Pour toute question,\n"
                "merci de contacter Mme Inès Garnier : ines.garnier@nexa-conseil.fr.\n\n"
                "Hello,\n\n"
                "Lucas Bertin has left the company. Your message has not been forwarded. Please contact\n"
                "Ms Inès Garnier: ines.garnier@nexa-conseil.fr.\n\n"
                "Nexa Conseil – SAS au capital de 50 000 € – RCS Nantes 812 345 678\n"
            ),
            write_to="ines.garnier@nexa-conseil.fr",
        ),
        id="fr-en-display-surname-first-no-comma",
    ),
]


@pytest.mark.parametrize("case", SENDER_GONE)
def test_notice_about_the_sender_having_left_is_gone(case: Case) -> None:
    result = _analyse(case)
    assert result["kind"] == "auto_reply", result
    auto_reply = result["auto_reply"]
    gone = auto_reply.get("gone")
    assert isinstance(gone, str) and gone.strip(), f"no gone in {auto_reply!r}"
    assert _squash(gone) in _squash(f"{case.subject}\n{case.body}"), f"gone {gone!r} is not the notice's words"
    assert auto_reply.get("write_to") == case.write_to, auto_reply
    assert auto_reply.get("write_to") != case.sender


# --------------------------------------------------------------------------------------------------
# 2. The sender is still there; the notice says someone else left. No return date is named.
# --------------------------------------------------------------------------------------------------

SOMEONE_ELSE_GONE = [
    pytest.param(
        Case(
            sender="d.brooks@ashcombe-law.co.uk",
            name="Daniel Brooks",
            subject="Automatic reply: Lease renewal - Unit 7",
            headers=exchange("d.brooks@ashcombe-law.co.uk"),
            body=(
                "Thank you for your email.\n\n"
                "I am travelling with limited access to email and will reply as soon as I can.\n\n"
                "Please note that my colleague Sarah Collins has left the firm; for her files please write to\n"
                "property.team@ashcombe-law.co.uk.\n\n"
                "Daniel Brooks | Partner | Ashcombe Law LLP\n"
                "Ashcombe Law LLP is authorised and regulated by the Solicitors Regulation Authority.\n"
            ),
        ),
        id="en-travelling-my-colleague-full-name-has-left",
    ),
    pytest.param(
        Case(
            sender="j.perrot@perrot-avocats.fr",
            name="Julien Perrot",
            subject="Réponse automatique : Succession Moreau",
            headers=exchange("j.perrot@perrot-avocats.fr"),
            body=(
                "Bonjour,\n\n"
                "Je vous remercie pour votre message, auquel je répondrai dans les meilleurs délais.\n\n"
                "Veuillez noter que Madame Claire Martin ne fait plus partie du cabinet, ses dossiers sont repris\n"
                "par Maître Sophie Lenoir (s.lenoir@perrot-avocats.fr).\n\n"
                "Bien cordialement,\n"
                "Julien Perrot\n"
                "Avocat associé – Perrot Avocats\n"
            ),
        ),
        id="fr-generic-ack-madame-full-name-ne-fait-plus-partie",
    ),
    pytest.param(
        Case(
            sender="k.vogt@lindner-antriebe.de",
            name="Katrin Vogt",
            subject="Automatische Antwort: Angebot Getriebemotoren",
            headers=exchange("k.vogt@lindner-antriebe.de"),
            body=(
                "Guten Tag,\n\n"
                "vielen Dank für Ihre Nachricht. Ich melde mich so bald wie möglich bei Ihnen.\n\n"
                "Bitte beachten Sie: Herr Müller hat das Unternehmen verlassen, bitte wenden Sie sich in seinen\n"
                "Angelegenheiten an vertrieb@lindner-antriebe.de.\n\n"
                "Mit freundlichen Grüßen\n"
                "Katrin Vogt\n"
                "Lindner Antriebe GmbH\n"
            ),
        ),
        id="de-ack-herr-surname-hat-das-unternehmen-verlassen",
    ),
    pytest.param(
        Case(
            sender="n.fournier@valdor-immobilier.fr",
            name="Nathalie Fournier",
            subject="Réponse automatique : Visite du local boulevard Carnot",
            headers=exchange("n.fournier@valdor-immobilier.fr"),
            body=(
                "Bonjour,\n\n"
                "Je suis en déplacement et consulte mes messages de façon irrégulière.\n\n"
                "M. Giraud ayant quitté la société, je reprends ses dossiers clients : n'hésitez pas à m'écrire\n"
                "directement à cette adresse.\n\n"
                "Nathalie Fournier\n"
                "Valdor Immobilier d'entreprise\n"
            ),
        ),
        id="fr-travelling-title-surname-ayant-quitte",
    ),
    pytest.param(
        Case(
            sender="t.wagner@nordlicht-energie.de",
            name="Thomas Wagner",
            subject="Automatische Antwort: PV-Anlage Hallendach",
            headers=exchange("t.wagner@nordlicht-energie.de"),
            body=(
                "Guten Tag,\n\n"
                "ich bin derzeit auf Dienstreise und lese meine E-Mails nur unregelmäßig.\n"
                "Frau Schmidt ist nicht mehr für unser Unternehmen tätig; ihre Kunden betreue ich ab sofort\n"
                "persönlich.\n\n"
                "Mit freundlichen Grüßen\n"
                "Thomas Wagner\n"
                "Nordlicht Energie GmbH\n"
            ),
        ),
        id="de-dienstreise-frau-surname-nicht-mehr-taetig",
    ),
    pytest.param(
        Case(
            sender="laura.bennett@hartwell-group.com",
            name="Laura Bennett",
            subject="Automatic reply: Renewal of the service agreement",
            headers=exchange("laura.bennett@hartwell-group.com"),
            body=(
                "Thanks for getting in touch. I'm in client meetings and will reply as soon as I can.\n\n"
                "If you were hoping to reach Mr Patel, please note he is no longer with Hartwell Group; I am now\n"
                "handling his accounts.\n\n"
                "Laura Bennett | Account Director | Hartwell Group\n"
            ),
        ),
        id="en-meetings-mr-surname-no-longer-with",
    ),
    pytest.param(
        Case(
            sender="sarah.whitfield@brightlane.io",
            name="Sarah Whitfield",
            subject="Automatic reply: Q1 campaign brief",
            headers=GMAIL,
            body=(
                "Hi,\n\n"
                "Thanks for your message. I'm working from a client site with limited access to email and will\n"
                "get back to you as soon as I can.\n\n"
                "Please note that Sarah Mitchell has left the company; her clients are now looked after by James\n"
                "Hunt (james.hunt@brightlane.io).\n\n"
                "Best,\n"
                "Sarah\n"
            ),
        ),
        id="en-colleague-shares-first-name-signed-first-name",
    ),
    pytest.param(
        Case(
            sender="marie.dubois@atelier-lumen.fr",
            name="Marie Dubois",
            subject="Réponse automatique : Commande de luminaires",
            headers=ZIMBRA,
            body=(
                "Bonjour,\n\n"
                "Merci pour votre message, je vous répondrai dès que possible.\n"
                "Marie Lambert ne fait plus partie de l'équipe : pour les commandes qu'elle suivait, merci\n"
                "d'écrire à commandes@atelier-lumen.fr.\n\n"
                "Belle journée,\n"
                "Marie Dubois\n"
                "Atelier Lumen\n"
            ),
        ),
        id="fr-colleague-shares-first-name",
    ),
    pytest.param(
        Case(
            sender="p.garnier@garnier-fils.fr",
            name="Pierre Garnier",
            subject="Réponse automatique : Chantier résidence Les Acacias",
            headers=exchange("p.garnier@garnier-fils.fr"),
            body=(
                "Bonjour,\n\n"
                "Je vous remercie pour votre message et vous répondrai dans les meilleurs délais.\n\n"
                "Pour information, M. Jacques Garnier a pris sa retraite : je reprends l'ensemble de ses\n"
                "dossiers.\n\n"
                "Pierre Garnier\n"
                "Garnier & Fils – Charpente, couverture\n"
            ),
        ),
        id="fr-relative-shares-surname-retired",
    ),
    pytest.param(
        Case(
            sender="accueil@cabinet-morel.fr",
            name="Accueil Cabinet Morel",
            subject="Réponse automatique : Rendez-vous pour la signature",
            headers=exchange("accueil@cabinet-morel.fr"),
            body=(
                "Bonjour,\n\n"
                "Nous accusons réception de votre message, qui sera traité par notre équipe.\n\n"
                "Maître Morel a pris sa retraite ; ses dossiers sont suivis par Maître Hugo Bastien\n"
                "(h.bastien@cabinet-morel.fr).\n\n"
                "L'accueil du Cabinet Morel\n"
                "Office notarial – 5, place du Marché – 21000 Dijon\n"
            ),
        ),
        id="fr-reception-desk-partner-retired",
    ),
    pytest.param(
        Case(
            sender="c.roy@helios-partners.fr",
            name="Camille Roy",
            subject="Réponse automatique : Due diligence / Automatic reply",
            headers=exchange("c.roy@helios-partners.fr"),
            body=(
                "Merci pour votre message, je vous réponds au plus vite.\n"
                "Pour les dossiers de M. Lucas Perrin, qui a quitté notre société, merci d'écrire à\n"
                "deals@helios-partners.fr.\n\n"
                "Thank you for your message, I will get back to you shortly.\n"
                "For Mr Lucas Perrin's files (he has left our company), please write to deals@helios-partners.fr.\n\n"
                "Camille Roy – Helios Partners\n"
            ),
        ),
        id="fr-en-ack-colleague-qui-a-quitte",
    ),
    pytest.param(
        Case(
            sender="t.nguyen@acme-freight.com",
            name="Tran Nguyen",
            subject="Automatic reply: Freight rates 2030",
            headers=exchange("t.nguyen@acme-freight.com"),
            body=(
                "Hello,\n\n"
                "Thank you for your email, I will respond as soon as I can.\n\n"
                "Please note that Tom Baker is no longer with Acme Freight. His accounts have moved to me, so\n"
                "feel free to keep writing to this address.\n\n"
                "Kind regards,\n"
                "Tran Nguyen\n"
                "Acme Freight Ltd\n"
            ),
        ),
        id="en-same-sentence-as-it-notice-signed-by-sender",
    ),
    pytest.param(
        Case(
            sender="m.kraus@alpen-logistik.at",
            name="Martina Kraus",
            subject="Automatische Antwort: Lagerfläche Wels",
            headers=exchange("m.kraus@alpen-logistik.at"),
            body=(
                "Sehr geehrte Damen und Herren,\n\n"
                "ich bin zurzeit nur eingeschränkt erreichbar und antworte Ihnen schnellstmöglich.\n"
                "Meine Kollegin Frau Berger ist aus dem Unternehmen ausgeschieden; ihre Anfragen übernimmt\n"
                "Herr Huber (f.huber@alpen-logistik.at).\n\n"
                "Freundliche Grüße\n"
                "Martina Kraus\n"
            ),
        ),
        id="de-eingeschraenkt-kollegin-ausgeschieden",
    ),
    pytest.param(
        Case(
            sender="emma.clarke@ridgeway-wealth.co.uk",
            name="Emma Clarke",
            subject="Automatic reply: Portfolio review",
            headers=exchange("emma.clarke@ridgeway-wealth.co.uk"),
            body=(
                "Mr Harding has retired from Ridgeway Wealth. I now look after his clients and will reply to\n"
                "your message shortly.\n\n"
                "Emma Clarke | Senior Adviser | Ridgeway Wealth\n"
                "Ridgeway Wealth Ltd is authorised and regulated by the Financial Conduct Authority.\n"
            ),
        ),
        id="en-opens-with-someone-else-retired-then-first-person",
    ),
]


@pytest.mark.parametrize("case", SOMEONE_ELSE_GONE)
def test_notice_about_someone_else_leaving_is_not_gone(case: Case) -> None:
    result = _analyse(case)
    assert result["kind"] == "auto_reply", result
    auto_reply = result["auto_reply"]
    assert auto_reply.get("gone") is None, auto_reply
    # The premise: no return date is named, so nothing but the reading of whose departure it is keeps
    # `gone` away.
    assert auto_reply.get("until") is None, auto_reply


# --------------------------------------------------------------------------------------------------
# 3. Controls: absences and internal moves worded near a departure; people's own messages.
# --------------------------------------------------------------------------------------------------

CONTROL_AUTOMATIC = [
    pytest.param(
        Case(
            sender="tbaker@acme-freight.com",
            name="Tom Baker",
            subject="Automatic reply: Freight rates 2030",
            headers=exchange("tbaker@acme-freight.com"),
            body=(
                "Tom Baker is out of the office this week and is no longer reachable by email until his return\n"
                "on Monday 14 January. Your message will be read then.\n\n"
                "Acme Freight Ltd\n"
            ),
        ),
        id="en-third-person-absence-returns-monday",
    ),
    pytest.param(
        Case(
            sender="k.weber@hausmann-industrie.de",
            name="Dr. Klaus Weber",
            subject="Automatische Antwort: Angebot Wartungsvertrag 2030",
            headers=exchange("k.weber@hausmann-industrie.de"),
            body=(
                "Guten Tag,\n\n"
                "Herr Dr. Weber ist nicht mehr im Haus und ab dem 21. Januar wieder für Sie erreichbar.\n"
                "In dringenden Fällen wenden Sie sich bitte an l.brandt@hausmann-industrie.de.\n\n"
                "Hausmann Industrie GmbH\n"
            ),
        ),
        id="de-third-person-nicht-mehr-im-haus-bis",
    ),
    pytest.param(
        Case(
            sender="m.lefevre@groupe-valmy.fr",
            name="Marie Lefèvre",
            subject="Réponse automatique : Facture n° 2029-1187",
            headers=exchange("m.lefevre@groupe-valmy.fr"),
            body=(
                "Bonjour,\n\n"
                "Madame Marie Lefèvre ne fait plus partie du service comptabilité : elle a rejoint la direction\n"
                "financière du groupe et reste joignable à cette adresse. Pour vos factures, merci d'écrire à\n"
                "comptabilite@groupe-valmy.fr.\n\n"
                "Groupe Valmy\n"
            ),
        ),
        id="fr-third-person-internal-move-reste-joignable",
    ),
    pytest.param(
        Case(
            sender="r.carrel@valdor-immobilier.fr",
            name="Romain Carrel",
            subject="Réponse automatique : Visite du local boulevard Carnot",
            headers=ZIMBRA,
            body=(
                "Bonjour,\n\n"
                "M. Carrel a quitté notre agence de Lyon pour rejoindre le siège à Paris ; il reste joignable à\n"
                "cette adresse et vous répondra dans les meilleurs délais.\n\n"
                "Valdor Immobilier d'entreprise\n"
            ),
        ),
        id="fr-third-person-a-quitte-l-agence-same-firm",
    ),
]


@pytest.mark.parametrize("case", CONTROL_AUTOMATIC)
def test_absence_or_move_worded_like_a_departure_is_not_gone(case: Case) -> None:
    result = _analyse(case)
    assert result["kind"] == "auto_reply", result
    assert result["auto_reply"].get("gone") is None, result["auto_reply"]


CONTROL_HUMAN = [
    pytest.param(
        Case(
            sender="t.nguyen@acme-freight.com",
            name="Tran Nguyen",
            subject="Re: Freight rates 2030",
            body=(
                "Hi Alex,\n\n"
                "Quick note: Tom Baker is no longer with Acme Freight, I've taken over his accounts. Could you\n"
                "resend the rate card to me? Happy to go through it on Thursday.\n\n"
                "Thanks,\n"
                "Tran\n"
            ),
        ),
        id="en-human-colleague-no-longer-with",
    ),
    pytest.param(
        Case(
            sender="t.wagner@nordlicht-energie.de",
            name="Thomas Wagner",
            subject="AW: PV-Anlage Hallendach",
            body=(
                "Guten Tag Herr Turner,\n\n"
                "Frau Schmidt ist nicht mehr für unser Unternehmen tätig, ich übernehme ihre Kunden. Schicken Sie\n"
                "mir bitte das Angebot noch einmal, dann melde ich mich bis Freitag.\n\n"
                "Viele Grüße\n"
                "Thomas Wagner\n"
            ),
        ),
        id="de-human-frau-surname-nicht-mehr-taetig",
    ),
]


@pytest.mark.parametrize("case", CONTROL_HUMAN)
def test_person_saying_a_colleague_left_is_human(case: Case) -> None:
    result = _analyse(case)
    assert result["kind"] == "human", result
    assert result.get("auto_reply") is None
