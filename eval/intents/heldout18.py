"""An eighteenth held-out split, `heldout18`: 200 replies written on 2026-12-03 by a helper session blind to the rules,
to the learnt model and to every other split's replies. The author never opened, grepped nor listed anything under
workers/, tests/, bench/ nor sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md.
It read common.py (whole), /work/shared/INTELLIGENCE.md (its intent section: the ten classes; a grep for "intent" also
printed a few of its other lines: its opening, pipeline, routing and dashboard lines), rules R8 and R15 of
/work/shared/BEHAVIOUR.md (a grep for its headings printed its headings; the print of its rules section showed R8 and
R15 with the first lines of R9 and R16), pyproject.toml's ruff settings (the print ended on the `[tool.mypy]` header),
heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape, how its senders and signatures are
declared) and its last 20 lines (the CASES list, the seeded shuffle and the `if __name__ == "__main__":` call to
write_split), found by a grep for "__main__" and a line count; the docstrings of heldout12.py to heldout17.py (their
first 60 lines, each print stopping at the docstring's closing quotes; the print cut the middle of the output, so
heldout14.py's and heldout15.py's were then seen through a grep for their bullet lines), and heldout8.py, heldout9.py
and heldout10.py lines 1-60 through the same grep (which also printed their convention bullets), for the senders and
sectors already used. A directory listing of eval/intents/ showed the other files' names, nothing of their content.
No classifier, no evaluation, no pytest, no git command and no `relance` command was run while writing it; the only
things run were this file itself (to count its cases per class and per language, check its dates and referrals and
read three of its rendered threads), ruff, two small scripts editing this file, and a one-line check of a few weekdays.
Measured once blind (2026-12-03, no LLM, main at 44ad799, the learnt model trained on cases.json): macro-F1 0.898,
accuracy 0.900, unsubscribe precision 0.950 (recall 0.950), not_now dates 18/22, referral names 17/20 and addresses
18/20, 2.0 % to an LLM; rules alone 0.765. The same split read by the code of the session's start (60f2073): 0.892,
dates 16/22, names 16/20. Only its one false opt-out was then read (a broken unsubscribe link reported by someone who
says they are staying) and fixed in general form: 0.904, unsubscribe precision 1.000; its other misses were never
listed. Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Pneumatix Flotte (Lyon, Liège, Casablanca) and Treadline Fleet Tyres (Birmingham, Dublin, Nairobi), tyres and
  routine maintenance for truck, coach and van fleets (on-site fitting, retreads, pressures, alignment) with a free
  tyre audit at the depot; footers: "répondez STOP", and an unsubscribe link;
- Égide Protection Juridique (Paris, Brussels, Geneva) and Stanchion Legal Expenses (London, Dublin, Singapore), B2B
  legal expenses insurance (employment, debt, tax-investigation and contract disputes, a lawyers' helpline) with a
  free premium estimate in 48 h from three figures; footers: a RGPD notice ("répondez « OPPOSITION »" or write to
  dpo@), and "Reply 'no thanks' and I'll close your file";
- Torréfaction Bellerive (Montréal, Lausanne, Lyon) and Roastwell Office Coffee (Melbourne, Manchester, Singapore),
  office coffee roasting subscriptions (beans roasted weekly and delivered, a grinder on loan; not machine leasing)
  with a free tasting box; footers: an unsubscribe link, and none at all;
- Relais DAF (Paris, Luxembourg, Monaco, Casablanca) and Ledgerbridge Interim CFO (London, Dublin, Singapore, Sydney),
  interim and fractional CFOs with a free 45-minute diagnostic with a partner, by video or at the prospect's office;
  footers: "répondez « RETIRER »", and a UK GDPR legitimate-interests notice ("reply OBJECT or email privacy@");
- Additiva Pièces (Grenoble, Liège, Tangier) and Forgeprint Spares (Sheffield, Toronto, Perth), industrial 3D printing
  of obsolete spare parts (metal and engineering polymers, from a drawing or by reverse-engineering a worn part) with
  a first part printed free; footers: none at all, and "Reply STOP";
- Nouvel Ancrage Relocation (Paris, Geneva, Montréal) and Landfall Relocation (Singapore, London, Nairobi), employee
  relocation (home finding, schools, household moves, destination services, partner support; not visas) with a free
  written review of the client's mobility policy; footers: a preferences / unsubscribe link, and a PDPA / UK GDPR /
  Kenya DPA notice ("Reply UNSUBSCRIBE").
The prospects run from one-person businesses to large groups and public bodies: hauliers, coach and bus operators,
removals firms, a county council, communes and a mairie, a port authority, accountants, architects, notaries, vets,
plumbers, pubs and restaurants, a private bank, hotels, design and ad agencies, start-ups and fintechs, family
groups, engineering firms, sugar, bottling, plastics, aerospace and food plants, mines, a sawmill, NGOs, banks and
insurers' HR departments, in France, Belgium, Switzerland, Québec, Luxembourg, Monaco, Morocco, Madagascar, the UK,
Ireland, the US, Canada, Australia, Singapore and Kenya: 100 replies in French and 100 in English (`lang` is the
language of the prospect's new text, which is sometimes not the thread's). Written as people write: typos, missing
accents, SMS style, dictated mail without punctuation, Québécois, Irish, Australian and Singaporean turns of phrase,
one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads whose quoted part carries words of other
classes (rendez-vous, devis, soumission, STOP, OPPOSITION, RETIRER, unsubscribe, no thanks, OBJECT, meeting, quote),
inline answers inside the quote, forwarded mail with a colleague's comment, two intents in one reply, sarcasm, polite
declines, hedged interest, opt-outs by the footer's own word ("STOP", "OPPOSITION", "retirer", "no thanks", "OBJECT",
"UNSUBSCRIBE"), by law (RGPD art. 21, Morocco's loi 09-08, LCAP / CASL, Kenya's Data Protection Act, PECR) or by
complaint, and look-alikes that are not opt-outs ("non merci" / "no thanks" to a sender whose footer asks for another
word or none, "on a mis un stop aux abonnements", a legal "opposition à injonction de payer", "retirez Julie de la
copie" to the sender whose word is RETIRER, a GDPR access request, "I replied UNSUBSCRIBE by mistake", "your
unsubscribe link 404s", mails in spam or quarantine, a new address), autoresponders in both languages with and
without return dates and stand-ins, automatic "no longer with us" notices, ticket acknowledgements, read receipts, a
full-mailbox bounce, signatures with titles, phones and disclaimers, "Envoyé de mon iPhone".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring.)
Applied to these senders' offers: accepting or asking for the tyre audit at the depot, the CFO diagnostic, or a
tasting or engineer's visit on site is `meeting_request` (a visit or call); sending Égide's or Stanchion's three
figures for the free premium estimate is `quote_request` (a premium for the prospect's own case); accepting the
tasting box, the free first part or the free mobility policy review is `interested`. "Non merci" / "no thanks" said
to Pneumatix, Treadline or Roastwell is a decline (`not_interested`); "no thanks" said alone to Stanchion, whose
footer asks for exactly that, is `unsubscribe`. A weary "the answer is still no" without a request to stop is
`not_interested`. A GDPR art. 15 access request is `other`; an art. 21 objection is `unsubscribe`. Ticket
acknowledgements, read receipts and a full-mailbox bounce are `other`. A referral gives the name as written (a first
name alone stays a first name); a phone number is not an address. "Once we've moved in (in February)" is an event:
null.

`python heldout18.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout18-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DEFAULT_SENT, C, block, when, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders' emails

_PN = "Loïc Garnier <l.garnier@pneumatix-flotte.fr>"
_PN_SIG = (
    "Cordialement,\n\nLoïc Garnier\nResponsable grands comptes – Pneumatix Flotte\nLyon · Liège · Casablanca\n"
    "+33 4 72 91 36 08\n\nPour ne plus recevoir nos messages, répondez STOP."
)
_TR = "Gareth Price <gareth.price@treadline.co.uk>"
_TR_SIG = (
    "Cheers,\nGareth\n\nGareth Price | Fleet Accounts | Treadline Fleet Tyres\nBirmingham · Dublin · Nairobi | "
    "+44 121 496 0733\n\nDon't want to hear from us? Unsubscribe here: treadline.co.uk/unsubscribe"
)
_EG = "Claire Morvan <c.morvan@egide-pj.fr>"
_EG_SIG = (
    "Bien à vous,\n\nClaire Morvan\nConseillère entreprises – Égide Protection Juridique\nParis · Bruxelles · Genève\n"
    "01 86 95 40 12\n\nÉgide Protection Juridique, courtier en assurances, ORIAS 21 004 517. Conformément au RGPD, vous "
    "pouvez vous opposer à tout moment à nos envois en répondant « OPPOSITION » ou en écrivant à dpo@egide-pj.fr."
)
_ST = "Niamh Walsh <niamh.walsh@stanchionlegal.com>"
_ST_SIG = (
    "Kind regards,\nNiamh\n\nNiamh Walsh | Business Development | Stanchion Legal Expenses\nLondon · Dublin · Singapore"
    " | +44 20 3966 2051\n\nStanchion Legal Expenses Ltd is authorised and regulated by the Financial Conduct "
    "Authority. Not relevant? Reply 'no thanks' and I'll close your file."
)
_BEL = "Mathilde Gagnon <mathilde@bellerive.coffee>"
_BEL_SIG = (
    "Au plaisir,\nMathilde Gagnon\nDéveloppement entreprises – Torréfaction Bellerive\nMontréal · Lausanne · Lyon\n"
    "514 555 0187\n\nSe désabonner : bellerive.coffee/desabonnement"
)
_RW = "Liam Nguyen <liam@roastwell.com.au>"
_RW_SIG = (
    "Cheers,\nLiam\n\nLiam Nguyen\nOffice Partnerships, Roastwell Office Coffee\nMelbourne · Manchester · Singapore\n"
    "+61 3 9013 4482"
)
_RD = "Antoine Lefebvre <a.lefebvre@relais-daf.com>"
_RD_SIG = (
    "Cordialement,\n\nAntoine Lefebvre\nAssocié – Relais DAF\nDirection financière de transition et à temps partagé\n"
    "Paris · Luxembourg · Monaco · Casablanca\n+33 1 84 25 63 90\n\nPour ne plus être sollicité(e), répondez "
    "« RETIRER »."
)
_LB = "James Whitaker <james.whitaker@ledgerbridge.co.uk>"
_LB_SIG = (
    "Best regards,\n\nJames Whitaker\nPartner, Ledgerbridge Interim CFO\nLondon · Dublin · Singapore · Sydney\n"
    "+44 20 3880 1290\n\nWe contact you about services relevant to your role under legitimate interests (UK GDPR art. "
    "6(1)(f)). To object, reply OBJECT or email privacy@ledgerbridge.co.uk."
)
_AD = "Sébastien Roux <s.roux@additiva-pieces.fr>"
_AD_SIG = (
    "Cordialement,\nSébastien Roux\nIngénieur d'affaires – Additiva Pièces\nImpression 3D industrielle de pièces de "
    "rechange\nGrenoble · Liège · Tanger\n04 76 28 90 53"
)
_FP = "Hannah Clarke <hannah.clarke@forgeprint.co.uk>"
_FP_SIG = (
    "Regards,\nHannah Clarke\nApplications Engineer | Forgeprint Spares\nSheffield · Toronto · Perth\n+44 114 496 0128"
    "\n\nReply STOP to opt out of further emails."
)
_NA = "Élodie Marchand <elodie.marchand@nouvelancrage.com>"
_NA_SIG = (
    "Bien cordialement,\n\nÉlodie Marchand\nResponsable comptes entreprises – Nouvel Ancrage Relocation\n"
    "Paris · Genève · Montréal\n+33 1 76 44 18 27\n\nVous recevez ce message en raison de vos fonctions. Gérer vos "
    "préférences ou vous désabonner : nouvelancrage.com/preferences"
)
_LF = "Arjun Mehta <arjun.mehta@landfallrelocation.com>"
_LF_SIG = (
    "Warm regards,\nArjun Mehta\nClient Director, Landfall Relocation\nSingapore · London · Nairobi\n+65 6805 2271\n\n"
    "We respect your privacy (PDPA, UK GDPR, Kenya DPA 2019). Reply UNSUBSCRIBE and we will not contact you again."
)

_PN1 = (
    "Bonjour,\n\nUn poids lourd qui roule avec 1 bar de moins consomme jusqu'à 3 % de gasoil en plus, et use ses pneus "
    "20 % plus vite. Pneumatix Flotte gère les pneus et l'entretien courant de flottes de 10 à 800 véhicules (camions, "
    "cars, utilitaires) : montage sur site, rechapage, suivi des pressions, géométrie.\n\n"
)
_PN1b = (
    "Je vous propose un audit pneus gratuit dans votre dépôt : un technicien contrôle chaque véhicule (usure, "
    "pressions, parallélisme) et vous laisse un rapport chiffré. Une demi-journée suffit.\n\n"
)
_PN1c = "Auriez-vous un créneau dans les semaines qui viennent ?\n\n"
_ST2a = "Hi,\n\nFollowing up on the free premium estimate. Three figures are enough (trade, headcount, turnover),"
_ST2b = " or if you'd rather talk it through I'm happy to set up a 15-minute call.\n\n"

# key -> (from, subject, body, key of the first email a follow-up sits on, or None, date, time)
MAILS: dict[str, tuple[str, str, str, str | None, date, str]] = {
    "pn1": (_PN, "Audit pneus gratuit de votre flotte", _PN1 + _PN1b + _PN1c + _PN_SIG, None, D("2026-10-01"), "08:47"),
    "pn2": (
        _PN,
        "RE: Audit pneus gratuit de votre flotte",
        "Bonjour,\n\nJe me permets de revenir vers vous au sujet de l'audit pneus gratuit. Avant l'hiver, c'est le bon "
        "moment : pneus neige, chaînes, pressions. Un devis pour un contrat d'entretien suit l'audit si vous le "
        "souhaitez, sans engagement.\n\nPréférez-vous un rendez-vous téléphonique d'abord ?\n\n" + _PN_SIG,
        "pn1",
        D("2026-10-08"),
        "09:15",
    ),
    "tr1": (
        _TR,
        "Free tyre audit for your fleet",
        "Hi,\n\nUnder-inflated tyres cost a 44-tonne truck up to 3% in fuel and wear out a fifth faster. Treadline "
        "looks after tyres and routine maintenance for fleets of 10 to 800 vehicles: on-site fitting, retreads, "
        "pressure monitoring, wheel alignment, 24/7 breakdown call-out.\n\nWe'd like to offer you a free tyre audit at "
        "your depot: a technician checks every vehicle (tread, pressures, alignment) and leaves you a costed report. "
        "It takes half a day.\n\nWould a visit in the next few weeks work?\n\n" + _TR_SIG,
        None,
        D("2026-09-30"),
        "10:02",
    ),
    "tr2": (
        _TR,
        "RE: Free tyre audit for your fleet",
        "Hi again,\n\nJust bumping this up. Winter is when blowouts and roadside call-outs spike, so it's a good time "
        "for the free audit. If it helps, we can also quote for a maintenance contract afterwards, no obligation.\n\n"
        "Happy to jump on a quick call first if that's easier.\n\n" + _TR_SIG,
        "tr1",
        D("2026-10-07"),
        "10:30",
    ),
    "eg1": (
        _EG,
        "Un litige prud'homal coûte en moyenne 15 000 € de frais",
        "Bonjour,\n\nLitige avec un salarié, client qui ne paie pas, contrôle fiscal, fournisseur défaillant : la "
        "protection juridique professionnelle d'Égide prend en charge les honoraires d'avocat et d'expert jusqu'à "
        "50 000 € par litige, et vous donne accès à une ligne de juristes du lundi au samedi.\n\nJe peux vous faire "
        "une estimation de prime gratuite sous 48 h : il me suffit de votre activité, de votre effectif et de votre "
        "chiffre d'affaires.\n\nVoulez-vous que je vous la prépare ?\n\n" + _EG_SIG,
        None,
        D("2026-09-29"),
        "14:20",
    ),
    "eg2": (
        _EG,
        "RE: Un litige prud'homal coûte en moyenne 15 000 € de frais",
        "Bonjour,\n\nJe reviens vers vous concernant l'estimation gratuite de votre prime de protection juridique. "
        "Trois chiffres suffisent (activité, effectif, CA). Si vous préférez en parler de vive voix, je vous propose un "
        "rendez-vous de 15 minutes.\n\n" + _EG_SIG,
        "eg1",
        D("2026-10-06"),
        "11:05",
    ),
    "st1": (
        _ST,
        "What would an employment tribunal cost you?",
        "Hi,\n\nAn employment tribunal claim, an unpaid invoice that needs chasing through court, an HMRC enquiry, a "
        "supplier dispute: Stanchion's business legal expenses cover pays solicitors' and experts' fees up to £100,000 "
        "per claim, with a legal helpline staffed by qualified lawyers.\n\nI can get you a free premium estimate "
        "within 48 hours. All I need is your trade, headcount and turnover.\n\nShall I put one together?\n\n" + _ST_SIG,
        None,
        D("2026-10-01"),
        "09:30",
    ),
    "st2": (
        _ST,
        "RE: What would an employment tribunal cost you?",
        _ST2a + _ST2b + _ST_SIG,
        "st1",
        D("2026-10-08"),
        "09:30",
    ),
    "bel1": (
        _BEL,
        "Du café torréfié la semaine dernière, livré au bureau",
        "Bonjour,\n\nLe café de bureau est souvent le même sac industriel qui attend six mois dans une armoire. Chez "
        "Bellerive, on torréfie chaque semaine et on livre vos équipes en grains frais (ou moulus pour le filtre), en "
        "abonnement ajustable, avec le prêt d'un moulin si besoin.\n\nJe vous propose une boîte dégustation gratuite : "
        "trois cafés de saison de 250 g pour que l'équipe choisisse.\n\nÀ quelle adresse puis-je l'envoyer ?\n\n"
        + _BEL_SIG,
        None,
        D("2026-09-30"),
        "13:10",
    ),
    "bel2": (
        _BEL,
        "RE: Du café torréfié la semaine dernière, livré au bureau",
        "Bonjour,\n\nPetit suivi pour la boîte dégustation gratuite : il nous reste quelques boîtes pour ce mois-ci. "
        "Si vous préférez un tarif pour votre nombre de buveurs de café, dites-moi combien vous êtes et je vous fais "
        "une soumission.\n\n" + _BEL_SIG,
        "bel1",
        D("2026-10-07"),
        "15:45",
    ),
    "rw1": (
        _RW,
        "Coffee roasted last week, delivered to your office",
        "Hi,\n\nMost office coffee is a catering-size bag that's been sitting in a cupboard since autumn. Roastwell "
        "roasts every week and delivers fresh beans (or ground for filter) on a flexible subscription, with a grinder "
        "on loan if you need one.\n\nCan I send you a free tasting box? Three seasonal coffees, 250 g each, so the team "
        "can pick a favourite.\n\nJust let me know where to post it.\n\n" + _RW_SIG,
        None,
        D("2026-10-01"),
        "07:55",
    ),
    "rw2": (
        _RW,
        "Re: Coffee roasted last week, delivered to your office",
        "Hi,\n\nQuick nudge on the free tasting box, we've a few left for October. If you'd rather have a price for "
        "your headcount, tell me how many coffee drinkers you have and I'll quote you.\n\n" + _RW_SIG,
        "rw1",
        D("2026-10-08"),
        "08:10",
    ),
    "rd1": (
        _RD,
        "DAF de transition : opérationnel en 72 h",
        "Bonjour,\n\nDépart imprévu d'un DAF, levée de fonds, reprise d'entreprise, clôture difficile, nouvel ERP : "
        "Relais DAF met à votre disposition un directeur financier expérimenté en 72 h, à temps plein ou à temps "
        "partagé (1 à 3 jours par semaine), sans recrutement.\n\nJe vous propose un diagnostic gratuit de 45 minutes "
        "avec l'un de nos associés, en visio ou dans vos locaux, pour faire le point sur votre fonction finance.\n\n"
        "Quel créneau vous conviendrait ?\n\n" + _RD_SIG,
        None,
        D("2026-10-02"),
        "08:30",
    ),
    "rd2": (
        _RD,
        "RE: DAF de transition : opérationnel en 72 h",
        "Bonjour,\n\nJe me permets de vous relancer au sujet du diagnostic gratuit de votre fonction finance. Beaucoup "
        "de dirigeants nous sollicitent avant la clôture de fin d'année ; nous pouvons aussi vous envoyer une "
        "proposition d'honoraires pour une mission ponctuelle.\n\n" + _RD_SIG,
        "rd1",
        D("2026-10-09"),
        "08:30",
    ),
    "lb1": (
        _LB,
        "An interim CFO in 72 hours",
        "Hi,\n\nA CFO who leaves mid-year, a funding round, an acquisition, a messy year-end, a new ERP: Ledgerbridge "
        "puts an experienced finance director in place within 72 hours, full-time or fractional (1-3 days a week), "
        "with no recruitment fee.\n\nI'd like to offer you a free 45-minute diagnostic with one of our partners, by "
        "video or at your office, to look at where your finance function stands.\n\nWould a slot next week suit?\n\n"
        + _LB_SIG,
        None,
        D("2026-10-01"),
        "11:40",
    ),
    "lb2": (
        _LB,
        "RE: An interim CFO in 72 hours",
        "Hi,\n\nFollowing up on the free finance diagnostic. A lot of founders speak to us before year-end; we can also "
        "send a fee proposal for a defined piece of work if that's more useful.\n\n" + _LB_SIG,
        "lb1",
        D("2026-10-08"),
        "11:15",
    ),
    "ad1": (
        _AD,
        "Pièce obsolète ? On la réimprime",
        "Bonjour,\n\nUn pignon introuvable, une came d'une machine de 1990, une pièce dont le fournisseur a disparu : "
        "Additiva Pièces les reproduit en impression 3D métal (inox, acier outil, aluminium) ou polymère technique "
        "(PA12, PEEK), à partir d'un plan ou par rétro-conception d'une pièce usée, en 5 à 10 jours.\n\nNous vous "
        "proposons d'imprimer gratuitement une première pièce : envoyez-nous un plan ou la pièce usée, on vous la "
        "renvoie avec un rapport de contrôle.\n\nVoulez-vous l'étiquette de transport ?\n\n" + _AD_SIG,
        None,
        D("2026-09-29"),
        "10:00",
    ),
    "ad2": (
        _AD,
        "RE: Pièce obsolète ? On la réimprime",
        "Bonjour,\n\nJe reviens vers vous pour l'impression gratuite d'une première pièce. Si vous avez une liste de "
        "références obsolètes, nous pouvons aussi chiffrer l'ensemble et vous envoyer un devis.\n\n" + _AD_SIG,
        "ad1",
        D("2026-10-06"),
        "10:20",
    ),
    "fp1": (
        _FP,
        "Obsolete part? We'll print it",
        "Hi,\n\nA gear nobody makes any more, a cam from a 1990s press, a bracket whose supplier went bust: Forgeprint "
        "reproduces spare parts by industrial 3D printing in metal (stainless, tool steel, aluminium) or engineering "
        "polymers (PA12, PEEK), from a drawing or by reverse-engineering a worn part, in 5 to 10 days.\n\nWe'll print "
        "your first part free: send us a drawing or the worn part and we'll send it back with an inspection report.\n\n"
        "Shall I email you a prepaid shipping label?\n\n" + _FP_SIG,
        None,
        D("2026-09-30"),
        "15:30",
    ),
    "fp2": (
        _FP,
        "RE: Obsolete part? We'll print it",
        "Hi,\n\nFollowing up on the free first part. If you have a list of obsolete part numbers we can also price the "
        "lot and send a quote.\n\n" + _FP_SIG,
        "fp1",
        D("2026-10-07"),
        "14:55",
    ),
    "na1": (
        _NA,
        "Mutations : vos salariés installés en 30 jours",
        "Bonjour,\n\nQuand un collaborateur est muté ou recruté loin de chez lui, c'est souvent la recherche de "
        "logement, l'école des enfants et l'emploi du conjoint qui font échouer la mobilité. Nouvel Ancrage prend tout "
        "en charge : recherche de logement, visites, inscriptions scolaires, déménagement, démarches sur place, "
        "accompagnement du conjoint.\n\nJe vous propose une revue gratuite de votre politique mobilité (packages, "
        "plafonds, prestataires) avec nos recommandations écrites.\n\nSouhaitez-vous en bénéficier ?\n\n" + _NA_SIG,
        None,
        D("2026-10-02"),
        "09:05",
    ),
    "na2": (
        _NA,
        "RE: Mutations : vos salariés installés en 30 jours",
        "Bonjour,\n\nJe reviens vers vous concernant la revue gratuite de votre politique mobilité. Si vous avez une "
        "mutation en vue, nous pouvons aussi vous faire une proposition tarifaire pour ce dossier.\n\n" + _NA_SIG,
        "na1",
        D("2026-10-09"),
        "09:40",
    ),
    "lf1": (
        _LF,
        "Getting your transferees settled in 30 days",
        "Hi,\n\nWhen an employee is transferred or hired from abroad, it's usually housing, schools and the partner's "
        "career that make or break the move. Landfall handles all of it: home finding, viewings, school places, "
        "household goods shipping, destination services and partner support.\n\nI'd like to offer you a free review of "
        "your mobility policy (packages, caps, suppliers) with written recommendations.\n\nWould that be useful?\n\n"
        + _LF_SIG,
        None,
        D("2026-10-01"),
        "06:20",
    ),
    "lf2": (
        _LF,
        "RE: Getting your transferees settled in 30 days",
        "Hi,\n\nFollowing up on the free mobility policy review. If you have a move coming up, I can also send a costed "
        "proposal for that assignment.\n\n" + _LF_SIG,
        "lf1",
        D("2026-10-08"),
        "06:45",
    ),
}


def T(
    lang: str,
    label: str,
    top: str,
    key: str | None = None,
    style: str = "",
    to: str = "",
    *,
    body: str | None = None,
    sent: str = DEFAULT_SENT,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """One reply: the prospect's new text, then the sender's email (and the first email under a follow-up) as the
    prospect's client quotes it. `body` replaces the sender's text (inline answers written into the quote)."""
    text = top
    if key is not None:
        frm, subj, mbody, parent, d, hm = MAILS[key]
        full = mbody if body is None else body
        if parent is not None:
            pfrm, psubj, pbody, _, pd, phm = MAILS[parent]
            full += block(style, pfrm, to, psubj, pd, phm, pbody)
        text += block(style, frm, to, subj, d, hm, full)
    return C(lang, label, text, sent=sent, until=until, referral=referral)


def fwd(key: str, lang: str, by: str, to: str, d: date, hm: str, comment: str) -> str:
    """A colleague's forward (with a comment) of the sender's email, as it sits under the reply of the person it was
    forwarded to."""
    frm, subj, body, _, md, mhm = MAILS[key]
    if lang == "fr":
        return (
            f"\n\nDe : {by}\nEnvoyé : {when('outlook_fr', d, hm)}\nÀ : {to}\nObjet : TR: {subj}\n\n{comment}\n\n"
            f"-------- Message d'origine --------\nDe : {frm}\nDate : {when('outlook_fr', md, mhm)}\nÀ : {by}\n"
            f"Objet : {subj}\n\n{body}"
        )
    return (
        f"\n\nFrom: {by}\nSent: {when('outlook_en', d, hm)}\nTo: {to}\nSubject: FW: {subj}\n\n{comment}\n\n"
        f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when('gmail_en', md, mhm)}\nSubject: {subj}\n"
        f"To: {by}\n\n{body}"
    )


# --------------------------------------------------------------------------- meeting_request

MEETING: list[dict[str, Any]] = [
    T(
        "fr",
        "meeting_request",
        "Bonjour M. Garnier,\n\nOk pour l'audit. Notre dépôt est à Aïn Sebaâ, on a 64 tracteurs et 90 semi-remorques. "
        "Le mieux c'est un mardi ou un jeudi matin avant 11h, après les camions sont partis.\n\nCordialement\n\n"
        "Nadia Alaoui\nResponsable exploitation\nTransMaghreb Logistique SARL\nTél : +212 522 35 71 80",
        "pn1",
        "outlook_fr",
        "Nadia Alaoui",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\n\nLa commune dispose de 23 véhicules (camions voirie, balayeuses, camionnettes). Le service travaux "
        "est d'accord pour que votre technicien passe au dépôt communal, rue des Carrières. Pouvez-vous me proposer "
        "deux dates en novembre ?\n\nBien à vous,\n\nGeoffrey Lambotte\nAttaché – Service des travaux\nAdministration "
        "communale d'Oupeye\nTél. 04 267 06 41\n\nLes informations contenues dans ce courriel sont confidentielles.",
        "pn2",
        "owa_fr",
        "Lambotte Geoffrey",
    ),
    T(
        "fr",
        "meeting_request",
        "ok pour le diag, jeudi 22 a 14h en visio ça vous va? envoyez un lien teams a moi et a tom@kelvo.lu",
        "rd1",
        "iphone_fr",
        "Sarah Weber <sarah@kelvo.lu>",
    ),
    T(
        "fr",
        "meeting_request",
        "Monsieur,\n\nNotre directeur financier nous quitte fin décembre, de façon un peu précipitée. Je souhaiterais "
        "vous rencontrer rapidement, idéalement la semaine prochaine à nos bureaux du boulevard des Moulins. Mon "
        "assistante, Mme Ferri, vous appellera pour fixer l'heure.\n\nFrédéric Allavena\nPrésident\nGroupe Allavena "
        "SAM – Monaco",
        "rd2",
        "outlook_fr",
        "Frédéric Allavena",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\navant de vous donner nos chiffres j'aimerais qu'on s'appelle 10 minutes, j'ai eu une mauvaise "
        "expérience avec une protection juridique qui n'a jamais rien couvert. Je suis joignable au 079 412 55 30 "
        "demain entre 12h et 14h.\nMerci\n\nPatrick Décosterd\nDécosterd Menuiserie Sàrl, Bulle",
        "eg2",
        "gmail_fr",
        "Patrick Décosterd <info@decosterd-menuiserie.ch>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour, plutot que d'envoyer des pieces, est ce qu'un de vos ingenieurs peut passer a l'usine ? on a une "
        "dizaine de references sur nos presses a injecter qui posent probleme, ce serait plus simple de les voir sur "
        "place. Zone franche de Tanger, on est a 20 min de votre agence\n\nYoussef El Amrani\nResp. maintenance – "
        "Rifplast Industries",
        "ad1",
        "android_fr",
        "y.elamrani@rifplast.ma",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour Madame Marchand,\n\nNous avons une vingtaine de mutations prévues vers Paris et Genève en 2027. "
        "Seriez-vous disponible pour une rencontre Teams la semaine du 26 octobre? Je mettrai en copie notre "
        "conseillère RH.\n\nMerci,\n\nIsabelle Côté\nDirectrice, Mobilité internationale\nGroupe Laurentide Ingénierie"
        "\n418 555-0193 poste 4410",
        "na1",
        "outlook_qc",
        "Côté, Isabelle",
    ),
    T(
        "fr",
        "meeting_request",
        "Plutôt qu'une boîte, est-ce que vous faites des dégustations sur place ? On est 40 à l'agence, ça ferait un "
        "bon prétexte pour un afterwork. Dites-moi quand vous passez à Lausanne.\n\nLéa\n\nLéa Rochat – Office "
        "manager\nPixelpoint Studio SA",
        "bel2",
        "apple_fr",
        "Léa Rochat <lea@pixelpoint.ch>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\nMes réponses dans votre texte ci-dessous [TC].\n\nThierry Collard\nAutocars Collard SRL – Seraing",
        "pn1",
        "outlook_fr",
        "Thierry Collard",
        body=_PN1
        + "[TC] Nous avons 12 cars et 5 minibus, pas de poids lourds marchandises.\n\n"
        + _PN1b
        + "[TC] D'accord sur le principe.\n\n"
        + _PN1c
        + "[TC] Mercredi 28 octobre au matin au dépôt, rue de la Station 40. Demandez Kevin à l'atelier.\n\n"
        + _PN_SIG,
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Monsieur Lefebvre,\n\nMon frère m'a transféré votre message (voir son commentaire plus bas). Je suis "
        "partant pour le diagnostic, appelez-moi au 06 12 48 77 30 quand vous voulez cette semaine.\n\nMarc Lopez\n"
        "Cogérant – Lopez & Fils Travaux Publics"
        + fwd(
            "rd1",
            "fr",
            "Bruno Lopez <bruno@lopez-tp.fr>",
            "Marc Lopez <marc@lopez-tp.fr>",
            D("2026-10-13"),
            "18:02",
            "Marc, vu le bazar avec le cabinet comptable ça vaut peut-être le coup. Moi pas intéressé perso, à toi de "
            "voir. Sinon tu réponds RETIRER et on n'en parle plus.\nB.",
        ),
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour, on se voit d'abord et ensuite vous me ferez un devis : passez au cabinet jeudi à 15h ? Pour info 3 "
        "associés, 9 salariés, 1,2 M€ de CA.\n\nCordialement,\nAgnès Perrin\nPerrin Vidal Architectes\n12 rue "
        "Oberkampf, 75011 Paris",
        "eg1",
        "gmail_fr",
        "Agnès Perrin <agnes@perrinvidal-archi.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nNous accueillons 6 cadres expatriés à Antananarivo l'année prochaine (familles comprises). "
        "Intervenez-vous à Madagascar ? Si oui, un appel visio serait utile, je suis disponible les lundis et mardis à "
        "partir de 14h heure de Tana (GMT+3).\n\nCordialement,\n\nNirina Rasoanaivo\nResponsable RH\nOcéan Indien "
        "Télécom SA",
        "na2",
        "outlook_fr",
        "Nirina Rasoanaivo",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Gareth, yes lets do the audit. We run 48 prime movers and 60 trailers out of our Mombasa Road yard. Any day "
        "except Friday.\n\nRegards,\nDaniel Otieno\nFleet Manager, Savannah Haulage Ltd\n+254 722 418 906",
        "tr2",
        "gmail_en",
        "Daniel Otieno <d.otieno@savannahhaulage.co.ke>",
    ),
    T(
        "en",
        "meeting_request",
        "Good afternoon Gareth,\n\nThe council's machinery yard at Ballincollig would be happy to host the audit. We "
        "have 31 vehicles including gritters, which would be timely. Could you give me a ring to arrange? Direct line "
        "021 428 5530.\n\nMáire Ní Bhriain\nFleet Officer | Machinery Yard\nComhairle Contae Chorcaí | Cork County "
        "Council\n\nThis e-mail and any files transmitted with it are confidential and intended solely for the "
        "addressee.",
        "tr1",
        "outlook_en",
        "Ní Bhriain, Máire",
    ),
    T(
        "en",
        "meeting_request",
        "Hey James, keen on the diagnostic. Thu 22 Oct 4pm SGT works? Send an invite to me + our COO "
        "(wei.jie@paylah-labs.sg).\n\nCheers\nNatalie Ong\nCo-founder & CEO, Paylah Labs Pte Ltd",
        "lb1",
        "gmail_en",
        "Natalie Ong <natalie@paylah-labs.sg>",
    ),
    T(
        "en",
        "meeting_request",
        "James - we're closing a Series B in Q1 and our controller is drowning. Can we talk this week? I'm in NY so "
        "morning your time is best.\n-Rachel\n\nSent from my iPhone",
        "lb2",
        "gmail_us",
        "Rachel Kim <rachel@brightloop.io>",
    ),
    T(
        "en",
        "meeting_request",
        "Before I send any figures I'd rather talk. We had a legal expenses policy years ago and they knocked back "
        "every claim. Ring me on 07700 900431 after 3pm?\n\nSteve Harding\nMD, Harding Scaffolding Ltd",
        "st1",
        "outlook_en",
        "Steve Harding",
    ),
    T(
        "en",
        "meeting_request",
        "Hannah, can your Perth team come out to site? We're 40 min from Kalgoorlie, FIFO roster so book it through "
        "me. Mostly liners, impeller housings and a couple of gearbox covers nobody makes anymore.\n\nCraig Mitchell\n"
        "Maintenance Superintendent\nGoldfields Ridge Mining Pty Ltd\nM 0417 662 093",
        "fp1",
        "outlook_en",
        "Craig Mitchell",
    ),
    T(
        "en",
        "meeting_request",
        "Dear Arjun,\n\nThank you for your email. We would welcome a meeting to discuss the policy review. Kindly "
        "propose a date; our offices are at Upper Hill, Nairobi.\n\nRegards,\n\nWanjiru Kariuki\nHead, Talent & Mobility"
        "\nHarambee Commercial Bank Ltd",
        "lf1",
        "outlook_en",
        "Wanjiru Kariuki",
    ),
    T(
        "en",
        "meeting_request",
        "Send the box by all means, but honestly I'd rather you came in and did a tasting with the team. We're 60 "
        "people and they'll argue about it anyway. Thursday lunchtimes are good.\n\nDanielle\nWorkplace Manager, "
        "Northern Quarter Digital",
        "rw1",
        "gmail_en",
        "Danielle Byrne <danielle@nqdigital.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "Yes to a call. Monday 9:30 AEDT?\n\nSent from my iPhone",
        "lb2",
        "apple_en",
        "Ben Castellano <ben@harbourfit.com.au>",
    ),
    T(
        "en",
        "meeting_request",
        "hi gareth this is tom from hollis removals dictating this so excuse the typos we've got 14 lorries and the "
        "tyres are costing us a fortune come and do your audit any tuesday morning our yard is on the dudley road "
        "cheers tom",
        "tr1",
        "gmail_en",
        "Tom Hollis <tom@hollisremovals.co.uk>",
    ),
    C(
        "en",
        "meeting_request",
        "Hi Arjun,\n\nOur MD passed this on to me (see below). We have 9 transfers into Singapore next year. Happy to set "
        "up a Zoom next week, Tuesday or Wednesday afternoon?\n\nBest,\nGrace Lim\nHead of HR, Meranti Capital "
        "Partners"
        + fwd(
            "lf2",
            "en",
            "Kenneth Tay <kenneth.tay@meranticapital.sg>",
            "Grace Lim <grace.lim@meranticapital.sg>",
            D("2026-10-12"),
            "21:47",
            "Grace - probably worth a look, don't commit to anything. K",
        ),
    ),
    T(
        "en",
        "meeting_request",
        "Niamh, answers inline.\nC.",
        "st2",
        "outlook_en",
        "Ciarán Doyle",
        body=_ST2a
        + "\n>> Not giving figures by email, sorry.\n"
        + _ST2b.strip()
        + "\n>> Yes. Wed 21st, 11am, my mobile 087 613 2294.\n\n"
        + _ST_SIG,
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "interested",
        "Avec plaisir ! Adresse : Atelier Nomade, 14 rue de la Charité, 69002 Lyon, à l'attention de Julie. On est 12 "
        "et on boit beaucoup trop de café 😅\n\nJulie",
        "bel1",
        "gmail_fr",
        "Julie Faure <julie@ateliernomade.fr>",
    ),
    T(
        "fr",
        "interested",
        "oui svp envoyez la boite au 4500 rue Molson bureau 210 Montreal H1Y 0A1, merci!!",
        "bel2",
        "iphone_fr",
        "Kim Tremblay <kim@studioboreal.ca>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\n\nOk pour l'essai. Je vous joins le plan d'un pignon de convoyeur (PDF + STEP), matière d'origine "
        "42CrMo4. Merci de me tenir au courant.\n\nCdlt\n\nJérôme Bailly\nTechnicien méthodes\nEmbouteillage des Alpes",
        "ad1",
        "outlook_fr",
        "Jérôme Bailly",
    ),
    T(
        "fr",
        "interested",
        "Pourquoi pas. Envoyez l'étiquette, je vous mets une came usée dans un carton. Mais je vous préviens, on a déjà "
        "essayé avec un autre imprimeur et ça n'a pas tenu 3 semaines.\n\nR. Gilson\nScierie Gilson & Fils – Malmedy",
        "ad2",
        "gmail_fr",
        "Raymond Gilson <scierie.gilson@skynet.be>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\n\nOui, volontiers pour la revue gratuite. Je vous envoie notre politique mobilité actuelle en pièce "
        "jointe (version 2023, un peu datée).\n\nCordialement,\n\nHélène Dubreuil\nDirectrice des ressources "
        "humaines\nVerrerie Dubreuil SAS\n\nCe message et ses pièces jointes sont confidentiels.",
        "na1",
        "outlook_fr",
        "Hélène Dubreuil",
    ),
    T(
        "fr",
        "interested",
        "Votre offre m'intéresse. Je dois en parler à mon associé, je reviens vers vous rapidement.\n\nEnvoyé de mon "
        "mobile Samsung",
        "eg1",
        "android_fr",
        "cabinet.mercier.avocats@orange.fr",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\n\nMerci pour votre message, très pertinent dans notre situation actuelle. Je vais y réfléchir et je "
        "reviens vers vous.\n\nBien cordialement,\nKarim Bennani\nDirecteur général – Atlas Agro Export, Agadir",
        "rd1",
        "gmail_fr",
        "Karim Bennani <k.bennani@atlasagroexport.ma>",
    ),
    T(
        "fr",
        "interested",
        "Ca tombe bien, on avait prévu de revoir le contrat pneus cette année. Je vous tiens au courant.\n\nS. Morel\n"
        "Transports Morel – Villefranche",
        "pn2",
        "gmail_fr",
        "Stéphane Morel <transports.morel@wanadoo.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour, je m'étais désabonnée de votre infolettre l'an dernier mais la boîte dégustation me tente bien ! "
        "Envoyez-la à : Fiduciaire Rochat-Blanc SA, Av. de la Gare 12, 1003 Lausanne.\n\nMeilleures salutations\n"
        "Corinne Blanc",
        "bel1",
        "apple_fr",
        "Corinne Blanc <c.blanc@rochat-blanc.ch>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour Madame,\n\nCe serait avec plaisir, nous avons justement une refonte de notre politique de mobilité en "
        "cours. Comment souhaitez-vous procéder ?\n\nMeilleures salutations,\n\nLaurent Schmit\nHead of HR Operations\n"
        "Banque Privée Moselle S.A. – Luxembourg",
        "na2",
        "outlook_fr",
        "Schmit Laurent",
    ),
    T(
        "en",
        "interested",
        "Yes please! Office is at 71 Robinson Road #14-01, Singapore 068895, attn Mei. We're 25 pax.\n\nThanks!\nMei",
        "rw1",
        "gmail_en",
        "Tan Mei Xin <mei@lumenlabs.sg>",
    ),
    T(
        "en",
        "interested",
        "Go on then. Level 3, 120 Collins St. If it beats the pods in our kitchen I'll be surprised.\n\nPaul",
        "rw2",
        "apple_en",
        "Paul Hendry <paul.hendry@hendrylegal.com.au>",
    ),
    T(
        "en",
        "interested",
        "Yes please send the label. We'll send the worn impeller from the slurry pump, it's about 4kg.\n\nGlen Ryan\n"
        "Plant Engineer, Midlands Aggregates Ltd",
        "fp1",
        "outlook_en",
        "Glen Ryan",
    ),
    T(
        "en",
        "interested",
        "Sounds promising. Attached is a drawing for a bronze bushing we can't source anymore. Let's see what you can "
        "do.\n\nMike Kowalski\nMaintenance Lead | Great Lakes Bottling Co.\nToledo, OH",
        "fp2",
        "outlook_us",
        "Kowalski, Mike",
    ),
    T(
        "en",
        "interested",
        "That would be useful, thanks. I'll dig out our current policy and send it over next week.\n\nRebecca\n\n"
        "Rebecca Shaw | People Director | Calder Engineering Group",
        "lf1",
        "outlook_en",
        "Rebecca Shaw",
    ),
    T(
        "en",
        "interested",
        "Could be useful. Leave it with me.\n\nGet Outlook for iOS",
        "st2",
        "outlook_en",
        "Owen Pritchard",
    ),
    T(
        "en",
        "interested",
        "Appreciate this, timing's actually good. Let me chat with the board and I'll come back to you.\n\nAoife",
        "lb1",
        "gmail_en",
        "Aoife Brennan <aoife@tidewaterhealth.ie>",
    ),
    T(
        "en",
        "interested",
        "This is timely, our current tyre contract is up for renewal. Keep me posted.\n\nLinda\n\nLinda Okafor\n"
        "Transport Manager | Crestline Foods",
        "tr2",
        "outlook_en",
        "Linda Okafor",
    ),
    T(
        "en",
        "interested",
        "yes!!! we'd love the tasting box. 22 Gawler Pl, Adelaide SA 5000. thank you 🙏",
        "rw1",
        "apple_en",
        "hello@saltbushdesign.com.au",
    ),
    T(
        "en",
        "interested",
        "Dear Arjun,\n\nNoted with thanks. We are interested in the policy review and I will share our mobility "
        "guidelines by Friday.\n\nKind regards,\nPeter Mwangi\nHR Business Partner\nAfriSure Insurance Group",
        "lf2",
        "outlook_en",
        "Peter Mwangi",
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION: list[dict[str, Any]] = [
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce que votre contrat couvre un litige déjà en cours ? Nous avons formé opposition à une "
        "injonction de payer le mois dernier. Et les différends avec l'URSSAF, c'est pris en charge ?\n\nMerci,\n"
        "Sandrine Lacombe\nGérante – Lacombe Paysages EURL",
        "eg1",
        "gmail_fr",
        "Sandrine Lacombe <lacombe.paysages@gmail.com>",
    ),
    T(
        "fr",
        "information_request",
        "Vous intervenez aussi sur les engins de chantier (chargeuses, pelles sur pneus) ou seulement sur la route ? Et "
        "vous avez des techniciens vers Namur ?\n\nDidier Renard\nRenard Terrassements SA",
        "pn1",
        "outlook_fr",
        "Didier Renard",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVos cafés sont-ils bio et équitables ? Nous avons une politique d'achats responsables assez "
        "stricte. Auriez-vous une fiche produit par café ?\n\nCordialement,\nMarion Guerin\nAcheteuse – Mutuelle "
        "Rhône Solidaire",
        "bel1",
        "owa_fr",
        "Guerin Marion",
    ),
    T(
        "fr",
        "information_request",
        "Quelles certifications avez-vous ? Nous sommes sous-traitants aéronautiques, il nous faut EN 9100 au minimum "
        "et une traçabilité matière complète. Sinon inutile d'aller plus loin.\n\nFabrice Martel\nResponsable qualité\n"
        "Martel Précision – Figeac",
        "ad2",
        "outlook_fr",
        "Fabrice Martel",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nComment fonctionnent vos honoraires en général ? Au jour, au mois, avec une part variable ? Et "
        "avez-vous des références dans l'hôtellerie ?\n\nBien à vous,\nCaroline Vasseur\nSecrétaire générale\nGroupe "
        "Hôtelier des Cimes",
        "rd2",
        "gmail_fr",
        "Caroline Vasseur <c.vasseur@hotelsdescimes.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour, est-ce que vous avez quelqu'un qui parle français à Toronto ? Nos techniciens à l'usine de "
        "Drummondville sont francophones. Et vous imprimez la fonte ou juste l'acier?\n\nMartin Bélanger\nContremaître "
        "entretien, Fonderie Saint-Laurent inc.",
        "fp1",
        "outlook_qc",
        "Bélanger, Martin",
    ),
    T(
        "fr",
        "information_request",
        "vous livrez a Sherbrooke?",
        "bel2",
        "iphone_fr",
        "Josée Lapointe <josee@clinique-estrie.ca>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\nest-ce que les litiges entre associés sont couverts ? c'est surtout ça qui nous inquiète en ce "
        "moment...\nCdt\nVincent",
        "eg2",
        "gmail_fr",
        "Vincent Keller <v.keller@keller-ingenierie.ch>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVous expédiez jusqu'à Madagascar ? Quels délais pour une pièce en inox 316L d'environ 2 kg ? Le "
        "site est à Moramanga, le dédouanement prend souvent 3 semaines.\n\nMerci\n\nHery Andriamanantena\nChef de "
        "maintenance\nMinerais de l'Est SA",
        "ad1",
        "outlook_fr",
        "Hery Andriamanantena",
    ),
    T(
        "fr",
        "information_request",
        "Vos DAF de transition connaissent-ils la fiscalité monégasque (ISB notamment) ? Pouvez-vous m'envoyer deux ou "
        "trois CV anonymisés ?\n\nC. Giordano\nDirectrice administrative – SBM Yachting Services SAM",
        "rd1",
        "outlook_fr",
        "Giordano Chiara",
    ),
    T(
        "en",
        "information_request",
        "Does this cover HMRC investigations into the directors personally, or only the company? And is there an "
        "excess per claim?\n\nThanks\nGemma",
        "st1",
        "gmail_en",
        "Gemma Lloyd <gemma@lloydandfinch.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "Do you handle reefer trailers, and do you do retreading in Kenya or only in the UK?\n\nRegards\nAbdi Hassan\n"
        "Operations, Coldchain East Africa Ltd",
        "tr1",
        "outlook_en",
        "Abdi Hassan",
    ),
    T(
        "en",
        "information_request",
        "Do you do decaf? Half the office is off caffeine. Also is the grinder loan free or do we rent it?",
        "rw1",
        "gmail_en",
        "Sophie Barnes <sophie@tallyho-agency.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "What's the max build size for metal? Our part is 450mm long. And can you do heat treatment in house?\n\n--\n"
        "Greg Fowler | Senior Maintenance Engineer | Westbury Packaging",
        "fp2",
        "gmail_en",
        "Greg Fowler <g.fowler@westburypack.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "How does your fee structure work generally - day rate, monthly retainer? Any references in healthcare?\n\n"
        "Thanks,\nLouise",
        "lb2",
        "outlook_en",
        "Louise Fenton",
    ),
    T(
        "en",
        "information_request",
        "Do you cover inbound moves into Nairobi or only outbound? Could you share a brochure?\n\nRegards,\nAchieng "
        "Odhiambo\nHR Manager, Safari Logistics Kenya",
        "lf1",
        "gmail_en",
        "Achieng Odhiambo <a.odhiambo@safarilogistics.co.ke>",
    ),
    T(
        "en",
        "information_request",
        "what's the catch?",
        "rw2",
        "apple_en",
        "Dan Whitfield <dan@whitfieldarchitects.com.au>",
    ),
    T(
        "en",
        "information_request",
        "Hey Gareth, y'all have any presence in Texas or is this UK only? We run 200 tractors out of Laredo.\n\n"
        "Ray Delgado\nDelgado Freight Lines | VP Maintenance",
        "tr2",
        "gmail_us",
        "Ray Delgado <ray@delgadofreight.com>",
    ),
    T(
        "en",
        "information_request",
        "Hi Niamh, is the policy available to Singapore-incorporated companies, and which law firms are on your panel "
        "here?\n\nBest regards,\nJonathan Lee\nFinance Director, Orchid Trading Pte Ltd",
        "st2",
        "outlook_en",
        "Jonathan Lee",
    ),
    T(
        "en",
        "information_request",
        "Hi Hannah, Phil forwarded this to me. Before we go any further: who owns the IP on a reverse-engineered part? "
        "Our OEM contract is strict on that.\n\nNadine Roberts\nLegal Counsel, Roberts Aerospace Components",
        "fp1",
        "outlook_en",
        "Nadine Roberts",
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTE: list[dict[str, Any]] = [
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nVoici les éléments : cabinet d'expertise comptable, 14 salariés, CA 1,9 M€. Merci pour "
        "l'estimation.\n\nCordialement,\nPhilippe Arnaud\nExpert-comptable associé\nArnaud & Associés – Nantes",
        "eg2",
        "outlook_fr",
        "Philippe Arnaud",
    ),
    T(
        "fr",
        "quote_request",
        "Pas besoin d'audit, on connait nos pneus. Donnez moi plutot un prix pour 40 pneus 315/80 R22.5 montés, en "
        "rechapé si possible.\n\nHassan\nTransports Benjelloun – Fès",
        "pn1",
        "android_fr",
        "transports.benjelloun@menara.ma",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nNous sommes environ 35 buveurs de café, avec 2 machines à grain. Pouvez-vous me faire une "
        "soumission pour un abonnement mensuel ?\n\nMerci\n\nValérie Gauthier\nAdjointe administrative\nCabinet de "
        "notaires Gauthier Roy",
        "bel2",
        "outlook_qc",
        "Gauthier, Valérie",
    ),
    T(
        "fr",
        "quote_request",
        "On cherche un DAF à temps partagé 2 jours/semaine pendant 6 mois pour une PME de 80 personnes. Combien ça "
        "coûte ?\n\nOlivier Chauvin – PDG Chauvin Emballages",
        "rd1",
        "gmail_fr",
        "Olivier Chauvin <o.chauvin@chauvin-emballages.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nJe vous joins la liste de 27 références obsolètes de notre ligne d'embouteillage (Krones 1996). "
        "Pouvez-vous chiffrer l'ensemble ?\n\nCordialement,\nLaurence Pichon\nAcheteuse pièces de rechange\nSource "
        "Vive des Vosges",
        "ad2",
        "outlook_fr",
        "Laurence Pichon",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nNous avons une mutation Lyon → Genève en janvier : un ingénieur, son épouse et deux enfants (6 et "
        "9 ans). Pouvez-vous me faire une proposition pour ce dossier ?\n\nCordialement,\nAurélie Brun\nChargée RH – "
        "Alpitec Industries",
        "na2",
        "gmail_fr",
        "Aurélie Brun <aurelie.brun@alpitec.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "combien pour une srl de 3 personnes ? plombier chauffagiste, CA 400k",
        "eg1",
        "iphone_fr",
        "Kevin Dumont <dumont.chauffage@gmail.com>",
    ),
    T(
        "fr",
        "quote_request",
        "Envoyez-moi d'abord votre grille tarifaire pour l'entretien de 18 porteurs, et si c'est raisonnable on "
        "pourra prendre rendez-vous pour l'audit.\n\nJ-P Favre\nFavre Distribution SA – Sion",
        "pn2",
        "gmail_fr",
        "Jean-Pierre Favre <jp.favre@favre-distribution.ch>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour Monsieur,\n\nPourriez-vous nous adresser une proposition d'honoraires pour une mission de clôture 2026 "
        "(consolidation de 4 entités, Luxembourg et Belgique) ?\n\nBien à vous,\n\nAnne Reuter\nCFO a.i.\nNordlicht "
        "Holding S.A.",
        "rd2",
        "outlook_fr",
        "Reuter Anne",
    ),
    T(
        "fr",
        "quote_request",
        "Merci pour la relance. Le devis pour le contrat d'entretien m'intéresse, pour 22 camions et 30 remorques. "
        "L'audit on verra après.\n\nAziz Lahlou\nDirecteur d'exploitation – Lahlou Frigo Transport",
        "pn2",
        "outlook_fr",
        "Aziz Lahlou",
    ),
    T(
        "en",
        "quote_request",
        "Trade: veterinary practice (3 sites). Headcount 22. Turnover £2.4m. Go on then, let's see the number.\n\nFiona"
        "\n\nFiona McLeod BVMS MRCVS\nClinical Director, Glenview Vets",
        "st1",
        "gmail_en",
        "Fiona McLeod <fiona@glenviewvets.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Skip the audit, just price me 120 x 295/80R22.5 drive tyres a year, fitted at our yard.\n\nMark\nDunmore "
        "Transport",
        "tr1",
        "orig_en",
        "Mark Dunne",
    ),
    T(
        "en",
        "quote_request",
        "We're 80 people across 2 floors and go through maybe 3kg a week. What would that cost per month?\n\nHarriet "
        "Cole | Office Manager | Ardent Media",
        "rw2",
        "outlook_en",
        "Harriet Cole",
    ),
    T(
        "en",
        "quote_request",
        "Can you send a fee proposal for a fractional CFO, 2 days a week for 6 months, to get us through a Series A?\n"
        "\nThanks\nTom Gallagher\nFounder, Quayside Robotics",
        "lb2",
        "gmail_en",
        "Tom Gallagher <tom@quaysiderobotics.ie>",
    ),
    T(
        "en",
        "quote_request",
        "Attached is a list of 12 obsolete part numbers from our packaging line. Can you quote for the lot? Drawings "
        "available for 8 of them.\n\nRegards,\nSimon Patel\nEngineering Manager, Pennine Snacks Ltd",
        "fp2",
        "outlook_en",
        "Simon Patel",
    ),
    T(
        "en",
        "quote_request",
        "We have a senior engineer moving from London to Singapore in March, family of four, two kids in primary "
        "school. Please send a costed proposal.\n\nBest,\nOlivia Grant\nGlobal Mobility, Thameside Energy plc",
        "lf2",
        "outlook_en",
        "Olivia Grant",
    ),
    T(
        "en",
        "quote_request",
        "price for 10 people?",
        "rw2",
        "apple_en",
        "jess@copperkettlestudio.co.uk",
    ),
    T(
        "en",
        "quote_request",
        "Before we talk, send me the premium for a 40-staff groundworks firm, €7m turnover. Then I'll decide if the "
        "call is worth my time.\n\nDeclan Murphy\nMurphy Civil Engineering Ltd",
        "st2",
        "outlook_en",
        "Declan Murphy",
    ),
    T(
        "en",
        "quote_request",
        "Hi Antoine, our group language is English. Could you send a fee proposal for a 3-month interim CFO at our "
        "Luxembourg holding, starting as soon as possible?\n\nKind regards,\nErik Lindqvist\nChairman, Baltic Nordic "
        "Investments S.à r.l.",
        "rd2",
        "outlook_en",
        "Erik Lindqvist",
    ),
    T(
        "en",
        "quote_request",
        "What's your fee for a full destination-services package in Nairobi, 2 assignees, arriving January?\n\n"
        "Thanks,\nKaren Liu\nMobility Specialist | Cascade Water Solutions | Seattle, WA",
        "lf1",
        "gmail_us",
        "Karen Liu <karen.liu@cascadewater.com>",
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED: list[dict[str, Any]] = [
    T("fr", "not_interested", "Non merci.", "pn2", "iphone_fr", "Yves Carrel <carrel.transports@bluewin.ch>"),
    T(
        "fr",
        "not_interested",
        "Merci mais on a mis un stop à tous les abonnements l'an dernier, la direction ne veut plus en entendre "
        "parler.\n\nNathalie",
        "bel2",
        "gmail_fr",
        "Nathalie Joly <n.joly@imprimerie-joly.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous sommes déjà couverts par notre assureur multirisque. Bonne journée.\n\nB. Lefort\nLefort "
        "Boulangerie SAS",
        "eg1",
        "outlook_fr",
        "Lefort Bernard",
    ),
    T(
        "fr",
        "not_interested",
        "Nous avons un DAF en poste depuis 12 ans qui va très bien, merci.\n\nFrançois Mathieu\nDirecteur général\n"
        "Mathieu Plasturgie",
        "rd1",
        "outlook_fr",
        "François Mathieu",
    ),
    T(
        "fr",
        "not_interested",
        "On a une imprimante 3D à 300 € dans l'atelier qui fait ça très bien, merci 🙄",
        "ad1",
        "gmail_fr",
        "Greg <atelier@mecaservices-liege.be>",
    ),
    T(
        "fr",
        "not_interested",
        "Nous n'avons aucune mobilité, nous sommes 8 personnes dans le même village.\n\nChristine Aubert\nAubert "
        "Menuiseries",
        "na1",
        "gmail_fr",
        "Christine Aubert <contact@aubert-menuiseries.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour Madame,\n\nJe vous remercie de votre proposition qui, malheureusement, ne correspond pas à nos "
        "besoins actuels.\n\nAvec mes meilleures salutations,\n\nDaniel Favre\nDirecteur\nFavre & Cie Fiduciaire SA\n"
        "Rue du Rhône 61 – 1204 Genève",
        "eg2",
        "outlook_fr",
        "Favre Daniel",
    ),
    T(
        "fr",
        "not_interested",
        "Pas intéressés, on a déjà notre torréfacteur du quartier pis on l'aime ben. Bonne continuation!",
        "bel1",
        "gmail_fr",
        "Mathieu Pelletier <mathieu@garagepelletier.ca>",
    ),
    T(
        "fr",
        "not_interested",
        "Pas pour nous, nos camions sont en location full service chez le constructeur, les pneus sont compris dedans."
        "\n\nCordialement\nE. Dumont\nDumont Logistique SPRL",
        "pn1",
        "outlook_fr",
        "Dumont Eric",
    ),
    T(
        "fr",
        "not_interested",
        "Troisième mail en deux semaines... La réponse est toujours non.",
        "rd2",
        "outlook_fr",
        "Pascale Henry",
    ),
    T(
        "fr",
        "not_interested",
        "Merci, mais nous n'embauchons plus d'expatriés depuis 2024, tout est recruté localement.\n\nTiana "
        "Razafindrakoto\nDRH – Vanille Export Sava",
        "na2",
        "gmail_fr",
        "Tiana Razafindrakoto <drh@vanilleexportsava.mg>",
    ),
    T("en", "not_interested", "no thanks", "tr2", "gmail_en", "Stuart Keane <stuart@keanehaulage.co.uk>"),
    T(
        "en",
        "not_interested",
        "No thanks, not for us.\n\nSent from my iPhone",
        "rw2",
        "apple_en",
        "Andrew Tan <andrew@tanassociates.sg>",
    ),
    T(
        "en",
        "not_interested",
        "Not for us thanks, we're covered through our FSB membership.\n\nAlan",
        "st1",
        "gmail_en",
        "Alan Whitby <alan@whitbyelectrical.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "We've just hired a permanent CFO, so no need. Thanks.\n\nSam Fraser\nCEO, Ironbark Analytics",
        "lb1",
        "outlook_en",
        "Sam Fraser",
    ),
    T(
        "en",
        "not_interested",
        "If I wanted parts that crack after a week I'd print them myself. Pass.",
        "fp2",
        "gmail_en",
        "Rob Hartley <rob@hartleyfab.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "We're a 6-person remote company. Nobody is relocating anywhere 😂",
        "lf1",
        "gmail_en",
        "Chloe Martin <chloe@brightpixel.co>",
    ),
    T(
        "en",
        "not_interested",
        "Hi Hannah,\n\nThank you for reaching out. After review, this isn't something we'll be pursuing at this time.\n"
        "\nBest of luck,\n\nJennifer Walsh\nProcurement Specialist | Meridian Aerospace Inc.\n\nCONFIDENTIALITY NOTICE: "
        "This message is intended only for the use of the individual or entity to which it is addressed.",
        "fp1",
        "outlook_us",
        "Walsh, Jennifer",
    ),
    T(
        "en",
        "not_interested",
        "Ah we're grand, the lads in the local tyre place look after us. Thanks anyway.\n\nPJ",
        "tr1",
        "gmail_en",
        "PJ Gallagher <pj@gallaghercoaches.ie>",
    ),
    T(
        "en",
        "not_interested",
        "Sorry ah, we already got vendor for this. No need.",
        "lf2",
        "gmail_en",
        "Jason Lim <jasonlim@kaizenmarine.sg>",
    ),
    T(
        "en",
        "not_interested",
        "Dear Gareth,\n\nThank you for your email. Our trucks are under a full maintenance lease with the dealer, "
        "tyres included. We shall therefore not require your services.\n\nRegards,\nGeorge Wafula\nTransport "
        "Officer, Mumias Agro Processors Ltd",
        "tr1",
        "outlook_en",
        "George Wafula",
    ),
    T(
        "en",
        "not_interested",
        "Still no. Appreciate the persistence though.\n\nKate",
        "lb2",
        "gmail_en",
        "Kate Ellison <kate@ellisonhomes.co.uk>",
    ),
]

# --------------------------------------------------------------------------- not_now

NOT_NOW: list[dict[str, Any]] = [
    T(
        "fr",
        "not_now",
        "Bonjour, pas le moment, on est en pleine saison des agrumes. Rappelez-moi en janvier, on renégocie le contrat "
        "pneus à ce moment-là.\n\nRachid Ouazzani\nOuazzani Transport – Berkane",
        "pn1",
        "android_fr",
        "r.ouazzani@ouazzanitransport.ma",
        until="2027-01-01",
    ),
    T(
        "fr",
        "not_now",
        "Budget 2026 bouclé. Recontactez-moi au 2e trimestre 2027.\n\nMarc Delvaux\nAdministrateur délégué\nDelvaux "
        "Électricité SA",
        "eg2",
        "outlook_fr",
        "Delvaux Marc",
        until="2027-04-01",
    ),
    T(
        "fr",
        "not_now",
        "Pas avant la clôture. Revenez vers moi après le 31 décembre.\n\nEnvoyé de mon iPhone",
        "rd2",
        "gmail_fr",
        "Julien Navarro <j.navarro@navarro-distribution.fr>",
        until="2027-01-01",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour Madame Marchand,\n\nNos mutations 2027 ne sont pas encore arrêtées. Réécrivez-moi dans six mois, "
        "j'y verrai plus clair.\n\nCordialement,\n\nSylvie Lavoie\nConseillère principale RH\nCaisse Desrivières",
        "na1",
        "outlook_qc",
        "Lavoie, Sylvie",
        sent="2026-10-15",
        until="2027-04-15",
    ),
    T(
        "fr",
        "not_now",
        "On déménage les bureaux en février, recontactez-moi une fois qu'on sera installés, là on n'a même plus de "
        "cuisine.\n\nAmandine",
        "bel1",
        "gmail_fr",
        "Amandine Roche <amandine@agence-roche.fr>",
        until=None,
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\n\nC'est intéressant mais pas avant le 9 novembre, on a l'arrêt technique de l'usine. À partir du 9 "
        "je suis à vous.\n\nXavier Collet\nResponsable maintenance\nSucrerie de la Sambre",
        "ad2",
        "outlook_fr",
        "Collet Xavier",
        until="2026-11-09",
    ),
    T(
        "fr",
        "not_now",
        "relancez moi dans 15 jours svp je suis sous l'eau",
        "rd1",
        "iphone_fr",
        "Thomas Girard <tgirard@girard-immo.fr>",
        until="2026-10-28",
    ),
    T(
        "fr",
        "not_now",
        "Merci, à revoir l'an prochain.\n\nMeilleures salutations\nR. Zbinden\nZbinden Transports SA",
        "eg1",
        "outlook_fr",
        "Zbinden René",
        sent="2026-10-20",
        until="2027-01-01",
    ),
    T(
        "fr",
        "not_now",
        "Après les fêtes peut-être, là c'est la folie avec les commandes de Noël.\n\nCamille\nChocolaterie des Monts",
        "bel2",
        "gmail_fr",
        "Camille Jacquet <camille@chocolateriedesmonts.ch>",
        until=None,
    ),
    T(
        "fr",
        "not_now",
        "Pas avant fin novembre, on a le renouvellement de la flotte en cours et je ne veux pas mélanger les sujets.\n\n"
        "Cordialement,\nLionel Bertin\nResponsable parc – Cars Bertin",
        "pn2",
        "outlook_fr",
        "Bertin Lionel",
        until="2026-12-01",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\n\nPourriez-vous revenir vers moi la semaine du 23 novembre ? Nous aurons alors arbitré le budget "
        "mobilité 2027.\n\nBien cordialement,\nSophie Kremer\nResponsable développement RH\nLuxAssur S.A.",
        "na2",
        "outlook_fr",
        "Kremer Sophie",
        until="2026-11-23",
    ),
    T(
        "en",
        "not_now",
        "Try me again in April, the fleet renewal will be done by then.\n\nRegards\nMartin Shaw\nShaw Coaches",
        "tr2",
        "outlook_en",
        "Martin Shaw",
        until="2027-04-01",
    ),
    T(
        "en",
        "not_now",
        "Not until after our year end on 30 June, we're flat out with the audit prep and a system migration.\n\nCheers,\n"
        "Lachlan",
        "lb1",
        "gmail_en",
        "Lachlan Reid <lachlan@reidconstruction.com.au>",
        until="2027-07-01",
    ),
    T(
        "en",
        "not_now",
        "We're mid-refurb and the kitchen's gone. Ping me in 3 months?",
        "rw1",
        "gmail_en",
        "Priya Shah <priya@fennelandco.com.au>",
        until="2027-01-14",
    ),
    T(
        "en",
        "not_now",
        "give me a fortnight, board meeting coming up",
        "st2",
        "apple_en",
        "Helen Carver <helen@carverdental.co.uk>",
        sent="2026-10-16",
        until="2026-10-30",
    ),
    T(
        "en",
        "not_now",
        "Hi Hannah,\n\nWe're in shutdown until 9 November. Get back to me the week after and we'll talk parts.\n\n"
        "Kevin Armstrong\nReliability Engineer, Tyne Valley Paper Mill",
        "fp1",
        "outlook_en",
        "Kevin Armstrong",
        until="2026-11-16",
    ),
    T(
        "en",
        "not_now",
        "Nothing planned for this year. Reach out next year and we can see.\n\nRegards,\nDeborah Njoroge\nHR, Rift "
        "Valley Tea Estates",
        "lf2",
        "outlook_en",
        "Deborah Njoroge",
        until="2027-01-01",
    ),
    T(
        "en",
        "not_now",
        "James, early February would be better, once our Q4 numbers are out.\n\nBest,\nConor",
        "lb2",
        "gmail_en",
        "Conor Walsh <conor@walshfoods.ie>",
        until="2027-02-01",
    ),
    T(
        "en",
        "not_now",
        "Hi Niamh, let's revisit after Chinese New Year. Everyone is busy closing the year now.\n\nRegards\nKelvin Goh",
        "st1",
        "outlook_en",
        "Kelvin Goh",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "Once the merger closes we'll have a clearer picture of who's moving where. Check back then.\n\nMark",
        "lf1",
        "gmail_us",
        "Mark Donnelly <mdonnelly@summitgroup.com>",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "from 4 Jan we'll be in the new office, try me then and we'll do the tasting box",
        "rw2",
        "apple_en",
        "Isla Morgan <isla@morganlane.co.uk>",
        until="2027-01-04",
    ),
    T(
        "en",
        "not_now",
        "Not before December, we're buried in an ISO audit.\n\nAndy Cole\nMaintenance Manager | Cole Plastics Ltd",
        "fp2",
        "outlook_en",
        "Andy Cole",
        until="2026-12-01",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL: list[dict[str, Any]] = [
    T(
        "fr",
        "referral",
        "Bonjour, je ne m'occupe pas de la flotte. Voyez avec Karim Benjelloun, responsable parc : "
        "k.benjelloun@transatlas.ma\n\nCordialement\nSalma Idrissi\nAssistante de direction – Trans Atlas",
        "pn2",
        "outlook_fr",
        "Salma Idrissi",
        referral=("Karim Benjelloun", "k.benjelloun@transatlas.ma"),
    ),
    T(
        "fr",
        "referral",
        "C'est notre DAF qui gère les assurances, pas moi.",
        "eg2",
        "gmail_fr",
        "Émilie Garnier <emilie@garnier-traiteur.fr>",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nMadame Hanta Rakoto ne fait plus partie des effectifs de Sucrerie de Namakia depuis le 30 "
        "septembre 2026. Votre message n'a pas été transféré. Pour toute demande, merci d'écrire à "
        "contact@sucrerie-namakia.mg.\n\nCeci est un message automatique.",
        None,
        referral=(None, "contact@sucrerie-namakia.mg"),
    ),
    T(
        "fr",
        "referral",
        "Je ne suis plus chez Boréal Plastiques depuis juin. Bonne chance.",
        "ad1",
        "gmail_fr",
        "Luc Poirier <luc.poirier@borealplastiques.ca>",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nJe transfère à Luc Perrin (luc.perrin@perrin-bus.fr) qui gère le parc et l'atelier, il vous "
        "répondra directement. Luc, tu vois avec eux pour l'audit ?\n\nNicolas Perrin\nGérant – Autocars Perrin",
        "pn1",
        "gmail_fr",
        "Nicolas Perrin <nicolas@perrin-bus.fr>",
        referral=("Luc Perrin", "luc.perrin@perrin-bus.fr"),
    ),
    T(
        "fr",
        "referral",
        "Mauvaise personne, je suis au marketing. Essayez les RH peut-être.",
        "na1",
        "iphone_fr",
        "Inès Moreau <ines.moreau@groupe-valmy.fr>",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\nce n'est pas moi qui gère le café, c'est ma collègue Anne-Sophie, elle revient lundi. Je lui "
        "transmets.\nBonne journée",
        "bel2",
        "gmail_fr",
        "Pierre Dufour <p.dufour@dufour-avocats.fr>",
        referral=("Anne-Sophie", None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nToute prestation pour la Commune passe par une procédure de marché public. Merci d'adresser votre "
        "offre au service des achats : achats@ans.be.\n\nBien à vous,\n\nP. Maréchal\nSecrétariat communal – "
        "Administration communale d'Ans",
        "pn2",
        "owa_fr",
        "Maréchal Pascale",
        referral=(None, "achats@ans.be"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour, c'est Jean-François Tremblay qui s'occupe des mutations du personnel chez nous, au 514 555-0142 poste "
        "220. Moi je suis à la paie.\n\nNancy",
        "na2",
        "outlook_qc",
        "Bouchard, Nancy",
        referral=("Jean-François Tremblay", None),
    ),
    T(
        "fr",
        "referral",
        "Monsieur,\n\nCe sujet relève de notre directeur administratif et financier, M. Olivier Pastor, que je mets en "
        "copie (o.pastor@hotelduport.mc).\n\nCordialement,\n\nGabriel Médecin\nDirecteur général\nHôtel du Port – "
        "Monaco",
        "rd1",
        "outlook_fr",
        "Gabriel Médecin",
        referral=("Olivier Pastor", "o.pastor@hotelduport.mc"),
    ),
    T(
        "en",
        "referral",
        "Not me - try Priya Raman, our fleet manager: priya.raman@greenfieldfoods.co.uk\n\nJo",
        "tr1",
        "gmail_en",
        "Joanne Price <joanne.price@greenfieldfoods.co.uk>",
        referral=("Priya Raman", "priya.raman@greenfieldfoods.co.uk"),
    ),
    T(
        "en",
        "referral",
        "You want our Head of People for this, not me.\n\nSent from Outlook for Android",
        "lf2",
        "outlook_en",
        "Ravi Menon",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "Thank you for your email. Daniel Kamau has left Tsavo Freight Ltd. Please direct all enquiries to "
        "operations@tsavofreight.co.ke.\n\nThis is an automated message.",
        None,
        referral=(None, "operations@tsavofreight.co.ke"),
    ),
    T(
        "en",
        "referral",
        "I left Harcourt & Bell in August. Good luck.",
        "st2",
        "gmail_en",
        "Ollie Bishop <ollie.bishop@gmail.com>",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "wrong person sorry",
        "fp1",
        "apple_en",
        "Lucy Tran <lucy@tranoptics.com.au>",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "Speak to Fiona in procurement, she handles all the office supplies contracts.",
        "rw1",
        "outlook_en",
        "Chris Ward",
        referral=("Fiona", None),
    ),
    T(
        "en",
        "referral",
        "Hi Gareth,\n\nI'm the wrong contact for this but I've cc'd Mark Delaney (mark.delaney@shannonbus.ie) who "
        "runs maintenance at our Limerick depot.\n\nRegards,\nSiobhán Quinn\nShannon Bus Company",
        "tr2",
        "outlook_en",
        "Siobhán Quinn",
        referral=("Mark Delaney", "mark.delaney@shannonbus.ie"),
    ),
    T(
        "en",
        "referral",
        "We've no use for this ourselves, but our sister company has a lot of old packing machines. Talk to Sean "
        "O'Brien at Brennan Foods, sean.obrien@brennanfoods.ie.\n\nNiall",
        "fp2",
        "gmail_en",
        "Niall Brennan <niall@brennanbakery.ie>",
        referral=("Sean O'Brien", "sean.obrien@brennanfoods.ie"),
    ),
    T(
        "en",
        "referral",
        "Please contact finance@coastalcare.org.au instead, I'm not the right person.\n\nMargaret",
        "lb1",
        "gmail_en",
        "Margaret Hughes <m.hughes@coastalcare.org.au>",
        referral=(None, "finance@coastalcare.org.au"),
    ),
    T(
        "en",
        "referral",
        "Hi Arjun, pls liaise with my colleague Ms Tan Wei Ling, she handles mobility. weiling.tan@straitsbank.com.sg\n"
        "\nRgds\nDesmond",
        "lf1",
        "outlook_en",
        "Desmond Koh",
        referral=("Tan Wei Ling", "weiling.tan@straitsbank.com.sg"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE: list[dict[str, Any]] = [
    T("fr", "unsubscribe", "STOP", "pn2", "iphone_fr", "Alain Girod <girod.sa@bluewin.ch>"),
    T(
        "fr",
        "unsubscribe",
        "OPPOSITION\n\nMaître Hélène Castaing\nAvocate au Barreau de Bordeaux",
        "eg1",
        "outlook_fr",
        "Hélène Castaing",
    ),
    T("fr", "unsubscribe", "retirer", "rd2", "gmail_fr", "Bruno Masson <b.masson@masson-bois.fr>"),
    T(
        "fr",
        "unsubscribe",
        "Je vous ai déjà demandé deux fois de me retirer de vos listes. Prochaine étape : signalement à la CNIL.",
        "bel2",
        "gmail_fr",
        "Olivier Renaud <olivier@renaud-conseil.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Merci de ne plus m'écrire. Je ne sais pas où vous avez trouvé mon adresse.\n\nD. Lemoine",
        "ad2",
        "gmail_fr",
        "Denis Lemoine <denis.lemoine@free.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe n'ai jamais consenti à recevoir vos courriels. En vertu de la LCAP, je vous demande de retirer "
        "cette adresse de toutes vos listes.\n\nGuillaume Fortin\nNotaire\nFortin Leblanc notaires inc.",
        "na1",
        "outlook_qc",
        "Fortin, Guillaume",
    ),
    T(
        "fr",
        "unsubscribe",
        "pas intéressé et svp arrêtez les relances",
        "pn2",
        "android_fr",
        "garage.vandenbroeck@skynet.be",
    ),
    T(
        "fr",
        "unsubscribe",
        "Madame,\n\nJe m'oppose au traitement de mes données à des fins de prospection (article 21 du RGPD). Merci de "
        "supprimer mes coordonnées de votre fichier et de me le confirmer.\n\nJ. Vermeulen\nVermeulen Logistics SRL",
        "eg2",
        "outlook_fr",
        "Vermeulen Jan",
    ),
    T(
        "fr",
        "unsubscribe",
        "desinscrivez moi svp",
        "bel1",
        "iphone_fr",
        "Marie-Ève Côté <marieeve@cotedesign.ca>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Monsieur,\n\nConformément à la loi 09-08 relative à la protection des données personnelles, veuillez cesser "
        "tout envoi à cette adresse.\n\nSalutations\n\nM. Berrada\nBerrada & Associés – Casablanca",
        "rd1",
        "outlook_fr",
        "Berrada Mehdi",
    ),
    T("en", "unsubscribe", "no thanks", "st2", "gmail_en", "Gary Holt <gary@holtplumbing.co.uk>"),
    T("en", "unsubscribe", "STOP", "fp2", "apple_en", "Wayne Barker <wayne@barkerengineering.com.au>"),
    T(
        "en",
        "unsubscribe",
        "UNSUBSCRIBE\n\nRegards,\nLeong Kah Wai\nSenior Manager, Group HR\nPacific Straits Holdings",
        "lf2",
        "outlook_en",
        "Leong Kah Wai",
    ),
    T("en", "unsubscribe", "OBJECT", "lb1", "outlook_en", "Patricia Doyle"),
    T(
        "en",
        "unsubscribe",
        "Take me off your list please.",
        "tr1",
        "gmail_en",
        "Gavin Shields <gavin@shieldsfreight.co.uk>",
    ),
    T(
        "en",
        "unsubscribe",
        "This is the third time I've asked. Your unsubscribe link does nothing. Remove this address. If I get one more "
        "of these I'm reporting it to the ICO under PECR.",
        "tr2",
        "outlook_en",
        "Nigel Forsyth",
    ),
    T(
        "en",
        "unsubscribe",
        "I never consented to these emails. Under CASL, remove this address from your lists.\n\nDerek Chan\nOperations "
        "Manager | Maple Ridge Plastics",
        "fp1",
        "outlook_us",
        "Chan, Derek",
    ),
    T(
        "en",
        "unsubscribe",
        "Please stop emailing me. We have a coffee guy.",
        "rw2",
        "gmail_en",
        "Ruth Abbott <ruth@abbottlaw.com.au>",
    ),
    T(
        "en",
        "unsubscribe",
        "Dear Sir,\n\nKindly delete my personal data and cease all further contact, in line with the Data Protection "
        "Act 2019.\n\nRegards,\nJames Kiprono\nFinance Manager, Kericho Growers Co-operative",
        "lf1",
        "outlook_en",
        "James Kiprono",
    ),
    T(
        "en",
        "unsubscribe",
        "Fourth follow-up in two weeks. Lose my address.",
        "lb2",
        "gmail_en",
        "Hugo Sinclair <hugo@sinclairventures.co.uk>",
    ),
]

# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE: list[dict[str, Any]] = [
    T(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 26 octobre inclus. En cas d'urgence, merci de contacter "
        "Marc Dufour (m.dufour@dufour-transports.fr).\n\nCordialement,\nValérie Dufour",
        None,
    ),
    T("fr", "out_of_office", "Absent, retour le 19/10. Message non transféré.", None),
    T(
        "fr",
        "out_of_office",
        "Je suis absente du bureau jusqu'au 2 novembre, avec un accès limité à mes courriels. Pour une demande urgente, "
        "veuillez écrire à rh@cooprivieres.ca.\n\nI am out of the office until November 2 with limited access to "
        "email. For urgent matters, please write to rh@cooprivieres.ca.",
        None,
    ),
    T(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question relative aux achats, merci d'écrire à "
        "achats@grandsmoulins-lux.lu.\n\nMerci de votre compréhension.\nLaura Muller",
        None,
    ),
    T(
        "fr",
        "out_of_office",
        "Je suis en déplacement avec un accès limité à ma messagerie. Je vous répondrai dès que possible.\n\n"
        "Philippe Roussel\nDirecteur technique",
        "ad1",
        "outlook_fr",
        "Philippe Roussel",
    ),
    T(
        "fr",
        "out_of_office",
        "Merci pour votre message. Je suis en congés jusqu'au 23 octobre. Pour toute urgence, le secrétariat de "
        "direction reste joignable au +377 97 98 40 00.\n\nStéphanie Campora\nDirection financière – Monte-Carlo "
        "Résidences SAM",
        None,
    ),
    T(
        "fr",
        "out_of_office",
        "Bonjour, je suis en congé jusqu'au 20 octobre. Pour toute urgence veuillez contacter M. Tazi au 06 61 24 87 "
        "03.\nCordialement",
        "pn1",
        "outlook_fr",
        "Samir Chraibi",
    ),
    T(
        "fr",
        "out_of_office",
        "Absente pour mission à Fianarantsoa du 12 au 23 octobre, connexion internet aléatoire. Pour les urgences merci "
        "de passer par mon assistante Voahangy : voahangy.r@ong-tanymaitso.mg\n\nMisaotra / Merci\nLalao "
        "Randrianarisoa",
        None,
    ),
    T(
        "en",
        "out_of_office",
        "I'm out of the office until Monday 26 October with no access to email. For anything urgent please contact "
        "ops@brindleyhaulage.co.uk.\n\nThanks,\nRob",
        None,
    ),
    T(
        "en",
        "out_of_office",
        "G'day, I'm on annual leave until 2 November. For anything urgent contact Sarah Pike on "
        "sarah.pike@outbackminerals.com.au or 08 9021 4410.\n\nCheers, Dave",
        None,
    ),
    T("en", "out_of_office", "OOO until 10/19, limited access to email. If urgent, text me.\n\n-Brandon", None),
    T(
        "en",
        "out_of_office",
        "Thank you for your email. I am currently on leave and will be back on 21 Oct 2026. For urgent matters, kindly "
        "contact my colleague Ms Lee Hui Min at huimin.lee@jurongprecision.sg.\n\nRegards,\nBernard Sim",
        "fp2",
        "outlook_en",
        "Bernard Sim",
    ),
    T(
        "en",
        "out_of_office",
        "Dear Sender,\n\nI am away on official duty with limited access to email. Your message will be attended to "
        "upon my return.\n\nKind regards,\nEng. Joseph Mutua\nKenya Ports Authority",
        None,
    ),
    T(
        "en",
        "out_of_office",
        "I'm on parental leave until January 2027. Your email won't be forwarded. Please contact reception@"
        "finnegandental.ie for anything practice-related.",
        None,
    ),
    T(
        "en",
        "out_of_office",
        "I'm attending a conference from October 12-16 with limited access to email and will respond when I'm back.\n"
        "\nDenise Caron\nVP Finance | Northbridge Software Inc. | Ottawa",
        "lb2",
        "outlook_us",
        "Caron, Denise",
    ),
    T(
        "en",
        "out_of_office",
        "Automatic reply: I'm travelling this week with patchy signal, back in the office Monday. Urgent? Call the "
        "office on 0161 496 0555.",
        None,
    ),
]

# --------------------------------------------------------------------------- other

OTHER: list[dict[str, Any]] = [
    T(
        "fr",
        "other",
        "[Ticket #48213] Votre demande a bien été reçue.\n\nBonjour,\n\nMerci d'avoir contacté le service client du "
        "Groupe Castel Distribution. Votre demande a été enregistrée sous le numéro 48213 et sera traitée sous 48 h "
        "ouvrées.\n\nMerci de ne pas répondre à ce message automatique.",
        None,
    ),
    T(
        "fr",
        "other",
        "Votre message\n\n  À : Benoît Lacroix\n  Objet : RE: DAF de transition : opérationnel en 72 h\n  Envoyé : "
        "vendredi 9 octobre 2026 08:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 14 "
        "octobre 2026 09:31:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
        None,
    ),
    T(
        "fr",
        "other",
        "Pour info vos messages arrivent systématiquement dans nos indésirables, vérifiez votre SPF/DKIM. Je viens de "
        "retrouver celui-ci par hasard.",
        "ad2",
        "gmail_fr",
        "Fabien Leroy <f.leroy@leroy-meca.fr>",
    ),
    T(
        "fr",
        "other",
        "Bonjour,\n\nMerci d'utiliser désormais mon adresse c.bernard@groupe-hvl.fr, celle-ci sera fermée fin "
        "octobre.\n\nCordialement,\nCéline Bernard",
        "na2",
        "outlook_fr",
        "Céline Bernard",
    ),
    T(
        "fr",
        "other",
        "Merci de retirer Julie de la copie, elle ne s'occupe plus des achats. Vous pouvez continuer à m'écrire à moi."
        "\n\nE. Garcia",
        "rd2",
        "gmail_fr",
        "Emmanuel Garcia <e.garcia@garcia-froid.fr>",
    ),
    T(
        "fr",
        "other",
        "Madame,\n\nConformément à l'article 15 du RGPD, merci de m'indiquer d'où vous tenez mes coordonnées et "
        "quelles données vous détenez à mon sujet.\n\nCordialement,\nA. Chevalier",
        "eg1",
        "outlook_fr",
        "Chevalier Arnaud",
    ),
    T(
        "fr",
        "other",
        "Ceci est une notification automatique de remise.\n\nVotre message n'a pas pu être remis à "
        "f.noel@noel-batiment.fr : la boîte aux lettres du destinataire est pleine. Essayez de renvoyer le message "
        "ultérieurement.",
        None,
    ),
    T(
        "fr",
        "other",
        "Vous m'avez envoyé deux fois le même mail à 5 minutes d'intervalle, c'est normal ?",
        "bel1",
        "gmail_fr",
        "Romain Petit <romain@petit-cafe-resto.fr>",
    ),
    T(
        "en",
        "other",
        "Thank you for contacting Harbour Freight Solutions support. Your request (#SR-220931) has been logged and a "
        "member of our team will respond within 2 business days.\n\nPlease do not reply to this email.",
        None,
    ),
    T(
        "en",
        "other",
        "I think I replied UNSUBSCRIBE to one of your colleagues by accident last month, I didn't mean to. Please keep "
        "me on your list.\n\nAmelia",
        "lf2",
        "gmail_en",
        "Amelia Hart <amelia.hart@oakmoorgroup.co.uk>",
    ),
    T(
        "en",
        "other",
        "Please take Jenny off the cc, she's moved to our Leeds office. Keep me on.\n\nPaul",
        "lb1",
        "outlook_en",
        "Paul Ashworth",
    ),
    T(
        "en",
        "other",
        "FYI your emails are ending up in our quarantine, IT flagged your domain. Found this one by chance.",
        "st1",
        "gmail_en",
        "Rosie Klein <rosie@kleinpartners.co.uk>",
    ),
    T(
        "en",
        "other",
        "Please use my new address from now on: tom.bradley@bradleyfleet.co.uk. This one closes at the end of the "
        "month.",
        "tr2",
        "outlook_en",
        "Tom Bradley",
    ),
    T(
        "en",
        "other",
        "Read: Obsolete part? We'll print it\n\nYour message\n\nTo: Arnold, Kyle\nSubject: Obsolete part? We'll print "
        "it\nSent: Wednesday, September 30, 2026 3:30:00 PM (UTC-05:00) Eastern Time (US & Canada)\n\nwas read on "
        "Wednesday, October 14, 2026 8:02:11 AM (UTC-05:00) Eastern Time (US & Canada).",
        None,
    ),
    T(
        "en",
        "other",
        "Who gave you my email address? Under GDPR art. 15 I'd like to know what personal data you hold on me and "
        "where you got it.",
        "st2",
        "gmail_en",
        "Martin Hale <martin@halearchitects.co.uk>",
    ),
    T(
        "en",
        "other",
        "FYI the unsubscribe link in your footer 404s. Not that I want to unsubscribe, just thought you'd want to know."
        "\n\nKeith",
        "tr1",
        "gmail_en",
        "Keith Rowe <keith@rowetransport.co.uk>",
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
random.Random(18).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout18", CASES, sys.argv)
