"""A twenty-sixth held-out split, `heldout26`: 200 replies written by a helper session blind to the rules, to the learnt
model and to every other split's replies. The author never opened, grepped nor listed anything under workers/, tests/,
bench/, sql/ nor supabase/, did not open eval/intents/cases.json nor eval/intents/README.md, and ran no git command.
What it opened: an `ls` of eval/intents/ (the files' names only, in the same command as `date`); common.py (whole, one
`cat`); heldout25.py through a print of lines 1-175 (its whole docstring, its imports, `D`, `HOLIDAYS`, `FIRST` /
`LAST`, its advisers' and teams' address constants and the first line of its French footer) and, in one command, a `wc
-l` and its last 25 lines (the end of its last case, the CASES list, the seeded shuffle, the `write_split` call);
/work/shared/INTELLIGENCE.md through a grep for its headings (head -40) and a print of lines 39-49 (the intent section,
the ten classes); /work/shared/BEHAVIOUR.md through a grep for "R6" / "R8" (their first lines) and prints of lines 61-66
(R6) and 71-74 (R8); pyproject.toml through a grep for `tool.ruff` and a print of lines 60-72 (the ruff tables down to
the per-file-ignores header); a calendar of January to April 2028 (python3).
Slips: (1) heldout25's docstring, as printed, quotes about sixty fragments of its own replies and ends with the figures
of its one blind measurement (macro-F1 0.793, interested recall 13/23, other F1 0.455, not_now dates 13/22, referral
names 12/20): read before any reply below was written, so the classes it found hard may have weighed in choosing the
hard cases the brief asked for; its phrases were not reused on purpose, but a few patterns recur ("Wrong Mark Davies"
after its "Wrong Sam", a note to a spouse above a forward); (2) heldout25's last 25 lines showed the text of one of its
replies ("Sorry – only just seen this. Will read tonight.") with its thread arguments; (3) heldout24's docstring, which
heldout25's convention cites, was not opened: the convention below is heldout25's as it restates it; (4) heldout8.py to
heldout24.py were not opened, so the senders below are new against heldout25 only.
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was run:
`date` several times; an `ls` of eval/intents/ counting files named heldout26 (none yet) and an `ls -a` grepped for
__pycache__ (none); `python3 eval/intents/heldout26.py /tmp/h26` several times; a throwaway script (/tmp/h26check.py)
over its output counting cases per class and language, distinct texts (200), the ids' range and split, and checking that
every `sent` is a weekday from 2028-01-10 to 2028-03-17, that every not_now has `until` and every referral a `referral`
(every quoted email's date comes from the working days of the window by construction, `_before` raising otherwise); a
python print of five rendered cases (two Gmail inline answers with initials, an Outlook inline answer without markers,
two forwards) and a python lookup of the ids quoted below by a snippet of each reply; a `grep -n`, three `sed` edits of
this file (an address without its accent; a no-op; one reply's "fin février" made "fin avril", its auto date being 9
March) and `sed -n` prints of the lines edited; ruff check, `ruff format --diff | head -50` and ruff format on this
file; a python script in /tmp/h26w wrapping this docstring into the file, run again after each edit of it, and a python
check of one of its sentences; `sed -n` prints of its lines; two builds into /tmp/h26 and /tmp/h26b compared by md5; an
`ls -a` of eval/intents/ grepped for __pycache__ (none: the file sets sys.dont_write_bytecode before importing common,
and the builds ran with PYTHONDONTWRITEBYTECODE=1); an awk count of lines over 120 bytes (35, all with accented letters:
ruff's E501, which counts characters, passes); a python print of eight built cases confirming the ids quoted below after
the last edit of a reply; an `ls` of eval/intents/ grepped for heldout26. Not part of cases.json.
Six invented senders selling to firms (B2B), none related to another or to heldout25's advisers, each email in French or
in English, signed by its sender:
- Ormeau Épargne Salariale (Lyon), Claire Dambrine: to SME owners, a PEE / PER collectif and a 30-minute meeting at
  their office or by video ("Seriez-vous disponible pour un échange de 30 minutes ... ?"); to HR directors, a free
  costed simulation (cost of the matching contribution, account fees) and a seat at a webinar (Tuesday 21 March, 11:00),
  footer "répondez STOP";
- Cabinet Verlaine Courtage (Montpellier), Thibault Orsini, insurance broker: to restaurants and garages, a comparative
  quote within 48 hours from the last renewal notice or from turnover and floor area, or a visit; to architects'
  practices, RC pro + cyber and a 20-minute meeting, footer "répondez « STOP »";
- Scellia (Paris), Romane Lestrade, deed-drafting and e-signature software for notaries' offices: a 45-minute video demo
  then a 30-day trial on three seats (footer "répondez DÉSABONNER"), and a referral request ("la personne qui s'occupe
  des logiciels et du matériel informatique à l'office");
- Cep & Paie (Beaune), Jérôme Vautrin, outsourced payroll for wine estates and cooperative wineries: a quote from two
  numbers (payslips a month out of season, pickers at harvest) or a visit to the estate; a morning briefing for
  cooperative wineries (Thursday 23 March, Mâcon), footer "répondez DÉSINSCRIRE";
- Halyard Payments Ltd (London), Oliver Pennock, corporate FX and payments, in English to UK importers: a 20-minute
  call; a side-by-side comparison against the bank from last quarter's volumes, or a trial account, footer "Reply STOP
  to opt out of marketing emails";
- Lanyon Learning Partners (Dublin and Manchester), Siobhán Kearney, training-needs consultancy, in English to Irish and
  UK councils and NHS trusts: a webinar seat (Wednesday 22 March, 10:00 GMT), footer "reply UNSUBSCRIBE"; a free
  half-day diagnostic with a 30-minute call, asking to be pointed to whoever leads workforce development.
A few prospects answer a French email in English (a British owner of a Burgundy estate, an English HR director of a
French subsidiary, British restaurateurs and architects in Sète, an Australian winemaker, a French firm of freelancers
run by an Englishman). Everything (firms, people, addresses, numbers, products) is invented.
Counts (fr / en): 10 / 10 in each of the ten classes (meeting_request, interested, information_request, quote_request,
not_interested, not_now, referral, unsubscribe, out_of_office, other); 100 / 100. `sent`: weekdays from 2028-01-13 to
2028-03-17 (no public holiday falls in the window; Easter 2028 is 16 April); every quoted or forwarded email one to four
working days before its reply, inside the window (from 2028-01-10). `lang` is the language of the prospect's new text
(an Irish-and-English autoreply is `en`).
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads; inline answers
typed inside the quoted email, with markers ("[FM] Oui. Jeudi 27 janvier à 11h", ">> Yes. Monday 10:30", "KM: can a
forward be drawn down in parts", "-> non merci, notre RC pro couvre déjà le cyber") and without (under an Outlook quote:
"Un mardi matin entre 9h et 10h30", "12 bulletins hors saison", "Yes – two please"); forwards with a note to a
colleague, with an address (191, 053) and without (171, 041), to a spouse (036), "FYI" to a colleague (180); assistants,
receptionists and a switchboard answering for someone (082, 025, 070, 086, 015, 085, 162, 095, 065, 168, 046); typos,
SMS style and no accents ("ok passez au garage jeudi aprem", "Sounds intresting", "pas interesse merci", "arretez de
m'envoyer vos pubs svp", "busy till fri, try me next week", "whats the fee per payment?"); franglais ("ok pour un call
de 30 min, envoyez-moi une invit Teams", "Go pour le PER collectif"); negated positives ("Pas de devis pour l'instant
... Mais venez au domaine", "Pas besoin de démonstration ... Quel est votre tarif", "No need for a call ... how do we
open an account?"); look-alike opt-outs (a direct debit cancelled, a colleague who left "removed from your list", "No
need to remove me from anything"); indirect opt-outs ("Oubliez-moi, merci.", "Lose my number and my email address.",
"Rayez l'office de vos listes"); the footer's word sent back alone ("STOP", "desinscrire", "DÉSABONNER", "Stop.",
"unsubscribe pls").
Labelling convention: heldout25's, as its docstring states it (itself heldout24's), read as a salesperson would read the
prospect's NEW text (quoted history never counts). Here the offers are: a meeting, a call, a visit or a demo (accepting
one, asking for one or proposing a slot is `meeting_request`); a trial, a webinar or briefing seat, the plan or the
contract itself (saying yes, booking the seat, asking to start is `interested`); a price, a quote, a costed simulation
or proposal, or the numbers sent for one, is `quote_request`; how a product, its tax treatment or the event works is
`information_request`. Two intents: an opt-out over anything; a named person or address over "not for me" or a date; a
call or visit over a price; taking up the offer over numbers given or a practical question. The footer's word sent back
alone is an opt-out; a plain decline, even above that footer, is not. "Wrong person" with nobody named is `referral`
(null, null); a generic address is `referral` with a null name; a named person without an email address (a phone number,
an extension or nothing) has a null address. Autoreplies, with or without a return date or a stand-in, are
`out_of_office`; a person's "away, will look when back", an assistant's "on leave, I'll pass it on" and a promise to
answer later ask for nothing and are `other`; bounces, ticket acknowledgements and read receipts are `other`. Added in
the same spirit: a referred name is recorded as written, without a title (Mme, M., Maître, Dr) or a function ("Laure
Chassagne", "Benoît Sarrazin", "Fiona Brennan"), and a first name alone stays a first name ("Fabrice", "Priya", "Liz"
even beside liz.garvey@); a company named with its support address has a null name; a colleague who left, "removed from
your list", with a successor named is `referral` (the successor), not an opt-out; booking a seat for oneself and a
colleague, with the colleague's address, is `interested`, not `referral`; a PA who keeps the addressee's diary and asks
for slots is `meeting_request`.
not_now dates as heldout25 counts them (a month named the first of it, "mi-X" the 15th, after a dated event the day
after, a fortnight fourteen days on, a weekday the next such day after `sent`, "next week" the Monday after, "dans six
mois" the same day six months on, spring by its astronomical start); added in the same spirit: "dans un mois" the same
day a month on (181: 9 February to 9 March); "Après Pâques" / "After Easter" the day after Easter Sunday, 17 April 2028
(183, 022); "après la clôture des comptes fin mars" the day after 31 March, 1 April (014); "once the new FD starts in
February" 1 February (196); "Budget goes to full council on 28 February – try me after that" 29 February 2028, a leap
day (094); "Not before the new financial year ... Drop me a line in April" 1 April (105); "in a couple of weeks" a
fortnight (068: 22 February to 7 March); "busy till fri, try me next week" (sent on a Wednesday) the Monday after, 13
March (034); "rappelez moi lundi" (sent on a Wednesday) 21 February (043); "après les vendanges, mi-octobre" 15 October
(118); "after the harvest – October, say" 1 October (115); "Écrivez-moi début mai" 1 May (112); "fermés pour travaux
jusqu'au 12 février, recontactez-moi après" 13 February (128); "à l'automne" the equinox, 22 September 2028 (009), and
"in the summer" the solstice, 20 June 2028 (013), as spring is counted; "Recontactez l'office en septembre" 1 September
(152); "consultation closes on 9 March – after that" 10 March (074); "Q4 won't be signed off until mid-February. Ask
again then." 15 February (157); "L'office déménage en février, on en reparle en mars" 1 March (090).
Borderline decisions (ids as built): 064 (no quote yet, "venez au domaine", the week of 14 February) is
`meeting_request`, neither `quote_request` nor `not_now`, as are 078 (can't come to Mâcon on the 23rd, a visit asked
instead), 061 (can't make the webinar, a one-to-one call instead), 123 (no time for the webinar, a presentation to the
management committee), 159 (volumes not sent, a call offered), 116 (a visit rather than a quote by email) and 124 (an
inline yes with a date, and an inline question about a 12-employee SAS); 140 (yes to the call, an L&D partner "copied
in" and named) is `meeting_request`, not `referral`; 025 (a PA: "I manage her diary, so please send them to me") and 082
(a receptionist offering two slots for the notary) are `meeting_request`; 024 (no demo needed, the 30-day trial taken,
"Comment se passe l'installation ?"), 141 (RC pro and cyber moved to the broker, "Que vous faut-il ?"), 001 (the
diagnostic taken, "What do you need from us"), 192 (the trial account, "What do you need"), 143 ("No need for a call ...
how do we open an account?") and 131 (a PEE wanted, documentation and steps asked) are `interested`; 076 and 161 (a seat
for the writer and a named colleague with an address) and 114 (two seats, a Head of OD named) are `interested`; 032
("C'est moi qui gère" under the referral request, presentation and trial asked) is `interested`; 054 (the trial account,
the next EUR run "in about three weeks") is `interested`, not `not_now`; 113 ("Pas de simulation pour le moment", then a
CSG question), 005 (a question before giving a name), 010 (will the morning be recorded?), 083 (an inline question) and
018 (data storage before sending figures) are `information_request`; 023 ("Pas besoin de démonstration ... tarif par
poste"), 148 ("Pas de rdv dans l'immédiat, mais envoyez-moi déjà votre grille de frais"), 045 (a price before a
meeting), 069 (no call, the margin by email), 070 (a secretariat asking a price before a demo), 086 (an office manager:
pricing in writing, no sales calls), 182 and 011 (no webinar, the simulation / a costed proposal), 104 (won't come to
Mâcon, a costed proposal) and 017 and 125 (figures typed inline) are `quote_request`; 080 ("Inutile d'insister") and 044
("Please don't chase me on this") are `not_interested`, as are 073 ("pas interesse merci" under a STOP footer) and 057
("Thanks but no thanks." under an UNSUBSCRIBE footer); 100 ("No need to remove me from anything"), 170 (a direct debit
cancelled with the last provider), 132 (the matching contribution stopped last year), 134 (inline: no data shared, no
trial) and 107 (payroll handed to the co-op) are `not_interested`; 152 (the partner in charge of IT on maternity leave,
nobody named, "Recontactez l'office en septembre") is `not_now`, not `referral`; 043 ("rappelez moi lundi") is
`not_now`, not `meeting_request`; 009 (the 23rd is the AGM, "Réinvitez-nous ... à l'automne") is `not_now`; 048 (Mme
Perrin left, "vous pouvez la retirer de vos fichiers", the writer, Gilles Arnaud, now handles insurance) and 106 (James
Carter left, "remove him from your list", Sarah Oduya with her address) are `referral`, not `unsubscribe`; 035 (the
practice's bookkeeper: "Erreur de destinataire") and 130 ("Wrong Mark Davies") are `referral` (null, null); 038
(direction@), 144 (workforce.development@), 162 (a PA: treasury@) and 186 (an inline provider's support@) have a null
name; 015 (Maître Benoît Sarrazin, a mobile number), 072 (a Financial Controller, a phone number), 121 (an extension),
085 (the new HR director) and 088 (the owner, a mobile) have a null address; 075 and 160 name a person with a title and
an address; 191 and 053 (forwards, the colleague's address in the note), 171 and 041 (forwards without one) and 194 (a
wife's address) are `referral`; 065 (a secretariat removing the notary's address from the mailing list) and 095 (a PA
removing Dr Hughes) are `unsubscribe`, as are 059 ("Oubliez-moi, merci."), 172 ("Lose my number and my email address.")
and 093 ("Rayez l'office de vos listes"), 102 (a decline and "ne m'écrivez plus"), 089 and 077 (an inline decline and a
stop), 138 ("Not interested, and please don't email again."), 187 ("Stop please – I don't read French"), 050 (RGPD), 087
(UK GDPR) and 028 (no consent given); 129 (leave from 14 to 25 February, "Votre message ne sera pas transféré", no word
"automatique"), 165 (an estate's pruning-season notice), 135 (a part-time notice, no return date), 006 (Irish and
English), 067 (a one-line "message automatique"), 109 and 008 (a stand-in address), 062, 016, 150 and 188 (autoreplies
above the thread), 184 (an office's closure) and 179 (a stocktake closure) are `out_of_office`; 136 ("à la neige ... je
vous lis à mon retour lundi"), 098 ("On leave till the 14th"), 168 (an estate's secretary: "je lui ferai passer votre
message") and 046 (on leave this week, "I'll make sure she sees this") are `other`, as are 007 ("je vous réponds
vendredi"), 012 and 030 (to talk to a partner / the MD first), 097 and 163 (a new address for the same person), 033 (a
cooperative's automatic acknowledgement with a ticket number) and 200 (a council's ticket), 117 and 156 (bounces), 189
and 151 (read receipts), 036 (a note to a spouse above a forward), 180 ("FYI ... No action needed" above a forward), 139
("you're the third FX firm"), 145 ("Bien reçu, merci.") and 149 ("will read it properly later").
`python heldout26.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout26-NNN`, in a fixed shuffled order, seed 26). `common` is imported from this file's own directory;
sys.dont_write_bytecode is set first, so no __pycache__ is left.
Measured once, blind, by the session that asked for it (2026-12-05, 16:02 UTC, before anyone read a reply of it), at
ef99c69 (that session's start) and with its first change (a referral names whom to write to, not the departed, the
author nor a firm): the same figures but referral names. Rules and learnt model, no LLM: macro-F1 0.835 (target
0.85, missed), accuracy 0.835, interested recall 0.600 (12/20), unsubscribe precision 0.950 (one false opt-out) /
recall 0.950, other F1 0.636, not_now dates 9/18, referral names 9/20 (10/20 with the change) and addresses 18/20,
18.0 % decided by the learnt model, 4.5 % to an LLM. Rules alone: macro-F1 0.708, 10.5 % to an LLM."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split  # noqa: E402

D = date.fromisoformat
FIRST, LAST = D("2028-01-10"), D("2028-03-17")
WORKDAYS = [FIRST + timedelta(n) for n in range((LAST - FIRST).days + 1) if (FIRST + timedelta(n)).weekday() < 5]

# --------------------------------------------------------------------------- the six senders

_DAMBRINE = "Claire Dambrine <c.dambrine@ormeau-epargne.fr>"
_DAMBRINE_SIG = (
    "Bien cordialement,\nClaire Dambrine\nChargée d'affaires entreprises – Ormeau Épargne Salariale\n"
    "27 quai Saint-Vincent, 69001 Lyon\n04 72 10 58 33"
)
_ORSINI = "Thibault Orsini <t.orsini@verlaine-courtage.fr>"
_ORSINI_SIG = (
    "Cordialement,\nThibault Orsini\nCourtier – Cabinet Verlaine Courtage\n9 rue Foch, 34000 Montpellier\n"
    "04 67 20 81 46 / 06 71 38 22 90\nORIAS 21 004 118"
)
_LESTRADE = "Romane Lestrade <romane.lestrade@scellia.fr>"
_LESTRADE_SIG = "Bien à vous,\nRomane Lestrade\nResponsable grands comptes – Scellia\n01 86 95 42 70"
_VAUTRIN = "Jérôme Vautrin <j.vautrin@cep-et-paie.fr>"
_VAUTRIN_SIG = (
    "Bien cordialement,\nJérôme Vautrin\nResponsable commercial – Cep & Paie\n12 rue de Lorraine, 21200 Beaune\n"
    "03 80 24 66 09"
)
_PENNOCK = "Oliver Pennock <oliver.pennock@halyardpayments.co.uk>"
_PENNOCK_SIG = (
    "Best regards,\nOliver Pennock\nCorporate Dealer | Halyard Payments Ltd\n30 Moorgate, London EC2R 6DA\n"
    "+44 20 7946 0381"
)
_KEARNEY = "Siobhán Kearney <siobhan.kearney@lanyonlearning.ie>"
_KEARNEY_SIG = (
    "Kind regards,\nSiobhán Kearney\nDirector, Lanyon Learning Partners\n"
    "Dublin +353 1 639 4417 | Manchester +44 161 850 2273"
)

EMAILS: dict[str, tuple[str, str, str, str]] = {
    # key: (sender, subject, body with {hi}, default greeting)
    "pee_dir": (
        _DAMBRINE,
        "Épargne salariale : un PEE pour votre équipe dès 2028 ?",
        "{hi}\n\nDepuis la loi Pacte, un plan d'épargne salariale coûte moins cher qu'on ne le croit à une PME : "
        "pas de forfait social sur l'abondement sous 50 salariés, des frais de tenue de compte pris en charge par "
        "l'entreprise et déductibles.\n\nNous accompagnons plus de 900 entreprises de 5 à 250 salariés en "
        "Auvergne-Rhône-Alpes (PEE, PER collectif, intéressement).\n\nSeriez-vous disponible pour un échange de "
        "30 minutes, à vos bureaux ou en visio, dans les deux prochaines semaines ? Je m'adapte à votre agenda."
        f"\n\n{_DAMBRINE_SIG}",
        "Bonjour,",
    ),
    "pee_rh": (
        _DAMBRINE,
        "Webinaire du 21 mars : intéressement et PER collectif – et votre simulation chiffrée",
        "{hi}\n\nVous préparez les NAO 2028 ? Deux propositions :\n\n1. Une simulation chiffrée, gratuite, pour "
        "votre effectif : coût de l'abondement, frais de tenue de compte, économie de charges par rapport à une "
        "prime.\n2. Une place à notre webinaire « Intéressement et PER collectif : ce qui change en 2028 », mardi "
        "21 mars à 11 h (45 minutes).\n\nIl suffit de répondre à ce message.\n\n"
        f"{_DAMBRINE_SIG}\n\n--\nVous recevez cet e-mail car vous êtes contact professionnel d'Ormeau Épargne "
        "Salariale. Pour ne plus recevoir nos invitations, répondez STOP.",
        "Madame, Monsieur,",
    ),
    "assur_pro": (
        _ORSINI,
        "Votre multirisque pro : un devis comparatif en 48 h",
        "{hi}\n\nRestaurants, garages, commerces : les primes multirisque ont pris 8 à 15 % cette année. "
        "Envoyez-moi votre dernier avis d'échéance (ou simplement votre chiffre d'affaires, votre surface et vos "
        "garanties actuelles) et je vous fais un devis comparatif sous 48 h, sans engagement.\n\nJe peux aussi "
        f"passer vous voir sur place si vous préférez.\n\n{_ORSINI_SIG}",
        "Bonjour,",
    ),
    "assur_archi": (
        _ORSINI,
        "RC pro et cyber pour les agences d'architecture",
        "{hi}\n\nUne agence d'architecture sur trois a subi une tentative de fraude au virement ou un rançongiciel "
        "ces deux dernières années, et la plupart des contrats RC pro ne couvrent pas le cyber.\n\nNous avons "
        "négocié avec deux assureurs un contrat RC professionnelle + cyber pour les agences de 1 à 20 personnes. "
        "Je vous propose un rendez-vous de 20 minutes, au cabinet ou en visio, pour regarder vos garanties "
        f"actuelles.\n\n{_ORSINI_SIG}\n\nPour ne plus être sollicité(e) par le cabinet, répondez « STOP ».",
        "Bonjour,",
    ),
    "notaire_demo": (
        _LESTRADE,
        "Scellia : vos actes rédigés, relus et signés au même endroit",
        "{hi}\n\nScellia est le logiciel de rédaction d'actes pensé avec des offices de 3 à 40 collaborateurs : "
        "trames à jour, contrôle des pièces, signature électronique qualifiée et dépôt au fichier immobilier "
        "depuis le même écran.\n\nJe vous propose une démonstration de 45 minutes en visio, avec votre clerc "
        "principal si possible, puis un essai gratuit de 30 jours sur trois postes.\n\nQuel créneau vous "
        f"conviendrait ?\n\n{_LESTRADE_SIG}\n\n---\nScellia SAS – 48 rue de Turbigo, 75003 Paris. Pour vous "
        "désabonner, répondez DÉSABONNER.",
        "Maître,",
    ),
    "notaire_ref": (
        _LESTRADE,
        "Qui gère les outils informatiques à l'office ?",
        "{hi}\n\nJe me permets de vous écrire car nous équipons depuis cette année plusieurs offices de votre "
        "département avec Scellia, notre logiciel de rédaction et de signature d'actes.\n\nPourriez-vous "
        "m'indiquer la personne qui s'occupe des logiciels et du matériel informatique à l'office (notaire "
        "associé, office manager ou prestataire) ? Je lui enverrai une courte présentation et une offre "
        f"d'essai.\n\nMerci d'avance,\n\n{_LESTRADE_SIG}",
        "Bonjour,",
    ),
    "paie_devis": (
        _VAUTRIN,
        "Paie des saisonniers : et si vous n'aviez plus à vous en occuper ?",
        "{hi}\n\nCep & Paie gère la paie de 340 domaines, caves coopératives et CUMA en Bourgogne, dans le "
        "Beaujolais et en Champagne : bulletins mensuels, contrats vendanges, TESA, DSN, déclarations MSA.\n\n"
        "Pour vous établir un devis, il me suffit de deux chiffres : le nombre de bulletins par mois hors saison "
        "et le nombre de saisonniers aux vendanges.\n\nJe peux aussi passer au domaine pour en parler, avant la "
        f"taille ou après.\n\n{_VAUTRIN_SIG}",
        "Bonjour,",
    ),
    "paie_coop": (
        _VAUTRIN,
        "Invitation : matinée paie agricole des caves coopératives, jeudi 23 mars à Mâcon",
        "{hi}\n\nLes caves coopératives qui nous ont rejoints l'an dernier ont réduit de moitié le temps passé sur "
        "la paie des vendanges. Nous organisons une matinée d'information réservée aux directeurs et responsables "
        "administratifs de caves coopératives, jeudi 23 mars à 9 h 30, à la Maison des vins de Mâcon (café "
        "d'accueil, fin à 12 h).\n\nSouhaitez-vous que je vous réserve une place ? Vous pouvez aussi venir à "
        f"deux.\n\n{_VAUTRIN_SIG}\n\nPour ne plus recevoir nos invitations, répondez DÉSINSCRIRE.",
        "Bonjour,",
    ),
    "fx_call": (
        _PENNOCK,
        "Cutting the cost of your supplier payments",
        "{hi}\n\nMost UK importers we speak to are paying their bank 2-3% over the mid-market rate on USD and EUR "
        "supplier payments without realising it. Halyard is an FCA-authorised payments firm: we typically bring "
        "that down to 0.3-0.6%, with forward contracts to fix your rate for up to 12 months.\n\nWould you have 20 "
        "minutes for a call next week? I can go through what a firm of your size usually saves.\n\n"
        f"{_PENNOCK_SIG}",
        "",
    ),
    "fx_quote": (
        _PENNOCK,
        "Side-by-side pricing vs your bank – free",
        "{hi}\n\nSend me a rough idea of last quarter's payments (currencies, number of payments, total value) and "
        "I'll come back within a day with a side-by-side comparison against your bank's pricing. No obligation, "
        "no account to open.\n\nIf you'd rather try us on one payment first, we can set up a trial account in 24 "
        f"hours.\n\n{_PENNOCK_SIG}\n\nYou are receiving this because you are a business contact of Halyard "
        "Payments. Reply STOP to opt out of marketing emails.",
        "",
    ),
    "tna_web": (
        _KEARNEY,
        "Webinar: training needs analysis on a shrinking budget (Wed 22 March)",
        "{hi}\n\nCouncils and trusts are being asked to do more workforce development with less. On Wednesday 22 "
        "March at 10:00 (GMT) we're running a free 60-minute webinar on how three local authorities and an NHS "
        "trust rebuilt their training needs analysis around their workforce plan, and what they stopped paying "
        f"for.\n\nWould you like a seat? Just reply and I'll send the joining link.\n\n{_KEARNEY_SIG}\n\n"
        "Lanyon Learning Partners, 14 Fitzwilliam Place, Dublin 2. To stop receiving these emails, reply "
        "UNSUBSCRIBE.",
        "",
    ),
    "tna_diag": (
        _KEARNEY,
        "A free half-day diagnostic for one directorate",
        "{hi}\n\nWe're offering a small number of councils and trusts a free half-day training needs diagnostic "
        "for one directorate or service line: a short survey of managers, two focus groups and a written summary "
        "of gaps and quick wins.\n\nCould we set up a 30-minute call to see if it would be useful? If workforce "
        "development sits with someone else in your organisation, I'd be grateful if you could point me to them."
        f"\n\n{_KEARNEY_SIG}",
        "",
    ),
}

# --------------------------------------------------------------------------- dates, times and the helpers

_POOL = WORKDAYS[4:]  # so that a quoted email four working days back still lies in the window
_HMS = ["08:47", "10:12", "14:36", "09:05", "16:58", "11:21", "07:54", "13:40", "17:33", "09:49", "15:14", "12:08"]
_BACKS = [1, 2, 1, 3, 4, 2, 1, 1, 3]
_state = {"sent": 0, "hm": 0, "back": 0}


def _auto_sent() -> date:
    d = _POOL[(_state["sent"] * 17) % len(_POOL)]
    _state["sent"] += 1
    return d


def _hm() -> str:
    hm = _HMS[_state["hm"] % len(_HMS)]
    _state["hm"] += 1
    return hm


def _auto_back() -> int:
    b = _BACKS[_state["back"] % len(_BACKS)]
    _state["back"] += 1
    return b


def _sent(sent: str | None) -> date:
    d = D(sent) if sent else _auto_sent()
    if d not in WORKDAYS:
        raise ValueError(f"{d} is not a weekday in the window")
    return d


def _before(d: date, back: int | None) -> date:
    """The quoted email's date: `back` working days before the reply, still inside the window."""
    n = back if back is not None else _auto_back()
    i = WORKDAYS.index(d) - n
    if i < 0:
        raise ValueError(f"{d} minus {n} working days leaves the window")
    return WORKDAYS[i]


def _mail(key: str, who: str, hi: str | None) -> tuple[str, str, str]:
    frm, subj, body, default = EMAILS[key]
    if hi is None:
        hi = default or f"Hi {who.split()[0]},"
    return frm, subj, body.replace("{hi}", hi)


def T(
    lang: str,
    label: str,
    reply: str,
    key: str,
    style: str,
    who: str,
    *,
    sent: str | None = None,
    back: int | None = None,
    hi: str | None = None,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply typed above the quoted email."""
    d = _sent(sent)
    frm, subj, body = _mail(key, who, hi)
    text = reply + block(style, frm, who, subj, _before(d, back), _hm(), body)
    return C(lang, label, text, sent=d.isoformat(), until=until, referral=referral)


def INL(
    lang: str,
    label: str,
    above: str,
    key: str,
    style: str,
    who: str,
    answers: list[tuple[str, str]],
    *,
    sent: str | None = None,
    back: int | None = None,
    hi: str | None = None,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """Answers typed inside the quoted email, each under the line holding its anchor (never quoted)."""
    d = _sent(sent)
    frm, subj, body = _mail(key, who, hi)
    out: list[str] = []
    used = 0
    for line in body.split("\n"):
        out.append(line)
        for anchor, answer in answers:
            if anchor in line:
                out.extend("\x00" + a for a in answer.split("\n"))
                used += 1
    if used != len(answers):
        raise ValueError(f"anchors not found once each in {key}")
    text = above + block(style, frm, who, subj, _before(d, back), _hm(), "\n".join(out))
    text = text.replace("> \x00", "").replace("\x00", "").lstrip("\n")
    return C(lang, label, text, sent=d.isoformat(), until=until, referral=referral)


def FWD(
    lang: str,
    label: str,
    note: str,
    key: str,
    style: str,
    who: str,
    *,
    sent: str | None = None,
    back: int | None = None,
    hi: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A forward with a note above it."""
    d = _sent(sent)
    frm, subj, body = _mail(key, who, hi)
    w = when(style, _before(d, back), _hm())
    if style == "gmail_fr":
        head = f"---------- Message transféré ---------\nDe : {frm}\nDate : {w}\nObjet : {subj}\nÀ : {who}"
    elif style == "gmail_en":
        head = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {w}\nSubject: {subj}\nTo: {who}"
    elif style == "outlook_fr":
        head = f"________________________________\nDe : {frm}\nEnvoyé : {w}\nÀ : {who}\nObjet : TR: {subj}"
    elif style == "apple_en":
        head = f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subj}\nDate: {w}\nTo: {who}"
    else:
        raise ValueError(style)
    return C(lang, label, f"{note}\n\n{head}\n\n{body}", sent=d.isoformat(), referral=referral)


def N(lang: str, label: str, text: str, *, sent: str | None = None) -> dict[str, Any]:
    """A message with no thread under it (autoreplies, bounces, receipts)."""
    return C(lang, label, text, sent=_sent(sent).isoformat())


# --------------------------------------------------------------------------- meeting_request

MEETING = [
    T(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nPourquoi pas. Passez nous voir à l'atelier, le mardi ou le jeudi après 16h de "
        "préférence, on est à Villeurbanne, à côté du Tonkin.\n\nCordialement\nPascal Mourgues\nGérant – Menuiserie "
        "Mourgues",
        "pee_dir",
        "outlook_fr",
        "Pascal Mourgues <p.mourgues@menuiserie-mourgues.fr>",
        hi="Bonjour Monsieur Mourgues,",
    ),
    INL(
        "fr",
        "meeting_request",
        "",
        "notaire_demo",
        "outlook_fr",
        "Me François Tessier <f.tessier@tessier-notaires.fr>",
        [("Quel créneau vous", "Un mardi matin entre 9h et 10h30, en visio. Notre clerc principale y assistera.\nFT")],
    ),
    T(
        "fr",
        "meeting_request",
        "ok passez au garage jeudi aprem on en parlera. Patrick\nGarage du Vidourle, Lunel",
        "assur_pro",
        "gmail_fr",
        "Garage du Vidourle <garageduvidourle@orange.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\nPas de devis pour l'instant, je ne sais pas encore combien de saisonniers on prendra cette année. "
        "Mais venez au domaine qu'on en parle, ça m'intéresse. Plutôt un matin, la semaine du 14 février.\n"
        "Éric Jobard\nDomaine Jobard-Millot, Meursault",
        "paie_devis",
        "android_fr",
        "Éric Jobard <eric@jobard-millot.fr>",
        sent="2028-02-01",
    ),
    T(
        "fr",
        "meeting_request",
        "Visio ok. Jeudi 10h ?",
        "assur_archi",
        "iphone_fr",
        "Agnès Pujol <agnes@pujol-architectes.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\n\nLe webinaire, je n'aurai pas le temps. En revanche je souhaiterais que vous veniez présenter le "
        "PER collectif à notre comité de direction : il se réunit le premier lundi de chaque mois, à 9h, à Bourgoin. "
        "Pouvez-vous m'appeler pour organiser cela ?\n\nNathalie Brunet\nResponsable ressources humaines\n"
        "Transports Brunet & Fils",
        "pee_rh",
        "owa_fr",
        "Nathalie Brunet <n.brunet@transports-brunet.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nMaître Gaillard a bien pris connaissance de votre message et accepte la démonstration. "
        "Il serait disponible le mardi 1er février à 17h30 ou le jeudi 3 février à 8h30. Merci de me confirmer le "
        "créneau retenu ; je vous transmettrai le lien.\n\nCordialement,\nNadège Poulain\nAccueil – Office notarial "
        "Gaillard & Associés, Annecy",
        "notaire_demo",
        "outlook_fr",
        "Me Hugues Gaillard <hugues.gaillard@gaillard-associes.notaires.fr>",
        sent="2028-01-24",
    ),
    T(
        "fr",
        "meeting_request",
        "Hello, ok pour un call de 30 min, envoyez-moi une invit Teams pour la semaine pro, le matin si possible. "
        "Thx\nKevin",
        "pee_dir",
        "android_fr",
        "Kevin Lemaire <kevin@pixelfabrik.io>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\nLe 23 on a notre conseil d'administration, je ne pourrai pas venir à Mâcon. Est-ce que vous "
        "pourriez plutôt passer à la cave un matin nous présenter ça ? Le directeur et notre comptable seraient là."
        "\nCordialement\nSylvie Chanut\nCave coopérative de Clessé",
        "paie_coop",
        "gmail_fr",
        "Sylvie Chanut <administration@cave-clesse.fr>",
    ),
    INL(
        "fr",
        "meeting_request",
        "Bonjour, réponses dans le texte.\nF. Marchal",
        "pee_dir",
        "gmail_fr",
        "Frédéric Marchal <f.marchal@marchal-sas.fr>",
        [
            ("pas de forfait social", "[FM] même pour une SAS de 12 salariés ?"),
            (
                "Seriez-vous disponible",
                "[FM] Oui. Jeudi 27 janvier à 11h dans nos bureaux, 3 chemin des Mûriers à Écully.",
            ),
        ],
        sent="2028-01-20",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Oliver,\n\nGo on then – Thursday after 2pm works. Ring me on the direct line below.\n\nThanks,\n"
        "Gareth Pryce\nOperations Director, Pryce & Vaughan Imports Ltd\nDirect: 01633 480 217",
        "fx_call",
        "outlook_en",
        "Gareth Pryce <gareth.pryce@prycevaughan.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "Not sending our volumes over email, sorry – company policy. Happy to have a call though and you can ask "
        "what you need. Tues or Weds morning?\n\nLouise",
        "fx_quote",
        "gmail_en",
        "Louise Tranter <louise@tranterhomeware.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Siobhán,\n\nYes, the diagnostic sounds useful for Adult Social Care. Could we do the call in the week "
        "commencing 7 February? Mornings suit me better.\n\nBest,\nAoife Dunleavy\nWorkforce Development Manager\n"
        "Kilcrea County Council",
        "tna_diag",
        "gmail_en",
        "Aoife Dunleavy <adunleavy@kilcreacoco.ie>",
        sent="2028-01-27",
    ),
    T(
        "en",
        "meeting_request",
        "Can't make the 22nd unfortunately. Would you do a one-to-one call instead? Our OD team would rather talk "
        "through our own situation than sit in a webinar.\n\nRegards\nMartin Shaw\nHead of HR, Eastholme Borough "
        "Council",
        "tna_web",
        "outlook_en",
        "Martin Shaw <martin.shaw@eastholme.gov.uk>",
    ),
    INL(
        "en",
        "meeting_request",
        "Answers below.\nR.",
        "fx_call",
        "outlook_en",
        "Rhys Morgan <rhys@morgan-outdoor.co.uk>",
        [
            ("we typically bring", ">> we'll see."),
            ("Would you have 20", ">> Yes. Monday 10:30, my mobile is 07700 900412."),
        ],
    ),
    T(
        "en",
        "meeting_request",
        "yep happy to chat, ring me whenever on 07700 900118. cheers\nDanny\n\nSent from my iPhone",
        "fx_call",
        "apple_en",
        "Danny Walsh <danny@walshbikeparts.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "Dear Ms Kearney,\n\nDr Whelan would be glad to have the call. Could you offer two or three slots in the week "
        "of 14 February? I manage her diary, so please send them to me.\n\nKind regards,\nNiamh Doyle\nPA to the "
        "Director of Workforce\nSt Brendan's Hospital Group",
        "tna_diag",
        "outlook_en",
        "Dr Orla Whelan <orla.whelan@stbrendans-hg.ie>",
        sent="2028-02-02",
        hi="Dear Dr Whelan,",
    ),
    T(
        "en",
        "meeting_request",
        "Hello Jérôme,\n\nMy French is poor so I'll reply in English if that's OK. Rather than a quote by email, "
        "could you come to the domaine one morning? We're there most days until the pruning is finished.\n\n"
        "Rob Halliday\nDomaine de la Combe aux Loups",
        "paie_devis",
        "gmail_en",
        "Rob Halliday <rob@combeauxloups.fr>",
    ),
    T(
        "en",
        "meeting_request",
        "Sounds intresting. Can you do a teams call friday? Im at the warehouse till 12 so after that pls\n\n"
        "Sent from my iPhone",
        "fx_call",
        "apple_en",
        "Lee Fairbairn <lee@fairbairntiles.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "Siobhán,\n\nYes to the call. I've copied in our L&D business partner, Marcus Hale, who'll join us. Any "
        "afternoon next week except Wednesday.\n\nJoanne Ellery\nAssistant Director, People & Culture\nMersey Vale "
        "Council",
        "tna_diag",
        "orig_en",
        "Joanne Ellery <joanne.ellery@merseyvale.gov.uk>",
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED = [
    T(
        "fr",
        "interested",
        "Oui pour le webinaire du 21 mars, merci de m'inscrire.\nSophie Lacaze\nDRH – Laboratoires Vernet",
        "pee_rh",
        "gmail_fr",
        "Sophie Lacaze <s.lacaze@labo-vernet.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\nInscrivez-moi au webinaire, ainsi que notre gestionnaire paie, Mélanie Ferrand "
        "(m.ferrand@groupe-sorel.fr).\nMerci\nA. Sorel",
        "pee_rh",
        "outlook_fr",
        "Anne Sorel <a.sorel@groupe-sorel.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\nOn a déjà vu Scellia tourner chez un confrère de Chambéry, pas besoin de démo. On prend l'essai "
        "des 30 jours. Comment se passe l'installation ?\nMe Vincent Arrighi",
        "notaire_demo",
        "outlook_fr",
        "Me Vincent Arrighi <v.arrighi@arrighi-notaire.fr>",
    ),
    T(
        "fr",
        "interested",
        "Deux places svp : moi-même et notre comptable.\nCave des Coteaux de Verzé – Bernard Thivend, directeur",
        "paie_coop",
        "gmail_fr",
        "Bernard Thivend <direction@coteaux-verze.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour, je viendrai le 23. Jean-Marc Perraud, directeur cave cooperative de Lugny",
        "paie_coop",
        "android_fr",
        "Jean-Marc Perraud <jm.perraud@cave-lugny.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\nNotre RC pro arrive à échéance le 1er avril et nous n'avons aucune couverture cyber. Nous sommes "
        "prêts à passer chez vous pour les deux. Que vous faut-il de notre part ?\nCordialement,\nClaire Bousquet, "
        "architecte\nAtelier Bousquet Rey",
        "assur_archi",
        "outlook_fr",
        "Claire Bousquet <c.bousquet@bousquet-rey.fr>",
    ),
    T(
        "fr",
        "interested",
        "Très intéressé, on voulait justement mettre en place un PEE cette année. Envoyez-moi la doc et la marche à "
        "suivre.",
        "pee_dir",
        "iphone_fr",
        "Olivier Brach <olivier.brach@brach-electricite.fr>",
    ),
    T(
        "fr",
        "interested",
        "C'est moi qui gère. Envoyez-moi la présentation et l'offre d'essai, ça tombe bien, notre contrat actuel se "
        "termine et on cherche.\nMe Hélène Castagné",
        "notaire_ref",
        "gmail_fr",
        "Office Castagné <office@castagne-notaire.fr>",
    ),
    INL(
        "fr",
        "interested",
        "",
        "paie_coop",
        "gmail_fr",
        "Marie-Odile Perrier <mo.perrier@cave-ige.fr>",
        [
            (
                "Souhaitez-vous que je vous réserve",
                "Oui, une place. Et une deuxième pour notre présidente si ce n'est pas complet.\nMarie-Odile Perrier",
            )
        ],
    ),
    T(
        "fr",
        "interested",
        "Go pour le PER collectif, notre expert-comptable nous a dit que c'était le bon moment. On démarre quand ?"
        "\n\nThomas Girardin\nCEO – Loomi SAS",
        "pee_dir",
        "outlook_fr",
        "Thomas Girardin <thomas@loomi.fr>",
    ),
    T(
        "en",
        "interested",
        "Yes please, a seat for me. Thanks!\nCathal",
        "tna_web",
        "gmail_en",
        "Cathal Brophy <cbrophy@ardglassdc.ie>",
    ),
    T(
        "en",
        "interested",
        "Hi Siobhán,\nPlease register me and my colleague Dan Whitty (dan.whitty@harrowfield.gov.uk) for the "
        "webinar.\nThanks\nLeanne Morris\nL&D Officer, Harrowfield District Council",
        "tna_web",
        "outlook_en",
        "Leanne Morris <leanne.morris@harrowfield.gov.uk>",
    ),
    T(
        "en",
        "interested",
        "Let's try the trial account – we've a USD payment to a supplier in Ningbo due at the end of the month. "
        "What do you need from us to open it?\n\nHarriet Cole\nFinance Manager, Brackley Ceramics Ltd",
        "fx_quote",
        "outlook_en",
        "Harriet Cole <h.cole@brackleyceramics.co.uk>",
    ),
    T(
        "en",
        "interested",
        "We've been meaning to move away from the bank for ages. Happy to switch if onboarding is quick – please "
        "send the application forms.\n\nSanjay Mehta\nDirector, Mehta Textiles (UK) Ltd",
        "fx_call",
        "gmail_en",
        "Sanjay Mehta <sanjay@mehtatextiles.co.uk>",
    ),
    T(
        "en",
        "interested",
        "Hello,\nWe'd like to take you up on the free diagnostic, for Housing Services. What do you need from us to "
        "get started?\nRegards,\nPádraig Fahy\nHR Manager, Ballinmore County Council",
        "tna_diag",
        "outlook_en",
        "Pádraig Fahy <pfahy@ballinmorecoco.ie>",
    ),
    INL(
        "en",
        "interested",
        "",
        "tna_web",
        "outlook_en",
        "Anne Corrigan <anne.corrigan@lisnaree.gov.uk>",
        [("Would you like a seat?", "Yes – two please: me and our Head of OD, Gemma Rourke.\nAnne")],
    ),
    T(
        "en",
        "interested",
        "Hi Claire,\n\nYes please, sign me up for the webinar on the 21st. I'm English so the French may lose me now "
        "and then, but I'll give it a go!\n\nBest,\nHannah Pierce\nHR Director, Thornfield France SAS",
        "pee_rh",
        "gmail_en",
        "Hannah Pierce <hannah.pierce@thornfield.fr>",
    ),
    T(
        "en",
        "interested",
        "sign me up 👍\n\nSent from my iPhone",
        "tna_web",
        "apple_en",
        "Gerry Nolan <gnolan@corkharbourcc.ie>",
    ),
    T(
        "en",
        "interested",
        "Go for it, set up the trial account. Our next EUR run is in about three weeks, we'll put it through you and "
        "compare.\n\nMike",
        "fx_quote",
        "gmail_en",
        "Mike Abbott <mike@abbottcycles.co.uk>",
    ),
    T(
        "en",
        "interested",
        "No need for a call, I've read enough – how do we open an account?\n\nR. Sandhu\nSandhu Foods Ltd",
        "fx_call",
        "outlook_en",
        "Ravi Sandhu <ravi@sandhufoods.co.uk>",
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION = [
    T(
        "fr",
        "information_request",
        "Bonjour,\nUn PEE est-il possible dans une SARL avec 3 salariés ? Et moi, gérant majoritaire, est-ce que je "
        "peux y verser aussi ?\nMerci\nL. Perrin",
        "pee_dir",
        "gmail_fr",
        "Luc Perrin <luc.perrin@perrin-plomberie.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\nEst-ce que Scellia fonctionne sur Mac ? Tout l'office est équipé en Mac depuis deux ans.\n"
        "Cordialement\nMe Arnaud Delcourt",
        "notaire_demo",
        "outlook_fr",
        "Me Arnaud Delcourt <a.delcourt@delcourt-notaires.fr>",
    ),
    INL(
        "fr",
        "information_request",
        "Une question ci-dessous.\nJulie",
        "assur_archi",
        "gmail_fr",
        "Julie Marcenac <julie@marcenac-archi.fr>",
        [
            (
                "ne couvrent pas le cyber",
                "-> c'est le cas aussi pour les contrats de la mutuelle des architectes ? c'est chez eux qu'on est",
            )
        ],
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\nVous faites aussi les déclarations pour les salariés détachés ? On passe par un prestataire de "
        "vendanges portugais pour une partie de l'équipe.\nCdt\nDomaine Guyot-Ribaud",
        "paie_devis",
        "outlook_fr",
        "Domaine Guyot-Ribaud <contact@guyot-ribaud.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\nPas de simulation pour le moment, merci. En revanche je veux bien savoir si l'abondement est "
        "soumis à la CSG-CRDS pour le salarié.\nCordialement,\nÉmilie Costes\nRRH",
        "pee_rh",
        "owa_fr",
        "Émilie Costes <e.costes@menuiseries-andre.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Est ce que la perte d'exploitation est comprise dans vos contrats ? L'an dernier on a eu un degat des eaux "
        "et l'assurance a rien payé pour les 3 semaines de fermeture\nLe Bistrot du Marché",
        "assur_pro",
        "gmail_fr",
        "Le Bistrot du Marché <bistrotdumarche34@gmail.com>",
    ),
    T(
        "fr",
        "information_request",
        "Madame,\nAvant de vous donner un nom : où sont hébergées les données des actes ? Nous ne pouvons pas sortir "
        "de l'infrastructure de la profession.\nMe Olivier Marsan",
        "notaire_ref",
        "outlook_fr",
        "Office notarial Marsan <office.marsan@notaires.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour, la matinée sera-t-elle enregistrée ou retransmise ? Mâcon c'est loin pour nous (on est à Chablis)."
        "\nLa Chablisienne des Vignerons – service administratif",
        "paie_coop",
        "gmail_fr",
        "Service administratif <admin@chablisienne-vignerons.fr>",
    ),
    T(
        "fr",
        "information_request",
        "C'est quoi la différence entre le PERCO et le PER collectif ?",
        "pee_dir",
        "iphone_fr",
        "Yannick Roche <yannick.roche@roche-paysages.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour, le TESA c'est vous qui le remplissez ou c'est nous ? Merci\nMme Bouchard, secrétariat Domaine des "
        "Tilleuls",
        "paie_devis",
        "owa_fr",
        "Domaine des Tilleuls <secretariat@domainedestilleuls.fr>",
    ),
    T(
        "en",
        "information_request",
        "Are you FCA authorised, and are client funds safeguarded? We can't look at anyone who isn't.\n\nP. Grant\n"
        "Financial Controller",
        "fx_call",
        "outlook_en",
        "Paul Grant <paul.grant@northgatefoods.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "Will the webinar be recorded? I've a panel interview that morning.\nGráinne",
        "tna_web",
        "gmail_en",
        "Gráinne Tierney <gtierney@westmeathcoco.ie>",
    ),
    T(
        "en",
        "information_request",
        "Does the diagnostic cover agency and bank staff too, or only substantive posts?\n\nRegards\nKaren Ashdown\n"
        "Workforce Lead, North Fenwick NHS Trust",
        "tna_diag",
        "outlook_en",
        "Karen Ashdown <karen.ashdown@nfenwick.nhs.uk>",
    ),
    T(
        "en",
        "information_request",
        "Do you pay CNY direct or does it go via USD? Most of our suppliers are in Guangdong.\n\nTom",
        "fx_quote",
        "gmail_en",
        "Tom Hedley <tom@hedleylighting.co.uk>",
    ),
    INL(
        "en",
        "information_request",
        "KM = Kate Mullen, comments inline.",
        "fx_call",
        "gmail_en",
        "Kate Mullen <kate.mullen@mullenmarine.co.uk>",
        [("with forward contracts", "KM: can a forward be drawn down in parts, or is it all on one date?")],
    ),
    T(
        "en",
        "information_request",
        "Is this relevant for Northern Ireland? Our framework is quite different from GB's.\nSeán",
        "tna_web",
        "outlook_en",
        "Seán McAteer <sean.mcateer@mournecoast.gov.uk>",
    ),
    T(
        "en",
        "information_request",
        "whats the minimum payment size? we only do about 6 invoices a month",
        "fx_call",
        "apple_en",
        "Jason Reid <jason@reidpetsupplies.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "Hello, do you cover the furniture on the terrace under the multirisque? Sorry for the English, my French is "
        "better spoken than written.\nDavid\nThe Olive Tree, Sète",
        "assur_pro",
        "gmail_en",
        "David Hartley <theolivetreesete@gmail.com>",
    ),
    T(
        "en",
        "information_request",
        "Who would actually run the focus groups – your people or ours? Asking because our managers are stretched "
        "thin.\n\nBest\nIan Moffat\nOD Consultant, Clydeview Council",
        "tna_diag",
        "outlook_en",
        "Ian Moffat <ian.moffat@clydeview.gov.uk>",
    ),
    T(
        "en",
        "information_request",
        "Before I send anything – how would you store the data we give you, and who gets to see it?\n\nMarcus Bell\n"
        "MD, Bell & Sons Hardware Importers",
        "fx_quote",
        "outlook_en",
        "Marcus Bell <marcus@bellhardware.co.uk>",
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTE = [
    T(
        "fr",
        "quote_request",
        "Voici : CA 620 k€, salle de 140 m², 45 couverts + terrasse de 20. Faites-moi un devis.\nStéphane Roumieux\n"
        "La Table de Stéphane",
        "assur_pro",
        "gmail_fr",
        "Stéphane Roumieux <latabledestephane@orange.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Hors saison 7 bulletins, aux vendanges une trentaine. Combien ?",
        "paie_devis",
        "android_fr",
        "Domaine Rapet <domaine.rapet@wanadoo.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\nPas de webinaire pour moi, mais je veux bien la simulation : 38 salariés, masse salariale brute "
        "1,6 M€, pas d'accord d'intéressement aujourd'hui.\nCordialement\nJ. Morin, DAF",
        "pee_rh",
        "outlook_fr",
        "Julien Morin <j.morin@morin-industrie.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Pas besoin de démonstration, nous connaissons votre outil. Quel est votre tarif par poste et par mois pour "
        "12 postes ?\nMe Pauline Ravier",
        "notaire_demo",
        "gmail_fr",
        "Me Pauline Ravier <p.ravier@ravier-notaires.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Pas de rdv dans l'immédiat, mais envoyez-moi déjà votre grille de frais (tenue de compte par salarié, frais "
        "d'entrée) et je verrai.\nCdlt\nR. Vial",
        "pee_dir",
        "gmail_fr",
        "Romain Vial <romain.vial@vial-transports.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Combien pour RC pro + cyber, agence de 4 personnes, CA 480 000 € ? Avant de prendre un rendez-vous je veux "
        "un ordre de prix.\nMarc Ollier",
        "assur_archi",
        "owa_fr",
        "Marc Ollier <marc.ollier@ollier-architecture.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\nJe ne viendrai pas à Mâcon mais faites-nous une proposition chiffrée : 22 permanents, environ 180 "
        "vendangeurs, 3 sites de vinification.\nPhilippe Dury\nDirecteur – Union des Vignerons de Saint-Gengoux",
        "paie_coop",
        "outlook_fr",
        "Philippe Dury <p.dury@vignerons-saint-gengoux.fr>",
    ),
    INL(
        "fr",
        "quote_request",
        "Ci-dessous. Cdlt\nAnne-Laure Moissenet",
        "paie_devis",
        "outlook_fr",
        "Anne-Laure Moissenet <al.moissenet@domaine-moissenet.fr>",
        [("il me suffit de deux chiffres", "12 bulletins hors saison, 60 à 70 saisonniers selon les années.")],
    ),
    T(
        "fr",
        "quote_request",
        "garage 3 baies 2 salariés, RC + multirisque actuellement 4200€/an. vous faites mieux ?",
        "assur_pro",
        "iphone_fr",
        "Garage Mistral <garage.mistral34@gmail.com>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\nMaître Lebrun souhaiterait recevoir une proposition tarifaire pour l'office (2 notaires, 9 "
        "collaborateurs) avant d'envisager une démonstration.\nCordialement,\nIsabelle Mercier\nSecrétariat – SCP "
        "Lebrun & Guérin",
        "notaire_demo",
        "outlook_fr",
        "Me Étienne Lebrun <e.lebrun@lebrun-guerin.notaires.fr>",
    ),
    T(
        "en",
        "quote_request",
        "Hi Oliver,\nLast quarter roughly: 40 USD payments, about $1.1m in total, plus a handful in EUR (~€180k). What "
        "would your pricing look like?\nThanks\nNeil Ashworth\nFinance Director, Ashworth Garden Supplies Ltd",
        "fx_quote",
        "outlook_en",
        "Neil Ashworth <neil.ashworth@ashworthgarden.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Not keen on a call. Just email me your margin on USD if we're doing over £250k a month.\nJ.",
        "fx_call",
        "gmail_en",
        "Jamie Fenton <jamie@fentonfurniture.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "What would a full TNA for the whole council (roughly 2,300 staff) cost, after the free diagnostic?\n\n"
        "Declan Moriarty\nHead of Organisational Development",
        "tna_diag",
        "outlook_en",
        "Declan Moriarty <dmoriarty@tralee-mdc.ie>",
    ),
    T(
        "en",
        "quote_request",
        "Skip the webinar for me – can you send a costed proposal for a TNA across our three community hospitals?\n\n"
        "Rachel Oyelaran\nDeputy Director of Education, Wyeford Community Health NHS Trust",
        "tna_web",
        "orig_en",
        "Rachel Oyelaran <rachel.oyelaran@wyefordhealth.nhs.uk>",
    ),
    INL(
        "en",
        "quote_request",
        "See below – send the comparison.\nH.",
        "fx_quote",
        "outlook_en",
        "Hugh Penrose <hugh@penroseoutdoor.co.uk>",
        [("Send me a rough idea", "USD and CNY, about 25 payments, £600k equivalent.")],
    ),
    T(
        "en",
        "quote_request",
        "Hi, we're a 3-person practice in Sète, both partners British. Could you quote RC pro plus cyber? Turnover "
        "about €300k.\nThanks, Emma Whitlock",
        "assur_archi",
        "gmail_en",
        "Emma Whitlock <emma@whitlock-gray.fr>",
    ),
    T(
        "en",
        "quote_request",
        "whats the fee per payment? and is there a monthly charge",
        "fx_quote",
        "apple_en",
        "Craig Dunn <craig@dunnflooring.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "What are your day rates for facilitators? We'd probably buy in ten days or so over the year.\nLorna",
        "tna_diag",
        "gmail_en",
        "Lorna Kerr <lorna.kerr@fifecoastal.gov.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Good afternoon,\nMr Okafor asks if you could put your pricing for EUR and USD payments in writing; he "
        "doesn't take sales calls.\nRegards,\nJo Lambert\nOffice Manager, Okafor Trading Ltd",
        "fx_call",
        "outlook_en",
        "Emeka Okafor <emeka@okafortrading.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Send the comparison please. Figures: Q4 was 18 EUR payments, €410k, and 6 in USD, $95k.\nNadia",
        "fx_quote",
        "apple_en",
        "Nadia Rahman <nadia@rahmanspices.co.uk>",
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED = [
    T(
        "fr",
        "not_interested",
        "Non merci, nous avons déjà un PEE chez notre banque.\nCordialement\nD. Faure",
        "pee_dir",
        "outlook_fr",
        "Didier Faure <d.faure@faure-carrelages.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Ça fait 20 ans qu'on est chez le même assureur et on en est contents. Merci quand même.\nJoël, Garage du Pont",
        "assur_pro",
        "gmail_fr",
        "Garage du Pont <garagedupont@free.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Madame,\nNous venons de renouveler notre contrat logiciel pour cinq ans. Inutile d'insister.\nMe Ch. Béranger",
        "notaire_demo",
        "outlook_fr",
        "Me Charles Béranger <c.beranger@beranger-notaires.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\nNous avons arrêté l'abondement l'an dernier faute de trésorerie, ce n'est pas le moment de relancer "
        "un plan. Non merci.\nM. Sabatier",
        "pee_dir",
        "owa_fr",
        "Michel Sabatier <m.sabatier@sabatier-sa.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "pas interesse merci",
        "assur_archi",
        "iphone_fr",
        "Bruno Cazes <bruno@cazes-architecte.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Non, la paie est faite par notre centre de gestion et ça nous convient très bien.\nCave de Prissé",
        "paie_coop",
        "gmail_fr",
        "Cave de Prissé <direction@cave-prisse.fr>",
    ),
    INL(
        "fr",
        "not_interested",
        "",
        "assur_archi",
        "gmail_fr",
        "Lucie Aymard <lucie.aymard@aymard-duval.fr>",
        [("Je vous propose un rendez-vous", "-> non merci, notre RC pro couvre déjà le cyber depuis 2026")],
    ),
    T(
        "fr",
        "not_interested",
        "Ne vous fatiguez pas, l'office est équipé et satisfait.\nMe Rouvière",
        "notaire_ref",
        "outlook_fr",
        "Office Rouvière <accueil@rouviere-notaires.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Merci, mais nous sommes une association : l'intéressement et le PER collectif ne nous concernent pas.\n"
        "Corinne Abadie",
        "pee_rh",
        "gmail_fr",
        "Corinne Abadie <c.abadie@asso-lespasserelles.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "On a confié la paie à la cave coopérative depuis cette année, donc pas besoin. Bonne continuation.\n"
        "G. Lafarge",
        "paie_devis",
        "android_fr",
        "Gilles Lafarge <gilles.lafarge@domainelafarge.fr>",
    ),
    T(
        "en",
        "not_interested",
        "We're happy with our bank, thanks.\nSteve",
        "fx_call",
        "gmail_en",
        "Steve Ingham <steve@inghamtools.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "No need to remove me from anything – it's just not something we need. We invoice and pay everything in "
        "sterling.\n\nAlison Clegg\nAccounts, Clegg Builders' Merchants",
        "fx_quote",
        "outlook_en",
        "Alison Clegg <accounts@cleggbm.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "Thanks but no thanks.\nB.",
        "tna_web",
        "gmail_en",
        "Brendan Kehoe <bkehoe@wexfordcoco.ie>",
    ),
    T(
        "en",
        "not_interested",
        "We have an in-house OD team who do exactly this. Not required.\nR. Devlin\nHR Business Partner",
        "tna_diag",
        "outlook_en",
        "Rosemary Devlin <rosemary.devlin@causewayhealth.nhs.uk>",
    ),
    INL(
        "en",
        "not_interested",
        "Comments below.",
        "fx_quote",
        "outlook_en",
        "Owen Jarvis <owen@jarvisbrewing.co.uk>",
        [
            ("Send me a rough idea", "We don't share payment data with third parties."),
            ("If you'd rather try us", "No."),
        ],
    ),
    T(
        "en",
        "not_interested",
        "Please don't chase me on this – we signed with another provider in December.\nK. Brennan",
        "fx_call",
        "outlook_en",
        "Kieran Brennan <kieran@brennanmotorparts.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "We're under a spending freeze with no end in sight, so it's a no from us.\nHelen Tweedie\nLearning & "
        "Development, Strathallan Council",
        "tna_web",
        "orig_en",
        "Helen Tweedie <helen.tweedie@strathallan.gov.uk>",
    ),
    T(
        "en",
        "not_interested",
        "nah we're good",
        "fx_quote",
        "apple_en",
        "Ash Patel <ash@patelwholesale.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "Thanks Claire, but we're only four and all freelancers, so it doesn't apply to us.\nBen Carver\nCarver "
        "Design Studio, Lyon",
        "pee_dir",
        "gmail_en",
        "Ben Carver <ben@carverdesign.fr>",
    ),
    T(
        "en",
        "not_interested",
        "We've just cancelled the direct debit for our last training provider and won't be replacing it – no budget "
        "for external work. Thanks anyway.\nMaeve",
        "tna_diag",
        "gmail_en",
        "Maeve Gallagher <mgallagher@donegalcoco.ie>",
    ),
]

# --------------------------------------------------------------------------- not_now

NOT_NOW = [
    T(
        "fr",
        "not_now",
        "Bonjour,\nRevenez vers moi après la clôture des comptes fin mars, j'y verrai plus clair sur le résultat.\n"
        "Cordialement\nAlain Vidal\nVidal Emballages",
        "pee_dir",
        "outlook_fr",
        "Alain Vidal <alain.vidal@vidal-emballages.fr>",
        sent="2028-01-19",
        until="2028-04-01",
    ),
    T(
        "fr",
        "not_now",
        "Pas maintenant, on est en pleine taille. Recontactez-moi après les vendanges, mi-octobre.\nDomaine Lécuyer",
        "paie_devis",
        "gmail_fr",
        "Domaine Lécuyer <contact@domaine-lecuyer.fr>",
        sent="2028-02-08",
        until="2028-10-15",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\nL'office déménage en février, on en reparle en mars.\nMe S. Aubert",
        "notaire_demo",
        "outlook_fr",
        "Me Sophie Aubert <s.aubert@aubert-notaire.fr>",
        sent="2028-01-25",
        until="2028-03-01",
    ),
    T(
        "fr",
        "not_now",
        "Notre contrat est reconduit jusqu'au 30 juin. Écrivez-moi début mai, on regardera.\nP. Lanoë, architecte",
        "assur_archi",
        "owa_fr",
        "Pierre Lanoë <p.lanoe@lanoe-architecte.fr>",
        sent="2028-02-15",
        until="2028-05-01",
    ),
    T(
        "fr",
        "not_now",
        "Relancez-moi dans un mois, on est en pleines NAO.\nV. Cazals, DRH",
        "pee_rh",
        "gmail_fr",
        "Valérie Cazals <v.cazals@cazals-logistique.fr>",
        sent="2028-02-09",
        until="2028-03-09",
    ),
    T(
        "fr",
        "not_now",
        "Pas le tps cette semaine, rappelez moi lundi",
        "assur_pro",
        "iphone_fr",
        "Fabien Reboul <fabien@lesfourneaux-sete.fr>",
        sent="2028-02-16",
        until="2028-02-21",
    ),
    T(
        "fr",
        "not_now",
        "Le 23 mars ne va pas, c'est notre assemblée générale. Réinvitez-nous à la prochaine session, à l'automne "
        "sans doute.\nCave coopérative de Chardonnay",
        "paie_coop",
        "gmail_fr",
        "Cave de Chardonnay <contact@cave-chardonnay.fr>",
        sent="2028-03-06",
        until="2028-09-22",
    ),
    T(
        "fr",
        "not_now",
        "On est fermés pour travaux jusqu'au 12 février, recontactez-moi après svp.\nNadia – Chez Nadia, Sète",
        "assur_pro",
        "gmail_fr",
        "Chez Nadia <cheznadia.sete@gmail.com>",
        sent="2028-01-26",
        until="2028-02-13",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\nNotre associée qui s'occupe de l'informatique est en congé maternité jusqu'à l'été. Recontactez "
        "l'office en septembre.\nL'accueil",
        "notaire_ref",
        "outlook_fr",
        "Office notarial du Lac <accueil@notaires-du-lac.fr>",
        sent="2028-02-22",
        until="2028-09-01",
    ),
    T(
        "fr",
        "not_now",
        "Après Pâques, quand notre nouveau DAF aura pris ses fonctions. Pas avant.\nÉ. Rostand",
        "pee_dir",
        "gmail_fr",
        "Éric Rostand <eric.rostand@rostand-froid.fr>",
        sent="2028-03-08",
        until="2028-04-17",
    ),
    T(
        "en",
        "not_now",
        "Can you come back to me once the new FD starts in February? She'll want to be involved.\nGraham",
        "fx_call",
        "outlook_en",
        "Graham Leckie <graham@leckieimports.co.uk>",
        sent="2028-01-13",
        back=2,
        until="2028-02-01",
    ),
    T(
        "en",
        "not_now",
        "Budget goes to full council on 28 February – try me after that.\nDeirdre Halpin\nHead of HR",
        "tna_diag",
        "outlook_en",
        "Deirdre Halpin <dhalpin@carrowmorecoco.ie>",
        sent="2028-01-26",
        until="2028-02-29",
    ),
    T(
        "en",
        "not_now",
        "Not before the new financial year, I'm afraid. Drop me a line in April.\nFergus",
        "tna_web",
        "gmail_en",
        "Fergus Lyall <fergus.lyall@eastmarch.gov.uk>",
        sent="2028-02-03",
        until="2028-04-01",
    ),
    T(
        "en",
        "not_now",
        "We're mid-audit. Try me in a couple of weeks?\nPaula",
        "fx_quote",
        "gmail_en",
        "Paula Greaves <paula@greavesglass.co.uk>",
        sent="2028-02-22",
        until="2028-03-07",
    ),
    T(
        "en",
        "not_now",
        "After Easter please – the trust is in the middle of a CQC inspection.\nDr Amir Rahman\nAssociate Director of "
        "Education",
        "tna_diag",
        "outlook_en",
        "Amir Rahman <amir.rahman@kennetvalley.nhs.uk>",
        sent="2028-03-01",
        until="2028-04-17",
    ),
    T(
        "en",
        "not_now",
        "busy till fri, try me next week",
        "fx_call",
        "apple_en",
        "Wes Harding <wes@hardingauto.co.uk>",
        sent="2028-03-08",
        until="2028-03-13",
    ),
    T(
        "en",
        "not_now",
        "Ask me again in the summer, once we've renegotiated terms with our suppliers in Vietnam.\nChris Pemberton",
        "fx_call",
        "gmail_en",
        "Chris Pemberton <chris@pembertonapparel.co.uk>",
        sent="2028-02-14",
        until="2028-06-20",
    ),
    T(
        "en",
        "not_now",
        "Our restructure consultation closes on 9 March – after that I can think about it.\nLinda",
        "tna_web",
        "outlook_en",
        "Linda Brereton <linda.brereton@calderbank.gov.uk>",
        sent="2028-02-07",
        until="2028-03-10",
    ),
    INL(
        "en",
        "not_now",
        "",
        "fx_quote",
        "outlook_en",
        "Colin Ashby <colin.ashby@ashbyflooring.co.uk>",
        [("Send me a rough idea", "Q4 won't be signed off until mid-February. Ask again then.\nC.A.")],
        sent="2028-01-21",
        until="2028-02-15",
    ),
    T(
        "en",
        "not_now",
        "Mate, we're flat out with the pruning. Get back to me after the harvest – October, say.\nJosh Tanner\n"
        "Domaine Tanner-Lefort",
        "paie_devis",
        "gmail_en",
        "Josh Tanner <josh@tanner-lefort.fr>",
        sent="2028-02-10",
        until="2028-10-01",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL = [
    T(
        "fr",
        "referral",
        "Bonjour,\nC'est notre office manager, Mme Laure Chassagne : l.chassagne@chassagne-notaires.fr\n"
        "Cordialement\nMe Didier Chassagne",
        "notaire_ref",
        "gmail_fr",
        "Me Didier Chassagne <d.chassagne@chassagne-notaires.fr>",
        referral=("Laure Chassagne", "l.chassagne@chassagne-notaires.fr"),
    ),
    T(
        "fr",
        "referral",
        "Voyez avec Maître Benoît Sarrazin, notaire associé, c'est lui qui s'occupe de l'informatique. Son portable : "
        "06 74 21 90 35.\nAccueil de l'office",
        "notaire_ref",
        "outlook_fr",
        "Office Sarrazin & Molinier <accueil@sarrazin-molinier.notaires.fr>",
        referral=("Benoît Sarrazin", None),
    ),
    FWD(
        "fr",
        "referral",
        "Christine (christine.vial@ateliers-vial.fr), tu peux regarder et voir avec elle ? C'est ton sujet. Je mets "
        "Mme Dambrine en copie.\nJean",
        "pee_dir",
        "outlook_fr",
        "Jean Vial <jean.vial@ateliers-vial.fr>",
        referral=("Christine", "christine.vial@ateliers-vial.fr"),
    ),
    FWD(
        "fr",
        "referral",
        "Fabrice, regarde ça stp, la paie c'est toi. Bises\nCéline",
        "paie_devis",
        "gmail_fr",
        "Céline Moreau <celine@domaine-moreau-berthet.fr>",
        referral=("Fabrice", None),
    ),
    T(
        "fr",
        "referral",
        "Je ne suis que le gérant salarié, c'est le propriétaire qui décide pour les assurances : M. Alain Besson, "
        "06 12 48 73 55.\nKarim, Brasserie des Arceaux",
        "assur_pro",
        "gmail_fr",
        "Brasserie des Arceaux <brasseriedesarceaux@gmail.com>",
        referral=("Alain Besson", None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\nJe ne suis plus en charge de l'administratif à la cave. Merci d'adresser vos invitations à "
        "direction@cave-de-vire.fr\nCordialement\nF. Mathieu",
        "paie_coop",
        "outlook_fr",
        "Françoise Mathieu <f.mathieu@cave-de-vire.fr>",
        referral=(None, "direction@cave-de-vire.fr"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\nMme Garnier ne fait plus partie de l'entreprise depuis décembre. La nouvelle DRH est Élodie "
        "Marchetti.\nCordialement\nLe standard – Groupe Altema",
        "pee_rh",
        "owa_fr",
        "Sylvie Garnier <s.garnier@altema.fr>",
        referral=("Élodie Marchetti", None),
    ),
    T(
        "fr",
        "referral",
        "Erreur de destinataire je pense : je suis la comptable de l'agence, pas l'une des associées.\nSandrine",
        "assur_archi",
        "gmail_fr",
        "Sandrine Roux <compta@atelier-sud-archi.fr>",
        referral=(None, None),
    ),
    INL(
        "fr",
        "referral",
        "",
        "notaire_ref",
        "outlook_fr",
        "Office Lagarde <office@lagarde-notaires.fr>",
        [("Pourriez-vous", "-> Nous passons par un prestataire : Infonot Services, support@infonot-services.fr")],
        referral=(None, "support@infonot-services.fr"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\nMme Perrin a quitté le garage fin décembre, vous pouvez la retirer de vos fichiers. Pour les "
        "assurances, c'est moi qui m'en occupe désormais.\nGilles Arnaud\nGarage Arnaud Automobiles",
        "assur_pro",
        "outlook_fr",
        "Muriel Perrin <m.perrin@garage-arnaud.fr>",
        referral=("Gilles Arnaud", None),
    ),
    T(
        "en",
        "referral",
        "That would be our Head of Organisational Development, Dr Fiona Brennan – fiona.brennan@dunmorecoco.ie. "
        "I've let her know to expect you.\nRegards, Colm",
        "tna_diag",
        "outlook_en",
        "Colm Quigley <colm.quigley@dunmorecoco.ie>",
        referral=("Fiona Brennan", "fiona.brennan@dunmorecoco.ie"),
    ),
    T(
        "en",
        "referral",
        "I'm not the right person – supplier payments are handled by our Financial Controller, Tom Whitlock, on "
        "01604 733 210.\nRegards\nAnita Shah\nPurchasing",
        "fx_call",
        "outlook_en",
        "Anita Shah <anita.shah@nenevalleyfoods.co.uk>",
        referral=("Tom Whitlock", None),
    ),
    T(
        "en",
        "referral",
        "Please send this to workforce.development@southmere.gov.uk rather than to me – I've moved to Planning.\nChris",
        "tna_web",
        "gmail_en",
        "Chris Lowther <chris.lowther@southmere.gov.uk>",
        referral=(None, "workforce.development@southmere.gov.uk"),
    ),
    FWD(
        "en",
        "referral",
        "Priya – can you dig out the Q4 numbers for him? Not my area.\nThanks, M",
        "fx_quote",
        "gmail_en",
        "Matt Goodwin <matt@goodwinkitchens.co.uk>",
        referral=("Priya", None),
    ),
    T(
        "en",
        "referral",
        "Please remove James Carter from your list, he left us at Christmas. Anything on FX should go to Sarah Oduya "
        "(s.oduya@kestrel-imports.co.uk).\nReception, Kestrel Imports",
        "fx_call",
        "outlook_en",
        "James Carter <j.carter@kestrel-imports.co.uk>",
        referral=("Sarah Oduya", "s.oduya@kestrel-imports.co.uk"),
    ),
    T(
        "en",
        "referral",
        "Wrong Mark Davies, I'm afraid – I'm a GP in Swansea, nothing to do with the council.\nDr M. Davies",
        "tna_diag",
        "gmail_en",
        "Mark Davies <markdavies.gp@gmail.com>",
        referral=(None, None),
    ),
    INL(
        "en",
        "referral",
        "See below.",
        "tna_diag",
        "outlook_en",
        "Nora Keating <nkeating@glenardcoco.ie>",
        [("If workforce", "It does – Ciarán Ó Murchú, Senior HR Officer (L&D), ext. 4471.")],
        referral=("Ciarán Ó Murchú", None),
    ),
    T(
        "en",
        "referral",
        "Hi, I look after Mr Patel's inbox. FX is handled by our parent company's treasury team at "
        "treasury@patelgroup-holdings.com.\nRegards, Kelly",
        "fx_call",
        "gmail_en",
        "Vikram Patel <vikram@patelhomewares.co.uk>",
        referral=(None, "treasury@patelgroup-holdings.com"),
    ),
    FWD(
        "en",
        "referral",
        "Liz – one for your team? I can't make the 22nd. Copying Siobhán so she has your address "
        "(liz.garvey@corranbay.ie).\nTom",
        "tna_web",
        "apple_en",
        "Tom Geraghty <tom.geraghty@corranbay.ie>",
        referral=("Liz", "liz.garvey@corranbay.ie"),
    ),
    T(
        "en",
        "referral",
        "I'm the owner but my wife Anne-Sophie runs the payroll – she's on anne-sophie@domainehalliwell.fr.\n"
        "Peter Halliwell",
        "paie_devis",
        "gmail_en",
        "Peter Halliwell <peter@domainehalliwell.fr>",
        referral=("Anne-Sophie", "anne-sophie@domainehalliwell.fr"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE = [
    T("fr", "unsubscribe", "STOP", "pee_rh", "gmail_fr", "Hervé Lamy <h.lamy@lamy-plasturgie.fr>"),
    T(
        "fr",
        "unsubscribe",
        "Oubliez-moi, merci.\nMe Ph. Guérard",
        "notaire_demo",
        "outlook_fr",
        "Me Philippe Guérard <ph.guerard@guerard-notaire.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Madame, Monsieur,\nConformément au RGPD (article 17), je vous demande d'effacer mes coordonnées de vos "
        "fichiers et de ne plus me solliciter.\nL. Bertrand",
        "assur_archi",
        "outlook_fr",
        "Laurent Bertrand <l.bertrand@bertrand-archi.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "desinscrire",
        "paie_coop",
        "android_fr",
        "Cave de Bissey <contact@cave-bissey.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Non. Et ne m'écrivez plus, c'est la troisième fois ce mois-ci.\nR. Castel",
        "assur_pro",
        "gmail_fr",
        "Richard Castel <castel.richard@orange.fr>",
    ),
    INL(
        "fr",
        "unsubscribe",
        "",
        "pee_dir",
        "gmail_fr",
        "Joëlle Mazet <joelle.mazet@mazet-fils.fr>",
        [("Seriez-vous disponible", "-> non, et je ne souhaite plus recevoir vos mails")],
    ),
    T(
        "fr",
        "unsubscribe",
        "Bonjour,\nMerci de retirer l'adresse de Maître Delorme de votre liste de diffusion.\nLe secrétariat",
        "notaire_demo",
        "outlook_fr",
        "Me Henri Delorme <h.delorme@delorme-notaires.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "arretez de m'envoyer vos pubs svp",
        "assur_pro",
        "iphone_fr",
        "Snack Le Phare <lephare.snack@gmail.com>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Rayez l'office de vos listes, nous ne voulons plus être démarchés par e-mail.\nMe Fontvieille",
        "notaire_ref",
        "gmail_fr",
        "Office Fontvieille <contact@fontvieille-notaires.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "DÉSABONNER",
        "notaire_demo",
        "gmail_fr",
        "Me Agathe Pinel <a.pinel@pinel-notaire.fr>",
    ),
    T("en", "unsubscribe", "Stop.", "fx_quote", "gmail_en", "Gary Moss <gary@mossfixings.co.uk>"),
    T(
        "en",
        "unsubscribe",
        "unsubscribe pls",
        "tna_web",
        "outlook_en",
        "Sinéad Barry <sinead.barry@killaloecc.ie>",
    ),
    T(
        "en",
        "unsubscribe",
        "Lose my number and my email address.\nD.",
        "fx_call",
        "gmail_en",
        "Dave Rigby <dave@rigbyimports.co.uk>",
    ),
    T(
        "en",
        "unsubscribe",
        "Take me off your list, please.\nK. Rowe",
        "tna_diag",
        "outlook_en",
        "Katherine Rowe <katherine.rowe@avonmeadhealth.nhs.uk>",
    ),
    T(
        "en",
        "unsubscribe",
        "Under UK GDPR I'm asking you to erase my personal data and to stop sending me marketing.\nE. Marsh",
        "fx_call",
        "outlook_en",
        "Eleanor Marsh <eleanor@marshtrading.co.uk>",
    ),
    INL(
        "en",
        "unsubscribe",
        "See below",
        "fx_quote",
        "gmail_en",
        "Neville Burke <nev@burkeandco.co.uk>",
        [("If you'd rather try us", "No. And please stop emailing me.")],
    ),
    T(
        "en",
        "unsubscribe",
        "This is the fourth email. I never gave you consent to contact me. Do not contact me again.\nT. Hargreaves",
        "fx_call",
        "outlook_en",
        "Tim Hargreaves <tim@hargreavesleather.co.uk>",
    ),
    T(
        "en",
        "unsubscribe",
        "Please remove Dr Hughes from your mailing list – she gets far too many of these.\nRegards\nPA to the "
        "Medical Director",
        "tna_web",
        "outlook_en",
        "Dr Carys Hughes <carys.hughes@tawehealth.nhs.uk>",
        hi="Dear Dr Hughes,",
    ),
    T(
        "en",
        "unsubscribe",
        "Not interested, and please don't email again.\nO'Brien",
        "tna_diag",
        "gmail_en",
        "Declan O'Brien <dobrien@limerickcc.ie>",
    ),
    T(
        "en",
        "unsubscribe",
        "Stop please – I don't read French and I didn't sign up for this.\nJ. Lister",
        "pee_rh",
        "gmail_en",
        "James Lister <j.lister@lister-france.fr>",
    ),
]

# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE = [
    N(
        "fr",
        "out_of_office",
        "Réponse automatique : Absente du bureau\n\nBonjour,\nJe suis absente jusqu'au lundi 31 janvier inclus. Pour "
        "toute urgence, vous pouvez contacter Fleur Bastide : f.bastide@atelier-bastide.fr\nCordialement,\n"
        "Marion Lacombe",
        sent="2028-01-24",
    ),
    N(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis en congés du 14 au 25 février, sans accès à ma messagerie. Votre message ne sera pas "
        "transféré ; merci de le renvoyer après mon retour.\nFrédéric Moulin\nDirecteur administratif et financier",
        sent="2028-02-15",
    ),
    N(
        "fr",
        "out_of_office",
        "L'office notarial sera fermé du samedi 26 février au lundi 6 mars inclus. Pour toute urgence, contactez la "
        "Chambre des notaires. Ceci est un message automatique, merci de ne pas y répondre.",
        sent="2028-02-28",
    ),
    N(
        "fr",
        "out_of_office",
        "Le restaurant est fermé pour congés annuels jusqu'au mardi 8 février. Nous répondrons à votre message dès "
        "notre réouverture.\nL'équipe du Comptoir des Halles\n(message automatique)",
        sent="2028-01-31",
    ),
    T(
        "fr",
        "out_of_office",
        "Je suis en congé maternité jusqu'au 15 mai 2028. Pour les questions RH et paie, merci d'écrire à "
        "rh@groupe-ferraz.fr.",
        "pee_rh",
        "outlook_fr",
        "Camille Ferraz <c.ferraz@groupe-ferraz.fr>",
    ),
    N(
        "fr",
        "out_of_office",
        "Merci pour votre message. Nous sommes en pleine période de taille et ne consultons nos e-mails qu'une fois "
        "par semaine. Nous vous répondrons dès que possible.\nDomaine des Perrières – réponse automatique",
    ),
    T(
        "fr",
        "out_of_office",
        "Je suis absent du bureau jusqu'au vendredi 3 mars. J'aurai un accès limité à ma messagerie.\n\nBertrand "
        "Comte\nDirecteur, Cave de Buxy",
        "paie_coop",
        "outlook_fr",
        "Bertrand Comte <b.comte@cave-buxy.fr>",
        sent="2028-02-24",
    ),
    N(
        "fr",
        "out_of_office",
        "Absent jusqu'au 21/02 inclus – message automatique. Urgences : 04 72 38 19 60.",
        sent="2028-02-14",
    ),
    N(
        "fr",
        "out_of_office",
        "[Réponse automatique]\nJe suis en formation du mardi 7 au jeudi 9 mars inclus. Je traiterai votre message à "
        "mon retour.\nSarah Benhamou\nChargée de recrutement",
        sent="2028-03-07",
    ),
    N(
        "fr",
        "out_of_office",
        "Bonjour,\nJe suis actuellement absent et ne lirai pas vos messages avant mon retour. Pour toute demande, "
        "merci d'écrire à accueil@garage-ferrand-auto.fr.\nCeci est une réponse automatique.",
    ),
    N(
        "en",
        "out_of_office",
        "Automatic reply: Annual leave\n\nThank you for your email. I am on annual leave until Monday 14 February and "
        "will respond on my return. For urgent matters please contact the Workforce team at "
        "workforce@kilmarrow.gov.uk.\n\nLaura Finnegan",
        sent="2028-02-07",
    ),
    N(
        "en",
        "out_of_office",
        "I'm out of the office until Tuesday 7 March with limited access to email. If your message is urgent, please "
        "call the office on 0161 496 0720.\n\nThis is an automated reply.",
        sent="2028-03-01",
    ),
    N(
        "en",
        "out_of_office",
        "Thank you for your email. I work part-time (Monday to Wednesday). Emails received on other days will be "
        "dealt with on my next working day.\n\nDr Helen Marsh\nClinical Education Lead",
        sent="2028-02-17",
    ),
    N(
        "en",
        "out_of_office",
        "Tá mé as oifig go dtí an 21 Feabhra. / I am out of the office until 21 February. Urgent queries: "
        "hr@ballyroan.ie\nGo raibh maith agat / Thank you",
        sent="2028-02-14",
    ),
    T(
        "en",
        "out_of_office",
        "Automatic reply: Cutting the cost of your supplier payments\n\nI'm visiting suppliers in China until 18 "
        "February with intermittent access to email. I'll reply when I can.\n\nWei Chen\nSourcing Director",
        "fx_call",
        "outlook_en",
        "Wei Chen <wei.chen@lotusbathrooms.co.uk>",
        sent="2028-02-09",
    ),
    N(
        "en",
        "out_of_office",
        "I'm on parental leave until June. For anything urgent, Dan Foy (dan.foy@meridian-fasteners.co.uk) is "
        "covering my accounts.\n\n[Auto-reply]",
    ),
    N(
        "en",
        "out_of_office",
        "Auto-reply: out until Tuesday 25 January, back then.\nKevin Lyle\nLyle Marine Supplies",
        sent="2028-01-19",
    ),
    N(
        "en",
        "out_of_office",
        "Our offices are closed for stocktake from Monday 28 February to Thursday 2 March. Orders and emails will be "
        "processed from Friday 3 March. This is an automated response – please do not reply.",
        sent="2028-02-28",
    ),
    N(
        "en",
        "out_of_office",
        "I am attending a conference until Thursday 9 March and will have limited access to email. I will respond "
        "as soon as possible on my return.\n\nBest regards,\nPhilippa Grant\nAssistant Director, Workforce",
        sent="2028-03-07",
    ),
    T(
        "en",
        "out_of_office",
        "Out of Office: I am on sick leave and not monitoring emails. Please redirect your query to "
        "learning@harbourlane.gov.uk.",
        "tna_web",
        "orig_en",
        "Owen Pryde <owen.pryde@harbourlane.gov.uk>",
    ),
]

# --------------------------------------------------------------------------- other

OTHER = [
    T(
        "fr",
        "other",
        "Là je suis à la neige avec les enfants, je vous lis à mon retour lundi.",
        "pee_dir",
        "iphone_fr",
        "Stéphanie Gros <s.gros@gros-signaletique.fr>",
    ),
    T(
        "fr",
        "other",
        "Bonjour,\nM. Bonnardot est sur les vignes toute la semaine, je lui ferai passer votre message.\nBonne "
        "journée\nCorinne, secrétariat",
        "paie_devis",
        "outlook_fr",
        "Domaine Bonnardot <domaine.bonnardot@wanadoo.fr>",
    ),
    T(
        "fr",
        "other",
        "Bien reçu, merci.",
        "assur_archi",
        "gmail_fr",
        "Hugo Ferrer <hugo@ferrer-architectes.fr>",
    ),
    T(
        "fr",
        "other",
        "Attention, mon adresse change : écrivez-moi désormais à p.guillemin@cave-de-buxy.fr, l'ancienne sera fermée "
        "fin avril.\nPierre Guillemin",
        "paie_coop",
        "gmail_fr",
        "Pierre Guillemin <pguillemin.buxy@orange.fr>",
    ),
    FWD(
        "fr",
        "other",
        "Chéri, tu en avais parlé avec le comptable de ce truc ? je te transfère",
        "paie_devis",
        "gmail_fr",
        "Isabelle Truchot <isabelle@domaine-truchot.fr>",
    ),
    T(
        "fr",
        "other",
        "Laissez-moi en parler à mon associé, je reviens vers vous.\nCordialement\nH. Daumas",
        "pee_dir",
        "outlook_fr",
        "Henri Daumas <h.daumas@daumas-metallerie.fr>",
    ),
    N(
        "fr",
        "other",
        "Votre message\n\n  À : Xavier Lenoir\n  Objet : RC pro et cyber pour les agences d'architecture\n  Envoyé : "
        "mardi 15 février 2028 10:12\n\na été lu le mardi 15 février 2028 14:47.",
        sent="2028-02-15",
    ),
    N(
        "fr",
        "other",
        "Bonjour,\nNous accusons réception de votre message, enregistré sous le numéro 2028-0412. Le service "
        "administratif de la cave vous répondra dans les meilleurs délais.\nCave coopérative des Vignerons de Mancey "
        "– message généré automatiquement",
    ),
    T(
        "fr",
        "other",
        "J'ai vu votre mail, je suis sur un chantier toute la semaine, je vous réponds vendredi.\nSeb",
        "assur_archi",
        "gmail_fr",
        "Sébastien Marty <seb@marty-archi.fr>",
    ),
    N(
        "fr",
        "other",
        "Ce message a été généré automatiquement.\nLa remise du message suivant a échoué : adresse inconnue\n\n"
        "Destinataire : contact@domaine-lafon-vieux.fr\nMotif : 550 5.1.1 User unknown",
    ),
    T(
        "en",
        "other",
        "On leave till the 14th, will have a look when I'm back.\nS.",
        "tna_diag",
        "gmail_en",
        "Siân Pritchard <sian.pritchard@gwentvale.gov.uk>",
        sent="2028-02-08",
    ),
    N(
        "en",
        "other",
        "Thank you for contacting Harbour Lane Council. Your enquiry has been logged with reference ENQ-2028-118734. "
        "We aim to respond within 10 working days.\nPlease do not reply to this email.",
    ),
    T(
        "en",
        "other",
        "Thanks Oliver, will read it properly later.\nGeorge",
        "fx_call",
        "gmail_en",
        "George Whitfield <george@whitfieldpaper.co.uk>",
    ),
    T(
        "en",
        "other",
        "Please note my new address, n.okeke@wyefordhealth.nhs.uk – this one closes at the end of March.\nNgozi Okeke",
        "tna_web",
        "outlook_en",
        "Ngozi Okeke <ngozi.okeke@wyeford-ccg.nhs.uk>",
    ),
    N(
        "en",
        "other",
        "Delivery has failed to these recipients or groups:\n\nj.doherty@castlegar.gov.uk\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
        "Diagnostic information for administrators:\nRemote Server returned '550 5.1.10 "
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    N(
        "en",
        "other",
        "Your message\n\n  To: Sam Okoro\n  Subject: Side-by-side pricing vs your bank – free\n  Sent: Tuesday, "
        "February 22, 2028 9:04 AM\n\nwas read on Tuesday, February 22, 2028 11:31 AM.",
        sent="2028-02-22",
    ),
    T(
        "en",
        "other",
        "Hi Siobhán,\nMs Quinn is on leave this week. I'll make sure she sees this when she's back.\nRegards,\nTara\n"
        "Business Support Officer",
        "tna_diag",
        "outlook_en",
        "Bernadette Quinn <bquinn@sligobay.ie>",
    ),
    T(
        "en",
        "other",
        "Let me have a think and talk to the MD.\nPhil",
        "fx_call",
        "outlook_en",
        "Phil Castle <phil.castle@castlewine.co.uk>",
    ),
    FWD(
        "en",
        "other",
        "FYI – another one of these webinars. No action needed.\nJ",
        "tna_web",
        "gmail_en",
        "Jackie Moran <jackie.moran@fenlandvale.gov.uk>",
    ),
    T(
        "en",
        "other",
        "Ha, you're the third FX firm to email me this week.\nAndy",
        "fx_quote",
        "gmail_en",
        "Andy Lomas <andy@lomasbikes.co.uk>",
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
random.Random(26).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout26", CASES, sys.argv)
