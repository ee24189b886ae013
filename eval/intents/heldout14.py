"""A fourteenth held-out split, `heldout14`: 260 replies written on 2026-12-01 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/, bench/ nor
sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read common.py (whole),
/work/shared/INTELLIGENCE.md (its intent section: the ten classes), rules R8 and R15 of /work/shared/BEHAVIOUR.md,
pyproject.toml's ruff settings, heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape,
how its senders and signatures are declared) and its main() (found by a grep for "def main" that printed only that
line), and the docstrings of heldout8.py, heldout9.py, heldout10.py, heldout12.py and heldout13.py (lines 1-50 each,
and heldout13.py's lines 50-54, the end of its docstring; a grep for import lines printed heldout13's imports and
nothing else), for the senders and sectors already used. A directory listing of eval/intents/ showed the other files'
names, nothing of their content. No classifier, no evaluation, no git command and no `relance` command was run while
writing it. Measured once blind (2026-12-01, no LLM, main at 8644e5d, the learnt model trained on cases.json):
macro-F1 0.927, accuracy 0.927, unsubscribe precision 1.000 (recall 0.840), not_now dates 15/30, 1.9 % to an LLM;
rules alone 0.781 (3.5 %). Five of the fifteen date misses are seasons and holidays, which this convention leaves
vague and relance.intelligence.when dates (its documented convention). Tuned on since: dates only ("after that",
"give it a fortnight", "7/15", "try me early June"): 25/30. Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Cirel Conseil (Toulouse, Brussels, Montréal) and Brightclaim R&D (Manchester, Dublin, Melbourne), R&D tax-credit
  consultants (CIR / CII in France, the innovation deduction in Belgium, SR&ED / RS&DE in Québec; the merged UK
  scheme, the Irish R&D tax credit, Australia's RDTI) on a success fee, with a free written eligibility review;
  footers: "répondez STOP", and a preferences / unsubscribe link;
- Cyclopôle Entreprises (Grenoble, Geneva, Brussels) and Spokeway Cycle Schemes (Bristol, Belfast, Christchurch),
  employee bike leasing (forfait mobilités durables, Belgian salary bike leasing, UK Cycle to Work, NZ staff e-bike
  fleets) with a free try-out day on site; footers: "répondez « PAS POUR NOUS »", and "Reply PASS";
- Tablée Traiteur (Paris, Luxembourg, Monaco) and Forkline Office Catering (London, Hong Kong, Valletta), office
  lunches, breakfasts, platters and smart fridges, with a free tasting lunch for 10; footers: a GDPR / Informatique
  et Libertés notice with an rgpd@ address and a link, and "Reply STOP";
- Tonalis Téléphonie (Marseille, Algiers, Antananarivo) and Clearlink Voice (Leeds, Lagos, Brisbane), cloud phone
  systems with a free audit of the phone bills and a 14-day trial; footers: "répondez « DÉSINSCRIRE »", and a UK
  GDPR legitimate-interests notice with a preferences link and a privacy@ address;
- Passerelle Mobilité (Paris, Geneva, Montréal) and Waypoint Visas (London, Dublin, Sydney), work permits, visas and
  relocation for foreign hires (passeport talent, Swiss B / L permits, EIMT / PEQ; UK Skilled Worker and sponsor
  licences, Irish Critical Skills permits, Australian 482) with a free eligibility check on one candidate; footers:
  a GDPR / Swiss nLPD notice ("répondez « OPPOSITION »" or write to dpo@), and "Reply 'remove me'";
- Œil Client (Lyon, Brussels, Libreville) and Fairglass Mystery Shopping (Dublin, Toronto, Auckland), mystery
  shopping and mystery calls for shops, bank branches, hotels, car dealers, pharmacies and restaurants, with a free
  pilot visit at one site; footers: an opt-out link, and "just reply 'unsubscribe'".
The prospects are biotech, software, game and engineering start-ups, machine builders, food innovators, a brewery and
an agtech firm, hospitals, clinics, nursing homes and care providers, a hotel school, a mairie, housing bodies, law
firms, fiduciaries, banks and insurers, shipping and yacht companies, iGaming operators, trading houses, call centres
and BPO firms, hotels, restaurants, bakeries and chefs' kitchens, retail chains, car dealers, pharmacies, telecom
agencies, farms hiring seasonal workers, and family SMEs, in France, Belgium, Switzerland, Québec, Luxembourg, Monaco,
Algeria, Madagascar, Gabon, the UK, Ireland, the US, Canada, Australia, New Zealand, Hong Kong, Nigeria and Malta: 130
replies in French and 130 in English (`lang` is the language of the prospect's new text, which is sometimes not the
thread's). Written as people write: typos, missing accents, SMS style, one-liners above Outlook / Gmail / Apple Mail /
Android / Thunderbird threads whose quoted part carries words of other classes (rendez-vous, devis, STOP,
désinscription, unsubscribe, meeting, quote), inline answers inside the quote, mixed signals, sarcasm, polite
declines, opt-outs by the footer's own word ("STOP", "PAS POUR NOUS", "PASS", "DÉSINSCRIRE", "OPPOSITION", "remove
me", "unsubscribe"), by law (RGPD art. 21, LCAP / CASL, Hong Kong's PDPO, New Zealand's Unsolicited Electronic
Messages Act, Nigeria's NDPA) or by complaint, and look-alikes that are not opt-outs ("non merci" / "no thanks" /
"we'll pass" to a sender whose footer asks for another word, a GDPR access request, "take Mark off the cc", "your
mails land in junk", "use my new address", "I unsubscribed by mistake", the prospect's own newsletter footer),
autoresponders in both languages with and without return dates and stand-ins, automatic "no longer with us" notices,
ticket acknowledgements and read receipts, signatures with titles, phones and long confidentiality disclaimers,
"Envoyé de mon iPhone", "Get Outlook for iOS".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; its author's copy here said the same.)
In this split the free offers are desk reviews, audits, trials, tasting lunches, try-out days and pilot mystery
visits that happen without the adviser meeting the prospect: accepting one is `interested`; a call, a demo, a visit
by the adviser or a meeting is `meeting_request`. `sent` is the date of the prospect's reply; the quoted emails are
dated a few days before it.

`python heldout14.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout14-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, quoted, when, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders and their footers

_CIR = "Anaïs Lacombe <a.lacombe@cirel-conseil.fr>"
_CIR_SIG = (
    "Bien à vous,\n\nAnaïs Lacombe\nConsultante innovation & financement – Cirel Conseil\nToulouse · Bruxelles · "
    "Montréal\n+33 5 61 47 82 30\n\nPour ne plus recevoir nos messages, répondez STOP."
)
_BC = "Callum Reid <callum.reid@brightclaim.co.uk>"
_BC_SIG = (
    "Cheers,\nCallum\n\nCallum Reid | R&D Tax Specialist | Brightclaim R&D\nManchester · Dublin · Melbourne | "
    "+44 161 850 3327\n\nBrightclaim R&D Ltd, registered in England and Wales no. 11873402. Manage your preferences "
    "or unsubscribe: brightclaim.co.uk/unsubscribe"
)
_CY = "Théo Marchand <theo.marchand@cyclopole.fr>"
_CY_SIG = (
    "À bientôt,\nThéo Marchand\nResponsable grands comptes – Cyclopôle Entreprises\nGrenoble · Genève · Bruxelles\n"
    "06 48 21 93 57\n\nCe n'est pas pour vous ? Répondez « PAS POUR NOUS » et nous ne vous écrirons plus."
)
_SP = "Hannah Blake <hannah@spokeway.co.uk>"
_SP_SIG = (
    "Thanks,\nHannah\n\nHannah Blake – Workplace Partnerships\nSpokeway Cycle Schemes | Bristol · Belfast · "
    "Christchurch\n+44 117 325 6640\n\nNot for you? Reply PASS and you won't hear from me again."
)
_TA = "Clémence Aubert <clemence.aubert@tablee-traiteur.fr>"
_TA_SIG = (
    "Gourmandement,\nClémence Aubert\nDéveloppement entreprises – Tablée Traiteur\nParis · Luxembourg · Monaco\n"
    "01 76 42 18 09\n\nTablée SAS – RCS Paris 901 224 317. Conformément au RGPD et à la loi Informatique et Libertés, "
    "vous disposez d'un droit d'opposition à la réception de nos communications : écrivez à rgpd@tablee-traiteur.fr "
    "ou rendez-vous sur tablee-traiteur.fr/desinscription."
)
_FK = "Sophie Tan <sophie.tan@forkline.co>"
_FK_SIG = (
    "Best,\nSophie\n\nSophie Tan | Corporate Accounts | Forkline Office Catering\nLondon · Hong Kong · Valletta\n"
    "+44 20 4571 2208 | +852 3018 4471\n\nReply STOP to opt out of future emails."
)
_TO = "Karim Haddad <k.haddad@tonalis.fr>"
_TO_SIG = (
    "Cordialement,\nKarim Haddad\nIngénieur commercial – Tonalis Téléphonie\nMarseille · Alger · Antananarivo\n"
    "04 91 27 63 18 / +213 23 48 51 90\n\nVous ne souhaitez plus être contacté ? Répondez « DÉSINSCRIRE »."
)
_CL = "Ade Okafor <ade.okafor@clearlinkvoice.com>"
_CL_SIG = (
    "Kind regards,\nAde Okafor\nSales Consultant, Clearlink Voice\nLeeds · Lagos · Brisbane\n"
    "+44 113 320 7716 | +234 1 631 2284\n\nClearlink Voice Ltd (company no. 10442871). We hold your business contact "
    "details under legitimate interests (UK GDPR art. 6(1)(f)). You may object at any time at "
    "clearlinkvoice.com/preferences or by writing to privacy@clearlinkvoice.com."
)
_PA = "Louise Perrin <l.perrin@passerelle-mobilite.fr>"
_PA_SIG = (
    "Bien cordialement,\nLouise Perrin\nConsultante mobilité internationale – Passerelle Mobilité\nParis · Genève · "
    "Montréal\n+33 1 84 25 70 12\n\nPasserelle Mobilité SAS – vos coordonnées professionnelles sont traitées "
    "conformément au RGPD et à la nLPD. Pour exercer votre droit d'opposition, répondez « OPPOSITION » ou écrivez à "
    "dpo@passerelle-mobilite.fr."
)
_WP = "James Whitfield <james.whitfield@waypointvisas.com>"
_WP_SIG = (
    "All the best,\nJames\n\nJames Whitfield | Senior Immigration Adviser (OISC Level 3)\nWaypoint Visas | London · "
    "Dublin · Sydney\n+44 20 3966 4410\n\nReply 'remove me' and I'll take you off my list."
)
_OC = "Margaux Féraud <margaux.feraud@oeil-client.fr>"
_OC_SIG = (
    "Belle journée,\nMargaux Féraud\nChargée d'affaires – Œil Client\nLyon · Bruxelles · Libreville\n04 72 18 55 64\n\n"
    "Pour ne plus recevoir nos messages : oeil-client.fr/stop"
)
_FG = "Niamh Brennan <niamh@fairglass.ie>"
_FG_SIG = (
    "Thanks,\nNiamh\n\nNiamh Brennan | Client Partnerships | Fairglass Mystery Shopping\nDublin · Toronto · Auckland | "
    "+353 1 906 2215\n\nDon't want these? Just reply 'unsubscribe'."
)

# --------------------------------------------------------------------------- the six senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on, or None)

EMAILS: dict[str, tuple[str, str, str, str | None]] = {
    "cir1": (
        _CIR,
        "CIR 2026 : ce que vous laissez peut-être sur la table",
        "Bonjour,\n\nBeaucoup d'entreprises innovantes ne déclarent qu'une partie de leurs dépenses éligibles au "
        "crédit d'impôt recherche (CIR) ou innovation (CII) : prototypes, salaires des techniciens, brevets, "
        "sous-traitance agréée…\n\nCirel Conseil vous propose un pré-diagnostic écrit gratuit : à partir d'une courte "
        "description de vos projets 2025-2026, nous vous disons ce qui est éligible, sans engagement. Nos honoraires "
        "ne sont dus qu'au succès, sur le crédit effectivement obtenu.\n\nNous intervenons aussi en Belgique "
        "(déduction pour revenus d'innovation, dispense de précompte pour chercheurs) et au Québec (RS&DE, CDAE).\n\n"
        "Seriez-vous disponible pour un rendez-vous de 30 minutes la semaine prochaine ? Si vous préférez, je peux "
        "vous envoyer un devis d'honoraires après un premier échange.\n\n" + _CIR_SIG,
        None,
    ),
    "cir2": (
        _CIR,
        "RE: CIR 2026 : ce que vous laissez peut-être sur la table",
        "Bonjour,\n\nJe me permets de revenir vers vous au sujet du pré-diagnostic CIR/CII offert. La date limite de "
        "dépôt du 2069-A approche pour beaucoup d'entreprises.\n\nUn créneau de 30 minutes en visio vous "
        "conviendrait-il ? Sinon, dites-moi simplement qui gère ce sujet chez vous.\n\n" + _CIR_SIG,
        "cir1",
    ),
    "bc1": (
        _BC,
        "Are you claiming all the R&D tax relief you're owed?",
        "Hi,\n\nMost engineering and software companies we meet under-claim R&D relief: subcontractors, prototypes "
        "that failed and staff time spent on uncertain technical work all count.\n\nBrightclaim runs a free written "
        "eligibility review: send us a paragraph on what you built last year and we'll tell you, in plain terms, "
        "whether a claim stands up under the merged UK scheme (or the Irish R&D tax credit, or Australia's RDTI). No "
        "win, no fee: our fee is a share of the benefit you actually receive.\n\nWould a quick call next week work? "
        "Happy to send a quote for our fee once we've seen the numbers.\n\n" + _BC_SIG,
        None,
    ),
    "bc2": (
        _BC,
        "Re: Are you claiming all the R&D tax relief you're owed?",
        "Hi again,\n\nJust bumping this up your inbox. HMRC's additional information form catches a lot of companies "
        "out, and we've helped 140+ firms file clean claims this year.\n\nIf now isn't the right time, let me know "
        "when would be better, or point me to whoever handles tax in your team.\n\n" + _BC_SIG,
        "bc1",
    ),
    "cy1": (
        _CY,
        "Des vélos de fonction pour vos équipes, sans rien avancer",
        "Bonjour,\n\nCyclopôle met à disposition de vos salariés des vélos à assistance électrique en leasing, "
        "entretien et assurance inclus, avec le forfait mobilités durables (en Belgique, le leasing vélo salarial ; "
        "en Suisse, nos formules flotte).\n\nNous organisons gratuitement une journée d'essai sur votre site : une "
        "dizaine de vélos, un mécanicien, et vos équipes testent pendant la pause déjeuner.\n\nVoulez-vous que l'on "
        "fixe une date ? Je peux aussi vous envoyer une proposition tarifaire selon votre effectif.\n\n" + _CY_SIG,
        None,
    ),
    "cy2": (
        _CY,
        "Re: Des vélos de fonction pour vos équipes, sans rien avancer",
        "Bonjour,\n\nJe reviens vers vous pour la journée d'essai offerte. Plusieurs entreprises de votre secteur ont "
        "lancé leur programme ce trimestre, et il nous reste quelques dates libres.\n\nUn échange de 15 minutes pour en "
        "parler ?\n\n" + _CY_SIG,
        "cy1",
    ),
    "sp1": (
        _SP,
        "Bikes for your team, paid from gross salary",
        "Hi,\n\nSpokeway runs Cycle to Work schemes for employers: staff choose an e-bike or a regular bike, pay for it "
        "from gross salary over 12 months, and you pay nothing upfront. In New Zealand we run staff e-bike fleets on a "
        "monthly lease.\n\nWe bring a free try-out day to your site: a dozen bikes, a mechanic, and your people ride "
        "them at lunchtime.\n\nCould we book a date, or shall I send pricing for your headcount first?\n\n" + _SP_SIG,
        None,
    ),
    "sp2": (
        _SP,
        "Re: Bikes for your team, paid from gross salary",
        "Hi,\n\nFollowing up on the free try-out day. Employers who ran one this year saw around one in eight staff "
        "sign up.\n\nHappy to jump on a 10-minute call if that's easier.\n\n" + _SP_SIG,
        "sp1",
    ),
    "ta1": (
        _TA,
        "Un déjeuner offert pour votre équipe",
        "Bonjour,\n\nTablée livre chaque jour des plateaux-repas, buffets et petits-déjeuners de saison aux entreprises "
        "de Paris, Luxembourg et Monaco, et installe des frigos connectés pour les équipes qui déjeunent sur place.\n\n"
        "Pour vous faire goûter, nous offrons un déjeuner dégustation pour 10 personnes, livré à la date de votre "
        "choix.\n\nSouhaitez-vous en profiter ? Je peux aussi vous envoyer un devis pour vos réunions régulières.\n\n"
        + _TA_SIG,
        None,
    ),
    "ta2": (
        _TA,
        "Re: Un déjeuner offert pour votre équipe",
        "Bonjour,\n\nPetit rappel concernant le déjeuner dégustation offert : nos nouveaux menus viennent de sortir "
        "(options végétariennes, sans gluten et halal).\n\nVoulez-vous que l'on convienne d'une date ?\n\n" + _TA_SIG,
        "ta1",
    ),
    "fk1": (
        _FK,
        "Lunch on us for 10 of your team",
        "Hi,\n\nForkline delivers office lunches, breakfast boards and meeting platters across London, Hong Kong and "
        "Malta, and runs smart fridges for teams who eat in.\n\nWe'd love to send a free tasting lunch for 10 people, "
        "on a day that suits you.\n\nShall I pencil one in? Or I can put together a quote for your weekly meetings."
        "\n\n" + _FK_SIG,
        None,
    ),
    "fk2": (
        _FK,
        "Re: Lunch on us for 10 of your team",
        "Hi,\n\nJust checking you saw this. The free tasting lunch is still on offer, and we cater for vegan, halal "
        "and gluten-free.\n\nAny day next week good for you?\n\n" + _FK_SIG,
        "fk1",
    ),
    "to1": (
        _TO,
        "Votre standard téléphonique vous coûte-t-il trop cher ?",
        "Bonjour,\n\nTonalis remplace les standards vieillissants par une téléphonie cloud : numéros locaux en France, "
        "en Algérie et à Madagascar, accueil vocal, files d'attente, enregistrement des appels, intégration Teams et "
        "CRM.\n\nNous vous proposons un audit gratuit de vos factures télécom et 14 jours d'essai sans engagement.\n\n"
        "Pouvons-nous fixer un rendez-vous téléphonique de 20 minutes ? Je peux aussi vous faire parvenir un devis "
        "sur la base de vos dernières factures.\n\n" + _TO_SIG,
        None,
    ),
    "to2": (
        _TO,
        "RE: Votre standard téléphonique vous coûte-t-il trop cher ?",
        "Bonjour,\n\nJe me permets de vous relancer : l'audit gratuit de vos factures prend moins d'une semaine et "
        "vous indique l'économie possible, ligne par ligne.\n\nDites-moi si le sujet vous concerne ou s'il vaut mieux "
        "que je m'adresse à un collègue.\n\n" + _TO_SIG,
        "to1",
    ),
    "cl1": (
        _CL,
        "Cut your phone bill, keep your numbers",
        "Hi,\n\nClearlink Voice moves businesses off ageing phone systems onto a cloud platform: keep your numbers, "
        "add call queues, recording and Teams integration, and pay per user.\n\nWe offer a free audit of your last "
        "three phone bills and a 14-day trial.\n\nWould you be open to a short meeting next week? Or send me a recent "
        "bill and I'll come back with a quote.\n\n" + _CL_SIG,
        None,
    ),
    "cl2": (
        _CL,
        "RE: Cut your phone bill, keep your numbers",
        "Hi,\n\nQuick nudge on the free phone bill audit. The copper switch-off means most analogue lines need "
        "replacing anyway, and we port your existing numbers in the UK, Nigeria and Australia.\n\nWorth a "
        "15-minute chat?\n\n" + _CL_SIG,
        "cl1",
    ),
    "pa1": (
        _PA,
        "Recruter à l'étranger sans vous perdre dans les démarches",
        "Bonjour,\n\nVous recrutez hors de l'Union européenne ? Passerelle Mobilité prend en charge les autorisations "
        "de travail et titres de séjour de vos recrues (passeport talent, salarié détaché, permis B et L en Suisse, "
        "EIMT et PEQ au Québec), ainsi que leur installation.\n\nNous vérifions gratuitement l'éligibilité d'un "
        "premier candidat sous 48 h.\n\nPouvons-nous en parler lors d'un rendez-vous de 20 minutes ? Je peux aussi "
        "vous adresser notre grille d'honoraires.\n\n" + _PA_SIG,
        None,
    ),
    "pa2": (
        _PA,
        "RE: Recruter à l'étranger sans vous perdre dans les démarches",
        "Bonjour,\n\nJe reviens vers vous : les délais des préfectures et d'Immigration Canada s'allongent, et "
        "anticiper de quelques semaines change tout.\n\nAvez-vous un recrutement international en cours ? La "
        "vérification d'éligibilité reste offerte.\n\n" + _PA_SIG,
        "pa1",
    ),
    "wp1": (
        _WP,
        "Hiring from overseas? We handle the visa side",
        "Hi,\n\nWaypoint Visas handles sponsor licences and work visas for employers: UK Skilled Worker, Irish "
        "Critical Skills and General Employment Permits, Australian 482 / Skills in Demand. We also help with "
        "relocation.\n\nWe'll check one candidate's eligibility free of charge within 48 hours.\n\nCould we set up a "
        "20-minute call? I can also send our fixed-fee schedule.\n\n" + _WP_SIG,
        None,
    ),
    "wp2": (
        _WP,
        "Re: Hiring from overseas? We handle the visa side",
        "Hi,\n\nFollowing up in case this got buried. Sponsor licence processing times have crept up again, so it "
        "pays to start early.\n\nDo you have any overseas hires planned this year?\n\n" + _WP_SIG,
        "wp1",
    ),
    "oc1": (
        _OC,
        "Et si vous voyiez votre magasin avec les yeux d'un client ?",
        "Bonjour,\n\nŒil Client réalise des visites mystère et des appels mystère pour les réseaux de boutiques, "
        "agences bancaires, hôtels, concessions et pharmacies, en France, en Belgique et en Afrique centrale.\n\nNous "
        "vous offrons une visite mystère pilote sur un de vos points de vente, avec un rapport détaillé (accueil, "
        "conseil, temps d'attente, propreté).\n\nSeriez-vous disponible pour un rendez-vous afin de choisir le point "
        "de vente ? Un devis pour un programme annuel peut suivre.\n\n" + _OC_SIG,
        None,
    ),
    "oc2": (
        _OC,
        "Re: Et si vous voyiez votre magasin avec les yeux d'un client ?",
        "Bonjour,\n\nJe me permets de relancer : la visite pilote offerte est toujours disponible, et le rapport "
        "arrive sous 10 jours.\n\nQui serait le bon interlocuteur chez vous pour ce sujet ?\n\n" + _OC_SIG,
        "oc1",
    ),
    "fg1": (
        _FG,
        "A free mystery visit at one of your sites",
        "Hi,\n\nFairglass runs mystery shopping and mystery calls for retail chains, car dealerships, hotels, "
        "restaurants and banks across Ireland, Canada, the US and New Zealand.\n\nWe'd like to offer one free pilot "
        "visit at a site of your choice, with a full report (welcome, product knowledge, wait times, upsell, "
        "cleanliness).\n\nWould you have 15 minutes for a call to pick the site? A quote for a full programme can "
        "follow.\n\n" + _FG_SIG,
        None,
    ),
    "fg2": (
        _FG,
        "Re: A free mystery visit at one of your sites",
        "Hi,\n\nCircling back on the free pilot visit. Clients usually pick their weakest site, and the report lands "
        "within ten days.\n\nIs this something for you, or is there someone in ops I should speak to?\n\n" + _FG_SIG,
        "fg1",
    ),
}


# --------------------------------------------------------------------------- threads as the prospect's client quotes them


def _block(style: str, frm: str, to: str, subj: str, d: date, hm: str, body: str) -> str:
    """common.block, plus Thunderbird and the English Android client."""
    if style == "thunderbird_fr":
        return f"\n\nLe {d.day:02d}/{d.month:02d}/{d.year} à {hm}, {frm.split(' <')[0]} a écrit :\n{quoted(body)}"
    if style == "thunderbird_en":
        return f"\n\nOn {d.day:02d}/{d.month:02d}/{d.year} {hm}, {frm.split(' <')[0]} wrote:\n{quoted(body)}"
    if style == "android_en":
        w = f"{d.month}/{d.day}/{d.year % 100:02d} {hm} (GMT+00:00)"
        return f"\n\n\n-------- Original message --------\nFrom: {frm}\nDate: {w}\nTo: {to}\nSubject: {subj}\n\n{body}"
    return block(style, frm, to, subj, d, hm, body)


def th(key: str, style: str, to: str, sent: str, back: int = 2, hm: str = "09:12") -> str:
    """The sender's email (and, under a follow-up, the first email) quoted under the prospect's reply."""
    frm, subj, body, prev = EMAILS[key]
    d = D(sent) - timedelta(days=back)
    while d.weekday() >= 5:  # the senders write on working days
        d -= timedelta(days=1)
    if prev is not None:
        pfrm, psubj, pbody, _ = EMAILS[prev]
        inner = "apple_fr" if style == "iphone_fr" else style
        body += _block(inner, pfrm, to, psubj, d - timedelta(days=7), "10:41", pbody)
    return _block(style, frm, to, subj, d, hm, body)


def R(
    lang: str,
    label: str,
    new: str,
    key: str | None = None,
    style: str = "",
    to: str = "",
    *,
    sent: str,
    back: int = 2,
    hm: str = "09:12",
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """One reply: the prospect's new text, then (unless key is None) the thread it answers."""
    text = new if key is None else new + th(key, style, to, sent, back, hm)
    return C(lang, label, text, sent=sent, until=until, referral=referral)


# --------------------------------------------------------------------------- prospects' disclaimers

_DISC_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
    "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
    "erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant "
    "être assurée sur internet, la société décline toute responsabilité quant à son contenu."
)
_DISC_EN = (
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it "
    "in error, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure "
    "or copying is strictly prohibited. We accept no liability for any loss or damage caused by viruses."
)
_DISC_QC = (
    "AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et peut contenir des renseignements privilégiés. Si vous "
    "l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer sans en conserver de copie.\n"
    "CONFIDENTIALITY NOTICE: This email is confidential and may contain privileged information. If you received it in "
    "error, please notify the sender and delete it without keeping a copy."
)
_DISC_BE = (
    "Disclaimer : ce message est confidentiel. Si vous n'en êtes pas le destinataire, veuillez le signaler à "
    "l'expéditeur et le supprimer. / Dit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwittig dan de "
    "afzender en verwijder het bericht."
)
_DISC_CH = (
    "Ce message est confidentiel et peut être couvert par le secret professionnel. S'il vous est parvenu par erreur, "
    "merci d'en informer l'expéditeur et de l'effacer. Diese Nachricht ist vertraulich. Falls Sie sie irrtümlich "
    "erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie sie."
)
_DISC_LU = (
    "Le présent e-mail est confidentiel et destiné exclusivement à son destinataire. Il ne constitue ni une offre ni "
    "un conseil en investissement. Établissement agréé par la Commission de Surveillance du Secteur Financier (CSSF). "
    "This e-mail is confidential and intended solely for its recipient."
)
_DISC_HK = (
    "CONFIDENTIALITY: This email is intended only for the named recipient and may contain confidential or legally "
    "privileged information. If you are not the intended recipient, please notify us and delete this email. Personal "
    "data is handled in accordance with the Personal Data (Privacy) Ordinance (Cap. 486)."
)
_DISC_NG = (
    "DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of "
    "the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify "
    "the sender and delete it. Views expressed are those of the sender and not necessarily of the company.\n"
    "Please consider the environment before printing this e-mail."
)
_DISC_MT = (
    "This email and its attachments are confidential and intended for the addressee only. The company is licensed "
    "and regulated by the Malta Gaming Authority (MGA/B2C/402/2017). Play responsibly. 18+ only. If you have received "
    "this email in error, please inform the sender and delete it."
)
_DISC_AU = (
    "This email is confidential. If you are not the intended recipient, you must not use, copy or disclose it; "
    "please notify the sender and delete it. We acknowledge the Traditional Owners of the land on which we work."
)


# --------------------------------------------------------------------------- not_now (15 fr, 15 en)

NOT_NOW: list[dict[str, Any]] = [
    R(
        "fr",
        "not_now",
        "Bonjour Anaïs,\n\nOn est en pleine levée de fonds (série A) et je n'ai pas une minute à moi. Revenez vers moi "
        "en septembre svp, le sujet CIR m'intéresse vraiment.\n\nBonne journée\nMathilde\n\n--\nMathilde Roucher\n"
        "CEO & cofondatrice – Biolume Diagnostics\nCanceropôle, 2 av. Hubert Curien, 31100 Toulouse\n06 12 48 90 33",
        "cir1",
        "gmail_fr",
        "Mathilde Roucher <mathilde@biolume-dx.fr>",
        sent="2026-02-11",
        until="2026-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Mme Lacombe,\n\nNotre exercice financier se termine le 31 août. Pas avant la fin de l'exercice : on "
        "n'aura pas les chiffres d'ici là. Vous pourrez me réécrire après.\n\nMerci et bonne fin de journée,\n\n"
        "Étienne Bouchard, CPA\nContrôleur\nRobotique Mistral inc.\n1450, rue Provencher, Brossard (Québec) J4W 1Z3\n"
        "450 555-0192 poste 214\n\n" + _DISC_QC,
        "cir2",
        "outlook_qc",
        "Étienne Bouchard <ebouchard@robotiquemistral.ca>",
        sent="2026-05-20",
        until="2026-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\nLe sujet nous intéresse mais le budget 2026 est bouclé depuis septembre. Recontactez-nous l'an "
        "prochain, on verra ce qu'on peut faire.\nMeilleures salutations\nNadia Rochat\nResponsable RH\nFondation "
        "Les Tilleuls – EMS\nChemin des Tilleuls 14, 1226 Thônex\n+41 22 869 41 20",
        "cy1",
        "apple_fr",
        "Nadia Rochat <n.rochat@ems-tilleuls.ch>",
        sent="2026-11-04",
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Monsieur Marchand,\n\nNous déménageons au printemps vers Tour & Taxis et tout est un peu sens dessus "
        "dessous. Pourrions-nous en reparler une fois installés dans les nouveaux locaux ? La journée d'essai pourrait "
        "d'ailleurs être une belle façon d'inaugurer le nouveau parking vélos.\n\nBien à vous,\nGéraldine Van Hecke\n"
        "Office Manager | Lexalys Avocats\nAvenue Louise 221, 1050 Bruxelles\n+32 2 640 18 77\n\n" + _DISC_BE,
        "cy2",
        "outlook_fr",
        "Géraldine Van Hecke <g.vanhecke@lexalys.be>",
        sent="2026-03-02",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nMerci pour votre proposition. La fiduciaire ferme du 20 juillet au 21 août et d'ici là on court "
        "partout. Relancez-moi à partir du 24 août, avec plaisir pour en discuter.\n\nCordialement,\n\nSandrine Weber\n"
        "Assistante de direction\nFiduciaire Kremer & Associés S.à r.l.\n12, rue Jean Engling, L-1466 Luxembourg\n"
        "Tél. +352 26 43 58 1\n\n" + _DISC_LU,
        "ta1",
        "outlook_fr",
        "Sandrine Weber <s.weber@kremer-fid.lu>",
        sent="2026-06-15",
        until="2026-08-24",
    ),
    R(
        "fr",
        "not_now",
        "dsl pas le moment, on change de bureaux et la moitié de l'équipe part. rappelez ds 3 mois",
        "ta2",
        "iphone_fr",
        "Kevin Marques <kevin@agence-pixelbleu.fr>",
        sent="2026-09-09",
        until="2026-12-09",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Monsieur Haddad,\n\nNous sommes liés à notre opérateur actuel jusqu'au 30 juin 2026. Je vous propose "
        "de reprendre contact après cette date ; d'ici là nous ne pouvons rien engager.\n\nSalutations distinguées.\n\n"
        "Amine Belkacem\nDirecteur administratif et financier\nSARL Atlas Agro Distribution\nZone industrielle Oued "
        "Smar, Alger\nTél : +213 23 92 14 55 / Mob : +213 661 24 87 03",
        "to1",
        "outlook_fr",
        "Amine Belkacem <a.belkacem@atlas-agro.dz>",
        sent="2026-01-18",
        until="2026-07-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\non refait tout notre SI au T1 (nouvel ERP, nouveau réseau), impossible d'ouvrir un autre chantier. "
        "Revenez vers moi au 2e trimestre, ce sera plus calme.\nYannick\n--\nYannick Sauvaire – Resp. informatique\n"
        "Transports Sauvaire & Fils\nZI des Paluds, 13400 Aubagne\n04 42 70 18 26",
        "to2",
        "gmail_fr",
        "Yannick Sauvaire <y.sauvaire@transports-sauvaire.fr>",
        sent="2026-10-07",
        until="2027-04-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nMerci pour votre mail. Nous sommes en pleine migration vers notre nouveau site d'Ivato et je "
        "préfère attendre la fin des travaux avant de toucher à la téléphonie. Je reviendrai vers vous plus tard.\n\n"
        "Cordialement,\nHery Rakotomalala\nDirecteur des opérations\nVanilla Contact Center SA\nImmeuble Fitaratra, "
        "Ankorondrano, Antananarivo 101\n+261 20 22 456 78 / +261 34 05 112 90",
        "to1",
        "outlook_fr",
        "Hery Rakotomalala <hery.r@vanilla-cc.mg>",
        sent="2026-04-22",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Louise,\n\nPour cette année nos travailleurs guatémaltèques sont déjà arrivés, tout est réglé. On "
        "pourra se reparler à l'automne pour la prochaine saison, quand on saura nos besoins.\n\nMerci!\nSylvie Gagné\n"
        "Ferme Gagné et fils – Maraîchers\nSaint-Rémi (Québec)\n450 555-0147",
        "pa1",
        "gmail_fr",
        "Sylvie Gagné <fermegagne@videotron.ca>",
        sent="2026-07-02",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Louise,\n\nOn en reparle la semaine du 11 janvier ? D'ici là c'est la folie avec les clôtures et les "
        "entretiens annuels.\n\nBien cordialement,\n\nBenoît Carrère\nDRH\nNexaltis – 48 rue de la Victoire, 75009 "
        "Paris\n+33 6 70 12 38 55",
        "pa2",
        "outlook_fr",
        "Benoît Carrère <benoit.carrere@nexaltis.io>",
        sent="2026-12-02",
        until="2027-01-11",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame Féraud,\n\nNous ouvrons deux nouvelles agences en octobre (Akanda et Owendo) et toute "
        "l'équipe est mobilisée. Recontactez-moi une fois le mois d'octobre passé, la visite pilote m'intéresse.\n\n"
        "Bien cordialement,\nSylvère Nzé Obame\nDirecteur du réseau commercial\nGabCom Mobile – Boulevard Triomphal, "
        "Libreville\n+241 011 74 22 10",
        "oc1",
        "outlook_fr",
        "Sylvère Nzé Obame <s.nzeobame@gabcom-mobile.ga>",
        sent="2026-08-19",
        until="2026-11-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour, on est en pleine préparation de la saison (Grand Prix etc.), recontactez-moi dans une quinzaine de "
        "jours svp. Cordialement, Laura",
        "oc2",
        "iphone_fr",
        "Laura Campana <laura.campana@orsini-joaillerie.mc>",
        sent="2026-04-08",
        until="2026-04-22",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nJe suis intéressé mais pas avant janvier : notre clôture est au 31/12 et notre comptable ne veut "
        "rien entendre d'ici là.\n\nBonne journée,\nPierre-Yves Lambotte\nGérant – Hydrokinetics SRL\nParc "
        "scientifique du Sart-Tilman, 4031 Liège",
        "cir1",
        "gmail_fr",
        "Pierre-Yves Lambotte <py.lambotte@hydrokinetics.be>",
        sent="2026-10-28",
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nVotre proposition arrive au bon moment… mais notre nouveau directeur général prend ses fonctions "
        "fin février et c'est lui qui validera ce genre de projet. Revenez vers moi début mars, je lui en aurai "
        "parlé.\n\nCordialement,\nCéline Moulin\nResponsable des services généraux\nAlpitec Composites – 38330 "
        "Montbonnot-Saint-Martin\n04 76 52 09 81",
        "cy2",
        "outlook_fr",
        "Céline Moulin <c.moulin@alpitec-composites.fr>",
        sent="2026-01-26",
        until="2026-03-01",
    ),
    R(
        "en",
        "not_now",
        "Hi Callum,\n\nOur year end is 31 March and the accountants are all over us at the moment. Can you try me early "
        "June once the dust has settled?\n\nRegards,\nPhil\n\nPhil Hargreaves\nEngineering Director\nHargreaves "
        "Precision Ltd\nUnit 4, Attercliffe Works, Sheffield S9 3RS\nT: 0114 496 0822 | M: 07700 900418\n\n" + _DISC_EN,
        "bc1",
        "outlook_en",
        "Phil Hargreaves <phil@hargreaves-precision.co.uk>",
        sent="2026-03-16",
        until="2026-06-01",
    ),
    R(
        "en",
        "not_now",
        "Not right now Callum, we're up to our eyes. Drop me a line in the new year.\nAoife\n\nAoife Kinsella | "
        "Co-founder | Tillage Analytics | Cork",
        "bc2",
        "gmail_en",
        "Aoife Kinsella <aoife@tillage.ie>",
        sent="2026-09-30",
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "Hi Callum,\n\nWe're midway through an acquisition and I can't take on anything else. Can you circle back in "
        "6 months?\n\nThanks,\nRob\n\nRob Castellano | CFO\nPaddock Robotics Pty Ltd\nLevel 3, 121 Flinders Lane, "
        "Melbourne VIC 3000\n+61 3 9000 4417\n\n" + _DISC_AU,
        "bc1",
        "outlook_en",
        "Rob Castellano <rob.castellano@paddockrobotics.com.au>",
        sent="2026-06-03",
        until="2026-12-03",
    ),
    R(
        "en",
        "not_now",
        "Ha, nobody here is thinking about bikes in November, it's been lashing for weeks. Ask me again in the "
        "spring.\n\nCiarán\n\nCiarán Doherty\nFacilities Coordinator, Lagan Software Ltd\nBelfast BT3",
        "sp1",
        "thunderbird_en",
        "Ciarán Doherty <ciaran.doherty@lagansoftware.co.uk>",
        sent="2026-11-18",
    ),
    R(
        "en",
        "not_now",
        "Kia ora Hannah,\n\nWe're in the middle of a restructure so new benefits are on hold. Could you reach out from "
        "3 August? We should have the new structure in place by then.\n\nNgā mihi,\nMere\n\nMere Tainui\nPeople & "
        "Culture Advisor\nCanterbury Grain Co-operative\nChristchurch 8042",
        "sp2",
        "gmail_en",
        "Mere Tainui <mere.tainui@cantgrain.co.nz>",
        sent="2026-05-11",
        until="2026-08-03",
    ),
    R(
        "en",
        "not_now",
        "Dear Sophie,\n\nThanks for reaching out. Everyone is busy with year-end and the office will be half empty over "
        "Chinese New Year, so please contact me again after the holidays.\n\nBest regards,\nVivian Lau\nOffice Manager"
        "\nHarbourview Trading Ltd\n18/F, Kinwick Centre, 32 Hollywood Road, Central, Hong Kong\nT: +852 2815 3360\n\n"
        + _DISC_HK,
        "fk1",
        "outlook_en",
        "Vivian Lau <vivian.lau@harbourviewtrading.com.hk>",
        sent="2026-01-29",
    ),
    R(
        "en",
        "not_now",
        "Hi Sophie, sounds good but most of the office is off in August. Could you get back to me the week after the "
        "21st of August?\n\nThanks\nLuke\n\nLuke Camilleri | Workplace Experience Lead\nBluefin Gaming Ltd, Level 4, "
        "Portomaso Business Tower, St Julian's STJ 4011, Malta\n\n" + _DISC_MT,
        "fk2",
        "gmail_en",
        "Luke Camilleri <luke.camilleri@bluefingaming.com>",
        sent="2026-07-07",
        until="2026-08-24",
    ),
    R(
        "en",
        "not_now",
        "Good day Ade,\n\nThank you for your mail. We just renewed our PBX maintenance contract for another 12 months, "
        "so there is nothing we can do this year. Kindly check back in Q1 next year.\n\nBest regards,\nChinedu Okeke\n"
        "Head, IT Infrastructure\nKanem Microfinance Bank Ltd\n14 Adeola Odeku Street, Victoria Island, Lagos\n"
        "+234 803 555 0144\n\n" + _DISC_NG,
        "cl1",
        "outlook_en",
        "Chinedu Okeke <c.okeke@kanemmfb.com.ng>",
        sent="2026-02-23",
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "Ade,\n\nOur contract with the current provider runs to 28/02/2027 and the exit fees are eye-watering. Not "
        "worth talking before then. Get in touch after that and we'll have a proper look.\n\nDave Pickering\n"
        "Operations Manager\nPickering & Lowe Solicitors\nPark Square, Leeds LS1 2NE",
        "cl2",
        "orig_en",
        "Dave Pickering <d.pickering@pickeringlowe.co.uk>",
        sent="2026-10-12",
        until="2027-03-01",
    ),
    R(
        "en",
        "not_now",
        "Hi James,\n\nWe're on a hiring freeze until the end of the financial year (30 June). After that I'm happy to "
        "talk, as we'll need chefs for the new venue.\n\nCheers,\nTash\n\nNatasha Pike | Group HR Manager\nSaltbush "
        "Hospitality Group | Surry Hills NSW 2010\n0412 555 019",
        "wp1",
        "gmail_en",
        "Natasha Pike <tash@saltbushgroup.com.au>",
        sent="2026-03-25",
        until="2026-07-01",
    ),
    R(
        "en",
        "not_now",
        "Hi James,\n\nOur London hiring plan doesn't get approved until Q4. Reach back out then and we can see if "
        "sponsorship makes sense.\n\nBest,\nJordan Mitchell\nVP, People Operations\nLumenfold Inc. | 500 Boylston St, "
        "Boston, MA 02116\n(617) 555-0139",
        "wp2",
        "outlook_us",
        "Jordan Mitchell <jmitchell@lumenfold.com>",
        sent="2026-08-05",
        until="2026-10-01",
    ),
    R(
        "en",
        "not_now",
        "Hi Niamh,\n\nThe holiday season is bedlam for us. Please try me again after the holidays.\n\nThanks,\nPriya "
        "Sandhu\nRegional Operations Manager, Ontario\nMaple & Main Outfitters\n(416) 555-0172",
        "fg1",
        "outlook_en",
        "Priya Sandhu <psandhu@mapleandmain.ca>",
        sent="2026-12-09",
    ),
    R(
        "en",
        "not_now",
        "Niamh - not until we close out Q2. Reach out around 7/15 and I'll have budget numbers.\nThanks\nGreg "
        "Ostrowski\nGeneral Manager | Buckeye Auto Group\nColumbus, OH | (614) 555-0108",
        "fg2",
        "gmail_us",
        "Greg Ostrowski <gostrowski@buckeyeautogroup.com>",
        sent="2026-04-14",
        until="2026-07-15",
    ),
    R(
        "en",
        "not_now",
        "Hi Niamh, we're in the middle of refitting three stores. Give it a fortnight and I'll have a clearer view.\n\n"
        "Sent from my iPhone",
        "fg1",
        "apple_en",
        "Hemi Walker <hemi@kiwicampstores.co.nz>",
        sent="2026-09-22",
        until="2026-10-06",
    ),
    R(
        "en",
        "not_now",
        "Hi Sophie,\n\nMost of the team are hybrid and the office is a ghost town over the summer. Try me again in "
        "September when everyone's back in.\n\nKind regards,\nHarriet\n\nHarriet Osei\nOffice & Events Manager\nCalder "
        "Reid LLP | 30 Finsbury Square, London EC2A 1AG\n+44 20 7946 0381\n\n" + _DISC_EN,
        "fk1",
        "outlook_en",
        "Harriet Osei <harriet.osei@calderreid.com>",
        sent="2026-05-27",
        until="2026-09-01",
    ),
]

# --------------------------------------------------------------------------- not_interested (15 fr, 15 en)

_INLINE_TO = (
    "Voir dans le texte.\n\nLe "
    + when("gmail_fr", D("2026-03-24"), "09:12")
    + ", Karim Haddad <k.haddad@tonalis.fr> a écrit :\n> Bonjour,\n>\n> Tonalis remplace les standards vieillissants "
    "par une téléphonie cloud : numéros locaux en France, en Algérie et à Madagascar, accueil vocal, files d'attente, "
    "enregistrement des appels, intégration Teams et CRM.\n>\n> Nous vous proposons un audit gratuit de vos factures "
    "télécom et 14 jours d'essai sans engagement.\n\nPas la peine, nos factures on les connaît par cœur.\n\n> "
    "Pouvons-nous fixer un rendez-vous téléphonique de 20 minutes ?\n\nNon.\n\n> Je peux aussi vous faire parvenir "
    "un devis sur la base de vos dernières factures.\n\nNon plus. Notre standard a 15 ans et il n'est jamais tombé "
    "en panne.\n\n> Cordialement,\n> Karim Haddad\n> Ingénieur commercial – Tonalis Téléphonie\n> Marseille · Alger "
    "· Antananarivo\n> 04 91 27 63 18 / +213 23 48 51 90\n>\n> Vous ne souhaitez plus être contacté ? Répondez "
    "« DÉSINSCRIRE »."
)

NOT_INTERESTED: list[dict[str, Any]] = [
    R(
        "fr",
        "not_interested",
        "Non merci.\n\nEnvoyé depuis mon mobile",
        "cy1",
        "android_fr",
        "Franck Duval <f.duval@menuiserie-duval.fr>",
        sent="2026-05-06",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous avons un restaurant d'entreprise au rez-de-chaussée, nous ne sommes donc pas concernés.\n\n"
        "Bonne continuation,\n\nAgnès Morel\nServices généraux\nGroupe Hélios Assurances – 12 rue de Courcelles, 75008 "
        "Paris\n\n" + _DISC_FR,
        "ta1",
        "outlook_fr",
        "Agnès Morel <agnes.morel@helios-assurances.fr>",
        sent="2026-03-12",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\nNous sommes satisfaits de notre opérateur et de notre standard, qui a été changé l'an dernier. "
        "Merci quand même pour la proposition.\nCordialement\nSamira Hamdi\nAssistante de direction – Clinique El "
        "Azhar, Oran",
        "to2",
        "gmail_fr",
        "Samira Hamdi <s.hamdi@clinique-elazhar.dz>",
        sent="2026-06-09",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous ne recrutons qu'en local, nos métiers ne s'y prêtent pas. Aucun besoin de ce côté-là.\n\n"
        "Cordialement,\nOlivier Garnier\nGérant – Boulangeries Garnier (4 magasins)\n69006 Lyon",
        "pa1",
        "outlook_fr",
        "Olivier Garnier <contact@boulangeries-garnier.fr>",
        sent="2026-09-17",
    ),
    R(
        "fr",
        "not_interested",
        "Des clients mystères ? On a déjà 300 clients bien réels qui nous laissent des avis Google tous les mois, "
        "croyez-moi on sait exactement ce qui va et ce qui va pas 😅 Merci mais ça ira.\n\nJulien – Pizzeria Da Nonna, "
        "Villeurbanne",
        "oc1",
        "gmail_fr",
        "Pizzeria Da Nonna <dananonna.villeurbanne@gmail.com>",
        sent="2026-02-04",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Madame,\n\nNotre expert-comptable gère notre CIR depuis huit ans et nous en sommes très satisfaits ; "
        "nous ne changerons pas de prestataire.\n\nCordialement,\n\nHervé Le Goff\nPrésident\nOcéalis Instruments "
        "SAS\n5 rue de la Géraudière, 44300 Nantes\n02 40 55 18 90\n\n" + _DISC_FR,
        "cir2",
        "outlook_fr",
        "Hervé Le Goff <h.legoff@ocealis.fr>",
        sent="2026-04-29",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour, merci mais on prépare nos demandes RS&DE et CTMM à l'interne depuis des années, on n'a pas besoin de "
        "consultant.\nBonne journée!\nMaxime\n--\nMaxime Lavoie | Directeur financier\nStudio Nordet inc. | Mile-Ex, "
        "Montréal",
        "cir1",
        "gmail_fr",
        "Maxime Lavoie <maxime@studionordet.com>",
        sent="2026-11-12",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous proposons déjà un leasing vélo via notre secrétariat social depuis 2023. Pas besoin, mais "
        "merci.\n\nBien à vous,\nKathleen Dupont\nHR Business Partner\nBrasserie des Abattoirs SA – Anderlecht\n\n"
        + _DISC_BE,
        "cy2",
        "outlook_fr",
        "Kathleen Dupont <k.dupont@brasseriedesabattoirs.be>",
        sent="2026-09-25",
    ),
    R(
        "fr",
        "not_interested",
        "Madame,\n\nJe vous remercie de votre proposition, mais la direction a tranché : pas de traiteur extérieur, nos "
        "collaborateurs ont des titres-restaurant et cela convient à tout le monde.\n\nAvec mes salutations "
        "distinguées,\n\nFrancesca Rinaldi\nAssistante de direction\nMonaco Marine Logistics SAM\n7 rue du Gabian, "
        "98000 Monaco\n+377 97 70 44 12",
        "ta2",
        "outlook_fr",
        "Francesca Rinaldi <f.rinaldi@mml.mc>",
        sent="2026-10-20",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Karim,\n\nMerci, mais nous venons de signer la semaine dernière avec un autre prestataire pour les "
        "trois prochaines années.\n\nBonne continuation,\nFanja Andrianaivo\nResponsable administrative\nTsara Textiles "
        "SA, Zone Forello Tanjombato, Antananarivo",
        "to1",
        "outlook_fr",
        "Fanja Andrianaivo <fanja.a@tsaratextiles.mg>",
        sent="2026-08-27",
    ),
    R(
        "fr",
        "not_interested",
        "Madame,\n\nNotre service juridique gère lui-même les demandes de permis auprès de l'OCE ; vos services ne "
        "nous seront pas utiles.\n\nMeilleures salutations,\n\nLaurent Favre\nDirecteur administratif\nClinique des "
        "Eaux-Vives SA\nRoute de Frontenex 80, 1208 Genève\n+41 22 718 42 00\n\n" + _DISC_CH,
        "pa2",
        "outlook_fr",
        "Laurent Favre <laurent.favre@clinique-eauxvives.ch>",
        sent="2026-05-19",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\nJe vous remercie, mais ce n'est pas une priorité pour nous et ça ne le sera pas.\nBien à vous,\n"
        "Anne-Sophie Delvaux\nPharmacie Delvaux – Namur",
        "oc2",
        "gmail_fr",
        "Pharmacie Delvaux <pharmacie.delvaux@skynet.be>",
        sent="2026-06-30",
    ),
    R(
        "fr",
        "not_interested",
        _INLINE_TO + "\n\n-- \nPatrick Orsoni\nCarrosserie Orsoni, Marseille 14e",
        sent="2026-03-26",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Niamh,\n\nDésolée, je vous réponds en français. Nous ne faisons pas affaire avec des firmes de clients "
        "mystères, c'est une politique de la maison depuis toujours. Merci quand même.\n\nIsabelle Côté\n"
        "Propriétaire, Boutique Côté Cuisine\nAvenue du Mont-Royal Est, Montréal",
        "fg1",
        "outlook_qc",
        "Isabelle Côté <isabelle@cotecuisine.ca>",
        sent="2026-10-05",
    ),
    R(
        "fr",
        "not_interested",
        "Haha on est 4 dans la boîte et on mange des sandwichs sur nos genoux. Merci mais non 🙂",
        "ta1",
        "iphone_fr",
        "Romain Petit <romain@studio-tangram.fr>",
        sent="2026-11-24",
    ),
    R(
        "en",
        "not_interested",
        "No thanks.\n\nSent from my Galaxy",
        "sp1",
        "android_en",
        "Lee Chambers <lee.chambers@avonvalemotors.co.uk>",
        sent="2026-04-21",
    ),
    R(
        "en",
        "not_interested",
        "Hi Sophie,\n\nWe'll pass, thanks — our building has a staff canteen and there's a Pret on the corner.\n\n"
        "Best,\nTom\n\nTom Aldridge | Studio Manager | Northlight Architects\n7 Hoxton Square, London N1 6NU\n\n"
        + _DISC_EN,
        "fk2",
        "outlook_en",
        "Tom Aldridge <tom@northlightarchitects.co.uk>",
        sent="2026-02-17",
    ),
    R(
        "en",
        "not_interested",
        "We don't do any R&D, we move pallets. Not relevant to us.\n\nGary Whitmore\nManaging Director | Whitmore "
        "Haulage Ltd | Doncaster",
        "bc1",
        "outlook_en",
        "Gary Whitmore <gary@whitmorehaulage.co.uk>",
        sent="2026-07-08",
    ),
    R(
        "en",
        "not_interested",
        "Dear Ade,\nThank you for the follow up. We are fine with our current setup and have no plans to change it.\n"
        "Regards,\nFolake Adeyemi (Mrs)\nAdmin Manager, Greenfield Schools, Lekki Phase 1, Lagos",
        "cl2",
        "gmail_en",
        "Folake Adeyemi <admin@greenfieldschools.ng>",
        sent="2026-05-14",
    ),
    R(
        "en",
        "not_interested",
        "Hi James, thanks for getting in touch, but we only recruit locally and have no intention of applying for a "
        "sponsor licence. All the best. Lorraine\n\nLorraine McKenzie\nRegistered Manager\nHeatherbank Care Home, Perth "
        "PH2 7LL",
        "wp1",
        "outlook_en",
        "Lorraine McKenzie <manager@heatherbankcare.co.uk>",
        sent="2026-01-22",
    ),
    R(
        "en",
        "not_interested",
        "A free mystery shop? Our customers already tell us exactly what they think, loudly, on TripAdvisor, every "
        "weekend. We're grand, thanks.\n\nDeclan\nDeclan Furlong | Owner | The Copper Kettle, Kilkenny",
        "fg1",
        "gmail_en",
        "Declan Furlong <declan@copperkettlekilkenny.ie>",
        sent="2026-03-03",
    ),
    R(
        "en",
        "not_interested",
        "Hi Callum,\n\nAppreciate the follow-up, but we already work with our Big Four firm on RDTI and we're happy "
        "with them.\n\nRegards,\nSiobhan Nguyen\nFinance Manager\nRivergum Biologics Pty Ltd\nParkville VIC 3052\n\n"
        + _DISC_AU,
        "bc2",
        "outlook_en",
        "Siobhan Nguyen <siobhan.nguyen@rivergumbio.com.au>",
        sent="2026-08-18",
    ),
    R(
        "en",
        "not_interested",
        "Hi Hannah, half our crew are 60+ and the depot's up a gravel road in the Port Hills. Not a fit for us I'm "
        "afraid. Cheers, Bruce\n\nBruce Hadlee\nSite Manager, Summit Road Quarries Ltd",
        "sp1",
        "gmail_en",
        "Bruce Hadlee <bruce@summitroadquarries.co.nz>",
        sent="2026-10-15",
    ),
    R(
        "en",
        "not_interested",
        "Hi Sophie,\n\nThanks, but our staff get a lunch allowance and almost everyone eats out in Wan Chai. We don't "
        "need catering.\n\nRegards,\nKenneth Yip\nAdministration Manager\nPacific Crest Freight (HK) Ltd\nUnit 2207, "
        "22/F, Hopewell Centre, 183 Queen's Road East, Wan Chai\n\n" + _DISC_HK,
        "fk1",
        "outlook_en",
        "Kenneth Yip <kenneth.yip@pacificcrest.com.hk>",
        sent="2026-06-24",
    ),
    R(
        "en",
        "not_interested",
        "Mate we moved everything to Teams Phone in July. Not interested.\nShane\n\nShane Dwyer | IT Lead | Moreton "
        "Bay Plumbing Group",
        "cl1",
        "gmail_en",
        "Shane Dwyer <shane.dwyer@mbplumbing.com.au>",
        sent="2026-09-03",
    ),
    R(
        "en",
        "not_interested",
        "Hi James,\n\nAll our hires are EU nationals, so we've no need for permits. Thanks anyway and best of luck.\n\n"
        "Emer Gallagher\nHR Generalist\nBrightwater Medtech DAC\nGalway Business Park, Galway",
        "wp2",
        "outlook_en",
        "Emer Gallagher <emer.gallagher@brightwatermedtech.ie>",
        sent="2026-11-10",
    ),
    R(
        "en",
        "not_interested",
        "Hi Niamh,\n\nWe ran a mystery shop program for three years and dropped it last spring - it didn't move the "
        "needle for us. Not going back to it.\n\nBest,\nCarla Jimenez\nDirector of Operations | Sunbelt Dental "
        "Partners\nTampa, FL | (813) 555-0155",
        "fg2",
        "gmail_us",
        "Carla Jimenez <cjimenez@sunbeltdental.com>",
        sent="2026-05-28",
    ),
    R(
        "en",
        "not_interested",
        "Not interested thanks.\n\nKarl\n\n" + _DISC_MT,
        "fk2",
        "outlook_en",
        "Karl Zammit <karl.zammit@redcoralbet.com>",
        sent="2026-09-15",
    ),
    R(
        "en",
        "not_interested",
        "Hi, sorry, my French isn't good enough to answer properly – but I think the answer is no. We're a 3-person "
        "office and we all commute in from France by car.\n\nBest regards,\nDaniel Hurst\nManaging Partner\nAlpine "
        "Wealth Partners Sàrl, Rue du Rhône 62, 1204 Genève",
        "cy1",
        "outlook_fr",
        "Daniel Hurst <d.hurst@alpinewealth.ch>",
        sent="2026-06-11",
    ),
    R(
        "en",
        "not_interested",
        "Ade,\n\nWe signed a five-year deal with our provider last year and I have no reason to look at phones again. "
        "Please don't take it personally, I just don't see a fit.\n\nRegards,\n\nNadia Akhtar\nPractice Manager\n"
        "Kirkstall Lane Surgery\nLeeds LS5 3BT\nTel: 0113 496 0530\n\n" + _DISC_EN,
        "cl1",
        "orig_en",
        "Nadia Akhtar <nadia.akhtar@nhs.net>",
        sent="2026-07-21",
    ),
]

# --------------------------------------------------------------------------- meeting_request (15 fr, 15 en)

_INLINE_TA = (
    "Le "
    + when("gmail_fr", D("2026-05-11"), "11:05")
    + ", Clémence Aubert <clemence.aubert@tablee-traiteur.fr> a écrit :\n> Bonjour,\n>\n> Tablée livre chaque jour "
    "des plateaux-repas, buffets et petits-déjeuners de saison aux entreprises de Paris, Luxembourg et Monaco, et "
    "installe des frigos connectés pour les équipes qui déjeunent sur place.\n>\n> Pour vous faire goûter, nous "
    "offrons un déjeuner dégustation pour 10 personnes, livré à la date de votre choix.\n>\n> Souhaitez-vous en "
    "profiter ?\n\nAvant toute dégustation on préfère vous rencontrer, surtout pour nos séminaires (60 pers. deux "
    "fois par an). Vous pouvez passer la semaine prochaine ? Mercredi idéalement.\n\n> Je peux aussi vous envoyer un "
    "devis pour vos réunions régulières.\n\nOn verra ça après le rendez-vous.\n\n> Gourmandement,\n> Clémence "
    "Aubert\n> Développement entreprises – Tablée Traiteur\n\nAudrey\nAudrey Lemaire – Assistante de direction\n"
    "Verdane Conseil, 15 rue du Louvre, 75001 Paris"
)

_INLINE_WP = (
    "Answers below.\n\nOn "
    + when("gmail_en", D("2026-06-22"), "08:47")
    + " James Whitfield <james.whitfield@waypointvisas.com> wrote:\n\n> Hi,\n>\n> Waypoint Visas handles sponsor "
    "licences and work visas for employers: UK Skilled Worker, Irish Critical Skills and General Employment Permits, "
    "Australian 482 / Skills in Demand. We also help with relocation.\n>\n> We'll check one candidate's eligibility "
    "free of charge within 48 hours.\n\nWe have two, both vets from South Africa.\n\n> Could we set up a 20-minute "
    "call?\n\nYes - Tuesday or Wednesday after 2pm.\n\n> I can also send our fixed-fee schedule.\n\nBring it to the "
    "call please.\n\n> All the best,\n> James\n>\n> Reply 'remove me' and I'll take you off my list.\n\n--\nFiona "
    "Caldwell MRCVS\nPractice Owner, Riverside Veterinary Group, Guildford"
)

MEETING: list[dict[str, Any]] = [
    R(
        "fr",
        "meeting_request",
        "Ok pour un rdv. Mardi 14h ça vous va ? En visio.\n\nSébastien\n\nSébastien Roux – CTO\nKaptiv Robotics, "
        "Villeurbanne\n06 58 20 41 73",
        "cir1",
        "gmail_fr",
        "Sébastien Roux <sebastien@kaptiv-robotics.fr>",
        sent="2026-03-04",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Anaïs,\n\nOui, ça nous intéresse. On pourrait se parler jeudi en avant-midi? Appelez-moi directement "
        "au 418 555-0126.\n\nMerci,\nGeneviève Fortin\nVice-présidente finances\nAquaterra Technologies inc.\nParc "
        "technologique du Québec métropolitain, Québec (Québec)\n\n" + _DISC_QC,
        "cir1",
        "outlook_qc",
        "Geneviève Fortin <gfortin@aquaterratech.ca>",
        sent="2026-09-08",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nÇa tombe bien, notre plan de mobilité employeur est en cours de rédaction. Pouvez-vous passer nous "
        "voir sur le site de Meylan pour nous présenter la formule ? On parlera des tarifs à ce moment-là.\n\n"
        "Cordialement,\nArnaud Blanchet\nResponsable RSE\nIsère Semiconducteurs – 38240 Meylan\n04 76 18 55 02\n\n"
        + _DISC_FR,
        "cy1",
        "outlook_fr",
        "Arnaud Blanchet <arnaud.blanchet@isere-semi.fr>",
        sent="2026-04-15",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Monsieur Marchand,\nAppelez-moi demain entre 12h et 14h au 022 735 18 40, on en discute.\n"
        "Meilleures salutations\nCorinne Baud\nÉcole hôtelière du Léman – Services généraux",
        "cy2",
        "apple_fr",
        "Corinne Baud <corinne.baud@ehleman.ch>",
        sent="2026-08-31",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame Aubert,\n\nPouvez-vous venir présenter vos formules à notre office manager et à moi-même dans "
        "nos locaux du Kirchberg ? Idéalement un mardi ou un jeudi matin.\n\nBien cordialement,\n\nMarc Schmit\nHead "
        "of Facilities\nBanque Ardennaise de Luxembourg S.A.\n43, avenue John F. Kennedy, L-1855 Luxembourg\n\n"
        + _DISC_LU,
        "ta1",
        "outlook_fr",
        "Marc Schmit <marc.schmit@bal.lu>",
        sent="2026-02-24",
    ),
    R("fr", "meeting_request", _INLINE_TA, sent="2026-05-12"),
    R(
        "fr",
        "meeting_request",
        "Bonjour Monsieur Haddad,\n\nJe suis disponible pour un rendez-vous téléphonique jeudi 19 novembre à 10h "
        "(heure d'Alger). Merci de me confirmer.\n\nCordialement,\nNassim Boudiaf\nResponsable systèmes d'information\n"
        "Groupe Hodna Céramique\nRoute nationale 5, Bordj Bou Arreridj\n+213 35 68 22 10",
        "to2",
        "outlook_fr",
        "Nassim Boudiaf <n.boudiaf@hodna-ceramique.dz>",
        sent="2026-11-16",
    ),
    R(
        "fr",
        "meeting_request",
        "Rappelez moi svp 06 11 42 87 30. Dispo aprem",
        "to1",
        "iphone_fr",
        "Patricia Ferri <patricia@ferri-immobilier.fr>",
        sent="2026-06-02",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Louise,\nTiming parfait : on a 3 développeurs brésiliens à faire venir d'ici l'été. On peut caler une "
        "visio cette semaine ? Et vous me direz à ce moment-là combien ça coûte.\nMerci !\nClaire\n--\nClaire Aubry – "
        "Head of People\nMosaïc Labs, 75011 Paris",
        "pa1",
        "gmail_fr",
        "Claire Aubry <claire.aubry@mosaiclabs.fr>",
        sent="2026-02-18",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Louise,\n\nOui, nous aurons besoin de soudeurs étrangers (EIMT) pour l'an prochain. Êtes-vous "
        "disponible pour une rencontre Teams lundi prochain, en après-midi?\n\nMerci,\n\nMélanie Roy\nConseillère RH\n"
        "Métal Laurentides inc.\nSaint-Jérôme (Québec)\n450 555-0183 poste 302\n\n" + _DISC_QC,
        "pa2",
        "outlook_qc",
        "Mélanie Roy <mroy@metallaurentides.ca>",
        sent="2026-10-26",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour, ok pour en discuter. Envoyez-moi une invitation pour jeudi 16h, 30 min max.\nStéphanie Giraud\n"
        "Directrice réseau – Opticiens Giraud (14 magasins Rhône-Alpes)\n\nNouveau : recevez nos offres et conseils "
        "visuels chaque mois en vous inscrivant à notre newsletter sur opticiens-giraud.fr (désinscription en un clic, "
        "à tout moment).",
        "oc1",
        "gmail_fr",
        "Stéphanie Giraud <s.giraud@opticiens-giraud.fr>",
        sent="2026-01-14",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nPassez donc à notre siège lors de votre prochain séjour à Libreville, nous pourrons en "
        "parler de vive voix avec notre directeur général.\n\nCordialement,\n\nPatricia Mba\nResponsable qualité\n"
        "Banque Équatoriale du Gabon\nQuartier Louis, Libreville\n+241 011 44 80 00",
        "oc2",
        "outlook_fr",
        "Patricia Mba <p.mba@beg-gabon.ga>",
        sent="2026-07-22",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nPrenez directement un créneau dans mon agenda : "
        "https://outlook.office365.com/book/ThomasDeprez@nanovia.be/\n\nBien à vous,\nThomas Deprez\nCFO – Nanovia "
        "SA\nRue du Bosquet 7, 1348 Louvain-la-Neuve\n\n" + _DISC_BE,
        "cir2",
        "outlook_fr",
        "Thomas Deprez <thomas.deprez@nanovia.be>",
        sent="2026-06-17",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\nOn veut bien voir une démo de votre SVI et des files d'attente, on a 60 agents sur le plateau. "
        "Quand êtes-vous dispo ? Le matin c'est mieux pour nous (décalage horaire).\nCordialement\nTiana "
        "Randriamampionona\nResponsable plateau – Madacall BPO, Antananarivo",
        "to1",
        "gmail_fr",
        "Tiana Randriamampionona <tiana@madacall.mg>",
        sent="2026-03-17",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame Perrin,\n\nAvant de vous envoyer le dossier d'un candidat, j'aimerais en discuter avec vous "
        "par téléphone : il s'agit d'un ingénieur indien pour un permis B, et le contingent est serré. Pourriez-vous "
        "m'appeler au 022 879 56 10 ?\n\nMeilleures salutations,\nStefan Keller\nHR Manager\nLémantech SA, "
        "Plan-les-Ouates\n\n" + _DISC_CH,
        "pa1",
        "outlook_fr",
        "Stefan Keller <stefan.keller@lemantech.ch>",
        sent="2026-04-01",
    ),
    R(
        "en",
        "meeting_request",
        "Sure, let's talk. Thursday 3pm works for me, I'll send a Teams link.\n\nRaj\n\nRaj Patel | Founder & CEO | "
        "Loomtide Software | Manchester M4",
        "bc1",
        "gmail_en",
        "Raj Patel <raj@loomtide.io>",
        sent="2026-02-05",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Callum,\n\nCould you give me a call on Monday morning? 087 555 2841. We've two projects I think "
        "qualify.\n\nThanks,\nOrla\n\nOrla Hennessy\nFinancial Controller\nShannon Valve Technologies Ltd, Limerick",
        "bc2",
        "outlook_en",
        "Orla Hennessy <orla.hennessy@shannonvalve.ie>",
        sent="2026-10-21",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Hannah,\n\nBefore anything else, can we do a quick Teams call? I need to understand how the salary "
        "sacrifice would work with our payroll provider and with staff on the National Living Wage.\n\nThanks,\nPriya "
        "Desai\nHR Manager\nSevernside Foods Ltd, Avonmouth\n\n" + _DISC_EN,
        "sp1",
        "outlook_en",
        "Priya Desai <priya.desai@severnsidefoods.co.uk>",
        sent="2026-03-19",
    ),
    R(
        "en",
        "meeting_request",
        "Yep keen for a chat. Free Wednesday arvo if that works?\n\nSam\nSam Te Whare | Ops Manager | Southern Alps "
        "Brewing Co.",
        "sp2",
        "gmail_en",
        "Sam Te Whare <sam@southernalpsbrewing.co.nz>",
        sent="2026-11-25",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Sophie,\n\nCould you come in and meet our office manager and me? We have about 60 people in Tuesday to "
        "Thursday and I'd like to understand the smart fridge option properly.\n\nBest,\nOllie Graham\nCOO | Fernbrook "
        "Capital\n1 King William Street, London EC4N\n\n" + _DISC_EN,
        "fk1",
        "outlook_en",
        "Ollie Graham <ollie.graham@fernbrookcapital.com>",
        sent="2026-04-28",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Sophie, let's have a call. I'm in HK so mornings your time don't work – 4pm HKT any day next week?\n"
        "Cheers\nAnson Ho\nHead of People, Kowloon Bay Logistics Ltd",
        "fk2",
        "gmail_en",
        "Anson Ho <anson.ho@kblogistics.com.hk>",
        sent="2026-08-12",
    ),
    R(
        "en",
        "meeting_request",
        "Send me a meeting invite for Friday 10am. 30 mins.\n\nMatt\n\nMatt Holroyd\nIT Manager\nAire Valley Housing "
        "Association",
        "cl1",
        "orig_en",
        "Matt Holroyd <matt.holroyd@airevalleyha.org.uk>",
        sent="2026-01-28",
    ),
    R(
        "en",
        "meeting_request",
        "Good afternoon Ade,\n\nKindly schedule a meeting with our IT Manager and myself at our Victoria Island office "
        "next week. We have 3 branches and the current PABX is giving us serious headaches.\n\nRegards,\nNgozi Eze\n"
        "Chief Operating Officer\nZenmark Logistics Ltd\nPlot 1412, Ahmadu Bello Way, Victoria Island, Lagos\n\n"
        + _DISC_NG,
        "cl2",
        "outlook_en",
        "Ngozi Eze <ngozi.eze@zenmarklogistics.com>",
        sent="2026-07-30",
    ),
    R("en", "meeting_request", _INLINE_WP, sent="2026-06-23"),
    R(
        "en",
        "meeting_request",
        "We need 4 chefs on 482s for the new restaurant. Can you call me tomorrow? 0400 555 231\nMarco\nMarco "
        "Bellini, Executive Chef & Owner, Osteria Bellini, Darlinghurst",
        "wp2",
        "gmail_en",
        "Marco Bellini <marco@osteriabellini.com.au>",
        sent="2026-02-10",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Niamh,\n\nHappy to chat. Grab a slot here: calendly.com/rachel-chen-northway/30min\n\nRachel Chen\n"
        "Director of Retail Operations\nNorthway Pharmacy Group\nMississauga, ON\n\nGet our monthly Health Tips "
        "newsletter: northwaypharmacy.ca/news – unsubscribe anytime at northwaypharmacy.ca/unsubscribe",
        "fg1",
        "outlook_en",
        "Rachel Chen <rchen@northwaypharmacy.ca>",
        sent="2026-05-05",
    ),
    R(
        "en",
        "meeting_request",
        "Let's get on a Zoom next week with our VP of Ops. What times work for you? We're on Central time.\n\nDerek "
        "Lindqvist\nDirector, Guest Experience | Prairie Stays Hotels\nMinneapolis, MN",
        "fg2",
        "gmail_us",
        "Derek Lindqvist <derek.lindqvist@prairiestays.com>",
        sent="2026-11-03",
    ),
    R(
        "en",
        "meeting_request",
        "Pop into the showroom on Friday and we can have a yarn about it. Ask for me at the front desk.\n\nSteve\n"
        "Steve Ruawai, Dealer Principal, Harbourside Motors, Auckland\n\nSent from my iPhone",
        "fg1",
        "apple_en",
        "Steve Ruawai <steve@harboursidemotors.co.nz>",
        sent="2026-08-26",
    ),
    R(
        "en",
        "meeting_request",
        "Demo please. Next Tuesday? We've got 18 staff across two sites and a very old Panasonic system.\n\nKylie\n"
        "Kylie Barrett, Office Manager, Sunshine Coast Physio Group",
        "cl1",
        "gmail_en",
        "Kylie Barrett <kylie@scphysio.com.au>",
        sent="2026-04-09",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Anaïs,\n\nSorry, my French is rusty so I'll answer in English. We'd be glad to meet – how about a Zoom on "
        "Tuesday afternoon? Our SR&ED claims have always been done by our auditors and I suspect we're leaving money "
        "on the table.\n\nBest regards,\nJonathan Greenberg\nPresident, Westmount BioAnalytics Inc.\n514 555-0166\n\n"
        + _DISC_QC,
        "cir1",
        "outlook_qc",
        "Jonathan Greenberg <jgreenberg@westmountbio.com>",
        sent="2026-12-07",
    ),
]

# --------------------------------------------------------------------------- information_request (14 fr, 14 en)

_INLINE_TA_INFO = (
    "Le "
    + when("gmail_fr", D("2026-09-21"), "14:30")
    + ", Clémence Aubert <clemence.aubert@tablee-traiteur.fr> a écrit :\n> Bonjour,\n>\n> Tablée livre chaque jour "
    "des plateaux-repas, buffets et petits-déjeuners de saison aux entreprises de Paris, Luxembourg et Monaco, et "
    "installe des frigos connectés pour les équipes qui déjeunent sur place.\n\nÇa marche comment concrètement, le "
    "frigo ? Qui le remplit, à quelle fréquence, et les salariés paient comment ? Par badge ?\n\n> Pour vous faire "
    "goûter, nous offrons un déjeuner dégustation pour 10 personnes, livré à la date de votre choix.\n>\n> "
    "Souhaitez-vous en profiter ?\n\nOn verra pour la dégustation après.\n\n> Je peux aussi vous envoyer un devis "
    "pour vos réunions régulières.\n>\n> Gourmandement,\n> Clémence Aubert\n\nJoëlle Thill\nRessources humaines\n"
    "Imprimerie Centrale du Grand-Duché S.A., Bertrange\n\n" + _DISC_LU
)

INFORMATION: list[dict[str, Any]] = [
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nComment calculez-vous exactement vos honoraires ? C'est un pourcentage du crédit obtenu ? Et que "
        "se passe-t-il si l'administration remet en cause le crédit lors d'un contrôle, deux ans après ?\n\n"
        "Cordialement,\nBertrand Lasserre\nDAF – Aérolithe SAS, Blagnac\n\n" + _DISC_FR,
        "cir1",
        "outlook_fr",
        "Bertrand Lasserre <b.lasserre@aerolithe.fr>",
        sent="2026-01-20",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, est-ce que vous traitez aussi le crédit pour la production de titres multimédias (CTMM) ou seulement "
        "la RS&DE? Merci\nJulie Paradis, contrôleuse, Pixelbrume Studio inc., Québec",
        "cir2",
        "gmail_fr",
        "Julie Paradis <julie.paradis@pixelbrume.com>",
        sent="2026-08-11",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nQuelques questions avant d'aller plus loin : le vélo reste-t-il la propriété du salarié à la fin "
        "du contrat ? Qui paie en cas de vol ? Et que se passe-t-il si le salarié quitte l'établissement en cours de "
        "contrat ?\n\nMerci,\nHélène Vasseur\nResponsable paie et avantages sociaux\nCentre hospitalier de Voiron",
        "cy1",
        "outlook_fr",
        "Hélène Vasseur <h.vasseur@ch-voiron.fr>",
        sent="2026-05-26",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, vous travaillez avec quels secrétariats sociaux ? Acerta, SD Worx, Partena ? Nous on est chez "
        "Securex.\nMerci\nBart Claes\nPeople & Culture – Quantilis SRL, Bruxelles",
        "cy2",
        "gmail_fr",
        "Bart Claes <bart.claes@quantilis.be>",
        sent="2026-02-26",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nVos plats sont préparés où ? Cuisine centrale ou sous-traitance ? Et auriez-vous des références "
        "d'entreprises dans le 8e que je pourrais appeler ?\n\nCordialement,\nEmmanuelle Cohen\nOffice manager – "
        "Cabinet Delorme Avocats\n\n" + _DISC_FR,
        "ta2",
        "outlook_fr",
        "Emmanuelle Cohen <e.cohen@delorme-avocats.fr>",
        sent="2026-04-07",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, vous livrez à Fontvieille le samedi ? Nos équipes travaillent le week-end en saison.",
        "ta1",
        "iphone_fr",
        "Giulia Pastor <g.pastor@riviera-yachting.mc>",
        sent="2026-07-15",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nDeux questions : vos numéros algériens sont-ils fournis via Algérie Télécom ou un opérateur privé ? "
        "Et où sont hébergées les données et les enregistrements d'appels ? Nous avons des contraintes de conformité "
        "(loi 18-07).\n\nCordialement,\nKarima Ait Ouali\nResponsable conformité\nEl Djazair Prévoyance "
        "Assurances\nHydra, Alger",
        "to1",
        "outlook_fr",
        "Karima Ait Ouali <k.aitouali@edp-assurances.dz>",
        sent="2026-10-13",
    ),
    R(
        "fr",
        "information_request",
        "vs avez une brochure ?",
        "to2",
        "android_fr",
        "Garage Lucciardi <garage.lucciardi@orange.fr>",
        sent="2026-09-29",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, vous gérez aussi les conjoints et enfants (titre de séjour famille accompagnante) ou seulement le "
        "salarié ?\nMerci\nLucie Fabre\nTalent Acquisition – Quanteo, Paris 2e",
        "pa1",
        "gmail_fr",
        "Lucie Fabre <lucie.fabre@quanteo.fr>",
        sent="2026-03-10",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nÊtes-vous membres du Collège des consultants en immigration et en citoyenneté (CICC) ? Et "
        "accompagnez-vous aussi les étudiants étrangers diplômés vers le PEQ ?\n\nCordialement,\nFrançois Dubé\n"
        "Directeur des ressources humaines\nGroupe Boréalis Santé\n\n" + _DISC_QC,
        "pa2",
        "outlook_qc",
        "François Dubé <francois.dube@borealissante.ca>",
        sent="2026-06-29",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nVos visiteurs mystère sont-ils aussi néerlandophones ? Nous avons 22 agences, dont la moitié en "
        "Flandre.\n\nMet vriendelijke groeten / Bien à vous,\nSofie Peeters\nCustomer Experience Manager\nBanque "
        "Mosane SA\n\n" + _DISC_BE,
        "oc1",
        "outlook_fr",
        "Sofie Peeters <sofie.peeters@banquemosane.be>",
        sent="2026-11-19",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\nQuelle est la différence entre une visite mystère et un audit d'appels ? Et avez-vous un exemple de "
        "rapport anonymisé à m'envoyer ?\nCdlt\nNicolas Perret\nResponsable qualité – Perret Automobiles, "
        "Bourgoin-Jallieu",
        "oc2",
        "gmail_fr",
        "Nicolas Perret <n.perret@perret-auto.fr>",
        sent="2026-03-31",
    ),
    R("fr", "information_request", _INLINE_TA_INFO, sent="2026-09-22"),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce compatible avec notre connexion (fibre 20 Mb/s, coupures fréquentes à Toamasina) ? Combien "
        "d'appels simultanés peut-on passer, et que se passe-t-il en cas de coupure internet ?\n\nCordialement,\n"
        "Jean-Luc Razafindrabe\nDirecteur technique – Indian Ocean Shipping Agency, Toamasina",
        "to1",
        "outlook_fr",
        "Jean-Luc Razafindrabe <jl.razafindrabe@iosa.mg>",
        sent="2026-05-05",
    ),
    R(
        "en",
        "information_request",
        "Hi Callum,\n\nWhat's your typical fee percentage, and do you charge extra if HMRC opens an enquiry into the "
        "claim?\n\nThanks,\nEmma Stott\nFinancial Controller\nPennine Coatings Ltd, Huddersfield\n\n" + _DISC_EN,
        "bc1",
        "outlook_en",
        "Emma Stott <emma.stott@penninecoatings.co.uk>",
        sent="2026-06-10",
    ),
    R(
        "en",
        "information_request",
        "Are you a registered tax agent with the TPB? Our accountant says only registered agents should prepare RDTI "
        "registrations.\nLiam\nLiam O'Connell | Co-founder | Fieldsense Agtech, Bendigo VIC",
        "bc2",
        "gmail_en",
        "Liam O'Connell <liam@fieldsense.com.au>",
        sent="2026-12-02",
    ),
    R(
        "en",
        "information_request",
        "Hi Hannah,\n\nDoes the scheme work for part-time staff on minimum wage? I thought salary sacrifice couldn't "
        "take anyone below the National Minimum Wage.\n\nKind regards,\nJoanne Pritchard\nHR Officer\nCotswold Garden "
        "Centres Ltd",
        "sp1",
        "outlook_en",
        "Joanne Pritchard <joanne.pritchard@cotswoldgc.co.uk>",
        sent="2026-09-08",
    ),
    R(
        "en",
        "information_request",
        "Hi Hannah, are the e-bikes insured for theft, and who services them? We're out in Rolleston so a mechanic "
        "coming to site would be a must.\nThanks, Grace\nGrace Lin, Office Manager, Selwyn Fresh Produce",
        "sp2",
        "gmail_en",
        "Grace Lin <grace@selwynfresh.co.nz>",
        sent="2026-01-13",
    ),
    R(
        "en",
        "information_request",
        "Hi Sophie, do you do kosher? About a third of our team keep kosher.\n\nDaniel Levy\nFounder, Scribe & Lamp "
        "Publishing, London NW3",
        "fk1",
        "outlook_en",
        "Daniel Levy <daniel@scribeandlamp.co.uk>",
        sent="2026-03-05",
    ),
    R(
        "en",
        "information_request",
        "Hi Sophie, do you deliver to SmartCity in Kalkara, or only around St Julian's? And what's the cut-off for "
        "ordering the day before?\nThanks\nRoberta Farrugia\nOffice Coordinator | Zephyr Payments Ltd, Malta\n\n"
        + _DISC_EN,
        "fk2",
        "gmail_en",
        "Roberta Farrugia <roberta.farrugia@zephyrpay.com.mt>",
        sent="2026-11-17",
    ),
    R(
        "en",
        "information_request",
        "Can we keep our 0113 numbers? And does it integrate with Salesforce or only Teams?\n\nRuth Ackroyd\nHead of "
        "Operations, Kirkgate Lettings\nLeeds LS2",
        "cl2",
        "orig_en",
        "Ruth Ackroyd <ruth@kirkgatelettings.co.uk>",
        sent="2026-02-12",
    ),
    R(
        "en",
        "information_request",
        "Dear Ade,\n\nDo you have a local NCC licence? And where are your servers hosted? Our regulator is strict about "
        "call recordings leaving the country.\n\nRegards,\nOluwaseun Balogun\nHead of Compliance\nTrustline Payments "
        "Ltd, Ikoyi, Lagos\n\n" + _DISC_NG,
        "cl1",
        "outlook_en",
        "Oluwaseun Balogun <o.balogun@trustlinepay.ng>",
        sent="2026-10-08",
    ),
    R(
        "en",
        "information_request",
        "Hi James,\n\nIs the whole team OISC regulated or just you? And could you share a couple of references from "
        "care providers you've helped with sponsor licences?\n\nThanks,\nBeverley Okonjo\nOperations Director\n"
        "Meadowgate Home Care Ltd, Croydon",
        "wp1",
        "outlook_en",
        "Beverley Okonjo <beverley@meadowgatecare.co.uk>",
        sent="2026-04-16",
    ),
    R(
        "en",
        "information_request",
        "Do you cover Stamp 1G to Stamp 4 conversions as well, or only the initial permits?\nCian\nCian Murphy | "
        "Talent Partner | Quaylight Software, Dublin 2",
        "wp2",
        "gmail_en",
        "Cian Murphy <cian.murphy@quaylight.ie>",
        sent="2026-07-14",
    ),
    R(
        "en",
        "information_request",
        "Hi Niamh,\n\nHow do you pick your shoppers? Our staff are pretty sharp and I'm worried they'd spot them in a "
        "small town.\n\nThanks,\nMeghan Laporte\nDistrict Manager, Trillium Hardware\nKingston, ON",
        "fg1",
        "outlook_en",
        "Meghan Laporte <mlaporte@trilliumhardware.ca>",
        sent="2026-01-07",
    ),
    R(
        "en",
        "information_request",
        "Do you do phone and chat mystery shops too, or only in-person? Most of our leads come through chat.\n\nTyler "
        "Brooks\nMarketing Manager | Lakeshore Auto Mall\nMilwaukee, WI",
        "fg2",
        "gmail_us",
        "Tyler Brooks <tbrooks@lakeshoreautomall.com>",
        sent="2026-09-16",
    ),
    R(
        "en",
        "information_request",
        "Kia ora Niamh, is there a case study for a hospitality group you could share? Ideally a bar/restaurant group "
        "rather than hotels.\nCheers\nTama\nTama Ngata, Group Ops Manager, Ponsonby Social Group",
        "fg1",
        "gmail_en",
        "Tama Ngata <tama@ponsonbysocial.co.nz>",
        sent="2026-06-18",
    ),
    R(
        "en",
        "information_request",
        "Dear Sophie,\n\nWhat is the minimum order for delivery to Quarry Bay, and is there a delivery charge? Do you "
        "invoice in HKD?\n\nRegards,\nCeline Wong\nExecutive Assistant to the CEO\nEastpoint Securities Ltd\n\n"
        + _DISC_HK,
        "fk2",
        "outlook_en",
        "Celine Wong <celine.wong@eastpointsec.com.hk>",
        sent="2026-04-22",
    ),
]

# --------------------------------------------------------------------------- interested (13 fr, 12 en)

INTERESTED: list[dict[str, Any]] = [
    R(
        "fr",
        "interested",
        "Bonjour Théo,\n\nBonne idée ! Je transmets à la direction pour validation, mais a priori on est partants : "
        "la moitié des agents habitent à moins de 5 km.\n\nBien cordialement,\nMarion Chevalier\nChargée de mission "
        "qualité de vie au travail\nMairie de Saint-Égrève",
        "cy1",
        "outlook_fr",
        "Marion Chevalier <m.chevalier@mairie-st-egreve.fr>",
        sent="2026-06-16",
    ),
    R(
        "fr",
        "interested",
        "Oui pour la journée d'essai ! 🚲\nNathalie\n\nNathalie Rey – Cheffe de projet mobilité\nRégie des Eaux du "
        "Salève, Carouge",
        "cy2",
        "gmail_fr",
        "Nathalie Rey <nathalie.rey@eaux-saleve.ch>",
        sent="2026-04-27",
    ),
    R(
        "fr",
        "interested",
        "Avec plaisir pour le déjeuner dégustation 😋 On est 12 mais on se serrera",
        "ta1",
        "iphone_fr",
        "Inès Boukhari <ines@atelier-sillon.fr>",
        sent="2026-01-21",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nVolontiers ! Adresse de livraison : 8, rue Eugène Ruppert, L-2453 Luxembourg, 3e étage. N'importe "
        "quel jour sauf le lundi.\n\nCordialement,\nPaulo Ferreira\nOffice Manager\nNordlys Fund Services S.A.\n\n"
        + _DISC_LU,
        "ta2",
        "outlook_fr",
        "Paulo Ferreira <paulo.ferreira@nordlys-fs.lu>",
        sent="2026-10-14",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\nÇa m'intéresse, allez-y pour le pré-diagnostic. Je vous envoie un descriptif de nos deux projets "
        "d'ici vendredi.\nCordialement\nFlorent Arnaud\nDirigeant – Vinoptic (capteurs pour la viticulture), Libourne",
        "cir1",
        "gmail_fr",
        "Florent Arnaud <florent@vinoptic.fr>",
        sent="2026-07-01",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nD'accord pour l'audit gratuit. Je vous fais suivre nos factures de janvier à mars dans la "
        "journée.\n\nCordialement,\nRédha Mansouri\nGérant\nMansouri Import-Export SARL, Blida",
        "to1",
        "outlook_fr",
        "Rédha Mansouri <r.mansouri@mansouri-ie.dz>",
        sent="2026-02-15",
    ),
    R(
        "fr",
        "interested",
        "Bonjour Louise,\n\nIntéressant, et ça tombe bien. Je vous transmets le CV de notre candidate (data scientist, "
        "nationalité marocaine, master à Paris-Saclay) pour la vérification d'éligibilité.\n\nBien à vous,\nSarah "
        "Benhamou\nResponsable RH\nDatagora SAS\n\n" + _DISC_FR,
        "pa2",
        "outlook_fr",
        "Sarah Benhamou <s.benhamou@datagora.fr>",
        sent="2026-11-09",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\nPourquoi pas, allez-y pour la visite pilote sur notre boutique du Métropole.\nBien à vous\nChiara "
        "Bellandi\nDirectrice – Maison Bellandi Cachemire, Monte-Carlo",
        "oc1",
        "apple_fr",
        "Chiara Bellandi <chiara@bellandi-cachemire.mc>",
        sent="2026-05-20",
    ),
    R(
        "fr",
        "interested",
        "Bonjour Madame Lacombe,\n\nÇa tombe à pic, nous venons de déposer deux brevets. Je suis preneur de votre "
        "pré-diagnostic.\n\nBien à vous,\nOlivier Hennuy\nAdministrateur délégué\nMosa Biotech SA, Gosselies\n\n"
        + _DISC_BE,
        "cir2",
        "outlook_fr",
        "Olivier Hennuy <o.hennuy@mosabiotech.be>",
        sent="2026-03-25",
    ),
    R(
        "fr",
        "interested",
        "Super initiative, nos équipes vont adorer. Tenez-moi au courant pour la suite !\nLaetitia\n\nLaetitia "
        "Janssens\nOffice & Culture Manager | Kubix Studio | Ixelles",
        "cy1",
        "gmail_fr",
        "Laetitia Janssens <laetitia@kubixstudio.be>",
        sent="2026-07-06",
    ),
    R(
        "fr",
        "interested",
        "Ok on est partants pour l'essai de 14 jours. Vous pouvez l'activer dès lundi.\nRivo\n\nRivo Rasoanaivo – DSI, "
        "Groupe Manarina Distribution",
        "to2",
        "gmail_fr",
        "Rivo Rasoanaivo <rivo.r@manarina.mg>",
        sent="2026-10-30",
    ),
    R(
        "fr",
        "interested",
        "Bonjour Louise,\n\nExcellent timing! Allez-y pour la vérification, je vous envoie les infos de notre candidat "
        "(cuisinier, Philippines) demain matin.\n\nMerci beaucoup,\nChantal Bergeron\nPropriétaire, Auberge du "
        "Lac-Brome\n450 555-0110",
        "pa1",
        "outlook_qc",
        "Chantal Bergeron <chantal@aubergelacbrome.ca>",
        sent="2026-01-09",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nAh oui, nous sommes preneurs ! Le jeudi est l'idéal pour nous, toute l'équipe est au bureau.\n\n"
        "Bien cordialement,\nAlexandre Gastaud\nResponsable administratif\nYachting Partners Monaco SAM\n"
        "+377 93 50 21 64",
        "ta1",
        "outlook_fr",
        "Alexandre Gastaud <a.gastaud@ypm.mc>",
        sent="2026-06-04",
    ),
    R(
        "en",
        "interested",
        "Yes please to the try-out day! Our lot will love it.\n\nJess\nJess Harding | Culture & Wellbeing | Tidewater "
        "Games, Bristol",
        "sp1",
        "gmail_en",
        "Jess Harding <jess@tidewatergames.com>",
        sent="2026-05-13",
    ),
    R(
        "en",
        "interested",
        "Hi Hannah,\n\nSounds great, the team would love this. Go ahead.\n\nThanks,\nNiall Quinn\nFacilities Manager\n"
        "Queen's Quarter Housing, Belfast",
        "sp2",
        "outlook_en",
        "Niall Quinn <niall.quinn@qqhousing.org.uk>",
        sent="2026-02-19",
    ),
    R(
        "en",
        "interested",
        "Free lunch? Say no more 😄 We're all in on Thursdays.\n\nSent from my iPhone",
        "fk1",
        "apple_en",
        "Zara Ahmed <zara@brickfieldpr.co.uk>",
        sent="2026-08-20",
    ),
    R(
        "en",
        "interested",
        "Hi Sophie,\n\nSure, we'd be happy to try it. There are 10 of us in the Sliema office.\n\nRegards,\nMaria "
        "Borg\nHR & Admin Executive\nArgento Gaming Ltd\n\n" + _DISC_MT,
        "fk2",
        "outlook_en",
        "Maria Borg <maria.borg@argentogaming.com>",
        sent="2026-12-08",
    ),
    R(
        "en",
        "interested",
        "Hi Callum,\n\nInterested. Happy for you to run the eligibility review – I'll send a paragraph on our two main "
        "projects this week.\n\nCheers,\nTom Featherstone\nMD, Featherstone Fluid Power Ltd, Stockport",
        "bc1",
        "outlook_en",
        "Tom Featherstone <tom@featherstonefp.co.uk>",
        sent="2026-04-02",
    ),
    R(
        "en",
        "interested",
        "Yep, go for the bill audit. Attached our last 3 Telstra bills.\nCheers\nDarren\nDarren Kelly | Practice "
        "Manager | Redcliffe Family Dental",
        "cl1",
        "gmail_en",
        "Darren Kelly <darren@redcliffefamilydental.com.au>",
        sent="2026-11-26",
    ),
    R(
        "en",
        "interested",
        "This looks really useful, we've been meaning to sort our phones out for ages. Count us in for the trial.\n\n"
        "Simon\n\nSimon Hebden\nOffice Manager, Hebden & Royd Accountants, Harrogate",
        "cl2",
        "orig_en",
        "Simon Hebden <simon@hebdenroyd.co.uk>",
        sent="2026-03-30",
    ),
    R(
        "en",
        "interested",
        "Good timing. I'll send the candidate's details over for the free check today.\n\nTara\nTara Whelan | HR "
        "Business Partner | Coralwater Aged Care, Parramatta",
        "wp1",
        "gmail_en",
        "Tara Whelan <tara.whelan@coralwater.com.au>",
        sent="2026-09-09",
    ),
    R(
        "en",
        "interested",
        "Hi James,\n\nYes, we'd like to take you up on the eligibility check. The candidate is a nurse from Kerala.\n\n"
        "Kind regards,\nBríd Ní Mhurchú\nDirector of Nursing\nSt Brendan's Nursing Home, Mullingar",
        "wp2",
        "outlook_en",
        "Bríd Ní Mhurchú <don@stbrendansnh.ie>",
        sent="2026-05-21",
    ),
    R(
        "en",
        "interested",
        "Go ahead with the pilot at our Galway store.\nRonan\nRonan Keane | Retail Ops | Harbour Books",
        "fg1",
        "gmail_en",
        "Ronan Keane <ronan.keane@harbourbooks.ie>",
        sent="2026-10-01",
    ),
    R(
        "en",
        "interested",
        "We're in. The Dayton store is the one that keeps me up at night, so let's use that one.\n\nAmanda Reyes\nVP "
        "Operations | Fresh Fork Kitchens\n(937) 555-0177",
        "fg2",
        "gmail_us",
        "Amanda Reyes <amanda.reyes@freshforkkitchens.com>",
        sent="2026-02-27",
    ),
    R(
        "en",
        "interested",
        "Hi Callum,\n\nYes, this could be good for us. Let's proceed.\n\nRegards,\nConor Walsh\nCFO\nBallyhoura Food "
        "Innovation Ltd\n\n" + _DISC_EN,
        "bc1",
        "outlook_en",
        "Conor Walsh <conor.walsh@ballyhourafood.ie>",
        sent="2026-07-16",
    ),
]

# --------------------------------------------------------------------------- referral (12 fr, 13 en)

REFERRAL: list[dict[str, Any]] = [
    R(
        "fr",
        "referral",
        "Bonjour,\nCe n'est pas moi qui gère ce sujet, voyez plutôt avec notre DAF, Mme Sophie Garnier : "
        "s.garnier@optilume.fr\nCdlt\nRégis Vial, directeur technique, Optilume SAS",
        "cir1",
        "gmail_fr",
        "Régis Vial <r.vial@optilume.fr>",
        sent="2026-02-02",
        referral=("Sophie Garnier", "s.garnier@optilume.fr"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nC'est notre contrôleur qui s'occupe des crédits d'impôt, pas moi.\n\nBonne journée,\nMarc-Antoine "
        "Pelletier\nPrésident\nBoisetech inc., Victoriaville",
        "cir2",
        "outlook_qc",
        "Marc-Antoine Pelletier <mapelletier@boisetech.ca>",
        sent="2026-04-14",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe transfère à Julien Morel, notre responsable RSE, qui pilote le plan de mobilité.\n\n"
        "Cordialement,\nAnne Rivière\nAssistante de direction\nDauphiné Logistique, Saint-Quentin-Fallavier",
        "cy1",
        "outlook_fr",
        "Anne Rivière <a.riviere@dauphine-logistique.fr>",
        sent="2026-10-19",
        referral=("Julien Morel", None),
    ),
    R(
        "fr",
        "referral",
        "Madame, Monsieur,\n\nNous vous informons que Mme Valérie Dufour ne fait plus partie de nos collaborateurs. "
        "Votre message ne lui sera pas transmis.\n\nPour toute demande, veuillez écrire à rh@regie-salevienne.ch.\n\n"
        "Régie Salévienne SA – Rue de Carouge 98, 1205 Genève\n\nCeci est un message automatique.",
        sent="2026-12-04",
        referral=(None, "rh@regie-salevienne.ch"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour, je ne suis plus chez Agence Cobalt depuis juin. Essayez office@agence-cobalt.fr, c'est eux qui gèrent "
        "les déjeuners.\nBonne continuation\nMaëlle",
        "ta2",
        "gmail_fr",
        "Maëlle Grosjean <maelle.grosjean@agence-cobalt.fr>",
        sent="2026-03-18",
        referral=(None, "office@agence-cobalt.fr"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nMauvaise personne, désolé.\n\nJérôme Hoffmann\nIT Support\nAtlantis Reinsurance S.A.\n\n"
        + _DISC_LU,
        "ta1",
        "outlook_fr",
        "Jérôme Hoffmann <jerome.hoffmann@atlantis-re.lu>",
        sent="2026-06-22",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nVeuillez contacter M. Rachid Benamar, notre DSI, au 0550 12 34 78 ou par mail : "
        "r.benamar@sahel-pharma.dz.\n\nCordialement,\nLamia Cherif\nAssistante de direction générale\nSahel Pharma "
        "SPA, Constantine",
        "to2",
        "outlook_fr",
        "Lamia Cherif <l.cherif@sahel-pharma.dz>",
        sent="2026-07-26",
        referral=("Rachid Benamar", "r.benamar@sahel-pharma.dz"),
    ),
    R(
        "fr",
        "referral",
        "c pas moi, c mon associé qui gère le standard et tout le bazar informatique",
        "to1",
        "iphone_fr",
        "Fabrice Alessandri <fabrice@cabinet-alessandri.fr>",
        sent="2026-05-07",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nLes recrutements internationaux sont gérés par notre maison mère à Munich. Votre contact serait "
        "Mme Katrin Vogel, Global Mobility.\n\nCordialement,\nThierry Marchetti\nDirecteur du site\nKessler Hydraulik "
        "France SAS, Saint-Priest",
        "pa1",
        "outlook_fr",
        "Thierry Marchetti <t.marchetti@kessler-hydraulik.fr>",
        sent="2026-08-24",
        referral=("Katrin Vogel", None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nVeuillez noter que Marc-André Tremblay ne travaille plus chez Usinage Beauce-Nord inc. Votre "
        "courriel ne sera pas transféré.\n\nPour toute question concernant les ressources humaines, veuillez "
        "communiquer avec Josée Gagnon à jgagnon@usinagebeaucenord.ca.\n\nMerci de votre compréhension.\n\n---\n\n"
        "Please note that Marc-André Tremblay is no longer with Usinage Beauce-Nord inc. Your email will not be "
        "forwarded. For HR matters, please contact Josée Gagnon at jgagnon@usinagebeaucenord.ca.",
        sent="2026-03-23",
        referral=("Josée Gagnon", "jgagnon@usinagebeaucenord.ca"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\nPas intéressée à titre personnel, je ne m'occupe pas du tout de ça, mais ma collègue Inès Haddou "
        "(ines.haddou@optimaxi.be) oui, elle gère la qualité des magasins.\nBàv\nCharlotte",
        "oc1",
        "gmail_fr",
        "Charlotte Renard <charlotte.renard@optimaxi.be>",
        sent="2026-09-03",
        referral=("Inès Haddou", "ines.haddou@optimaxi.be"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne suis pas la bonne personne pour ce sujet. Je mets en copie notre directeur commercial, qui "
        "vous répondra s'il est intéressé.\n\nCordialement,\nFlorence Ndong\nAssistante de direction\nPharmacies "
        "Réunies du Gabon, Libreville",
        "oc2",
        "outlook_fr",
        "Florence Ndong <f.ndong@prg-gabon.ga>",
        sent="2026-02-09",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Hi Callum,\n\nI'm not the right person for this — try our FD, Gareth Price (gareth.price@corvidsystems.co.uk)."
        "\n\nThanks,\nElla\n\nElla Marsden\nHead of Engineering\nCorvid Systems Ltd, Warrington\n\n" + _DISC_EN,
        "bc1",
        "outlook_en",
        "Ella Marsden <ella.marsden@corvidsystems.co.uk>",
        sent="2026-01-15",
        referral=("Gareth Price", "gareth.price@corvidsystems.co.uk"),
    ),
    R(
        "en",
        "referral",
        "Wrong person mate, I'm in sales.\nJosh\n\nGet Outlook for iOS",
        "bc2",
        "outlook_en",
        "Josh Kowalczyk <josh@gumtreeanalytics.com.au>",
        sent="2026-05-06",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Hello,\n\nOur HR team looks after benefits – please contact hr@claytonandmay.co.uk.\n\nKind regards,\n"
        "Rebecca Shaw\nReception, Clayton & May Solicitors, Bath",
        "sp1",
        "outlook_en",
        "Reception <reception@claytonandmay.co.uk>",
        sent="2026-07-29",
        referral=(None, "hr@claytonandmay.co.uk"),
    ),
    R(
        "en",
        "referral",
        "You want Aroha in our People & Culture team, she's the one pushing the green travel plan.\nCheers\nMatt",
        "sp2",
        "gmail_en",
        "Matt Sinclair <matt.sinclair@kaiapoiengineering.co.nz>",
        sent="2026-03-11",
        referral=("Aroha", None),
    ),
    R(
        "en",
        "referral",
        "Thank you for your email.\n\nJess Whitaker has left Brightpath Media. This mailbox is no longer monitored.\n\n"
        "Please direct any enquiries to hello@brightpath.media or call +44 20 3868 1120.\n\nBrightpath Media Ltd | 45 "
        "Great Eastern Street, London EC2A 3HP",
        sent="2026-06-08",
        referral=(None, "hello@brightpath.media"),
    ),
    R(
        "en",
        "referral",
        "Hi Sophie,\n\nI've moved to our Singapore office; my replacement in Hong Kong is Kelvin Cheung "
        "(kelvin.cheung@orientpeak.com.hk), who looks after office admin now.\n\nBest,\nWinnie Chan\nRegional Admin "
        "Manager, Orient Peak Holdings\n\n" + _DISC_HK,
        "fk1",
        "outlook_en",
        "Winnie Chan <winnie.chan@orientpeak.com.hk>",
        sent="2026-10-28",
        referral=("Kelvin Cheung", "kelvin.cheung@orientpeak.com.hk"),
    ),
    R(
        "en",
        "referral",
        "Good day,\n\nKindly direct this to our Head of IT, Mr. Tunde Bakare. He handles all telecoms.\n\nThank you.\n"
        "Aisha Bello (Ms)\nFront Desk Officer\nCrestview Hospital, Ikeja",
        "cl1",
        "outlook_en",
        "Crestview Hospital <info@crestviewhospital.ng>",
        sent="2026-12-01",
        referral=("Tunde Bakare", None),
    ),
    R(
        "en",
        "referral",
        "I left Harrow & Finch in March so can't help you, sorry. Good luck.\nBen",
        "cl2",
        "gmail_en",
        "Ben Thwaite <ben.thwaite@harrowfinch.co.uk>",
        sent="2026-04-23",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Hi James,\n\nForwarding this to our Talent Acquisition lead — she'll be in touch if it's relevant.\n\n"
        "Regards,\nMartin Lowe\nFinance Director\nThamesgate Engineering Ltd\n\n" + _DISC_EN,
        "wp2",
        "outlook_en",
        "Martin Lowe <martin.lowe@thamesgate-eng.co.uk>",
        sent="2026-08-19",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Hi James, our visas are handled by our migration agent, Priya at Southern Cross Migration "
        "(priya@scmigration.com.au). Talk to her.\nCheers, Mick",
        "wp1",
        "gmail_en",
        "Mick Doyle <mick@outbackdrilling.com.au>",
        sent="2026-11-04",
        referral=("Priya", "priya@scmigration.com.au"),
    ),
    R(
        "en",
        "referral",
        "Mark Delaney is no longer with Lakehead Auto Group. This mailbox is not monitored.\n\nFor all enquiries please "
        "contact info@lakeheadauto.ca.\n\nThank you.",
        sent="2026-01-19",
        referral=(None, "info@lakeheadauto.ca"),
    ),
    R(
        "en",
        "referral",
        "Hi Niamh - the best person for this is our Director of Customer Experience, Dana Kowalski. I've cc'd her "
        "here.\n\nBest,\nChris Nguyen\nCOO, Evergreen Urgent Care\nPortland, OR",
        "fg1",
        "gmail_us",
        "Chris Nguyen <cnguyen@evergreenurgentcare.com>",
        sent="2026-06-15",
        referral=("Dana Kowalski", None),
    ),
    R(
        "en",
        "referral",
        "Not me I'm afraid — our COO, Colm Byrne (colm.byrne@harbourlightcare.ie), deals with hiring.\n\nSiobhán\n\n"
        "Siobhán Kearney\nFinance Manager, Harbourlight Care Group, Dún Laoghaire",
        "wp1",
        "outlook_en",
        "Siobhán Kearney <siobhan.kearney@harbourlightcare.ie>",
        sent="2026-02-25",
        referral=("Colm Byrne", "colm.byrne@harbourlightcare.ie"),
    ),
]

# --------------------------------------------------------------------------- other (13 fr, 12 en)

OTHER: list[dict[str, Any]] = [
    R(
        "fr",
        "other",
        "Bonjour,\nQui vous a donné mon adresse mail ? Je ne la communique à personne.\nP. Dumas",
        "cir1",
        "gmail_fr",
        "Patrick Dumas <p.dumas@thermaflux.fr>",
        sent="2026-05-04",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nNous avons bien reçu votre courriel. Votre numéro de billet est le #48213.\n\nUn membre de notre "
        "équipe vous répondra dans un délai de 2 jours ouvrables. Pour toute urgence, composez le 1 877 555-0190.\n\n"
        "L'équipe du service à la clientèle\nLogiciels Cartier inc.\n\nCeci est un message automatique, merci de ne "
        "pas y répondre.",
        sent="2026-11-23",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nMerci d'écrire désormais à mon adresse p.lambert@groupe-alvea.fr : nous changeons de nom de "
        "domaine au 1er octobre et l'ancienne adresse sera coupée.\n\nCordialement,\nPascale Lambert\nDirectrice des "
        "ressources humaines\nAlvéa Santé (ex-Cliniques du Grésivaudan)",
        "cy2",
        "outlook_fr",
        "Pascale Lambert <p.lambert@cliniques-gresivaudan.fr>",
        sent="2026-09-14",
    ),
    R(
        "fr",
        "other",
        "Vos mails arrivent dans mes spams, je viens seulement de voir celui-ci. Vous devriez vérifier votre "
        "config.\nTom",
        "cy1",
        "gmail_fr",
        "Tom Lejeune <tom.lejeune@fabrikart.be>",
        sent="2026-01-27",
    ),
    R(
        "fr",
        "other",
        "Votre message\n\n  À : Nathalie Lemoine\n  Objet : Un déjeuner offert pour votre équipe\n  Envoyé : mardi 4 "
        "août 2026 09:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 5 août 2026 "
        "08:03:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
        sent="2026-08-05",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nPourriez-vous retirer ma collègue Anne Schroeder de la copie de vos messages ? Elle est en congé "
        "maternité jusqu'en mars. Pour ma part vous pouvez continuer à m'écrire.\n\nCordialement,\nLaura Pinto\n"
        "Assistante administrative\nCabinet Dumont Thill Avocats\n\n" + _DISC_LU,
        "ta2",
        "outlook_fr",
        "Laura Pinto <l.pinto@dumont-thill.lu>",
        sent="2026-11-03",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\nJe me suis désinscrit par erreur la semaine dernière (mon stagiaire a répondu à ma place…). "
        "Pouvez-vous me remettre dans votre liste ?\nMerci\nKamel Ziani – Ziani Électroménager, Sétif",
        "to1",
        "gmail_fr",
        "Kamel Ziani <kamel.ziani@ziani-electro.dz>",
        sent="2026-04-13",
    ),
    R(
        "fr",
        "other",
        "?",
        "to2",
        "iphone_fr",
        "Marc Agostini <marc@agostini-btp.fr>",
        sent="2026-12-10",
    ),
    R(
        "fr",
        "other",
        "Madame,\n\nConformément à l'article 15 du RGPD, je vous remercie de m'indiquer quelles données personnelles "
        "vous détenez à mon sujet, leur source et la durée de conservation prévue.\n\nCordialement,\nMe Hélène "
        "Brunet\nAvocate associée\nBrunet & Salomon Avocats\n\n" + _DISC_FR,
        "pa1",
        "outlook_fr",
        "Hélène Brunet <h.brunet@brunet-salomon.fr>",
        sent="2026-06-25",
    ),
    R(
        "fr",
        "other",
        "C'est un mail automatique ou vous m'écrivez vraiment ? Parce que c'est la 2e relance en une semaine avec "
        "exactement le même texte 🙂\nYves",
        "pa2",
        "gmail_fr",
        "Yves Chappuis <yves.chappuis@helvetic-precision.ch>",
        sent="2026-09-02",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nJe ne reçois plus votre lettre d'information mensuelle depuis septembre, c'est normal ? Elle "
        "m'était bien utile.\n\nCordialement,\nCorinne Vidal\nAnimatrice réseau – Boulangeries Maison Vidal, Lyon",
        "oc1",
        "outlook_fr",
        "Corinne Vidal <c.vidal@maison-vidal.fr>",
        sent="2026-10-06",
    ),
    R(
        "fr",
        "other",
        "Bonjour, vous m'avez écrit deux fois ce matin, avec deux prénoms différents dans la formule d'appel. Un "
        "problème chez vous ?\n\nAlain Moussavou\nResponsable agence – Gabon Télécom Services, Port-Gentil",
        "oc2",
        "outlook_fr",
        "Alain Moussavou <a.moussavou@gts-gabon.ga>",
        sent="2026-05-26",
        back=0,
    ),
    R(
        "fr",
        "other",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui a été transmis au service concerné. "
        "Il sera traité dans les meilleurs délais.\n\nCeci est une réponse automatique, merci de ne pas y répondre.\n\n"
        "Hôtel Belvédère Monte-Carlo – Service Achats",
        sent="2026-02-10",
    ),
    R(
        "en",
        "other",
        "Who is this? How did you get this address?",
        "bc1",
        "gmail_en",
        "Sam Okoro <sam@okoro-dev.co.uk>",
        sent="2026-08-26",
    ),
    R(
        "en",
        "other",
        "Hi Callum,\n\nDid we meet at the Enterprise Ireland event in Croke Park? Trying to place the name.\n\nMáire\n\n"
        "Máire Ní Bhriain\nCEO, Cnoc Sensors Ltd, Galway",
        "bc2",
        "outlook_en",
        "Máire Ní Bhriain <maire@cnocsensors.ie>",
        sent="2026-03-09",
    ),
    R(
        "en",
        "other",
        "FYI your emails keep landing in my junk folder – only found this one by accident.\n\nLouise Parry\nPeople "
        "Team, Gloucester Road Dental",
        "sp2",
        "outlook_en",
        "Louise Parry <louise@gloucesterroaddental.co.uk>",
        sent="2026-10-22",
    ),
    R(
        "en",
        "other",
        "Hi Hannah,\n\nCould you take Mark off the cc on these? He doesn't deal with benefits. Keep me on though.\n\n"
        "Thanks,\nGemma\n\nGemma Wallace\nHR Advisor, Lagan Valley Foods\n\n" + _DISC_EN,
        "sp1",
        "outlook_en",
        "Gemma Wallace <gemma.wallace@laganvalleyfoods.co.uk>",
        sent="2026-06-01",
    ),
    R(
        "en",
        "other",
        "Your message\n\n  To: Priya Raman\n  Subject: Lunch on us for 10 of your team\n  Sent: Tuesday, April 14, "
        "2026 9:12:04 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Wednesday, April 15, 2026 "
        "8:41:55 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        sent="2026-04-15",
    ),
    R(
        "en",
        "other",
        "Dear customer,\n\nThank you for contacting Pacific Harbour Holdings. Your request (#88412) has been received "
        "and is being reviewed by our support staff. You will receive a response within 3 working days.\n\n親愛的客戶："
        "\n感謝您的來信，我們已收到您的查詢（編號 #88412），將於三個工作天內回覆。\n\nThis is an automated message, "
        "please do not reply.",
        sent="2026-07-20",
    ),
    R(
        "en",
        "other",
        "Ade,\n\nI unsubscribed by mistake last week when I meant to unsubscribe from something else. Can you put me "
        "back on your list?\n\nGraham",
        "cl1",
        "orig_en",
        "Graham Firth <graham@firthjoinery.co.uk>",
        sent="2026-09-24",
    ),
    R(
        "en",
        "other",
        "Dear Ade,\n\nPlease use my official email going forward: t.adebayo@heliosenergy.com.ng. This gmail address is "
        "personal.\n\nRegards,\nTemitope Adebayo",
        "cl2",
        "outlook_en",
        "Temitope Adebayo <temitope.adebayo@gmail.com>",
        sent="2026-01-06",
    ),
    R(
        "en",
        "other",
        'Your mail merge is broken mate – the preview on my phone says "Hi {{first_name}}". Thought you\'d want to '
        "know.\nPete",
        "wp1",
        "gmail_en",
        "Pete Lawrence <pete@lawrencebuilders.co.uk>",
        sent="2026-05-12",
    ),
    R(
        "en",
        "other",
        "Hey James, why did your monthly visa updates stop? I used to find them handy. Did I get dropped off the "
        "list?\nKate",
        "wp2",
        "gmail_en",
        "Kate Morrison <kate@harbourcityrecruitment.com.au>",
        sent="2026-12-03",
    ),
    R(
        "en",
        "other",
        "Is this a scam? Your domain was registered three weeks ago according to WHOIS and I can't find Fairglass on "
        "LinkedIn.\n\nS. Patel\nLoss Prevention Manager, Bayview Grocers",
        "fg1",
        "outlook_en",
        "Sanjay Patel <spatel@bayviewgrocers.ca>",
        sent="2026-08-11",
    ),
    R(
        "en",
        "other",
        "You sent me the same email twice today, once to my work address and once to my personal one. Which list am I "
        "on?\n\nJen",
        "fg2",
        "gmail_us",
        "Jen Alvarez <jen.alvarez@sunsetcinemas.com>",
        sent="2026-03-24",
        back=0,
    ),
]

# --------------------------------------------------------------------------- quote_request (12 fr, 13 en)

QUOTE: list[dict[str, Any]] = [
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien prendriez-vous sur un crédit d'environ 180 k€ ? Nous avons 6 ingénieurs à temps plein sur "
        "deux projets.\n\nCordialement,\nDidier Fontaine\nPDG – Mécaprecis SAS, Oyonnax\n\n" + _DISC_FR,
        "cir1",
        "outlook_fr",
        "Didier Fontaine <d.fontaine@mecaprecis.fr>",
        sent="2026-06-08",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nPouvez-vous nous envoyer une soumission pour la préparation de notre demande RS&DE 2026 ? "
        "Dépenses admissibles estimées à 650 000 $.\n\nMerci,\nAnnie Lévesque\nDirectrice des finances\nLumicorp "
        "Optique inc., Sherbrooke\n\n" + _DISC_QC,
        "cir2",
        "outlook_qc",
        "Annie Lévesque <alevesque@lumicorp.ca>",
        sent="2026-01-30",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\npouvez vous me faire un devis pour 25 VAE, entretien compris, sur 36 mois ?\nmerci\nDavid Roche\n"
        "Gérant – Roche Paysages, Chambéry",
        "cy1",
        "gmail_fr",
        "David Roche <david@roche-paysages.fr>",
        sent="2026-03-27",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien pour une flotte de 12 vélos électriques pour nos infirmières à domicile ? En CHF svp, avec "
        "les cadenas et l'assurance.\n\nMeilleures salutations,\nMonique Bertholet\nResponsable logistique\nSoins à "
        "Domicile Rive Gauche, Genève\n\n" + _DISC_CH,
        "cy2",
        "outlook_fr",
        "Monique Bertholet <m.bertholet@sad-rivegauche.ch>",
        sent="2026-09-21",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\nMerci de m'envoyer un devis pour un petit-déjeuner de 40 personnes le jeudi 12 mars à 8h30 "
        "(viennoiseries, fruits, boissons chaudes). Livraison rue de Rivoli.\nCordialement\nSéverine Blanc – "
        "Assistante de direction, Fondation Arcane",
        "ta1",
        "gmail_fr",
        "Séverine Blanc <s.blanc@fondation-arcane.org>",
        sent="2026-02-20",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nQuel serait votre tarif pour des plateaux-repas tous les mardis pour 15 personnes (réunion "
        "d'équipe) ? Idéalement avec une option végétarienne.\n\nBien à vous,\nMarc Reuter\nTeam Leader\nMoselle Asset "
        "Servicing S.A.\n\n" + _DISC_LU,
        "ta2",
        "outlook_fr",
        "Marc Reuter <marc.reuter@moselle-as.lu>",
        sent="2026-05-18",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nAvant tout rendez-vous, merci de nous établir une offre chiffrée pour 35 postes, 3 numéros (Alger, "
        "Oran, Annaba) et l'enregistrement des appels. Nous verrons ensuite s'il y a lieu de se rencontrer.\n\n"
        "Cordialement,\nFarid Lounis\nDirecteur général\nLounis Transit & Logistique, Alger\n+213 21 56 78 90",
        "to1",
        "outlook_fr",
        "Farid Lounis <f.lounis@lounis-transit.dz>",
        sent="2026-11-30",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour, combien pour 80 agents de centre d'appels, avec SVI et enregistrement ? Prix par poste HT svp.\n"
        "Merci\nNirina\n\nNirina Rabe – Directrice, Océan Indien Relation Client, Antananarivo",
        "to2",
        "gmail_fr",
        "Nirina Rabe <nirina.rabe@oirc.mg>",
        sent="2026-07-08",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nQuels seraient vos honoraires pour deux passeports talent (salariés qualifiés) et les titres de "
        "séjour de leurs conjoints ? Les candidats sont au Liban et en Tunisie.\n\nCordialement,\nRaphaël Sitbon\nCOO – "
        "Linéa Pay, Paris 9e\n\n" + _DISC_FR,
        "pa1",
        "outlook_fr",
        "Raphaël Sitbon <raphael@lineapay.fr>",
        sent="2026-10-09",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour Louise, pouvez-vous me faire une soumission pour 6 TET (EIMT volet agricole) pour la saison "
        "prochaine? On est à Saint-Eustache.\nMerci\nDenis Lalonde\nVergers Lalonde et fils",
        "pa2",
        "gmail_fr",
        "Denis Lalonde <vergerslalonde@bell.net>",
        sent="2026-08-03",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien pour 4 visites par an sur nos 12 agences (Lyon et Grenoble) ? Avec appels mystère en plus "
        "si possible.\n\nCdlt,\nVincent Mallet\nDirecteur commercial\nMallet & Cie Immobilier",
        "oc1",
        "outlook_fr",
        "Vincent Mallet <v.mallet@mallet-immobilier.fr>",
        sent="2026-04-20",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour Madame Féraud,\n\nMerci de nous transmettre une proposition commerciale pour un programme de visites "
        "mystère dans nos 9 agences (Libreville, Port-Gentil, Franceville).\n\nCordialement,\nGuy-Roger Ondo\n"
        "Directeur de la qualité\nOgooué Assurances, Libreville",
        "oc2",
        "outlook_fr",
        "Guy-Roger Ondo <gr.ondo@ogooue-assurances.ga>",
        sent="2026-12-07",
    ),
    R(
        "en",
        "quote_request",
        "Hi Callum,\n\nWhat would your fee be on a claim of roughly £250k? We'd want a cap.\n\nRegards,\nHelen "
        "Armitage\nFinance Director\nCalder Valley Composites Ltd\n\n" + _DISC_EN,
        "bc2",
        "outlook_en",
        "Helen Armitage <helen.armitage@cvcomposites.co.uk>",
        sent="2026-11-11",
    ),
    R(
        "en",
        "quote_request",
        "Send me a proposal. We spent about $1.2m on eligible R&D last FY (mostly wages + a CRO in Adelaide).\nNick\n"
        "Nick Papadopoulos | CEO | Caldera Therapeutics, Melbourne",
        "bc1",
        "gmail_en",
        "Nick Papadopoulos <nick@calderatx.com.au>",
        sent="2026-02-16",
    ),
    R(
        "en",
        "quote_request",
        "Can you send pricing for 40 staff? Mix of e-bikes and regular.\nThanks\nOwen\nOwen Bright | Ops Director | "
        "Westbury Print Works",
        "sp1",
        "gmail_en",
        "Owen Bright <owen@westburyprint.co.uk>",
        sent="2026-08-10",
    ),
    R(
        "en",
        "quote_request",
        "Hi Hannah,\n\nHow much per month for 10 e-bikes on lease, including servicing? We're in Sydenham.\n\nCheers,\n"
        "Anna Reid\nOffice Manager\nAvonside Architects Ltd, Christchurch",
        "sp2",
        "outlook_en",
        "Anna Reid <anna@avonsidearchitects.co.nz>",
        sent="2026-12-01",
    ),
    R(
        "en",
        "quote_request",
        "Hi Sophie, could you quote for breakfast for 30 every Monday? Pastries, fruit, yoghurt, nothing fancy.\n\n"
        "Amir\nAmir Rahman\nOperations Lead, Canalside Ventures, King's Cross",
        "fk1",
        "outlook_en",
        "Amir Rahman <amir@canalsideventures.com>",
        sent="2026-03-23",
    ),
    R(
        "en",
        "quote_request",
        "Dear Sophie,\n\nPlease quote for a lunch buffet for 120 people on 14 March at our Central office (vegetarian "
        "options for about 20). Before we go further we need to see the price per head.\n\nBest regards,\nJoyce "
        "Leung\nSenior Executive Assistant\nVictoria Peak Insurance Brokers Ltd\n\n" + _DISC_HK,
        "fk2",
        "outlook_en",
        "Joyce Leung <joyce.leung@vpib.com.hk>",
        sent="2026-02-24",
    ),
    R(
        "en",
        "quote_request",
        "What would a smart fridge cost for ~50 staff? Ta' Xbiex office.\nRyan Grech\nFacilities | Lumen Play Ltd\n\n"
        + _DISC_MT,
        "fk1",
        "gmail_en",
        "Ryan Grech <ryan.grech@lumenplay.com>",
        sent="2026-10-12",
    ),
    R(
        "en",
        "quote_request",
        "Quote please for 22 users with call recording and a hunt group for reception.\n\nJulie\n\nJulie Marsh\n"
        "Practice Manager, Roundhay Vets",
        "cl1",
        "orig_en",
        "Julie Marsh <julie@roundhayvets.co.uk>",
        sent="2026-05-26",
    ),
    R(
        "en",
        "quote_request",
        "Dear Ade,\n\nKindly send a quotation for 50 extensions and 2 toll-free numbers for our Lagos and Abuja offices, "
        "with Teams integration.\n\nBest regards,\nEmeka Nwosu\nProcurement Manager\nSterling Hill Energy Ltd\n\n"
        + _DISC_NG,
        "cl2",
        "outlook_en",
        "Emeka Nwosu <emeka.nwosu@sterlinghillenergy.com>",
        sent="2026-11-19",
    ),
    R(
        "en",
        "quote_request",
        "Hi James,\n\nWhat do you charge for a sponsor licence application for us (care home, 40 staff, two overseas "
        "carers lined up)? Please send figures before we go any further.\n\nThanks,\nAngela Nwachukwu\nHome Manager\n"
        "Beechwood Lodge Care Home, Kent",
        "wp1",
        "outlook_en",
        "Angela Nwachukwu <manager@beechwoodlodge.co.uk>",
        sent="2026-07-22",
    ),
    R(
        "en",
        "quote_request",
        "G'day James, what would it cost for 3 x 482 visas for cooks? Candidates are in the Philippines and Nepal.\n"
        "Cheers\nDan\nDan Kovac | Owner | Bondi Smokehouse",
        "wp2",
        "gmail_en",
        "Dan Kovac <dan@bondismokehouse.com.au>",
        sent="2026-01-27",
    ),
    R(
        "en",
        "quote_request",
        "Hi Niamh,\n\nSend me a quote for monthly shops at our 8 locations in the GTA, please.\n\nThanks,\nKevin "
        "O'Reilly\nOperations Director\nRiverdale Bakehouse Co.",
        "fg1",
        "outlook_en",
        "Kevin O'Reilly <kevin@riverdalebakehouse.ca>",
        sent="2026-04-29",
    ),
    R(
        "en",
        "quote_request",
        "Before we talk, can you give me an indication of cost for 6 sites, quarterly? Need to know if it's in the "
        "ballpark.\nNgaire\nNgaire Simmons, GM, Kauri Coast Pharmacies",
        "fg2",
        "gmail_en",
        "Ngaire Simmons <ngaire@kauricoastpharmacies.co.nz>",
        sent="2026-07-13",
    ),
]

# --------------------------------------------------------------------------- unsubscribe (13 fr, 12 en)

UNSUBSCRIBE: list[dict[str, Any]] = [
    R("fr", "unsubscribe", "STOP", "cir2", "gmail_fr", "Sylvain Marty <s.marty@agrovista.fr>", sent="2026-09-16"),
    R(
        "fr",
        "unsubscribe",
        "PAS POUR NOUS\n\nCordialement,\nGilles Martineau\nDirecteur\nTransports Martineau, Voiron",
        "cy1",
        "outlook_fr",
        "Gilles Martineau <g.martineau@transports-martineau.fr>",
        sent="2026-05-29",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nMerci de ne plus m'écrire.\n\nCordialement,\nIsabelle Faure\nDirection des achats\nGroupe Opéra "
        "Hôtels\n\n" + _DISC_FR,
        "ta2",
        "outlook_fr",
        "Isabelle Faure <i.faure@opera-hotels.fr>",
        sent="2026-01-12",
    ),
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nConformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de "
        "prospection commerciale. Merci de me confirmer leur effacement.\n\nAntoine Morin\nAvocat à la Cour\n\n"
        + _DISC_FR,
        "ta1",
        "outlook_fr",
        "Antoine Morin <a.morin@morin-avocat.fr>",
        sent="2026-07-09",
    ),
    R("fr", "unsubscribe", "desinscrire", "to2", "gmail_fr", "Bruno Castel <bcastel@wanadoo.fr>", sent="2026-03-10"),
    R(
        "fr",
        "unsubscribe",
        "C'est la troisième fois que je vous demande de ne plus m'envoyer vos messages !!! Vous ne respectez rien.\n\n"
        "M. Saidi\nSaidi Matériaux, Tizi Ouzou",
        "to2",
        "outlook_fr",
        "Saidi Matériaux <contact@saidi-materiaux.dz>",
        sent="2026-08-17",
    ),
    R(
        "fr",
        "unsubscribe",
        "OPPOSITION\n\nFrédéric Leroy\nDRH – Groupe Leroy Menuiseries",
        "pa2",
        "outlook_fr",
        "Frédéric Leroy <f.leroy@leroy-menuiseries.fr>",
        sent="2026-10-22",
    ),
    R(
        "fr",
        "unsubscribe",
        "Retirez mon adresse de vos fichiers svp. Je n'ai jamais demandé à recevoir vos mails.\nC. Meier",
        "pa1",
        "gmail_fr",
        "Christophe Meier <c.meier@meier-transports.ch>",
        sent="2026-02-03",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\nVotre lien de désinscription renvoie vers une page d'erreur. Faites-le pour moi s'il vous plaît : "
        "je ne veux plus recevoir vos mails.\nCordialement\nAgnès Roussel – Pharmacie du Parc, Caluire",
        "oc2",
        "gmail_fr",
        "Pharmacie du Parc <pharmaciduparc.caluire@orange.fr>",
        sent="2026-07-28",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nPas intéressés, et merci de ne plus nous relancer.\n\nBien à vous,\nDirk Vermeulen\nGérant\nHôtel "
        "Le Sablon, Bruxelles\n\n" + _DISC_BE,
        "oc1",
        "outlook_fr",
        "Dirk Vermeulen <direction@hotellesablon.be>",
        sent="2026-04-24",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nEn vertu de la Loi canadienne anti-pourriel, je retire tout consentement à recevoir vos messages "
        "électroniques. Veuillez retirer mon adresse de vos listes.\n\nNathalie Bérubé\nAvocate\nBérubé Gosselin "
        "avocats, Québec\n\n" + _DISC_QC,
        "cir1",
        "outlook_qc",
        "Nathalie Bérubé <nberube@berubegosselin.ca>",
        sent="2026-10-02",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour Théo,\nJe préférerais sincèrement que ce soit votre dernier message. Trois relances en un mois, ça "
        "fait beaucoup.\nBonne continuation\nMichel",
        "cy2",
        "gmail_fr",
        "Michel Dewitte <michel.dewitte@dewitte-imprimerie.be>",
        sent="2026-11-27",
    ),
    R(
        "fr",
        "unsubscribe",
        "Arretez de m'envoyer ces mails svp, je ne suis pas concerné",
        "to1",
        "android_fr",
        "Jaona Rakotondrabe <jaona.rakoto@gmail.com>",
        sent="2026-06-19",
    ),
    R(
        "en",
        "unsubscribe",
        "Please remove me from your mailing list.\n\nR. Hughes\n\n" + _DISC_EN,
        "bc2",
        "outlook_en",
        "Rhian Hughes <rhian.hughes@taffvalemetals.co.uk>",
        sent="2026-04-08",
    ),
    R("en", "unsubscribe", "PASS", "sp2", "gmail_en", "Dean Wilkes <dean@wilkesandco.co.uk>", sent="2026-09-01"),
    R("en", "unsubscribe", "STOP", "fk1", "outlook_en", "Chloe Baker <chloe.baker@kestrelpr.co.uk>", sent="2026-11-05"),
    R(
        "en",
        "unsubscribe",
        "Dear Sir/Madam,\n\nPursuant to section 35G of the Personal Data (Privacy) Ordinance, I request that you cease "
        "to use my personal data in direct marketing.\n\nRegards,\nMichael Tsang\n\n" + _DISC_HK,
        "fk2",
        "outlook_en",
        "Michael Tsang <michael.tsang@tsangpartners.com.hk>",
        sent="2026-03-16",
    ),
    R(
        "en",
        "unsubscribe",
        "I object to the processing of my personal data for direct marketing under Article 21 UK GDPR. Please delete my "
        "details and confirm.\n\nK. Lawson\nDirector, Lawson Bright LLP",
        "cl1",
        "orig_en",
        "Kate Lawson <k.lawson@lawsonbright.co.uk>",
        sent="2026-06-16",
    ),
    R(
        "en",
        "unsubscribe",
        "Dear Sir,\n\nI did not consent to receiving these mails. Kindly expunge my details from your database and stop "
        "sending me messages, in line with the Nigeria Data Protection Act 2023.\n\nRegards,\nBarr. Ifeoma Chukwu\n"
        "Principal Partner, Chukwu & Associates, Enugu",
        "cl2",
        "outlook_en",
        "Ifeoma Chukwu <ifeoma@chukwuassociates.com.ng>",
        sent="2026-10-27",
    ),
    R(
        "en",
        "unsubscribe",
        "remove me",
        "wp1",
        "gmail_en",
        "Neil Barker <neil@barkerlogistics.co.uk>",
        sent="2026-02-06",
    ),
    R(
        "en",
        "unsubscribe",
        "This is the fourth one of these. Please stop.\nG",
        "wp2",
        "gmail_en",
        "Glen Mackie <glen@mackieconstruction.com.au>",
        sent="2026-08-28",
    ),
    R(
        "en",
        "unsubscribe",
        "unsubscribe",
        "fg1",
        "outlook_en",
        "Aidan Kelleher <aidan@kellehersbar.ie>",
        sent="2026-05-15",
    ),
    R(
        "en",
        "unsubscribe",
        "I unsubscribed two weeks ago and I'm still getting these. Fix it.\n\nBrian Kessler\nOwner, Kessler's Hardware, "
        "Des Moines IA",
        "fg2",
        "gmail_us",
        "Brian Kessler <brian@kesslershardware.com>",
        sent="2026-10-16",
    ),
    R(
        "en",
        "unsubscribe",
        "Not interested. Don't contact me again.\nPaul",
        "bc1",
        "gmail_en",
        "Paul Hendricks <paul@hendricksmarine.com.au>",
        sent="2026-01-23",
    ),
    R(
        "en",
        "unsubscribe",
        "Hi Hannah, please don't email me again. Under the Unsolicited Electronic Messages Act you need consent to send "
        "me these and I never gave it.\nThanks\nWiremu Pohatu\nDirector, Pohatu Joinery, Rangiora",
        "sp1",
        "gmail_en",
        "Wiremu Pohatu <wiremu@pohatujoinery.co.nz>",
        sent="2026-08-06",
    ),
]

# --------------------------------------------------------------------------- out_of_office (8 fr, 9 en)

OUT_OF_OFFICE: list[dict[str, Any]] = [
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du 3 au 21 août inclus, sans accès à ma messagerie. En cas d'urgence, vous pouvez "
        "contacter Julien Bastide : j.bastide@genomix-sud.fr.\n\nCordialement,\nÉlodie Ribes\nResponsable "
        "administrative et financière\nGénomix Sud, Montpellier",
        sent="2026-08-04",
    ),
    R(
        "fr",
        "out_of_office",
        "Je suis absent jusqu'au 5 janvier 2027. Votre message ne sera pas transféré.\n\nMeilleurs vœux !\n\nPhilippe "
        "Jaquet\nServices généraux – Banque Lémanique Privée SA, Genève",
        sent="2026-12-23",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis en congé parental jusqu'au 30 avril 2026. Pour toute demande urgente, merci de contacter "
        "office@hausmann-partners.lu ou le +352 27 86 40 1.\n\nBien à vous,\nAnne Kieffer\nOffice Manager\nHausmann & "
        "Partners S.A., Luxembourg",
        sent="2026-02-02",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis actuellement en mission à l'étranger avec un accès limité à mes e-mails. Je vous répondrai "
        "dès que possible.\nCordialement,\nSofiane Khelifi\nDirecteur commercial – Numidia Plast, Sétif",
        sent="2026-05-25",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nPrenez note que je serai absente du bureau à compter du 19 décembre et de retour le 5 janvier. Nos "
        "bureaux seront fermés durant la période des Fêtes. Pour toute urgence, veuillez écrire à "
        "rh@fromageriedesiles.ca.\n\nJoyeuses Fêtes!\n\nMarie-Ève Gauthier\nCoordonnatrice RH\nFromagerie des Îles "
        "inc.\n\n---\nPlease note that I will be out of the office from December 19 and back on January 5. For urgent "
        "matters, please write to rh@fromageriedesiles.ca.",
        sent="2026-12-21",
    ),
    R(
        "fr",
        "out_of_office",
        "Je suis en déplacement à Port-Gentil jusqu'au vendredi 12 juin, avec un accès irrégulier à ma messagerie. "
        "Pour les urgences, appelez mon assistante au +241 011 76 30 15.\n\nRodrigue Essono\nDirecteur régional – "
        "Gabon Shopping Centers",
        sent="2026-06-10",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absent jusqu'au 10 août. Pour toute question urgente, contactez info@vandammetech.be.\n\n"
        "Goeiedag,\n\nIk ben afwezig tot 10 augustus. Voor dringende vragen kunt u terecht bij info@vandammetech.be.\n\n"
        "Pieter Van Damme\nCFO – Van Damme Technologies SA/NV, Wavre",
        sent="2026-07-20",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis en congé et je reprendrai le lundi 2 novembre. En cas d'urgence, merci de contacter le "
        "service informatique au +261 34 11 223 44.\n\nCordialement,\nVoahangy Rakoto\nResponsable administrative – "
        "Hôtel Les Palmiers, Nosy Be",
        sent="2026-10-23",
    ),
    R(
        "en",
        "out_of_office",
        "Thank you for your email. I'm out of the office until Monday 12 January with limited access to email. For "
        "anything urgent please contact accounts@ribbleworks.co.uk.\n\nKind regards,\nSteve Ashworth\nRibble Works "
        "Engineering Ltd",
        sent="2026-01-05",
    ),
    R(
        "en",
        "out_of_office",
        "Kia ora, I'm on annual leave until Tuesday 3 February. For urgent matters please contact "
        "reception@tekauri.co.nz.\n\nNgā mihi,\nHine",
        sent="2026-01-08",
    ),
    R(
        "en",
        "out_of_office",
        "I am on annual leave from 14 to 22 February and will return to the office on 23 February. For urgent matters, "
        "please contact my colleague Ms Cathy Ng at cathy.ng@meridianlaw.com.hk.\n\n本人於2月14日至22日休假，2月23日"
        "返回辦公室。如有急事，請聯絡吳小姐。\n\nRegards,\nPeter Chow\nMeridian Law LLP, Hong Kong",
        sent="2026-02-16",
    ),
    R(
        "en",
        "out_of_office",
        "Hi, I'm currently away from the office and will respond when I'm back. Thanks for your patience!\n\nNicola "
        "Vella | Office Manager | Azure Spins Ltd\n\n" + _DISC_MT,
        sent="2026-08-13",
    ),
    R(
        "en",
        "out_of_office",
        "Dear Sender,\n\nThank you for your email. I am currently out of office and will respond upon my return. For "
        "urgent issues, kindly contact the IT helpdesk on helpdesk@eko-marine.ng.\n\nRegards,\nAdebola Ogunleye\n\n"
        + _DISC_NG,
        sent="2026-04-06",
    ),
    R(
        "en",
        "out_of_office",
        "Thanks for your note. I'm out of the office for the Thanksgiving holiday, returning Monday, November 30. I'll "
        "respond when I'm back.\n\nBest,\nMelissa Grant\nHead of Talent, Brightline Analytics, Austin TX",
        sent="2026-11-25",
    ),
    R(
        "en",
        "out_of_office",
        "I'm on parental leave until June 2026. Your email will not be forwarded. For store operations, please contact "
        "Tom Bradley at tbradley@northernroastcafes.ca.\n\nThanks,\nAlicia Moreau\nNorthern Roast Cafés",
        sent="2026-03-12",
    ),
    R(
        "en",
        "out_of_office",
        "Kia ora, I'm out on site visits all this week with patchy reception. I'll get back to you when I can.\n\n"
        "Cheers\nSione Taufa\nArea Manager, Southern Cross Pharmacies",
        sent="2026-09-29",
    ),
    R(
        "en",
        "out_of_office",
        "Thank you for your email. I am currently on sick leave and do not know when I will be back. Please contact "
        "Rachel Ibbotson (rachel.ibbotson@wharfedalemedical.co.uk) for anything urgent.\n\nDr Ian Whitley\nWharfedale "
        "Medical Practice",
        sent="2026-07-14",
    ),
]

# --------------------------------------------------------------------------- the split, in a fixed shuffled order

CASES: list[dict[str, Any]] = [
    *NOT_NOW,
    *NOT_INTERESTED,
    *MEETING,
    *INFORMATION,
    *INTERESTED,
    *REFERRAL,
    *OTHER,
    *QUOTE,
    *UNSUBSCRIBE,
    *OUT_OF_OFFICE,
]
random.Random(20261214).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout14", CASES, sys.argv)
