"""A seventh held-out split, `heldout7`: 160 replies written on 2026-11-30 by a helper who had not read the rules
(nothing under workers/relance/intelligence/ beyond intent_eval.py's loader, nothing under workers/relance/analysis/),
nor any other split's replies (only the first 40 lines of heldout5.py, for the format). Never tuned on.

Prospects of three senders answering a follow-up: a private bank's advisers (Banque Verlaine, Paris and London
desks), an insurance broker (Aubrac Courtage: prévoyance, mutuelle, RC pro, flotte, dommages-ouvrage) and a B2B
invoicing SaaS (Ledgerly). The prospects are notaires, PME industrielles, cliniques, startups, collectivités,
cabinets comptables, in France, Belgium, Switzerland and Québec; about 60 % French, 40 % English, some answering
in the other language than the thread. Written as people write: no accents, typos, SMS style, capitals, one-liners,
long rambling answers, replies above long quoted threads and inline inside the quote, forwards answered,
"Envoyé de mon iPhone", "Get Outlook for Android", two-language disclaimers, signatures with titles and phones.
The quoted history often carries words of other classes (rendez-vous, devis, désinscription, pas intéressé,
unsubscribe, meeting). Labels follow eval/intents/README.md (order of asks, not_now dates relative to the message
day, null when vague; an absence notice is out_of_office even when it names a stand-in or says "urgent").

`python eval/intents/heldout7.py DIR` writes DIR/cases.json (split name `heldout5`, so that
`relance eval --only intents --intents DIR` scores it; ids `heldout7-NNN`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import C


def bank_fr(day: str, to: str = "Maître") -> str:
    return f"""

De : Hélène Castaing <h.castaing@verlaine-privee.fr>
Envoyé : {day}
À : {to}
Objet : RE: Trésorerie de l'étude et patrimoine professionnel

Bonjour {to},

Suite à notre échange, je me permets de revenir vers vous concernant la gestion de la trésorerie et de votre
patrimoine professionnel. Seriez-vous disponible pour un rendez-vous de 30 minutes la semaine prochaine ?
Si le sujet ne vous intéresse pas, dites-le-moi simplement, je ne vous relancerai pas.

Bien à vous,
Hélène Castaing
Banquière privée – Banque Verlaine
01 44 27 63 10

Vous pouvez à tout moment demander votre désinscription de nos communications en écrivant à
optout@verlaine-privee.fr."""


def courtage_fr(day: str, greeting: str = "Bonjour") -> str:
    return f"""

Le {day}, Mathieu Ferrand <m.ferrand@aubrac-courtage.fr> a écrit :
> {greeting},
>
> Je reviens vers vous au sujet de votre contrat de prévoyance et de mutuelle collective. Nous pouvons vous
> établir un devis comparatif gratuit sous 48 h, ou passer vous voir pour un rendez-vous sur site.
> Pas intéressé ? Un simple « non » suffit et je clos le dossier.
>
> Mathieu Ferrand
> Chargé de clientèle entreprises – Aubrac Courtage
> 04 73 18 52 40 – ORIAS 19 004 233
> Pour ne plus recevoir nos messages : répondez STOP"""


def saas_en(day: str, name: str = "there") -> str:
    return f"""

From: Tom Whitaker <tom.whitaker@ledgerly.io>
Sent: {day}
To: {name}
Subject: Re: Accounts payable automation

Hi {name},

Circling back on my note about automating your supplier invoices. Would a 20-minute demo next Tuesday work?
I can also send pricing for your volume. If this isn't a priority, just let me know and I'll stop following up.

Best,
Tom Whitaker
Account Executive, Ledgerly
+44 20 3966 1187

Not interested in hearing from us? Reply "unsubscribe" and we'll remove you."""


def saas_fr(day: str) -> str:
    return f"""

Le {day}, Camille Roux <camille.roux@ledgerly.io> a écrit :

> Bonjour,
>
> Je me permets de vous relancer au sujet de la dématérialisation de vos factures fournisseurs.
> Une démo de 20 minutes vous tenterait ? Je peux aussi vous envoyer une proposition tarifaire.
>
> Belle journée,
> Camille Roux
> Ledgerly France – 09 72 41 18 06
> Se désinscrire : https://ledgerly.io/u/8f2c"""


def bank_en(day: str, name: str) -> str:
    return f"""

On {day}, James Holloway <j.holloway@verlaine-private.co.uk> wrote:
> Dear {name},
>
> Following up on my earlier message about treasury and cash management for your group. I would be delighted
> to arrange a meeting at your convenience, in person or by video.
>
> Should you no longer wish to hear from us, simply let me know and we will remove you from our list.
>
> Kind regards,
> James Holloway
> Director, Private & Corporate Banking | Banque Verlaine London
> +44 20 7946 0321"""


DISCLAIMER = """

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous
avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.
This message and its attachments are confidential and intended solely for their addressees. If you received it
in error, please notify the sender and delete it."""

CASES = [
    # ---------------------------------------------------------------- interested (20)
    C("fr", "interested", "Oui ça m'intéresse, on avance." + bank_fr("mardi 10 mars 2026 09:12"), sent="2026-03-11"),
    C(
        "fr",
        "interested",
        "bonjour, j en ai parle a mon associe ce matin et on est plutot partants pour regarder ca serieusement. "
        "je vous redis\n\nEnvoyé de mon iPhone" + courtage_fr("lun. 2 févr. 2026 à 08:40"),
        sent="2026-02-04",
    ),
    C(
        "en",
        "interested",
        "This is actually timely - our AP team has been drowning since the acquisition. Count us in.\n\nRegards,\n"
        "Priya Raman\nFinance Director | Corwell Precision Ltd" + saas_en("Monday, 9 February 2026 11:02", "Priya"),
        sent="2026-02-10",
    ),
    C("fr", "interested", "Banco pour moi 👍", sent="2026-05-06"),
    C(
        "fr",
        "interested",
        "Bonjour Madame,\n\nJe vous remercie pour votre relance. Après réflexion avec mon expert-comptable, la "
        "proposition de placer une partie de la trésorerie de l'office sur un horizon de 3 à 5 ans me paraît "
        "pertinente. Je suis donc favorable au principe.\n\nBien cordialement,\n\nMaître Anne-Sophie Guérin\n"
        "Notaire associée – SCP Guérin & Lemaire\n12 place du Martroi – 45000 Orléans\nTél. 02 38 54 11 90"
        + bank_fr("jeudi 14 mai 2026 10:30"),
        sent="2026-05-18",
    ),
    C(
        "en",
        "interested",
        "yep, sounds good, we're keen\n\nGet Outlook for Android" + saas_en("Wednesday, 3 June 2026 4:15 PM", "Dan"),
        sent="2026-06-04",
    ),
    C(
        "fr",
        "interested",
        "Ben écoutez, pourquoi pas. On n'est pas satisfaits de notre mutuelle actuelle, les salariés râlent "
        "à chaque remboursement d'optique. Je suis preneur d'une alternative.\n\nF. Dumoulin\nGérant – "
        "Dumoulin Chaudronnerie SAS" + courtage_fr("mar. 15 sept. 2026 à 14:02"),
        sent="2026-09-16",
    ),
    C(
        "fr",
        "interested",
        "Allô, oui c'est sûr que ça nous intéresse! On en parlait justement au dernier CA de la clinique. "
        "Lâchez pas!\n\nMarie-Ève Tremblay\nDirectrice administrative, Clinique Saint-Laurent\n514 555-0142",
        sent="2026-10-27",
    ),
    C("en", "interested", "Go ahead, you have my green light on this one.", sent="2026-11-10"),
    C(
        "fr",
        "interested",
        "OK POUR MOI. ON VALIDE LE PRINCIPE EN INTERNE CETTE SEMAINE.\n\nJEAN-LUC BARRAL\nDIRECTION TECHNIQUE\n"
        "BARRAL INDUSTRIE",
        sent="2026-11-24",
    ),
    C(
        "en",
        "interested",
        "James,\n\nThank you for following up. The board discussed your note on Thursday and there is genuine "
        "appetite for diversifying our banking relationships after what happened with our current provider last "
        "spring. Consider us interested.\n\nBest,\nDr Helen Ashby\nChief Financial Officer\nMeridian Clinics Group"
        + bank_en("Tue, 12 Jan 2027 at 09:47", "Dr Ashby"),
        sent="2027-01-14",
    ),
    C(
        "fr",
        "interested",
        "Bonjour Camille, je ne suis pas du genre à répondre aux relances mais là vous tombez bien : la "
        "dématérialisation devient obligatoire et on n'est pas prêts du tout. Donc oui, intéressé.\n\n"
        "Patrick Lenoir – cabinet Lenoir Expertise Comptable" + saas_fr("mer. 20 janv. 2027 à 09:30"),
        sent="2027-01-21",
    ),
    C(
        "fr",
        "interested",
        "Bonjour,\nVotre approche nous plaît bien, on aimerait poursuivre.\nSalutations\n\nCommune de "
        "Saint-Aubin-sur-Loire\nService des finances",
        sent="2027-02-02",
    ),
    C(
        "en",
        "interested",
        "Hey Tom - sorry for the slow reply, fundraising chaos. But yes!! we def want this, our ops person is "
        "literally typing invoices into a spreadsheet lol\n\nSent from my iPhone"
        + saas_en("Friday, 19 February 2027 10:20 AM", "Lucas"),
        sent="2027-02-23",
    ),
    C(
        "fr",
        "interested",
        "Salut Mathieu, c'est bon pour nous, tu peux lancer de ton côté. A+\n\nEnvoyé depuis mon mobile Orange",
        sent="2027-03-10",
    ),
    C(
        "en",
        "interested",
        "Interested in principle. I'll be your point of contact on our side going forward.\n\n"
        "Marc Vandenberghe\nCOO | Flanders Packaging NV\nT +32 3 555 01 78",
        sent="2027-04-13",
    ),
    C(
        "fr",
        "interested",
        "Bonjour Madame Castaing,\n\nJe n'ai pas oublié votre message. Disons que je suis tout à fait ouvert à "
        "l'idée, votre analyse sur la holding m'a convaincu.\n\nAvec mes meilleures salutations,\n\nPierre-Alain "
        "Favre\nAdministrateur – Favre Mécanique SA\nRoute de Lausanne 44, 1110 Morges\n+41 21 555 48 20" + DISCLAIMER,
        sent="2027-05-19",
    ),
    C(
        "en",
        "interested",
        "Not gonna lie, I was about to ignore this but the numbers in your case study are compelling. We're in.",
        sent="2027-06-08",
    ),
    C(
        "fr",
        "interested",
        "ca me va tres bien, je suis partant pour la suite\n\nenvoye de mon telephone"
        + courtage_fr("ven. 9 juil. 2027 à 17:55"),
        sent="2027-07-12",
    ),
    C(
        "en",
        "interested",
        "> Would a 20-minute demo next Tuesday work?\n\nNo need for a demo, I've seen Ledgerly at my previous "
        "company and loved it. Happy to move forward.\n\n> I can also send pricing for your volume.\n\nAlready "
        "have it from your website, looks fine.\n\nOlivia",
        sent="2027-09-21",
    ),
    # ---------------------------------------------------------------- meeting_request (14)
    C(
        "fr",
        "meeting_request",
        "Bonjour, passez à l'étude mardi vers 14h, je vous recevrai entre deux signatures.\n\nMe Olivier Charpentier"
        + bank_fr("vendredi 6 mars 2026 16:20"),
        sent="2026-03-09",
    ),
    C(
        "en",
        "meeting_request",
        "Can you stop by our Leeds plant on Tuesday? Easier to show you the invoice mess in person.\n\nGraham Pike\n"
        "Plant Controller, Northbridge Castings\n0113 496 0712",
        sent="2026-04-21",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Monsieur,\n\nSuite à votre relance, je vous propose de nous voir en visio jeudi 11 juin à 10h00 "
        "ou vendredi 12 juin à 15h00, à votre convenance. Merci de me confirmer le créneau retenu.\n\nCordialement,"
        "\n\nSabine Moreau\nDRH – Clinique des Cèdres\n04 76 55 23 10" + courtage_fr("mer. 3 juin 2026 à 11:05"),
        sent="2026-06-04",
    ),
    C("en", "meeting_request", "send me ur calendly link and ill grab a slot", sent="2026-06-23"),
    C(
        "fr",
        "meeting_request",
        "dispo demain 8h30 pour un coup de fil rapide ? 06 12 48 77 30",
        sent="2026-09-29",
    ),
    C(
        "en",
        "meeting_request",
        "Hi James,\n\nApologies for the silence. Our treasurer and I would like to sit down with you before year "
        "end. Would the week of 7 December work for a lunch meeting in the City?\n\nBest wishes,\nRobert Kaye\n"
        "Finance Director, Hartwell Care Homes" + bank_en("Mon, 16 Nov 2026 at 08:15", "Mr Kaye"),
        sent="2026-11-17",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Camille,\n\nOui pour la démo. Mon équipe compta est disponible le lundi après-midi, pouvez-vous "
        "m'envoyer une invitation Teams pour lundi prochain 14h ?\n\nMerci\nNadia Benali\nResponsable "
        "administrative et financière\nTechnoform Plasturgie" + saas_fr("jeu. 7 janv. 2027 à 10:12"),
        sent="2027-01-08",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\nMadame la Maire souhaiterait vous rencontrer en mairie pour évoquer le renouvellement de la "
        "flotte automobile et de l'assurance dommages-ouvrage de la future médiathèque. Pourriez-vous appeler "
        "le secrétariat au 03 85 41 20 17 pour fixer un rendez-vous ?\n\nLe secrétariat général\nMairie de "
        "Cluny",
        sent="2027-02-16",
    ),
    C(
        "en",
        "meeting_request",
        "Let's get something in the diary. I'm free Thurs after 3pm UK time, or any time Friday morning.\n\n"
        "Sent from Outlook for iOS",
        sent="2027-03-03",
    ),
    C(
        "fr",
        "meeting_request",
        "Bjr, on peut s'appeler ? je suis joignable tte la journee au 0478 55 12 09 (Bruxelles)",
        sent="2027-04-06",
    ),
    C(
        "en",
        "meeting_request",
        "I'm not opposed but I can't evaluate this over email. Book 30 minutes with my assistant Keira "
        "(keira.doyle@brightforge.io) and bring your integration specialist.\n\nAnil Mehta\nCTO, Brightforge",
        sent="2027-05-11",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nJ'ai bien lu vos propositions. Avant toute décision j'aimerais qu'on se voie, vous, moi et "
        "mon associé, ici à Lyon. Le 22 ou le 23 juin vous conviendrait-il ? Plutôt en fin de matinée.\n\n"
        "Cordialement\nÉric Vasseur\nExpert-comptable associé – Vasseur & Blanc"
        + bank_fr("lundi 7 juin 2027 09:00", "Monsieur"),
        sent="2027-06-09",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour, je serai à Montréal la semaine du 13 septembre. On pourrait prendre un café pour en jaser? "
        "Faites-moi signe.\n\nJ-F Gagnon\nPrésident, Gagnon Usinage inc.",
        sent="2027-08-31",
    ),
    C(
        "en",
        "meeting_request",
        "Fine, you've been persistent enough :) Demo it is. Does Wed 27th at 11 work?"
        + saas_en("Monday, 18 October 2027 9:00 AM", "Sam"),
        sent="2027-10-19",
    ),
    # ---------------------------------------------------------------- information_request (20)
    C(
        "fr",
        "information_request",
        "Bonjour, pouvez-vous m'envoyer la plaquette et les conditions générales du contrat de prévoyance ? Je les "
        "lirai à tête reposée.\n\nCordialement\nL. Perrin" + courtage_fr("lun. 12 janv. 2026 à 09:00"),
        sent="2026-01-13",
    ),
    C(
        "en",
        "information_request",
        "Does Ledgerly integrate with Sage 200 or only Xero? That's the deciding factor for us.",
        sent="2026-01-28",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Madame,\n\nAvant d'aller plus loin, j'ai plusieurs questions :\n1) quelle est la garantie sur le "
        "capital pour le fonds en euros ?\n2) les fonds de l'office peuvent-ils être placés sans contrevenir aux "
        "règles de la Caisse des dépôts ?\n3) qui serait mon interlocuteur au quotidien ?\n\nBien à vous,\n\n"
        "Maître Claire Dufresne\nNotaire – Office notarial de la Vallée\n03 81 62 40 55"
        + bank_fr("mardi 17 février 2026 11:41"),
        sent="2026-02-19",
    ),
    C(
        "fr",
        "information_request",
        "Pas le temps d'en parler ce mois-ci mais envoyez-moi quand même la doc, je la garde sous le coude.",
        sent="2026-03-17",
    ),
    C(
        "en",
        "information_request",
        "Hello,\n\nCould you share a couple of references from UK hospitals or clinics you already work with? "
        "Our procurement team will ask for them anyway.\n\nThanks,\nSiobhan Clarke\nHead of Finance Operations\n"
        "St Brigid's Private Hospital" + bank_en("Thu, 2 Apr 2026 at 14:20", "Ms Clarke"),
        sent="2026-04-03",
    ),
    C(
        "fr",
        "information_request",
        "vous etes hebergés ou? en france? on a des donnees de sante donc HDS obligatoire",
        sent="2026-04-29",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce que votre solution gère les factures au format Factur-X et le dépôt sur Chorus Pro "
        "pour nos clients publics ? Et la reprise de l'historique 2024-2025 ?\n\nMerci d'avance\n\nHugo Marchal\n"
        "DAF – Marchal Frères Menuiserie" + saas_fr("mar. 19 mai 2026 à 15:44"),
        sent="2026-05-20",
    ),
    C(
        "en",
        "information_request",
        "What's the minimum contract length, and can we exit if the integration doesn't work out?",
        sent="2026-06-16",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Monsieur,\nNous ne sommes pas en mesure de nous engager pour le moment. Pourriez-vous néanmoins "
        "nous transmettre une note de présentation à verser au dossier de la commission des finances ?\n"
        "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\nLe Directeur général des "
        "services\nCommunauté de communes du Haut-Jura",
        sent="2026-07-07",
    ),
    C(
        "en",
        "information_request",
        "Hi Tom, not ready for a demo. Is there a recorded walkthrough or a sandbox I can poke at on my own time?"
        + saas_en("Tuesday, 1 September 2026 10:10 AM", "Ines"),
        sent="2026-09-02",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\nJe découvre votre message en rentrant de congés. Que couvre exactement la garantie "
        "« perte d'exploitation » dont vous parlez ? Est-ce que ça inclut une panne de nos fours ?\n\n"
        "Sylvie Roche\nAssistante de direction – Boulangerie industrielle Roche",
        sent="2026-09-08",
    ),
    C(
        "en",
        "information_request",
        "tbh whats the difference with what our bank already does for us? dont see it\n\nSent from my iPhone",
        sent="2026-10-13",
    ),
    C(
        "en",
        "information_request",
        "Before anything else please send your SOC 2 report and DPA. Our security review takes weeks so better "
        "to start early.\n\nRegards,\nKevin O'Neill\nIT Manager | Dunmore Logistics\nM: +353 87 555 2219" + DISCLAIMER,
        sent="2026-11-03",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nMerci pour votre relance.\n\n> Seriez-vous disponible pour un rendez-vous de 30 minutes\n\n"
        "Pas tout de suite. En revanche, pourriez-vous me faire parvenir par écrit votre analyse sur la "
        "transmission des parts de la SCI ? J'en discuterai avec mes enfants.\n\nCordialement\nG. Lambert",
        sent="2026-12-01",
    ),
    C(
        "en",
        "information_request",
        "Quick one - do you support multi-entity? We have 4 companies (UK, IE, NL, FR) under one group.",
        sent="2027-01-19",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Mathieu,\n\nPourriez-vous me renvoyer le tableau de garanties dont vous parliez ? Je ne le "
        "retrouve plus dans mes mails.\n\nMerci,\nAurélie\n\nAurélie Fontaine\nOffice manager – Kiwi Robotics\n"
        "07 68 22 31 05" + courtage_fr("jeu. 11 févr. 2027 à 16:30"),
        sent="2027-02-15",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nPour ma compréhension : votre offre s'adresse-t-elle aussi aux sociétés de droit suisse ? "
        "Nous avons notre siège à Genève et une filiale à Annecy. Quelles seraient les implications fiscales "
        "pour un dirigeant résident suisse ?\n\nMeilleures salutations\n\nLaurent Bissat\nCFO – Bissat "
        "Horlogerie SA\n+41 22 555 73 40",
        sent="2027-03-16",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour James, je préfère répondre en français : pouvez-vous me préciser les pièces à fournir pour "
        "ouvrir un compte au nom d'une holding, et les délais d'ouverture ?"
        + bank_en("Mon, 5 Apr 2027 at 11:00", "M. Roussel"),
        sent="2027-04-07",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour, j'aurais besoin d'un exemple de contrat type avant d'en parler à mon conseil d'administration, "
        "c'est possible ?\n\nCordialement,\nDr Samir Haddad\nPrésident – Polyclinique du Val",
        sent="2027-05-25",
    ),
    C(
        "en",
        "information_request",
        "Hi, who else in the notarial / legal space uses you? And how long does onboarding usually take?\n\n"
        "Best,\nEmma",
        sent="2027-10-05",
    ),
    # ---------------------------------------------------------------- quote_request (13)
    C(
        "fr",
        "quote_request",
        "Ça m'intéresse, mais combien ça coûte ? On est 14 salariés.\n\nEnvoyé de mon iPhone"
        + courtage_fr("mar. 20 janv. 2026 à 10:15"),
        sent="2026-01-21",
    ),
    C(
        "en",
        "quote_request",
        "Interested - what would this cost for roughly 1,200 supplier invoices a month?"
        + saas_en("Tuesday, 10 March 2026 2:30 PM", "Ben"),
        sent="2026-03-12",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nMerci de nous adresser un devis pour la RC professionnelle et la multirisque de l'étude "
        "(3 notaires, 11 collaborateurs, locaux de 420 m² en centre-ville). Nous sommes actuellement chez "
        "un assureur mutualiste et l'échéance est au 1er avril.\n\nCordialement\n\nMaître Vincent Roux\n"
        "SELARL Roux Notaires – 23 rue Nationale, 37000 Tours\n02 47 05 33 12",
        sent="2026-02-11",
    ),
    C(
        "fr",
        "quote_request",
        "c combien vos frais de gestion sur le mandat ? si c au dessus de 1% c mort",
        sent="2026-05-27",
    ),
    C(
        "en",
        "quote_request",
        "Dear James,\n\nThank you. Before we meet, could you put together an indicative fee proposal for a "
        "discretionary mandate of around GBP 4m, so that I can compare it with our current arrangement?\n\n"
        "Kind regards,\nMargaret Ellison\nTrustee, Ellison Family Foundation"
        + bank_en("Fri, 5 Jun 2026 at 10:30", "Mrs Ellison"),
        sent="2026-06-09",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Camille\n\nOK pour recevoir votre proposition tarifaire, sur la base de 3 entités et environ "
        "600 factures/mois. Pas besoin de démo pour l'instant.\n\nThierry Masson\nDAF, groupe Masson Transports"
        + saas_fr("lun. 7 sept. 2026 à 09:05"),
        sent="2026-09-09",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\nLa commune lance une consultation pour son assurance flotte (9 véhicules dont 2 poids lourds). "
        "Pouvez-vous nous faire une offre chiffrée avant le 30 octobre ? Le cahier des charges est en pièce "
        "jointe.\nCordialement\nService commande publique – Ville de Montbrison",
        sent="2026-10-07",
    ),
    C(
        "en",
        "quote_request",
        "how much per seat? we're 8 people in finance, growing to 15 next year",
        sent="2026-12-02",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Monsieur Ferrand,\n\nNous souhaiterions recevoir une cotation pour une mutuelle collective "
        "couvrant nos 42 salariés, base + option famille. Notre contrat actuel arrive à échéance fin mars.\n\n"
        "Salutations distinguées\n\nChristine Vial\nResponsable RH – Vial Emballages SAS\nZI des Gravanches, "
        "63100 Clermont-Ferrand" + DISCLAIMER,
        sent="2027-01-05",
    ),
    C(
        "fr",
        "quote_request",
        "Allo, pouvez-vous me dire c'est combien par mois pour une clinique de 25 employés? Merci de me revenir "
        "avec un prix.\n\nSylvain Côté, Clinique dentaire Côté",
        sent="2027-03-30",
    ),
    C(
        "en",
        "quote_request",
        "I've read the deck. Send me a formal proposal with pricing and implementation costs and I'll take it "
        "to our CFO.\n\nGet Outlook for Android",
        sent="2027-06-22",
    ),
    C(
        "fr",
        "quote_request",
        "Pas intéressé par un rendez-vous pour l'instant, mais je veux bien un chiffrage de la prévoyance "
        "cadres pour comparer avec notre assureur.",
        sent="2027-09-14",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour, quels seraient vos honoraires pour un audit des contrats d'assurance de l'ensemble du groupe "
        "(5 sites) ? Une fourchette suffit à ce stade.\n\nBien cordialement\nNicolas Ferri\nSecrétaire général – "
        "Groupe Ferri Industrie\nLigne directe : 04 72 55 80 14",
        sent="2027-11-16",
    ),
    # ---------------------------------------------------------------- not_interested (20)
    C(
        "fr",
        "not_interested",
        "Bonjour, nous sommes très bien accompagnés par notre banque actuelle et ne souhaitons pas en changer. "
        "Bonne continuation.\n\nMe D. Arnaud" + bank_fr("mercredi 14 janvier 2026 08:55"),
        sent="2026-01-15",
    ),
    C(
        "en",
        "not_interested",
        "We went with a competitor last month, so this one's a pass for us. Good luck with the quarter.",
        sent="2026-02-17",
    ),
    C(
        "fr",
        "not_interested",
        "non merci, on a deja ce qu il faut" + courtage_fr("ven. 6 mars 2026 à 11:20"),
        sent="2026-03-10",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Madame,\n\nJe vous remercie de l'attention que vous portez à notre étude. Après examen, nous "
        "avons décidé de ne pas donner suite à votre proposition. Si notre situation devait évoluer, je ne "
        "manquerais pas de revenir vers vous.\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\n"
        "Maître Jacques Berthelot\nNotaire honoraire – Étude Berthelot & Fils\n05 56 81 22 47"
        + bank_fr("lundi 13 avril 2026 14:10"),
        sent="2026-04-15",
    ),
    C(
        "en",
        "not_interested",
        "Thanks Tom but we built our own AP tooling in-house and we're pretty happy with it. Not something we'd "
        "look at.\n\n--\nRaj Patel | Head of Engineering | Lumio Health\nThis email may contain confidential "
        "information. To unsubscribe from Lumio marketing emails, visit lumio.health/prefs."
        + saas_en("Monday, 11 May 2026 3:03 PM", "Raj"),
        sent="2026-05-12",
    ),
    C(
        "en",
        "not_interested",
        "We're really not your target market - we're a three-person charity. Sorry!",
        sent="2026-06-02",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nJe vais être franc : votre produit a l'air bien fait, mais nous sommes engagés avec "
        "notre éditeur actuel jusqu'en 2029 et il n'est pas question de gérer deux outils. Je préfère vous "
        "le dire plutôt que de vous laisser relancer dans le vide.\n\nBonne journée\nStéphane Ribeiro\nDAF – "
        "Ribeiro BTP" + saas_fr("mar. 23 juin 2026 à 10:48"),
        sent="2026-06-24",
    ),
    C(
        "en",
        "not_interested",
        "Appreciate the persistence, James, truly. But the answer is no - our treasury stays with our "
        "existing banks. Door's open if anything changes on our side, I'll reach out.\n\nChris"
        + bank_en("Wed, 8 Jul 2026 at 09:30", "Chris"),
        sent="2026-07-09",
    ),
    C(
        "fr",
        "not_interested",
        "NON ET NON, on a deja donne.",
        sent="2026-08-18",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Monsieur, la Ville adhère à la centrale d'achat départementale pour ses assurances, nous ne "
        "pouvons donc pas contracter en direct. Cordialement, le service juridique.",
        sent="2026-09-22",
    ),
    C(
        "en",
        "not_interested",
        "Honestly? We looked at three of these tools last year and none of them justified the cost. Not for us.\n\n"
        "Sent from my Galaxy",
        sent="2026-10-20",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\nCe n'est pas pour nous, merci de votre compréhension.\nCdlt\n\nAgnès Meunier\nCabinet Meunier "
        "& Associés – Expertise comptable\n01 42 65 19 08" + DISCLAIMER,
        sent="2026-11-11",
    ),
    C(
        "fr",
        "not_interested",
        "Merci pour les relances mais ca ne colle pas a nos besoins. Pas la peine de m'envoyer de devis.\n\n"
        "Envoyé de mon iPhone" + courtage_fr("lun. 4 janv. 2027 à 09:15"),
        sent="2027-01-06",
    ),
    C(
        "en",
        "not_interested",
        "Not a fit. We're a 6-person startup, we pay maybe 20 invoices a month - a shared inbox does the job.",
        sent="2027-02-24",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nAprès discussion avec les associés, nous ne souhaitons pas ouvrir de compte chez vous. "
        "Rien de personnel, on préfère rester sur une banque de réseau proche de nos clients. Au plaisir de "
        "vous croiser à un congrès.\n\nAmicalement,\nÉlodie Marchand\nNotaire à Vannes",
        sent="2027-03-09",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour, c'est gentil de penser à nous mais ça ne m'intéresse pas du tout, on est une petite PME et "
        "on reste chez notre assureur de toujours, il connaît la maison. Voilà, bonne fin de semaine.\n\n"
        "Gilles Fabre, Fabre Découpe Laser (Belgique) – 065 55 12 88",
        sent="2027-04-22",
    ),
    C(
        "en",
        "not_interested",
        "Hi James, I'll pass. We consolidated everything with one bank in 2025 and the board has no appetite "
        "to reopen that.\n\nKind regards\nFiona Walsh\nGroup Financial Controller\nKelso Engineering Group"
        + bank_en("Tue, 18 May 2027 at 16:00", "Ms Walsh"),
        sent="2027-05-20",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour, nous avons signé avec un autre cabinet de courtage la semaine dernière. Ce sera pour une "
        "autre fois peut-être.",
        sent="2027-07-06",
    ),
    C(
        "en",
        "not_interested",
        "We've decided against it. Thanks for your time, and please don't take it personally!",
        sent="2027-09-28",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nMerci pour votre suivi. Pour être tout à fait transparent, notre direction a choisi de "
        "rester sur notre ERP pour la gestion des factures. Nous ne poursuivrons donc pas.\n\nBien à vous,\n"
        "Julie Kessler\nContrôleuse de gestion – Clinique du Parc (Luxembourg)\n+352 26 55 40 11",
        sent="2027-10-26",
    ),
    # ---------------------------------------------------------------- not_now (20)
    C(
        "fr",
        "not_now",
        "Bonjour, décembre est infernal à l'étude avec les signatures de fin d'année. Rappelez-moi après les "
        "fêtes, on regardera ça au calme.\n\nMe Françoise Leclerc" + bank_fr("lundi 7 décembre 2026 10:00"),
        sent="2026-12-08",
        until="2027-01-02",
    ),
    C(
        "en",
        "not_now",
        "Budget for tooling is frozen until Q2. Circle back then and we'll talk.\n\nSent from my iPhone"
        + saas_en("Monday, 11 January 2027 9:30 AM", "Alex"),
        sent="2027-01-12",
        until="2027-04-01",
    ),
    C(
        "fr",
        "not_now",
        "Le sujet est intéressant mais on déménage l'usine ce semestre. On en reparle à la rentrée.",
        sent="2027-02-17",
        until="2027-09-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Mathieu,\n\nLe contrat actuel court jusqu'à l'été et je n'ai pas la tête à ça avec la clôture. "
        "Revenez vers moi fin juin, je serai plus disponible pour comparer.\n\nCordialement\nB. Giraud\nRAF – "
        "Giraud Fonderie" + courtage_fr("mar. 3 mars 2026 à 08:30"),
        sent="2026-03-04",
        until="2026-06-25",
    ),
    C(
        "en",
        "not_now",
        "We're mid-migration to a new ERP. Ping me again in 3 weeks once the dust has settled.",
        sent="2026-05-19",
        until="2026-06-09",
    ),
    C(
        "fr",
        "not_now",
        "pas le moment, je suis en plein recrutement. relancez moi dans 15 jours svp",
        sent="2026-09-15",
        until="2026-09-30",
    ),
    C(
        "en",
        "not_now",
        "Hi James,\n\nTiming isn't right: we're closing a refinancing this quarter and I can't add another "
        "banking relationship on top of it. Try me again next year and I'll gladly take the meeting.\n\nBest,\n"
        "Andrew Bell\nCFO | Ravenscourt Clinics" + bank_en("Mon, 5 Oct 2026 at 12:00", "Andrew"),
        sent="2026-10-06",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Monsieur,\n\nJe vous remercie pour votre courriel. Nous sommes en plein inventaire annuel et "
        "la moitié de l'équipe y est mobilisée. Je vous propose de reprendre contact en septembre, s'il vous plaît.\n\n"
        "Bien à vous,\nCatherine Dewulf\nGestionnaire – Dewulf Logistique SPRL, Namur\n081 55 42 19",
        sent="2026-06-10",
        until="2026-09-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour, ça pourrait nous intéresser plus tard dans l'année, pour l'instant ce n'est pas prioritaire.",
        sent="2027-03-23",
        until=None,
    ),
    C(
        "en",
        "not_now",
        "Hey Tom, not ignoring you! Year-end close is eating all my time. Reach out mid-January and I'll make "
        "room for this.\n\nGet Outlook for iOS" + saas_en("Tuesday, 17 November 2026 1:00 PM", "Megan"),
        sent="2026-11-18",
        until="2027-01-15",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour, on est en pleine fin d'année financière pis c'est le rush. Recontactez-moi au printemps, ça "
        "va me faire plaisir d'en jaser.\n\nGeneviève Bouchard, CPA\nAssociée, Bouchard Leblanc CPA inc.\n"
        "418 555-0199",
        sent="2027-01-26",
        until="2027-03-21",
    ),
    C(
        "en",
        "not_now",
        "We're in the middle of our annual audit. After March 15th I'll have my head above water - drop me a "
        "line then.",
        sent="2026-02-24",
        until="2026-03-16",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Camille,\nPas ce mois-ci, on clôture. Revenez vers moi le mois prochain.\nNathalie"
        + saas_fr("lun. 6 avr. 2026 à 09:20"),
        sent="2026-04-07",
        until="2026-05-01",
    ),
    C(
        "en",
        "not_now",
        "Good product, bad timing. Let's reconnect in a couple of months when the new finance lead is settled.",
        sent="2027-05-04",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nJ'ai bien reçu votre relance, ne pensez pas que je vous oublie. Notre conseil municipal ne "
        "se réunit pas avant la fin de l'été et rien ne peut être engagé sans délibération. Recontactez-moi "
        "début octobre, le dossier pourra alors être inscrit à l'ordre du jour.\n\nCordialement\n"
        "Hervé Mallet\nDirecteur général des services – Mairie de Saint-Flour",
        sent="2026-07-02",
        until="2026-10-01",
    ),
    C(
        "fr",
        "not_now",
        "semaine de fou ici. relancez moi la semaine prochaine, promis je reponds",
        sent="2027-06-16",
        until="2027-06-21",
    ),
    C(
        "en",
        "not_now",
        "Please don't remove me from your list - I just need time. We're mid-fundraise and can't take on new "
        "vendors. Let's talk in the new year.\n\nLeo\nFounder, Quillstack"
        + saas_en("Tuesday, 25 August 2026 10:00 AM", "Leo"),
        sent="2026-08-26",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Madame Castaing,\n\nVotre proposition m'intéresse réellement, mais le budget de la clinique "
        "pour 2028 sera voté en décembre et je ne peux rien engager d'ici là. Revenez vers moi en janvier.\n\n"
        "Cordialement,\nDr Isabelle Nguyen\nDirectrice générale – Clinique Sainte-Odile"
        + bank_fr("mardi 7 septembre 2027 09:00", "Docteur"),
        sent="2027-09-08",
        until="2028-01-01",
    ),
    C(
        "fr",
        "not_now",
        "bonjour, trop tôt pour nous, on vient de lever des fonds et on structure d'abord l'équipe. d'ici "
        "quelques semaines peut-être",
        sent="2026-10-21",
        until=None,
    ),
    C(
        "en",
        "not_now",
        "Hi, our fiscal year ends in June and nothing new gets approved before then. Q3 would be the earliest "
        "realistic window - please get back to me then.\n\nBest regards,\nHannah Schmid\nHead of Finance, "
        "Alpenrot AG, Zürich" + DISCLAIMER,
        sent="2027-02-09",
        until="2027-07-01",
    ),
    # ---------------------------------------------------------------- referral (14)
    C(
        "en",
        "referral",
        "Sorry, I don't handle the insurance side here - better ask Mrs Ponsard.",
        sent="2026-01-20",
        referral=("Ponsard", None),
    ),
    C(
        "en",
        "referral",
        "Hi Tom, I moved to the product side in January. Accounts payable is now owned by Rachel Okafor "
        "(rachel.okafor@tenby-foods.co.uk), she's the one to talk to.\n\nCheers,\nSimon"
        + saas_en("Wednesday, 4 March 2026 11:45 AM", "Simon"),
        sent="2026-03-05",
        referral=("Rachel Okafor", "rachel.okafor@tenby-foods.co.uk"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nMaître Delorme a quitté l'étude le 31 mars pour s'installer à Bordeaux. Pour toute question "
        "relative à la gestion financière de l'office, je vous invite à contacter Maître Karine Aubert, notaire "
        "associée, à l'adresse k.aubert@notaires-aubert-sete.fr.\n\nCordialement,\nLe secrétariat\n"
        "Office notarial Aubert – Sète" + bank_fr("jeudi 9 avril 2026 15:00"),
        sent="2026-04-14",
        referral=("Karine Aubert", "k.aubert@notaires-aubert-sete.fr"),
    ),
    C(
        "fr",
        "referral",
        "c pas moi qu'il faut voir, appelez Kevin Lopez au 06 71 20 44 93 c lui le resp achats",
        sent="2026-05-13",
        referral=("Kevin Lopez", None),
    ),
    C(
        "en",
        "referral",
        "Wrong person I'm afraid - I'm in clinical operations. Try our finance director, Dr Paul Mensah.\n\n"
        "Sent from my iPhone" + bank_en("Thu, 18 Jun 2026 at 08:00", "Dr Osei"),
        sent="2026-06-19",
        referral=("Paul Mensah", None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour Camille, je transfère à Lucie Garnier, notre comptable, c'est elle qui s'occupe de tout ça. "
        "Lucie, je te laisse voir avec elle.\n\nPaul\n\n---------- Forwarded message ---------\n"
        "De : Camille Roux <camille.roux@ledgerly.io>\nDate: mar. 8 sept. 2026 à 10:00\nSubject: "
        "Dématérialisation de vos factures\nTo: <contact@atelier-verrier.fr>\n\nBonjour,\n\nJe me permets de "
        "vous relancer. Une démo de 20 minutes ? Je peux aussi vous envoyer une proposition tarifaire.\n\n"
        "Camille Roux\nSe désinscrire : https://ledgerly.io/u/31aa",
        sent="2026-09-10",
        referral=("Lucie Garnier", None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne fais plus partie de la société Techniplast depuis juin dernier. Je vous laisse "
        "vous adresser à mon successeur, Monsieur Arnaud Texier, arnaud.texier@techniplast.fr, tél. 03 89 44 "
        "17 62.\n\nBonne continuation\nMichel Haas",
        sent="2026-10-14",
        referral=("Arnaud Texier", "arnaud.texier@techniplast.fr"),
    ),
    C(
        "en",
        "referral",
        "Looping in Deepa Shah, our Head of Treasury, who owns banking relationships for the group. Deepa, see "
        "below.\n\nBest\nNick" + bank_en("Mon, 9 Nov 2026 at 13:30", "Mr Grant"),
        sent="2026-11-10",
        referral=("Deepa Shah", None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour Monsieur,\nLes questions d'assurance des bâtiments communaux relèvent du service patrimoine. "
        "Je transmets votre message à M. Yannick Brun (y.brun@ville-aubenas.fr).\nCordialement\n"
        "Accueil de la mairie d'Aubenas",
        sent="2027-01-13",
        referral=("Yannick Brun", "y.brun@ville-aubenas.fr"),
    ),
    C(
        "en",
        "referral",
        "hey - not my area, talk to our ops guy Jordan. he's jordan@fernway.app",
        sent="2027-03-02",
        referral=("Jordan", "jordan@fernway.app"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nJe suis l'assistante de M. Rochat. C'est sa fille, Mme Léa Rochat, qui reprend la "
        "direction de l'entreprise et qui prendra ce type de décision désormais. Vous pouvez la joindre au "
        "+41 27 555 60 14.\n\nMeilleures salutations\nSandrine Zufferey\nRochat Construction Sàrl, Sion",
        sent="2027-04-20",
        referral=("Léa Rochat", None),
    ),
    C(
        "en",
        "referral",
        "Hi Tom,\n\nThis would sit with our controller in Montreal rather than me - Étienne Caron, "
        "ecaron@northmaple.ca, 514 555 0187. I've told him to expect your email.\n\nRegards,\nLinda Zhao\n"
        "VP Finance, North Maple Foods",
        sent="2027-06-01",
        referral=("Étienne Caron", "ecaron@northmaple.ca"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour, je suis en retraite depuis le 1er juillet. Adressez-vous à l'étude, Me Romain Picard a repris "
        "mes dossiers : 14 avenue Foch, 54000 Nancy.\n\nMe A. Vautrin" + bank_fr("vendredi 3 septembre 2027 11:00"),
        sent="2027-09-07",
        referral=("Romain Picard", "14 avenue Foch, 54000 Nancy"),
    ),
    C(
        "fr",
        "referral",
        "> Seriez-vous disponible pour un rendez-vous de 30 minutes la semaine prochaine ?\n\nPas moi, mais notre "
        "DAF oui : Sébastien Morel. Je lui ai transféré votre message.\n\n"
        "> Si le sujet ne vous intéresse pas, dites-le-moi simplement\n\nSi, le sujet intéresse la maison, mais "
        "ce n'est pas mon périmètre.",
        sent="2027-10-12",
        referral=("Sébastien Morel", None),
    ),
    # ---------------------------------------------------------------- unsubscribe (14)
    C(
        "fr",
        "unsubscribe",
        "Merci de ne plus me contacter, ni par mail ni par téléphone.\n\nEnvoyé de mon iPhone"
        + courtage_fr("jeu. 22 janv. 2026 à 10:00"),
        sent="2026-01-26",
    ),
    C(
        "en",
        "unsubscribe",
        "I did not sign up for this and I have no idea how you got my address. Take it off whatever list this is.",
        sent="2026-02-26",
    ),
    C(
        "fr",
        "unsubscribe",
        "Retirez mon adresse de vos fichiers svp",
        sent="2026-04-01",
    ),
    C(
        "fr",
        "unsubscribe",
        "Désinscrivez-moi, je ne parle pas anglais et ne suis pas concerné."
        + saas_en("Tuesday, 26 May 2026 9:00 AM", "M. Ballet"),
        sent="2026-05-28",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nC'est la quatrième relance en trois semaines. Je ne suis pas intéressé, je vous l'ai déjà "
        "dit au téléphone, et je vous demande maintenant de supprimer mes coordonnées conformément au RGPD. "
        "Merci de me confirmer la suppression.\n\nMe Hubert Caillaux\nNotaire – Étude Caillaux, Angers"
        + bank_fr("mercredi 1 juillet 2026 09:40"),
        sent="2026-07-03",
    ),
    C(
        "en",
        "unsubscribe",
        "please unsubscribe me from all Verlaine mailings. thank you" + bank_fr("lundi 10 août 2026 08:00", "Madame"),
        sent="2026-08-12",
    ),
    C(
        "fr",
        "unsubscribe",
        "STOP STOP STOP. je veux plus recevoir vos mails",
        sent="2026-09-23",
    ),
    C(
        "en",
        "unsubscribe",
        "Hi Tom,\n\nNothing against you personally, but I'd ask that you remove me from your mailing list. "
        "We get dozens of these a week and I'm trying to cut the noise.\n\nThanks for understanding,\n"
        "Carla Mendes\nController | Oakline Studios" + saas_en("Monday, 26 October 2026 2:00 PM", "Carla"),
        sent="2026-10-28",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour, je vous prie de bien vouloir me rayer de votre liste de diffusion. Salutations. "
        "Commune de Vézelay, secrétariat de mairie",
        sent="2026-12-15",
    ),
    C(
        "fr",
        "unsubscribe",
        "bonjour, je ne souhaite plus recevoir de sollicitations commerciales de votre part. bonne journée\n\n"
        "Martine Lefèvre\nCabinet Lefèvre Conseil – Liège\n04 355 27 61" + DISCLAIMER,
        sent="2027-02-03",
    ),
    C(
        "en",
        "unsubscribe",
        "Not interested. Remove me please, and don't pass my details on to anyone else.\n\nGet Outlook for Android",
        sent="2027-03-24",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe vous ai répondu poliment la dernière fois. Manifestement ça n'a pas suffi. Je ne veux "
        "plus entendre parler de votre offre de mutuelle : effacez mes coordonnées, celles de ma société et "
        "celles de mes salariés que vous avez manifestement aussi.\n\nR. Thibault\nGérant – Thibault "
        "Transports" + courtage_fr("mar. 11 mai 2027 à 09:00"),
        sent="2027-05-12",
    ),
    C(
        "en",
        "unsubscribe",
        "Kindly opt me out of future emails from Ledgerly. This inbox is monitored for patient matters only.\n\n"
        "Reception | Harbourside Dental Practice",
        sent="2027-08-17",
    ),
    C(
        "fr",
        "unsubscribe",
        "Arrêtez de m'écrire svp, c'est non et ce sera toujours non. Enlevez-moi de votre base.\n\nEnvoyé de "
        "mon iPhone" + saas_fr("mer. 13 oct. 2027 à 11:00"),
        sent="2027-10-14",
    ),
    # ---------------------------------------------------------------- out_of_office (12)
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du bureau du 16 au 27 février inclus, avec un accès limité à ma messagerie. "
        "Pour toute demande de rendez-vous ou urgence, merci de contacter ma collègue Laura Petit au "
        "01 53 20 44 18.\n\nCordialement,\nMaître Sophie Delmas" + bank_fr("lundi 16 février 2026 08:00"),
        sent="2026-02-16",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: I'm out of the office until Monday 13 April with no access to email. For anything "
        "urgent please contact finance@harrowmere.co.uk. I will reply on my return.",
        sent="2026-04-08",
    ),
    C(
        "fr",
        "out_of_office",
        "Réponse automatique : Je suis actuellement en congés. Votre message ne sera pas transféré. Je le "
        "traiterai dès mon retour.",
        sent="2026-07-20",
    ),
    C(
        "en",
        "out_of_office",
        "Thank you for your email. I am currently on parental leave and will return in late September. During "
        "my absence, please direct all meeting requests and invoices to my colleague Owen Price "
        "(owen.price@tallyhoapp.com).\n\nKind regards,\nBeth Morgan\nHead of Operations",
        sent="2026-08-04",
    ),
    C(
        "en",
        "out_of_office",
        "Travelling for the Global Industrie trade show in Lyon until Thursday, will answer when I'm back.\n\n"
        "Sent from my iPhone",
        sent="2026-03-24",
    ),
    C(
        "fr",
        "out_of_office",
        "** Message automatique **\nL'étude est fermée du 24 décembre 2026 au 3 janvier 2027 inclus. En cas "
        "d'urgence concernant une signature, veuillez contacter la Chambre des notaires.\n"
        "** Automatic reply **\nOur office is closed from 24 December 2026 to 3 January 2027. For urgent matters "
        "please contact the Chambre des notaires.",
        sent="2026-12-28",
    ),
    C(
        "en",
        "out_of_office",
        "Hi, I'm away at a board meeting offsite all week and checking mail sporadically. If it's urgent, text "
        "me on 07700 900 412, otherwise I'll get back to you next week.",
        sent="2027-01-25",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absent jusqu'au lundi 5 avril 2027. Pour toute question relative à la paie ou aux "
        "contrats d'assurance du personnel, adressez-vous à Mme Carole Simon, carole.simon@metalliance.fr."
        "\n\nCordialement\nFrédéric Aubry\nDRH – Métalliance" + courtage_fr("lun. 29 mars 2027 à 09:00"),
        sent="2027-03-29",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour, je suis présentement en vacances et de retour le 9 août. Votre courriel sera traité à mon "
        "retour. Pour une urgence, communiquez avec la réception au 450 555-0110.\n\nMarc-André Pelletier, "
        "Clinique vétérinaire des Laurentides",
        sent="2027-07-27",
    ),
    C(
        "en",
        "out_of_office",
        "I'm currently out of office with limited connectivity. Responses will be delayed.\n\n--\nNoah Fischer | "
        "Finance Lead | Stackmint",
        sent="2027-08-10",
    ),
    C(
        "fr",
        "out_of_office",
        "Message d'absence - Je suis en arrêt maladie pour une durée indéterminée. Merci de renvoyer votre "
        "demande à accueil@cabinet-morin-compta.fr qui la transmettra.",
        sent="2027-10-06",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis en formation hors du bureau ce mercredi et ce jeudi. Je prendrai connaissance de votre "
        "message vendredi.\nBien à vous\nJulien Marty – Mairie de Figeac, service finances" + DISCLAIMER,
        sent="2027-11-17",
    ),
    # ---------------------------------------------------------------- other (13)
    C(
        "fr",
        "other",
        "Votre message a bien été reçu par notre service clients. Il sera traité dans un délai de 48 heures "
        "ouvrées. Ceci est un accusé de réception automatique, merci de ne pas y répondre.",
        sent="2026-01-07",
    ),
    C(
        "en",
        "other",
        "Thank you for contacting Fernway support. Your ticket #48213 has been created and a member of our team "
        "will be in touch. Please do not reply to this message.",
        sent="2026-02-05",
    ),
    C(
        "en",
        "other",
        "Not sure what this is about, I never asked for a meeting with your bank??",
        sent="2026-03-31",
    ),
    C(
        "fr",
        "other",
        "Meilleurs voeux pour 2027 à toute l'équipe d'Aubrac Courtage, et au plaisir !",
        sent="2027-01-04",
    ),
    C(
        "en",
        "other",
        "Don't worry, I'm not asking to be taken off anything - just confirming your email landed. Thanks, Tom."
        + saas_en("Monday, 20 July 2026 10:00 AM", "Ryan"),
        sent="2026-07-21",
    ),
    C(
        "fr",
        "other",
        "Bien reçu, merci Mathieu. Bonne fin de journée à vous aussi.\n\nEnvoyé de mon iPhone"
        + courtage_fr("mar. 8 sept. 2026 à 16:00"),
        sent="2026-09-08",
    ),
    C(
        "fr",
        "other",
        "Félicitations pour votre nouveau poste chez Verlaine ! Je ne savais pas que vous aviez quitté la "
        "Société Générale.",
        sent="2026-10-08",
    ),
    C(
        "en",
        "other",
        "Ha, you're persistent, I'll give you that 😄 Have a good weekend.",
        sent="2026-11-27",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nPetite remarque en passant : votre lien dans la signature pointe vers une page d'erreur, "
        "vous devriez le signaler à votre service informatique.\n\nCordialement\nJ. Besson"
        + saas_fr("lun. 8 févr. 2027 à 09:00"),
        sent="2027-02-10",
    ),
    C(
        "en",
        "other",
        "Delivery has failed to these recipients or groups:\n\nm.oconnor@brackenfield.ie\nThe email address "
        "you entered couldn't be found. Please check the recipient's email address and try to resend the "
        "message.",
        sent="2027-04-27",
    ),
    C(
        "fr",
        "other",
        "\n\nEnvoyé de mon iPhone" + bank_fr("mardi 15 juin 2027 10:00"),
        sent="2027-06-17",
    ),
    C(
        "fr",
        "other",
        "Bonjour, je crois que votre collègue m'a déjà écrit la même chose hier, vous devriez vous coordonner "
        "en interne 🙂\n\nCdt\nV. Girard, Cabinet Girard Audit",
        sent="2027-08-24",
    ),
    C(
        "en",
        "other",
        "Thanks James, and thanks for the lovely card last month - much appreciated by the whole team."
        + bank_en("Thu, 2 Dec 2027 at 10:00", "Mrs Doyle"),
        sent="2027-12-03",
    ),
]


def main(argv: list[str]) -> int:
    """Write DIR/cases.json in the format `relance eval --only intents --intents DIR` reads."""
    if len(argv) != 2:
        print("usage: python eval/intents/heldout7.py DIR  (writes DIR/cases.json)", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    cases = [{"id": f"heldout7-{n:03d}", "split": "heldout5", **case} for n, case in enumerate(CASES, 1)]
    (out / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {out / 'cases.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
