"""A twenty-second held-out split, `heldout22`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, no other split's replies, not eval/intents/cases.json and not
eval/intents/README.md. What it opened: common.py (whole, one `cat`, in the same command as an `ls` of eval/intents/:
the files' names only); heldout21.py through a `wc -l`, a print of lines 1-200 (its docstring with its provenance,
sender, look-alike, labelling-convention and borderline paragraphs, its imports, and its sender constants down to
Maison Étrenne's signature), a grep for its top-level names and a print of its last 40 lines (its last two cases, an
"On leave till Monday" note and a name correction, then the CASES list, the seeded shuffle and the `__main__` call);
the first 60 lines of heldout17.py, heldout18.py, heldout19.py and heldout20.py (their docstrings: provenance,
measures, senders and the start of the prospects paragraphs), for the senders and sectors already used;
/work/shared/INTELLIGENCE.md through a grep for its headings (six), a grep for "intent" cut to its first ten lines
(seven lines: 6, 10, 32, 39, 47, 52 and 71) and a print of lines 39-55 (the intent section with the ten classes, then
the routing section's heading, its routing-rules bullet and the first line of its autofill-jobs bullet);
/work/shared/BEHAVIOUR.md through a grep for "R6" / "R8" (their first lines) and an awk print of lines 61-75 (R6, R7,
R8 and the first line of R9); pyproject.toml through a grep for its `[tool.ruff` headers and prints of lines 60-75 and
76-82 (the [tool.ruff] tables down to the per-file ignores of the blind sets).
Slips: (1) the grep for heldout21's top-level names (`^[A-Za-z_]`) also matched its docstring lines that begin with a
letter (all within lines 1-200, already read) and printed, beyond line 200, the one-line bodies of its last five
sender constants (names and addresses), its twelve subject lines and its `MAILS` header, besides the names of its
helpers (mail, T, N, INL, _next_weekday, FWD), its ten class lists and CASES; none of that was used (the helpers here
were written from scratch); (2) the BEHAVIOUR.md print also showed R7 (bounces) and the first line of R9, and the
INTELLIGENCE.md print the first lines of the routing section; (3) heldout16.py and heldout8.py to heldout15.py were
not opened at all, so the six senders below are new against heldout17-21 only (two sit near earlier ones: Boussole /
Keystone, outsourced compliance officers, next to heldout20's outsourced KYC review; Scribia / Minutely, meeting notes
and suitability drafts, next to heldout21's call recording).
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was
run: an `ls` showing this file did not exist yet; a calendar print of January to March 2027 (python3) and
`dateutil.easter.easter(2027)` (28 March, with .venv/bin/python); this file
(`python3 heldout22.py /tmp/h22`) after each class list was added, with throwaway scripts under /tmp that inserted
each class list before the CASES block, counted cases per class and language, checked that every `sent` is a weekday
between 2027-01-04 and 2027-03-31, counted distinct texts, and found the ids quoted below (with their `sent`, `until`
and referral); prints of rendered threads: two inline answers (one printed again after the inline helper was mended to
stop doubling the blank line after an answer), a third and a fourth inline answer, two forwards, an autoreply above
its thread, an inline opt-out under a follow-up, an Android one-word reply and an iPhone reply; ruff check and ruff
format on this file; two builds into /tmp/h22 and /tmp/h22b compared by md5 (identical); small scripts and edits that
fixed a ruff warning, added two cases and reworded one ("Neither, thanks" became "No thanks", since "neither" could
answer pro2's "or if you'd rather I stopped"), and put this docstring in place. Not part of cases.json.

Measured once, blind, by the session that asked for it (2026-12-05, before anyone read a reply of it), at f8cd84a
and again with that session's first changes (made on heldout21's and blind16's misses): the same figures both
times. `python3 eval/intents/heldout22.py /tmp/h22 && (cd workers && ../.venv/bin/python -m
relance.intelligence.intent_eval --data /tmp/h22/cases.json --split heldout5)`: macro-F1 0.816, accuracy 0.815,
unsubscribe precision 1.000 (recall 0.900), interested recall 0.375, not_now dates 17/22, 5.5 % to an LLM; rules
alone (`RELANCE_INTENT_TRAINING=off`) 0.673, 11.0 % to an LLM. Read after that, and mended in general forms.

Prospects of six senders not used in heldout17-21, each with a French and an English brand, B2B services that a
wealth-management, accounting, notarial or advisory firm's world touches, answering a first email or a follow-up (a
follow-up quotes the first email under it, a week older; Greenmark and Ledgerhand have a third, "last note", email
quoting both):
- Filiatis (Paris, Lyon, Brussels) and Heirline Probate Research (London, Dublin, Boston), probate genealogists who
  trace missing heirs and beneficiaries, with a free first search on one estate (report in ten working days) and an
  optional call; footers: "Répondez STOP", and none at all;
- Sillon ESG (Paris, Luxembourg, Geneva) and Greenmark Data (London, Singapore, Sydney), MiFID II sustainability
  preference questionnaires and fund ESG / PAI data, with a free ESG report on one model portfolio (holdings sent as
  ISIN and weight) and a 25-minute demo; footers: a RGPD notice "répondez « OPPOSITION » ou écrivez à dpo@", and an
  unsubscribe link;
- Boussole Conformité (Paris, Lyon, Luxembourg) and Keystone Compliance Partners (London, Edinburgh, Dublin),
  outsourced compliance officers (RCCI externalisé, LCB-FT, DDA; Consumer Duty, SM&CR, the CBI's Fitness and Probity),
  with a free compliance check / Consumer Duty gap review and a written summary; footers: none at all, and "Reply
  REMOVE";
- Arteclause (Paris, Geneva, Monaco) and Provenance Cover (London, New York, Hong Kong), brokers insuring art and
  private collections, with a free review of one client's cover and an optional expert visit; footers: a "Se
  désinscrire" link, and "Reply OPT OUT";
- Scribia (Paris, Brussels, Montréal) and Minutely (Manchester, Dublin, Singapore), meeting notes and drafts of
  suitability reports from recorded client meetings, with a 14-day trial for three advisers and a 20-minute demo;
  footers: "répondez « DÉSABONNEMENT »", and "Reply STOP";
- Comptarelais (Nantes, Tunis, Montréal) and Ledgerhand (Leeds, Pune, Manila), outsourced bookkeeping and accounts
  preparation for accountancy practices, with a month's bookkeeping on three client files free; footers: a RGPD
  legitimate-interest notice naming rgpd@ (no word to reply), and "Not for you? Reply 'not for us' and we'll close
  your file."
The follow-ups are worded in other classes on purpose: "avez-vous un dossier bloqué ? ... à qui écrire ? ... après le
15 février", "a probate paralegal? Or ... after the tax year end?", 90 € per adviser with a devis and a call on
Tuesday or Thursday, "a quick call next week, or after your financial year end?", "I'll ... close the file",
"combien de conseillers ? ... dites-moi si je dois arrêter de vous relancer", £850 a month and a proposal or whoever
owns compliance, "à Genève la semaine du 15 février : un café ?", "a sample schedule and our fee basis? Or if you'd
rather I stopped", "la démo jeudi ou vendredi ... quand revenir vers vous", per-seat pricing, 1,10 € a line and
"après le 15 mai", "after 31 January? Or someone else?", "pick it up in the spring; if it's a no, a two-word reply".
The prospects: CGP / CIF practices, IFAs and financial planners, family and multi-family offices, private banks and
EAMs, wealth and asset managers, notaries, probate and private-client solicitors, estate lawyers, a tax lawyer,
expert-comptable, CPA, chartered and SMSF accountancy practices, fiduciaries, a trust company and an RIA, in France,
Belgium, Switzerland, Luxembourg, Monaco, Québec, Morocco, the UK (England, Scotland, Wales, Northern Ireland),
Ireland, the US, Australia, Singapore, Hong Kong and India.

Counts (fr / en): meeting_request 11 / 9, interested 13 / 11, information_request 10 / 8, quote_request 9 / 7,
not_interested 14 / 12, not_now 13 / 11, referral 11 / 9, unsubscribe 11 / 9, out_of_office 7 / 5, other 11 / 9;
110 French and 90 English. `lang` is the language of the prospect's new text; a bilingual Québec autoreply and a
Brussels autoreply with a Dutch closing are `fr` (their first language).
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads (follow-ups
carry the earlier emails quoted deeper), inline answers cut into the quoted email (">> Non.", "-> jeudi 14h ça me
va", "[AF] Qu'appelez-vous une « ligne »", "EG >> What does that cover?", "YC : plutôt après Pâques", "[PK] Yes, our
practice manager"), transmittal notes above a forwarded colleague's answer ("Voir la réponse de notre chef de
mission", "la réponse de mon associé, qui tranche pour l'étude", "See below from our paraplanning lead", "Our COO had
a couple of questions", "our practice manager's numbers"), assistants, a PA, a receptionist and a secretariat
answering for someone, typos and SMS style ("c payant pour l'etude", "Bjr, combien pr 4 postes", "desabonement",
"stop pls"), franglais ("un call de 20 min pr caler le scope"), Québécois ("en jaser", "fait affaire", "soumission",
"une beurrée", "pis"), Belgian ("septante", "pension"), Swiss, Monegasque, Luxembourg, Moroccan, Irish ("Sure look",
"would ye stop"), Scottish ("Naw"), Welsh, Australian ("this arvo", "EOFY"), US, Indian ("kindly revert", "do the
needful", "Noted with thanks") and Singaporean ("Can.", "lah", "after CNY can?") turns of phrase, sarcasm, two intents
in one reply, regulators' numbers and legal footers.
Interest without the obvious words: a portfolio's lines sent ("Vous pouvez faire tourner"), estate papers attached
("Over to you", "Dites-moi si c'est suffisant pour démarrer"), a secure link to procedures, a WeTransfer, a file
posted tomorrow, accounts to create, seats named, an advisor-user invite, VPN access, a courier address, "Go on then",
"on embarque", "allons-y", "Not a no", "Can. Send me the upload link", "What do you need from me to get started?".
Opt-outs: by the footer's own word ("STOP", "OPPOSITION", "desabonement", "REMOVE" inline, "OPT OUT", "stop pls",
"Not for us."), plainly ("Effacez mon adresse", "Rayez-moi de votre liste" inline, "Fichez-moi la paix et retirez mon
adresse", "ne m'écrivez plus", "don't email me again", "Remove me from your list", "take me off whatever list"), by
law (the LCAP, Singapore's PDPA), by complaint (a broken unsubscribe link), by "I've left, delete this address", by
"close the file AND take me off your mailing list", and by "Vous pouvez arrêter de nous relancer". Look-alikes that
are not opt-outs: "Not for us at that price" and "Not for us right now ... July" (the second to the sender whose word
it is), "No thanks" to the OPT OUT sender, "Non merci" three times, "No, you've got it right. Close it.", "Vous pouvez
classer notre fiche sans suite", "Nous avons stoppé l'activité CIF", "No need to chase", "Inutile.", an unsubscribe
from a weekly digest with "no need to take me off anything else", an accidental click on "Se désinscrire", two access
requests (RGPD art. 15, Australia's APP 12), a spam filter's challenge, a renamed firm and two new addresses, a name
to correct, and an internal note sent to the wrong recipient.

Labelling convention: heldout21's, as its docstring states it (it follows heldout20's, heldout19's and heldout11's),
as a human adviser would read the prospect's NEW text (quoted history never counts). "Wrong person" / "I left" with
nobody named is `referral` with name and address null; a department's or generic address without a person is
`referral` with a null name; a named person without an address is `referral` with a null address; a colleague to be
put in the invite, given a seat or sending access, when the writer takes the offer or the meeting himself, is not a
referral. Taking up the free search, portfolio report, compliance check, cover review, trial or three free files
(sending the documents or giving an address included) is `interested`; asking for or accepting a call, a demo, a
visit or a coffee or lunch is `meeting_request`. A price, devis, soumission, offer or proposal for the prospect's own
numbers is `quote_request`; how fees or the service work in general is `information_request`. Two intents: the one
an adviser acts on first: an opt-out over anything; a named person or address over "not for me" or a date; a call or
visit over a price or over numbers given; a date to come back over hedged interest; taking up the offer over a
practical question about it or over numbers given. Human notes that look like out-of-office: a leave with a return
date and "recontactez-moi à mon retour" / "pick this up with me then" is `not_now`; "en déplacement jusqu'à jeudi,
je regarde tout ça à mon retour", "Travelling this week, will have a proper look when I'm back" and a secretariat's
"en congé jusqu'au 1er mars, je lui ferai suivre" ask for nothing and are `other`; autoreplies (with or without a
return date or a stand-in) are `out_of_office`; a bounce, a ticket acknowledgement, a read receipt and a spam
filter's challenge are `other`. not_now dates as heldout21 counts them, from `sent`: "dans trois mois" / "dans deux
mois" the same day that many months on; a month named ("en avril", "en mai", "in September", "July, say") the first
of that month, and "next month" the first of the next month; "mi-mars" / "mid-April" the 15th; "pas avant fin
février" the first of the next month; "après le 15 février" / "après le 15 mai" / "after 31 January" / "after April
15" the day after; "the week of 15 Feb" that Monday; an explicit day that day ("à partir du 22 mars", a return on 3
May or 12 April). Added here, in the same spirit: "à la rentrée" 1 September; "after EOFY" (30 June) 1 July; "the new
tax year" (UK) 6 April; "après Pâques" (Easter Sunday 28 March 2027) 29 March; "plus tard dans l'année" and "once the
new team is in place" carry no date (null).
Borderline decisions (ids as built): 176 "Vous pouvez arrêter de nous relancer, merci." to Boussole's "dites-moi
simplement si je dois arrêter de vous relancer" is `unsubscribe` (it asks to stop being written to), while 065 "No,
you've got it right. Close it." to Greenmark's "I'll ... close the file" and 037 "Vous pouvez classer notre fiche sans
suite" are `not_interested`, and 079 "close the file AND take me off your mailing list" is `unsubscribe`; 034 "Not for
us." to Ledgerhand, whose footer asks for those words, is `unsubscribe`, while 142 "Not for us at that price" to
Keystone (word REMOVE) is `not_interested` and 054 "Not for us right now - try me in the summer ... July, say" to
Ledgerhand is `not_now` (1 July): the footer's words qualified by a time are a deferral; 072 "No thanks" to Provenance
(word OPT OUT) and "Non merci" in 067 (to Sillon, word OPPOSITION), 185 (to Arteclause, a link) and 008 (to
Comptarelais, no word) are declines, not opt-outs; 006 "Nous avons stoppé l'activité CIF" is `not_interested`; 139 "No
need to chase after the tax year either" and 081 (inline "No need." / "No, it's me, and it's still no.") are
`not_interested`, and 140 (inline "Personne : l'étude travaille avec le même généalogiste") is `not_interested`, not a
referral; 108 (already have a genealogist, "ne m'écrivez plus") is `unsubscribe`; 014 "Je ne fais plus partie de ...
Merci de supprimer cette adresse" is `unsubscribe`, while 016 "I left Aldgate Wealth ... No idea who's picked up
compliance" is `referral` (null, null) and 070 (left, "écrivez plutôt à l'accueil : contact@") is `referral` (null,
contact@); 089 (Singapore PDPA, consent withdrawn, "delete my details") is `unsubscribe`, while 100 (RGPD art. 15) and
137 (APP 12) access requests are `other`; 086 (unsubscribed from the weekly digest, "fine hearing from you directly")
and 192 (clicked "Se désinscrire" by mistake, "Vous pouvez annuler ?") are `other`; 168 and 009 (retiring,
"écrivez-lui à partir d'avril" / "From April, speak to Charlotte Dunne") are `referral`, the named successor over the
date; 001 "Pas pour moi, mais ma consœur ... sera sans doute preneuse" is `referral`; 135 (a named director with only
a phone number) is `referral` with a null address; 069 (a receptionist pointing to info@) and 150 (the product team's
address) are `referral` with a null name; 050 (a colleague to include in the invite), 028 (a PA proposing slots for
her boss), 149 (an assistant proposing slots) are `meeting_request`, and 131 and 041 (seats named), 010 (IT to send
the VPN access), 030 and 026 (forwards naming the colleagues who will use it) are `interested`; 060 (price and call
declined inline, the free portfolio report taken with the file attached) is `interested`; 124 (a demo slot and the
price for six), 112 (numbers given, a visit asked), 186 (numbers given inline, a demo asked) and 012 ("plutôt qu'un
devis, un call") are `meeting_request`; 047 ("allons-y pour votre bilan ... Nous sommes 5 conseillers", to a follow-up
asking the head count for a priced proposal) is `interested`, the offer taken over the numbers given; 056 (refuses the
free trial on principle and asks a price for 30 files) is `quote_request`; 162 (a fixed fee for the three simple
searches on the writer's desk) is `quote_request`, while 109 (percentage or flat fee, in general), 090 ("c payant pour
l'étude ou pour les héritiers ?"), 036 (what a "ligne" is) and 127 (what the retainer covers) are
`information_request`; 022 ("What do you need from me to get started?"), 132 ("Qui doit signer l'accord de
confidentialité ?") and 021 (trial taken, "ça marche quand même en anglais ?") are `interested`; 193 ("Pas besoin de
café. Envoyez-moi plutôt ce qu'il vous faut pour la revue") is `interested`, while 166 (lunch in London rather than
sending schedules) is `meeting_request`; 102 (the coffee accepted "la semaine du 15") is `meeting_request` while 068
("La semaine du 15 ... à partir du 22 mars") is `not_now`; 196 "Oui, recontactez-moi après le 15 février comme vous le
proposez" is `not_now` (16 February) and 130 (inline, to the offer of a call: "plutôt après Pâques") is `not_now` (29
March), not meetings; 064 and 051 (maternity / paternity leave written by hand, with a return date and
"recontactez-moi à mon retour" / "Pick this up with me then") are `not_now`, while 110 (an autoreply naming a stand-in
and her address) and 082 (an autoreply, parental leave "jusqu'en juin", "écrivez à contact@") are `out_of_office`, not
referrals; 062, 161 and 179 are `other`; 029 (a spam filter's sender challenge) is `other`, not an autoreply; 035 (an
internal note to "Sophie" above the thread) and 017 ("ignore my last - wrong thread") are `other`; 025 "Noted with
thanks." is `other`; 007 and 121 are `not_now` with no date.

`python heldout22.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout22-NNN`, in a fixed shuffled order, seed 22). `common` is imported from this file's own directory."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders (twelve brands)

_FIL = "Hélène Vasseur <h.vasseur@filiatis.fr>"
_FIL_SIG = (
    "Bien cordialement,\n\nHélène Vasseur\nGénéalogiste successorale – Filiatis\nParis · Lyon · Bruxelles\n"
    "01 84 60 27 95\n\nRépondez STOP pour ne plus recevoir nos messages."
)
_HEI = "Owen Gallagher <owen.gallagher@heirline.co.uk>"
_HEI_SIG = (
    "Best regards,\nOwen Gallagher\nSenior Probate Researcher | Heirline Probate Research\nLondon · Dublin · Boston\n"
    "+44 20 3808 1146"
)
_SIL = "Mathilde Ournac <m.ournac@sillon-esg.fr>"
_SIL_SIG = (
    "Cordialement,\nMathilde Ournac\nResponsable partenariats – Sillon ESG\nParis · Luxembourg · Genève\n"
    "01 89 16 73 40\n\nConformément au RGPD, vous pouvez vous opposer à tout moment à nos messages en répondant "
    "« OPPOSITION » ou en écrivant à dpo@sillon-esg.fr."
)
_GRE = "Priya Raman <priya.raman@greenmarkdata.com>"
_GRE_SIG = (
    "Warm regards,\nPriya Raman\nClient Partnerships | Greenmark Data\nLondon · Singapore · Sydney\n+65 6829 4410\n\n"
    "Unsubscribe: https://greenmarkdata.com/u/preferences"
)
_BSS = "Antoine Ferrand <a.ferrand@boussole-conformite.fr>"
_BSS_SIG = (
    "Bien à vous,\nAntoine Ferrand\nAssocié – Boussole Conformité\nRCCI externalisé · LCB-FT · DDA\n"
    "Paris · Lyon · Luxembourg\n06 71 42 18 03"
)
_KEY = "Rory Blaine <rory.blaine@keystonecompliance.co.uk>"
_KEY_SIG = (
    "Regards,\nRory Blaine\nDirector | Keystone Compliance Partners\nLondon · Edinburgh · Dublin\n+44 131 496 2280\n\n"
    "Reply REMOVE and we won't contact you again."
)
_ART = "Louis de Malherbe <l.demalherbe@arteclause.fr>"
_ART_SIG = (
    "Très cordialement,\nLouis de Malherbe\nCourtier – Arteclause, assurance des œuvres et collections\n"
    "Paris · Genève · Monaco\n01 53 75 08 62\n\nSe désinscrire : https://arteclause.fr/desinscription"
)
_PRO = "Serena Okafor <serena.okafor@provenancecover.com>"
_PRO_SIG = (
    "Best,\nSerena Okafor\nPrivate Client Broker | Provenance Cover\nLondon · New York · Hong Kong\n+44 20 7946 0381\n\n"
    "Reply OPT OUT and we'll take you off our list."
)
_SCR = "Julien Tessier <julien@scribia.fr>"
_SCR_SIG = (
    "À bientôt,\nJulien Tessier\nCo-fondateur – Scribia\nParis · Bruxelles · Montréal\n07 68 21 94 55\n\n"
    "Pour ne plus recevoir nos e-mails, répondez « DÉSABONNEMENT »."
)
_MIN = "Hannah Brook <hannah@minutely.ai>"
_MIN_SIG = (
    "Thanks,\nHannah Brook\nAccount Executive | Minutely\nManchester · Dublin · Singapore\n+44 161 850 3312\n\n"
    "Reply STOP to opt out."
)
_CPT = "Sonia Belhadj <s.belhadj@comptarelais.fr>"
_CPT_SIG = (
    "Cordialement,\nSonia Belhadj\nDéveloppement cabinets – Comptarelais\nNantes · Tunis · Montréal\n02 52 10 64 37\n\n"
    "Vos coordonnées professionnelles sont traitées sur la base de notre intérêt légitime. Pour exercer vos droits : "
    "rgpd@comptarelais.fr."
)
_LED = "Arjun Mehta <arjun.mehta@ledgerhand.com>"
_LED_SIG = (
    "Kind regards,\nArjun Mehta\nPractice Partnerships | Ledgerhand\nLeeds · Pune · Manila\n+44 113 496 0827\n\n"
    "Not for you? Reply 'not for us' and we'll close your file."
)

_FIL_S = "Héritiers introuvables ? Une première recherche offerte"
_HEI_S = "Missing beneficiaries on an estate? A free first trace"
_SIL_S = "Préférences de durabilité MiFID II : un rapport ESG offert sur un portefeuille modèle"
_GRE_S = "Sustainability preferences, done properly – a free ESG report on one model portfolio"
_BSS_S = "RCCI externalisé : un bilan de conformité offert"
_KEY_S = "Consumer Duty: a free gap review for your firm"
_ART_S = "Les collections de vos clients sont-elles bien assurées ? Une revue offerte"
_PRO_S = "Are your clients' collections properly insured? A free cover review"
_SCR_S = "Vos comptes rendus et rapports d'adéquation rédigés en 5 minutes – 14 jours d'essai"
_MIN_S = "File notes and suitability letters drafted from your meetings – 14-day trial"
_CPT_S = "Votre saisie externalisée – un mois offert sur trois dossiers"
_LED_S = "Outsourced bookkeeping for your practice – three client files free"

# key -> (from, subject, body, key of the email it follows up or None, language, time it was sent)
MAILS: dict[str, tuple[str, str, str, str | None, str, str]] = {
    "fil1": (
        _FIL,
        _FIL_S,
        "Maître, Madame, Monsieur,\n\nUn héritier introuvable, une branche collatérale incertaine, un certificat "
        "d'hérédité impossible à établir : ces dossiers de succession restent parfois bloqués des mois.\n\n"
        "Filiatis est un cabinet de généalogie successorale (mandats de notaires, recherches en France, Belgique, "
        "Italie, Portugal et Maghreb). Nous vous proposons une première recherche offerte sur un dossier de votre "
        "choix : vous nous transmettez les éléments connus (acte de décès, livret de famille, dernières adresses) et "
        "vous recevez sous 10 jours ouvrés un rapport avec l'arbre établi et les pistes.\n\nSi vous préférez en "
        "parler d'abord, je peux vous appeler vingt minutes à votre convenance.\n\n" + _FIL_SIG,
        None,
        "fr",
        "09:12",
    ),
    "fil2": (
        _FIL,
        "RE: " + _FIL_S,
        "Maître, Madame, Monsieur,\n\nJe me permets de revenir vers vous : avez-vous en ce moment un dossier bloqué "
        "faute d'héritier identifié ? Si ce sujet relève plutôt d'un de vos clercs ou collaborateurs, pouvez-vous "
        "m'indiquer à qui écrire ?\n\nEt si la période est chargée, je peux aussi vous recontacter après le 15 "
        "février.\n\n" + _FIL_SIG,
        "fil1",
        "fr",
        "10:40",
    ),
    "hei1": (
        _HEI,
        _HEI_S,
        "Hello,\n\nWhen an estate stalls because a beneficiary can't be found - a cousin who emigrated, a half-sibling "
        "nobody mentioned, an intestacy with gaps in the family tree - we find them.\n\nHeirline traces missing "
        "beneficiaries for probate practitioners in the UK, Ireland and the US, with full documentary proof and "
        "missing-beneficiary indemnity insurance where needed. We'd like to run a first trace on one estate free of "
        "charge: send us what you have (death certificate, the will or the intestacy position, last known "
        "addresses) and you'll get a written report within ten working days.\n\nHappy to talk it through on a "
        "15-minute call first if you'd rather.\n\n" + _HEI_SIG,
        None,
        "en",
        "08:55",
    ),
    "hei2": (
        _HEI,
        "RE: " + _HEI_S,
        "Hello again,\n\nJust following up on the free trace below. Is there a better person in your private client "
        "team for this - a probate paralegal, perhaps? Or shall I try you again after the tax year end?\n\n" + _HEI_SIG,
        "hei1",
        "en",
        "14:20",
    ),
    "sil1": (
        _SIL,
        _SIL_S,
        "Bonjour,\n\nDepuis l'intégration des préférences de durabilité dans MiFID II et la DDA, chaque conseil doit "
        "recueillir les préférences ESG du client, puis les rapprocher des caractéristiques des fonds (article 8 / 9 "
        "SFDR, part alignée Taxonomie, PAI). En pratique, les données sont éparses et le questionnaire mal compris.\n\n"
        "Sillon ESG fournit un questionnaire client pédagogique, les données ESG de 40 000 fonds et un rapport "
        "d'adéquation prêt à joindre au dossier. Nous vous offrons le rapport ESG complet d'un de vos portefeuilles "
        "modèles : envoyez-nous simplement la liste des lignes (ISIN et poids).\n\nUne démo de 25 minutes est aussi "
        "possible si vous voulez voir l'outil.\n\n" + _SIL_SIG,
        None,
        "fr",
        "08:30",
    ),
    "sil2": (
        _SIL,
        "RE: " + _SIL_S,
        "Bonjour,\n\nPour compléter mon message : nos tarifs démarrent à 90 € HT par conseiller et par mois, données "
        "incluses. Souhaitez-vous un devis pour votre cabinet ? Je peux aussi vous appeler mardi ou jeudi pour en "
        "parler.\n\n" + _SIL_SIG,
        "sil1",
        "fr",
        "11:05",
    ),
    "gre1": (
        _GRE,
        _GRE_S,
        "Hi,\n\nSince sustainability preferences became part of suitability (MiFID II in Europe, the FCA's SDR and "
        "anti-greenwashing rule in the UK, MAS guidance in Singapore), advisers have to ask clients about ESG and "
        "then evidence that the recommended funds actually match.\n\nGreenmark Data gives you a plain-English client "
        "questionnaire, ESG and PAI data on 40,000 funds and ETFs, and a report that drops straight into the "
        "suitability file. We'll produce a full ESG report on one of your model portfolios free of charge - just send "
        "over the holdings (ISIN and weight).\n\nA 25-minute demo is also on offer.\n\n" + _GRE_SIG,
        None,
        "en",
        "07:45",
    ),
    "gre2": (
        _GRE,
        "RE: " + _GRE_S,
        "Hi,\n\nFollowing up on the free model-portfolio report. Would a quick call next week work, or is this one "
        "for after your financial year end?\n\n" + _GRE_SIG,
        "gre1",
        "en",
        "09:30",
    ),
    "gre3": (
        _GRE,
        "RE: " + _GRE_S,
        "Hi,\n\nI haven't heard back, so I'll assume ESG data isn't a priority right now and close the file - do "
        "reply if I've got that wrong.\n\n" + _GRE_SIG,
        "gre2",
        "en",
        "16:10",
    ),
    "bss1": (
        _BSS,
        _BSS_S,
        "Bonjour,\n\nContrôle permanent, cartographie des risques LCB-FT, registre des réclamations, rapport annuel "
        "CIF, formation DDA : pour un cabinet de conseil en gestion de patrimoine, la conformité est devenue un métier "
        "à part entière.\n\nBoussole Conformité assure la fonction de RCCI / responsable conformité externalisé pour "
        "des CIF, courtiers, sociétés de gestion et family offices, à la journée ou au forfait annuel. Nous vous "
        "proposons un bilan de conformité offert : deux heures à distance sur vos procédures et vos dossiers, suivies "
        "d'une synthèse écrite des points à corriger avant votre prochain contrôle.\n\n" + _BSS_SIG,
        None,
        "fr",
        "08:05",
    ),
    "bss2": (
        _BSS,
        "RE: " + _BSS_S,
        "Bonjour,\n\nL'AMF et l'ACPR ont annoncé des contrôles thématiques LCB-FT pour 2027. Combien de conseillers "
        "compte votre cabinet ? Je vous enverrai une proposition chiffrée.\n\nSinon, dites-moi simplement si je dois "
        "arrêter de vous relancer.\n\n" + _BSS_SIG,
        "bss1",
        "fr",
        "17:45",
    ),
    "key1": (
        _KEY,
        _KEY_S,
        "Dear colleague,\n\nConsumer Duty outcomes testing, SM&CR certification, annual suitability reviews, the CBI's "
        "Fitness and Probity regime: compliance has become a full-time job for a small advice firm.\n\nKeystone "
        "Compliance Partners provides outsourced compliance officers and monitoring to IFAs, wealth managers and "
        "accountancy practices in the UK and Ireland. We'd like to offer a free Consumer Duty gap review: a "
        "60-minute session with one of our consultants and a written summary of what the regulator would pick up "
        "today.\n\n" + _KEY_SIG,
        None,
        "en",
        "10:15",
    ),
    "key2": (
        _KEY,
        "RE: " + _KEY_S,
        "Dear colleague,\n\nFor reference, our retainer starts at £850 a month. Happy to put together a proposal if "
        "you tell me your headcount and number of advisers - or point me to whoever owns compliance at the firm.\n\n"
        + _KEY_SIG,
        "key1",
        "en",
        "13:00",
    ),
    "art1": (
        _ART,
        _ART_S,
        "Madame, Monsieur,\n\nTableaux, sculptures, mobilier d'époque, montres, vins : les collections de vos "
        "clients sont souvent assurées dans leur multirisque habitation, en valeur déclarée, sans inventaire ni "
        "expertise récente. Au premier sinistre, la découverte est douloureuse.\n\nArteclause est un courtier "
        "spécialisé dans l'assurance des œuvres d'art et des collections privées (valeur agréée, clou à clou, "
        "prêts aux musées, transport). Nous vous proposons une revue gratuite de la couverture d'un de vos clients : "
        "à partir de son contrat actuel et de son inventaire, même sommaire, nous vous rendons une analyse des "
        "écarts. Un de nos experts peut aussi se déplacer.\n\n" + _ART_SIG,
        None,
        "fr",
        "09:50",
    ),
    "art2": (
        _ART,
        "RE: " + _ART_S,
        "Madame, Monsieur,\n\nJe serai à Genève et à Lausanne la semaine du 15 février : un café, si cela vous "
        "convient ? Sinon, je peux simplement vous envoyer notre plaquette et nos conditions.\n\n" + _ART_SIG,
        "art1",
        "fr",
        "15:35",
    ),
    "pro1": (
        _PRO,
        _PRO_S,
        "Hello,\n\nPaintings, sculpture, watches, jewellery, wine: your clients' collections are often still sitting "
        "on a household policy, on a single-item limit, with an inventory nobody has updated since 2015.\n\n"
        "Provenance Cover is a specialist broker for fine art and private collections (agreed value, nail-to-nail "
        "transit, loans to institutions). We'd like to offer one of your clients a free cover review: send us the "
        "current schedule and whatever inventory exists, and we'll come back with a written gap analysis within two "
        "weeks. One of our specialists can visit if the collection warrants it.\n\n" + _PRO_SIG,
        None,
        "en",
        "11:25",
    ),
    "pro2": (
        _PRO,
        "RE: " + _PRO_S,
        "Hello,\n\nChecking back on the cover review. Would it help if I sent a sample schedule and our fee basis? "
        "Or if you'd rather I stopped, just say.\n\n" + _PRO_SIG,
        "pro1",
        "en",
        "10:05",
    ),
    "scr1": (
        _SCR,
        _SCR_S,
        "Bonjour,\n\nUn rendez-vous client d'une heure, c'est souvent une heure de plus pour le compte rendu, la "
        "lettre de mission et le rapport d'adéquation.\n\nScribia enregistre vos rendez-vous (en cabinet, au "
        "téléphone ou en visio), puis rédige le compte rendu et un premier jet de vos documents réglementaires, "
        "dans votre trame. Données hébergées en France, rien n'est utilisé pour entraîner un modèle.\n\nNous vous "
        "offrons 14 jours d'essai pour trois conseillers, sans carte bancaire. Et je peux vous montrer l'outil en "
        "20 minutes.\n\n" + _SCR_SIG,
        None,
        "fr",
        "07:58",
    ),
    "scr2": (
        _SCR,
        "RE: " + _SCR_S,
        "Bonjour,\n\nAvez-vous eu le temps de regarder ? Je peux vous faire la démo jeudi ou vendredi. Si ce n'est pas "
        "le moment, dites-moi quand revenir vers vous.\n\n" + _SCR_SIG,
        "scr1",
        "fr",
        "12:15",
    ),
    "min1": (
        _MIN,
        _MIN_S,
        "Hi,\n\nEvery client meeting comes with an hour of paperwork: file notes, the fact-find update, the "
        "suitability letter.\n\nMinutely listens to your meetings (in person, phone or Teams), then drafts the file "
        "note and a first version of the suitability report in your own template. UK and EU hosting, nothing used "
        "for model training, and it's built with Consumer Duty evidence in mind.\n\nWe're offering a 14-day trial "
        "for up to three advisers - no card needed - and I'm happy to show you round in 20 minutes.\n\n" + _MIN_SIG,
        None,
        "en",
        "08:40",
    ),
    "min2": (
        _MIN,
        "RE: " + _MIN_S,
        "Hi,\n\nQuick one: how many advisers and paraplanners would use it? Pricing is per seat, so I can send a quote "
        "as soon as I know.\n\n" + _MIN_SIG,
        "min1",
        "en",
        "15:50",
    ),
    "cpt1": (
        _CPT,
        _CPT_S,
        "Bonjour,\n\nPics de saisie en début d'année, collaborateurs introuvables, liasses qui s'accumulent avant le "
        "mois de mai : beaucoup de cabinets d'expertise comptable nous confient aujourd'hui leur production.\n\n"
        "Comptarelais réalise la saisie, le lettrage, les déclarations de TVA et la préparation des liasses pour les "
        "cabinets, sur vos outils (Cegid, ACD, Pennylane, Tiime...), avec des équipes à Nantes et à Tunis. Pour "
        "juger sur pièces, nous traitons gratuitement un mois de saisie sur trois de vos dossiers clients.\n\n"
        + _CPT_SIG,
        None,
        "fr",
        "09:00",
    ),
    "cpt2": (
        _CPT,
        "RE: " + _CPT_S,
        "Bonjour,\n\nNos tarifs démarrent à 1,10 € HT la ligne de saisie. Voulez-vous que je vous prépare un devis "
        "sur vos volumes ? Et si la période fiscale est trop chargée, je peux revenir vers vous après le 15 mai.\n\n"
        + _CPT_SIG,
        "cpt1",
        "fr",
        "14:45",
    ),
    "led1": (
        _LED,
        _LED_S,
        "Hi,\n\nJanuary crunch, staff you can't hire, year-end workings piling up: more and more practices are "
        "sending their bookkeeping and accounts prep offshore.\n\nLedgerhand is a team of ACCA-qualified "
        "bookkeepers in Pune and Manila working inside your own software (Xero, QuickBooks, IRIS, CCH) under UK "
        "supervision, ISO 27001 certified. To show you the quality, we'll do three of your client files free of "
        "charge - a month's bookkeeping or one set of year-end workings each.\n\n" + _LED_SIG,
        None,
        "en",
        "06:50",
    ),
    "led2": (
        _LED,
        "RE: " + _LED_S,
        "Hi,\n\nShould I check back after 31 January, once self-assessment is out of the way? Or is there someone "
        "else at the practice who looks after outsourcing?\n\n" + _LED_SIG,
        "led1",
        "en",
        "11:40",
    ),
    "led3": (
        _LED,
        "RE: " + _LED_S,
        "Hi,\n\nLast note from me on this. If the timing's wrong I'm happy to pick it up in the spring; if it's a "
        "no, a two-word reply saves us both the emails.\n\n" + _LED_SIG,
        "led2",
        "en",
        "08:20",
    ),
}

# --------------------------------------------------------------------------- rendering the prospects' replies

_SENDER_STYLE = {"fr": "gmail_fr", "en": "gmail_en"}
_NESTED = {"iphone_fr": "apple_fr"}


def _before(d: date, n: int) -> date:
    """n weekdays before d."""
    while n:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _body(key: str, to: str, d: date) -> str:
    """A sender's email with the earlier emails it follows up quoted under it, a week older each."""
    _frm, _subj, body, parent, lang, _hm = MAILS[key]
    if parent is None:
        return body
    pd = d - timedelta(days=7)
    pfrm, psubj, _pb, _pp, _pl, phm = MAILS[parent]
    return body + block(_SENDER_STYLE[lang], pfrm, to, psubj, pd, phm, _body(parent, to, pd))


def mail(key: str, style: str, to: str, d: date) -> str:
    frm, subj, _b, _p, _l, hm = MAILS[key]
    return block(style, frm, to, subj, d, hm, _body(key, to, d))


def _cut(text: str, fragment: str, mark: str) -> str:
    """Puts `mark` on a line of its own after the sentence of `text` that contains `fragment`."""
    i = text.index(fragment)
    ends = [j for j in (text.find(". ", i), text.find("? ", i), text.find("\n", i)) if j != -1]
    j = min(ends) if ends else len(text)
    if text[j] in ".?":
        j += 1
    rest = text[j:].lstrip(" ")
    return text[:j] + "\n" + mark + (rest if rest.startswith("\n") else "\n" + rest)


def T(
    lang: str,
    label: str,
    key: str,
    style: str,
    who: str,
    sent: str,
    text: str,
    *,
    ago: int = 1,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply written above the sender's email (and its history), quoted by the prospect's client."""
    d = _before(D(sent), ago)
    return C(lang, label, text + mail(key, style, who, d), sent=sent, until=until, referral=referral)


def N(
    lang: str,
    label: str,
    sent: str,
    text: str,
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A message with nothing quoted: a fresh email, an autoreply, a notice."""
    return C(lang, label, text, sent=sent, until=until, referral=referral)


def INL(
    lang: str,
    label: str,
    key: str,
    style: str,
    who: str,
    sent: str,
    top: str,
    answers: list[tuple[str, str]],
    *,
    ago: int = 1,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """Answers typed inside the quoted email, each under the sentence that holds its fragment."""
    d = _before(D(sent), ago)
    frm, subj, _b, _p, _l, hm = MAILS[key]
    body = _body(key, who, d)
    for n, (fragment, _answer) in enumerate(answers):
        body = _cut(body, fragment, f"\x00{n}")
    lines = block(style, frm, who, subj, d, hm, body).split("\n")
    out = []
    for ln in lines:
        bare = ln.lstrip("> ")
        if bare.startswith("\x00"):
            out.append(answers[int(bare[1:])][1])
        else:
            out.append(ln)
    text = "\n".join(out)
    text = top + text if top else text.lstrip("\n")
    return C(lang, label, text, sent=sent, until=until, referral=referral)


_FWD_HEAD = {
    "fr": "---------- Message transféré ---------\nDe : {frm}\nDate : {w}\nObjet : {subj}\nÀ : {to}\n\n",
    "en": "---------- Forwarded message ---------\nFrom: {frm}\nDate: {w}\nSubject: {subj}\nTo: {to}\n\n",
}


def FWD(
    lang: str,
    label: str,
    sent: str,
    note: str,
    colleague: str,
    forwarder: str,
    col_text: str,
    key: str,
    inner_style: str,
    *,
    ago: int = 1,
    col_hm: str = "16:02",
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A note above a forwarded internal answer from a colleague, which itself quotes the sender's email."""
    d_col = _before(D(sent), ago)
    d_mail = _before(d_col, 1)
    fl = "fr" if inner_style.endswith("fr") or inner_style == "outlook_qc" else "en"
    head = _FWD_HEAD[fl].format(
        frm=colleague,
        w=when("gmail_fr" if fl == "fr" else "gmail_en", d_col, col_hm),
        subj="RE: " + MAILS[key][1],
        to=forwarder,
    )
    inner = col_text + mail(key, inner_style, forwarder, d_mail)
    return C(lang, label, note + "\n\n" + head + inner, sent=sent, until=until, referral=referral)


# --------------------------------------------------------------------------- meeting_request (11 fr / 9 en)

MEETING: list[dict[str, Any]] = [
    T(
        "fr",
        "meeting_request",
        "fil1",
        "outlook_fr",
        "Maître Bernard Coustillas <b.coustillas@notaires-coustillas-lyon.fr>",
        "2027-01-06",
        "Madame,\n\nAppelez-moi plutôt que de m'écrire, j'ai justement sur le bureau une succession avec un neveu parti "
        "au Brésil dans les années 80 et dont personne n'a d'adresse. Je suis à l'étude le matin, avant 11 h de "
        "préférence.\n\nBernard Coustillas\nNotaire associé\nSCP Coustillas & Ménard – 14 quai Saint-Antoine, 69002 "
        "Lyon\nTél. 04 78 42 19 60",
    ),
    INL(
        "fr",
        "meeting_request",
        "sil2",
        "gmail_fr",
        "Grégoire Lhermitte <g.lhermitte@lhermitte-patrimoine.fr>",
        "2027-01-14",
        "",
        [
            ("Souhaitez-vous un devis", "-> on verra après"),
            ("Je peux aussi vous appeler", "-> jeudi 14h ça me va, sur le 06 12 48 77 30"),
        ],
    ),
    T(
        "fr",
        "meeting_request",
        "scr2",
        "iphone_fr",
        "Karine Dubosc <karine@dubosc-cgp.fr>",
        "2027-01-21",
        "jeudi 11h pr la demo ? sinon vendredi aprem. envoyez le lien teams sur cette adresse",
    ),
    T(
        "fr",
        "meeting_request",
        "bss2",
        "owa_fr",
        "Paul Weis <paul.weis@weis-partners.lu>",
        "2027-02-03",
        "Bonjour Monsieur Ferrand,\n\nNous sommes 14 conseillers et 3 personnes au back-office, agréés PSF. Plutôt "
        "qu'une proposition sur papier, je préférerais qu'on se voie : quand passez-vous à Luxembourg ? Nos bureaux "
        "sont au Kirchberg, avenue J.F. Kennedy, et je suis là tous les jours sauf le vendredi.\n\nMeilleures "
        "salutations,\n\nPaul Weis\nManaging Partner\nWeis & Partners S.A.\nT +352 26 48 91 1\n\nCe message est "
        "confidentiel. S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.",
    ),
    T(
        "fr",
        "meeting_request",
        "art2",
        "outlook_fr",
        "Anne-Sophie Ritter <as.ritter@ritter-fo.ch>",
        "2027-02-08",
        "Bonjour Monsieur,\n\nVolontiers pour le café. La semaine du 15 me convient : mercredi 17 vers 10h, à notre "
        "bureau de la rue du Rhône ? Pas la peine de m'envoyer la plaquette, je préfère que vous me racontiez.\n\n"
        "Avec mes meilleures salutations,\n\nAnne-Sophie Ritter\nRitter Family Office SA\nRue du Rhône 62, 1204 "
        "Genève\n+41 22 318 40 72",
    ),
    T(
        "fr",
        "meeting_request",
        "cpt1",
        "outlook_qc",
        "Mélanie Gagnon, CPA <mgagnon@gagnonlessard-cpa.ca>",
        "2027-01-12",
        "Bonjour Mme Belhadj,\n\nÇa m'intéresserait d'en jaser avant de vous envoyer quoi que ce soit. Pouvez-vous "
        "m'appeler cette semaine? Je suis au bureau jusqu'à 16 h, sauf vendredi.\n\nMerci!\n\nMélanie Gagnon, CPA\n"
        "Associée\nGagnon Lessard CPA inc.\n1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec)\n"
        "514 555-0183 poste 204",
    ),
    T(
        "fr",
        "meeting_request",
        "fil2",
        "gmail_fr",
        "Étude Notariale Van Damme <etude@vandamme-notaire.be>",
        "2027-01-26",
        "Madame,\n\nPas de clerc à qui transmettre : c'est moi qui gère les successions, et j'en ai deux qui traînent "
        "depuis l'an passé. Passez donc à l'étude un de ces jours, on les regardera ensemble ; mardi ou jeudi, de "
        "préférence vers onze heures.\n\nBien à vous,\n\nMe Luc Van Damme\nNotaire à Namur\nRue de Fer 31, 5000 Namur\n"
        "081 22 47 90",
    ),
    T(
        "fr",
        "meeting_request",
        "scr1",
        "apple_fr",
        "Thomas Aubrac <thomas.aubrac@aubrac-associes.fr>",
        "2027-01-08",
        "Bonjour Julien,\n\nMontrez-moi ça. Mardi 9h30 en visio ? Et prévoyez de me dire ce que ça coûterait pour nos "
        "6 conseillers et 2 assistantes, que je ne tombe pas de ma chaise après.\n\nThomas\n\nThomas Aubrac\nAubrac & "
        "Associés – Conseil en gestion de patrimoine\nCIF n° E00 8421 – ORIAS 14 003 562\n06 63 21 08 44",
    ),
    T(
        "fr",
        "meeting_request",
        "bss1",
        "outlook_fr",
        "Laure Pichon <accueil@garnier-gestion-privee.fr>",
        "2027-01-19",
        "Bonjour Monsieur,\n\nM. Garnier m'a demandé de vous proposer un créneau pour un échange téléphonique au sujet "
        "de votre bilan : lundi 25 janvier à 14h ou mardi 26 à 10h. Merci de me confirmer celui qui vous convient, "
        "il vous appellera sur votre portable.\n\nCordialement,\n\nLaure Pichon\nAssistante de direction\nGarnier "
        "Gestion Privée\n8 cours de l'Intendance, 33000 Bordeaux\n05 56 44 12 08",
        ago=2,
    ),
    T(
        "fr",
        "meeting_request",
        "sil1",
        "android_fr",
        "Charles-Henri Bellando <ch.bellando@bellando-wm.mc>",
        "2027-02-15",
        "Bonjour,\n\nUne démonstration oui, mais en présentiel : nous recevons à Monaco, pas de visio pour ce genre de "
        "sujet. Donnez-moi deux dates fin février ou début mars.\n\nCH. Bellando\nBellando Wealth Management SAM\n"
        "7 boulevard des Moulins, MC 98000 Monaco\n+377 97 98 21 40",
    ),
    T(
        "fr",
        "meeting_request",
        "cpt2",
        "gmail_fr",
        "Yann Le Goff <yann@legoff-expertise.fr>",
        "2027-03-02",
        "Hello Sonia,\n\nplutot qu'un devis dans le vide, un call de 20 min pr caler le scope ? On a ~40 dossiers BIC "
        "et une dizaine de SCI. Je suis dispo lundi after 17h ou mercredi midi.\n\nThx\nYann\n\n--\nYann Le Goff\n"
        "Expert-comptable – Le Goff Expertise\n22 rue de Siam, 29200 Brest\n02 98 43 70 11",
    ),
    T(
        "en",
        "meeting_request",
        "hei1",
        "outlook_en",
        "Rachel Thornbury <rachel.thornbury@thornburylaw.co.uk>",
        "2027-01-07",
        "Owen,\n\nRing me on 0113 496 0542 when you get a minute - I've one that's been stuck for two years "
        "(possible half-brother in Queensland, nobody's sure). Best after 2pm.\n\nRachel\n\nRachel Thornbury\n"
        "Partner, Wills, Trusts & Probate\nThornbury Law LLP, 3 Park Square East, Leeds LS1 2NE\n\nThornbury Law LLP "
        "is authorised and regulated by the Solicitors Regulation Authority (SRA No. 611842).",
    ),
    INL(
        "en",
        "meeting_request",
        "min2",
        "gmail_en",
        "Ben Aldridge <ben@aldridgefinancial.co.uk>",
        "2027-01-28",
        "See below\n\nBen",
        [
            (
                "how many advisers and paraplanners",
                "4 advisers, 2 paraplanners. But before any quote I'd want to see it working on a real meeting - "
                "can you do a demo Tuesday?",
            )
        ],
    ),
    T(
        "en",
        "meeting_request",
        "gre2",
        "outlook_en",
        "Daniel Koh <daniel.koh@marinaeam.com.sg>",
        "2027-02-02",
        "Hi Priya,\n\nA call next week is fine. Tue or Wed afternoon SGT works, pls send the invite and include my "
        "colleague Wei Ling (weiling.tan@marinaeam.com.sg), she runs our advisory platform.\n\nRgds\nDaniel Koh\n"
        "Director, Marina EAM Pte. Ltd.\n8 Marina View, #28-04 Asia Square Tower 1, Singapore 018960\n"
        "+65 6592 0138\n\nMarina EAM Pte. Ltd. is a licensed fund management company regulated by the Monetary "
        "Authority of Singapore.",
    ),
    T(
        "en",
        "meeting_request",
        "key1",
        "gmail_en",
        "Cian Brennan <cian@brennanfp.ie>",
        "2027-01-13",
        "Rory,\n\nI'd be open to a chat about this alright, the Fitness and Probity side is doing my head in. Could you "
        "give me a shout Thursday morning? 087 214 5590.\n\nCian\n\nBrennan Financial Planning Ltd t/a Brennan FP is "
        "regulated by the Central Bank of Ireland.",
    ),
    T(
        "en",
        "meeting_request",
        "pro1",
        "outlook_us",
        "Miriam Schechter <mschechter@hudsonrivercap.com>",
        "2027-02-10",
        "Serena -\n\nWe have two client families with serious collections (one with a Calder mobile and a room full of "
        "Warhol prints). I'm not going to email their schedules around. I'm in London the week of March 8 - could we "
        "grab lunch and talk it through?\n\nMiriam Schechter, CFP\nManaging Director\nHudson River Capital Advisors, "
        "LLC\n1270 Avenue of the Americas, New York, NY 10020\n(212) 555-0147",
    ),
    T(
        "en",
        "meeting_request",
        "led2",
        "gmail_en",
        "Shane Whitfield <shane@whitfieldsmsf.com.au>",
        "2027-01-27",
        "G'day Arjun,\n\nNo need to wait till Feb - happy to jump on a Zoom this arvo or tomorrow and see how it'd "
        "work with our Xero Practice Manager setup.\n\nCheers,\nShane\nWhitfield SMSF Accountants, Level 4, 88 "
        "Pitt St, Sydney NSW 2000\nLiability limited by a scheme approved under Professional Standards Legislation.",
    ),
    T(
        "en",
        "meeting_request",
        "gre1",
        "outlook_en",
        "Rohit Khandelwal <rohit.k@sapphirewealth.in>",
        "2027-03-04",
        "Dear Ms Raman,\n\nGreetings from Sapphire Wealth. We have gone through your mail and the same is of interest "
        "to our PMS desk. Kindly revert with a suitable slot for a call this week or next to discuss further. Please "
        "do the needful.\n\nThanks & Regards,\nRohit Khandelwal\nAVP - Products, Sapphire Wealth Advisors Pvt. Ltd.\n"
        "Nariman Point, Mumbai 400021\n+91 22 6654 3310\nSEBI Registered Investment Adviser INA000012345",
    ),
    T(
        "en",
        "meeting_request",
        "min1",
        "apple_en",
        "Tom Rudd <tom@ruddwealth.co.uk>",
        "2027-02-19",
        "Another AI note-taker, just what my inbox needed. Fine - you've got 20 minutes to convince me it's better "
        "than the three I've already binned. Friday 10:30?\n\nTom",
    ),
    T(
        "en",
        "meeting_request",
        "key2",
        "outlook_en",
        "Sinead Farrell <sfarrell@doylewealth.ie>",
        "2027-03-09",
        "Hi Rory,\n\nSinead here, I look after Mr Doyle's diary. He'd like 30 minutes on Teams next week to go through "
        "this; would Wednesday at 3pm or Thursday at 11am suit? He'll give you the headcount on the call.\n\nKind "
        "regards,\nSinead Farrell\nPA to Conor Doyle\nDoyle Wealth Management\nFitzwilliam Square, Dublin 2\n"
        "+353 1 661 4420",
    ),
]

# --------------------------------------------------------------------------- interested (13 fr / 11 en)

INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "interested",
        "sil1",
        "outlook_fr",
        "Isabelle Ferrand-Ruiz <i.ferrand-ruiz@cap-horizon-patrimoine.fr>",
        "2027-01-11",
        "Bonjour,\n\nCi-joint notre allocation « Équilibre » (ISIN et poids, export Quantalys du 31/12). Vous pouvez "
        "faire tourner.\n\nIsabelle Ferrand-Ruiz\nCap Horizon Patrimoine – CIF, courtier en assurance\n"
        "12 allée Jean Jaurès, 31000 Toulouse\n05 61 22 90 34",
    ),
    T(
        "fr",
        "interested",
        "fil1",
        "owa_fr",
        "Me Sandrine Aubert-Lacoste <s.aubert@office-notarial-pau.notaires.fr>",
        "2027-01-13",
        "Madame,\n\nDossier MARCHAND (veuve, sans descendance) : acte de décès, acte de notoriété incomplet et la "
        "dernière adresse connue du frère (Oran, 1962) en pièces jointes. Dites-moi si c'est suffisant pour "
        "démarrer.\n\nSentiments distingués,\n\nSandrine Aubert-Lacoste\nNotaire\nOffice notarial de la Place "
        "Clemenceau, 64000 Pau\n05 59 27 41 80",
    ),
    T(
        "fr",
        "interested",
        "cpt1",
        "gmail_fr",
        "Nathalie Brun <n.brun@brun-expertise.fr>",
        "2027-01-18",
        "Bonjour,\n\nEnvoyez-moi la liste des accès à créer : on vous ouvre trois dossiers sur ACD (un boulanger, une "
        "SCI familiale, un kiné en BNC). Qui doit signer l'accord de confidentialité chez vous ?\n\nNathalie Brun\n"
        "Expert-comptable – Brun Expertise\n5 rue des Carmes, 45000 Orléans",
    ),
    T(
        "fr",
        "interested",
        "scr1",
        "iphone_fr",
        "Lucie Marchal <lucie@marchal-patrimoine.fr>",
        "2027-01-20",
        "ok pr l'essai, on est 3 : moi, Lucas et Ines. creez les comptes sur nos adresses @marchal-patrimoine.fr, "
        "meme format que la mienne",
    ),
    T(
        "fr",
        "interested",
        "art1",
        "outlook_fr",
        "Olivier Chappuis <o.chappuis@chappuis-gerance.ch>",
        "2027-02-01",
        "Bonjour Monsieur,\n\nJe vous transmets sous pli séparé (lien WeTransfer, mot de passe par SMS) la police "
        "actuelle et l'inventaire de la collection d'un de nos clients : septante pièces environ, surtout de la "
        "peinture suisse du XIXe. Merci de traiter cela avec la plus grande discrétion.\n\nMeilleures salutations\n\n"
        "Olivier Chappuis\nAssocié gérant\nChappuis Gérance de Fortune SA\nAvenue de la Gare 10, 1003 Lausanne\n"
        "+41 21 311 48 20",
    ),
    T(
        "fr",
        "interested",
        "bss1",
        "gmail_fr",
        "Delphine Roussel <delphine.roussel@roussel-cif.fr>",
        "2027-01-25",
        "Bonjour,\n\nVoici par le lien sécurisé ci-dessous nos procédures, la cartographie LCB-FT et le dernier "
        "rapport annuel CIF. Votre bilan tombe bien, on n'a rien revu depuis le départ de notre ancienne "
        "responsable.\n\nhttps://partage.roussel-cif.fr/s/Kq7TzB\n\nDelphine Roussel\nRoussel Conseil – CIF membre "
        "de la CNCGP\n04 91 33 57 02",
        ago=3,
    ),
    FWD(
        "fr",
        "interested",
        "2027-03-03",
        "Bonjour Madame Belhadj,\n\nVoir la réponse de notre chef de mission ci-dessous : on part sur votre mois "
        "offert, les trois dossiers sont prêts. Je vous laisse voir avec lui pour les accès.\n\nFrançois Mercier\n"
        "Associé – Mercier Audit & Conseil, Angers",
        "Julien Poirier <j.poirier@mercier-audit.fr>",
        "François Mercier <f.mercier@mercier-audit.fr>",
        "OK pour moi. Je prendrais Bernier Menuiserie, la SARL Fontaine et la SCI des Tilleuls, ce sont les plus "
        "lourds en saisie. Qu'ils nous disent sur quel logiciel ils veulent travailler.\n\nJulien",
        "cpt2",
        "outlook_fr",
        ago=1,
    ),
    INL(
        "fr",
        "interested",
        "sil2",
        "gmail_fr",
        "Marc-Antoine Delvaux <ma.delvaux@delvaux-finance.be>",
        "2027-02-09",
        "",
        [
            ("Souhaitez-vous un devis", "Pas encore."),
            (
                "Je peux aussi vous appeler",
                "Pas la peine. Par contre le rapport offert sur notre portefeuille modèle, oui : fichier joint "
                "(onze lignes, dont deux fonds luxembourgeois).",
            ),
        ],
    ),
    T(
        "fr",
        "interested",
        "fil2",
        "outlook_fr",
        "Me Françoise Lambotte <f.lambotte@notaire-lambotte.be>",
        "2027-02-04",
        "Madame,\n\nOui, un dossier bloqué : succession à Liège, cousins germains du côté maternel, dont l'un serait "
        "parti au Congo dans les années soixante. Je vous fais parvenir le dossier par le courrier de demain.\n\n"
        "Salutations distinguées,\n\nFrançoise Lambotte\nNotaire\nBoulevard d'Avroy 18, 4000 Liège\n04 223 18 70",
    ),
    T(
        "fr",
        "interested",
        "scr2",
        "outlook_qc",
        "Jean-François Tremblay <jf.tremblay@tremblay-planif.qc.ca>",
        "2027-02-16",
        "Allô Julien,\n\nOn embarque pour l'essai de 14 jours. Par contre nos rencontres se font souvent en anglais "
        "avec nos clients de l'Ouest-de-l'Île, est-ce que ça marche quand même?\n\nJ-F Tremblay, Pl. Fin.\n"
        "Tremblay Planification financière inc.\n418 555-0162",
    ),
    T(
        "fr",
        "interested",
        "art2",
        "apple_fr",
        "Valérie Du Pasquier <vdp@dupasquier-associes.ch>",
        "2027-02-11",
        "Pas besoin de café. Envoyez-moi plutôt ce qu'il vous faut pour la revue : j'ai un client à Cologny dont "
        "l'inventaire date de 2011 et qui vient d'hériter des tableaux de sa mère.\n\nVDP",
    ),
    T(
        "fr",
        "interested",
        "bss2",
        "owa_fr",
        "Hervé Castagné <h.castagne@castagne-patrimoine.fr>",
        "2027-02-17",
        "Bon, vous êtes tenace. On a un contrôle AMF annoncé pour avril, alors allons-y pour votre bilan, on verra "
        "bien ce que vous trouvez. Nous sommes 5 conseillers.\n\nH. Castagné\nCastagné Patrimoine\n"
        "3 place du Capitole, 31000 Toulouse",
    ),
    T(
        "fr",
        "interested",
        "cpt1",
        "owa_fr",
        "Carine Schmit <c.schmit@fiduciaire-moselle.lu>",
        "2027-03-08",
        "Bonjour,\n\nÇa tombe à pic, nous avons perdu deux comptables en décembre. Je vous propose de commencer par "
        "trois Soparfi que nous tenons sur Sage : notre responsable IT vous enverra les accès VPN lundi.\n\n"
        "Cordialement,\n\nCarine Schmit\nDirectrice\nFiduciaire de la Moselle S.à r.l.\n12, route d'Esch, "
        "L-1470 Luxembourg\nT +352 45 68 21-1",
    ),
    T(
        "en",
        "interested",
        "hei1",
        "outlook_en",
        "Aidan Moloney <amoloney@moloneysolicitors.ie>",
        "2027-01-15",
        "Owen,\n\nEstate of the late Margaret Doherty - will attached, plus the little we know about her nephew "
        "(last heard of in Perth WA, 1994). Over to you.\n\nAidan Moloney\nMoloney & Co. Solicitors\nMain Street, "
        "Ennis, Co. Clare\n065 682 1190",
    ),
    T(
        "en",
        "interested",
        "gre1",
        "gmail_en",
        "Felicity Osei <felicity@oseiwealth.co.uk>",
        "2027-01-19",
        "Hi Priya,\n\nHoldings for our Balanced model attached as a CSV (ISIN, weight). Curious what you make of the "
        "PAI side, our current provider is a black box.\n\nFelicity Osei\nChartered Financial Planner\nOsei Wealth, "
        "Birmingham",
    ),
    T(
        "en",
        "interested",
        "pro1",
        "outlook_en",
        "Vivian Lau <vivian.lau@harbourtrust.com.hk>",
        "2027-02-05",
        "Dear Serena,\n\nPlease courier the review pack and your NDA to my attention: Ms Vivian Lau, Harbour Trust "
        "Ltd, 18/F Jardine House, 1 Connaught Place, Central, Hong Kong. The client will sign the NDA before we "
        "share the schedule.\n\nBest regards,\nVivian Lau\nSenior Trust Officer\n+852 2801 4456",
    ),
    T(
        "en",
        "interested",
        "led1",
        "gmail_en",
        "Gareth Pryce <gareth@prycetaxaccountants.co.uk>",
        "2027-01-21",
        "Go on then. Three files: a dental practice, a buy-to-let landlord and a café, all on Xero. Who do I invite "
        "as an advisor user?\n\nGareth\n\nPryce Tax & Accountancy, Cardiff",
    ),
    T(
        "en",
        "interested",
        "min1",
        "apple_en",
        "Niamh Cassidy <niamh@cassidyfinancial.ie>",
        "2027-01-29",
        "Sure look, we'll give it a go. Set us up, three seats: me, Aoife and Declan. Same domain as mine.\n\nNiamh",
    ),
    T(
        "en",
        "interested",
        "key1",
        "outlook_en",
        "Graham Whyte <g.whyte@whyteandco-ifa.co.uk>",
        "2027-02-12",
        "Rory,\n\nYes please to the gap review. Our Consumer Duty board report is due in July and I'd welcome a "
        "second pair of eyes. I'll send over our outcomes MI pack this afternoon.\n\nGraham Whyte\nCompliance "
        "Director\nWhyte & Co IFA Ltd, Aberdeen\nWhyte & Co IFA Ltd is authorised and regulated by the Financial "
        "Conduct Authority (FRN 456123).",
    ),
    T(
        "en",
        "interested",
        "hei2",
        "gmail_us",
        "Patrick Lynch <plynch@lynchestatelaw.com>",
        "2027-02-18",
        "Not a paralegal thing here, I do my own. I've got an intestate estate in Worcester, MA with a half-sibling "
        "nobody can find. What do you need from me to get started?\n\nPatrick J. Lynch, Esq.\nLynch Estate Law, P.C."
        "\n(508) 555-0199",
    ),
    T(
        "en",
        "interested",
        "led3",
        "outlook_en",
        "Joanne Hollis <joanne@hollisandpartners.co.uk>",
        "2027-03-10",
        "Not a no. Let's do the three files - I've invited you as an advisor user on Xero for Hollins Joinery, The "
        "Daily Grind and Pemberton Lettings.\n\nJoanne Hollis FCCA\nHollis & Partners, Chartered Certified "
        "Accountants\nSheffield",
    ),
    FWD(
        "en",
        "interested",
        "2027-03-15",
        "Hannah,\n\nSee below from our paraplanning lead. We'd like to go ahead with the trial for the three of "
        "them.\n\nMark",
        "Claire Hughes <claire.hughes@hughesbarker.co.uk>",
        "Mark Barker <mark.barker@hughesbarker.co.uk>",
        "Happy to be one of the guinea pigs. Put me, Raj and Kate down, we've got six reviews booked next week "
        "anyway.\n\nC",
        "min2",
        "outlook_en",
    ),
    T(
        "en",
        "interested",
        "gre2",
        "gmail_en",
        "Jasmine Ong <jasmine.ong@lionrockadvisory.sg>",
        "2027-02-22",
        "Can. Send me the upload link, I'll put in our Growth model first. The other two only after I see the "
        "output lah.\n\nJasmine",
    ),
    T(
        "en",
        "interested",
        "pro2",
        "gmail_en",
        "Lachlan Pearce <lachlan@pearceprivate.com.au>",
        "2027-03-17",
        "Yes send the sample schedule through, and let's do the review for one client in Toorak - I'll get her "
        "current policy off the insurer this week.\n\nLachlan Pearce\nPearce Private Wealth, Melbourne\nAFSL 412876",
    ),
]

# --------------------------------------------------------------------------- information_request (10 fr / 8 en)

INFORMATION: list[dict[str, Any]] = [
    T(
        "fr",
        "information_request",
        "fil1",
        "outlook_fr",
        "Me Jean-Baptiste Orsini <jb.orsini@orsini-notaires.fr>",
        "2027-01-05",
        "Madame,\n\nAvant d'aller plus loin : comment êtes-vous rémunérés ? Par un pourcentage de l'actif prélevé sur "
        "la part des héritiers retrouvés, ou au forfait par l'étude ? Ce n'est pas du tout la même chose vis-à-vis de "
        "nos clients, et la Chambre nous pose la question.\n\nBien à vous,\n\nJean-Baptiste Orsini\nNotaire associé\n"
        "Orsini & Santoni, notaires associés – 2 cours Napoléon, 20000 Ajaccio",
    ),
    T(
        "fr",
        "information_request",
        "sil1",
        "gmail_fr",
        "Benoît Sarrazin <benoit.sarrazin@sarrazin-gp.fr>",
        "2027-01-22",
        "Bonjour,\n\nVos données ESG viennent d'où ? MSCI, Morningstar, ou vous les calculez vous-mêmes ? Et votre "
        "questionnaire suit-il les orientations de l'ESMA sur les préférences de durabilité, ou c'est une trame "
        "maison ?\n\nCdt\nB. Sarrazin",
    ),
    T(
        "fr",
        "information_request",
        "scr1",
        "outlook_fr",
        "Caroline Vidal <c.vidal@vidal-conseil-patrimonial.fr>",
        "2027-01-26",
        "Bonjour,\n\nOù sont stockés les enregistrements, et combien de temps ? Nos clients nous demandent "
        "systématiquement si « l'IA écoute ». Et le consentement du client à l'enregistrement, c'est vous qui le "
        "recueillez ou nous ?\n\nCaroline Vidal\nVidal Conseil Patrimonial\n06 07 44 18 92",
        ago=2,
    ),
    T(
        "fr",
        "information_request",
        "bss1",
        "iphone_fr",
        "Arnaud Keller <a.keller@keller-patrimoine.fr>",
        "2027-02-02",
        "Un RCCI externalisé, concrètement ça se passe comment ? Vous venez au cabinet ou tout se fait à distance ? "
        "Et c'est vous qui signez le rapport annuel ou c'est toujours moi ?",
    ),
    T(
        "fr",
        "information_request",
        "art1",
        "outlook_fr",
        "Stéphanie Rey <s.rey@rey-family-office.mc>",
        "2027-02-24",
        "Monsieur,\n\nVos contrats sont-ils placés auprès d'assureurs agréés à Monaco, ou en libre prestation de "
        "services depuis Paris ou Londres ? Nos clients résidents y sont attentifs.\n\nCordialement,\n\nStéphanie Rey"
        "\nDirectrice\nRey Family Office SAM\n1 avenue Princesse Grace, MC 98000 Monaco",
    ),
    T(
        "fr",
        "information_request",
        "cpt1",
        "outlook_qc",
        "Sylvain Bouchard <sbouchard@bouchard-cpa.qc.ca>",
        "2027-02-25",
        "Bonjour,\n\nEst-ce que vos équipes à Tunis et à Montréal travaillent aussi sur des dossiers québécois (TPS/"
        "TVQ, NCECF)? Et comment gérez-vous la confidentialité des renseignements personnels avec la Loi 25?\n\n"
        "Sylvain Bouchard, CPA\nBouchard CPA S.E.N.C.R.L., Trois-Rivières",
    ),
    INL(
        "fr",
        "information_request",
        "cpt2",
        "outlook_fr",
        "Aurélie Faure <a.faure@faure-associes-ec.fr>",
        "2027-03-11",
        "Bonjour, une question dans le texte.\n\nA. Faure",
        [
            (
                "Nos tarifs démarrent",
                "[AF] Qu'appelez-vous une « ligne » : une écriture, ou une ligne de relevé bancaire ? Et le lettrage "
                "est-il compris ?",
            )
        ],
    ),
    T(
        "fr",
        "information_request",
        "scr2",
        "gmail_fr",
        "Pieter Claes <pieter.claes@claes-vermogensadvies.be>",
        "2027-02-23",
        "Bonjour Julien,\n\nAvant toute démo, une question : est-ce que ça fonctionne aussi en néerlandais ? Une bonne "
        "partie de nos clients sont flamands, et on passe d'une langue à l'autre dans le même rendez-vous.\n\n"
        "Pieter Claes\nClaes Patrimoine / Vermogensadvies – Bruxelles",
    ),
    T(
        "fr",
        "information_request",
        "fil2",
        "android_fr",
        "Corinne Laval <c.laval@etude-laval-notaire.fr>",
        "2027-03-01",
        "c payant pour l'etude ou pour les heritiers ? merci",
    ),
    T(
        "fr",
        "information_request",
        "sil2",
        "outlook_fr",
        "Agnès Moreau <contact@hamon-patrimoine.fr>",
        "2027-03-16",
        "Bonjour,\n\nMme Hamon souhaiterait savoir si l'abonnement est sans engagement de durée, et si les données "
        "sont mises à jour chaque jour ou chaque mois, avant de donner suite.\n\nBien cordialement,\n\nAgnès Moreau\n"
        "Assistante – Hamon Patrimoine\n02 40 48 16 22",
    ),
    T(
        "en",
        "information_request",
        "hei1",
        "gmail_us",
        "Dana Whitaker <dwhitaker@whitakerprobate.com>",
        "2027-01-12",
        "Quick question before I send anything: are you licensed as private investigators in Massachusetts, and do "
        "you work on a contingency basis with the heirs or for a flat fee billed to the estate?\n\nDana Whitaker\n"
        "Whitaker Probate & Trust Law\nSpringfield, MA",
    ),
    INL(
        "en",
        "information_request",
        "key2",
        "outlook_en",
        "Euan Grant <euan.grant@grantpaterson.co.uk>",
        "2027-01-20",
        "",
        [
            (
                "our retainer starts at",
                "EG >> What does that cover? Is the annual SMF16 sign-off and file checking included, or extra?",
            )
        ],
    ),
    T(
        "en",
        "information_request",
        "min1",
        "orig_en",
        "Sanjay Patel <sanjay@patelwealthplanning.co.uk>",
        "2027-02-04",
        "Does it write back into Intelliflo Office? If we have to copy and paste into the CRM it's a non-starter for "
        "us.\n\nSanjay Patel DipPFS\nPatel Wealth Planning, Leicester",
    ),
    T(
        "en",
        "information_request",
        "gre2",
        "gmail_en",
        "Bronwyn Kelly <bronwyn@kellyadvice.com.au>",
        "2027-02-26",
        "Before we talk - does your data cover Aussie managed funds and ASX-listed ETFs, or is it just UCITS? No "
        "point otherwise.\n\nBronwyn Kelly\nKelly Advice Pty Ltd, Brisbane | AR of Lighthouse Advice AFSL 234567",
    ),
    T(
        "en",
        "information_request",
        "pro1",
        "outlook_us",
        "Gregory Haines <ghaines@hainesfamilyoffice.com>",
        "2027-03-03",
        "Serena,\n\nDo you only place through Lloyd's, or do you also work with US admitted carriers? Several of our "
        "families are in Connecticut and their trustees prefer admitted paper.\n\nGreg Haines\nChief Operating "
        "Officer\nHaines Family Office, Greenwich, CT",
    ),
    T(
        "en",
        "information_request",
        "led1",
        "outlook_en",
        "Harpreet Sandhu <h.sandhu@sandhuaccountants.co.uk>",
        "2027-03-18",
        "Hi Arjun,\n\nHow do you handle data protection with staff in Manila and Pune - is there an IDTA in place, "
        "and are your people DBS-equivalent background-checked? Our PI insurers will ask.\n\nHarpreet Sandhu ACA\n"
        "Sandhu & Co Chartered Accountants, Wolverhampton",
    ),
    T(
        "en",
        "information_request",
        "min2",
        "gmail_en",
        "Eleanor Fitch <eleanor@fitchplanning.co.uk>",
        "2027-03-23",
        "Can it cope with three people in a room? Our meetings are usually both spouses plus me, sometimes their "
        "accountant on speakerphone. Every tool we've tried mixes the voices up.\n\nEleanor",
    ),
    FWD(
        "en",
        "information_request",
        "2027-03-25",
        "Rory,\n\nOur COO had a couple of questions before we go any further - see below.\n\nDavid",
        "Kirsty Munro <kirsty.munro@munrowealth.co.uk>",
        "David Munro <david.munro@munrowealth.co.uk>",
        "Are their consultants FCA-approved or just ex-regulator contractors? And does the gap review come with any "
        "obligation to sign up afterwards? Not keen on a free lunch that isn't.\n\nK",
        "key1",
        "outlook_en",
    ),
]

# --------------------------------------------------------------------------- quote_request (9 fr / 7 en)

QUOTE: list[dict[str, Any]] = [
    T(
        "fr",
        "quote_request",
        "sil2",
        "outlook_fr",
        "Gilles Marty <g.marty@marty-gestion.fr>",
        "2027-01-15",
        "Bonjour,\n\nOui, un devis pour 4 conseillers et une assistante (un accès en lecture seule suffit pour elle). "
        "Merci.\n\nGilles Marty\nMarty Gestion Privée – Montpellier",
    ),
    INL(
        "fr",
        "quote_request",
        "cpt2",
        "gmail_fr",
        "Stéphane Roche <s.roche@roche-comptabilite.fr>",
        "2027-01-27",
        "",
        [
            (
                "Voulez-vous que je vous prépare un devis",
                "Oui : environ 18 000 lignes par an, dont 60 % entre janvier et avril, et des TVA mensuelles pour 25 "
                "dossiers.",
            )
        ],
    ),
    T(
        "fr",
        "quote_request",
        "bss2",
        "outlook_fr",
        "Philippe Guérin <p.guerin@guerin-associes-cgp.fr>",
        "2027-02-10",
        "Monsieur,\n\n12 conseillers, 2 sites (Nantes et Rennes), une activité de courtage en assurance en plus du "
        "CIF. Envoyez la proposition.\n\nPhilippe Guérin\nPrésident – Guérin & Associés\n02 40 89 33 10",
    ),
    T(
        "fr",
        "quote_request",
        "art1",
        "gmail_fr",
        "Édouard Villeneuve <e.villeneuve@villeneuve-patrimoine.fr>",
        "2027-01-29",
        "Bonjour,\n\nCombien coûterait une garantie en valeur agréée pour une collection estimée à 4,2 M€, surtout des "
        "œuvres sur papier, dans un appartement du 7e avec alarme reliée et coffre ? Une fourchette de prime "
        "suffit pour l'instant, le client veut comparer avec son assureur actuel.\n\nÉdouard Villeneuve\n"
        "Villeneuve Patrimoine – Family office",
    ),
    T(
        "fr",
        "quote_request",
        "fil1",
        "outlook_fr",
        "Me Hélène Fabre <h.fabre@fabre-notaires.fr>",
        "2027-02-19",
        "Madame,\n\nPour une recherche simple, un frère à retrouver en France métropolitaine, quel serait votre "
        "forfait ? J'ai trois dossiers de ce type en ce moment à l'étude.\n\nHélène Fabre\nNotaire, Montauban",
        ago=2,
    ),
    T(
        "fr",
        "quote_request",
        "scr1",
        "android_fr",
        "Rémi Castel <remi.castel@castel-finances.fr>",
        "2027-02-22",
        "Bjr, combien pr 4 postes à l'année ? merci",
    ),
    T(
        "fr",
        "quote_request",
        "sil1",
        "owa_fr",
        "Nicolas Berthoud <n.berthoud@berthoud-gestion.ch>",
        "2027-03-05",
        "Madame,\n\nMerci de nous faire parvenir une offre pour 9 gérants et l'accès aux données d'environ 1 200 "
        "fonds. Facturation en CHF si possible.\n\nMeilleures salutations\n\nNicolas Berthoud\nBerthoud Gestion de "
        "Fortune SA, Genève\nMembre de l'OSIF – surveillé par la FINMA",
    ),
    T(
        "fr",
        "quote_request",
        "scr2",
        "outlook_qc",
        "Nathalie Côté <ncote@cote-gestionprivee.ca>",
        "2027-03-12",
        "Bonjour Julien,\n\nPouvez-vous m'envoyer une soumission pour 7 conseillers? On voudrait comparer avec l'outil "
        "qu'on utilise déjà, qui nous coûte une beurrée.\n\nNathalie Côté\nCôté Gestion privée inc., Sherbrooke",
    ),
    T(
        "fr",
        "quote_request",
        "cpt1",
        "outlook_fr",
        "Bertrand Lévêque <b.leveque@leveque-expertise.fr>",
        "2027-03-22",
        "Madame,\n\nNous ne faisons pas d'essai gratuit, par principe. Donnez-moi directement un prix pour 30 dossiers "
        "en tenue complète (BIC, régime réel normal, TVA mensuelle), nous jugerons sur pièces ensuite.\n\n"
        "B. Lévêque\nLévêque Expertise & Conseil, Dijon",
    ),
    INL(
        "en",
        "quote_request",
        "min2",
        "outlook_en",
        "Oliver Grant <oliver.grant@grantlongstaff.co.uk>",
        "2027-01-14",
        "",
        [
            (
                "how many advisers and paraplanners",
                "7 advisers, 3 paraplanners and an admin. Quote please, annual billing.",
            )
        ],
    ),
    T(
        "en",
        "quote_request",
        "key2",
        "outlook_en",
        "Helen Ashby <helen.ashby@ashbywestwealth.co.uk>",
        "2027-02-01",
        "Rory,\n\nHeadcount is 22, of which 11 advisers, across two offices (Bristol and Bath). Please send over a "
        "proposal.\n\nHelen Ashby\nOperations Director, Ashby West Wealth",
    ),
    T(
        "en",
        "quote_request",
        "led1",
        "gmail_en",
        "Craig Dunstan <craig@dunstanaccounting.com.au>",
        "2027-02-08",
        "What would you charge for around 140 SMSF annual returns, workpapers only, turned around by end of Feb? "
        "Just a ballpark mate.\n\nCraig",
    ),
    T(
        "en",
        "quote_request",
        "pro1",
        "outlook_en",
        "Annabel Sykes <asykes@sykesprivateoffice.co.uk>",
        "2027-02-16",
        "Serena,\n\nOne client has a cellar of about 3,000 bottles valued at £1.8m, stored in bond at Octavian, plus "
        "a few hundred at home. What would cover cost, roughly?\n\nAnnabel Sykes\nSykes Private Office, Cirencester",
    ),
    T(
        "en",
        "quote_request",
        "gre1",
        "gmail_en",
        "Marcus Lim <marcus.lim@orchardprivate.sg>",
        "2027-03-08",
        "Hi Priya, pls quote for 15 RMs, annual licence, with fund data for Singapore-registered funds only. Need it "
        "by Fri for our budget. Thks\n\nMarcus Lim\nHead of Advisory, Orchard Private Pte Ltd",
    ),
    T(
        "en",
        "quote_request",
        "hei2",
        "outlook_en",
        "Siobhan Keane <skeane@keanesolicitors.ie>",
        "2027-03-19",
        "Owen,\n\nCan you give me a fixed price for two estates? One needs a full tree on the father's side (Mayo, "
        "emigration to Boston around 1920), the other is just one cousin believed to be in Ontario.\n\nSiobhan Keane"
        "\nKeane Solicitors, Castlebar",
    ),
    FWD(
        "en",
        "quote_request",
        "2027-03-24",
        "Arjun - our practice manager's numbers below. Can you quote on that?\n\nPhil",
        "Donna Rees <donna@reesandmorgan.co.uk>",
        "Phil Morgan <phil@reesandmorgan.co.uk>",
        "Roughly 60 clients on monthly bookkeeping, 25 year-end sets, peak in Jan. All on QuickBooks bar four on "
        "Sage.\n\nD",
        "led2",
        "outlook_en",
    ),
]

# --------------------------------------------------------------------------- not_interested (14 fr / 12 en)

NOT_INTERESTED: list[dict[str, Any]] = [
    INL(
        "fr",
        "not_interested",
        "fil2",
        "outlook_fr",
        "Me Olivier Tissandier <o.tissandier@tissandier-notaires.fr>",
        "2027-01-08",
        "Réponses ci-dessous.\n\nO. Tissandier",
        [
            ("avez-vous en ce moment un dossier bloqué", ">> Non."),
            (
                "pouvez-vous m'indiquer à qui écrire",
                ">> Personne : l'étude travaille avec le même généalogiste depuis vingt ans.",
            ),
            ("je peux aussi vous recontacter", ">> Inutile."),
        ],
    ),
    T(
        "fr",
        "not_interested",
        "sil1",
        "outlook_fr",
        "Sabine Legrand <s.legrand@legrand-associes.fr>",
        "2027-01-12",
        "Bonjour,\n\nMerci, mais nous avons déjà le questionnaire et les données ESG intégrés à notre logiciel de "
        "gestion de la relation client. Pas de besoin de ce côté.\n\nBonne journée,\nSabine Legrand",
    ),
    T(
        "fr",
        "not_interested",
        "bss2",
        "gmail_fr",
        "Emmanuel Perrot <e.perrot@perrot-conseil.fr>",
        "2027-01-28",
        "Non, c'est bon pour nous : nous avons recruté une RCCI en interne au 1er janvier. Inutile de chiffrer.\n\n"
        "E. Perrot",
    ),
    T(
        "fr",
        "not_interested",
        "art2",
        "outlook_fr",
        "Geneviève Ducrest <g.ducrest@ducrest-gestion.ch>",
        "2027-02-12",
        "Monsieur,\n\nNon merci pour le café comme pour la plaquette. Nos clients passent par leur banque privée pour "
        "ces questions.\n\nMeilleures salutations\n\nGeneviève Ducrest\nDucrest Gestion SA, Fribourg",
    ),
    T(
        "fr",
        "not_interested",
        "scr1",
        "iphone_fr",
        "Jacques Morvan <j.morvan@morvan-patrimoine.fr>",
        "2027-01-15",
        "Enregistrer mes clients ? Jamais de la vie. Le jour où je pose un micro sur la table, ils partent tous.",
    ),
    T(
        "fr",
        "not_interested",
        "cpt1",
        "outlook_fr",
        "Pascale Girard <p.girard@girard-ec.fr>",
        "2027-02-02",
        "Madame,\n\nMerci pour votre proposition, mais la production reste chez nous : c'est un choix des associés et "
        "nos clients y sont attachés.\n\nCordialement,\n\nPascale Girard\nExpert-comptable associée\n"
        "Girard & Lemoine, Clermont-Ferrand",
    ),
    T(
        "fr",
        "not_interested",
        "cpt2",
        "outlook_qc",
        "Luc Bergeron <lbergeron@bergeron-associes.qc.ca>",
        "2027-02-18",
        "Non merci, on fait affaire avec une firme de Laval depuis des années et ça roule très bien.\n\nLuc Bergeron, "
        "CPA\nBergeron & Associés, Québec",
    ),
    T(
        "fr",
        "not_interested",
        "art1",
        "gmail_fr",
        "Samia Haddad <samia@haddad-epargne.fr>",
        "2027-03-04",
        "Bonjour,\n\nNos clients n'ont pas de collections dignes de ce nom, nous faisons surtout de l'épargne "
        "salariale et de la retraite. Sans objet pour nous.\n\nSamia Haddad",
    ),
    T(
        "fr",
        "not_interested",
        "sil2",
        "apple_fr",
        "Frédéric Nguyen <f.nguyen@nguyen-wealth.fr>",
        "2027-03-09",
        "Non merci. Et 90 € par conseiller et par mois pour un questionnaire, sérieusement ?\n\nFN",
    ),
    T(
        "fr",
        "not_interested",
        "fil1",
        "outlook_fr",
        "Me Daniel Rochat <d.rochat@rochat-notaires.ch>",
        "2027-01-19",
        "Madame,\n\nJe vous remercie de votre proposition. Dans notre canton, la recherche des héritiers passe par la "
        "justice de paix et nous n'y recourons pas à des généalogistes privés.\n\nAvec mes salutations distinguées\n"
        "\nDaniel Rochat\nNotaire, Neuchâtel",
    ),
    T(
        "fr",
        "not_interested",
        "scr2",
        "gmail_fr",
        "Sophie Lenoir <sophie.lenoir@lenoir-cgp.fr>",
        "2027-02-25",
        "Bonjour,\n\nOn a testé un outil du même genre l'an dernier, ça n'a pas pris, l'équipe n'en veut plus. Bonne "
        "continuation à vous.\n\nSophie",
    ),
    T(
        "fr",
        "not_interested",
        "cpt2",
        "owa_fr",
        "Thierry Baudouin <t.baudouin@baudouin-ec.fr>",
        "2027-03-15",
        "Vous pouvez classer notre fiche sans suite, nous ne donnerons pas suite ni maintenant ni après le 15 mai.\n\n"
        "T. Baudouin",
    ),
    T(
        "fr",
        "not_interested",
        "bss1",
        "outlook_fr",
        "Christine Maillard <c.maillard@maillard-courtage.fr>",
        "2027-03-10",
        "Bonjour Monsieur,\n\nNous avons stoppé l'activité CIF l'an passé pour ne garder que le courtage en assurance : "
        "plus de RCCI à prévoir chez nous. Merci quand même.\n\nChristine Maillard\nGérante – Maillard Courtage, "
        "Reims\nORIAS 09 052 118",
    ),
    T(
        "fr",
        "not_interested",
        "sil1",
        "owa_fr",
        "Koen Verhaegen <k.verhaegen@verhaegen-am.be>",
        "2027-03-26",
        "Bonjour,\n\nNous ne sommes pas concernés : nous ne faisons que de la gestion discrétionnaire pour des "
        "institutionnels, sans conseil aux particuliers.\n\nBien à vous,\nKoen Verhaegen\nVerhaegen Asset "
        "Management SA, Bruxelles",
    ),
    T(
        "en",
        "not_interested",
        "gre3",
        "gmail_en",
        "Robert Lang <robert@langfinancial.co.uk>",
        "2027-01-25",
        "No, you've got it right. Close it.\n\nR",
    ),
    T(
        "en",
        "not_interested",
        "key1",
        "outlook_en",
        "Martin Kerr <martin@kerrfinancial.co.uk>",
        "2027-01-18",
        "Rory,\n\nWe're a two-man band and our network does all of this for us. Not needed, thanks.\n\nMartin Kerr\n"
        "Kerr Financial, Appointed Representative of Sentinel Network Ltd",
    ),
    T(
        "en",
        "not_interested",
        "min1",
        "gmail_en",
        "Priti Shah <priti@shahplanning.co.uk>",
        "2027-02-03",
        "We tried two of these last year and went back to typing. Thanks anyway.\n\nPriti",
    ),
    T(
        "en",
        "not_interested",
        "hei2",
        "outlook_en",
        "Alasdair Fraser <afraser@fraserlawyers.co.uk>",
        "2027-02-09",
        "Naw, we're fine - we use a firm in Glasgow we've worked with for years. No need to chase after the tax year "
        "either.\n\nAlasdair Fraser\nPartner, Private Client\nFraser & Co Lawyers, Inverness",
    ),
    T(
        "en",
        "not_interested",
        "pro2",
        "gmail_en",
        "Imogen Webb <imogen.webb@webbpartners.co.uk>",
        "2027-02-15",
        "No thanks - we don't advise on chattels, it's outside our permissions.\n\nImogen",
    ),
    T(
        "en",
        "not_interested",
        "led1",
        "outlook_en",
        "Vikram Chauhan <vikram@chauhanandco.co.uk>",
        "2027-02-23",
        "Hi Arjun,\n\nThanks but we keep everything in-house. Our clients are told their data doesn't leave the UK and "
        "I intend to keep it that way.\n\nVikram Chauhan FCA\nChauhan & Co, Slough",
    ),
    INL(
        "en",
        "not_interested",
        "led2",
        "outlook_en",
        "Pauline Ward <pauline@wardaccountancy.co.uk>",
        "2027-03-02",
        "",
        [
            ("Should I check back after 31 January", "No need."),
            ("Or is there someone", "No, it's me, and it's still no."),
        ],
    ),
    T(
        "en",
        "not_interested",
        "hei1",
        "outlook_us",
        "Carl Brandt <cbrandt@brandtestates.com>",
        "2027-03-05",
        "Mr. Gallagher,\n\nWe're a trusts & estates boutique in Austin; heir searches go through our own licensed "
        "investigators. We'll pass.\n\nCarl Brandt\nBrandt Estate Planning PLLC",
    ),
    T(
        "en",
        "not_interested",
        "gre1",
        "apple_en",
        "Hugh Pemberton <hugh@pembertoncapital.co.uk>",
        "2027-03-12",
        "Ah yes, another ESG data vendor. Our clients want returns, not PAI scores. Hard pass.",
    ),
    T(
        "en",
        "not_interested",
        "key2",
        "gmail_en",
        "Lorraine Doherty <lorraine@dohertyfs.co.uk>",
        "2027-03-16",
        "£850 a month? We pay less than that for our whole network membership. Not for us at that price, Rory.\n\n"
        "Lorraine\nDoherty Financial Services, Derry~Londonderry",
    ),
    T(
        "en",
        "not_interested",
        "min2",
        "gmail_en",
        "Fergal Nolan <fergal@nolanwealth.ie>",
        "2027-03-22",
        "None of us would use it to be honest. Old school here, pen and paper and a good memory. Ta.\n\nFergal",
    ),
    T(
        "en",
        "not_interested",
        "pro1",
        "outlook_en",
        "Kate Harrington <kate@harringtonwealth.com.au>",
        "2027-03-29",
        "Appreciate it Serena, but clients' art is the insurer's problem, not ours. We'll leave it, cheers.\n\nKate "
        "Harrington\nHarrington Wealth, Adelaide",
    ),
]

# --------------------------------------------------------------------------- not_now (13 fr / 11 en)

NOT_NOW: list[dict[str, Any]] = [
    T(
        "fr",
        "not_now",
        "cpt2",
        "gmail_fr",
        "Agnès Dupuy <a.dupuy@dupuy-comptables.fr>",
        "2027-01-13",
        "Oui, revenez vers moi après le 15 mai, là c'est la folie.\n\nA. Dupuy",
        until="2027-05-16",
    ),
    T(
        "fr",
        "not_now",
        "scr2",
        "outlook_fr",
        "Vincent Arnaud <v.arnaud@arnaud-patrimoine.fr>",
        "2027-01-19",
        "Bonjour,\n\nPas avant la rentrée : nous changeons de logiciel de CRM d'ici l'été et je ne veux pas deux "
        "chantiers à la fois.\n\nVincent Arnaud\nArnaud Patrimoine, Rennes",
        until="2027-09-01",
    ),
    T(
        "fr",
        "not_now",
        "bss1",
        "owa_fr",
        "Marie-Claire Olivier <mc.olivier@olivier-finances.fr>",
        "2027-02-01",
        "Bonjour,\n\nAprès la clôture de notre exercice au 31 mars, ce sera plus simple. Recontactez-moi en avril.\n\n"
        "Marie-Claire Olivier\nOlivier Finances – CIF, Tours",
        until="2027-04-01",
    ),
    T(
        "fr",
        "not_now",
        "sil1",
        "outlook_fr",
        "Christophe Wagner <c.wagner@wagner-wealth.lu>",
        "2027-01-07",
        "Bonjour Madame,\n\nRevenez vers nous dans trois mois : nous finalisons notre propre politique ESG et le "
        "conseil d'administration ne la validera pas avant.\n\nCordialement,\n\nChristophe Wagner\nWagner Wealth "
        "S.A., 2, boulevard Royal, L-2449 Luxembourg",
        until="2027-04-07",
    ),
    T(
        "fr",
        "not_now",
        "art2",
        "apple_fr",
        "Pierre-Alain Favre <pa.favre@favre-associes.ch>",
        "2027-02-05",
        "La semaine du 15, je serai à St-Moritz avec des clients. Réessayons au printemps : à partir du 22 mars, "
        "je suis à Genève.\n\nPAF",
        until="2027-03-22",
    ),
    T(
        "fr",
        "not_now",
        "fil1",
        "iphone_fr",
        "Me Alexandra Pons <a.pons@pons-notaire.fr>",
        "2027-01-14",
        "pas avant fin fevrier, on demenage l'etude. redites moi a ce moment la",
        until="2027-03-01",
    ),
    T(
        "fr",
        "not_now",
        "cpt1",
        "outlook_fr",
        "Karim Bennani <k.bennani@bennani-audit.ma>",
        "2027-02-08",
        "Bonjour Madame,\n\nLe Ramadan commence et nous entrons ensuite dans la période des déclarations. Revenez vers "
        "nous après l'Aïd, disons vers la mi-mars.\n\nCordialement,\n\nKarim Bennani\nExpert-comptable DPLE\n"
        "Bennani Audit & Conseil, boulevard d'Anfa, Casablanca",
        until="2027-03-15",
    ),
    T(
        "fr",
        "not_now",
        "cpt2",
        "outlook_qc",
        "Annie Pelletier <apelletier@pelletier-cpa.ca>",
        "2027-02-22",
        "Bonjour Sonia,\n\nPas avant la fin de la saison des impôts, le 30 avril. Reviens-moi en mai pis on s'en "
        "reparle.\n\nAnnie Pelletier, CPA\nPelletier CPA inc., Rimouski",
        until="2027-05-01",
    ),
    T(
        "fr",
        "not_now",
        "scr1",
        "outlook_fr",
        "Julie Carrel <j.carrel@carrel-gp.fr>",
        "2027-01-21",
        "Bonjour,\n\nJe pars demain en congé maternité, jusqu'au 3 mai. Recontactez-moi à mon retour, le sujet "
        "m'intéresse vraiment.\n\nJulie Carrel\nCarrel Gestion Privée, Annecy",
        until="2027-05-03",
    ),
    INL(
        "fr",
        "not_now",
        "sil2",
        "outlook_fr",
        "Yves Chevalier <y.chevalier@chevalier-cgp.fr>",
        "2027-03-03",
        "",
        [
            ("Souhaitez-vous un devis", "YC : pas maintenant."),
            ("Je peux aussi vous appeler", "YC : plutôt après Pâques, nous bouclons les revues annuelles."),
        ],
        until="2027-03-29",
    ),
    T(
        "fr",
        "not_now",
        "fil2",
        "outlook_fr",
        "Me Catherine Wauters <c.wauters@notaire-wauters.be>",
        "2027-02-10",
        "Madame,\n\nOui, recontactez-moi après le 15 février comme vous le proposez, l'étude est en plein inventaire "
        "d'ici là.\n\nBien à vous,\n\nCatherine Wauters\nNotaire à Wavre",
        until="2027-02-16",
    ),
    T(
        "fr",
        "not_now",
        "bss2",
        "gmail_fr",
        "Laurent Fabiani <l.fabiani@fabiani-patrimoine.fr>",
        "2027-03-17",
        "On sera peut-être preneurs, mais pas avant notre contrôle ACPR. Écrivez-moi dans deux mois.\n\nL. Fabiani",
        until="2027-05-17",
    ),
    T(
        "fr",
        "not_now",
        "art1",
        "outlook_fr",
        "Béatrice Lorenzi <b.lorenzi@lorenzi-gestion.mc>",
        "2027-03-29",
        "Monsieur,\n\nCe n'est pas le moment, nous accueillons deux nouveaux gérants ce trimestre. Nous en reparlerons "
        "plus tard dans l'année.\n\nBéatrice Lorenzi\nLorenzi Gestion SAM, Monaco",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "led2",
        "gmail_en",
        "Steve Barraclough <steve@barracloughaccounts.co.uk>",
        "2027-01-11",
        "Yes, after 31 January please - it's carnage until then.\n\nSteve",
        until="2027-02-01",
    ),
    T(
        "en",
        "not_now",
        "gre2",
        "gmail_en",
        "Mick O'Connell <mick@oconnellwealth.com.au>",
        "2027-01-26",
        "After EOFY please Priya - we're flat out until 30 June.\n\nMick O'Connell\nO'Connell Wealth, Perth WA",
        until="2027-07-01",
    ),
    T(
        "en",
        "not_now",
        "hei2",
        "outlook_en",
        "Richard Vaughan <r.vaughan@vaughanprobate.co.uk>",
        "2027-02-17",
        "Owen,\n\nTry me again in the new tax year. We're short a paralegal until then.\n\nRichard Vaughan\n"
        "Vaughan Probate Solicitors, Chester",
        until="2027-04-06",
    ),
    T(
        "en",
        "not_now",
        "gre1",
        "outlook_en",
        "Ananya Iyer <ananya.iyer@kaveriwealth.in>",
        "2027-03-01",
        "Dear Priya,\n\nWe are in the midst of our March closing. Kindly connect after mid-April and we shall take it "
        "forward.\n\nRegards,\nAnanya Iyer\nKaveri Wealth Managers Pvt Ltd, Bengaluru",
        until="2027-04-15",
    ),
    T(
        "en",
        "not_now",
        "pro1",
        "gmail_en",
        "Shaun Tan <shaun.tan@tanfamilyoffice.sg>",
        "2027-01-28",
        "After CNY can? Office is half empty till then. Let's say the week of 15 Feb.\n\nShaun",
        until="2027-02-15",
    ),
    T(
        "en",
        "not_now",
        "hei1",
        "outlook_us",
        "Beth Kowalski <bkowalski@kowalskicpa.com>",
        "2027-02-03",
        "Owen,\n\nWe're buried until tax day. Circle back after April 15 and I'll have a couple of estates for you to "
        "look at.\n\nBeth Kowalski, CPA\nKowalski & Reyes CPAs, Milwaukee, WI",
        until="2027-04-16",
    ),
    T(
        "en",
        "not_now",
        "min1",
        "gmail_en",
        "Daniel Hartley <dan@hartleyfp.co.uk>",
        "2027-02-24",
        "Hi Hannah, I'm off on paternity leave from Friday until 12 April. Pick this up with me then - it looks "
        "useful.\n\nDan",
        until="2027-04-12",
    ),
    T(
        "en",
        "not_now",
        "key2",
        "outlook_en",
        "Aoife Gallagher <agallagher@gallagherfinancial.ie>",
        "2027-03-01",
        "Rory,\n\nAsk me again next month, we're knee-deep in the Central Bank return.\n\nAoife",
        until="2027-04-01",
    ),
    T(
        "en",
        "not_now",
        "led3",
        "gmail_en",
        "Tony Ellis <tony@ellisaccountants.co.uk>",
        "2027-03-03",
        "Not for us right now - try me in the summer once the year ends are done. July, say.\n\nTony",
        until="2027-07-01",
    ),
    T(
        "en",
        "not_now",
        "gre3",
        "outlook_en",
        "Philippa Crane <philippa.crane@cranewealth.co.uk>",
        "2027-02-19",
        "Priya,\n\nNot a priority right now, but don't close it: we review vendors in Q3. Ping me in September.\n\n"
        "Philippa Crane\nHead of Investment Proposition, Crane Wealth",
        until="2027-09-01",
    ),
    T(
        "en",
        "not_now",
        "pro2",
        "orig_en",
        "Adrian Moss <adrian.moss@mossprivate.co.uk>",
        "2027-03-11",
        "Give it a while. I'll come back to you once the new private office team is in place.\n\nAdrian",
        until=None,
    ),
]

# --------------------------------------------------------------------------- referral (11 fr / 9 en)

REFERRAL: list[dict[str, Any]] = [
    INL(
        "fr",
        "referral",
        "fil2",
        "owa_fr",
        "Me Gérard Lucas <g.lucas@lucas-besson-notaires.fr>",
        "2027-01-12",
        "",
        [
            (
                "pouvez-vous m'indiquer à qui écrire",
                "==> Écrivez à Maître Claire Besson, qui suit toutes nos successions : c.besson@lucas-besson-notaires.fr",
            )
        ],
        referral=("Claire Besson", "c.besson@lucas-besson-notaires.fr"),
    ),
    T(
        "fr",
        "referral",
        "bss1",
        "outlook_fr",
        "Sandrine Collet <s.collet@collet-frere-gp.fr>",
        "2027-01-20",
        "Bonjour,\n\nCe n'est pas moi qui gère la conformité au cabinet, voyez avec notre secrétaire général, Damien "
        "Rouvier.\n\nSandrine Collet\nConseillère en gestion de patrimoine\nCollet Frère Gestion Privée, Lille",
        referral=("Damien Rouvier", None),
    ),
    T(
        "fr",
        "referral",
        "sil1",
        "gmail_fr",
        "Alexis Perret <alexis.perret.pro@gmail.com>",
        "2027-02-04",
        "Bonjour,\n\nJe ne suis plus chez Cap Sud Patrimoine depuis décembre. Écrivez plutôt à l'accueil : "
        "contact@capsud-patrimoine.fr\n\nAlexis",
        referral=(None, "contact@capsud-patrimoine.fr"),
    ),
    T(
        "fr",
        "referral",
        "scr1",
        "outlook_fr",
        "Cabinet Lefèvre & Benhamou <info@lefevre-benhamou.fr>",
        "2027-02-08",
        "Bonjour,\n\nM. Lefèvre a quitté le cabinet fin janvier. Pour ce type de sujet, vous pouvez écrire à notre "
        "associée, Mme Sarah Benhamou : s.benhamou@lefevre-benhamou.fr.\n\nCordialement,\n\nL'accueil\nLefèvre & "
        "Benhamou – Gestion de patrimoine\n01 45 22 61 08",
        referral=("Sarah Benhamou", "s.benhamou@lefevre-benhamou.fr"),
    ),
    T(
        "fr",
        "referral",
        "cpt1",
        "outlook_fr",
        "Emma Rousseau <e.rousseau@perrin-rousseau-ec.fr>",
        "2027-01-22",
        "Bonjour,\n\nJe ne suis que collaboratrice ; c'est notre associé, Hugo Perrin, qui décide de ce genre de "
        "choses. Je vous mets son adresse : h.perrin@perrin-rousseau-ec.fr\n\nEmma Rousseau\nCollaboratrice "
        "comptable – Perrin Rousseau Expertise, Poitiers",
        referral=("Hugo Perrin", "h.perrin@perrin-rousseau-ec.fr"),
    ),
    T(
        "fr",
        "referral",
        "art1",
        "apple_fr",
        "Marine Saint-Clair <m.saintclair@saintclair-gestion.fr>",
        "2027-03-01",
        "Pas pour moi, mais ma consœur Inès de Valois (ines.devalois@valois-fo.fr) suit plusieurs collectionneurs, "
        "elle sera sans doute preneuse. Dites-lui que vous venez de ma part.\n\nMarine",
        referral=("Inès de Valois", "ines.devalois@valois-fo.fr"),
    ),
    T(
        "fr",
        "referral",
        "cpt2",
        "outlook_qc",
        "Geneviève Roy <groy@roy-fortin-cpa.ca>",
        "2027-02-26",
        "Bonjour,\n\nJe ne suis pas la bonne personne. Parlez à Martin Lavoie, notre directeur des opérations, au "
        "514 555-0174 poste 12.\n\nGeneviève Roy, CPA\nRoy Fortin CPA, Longueuil",
        referral=("Martin Lavoie", None),
    ),
    T(
        "fr",
        "referral",
        "scr2",
        "outlook_fr",
        "Marc Dewulf <m.dewulf@dewulf-patrimoine.be>",
        "2027-03-10",
        "Bonjour,\n\nJe prends ma pension fin mars. Mon successeur, Thomas Verbeke, reprend la clientèle et les "
        "outils ; écrivez-lui à partir d'avril : thomas.verbeke@dewulf-patrimoine.be.\n\nBien à vous,\n\nMarc Dewulf"
        "\nDewulf Patrimoine, Courtrai",
        referral=("Thomas Verbeke", "thomas.verbeke@dewulf-patrimoine.be"),
    ),
    T(
        "fr",
        "referral",
        "sil2",
        "owa_fr",
        "Florence Mathieu <f.mathieu@groupe-aurore-finance.fr>",
        "2027-03-18",
        "Bonjour,\n\nMauvaise adresse : les sujets ESG et données fonds sont gérés par notre équipe produits, "
        "produits@groupe-aurore-finance.fr.\n\nCordialement,\nF. Mathieu\nDirection commerciale – Groupe Aurore "
        "Finance",
        referral=(None, "produits@groupe-aurore-finance.fr"),
    ),
    FWD(
        "fr",
        "referral",
        "2027-03-23",
        "Madame,\n\nJe vous transfère la réponse de mon associé, qui tranche pour l'étude.\n\nMe Paul Royer",
        "Me Henri Castex <h.castex@royer-castex.notaires.fr>",
        "Me Paul Royer <p.royer@royer-castex.notaires.fr>",
        "Pas pour moi. Qu'elle voie avec Nadine Fournier, c'est elle qui monte tous les dossiers d'héritiers "
        "(n.fournier@royer-castex.notaires.fr).\n\nH.",
        "fil1",
        "outlook_fr",
        referral=("Nadine Fournier", "n.fournier@royer-castex.notaires.fr"),
    ),
    T(
        "fr",
        "referral",
        "bss2",
        "android_fr",
        "Patrick Dumas <patrick@dumas-patrimoine.fr>",
        "2027-03-24",
        "pas moi, c'est Anne Dumas mon associée (et ma femme) qui s'occupe de la conformité au cabinet : "
        "anne@dumas-patrimoine.fr",
        referral=("Anne Dumas", "anne@dumas-patrimoine.fr"),
    ),
    INL(
        "en",
        "referral",
        "hei2",
        "gmail_en",
        "Jeremy Cole <jeremy.cole@colehartley.co.uk>",
        "2027-01-20",
        "",
        [
            (
                "Is there a better person in your private client",
                "Yes - Lucy Marsh, our probate paralegal: lucy.marsh@colehartley.co.uk. I'll tell her to expect you.",
            )
        ],
        referral=("Lucy Marsh", "lucy.marsh@colehartley.co.uk"),
    ),
    T(
        "en",
        "referral",
        "key1",
        "gmail_en",
        "Nick Barrow <nickbarrow72@gmail.com>",
        "2027-01-26",
        "Rory, I left Aldgate Wealth at Christmas. No idea who's picked up compliance there, sorry.\n\nNick",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "min1",
        "outlook_en",
        "Jenny Walsh <jenny.walsh@priceandwalsh.co.uk>",
        "2027-02-11",
        "Hi Hannah,\n\nWrong person, I'm on the finance side. Try our Head of Advice, Jonathan Price.\n\nJenny Walsh\n"
        "Finance Manager, Price & Walsh Financial Planning",
        referral=("Jonathan Price", None),
    ),
    T(
        "en",
        "referral",
        "gre1",
        "gmail_en",
        "Rachel Goh <rachel.goh@bayfrontcapital.sg>",
        "2027-02-17",
        "Hi, not my area. Pls write to investment.office@bayfrontcapital.sg, they handle vendor onboarding.\n\nRachel",
        referral=(None, "investment.office@bayfrontcapital.sg"),
    ),
    T(
        "en",
        "referral",
        "pro2",
        "outlook_en",
        "Jonathan Fairweather <j.fairweather@fairweatherwealth.co.uk>",
        "2027-03-02",
        "Serena,\n\nI'm retiring from the firm at the end of March. From April, speak to Charlotte Dunne "
        "(charlotte.dunne@fairweatherwealth.co.uk) - she's taking over my clients and several have collections.\n\n"
        "Jonathan Fairweather\nFairweather Wealth, Tunbridge Wells",
        referral=("Charlotte Dunne", "charlotte.dunne@fairweatherwealth.co.uk"),
    ),
    INL(
        "en",
        "referral",
        "led2",
        "outlook_en",
        "Paul Kendrick <paul@kendrickaccountants.co.uk>",
        "2027-03-08",
        "",
        [
            (
                "Or is there someone",
                "[PK] Yes, our practice manager Gemma Clarke (gemma@kendrickaccountants.co.uk) looks after all that.",
            )
        ],
        referral=("Gemma Clarke", "gemma@kendrickaccountants.co.uk"),
    ),
    T(
        "en",
        "referral",
        "hei1",
        "outlook_us",
        "Maria Delgado <mdelgado@delgadoparker.com>",
        "2027-03-12",
        "Owen,\n\nThanks - I'm on the litigation side. Our trusts and estates partner is Robert Chen "
        "(rchen@delgadoparker.com); I've copied him.\n\nMaria Delgado\nDelgado Parker LLP, San Diego, CA",
        referral=("Robert Chen", "rchen@delgadoparker.com"),
    ),
    T(
        "en",
        "referral",
        "min2",
        "gmail_en",
        "Reception <reception@quinnandmurphy.ie>",
        "2027-03-19",
        "Ah I'm only on reception here. You'd want one of the partners - info@quinnandmurphy.ie will get you to "
        "them.\n\nBridget",
        referral=(None, "info@quinnandmurphy.ie"),
    ),
    T(
        "en",
        "referral",
        "gre2",
        "outlook_en",
        "Karthik Raghavan <karthik.r@trivenicapital.in>",
        "2027-03-26",
        "Dear Priya,\n\nI have moved to our Dubai office. For the India advisory desk, kindly contact Mr. Suresh Menon "
        "(suresh.menon@trivenicapital.in).\n\nRegards,\nKarthik",
        referral=("Suresh Menon", "suresh.menon@trivenicapital.in"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (11 fr / 9 en)

UNSUBSCRIBE: list[dict[str, Any]] = [
    T(
        "fr",
        "unsubscribe",
        "fil1",
        "outlook_fr",
        "Me Roland Mercier <r.mercier@mercier-notaire.fr>",
        "2027-01-07",
        "STOP\n\nRoland Mercier\nNotaire, Vesoul\n\nLe présent courriel et ses pièces jointes sont confidentiels.",
    ),
    T(
        "fr",
        "unsubscribe",
        "sil1",
        "outlook_fr",
        "Dominique Faivre <d.faivre@faivre-cgp.fr>",
        "2027-01-18",
        "OPPOSITION.\n\nMerci de supprimer mes coordonnées de votre base.\n\nD. Faivre",
    ),
    T(
        "fr",
        "unsubscribe",
        "bss2",
        "gmail_fr",
        "Sébastien Royer <s.royer@royer-patrimoine.fr>",
        "2027-02-05",
        "Vous pouvez arrêter de nous relancer, merci.\n\nS. Royer",
    ),
    T(
        "fr",
        "unsubscribe",
        "scr1",
        "android_fr",
        "Michel Garcia <m.garcia@garcia-conseil.fr>",
        "2027-01-27",
        "desabonement",
    ),
    T(
        "fr",
        "unsubscribe",
        "art1",
        "outlook_fr",
        "Hélène de Cazenove <h.decazenove@cazenove-gestion.fr>",
        "2027-02-15",
        "Monsieur,\n\nVotre lien de désinscription renvoie une erreur 404. Je vous demande donc par retour de mail de "
        "me retirer de vos envois.\n\nHélène de Cazenove",
    ),
    T(
        "fr",
        "unsubscribe",
        "cpt1",
        "gmail_fr",
        "Jean-Luc Perrier <jl.perrier@perrier-compta.fr>",
        "2027-02-10",
        "Je ne veux plus recevoir ce genre de mails, d'où qu'ils viennent. Effacez mon adresse.\n\nJLP",
    ),
    INL(
        "fr",
        "unsubscribe",
        "scr2",
        "gmail_fr",
        "Odile Berger <odile.berger@berger-gp.fr>",
        "2027-03-04",
        "",
        [("dites-moi quand revenir vers vous", "Jamais. Rayez-moi de votre liste.")],
    ),
    T(
        "fr",
        "unsubscribe",
        "cpt2",
        "outlook_qc",
        "Denis Ouellet <douellet@ouellet-cpa.ca>",
        "2027-03-09",
        "Madame,\n\nEn vertu de la Loi canadienne anti-pourriel, je vous demande de cesser tout envoi de messages "
        "électroniques commerciaux à cette adresse.\n\nDenis Ouellet, CPA\nOuellet CPA, Gatineau",
    ),
    T(
        "fr",
        "unsubscribe",
        "sil2",
        "outlook_fr",
        "Jean-Marc Lemaire <jm.lemaire@lemaire-vermogen.be>",
        "2027-03-19",
        "Ça fait trois fois. Fichez-moi la paix et retirez mon adresse de votre fichier.\n\nJ.-M. Lemaire\nLemaire "
        "Conseil, Mons",
    ),
    T(
        "fr",
        "unsubscribe",
        "fil2",
        "owa_fr",
        "Me Isabelle Garnier <i.garnier@garnier-notaires.fr>",
        "2027-03-25",
        "Madame,\n\nNous avons déjà un généalogiste attitré. Et ne m'écrivez plus, s'il vous plaît, ni vous ni vos "
        "collègues.\n\nI. Garnier",
    ),
    T(
        "fr",
        "unsubscribe",
        "art2",
        "outlook_fr",
        "Antoine Lambert <a.lambert@lambert-gestion.ch>",
        "2027-02-23",
        "Bonjour,\n\nJe ne fais plus partie de Lambert Gestion depuis janvier ; cette boîte n'est plus relevée que par "
        "l'informatique. Merci de supprimer cette adresse de vos fichiers.\n\nA. Lambert",
    ),
    T(
        "en",
        "unsubscribe",
        "min1",
        "gmail_en",
        "Colin Hart <colin@hartfinancialplanning.co.uk>",
        "2027-01-13",
        "stop pls",
    ),
    INL(
        "en",
        "unsubscribe",
        "key2",
        "orig_en",
        "Gordon McLeish <gordon@mcleishifa.co.uk>",
        "2027-02-02",
        "",
        [("or point me to whoever owns compliance", "No. And REMOVE me please.")],
    ),
    T(
        "en",
        "unsubscribe",
        "pro1",
        "gmail_en",
        "Harriet Pell <harriet@pellprivateclient.co.uk>",
        "2027-01-22",
        "OPT OUT\n\nHarriet Pell\nPell Private Client Solicitors, Bath",
    ),
    T(
        "en",
        "unsubscribe",
        "led3",
        "outlook_en",
        "Ian Proctor <ian@proctoraccountancy.co.uk>",
        "2027-02-26",
        "Not for us.\n\nIan Proctor\nProctor Accountancy Ltd, Halifax",
    ),
    T(
        "en",
        "unsubscribe",
        "gre3",
        "outlook_en",
        "Simon Ridley <simon.ridley@ridleyam.co.uk>",
        "2027-03-05",
        "Please close the file AND take me off your mailing list. Third email in a month.\n\nSimon Ridley",
    ),
    T(
        "en",
        "unsubscribe",
        "hei1",
        "outlook_en",
        "Deborah Quayle <dquayle@quaylelaw.co.uk>",
        "2027-02-15",
        "Please don't email me again. I have no idea how you got this address.\n\nD. Quayle",
    ),
    T(
        "en",
        "unsubscribe",
        "gre1",
        "gmail_en",
        "Wong Mei Ling <meiling.wong@straitsfamilyoffice.sg>",
        "2027-03-15",
        "Dear Ms Raman,\n\nUnder the PDPA I withdraw my consent to the use of my personal data for marketing. Please "
        "delete my details and confirm.\n\nWong Mei Ling",
    ),
    T(
        "en",
        "unsubscribe",
        "min2",
        "apple_en",
        "Declan Walsh <declan@walshfinancial.ie>",
        "2027-03-30",
        "Ah would ye stop. Take me off whatever list this is.\n\nD",
    ),
    T(
        "en",
        "unsubscribe",
        "hei2",
        "gmail_us",
        "Lauren Pierce <lpierce@piercetrustlaw.com>",
        "2027-03-16",
        "Remove me from your list. This is the second unsolicited email this month and I never asked for the "
        "first.\n\nLauren Pierce\nPierce Trust & Estate Law, Scottsdale, AZ",
    ),
]

# --------------------------------------------------------------------------- out_of_office (7 fr / 5 en)

OUT_OF_OFFICE: list[dict[str, Any]] = [
    N(
        "fr",
        "out_of_office",
        "2027-01-11",
        "Réponse automatique : Bonjour, je suis absente du cabinet jusqu'au lundi 18 janvier inclus, avec un accès "
        "limité à mes e-mails. Pour toute urgence, merci de contacter le secrétariat au 05 61 44 20 17.\n\n"
        "Cordialement,\nÉmilie Sarda\nSarda Patrimoine",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-02-22",
        "Ceci est un message automatique.\n\nL'étude sera fermée du lundi 22 au vendredi 26 février inclus. Vos "
        "messages seront traités à notre retour. En cas d'urgence concernant un acte en cours, veuillez appeler "
        "le 03 80 30 12 45.\n\nOffice notarial Delorme & Petit – Beaune",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-03-01",
        "Je suis absente du bureau jusqu'au 8 mars. Je prendrai connaissance de votre message à mon retour.\n\n"
        "I am out of the office until March 8. I will read your message when I return.\n\nJosée Lapointe, Pl. Fin.\n"
        "Lapointe Gestion de patrimoine, Laval (Québec)",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-02-09",
        "Bonjour,\n\nJe suis en congé jusqu'au 15/02 inclus. En mon absence, veuillez vous adresser à ma collègue "
        "Els Peeters (els.peeters@mertens-finance.be).\n\nMet vriendelijke groeten / Bien à vous,\nFrank Mertens",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-03-02",
        "Merci pour votre message. Je suis en formation à l'extérieur et ne consulterai pas ma messagerie avant le "
        "mercredi 3 mars. Pour toute question urgente : secretariat@thill-fiduciaire.lu / +352 26 12 84 1.\n\n"
        "Carole Thill\nThill Fiduciaire S.à r.l.",
    ),
    T(
        "fr",
        "out_of_office",
        "scr2",
        "outlook_fr",
        "Hugo Marchand <h.marchand@marchand-cgp.fr>",
        "2027-01-29",
        "Absent du bureau\n\nJe suis actuellement en déplacement et je n'ai qu'un accès très limité à ma messagerie. "
        "Je vous répondrai dès que possible.\n\nCe message a été généré automatiquement, merci de ne pas y répondre.",
        ago=0,
    ),
    N(
        "fr",
        "out_of_office",
        "2027-03-22",
        "[Réponse automatique] Congé parental jusqu'en juin. Votre message n'est pas transféré ; pour le cabinet, "
        "écrivez à contact@nivet-conseil.fr.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-01-27",
        "Thank you for your email. I am out of the office until Monday 1 February with limited access to email. For "
        "urgent matters please contact my colleague Sam Pritchard on 0161 496 0312.\n\nKind regards,\nLouise Bennett\n"
        "Bennett Wealth Management",
    ),
    N(
        "en",
        "out_of_office",
        "2027-01-05",
        "Happy New Year! I'm out of the office for the holidays and returning Monday, January 11. I'll get back to "
        "you as soon as I can.\n\nTodd Emerson, CFP®\nEmerson Financial Group, Charlotte, NC",
    ),
    N(
        "en",
        "out_of_office",
        "2027-01-18",
        "Hi, I'm on annual leave returning Monday 25 January. For urgent SMSF matters please call the office on "
        "(07) 3221 4470.\n\nCheers,\nKylie Dawson\nDawson Super & Tax, Brisbane",
    ),
    N(
        "en",
        "out_of_office",
        "2027-02-04",
        "Thank you for your email. I will be away for Chinese New Year from 5 to 12 February and will respond upon "
        "my return. For urgent matters, please contact enquiries@peakviewwealth.sg.\n\nRegards,\nChua Kian Meng",
    ),
    T(
        "en",
        "out_of_office",
        "gre1",
        "outlook_en",
        "Nikhil Deshpande <nikhil.d@horizonwealth.in>",
        "2027-03-17",
        "Automatic reply: I am travelling with limited access to mails till 22-Mar. For urgent matters kindly "
        "contact Ms. Pooja Sharma at pooja.sharma@horizonwealth.in or +91 20 6712 4400.\n\nRegards,\nNikhil",
        ago=0,
    ),
]

# --------------------------------------------------------------------------- other (11 fr / 9 en)

OTHER: list[dict[str, Any]] = [
    N(
        "fr",
        "other",
        "2027-01-06",
        "Ceci est le système de messagerie à l'adresse mailer-daemon@mx2.ovh.net.\n\nLe message n'a pas pu être "
        "remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente.\n\n<c.morel@morel-patrimoine.fr>: "
        "host mx1.morel-patrimoine.fr said: 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox "
        "table\n\n--- En-têtes du message d'origine ---\nFrom: Mathilde Ournac <m.ournac@sillon-esg.fr>\nSubject: "
        + _SIL_S,
    ),
    N(
        "fr",
        "other",
        "2027-01-25",
        "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #48213. Notre service client vous répondra "
        "sous 48 heures ouvrées.\n\nMerci de ne pas modifier l'objet de ce message si vous souhaitez compléter votre "
        "demande.\n\nL'équipe Relation Clients\nGroupe Vauban Gestion Privée",
    ),
    N(
        "fr",
        "other",
        "2027-02-09",
        "Votre message\n\n  À : Christine Vasseur-Roux\n  Objet : " + _BSS_S + "\n  Envoyé : lundi 8 février 2027 "
        "08:05\n\na été lu le mardi 9 février 2027 10:14.",
    ),
    T(
        "fr",
        "other",
        "art1",
        "outlook_fr",
        "Marion Perez <m.perez@perez-patrimoine.fr>",
        "2027-03-16",
        "Bonjour,\n\nNotre cabinet devient Perez & Associés au 1er avril : merci d'utiliser désormais "
        "m.perez@perez-associes.fr, l'ancienne adresse sera fermée fin mars.\n\nMarion Perez",
    ),
    T(
        "fr",
        "other",
        "sil1",
        "iphone_fr",
        "Thibault Renard <t.renard@renard-conseil.fr>",
        "2027-01-28",
        "Je suis en déplacement jusqu'à jeudi, je regarde tout ça à mon retour.",
    ),
    T(
        "fr",
        "other",
        "fil1",
        "outlook_fr",
        "Secrétariat Me Dufresne <secretariat@dufresne-notaire.fr>",
        "2027-02-16",
        "Madame,\n\nMaître Dufresne est en congé jusqu'au 1er mars. Je lui ferai suivre votre message à son retour.\n\n"
        "Cordialement,\nLe secrétariat\nÉtude de Maître Dufresne, Chartres",
    ),
    T(
        "fr",
        "other",
        "cpt1",
        "outlook_fr",
        "Laurent Brissac <l.brissac@brissac-ec.fr>",
        "2027-03-03",
        "Madame,\n\nConformément à l'article 15 du RGPD, merci de m'indiquer l'origine de mes coordonnées et "
        "l'ensemble des données que vous détenez à mon sujet.\n\nLaurent Brissac",
    ),
    N(
        "fr",
        "other",
        "2027-01-14",
        "Bonjour,\n\nVotre message à l'attention de g.lemoine@lemoine-finance.fr est en attente.\n\nPour qu'il soit "
        "délivré, merci de cliquer sur le lien ci-dessous et de vous authentifier. Cette vérification n'est "
        "demandée qu'une seule fois.\n\nhttps://mailinblack.example/verif?id=8f2c91\n\nCe message est envoyé "
        "automatiquement par la solution anti-spam de votre correspondant.",
    ),
    T(
        "fr",
        "other",
        "scr1",
        "outlook_fr",
        "Anne Fourcade <a.fourcade@fourcade-avocats.fr>",
        "2027-02-05",
        "Bonjour,\n\nPetite précision : je suis Maître Anne Fourcade, avocate fiscaliste, et non « Monsieur ». Merci de "
        "corriger votre fichier.\n\nA. Fourcade",
    ),
    T(
        "fr",
        "other",
        "art2",
        "gmail_fr",
        "Clotilde Marchetti <clotilde.marchetti@marchetti-gp.fr>",
        "2027-02-19",
        "Oups, j'ai cliqué sur « Se désinscrire » en bas de votre mail par erreur, en voulant ouvrir la pièce "
        "jointe sur mon téléphone. Je ne voulais pas ! Vous pouvez annuler ?\n\nClotilde",
    ),
    T(
        "fr",
        "other",
        "bss1",
        "outlook_fr",
        "Jérôme Mallet <j.mallet@mallet-patrimoine.fr>",
        "2027-03-26",
        "Sophie, tu peux me ressortir le dossier Lagarde pour demain 9h ? Et rappelle le notaire pour la donation. "
        "Merci\n\nJ.",
        ago=2,
    ),
    N(
        "en",
        "other",
        "2027-01-08",
        "Delivery has failed to these recipients or groups:\n\ntom.ashworth@ashworthwealth.co.uk\nThe email address "
        "you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
        "Diagnostic information for administrators:\nGenerating server: LO2P265MB0441.GBRP265.PROD.OUTLOOK.COM\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
        "lookup'\n\nOriginal message headers:\nFrom: Hannah Brook <hannah@minutely.ai>\nSubject: " + _MIN_S,
    ),
    N(
        "en",
        "other",
        "2027-02-01",
        "Request received: [#73391] " + _KEY_S + "\n\nHi there,\n\nThanks for contacting Carrick Wealth. This is an "
        "automated message to confirm we've received your request. A member of our team will get back to you within "
        "2 business days.\n\nPlease don't reply to this email - reply above this line to add to your request.",
    ),
    N(
        "en",
        "other",
        "2027-03-09",
        "Your message\n\n  To: James Whitmore\n  Subject: RE: " + _PRO_S + "\n  Sent: 08 March 2027 10:05\n\nwas "
        "read on 09 March 2027 08:47.",
    ),
    T(
        "en",
        "other",
        "min1",
        "gmail_en",
        "Oscar Bell <oscar@bellplanning.co.uk>",
        "2027-01-20",
        "Travelling this week, will have a proper look when I'm back in the office.\n\nSent from my phone",
    ),
    T(
        "en",
        "other",
        "gre2",
        "outlook_en",
        "Sarah Nkemelu <sarah.nkemelu@nkemeluwealth.co.uk>",
        "2027-02-08",
        "Priya,\n\nFYI I've unsubscribed from the Greenmark weekly digest (too much for me), but I'm fine hearing "
        "from you directly, no need to take me off anything else.\n\nSarah",
    ),
    T(
        "en",
        "other",
        "hei1",
        "outlook_us",
        "Greg Sullivan <gsullivan@sullivanestatelaw.com>",
        "2027-02-25",
        "Please note my new email address, gsullivan@sullivanpeck.law, effective immediately - this mailbox closes on "
        "March 31 when the firm merges.\n\nGreg Sullivan\nSullivan Peck LLP, Hartford, CT",
    ),
    T(
        "en",
        "other",
        "pro2",
        "gmail_en",
        "Matt Kearney <matt@kearneyprivate.com.au>",
        "2027-03-23",
        "Under APP 12 of the Privacy Act, please give me access to the personal information you hold about me and "
        "tell me where you got my details.\n\nMatt Kearney",
    ),
    T(
        "en",
        "other",
        "gre1",
        "outlook_en",
        "Tan Boon Huat <boonhuat.tan@meridianpb.sg>",
        "2027-03-31",
        "Noted with thanks.\n\nBoon Huat",
    ),
    T(
        "en",
        "other",
        "hei2",
        "apple_en",
        "Orla Fitzgerald <orla@fitzgeraldsolicitors.ie>",
        "2027-03-30",
        "Owen, ignore my last - wrong thread, that one was meant for our accountant! Apologies.\n\nOrla",
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
random.Random(22).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout22", CASES, sys.argv)
