"""A twenty-first held-out split, `heldout21`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, no other split's replies, not eval/intents/cases.json and not
eval/intents/README.md. What it opened: common.py (whole, one `cat`); a listing of eval/intents/ (`ls -la`: the
files' names and sizes, nothing of their content); heldout20.py lines 1-200 (its docstring with its provenance,
sender, look-alike and labelling-convention paragraphs, its imports, its sender constants and subjects, ending on its
eleventh subject line) and its last 30 lines (the end of its last case, an Irish "No need to remove me" note with its
mail key, client style, prospect address and date; then the CASES list, the seeded shuffle and the `__main__` call to
write_split), after a line count; the first 60 lines of heldout16.py, heldout17.py, heldout18.py and heldout19.py
(their docstrings: provenance, measures, sender and prospects paragraphs, each print ending inside the prospects or
look-alikes paragraph), for the senders and sectors already used; /work/shared/INTELLIGENCE.md through a grep for
its headings (its six headings), a grep for "intent" (seven lines: 6, 10, 32, 39, 47, 52 and 71, from its opening,
pipeline, intent, routing and dashboard paragraphs) and a print of lines 39-67 (the intent section with the ten
classes and the whole routing / human-in-the-loop / learning section); /work/shared/BEHAVIOUR.md through a grep for
its headings and for "R6" / "R8" (their first lines) and an awk print of lines 61-80 (R6, R7, R8 and the first five
lines of R9); and pyproject.toml (a grep for its table headers, then lines 60-83: the [tool.ruff] tables down to the
per-file ignores).
Slips: (1) beyond heldout20's first 200 and last 30 lines, one grep for its top-level names printed names and line
numbers only (its twelve `_XXX_SIG` constants, its MAILS table, its helpers mail, T, N, INL and FWD, its ten class
lists and CASES), no bodies: the helpers here were written from scratch, only their names and the docstring's
description of what they render were known; (2) the BEHAVIOUR.md print also showed R7 (bounces) and the start of R9,
and the INTELLIGENCE.md print also showed the routing section's lines on autofill jobs, feedback, preferences,
suggestions and web enrichment (outside the brief's "intent section and routing paragraph"); (3) heldout8.py to
heldout15.py were not opened at all, so the six senders below are new against heldout16-20 only.
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was
run: `python3 heldout21.py /tmp/h21` (several times while writing, once with .venv/bin/python) with short throwaway
scripts over its output that counted cases per class and per language, checked that every `sent` is a weekday between
2026-12-07 and 2027-02-26, listed the not_now dates (with their distance from `sent`) and the referrals, counted
distinct texts and ids, found the ids quoted below, and printed seven rendered threads (four inline answers, three of
them under follow-ups; one forward; an autoreply; a reply over a three-deep follow-up chain, printed twice: it showed
"Envoyé de mon iPhone" repeated under the sender's own follow-ups, so mail() now renders nested emails without the
phone's line); one-line Python checks of weekdays and a calendar print of December 2026 to February 2027; small
scripts that edited this file (a referral's addressee, leading blank lines of inline replies with nothing above the
quote, this docstring); ruff check and ruff format on this file. Not part of cases.json.

Prospects of six senders not used in heldout16-20, each with a French and an English brand, B2B services that a
wealth-management or advisory firm's world touches, answering a first email or a follow-up (a follow-up quotes the
first email under it, a week older; Consolis and Quarterdeck have a third, "last message" email, quoting both):
- Consolis (Paris, Geneva, Luxembourg) and Tallyfold Wealth Reporting (London, Dublin, Sydney), consolidated wealth
  reporting that aggregates custodians', platforms' and insurers' statements, with a free consolidated report of one
  household from its statements and a 30-minute demo; footers: "Répondez « DÉSINSCRIPTION »", and "Reply
  UNSUBSCRIBE";
- Paravent Cyber (Lyon, Brussels, Montréal) and Decoyhouse (Manchester, Boston, Brisbane), security-awareness
  training and simulated phishing campaigns, with a free campaign for up to 25 staff with a report and an optional
  45-minute workshop / lunch-and-learn on site; footers: "Répondez « DÉSABONNER »", and none at all;
- Tracevoix (Paris, Luxembourg, Geneva) and Keepcall Recording (London, Dublin, New York), MiFID II / COBS 11.8 /
  FINRA recording and archiving of landline, mobile, Teams, Zoom and WhatsApp calls, with a free 30-day trial on five
  lines or users and a 20-minute demo; footers: a RGPD legitimate-interest notice naming rgpd@ (no word to reply), and
  "Reply STOP to opt out";
- Maison Étrenne (Bordeaux, Brussels, Geneva) and Hamperlane (London, Dublin, Melbourne), corporate client gifts
  (wine, hampers, engraved pieces, handwritten cards, delivery to each client) with a free sample box / hamper and a
  card mock-up; footers: "Répondez STOP", and "Not for you? Reply NO THANKS and we'll leave you be.";
- Vocation Privée (Paris, Geneva, Monaco) and Quarterdeck Search (London, New York, Singapore), executive search for
  private banks, CGP / IFA practices and family offices, with a free pay benchmark for one role and a 20-minute call
  to scope it; footers: none at all, and "reply OPT OUT or email privacy@";
- Estimia Expertise Immobilière (Paris, Nice, Brussels, Montréal) and Boundstone Valuers (London, Edinburgh, Perth),
  property valuations for successions, donations, IFI / probate, IHT and SMSF transfers, with a free desktop
  valuation of one property in five working days and an optional inspection; footers: an unsubscribe link each.
The follow-ups are worded in other classes on purpose: who handles client reporting, "préférez-vous que je vous
rappelle début février ?", "checking back after your year end?", "combien de conseillers et de lignes ?", per-user
pricing and a quote, "souhaitez-vous notre catalogue et nos tarifs ?", who to speak to, fees of 22 %, "this quarter
or in the spring?", "reply 'no' and I'll close the file", "dites-moi quand revenir vers vous ; sinon je clôture",
"avez-vous un dossier en cours ?", a fee schedule.
The prospects: CGP / CIF and IFA practices, financial planners, RIAs, family and multi-family offices, private banks
and wealth managers, stockbrokers, notaries, private-client and probate solicitors, a tax lawyer, a CPA, in France,
Belgium, Switzerland, Luxembourg, Monaco, Québec, the UK (England, Scotland, Wales, Northern Ireland), Ireland, the US
and Australia, with one Geneva office writing in English and one Montréal firm writing in French to an English sender.

Counts (fr / en): meeting_request 11 / 9, interested 13 / 11, information_request 10 / 8, quote_request 9 / 7,
not_interested 14 / 12, not_now 13 / 11, referral 11 / 9, unsubscribe 11 / 9, out_of_office 7 / 5, other 11 / 9;
110 French and 90 English. `lang` is the language of the prospect's new text, except for one opt-out written in
Dutch (Antwerp) under a French thread, which carries the thread's language (fr), as heldout20 did; a bilingual
Québec autoreply and a Brussels autoreply with a Dutch closing are `fr` (their first language).
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads (follow-ups
carry the earlier emails quoted deeper), inline answers cut into the quoted email ("[JMC] La démo d'abord", "-->
Voyez avec Benoît Caron", "RG: Not right now", ">> 6 conseillers"), transmittal notes above a forwarded colleague's
answer ("Notre DSI a quelques questions", "See below from our Head of Operations / Finance Director", "la réponse de
mon associé, qui tranche pour nous deux"), assistants, interns, receptionists and IT staff answering for someone,
typos and SMS style ("ok pr la campagne test", "Bjr, un prix pr 9 lignes", "pr les voeux c'est passé"), Québécois
("s'en jaser", "fait affaire", "soumission", "saison REER"), Belgian, Swiss, Monegasque, Luxembourg, Irish, Scottish,
Australian and US turns of phrase, sarcasm, two intents in one reply, regulators' numbers and legal footers.
Opt-outs: by the footer's own word ("DÉSINSCRIPTION", "unsubscribe", "desabonner", "STOP", "Stop svp", "NO THANKS",
"Opt out"), plainly ("Merci de ne plus m'écrire, ni en février ni jamais", "Don't email me again", "Retirez-moi de
vos envois", "Merci de me désinscrire de vos listes"), by law (RGPD art. 21, the LCAP, the Australian Spam Act 2003),
by complaint (a broken unsubscribe link), by "I've left, delete this address", by "not interested, and delete my
details", inline ("Neither. Please unsubscribe me.") and in Dutch. Look-alikes that are not opt-outs: "Stop - this
is exactly the gap" to a sender whose word is STOP, "Non merci" to senders whose word is another ("Savoureux. Non
merci.", a Swiss "Non merci"), "No." to a "reply 'no' and I'll close the file", "Vous pouvez clôturer", "No need to
take me off anything", "Vous pouvez me garder dans vos contacts, mais ... c'est non", "ni en février ni après",
paper catalogues no longer wanted (once with a decline, once with "par mail c'est parfait"), "unsubscribe me from your
monthly newsletter, but yes to the benchmark", an accidental unsubscribe, "take Ben off the copy list", a junk folder
and a quarantine, a new address, a renamed firm, a name to correct, a GDPR / FADP access request, and an empty reply
whose signature's footer says "To unsubscribe from our quarterly newsletter".

Labelling convention: heldout20's (as its docstring states it; it follows heldout19's and heldout11's), as a human
adviser would read the prospect's NEW text (quoted history never counts). "Wrong person" / "I left" with nobody named
is `referral` with name and address null; a department's or generic address without a person is `referral` with a
null name; a named person without an address is `referral` with a null address; a colleague to be sent the files,
put in the invite or asked to find a slot, when the writer takes the offer or the meeting himself, is not a
referral. Accepting the free consolidated report (sending the statements included), phishing campaign, 30-day trial,
sample box or hamper (giving the address included), pay benchmark or desktop valuation is `interested`; asking for or
accepting a call, a demo, a visit to the office or showroom or a coffee is `meeting_request`. A price, devis,
soumission or offer for the prospect's own numbers is `quote_request`; how fees work in general (retained or
contingent, what £19 includes, minimum order) is `information_request`. Two intents: the one an adviser acts on
first: an opt-out over anything; a named person or address over "not for me"; a call or visit over a price or over
numbers given; a date to come back over hedged interest; taking up the offer over a practical question about it.
Human notes that look like out-of-office: a leave with a return date and "recontactez-moi à mon retour" / "pick this
up the week of ..." is `not_now`; "je suis en déplacement jusqu'à lundi, je regarde ça à mon retour", "On leave till
Monday, will read this properly then" and an assistant's "en mission jusqu'à fin janvier, je lui ferai suivre"
ask for nothing and are `other`; autoreplies (with or without a return date or a stand-in) are `out_of_office`; a
bounce, a ticket acknowledgement and a read receipt are `other`. not_now dates as heldout20 counts them, from `sent`:
"dans trois mois" / "in six months" / "dans deux mois" the same day that many months on; a month named ("en mars",
"in April", "next October", "in July", "en juin", "May") the first day of that month; "mid-January" the 15th; "pas
avant fin avril" and "until the end of March" the first of the next month; "after 5 April" 6 April; "début février"
1 February; "la semaine du 6 septembre" / "the week of 5 April" / "the week of 15 February" that Monday; an explicit
day that day ("le 8 mars", "le 1er février", a return on 3 May); "plus tard dans l'année" and "I'll let you know
when" carry no date (null).
Borderline decisions (ids as built): 057 "Stop - this is exactly the gap our auditor flagged ... Sign us up" to
Keepcall, whose footer says "Reply STOP", is `interested`; 043 "NO THANKS", the footer's own word, is `unsubscribe`,
while 038 "Non merci" and 103 "Non merci" to senders whose word is another are `not_interested`; 157 "No." to
Quarterdeck's "just reply 'no' and I'll close the file" and 063 "Vous pouvez clôturer" are `not_interested`, not
opt-outs; 164 asks to be unsubscribed from a monthly newsletter but takes the benchmark: `interested` (R8 would
suppress the very offer she asks for); 171 "Arrêtez de m'envoyer vos catalogues papier" with "nous ne changerons
pas" is `not_interested` and 150 (paper no longer wanted, "par mail c'est parfait") is `other`; 126 "Oui, début
février c'est parfait" to "préférez-vous que je vous rappelle début février ?" is `not_now` (1 February), not a
meeting, while 095 "pas besoin d'attendre février, appelez-moi cette semaine" is `meeting_request`; 107 (an
assistant in copy to find a slot), 185 (IT cc'd on the call) and 025 (the IT provider in copy for whitelisting) are
not referrals; 138 (retiring, "try her from February") is `referral`, the named successor over the date; 045 "ce
n'est pas pour moi, mais ma collègue ... sera peut-être preneuse" is `referral`; 005 is an assistant answering from
the firm's info@ address and naming the notary: `referral`; 007 "Merci, bien reçu. Je transmets à qui de droit."
asks nothing and names nobody: `other`, while 062 "I'm not the right person ... Try the office" is `referral`
(null, null); 054 "I've left, delete this address" is `unsubscribe`; 003 (Dutch) is `unsubscribe`, lang fr; 125 (a
showroom visit for 180 clients) and 165 ("Pricing's fine ... can we do the demo?") are `meeting_request`; 047
(numbers given, demo asked) is `meeting_request` and 110 (numbers given, trial taken) `interested`; 136 and 119 (a
price for their own volumes before any test) are `quote_request`; 187 (what the £19 includes), 141 (minimum order)
and 147 (retained or contingent) are `information_request`; 037 (the sample taken, "we'd need about 90") and 064
("our year end is 31 March ... let's just do it") are `interested`; 155 "Not no - just not yet" is `not_now`;
192 and 194 are `not_now` with no date; 169 (a maternity leave with a return date and "recontactez-moi à mon
retour", written by hand) is `not_now`, while 036 (an autoreply naming a stand-in) is `out_of_office`; 129 (an
assistant: "en mission jusqu'à fin janvier, je lui ferai suivre") and 042 ("je regarde votre proposition la semaine
prochaine") are `other`; 122 (a GDPR / FADP access request, in English under a French thread) is `other`; 123 "No,
there's no better time, we're just not going to do it" and 071 "ni en février ni après" are `not_interested`, while
044 "Merci de ne plus m'écrire, ni en février ni jamais" is `unsubscribe`.

`python heldout21.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout21-NNN`, in a fixed shuffled order, seed 21). `common` is imported from this file's own directory."""

from __future__ import annotations

import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on or None, language, time it was sent)

_CON = "Sophie Marchetti <s.marchetti@consolis.fr>"
_CON_SIG = (
    "Bien cordialement,\n\nSophie Marchetti\nResponsable développement – Consolis\nParis · Genève · Luxembourg\n"
    "01 86 95 42 18\n\nVous ne souhaitez plus être sollicité(e) ? Répondez « DÉSINSCRIPTION »."
)
_TAL = "Harriet Cole <harriet.cole@tallyfold.com>"
_TAL_SIG = (
    "Kind regards,\nHarriet Cole\nPartnerships Manager | Tallyfold Wealth Reporting\nLondon · Dublin · Sydney\n"
    "+44 20 3984 2271\n\nReply UNSUBSCRIBE to stop hearing from us."
)
_PAR = "Karim Benali <k.benali@paravent-cyber.fr>"
_PAR_SIG = (
    "Cordialement,\nKarim Benali\nConsultant sensibilisation – Paravent Cyber\nLyon · Bruxelles · Montréal\n"
    "04 28 29 61 77\n\nRépondez « DÉSABONNER » pour ne plus recevoir nos messages."
)
_DEC = "Callum Reid <callum@decoyhouse.co.uk>"
_DEC_SIG = (
    "Cheers,\nCallum Reid\nSecurity Awareness Lead | Decoyhouse\nManchester · Boston · Brisbane\n+44 161 496 0735"
)
_TRV = "Nadia Ferreira <n.ferreira@tracevoix.fr>"
_TRV_SIG = (
    "Bien à vous,\nNadia Ferreira\nIngénieure commerciale – Tracevoix\nParis · Luxembourg · Genève\n01 76 54 80 33\n\n"
    "Vos coordonnées professionnelles sont traitées sur la base de notre intérêt légitime. Pour vous opposer à ce "
    "traitement, écrivez à rgpd@tracevoix.fr."
)
_KEE = "Dylan Mercer <dylan.mercer@keepcall.com>"
_KEE_SIG = (
    "Best,\nDylan Mercer\nSales Executive | Keepcall Recording\nLondon · Dublin · New York\n+44 20 3318 0926\n\n"
    "Reply STOP to opt out."
)
_ETR = "Camille Verdier <camille@maison-etrenne.fr>"
_ETR_SIG = (
    "Belle journée,\nCamille Verdier\nCadeaux d'affaires – Maison Étrenne\nBordeaux · Bruxelles · Genève\n"
    "05 57 14 28 60\n\nRépondez STOP pour ne plus recevoir nos messages."
)
_HAM = "Georgia Finch <georgia@hamperlane.co.uk>"
_HAM_SIG = (
    "Warm wishes,\nGeorgia Finch\nCorporate Gifting | Hamperlane\nLondon · Dublin · Melbourne\n+44 20 8150 3394\n\n"
    "Not for you? Reply NO THANKS and we'll leave you be."
)
_VOC = "Isabelle Roux-Delorme <i.rouxdelorme@vocation-privee.com>"
_VOC_SIG = (
    "Avec mes salutations les meilleures,\nIsabelle Roux-Delorme\nAssociée – Vocation Privée\n"
    "Paris · Genève · Monaco\n+33 1 84 17 63 02"
)
_QUA = "Marcus Hale <marcus.hale@quarterdecksearch.com>"
_QUA_SIG = (
    "Best regards,\nMarcus Hale\nDirector, Wealth Management Practice | Quarterdeck Search\n"
    "London · New York · Singapore\n+44 20 7183 4460\n\nTo opt out of future messages, reply OPT OUT or email "
    "privacy@quarterdecksearch.com."
)
_EST = "Bertrand Lacaze <b.lacaze@estimia-expertise.fr>"
_EST_SIG = (
    "Bien cordialement,\nBertrand Lacaze\nExpert immobilier agréé REV – Estimia Expertise Immobilière\n"
    "Paris · Nice · Bruxelles · Montréal\n01 83 64 25 91\n\nSe désabonner : estimia-expertise.fr/desabonnement"
)
_BOU = "Fiona McAllister <fiona.mcallister@boundstone.co.uk>"
_BOU_SIG = (
    "Kind regards,\nFiona McAllister MRICS\nRICS Registered Valuer | Boundstone Valuers\nLondon · Edinburgh · Perth\n"
    "+44 131 496 0277\n\nUnsubscribe: boundstone.co.uk/unsubscribe"
)

_CON_S = "Un reporting consolidé pour vos clients – un premier rapport offert"
_TAL_S = "One report for every custodian – we'll build the first one free"
_PAR_S = "Vos collaborateurs cliqueraient-ils ? Une campagne de phishing simulée offerte"
_DEC_S = "Would your team click? A free simulated phishing campaign"
_TRV_S = "Enregistrement MiFID II de vos appels et visios – 30 jours d'essai"
_KEE_S = "MiFID II / FINRA call recording, mobiles and Teams included – 30-day trial"
_ETR_S = "Vos cadeaux clients – une box d'essai offerte"
_HAM_S = "Client gifts, sorted – a free sample hamper"
_VOC_S = "Recrutement de banquiers privés et de conseillers patrimoniaux – un benchmark de rémunération offert"
_QUA_S = "Hiring a relationship manager or paraplanner? A free pay benchmark"
_EST_S = "Expertises immobilières pour vos dossiers de succession, donation et IFI – une estimation offerte"
_BOU_S = "Probate and IHT valuations for your clients – a free desktop valuation"

MAILS: dict[str, tuple[str, str, str, str | None, str, str]] = {
    "con1": (
        _CON,
        _CON_S,
        "Bonjour,\n\nVos clients détiennent des comptes chez plusieurs dépositaires, des contrats d'assurance-vie "
        "luxembourgeois, parfois du non coté : les réunir dans un seul rapport prend à vos équipes une demi-journée "
        "par famille.\n\nConsolis agrège automatiquement les relevés de plus de 140 banques et assureurs (France, "
        "Suisse, Luxembourg, Monaco) et produit un rapport patrimonial consolidé à vos couleurs : performance, "
        "allocation, plus-values latentes.\n\nPour juger sur pièce : envoyez-nous les relevés d'une famille "
        "(anonymisés si vous préférez) et nous vous rendons son rapport consolidé sous 5 jours ouvrés, gratuitement. "
        "Une démonstration de 30 minutes est aussi possible si vous voulez voir l'outil.\n\n" + _CON_SIG,
        None,
        "fr",
        "09:14",
    ),
    "con2": (
        _CON,
        "RE: " + _CON_S,
        "Bonjour,\n\nJe me permets de revenir vers vous au sujet du rapport consolidé offert. Si le sujet n'est pas "
        "pour vous, pourriez-vous m'indiquer qui s'occupe du reporting client au sein du cabinet ?\n\n" + _CON_SIG,
        "con1",
        "fr",
        "10:02",
    ),
    "con3": (
        _CON,
        "RE: " + _CON_S,
        "Bonjour,\n\nDernier message de ma part sur ce sujet. Si le moment n'est pas le bon, dites-moi simplement "
        "quand revenir vers vous ; sinon, je clôture le dossier.\n\n" + _CON_SIG,
        "con2",
        "fr",
        "08:47",
    ),
    "tal1": (
        _TAL,
        _TAL_S,
        "Hi,\n\nIf your clients hold assets across three or four platforms, a couple of custodians and an offshore "
        "bond, pulling it all into one quarterly pack probably takes your paraplanners most of a day per "
        "household.\n\nTallyfold aggregates feeds from 180+ platforms, custodians and insurers (UK, Ireland, Channel "
        "Islands, Australia) and produces a consolidated, branded client report: performance, asset allocation, "
        "capital gains.\n\nSend us the statements of one household (redacted if you like) and we'll return a "
        "finished consolidated report within five working days, free. Happy to do a 30-minute demo too.\n\n" + _TAL_SIG,
        None,
        "en",
        "08:31",
    ),
    "tal2": (
        _TAL,
        "RE: " + _TAL_S,
        "Hi,\n\nJust bumping this up your inbox. Would a quick 20-minute call next week be useful, say Tuesday or "
        "Thursday morning?\n\n" + _TAL_SIG,
        "tal1",
        "en",
        "11:20",
    ),
    "par1": (
        _PAR,
        _PAR_S,
        "Bonjour,\n\nDans les cabinets de conseil patrimonial, la fraude au faux ordre de virement et l'hameçonnage "
        "ciblé arrivent presque toujours par la boîte mail d'un assistant ou d'un conseiller.\n\nParavent Cyber "
        "sensibilise vos équipes : campagnes de faux phishing réalistes, modules de 10 minutes, tableau de bord par "
        "service, preuve de formation pour vos contrôles DORA, ACPR ou AMF.\n\nNous vous offrons une première "
        "campagne simulée pour 25 collaborateurs au plus, avec un rapport détaillé (qui a cliqué, qui a saisi un mot "
        "de passe, qui a signalé). Un atelier de 45 minutes dans vos locaux est possible ensuite.\n\n" + _PAR_SIG,
        None,
        "fr",
        "09:38",
    ),
    "par2": (
        _PAR,
        "RE: " + _PAR_S,
        "Bonjour,\n\nJe reviens vers vous concernant la campagne offerte. Nos créneaux de lancement de janvier "
        "sont presque tous pris : préférez-vous que je vous rappelle début février ?\n\n" + _PAR_SIG,
        "par1",
        "fr",
        "14:05",
    ),
    "dec1": (
        _DEC,
        _DEC_S,
        "Hi,\n\nPayment-diversion fraud at advice firms almost always starts in an inbox: a spoofed client asking to "
        "change bank details, a fake platform login, a DocuSign that isn't.\n\nDecoyhouse runs realistic simulated "
        "phishing campaigns and short training modules, with reporting you can hand to the FCA, SEC or ASIC as "
        "evidence of staff training.\n\nWe'll run your first campaign free for up to 25 staff and send you a full "
        "report (who clicked, who entered credentials, who reported it). If useful, we can follow it with a "
        "45-minute lunch-and-learn on site.\n\n" + _DEC_SIG,
        None,
        "en",
        "10:12",
    ),
    "dec2": (
        _DEC,
        "RE: " + _DEC_S,
        "Hi,\n\nFollowing up on the free campaign. If it's a no for now, would it be worth me checking back after "
        "your year end?\n\n" + _DEC_SIG,
        "dec1",
        "en",
        "15:41",
    ),
    "trv1": (
        _TRV,
        _TRV_S,
        "Bonjour,\n\nDepuis MiFID II, les conversations susceptibles de mener à un ordre doivent être enregistrées et "
        "conservées : lignes fixes, mobiles des conseillers, Teams et Zoom. Beaucoup de cabinets s'en remettent "
        "encore à des solutions bricolées.\n\nTracevoix enregistre tous ces canaux, les archive cinq à sept ans en "
        "France ou en Suisse, et vous permet de retrouver un appel en quelques secondes lors d'un contrôle ou d'une "
        "réclamation client.\n\nNous proposons un essai gratuit de 30 jours sur 5 lignes, sans engagement, et une "
        "démonstration de 20 minutes.\n\n" + _TRV_SIG,
        None,
        "fr",
        "09:02",
    ),
    "trv2": (
        _TRV,
        "RE: " + _TRV_S,
        "Bonjour,\n\nPetit rappel concernant l'essai de 30 jours. Pour vous faire une proposition adaptée, combien "
        "de conseillers et de lignes seraient concernés ?\n\n" + _TRV_SIG,
        "trv1",
        "fr",
        "16:18",
    ),
    "kee1": (
        _KEE,
        _KEE_S,
        "Hi,\n\nIf your advisers take client calls on their mobiles or over Teams, those calls need recording and "
        "retaining (COBS 11.8 in the UK, MiFID II in Ireland, FINRA and SEC books-and-records rules in the US). Most "
        "firms we meet have gaps on mobile and WhatsApp.\n\nKeepcall records landline, mobile, Teams, Zoom and "
        "WhatsApp in one archive, with search and legal hold for complaints and regulator requests.\n\nWe offer a "
        "free 30-day trial on up to five users, no card, no contract, plus a 20-minute demo if you'd like one.\n\n"
        + _KEE_SIG,
        None,
        "en",
        "13:55",
    ),
    "kee2": (
        _KEE,
        "RE: " + _KEE_S,
        "Hi,\n\nCircling back on this. Our pricing starts at £19 per user per month; happy to put together a quote "
        "for your team if you let me know numbers.\n\n" + _KEE_SIG,
        "kee1",
        "en",
        "09:26",
    ),
    "etr1": (
        _ETR,
        _ETR_S,
        "Bonjour,\n\nChaque fin d'année, le même casse-tête : choisir un cadeau à la hauteur de vos clients, écrire "
        "les cartes, gérer les adresses et les livraisons en France, en Belgique et en Suisse.\n\nMaison Étrenne s'en "
        "occupe de bout en bout : grands crus de Bordeaux, champagne de vigneron, chocolats, objets gravés, carte "
        "manuscrite à votre nom, livraison chez chaque client, droits d'accises et douane suisse compris.\n\nNous "
        "vous envoyons gratuitement une box d'essai et une maquette de votre carte personnalisée. Il suffit de nous "
        "indiquer une adresse de livraison.\n\n" + _ETR_SIG,
        None,
        "fr",
        "10:40",
    ),
    "etr2": (
        _ETR,
        "RE: " + _ETR_S,
        "Bonjour,\n\nPour les vœux de janvier comme pour les remerciements de printemps, nos coffrets sont prêts. "
        "Souhaitez-vous recevoir notre catalogue et nos tarifs ?\n\n" + _ETR_SIG,
        "etr1",
        "fr",
        "11:07",
    ),
    "ham1": (
        _HAM,
        _HAM_S,
        "Hi,\n\nClient gifts are one of those jobs that eats a week of someone's December: choosing, writing cards, "
        "chasing addresses, couriers.\n\nHamperlane handles it end to end: hampers, fine wine and whisky, engraved "
        "desk pieces, handwritten cards in your name, delivery to each client in the UK, Ireland, the US or "
        "Australia, duty sorted.\n\nWe'd love to send you a sample hamper and a mock-up of your branded card, free. "
        "Just reply with a delivery address.\n\n" + _HAM_SIG,
        None,
        "en",
        "08:58",
    ),
    "ham2": (
        _HAM,
        "RE: " + _HAM_S,
        "Hi,\n\nA quick nudge on the sample hamper. If client gifting sits with someone else at your firm, who would "
        "be best to speak to?\n\n" + _HAM_SIG,
        "ham1",
        "en",
        "12:34",
    ),
    "voc1": (
        _VOC,
        _VOC_S,
        "Bonjour,\n\nRecruter un banquier privé qui amène ses clients, un conseiller en gestion de patrimoine "
        "expérimenté ou un family officer discret se fait rarement par annonce.\n\nVocation Privée est un cabinet de "
        "chasse dédié à la gestion de fortune (France, Suisse, Monaco) : banquiers privés, CGP, gérants, juristes "
        "fiscalistes, responsables conformité.\n\nPour un poste que vous envisagez, nous vous offrons un benchmark de "
        "rémunération (fixe, variable, rétrocessions) établi sur nos placements des 18 derniers mois. Un échange de "
        "20 minutes suffit pour le cadrer.\n\n" + _VOC_SIG,
        None,
        "fr",
        "08:22",
    ),
    "voc2": (
        _VOC,
        "RE: " + _VOC_S,
        "Bonjour,\n\nJe me permets de revenir vers vous. Pour information, nos honoraires sont de 22 % de la "
        "rémunération brute de première année, payables en trois fois. Souhaitez-vous que nous en parlions ?\n\n"
        + _VOC_SIG,
        "voc1",
        "fr",
        "17:03",
    ),
    "qua1": (
        _QUA,
        _QUA_S,
        "Hi,\n\nGood advisers with portable books rarely answer job ads, and good paraplanners get snapped up within "
        "a fortnight.\n\nQuarterdeck is a search firm working only in wealth management: financial planners, "
        "paraplanners, relationship managers, investment managers and compliance officers, across the UK, Ireland, "
        "the US and Australia.\n\nFor any role you're thinking about, we'll send you a free pay benchmark (base, "
        "bonus, benefits) from our placements over the last 18 months. A 20-minute call is enough to scope it.\n\n"
        + _QUA_SIG,
        None,
        "en",
        "09:05",
    ),
    "qua2": (
        _QUA,
        "RE: " + _QUA_S,
        "Hi,\n\nFollowing up on the benchmark offer. Is hiring something for this quarter, or would it be better to "
        "pick this up in the spring?\n\n" + _QUA_SIG,
        "qua1",
        "en",
        "14:48",
    ),
    "qua3": (
        _QUA,
        "RE: " + _QUA_S,
        "Hi,\n\nLast note from me. If there's no hiring on the cards, just reply 'no' and I'll close the file.\n\n"
        + _QUA_SIG,
        "qua2",
        "en",
        "08:16",
    ),
    "est1": (
        _EST,
        _EST_S,
        "Bonjour,\n\nSuccession, donation, IFI, apport à une société civile, divorce : vos clients ont régulièrement "
        "besoin d'une valeur de leur patrimoine immobilier qui tienne face à l'administration fiscale ou à un juge."
        "\n\nEstimia réalise des expertises en valeur vénale conformes à la Charte de l'expertise, par des experts "
        "agréés REV et RICS, en France, en Belgique et au Québec.\n\nPour vous permettre de juger de notre travail, "
        "nous réalisons gratuitement une estimation sur pièces d'un bien de votre choix, sous 5 jours ouvrés. Une "
        "visite sur place reste possible si le dossier le demande.\n\n" + _EST_SIG,
        None,
        "fr",
        "10:26",
    ),
    "est2": (
        _EST,
        "RE: " + _EST_S,
        "Bonjour,\n\nJe reviens vers vous au sujet de l'estimation offerte. Avez-vous un dossier en cours "
        "(succession, donation, IFI) sur lequel elle vous serait utile ?\n\n" + _EST_SIG,
        "est1",
        "fr",
        "15:12",
    ),
    "bou1": (
        _BOU,
        _BOU_S,
        "Hi,\n\nProbate, inheritance tax, lifetime gifts, divorce, trust reorganisations: your clients regularly need "
        "a property value that stands up to HMRC, the ATO or a court.\n\nBoundstone provides RICS Red Book "
        "valuations across the UK and Western Australia, usually within ten working days of the inspection.\n\nTo "
        "show you the quality of our reports, we'll do a free desktop valuation of one property of your choice "
        "within five working days. A full inspection can follow where the case needs it.\n\n" + _BOU_SIG,
        None,
        "en",
        "11:44",
    ),
    "bou2": (
        _BOU,
        "RE: " + _BOU_S,
        "Hi,\n\nJust following up. Our Red Book fees start at £650 + VAT for a standard residential valuation; would "
        "a fee schedule be useful for your files?\n\n" + _BOU_SIG,
        "bou1",
        "en",
        "10:09",
    ),
}


def mail(key: str, style: str, to: str, d: date) -> str:
    """The sender's email as the prospect's client shows it under the reply; a follow-up carries the email it
    follows (a week older) under it, quoted once more."""
    frm, subj, body, parent, _lang, hm = MAILS[key]
    if parent is not None:
        # the follow-up was written at the sender's desk: no "Envoyé de mon iPhone" nor Android header under it
        inner = {"iphone_fr": "apple_fr", "android_fr": "outlook_fr"}.get(style, style)
        body += mail(parent, inner, to, d - timedelta(days=7))
    return block(style, frm, to, subj, d, hm, body)


def T(
    lang: str,
    label: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    text: str,
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply written above the quoted thread."""
    return C(lang, label, text + mail(key, style, to, D(sent)), sent=sent, until=until, referral=referral)


def N(
    lang: str,
    label: str,
    sent: str,
    text: str,
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply that quotes nothing (autoreplies, bounces, receipts, short notes)."""
    return C(lang, label, text, sent=sent, until=until, referral=referral)


def INL(
    lang: str,
    label: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    head: str,
    answers: list[tuple[str, str]],
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """Answers written inside the quoted thread: each answer goes right after the sentence that ends with its
    anchor; the rest of that quoted line carries on below it, quoted as before."""
    thread = mail(key, style, to, D(sent))
    for anchor, answer in answers:
        i = thread.index(anchor) + len(anchor)
        start = thread.rfind("\n", 0, i) + 1
        prefix = re.match(r"(?:> ?)*", thread[start:])
        pre = prefix.group(0) if prefix else ""
        j = thread.find("\n", i)
        j = len(thread) if j == -1 else j
        rest = thread[i:j].strip()
        thread = thread[:i] + "\n" + answer + ("\n" + pre + rest if rest else "") + thread[j:]
    return C(lang, label, (head + thread).lstrip("\n"), sent=sent, until=until, referral=referral)


def _next_weekday(d: date) -> date:
    d += timedelta(days=1)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def FWD(
    lang: str,
    label: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    note: str,
    colleague: str,
    c_hm: str,
    c_text: str,
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """The prospect's note above a colleague's internal answer (given the next working day), forwarded to the
    sender, with the sender's email under both."""
    d = D(sent)
    subj = MAILS[key][1]
    w = when(style, _next_weekday(d), c_hm)
    if style.endswith("_fr") or style == "outlook_qc":
        head = f"\n\n---------- Message transféré ---------\nDe : {colleague}\nDate : {w}\nObjet : RE: TR: {subj}\nÀ : {to}\n\n"
    else:
        head = f"\n\n---------- Forwarded message ---------\nFrom: {colleague}\nDate: {w}\nSubject: RE: FW: {subj}\nTo: {to}\n\n"
    return C(lang, label, note + head + c_text + mail(key, style, to, d), sent=sent, until=until, referral=referral)


# --------------------------------------------------------------------------- the replies, class by class

MEETING: list[dict[str, Any]] = [
    T(
        "fr",
        "meeting_request",
        "con1",
        "outlook_fr",
        "Delphine Arnaud <d.arnaud@arnaud-patrimoine.fr>",
        "2026-12-08",
        "Bonjour Madame Marchetti,\n\nAvant de vous confier les relevés d'une de nos familles, j'aimerais voir l'outil : "
        "la démo de 30 minutes m'intéresse. Jeudi 17 à 14h ou vendredi 18 en fin de matinée, au choix.\n\n"
        "Cordialement,\n\nDelphine Arnaud\nGérante – Arnaud Patrimoine\nConseil en gestion de patrimoine\n"
        "4 quai de la Fosse, 44000 Nantes\nCIF n° E008712 – ORIAS 14 002 517",
    ),
    T(
        "en",
        "meeting_request",
        "tal2",
        "gmail_en",
        "Rhys Morgan <rhys@morganfp.co.uk>",
        "2026-12-15",
        "Thursday works. 9.30? Use the Teams link in my signature or send your own.\n\nRhys\n\n--\nRhys Morgan "
        "DipPFS\nMorgan Financial Planning | Cardiff\nBook time with me: teams.morganfp.co.uk/rhys\nMorgan Financial "
        "Planning Ltd is authorised and regulated by the Financial Conduct Authority. FRN 612298.",
    ),
    T(
        "fr",
        "meeting_request",
        "par1",
        "gmail_fr",
        "Valérie Dumont <v.dumont@dumont-gestion.be>",
        "2026-12-09",
        "Bonjour Monsieur Benali,\n\nAvant toute campagne j'aimerais qu'on se voie. Nous avons eu un incident l'an "
        "passé (un faux ordre de virement qui est passé à un cheveu) et je veux que vous compreniez notre contexte "
        "avant de piéger mes équipes. Vous passez par Bruxelles ? Sinon une visio en début de semaine prochaine.\n\n"
        "Bien à vous,\n\nValérie Dumont\nAssociée gérante\nDumont Gestion de Fortune SRL\nAvenue Louise 231, 1050 "
        "Bruxelles\n+32 2 555 38 14",
    ),
    T(
        "en",
        "meeting_request",
        "dec1",
        "outlook_us",
        "Jason Whitaker <jwhitaker@ridgelinewealth.com>",
        "2027-01-12",
        "Callum -\n\nBefore I sign us up for anything that sends my advisors fake DocuSigns, I'd want 20 min on a call "
        "with you and our IT guy (Dev, cc'd) to walk through how you whitelist and what data you keep. Can you do "
        "Tuesday the 19th, 1pm Eastern?\n\nJason Whitaker, CFP®\nManaging Partner\nRidgeline Wealth Partners | "
        "Boise, ID\n(208) 555-0187\n\nAdvisory services offered through Ridgeline Wealth Partners LLC, an SEC-"
        "registered investment adviser.",
    ),
    INL(
        "fr",
        "meeting_request",
        "trv1",
        "outlook_fr",
        "Jean-Marc Colin <jm.colin@colin-finance.fr>",
        "2026-12-16",
        "Bonjour,\n\nMes réponses en rouge dans votre message.\n\nJMC",
        [
            (
                "lors d'un contrôle ou d'une réclamation client.",
                "[JMC] Justement, contrôle AMF en octobre, et on a eu chaud sur les mobiles.",
            ),
            (
                "et une démonstration de 20 minutes.",
                "[JMC] La démo d'abord, l'essai ensuite si c'est concluant. Mardi 12 janvier 11h, ça vous va ?",
            ),
        ],
    ),
    T(
        "en",
        "meeting_request",
        "kee2",
        "outlook_en",
        "Siobhán Kavanagh <skavanagh@kavanaghstockbrokers.ie>",
        "2027-01-20",
        "Hi Dylan,\n\nPricing's fine in principle. What I actually need is to see how the WhatsApp capture works on an "
        "adviser's own iPhone before I bring it to the board. Can we do the 20-min demo? Any day next week except "
        "Wednesday.\n\nThanks,\nSiobhán\n\nSiobhán Kavanagh | Head of Operations\nKavanagh Stockbrokers DAC\n"
        "14 Fitzwilliam Place, Dublin 2\nKavanagh Stockbrokers DAC is regulated by the Central Bank of Ireland.",
    ),
    T(
        "fr",
        "meeting_request",
        "voc1",
        "iphone_fr",
        "Marc Favre <marc.favre@favre-gestion.ch>",
        "2027-01-13",
        "Ok pr un echange de 20 min, on cherche un banquier privé senior pr Genève (clientèle LatAm). Appelez moi "
        "demain apres 17h au 079 412 55 08\nM. Favre",
    ),
    T(
        "en",
        "meeting_request",
        "qua2",
        "gmail_us",
        "Amanda Sorensen <amanda@northstarfamilyoffice.com>",
        "2027-01-27",
        "Spring's too late, we're hiring now (two associates, one senior). Let's talk. I'm free Fri 2-4 ET or Mon "
        "morning.\n\nAmanda\n\nAmanda Sorensen\nChief Operating Officer\nNorthstar Family Office | Minneapolis, MN",
    ),
    T(
        "fr",
        "meeting_request",
        "est1",
        "outlook_qc",
        "Geneviève Tremblay <gtremblay@tremblaygagnon.qc.ca>",
        "2027-02-09",
        "Bonjour M. Lacaze,\n\nJ'ai une succession assez costaude à Laval (un triplex et un chalet dans Charlevoix). "
        "Avant de vous envoyer les documents, j'aimerais qu'on s'en jase au téléphone une quinzaine de minutes. "
        "Êtes-vous disponible jeudi en après-midi?\n\nMe Geneviève Tremblay, notaire\nTremblay Gagnon notaires inc.\n"
        "2500, boul. Daniel-Johnson, Laval (Québec)\n450 555-0142",
    ),
    T(
        "en",
        "meeting_request",
        "bou2",
        "gmail_en",
        "Euan Fraser <euan.fraser@fraserwills.co.uk>",
        "2027-02-16",
        "Fiona,\n\nFee schedule yes, but honestly I'd rather have a coffee with you first. We pass a fair bit of "
        "executry work on to valuers and I like to know who I'm sending clients to. You're in Edinburgh? I'm at "
        "Charlotte Square most days. Next Wednesday?\n\nEuan\n\nEuan Fraser\nPartner | Fraser Wills & Executries\n"
        "Edinburgh",
    ),
    T(
        "fr",
        "meeting_request",
        "con2",
        "outlook_fr",
        "Thibault Mercier <t.mercier@mercier-fo.lu>",
        "2027-01-26",
        "Bonjour,\n\nC'est bien moi. Plutôt qu'un rapport test, montrez-moi l'outil en direct : je suis disponible "
        "lundi 1er février entre 10h et 12h, en visio Teams.\n\nThibault Mercier\nDirecteur associé – Mercier & "
        "Fils Family Office S.A.\n8 rue de Hesse, L-1229 Luxembourg",
    ),
    T(
        "fr",
        "meeting_request",
        "etr1",
        "gmail_fr",
        "Aurélie Lambert <a.lambert@lambert-cgp.fr>",
        "2026-12-09",
        "Bonjour Camille,\n\nPouvons-nous passer à votre boutique de Bordeaux la semaine prochaine ? Je préfère goûter "
        "et voir les coffrets avant de choisir, on parle de 180 clients cette fois-ci. Mardi ou mercredi en fin de "
        "journée ?\n\nMerci !\nAurélie Lambert\nLambert CGP – Mérignac",
    ),
    T(
        "en",
        "meeting_request",
        "ham1",
        "apple_en",
        "Nick Papadopoulos <nick@harbourviewplanning.com.au>",
        "2027-02-03",
        "Hi Georgia,\n\nCould someone from your Melbourne team pop in and walk us through some options? We're on "
        "Collins St. I'd rather see things in person than get a hamper on spec. Thursday arvo suits.\n\nCheers,\nNick"
        "\n\nNick Papadopoulos | Principal\nHarbourview Planning | Melbourne VIC\nAFSL 451 287",
    ),
    T(
        "fr",
        "meeting_request",
        "par2",
        "android_fr",
        "Sandrine Girard <sgirard@rhone-family-office.fr>",
        "2027-01-11",
        "Non pas besoin d'attendre fevrier. Appelez moi cette semaine, je suis au bureau jeudi et vendredi. 04 72 41 "
        "86 10\nS. Girard",
    ),
    T(
        "fr",
        "meeting_request",
        "voc2",
        "owa_fr",
        "Pierre-Henri Bellanger <ph.bellanger@bellanger-gp.mc>",
        "2027-02-02",
        "Madame,\n\nLes honoraires, nous en discuterons. Passez plutôt nous voir au cabinet : nous avons deux postes à "
        "pourvoir à Monaco d'ici l'été. Mon assistante Laura Fontana (en copie) vous trouvera un créneau la semaine "
        "prochaine.\n\nPierre-Henri Bellanger\nAdministrateur délégué\nBellanger Gestion Privée SAM\n"
        "7 avenue de Grande-Bretagne, MC 98000 Monaco",
    ),
    T(
        "en",
        "meeting_request",
        "dec2",
        "gmail_en",
        "Karen Whitfield <karen.whitfield@moretonbaywealth.com.au>",
        "2027-01-14",
        "No need to wait for year end - let's get on a call this week and plan it. Wed or Thu after 3 (Brisbane "
        "time)?\n\nKaren\n\nKaren Whitfield\nPractice Manager | Moreton Bay Wealth\nAuthorised Representative of "
        "Moreton Bay Wealth Pty Ltd, AFSL 287 114",
    ),
    T(
        "fr",
        "meeting_request",
        "trv2",
        "outlook_fr",
        "Frédéric Aubry <f.aubry@aubry-finance.fr>",
        "2027-02-10",
        "Bonjour,\n\n12 conseillers, une vingtaine de lignes en tout, Teams pour les visios. Avant de parler chiffres, "
        "je veux une démo avec notre RCCI. Proposez-moi deux créneaux la semaine du 15.\n\nFrédéric Aubry\n"
        "Directeur général – Aubry Finance Conseil\n18 rue de Miromesnil, 75008 Paris",
    ),
    T(
        "en",
        "meeting_request",
        "kee1",
        "orig_us",
        "Mike Russo <mrusso@russocapital.com>",
        "2026-12-10",
        "Let's set up the 20 min demo. Our outside compliance consultant needs to see the 17a-4 archive side so "
        "I'll loop her in. Send me a calendly or whatever you use.\n\nMike Russo\nCOO, Russo Capital Advisors LLC\n"
        "Hoboken, NJ",
    ),
    INL(
        "fr",
        "meeting_request",
        "est2",
        "apple_fr",
        "Olivier Lejeune <olivier.lejeune@notaire-lejeune.be>",
        "2027-02-17",
        "Bonjour Monsieur Lacaze,\n\nRéponse dans votre texte.\n",
        [
            (
                "sur lequel elle vous serait utile ?",
                "\nOui, une succession à Uccle avec une villa difficile à comparer. Je préférerais en parler de vive "
                "voix avant de vous transmettre quoi que ce soit : pouvez-vous passer à l'étude un mardi ou un jeudi ?"
                "\n\nO. Lejeune, notaire\nÉtude Lejeune, Uccle\n",
            )
        ],
    ),
    FWD(
        "en",
        "meeting_request",
        "tal1",
        "outlook_en",
        "Claire Donnelly <claire.donnelly@lagan-wealth.co.uk>",
        "2027-02-22",
        "Hi Harriet,\n\nSee below from our Head of Operations. Can we get 30 minutes in the diary for the demo? Any "
        "afternoon next week.\n\nThanks,\nClaire\n\nClaire Donnelly | Director\nLagan Wealth Management | Belfast",
        "Martin Hughes <martin.hughes@lagan-wealth.co.uk>",
        "08:52",
        "Claire,\n\nLooks promising, the quarterly packs take us forever. I'd want a proper demo before we send any "
        "client data anywhere though.\n\nMartin",
    ),
]

INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "interested",
        "con1",
        "outlook_fr",
        "Émilie Rousseau <e.rousseau@rousseau-patrimoine.fr>",
        "2026-12-07",
        "Bonjour,\n\nBanco. Je vous envoie lundi les relevés anonymisés d'une famille (trois dépositaires et deux "
        "contrats luxembourgeois, vous allez vous amuser). Par quel canal sécurisé ?\n\nCordialement\n\nÉmilie "
        "Rousseau\nCabinet Rousseau Patrimoine\n12 rue de la Monnaie, 35000 Rennes\n02 99 55 41 07",
    ),
    T(
        "en",
        "interested",
        "tal1",
        "gmail_en",
        "Tom Ellison <tom@ellisoncfp.co.uk>",
        "2026-12-09",
        "Yes please. One household's statements attached (names redacted: four platforms plus an Isle of Man bond). "
        "Curious to see what you make of the bond.\n\nTom\n--\nTom Ellison\nEllison Chartered Financial Planners\n"
        "Harrogate",
    ),
    T(
        "fr",
        "interested",
        "par1",
        "android_fr",
        "Julien Moreau <julien.moreau@moreau-finance.fr>",
        "2027-01-05",
        "ok pr la campagne test, on est 18. je vous envoie la liste des adresses lundi. ne prevenez personne ;)\n"
        "J. Moreau\nenvoyé depuis mon mobile",
    ),
    T(
        "en",
        "interested",
        "dec1",
        "outlook_en",
        "Gemma Sykes <gemma@sykesandpartners.co.uk>",
        "2026-12-14",
        "Hi Callum,\n\nGo on then. 22 staff across two offices (Leeds and York). Who do I send the list to, and does "
        "our IT provider need to whitelist anything?\n\nThanks\nGemma\n\nGemma Sykes | Practice Manager\nSykes & "
        "Partners Wealth Management\nSykes & Partners is a trading name of S&P Wealth Ltd, authorised and regulated "
        "by the Financial Conduct Authority.",
    ),
    T(
        "fr",
        "interested",
        "trv1",
        "apple_fr",
        "Christophe Rochat <c.rochat@rochat-gestion.ch>",
        "2027-01-06",
        "Bonjour Madame Ferreira,\n\nVolontiers pour l'essai de 30 jours. Nous sommes quatre gérants ; l'important "
        "pour nous est l'enregistrement des mobiles (iPhone, numéros suisses). Je vous laisse me dire comment on "
        "procède.\n\nMeilleures salutations\n\nChristophe Rochat\nRochat & Cie Gestion de fortune SA\nAvenue de la "
        "Gare 10, 1003 Lausanne",
    ),
    T(
        "en",
        "interested",
        "kee1",
        "gmail_us",
        "Dana Liu <dana@liuwealth.com>",
        "2026-12-08",
        "Stop - this is exactly the gap our auditor flagged last month. Sign us up for the trial, 5 users is exactly "
        "us.\n\nDana\n\nDana Liu\nPrincipal, Liu Wealth Management\nSan Mateo, CA",
    ),
    T(
        "fr",
        "interested",
        "etr1",
        "outlook_fr",
        "Caroline Hennequin <c.hennequin@hp-conseil.fr>",
        "2026-12-07",
        "Bonjour,\n\nAvec plaisir pour la box d'essai. Adresse de livraison : HP Conseil, à l'attention de Mme "
        "Hennequin, 14 rue Nationale, 59000 Lille. Sonnette « HP Conseil », 2e étage.\n\nBien à vous,\nCaroline "
        "Hennequin",
    ),
    T(
        "en",
        "interested",
        "ham1",
        "apple_en",
        "Niamh Gallagher <niamh@gallagherwealth.ie>",
        "2026-12-10",
        "Ah go on, I'll take a sample hamper. Send it to: Niamh Gallagher, Gallagher Wealth, 3 Lower Mount St, Dublin "
        "2, D02 XY21. If it's any good we'd need about 90 of them for clients next Christmas.\n\nNiamh\n\nSent from "
        "my iPhone",
    ),
    T(
        "fr",
        "interested",
        "voc1",
        "gmail_fr",
        "Nathalie Brun <n.brun@groupe-brun.fr>",
        "2027-01-18",
        "Bonjour Madame Roux-Delorme,\n\nOui, le benchmark nous serait utile pour un poste de conseiller patrimonial "
        "senior à Lyon (dix ans d'expérience, clientèle de chefs d'entreprise). Pouvez-vous nous l'envoyer ?\n\n"
        "Cordialement,\nNathalie Brun\nDRH – Groupe Brun Patrimoine",
    ),
    T(
        "en",
        "interested",
        "qua1",
        "gmail_us",
        "Greg Kowalski <greg@frontrangeadvisors.com>",
        "2027-01-19",
        "Sure, send the benchmark for a Lead Advisor, CFP, $150-300M book, Denver. Don't need a call for that I "
        "hope.\n\nSent from my iPhone",
    ),
    T(
        "fr",
        "interested",
        "est1",
        "owa_fr",
        "Alexandra Santoni <a.santoni@notaires-santoni.fr>",
        "2027-02-01",
        "Bonjour,\n\nJe vous prends au mot : un appartement à Nice (Cimiez, 110 m², dernier étage, vue mer) dans une "
        "succession que nous réglons. Je vous transmets l'acte et les diagnostics dans la journée. Délai de 5 jours "
        "ouvrés, c'est bien ça ?\n\nMaître Alexandra Santoni\nNotaire – Office notarial Santoni\n06000 Nice",
    ),
    T(
        "en",
        "interested",
        "bou1",
        "gmail_en",
        "Alasdair Munro <alasdair.munro@munrokerr.co.uk>",
        "2027-02-03",
        "Hi Fiona,\n\nWe'll take you up on the desktop valuation. Flat in Leith, client's late mother's, executry. "
        "Address and title number to follow from my paralegal.\n\nKind regards\nAlasdair Munro\nPartner, Munro Kerr "
        "WS\nEdinburgh",
    ),
    T(
        "fr",
        "interested",
        "con2",
        "iphone_fr",
        "Karine Lefort <karine@lefort-patrimoine.fr>",
        "2027-01-12",
        "Désolée pour le silence, fin d'année chargée. Oui ça nous intéresse, je rassemble les relevés d'une famille "
        "et je vous envoie tout la semaine prochaine.\nKarine",
    ),
    T(
        "en",
        "interested",
        "dec2",
        "outlook_en",
        "Priya Nair <priya.nair@beaconwealth.co.uk>",
        "2027-01-21",
        "Callum,\n\nNo need. Our year end is 31 March and I'd rather have your report before the audit than after, "
        "so let's just do it. 19 staff. Send me whatever you need from us.\n\nPriya\n\nPriya Nair | Compliance "
        "Director\nBeacon Wealth LLP | Reading",
    ),
    T(
        "fr",
        "interested",
        "par1",
        "outlook_fr",
        "Anne-Sophie Vidal <as.vidal@vidal-conseil.fr>",
        "2026-12-15",
        "Bonjour Karim,\n\nOn prend la campagne offerte. Je mets en copie Kevin Arnal, notre prestataire informatique, "
        "pour la mise en liste blanche de vos serveurs ; c'est lui qui vous transmettra les adresses de nos 20 "
        "collaborateurs.\n\nCordialement,\n\nAnne-Sophie Vidal\nSecrétaire générale – Vidal Conseil Patrimonial\n"
        "Montpellier",
    ),
    T(
        "en",
        "interested",
        "kee2",
        "outlook_en",
        "Orla Brennan <orla.brennan@brennanwealth.ie>",
        "2027-02-09",
        "Hi Dylan,\n\nPrice looks OK. Let's start with the free trial on five users and talk numbers after that. Can "
        "you send the set-up steps?\n\nOrla\n\nOrla Brennan QFA\nBrennan Wealth | Cork\nBrennan Wealth Ltd is "
        "regulated by the Central Bank of Ireland.",
    ),
    T(
        "fr",
        "interested",
        "etr2",
        "gmail_fr",
        "Sébastien Garnier <s.garnier@garnier-gp.fr>",
        "2026-12-21",
        "Oui pour le catalogue, et surtout pour la box d'essai de votre premier message que j'avais laissée passer : "
        "adresse ci-dessous. On réfléchit aux vœux de janvier pour nos 60 meilleurs clients.\n\nSébastien Garnier\n"
        "Garnier Gestion Privée\n22 cours Franklin-Roosevelt\n69006 Lyon",
    ),
    T(
        "en",
        "interested",
        "ham2",
        "apple_en",
        "Louise Carter <louise@carterbell.co.uk>",
        "2026-12-16",
        "That'd be me! And yes please, send the sample - address in my signature.\n\nLouise Carter\nOffice Manager\n"
        "Carter Bell Private Clients\n41 Queen Square, Bristol BS1 4QP",
    ),
    T(
        "fr",
        "interested",
        "est1",
        "outlook_qc",
        "Marie-Ève Bouchard <mebouchard@bouchardgp.ca>",
        "2027-01-26",
        "Bonjour Monsieur Lacaze,\n\nÇa tombe bien. On a un client qui donne un plex à Rosemont à ses enfants; "
        "l'estimation sur pièces nous serait ben utile. Je vous envoie le compte de taxes municipales et les baux "
        "cette semaine.\n\nMerci!\n\nMarie-Ève Bouchard, Pl. Fin.\nBouchard Gestion de patrimoine inc.\nMontréal",
    ),
    T(
        "en",
        "interested",
        "qua1",
        "gmail_en",
        "Hannah Price <hannah@pricefp.co.uk>",
        "2027-02-04",
        "Hi Marcus,\n\nPlease unsubscribe me from your monthly market newsletter (I get far too many), but yes to the "
        "benchmark: paraplanner, Exeter, 3-5 years' experience. We may add a second one later this year.\n\n"
        "Hannah\n\nHannah Price\nPrice Financial Planning | Exeter",
    ),
    INL(
        "fr",
        "interested",
        "trv2",
        "outlook_fr",
        "Paul Weber <paul.weber@weber-wealth.lu>",
        "2027-02-15",
        "Bonjour,\n\nVoir ci-dessous.\n\nPaul Weber\nWeber Wealth Management S.A. – Luxembourg",
        [
            (
                "combien de conseillers et de lignes seraient concernés ?",
                ">> 6 conseillers, 6 mobiles + le standard. On veut bien démarrer l'essai dès lundi.",
            )
        ],
    ),
    T(
        "en",
        "interested",
        "bou1",
        "gmail_en",
        "Mick Delaney <mick@delaneyfinancial.com.au>",
        "2027-02-11",
        "Yes please to the desktop valuation. 2-bed semi in Subiaco WA, going into an SMSF as an in-specie transfer. "
        "I'll send the address through.\n\nCheers,\nMick\n\nMick Delaney\nDelaney Financial | Perth",
    ),
    T(
        "fr",
        "interested",
        "voc2",
        "outlook_fr",
        "Laurent Python <l.python@python-besson.ch>",
        "2027-02-18",
        "Bonjour Madame,\n\n22 %, c'est dans la norme de la place. Envoyez-nous déjà le benchmark pour un gérant de "
        "portefeuille à Genève ; on verra pour une mission ensuite.\n\nMeilleures salutations,\n\nLaurent Python\n"
        "Associé – Python & Besson Gestion SA\nGenève",
    ),
    T(
        "fr",
        "interested",
        "con3",
        "iphone_fr",
        "Guillaume Perrin <g.perrin@perrin-associes.fr>",
        "2027-02-23",
        "Ne clôturez pas ! Je vous envoie les relevés de la famille test demain, promis.\nG. Perrin",
    ),
]

INFORMATION: list[dict[str, Any]] = [
    T(
        "fr",
        "information_request",
        "con1",
        "gmail_fr",
        "François Delmas <f.delmas@delmas-fo.fr>",
        "2026-12-10",
        "Bonjour,\n\nAvant d'aller plus loin : vos serveurs sont-ils hébergés en France ? Et récupérez-vous les flux de "
        "nos banques suisses et monégasques automatiquement, ou faut-il saisir les PDF à la main ?\n\nMerci,\n"
        "François Delmas\nDelmas Family Office\nParis 16e",
    ),
    T(
        "en",
        "information_request",
        "tal1",
        "outlook_en",
        "Simon Oakes <simon.oakes@oakeswealth.co.uk>",
        "2026-12-11",
        "Harriet,\n\nDo you take feeds from Transact and Nucleus, and what about offshore bonds? If we'd have to key "
        "those in by hand it's a non-starter for us.\n\nRegards,\nSimon Oakes\nOakes Wealth Management Ltd, "
        "Guildford",
    ),
    T(
        "fr",
        "information_request",
        "par1",
        "apple_fr",
        "Lucie Fontaine <lucie@fontaine-patrimoine.fr>",
        "2027-01-07",
        "Bonjour, question bête : comment on sait que ce n'est pas vous, le phishing ? 😅\nPlus sérieusement, les faux "
        "mails partent de vos serveurs ou d'adresses qui imitent les nôtres ? On a un DPO un peu nerveux.\n\nLucie "
        "Fontaine\nFontaine Patrimoine, Annecy",
    ),
    T(
        "en",
        "information_request",
        "dec1",
        "gmail_en",
        "Deirdre Walsh <deirdre.walsh@walshoconnor.ie>",
        "2027-01-08",
        "Hi Callum,\n\nDoes the report name individuals or is it aggregated? Our staff handbook says we can't single "
        "people out off the back of a test and I don't want a row over it.\n\nThanks,\nDeirdre\n\nDeirdre Walsh\nHR "
        "& Compliance Manager\nWalsh O'Connor Wealth, Galway",
    ),
    T(
        "fr",
        "information_request",
        "trv1",
        "outlook_fr",
        "Sarah Schmit <sarah.schmit@moselle-wp.lu>",
        "2026-12-17",
        "Bonjour,\n\nDeux questions :\n1) l'enregistrement des mobiles fonctionne-t-il sans installer d'application "
        "sur le téléphone personnel du conseiller ?\n2) la durée de conservation est-elle paramétrable ? Nous "
        "sommes soumis à la CSSF (5 ans) et certains clients institutionnels demandent 7 ans.\n\nBien cordialement\n"
        "\nSarah Schmit\nCompliance Officer – Moselle Wealth Partners S.A.\nLuxembourg",
    ),
    T(
        "en",
        "information_request",
        "kee1",
        "orig_us",
        "Jay Patel <jpatel@summitridgeadvisors.com>",
        "2026-12-15",
        "How does the WhatsApp piece work - do you need the advisor's own number ported, or is it a separate "
        "business line? And is the archive WORM / 17a-4 compliant?\n\nJ. Patel\nChief Compliance Officer\nSummit "
        "Ridge Advisors, Austin TX",
    ),
    T(
        "fr",
        "information_request",
        "etr1",
        "gmail_fr",
        "Isabelle Grandjean <i.grandjean@grandjean-conseil.ch>",
        "2026-12-08",
        "Bonjour,\n\nLe vin peut-il partir aussi au Luxembourg et à Monaco ? Et peut-on mettre une carte différente "
        "par client (on tutoie certains, pas d'autres) ?\n\nMerci\nIsabelle Grandjean\nGrandjean Conseil SA, "
        "Fribourg",
    ),
    T(
        "en",
        "information_request",
        "ham1",
        "apple_en",
        "Rachel Byrne <rachel@byrnefinancial.ie>",
        "2026-12-07",
        "Hi Georgia, what's your cut-off for delivery before Christmas in Ireland, and is there a minimum order? Also "
        "can you leave the alcohol out for some clients?\n\nRachel Byrne\nByrne Financial, Naas",
    ),
    T(
        "fr",
        "information_request",
        "voc1",
        "owa_fr",
        "Éric Marchand <e.marchand@marchand-gp.fr>",
        "2027-01-14",
        "Bonjour,\n\nTravaillez-vous aussi sur des profils juniors (assistant de gestion, middle office) ou uniquement "
        "des seniors ? Et comment fonctionne votre garantie si le candidat part pendant sa période d'essai ?\n\n"
        "Cordialement,\nÉric Marchand\nMarchand Gestion de Patrimoine, Reims",
    ),
    T(
        "en",
        "information_request",
        "qua1",
        "gmail_en",
        "Lachlan Hayes <lachlan.hayes@hayesprivatewealth.com.au>",
        "2027-01-20",
        "G'day Marcus. Do you work retained or contingent? And is there a rebate if a hire walks inside six months?"
        "\n\nLachlan Hayes\nHayes Private Wealth | Sydney",
    ),
    T(
        "fr",
        "information_request",
        "est1",
        "outlook_fr",
        "Hugo Carpentier <h.carpentier@carpentier-avocats.fr>",
        "2027-02-02",
        "Bonjour,\n\nVos rapports tiennent-ils face à l'administration en cas de contrôle IFI ? Et une estimation sur "
        "pièces suffit-elle pour une déclaration de succession, ou faut-il obligatoirement une visite ?\n\n"
        "Cordialement,\n\nMe Hugo Carpentier\nAvocat fiscaliste – Carpentier Avocats\n75017 Paris",
    ),
    T(
        "en",
        "information_request",
        "bou1",
        "apple_en",
        "Aoife Quinn <aoife.quinn@quinnsolicitors.co.uk>",
        "2027-02-08",
        "Is the desktop valuation something HMRC will actually accept for an IHT400, or is it just a sample of your "
        "work? And do you cover Northern Ireland?\n\nBest\nAoife\n\nAoife Quinn\nQuinn Solicitors, Belfast",
    ),
    INL(
        "fr",
        "information_request",
        "con2",
        "gmail_fr",
        "Stéphane Aubert <s.aubert@aubert-gestion.mc>",
        "2026-12-21",
        "Bonjour,\n\n",
        [
            (
                "qui s'occupe du reporting client au sein du cabinet ?",
                "\nC'est moi. Mais avant de vous envoyer des relevés, je voudrais savoir ce que vous en faites ensuite : "
                "conservés ? effacés ? où ? Nos clients sont très sensibles à la confidentialité.\n\nS. Aubert\n",
            )
        ],
    ),
    FWD(
        "fr",
        "information_request",
        "par2",
        "gmail_fr",
        "Élodie Marchal <e.marchal@marchal-cie.fr>",
        "2027-01-19",
        "Bonjour Karim,\n\nNotre DSI a quelques questions avant de dire oui, voir plus bas.\n\nÉlodie Marchal\n"
        "Marchal & Cie, Nantes",
        "Yann Le Goff <y.legoff@marchal-cie.fr>",
        "09:12",
        "Élodie,\n\nDeux points avant d'accepter : où sont hébergées les données de campagne, et est-ce que leurs "
        "mails de test passent par notre passerelle de filtrage ou faut-il la contourner ?\n\nYann",
    ),
    T(
        "en",
        "information_request",
        "dec2",
        "outlook_en",
        "Olivia Grant <ogrant@grantwealth.co.uk>",
        "2027-01-25",
        "Before I answer that: what does 'realistic' mean in practice? You won't be spoofing our actual platform or "
        "custodian, will you? That would cause chaos if someone forwarded it to a client.\n\nOlivia Grant\nGrant "
        "Wealth, Cheltenham",
    ),
    T(
        "fr",
        "information_request",
        "etr2",
        "gmail_fr",
        "Martine Collet <martine.collet@collet-cgp.fr>",
        "2027-01-11",
        "Bonjour, c'est quoi exactement vos « coffrets de vœux » ? Vous avez des photos ? Et la carte, elle est "
        "vraiment écrite à la main ou imprimée façon manuscrite ?\nMartine Collet\nCollet CGP – Angers",
    ),
    T(
        "en",
        "information_request",
        "kee2",
        "gmail_en",
        "Hamish Blair <hamish@blairinvestment.co.uk>",
        "2027-02-16",
        "Hi Dylan, what's included in the £19? Storage? Transcription? Or are those extra? Trying to understand how "
        "your pricing works before I ask anyone to go near a quote.\n\nHamish Blair\nBlair Investment Management, "
        "Aberdeen",
    ),
    T(
        "fr",
        "information_request",
        "est2",
        "outlook_fr",
        "Catherine Peeters <catherine.peeters@notaire-peeters.be>",
        "2027-02-24",
        "Bonjour,\n\nVos experts sont-ils reconnus par le SPF Finances pour les déclarations de succession en Région "
        "bruxelloise ? Sinon, cela ne nous sera d'aucune utilité.\n\nBien à vous,\n\nCatherine Peeters\nNotaire à "
        "Etterbeek",
    ),
]

QUOTE: list[dict[str, Any]] = [
    T(
        "fr",
        "quote_request",
        "con1",
        "gmail_fr",
        "Raphaël Benhamou <r.benhamou@benhamou-patrimoine.fr>",
        "2026-12-09",
        "Bonjour, combien pour une centaine de familles en reporting trimestriel ? Envoyez-moi une proposition "
        "chiffrée, on verra ensuite pour le test.\nRaphaël Benhamou\nBenhamou Patrimoine, Marseille",
    ),
    T(
        "en",
        "quote_request",
        "tal1",
        "outlook_en",
        "Mark Sutherland <mark@sutherlandwealth.co.uk>",
        "2026-12-16",
        "Hi Harriet,\n\nWhat would this cost for around 240 households, quarterly reports, three advisers? I need a "
        "number before I can take it to the partners.\n\nMark\n\nMark Sutherland\nSutherland Wealth | Glasgow",
    ),
    T(
        "fr",
        "quote_request",
        "trv2",
        "owa_fr",
        "Vincent Lemaire <v.lemaire@lemaire-invest.fr>",
        "2026-12-22",
        "Madame,\n\n14 conseillers, 14 mobiles, 3 lignes fixes, Teams. Faites-moi un devis sur 3 ans.\n\nVincent "
        "Lemaire\nDirecteur administratif et financier\nLemaire Investissements, Lille",
    ),
    T(
        "en",
        "quote_request",
        "kee2",
        "orig_en",
        "Conor Fitzgerald <conor.fitzgerald@fitzgeraldwm.com>",
        "2027-01-13",
        "Dylan,\n\nPlease quote for 11 advisers, Teams and mobiles, 7-year retention. We're regulated by the FCA and "
        "the Central Bank (offices in London and Dublin).\n\nConor Fitzgerald\nFitzgerald Wealth Management",
    ),
    T(
        "fr",
        "quote_request",
        "etr2",
        "iphone_fr",
        "Laurence Petit <laurence.petit@petit-patrimoine.fr>",
        "2026-12-14",
        "Oui tarifs svp pr 45 coffrets autour de 70-80 € HT, 40 livrés en France et 5 en Belgique, pour fin janvier "
        "(vœux).\nMerci\nL. Petit",
    ),
    T(
        "en",
        "quote_request",
        "ham1",
        "outlook_en",
        "Jonathan Pryce <jpryce@pryceandpartners.co.uk>",
        "2027-01-27",
        "Hi Georgia,\n\nCan you quote for 120 hampers, mid-range (£60-£90 each), delivered to UK addresses in "
        "mid-December? Early, I know, but our budget meeting is in February.\n\nRegards\nJonathan Pryce\nPryce & "
        "Partners Wealth Management, Bath",
    ),
    T(
        "fr",
        "quote_request",
        "voc2",
        "apple_fr",
        "Didier Vuilleumier <d.vuilleumier@bpvuilleumier.ch>",
        "2027-01-28",
        "Madame,\n\n22 % sur un banquier privé à 250 000 CHF de fixe, cela fait cher. Quel serait votre prix pour "
        "deux recrutements simultanés (Genève et Lausanne) ? Faites-nous une offre.\n\nDidier Vuilleumier\n"
        "Directeur\nBanque Privée Vuilleumier SA",
    ),
    T(
        "en",
        "quote_request",
        "qua1",
        "gmail_en",
        "Sarah Kenyon <sarah.kenyon@kenyonwealth.co.uk>",
        "2027-01-11",
        "What's your fee for a single search: paraplanner, Manchester, ~£40k base? If it's reasonable we'll skip "
        "the benchmark and go straight to a brief.\n\nSarah Kenyon\nKenyon Wealth",
    ),
    T(
        "fr",
        "quote_request",
        "est1",
        "outlook_fr",
        "Jean-Baptiste Laffitte <jb.laffitte@laffitte-duprat.notaires.fr>",
        "2027-02-03",
        "Bonjour,\n\nPour une succession, combien coûterait une expertise complète (avec visite) d'un hôtel "
        "particulier à Bordeaux d'environ 420 m² et de deux appartements loués à Arcachon ? Il me faut un devis à "
        "présenter aux héritiers.\n\nCordialement,\n\nMe Jean-Baptiste Laffitte\nNotaire – Laffitte & Duprat, "
        "Bordeaux",
    ),
    T(
        "en",
        "quote_request",
        "bou2",
        "orig_en",
        "Philip Ashworth <philip.ashworth@ashworthprivateclient.co.uk>",
        "2027-02-17",
        "Fiona,\n\n4-bed detached in Sevenoaks plus a holiday let in St Ives, both for probate. What would the two "
        "come to, all in?\n\nRegards,\nPhilip Ashworth\nAshworth Private Client Solicitors, Tunbridge Wells",
    ),
    T(
        "fr",
        "quote_request",
        "par1",
        "outlook_fr",
        "Hélène Masson <h.masson@masson-gp.fr>",
        "2026-12-08",
        "Bonjour,\n\nAu-delà de la campagne offerte, quel serait le coût annuel pour nos 85 collaborateurs (3 sites), "
        "modules de formation compris ? J'ai besoin d'un chiffre pour boucler le budget 2027.\n\nHélène Masson\n"
        "Responsable RH – Masson Gestion Privée, Strasbourg",
    ),
    T(
        "en",
        "quote_request",
        "dec1",
        "gmail_us",
        "Tyler Brooks <tbrooks@lakeshorewealth.com>",
        "2026-12-17",
        "Price for 140 users, annual, with the training modules? We'd skip the free one if the number works, "
        "honestly.\n\nTyler Brooks\nDirector of IT, Lakeshore Wealth Group | Chicago",
    ),
    T(
        "fr",
        "quote_request",
        "con2",
        "apple_fr",
        "Anne Giraud <a.giraud@giraud-conseil.ch>",
        "2027-01-20",
        "Moi. Avant le test, j'ai besoin d'un ordre de prix pour 35 familles et 2 utilisateurs, sinon ce n'est pas la "
        "peine de mobiliser mon équipe.\n\nA. Giraud\nGiraud Conseil SA, Genève",
    ),
    INL(
        "en",
        "quote_request",
        "bou1",
        "outlook_en",
        "Victoria Hampton <victoria.hampton@hamptonlegal.co.uk>",
        "2027-02-10",
        "Hi Fiona, comments inline.\n\nVictoria Hampton\nPartner, Private Client | Hampton Legal LLP, London",
        [
            (
                "A full inspection can follow where the case needs it.",
                "[VH] We'd need full inspections from the outset: three properties (Fulham, Chelsea and a cottage in "
                "the Cotswolds), probate. Could you quote for all three?",
            )
        ],
    ),
    T(
        "fr",
        "quote_request",
        "est1",
        "outlook_qc",
        "Julie Côté <jcote@cotefiscalite.ca>",
        "2027-01-21",
        "Bonjour,\n\nPourriez-vous m'envoyer une soumission pour l'évaluation de trois immeubles locatifs (un 6-plex "
        "à Sherbrooke, deux duplex à Magog) dans le cadre d'un gel successoral? Merci.\n\nJulie Côté, CPA\nCôté "
        "Fiscalité inc., Sherbrooke",
    ),
    T(
        "fr",
        "quote_request",
        "trv1",
        "android_fr",
        "Tom Vermeulen <tom.vermeulen@vermeulen-pw.be>",
        "2027-02-09",
        "Bjr, un prix pr 9 lignes mobiles + Teams, engagement 1 an ? merci\nTom Vermeulen – Vermeulen Private "
        "Wealth, Gand",
    ),
]

NOT_INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "not_interested",
        "con1",
        "outlook_fr",
        "Céline Barbier <c.barbier@barbier-patrimoine.fr>",
        "2026-12-08",
        "Bonjour,\n\nMerci, mais nous utilisons déjà un outil d'agrégation depuis 2019 et nous en sommes satisfaits.\n"
        "\nBonne journée,\nCéline Barbier\nBarbier Patrimoine, Dijon",
    ),
    T(
        "en",
        "not_interested",
        "tal2",
        "gmail_en",
        "Paul Dempsey <paul@dempseyfp.ie>",
        "2026-12-22",
        "Neither, thanks. We built our own reporting in-house last year and it does the job.\n\nPaul Dempsey\n"
        "Dempsey Financial Planning, Kilkenny",
    ),
    T(
        "fr",
        "not_interested",
        "par1",
        "apple_fr",
        "Gérard Lacroix <g.lacroix@lacroix-gestion.fr>",
        "2027-01-06",
        "Un mail non sollicité qui propose de nous apprendre à nous méfier des mails non sollicités. Savoureux. Non "
        "merci.\n\nG. Lacroix\nLacroix Gestion, Nancy",
    ),
    T(
        "en",
        "not_interested",
        "dec1",
        "outlook_en",
        "Ian Clarke <ian.clarke@clarkewealth.co.uk>",
        "2027-01-11",
        "Hi Callum,\n\nOur IT provider already runs phishing sims for us every quarter (it's in the contract), so not "
        "needed, but thanks.\n\nIan Clarke\nClarke Wealth Management, Chester",
    ),
    T(
        "fr",
        "not_interested",
        "trv1",
        "gmail_fr",
        "Pascale Renaud <p.renaud@renaud-conseil.fr>",
        "2026-12-09",
        "Bonjour,\n\nNous sommes un cabinet de deux personnes, sans réception-transmission d'ordres : "
        "l'enregistrement ne nous concerne pas.\n\nCordialement\nPascale Renaud\nRenaud Conseil, Poitiers",
    ),
    T(
        "en",
        "not_interested",
        "kee1",
        "outlook_us",
        "Rob Delgado <rdelgado@delgadofinancial.com>",
        "2026-12-11",
        "We're covered - our broker-dealer handles recording and archiving for all reps. No need.\n\nRob Delgado\n"
        "Delgado Financial Group | Scottsdale, AZ\nSecurities offered through an independent broker-dealer, member "
        "FINRA/SIPC.",
    ),
    T(
        "fr",
        "not_interested",
        "etr1",
        "outlook_fr",
        "Bernard Mazet <b.mazet@mazet-patrimoine.fr>",
        "2026-12-10",
        "Bonjour,\n\nArrêtez de m'envoyer vos catalogues papier s'il vous plaît, nous en recevons déjà trois par "
        "semaine. Pour les cadeaux, nous travaillons depuis vingt ans avec un caviste de Saint-Émilion et nous ne "
        "changerons pas.\n\nCordialement,\nBernard Mazet\nMazet & Fils Patrimoine, Libourne",
    ),
    T(
        "en",
        "not_interested",
        "ham1",
        "gmail_en",
        "Joanne Hartley <joanne@hartleyadvisory.co.uk>",
        "2026-12-14",
        "Hi Georgia,\n\nWe gave up client gifts three years ago and donate to a local hospice in our clients' names "
        "instead. Not for us, I'm afraid.\n\nJoanne Hartley\nHartley Advisory, York",
    ),
    T(
        "fr",
        "not_interested",
        "voc1",
        "owa_fr",
        "François de Montgolfier <f.demontgolfier@montgolfier-fo.fr>",
        "2027-01-13",
        "Madame,\n\nNous recrutons en direct, par cooptation. Je ne donnerai pas suite.\n\nBien à vous\nF. de "
        "Montgolfier\nMontgolfier Family Office, Paris 8e",
    ),
    T(
        "en",
        "not_interested",
        "qua3",
        "gmail_en",
        "Craig Lennox <craig@lennoxwealth.co.uk>",
        "2027-02-08",
        "No.",
    ),
    T(
        "fr",
        "not_interested",
        "est1",
        "iphone_fr",
        "Laurent Brochard <l.brochard@brochard-notaire.fr>",
        "2027-02-01",
        "Nous avons un expert attitré depuis des années, merci.\nMe Brochard",
    ),
    T(
        "en",
        "not_interested",
        "bou2",
        "orig_en",
        "Graham Lowe <graham.lowe@lowekirkwood.co.uk>",
        "2027-02-22",
        "Thanks Fiona, but we have a long-standing panel of valuers and no plans to change it.\n\nGraham Lowe\nLowe "
        "Kirkwood Solicitors, Leeds",
    ),
    INL(
        "fr",
        "not_interested",
        "con2",
        "gmail_fr",
        "Henri Jacquet <h.jacquet@jacquet-cgp.fr>",
        "2027-01-13",
        "",
        [
            (
                "qui s'occupe du reporting client au sein du cabinet ?",
                "\nPersonne : nos clients reçoivent les relevés de leurs banques et cela leur convient très bien. Pas "
                "de besoin chez nous.\n\nH. Jacquet\nJacquet CGP, Clermont-Ferrand\n",
            )
        ],
    ),
    T(
        "en",
        "not_interested",
        "dec2",
        "gmail_us",
        "Heather Lindqvist <hlindqvist@bluewaterria.com>",
        "2027-02-02",
        "No, there's no better time, we're just not going to do it. Thanks anyway.\n\nHeather\nBluewater RIA, Tampa",
    ),
    T(
        "fr",
        "not_interested",
        "par2",
        "outlook_fr",
        "Agnès Poulain <a.poulain@poulain-finance.fr>",
        "2027-01-18",
        "Bonjour,\n\nNon, ni en février ni après : notre assureur cyber nous fournit déjà la sensibilisation des "
        "équipes dans son contrat. Merci.\n\nAgnès Poulain\nPoulain Finance, Tours",
    ),
    FWD(
        "en",
        "not_interested",
        "ham1",
        "outlook_en",
        "Rebecca Ford <rebecca.ford@fordwright.co.uk>",
        "2026-12-09",
        "Hi Georgia,\n\nSee below from our Finance Director, sorry!\n\nRebecca\n\nRebecca Ford | Office Manager\n"
        "Ford Wright Wealth, Guildford",
        "Andrew Wright <andrew.wright@fordwright.co.uk>",
        "17:40",
        "Rebecca,\n\nWe're not doing client gifts any more, the partners agreed to drop them after the fee review. "
        "Please decline politely.\n\nAndrew",
    ),
    FWD(
        "fr",
        "not_interested",
        "voc2",
        "gmail_fr",
        "Clément Royer <c.royer@royer-vasseur.fr>",
        "2027-02-04",
        "Bonjour Madame,\n\nJe vous transfère la réponse de mon associé, qui tranche pour nous deux.\n\nClément Royer"
        "\nRoyer Vasseur Patrimoine, Lille",
        "Antoine Vasseur <a.vasseur@royer-vasseur.fr>",
        "08:05",
        "On ne va pas payer 22 % à un chasseur pour des profils qu'on trouve sur LinkedIn. Réponds-lui non, "
        "poliment.\n\nA.",
    ),
    T(
        "en",
        "not_interested",
        "kee2",
        "outlook_en",
        "Declan Moore <declan@mooreplanning.ie>",
        "2027-01-27",
        "Hi Dylan,\n\nNo need to take me off anything, I just don't need it: I'm a one-man band and I don't take "
        "trade instructions over the phone.\n\nAll the best,\nDeclan Moore\nMoore Planning, Sligo",
    ),
    T(
        "fr",
        "not_interested",
        "etr1",
        "apple_fr",
        "Yves Chappuis <y.chappuis@chappuis-gestion.ch>",
        "2026-12-16",
        "Non merci, nos clients n'apprécient guère les cadeaux (pour certains, leur employeur les leur interdit même). "
        "Bonnes fêtes.\n\nYves Chappuis\nChappuis Gestion SA, Neuchâtel",
    ),
    T(
        "en",
        "not_interested",
        "tal1",
        "gmail_en",
        "Dave Mitchell <dave@mitchellwealth.com.au>",
        "2027-01-05",
        "Mate, we're on a platform that does all this out of the box. Not one for us. Cheers.\n\nDave Mitchell\n"
        "Mitchell Wealth, Adelaide",
    ),
    T(
        "fr",
        "not_interested",
        "est2",
        "outlook_qc",
        "Sylvain Pelletier <spelletier@pelletierroy.qc.ca>",
        "2027-02-23",
        "Bonjour,\n\nNon, pas de dossier en cours, et honnêtement on fait affaire avec un évaluateur agréé de Québec "
        "depuis 15 ans. Je vous remercie quand même.\n\nSylvain Pelletier, notaire\nPelletier Roy notaires, Lévis",
    ),
    T(
        "en",
        "not_interested",
        "qua1",
        "gmail_us",
        "Bill Hennessy <bill@hennessyplanning.com>",
        "2027-01-21",
        "We're a two-person practice, my wife and me. Not hiring, ever, if she has anything to say about it. Thanks "
        "though.\n\nBill\nHennessy Planning, Columbus OH",
    ),
    T(
        "fr",
        "not_interested",
        "con3",
        "outlook_fr",
        "Marion Tessier <m.tessier@tessier-patrimoine.fr>",
        "2027-02-25",
        "Vous pouvez clôturer. Bonne continuation.\n\nMarion Tessier\nTessier Patrimoine",
    ),
    T(
        "en",
        "not_interested",
        "bou1",
        "outlook_en",
        "Ciarán Doyle <ciaran.doyle@doylestockbrokers.ie>",
        "2027-02-09",
        "Not relevant - we're an execution-only stockbroker, we never go near property. Good luck with it.\n\nCiarán"
        "\n\nCiarán Doyle\nDoyle Stockbrokers, Dublin 4",
    ),
    T(
        "fr",
        "not_interested",
        "voc1",
        "owa_fr",
        "Bénédicte Wauters <b.wauters@wauters-patrimoine.be>",
        "2027-01-26",
        "Bonjour Madame,\n\nMerci pour votre message. Nous venons de finaliser nos recrutements et n'avons aucun "
        "besoin.\n\nBien à vous,\nBénédicte Wauters\nWauters Patrimoine, Namur",
    ),
    T(
        "fr",
        "not_interested",
        "dec1",
        "gmail_en",
        "Romain Chevalier <r.chevalier@chevalier-pf.ca>",
        "2027-01-08",
        "Vous pouvez me garder dans vos contacts, mais pour la sensibilisation c'est non : on a fait une formation "
        "obligatoire en novembre (exigence de l'AMF).\n\nRomain Chevalier\nChevalier Planification financière, "
        "Montréal",
    ),
]

NOT_NOW: list[dict[str, Any]] = [
    T(
        "fr",
        "not_now",
        "con1",
        "outlook_fr",
        "Jérôme Faure <j.faure@faure-gp.fr>",
        "2026-12-08",
        "Bonjour,\n\nIntéressant, mais pas avant la clôture de l'exercice. Recontactez-moi en mars.\n\nCordialement"
        "\nJérôme Faure\nFaure Gestion Privée, Lyon",
        until="2027-03-01",
    ),
    T(
        "en",
        "not_now",
        "tal1",
        "outlook_en",
        "Kate Dunne <kate.dunne@dunnewealth.co.uk>",
        "2026-12-10",
        "Hi Harriet,\n\nInteresting, but we're mid platform migration until the end of Q1. Try me again in April.\n\n"
        "Kate\n\nKate Dunne | Managing Director\nDunne Wealth, Norwich",
        until="2027-04-01",
    ),
    T(
        "fr",
        "not_now",
        "par2",
        "iphone_fr",
        "Patricia Lemoine <p.lemoine@lemoine-patrimoine.fr>",
        "2027-01-12",
        "Oui, début février c'est parfait. Bonne journée",
        until="2027-02-01",
    ),
    T(
        "en",
        "not_now",
        "dec2",
        "gmail_en",
        "Neil Barker <neil@barkerandbirch.co.uk>",
        "2027-01-19",
        "Yes - after 5 April please, we're flat out with tax year end until then.\n\nNeil\nBarker & Birch Wealth, "
        "Nottingham",
        until="2027-04-06",
    ),
    T(
        "fr",
        "not_now",
        "trv1",
        "outlook_fr",
        "Maxime Dupré <m.dupre@dupre-finance.fr>",
        "2026-12-15",
        "Bonjour,\n\nSujet pertinent, mais nous changeons d'opérateur téléphonique au premier trimestre. Revenez vers "
        "moi dans trois mois.\n\nCordialement\nMaxime Dupré\nDupré Finance, Rouen",
        until="2027-03-15",
    ),
    T(
        "en",
        "not_now",
        "kee1",
        "outlook_us",
        "Lisa Moreno <lmoreno@moreno-wealth.com>",
        "2026-12-09",
        "Hi Dylan - we're moving offices over the holidays and the phones are all being redone. Mid-January?\n\n"
        "Lisa Moreno\nMoreno Wealth Advisors | San Diego, CA",
        until="2027-01-15",
    ),
    T(
        "fr",
        "not_now",
        "etr1",
        "gmail_fr",
        "Véronique Allard <v.allard@allard-conseil.fr>",
        "2026-12-07",
        "Trop tard pour cette année, nos cadeaux sont commandés depuis octobre ! Écrivez-moi en septembre prochain, on "
        "prépare tout courant octobre.\n\nVéronique Allard\nAllard Conseil, Tours",
        until="2027-09-01",
    ),
    T(
        "en",
        "not_now",
        "ham1",
        "apple_en",
        "Sophie Turnbull <sophie@turnbullwealth.co.uk>",
        "2026-12-11",
        "Too late for this Christmas! Drop me a line next October and I'd happily have a look.\n\nSophie\n\nSophie "
        "Turnbull\nTurnbull Wealth, Newcastle",
        until="2027-10-01",
    ),
    T(
        "fr",
        "not_now",
        "voc1",
        "owa_fr",
        "Alain Ferrand <a.ferrand@ferrand-associes.fr>",
        "2027-01-14",
        "Bonjour,\n\nPas de recrutement tant que notre nouvel associé n'est pas installé. Recontactez-moi dans six mois, "
        "nous aurons sans doute besoin d'un assistant patrimonial.\n\nCordialement,\nAlain Ferrand\nFerrand & "
        "Associés, Annecy",
        until="2027-07-14",
    ),
    T(
        "en",
        "not_now",
        "qua2",
        "outlook_en",
        "Richard Ogden <richard.ogden@ogdenwealth.co.uk>",
        "2027-02-02",
        "Marcus,\n\nSpring, I'd say. May is realistic once the restructure has settled.\n\nRichard\n\nRichard Ogden\n"
        "Ogden Wealth Partners, Harrogate",
        until="2027-05-01",
    ),
    T(
        "fr",
        "not_now",
        "est1",
        "outlook_fr",
        "Thierry Bonnet <t.bonnet@bonnet-notaires.fr>",
        "2027-02-04",
        "Bonjour Monsieur Lacaze,\n\nJe pourrais avoir besoin de vous pour une donation-partage prévue à l'automne. "
        "Revenez vers moi la semaine du 6 septembre : je serai rentré et les actes seront en préparation.\n\nMe "
        "Thierry Bonnet\nNotaire à Aix-en-Provence",
        until="2027-09-06",
    ),
    T(
        "en",
        "not_now",
        "bou1",
        "gmail_en",
        "Jane Whitmore <jane.whitmore@whitmorelaw.co.uk>",
        "2027-02-15",
        "We'll have a couple of probates coming through after Easter. Get back to me the week of 5 April?\n\nJane "
        "Whitmore\nWhitmore Law, Oxford",
        until="2027-04-05",
    ),
    INL(
        "fr",
        "not_now",
        "con2",
        "gmail_fr",
        "Damien Roche <d.roche@roche-patrimoine.fr>",
        "2026-12-14",
        "",
        [
            (
                "qui s'occupe du reporting client au sein du cabinet ?",
                "\nC'est moi, mais nous ne pourrons pas regarder ça avant fin janvier. Relancez-moi le 1er février."
                "\n\nD. Roche\n",
            )
        ],
        until="2027-02-01",
    ),
    T(
        "fr",
        "not_now",
        "par1",
        "outlook_qc",
        "Mathieu Gagnon <mgagnon@gagnonsf.ca>",
        "2027-01-25",
        "Bonjour,\n\nBonne idée, mauvais moment : on est en pleine saison REER jusqu'au 1er mars. Relancez-moi après, "
        "disons le 8 mars.\n\nMerci!\nMathieu Gagnon, Pl. Fin.\nGagnon Services financiers, Québec",
        until="2027-03-08",
    ),
    T(
        "en",
        "not_now",
        "tal2",
        "outlook_en",
        "James O'Neill <james.oneill@oneillfinancial.ie>",
        "2027-01-13",
        "Hi Harriet,\n\nNeither, I'm afraid - I'm on paternity leave from Friday for a month. Can we pick this up the "
        "week of 15 February?\n\nJames\n\nJames O'Neill\nO'Neill Financial, Dublin 6",
        until="2027-02-15",
    ),
    T(
        "fr",
        "not_now",
        "trv2",
        "outlook_fr",
        "Claire Hoffmann <claire.hoffmann@hoffmann-gestion.lu>",
        "2027-02-11",
        "Bonjour,\n\nNous attendons la décision de notre maison mère sur un outil groupe. Pas avant fin avril de notre "
        "côté ; je reviendrai vers vous à ce moment-là.\n\nClaire Hoffmann\nHoffmann Gestion S.A., Luxembourg",
        until="2027-05-01",
    ),
    T(
        "en",
        "not_now",
        "kee1",
        "gmail_en",
        "Belinda Scott <belinda.scott@scottprivatewealth.com.au>",
        "2027-01-06",
        "Relevant, but budget's frozen until our new financial year starts in July. Ping me then.\n\nBelinda Scott\n"
        "Scott Private Wealth | Melbourne",
        until="2027-07-01",
    ),
    T(
        "fr",
        "not_now",
        "etr2",
        "android_fr",
        "Brigitte Morel <b.morel@morel-cgp.fr>",
        "2027-01-21",
        "pr les voeux c'est passé. pas le moment, on en reparlera plus tard dans l'année\nB. Morel",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "dec1",
        "outlook_en",
        "Martin Fry <martin.fry@fryandco-wealth.co.uk>",
        "2027-02-16",
        "Hi Callum,\n\nWorth doing, but not until our Consumer Duty review wraps up. I'll let you know when.\n\nMartin "
        "Fry\nFry & Co Wealth, Bristol",
        until=None,
    ),
    T(
        "fr",
        "not_now",
        "voc2",
        "apple_fr",
        "Jacques Rey <j.rey@rey-fortune.ch>",
        "2027-02-19",
        "Bonjour,\n\nPas de poste ouvert pour l'instant, mais un départ à la retraite est prévu fin 2027. Reprenez "
        "contact en juin, nous lancerons la recherche à ce moment-là.\n\nMeilleures salutations\nJacques Rey\nRey & "
        "Fils Gestion de Fortune, Neuchâtel",
        until="2027-06-01",
    ),
    T(
        "en",
        "not_now",
        "qua3",
        "gmail_us",
        "Emily Chambers <emily@chamberswealth.com>",
        "2027-02-24",
        "Not no - just not yet. Give me until the end of March and ask again.\n\nEmily Chambers\nChambers Wealth "
        "Management | Boston, MA",
        until="2027-04-01",
    ),
    T(
        "fr",
        "not_now",
        "est2",
        "outlook_fr",
        "Claire Dufour <c.dufour@notaires-dufour.fr>",
        "2027-01-27",
        "Bonjour,\n\nRien en cours, mais une succession importante risque de s'ouvrir prochainement (client très âgé). "
        "Revenez vers moi dans deux mois.\n\nMe Claire Dufour\nNotaire à Lille",
        until="2027-03-27",
    ),
    INL(
        "en",
        "not_now",
        "bou2",
        "outlook_en",
        "Rosalind Greaves <rgreaves@greaves-solicitors.co.uk>",
        "2027-02-25",
        "Fiona - see below.\n\nRosalind Greaves\nGreaves Solicitors, Canterbury",
        [
            (
                "would a fee schedule be useful for your files?",
                "RG: Not right now. We review our panel in September, send it then.",
            )
        ],
        until="2027-09-01",
    ),
    T(
        "fr",
        "not_now",
        "con1",
        "iphone_fr",
        "Laetitia Bernard <l.bernard@bernard-gp.fr>",
        "2027-01-28",
        "Bonjour, je pars en congé maternité demain, jusqu'au 3 mai. Recontactez-moi à mon retour, ça m'intéresse "
        "vraiment !\nLaetitia",
        until="2027-05-03",
    ),
]

REFERRAL: list[dict[str, Any]] = [
    T(
        "fr",
        "referral",
        "con1",
        "outlook_fr",
        "Pierre Montagne <p.montagne@montagne-patrimoine.fr>",
        "2026-12-09",
        "Bonjour,\n\nCe n'est pas moi qui gère ces sujets. Adressez-vous à Mme Laure Besnard, notre responsable "
        "middle office : l.besnard@montagne-patrimoine.fr.\n\nCordialement\nPierre Montagne\nMontagne Patrimoine, "
        "Grenoble",
        referral=("Laure Besnard", "l.besnard@montagne-patrimoine.fr"),
    ),
    T(
        "en",
        "referral",
        "tal2",
        "gmail_en",
        "Alan Stewart <alan.stewart@fernhillwealth.co.uk>",
        "2026-12-17",
        "Not me - Chris Doherty runs our client reporting. chris.doherty@fernhillwealth.co.uk\n\nAlan",
        referral=("Chris Doherty", "chris.doherty@fernhillwealth.co.uk"),
    ),
    T(
        "fr",
        "referral",
        "par1",
        "owa_fr",
        "Marion Charpentier <m.charpentier@delaunay-patrimoine.fr>",
        "2027-01-05",
        "Bonjour,\n\nMme Charpentier a quitté le cabinet en octobre. Je ne sais pas qui reprendra ces sujets.\n\n"
        "L'accueil\nCabinet Delaunay Patrimoine",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "dec1",
        "outlook_en",
        "Sophie Bennett <sophie.bennett@bennettwealth.co.uk>",
        "2027-01-06",
        "Hi Callum,\n\nYou want Raj Malhotra, our IT & Security lead (cc'd). He decides on anything like this.\n\n"
        "Sophie\n\nSophie Bennett | Client Services\nBennett Wealth, Milton Keynes",
        referral=("Raj Malhotra", None),
    ),
    T(
        "fr",
        "referral",
        "trv1",
        "gmail_fr",
        "Sandrine Ledoux <s.ledoux@ledoux-finance.fr>",
        "2026-12-11",
        "Bonjour,\n\nJe transfère à notre RCCI, M. Olivier Brunet (o.brunet@ledoux-finance.fr) : c'est lui qui pilote "
        "le sujet MiFID. Merci de voir directement avec lui.\n\nCordialement\nSandrine Ledoux\nDirectrice "
        "administrative – Ledoux Finance, Bordeaux",
        referral=("Olivier Brunet", "o.brunet@ledoux-finance.fr"),
    ),
    T(
        "en",
        "referral",
        "kee1",
        "orig_us",
        "Kelsey Ward <kward@harborpointwm.com>",
        "2026-12-16",
        "Wrong person - I'm in marketing. Compliance is compliance@harborpointwm.com.\n\nKelsey",
        referral=(None, "compliance@harborpointwm.com"),
    ),
    T(
        "fr",
        "referral",
        "etr1",
        "apple_fr",
        "Frédéric Roger <f.roger@cabinet-roger.fr>",
        "2026-12-08",
        "Bonjour,\n\nC'est notre office manager, Anaïs Lemaître, qui s'occupe des cadeaux clients : "
        "a.lemaitre@cabinet-roger.fr. Je lui transmets.\n\nBien à vous\nFrédéric Roger",
        referral=("Anaïs Lemaître", "a.lemaitre@cabinet-roger.fr"),
    ),
    T(
        "en",
        "referral",
        "ham2",
        "gmail_en",
        "Oliver Ashcombe <oliver@ashcombewealth.co.uk>",
        "2026-12-15",
        "That'll be our PA team - gifts@ashcombewealth.co.uk. They order everything.\n\nOliver",
        referral=(None, "gifts@ashcombewealth.co.uk"),
    ),
    T(
        "fr",
        "referral",
        "voc1",
        "owa_fr",
        "Marc-Antoine Duval <ma.duval@helvea-gestion.ch>",
        "2027-01-14",
        "Bonjour,\n\nLes recrutements sont gérés par notre siège à Genève. Contactez plutôt Mme Céline Aebischer, "
        "responsable RH groupe : celine.aebischer@helvea-gestion.ch.\n\nSalutations\nMarc-Antoine Duval\nHelvea "
        "Gestion – bureau de Paris",
        referral=("Céline Aebischer", "celine.aebischer@helvea-gestion.ch"),
    ),
    T(
        "en",
        "referral",
        "qua1",
        "outlook_en",
        "Geoff Harding <geoff.harding@kestrelprivate.com>",
        "2027-01-18",
        "Marcus,\n\nI'm retiring at the end of the month. My successor is Hannah O'Brien and she'll be the one "
        "hiring; try her from February: hannah.obrien@kestrelprivate.com\n\nGeoff Harding\nKestrel Private Wealth, "
        "Winchester",
        referral=("Hannah O'Brien", "hannah.obrien@kestrelprivate.com"),
    ),
    T(
        "fr",
        "referral",
        "est1",
        "gmail_fr",
        "Pauline Ricard <p.ricard@navp-notaires.fr>",
        "2027-02-02",
        "Bonjour,\n\nJe ne suis plus chez Notaires Associés du Vieux-Port depuis septembre ; mon ancienne adresse est "
        "redirigée encore quelques semaines. Pour l'étude, écrivez à accueil@navp-notaires.fr.\n\nCordialement\n"
        "Pauline Ricard",
        referral=(None, "accueil@navp-notaires.fr"),
    ),
    T(
        "en",
        "referral",
        "bou1",
        "outlook_en",
        "David Ross <david.ross@grahamrossllp.co.uk>",
        "2027-02-09",
        "Hi Fiona,\n\nWrong desk. Our private client team handles valuations: speak to Morag Campbell, "
        "morag.campbell@grahamrossllp.co.uk. I've copied her in.\n\nDavid Ross\nPartner, Corporate | Graham Ross "
        "LLP, Glasgow",
        referral=("Morag Campbell", "morag.campbell@grahamrossllp.co.uk"),
    ),
    INL(
        "fr",
        "referral",
        "con2",
        "outlook_fr",
        "Manon Girardin <m.girardin@rivesud-patrimoine.fr>",
        "2027-01-19",
        "Bonjour,\n\nRéponse ci-dessous.\n\nManon Girardin\nRive Sud Patrimoine, Lyon 7e",
        [
            (
                "qui s'occupe du reporting client au sein du cabinet ?",
                "--> Voyez avec Benoît Caron, notre responsable back-office (b.caron@rivesud-patrimoine.fr). Moi je "
                "ne fais que du conseil.",
            )
        ],
        referral=("Benoît Caron", "b.caron@rivesud-patrimoine.fr"),
    ),
    T(
        "en",
        "referral",
        "dec1",
        "gmail_en",
        "Jenny Coyle <jenny.coyle@kilbridewealth.ie>",
        "2027-02-01",
        "Hi Callum, Jenny left Kilbride a while ago, this inbox is just me clearing it out. Not sure who you'd want "
        "instead, sorry.\n\nMark (IT)",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "par1",
        "android_fr",
        "Lucas Martin <lucas.martin@fabre-gestion.fr>",
        "2027-01-26",
        "Bonjour, je ne suis que stagiaire ! Je fais suivre à Mme Hélène Fabre, associée, c'est elle qui décide de ce "
        "genre de choses.\nLucas",
        referral=("Hélène Fabre", None),
    ),
    T(
        "en",
        "referral",
        "kee2",
        "orig_en",
        "Aidan Lyons <alyons@lyonsfieldwm.com>",
        "2027-02-03",
        "Dylan,\n\nPlease direct this to our COO, Patrick Keane (pkeane@lyonsfieldwm.com). I've no say over tech "
        "spend.\n\nAidan Lyons\nLyonsfield Wealth Management, Limerick",
        referral=("Patrick Keane", "pkeane@lyonsfieldwm.com"),
    ),
    T(
        "fr",
        "referral",
        "trv2",
        "outlook_fr",
        "Luc Depaepe <luc.depaepe@mosane-wm.be>",
        "2027-02-17",
        "Bonjour,\n\nLe sujet est suivi par notre compliance officer, Mme An Verstraeten : an.verstraeten@mosane-wm.be."
        "\n\nBien à vous,\nLuc Depaepe\nMosane Wealth Management, Liège",
        referral=("An Verstraeten", "an.verstraeten@mosane-wm.be"),
    ),
    T(
        "en",
        "referral",
        "ham1",
        "apple_en",
        "Ruth Kennedy <ruth@kennedyclarke.com.au>",
        "2026-12-08",
        "Hi Georgia, I'm not the right person for this, sorry. Try the office.\n\nRuth",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "etr2",
        "gmail_fr",
        "Nicolas Blanchard <n.blanchard@herve-associes.fr>",
        "2027-01-26",
        "Ce n'est pas pour moi, mais ma collègue Justine Hervé (justine.herve@herve-associes.fr) organise un "
        "événement clients en mars, elle sera peut-être preneuse.\n\nNicolas Blanchard\nHervé & Associés, Metz",
        referral=("Justine Hervé", "justine.herve@herve-associes.fr"),
    ),
    T(
        "fr",
        "referral",
        "est1",
        "outlook_qc",
        "Lavoie Bélanger notaires <info@lavoiebelanger.qc.ca>",
        "2027-02-10",
        "Bonjour,\n\nJe suis adjointe administrative. C'est Me François Lavoie qui s'occupe des successions ici, son "
        "courriel : flavoie@lavoiebelanger.qc.ca. Je lui ai transféré votre message, mais écrivez-lui directement."
        "\n\nBonne journée!\nNathalie Ouellet\nLavoie Bélanger notaires, Sherbrooke",
        referral=("François Lavoie", "flavoie@lavoiebelanger.qc.ca"),
    ),
]

UNSUBSCRIBE: list[dict[str, Any]] = [
    T(
        "fr",
        "unsubscribe",
        "con1",
        "outlook_fr",
        "Xavier Guérin <x.guerin@guerin-patrimoine.fr>",
        "2026-12-10",
        "DÉSINSCRIPTION",
    ),
    T(
        "en",
        "unsubscribe",
        "tal1",
        "gmail_en",
        "Neil Patterson <neil@pattersonifa.co.uk>",
        "2026-12-14",
        "unsubscribe",
    ),
    T(
        "fr",
        "unsubscribe",
        "par2",
        "outlook_fr",
        "Hugues Delattre <h.delattre@delattre-finance.fr>",
        "2027-01-19",
        "Merci de ne plus m'écrire, ni en février ni jamais.\n\nH. Delattre",
    ),
    T(
        "en",
        "unsubscribe",
        "dec1",
        "outlook_en",
        "Andrea Collins <andrea.collins@collinsfp.co.uk>",
        "2026-12-09",
        "Please remove me from your mailing list. I never signed up for this.\n\nAndrea Collins\nCollins Financial "
        "Planning, Worcester",
    ),
    T(
        "fr",
        "unsubscribe",
        "trv1",
        "gmail_fr",
        "Élise Castel <e.castel@castel-avocats.fr>",
        "2026-12-14",
        "Madame,\n\nEn application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de "
        "prospection. Merci de supprimer mon adresse de vos fichiers et de me confirmer cette suppression.\n\nMe "
        "Élise Castel\nAvocate au barreau de Paris – Castel Avocats",
    ),
    T(
        "en",
        "unsubscribe",
        "kee1",
        "gmail_us",
        "Frank Costa <fcosta@costawealthadvisors.com>",
        "2026-12-17",
        "STOP",
    ),
    T(
        "fr",
        "unsubscribe",
        "etr1",
        "iphone_fr",
        "Patrick Joly <p.joly@joly-conseil.fr>",
        "2026-12-08",
        "Stop svp",
    ),
    T(
        "en",
        "unsubscribe",
        "ham1",
        "apple_en",
        "Philippa Grey <philippa@greyandlane.co.uk>",
        "2026-12-10",
        "NO THANKS",
    ),
    T(
        "fr",
        "unsubscribe",
        "voc2",
        "owa_fr",
        "Arnaud Morin <a.morin@morin-finance.fr>",
        "2027-01-27",
        "Bonjour,\n\nJe ne suis pas intéressé et vous prie de retirer mon adresse de votre fichier.\n\nCordialement\n"
        "A. Morin",
    ),
    T(
        "en",
        "unsubscribe",
        "qua1",
        "gmail_en",
        "Warren Bailey <warren@baileywealth.com.au>",
        "2027-01-12",
        "Opt out. And under the Spam Act 2003 you need my consent to send me commercial email, which you don't "
        "have.\n\nWarren Bailey\nBailey Wealth, Gold Coast",
    ),
    T(
        "fr",
        "unsubscribe",
        "est1",
        "apple_fr",
        "Sophie Arnoux <s.arnoux@etude-bellecour.fr>",
        "2027-02-03",
        "Je ne fais plus partie de l'étude depuis le 31 décembre. Supprimez cette adresse de vos listes, merci.\n\nS. "
        "Arnoux",
    ),
    T(
        "en",
        "unsubscribe",
        "bou2",
        "outlook_en",
        "Colin Reeves <colin.reeves@reevesprobate.co.uk>",
        "2027-02-23",
        "Your unsubscribe link goes to a 404. Take me off your list please, this is the third email.\n\nColin "
        "Reeves\nReeves Probate Services, Swindon",
    ),
    T(
        "fr",
        "unsubscribe",
        "con2",
        "outlook_fr",
        "Koen Janssens <koen.janssens@janssens-vb.be>",
        "2027-01-12",
        "Gelieve mij uit uw mailinglijst te verwijderen. Dank u.\n\nKoen Janssens\nJanssens Vermogensbeheer, Antwerpen",
    ),
    T(
        "fr",
        "unsubscribe",
        "par1",
        "android_fr",
        "Léa Fournier <lea.fournier@fournier-gp.fr>",
        "2027-01-07",
        "desabonner",
    ),
    T(
        "en",
        "unsubscribe",
        "dec2",
        "orig_en",
        "Nigel Fairbanks <nigel@fairbankswealth.co.uk>",
        "2027-01-26",
        "Don't email me again. An unsolicited email about phishing from a stranger is exactly what we train our "
        "people to bin.\n\nN. Fairbanks",
    ),
    T(
        "fr",
        "unsubscribe",
        "etr2",
        "gmail_fr",
        "Marc Lefèvre <m.lefevre@lefevre-associes.fr>",
        "2027-01-14",
        "Retirez-moi de vos envois svp, je reçois vos mails toutes les semaines et je ne les ai jamais demandés.\n\n"
        "Marc Lefèvre",
    ),
    T(
        "en",
        "unsubscribe",
        "kee2",
        "outlook_en",
        "Ryan Cassidy <rcassidy@cassidyfinancial.ie>",
        "2027-02-10",
        "Not interested, and please delete my details.\n\nRyan Cassidy\nCassidy Financial, Waterford",
    ),
    T(
        "fr",
        "unsubscribe",
        "voc1",
        "apple_fr",
        "Jean-Daniel Rossier <jd.rossier@rossier-fortune.ch>",
        "2027-02-15",
        "Merci de me désinscrire de vos listes de diffusion.\n\nSalutations\nJ.-D. Rossier",
    ),
    INL(
        "en",
        "unsubscribe",
        "tal2",
        "gmail_en",
        "Laura Fenwick <laura@fenwickwealth.co.uk>",
        "2027-02-24",
        "",
        [("say Tuesday or Thursday morning?", "\nNeither. Please unsubscribe me.\n")],
    ),
    T(
        "fr",
        "unsubscribe",
        "est2",
        "outlook_qc",
        "Louis Bergeron <lbergeron@bergeronnotaires.ca>",
        "2027-02-18",
        "Bonjour,\n\nJe n'ai jamais consenti à recevoir vos messages. Conformément à la Loi canadienne anti-pourriel, "
        "veuillez me retirer de votre liste d'envoi.\n\nMe Louis Bergeron, notaire\nBergeron notaires, Trois-Rivières",
    ),
]

OUT_OF_OFFICE: list[dict[str, Any]] = [
    N(
        "fr",
        "out_of_office",
        "2026-12-22",
        "Bonjour,\n\nJe suis absente du cabinet du 21 décembre 2026 au 3 janvier 2027 inclus. Pour toute urgence, vous "
        "pouvez contacter Julie Perret au 04 78 62 19 40 ou à j.perret@perret-patrimoine.fr.\n\nBonnes fêtes de fin "
        "d'année,\nAmandine Perret\nPerret Patrimoine, Lyon",
    ),
    N(
        "en",
        "out_of_office",
        "2026-12-23",
        "Thank you for your email. Our office is closed from Thursday 24 December and reopens on Monday 4 January. "
        "Emails will not be monitored during this period. If your matter is urgent, please call 0131 496 0810.\n\n"
        "Season's greetings from everyone at Lennox & Reid Wealth Management.\n\nLennox & Reid Wealth Management "
        "Ltd is authorised and regulated by the Financial Conduct Authority.",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-02-16",
        "Réponse automatique : je suis en congés jusqu'au lundi 22 février. Je traiterai votre message à mon retour."
        "\n\nCordialement,\nThomas Carré",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-01-20",
        "Ceci est une réponse automatique. Je suis actuellement en déplacement, avec un accès limité à ma messagerie. "
        "Je vous répondrai dès que possible.\n\n--\nLaurent Meyer | Meyer Private Office | Genève\n\nCe message et "
        "ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et "
        "de le supprimer.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-01-13",
        "I am out of the office with limited access to email. For assistance, please contact my associate Jessica "
        "Tran at jtran@pacificcrestwealth.com or call (415) 555-0133.\n\nPlease note: Pacific Crest Wealth Advisors "
        "does not accept trade instructions by email or voicemail.",
    ),
    N(
        "fr",
        "out_of_office",
        "2026-12-21",
        "Bonjour, je suis à l'extérieur du bureau jusqu'au 11 janvier inclusivement (période des Fêtes). Pour toute "
        "urgence, communiquez avec notre réception au 514 555-0178. Merci et joyeuses Fêtes!\n\nHello, I am out of "
        "the office until January 11 inclusive (holiday season). For urgent matters, please call our reception at "
        "514 555-0178. Thank you and happy holidays!\n\nStéphanie Lavallée, Pl. Fin.\nLavallée Gestion privée, "
        "Montréal",
    ),
    N(
        "en",
        "out_of_office",
        "2027-01-07",
        "Hi, thanks for your email. I'm on annual leave until Wednesday 27 January with no access to email. For "
        "anything urgent please contact reception on (02) 9555 0144.\n\nCheers,\nKylie Watson\nBondi Private "
        "Wealth",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-02-08",
        "Message automatique\n\nJe suis en congé maternité jusqu'au 30 avril 2027. Pendant mon absence, mes dossiers "
        "sont suivis par Guillaume Roussel (g.roussel@aubin-roussel.fr), qui se fera un plaisir de vous répondre."
        "\n\nClémence Aubin\nAubin Roussel Patrimoine, Nantes",
    ),
    N(
        "en",
        "out_of_office",
        "2026-12-21",
        "Auto-reply: I'm out of the office until Tuesday 5th January and will respond to your email on my return. "
        "Wishing you a very happy Christmas. Nollaig shona!\n\nDeclan Ryan\nRyan & Hegarty Financial, Cork",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-01-28",
        "Je suis absent du bureau. Pendant mon absence, votre e-mail ne sera pas transféré. Pour toute question "
        "urgente, veuillez contacter le secrétariat au +32 2 555 14 80.\n\nMet vriendelijke groeten / Bien à vous,"
        "\nPieter Maes\nMaes & Lambrechts Private Banking, Bruxelles",
    ),
    N(
        "en",
        "out_of_office",
        "2027-02-09",
        "Automatic reply: Out of Office\n\nI'm away on a client trip to Singapore until 18 February with intermittent "
        "access to email. For urgent matters please contact my PA, Lucy Harris (lucy.harris@ashleighwealth.co.uk).\n"
        "\nRupert Ashleigh\nAshleigh Wealth, Edinburgh",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-02-22",
        "Réponse automatique – Absent du bureau\n\nJe suis en vacances au ski, retour le 1er mars. Je lirai vos "
        "messages à mon retour.\n\nNathan Giraudet",
    ),
]

OTHER: list[dict[str, Any]] = [
    T(
        "fr",
        "other",
        "con1",
        "iphone_fr",
        "Arthur Besson <arthur@besson-gestion.fr>",
        "2026-12-10",
        "Bonjour, je suis en déplacement jusqu'à lundi, je regarde ça tranquillement à mon retour. Bonne soirée",
    ),
    T(
        "en",
        "other",
        "tal1",
        "outlook_en",
        "Richard Hargreaves <richard@hargreavesprivate.co.uk>",
        "2027-01-05",
        "Good afternoon,\n\nMr Hargreaves is travelling until the 14th; I'll make sure he sees this on his return.\n\n"
        "Kind regards,\nPamela Hunt\nPA to Richard Hargreaves\nHargreaves Private Clients, Chester",
    ),
    N(
        "fr",
        "other",
        "2026-12-15",
        "Votre message n'a pas pu être remis à :\n\nj.lambertin@cabinet-lambertin.fr\n\nL'adresse e-mail que vous "
        "avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.\n\nDiagnostics pour "
        "les administrateurs :\nServeur générant : PAR3P281MB1422.FRAP281.PROD.OUTLOOK.COM\nRemote Server returned "
        "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nEn-têtes du "
        "message d'origine :\nFrom: Karim Benali <k.benali@paravent-cyber.fr>\nTo: <j.lambertin@cabinet-lambertin.fr>"
        "\nSubject: " + _PAR_S + "\nDate: Tue, 15 Dec 2026 09:38:11 +0100",
    ),
    N(
        "en",
        "other",
        "2027-01-19",
        "Your message\n\n    To: David Kerr\n    Subject: " + _QUA_S + "\n    Sent: 19 January 2027 09:05\n\nwas read "
        "on 19 January 2027 14:47.",
    ),
    N(
        "fr",
        "other",
        "2027-01-12",
        "Bonjour,\n\nNous accusons réception de votre demande, enregistrée sous le numéro #48213. Notre équipe vous "
        "répondra sous 48 heures ouvrées.\n\nService Clients – Banque Privée Rhône-Alpes\nCe message est généré "
        "automatiquement, merci de ne pas y répondre.",
    ),
    T(
        "en",
        "other",
        "ham1",
        "gmail_en",
        "Megan Lloyd <megan.lloyd@lloydwealth.co.uk>",
        "2026-12-16",
        "Hi Georgia, I accidentally hit unsubscribe on one of your emails while clearing my inbox, sorry! Please "
        "keep me on the list.\n\nMegan",
    ),
    T(
        "fr",
        "other",
        "etr1",
        "gmail_fr",
        "Nadège Perrot <n.perrot@perrot-conseil.fr>",
        "2026-12-09",
        "Bonjour,\n\nMerci de ne plus envoyer vos catalogues papier au cabinet, ils finissent à la corbeille. Par mail "
        "c'est parfait, je regarde toujours.\n\nCordialement,\nNadège Perrot\nPerrot Conseil, Orléans",
    ),
    T(
        "en",
        "other",
        "kee1",
        "outlook_en",
        "Stuart Greig <stuart@greigwealth.co.uk>",
        "2026-12-14",
        "FYI this landed in our junk folder - your domain might be missing a DMARC record. Haven't read it properly "
        "yet.\n\nStuart Greig\nGreig Wealth, Inverness",
    ),
    T(
        "fr",
        "other",
        "par1",
        "outlook_fr",
        "Inès Bouvier <i.bouvier@bouvier-finance.fr>",
        "2027-01-13",
        "Bonjour,\n\nVotre message avait été placé en quarantaine par notre antivirus (ironique, vu le sujet). Je "
        "viens de le récupérer, je le lirai à tête reposée.\n\nInès Bouvier\nBouvier Finance, Caen",
    ),
    T(
        "en",
        "other",
        "bou1",
        "apple_en",
        "Sarah McKenzie <sarah@coastlinefp.com.au>",
        "2027-01-28",
        "Hi Fiona, please note my new email address is sarah.m@coastlinefp.com.au from 1 February; this one will be "
        "closed.\n\nRegards,\nSarah McKenzie\nCoastline Financial Planning, Fremantle",
    ),
    T(
        "fr",
        "other",
        "voc1",
        "owa_fr",
        "Hervé Dussault <h.dussault@dussault-gp.fr>",
        "2027-01-13",
        "Bonjour Madame,\n\nM. Dussault est en mission à Singapour jusqu'à fin janvier. Je lui ferai suivre votre "
        "message à son retour.\n\nBien cordialement\nCorinne Bastien\nAssistante de direction – Dussault Gestion "
        "Privée",
    ),
    T(
        "en",
        "other",
        "dec1",
        "gmail_en",
        "Alison Forsyth <alison.forsyth@forsythwealth.co.uk>",
        "2027-01-20",
        "Please take Ben off the copy list, he's not in compliance any more. I'll look at this properly next week."
        "\n\nAlison",
    ),
    T(
        "fr",
        "other",
        "con1",
        "outlook_fr",
        "Christian Maillard <c.maillard@maillard-patrimoine.fr>",
        "2026-12-16",
        "Pauline, peux-tu mettre à jour le tableau des rétrocessions avant jeudi ? Je t'envoie le fichier de Mme "
        "Dassier séparément. Merci\n\nC. Maillard",
    ),
    T(
        "en",
        "other",
        "voc1",
        "gmail_en",
        "Alexander Lindström <a.lindstrom@nordlake-fo.ch>",
        "2027-01-25",
        "Dear Ms Roux-Delorme,\n\nUnder Article 15 GDPR and Article 25 of the Swiss FADP, please tell me where you "
        "obtained my personal data and what data you hold about me.\n\nKind regards,\nAlexander Lindström\nNordlake "
        "Family Office, Geneva",
    ),
    T(
        "fr",
        "other",
        "trv1",
        "gmail_fr",
        "Gilles Texier <g.texier@texier-associes.fr>",
        "2026-12-17",
        "Merci, bien reçu. Je transmets à qui de droit.\n\nG. Texier",
    ),
    T(
        "en",
        "other",
        "bou1",
        "gmail_en",
        "James Lowry <james.lowry@lowrywealth.co.uk>",
        "2027-02-10",
        "--\nJames Lowry\nLowry Wealth | Solihull\n\nThis email and any attachments are confidential and intended "
        "solely for the addressee. If you have received it in error, please delete it and notify the sender. To "
        "unsubscribe from our quarterly newsletter, click here.",
    ),
    T(
        "fr",
        "other",
        "est1",
        "iphone_fr",
        "Hélène Roy <helene.roy@roy-notaires.fr>",
        "2027-01-06",
        "Meilleurs vœux pour 2027 ! Je regarde votre proposition la semaine prochaine, on est sous l'eau avec les "
        "déclarations.",
    ),
    T(
        "fr",
        "other",
        "par1",
        "owa_fr",
        "Sabine Dewitte <s.dewitte@dewitte-lambot.be>",
        "2027-01-21",
        "Bonjour,\n\nNous avons changé de nom : le cabinet Dewitte & Lambot s'appelle désormais Lambot Patrimoine, et "
        "nos adresses passent en @lambot-patrimoine.be à partir du 1er février. Merci de mettre à jour vos fichiers."
        "\n\nSabine Dewitte\nLambot Patrimoine (ex-Dewitte & Lambot), Mons",
    ),
    T(
        "en",
        "other",
        "kee2",
        "gmail_us",
        "Paula Quigley <pquigley@quigleyadvisors.com>",
        "2027-02-12",
        "On leave till Monday, will read this properly then. - P",
    ),
    T(
        "fr",
        "other",
        "voc1",
        "gmail_fr",
        "Agathe Lebrun-Sauvage <a.lebrun-sauvage@ls-patrimoine.fr>",
        "2027-01-07",
        "Bonjour,\n\nMerci de corriger mon nom dans vos fichiers : c'est Mme Lebrun-Sauvage, pas M. Sauvage.\n\n"
        "Cordialement,\nAgathe Lebrun-Sauvage",
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
random.Random(21).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout21", CASES, sys.argv)
