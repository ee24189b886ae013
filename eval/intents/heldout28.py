"""A twenty-eighth held-out split, `heldout28`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, did not open eval/intents/cases.json nor eval/intents/README.md, opened no heldout,
tune or train file but heldout27.py as below, and ran no git command, no `find` and no `grep -r`.
What it opened: in one command, an `ls` of eval/intents/ (the files' names only), common.py (whole, one `cat`) and
`date`; heldout27.py through an awk print of its module docstring (lines 1-188), then in one command a `wc -l`, an awk
print from its docstring's last paragraph to the end of the file piped into a `grep -n` for triple quotes (head -2) and
an awk print of lines 160-200 grepped for its import / `def` / `EMAILS` lines, then an awk finding its docstring's
closing line (188), a print of lines 189-225 (its imports, `D`, `FIRST` / `LAST`, `HOLIDAYS`, `WORKDAYS` and the start
of its senders' address and signature constants) and its last 20 lines (the end of its last case, the CASES list, the
seeded shuffle, the `write_split` call); /work/shared/INTELLIGENCE.md through a grep for its headings (head -40) and a
print of lines 39-49 (the intent section); pyproject.toml through a grep for `tool.ruff` and a print of lines 60-72 (the
ruff tables down to the per-file-ignores header).
Slips: (1) heldout27's docstring, as printed, quotes fragments of its own replies with their ids and ends with the
figures of its one blind measurement (macro-F1 0.751 -> 0.770, interested recall 6/20, other F1 0.378 -> 0.444,
unsubscribe recall 0.850, not_now dates 15/20, referral names 15/20 -> 16/20): read before any reply below was written,
so the classes it found hard (interested, other) may have weighed in choosing hard cases; its phrases were not reused on
purpose, but some patterns recur (a plain "Non merci." / "Not interested." above the footer's opt-out word, a "wrong Dr
<name>" reply, read receipts, bounces, a note to a spouse above a forward, a dead man's mail, a new address for the same
person, "Bien reçu" / "Noted"); (2) the grep after heldout27's docstring printed one line of code beyond the allowed
blocks, the docstring of its inline-answer helper ("The quoted email with answers typed after the paragraphs holding
their anchors (quoted with `>` when gmail)."), whose idea this file's `Q` shares; (3) the print of lines 189-225 went
past `WORKDAYS` into heldout27's address and signature constants for three of its senders (names, addresses, phone
numbers already in its docstring; no email body, no reply); (4) heldout8.py to heldout26.py were not opened, so the
senders below are new against heldout27 and the brief only; (5) the brief's rules and heldout27's docstring agree where
both speak; where only heldout27's docstring speaks ("début <month>" the 1st, after a dated event the day after, "next
week" the Monday after), it was followed; where neither does, a day named outright is that day (147).
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was run
besides: `date` several times; a python calendar of September 2028 to January 2029 and the date of Easter 2029; an `ls`
of eval/intents/ counting files named heldout28 (none yet) and an `ls -a` counting __pycache__ (none); the writing of
this file (an editor's create, heredoc appends, six small python scripts replacing text in it, two `grep -n` of it);
`python3 eval/intents/heldout28.py /tmp/h28` with PYTHONDONTWRITEBYTECODE=1, several times; a throwaway script
(/tmp/h28w/check.py) over its output counting cases per class and language, distinct texts (200), the ids' range and
split, and checking that every `sent` is a weekday from 2028-09-04 to 2028-11-17 off 1 and 11 November, that every
not_now has `until` and every referral (and only a referral) a `referral` (every quoted or forwarded email's date is a
working day one to four days before its reply, inside the window, by construction: `_before` raises otherwise, and every
builder refuses a `sent` off the working days); python prints of every case's id, label, language, `sent`, first 80
characters and date or referral, to quote the ids below, and of rendered cases (060, 089 and 098, then, after a change
to the Gmail inline layout, 060 and 084: inline answers in Gmail, Apple Mail and Outlook, a forward); two python scripts
in /tmp/h28w wrapping this docstring into the file and a python `ast` parse of it (the docstring's length); ruff check,
`ruff format --diff | head -40`, ruff format and `ruff format --check` on this file; builds into /tmp/h28 and /tmp/h28b
compared by md5; `test -d eval/intents/__pycache__`. Not part of cases.json.
Six invented senders whose clients are French small businesses and liberal professions, none related to another nor to
heldout27's senders, each email signed by its sender:
- Cabinet Quérel & Fontaine (Tours), Anne-Sophie Quérel, expert-comptable: to shopkeepers, a free 45-minute mid-year tax
  review ("point fiscal de mi-année") at the shop or by phone, and a two-page PDF "12 points à vérifier avant la
  clôture"; a follow-up with a bookkeeping package "à partir de 165 € HT par mois" (a firm quote from turnover,
  headcount and till software) and a webinar on Thursday 23 November, 12:30, "répondez simplement OUI" (footer "répondez
  STOP");
- Lorcel Avocats (Bordeaux), Bastien Lorcel, commercial-lease lawyer: an audit of the lease before renewal (the lease
  and its riders sent, a written note within 10 working days, flat fee 390 € HT) or a free 20-minute call; an 8-page
  guide "les 7 dates à ne pas rater" (footer "Répondez DÉSABONNER");
- Sérénis Courtage (Nantes), Julien Mabire, broker in collective health insurance ("mutuelle d'entreprise") for TPE: a
  free comparison with a quote within 48 hours from headcount, average age, collective agreement and current premium, or
  a 15-minute call or a visit; a two-page sheet on the minimum cover changing on 1 January 2029 (footer "Répondez
  STOP");
- Ampéra Énergie (Rennes), Sophie Le Bihan, energy broker: to bakeries, eight suppliers put in competition for free,
  costed offers within 72 hours from annual kWh (or the last bill), supplier and contract end date, or a visit to the
  shop; to restaurants, the same from the last bill or the PDL number, and a sheet "6 réglages qui font baisser la
  facture d'une cuisine pro" (footer "répondez STOP");
- Ashgrove Formations Ltd (London, Clerkenwell Road), Oliver Pemberton, in English to French founders opening a UK
  company: the "French Founder" package (Companies House incorporation, London registered office, VAT and PAYE
  registration, a bank introduction) "from £349 + VAT", a 20-minute call in English or French and a free guide "UK Ltd
  from France: 12 questions"; a webinar "UK Ltd or French SAS?" on Thursday 23 November, 12:30 Paris time, "Reply YES",
  or a fixed quote from the number of shareholders and directors (footer "Reply UNSUBSCRIBE");
- Keystone Cyber Training (Cork and Bristol), Niamh Cassidy, in English: to Irish and UK dental practices, a free
  phishing simulation on the staff with a report, training "from £7 (or €8 in Ireland) per staff member per month", and
  a 20-minute call to set it up; to GP surgeries, a free webinar on Wednesday 22 November, 13:00, "phishing at the front
  desk" (the DSPT, the first hour after a click), "Reply YES", and a free one-page front-desk checklist (footer "Reply
  STOP to opt out").
A few prospects answer across languages: in French to Ashgrove's English emails (French founders: 148, 021, 194, 008,
095, 174, 067, 003, and 140 an autoreply), and in English to French emails (British owners in France: 076, 024, 138,
015, 061, 137). Everything (firms, people, addresses, numbers, products) is invented.
Counts (fr / en): 10 / 10 in each of the ten classes (meeting_request, interested, information_request, quote_request,
not_interested, not_now, referral, unsubscribe, out_of_office, other); 100 / 100. `sent`: weekdays from 2028-09-06 to
2028-11-17 (the window 2028-09-04 to 2028-11-17, 1 November off; 11 November is a Saturday); every quoted or forwarded
email one to four working days before its reply, inside the window. `lang` is the language of the prospect's new text.
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads; inline answers
typed inside the quoted email, with markers ("[PL] Jeudi 14 à 9h, à la boutique", "[CB] Notre bail se termine en 2030,
revenez vers moi en septembre 2029.", "[SD] Voir avec notre gestionnaire paie", "[MF] Does it go to every staff member",
"<<Yes, go ahead with this.>>", "-- What's the total with VAT") and without ("Non." / "Non plus.", "aucun" / "STOP !!!"
under the footer, "No." / "STOP", figures typed under the quote request, "Not for the webinar, sorry." then a call asked
for); forwards with a note (089 to a colleague at the bakery with his address, 054 to a colleague with his address, 106
to a husband, 040 to a colleague "for the team meeting"); bookkeepers, payroll secretaries, practice managers,
receptionists, a wife, a chef, a son and a cousin answering or named (006, 127, 065, 016, 143, 179, 168, 137, 045, 157);
typos, no accents, SMS style ("vous etes payés comment si c gratuit ??", "bjr on a deja un contrat a prix fixe", "deja
un avocat merci", "unsub pls", "price for formation only? no office no vat. thx", "pls call me re this");
voice-dictation errors ("envoyez moi le devis point la facture est en pièce jointe point", "d'accord pour que vous vous
occupiez de notre contrat point", "stop point merci de ne plus m'envoyer de mails point", "rappelez moi le 8 janvier
point"); franglais ("un call de 20 min ... envoyez-moi une invit", "c'est quoi le deal exactement ... thx"); two intents
in one reply, yes-but replies and replies declining one thing and asking for another ("Le webinaire non ... je veux bien
qu'on se voie", "Pas besoin du guide ... Vous prendriez combien", "Sounds good, but what does it cost", "Oui pour un
appel mais pas avant 19h"); acceptance by giving the data asked ("kWh annuel 48 000, contrat EDF jusqu'en septembre
prochain", "4 salariées, âge moyen 34 ans, CCN coiffure", a wife sending three bills and the PDL); dates given for other
reasons beside a deferral (hiring in January, a contract running until the end of March, a lease ending in 2030,
December's rush); look-alike opt-outs ("inutile de me relancer tous les mois", "No need to follow up", a decline above
the footer's word) and indirect ones ("Je n'ai rien demandé. Plus de mails à cette adresse", "Please take info@ off your
list", RGPD / GDPR, the ICO); requests to stop writing to someone else (a husband in hospital, a dead dentist, a GP on
sick leave); deferrals tied to business events ("avec Noël puis les soldes", "après la clôture au 30 juin", "once the
new practice manager starts", "after our CQC inspection on 14 November", "once we've closed our seed round", "when the
new surgery is open").
Labelling convention: heldout27's, as its docstring states it, read as an adviser would read the prospect's NEW text
(quoted history never counts). Here the offers are: a call, a review at the shop, a visit, a meeting (accepting one,
asking for one or proposing a slot is `meeting_request`); the PDF sheet, the guide, the checklist, a seat at a webinar,
the phishing simulation, the lease audit at its stated flat fee, the brokerage or formation service itself (saying yes,
booking the seat, asking to start is `interested`); a price, a fee, a quote, costed offers, or the figures or bills sent
for them, is `quote_request`; how the service, the rule or the event works is `information_request`. Two intents: an
opt-out over anything; a named person or address over "not for me" or a date; a meeting over a price; taking up the
offer over numbers given or a practical question. The footer's word sent back alone is an opt-out, even when it is
another word than the footer's; a plain decline, even above that footer, is not. Rules the brief asked for, followed
exactly: a "wrong person" reply that names nobody is `referral` with name and address null; a person's own "I'm away
until X, will look when back", written by hand, is `other`; an automatic reply, with or without a date or a stand-in, is
`out_of_office`; a request to stop writing to SOMEONE ELSE made by another person is not `unsubscribe` but what the
adviser must do: `referral` when someone is named to write to instead, `other` when nobody is; only the author's own
request to stop (his own address or his own inbox) is `unsubscribe`. As in heldout27: a referred name is recorded as
written, without a title ("Dubreuil" for "Mme Dubreuil"), a first name alone stays a first name; a firm named with its
generic address has a null name; a named person with a phone number or nothing has a null address; a predecessor who
left with a successor named is `referral` (the successor); booking a seat for oneself and a named or addressed companion
is `interested`; a PA, receptionist or bookkeeper who asks for the call or a slot for the owner is `meeting_request`;
bounces and read receipts are `other`.
not_now dates as the brief sets them: a season by its astronomical start (spring 21 March, summer 21 June, autumn 22
September, winter 21 December); "after Easter" / "après Pâques" the Tuesday after Easter Monday, 3 April 2029 (Easter
Sunday 1 April); "fin <month>" / "end of <month>" the 25th; "mi-<month>" / "mid-<month>" the 15th; a named month its 1st
(in 2029 when the month has passed); vague words or an event without a date no date (null) but still `not_now`; and, as
heldout27 counts them, after a dated event the day after, "next week" the Monday after. Here: 185 (Christmas then the
sales, "Recontactez-moi en février") 2029-02-01; 112 "après la clôture au 30 juin" 2029-07-01; 074 "revenez vers moi fin
janvier" 2029-01-25; 102 (hiring in January, "rappelez moi mi-decembre") 2028-12-15; 178 (the contract running "jusqu'à
fin mars", "Écrivez-moi après Pâques") 2029-04-03; 026 (closed for works, reopening unknown, "Plus tard peut-être")
null; 189 "Repassez au printemps" 2029-03-21; 174 (waiting for the fund-raising, "dans quelques mois") null; 053
(inline: the lease ends in 2030, "revenez vers moi en septembre 2029") 2029-09-01; 147 ("pas avant la rentrée de janvier
point rappelez moi le 8 janvier") 2029-01-08, the day named; 119 "Not until after our CQC inspection on 14 November"
2028-11-15; 028 "once the new practice manager starts" null; 020 (the seed round, "Try me in the spring") 2029-03-21;
009 "Mid-January please - December is mayhem" 2029-01-15; 165 "Try again after Easter" 2029-04-03; 033 "end of February"
2029-02-25; 027 "Ping me next week" (sent on Wednesday 11 October) Monday 16 October 2028; 070 (moving to the new health
centre "in the new year. Maybe after that.") null, the move being the event; 190 "Not this year. January." 2029-01-01;
018 "in the summer, when the new surgery is open" 2029-06-21.
Borderline decisions (ids as built): 006 (a bookkeeper asking the free call for the owner, named, on a Monday), 016 (a
receptionist putting the call in the dentist's diary), 179 (a wife: "Passez nous voir un mardi ... Apportez vos offres")
and 037 (a call with the writer and his IT man Ciarán, named) are `meeting_request`, not `referral`; 099 (a call first,
"et vous me direz combien ça me coûte") and 122 (inline: no webinar, the shareholders and directors typed, then "I'd
rather speak to someone first - can you call me on Monday?") are `meeting_request`, not `quote_request`; 041 (no
webinar, a meeting about the package), 039 (no guide, a call), 066 and 130 (no webinar, a call), 012 (a meeting at the
office instead of a call), 071 ("Oui pour un appel mais pas avant 19h") and 082 ("Happy to set up the simulation.
Thursday at 1.15") are `meeting_request`; 098 (inline: a slot, no sheet) is `meeting_request`; 200 (inline: no meeting,
the sheet yes), 159 (the sheet, "pour le rdv on verra plus tard"), 093 (the guide, no call yet), 155 (the test, no call,
the headcount given), 186 (inline: yes to the test, no call) and 013 ("Let's do it", two directors, "How do we start?")
are `interested`; 114 (dictated: "d'accord pour que vous vous occupiez de notre contrat", the son to send the bills) is
`interested`, not `quote_request`, since no figure or bill is sent; 043 (the audit taken at 390, the lease to follow) is
`interested`, not `quote_request`; 068 (OUI, may the shop assistant Léa come too?) is `interested`, not
`information_request`; 101 (a partner's address), 198 (the CFO's address) and 022 (the joining link for a named
reception lead with her address) are `interested`, not `referral`; 032 ("if there's a recording, sign me up") is
`interested`, while 139 ("Pas de devis ... le webinaire sera enregistré ?") is `information_request`; 059 (does the
sheet cover my collective agreement? "Sinon inutile de me l'envoyer"), 047 (a fixed price until 2030, is the audit of
any use?), 193 (no simulation, what happens to the clickers' names) and 188 (no webinar, a question) are
`information_request`; 138 (is there anyone speaking English? "If so I'd consider it") is `information_request`; 063,
001, 015 and 121 (figures given, inline without markers for 121), 168 (a wife sending bills and the PDL) and 177
(dictated: the quote, the bill attached) are `quote_request`; 160 (no guide, the fee to contest the rent), 050 (no
sheet, a quote with figures), 036 (inline: the total, no call), 161 (no webinar, pricing for 40 staff), 094 (no webinar,
a fixed quote) and 056 ("Sounds good, but what does it cost after the free test?") are `quote_request`; 065 (a practice
manager asking a quotation for the doctor) is `quote_request`; 107 ("inutile de me relancer tous les mois") and 150 ("No
need to follow up") are `not_interested`, not `unsubscribe`, as are 044 ("Non merci." above a STOP footer), 117 ("Not
interested." above an UNSUBSCRIBE footer), 145 (sarcasm about unsolicited email, no request to stop) and 023 (inline
"Non." / "Non plus."); 004 (owners of the walls), 141 (selling the practice in December, no deferral) and 127 (a payroll
secretary: the boss won't follow up) are `not_interested`; 116 (a husband's address, no name) has a null name, 090 (the
accountants' firm, accueil@) and 085 (the IT firm, info@) too; 067 (a partner named, no address), 157 (a cousin, a
mobile) and 170 (inline "Mme Dubreuil" with a phone number, recorded "Dubreuil") have a null address; 089 and 054
(forwards with the colleague's address, the adviser in copy) are `referral`; 146 (a predecessor left, "retirer l'adresse
de Mme Roussel", the successor named) and 169 (a retired dentist, his successor named) are `referral`; 045 (a son
writing from his dead father's address, "Merci de ne plus écrire à son adresse et d'utiliser la mienne", signed) and 019
("Please stop sending these to Dr Ahmed", the assistant practice manager naming herself with her address) are
`referral`, not `unsubscribe`; 002 (a wife: a husband in hospital, "Merci de ne plus lui écrire pour le moment", nobody
named) and 111 (a dead dentist) are `other`, not `unsubscribe`, `not_now` nor `referral`; 080 ("Je ne suis pas la bonne
personne"), 086 ("Vous vous êtes trompés de destinataire"), 092 ("Wrong person, sorry.") and 197 ("You have the wrong Dr
O'Brien") are `referral` (null, null); 123 ("Unsubscribe" where the footer says STOP), 060 (inline "STOP !!!" under the
footer), 154 (dictated "stop point"), 091 ("Je n'ai rien demandé. Plus de mails à cette adresse"), 182 ("Please don't
email this address again"), 167 (a practice manager: "take info@ off your list", her own inbox), 038 and 034 (a decline
and a removal), 029 (RGPD), 105 (GDPR) and 115 (the ICO) are `unsubscribe`; 014 (a shop closed for holidays, no word
"automatique"), 030 (annual leave, a stand-in address, no word "automatic"), 104 (a restaurant's closed-days notice),
151 (an office closed on Friday afternoons), 158 (an automatic acknowledgement of receipt), 149 (a surgery's inbox
notice), 120 ("This mailbox is no longer monitored", a new address: not `referral`), 124, 113 and 163 (a stand-in named
or addressed: not `referral`), 052, 069, 140 and 133 (autoreplies above the thread, 133 signed "-- auto-reply --") are
`out_of_office`; 135 ("Je suis en congés jusqu'au 2 octobre, je regarde ça en rentrant") and 199 ("On holiday till the
20th, will have a look when I'm back"), written by hand, are `other`, as are 035 ("Je regarde ça ce week-end et je
reviens vers vous"), 081 ("Will get back to you tomorrow"), 046 and 171 (to talk to a partner / the partners first), 078
("Bien reçu, je transmets à mon comptable", nobody named), 048 (taken for the phishing test, sent to IT), 072 (a new
address for the same person), 075 (received twice), 153 ("C'est noté.") and 192 ("Noted, cheers."), 195 and 183
(bounces), 109 and 172 (read receipts), 106 (a note to a husband above a forward) and 040 (a note to "Mags" above a
forward, no address, the adviser not asked to write to her).
`python heldout28.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout28-NNN`, in a fixed shuffled order, seed 28). `common` is imported from this file's own directory;
sys.dont_write_bytecode is set first, so no __pycache__ is left.
Measured once, blind, by the session that asked for it (2026-12-05, 17:23 UTC, before anyone read a reply of it), at
ef99c69 (that session's start) and at ff3feaa (with heldout26's, heldout27's, blind22's and blind23's mends). Rules
and learnt model, no LLM: macro-F1 0.777 -> 0.781 (target 0.85, missed), accuracy 0.780 -> 0.785, interested recall
0.550 (11/20) both, other F1 0.462 -> 0.474, unsubscribe precision 0.947 (one false opt-out) / recall 0.900 both,
not_now dates 19/20 both, referral names 14/20 -> 15/20 and addresses 18/20, 3.5 % to an LLM. Rules alone at
ef99c69: macro-F1 0.734, 7.5 % to an LLM."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, quoted, when, write_split  # noqa: E402

D = date.fromisoformat
FIRST, LAST = D("2028-09-04"), D("2028-11-17")
HOLIDAYS = {D("2028-11-01"), D("2028-11-11")}
WORKDAYS = [
    FIRST + timedelta(n)
    for n in range((LAST - FIRST).days + 1)
    if (FIRST + timedelta(n)).weekday() < 5 and FIRST + timedelta(n) not in HOLIDAYS
]


def _sent(sent: str) -> date:
    d = D(sent)
    if d not in WORKDAYS:
        raise ValueError(f"{sent} is not a working day of the window")
    return d


def _before(sent: str, back: int) -> date:
    """The quoted email's date: `back` working days (1 to 4) before the reply, inside the window."""
    if not 1 <= back <= 4:
        raise ValueError(back)
    i = WORKDAYS.index(_sent(sent)) - back
    if i < 0:
        raise ValueError(f"{sent} minus {back} working days falls before the window")
    return WORKDAYS[i]


# --------------------------------------------------------------------------- the six senders

_QUEREL = "Anne-Sophie Quérel <as.querel@querel-fontaine.fr>"
_QUEREL_SIG = (
    "Bien cordialement,\nAnne-Sophie Quérel\nExpert-comptable associée – Cabinet Quérel & Fontaine\n"
    "22 rue Nationale, 37000 Tours\n02 47 61 38 90\n\nPour ne plus recevoir nos messages, répondez STOP."
)
_LORCEL = "Bastien Lorcel <b.lorcel@lorcel-avocats.fr>"
_LORCEL_SIG = (
    "Bien à vous,\nBastien Lorcel\nAvocat au Barreau de Bordeaux – Baux commerciaux\n"
    "Lorcel Avocats, 9 cours de Verdun, 33000 Bordeaux\n05 56 48 27 13\n\n"
    "Vous ne souhaitez plus recevoir nos informations ? Répondez DÉSABONNER."
)
_MABIRE = "Julien Mabire <julien.mabire@serenis-courtage.fr>"
_MABIRE_SIG = (
    "Cordialement,\nJulien Mabire\nCourtier en assurances collectives – Sérénis Courtage\n"
    "4 quai de la Fosse, 44000 Nantes\n02 40 89 52 17 – ORIAS 21 004 873\n\n"
    "Répondez STOP pour ne plus recevoir nos emails."
)
_BIHAN = "Sophie Le Bihan <sophie.lebihan@ampera-energie.fr>"
_BIHAN_SIG = (
    "Bien cordialement,\nSophie Le Bihan\nCourtière en énergie – Ampéra Énergie\n"
    "12 rue de Nemours, 35000 Rennes\n02 99 31 64 08\n\nPour ne plus être contacté(e), répondez STOP."
)
_PEMBERTON = "Oliver Pemberton <oliver@ashgroveformations.co.uk>"
_PEMBERTON_SIG = (
    "Kind regards,\nOliver Pemberton\nDirector, Ashgrove Formations Ltd\n"
    "71 Clerkenwell Road, London EC1R 5BL\n+44 20 7946 0318\n\nReply UNSUBSCRIBE and we won't write again."
)
_CASSIDY = "Niamh Cassidy <niamh.cassidy@keystonecyber.ie>"
_CASSIDY_SIG = (
    "Best wishes,\nNiamh Cassidy\nPractice Security Lead, Keystone Cyber Training\n"
    "Penrose Wharf, Cork T23 KW8D | 3 Temple Back, Bristol BS1 6DZ\n+353 21 490 7712\n\n"
    "Reply STOP to opt out of these emails."
)

EMAILS: dict[str, tuple[str, str, str]] = {
    "querel_point": (
        _QUEREL,
        "Votre point fiscal de mi-année (offert)",
        "Bonjour,\n\nVous tenez un commerce et votre exercice est à mi-parcours : c'est le bon moment pour vérifier la "
        "TVA, les stocks, la rémunération du dirigeant et les acomptes d'impôt sur les sociétés, tant qu'il est encore "
        "temps d'agir.\n\nJe vous propose un point fiscal de mi-année de 45 minutes, offert, à votre boutique ou par "
        "téléphone, avec l'un de nos experts-comptables. Quel créneau vous conviendrait ?\n\nJe peux aussi vous "
        "envoyer notre fiche « 12 points à vérifier avant la clôture » (PDF, 2 pages).\n\n" + _QUEREL_SIG,
    ),
    "querel_forfait": (
        _QUEREL,
        "Tenue comptable des commerçants : forfait à partir de 165 € HT par mois",
        "Bonjour,\n\nJe me permets de revenir vers vous. Pour les commerces de moins de cinq salariés, nous proposons "
        "un forfait tout compris (tenue, bilan, liasse, déclarations de TVA, lien avec votre logiciel de caisse) à "
        "partir de 165 € HT par mois.\n\nPour un devis précis, il me suffit de votre chiffre d'affaires annuel, du "
        "nombre de salariés et de votre logiciel de caisse.\n\nEt le jeudi 23 novembre à 12h30, nous organisons un "
        "webinaire de 40 minutes : « Caisse, TVA et contrôle fiscal : ce que tout commerçant doit savoir ». Pour "
        "vous inscrire, répondez simplement OUI.\n\n" + _QUEREL_SIG,
    ),
    "lorcel_audit": (
        _LORCEL,
        "Renouvellement de votre bail commercial : un audit avant d'accepter",
        "Madame, Monsieur,\n\nVotre bail commercial arrive peut-être à échéance dans les dix-huit prochains mois. "
        "Loyer déplafonné, clause d'indexation illicite, charges refacturées, grosses réparations de l'article 606 : "
        "c'est avant le renouvellement qu'il faut les regarder.\n\nJe vous propose un audit de votre bail : vous "
        "m'envoyez le bail et ses avenants, je vous rends une note écrite de 3 à 5 pages sous 10 jours ouvrés. "
        "Forfait de 390 € HT.\n\nSi vous préférez en parler d'abord, un premier échange téléphonique de 20 minutes "
        "est offert.\n\n" + _LORCEL_SIG,
    ),
    "lorcel_guide": (
        _LORCEL,
        "Guide gratuit : les 7 dates à ne pas rater avant le renouvellement du bail",
        "Madame, Monsieur,\n\nCongé, demande de renouvellement, prescription de deux ans, fixation du loyer du bail "
        "renouvelé : j'ai réuni dans un guide de 8 pages les sept dates à connaître quand on est locataire d'un local "
        "commercial.\n\nJe vous l'envoie volontiers : il suffit de répondre à ce message.\n\nJe reste disponible pour "
        "un échange de 20 minutes offert si votre bail arrive à échéance.\n\n" + _LORCEL_SIG,
    ),
    "mabire_comparatif": (
        _MABIRE,
        "Mutuelle d'entreprise : votre contrat est-il encore au bon prix ?",
        "Bonjour,\n\nDepuis 2016, toute entreprise doit proposer une mutuelle collective à ses salariés. Beaucoup de "
        "TPE paient encore le contrat signé à l'époque, souvent 15 à 25 % trop cher pour des garanties "
        "équivalentes.\n\nNous comparons gratuitement votre contrat avec ceux de douze assureurs. Pour un devis sous "
        "48 heures, il me suffit de l'effectif, de l'âge moyen des salariés, de votre convention collective et de "
        "votre cotisation mensuelle actuelle.\n\nSi vous préférez, je peux aussi vous appeler 15 minutes ou passer "
        "vous voir.\n\n" + _MABIRE_SIG,
    ),
    "mabire_guide": (
        _MABIRE,
        "Mutuelle obligatoire : ce qui change au 1er janvier 2029",
        "Bonjour,\n\nAu 1er janvier 2029, plusieurs conventions collectives relèvent leurs garanties minimales "
        "(commerce de détail, coiffure, boulangerie-pâtisserie). Un contrat qui n'y est pas conforme expose "
        "l'employeur à un redressement URSSAF.\n\nJ'ai préparé une fiche de deux pages qui fait le point, convention "
        "par convention. Voulez-vous que je vous l'envoie ?\n\nEt si vous voulez vérifier votre contrat, un appel de "
        "15 minutes suffit.\n\n" + _MABIRE_SIG,
    ),
    "bihan_boulangerie": (
        _BIHAN,
        "Boulangeries : votre contrat d'électricité renégocié",
        "Bonjour,\n\nFour, pétrin, chambre de pousse : une boulangerie consomme souvent entre 40 000 et 90 000 kWh par "
        "an, et les écarts de prix entre fournisseurs dépassent aujourd'hui 20 %.\n\nNous mettons huit fournisseurs "
        "en concurrence pour vous, gratuitement (nous sommes rémunérés par le fournisseur retenu). Pour un audit "
        "gratuit et des propositions chiffrées sous 72 heures, il me faut votre consommation annuelle en kWh (ou "
        "votre dernière facture), votre fournisseur actuel et la date de fin de votre contrat.\n\nJe peux aussi "
        "passer à la boutique, en dehors des heures de coup de feu.\n\n" + _BIHAN_SIG,
    ),
    "bihan_resto": (
        _BIHAN,
        "Restaurants : -15 à -25 % sur votre facture d'électricité ?",
        "Bonjour,\n\nCuisine, chambres froides, hotte, climatisation : l'électricité est devenue le troisième poste de "
        "charges de beaucoup de restaurants.\n\nNous renégocions votre contrat auprès de huit fournisseurs, sans "
        "frais pour vous. Envoyez-moi simplement votre dernière facture (ou votre numéro de PDL et votre "
        "consommation annuelle) et je reviens vers vous avec des offres chiffrées.\n\nJe vous envoie aussi, si vous "
        "le souhaitez, notre fiche « 6 réglages qui font baisser la facture d'une cuisine pro ».\n\n" + _BIHAN_SIG,
    ),
    "ashgrove_ltd": (
        _PEMBERTON,
        "Opening your UK company from France",
        "Dear founder,\n\nMany French founders open a UK limited company to sell to British customers. We handle the "
        "whole thing: incorporation at Companies House within 48 hours, a registered office in London, VAT and PAYE "
        "registration, and an introduction to a UK business bank.\n\nOur French Founder package starts at £349 + "
        "VAT. I would be glad to walk you through it in a 20-minute call, in English or in French, at a time that "
        'suits you.\n\nYou can also have our free guide, "UK Ltd from France: 12 questions to ask before you '
        'incorporate".\n\n' + _PEMBERTON_SIG,
    ),
    "ashgrove_webinar": (
        _PEMBERTON,
        "Webinar: UK Ltd or French SAS for your export business?",
        "Dear founder,\n\nOn Thursday 23 November at 12:30 (Paris time), our tax partner and I will compare a UK Ltd "
        "and a French SAS for a business selling into the UK: corporation tax, VAT, dividends, accounting costs and "
        "the dual-residence traps. 45 minutes, in English with French slides.\n\nReply YES to get the link.\n\nIf "
        "you are already set on a UK company, I can also send you a fixed quote: just tell me the number of "
        "shareholders and directors and whether you need a London address.\n\n" + _PEMBERTON_SIG,
    ),
    "keystone_dental": (
        _CASSIDY,
        "A free phishing test for your practice team",
        "Hi there,\n\nDental practices are now among the small businesses most targeted by phishing and ransomware: a "
        "single click at reception can lock your patient records and X-rays for days.\n\nWe'd like to run a free "
        "phishing simulation for your team: we send a harmless test email to your staff and give you a short report "
        "on who clicked. After that, our awareness training costs from £7 (or €8 in Ireland) per staff member per "
        "month.\n\nCould we have a 20-minute call to set it up? Just reply with a day and a time that suits.\n\n"
        + _CASSIDY_SIG,
    ),
    "keystone_gp": (
        _CASSIDY,
        "Webinar for GP surgeries: phishing at the front desk",
        "Dear Practice Manager,\n\nOn Wednesday 22 November at 13:00 (UK and Irish time), we are running a free "
        "40-minute webinar for GP surgery teams: how phishing reaches reception and dispensary staff, what the Data "
        "Security and Protection Toolkit expects, and what to do in the first hour after a click.\n\nReply YES and "
        "I'll send the joining link. I can also send you our one-page front-desk checklist, free.\n\n" + _CASSIDY_SIG,
    ),
}


def R(
    lang: str,
    label: str,
    sent: str,
    reply: str,
    email: str,
    style: str,
    to: str,
    *,
    back: int = 1,
    hm: str = "09:14",
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply typed above the quoted email."""
    frm, subj, body = EMAILS[email]
    text = reply + block(style, frm, to, subj, _before(sent, back), hm, body)
    return C(lang, label, text, sent=str(_sent(sent)), until=until, referral=referral)


_INTRO = {
    "gmail_fr": "Le {w}, {frm} a écrit :",
    "gmail_en": "On {w} {frm} wrote:",
    "apple_fr": "> Le {w}, {frm} a écrit :\n>",
    "apple_en": "> On {w}, {frm} wrote:\n>",
}


def Q(
    lang: str,
    label: str,
    sent: str,
    head: str,
    email: str,
    style: str,
    to: str,
    answers: list[tuple[str, str]],
    *,
    back: int = 1,
    hm: str = "08:47",
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """The quoted email with answers typed after the paragraphs that hold their anchors (only the quote is marked
    with `>` in Gmail and Apple Mail)."""
    frm, subj, body = EMAILS[email]
    d = _before(sent, back)
    paras = body.split("\n\n")
    for anchor, _ in answers:
        if not any(anchor in p for p in paras):
            raise ValueError(anchor)
    out: list[tuple[bool, str]] = []  # (quoted, text)
    for p in paras:
        out.append((style in _INTRO, quoted(p) if style in _INTRO else p))
        out.extend((False, a) for k, a in answers if k in p)
    joined = out[0][1]
    for (q0, _), (q1, t) in pairwise(out):
        joined += ("\n>\n" if q0 and q1 else "\n\n") + t
    if style in _INTRO:
        intro = _INTRO[style].format(w=when(style, d, hm), frm=frm)
        text = f"{head}\n\n{intro}\n" + joined
    else:
        text = head + block(style, frm, to, subj, d, hm, joined)
    return C(lang, label, text, sent=str(_sent(sent)), until=until, referral=referral)


def F(
    lang: str,
    label: str,
    sent: str,
    note: str,
    email: str,
    to: str,
    *,
    back: int = 1,
    hm: str = "11:02",
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A forward with a note, as Gmail prints it."""
    frm, subj, body = EMAILS[email]
    d = _before(sent, back)
    if lang == "fr":
        head = f"---------- Message transféré ---------\nDe : {frm}\nDate : {when('gmail_fr', d, hm)}\nObjet : {subj}"
        head += f"\nÀ : <{to}>"
    else:
        head = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when('gmail_en', d, hm)}\nSubject: {subj}"
        head += f"\nTo: <{to}>"
    return C(lang, label, f"{note}\n\n{head}\n\n\n{body}", sent=str(_sent(sent)), referral=referral)


def T(lang: str, label: str, sent: str, text: str) -> dict[str, Any]:
    """A reply with nothing quoted under it (automatic replies, bounces, receipts)."""
    return C(lang, label, text, sent=str(_sent(sent)))


# --------------------------------------------------------------------------- the replies

MEETING = [
    R(
        "fr",
        "meeting_request",
        "2028-09-06",
        "Ok pour le point fiscal. Mardi aprem ça me va, je ferme entre 13h et 15h30, passez a la boutique\n\n"
        "Corinne – Fleurs de Loire",
        "querel_point",
        "iphone_fr",
        "contact@fleursdeloire.fr",
        back=2,
        hm="18:40",
    ),
    Q(
        "fr",
        "meeting_request",
        "2028-09-11",
        "Réponses dans le texte.\nP. Lamarre",
        "querel_point",
        "outlook_fr",
        "pascal.lamarre@cordonnerie-lamarre.fr",
        [
            ("Quel créneau", "[PL] Jeudi 14 à 9h, à la boutique (on ouvre à 10h)."),
            ("Je peux aussi", "[PL] pas la peine, je l'ai déjà d'un autre cabinet"),
        ],
    ),
    R(
        "fr",
        "meeting_request",
        "2028-10-17",
        "Bonjour Maître,\n\nJe suis la comptable de M. Ferhat (Boucherie Ferhat à Talence). Son bail arrive à "
        "échéance en mars et il aimerait profiter de l'échange de 20 minutes avant de vous envoyer quoi que ce soit. "
        "Le mieux est un lundi, c'est son jour de fermeture.\n\nCordialement\nNadia Orsini\nCabinet Orsini Compta",
        "lorcel_audit",
        "gmail_fr",
        "boucherie.ferhat@gmail.com",
        back=3,
        hm="10:31",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-09-20",
        "Bonjour oui vous pouvez passer à la boulangerie mercredi vers 14 heures virgule c'est le moment le plus "
        "calme point mon mari sera là aussi pour les factures point",
        "bihan_boulangerie",
        "iphone_fr",
        "fournil.saintmartin@orange.fr",
        hm="06:55",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-10-05",
        "Bonjour,\nje préfère qu'on en parle de vive voix avant de vous donner quoi que ce soit sur mes salariées. "
        "Appelez-moi plutôt jeudi prochain le matin au salon, 02 40 73 18 55. Et vous me direz au passage combien ça "
        "me coûte votre courtage.\nSandrine\nSalon Côté Cour",
        "mabire_comparatif",
        "outlook_fr",
        "salon.cotecour@wanadoo.fr",
        back=2,
    ),
    R(
        "fr",
        "meeting_request",
        "2028-11-06",
        "Le webinaire non, pas le temps le midi. Par contre je veux bien qu'on se voie pour parler du forfait, j'en "
        "ai ras le bol de mon comptable actuel. Vous êtes dispo un lundi ?",
        "querel_forfait",
        "gmail_fr",
        "la.bouquinerie.tours@gmail.com",
        back=2,
        hm="16:20",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-09-27",
        "Hello Maître,\nle guide c'est sympa mais honnêtement je préfère un call de 20 min, notre bail expire en juin et "
        "le bailleur veut +30 %. Dispo cette semaine en fin de journée, envoyez-moi une invit.\n\nThomas – Kinfolk "
        "Coffee",
        "lorcel_guide",
        "apple_fr",
        "thomas@kinfolkcoffee.fr",
        back=4,
        hm="08:02",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-10-24",
        "Bonjour, c'est la femme du patron qui répond, c'est moi qui m'occupe des papiers. Passez nous voir un mardi "
        "après 15h, le mardi on est fermé le soir. Apportez vos offres.\nMme Kervella",
        "bihan_resto",
        "android_fr",
        "creperie.kervella@orange.fr",
        hm="22:10",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-10-10",
        "Bonjour Oliver,\n\nOn peut faire l'appel en français ? Je suis dispo vendredi entre 10h et 12h (heure de "
        "Paris). On vend des cosmétiques bio et on a déjà trois distributeurs au Royaume-Uni.\n\nCamille Roux\n"
        "Fondatrice, Maison Alba",
        "ashgrove_ltd",
        "gmail_fr",
        "camille@maison-alba.fr",
        back=2,
        hm="14:12",
    ),
    R(
        "fr",
        "meeting_request",
        "2028-11-14",
        "Oui pour un appel mais pas avant 19h, je suis en cuisine toute la journée. Si ça vous va, mardi 19h15 au "
        "06 62 40 17 93.",
        "mabire_guide",
        "owa_fr",
        "traiteur.lesaulnier@sfr.fr",
        back=3,
        hm="11:45",
    ),
    R(
        "en",
        "meeting_request",
        "2028-09-13",
        "Hi Niamh,\n\nHappy to set up the simulation. Thursday at 1.15 works (we close for lunch 1-2). Ask for me at "
        "reception.\n\nDeirdre Hanlon\nPractice Manager, Bayview Dental, Cobh",
        "keystone_dental",
        "outlook_en",
        "reception@bayviewdental.ie",
        back=2,
    ),
    R(
        "en",
        "meeting_request",
        "2028-10-26",
        "Niamh – the webinar clashes with our flu clinic. Could you do a 20-min Teams call with our two partners "
        "instead? Tuesdays after 6pm are best.\n\nRegards,\nGareth Pryce\nPractice Manager, Llanover Road Surgery",
        "keystone_gp",
        "gmail_en",
        "gareth.pryce@nhs.net",
        hm="17:38",
    ),
    R(
        "en",
        "meeting_request",
        "2028-10-12",
        "Oliver - yes to the call, but I'm in London on the 19th and 20th, could we meet at your office instead?\n"
        "Guillaume",
        "ashgrove_ltd",
        "apple_en",
        "guillaume@verdane-studio.fr",
        back=3,
        hm="21:04",
    ),
    Q(
        "en",
        "meeting_request",
        "2028-11-08",
        "",
        "ashgrove_webinar",
        "outlook_en",
        "j.delorme@atelier-delorme.fr",
        [
            ("Reply YES", "Not for the webinar, sorry."),
            (
                "fixed quote",
                "Two shareholders, one director. But I'd rather speak to someone first - can you call me on Monday? "
                "+33 6 12 48 90 37",
            ),
        ],
        back=2,
    ),
    R(
        "en",
        "meeting_request",
        "2028-09-19",
        "Dr O'Keeffe would like the call himself. He's free Wednesday after 5, I'll put it in his diary if you "
        "confirm.\nAoife (reception)\n\nSent from my iPhone",
        "keystone_dental",
        "gmail_en",
        "hello@okeeffedental.ie",
        hm="12:50",
    ),
    R(
        "en",
        "meeting_request",
        "2028-11-02",
        "Another webinar. I'll pass on that, but I'd happily have 20 minutes on the phone with you about what the "
        "DSPT actually needs from us. Thursday before surgery, 8:00?",
        "keystone_gp",
        "outlook_en",
        "pm.ashbrook@nhs.net",
        back=3,
        hm="07:41",
    ),
    R(
        "en",
        "meeting_request",
        "2028-09-25",
        "Hello Sophie, sorry my French isn't good enough for contracts. Could you pop by the bakery one afternoon next "
        "week? We're in Eymet, closed Mondays.\nPaul (The Eymet Bakehouse)",
        "bihan_boulangerie",
        "gmail_fr",
        "eymetbakehouse@gmail.com",
        back=2,
        hm="15:26",
    ),
    R(
        "en",
        "meeting_request",
        "2028-10-19",
        "Oliver, can you do 8am UK time tomorrow? Our accountant says we have to decide on the Ltd by Friday.\nMargaux",
        "ashgrove_ltd",
        "gmail_en",
        "margaux@petitbateau-design.fr",
        hm="19:55",
    ),
    R(
        "en",
        "meeting_request",
        "2028-11-15",
        "Thanks Niamh. Before any simulation I'd want a call with you and our IT guy Ciarán - he's in on Tuesdays. "
        "Does Tuesday 3pm work?\n\nRobert Lyons\nLyons & Keane Dental",
        "keystone_dental",
        "orig_en",
        "robert@lyonskeane.ie",
        back=4,
    ),
    R(
        "en",
        "meeting_request",
        "2028-10-30",
        "pls call me re this, 0117 496 0723, best between 12 and 1. Bev",
        "keystone_gp",
        "gmail_en",
        "bev.hollis@nhs.net",
        back=2,
        hm="13:07",
    ),
]

INTERESTED = [
    R(
        "fr",
        "interested",
        "2028-09-07",
        "Envoyez moi la fiche svp, pour le rdv on verra plus tard",
        "querel_point",
        "iphone_fr",
        "epicerie.desgrands@orange.fr",
        hm="20:16",
    ),
    R(
        "fr",
        "interested",
        "2028-11-09",
        "OUI\n\npour le webinaire. Je serai avec ma vendeuse Léa, elle peut s'inscrire aussi ?",
        "querel_forfait",
        "gmail_fr",
        "boutique.colibri37@gmail.com",
        back=3,
        hm="09:58",
    ),
    R(
        "fr",
        "interested",
        "2028-10-03",
        "Bonjour Maître,\n\nJe veux bien votre guide. Notre bail a été signé en 2020, on a donc encore un peu de "
        "temps, mais autant s'y prendre tôt.\n\nCordialement,\nJ. Perrin\nOptique Perrin",
        "lorcel_guide",
        "outlook_fr",
        "optique.perrin@wanadoo.fr",
        back=2,
    ),
    R(
        "fr",
        "interested",
        "2028-09-28",
        "Ok pour l'audit à 390. Je vous envoie le bail et les 2 avenants ce soir (scannés, désolé pour la qualité). "
        "Facture au nom de SARL Le Comptoir des Halles svp.",
        "lorcel_audit",
        "gmail_fr",
        "comptoirdeshalles@gmail.com",
        back=3,
        hm="16:44",
    ),
    R(
        "fr",
        "interested",
        "2028-11-16",
        "Oui envoyez la fiche. On est en convention boulangerie artisanale. Merci",
        "mabire_guide",
        "android_fr",
        "boulangerie.hamon@free.fr",
        back=2,
        hm="05:48",
    ),
    R(
        "fr",
        "interested",
        "2028-10-09",
        "la fiche des 6 réglages oui ça m'intéresse. la facture on verra apres",
        "bihan_resto",
        "apple_fr",
        "lacantinedusquare@gmail.com",
        back=4,
        hm="23:37",
    ),
    R(
        "fr",
        "interested",
        "2028-09-15",
        "Bonjour d'accord pour que vous vous occupiez de notre contrat point on est chez Engie virgule c'est mon fils "
        "qui vous enverra les factures point bonne journée",
        "bihan_boulangerie",
        "iphone_fr",
        "painsdantan@orange.fr",
        back=2,
        hm="13:21",
    ),
    R(
        "fr",
        "interested",
        "2028-10-20",
        "Bonjour, je veux bien le guide des 12 questions. On hésite encore entre une Ltd et une succursale. Merci !\n"
        "Hugo",
        "ashgrove_ltd",
        "gmail_fr",
        "hugo.besnard@brasserie-nord.fr",
        back=2,
        hm="10:05",
    ),
    Q(
        "fr",
        "interested",
        "2028-09-21",
        "",
        "querel_point",
        "outlook_fr",
        "tabac.lepointdujour@orange.fr",
        [
            ("Quel créneau", "Pas besoin de rendez-vous, on est débordés en ce moment."),
            ("Je peux aussi", "Ca oui volontiers."),
        ],
        back=3,
    ),
    R(
        "fr",
        "interested",
        "2028-11-13",
        "Inscrivez moi au truc du 23. Et mon associé aussi : benoit.marchal@cave-marchal.fr",
        "querel_forfait",
        "gmail_fr",
        "olivier@cave-marchal.fr",
        back=2,
        hm="18:02",
    ),
    R(
        "en",
        "interested",
        "2028-11-07",
        "YES\n\nand the checklist please.\n\nSandra Kiely | Practice Manager | Ballincollig Family Practice",
        "keystone_gp",
        "outlook_en",
        "sandra.kiely@ballincolligfp.ie",
        back=2,
    ),
    R(
        "en",
        "interested",
        "2028-09-12",
        "We'd like the free phishing test. No need for a call, just tell me what you need from us (we're 11 staff, "
        "all on Microsoft 365).",
        "keystone_dental",
        "gmail_en",
        "manager@parksidedental.co.uk",
        back=1,
        hm="12:33",
    ),
    R(
        "en",
        "interested",
        "2028-09-29",
        "Send over the guide pls. Not ready for a call yet, still talking to my co-founder.",
        "ashgrove_ltd",
        "apple_en",
        "lea@maisonlumen.fr",
        back=2,
        hm="07:19",
    ),
    R(
        "en",
        "interested",
        "2028-11-10",
        "Yes please, for myself and our CFO (julie.ferrand@oleane-studio.fr).",
        "ashgrove_webinar",
        "outlook_en",
        "nicolas@oleane-studio.fr",
        back=3,
    ),
    R(
        "en",
        "interested",
        "2028-10-06",
        "Let's do it. Two directors, both French residents, and we want the London address. How do we start?",
        "ashgrove_ltd",
        "gmail_en",
        "contact@savonnerie-arles.fr",
        back=2,
        hm="11:48",
    ),
    R(
        "en",
        "interested",
        "2028-11-17",
        "Can't make the 22nd live - if there's a recording, sign me up.",
        "keystone_gp",
        "gmail_en",
        "dr.mcgrath@castlebarmedical.ie",
        back=4,
        hm="16:09",
    ),
    Q(
        "en",
        "interested",
        "2028-10-02",
        "See below.\nM.",
        "keystone_dental",
        "outlook_en",
        "martina@dunmoredental.ie",
        [
            ("free phishing simulation", "<<Yes, go ahead with this. Use this address for the report.>>"),
            ("20-minute call", "<<No call needed.>>"),
        ],
        back=2,
    ),
    R(
        "en",
        "interested",
        "2028-10-16",
        "Ha, our receptionist clicked on a fake DHL email last month, so yes, go on then - test us.",
        "keystone_dental",
        "gmail_en",
        "info@kinsaledentalcare.ie",
        back=1,
        hm="08:26",
    ),
    R(
        "en",
        "interested",
        "2028-09-18",
        "Hi Sophie, yes please send the sheet with the 6 settings, our cold room runs all night.\nCheers, Mark\n"
        "Le Petit Anglais, Saint-Malo",
        "bihan_resto",
        "outlook_fr",
        "lepetitanglais.stmalo@gmail.com",
        back=3,
    ),
    R(
        "en",
        "interested",
        "2028-11-03",
        "Please send the joining link to our reception lead, Tara Moloney (tara.moloney@riversidegp.ie), and to me.\n"
        "Thanks,\nDr Fintan Hayes",
        "keystone_gp",
        "orig_en",
        "fintan.hayes@riversidegp.ie",
        back=2,
    ),
]

INFORMATION = [
    R(
        "fr",
        "information_request",
        "2028-09-08",
        "Bonjour,\nc'est vraiment gratuit le point fiscal ? Et c'est fait par un expert-comptable ou par un stagiaire ? "
        "On est déjà suivis par un cabinet, je ne veux pas créer de problème avec eux.\nMarie-Laure",
        "querel_point",
        "gmail_fr",
        "ml.delaunay.merceries@gmail.com",
        back=3,
        hm="10:22",
    ),
    R(
        "fr",
        "information_request",
        "2028-10-11",
        "Maître,\n\nUne question avant tout : vous intervenez aussi pour des baux en Charente-Maritime ? Notre local "
        "est à Royan.\n\nBien cordialement,\nGilles Auradou",
        "lorcel_audit",
        "outlook_fr",
        "g.auradou@auradou-sports.fr",
        back=2,
    ),
    R(
        "fr",
        "information_request",
        "2028-09-26",
        "vous etes payés comment si c gratuit ??",
        "mabire_comparatif",
        "iphone_fr",
        "garage.belair44@orange.fr",
        back=1,
        hm="19:12",
    ),
    R(
        "fr",
        "information_request",
        "2028-10-13",
        "Bonjour, si on change de fournisseur il y a une coupure de courant ? On ne peut pas se permettre de perdre "
        "une fournée.",
        "bihan_boulangerie",
        "android_fr",
        "aupetitepi.vitre@orange.fr",
        back=4,
        hm="14:30",
    ),
    R(
        "fr",
        "information_request",
        "2028-11-15",
        "Pas de devis pour l'instant merci. Par contre le webinaire sera enregistré ? Je ne peux pas le midi, c'est "
        "mon coup de feu.",
        "querel_forfait",
        "gmail_fr",
        "sandwicherie.lepont@gmail.com",
        back=2,
        hm="15:50",
    ),
    R(
        "fr",
        "information_request",
        "2028-09-22",
        "Bonjour,\n\nEst-ce qu'une Ltd dont je suis le seul director, résident en France, paie l'impôt en France ou "
        "au Royaume-Uni ? Je ne veux pas me retrouver avec deux administrations sur le dos.\n\nFrançois Texier",
        "ashgrove_ltd",
        "outlook_fr",
        "f.texier@texier-outillage.fr",
        back=2,
    ),
    Q(
        "fr",
        "information_request",
        "2028-10-18",
        "",
        "lorcel_guide",
        "apple_fr",
        "contact@librairie-levent.fr",
        [
            (
                "les sept dates",
                "Le délai de deux ans court à partir de quand exactement ? Du congé ou de la fin du bail ?",
            )
        ],
        back=3,
        hm="12:12",
    ),
    R(
        "fr",
        "information_request",
        "2028-11-07",
        "Bonjour, votre fiche concerne aussi la convention des prothésistes dentaires ? Sinon inutile de me "
        "l'envoyer.\nCordialement",
        "mabire_guide",
        "owa_fr",
        "labo.dentaire.garnier@orange.fr",
        back=2,
    ),
    R(
        "fr",
        "information_request",
        "2028-10-25",
        "Hello, c'est quoi le deal exactement, vous prenez une commission sur le kWh ? et le contrat c'est du prix fixe "
        "ou de l'indexé ? thx",
        "bihan_resto",
        "gmail_fr",
        "pokebowl.rennes@gmail.com",
        back=2,
        hm="16:03",
    ),
    R(
        "fr",
        "information_request",
        "2028-11-10",
        "bjr on a deja un contrat a prix fixe jusqu en 2030 ca sert a quelque chose quand meme votre audit ?",
        "bihan_boulangerie",
        "iphone_fr",
        "boulangerielemoal@orange.fr",
        back=4,
        hm="05:32",
    ),
    R(
        "en",
        "information_request",
        "2028-09-14",
        "Hi Niamh,\n\nDoes the simulation need access to our email server or do you just send to the staff addresses? "
        "Our IT is outsourced and they'll ask.\n\nThanks,\nEmer",
        "keystone_dental",
        "outlook_en",
        "emer@claremorrisdental.ie",
        back=2,
    ),
    R(
        "en",
        "information_request",
        "2028-10-31",
        "Is the webinar CPD accredited? Our nurses would need a certificate for revalidation.",
        "keystone_gp",
        "gmail_en",
        "admin.wolds@nhs.net",
        back=1,
        hm="09:40",
    ),
    R(
        "en",
        "information_request",
        "2028-09-20",
        "Quick q - can a UK Ltd open a bank account without a director travelling to the UK? That's the dealbreaker "
        "for us.",
        "ashgrove_ltd",
        "gmail_en",
        "pierre@ferment-co.fr",
        back=2,
        hm="22:48",
    ),
    R(
        "en",
        "information_request",
        "2028-11-16",
        "Not for the webinar, but tell me one thing: do we need a UK-resident director for a Ltd or can all the "
        "directors be French?",
        "ashgrove_webinar",
        "apple_en",
        "anais@nordlys-textiles.fr",
        back=3,
        hm="13:36",
    ),
    Q(
        "en",
        "information_request",
        "2028-10-04",
        "Question below.",
        "keystone_dental",
        "orig_en",
        "mfoley@foleydental.co.uk",
        [
            (
                "harmless test email",
                "[MF] Does it go to every staff member incl. the associate dentists? They're self-employed.",
            )
        ],
        back=2,
    ),
    R(
        "en",
        "information_request",
        "2028-11-09",
        "What platform is it on? Our NHS laptops block Zoom.",
        "keystone_gp",
        "outlook_en",
        "reception.millbrook@nhs.net",
        back=2,
    ),
    R(
        "en",
        "information_request",
        "2028-10-23",
        "Do you handle the confirmation statement and the annual accounts as well, or only the formation? Asking "
        "because our French expert-comptable won't touch UK filings.",
        "ashgrove_ltd",
        "gmail_en",
        "benedicte@lunettes-azur.fr",
        back=3,
        hm="17:14",
    ),
    R(
        "en",
        "information_request",
        "2028-09-27",
        "We won't be doing a simulation, the staff would revolt. But out of interest, what happens to the names of "
        "the people who click - does that go anywhere?",
        "keystone_dental",
        "gmail_en",
        "gerry@shannonsidedental.ie",
        back=4,
        hm="18:27",
    ),
    R(
        "en",
        "information_request",
        "2028-09-12",
        "Hello, I run a gift shop in Amboise and my French is so-so. Is there anyone at your firm who speaks English? "
        "If so I'd consider it.\nHelen Marsh",
        "querel_point",
        "gmail_fr",
        "helen.marsh.amboise@gmail.com",
        back=4,
        hm="11:11",
    ),
    R(
        "en",
        "information_request",
        "2028-11-13",
        "Will you be covering the Irish side too, or is it all NHS toolkit stuff? We're in Sligo.",
        "keystone_gp",
        "outlook_en",
        "practice@sligotownmedical.ie",
        back=3,
    ),
]

QUOTE = [
    R(
        "fr",
        "quote_request",
        "2028-09-19",
        "kWh annuel 48 000, contrat EDF jusqu'en septembre prochain.\nBoulangerie Guéguen, Fougères",
        "bihan_boulangerie",
        "iphone_fr",
        "boulangerie.gueguen@orange.fr",
        back=3,
        hm="14:48",
    ),
    R(
        "fr",
        "quote_request",
        "2028-10-27",
        "envoyez moi le devis point la facture est en pièce jointe point c'est un restaurant de 40 couverts virgule "
        "ouvert 6 jours sur 7",
        "bihan_resto",
        "iphone_fr",
        "lauberge.duport@orange.fr",
        back=2,
        hm="15:05",
    ),
    R(
        "fr",
        "quote_request",
        "2028-10-02",
        "Bonjour,\n4 salariées, âge moyen 34 ans, CCN coiffure, on paie 212 € par mois pour tout le monde chez "
        "Harmonie. Faites-moi une proposition.\nL. Bonnaud\nSalon L'Atelier",
        "mabire_comparatif",
        "outlook_fr",
        "salon.latelier@orange.fr",
        back=3,
    ),
    Q(
        "fr",
        "quote_request",
        "2028-10-16",
        "Voir ci-dessous",
        "mabire_comparatif",
        "outlook_fr",
        "direction@burger-factory-angers.fr",
        [
            (
                "Pour un devis",
                "Effectif : 7 (dont 2 apprentis)\nAge moyen : je dirais 29\nCCN : restauration rapide\n"
                "Cotisation : 58 € / salarié, part patronale 50 %",
            )
        ],
        back=1,
    ),
    R(
        "fr",
        "quote_request",
        "2028-11-08",
        "Bonjour,\n\nCA 2027 : 410 k€, 3 salariés, caisse Zelty. Vous me faites un devis ? Mon cabinet actuel me "
        "facture 240 € HT par mois.\n\nArnaud Lefeuvre\nLa Fromagerie du Vieux Tours",
        "querel_forfait",
        "gmail_fr",
        "fromagerie.vieuxtours@gmail.com",
        back=2,
        hm="08:51",
    ),
    R(
        "fr",
        "quote_request",
        "2028-09-13",
        "Bonjour Maître,\n390 € c'est pour un bail. On a deux boutiques avec deux baux différents chez le même "
        "bailleur, ça ferait combien ?\nCordialement\nE. Chastang",
        "lorcel_audit",
        "outlook_fr",
        "e.chastang@chastang-chaussures.fr",
        back=2,
    ),
    R(
        "fr",
        "quote_request",
        "2028-10-30",
        "Pas besoin du guide, je connais les dates : j'ai déjà reçu le congé avec offre de renouvellement à 2 800 € "
        "par mois au lieu de 1 900. Vous prendriez combien pour contester le loyer ?",
        "lorcel_guide",
        "gmail_fr",
        "pharmacie.desquais@gmail.com",
        back=4,
        hm="19:40",
    ),
    R(
        "fr",
        "quote_request",
        "2028-11-02",
        "On n'a pas besoin de la fiche, notre expert-comptable nous tient au courant. Mais si vous pouvez faire mieux "
        "que 95 € par salarié chez Malakoff, faites-moi un devis, on est 5 en CCN boulangerie.",
        "mabire_guide",
        "android_fr",
        "maison.tessier@free.fr",
        back=2,
        hm="06:14",
    ),
    R(
        "fr",
        "quote_request",
        "2028-10-05",
        "Bonjour, c'est combien tout compris la première année avec l'adresse à Londres et l'immatriculation TVA ? On "
        "est deux associés.",
        "ashgrove_ltd",
        "apple_fr",
        "contact@velosdecharente.fr",
        back=3,
        hm="21:30",
    ),
    R(
        "fr",
        "quote_request",
        "2028-11-17",
        "Bonjour,\n\nJe suis l'épouse de M. Da Silva et je m'occupe de l'administratif du restaurant. Vous trouverez "
        "ci-joint nos trois dernières factures TotalEnergies. PDL 14592038771206. Merci de nous faire vos meilleures "
        "offres.\n\nIsabel Da Silva",
        "bihan_resto",
        "outlook_fr",
        "restaurant.osolar@orange.fr",
        back=4,
    ),
    R(
        "en",
        "quote_request",
        "2028-11-14",
        "Skip the webinar. Fixed quote please: 3 shareholders, 2 directors, yes to the London address.",
        "ashgrove_webinar",
        "gmail_en",
        "v.oudin@oudin-freres.fr",
        back=2,
        hm="07:55",
    ),
    R(
        "en",
        "quote_request",
        "2028-09-21",
        "How much for a practice of 23 staff across two sites? Is the £7 per person per month fixed or are there "
        "volume discounts?",
        "keystone_dental",
        "outlook_en",
        "ops@brightsmilegroup.co.uk",
        back=3,
    ),
    R(
        "en",
        "quote_request",
        "2028-11-06",
        "Never mind the webinar - send me pricing for 40 staff. We'd want the whole surgery trained before April.",
        "keystone_gp",
        "gmail_en",
        "l.hargreaves@nhs.net",
        back=1,
        hm="10:18",
    ),
    Q(
        "en",
        "quote_request",
        "2028-09-25",
        "",
        "ashgrove_ltd",
        "orig_en",
        "sylvain@lesateliersdor.fr",
        [("£349", "-- What's the total with VAT and PAYE registration and the bank intro? I don't need the call.")],
        back=3,
    ),
    R(
        "en",
        "quote_request",
        "2028-10-10",
        "€8 a head, is that ex VAT? We're 9 in total incl. the hygienist. Send a proper quote and I'll put it to the "
        "partners.",
        "keystone_dental",
        "gmail_en",
        "westportsmiles@gmail.com",
        back=4,
        hm="17:01",
    ),
    R(
        "en",
        "quote_request",
        "2028-09-29",
        "Hi Sophie, our annual use is about 62,000 kWh and we're with Ekwateur until March. Happy for you to get us "
        "prices.\nPaul & Jo\nThe Crusty Loaf, Sarlat",
        "bihan_boulangerie",
        "gmail_fr",
        "thecrustyloaf.sarlat@gmail.com",
        back=2,
        hm="16:37",
    ),
    R(
        "en",
        "quote_request",
        "2028-10-18",
        "What would you charge without the registered office? We'll use our accountant's address in Manchester.",
        "ashgrove_ltd",
        "apple_en",
        "romain@kilnandco.fr",
        back=2,
        hm="09:03",
    ),
    R(
        "en",
        "quote_request",
        "2028-11-10",
        "Dear Niamh,\n\nDr Murphy has asked me to request a quotation for the training for our 16 staff (two sites). "
        "Please address it to the practice.\n\nRegards,\nCiara Doyle\nPractice Manager",
        "keystone_gp",
        "orig_en",
        "ciara.doyle@murphymedical.ie",
        back=3,
    ),
    R(
        "en",
        "quote_request",
        "2028-10-24",
        "Sounds good, but what does it cost after the free test? I don't want to be locked into a 3-year contract.",
        "keystone_dental",
        "outlook_en",
        "anne@tramoredental.ie",
        back=2,
    ),
    R(
        "en",
        "quote_request",
        "2028-09-08",
        "price for formation only? no office no vat. thx",
        "ashgrove_ltd",
        "gmail_en",
        "yanis@packmule.fr",
        back=2,
        hm="23:58",
    ),
]

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "2028-09-18",
        "Non merci, j'ai mon comptable depuis 15 ans",
        "querel_point",
        "iphone_fr",
        "boucherie.marteau@orange.fr",
        back=4,
        hm="07:12",
    ),
    R(
        "fr",
        "not_interested",
        "2028-10-12",
        "Bonjour, nous sommes propriétaires des murs. Bonne journée.",
        "lorcel_audit",
        "gmail_fr",
        "fleuriste.lagardere@gmail.com",
        back=2,
        hm="10:47",
    ),
    R(
        "fr",
        "not_interested",
        "2028-09-28",
        "Pas intéressé, je suis seul dans mon entreprise, pas de salarié.",
        "mabire_comparatif",
        "outlook_fr",
        "serrurerie.gautier@wanadoo.fr",
        back=2,
    ),
    R(
        "fr",
        "not_interested",
        "2028-10-26",
        "On vient de changer de fournisseur en juillet, contrat de 3 ans. Merci quand même",
        "bihan_boulangerie",
        "iphone_fr",
        "fournil.du.marche@orange.fr",
        back=3,
        hm="13:58",
    ),
    R(
        "fr",
        "not_interested",
        "2028-11-03",
        "Non merci.",
        "bihan_resto",
        "android_fr",
        "labelleepoque.dinard@orange.fr",
        back=2,
        hm="23:05",
    ),
    R(
        "fr",
        "not_interested",
        "2028-11-16",
        "Pas intéressée, inutile de me relancer tous les mois.",
        "querel_forfait",
        "gmail_fr",
        "mercerie.aufildeleau@gmail.com",
        back=3,
        hm="12:00",
    ),
    R(
        "fr",
        "not_interested",
        "2028-11-08",
        "Bonjour,\n\nJe gère la paie de la SARL Boulangerie Vidal. Le contrat collectif a été renouvelé en juin avec "
        "notre courtier habituel, M. Vidal ne donnera pas suite.\n\nCordialement,\nSylvie Arnaud\nSecrétariat "
        "comptable",
        "mabire_guide",
        "outlook_fr",
        "compta@boulangerie-vidal.fr",
        back=2,
    ),
    R(
        "fr",
        "not_interested",
        "2028-10-27",
        "Merci mais finalement on passe par un importateur anglais, pas besoin de société là-bas.",
        "ashgrove_ltd",
        "gmail_fr",
        "contact@cidreriedupays.fr",
        back=3,
        hm="11:20",
    ),
    R(
        "fr",
        "not_interested",
        "2028-10-06",
        "deja un avocat merci",
        "lorcel_guide",
        "iphone_fr",
        "barbershop.chartrons@gmail.com",
        back=2,
        hm="20:41",
    ),
    Q(
        "fr",
        "not_interested",
        "2028-09-14",
        "",
        "bihan_resto",
        "outlook_fr",
        "contact@letroquet-vannes.fr",
        [("Envoyez-moi", "Non."), ("Je vous envoie aussi", "Non plus.")],
        back=2,
    ),
    R(
        "en",
        "not_interested",
        "2028-09-15",
        "Thanks, but we already do this through our indemnity provider.",
        "keystone_dental",
        "outlook_en",
        "practice@greystonesdental.ie",
        back=3,
    ),
    R(
        "en",
        "not_interested",
        "2028-11-02",
        "Not for us, thanks. Our ICB provides all the training we need.",
        "keystone_gp",
        "gmail_en",
        "pm.eastfield@nhs.net",
        back=1,
        hm="14:02",
    ),
    R(
        "en",
        "not_interested",
        "2028-09-26",
        "No thanks, we've already incorporated through our accountant.",
        "ashgrove_ltd",
        "outlook_en",
        "thibault@maisonverger.fr",
        back=3,
    ),
    R(
        "en",
        "not_interested",
        "2028-11-15",
        "Not interested.",
        "ashgrove_webinar",
        "apple_en",
        "claire@bretonnerie.fr",
        back=1,
        hm="08:33",
    ),
    R(
        "en",
        "not_interested",
        "2028-10-20",
        "We'll pass, thanks. No need to follow up.",
        "keystone_dental",
        "gmail_en",
        "admin@harbourviewdental.co.uk",
        back=3,
        hm="15:44",
    ),
    R(
        "en",
        "not_interested",
        "2028-11-13",
        "A webinar on phishing, sent to me by unsolicited email with a tracking pixel. The irony. No thanks.",
        "keystone_gp",
        "gmail_en",
        "j.okafor@nhs.net",
        back=2,
        hm="21:16",
    ),
    R(
        "en",
        "not_interested",
        "2028-10-09",
        "Hi Niamh,\n\nI passed this on to Dr Walsh and he's decided against it.\n\nKind regards,\nMaura\nReception",
        "keystone_dental",
        "orig_en",
        "reception@walshdental.ie",
        back=4,
    ),
    R(
        "en",
        "not_interested",
        "2028-10-17",
        "We dropped the UK project after the last round of customs paperwork. Thanks anyway.",
        "ashgrove_ltd",
        "gmail_en",
        "manon@tissage-vosges.fr",
        back=2,
        hm="18:50",
    ),
    R(
        "en",
        "not_interested",
        "2028-10-03",
        "I'm selling the practice to a corporate group in December, so this isn't something I'll be taking on.",
        "keystone_dental",
        "gmail_en",
        "drbyrne@byrnedental.ie",
        back=2,
        hm="20:05",
    ),
    R(
        "en",
        "not_interested",
        "2028-09-07",
        "Thanks, but my partner is a chartered accountant and does our books. All the best.",
        "querel_point",
        "outlook_fr",
        "thetearoom.chinon@gmail.com",
        back=3,
    ),
]

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "2028-11-06",
        "Là avec Noël puis les soldes je n'ai pas une minute. Recontactez-moi en février.\nAgnès",
        "querel_point",
        "gmail_fr",
        "agnes@chaussures-vallet.fr",
        back=3,
        hm="19:22",
        until="2029-02-01",
    ),
    R(
        "fr",
        "not_now",
        "2028-10-04",
        "Bonjour,\nOn en reparlera après la clôture au 30 juin, pas avant. Le bilan 2028 est déjà lancé avec notre "
        "cabinet.\nCordialement\nD. Richer",
        "querel_forfait",
        "outlook_fr",
        "d.richer@quincaillerie-richer.fr",
        back=2,
        until="2029-07-01",
    ),
    R(
        "fr",
        "not_now",
        "2028-09-22",
        "Pas le moment, revenez vers moi fin janvier",
        "lorcel_audit",
        "iphone_fr",
        "bijouterie.sarrail@orange.fr",
        back=2,
        hm="17:03",
        until="2029-01-25",
    ),
    R(
        "fr",
        "not_now",
        "2028-10-19",
        "on embauche 2 personnes en janvier, rappelez moi mi-decembre et on verra a ce moment la",
        "mabire_comparatif",
        "android_fr",
        "cafe.duchateau@sfr.fr",
        back=1,
        hm="15:29",
        until="2028-12-15",
    ),
    R(
        "fr",
        "not_now",
        "2028-11-09",
        "Bonjour,\nNotre contrat Engie court jusqu'à fin mars. Écrivez-moi après Pâques, ce sera plus simple.\n"
        "Merci\nY. Le Goff",
        "bihan_boulangerie",
        "gmail_fr",
        "ylegoff.boulangerie@gmail.com",
        back=2,
        hm="06:40",
        until="2029-04-03",
    ),
    R(
        "fr",
        "not_now",
        "2028-10-13",
        "On ferme pour travaux et on ne sait pas encore quand on rouvre. Plus tard peut-être.",
        "bihan_resto",
        "apple_fr",
        "lepicurien.quimper@orange.fr",
        back=4,
        hm="10:55",
    ),
    R(
        "fr",
        "not_now",
        "2028-11-14",
        "Repassez au printemps, là on est en pleine saison (marchés de Noël tous les week-ends).",
        "mabire_guide",
        "gmail_fr",
        "savonnerie.delaloire@gmail.com",
        back=1,
        hm="20:30",
        until="2029-03-21",
    ),
    R(
        "fr",
        "not_now",
        "2028-09-11",
        "Bonjour Oliver, pour l'instant on attend la levée de fonds. Recontactez-nous dans quelques mois.\nElsa",
        "ashgrove_ltd",
        "gmail_fr",
        "elsa@graindeciel.fr",
        back=1,
        hm="09:31",
    ),
    Q(
        "fr",
        "not_now",
        "2028-10-31",
        "",
        "lorcel_guide",
        "outlook_fr",
        "c.baudry@baudry-optique.fr",
        [("Je reste disponible", "[CB] Notre bail se termine en 2030, revenez vers moi en septembre 2029.")],
        back=4,
        until="2029-09-01",
    ),
    R(
        "fr",
        "not_now",
        "2028-11-17",
        "Bonjour pas avant la rentrée de janvier point rappelez moi le 8 janvier point merci",
        "querel_point",
        "iphone_fr",
        "pressing.duvalmont@orange.fr",
        back=3,
        hm="18:18",
        until="2029-01-08",
    ),
    R(
        "en",
        "not_now",
        "2028-10-02",
        "Not until after our CQC inspection on 14 November, please. Everyone's head is in the folders.",
        "keystone_dental",
        "outlook_en",
        "manager@riversmeetdental.co.uk",
        back=2,
        until="2028-11-15",
    ),
    R(
        "en",
        "not_now",
        "2028-09-19",
        "Please come back to me once the new practice manager starts, I'm only covering.\nDr S. Iqbal",
        "keystone_dental",
        "gmail_en",
        "siqbal@kingsheathdental.co.uk",
        back=4,
        hm="18:09",
    ),
    R(
        "en",
        "not_now",
        "2028-10-25",
        "We'll look at the UK once we've closed our seed round. Try me in the spring.",
        "ashgrove_ltd",
        "gmail_en",
        "quentin@orbitea.fr",
        back=1,
        hm="12:44",
        until="2029-03-21",
    ),
    R(
        "en",
        "not_now",
        "2028-11-16",
        "Mid-January please - December is mayhem, everyone wants their check-up before Christmas.",
        "keystone_dental",
        "apple_en",
        "reception@abbeysmiles.co.uk",
        back=2,
        hm="17:57",
        until="2029-01-15",
    ),
    R(
        "en",
        "not_now",
        "2028-09-14",
        "Try again after Easter. We're working through a CQC action plan until then.",
        "keystone_dental",
        "outlook_en",
        "practice@hollybankdental.co.uk",
        back=3,
        until="2029-04-03",
    ),
    R(
        "en",
        "not_now",
        "2028-11-03",
        "Too early for us - get back to me end of February.",
        "ashgrove_webinar",
        "gmail_en",
        "margot@atelierbrume.fr",
        back=2,
        hm="11:37",
        until="2029-02-25",
    ),
    R(
        "en",
        "not_now",
        "2028-10-11",
        "Ping me next week, I'm up to my eyes.",
        "keystone_dental",
        "gmail_en",
        "ciaran@quayside-dental.ie",
        back=1,
        hm="13:13",
        until="2028-10-16",
    ),
    R(
        "en",
        "not_now",
        "2028-10-30",
        "We're moving to the new health centre in the new year. Maybe after that.\nJudith Cole, Practice Manager",
        "keystone_gp",
        "outlook_en",
        "judith.cole1@nhs.net",
        back=3,
    ),
    R(
        "en",
        "not_now",
        "2028-11-07",
        "Not this year. January.",
        "ashgrove_ltd",
        "apple_en",
        "bastien@coteaux-export.fr",
        back=2,
        hm="22:01",
        until="2029-01-01",
    ),
    R(
        "en",
        "not_now",
        "2028-09-28",
        "Ask me again in the summer, when the new surgery is open and we've hired.",
        "keystone_dental",
        "gmail_en",
        "orla@cliftonvilledental.co.uk",
        back=3,
        hm="08:14",
        until="2029-06-21",
    ),
]

REFERRAL = [
    R(
        "fr",
        "referral",
        "2028-09-13",
        "Bonjour, c'est mon mari qui s'occupe de la compta, écrivez-lui plutôt : patrick.lenoir@orange.fr",
        "querel_point",
        "gmail_fr",
        "la.boite.a.couture@gmail.com",
        back=4,
        hm="14:41",
        referral=(None, "patrick.lenoir@orange.fr"),
    ),
    R(
        "fr",
        "referral",
        "2028-10-23",
        "Bonjour Maître,\n\nJe ne suis que gérante salariée, le bail est au nom de la holding. Voyez avec M. Hervé "
        "Castaing, notre président : h.castaing@groupe-castaing.fr\n\nCordialement,\nLaetitia Morin",
        "lorcel_audit",
        "outlook_fr",
        "magasin.merignac@groupe-castaing.fr",
        back=3,
        referral=("Hervé Castaing", "h.castaing@groupe-castaing.fr"),
    ),
    R(
        "fr",
        "referral",
        "2028-09-15",
        "Je ne suis pas la bonne personne.",
        "mabire_comparatif",
        "owa_fr",
        "accueil@ambulances-herbert.fr",
        back=1,
        referral=(None, None),
    ),
    F(
        "fr",
        "referral",
        "2028-10-06",
        "Fabrice (fabrice.gueguen@boulangerie-gueguen.fr) – c'est toi qui gères l'électricité, je mets Mme Le Bihan "
        "en copie pour qu'elle ait ton adresse.",
        "bihan_boulangerie",
        "magasin@boulangerie-gueguen.fr",
        back=2,
        referral=("Fabrice", "fabrice.gueguen@boulangerie-gueguen.fr"),
    ),
    R(
        "fr",
        "referral",
        "2028-11-06",
        "Bonjour,\n\nMme Roussel a quitté la pharmacie en août. Pour la mutuelle, c'est désormais Karine Malet, "
        "karine.malet@pharmacie-des-remparts.fr. Merci de retirer l'adresse de Mme Roussel de vos envois.\n\n"
        "Pharmacie des Remparts",
        "mabire_guide",
        "outlook_fr",
        "c.roussel@pharmacie-des-remparts.fr",
        back=3,
        referral=("Karine Malet", "karine.malet@pharmacie-des-remparts.fr"),
    ),
    R(
        "fr",
        "referral",
        "2028-09-18",
        "C'est mon associé qui gère tout l'international, Antoine Berthier. Je lui ai transféré votre mail.",
        "ashgrove_ltd",
        "iphone_fr",
        "sophie@berthier-durand.fr",
        back=2,
        hm="12:07",
        referral=("Antoine Berthier", None),
    ),
    R(
        "fr",
        "referral",
        "2028-10-19",
        "Ce n'est pas moi qui gère ça, c'est notre cabinet comptable qui s'occupe du bail : Dumoulin Expertise, "
        "accueil@dumoulin-expertise.fr",
        "lorcel_guide",
        "gmail_fr",
        "patisserie.lafleche@gmail.com",
        back=2,
        hm="16:15",
        referral=(None, "accueil@dumoulin-expertise.fr"),
    ),
    R(
        "fr",
        "referral",
        "2028-11-10",
        "Bonjour,\n\nMon père est décédé en juillet, c'est moi qui ai repris la quincaillerie. Merci de ne plus "
        "écrire à son adresse et d'utiliser la mienne : julien.morvan.quinc@gmail.com\n\nJulien Morvan",
        "querel_forfait",
        "gmail_fr",
        "quincaillerie.morvan@wanadoo.fr",
        back=4,
        hm="21:48",
        referral=("Julien Morvan", "julien.morvan.quinc@gmail.com"),
    ),
    R(
        "fr",
        "referral",
        "2028-09-21",
        "Vous vous êtes trompés de destinataire, je ne suis pas restaurateur.",
        "bihan_resto",
        "android_fr",
        "g.lemarchand@free.fr",
        back=2,
        hm="19:51",
        referral=(None, None),
    ),
    Q(
        "fr",
        "referral",
        "2028-10-26",
        "",
        "mabire_comparatif",
        "outlook_fr",
        "direction@transports-delile.fr",
        [("Pour un devis", "[SD] Voir avec notre gestionnaire paie, Mme Dubreuil, au 02 51 37 60 14.")],
        back=2,
        referral=("Dubreuil", None),
    ),
    R(
        "en",
        "referral",
        "2028-09-20",
        "I'm the principal dentist but the practice manager deals with all of this - Orla Brennan, "
        "orla@smilecarecork.ie",
        "keystone_dental",
        "outlook_en",
        "drpaul@smilecarecork.ie",
        back=3,
        referral=("Orla Brennan", "orla@smilecarecork.ie"),
    ),
    R(
        "en",
        "referral",
        "2028-11-08",
        "Wrong person, sorry.",
        "keystone_gp",
        "gmail_en",
        "t.adeyemi@nhs.net",
        back=3,
        hm="09:09",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2028-10-13",
        "Please speak to our lawyer, Sarah Levy at Brandt & Levy, she's handling the UK entity: s.levy@brandtlevy.com",
        "ashgrove_ltd",
        "gmail_en",
        "antoine@cuirs-dumas.fr",
        back=2,
        hm="10:40",
        referral=("Sarah Levy", "s.levy@brandtlevy.com"),
    ),
    R(
        "en",
        "referral",
        "2028-09-27",
        "Hi,\n\nDr Conroy retired in the summer. The practice is now run by Dr Aisling Ward - "
        "aisling.ward@harbourdental.ie. Please update your records.\n\nReception",
        "keystone_dental",
        "outlook_en",
        "dconroy@harbourdental.ie",
        back=2,
        referral=("Aisling Ward", "aisling.ward@harbourdental.ie"),
    ),
    F(
        "en",
        "referral",
        "2028-11-15",
        "Hi Declan, one for you? Copying Niamh so she has your address: declan.reilly@northsidemedical.ie",
        "keystone_gp",
        "office@northsidemedical.ie",
        back=2,
        referral=("Declan", "declan.reilly@northsidemedical.ie"),
    ),
    R(
        "en",
        "referral",
        "2028-11-02",
        "Please stop sending these to Dr Ahmed, he's on long-term sick leave. Anything for the surgery should come "
        "to me, Priya Shah, at priya.shah3@nhs.net\n\nPriya Shah\nAssistant Practice Manager",
        "keystone_gp",
        "outlook_en",
        "dr.ahmed.elmtree@nhs.net",
        back=2,
        referral=("Priya Shah", "priya.shah3@nhs.net"),
    ),
    R(
        "en",
        "referral",
        "2028-11-17",
        "This isn't me, you want my cousin Maxime, who runs the export side. He's on +33 6 44 18 72 05.",
        "ashgrove_webinar",
        "gmail_en",
        "celine@domaine-larrieu.fr",
        back=1,
        hm="16:56",
        referral=("Maxime", None),
    ),
    R(
        "en",
        "referral",
        "2028-10-05",
        "Our IT is handled by DentIT Solutions, info@dentitsolutions.co.uk. They'd be the ones to talk to.",
        "keystone_dental",
        "gmail_en",
        "hello@northgatedental.co.uk",
        back=2,
        hm="11:26",
        referral=(None, "info@dentitsolutions.co.uk"),
    ),
    R(
        "en",
        "referral",
        "2028-09-22",
        "Hi, I'm just the chef. Talk to the owner, Gwen - gwen@lecrabeblanc.fr. Cheers",
        "bihan_resto",
        "gmail_fr",
        "cuisine@lecrabeblanc.fr",
        back=1,
        hm="15:12",
        referral=("Gwen", "gwen@lecrabeblanc.fr"),
    ),
    R(
        "en",
        "referral",
        "2028-10-18",
        "You have the wrong Dr O'Brien - I'm a retired GP and haven't been at that surgery for years.",
        "keystone_gp",
        "gmail_en",
        "eobrien.home@gmail.com",
        back=4,
        hm="10:10",
        referral=(None, None),
    ),
]

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "2028-09-12",
        "STOP",
        "querel_point",
        "iphone_fr",
        "boulangerie.chevalier37@orange.fr",
        back=3,
        hm="07:48",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-10-09",
        "desabonner",
        "lorcel_guide",
        "gmail_fr",
        "tabacpresse.cenon@gmail.com",
        back=3,
        hm="13:33",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-10-17",
        "Retirez-moi de votre fichier svp. Et d'où vous avez eu mon adresse ?",
        "mabire_comparatif",
        "outlook_fr",
        "auto-ecole.lumiere@orange.fr",
        back=1,
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-11-07",
        "Ça fait la quatrième fois. Ne m'écrivez plus.",
        "bihan_boulangerie",
        "android_fr",
        "boulangerie.prigent@orange.fr",
        back=2,
        hm="21:22",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-10-10",
        "Non merci et supprimez mon adresse de vos listes.",
        "bihan_resto",
        "gmail_fr",
        "brasserie.lesarcades@gmail.com",
        back=3,
        hm="10:59",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-11-15",
        "Monsieur,\n\nConformément au RGPD, je vous demande d'effacer mes données personnelles et de cesser tout envoi "
        "à cette adresse.\n\nN. Pasquier",
        "mabire_guide",
        "outlook_fr",
        "n.pasquier@pasquier-elec.fr",
        back=3,
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-09-29",
        "Je ne veux plus recevoir vos mails, merci.",
        "ashgrove_ltd",
        "gmail_fr",
        "gaelle@ateliersaintsauveur.fr",
        back=4,
        hm="09:46",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-11-14",
        "stop point merci de ne plus m'envoyer de mails point",
        "querel_forfait",
        "iphone_fr",
        "coiffure.valentine@orange.fr",
        back=4,
        hm="12:24",
    ),
    R(
        "fr",
        "unsubscribe",
        "2028-10-02",
        "Je n'ai rien demandé. Plus de mails à cette adresse s'il vous plaît.",
        "lorcel_audit",
        "apple_fr",
        "contact@galerie-tournon.fr",
        back=2,
        hm="18:31",
    ),
    Q(
        "fr",
        "unsubscribe",
        "2028-09-25",
        "",
        "querel_point",
        "gmail_fr",
        "chocolaterie.bardet@gmail.com",
        [("Quel créneau", "aucun"), ("répondez STOP", "STOP !!!")],
        back=4,
        hm="16:02",
    ),
    R(
        "en",
        "unsubscribe",
        "2028-09-18",
        "Unsubscribe",
        "keystone_dental",
        "outlook_en",
        "info@moorlanddental.co.uk",
        back=2,
    ),
    R(
        "en",
        "unsubscribe",
        "2028-11-06",
        "STOP",
        "keystone_gp",
        "gmail_en",
        "pm.thornhill@nhs.net",
        back=2,
        hm="08:08",
    ),
    R(
        "en",
        "unsubscribe",
        "2028-09-14",
        "Please remove me from your mailing list.",
        "ashgrove_ltd",
        "outlook_en",
        "valentin@saveurs-du-sud.fr",
        back=3,
    ),
    R(
        "en",
        "unsubscribe",
        "2028-11-09",
        "No thanks, and please take my email off your database.",
        "ashgrove_webinar",
        "gmail_en",
        "romane@la-fabrique-bleue.fr",
        back=1,
        hm="17:17",
    ),
    R(
        "en",
        "unsubscribe",
        "2028-10-12",
        "How did you get this address? Under GDPR I'm asking you to delete it and not to contact us again.",
        "keystone_dental",
        "gmail_en",
        "kevin@athlonedentalclinic.ie",
        back=4,
        hm="19:19",
    ),
    R(
        "en",
        "unsubscribe",
        "2028-11-10",
        "We get six of these a week. Please don't email this address again.",
        "keystone_gp",
        "outlook_en",
        "admin.parkview@nhs.net",
        back=4,
    ),
    R(
        "en",
        "unsubscribe",
        "2028-10-25",
        "Please take info@ off your list, we don't want marketing emails coming into the practice inbox.\n"
        "Thanks, Jackie (Practice Manager)",
        "keystone_dental",
        "outlook_en",
        "info@lisburndental.co.uk",
        back=3,
    ),
    R(
        "en",
        "unsubscribe",
        "2028-10-04",
        "unsub pls",
        "ashgrove_ltd",
        "gmail_en",
        "jules@pixelpotager.fr",
        back=2,
        hm="23:14",
    ),
    Q(
        "en",
        "unsubscribe",
        "2028-11-16",
        "",
        "keystone_gp",
        "gmail_en",
        "practicemanager.oakley@nhs.net",
        [("Reply YES", "No."), ("Reply STOP", "STOP")],
        back=4,
        hm="10:28",
    ),
    R(
        "en",
        "unsubscribe",
        "2028-11-13",
        "Third email this month. Remove me or I'm reporting you to the ICO.",
        "ashgrove_webinar",
        "outlook_en",
        "etienne@brasserie-ardoise.fr",
        back=2,
    ),
]

OUT_OF_OFFICE = [
    T(
        "fr",
        "out_of_office",
        "2028-10-03",
        "Réponse automatique : Je suis absente du 2 au 13 octobre inclus. Pour toute urgence, vous pouvez joindre le "
        "magasin au 02 47 20 55 81.\n\nCordialement,\nCorinne Bastide\nLa Maison du Thé – Tours",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-09-14",
        "Bonjour,\n\nLa boutique est fermée pour congés annuels jusqu'au 25 septembre. Votre message sera traité à "
        "notre retour.\n\nL'équipe de La Cave d'Aurélien",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-10-20",
        "Message automatique – Le cabinet est fermé le vendredi après-midi. Nous vous répondrons dès lundi.\n\n"
        "Cabinet de kinésithérapie Lacombe & Rieu",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-10-16",
        "[Absence] Je suis en formation jusqu'au 20 octobre avec un accès limité à ma messagerie. Je traiterai votre "
        "message à mon retour.\nÉmilie Fauré",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-09-25",
        "Je suis actuellement absent. En mon absence, merci d'écrire à compta@boulangerie-lemee.fr\n"
        "Ce message ne sera pas transféré.\n\nGildas Lemée",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-10-09",
        "Merci pour votre message !\nLe restaurant est fermé le dimanche et le lundi. Pour les réservations, appelez le "
        "02 99 78 41 30. Nous lisons nos mails du mardi au samedi.\n\nÀ très vite,\nLe Comptoir de Léonie",
    ),
    R(
        "fr",
        "out_of_office",
        "2028-11-03",
        "Réponse automatique : absent jusqu'au 6 novembre.",
        "lorcel_audit",
        "outlook_fr",
        "p.lasserre@lasserre-vins.fr",
        back=1,
    ),
    T(
        "fr",
        "out_of_office",
        "2028-11-16",
        "Bonjour,\nJe suis en congé maternité jusqu'au 15 janvier 2029. Pour toute question concernant la pharmacie, "
        "merci de contacter M. Girard (titulaire) : pharmacie.girard@pharmagirard.fr\nBien cordialement,\n"
        "Lucie Marchetti",
    ),
    T(
        "fr",
        "out_of_office",
        "2028-10-05",
        "Accusé de réception automatique : votre message a bien été reçu par Optique Delpierre et sera traité sous "
        "48 heures ouvrées. Merci de ne pas répondre à ce message.",
    ),
    R(
        "fr",
        "out_of_office",
        "2028-09-26",
        "Absente pendant le salon Maison & Objet, retour lundi. (réponse automatique)",
        "ashgrove_ltd",
        "gmail_fr",
        "manon@ceramiques-volute.fr",
        back=1,
        hm="08:00",
    ),
    T(
        "en",
        "out_of_office",
        "2028-10-11",
        "Automatic reply: I'm out of the office until Monday 16 October with no access to email. For anything urgent "
        "please call the practice on 021 439 6607.\n\nSiobhán Murray",
    ),
    T(
        "en",
        "out_of_office",
        "2028-09-22",
        "Thank you for contacting Riverside Dental. This inbox is not monitored on Fridays. For dental emergencies "
        "please call 01632 960 418.",
    ),
    T(
        "en",
        "out_of_office",
        "2028-10-23",
        "I'm on annual leave, returning on 30 October. For anything urgent please contact admin@greenlanedental.co.uk."
        "\n\nHannah",
    ),
    T(
        "en",
        "out_of_office",
        "2028-11-07",
        "Out of Office: Dr Kiely is on leave. Clinical queries should go to the duty doctor via reception.",
    ),
    R(
        "en",
        "out_of_office",
        "2028-10-27",
        "Auto-reply: travelling in France until the 3rd, replies will be slow.",
        "ashgrove_webinar",
        "gmail_en",
        "hugo@vignobles-ardent.fr",
        back=1,
        hm="07:02",
    ),
    T(
        "en",
        "out_of_office",
        "2028-11-14",
        "Thank you for your email. This surgery inbox is for non-urgent administrative queries only and is checked "
        "twice a week. Please do not use email for clinical matters. If you need urgent medical help, call 111.",
    ),
    T(
        "en",
        "out_of_office",
        "2028-10-27",
        "I am on leave until Tuesday 31 October (Monday 30th is a bank holiday). Emails will be dealt with on my "
        "return.\n\nRegards,\nPádraig Kenny\nPractice Manager, Ennis Road Medical Centre",
    ),
    T(
        "en",
        "out_of_office",
        "2028-09-08",
        "This mailbox is no longer monitored. Please send all correspondence to practice@whitechurchdental.ie.",
    ),
    R(
        "en",
        "out_of_office",
        "2028-11-02",
        "Hi, I'm at the Salon du Chocolat until 5 November, replies will be slow.\nCamille\n-- auto-reply --",
        "ashgrove_ltd",
        "apple_en",
        "camille@cacao-rive.fr",
        back=2,
        hm="06:30",
    ),
    T(
        "en",
        "out_of_office",
        "2028-09-29",
        "Auto: on maternity leave until April 2029. Please contact my colleague Rory Flynn (rory@flynndental.ie) in "
        "the meantime.",
    ),
]

OTHER = [
    R(
        "fr",
        "other",
        "2028-09-26",
        "Je suis en congés jusqu'au 2 octobre, je regarde ça en rentrant.\nCorinne",
        "querel_point",
        "iphone_fr",
        "fleuriste.corinne@orange.fr",
        back=2,
        hm="10:44",
    ),
    R(
        "fr",
        "other",
        "2028-10-18",
        "Bien reçu, je transmets à mon comptable.",
        "querel_forfait",
        "gmail_fr",
        "primeur.deslices@gmail.com",
        back=1,
        hm="11:58",
    ),
    T(
        "fr",
        "other",
        "2028-09-11",
        "Message non remis\n\nVotre message n'a pas pu être remis à contact@lesdelicesdemina.fr, car l'adresse est "
        "introuvable ou ne peut pas recevoir de messages.\n\nRéponse du serveur distant :\n"
        "550 5.1.1 <contact@lesdelicesdemina.fr>: Recipient address rejected: User unknown",
    ),
    R(
        "fr",
        "other",
        "2028-10-30",
        "Bonjour, mon mari, qui gère la boulangerie, est hospitalisé depuis septembre. Merci de ne plus lui écrire pour "
        "le moment.\nSon épouse",
        "bihan_boulangerie",
        "android_fr",
        "boulangerie.riou@orange.fr",
        back=2,
        hm="20:09",
    ),
    R(
        "fr",
        "other",
        "2028-11-03",
        "Je regarde ça ce week-end et je reviens vers vous.",
        "lorcel_audit",
        "gmail_fr",
        "opticien.delabaie@gmail.com",
        back=3,
        hm="17:40",
    ),
    R(
        "fr",
        "other",
        "2028-10-11",
        "Je dois en parler à mon associé avant.",
        "mabire_comparatif",
        "outlook_fr",
        "garage.dupuy.freres@wanadoo.fr",
        back=4,
    ),
    T(
        "fr",
        "other",
        "2028-09-19",
        "Lu : Votre point fiscal de mi-année (offert)\n\nVotre message\n\n  À : contact@librairie-lalouette.fr\n"
        "  Objet : Votre point fiscal de mi-année (offert)\n  Envoyé : lundi 18 septembre 2028 09:02:11 (UTC+01:00)"
        "\n\na été lu le mardi 19 septembre 2028 08:41:37 (UTC+01:00).",
    ),
    F(
        "fr",
        "other",
        "2028-11-09",
        "Chéri tu as vu ça ? c'est pour l'élec de la boulangerie, on en parle ce soir",
        "bihan_boulangerie",
        "boulangerie.kerdoncuff@orange.fr",
        back=3,
    ),
    R(
        "fr",
        "other",
        "2028-10-24",
        "C'est noté.",
        "mabire_guide",
        "iphone_fr",
        "institut.belle.ile@orange.fr",
        back=3,
        hm="19:03",
    ),
    R(
        "fr",
        "other",
        "2028-09-29",
        "Bonjour, attention je n'utiliserai plus cette adresse à partir du 1er octobre, écrivez-moi désormais sur "
        "contact@ateliermarchal.fr\nNathalie Marchal",
        "lorcel_guide",
        "gmail_fr",
        "nathalie.marchal.deco@gmail.com",
        back=2,
        hm="13:44",
    ),
    R(
        "en",
        "other",
        "2028-11-08",
        "On holiday till the 20th, will have a look when I'm back.\n\nSent from my iPhone",
        "keystone_dental",
        "gmail_en",
        "sean@tuamdental.ie",
        back=2,
        hm="16:51",
    ),
    T(
        "en",
        "other",
        "2028-10-19",
        "Delivery has failed to these recipients or groups:\n\nreception@oldmilldental.co.uk\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    ),
    R(
        "en",
        "other",
        "2028-10-10",
        "Dr Flanagan passed away in August. Please don't send him any more emails.",
        "keystone_dental",
        "outlook_en",
        "dr.flanagan@flanagandental.ie",
        back=2,
    ),
    R(
        "en",
        "other",
        "2028-11-17",
        "Thanks, I'll discuss it with the partners at our next practice meeting.",
        "keystone_gp",
        "outlook_en",
        "pm.hawthorn@nhs.net",
        back=3,
    ),
    T(
        "en",
        "other",
        "2028-09-13",
        "Read: A free phishing test for your practice team\n\nYour message\n\n  To: practice@cedarsdental.co.uk\n"
        "  Subject: A free phishing test for your practice team\n  Sent: 12/09/2028 10:15\n\nwas read on 13/09/2028 "
        "08:02.",
    ),
    F(
        "en",
        "other",
        "2028-10-20",
        "Mags - see below, one for the team meeting maybe?",
        "keystone_gp",
        "admin@beechwoodsurgery.ie",
        back=2,
    ),
    R(
        "en",
        "other",
        "2028-10-06",
        "Got this twice, to my personal and my work address.",
        "ashgrove_ltd",
        "gmail_en",
        "louise.aubert@gmail.com",
        back=3,
        hm="12:29",
    ),
    R(
        "en",
        "other",
        "2028-10-31",
        "Noted, cheers.",
        "ashgrove_webinar",
        "apple_en",
        "fabien@epicerie-lasource.fr",
        back=2,
        hm="18:46",
    ),
    R(
        "en",
        "other",
        "2028-10-26",
        "Ha - I thought this was the phishing test. Forwarded to our IT to check it's legit.",
        "keystone_dental",
        "gmail_en",
        "office@mallowdental.ie",
        back=4,
        hm="10:37",
    ),
    R(
        "en",
        "other",
        "2028-09-21",
        "Will get back to you tomorrow, mad day here.",
        "keystone_dental",
        "outlook_en",
        "manager@rathminesdental.ie",
        back=2,
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
random.Random(28).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout28", CASES, sys.argv)
