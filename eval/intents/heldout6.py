"""A sixth held-out split, `heldout6`: 200 replies written by hand on 2026-11-30 by a helper who never opened the
classifier (workers/relance/intelligence/, workers/relance/analysis/) nor any other split's replies (only the
format of `heldout5.py` and the label conventions of README.md), measured once, never tuned on.

Prospects of a French wealth-management firm (Patrimonia Conseil: bilan patrimonial, assurance-vie, PER, SCPI,
épargne salariale, gestion sous mandat) and of its London desk (treasury and private-client mandates) answering
an adviser's prospecting or follow-up email: about 60 % French, 40 % English, some answering in the other language
than the thread. Terse mobile one-liners, SMS spelling, missing accents, typos, long rambling paragraphs, mixed
signals where one ask clearly dominates, indirect opt-outs and replies that only look like opt-outs, referrals with
the colleague's name and address, absence notices with and without a return day, signatures, legal footers
(some mentioning unsubscribing), "Envoyé de mon iPhone", and quoted history (Outlook "De : / Envoyé :",
"From: / Sent:", Gmail "Le … a écrit :" / "On … wrote:", "> " quoting) whose wording belongs to other classes.
Message days range over 2026-2027, weekdays only; not_now dates follow README.md's conventions.

In cases.json since build.py learnt its name (2026-11-30, after the blind measure below): `relance eval --only intents`
prints it as the "heldout6 split". Six one-liners that other splits had word for word ("No thanks.", "nah we're
good", "stop", "Merci", "Who gave you my email address?", "Noted.") were reworded slightly, labels unchanged, so that
no reply is in two splits. `.venv/bin/python eval/intents/heldout6.py /tmp/h6` still writes this split alone to
/tmp/h6/cases.json, for `relance eval --only intents --intents /tmp/h6`.
First (blind) measure, 2026-11-30, rules only: macro-F1 0.840, accuracy 0.835, unsubscribe precision 0.875 (two
"no need to remove me" declines read as opt-outs), not_now dates 20/22, referral names 13/16 and addresses 14/16,
9.0 % to an LLM.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

from common import C

_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_FR_MONTHS_SHORT = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

CAMILLE = ("Camille Dervaux", "camille.dervaux@patrimonia-conseil.fr")
ANTOINE = ("Antoine Ribeiro", "a.ribeiro@patrimonia-conseil.fr")
TOM = ("Tom Hale", "tom.hale@patrimonia-partners.co.uk")
NADIA = ("Nadia Brooks", "nadia.brooks@patrimonia-partners.co.uk")

# Adviser emails quoted under the replies. Each carries words of other classes on purpose.
FR_AUDIT = """Bonjour,

Je me permets de revenir vers vous au sujet de notre proposition de bilan patrimonial offert. Seriez-vous disponible
pour un rendez-vous de 30 minutes la semaine prochaine ? Je peux aussi vous envoyer notre brochure et nos tarifs.

Si vous ne souhaitez plus recevoir mes messages, dites-le moi simplement et je vous retirerai de notre liste.

Bien cordialement,
{name}
Conseiller en gestion de patrimoine – Patrimonia Conseil
12 rue de la Paix, 75002 Paris – 01 42 60 18 75"""

FR_EPARGNE = """Bonjour,

Je reviens vers vous concernant la mise en place d'un PEE et d'un PERCOL pour vos salariés. Si ce n'est pas le bon
moment, dites-moi quand revenir vers vous ; et si vous n'êtes pas la bonne personne, pourriez-vous m'indiquer qui
contacter ? Pas intéressé ? Un simple « non » me suffit.

Cordialement,
{name}
Patrimonia Conseil – Épargne salariale"""

FR_SCPI = """Madame, Monsieur,

Suite à notre échange au salon Patrimonia, je vous relance au sujet de nos SCPI de rendement (taux de distribution
2025 : 5,1 %). Je serai absent du 20 au 27, mais ma collègue peut vous présenter la documentation complète et
organiser une démonstration de notre espace client.

Pour vous désabonner de nos communications, répondez STOP.

{name}
Patrimonia Conseil"""

EN_CALL = """Hi,

Just following up on my note about our treasury mandate for mid-sized companies. Would you be open to a
20-minute call next week? Happy to send pricing and a couple of case studies beforehand.

If you'd rather not hear from me again, just reply "unsubscribe" and I'll take you off my list.

Best regards,
{name}
Patrimonia Partners | 30 St Mary Axe, London EC3A 8EP | +44 20 7946 0321"""

EN_TIMING = """Hello,

I wanted to circle back on our private-client offering. If now isn't the right time, let me know when to get back
in touch, or point me to the right person if this isn't for you. Not interested? No problem, just say so.

Kind regards,
{name}
Patrimonia Partners"""


def _before(sent: str, days: int) -> date:
    d = date.fromisoformat(sent) - timedelta(days=days)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def fr_outlook(
    sent: str, body: str = FR_AUDIT, who: tuple[str, str] = CAMILLE, subject: str = "Votre bilan patrimonial"
) -> str:
    d = _before(sent, 6)
    head = (
        "\n________________________________\n"
        f"De : {who[0]} <{who[1]}>\n"
        f"Envoyé : {_FR_DAYS[d.weekday()]} {d.day} {_FR_MONTHS[d.month - 1]} {d.year} 09:41\n"
        f"Objet : RE: {subject}\n\n"
    )
    return head + body.format(name=who[0])


def fr_gmail(sent: str, body: str = FR_AUDIT, who: tuple[str, str] = CAMILLE) -> str:
    d = _before(sent, 5)
    head = (
        f"\nLe {_FR_DAYS_SHORT[d.weekday()]} {d.day} {_FR_MONTHS_SHORT[d.month - 1]} {d.year} à 10:12, "
        f"{who[0]} <{who[1]}> a écrit :\n"
    )
    return head + "\n".join("> " + line if line else ">" for line in body.format(name=who[0]).splitlines())


def en_outlook(sent: str, body: str = EN_CALL, who: tuple[str, str] = TOM, subject: str = "Treasury mandate") -> str:
    d = _before(sent, 7)
    head = (
        "\n\nFrom: " + f"{who[0]} <{who[1]}>\n"
        f"Sent: {_EN_DAYS[d.weekday()]}, {_EN_MONTHS[d.month - 1]} {d.day}, {d.year} 9:03 AM\n"
        f"Subject: RE: {subject}\n\n"
    )
    return head + body.format(name=who[0])


def en_gmail(sent: str, body: str = EN_TIMING, who: tuple[str, str] = TOM) -> str:
    d = _before(sent, 4)
    head = f"\nOn {_EN_DAYS[d.weekday()][:3]}, {_EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at 4:27 PM {who[0]} <{who[1]}> wrote:\n"
    return head + "\n".join("> " + line if line else ">" for line in body.format(name=who[0]).splitlines())


IPHONE_FR = "\n\nEnvoyé de mon iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
DISCLAIMER_FR = """

--
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
Toute utilisation non conforme à sa destination est interdite. Si vous n'êtes pas le destinataire, merci de le
détruire et d'en avertir immédiatement l'expéditeur. Pour ne plus recevoir nos lettres d'information, cliquez ici."""
DISCLAIMER_EN = """

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended
recipient, please notify the sender and delete it. To unsubscribe from our marketing communications, visit
our preference centre. Please consider the environment before printing this email."""

CASES = [
    # ---------------------------------------------------------------- interested
    C("fr", "interested", "ok pour moi" + IPHONE_FR + "\n" + fr_gmail("2026-12-02"), sent="2026-12-02"),
    C(
        "fr",
        "interested",
        "oui ca m interesse, on avance. tenez moi au courant de la suite\n\nJ. Roussel",
        sent="2027-01-12",
    ),
    C(
        "fr",
        "interested",
        """Bonjour Camille,

Merci pour votre relance et désolé pour le silence, la fin d'année a été compliquée entre la clôture des comptes du
cabinet et les enfants malades à tour de rôle. J'ai relu votre mail hier soir avec mon épouse : votre approche sur la
transmission aux enfants nous a plutôt convaincus, surtout la partie démembrement que notre notaire ne nous avait
jamais vraiment expliquée. Bref, nous sommes partants pour avancer avec vous.

Je vous laisse revenir vers nous pour la suite.

Bien à vous,
Olivier Chassagne
Chirurgien-dentiste
06 71 22 40 93"""
        + fr_outlook("2027-01-19"),
        sent="2027-01-19",
    ),
    C("fr", "interested", "Partant !" + IPHONE_FR, sent="2026-11-10"),
    C(
        "fr",
        "interested",
        "Bonne idée, allons-y.\n\nFrançoise Léger" + fr_gmail("2027-03-09", FR_SCPI, ANTOINE),
        sent="2027-03-09",
    ),
    C("fr", "interested", "Ca me parle bien votre histoire de PER, je suis preneur.", sent="2027-09-14"),
    C(
        "fr",
        "interested",
        """Bonjour,

Le sujet nous intéresse. Nous en avons parlé en comité de direction hier et la direction générale est favorable à
la mise en place d'un plan d'épargne pour les salariés. Je reviens vers vous rapidement pour la suite.

Cordialement,
Nathalie Brun
Responsable RH – Menuiseries Brun & Fils
Tél. 05 56 34 12 80"""
        + DISCLAIMER_FR
        + fr_outlook("2027-02-16", FR_EPARGNE, ANTOINE, "Épargne salariale"),
        sent="2027-02-16",
    ),
    C("fr", "interested", "Pourquoi pas, ça peut valoir le coup. Je suis ok sur le principe.", sent="2026-10-06"),
    C("fr", "interested", "top merci, c bon pour nous on signe le mandat" + IPHONE_FR, sent="2027-05-20"),
    C(
        "fr",
        "interested",
        "Bonjour, pas de souci pour moi, vous pouvez lancer l'ouverture du contrat.\nCordialement\nM. Hamidi"
        + fr_outlook("2027-06-08"),
        sent="2027-06-08",
    ),
    C(
        "fr",
        "interested",
        """Au contraire, ça tombe à pic ! Nous venons de céder la société et la question du réemploi se pose maintenant.
Je suis intéressé.

Gérard Fontaine"""
        + fr_gmail("2026-12-16", FR_EPARGNE, ANTOINE),
        sent="2026-12-16",
    ),
    C(
        "fr",
        "interested",
        "Je ne dis pas non, bien au contraire : votre proposition me plaît beaucoup.\n\nSylvie Marchand",
        sent="2027-04-07",
    ),
    C(
        "fr",
        "interested",
        "Bonjour Tom, oui cela nous intéresse. Je préfère échanger en français si c'est possible pour vous.\n\nBien cordialement,\nRaphaël Guichard"
        + en_outlook("2027-02-02"),
        sent="2027-02-02",
    ),
    C("en", "interested", "Sounds good, count me in.", sent="2026-10-27"),
    C("en", "interested", "Yes please, go ahead." + IPHONE_EN + "\n" + en_gmail("2027-01-26"), sent="2027-01-26"),
    C(
        "en",
        "interested",
        """Hi Tom,

Apologies for the radio silence – Q4 has been brutal and I'm only now getting through my inbox. Having read your
note again, I think the cash-sweep idea is exactly what our board has been asking about for the last two meetings,
so yes, we'd like to move forward. I'll loop back once I've cleared it with the FD, shouldn't be an issue.

Best,
Helen Ashworth
Group Financial Controller
Ashworth Logistics Ltd"""
        + DISCLAIMER_EN
        + en_outlook("2027-01-14"),
        sent="2027-01-14",
    ),
    C("en", "interested", "Definitely keen, this has been on my radar for a while.", sent="2027-06-23"),
    C("en", "interested", "intrested, lets do it", sent="2026-11-19"),
    C(
        "en",
        "interested",
        "No objection from my side, happy to proceed.\n\nR. Patel" + en_gmail("2027-08-10", EN_CALL),
        sent="2027-08-10",
    ),
    C(
        "en",
        "interested",
        "Hello Camille, sorry I do not write French well. Yes we are interested by the proposal, my wife and me agree.\n\nKlaus Weber"
        + fr_gmail("2027-03-25"),
        sent="2027-03-25",
    ),
    C("en", "interested", "Not a bad idea at all. I'm in.", sent="2026-09-08"),
    C("fr", "interested", "Go, on y va. Merci Antoine", sent="2027-10-05"),
    # ---------------------------------------------------------------- meeting_request
    C("fr", "meeting_request", "On peut s'appeler mardi ?" + IPHONE_FR, sent="2026-11-05"),
    C("fr", "meeting_request", "dispo jeudi 14h pour un call" + fr_gmail("2027-02-08"), sent="2027-02-08"),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\nPassez donc au cabinet la semaine prochaine, mon assistante vous trouvera un créneau.\nCordialement\n\nMe Isabelle Caron\nAvocate associée",
        sent="2027-03-16",
    ),
    C(
        "fr",
        "meeting_request",
        "Volontiers pour un rdv. Je suis libre le 12 ou le 13 janvier en fin de matinée, à vous de voir.\n\nA. Benoît",
        sent="2026-12-21",
    ),
    C(
        "fr",
        "meeting_request",
        """Bonjour,

Je ne suis pas sûr que ce soit pour nous, honnêtement, on a déjà un conseiller à la banque. Mais je veux bien en
discuter vingt minutes au téléphone pour me faire une idée. Appelez-moi au 06 12 48 73 90 demain après 18h.

Stéphane Mercier"""
        + fr_outlook("2027-04-13"),
        sent="2027-04-13",
    ),
    C("fr", "meeting_request", "Envoyez moi une invit teams pour la semaine prochaine", sent="2027-05-25"),
    C("fr", "meeting_request", "Ok pour un échange. Quel jour vous arrange ?", sent="2026-10-13"),
    C(
        "fr",
        "meeting_request",
        "Je serai à Lyon le 18, on peut déjeuner ensemble si vous êtes dans le coin ?\n\nPierre-Yves",
        sent="2027-06-02",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour, pouvez-vous me rappeler ? Je n'ai pas tout compris à votre mail.\n01 44 29 87 10\nMme Da Silva",
        sent="2027-01-07",
    ),
    C(
        "fr",
        "meeting_request",
        "Pas le temps d'écrire, appelez moi sur mon portable svp" + IPHONE_FR,
        sent="2027-09-21",
    ),
    C(
        "fr",
        "meeting_request",
        "Oui pour la démo. Mercredi 10h ça marche ?\n\nLaurence Piquet\nDirectrice administrative et financière"
        + fr_gmail("2026-11-23", FR_SCPI, ANTOINE),
        sent="2026-11-23",
    ),
    C(
        "fr",
        "meeting_request",
        """Bonjour Camille,

L'assurance-vie ne m'intéresse pas, j'en ai déjà trois. En revanche j'aimerais qu'on se voie pour parler de la SCI
familiale et de ce qu'on en fait après le décès de ma mère. Seriez-vous disponible début décembre pour un rendez-vous
au cabinet ?

Cordialement,
Hélène Vasseur"""
        + fr_outlook("2026-11-18"),
        sent="2026-11-18",
    ),
    C("en", "meeting_request", "Can we talk Tuesday?", sent="2027-02-18"),
    C(
        "en",
        "meeting_request",
        "Happy to jump on a call. Does Thursday 3pm GMT work for you?\n\nMark" + en_outlook("2026-10-19"),
        sent="2026-10-19",
    ),
    C(
        "en",
        "meeting_request",
        "Let's find some time next week – grab a slot that suits you here: https://meet.hollisgroup.com/jwhitfield/30min\n\nJames Whitfield\nCFO, Hollis Group",
        sent="2027-04-27",
    ),
    C(
        "en",
        "meeting_request",
        "Not convinced yet, but I'll give you 15 minutes. Call me on +44 7700 900412 after 5.\n\nDan" + IPHONE_EN,
        sent="2027-07-01",
    ),
    C(
        "en",
        "meeting_request",
        """Hi Nadia,

Could you swing by our office next time you're in Manchester? It would be much easier to go through this face to
face with my business partner in the room.

Cheers,
Owen Price
Price & Lowe Architects"""
        + en_gmail("2027-05-11", EN_TIMING, NADIA),
        sent="2027-05-11",
    ),
    C("en", "meeting_request", "sure, send an invite for friday", sent="2026-12-08"),
    C(
        "en",
        "meeting_request",
        "Hi, I'd rather discuss this over the phone than by email. Are you free Monday morning?\nThanks, Sam Okafor"
        + fr_outlook("2027-10-13"),
        sent="2027-10-13",
    ),
    C("fr", "meeting_request", "Je préfère en parler de vive voix. Lundi 9h, ça vous va ?", sent="2027-11-03"),
    # ---------------------------------------------------------------- information_request
    C("fr", "information_request", "envoyez moi la brochure et on verra", sent="2026-10-20"),
    C(
        "fr",
        "information_request",
        "Pouvez-vous m'en dire plus sur la fiscalité du dispositif ? Et quelle est la durée de blocage ?\n\nMerci,\nC. Lambert"
        + fr_gmail("2027-01-28"),
        sent="2027-01-28",
    ),
    C(
        "fr",
        "information_request",
        "Avant d'aller plus loin, j'aurais besoin de vos derniers reportings trimestriels et du DIC du fonds.\n\nBertrand Aubry\nGérant – Aubry Participations",
        sent="2027-03-02",
    ),
    C(
        "fr",
        "information_request",
        "C'est quoi exactement la différence avec ce que fait ma banque ?" + IPHONE_FR,
        sent="2026-11-26",
    ),
    C(
        "fr",
        "information_request",
        "Pas pour l'instant, mais envoyez-moi quand même la documentation, je la lirai à tête reposée.\n\nAnne-Sophie",
        sent="2027-06-16",
    ),
    C("fr", "information_request", "Vous êtes agréés AMF ? Vous avez un numéro ORIAS ?", sent="2027-02-23"),
    C(
        "fr",
        "information_request",
        """Bonjour Monsieur Ribeiro,

J'ai bien lu votre message sur les SCPI. Quelques questions avant de me décider, si vous le permettez :
- comment sont imposés les revenus pour quelqu'un qui est déjà dans la tranche à 41 % ?
- est-ce qu'on peut les loger dans une assurance-vie existante ou il faut en ouvrir une nouvelle ?
- que se passe-t-il si je veux revendre mes parts au bout de trois ans, il y a un délai ?

Je préfère avoir les réponses par écrit, je suis souvent en réunion.

Bien cordialement,
Jean-Marc Tessier"""
        + fr_outlook("2027-09-28", FR_SCPI, ANTOINE, "Nos SCPI de rendement"),
        sent="2027-09-28",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\nAuriez-vous des références clients dans le secteur médical ?\nMerci",
        sent="2026-12-10",
    ),
    C("fr", "information_request", "Je veux bien une plaquette par mail svp", sent="2027-04-20"),
    C(
        "fr",
        "information_request",
        "Comment se passe la sortie si on veut récupérer les fonds avant 8 ans ?" + fr_gmail("2027-07-20"),
        sent="2027-07-20",
    ),
    C(
        "fr",
        "information_request",
        "Pouvez-vous me transmettre un exemple de bilan patrimonial (anonymisé bien sûr) pour voir à quoi ça ressemble ?\nD. Perret",
        sent="2026-09-22",
    ),
    C(
        "fr",
        "information_request",
        "Merci. Pourriez-vous préciser quels supports sont éligibles au PEA-PME ?\n\nÉric Vidal"
        + DISCLAIMER_FR
        + fr_outlook("2027-03-30"),
        sent="2027-03-30",
    ),
    C(
        "fr",
        "information_request",
        "Ou se trouvent vos bureaux ? vous intervenez aussi en Bretagne ?",
        sent="2027-08-24",
    ),
    C(
        "fr",
        "information_request",
        "Je ne comprends pas bien ce que vous proposez concrètement, vous pouvez m'expliquer en deux lignes ?",
        sent="2027-05-05",
    ),
    C(
        "fr",
        "information_request",
        "Interessant. Vous avez un lien vers une présentation ou une vidéo ?",
        sent="2026-10-29",
    ),
    C("en", "information_request", "Send me the deck and I'll take a look.", sent="2027-01-21"),
    C(
        "en",
        "information_request",
        "What's the minimum ticket for the private equity fund?\n\nSent from Outlook for Android"
        + en_gmail("2027-02-25"),
        sent="2027-02-25",
    ),
    C(
        "en",
        "information_request",
        "Could you share a couple of case studies from clients of our size (c. 200 staff)?\n\nThanks,\nLucy Harding\nFinance Director"
        + en_outlook("2026-11-12"),
        sent="2026-11-12",
    ),
    C("en", "information_request", "Not now, but do send the whitepaper.", sent="2027-09-09"),
    C(
        "en",
        "information_request",
        "Who is the custodian for the assets? And are you regulated by the FCA?\n\nGraham",
        sent="2027-04-15",
    ),
    C(
        "en",
        "information_request",
        "Do you have this in English? I don't read French, sorry.\n\nMichael Turner" + fr_outlook("2027-06-29"),
        sent="2027-06-29",
    ),
    C(
        "en",
        "information_request",
        "Interesting – how does this interact with the UK/France tax treaty, given I'm still paying tax in London?",
        sent="2027-10-20",
    ),
    C(
        "en",
        "information_request",
        """Hi Tom,

Can you email over a short summary of how the mandate works (who holds the money, how often we get reporting,
what happens if we need the cash back at short notice)? I'd like to go through it with our accountant before we
take this any further.

Regards,
Fiona McLeod"""
        + en_outlook("2027-11-09"),
        sent="2027-11-09",
    ),
    C("en", "information_request", "quick q - is there a lock-up period?" + IPHONE_EN, sent="2026-12-14"),
    # ---------------------------------------------------------------- quote_request
    C("fr", "quote_request", "Combien ça coûte ?", sent="2026-11-03"),
    C(
        "fr",
        "quote_request",
        "Bonjour,\nQuels sont vos honoraires pour un bilan patrimonial complet ?\nCordialement,\nV. Morin"
        + fr_outlook("2027-01-13"),
        sent="2027-01-13",
    ),
    C(
        "fr",
        "quote_request",
        "Pouvez-vous m'envoyer un devis pour 40 salariés ?\n\nNathan Giraud\nGérant – Giraud Transports"
        + fr_gmail("2027-02-10", FR_EPARGNE, ANTOINE),
        sent="2027-02-10",
    ),
    C(
        "fr",
        "quote_request",
        "Faites-moi une proposition chiffrée et je la présente au conseil d'administration du 15.",
        sent="2027-05-18",
    ),
    C("fr", "quote_request", "c quoi vos frais de gestion ? droits d'entrée ?", sent="2027-07-06"),
    C(
        "fr",
        "quote_request",
        """Bonjour,

La gestion sous mandat ne m'intéresse pas vraiment, je préfère garder la main sur mes placements. Par contre,
combien prenez-vous pour un simple audit ponctuel de mes contrats d'assurance-vie ?

Merci,
Agnès Colin"""
        + fr_outlook("2026-10-08"),
        sent="2026-10-08",
    ),
    C("fr", "quote_request", "Avant toute chose je voudrais connaître votre grille tarifaire.", sent="2027-08-31"),
    C(
        "fr",
        "quote_request",
        "Ok sur le principe. Envoyez-nous votre offre avec les tarifs, on compare avec notre prestataire actuel.\n\nK. Benali"
        + fr_gmail("2027-11-16", FR_EPARGNE, ANTOINE),
        sent="2027-11-16",
    ),
    C("en", "quote_request", "What are your fees?", sent="2027-03-04"),
    C(
        "en",
        "quote_request",
        "Please send a quote for the reporting portal, 25 users.\n\nAndrew Lim\nOperations" + en_outlook("2026-09-29"),
        sent="2026-09-29",
    ),
    C(
        "en",
        "quote_request",
        "What would this cost us annually, roughly? I need a ballpark before I take it to the CFO.",
        sent="2027-06-09",
    ),
    C(
        "en",
        "quote_request",
        "Could you put together a proposal with pricing for the three entities (UK, Ireland, France)?\n\nBest,\nClaire Donovan"
        + en_gmail("2027-10-26", EN_CALL),
        sent="2027-10-26",
    ),
    C("en", "quote_request", "How much do you charge – flat fee or % of AUM?", sent="2027-01-04"),
    C(
        "en",
        "quote_request",
        "Hi Camille, what is your fee structure please? Thanks\nPaul Jansen" + fr_outlook("2027-04-28"),
        sent="2027-04-28",
    ),
    # ---------------------------------------------------------------- not_interested
    C("fr", "not_interested", "Non merci.", sent="2026-10-01"),
    C("fr", "not_interested", "pas intéressé" + IPHONE_FR, sent="2027-02-15"),
    C(
        "fr",
        "not_interested",
        "Merci mais nous avons déjà un conseiller avec qui nous sommes très satisfaits.\n\nMarc Delorme"
        + fr_outlook("2026-11-30"),
        sent="2026-11-30",
    ),
    C(
        "fr",
        "not_interested",
        "Je ne suis pas concerné, je suis retraité et tout est déjà organisé avec mon notaire.",
        sent="2027-03-18",
    ),
    C("fr", "not_interested", "Bonjour, non, ça ne nous intéresse pas. Bonne continuation.", sent="2027-05-27"),
    C(
        "fr",
        "not_interested",
        "C'est gentil mais ce n'est pas du tout notre priorité, et ça ne le sera pas.\n\nF. Garnier"
        + fr_gmail("2027-06-22", FR_EPARGNE, ANTOINE),
        sent="2027-06-22",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\nNous ne donnerons pas suite. Si notre situation évolue, je ne manquerai pas de revenir vers vous.\nCordialement\nThierry Lemaire",
        sent="2027-09-07",
    ),
    C("fr", "not_interested", "Je vais passer mon tour, merci.", sent="2026-12-01"),
    C("fr", "not_interested", "No merci, on gère ça en interne", sent="2027-01-27"),
    C(
        "fr",
        "not_interested",
        """Pas de besoin de notre côté pour la gestion sous mandat.
Pas la peine de me retirer de vos listes, je lis vos lettres d'information avec plaisir, mais l'offre ne nous
concerne pas.

Bien à vous,
Dominique Faure"""
        + fr_outlook("2027-04-01"),
        sent="2027-04-01",
    ),
    C(
        "fr",
        "not_interested",
        """Bonjour Madame,

J'ai bien reçu vos différents messages et je vous remercie pour votre patience. Après réflexion avec mon
expert-comptable, qui suit la société depuis sa création et connaît bien ma situation personnelle, nous avons
décidé de conserver notre organisation actuelle : la trésorerie reste placée sur des comptes à terme à la banque
et mon épargne personnelle chez mon assureur historique. Je ne souhaite pas multiplier les intervenants.

Je vous remercie pour le temps que vous m'avez consacré.

Cordialement,
Philippe Renaud
Gérant – Renaud Électricité
06 08 45 19 72"""
        + DISCLAIMER_FR
        + fr_outlook("2027-10-06"),
        sent="2027-10-06",
    ),
    C("fr", "not_interested", "Ca ne correspond pas à ce que je cherche.", sent="2027-08-03"),
    C(
        "fr",
        "not_interested",
        "Trop risqué pour moi le private equity, je préfère rester sur mes livrets. Merci quand même",
        sent="2026-09-15",
    ),
    C(
        "fr",
        "not_interested",
        "Nous avons signé avec un de vos concurrents la semaine dernière, désolé.\n\nCaroline Tissot\nDAF"
        + fr_gmail("2027-12-07", FR_EPARGNE, ANTOINE),
        sent="2027-12-07",
    ),
    C("fr", "not_interested", "non merci ca ne m interesse pas du tout", sent="2027-11-24"),
    C("fr", "not_interested", "Non merci, pas intéressé.\n\nL. Moreau" + en_outlook("2027-05-03"), sent="2027-05-03"),
    C("en", "not_interested", "No thanks, not for us.", sent="2026-10-14"),
    C("en", "not_interested", "Not interested, thanks." + en_gmail("2027-02-04"), sent="2027-02-04"),
    C("en", "not_interested", "We're all set on this front, appreciate you reaching out though.", sent="2027-03-23"),
    C("en", "not_interested", "I'll pass. Good luck with it." + IPHONE_EN, sent="2027-07-15"),
    C(
        "en",
        "not_interested",
        """Thanks Tom, but we've decided to stay with our current provider.

No need to take me off your list – I actually like your monthly market notes – it's just not the right fit for
the mandate.

Regards,
Ian Fletcher"""
        + en_outlook("2027-09-15"),
        sent="2027-09-15",
    ),
    C("en", "not_interested", "Not for us I'm afraid.", sent="2026-11-16"),
    C(
        "en",
        "not_interested",
        """Dear Mr Hale,

Thank you for your persistence. Having discussed this internally, the Group's treasury policy does not allow us to
place funds with non-bank counterparties, and the Board has no appetite to revisit that policy. We will therefore
not be pursuing your proposal.

Kind regards,
Margaret Ellison
Head of Treasury, Dunmore plc"""
        + DISCLAIMER_EN
        + en_outlook("2027-06-14"),
        sent="2027-06-14",
    ),
    C("en", "not_interested", "nah we're good thx", sent="2027-08-18"),
    C(
        "en",
        "not_interested",
        "Thanks but this is not relevant for me, I am not a French tax resident anymore.\n\nAnders Nilsson"
        + fr_gmail("2027-04-09"),
        sent="2027-04-09",
    ),
    # ---------------------------------------------------------------- not_now
    C("fr", "not_now", "pas pour l'instant merci" + IPHONE_FR, sent="2026-12-07", until=None),
    C(
        "fr",
        "not_now",
        "Recontactez-moi en janvier, on y verra plus clair après la clôture.\n\nSerge Collet"
        + fr_outlook("2026-11-17"),
        sent="2026-11-17",
        until="2027-01-01",
    ),
    C("fr", "not_now", "Intéressé mais pas avant mars.", sent="2026-12-09", until="2027-03-01"),
    C(
        "fr",
        "not_now",
        "Revenez vers moi dans deux semaines svp, je suis sous l'eau",
        sent="2027-02-03",
        until="2027-02-17",
    ),
    C(
        "fr",
        "not_now",
        "On en reparle après les vacances, là c'est le rush.\n\nÉmilie" + fr_gmail("2027-03-10"),
        sent="2027-03-10",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Le sujet est intéressant mais nous avons une levée de fonds en cours qui mobilise toute l'équipe. Relancez-moi au deuxième trimestre.\n\nBenjamin Roux\nCEO – Kelvio",
        sent="2026-11-24",
        until="2027-04-01",
    ),
    C("fr", "not_now", "Trop tôt. Voyons ça à la rentrée.", sent="2027-06-15", until="2027-09-01"),
    C("fr", "not_now", "recontacte moi apres le 15" + IPHONE_FR, sent="2027-01-05", until="2027-01-16"),
    C(
        "fr",
        "not_now",
        "On en reparlera quand la cession sera bouclée, je vous ferai signe.\n\nA. Lefort"
        + fr_outlook("2027-08-11", FR_EPARGNE, ANTOINE, "Épargne salariale"),
        sent="2027-08-11",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Mi-février ce serait mieux, je suis pris par les entretiens annuels d'ici là.",
        sent="2027-01-20",
        until="2027-02-15",
    ),
    C(
        "fr",
        "not_now",
        """Bonjour Monsieur,

Merci pour votre relance, je n'ai pas oublié votre proposition. Mais la succession de mon père n'est toujours pas
réglée chez le notaire, il reste la maison de Bretagne à vendre et mes sœurs ne sont pas d'accord sur le prix.
Tant que tout cela n'est pas clarifié, je ne peux rien décider sur mes placements. Ce ne sera probablement pas
avant l'an prochain. Recontactez-moi à ce moment-là, je serai content d'en parler.

Bien cordialement,
Michel Arnaud"""
        + fr_outlook("2026-09-16"),
        sent="2026-09-16",
        until="2027-01-01",
    ),
    C("fr", "not_now", "Revenez vers moi fin janvier, ok ?", sent="2026-12-15", until="2027-01-25"),
    C("fr", "not_now", "Pas maintenant. Dans 3 mois peut-être.", sent="2027-03-03", until="2027-06-03"),
    C(
        "fr",
        "not_now",
        "Je suis intéressé mais on boucle notre budget en ce moment. Le mois prochain ce sera plus simple.\n\nLoïc Barbier"
        + fr_gmail("2027-05-12", FR_EPARGNE, ANTOINE),
        sent="2027-05-12",
        until="2027-06-01",
    ),
    C("fr", "not_now", "Revenez vers moi la semaine prochaine plutôt, merci", sent="2027-02-24", until="2027-03-01"),
    C(
        "fr",
        "not_now",
        "Je suis en pleine cession de mon cabinet. Recontactez-moi le 4 mai, ce sera signé.\n\nDr Paul Girard",
        sent="2027-03-24",
        until="2027-05-04",
    ),
    C(
        "fr",
        "not_now",
        "Plus tard peut-être, là ce n'est pas le moment." + fr_outlook("2027-07-07"),
        sent="2027-07-07",
        until=None,
    ),
    C("en", "not_now", "Interested, but not before March.", sent="2026-11-04", until="2027-03-01"),
    C("en", "not_now", "Ping me after the 15th." + IPHONE_EN, sent="2027-04-06", until="2027-04-16"),
    C(
        "en",
        "not_now",
        "Let's revisit next quarter.\n\nChris" + en_outlook("2027-02-10"),
        sent="2027-02-10",
        until="2027-04-01",
    ),
    C("en", "not_now", "Try me again in a few weeks, we're mid-audit.", sent="2026-10-21", until=None),
    C(
        "en",
        "not_now",
        "Circle back in January please – budgets get signed off then.\n\nRuth Gallagher" + en_gmail("2026-12-01"),
        sent="2026-12-01",
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        """Hi Tom,

Thanks for chasing, and sorry I haven't come back to you sooner. We're in the middle of an office move and
honestly my head is elsewhere until the removal vans have gone. No need to remove me or anything, it's just bad
timing. Could you get back to me early September?

Best,
Neil Crawford"""
        + en_outlook("2027-07-13"),
        sent="2027-07-13",
        until="2027-09-01",
    ),
    C("en", "not_now", "Not right now. Maybe down the road.", sent="2027-05-04", until=None),
    C("en", "not_now", "Give me a month and reach out again.", sent="2027-03-17", until="2027-04-17"),
    C(
        "en",
        "not_now",
        "Hello, sorry for my english. Please contact me again in June, now is not good time.\nBest regards\nJoão Ferreira"
        + fr_outlook("2027-04-21"),
        sent="2027-04-21",
        until="2027-06-01",
    ),
    C(
        "en",
        "not_now",
        "Could we pick this up after the holidays? December is crazy here." + en_gmail("2026-12-03", EN_CALL),
        sent="2026-12-03",
        until="2027-01-02",
    ),
    # ---------------------------------------------------------------- referral
    C(
        "fr",
        "referral",
        "Bonjour,\nvoyez plutôt avec ma collègue Sophie Marchal, sophie.marchal@groupe-ardant.fr, c'est elle qui gère la trésorerie.\nCdt\nLuc Ardant"
        + fr_outlook("2027-01-18", FR_EPARGNE, ANTOINE, "Épargne salariale"),
        sent="2027-01-18",
        referral=("Sophie Marchal", "sophie.marchal@groupe-ardant.fr"),
    ),
    C(
        "fr",
        "referral",
        "Je ne m'occupe plus de ce dossier. Contactez M. Bertrand Lavigne (b.lavigne@lavigne-associes.fr).",
        sent="2027-02-22",
        referral=("Bertrand Lavigne", "b.lavigne@lavigne-associes.fr"),
    ),
    C(
        "fr",
        "referral",
        """Bonjour,

M. Durand a quitté la société fin septembre. Son successeur est Mme Inès Kaddour, que vous pouvez joindre à
l'adresse ines.kaddour@soframet.com.

Cordialement,
L'accueil Soframet"""
        + fr_gmail("2027-10-11", FR_EPARGNE, ANTOINE),
        sent="2027-10-11",
        referral=("Inès Kaddour", "ines.kaddour@soframet.com"),
    ),
    C(
        "fr",
        "referral",
        "C'est mon mari, Patrick Ollivier, qui gère nos placements. Je lui transfère votre message." + IPHONE_FR,
        sent="2026-11-09",
        referral=("Patrick Ollivier", None),
    ),
    C("fr", "referral", "Pas le bon interlocuteur, voir avec la DAF.", sent="2027-03-29", referral=(None, None)),
    C(
        "fr",
        "referral",
        """Bonjour,

Je pense que je suis en copie par erreur : le bon contact pour ce sujet est notre directeur financier, Hugo Ferrand
– hugo.ferrand@bati-ouest.fr / 02 40 11 22 33.

Bonne journée,
Aurélie Jamet
Assistante de direction – Bâti Ouest"""
        + DISCLAIMER_FR,
        sent="2027-05-31",
        referral=("Hugo Ferrand", "hugo.ferrand@bati-ouest.fr"),
    ),
    C(
        "fr",
        "referral",
        "Adressez-vous plutôt à notre expert-comptable, le cabinet Rigaud, qui gère ces questions pour nous : contact@cabinet-rigaud.fr",
        sent="2026-10-26",
        referral=(None, "contact@cabinet-rigaud.fr"),
    ),
    C(
        "fr",
        "referral",
        "c pas moi qui gere ca, ecrivez a julie.perrin@novaxis.fr",
        sent="2027-07-27",
        referral=(None, "julie.perrin@novaxis.fr"),
    ),
    C(
        "fr",
        "referral",
        """Bonjour Camille,

À titre personnel je ne suis pas concerné, tout est déjà en place de mon côté. En revanche mon associé, Laurent
Besson, se pose justement la question pour sa retraite : laurent.besson@besson-notaires.fr. Vous pouvez lui écrire de
ma part.

Cordialement,
Me François Delmas"""
        + fr_outlook("2027-09-01"),
        sent="2027-09-01",
        referral=("Laurent Besson", "laurent.besson@besson-notaires.fr"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour, je ne travaille plus chez Helvia depuis juin. Merci d'écrire à Marc Toulouse, marc.toulouse@helvia.ch\n\nNicolas Favre"
        + en_gmail("2027-08-05"),
        sent="2027-08-05",
        referral=("Marc Toulouse", "marc.toulouse@helvia.ch"),
    ),
    C(
        "en",
        "referral",
        "I'm not the right person for this – try Rachel Dunn, our Head of Treasury (rachel.dunn@corvane.co.uk).\n\nSimon"
        + en_outlook("2027-01-25"),
        sent="2027-01-25",
        referral=("Rachel Dunn", "rachel.dunn@corvane.co.uk"),
    ),
    C(
        "en",
        "referral",
        "Sarah left the firm last month. Please contact James O'Connell instead: j.oconnell@beltmore.com",
        sent="2027-03-08",
        referral=("James O'Connell", "j.oconnell@beltmore.com"),
    ),
    C(
        "en",
        "referral",
        "Forwarding to my colleague Priya who looks after this.\n\nPriya Raman <priya.raman@tessary.io>" + IPHONE_EN,
        sent="2026-12-17",
        referral=("Priya Raman", "priya.raman@tessary.io"),
    ),
    C(
        "en",
        "referral",
        "Wrong person, sorry. You want our CFO." + en_gmail("2027-06-03", EN_CALL),
        sent="2027-06-03",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "I've cc'd David Ng, who runs our employee benefits programme. David – see below.\n\nKaren",
        sent="2027-11-22",
        referral=("David Ng", None),
    ),
    C(
        "en",
        "referral",
        "Please deal with my assistant, Claire Bowen (cbowen@hallidayfo.com), she handles all of this for me and will tell you whether it's relevant.\n\nRobert Halliday",
        sent="2027-04-19",
        referral=("Claire Bowen", "cbowen@hallidayfo.com"),
    ),
    # ---------------------------------------------------------------- unsubscribe
    C("fr", "unsubscribe", "stop svp", sent="2027-01-11"),
    C("fr", "unsubscribe", "STOP" + IPHONE_FR + "\n" + fr_gmail("2027-05-07"), sent="2027-05-07"),
    C("fr", "unsubscribe", "arrêtez de m'écrire svp", sent="2026-10-16"),
    C(
        "fr",
        "unsubscribe",
        "Je ne souhaite plus être sollicité. Merci de supprimer mes coordonnées.\n\nR. Gauthier"
        + fr_outlook("2027-02-12"),
        sent="2027-02-12",
    ),
    C("fr", "unsubscribe", "Merci de me retirer de votre liste de diffusion.", sent="2027-06-25"),
    C("fr", "unsubscribe", "Non merci et ne me recontactez plus.", sent="2027-09-24"),
    C(
        "fr",
        "unsubscribe",
        """Madame,

C'est la quatrième relance en deux semaines. Je n'ai jamais donné mon accord pour recevoir vos messages et je ne
sais même pas comment vous avez eu mon adresse. Conformément au RGPD, je vous demande d'effacer mes données et de
cesser tout envoi.

Jacques Perrault"""
        + fr_outlook("2026-11-13"),
        sent="2026-11-13",
    ),
    C("fr", "unsubscribe", "desinscription", sent="2027-08-16"),
    C("fr", "unsubscribe", "merci de ne plus m ecrire", sent="2027-12-01"),
    C(
        "fr",
        "unsubscribe",
        "Je vous ai déjà dit que ça ne m'intéressait pas. Rayez-moi de vos fichiers.",
        sent="2027-03-11",
    ),
    C(
        "fr",
        "unsubscribe",
        "Vous pouvez m'enlever de vos contacts, je ne suis plus dans le métier.\n\nYves"
        + fr_gmail("2027-10-19", FR_EPARGNE, ANTOINE),
        sent="2027-10-19",
    ),
    C("en", "unsubscribe", "Please remove me from your list.", sent="2027-02-01"),
    C("en", "unsubscribe", "unsubscribe" + en_gmail("2027-04-23", EN_CALL), sent="2027-04-23"),
    C("en", "unsubscribe", "Take me off your mailing list please." + IPHONE_EN, sent="2026-09-30"),
    C("en", "unsubscribe", "Stop emailing me.", sent="2027-07-22"),
    C("en", "unsubscribe", "Not interested. Please don't contact me again.", sent="2027-05-14"),
    C(
        "en",
        "unsubscribe",
        "I've asked twice now. Remove my details from your database – under GDPR I'm entitled to that.\n\nP. Whitaker"
        + en_outlook("2027-11-11"),
        sent="2027-11-11",
    ),
    C("en", "unsubscribe", "Please stop sending me emails. Thank you." + fr_outlook("2027-01-29"), sent="2027-01-29"),
    # ---------------------------------------------------------------- out_of_office
    C(
        "fr",
        "out_of_office",
        "Réponse automatique : je suis absent du bureau jusqu'au 5 janvier inclus. En cas d'urgence, merci de contacter Marie Lenoir au 01 53 20 44 10 ou marie.lenoir@lenoir-avocats.fr.",
        sent="2026-12-22",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis actuellement en congés avec un accès limité à mes emails. Je traiterai votre message à mon retour.\n\nCordialement,\nValérie Dumont",
        sent="2027-08-09",
    ),
    C(
        "fr",
        "out_of_office",
        "Je suis en congé maternité jusqu'en avril. Pour toute demande, merci de contacter accueil@cabinet-morel.fr. Bien à vous, Julie Morel",
        sent="2027-01-06",
    ),
    C(
        "fr",
        "out_of_office",
        "Je suis en déplacement à l'étranger du 12 au 19 mars, les réponses seront différées.\n\nThomas Vial\nDirecteur général",
        sent="2027-03-12",
    ),
    C("fr", "out_of_office", "Je ne travaille pas le vendredi. Je vous répondrai lundi.\nAurore", sent="2027-04-16"),
    C(
        "fr",
        "out_of_office",
        "Je suis à l'hôpital pour quelques jours, je vous réponds dès que je rentre."
        + IPHONE_FR
        + "\n"
        + fr_gmail("2027-06-18"),
        sent="2027-06-18",
    ),
    C(
        "fr",
        "out_of_office",
        "Message automatique – Nos bureaux sont fermés du 24 décembre au 2 janvier. Toute l'équipe vous souhaite de belles fêtes !",
        sent="2027-12-23",
    ),
    C(
        "fr",
        "out_of_office",
        "Absent du bureau\n\nBonjour, je suis en formation jusqu'au jeudi 16 septembre et ne consulte pas mes messages.\nCordialement, Cédric Roy"
        + fr_outlook("2027-09-13", FR_SCPI, ANTOINE, "Nos SCPI de rendement"),
        sent="2027-09-13",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: I'm out of the office until Monday 14 June with no access to email. For anything urgent please contact ops@fernleigh.co.uk.",
        sent="2027-06-04",
    ),
    C(
        "en",
        "out_of_office",
        "Thank you for your email. I am currently on annual leave and will return on 3 August.\n\nKind regards,\nEmma Cole",
        sent="2027-07-26",
    ),
    C(
        "en",
        "out_of_office",
        "I'm on parental leave until further notice. Messages are not being monitored.",
        sent="2027-10-04",
    ),
    C(
        "en",
        "out_of_office",
        "Out of office – I'm travelling this week with intermittent access to email. I'll reply when I'm back.\n\nGareth"
        + en_outlook("2026-10-05"),
        sent="2026-10-05",
    ),
    C("en", "out_of_office", "OOO till the 9th, back then." + IPHONE_EN, sent="2027-08-04"),
    C(
        "en",
        "out_of_office",
        "I am away from the office, returning 5 January 2027. Your email will not be forwarded.\n\nLiam Byrne"
        + en_gmail("2026-12-28", EN_CALL),
        sent="2026-12-28",
    ),
    # ---------------------------------------------------------------- other
    C("fr", "other", "Merci bien !", sent="2026-10-09"),
    C("fr", "other", "Bien reçu, merci." + fr_outlook("2027-02-09"), sent="2027-02-09"),
    C("fr", "other", "Je ne vois pas de quoi il s'agit, vous devez faire erreur.", sent="2027-03-05"),
    C("fr", "other", "Bonne année à vous aussi !" + IPHONE_FR, sent="2027-01-08"),
    C(
        "fr",
        "other",
        "Votre message a bien été reçu par notre service client. Un conseiller vous répondra sous 48 heures ouvrées.\nCeci est un message automatique, merci de ne pas y répondre.",
        sent="2027-05-19",
    ),
    C("fr", "other", "Merci pour les voeux, excellente année à toute l'équipe Patrimonia.", sent="2027-01-15"),
    C(
        "fr",
        "other",
        "Petite remarque : votre lien vers le webinaire de jeudi ne fonctionne pas.\n\nM. Laporte"
        + fr_gmail("2027-06-01", FR_SCPI, ANTOINE),
        sent="2027-06-01",
    ),
    C("fr", "other", "Bonjour, c'est noté.\nCordialement", sent="2027-07-29"),
    C(
        "fr",
        "other",
        """Camille !

Félicitations pour ton nouveau poste, je ne savais pas que tu avais rejoint Patrimonia. On s'était perdus de vue
depuis l'école, ça fait plaisir d'avoir de tes nouvelles. Bises à Claire et aux enfants.

Martin"""
        + fr_outlook("2027-09-20"),
        sent="2027-09-20",
    ),
    C("fr", "other", "Merci pour l'article sur la loi de finances, très clair comme d'habitude.", sent="2026-12-18"),
    C("fr", "other", "Bien reçu, je n'ai pas encore eu le temps de regarder." + IPHONE_FR, sent="2027-04-05"),
    C(
        "fr",
        "other",
        "Je me suis désabonnée de votre newsletter par erreur en voulant cliquer sur l'article, pouvez-vous me réinscrire ?\n\nSandrine Petit",
        sent="2027-11-08",
    ),
    C("en", "other", "Thanks!", sent="2027-02-17"),
    C("en", "other", "Received, thank you." + en_outlook("2027-03-31"), sent="2027-03-31"),
    C("en", "other", "Sorry, who gave you my email address?", sent="2027-05-24"),
    C(
        "en",
        "other",
        "This is an automated acknowledgement. Your request has been logged under ticket #48213 and a member of our team will respond within 2 working days.",
        sent="2027-06-30",
    ),
    C("en", "other", "Happy holidays to you and the team!", sent="2026-12-23"),
    C(
        "en",
        "other",
        "Hi, I unsubscribed from the newsletter by mistake last week – can you re-add me? I do read it.\n\nTim Brennan"
        + en_gmail("2027-10-07", EN_CALL),
        sent="2027-10-07",
    ),
    C("en", "other", "Noted, cheers.", sent="2027-08-26"),
    C("en", "other", "Great catching up at the conference last week, hope the trip back was OK!", sent="2027-11-29"),
]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "heldout6-eval")
    out.mkdir(parents=True, exist_ok=True)
    rows = [
        {"id": f"heldout6-{n:03d}-{c['lang']}-{c['label']}", "split": "heldout6", **c} for n, c in enumerate(CASES, 1)
    ]
    (out / "cases.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} heldout6 replies written to {out / 'cases.json'}")
