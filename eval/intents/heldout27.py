"""A twenty-seventh held-out split, `heldout27`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, did not open eval/intents/cases.json nor eval/intents/README.md, opened no heldout,
tune or train file but heldout26.py as below, and ran no git command, no `find` and no `grep -r`.
What it opened: in one command, an `ls` of eval/intents/ (the files' names only), common.py (whole, one `cat`) and
`date`; heldout26.py through an awk print of its module docstring (lines 1-165), then in one command a `wc -l` and a
print of lines 166-250 (its imports, `D`, `FIRST` / `LAST`, `WORKDAYS`, its six senders' address and signature constants
and the start of its `EMAILS` table), then its last 25 lines (the end of its last case, the CASES list, the seeded
shuffle, the `write_split` call); /work/shared/INTELLIGENCE.md through a grep for its headings (head -40) and a print of
lines 39-49 (the intent section); /work/shared/BEHAVIOUR.md through a grep for "R6" / "R8" and a print of lines 61-74;
pyproject.toml through a grep for `tool.ruff` and a print of lines 60-72 (the ruff tables down to the per-file-ignores
header); a python calendar of April to July, September and December 2028.
Slips: (1) heldout26's docstring, as printed, quotes fragments of its own replies with their ids and ends with the
figures of its one blind measurement (macro-F1 0.835, interested recall 12/20, other F1 0.636, not_now dates 9/18,
referral names 9/20, and the same session's note that a referral names whom to write to, not the departed, the author
nor a firm): read before any reply below was written, so the classes it found hard may have weighed in choosing hard
cases; its phrases were not reused on purpose, but a few patterns recur (a "wrong <full name>" reply, a note to a spouse
above a forward, a read receipt, "Please don't chase me on this one"); (2) the print of lines 166-250 went past the
constants into the first two and a half emails of heldout26's `EMAILS` table (its senders' offers, not its replies); (3)
the print of BEHAVIOUR.md lines 61-74 showed R7 (bounces) between R6 and R8; (4) heldout8.py to heldout25.py were not
opened, so the senders below are new against heldout26 only; (5) where the brief's date rules differ from heldout26's
docstring ("after Easter" the Tuesday after Easter Monday, not the Monday; summer 21 June, not 20 June), the brief's
were followed.
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was run
besides: `date` several times; an `ls` of eval/intents/ counting files named heldout27 (none yet) and an `ls -a`
counting __pycache__ (none); the writing of this file (an editor's create, heredoc appends, six small python scripts
replacing text in it (the last one for ruff's RUF007), a `sed -i` removing a leftover expression, a `grep -n` of it); a
python exec of this file's code (bytecode off) printing two rendered inline answers; `python3 eval/intents/heldout27.py
/tmp/h27` with PYTHONDONTWRITEBYTECODE=1; a throwaway script (/tmp/h27w/check.py) over its output counting cases per
class and language, distinct texts (200), the ids' range and split, and checking that every `sent` is a weekday from
2028-04-03 to 2028-06-16 off the French holidays, that every not_now has `until` and every referral (and only a
referral) a `referral` (every quoted email's date is a working day one to four days before, inside the window, by
construction, `_before` raising otherwise, and `R` refusing a `sent` off the working days); python prints of five
rendered cases (an Outlook inline answer, a forward, a read receipt, two inline answers) and of every case's id, label,
language, `sent` and first 85 characters, to quote the ids below; a python script in /tmp/h27w wrapping this docstring
into the file; ruff check, `ruff format --diff | head -60`, ruff format and `ruff format --check` on this file; builds
into /tmp/h27 (before and after ruff) and /tmp/h27b, all with the same md5; `test -d eval/intents/__pycache__` (false);
an `ls` of eval/intents/ grepped for heldout27; an awk count of lines over 120 bytes (12, all with accented letters:
ruff's E501, which counts characters, passes). Not part of cases.json.
Six invented senders writing to high-net-worth individuals and business owners, none related to another or to
heldout26's senders, each email signed by its sender:
- Banque Marceau Privée (Paris, avenue Hoche), Hélène Varin-Leroux, "Cession & Transmission d'entreprise" desk: to
  owners of PME and ETI, a one-hour meeting at their office or at the bank about selling their company (150-0 B ter,
  Dutreil, reinvesting the proceeds); a free indicative valuation from the last three balance sheets, footer "répondez
  STOP";
- Sauvan Art Advisory (Paris, rue de Miromesnil), Bérénice Kahn-Morel: a private viewing of lyrical abstraction
  (Thursday 11 May, 18:00-21:00, a guest welcome) and the catalogue as a PDF, in French (footer "répondez
  DÉSINSCRIPTION") and in English to international collectors (footer "reply UNSUBSCRIBE"); an expert's visit to value a
  collection (first visit free, full inventory quoted);
- Nidalys (Bordeaux), Maxime Ferrand, LMNP furnished-rental investment in managed student and senior residences: a
  costed simulation within 48 hours from the marginal tax rate and the sum to invest, and a brochure (footer "Répondez
  STOP"); a webinar on Tuesday 16 May, 12:30, "répondez simplement OUI" (footer "répondez STOP");
- Lémanis Conseil Fiscal (Geneva and Annemasse), Sandrine Bochatay, cross-border tax for frontaliers: a free two-page
  2028 checklist and a 20-minute call, in French and in English to British and American frontaliers (the English email
  also gives the fee "from CHF 480"); a firm quote for the quasi-resident return from the household's situation (footer
  "Répondez STOP");
- Larchmere Partners (London, Bruton Place), Edward Ashcombe, family-office services in English to UK entrepreneurs
  after an exit: consolidated reporting and a 30-minute demo at their office or on Teams; a flat annual fee "from
  £18,000", a pricing sheet and a case study (footer "Reply UNSUBSCRIBE");
- Halcyon Shares (London and Antibes), Charlotte Fairlie, yacht and aircraft co-ownership in English: quarter shares in
  a 26 m motor yacht with viewings on board at Port Vauban, Antibes, 18-20 May, and a price list; an eighth share in a
  Pilatus PC-24 "from £780,000", the 2028 price list and an owners' evening at Farnborough on Thursday 22 June (footer
  "Reply REMOVE").
A few prospects answer across languages: in French to Halcyon's English emails (093, a quote; 146, a doctor's autoreply)
and in English to Nidalys's French email (141, a British expat). Everything (firms, people, addresses, numbers,
products) is invented.
Counts (fr / en): 10 / 10 in each of the ten classes (meeting_request, interested, information_request, quote_request,
not_interested, not_now, referral, unsubscribe, out_of_office, other); 100 / 100. `sent`: weekdays from 2028-04-04 to
2028-06-16, none on a French public holiday (17 April Easter Monday, 1 May, 8 May, 25 May Ascension, 5 June Whit
Monday); every quoted or forwarded email one to four working days before its reply, inside the window (from 2028-04-03).
`lang` is the language of the prospect's new text.
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads; inline answers
typed inside the quoted email, with markers ("[JD] Oui pour l'appel. Mardi 16 mai entre 12h et 14h", "GH: Yes please.
Friday 19th, 11:00", "[AL] non plus", ">> no. And please remove me from your mailing list", ">> can guests use the boat
without an owner on board?") and without ("Oui, allons-y." and "Mariés, 2 enfants, ma femme travaille à Thonon" under an
Outlook quote, "No." under the demo question, "From? What would it be for four entities and two trusts?"); forwards with
a note, with an address (109 to a CFO, 004 to a family-office manager) and without (008 to a husband, 182 "FYI"); a
lawyer (183), a pilot (084), a son (038) and a brother (016) named; PAs, private offices, household managers,
family-office staff and a secretariat answering for the principal (098, 156, 174, 159, 160, 162, 011, 047, 015, 143,
138, 161, 191, 050, 068); typos, SMS style and no accents ("ok pour la visite de l'expert, plutot un samedi matin",
"sounds usefull", "c pas moi qui gere les placements c mon mari", "pas interesse, deja accompagne", "relancez moi debut
septembre", "checklist pls. ta"); franglais ("un call de 45 min ... une invit Teams", "Go pour la checklist ! ... un
template"); negated positives and declines with a counter-offer ("Je ne veux pas d'une valorisation ... En revanche je
veux bien vous rencontrer", "Don't send me a pricing sheet ... Come and show me", "Not flying to Antibes for a viewing.
Send the price list", "Not interested in yet another case study. Interested in the service itself"); sarcasm ("A
20-minute call that will magically reconcile two tax systems? Fine, I'm intrigued.", "'Price on application' is my
favourite phrase", "Hard pass", "Ah, the annual yacht email"); dates given for other reasons beside a deferral or a
meeting (a mother-in-law's ninetieth birthday, a grandson's christening, a house move on 15 May, the sale's completion
on 30 June, a protocole d'accord signed at the end of June, a birthday party on 2 June); look-alike opt-outs ("No need
to unsubscribe me", a collection's insurance cancelled, "Inutile de relancer", "Please don't chase me on this one");
indirect opt-outs ("Je ne suis plus intéressé par vos messages, merci de cesser.", "Kindly stop emailing me.", "Oubliez
mon adresse.", "Désinscrivez-moi", RGPD and UK GDPR); the footer's word sent back alone ("STOP", "desinscription",
"UNSUBSCRIBE", "remove", "STOP svp"); requests to stop writing to someone else (a mother in a care home, an ill husband,
Sir Richard, a dead father, a mother with dementia); deferrals tied to events ("après Pâques, nous sommes en plein
audit", "until probate is granted", "after the Monaco show – it finishes on 30 September", "quand les comptes 2027
seront certifiés").
Labelling convention: heldout26's, as its docstring states it, read as an adviser would read the prospect's NEW text
(quoted history never counts). Here the offers are: a meeting, a call, a demo, an expert's visit or a viewing on board
(accepting one, asking for one or proposing a slot is `meeting_request`); the valuation, the checklist, the catalogue,
the brochure, a seat at the webinar or the private viewing or the owners' evening, the service or the share itself
(saying yes, booking the seat, asking to start is `interested`); a price, a fee, a price list, a quote, a costed
simulation, or the figures sent for one, is `quote_request`; how the service, the tax rule or the event works is
`information_request`. Two intents: an opt-out over anything; a named person or address over "not for me" or a date; a
meeting over a price; taking up the offer over numbers given or a practical question. The footer's word sent back alone
is an opt-out; a plain decline, even above that footer, is not. Rules the brief asked for, followed exactly: a "wrong
person" reply that names nobody is `referral` with name and address null; a person's own "I'm away until X, will look
when back", written by hand, is `other`; an automatic reply, with or without a date or a stand-in, is `out_of_office`; a
request to stop writing to SOMEONE ELSE (a mother, a husband, a boss, a dead father) made by another person is not
`unsubscribe` but what the adviser must do: `referral` when someone is named to write to instead, `other` when nobody
is; only the author's own request to stop is `unsubscribe`. As in heldout26: a referred name is recorded as written,
without a title or function ("Laure Jacquin" for "Maître Laure Jacquin"), a first name alone stays a first name
("Isabelle", "Louise", "Mark"); a firm named with its generic address has a null name; a named person with a phone
number or nothing has a null address; a predecessor who left, "retirez son adresse", with a successor named is
`referral` (the successor); booking a seat for oneself and a named or addressed companion is `interested`; a PA who
keeps the diary and asks for slots is `meeting_request`; bounces and read receipts are `other`.
not_now dates as the brief sets them: a season by its astronomical start (spring 21 March, summer 21 June, autumn 22
September, winter 21 December); "after Easter" / "après Pâques" the Tuesday after Easter Monday, 18 April 2028 (158,
037); "fin <month>" / "end of <month>" the 25th; "mi-<month>" / "mid-<month>" the 15th; a named month its 1st (in 2029
when the month has passed); vague words ("dans quelques semaines", "plus tard", "a couple of months", an event without a
date) no date (null) but still `not_now`; and, as heldout26 counts them, "début <month>" the 1st, after a dated event
the day after, "next week" the Monday after. Here: 158 "revenez vers moi après Pâques" and 037 "After Easter, please"
2028-04-18; 110 (the protocole d'accord signed "fin juin", "Recontactez-moi en septembre") 2028-09-01; 014 "Pas avant
l'automne" 2028-09-22; 187 "Réessayez à l'hiver" 2028-12-21; 056 "Rappelez-moi mi-juin" 2028-06-15; 045 "Plus tard
peut-être" null; 175 "Écrivez-moi fin septembre" 2028-09-25; 077 (moving on 15 May, "Repassez en juillet") 2028-07-01;
176 "relancez moi debut septembre" 2028-09-01; 097 "Dans quelques semaines peut-être, quand les comptes 2027 seront
certifiés" null; 105 "after the Monaco show – it finishes on 30 September" 2028-10-01; 172 "until probate is granted"
null; 063 "Not till the summer" 2028-06-21; 039 (New York in May, a party on 2 June, "Let's talk mid-June") 2028-06-15;
145 "Try me end of June" 2028-06-25; 088 "in a couple of months" (the sale completing on 30 June) null; 152 "Ping me
next week" (sent on Wednesday 19 April) Monday 24 April; 115 "Come back to me in January" 2029-01-01; 138 (a PA:
travelling until mid-July, "he will look at this in September") 2028-09-01.
Borderline decisions (ids as built): 074 (no valuation, "je veux bien vous rencontrer"), 065 (no webinar, a video
meeting with an adviser), 053 (can't come on the 11th, a one-to-one viewing the following Tuesday), 117 (a call instead
of a valuation on paper), 067 (a meeting before a quote), 083 (no pricing sheet, "Come and show me"), 113 (can't come to
Farnborough, "a look at" the aircraft) and 194 (a private showing before leaving Paris) are `meeting_request`; 044 (yes
to the price list and "more to the point" to a meeting) is `meeting_request`, not `quote_request`; 082 (inline: no
checklist, yes to the call) is `meeting_request`; 098 (an assistant offering two slots), 156 (a family-office director
asking for slots) and 174 (an EA asking for slots) are `meeting_request`; 170 (ok for the expert's visit) is
`meeting_request`, not `interested`; 086 ("Oui je veux bien la check-list ... Pas besoin d'appel pour l'instant"), 166
("Not interested in yet another case study. Interested in the service itself"), 085 (inline: no demo, "send the
onboarding pack") and 054 (the engagement letter) are `interested`; 027 (the valuation taken, which documents?) and 151
(the evening, "Is it black tie?") are `interested`, not `information_request`; 072 (can't attend live, registered for
the replay) is `interested`, while 186 ("le webinaire sera dispo en replay ?") is `information_request`; 096 (a seat for
the writer and a partner with his address), 178 and 046 (two places) and 159 (a PA booking for the principal and her
named adviser) are `interested`, not `referral`; 076 (the brochure) and 178 (the catalogue with the seats) count the
offered document as taking up the offer; 087 ("Pas de valo pour l'instant. Question ...") and 051 ("Not after pricing
yet. How do you handle the data") are `information_request`; 147 (inline: "pacsés, pas mariés ... Je vous donne le reste
après") is `information_request`, not `quote_request`; 005 (fees before a meeting), 058 ("C'est vraiment gratuit ? Et
ensuite, le mandat ... combien ?"), 185 (no free visit, the full inventory's price), 189 (no webinar, a simulation with
figures), 192 (has the checklist, the fee), 070 (no viewing, the price list), 196 (no demo, the cost), 089 (not the
viewing, a valuation fee), 062 (not the evening, a quote) and 150 (won't come on the 11th, the prices of two paintings)
are `quote_request`; 123 (figures typed inline without markers) and 184 (figures above the thread) are `quote_request`;
171 ("Pas pour moi. Inutile de relancer") and 125 ("Please don't chase me on this one") are `not_interested`, not
`unsubscribe`, as are 091 ("No need to unsubscribe me"), 018 ("Non merci, pas intéressée." above a DÉSINSCRIPTION
footer) and 135 ("Not for me, thanks." above a REMOVE footer); 188 (moved back to the UK) and 024 (the collection's
insurance cancelled) are `not_interested`; 143 and 015 (a secretariat / an assistant: no follow-up) are
`not_interested`; 035 (a daughter: "merci de ne plus lui écrire", the brother named with his address), 038 (a wife:
"Please stop emailing my husband", the son named) and 191 (a PA: "Please stop sending these to Sir Richard", the finance
director named with his address) are `referral`, not `unsubscribe`; 032 (a president who left, "merci de retirer son
adresse", the successor named) is `referral`; 167 (a dead father, "Merci de ne plus lui écrire", nobody named) and 066
(a mother with dementia, "please don't write to her again") are `other`, not `unsubscribe` nor `referral`; 199 ("Erreur
de destinataire"), 075 ("Wrong Charles Whitmore") and 031 (the employer's HR, "the wrong person") are `referral` (null,
null); 118 (the CGP's firm, contact@) and 155 (executors, enquiries@) have a null name, 100 (a husband's address, no
name) too; 131 (a wife, first name and mobile), 183 (a lawyer named, no address), 069 (a partner with a mobile), 038 and
084 (a pilot) have a null address; 109 (a forward to the CFO, his address in the note, the adviser in copy) and 004 (a
forward to "Mark", his address) are `referral`; 030 ("Pas vendeur. Et ne m'écrivez plus"), 127 ("Not interested, and
take me off your list"), 180 and 177 (inline declines and a stop), 017 (sarcasm and "Take me off your list"), 133
(complaint and "Désinscrivez-moi"), 064 ("Je ne suis plus intéressé par vos messages, merci de cesser."), 119 ("Kindly
stop emailing me."), 041 ("Oubliez mon adresse."), 136 (RGPD) and 023 (UK GDPR) are `unsubscribe`; 169 (travelling
abroad, no date and no word "automatique", signed), 139 (annual leave, "Your message will not be forwarded", no word
"automatic"), 148 ("Auto-response: away. Back Tuesday."), 020 ("Auto: travelling"), 022, 173, 001 and 108 (a stand-in or
a generic address), 052 and 179 (an office's closure), 142 (a family office's bank-holiday notice), 198 ("please resend
it after that date", not `not_now`), 146 (a doctor's notice in French under an English thread) and 165 (an autoreply
above the thread) are `out_of_office`; 021 ("Je suis en vacances jusqu'au 24 avril, je regarde ça à mon retour") and 149
("On holiday till the 12th – will have a look when I'm back"), written by hand, are `other`, as are 003 ("Je vous
réponds la semaine prochaine", a promise, not `not_now`), 094 ("Will reply properly tomorrow"), 095 and 141 (to talk to
partners / a wife first), 078 (a new address for the same person), 073 (a misspelt name, "je reviens vers vous"), 128
and 116 (bounces), 040 and 048 (read receipts), 008 (a note to a husband above a forward), 182 ("FYI – no action needed"
above a forward), 168 (sarcasm), 060 ("Bien reçu, merci."), 101 ("Got it, thanks.") and 061 (an old acquaintance's
greeting).
`python heldout27.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout27-NNN`, in a fixed shuffled order, seed 27). `common` is imported from this file's own directory;
sys.dont_write_bytecode is set first, so no __pycache__ is left.
Measured once, blind, by the session that asked for it (2026-12-05, 16:50 UTC, before anyone read a reply of it), at
ef99c69 (that session's start) and at 0226801 (with heldout26's and blind22's mends). Rules and learnt model, no
LLM: macro-F1 0.751 -> 0.770 (target 0.85, missed), accuracy 0.765 -> 0.785, interested recall 0.300 (6/20) both,
other F1 0.378 -> 0.444, unsubscribe precision 1.000 / recall 0.850 both, not_now dates 15/20 both, referral names
15/20 -> 16/20 and addresses 20/20, 5.5 % -> 5.0 % to an LLM. Rules alone at ef99c69: macro-F1 0.710, 8.5 % to an
LLM."""

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
FIRST, LAST = D("2028-04-03"), D("2028-06-16")
HOLIDAYS = {D("2028-04-17"), D("2028-05-01"), D("2028-05-08"), D("2028-05-25"), D("2028-06-05")}
WORKDAYS = [
    FIRST + timedelta(n)
    for n in range((LAST - FIRST).days + 1)
    if (FIRST + timedelta(n)).weekday() < 5 and FIRST + timedelta(n) not in HOLIDAYS
]

# --------------------------------------------------------------------------- the six senders

_VARIN = "Hélène Varin-Leroux <h.varin-leroux@marceau-privee.fr>"
_VARIN_SIG = (
    "Bien cordialement,\nHélène Varin-Leroux\nDirectrice – Cession & Transmission d'entreprise\n"
    "Banque Marceau Privée, 41 avenue Hoche, 75008 Paris\n01 53 77 40 62"
)
_KAHN = "Bérénice Kahn-Morel <berenice@sauvan-art.fr>"
_KAHN_SIG = "Bien à vous,\nBérénice Kahn-Morel\nSauvan Art Advisory\n14 rue de Miromesnil, 75008 Paris\n01 42 65 19 08"
_KAHN_SIG_EN = (
    "Warm regards,\nBérénice Kahn-Morel\nSauvan Art Advisory\n14 rue de Miromesnil, 75008 Paris\n+33 1 42 65 19 08"
)
_FERRAND = "Maxime Ferrand <maxime.ferrand@nidalys.fr>"
_FERRAND_SIG = (
    "Cordialement,\nMaxime Ferrand\nConseiller en investissement – Nidalys\n33 cours de l'Intendance, Bordeaux"
)
_BOCHATAY = "Sandrine Bochatay <s.bochatay@lemanis-fiscal.ch>"
_BOCHATAY_SIG = (
    "Meilleures salutations,\nSandrine Bochatay\nFiscaliste – Lémanis Conseil Fiscal\n"
    "Genève +41 22 518 30 74 | Annemasse +33 4 50 87 12 66"
)
_BOCHATAY_SIG_EN = (
    "Kind regards,\nSandrine Bochatay\nTax adviser – Lémanis Conseil Fiscal\n"
    "Geneva +41 22 518 30 74 | Annemasse +33 4 50 87 12 66"
)
_ASHCOMBE = "Edward Ashcombe <edward.ashcombe@larchmere.co.uk>"
_ASHCOMBE_SIG = (
    "Best regards,\nEdward Ashcombe\nPartner | Larchmere Partners\n12 Bruton Place, London W1J 6LT\n+44 20 7946 0527"
)
_FAIRLIE = "Charlotte Fairlie <charlotte@halcyonshares.com>"
_FAIRLIE_SIG = (
    "All best,\nCharlotte Fairlie\nHalcyon Shares – yacht and aircraft co-ownership\n"
    "London +44 20 7946 0744 | Antibes +33 4 93 34 51 20"
)

EMAILS: dict[str, tuple[str, str, str, str]] = {
    # key: (sender, subject, body with {hi}, default greeting)
    "cession_rdv": (
        _VARIN,
        "Céder votre entreprise en 2029 : préparons-le dès maintenant",
        "{hi}\n\nUne cession se prépare dix-huit à vingt-quatre mois à l'avance : calendrier, apport-cession "
        "(150-0 B ter), pacte Dutreil pour la part transmise à vos enfants, réinvestissement du produit de cession."
        "\n\nLe desk Cession & Transmission de Banque Marceau Privée accompagne chaque année une quarantaine de "
        "dirigeants de PME et d'ETI.\n\nJe vous propose un rendez-vous d'une heure, à vos bureaux ou dans nos "
        "salons de l'avenue Hoche, pour faire le point sur votre projet. Quelles dates vous conviendraient ?"
        f"\n\n{_VARIN_SIG}",
        "Bonjour,",
    ),
    "cession_valo": (
        _VARIN,
        "Une valorisation indicative de votre société, offerte",
        "{hi}\n\nSavez-vous ce que vaut votre entreprise aujourd'hui ? À partir de vos trois derniers bilans, nos "
        "analystes établissent sous quinze jours une valorisation indicative (multiples de transactions "
        "comparables et DCF), confidentielle et sans engagement.\n\nIl suffit de me répondre pour que je vous "
        f"envoie la liste des documents.\n\n{_VARIN_SIG}\n\n--\nBanque Marceau Privée – SA au capital de "
        "48 000 000 €. Pour ne plus recevoir nos communications, répondez STOP.",
        "Madame, Monsieur,",
    ),
    "art_vue": (
        _KAHN,
        "Visite privée jeudi 11 mai : « Abstraction lyrique, 1950-1965 »",
        "{hi}\n\nNous présentons à une vingtaine de collectionneurs un ensemble de quatorze toiles et dessins "
        "(Mathieu, Schneider, Hartung, Degottex), réunis pour une collection particulière qui se sépare de "
        "certaines pièces.\n\nVisite privée jeudi 11 mai, de 18 h à 21 h, à la galerie. Je peux vous réserver "
        "une place (vous pouvez venir accompagné) et vous envoyer dès maintenant le catalogue en PDF.\n\n"
        f"{_KAHN_SIG}\n\n--\nPour ne plus recevoir nos invitations, répondez DÉSINSCRIPTION.",
        "Chère Madame, cher Monsieur,",
    ),
    "art_estim": (
        _KAHN,
        "Estimation de votre collection : assurance, donation, succession",
        "{hi}\n\nLa valeur d'une collection change plus vite que son contrat d'assurance. Un de nos experts se "
        "déplace chez vous pour estimer vos œuvres (tableaux, dessins, sculptures, mobilier) : la première "
        "visite, d'environ une heure, est offerte ; l'inventaire complet, photographié et opposable à votre "
        "assureur, fait l'objet d'un devis.\n\nQuand pourrions-nous passer ?\n\n" + _KAHN_SIG,
        "Bonjour,",
    ),
    "art_en": (
        _KAHN,
        "Private viewing, Thursday 11 May – Lyrical Abstraction 1950–1965",
        "{hi}\n\nWe are showing fourteen paintings and works on paper (Mathieu, Schneider, Hartung, Degottex) "
        "from a private collection to about twenty collectors, at the gallery on Thursday 11 May, 6 to 9 pm."
        "\n\nMay I reserve you a place (you are welcome to bring a guest)? I can also send you the catalogue as "
        f"a PDF right away.\n\n{_KAHN_SIG_EN}\n\n--\nTo stop receiving our invitations, reply UNSUBSCRIBE.",
        "Dear collector,",
    ),
    "lmnp_simu": (
        _FERRAND,
        "LMNP : votre simulation personnalisée en 48 h",
        "{hi}\n\nRésidences étudiantes et seniors gérées, bail commercial de 9 à 12 ans, 4,2 à 4,8 % net : en "
        "location meublée non professionnelle (LMNP), l'amortissement du bien efface l'essentiel de l'impôt sur "
        "les loyers pendant quinze à vingt ans.\n\nEnvoyez-moi votre tranche marginale d'imposition et votre "
        "capacité d'investissement : je vous adresse sous 48 h une simulation chiffrée (rendement net, "
        "trésorerie, fiscalité sur 20 ans). Je peux aussi vous envoyer notre brochure 2028.\n\n"
        f"{_FERRAND_SIG}\n\n--\nRépondez STOP pour ne plus recevoir nos e-mails.",
        "Bonjour,",
    ),
    "lmnp_webi": (
        _FERRAND,
        "Webinaire mardi 16 mai, 12 h 30 : le LMNP après la loi de finances 2028",
        "{hi}\n\nAmortissements, plus-values, résidences services : ce qui change pour les loueurs en meublé en "
        "2028, en 45 minutes, avec Me Camille Orsoni, avocate fiscaliste.\n\nPour réserver votre place, "
        "répondez simplement OUI. Notre brochure 2028 est disponible sur demande.\n\n"
        f"{_FERRAND_SIG}\n\n--\nDésinscription : répondez STOP.",
        "Bonjour,",
    ),
    "front_check": (
        _BOCHATAY,
        "Frontaliers : votre check-list fiscale 2028",
        "{hi}\n\nQuasi-résidence genevoise, rachat LPP, 3e pilier A, revenus de source française : chaque année, "
        "des frontaliers paient trop d'impôt faute d'avoir coché la bonne case.\n\nJe vous envoie gratuitement "
        "notre check-list 2028 (deux pages) sur simple réponse.\n\nJe vous propose aussi un appel de 20 minutes "
        f"pour passer votre situation en revue. Quel moment vous arrange ?\n\n{_BOCHATAY_SIG}",
        "Bonjour,",
    ),
    "front_hono": (
        _BOCHATAY,
        "Votre déclaration de quasi-résident : nos honoraires 2028",
        "{hi}\n\nNous préparons et déposons la déclaration de quasi-résident genevois, avec la déclaration "
        "française, pour un forfait à partir de 480 CHF.\n\nIndiquez-moi votre situation (marié ou non, enfants, "
        "revenus du conjoint, bien immobilier en France) et je vous envoie un devis ferme.\n\n"
        f"{_BOCHATAY_SIG}\n\n--\nRépondez STOP pour ne plus recevoir nos messages.",
        "Bonjour,",
    ),
    "front_en": (
        _BOCHATAY,
        "Cross-border tax: your 2028 checklist",
        "{hi}\n\nGeneva quasi-resident status, LPP buy-ins, pillar 3a, French-source income: every year, "
        "cross-border workers overpay because one box went unticked.\n\nI can send you our free two-page 2028 "
        "checklist, and I'd be glad to offer a 20-minute call to go through your situation. Our fixed fee for "
        f"a quasi-resident return starts at CHF 480.\n\n{_BOCHATAY_SIG_EN}",
        "Hello,",
    ),
    "fo_demo": (
        _ASHCOMBE,
        "One view of everything you own",
        "{hi}\n\nMost founders we meet after an exit have money with three or four banks, a property company, a "
        "few private-equity commitments and a pension – and no single view of any of it.\n\nLarchmere's "
        "consolidated reporting pulls it all into one quarterly pack and one live dashboard, reconciled by our "
        "team.\n\nCould we set up a 30-minute demo, at your office or on Teams, in the next couple of weeks?"
        f"\n\n{_ASHCOMBE_SIG}",
        "Hello,",
    ),
    "fo_price": (
        _ASHCOMBE,
        "Consolidated reporting – pricing and a case study",
        "{hi}\n\nFollowing up on consolidated reporting: our service is a flat annual fee, from £18,000, "
        "whatever the number of custodians.\n\nI can send you our pricing sheet and a short case study (a "
        "founder who sold a logistics business in 2026, eleven accounts across five institutions).\n\n"
        f"{_ASHCOMBE_SIG}\n\n--\nReply UNSUBSCRIBE to stop receiving these emails.",
        "Hello,",
    ),
    "yacht_view": (
        _FAIRLIE,
        "Quarter shares in a 26 m motor yacht – viewings in Antibes, 18–20 May",
        "{hi}\n\nWe are placing the last two quarter shares in Aurelia, a 26 m motor yacht berthed at Port "
        "Vauban: six weeks a year each, crew, berth and management included in one annual charge.\n\nViewings "
        "on board in Antibes from Thursday 18 to Saturday 20 May. Could I book you in? I can also send the price "
        f"list beforehand.\n\n{_FAIRLIE_SIG}",
        "Hello,",
    ),
    "jet_price": (
        _FAIRLIE,
        "Fractional Pilatus PC-24 – 2028 price list and owners' evening, 22 June",
        "{hi}\n\nAn eighth share in a Pilatus PC-24 (about 50 flight hours a year) starts at £780,000, with a "
        "fixed monthly management fee and an hourly rate.\n\nI'd be happy to send the full 2028 price list, and "
        "to welcome you at our owners' evening at Farnborough on Thursday 22 June, from 6 pm.\n\n"
        f"{_FAIRLIE_SIG}\n\n--\nReply REMOVE to opt out of our emails.",
        "Hello,",
    ),
}

# --------------------------------------------------------------------------- how a reply is built


def _before(sent: date, lag: int) -> date:
    i = WORKDAYS.index(sent) - lag
    if not 1 <= lag <= 4 or i < 0:
        raise ValueError(f"quoted email out of the window: {sent} - {lag}")
    return WORKDAYS[i]


def _hm(seed: str) -> str:
    n = sum(map(ord, seed))
    return f"{8 + n % 10:02d}:{(n * 7) % 60:02d}"


def _inline(body: str, answers: list[tuple[str, str]], gmail: bool) -> str:
    """The quoted email with answers typed after the paragraphs holding their anchors (quoted with `>` when gmail)."""
    parts: list[tuple[bool, str]] = []
    for para in body.split("\n\n"):
        parts.append((True, quoted(para) if gmail else para))
        parts.extend((False, ans) for anchor, ans in answers if anchor in para)
    out = parts[0][1]
    for (was_q, _), (is_q, txt) in pairwise(parts):
        out += ("\n>\n" if gmail and was_q and is_q else "\n\n") + txt
    return out


def R(
    lang: str,
    label: str,
    new: str,
    key: str | None,
    style: str | None,
    to: str,
    sent: str,
    *,
    lag: int = 2,
    hi: str | None = None,
    until: str | None = None,
    ref: tuple[str | None, str | None] | None = None,
    inl: list[tuple[str, str]] | None = None,
    fwd: str | None = None,
) -> dict[str, Any]:
    """One reply: `new` above the quoted email `key` as `style` prints it (nothing quoted when `style` is None);
    `inl`, answers typed inside the quote after the paragraph holding each anchor; `fwd` ("fr" / "en"), a forward."""
    d = D(f"2028-{sent}")
    if d not in WORKDAYS:
        raise ValueError(f"not a working day of the window: {d}")
    text = new
    if key is not None and style is not None:
        frm, subj, body, greeting = EMAILS[key]
        body = body.format(hi=hi or greeting)
        q = _before(d, lag)
        hm = _hm(to + key)
        if fwd == "fr":
            text += (
                f"\n\n---------- Message transféré ---------\nDe : {frm}\nDate : {when('gmail_fr', q, hm)}\n"
                f"Objet : {subj}\nÀ : {to}\n\n{body}"
            )
        elif fwd == "en":
            text += (
                f"\n\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {when('gmail_en', q, hm)}\n"
                f"Subject: {subj}\nTo: {to}\n\n{body}"
            )
        elif inl is not None:
            gmail = style.startswith(("gmail", "apple", "iphone"))
            text += block(style, frm, to, subj, q, hm, "\x00").replace(
                quoted("\x00") if gmail else "\x00", _inline(body, inl, gmail)
            )
        else:
            text += block(style, frm, to, subj, q, hm, body)
    return C(lang, label, text.lstrip("\n"), sent=d.isoformat(), until=until, referral=ref)


# --------------------------------------------------------------------------- meeting_request

MEETING = [
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nVolontiers. Je suis à l'usine de Cholet du lundi au mercredi ; un jeudi matin dans vos "
        "salons me conviendrait, par exemple le 27 avril à 10h.\n\nCordialement,\nPatrice Lemaire\nPrésident – "
        "Lemaire Emballages",
        "cession_rdv",
        "outlook_fr",
        "Patrice Lemaire <p.lemaire@lemaire-emballages.fr>",
        "04-20",
        hi="Monsieur,",
    ),
    R(
        "fr",
        "meeting_request",
        "Je ne veux pas d'une valorisation faite par des analystes qui ne connaissent pas le métier de la "
        "chaudronnerie. En revanche je veux bien vous rencontrer pour parler calendrier, on vendra sans doute "
        "en 2029. Appelez mon assistante pour caler ça : 02 41 55 18 70.\nF. Moreau",
        "cession_valo",
        "gmail_fr",
        "Francis Moreau <francis.moreau@moreau-chaudronnerie.fr>",
        "05-11",
        lag=3,
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nJe suis l'assistante de M. Gaultier. Il serait disponible le mardi 9 mai à 14h30 ou le jeudi "
        "11 mai à 9h, avenue Hoche. Merci de me confirmer le créneau retenu.\n\nBien cordialement,\nAmandine "
        "Roche\nAssistante de direction – Gaultier Industries",
        "cession_rdv",
        "owa_fr",
        "Bernard Gaultier <b.gaultier@gaultier-industries.fr>",
        "04-26",
        hi="Monsieur,",
    ),
    R(
        "fr",
        "meeting_request",
        "ok pour la visite de l'expert, plutot un samedi matin si possible sinon en semaine apres 19h. on est au "
        "3e sans ascenseur 😅",
        "art_estim",
        "iphone_fr",
        "Léa Perraudin <lea.perraudin@icloud.com>",
        "05-03",
        lag=1,
    ),
    R(
        "fr",
        "meeting_request",
        "Réponses ci-dessous.\nJD",
        "front_check",
        "gmail_fr",
        "Jérôme Dunand <jerome.dunand74@gmail.com>",
        "05-10",
        inl=[
            ("gratuitement", "[JD] pas besoin, j'ai gardé celle de l'an dernier"),
            ("20 minutes", "[JD] Oui pour l'appel. Mardi 16 mai entre 12h et 14h, au 06 12 48 37 90."),
        ],
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\nLe 16 mai je serai en déplacement, donc pas de webinaire pour moi. Par contre un rendez-vous en "
        "visio avec un de vos conseillers pour parler de mon cas m'intéresserait, je suis dispo les lundis soir."
        "\nCordialement,\nNadia Benali",
        "lmnp_webi",
        "apple_fr",
        "Nadia Benali <nadia.benali@wanadoo.fr>",
        "05-09",
        lag=3,
    ),
    R(
        "fr",
        "meeting_request",
        "Chère Madame,\n\nNous serons à Deauville le 11, pour les quatre-vingt-dix ans de ma belle-mère, "
        "impossible d'y échapper. Pourrions-nous voir les œuvres en tête-à-tête la semaine suivante ? Le mardi 16 "
        "en fin de journée, par exemple.\n\nBien à vous,\nÉlisabeth de Ryckel",
        "art_vue",
        "outlook_fr",
        "Elisabeth de Ryckel <e.deryckel@ryckel-conseil.fr>",
        "05-04",
        lag=2,
    ),
    R(
        "fr",
        "meeting_request",
        "Hello,\nPlutôt qu'une valo sur dossier je préfère un call de 45 min avec votre analyste M&A pour "
        "challenger les multiples. Envoyez-moi une invit Teams pour la semaine du 15 mai.\nThx\nJulien Estève\n"
        "CEO – Kaliop Data",
        "cession_valo",
        "outlook_fr",
        "Julien Estève <julien@kaliop-data.io>",
        "05-05",
        lag=4,
    ),
    R(
        "fr",
        "meeting_request",
        "bonjour, avant de parler devis je prefere qu on se voie, je passe a Annemasse tous les vendredis. "
        "vendredi 2 juin 17h ca vous irait ? cdt\nMathieu Girod",
        "front_hono",
        "android_fr",
        "Mathieu Girod <mat.girod@laposte.net>",
        "05-24",
    ),
    R(
        "fr",
        "meeting_request",
        "Madame,\n\nJe dirige le family office de la famille Castaing. M. Castaing m'a demandé d'organiser cette "
        "rencontre : pourriez-vous me proposer deux ou trois créneaux début juin, à Bordeaux de préférence ?\n\n"
        "Cordialement,\nOlivier Treille\nDirecteur – Castaing Family Office",
        "cession_rdv",
        "outlook_fr",
        "Jean-Paul Castaing <jp.castaing@castaing-vins.com>",
        "05-15",
        lag=1,
    ),
    R(
        "en",
        "meeting_request",
        "Edward – Tuesday 18th at 3pm works, our office at 40 Albemarle Street. Two of us will be there.\n\nRgds\n"
        "Simon Achterberg",
        "fo_demo",
        "outlook_en",
        "Simon Achterberg <simon@achterberg-holdings.co.uk>",
        "04-11",
        lag=3,
    ),
    R(
        "en",
        "meeting_request",
        "Could do Saturday 20th, late morning. My wife will come too.\n\nSent from my iPhone",
        "yacht_view",
        "apple_en",
        "Rupert Vane <rupert.vane@me.com>",
        "05-10",
    ),
    R(
        "en",
        "meeting_request",
        "Don't send me a pricing sheet – every firm's pricing is 'bespoke' anyway. Come and show me the thing "
        "working on our actual accounts and we'll talk numbers afterwards. Week of 22 May, any afternoon.\n\n"
        "R. Okafor",
        "fo_price",
        "gmail_en",
        "Raymond Okafor <r.okafor@okaforlogistics.com>",
        "05-16",
    ),
    R(
        "en",
        "meeting_request",
        "Hello Edward,\n\nI look after Mr Harcourt's diary. He would like to see the demo, but in person only – "
        "could you offer a couple of slots in the first half of June? Mornings are best.\n\nKind regards,\nJemma "
        "Price\nEA to Julian Harcourt",
        "fo_demo",
        "outlook_en",
        "Julian Harcourt <julian@harcourtgroup.co.uk>",
        "05-19",
        lag=4,
    ),
    R(
        "en",
        "meeting_request",
        "Can't make Farnborough on the 22nd – my grandson's christening. But I'd like to see the aircraft. Any "
        "chance of a look at it wherever it's based, early June?\nGeoffrey",
        "jet_price",
        "gmail_en",
        "Geoffrey Alderton <g.alderton@aldertonestates.co.uk>",
        "05-22",
        lag=1,
    ),
    R(
        "en",
        "meeting_request",
        "",
        "yacht_view",
        "gmail_en",
        "Gwen Hollis <gwen@hollis-family.co.uk>",
        "05-04",
        lag=3,
        inl=[
            ("Could I book you in?", "GH: Yes please. Friday 19th, 11:00. We fly into Nice the evening before."),
            ("price list", "GH: price list not needed yet"),
        ],
    ),
    R(
        "en",
        "meeting_request",
        "A 20-minute call that will magically reconcile two tax systems? Fine, I'm intrigued. Thursday after 6pm "
        "Geneva time, 079 555 21 48.\nTom Whitaker",
        "front_en",
        "gmail_en",
        "Tom Whitaker <tom.whitaker@bluewin.ch>",
        "04-25",
    ),
    R(
        "en",
        "meeting_request",
        "sounds usefull, can we do a teams call thurs or fri next wk? 30 min max pls\n\nSent from my iPhone",
        "fo_demo",
        "orig_en",
        "Danny Moss <danny@mossgroup.co.uk>",
        "06-01",
        lag=2,
    ),
    R(
        "en",
        "meeting_request",
        "I'm in Paris only until 9 May. Could you show me a few of the pieces privately before then – the 4th or "
        "the 5th, say?\n\nBest,\nMiriam Castellanos",
        "art_en",
        "outlook_us",
        "Miriam Castellanos <miriam@castellanos-art.com>",
        "04-28",
        hi="Dear Ms Castellanos,",
    ),
    R(
        "en",
        "meeting_request",
        "Yes to the price list, and yes, more to the point, to a meeting – I'm in London on Monday 15th and "
        "Tuesday 16th May. Your office?\n\nAlistair",
        "jet_price",
        "apple_en",
        "Alistair Brodie <alistair@brodie-capital.com>",
        "05-09",
        lag=2,
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED = [
    R(
        "fr",
        "interested",
        "Avec plaisir, réservez-moi deux places, mon mari m'accompagnera. Et oui pour le catalogue.\n\nClaire Aubertin",
        "art_vue",
        "gmail_fr",
        "Claire Aubertin <claire.aubertin@free.fr>",
        "04-24",
    ),
    R(
        "fr",
        "interested",
        "OUI",
        "lmnp_webi",
        "iphone_fr",
        "Yann Le Goff <yann.legoff29@gmail.com>",
        "05-11",
        lag=1,
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nD'accord pour la valorisation indicative. Que faut-il vous envoyer exactement, les liasses "
        "fiscales complètes ou seulement les comptes annuels ?\n\nCordialement,\nHervé Dumontier\nGérant – "
        "Dumontier Transports",
        "cession_valo",
        "outlook_fr",
        "Hervé Dumontier <h.dumontier@dumontier-transports.fr>",
        "04-06",
        lag=3,
    ),
    R(
        "fr",
        "interested",
        "Envoyez-moi la brochure svp, je regarde ça ce week-end.",
        "lmnp_simu",
        "iphone_fr",
        "Karine Thibaud <k.thibaud@orange.fr>",
        "04-14",
    ),
    R(
        "fr",
        "interested",
        "Oui je veux bien la check-list, merci ! Pas besoin d'appel pour l'instant.\nAnne-Sophie",
        "front_check",
        "gmail_fr",
        "Anne-Sophie Mermoud <asmermoud@hotmail.fr>",
        "05-02",
        lag=2,
    ),
    R(
        "fr",
        "interested",
        "Bonjour Madame,\n\nMme Vasseur-Royer sera ravie de venir le 11 mai. Elle sera accompagnée de son "
        "conseiller, M. Paul Dréan. Pouvez-vous m'adresser les deux invitations ?\n\nBien cordialement,\nSophie "
        "Lenoir\nAssistante personnelle de Mme Vasseur-Royer",
        "art_vue",
        "outlook_fr",
        "Marie-Hélène Vasseur-Royer <mh.vasseur-royer@vr-holding.fr>",
        "04-27",
    ),
    R(
        "fr",
        "interested",
        "",
        "cession_valo",
        "outlook_fr",
        "Luc Bernardini <luc.bernardini@bernardini-btp.fr>",
        "04-19",
        lag=2,
        inl=[("Il suffit de me répondre", "Oui, allons-y. Envoyez la liste à ma comptable en copie.")],
    ),
    R(
        "fr",
        "interested",
        "inscrivez moi, et mon associe aussi : r.pelletier@pelletier-kine.fr. on se connectera depuis le cabinet",
        "lmnp_webi",
        "android_fr",
        "Damien Pelletier <d.pelletier@pelletier-kine.fr>",
        "05-12",
        lag=3,
    ),
    R(
        "fr",
        "interested",
        "Go pour la checklist ! Et si vous avez un template pour le rachat LPP je prends aussi 👍",
        "front_check",
        "apple_fr",
        "Florian Vuagnat <florian.vuagnat@gmail.com>",
        "06-08",
        lag=4,
    ),
    R(
        "fr",
        "interested",
        "Pas dispo pour le direct mais inscrivez-moi quand même pour recevoir le replay.\nM. Jacquemart",
        "lmnp_webi",
        "gmail_fr",
        "Marc Jacquemart <marc.jacquemart@sfr.fr>",
        "05-15",
        lag=2,
    ),
    R(
        "en",
        "interested",
        "Edward,\n\nWe've discussed it at the family meeting and we're sold. Send the engagement letter and tell me "
        "what you need from us to onboard.\n\nBest,\nCatherine Lowry",
        "fo_price",
        "outlook_en",
        "Catherine Lowry <catherine@lowryfamily.co.uk>",
        "04-21",
        lag=4,
    ),
    R(
        "en",
        "interested",
        "Count me in for the 22nd. Two places please – myself and my son Hugo.\n\nDavid Marsh",
        "jet_price",
        "gmail_en",
        "David Marsh <david.marsh@marshaviation.co.uk>",
        "06-06",
        lag=2,
    ),
    R(
        "en",
        "interested",
        "We'd like to go ahead with one of the quarter shares – the July/August rotation if it's still available. "
        "What's the next step?\n\nPeter & Anne Sorensen",
        "yacht_view",
        "outlook_en",
        "Peter Sorensen <peter@sorensen.org.uk>",
        "05-23",
        lag=4,
    ),
    R(
        "en",
        "interested",
        "Yes, please reserve a place for me on the 11th, and do send the catalogue.\n\nKind regards,\nHenrietta Lyle",
        "art_en",
        "apple_en",
        "Henrietta Lyle <henrietta.lyle@btinternet.com>",
        "04-12",
    ),
    R(
        "en",
        "interested",
        "checklist pls. ta",
        "front_en",
        "gmail_en",
        "Gareth Pugh <garethpugh@gmx.ch>",
        "04-07",
        lag=1,
    ),
    R(
        "en",
        "interested",
        "Not interested in yet another case study. Interested in the service itself though – can we start with "
        "the reporting on our two Coutts accounts and the property company?\n\nNeil",
        "fo_price",
        "gmail_en",
        "Neil Ferris <neil.ferris@ferrisgroup.co.uk>",
        "05-30",
        lag=3,
    ),
    R(
        "en",
        "interested",
        "Dear Charlotte,\n\nMr and Mrs Ellison would be delighted to attend the owners' evening on 22 June. "
        "Could you send parking details for Farnborough?\n\nKind regards,\nFiona Grant\nHousehold Manager to Mr "
        "and Mrs Ellison",
        "jet_price",
        "outlook_en",
        "Robert Ellison <robert@ellison.co.uk>",
        "06-12",
        lag=4,
    ),
    R(
        "en",
        "interested",
        "",
        "fo_demo",
        "outlook_en",
        "Amrit Sandhu <amrit@sandhu-ventures.com>",
        "04-13",
        lag=2,
        inl=[
            (
                "Could we set up",
                "Seen it on a friend's screen already, no need. Just send the onboarding pack and we'll get going.",
            )
        ],
    ),
    R(
        "en",
        "interested",
        "I'll come on the 22nd. Is it black tie?\n\nSent from my iPhone",
        "jet_price",
        "gmail_en",
        "Oliver Drummond <oliver@drummond-estates.com>",
        "06-14",
    ),
    R(
        "en",
        "interested",
        "Sign me up for the checklist – and the newsletter, if there is one.\nLaura",
        "front_en",
        "apple_en",
        "Laura Kemp <laura.kemp@sunrise.ch>",
        "04-18",
        lag=1,
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION = [
    R(
        "fr",
        "information_request",
        "Bonjour,\nAvant tout rendez-vous : votre desk intervient-il aussi sur des cessions minoritaires ? Nous "
        "envisageons de céder 35 % à un fonds, pas l'ensemble.\nCdlt\nÉric Sabatier",
        "cession_rdv",
        "outlook_fr",
        "Eric Sabatier <eric.sabatier@sabatier-menuiseries.fr>",
        "04-10",
        lag=3,
    ),
    R(
        "fr",
        "information_request",
        "La résidence seniors de Pessac dont vous parlez sur votre site, c'est quel gestionnaire ? Et le bail est "
        "ferme sur combien d'années ?",
        "lmnp_simu",
        "gmail_fr",
        "Sylvie Marchetti <sylvie.marchetti@laposte.net>",
        "04-21",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nLes œuvres présentées sont-elles à vendre ou seulement exposées ? Et peut-on venir avec un "
        "enfant de 12 ans ?\n\nCordialement,\nGuillaume Ferrière",
        "art_vue",
        "apple_fr",
        "Guillaume Ferrière <g.ferriere@ferriere-avocats.fr>",
        "04-28",
        lag=3,
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, je suis frontalier depuis janvier seulement. Votre check-list vaut-elle aussi pour une première "
        "année ?",
        "front_check",
        "android_fr",
        "Kevin Chappaz <kchappaz@yahoo.fr>",
        "04-04",
        lag=1,
    ),
    R(
        "fr",
        "information_request",
        "",
        "front_hono",
        "gmail_fr",
        "Manon Blanchet <manon.blanchet@bluewin.ch>",
        "05-17",
        lag=2,
        inl=[
            (
                "Indiquez-moi",
                "[MB] On est pacsés, pas mariés : est-ce que ça compte comme marié pour la quasi-résidence ? "
                "Je vous donne le reste après.",
            )
        ],
    ),
    R(
        "fr",
        "information_request",
        "L'estimation est-elle reconnue par l'administration fiscale, pour une donation par exemple ? Ou "
        "seulement par l'assureur ?\n\nPhilippe Anquetil",
        "art_estim",
        "outlook_fr",
        "Philippe Anquetil <ph.anquetil@anquetil-associes.fr>",
        "05-19",
        lag=4,
    ),
    R(
        "fr",
        "information_request",
        "le webinaire sera dispo en replay ?",
        "lmnp_webi",
        "iphone_fr",
        "Thomas Roux <t.roux@icloud.com>",
        "05-10",
        lag=2,
    ),
    R(
        "fr",
        "information_request",
        "Pas de valo pour l'instant. Question : vos analystes signent-ils un accord de confidentialité avant de "
        "recevoir les bilans ? Nous avons des clients sensibles.",
        "cession_valo",
        "gmail_fr",
        "Agnès Peyrac <agnes.peyrac@peyrac-defense.fr>",
        "06-02",
        lag=3,
    ),
    R(
        "fr",
        "information_request",
        "Bonjour, je suis déjà en LMNP sur deux studios à Lyon. Si j'en achète un troisième chez vous, est-ce que "
        "je risque de basculer en LMP ? Mes loyers dépasseraient 23 000 €.",
        "lmnp_simu",
        "owa_fr",
        "Benoît Carrière <benoit.carriere@cegetel.net>",
        "05-29",
        lag=1,
    ),
    R(
        "fr",
        "information_request",
        "Madame,\n\nJe vous réponds pour M. Berthier, dont je suis le directeur financier. Le report "
        "d'imposition du 150-0 B ter s'applique-t-il si la holding n'est à l'IS que depuis deux ans ?\n\n"
        "Cordialement,\nLaurent Gissot\nDAF – Groupe Berthier",
        "cession_rdv",
        "outlook_fr",
        "Alain Berthier <a.berthier@groupe-berthier.fr>",
        "06-09",
        lag=2,
    ),
    R(
        "en",
        "information_request",
        "Does it pull positions from Swiss banks directly (Pictet, Lombard Odier) or do we upload statements?\n\nJames",
        "fo_demo",
        "gmail_en",
        "James Whitfield <james@whitfield-capital.co.uk>",
        "04-05",
        lag=2,
    ),
    R(
        "en",
        "information_request",
        "Who manages the crew and the berth in Antibes? And what happens if one of the other owners stops paying "
        "their share of the running costs?\n\nMartin Carver",
        "yacht_view",
        "outlook_en",
        "Martin Carver <martin.carver@carverholdings.com>",
        "05-05",
    ),
    R(
        "en",
        "information_request",
        "Is the PC-24 operated on an AOC or as private ops? It matters for my insurers.",
        "jet_price",
        "apple_en",
        "Sebastian Kent <sebastian@kentaerospace.co.uk>",
        "06-07",
        lag=3,
    ),
    R(
        "en",
        "information_request",
        "Dear Ms Kahn-Morel,\n\nIs the viewing open to advisers? My art adviser normally comes with me.\n\nYours,\n"
        "Eleanor Whitby",
        "art_en",
        "outlook_en",
        "Eleanor Whitby <eleanor.whitby@whitby.org>",
        "04-20",
        lag=3,
    ),
    R(
        "en",
        "information_request",
        "Does your checklist cover US citizens? FATCA plus Switzerland plus France is my life.",
        "front_en",
        "gmail_us",
        "Brian Kowalski <brian.kowalski@gmail.com>",
        "05-04",
    ),
    R(
        "en",
        "information_request",
        "Not after pricing yet. How do you handle the data – where are your servers, and who at your end can see "
        "our positions?\n\nRegards\nNadia Haddad",
        "fo_price",
        "outlook_en",
        "Nadia Haddad <nadia@haddad-family.com>",
        "04-26",
        lag=2,
    ),
    R(
        "en",
        "information_request",
        "A couple of questions inline.",
        "yacht_view",
        "gmail_en",
        "Fraser Munro <fraser.munro@munro-marine.co.uk>",
        "05-12",
        lag=3,
        inl=[
            ("six weeks a year", ">> can guests use the boat without an owner on board?\n>> and are dogs allowed?"),
        ],
    ),
    R(
        "en",
        "information_request",
        "Consolidated reporting: is that the one where my bookkeeper still types everything in by hand? Genuinely "
        "asking – how much of it is automated?",
        "fo_demo",
        "gmail_en",
        "Chris Okonjo <chris@okonjo.co.uk>",
        "04-12",
        lag=1,
    ),
    R(
        "en",
        "information_request",
        "Hello,\n\nWriting on behalf of Mr Adeyemi. Could you confirm whether the share includes hangarage, and "
        "which airports the aircraft can be positioned to?\n\nThank you,\nGrace Bello\nPrivate Office of Tunde "
        "Adeyemi",
        "jet_price",
        "outlook_en",
        "Tunde Adeyemi <tunde@adeyemi-group.com>",
        "06-13",
        lag=2,
    ),
    R(
        "en",
        "information_request",
        "does the quasi-resident thing still work if my wife earns in france? thx",
        "front_en",
        "apple_en",
        "Callum Reid <callumreid@bluewin.ch>",
        "06-15",
        lag=4,
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTE = [
    R(
        "fr",
        "quote_request",
        "Quels sont vos honoraires sur une cession ? Forfait plus commission de succès ? Avant de bloquer une "
        "heure, je préfère savoir à quoi m'en tenir.\nG. Lacombe",
        "cession_rdv",
        "gmail_fr",
        "Gérard Lacombe <gerard.lacombe@lacombe-sa.fr>",
        "04-07",
        lag=2,
    ),
    R(
        "fr",
        "quote_request",
        "TMI 41 %, je peux mettre 80 000 € d'apport et emprunter le reste. Envoyez la simulation.\n\nPierre-Yves "
        "Gallou",
        "lmnp_simu",
        "outlook_fr",
        "Pierre-Yves Gallou <py.gallou@gallou-dentaire.fr>",
        "04-13",
        lag=4,
    ),
    R(
        "fr",
        "quote_request",
        "",
        "front_hono",
        "outlook_fr",
        "Christophe Baud <christophe.baud@baud-ingenierie.ch>",
        "05-22",
        lag=3,
        inl=[("Indiquez-moi", "Mariés, 2 enfants, ma femme travaille à Thonon, maison à Publier.")],
    ),
    R(
        "fr",
        "quote_request",
        "Pas besoin de la visite offerte, je connais mes œuvres. Combien pour l'inventaire complet d'une "
        "quarantaine de pièces ?",
        "art_estim",
        "gmail_fr",
        "Hugues Delmas <hugues.delmas@delmas-collection.fr>",
        "04-11",
    ),
    R(
        "fr",
        "quote_request",
        "Pas le temps pour le webinaire. Faites-moi plutôt une simulation : TMI 30 %, 150 k€ à placer.",
        "lmnp_webi",
        "apple_fr",
        "Stéphanie Royer <stephanie.royer@gmail.com>",
        "05-05",
        lag=2,
    ),
    R(
        "fr",
        "quote_request",
        "la checklist je l'ai deja, par contre combien vous prenez pour faire la declaration a ma place ?",
        "front_check",
        "iphone_fr",
        "Loïc Bovier <loic.bovier@outlook.fr>",
        "04-24",
        lag=4,
    ),
    R(
        "fr",
        "quote_request",
        "C'est vraiment gratuit ? Et ensuite, le mandat de cession, ça coûte combien ? Envoyez-moi une "
        "proposition écrite.\n\nCordialement,\nMichel Teissier",
        "cession_valo",
        "owa_fr",
        "Michel Teissier <m.teissier@teissier-plasturgie.fr>",
        "05-16",
        lag=2,
    ),
    R(
        "fr",
        "quote_request",
        "Je ne viendrai pas le 11. Pourriez-vous m'indiquer les prix des deux Mathieu du catalogue ?\n\nV. Kergoat",
        "art_vue",
        "outlook_fr",
        "Valérie Kergoat <v.kergoat@kergoat-finance.fr>",
        "05-03",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nJe suis l'assistante de Me Favre, avocat, frontalier depuis 2019. Il souhaite un devis "
        "ferme : célibataire, sans enfant, un appartement loué à Annecy, revenus suisses uniquement.\n\nBien "
        "cordialement,\nInès Mouthon\nÉtude Favre",
        "front_hono",
        "outlook_fr",
        "Antoine Favre <a.favre@etude-favre.ch>",
        "06-07",
        lag=1,
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour, envoyez-moi la grille tarifaire des parts svp, avec les charges annuelles. Pas besoin de visite, "
        "je connais le port.\nBruno Castellane",
        "yacht_view",
        "gmail_en",
        "Bruno Castellane <bruno.castellane@orange.fr>",
        "05-11",
        lag=2,
    ),
    R(
        "en",
        "quote_request",
        "Send the pricing sheet. Skip the case study.",
        "fo_price",
        "gmail_en",
        "Mark Dunmore <mark@dunmore.co.uk>",
        "04-27",
        lag=1,
    ),
    R(
        "en",
        "quote_request",
        "Price list please, with the monthly management fee and the hourly rate – the real ones, not the brochure "
        "ones.\n\nKeith",
        "jet_price",
        "outlook_en",
        "Keith Armitage <keith@armitage-plant.co.uk>",
        "06-08",
        lag=3,
    ),
    R(
        "en",
        "quote_request",
        "Not flying to Antibes for a viewing. Send the price list and the running costs per quarter share and "
        "I'll decide from there.",
        "yacht_view",
        "apple_en",
        "Howard Lisle <howard@lisle.london>",
        "05-15",
        lag=4,
    ),
    R(
        "en",
        "quote_request",
        "No demo thanks – what does it cost? We have roughly £60m across five custodians and two trusts.\n\n"
        "Sent from my iPhone",
        "fo_demo",
        "gmail_en",
        "Olivia Brand <olivia@brandfamily.co.uk>",
        "04-19",
        lag=3,
    ),
    R(
        "en",
        "quote_request",
        "How much for a quasi-resident return? Married, 2 kids, rented-out flat in Lyon.\nRob",
        "front_en",
        "gmail_en",
        "Rob Tennant <rob.tennant@bluewin.ch>",
        "05-26",
        lag=2,
    ),
    R(
        "en",
        "quote_request",
        "Thank you – not for the 11th, but what would you charge to value about twenty-five works on paper for "
        "insurance?\n\nJulia Ashby",
        "art_en",
        "outlook_en",
        "Julia Ashby <julia.ashby@ashbyhouse.co.uk>",
        "04-14",
        lag=2,
    ),
    R(
        "en",
        "quote_request",
        "Dear Charlotte,\n\nWriting on behalf of Lady Cressfield: could you send the full 2028 price list, for an "
        "eighth and for a quarter share?\n\nWith thanks,\nPamela Hurst\nPrivate Secretary",
        "jet_price",
        "orig_en",
        "Lady Cressfield <office@cressfield-estate.co.uk>",
        "06-02",
        lag=4,
    ),
    R(
        "en",
        "quote_request",
        "",
        "fo_price",
        "gmail_en",
        "Hamish Gray <hamish@graycapital.co.uk>",
        "05-18",
        lag=2,
        inl=[("from £18,000", "From? What would it be for four entities and two trusts?")],
    ),
    R(
        "en",
        "quote_request",
        "'Price on application' is my favourite phrase. Go on then, apply it: what does a quarter share actually cost?",
        "yacht_view",
        "gmail_us",
        "Nathan Greer <nathan@greer-ventures.com>",
        "05-02",
        lag=1,
    ),
    R(
        "en",
        "quote_request",
        "Not coming to Farnborough, but a quote for 50 hours a year would be useful.\nS. Blackwood",
        "jet_price",
        "outlook_us",
        "Sandra Blackwood <s.blackwood@blackwoodmedia.com>",
        "06-09",
        lag=2,
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "Merci, mais je n'ai aucune intention de vendre. L'entreprise restera dans la famille.\n\nJ.-M. Ducros",
        "cession_rdv",
        "outlook_fr",
        "Jean-Marc Ducros <jm.ducros@ducros-freres.fr>",
        "04-04",
        lag=1,
    ),
    R(
        "fr",
        "not_interested",
        "Non merci, j'ai déjà donné avec les résidences services en 2012 (gestionnaire en faillite au bout de "
        "trois ans). Plus jamais.",
        "lmnp_simu",
        "gmail_fr",
        "Dominique Arnal <dominique.arnal@free.fr>",
        "04-18",
        lag=3,
    ),
    R(
        "fr",
        "not_interested",
        "Non merci, pas intéressée.",
        "art_vue",
        "iphone_fr",
        "Catherine Lagarde <catherine.lagarde@icloud.com>",
        "04-25",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\nNous avons déjà une fiduciaire à Genève depuis dix ans et elle fait très bien le travail. "
        "Merci.\nCordialement,\nA. Perrier",
        "front_hono",
        "outlook_fr",
        "Aline Perrier <aline.perrier@sunrise.ch>",
        "05-18",
        lag=4,
    ),
    R(
        "fr",
        "not_interested",
        "Nous avons résilié l'assurance spécifique de la collection l'an dernier, une estimation ne nous servirait "
        "à rien.",
        "art_estim",
        "apple_fr",
        "François Villeneuve <francois.villeneuve@villeneuve-patrimoine.fr>",
        "05-22",
        lag=3,
    ),
    R(
        "fr",
        "not_interested",
        "Un webinaire pour m'expliquer comment payer moins d'impôts en achetant un studio à 180 000 € dans une "
        "résidence à Limoges ? Sans façon.",
        "lmnp_webi",
        "gmail_fr",
        "Xavier Morin <xavier.morin@morin-avocats.fr>",
        "05-12",
        lag=1,
    ),
    R(
        "fr",
        "not_interested",
        "pas interesse, deja accompagne par une banque d'affaires",
        "cession_valo",
        "android_fr",
        "Sébastien Giraud <s.giraud@giraud-logistique.fr>",
        "04-28",
        lag=2,
    ),
    R(
        "fr",
        "not_interested",
        "",
        "front_check",
        "gmail_fr",
        "Alexandre Lugrin <alex.lugrin@gmail.com>",
        "06-13",
        lag=3,
        inl=[
            ("gratuitement", "[AL] non merci, mon comptable s'en occupe"),
            ("20 minutes", "[AL] non plus"),
        ],
    ),
    R(
        "fr",
        "not_interested",
        "Madame,\n\nM. Rivière me demande de vous répondre qu'il ne donnera pas suite.\n\nCordialement,\n"
        "Secrétariat de direction – Rivière Mécanique",
        "cession_rdv",
        "owa_fr",
        "Henri Rivière <h.riviere@riviere-meca.fr>",
        "05-31",
        lag=2,
    ),
    R(
        "fr",
        "not_interested",
        "Pas pour moi. Inutile de relancer, merci.",
        "lmnp_simu",
        "gmail_fr",
        "Romain Tessier <romain.tessier@gmail.com>",
        "06-12",
        lag=2,
    ),
    R(
        "en",
        "not_interested",
        "Thanks, but we built our own reporting in-house last year. Not for us.\n\nAndrew",
        "fo_demo",
        "outlook_en",
        "Andrew Pike <andrew.pike@pikeholdings.co.uk>",
        "04-14",
        lag=4,
    ),
    R(
        "en",
        "not_interested",
        "We sold our boat precisely so we'd never have to share one with anybody. No thanks.",
        "yacht_view",
        "gmail_en",
        "Penelope Marsh-Evans <penny@marsh-evans.com>",
        "05-16",
        lag=2,
    ),
    R(
        "en",
        "not_interested",
        "Not for me, thanks.",
        "jet_price",
        "apple_en",
        "Ian Burgess <ian.burgess@burgessfoods.co.uk>",
        "06-06",
    ),
    R(
        "en",
        "not_interested",
        "£18k a year to tell me what I already know? Hard pass.",
        "fo_price",
        "gmail_en",
        "Dominic Hale <dom@hale-brands.com>",
        "05-03",
        lag=3,
    ),
    R(
        "en",
        "not_interested",
        "Lyrical abstraction isn't my thing at all, I'm afraid – but thank you for thinking of me.\n\nMaggie",
        "art_en",
        "apple_en",
        "Margaret Doyle <maggie.doyle@eircom.net>",
        "04-21",
        lag=2,
    ),
    R(
        "en",
        "not_interested",
        "I moved back to the UK in March, so I'm no longer cross-border. Thanks anyway.\nHelen",
        "front_en",
        "outlook_en",
        "Helen Yates <helen.yates@gmx.ch>",
        "05-31",
        lag=1,
    ),
    R(
        "en",
        "not_interested",
        "Hello,\n\nMr Lindqvist has asked me to thank you, but he will not be taking this further.\n\nBest,\n"
        "Anna Berg\nExecutive Assistant",
        "yacht_view",
        "outlook_en",
        "Erik Lindqvist <erik@lindqvist-invest.com>",
        "05-09",
    ),
    R(
        "en",
        "not_interested",
        "We're very happy with our current jet card. Please don't chase me on this one.",
        "jet_price",
        "gmail_en",
        "Victoria Banks <victoria@banksfamily.co.uk>",
        "06-15",
        lag=3,
    ),
    R(
        "en",
        "not_interested",
        "",
        "fo_demo",
        "outlook_us",
        "Tom Brightwell <tom@brightwell.co>",
        "04-24",
        lag=2,
        inl=[("Could we set up", "No.")],
    ),
    R(
        "en",
        "not_interested",
        "No need to unsubscribe me, I quite like reading your emails – but we're not in the market. My family "
        "office is me and a spreadsheet, and it works.",
        "fo_price",
        "gmail_en",
        "Gordon Fyfe <gordon@fyfe.scot>",
        "06-12",
        lag=4,
    ),
]

# --------------------------------------------------------------------------- not_now

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "Bonjour, revenez vers moi après Pâques, nous sommes en plein audit.\nCordialement\nO. Masson",
        "cession_rdv",
        "gmail_fr",
        "Odile Masson <odile.masson@masson-imprimerie.fr>",
        "04-05",
        until="2028-04-18",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nUn peu tard pour une valorisation : nous signons le protocole d'accord avec le "
        "repreneur fin juin. En revanche le réinvestissement du produit de cession m'intéressera. Recontactez-moi "
        "en septembre.\n\nBien à vous,\nDidier Fabre",
        "cession_valo",
        "outlook_fr",
        "Didier Fabre <d.fabre@fabre-robinetterie.fr>",
        "05-10",
        lag=1,
        until="2028-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Pas avant l'automne, on finit de payer les travaux de la maison.",
        "lmnp_simu",
        "iphone_fr",
        "Julie Brunet <julie.brunet@hotmail.fr>",
        "04-12",
        lag=3,
        until="2028-09-22",
    ),
    R(
        "fr",
        "not_now",
        "Chère Madame,\n\nTrop tôt pour nous cette année, nous venons d'acquérir deux pièces. Réessayez à "
        "l'hiver, pour votre prochaine exposition.\n\nAmitiés,\nMarc-Antoine Ostier",
        "art_vue",
        "apple_fr",
        "Marc-Antoine Ostier <ma.ostier@ostier.fr>",
        "05-02",
        lag=2,
        until="2028-12-21",
    ),
    R(
        "fr",
        "not_now",
        "Rappelez-moi mi-juin, je change de poste le 1er et j'aurai une meilleure idée de mes revenus.\nS. Jaquier",
        "front_hono",
        "gmail_fr",
        "Samuel Jaquier <samuel.jaquier@gmail.com>",
        "05-16",
        lag=3,
        until="2028-06-15",
    ),
    R(
        "fr",
        "not_now",
        "Pas le moment, je vais être papa dans trois semaines 😊 Plus tard peut-être !",
        "lmnp_webi",
        "iphone_fr",
        "Adrien Lemoine <adrien.lemoine@gmail.com>",
        "05-11",
        lag=2,
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nLa cession n'est pas à l'ordre du jour avant la clôture de l'exercice. Écrivez-moi fin "
        "septembre.\n\nCordialement,\nBéatrice Loisel\nPDG – Loisel SAS",
        "cession_rdv",
        "outlook_fr",
        "Béatrice Loisel <b.loisel@loisel-sas.fr>",
        "06-07",
        lag=1,
        until="2028-09-25",
    ),
    R(
        "fr",
        "not_now",
        "Nous déménageons le 15 mai, les tableaux vont passer six semaines en caisse. Repassez en juillet.",
        "art_estim",
        "gmail_fr",
        "Constance Aubry <constance.aubry@aubry-famille.fr>",
        "04-25",
        lag=4,
        until="2028-07-01",
    ),
    R(
        "fr",
        "not_now",
        "pas le temps avant la rentree, relancez moi debut septembre",
        "front_check",
        "android_fr",
        "Cédric Favre-Bulle <cedric.fb@laposte.net>",
        "06-09",
        lag=2,
        until="2028-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Dans quelques semaines peut-être, quand les comptes 2027 seront certifiés.\nP. Guérin",
        "cession_valo",
        "gmail_fr",
        "Pascal Guérin <p.guerin@guerin-electricite.fr>",
        "04-20",
        lag=2,
        until=None,
    ),
    R(
        "en",
        "not_now",
        "After Easter, please – half the team are off skiing.\n\nMatt",
        "fo_demo",
        "outlook_en",
        "Matthew Hirst <matt@hirst-group.co.uk>",
        "04-06",
        lag=3,
        until="2028-04-18",
    ),
    R(
        "en",
        "not_now",
        "Not this season, we've got too much on. Let's talk after the Monaco show – it finishes on 30 September."
        "\n\nRichard",
        "yacht_view",
        "gmail_en",
        "Richard Oakes <richard@oakes-marine.com>",
        "05-17",
        lag=1,
        until="2028-10-01",
    ),
    R(
        "en",
        "not_now",
        "My father died in March and everything is tied up until probate is granted. Please come back to me "
        "after that.\n\nClaire Pemberton",
        "jet_price",
        "outlook_en",
        "Claire Pemberton <claire@pembertonestates.co.uk>",
        "05-19",
        lag=3,
        until=None,
    ),
    R(
        "en",
        "not_now",
        "Not till the summer – we're mid-audit. Write again then.",
        "fo_price",
        "apple_en",
        "Jonathan Spiers <jonathan@spiers.co.uk>",
        "06-01",
        lag=2,
        until="2028-06-21",
    ),
    R(
        "en",
        "not_now",
        "I'll be in New York for most of May and I've a birthday party to organise for the 2nd of June. Let's talk "
        "mid-June.\n\nBest,\nAlexandra Moore",
        "art_en",
        "outlook_us",
        "Alexandra Moore <alexandra@mooreartfund.com>",
        "04-27",
        lag=2,
        until="2028-06-15",
    ),
    R(
        "en",
        "not_now",
        "Busy with the move to Nyon until the end of May. Try me end of June.\nKaren",
        "front_en",
        "gmail_en",
        "Karen Doherty <karen.doherty@bluewin.ch>",
        "05-03",
        lag=2,
        until="2028-06-25",
    ),
    R(
        "en",
        "not_now",
        "Can we pick this up in a couple of months? We're completing the sale of the business on 30 June and I "
        "can't think about anything else.\n\nSent from my iPhone",
        "fo_demo",
        "gmail_en",
        "Laurence Abbott <laurence@abbottpackaging.co.uk>",
        "05-22",
        lag=4,
        until=None,
    ),
    R(
        "en",
        "not_now",
        "Can't do May. Ping me next week and I'll know my diary.",
        "yacht_view",
        "apple_en",
        "Toby Marchant <toby@marchant.me>",
        "04-19",
        lag=1,
        until="2028-04-24",
    ),
    R(
        "en",
        "not_now",
        "This year's fully committed. Come back to me in January with the 2029 list.\n\nW. Keane",
        "jet_price",
        "outlook_en",
        "William Keane <william.keane@keanegroup.ie>",
        "06-13",
        lag=2,
        until="2029-01-01",
    ),
    R(
        "en",
        "not_now",
        "Hello Edward,\n\nMr Patel is travelling until mid-July and has asked me to say he will look at this in "
        "September.\n\nKind regards,\nLucy Harding\nPA to Sanjay Patel",
        "fo_price",
        "outlook_en",
        "Sanjay Patel <sanjay@patel-pharma.co.uk>",
        "05-30",
        lag=3,
        until="2028-09-01",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL = [
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne suis plus actionnaire depuis janvier. Voyez avec mon frère, Arnaud Pellerin : "
        "a.pellerin@pellerin-sa.fr\n\nCordialement,\nGilles Pellerin",
        "cession_rdv",
        "outlook_fr",
        "Gilles Pellerin <g.pellerin@pellerin-sa.fr>",
        "04-13",
        lag=2,
        ref=("Arnaud Pellerin", "a.pellerin@pellerin-sa.fr"),
    ),
    R(
        "fr",
        "referral",
        "Stéphane, peux-tu regarder leur proposition de valo et leur envoyer ce qu'il faut si ça te paraît "
        "sérieux ?\nMadame, je vous mets en copie : Stéphane Audibert, notre DAF (s.audibert@audibert-sa.fr), "
        "sera votre interlocuteur.\n\nBernard Audibert",
        "cession_valo",
        "gmail_fr",
        "Bernard Audibert <bernard@audibert-sa.fr>",
        "05-04",
        lag=3,
        fwd="fr",
        ref=("Stéphane Audibert", "s.audibert@audibert-sa.fr"),
    ),
    R(
        "fr",
        "referral",
        "Erreur de destinataire, je ne suis pas chef d'entreprise.",
        "cession_rdv",
        "iphone_fr",
        "Hélène Moreau <helene.moreau@sfr.fr>",
        "05-23",
        lag=1,
        ref=(None, None),
    ),
    R(
        "fr",
        "referral",
        "C'est ma femme qui s'occupe de la collection : Isabelle, 06 70 21 88 43. Appelez-la plutôt le matin.",
        "art_estim",
        "gmail_fr",
        "Jacques Lhermitte <jacques.lhermitte@lhermitte.fr>",
        "04-10",
        lag=4,
        ref=("Isabelle", None),
    ),
    R(
        "fr",
        "referral",
        "Je suis suivi par mon CGP pour tout ça, envoyez-lui votre simulation : cabinet Berthelot Patrimoine, "
        "contact@berthelot-patrimoine.fr",
        "lmnp_simu",
        "outlook_fr",
        "Olivier Sanchez <olivier.sanchez@sanchez-pharma.fr>",
        "05-26",
        lag=2,
        ref=(None, "contact@berthelot-patrimoine.fr"),
    ),
    R(
        "fr",
        "referral",
        "Madame,\n\nJe transmets votre message à mon avocate, Maître Laure Jacquin, qui suit le dossier de "
        "transmission et reviendra vers vous.\n\nCordialement,\nRaymond Vidal",
        "cession_rdv",
        "owa_fr",
        "Raymond Vidal <r.vidal@vidal-conserverie.fr>",
        "06-14",
        lag=4,
        ref=("Laure Jacquin", None),
    ),
    # Relabelled referral -> unsubscribe on 2026-12-06 by the project's session (eval/intents/README.md, "How labels
    # were decided": unsubscribe, any request to stop even with other words, comes before referral): the daughter
    # asks the firm to stop writing to her mother; the brother she names is the referral it then loses.
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe suis la fille de Mme Hautecoeur. Ma mère est en maison de retraite : merci de ne plus lui "
        "écrire. Pour la collection, c'est mon frère qui s'en occupe désormais, Bertrand Hautecoeur, "
        "bertrand.hautecoeur@orange.fr\n\nCordialement,\nSophie Hautecoeur-Lenz",
        "art_vue",
        "outlook_fr",
        "Geneviève Hautecoeur <g.hautecoeur@wanadoo.fr>",
        "04-21",
        lag=3,
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nLes sujets patrimoniaux de M. Delorme passent par son family office. Merci d'écrire à Nathalie "
        "Ferrier : nferrier@delorme-fo.fr\n\nBien cordialement,\nL'accueil – Delorme Participations",
        "cession_valo",
        "outlook_fr",
        "Yves Delorme <y.delorme@delorme-participations.fr>",
        "06-01",
        lag=3,
        ref=("Nathalie Ferrier", "nferrier@delorme-fo.fr"),
    ),
    R(
        "fr",
        "referral",
        "c pas moi qui gere les placements c mon mari, envoyez a jm.carrel@gmail.com",
        "lmnp_webi",
        "iphone_fr",
        "Nathalie Carrel <nath.carrel@gmail.com>",
        "05-09",
        lag=1,
        ref=(None, "jm.carrel@gmail.com"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nM. Perrot a quitté la présidence en mars, merci de retirer son adresse de vos envois. Son "
        "successeur est Mme Carole Zanetti, c.zanetti@perrot-industrie.fr.\n\nCordialement,\nService "
        "communication – Perrot Industrie",
        "cession_rdv",
        "owa_fr",
        "Jacques Perrot <j.perrot@perrot-industrie.fr>",
        "04-12",
        lag=2,
        ref=("Carole Zanetti", "c.zanetti@perrot-industrie.fr"),
    ),
    R(
        "en",
        "referral",
        "I'm not the right person – speak to our CFO, Priya Raman: priya.raman@kestrelholdings.co.uk\n\nRegards,\n"
        "Dev Mistry",
        "fo_demo",
        "outlook_en",
        "Dev Mistry <dev.mistry@kestrelholdings.co.uk>",
        "04-07",
        lag=2,
        ref=("Priya Raman", "priya.raman@kestrelholdings.co.uk"),
    ),
    R(
        "en",
        "referral",
        "Wrong Charles Whitmore, I'm afraid. Never owned a boat, never wanted one.",
        "yacht_view",
        "gmail_en",
        "Charles Whitmore <c.whitmore@outlook.com>",
        "05-05",
        lag=3,
        ref=(None, None),
    ),
    R(
        "en",
        "referral",
        "Mark – this one's for you (mark@ashworth-fo.com, copying Edward). Your call whether it's worth a look.\n"
        "Philippa",
        "fo_price",
        "gmail_en",
        "Philippa Ashworth <philippa@ashworth.co.uk>",
        "04-25",
        lag=1,
        fwd="en",
        ref=("Mark", "mark@ashworth-fo.com"),
    ),
    # Relabelled referral -> unsubscribe on 2026-12-06 by the project's session (the rule of 035, above; missed at
    # the first relabelling, found when the rules first read it): the wife asks the firm to stop emailing her
    # husband; the son she names is the referral it then loses.
    R(
        "en",
        "unsubscribe",
        "Please stop emailing my husband about aeroplanes, he's not well. If you want to talk about this sort of "
        "thing, talk to our son, Henry Calloway.\n\nMargaret Calloway",
        "jet_price",
        "outlook_en",
        "Derek Calloway <derek.calloway@btinternet.com>",
        "06-08",
        lag=1,
    ),
    R(
        "en",
        "referral",
        "Dear Edward,\n\nMr Osei doesn't handle this himself – please contact Louise at the family office: "
        "louise.mensah@osei-family.com.\n\nBest wishes,\nRuth\nOffice of Kwame Osei",
        "fo_demo",
        "outlook_en",
        "Kwame Osei <kwame@osei-family.com>",
        "05-02",
        lag=2,
        ref=("Louise", "louise.mensah@osei-family.com"),
    ),
    R(
        "en",
        "referral",
        "My late father's collection is handled by the executors, Bramwell & Co – enquiries@bramwellco.co.uk.",
        "art_en",
        "gmail_en",
        "Simon Fairbairn <simon.fairbairn@gmail.com>",
        "04-26",
        lag=4,
        ref=(None, "enquiries@bramwellco.co.uk"),
    ),
    R(
        "en",
        "referral",
        "I'm HR at the employer, not a frontalier myself – you've got the wrong person.",
        "front_en",
        "outlook_en",
        "Rachel Goodwin <rachel.goodwin@medtech-geneva.ch>",
        "05-12",
        lag=2,
        ref=(None, None),
    ),
    R(
        "en",
        "referral",
        "Not me – my business partner is the boat person. Giles Farrant, 07700 900412.",
        "yacht_view",
        "apple_en",
        "Nigel Barlow <nigel@barlow-farrant.co.uk>",
        "05-11",
        lag=1,
        ref=("Giles Farrant", None),
    ),
    # Relabelled referral -> unsubscribe on 2026-12-06 by the project's session (the rule of 035, above; missed at
    # the first relabelling): the PA asks the firm to stop writing to Sir Richard; the finance director she names is
    # the referral it then loses.
    R(
        "en",
        "unsubscribe",
        "Please stop sending these to Sir Richard; he doesn't read them. Anything of this kind should go to our "
        "finance director, Alan Pryce: a.pryce@rivington-group.co.uk\n\nKind regards,\nJoanna Spence\nPA to Sir "
        "Richard Rivington",
        "fo_price",
        "outlook_en",
        "Sir Richard Rivington <richard@rivington-group.co.uk>",
        "06-06",
        lag=2,
    ),
    R(
        "en",
        "referral",
        "Passing this to my pilot, Dan Whitley – he'll know whether it's any good.",
        "jet_price",
        "gmail_en",
        "Gerald Stroud <gerald@stroudgroup.co.uk>",
        "06-14",
        lag=4,
        ref=("Dan Whitley", None),
    ),
]

# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "STOP",
        "cession_valo",
        "iphone_fr",
        "Thierry Vallet <t.vallet@vallet-bois.fr>",
        "04-11",
        lag=1,
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\nJe ne suis plus intéressé par vos messages, merci de cesser.\nCordialement",
        "lmnp_simu",
        "outlook_fr",
        "Frédéric Lassalle <f.lassalle@lassalle-immo.fr>",
        "04-27",
        lag=3,
    ),
    R(
        "fr",
        "unsubscribe",
        "desinscription",
        "art_vue",
        "android_fr",
        "Nicole Brémond <nicole.bremond@orange.fr>",
        "05-02",
        lag=1,
    ),
    R(
        "fr",
        "unsubscribe",
        "Retirez-moi de votre liste s'il vous plaît.\n\nA. Chevalley",
        "front_hono",
        "gmail_fr",
        "Arnaud Chevalley <arnaud.chevalley@gmail.com>",
        "05-24",
        lag=4,
    ),
    R(
        "fr",
        "unsubscribe",
        "Pas vendeur. Et ne m'écrivez plus, c'est la troisième fois cette année.",
        "cession_rdv",
        "apple_fr",
        "Roland Sarthou <roland.sarthou@sarthou-btp.fr>",
        "05-18",
        lag=2,
    ),
    R(
        "fr",
        "unsubscribe",
        "Je n'ai jamais donné mon accord pour recevoir vos mails. Supprimez mes données (RGPD, article 17) et "
        "confirmez-le-moi.\n\nMme Debray",
        "lmnp_webi",
        "outlook_fr",
        "Christine Debray <c.debray@debray-conseil.fr>",
        "05-12",
        lag=2,
    ),
    R(
        "fr",
        "unsubscribe",
        "",
        "front_check",
        "gmail_fr",
        "Pauline Bochet <pauline.bochet@hotmail.com>",
        "04-19",
        lag=2,
        inl=[
            ("gratuitement", "[PB] non"),
            ("20 minutes", "[PB] non plus. Et rayez-moi de vos fichiers."),
        ],
    ),
    R(
        "fr",
        "unsubscribe",
        "Oubliez mon adresse.",
        "art_estim",
        "iphone_fr",
        "Marie-Laure Devaux <mldevaux@icloud.com>",
        "06-02",
        lag=2,
    ),
    R(
        "fr",
        "unsubscribe",
        "STOP svp",
        "lmnp_simu",
        "gmail_fr",
        "Kevin Lambert <kev.lambert@gmail.com>",
        "06-09",
        lag=3,
    ),
    R(
        "fr",
        "unsubscribe",
        "Vos analystes ont déjà « valorisé » ma boîte deux fois sans que je demande rien. Désinscrivez-moi.",
        "cession_valo",
        "outlook_fr",
        "Franck Meyer <f.meyer@meyer-automatismes.fr>",
        "06-15",
        lag=1,
    ),
    R(
        "en",
        "unsubscribe",
        "UNSUBSCRIBE",
        "fo_price",
        "gmail_en",
        "Tariq Hussain <tariq@hussain-properties.co.uk>",
        "04-20",
        lag=2,
    ),
    R(
        "en",
        "unsubscribe",
        "remove",
        "jet_price",
        "apple_en",
        "Graham Tully <graham.tully@tullyhaulage.co.uk>",
        "06-02",
        lag=1,
    ),
    R(
        "en",
        "unsubscribe",
        "Kindly stop emailing me.",
        "yacht_view",
        "outlook_en",
        "Bridget Hammond <bridget@hammond.net>",
        "05-10",
        lag=3,
    ),
    R(
        "en",
        "unsubscribe",
        "Not interested, and take me off your list please.\n\nL. Grant",
        "fo_demo",
        "outlook_en",
        "Lindsay Grant <lindsay.grant@grant-brewing.co.uk>",
        "04-18",
        lag=2,
    ),
    R(
        "en",
        "unsubscribe",
        "I don't recall signing up to anything. Please delete my details.",
        "art_en",
        "gmail_us",
        "Deborah Stein <deborah.stein@steinfamily.com>",
        "04-13",
        lag=2,
    ),
    R(
        "en",
        "unsubscribe",
        "Please stop. This is the fourth email from you in a month.",
        "front_en",
        "gmail_en",
        "Stuart Lamb <stuart.lamb@swissonline.ch>",
        "05-29",
        lag=2,
    ),
    R(
        "en",
        "unsubscribe",
        "",
        "yacht_view",
        "gmail_en",
        "Henry Dalton <henry@daltonfamily.co.uk>",
        "05-17",
        lag=4,
        inl=[
            ("six weeks a year", ">> not interested"),
            ("Could I book you in?", ">> no. And please remove me from your mailing list."),
        ],
    ),
    R(
        "en",
        "unsubscribe",
        "Under UK GDPR I withdraw whatever consent you think you have. No further emails, please.",
        "fo_price",
        "outlook_en",
        "Fiona Carmichael <fiona@carmichael.legal>",
        "05-24",
        lag=1,
    ),
    R(
        "en",
        "unsubscribe",
        "Tempting as it is to buy an eighth of an aeroplane from a stranger over email, I'll pass. Take me off "
        "your list.",
        "jet_price",
        "gmail_en",
        "Marcus Webb <marcus.webb@webbandco.com>",
        "06-16",
        lag=3,
    ),
    R(
        "en",
        "unsubscribe",
        "Unsubscribe. And I'm not a 'valued client' – we've never met.",
        "yacht_view",
        "apple_en",
        "Joanna Pryor <joanna.pryor@gmail.com>",
        "05-19",
        lag=2,
    ),
]

# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE = [
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 24 avril inclus. Pour toute urgence, merci de "
        "contacter Mme Solène Fabre au 01 44 56 20 10.\n\nCeci est une réponse automatique.",
        None,
        None,
        "Laurent Gachet <l.gachet@gachet-sa.fr>",
        "04-20",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis en congés du 2 au 12 mai, sans accès à ma messagerie. Je traiterai votre message à mon "
        "retour.\nCordialement,\nGilles Marchand\n\n[Message automatique]",
        None,
        None,
        "Gilles Marchand <gilles.marchand@marchand-transports.fr>",
        "05-02",
    ),
    R(
        "fr",
        "out_of_office",
        "Message automatique – Le cabinet est fermé pour le pont de l'Ascension, du jeudi 25 au lundi 29 mai "
        "inclus. Réouverture le mardi 30 mai à 9 h.",
        None,
        None,
        "Cabinet Delaunay <contact@delaunay-notaires.fr>",
        "05-24",
    ),
    R(
        "fr",
        "out_of_office",
        "Absente jusqu'au 9 juin. Message automatique, merci de ne pas y répondre.",
        None,
        None,
        "Véronique Salles <v.salles@salles-conseil.fr>",
        "06-01",
    ),
    R(
        "fr",
        "out_of_office",
        "Je suis actuellement en déplacement à l'étranger, avec un accès limité à ma messagerie. Je vous répondrai "
        "dans les meilleurs délais.\n\nEmmanuel Roussel\nPrésident – Roussel Aéronautique",
        None,
        None,
        "Emmanuel Roussel <e.roussel@roussel-aero.fr>",
        "06-07",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis en congé maternité jusqu'au 30 septembre 2028. Pour toute question, merci de contacter "
        "ma collègue Julie Morand : j.morand@aubrac-finance.fr.\n\nCeci est un message automatique.",
        None,
        None,
        "Camille Aubrac <c.aubrac@aubrac-finance.fr>",
        "05-15",
    ),
    R(
        "fr",
        "out_of_office",
        "Reponse automatique : absent jusqu'au 18/04. Reponse differee. Urgences : 06 45 12 77 80",
        None,
        None,
        "Patrick Noyer <patrick.noyer@noyer-sa.fr>",
        "04-14",
    ),
    R(
        "fr",
        "out_of_office",
        "Merci pour votre message. Le family office est fermé du 14 au 16 juin pour son séminaire annuel ; votre "
        "e-mail sera traité à notre retour.\n\n(Réponse automatique)",
        None,
        None,
        "Famille Castex – Family Office <bureau@castex-fo.fr>",
        "06-13",
    ),
    R(
        "fr",
        "out_of_office",
        "Je suis absent jusqu'à nouvel ordre et mes messages ne sont pas consultés. Pour la direction générale, "
        "écrivez à direction@garnier-sa.fr.\n\n-- Message envoyé automatiquement",
        None,
        None,
        "Hubert Garnier <h.garnier@garnier-sa.fr>",
        "05-17",
    ),
    R(
        "fr",
        "out_of_office",
        "Le Dr Aubin est en congés du 29 mai au 9 juin inclus. Pour toute urgence médicale, composez le 15.\n"
        "Ce message est généré automatiquement.",
        "jet_price",
        "gmail_en",
        "Dr Philippe Aubin <dr.aubin@cabinet-aubin.fr>",
        "05-30",
        lag=1,
    ),
    R(
        "en",
        "out_of_office",
        "Automatic reply: I am out of the office until Monday 15 May with limited access to email. For anything "
        "urgent please contact my assistant, Clare Bower (clare.bower@hensley-capital.co.uk).",
        None,
        None,
        "Richard Hensley <richard@hensley-capital.co.uk>",
        "05-10",
    ),
    R(
        "en",
        "out_of_office",
        "Thank you for your email. I am on annual leave, returning on 2 June. Your message will not be forwarded.",
        None,
        None,
        "Sophie Blake <sophie.blake@blakeinteriors.co.uk>",
        "05-26",
    ),
    R(
        "en",
        "out_of_office",
        "[Auto-reply] I'm at sea with intermittent connectivity until late May. I'll respond when I'm back in port.",
        None,
        None,
        "Alexander Forbes <alex@forbesmarine.co.uk>",
        "05-12",
    ),
    R(
        "en",
        "out_of_office",
        "Auto-response: away. Back Tuesday.",
        None,
        None,
        "Rory McEwan <rory@mcewan.scot>",
        "04-21",
    ),
    R(
        "en",
        "out_of_office",
        "This mailbox is not monitored over the bank holiday weekend. We will respond from Tuesday 30 May.\n\n"
        "This is an automated message from the Stanhope Family Office.",
        None,
        None,
        "Stanhope Family Office <office@stanhope-fo.co.uk>",
        "05-26",
    ),
    R(
        "en",
        "out_of_office",
        "Out of office: Chelsea Flower Show week. Back Friday 26 May. For anything urgent, call 020 7946 0918.",
        None,
        None,
        "Imogen Hart <imogen@hartgardens.co.uk>",
        "05-22",
    ),
    R(
        "en",
        "out_of_office",
        "I'm out of the office until 10 April and will reply on my return.\n\n-- Automatic reply",
        "fo_demo",
        "gmail_en",
        "Ben Radcliffe <ben@radcliffe-partners.co.uk>",
        "04-05",
        lag=1,
    ),
    R(
        "en",
        "out_of_office",
        "I'm on paternity leave until 10 July. In my absence please contact Sam Hollis (sam.hollis@thornbury.co.uk)."
        "\n\nThis is an automatic reply.",
        None,
        None,
        "Luke Thornbury <luke@thornbury.co.uk>",
        "06-06",
    ),
    R(
        "en",
        "out_of_office",
        "Auto: travelling, limited email until the 21st.",
        None,
        None,
        "Deepak Sharma <deepak@sharmaventures.com>",
        "06-14",
    ),
    R(
        "en",
        "out_of_office",
        "I am out of the office until 12 June. Your email will be deleted – please resend it after that date.\n\n"
        "(Automated response)",
        None,
        None,
        "Caroline Webster <caroline.webster@webster-group.co.uk>",
        "06-08",
    ),
]

# --------------------------------------------------------------------------- other


def _read_fr(key: str, to: str, sent: date, read: date) -> str:
    subj = EMAILS[key][1]
    return (
        f"Lu : {subj}\n\nVotre message\n\n  À : {to}\n  Objet : {subj}\n  Envoyé : {when('outlook_fr', sent, '09:42')}"
        f"\n\na été lu le {when('outlook_fr', read, '08:15')}."
    )


def _read_en(key: str, to: str, sent: date, read: date) -> str:
    subj = EMAILS[key][1]
    return (
        f"Read: {subj}\n\nYour message\n\n  To: {to}\n  Subject: {subj}\n  Sent: {when('outlook_us', sent, '11:05')}"
        f"\n\nwas read on {when('outlook_us', read, '19:31')}."
    )


OTHER = [
    R(
        "fr",
        "other",
        "Je suis en vacances jusqu'au 24 avril, je regarde ça à mon retour.\nIsabelle",
        "art_vue",
        "iphone_fr",
        "Isabelle Corbin <isabelle.corbin@gmail.com>",
        "04-12",
        lag=1,
    ),
    R(
        "fr",
        "other",
        "Bien reçu, merci.",
        "cession_valo",
        "outlook_fr",
        "Jean-Louis Marty <jl.marty@marty-frigo.fr>",
        "05-19",
        lag=2,
    ),
    R(
        "fr",
        "other",
        "Chéri, tu as vu ? C'est la galerie de la rue de Miromesnil dont je te parlais.",
        "art_vue",
        "gmail_fr",
        "Anne-Claire Boisseau <ac.boisseau@boisseau.fr>",
        "04-24",
        lag=2,
        fwd="fr",
    ),
    R(
        "fr",
        "other",
        "Je dois en parler avec mes associés avant de vous répondre quoi que ce soit.\n\nCordialement,\nPhilippe Roche",
        "cession_rdv",
        "outlook_fr",
        "Philippe Roche <philippe.roche@roche-agencement.fr>",
        "04-28",
        lag=3,
    ),
    R(
        "fr",
        "other",
        "Ce message a été généré automatiquement par le serveur de messagerie.\n\nVotre message n'a pas pu être "
        "remis aux destinataires suivants :\n\nc.renaud@renaud-freres.fr\nRaison : 550 5.1.1 Adresse "
        "inconnue.",
        None,
        None,
        "MAILER-DAEMON <postmaster@renaud-freres.fr>",
        "04-07",
    ),
    R(
        "fr",
        "other",
        "Je vous réponds la semaine prochaine, là je suis sous l'eau.",
        "front_check",
        "android_fr",
        "Nicolas Pasquier <nico.pasquier@gmail.com>",
        "05-30",
        lag=4,
    ),
    R(
        "fr",
        "other",
        "Bonjour,\nNouvelle adresse : merci d'utiliser désormais francois.meunier@meunier-holding.fr pour me "
        "joindre.\nFrançois Meunier",
        "lmnp_webi",
        "outlook_fr",
        "François Meunier <f.meunier@meunier-sa.fr>",
        "05-15",
        lag=3,
    ),
    R(
        "fr",
        "other",
        _read_fr("cession_rdv", "Denis Aubert <d.aubert@aubert-verre.fr>", D("2028-04-25"), D("2028-04-26")),
        None,
        None,
        "Denis Aubert <d.aubert@aubert-verre.fr>",
        "04-26",
    ),
    # Relabelled other -> unsubscribe on 2026-12-06 by the project's session (the same rule): the daughter asks the
    # firm to stop writing to her late father's address.
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nMon père, Jean Lefranc, est décédé en février. Merci de ne plus lui écrire.\n\nAnne Lefranc",
        "art_estim",
        "outlook_fr",
        "Jean Lefranc <jean.lefranc@wanadoo.fr>",
        "05-31",
        lag=2,
    ),
    R(
        "fr",
        "other",
        "Petite précision : c'est Deschamps avec un s, pas Dechamps. Pour le reste je reviens vers vous.",
        "cession_rdv",
        "gmail_fr",
        "Olivier Deschamps <o.deschamps@deschamps-sa.fr>",
        "06-13",
        lag=1,
        hi="Monsieur Dechamps,",
    ),
    R(
        "en",
        "other",
        "On holiday till the 12th – will have a look when I'm back.\n\nSent from my iPhone",
        "fo_demo",
        "gmail_en",
        "Paul Ingram <paul@ingram-holdings.co.uk>",
        "04-04",
        lag=1,
    ),
    R(
        "en",
        "other",
        "Got it, thanks.",
        "jet_price",
        "outlook_en",
        "Conor Walsh <conor@walshgroup.ie>",
        "06-07",
        lag=2,
    ),
    R(
        "en",
        "other",
        "Need to run this past my wife first – she's the one with the spreadsheets.\nMike",
        "lmnp_simu",
        "gmail_en",
        "Mike Sutherland <mike.sutherland@orange.fr>",
        "04-20",
        lag=3,
    ),
    R(
        "en",
        "other",
        "FYI – no action needed, just thought you'd enjoy the pictures. Isn't that the boat we saw in Antibes last "
        "summer?",
        "yacht_view",
        "gmail_en",
        "Rosalind Payne <ros@payne.co.uk>",
        "05-05",
        lag=2,
        fwd="en",
    ),
    R(
        "en",
        "other",
        "Delivery has failed to these recipients or groups:\n\nmike@dawsonmotors.co.uk\nThe email address you "
        "entered couldn't be found.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        None,
        None,
        "Microsoft Outlook <postmaster@dawsonmotors.co.uk>",
        "06-02",
    ),
    R(
        "en",
        "other",
        _read_en("yacht_view", "Hugh Lambton <hugh@lambton.co.uk>", D("2028-05-09"), D("2028-05-10")),
        None,
        None,
        "Hugh Lambton <hugh@lambton.co.uk>",
        "05-10",
    ),
    R(
        "en",
        "other",
        "Will reply properly tomorrow.",
        "fo_price",
        "apple_en",
        "Sarah Quinn <sarah@quinnventures.co.uk>",
        "05-11",
        lag=1,
    ),
    # Relabelled other -> unsubscribe on 2026-12-06 by the project's session (the same rule, missed at the first
    # relabelling): the daughter asks the firm, for her mother, not to write to her again.
    R(
        "en",
        "unsubscribe",
        "I'm Mrs Kendall's daughter. Mum has dementia and doesn't read her email any more; please don't write to "
        "her again.\n\nJane",
        "art_en",
        "outlook_en",
        "Patricia Kendall <pat.kendall@btinternet.com>",
        "04-18",
        lag=2,
    ),
    R(
        "en",
        "other",
        "Ah, the annual yacht email. Right on time for the first sunny weekend.",
        "yacht_view",
        "gmail_en",
        "Duncan Ferrier <duncan@ferrier.me>",
        "05-03",
        lag=1,
    ),
    R(
        "en",
        "other",
        "Charlotte – lovely to hear from you after all this time! Hope the family's well and Antibes is treating "
        "you kindly.\nNick",
        "jet_price",
        "apple_en",
        "Nick Harrington <nick@harrington.co.uk>",
        "06-09",
        lag=3,
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
random.Random(27).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout27", CASES, sys.argv)
