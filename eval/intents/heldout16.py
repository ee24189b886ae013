"""A sixteenth held-out split, `heldout16`: 240 replies written on 2026-12-03 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/, bench/ nor
sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read common.py (whole),
/work/shared/INTELLIGENCE.md (its intent section: the ten classes; a grep for "intent" also printed a few of its other
lines: its opening, its pipeline, routing and dashboard paragraphs), rules R8 and R15 of /work/shared/BEHAVIOUR.md
(the print also showed the first lines of R9 and R16), pyproject.toml's ruff settings, heldout11.py lines 1-175 (its
docstring and labelling convention, the file's shape, how its senders and signatures are declared; lines 160-175 are
the start of its MAILS table, its first sender's two emails, no reply) and, heldout11.py having no main(), its last
17 lines (the CASES list, the seeded shuffle and the `__main__` call to write_split), found by a grep for top-level
names that printed only names and line numbers (its sender constants, its helper T() and its ten class lists);
heldout15.py lines 1-75 (its docstring, for the provenance paragraph) and the docstrings of heldout8.py, heldout9.py,
heldout10.py, heldout12.py, heldout13.py and heldout14.py (lines 1-55 each, seen through a grep for their bullet
lines, which also printed heldout8-10's convention bullets), for the senders and sectors already used.
A directory listing of eval/intents/ showed the other files' names, nothing of their content. No classifier, no
evaluation, no pytest, no git command and no `relance` command was run; the only command run on the file was
`python heldout16.py /tmp/h16` (and ruff), to count the cases per class and language. Measured once blind (2026-12-03,
no LLM, main at 60f2073, the learnt model trained on cases.json): macro-F1 0.880, accuracy 0.879, unsubscribe
precision 0.952 (recall 0.833: a webinar left, "je dois me désinscrire", read as an opt-out), not_now dates 23/28,
referral names 22/26 and addresses 24/26, 2.9 % to an LLM; rules alone 0.756. Tuned on since (R8's SMS courtesies,
an address or a domain's addresses taken off lists, a follow-up said needless from now on, an event left; the
author's own new address; a visit asked for; a department to go through; "15 jours", "après mars"; moving festivals;
a first name after a role; the signature under a referral): 0.929, unsubscribe precision 1.000 (recall 1.000), not_now
dates 24/28, names 25/26. Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Ascenza Maintenance (Lyon, Brussels, Casablanca) and Upward Lift Services (Birmingham, Dublin, Johannesburg), lift
  and escalator maintenance contracts with a free inspection of the installation (condition report and review of the
  current contract); footers: "Répondez « STOP »", and a preferences / unsubscribe link;
- Watéo Bornes (Montréal, Nantes, Geneva) and Plugyard Charging (Toronto, Leeds, Perth), EV charging points in
  company car parks (load management, driver billing, grants) with a free site study (a walk-round); footers: a
  French LCAP (Loi canadienne anti-pourriel) notice with a withdrawal link, and a CASL notice ("reply REMOVE or visit
  plugyard.com/consent");
- Empreinte Claire (Paris, Luxembourg, Dakar) and Ledgerleaf Carbon (London, Singapore, Cape Town), carbon accounting
  (bilan carbone, scopes 1-3), CSRD / ESRS, SECR and ISSB reporting, with a free 45-minute diagnostic call; footers: a
  RGPD legitimate-interest notice with an rgpd@ address, and "Reply 'opt out'";
- Posturia (Lille, Lausanne, Rabat) and Backwell Ergonomics (Manchester, Cork, Sydney), occupational health and
  ergonomics workshops for offices and warehouses (postures, manual handling, DSE) with a free one-hour workshop for
  one team of up to 12; footers: an unsubscribe link, and a UK GDPR legitimate-interests notice with a
  dataprotection@ address;
- Fibrelia Pro (Bordeaux, Liège, Luxembourg) and Lumalink (Glasgow, Austin, Singapore), dedicated business fibre with
  automatic 5G backup, with a free line eligibility test and a no-obligation quote; footers: "répondez
  « DÉSINSCRIRE »", and "Reply STOP";
- Cap Cohésion (Annecy, Geneva, Marrakech) and Kindred Offsites (Bristol, Dublin, Cape Town), team-building,
  seminar and offsite organisers with a free shortlist of three venues; footers: "répondez simplement « non
  merci »", and "Reply 'take me off'".
The prospects run from one-person businesses to large groups and public bodies: syndics and co-owners' councils,
social landlords, a CPAS, communes, mairies, a county council, a city and a cégep, clinics, GP and dental practices,
nursing homes, hotels, a shopping centre, law, notarial, accounting and fiduciary firms, a private bank, schools and
an academy trust, printers, bakeries, garages, wineries, hauliers, warehouses and cold stores, factories, packaging,
textile and agri-food groups, software and fintech firms, breweries and credit unions, in France, Belgium,
Switzerland, Québec, Luxembourg, Morocco, Senegal, the UK (England, Scotland, Wales, Northern Ireland), Ireland, the
US, Canada, Australia, South Africa and Singapore: 120 replies in French and 120 in English (`lang` is the language
of the prospect's new text). Written as people write: typos, missing accents, SMS style, dictated mail without
punctuation, Singlish, Québécois and Irish turns of phrase, one-liners above Outlook / OWA / Gmail / Apple Mail /
Android / iPhone threads whose quoted part carries words of other classes (rendez-vous, devis, soumission, STOP,
DÉSINSCRIRE, unsubscribe, opt out, meeting, quote), inline answers inside the quote, forwarded mail with a
colleague's comment, two intents in one reply, sarcasm, polite declines, hedged interest, opt-outs by the footer's
own word ("STOP", "desinscrire", "Non merci.", "REMOVE", "opt out pls", "take me off"), by law (RGPD art. 21, UK GDPR
art. 21, LCAP, CASL) or by complaint (an earlier request ignored, a broken opt-out link, a city's IT department), and
look-alikes that are not opt-outs ("non merci" to senders whose footer asks for another word, "on a stoppé le projet",
"Stop avec les plaquettes, donnez-moi un prix", "we've opted for an in-house approach", "Se désinscrire de la CSRD
n'est pas une option", unregistering from a webinar but asking for the replay, "I retired in August", "take Dave off
the cc", "your emails land in junk", "use my new address", "I unsubscribed by accident"), autoresponders in both
languages (one bilingual French / Dutch) with and without return dates and stand-ins, automatic "no longer with us"
notices, ticket acknowledgements, read receipts, signatures with titles, phones and long confidentiality disclaimers,
"Envoyé de mon iPhone", "Sent from Outlook for iOS".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; this author followed them as written there.)
Split-specific decisions:
- Accepting Ascenza's or Upward's free inspection (a visit), Watéo's or Plugyard's free site study (a walk-round) or
  Empreinte Claire's or Ledgerleaf's free 45-minute diagnostic (a call) is `meeting_request`; accepting Posturia's or
  Backwell's free workshop, Fibrelia's or Lumalink's eligibility test (by sending an address) or Cap Cohésion's or
  Kindred's venue shortlist is `interested`; asking for the costed proposal, the fibre quote or a price is
  `quote_request`.
- "Non merci pour cette année, mais recontactez-moi début septembre" to Cap Cohésion (whose footer word is « non
  merci ») is `not_now`: the prospect asks to be contacted again, so the footer's word is not an opt-out there; a bare
  "Non merci." to Cap Cohésion is `unsubscribe`; "non merci" to any other sender is `not_interested`.
- "Inutile de me relancer à l'avenir" after a decline is an indirect request to stop: `unsubscribe`.
- "Who gave you my address?" / « Qui vous a donné mon adresse ? » alone is `other` (a question, not a request to
  stop); a read receipt, a "?" alone, "Received, thanks." and a message meant for someone else are `other`.
- A decline that points to a landlord, a syndic or "the building management company" without a person or an address
  is `referral` with both parts null; a firm's name is not a person's name.
- not_now dates, beyond heldout11's list: "in N weeks" is 7N days later ("in three weeks" from 14 October -> 4
  November); "après l'AG du 12 décembre" is the day after (13 December); "après les Fêtes", "after Chinese New Year",
  "once summer's over", "après les vendanges", "once the merger closes" and "once the financing is approved" are
  vague (null).

`python heldout16.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout16-NNN`, in a fixed shuffled order, random.Random(16)). `common` is imported from this file's own directory.
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
# key -> (from, subject, body, key of the first email a follow-up sits on, or None)

_ASC = "Nadia Chérif <n.cherif@ascenza-ascenseurs.fr>"
_ASC_SIG = (
    "Bien cordialement,\n\nNadia Chérif\nChargée d'affaires – Ascenza Maintenance\nLyon · Bruxelles · Casablanca\n"
    "+33 4 72 10 58 32\n\nVous ne souhaitez plus recevoir nos messages ? Répondez « STOP » à cet e-mail."
)
_UPW = "Gareth Pryce <gareth.pryce@upwardlifts.co.uk>"
_UPW_SIG = (
    "Kind regards,\nGareth\n\nGareth Pryce | Contracts Manager | Upward Lift Services\nBirmingham · Dublin · "
    "Johannesburg | +44 121 496 0733\n\nManage your preferences or unsubscribe: upwardlifts.co.uk/unsubscribe"
)
_WAT = "Maxime Gagnon <maxime.gagnon@wateo-bornes.com>"
_WAT_SIG = (
    "Au plaisir,\nMaxime Gagnon\nConseiller solutions de recharge – Watéo Bornes\nMontréal · Nantes · Genève\n"
    "+1 514 555 0172\n\nCe message vous est envoyé conformément à la Loi canadienne anti-pourriel (LCAP). Vous pouvez "
    "retirer votre consentement en tout temps : wateo-bornes.com/desabonnement."
)
_PLUG = "Chloe Whitaker <chloe@plugyard.com>"
_PLUG_SIG = (
    "Thanks,\nChloe\n\nChloe Whitaker – EV Infrastructure Consultant\nPlugyard Charging | Toronto · Leeds · Perth\n"
    "+1 647 555 0139\n\nSent in accordance with Canada's Anti-Spam Legislation (CASL). To withdraw consent, reply "
    "REMOVE or visit plugyard.com/consent."
)
_EMP = "Léa Fontaine <lea.fontaine@empreinte-claire.fr>"
_EMP_SIG = (
    "Bien à vous,\nLéa Fontaine\nConsultante bilan carbone & CSRD – Empreinte Claire\nParis · Luxembourg · Dakar\n"
    "01 76 42 18 90\n\nConformément au RGPD, nous traitons vos coordonnées professionnelles sur la base de notre "
    "intérêt légitime. Vous pouvez vous y opposer à tout moment en écrivant à rgpd@empreinte-claire.fr."
)
_LED = "Daniel Osei <daniel.osei@ledgerleaf.co>"
_LED_SIG = (
    "Best regards,\nDaniel\n\nDaniel Osei | Senior Carbon Advisor | Ledgerleaf Carbon\nLondon · Singapore · Cape Town"
    " | +44 20 3966 2281\n\nReply 'opt out' and we'll remove you from our outreach."
)
_POS = "Émilie Van Damme <emilie.vandamme@posturia.eu>"
_POS_SIG = (
    "Cordialement,\nÉmilie Van Damme\nErgonome – Responsable grands comptes – Posturia\nLille · Lausanne · Rabat\n"
    "+33 3 20 55 71 46\n\nPour vous désabonner : posturia.eu/desabonnement"
)
_BACK = "Aoife Brennan <aoife.brennan@backwellergo.co.uk>"
_BACK_SIG = (
    "All the best,\nAoife\n\nAoife Brennan, Workplace Health Lead\nBackwell Ergonomics | Manchester · Cork · Sydney\n"
    "+44 161 555 0190\n\nBackwell Ergonomics Ltd processes your business contact details on the basis of legitimate "
    "interests (UK GDPR art. 6(1)(f)). You may object at any time by writing to dataprotection@backwellergo.co.uk."
)
_FIB = "Thomas Girard <t.girard@fibrelia-pro.fr>"
_FIB_SIG = (
    "Cordialement,\nThomas Girard\nIngénieur commercial entreprises – Fibrelia Pro\nBordeaux · Liège · Luxembourg\n"
    "05 56 31 88 24\n\nPour ne plus être contacté, répondez « DÉSINSCRIRE »."
)
_LUMA = "Ryan Mitchell <ryan.mitchell@lumalink.net>"
_LUMA_SIG = (
    "Cheers,\nRyan\n\nRyan Mitchell | Business Connectivity Specialist | Lumalink\nGlasgow · Austin · Singapore | "
    "+44 141 555 0112\n\nReply STOP to opt out of further emails."
)
_CAP = "Julie Morel <julie.morel@cap-cohesion.fr>"
_CAP_SIG = (
    "Belle journée,\nJulie Morel\nCheffe de projet séminaires – Cap Cohésion\nAnnecy · Genève · Marrakech\n"
    "04 50 27 63 11\n\nPas pour vous ? Répondez simplement « non merci » et je ne vous relancerai plus."
)
_KIN = "Sam Oduya <sam@kindredoffsites.com>"
_KIN_SIG = (
    "Speak soon,\nSam\n\nSam Oduya – Events Lead, Kindred Offsites\nBristol · Dublin · Cape Town | +44 117 555 0163\n\n"
    "Just not for you? Reply 'take me off' and you won't hear from us again."
)

MAILS: dict[str, tuple[str, str, str, str | None]] = {
    "asc1": (
        _ASC,
        "Maintenance de vos ascenseurs – inspection offerte",
        "Bonjour,\n\nAscenza entretient plus de 4 000 ascenseurs, monte-charges et portes automatiques en France, en "
        "Belgique et au Maroc, pour des syndics, des bailleurs, des cliniques et des sites industriels. Nos contrats "
        "incluent le dépannage 24 h/24, les visites réglementaires et un délai d'intervention garanti.\n\nJe vous "
        "propose une inspection gratuite de votre installation (état, conformité, analyse de votre contrat actuel), "
        "sans engagement. Auriez-vous 15 minutes pour un rendez-vous téléphonique la semaine prochaine ? Je peux aussi "
        "vous adresser un devis comparatif.\n\n" + _ASC_SIG,
        None,
    ),
    "asc2": (
        _ASC,
        "RE: Maintenance de vos ascenseurs – inspection offerte",
        "Bonjour,\n\nJe reviens vers vous au sujet de l'inspection gratuite de vos ascenseurs. Si vous n'êtes pas la "
        "bonne personne, pourriez-vous m'indiquer qui gère les contrats de maintenance ?\n\n" + _ASC_SIG,
        "asc1",
    ),
    "upw1": (
        _UPW,
        "Lift maintenance – free inspection of your installation",
        "Hi,\n\nUpward looks after 3,500 passenger and goods lifts, platform lifts and escalators for property "
        "managers, hospitals, hotels and councils across the UK, Ireland and South Africa: 24/7 call-outs, thorough "
        "examinations arranged, guaranteed response times.\n\nI'd like to offer a free inspection of your "
        "installation, with a written condition report and a review of your current contract. Could we book a "
        "15-minute call next week? Happy to send a comparative quote too.\n\n" + _UPW_SIG,
        None,
    ),
    "upw2": (
        _UPW,
        "Re: Lift maintenance – free inspection of your installation",
        "Hi again,\n\nJust bumping this up in case it got buried. If lifts aren't your area, who should I speak to?"
        "\n\n" + _UPW_SIG,
        "upw1",
    ),
    "wat1": (
        _WAT,
        "Bornes de recharge pour votre stationnement – étude de site gratuite",
        "Bonjour,\n\nVos employés et vos visiteurs roulent de plus en plus à l'électrique. Watéo conçoit, installe et "
        "exploite des bornes de recharge dans les stationnements d'entreprise (supervision, facturation aux "
        "utilisateurs, subventions Roulez vert ou Advenir selon le pays).\n\nNous vous offrons une étude de site "
        "gratuite : puissance disponible, nombre de points, coûts et aides. Seriez-vous disponible pour une visite de "
        "30 minutes ? Je peux aussi vous transmettre une soumission budgétaire.\n\n" + _WAT_SIG,
        None,
    ),
    "wat2": (
        _WAT,
        "RE: Bornes de recharge pour votre stationnement – étude de site gratuite",
        "Bonjour,\n\nPetit suivi concernant l'étude de site gratuite. Avez-vous eu l'occasion d'y réfléchir ? Si le "
        "moment est mal choisi, dites-moi quand revenir vers vous.\n\n" + _WAT_SIG,
        "wat1",
    ),
    "plug1": (
        _PLUG,
        "EV charging for your car park – free site study",
        "Hi,\n\nMore of your staff and visitors are driving electric. Plugyard designs, installs and runs workplace EV "
        "charging (load management, driver billing, and help with grants such as the UK's WCS, Canada's ZEVIP or "
        "state rebates in Australia).\n\nWe offer a free site study: available capacity, number of bays, costs and "
        "incentives. Would you have 30 minutes for a walk-round of the car park? I can also send an indicative quote."
        "\n\n" + _PLUG_SIG,
        None,
    ),
    "plug2": (
        _PLUG,
        "Re: EV charging for your car park – free site study",
        "Hi,\n\nFollowing up on the free site study. Is this on your radar this year? If it's bad timing, just let me "
        "know when to check back.\n\n" + _PLUG_SIG,
        "plug1",
    ),
    "emp1": (
        _EMP,
        "Bilan carbone et CSRD : diagnostic offert",
        "Bonjour,\n\nLa CSRD et le bilan GES réglementaire concernent de plus en plus d'entreprises, y compris par les "
        "questionnaires de vos clients donneurs d'ordre. Empreinte Claire réalise bilans carbone (scopes 1, 2 et 3), "
        "plans de réduction et rapports de durabilité ESRS.\n\nJe vous propose un diagnostic gratuit de 45 minutes en "
        "visio : où vous en êtes, ce qui vous est réellement applicable et par où commencer. Quel créneau vous "
        "conviendrait ?\n\n" + _EMP_SIG,
        None,
    ),
    "emp2": (
        _EMP,
        "RE: Bilan carbone et CSRD : diagnostic offert",
        "Bonjour,\n\nJe me permets de vous relancer : le diagnostic de 45 minutes reste offert. Faut-il plutôt que je "
        "m'adresse à votre responsable RSE ou à votre DAF ?\n\n" + _EMP_SIG,
        "emp1",
    ),
    "led1": (
        _LED,
        "Carbon accounting and CSRD – free 45-minute diagnostic",
        "Hello,\n\nWhether it's CSRD, SECR, the ISSB standards or your customers' supplier questionnaires, carbon "
        "reporting is landing on more desks every quarter. Ledgerleaf measures scope 1, 2 and 3 emissions, builds "
        "reduction plans and prepares the disclosures.\n\nI'd like to offer you a free 45-minute diagnostic call: "
        "where you stand, what actually applies to you, and where to start. Does any time next week work?\n\n"
        + _LED_SIG,
        None,
    ),
    "led2": (
        _LED,
        "Re: Carbon accounting and CSRD – free 45-minute diagnostic",
        "Hello,\n\nOne more nudge on the free diagnostic call. If sustainability reporting sits with someone else, "
        "I'd be grateful for a pointer.\n\n" + _LED_SIG,
        "led1",
    ),
    "pos1": (
        _POS,
        "Atelier ergonomie offert pour une de vos équipes",
        "Bonjour,\n\nTroubles musculo-squelettiques, lombalgies, écrans mal réglés : Posturia, cabinet d'ergonomes et "
        "de kinésithérapeutes, anime des ateliers de prévention dans les bureaux et les entrepôts (postures, port de "
        "charges, aménagement des postes, étirements).\n\nNous offrons un premier atelier d'une heure à une équipe de "
        "votre choix (jusqu'à 12 personnes), sur site. Souhaitez-vous en bénéficier ? Je peux aussi vous envoyer "
        "notre catalogue et nos tarifs.\n\n" + _POS_SIG,
        None,
    ),
    "pos2": (
        _POS,
        "RE: Atelier ergonomie offert pour une de vos équipes",
        "Bonjour,\n\nJe reviens vers vous concernant l'atelier offert. Est-ce un sujet pour vous en ce moment ?\n\n"
        + _POS_SIG,
        "pos1",
    ),
    "back1": (
        _BACK,
        "A free ergonomics workshop for one of your teams",
        "Hi,\n\nBack pain and musculoskeletal issues are still the biggest cause of lost days in offices and "
        "warehouses. Backwell's physiotherapists and ergonomists run practical workshops on site: workstation set-up, "
        "manual handling, stretching, DSE assessments.\n\nWe'd like to run a free one-hour workshop for one team of "
        "up to 12 people. Interested? I can also send our programme and pricing.\n\n" + _BACK_SIG,
        None,
    ),
    "back2": (
        _BACK,
        "Re: A free ergonomics workshop for one of your teams",
        "Hi,\n\nQuick follow-up on the free workshop. Would one of your teams benefit before the end of the year?\n\n"
        + _BACK_SIG,
        "back1",
    ),
    "fib1": (
        _FIB,
        "Fibre entreprise + secours 5G : test d'éligibilité offert",
        "Bonjour,\n\nUne coupure internet, c'est une journée de caisse, de téléphonie et de logiciels perdue. Fibrelia "
        "Pro installe des liens fibre dédiés avec garantie de temps de rétablissement de 4 h et un secours 5G "
        "automatique.\n\nJe vous propose de tester gratuitement l'éligibilité de votre adresse et de vous remettre un "
        "devis sans engagement. Il me suffit de l'adresse du site et de votre facture actuelle.\n\n" + _FIB_SIG,
        None,
    ),
    "fib2": (
        _FIB,
        "RE: Fibre entreprise + secours 5G : test d'éligibilité offert",
        "Bonjour,\n\nJe me permets de revenir vers vous : souhaitez-vous que je lance le test d'éligibilité pour votre "
        "site ?\n\n" + _FIB_SIG,
        "fib1",
    ),
    "luma1": (
        _LUMA,
        "Business fibre with 5G backup – free eligibility check",
        "Hi,\n\nWhen the internet goes down, so do your tills, phones and cloud apps. Lumalink installs dedicated "
        "business fibre with a 4-hour fix SLA and automatic 5G failover.\n\nI can run a free line eligibility check on "
        "your site and send you a no-obligation quote. All I need is the site address and a recent bill.\n\n"
        + _LUMA_SIG,
        None,
    ),
    "luma2": (
        _LUMA,
        "Re: Business fibre with 5G backup – free eligibility check",
        "Hi,\n\nJust checking whether you'd like me to run that eligibility check. It takes two minutes on our side."
        "\n\n" + _LUMA_SIG,
        "luma1",
    ),
    "cap1": (
        _CAP,
        "Votre prochain séminaire : une sélection de lieux offerte",
        "Bonjour,\n\nCap Cohésion organise séminaires, journées de cohésion et incentives de 10 à 400 personnes : "
        "lieux, transport, activités (rallye, cuisine, voile, escape game), animation et logistique.\n\nDites-moi la "
        "date, l'effectif et le budget approximatif de votre prochain événement et je vous envoie gratuitement une "
        "sélection de trois lieux adaptés, avec leurs disponibilités. Un devis détaillé suit si l'un d'eux vous plaît."
        "\n\n" + _CAP_SIG,
        None,
    ),
    "cap2": (
        _CAP,
        "RE: Votre prochain séminaire : une sélection de lieux offerte",
        "Bonjour,\n\nJe reviens vers vous : avez-vous un séminaire ou une journée d'équipe en préparation ? La "
        "sélection de lieux reste offerte, et je peux aussi vous rappeler si c'est plus simple.\n\n" + _CAP_SIG,
        "cap1",
    ),
    "kin1": (
        _KIN,
        "Your next offsite – a free venue shortlist",
        "Hi,\n\nKindred plans offsites, team days and incentive trips for 10 to 400 people: venues, travel, "
        "activities (sailing, cooking, treasure hunts, volunteering days) and everything in between.\n\nSend me rough "
        "dates, headcount and budget for your next event and I'll put together a free shortlist of three venues with "
        "availability. A detailed quote follows if one of them works.\n\n" + _KIN_SIG,
        None,
    ),
    "kin2": (
        _KIN,
        "Re: Your next offsite – a free venue shortlist",
        "Hi,\n\nFollowing up: is there a team day or offsite on the horizon? The venue shortlist is still on the "
        "house, and I'm happy to jump on a call if that's easier.\n\n" + _KIN_SIG,
        "kin1",
    ),
}


def T(new: str, key: str, style: str, to: str, d: str = "2026-10-12", hm: str = "09:12") -> str:
    """The prospect's new text above the sender's email (and, for a follow-up, the first email under it)."""
    frm, subj, body, first = MAILS[key]
    day = D(d)
    if first is not None:
        f_frm, f_subj, f_body, _ = MAILS[first]
        body += block(style, f_frm, to, f_subj, day - timedelta(days=7), "08:47", f_body)
    return new + block(style, frm, to, subj, day, hm, body)


def MAIL(key: str) -> str:
    """The sender's email body alone, for hand-made quotes (inline answers, forwards)."""
    return MAILS[key][2]


# --------------------------------------------------------------------------- meeting_request

MEETING = [
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour Madame Chérif,\n\nNous gérons une copropriété de trois bâtiments à Villeurbanne avec 5 ascenseurs "
            "(contrat actuel chez un grand fabricant, qui arrive à échéance en mars). Votre inspection gratuite "
            "m'intéresse. Je peux être sur place jeudi 22 à 10h, 14 rue Francis de Pressensé, le gardien aura les clés "
            "des machineries.\n\nCordialement,\n\nPascale Mercier\nGestionnaire de copropriété\nRégie Mercier & Fils\n"
            "04 78 93 20 11",
            "asc1",
            "outlook_fr",
            "Pascale Mercier <p.mercier@regie-mercier.fr>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "ok pour l'etude, appelle moi au 514 555 0198 on va caler ca cette semaine",
            "wat2",
            "iphone_fr",
            "Sylvain Lapointe <slapointe@transportslapointe.ca>",
            d="2026-10-13",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        "bonjour oui je veux bien faire le diagnostic de 45 minutes mardi prochain en fin de matinee si possible nous "
        "sommes une PME de 180 personnes dans l emballage a Dakar et un client europeen nous demande notre bilan "
        "carbone avant la fin de l annee cordialement\n\nAminata Sow\nDirectrice administrative et financière\n"
        "Sénégal Emballages SA\nZone industrielle de Mbao, Dakar\n+221 33 879 41 20\n\nEnvoyé depuis mon appareil Galaxy"
        + block(
            "android_fr",
            _EMP,
            "Aminata Sow <a.sow@senegal-emballages.sn>",
            "Bilan carbone et CSRD : diagnostic offert",
            D("2026-10-12"),
            "10:05",
            MAIL("emp1"),
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour,\n\nAvant de parler prix je préfère qu'on se voie, j'ai eu trop de surprises avec les "
            "opérateurs. Vous passez à Liège de temps en temps ? Sinon une visio, mais je préfère en vrai.\n\n"
            "Marc Hendrickx\nGérant – Imprimerie Hendrickx sprl\nRue Saint-Gilles 212, 4000 Liège\n04 223 18 40",
            "fib1",
            "gmail_fr",
            "Marc Hendrickx <marc@imprimerie-hendrickx.be>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        "Réponses dans le texte.\n\nEric\n\n-----Message d'origine-----\nDe : Nadia Chérif "
        "<n.cherif@ascenza-ascenseurs.fr>\nEnvoyé : lundi 12 octobre 2026 09:12\nÀ : Eric Dumont "
        "<e.dumont@hotel-lesterrasses.fr>\nObjet : Maintenance de vos ascenseurs – inspection offerte\n\nBonjour,\n\n"
        "Ascenza entretient plus de 4 000 ascenseurs, monte-charges et portes automatiques en France, en Belgique et au "
        "Maroc, pour des syndics, des bailleurs, des cliniques et des sites industriels.\n\nJe vous propose une "
        "inspection gratuite de votre installation (état, conformité, analyse de votre contrat actuel), sans "
        "engagement.\n[ED] on a 2 ascenseurs clients + 1 monte-charge cuisine. Le monte-charge tombe en panne tous les "
        "mois.\n\nAuriez-vous 15 minutes pour un rendez-vous téléphonique la semaine prochaine ?\n[ED] OUI. Mercredi "
        "21 après 14h, sur mon portable 06 71 40 22 85.\n\nJe peux aussi vous adresser un devis comparatif.\n[ED] plus "
        "tard.\n\n" + _ASC_SIG,
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "On pourra parler du devis après, mais d'abord j'aimerais que votre technicien voie la machinerie : elle "
            "date de 1987 et notre ascensoriste actuel nous parle de tout remplacer. Dites-moi quand vous pouvez "
            "passer.\n\nB. Royer\nPrésident du conseil syndical\nRésidence Les Cèdres – Grenoble",
            "asc2",
            "apple_fr",
            "Bernard Royer <bernard.royer@orange.fr>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour Émilie,\n\nAvant l'atelier, pourrait-on faire un point téléphonique de 20 minutes pour cibler "
            "l'équipe ? J'hésite entre la préparation de commandes et le SAV, qui sont sur écran toute la journée. Je "
            "suis libre lundi ou mardi matin.\n\nBien à vous,\nSarah Lemaître\nResponsable QHSE\nLogidis Nord – Lesquin"
            "\nT. 03 20 87 45 12\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
            "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
            "par erreur, merci de le détruire et d'en avertir l'expéditeur.",
            "pos1",
            "outlook_fr",
            "Sarah Lemaître <s.lemaitre@logidis-nord.fr>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Plutôt que des échanges de mails, on peut s'appeler ? On est 80, ce serait en juin, autour de Genève ou "
            "côté Annecy. Je suis joignable au +41 22 718 40 66 le matin.\n\nCordialement\nNathalie Berset\nAssistante "
            "de direction\nBerset Horlogerie SA, Plan-les-Ouates",
            "cap2",
            "outlook_fr",
            "Nathalie Berset <nathalie.berset@berset-horlogerie.ch>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Monsieur,\n\nL'administration communale accepte votre proposition de visite pour l'étude du parking de la "
            "maison communale (45 emplacements). Je vous propose le mardi 3 novembre à 9h30 ; rendez-vous à l'accueil, "
            "place de la Gare 1.\n\nVeuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Jean-Pierre Dethier\nConseiller en mobilité\nCommune de Walhain\n010 65 33 21\n\nLe contenu de ce courriel "
            "n'engage pas l'administration communale. Il est établi à l'intention exclusive de ses destinataires.",
            "wat1",
            "owa_fr",
            "Jean-Pierre Dethier <jp.dethier@walhain.be>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nSuite à votre mail, voici ce que m'a répondu notre directeur technique (ci-dessous). Nous "
        "sommes donc d'accord pour une visite, proposez-moi deux dates en novembre.\n\nCordialement,\nHélène Fabre\n"
        "Services généraux – Clinique du Parc, Montpellier\n\n---------- Message transféré ---------\nDe : Bruno "
        "Castel <b.castel@clinique-duparc.fr>\nDate : mar. 13 oct. 2026 à 17:40\nObjet : RE: TR: Maintenance de vos "
        "ascenseurs – inspection offerte\nÀ : Hélène Fabre <h.fabre@clinique-duparc.fr>\n\nÇa vaut le coup, notre "
        "contrat avec l'actuel est hors de prix et le monte-malade est encore tombé en panne samedi. Qu'ils viennent "
        "voir, je serai présent.\n\nBruno"
        + block(
            "gmail_fr",
            _ASC,
            "Hélène Fabre <h.fabre@clinique-duparc.fr>",
            "Maintenance de vos ascenseurs – inspection offerte",
            D("2026-10-12"),
            "09:12",
            MAIL("asc1"),
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bonjour M. Gagnon,\n\nOn a 60 cases de stationnement à Laval pis déjà trois employés qui chargent leur "
            "char sur des prises 120 V, c'est pas idéal. Passez quand vous voulez la semaine prochaine, sauf vendredi. "
            "Demandez Réjean à la réception.\n\nRéjean Bouchard\nDirecteur des opérations\nDistributions Bouchard "
            "inc.\n450 555-0127",
            "wat1",
            "outlook_qc",
            "Réjean Bouchard <rbouchard@distributionsbouchard.ca>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nNous sommes intéressés par votre proposition d'inspection pour notre clinique de Casablanca (deux "
        "ascenseurs dont un monte-malade, installés en 2011). Merci de nous proposer un rendez-vous avec votre "
        "technicien, de préférence en matinée.\n\nBien cordialement,\n\nDr Yassine El Amrani\nDirecteur médical\n"
        "Clinique Al Andalous – Bd Zerktouni, Casablanca\n+212 5 22 47 18 90",
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Votre commercial peut passer jeudi ? On a deux sites, Kirchberg et Esch, et la 4G de secours qu'on a "
            "actuellement ne tient pas plus de 10 minutes.\n\nPaul Schmit\nIT Manager\nSchmit & Reuter Architectes\n"
            "+352 26 48 31 1\n\nThis e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete it.",
            "fib2",
            "outlook_fr",
            "Paul Schmit <p.schmit@schmit-reuter.lu>",
        ),
    ),
    C(
        "fr",
        "meeting_request",
        T(
            "Bon, vu que c'est votre quatrième relance, autant qu'on s'appelle et qu'on en finisse. Vendredi 11h, "
            "vous m'appelez au 01 45 22 90 13. 45 minutes, pas une de plus.\n\nF. Garnier\nDG, Garnier Métallerie",
            "emp2",
            "gmail_fr",
            "François Garnier <f.garnier@garnier-metallerie.fr>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Yes please - our two lifts at the Ashgrove surgery keep stopping between floors and the current firm "
            "takes days to turn up. Can your engineer come out Tuesday morning?\n\nRegards\n\nDr Helen Marsh\nPractice "
            "Partner\nAshgrove Medical Centre, Solihull\n0121 555 0148\n\nThis email and any attachments are intended "
            "solely for the addressee and may contain confidential patient information. If you have received it in "
            "error, please notify the sender and delete it. Ashgrove Medical Centre is a partnership registered in "
            "England.",
            "upw1",
            "outlook_en",
            "Helen Marsh <helen.marsh@ashgrovemedical.nhs.uk>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Sure, let's do the walk-round. Thursday 2pm at 400 Front St W, ask for me at security.\n\nDevon",
            "plug1",
            "gmail_us",
            "Devon Clarke <dclarke@harbourfrontmgmt.ca>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Daniel, a 45-min call works. Our listed parent wants ISSB-aligned numbers from the subsidiaries by "
            "FY27 and nobody here knows where to start. Mon or Tue after 3pm SGT?\n\nRgds\nJasmine Tan\nFinance "
            "Manager, Lianhe Precision Pte Ltd\n+65 6555 0182",
            "led1",
            "outlook_en",
            "Jasmine Tan <jasmine.tan@lianheprecision.com.sg>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Before I commit a team to the workshop can we have a quick Teams call? I want to understand how you'd "
            "handle our night shift - they're the ones with the injuries.\n\nThanks,\nCraig Whitfield\nHealth & "
            "Safety Manager | Penmoor Distribution | Warrington",
            "back1",
            "outlook_en",
            "Craig Whitfield <craig.whitfield@penmoor.co.uk>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        "Can you just call me? Easier than email. 512-555-0143, anytime after 4 Central.\n\nSent from my iPhone"
        + block(
            "apple_en",
            _LUMA,
            "Ray Gutierrez <ray@gutierrezautobody.com>",
            "Re: Business fibre with 5G backup – free eligibility check",
            D("2026-10-13"),
            "15:20",
            MAIL("luma2"),
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Hi Sam! Would love to hop on a call to talk through our Q1 offsite - about 60 people, Cape Winelands "
            "ideally, two nights. Do you have a Calendly link or shall I just suggest times? Wed/Thu next week are "
            "good.\n\nNaledi Khumalo\nPeople & Culture Lead\nBrightwave Fintech | Cape Town",
            "kin1",
            "gmail_en",
            "Naledi Khumalo <naledi@brightwave.co.za>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        "Answers inline below in caps.\n\nJD\n\nFrom: Gareth Pryce <gareth.pryce@upwardlifts.co.uk>\nSent: 12 October "
        "2026 09:12\nTo: John Devlin <john.devlin@devlinhotels.ie>\nSubject: Lift maintenance – free inspection of "
        "your installation\n\nHi,\n\nUpward looks after 3,500 passenger and goods lifts, platform lifts and "
        "escalators for property managers, hospitals, hotels and councils across the UK, Ireland and South Africa.\n\n"
        "I'd like to offer a free inspection of your installation, with a written condition report and a review of "
        "your current contract.\nYES - 3 LIFTS, GALWAY HOTEL, 2 OF THEM FROM 1998\n\nCould we book a 15-minute call "
        "next week?\nWEDNESDAY 10AM IRISH TIME, MOBILE 087 555 0119\n\nHappy to send a comparative quote too.\nNOT "
        "YET\n\n" + _UPW_SIG,
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Let's do the site study first and talk numbers after - I don't want a quote based on guesses about our "
            "switchboard. Any morning next week except Monday.\n\nKaren Liu\nFacilities Coordinator\nNorthshore "
            "Community Health Centre, North Vancouver",
            "plug1",
            "outlook_us",
            "Karen Liu <kliu@northshorechc.ca>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        "Gareth,\n\nForwarding our facilities manager's view below. So yes, book the inspection - any day next week but "
        "Monday, ask for Priya at reception.\n\nTom Hargreaves\nCOO, Castlegate Offices Ltd, Leeds\n\n---------- "
        "Forwarded message ---------\nFrom: Priya Shah <priya.shah@castlegateoffices.co.uk>\nDate: Tue, 13 Oct 2026 "
        "at 16:02\nSubject: Re: Fwd: Lift maintenance – free inspection of your installation\nTo: Tom Hargreaves "
        "<tom.h@castlegateoffices.co.uk>\n\nWorth a look. Our contract is up in Feb and we had 11 call-outs this "
        "year.\n\nP."
        + block(
            "gmail_en",
            _UPW,
            "Tom Hargreaves <tom.h@castlegateoffices.co.uk>",
            "Lift maintenance – free inspection of your installation",
            D("2026-10-12"),
            "09:12",
            MAIL("upw1"),
        ),
    ),
    C(
        "en",
        "meeting_request",
        T("yep call me tmrw am\n\nSent from my iPhone", "luma2", "apple_en", "Liam Byrne <liam@byrnejoinery.ie>"),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "G'day Chloe,\n\nHappy for someone to come and have a look at the car park at our Osborne Park depot. "
            "We've got 14 utes going electric next year and no idea if the board can take it. Give me a ring to sort "
            "a time.\n\nCheers\nBrett Lawson\nFleet Manager\nSwan Valley Plumbing Group\n0412 555 093",
            "plug2",
            "outlook_en",
            "Brett Lawson <brett.lawson@swanvalleyplumbing.com.au>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Dear Mr Pryce,\n\nThe County Council would welcome an inspection of the lifts at the Civic Offices, "
            "Swords (four passenger lifts, one platform lift). Please contact me to arrange a date. Please note that "
            "any subsequent contract would be subject to public procurement rules.\n\nYours sincerely,\n\nAisling "
            "Quinn\nSenior Executive Engineer, Facilities Management\nFingal County Council\n\nIs le haghaidh an "
            "fhaighteora amháin an ríomhphost seo. This email is intended for the addressee only.",
            "upw1",
            "outlook_en",
            "Aisling Quinn <aisling.quinn@fingal.ie>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Not sure we need it, honestly, but I'll take the 45 minutes - worst case I learn something. Thursday "
            "afternoon?",
            "led2",
            "gmail_en",
            "Martin Kerr <martin@kerrandsons.co.uk>",
        ),
    ),
    C(
        "en",
        "meeting_request",
        T(
            "Before we get a quote I'd want your engineer to see the goods lift - it's a 1970s hydraulic and the last "
            "two firms wouldn't touch it. When can you come?\n\nDave Pickering\nSite Manager, Pickering Timber "
            "Merchants, Sheffield\n07700 900 412",
            "upw2",
            "outlook_en",
            "Dave Pickering <dave@pickeringtimber.co.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED = [
    C(
        "fr",
        "interested",
        T(
            "Bonjour,\n\nOui volontiers pour l'atelier ! L'équipe de préparation de commandes de l'entrepôt de "
            "Lesquin (10 personnes, équipe du matin) serait parfaite, ils ont eu deux arrêts pour lombalgie depuis "
            "l'été.\n\nCordialement,\nMathieu Carpentier\nResponsable d'entrepôt\nFlandres Distribution",
            "pos1",
            "outlook_fr",
            "Mathieu Carpentier <m.carpentier@flandres-distribution.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Allez-y pour le test d'éligibilité : 12 rue des Tanneurs, 4000 Liège. Facture Proximus en pièce jointe. "
            "On verra pour le devis ensuite.\n\nAnne-Sophie Collard\nCabinet Collard & Bodson, avocats",
            "fib1",
            "gmail_fr",
            "Anne-Sophie Collard <as.collard@collard-bodson.be>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Avec plaisir pour la sélection ! Séminaire de direction, 18 personnes, 2 jours fin mai, budget autour de "
            "600 € par personne tout compris, pas à plus d'une heure d'Annecy. Un lieu avec un lac ce serait le rêve."
            "\n\nClaire Vuillermoz\nAssistante du Directeur général\nSalomé Industries – Rumilly\n04 50 64 18 22",
            "cap1",
            "apple_fr",
            "Claire Vuillermoz <c.vuillermoz@salome-industries.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Intéressant. Je fais suivre à mon associé pour avis, on en reparle.\n\nG. Perrin",
            "asc1",
            "gmail_fr",
            "Guillaume Perrin <gperrin@perrin-immobilier.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T("Pourquoi pas.", "pos2", "iphone_fr", "Karima Haddad <k.haddad@cabinet-haddad.fr>"),
    ),
    C(
        "fr",
        "interested",
        "ok go pr l atelier, entrepot de Tanger Med equipe quai (8 gars). dites moi ce qu il faut prevoir\n\nYoussef"
        "\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _POS,
            "Youssef Benjelloun <y.benjelloun@tangerlog.ma>",
            "RE: Atelier ergonomie offert pour une de vos équipes",
            D("2026-10-12"),
            "11:30",
            MAIL("pos2"),
        ),
    ),
    C(
        "fr",
        "interested",
        "Bonjour Madame Van Damme,\n\nNotre directeur général est partant pour l'atelier, voir son mot ci-dessous. Je "
        "reviens vers vous avec des dates dès que j'ai consulté le planning de l'équipe comptable.\n\nBien "
        "cordialement,\nIsabelle Marchal\nRessources humaines – Marchal Assurances, Namur\n\n-----Message "
        "d'origine-----\nDe : Philippe Marchal\nEnvoyé : mardi 13 octobre 2026 18:05\nÀ : Isabelle Marchal\nObjet : "
        "RE: TR: Atelier ergonomie offert pour une de vos équipes\n\nOui, faisons-le avec la compta, ils sont tous "
        "sur écran huit heures par jour et se plaignent du dos.\nPh."
        + block(
            "outlook_fr",
            _POS,
            "Isabelle Marchal <i.marchal@marchal-assurances.be>",
            "Atelier ergonomie offert pour une de vos équipes",
            D("2026-10-12"),
            "09:12",
            MAIL("pos1"),
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Bonne idée. Lancez le test pour nos trois agences :\n- 8 cours de l'Intendance, Bordeaux\n- 41 avenue "
            "Thiers, Libourne\n- ZA du Phare, Mérignac\nJe vous transmets les factures demain.\n\nOlivier Dupuy\n"
            "Directeur – Agences Dupuy Immobilier",
            "fib2",
            "outlook_fr",
            "Olivier Dupuy <olivier@dupuy-immo.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        "Bonjour,\n\nVotre proposition nous intéresse. Nous organisons notre convention annuelle à Marrakech en avril "
        "prochain pour 120 collaborateurs (2 nuits, plénière + soirée). Merci de nous faire parvenir votre sélection "
        "de lieux.\n\nCordialement,\n\nSalma Idrissi\nResponsable communication interne\nAtlas Assurances – "
        "Casablanca\n+212 5 22 95 60 14",
    ),
    C(
        "fr",
        "interested",
        T(
            "Le sujet nous intéresse beaucoup, nos clients de la grande distribution commencent à nous envoyer des "
            "questionnaires carbone et on ne sait pas y répondre. Je reviens vers vous dès que j'ai vu avec notre DAF."
            "\n\nCordialement\nÉlodie Morin\nAssistante de direction\nBiscuiterie Morin – Pornic",
            "emp1",
            "gmail_fr",
            "Élodie Morin <elodie@biscuiterie-morin.fr>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Enfin quelqu'un qui propose autre chose qu'un logiciel ! Oui pour l'atelier, l'équipe de la hotline en a "
            "bien besoin.\n\nStéphane\n--\nStéphane Roux | Office manager | Numériq SAS | Lausanne",
            "pos1",
            "gmail_fr",
            "Stéphane Roux <stephane.roux@numeriq.ch>",
        ),
    ),
    C(
        "fr",
        "interested",
        T(
            "Intéressé. Nous avons 14 ascenseurs sur 4 résidences à Schaerbeek et Evere et notre prestataire actuel "
            "nous déçoit. Je vous tiens au courant de la suite.\n\nKoen Peeters\nGestionnaire technique\n"
            "Logement Bruxellois scrl",
            "asc1",
            "outlook_fr",
            "Koen Peeters <k.peeters@logementbruxellois.be>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Yes please to the workshop - our customer service team would be ideal (11 people, hybrid but all in on "
            "Tuesdays). Half of them are working off laptops on kitchen tables at home.\n\nBest,\nRhiannon Evans\nHR "
            "Business Partner | Dragonfly Insurance Services | Cardiff",
            "back1",
            "outlook_en",
            "Rhiannon Evans <rhiannon.evans@dragonflyins.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Go ahead with the eligibility check: Unit 4, Kelvin Business Park, Glasgow G20 0SP. Last bill attached."
            "\n\nAndy",
            "luma1",
            "gmail_en",
            "Andy McLeod <andy@mcleodprint.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "A shortlist would be great. 45 people, a Thursday-Friday in March, somewhere within two hours of Dublin, "
            "roughly EUR 400 a head. No paintball, please.\n\nCiara Walsh\nOffice Manager\nHalcyon Software, Dublin 2",
            "kin1",
            "outlook_en",
            "Ciara Walsh <ciara.walsh@halcyonsoftware.ie>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Ha, this is eerily timely. HR flagged three back-injury claims at our Durban warehouse this quarter. Count "
            "us in for the free workshop.\n\nSipho Ndlovu\nOperations Director\nCoastline Cold Chain (Pty) Ltd\n+27 31 "
            "555 0176\n\nThis message and any attachments are confidential and intended solely for the addressee. "
            "Coastline Cold Chain (Pty) Ltd accepts no liability for any loss arising from its use.",
            "back2",
            "outlook_en",
            "Sipho Ndlovu <sipho.ndlovu@coastlinecold.co.za>",
        ),
    ),
    C("en", "interested", T("Sounds good.", "luma2", "gmail_us", "Megan Foley <megan@foleyvetclinic.com>")),
    C(
        "en",
        "interested",
        T(
            "Could be useful. Let me see how next year's budget looks, but happy for you to run the eligibility check "
            "in the meantime - 27 Baker Street, Woking.\n\nRegards,\nNeil Patterson\nPartner, Patterson Cole "
            "Accountants",
            "luma1",
            "outlook_en",
            "Neil Patterson <neil@pattersoncole.co.uk>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Interesting timing - our larger customers in Europe have started asking for scope 3 data. We're keen. "
            "I'll loop back once I've spoken to our CFO.\n\nLerato Dlamini\nSustainability Officer\nKaroo Fresh Exports"
            "\nStellenbosch",
            "led1",
            "gmail_en",
            "Lerato Dlamini <lerato@karoofresh.co.za>",
        ),
    ),
    C(
        "en",
        "interested",
        "Looping back - my ops director's reply below. Let's do the workshop with the pickers.\n\nJo\n\n---------- "
        "Forwarded message ---------\nFrom: Mark Ellison <mark.ellison@northfieldfoods.co.uk>\nDate: Tue, 13 Oct 2026 "
        "at 07:55\nSubject: Re: Fwd: A free ergonomics workshop for one of your teams\nTo: Jo Haines "
        "<jo.haines@northfieldfoods.co.uk>\n\nYes - night pickers, before peak kicks off.\n\nM"
        + block(
            "gmail_en",
            _BACK,
            "Jo Haines <jo.haines@northfieldfoods.co.uk>",
            "A free ergonomics workshop for one of your teams",
            D("2026-10-12"),
            "09:12",
            MAIL("back1"),
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "ok can. pls do the check for 1 Kaki Bukit View #04-12. thanks\n\nWei Jie",
            "luma2",
            "outlook_en",
            "Lim Wei Jie <weijie@kbtrading.com.sg>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "We're in! Shortlist please - 25 engineers, one day, something active but not too sporty (half of them "
            "won't go near a kayak). Late Nov if that's not crazy.\n\nTash\nTasha Green | Engineering Manager | "
            "Flintlock Labs | Bristol",
            "kin2",
            "gmail_en",
            "Tasha Green <tasha@flintlocklabs.io>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "Yes. Our cable line dropped four times last month and we lost a whole Saturday of bookings. Run the check."
            "\n\nMarisol Vega\nOwner, Vega Dental Studio\n1200 S Congress Ave, Austin TX",
            "luma1",
            "gmail_us",
            "Marisol Vega <marisol@vegadental.com>",
        ),
    ),
    C(
        "en",
        "interested",
        T(
            "This is of interest. We're re-tendering lift maintenance across our nine schools in 2027 so your "
            "condition reports could be useful background. Keep me posted.\n\nPeter Okonkwo\nEstates Manager\nRiverside "
            "Academies Trust",
            "upw1",
            "outlook_en",
            "Peter Okonkwo <p.okonkwo@riversideacademies.org.uk>",
        ),
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION = [
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nIntervenez-vous aussi sur les monte-charges et les portes sectionnelles ? Et quel est votre "
            "délai d'intervention réel à Bruxelles un dimanche ?\n\nMerci,\nSophie Claes\nFacility manager\n"
            "Brasserie du Canal SA – Anderlecht",
            "asc1",
            "outlook_fr",
            "Sophie Claes <sophie.claes@brasserieducanal.be>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Vos bornes sont-elles compatibles avec nos véhicules de service (des Kangoo électriques) ? Et la "
            "facturation de la recharge aux salariés, c'est inclus ou c'est une option ?\n\nCdt\nL. Guérin\nSAV "
            "Guérin Électroménager, Saint-Herblain",
            "wat1",
            "gmail_fr",
            "Laurent Guérin <l.guerin@guerin-electromenager.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nSe désinscrire de la CSRD n'est malheureusement pas une option pour nous, on y passe en 2027 "
            "au titre de l'exercice 2026. Concrètement, votre diagnostic couvre quoi ? Le scope 3 amont ? La double "
            "matérialité ?\n\nCordialement,\nVincent Laurent\nContrôleur de gestion\nGroupe Laurent Transports – "
            "Rouen\n\n« Pensez à l'environnement avant d'imprimer ce message »",
            "emp1",
            "outlook_fr",
            "Vincent Laurent <v.laurent@laurent-transports.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Vos intervenants sont-ils kinés ou ergonomes diplômés ? Avez-vous des références dans la logistique "
            "(entrepôts, quais) ?\n\nSamia Ouazzani\nRRH – Rabat Logistique Services",
            "pos1",
            "gmail_fr",
            "Samia Ouazzani <s.ouazzani@rls.ma>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "le secours 5G il bascule tout seul ou faut appeler quelqu'un ? et la telephonie passe dessus aussi ?",
            "fib1",
            "iphone_fr",
            "Nicolas Barbier <nico.barbier@garage-barbier.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour Julie,\n\nVous vous occupez aussi des transports depuis Lyon (car, train) ? Et comment êtes-vous "
            "rémunérés en général : commission sur le lieu, honoraires fixes, pourcentage du budget ?\n\nMerci,\n"
            "Aurélie Giraud\nOffice manager – Kalixo (éditeur logiciel), Lyon 7e",
            "cap1",
            "gmail_fr",
            "Aurélie Giraud <aurelie.giraud@kalixo.io>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\n\nJ'étais inscrite à votre webinaire CSRD du 20 novembre mais je dois me désinscrire, j'ai un "
            "comité ce jour-là. Y aura-t-il un replay ? Et avez-vous une documentation sur le diagnostic que je "
            "pourrais faire circuler en interne ?\n\nBien à vous,\nCéline Hoffmann\nResponsable RSE\nBanque Privée "
            "Hoffmann & Cie, Luxembourg\n\nThe information in this e-mail is confidential and may be legally privileged. "
            "It is intended solely for the addressee.",
            "emp2",
            "outlook_fr",
            "Céline Hoffmann <c.hoffmann@hoffmann-cie.lu>",
        ),
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Madame,\n\nEst-ce que vous intervenez réellement au Sénégal ou seulement depuis Paris ? Nous sommes "
        "une entreprise de BTP à Thiès, 300 employés, et notre bailleur de fonds nous demande un bilan carbone. Les "
        "facteurs d'émission européens sont-ils adaptés chez nous ?\n\nCordialement\nMamadou Diop\nDirecteur "
        "administratif\nDiop Construction SARL\n+221 77 555 41 08",
    ),
    C(
        "fr",
        "information_request",
        T(
            "Vous avez des références d'entreprises genevoises ? On a eu une très mauvaise expérience avec une agence "
            "l'an dernier (lieu surbooké, bus en retard) et je ne veux pas revivre ça.\n\nNadine Favre\nRH, Favre & "
            "Associés, Carouge",
            "cap2",
            "outlook_fr",
            "Nadine Favre <nfavre@favre-associes.ch>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Allo M. Gagnon,\n\nEst-ce que votre étude tient compte de la subvention d'Hydro-Québec pis du programme "
            "Roulez vert pour les bornes en milieu de travail? Pis c'est-tu vous autres qui faites la demande ou c'est "
            "nous?\n\nMerci\nJosée Pelletier\nContrôleuse\nMeubles Pelletier ltée, Saint-Georges",
            "wat1",
            "outlook_qc",
            "Josée Pelletier <josee.pelletier@meublespelletier.ca>",
        ),
    ),
    C(
        "fr",
        "information_request",
        "Mes questions dans votre texte.\n\nC. Lemoine\n\n> Je vous propose de tester gratuitement l'éligibilité de "
        "votre adresse et de vous remettre un devis sans engagement.\n\nÇa se fait à distance ou quelqu'un doit "
        "passer ?\n\n> Il me suffit de l'adresse du site et de votre facture actuelle.\n\nPourquoi la facture ? Vous en "
        "faites quoi exactement, vous la gardez ?\n\n> Pour ne plus être contacté, répondez « DÉSINSCRIRE ».\n\n"
        "(pas encore)\n\n-- \nChristine Lemoine\nPharmacie Lemoine, Arcachon",
    ),
    C(
        "fr",
        "information_request",
        T(
            "C'est quoi la différence entre votre atelier et la formation PRAP qu'on fait déjà faire tous les deux "
            "ans ? Je ne veux pas payer deux fois la même chose l'an prochain.\n\nJérôme Petit\nResponsable sécurité\n"
            "Petit Frères Menuiserie",
            "pos2",
            "gmail_fr",
            "Jérôme Petit <jerome@petitfreres-menuiserie.fr>",
        ),
    ),
    C(
        "fr",
        "information_request",
        T(
            "Bonjour,\nLe contrat inclut-il les pièces ou seulement la main d'œuvre ? Et quelle est la durée "
            "d'engagement minimale chez vous ?\nMerci\nHamid Tazi, syndic bénévole, Résidence Anfa Garden",
            "asc2",
            "gmail_fr",
            "Hamid Tazi <hamid.tazi@gmail.com>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Do you cover escalators as well as lifts? We have six in a shopping centre in Sandton plus two "
            "travelators to the parking.\n\nKind regards\nJohan van der Merwe\nCentre Manager\nSandhurst Junction",
            "upw1",
            "outlook_en",
            "Johan van der Merwe <johan@sandhurstjunction.co.za>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "What hardware do you install - is it OCPP compliant so we're not locked in to you forever? And who owns "
            "the chargers at the end of the contract?\n\nBen",
            "plug1",
            "gmail_en",
            "Ben Hartley <ben.hartley@hartleyengineering.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Is the diagnostic actually free or is it a sales pitch wearing a hi-vis vest? What do we get at the end - "
            "a written summary or just a slide deck?",
            "led2",
            "outlook_en",
            "Graham Moss <graham.moss@mossbrewing.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Are your physios HCPC registered? And do you have references from logistics or retail DCs? We've been "
            "burnt by 'wellness' providers before.\n\nThanks\nSiobhan Kelly\nHR Manager, Kerrigan Logistics, Cork",
            "back1",
            "outlook_en",
            "Siobhan Kelly <skelly@kerriganlogistics.ie>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "How does the failover work with our VoIP phones - do live calls drop during the switch? And is the 5G "
            "backup capped?\n\nRegards,\nFiona Grant | Practice Manager | Grant & Webster Solicitors | Edinburgh",
            "luma1",
            "outlook_en",
            "Fiona Grant <fiona.grant@grantwebster.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Quick q - how do you get paid? Do the venues pay you a commission, or do we pay a planning fee on top?",
            "kin1",
            "gmail_en",
            "Owen Price <owen@pricecreative.co.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Before anything else: how do you handle the data? If your physios do individual assessments you'll be "
            "collecting health information about our staff, and I need to know where it's stored and who sees it.\n\n"
            "Rachel Adeyemi\nData Protection Officer\nMeridale Housing Association",
            "back2",
            "outlook_en",
            "Rachel Adeyemi <dpo@meridalehousing.org.uk>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Do you cover SGX's climate reporting rules or is it EU/UK only? We're mainboard listed and our auditors "
            "keep mentioning ISSB.\n\nBest\nRavi Menon\nGroup CFO\nStraits Marine Holdings",
            "led1",
            "outlook_en",
            "Ravi Menon <ravi.menon@straitsmarine.com.sg>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "do you guys work in regional WA? our depot's in Kalgoorlie, 600 km from Perth\n\nSent from my iPhone",
            "plug2",
            "apple_en",
            "Shane O'Brien <shane@goldfieldshaulage.com.au>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Hi Gareth,\n\nTwo questions before I go further. Are your engineers directly employed or do you "
            "subcontract in Ireland? And do you carry out the thorough examinations yourselves, or does the insurer's "
            "inspector still have to come out separately?\n\nRegards,\nDeclan Murphy\nBuildings Officer\nSt "
            "Brigid's Nursing Home, Kilkenny",
            "upw2",
            "outlook_en",
            "Declan Murphy <declan.murphy@stbrigidsnh.ie>",
        ),
    ),
    C(
        "en",
        "information_request",
        T(
            "Can you send a brochure or some spec sheets? I need something to show our board before anyone walks "
            "round our car park.\n\nSincerely,\nAndrea Bouchard\nExecutive Director\nOttawa Valley Credit Union",
            "plug1",
            "outlook_us",
            "Andrea Bouchard <abouchard@ovcu.ca>",
        ),
    ),
    C(
        "en",
        "information_request",
        "Questions inline.\n\nOn Mon, Oct 12, 2026 at 9:12 AM Ryan Mitchell <ryan.mitchell@lumalink.net> wrote:\n\n"
        "> I can run a free line eligibility check on your site and send you a no-obligation quote.\n\nDoes the check "
        "need anyone on site, or is it all desk-based?\n\n> All I need is the site address and a recent bill.\n\nWhy "
        "the bill? What do you do with it, and do you keep it?\n\n> Reply STOP to opt out of further emails.\n\nnot "
        "yet :)\n\n--\nDan Kowalski\nIT, Kowalski & Reyes CPAs, Round Rock TX",
    ),
    C(
        "en",
        "information_request",
        T(
            "Do you have case studies for groups over 200? Our sales kickoff is massive and most agencies top out "
            "at 80.\n\nThanks,\nMichelle Adams\nEvents & Comms Manager\nTalon Security Group, Johannesburg",
            "kin1",
            "outlook_en",
            "Michelle Adams <michelle.adams@talonsecurity.co.za>",
        ),
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTE = [
    C(
        "fr",
        "quote_request",
        T(
            "Envoyez-moi un devis pour l'entretien de deux ascenseurs, R+6, résidence à Caluire (installés en 2009). "
            "Pas besoin de visite, j'ai les fiches techniques que je peux vous transmettre.\n\nCordialement\nM. Ferrari"
            "\nCabinet Ferrari Syndic – 69300 Caluire-et-Cuire",
            "asc1",
            "outlook_fr",
            "Michel Ferrari <syndic@cabinet-ferrari.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Stop avec les plaquettes, donnez-moi juste un prix : fibre 500 Mb + secours 5G pour 25 postes, "
            "zone Mérignac Soleil. Si c'est moins cher que ce qu'on paie on signe.",
            "fib2",
            "gmail_fr",
            "Karine Lopez <karine.lopez@optique-lopez.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nPouvez-vous me faire une proposition chiffrée pour 40 personnes, une journée, activité "
            "+ déjeuner, région d'Annecy, le vendredi 11 juin ? Budget indicatif 150 € par personne.\n\nMerci\n"
            "Laetitia Bonnet\nChargée de communication\nMutuelle des Savoie",
            "cap1",
            "outlook_fr",
            "Laetitia Bonnet <l.bonnet@mutuelle-savoie.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Quel serait le tarif pour 6 ateliers sur nos 3 entrepôts (environ 70 personnes au total) ? On a un "
            "budget prévention à consommer avant fin décembre.\n\nDavid Lefebvre\nResp. QSE – Transports Lefebvre, "
            "Arras",
            "pos2",
            "gmail_fr",
            "David Lefebvre <d.lefebvre@transports-lefebvre.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Bonjour,\n\nJ'aimerais recevoir une soumission pour 10 bornes de niveau 2 dans notre stationnement de "
            "Sherbrooke (on a les plans électriques si ça aide).\n\nMerci\nMarie-Ève Gauthier\nAdjointe "
            "administrative\nCoopérative agricole de l'Estrie",
            "wat2",
            "outlook_qc",
            "Marie-Ève Gauthier <megauthier@coopestrie.qc.ca>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Avant le diagnostic, j'aimerais avoir une idée du prix d'un bilan carbone complet pour nous : PME de 90 "
            "salariés, deux sites (Cholet et Angers), scopes 1 à 3. Ensuite on pourra caler l'appel.\n\nCordialement,\n"
            "Hervé Guillot\nDirecteur administratif et financier\nGuillot Plasturgie",
            "emp1",
            "outlook_fr",
            "Hervé Guillot <h.guillot@guillot-plasturgie.fr>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        "c combien pr 1 asc ds un immeuble de 5 etages a Casa? entretien seulement\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _ASC,
            "Omar Benkirane <omar.benkirane@gmail.com>",
            "Maintenance de vos ascenseurs – inspection offerte",
            D("2026-10-12"),
            "09:12",
            MAIL("asc1"),
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Monsieur Girard,\n\nMerci pour votre message. Nous souhaiterions recevoir une offre pour nos bureaux du "
            "Kirchberg (40 postes) ainsi que pour notre agence d'Esch-sur-Alzette (8 postes), avec le secours 5G sur "
            "les deux sites.\n\nMeilleures salutations,\nSandra Weis\nOffice Manager\nFiduciaire Weis & Partners S.à "
            "r.l.\n\nCe message est confidentiel et protégé par le secret professionnel. S'il ne vous est pas destiné, "
            "merci de le supprimer et d'en informer l'expéditeur.",
            "fib1",
            "outlook_fr",
            "Sandra Weis <s.weis@weis-partners.lu>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nJe vous transmets la demande de notre service achats ci-dessous.\n\nCordialement,\nAntoine "
        "Vidal\nServices généraux\n\n-----Message d'origine-----\nDe : Achats Groupe Vidal\nEnvoyé : mardi 13 octobre "
        "2026 15:22\nÀ : Antoine Vidal\nObjet : RE: Fibre entreprise + secours 5G\n\nAntoine, si le fournisseur est "
        "sérieux, il nous faut une offre formelle (prix mensuel, frais d'accès, durée, GTR) pour les sites de Pessac "
        "et Bègles avant le comité du 5/11. Merci de leur demander.\nLe service achats"
        + block(
            "outlook_fr",
            _FIB,
            "Antoine Vidal <a.vidal@groupe-vidal.fr>",
            "Fibre entreprise + secours 5G : test d'éligibilité offert",
            D("2026-10-12"),
            "09:12",
            MAIL("fib1"),
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "C'est quoi le budget pour une journée de cohésion à Marrakech pour 25 personnes, vols non compris ? "
            "Avec une activité dans le désert d'Agafay si possible.\n\nKarim\n--\nKarim Lahlou | CEO | Digitalis "
            "Agency | Casablanca",
            "cap2",
            "gmail_fr",
            "Karim Lahlou <karim@digitalis.ma>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Madame,\n\nLe CPAS lance une consultation pour la maintenance de ses 7 ascenseurs (maisons de repos et "
            "siège). Merci de nous remettre prix sur base du cahier des charges joint, avant le 30/11 à 12h.\n\n"
            "Françoise Lambotte\nService marchés publics\nCPAS de Charleroi",
            "asc1",
            "owa_fr",
            "Françoise Lambotte <francoise.lambotte@cpascharleroi.be>",
        ),
    ),
    C(
        "fr",
        "quote_request",
        T(
            "Grüezi... pardon, bonjour ! Pouvez-vous nous faire une offre pour des ateliers en français ET en allemand "
            "pour notre site de Bienne (env. 50 collaborateurs en atelier et 20 au bureau) ?\n\nMeilleures "
            "salutations\nUrs Känzig\nHead of HR\nKänzig Präzision AG",
            "pos1",
            "outlook_fr",
            "Urs Känzig <urs.kaenzig@kaenzig-praezision.ch>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Quote please for 3 passenger lifts, 8 floors, office block in Leeds city centre. Current contract is "
            "£9,400 a year and I'm not happy with it.\n\nSimon Baxter\nProperty Manager | Baxter Estates",
            "upw1",
            "outlook_en",
            "Simon Baxter <simon@baxterestates.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "What would 8 dual chargers cost installed in our car park in Headingley? Ballpark is fine for now, I need "
            "a figure for the budget meeting.\n\nThanks\nLucy Hammond\nBursar, Headingley Grammar School",
            "plug1",
            "outlook_en",
            "Lucy Hammond <bursar@headingleygrammar.org.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Send me a proposal for a full scope 1-3 footprint for FY25 across three entities (UK, Ireland, "
            "Netherlands). We'll decide on the diagnostic call after we've seen numbers.\n\nRegards,\nAlistair Ford\n"
            "Finance Director, Fordham Packaging Group",
            "led1",
            "outlook_en",
            "Alistair Ford <alistair.ford@fordhampackaging.com>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Price for DSE assessments for 140 staff plus 4 workshops? Manchester HQ.",
            "back1",
            "gmail_en",
            "Nadia Hussain <nadia.hussain@pennineenergy.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "skip the check, just quote me 1Gb fiber + 5G backup for 3801 N Lamar Blvd. we're out of contract with "
            "the cable co in January",
            "luma1",
            "gmail_us",
            "Tyler Brooks <tyler@brooksarchitecture.com>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Can you cost a 2-night offsite for 30 people in the Western Cape in Feb? Need a number for budget "
            "sign-off by Friday, so even a range helps.\n\nThabo Mthembu\nHead of Sales\nMzansi Solar Solutions",
            "kin2",
            "outlook_en",
            "Thabo Mthembu <thabo@mzansisolar.co.za>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Might be interested but honestly it all comes down to price. What would you charge to maintain our two "
            "lifts? Both Schindler, both about 15 years old.",
            "upw2",
            "gmail_en",
            "Gemma Lloyd <gemma@lloydandpartners.co.uk>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "pls quote for CSRD readiness for our EU subsidiary (Rotterdam, ~300 staff). thanks\n\nKelvin Chua\nRegional "
            "Finance, Pacific Bunker Services",
            "led2",
            "outlook_en",
            "Kelvin Chua <kelvin.chua@pacificbunker.sg>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Good day Gareth,\n\nKindly furnish us with a quotation for the maintenance of 4 passenger lifts at our "
            "Rosebank premises, comprehensive cover including parts.\n\nKind regards\nPrecious Molefe\nProcurement "
            "Officer\nNdalo Properties (Pty) Ltd\nTel: 011 555 0192\n\nDisclaimer: This e-mail is subject to the "
            "terms at www.ndaloprop.co.za/disclaimer.",
            "upw1",
            "outlook_en",
            "Precious Molefe <pmolefe@ndaloprop.co.za>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "How much per bay for 20 bays, including a switchboard upgrade if we need one? Fremantle site. Then if it "
            "stacks up we can do the walk-round.\n\nMatt",
            "plug2",
            "outlook_en",
            "Matt Kennedy <matt.kennedy@fremantlemarine.com.au>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "What are your rates for a half-day manual handling session in Cork, 15 warehouse staff, sometime in "
            "November? Need it for our insurer.\n\nNiamh",
            "back2",
            "gmail_en",
            "Niamh O'Sullivan <niamh@osullivanfreight.ie>",
        ),
    ),
    C(
        "en",
        "quote_request",
        T(
            "Dear Ryan,\n\nPlease send quotation for business fibre with 5G backup for 2 sites (Jurong West and Tuas "
            "South Ave 2), 36-month term. Kindly include installation charges.\n\nThank you.\n\nBest regards,\n"
            "Nur Aisyah\nAdmin & Procurement Executive\nTuas Fabrication Works Pte Ltd\nDID: +65 6555 0137",
            "luma1",
            "outlook_en",
            "Nur Aisyah <aisyah@tuasfab.com.sg>",
        ),
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED = [
    C(
        "fr",
        "not_interested",
        T(
            "Non merci, nous avons un contrat avec le fabricant jusqu'en 2029 et nous en sommes satisfaits.\n\n"
            "Cordialement,\nAgnès Marty\nDirectrice – EHPAD Les Tilleuls, Villefranche-sur-Saône",
            "asc1",
            "outlook_fr",
            "Agnès Marty <direction@ehpad-lestilleuls.fr>",
        ),
    ),
    C("fr", "not_interested", T("Pas intéressé.", "wat2", "outlook_qc", "Luc Tremblay <ltremblay@tremblaybois.ca>")),
    C(
        "fr",
        "not_interested",
        T(
            "Encore un bilan carbone... On est une boulangerie de trois personnes, notre scope 3 c'est la farine et le "
            "beurre. Non.\n\nPascal\nBoulangerie du Marché, Vannes",
            "emp2",
            "gmail_fr",
            "Pascal Le Goff <boulangeriedumarche56@orange.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Merci, mais nous avons une ergonome en interne depuis 2023 et un programme TMS déjà bien rodé.\n\n"
            "Cordialement,\nVéronique Thomas\nDRH adjointe\nGroupe Thomas Agroalimentaire",
            "pos1",
            "outlook_fr",
            "Véronique Thomas <v.thomas@thomas-agro.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "On a stoppé le projet de changement d'opérateur, on reste où on est. Merci.",
            "fib2",
            "iphone_fr",
            "Julien Marchand <julien@marchand-paysages.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour Madame Morel,\n\nMerci pour votre proposition, mais nous organisons nos séminaires en interne "
            "depuis des années avec nos propres équipes. Je vous souhaite une bonne continuation.\n\nBien cordialement,"
            "\nDominique Perret\nSecrétaire générale\nMutuelle Alpine d'Assurances – Chambéry",
            "cap1",
            "outlook_fr",
            "Dominique Perret <d.perret@cesl-savoie.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Nous ne donnerons pas suite.\n\nService Général\nMairie de Saint-Jean-de-Boiseau",
            "wat1",
            "owa_fr",
            "Services techniques <st@mairie-saintjeandeboiseau.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\nLa commune a déjà fait réaliser une étude par le syndicat départemental d'énergie en 2025 et "
            "les bornes sont prévues au budget. Nous n'avons pas besoin de vos services.\n\nCordialement,\nLe Directeur "
            "général des services\nVille de Carquefou",
            "wat2",
            "outlook_fr",
            "DGS <dgs@carquefou-ville.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        "pas besoin merci on a pas d'ascenseur c un rdc\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _ASC,
            "Fatima Zahra <fz.couture@gmail.com>",
            "RE: Maintenance de vos ascenseurs – inspection offerte",
            D("2026-10-13"),
            "08:02",
            MAIL("asc2"),
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "bonjour non merci nous ne sommes pas concernés par la CSRD et nous ne le serons pas avant longtemps "
            "bonne journée\n\nAlain Ribeiro\nRibeiro Maçonnerie",
            "emp1",
            "gmail_fr",
            "Alain Ribeiro <ribeiro.maconnerie@wanadoo.fr>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Bonjour,\n\nNous venons de signer avec un autre opérateur pour la fibre et le secours 4G, pour trois ans. "
            "Merci quand même.\n\nBàv,\nLiesbeth Wouters\nOffice manager, Wouters & Dubois sprl, Namur",
            "fib1",
            "outlook_fr",
            "Liesbeth Wouters <liesbeth@woutersdubois.be>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        "Désolée, ce sera non. Ci-dessous la réponse de la direction.\n\nMarion\n\n---------- Message transféré "
        "---------\nDe : Direction Générale <dg@alpes-robotique.fr>\nDate : mar. 13 oct. 2026 à 12:10\nObjet : Re: "
        "TR: Votre prochain séminaire\nÀ : Marion Blanc <m.blanc@alpes-robotique.fr>\n\nPas de team building cette "
        "année, budget gelé jusqu'à nouvel ordre. Merci de décliner."
        + block(
            "gmail_fr",
            _CAP,
            "Marion Blanc <m.blanc@alpes-robotique.fr>",
            "RE: Votre prochain séminaire : une sélection de lieux offerte",
            D("2026-10-12"),
            "09:12",
            MAIL("cap2"),
        ),
    ),
    C(
        "fr",
        "not_interested",
        T(
            "Vous êtes le quatrième cette semaine à me proposer un atelier sur le mal de dos. Ça ne nous intéresse "
            "pas, nos gars sont des couvreurs, pas des employés de bureau.\n\nR. Lacroix\nLacroix Couverture",
            "pos2",
            "gmail_fr",
            "Richard Lacroix <lacroix.couverture@gmail.com>",
        ),
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nMerci pour votre proposition. Nos ascenseurs sont neufs et restent sous contrat avec le "
        "fabricant pendant toute la garantie (5 ans). Nous ne sommes donc pas demandeurs.\n\nCordialement,\n\nNabil "
        "Alaoui\nGérant – Résidence Les Orangers, Rabat\n+212 6 61 55 02 14",
    ),
    C(
        "en",
        "not_interested",
        T("No thanks, we're covered.", "upw2", "gmail_en", "Paul Jennings <paul@jenningsproperty.co.uk>"),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We're a fully remote company - no office, no car park, not even a parking space. Not for us!\n\nAmy",
            "plug1",
            "gmail_us",
            "Amy Cho <amy@remotebirdstudio.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thanks Daniel, but we've opted for an in-house approach using our ERP's carbon module and a part-time "
            "analyst. Wouldn't make sense to bring in a consultancy now.\n\nBest,\nHannah Whitmore\nHead of Finance "
            "Operations | Aldgate Retail Group",
            "led2",
            "outlook_en",
            "Hannah Whitmore <hannah.whitmore@aldgateretail.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Appreciate it, but our insurer already provides ergonomic assessments as part of our policy.\n\nK. "
            "Shaw\nOffice Manager, Shaw Gibbs Surveyors",
            "back1",
            "outlook_en",
            "Karen Shaw <k.shaw@shawgibbs.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We're locked into a five-year contract with our current provider. No point talking, sorry.",
            "luma2",
            "outlook_en",
            "Stuart Reid <stuart.reid@reidandco.co.uk>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thanks but we don't do offsites any more - people hated them and we've put the budget into a four-day "
            "week instead. Not a fit.\n\nConor",
            "kin2",
            "gmail_en",
            "Conor Fitzgerald <conor@tidewaterdesign.ie>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "A free inspection. Of a two-storey building with no lifts. Bold.",
            "upw1",
            "outlook_en",
            "Marcus Bell <marcus.bell@bellandbrowne.co.uk>",
        ),
    ),
    C("en", "not_interested", T("Pass.", "kin1", "apple_en", "Imogen Tate <imogen@tatepr.co.uk>")),
    C(
        "en",
        "not_interested",
        T(
            "We own the building and our in-house maintenance team handles the elevators. Not interested at this "
            "time.\n\nRobert J. Harmon\nDirector of Facilities\nHarmon Mutual Insurance Co.\nHartford, CT",
            "upw1",
            "outlook_us",
            "Robert Harmon <rharmon@harmonmutual.com>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thank you for reaching out. After review, we have decided not to pursue EV charging at this location, "
            "as the property is leased and the lease ends in 2028.\n\nBest regards,\nSophie Tremblay-Wright\nManager, "
            "Corporate Services\nLakeshore Credit Union, Mississauga",
            "plug2",
            "outlook_us",
            "Sophie Tremblay-Wright <stremblaywright@lakeshorecu.ca>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Ah no, we're grand. The lads sorted the broadband with Eir last year and it's been flawless.",
            "luma1",
            "gmail_en",
            "Pádraig Nolan <padraig@nolanbuilders.ie>",
        ),
    ),
    C(
        "en",
        "not_interested",
        "Not something we need right now or in the foreseeable future.\n\nJ. Ashworth\n\n-----Original Message-----\n"
        "From: Daniel Osei <daniel.osei@ledgerleaf.co>\nSent: 12 October 2026 09:12\nTo: James Ashworth "
        "<j.ashworth@ashworthmills.co.uk>\nSubject: Re: Carbon accounting and CSRD – free 45-minute diagnostic\n\n"
        + MAIL("led2"),
    ),
    C(
        "en",
        "not_interested",
        T(
            "Thanks but we're moving into a serviced office in January where the internet is included. Not needed.",
            "luma2",
            "outlook_en",
            "Grace Ho <grace.ho@hocapitalpartners.com.sg>",
        ),
    ),
    C(
        "en",
        "not_interested",
        T(
            "We're a four-person consultancy. We don't need CSRD or anything like it. Thanks though.\n\nWillem",
            "led1",
            "gmail_en",
            "Willem Botha <willem@bothaadvisory.co.za>",
        ),
    ),
]

# --------------------------------------------------------------------------- not_now

NOT_NOW = [
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nRecontactez-moi en janvier, le budget 2027 de la copropriété sera voté d'ici là et je saurai "
            "si on peut changer de prestataire.\n\nCordialement,\nSylvie Garcia\nSyndic bénévole – Résidence Le "
            "Belvédère, Marseille",
            "asc2",
            "gmail_fr",
            "Sylvie Garcia <sylvie.garcia13@free.fr>",
        ),
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Pas avant le 2e trimestre : on déménage l'entrepôt à Saint-Quentin-Fallavier d'ici là et les équipes "
            "vont changer.\n\nLaurence Martin\nResponsable RH\nRhône Express Logistique",
            "pos2",
            "outlook_fr",
            "Laurence Martin <l.martin@rhone-express-log.fr>",
        ),
        until="2027-04-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Revenez vers moi dans 3 mois, on est en train de renégocier avec notre opérateur actuel et je veux voir "
            "ce qu'ils proposent.\n\nE. Jacob",
            "fib1",
            "outlook_fr",
            "Emmanuel Jacob <e.jacob@jacob-expertise.fr>",
        ),
        until="2027-01-14",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Madame,\n\nLe sujet sera abordé à notre assemblée générale du 12 décembre. Revenez vers moi après l'AG, "
            "je pourrai alors vous dire si le conseil syndical souhaite l'inspection.\n\nCordialement\nJ.-M. Fournier"
            "\nPrésident du conseil syndical, Le Parc de la Tête d'Or",
            "asc1",
            "outlook_fr",
            "Jean-Marc Fournier <jm.fournier@laposte.net>",
        ),
        until="2026-12-13",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Trop tôt. Relancez-moi à partir du 16 novembre, je rentre de congé et on pourra caler le diagnostic.\n\n"
            "Isabelle\n\n--\nIsabelle Caron | Directrice financière | Caron Textiles | Roubaix\n\nAvertissement : ce "
            "courriel et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, "
            "merci de le détruire et d'en informer l'expéditeur.",
            "emp2",
            "gmail_fr",
            "Isabelle Caron <i.caron@caron-textiles.fr>",
        ),
        until="2026-11-16",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Non merci pour cette année, tout est déjà calé. Mais recontactez-moi début septembre pour le séminaire "
            "2027, on cherchera quelque chose de plus original.\n\nAnne\nAnne Collet – Assistante RH – Salève "
            "Composites",
            "cap2",
            "apple_fr",
            "Anne Collet <anne.collet@saleve-composites.fr>",
        ),
        until="2027-09-01",
    ),
    C(
        "fr",
        "not_now",
        "rappelez moi ds 15 jours on est en pleine cloture\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _EMP,
            "Gilles Moreau <g.moreau@moreau-logistique.fr>",
            "RE: Bilan carbone et CSRD : diagnostic offert",
            D("2026-10-12"),
            "09:12",
            MAIL("emp2"),
        ),
        until="2026-10-28",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour Madame Morel,\n\nEn ce moment c'est impossible, nous sommes en pleines vendanges et toute "
            "l'équipe est dans les vignes. On en reparlera après, volontiers.\n\nSalutations\nPierre-Alain Roh\n"
            "Cave Roh & Fils, Vétroz (VS)",
            "cap1",
            "outlook_fr",
            "Pierre-Alain Roh <pa.roh@caveroh.ch>",
            d="2026-09-28",
        ),
        sent="2026-09-30",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        T(
            "Pas le moment. Peut-être l'an prochain.",
            "wat2",
            "gmail_fr",
            "Hugo Renaud <hugo@renaud-paysage.fr>",
        ),
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nRevenez-moi après les Fêtes, on est dans le jus avec la saison. L'idée est bonne par "
            "exemple.\n\nGuy\nQuincaillerie Bergeron & fils, Rimouski",
            "wat1",
            "outlook_qc",
            "Guy Bergeron <guy@quincailleriebergeron.ca>",
        ),
        until=None,
    ),
    C(
        "fr",
        "not_now",
        T(
            "Bonjour,\n\nLa semaine du 23 novembre je serai plus disponible pour en parler, là nous sommes en plein "
            "inventaire.\n\nCordialement,\nDelphine Aubert\nResponsable logistique\nPharma Distribution Ouest",
            "pos2",
            "outlook_fr",
            "Delphine Aubert <d.aubert@pdo-pharma.fr>",
            d="2026-11-02",
        ),
        sent="2026-11-03",
        until="2026-11-23",
    ),
    C(
        "fr",
        "not_now",
        T(
            "Relancez-moi après la fin du premier trimestre, on attend les arbitrages budgétaires du groupe.\n\n"
            "Frédéric Noël\nDSI – Noël Industries, Seraing",
            "fib2",
            "outlook_fr",
            "Frédéric Noël <f.noel@noel-industries.be>",
        ),
        until="2027-04-01",
    ),
    C(
        "fr",
        "not_now",
        T(
            "D'accord pour le diagnostic mais pas avant février, on est en plein audit des comptes. Proposez-moi un "
            "créneau à ce moment-là.\n\nNathalie Perrot\nDAF, Perrot Cosmétiques",
            "emp1",
            "gmail_fr",
            "Nathalie Perrot <n.perrot@perrot-cosmetiques.fr>",
        ),
        until="2027-02-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Madame Fontaine,\n\nMerci pour votre relance. Le sujet nous intéresse, mais nous attendons la "
        "validation de notre financement par la banque de développement. Revenez vers nous une fois qu'elle sera "
        "acquise.\n\nCordialement\nIbrahima Fall\nDirecteur général\nFall Agro-Industries SA, Kaolack\n+221 33 941 "
        "20 66"
        + block(
            "outlook_fr",
            _EMP,
            "Ibrahima Fall <i.fall@fallagro.sn>",
            "RE: Bilan carbone et CSRD : diagnostic offert",
            D("2026-10-12"),
            "09:12",
            MAIL("emp2"),
        ),
        until=None,
    ),
    C(
        "en",
        "not_now",
        T("Try me again in April.", "plug2", "gmail_en", "Ollie Barnes <ollie@barnesmotorgroup.co.uk>"),
        until="2027-04-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Circle back in Q1 - budgets are locked until then.\n\nJ.\n\nJustin Reyes | Operations | Lonestar Title "
            "Co. | Austin, TX",
            "luma2",
            "outlook_us",
            "Justin Reyes <jreyes@lonestartitle.com>",
        ),
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Ping me after the 15th - the auditors are in until then and I can't think about anything else.\n\nKate",
            "led2",
            "gmail_en",
            "Kate Morrison <kate.morrison@morrisonfoods.co.uk>",
            d="2026-11-02",
        ),
        sent="2026-11-04",
        until="2026-11-16",
    ),
    C(
        "en",
        "not_now",
        T(
            "In six months, once the new warehouse is open and we know who's working where.\n\nGareth Jones\nGeneral "
            "Manager, Valleys Distribution Ltd, Newport",
            "back2",
            "outlook_en",
            "Gareth Jones <gareth.jones@valleysdistribution.co.uk>",
        ),
        until="2027-04-14",
    ),
    C(
        "en",
        "not_now",
        T("Next year maybe.", "kin2", "gmail_en", "Emma Clarke <emma@clarkeandco.ie>"),
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Give me a fortnight, I'm buried in a tender.\n\nSent from Outlook for iOS",
            "upw2",
            "outlook_en",
            "Ian Fletcher <ian.fletcher@fletcherpm.co.uk>",
        ),
        until="2026-10-28",
    ),
    C(
        "en",
        "not_now",
        T(
            "Hi Ryan, after Chinese New Year pls. Now everything also rush.\n\nRegards\nPeter Goh\nDirector, Goh Brothers "
            "Engineering Pte Ltd",
            "luma2",
            "outlook_en",
            "Peter Goh <peter@gohbros.com.sg>",
        ),
        until=None,
    ),
    C(
        "en",
        "not_now",
        T(
            "We're mid-merger, so nothing new gets signed off until the deal closes. Let's talk once it's done.\n\n"
            "Rebecca Lam\nVP Finance\nNorthern Lights Brewing Co., Calgary",
            "led1",
            "outlook_us",
            "Rebecca Lam <rlam@northernlightsbrewing.ca>",
        ),
        until=None,
    ),
    C(
        "en",
        "not_now",
        T(
            "From 2 November I'll have more bandwidth - drop me a line then and we can pick a team.\n\nCheers,\nLouise",
            "back1",
            "gmail_en",
            "Louise Pemberton <louise@pembertonlaw.com.au>",
        ),
        until="2026-11-02",
    ),
    C(
        "en",
        "not_now",
        T(
            "Not this month. Drop me a line the week after 9 November and I'll happily do the walk-round then.\n\n"
            "Regards,\nKwame Asante\nFacilities Lead, Leeds Beckett Park Innovation Centre",
            "plug1",
            "outlook_en",
            "Kwame Asante <k.asante@lbpic.co.uk>",
        ),
        until="2026-11-16",
    ),
    C(
        "en",
        "not_now",
        T(
            "Early January is better, the team's slammed with year-end.",
            "kin1",
            "gmail_en",
            "Yusuf Patel <yusuf@patelsolicitors.co.uk>",
        ),
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "Not until after March - that's our financial year end and I'll have the auditors in.\n\nRegards\nClaire "
            "Donnelly\nFinancial Controller, Antrim Coast Seafoods",
            "led1",
            "outlook_en",
            "Claire Donnelly <claire.donnelly@antrimcoastseafoods.co.uk>",
        ),
        until="2027-04-01",
    ),
    C(
        "en",
        "not_now",
        T(
            "mate hit me up once summer's over, we're flat out till then",
            "plug2",
            "gmail_en",
            "Jason Nguyen <jason@perthcoolrooms.com.au>",
        ),
        until=None,
    ),
    C(
        "en",
        "not_now",
        T(
            "Could you get back to me in three weeks? I'm covering for a colleague until then.\n\nThanks,\nRuth "
            "Kagame\nEstates Officer, Cape Peninsula Retirement Village",
            "upw1",
            "outlook_en",
            "Ruth Kagame <ruth.k@cprv.co.za>",
        ),
        until="2026-11-04",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL = [
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\n\nCe n'est pas moi qui gère ce sujet. Voyez avec Karim Bennani, responsable des services "
            "généraux : k.bennani@groupe-atlasbeton.ma\n\nCordialement\nLeila Chraibi\nAssistante de direction",
            "asc2",
            "outlook_fr",
            "Leila Chraibi <l.chraibi@groupe-atlasbeton.ma>",
        ),
        referral=("Karim Bennani", "k.bennani@groupe-atlasbeton.ma"),
    ),
    C(
        "fr",
        "referral",
        T(
            "Je ne m'occupe plus de ce sujet depuis la réorganisation. Contactez plutôt notre DAF.",
            "emp2",
            "gmail_fr",
            "Mélanie Girard <m.girard@girard-vins.fr>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nCe message est automatique. Mme Christine Poulain ne fait plus partie des effectifs de la "
        "société Poulain Transports depuis le 1er octobre 2026. Pour toute demande, merci d'écrire à "
        "accueil@poulain-transports.fr.\n\nCordialement,\nPoulain Transports",
        referral=(None, "accueil@poulain-transports.fr"),
    ),
    C(
        "fr",
        "referral",
        T("Mauvaise personne.", "fib2", "iphone_fr", "Thierry Vasseur <t.vasseur@vasseur-bois.fr>"),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour Monsieur,\n\nJe transmets à ma collègue Sophie Lambert (en copie), qui gère le parc de véhicules "
            "et les bâtiments.\n\nBonne journée\nCaroline Roy\nAdjointe à la direction\nHydro-Maintenance inc., Trois-"
            "Rivières",
            "wat1",
            "outlook_qc",
            "Caroline Roy <croy@hydromaintenance.ca>",
        ),
        referral=("Sophie Lambert", None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Adressez-vous au syndic, c'est lui qui gère le contrat des ascenseurs de l'immeuble, pas nous. Nous ne "
            "sommes que locataires du 3e étage.\n\nCabinet dentaire Dr Vidal",
            "asc1",
            "gmail_fr",
            "Cabinet Dr Vidal <cabinet.vidal@orange.fr>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        T(
            "J'ai quitté la société au 30 septembre. Bonne continuation.\n\nEnvoyé de mon iPhone",
            "pos2",
            "apple_fr",
            "Julien Morel <julien.morel@sodilog.fr>",
        ),
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour Madame,\n\nJe vous mets en relation avec M. Ousmane Ndiaye, directeur RSE du groupe, qui sera plus à "
        "même de vous répondre : ousmane.ndiaye@teranga-agro.sn\n\nCordialement\nAwa Cissé\nAssistante du DG\n"
        "Teranga Agro – Dakar"
        + block(
            "gmail_fr",
            _EMP,
            "Awa Cissé <a.cisse@teranga-agro.sn>",
            "Bilan carbone et CSRD : diagnostic offert",
            D("2026-10-12"),
            "09:12",
            MAIL("emp1"),
        ),
        referral=("Ousmane Ndiaye", "ousmane.ndiaye@teranga-agro.sn"),
    ),
    C(
        "fr",
        "referral",
        "Réponse automatique\n\nMadame Claire Dubois a quitté la Fiduciaire Hoffmann. Merci d'adresser désormais vos "
        "messages à M. Luc Weber : luc.weber@fidhoffmann.lu\nCe message ne sera pas transféré.\n\nFiduciaire Hoffmann "
        "S.A. – 12, rue Érasme, L-1468 Luxembourg",
        referral=("Luc Weber", "luc.weber@fidhoffmann.lu"),
    ),
    C(
        "fr",
        "referral",
        T(
            "c pas moi qui gere c mon associé Julien, 06 22 41 87 03",
            "cap2",
            "iphone_fr",
            "Baptiste Lemaire <baptiste@lemaire-evenementiel.fr>",
        ),
        referral=("Julien", None),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\n\nPour le siège, nous ne sommes pas intéressés. En revanche l'usine de Roanne pourrait l'être, "
            "ils ont beaucoup de manutention : écrivez à rh.roanne@textiles-forez.fr\n\nCordialement,\nDRH Groupe "
            "Textiles du Forez",
            "pos1",
            "outlook_fr",
            "DRH <drh@textiles-forez.fr>",
        ),
        referral=(None, "rh.roanne@textiles-forez.fr"),
    ),
    C(
        "fr",
        "referral",
        T(
            "Bonjour,\nC'est pas moi qui m'occupe des immeubles. Parlez à Guylaine Tremblay au service des immeubles : "
            "guylaine.tremblay@ville.levis.qc.ca, elle est au courant du dossier des bornes.\nBonne journée\nMarc "
            "Ouellet, Direction des communications, Ville de Lévis",
            "wat2",
            "outlook_qc",
            "Marc Ouellet <marc.ouellet@ville.levis.qc.ca>",
        ),
        referral=("Guylaine Tremblay", "guylaine.tremblay@ville.levis.qc.ca"),
    ),
    C(
        "fr",
        "referral",
        T(
            "Merci d'écrire à notre service RH (rh@vaudoise-paysages.ch), c'est lui qui organise les sorties "
            "d'entreprise.\n\nMeilleures salutations\nStéphanie Rochat\nComptabilité",
            "cap1",
            "outlook_fr",
            "Stéphanie Rochat <s.rochat@vaudoise-paysages.ch>",
        ),
        referral=(None, "rh@vaudoise-paysages.ch"),
    ),
    C(
        "en",
        "referral",
        T(
            "Not me - try Rachel Kim, our Head of Facilities: rachel.kim@northgatehousing.org.uk\n\nMark",
            "upw2",
            "gmail_en",
            "Mark Daly <mark.daly@northgatehousing.org.uk>",
        ),
        referral=("Rachel Kim", "rachel.kim@northgatehousing.org.uk"),
    ),
    C(
        "en",
        "referral",
        T("Wrong person, sorry.", "led2", "outlook_en", "Tom Blake <tom.blake@blakeandcrane.co.uk>"),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Thank you for your email.\n\nMark Hendricks is no longer with Greenfield Logistics. Please direct all "
        "enquiries to operations@greenfieldlogistics.com.au and a member of the team will respond.\n\nThis is an "
        "automated message.",
        referral=(None, "operations@greenfieldlogistics.com.au"),
    ),
    C(
        "en",
        "referral",
        T(
            "You want our property manager - she's on copy. We just rent the top two floors.",
            "upw1",
            "gmail_us",
            "Daniel Ortiz <dortiz@ortizlegal.com>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "I retired in August, so this one's not for me any more. Mike Doyle took over the buildings brief: "
            "mike.doyle@wicklowcoco.ie\n\nAll the best with it,\nSeán",
            "upw1",
            "gmail_en",
            "Seán Byrne <sean.byrne@wicklowcoco.ie>",
        ),
        referral=("Mike Doyle", "mike.doyle@wicklowcoco.ie"),
    ),
    C(
        "en",
        "referral",
        T(
            "This needs to go through procurement: procurement@kestonhealth.co.uk. I can't engage suppliers "
            "directly.\n\nDr Amara Osei-Bonsu\nClinical Director, Keston Health Partnership",
            "back1",
            "outlook_en",
            "Amara Osei-Bonsu <a.oseibonsu@kestonhealth.co.uk>",
        ),
        referral=(None, "procurement@kestonhealth.co.uk"),
    ),
    C(
        "en",
        "referral",
        T(
            "Forwarding to Priya Raman, who runs sustainability for APAC. She'll know whether this is useful.\n\n"
            "Regards,\nDesmond Teo\nHead of Corporate Affairs\nMarina Bay Hospitality Group",
            "led1",
            "outlook_en",
            "Desmond Teo <desmond.teo@mbhg.com.sg>",
        ),
        referral=("Priya Raman", None),
    ),
    C(
        "en",
        "referral",
        T(
            "I'm not the right contact - EHS is handled by Tom Alvarez (talvarez@brazosmfg.com). He's usually quicker "
            "on Teams though.\n\nLinda Park\nHR Generalist\nBrazos Manufacturing, Waco TX",
            "back2",
            "outlook_us",
            "Linda Park <lpark@brazosmfg.com>",
        ),
        referral=("Tom Alvarez", "talvarez@brazosmfg.com"),
    ),
    C(
        "en",
        "referral",
        T(
            "Our landlord handles the car park, not us. Try the building management company, they'd be the ones to "
            "sign off anything electrical.",
            "plug2",
            "gmail_us",
            "Nicole Fraser <nicole@fraserphysio.ca>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        T(
            "I left the company in June - please update your records.",
            "kin2",
            "gmail_en",
            "Holly Marsden <holly.marsden@gmail.com>",
        ),
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Dear Sender,\n\nPlease note that Ms. Tan Wei Ling has left the organisation. For all matters, please contact "
        "Mr. Ong Kok Wah at kokwah.ong@sentosalogistics.com.sg.\n\nThank you.\n\nThis is an auto-generated email. "
        "Please do not reply.",
        referral=("Ong Kok Wah", "kokwah.ong@sentosalogistics.com.sg"),
    ),
    C(
        "en",
        "referral",
        T("not me, ask Siobhan in HR", "back2", "apple_en", "Darragh Kelly <darragh@kellyfoods.ie>"),
        referral=("Siobhan", None),
    ),
    C(
        "en",
        "referral",
        T(
            "Morning Daniel,\n\nOur group handles sustainability reporting centrally from Joburg, so the Cape Town "
            "office can't commit to anything. Please contact Thandi Mokoena, Group Sustainability Manager, at "
            "thandi.mokoena@umhlangagroup.co.za or on 011 555 0128.\n\nRegards\nPieter Swart\nBranch Manager, "
            "Umhlanga Group - Cape Town\n\nThe information contained in this communication is confidential and may be "
            "legally privileged. It is intended solely for the use of the individual or entity to whom it is "
            "addressed.",
            "led1",
            "outlook_en",
            "Pieter Swart <pieter.swart@umhlangagroup.co.za>",
        ),
        referral=("Thandi Mokoena", "thandi.mokoena@umhlangagroup.co.za"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE = [
    C("fr", "unsubscribe", T("STOP", "asc2", "iphone_fr", "Rachid Mansouri <r.mansouri@mansouri-immo.ma>")),
    C(
        "fr",
        "unsubscribe",
        T("desinscrire", "fib2", "gmail_fr", "Corinne Blanchard <corinne.blanchard@blanchard-assurances.fr>"),
    ),
    C("fr", "unsubscribe", T("Non merci.", "cap2", "outlook_fr", "Jean-Luc Mottier <jl.mottier@mottier-sa.ch>")),
    C(
        "fr",
        "unsubscribe",
        T(
            "Madame,\n\nConformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de "
            "prospection. Merci de supprimer mon adresse de vos fichiers et de me confirmer la suppression.\n\n"
            "Philippe Caradec\nAvocat associé – Caradec & Le Bihan, Brest",
            "emp1",
            "outlook_fr",
            "Philippe Caradec <p.caradec@caradec-lebihan-avocats.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Je n'ai jamais consenti à recevoir vos courriels. En vertu de la LCAP, retirez mon adresse de votre liste "
            "immédiatement, sinon je porte plainte au Centre de notification des pourriels.\n\nMartine Leblanc\n"
            "Notaire, Sherbrooke",
            "wat2",
            "outlook_qc",
            "Martine Leblanc <mleblanc@notaireleblanc.qc.ca>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "C'est la troisième fois que je vous demande de ne plus m'écrire. Votre lien de désabonnement ne sert "
            "visiblement à rien.",
            "pos2",
            "gmail_fr",
            "Francis Hubert <francis.hubert@hubert-sa.be>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Ça ne nous intéresse pas du tout. Inutile de me relancer à l'avenir.\n\nD. Garnier\nGarnier Frères SARL",
            "fib1",
            "outlook_fr",
            "Didier Garnier <d.garnier@garnier-freres.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        "arretez de m ecrire svp\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _CAP,
            "Kevin Dos Santos <kevin.dossantos@hotmail.fr>",
            "RE: Votre prochain séminaire : une sélection de lieux offerte",
            D("2026-10-12"),
            "09:12",
            MAIL("cap2"),
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Votre lien posturia.eu/desabonnement renvoie une erreur 404. Retirez-moi vous-même de votre liste, "
            "merci.\n\nClaire Duval",
            "pos1",
            "gmail_fr",
            "Claire Duval <claire.duval@duval-conseil.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "bonjour je ne souhaite plus recevoir vos mails merci de me retirer de votre fichier cordialement "
            "Monique Lefort",
            "asc1",
            "gmail_fr",
            "Monique Lefort <monique.lefort@sfr.fr>",
        ),
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nLa Direction des systèmes d'information de la Ville de Villeneuve-d'Ascq vous demande de retirer "
        "l'ensemble des adresses @villeneuvedascq-mairie.fr de vos listes de prospection. Plusieurs agents nous ont "
        "signalé vos envois répétés.\n\nCordialement,\nDSI – Sécurité des systèmes d'information\n\n-----Message "
        "d'origine-----\nDe : Émilie Van Damme <emilie.vandamme@posturia.eu>\nEnvoyé : lundi 12 octobre 2026 09:12\n"
        "À : Agent Services Techniques <st.agent@villeneuvedascq-mairie.fr>\nObjet : RE: Atelier ergonomie offert "
        "pour une de vos équipes\n\n" + MAIL("pos2"),
    ),
    C(
        "fr",
        "unsubscribe",
        T(
            "Veuillez cesser tout envoi à cette adresse.\n\nBüro Zimmermann Treuhand AG, Fribourg",
            "fib1",
            "outlook_fr",
            "Info <info@zimmermann-treuhand.ch>",
        ),
    ),
    C("en", "unsubscribe", T("REMOVE", "plug2", "outlook_us", "Kevin Walsh <kwalsh@walshroofing.ca>")),
    C("en", "unsubscribe", T("opt out pls", "led2", "gmail_en", "Ananya Rao <ananya@raoventures.sg>")),
    C(
        "en",
        "unsubscribe",
        T("take me off\n\nSent from my iPhone", "kin2", "apple_en", "Ben Cartwright <ben@cartwrightjoinery.co.uk>"),
    ),
    C("en", "unsubscribe", T("STOP", "luma2", "gmail_us", "Dwayne Harris <dwayne@harrishvac.com>")),
    C(
        "en",
        "unsubscribe",
        T("Unsubscribe.", "upw2", "outlook_en", "Victoria Lane <victoria.lane@lanemanagement.co.uk>"),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "I never gave consent to receive these messages. Under CASL this is an unsolicited commercial electronic "
            "message. Remove my address now.\n\nG. Ferreira, CPA\nFerreira & Associates, Hamilton ON",
            "plug1",
            "outlook_us",
            "Gabriel Ferreira <gferreira@ferreiracpa.ca>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "I object to the processing of my personal data for direct marketing under Article 21 UK GDPR. Please "
            "erase my details and confirm in writing.\n\nHelen Crawford\nSolicitor, Crawford Peel LLP",
            "back2",
            "outlook_en",
            "Helen Crawford <h.crawford@crawfordpeel.co.uk>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Not interested. Please take me off your list.",
            "kin1",
            "gmail_en",
            "Robyn Sinclair <robyn@sinclairtravel.co.za>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "I asked you to stop in September. This is the third email since. I'll be reporting this to the ICO.",
            "back2",
            "outlook_en",
            "Martin Hale <martin.hale@halepartners.co.uk>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "We're not in the market for this and won't be. Remove me.",
            "upw1",
            "outlook_en",
            "Catherine Doyle <catherine@doylehotels.ie>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "Please don't email this address again.\n\nAccounts | Bayside Veterinary Hospital | Melbourne",
            "back1",
            "outlook_en",
            "Accounts <accounts@baysidevet.com.au>",
        ),
    ),
    C(
        "en",
        "unsubscribe",
        T(
            "mate I've told your mob twice already, stop emailing me",
            "plug2",
            "apple_en",
            "Darren Kelly <darren@kellyelectrical.com.au>",
        ),
    ),
]

# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE = [
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 2 novembre inclus. Pour toute urgence concernant les "
        "bâtiments, merci de contacter l'accueil au 04 72 33 18 00 ou accueil@groupe-rhodania.fr.\n\nCordialement,\n"
        "Florence Vial\nResponsable services généraux – Groupe Rhodania",
    ),
    C(
        "fr",
        "out_of_office",
        "Réponse automatique : Bonjour, je suis actuellement en congé maternité, retour prévu en février. Pendant mon "
        "absence, merci de contacter Mme Agathe Simon (agathe.simon@biolab-ouest.fr) pour les sujets RSE. Bien à "
        "vous, Julie Tessier",
    ),
    C(
        "fr",
        "out_of_office",
        "Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je traiterai votre message dès que "
        "possible.\n\nBernard Lucas\nDirecteur technique – Lucas Ascenseurs Services",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absent jusqu'au 3 novembre. En cas d'urgence, veuillez communiquer avec Nancy Roy au "
        "819 555-0133.\n\nMerci et bonne journée!\n\nFrançois Bélanger\nDirecteur des installations\nCégep de la "
        "Mauricie",
    ),
    C(
        "fr",
        "out_of_office",
        "Absent jusqu'au 26/10 – Afwezig tot 26/10\n\nJe suis absent et n'ai pas accès à mes e-mails. Votre message ne "
        "sera pas transféré.\nIk ben afwezig en heb geen toegang tot mijn e-mails. Uw bericht wordt niet "
        "doorgestuurd.\n\nPhilippe Janssens\nFacility Manager – Brussels Airport Logistics Park",
    ),
    C(
        "fr",
        "out_of_office",
        "Merci pour votre message. Je suis en congé jusqu'au lundi 19 octobre et n'aurai pas accès à ma messagerie. "
        "Votre e-mail ne sera pas transféré.\n\nHicham Berrada\nDirecteur administratif\nMaroc Emballage Industrie – "
        "Kénitra",
    ),
    C(
        "fr",
        "out_of_office",
        "Message automatique\n\nNos bureaux sont fermés du 24 décembre au 4 janvier. Nous traiterons votre demande "
        "dès notre retour. Meilleurs vœux !\n\nL'équipe de Gruyère Précision SA, Bulle",
        sent="2026-12-28",
    ),
    C(
        "en",
        "out_of_office",
        "I'm out of the office until Monday 19 October with limited access to email. For anything urgent please "
        "contact facilities@harrowgatelaw.co.uk.\n\nThanks,\nSarah Ingram\nOffice Manager | Harrowgate Law",
    ),
    C(
        "en",
        "out_of_office",
        "Thanks for your email. I'm on annual leave, returning 2 November. Please note that this email will not be "
        "forwarded.\n\nKind regards\nEoin Gallagher",
    ),
    C(
        "en",
        "out_of_office",
        "Hello,\n\nI'm currently on parental leave. For anything urgent, please contact Jess Moore "
        "(jess.moore@brightlinehr.com.au), who is covering my portfolio.\n\nThanks,\nTom Whitby\nPeople & Safety "
        "Lead, Brightline HR, Sydney",
    ),
    C(
        "en",
        "out_of_office",
        "I'm at a conference through Thursday and will respond when I'm back. If it's urgent, call my cell.\n\n"
        "Brandon Lee\nVP Operations, Lone Pine Logistics",
    ),
    C(
        "en",
        "out_of_office",
        "Dear Sender,\n\nI am on leave from 12 to 23 Oct 2026 with no access to email. For urgent matters please "
        "contact my colleague Ms Lee Hui Min at huimin.lee@orchardfm.com.sg.\n\nThank you.\nJeremy Koh",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: Your next offsite – a free venue shortlist\n\nHi there, I'm away on long service leave until "
        "5 January 2027. Emails won't be monitored. For events enquiries please try events@harbourviewgroup.com.au."
        "\n\nCheers, Kylie",
    ),
    C(
        "en",
        "out_of_office",
        "Out of Office: travelling with intermittent access. Back next week.\n\nSent from my mobile",
    ),
]

# --------------------------------------------------------------------------- other

OTHER = [
    C(
        "fr",
        "other",
        "Bonjour,\n\nVotre demande n° 48213 a bien été enregistrée par le service clients de Groupe Leclair Habitat. "
        "Un conseiller vous répondra sous 48 heures ouvrées. Merci de ne pas répondre à ce message automatique.\n\n"
        "Service clients – Leclair Habitat",
    ),
    C(
        "fr",
        "other",
        T(
            "Bonjour,\n\nMerci de m'écrire dorénavant sur sylvie.morin@morin-associes.fr, l'ancienne adresse sera "
            "fermée fin octobre.\n\nSylvie Morin",
            "emp1",
            "outlook_fr",
            "Sylvie Morin <sylvie.morin@cabinet-morin.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Pour info vos mails arrivent dans mes indésirables, je l'ai vu par hasard en faisant le ménage.",
            "fib2",
            "gmail_fr",
            "Patrice Joly <patrice.joly@jolyconseil.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Merci de retirer ma collègue Anne de la copie, elle n'est plus concernée par ce dossier depuis la rentrée.",
            "pos2",
            "outlook_fr",
            "Manon Dupont <manon.dupont@dupont-logistique.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Qui vous a donné mon adresse ?",
            "cap1",
            "gmail_fr",
            "Xavier Lambert <xavier.lambert@lambert-conseil.ch>",
        ),
    ),
    C(
        "fr",
        "other",
        "Votre message\n\n   À : Fabienne Roussel\n   Objet : RE: Bilan carbone et CSRD : diagnostic offert\n   "
        "Envoyé : lundi 12 octobre 2026 09:12:04 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le "
        "mercredi 14 octobre 2026 08:40:51 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
    ),
    C("fr", "other", T("?", "asc2", "iphone_fr", "Jérémy Boyer <jeremy.boyer@boyer-btp.fr>")),
    C(
        "fr",
        "other",
        T(
            "Bonjour, je pense m'être désinscrite par erreur de votre lettre d'information le mois dernier (mauvais "
            "clic). Pouvez-vous me réinscrire ?\n\nMerci\nHélène Carré",
            "wat2",
            "outlook_fr",
            "Hélène Carré <h.carre@carre-immobilier.fr>",
        ),
    ),
    C(
        "fr",
        "other",
        T(
            "Bonjour Marc,\n\nCi-joint le PV de l'AG et la feuille de présence signée. Peux-tu me confirmer la date du "
            "prochain conseil ?\n\nBonne journée\nValérie",
            "asc1",
            "outlook_fr",
            "Valérie Benoît <v.benoit@residence-lesalpes.fr>",
        ),
    ),
    C(
        "en",
        "other",
        "[Ticket #88412] Thank you for contacting Harbour Facilities Helpdesk\n\nYour request has been logged and "
        "assigned to our team. Expected response time: 2 business days. Please quote the ticket number in any "
        "correspondence.\n\nThis mailbox is not monitored.",
    ),
    C(
        "en",
        "other",
        T(
            "FYI your emails keep ending up in our junk folder - might be worth checking your SPF/DKIM setup.",
            "luma2",
            "outlook_en",
            "Colin Fraser <colin.fraser@fraserit.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Please use my new address j.okafor@okaforgroup.com going forward - this one is being retired.",
            "led1",
            "gmail_en",
            "James Okafor <james.okafor@okafortrading.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Can you take Dave off the cc on these? He's on leave and his inbox keeps bouncing.",
            "kin2",
            "outlook_en",
            "Sarah Whelan <sarah.whelan@whelanmedia.ie>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Random question - why did your monthly carbon tips newsletter stop? I actually read those.",
            "led2",
            "gmail_en",
            "Oliver Strand <oliver@strandceramics.co.uk>",
        ),
    ),
    C(
        "en",
        "other",
        "Read: Your next offsite – a free venue shortlist\n\nYour message\n\nTo: Megan Riley\nSubject: Your next "
        "offsite – a free venue shortlist\nSent: 12/10/2026 09:12\n\nwas read on 14/10/2026 10:03.",
    ),
    C("en", "other", T("Received, thanks.", "back1", "outlook_en", "Fiona Marsh <fiona.marsh@marshkeller.co.uk>")),
    C(
        "en",
        "other",
        T(
            "I think I unsubscribed by accident last month when clearing my inbox. Could you add me back?",
            "plug2",
            "gmail_us",
            "Jordan Mitchell <jordan@mitchellfleet.ca>",
        ),
    ),
    C(
        "en",
        "other",
        T(
            "Sorry, wrong thread - please ignore my last message.",
            "upw2",
            "gmail_en",
            "Nick Holloway <nick@hollowaylettings.co.uk>",
        ),
    ),
]

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
random.Random(16).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout16", CASES, sys.argv)
