"""A twelfth held-out split, `heldout12`: 260 replies written on 2026-12-01 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/, bench/ nor
sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read common.py (whole),
/work/shared/INTELLIGENCE.md (its intent section: the ten classes), rules R8 and R15 of /work/shared/BEHAVIOUR.md,
pyproject.toml's ruff settings, heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape,
how its senders and signatures are declared) and its main() (found by a grep for "def main" that printed only that
line), and the docstrings of heldout8.py, heldout9.py and heldout10.py (lines 1-45 each, for the senders and sectors
already used). A directory listing of eval/intents/ showed the other files' names, nothing of their content. No
classifier, no evaluation and no `relance` command was run while writing it. Measured once blind (2026-12-01, no LLM,
main at 380df50, the learnt model trained on cases.json): macro-F1 0.881, unsubscribe precision 0.917 (22/24: two
confidentiality disclaimers' "delete it from your system" read as opt-outs by a form added that morning), recall
0.880, 1.2 % to an LLM; rules alone 0.747 (6.2 %). Tuned on since: the disclaimer lines are no opt-out, the word the
sender's footer asks for ("non merci", "no thanks") said alone is one, and "I unsubscribed and I'm still getting
these" too (0.900 and 1.000 / 1.000 after, not blind). Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Géoflotte (Lyon, Liège) and Trackwise Telematics (Birmingham, Dublin, Brisbane), GPS fleet telematics (live
  location, idling and speeding alerts, driver scoring, mileage logs) with a free 30-day trial on 3 vehicles;
  Géoflotte's footer says "Répondez STOP", Trackwise's gives an unsubscribe link;
- Les Ormeaux Événements (Chantilly, Annecy, Bruges) and The Millhouse Venues (Manchester, Bristol, Galway), seminar
  and event venues offering a visit with lunch and a costed proposal; their footers say "répondez « non merci »" and
  "reply 'no thanks'";
- Textura Pro (Lille, Mons, Casablanca) and Ironthread Workwear (Sheffield, Johannesburg, Pune), workwear rental and
  laundering (hi-vis, PPE, food-safe and kitchen wear) with a free sizing day and a sample kit; footers: a GDPR
  notice with an rgpd@ address, and "Reply REMOVE";
- Vigie 3D (Bordeaux, Geneva, Dakar) and Kestrel Pest Management (Leeds, Cork, Perth WA), commercial pest control
  with a free site inspection; footers: an unsubscribe link, and "Reply STOP";
- Créditis Recouvrement (Strasbourg, Luxembourg, Montréal) and Northbank Collections (Glasgow, Toronto, Cape Town),
  B2B debt recovery on a no-recovery-no-fee basis with a free review of the aged balance; footers: "répondez
  « désinscription »", and a UK GDPR / PECR / CASL notice ("reply UNSUBSCRIBE or write to privacy@");
- Cardiosûr (Rennes, Brussels, Québec) and Pulsewise (Bristol, Vancouver, Adelaide), defibrillators leased or sold
  and maintained, with first-aid / CPR training and a free on-site assessment; footers: "répondez « retirer »", and
  an unsubscribe link.
The prospects are plumbers, couriers, hauliers, ambulance and bus operators, landscapers, accountants, software
firms and law firms planning offsites, restaurants, bakeries, biscuit and meat plants, canneries, wineries, grain
and produce warehouses, mines and forges, EHPAD and dental practices, schools, gyms, mairies and communes, and
co-operatives in France, Belgium, Switzerland, Québec, Luxembourg, Morocco, Senegal, the UK, Ireland, the US, Canada,
Australia, India and South Africa: 130 replies in French and 130 in English (`lang` is the language of the prospect's
new text, which is sometimes not the thread's). Written as people write: typos, missing accents, SMS style,
one-liners above Outlook / Gmail / Apple Mail / Android threads whose quoted part carries words of other classes
(rendez-vous, devis, STOP, désinscription, unsubscribe, meeting, quote), inline answers inside the quote, mixed
signals, sarcasm, polite declines, opt-outs by the footer's own word ("STOP", "non merci", "retirer", "REMOVE", "no
thanks"), by law (RGPD art. 21, POPIA, CASL / LCAP) or by complaint, and look-alikes that are not opt-outs ("non
merci" / "no thanks" to a sender whose footer asks for another word, "we'll pass", a GDPR access request, "take Jenny
off the cc", "your mails land in spam", "use my new address", "why did your emails stop"), autoresponders with and
without return dates and stand-ins, automatic "no longer with us" notices, ticket acknowledgements, read receipts, a
calendar acceptance and a delivery failure, signatures with titles, phones and disclaimers, "Envoyé de mon iPhone".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; its author's copy here said the same.)
Applied to these senders' offers: accepting the free 30-day trial, the free aged-balance review or the sample kit
is `interested`; accepting or asking for the on-site inspection, assessment or diagnostic, or a venue visit, is
`meeting_request` (a site survey or viewing). A GDPR access request ("where did you get my data", art. 15) is not an
objection and is `other`; an art. 21 objection is `unsubscribe`. A human "I'm on holiday, try me in a fortnight" is
not an automatic notice and is `not_now`.

`python heldout12.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout12-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on, or None, language of the email)

_GEO = "Bastien Morel <b.morel@geoflotte.fr>"
_GEO_SIG = (
    "Bien à vous,\n\nBastien Morel\nConseiller flottes – Géoflotte\nLyon · Liège\n04 72 91 36 58\n\n"
    "Répondez STOP pour ne plus recevoir nos e-mails."
)
_TRACK = "Gemma Hollis <gemma.hollis@trackwise.io>"
_TRACK_SIG = (
    "Cheers,\nGemma\n\nGemma Hollis | Fleet Solutions Executive | Trackwise Telematics\n"
    "Birmingham · Dublin · Brisbane | +44 121 496 0718\n\n"
    "Trackwise Telematics Ltd, Unit 4 Aston Science Park, Birmingham B7 4BP. "
    "Manage your preferences or unsubscribe: trackwise.io/email-preferences"
)
_ORM = "Pauline Garnier <pauline.garnier@ormeaux-evenements.fr>"
_ORM_SIG = (
    "Au plaisir de vous accueillir,\n\nPauline Garnier\nResponsable commerciale séminaires\n"
    "Les Ormeaux Événements – Chantilly · Annecy · Bruges\n03 44 58 27 10\n\n"
    "Pour ne plus recevoir nos offres, répondez simplement « non merci »."
)
_MILL = "Ciarán Doyle <ciaran.doyle@millhousevenues.com>"
_MILL_SIG = (
    "All the best,\nCiarán\n\nCiarán Doyle\nEvents Sales Manager, The Millhouse Venues\nManchester · Bristol · Galway\n"
    "+44 161 850 3394\n\nNot planning any events? Reply 'no thanks' and we'll leave you be."
)
_TEXT = "Yasmine Cherkaoui <y.cherkaoui@textura-pro.com>"
_TEXT_SIG = (
    "Bien à vous,\nYasmine Cherkaoui\nChargée d'affaires – Textura Pro\nLille · Mons · Casablanca\n03 20 47 18 62\n\n"
    "Textura Pro SAS traite vos coordonnées professionnelles sur la base de son intérêt légitime. Conformément au "
    "RGPD, vous pouvez exercer vos droits d'accès, de rectification et d'opposition en écrivant à "
    "rgpd@textura-pro.com."
)
_IRON = "Darren Pike <darren.pike@ironthread.co.uk>"
_IRON_SIG = (
    "Regards,\nDarren Pike\nArea Sales Manager | Ironthread Workwear\nSheffield · Johannesburg · Pune\n"
    "+44 114 269 5530\n\nReply REMOVE to be taken off our mailing list."
)
_VIGIE = "Romain Lacoste <r.lacoste@vigie3d.fr>"
_VIGIE_SIG = (
    "Cordialement,\nRomain Lacoste\nResponsable commercial – Vigie 3D\nBordeaux · Genève · Dakar\n05 56 31 72 08\n\n"
    "Se désabonner : vigie3d.fr/desabonnement"
)
_KEST = "Natalie Shaw <natalie.shaw@kestrelpest.com>"
_KEST_SIG = (
    "Best regards,\nNatalie Shaw\nBusiness Development Manager | Kestrel Pest Management\nLeeds · Cork · Perth WA\n"
    "+44 113 320 4471\n\nReply STOP to opt out of future emails."
)
_CRED = "Mathieu Schaller <m.schaller@creditis-recouvrement.fr>"
_CRED_SIG = (
    "Cordialement,\n\nMathieu Schaller\nDirecteur du développement – Créditis Recouvrement\n"
    "Strasbourg · Luxembourg · Montréal\n03 88 14 60 27\n\n"
    "Pour ne plus être contacté(e), répondez « désinscription »."
)
_NORTH = "Fiona Mackay <fiona.mackay@northbankcollections.com>"
_NORTH_SIG = (
    "Kind regards,\nFiona Mackay\nSenior Client Partner – Northbank Collections Ltd\nGlasgow · Toronto · Cape Town\n"
    "+44 141 496 0832\n\nThis message is sent in compliance with UK GDPR / PECR and Canada's Anti-Spam Legislation "
    "(CASL). You may withdraw your consent at any time by replying UNSUBSCRIBE or writing to "
    "privacy@northbankcollections.com. Northbank Collections Ltd, 22 Bothwell Street, Glasgow G2 6NU."
)
_CARDIO = "Anne-Sophie Le Goff <as.legoff@cardiosur.fr>"
_CARDIO_SIG = (
    "Bien cordialement,\nAnne-Sophie Le Goff\nConseillère prévention – Cardiosûr\nRennes · Bruxelles · Québec\n"
    "02 99 84 31 56\n\nVous ne souhaitez plus recevoir nos e-mails ? Répondez « retirer » et nous vous supprimerons "
    "de notre fichier."
)
_PULSE = "Owen Richards <owen@pulsewise.co>"
_PULSE_SIG = (
    "Warm regards,\nOwen Richards\nWorkplace Safety Consultant, Pulsewise\nBristol · Vancouver · Adelaide\n"
    "+44 117 325 0990\n\nPulsewise Ltd, 14 Temple Quay, Bristol BS1 6DZ. Unsubscribe: pulsewise.co/unsubscribe"
)

_MAILS: dict[str, tuple[str, str, str, str | None, str]] = {
    "GEO1": (
        _GEO,
        "Vos véhicules, en temps réel – 30 jours d'essai offerts",
        "{hi}\n\nJe me permets de vous écrire car vos véhicules sillonnent sans doute la région tous les jours. "
        "Géoflotte installe en 20 minutes un boîtier GPS par véhicule : position en temps réel, historique des "
        "tournées, alertes de vitesse et de ralenti moteur, feuilles de temps automatiques pour vos techniciens.\n\n"
        "Nos clients (artisans, ambulanciers, transporteurs frigorifiques) réduisent en moyenne leur carburant de "
        "11 % dès le deuxième mois.\n\nJe vous propose 30 jours d'essai gratuit sur 3 véhicules, sans engagement. "
        "Un rendez-vous de 15 minutes en visio suffit pour caler l'installation ; si vous préférez un devis tout de "
        "suite, dites-moi simplement combien de véhicules vous avez.\n\n" + _GEO_SIG,
        None,
        "fr",
    ),
    "GEO2": (
        _GEO,
        "Re: Vos véhicules, en temps réel – 30 jours d'essai offerts",
        "{hi}\n\nJe reviens vers vous au sujet de l'essai gratuit de 30 jours. Il nous reste quelques créneaux "
        "d'installation ce mois-ci. Si ce n'est pas le bon moment, je peux vous recontacter plus tard – ou vous "
        "retirer de mes envois, il suffit de me le dire.\n\n" + _GEO_SIG,
        "GEO1",
        "fr",
    ),
    "TW1": (
        _TRACK,
        "Where are your vans right now?",
        "{hi}\n\nQuick one: do you know where every vehicle in your fleet is right now, and how long each engine "
        "idled yesterday?\n\nTrackwise fits a small tracker in each vehicle (about 20 minutes, no downtime) and "
        "gives you live location, driver scoring, idling and speeding alerts, and automatic mileage logs for "
        "HMRC / Revenue / ATO. Customers with 10+ vans typically save 8-12% on fuel.\n\nWe're offering a free "
        "30-day trial on up to 3 vehicles. Happy to jump on a 15-minute call, or send a quote if you tell me your "
        "fleet size.\n\n" + _TRACK_SIG,
        None,
        "en",
    ),
    "TW2": (
        _TRACK,
        "Re: Where are your vans right now?",
        "{hi}\n\nFollowing up on my note about a free 30-day Trackwise trial. If fleet tracking isn't on your "
        "radar, no worries – just let me know and I'll close the loop.\n\n" + _TRACK_SIG,
        "TW1",
        "en",
    ),
    "ORM1": (
        _ORM,
        "Votre prochain séminaire au vert",
        "{hi}\n\nVous préparez peut-être déjà votre séminaire, votre convention ou votre soirée de fin d'année. Nos "
        "trois domaines (Chantilly, Annecy, Bruges) accueillent de 15 à 300 personnes : salles plénières "
        "lumineuses, 80 chambres, chef sur place, activités de cohésion (rallye, escape game, atelier "
        "œnologie).\n\nJe vous invite à venir visiter le domaine de votre choix avec un collègue, déjeuner offert. "
        "Je peux aussi vous envoyer notre brochure et une proposition chiffrée si vous avez déjà une date et un "
        "nombre de participants.\n\n" + _ORM_SIG,
        None,
        "fr",
    ),
    "ORM2": (
        _ORM,
        "RE: Votre prochain séminaire au vert",
        "{hi}\n\nPetite relance : nos dates de printemps partent vite (il nous reste deux semaines en mai). "
        "Souhaitez-vous que je vous bloque une option sans engagement, ou préférez-vous d'abord une visite sur "
        "place ?\n\n" + _ORM_SIG,
        "ORM1",
        "fr",
    ),
    "MH1": (
        _MILL,
        "Your next offsite – lunch is on us",
        "{hi}\n\nIf there's an offsite, board away-day or Christmas party on your list, I'd love to show you The "
        "Millhouse. Our three converted mills (Manchester, Bristol, Galway) host 20 to 250 guests, with breakout "
        "rooms, on-site chefs, bedrooms and team activities from kayaking to whiskey tasting.\n\nCome for a look "
        "round with a colleague and we'll buy lunch. If you already have dates and numbers, I can send a proposal "
        "within 24 hours.\n\n" + _MILL_SIG,
        None,
        "en",
    ),
    "MH2": (
        _MILL,
        "Re: Your next offsite – lunch is on us",
        "{hi}\n\nJust bumping this up – we've had a couple of cancellations, so there's some flexibility on rates "
        "if you're planning anything soon. Shall I pencil in a visit?\n\n" + _MILL_SIG,
        "MH1",
        "en",
    ),
    "TX1": (
        _TEXT,
        "Vêtements de travail : loués, lavés, réparés, livrés",
        "{hi}\n\nChez Textura Pro, nous louons et entretenons les vêtements de travail de vos équipes : tenues haute "
        "visibilité, EPI, blouses et vestes agroalimentaires, tenues de cuisine. Chaque pièce est marquée au nom du "
        "salarié, lavée selon la méthode RABC, réparée ou remplacée si besoin, puis livrée chaque semaine en "
        "casier.\n\nFini les tenues lavées à la maison et les tailles introuvables. Nous proposons une journée "
        "d'essayage gratuite sur votre site pour 10 salariés, et un devis au porteur (prix par personne et par "
        "semaine).\n\nEst-ce un sujet chez vous ?\n\n" + _TEXT_SIG,
        None,
        "fr",
    ),
    "TX2": (
        _TEXT,
        "RE: Vêtements de travail : loués, lavés, réparés, livrés",
        "{hi}\n\nJe me permets de vous relancer : seriez-vous disponible pour un court rendez-vous téléphonique la "
        "semaine prochaine ? Je peux aussi vous faire déposer un kit d'échantillons, sans engagement.\n\n" + _TEXT_SIG,
        "TX1",
        "fr",
    ),
    "IT1": (
        _IRON,
        "Hi-vis, FR coveralls and chef whites – rented and laundered",
        "{hi}\n\nIronthread rents, launders, repairs and replaces workwear for manufacturing, food, logistics and "
        "hospitality teams: hi-vis, flame-retardant coveralls, food-safe tunics, chef whites. Each garment is "
        "tagged to the wearer and comes back clean every week.\n\nWe'd be glad to run a free sizing day at your "
        "site for up to 10 staff, and price it per wearer per week.\n\nWorth a conversation?\n\n" + _IRON_SIG,
        None,
        "en",
    ),
    "IT2": (
        _IRON,
        "RE: Hi-vis, FR coveralls and chef whites – rented and laundered",
        "{hi}\n\nCircling back on the free sizing day. I can also post you a sample pack if that's easier than a "
        "meeting.\n\n" + _IRON_SIG,
        "IT1",
        "en",
    ),
    "VG1": (
        _VIGIE,
        "Contrat 3D : une inspection gratuite avant votre prochain contrôle",
        "{hi}\n\nRongeurs, blattes, mouches, nids de frelons : un seul signalement lors d'un contrôle sanitaire peut "
        "coûter une fermeture administrative. Vigie 3D assure la dératisation, la désinsectisation et la "
        "désinfection des restaurants, entrepôts, sites agroalimentaires et copropriétés, avec un registre de "
        "traçabilité conforme HACCP et des passages programmés.\n\nNous proposons une inspection gratuite de votre "
        "site par un technicien certifié, suivie d'un rapport et d'un devis annuel.\n\nQuand pourrions-nous "
        "passer ?\n\n" + _VIGIE_SIG,
        None,
        "fr",
    ),
    "VG2": (
        _VIGIE,
        "Re: Contrat 3D : une inspection gratuite avant votre prochain contrôle",
        "{hi}\n\nJe reviens vers vous pour l'inspection gratuite. Nos techniciens sont dans votre secteur la semaine "
        "prochaine ; un créneau de 30 minutes suffit.\n\n" + _VIGIE_SIG,
        "VG1",
        "fr",
    ),
    "KS1": (
        _KEST,
        "Free pest inspection before your next audit",
        "{hi}\n\nA single mouse dropping in a BRC or EHO audit can cost you a grade – or a closure. Kestrel Pest "
        "Management looks after restaurants, warehouses, food plants and care homes with scheduled visits, digital "
        "bait-station monitoring and audit-ready reports.\n\nWe offer a free site inspection by a certified "
        "technician, with a written report and a fixed annual price.\n\nWould next week work?\n\n" + _KEST_SIG,
        None,
        "en",
    ),
    "KS2": (
        _KEST,
        "Re: Free pest inspection before your next audit",
        "{hi}\n\nJust following up on the free inspection. Our technician is in your area on Thursday – happy to "
        "fit you in.\n\n" + _KEST_SIG,
        "KS1",
        "en",
    ),
    "CR1": (
        _CRED,
        "Vos factures impayées de plus de 60 jours",
        "{hi}\n\nLes retards de paiement pèsent lourd dans la trésorerie des PME. Créditis Recouvrement prend en "
        "charge vos créances clients de 300 € à 500 000 €, en France et à l'international : relances amiables, "
        "injonctions de payer, suivi jusqu'à l'encaissement.\n\nNotre rémunération est au résultat uniquement "
        "(aucun frais si nous ne recouvrons rien). Je vous propose une analyse gratuite de votre balance âgée : "
        "vous m'envoyez l'export, je vous dis ce qui est récupérable et à quel coût.\n\nUn échange de 20 minutes "
        "cette semaine ?\n\n" + _CRED_SIG,
        None,
        "fr",
    ),
    "CR2": (
        _CRED,
        "RE: Vos factures impayées de plus de 60 jours",
        "{hi}\n\nJe me permets de revenir vers vous : l'analyse gratuite de votre balance âgée tient toujours. Si "
        "ce n'est pas d'actualité, un simple mot me suffit.\n\n" + _CRED_SIG,
        "CR1",
        "fr",
    ),
    "NB1": (
        _NORTH,
        "Overdue invoices? No recovery, no fee",
        "{hi}\n\nLate payment is the quiet killer of small businesses. Northbank Collections recovers commercial "
        "debts from £500 / $500 upward, in 40+ countries: letter before action, negotiated payment plans, and "
        "litigation only if you approve it.\n\nWe work on a no-recovery, no-fee basis. I'd be happy to run a free "
        "review of your aged debtors: send me the report and I'll tell you what's recoverable and what it would "
        "cost.\n\nFancy a quick call this week?\n\n" + _NORTH_SIG,
        None,
        "en",
    ),
    "NB2": (
        _NORTH,
        "Re: Overdue invoices? No recovery, no fee",
        "{hi}\n\nA gentle nudge on the free aged-debt review. Old invoices have a way of getting written off for "
        "good at year end – happy to help before that happens.\n\n" + _NORTH_SIG,
        "NB1",
        "en",
    ),
    "CA1": (
        _CARDIO,
        "Un défibrillateur dans vos locaux : on s'occupe de tout",
        "{hi}\n\nDe nombreux établissements recevant du public doivent désormais être équipés d'un défibrillateur. "
        "Cardiosûr le loue, l'installe, le déclare dans la base nationale, change les électrodes et la batterie, et "
        "forme vos salariés aux gestes qui sauvent (initiation de 2 h ou formation SST).\n\nNous proposons un "
        "diagnostic gratuit sur place : emplacement, signalétique, nombre d'appareils nécessaires. Un rendez-vous "
        "de 30 minutes suffit.\n\n" + _CARDIO_SIG,
        None,
        "fr",
    ),
    "CA2": (
        _CARDIO,
        "Re: Un défibrillateur dans vos locaux : on s'occupe de tout",
        "{hi}\n\nJe vous relance au sujet du diagnostic gratuit. Je peux aussi vous envoyer notre grille tarifaire "
        "location / achat si vous préférez comparer avant de nous recevoir.\n\n" + _CARDIO_SIG,
        "CA1",
        "fr",
    ),
    "PW1": (
        _PULSE,
        "Is there a defibrillator within 3 minutes of your desk?",
        "{hi}\n\nWhen someone goes into cardiac arrest, every minute without a defibrillator cuts their chance of "
        "survival by about 10%. Pulsewise supplies, installs and maintains AEDs (pads, batteries, monthly "
        "self-test monitoring) and trains your staff in CPR and AED use.\n\nWe offer a free on-site assessment: "
        "where the AED should go, how many you need, and who to train. Lease or buy, we'll quote both.\n\nWould a "
        "20-minute visit work?\n\n" + _PULSE_SIG,
        None,
        "en",
    ),
    "PW2": (
        _PULSE,
        "Re: Is there a defibrillator within 3 minutes of your desk?",
        "{hi}\n\nFollowing up on the free AED assessment – our diary is filling up for the next few weeks. Happy to "
        "send a quote instead if you'd rather not have a visit.\n\n" + _PULSE_SIG,
        "PW1",
        "en",
    ),
}


def th(key: str, style: str, to: str, sent: str, hm: str | None = None, hi: str | None = None, gap: int = 6) -> str:
    """The sender's email `key` (and, for a follow-up, the first email under it) as the prospect's client quotes it."""
    frm, subj, body, parent, lang = _MAILS[key]
    hi = hi or ("Bonjour," if lang == "fr" else "Hi,")
    d = D(sent)
    hm = hm or f"{8 + d.day % 9:02d}:{(d.day * 7 + d.month * 11) % 60:02d}"
    text = body.format(hi=hi)
    if parent is not None:
        pfrm, psubj, pbody, _, _ = _MAILS[parent]
        text += block(style, pfrm, to, psubj, d - timedelta(days=gap), "08:52", pbody.format(hi=hi))
    return block(style, frm, to, subj, d, hm, text)


def R(
    lang: str,
    label: str,
    new: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    *,
    hm: str | None = None,
    hi: str | None = None,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply: the prospect's new text above the quoted thread."""
    return C(lang, label, new + th(key, style, to, sent, hm, hi), sent=sent, until=until, referral=referral)


def inline(thread: str, *answers: tuple[str, str]) -> str:
    """Answers typed inside the quote, each under the quoted line that contains its anchor."""
    lines = thread.split("\n")
    for anchor, answer in answers:
        i = next(n for n, ln in enumerate(lines) if anchor in ln)
        after = ["", answer] if i + 1 < len(lines) and lines[i + 1] == "" else ["", answer, ""]
        lines[i + 1 : i + 1] = after
    return "\n".join(lines)


_DISC_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs "
    "destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."
)
_DISC_EN = (
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you "
    "are not the intended recipient, please notify the sender immediately and delete it from your system."
)

# --------------------------------------------------------------------------- unsubscribe (13 fr, 12 en)

_UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "STOP\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy.",
        "GEO2",
        "android_fr",
        "Baudin Plomberie <contact@baudin-plomberie.fr>",
        "2026-03-11",
        hi="Bonjour Monsieur Baudin,",
    ),
    R(
        "fr",
        "unsubscribe",
        "Non merci.",
        "ORM1",
        "iphone_fr",
        "Hélène Marchal <h.marchal@cabinet-marchal-reims.fr>",
        "2026-01-27",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nMerci de ne plus m'écrire à cette adresse.\n\nCordialement\n\nSandrine Lafitte\nGérante – Le Comptoir "
        "des Chartrons\n33000 Bordeaux\n05 56 44 18 92",
        "VG1",
        "outlook_fr",
        "Le Comptoir des Chartrons <contact@comptoir-chartrons.fr>",
        "2026-05-19",
    ),
    R(
        "fr",
        "unsubscribe",
        "Je vous ai déjà demandé en septembre de me retirer de vos envois. C'est le troisième mail depuis. La "
        "prochaine fois c'est une plainte à la CNIL, je ne plaisante pas.\n\nT. Weiss",
        "CR2",
        "gmail_fr",
        "Thomas Weiss <thomas@weiss-ecommerce.fr>",
        "2026-11-10",
        hi="Bonjour Thomas,",
    ),
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nConformément à l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles à des "
        "fins de prospection commerciale. Je vous remercie de supprimer mes coordonnées de l'ensemble de vos fichiers "
        "et de m'en confirmer la suppression par retour.\n\nSalutations distinguées,\n\nBenoît Carpentier\nDirecteur "
        "juridique\nGroupe Lenfant Agroalimentaire\n12 rue de la Filature – 59160 Lomme\n\n" + _DISC_FR,
        "TX1",
        "outlook_fr",
        "Carpentier Benoît <b.carpentier@lenfant-agro.fr>",
        "2026-06-09",
        hi="Bonjour Monsieur Carpentier,",
    ),
    R(
        "fr",
        "unsubscribe",
        "Retirer svp",
        "CA2",
        "apple_fr",
        "Pharmacie des Halles <pharmacie.deshalles.vannes@orange.fr>",
        "2026-04-14",
    ),
    R(
        "fr",
        "unsubscribe",
        "On a déjà 2 défibrillateurs, vérifiés tous les ans par la société qui nous les a vendus. Et arrêtez de "
        "m'envoyer le même mail tous les 15 jours, merci.\n\nYann – Oxygène Fitness Saint-Malo",
        "CA1",
        "outlook_fr",
        "Oxygène Fitness <contact@oxygene-fitness-stmalo.fr>",
        "2026-09-01",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe n'ai jamais consenti à recevoir vos courriels. En vertu de la Loi canadienne anti-pourriel, "
        "veuillez retirer mon adresse de votre liste d'envoi.\n\nMerci,\n\nMarc-André Tremblay\nVice-président "
        "finances\nMatériaux Laurentides inc.\n819 555-0142, poste 213",
        "CR1",
        "outlook_qc",
        "Marc-André Tremblay <matremblay@materiauxlaurentides.ca>",
        "2026-02-17",
        hm="10:12",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\nsvp enlevez nous de votre base de données.\nMerci\n\nNadia Benkirane\nAssistante de direction\n"
        "SOMACOF SARL – Zone industrielle Aïn Sebaâ, Casablanca\nTél : +212 5 22 35 61 04",
        "TX1",
        "owa_fr",
        "Direction SOMACOF <direction@somacof.ma>",
        "2026-07-06",
    ),
    R(
        "fr",
        "unsubscribe",
        "Désinscrivez-moi. 3 mails en 10 jours, faut se calmer.",
        "GEO2",
        "gmail_fr",
        "Transports Dewael <info@transports-dewael.be>",
        "2026-10-20",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour Monsieur,\n\nNous ne souhaitons plus être sollicités par votre société, ni par courriel ni par "
        "téléphone. Je vous remercie d'en prendre note.\n\nMeilleures salutations\n\nCorinne Favre\nDirection\n"
        "Hôtel-Restaurant du Lac – 1260 Nyon\n+41 22 361 44 70",
        "VG2",
        "outlook_fr",
        "Corinne Favre <direction@hoteldulac-nyon.ch>",
        "2026-08-18",
        hi="Bonjour Madame Favre,",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour, je ne suis pas preneur. Veuillez rayer mon adresse de votre fichier s'il vous plaît.\nCdt\nO. Sarr",
        "VG1",
        "android_fr",
        "Ousmane Sarr <o.sarr@sahel-negoce.sn>",
        "2026-03-24",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe ne lis pas l'anglais et je n'ai rien demandé. Merci de ne plus m'envoyer vos courriels.\n\n"
        "Réjean Lapointe\nGarage Lapointe & Fils, Gatineau",
        "PW1",
        "outlook_qc",
        "Garage Lapointe <garagelapointe@videotron.ca>",
        "2026-05-05",
        hm="14:40",
    ),
    R(
        "en",
        "unsubscribe",
        "STOP\n\nSent from my iPhone",
        "KS2",
        "apple_en",
        "The Bean Loft <hello@thebeanloft-york.co.uk>",
        "2026-02-12",
    ),
    R(
        "en",
        "unsubscribe",
        "no thanks",
        "MH2",
        "gmail_en",
        "Marcus Tate <marcus@tateandcodesign.co.uk>",
        "2026-03-03",
        hi="Hi Marcus,",
    ),
    R(
        "en",
        "unsubscribe",
        "REMOVE\n\nSteve Hollins\nWorks Manager\nDon Valley Fabrications Ltd\nT: 0114 243 7719 | M: 07700 900 418\n\n"
        + _DISC_EN,
        "IT1",
        "outlook_en",
        "Steve Hollins <s.hollins@donvalleyfab.co.uk>",
        "2026-05-27",
    ),
    R(
        "en",
        "unsubscribe",
        "take me off your list pls",
        "TW2",
        "gmail_en",
        "Declan Murray <declan@fastlanecouriers.ie>",
        "2026-09-08",
        hi="Hi Declan,",
    ),
    R(
        "en",
        "unsubscribe",
        "Hi Owen,\n\nI'd rather not get these emails, thanks. Please remove my address.\n\nRegards,\nAnnabel Crisp\n"
        "School Business Manager\nSt Aldhelm's C of E Primary School, Frome",
        "PW1",
        "outlook_en",
        "Bursar <bursar@staldhelms.somerset.sch.uk>",
        "2026-06-16",
    ),
    R(
        "en",
        "unsubscribe",
        "Stop emailing me. This is the fourth one since August and I've never replied to a single one of them.",
        "NB2",
        "orig_en",
        "Karen Lowe <karen.lowe@lowejoinery.co.uk>",
        "2026-10-27",
        hi="Hi Karen,",
    ),
    R(
        "en",
        "unsubscribe",
        "I have never consented to receive commercial electronic messages from your firm. Under CASL you need "
        "express or implied consent and you have neither. Remove this address immediately.\n\nD. Kowalczyk, P.Eng.\n"
        "Principal\nRideau Structural Engineering\nOttawa, ON",
        "NB1",
        "outlook_us",
        "Dan Kowalczyk <dkowalczyk@rideaustructural.ca>",
        "2026-04-07",
    ),
    R(
        "en",
        "unsubscribe",
        "Please remove us from your database – all of us, info@, accounts@ and myself. That's the sixth email from "
        "Kestrel this year.\n\nBreda O'Mahony\nO'Mahony Family Butchers, Mallow, Co. Cork",
        "KS1",
        "outlook_en",
        "Breda O'Mahony <breda@omahonybutchers.ie>",
        "2026-07-21",
    ),
    R(
        "en",
        "unsubscribe",
        "Good day,\n\nWe do not accept unsolicited email. In terms of POPIA, kindly delete our details from your "
        "systems and confirm once done.\n\nRegards\nJ. van der Merwe\nCompliance Officer\nKlipfontein Mining Supplies "
        "(Pty) Ltd\nTel: +27 11 796 3320\n\nThis e-mail is subject to the Klipfontein e-mail legal notice available "
        "at www.klipfonteinmining.co.za/legal",
        "IT2",
        "outlook_en",
        "Johan van der Merwe <compliance@klipfonteinmining.co.za>",
        "2026-08-04",
    ),
    R(
        "en",
        "unsubscribe",
        "Not interested, and please don't contact me again.\n\nRachel\n\nRachel Oduya | Office Manager\nHartley "
        "Brooke LLP Solicitors | Manchester",
        "MH1",
        "outlook_en",
        "Rachel Oduya <r.oduya@hartleybrooke.co.uk>",
        "2026-02-24",
    ),
    R(
        "en",
        "unsubscribe",
        "I unsubscribed through your link back in March and I'm STILL getting these. Sort it out please.\n\n"
        "Dr Gareth Price\nCathays Dental Care, Cardiff",
        "PW2",
        "gmail_en",
        "Gareth Price <gareth@cathaysdental.co.uk>",
        "2026-06-02",
    ),
    R(
        "en",
        "unsubscribe",
        "Kindly do not send such mails further.\n\nRegards,\nRavi Shankar\nFleet Manager\nSri Balaji Roadways, "
        "Chennai\nMob: +91 98410 23377",
        "TW1",
        "outlook_en",
        "Ravi Shankar <ravi.shankar@sribalajiroadways.in>",
        "2026-01-14",
    ),
]

# --------------------------------------------------------------------------- not_interested (15 fr, 15 en)

_NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "Non merci",
        "GEO1",
        "iphone_fr",
        "Paysages Rivet <paysages.rivet@wanadoo.fr>",
        "2026-02-03",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\nNous avons déjà un contrat avec un prestataire depuis 8 ans et nous en sommes très satisfaits.\n"
        "Bonne journée\n\nLaurent Dupuy\nChef de cuisine – Auberge du Moulin\nSaint-Émilion",
        "VG1",
        "outlook_fr",
        "Auberge du Moulin <reservation@aubergedumoulin-stemilion.fr>",
        "2026-04-21",
    ),
    R(
        "fr",
        "not_interested",
        "On lave nos tenues en interne, on a une lingerie sur place avec deux ASH, ça nous convient tres bien. Merci "
        "quand même\n\nMme Roussel\nEHPAD Les Glycines",
        "TX1",
        "gmail_fr",
        "EHPAD Les Glycines <direction.glycines@orange.fr>",
        "2026-03-10",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Pauline,\n\nNous sommes 4 dans l'agence, nos séminaires se font en général au bistrot d'en face 😄 "
        "Ce n'est pas pour nous, mais bonne continuation !\n\nJulie\nStudio Hublot – Nantes",
        "ORM1",
        "outlook_fr",
        "Julie Bernier <julie@studiohublot.fr>",
        "2026-01-13",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\nNos clients sont des collectivités : ils paient lentement, mais ils paient. Pas besoin de "
        "recouvrement chez nous.\nCordialement\n\nGilles Aubry\nGérant – BET Aubry VRD\nÉpinal",
        "CR1",
        "outlook_fr",
        "Gilles Aubry <g.aubry@bet-aubry.fr>",
        "2026-05-12",
    ),
    R(
        "fr",
        "not_interested",
        "Merci mais la derniere fois qu'on a mis des boitiers GPS dans les camions j'ai eu 2 demissions et un "
        "debrayage. Sans facon 😅",
        "GEO2",
        "android_fr",
        "Transports Cholley <exploitation@transports-cholley.fr>",
        "2026-06-23",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous avons déjà un défibrillateur dans le hall du gymnase, installé et entretenu par la "
        "commune. Pas de besoin de notre côté.\n\nSportivement,\nLe bureau de l'US Guichen Handball",
        "CA1",
        "gmail_fr",
        "US Guichen Handball <usguichen.hand@gmail.com>",
        "2026-03-31",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour M. Schaller,\n\nNon, ça ne nous intéresse pas. Nous gérons nos comptes à recevoir à l'interne avec "
        "l'aide de notre firme d'avocats.\n\nBonne journée,\n\nÉmilie Bouchard, CPA\nContrôleuse\nCoopérative "
        "agricole des Bois-Francs",
        "CR2",
        "outlook_qc",
        "Émilie Bouchard <ebouchard@coopboisfrancs.qc.ca>",
        "2026-09-15",
        hm="09:05",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nVotre brochure est superbe, mais le budget séminaire a tout simplement été supprimé avec le plan "
        "d'économies, et franchement je ne pense pas le revoir de sitôt.\n\nBien à vous,\nCaroline Mesnil\n"
        "Assistante RH – Cegelia Assurances",
        "ORM2",
        "outlook_fr",
        "Caroline Mesnil <caroline.mesnil@cegelia-assurances.fr>",
        "2026-04-28",
    ),
    R(
        "fr",
        "not_interested",
        "Ce n'est pas une priorité pour nous. Bonne continuation.\n\nEnvoyé de mon iPad",
        "TX2",
        "apple_fr",
        "Menuiserie Caron <contact@menuiserie-caron.fr>",
        "2026-10-13",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nOn a suivi la formation premiers secours avec la Croix-Rouge l'an dernier et l'asbl a reçu un "
        "DEA de la commune. On est couverts, merci.\n\nBàv,\nSophie Delvaux\nCoordinatrice – ASBL Les Petits Pas, "
        "Schaerbeek",
        "CA1",
        "outlook_fr",
        "Sophie Delvaux <coordination@lespetitspas.be>",
        "2026-11-03",
    ),
    R(
        "fr",
        "not_interested",
        "jamais vu une souris en 30 ans de métier, je vois pas pourquoi je paierais un contrat. bonne journée",
        "VG2",
        "gmail_fr",
        "Boulangerie Lartigue <boulangerie.lartigue@gmail.com>",
        "2026-07-28",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Monsieur Schaller,\n\nMerci encore pour l'échange de la semaine dernière. Après réflexion avec notre "
        "gérant, nous ne donnerons pas suite.\n\nBien cordialement,\n\nSophie Weber\nResponsable comptable\nMenuiserie "
        "Schmit S.à r.l. – Esch-sur-Alzette",
        "CR2",
        "outlook_fr",
        "Sophie Weber <s.weber@menuiserie-schmit.lu>",
        "2026-06-30",
        hi="Bonjour Madame Weber,",
    ),
    R(
        "fr",
        "not_interested",
        "non merci on a deja quelqu un",
        "VG1",
        "iphone_fr",
        "Le Bouchon Bordelais <lebouchonbordelais@free.fr>",
        "2026-09-29",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Madame,\nNous disposons de notre propre atelier de confection et de notre blanchisserie, votre "
        "offre ne nous concerne donc pas.\nCordialement\n\nYoussef El Idrissi\nResponsable logistique\nConserverie "
        "Atlantique – Agadir",
        "TX1",
        "outlook_fr",
        "Youssef El Idrissi <y.elidrissi@conserverie-atlantique.ma>",
        "2026-02-10",
    ),
    R(
        "en",
        "not_interested",
        "No thanks.\n\nSent from my iPhone",
        "TW1",
        "apple_en",
        "Phil Archer <phil@archerplumbing.co.uk>",
        "2026-04-02",
        hi="Hi Phil,",
    ),
    R(
        "en",
        "not_interested",
        "We're on Samsara, contract runs to 2028 and it does everything we need. Not switching.\n\nMike",
        "TW2",
        "outlook_en",
        "Mike Doherty <mike.doherty@dohertyhaulage.ie>",
        "2026-05-26",
    ),
    R(
        "en",
        "not_interested",
        "Ha – we're fully remote. No office, no offsites, no Christmas party (I know, I know). Not for us, but thanks "
        "for thinking of us!\n\nJess\nCo-founder, Quillstack",
        "MH1",
        "gmail_us",
        "Jess Moreno <jess@quillstack.io>",
        "2026-10-06",
    ),
    R(
        "en",
        "not_interested",
        "Thanks, but pest control is already covered under our FM contract.\n\nKind regards\nLiz Fenwick\nSite "
        "Administrator | Aire Valley Distribution Centre",
        "KS1",
        "outlook_en",
        "Liz Fenwick <liz.fenwick@airevalleydc.co.uk>",
        "2026-03-17",
    ),
    R(
        "en",
        "not_interested",
        "We've collected our own debts for 30 years and we're not about to start paying someone else to do it. "
        "Thanks all the same.\n\nG. Ritchie\nRitchie Agricultural Supplies, Perth",
        "NB1",
        "orig_en",
        "Graeme Ritchie <graeme@ritchieagri.co.uk>",
        "2026-01-20",
    ),
    R(
        "en",
        "not_interested",
        "No thanks – we've got two AEDs already and St John Ambulance does our first aid training.",
        "PW1",
        "gmail_en",
        "Tanya Hughes <tanya.hughes@severnsidelogistics.co.uk>",
        "2026-05-12",
    ),
    R(
        "en",
        "not_interested",
        "Tempting, but I think the lads would genuinely riot if they couldn't wear their own manky overalls. Cheers "
        "though.\n\nRuss",
        "IT2",
        "gmail_en",
        "Russ Kendall <russ@kendallengineering.co.uk>",
        "2026-09-22",
    ),
    R(
        "en",
        "not_interested",
        "Dear Sir,\nWe are already having our own uniform vendor since many years. Hence not required.\n\nThanks & "
        "Regards,\nSunil Deshpande\nHR & Admin\nVikas Auto Components Pvt. Ltd., Bhosari, Pune",
        "IT1",
        "outlook_en",
        "Sunil Deshpande <hr@vikasautocomponents.in>",
        "2026-07-14",
    ),
    R(
        "en",
        "not_interested",
        "Appreciate the persistence Fiona, but it's a no from us.",
        "NB2",
        "gmail_en",
        "Alan Petrie <alan@petrieprint.co.uk>",
        "2026-11-17",
    ),
    R(
        "en",
        "not_interested",
        "Not something we need.",
        "KS2",
        "apple_en",
        "Harrogate Tea Rooms <manager@harrogatetearooms.co.uk>",
        "2026-06-09",
    ),
    R(
        "en",
        "not_interested",
        "Nah we're right mate, the landlord sorts pest control for the whole centre.\n\nBrett\nBrett's Bait & "
        "Tackle, Rockingham",
        "KS1",
        "gmail_en",
        "Brett Nolan <brett@brettsbait.com.au>",
        "2026-08-25",
    ),
    R(
        "en",
        "not_interested",
        "We trialled trackers on the minibuses in 2024 and dropped them – the drivers hated it and the union got "
        "involved. Thanks anyway.\n\nSiobhán Kearney\nOperations, Kearney Coaches",
        "TW1",
        "outlook_en",
        "Siobhan Kearney <operations@kearneycoaches.ie>",
        "2026-02-18",
    ),
    R(
        "en",
        "not_interested",
        "Thank you for reaching out. We have confirmed another venue for all of our 2026 events and will not be "
        "needing your services.\n\nBest regards,\nDana Whitfield\nExecutive Assistant to the CEO\nLumera "
        "Therapeutics, Boston MA",
        "MH2",
        "outlook_us",
        "Dana Whitfield <dwhitfield@lumeratx.com>",
        "2026-03-10",
    ),
    R(
        "en",
        "not_interested",
        "Hi Fiona\n\nOur debtors book is insured with Coface and they handle collections for us. We won't be needing "
        "your services.\n\nRegards\nNadia Petersen\nFinancial Manager\nCape Fruit Packers (Pty) Ltd",
        "NB1",
        "outlook_en",
        "Nadia Petersen <nadia.p@capefruitpackers.co.za>",
        "2026-04-28",
    ),
    R(
        "en",
        "not_interested",
        "We'll pass, thanks.",
        "MH1",
        "outlook_en",
        "Oliver Fenn <oliver.fenn@fennandbarlow.co.uk>",
        "2026-09-15",
    ),
]

# --------------------------------------------------------------------------- meeting_request (15 fr, 15 en)

_MEETING = [
    R(
        "fr",
        "meeting_request",
        "Ok pour la visio. Jeudi 14h ça vous va ?\n\nDavid Brun\nBrun Chauffage Sanitaire",
        "GEO1",
        "gmail_fr",
        "David Brun <david@brun-chauffage.fr>",
        "2026-03-02",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Pauline,\n\nNous aimerions visiter le domaine de Chantilly avec ma collègue RH, idéalement le mardi "
        "17 ou le jeudi 19 mars. Le déjeuner offert tient toujours ? 😉\n\nBien cordialement,\n\nAgnès Moreau\n"
        "Assistante de direction\nCabinet Moreau & Associés – Expertise comptable\n60200 Compiègne\n03 44 86 12 50",
        "ORM1",
        "outlook_fr",
        "Agnès Moreau <a.moreau@moreau-associes.fr>",
        "2026-02-24",
        hi="Bonjour Madame Moreau,",
    ),
    R(
        "fr",
        "meeting_request",
        "Passez jeudi matin, on ouvre a 10h. Demandez Karim en cuisine",
        "VG2",
        "android_fr",
        "La Table de Karim <latabledekarim@gmail.com>",
        "2026-05-26",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nAvant de parler devis, je préfère qu'on se voie sur site : entre la salle de découpe à 4 °C et "
        "les vestiaires, nos contraintes sont particulières. Vous seriez dispo le 12 ou le 13 ?\n\nCdlt\n\nFrédéric "
        "Dufour\nResponsable QHSE\nSalaisons du Ternois – Saint-Pol-sur-Ternoise\n\n" + _DISC_FR,
        "TX2",
        "outlook_fr",
        "Frédéric Dufour <f.dufour@salaisons-ternois.fr>",
        "2026-11-03",
    ),
    R(
        "fr",
        "meeting_request",
        "Appelez-moi demain entre 8h et 9h au 06 84 21 70 35, j'ai un client qui me doit 27 000 € et qui ne répond "
        "plus depuis juillet.",
        "CR1",
        "gmail_fr",
        "Stéphane Keller <s.keller@keller-electricite.fr>",
        "2026-09-08",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nOK pour le diagnostic sur place, pour la mairie et la salle polyvalente. Le secrétariat est "
        "ouvert du lundi au vendredi de 9h à 12h ; le mieux serait un mardi matin.\n\nCordialement,\n\nMaryvonne "
        "Guillou\nSecrétaire générale\nMairie de Plélan-le-Grand\n02 99 06 81 41",
        "CA1",
        "outlook_fr",
        "Mairie de Plélan-le-Grand <mairie@plelan-le-grand.fr>",
        "2026-01-20",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nOn pourrait se parler par Teams la semaine prochaine? J'ai quelques comptes qui traînent aux "
        "États-Unis et honnêtement je ne sais plus quoi faire avec.\n\nMerci\n\nJulie Côté, CPA\nDirectrice "
        "financière\nLes Boiseries Rive-Sud inc.\n450 555-0187",
        "CR1",
        "outlook_qc",
        "Julie Côté <jcote@boiseriesrivesud.com>",
        "2026-10-06",
        hm="11:25",
    ),
    R(
        "fr",
        "meeting_request",
        "On verra pour le tarif plus tard, mais venez d'abord voir l'entrepôt, c'est un peu particulier (ancien chai "
        "en pierre, plein de recoins). Mardi ou mercredi aprem ?\n\nPierre-Yves\nCaves Bérard – négoce",
        "VG1",
        "gmail_fr",
        "Pierre-Yves Bérard <py.berard@caves-berard.fr>",
        "2026-10-27",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nPourriez-vous passer à notre dépôt de Bettembourg ? Nous avons 22 camions et je voudrais voir "
        "le boîtier en vrai avant de décider quoi que ce soit.\n\nMeilleures salutations,\n\nPatrick Hoffmann\n"
        "Gérant\nTransports Hoffmann S.à r.l.\nTél. +352 51 24 87",
        "GEO1",
        "outlook_fr",
        "Patrick Hoffmann <p.hoffmann@transports-hoffmann.lu>",
        "2026-04-15",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour M. Lacoste,\n\nNous sommes intéressés. Votre technicien peut-il passer à l'entrepôt de Rufisque "
        "lundi dans la matinée ?\n\nCordialement\n\nAminata Diop\nResponsable entrepôt\nSénégal Grains Distribution "
        "SA\n+221 77 645 12 08",
        "VG1",
        "gmail_fr",
        "Aminata Diop <a.diop@senegalgrains.sn>",
        "2026-02-17",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour, je vous réponds dans le texte.\n\nJérôme"
        + inline(
            th("GEO1", "outlook_fr", "Jérôme Rault <jerome.rault@rault-elec.fr>", "2026-05-05"),
            ("Un rendez-vous de 15 minutes en visio", "[JR] oui, mercredi 10h si possible."),
            ("vos véhicules sillonnent sans doute", "[JR] oui, 9 utilitaires, tous des Kangoo."),
        ),
        sent="2026-05-05",
    ),
    R(
        "fr",
        "meeting_request",
        "Pouvez-vous m'appeler au plus vite ? On a un séminaire de 120 personnes début juin et notre lieu vient "
        "d'annuler 😱\n06 33 48 90 12\nMerci !!",
        "ORM2",
        "iphone_fr",
        "Laura Benhamou <laura.benhamou@nexilis-conseil.fr>",
        "2026-03-17",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nPourriez-vous venir faire le diagnostic dans nos trois agences (Uccle, Ixelles et Wavre) ? Et "
        "combien coûterait la formation pour 12 personnes ?\n\nBien à vous,\nThibault Lejeune\nResponsable "
        "prévention\nImmo Lejeune & Partners",
        "CA2",
        "outlook_fr",
        "Thibault Lejeune <t.lejeune@immolejeune.be>",
        "2026-06-16",
    ),
    R(
        "fr",
        "meeting_request",
        "rappelez moi svp 06 72 15 48 90",
        "TX1",
        "android_fr",
        "Garage Mécanique Lenoir <garage.lenoir62@orange.fr>",
        "2026-01-29",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nPassez me voir à l'atelier vendredi matin, on regarde ça ensemble autour d'un café, je vous "
        "montrerai la liste des mauvais payeurs (elle est longue…). C'est au 12 rue du Travail à Schiltigheim.\n\n"
        "Marc Heitz\nHeitz Tôlerie Industrielle",
        "CR2",
        "outlook_fr",
        "Marc Heitz <marc.heitz@heitz-tolerie.fr>",
        "2026-03-24",
    ),
    R(
        "en",
        "meeting_request",
        "Sure, let's do the 15 min call. Tue 2pm?\n\nAdam",
        "TW1",
        "gmail_en",
        "Adam Cole <adam@colescaffolding.co.uk>",
        "2026-02-10",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Ciarán,\n\nWe'd love a look round the Bristol mill – could we come on the 24th? There'd be three of us. "
        "Is lunch still on the table (literally)?\n\nBest,\nHolly Pearce\nPeople & Culture Manager\nBrightlayer "
        "Software, Bath",
        "MH1",
        "outlook_en",
        "Holly Pearce <holly.pearce@brightlayer.co.uk>",
        "2026-09-09",
    ),
    R(
        "en",
        "meeting_request",
        "Yes please send the technician on Thursday. Ask for Gary at goods-in, he'll show them round.\n\nM. Shah\n"
        "Shah Wholesale Foods, Bradford",
        "KS2",
        "orig_en",
        "Mohammed Shah <m.shah@shahwholesale.co.uk>",
        "2026-11-10",
    ),
    R(
        "en",
        "meeting_request",
        "Give me a ring on 0161 496 0557 after 3pm. Got a client who owes us £48k and has gone very quiet.\n\n"
        "Tony Reilly\nMD, Reilly Groundworks Ltd",
        "NB1",
        "outlook_en",
        "Tony Reilly <tony@reillygroundworks.co.uk>",
        "2026-05-19",
    ),
    R(
        "en",
        "meeting_request",
        "Hi Owen,\n\nCould you come and do the assessment at our Burnaby warehouse? Any morning next week works, just "
        "give me a heads up the day before.\n\nThanks,\nTrevor Lam\nOperations Manager\nCoastline Distribution Ltd.\n"
        "604-555-0129",
        "PW1",
        "outlook_us",
        "Trevor Lam <tlam@coastlinedistribution.ca>",
        "2026-04-22",
    ),
    R(
        "en",
        "meeting_request",
        "Let's meet first, then we can talk numbers. I'm on site Mon–Wed most weeks.\n\nKaren Blake\nProduction "
        "Manager, Pennine Pies",
        "IT1",
        "gmail_en",
        "Karen Blake <karen.blake@penninepies.co.uk>",
        "2026-03-31",
    ),
    R(
        "en",
        "meeting_request",
        "Dear Mr. Pike,\n\nKindly visit our plant at Chakan MIDC on Monday at 11 AM for discussion. Please contact "
        "Mr. Patil (HR) at the main gate.\n\nRegards,\nAmit Joshi\nPlant Head\nDeccan Forgings Pvt. Ltd.\n"
        "+91 20 6731 4400",
        "IT1",
        "outlook_en",
        "Amit Joshi <amit.joshi@deccanforgings.co.in>",
        "2026-08-11",
    ),
    C(
        "en",
        "meeting_request",
        "See below."
        + inline(
            th("TW1", "gmail_en", "Neil Parr <neil@parrelectrical.co.uk>", "2026-06-17", hi="Hi Neil,"),
            ("Happy to jump on a 15-minute call", "Thursday, any time after 10 works.\n\nN"),
        ),
        sent="2026-06-17",
    ),
    C(
        "en",
        "meeting_request",
        "Accepted: Trackwise / Harlow Couriers – intro call\n\nWhen: Thursday, July 9, 2026 10:00 AM-10:15 AM "
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\nKieran Walsh has accepted "
        "this meeting.",
        sent="2026-07-07",
    ),
    R(
        "en",
        "meeting_request",
        "Can your bloke come out to the Welshpool depot this week? Rats in the roof again, they've chewed through the "
        "data cabling twice now.\n\nCheers\nDarren K\nWarehouse Supervisor – Goldfields Produce",
        "KS1",
        "gmail_en",
        "Darren Kelly <dkelly@goldfieldsproduce.com.au>",
        "2026-11-24",
    ),
    R(
        "en",
        "meeting_request",
        "Dear Mr Schaller,\n\nSorry, my French is not so good. Could we have a call in English or German? I am free "
        "Thursday afternoon. We have some open invoices in Belgium and France.\n\nBest regards\nJens Müller\nCFO\n"
        "Moselle Logistik S.A., Grevenmacher",
        "CR1",
        "outlook_fr",
        "Jens Müller <j.mueller@moselle-logistik.lu>",
        "2026-02-03",
    ),
    R(
        "en",
        "meeting_request",
        "Can you call me re a 2-day offsite for 60 in September? We can go through rates on the call. 087 912 "
        "4410\n\nSent from my iPhone",
        "MH2",
        "apple_en",
        "Aoife Brennan <aoife.brennan@westmedtech.ie>",
        "2026-03-31",
    ),
    R(
        "en",
        "meeting_request",
        "Before we go any further I'd want to see the unit in person – could you bring a demo one when you come? "
        "Friday 19th is good for us.\n\nPaula Grant\nHR Manager\nAvonmouth Cold Stores Ltd",
        "PW2",
        "outlook_en",
        "Paula Grant <p.grant@avonmouthcoldstores.co.uk>",
        "2026-06-09",
    ),
    R(
        "en",
        "meeting_request",
        "Grand, come Wednesday. Before 7 ideally, we open at half 7.\n\nDónal\nDunne's Bakery, Bandon",
        "KS2",
        "gmail_en",
        "Dunne's Bakery <info@dunnesbakery.ie>",
        "2026-10-13",
    ),
    R(
        "en",
        "meeting_request",
        "Do you handle collections in Ohio? If so let's talk – how's Friday 10am ET?\n\nRyan Kessler\nController, "
        "Buckeye Industrial Coatings\n(614) 555-0193",
        "NB1",
        "gmail_us",
        "Ryan Kessler <rkessler@buckeyecoatings.com>",
        "2026-07-28",
    ),
]

# --------------------------------------------------------------------------- information_request (14 fr, 14 en)

_INFORMATION = [
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce que les salariés peuvent désactiver le boîtier en dehors des heures de travail ? Nos "
        "délégués du personnel vont forcément poser la question (et la CNIL aussi j'imagine).\n\nCordialement\n\n"
        "Hervé Collin\nDirecteur d'exploitation\nAmbulances Collin – Vienne (38)",
        "GEO1",
        "outlook_fr",
        "Hervé Collin <h.collin@ambulances-collin.fr>",
        "2026-01-13",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, vous avez une salle accessible PMR à Annecy ? Et on peut venir en train (gare la plus proche, "
        "navette ?)\n\nMerci\nSonia",
        "ORM1",
        "gmail_fr",
        "Sonia Perret <sonia.perret@alpes-mutuelle.fr>",
        "2026-04-07",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nVos produits sont-ils compatibles avec une certification bio (Ecocert) ? Nous sommes une "
        "biscuiterie et notre auditeur est très pointilleux sur les biocides.\n\nMerci d'avance\n\nClaire Fabre\n"
        "Responsable qualité\nBiscuiterie des Landes – Mont-de-Marsan",
        "VG1",
        "outlook_fr",
        "Claire Fabre <qualite@biscuiterie-des-landes.fr>",
        "2026-06-02",
    ),
    R(
        "fr",
        "information_request",
        "Vous traitez aussi les tenues ATEX / antistatiques ? Et en cas de déchirure c'est quoi le délai de "
        "remplacement ?\n\nRégis Hénaut\nChef d'atelier – Chimicolor Douai",
        "TX1",
        "outlook_fr",
        "Régis Hénaut <r.henaut@chimicolor.fr>",
        "2026-09-15",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, votre commission c'est un pourcentage du montant recouvré ? Ca varie selon l'ancienneté de la "
        "créance ou c'est fixe ?",
        "CR1",
        "gmail_fr",
        "Nathalie Gross <n.gross@gross-imprimerie.fr>",
        "2026-02-10",
    ),
    R(
        "fr",
        "information_request",
        "Vous pouvez m'envoyer une doc sur vos appareils ? (marque, modèle, autonomie de la batterie)",
        "CA2",
        "iphone_fr",
        "Cabinet Kinésithérapie du Port <kine.duport@gmail.com>",
        "2026-07-07",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour Madame Le Goff,\n\nEst-ce que votre formation est reconnue par la CNESST pour les secouristes en "
        "milieu de travail? Sinon elle ne nous sert malheureusement à rien.\n\nCordialement,\n\nGuylaine Bergeron\n"
        "Conseillère SST\nUsinage Beauce inc., Saint-Georges",
        "CA1",
        "outlook_qc",
        "Guylaine Bergeron <gbergeron@usinagebeauce.com>",
        "2026-03-03",
        hm="13:50",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, vous livrez jusqu'a Tanger ou seulement sur Casa ?",
        "TX2",
        "android_fr",
        "Karim Bennani <k.bennani@tangerautoparts.ma>",
        "2026-05-11",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nVotre boîtier est-il compatible avec les tachygraphes intelligents de nos camions ? Et auriez-vous "
        "des références clients en Belgique que je pourrais contacter ?\n\nBien à vous,\n\nKoen Peeters\nFleet "
        "manager\nVanhove Transports SA – Herstal\n+32 4 240 18 75",
        "GEO2",
        "outlook_fr",
        "Koen Peeters <koen.peeters@vanhove-transports.be>",
        "2026-08-25",
    ),
    R(
        "fr",
        "information_request",
        "Intervenez-vous aussi dans le canton de Vaud (région de Morges) ?\n\nEnvoyé de mon iPad",
        "VG1",
        "apple_fr",
        "Fromagerie Jaquier <info@fromagerie-jaquier.ch>",
        "2026-05-05",
    ),
    R(
        "fr",
        "information_request",
        "Intéressant. Vous avez des clients en restauration collective que je pourrais appeler ?\n\nFranck Morin\n"
        "Directeur – Cuisine centrale Sud-Gironde",
        "VG2",
        "gmail_fr",
        "Franck Morin <f.morin@cc-sudgironde.fr>",
        "2026-11-17",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nVous intervenez aussi en Allemagne ? Une bonne partie de nos impayés sont chez des clients à "
        "Trèves et à Sarrebruck.\n\nCordialement,\nAnne Reding\nComptabilité – Reding Matériaux S.A., Wasserbillig",
        "CR1",
        "outlook_fr",
        "Anne Reding <a.reding@reding-materiaux.lu>",
        "2026-03-17",
    ),
    R(
        "fr",
        "information_request",
        "C'est quoi exactement l'atelier œnologie ? Ça dure combien de temps, et c'est animé par qui ?",
        "ORM1",
        "iphone_fr",
        "Mathilde Roche <mathilde.roche@batiroc-idf.fr>",
        "2026-06-23",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nQuelle est la différence entre la location et l'achat pour l'entretien ? Si l'appareil sert, qui "
        "remplace les électrodes et sous quel délai ?\n\nMerci\n\nLoïc Tanguy\nDirecteur\nCamping Les Dunes – Erquy",
        "CA2",
        "outlook_fr",
        "Camping Les Dunes <contact@camping-lesdunes-erquy.fr>",
        "2026-10-20",
    ),
    R(
        "en",
        "information_request",
        "Does it work off the E-Transits' built-in modems or do you need to fit a box regardless?\n\nChris Lyle\n"
        "Fleet & Facilities, Lyle Solar Installations",
        "TW1",
        "outlook_en",
        "Chris Lyle <chris.lyle@lylesolar.co.uk>",
        "2026-03-24",
    ),
    R(
        "en",
        "information_request",
        "Is the Manchester mill dog friendly? Half the team would want to bring theirs 🐶",
        "MH1",
        "gmail_en",
        "Becky Lund <becky@pawprintcreative.co.uk>",
        "2026-05-19",
    ),
    R(
        "en",
        "information_request",
        "Are your technicians BPCA members? Our BRC auditor insists on it.\n\nRegards\nJanet Oyelaran\nTechnical "
        "Manager | Calder Valley Bakeries",
        "KS1",
        "outlook_en",
        "Janet Oyelaran <j.oyelaran@caldervalleybakeries.co.uk>",
        "2026-01-27",
    ),
    R(
        "en",
        "information_request",
        "How does the no-fee thing work if the debtor pays us directly after your letter goes out? Do you still take "
        "a cut?",
        "NB1",
        "gmail_en",
        "Hamish Drummond <hamish@drummondtimber.co.uk>",
        "2026-08-18",
    ),
    R(
        "en",
        "information_request",
        "Which AED brand do you supply? It'd need to be TGA approved for us to even consider it.\n\nLeanne\nPractice "
        "Manager, Glenelg Family Medical",
        "PW1",
        "gmail_en",
        "Leanne Cho <practicemanager@glenelgfamilymedical.com.au>",
        "2026-02-24",
    ),
    R(
        "en",
        "information_request",
        "Do you do women's fit? Our last supplier only did men's sizes and the girls on the line were swimming in "
        "them.\n\nDebbie Rhodes\nHR Advisor, Northfield Meats",
        "IT2",
        "outlook_en",
        "Debbie Rhodes <debbie.rhodes@northfieldmeats.co.uk>",
        "2026-04-14",
    ),
    R(
        "en",
        "information_request",
        "Dear Sir,\n\nPlease share your company profile and list of clients in Maharashtra.\n\nRegards,\nPrakash "
        "Menon\nAdmin Manager\nSahyadri Food Processors Pvt. Ltd., Ranjangaon",
        "IT1",
        "outlook_en",
        "Prakash Menon <admin@sahyadrifoods.in>",
        "2026-11-24",
    ),
    R(
        "en",
        "information_request",
        "Hi Fiona\n\nAre you registered with the Council for Debt Collectors? We can only appoint registered "
        "agencies.\n\nKind regards\nSipho Dlamini\nCredit Controller\nBoland Building Supplies",
        "NB2",
        "outlook_en",
        "Sipho Dlamini <sipho.d@bolandbuilding.co.za>",
        "2026-05-05",
    ),
    R(
        "en",
        "information_request",
        "What's the minimum contract term? We got burnt with a 3-year auto-renewing contract last time.",
        "KS2",
        "gmail_en",
        "Wendy Marsh <wendy@marshgardencentre.co.uk>",
        "2026-07-14",
    ),
    R(
        "en",
        "information_request",
        "Do you ship to the US or is this Canada only? We're just over the border in Bellingham.\n\nMatt Sorensen\n"
        "Sorensen Boatworks",
        "PW2",
        "gmail_us",
        "Matt Sorensen <matt@sorensenboatworks.com>",
        "2026-06-02",
    ),
    R(
        "en",
        "information_request",
        "Where's the data stored? If it's outside the EU the board won't go near it.\n\nGráinne Ní Bhriain\nCOO, "
        "Atlantic Home Care Services",
        "TW2",
        "outlook_en",
        "Grainne Ni Bhriain <coo@atlantichomecare.ie>",
        "2026-10-13",
    ),
    R(
        "en",
        "information_request",
        "Could you send the brochure and floor plans for Galway? Thanks.",
        "MH2",
        "outlook_en",
        "Ellen Burke <ellen.burke@connachtcu.ie>",
        "2026-01-20",
    ),
    R(
        "en",
        "information_request",
        "Do you guys do termite inspections too or just rodents and insects?\n\nSent from my iPhone",
        "KS1",
        "apple_en",
        "Jason Tran <jason@swanriverjoinery.com.au>",
        "2026-09-01",
    ),
    R(
        "en",
        "information_request",
        "Hi Fiona,\n\nAre you licensed as a collection agency in Ontario? And could you share a couple of references "
        "in construction?\n\nThanks,\nMichelle Dubois\nAccounts Receivable Lead\nGreat Lakes Mechanical Contractors",
        "NB1",
        "outlook_us",
        "Michelle Dubois <mdubois@glmechanical.ca>",
        "2026-03-31",
    ),
]

# --------------------------------------------------------------------------- quote_request (12 fr, 13 en)

_QUOTE = [
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien pour 14 véhicules (8 utilitaires + 6 VL) ? Abonnement mensuel ou achat des boîtiers, vous "
        "faites les deux ?\n\nMerci\n\nSéverine Blanc\nAssistante de gestion – Blanc Frères Travaux Publics",
        "GEO1",
        "outlook_fr",
        "Séverine Blanc <s.blanc@blancfreres-tp.fr>",
        "2026-04-28",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nPouvez-vous me faire une proposition pour 45 personnes, 2 jours / 1 nuit, les 4 et 5 juin, en "
        "pension complète, avec une plénière et 3 salles de sous-commission ?\n\nCordialement,\n\nMarine Lecomte\n"
        "Chargée de communication interne\nMutuelle Picardie Santé",
        "ORM1",
        "outlook_fr",
        "Marine Lecomte <m.lecomte@picardie-sante.fr>",
        "2026-02-10",
    ),
    R(
        "fr",
        "quote_request",
        "Envoyez moi un devis pour un contrat annuel : restaurant 120 couverts + cave voûtée. Merci",
        "VG1",
        "gmail_fr",
        "Le Petit Saint-Pierre <lepetitstpierre.bx@gmail.com>",
        "2026-08-04",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour, quel serait le tarif pour 35 salariés (cuisine + salle), 3 tenues par personne, lavage hebdo ?\n\n"
        "Olivier Dumont\nDirecteur – Brasserie de la Gare, Valenciennes",
        "TX1",
        "owa_fr",
        "Olivier Dumont <direction@brasseriedelagare-valenciennes.fr>",
        "2026-06-16",
    ),
    R(
        "fr",
        "quote_request",
        "J'ai 3 factures impayées chez un client espagnol, 18 400 € au total, la plus vieille date de février. Vous "
        "prendriez combien ?\n\nL. Muller\nMuller Équipements Viticoles – Obernai",
        "CR2",
        "outlook_fr",
        "Luc Muller <luc@muller-equipements.fr>",
        "2026-10-06",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nDevis SVP pour 2 défibrillateurs extérieurs avec armoire chauffée (place de l'église et salle des "
        "fêtes). Commune de 1 200 habitants.\n\nLe maire,\nJean-Yves Kerbrat\nMairie de Lanvénégen",
        "CA1",
        "outlook_fr",
        "Mairie de Lanvénégen <mairie.lanvenegen@wanadoo.fr>",
        "2026-02-17",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nPourriez-vous me faire parvenir une soumission pour le recouvrement de 12 comptes clients "
        "(environ 67 000 $ au total, de 90 à 400 jours de retard)?\n\nMerci à l'avance,\n\nSylvain Pelletier\n"
        "Directeur administratif\nPortes et Fenêtres Boréal inc.",
        "CR1",
        "outlook_qc",
        "Sylvain Pelletier <spelletier@pfboreal.ca>",
        "2026-05-26",
        hm="16:05",
    ),
    R(
        "fr",
        "quote_request",
        "Faites moi une offre pour 6 camionnettes. On s'est encore fait piquer une carte carburant le mois passé, ça "
        "suffit.\n\nGeoffrey – Toitures Lambotte",
        "GEO2",
        "gmail_fr",
        "Geoffrey Lambotte <geoffrey@toitures-lambotte.be>",
        "2026-07-21",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nAvant de vous recevoir, j'aimerais avoir une idée du prix : 3 sites, 2 DAE par site, en "
        "location.\n\nCordialement\nIsabelle Nicol\nRH – Groupe Armor Logistique",
        "CA2",
        "outlook_fr",
        "Isabelle Nicol <i.nicol@armor-logistique.fr>",
        "2026-09-29",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nMerci de nous transmettre votre cotation pour la désinsectisation trimestrielle d'un entrepôt "
        "de 4 000 m² à Diamniadio (stockage de riz et d'huile).\n\nCordialement\n\nMamadou Fall\nDirecteur des "
        "opérations\nTeranga Import-Export SARL\n+221 33 836 40 12",
        "VG2",
        "outlook_fr",
        "Mamadou Fall <m.fall@teranga-import.sn>",
        "2026-04-14",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nMerci de nous adresser votre meilleure offre pour 220 blouses agroalimentaires avec lavage "
        "hebdomadaire, site de Berrechid.\n\nSalutations\n\nHicham Ouazzani\nAcheteur\nLaiterie Chaouia SA",
        "TX1",
        "outlook_fr",
        "Hicham Ouazzani <achats@laiterie-chaouia.ma>",
        "2026-11-10",
    ),
    C(
        "fr",
        "quote_request",
        "Merci pour votre mail, voir ci-dessous."
        + inline(
            th("ORM1", "gmail_fr", "Agathe Simon <agathe.simon@clinique-du-parc-lyon.fr>", "2026-05-12"),
            (
                "une proposition chiffrée si vous avez déjà une date",
                "=> 18 septembre, environ 70 pers., journée d'étude + dîner, plutôt Annecy. Merci !\n\nAgathe",
            ),
        ),
        sent="2026-05-12",
    ),
    R(
        "en",
        "quote_request",
        "Price for 9 vans + 2 cars pls, monthly\n\nSent from my iPhone",
        "TW1",
        "apple_en",
        "Gary Stokes <gary@stokesroofing.co.uk>",
        "2026-01-06",
    ),
    R(
        "en",
        "quote_request",
        "Hi Ciarán,\n\nCould you send a proposal for 30 people, 2 nights at the Bristol mill, week of 14 September? DDR "
        "plus dinner both nights, and one private dining room for the leadership team.\n\nThanks,\nFaye Morton\n"
        "Events & Office Coordinator | Clearpoint Actuarial",
        "MH1",
        "outlook_en",
        "Faye Morton <faye.morton@clearpointactuarial.co.uk>",
        "2026-05-05",
    ),
    R(
        "en",
        "quote_request",
        "What would an annual contract cost for a 6,000 sq ft warehouse plus a small staff canteen?\n\nIan Barker\n"
        "Barker Packaging, Wakefield",
        "KS1",
        "outlook_en",
        "Ian Barker <ian@barkerpackaging.co.uk>",
        "2026-10-20",
    ),
    R(
        "en",
        "quote_request",
        "We've one debtor owing £23,600, 140 days overdue, and they're disputing part of it. What % would you charge "
        "on that one?",
        "NB1",
        "gmail_en",
        "Morag Sinclair <morag@sinclairmarine.co.uk>",
        "2026-02-24",
    ),
    R(
        "en",
        "quote_request",
        "Please quote for 3 AEDs with wall cabinets, plus a CPR/AED course for 16 staff.\n\nRegards\nTom Ackroyd\n"
        "Facilities, Westbury Leisure Centre",
        "PW2",
        "outlook_en",
        "Tom Ackroyd <t.ackroyd@westburyleisure.org.uk>",
        "2026-06-23",
    ),
    R(
        "en",
        "quote_request",
        "Can you price hi-vis jacket + trousers for 48 warehouse staff, 2 sets each, weekly laundering?\n\nSam Reid\n"
        "Ops Manager – Redline Fulfilment, Doncaster",
        "IT1",
        "outlook_en",
        "Sam Reid <sam.reid@redlinefulfilment.co.uk>",
        "2026-01-13",
    ),
    R(
        "en",
        "quote_request",
        "Dear Sir,\n\nPlease send your quotation for 500 nos. cotton boiler suits, FR treated, with company logo "
        "embroidery. Delivery at Chakan.\n\nRegards,\nPurchase Dept.\nMaval Engineering Works",
        "IT2",
        "outlook_en",
        "Purchase <purchase@mavalengineering.in>",
        "2026-09-01",
    ),
    R(
        "en",
        "quote_request",
        "What would your fee be on about $41k across 7 invoices? All the customers are in Texas.\n\nBrandon Hale\n"
        "Hale Irrigation Supply, Amarillo TX",
        "NB1",
        "gmail_us",
        "Brandon Hale <brandon@haleirrigation.com>",
        "2026-03-10",
    ),
    R(
        "en",
        "quote_request",
        "Can you quote me for quarterly visits, 2 cafés in Fremantle?\n\nCheers, Mel",
        "KS2",
        "gmail_en",
        "Mel Costa <mel@saltandcrumb.com.au>",
        "2026-04-21",
    ),
    R(
        "en",
        "quote_request",
        "whats the cost for a christmas party for 85 on 12 dec, 3 course + DJ",
        "MH1",
        "gmail_en",
        "Shane Fahy <shane.fahy@fahyengineering.ie>",
        "2026-08-11",
    ),
    R(
        "en",
        "quote_request",
        "Before we book a visit, can you send me your rates for a one-day offsite for 25 in Manchester?\n\nThanks\n"
        "Priti Bhatt\nOffice Manager, Ardwick Architects",
        "MH2",
        "outlook_en",
        "Priti Bhatt <priti@ardwickarchitects.co.uk>",
        "2026-02-03",
    ),
    R(
        "en",
        "quote_request",
        "Lease vs buy – can you quote both for our 4 locations in BC? Two of them are 2-storey.\n\nJenna Park\n"
        "Health & Safety Coordinator\nCedarline Veterinary Group",
        "PW1",
        "outlook_us",
        "Jenna Park <jpark@cedarlinevet.ca>",
        "2026-08-18",
    ),
    R(
        "en",
        "quote_request",
        "Good day,\n\nKindly furnish us with a quotation for two-piece conti suits and safety boots for 130 workers "
        "(size list to follow).\n\nRegards\nLerato Mahlangu\nProcurement Officer\nWitbank Coal Services (Pty) Ltd",
        "IT1",
        "outlook_en",
        "Lerato Mahlangu <procurement@witbankcoal.co.za>",
        "2026-07-28",
    ),
]

# --------------------------------------------------------------------------- interested (13 fr, 12 en)

_INTERESTED = [
    R(
        "fr",
        "interested",
        "Ok pour l'essai de 30 jours. On démarre quand vous voulez.\n\nFabien\nFG Multiservices",
        "GEO1",
        "gmail_fr",
        "Fabien Girard <fg.multiservices@gmail.com>",
        "2026-03-17",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nVous trouverez en PJ l'export de notre balance âgée au 31/05. Dites-moi ce que vous en pensez.\n\n"
        "Cordialement\n\nValérie Zimmer\nComptable\nZimmer Transports Frigorifiques – Haguenau\n\n" + _DISC_FR,
        "CR1",
        "outlook_fr",
        "Valérie Zimmer <v.zimmer@zimmer-frigo.fr>",
        "2026-06-02",
    ),
    R(
        "fr",
        "interested",
        "Oui envoyez le kit d'échantillons, on regardera avec les chefs d'équipe.",
        "TX2",
        "gmail_fr",
        "Logistique Dubreucq <logistique@dubreucq-surgeles.fr>",
        "2026-02-24",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nÇa pourrait vraiment nous intéresser pour notre convention commerciale. Je garde votre mail sous "
        "le coude et je reviens vers vous.\n\nBien à vous,\nAlexandre Ferry\nDirecteur commercial – Ferry "
        "Distribution",
        "ORM1",
        "outlook_fr",
        "Alexandre Ferry <a.ferry@ferry-distribution.fr>",
        "2026-09-22",
    ),
    R(
        "fr",
        "interested",
        "Oui ça m'intéresse.\n\nEnvoyé de mon iPhone",
        "VG2",
        "apple_fr",
        "Chez Mimi <chezmimi.arcachon@orange.fr>",
        "2026-03-31",
    ),
    R(
        "fr",
        "interested",
        "Bonne idée, on n'y avait pas pensé. J'en parle au CSE jeudi mais a priori c'est oui.\n\nNicolas Prigent\n"
        "DRH – Prigent Menuiseries",
        "CA1",
        "outlook_fr",
        "Nicolas Prigent <n.prigent@prigent-menuiseries.bzh>",
        "2026-05-19",
    ),
    R(
        "fr",
        "interested",
        "Ça me semble intéressant. Allez-y.\n\nFrançois Gauthier\nPrésident, Gauthier Excavation ltée",
        "CR2",
        "outlook_qc",
        "François Gauthier <fgauthier@gauthierexcavation.ca>",
        "2026-11-24",
        hm="08:30",
    ),
    R(
        "fr",
        "interested",
        "Allez on teste. 3 camionnettes, c'est bon pour moi.",
        "GEO2",
        "iphone_fr",
        "Electricité Dumoulin <info@elec-dumoulin.be>",
        "2026-05-19",
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nVotre message tombe à pic : nous venons de reprendre un restaurant à Carouge et l'ancien "
        "exploitant n'avait aucun contrat. Je suis partant.\n\nMeilleures salutations\nLuca Bernasconi\nLa "
        "Trattoria del Ponte, Carouge",
        "VG1",
        "outlook_fr",
        "Luca Bernasconi <luca@trattoriadelponte.ch>",
        "2026-09-08",
    ),
    R(
        "fr",
        "interested",
        "Enfin un mail utile dans ma boîte 😂 Je suis preneur.",
        "TX1",
        "android_fr",
        "Cuisines Centrales Vasseur <cc.vasseur@outlook.fr>",
        "2026-04-21",
    ),
    R(
        "fr",
        "interested",
        "Ok, go pour l'analyse gratuite. Je vous envoie le fichier d'ici vendredi.\n\nTom",
        "CR2",
        "gmail_fr",
        "Tom Kieffer <tom.kieffer@kieffer-it.lu>",
        "2026-07-14",
    ),
    R(
        "fr",
        "interested",
        "Bonjour Mme Cherkaoui,\n\nVotre offre nous intéresse.\n\nCordialement\n\nRachid Amrani\nDirecteur d'usine\n"
        "Biscuiterie Al Baraka – Fès",
        "TX2",
        "outlook_fr",
        "Rachid Amrani <r.amrani@albaraka-biscuits.ma>",
        "2026-08-25",
    ),
    R(
        "fr",
        "interested",
        "Pourquoi pas. Ça nous ferait gagner du temps sur les indemnités kilométriques, c'est l'enfer chaque fin de "
        "mois.\n\nCéline Arnaud\nGérante – Soins à domicile Arnaud",
        "GEO1",
        "outlook_fr",
        "Céline Arnaud <celine.arnaud@soins-arnaud.fr>",
        "2026-11-03",
    ),
    R(
        "en",
        "interested",
        "Go ahead with the trial – 3 vans. I'll get the regs over to you.\n\nLee",
        "TW1",
        "outlook_en",
        "Lee Watkins <lee@watkinsglazing.co.uk>",
        "2026-05-12",
    ),
    R(
        "en",
        "interested",
        "Aged debtors report attached. Happy for you to take a look.\n\nClaire Baird\nFinance Manager, Baird "
        "Hydraulics\n\n" + _DISC_EN,
        "NB2",
        "outlook_en",
        "Claire Baird <claire.baird@bairdhydraulics.co.uk>",
        "2026-01-27",
    ),
    R(
        "en",
        "interested",
        "This looks fab, definitely something we'd consider for our team offsite. Leave it with me!\n\nNaomi",
        "MH1",
        "gmail_en",
        "Naomi Clarke <naomi@fernandfoxpr.co.uk>",
        "2026-06-30",
    ),
    R(
        "en",
        "interested",
        "Yes please send the sample pack over.\n\nAndy Shaw\nFleet Engineering Ltd, Rotherham",
        "IT2",
        "gmail_en",
        "Andy Shaw <andy.shaw@fleetengineering.co.uk>",
        "2026-02-24",
    ),
    R(
        "en",
        "interested",
        "Good timing – we've been meaning to sort this out for ages. Definitely interested.\n\nHelen Ward\nPractice "
        "Manager, Keynsham Vets",
        "PW1",
        "outlook_en",
        "Helen Ward <helen.ward@keynshamvets.co.uk>",
        "2026-09-22",
    ),
    R(
        "en",
        "interested",
        "We are interested in your offer. Please proceed with the trial for 3 vehicles.\n\nRegards,\nVikram Reddy\n"
        "Transport In-charge, Godavari Agro Exports, Hyderabad",
        "TW1",
        "outlook_en",
        "Vikram Reddy <transport@godavariagro.in>",
        "2026-04-07",
    ),
    R(
        "en",
        "interested",
        "Yeah sounds good mate, keen to give it a crack.",
        "TW2",
        "gmail_en",
        "Troy Hensley <troy@hensleyelectrical.com.au>",
        "2026-08-04",
    ),
    R(
        "en",
        "interested",
        "I like the no-fee model. Count us in.\n\nPaul Ferreira\nOwner, Ferreira Stone & Tile, Mississauga",
        "NB1",
        "outlook_us",
        "Paul Ferreira <paul@ferreirastone.ca>",
        "2026-10-13",
    ),
    R(
        "en",
        "interested",
        "Love the concept – our techs destroy their uniforms in about three weeks. Definitely interested.\n\nKyle "
        "Brandt\nService Manager, Brandt HVAC, Milwaukee",
        "IT1",
        "gmail_us",
        "Kyle Brandt <kbrandt@brandthvac.com>",
        "2026-06-16",
    ),
    R(
        "en",
        "interested",
        "That'd be great actually, we've had two vans go walkabout this year.\n\nConor",
        "TW2",
        "outlook_en",
        "Conor Phelan <conor@phelanplumbing.ie>",
        "2026-03-03",
    ),
    R(
        "en",
        "interested",
        "Ooh, tempting! Let me run it past the boss and I'll come back to you.\n\nGemma Royle\nPA to the MD, "
        "Stockport Print & Pack",
        "MH2",
        "gmail_en",
        "Gemma Royle <gemma.royle@stockportprintpack.co.uk>",
        "2026-04-14",
    ),
    R(
        "en",
        "interested",
        "Thank you Fiona, we would like to proceed with the free review. Our accountant will send the age analysis "
        "this week.\n\nKind regards\nFatima Isaacs\nDirector, Isaacs Catering Equipment",
        "NB1",
        "outlook_en",
        "Fatima Isaacs <fatima@isaacscatering.co.za>",
        "2026-07-07",
    ),
]

# --------------------------------------------------------------------------- referral (12 fr, 13 en)

_REFERRAL = [
    R(
        "fr",
        "referral",
        "Bonjour,\nCe n'est pas moi qui gère les véhicules, voyez avec Sébastien Roy : s.roy@roy-paysages.fr\n"
        "Cordialement\nAudrey Roy",
        "GEO1",
        "outlook_fr",
        "Audrey Roy <a.roy@roy-paysages.fr>",
        "2026-02-17",
        referral=("Sébastien Roy", "s.roy@roy-paysages.fr"),
    ),
    R(
        "fr",
        "referral",
        "Je transmets à notre DAF.",
        "CR1",
        "gmail_fr",
        "Julien Meyer <j.meyer@alsace-cartonnages.fr>",
        "2026-04-07",
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "Objet : Réponse automatique : Vêtements de travail : loués, lavés, réparés, livrés\n\nBonjour,\n\nMadame "
        "Céline Durand ne fait plus partie de nos effectifs. Pour toute demande, merci d'écrire à "
        "contact@durieux-emballages.fr.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\n"
        "Durieux Emballages – Roubaix",
        sent="2026-03-03",
        referral=(None, "contact@durieux-emballages.fr"),
    ),
    R(
        "fr",
        "referral",
        "Mauvaise personne.",
        "VG2",
        "android_fr",
        "Thierry Lalanne <t.lalanne@lalanne-primeurs.fr>",
        "2026-06-30",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nAdressez-vous plutôt à Nathalie Pelletier, notre responsable des services généraux, c'est elle "
        "qui organise les séminaires.\n\nCordialement,\nBruno Lefèvre\nDirecteur financier – Axiome Ingénierie",
        "ORM1",
        "outlook_fr",
        "Bruno Lefèvre <b.lefevre@axiome-ingenierie.fr>",
        "2026-10-13",
        referral=("Nathalie Pelletier", None),
    ),
    R(
        "fr",
        "referral",
        "J'ai quitté la Biscuiterie Le Gall en mars, je ne peux rien pour vous. Bonne continuation.",
        "CA1",
        "gmail_fr",
        "Erwan Cadiou <erwan.cadiou29@gmail.com>",
        "2026-06-09",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne m'occupe plus des comptes clients depuis janvier. Écrivez plutôt à Josée Gagnon, notre "
        "contrôleuse : jgagnon@erabliere-tardif.ca\n\nBonne journée\nMartin Tardif",
        "CR2",
        "outlook_qc",
        "Martin Tardif <mtardif@erabliere-tardif.ca>",
        "2026-08-11",
        hm="15:20",
        referral=("Josée Gagnon", "jgagnon@erabliere-tardif.ca"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nL'adresse info@menuiserie-lambert.be n'est plus consultée. Merci de renvoyer votre message à "
        "accueil@menuiserie-lambert.be, il sera traité dans les meilleurs délais.\n\nMenuiserie Lambert SRL – Huy\n\n"
        "(message automatique)",
        sent="2026-01-20",
        referral=(None, "accueil@menuiserie-lambert.be"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nVoyez avec le Directeur Général, M. Ibrahima Ndiaye, c'est lui qui décide pour ce genre de "
        "contrat.\n\nCdt\nFatou Sow\nAssistante administrative – Dakar Agro Stockage",
        "VG1",
        "outlook_fr",
        "Fatou Sow <f.sow@dakaragrostockage.sn>",
        "2026-10-06",
        referral=("Ibrahima Ndiaye", None),
    ),
    R(
        "fr",
        "referral",
        "Je ne suis que stagiaire ici 😅 je transfère à ma responsable",
        "TX1",
        "iphone_fr",
        "Stage Qualité <stage.qualite@fromagerie-dubois.fr>",
        "2026-05-26",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nPas pour nous au siège (nous sommes 6), mais notre usine de Fougères pourrait être concernée : "
        "contactez Paul Mercier, responsable HSE, paul.mercier@ateliers-breizh.fr\n\nCordialement\nGwenaëlle Le Bihan"
        "\nAteliers Breizh – Rennes",
        "CA2",
        "outlook_fr",
        "Gwenaëlle Le Bihan <g.lebihan@ateliers-breizh.fr>",
        "2026-11-17",
        referral=("Paul Mercier", "paul.mercier@ateliers-breizh.fr"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nMerci de contacter notre responsable achats, M. Hamza Alaoui, au +212 6 61 47 22 90.\n\n"
        "Cordialement\nSecrétariat de direction\nAtlas Câblerie SA – Kénitra",
        "TX2",
        "owa_fr",
        "Secrétariat <secretariat@atlascablerie.ma>",
        "2026-09-22",
        referral=("Hamza Alaoui", None),
    ),
    R(
        "en",
        "referral",
        "I'm not the right person for this – try Niamh Walsh, she runs our transport desk: "
        "niamh.walsh@harlanbuilders.ie\n\nRegards,\nEoin",
        "TW1",
        "outlook_en",
        "Eoin Harlan <eoin@harlanbuilders.ie>",
        "2026-04-14",
        referral=("Niamh Walsh", "niamh.walsh@harlanbuilders.ie"),
    ),
    R(
        "en",
        "referral",
        "You want our facilities manager, not me.",
        "KS1",
        "gmail_en",
        "Rob Pearson <rob.pearson@moortownmotors.co.uk>",
        "2026-05-26",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Thank you for your email. Mark Hughes has left Barrow & Finch Ltd. Please direct all enquiries to "
        "info@barrowfinch.co.uk.\n\nThis mailbox is no longer monitored.",
        sent="2026-02-10",
        referral=(None, "info@barrowfinch.co.uk"),
    ),
    R(
        "en",
        "referral",
        "Wrong Sarah I'm afraid! I think you're after Sarah O'Neill in operations.\n\nSent from my iPhone",
        "MH1",
        "apple_en",
        "Sarah Quinn <sarah.quinn@corrib-analytics.ie>",
        "2026-07-21",
        hi="Hi Sarah,",
        referral=("Sarah O'Neill", None),
    ),
    R(
        "en",
        "referral",
        "I retired in May. Good luck with it.\n\nJohn",
        "PW2",
        "gmail_en",
        "John Elford <john.elford@btinternet.com>",
        "2026-06-16",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Dear Sir,\n\nKindly contact our purchase department – Mr. Rakesh Kulkarni, rakesh.k@shreeganeshfoods.in – "
        "for all vendor matters.\n\nRegards,\nSwati Joshi\nHR Executive\nShree Ganesh Foods Pvt. Ltd., Nashik",
        "IT1",
        "outlook_en",
        "Swati Joshi <hr@shreeganeshfoods.in>",
        "2026-10-27",
        referral=("Rakesh Kulkarni", "rakesh.k@shreeganeshfoods.in"),
    ),
    R(
        "en",
        "referral",
        "Forwarding to my business partner Liam, he looks after the vans.",
        "TW2",
        "outlook_en",
        "Ciara Boyle <ciara@boylebrosfloors.ie>",
        "2026-11-03",
        referral=("Liam", None),
    ),
    C(
        "en",
        "referral",
        "Automatic reply: Is there a defibrillator within 3 minutes of your desk?\n\nThis mailbox is no longer "
        "monitored. Dr Anjali Patel has left Riverside Dental Practice. For practice matters please contact "
        "practice.manager@riversidedental.co.uk.\n\nRiverside Dental Practice, Chippenham",
        sent="2026-09-15",
        referral=(None, "practice.manager@riversidedental.co.uk"),
    ),
    R(
        "en",
        "referral",
        "Not me mate, try Sharon in accounts, she handles all the contractors – sharon.b@swanvalleyproduce.com.au",
        "KS2",
        "gmail_en",
        "Dave Mitchell <dave@swanvalleyproduce.com.au>",
        "2026-03-17",
        referral=("Sharon", "sharon.b@swanvalleyproduce.com.au"),
    ),
    R(
        "en",
        "referral",
        "Not for us, but my brother-in-law runs a haulage firm out of Newry – I've cc'd him.\n\nPádraig",
        "TW1",
        "gmail_en",
        "Padraig Flynn <padraig@flynnsfarmshop.ie>",
        "2026-08-04",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "I'm not the decision maker on this. Our CFO would be.",
        "NB1",
        "gmail_us",
        "Kevin O'Brien <kobrien@lakeshorecabinetry.com>",
        "2026-09-29",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Good day Darren\n\nPlease liaise with our SHEQ manager, Thandi Mokoena (thandi.mokoena@ridgewaycon.co.za).\n\n"
        "Regards\nPieter Botha\nContracts Director\nRidgeway Construction",
        "IT2",
        "outlook_en",
        "Pieter Botha <pieter.botha@ridgewaycon.co.za>",
        "2026-01-20",
        referral=("Thandi Mokoena", "thandi.mokoena@ridgewaycon.co.za"),
    ),
    R(
        "en",
        "referral",
        "Hi Owen,\n\nI've moved into a different role. Our new office manager, Kayla, handles health & safety now – "
        "I'll pass this along.\n\nBest,\nDerek Chow",
        "PW1",
        "outlook_us",
        "Derek Chow <dchow@pacificridgedental.ca>",
        "2026-07-07",
        referral=("Kayla", None),
    ),
]

# --------------------------------------------------------------------------- out_of_office (8 fr, 9 en)

_OUT_OF_OFFICE = [
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du 3 au 14 août inclus. En cas d'urgence, vous pouvez joindre Anne Rivière au "
        "04 72 33 80 14 ou par mail : a.riviere@ambulances-rhodaniennes.fr\n\nCordialement,\nMarion Charpentier",
        sent="2026-08-04",
    ),
    C(
        "fr",
        "out_of_office",
        "Réponse automatique : Re: Vos véhicules, en temps réel – 30 jours d'essai offerts\n\nBonjour,\n\nJe suis en "
        "congé maternité jusqu'au 2 novembre. Pour toute question concernant le parc automobile, merci d'écrire à "
        "parc.auto@sodexa-services.fr.\n\nBelle journée,\nLaetitia Ribeiro",
        sent="2026-09-01",
    ),
    C(
        "fr",
        "out_of_office",
        "Absent jusqu'au lundi 6 avril 2026. Votre message ne sera pas transféré.\nPour les urgences : +41 22 794 "
        "11 08.\n\nJ.-M. Rochat – Boucherie Rochat SA, Genève",
        sent="2026-03-31",
    ),
    C(
        "fr",
        "out_of_office",
        "Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès que "
        "possible.\n\nBien à vous,\nÉric Vannier\nDirecteur commercial – Vannier Emballages",
        sent="2026-05-12",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis présentement à l'extérieur du bureau et serai de retour le lundi 7 décembre. Pour toute "
        "urgence, veuillez communiquer avec Nancy Ouellet au 418 555-0176, poste 221.\n\nHello,\n\nI am currently "
        "out of the office and will return on Monday, December 7. For urgent matters, please contact Nancy Ouellet "
        "at 418 555-0176, ext. 221.\n\nStéphanie Roy\nAdjointe administrative, Distribution Chaudière inc.",
        sent="2026-11-24",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis en congé jusqu'au 20/07. Pour toute urgence merci de contacter M. Tazi au +212 6 62 "
        "18 35 47.\nCordialement\nS. Berrada",
        sent="2026-07-06",
    ),
    C(
        "fr",
        "out_of_office",
        "Merci pour votre message. Je suis en mission à l'intérieur du pays avec une connexion limitée jusqu'au "
        "15 mars. Votre courriel sera traité à mon retour.\n\nMoustapha Ba\nResponsable logistique\nSen Céréales "
        "Distribution – Thiès",
        sent="2026-03-03",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nNos bureaux sont fermés pour les congés du bâtiment du 20 juillet au 7 août inclus. Réouverture "
        "le lundi 10 août.\n\nBonnes vacances !\nL'équipe Toitures Delcourt SRL – Namur",
        sent="2026-07-21",
    ),
    C(
        "en",
        "out_of_office",
        "Thank you for your email. I'm out of the office until Monday 9 March with limited access to email. For "
        "anything urgent please contact my colleague Rob Ellis on rob.ellis@tinsleysteel.co.uk or 0114 256 "
        "0091.\n\nKind regards\nHannah Gill",
        sent="2026-03-03",
    ),
    C(
        "en",
        "out_of_office",
        "I am on annual leave, returning Wednesday 22 April.",
        sent="2026-04-14",
    ),
    C(
        "en",
        "out_of_office",
        "Hi, thanks for your message. I'm currently on parental leave and not checking email. Your message will not "
        "be forwarded.\n\nTom",
        sent="2026-06-16",
    ),
    C(
        "en",
        "out_of_office",
        "Dear Sender,\n\nI am on leave from 6th Nov to 13th Nov on account of Diwali. For urgent matters please "
        "contact Mr. Sandeep Rao at sandeep.rao@konkanmarine.in / +91 98200 45512.\n\nRegards,\nAnil Sawant",
        sent="2026-11-10",
    ),
    C(
        "en",
        "out_of_office",
        "G'day, I'm on leave until 3 Feb. If it's urgent give the office a bell on (08) 9350 2214.\n\nCheers, Bec",
        sent="2026-01-20",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: Where are your vans right now?\n\nI'm traveling with limited access to email and will "
        "respond when I'm back on July 6. Thanks for your patience!\n\nJordan",
        sent="2026-06-30",
    ),
    C(
        "en",
        "out_of_office",
        "Out of Office: I'm at the Food & Drink Expo in Birmingham until Thursday. Will reply when back.\n\nSiobhán",
        sent="2026-04-21",
    ),
    C(
        "en",
        "out_of_office",
        "Good day,\n\nI am currently out of office. Kindly note that I will respond on my return. For urgent "
        "assistance kindly contact reception on 021 551 3380.\n\nRegards\nThabo Nkosi",
        sent="2026-09-29",
    ),
    C(
        "en",
        "out_of_office",
        "I'm on site visits today and will be back at my desk tomorrow. For urgent safety matters please call the "
        "main line, 780-555-0114.\n\nRick Desjardins | EHS Lead | Prairie Grain Handling",
        sent="2026-10-20",
    ),
]

# --------------------------------------------------------------------------- other (13 fr, 12 en)

_OTHER = [
    R(
        "fr",
        "other",
        "Qui êtes-vous ? Comment avez-vous eu mon adresse ?",
        "GEO1",
        "iphone_fr",
        "Sabrina Leroux <sabrina.leroux@leroux-nettoyage.fr>",
        "2026-01-27",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nVotre demande n° 48213 a bien été enregistrée par notre service client. Un conseiller vous "
        "répondra sous 48 heures ouvrées.\n\nMerci de ne pas répondre à ce message.\n\nLe service client Maison "
        "Castagné",
        sent="2026-04-28",
    ),
    C(
        "fr",
        "other",
        "Lu : Vos factures impayées de plus de 60 jours\n\nVotre message\n\n  À : Jacques Ortlieb\n  Objet : Vos "
        "factures impayées de plus de 60 jours\n  Envoyé : mardi 12 mai 2026 09:14:22 (UTC+01:00) Bruxelles, "
        "Copenhague, Madrid, Paris\n\na été lu le mardi 12 mai 2026 10:41:07 (UTC+01:00) Bruxelles, Copenhague, "
        "Madrid, Paris.",
        sent="2026-05-12",
    ),
    R(
        "fr",
        "other",
        "Pour info, vos mails arrivent directement dans mes spams, je viens de retrouver les deux derniers par hasard.",
        "ORM2",
        "gmail_fr",
        "Delphine Aubert <delphine.aubert@aubert-avocats.fr>",
        "2026-04-14",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nMerci d'enlever Mme Girard de la copie, elle a été mise par erreur.\n\nCordialement\nF. Schwartz",
        "CR2",
        "outlook_fr",
        "Frédéric Schwartz <f.schwartz@schwartz-batiment.fr>",
        "2026-09-15",
    ),
    R(
        "fr",
        "other",
        "Bonjour, merci d'utiliser dorénavant mon adresse perso, je ne consulte plus la boîte de l'asso : "
        "m.lebrun.perso@gmail.com\n\nMichel Lebrun",
        "CA1",
        "gmail_fr",
        "Amicale Laïque de Pacé <amicale.pace@free.fr>",
        "2026-02-03",
    ),
    R(
        "fr",
        "other",
        "Je vous ai déjà répondu il y a deux semaines, vous n'avez pas eu ma réponse ?",
        "GEO2",
        "gmail_fr",
        "Ludovic Sauvage <ludo.sauvage@sauvage-elec.fr>",
        "2026-06-09",
    ),
    C(
        "fr",
        "other",
        "Mairie de Saint-Aubin-du-Cormier – Accusé de réception\n\nVotre courriel a bien été reçu par nos services. Il "
        "sera transmis au service compétent.\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
        sent="2026-01-13",
    ),
    R(
        "fr",
        "other",
        "J'ai reçu votre mail 3 fois en 5 minutes, petit souci de paramétrage chez vous je pense 😉",
        "VG1",
        "gmail_fr",
        "Hugo Castaing <hugo@castaing-traiteur.fr>",
        "2026-08-18",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nPetite remarque : notre société s'appelle Cartonnerie Vidal, pas « Cartonnerie Vidale ». Ça fait "
        "toujours plaisir 🙂\n\nAntoine Vidal",
        "TX1",
        "outlook_fr",
        "Antoine Vidal <a.vidal@cartonnerie-vidal.fr>",
        "2026-10-27",
        hi="Bonjour à l'équipe de la Cartonnerie Vidale,",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nEn application de l'article 15 du RGPD, je vous remercie de m'indiquer la source auprès de "
        "laquelle vous avez obtenu mon adresse électronique, ainsi que l'ensemble des données me concernant que vous "
        "détenez.\n\nCordialement,\n\nMe Isabelle Haas\nAvocate au Barreau de Strasbourg",
        "CR1",
        "outlook_fr",
        "Isabelle Haas <i.haas@haas-avocats.fr>",
        "2026-07-28",
    ),
    R(
        "fr",
        "other",
        "Désolée, mauvais destinataire, ignorez mon message précédent !",
        "ORM1",
        "iphone_fr",
        "Coralie Vidal <coralie.vidal@atelier-dix-sept.fr>",
        "2026-11-10",
    ),
    R(
        "fr",
        "other",
        "Bien reçu, merci.",
        "CA2",
        "outlook_fr",
        "Secrétariat Lycée Saint-Joseph <secretariat@lycee-stjoseph-lamballe.fr>",
        "2026-08-25",
    ),
    R(
        "en",
        "other",
        "Who is this? How did you get my email address?",
        "TW1",
        "gmail_en",
        "Lisa Hartnett <lisa@hartnettflowers.co.uk>",
        "2026-03-10",
    ),
    R(
        "en",
        "other",
        "Could you take Jenny off the cc please, she's on maternity leave. Thanks",
        "MH2",
        "outlook_en",
        "Ruth Adeyemi <ruth.adeyemi@kingsburyhousing.org.uk>",
        "2026-05-26",
    ),
    R(
        "en",
        "other",
        "FYI your emails are landing in our spam folder – only found this one by chance.",
        "KS1",
        "outlook_en",
        "Gordon Firth <g.firth@firthfoods.co.uk>",
        "2026-11-03",
    ),
    C(
        "en",
        "other",
        "Read: Is there a defibrillator within 3 minutes of your desk?\n\nYour message\n\n  To: Alison Crane\n  "
        "Subject: Is there a defibrillator within 3 minutes of your desk?\n  Sent: 14/07/2026 10:02\n\nwas read on "
        "14/07/2026 11:37.",
        sent="2026-07-14",
    ),
    C(
        "en",
        "other",
        "Thank you for contacting Greenfield Homes Customer Care. Your ticket #88213 has been created and a member of "
        "our team will be in touch within 2 working days.\n\nPlease do not reply to this email.",
        sent="2026-08-25",
    ),
    C(
        "en",
        "other",
        "Delivery has failed to these recipients or groups:\n\nm.okafor@severnvalleyplastics.co.uk\nThe email "
        "address you entered couldn't be found. Please check the recipient's email address and try to resend the "
        "message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for "
        "administrators:\n\nGenerating server: AM6PR02MB4418.eurprd02.prod.outlook.com\n\n"
        "m.okafor@severnvalleyplastics.co.uk\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
        "found'",
        sent="2026-02-17",
    ),
    R(
        "en",
        "other",
        "Did you mean to send this to me? It starts 'Hi {FirstName}' 😂",
        "TW2",
        "gmail_en",
        "Dom Pritchard <dom@pritchardlandscapes.co.uk>",
        "2026-09-22",
        hi="Hi {FirstName},",
    ),
    R(
        "en",
        "other",
        "Why did your emails stop? I was actually reading them.",
        "NB2",
        "gmail_en",
        "Stuart Lennox <stuart@lennoxelectrical.co.uk>",
        "2026-04-07",
    ),
    R(
        "en",
        "other",
        "Already went through this on the phone with your colleague on Tuesday.",
        "IT2",
        "outlook_en",
        "Kirsty Holt <kirsty.holt@holtcatering.co.uk>",
        "2026-06-02",
    ),
    R(
        "en",
        "other",
        "Please use my new address from now on: d.obrien@obriendairies.ie – the old one closes at the end of the "
        "month.",
        "KS2",
        "outlook_en",
        "Denis O'Brien <denis@obriendairy.ie>",
        "2026-10-06",
    ),
    R(
        "en",
        "other",
        "Is this legit? Our IT guy says your domain was only registered a few weeks ago.",
        "PW1",
        "gmail_en",
        "Martin Ross <martin@rossandsonsbuilders.com.au>",
        "2026-01-13",
    ),
    R(
        "en",
        "other",
        "Noted, thanks.\n\nAngela Forsyth\nFinance Assistant\nClyde Marine Electrics Ltd\n\n" + _DISC_EN,
        "NB1",
        "outlook_en",
        "Angela Forsyth <a.forsyth@clydemarine-electrics.co.uk>",
        "2026-06-09",
    ),
]

# --------------------------------------------------------------------------- not_now (15 fr, 15 en)

_NOT_NOW = [
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nOn renouvelle la moitié du parc cet été, ça n'a pas de sens de poser des boîtiers maintenant. "
        "Rappelez-moi en septembre.\n\nCordialement\nPascal Vidalie\nVidalie Frigo Express",
        "GEO1",
        "outlook_fr",
        "Pascal Vidalie <p.vidalie@vidalie-frigo.fr>",
        "2026-02-10",
        until="2026-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Pas avant janvier, on est en plein audit et j'ai pas une minute.",
        "CR2",
        "gmail_fr",
        "Caroline Specht <c.specht@specht-emballages.fr>",
        "2026-10-14",
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour M. Schaller,\n\nLe sujet m'intéresse, mais je ne pourrai pas m'y pencher avant d'avoir bouclé "
        "l'exercice. Revenez vers moi après le 30 juin.\n\nBien cordialement,\nChristine Hoerter\nDAF – Hoerter "
        "Matériaux",
        "CR1",
        "outlook_fr",
        "Christine Hoerter <c.hoerter@hoerter-materiaux.fr>",
        "2026-03-18",
        until="2026-07-01",
    ),
    R(
        "fr",
        "not_now",
        "On en reparle à la rentrée, là on n'a pas encore nos budgets.\n\nÉlodie",
        "ORM1",
        "gmail_fr",
        "Élodie Marchand <elodie.marchand@logiparc-conseil.fr>",
        "2026-05-06",
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nRecontactez-moi dans 3 mois, le temps que les travaux du hall d'accueil soient terminés. On "
        "verra alors où mettre l'appareil.\n\nCordialement\nSylvie Le Du\nDirectrice – Résidence Ker Avel",
        "CA1",
        "outlook_fr",
        "Sylvie Le Du <direction@residence-keravel.fr>",
        "2026-06-03",
        until="2026-09-03",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nRecontactez-moi début novembre : c'est là que nous lançons la consultation pour le "
        "renouvellement de notre contrat de tenues.\n\nBien à vous,\nBertrand Lemoine\nResponsable achats\n"
        "Transports Frigorifiques Hennuyers – Mons",
        "TX1",
        "outlook_fr",
        "Bertrand Lemoine <b.lemoine@tfh-mons.be>",
        "2026-09-22",
        until="2026-11-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nNous déménageons la cuisine centrale dans les prochains mois. Une fois le déménagement fait, on "
        "verra avec plaisir.\n\nCordialement,\nJean-Marc Puyo\nSIVU Restauration Scolaire du Médoc",
        "VG1",
        "outlook_fr",
        "Jean-Marc Puyo <jm.puyo@sivu-medoc.fr>",
        "2026-01-20",
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\nLà je suis en arrêt jusqu'à mi-mai (rien de grave). À partir du 15 mai je suis à vous.\nAlain",
        "GEO2",
        "gmail_fr",
        "Alain Besson <alain.besson@besson-ramonage.fr>",
        "2026-04-08",
        until="2026-05-15",
    ),
    R(
        "fr",
        "not_now",
        "Budget 2026 bouclé, on verra l'an prochain.",
        "ORM2",
        "outlook_fr",
        "Karine Dumas <k.dumas@groupe-dumas-auto.fr>",
        "2026-11-04",
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "Revenez vers moi dans quinze jours svp, je suis sous l'eau avec les congés de l'équipe.",
        "CR1",
        "iphone_fr",
        "Rémi Ostermann <remi@ostermann-transports.fr>",
        "2026-07-15",
        until="2026-07-29",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nNous avons prévu ce type d'investissement au 2e trimestre. Merci de me recontacter à ce "
        "moment-là.\n\nCordialement,\nHervé Le Floch\nDirecteur administratif – Clinique vétérinaire de l'Odet",
        "CA2",
        "outlook_fr",
        "Hervé Le Floch <h.lefloch@veto-odet.fr>",
        "2026-02-25",
        until="2026-04-01",
    ),
    R(
        "fr",
        "not_now",
        "pas le moment on est en pleines vendanges. apres les vendanges on pourra voir, le chai en aurait bien besoin",
        "VG2",
        "android_fr",
        "Château Peyrelongue <chateau.peyrelongue@orange.fr>",
        "2026-08-26",
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nJe suis en salon toute la semaine prochaine puis en congés. Proposez-moi plutôt un créneau la "
        "semaine du 16 novembre, on fera le point à ce moment-là.\n\nCdlt\nMaxime Carlier\nDirecteur de site – "
        "Carlier Surgelés, Arras",
        "TX2",
        "gmail_fr",
        "Maxime Carlier <m.carlier@carlier-surgeles.fr>",
        "2026-10-07",
        until="2026-11-16",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nMerci pour votre proposition. Le ramadan commence cette semaine et la production tourne "
        "au ralenti ; nous reprendrons contact avec vous après le ramadan.\n\nCordialement\nAbdelilah Kettani\n"
        "Directeur industriel – Biscuiterie Kettani, Casablanca",
        "TX1",
        "outlook_fr",
        "Abdelilah Kettani <a.kettani@biscuiterie-kettani.ma>",
        "2026-02-16",
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nNous venons de signer pour 12 mois avec un de vos concurrents. Revenez vers nous dans un an, on "
        "fera le bilan à ce moment-là.\n\nCordialement,\nLaurence Faure\nAssistante de direction – Faure Élagage",
        "GEO1",
        "outlook_fr",
        "Laurence Faure <l.faure@faure-elagage.fr>",
        "2026-09-09",
        until="2027-09-09",
    ),
    R(
        "en",
        "not_now",
        "Circle back in March – new budget year, new money.",
        "TW1",
        "gmail_en",
        "Owen Pritchard <owen@pritchardcouriers.co.uk>",
        "2026-11-11",
        until="2027-03-01",
    ),
    R(
        "en",
        "not_now",
        "We're mid-migration to a new ERP and won't have clean debtor data for a while. Drop me a line after Q3.\n\n"
        "Catriona Neill\nHead of Finance, Neill & Baxter Ltd",
        "NB1",
        "outlook_en",
        "Catriona Neill <c.neill@neillbaxter.co.uk>",
        "2026-06-17",
        until="2026-10-01",
    ),
    R(
        "en",
        "not_now",
        "Try me again in 6 months, we've just renewed with our current contractor on a short-term basis.\n\n"
        "Phil Sutcliffe\nSutcliffe Mills Bakery",
        "KS1",
        "orig_en",
        "Phil Sutcliffe <phil@sutcliffemills.co.uk>",
        "2026-01-28",
        until="2026-07-28",
    ),
    R(
        "en",
        "not_now",
        "Hi Ciarán,\n\nOur 2027 offsite planning kicks off early January – could you get back in touch then?\n\n"
        "Thanks,\nLaura Kemp\nChief of Staff, Tidewater Analytics",
        "MH1",
        "outlook_en",
        "Laura Kemp <laura.kemp@tidewateranalytics.com>",
        "2026-09-30",
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "Good shout, but budgets are frozen till the new year. Ping me then.",
        "PW1",
        "gmail_en",
        "Sean Maguire <sean.maguire@brewhousegyms.co.uk>",
        "2026-11-18",
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "I'm away on a site rollout until mid-May. Could you get back to me the week after the 14th?\n\nNikhil\n\n"
        "Nikhil Varma | Operations Director | Hallam Precision Castings",
        "IT1",
        "outlook_en",
        "Nikhil Varma <n.varma@hallamcastings.co.uk>",
        "2026-04-22",
        until="2026-05-18",
    ),
    R(
        "en",
        "not_now",
        "Once we're through the BRC audit we can look at this properly. Not before.",
        "KS2",
        "gmail_en",
        "Fiona Grady <fiona.grady@westridingsnacks.co.uk>",
        "2026-07-08",
        until=None,
    ),
    R(
        "en",
        "not_now",
        "Not before the end of April – we're replacing half the fleet and it'd be daft to fit trackers to vans that "
        "are going.\n\nJim",
        "TW2",
        "outlook_en",
        "Jim Corrigan <jim@corriganplant.ie>",
        "2026-02-04",
        until="2026-05-01",
    ),
    R(
        "en",
        "not_now",
        "On hols. Can you try me in a fortnight?\n\nSent from my iPhone",
        "MH2",
        "apple_en",
        "Beth Lawson <beth.lawson@lawsonwealth.co.uk>",
        "2026-08-12",
        until="2026-08-26",
    ),
    R(
        "en",
        "not_now",
        "We've a new Finance Director starting soon and I'd rather she made the call on this. Come back to us once "
        "she's settled in.\n\nIain",
        "NB2",
        "outlook_en",
        "Iain Crawford <iain.crawford@crawfordmarine.co.uk>",
        "2026-05-13",
        until=None,
    ),
    R(
        "en",
        "not_now",
        "We're mid-tender with two other suppliers. From 3 November I'll know where we stand – drop me a line then.",
        "IT2",
        "gmail_en",
        "Gavin Lord <gavin.lord@lordfoodservices.co.uk>",
        "2026-10-21",
        until="2026-11-03",
    ),
    R(
        "en",
        "not_now",
        "This is on our H&S plan for Q2 next year. Please get in touch then.\n\nRegards,\nMaggie Thornton\nBusiness "
        "Manager, Clifton Prep School",
        "PW1",
        "outlook_en",
        "Maggie Thornton <m.thornton@cliftonprep.org.uk>",
        "2026-11-25",
        until="2027-04-01",
    ),
    R(
        "en",
        "not_now",
        "Maybe after the summer? Everyone's off and nobody's going to sign anything before then.",
        "TW1",
        "gmail_en",
        "Rhiannon Evans <rhiannon@evansdeliveries.co.uk>",
        "2026-06-24",
        until=None,
    ),
    R(
        "en",
        "not_now",
        "Could you get back to me in April? Our landlord's inspection comes first and I want to see what they say.\n\n"
        "Tariq Hussain\nManager, Spice Route Restaurant, Leeds",
        "KS1",
        "outlook_en",
        "Tariq Hussain <tariq@spiceroute-leeds.co.uk>",
        "2026-03-25",
        until="2026-04-01",
    ),
    R(
        "en",
        "not_now",
        "Dear Darren,\n\nThanks for the mail. We are in peak season till Diwali. Please connect after Diwali, we can "
        "discuss then.\n\nRegards,\nRohit Agarwal\nDirector, Agarwal Textiles & Garments, Pune",
        "IT1",
        "outlook_en",
        "Rohit Agarwal <rohit@agarwaltextiles.in>",
        "2026-09-16",
        until=None,
    ),
]

# --------------------------------------------------------------------------- all cases, in a fixed shuffled order

CASES: list[dict[str, Any]] = [
    *_NOT_NOW,
    *_NOT_INTERESTED,
    *_MEETING,
    *_INFORMATION,
    *_INTERESTED,
    *_REFERRAL,
    *_OTHER,
    *_QUOTE,
    *_UNSUBSCRIBE,
    *_OUT_OF_OFFICE,
]
random.Random(20261201).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout12", CASES, sys.argv)
