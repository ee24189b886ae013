"""An eleventh held-out split, `heldout11`: 260 replies written on 2026-12-01 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/ nor bench/,
no other split's replies nor cases.json, and not eval/intents/README.md. It read common.py, /work/shared/INTELLIGENCE.md
(its intent section: the ten classes), rules R8 and R15 of /work/shared/BEHAVIOUR.md, pyproject.toml's ruff settings,
the docstrings of heldout8.py (lines 1-30), heldout9.py (lines 1-40) and heldout10.py (lines 1-80, for the labelling
convention and the file's shape), heldout9.py's date/quote helpers (lines 75-175, copied; now in common.py) and its main(), found
by a grep that printed nothing else. No classifier and no `relance` command was run while writing it. Measured once blind (2026-12-01,
no LLM): with the learnt model trained on cases.json including the spent heldout7-heldout10, macro-F1 0.843,
unsubscribe precision 1.000 (recall 0.600), 4.2 % to an LLM; trained without them 0.827 (5.0 %); rules alone 0.740.
Not tuned on.

Prospects of six senders nobody used before, answering a first email or a follow-up:
- Verbalis Traduction (Lyon, Brussels, Geneva) and Clearword Language Services (London, Dublin), a B2B translation
  agency (contracts, regulatory dossiers, manuals, certified translations) offering one free sample page;
- Agrisol Stockage (Toulouse, Namur) and Fieldcell Energy (Shrewsbury, Cork, Hamilton NZ), battery storage added to
  farm solar (milking, dryers, cold stores, irrigation), with a free desk study from the last 12 months of bills and
  an optional farm visit;
- Vitalpass (Paris, Montréal) and Stridewell (Toronto, Manchester, Sydney), a corporate gym and wellbeing pass with
  the first month free for 10 employees;
- Boréal Fret (Le Havre, Abidjan, Dakar) and Meridian Cargo Brokers (Felixstowe, Mumbai, Auckland), freight
  forwarders (Europe - West Africa; India - UK - Australia / New Zealand) offering a free quote within 24 h or a free
  lane review; Boréal's footer says "répondez « non merci »" and Meridian's "reply 'no thanks'" to opt out;
- Archivia Numérisation (Nantes, Luxembourg) and Paperlane Digitisation (Leeds, Bengaluru, Melbourne), document
  digitisation bureaus (patient files, deeds, registers, plans) with a free pilot box;
- Castelmont Capital Partners (Geneva, Luxembourg, London), a private-equity growth fund raising from family offices
  (lunch presentation, data-room access; an opt-out address in its AIFM disclaimer).
The prospects are law firms, pharma and med-tech companies, manufacturers, dairy, poultry and arable farms, GAEC and
wineries, HR managers of SMEs, co-operatives, importers and exporters in Abidjan, Dakar, Bamako, Ouagadougou, Lomé,
Douala, Tirupur, Mumbai and Auckland, clinics, hospitals, GP and dental practices, notaries, fiduciaries, councils
and mairies, and family offices in France, Belgium, Switzerland, Québec, Luxembourg, West Africa, the UK, Ireland,
the US, Canada, Australia, New Zealand and India: 130 replies in French and 130 in English (`lang` is the language
of the prospect's new text). Written as people write: typos, missing accents, SMS style, one-liners above Outlook /
Gmail / Apple Mail / Android threads whose quoted part carries words of other classes (rendez-vous, devis, cotation,
STOP, désinscription, unsubscribe, meeting, quote), inline answers inside the quote, mixed signals, sarcasm,
opt-outs by the footer's own word ("STOP", "désinscription", "non merci", "No thanks"), by law (RGPD, LCAP / CASL) or
by complaint, and look-alikes that are not opt-outs ("non merci" / "no thanks" to a sender whose footer asks for
another word, legal footers, "remove Jenny from cc", "I unsubscribed by mistake", "your mails go to spam"),
autoresponders with and without return dates and stand-ins, automatic "no longer with us" notices, ticket
acknowledgements and read receipts, signatures with titles, phones and disclaimers, "Envoyé de mon iPhone", "Get
Outlook for iOS".

Labelling convention: heldout10's, exactly (which is heldout9's), as a human adviser would read the prospect's NEW
text (quoted history never counts): "wrong person" / "I left the company" with nobody named is `referral` with name
and address null, as /work/shared/INTELLIGENCE.md defines the class.
- Two asks: the label is what the adviser must act on first. An opt-out outranks everything (R8 is a legal stop),
  so "pas intéressé, et ne me contactez plus" is `unsubscribe`. An automatic absence notice is `out_of_office` even
  when it names a stand-in with an address, a return date or "urgent". Otherwise the ask the prospect puts first
  in sequence wins ("before we meet, send your proposal" is `quote_request`; "let's meet, then we'll see about a
  devis" is `meeting_request`); asks made side by side rank meeting_request > quote_request > information_request >
  interested (a fee question deferred to the call stays `meeting_request`). A reply whose whole point is a later
  date is `not_now` even if it mentions a meeting then. A decline that points to someone else is `referral`.
- meeting_request: any call, visit, video call, site survey or viewing asked for or accepted, with or without a slot.
- interested: a positive answer without a concrete ask (accepting the offered free trial, scan or day pass, "go
  ahead").
- information_request: questions about the offer, including how fees work in general, documentation, references.
  quote_request: a price, devis, offre, soumission, cotation, proposal, premium, terms or fee for the prospect's own
  case ("how much for our 3 vans").
- referral: the reply points to someone else, by name, by address, or only by role ("notre DRH", "my partner"); the
  parts it does not give are null (a phone number is not an address); "wrong person" / "I left" with no pointer at
  all is `referral` with both null. An automatic "X no longer works here, write to Y" notice is `referral`, not an
  absence.
- unsubscribe: any request to stop, direct or indirect (including the one word the sender's own footer asks for, a
  complaint that an earlier opt-out was ignored, a GDPR / POPIA / CASL objection). Mentioning a list or an
  unsubscribe link without asking to leave it is not one. Questions about list mechanics (why the mails stopped,
  send them to my other address, your mail went to spam, take my colleague off cc) are `other`.
- not_now dates, relative to `sent`: a month ("en mars", "in April", "pas avant janvier") is the 1st of its next
  occurrence; "début <mois>" / "early <month>" the 1st; "after / après / une fois / not before the end of X" the day
  after X (after 30 June -> 1 July, after March or Q1 -> 1 April); "à partir du D" / "from D" / "la semaine du D"
  D itself; "in N months", "dans un an" the same day N months later; "a fortnight" / "quinze jours" 14 days; "the
  week after D" the Monday after D; "Q1" 1 January, "Q2" / "2e trimestre" 1 April; "next year" / "l'an prochain" /
  "the new year" 1 January of the next year. Seasons, events (calving, Chinese New Year, a new director, a move, a
  divorce, a subsidy decision) and "later" are vague: null.

`python heldout11.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout11-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, write_split

# --------------------------------------------------------------------------- dates as mail clients print them
# (copied from heldout9.py, which copied them from heldout8.py)

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on, or None)

_VERB = "Camille Roux <camille.roux@verbalis-traduction.fr>"
_VERB_SIG = (
    "Bien cordialement,\n\nCamille Roux\nChargée de clientèle – Verbalis Traduction\nLyon · Bruxelles · Genève\n"
    "+33 4 78 62 19 40\n\nVous ne souhaitez plus recevoir nos messages ? Répondez « STOP » à cet e-mail."
)
_CLEAR = "Tom Ashby <tom.ashby@clearword.co.uk>"
_CLEAR_SIG = (
    "Best,\nTom\n\nTom Ashby | Account Manager | Clearword Language Services\nLondon · Dublin | +44 20 3807 1142\n\n"
    "Not for you? Reply UNSUBSCRIBE and you won't hear from us again."
)
_AGRI = "Julien Ferrand <j.ferrand@agrisol-stockage.fr>"
_AGRI_SIG = (
    "Cordialement,\nJulien Ferrand\nConseiller énergie agricole – Agrisol Stockage\nToulouse · Namur\n06 71 28 44 09\n\n"
    "Conformément au RGPD, vous pouvez vous opposer à tout moment à la réception de nos e-mails en répondant "
    "« désinscription »."
)
_FIELD = "Rhys Morgan <rhys@fieldcell.energy>"
_FIELD_SIG = (
    "Cheers,\nRhys\n\nRhys Morgan – Farm Energy Adviser\nFieldcell Energy | Shrewsbury · Cork · Hamilton NZ\n"
    "+44 1743 558 210\n\nIf this isn't relevant, just tell me and I'll stop following up."
)
_VITA = "Inès Benali <ines.benali@vitalpass.fr>"
_VITA_SIG = (
    "Belle journée,\nInès Benali\nResponsable partenariats entreprises – Vitalpass\nParis · Montréal\n"
    "01 84 60 22 75\n\nPour ne plus recevoir nos e-mails : vitalpass.fr/desinscription"
)
_STRIDE = "Megan Ford <megan.ford@stridewell.com>"
_STRIDE_SIG = (
    "Thanks,\nMegan\n\nMegan Ford | Partnerships Lead | Stridewell\nToronto · Manchester · Sydney\n+1 416 555 0184\n\n"
    "You're receiving this because of your role at your company. Unsubscribe: stridewell.com/optout"
)
_BOREAL = "Moussa Diallo <m.diallo@borealfret.com>"
_BOREAL_SIG = (
    "Cordialement,\nMoussa Diallo\nResponsable commercial Afrique de l'Ouest – Boréal Fret\nLe Havre · Abidjan · Dakar\n"
    "+33 2 35 19 70 66 / +225 07 48 12 33 90\n\nPour ne plus être sollicité, répondez simplement « non merci »."
)
_MERID = "Priya Nair <priya.nair@meridiancargo.com>"
_MERID_SIG = (
    "Kind regards,\nPriya Nair\nBusiness Development – Meridian Cargo Brokers\nFelixstowe · Mumbai · Auckland\n"
    "+44 1394 604 118 | +91 22 6177 4430\n\nReply 'no thanks' and we won't contact you again."
)
_ARCH = "Hugo Lemaire <hugo.lemaire@archivia.fr>"
_ARCH_SIG = (
    "Cordialement,\nHugo Lemaire\nIngénieur commercial – Archivia Numérisation\nNantes · Luxembourg\n02 40 89 51 17\n\n"
    "Archivia SAS – RCS Nantes 812 445 903. Pour vous désinscrire, répondez STOP."
)
_PAPER = "Oliver Grant <oliver.grant@paperlane.co.uk>"
_PAPER_SIG = (
    "Kind regards,\nOliver Grant\nSolutions Consultant, Paperlane Digitisation\nLeeds · Bengaluru · Melbourne\n"
    "+44 113 496 0271\n\nTo stop receiving these emails, reply STOP."
)
_CAST_FR = "Édouard de Villiers <edv@castelmont-capital.com>"
_CAST_EN = "Harriet Cole <h.cole@castelmont-capital.com>"
_CAST_DISC_FR = (
    "Ce message est exclusivement destiné à des investisseurs professionnels au sens de la directive AIFM et ne "
    "constitue pas une offre. Pour ne plus recevoir nos communications : optout@castelmont-capital.com."
)
_CAST_DISC_EN = (
    "This email is directed only at professional investors and does not constitute an offer. To opt out of further "
    "communications write to optout@castelmont-capital.com."
)

MAILS: dict[str, tuple[str, str, str, str | None]] = {
    "verb1": (
        _VERB,
        "Traduction de vos contrats et documents techniques",
        "Bonjour,\n\nVerbalis traduit chaque mois plus de 2 000 pages pour des cabinets d'avocats, des laboratoires "
        "et des industriels (contrats, notices, dossiers réglementaires, sites web), en 34 langues, avec des "
        "traducteurs assermentés.\n\nJe vous propose de traduire gratuitement une page test de votre choix. Seriez-vous "
        "disponible pour un rendez-vous téléphonique de 15 minutes la semaine prochaine ? Je peux aussi vous faire "
        "parvenir un devis indicatif.\n\n" + _VERB_SIG,
        None,
    ),
    "verb2": (
        _VERB,
        "RE: Traduction de vos contrats et documents techniques",
        "Bonjour,\n\nJe me permets de revenir vers vous au sujet de la page test gratuite. Si ce n'est pas le bon "
        "moment, ou si je ne m'adresse pas à la bonne personne, dites-le-moi simplement.\n\n" + _VERB_SIG,
        "verb1",
    ),
    "clear1": (
        _CLEAR,
        "Translating your contracts and product docs",
        "Hi,\n\nClearword translates contracts, regulatory files, product manuals and websites into 34 languages for "
        "law firms, pharma and manufacturers, with sworn translators where needed.\n\nWe'd be glad to translate one "
        "page of your choice free of charge so you can judge the quality. Would you be open to a 15-minute call next "
        "week? I can also send over a quote.\n\n" + _CLEAR_SIG,
        None,
    ),
    "clear2": (
        _CLEAR,
        "RE: Translating your contracts and product docs",
        "Hi again,\n\nJust bumping this up your inbox - the free sample page offer still stands. If you're not the "
        "right person or the timing's off, let me know.\n\n" + _CLEAR_SIG,
        "clear1",
    ),
    "agri1": (
        _AGRI,
        "Stocker votre solaire pour la traite et le froid : étude gratuite",
        "Bonjour,\n\nAgrisol installe des batteries couplées à vos panneaux photovoltaïques pour alimenter la traite, "
        "les séchoirs, les chambres froides et les pompes d'irrigation avec votre propre production, y compris le "
        "soir.\n\nNous réalisons une étude gratuite à partir de vos 12 dernières factures d'électricité : économies, "
        "aides mobilisables, retour sur investissement. Si vous préférez, je peux aussi passer sur l'exploitation.\n\n"
        + _AGRI_SIG,
        None,
    ),
    "agri2": (
        _AGRI,
        "RE: Stocker votre solaire pour la traite et le froid : étude gratuite",
        "Bonjour,\n\nJe reviens vers vous pour l'étude gratuite. Il suffit de m'envoyer vos factures (une photo "
        "suffit). Si le sujet ne vous concerne pas, un simple mot me permettra de ne plus vous relancer.\n\n"
        + _AGRI_SIG,
        "agri1",
    ),
    "field1": (
        _FIELD,
        "Farm solar + battery storage - free energy study",
        "Hi,\n\nFieldcell fits battery storage to farm solar arrays so your milking parlour, grain dryers, cold stores "
        "and irrigation pumps run on your own power, evenings included.\n\nWe do a free desk study from your last 12 "
        "months of electricity bills: savings, grants you could get, payback. Happy to come out to the farm as well "
        "if you'd rather.\n\n" + _FIELD_SIG,
        None,
    ),
    "field2": (
        _FIELD,
        "Re: Farm solar + battery storage - free energy study",
        "Hi,\n\nFollowing up on the free energy study - all I need is a photo of your bills. Grant windows are "
        "closing for some schemes so worth a look.\n\n" + _FIELD_SIG,
        "field1",
    ),
    "vita1": (
        _VITA,
        "Un pass sport pour vos salariés – 1er mois offert",
        "Bonjour,\n\nVitalpass donne à vos salariés l'accès à plus de 1 800 salles de sport, piscines et studios de "
        "yoga, ainsi qu'à des séances de coaching en ligne, pour un coût mensuel par salarié.\n\nNous offrons le "
        "premier mois à 10 salariés de votre choix, sans engagement. Auriez-vous 20 minutes pour en discuter avec "
        "moi ou votre DRH ?\n\n" + _VITA_SIG,
        None,
    ),
    "vita2": (
        _VITA,
        "RE: Un pass sport pour vos salariés – 1er mois offert",
        "Bonjour,\n\nPetite relance concernant le mois offert pour 10 salariés. Je peux vous envoyer notre grille "
        "tarifaire ou la plaquette si c'est plus simple.\n\n" + _VITA_SIG,
        "vita1",
    ),
    "stride1": (
        _STRIDE,
        "Gym & wellbeing pass for your team - first month on us",
        "Hi,\n\nStridewell gives your employees access to 2,400+ gyms, pools and yoga studios plus on-demand coaching, "
        "for one monthly fee per head.\n\nWe'll cover the first month for 10 employees of your choice, no strings. "
        "Would you have 20 minutes to chat, or should I reach out to your HR lead?\n\n" + _STRIDE_SIG,
        None,
    ),
    "stride2": (
        _STRIDE,
        "Re: Gym & wellbeing pass for your team - first month on us",
        "Hi,\n\nCircling back on the free month for 10 of your team. Happy to send pricing or a one-pager if that's "
        "easier than a meeting.\n\n" + _STRIDE_SIG,
        "stride1",
    ),
    "boreal1": (
        _BOREAL,
        "Vos expéditions Europe – Afrique de l'Ouest : cotation sous 24 h",
        "Bonjour,\n\nBoréal Fret organise vos envois entre l'Europe et l'Afrique de l'Ouest : groupage et complets "
        "maritimes Le Havre – Abidjan – Dakar – Lomé, fret aérien, dédouanement des deux côtés et livraison "
        "jusqu'à vos entrepôts.\n\nEnvoyez-nous le détail de votre prochaine expédition, nous vous faisons une "
        "cotation gratuite sous 24 h. Je peux aussi vous présenter nos services lors d'un rendez-vous.\n\n"
        + _BOREAL_SIG,
        None,
    ),
    "boreal2": (
        _BOREAL,
        "RE: Vos expéditions Europe – Afrique de l'Ouest : cotation sous 24 h",
        "Bonjour,\n\nJe me permets de vous relancer. Nos taux de fin d'année sur Abidjan et Dakar sont très "
        "compétitifs. Avez-vous une expédition en préparation ?\n\n" + _BOREAL_SIG,
        "boreal1",
    ),
    "merid1": (
        _MERID,
        "Freight rates India - UK - ANZ: free lane review",
        "Hello,\n\nMeridian Cargo Brokers moves FCL, LCL and air freight between India, the UK, Australia and New "
        "Zealand, customs clearance included. We'll review your top three lanes for free and show you where you're "
        "overpaying.\n\nWould a quick call this week work? Or just send me your next shipment and I'll quote it.\n\n"
        + _MERID_SIG,
        None,
    ),
    "merid2": (
        _MERID,
        "RE: Freight rates India - UK - ANZ: free lane review",
        "Hello,\n\nFollowing up on the free lane review. Peak season surcharges are kicking in, so it may be worth "
        "comparing now.\n\n" + _MERID_SIG,
        "merid1",
    ),
    "arch1": (
        _ARCH,
        "Numérisation de vos archives : un carton test offert",
        "Bonjour,\n\nArchivia numérise, indexe et archive vos documents papier (dossiers patients, actes, registres, "
        "plans), avec OCR et archivage à valeur probante, dans le respect du RGPD.\n\nNous numérisons gratuitement un "
        "carton d'archives test pour que vous jugiez du résultat. Un rendez-vous de 30 minutes pour en parler ?\n\n"
        + _ARCH_SIG,
        None,
    ),
    "arch2": (
        _ARCH,
        "RE: Numérisation de vos archives : un carton test offert",
        "Bonjour,\n\nJe reviens vers vous concernant le carton test gratuit. Un coursier peut passer le récupérer "
        "quand cela vous arrange.\n\n" + _ARCH_SIG,
        "arch1",
    ),
    "paper1": (
        _PAPER,
        "Digitising your paper records - free pilot box",
        "Hello,\n\nPaperlane scans, indexes and stores your paper records (patient files, deeds, HR files, drawings) "
        "with OCR and secure cloud retrieval, GDPR compliant.\n\nWe'll digitise one pilot box for free so you can see "
        "the result. Could we book 30 minutes to talk it through?\n\n" + _PAPER_SIG,
        None,
    ),
    "paper2": (
        _PAPER,
        "RE: Digitising your paper records - free pilot box",
        "Hello,\n\nJust checking in on the free pilot box - our courier can collect it any day this week.\n\n"
        + _PAPER_SIG,
        "paper1",
    ),
    "cast1": (
        _CAST_FR,
        "Castelmont Croissance III – closing final, allocation family offices",
        "Madame, Monsieur,\n\nCastelmont Capital Partners lève son troisième fonds de capital-développement (cible "
        "250 M€), investi dans des PME industrielles françaises, suisses et Benelux. Les fonds I et II affichent un "
        "multiple net de 2,1x et 1,8x.\n\nNous réservons une allocation aux family offices (ticket minimum 1 M€). Je "
        "serais ravi de vous présenter le fonds lors d'un déjeuner à Genève ou à Luxembourg, et de vous ouvrir "
        "l'accès à la data room.\n\nBien à vous,\nÉdouard de Villiers\nAssocié – Relations investisseurs\n"
        "Castelmont Capital Partners · Genève · Luxembourg · Londres\n+41 22 518 40 90\n\n" + _CAST_DISC_FR,
        None,
    ),
    "cast2": (
        _CAST_FR,
        "RE: Castelmont Croissance III – closing final, allocation family offices",
        "Madame, Monsieur,\n\nLe closing final est prévu le 31 janvier. Je me permets de revenir vers vous au cas où "
        "une présentation vous intéresserait.\n\nBien à vous,\nÉdouard de Villiers\n\n" + _CAST_DISC_FR,
        "cast1",
    ),
    "casten1": (
        _CAST_EN,
        "Castelmont Growth III - final close, family office allocation",
        "Dear Sir or Madam,\n\nCastelmont Capital Partners is raising its third growth fund (target EUR 250m), "
        "investing in mid-sized industrial companies in France, Switzerland and Benelux. Funds I and II stand at 2.1x "
        "and 1.8x net.\n\nWe have set aside an allocation for family offices (minimum commitment EUR 1m). I would be "
        "delighted to present the fund over lunch in London or Geneva and to give you access to the data room.\n\n"
        "Kind regards,\nHarriet Cole\nDirector, Investor Relations\nCastelmont Capital Partners\n+44 20 7946 0321\n\n"
        + _CAST_DISC_EN,
        None,
    ),
    "casten2": (
        _CAST_EN,
        "RE: Castelmont Growth III - final close, family office allocation",
        "Dear Sir or Madam,\n\nFinal close is set for 31 January. Following up in case a presentation would be of "
        "interest.\n\nKind regards,\nHarriet Cole\n\n" + _CAST_DISC_EN,
        "casten1",
    ),
}


def T(new: str, key: str, style: str, d: str, to: str, hm: str = "09:12") -> str:
    """The prospect's new text above the sender's email (and, for a follow-up, the first one under it)."""
    frm, subj, body, first = MAILS[key]
    if first is not None:
        f_frm, f_subj, f_body, _ = MAILS[first]
        body = body + block(style, f_frm, to, f_subj, D(d) - timedelta(days=8), "08:47", f_body)
    return new + block(style, frm, to, subj, D(d), hm, body)


# --------------------------------------------------------------------------- meeting_request (15 fr, 15 en)

MEETING = [
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour,\n\nOui appelez moi jeudi apres 14h au 04 72 10 55 83, on a un gros dossier de brevets a faire passer en allemand d'ici decembre.\n\nMe Sandrine Picot\nAvocate associée\nPicot & Vannier Avocats – 12 quai Saint-Antoine, 69002 Lyon\n\nCe message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.",
            "verb1",
            "gmail_fr",
            "2026-10-12",
            "Sandrine Picot <s.picot@picot-vannier-avocats.fr>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Passez a la ferme mardi matin si vous voulez, apres la traite vers 9h. C'est au lieu dit Les Garennes a Saint-Gaudens, le chemin est pas goudronné. Les factures j'aime pas trop envoyer ça par mail.\n\nEnvoyé depuis mon smartphone Samsung Galaxy.",
            "agri1",
            "android_fr",
            "2026-10-09",
            "earl.garennes@wanadoo.fr",
            "07:58",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour Inès,\n\nNotre VP RH, Geneviève Tremblay, et moi-même serions disponibles pour un Teams le 22 octobre à 10 h (heure de Montréal). Pouvez-vous nous envoyer une invitation? On voudra aussi voir la grille tarifaire pendant l'appel.\n\nMerci,\n\nMathieu Gagnon\nDirecteur, Ressources humaines\nGroupe Laval Usinage inc.\n450 555-0132, poste 214\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous n'êtes pas le destinataire visé, veuillez le supprimer.",
            "vita1",
            "outlook_qc",
            "2026-10-13",
            "Mathieu Gagnon <mgagnon@lavalusinage.ca>",
            "14:20",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour M. Diallo,\n\nJe serai au Havre du 27 au 30 octobre pour rencontrer nos fournisseurs. On peut se voir à votre bureau ? Sinon un appel WhatsApp au +225 05 44 81 27 60 fera l'affaire. Pour la cotation on verra après, je veux d'abord voir à qui j'ai affaire.\n\nKonan Yao\nGérant – Yao Mobilier & Déco, Abidjan-Cocody",
            "boreal1",
            "gmail_fr",
            "2026-10-07",
            "Yao Mobilier <yaomobilier.ci@gmail.com>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour,\n\nMadame le Maire souhaiterait vous recevoir en mairie pour vous montrer l'état de nos registres d'état civil avant toute chose (certains datent de 1792 et sont très abîmés). Seriez-vous disponible un mardi ou un jeudi après-midi ? Nous ne voulons pas de devis tant que nous ne nous sommes pas rencontrés.\n\nCordialement,\n\nValérie Goussard\nSecrétaire de mairie\nMairie de Saint-Aubin-des-Bois\n02 41 76 03 12",
            "arch1",
            "outlook_fr",
            "2026-10-06",
            "Mairie de Saint-Aubin-des-Bois <mairie@saintaubindesbois.fr>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Cher Monsieur,\n\nVolontiers pour un déjeuner à Genève. Mon assistante vous proposera quelques dates dans la seconde quinzaine de novembre. Nous examinerons la data room ensuite, pas avant.\n\nBien à vous,\n\nPierre-Alain Reymond\nFamille Reymond SA\nRue du Rhône 64 – 1204 Genève",
            "cast1",
            "apple_fr",
            "2026-10-08",
            "P.-A. Reymond <pa.reymond@famille-reymond.ch>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour, désolé pour le silence radio. Oui on peut s'appeler, demain 11h ça irait ? Pas plus de 15 min svp on est en plein audit.\n\nKoen Vermeulen\nLegal Counsel – Brouwerij Dutoit NV / Brasserie Dutoit SA\nGent – Bruxelles",
            "verb2",
            "outlook_fr",
            "2026-10-13",
            "Koen Vermeulen <koen.vermeulen@brasserie-dutoit.be>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour Monsieur,\n\nLes factures je n'ai pas tout, c'est le comptable qui les a et il est lent. Le plus simple c'est que vous passiez voir l'installation, on a 99 kWc sur le hangar depuis 2019 et un tank à lait de 6000 litres. Je suis là tous les jours sauf le vendredi (marché de Gembloux).\n\nBien à vous,\nFrançois Dethier\nFerme du Try",
            "agri2",
            "gmail_fr",
            "2026-10-10",
            "François Dethier <fermedutry@skynet.be>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        "Réponses dans le texte.\n\nX. Morel\n\n-----Message d'origine-----\nDe : Inès Benali <ines.benali@vitalpass.fr>\nEnvoyé : lundi 12 octobre 2026 10:02\nÀ : Xavier Morel <x.morel@atelier-morel.fr>\nObjet : Un pass sport pour vos salariés – 1er mois offert\n\nBonjour,\n\nVitalpass donne à vos salariés l'accès à plus de 1 800 salles de sport, piscines et studios de yoga, ainsi qu'à des séances de coaching en ligne, pour un coût mensuel par salarié.\n\n>> on est 23, dont 15 à l'atelier à Montreuil\n\nNous offrons le premier mois à 10 salariés de votre choix, sans engagement. Auriez-vous 20 minutes pour en discuter avec moi ou votre DRH ?\n\n>> pas de DRH ici c'est moi. lundi 19 à 10h en visio, envoyez le lien\n\n"
        + _VITA_SIG,
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Salam M. Diallo\nJe veux qu'on se rencontre a Dakar quand vous passez, on fait 6 a 8 conteneurs par mois de Rungis vers Dakar (fruits et legumes) et notre transitaire actuel nous fatigue avec les retards au port. Appelez moi au 77 512 44 09 pour fixer.\nCheikh",
            "boreal2",
            "android_fr",
            "2026-10-11",
            "Sahel Primeurs <sahelprimeurs@orange.sn>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour,\n\nUne visio de 30 min me convient, idéalement la semaine du 26 octobre (pas le mercredi). Nous avons environ 900 classeurs de dossiers clients. Avant de parler prix je veux comprendre votre processus de sécurité et qui manipule les documents.\n\nMeilleures salutations,\n\nSandra Weber\nAssociée gérante\nFiduciaire Weber & Schmit S.à r.l.\n14, rue de l'Alzette – L-4011 Esch-sur-Alzette\nT +352 26 54 18 1",
            "arch1",
            "owa_fr",
            "2026-10-12",
            "Sandra Weber <s.weber@weberschmit.lu>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour Édouard,\n\nJe passe à Genève le 5 novembre. Un café plutôt qu'un déjeuner ? 30 minutes suffiront pour que vous me présentiez le fonds.\n\nCordialement\nMarc Hoffmann\nHoffmann Family Office – Luxembourg",
            "cast2",
            "iphone_fr",
            "2026-10-13",
            "Marc Hoffmann <marc@hoffmann-fo.lu>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "ok pour un call. dispo ven. 16 h.",
            "verb1",
            "iphone_fr",
            "2026-10-13",
            "Laura Bianchi <laura.bianchi@helvepharm.ch>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour,\n\nJe suis en France la semaine prochaine (Lyon puis Paris). Si vous avez un bureau à Paris on peut se voir mardi, sinon on fait un Zoom. C'est pour des pièces détachées agricoles, 2 à 3 palettes par mois en aérien vers Ouaga. Je ne veux plus passer par mon cousin qui fait le groupage lol.\n\nIssouf Ouédraogo\nFaso Agri Pièces SARL\nOuagadougou – Burkina Faso\n+226 70 21 88 45",
            "boreal1",
            "gmail_fr",
            "2026-10-09",
            "Issouf Ouédraogo <issouf.ouedraogo@fasoagripieces.bf>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Pas de ça par mail. Si vous voulez me vendre une batterie vous venez me la vendre en face. Jeudi 14h, GAEC des Trois Chênes, route de Lombers à Réalmont. Si vous êtes en retard je serai aux champs.\n\nR. Cabrol",
            "agri2",
            "outlook_fr",
            "2026-10-12",
            "GAEC des Trois Chenes <gaec3chenes@orange.fr>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Tom,\n\nHappy to jump on a call. Thursday 3pm? We have a big arbitration bundle going into Spanish next month and our usual agency has let us down.\n\nRegards,\nJames Whitfield\nPartner | Whitfield Bryce LLP\n30 Fenchurch Street, London EC3M 3BD\nT +44 20 7123 4410\n\nThis email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it. To unsubscribe from our legal updates, visit whitfieldbryce.com/preferences.",
            "clear1",
            "outlook_en",
            "2026-10-12",
            "James Whitfield <j.whitfield@whitfieldbryce.com>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Gidday Rhys, rather than the bills can you come out and have a look, we're 20 min out of Hamilton. Milking 450 cows and the power bill is killing us. Any arvo next week except Wednesday.\n\nCheers\nDave Harrington\nHarrington Dairies, Morrinsville",
            "field1",
            "gmail_en",
            "2026-10-13",
            "Dave Harrington <dave@harringtondairies.co.nz>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Megan - let's do a call. I'm free Tues 20th 11-12 ET. No need to send anything beforehand, I won't read it anyway :)\n\nPriya Sharma | People & Culture Manager\nMaple Ridge Software Inc. | Toronto, ON",
            "stride1",
            "outlook_us",
            "2026-10-09",
            "Priya Sharma <psharma@mapleridgesoftware.ca>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Dear Priya ji,\n\nPlease call me tomorrow between 11 and 1 IST on +91 98201 44716. We are exporting cotton home textiles from Tirupur to Felixstowe, approx 12 FCL per month, and rates from our present forwarder are not competitive.\n\nThanks & Regards,\nR. Venkatesh\nDirector - Exports\nSri Lakshmi Home Textiles Pvt. Ltd., Tirupur",
            "merid1",
            "gmail_en",
            "2026-10-12",
            "R. Venkatesh <venkatesh@srilakshmitextiles.in>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Oliver,\nYep 30 mins sounds fine. Could you do a Zoom next Monday after 5pm AEDT? Practice manager hours are chaos before that.\nThanks, Karen\n\nKaren Liddell\nPractice Manager | Bayside Family Medical, Brighton VIC\n\nGet Outlook for iOS",
            "paper1",
            "outlook_en",
            "2026-10-13",
            "Karen Liddell <pm@baysidefamilymedical.com.au>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Harriet,\n\nThanks. Lunch in London on 12 November could work - I'm over for a board meeting. Send me a couple of options. Not interested in the data room until we've met.\n\nConor\n\nConor Fitzgerald\nFitzgerald Family Office | Dublin 2",
            "casten1",
            "apple_en",
            "2026-10-08",
            "Conor Fitzgerald <conor@fitzgeraldfo.ie>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Sure, let's talk. Grab a slot here: calendly.com/mreyes-lexon/15min\n\nMarisol Reyes\nLocalization Lead, Lexon Medical Devices\nSan Diego, CA\n\nSent from my iPhone",
            "clear1",
            "gmail_us",
            "2026-10-13",
            "Marisol Reyes <marisol.reyes@lexonmed.com>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Rhys\nWould you ring me this evening after 7? Mobile 087 214 6630. I don't want to go digging for the bills, I'd rather talk it through first.\nTom Brennan\nBrennan Poultry, Co. Cavan",
            "field2",
            "gmail_en",
            "2026-10-12",
            "Tom Brennan <brennanpoultry@eircom.net>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Yes fine, go on then, book something in with me for next week - Weds or Thurs morning. I'll bring our finance guy so you only have to do the pitch once.\n\nGareth Hughes\nOperations Director\nPennine Print & Pack Ltd",
            "stride2",
            "outlook_en",
            "2026-10-13",
            "Gareth Hughes <g.hughes@pennineprintpack.co.uk>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Priya,\n\nKeen to chat. Our forwarder has just been bought out and the service has gone to pot. Can you do a video call Friday NZ morning (so Thursday evening your time)?\n\nSarah Whitaker\nOperations Manager | Kiwi Home Goods Ltd | Auckland\n+64 21 455 902",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "Sarah Whitaker <sarah.w@kiwihomegoods.co.nz>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        "See my comments below in red.\n\nAlan\n\nFrom: Oliver Grant <oliver.grant@paperlane.co.uk>\nSent: 12 October 2026 08:30\nTo: Alan Pritchard <alan.pritchard@calderdale-mbc.gov.uk>\nSubject: Digitising your paper records - free pilot box\n\nHello,\n\nPaperlane scans, indexes and stores your paper records (patient files, deeds, HR files, drawings) with OCR and secure cloud retrieval, GDPR compliant.\n[AP: mostly planning files and old building control drawings, some A0]\n\nWe'll digitise one pilot box for free so you can see the result. Could we book 30 minutes to talk it through?\n[AP: Yes - come to the Halifax office, I'll show you the basement. Any Tuesday in November. A pilot box won't tell us much, it's the A0 plans I'm worried about]\n\n"
        + _PAPER_SIG
        + "\n\n**********************************************************************\nThis email and any files transmitted with it are confidential. Calderdale Council may monitor emails.\n**********************************************************************",
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Harriet - we'll be in Geneva the week of Nov 16 for other meetings. Could you present to our investment committee there? 45 min, no lunch needed.\n\n--\nDaniel Kessler\nChief Investment Officer\nKessler Family Office LLC | Greenwich, CT",
            "casten2",
            "gmail_us",
            "2026-10-13",
            "Daniel Kessler <dkessler@kesslerfo.com>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Dear Tom,\n\nKindly arrange a Teams meeting with our regulatory team on 20th Oct, 3 pm IST. We require translations of CTD dossiers into French, German and Portuguese for upcoming filings.\n\nRegards,\nDr. Anjali Mehta\nHead - Regulatory Affairs\nNovacure Lifesciences Ltd., Ahmedabad\n\nDISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee.",
            "clear1",
            "outlook_en",
            "2026-10-12",
            "Anjali Mehta <anjali.mehta@novacurelife.com>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "come see me. I'm at the yard most mornings. 07700 900512",
            "field2",
            "apple_en",
            "2026-10-13",
            "Ian Pryce <ianpryce@btinternet.com>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "G'day Megan,\n\nA chat would be good, but honestly I mainly want to know what it costs for 60 staff across Sydney and Newcastle. Can we cover both on a call Thursday?\n\nCheers,\nBen Kowalski\nGM, Harbourline Electrical Pty Ltd",
            "stride1",
            "outlook_en",
            "2026-10-12",
            "Ben Kowalski <ben@harbourlineelectrical.com.au>",
        ),
    ),
]

# --------------------------------------------------------------------------- interested (13 fr, 12 en)

INTERESTED = [
    C(
        "fr",
        "interested",
        T(
            "Ok pour la page test. Je vous envoie ça demain, c'est un extrait de contrat de distribution, anglais vers français.\n\nCdlt\nM. Garnier",
            "verb1",
            "gmail_fr",
            "2026-10-12",
            "Mathilde Garnier <mgarnier@garnier-distribution.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "bonjour voila les factures en PJ (jai pris en photo) ça nous interesse\n\n[image001.jpg]\n[image002.jpg]\n[image003.jpg]\n\nEARL Pujol",
            "agri2",
            "android_fr",
            "2026-10-10",
            "EARL Pujol <earl.pujol32@orange.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonjour Inès,\n\nOui pour le mois offert ! Je vous transmets la liste des 10 volontaires d'ici vendredi. Les collègues sont ravis rien qu'à l'idée 😄\n\nSandrine\nOffice manager – Studio Kora, Nantes",
            "vita1",
            "gmail_fr",
            "2026-10-12",
            "Sandrine Leduc <sandrine@studiokora.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonjour,\n\nAllez-y pour le carton test. Le coursier peut passer à l'étude n'importe quel matin, demander Josiane à l'accueil.\n\nMaître Hervé Lucas\nNotaire\nÉtude Lucas & Berthelot – 4 place du Marché, 44150 Ancenis\n\nLes informations contenues dans ce courriel sont confidentielles. Si vous ne souhaitez plus recevoir notre lettre d'information notariale, rendez-vous sur notre site.",
            "arch2",
            "outlook_fr",
            "2026-10-12",
            "Hervé Lucas <herve.lucas@notaires-ancenis.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Monsieur,\n\nMerci, le dossier nous intéresse. Nous en parlerons en interne et je reviendrai vers vous.\n\nBien à vous,\nClaire-Anne de Montmollin\nMontmollin & Cie – Neuchâtel",
            "cast1",
            "outlook_fr",
            "2026-10-06",
            "Claire-Anne de Montmollin <cadm@montmollin-cie.ch>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonjour, c'est intéressant. On travaille déjà avec un transitaire mais on n'est pas satisfait du tout (3 semaines de blocage au port le mois passé). Je garde votre contact précieusement.\n\nAïssatou Sow\nResponsable achats, Teranga Cosmétiques, Dakar",
            "boreal1",
            "gmail_fr",
            "2026-10-09",
            "Aïssatou Sow <a.sow@terangacosmetiques.sn>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonne idée. Vous pouvez y aller avec la page test, fichier ci-joint (notice technique, néerlandais vers français). On verra ce que ça donne.\n\nGreet Claes\nMarketing – Vanhoutte Machines bv, Roeselare",
            "verb2",
            "outlook_fr",
            "2026-10-13",
            "Greet Claes <greet.claes@vanhoutte-machines.be>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "ah oui pardon j'avais completement oublié. je demande a ma femme elle a tous les papiers, on vous envoie ça ce week end. ça m'interesse bien cette histoire de batterie pour le tank a lait le soir\n\nEnvoyé de mon iPhone",
            "agri2",
            "gmail_fr",
            "2026-10-11",
            "Gilles Marty <gilles.marty12@gmail.com>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Ça m'intéresse beaucoup, on embarque! Envoyez-nous les codes pour le mois gratuit, je choisis les 10 personnes cette semaine.\n\nÉmilie Côté\nCoordonnatrice RH – Boulangerie Saint-Roch inc., Québec",
            "vita2",
            "outlook_qc",
            "2026-10-13",
            "Émilie Côté <ecote@boulangeriestroch.ca>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonjour,\n\nSuite à votre message, nous sommes partants pour le carton test. Il s'agira de dossiers de radiologie des années 1990. Un accord de confidentialité sera à signer au préalable, je vous l'envoie.\n\nCordialement,\n\nDr Luc Reding\nChef de service imagerie\nClinique Sainte-Marie – Esch-sur-Alzette",
            "arch1",
            "owa_fr",
            "2026-10-08",
            "Luc Reding <luc.reding@clinique-saintemarie.lu>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Oui, ouvrez-moi l'accès à la data room s'il vous plaît.\n\nA. Keller",
            "cast2",
            "iphone_fr",
            "2026-10-13",
            "Anne Keller <a.keller@kellerpartners.ch>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonjour,\nC'est noté, votre offre nous intéresse surtout pour le dédouanement à Abidjan, c'est là qu'on perd le plus de temps. On reste en contact.\nJean-Baptiste Mbarga\nDirecteur logistique, CamAgro Export",
            "boreal2",
            "gmail_fr",
            "2026-10-12",
            "Jean-Baptiste Mbarga <jb.mbarga@camagroexport.cm>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "top merci, go pour le mois offert 👍",
            "vita1",
            "iphone_fr",
            "2026-10-13",
            "Yanis Haddad <yanis@kolabstudio.fr>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Go ahead with the sample page - attached. It's a clause from a supply agreement, EN>DE. Let's see.\n\nRob",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Rob Carter <rob.carter@carterengineering.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "bills attached. interested.\n\n[IMG_2291.jpg]\n[IMG_2292.jpg]",
            "field2",
            "apple_en",
            "2026-10-13",
            "Owen Jones <owen@tynyfronfarm.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Yes please to the free month! I'll pick the 10 guinea pigs this week 😂\n\nLisa\nOffice & Culture | Brightfold Studio, Manchester",
            "stride1",
            "gmail_en",
            "2026-10-12",
            "Lisa Morgan <lisa@brightfold.studio>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Sounds good, happy for you to do the lane review. Our main lanes are Nhava Sheva - Felixstowe, Chennai - Melbourne and Mundra - Auckland.\n\nRegards\nVikram Shah\nLogistics Head, Shah Ceramics Pvt Ltd, Morbi",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "Vikram Shah <vikram@shahceramics.in>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "We'd like the pilot box. Your courier can come to reception on Thursday any time before 4.\n\nHelen Ashworth\nPractice Manager, Moorside Surgery, Burnley\n\nThis email is intended for the addressee only. NHS.net mail is monitored.",
            "paper2",
            "outlook_en",
            "2026-10-12",
            "Helen Ashworth <helen.ashworth@nhs.net>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Thanks Harriet, this is of interest. We'll review internally and revert.\n\nR. Patel\nPatel Family Investments, London W1",
            "casten1",
            "apple_en",
            "2026-10-07",
            "Rohan Patel <rohan@patelfamilyinvest.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Sorry Tom, been snowed under. Yes - this is something we'd use. Leave it with me.\n\nAoife",
            "clear2",
            "outlook_en",
            "2026-10-13",
            "Aoife Byrne <aoife.byrne@glenmorepharma.ie>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Yeah nah yeah, sounds alright. Bills are with the accountant, I'll get them off him and flick them through.\n\nShane",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Shane Ruawai <shane.ruawai@xtra.co.nz>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "This is actually timely - our wellness budget just got approved. Count us in for the trial month.\n\nJordan Ellis\nHR Generalist | Fairway Credit Union | Columbus, OH",
            "stride2",
            "gmail_us",
            "2026-10-13",
            "Jordan Ellis <jellis@fairwaycu.org>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Noted with thanks. We are interested. Kindly proceed.\n\nRegards,\nS. Iyer\nManager - Imports\nCoastline Marine Foods, Kochi",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "S. Iyer <imports@coastlinemarinefoods.in>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Dear Oliver,\n\nWe are agreeable to the pilot box. Dates will be confirmed by me shortly.\n\nThanks & Regards,\nDr. Ramesh Gowda\nMedical Superintendent\nSahyadri Multispeciality Hospital, Bengaluru",
            "paper1",
            "outlook_en",
            "2026-10-09",
            "Ramesh Gowda <ms@sahyadrihospital.in>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Harriet, apologies for the delay - yes, we'd like to look at this properly.\n\nBest,\nFiona\n\nFiona McLeod | McLeod Family Holdings | Edinburgh",
            "casten2",
            "gmail_en",
            "2026-10-13",
            "Fiona McLeod <fiona@mcleodholdings.co.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- information_request (14 fr, 14 en)

INFORMATION = [
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\nVous traduisez aussi du japonais ? Et vos traducteurs sont-ils certifiés ISO 17100 ?\nMerci\nJulie Marchand\nResponsable export – Maison Aubrac Couteaux",
            "verb1",
            "gmail_fr",
            "2026-10-12",
            "Julie Marchand <julie.marchand@aubrac-couteaux.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "C'est quoi la duree de vie de vos batteries, lithium ou autre chose ? On a eu un incendie de hangar chez un voisin l'an dernier, ça refroidit. Et c'est compatible avec un contrat de vente totale EDF OA ou faut tout changer ?",
            "agri1",
            "android_fr",
            "2026-10-09",
            "gaec.lacombe@orange.fr",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nComment ça marche pour les salariés à temps partiel ? Et en général, le coût est-il pris en charge en partie par le CSE chez vos clients ?\n\nCordialement,\nNadia Ferhat\nAssistante RH – Transports Gauthier",
            "vita1",
            "outlook_fr",
            "2026-10-12",
            "Nadia Ferhat <n.ferhat@transports-gauthier.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour, vous faites aussi Bamako par la route depuis Dakar ? Quels délais de transit en moyenne ? Merci.\n\nModibo Keïta\nKeïta Import-Export, Bamako",
            "boreal1",
            "gmail_fr",
            "2026-10-09",
            "Modibo Keita <keita.importexport@gmail.com>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nVos copies numériques ont-elles une valeur probante (NF Z42-026) ? Les originaux doivent-ils être conservés après numérisation ? Et où sont hébergées les données ?\n\nBien cordialement,\n\nÉlodie Martin\nResponsable qualité\nCentre Hospitalier de Cholet\n\nCe message peut contenir des informations médicales confidentielles.",
            "arch1",
            "outlook_fr",
            "2026-10-07",
            "Élodie Martin <e.martin@ch-cholet.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Monsieur,\n\nPourriez-vous m'adresser le mémorandum de placement et le track record détaillé des fonds I et II ? Quelle est par ailleurs la structure des frais de gestion et du carried interest ?\n\nMeilleures salutations,\nThomas Gerber\nGerber Vermögensverwaltung AG / Gerber Gestion de fortune SA\nFribourg",
            "cast1",
            "owa_fr",
            "2026-10-07",
            "Thomas Gerber <t.gerber@gerber-gestion.ch>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "vs avez des references dans le medical ? merci",
            "verb2",
            "iphone_fr",
            "2026-10-13",
            "Pauline Roche <p.roche@medalpes.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nVos études tiennent-elles compte des primes wallonnes ? Parce que chez nous ce ne sont pas du tout les mêmes aides qu'en France hein.\n\nBien à vous,\nMarc Lambotte\nExploitation Lambotte, Ciney",
            "agri1",
            "gmail_fr",
            "2026-10-10",
            "Marc Lambotte <marc.lambotte@proximus.be>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nEst-ce que votre réseau de salles couvre les régions (Saguenay, Rimouski) ou seulement Montréal et Québec? Avez-vous de la documentation en français à remettre à nos employés?\n\nMerci!\nSylvie Lavoie\nConseillère RH, Transport Boréal-Nord inc.",
            "vita1",
            "outlook_qc",
            "2026-10-09",
            "Sylvie Lavoie <slavoie@transportborealnord.ca>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Vous êtes agréés commissionnaire en douane à Abidjan ou vous sous-traitez ? Envoyez moi votre plaquette svp.\n\nEnvoyé de mon iPhone",
            "boreal2",
            "gmail_fr",
            "2026-10-12",
            "Serge Kouassi <skouassi@ivoirepharmadistrib.ci>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nLes données sont-elles hébergées en Suisse ? Nos mandants exigent un stockage soumis au droit suisse, et le secret professionnel nous interdit de faire sortir les dossiers du territoire. Merci de me renseigner avant toute chose.\n\nAvec mes meilleures salutations,\nNicolas Favre\nFiduciaire Favre & Rochat SA, Lausanne",
            "arch1",
            "outlook_fr",
            "2026-10-12",
            "Nicolas Favre <n.favre@favre-rochat.ch>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Le fonds est-il une SCSp luxembourgeoise ou un FPCI ? Et il est classé article 8 ou article 9 SFDR ?\n\nCdt\nL. Schroeder",
            "cast2",
            "iphone_fr",
            "2026-10-13",
            "Luc Schroeder <luc.schroeder@sfo.lu>",
        ),
    ),
    C(
        "fr",
        "information_request",
        "Voir dans votre texte.\n\nDe : Inès Benali <ines.benali@vitalpass.fr>\nEnvoyé : mardi 13 octobre 2026 09:15\nÀ : Olivier Brunet <obrunet@cabinet-brunet-expertise.fr>\nObjet : RE: Un pass sport pour vos salariés – 1er mois offert\n\nBonjour,\n\nPetite relance concernant le mois offert pour 10 salariés. Je peux vous envoyer notre grille tarifaire ou la plaquette si c'est plus simple.\n--> La plaquette oui. La grille non, on n'a aucun budget tant qu'on ne sait pas si ça plaît aux équipes. Et c'est quoi le coaching en ligne exactement, des vidéos ?\n\n"
        + _VITA_SIG,
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour Camille,\n\nJ'ai bien lu votre mail. Question bête peut-être : quand vous dites traducteurs assermentés, c'est valable en Belgique aussi ? Parce qu'on a des statuts à déposer au greffe du tribunal de l'entreprise de Bruxelles et la dernière fois l'agence nous a fait une traduction « certifiée » qui a été refusée, on a perdu trois semaines... Bref, si vous pouvez m'éclairer.\n\nMerci d'avance\nSophie Dewulf\nJuriste – Groupe Lemaire Logistics, Bruxelles",
            "verb1",
            "outlook_fr",
            "2026-10-12",
            "Sophie Dewulf <sophie.dewulf@lemairelogistics.be>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Do you use machine translation + post-editing or purely human? And who owns the translation memory if we leave?\n\nChris",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Chris Palmer <chris@palmerandco.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "What chemistry are the batteries, and what warranty do you give? Also will it play nice with an existing SMA inverter or is that a rip-out job?\n\nAndrew",
            "field1",
            "outlook_en",
            "2026-10-09",
            "Andrew Dodd <andrew@doddsfarm.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Hi Megan, how does pricing work generally - per active user or per head? And do unused passes roll over?\n\nThanks\nRachel",
            "stride2",
            "gmail_en",
            "2026-10-13",
            "Rachel Quinn <rachel.quinn@northstaraccounting.ca>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Do you handle DG cargo (Class 3 flammables)? And are you a licensed customs broker in NZ or do you use agents?\n\nMike Tane\nImports, Pacific Coatings Ltd, Tauranga",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "Mike Tane <mike.tane@pacificcoatings.co.nz>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Hi Oliver,\n\nCan you send a brochure and a couple of references from GP practices or NHS trusts you've done this for?\n\nKind regards\nDebbie Sykes\nBusiness Manager, Hillcrest Medical Practice, Wakefield",
            "paper1",
            "outlook_en",
            "2026-10-08",
            "Debbie Sykes <debbie.sykes@nhs.net>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Harriet,\nCould you send the deck and the PPM? Also what's the GP commitment and the fee structure?\nBest\nJ. Oyelaran\n\nSent from my iPad",
            "casten1",
            "apple_en",
            "2026-10-08",
            "J. Oyelaran <jo@oyelarancapital.com>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Are you HIPAA compliant? We'd be sending patient-facing materials with some PHI in the examples.\n\nDana Whitcomb\nDirector of Communications, Riverbend Health, Tulsa OK\n\nCONFIDENTIALITY NOTICE: This message may contain protected health information.",
            "clear2",
            "outlook_us",
            "2026-10-13",
            "Dana Whitcomb <dwhitcomb@riverbendhealth.org>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Are SEAI grants covered in your study or only the UK schemes?\n\nThanks,\nMairead Kelly\nKelly's Farm Shop & Dairy, Co. Tipperary",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Mairead Kelly <kellysfarmshop@gmail.com>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Does it include Anytime Fitness? Half my team already has memberships there so it'd have to.\n\nSent from my Galaxy",
            "stride1",
            "gmail_en",
            "2026-10-12",
            "Tash Nguyen <tash@sparkdigital.com.au>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Priya - what are your transit times Mundra to Felixstowe at the moment with the Red Sea diversions? Our current lot are quoting 38 days.\n\nMark Ellison\nSupply Chain Manager, Ellison Flooring Ltd",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "Mark Ellison <mark.ellison@ellisonflooring.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Dear Sir,\n\nKindly share details about your data centre location. Is data stored within India? Our clients insist on it under the DPDP Act.\n\nRegards,\nAdv. Neha Kulkarni\nKulkarni & Associates, Advocates, Pune",
            "paper1",
            "outlook_en",
            "2026-10-09",
            "Neha Kulkarni <neha@kulkarniassociates.in>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "What's your co-investment policy for LPs who commit more than EUR 5m? That would matter more to us than the fund itself.\n\nW. Hargreaves",
            "casten2",
            "outlook_en",
            "2026-10-13",
            "W. Hargreaves <wh@hargreavesfamily.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        "See below\n\nOn Tue, 13 Oct 2026 at 10:05, Megan Ford <megan.ford@stridewell.com> wrote:\n\n> Hi,\n>\n> Circling back on the free month for 10 of your team. Happy to send pricing or a one-pager if that's easier than a meeting.\n\nOne-pager please. And is there anything for remote staff who don't live near a gym?\n\n>\n> Thanks,\n> Megan\n>\n> Megan Ford | Partnerships Lead | Stridewell\n> Toronto · Manchester · Sydney\n> +1 416 555 0184\n>\n> You're receiving this because of your role at your company. Unsubscribe: stridewell.com/optout",
    ),
    C(
        "en",
        "information_request",
        T(
            "Kia ora Tom, do you do te reo Māori? If not, no worries, just curious.\n\nNgā mihi,\nAroha Walker\nComms Advisor, Te Awa Community Trust, Wellington",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Aroha Walker <aroha@teawatrust.org.nz>",
        ),
    ),
]

# --------------------------------------------------------------------------- quote_request (12 fr, 13 en)

QUOTE = [
    C(
        "fr",
        "quote_request",
        T(
            "Combien pour 40 pages de contrats FR>EN, délai 10 jours ouvrés ? Il me faut un devis pour vendredi, on a un closing.\n\nAntoine Mercier\nAvocat – Mercier Legal, Paris 8e",
            "verb1",
            "gmail_fr",
            "2026-10-12",
            "Antoine Mercier <a.mercier@mercier-legal.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "faites moi un devis pour une batterie de 100 kWh, on a 120 kWc en toiture sur la stabu. factures ci jointes.\n\nGAEC du Puech",
            "agri2",
            "android_fr",
            "2026-10-11",
            "gaec.dupuech@orange.fr",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nQuel serait le tarif pour 45 salariés répartis entre Paris et Lille ? Merci de m'envoyer une proposition chiffrée, je la présenterai au comité de direction du 3 novembre.\n\nCordialement,\nHélène Rousseau\nDRH – Groupe Verano Distribution",
            "vita2",
            "outlook_fr",
            "2026-10-13",
            "Hélène Rousseau <h.rousseau@verano-distribution.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Cotation svp :\n1 x 40' HC Le Havre – Abidjan\nMarchandise : meubles (mobilier de bureau), 18 t\nDépart fin novembre, livraison Cocody, DAP\n\nMerci\nK. Traoré",
            "boreal1",
            "outlook_fr",
            "2026-10-09",
            "Karim Traoré <k.traore@bureauplus.ci>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nPouvez-vous chiffrer la numérisation de 350 boîtes d'archives (dossiers patients, format A4, beaucoup d'agrafes) ? Nous aurions besoin d'une offre avant notre conseil d'administration de décembre.\n\nCordialement,\nStéphane Girard\nDirecteur administratif et financier\nClinique du Parc – Angers",
            "arch2",
            "outlook_fr",
            "2026-10-13",
            "Stéphane Girard <s.girard@cliniqueduparc-angers.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\nOffre svp pour traduction DE>FR de notre rapport annuel, 68 pages, mise en page InDesign incluse. Il nous le faut pour fin février.\nFreundliche Grüsse / Meilleures salutations\nUrs Baumann\nKommunikation – Bernalp Energie AG",
            "verb2",
            "owa_fr",
            "2026-10-13",
            "Urs Baumann <urs.baumann@bernalp.ch>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nAvant qu'on se voie, envoyez-moi un prix. Si c'est 80 000 € comme le dernier qui est passé, pas la peine de vous déplacer jusqu'à Bastogne.\n\nP. Collard",
            "agri1",
            "gmail_fr",
            "2026-10-10",
            "Philippe Collard <collard.ph@skynet.be>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour Inès,\n\nPourriez-vous nous faire parvenir une soumission pour 120 employés répartis sur 3 sites (Lévis, Saint-Georges, Thetford Mines)?\n\nMerci,\nMarie-Ève Poulin\nDirectrice des ressources humaines\nGroupe Beauce Alu inc.",
            "vita1",
            "outlook_qc",
            "2026-10-12",
            "Marie-Ève Poulin <mepoulin@beaucealu.ca>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "bjr. combien pr 3 palettes dakar paris en aerien ? 450 kg total, mangues sechees. merci",
            "boreal2",
            "android_fr",
            "2026-10-12",
            "fatou.ba.tfood@gmail.com",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nNous souhaiterions recevoir une offre pour environ 60 mètres linéaires d'archives comptables (2009-2019), avec destruction certifiée des originaux après numérisation.\n\nCordialement,\nPatrick Wagner\nResponsable administratif\nWagner Bâtiment S.A., Bertrange",
            "arch1",
            "outlook_fr",
            "2026-10-09",
            "Patrick Wagner <p.wagner@wagnerbatiment.lu>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\nNous aurions besoin d'une cotation pour du groupage Marseille – Lomé, 12 m3 de pièces auto d'occasion, départ décembre. Quel serait votre tarif au m3 pour ce volume ?\nKodjo Amegah\nAmegah Auto Pièces, Lomé",
            "boreal1",
            "gmail_fr",
            "2026-10-08",
            "Kodjo Amegah <amegah.autopieces@yahoo.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Monsieur de Villiers,\n\nPour un engagement de 5 M€, quelles conditions de frais pourriez-vous nous proposer ? Une réduction des frais de gestion par side letter est-elle envisageable à ce niveau ?\n\nBien à vous,\nJ.-M. Olivier\nFamille Olivier Participations, Luxembourg",
            "cast1",
            "outlook_fr",
            "2026-10-07",
            "J.-M. Olivier <jmo@olivier-participations.lu>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Hi Tom,\nHow much would you charge for roughly 25k words of product manuals EN > FR/DE/IT/ES? Need it by mid-December.\nCheers\nNeil Foster\nTechnical Publications, Foster Pumps Ltd",
            "clear1",
            "outlook_en",
            "2026-10-12",
            "Neil Foster <neil.foster@fosterpumps.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Quote me for a 200kWh battery please. 150kW array on the sheds. Bills to follow when the wife finds them.",
            "field2",
            "apple_en",
            "2026-10-13",
            "Huw Edwards <huw@pantglasfarm.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "What would it cost for our 35 staff in Manchester? Send over a proposal and I'll take it to the MD.\n\nKaty Lawson\nHR Manager, Northern Quarter Media Ltd",
            "stride1",
            "gmail_en",
            "2026-10-12",
            "Katy Lawson <katy@nqmedia.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Pls quote 2x40HC Nhava Sheva to Felixstowe, FOB, cotton bedsheets, cargo ready 5 Nov.\n\nRgds\nAmit\n\nSent from Outlook for Android",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "Amit Deshpande <amit@deshpandeexports.com>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Please send us a quote for approx. 1,200 boxes of patient records, collection from 3 sites in West Yorkshire, with secure destruction afterwards.\n\nKind regards,\nSimon Hardcastle\nEstates & Facilities, Aire Valley Primary Care Network",
            "paper2",
            "outlook_en",
            "2026-10-13",
            "Simon Hardcastle <simon.hardcastle@nhs.net>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Hi, I need a price for certified translation of 3 birth certs and a marriage cert from Polish for an immigration application. How quick can you turn it around?\n\nMarta Nowak\nNowak Immigration Services, Dublin 7",
            "clear2",
            "gmail_en",
            "2026-10-13",
            "Marta Nowak <marta@nowakimmigration.ie>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "what would a system cost for a 300 cow shed with 50kW solar already on? ballpark is fine",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Rangi Parata <rparata@farmside.co.nz>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Before we do any call, send me pricing for 80 employees across Ontario, then we'll see.\n\nT. Bergeron\nVP Finance & Admin, Lakeshore Dental Group",
            "stride2",
            "outlook_us",
            "2026-10-13",
            "Tom Bergeron <tbergeron@lakeshoredental.ca>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Hi Priya, can you quote LCL Chennai to Melbourne, 6 cbm, leather goods, door to door? Thanks, Mel\n\nMelissa Tran | Tran & Co Leather | Fitzroy VIC",
            "merid1",
            "gmail_en",
            "2026-10-12",
            "Melissa Tran <mel@tranleather.com.au>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Ballpark for scanning roughly 40 years of council building plans (mostly A0/A1)? We'd then need a formal quote for procurement.\n\nGrant McKenzie\nRecords & Information Coordinator, Shire of Murray, WA",
            "paper1",
            "outlook_en",
            "2026-10-09",
            "Grant McKenzie <gmckenzie@murray.wa.gov.au>",
        ),
    ),
    C(
        "en",
        "quote_request",
        "Below pls find details as requested.\n\nFrom: Priya Nair <priya.nair@meridiancargo.com>\nSent: 12 October 2026 11:40\nTo: Export Dept <export@tuticorincoir.in>\nSubject: Freight rates India - UK - ANZ: free lane review\n\nHello,\n\nMeridian Cargo Brokers moves FCL, LCL and air freight between India, the UK, Australia and New Zealand, customs clearance included. We'll review your top three lanes for free and show you where you're overpaying.\n\nWould a quick call this week work? Or just send me your next shipment and I'll quote it.\n\n>> 1x20' GP Tuticorin - Felixstowe, coir pith blocks, 22 MT, ETD 15 Nov. Pls quote best rates.\n\n"
        + _MERID_SIG,
    ),
]

QUOTE += [
    C(
        "en",
        "quote_request",
        T(
            "What's your rate per word for EN>ES medical? We're looking at around 10k words a month, sometimes more around launches.\n\nBest,\nKevin O'Malley\nMarketing Ops | Cardiovia Inc. | Minneapolis, MN",
            "clear1",
            "gmail_us",
            "2026-10-12",
            "Kevin O'Malley <komalley@cardiovia.com>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "How much for 12 people? We're tiny. Don't need a call.",
            "stride2",
            "apple_en",
            "2026-10-13",
            "Sam Okoro <sam@okorobakes.co.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- not_interested (15 fr, 15 en)

NOT_INTERESTED = [
    C(
        "fr",
        "not_interested",
        T(
            "Merci mais nous avons déjà un traducteur en interne.\n\nCordialement,\nB. Leclerc",
            "verb1",
            "outlook_fr",
            "2026-10-12",
            "Bruno Leclerc <b.leclerc@leclerc-industrie.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Non merci, on a déjà des batteries depuis l'an dernier.",
            "agri2",
            "iphone_fr",
            "2026-10-12",
            "SCEA Bellevue <scea.bellevue@orange.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\nNos salariés ont déjà Gymlib via le CSE, ça ne nous intéresse pas.\n\nCordialement\nCélia Moreau\nChargée RH – Imprimerie Delta",
            "vita1",
            "gmail_fr",
            "2026-10-12",
            "Célia Moreau <c.moreau@imprimerie-delta.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\nNous avons un contrat cadre avec un grand groupe de logistique pour toute l'Afrique de l'Ouest, nous n'avons pas de besoin.\n\nCordialement,\nOusmane Cissé\nDirecteur Supply Chain – Sonacim SA, Dakar",
            "boreal1",
            "outlook_fr",
            "2026-10-08",
            "Ousmane Cissé <o.cisse@sonacim.sn>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Nous avons tout numérisé en 2021 avec un autre prestataire. Pas de besoin de notre côté.\n\nSecrétariat\nCabinet dentaire des Tilleuls – Rezé",
            "arch1",
            "gmail_fr",
            "2026-10-07",
            "Cabinet des Tilleuls <secretariat@dentaire-tilleuls.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Monsieur,\n\nMerci pour votre message. Pour des raisons de liquidité, nous n'investissons pas en private equity.\n\nBien à vous,\nIsabelle Lambert\nLambert Family Office – Bruxelles",
            "cast1",
            "outlook_fr",
            "2026-10-06",
            "Isabelle Lambert <i.lambert@lambert-fo.be>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Vu la qualité de la version anglaise de votre propre site (« we translate your documents with passion of quality »), je vais passer mon tour. Bonne continuation.\n\nF. Deschamps",
            "verb1",
            "gmail_fr",
            "2026-10-12",
            "Florence Deschamps <florence@deschamps-conseil.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\npour être honnête on a eu un commercial d'une autre boite l'an dernier qui nous a promis monts et merveilles, au final la batterie est tombée en panne au bout de 8 mois et on attend toujours le SAV. Alors les batteries pour nous c'est terminé, on a donné. Rien contre vous personnellement hein. Bonne continuation\n\nDidier",
            "agri2",
            "gmail_fr",
            "2026-10-11",
            "Didier Sabatier <didier.sabatier47@orange.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\nNous sommes une coopérative de 8 personnes, ce n'est vraiment pas pour nous. Merci quand même et bonne chance!\n\nJulien Bergeron\nCoop La Fourmilière, Sherbrooke",
            "vita2",
            "outlook_qc",
            "2026-10-13",
            "Julien Bergeron <julien@coopfourmiliere.ca>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\nNous importons tout en direct avec l'armateur, on n'a pas besoin de transitaire.\nCordialement\nA. Koffi",
            "boreal2",
            "gmail_fr",
            "2026-10-12",
            "Alain Koffi <akoffi@sivoplast.ci>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Pas intéressé. Nous gardons nos archives papier, c'est une volonté de l'associé fondateur et je ne vais pas me battre là-dessus.\n\nBenoît Janssens\nJanssens & Fils – Géomètres-experts, Liège",
            "arch2",
            "outlook_fr",
            "2026-10-13",
            "Benoît Janssens <b.janssens@janssens-geometres.be>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Monsieur,\n\nNous avons examiné le dossier. Le secteur industriel n'entre pas dans notre allocation cette année, ni l'an prochain d'ailleurs. Nous déclinons.\n\nMeilleures salutations,\nDr. Stefan Aebischer\nAebischer Holding AG, Zoug",
            "cast2",
            "owa_fr",
            "2026-10-13",
            "Stefan Aebischer <s.aebischer@aebischer-holding.ch>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Merci de votre relance. Nous ne donnerons pas suite.\n\nCordialement,\nAnne Muller\nCommunication – BGL Assurances Courtage, Luxembourg",
            "verb2",
            "outlook_fr",
            "2026-10-13",
            "Anne Muller <anne.muller@bglac.lu>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "pas pour nous. bonne journée",
            "vita2",
            "android_fr",
            "2026-10-13",
            "contact@garage-reynaud.fr",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Merci pour l'offre. On a signé avec Groupe E le mois passé pour le photovoltaïque et la batterie, c'est réglé pour nous.\n\nSalutations\nFamille Rossier, Domaine des Planches, Gruyère",
            "agri1",
            "gmail_fr",
            "2026-10-09",
            "Famille Rossier <rossier.planches@bluewin.ch>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thanks, but we use DeepL plus an in-house reviewer. All good.\n\nJo",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Jo Tennant <jo@tennantdesign.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "No thanks. Not for us.",
            "field1",
            "outlook_en",
            "2026-10-09",
            "Clive Barton <clive@bartonarable.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Hi Megan, we already offer Vitality through our health insurance so we'll pass on this one.\n\nThanks\nSophie Kerr\nPeople Partner, Kerr & Doyle Surveyors",
            "stride1",
            "gmail_en",
            "2026-10-12",
            "Sophie Kerr <sophie.kerr@kerrdoyle.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We're tied into a 3-year contract with our forwarder. Not looking to change.\n\nP. Menon",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "P. Menon <pmenon@keralaspicecoast.in>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We went paperless years ago! Nothing to scan I'm afraid.\n\nLouise\nThe Mill Physio Clinic, Otley",
            "paper1",
            "gmail_en",
            "2026-10-08",
            "Louise Ward <louise@millphysio.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We don't do blind pools. Pass.\n\nSent from my iPhone",
            "casten1",
            "apple_en",
            "2026-10-07",
            "Hugo Sterling <hugo@sterlingfo.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We only operate in Kansas. The only language we need is English, and some days barely that. Hard pass.\n\nBrad Keller\nOwner, Keller Ag Supply, Salina KS",
            "clear2",
            "gmail_us",
            "2026-10-13",
            "Brad Keller <brad@kelleragsupply.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Ah no, we rent the land and the landlord won't have anything bolted onto the sheds. Thanks anyway.\n\nPadraig",
            "field2",
            "gmail_en",
            "2026-10-12",
            "Padraig Murphy <padraigmurphy@eircom.net>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Mate, we're a construction crew, they get enough exercise lugging gyprock all day. Cheers but no.\n\nDarren\nWestside Interiors Pty Ltd",
            "stride1",
            "outlook_en",
            "2026-10-12",
            "Darren Holt <darren@westsideinteriors.com.au>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Dear Madam,\n\nWe are having our own freight division. Hence your services are not required.\n\nRegards,\nLogistics Dept.\nRatnagiri Agro Foods Ltd.",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "Logistics <logistics@ratnagiriagro.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thanks Oliver, we've just signed with Iron Mountain for exactly this. Good luck though.\n\nTama\nRecords Manager, Whanganui Regional Health",
            "paper2",
            "outlook_en",
            "2026-10-13",
            "Tama Wiremu <tama.wiremu@wrh.govt.nz>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Harriet, we looked at Fund II and passed; nothing has changed on our side. Good luck with the close.\n\nE. Lindqvist",
            "casten2",
            "outlook_en",
            "2026-10-13",
            "Erik Lindqvist <erik@lindqvistfamily.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Not interested, thank you.\n\nMargaret Hartley\nDirector\nHartley & Co Solicitors\n\nHartley & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612347). This email and any attachments are confidential. If you no longer wish to receive marketing emails from Hartley & Co, click here to unsubscribe.",
            "clear2",
            "outlook_en",
            "2026-10-13",
            "Margaret Hartley <m.hartley@hartleyco.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Not in the budget. Not this year, not next year. Sorry.",
            "stride2",
            "gmail_us",
            "2026-10-13",
            "Carla Jimenez <cjimenez@sunbeltroofing.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Nah, we're domestic only, nothing comes in from India. Not relevant to us.\n\nKate\nKaikoura Wool Co.",
            "merid1",
            "gmail_en",
            "2026-10-12",
            "Kate Marsden <kate@kaikourawool.co.nz>",
        ),
    ),
]

# --------------------------------------------------------------------------- not_now (15 fr, 15 en; 20 dated, 10 vague)

NOT_NOW = [
    C(
        "fr",
        "not_now",
        T(
            "Bonjour, relancez-moi en janvier, là on est sous l'eau avec la clôture.\n\nCdlt\nV. Perrot\nDirectrice juridique",
            "verb1",
            "outlook_fr",
            "2026-10-12",
            "Virginie Perrot <v.perrot@perrot-sa.fr>",
        ),
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Pas avant mars. On est en pleine récolte du maïs puis il y a les papiers PAC, je n'ai pas la tête à vos histoires de batterie. En mars je serai plus disponible.\n\nSerge",
            "agri2",
            "gmail_fr",
            "2026-10-19",
            "Serge Dupouy <serge.dupouy@wanadoo.fr>",
        ),
        sent="2026-10-20",
        until="2027-03-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour Inès,\n\nRevenez vers moi après le 15 décembre, nous finalisons le budget 2027 et je ne peux m'engager sur rien avant.\n\nBien cordialement,\nCaroline Henry\nDRH – Laboratoires Biocéane",
            "vita2",
            "outlook_fr",
            "2026-11-02",
            "Caroline Henry <c.henry@bioceane.fr>",
        ),
        sent="2026-11-03",
        until="2026-12-16",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nOn en reparle dans 3 mois, là nos entrepôts sont pleins et on ne commande plus rien.\n\nCordialement,\nAdama Coulibaly\nGérant – Coulibaly Distribution, Abidjan",
            "boreal1",
            "gmail_fr",
            "2026-10-12",
            "Adama Coulibaly <adama.coulibaly@coulibalydistrib.ci>",
        ),
        until="2027-01-14",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nLe sujet est inscrit au budget 2027. Recontactez-nous début février, nous aurons alors le feu vert de la direction générale.\n\nCordialement,\nFrédéric Noël\nResponsable des archives\nMutuelle Atlantique Santé – Nantes",
            "arch2",
            "outlook_fr",
            "2026-11-17",
            "Frédéric Noël <f.noel@mutuelle-atlantique.fr>",
        ),
        sent="2026-11-18",
        until="2027-02-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Cher Monsieur,\n\nNotre comité d'investissement ne se réunira qu'en janvier. Recontactez-moi à partir du 12 janvier, pas avant.\n\nBien à vous,\nGhislaine Wirtz\nWirtz Patrimoine S.A., Luxembourg",
            "cast2",
            "apple_fr",
            "2026-10-26",
            "Ghislaine Wirtz <g.wirtz@wirtz-patrimoine.lu>",
        ),
        sent="2026-10-27",
        until="2027-01-12",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Pas le moment. La traduction du site est prévue au 2e trimestre 2027, on pourra en discuter à ce moment-là.\n\nMeilleures salutations\nNadine Favre\nMarketing – Chocolats Favre SA, Vevey",
            "verb1",
            "gmail_fr",
            "2026-09-28",
            "Nadine Favre <n.favre@chocolatsfavre.ch>",
        ),
        sent="2026-09-29",
        until="2027-04-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nBelle offre, mais on change d'assureur collectif en ce moment et c'est assez pour cette année. Revenez nous voir l'an prochain.\n\nMerci!\nLouis-Philippe Roy\nContrôleur, Érablière Roy & Fils",
            "vita1",
            "outlook_qc",
            "2026-10-12",
            "Louis-Philippe Roy <lproy@erabliereroy.ca>",
        ),
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Je suis en deplacement en Chine pour les achats, rappelez moi dans quinze jours svp.\n\nEnvoyé de mon iPhone",
            "boreal2",
            "gmail_fr",
            "2026-11-04",
            "Mamadou Sarr <msarr@sarrtrading.sn>",
        ),
        sent="2026-11-05",
        until="2026-11-19",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nUne fois la clôture annuelle passée, c'est-à-dire après décembre, on pourra regarder votre proposition de carton test. Pas avant, désolé.\n\nBien à vous,\nJean-Marc Pirard\nPirard & Associés – Réviseurs d'entreprises, Namur",
            "arch1",
            "outlook_fr",
            "2026-10-07",
            "Jean-Marc Pirard <jm.pirard@pirard-reviseurs.be>",
        ),
        sent="2026-10-08",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "On est en plein dans les vendanges, je regarde ça après. Rappelez moi quand ce sera fini.\n\nThierry\nChâteau Lagrave-Peyrot",
            "agri1",
            "android_fr",
            "2026-09-14",
            "Château Lagrave-Peyrot <contact@lagrave-peyrot.fr>",
        ),
        sent="2026-09-15",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nNous attendons l'arrivée de notre nouvelle DRH. Revenez vers nous quand elle sera en poste, c'est elle qui décidera.\n\nCordialement,\nPascale Vidal\nAssistante de direction – Vidal Emballages",
            "vita2",
            "outlook_fr",
            "2026-10-13",
            "Pascale Vidal <p.vidal@vidal-emballages.fr>",
        ),
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\nOn déménage l'entrepôt de Douala à Kribi, on vous recontactera après le déménagement. Là c'est pas le moment.\nE. Nkoulou",
            "boreal1",
            "gmail_fr",
            "2026-10-09",
            "Eric Nkoulou <e.nkoulou@camfrigo.cm>",
        ),
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nNous attendons la décision du Département sur la subvention pour la numérisation des registres. Revenez vers nous quand nous aurons la réponse, nous ne pouvons rien engager avant.\n\nCordialement,\nLe secrétariat de mairie\nMairie de Montfaucon-sur-Loire",
            "arch2",
            "outlook_fr",
            "2026-10-13",
            "Mairie de Montfaucon <mairie.montfaucon@wanadoo.fr>",
        ),
    ),
    C(
        "fr",
        "not_now",
        T(
            "Pas pour le moment. Peut-être plus tard.\n\nBàv\nO. Hentges",
            "cast1",
            "iphone_fr",
            "2026-10-08",
            "Olivier Hentges <o.hentges@hentges-invest.lu>",
        ),
    ),
    C(
        "en",
        "not_now",
        T(
            "Try me again in April, budgets reset then.\n\nStephen",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Stephen Walsh <stephen.walsh@walshmedical.ie>",
        ),
        until="2027-04-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Circle back after Q1 - we're waiting on the grant decision until then anyway.\n\nRhiannon Price\nPrice Bros Poultry, Carmarthen",
            "field2",
            "outlook_en",
            "2026-10-20",
            "Rhiannon Price <rhiannon@pricebrospoultry.co.uk>",
        ),
        sent="2026-10-21",
        until="2027-04-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Can you ping me in a fortnight? Mid-audit right now.\n\nJ",
            "stride2",
            "gmail_en",
            "2026-11-09",
            "Josh Kemp <josh@kempandlane.co.uk>",
        ),
        sent="2026-11-10",
        until="2026-11-24",
    ),
    C(
        "en",
        "not_now",
        T(
            "Hi Priya,\n\nOur contract with the current forwarder runs another six months. Get in touch in six months and we can compare.\n\nRegards,\nAnand Rao\nHead of Logistics, Deccan Auto Components",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "Anand Rao <anand.rao@deccanauto.in>",
        ),
        until="2027-04-14",
    ),
    C(
        "en",
        "not_now",
        T(
            "We're moving offices in December so it's a bad time. Early January would be better to talk about the pilot box.\n\nClaire Doherty\nOffice Manager, Doherty Bell Solicitors, Belfast",
            "paper2",
            "outlook_en",
            "2026-11-01",
            "Claire Doherty <claire@dohertybell.co.uk>",
        ),
        sent="2026-11-02",
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Harriet,\n\nOur allocation for 2026 is fully committed. Happy to look at it from 9 February once the new budget is signed off.\n\nRegards,\nNaveen Reddy\nReddy Family Office, Singapore / London",
            "casten1",
            "outlook_en",
            "2026-10-29",
            "Naveen Reddy <naveen@reddyfo.sg>",
        ),
        sent="2026-10-30",
        until="2027-02-09",
    ),
    C(
        "en",
        "not_now",
        T(
            "Swamped until December 4th (product launch). Can you reach out the week after?\n\nTaylor Brooks\nContent Ops, Brightpath Learning, Austin TX",
            "clear2",
            "gmail_us",
            "2026-11-11",
            "Taylor Brooks <tbrooks@brightpathlearning.com>",
        ),
        sent="2026-11-12",
        until="2026-12-07",
    ),
    C(
        "en",
        "not_now",
        T(
            "Good timing in theory but we've frozen discretionary spend. Next year, mate.\n\nLiam\nSouthern Cross Freight Services",
            "stride1",
            "outlook_en",
            "2026-10-12",
            "Liam Doyle <liam@southerncrossfreight.com.au>",
        ),
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Please follow up after the end of October. Our procurement review wraps up then.\n\nKind regards,\nJenny Alcock\nProcurement, Alcock Garden Products Ltd",
            "merid2",
            "outlook_en",
            "2026-09-15",
            "Jenny Alcock <j.alcock@alcockgarden.co.uk>",
        ),
        sent="2026-09-16",
        until="2026-11-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Dear Oliver,\n\nKindly connect in the week of 11th January, post our year-end audit planning.\n\nRegards,\nCA Suresh Menon\nPartner, Menon & Iyer Chartered Accountants, Chennai",
            "paper1",
            "outlook_en",
            "2026-10-18",
            "Suresh Menon <suresh@menoniyer.in>",
        ),
        sent="2026-10-19",
        until="2027-01-11",
    ),
    C(
        "en",
        "not_now",
        T(
            "Mate it's calving, I can barely see straight. Flick me a note after calving.",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Hamish Grant <hamishgrant@xtra.co.nz>",
        ),
    ),
    C(
        "en",
        "not_now",
        T(
            "Reach back out after the merger closes - everything's on hold till then.\n\nNicole\nHR Director, Great Lakes Packaging",
            "stride2",
            "outlook_us",
            "2026-10-13",
            "Nicole Fortin <nfortin@greatlakespkg.ca>",
        ),
    ),
    C(
        "en",
        "not_now",
        T(
            "Dear Ma'am,\n\nKindly contact after Diwali. Office is very busy with festival dispatches.\n\nRegards,\nH. Agarwal",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "H. Agarwal <agarwal@agarwalhandicrafts.in>",
        ),
    ),
    C(
        "en",
        "not_now",
        T(
            "Not right now Harriet. Maybe later.",
            "casten2",
            "apple_en",
            "2026-10-13",
            "Declan Byrne <declan@byrnefamilyoffice.ie>",
        ),
    ),
    C(
        "en",
        "not_now",
        T(
            "Not now - the website relaunch brief isn't signed off yet. Once it is I'll be back in touch, or feel free to nudge me later on.\n\nGemma",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Gemma Lloyd <gemma@lloydhomewares.co.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- referral (12 fr, 13 en)

REFERRAL = [
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\n\nCe n'est pas moi qui gère ces sujets. Voyez plutôt avec Nathalie Perrin, responsable des affaires réglementaires : nathalie.perrin@laboratoires-ardent.fr\n\nCordialement,\nOlivier Sanchez\nAcheteur – Laboratoires Ardent",
            "verb1",
            "outlook_fr",
            "2026-10-12",
            "Olivier Sanchez <o.sanchez@laboratoires-ardent.fr>",
        ),
        referral=("Nathalie Perrin", "nathalie.perrin@laboratoires-ardent.fr"),
    ),
    C(
        "fr",
        "referral",
        T(
            "c'est mon fils qui s'occupe de tout ça maintenant, Benoît, 06 12 34 56 78. moi je suis a la retraite ou presque",
            "agri2",
            "android_fr",
            "2026-10-11",
            "jean.roques@orange.fr",
        ),
        referral=("Benoît", None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Merci de voir avec notre DRH.\n\nCordialement\nAccueil – Transports Lemoine",
            "vita1",
            "gmail_fr",
            "2026-10-12",
            "Transports Lemoine <accueil@transports-lemoine.fr>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\nJe ne suis plus chez Ivoire Négoce depuis septembre. Je ne sais pas qui a repris le poste, désolée.\nBonne journée",
            "boreal2",
            "gmail_fr",
            "2026-10-12",
            "Mariam Bamba <mariam.bamba@gmail.com>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Ceci est un message automatique.\n\nMadame Claire Fontaine ne fait plus partie de l'étude depuis le 30 septembre 2026. Pour toute demande, merci d'écrire à accueil@etude-fontaine-notaires.fr qui transmettra.\n\nÉtude Fontaine & Associés – Notaires – Vannes",
            "arch2",
            "outlook_fr",
            "2026-10-13",
            "Claire Fontaine <c.fontaine@etude-fontaine-notaires.fr>",
        ),
        referral=(None, "accueil@etude-fontaine-notaires.fr"),
    ),
    C(
        "fr",
        "referral",
        T(
            "Monsieur,\n\nJe transmets votre message à notre directeur des investissements, M. Laurent Muller, que je mets en copie. C'est lui qui suit les engagements en private equity.\n\nBien à vous,\nCatherine Frieden\nSecrétaire générale – Frieden Family Office, Luxembourg",
            "cast1",
            "outlook_fr",
            "2026-10-07",
            "Catherine Frieden <c.frieden@frieden-fo.lu>",
        ),
        referral=("Laurent Muller", None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Mauvaise personne. Essayez achats@brasserie-dutoit.be",
            "verb2",
            "iphone_fr",
            "2026-10-13",
            "Lotte Peeters <lotte.peeters@brasserie-dutoit.be>",
        ),
        referral=(None, "achats@brasserie-dutoit.be"),
    ),
    C(
        "fr",
        "referral",
        T(
            "bonjour je suis salarié de la ferme c'est le patron qu'il faut voir, Pierre Castaing. il lit pas trop ses mails par contre, le mieux c'est le matin à la salle de traite",
            "agri1",
            "gmail_fr",
            "2026-10-09",
            "Ferme Castaing <ferme.castaing@gmail.com>",
        ),
        referral=("Pierre Castaing", None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\n\nJe vous réfère à Julie Bouchard, conseillère en avantages sociaux, qui pilote ce dossier chez nous : julie.bouchard@cooprivesud.qc.ca\n\nBonne journée!\nMarc-André Pelletier\nCoop Rive-Sud",
            "vita2",
            "outlook_qc",
            "2026-10-13",
            "Marc-André Pelletier <mapelletier@cooprivesud.qc.ca>",
        ),
        referral=("Julie Bouchard", "julie.bouchard@cooprivesud.qc.ca"),
    ),
    C(
        "fr",
        "referral",
        T(
            "C'est mon associé Abdou Ndiaye qui gère toute la logistique, écrivez lui : abdou.ndiaye@sahelfruits.sn\nMoi je suis sur la production.\nOumar",
            "boreal1",
            "gmail_fr",
            "2026-10-08",
            "Oumar Fall <oumar.fall@sahelfruits.sn>",
        ),
        referral=("Abdou Ndiaye", "abdou.ndiaye@sahelfruits.sn"),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\n\nJe ne suis pas la bonne interlocutrice : ce projet relève de la direction des systèmes d'information.\n\nCordialement,\nMartine Guérin\nCadre de santé – CHU de Nantes",
            "arch1",
            "outlook_fr",
            "2026-10-07",
            "Martine Guérin <martine.guerin@chu-nantes.fr>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Pas pour nous. Mais mon ancien associé, Thierry Kahn, cherche exactement ce genre de dossiers pour son family office : t.kahn@kahn-partners.lu. Dites-lui que vous venez de ma part.\n\nP. Schmit",
            "cast2",
            "apple_fr",
            "2026-10-13",
            "Paul Schmit <paul@schmit-capital.lu>",
        ),
        referral=("Thierry Kahn", "t.kahn@kahn-partners.lu"),
    ),
    C(
        "en",
        "referral",
        T(
            "You want Sarah Doyle, our marketing manager - sarah.doyle@bramblefoods.ie\n\nConor",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Conor Walsh <conor.walsh@bramblefoods.ie>",
        ),
        referral=("Sarah Doyle", "sarah.doyle@bramblefoods.ie"),
    ),
    C(
        "en",
        "referral",
        T(
            "My brother runs the dairy side, I just do the sheep. Try him, Gareth, on 07700 900318.",
            "field2",
            "apple_en",
            "2026-10-12",
            "Eifion Rees <eifion.rees@btinternet.com>",
        ),
        referral=("Gareth", None),
    ),
    C(
        "en",
        "referral",
        T(
            "Please contact HR.",
            "stride1",
            "outlook_en",
            "2026-10-12",
            "Reception <info@calderprecision.co.uk>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "Thank you for your email. Please note that Mr. Rajesh Kumar has left the organisation. For all shipping enquiries please write to logistics@sunmarkexports.in.\n\nThis is an auto-generated message.",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "Rajesh Kumar <rajesh.kumar@sunmarkexports.in>",
        ),
        referral=(None, "logistics@sunmarkexports.in"),
    ),
    C(
        "en",
        "referral",
        T(
            "I left the practice in August, forwarding isn't set up properly yet. Sorry!",
            "paper2",
            "gmail_en",
            "2026-10-13",
            "Natalie Hirst <natalie.hirst@gmail.com>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "Thanks Harriet, I'm copying our CIO, Michael Tan, who handles private equity allocations.\n\nRegards,\nSusan Lim",
            "casten1",
            "outlook_en",
            "2026-10-07",
            "Susan Lim <susan.lim@limfamilyholdings.com>",
        ),
        referral=("Michael Tan", None),
    ),
    C(
        "en",
        "referral",
        T(
            "Wrong person, sorry.",
            "clear2",
            "gmail_us",
            "2026-10-13",
            "Derek Olsen <derek@olsenbuilders.com>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "I'm only the bookkeeper. Talk to Noel, he owns the farm - noel@brennanfarms.ie",
            "field1",
            "outlook_en",
            "2026-10-09",
            "Accounts <accounts@brennanfarms.ie>",
        ),
        referral=("Noel", "noel@brennanfarms.ie"),
    ),
    C(
        "en",
        "referral",
        T(
            "Not me, I'm in finance. Our wellbeing stuff is run by Jess Park (jess.park@outbackbuild.com.au).\n\nCheers\nTim",
            "stride2",
            "outlook_en",
            "2026-10-13",
            "Tim Nolan <tim.nolan@outbackbuild.com.au>",
        ),
        referral=("Jess Park", "jess.park@outbackbuild.com.au"),
    ),
    C(
        "en",
        "referral",
        T(
            "we use a buying agent for all our imports - try procurement@tekaurifoods.co.nz",
            "merid2",
            "gmail_en",
            "2026-10-12",
            "Wiremu Tākerei <wiremu@tekaurifoods.co.nz>",
        ),
        referral=(None, "procurement@tekaurifoods.co.nz"),
    ),
    C(
        "en",
        "referral",
        T(
            "Dear Oliver,\n\nThis would need to go through our Information Governance team rather than me.\n\nKind regards,\nPaul Entwistle\nFacilities Officer, Kirklees Council\n\nKirklees Council does not accept service of documents by email. If you do not wish to receive further emails from this address please reply to the sender.",
            "paper1",
            "outlook_en",
            "2026-10-08",
            "Paul Entwistle <paul.entwistle@kirklees.gov.uk>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "Not for us, but my friend Alistair Grieve at the Grieve Family Office in Edinburgh might bite. alistair@grievefo.co.uk - mention my name.\n\nRoss",
            "casten2",
            "gmail_en",
            "2026-10-13",
            "Ross Buchanan <ross@buchananholdings.co.uk>",
        ),
        referral=("Alistair Grieve", "alistair@grievefo.co.uk"),
    ),
    C(
        "en",
        "referral",
        T(
            "Automatic reply: Mark Chen is no longer with Northwind Logistics. Please direct your message to Aisha Rahman at aisha.rahman@northwindlogistics.ca.",
            "stride1",
            "outlook_us",
            "2026-10-12",
            "Mark Chen <mchen@northwindlogistics.ca>",
        ),
        referral=("Aisha Rahman", "aisha.rahman@northwindlogistics.ca"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (13 fr, 12 en)

UNSUBSCRIBE = [
    C("fr", "unsubscribe", T("STOP", "verb1", "outlook_fr", "2026-10-12", "Gérard Perrin <g.perrin@perrin-meca.fr>")),
    C(
        "fr",
        "unsubscribe",
        T("désinscription", "agri1", "iphone_fr", "2026-10-09", "Earl Marchal <earl.marchal@orange.fr>"),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Bonjour,\nMerci de me retirer de votre liste de diffusion.\nCordialement\nM. Petit",
            "vita2",
            "gmail_fr",
            "2026-10-13",
            "Marc Petit <marc.petit@cabinetpetit.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "non merci",
            "boreal2",
            "android_fr",
            "2026-10-12",
            "Bakary Konaté <b.konate@konatefreres.ml>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Pas intéressé, et ne me recontactez plus svp.\n\nJ. Bouvier",
            "arch2",
            "outlook_fr",
            "2026-10-13",
            "Jacques Bouvier <j.bouvier@bouvier-immobilier.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Monsieur,\n\nJe m'oppose, au titre de l'article 21 du RGPD, à tout traitement de mes données à des fins de prospection. Merci de supprimer mes coordonnées de vos fichiers et de me le confirmer.\n\nH. Mathieu",
            "cast1",
            "outlook_fr",
            "2026-10-07",
            "Henri Mathieu <h.mathieu@mathieu-holding.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Troisième relance... J'ai déjà répondu STOP il y a quinze jours. Il marche votre truc ?",
            "verb2",
            "gmail_fr",
            "2026-10-13",
            "Corinne Vasseur <corinne.vasseur@free.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "arretez de m'ecrire svp j'ai pas d'ordinateur a la ferme c'est ma fille qui lit les mails le dimanche",
            "agri2",
            "android_fr",
            "2026-10-11",
            "ferme.delpech@orange.fr",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Bonjour,\n\nEn vertu de la Loi canadienne anti-pourriel, je n'ai jamais consenti à recevoir vos courriels. Veuillez cesser tout envoi à cette adresse.\n\nFrance Gauthier\nNotaire, Gauthier Bélanger notaires inc.",
            "vita1",
            "outlook_qc",
            "2026-10-12",
            "France Gauthier <fgauthier@gbnotaires.ca>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Enlevez mon adresse de vos fichiers. Merci.",
            "boreal1",
            "gmail_fr",
            "2026-10-08",
            "Paul Ahoua <p.ahoua@ahouatransit.ci>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Madame, Monsieur,\n\nVeuillez ne plus m'adresser de sollicitations commerciales.\n\nSalutations\nR. Kremer\nKremer & Thill S.à r.l., Differdange",
            "arch1",
            "owa_fr",
            "2026-10-07",
            "Romain Kremer <r.kremer@kremerthill.lu>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Cher Monsieur, c'est la troisième fois. Rayez-nous de vos listes.",
            "cast2",
            "iphone_fr",
            "2026-10-13",
            "Famille Pictet-Rigaud <office@pictet-rigaud.ch>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Bonjour,\n\nJe reçois vos mails toutes les semaines depuis un mois alors que je vous ai dit de vive voix au salon RH de Lyon que ça ne nous concernait pas (nous avons déjà une mutuelle qui couvre le sport). Je ne souhaite plus rien recevoir de la part de Vitalpass, ni moi ni mes collègues.\n\nCordialement,\nAgnès Bertin\nResponsable RH – Bertin Menuiseries",
            "vita2",
            "outlook_fr",
            "2026-10-13",
            "Agnès Bertin <a.bertin@bertin-menuiseries.fr>",
        ),
    ),
    C("en", "unsubscribe", T("UNSUBSCRIBE", "clear1", "outlook_en", "2026-10-12", "accounts@ridgewayjoinery.co.uk")),
    C(
        "en",
        "unsubscribe",
        T(
            "Please stop emailing me.",
            "field2",
            "gmail_en",
            "2026-10-12",
            "Neville Parr <neville.parr@parrfarms.co.uk>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "take me off your list pls",
            "stride2",
            "apple_en",
            "2026-10-13",
            "Ella Fraser <ella@fraserlandscapes.com.au>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "No thanks.",
            "merid1",
            "outlook_en",
            "2026-10-12",
            "D. Kapoor <dkapoor@kapoortextiles.in>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "stop.",
            "paper2",
            "outlook_en",
            "2026-10-13",
            "Geoff Barraclough <g.barraclough@barracloughlaw.co.uk>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Please remove me from your distribution list and delete my details under GDPR.\n\nA. Whitmore",
            "casten1",
            "outlook_en",
            "2026-10-07",
            "Anthony Whitmore <aw@whitmorefamily.co.uk>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "This is the 4th email. I've asked to be removed twice already. Remove me or I'm reporting you.",
            "clear2",
            "gmail_us",
            "2026-10-13",
            "Greg Hoffman <greg@hoffmanhvac.com>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Not interested and don't email again.",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Bruce Tait <brucetait@farmside.co.nz>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Under CASL I did not consent to receive commercial electronic messages from Stridewell. Cease sending to this address.\n\nR. Gill\nGill Pharmacy, Brampton ON",
            "stride1",
            "outlook_us",
            "2026-10-12",
            "Ravinder Gill <rgill@gillpharmacy.ca>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Dear Madam,\n\nKindly do not send such mails to this ID henceforth.\n\nRegards,\nAccounts Dept.",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "Accounts <accounts@sharmapolymers.co.in>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "How do I get off your mailing list? There's no link, just 'reply STOP', and I'm not convinced a human reads these.\n\nBronwyn\nMargaret River Vet Clinic",
            "paper1",
            "gmail_en",
            "2026-10-08",
            "Bronwyn Hale <bronwyn@mrvet.com.au>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "I would be grateful if you stopped writing to me. Thank you.\n\nLady Amelia Fenwick",
            "casten2",
            "apple_en",
            "2026-10-13",
            "Amelia Fenwick <amelia@fenwickestates.co.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- out_of_office (9 fr, 8 en)

OUT_OF_OFFICE = [
    C(
        "fr",
        "out_of_office",
        "Réponse automatique : Traduction de vos contrats et documents techniques\n\nBonjour,\n\nJe suis absente du 12 au 23 octobre inclus. En cas d'urgence, vous pouvez contacter Marc Lefèvre (m.lefevre@groupe-sorel.fr, 01 44 70 21 08).\n\nCordialement,\nAudrey Sorel\nDirection juridique – Groupe Sorel",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis absent jusqu'au 2 novembre (Sommet de l'élevage puis congés). Je ne relève pas mes mails. Pour le lait, appeler la laiterie directement.\nGAEC Fabre-Vialette",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 15 mars 2027. Pour toute question relative aux ressources humaines, merci d'écrire à rh@atelier-dumas.fr. Votre message ne sera pas transféré.\n\nLéa Dumas\nResponsable RH – Ateliers Dumas",
    ),
    C(
        "fr",
        "out_of_office",
        "Message automatique : je suis en mission à l'intérieur du pays avec un accès limité à mes e-mails. Je vous répondrai à mon retour.\n\nYves Kouamé\nDirecteur des opérations – Kouamé Cacao Export, San-Pédro",
    ),
    C(
        "fr",
        "out_of_office",
        "[Réponse automatique]\nLe service des archives départementales est fermé au public et ne traite pas les courriels jusqu'au mercredi 4 novembre inclus (récolement annuel). Les demandes urgentes peuvent être adressées au standard.\n\nArchives – Conseil départemental de la Mayenne",
    ),
    C(
        "fr",
        "out_of_office",
        "Je suis absent du bureau jusqu'au lundi 19 octobre. Votre message sera traité à mon retour.\nI am out of the office until Monday 19 October. Your message will be dealt with upon my return.\n\nJean-Louis Bonvin\nBonvin Family Office SA – Sion",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis présentement en vacances et serai de retour le lundi 26 octobre. Pour une urgence, veuillez communiquer avec Nancy Bolduc au 418 555-0199, poste 2.\n\nMerci et bonne journée!\n\nMartin Lévesque\nDirecteur général, Charpentes Lévesque ltée",
    ),
    C(
        "fr",
        "out_of_office",
        "Absent. Retour le 2.11. Les e-mails ne sont pas transférés.\n\nR. Kohler\nKohler Précision SA, Le Locle",
    ),
    C(
        "fr",
        "out_of_office",
        "Merci pour votre message. Je suis actuellement en formation et n'aurai qu'un accès limité à ma messagerie jusqu'au 16/10. Je vous répondrai dès que possible.\n\nClaudine Reuter\nAssistante de direction – Étude Me Reuter, Luxembourg\n\nCe message est confidentiel. Si vous ne souhaitez plus recevoir de communications de l'étude, merci de nous en informer.",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: Translating your contracts and product docs\n\nThank you for your email. I'm out of the office until Monday 26 October with no access to email. For anything urgent please contact legal@harrowgate-pharma.co.uk.\n\nKind regards,\nEmma Blake",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: I'm away at the Ploughing Championships all week and won't be checking mail. Back Monday. If it's about cattle ring Seán on 086 302 1177.\n\nMichael Daly",
    ),
    C(
        "en",
        "out_of_office",
        "Thanks for your email. I'm on annual leave, returning 3 November. If it's urgent, please call the office on 0161 496 0023.\n\nRebecca Shaw | HR Business Partner | Ardwick Logistics",
    ),
    C(
        "en",
        "out_of_office",
        "Dear Sender,\n\nI am on leave for Diwali from 6th to 12th November with limited access to email. For urgent shipments kindly contact ops@mehtaexim.com or call +91 22 4012 7788.\n\nRegards,\nKunal Mehta",
        sent="2026-11-06",
    ),
    C(
        "en",
        "out_of_office",
        "I am out of the office with limited access to email. I will respond as soon as I can.\n\nDr Fiona Gallagher\nPractice Principal, Harbour Dental, Cobh\n\n\nOn 12 Oct 2026, at 09:30, Oliver Grant <oliver.grant@paperlane.co.uk> wrote:\n\n> Hello,\n>\n> Paperlane scans, indexes and stores your paper records (patient files, deeds, HR files, drawings) with OCR and secure cloud retrieval, GDPR compliant.\n>\n> We'll digitise one pilot box for free so you can see the result. Could we book 30 minutes to talk it through?\n>\n> Kind regards,\n> Oliver Grant\n> Solutions Consultant, Paperlane Digitisation\n>\n> To stop receiving these emails, reply STOP.",
    ),
    C(
        "en",
        "out_of_office",
        "Out of office: travelling in Asia until 30 October, replies will be delayed. For urgent matters please contact my assistant Grace Ho at grace.ho@wongholdings.hk.\n\nAlbert Wong",
    ),
    C(
        "en",
        "out_of_office",
        "Hi there! I'm OOO for Thanksgiving week and will get back to you when I'm back on the 30th. Happy holidays! 🦃\n\nKelsey | Blue Ridge Outfitters",
        sent="2026-11-24",
    ),
    C(
        "en",
        "out_of_office",
        "Kia ora, I'm on leave until Monday 2 November. For anything urgent please call the practice on 07 838 1100.\n\nNgā mihi,\nAnna Te Whata\nPractice Manager, Frankton Health Centre",
    ),
]

# --------------------------------------------------------------------------- other (12 fr, 13 en)

OTHER = [
    C(
        "fr",
        "other",
        T(
            "Qui vous a donné mon adresse ?",
            "verb1",
            "iphone_fr",
            "2026-10-12",
            "Gaëlle Simon <gaelle.simon@simon-avocats.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Vos mails arrivent dans mes spams, je viens de voir celui-ci par hasard. Envoyez plutôt sur gaec.lessaulnes@orange.fr, l'autre adresse je la regarde jamais.",
            "agri2",
            "gmail_fr",
            "2026-10-11",
            "Les Saulnes <lessaulnes.gaec@gmail.com>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Bien reçu, merci.",
            "vita1",
            "outlook_fr",
            "2026-10-12",
            "Nathalie Roux <n.roux@roux-traiteur.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Le lien vers votre grille tarifaire mène à une page d'erreur 404, pour info.",
            "boreal2",
            "gmail_fr",
            "2026-10-12",
            "Abdoulaye Diop <a.diop@dioplogistique.sn>",
        ),
    ),
    C(
        "fr",
        "other",
        "Votre demande a bien été enregistrée sous le numéro #INC-48213.\n\nUn agent du support informatique la prendra en charge dans les meilleurs délais. Merci de ne pas répondre à ce message et de rappeler ce numéro dans toute correspondance.\n\nService Desk – Groupe Hospitalier Loire-Océan",
    ),
    C(
        "fr",
        "other",
        "Accusé de lecture\n\nVotre message\n\nÀ : Laurent Dubois\nObjet : Castelmont Croissance III – closing final, allocation family offices\nEnvoyé : mercredi 7 octobre 2026 09:12\n\na été lu le mercredi 7 octobre 2026 18:41.",
    ),
    C(
        "fr",
        "other",
        T(
            "Merci de retirer ma collègue Sophie de la copie, elle a changé de service. Moi je garde le fil, je reviens vers vous quand j'aurai lu.",
            "verb2",
            "outlook_fr",
            "2026-10-13",
            "Karine Lopez <k.lopez@lopez-industries.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Bonjour, je ne reçois plus votre infolettre depuis septembre, est-ce normal? J'étais abonné et je la lisais.\n\nSimon",
            "vita1",
            "outlook_qc",
            "2026-10-12",
            "Simon Ouellet <souellet@ouelletarchitectes.ca>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "C'est quoi ça ? C'est une arnaque ou bien ? Mon neveu m'a dit de me méfier des mails de transitaires.",
            "boreal1",
            "android_fr",
            "2026-10-08",
            "Ablaye Gueye <ablaye.gueye@yahoo.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Bonjour, j'ai cliqué sur « se désabonner » par erreur sur votre précédent mail. Pouvez-vous me réinscrire ? Merci",
            "arch2",
            "gmail_fr",
            "2026-10-13",
            "Cécile Hamon <cecile.hamon@hamon-geometre.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Votre collègue est passé hier à la ferme, on a tout vu avec lui, c'est en cours. Merci.",
            "agri1",
            "iphone_fr",
            "2026-10-09",
            "Bernard Lafon <b.lafon@orange.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "« Madame, Monsieur »... à un family office que vous avez reçu deux fois à Genève. Votre CRM mérite un audit, cher Édouard.\n\nA. de Meuron",
            "cast2",
            "apple_fr",
            "2026-10-13",
            "Antoine de Meuron <adm@demeuron-fo.ch>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Is this an AI-generated email?",
            "clear1",
            "gmail_en",
            "2026-10-12",
            "Ruth Ellis <ruth@ellisarchitects.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Your emails are going straight to my junk folder btw, just FYI. Found this one by accident.",
            "field2",
            "gmail_en",
            "2026-10-12",
            "Colm Doherty <colm@dohertyagri.ie>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Please remove Jenny from cc, she's moved to the Leeds site. I'm still your contact for this.\n\nMark",
            "stride2",
            "outlook_en",
            "2026-10-13",
            "Mark Sutton <mark.sutton@suttonplastics.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        "Thank you for contacting Sunrise Exports. Your query has been logged with reference SR-20931. Our team will respond within 48 working hours.\n\nThis is a system-generated mail, please do not reply.",
    ),
    C(
        "en",
        "other",
        "Read: Digitising your paper records - free pilot box\n\nYour message\n\nTo: Practice Manager\nSubject: Digitising your paper records - free pilot box\nSent: 08/10/2026 09:30\n\nwas read on 08/10/2026 14:02.",
    ),
    C(
        "en",
        "other",
        T(
            "Harriet, you've sent this to my personal address. Please use d.okafor@okaforholdings.com for anything fund-related.",
            "casten1",
            "apple_en",
            "2026-10-07",
            "David Okafor <davidokafor@gmail.com>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Thanks.",
            "clear2",
            "outlook_en",
            "2026-10-13",
            "Peter Hayes <p.hayes@hayesengineering.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "I unsubscribed from your newsletter last year but I'd actually like the blog posts again - can you put me back on?",
            "stride1",
            "gmail_us",
            "2026-10-12",
            "Amber Collins <amber@collinsdesignco.com>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Why is there a photo of a Welsh farm in an email to a dairy in the Waikato? lol",
            "field1",
            "gmail_en",
            "2026-10-11",
            "Jo McIntyre <jo@mcintyredairy.co.nz>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Our IT flagged this as an external sender with a failed check. Can you confirm this is genuinely from Meridian before I click anything?\n\nLeanne",
            "merid2",
            "outlook_en",
            "2026-10-12",
            "Leanne Cross <leanne.cross@crosshomewares.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Noted.",
            "paper1",
            "outlook_en",
            "2026-10-09",
            "Admin <admin@sharmaclinic.in>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Congrats on Fund II's numbers, saw the FT piece last week.\n\nTom",
            "casten2",
            "gmail_en",
            "2026-10-13",
            "Tom Aldridge <tom@aldridgefo.com>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Did you send this to everyone at our company? Five of us got it in the last hour, it's become a running joke in the group chat.",
            "stride1",
            "outlook_us",
            "2026-10-12",
            "Kyle Martin <kmartin@prairiecreditunion.ca>",
        ),
    ),
]

# --------------------------------------------------------------------------- the split, in a fixed shuffled order

CASES: list[dict[str, Any]] = [
    *MEETING,
    *INTERESTED,
    *INFORMATION,
    *QUOTE,
    *NOT_INTERESTED,
    *NOT_NOW,
    *REFERRAL,
    *UNSUBSCRIBE,
    *OUT_OF_OFFICE,
    *OTHER,
]
random.Random(11).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout11", CASES, sys.argv)
