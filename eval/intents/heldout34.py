"""A thirty-fourth held-out split, `heldout34`: 200 replies written by a helper session (Claude, started on 2026-12-06
by the project's session that asked for the split) blind to the classifier's rules, lexicons and prompts, to its learnt
model, to every other split's replies, and to every measurement but the one heldout33's docstring reports. The author
never opened, listed, grepped nor searched anything under workers/, tests/, bench/, sql/, supabase/, eval/messages,
eval/build, eval/blind*, eval/signatures* nor eval/return_dates, did not open eval/intents/cases.json,
eval/intents/README.md nor the repository README, opened no heldout, tune or train file but heldout33.py as below,
listed no folder of eval/intents, read nothing under /work/scratch or /work/notes, imported nothing from workers/, and
ran no git command, no `find`, no `grep -r` / `rg`, no pytest, no `relance` command, no evaluator, classifier nor bench
script, and no web or code search.
What it opened and ran, in order: (1) `cat eval/intents/common.py` (whole); (2) one command: an `awk` print of
heldout33.py from line 1 to the line closing its module docstring, `tail -n 25` of it (the end of its last list, CASES,
the seeded shuffle, the `write_split` call), an `awk` print of pyproject.toml's [tool.ruff] table stopping at the next
table header (line length 120, target py311, src), and `sed -n 39,50p /work/shared/INTELLIGENCE.md` (the intent
section); (3) one command: `mkdir -p /tmp/h34w`, `date -u`, `python3 --version`, `test -e .venv/bin/ruff`, `test -e
eval/intents/heldout34.py` (absent), a python print of the days from 1 November to 20 December 2032 with their
weekdays (followed by an unused `from dateutil.easter import easter`, which raised nothing), and a python computation
of Easter Sunday in 2026 (a check of the formula), 2032 and 2033 (17 April); (4) a heredoc writing my notes to
/tmp/h34w/log.txt, a python print of the weekdays of ten candidate `until` dates, `date -u`; (5) the writing of this
file: the editor's create (a placeholder docstring, the window, the helpers, the six senders' emails, the case helper
`R`), then five heredoc appends (meeting_request and interested; information_request and quote_request; a `sed -i`
renaming one prospect's address, then not_interested and not_now; referral and unsubscribe; out_of_office, other and
the end), the first four each followed by a `python3 -c "import ast; ..."` parse and `date -u`; (6)
`PYTHONDONTWRITEBYTECODE=1 python3 eval/intents/heldout34.py /tmp/h34` (passed at the first run); (7) a throwaway
script /tmp/h34w/check.py over the output (200 cases, 200 distinct texts, ids heldout34-001 to -200, split heldout5,
counts per class, language and both, every `sent` a weekday of the window, `until` on every not_now and only there,
`referral` on every referral and only there, every `until` after its `sent`, no empty text, and a print of the not_now
and referral cases), then a python print of three rendered cases (two answers typed inside the quote, a nested Gmail
thread); (8) `.venv/bin/ruff format --no-cache` (reformatted) and `ruff check --no-cache` (clean) on this file, a
python character-length check (20 string lines of 121 or 122 characters), `test -e eval/intents/__pycache__`
(absent), a copy of this file to /tmp/h34w/before_split.py, a python script /tmp/h34w/split.py cutting those 20
literals in two at a space, ruff format (unchanged) and check (clean), the length check again (none over 120), a second
build into /tmp/h34b and `md5sum` of both outputs (identical); (9) a python print of every case's new text (before the
quote) by label with its id, language and date, and one of the automatic replies' ids; (10) this docstring drafted in
/tmp/h34w/doc.txt (a heredoc, python line-length checks, python edits: the memorandum quote, rewraps of two paragraphs
and of this step, and `grep` and `sed` prints of parts of it), put in place of the placeholder by a python script, then
ruff format and check, builds into /tmp/h34 and /tmp/h34c (emptied first) compared by `md5sum`, check.py again, `test
-e` of __pycache__, a python print of this docstring's last line (through `ast`) and of the longest line's length, and a
`sed` print of the last lines of this docstring; then a python edit of this step's wording, followed by the same checks.
Slips: (a) heldout33's docstring, read as the brief allows before any reply here was written, gives its decisions and
the one blind measurement of the classifier on it (macro-F1 0.861, other F1 0.619 with precision 0.542, unsubscribe
recall 0.650, referral names 11/20, not_now dates 19/20, 4.5 % to an LLM): which classes proved hard there may have
weighed on the hard cases chosen here (stops relayed by others, names after titles or in capitals, departure notices,
messages sent astray); its decisions where the brief is silent were followed on purpose so that splits agree (a bare
yes under a call to action is `interested`; nobody named is a referral (null, null); an automatic reply naming a
stand-in stays `out_of_office`; "après les Fêtes" is 2 January); no phrase of it was copied on purpose; (b) one point
differs from heldout33 on purpose, because this brief says so: an absence told by a person in their own words (or by
an assistant, by hand) with a return date is `not_now` with that date, not `out_of_office`; (c) the `tail -n 25` of
heldout33.py showed the end of one of its replies (a note to a colleague, "Jess, can you check if this is the same lot
who rang reception last week?", with "vin", "marketing@fynbosridge.example", "gmail_en"); 139 (a note to a colleague)
and 187 (an identity question meant for a friend) share that pattern and were written after seeing it; (d) telephone
numbers are in ranges reserved for fiction as I remember them (ARCEP 01 99 00 and 06 39 98; Ofcom 07700 900 and 01632
960; ACMA 0491 570 110 and 156; North American 555-0100 to 0199), not checked; no number is given for Belgium,
Switzerland, Morocco, Senegal, Côte d'Ivoire, Cameroon, Ireland nor New Zealand; (e) public holidays are from memory,
Islamic ones of 2032 estimated (none falls in the window, Ramadan may begin in it).
Six invented senders, four writing in French and two in English, each first email signed, with its call to action and
its footer's opt-out word, and a follow-up for each quoting the first email as the sender's own client does:
- (per) Caducée Patrimoine (Lyon), Julien Ferrand, an independent CGP: the PER for doctors, dentists and pharmacists
  (CARMF, CARCDSF, CAVP, plafond Madelin), "Seriez-vous disponible pour un échange de 30 minutes ... ?" and a booking
  link; follow-up: year-end deductibility, "Quel jour vous arrangerait la semaine prochaine ?" (footer "Répondez
  SUPPRIMER"; his client Gmail);
- (av) Hélios Vie Conseil (Bordeaux), Sophie Marchal, broker: old assurance-vie contracts, transfer under the loi Pacte,
  a free analysis from the last annual statement, "Voulez-vous que je la fasse pour vous ?"; follow-up: "Souhaitez-vous
  recevoir notre comparatif des frais ... ?" (footer "répondez ARRÊT"; Outlook);
- (dut) Lignée Transmission (Nantes), Antoine Vasseur: succession of family companies, pacte Dutreil, donation-partage,
  "Accepteriez-vous un premier rendez-vous de 45 minutes ... ?"; follow-up: a guide, "Puis-je vous l'envoyer ?"
  (footer "répondez RETIRER"; Apple Mail);
- (aff) Avalis Trésorerie (Paris, Brussels, Montreal, Abidjan), Nadia Benali: invoice factoring for SMEs, "à partir de
  0,6 %", "Voulez-vous une proposition de taux ? Il me suffit de votre chiffre d'affaires ... et du nombre de clients";
  follow-up: "Un échange de 15 minutes au téléphone vous conviendrait-il cette semaine ?" (footer "Répondez FIN"; OWA);
- (uk) Hale & Marsh Cross-Border (Bath, Bergerac, Alicante), Fiona Hale, chartered financial planner: British expats in
  France or Spain (UK pensions, ISAs, wills, French and Spanish succession), a 30-minute video call and a booking
  link; follow-up: a guide, "Shall I send you a copy?" (footer "reply STOP"; Outlook);
- (land) Heartwood Land & Vine (Dublin, Adelaide), Declan Moss: forestry in Ireland and Scotland, farmland in South
  Australia, vineyard syndicates in the Barossa and Sonoma, "Would you like our current offering memorandum? Just reply
  ..." (a bare "yes" is asked for) or 20 minutes through a link; follow-up: "Would a quick call on Tuesday or Thursday
  next week suit?" (footer "Reply UNSUB"; Gmail).
Prospects: doctors, dentists, pharmacists in France and Réunion; savers in France, Belgium (Liège, Namur), Switzerland
(Lausanne, Geneva) and Senegal; heads of family companies in the west of France; SMEs in France, Belgium (Namur,
Charleroi), Québec (Saint-Hyacinthe, Sherbrooke, Pointe-Claire), Côte d'Ivoire, Senegal, Cameroon and Morocco; British,
Irish and French spouses of British expats in the Dordogne, elsewhere in France and in Spain; doctors, dentists,
farmers, builders and family offices in Ireland, Britain, the United States, Australia and New Zealand. Everything is
invented: firms, people, streets, numbers, domains in .example.
Counts: meeting_request 11 French and 9 English, interested 11 and 9, information_request 11 and 9, quote_request 11
and 9, not_interested 12 and 9, not_now 13 and 11, referral 12 and 10, unsubscribe 13 and 11, out_of_office 8 and 7,
other 8 and 6: 110 / 90. `lang` is the language of the prospect's new text, or the one it starts in (097: French with
an English sentence; 192: English with French words; 024: a French then English automatic reply; 018: English under a
French email).
`sent`: the 18 working days from Tuesday 16 November to Friday 17 December 2032 leaving out, for every recipient, 18
November (Morocco), 25 and 26 November (United States), 30 November (Scotland), 6 and 8 December (Spain, and 8
December in Catholic Swiss cantons); 1, 11 and 15 November are before the window. Quoted emails are one to three
working days before the reply (a weekday, not 1 or 11 November), follow-ups five working days after the first email;
automatic replies, a read receipt and a bounce carry no thread.
Hard cases on purpose, by id: answers typed inside the quote (019, 072, 144, 090, 021, 183, 199, 107, 178, 092, 130);
stops relayed by someone else (149 a medical secretary, 198 a husband, 169 a daughter after a death, 050 a lawyer, 106
an accountant, 115 a son, 118 an executor, 017 solicitors, 068 an office manager); warm refusals (085, 193) and warm
stops (038, 062); a yes at the end of a long paragraph (005, 064, 022, 128); questions that are objections (041, 020,
032, 170, and 076, 165 ending in "Non." / "No."); "call me" with a number (046 dictated, 037, 197 in capitals, 075,
006, 057); conditional interest (125, 185, 003, 075); the wrong person naming the right one with an address (080, 108,
154, 160, 173, 186, 094, 200) and without (114, 178, 026, 063, 156, 092, 011); departures told by a person (088) and
by an automatic notice (074, 052); absences told by a person (140 surgery, 056 surgery, 082 maternity leave by an
assistant, 107 leave, typed inside the quote, 122 harvest, 147 tax season); vague periods (058, 134, 145, 133, 161,
016, 023, 191, 147, 113, 015, 111); the footers' words in another sense (048 "me retirer des affaires", 182 "mis fin",
175 "Not for me" above "Not for you? Reply UNSUB", 049 "Put me on the list"); typos, no accents, capitals, dictation,
one word, emoji (032, 045, 181, 094, 197, 036, 046, 126, 042, 137, 030, 104, 004, 071, 121); Belgian, Swiss,
Québec and African French (101, 151, 158, 044, 096, 136, 170, 043, 037, 109, 134, 189, 108, 141, 024, 061, 003, 077,
191, 040, 094, 039, 033, 159, 153, 150, 026); British, Irish, American and Australian English.
Labelling: the brief's classes and rules, read on the prospect's new text only (the quoted emails never count).
Decisions where the brief is silent (ids as built):
- meeting_request: a visit asked instead of sending the statement (099); "interested, but I'd rather talk first"
  (003); a visit asked with one figure given ("septante clients", 101: a meeting, not a quote); a slot moved (176); an
  assistant proposing slots (123) or named to "set something up" (148: a meeting, not a referral; Mme Pineau in 005
  likewise); "phone rather than Zoom" (057).
- interested: "Oui." (126), "Yes" (042), "Volontiers." (137), "yes pls 🙂" (071), "👍" (121), "Oui merci 👍" (004),
  and "Oui, ça nous intéresse." under a call to action (150): a yes, not a call asked; the statement sent as the call
  to action asked (177); "Put me on the list for the memorandum" (049); "Je regarde mon agenda et je reviens vers
  vous" (188) and "j'en parle avec mon associé ... je vous recontacte" (040): interest, no deferral and no call asked;
  facts about oneself without an ask (007); "OUI SVP" typed inside the quote (144).
- information_request: a question asked even when it is an objection (041, 020, 032, 035, 170); a brochure the email
  did not offer (067); "c'est combien ce plafond" (090: a tax ceiling, not a price); audited returns (069).
- quote_request: figures for the proposal the sender offered (047, 151, 077, and 183: "OUI" with the figures, typed
  inside the quote); a price after declining the main offer (025); a date that is not a deferral (033 "je ne rentre
  en France qu'en août").
- not_interested: "Aucun." under "Quel jour vous arrangerait ... ?" (008); "No need for the guide, we moved back to
  Leeds" (194: not a referral); "mon contrat est suivi par mon neveu" (044: nobody to contact, not a referral); "this
  year and most likely next year too" (155) and "je passe la main ... en juin" (085): declines, not deferrals.
- not_now: a person's own absence with a date, or an assistant's by hand, is not_now (140, 056, 082, 107, 122);
  an heir deferring for himself (015) is not a stop; "Perhaps one day" (111) is a deferral without date.
- referral: a departure notice, automatic or human, naming who or where to write is a referral (074, 052, 088), not an
  absence; the wrong person naming nobody is (null, null) (136, 031); titles dropped ("le Dr Morel" → "Morel", 080;
  "le Dr Léa Fontaine", 114; "le Dr Aline Mercier", 178; "Dr Amrit Kaur", 011; "M. Karim El Fassi", 026; "M. OUSMANE
  DIOP" → "OUSMANE DIOP", capitals kept, address lowercased, 094); "ma sœur" with an address is (null, address) (200);
  a family-office address (065); an heir naming the family's solicitor (127: a referral, no stop asked).
- unsubscribe: the footers' words alone (070 SUPPRIMER, 086 FIN, 112 "retirer", 138 STOP, 168 "unsub", 130 "ARRET"
  typed under the footer in the quote); "not interested and would like to be taken off your list" (068); "Neither.
  Please stop emailing me." (029); a request in English to a French email (018).
- out_of_office: automatic replies only, with a marker ("Réponse automatique", "[Réponse automatique]", "Message
  automatique", "Ceci est une réponse automatique", "Automatic reply", "Auto-reply", "Out of office", "This is an
  automated response") or only an automatic reply's form (059, 024, 131); a stand-in named by name, number or address
  (083, 095, 131, 172, 129, 124) does not make a referral; a mailbox read once a week until mid-December (084).
- other: "?" (030), "Bien reçu." (104), "Thank you, Fiona." (013, under the first email); the email taken for
  something else (054 a pension fund, 184 the bank, 153 a lender, 171 a supplier, 081 a pension administrator);
  messages sent astray (100 to a mother, 139 to a colleague, 028 to a spouse, 187 to a friend); a read receipt (103)
  and a bounce (195).
not_now dates, relative to `sent`: 058 "Pas avant la rentrée" (17 November) 2033-09-01; 073 "rappelez-moi en février"
2033-02-01; 140 "vers le 15 janvier" 2033-01-15; 015 "après le décès de mon père, dans quelques mois" null; 053 "en
avril" 2033-04-01; 145 "Après Pâques" 2033-04-19 (Easter Monday 18 April, plus one day); 134 "après les Fêtes"
2033-01-02; 191 "au deuxième trimestre 2033" 2033-04-01; 107 "en congé jusqu'au 3 janvier" 2033-01-03; 043 "dans six
mois" (23 November) 2033-05-23; 082 "en congé maternité jusqu'au 11 avril" 2033-04-11; 097 "Peut-être en mars"
2033-03-01; 147 "après la saison fiscale, en juin" 2033-06-01; 113 "Once probate is sorted" null; 161 "In the new
year" 2033-01-01; 016 "Circle back in Q3" 2033-07-01; 122 "hit me up in Feb" 2033-02-01; 133 "After Easter"
2033-04-19; 056 "from Monday 17 January" 2033-01-17; 116 "Next week's better" (Wednesday 1 December) 2032-12-06; 135
"Give me six weeks" (22 November) 2033-01-03; 102 "back in France in April" 2033-04-01; 111 "Perhaps one day" null;
023 "after the end of the financial year" (Australian, 30 June) 2033-07-01.
`python3 eval/intents/heldout34.py DIR` writes DIR/cases.json (split name `heldout5`, as common.write_split sets it;
ids `heldout34-NNN` in a fixed shuffled order, `random.Random(34)`). `common` is imported from this file's own
directory; sys.dont_write_bytecode is set first, so no __pycache__ is left; no clock and no unseeded randomness are
read (the quoted emails' times come from the prospect's address), so two builds are byte-identical.

Measured blind (2026-12-06, 04:40 UTC, by the session that asked for it, before any reply was read; `(cd workers &&
python -m relance.intelligence.intent_eval --data /tmp/h34m/cases.json --split heldout5)`, no LLM): at fd2ae56 (the
session's start) macro-F1 0.826, accuracy 0.830, unsubscribe precision 0.882 / recall 0.625, other F1 0.563, not_now
dates 0.700 (14/20 read as not_now), referral names 15/22 and addresses 21/22, 4.5 % to an LLM; rules alone
(RELANCE_INTENT_TRAINING=off) 0.742. At 7dd1c0f (relayed requests to stop read as R8 opt-outs, before this split
was read): macro-F1 0.840, accuracy 0.845, unsubscribe 0.900 / 0.750, other 0.600, dates 0.700, names 15/22 and
addresses 21/22, 3.5 % to an LLM; rules alone 0.755. Note: the brief given to the author labelled an absence told
by a person in their own words `not_now`, where eval/intents/README.md labels any absence notice, automatic or not,
`out_of_office`; the brief's mistake, not the author's."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from typing import Any

sys.dont_write_bytecode = True

from common import C, block, write_split  # noqa: E402

# --------------------------------------------------------------------------- the window

# Working days from Tuesday 16 November to Friday 17 December 2032, leaving out 18 November (Morocco), 25 and 26
# November (United States), 30 November (Scotland), 6 and 8 December (Spain, and 8 December in Catholic cantons).
WINDOW = [
    "2032-11-16",
    "2032-11-17",
    "2032-11-19",
    "2032-11-22",
    "2032-11-23",
    "2032-11-24",
    "2032-11-29",
    "2032-12-01",
    "2032-12-02",
    "2032-12-03",
    "2032-12-07",
    "2032-12-09",
    "2032-12-10",
    "2032-12-13",
    "2032-12-14",
    "2032-12-15",
    "2032-12-16",
    "2032-12-17",
]
SENDER_OFF = {date(2032, 11, 1), date(2032, 11, 11)}


def _back(d: date, n: int) -> date:
    """n working days before d (the senders write on weekdays, not on 1 or 11 November)."""
    while n > 0:
        d -= timedelta(days=1)
        if d.weekday() < 5 and d not in SENDER_OFF:
            n -= 1
    return d


def _hm(seed: str, k: int) -> str:
    n = sum(ord(c) for c in seed) + 37 * k
    return f"{8 + n % 10:02d}:{(n * 13) % 60:02d}"


# --------------------------------------------------------------------------- the six senders


def _per_first(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Je suis conseiller en gestion de patrimoine indépendant à Lyon et je travaille presque uniquement avec des "
        "professionnels de santé libéraux : médecins, chirurgiens-dentistes, pharmaciens titulaires.\n\n"
        "Beaucoup découvrent tard que leur caisse (CARMF, CARCDSF, CAVP) ne remplacera qu'une petite partie de leurs "
        "revenus. Le PER individuel permet de déduire vos versements de votre revenu imposable, dans la limite du "
        "plafond Madelin, et de sortir en capital ou en rente.\n\n"
        "Seriez-vous disponible pour un échange de 30 minutes, en visio ou à votre cabinet, pour faire le point ? "
        "Vous pouvez aussi choisir un créneau ici : https://rdv.caducee-patrimoine.example/jferrand\n\n"
        "Bien cordialement,\n\n"
        "Julien Ferrand\n"
        "Conseiller en gestion de patrimoine indépendant\n"
        "Caducée Patrimoine – 7 montée des Tisserands, 69005 Lyon\n"
        "Tél. 01 99 00 41 27\n\n"
        "Vous ne souhaitez plus recevoir mes messages ? Répondez SUPPRIMER."
    )


def _per_follow(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Je me permets de revenir vers vous : les versements sur un PER faits avant le 31 décembre sont déductibles "
        "de vos revenus 2032. En 20 minutes au téléphone, je peux vous dire ce que cela représenterait pour vous.\n\n"
        "Quel jour vous arrangerait la semaine prochaine ?\n\n"
        "Julien Ferrand\n"
        "Caducée Patrimoine\n"
        "01 99 00 41 27\n\n"
        "Répondez SUPPRIMER pour ne plus recevoir mes messages."
    )


def _av_first(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Beaucoup de contrats d'assurance-vie ouverts il y a quinze ou vingt ans dorment sur un fonds en euros peu "
        "rémunéré, avec des frais de gestion de 0,9 % ou plus. Depuis la loi Pacte, un contrat peut être transféré "
        "chez le même assureur sans perdre son antériorité fiscale, et d'autres solutions existent selon votre "
        "situation.\n\n"
        "Je vous propose une analyse gratuite et sans engagement de votre contrat : il me suffit de votre dernier "
        "relevé annuel (une photo suffit).\n\n"
        "Voulez-vous que je la fasse pour vous ?\n\n"
        "Sophie Marchal\n"
        "Hélios Vie Conseil – courtage et conseil patrimonial\n"
        "14 allée des Tanneurs, 33000 Bordeaux\n"
        "01 99 00 58 63\n\n"
        "Pour ne plus être sollicité(e), répondez ARRÊT."
    )


def _av_follow(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Je reviens vers vous au sujet de votre contrat d'assurance-vie. Les assureurs publieront en janvier les taux "
        "servis pour 2032 : c'est souvent le bon moment pour comparer.\n\n"
        "Souhaitez-vous recevoir notre comparatif des frais des principaux contrats du marché ?\n\n"
        "Bien à vous,\n"
        "Sophie Marchal\n"
        "Hélios Vie Conseil\n"
        "01 99 00 58 63\n\n"
        "Pour ne plus être sollicité(e), répondez ARRÊT."
    )


def _dut_first(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Quand une entreprise familiale change de génération, l'addition fiscale peut être lourde. Un pacte Dutreil "
        "bien préparé exonère 75 % de la valeur des titres transmis ; associé à une donation-partage, il réduit encore "
        "les droits. Mal préparé, il peut être remis en cause des années plus tard.\n\n"
        "Lignée Transmission accompagne les dirigeants de PME et d'ETI familiales, aux côtés de leur expert-comptable "
        "et de leur notaire, jamais à leur place.\n\n"
        "Accepteriez-vous un premier rendez-vous de 45 minutes, sans engagement, dans vos locaux ou en visio ?\n\n"
        "Antoine Vasseur\n"
        "Associé – Lignée Transmission\n"
        "5 passage des Cordiers, 44000 Nantes\n"
        "01 99 00 73 15\n\n"
        "Si vous ne souhaitez plus être contacté(e), répondez RETIRER."
    )


def _dut_follow(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Je me permets de vous relancer. Nous venons de publier un guide de douze pages, « Pacte Dutreil : les sept "
        "erreurs qui coûtent cher », écrit avec deux notaires partenaires.\n\n"
        "Puis-je vous l'envoyer ?\n\n"
        "Cordialement,\n"
        "Antoine Vasseur\n"
        "Lignée Transmission – 01 99 00 73 15\n\n"
        "Si vous ne souhaitez plus être contacté(e), répondez RETIRER."
    )


def _aff_first(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "Vos clients vous paient à 60 jours, mais vos salaires, vos fournisseurs et la TVA n'attendent pas. Avec "
        "l'affacturage d'Avalis Trésorerie, vos factures sont financées sous 24 heures, à partir de 0,6 % de leur "
        "montant, sans engagement de volume et sans frais de dossier.\n\n"
        "Voulez-vous une proposition de taux ? Il me suffit de votre chiffre d'affaires annuel et du nombre de clients "
        "que vous facturez.\n\n"
        "Nadia Benali\n"
        "Chargée d'affaires PME – Avalis Trésorerie\n"
        "Paris · Bruxelles · Montréal · Abidjan\n"
        "01 99 00 26 84\n\n"
        "Répondez FIN pour ne plus recevoir nos messages."
    )


def _aff_follow(g: str, v: str) -> str:
    return (
        f"Bonjour {g},\n\n"
        "En fin d'année, beaucoup d'entreprises ont besoin de trésorerie pour les primes, les stocks et les échéances "
        "de janvier. Un échange de 15 minutes au téléphone vous conviendrait-il cette semaine ?\n\n"
        "Nadia Benali\n"
        "Avalis Trésorerie – 01 99 00 26 84\n\n"
        "Répondez FIN pour ne plus recevoir nos messages."
    )


def _uk_first(g: str, v: str) -> str:
    adj = {"France": "French", "Spain": "Spanish"}[v]
    return (
        f"Dear {g},\n\n"
        f"Many British people who have settled in {v} still hold two or three UK workplace pensions, an ISA that no "
        "longer enjoys any tax relief where they live, and a will written for English law only. Since Brexit the "
        f"options for moving pensions abroad have narrowed, and {adj} succession rules can leave a surviving spouse "
        "worse off than expected.\n\n"
        "We advise only British expats in France and Spain. Would you be open to a 30-minute video call to review "
        "where you stand? You can pick a slot here: https://book.halemarsh.example/fiona\n\n"
        "Kind regards,\n\n"
        "Fiona Hale\n"
        "Chartered Financial Planner\n"
        "Hale & Marsh Cross-Border – Bath · Bergerac · Alicante\n"
        "+44 1632 960418\n\n"
        "If you would rather not hear from us, reply STOP."
    )


def _uk_follow(g: str, v: str) -> str:
    return (
        f"Dear {g},\n\n"
        'A quick follow-up to my note last week. We have just updated our short guide, "Five mistakes British expats '
        'make with their UK pensions", for the April 2033 changes.\n\n'
        "Shall I send you a copy?\n\n"
        "Best wishes,\n"
        "Fiona Hale\n"
        "Hale & Marsh Cross-Border\n"
        "+44 1632 960418\n\n"
        "If you would rather not hear from us, reply STOP."
    )


def _land_first(g: str, v: str) -> str:
    return (
        f"Hi {g},\n\n"
        "Heartwood Land & Vine puts private investors into working land: Sitka spruce and broadleaf forestry in "
        "Ireland and Scotland, irrigated farmland in South Australia and vineyard syndicates in the Barossa and "
        "Sonoma. Stakes start at 25,000 (euro, sterling, US or Australian dollars), with target returns of 5 to 7 % a "
        "year and little correlation with listed markets.\n\n"
        "Would you like our current offering memorandum? Just reply \"yes\" and I'll send it over. If you'd rather "
        "talk it through, grab 20 minutes here: https://meet.heartwoodlv.example/declan\n\n"
        "Cheers,\n"
        "Declan Moss\n"
        "Investor Relations, Heartwood Land & Vine\n"
        "Dublin · Adelaide\n"
        "+44 7700 900312 | +61 491 570 156\n\n"
        "Not for you? Reply UNSUB and we won't write again."
    )


def _land_follow(g: str, v: str) -> str:
    return (
        f"Hi {g},\n\n"
        "Just circling back. Our Barossa vineyard syndicate closes to new investors on 31 January, and the Scottish "
        "forestry fund has a handful of units left.\n\n"
        "Would a quick call on Tuesday or Thursday next week suit?\n\n"
        "Declan\n"
        "Heartwood Land & Vine | +44 7700 900312\n\n"
        "Not for you? Reply UNSUB and we won't write again."
    )


SENDERS: dict[str, dict[str, Any]] = {
    "per": {
        "frm": "Julien Ferrand <j.ferrand@caducee-patrimoine.example>",
        "style": "gmail_fr",
        "subj": lambda v: "Votre retraite de libéral : ce que le PER peut changer",
        "re": "Re: ",
        "first": _per_first,
        "follow": _per_follow,
    },
    "av": {
        "frm": "Sophie Marchal <s.marchal@heliosvie.example>",
        "style": "outlook_fr",
        "subj": lambda v: "Votre ancien contrat d'assurance-vie",
        "re": "RE: ",
        "first": _av_first,
        "follow": _av_follow,
    },
    "dut": {
        "frm": "Antoine Vasseur <antoine.vasseur@lignee-transmission.example>",
        "style": "apple_fr",
        "subj": lambda v: "Transmettre votre entreprise familiale sans la fragiliser",
        "re": "Re: ",
        "first": _dut_first,
        "follow": _dut_follow,
    },
    "aff": {
        "frm": "Nadia Benali <n.benali@avalis-tresorerie.example>",
        "style": "owa_fr",
        "subj": lambda v: "Vos factures payées en 24 heures",
        "re": "RE: ",
        "first": _aff_first,
        "follow": _aff_follow,
    },
    "uk": {
        "frm": "Fiona Hale <fiona.hale@halemarsh.example>",
        "style": "outlook_en",
        "subj": lambda v: f"Your UK pensions and your life in {v}",
        "re": "RE: ",
        "first": _uk_first,
        "follow": _uk_follow,
    },
    "land": {
        "frm": "Declan Moss <declan@heartwoodlv.example>",
        "style": "gmail_en",
        "subj": lambda v: "Working land: forestry and vineyard syndicates",
        "re": "Re: ",
        "first": _land_first,
        "follow": _land_follow,
    },
}


def R(
    lang: str,
    label: str,
    new: str,
    s: str,
    to: str,
    g: str,
    style: str | None,
    sent: str,
    *,
    fu: bool = False,
    lag: int = 1,
    v: str = "France",
    inline: tuple[str, str] | None = None,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """One reply: the prospect's new text `new`, then (unless `style` is None: automatic replies, receipts, bounces)
    the sender's first email, or with `fu` its follow-up quoting the first, as the prospect's client `style` prints
    it; `inline` = (a fragment of the quote, an answer typed on the line after it)."""
    if sent not in WINDOW:
        raise ValueError(sent)
    if until is not None and until <= sent:
        raise ValueError(until)
    d = date.fromisoformat(sent)
    snd = SENDERS[s]
    text = new
    if style is not None:
        d2 = _back(d, lag)
        subj = snd["subj"](v)
        first = snd["first"](g, v)
        if fu:
            d1 = _back(d2, 5)
            body = snd["follow"](g, v) + block(snd["style"], snd["frm"], to, subj, d1, _hm(to, 1), first)
            quote = block(style, snd["frm"], to, snd["re"] + subj, d2, _hm(to, 2), body)
        else:
            quote = block(style, snd["frm"], to, subj, d2, _hm(to, 1), first)
        if inline is not None:
            frag, answer = inline
            i = quote.index(frag)
            j = quote.find("\n", i)
            j = len(quote) if j < 0 else j
            quote = quote[:j] + "\n\n" + answer + "\n" + quote[j:]
        text = new + quote if new else quote.lstrip("\n")
    return C(lang, label, text, sent=sent, until=until, referral=referral)


# --------------------------------------------------------------------------- meeting_request

MEETING = [
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nOui pourquoi pas. Mardi 23 entre 12h30 et 13h30 au cabinet, entre deux patients, ça vous irait ? "
        "Sinon un jeudi soir après 19h.\n\nDr Anne-Sophie Rigaud\nChirurgien-dentiste",
        "per",
        "as.rigaud@dentiste-rigaud.example",
        "Docteur Rigaud",
        "gmail_fr",
        "2032-11-17",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour monsieur Ferrand virgule je suis à l'officine toute la journée point appelez moi plutôt au 06 "
        "39 98 14 "
        "52 entre 13h et 14h point merci\nIsabelle Roux",
        "per",
        "pharmacie.roux@officine-roux.example",
        "Madame Roux",
        "iphone_fr",
        "2032-11-29",
        fu=True,
    ),
    R(
        "fr",
        "meeting_request",
        "Monsieur,\n\nVotre courriel est arrivé au bon moment, ou au mauvais, je ne sais pas encore. Mon père a fondé "
        "l'entreprise en 1974 avec trois ouvriers ; nous sommes aujourd'hui 62. Mon fils est directeur de production "
        "depuis cinq ans, ma fille vit à Montréal et ne veut pas entendre parler du carton, et mon expert-comptable me "
        "parle du pacte Dutreil à chaque bilan sans jamais aller plus loin. J'ai 67 ans et ma femme me répète que si "
        "je tombe demain, les enfants hériteront d'un problème plutôt que d'une entreprise. Bref, si vous passez par "
        "Cholet, venez un mardi matin, je vous garderai une heure. Mon assistante, Mme Pineau, tient mon agenda "
        "(standard : 01 99 00 88 10).\n\nCordialement,\n\nBernard Bréhault\nPDG, Cartonnages Bréhault SAS",
        "dut",
        "b.brehault@cartonnages-brehault.example",
        "Monsieur Bréhault",
        "outlook_fr",
        "2032-11-23",
        lag=2,
    ),
    R(
        "fr",
        "meeting_request",
        "",
        "dut",
        "l.gohier@gohier-salaisons.example",
        "Monsieur Gohier",
        "outlook_fr",
        "2032-12-01",
        fu=True,
        inline=(
            "Puis-je vous l'envoyer ?",
            "[LG] Plutôt que le guide, je préfère qu'on se voie. Semaine du 6 décembre, à l'usine de Vitré, le matin. "
            "Dites-moi quel jour.",
        ),
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Mme Benali,\n\nAppelez-moi donc demain avant-midi au 514-555-0142, je suis au bureau jusqu'à 11h. On "
        "a justement un gros contrat avec la Ville qui paye à 90 jours.\n\nMerci!\n\nSylvain Tremblay\nPrésident, "
        "Ébénisterie Tremblay & fils inc.\nSaint-Hyacinthe (Québec)",
        "aff",
        "stremblay@ebenisterie-tremblay.example",
        "Monsieur Tremblay",
        "outlook_qc",
        "2032-12-02",
        fu=True,
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nNous sommes intéressés, mais je préfère qu'on échange de vive voix avant de vous "
        "transmettre "
        "nos chiffres. Pouvez-vous me proposer un créneau en visio jeudi ou vendredi, à partir de 10h heure "
        "d'Abidjan ?\n\nCordialement,\n\nSerge Yao N'Guessan\nDirecteur général, Ivoire Froid Services SARL\n"
        "Abidjan – Marcory",
        "aff",
        "sy.nguessan@ivoirefroid.example",
        "Monsieur N'Guessan",
        "gmail_fr",
        "2032-11-16",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nJe préfère ne rien envoyer par internet, on entend tellement d'histoires. Si vous voulez "
        "voir mon relevé, passez donc à la maison, j'habite à Arcachon. Le mercredi après-midi c'est le mieux, le "
        "matin j'ai mes petits-enfants.\n\nSimone Dartigues",
        "av",
        "simone.dartigues@wanadoo-mail.example",
        "Madame Dartigues",
        "android_fr",
        "2032-11-22",
        lag=2,
    ),
    R(
        "fr",
        "meeting_request",
        "OK POUR UN APPEL JEUDI 18H. 06 39 98 27 03.\nDR KOFFI",
        "per",
        "dr.koffi@medecin-koffi.example",
        "Docteur Koffi",
        "gmail_fr",
        "2032-12-07",
        fu=True,
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Monsieur,\n\nM. Dufour-Lacaze a bien lu votre message et souhaite vous rencontrer. Il vous propose le "
        "lundi 29 novembre à 9 h 30 ou le vendredi 3 décembre à 14 h, au siège de Saint-Herblain.\n\nMerci de me "
        "confirmer le créneau retenu.\n\nCordialement,\n\nGaëlle Martin\nAssistante de direction – Groupe "
        "Dufour-Lacaze\n01 99 00 64 09",
        "dut",
        "direction@dufour-lacaze.example",
        "Monsieur Dufour-Lacaze",
        "outlook_fr",
        "2032-11-19",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour Madame Benali,\n\nVotre proposition tombe à pic : nous avons un gros client public qui paie à nonante "
        "jours, et la banque ne veut pas augmenter notre ligne. Pourriez-vous passer à nos bureaux de Namur la semaine "
        "prochaine ? Le mardi ou le jeudi m'arrangent. Nous avons septante clients à peu près, pour le reste on en "
        "parle sur place.\n\nBien à vous,\n\nGeoffrey Lemaire\nAdministrateur délégué, Lemaire Techniques SRL",
        "aff",
        "g.lemaire@lemaire-techniques.example",
        "Monsieur Lemaire",
        "outlook_fr",
        "2032-11-24",
    ),
    R(
        "fr",
        "meeting_request",
        "Bonjour,\n\nJe veux bien que vous regardiez mon contrat, mais je n'y comprends rien à ces histoires de "
        "fonds en "
        "euros et d'unités de compte. Est-ce qu'on pourrait en parler au téléphone avant ? Je suis joignable le matin "
        "au 01 99 00 65 20.\n\nMerci,\nGérard Lapeyre",
        "av",
        "gerard.lapeyre@free-mail.example",
        "Monsieur Lapeyre",
        "gmail_fr",
        "2032-12-03",
        lag=3,
    ),
    R(
        "en",
        "meeting_request",
        "Hi Fiona,\n\nYes, that would be useful – we've been meaning to sort the pensions out for years. Could you do "
        "Wednesday 1st at 10 (French time)? My wife Jan will join us.\n\nRegards,\nGraham Pritchard\n"
        "Saint-Cyprien, Dordogne",
        "uk",
        "gpritchard@orange-mail.example",
        "Mr Pritchard",
        "gmail_en",
        "2032-11-24",
    ),
    R(
        "en",
        "meeting_request",
        "Give me a ring on 07700 900461 – I've kept my UK mobile. Any weekday after 5, Spanish time.\n\nCheers\n"
        "Dave Rourke\n\nSent from my iPhone",
        "uk",
        "daverourke@telefonica-mail.example",
        "Mr Rourke",
        "apple_en",
        "2032-12-09",
        fu=True,
        v="Spain",
    ),
    R(
        "en",
        "meeting_request",
        "Declan – Thursday works. 2pm Eastern? Send an invite to this address.\n\n– Marcy Kowalski\n"
        "Kowalski Orthodontics, Pittsburgh PA",
        "land",
        "marcy@kowalskiortho.example",
        "Marcy",
        "gmail_us",
        "2032-12-02",
        fu=True,
    ),
    R(
        "en",
        "meeting_request",
        "Hi Declan,\n\nFunny timing. We've had three dry years in a row on the property at Keith and my neighbour's "
        "just gone into one of these farmland syndicates – not yours, some mob from Melbourne – and he reckons it's "
        "the best thing he's done since he sold the sheep. I'm sceptical, I've seen a lot of city money come and go "
        "out here, and I don't much like the idea of someone in Dublin owning a paddock down the road. But my "
        "accountant keeps telling me I'm too concentrated in my own dirt. Anyway, if you're in Adelaide any time soon "
        "I'd rather sit down face to face than do a video thing. Put me down for a coffee next time you're over. Mob "
        "0491 570 110.\n\nRegards\nRob Keane",
        "land",
        "rob@keanepastoral.example",
        "Rob",
        "gmail_en",
        "2032-11-17",
        lag=2,
    ),
    R(
        "en",
        "meeting_request",
        "Hi Declan,\n\nI booked Friday 3rd at 1pm through your link but my surgery list has run over – could we "
        "move it "
        "to Monday 6th, same time? Apologies for the hassle.\n\nNiamh\n\nDr Niamh Gallagher\n"
        "Gallagher Family Practice, Ennis",
        "land",
        "niamh.gallagher@gallagherfp.example",
        "Niamh",
        "outlook_en",
        "2032-12-01",
        lag=3,
    ),
    R(
        "en",
        "meeting_request",
        "Hello Madame Hale,\n\nI am the wife of Mr Barker. He does not use the e-mail very much. We would like to meet "
        "you when you come to Bergerac, en décembre peut-être? We are at Issigeac, 20 minutes.\n\nBest regards,\n"
        "Martine Barker",
        "uk",
        "barker.issigeac@laposte-mail.example",
        "Mr Barker",
        "gmail_en",
        "2032-11-29",
        lag=2,
    ),
    R(
        "en",
        "meeting_request",
        "Can we do the 20 minutes by phone rather than Zoom? I'm driving between sites most of the week. 01632 960775 "
        "after 4 is best.\n\nOwain\n\nSent from my Galaxy",
        "land",
        "owain@pryceplanthire.example",
        "Owain",
        "gmail_en",
        "2032-11-23",
    ),
    R(
        "en",
        "meeting_request",
        "",
        "uk",
        "r.bassett@movistar-mail.example",
        "Mr Bassett",
        "gmail_en",
        "2032-12-03",
        fu=True,
        v="Spain",
        inline=(
            "Shall I send you a copy?",
            "Rather than a guide I'd prefer a chat, frankly. Tue or Wed next week, morning? RB",
        ),
    ),
    R(
        "en",
        "meeting_request",
        "Sure, let's talk. My assistant Lucia can set something up – cc'ing her here.\n\nJake\n\n"
        "Jake Morrow | Morrow Dental Group | Austin, TX",
        "land",
        "jake@morrowdental.example",
        "Jake",
        "outlook_us",
        "2032-11-19",
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED = [
    R("fr", "interested", "Oui.", "av", "m.chevalier@sfr-mail.example", "Madame Chevalier", "iphone_fr", "2032-11-17"),
    R(
        "fr",
        "interested",
        "Oui merci 👍",
        "av",
        "jp.delmas@orange-mail.example",
        "Monsieur Delmas",
        "android_fr",
        "2032-12-07",
        fu=True,
    ),
    R(
        "fr",
        "interested",
        "Bonjour Madame Marchal,\n\nCi-joint la photo du relevé 2031 de mon contrat, ouvert en 1998 à ma banque. Dites-"
        "moi ce que vous en pensez.\n\nJacqueline Bourdais\n\n[image: IMG_20321122_101544.jpg]",
        "av",
        "jacqueline.bourdais@laposte-mail.example",
        "Madame Bourdais",
        "gmail_fr",
        "2032-11-23",
        lag=2,
    ),
    R(
        "fr",
        "interested",
        "Volontiers.\n\nH. Guillou",
        "dut",
        "h.guillou@guillou-transports.example",
        "Monsieur Guillou",
        "outlook_fr",
        "2032-12-09",
        fu=True,
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nPourquoi pas, ma comptable m'en a parlé aussi l'an dernier. Je regarde mon agenda et je reviens "
        "vers vous.\n\nDr Camille Sarrazin",
        "per",
        "c.sarrazin@cabinet-sarrazin.example",
        "Docteur Sarrazin",
        "gmail_fr",
        "2032-11-19",
    ),
    R(
        "fr",
        "interested",
        "Bonjour Madame Benali,\n\nVotre offre nous intéresse. Nos clients (ministères, sociétés minières) paient "
        "rarement à moins de 120 jours. J'en parle avec mon associé cette semaine et je vous recontacte.\n\n"
        "Cordialement,\nMamadou Sarr\nGérant, Sahel Logistique SARL, Dakar",
        "aff",
        "m.sarr@sahel-logistique.example",
        "Monsieur Sarr",
        "gmail_fr",
        "2032-12-01",
        lag=2,
    ),
    R(
        "fr",
        "interested",
        "oui interessee !! je regarde ca ce soir tranquillement, la je suis entre 2 patients\nDr Leclercq",
        "per",
        "dr.leclercq@kine-medecine.example",
        "Docteur Leclercq",
        "iphone_fr",
        "2032-12-13",
    ),
    R(
        "fr",
        "interested",
        "Monsieur,\n\nJe ne réponds d'habitude jamais à ce genre de message, mais ma femme a lu le vôtre "
        "par-dessus mon "
        "épaule. Nous avons trois enfants, deux dans l'entreprise et une qui est professeur à Rennes, et je ne vois "
        "pas comment être juste avec les trois sans mettre la boîte en danger. Mon notaire est de la vieille école et "
        "mon expert-comptable ne jure que par la holding. Je ne vous cache pas que le sujet me travaille depuis la "
        "mort de mon associé l'an dernier. Envoyez toujours votre guide, je le lirai à tête reposée pendant les fêtes."
        "\n\nYves Le Corre\nGérant, Conserverie Le Corre – Douarnenez",
        "dut",
        "yves.lecorre@conserverie-lecorre.example",
        "Monsieur Le Corre",
        "outlook_fr",
        "2032-12-10",
        fu=True,
    ),
    R(
        "fr",
        "interested",
        "Oui, ça nous intéresse. Bonne journée.\n\nYoussef Tazi\nTazi Textiles – Casablanca",
        "aff",
        "y.tazi@tazi-textiles.example",
        "Monsieur Tazi",
        "outlook_fr",
        "2032-12-03",
        fu=True,
    ),
    R(
        "fr",
        "interested",
        "Voir ci-dessous.\n\nA. Perret",
        "av",
        "a.perret@bbox-mail.example",
        "Monsieur Perret",
        "outlook_fr",
        "2032-12-14",
        lag=2,
        inline=("Voulez-vous que je la fasse pour vous ?", "OUI SVP. JE VOUS ENVOIE LE RELEVÉ CE WEEK-END."),
    ),
    R(
        "fr",
        "interested",
        "Bonjour,\n\nLe PER m'intéresse. J'ai 52 ans, je suis généraliste à Saint-Pierre depuis 1999 et je n'ai rien "
        "mis de côté à part la maison et un peu d'assurance-vie. Je suis à la CARMF comme tout le monde.\n\n"
        "Cordialement,\nDr Jean-Marc Payet",
        "per",
        "jm.payet@medecin974.example",
        "Docteur Payet",
        "gmail_fr",
        "2032-11-22",
    ),
    R(
        "en",
        "interested",
        "Yes\n\nSent from my iPhone",
        "land",
        "conor@byrneagri.example",
        "Conor",
        "apple_en",
        "2032-11-16",
    ),
    R("en", "interested", "yes pls 🙂", "land", "bethany@lakesidevet.example", "Bethany", "gmail_us", "2032-12-07"),
    R(
        "en",
        "interested",
        "Yes please do, and thank you for the reminder.\n\nMargaret Hollis",
        "uk",
        "mhollis@orange-mail.example",
        "Mrs Hollis",
        "outlook_en",
        "2032-12-10",
        fu=True,
    ),
    R(
        "en",
        "interested",
        "Go on then, send it through. Can't hurt to have a look.\n\nBaz",
        "land",
        "baz@murraybridgeearthmoving.example",
        "Barry",
        "gmail_en",
        "2032-11-23",
    ),
    R(
        "en",
        "interested",
        "Dear Ms Hale,\n\nThank you for your email, which arrived the very week my brother-in-law was telling us about "
        "the trouble his neighbours had when the husband died and the house went half to the children under French "
        "law. I have three small pensions – one from the gas board, one from a building society I worked at in the "
        "eighties and a teacher's pension – and I genuinely have no idea whether they should stay where they are. My "
        "husband thinks we should leave well alone, he usually does. Anyway, I would be glad to hear more and will "
        "look at your booking page at the weekend.\n\nKind regards,\nSheila Dunmore",
        "uk",
        "sheila.dunmore@sfr-mail.example",
        "Mrs Dunmore",
        "outlook_en",
        "2032-11-29",
        lag=2,
    ),
    R(
        "en",
        "interested",
        "Declan, that's the kind of thing I was looking at with the forestry grant lads last year. Put me on the list "
        "for the memorandum there.\n\nEamon",
        "land",
        "eamon.fahy@fahyfarms.example",
        "Eamon",
        "gmail_en",
        "2032-11-19",
    ),
    R(
        "en",
        "interested",
        "Possibly interested, if you genuinely understand Spanish succession law and not just the UK side. Send the "
        "guide.\n\nT. Whitcombe",
        "uk",
        "twhitcombe@movistar-mail.example",
        "Mr Whitcombe",
        "gmail_en",
        "2032-12-13",
        fu=True,
        v="Spain",
    ),
    R("en", "interested", "👍", "land", "dkim@kimfamilypractice.example", "Daniel", "gmail_us", "2032-12-15"),
    R(
        "en",
        "interested",
        "Yes to the memorandum. Whether I ever invest is another matter, but I'm curious.\n\nHelen",
        "land",
        "helen.marsden@marsdenjoinery.example",
        "Helen",
        "outlook_en",
        "2032-12-16",
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION = [
    R(
        "fr",
        "information_request",
        "Quelle différence avec le contrat Madelin que j'ai depuis 2009 ? Je ne vois pas bien l'intérêt de changer.\n\n"
        "Dr Philippe Aubert",
        "per",
        "ph.aubert@cardio-aubert.example",
        "Docteur Aubert",
        "gmail_fr",
        "2032-11-16",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour Madame,\n\nJ'habite à Liège depuis 2015 mais mon contrat est toujours en France. Est-ce que le "
        "transfert est possible quand on n'est plus résidente fiscale française ? Et la taxe belge sur les primes "
        "s'appliquerait-elle ?\n\nMerci d'avance et bien à vous,\nBrigitte Lhoest",
        "av",
        "brigitte.lhoest@skynet-mail.example",
        "Madame Lhoest",
        "outlook_fr",
        "2032-11-24",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nAvant de vous envoyer quoi que ce soit, pourriez-vous me dire quel est votre statut ? Êtes-vous "
        "indépendante ou liée à un assureur ? Vous comprendrez qu'on soit prudent, à Lausanne on reçoit ce genre de "
        "courriel toutes les semaines.\n\nMeilleures salutations\nJ.-M. Dériaz",
        "av",
        "jm.deriaz@bluewin-mail.example",
        "Monsieur Dériaz",
        "gmail_fr",
        "2032-12-02",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nLe pacte Dutreil s'applique-t-il aussi à la SCI qui détient nos murs ? Notre comptable dit que "
        "non, notre notaire dit que oui.\n\nCordialement,\nA. Ferracci",
        "dut",
        "a.ferracci@ferracci-materiaux.example",
        "Monsieur Ferracci",
        "apple_fr",
        "2032-11-22",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce que vous faites de l'affacturage sur des factures en dollars américains? La moitié de nos "
        "clients sont aux États.\n\nMerci,\nAnnie Gagnon, CPA\nContrôleuse, Plastiques Boréal inc.",
        "aff",
        "agagnon@plastiquesboreal.example",
        "Madame Gagnon",
        "outlook_qc",
        "2032-11-17",
    ),
    R(
        "fr",
        "information_request",
        "Bonjour Madame,\n\nVotre offre s'applique-t-elle aux entreprises installées à Douala, ou seulement en Côte "
        "d'Ivoire ? Nos principaux clients sont des sociétés publiques.\n\nCordialement,\nPaul Ekambi\n"
        "Directeur administratif et financier",
        "aff",
        "p.ekambi@wouri-distribution.example",
        "Monsieur Ekambi",
        "gmail_fr",
        "2032-12-09",
        lag=2,
    ),
    R(
        "fr",
        "information_request",
        "Réponses dans le texte.\n\nH. Lemaire",
        "per",
        "h.lemaire@dermato-lemaire.example",
        "Docteur Lemaire",
        "gmail_fr",
        "2032-11-23",
        inline=(
            "dans la limite du plafond Madelin",
            "--> c'est combien ce plafond pour un médecin secteur 2 qui déclare 140 000 ?",
        ),
    ),
    R(
        "fr",
        "information_request",
        "Bonjour,\n\nAvez-vous une plaquette sur le transfert loi Pacte ? Je préfère lire tranquillement, je ne veux "
        "pas de rendez-vous ni de démarchage au téléphone.\n\nCordialement,\nMme Renée Castagné",
        "av",
        "renee.castagne@orange-mail.example",
        "Madame Castagné",
        "outlook_fr",
        "2032-12-07",
    ),
    R(
        "fr",
        "information_request",
        "Une question avant toute chose : quelle est la durée de l'engagement collectif de conservation, et que "
        "se passe-t-il si l'un de mes fils veut vendre ses parts avant la fin ?\n\nF. Meunier",
        "dut",
        "f.meunier@meunier-freres.example",
        "Monsieur Meunier",
        "apple_fr",
        "2032-12-14",
        fu=True,
    ),
    R(
        "fr",
        "information_request",
        "bjr, c quoi la diff avec l'affacturage de ma banque ? elle me propose deja ca depuis 2 ans\n\n"
        "envoyé de mon smartphone",
        "aff",
        "contact@garage-dasilva.example",
        "Monsieur Da Silva",
        "android_fr",
        "2032-11-29",
    ),
    R(
        "fr",
        "information_request",
        "Vous travaillez avec quels assureurs ? Je ne veux pas d'un contrat maison de banque.\n\nSophie Vernet\n"
        "Pharmacienne titulaire",
        "per",
        "pharmacie.vernet@officine-vernet.example",
        "Madame Vernet",
        "gmail_fr",
        "2032-12-15",
        fu=True,
    ),
    R(
        "en",
        "information_request",
        "Are you regulated in Spain as well as by the FCA? I've read horror stories about unregulated advisers on the "
        "Costa Blanca.\n\nKeith Marlow",
        "uk",
        "keith.marlow@movistar-mail.example",
        "Mr Marlow",
        "outlook_en",
        "2032-11-19",
        v="Spain",
    ),
    R(
        "en",
        "information_request",
        "Does the guide cover Irish pensions too or only UK ones? I worked twelve years in Dublin before London.\n\n"
        "Ciarán\n\nSent from my iPad",
        "uk",
        "ciaran.oneill@movistar-mail.example",
        "Mr O'Neill",
        "apple_en",
        "2032-12-02",
        fu=True,
        v="Spain",
    ),
    R(
        "en",
        "information_request",
        "Is this offering limited to accredited investors? And how is the Sonoma syndicate structured – LLC units, LP "
        "interests?\n\nBest,\nRaymond Ochoa",
        "land",
        "rochoa@ochoaengineering.example",
        "Raymond",
        "gmail_us",
        "2032-11-22",
    ),
    R(
        "en",
        "information_request",
        "What's the lock-in on the SA farmland fund? Can I get out before 10 yrs if I need to?\n\nTrent",
        "land",
        "trent@coonawarraseeds.example",
        "Trent",
        "gmail_en",
        "2032-12-03",
    ),
    R(
        "en",
        "information_request",
        "Does the Scottish forestry fund qualify for Business Relief for inheritance tax? That's the only reason I'd "
        "look at it.\n\nRegards,\nAnthony Pell",
        "land",
        "anthony.pell@pellandsons.example",
        "Anthony",
        "outlook_en",
        "2032-12-09",
    ),
    R(
        "en",
        "information_request",
        "Why would I move my pension at all? Isn't it safer left in the UK where it is?\n\nBrian",
        "uk",
        "brian.cotter@sfr-mail.example",
        "Mr Cotter",
        "gmail_en",
        "2032-12-14",
    ),
    R(
        "en",
        "information_request",
        "",
        "land",
        "hamish@glenmoraybuilders.example",
        "Hamish",
        "gmail_en",
        "2032-11-29",
        inline=(
            "vineyard syndicates in the Barossa and Sonoma.",
            "Where in Scotland exactly? If it's Dumfries & Galloway I'd want to go and walk the ground before "
            "anything else.",
        ),
    ),
    R(
        "en",
        "information_request",
        "Do you also handle the Modelo 720 declaration, or only give advice?\n\nLinda Sharp",
        "uk",
        "linda.sharp@movistar-mail.example",
        "Mrs Sharp",
        "gmail_en",
        "2032-12-15",
        v="Spain",
    ),
    R(
        "en",
        "information_request",
        "Do you have audited returns for the last five years on the Barossa syndicates? Send those and I'll consider "
        "it.\n\nG. Hartley",
        "land",
        "ghartley@hartleycapital.example",
        "Glenn",
        "outlook_us",
        "2032-12-16",
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTES = [
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien coûtent vos services ? Honoraires ou commissions sur les contrats ?\n\nDr Florent Mathis",
        "per",
        "f.mathis@ophtalmo-mathis.example",
        "Docteur Mathis",
        "gmail_fr",
        "2032-11-17",
    ),
    R(
        "fr",
        "quote_request",
        "Votre analyse est gratuite, d'accord. Mais si je transfère, combien cela me coûtera-t-il ? Frais d'entrée, "
        "frais d'arbitrage, vos honoraires ?\n\nMichel Fabre",
        "av",
        "michel.fabre@free-mail.example",
        "Monsieur Fabre",
        "outlook_fr",
        "2032-11-19",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nCA 2031 : 3,4 M€, environ 120 clients, tous professionnels, paiement à 45 jours fin de mois. Quel "
        "taux pouvez-vous nous faire ?\n\nCordialement,\nStéphanie Roche\nDAF – Roche Emballages",
        "aff",
        "s.roche@roche-emballages.example",
        "Madame Roche",
        "owa_fr",
        "2032-11-22",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nChiffre d'affaires de l'ordre de 850.000 euros, une trentaine de clients. Envoyez-moi une offre."
        "\n\nBien à vous,\nDidier Collignon\nCollignon Électricité SRL – Charleroi",
        "aff",
        "d.collignon@collignon-elec.example",
        "Monsieur Collignon",
        "outlook_fr",
        "2032-12-02",
        lag=2,
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour Madame Benali,\n\nNous facturons environ 1,2 milliard de FCFA par an à une quarantaine de clients "
        "(grande distribution et BTP). Pouvez-vous nous faire une proposition ?\n\nCordialement,\nAya Kouassi\n"
        "Directrice administrative et financière\nKouassi & Fils BTP – Abidjan, Cocody",
        "aff",
        "a.kouassi@kouassi-btp.example",
        "Madame Kouassi",
        "gmail_fr",
        "2032-11-24",
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour,\n\nQuels sont vos honoraires pour la mise en place d'un pacte Dutreil ? Au forfait ou au temps "
        "passé ? "
        "Notre notaire facture déjà sa part, je veux savoir à quoi m'attendre.\n\nCordialement,\nJean-Luc Hamelin",
        "dut",
        "jl.hamelin@hamelin-fonderie.example",
        "Monsieur Hamelin",
        "outlook_fr",
        "2032-11-29",
    ),
    R(
        "fr",
        "quote_request",
        "Merci. Plutôt qu'un guide, pourriez-vous m'adresser une proposition d'honoraires pour une mission complète "
        "(audit, pacte, donation-partage) ? Société de 40 salariés, deux enfants, une holding.\n\nC. Marchetti",
        "dut",
        "c.marchetti@marchetti-bois.example",
        "Madame Marchetti",
        "apple_fr",
        "2032-12-07",
        fu=True,
    ),
    R(
        "fr",
        "quote_request",
        "Quels sont les frais sur versement et les frais de gestion annuels du PER que vous proposez ? Je veux les "
        "chiffres avant tout rendez-vous.\n\nHélène Cordier, pharmacienne",
        "per",
        "pharmacie.cordier@officine-cordier.example",
        "Madame Cordier",
        "gmail_fr",
        "2032-12-03",
        fu=True,
    ),
    R(
        "fr",
        "quote_request",
        "Allô,\n\nC'est quoi vos taux exactement pour une PME qui fait 2 M$ par année ? Le 0,6 % c'est pour qui, au "
        "juste?\n\nJ-F Bouchard",
        "aff",
        "jfbouchard@bouchard-alimentation.example",
        "Monsieur Bouchard",
        "outlook_qc",
        "2032-12-10",
        fu=True,
    ),
    R(
        "fr",
        "quote_request",
        "Bonjour Madame,\n\nCombien coûte votre accompagnement si je décide de transférer mon contrat ? Je vis à Dakar "
        "et je ne rentre en France qu'en août.\n\nCordialement,\nFatou Diallo-Mercier",
        "av",
        "fatou.diallo@orange-sn-mail.example",
        "Madame Diallo-Mercier",
        "gmail_fr",
        "2032-12-13",
    ),
    R(
        "fr",
        "quote_request",
        "",
        "aff",
        "direction@atelier-bonnard.example",
        "Monsieur Bonnard",
        "owa_fr",
        "2032-12-14",
        inline=("Voulez-vous une proposition de taux ?", "OUI. CA 600 K€, 12 CLIENTS, DONT 2 QUI FONT 70 % DU CA."),
    ),
    R(
        "en",
        "quote_request",
        "What are your fees? Percentage of assets or fixed? I'm not paying 1% a year for life.\n\nR. Tolley",
        "uk",
        "rtolley@orange-mail.example",
        "Mr Tolley",
        "outlook_en",
        "2032-11-16",
    ),
    R(
        "en",
        "quote_request",
        "Before any call: how much would a review of two UK pensions and a will cost me?\n\nJudith",
        "uk",
        "judith.ames@movistar-mail.example",
        "Mrs Ames",
        "gmail_en",
        "2032-12-01",
        fu=True,
        v="Spain",
    ),
    R(
        "en",
        "quote_request",
        "What are the management fees and the performance fee on the vineyard syndicates?\n\nM. Ashworth",
        "land",
        "m.ashworth@ashworthlegal.example",
        "Michael",
        "outlook_en",
        "2032-11-24",
    ),
    R(
        "en",
        "quote_request",
        "How much does it cost to get in – entry fee, annual fee, exit fee? Send the full schedule.\n\nKylie",
        "land",
        "kylie@riverlandcitrus.example",
        "Kylie",
        "gmail_en",
        "2032-12-09",
        lag=2,
    ),
    R(
        "en",
        "quote_request",
        "Send over pricing. Fees only, I don't need the brochure.\n\nSent from my iPhone",
        "land",
        "pgreen@greenmedicalgroup.example",
        "Paul",
        "apple_en",
        "2032-12-10",
    ),
    R(
        "en",
        "quote_request",
        "Not interested in the pensions review, my son sorted that last year. But how much would you charge just for "
        "a Spanish will?\n\nMaureen Tully",
        "uk",
        "maureen.tully@movistar-mail.example",
        "Mrs Tully",
        "gmail_en",
        "2032-11-23",
        v="Spain",
    ),
    R(
        "en",
        "quote_request",
        "Can you send a proposal for £50k split between the Scottish forest and the Barossa? I need to see the numbers "
        "before any call.\n\nSimon",
        "land",
        "simon.oakes@oakesdental.example",
        "Simon",
        "outlook_en",
        "2032-12-07",
        fu=True,
    ),
    R(
        "en",
        "quote_request",
        "How much?",
        "uk",
        "sean.fitz@sfr-mail.example",
        "Mr Fitzgerald",
        "apple_en",
        "2032-12-16",
    ),
    R(
        "en",
        "quote_request",
        "whats the fee on the forestry one. ta\n\nsent from my phone",
        "land",
        "wiremu@tepuketrucking.example",
        "Wiremu",
        "gmail_en",
        "2032-12-13",
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "Non merci, j'ai déjà un conseiller.\n\nDr Benoît Charrier",
        "per",
        "b.charrier@radiologie-charrier.example",
        "Docteur Charrier",
        "gmail_fr",
        "2032-11-16",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Monsieur Ferrand,\n\nC'est très aimable à vous d'avoir pensé à moi, et votre message est clair, "
        "ce qui "
        "n'est pas si fréquent. Mais à 64 ans je passe la main à ma successeure en juin, et tout est calé avec ma "
        "banque depuis longtemps.\n\nJe vous souhaite une belle réussite.\n\nBien cordialement,\nDr Bernard Vial",
        "per",
        "dr.vial@cabinet-vial.example",
        "Docteur Vial",
        "outlook_fr",
        "2032-11-24",
        lag=2,
    ),
    R(
        "fr",
        "not_interested",
        "Mon contrat me convient très bien. Bonne journée.\n\nEnvoyé de mon iPad",
        "av",
        "c.bonnefoy@orange-mail.example",
        "Madame Bonnefoy",
        "apple_fr",
        "2032-12-01",
    ),
    R(
        "fr",
        "not_interested",
        "Et pourquoi je vous enverrais mes relevés, à vous que je ne connais pas ? Non.\n\nP. Gaudin",
        "av",
        "p.gaudin@free-mail.example",
        "Monsieur Gaudin",
        "gmail_fr",
        "2032-11-17",
    ),
    R(
        "fr",
        "not_interested",
        "Nous avons transmis l'entreprise à nos enfants l'an dernier, avec notre notaire. Le sujet est clos.\n\n"
        "Cordialement,\nMarie-Claude Tessier",
        "dut",
        "mc.tessier@tessier-imprimerie.example",
        "Madame Tessier",
        "outlook_fr",
        "2032-11-29",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour,\n\nJe vais me retirer des affaires dans deux ans et tout est déjà organisé avec notre notaire "
        "et notre "
        "avocat. Merci quand même.\n\nAlain Rouxel",
        "dut",
        "a.rouxel@rouxel-agroequipement.example",
        "Monsieur Rouxel",
        "apple_fr",
        "2032-12-03",
    ),
    R(
        "fr",
        "not_interested",
        "Pas besoin, nos clients paient comptant.\n\nBoulangerie Artisanale Pichon",
        "aff",
        "boulangerie.pichon@orange-mail.example",
        "Monsieur Pichon",
        "android_fr",
        "2032-11-19",
    ),
    R(
        "fr",
        "not_interested",
        "Non merci, pas intéressé pantoute. Bonne journée là.\n\nRéjean",
        "aff",
        "rejean@transportsgirard.example",
        "Monsieur Girard",
        "outlook_qc",
        "2032-12-07",
        fu=True,
    ),
    R(
        "fr",
        "not_interested",
        "Merci mais non : nous avons mis fin à notre contrat d'affacturage en 2030 après trois ans de galère, et on ne "
        "reviendra pas à l'affacturage.\n\nCordialement,\nThierry Leblanc\nGérant – Leblanc Menuiserie Alu",
        "aff",
        "t.leblanc@leblanc-alu.example",
        "Monsieur Leblanc",
        "owa_fr",
        "2032-12-09",
    ),
    R(
        "fr",
        "not_interested",
        "Bonjour Madame,\n\nMerci pour votre courriel. Je ne suis pas preneuse : mon contrat est suivi par mon neveu, "
        "qui est courtier à Namur, et je n'ai aucune raison de changer.\n\nBien à vous,\nF. Delvaux",
        "av",
        "f.delvaux@skynet-mail.example",
        "Madame Delvaux",
        "outlook_fr",
        "2032-12-13",
        lag=2,
    ),
    R(
        "fr",
        "not_interested",
        "Aucun.",
        "per",
        "dr.nguyen@cabinet-nguyen.example",
        "Docteur Nguyen",
        "iphone_fr",
        "2032-12-10",
        fu=True,
    ),
    R(
        "fr",
        "not_interested",
        "",
        "dut",
        "p.lagarde@lagarde-sa.example",
        "Monsieur Lagarde",
        "apple_fr",
        "2032-12-15",
        fu=True,
        inline=("Puis-je vous l'envoyer ?", "Non, inutile, merci. Nous sommes déjà accompagnés."),
    ),
    R(
        "en",
        "not_interested",
        "Thanks but no thanks. We already have an adviser in Toulouse we're very happy with.\n\nNigel",
        "uk",
        "nigel.parr@orange-mail.example",
        "Mr Parr",
        "gmail_en",
        "2032-11-22",
    ),
    R(
        "en",
        "not_interested",
        "Dear Fiona,\n\nWhat a kind and well-written email. Sadly it has come about ten years too late: my "
        "husband died "
        "in 2029 and his pensions were all sorted out then, with a good many tears and a very patient notaire. I'm "
        "settled now and I don't want to go through it all again.\n\nI wish you all the best with your business.\n\n"
        "Warmly,\nPat Emery",
        "uk",
        "pat.emery@sfr-mail.example",
        "Mrs Emery",
        "outlook_en",
        "2032-12-02",
        lag=2,
    ),
    R(
        "en",
        "not_interested",
        "Not for me, thanks.",
        "land",
        "liam@quinnhaulage.example",
        "Liam",
        "gmail_en",
        "2032-11-17",
    ),
    R(
        "en",
        "not_interested",
        "Nah mate, I've got enough dirt of my own to worry about. All the best with it.\n\nShane",
        "land",
        "shane@mallee-grain.example",
        "Shane",
        "gmail_en",
        "2032-12-01",
    ),
    R(
        "en",
        "not_interested",
        "We don't invest in illiquid alternatives. Pass.\n\nD. Whitaker, CFA",
        "land",
        "dwhitaker@whitakerwealth.example",
        "David",
        "outlook_us",
        "2032-11-29",
    ),
    R(
        "en",
        "not_interested",
        "Why on earth would I trust someone who cold-emails me about my pension? No.",
        "uk",
        "k.osborne@movistar-mail.example",
        "Mr Osborne",
        "gmail_en",
        "2032-12-03",
        v="Spain",
    ),
    R(
        "en",
        "not_interested",
        "Declan, I've been a forester for thirty years. I wouldn't put a cent into Sitka at today's prices. Good luck "
        "with it all the same.\n\nMícheál",
        "land",
        "micheal.obrien@obrienforestry.example",
        "Mícheál",
        "gmail_en",
        "2032-12-14",
    ),
    R(
        "en",
        "not_interested",
        "No need for the guide, we moved back to Leeds in the summer. Best of luck.\n\nJulie & Mark",
        "uk",
        "juliemark.holt@orange-mail.example",
        "Mr and Mrs Holt",
        "apple_en",
        "2032-12-15",
        fu=True,
    ),
    R(
        "en",
        "not_interested",
        "Neither day, I'm afraid. We've decided against alternatives this year and most likely next year too.\n\n"
        "Richard",
        "land",
        "richard.vane@vaneengineering.example",
        "Richard",
        "outlook_en",
        "2032-12-16",
        fu=True,
    ),
]

# --------------------------------------------------------------------------- not_now

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nPas avant la rentrée : le cabinet est en travaux jusqu'à l'été et je n'ai pas la tête à ça. "
        "Recontactez-moi à ce moment-là.\n\nDr Nathalie Perrin",
        "per",
        "n.perrin@dentiste-perrin.example",
        "Docteur Perrin",
        "gmail_fr",
        "2032-11-17",
        until="2033-09-01",
    ),
    R(
        "fr",
        "not_now",
        "Je suis en pleine saison des gastros et des bronchiolites, rappelez-moi en février.\n\nDr Y. Bensaïd",
        "per",
        "y.bensaid@pediatre-bensaid.example",
        "Docteur Bensaïd",
        "iphone_fr",
        "2032-12-02",
        fu=True,
        until="2033-02-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nJe suis hospitalisée la semaine prochaine pour une prothèse de hanche et je ne rentrerai "
        "chez moi que vers le 15 janvier. Écrivez-moi à ce moment-là, je regarderai cela avec plaisir.\n\n"
        "Odette Lacombe",
        "av",
        "odette.lacombe@orange-mail.example",
        "Madame Lacombe",
        "outlook_fr",
        "2032-11-19",
        until="2033-01-15",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nMon père est décédé en octobre et c'est moi qui relève son courrier. Son contrat est en cours de "
        "règlement chez l'assureur. Je reviendrai peut-être vers vous pour mon propre contrat, mais après le décès de "
        "mon père, dans quelques mois, quand tout sera réglé.\n\nCordialement,\nHervé Lacoste",
        "av",
        "andre.lacoste@laposte-mail.example",
        "Monsieur Lacoste",
        "gmail_fr",
        "2032-11-24",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nLe sujet m'intéresse, mais nous sommes en pleine clôture et je n'ai pas une minute avant la "
        "fin de "
        "l'exercice. Revenez vers moi en avril.\n\nCordialement,\nOlivier Carré\nPDG, Carré Plasturgie",
        "dut",
        "o.carre@carre-plasturgie.example",
        "Monsieur Carré",
        "outlook_fr",
        "2032-11-22",
        until="2033-04-01",
    ),
    R(
        "fr",
        "not_now",
        "Après Pâques. Avant, c'est l'inventaire et l'assemblée générale.\n\nD. Morvan",
        "dut",
        "d.morvan@morvan-distribution.example",
        "Monsieur Morvan",
        "apple_fr",
        "2032-12-07",
        fu=True,
        until="2033-04-19",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nRappelez-moi après les Fêtes, présentement on est dans le rush de Noël pis j'ai pas deux "
        "minutes.\n\nMerci, bonne journée!\nLouise Bergeron\nLes Chocolats Bergeron, Sherbrooke",
        "aff",
        "louise@chocolatsbergeron.example",
        "Madame Bergeron",
        "outlook_qc",
        "2032-12-01",
        until="2033-01-02",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nLe sujet nous intéresse, mais notre conseil d'administration ne se réunira qu'au deuxième "
        "trimestre 2033. Revenez vers nous à ce moment-là.\n\nCordialement,\nKonan Brou\n"
        "Directeur financier, Agro-Lagunes SA",
        "aff",
        "k.brou@agrolagunes.example",
        "Monsieur Brou",
        "gmail_fr",
        "2032-11-23",
        until="2033-04-01",
    ),
    # Relabelled not_now -> out_of_office on 2026-12-06 by the project's session, as eval/intents/README.md labels
    # an absence notice, automatic or not (the brief had said otherwise: see the docstring's last paragraph).
    R(
        "fr",
        "out_of_office",
        "",
        "per",
        "m.favre@cabinet-favre.example",
        "Docteur Favre",
        "gmail_fr",
        "2032-12-09",
        fu=True,
        inline=(
            "Quel jour vous arrangerait la semaine prochaine ?",
            "aucun, je suis en congé jusqu'au 3 janvier. réessayez à mon retour.\nDr Mathieu Favre",
        ),
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nJe m'installe à Genève en janvier et je ne veux rien toucher avant d'avoir réglé ma "
        "situation fiscale des deux côtés de la frontière. Reprenez contact dans six mois, volontiers.\n\n"
        "Meilleures salutations,\nLaurence Baud",
        "av",
        "laurence.baud@bluewin-mail.example",
        "Madame Baud",
        "outlook_fr",
        "2032-11-23",
        until="2033-05-23",
    ),
    # Relabelled not_now -> out_of_office on 2026-12-06 (the same reason).
    R(
        "fr",
        "out_of_office",
        "Bonjour Monsieur,\n\nMadame Caradec est en congé maternité jusqu'au 11 avril. Je lui transmettrai votre "
        "message "
        "à son retour ; n'hésitez pas à la relancer à partir de cette date.\n\nCordialement,\nNathalie Guéguen\n"
        "Assistante de direction, Caradec Marée",
        "dut",
        "e.caradec@caradec-maree.example",
        "Madame Caradec",
        "outlook_fr",
        "2032-12-03",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nMon mari est anglais mais c'est moi qui m'occupe des papiers. We are not ready for "
        "this now, "
        "on vend la maison de Bristol. Peut-être en mars ?\n\nCordialement,\nSylvie Thornton",
        "uk",
        "thornton.famille@orange-mail.example",
        "Mr Thornton",
        "gmail_fr",
        "2032-12-13",
        until="2033-03-01",
    ),
    R(
        "fr",
        "not_now",
        "Bonjour,\n\nNous sommes un cabinet d'expertise comptable : rappelez-moi après la saison fiscale, en juin. "
        "D'ici là, impossible.\n\nCordialement,\nPascale Girardin\nExpert-comptable associée",
        "aff",
        "p.girardin@girardin-expertise.example",
        "Madame Girardin",
        "owa_fr",
        "2032-12-14",
        until="2033-06-01",
    ),
    R(
        "en",
        "not_now",
        "Once probate is sorted we'll be in touch – my mother's estate is still with the notaire in Périgueux and "
        "nobody can tell us how long it will take.\n\nRegards,\nAndrew Bell",
        "uk",
        "andrew.bell@orange-mail.example",
        "Mr Bell",
        "outlook_en",
        "2032-11-16",
    ),
    R(
        "en",
        "not_now",
        "Not till after Christmas, we're back in the UK for the grandchildren. In the new year, please.\n\nValerie",
        "uk",
        "valerie.croft@movistar-mail.example",
        "Mrs Croft",
        "gmail_en",
        "2032-12-03",
        fu=True,
        v="Spain",
        until="2033-01-01",
    ),
    R(
        "en",
        "not_now",
        "Circle back in Q3. Our allocations for next year are locked.\n\nTom Brandt\nBrandt Family Office, Denver CO",
        "land",
        "tbrandt@brandtfo.example",
        "Tom",
        "outlook_us",
        "2032-12-10",
        until="2033-07-01",
    ),
    R(
        "en",
        "not_now",
        "Flat out with harvest till after Christmas – hit me up in Feb.\n\nCraig\n\nSent from my iPhone",
        "land",
        "craig@yorkepeninsulagrain.example",
        "Craig",
        "apple_en",
        "2032-12-09",
        until="2033-02-01",
    ),
    R(
        "en",
        "not_now",
        "After Easter, Declan. Calving season.\n\nPádraig",
        "land",
        "padraig.moran@moranfarms.example",
        "Pádraig",
        "gmail_en",
        "2032-11-29",
        until="2033-04-19",
    ),
    R(
        "en",
        "not_now",
        "Dear Fiona,\n\nI'm having a knee replacement on the 6th and will be out of action over Christmas. Could you "
        "write again from Monday 17 January? I'd like to talk then.\n\nBest wishes,\nMartin Reeve",
        "uk",
        "martin.reeve@movistar-mail.example",
        "Mr Reeve",
        "outlook_en",
        "2032-11-16",
        v="Spain",
        until="2033-01-17",
    ),
    R(
        "en",
        "not_now",
        "Next week's better – I'm at a conference through Friday.\n\nAmanda Ruiz\nSent from my iPhone",
        "land",
        "aruiz@ruizvet.example",
        "Amanda",
        "gmail_us",
        "2032-12-01",
        until="2032-12-06",
    ),
    R(
        "en",
        "not_now",
        "Give me six weeks, we're halfway through selling the business and my head's full.\n\nIan",
        "land",
        "ian.prescott@prescottprint.example",
        "Ian",
        "outlook_en",
        "2032-11-22",
        until="2033-01-03",
    ),
    R(
        "en",
        "not_now",
        "We're only back in France in April – let's pick it up then. Sláinte, Deirdre",
        "uk",
        "deirdre.kavanagh@sfr-mail.example",
        "Mrs Kavanagh",
        "gmail_en",
        "2032-12-15",
        until="2033-04-01",
    ),
    R(
        "en",
        "not_now",
        "Bad timing, I'm afraid – my husband has just been diagnosed and I can't think about money at the moment. "
        "Perhaps one day.\n\nCarol",
        "uk",
        "carol.weston@movistar-mail.example",
        "Mrs Weston",
        "outlook_en",
        "2032-12-02",
        v="Spain",
    ),
    R(
        "en",
        "not_now",
        "Ask me again after the end of the financial year.\n\nLeanne",
        "land",
        "leanne@fleurieuolives.example",
        "Leanne",
        "gmail_en",
        "2032-12-16",
        until="2033-07-01",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL = [
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe suis la secrétaire du cabinet, les médecins ne lisent pas cette boîte. Pour le Dr Morel, "
        "écrivez directement à dr.morel@cabinet-rhodanien.example.\n\nCordialement,\nJosiane",
        "per",
        "contact@cabinet-rhodanien.example",
        "Docteur Morel",
        "outlook_fr",
        "2032-11-17",
        referral=("Morel", "dr.morel@cabinet-rhodanien.example"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nJe suis à la retraite depuis mars. C'est ma remplaçante, le Dr Léa Fontaine, qui a repris la "
        "patientèle ; je ne sais pas si ça l'intéresse.\n\nBien cordialement,\nDr Gérard Tissot",
        "per",
        "g.tissot@medecin-tissot.example",
        "Docteur Tissot",
        "gmail_fr",
        "2032-11-23",
        referral=("Léa Fontaine", None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nMme Lambert ne fait plus partie de la société depuis septembre. Pour toute question financière, "
        "merci d'écrire à comptabilite@menuiserie-gervais.example.\n\nCordialement,\nL'accueil – Menuiserie Gervais",
        "aff",
        "s.lambert@menuiserie-gervais.example",
        "Madame Lambert",
        "outlook_fr",
        "2032-11-19",
        referral=(None, "comptabilite@menuiserie-gervais.example"),
    ),
    R(
        "fr",
        "referral",
        "Ce message est généré automatiquement.\n\nOlivier Brunet a quitté TLB Logistique le 30 septembre 2032. Votre "
        "message ne lui a pas été transmis.\n\nPour toute demande, merci de contacter Karine Masson : "
        "k.masson@tlb-logistique.example\n\nTLB Logistique – Rungis",
        "aff",
        "o.brunet@tlb-logistique.example",
        "Monsieur Brunet",
        None,
        "2032-12-02",
        referral=("Karine Masson", "k.masson@tlb-logistique.example"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nC'est mon fils Grégoire qui dirige l'entreprise depuis 2030. C'est à lui qu'il faut parler de ces "
        "sujets, pas à moi. Je lui transfère votre message.\n\nRené Chauvin",
        "dut",
        "rene.chauvin@chauvin-menuiseries.example",
        "Monsieur Chauvin",
        "gmail_fr",
        "2032-11-24",
        referral=("Grégoire", None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour Monsieur,\n\nJe suis l'expert-comptable de la société ; M. Hamon m'a transmis votre courriel. Pour "
        "tout sujet de transmission, je vous remercie de vous adresser à ma collaboratrice, Mme Élodie Rivière "
        "(e.riviere@cabinet-rfa.example), qui suit le dossier avec le notaire.\n\nCordialement,\nFrançois Ravel\n"
        "Cabinet RFA – expertise comptable",
        "dut",
        "y.hamon@hamon-chaudronnerie.example",
        "Monsieur Hamon",
        "outlook_fr",
        "2032-12-01",
        lag=3,
        referral=("Élodie Rivière", "e.riviere@cabinet-rfa.example"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour, c'est pas moi qui s'occupe de ça, c'est Marc-André à la comptabilité : "
        "marcandre@ebenisterielavoie.example\n\nBonne journée\nJosée",
        "aff",
        "josee@ebenisterielavoie.example",
        "Madame Lavoie",
        "outlook_qc",
        "2032-11-29",
        referral=("Marc-André", "marcandre@ebenisterielavoie.example"),
    ),
    R(
        "fr",
        "referral",
        "Bonjour Madame,\n\nMerci de vous adresser à notre directeur financier, M. Karim El Fassi, que je mets en "
        "copie.\n\nCordialement,\nHicham Alaoui\nDirecteur général, Atlas Emballages – Tanger",
        "aff",
        "h.alaoui@atlas-emballages.example",
        "Monsieur Alaoui",
        "outlook_fr",
        "2032-12-07",
        referral=("Karim El Fassi", None),
    ),
    R(
        "fr",
        "referral",
        "Bonjour,\n\nVous faites erreur, je n'ai jamais eu de contrat d'assurance-vie en France. Vous me confondez "
        "sûrement avec quelqu'un d'autre.\n\nBien à vous,\nM. Peeters",
        "av",
        "m.peeters@skynet-mail.example",
        "Monsieur Peeters",
        "gmail_fr",
        "2032-12-09",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "",
        "per",
        "secretariat@maison-medicale-vaise.example",
        "Docteur Samba",
        "outlook_fr",
        "2032-12-10",
        inline=(
            "Seriez-vous disponible pour un échange de 30 minutes",
            "Le Dr Samba n'exerce plus ici. Voir avec le Dr Aline Mercier, qui a repris le cabinet en septembre. "
            "Le secrétariat",
        ),
        referral=("Aline Mercier", None),
    ),
    R(
        "fr",
        "referral",
        "Pas la bonne personne. Écrivez à ma sœur, c'est elle la gérante : claire.demarest@demarest-freres.example",
        "dut",
        "p.demarest@demarest-freres.example",
        "Monsieur Demarest",
        "apple_fr",
        "2032-12-13",
        fu=True,
        referral=(None, "claire.demarest@demarest-freres.example"),
    ),
    R(
        "fr",
        "referral",
        "BONJOUR MADAME\nJE NE SUIS PLUS EN CHARGE DES FINANCES. VOIR AVEC M. OUSMANE DIOP NOTRE NOUVEAU DAF : "
        "O.DIOP@SAHELTRANSIT.EXAMPLE\nCDT\nA. FALL",
        "aff",
        "a.fall@saheltransit.example",
        "Monsieur Fall",
        "gmail_fr",
        "2032-12-14",
        referral=("OUSMANE DIOP", "o.diop@saheltransit.example"),
    ),
    R(
        "en",
        "referral",
        "I think you want my husband, Colin – he deals with all of this. colinhart@laposte-mail.example\n\nJanet Hart",
        "uk",
        "janet.hart@laposte-mail.example",
        "Mrs Hart",
        "gmail_en",
        "2032-11-22",
        referral=("Colin", "colinhart@laposte-mail.example"),
    ),
    R(
        "en",
        "referral",
        "Thank you for your email.\n\nPlease note that Rachel Osei has left Brennan & Cole Ltd and this mailbox is no "
        "longer monitored. Your message has not been forwarded.\n\nFor investment enquiries, please contact Tom Whelan "
        "at tom.whelan@brennancole.example.\n\nBrennan & Cole Ltd, Cork",
        "land",
        "rachel.osei@brennancole.example",
        "Rachel",
        None,
        "2032-11-16",
        referral=("Tom Whelan", "tom.whelan@brennancole.example"),
    ),
    R(
        "en",
        "referral",
        "Hi Declan, wrong Dana – I'm in HR. You probably want Dana Price in our family office: "
        "dana.price@halvorsenfo.example\n\nDana Lindqvist",
        "land",
        "dana.lindqvist@halvorsenfo.example",
        "Dana",
        "outlook_us",
        "2032-11-23",
        referral=("Dana Price", "dana.price@halvorsenfo.example"),
    ),
    R(
        "en",
        "referral",
        "Wrong person, I'm afraid – I've never lived in Spain and I've never had a UK pension.\n\nP. Shaw",
        "uk",
        "p.shaw@movistar-mail.example",
        "Mr Shaw",
        "outlook_en",
        "2032-12-07",
        v="Spain",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "Not my area mate, talk to our accountant Bruce Tran, bruce@tranpartners.example – he handles all our "
        "investments.\n\nMick",
        "land",
        "mick@barossacooperage.example",
        "Mick",
        "gmail_en",
        "2032-12-02",
        referral=("Bruce Tran", "bruce@tranpartners.example"),
    ),
    R(
        "en",
        "referral",
        "Dr Singh retired from the practice in the summer. The new principal is Dr Amrit Kaur – I'll pass your email "
        "on to her.\n\nReception, Northgate Dental",
        "land",
        "r.singh@northgatedental.example",
        "Raj",
        "outlook_en",
        "2032-11-24",
        referral=("Amrit Kaur", None),
    ),
    R(
        "en",
        "referral",
        "Dear Ms Hale,\n\nMy father died in August. His affairs are being handled by our solicitor, Siobhán Burke of "
        "Burke & Lynch (sburke@burkelynch.example), who can tell you whatever you need to know.\n\nRegards,\n"
        "Conor Walsh",
        "uk",
        "jwalsh@orange-mail.example",
        "Mr Walsh",
        "outlook_en",
        "2032-12-09",
        lag=2,
        referral=("Siobhán Burke", "sburke@burkelynch.example"),
    ),
    R(
        "en",
        "referral",
        "",
        "land",
        "orla.keane@keanebuilders.example",
        "Orla",
        "gmail_en",
        "2032-12-10",
        inline=(
            "Would you like our current offering memorandum?",
            "not me – send it to my brother Finn, he's the one with money",
        ),
        referral=("Finn", None),
    ),
    R(
        "en",
        "referral",
        "Please direct investment inquiries to our family office at invest@ridgewayfamily.example. Mr. Ridgeway does "
        "not respond to unsolicited email.\n\nOffice of William Ridgeway",
        "land",
        "wridgeway@ridgewayholdings.example",
        "William",
        "outlook_us",
        "2032-12-13",
        referral=(None, "invest@ridgewayfamily.example"),
    ),
    R(
        "en",
        "referral",
        "Fiona, I'm not the one you want – my partner Louise has the pensions, not me. I'll forward this to her.\n\n"
        "Steve",
        "uk",
        "steve.rowe@movistar-mail.example",
        "Mr Rowe",
        "gmail_en",
        "2032-12-15",
        v="Spain",
        referral=("Louise", None),
    ),
]

# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "SUPPRIMER",
        "per",
        "dr.blanc@cabinet-blanc.example",
        "Docteur Blanc",
        "gmail_fr",
        "2032-11-19",
    ),
    R(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nLe Dr Chassagne me demande de vous dire de ne plus lui écrire. Merci de retirer ses "
        "coordonnées de "
        "vos fichiers.\n\nSylvie, secrétariat médical",
        "per",
        "dr.chassagne@cabinet-chassagne.example",
        "Docteur Chassagne",
        "outlook_fr",
        "2032-11-22",
    ),
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nMa femme me demande de vous dire de ne plus la contacter. Elle a 84 ans et ces messages "
        "l'inquiètent.\n\nR. Berthelot",
        "av",
        "m.berthelot@orange-mail.example",
        "Madame Berthelot",
        "gmail_fr",
        "2032-12-01",
    ),
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nMa mère est décédée en août. Merci de ne plus écrire à cette adresse, que je vais fermer.\n\n"
        "Sa fille, Marianne Estève",
        "av",
        "yvette.esteve@laposte-mail.example",
        "Madame Estève",
        "outlook_fr",
        "2032-12-07",
        fu=True,
    ),
    R(
        "fr",
        "unsubscribe",
        "Monsieur,\n\nJ'interviens en qualité de conseil de M. Philippe Lebrun, à qui vous avez adressé plusieurs "
        "messages. Mon client ne souhaite plus recevoir de sollicitations de votre part. Je vous remercie de supprimer "
        "ses données conformément à l'article 17 du RGPD et de me confirmer la bonne exécution de cette demande.\n\n"
        "Me Hélène Garnier\nAvocate au barreau de Rennes",
        "dut",
        "ph.lebrun@lebrun-logistique.example",
        "Monsieur Lebrun",
        "outlook_fr",
        "2032-12-02",
        fu=True,
        lag=3,
    ),
    R(
        "fr",
        "unsubscribe",
        "retirer",
        "dut",
        "j.kervella@kervella-peche.example",
        "Monsieur Kervella",
        "apple_fr",
        "2032-11-29",
        fu=True,
    ),
    R("fr", "unsubscribe", "FIN", "aff", "contact@solaris-froid.example", "Monsieur Mercadier", "owa_fr", "2032-11-17"),
    R(
        "fr",
        "unsubscribe",
        "Bonjour Madame Benali,\n\nVous êtes sans doute charmante et votre offre est peut-être sérieuse, mais c'est le "
        "cinquième message de ce genre cette semaine. Je vous remercie de me retirer de votre liste.\n\n"
        "Belle journée à vous,\nÉric Lemoine",
        "aff",
        "e.lemoine@lemoine-paysage.example",
        "Monsieur Lemoine",
        "gmail_fr",
        "2032-12-03",
        fu=True,
    ),
    R(
        "fr",
        "unsubscribe",
        "Désinscrivez-moi s.v.p.\n\nL. Vanderlinden",
        "aff",
        "l.vanderlinden@vdl-imprimerie.example",
        "Monsieur Vanderlinden",
        "outlook_fr",
        "2032-11-23",
    ),
    R(
        "fr",
        "unsubscribe",
        "arretez de m ecrire svp",
        "per",
        "dr.giraud@cabinet-giraud.example",
        "Docteur Giraud",
        "android_fr",
        "2032-12-09",
        fu=True,
    ),
    R(
        "fr",
        "unsubscribe",
        "",
        "av",
        "h.mallet@bbox-mail.example",
        "Monsieur Mallet",
        "outlook_fr",
        "2032-12-13",
        inline=("répondez ARRÊT.", "ARRET"),
    ),
    R(
        "fr",
        "unsubscribe",
        "Madame,\n\nJe suis l'expert-comptable de la SARL Boulangerie Meunier. Mon client m'a transmis vos messages : "
        "il ne souhaite pas être recontacté, ni par vous ni par vos partenaires.\n\nCordialement,\n"
        "J.-P. Roussel, expert-comptable",
        "aff",
        "boulangerie.meunier@orange-mail.example",
        "Monsieur Meunier",
        "owa_fr",
        "2032-12-14",
        fu=True,
        lag=2,
    ),
    R(
        "fr",
        "unsubscribe",
        "Enlevez-moi de votre liste d'envoi SVP. Merci.",
        "aff",
        "info@quincailleriedufort.example",
        "Monsieur Dufort",
        "outlook_qc",
        "2032-12-17",
    ),
    R(
        "en",
        "unsubscribe",
        "STOP",
        "uk",
        "g.naylor@movistar-mail.example",
        "Mr Naylor",
        "outlook_en",
        "2032-11-24",
        v="Spain",
    ),
    R(
        "en",
        "unsubscribe",
        "My father has asked that you stop writing to him. He is 87 and finds these emails distressing. Please remove "
        "him from your list.\n\nJames Whitfield (his son)",
        "uk",
        "whitfield.r@orange-mail.example",
        "Mr Whitfield",
        "gmail_en",
        "2032-11-29",
    ),
    R("en", "unsubscribe", "unsub", "land", "sean@dalyplant.example", "Seán", "gmail_en", "2032-11-17"),
    R(
        "en",
        "unsubscribe",
        "Please remove me from your list. We're an English-language company and I can barely read this. Thanks.\n\n"
        "Doug Fraser\nFraser Marine Supply, Pointe-Claire",
        "aff",
        "doug@frasermarine.example",
        "Monsieur Fraser",
        "outlook_us",
        "2032-12-01",
    ),
    R(
        "en",
        "unsubscribe",
        "How'd you get my email? Take me off whatever list this is.\n\nSent from my iPhone",
        "land",
        "jodie@gawlerturf.example",
        "Jodie",
        "apple_en",
        "2032-11-22",
    ),
    R(
        "en",
        "unsubscribe",
        "Dear Ms Hale,\n\nI am writing on behalf of the late Mr Gordon Lindsay, who died on 2 October. Please stop all "
        "correspondence to this address.\n\nYours sincerely,\nAnne Lindsay (executor)",
        "uk",
        "gordon.lindsay@sfr-mail.example",
        "Mr Lindsay",
        "outlook_en",
        "2032-12-02",
    ),
    R(
        "en",
        "unsubscribe",
        "Ah Declan, you seem a decent skin and I'm sure the trees are lovely, but would you ever take me off the "
        "mailing list. Fair play to you all the same.\n\nBríd",
        "land",
        "brid.mcgrath@mcgrathpharmacy.example",
        "Bríd",
        "gmail_en",
        "2032-12-07",
    ),
    R(
        "en",
        "unsubscribe",
        "Dear Sirs,\n\nWe act for Mrs Joan Pike. Our client has asked us to inform you that she does not wish to "
        "receive any further communications from your firm. Please confirm that her personal data has been deleted."
        "\n\nYours faithfully,\nCarter Webb LLP",
        "uk",
        "joan.pike@movistar-mail.example",
        "Mrs Pike",
        "outlook_en",
        "2032-12-09",
        fu=True,
        v="Spain",
        lag=3,
    ),
    R(
        "en",
        "unsubscribe",
        "Neither. Please stop emailing me.",
        "land",
        "graham@ashbyfarms.example",
        "Graham",
        "gmail_en",
        "2032-12-13",
        fu=True,
    ),
    R(
        "en",
        "unsubscribe",
        "PLEASE STOP SENDING ME THESE",
        "uk",
        "b.lowther@movistar-mail.example",
        "Mr Lowther",
        "apple_en",
        "2032-12-15",
        fu=True,
        v="Spain",
    ),
    R(
        "en",
        "unsubscribe",
        "Hi Declan,\n\nDr. Alvarez asked me to let you know she's not interested and would like to be taken off your "
        "list.\n\nThanks,\nKeisha\nOffice Manager, Alvarez Pediatrics",
        "land",
        "dralvarez@alvarezpeds.example",
        "Elena",
        "outlook_us",
        "2032-12-16",
    ),
]

# --------------------------------------------------------------------------- out_of_office (automatic replies)

OUT_OF_OFFICE = [
    R(
        "fr",
        "out_of_office",
        "Réponse automatique : Bonjour, je suis absente du cabinet du 13 au 31 décembre inclus. En cas d'urgence, "
        "composez le 15. Pour un rendez-vous, merci de passer par le secrétariat au 01 99 00 47 82.\n\nDr Claire Faure",
        "per",
        "c.faure@medecin-faure.example",
        "Docteur Faure",
        None,
        "2032-12-17",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 29 novembre inclus, avec un accès limité à ma messagerie. Je vous "
        "répondrai dès mon retour.\n\nCordialement,\nAgnès Moulin",
        "av",
        "agnes.moulin@free-mail.example",
        "Madame Moulin",
        None,
        "2032-11-23",
    ),
    R(
        "fr",
        "out_of_office",
        "[Réponse automatique]\nMerci pour votre message. Je suis en déplacement à l'étranger jusqu'au 6 "
        "décembre. Pour "
        "toute urgence, vous pouvez joindre Mme Le Bihan au 01 99 00 52 38.\n\nPierre-Yves Kerjean",
        "dut",
        "py.kerjean@kerjean-industrie.example",
        "Monsieur Kerjean",
        None,
        "2032-11-29",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis présentement à l'extérieur du bureau et de retour le lundi 22 novembre. Pour toute demande "
        "urgente, veuillez communiquer avec la réception au 450-555-0187.\n\nHello,\nI am currently out of the office "
        "and will return on Monday, November 22. For urgent requests, please contact reception at 450-555-0187.\n\n"
        "Martin Pelletier",
        "aff",
        "mpelletier@pelletier-usinage.example",
        "Monsieur Pelletier",
        None,
        "2032-11-17",
    ),
    R(
        "fr",
        "out_of_office",
        "Message automatique – Je suis en congé jusqu'au 3 décembre inclus. Votre message ne sera pas transféré. Pour "
        "les questions comptables : compta@brasserie-dewever.example\n\nAnne Dewever",
        "aff",
        "anne@brasserie-dewever.example",
        "Madame Dewever",
        None,
        "2032-11-24",
    ),
    R(
        "fr",
        "out_of_office",
        "Réponse automatique : je suis en congé maternité jusqu'au 14 mars 2033. Pendant mon absence, le Dr Paul "
        "Garnier assure mes remplacements au cabinet. Les messages reçus sur cette adresse ne sont pas consultés.\n\n"
        "Dr Julie Arnaud",
        "per",
        "j.arnaud@sagefemme-medecin.example",
        "Docteur Arnaud",
        None,
        "2032-12-07",
    ),
    R(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis actuellement en mission hors de Dakar, avec un accès restreint à ma messagerie, "
        "jusqu'au 10 "
        "décembre. Je prendrai connaissance de votre message à mon retour.\n\nCeci est une réponse automatique.\n\n"
        "Aminata Sow",
        "av",
        "aminata.sow@orange-sn-mail.example",
        "Madame Sow",
        None,
        "2032-12-01",
    ),
    R(
        "fr",
        "out_of_office",
        "Réponse automatique : Bonjour, je suis en déplacement sur nos salons de fin d'année et de retour au "
        "domaine le "
        "13 décembre. Pour les commandes : commandes@domaine-larrieu.example\n\nBertrand Larrieu\n"
        "Domaine Larrieu – Madiran",
        "dut",
        "bertrand@domaine-larrieu.example",
        "Monsieur Larrieu",
        None,
        "2032-12-07",
    ),
    R(
        "en",
        "out_of_office",
        "Automatic reply: I'm away until Monday 29 November with no access to email. If it's urgent please ring 07700 "
        "900528.\n\nKen Doyle",
        "uk",
        "ken.doyle@orange-mail.example",
        "Mr Doyle",
        None,
        "2032-11-22",
    ),
    R(
        "en",
        "out_of_office",
        "Thank you for your message. I am out of the office for the Thanksgiving holiday and will return on Monday, "
        "November 29. For urgent matters, please contact my assistant, Carla Nunez, at (303) 555-0163.",
        "land",
        "bgoldberg@goldbergortho.example",
        "Ben",
        None,
        "2032-11-24",
    ),
    R(
        "en",
        "out_of_office",
        "G'day, thanks for your email. I'm on leave until 10 January 2033 (harvest, then a break) and messages "
        "won't be "
        "read until I'm back. Cheers, Lachlan\n\nThis is an automated response.",
        "land",
        "lachlan@claregullyvines.example",
        "Lachlan",
        None,
        "2032-12-09",
    ),
    R(
        "en",
        "out_of_office",
        "Auto-reply: Dr Aoife Ní Bhriain is on sabbatical until February 2033. Emails to this address are not being "
        "monitored. Please contact the practice manager at admin@riverviewclinic.example.",
        "land",
        "aoife@riverviewclinic.example",
        "Aoife",
        None,
        "2032-12-03",
    ),
    R(
        "en",
        "out_of_office",
        "Out of office: We are travelling in South America until 15 December and replies will be slow.\n\n"
        "Jim & Carol Fenwick",
        "uk",
        "fenwicks@movistar-mail.example",
        "Mr and Mrs Fenwick",
        None,
        "2032-11-19",
        v="Spain",
    ),
    R(
        "en",
        "out_of_office",
        "Auto-reply: I'm recovering from surgery and away from the office until Tuesday 4 January 2033. Your "
        "email will "
        "not be forwarded. For anything urgent please call reception on 01632 960233.\n\nSarah Quinlan",
        "land",
        "sarah.quinlan@quinlanarchitects.example",
        "Sarah",
        None,
        "2032-12-13",
    ),
    R(
        "en",
        "out_of_office",
        "Automatic reply: this mailbox is checked only once a week while we are at our house in Menorca, until "
        "mid-December. Thank you for your patience. – The Aldridges",
        "uk",
        "aldridge.home@movistar-mail.example",
        "Mr Aldridge",
        None,
        "2032-12-02",
        v="Spain",
    ),
]

# --------------------------------------------------------------------------- other

OTHERS = [
    R(
        "fr",
        "other",
        "Bonjour,\n\nJe vous ai déjà envoyé mon attestation de revenus 2031 par courrier en juillet. Merci de vérifier "
        "vos dossiers avant de relancer les gens.\n\nDr Michel Roque",
        "per",
        "m.roque@cabinet-roque.example",
        "Docteur Roque",
        "gmail_fr",
        "2032-12-02",
        fu=True,
    ),
    R(
        "fr",
        "other",
        "Bonjour, je ne comprends pas, mon conseiller à la banque m'a dit que tout était en ordre sur mon "
        "contrat. Vous "
        "êtes de la banque ? Je n'ai pas reçu mon relevé cette année d'ailleurs.\n\nGinette Lafargue",
        "av",
        "ginette.lafargue@orange-mail.example",
        "Madame Lafargue",
        "android_fr",
        "2032-11-24",
    ),
    R(
        "fr",
        "other",
        "Sophie, tu peux classer ça avec les autres propositions de conseil ? Merci.\nJP",
        "dut",
        "jp.audouin@audouin-sa.example",
        "Monsieur Audouin",
        "outlook_fr",
        "2032-12-09",
    ),
    R(
        "fr",
        "other",
        "Bien reçu.",
        "aff",
        "compta@fromagerie-vuillet.example",
        "Madame Vuillet",
        "owa_fr",
        "2032-12-10",
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nNous attendons toujours la réponse pour le crédit de campagne déposé en octobre. Pouvez-vous nous "
        "dire où en est le dossier ?\n\nCordialement,\nÉtienne Mbarga\nCoopérative Cacao du Centre, Yaoundé",
        "aff",
        "e.mbarga@coopcacaocentre.example",
        "Monsieur Mbarga",
        "gmail_fr",
        "2032-12-14",
    ),
    R("fr", "other", "?", "per", "dr.hoarau@cabinet-hoarau.example", "Docteur Hoarau", "iphone_fr", "2032-11-29"),
    R(
        "fr",
        "other",
        "Maman, je passe samedi vers 14h pour regarder ton ordinateur et ce mail. Bisous\nLaurent",
        "av",
        "monique.chabert@laposte-mail.example",
        "Madame Chabert",
        "gmail_fr",
        "2032-12-16",
        fu=True,
    ),
    R(
        "fr",
        "other",
        "Bonjour,\n\nMerci de nous renvoyer la facture n° F-2032-1187 en PDF, l'exemplaire reçu est illisible.\n\n"
        "Service comptabilité fournisseurs\nGroupe Vallat",
        "aff",
        "fournisseurs@groupe-vallat.example",
        "Madame, Monsieur",
        "owa_fr",
        "2032-11-19",
    ),
    R(
        "en",
        "other",
        "Hi, I already posted the signed transfer form back to you in October – can you confirm you've received "
        "it? The "
        "pension company says they're waiting on you.\n\nGeoff Barnes",
        "uk",
        "geoff.barnes@orange-mail.example",
        "Mr Barnes",
        "outlook_en",
        "2032-11-23",
    ),
    R(
        "en",
        "other",
        "Your message\n\n    To: Siobhan Clarke\n    Subject: Working land: forestry and vineyard syndicates\n"
        "    Sent: Tuesday, 30 November 2032 10:12:44 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on "
        "Wednesday, 1 December 2032 09:14:03 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        "land",
        "siobhan.clarke@clarkeveterinary.example",
        "Siobhan",
        None,
        "2032-12-01",
    ),
    R(
        "en",
        "other",
        "Delivery has failed to these recipients or groups:\n\nbarry@hollowayfarms.example\nThe recipient's mailbox is "
        "full and can't accept messages now. Please try resending this message later, or contact the recipient "
        "directly.\n\nDiagnostic information for administrators:\n\nGenerating server: mail.hollowayfarms.example\n"
        "Remote Server returned '554 5.2.2 mailbox full'",
        "land",
        "barry@hollowayfarms.example",
        "Barry",
        None,
        "2032-12-14",
    ),
    R(
        "en",
        "other",
        "Lol. Is this the guy from the golf club Jen was talking about?",
        "land",
        "chuck@reyeslandscaping.example",
        "Chuck",
        "gmail_us",
        "2032-11-29",
    ),
    R(
        "en",
        "other",
        "Thank you, Fiona.",
        "uk",
        "e.granger@sfr-mail.example",
        "Mrs Granger",
        "outlook_en",
        "2032-12-10",
    ),
    R(
        "en",
        "other",
        "Shaz – this is the mob I was telling you about, the one Kev's in with. Have a squiz and tell me what you "
        "reckon. x",
        "land",
        "darren@limestonecoastag.example",
        "Darren",
        "gmail_en",
        "2032-12-15",
    ),
]

CASES: list[dict[str, Any]] = [
    *MEETING,
    *INTERESTED,
    *INFORMATION,
    *QUOTES,
    *NOT_INTERESTED,
    *NOT_NOW,
    *REFERRAL,
    *UNSUBSCRIBE,
    *OUT_OF_OFFICE,
    *OTHERS,
]
random.Random(34).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout34", CASES, sys.argv)
