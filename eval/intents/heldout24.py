"""A twenty-fourth held-out split, `heldout24`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, and did not open eval/intents/cases.json nor eval/intents/README.md.
What it opened: common.py (whole, one `cat`, in the same command as `date`, an `ls` of eval/intents/ (the files'
names only) and a `wc -l` of common.py); heldout22.py through a `wc -l` (with heldout23.py), a grep for its
docstring quotes, `def`s, imports, top-level constants and `__main__` piped to `head -50`, a print of lines 1-200 (its
docstring with its provenance, senders, look-alikes, labelling convention and borderline ids, its imports and `D`),
prints of lines 200-300 and 560-700, a grep for its top-level names and section rules piped to `sed -n 1,60p` (its
ten class headers with their counts, as far as not_interested), a print of lines 700-716 (the end of FWD and the
opening of its meeting list, no reply text) and its last 25 lines filtered by `grep -v` of lines beginning with a
string (the CASES list, the seeded shuffle, the `write_split` call); heldout23.py lines 1-80 (its docstring:
provenance, senders, counts, conventions, stopping inside its not_now dates: "not before Q4 ... early October" 1
October); the first 60 lines of heldout18.py, heldout19.py, heldout20.py and heldout21.py through a grep for `^- `,
"Prospects" and "sender" (their sender bullets' first lines and the provenance lines naming senders);
/work/shared/INTELLIGENCE.md through a grep for its headings (head) and a print of lines 39-49 (the intent section,
the ten classes); /work/shared/BEHAVIOUR.md through a grep for "R6" / "R8" (their first lines) and prints of lines
61-66 (R6) and 71-74 (R8); pyproject.toml through a grep for `tool.ruff` and a print of lines 60-80 (the ruff tables
down to blind12's per-file ignore); a calendar of July, August and September 2027 (python3, same command).
Slips: (1) the grep for heldout22's top-level constants and the print of its lines 200-300 showed its twelve sender
constants (names, addresses, signatures), its twelve subject lines and the first sender emails of its MAILS (fil1,
the start of fil2), and the print of lines 560-700 the last sender email (led3) and its rendering helpers
(_SENDER_STYLE, _NESTED, _before, _body, mail, _cut, T, N, INL, _FWD_HEAD, FWD): no prospect's reply, but the helpers
below follow those (same names, signatures and output; _before here also skips 14 July and 30 August 2027, the first
email under a follow-up moves back off a weekend or holiday, _cut also ends a sentence at " : ", and FW1 is new);
(2) the first try at printing a rendered thread exec'd this file's text and failed (NameError on `__file__`); the
second imported it from eval/intents/ with .venv/bin/python and then ran `rm -rf __pycache__` there, removing the
byte-code cache that import wrote (whether that directory held anything before was not checked); (3) heldout17.py and
heldout8.py to heldout16.py were not opened, so the six senders below are new against heldout18-23 only (some sit
next to earlier sectors: Valoria next to heldout22's art insurance and heldout20's art leasing, Tempera next to
heldout22's sustainability-preference questionnaires, Tenterden next to heldout22's probate researchers).
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was
run: `date` several times; an `ls` showing this file did not exist yet; the two renders above (a reply over a
follow-up in Outlook, an inline answer in Gmail); `python3 heldout24.py /tmp/h24` several times with throwaway python
scripts over its output that counted cases per class and language, checked that every `sent` is a weekday from
2027-07-05 to 2027-09-30 and not 14 July nor 30 August, counted distinct texts (200), looked for the two holidays in
the texts (only 189, an autoreply naming the bank holiday, on purpose), listed the not_now dates and the referrals,
printed about fifteen rendered threads (inline answers, forwards) and found the ids quoted below; a sed fixing a
prospect's name and giving M. Ferracci a first name; a python edit and a sed that marked two Outlook/OWA inline
declines ("[TC] Non.", "MC: No.") and gave them a line above the thread; ruff check and ruff format on this file; two
builds into /tmp/h24 and /tmp/h24b compared by md5; a python edit that put this docstring in place, then an awk and
a python check of line lengths and a print of the first and last `sent`. Not part of cases.json.

Prospects of six senders, invented, small firms selling to French and British wealth-management firms, private banks
and family offices, each with one voice writing in French (to France, Monaco, Switzerland, Luxembourg) and one in
English (to the UK, Ireland, the US), a first email or a follow-up (a follow-up quotes the first email under it, a
week older):
- Valoria Expertise (Paris, Geneva, London), valuers of art, furniture, watches, jewellery and wine for successions,
  gifts, divorces, IFI and insurance, with a free desk valuation of five items from photographs (a value range in
  eight days) and a call; footers: "répondez « RETRAIT »" and "Reply 'no more' and we'll stop writing"; follow-ups:
  "une succession ou une donation ? ... à qui puis-je écrire ? ... à la rentrée", and "full written reports start at
  £1,200 for up to 25 items ... Or should I be speaking to someone else?";
- Tenterden Trustees (Jersey, London, Geneva), an independent professional trustee, with a free health check on one
  client trust (deed, variations, letter of wishes) and a 20-minute call; footers: none, and a preferences link;
  follow-ups: "vingt minutes la semaine prochaine, mardi ou jeudi ? Sinon, dites-moi quand revenir vers vous", and
  "our annual fee ... starts at £6,500 ... a proposal ... or your trusts partner";
- Hestia Forums (Paris, London), conferences for family offices (Deauville, 7-8 October; London, 10-11 November),
  free for single-family offices, partner packages for banks; footers: a link to stop the invitations; follow-ups:
  "Souhaitez-vous que je vous en réserve une ? ... prise de parole ... à partir de 9 500 € HT", and "passes close on
  15 September ... panel seats ... from £8,000";
- Tempera (Paris, Lyon, Lausanne; London, Bristol), psychometric attitude-to-risk and capacity-for-loss
  questionnaires, with a 30-day trial for three advisers and a 20-minute demo; footers: "Répondez « STOP »" and "Not
  for you? Reply 'pass' and I'll stop writing"; follow-ups: "Combien de conseillers ? ... à partir de 39 € HT ... si
  je dois arrêter de vous relancer", and "tell me when to come back; if it's a no, reply 'pass'";
- Mécénova (Paris, Geneva, London), philanthropy advice (fonds de dotation, donor-advised funds), with a free 45-minute
  workshop for the firm's advisers; footers: a legitimate-interest notice naming dpo@ (no word to reply), and none;
  follow-ups: "une date en septembre ou en octobre ? ... à qui puis-je m'adresser ?", and "a 20-minute call next week?
  ... I'd be grateful for a name";
- Amarre (Antibes, Monaco, Paris, London, Palma), yacht and aircraft ownership advice, with a free ownership cost
  benchmark on one asset; footers: none, and "reply 'remove' and you won't hear from us again"; follow-ups: "Je serai
  à Monaco la semaine du 13 septembre : un café ?", and "a full ownership review is a fixed fee from €7,500".
The prospects: CGP / CIF practices and their assistants, notaries, family offices (directors, COOs, secretaries
general), Monaco and Geneva wealth managers, a Luxembourg family office, private banks, IFAs and financial planners,
private-client solicitors and wealth managers in England, Scotland, Wales and Ireland, US family offices and RIAs.
Everything (firms, people, addresses, numbers) is invented.

Counts (fr / en): meeting_request 10 / 10, interested 12 / 11, information_request 9 / 9, quote_request 8 / 7,
not_interested 13 / 13, not_now 13 / 13, referral 10 / 10, unsubscribe 10 / 10, out_of_office 7 / 7, other 8 / 10;
100 / 100. `sent`: weekdays from 2027-07-05 to 2027-09-23, none on 14 July or 30 August. `lang` is the language of
the prospect's new text; a Geneva autoreply in French then English is `fr`.
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads, inline
answers cut into the quoted email ("-> jeudi 16h", "[FB] Au second semestre 2028", "JT >> Try Deborah Vance", "RB >>
Validated by whom?", "-> 14 en tout, sur 3 agences", "[TC] Non.", "MC: No."), notes above a colleague's forwarded
answer and above the sender's email forwarded to a colleague, a PA and an executive assistant proposing slots, a
receptionist, a secretariat, typos and SMS style ("Bjr, ok pr une démo", "Pas intéréssé, on a deja un outil", "C pas
moi qui gère", "relancez moi ds 15 jours", "yes pls", "wrong person mate"), mobile signatures, one-word replies
("Sure.", "Nope.", "Non merci.", "RETRAIT", "STOP", "REMOVE", "Pass.", "?", "Thanks!").

Labelling convention: heldout22's and heldout23's, as their docstrings state it, as a human adviser would read the
prospect's NEW text (quoted history never counts). Taking up the free valuation, health check, pass, trial, workshop
or benchmark (sending photos, a deed, a contract; naming the seats; booking the workshop's date) is `interested`; a
call, demo, visit or coffee is `meeting_request`; a price or proposal for the prospect's own numbers is
`quote_request`; how the service or its fees work in general is `information_request`. Two intents: an opt-out over
anything; a named person or address over "not for me" or a date; a call or visit over a price or numbers given;
taking up the offer over numbers given or a practical question. A sender's own footer word sent back alone is an
opt-out; a plain decline is not. "Wrong person" / "I left" with nobody named is `referral` (null, null); a generic
address is `referral` with a null name; a named person without an address has a null address. Autoreplies, with or
without a return date or a stand-in, are `out_of_office`; a person's "travelling, will look when back" or a
secretariat's "en congé, je lui ferai suivre" ask for nothing and are `other`; bounces, a ticket acknowledgement, a
read receipt and a spam filter's challenge are `other`.
not_now dates, from `sent`, as heldout22 and heldout23 count them: a month named the first of it ("en janvier", "in
February", "March-ish"); "mi-octobre" / "Mid-October" the 15th; "après le 16 septembre" the day after; "w/c 13
September" that Monday; "dans un an" the same day a year on; "in two months" the same day two months on; "à la
rentrée" 1 September; "Q4 ... début octobre" 1 October; "the new year" 1 January 2028. Added here, in the same
spirit: "dans 15 jours" / "in a fortnight" fourteen days on; a weekday ("revenez vers moi lundi", "Next Tuesday") the
next such day after `sent`; "la semaine suivante" after a Friday the Monday after; "after the board meets on the
9th" the 10th; "not until after our away-day on Thursday 23 September" the 24th; "après la Toussaint" 2 November;
"not until the fiscal year closes on Sept 30" 1 October; "au second semestre 2028" 1 July 2028; a season by its
astronomical start ("à l'automne" 23 September 2027, "au printemps" 2028 20 March 2028); "after our AGM" with no date
carries no date (null).
Borderline decisions (ids as built): 015 "No more, thanks." to Valoria's English voice (its footer's words) and 071
"Pass." to Tempera's English follow-up (its word) are `unsubscribe`, while 115 "It's a no, but not a 'pass'", 100
"I'll pass" (Mécénova, no footer word), 174 "Non merci." (to Valoria, word RETRAIT), 067 "Not for us at that fee
level" and 117 "remove the yacht from your list – client sold it" (to Amarre, word "remove") are `not_interested`;
155 (inline "Oui. Arrêtez." under "si je dois arrêter de vous relancer") is `unsubscribe`, while 167 "Inutile de
revenir vers moi" after a reasoned decline is `not_interested`; 068 "Oubliez-moi", 092 (a broken unsubscribe link,
"retirer mon adresse de tous vos envois"), 182 (a preferences link wanting an account) and 004 ("Non merci, et
rayez-moi de vos listes") are `unsubscribe`; 134 (left the firm, "supprimer cette adresse") and 053 (an office
manager: "Ciaran left ... Please remove it from your database") are `unsubscribe`, while 138 (left Rivaud, nobody
named) and 032 (left Ashcombe) are `referral` (null, null); 047 (the firm stopped wealth management) is
`not_interested`; 131 (retiring, the successor named with his address "à partir de septembre") is `referral`; 106 (an
assistant pointing to "M. Paul Ferracci") and 062 (a notary naming his partner) are `referral`; 012 (Bertrand Aucoin,
"appelez le standard"), 018 (Olivier Macé) and 150 (Deborah Vance) have a null address; 136 (the family's
secretariat), 079 (compliance@) and 116 (a receptionist's enquiries@) have a null name; 050 (a maternity-leave
autoreply naming a partner and his address) and 101 (an autoreply pointing to service.clients@) are `out_of_office`,
not referrals; 027 and 111 are autoreplies above the thread; 189 (an autoreply over the bank holiday) is
`out_of_office`; 166 "Sure." to Mécénova's "Would a 20-minute call next week be useful?" and 028 "Not a no. Demo
first ... Friday?" are `meeting_request`; 185 (a call alone before the workshop), 077 (a call before saying yes to
Deauville), 159 (the same for London), 081 (a Zoom before the workshop), 163 and 049 (a speaking slot or panel seat
wanted, a call asked) and 180 (a visit to the office rather than emails) and 021 (a meeting in Geneva) are
`meeting_request`; 024 (a workshop taken, "proposez-nous deux dates en octobre") and 154 (a workshop taken for 5
October in Edinburgh) are `interested`, the free workshop being the offer; 188 (the trial taken, "start it from 1
September rather than now") is `interested`, not `not_now`; 127 ("Nous sommes 6, mais commençons par l'essai à
trois") is `interested`, the offer over the numbers; 181 ("Pas de café nécessaire", the contract sent) is
`interested`, while 151 ("Pas besoin de café", a price for two aircraft), 023 (a trustee's annual fee for a 14 M€
trust, "au-delà du bilan") and 078 ("Rather than the workshop – could you quote") are `quote_request`; 052 (inline
"We have 31 items. Price please.") is `quote_request`, while 122 ("Is the £1,200 inclusive of VAT?") and 197 ("39 €
par conseiller, c'est avec ou sans le module ... ?") are `information_request`; 148 (a partner's forwarded question
about how Mécénova is paid) is `information_request`; 051 ("j'en aurai sans doute un à l'automne ... Revenez vers
moi à ce moment-là") is `not_now` (23 September), 083 ("audit ... clôturé qu'à la mi-novembre. Après, avec
plaisir") `not_now` (15 November), 120 ("ds 15 jours") `not_now` (14 days on), 096 ("before our AGM. After that,
yes") `not_now` with no date, 173 (a senior partner's "no new suppliers until the merger completes" forwarded with
"come back in the spring? March-ish") `not_now` (1 March 2028); 200 ("En déplacement jusqu'à jeudi, je regarde ça à
mon retour"), 175 ("Travelling this week"), 084 (a secretariat: "en congé jusqu'au 23 août, je lui ferai suivre"),
011 ("I'll have a think") and 044 ("I'm not ignoring you ... Bear with me") are `other`; 152 (an internal note to
"Christophe") and 121 (a note to a colleague above the forwarded email, "Any good?") are `other`; 085 (a new address
after a merger) and 147 (a name to correct) are `other`; 187 "?" is `other`.

`python heldout24.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout24-NNN`, in a fixed shuffled order, seed 24). `common` is imported from this file's own directory.
Measured once, blind, by the session that asked for it (2026-12-05, 13:27 UTC, before anyone read a reply of it), at
2e0a1af and at 16bf9f2 (with heldout23's mends). Rules and learnt model, no LLM, the same at both but for one date:
macro-F1 0.821 (target 0.85, missed), accuracy 0.820, interested precision 0.857 / recall 0.522 (12/23), unsubscribe
precision 1.000 / recall 0.850, other F1 0.585, not_now dates 15/24 (16/24 at 16bf9f2), referral names 14/20 and
addresses 20/20, 13.0 % (12.5 %) decided by the learnt model, 5.5 % to an LLM (target 5 %, missed)."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split

D = date.fromisoformat
HOLIDAYS = {D("2027-07-14"), D("2027-08-30")}

# --------------------------------------------------------------------------- the six senders (two voices each)

_VAL_FR = "Bérénice Lhomond <b.lhomond@valoria-expertise.fr>"
_VAL_FR_SIG = (
    "Bien cordialement,\n\nBérénice Lhomond\nExperte associée – Valoria Expertise\nObjets d'art · Montres · Vins · "
    "Bijoux\nParis · Genève · Londres\n01 42 61 83 07\n\nPour ne plus être sollicité(e), répondez « RETRAIT »."
)
_VAL_EN = "Toby Harcourt <toby.harcourt@valoria-expertise.com>"
_VAL_EN_SIG = (
    "Kind regards,\nToby Harcourt\nSenior Valuer | Valoria Expertise\nFine art · Watches · Wine · Jewellery\n"
    "London · Paris · Geneva\n+44 20 3872 5519\n\nReply 'no more' and we'll stop writing."
)
_TEN_FR = "Armelle Quéré <a.quere@tenterden-trustees.com>"
_TEN_FR_SIG = (
    "Bien à vous,\nArmelle Quéré\nDirectrice, clientèle France – Tenterden Trustees\nJersey · Londres · Genève\n"
    "+33 6 48 27 90 13"
)
_TEN_EN = "Giles Ashworth <giles.ashworth@tenterden-trustees.com>"
_TEN_EN_SIG = (
    "Best wishes,\nGiles Ashworth\nDirector | Tenterden Trustees Ltd\nJersey · London · Geneva\n+44 1534 889 214\n\n"
    "Manage your email preferences: https://tenterden-trustees.com/preferences"
)
_HES_FR = "Capucine Ravel <capucine.ravel@hestia-forums.com>"
_HES_FR_SIG = (
    "Au plaisir,\nCapucine Ravel\nResponsable des invitations – Hestia Forums\nParis · Londres\n01 76 34 52 88\n\n"
    "Ne plus recevoir nos invitations : https://hestia-forums.com/optout"
)
_HES_EN = "Nadia Kowalczyk <nadia.kowalczyk@hestia-forums.com>"
_HES_EN_SIG = (
    "Warmly,\nNadia Kowalczyk\nHead of Delegate Relations | Hestia Forums\nLondon · Paris\n+44 20 4525 9930\n\n"
    "Unsubscribe from Hestia invitations: https://hestia-forums.com/optout"
)
_TEM_FR = "Mehdi Saïdi <mehdi.saidi@tempera-profil.fr>"
_TEM_FR_SIG = (
    "Bonne journée,\nMehdi Saïdi\nDéveloppement commercial – Tempera\nProfil de risque et capacité de perte\n"
    "Paris · Lyon · Lausanne\n07 81 36 50 24\n\nVous ne souhaitez plus recevoir nos e-mails ? Répondez « STOP »."
)
_TEM_EN = "Ellie Brandt <ellie.brandt@tempera-profiling.co.uk>"
_TEM_EN_SIG = (
    "Cheers,\nEllie Brandt\nPartnerships | Tempera Profiling\nLondon · Bristol\n+44 117 496 3381\n\n"
    "Not for you? Reply 'pass' and I'll stop writing."
)
_MEC_FR = "Laure Dambreville <l.dambreville@mecenova.fr>"
_MEC_FR_SIG = (
    "Très cordialement,\nLaure Dambreville\nConseillère philanthropie – Mécénova\nFonds de dotation · Fondations "
    "abritées\nParis · Genève\n01 84 17 66 20\n\nMécénova traite vos coordonnées professionnelles sur la base de son "
    "intérêt légitime. Vos droits : dpo@mecenova.fr."
)
_MEC_EN = "Oliver Pryce <oliver.pryce@mecenova.org>"
_MEC_EN_SIG = "All best,\nOliver Pryce\nPhilanthropy Adviser | Mécénova\nLondon · Paris · Geneva\n+44 20 3318 7042"
_AMA_FR = "Yann Kerbiriou <yann.kerbiriou@amarre-conseil.com>"
_AMA_FR_SIG = (
    "Cordialement,\nYann Kerbiriou\nConseil en détention de yachts et d'avions – Amarre\nAntibes · Monaco · Paris\n"
    "06 22 18 47 90"
)
_AMA_EN = "Fiona Strachan <fiona.strachan@amarre-conseil.com>"
_AMA_EN_SIG = (
    "Kind regards,\nFiona Strachan\nClient Director | Amarre Yacht & Aviation Advisory\nMonaco · London · Palma\n"
    "+377 97 98 41 26\n\nIf this isn't relevant, reply 'remove' and you won't hear from us again."
)

_VAL_FR_S = "Collections de vos clients : une estimation offerte sur cinq objets"
_VAL_EN_S = "Your clients' collections – a free desk valuation of five items"
_TEN_FR_S = "Trusts de vos clients : un bilan gratuit d'un acte de trust"
_TEN_EN_S = "Trustee succession – a free health check on one client trust"
_HES_FR_S = "Invitation – Rencontres Hestia du Family Office, Deauville, 7-8 octobre"
_HES_EN_S = "Invitation: Hestia Family Office Summit, London, 10-11 November"
_TEM_FR_S = "Profil de risque MiFID II : 30 jours d'essai pour trois conseillers"
_TEM_EN_S = "Attitude to risk and capacity for loss – 30-day trial for three advisers"
_MEC_FR_S = "Philanthropie de vos clients : un atelier offert pour votre équipe"
_MEC_EN_S = "Your clients' giving – a free workshop for your advisers"
_AMA_FR_S = "Yacht ou jet d'un client : un comparatif des coûts offert"
_AMA_EN_S = "A client's yacht or jet – a free ownership cost benchmark"

# key -> (from, subject, body, key of the email it follows up or None, language, time it was sent)
MAILS: dict[str, tuple[str, str, str, str | None, str, str]] = {
    "val1": (
        _VAL_FR,
        _VAL_FR_S,
        "Madame, Monsieur,\n\nUne succession, une donation-partage, un divorce, une déclaration d'IFI ou un contrat "
        "d'assurance à renouveler : tôt ou tard, la collection d'un client doit être estimée, et c'est souvent le poste "
        "le moins documenté du patrimoine.\n\nValoria Expertise estime tableaux, mobilier, montres, bijoux et caves "
        "pour les notaires, les family offices et les conseillers en gestion de patrimoine. Nous vous proposons une "
        "estimation offerte sur cinq objets d'un client de votre choix, sur simples photos : une fourchette de valeur "
        "argumentée sous huit jours.\n\nSi vous préférez en parler d'abord, je vous appelle quand vous voulez.\n\n"
        + _VAL_FR_SIG,
        None,
        "fr",
        "09:40",
    ),
    "val2": (
        _VAL_FR,
        "RE: " + _VAL_FR_S,
        "Bonjour,\n\nJe me permets de revenir vers vous : avez-vous en ce moment une succession ou une donation où une "
        "collection est à estimer ? Si ce sont plutôt vos associés qui suivent les clients collectionneurs, à qui "
        "puis-je écrire ?\n\nJe peux aussi vous recontacter à la rentrée si l'été est chargé.\n\n" + _VAL_FR_SIG,
        "val1",
        "fr",
        "10:05",
    ),
    "vae1": (
        _VAL_EN,
        _VAL_EN_S,
        "Hello,\n\nProbate, a lifetime gift, a divorce, an insurance renewal: sooner or later a client's collection "
        "has to be valued, and it's usually the least documented part of the balance sheet.\n\nValoria Expertise "
        "values paintings, furniture, watches, jewellery and wine for private banks, family offices and wealth "
        "managers. We'd like to offer you a free desk valuation of five items belonging to a client of your choice, "
        "from photographs: a reasoned value range within eight days.\n\nHappy to have a quick call first if that's "
        "easier.\n\n" + _VAL_EN_SIG,
        None,
        "en",
        "08:55",
    ),
    "vae2": (
        _VAL_EN,
        "RE: " + _VAL_EN_S,
        "Hi,\n\nJust following up. Is there a client file where a collection needs valuing – an estate, a divorce, an "
        "insurance renewal? Our full written reports start at £1,200 for up to 25 items.\n\nOr should I be speaking "
        "to someone else at the firm?\n\n" + _VAL_EN_SIG,
        "vae1",
        "en",
        "09:20",
    ),
    "ten1": (
        _TEN_FR,
        _TEN_FR_S,
        "Madame, Monsieur,\n\nBeaucoup de vos clients résidents français sont constituants ou bénéficiaires d'un trust "
        "créé à Jersey, à Londres ou à Genève, souvent avec un trustee historique qui a changé de mains ou de tarifs. "
        "Déclarations au registre des trusts, article 792-0 bis du CGI, lettre d'intentions jamais mise à jour : les "
        "sujets ne manquent pas.\n\nTenterden Trustees est un trustee professionnel indépendant, régulé par la JFSC. "
        "Nous vous proposons un bilan gratuit d'un acte de trust de votre choix (acte, avenants et lettre "
        "d'intentions), avec une note écrite en français sous quinze jours.\n\nJe serais ravie d'en parler avec vous "
        "lors d'un appel de vingt minutes.\n\n" + _TEN_FR_SIG,
        None,
        "fr",
        "11:15",
    ),
    "ten2": (
        _TEN_FR,
        "RE: " + _TEN_FR_S,
        "Bonjour,\n\nAuriez-vous vingt minutes la semaine prochaine, mardi ou jeudi, pour un premier échange ? Sinon, "
        "dites-moi simplement quand revenir vers vous.\n\n" + _TEN_FR_SIG,
        "ten1",
        "fr",
        "09:30",
    ),
    "tee1": (
        _TEN_EN,
        _TEN_EN_S,
        "Dear colleague,\n\nMany family trusts set up twenty years ago still have the original trustee, or its third "
        "owner, on the deed – with fees that have crept up and a letter of wishes nobody has read since. Trustee "
        "succession is rarely urgent until it suddenly is.\n\nTenterden Trustees is an independent professional "
        "trustee, regulated by the JFSC and authorised in Geneva. We'd be glad to carry out a free health check on "
        "one client trust: deed, deeds of variation and letter of wishes, with a short written note within a "
        "fortnight.\n\nWould a 20-minute call be useful?\n\n" + _TEN_EN_SIG,
        None,
        "en",
        "10:10",
    ),
    "tee2": (
        _TEN_EN,
        "RE: " + _TEN_EN_S,
        "Hi,\n\nJust checking this reached you. For reference, our annual fee for a standard discretionary family "
        "trust starts at £6,500. I'm happy to put a proposal together for a specific structure, or to talk to your "
        "trusts partner if that isn't you.\n\n" + _TEN_EN_SIG,
        "tee1",
        "en",
        "14:45",
    ),
    "hes1": (
        _HES_FR,
        _HES_FR_S,
        "Madame, Monsieur,\n\nLes 7 et 8 octobre, les Rencontres Hestia réunissent à Deauville 140 dirigeants de family "
        "offices, banquiers privés et conseillers : transmission, gouvernance familiale, private equity en direct, "
        "et un dîner au bord de la mer.\n\nLes family offices mono-familiaux sont nos invités : la participation est "
        "offerte (hébergement compris) pour un représentant par famille. Pour les banques et les cabinets, des "
        "formules partenaires existent.\n\nPuis-je vous réserver une place ?\n\n" + _HES_FR_SIG,
        None,
        "fr",
        "08:30",
    ),
    "hes2": (
        _HES_FR,
        "RE: " + _HES_FR_S,
        "Bonjour,\n\nIl nous reste quelques invitations pour les family offices. Souhaitez-vous que je vous en réserve "
        "une ? Nous avons aussi deux créneaux de prise de parole, et des formules partenaires à partir de 9 500 € HT."
        "\n\n" + _HES_FR_SIG,
        "hes1",
        "fr",
        "09:00",
    ),
    "hee1": (
        _HES_EN,
        _HES_EN_S,
        "Dear colleague,\n\nOn 10-11 November the Hestia Family Office Summit brings 180 family principals, COOs, "
        "private bankers and advisers to London: succession, governance, direct deals and the next generation, with "
        "a dinner at the Guildhall.\n\nSingle-family offices attend as our guests – one complimentary pass per "
        "family. Banks and advisory firms can join through our partner packages.\n\nShall I hold a place for you?"
        "\n\n" + _HES_EN_SIG,
        None,
        "en",
        "08:45",
    ),
    "hee2": (
        _HES_EN,
        "RE: " + _HES_EN_S,
        "Hi,\n\nQuick nudge – complimentary passes close on 15 September. Shall I hold one for you? We also have a "
        "couple of panel seats left, and partner packages from £8,000.\n\n" + _HES_EN_SIG,
        "hee1",
        "en",
        "11:30",
    ),
    "tem1": (
        _TEM_FR,
        _TEM_FR_S,
        "Bonjour,\n\nLe questionnaire de profil de risque est souvent la pièce la plus faible d'un dossier MiFID II : "
        "trop court, trop orienté, et impossible à défendre devant l'AMF quand un client conteste.\n\nTempera mesure "
        "la tolérance au risque et la capacité de perte de vos clients avec un questionnaire psychométrique validé "
        "(12 minutes, sur mobile), et produit un rapport signé que vous versez au dossier. Nous vous proposons 30 "
        "jours d'essai pour trois conseillers, sans engagement.\n\nUne démo de 20 minutes vous tenterait ?\n\n"
        + _TEM_FR_SIG,
        None,
        "fr",
        "09:05",
    ),
    "tem2": (
        _TEM_FR,
        "RE: " + _TEM_FR_S,
        "Bonjour,\n\nCombien de conseillers êtes-vous au cabinet ? Je peux vous préparer une proposition (à partir de "
        "39 € HT par conseiller et par mois). Ou dites-moi simplement si je dois arrêter de vous relancer.\n\n"
        + _TEM_FR_SIG,
        "tem1",
        "fr",
        "08:50",
    ),
    "tme1": (
        _TEM_EN,
        _TEM_EN_S,
        "Hi,\n\nUnder Consumer Duty, a five-question risk questionnaire is getting harder to defend – and capacity for "
        "loss is usually a tick-box.\n\nTempera measures attitude to risk and capacity for loss with a validated "
        "psychometric questionnaire (12 minutes, on the client's phone) and produces a signed report for the file. "
        "We're offering a 30-day trial for three advisers, no card needed.\n\nFancy a 20-minute demo?\n\n"
        + _TEM_EN_SIG,
        None,
        "en",
        "10:20",
    ),
    "tme2": (
        _TEM_EN,
        "RE: " + _TEM_EN_S,
        "Hi,\n\nLast one from me. If the timing's wrong, tell me when to come back; if it's a no, reply 'pass' and "
        "that's the end of it.\n\n" + _TEM_EN_SIG,
        "tme1",
        "en",
        "16:10",
    ),
    "mec1": (
        _MEC_FR,
        _MEC_FR_S,
        "Madame, Monsieur,\n\nDe plus en plus de vos clients veulent donner, et pas seulement au moment de la "
        "succession : fonds de dotation, fondation abritée, donation temporaire d'usufruit, dons IFI.\n\nMécénova "
        "accompagne les conseillers et leurs clients de la première idée à la structure en place. Nous vous proposons "
        "un atelier offert de 45 minutes pour votre équipe, dans vos locaux ou en visio, avec notre guide de la "
        "philanthropie patrimoniale.\n\nQuelle date vous conviendrait ?\n\n" + _MEC_FR_SIG,
        None,
        "fr",
        "10:35",
    ),
    "mec2": (
        _MEC_FR,
        "RE: " + _MEC_FR_S,
        "Bonjour,\n\nNos ateliers de rentrée se remplissent : une date en septembre ou en octobre vous "
        "intéresserait-elle ? Et si la philanthropie est suivie par un de vos associés, à qui puis-je m'adresser ?"
        "\n\n" + _MEC_FR_SIG,
        "mec1",
        "fr",
        "09:15",
    ),
    "mce1": (
        _MEC_EN,
        _MEC_EN_S,
        "Dear colleague,\n\nMore of your clients want to give while they're alive – donor-advised funds, a family "
        "foundation, Gift Aid on shares, legacies that actually reflect their values.\n\nMécénova helps advisers and "
        "their clients go from a first idea to a working structure in the UK, France and Switzerland. We'd like to "
        "offer your team a free 45-minute workshop, in person or online, with our guide to family philanthropy.\n\n"
        "Would that be of interest?\n\n" + _MEC_EN_SIG,
        None,
        "en",
        "09:50",
    ),
    "mce2": (
        _MEC_EN,
        "RE: " + _MEC_EN_S,
        "Hi,\n\nWould a 20-minute call next week be useful? And if philanthropy sits with a colleague, I'd be "
        "grateful for a name.\n\n" + _MEC_EN_SIG,
        "mce1",
        "en",
        "15:20",
    ),
    "ama1": (
        _AMA_FR,
        _AMA_FR_S,
        "Bonjour,\n\nUn yacht de 35 mètres coûte chaque année 10 % de sa valeur, un jet léger plus de 1,5 M€ : "
        "équipage, gestion, pavillon, TVA, assurance. Vos clients reçoivent les factures, rarement une vue "
        "d'ensemble.\n\nAmarre conseille les propriétaires et leurs family offices, sans rien vendre d'autre que ce "
        "conseil. Nous vous proposons un comparatif des coûts offert pour un actif d'un de vos clients, établi à "
        "partir du contrat de gestion et du dernier budget annuel.\n\nJe peux vous en dire plus au téléphone.\n\n"
        + _AMA_FR_SIG,
        None,
        "fr",
        "14:05",
    ),
    "ama2": (
        _AMA_FR,
        "RE: " + _AMA_FR_S,
        "Bonjour,\n\nUn de vos clients détient-il un yacht ou un avion ? Le contrat de gestion suffit pour démarrer. "
        "Je serai à Monaco la semaine du 13 septembre : un café ?\n\n" + _AMA_FR_SIG,
        "ama1",
        "fr",
        "10:40",
    ),
    "ame1": (
        _AMA_EN,
        _AMA_EN_S,
        "Hello,\n\nA 35-metre yacht costs around 10% of its value every year; a light jet well over £1m – crew, "
        "management, flag, VAT, insurance. Clients see the invoices, rarely the whole picture.\n\nAmarre advises "
        "owners and their family offices and sells nothing but that advice. We'd like to offer a free ownership "
        "cost benchmark on one asset of one of your clients, built from the management agreement and last year's "
        "budget.\n\nHappy to talk it through.\n\n" + _AMA_EN_SIG,
        None,
        "en",
        "13:25",
    ),
    "ame2": (
        _AMA_EN,
        "RE: " + _AMA_EN_S,
        "Hi,\n\nFollowing up – does any client of yours own a yacht or an aircraft, directly or through a company? "
        "The benchmark is free; a full ownership review is a fixed fee from €7,500. Happy to explain how either "
        "works.\n\n" + _AMA_EN_SIG,
        "ame1",
        "en",
        "09:35",
    ),
}

# --------------------------------------------------------------------------- rendering the prospects' replies

_SENDER_STYLE = {"fr": "gmail_fr", "en": "gmail_en"}


def _working(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def _before(d: date, n: int) -> date:
    """n working days before d."""
    while n:
        d -= timedelta(days=1)
        if _working(d):
            n -= 1
    return d


def _week_before(d: date) -> date:
    """A week before d, moved back to a working day."""
    d -= timedelta(days=7)
    while not _working(d):
        d -= timedelta(days=1)
    return d


def _body(key: str, to: str, d: date) -> str:
    """A sender's email with the email it follows up quoted under it, a week older."""
    _frm, _subj, body, parent, lang, _hm = MAILS[key]
    if parent is None:
        return body
    pd = _week_before(d)
    pfrm, psubj, _pb, _pp, _pl, phm = MAILS[parent]
    return body + block(_SENDER_STYLE[lang], pfrm, to, psubj, pd, phm, _body(parent, to, pd))


def mail(key: str, style: str, to: str, d: date) -> str:
    frm, subj, _b, _p, _l, hm = MAILS[key]
    return block(style, frm, to, subj, d, hm, _body(key, to, d))


def _cut(text: str, fragment: str, mark: str) -> str:
    """Puts `mark` on a line of its own after the sentence of `text` that contains `fragment`."""
    i = text.index(fragment)
    ends = [j for j in (text.find(". ", i), text.find("? ", i), text.find(" : ", i), text.find("\n", i)) if j != -1]
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
    col_hm: str = "17:12",
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A note above a forwarded internal answer from a colleague, which itself quotes the sender's email."""
    d_col = _before(D(sent), ago)
    d_mail = _before(d_col, 1)
    fl = "fr" if inner_style.endswith("fr") else "en"
    head = _FWD_HEAD[fl].format(
        frm=colleague,
        w=when("gmail_fr" if fl == "fr" else "gmail_en", d_col, col_hm),
        subj="RE: " + MAILS[key][1],
        to=forwarder,
    )
    inner = col_text + mail(key, inner_style, forwarder, d_mail)
    return C(lang, label, note + "\n\n" + head + inner, sent=sent, until=until, referral=referral)


def FW1(lang: str, label: str, sent: str, note: str, forwarder: str, key: str, **kw: Any) -> dict[str, Any]:
    """The sender's email forwarded as it is, with a note above it (to a colleague, copied back to the sender)."""
    d = _before(D(sent), kw.pop("ago", 1))
    frm, subj, _b, _p, lang_m, hm = MAILS[key]
    fl = lang_m
    head = _FWD_HEAD[fl].format(
        frm=frm, w=when("gmail_fr" if fl == "fr" else "gmail_en", d, hm), subj=subj, to=forwarder
    )
    return C(lang, label, note + "\n\n" + head + _body(key, forwarder, d), sent=sent, **kw)


# --------------------------------------------------------------------------- meeting_request (10 fr / 10 en)

MEETING: list[dict[str, Any]] = [
    T(
        "fr",
        "meeting_request",
        "val1",
        "outlook_fr",
        "Séverine Potel <s.potel@potel-marchal.fr>",
        "2027-07-06",
        "Bonjour Madame Lhomond,\n\nVolontiers pour en parler. Je suis joignable jeudi après-midi entre 14h et 16h au "
        "06 12 48 73 90 ; nous avons justement deux successions en cours avec des tableaux.\n\nCordialement,\n\n"
        "Séverine Potel\nAssociée – Potel & Marchal Gestion Privée\nConseiller en investissements financiers – ORIAS "
        "19 004 512",
    ),
    INL(
        "fr",
        "meeting_request",
        "ten2",
        "gmail_fr",
        "Florent Bazin <florent.bazin@bazin-patrimoine.fr>",
        "2027-09-08",
        "Bonjour Madame, réponse dans votre message.\nF. Bazin\n",
        [("mardi ou jeudi", "-> jeudi 16h si ça vous va, sur mon portable : 06 33 71 20 58")],
    ),
    T(
        "fr",
        "meeting_request",
        "hes1",
        "apple_fr",
        "Roxane Meunier <r.meunier@fo-valcourt.fr>",
        "2027-07-20",
        "Bonjour,\n\nAvant de vous dire oui pour Deauville, j'aimerais qu'on s'appelle dix minutes : je veux comprendre "
        "qui sera dans la salle et combien de prestataires. Vous pouvez m'appeler demain matin ?\n\nRoxane Meunier\n"
        "Secrétaire générale – Family office Valcourt",
    ),
    T(
        "fr",
        "meeting_request",
        "mec1",
        "outlook_fr",
        "Xavier Lemaire <x.lemaire@lemaire-gp.fr>",
        "2027-07-08",
        "Bonjour Madame,\n\nAvant de vous faire venir devant l'équipe, je préférerais un échange avec vous seule pour "
        "voir si c'est adapté à notre clientèle, qui est plutôt entrepreneuriale. Lundi 11h au téléphone ?\n\n"
        "Bien à vous,\nXavier Lemaire\nLemaire Gestion Privée – Lille",
    ),
    T(
        "fr",
        "meeting_request",
        "ama2",
        "iphone_fr",
        "Jean-Baptiste Orsini <jb.orsini@orsini-fo.mc>",
        "2027-09-06",
        "Oui pour le café à Monaco. Le mercredi 15 en fin de matinée ? Je suis au Métropole toute la matinée.\n\nJBO",
    ),
    T(
        "fr",
        "meeting_request",
        "tem1",
        "android_fr",
        "Karine Aubert <k.aubert@aubert-conseil.fr>",
        "2027-07-08",
        "Bjr, ok pr une démo. Dispo mardi ou merc aprem. Merci\n\nEnvoyé de mon smartphone Samsung Galaxy.",
    ),
    FWD(
        "fr",
        "meeting_request",
        "2027-09-09",
        "Bonjour Monsieur Saïdi,\n\nM. Chevalier m'a transmis votre message (voir ci-dessous). Il souhaite une "
        "démonstration avec ses deux associés. Pourriez-vous proposer deux ou trois créneaux la semaine du 20 "
        "septembre ?\n\nBien cordialement,\nInès Farouk\nAssistante de direction – Chevalier Dumas Patrimoine",
        "François Chevalier <f.chevalier@chevalier-dumas.fr>",
        "Inès Farouk <i.farouk@chevalier-dumas.fr>",
        "Inès, peux-tu caler une démo avec eux ? Avec Paul et Claire si possible.\nFC\n",
        "tem1",
        "outlook_fr",
    ),
    T(
        "fr",
        "meeting_request",
        "val2",
        "outlook_fr",
        "Guillaume Vasseur <g.vasseur@vasseur-associes.fr>",
        "2027-07-13",
        "Bonjour,\n\nPlutôt qu'un échange de mails, passez au cabinet : j'ai un client avec une cave de 3 000 "
        "bouteilles et quelques toiles, et je préfère qu'on en parle de vive voix. Je suis là toute la semaine "
        "prochaine sauf vendredi.\n\nG. Vasseur\nVasseur & Associés – 12, cours de l'Intendance, Bordeaux",
    ),
    INL(
        "fr",
        "meeting_request",
        "hes2",
        "owa_fr",
        "Claire Delorme <claire.delorme@banque-saint-aubin.fr>",
        "2027-08-03",
        "Bonjour Capucine, voir ci-dessous.\nCD\n",
        [
            (
                "deux créneaux de prise de parole",
                "[CD] La prise de parole m'intéresse davantage que l'invitation. Pouvons-nous en parler au téléphone "
                "cette semaine ?",
            )
        ],
    ),
    T(
        "fr",
        "meeting_request",
        "ten1",
        "gmail_fr",
        "Pascal Rochat <p.rochat@rochat-gestion.ch>",
        "2027-08-17",
        "Madame,\n\nNous avons effectivement deux trusts de Jersey dont le trustee vient d'être racheté. Je préfère un "
        "rendez-vous à Genève, où vous avez un bureau : seriez-vous disponible le 2 ou le 3 septembre ?\n\nAvec mes "
        "meilleures salutations,\nPascal Rochat\nRochat Gestion de Fortune SA, Genève",
    ),
    T(
        "en",
        "meeting_request",
        "tee1",
        "outlook_en",
        "Marcus Hale <marcus.hale@halewhitcombe.co.uk>",
        "2027-07-08",
        "Giles,\n\nYes, let's talk. Tuesday 13th at 3pm works, or Thursday morning. We've a couple of Jersey trusts "
        "where the trustee has been sold twice in five years.\n\nRegards\nMarcus Hale\nPartner, Hale Whitcombe Private "
        "Client LLP",
    ),
    T(
        "en",
        "meeting_request",
        "tme1",
        "gmail_en",
        "Niamh Costello <niamh@costellowealth.ie>",
        "2027-07-13",
        "Go on then, send me a Teams link for Thursday at 11.\n\nNiamh",
    ),
    T(
        "en",
        "meeting_request",
        "mce2",
        "apple_en",
        "Rosalind Kerr <rosalind.kerr@kerrandlyle.co.uk>",
        "2027-08-27",
        "Next week's tricky but the week after works – Wed 8th or Thu 9th, any time after 2?\n\nRosalind",
    ),
    INL(
        "en",
        "meeting_request",
        "hee2",
        "outlook_us",
        "Dana Whitlock <dwhitlock@whitlockfamilyoffice.com>",
        "2027-08-18",
        "",
        [("panel seats", ">> A panel seat would interest us more than a pass. Can we set up a call to discuss? - DW")],
    ),
    T(
        "en",
        "meeting_request",
        "ame2",
        "orig_en",
        "Charles Beaumont <cbeaumont@stjamesfamilyoffice.co.uk>",
        "2027-09-10",
        "Fiona – rather than explain by email, could you come and see us at the office? We're in St James's. One of "
        "our families has a 42m motor yacht and a Challenger and neither budget makes sense to me. Any day w/c 20 "
        "September.\n\nCharles",
    ),
    FWD(
        "en",
        "meeting_request",
        "2027-07-22",
        "Dear Toby,\n\nPlease see below from Mr Ellison. Could you let me know your availability for a call on Monday or "
        "Tuesday next week? He is free 9-11 both days.\n\nKind regards\nHarriet Soames\nPA to James Ellison, "
        "Ellison Grey Wealth Management",
        "James Ellison <james.ellison@ellisongrey.co.uk>",
        "Harriet Soames <harriet.soames@ellisongrey.co.uk>",
        "Harriet – can you set up 20 mins with this chap.\nJE\n",
        "vae1",
        "outlook_en",
    ),
    T(
        "en",
        "meeting_request",
        "tme2",
        "gmail_en",
        "Ben Okafor <ben@okaforplanning.co.uk>",
        "2027-09-02",
        "Not a no. Demo first though – I'm not trialling anything without seeing it. Friday?\n\nBen",
    ),
    T(
        "en",
        "meeting_request",
        "hee1",
        "outlook_en",
        "Alasdair Munro <alasdair.munro@munrofamilyoffice.co.uk>",
        "2027-07-27",
        "Nadia,\n\nBefore I commit to two days in London I'd like a quick chat about who's speaking. Give me a ring on "
        "0131 496 0724 tomorrow after 10?\n\nAlasdair Munro\nMunro Family Office, Edinburgh",
    ),
    T(
        "en",
        "meeting_request",
        "mce1",
        "gmail_en",
        "Tara Singh <tara@northlightwealth.co.uk>",
        "2027-07-15",
        "Hi Oliver, could we do a quick Zoom first with just me and my co-founder? Then we'll see about the workshop for "
        "the wider team.\n\nTara",
    ),
    T(
        "en",
        "meeting_request",
        "mce2",
        "gmail_en",
        "Owen Price <owen.price@priceandrhys.co.uk>",
        "2027-09-01",
        "Sure.\n\nSent from my iPhone",
    ),
]

# --------------------------------------------------------------------------- interested (12 fr / 11 en)

INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "interested",
        "val1",
        "outlook_fr",
        "Nathalie Giraud <n.giraud@giraud-patrimoine.fr>",
        "2027-07-07",
        "Bonjour,\n\nBonne idée. Je vous joins les photos de cinq pièces d'un client : deux tableaux, une commode et "
        "deux montres. Dites-moi si la qualité des photos suffit.\n\nCdlt\n\nNathalie Giraud\nCabinet Giraud "
        "Patrimoine – Rennes",
    ),
    T(
        "fr",
        "interested",
        "val2",
        "iphone_fr",
        "Olivier Ténier <o.tenier@tenier-gp.fr>",
        "2027-07-19",
        "Oui j'ai un dossier pile pour ça, une donation-partage avec une collection de montres. Je vous envoie les "
        "photos ce soir.",
    ),
    T(
        "fr",
        "interested",
        "ten1",
        "gmail_fr",
        "Agnès Vernier <a.vernier@cabinet-vernier.fr>",
        "2027-07-21",
        "Bonjour,\n\nVotre bilan m'intéresse pour un trust de Jersey dont deux de nos clients sont bénéficiaires. Je "
        "vous adresse l'acte et la lettre d'intentions par notre plateforme sécurisée : vous allez recevoir un lien "
        "« Cabinet Vernier – Partage ».\n\nBien à vous,\nAgnès Vernier",
    ),
    T(
        "fr",
        "interested",
        "hes1",
        "outlook_fr",
        "Hugues de Rancourt <h.derancourt@fo-rancourt.fr>",
        "2027-07-26",
        "Madame,\n\nJe représenterai la famille aux Rencontres. Merci de me réserver une place pour les deux jours, "
        "sans le dîner du 7 : je rentre sur Paris le soir même.\n\nBien cordialement,\n\nHugues de Rancourt\n"
        "Directeur général – Family office Rancourt",
    ),
    INL(
        "fr",
        "interested",
        "hes2",
        "gmail_fr",
        "Sabine Keller <sabine.keller@fo-keller.lu>",
        "2027-09-01",
        "",
        [("réserve une", "Oui, merci.\nSabine Keller")],
    ),
    T(
        "fr",
        "interested",
        "tem1",
        "android_fr",
        "Loïc Perrin <loic.perrin@perrin-cif.fr>",
        "2027-07-09",
        "On veut bien tester. Les 3 conseillers : moi, Julie Ferrand et Karim Bensalem. On commence quand ?\n\nLoïc",
    ),
    T(
        "fr",
        "interested",
        "tem2",
        "gmail_fr",
        "Hélène Brossard <h.brossard@brossard-patrimoine.fr>",
        "2027-07-16",
        "Bonjour,\n\nNous sommes 6, mais commençons par l'essai à trois comme vous le proposiez au départ. Envoyez les "
        "accès.\n\nH. Brossard",
    ),
    FWD(
        "fr",
        "interested",
        "2027-09-21",
        "Bonjour Madame,\n\nVoyez ci-dessous : notre associée est partante. Nous prenons l'atelier ; je vous laisse "
        "nous proposer deux dates en octobre, en visio de préférence.\n\nCordialement,\nPhilippe Roux\nRoux Delcourt "
        "Gestion Privée",
        "Anne Delcourt <a.delcourt@roux-delcourt.fr>",
        "Philippe Roux <p.roux@roux-delcourt.fr>",
        "Philippe, oui c'est un vrai sujet chez nos clients, on le fait.\nAnne\n",
        "mec1",
        "outlook_fr",
    ),
    T(
        "fr",
        "interested",
        "ama1",
        "apple_fr",
        "Laurent Agostini <l.agostini@agostini-wealth.mc>",
        "2027-07-12",
        "Ça tombe bien : un client vient de nous demander si son équipage lui coûte trop cher. Je vous envoie le "
        "contrat de gestion et le budget 2026 ; que faut-il d'autre ?\n\nL. Agostini",
    ),
    T(
        "fr",
        "interested",
        "ama2",
        "outlook_fr",
        "Maud Féraud <maud.feraud@feraud-fo.fr>",
        "2027-09-07",
        "Bonjour,\n\nPas de café nécessaire, je vous transmets directement le contrat de gestion du voilier d'un client "
        "(le WeTransfer suit). Dites-moi si c'est exploitable.\n\nMaud Féraud",
    ),
    T(
        "fr",
        "interested",
        "val1",
        "gmail_fr",
        "Romain Casals <romain.casals@casals-finance.fr>",
        "2027-08-04",
        "Intéressant. Est-ce qu'on peut vous envoyer des photos prises au téléphone par la cliente ? Si oui on part là-"
        "dessus pour ses bijoux.\n\nRomain",
    ),
    T(
        "fr",
        "interested",
        "tem1",
        "gmail_fr",
        "Béatrice Lannoy <b.lannoy@lannoy-conseil.fr>",
        "2027-08-10",
        "Allez, on essaie. Mais je vous préviens, on a déjà testé deux outils et aucun n'a tenu plus d'un mois 🙂 "
        "Comment on procède ?\n\nBéatrice",
    ),
    T(
        "en",
        "interested",
        "vae1",
        "outlook_en",
        "Claire Ashdown <claire.ashdown@ashdownprivate.co.uk>",
        "2027-07-07",
        "Toby,\n\nGood timing. Attached are photos of five pieces from a client's estate – two oils (attributed, not "
        "signed), a Patek, a Cartier bracelet and a Georgian bureau. Let me know if you need dimensions.\n\nBest\n"
        "Claire Ashdown\nPrivate Client Director, Ashdown Private",
    ),
    T(
        "en",
        "interested",
        "vae2",
        "gmail_en",
        "Ravi Menon <ravi.menon@menonwealth.co.uk>",
        "2027-08-03",
        "Yes – a divorce file, 11 items, mostly watches. Start with five and see? What do you need from me?\n\nRavi",
    ),
    T(
        "en",
        "interested",
        "tee1",
        "orig_en",
        "Robert Lyle <robert.lyle@lyleandfinch.co.uk>",
        "2027-07-29",
        "Giles – happy to take you up on the health check. I'll get the deed and the 2014 deed of variation over to you "
        "via our portal this week. The letter of wishes I'll need to dig out.\n\nR",
    ),
    T(
        "en",
        "interested",
        "hee1",
        "gmail_us",
        "Catherine Doyle <cdoyle@doylefamilyoffice.com>",
        "2027-07-20",
        "Hi Nadia, yes please hold a pass for me. I'll be flying in from New York on the 9th. Do you have a hotel "
        "block?\n\nCatherine",
    ),
    INL(
        "en",
        "interested",
        "hee2",
        "apple_en",
        "Edward Thorne <edward@thornefo.co.uk>",
        "2027-09-07",
        "",
        [("Shall I hold one for you?", "Yes please. Same name as last year.\nE")],
    ),
    T(
        "en",
        "interested",
        "tme1",
        "gmail_en",
        "Fergal Byrne <fergal@byrnefinancial.ie>",
        "2027-07-16",
        "yes pls. 3 advisers = me, Tom Reilly, Sarah Okonjo. how do we log in",
    ),
    T(
        "en",
        "interested",
        "tme2",
        "outlook_en",
        "Gemma Hollis <gemma.hollis@hollisplanning.co.uk>",
        "2027-08-12",
        "Sorry Ellie, been snowed under. Yes, let's do the trial. Can you start it from 1 September rather than now so "
        "we're not wasting the August weeks?\n\nGemma",
    ),
    T(
        "en",
        "interested",
        "mce1",
        "outlook_en",
        "Iain Fraser <iain.fraser@fraserwealth.co.uk>",
        "2027-07-19",
        "Oliver,\n\nWe'd love the workshop. Our team meeting is on the first Tuesday of each month – could you do 5 "
        "October, 12:30, in our Edinburgh office? Sandwiches on us.\n\nIain",
    ),
    T(
        "en",
        "interested",
        "ame1",
        "outlook_us",
        "Michael Sterling <msterling@sterlingpartners.com>",
        "2027-07-09",
        "Fiona, one of our clients has a G650 we think is being over-managed. Send me whatever NDA you need and I'll get "
        "you the management agreement.\n\nMike",
    ),
    FWD(
        "en",
        "interested",
        "2027-09-14",
        "Fiona – see below from our CFO. We'd like the benchmark on the yacht. Who should he send the budget to?\n\n"
        "Thanks\nSophie",
        "David Carrow <david.carrow@carrowfamily.co.uk>",
        "Sophie Lang <sophie.lang@carrowfamily.co.uk>",
        "Agree, let them have a look at Serenity's numbers. Ping them.\nD\n",
        "ame2",
        "outlook_en",
    ),
    T(
        "en",
        "interested",
        "vae1",
        "gmail_en",
        "Harriet Blake <harriet@blakeandcowan.co.uk>",
        "2027-07-23",
        "Sounds useful. One of our clients has a wine cellar in Burgundy – do you value wine held in France? If so I'd "
        "like to use the free valuation on that.\n\nHarriet",
    ),
]

# --------------------------------------------------------------------------- information_request (9 fr / 9 en)

INFORMATION: list[dict[str, Any]] = [
    T(
        "fr",
        "information_request",
        "val1",
        "outlook_fr",
        "Me Anne-Sophie Barral <as.barral@barral-notaires.fr>",
        "2027-07-05",
        "Bonjour,\n\nVos estimations sont-elles opposables à l'administration fiscale en cas de contrôle IFI ou de "
        "déclaration de succession ? Et êtes-vous inscrite sur la liste d'une cour d'appel ?\n\nMe Anne-Sophie Barral\n"
        "Notaire associée",
    ),
    T(
        "fr",
        "information_request",
        "ten1",
        "gmail_fr",
        "Jérôme Pagès <j.pages@pages-gestion.fr>",
        "2027-07-15",
        "Bonjour,\n\nQuelle est votre position sur la déclaration au registre des trusts quand le trustee change en "
        "cours d'année ? Et qui supporte les frais de transfert, l'ancien trustee ou le trust ?\n\nJ. Pagès",
    ),
    T(
        "fr",
        "information_request",
        "hes1",
        "apple_fr",
        "Diane Moret <diane.moret@fo-moret.fr>",
        "2027-07-27",
        "Qui sont les intervenants cette année ? Et les banques présentes ont-elles le droit de démarcher les familles "
        "pendant l'événement ? C'est ce qui nous a fait fuir d'autres conférences.\n\nDiane Moret",
    ),
    INL(
        "fr",
        "information_request",
        "tem2",
        "outlook_fr",
        "Pierre Vidal <p.vidal@vidal-associes.fr>",
        "2027-07-21",
        "Bonjour, mes questions dans le texte.\nP. Vidal\n",
        [
            (
                "à partir de 39",
                "[PV] 39 € par conseiller, c'est avec ou sans le module capacité de perte ? Et les clients doivent-ils "
                "créer un compte ?",
            )
        ],
    ),
    T(
        "fr",
        "information_request",
        "tem1",
        "iphone_fr",
        "Cécile Marchand <c.marchand@marchand-cgp.fr>",
        "2027-08-17",
        "Votre questionnaire a-t-il été présenté à l'AMF ? Et il existe en anglais pour nos clients expatriés ?",
    ),
    T(
        "fr",
        "information_request",
        "mec1",
        "outlook_fr",
        "Bruno Astier <bruno.astier@astier-gestion.fr>",
        "2027-07-19",
        "Madame,\n\nL'atelier est-il animé par un avocat ou par un fiscaliste ? Et traitez-vous aussi les fondations "
        "reconnues d'utilité publique, ou seulement les fonds de dotation ?\n\nCordialement,\nBruno Astier",
    ),
    T(
        "fr",
        "information_request",
        "ama1",
        "gmail_fr",
        "Thomas Giacometti <t.giacometti@giacometti-patrimoine.fr>",
        "2027-08-05",
        "Bonjour, comment êtes-vous rémunérés si vous ne vendez rien ? Pas de rétrocommissions des sociétés de gestion "
        "de yachts ?\n\nTG",
    ),
    FWD(
        "fr",
        "information_request",
        "2027-09-15",
        "Bonjour,\n\nMon associé a une question avant de se décider, voir ci-dessous.\n\nBien à vous,\nMarc Lenoir\n"
        "Lenoir Esposito Conseil",
        "Élodie Esposito <e.esposito@lenoir-esposito.fr>",
        "Marc Lenoir <m.lenoir@lenoir-esposito.fr>",
        "Marc, c'est gratuit mais qu'est-ce qu'ils vendent derrière ? Demande-leur comment ils se rémunèrent quand ils "
        "créent un fonds.\nÉ.\n",
        "mec2",
        "gmail_fr",
    ),
    T(
        "fr",
        "information_request",
        "val2",
        "android_fr",
        "Yannick Le Goff <yannick.legoff@legoff-patrimoine.fr>",
        "2027-08-24",
        "bjr, vous faites les voitures de collection aussi ou que les objets d'art ?\n\nEnvoyé de mon smartphone.",
    ),
    T(
        "en",
        "information_request",
        "vae1",
        "outlook_en",
        "Sarah Pennington <sarah.pennington@penningtonwm.co.uk>",
        "2027-07-12",
        "Toby,\n\nAre your valuers RICS registered? And would the report stand up for HMRC probate purposes?\n\nSarah "
        "Pennington\nPennington Wealth Management",
    ),
    T(
        "en",
        "information_request",
        "tee2",
        "gmail_en",
        "Nick Bellamy <nick@bellamyprivateclient.co.uk>",
        "2027-07-28",
        "What does the £6,500 actually cover? Accounts, the annual TRS update, distributions – or are those extra?\n\n"
        "Nick",
    ),
    T(
        "en",
        "information_request",
        "hee1",
        "outlook_en",
        "Philippa Grant <philippa.grant@grantfamilyoffice.co.uk>",
        "2027-07-21",
        "Hi Nadia,\n\nAre the sessions under the Chatham House rule? And is the pass genuinely free, or is there an "
        "expectation that we meet sponsors?\n\nPhilippa",
    ),
    T(
        "en",
        "information_request",
        "tme1",
        "gmail_en",
        "Callum Reid <callum@reidfp.co.uk>",
        "2027-07-15",
        "How is this different from the risk tool our platform gives us for free? Genuine question.",
    ),
    INL(
        "en",
        "information_request",
        "tme1",
        "outlook_en",
        "Rob Barnes <rob.barnes@barneswealth.co.uk>",
        "2027-07-07",
        "Ellie, a couple of qs inline.\nRob\n",
        [("validated psychometric questionnaire", "RB >> Validated by whom? And is the client data held in the UK?")],
    ),
    T(
        "en",
        "information_request",
        "mce1",
        "apple_en",
        "Jonathan Hurst <jonathan@hurstcapital.co.uk>",
        "2027-07-22",
        "Is the workshop UK-focused? Half our clients are US citizens living in London, so US and UK rules on gifts "
        "both matter.\n\nJonathan",
    ),
    T(
        "en",
        "information_request",
        "ame2",
        "orig_en",
        "Lucy Granger <lucy.granger@grangerfo.com>",
        "2027-09-15",
        "What's in the €7,500 review that isn't in the free benchmark?\n\nLucy",
    ),
    FWD(
        "en",
        "information_request",
        "2027-08-11",
        "Giles,\n\nOur compliance officer has questions before we can engage – see below.\n\nThanks\nPriya Natarajan",
        "Leon Marsh <leon.marsh@natarajanmarsh.co.uk>",
        "Priya Natarajan <priya@natarajanmarsh.co.uk>",
        "Priya, before anything: who owns Tenterden, what's their PI cover, and are they on the JFSC register under "
        "that name?\nL.\n",
        "tee1",
        "outlook_en",
    ),
    T(
        "en",
        "information_request",
        "vae2",
        "gmail_en",
        "Andrew Kemp <andrew@kempwealth.co.uk>",
        "2027-08-19",
        "Is the £1,200 inclusive of VAT?",
    ),
]

# --------------------------------------------------------------------------- quote_request (8 fr / 7 en)

QUOTE: list[dict[str, Any]] = [
    T(
        "fr",
        "quote_request",
        "tem2",
        "gmail_fr",
        "Antoine Bressand <a.bressand@bressand-cgp.fr>",
        "2027-07-22",
        "Nous sommes 9 conseillers, plus 2 assistantes qui n'ont pas besoin d'accès. Envoyez-moi votre proposition.\n\n"
        "A. Bressand",
    ),
    T(
        "fr",
        "quote_request",
        "val2",
        "outlook_fr",
        "Me Étienne Fauré <e.faure@faure-notaires.fr>",
        "2027-07-29",
        "Bonjour,\n\nPour une succession en cours : environ 60 objets (mobilier XVIIIe, une quinzaine de tableaux, "
        "argenterie) dans une maison en Sologne. Combien pour un rapport complet, déplacement compris ?\n\n"
        "Me Étienne Fauré\nOffice notarial Fauré – Orléans",
    ),
    T(
        "fr",
        "quote_request",
        "hes2",
        "outlook_fr",
        "Vincent Arnoux <vincent.arnoux@banque-orsenne.fr>",
        "2027-08-02",
        "Bonjour,\n\nPour la formule partenaire : nous serions deux banquiers, avec un stand. Pouvez-vous m'envoyer "
        "une proposition chiffrée ?\n\nCordialement,\nVincent Arnoux\nBanque Orsenne – Banque privée",
    ),
    T(
        "fr",
        "quote_request",
        "ten1",
        "apple_fr",
        "Isabelle Mercadier <i.mercadier@mercadier-fo.fr>",
        "2027-08-09",
        "Au-delà du bilan : pour reprendre comme trustee un trust discrétionnaire de Jersey d'environ 14 M€ (un "
        "portefeuille titres et un appartement à Londres), quel serait votre tarif annuel ? Un devis nous aiderait à "
        "convaincre la famille.\n\nI. Mercadier",
    ),
    T(
        "fr",
        "quote_request",
        "ama1",
        "outlook_fr",
        "Frédéric Baudin <f.baudin@baudin-wealth.fr>",
        "2027-07-30",
        "Bonjour,\n\nCombien pour la revue complète d'un 48 m sous pavillon maltais, avec onze membres d'équipage ? Le "
        "comparatif gratuit ne suffira pas à mon client.\n\nF. Baudin",
    ),
    T(
        "fr",
        "quote_request",
        "mec1",
        "android_fr",
        "Nadia Cherki <n.cherki@cherki-patrimoine.fr>",
        "2027-08-26",
        "C'est combien pour monter un fonds de dotation de A à Z, statuts et déclaration en préfecture ? Pour un client "
        "qui apporterait 500 k€.\n\nEnvoyé depuis mon mobile",
    ),
    INL(
        "fr",
        "quote_request",
        "tem2",
        "gmail_fr",
        "Gaëlle Hamon <g.hamon@hamon-patrimoine.fr>",
        "2027-09-02",
        "",
        [
            ("Combien de conseillers", "-> 14 en tout, sur 3 agences (Nantes, Angers, Laval)."),
            ("proposition", "-> oui svp, avec un tarif dégressif j'espère\nGH"),
        ],
    ),
    T(
        "fr",
        "quote_request",
        "ama2",
        "gmail_fr",
        "Stéphane Rinaldi <s.rinaldi@rinaldi-fo.mc>",
        "2027-09-03",
        "Deux avions, un Falcon 900 et un Citation, pour la même famille. Vous pouvez me chiffrer la revue complète "
        "pour les deux ? Pas besoin de café, merci.\n\nS. Rinaldi",
    ),
    T(
        "en",
        "quote_request",
        "tee2",
        "outlook_en",
        "Victoria Lane <victoria.lane@lanemortimer.co.uk>",
        "2027-07-30",
        "Giles,\n\nWe have a discretionary trust of c.£22m with a Guernsey trustee we'd like to replace – three "
        "beneficiaries, a portfolio and a farm in Herefordshire. Could you send a fee proposal?\n\nVictoria Lane\n"
        "Partner, Lane Mortimer LLP",
    ),
    T(
        "en",
        "quote_request",
        "vae2",
        "gmail_en",
        "George Whitaker <george@whitakerwealth.co.uk>",
        "2027-08-05",
        "About 40 items – furniture, silver and a few watercolours – in a house near Salisbury. What would a full "
        "report cost including the visit?\n\nGeorge",
    ),
    T(
        "en",
        "quote_request",
        "hee2",
        "outlook_en",
        "Amelia Ross <amelia.ross@harcombebank.co.uk>",
        "2027-08-20",
        "Hi Nadia,\n\nPlease send the partner package options with prices – two people from our bank and our logo in "
        "the programme.\n\nAmelia Ross\nHarcombe Private Bank",
    ),
    T(
        "en",
        "quote_request",
        "tme1",
        "outlook_en",
        "Stuart Milne <stuart.milne@milnewealth.co.uk>",
        "2027-07-27",
        "We're 23 advisers across four offices. Skip the trial – what would an annual licence cost us?\n\nStuart",
    ),
    T(
        "en",
        "quote_request",
        "ame2",
        "apple_en",
        "Oscar Lindqvist <oscar@lindqvistfo.com>",
        "2027-09-21",
        "A fixed fee for two assets – a 38m yacht in Palma and a PC-24 – would be what?\n\nOscar",
    ),
    T(
        "en",
        "quote_request",
        "mce1",
        "gmail_en",
        "Hannah Cole <hannah.cole@colewealth.co.uk>",
        "2027-08-03",
        "Rather than the workshop – could you quote for setting up a donor-advised fund for one client, initial gift "
        "around £750k?\n\nHannah",
    ),
    INL(
        "en",
        "quote_request",
        "vae2",
        "outlook_us",
        "Peter Hanlon <phanlon@hanlonadvisory.com>",
        "2027-09-09",
        "",
        [("start at £1,200", ">> We have 31 items. Price please.")],
    ),
]

# --------------------------------------------------------------------------- not_interested (13 fr / 13 en)

NOT_INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "not_interested",
        "val1",
        "outlook_fr",
        "Marie-Laure Dufresne <ml.dufresne@dufresne-gestion.fr>",
        "2027-07-08",
        "Bonjour,\n\nMerci beaucoup, c'est une très belle offre et votre message est parfaitement ciblé… mais nous "
        "travaillons depuis quinze ans avec un commissaire-priseur de Drouot et nous n'en changerons pas. Bonne "
        "continuation !\n\nMarie-Laure Dufresne",
    ),
    T(
        "fr",
        "not_interested",
        "val2",
        "iphone_fr",
        "Arnaud Picard <a.picard@picard-cif.fr>",
        "2027-07-20",
        "Non merci.",
    ),
    T(
        "fr",
        "not_interested",
        "ten2",
        "gmail_fr",
        "Corinne Blanchet <c.blanchet@blanchet-patrimoine.fr>",
        "2027-07-27",
        "Merci pour la relance, mais nos clients n'ont pas de trust et n'en auront pas : nous ne travaillons qu'avec "
        "des résidents français sans patrimoine à l'étranger. Inutile de revenir vers moi.\n\nC. Blanchet",
    ),
    T(
        "fr",
        "not_interested",
        "hes1",
        "gmail_fr",
        "Gonzague d'Aurelle <g.daurelle@fo-aurelle.fr>",
        "2027-07-13",
        "Quelle belle programmation ! Malheureusement le family office ne participe à aucun événement extérieur, c'est "
        "une règle de la famille. Merci d'avoir pensé à nous.\n\nG. d'Aurelle",
    ),
    INL(
        "fr",
        "not_interested",
        "hes2",
        "owa_fr",
        "Thierry Caron <thierry.caron@caron-gestion.fr>",
        "2027-09-13",
        "Bonjour,\nRéponses dans votre message.\nT. Caron\n",
        [("réserve une", "[TC] Non."), ("formules partenaires", "[TC] Non plus.")],
    ),
    T(
        "fr",
        "not_interested",
        "tem1",
        "android_fr",
        "Didier Gros <didier.gros@gros-finance.fr>",
        "2027-07-06",
        "Pas intéréssé, on a deja un outil\n\nEnvoyé de mon smartphone Samsung Galaxy.",
    ),
    T(
        "fr",
        "not_interested",
        "tem2",
        "outlook_fr",
        "Jacqueline Sarda <j.sarda@sarda-conseil.fr>",
        "2027-07-23",
        "Bonjour,\n\nNous sommes deux et nous n'en avons pas besoin : nos clients, nous les connaissons depuis vingt "
        "ans. Pas la peine de préparer une proposition.\n\nJ. Sarda",
    ),
    T(
        "fr",
        "not_interested",
        "mec1",
        "outlook_fr",
        "Benoît Laval <b.laval@laval-am.fr>",
        "2027-07-13",
        "Madame,\n\nLe sujet est passionnant et je suis convaincu que vous faites un excellent travail. Mais la "
        "philanthropie n'entre pas dans notre mandat : nous sommes gérants, pas conseillers. Très bonne journée.\n\n"
        "Benoît Laval\nLaval Asset Management",
    ),
    T(
        "fr",
        "not_interested",
        "ama1",
        "gmail_fr",
        "Sophie Texier <sophie.texier@texier-cgp.fr>",
        "2027-07-16",
        "Aucun de nos clients n'a de bateau ni d'avion. Désolée !\n\nSophie",
    ),
    T(
        "fr",
        "not_interested",
        "ama2",
        "apple_fr",
        "Luc Santoni <luc.santoni@santoni-gp.fr>",
        "2027-09-08",
        "Non, et mon seul client qui avait un yacht vient de le vendre. Bon vent 😉\n\nLuc",
    ),
    FWD(
        "fr",
        "not_interested",
        "2027-07-28",
        "Madame,\n\nVoir la réponse de notre notaire associé ci-dessous, qui clôt le sujet pour nous.\n\n"
        "Cordialement,\nAudrey Morin\nOffice notarial Morin & Garnier",
        "Me Gilles Garnier <g.garnier@morin-garnier.notaires.fr>",
        "Audrey Morin <a.morin@morin-garnier.notaires.fr>",
        "Pas de trust chez nos clients, et je ne veux pas qu'on en recommande. On décline.\nGG\n",
        "ten1",
        "outlook_fr",
    ),
    T(
        "fr",
        "not_interested",
        "val1",
        "android_fr",
        "Patrick Renaud <p.renaud@renaud-patrimoine.fr>",
        "2027-07-05",
        "Bonjour, nous avons cessé l'activité de gestion de patrimoine au 30 juin, le cabinet ne fait plus que du "
        "conseil en immobilier.\nP. Renaud",
    ),
    T(
        "fr",
        "not_interested",
        "hes2",
        "gmail_fr",
        "Ombeline Ferrier <o.ferrier@fo-ferrier.fr>",
        "2027-08-31",
        "J'y étais il y a deux ans, c'était très bien, mais nous avons décidé de ne plus faire de conférences du tout. "
        "Merci quand même !\n\nOmbeline",
    ),
    T(
        "en",
        "not_interested",
        "vae1",
        "outlook_en",
        "Julian Fairweather <julian@fairweatherwm.co.uk>",
        "2027-07-06",
        "Toby,\n\nThis is a genuinely good idea and I wish more firms did it properly. Sadly we're tied to our insurer's "
        "valuers under a panel agreement, so it's a no from us. Good luck with it!\n\nJulian",
    ),
    T(
        "en",
        "not_interested",
        "vae2",
        "gmail_en",
        "Kate Donnelly <kate@donnellyfinancial.co.uk>",
        "2027-08-10",
        "No thanks, we don't have collectors among our clients.\n\nKate",
    ),
    T(
        "en",
        "not_interested",
        "tee1",
        "outlook_en",
        "Henry Stowe <henry.stowe@stowetrust.co.uk>",
        "2027-07-13",
        "Thanks Giles – we act as trustee on all our clients' structures ourselves, so this isn't something we'd ever "
        "outsource.\n\nHenry",
    ),
    T(
        "en",
        "not_interested",
        "tee2",
        "orig_en",
        "Alan Mortlake <alan.mortlake@mortlakeprivate.co.uk>",
        "2027-08-04",
        "Not for us at that fee level, I'm afraid.\n\nAlan",
    ),
    T(
        "en",
        "not_interested",
        "hee1",
        "gmail_en",
        "Serena Vaughan <serena@vaughanfamilyoffice.com>",
        "2027-07-19",
        "Lovely invitation, but our principal doesn't do conferences, full stop. Thank you though!\n\nSerena",
    ),
    INL(
        "en",
        "not_interested",
        "hee2",
        "outlook_en",
        "Martin Cheung <martin.cheung@cheungfo.co.uk>",
        "2027-09-06",
        "Nadia – answers below.\nMartin\n",
        [("Shall I hold one for you?", "MC: No."), ("partner packages", "MC: No thank you.")],
    ),
    T(
        "en",
        "not_interested",
        "tme2",
        "gmail_en",
        "Lauren Hughes <lauren@hughesplanning.co.uk>",
        "2027-08-31",
        "It's a no, but not a 'pass' – I'm happy to hear about other things you launch.\n\nLauren",
    ),
    T(
        "en",
        "not_interested",
        "tme1",
        "outlook_en",
        "Derek Pullman <derek.pullman@pullmanifa.co.uk>",
        "2027-07-20",
        "We use the risk tool built into our platform and compliance signed it off last year. Not something we'll "
        "revisit.\n\nDerek Pullman\nPullman IFA Ltd",
    ),
    T(
        "en",
        "not_interested",
        "mce2",
        "apple_en",
        "Graham Ellery <graham@ellerywealth.co.uk>",
        "2027-08-16",
        "Honestly, none of our clients have asked about philanthropy in ten years. I'll pass.\n\nGraham",
    ),
    T(
        "en",
        "not_interested",
        "ame1",
        "outlook_us",
        "Karen Liu <kliu@liuwealthpartners.com>",
        "2027-07-09",
        "No aviation or marine assets on our books. Thanks anyway.\n\nKaren",
    ),
    T(
        "en",
        "not_interested",
        "ame2",
        "gmail_en",
        "Will Fortescue <will@fortescuefo.co.uk>",
        "2027-09-16",
        "remove the yacht from your list – client sold it in May 😂 so no, nothing for you here",
    ),
    FWD(
        "en",
        "not_interested",
        "2027-08-24",
        "Ellie,\n\nSee our Head of Compliance's view below. Thanks for thinking of us.\n\nMark",
        "Sunita Rao <sunita.rao@ashgrovewealth.co.uk>",
        "Mark Tilney <mark.tilney@ashgrovewealth.co.uk>",
        "Mark – we're not adding another client-facing questionnaire this year or next. Please decline.\nS.\n",
        "tme1",
        "outlook_en",
    ),
    T(
        "en",
        "not_interested",
        "vae1",
        "apple_en",
        "Tom Ashby <tom@ashbyfinancial.co.uk>",
        "2027-07-26",
        "Nope.",
    ),
]

# --------------------------------------------------------------------------- not_now (13 fr / 13 en)

NOT_NOW: list[dict[str, Any]] = [
    T(
        "fr",
        "not_now",
        "val2",
        "outlook_fr",
        "Emmanuel Joly <e.joly@joly-gestion.fr>",
        "2027-07-12",
        "Bonjour,\n\nOui, recontactez-moi à la rentrée comme vous le proposez : l'été est effectivement chargé.\n\n"
        "Emmanuel Joly",
        until="2027-09-01",
    ),
    T(
        "fr",
        "not_now",
        "ten2",
        "gmail_fr",
        "Véronique Lambert <v.lambert@fo-lambert.fr>",
        "2027-07-19",
        "Pas avant le T4 : nous bouclons les comptes du family office d'ici fin septembre. Relancez-moi début "
        "octobre.\n\nV. Lambert",
        until="2027-10-01",
    ),
    T(
        "fr",
        "not_now",
        "hes1",
        "outlook_fr",
        "Henri Castelnau <h.castelnau@fo-castelnau.fr>",
        "2027-08-09",
        "Madame,\n\nDeauville, c'est trop tôt pour nous cette année. Pensez à nous pour l'édition 2028 : écrivez-moi "
        "au printemps.\n\nH. Castelnau",
        until="2028-03-20",
    ),
    T(
        "fr",
        "not_now",
        "tem1",
        "outlook_fr",
        "Valérie Noblet <v.noblet@noblet-associes.fr>",
        "2027-07-07",
        "Bonjour,\n\nLe sujet est d'actualité, mais nous migrons notre logiciel de gestion jusqu'en octobre. Revenez "
        "vers moi après la Toussaint.\n\nValérie Noblet",
        until="2027-11-02",
    ),
    T(
        "fr",
        "not_now",
        "tem2",
        "gmail_fr",
        "Kevin Royer <kevin.royer@royer-cgp.fr>",
        "2027-09-14",
        "relancez moi ds 15 jours, là je suis sous l'eau",
        until="2027-09-28",
    ),
    T(
        "fr",
        "not_now",
        "mec1",
        "apple_fr",
        "Aurélie Besson <a.besson@besson-patrimoine.fr>",
        "2027-07-21",
        "Bonjour Madame,\n\nVotre atelier m'intéresse, mais pas avant notre séminaire d'associés du vendredi 24 "
        "septembre. Écrivez-moi la semaine suivante.\n\nAurélie Besson",
        until="2027-09-27",
    ),
    T(
        "fr",
        "not_now",
        "mec2",
        "outlook_fr",
        "Laurent Paoli <l.paoli@paoli-fo.fr>",
        "2027-09-06",
        "Bonjour,\n\nNi septembre ni octobre : notre audit annuel ne sera clôturé qu'à la mi-novembre. Après, avec "
        "plaisir.\n\nL. Paoli",
        until="2027-11-15",
    ),
    T(
        "fr",
        "not_now",
        "ama1",
        "gmail_fr",
        "Christine Vial <christine.vial@vial-gestion.mc>",
        "2027-07-26",
        "Revenez vers moi après l'AG de la holding, le 16 septembre. Avant, je n'ai pas la main sur le budget du "
        "bateau.\n\nC. Vial",
        until="2027-09-17",
    ),
    T(
        "fr",
        "not_now",
        "val1",
        "iphone_fr",
        "Mathieu Charpentier <m.charpentier@charpentier-cif.fr>",
        "2027-08-11",
        "Pas le temps cette semaine, revenez vers moi lundi.",
        until="2027-08-16",
    ),
    INL(
        "fr",
        "not_now",
        "ten2",
        "owa_fr",
        "Frédérique Bonnard <f.bonnard@bonnard-fo.fr>",
        "2027-08-03",
        "",
        [("quand revenir vers vous", "[FB] Au second semestre 2028, quand la succession du fondateur sera réglée.")],
        until="2028-07-01",
    ),
    T(
        "fr",
        "not_now",
        "tem1",
        "android_fr",
        "Samir Haddad <samir.haddad@haddad-conseil.fr>",
        "2027-08-19",
        "Trop tôt, on vient de changer d'outil en mars. Dans un an peut-être.\n\nEnvoyé de mon smartphone.",
        until="2028-08-19",
    ),
    T(
        "fr",
        "not_now",
        "hes2",
        "outlook_fr",
        "Bertille Lacombe <b.lacombe@lacombe-fo.fr>",
        "2027-09-09",
        "Bonjour,\n\nPas cette année. Pour l'édition 2028, recontactez-moi en janvier.\n\nBertille Lacombe",
        until="2028-01-01",
    ),
    T(
        "fr",
        "not_now",
        "val2",
        "gmail_fr",
        "Renaud Mallet <r.mallet@mallet-gp.fr>",
        "2027-07-13",
        "Merci pour votre relance. Pas de dossier en ce moment ; j'en aurai sans doute un à l'automne, une succession "
        "qui s'ouvre. Revenez vers moi à ce moment-là.\n\nRenaud",
        until="2027-09-23",
    ),
    T(
        "en",
        "not_now",
        "vae2",
        "outlook_en",
        "Deborah Knox <deborah.knox@knoxwealth.co.uk>",
        "2027-07-15",
        "Not right now – try me in the new year. We're midway through a big estate and I can't take on anything else."
        "\n\nDeborah",
        until="2028-01-01",
    ),
    T(
        "en",
        "not_now",
        "tee1",
        "gmail_en",
        "Philip Orme <philip@ormeprivateclient.co.uk>",
        "2027-07-08",
        "Giles, interesting, but we've an FCA visit in September. Come back to me in Q4 – October, say.\n\nPhilip",
        until="2027-10-01",
    ),
    T(
        "en",
        "not_now",
        "tee2",
        "outlook_en",
        "Janet Crowther <janet.crowther@crowtherwm.co.uk>",
        "2027-08-18",
        "Hi Giles,\n\nOnce our audit is closed I'll look at this properly – give it two months.\n\nJanet",
        until="2027-10-18",
    ),
    T(
        "en",
        "not_now",
        "hee1",
        "outlook_en",
        "Anthony Wells <anthony.wells@wellsfamilyoffice.co.uk>",
        "2027-07-28",
        "Nadia, I can't commit to anything before our AGM. After that, yes, let's talk.\n\nAnthony",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "tme2",
        "gmail_en",
        "Chloe Parry <chloe@parryfinancial.co.uk>",
        "2027-08-25",
        "Come back to me in a fortnight – I'm on annual leave from tomorrow.\n\nChloe",
        until="2027-09-08",
    ),
    INL(
        "en",
        "not_now",
        "tme2",
        "outlook_en",
        "Liam Doherty <liam.doherty@dohertywealth.co.uk>",
        "2027-09-01",
        "",
        [("tell me when to come back", ">> Mid-October. Not a pass.\nLD")],
        until="2027-10-15",
    ),
    T(
        "en",
        "not_now",
        "tme1",
        "apple_en",
        "Rachel Tennant <rachel@tennantplanning.co.uk>",
        "2027-07-30",
        "Try me after the summer holidays – w/c 13 September, once the team's all back.\n\nRachel",
        until="2027-09-13",
    ),
    T(
        "en",
        "not_now",
        "mce1",
        "outlook_en",
        "Simon Ashcroft <simon.ashcroft@ashcroftwealth.co.uk>",
        "2027-07-12",
        "Oliver,\n\nWe'd be keen, but not until after our partners' away-day on Thursday 23 September – everything "
        "waits until then.\n\nSimon",
        until="2027-09-24",
    ),
    T(
        "en",
        "not_now",
        "mce2",
        "gmail_en",
        "Eleanor Moss <eleanor@mosswealth.co.uk>",
        "2027-08-12",
        "Next Tuesday is better for me to look at this properly – can you resend then?",
        until="2027-08-17",
    ),
    T(
        "en",
        "not_now",
        "ame1",
        "gmail_en",
        "Rupert Haig <rupert@haigfamilyoffice.com>",
        "2027-07-22",
        "One of our clients may be buying a yacht; completion is expected in February. Get back to me then.\n\nRupert",
        until="2028-02-01",
    ),
    T(
        "en",
        "not_now",
        "ame2",
        "outlook_us",
        "Brian Keller <bkeller@kellerprivatewealth.com>",
        "2027-09-13",
        "Fiona – not until the client's fiscal year closes on Sept 30. After that, happy to.\n\nBrian",
        until="2027-10-01",
    ),
    T(
        "en",
        "not_now",
        "hee2",
        "gmail_en",
        "Imogen Carr <imogen@carrfamilyoffice.co.uk>",
        "2027-09-02",
        "Can't decide before the board meets on the 9th. Ask me again after that?\n\nImogen",
        until="2027-09-10",
    ),
    FWD(
        "en",
        "not_now",
        "2027-07-16",
        "Toby – see below from our senior partner. Park it for now and come back in the spring? March-ish.\n\nAdam",
        "Angus Maxwell <angus.maxwell@maxwellbrook.co.uk>",
        "Adam Brook <adam.brook@maxwellbrook.co.uk>",
        "No new suppliers until the merger completes. Early 2028 at the earliest.\nA.\n",
        "vae1",
        "outlook_en",
        until="2028-03-01",
    ),
]

# --------------------------------------------------------------------------- referral (10 fr / 10 en)

REFERRAL: list[dict[str, Any]] = [
    T(
        "fr",
        "referral",
        "val2",
        "outlook_fr",
        "Me Damien Morel <d.morel@etude-castaing-morel.fr>",
        "2027-07-12",
        "Bonjour,\n\nCe n'est pas moi qui suis les clients collectionneurs mais mon associée, Me Hélène Castaing "
        "(h.castaing@etude-castaing-morel.fr). Je lui transmets.\n\nMe Damien Morel\nÉtude Castaing & Morel, notaires",
        referral=("Hélène Castaing", "h.castaing@etude-castaing-morel.fr"),
    ),
    T(
        "fr",
        "referral",
        "ten1",
        "gmail_fr",
        "Julie Arnal <julie.arnal@rivaud-gp.fr>",
        "2027-07-20",
        "Bonjour,\n\nJ'ai quitté Rivaud Gestion Privée fin juin. Je ne sais pas qui a repris ce sujet, désolée.\n\nJulie",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "hes1",
        "outlook_fr",
        "Amaury de Lachaume <a.delachaume@fo-lachaume.fr>",
        "2027-07-15",
        "Madame,\n\nLes invitations sont gérées par le secrétariat général de la famille : secretariat@fo-lachaume.fr. "
        "Je leur fais suivre.\n\nA. de Lachaume",
        referral=(None, "secretariat@fo-lachaume.fr"),
    ),
    T(
        "fr",
        "referral",
        "tem2",
        "android_fr",
        "Marion Petit <m.petit@arvalis-patrimoine.fr>",
        "2027-07-29",
        "C pas moi qui gère, voyez avec notre RCCI Stéphane Lebrun, slebrun@arvalis-patrimoine.fr",
        referral=("Stéphane Lebrun", "slebrun@arvalis-patrimoine.fr"),
    ),
    FW1(
        "fr",
        "referral",
        "2027-08-23",
        "Marie-Astrid, voir ci-dessous, c'est pour toi ; je laisse Mme Dambreville en copie.\n\nMadame, Marie-Astrid "
        "Lenormand (ma.lenormand@banque-verlaine.fr) gère ces sujets chez nous, elle vous répondra directement.\n\n"
        "Cordialement,\nGrégoire Tissot\nBanque Verlaine",
        "Marie-Astrid Lenormand <ma.lenormand@banque-verlaine.fr>",
        "mec1",
        referral=("Marie-Astrid Lenormand", "ma.lenormand@banque-verlaine.fr"),
    ),
    INL(
        "fr",
        "referral",
        "mec2",
        "owa_fr",
        "Nicolas Prévost <n.prevost@prevost-aucoin.fr>",
        "2027-09-08",
        "",
        [
            (
                "à qui puis-je",
                "-> À Bertrand Aucoin, notre associé en charge de la philanthropie. Je n'ai pas son accord pour vous "
                "donner son e-mail : appelez le standard.\nNP",
            )
        ],
        referral=("Bertrand Aucoin", None),
    ),
    T(
        "fr",
        "referral",
        "ama1",
        "outlook_fr",
        "Léa Bianchi <l.bianchi@ferracci-associes.mc>",
        "2027-07-22",
        "Bonjour,\n\nJe ne suis que l'assistante. Pour ce type de sujet, écrivez directement à M. Paul Ferracci : "
        "p.ferracci@ferracci-associes.mc\n\nLéa Bianchi\nFerracci & Associés – Monaco",
        referral=("Paul Ferracci", "p.ferracci@ferracci-associes.mc"),
    ),
    T(
        "fr",
        "referral",
        "val1",
        "gmail_fr",
        "Claude Rivière <claude.riviere@riviere-cgp.fr>",
        "2027-08-02",
        "Pas pour moi, mais ma consœur Anne Lestrade, chez Lestrade Gestion (anne@lestrade-gestion.fr), a beaucoup de "
        "clients collectionneurs. Contactez-la de ma part.\n\nClaude",
        referral=("Anne Lestrade", "anne@lestrade-gestion.fr"),
    ),
    T(
        "fr",
        "referral",
        "tem1",
        "outlook_fr",
        "Alain Terrasse <alain.terrasse@cabinet-terrasse.fr>",
        "2027-08-05",
        "Bonjour,\n\nJe pars à la retraite fin août. À partir de septembre, c'est Guillaume Terrasse qui reprend le "
        "cabinet : guillaume.terrasse@cabinet-terrasse.fr\n\nAlain Terrasse",
        referral=("Guillaume Terrasse", "guillaume.terrasse@cabinet-terrasse.fr"),
    ),
    T(
        "fr",
        "referral",
        "ama2",
        "apple_fr",
        "Cyril Dumont <c.dumont@fo-hautbois.fr>",
        "2027-09-06",
        "Mauvaise personne, je m'occupe de l'immobilier du family office. Voyez avec notre directeur financier, "
        "Olivier Macé.\n\nCyril",
        referral=("Olivier Macé", None),
    ),
    T(
        "en",
        "referral",
        "vae2",
        "outlook_en",
        "Paul Prior <paul.prior@whitfieldprior.co.uk>",
        "2027-07-27",
        "Toby – you want our private client team. Emma Whitfield heads it: emma.whitfield@whitfieldprior.co.uk. I've "
        "copied her in.\n\nPaul",
        referral=("Emma Whitfield", "emma.whitfield@whitfieldprior.co.uk"),
    ),
    T(
        "en",
        "referral",
        "tee2",
        "gmail_en",
        "Sally Dacre <sally@dacreandco.com>",
        "2027-08-12",
        "I'm not the trusts partner – that's Rupert Dacre. rupert.dacre@dacreandco.com",
        referral=("Rupert Dacre", "rupert.dacre@dacreandco.com"),
    ),
    T(
        "en",
        "referral",
        "hee1",
        "outlook_en",
        "Gareth Pritchard <gareth@pritchardfamilyoffice.com>",
        "2027-07-13",
        "Hi Nadia,\n\nI look after investments, not events. Our COO, Sian Pritchard, decides on these – "
        "sian@pritchardfamilyoffice.com\n\nGareth",
        referral=("Sian Pritchard", "sian@pritchardfamilyoffice.com"),
    ),
    T(
        "en",
        "referral",
        "tme1",
        "gmail_en",
        "Dan Foley <dan.foley@harrowgatewealth.co.uk>",
        "2027-07-09",
        "wrong person mate, I'm IT. try compliance@harrowgatewealth.co.uk",
        referral=(None, "compliance@harrowgatewealth.co.uk"),
    ),
    T(
        "en",
        "referral",
        "mce2",
        "orig_en",
        "Fiona Gale <fiona.gale@ashcombewealth.co.uk>",
        "2027-08-26",
        "Oliver – I left Ashcombe Wealth in June. No idea who covers philanthropy there now, sorry.\n\nFiona",
        referral=(None, None),
    ),
    INL(
        "en",
        "referral",
        "mce2",
        "outlook_en",
        "James Thornton <james.thornton@thorntonhall.co.uk>",
        "2027-08-31",
        "",
        [("I'd be grateful for a name", "JT >> Try Deborah Vance, our head of family governance.")],
        referral=("Deborah Vance", None),
    ),
    FW1(
        "en",
        "referral",
        "2027-07-20",
        "Hamish – this one's for you, given the Lomond jet.\n\nFiona, Hamish Reid (hamish.reid@glencarrow-fo.com) "
        "runs aviation for us – over to him.\n\nEuan",
        "Hamish Reid <hamish.reid@glencarrow-fo.com>",
        "ame1",
        referral=("Hamish Reid", "hamish.reid@glencarrow-fo.com"),
    ),
    T(
        "en",
        "referral",
        "ame2",
        "outlook_us",
        "Nathan Brooks <nbrooks@meridianpw.com>",
        "2027-09-20",
        "Hi Fiona – I've moved to our New York office and no longer cover European clients. Please reach out to my "
        "colleague Laura Benitez instead: laura.benitez@meridianpw.com.\n\nNathan",
        referral=("Laura Benitez", "laura.benitez@meridianpw.com"),
    ),
    T(
        "en",
        "referral",
        "vae1",
        "gmail_en",
        "Reception <reception@coldharbourwealth.co.uk>",
        "2027-07-29",
        "Hello, this is reception – please send this to enquiries@coldharbourwealth.co.uk and it'll get to the right "
        "adviser.\n\nColdharbour Wealth",
        referral=(None, "enquiries@coldharbourwealth.co.uk"),
    ),
    T(
        "en",
        "referral",
        "tme2",
        "outlook_en",
        "Martin Greer <martin.greer@brightwater-ifa.co.uk>",
        "2027-09-22",
        "Not me any more – from 1 October compliance is run by Danielle Fox (danielle.fox@brightwater-ifa.co.uk). "
        "Speak to her.\n\nMartin",
        referral=("Danielle Fox", "danielle.fox@brightwater-ifa.co.uk"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (10 fr / 10 en)

UNSUBSCRIBE: list[dict[str, Any]] = [
    T("fr", "unsubscribe", "val2", "gmail_fr", "Joël Hervé <joel.herve@herve-cif.fr>", "2027-07-21", "RETRAIT"),
    T("fr", "unsubscribe", "tem1", "android_fr", "Pascale Roy <p.roy@roy-gestion.fr>", "2027-07-12", "STOP"),
    T(
        "fr",
        "unsubscribe",
        "hes2",
        "outlook_fr",
        "Béatrice Leclerc <b.leclerc@fo-leclerc.fr>",
        "2027-08-16",
        "Madame,\n\nVotre lien de désinscription renvoie une erreur 404. Je vous demande donc par écrit de retirer mon "
        "adresse de tous vos envois, invitations comprises.\n\nB. Leclerc",
    ),
    T(
        "fr",
        "unsubscribe",
        "ten2",
        "outlook_fr",
        "Dominique Faure <d.faure@faure-wealth.fr>",
        "2027-09-09",
        "Bonjour,\n\nJe ne souhaite plus recevoir de messages de votre part. Merci de supprimer mes coordonnées de "
        "votre fichier.\n\nD. Faure",
    ),
    INL(
        "fr",
        "unsubscribe",
        "tem2",
        "gmail_fr",
        "Hervé Mallard <h.mallard@mallard-patrimoine.fr>",
        "2027-07-26",
        "",
        [("arrêter de vous relancer", "Oui. Arrêtez.")],
    ),
    T(
        "fr",
        "unsubscribe",
        "mec1",
        "outlook_fr",
        "Sylvie Carpentier <s.carpentier@carpentier-gp.fr>",
        "2027-07-28",
        "Madame,\n\nEn application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de "
        "prospection. Merci de me confirmer leur effacement.\n\nSylvie Carpentier",
    ),
    T(
        "fr",
        "unsubscribe",
        "ama1",
        "gmail_fr",
        "Marc Olivieri <marc.olivieri@olivieri-cgp.fr>",
        "2027-08-12",
        "Bonjour, c'est le troisième message que je reçois de votre société alors que je n'ai jamais rien demandé. "
        "Oubliez-moi.",
    ),
    T(
        "fr",
        "unsubscribe",
        "val1",
        "outlook_fr",
        "Lucie Garnier <l.garnier@garnier-conseil.fr>",
        "2027-07-09",
        "Bonjour,\n\nJe ne travaille plus dans ce cabinet depuis le 1er juillet. Merci de supprimer cette adresse de "
        "vos listes.\n\nL. Garnier",
    ),
    T(
        "fr",
        "unsubscribe",
        "hes1",
        "iphone_fr",
        "Quentin Roussel <q.roussel@fo-roussel.fr>",
        "2027-07-23",
        "Pas de salon, pas d'invitations, et merci de ne plus m'écrire du tout.",
    ),
    T(
        "fr",
        "unsubscribe",
        "mec2",
        "apple_fr",
        "Françoise Duval <f.duval@duval-gestion.fr>",
        "2027-09-20",
        "Non merci, et rayez-moi de vos listes s'il vous plaît.\n\nF. Duval",
    ),
    T(
        "en",
        "unsubscribe",
        "vae2",
        "gmail_en",
        "Matthew Stoke <matthew@stokeplanning.co.uk>",
        "2027-08-09",
        "No more, thanks.",
    ),
    T("en", "unsubscribe", "tme2", "gmail_en", "Aidan Walsh <aidan@walshifa.ie>", "2027-09-03", "Pass."),
    T("en", "unsubscribe", "ame2", "outlook_en", "Jeremy Vale <jeremy.vale@valeprivate.co.uk>", "2027-09-17", "REMOVE"),
    T(
        "en",
        "unsubscribe",
        "hee1",
        "gmail_en",
        "Olivia Marsh <olivia@marshfamilyoffice.com>",
        "2027-07-16",
        "Please take me off your mailing lists – all of them, not just the Summit one.\n\nOlivia",
    ),
    T(
        "en",
        "unsubscribe",
        "tee1",
        "outlook_en",
        "Neil Harding <neil.harding@hardingwealth.co.uk>",
        "2027-07-22",
        "Giles,\n\nYour preferences link wants me to create an account to unsubscribe, which I'm not going to do. "
        "Please just delete my details.\n\nNeil Harding",
    ),
    T(
        "en",
        "unsubscribe",
        "mce1",
        "apple_en",
        "Caroline Webb <caroline@webbfinancial.co.uk>",
        "2027-07-29",
        "I'd be grateful if you'd stop emailing me. I don't recall ever opting in.\n\nCaroline Webb",
    ),
    T(
        "en",
        "unsubscribe",
        "tee2",
        "gmail_en",
        "Ian Pemberton <ian@pembertonlaw.co.uk>",
        "2027-08-17",
        "Under UK GDPR I'm objecting to direct marketing. Please confirm you've suppressed this address.\n\nIan "
        "Pemberton",
    ),
    T(
        "en",
        "unsubscribe",
        "hee2",
        "outlook_us",
        "Steven Park <spark@parkfamilycapital.com>",
        "2027-09-13",
        "Hi – this is the fourth nudge in three weeks. Enough. Please don't contact me again.\n\nSteven",
    ),
    T(
        "en",
        "unsubscribe",
        "vae1",
        "orig_en",
        "Office Manager <office@quayswealth.co.uk>",
        "2027-07-19",
        "Ciaran left the firm in May and this mailbox is no longer monitored. Please remove it from your database.\n\n"
        "Quays Wealth – Office Manager",
    ),
    T(
        "en",
        "unsubscribe",
        "ame1",
        "gmail_en",
        "Louise Carter <louise@carterwm.co.uk>",
        "2027-07-23",
        "Not interested, and please remove me from your list.\n\nLouise",
    ),
]

# --------------------------------------------------------------------------- out_of_office (7 fr / 7 en)

OUT_OF_OFFICE: list[dict[str, Any]] = [
    N(
        "fr",
        "out_of_office",
        "2027-08-05",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 20 août inclus, avec un accès limité à mes e-mails. "
        "Pour toute urgence, vous pouvez contacter Céline Arnaud au 01 45 22 71 06 ou à c.arnaud@marchetti-"
        "patrimoine.fr.\n\nBien cordialement,\nSophie Marchetti\nMarchetti Patrimoine",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-07-26",
        "Réponse automatique : je suis en congés du 26 juillet au 13 août inclus. Votre message ne sera pas transféré ; "
        "je le traiterai à mon retour.\n\nÉric Delmas",
    ),
    T(
        "fr",
        "out_of_office",
        "hes1",
        "outlook_fr",
        "Contact <contact@delmotte-patrimoine.fr>",
        "2027-08-03",
        "Merci pour votre message.\n\nLe cabinet est fermé du 2 au 20 août 2027. Nous traiterons votre demande dès la "
        "réouverture, le lundi 23 août.\n\nCabinet Delmotte & Fils – Gestion de patrimoine",
        ago=0,
    ),
    N(
        "fr",
        "out_of_office",
        "2027-08-25",
        "Je suis actuellement absent et serai de retour le lundi 6 septembre. Pour les urgences : +41 22 318 40 70.\n\n"
        "I am currently out of the office and will be back on Monday 6 September. For urgent matters: +41 22 318 40 "
        "70.\n\nMarc-André Jaquet\nJaquet & Cie Gestion de Fortune SA, Genève",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-09-14",
        "*** Ceci est un message automatique ***\n\nMerci pour votre e-mail. Je suis en déplacement cette semaine et ne "
        "pourrai vous répondre que de façon différée. Pour les demandes relatives aux comptes de nos clients, écrivez à "
        "service.clients@banque-orsenne.fr.\n\nAmélie Fontaine\nBanque Orsenne – Banque privée",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-07-19",
        "Bonjour,\n\nJe suis en congé maternité jusqu'au 3 janvier 2028. En mon absence, merci de vous adresser à mon "
        "associé, Thibault Garnier (t.garnier@garnier-lefort.fr).\n\nCordialement,\nCamille Lefort\n\nCe message est "
        "envoyé automatiquement.",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-08-18",
        "Absent(e) jusqu'au 1er septembre. Message automatique, merci de ne pas y répondre.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-07-30",
        "Thank you for your email. I am out of the office until Monday 9 August with limited access to email. For "
        "urgent matters please contact my assistant, Jo Bailey, on 020 7946 0213.\n\nKind regards\nAlastair Moore",
    ),
    N(
        "en",
        "out_of_office",
        "2027-08-16",
        "Automatic reply: I'm on annual leave, returning 1st September. Your email has not been forwarded.",
    ),
    T(
        "en",
        "out_of_office",
        "hee1",
        "outlook_en",
        "Lucinda Hart <lucinda@hartfamilyoffice.co.uk>",
        "2027-07-19",
        "I am currently travelling with intermittent access to email and will respond on my return on 26 July.\n\n"
        "Lucinda Hart\nHart Family Office",
        ago=0,
    ),
    N(
        "en",
        "out_of_office",
        "2027-08-11",
        "This mailbox is not monitored during August. The office reopens on Monday 6 September 2027. If your matter is "
        "urgent, please call +44 20 7183 4410.\n\nBramley Court Wealth",
    ),
    N(
        "en",
        "out_of_office",
        "2027-09-21",
        "Hi, thanks for getting in touch. I'm away on paternity leave until mid-October. For anything urgent, please "
        "email team@haldanewealth.co.uk.\n\nTom Haldane\n(automatic reply)",
    ),
    N(
        "en",
        "out_of_office",
        "2027-08-27",
        "I'm out of the office on Friday 27 August and Monday 30 August (bank holiday), back on Tuesday 31 August. "
        "This is an automated response.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-09-13",
        "Thank you for your message. I am attending a client offsite until Thursday 16 September with no access to "
        "email. I will reply on my return.\n\n[Auto-reply]",
    ),
]

# --------------------------------------------------------------------------- other (8 fr / 10 en)

OTHER: list[dict[str, Any]] = [
    T(
        "fr",
        "other",
        "val1",
        "iphone_fr",
        "Gérard Pujol <g.pujol@pujol-patrimoine.fr>",
        "2027-07-19",
        "En déplacement jusqu'à jeudi, je regarde ça à mon retour.",
    ),
    N(
        "fr",
        "other",
        "2027-07-07",
        "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis à un ou "
        "plusieurs destinataires.\n\nj.berthier@berthier-patrimoine.fr\nRaison : 550 5.1.1 Adresse inconnue\n\n"
        "Objet : " + _TEM_FR_S,
    ),
    T(
        "fr",
        "other",
        "hes2",
        "gmail_fr",
        "Armand Vigier <a.vigier@fo-vigier.fr>",
        "2027-08-23",
        "Bien reçu, merci.",
    ),
    T(
        "fr",
        "other",
        "tem1",
        "outlook_fr",
        "Sandrine Collet <s.collet@collet-associes.fr>",
        "2027-07-15",
        "Christophe, tu peux regarder ? Ça ressemble à ce dont on parlait au comité de mardi.\nS.",
    ),
    N(
        "fr",
        "other",
        "2027-08-26",
        "Votre demande n° 48213 a bien été enregistrée par le service Relations partenaires de la Banque Orsenne. Un "
        "conseiller vous répondra sous 5 jours ouvrés.\n\nMerci de ne pas répondre à ce message.",
    ),
    T(
        "fr",
        "other",
        "ten1",
        "gmail_fr",
        "Secrétariat Laffont <secretariat@laffont-gp.fr>",
        "2027-08-06",
        "Bonjour,\n\nMme Laffont est en congé jusqu'au 23 août, je lui ferai suivre votre message à son retour.\n\n"
        "Le secrétariat",
    ),
    T("fr", "other", "mec2", "gmail_fr", "Paul Lemoine <paul.lemoine@lemoine-fo.fr>", "2027-09-22", "?"),
    T(
        "fr",
        "other",
        "ama2",
        "outlook_fr",
        "Isabelle Moreau-Lanzi <i.moreaulanzi@ml-patrimoine.fr>",
        "2027-09-02",
        "Bonjour,\n\nJe crois que vous avez fait une erreur sur mon nom : c'est Moreau-Lanzi, pas Moreau.\n\n"
        "Cordialement,\nI. Moreau-Lanzi",
    ),
    T(
        "en",
        "other",
        "tee1",
        "gmail_en",
        "Duncan Shaw <duncan@shawprivateclient.co.uk>",
        "2027-07-12",
        "Travelling this week – will have a proper read when I'm back.\n\nD",
    ),
    N(
        "en",
        "other",
        "2027-07-06",
        "Delivery has failed to these recipients or groups:\n\nm.fenwick@fenwickcastle.co.uk\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
        "Diagnostic information for administrators:\n\nRemote Server returned '550 5.1.10 "
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    T("en", "other", "hee2", "apple_en", "Felix Grey <felix@greyfamilyoffice.co.uk>", "2027-09-10", "Thanks!"),
    T(
        "en",
        "other",
        "tme1",
        "gmail_en",
        "Nina Patel <nina@patelwealth.co.uk>",
        "2027-07-21",
        "Sorry, ignore my last email – it was meant for a different supplier.\n\nNina",
    ),
    T(
        "en",
        "other",
        "vae2",
        "apple_en",
        "Max Turnbull <max@turnbullwm.co.uk>",
        "2027-08-25",
        "Cheers Toby, I'll have a think.\n\nMax",
    ),
    N(
        "en",
        "other",
        "2027-07-20",
        "Your message\n\n  To: Joanna Mercer\n  Subject: " + _HES_EN_S + "\n  Sent: 20/07/2027 08:45\n\nwas read on "
        "20/07/2027 11:02.",
    ),
    FW1(
        "en",
        "other",
        "2027-07-30",
        "Tom – is this the lot who ran that session at the STEP conference last year? Any good?\n\nS",
        "Tom Avery <tom.avery@averyhollins.co.uk>",
        "mce1",
    ),
    T(
        "en",
        "other",
        "ame1",
        "outlook_en",
        "Richard Dunmore <richard.dunmore@dunmorewealth.co.uk>",
        "2027-09-23",
        "Hi Fiona,\n\nJust so you know, we've merged with Carrow Wealth – my new address is "
        "r.dunmore@carrowwealth.com from Monday.\n\nRichard",
    ),
    N(
        "en",
        "other",
        "2027-08-02",
        "Your message to d.harper@harpergreen.co.uk is being held. To confirm you are a real person, click the link "
        "below within 48 hours:\n\nhttps://verify.mailguard-secure.net/c/8f3a2e\n\nThis is a one-time verification.",
    ),
    T(
        "en",
        "other",
        "tee2",
        "outlook_en",
        "Clare Ingram <clare.ingram@ingramwealth.co.uk>",
        "2027-09-01",
        "Hi Giles, apologies – I'm not ignoring you, it's just been a mad summer. Bear with me.\n\nClare",
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
random.Random(24).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout24", CASES, sys.argv)
