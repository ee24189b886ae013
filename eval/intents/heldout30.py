"""A thirtieth held-out split, `heldout30`: 200 replies written by a helper session blind to the rules, to the learnt
model, to the classifier's code and tests and to every other split's replies. The author never opened, listed, grepped
nor searched anything under workers/, tests/, bench/, sql/, supabase/, eval/messages, eval/build nor eval/blind*, did
not open eval/intents/cases.json nor eval/intents/README.md, did not list eval/intents/, opened no heldout, tune or
train file but heldout28.py as below, read nothing under /work/scratch, and ran no git command, no `find`, no `grep -r`
/ `rg`, no pytest, no `relance` command, no evaluator, no classifier and no bench script; nothing from workers/ was
imported.
What it opened, in order: in one command `mkdir -p /tmp/h30w`, common.py (whole, one `cat`), a `wc -l` of heldout28.py
and an `ls` of this file's own path (to see that it did not exist yet); pyproject.toml through a `sed` range from
`[tool.ruff` meant to stop at the next table, and /work/shared/INTELLIGENCE.md through a `sed` of its lines 1-5 and an
awk list of its headings; then INTELLIGENCE.md lines 39-49 (the intent section) and heldout28.py lines 1-200 (its module
docstring and its `from __future__` line); then heldout28.py lines 200-212 (its imports, `sys.dont_write_bytecode`, the
`sys.path` line and the import from common) and its last 20 lines (the end of its last case, the CASES list, the seeded
shuffle, the `write_split` call), an `ls` of .venv/bin/ruff and `date`.
Slips: (1) the pyproject `sed` range did not stop after the ruff tables and also printed the [tool.mypy] and
[tool.pytest] tables (type-checking and test settings: paths, flags, one warning filter; nothing about intents); (2)
INTELLIGENCE.md lines 1-5 (its title and the first lines of its introduction, about signature parsing) were printed
besides the intent section; (3) heldout28's docstring, read in full as allowed, describes its senders and its replies'
patterns with ids, states the project's labelling habits (e.g. a hand-written "away until X, will look when back" as
`other`, saying yes to an offered sheet or webinar as `interested`, a referred name recorded without its title, a
"mailbox no longer monitored" notice as `out_of_office`) and ends with the figures of its one blind measurement
(macro-F1 0.777 -> 0.781, interested recall 11/20, other F1 about 0.47, unsubscribe recall 0.900, not_now dates 19/20,
referral names 14-15/20). It was read before any reply below was written, so the classes it found hard (interested,
other, referral names) may have weighed in choosing hard cases, and its habits were followed where this brief is silent
(see below); none of its phrases was copied on purpose, but some patterns recur (read receipts, bounces, a note to a
spouse above a forward, a dead man's successor, a footer word sent back, a decline above a footer).
What was run besides: a python `calendar` print of September to November 2029; the writing of this file (an editor's
create, one python script fixing the `q` helper, six heredoc appends of the cases, one python script moving seven `sent`
dates, one replacing `zip` by `pairwise` for ruff, one removing an unused English email of Lémanis and wrapping this
docstring into the file); `python3 eval/intents/heldout30.py /tmp/h30` with PYTHONDONTWRITEBYTECODE=1, several times; a
throwaway script (/tmp/h30w/check.py) over its output counting cases per class and language, distinct texts (200),
checking the ids' range and split, that every `sent` is a working day of the window and that every not_now has `until`
and every referral (and only a referral) a `referral`; python prints of every case's id, label, language, `sent`, first
70 characters and date or referral (to quote the ids below), of ten rendered cases (inline answers in Gmail, Outlook and
Québec Outlook, a forward, a two-message OWA thread, an iPhone reply) and of the quoted dates of the cases quoting the
two emails about the 20 October open house (seven of them were then moved earlier so that no email invites to a day
already past); `ruff check` (one RUF007, fixed), `ruff format --diff | head -30`, `ruff format` and `ruff check` again
on this file; builds into /tmp/h30 and /tmp/h30b compared by md5; on this file only, a `grep -c` (the removed email
gone), an awk and a python line-length check, a `sed` print of its first lines and a python `ast` read of this
docstring; `test -d eval/intents/__pycache__` (none). Not part of cases.json.
Six invented senders, each email signed by its sender, its footer's opt-out word in its own wording; half write in
French, half in English:
- Sillons Expertise (Niort), Hélène Marchais, an agricultural management and accounting association: to farms of the
  Deux-Sèvres and the Vendée, a free one-hour "diagnostic de gestion" (last balance sheet, three-year average of the
  bénéfice agricole, DPB and PAC file), "deux créneaux" asked; a follow-up with a 2030 "forfait Exploitation"
  (bookkeeping, balance sheet, PAC declaration) "à partir de 1 480 € HT" for an EARL, 1 890 € HT for a two-partner GAEC,
  and a PDF guide "PAC 2030" for "un simple « oui »"; to equestrian centres and gîtes, a free webinar on Thursday 18
  October at 20:30 ("répondez « INSCRIPTION »") or a 350 € HT personal study; to rural veterinary practices, a free
  first meeting with its lawyer Corinne Baudet (footer "répondez simplement « désinscription »");
- Lémanis Export Sàrl (Sion), Florian Mabillard, a broker placing Vaud and Valais wines with importers in Hong Kong,
  Singapore, Tokyo and Seoul: no fixed fee, a 12 % commission on the ex-cellar price, six bottles of two wines for a
  tasting, a 20-minute call; a follow-up for a trade tasting in Hong Kong on 22 November at 380 CHF per wine, samples in
  Sion by 26 October, an export file on request (footer "répondez « retrait »");
- Techno-Sève inc. (Saint-Georges, Beauce), Marie-Ève Poulin, a maple-syrup equipment dealer: a free visit of the
  sugarbush (tubing and mainlines, vacuum test, a "soumission"), tubing installed "à partir de 4,10 $ l'entaille",
  availabilities asked; an open house on Saturday 20 October with a reverse-osmosis unit running and 8 % off every
  "osmoseur" until 30 November, technical sheet on request (footer "répondez DÉSABONNER"); in English to the Eastern
  Townships and Vermont (footer "reply UNSUBSCRIBE");
- Hedgerow & Vale Diversification Ltd (Craven Arms, Shropshire), Harriet Bellingham: glamping, farm shops and venues
  through planning (Class Q, change of use), a free 30-minute discovery call with a booking link; a follow-up with a
  £395 + VAT site appraisal credited against a feasibility study from £2,400 + VAT and a free guide for "Reply GUIDE";
  to livery yards, a free webinar on Tuesday 23 October at 7pm ("reply YES"); to gîte owners in France, its France desk
  led by Solène Guérin, a video call and a study from €2,600 HT (footer "reply REMOVE");
- Tussock Ridge Genetics Ltd (Winton, Southland), Fergus Aitken: Romney, Texel and Coopworth semen to UK sheep breeders
  (straws from £18, £240 shipping, a 20-minute video call), Angus and Hereford semen to US ranchers (from $32 a straw,
  "Reply CATALOG"), a follow-up about the 3 December consignment (footer "reply STOP");
- Skyfield Ag Services LLC (Nevada, Iowa), Kayla Brandt: cover crops flown into standing corn and beans at $16/acre plus
  seed, a free demo booked through a link; a 2030 fungicide pre-booking at $11.50/acre, "Reply with your acres" for a
  quote, a 14-page field report (footer "Reply UNSUBSCRIBE").
Prospects: farms, GAECs and EARLs, wine estates and wine co-operatives, sugarmakers, livery yards and riding schools,
veterinary practices, gîtes and B&Bs, a grain co-operative, ranchers and sheep groups, in France, Vaud and Valais,
Québec and Vermont, England and Wales, Scotland, Iowa, Illinois and Nebraska. Some answer across languages: in French to
Hedgerow & Vale's English (080, 029, 087, and 024 a forward), in English to Sillons Expertise's French (008). Everything
(firms, people, addresses, domains under .example, phone numbers in fictional ranges, prices, products) is invented.
Counts (fr / en): 10 / 10 in each of the ten classes (meeting_request, interested, information_request, quote_request,
not_interested, not_now, referral, unsubscribe, out_of_office, other); 100 / 100. `lang` is the language of the
prospect's new text. `sent`: weekdays from 2029-09-07 to 2029-11-15, in the window 2029-09-04 (Tuesday) to 2029-11-15
(Thursday) with its public holidays off (17 September Jeûne fédéral in Vaud, 8 October Thanksgiving / Columbus Day, 22
October Labour Day in New Zealand, 1 November la Toussaint, 12 November Veterans Day observed); every quoted or
forwarded email one to four working days before the message above it, inside the window (`_before` raises otherwise),
hours as the sender's client prints them. Emails announcing a date (the two webinars, the open house, the sample
deadline) are never quoted after it.
Written as people write: one-liners above Outlook, OWA, Québec Outlook, Gmail, Apple Mail, Android and iPhone threads,
two-email threads (182, 127, 092, 121, 161, 104); inline answers with markers ("[DR]", "[PB]", "[MR]", "[JM]",
"[Secr.]", "**") and without (119, 047, 016, 181, 142, 077, 198); typos, missing accents, SMS style ("ok pr le rdv",
"pas mnt, ds 3 semaines", "Devis svp pr l'etude gite"), Québec French ("en masse", "pis", "c'tu possible", "ma blonde",
"soumission"), franglais ("Count me in pour Hong Kong", "la share avec mon associé", "minimum fee", "unsubscribe-moi");
long formal letters from co-operatives, estates and practices; calendar traffic (a new time proposed); read receipts,
bounces, auto-acknowledgements and a help-desk ticket.
Labelling: the brief's order (unsubscribe > out_of_office > meeting_request > quote_request > information_request >
referral > not_now > interested > not_interested > other) read on the prospect's NEW text, quoted history never
counting. Where the brief is silent, decided as an adviser would (and as heldout28's docstring states the project's
habits, where it speaks): accepting, asking for or proposing a call, a visit, a demo or a slot, or confirming a booking,
is `meeting_request`, also when an assistant asks it for her principal; a price, a fee, a quote, a proposal, or the
figures sent for one, is `quote_request`, and so is a question on what a stated price comes to or whether a discount
applies to it; a question about how the service works or what it covers, or an explicit request for a document, is
`information_request`; saying yes, the call-to-action word ("INSCRIPTION", "CATALOG"), booking a webinar seat or coming
to the open house (a group event, not a slot with the adviser), ordering, or taking up the service with a practical
question, is `interested`; the author's own colleague named as the one who decides or cc'd for it, a successor, a
relative, a neighbour, an address to write to instead, is `referral`, while a colleague of the SENDER named (Mme Guérin,
Jonathan) is not; a person who left with no successor named is `referral` (null, null); a referred name is recorded as
written without a title ("Hollis" for "Mr. Hollis", "Estelle Zufferey" for "Mme Estelle Zufferey"), a first name alone
stays a first name, a department or co-operative address has a null name, a name with a phone number a null address. The
brief's own rule that an absence notice is `out_of_office` "automatic or not" was followed for hand-written ones too
(081 in hospital, 070 "Absent jusqu'à jeudi", 066 on honeymoon, 146 "Away until 24/10", 172 judging at shows), unlike
heldout28's habit; a "mailbox no longer monitored" notice with a new address (003) and notices naming a stand-in (068,
018, 195, 164) are `out_of_office`, not `referral`. A request to delete one's data (169, 010) is `unsubscribe`; a
request to take this address off the list while asking for a phone call (053) is `unsubscribe`, the brief's first rule.
A promise to read later without a date (156 "over the weekend", 125 "tonight") is `other`, not `not_now`.
not_now dates as the brief sets them, from the message day: 098 (12 Sep, "Écrivez-moi en novembre") 2029-11-01; 191 (3
Oct, "après la Toussaint") 2029-11-02; 177 (10 Oct, "cet hiver") 2029-12-21; 074 (26 Sep, "Dans 15 jours") 2029-10-11;
147 (19 Oct, "Après les fêtes") 2030-01-02; 117 (17 Oct, "au deuxième trimestre 2030") 2030-04-01; 028 (13 Nov, inline
"[MR] ... Recontactez-moi mi-janvier") 2030-01-15; 093 (4 Oct, "ds 3 semaines") 2029-10-25; 049 (21 Sep, "le budget de
l'an prochain") 2030-01-01; 167 (24 Oct, "plus tard, quand mon fils aura repris") null; 038 (16 Oct, "late January")
2030-01-25; 005 (19 Sep, "After harvest. Mid-November maybe?") 2029-11-15; 122 (30 Oct, "check back in Q1") 2030-01-01;
054 (27 Sep, "in six weeks") 2029-11-08; 124 (Wednesday 26 Sep, "Next week") Monday 2029-10-01; 138 (Friday 5 Oct, "Drop
me a line Wednesday") 2029-10-10; 042 (6 Nov, "after the 15th") 2029-11-16; 116 (8 Nov, "in the new year") 2030-01-01;
186 (11 Oct, "in a couple years") null; 059 (25 Oct, "Spring would be better") 2030-03-21.
Borderline decisions (ids as built): 002 (a Zoom with the writer and his vet, named), 192 (an email "passed to me", the
writer asking the call), 051 (a secretary asking the meeting for her vet), 017 (no webinar, a site visit asked though
the appraisal is paid), 045 (a price and a demo), 013 (acres given, "rather than a quote ... come out and walk the
fields"), 182 (no guide, talk before figures), 197 (inline: is the 12 % negotiable, then two slots) and 080 (the
sender's France-desk lead asked to call) are `meeting_request`; 036 (yes, "dites-moi simplement où les déposer"), 118
("Ok" to the guide offer), 165 ("INSCRIPTION", a sister to follow too), 114 (a webinar seat for two, a partner named),
120 and 103 (coming to the open house), 025 ("On en reparle quand vous voulez, mais a priori on sera de la partie"), 162
(a co-operative's board says yes, its manager cc'd unnamed), 127 (an order), 158 ("I'll be in touch as soon as our AI
technician confirms the dates") and 088 (inline, "CATALOG" among comments) are `interested`; 001 (what the tubing
installation includes, the guarantee), 142 (inline: does the package include quarterly VAT returns, "oui" to the guide),
082 and 023 (not this year, but send the sheet / the guide), 064 (no meeting, one question), 101 (a wife asking the
details for her husband's gîtes) and 041 ("No need to unsubscribe me", a question) are `information_request`; 183 (the
total for two wines, computable from the email), 075 (the pricing though stated), 155 (does the 8 % apply, "Envoyez-moi
un prix"), 129 (inline: the price for three partners, no guide), 087, 159 and 193 (no call, no demo, no meeting before a
written fee proposal) are `quote_request`; 119 (inline "12 % c'est trop", "Pas la peine"), 047 (inline "Too rich for
us", "No"), 140 (a decline opening "Nous accusons réception"), 137, 175 and 011 (dates that are no deferral: closing the
gîtes, retiring, selling the herd), 008 (a British gîte owner: "So it's a no") and 052 (a practice that stopped breeding
work) are `not_interested`; 130 ("ce message ne m'était pas destiné", nobody named) and 058 ("Wrong Jim Harker") are
`referral` (null, null), 079 (left, successor not yet named) too; 141 ("Mauvaise personne" with the brother named), 095
(Karine cc'd, first name only), 160 (a president with a phone number, null address), 091 and 100 and 184 (an address,
null name), 174 (a widow naming the son), 102 (a forward to a partner with his address, the adviser in copy), 112 (a PA
naming the land agent) and 154 (inline: a successor) are `referral`; 105 ("stop" where the footer says DÉSABONNER), 089
("Unsubscribe" where it says STOP), 163 and 179 (a decline and a stop), 196 (a practice's general inbox), 077 and 198
(inline under the footer), 099 ("unsubscribe-moi, j'ai vendu l'érablière") are `unsubscribe`; 031 (already spoke with
the sender's colleague Jonathan), 034 (an empty reply, only a signature), 024 (a note to a husband above a forward), 084
(will talk to the husband), 148 ("??"), 057 (a robot?), 171 and 056 (the author's own wrong thread), 151 and 115 (read
receipts), 136, 113 and 126 (auto-acknowledgements, no absence), 153 and 176 (bounces), 055 (thanks, with a disclaimer
naming a newsletter's unsubscribe page), 071 ("Merci !") and 065 ("Cheers.") are `other`.
`python3 eval/intents/heldout30.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it;
ids `heldout30-NNN`, in a fixed shuffled order, seed 30). `common` is imported from this file's own directory;
sys.dont_write_bytecode is set first, so no __pycache__ is left. Two builds are byte-identical.
Measured once, blind, by the session that asked for it (2026-12-05, 19:24 UTC, before anyone read a reply of it), at
e7d066f (that session's start) and at a7cc452 (with its first two R8 mends): the same figures both times. Rules and
learnt model, no LLM: macro-F1 0.855 (target 0.85, met), accuracy 0.855, other F1 0.650, interested F1 0.780,
unsubscribe precision 1.000 / recall 0.900, not_now dates 18/20, referral names 14/20 and addresses 19/20, 4.0 % to
an LLM. Rules alone: macro-F1 0.746, 7.0 % to an LLM."""

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

# --------------------------------------------------------------------------- working days of the window

FIRST, LAST = date(2029, 9, 4), date(2029, 11, 15)
# Off: Jeûne fédéral (Vaud, 17 Sep), Thanksgiving / Action de grâce and Columbus Day (8 Oct), Labour Day in New
# Zealand (22 Oct), la Toussaint (1 Nov), Veterans Day observed in the US (12 Nov).
HOLIDAYS = {date(2029, 9, 17), date(2029, 10, 8), date(2029, 10, 22), date(2029, 11, 1), date(2029, 11, 12)}
WORKDAYS = [
    d
    for d in (FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1))
    if d.weekday() < 5 and d not in HOLIDAYS
]


def _day(mmdd: str) -> date:
    d = date(2029, int(mmdd[:2]), int(mmdd[3:]))
    if d not in WORKDAYS:
        raise ValueError(f"{d} is not a working day of the window")
    return d


def _before(d: date, n: int) -> date:
    i = WORKDAYS.index(d) - n
    if not 1 <= n <= 4 or i < 0:
        raise ValueError(f"no working day {n} before {d} in the window")
    return WORKDAYS[i]


def _hm(d: date, key: str) -> str:
    k = d.toordinal() + sum(map(ord, key))
    return f"{7 + k % 11:02d}:{(k * 13) % 60:02d}"


# --------------------------------------------------------------------------- the six senders and their emails

CER = "Hélène Marchais <h.marchais@sillons-expertise.example>"
CER_SIG = """Hélène Marchais
Conseillère d'entreprise agricole
Sillons Expertise – Association de gestion et de comptabilité
12 rue des Tanneurs, 79000 Niort
01 99 00 41 27 | 06 39 98 07 52"""
CER_FOOT = (
    "Vous recevez ce message car votre exploitation figure dans l'annuaire professionnel agricole des Deux-Sèvres "
    "et de la Vendée. Pour ne plus recevoir nos courriels, répondez simplement « désinscription »."
)

LEM = "Florian Mabillard <f.mabillard@lemanis-export.example>"
LEM_SIG = """Florian Mabillard
Lémanis Export Sàrl
Rue des Échalas 7, 1950 Sion
+41 27 555 18 40 | +41 79 555 62 08"""
LEM_FOOT = "Si vous ne souhaitez plus recevoir nos informations, répondez « retrait » à ce message."

TS = "Marie-Ève Poulin <mepoulin@technoseve.example>"
TS_SIG = """Marie-Ève Poulin
Représentante – Beauce, Etchemins et Chaudière-Appalaches
Techno-Sève inc.
855, boulevard Dionne, Saint-Georges (Québec)
418 555-0147 | cell. 418 555-0186"""
TS_FOOT = "Pour vous désabonner de nos envois, répondez DÉSABONNER."

HV = "Harriet Bellingham <harriet@hedgerowvale.example>"
HV_SIG = """Harriet Bellingham
Senior Consultant
Hedgerow & Vale Diversification Ltd
The Old Granary, Bromfield Road, Craven Arms, Shropshire SY7 9ZZ
01632 960418 | 07700 900327"""
HV_FOOT = (
    "Hedgerow & Vale Diversification Ltd, registered in England and Wales no. 13579246. If you'd rather not hear "
    "from us again, reply REMOVE and we'll take you off our list."
)

TR = "Fergus Aitken <fergus@tussockridge.example>"
TR_SIG = """Fergus Aitken
Export Manager
Tussock Ridge Genetics Ltd
27 Oreti Street, Winton 9720, Southland, New Zealand
+64 3 555 0172 | mobile +64 27 555 0193"""
TR_FOOT = "To stop receiving these emails, reply STOP."

SF = "Kayla Brandt <kayla@skyfield-ag.example>"
SF_SIG = """Kayla Brandt
Grower Accounts | Skyfield Ag Services LLC
611 Depot Street, Nevada, IA 50201
(515) 555-0162"""
SF_FOOT = (
    "You're receiving this because you farm in our service area (central Iowa and western Illinois). "
    "Reply UNSUBSCRIBE to be removed from our list."
)

EMAILS: dict[str, tuple[str, str, str]] = {
    "cer_diag": (
        CER,
        "Votre bénéfice agricole 2029 : un diagnostic offert",
        f"""{{hi}}

Avec le nouveau calcul des éco-régimes et la hausse des charges, beaucoup d'exploitations de la Gâtine et du Bocage découvrent au printemps un bénéfice agricole qui ne ressemble pas du tout à leur trésorerie.

Nous vous proposons un diagnostic de gestion gratuit d'une heure, sur votre exploitation ou à notre agence de Niort : lecture de votre dernier bilan, simulation de la moyenne triennale, point sur vos DPB et votre dossier PAC.

Pour fixer le rendez-vous, répondez simplement à ce message en m'indiquant deux créneaux qui vous conviennent.

Bien cordialement,

{CER_SIG}

{CER_FOOT}""",
    ),
    "cer_forfait": (
        CER,
        "Tenue comptable et PAC : notre forfait 2030",
        f"""{{hi}}

Je me permets de revenir vers vous après mon message de la semaine dernière.

Pour 2030, notre forfait « Exploitation » comprend la tenue comptable, le bilan et la liasse fiscale, la télédéclaration PAC et deux rendez-vous de conseil dans l'année : à partir de 1 480 € HT par an pour une EARL, 1 890 € HT pour un GAEC à deux associés.

Je peux aussi vous envoyer notre guide « PAC 2030 : les 10 changements qui touchent votre trésorerie » (PDF, 14 pages). Un simple « oui » en réponse suffit.

Bien cordialement,

{CER_SIG}

{CER_FOOT}""",
    ),
    "cer_gite": (
        CER,
        "Centre équestre, gîtes : bénéfice agricole ou BIC ?",
        f"""{{hi}}

Pensions de chevaux, cours d'équitation, gîtes à la ferme, chambres d'hôtes : selon le montant des recettes et leur part dans votre activité, ces revenus relèvent du bénéfice agricole, des BIC ou d'une société à part, avec des conséquences très différentes sur la TVA et les cotisations MSA.

Nous organisons un webinaire gratuit le jeudi 18 octobre à 20 h 30 (45 minutes, questions comprises). Pour vous inscrire, répondez « INSCRIPTION » à ce message : le lien vous sera envoyé la veille.

Si vous préférez une étude personnalisée de votre situation, elle est facturée 350 € HT, déduits de nos honoraires si vous nous confiez ensuite votre comptabilité.

Bien cordialement,

{CER_SIG}

{CER_FOOT}""",
    ),
    "cer_veto": (
        CER,
        "Cliniques vétérinaires rurales : SEL, holding et rémunération des associés",
        f"""{{hi}}

Dans beaucoup de cliniques rurales, l'arrivée d'un nouvel associé ou le départ d'un fondateur se prépare trop tard : valorisation des parts, holding de reprise, rémunération du gérant, régime social des associés.

Notre pôle professions libérales accompagne aujourd'hui 23 structures vétérinaires en Nouvelle-Aquitaine. Nous vous proposons un premier rendez-vous d'une heure, offert, avec notre juriste Corinne Baudet, à la clinique ou en visioconférence.

Bien cordialement,

{CER_SIG}

{CER_FOOT}""",
    ),
    "lem_asie": (
        LEM,
        "Vos vins en Asie : Hong Kong, Singapour, Tokyo",
        f"""{{hi}}

Lémanis Export place depuis 2019 des vins suisses chez des importateurs, des cavistes et des restaurants à Hong Kong, Singapour, Tokyo et Séoul. La Petite Arvine, l'Humagne rouge, le Cornalin et les Chasselas de garde y trouvent une clientèle prête à payer le prix d'un grand blanc de Bourgogne.

Nous ne facturons aucun forfait : notre rémunération est une commission de 12 % sur le prix départ cave, uniquement sur les commandes livrées et payées.

Pour commencer, il nous faut six bouteilles de deux cuvées, que nous présenterons à nos importateurs à Hong Kong en novembre.

Seriez-vous partant pour un échange de vingt minutes par téléphone, cette semaine ou la suivante ?

Avec mes meilleures salutations,

{LEM_SIG}

{LEM_FOOT}""",
    ),
    "lem_hk": (
        LEM,
        "Dégustation professionnelle à Hong Kong le 22 novembre",
        f"""{{hi}}

Il reste quatre places pour notre dégustation professionnelle du jeudi 22 novembre à Hong Kong, devant une trentaine d'importateurs, de sommeliers et d'acheteurs de la restauration.

La participation est de 380 CHF par cuvée présentée (transport des échantillons, droits et taxes compris). Nous nous chargeons des documents d'exportation et des contre-étiquettes.

Notre dossier « Exporter en Asie : étiquettes, certificats, incoterms » est disponible sur simple demande.

Pour réserver votre place, un simple retour de votre part suffit ; les échantillons doivent être à Sion au plus tard le 26 octobre.

Avec mes meilleures salutations,

{LEM_SIG}

{LEM_FOOT}""",
    ),
    "ts_visite": (
        TS,
        "Votre érablière est-elle prête pour la saison 2030?",
        f"""{{hi}}

Les érablières qui ont remplacé leur vieil évaporateur au bois par un évaporateur aux granules, ou qui l'ont jumelé à un concentrateur, ont coupé leur temps de bouillage de moitié le printemps passé.

Cet automne, on vous offre une visite gratuite de votre érablière : inspection de la tubulure et des maîtres-lignes, test de vide et soumission détaillée, sans engagement. Nos prix d'installation commencent à 4,10 $ l'entaille pour la tubulure 5/16 fournie et posée.

Répondez à ce courriel avec vos disponibilités et on passe vous voir avant les premières neiges.

Bonne journée!

{TS_SIG}

{TS_FOOT}""",
    ),
    "ts_portes": (
        TS,
        "Portes ouvertes le 20 octobre + 8 % sur les osmoseurs",
        f"""{{hi}}

Petit rappel : notre journée portes ouvertes a lieu le samedi 20 octobre, de 9 h à 15 h, à notre salle de montre de Saint-Georges. Démonstration d'un osmoseur 1 200 GPH en marche, dîner hot-dogs offert.

D'ici le 30 novembre, tous nos osmoseurs sont à 8 % de rabais à l'achat, installation en sus. La fiche technique complète est disponible sur demande.

Au plaisir de vous voir!

{TS_SIG}

{TS_FOOT}""",
    ),
    "ts_en": (
        TS,
        "Is your sugarbush ready for the 2030 season?",
        """{hi}

Sugarmakers who swapped their old wood-fired arch for a pellet evaporator, or paired it with a reverse osmosis unit, cut their boiling time in half last spring.

This fall we're offering a free visit to your sugarbush: tubing and mainline inspection, vacuum test and a detailed quote, no obligation. Installed 5/16 tubing starts at CAD 4.10 per tap (about USD 3.00).

Our open house is on Saturday, October 20 in Saint-Georges, with a 1,200 GPH RO running all day.

Just reply with a few dates that work and we'll come by before the snow.

Have a good one,

Marie-Ève Poulin
Techno-Sève inc. – English service for the Eastern Townships and New England
855, boulevard Dionne, Saint-Georges, Quebec
418 555-0147

To unsubscribe from our mailings, reply UNSUBSCRIBE.""",
    ),
    "hv_call": (
        HV,
        "Glamping, a farm shop, or both?",
        f"""{{hi}}

More farms across the Marches and the Welsh borders are adding a second income: four or five glamping pods on a field that never paid, a farm shop in a redundant barn, a wedding venue in the old dairy. The hard part is rarely the building. It's the planning: Class Q prior approval, change of use, highways access, foul drainage, the neighbours.

Since 2021 Hedgerow & Vale has taken more than sixty diversification projects through planning. I'd like to offer you a free 30-minute discovery call to look at what your holding could realistically support.

You can pick a slot directly here: https://book.hedgerowvale.example/harriet

Best wishes,

{HV_SIG}

{HV_FOOT}""",
    ),
    "hv_fees": (
        HV,
        "Site appraisal, and our planning guide",
        f"""{{hi}}

Just following up on my note last week about diversification.

If you'd like us to look at the site itself, a half-day site appraisal costs £395 + VAT, and that fee is credited in full against a feasibility study (from £2,400 + VAT) if you go ahead.

We've also just published a free guide, "Nine planning traps for glamping on a working farm". Reply GUIDE and I'll send it over.

Best wishes,

{HV_SIG}

{HV_FOOT}""",
    ),
    "hv_livery": (
        HV,
        "Livery yard, arena, events: a free webinar on Tuesday 23 October",
        f"""{{hi}}

Equestrian centres and livery yards are sitting on some of the best diversification assets in the countryside: an indoor school that can seat 150, parking, toilets, a club room. Turning them into a venue for clinics, shows or weddings raises questions of change of use, business rates and licensing that catch many yards out.

We're running a free 45-minute webinar on Tuesday 23 October at 7pm. To book a place, just reply YES.

If you'd rather we came to see the yard, our half-day site appraisal is £395 + VAT.

Best wishes,

{HV_SIG}

{HV_FOOT}""",
    ),
    "hv_france": (
        HV,
        "Your gîtes in France: pods, tents, a pool? Our France desk can help",
        f"""{{hi}}

Many of our clients run gîtes in the Charente, the Dordogne and the Limousin. The question we hear most is whether they can add a few safari tents, cabins or a natural pool without falling foul of the PLU, the mairie or the "déclaration préalable".

Our France desk, led by Solène Guérin, works in French and English. We offer a free 30-minute video call and, if it makes sense, a feasibility study from €2,600 HT covering planning, access, water and the numbers.

Book a call here: https://book.hedgerowvale.example/france

Best wishes,

{HV_SIG}

{HV_FOOT}""",
    ),
    "tr_uk": (
        TR,
        "NZ Romney and Texel genetics for your 2030 tupping",
        f"""{{hi}}

Tussock Ridge has bred performance-recorded Romney, Texel and Coopworth flocks in Southland for forty years. Our sires carry top-10% breeding values for lamb survival, growth to weaning and faecal egg count, the traits UK commercial flocks are now paying for.

We export frozen semen through an approved collection centre, with full health certification for Great Britain. Straws start at £18 each, plus a flat £240 for shipping per consignment.

Our 2029 sire catalogue is out this month. Would a 20-minute video call suit you this week or next? Early morning here is evening in the UK, so that works well for farmers.

Cheers,

{TR_SIG}

{TR_FOOT}""",
    ),
    "tr_us": (
        TR,
        "Grass-finished Angus and Hereford genetics from New Zealand",
        f"""{{hi}}

New Zealand Angus and Hereford are bred on grass, without grain, for fertility, calving ease and a moderate frame. US ranchers running grass-finished programs have been using our sires since 2022.

Semen is collected and exported under USDA import permits, which we arrange. Pricing starts at $32 a straw, freight to your nearest approved facility included on orders over 50 straws.

Reply CATALOG and I'll send the 2029 sire catalogue with full EBVs (we can convert the main ones to EPD equivalents).

Cheers,

{TR_SIG}

{TR_FOOT}""",
    ),
    "tr_follow": (
        TR,
        "Following up – 2029 sire catalogue",
        f"""{{hi}}

Just bumping this up your inbox. The 2029 catalogue is out, and the first consignment to the UK and the US leaves Christchurch on 3 December, so orders placed before 16 November make that shipment.

Happy to jump on a call at a time that suits, or answer anything by email.

Cheers,
Fergus

{TR_FOOT}""",
    ),
    "sf_cover": (
        SF,
        "Cover crops flown on before harvest – $16/acre",
        f"""{{hi}}

Cover crop seed flown into standing corn or beans in September gets a three-to-four-week head start over drilling after harvest, and nobody has to drive on wet ground.

Skyfield is FAA Part 137 certified and flies heavy-lift drones covering 250 to 300 acres a day. Cereal rye or annual ryegrass flown on: $16/acre plus seed, no minimum on the first field.

Want to see one fly? Book a free 20-minute demo at your place: https://skyfield-ag.example/book

Thanks,

{SF_SIG}

{SF_FOOT}""",
    ),
    "sf_prebook": (
        SF,
        "2030 pre-booking: fungicide passes and scouting maps",
        f"""{{hi}}

Tar spot hit hard again this year. If you pre-book your 2030 fungicide pass before December 15, we lock in $11.50/acre (2029 rate: $13.00), product not included.

Reply with your acres (corn and beans) and I'll send you a quote the same day. I can also send our 2029 field report (yield checks on sprayed vs. unsprayed strips, 14 pages).

Thanks,

{SF_SIG}

{SF_FOOT}""",
    ),
}

FRENCH = {"cer_diag", "cer_forfait", "cer_gite", "cer_veto", "lem_asie", "lem_hk", "ts_visite", "ts_portes"}


# --------------------------------------------------------------------------- threads


def q(
    key: str,
    style: str,
    n: int = 1,
    *,
    to: str,
    hi: str | None = None,
    hm: str | None = None,
    ia: list[tuple[str, str]] | None = None,
    fwd: bool = False,
    frm: str | None = None,
    subj: str | None = None,
    body: str | None = None,
) -> dict[str, Any]:
    """One earlier message under the reply, `n` working days before the message above it: one of EMAILS (`key`),
    or the prospect's own (`frm`, `subj`, `body`); `ia` holds answers typed inside it after the paragraph holding
    their anchor; `fwd` prints it as Gmail prints a forward."""
    return {
        "key": key,
        "style": style,
        "n": n,
        "to": to,
        "hi": hi,
        "hm": hm,
        "ia": ia,
        "fwd": fwd,
        "frm": frm,
        "subj": subj,
        "body": body,
    }


def _inline(style: str, frm: str, to: str, subj: str, d: date, hm: str, body: str, ia: list[tuple[str, str]]) -> str:
    gt = style.startswith(("gmail", "apple", "iphone"))
    parts: list[tuple[bool, str]] = []
    used: set[str] = set()
    for para in body.split("\n\n"):
        parts.append((False, quoted(para) if gt else para))
        for anchor, answer in ia:
            if anchor in para and anchor not in used:
                used.add(anchor)
                parts.append((True, answer))
    if used != {a for a, _ in ia}:
        raise ValueError(f"anchor not found: {[a for a, _ in ia if a not in used]}")
    out = parts[0][1]
    for (was_answer, _), (is_answer, text) in pairwise(parts):
        out += ("\n>\n" if gt and not was_answer and not is_answer else "\n\n") + text
    head = block(style, frm, to, subj, d, hm, "\x01")
    return head.replace(quoted("\x01") if gt else "\x01", out)


def _render(spec: dict[str, Any], d: date) -> str:
    key = spec["key"]
    if key:
        frm, subj, body = EMAILS[key]
        hi = spec["hi"] or ("Bonjour," if key in FRENCH else "Hello,")
        body = body.replace("{hi}", hi)
    else:
        frm, subj, body = spec["frm"], spec["subj"], spec["body"]
    style, to = spec["style"], spec["to"]
    hm = spec["hm"] or _hm(d, key or subj)
    if spec["ia"]:
        return _inline(style, frm, to, subj, d, hm, body, spec["ia"])
    if spec["fwd"]:
        if style == "gmail_fr":
            return (
                f"\n\n---------- Message transféré ---------\nDe : {frm}\nDate : {when(style, d, hm)}\n"
                f"Objet : {subj}\nÀ : {to}\n\n{body}"
            )
        return (
            f"\n\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {when(style, d, hm)}\n"
            f"Subject: {subj}\nTo: {to}\n\n{body}"
        )
    return block(style, frm, to, subj, d, hm, body)


def R(
    lang: str,
    label: str,
    sent: str,
    new: str,
    *thread: dict[str, Any],
    until: str | None = None,
    ref: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """One reply: the prospect's new text above the thread it answers, sent on 2029-`sent` (MM-DD)."""
    d0 = d = _day(sent)
    text = new
    for spec in thread:
        d = _before(d, spec["n"])
        text += _render(spec, d)
    return C(lang, label, text.strip("\n"), sent=d0.isoformat(), until=until, referral=ref)


# --------------------------------------------------------------------------- meeting_request

MEETING = [
    R(
        "fr",
        "meeting_request",
        "09-13",
        "Bonjour,\n\nok pour le diag. Mardi 18 dans l'après-midi ou jeudi 20 le matin, au GAEC (route de Soudan, le 2e portail après le silo). Prévoyez des bottes, la cour est en travaux.\n\nJérôme Thébault\nGAEC des Trois Chênes",
        q("cer_diag", "gmail_fr", 2, to="jerome.thebault@gaec-troischenes.example", hi="Bonjour Monsieur Thébault,"),
    ),
    R(
        "fr",
        "meeting_request",
        "09-25",
        "Salut Marie-Ève,\n\nJ'ai 6 800 entailles pis ma tubulure date de 2011, y'a des bouts qui fuient en masse, on le voit au vide qui tient pas. Viens faire ton test, je suis à la cabane tous les avant-midis sauf le mercredi. Appelle-moi avant sur mon cell au 418 555-0133, le chemin est pas facile à trouver.\n\nRéjean Lachance\nÉrablière du Rang 6",
        q("ts_visite", "outlook_qc", 1, to="Réjean Lachance", hi="Bonjour M. Lachance,"),
    ),
    R(
        "fr",
        "meeting_request",
        "09-19",
        "Bonjour Monsieur Mabillard,\n\nVotre message tombe bien : nous avions un contact à Singapour l'an dernier, qui n'a rien donné faute de suivi.\n\nJe suis en pleines vendanges jusqu'à la mi-octobre, la journée c'est donc impossible, mais un téléphone en fin de journée vers 18 h 30, oui. Jeudi ou vendredi ? Mon portable : 079 555 27 64.\n\nBelle journée\nDominique Chappuis\nDomaine de la Crausaz, Chexbres",
        q("lem_asie", "apple_fr", 2, to="Domaine de la Crausaz <info@domaine-crausaz.example>", hi="Madame, Monsieur,"),
    ),
    R(
        "fr",
        "meeting_request",
        "10-10",
        "Bonjour,\n\nLe webinaire à 20h30 je ne pourrai pas, c'est l'heure où on nourrit. Est-ce que vous pourriez passer au centre un lundi, c'est notre jour de fermeture ? Je voudrais surtout comprendre ce que devient la TVA sur les pensions si on ouvre les 2 gîtes l'été prochain.\n\nCordialement\nCéline Mauduit\nÉcurie du Grand Pré – Mazières-en-Gâtine\n06 39 98 30 55",
        q("cer_gite", "outlook_fr", 1, to="'Écurie du Grand Pré'", hi="Madame, Monsieur,"),
    ),
    R(
        "fr",
        "meeting_request",
        "10-03",
        "Bonjour,\n\nJ'ai lu votre mail en anglais, je comprends a peu pres. Nous avons 3 gites et une grange a Saint-Cybard, et on voudrait mettre 4 ou 5 tentes safari dans le pre derriere. Est ce que Madame Guerin peut m'appeler ? Plutot le matin avant 11h.\n\n06 39 98 21 07\n\nSylvie Rambaud",
        q("hv_france", "gmail_fr", 3, to="sylvie.rambaud@gites-saintcybard.example", hi="Dear Mrs Rambaud,"),
    ),
    R(
        "fr",
        "meeting_request",
        "10-16",
        "Bonjour Mme Poulin,\n\nOn pourra pas y aller samedi, c'est le souper paroissial. Mais mon gars pis moi on aimerait voir l'osmoseur marcher avant de décider quoi que ce soit. C'tu possible une autre journée à votre salle de montre? Un jeudi idéalement, on descend à Saint-Georges pour le bois.\n\nMerci\nGilles Poirier",
        q("ts_portes", "outlook_qc", 2, to="Gilles Poirier", hi="Bonjour M. Poirier,"),
    ),
    R(
        "fr",
        "meeting_request",
        "09-27",
        "Bonjour,\n\nPas besoin du guide, la chambre d'agriculture nous en envoie déjà assez.\nPar contre votre forfait GAEC m'intéresse, mais je préfère qu'on en parle de vive voix avant de parler chiffres. Vous passez quand du côté de Bressuire ?\n\nPatrick Guillot\nGAEC Guillot Père et Fils",
        q("cer_forfait", "owa_fr", 2, to="gaec.guillot@agrimail.example", hi="Bonjour Monsieur Guillot,"),
        q("cer_diag", "owa_fr", 4, to="gaec.guillot@agrimail.example", hi="Bonjour Monsieur Guillot,"),
    ),
    R(
        "fr",
        "meeting_request",
        "09-21",
        "Bonjour,\nRéponses dans votre texte, en bleu.\nD. Roduit",
        q(
            "lem_asie",
            "outlook_fr",
            1,
            to="Daniel Roduit",
            hi="Bonjour Monsieur Roduit,",
            ia=[
                ("commission de 12 %", "[DR] 12 % sur le départ cave, c'est négociable pour des volumes ?"),
                (
                    "six bouteilles",
                    "[DR] Pas de souci pour les échantillons, on a une Petite Arvine 2027 et un Cornalin 2026.",
                ),
                ("vingt minutes", "[DR] Oui. Plutôt jeudi 27 ou vendredi 28 après 17 h, au 079 555 42 18."),
            ],
        ),
    ),
    R(
        "fr",
        "meeting_request",
        "10-01",
        "ok pr le rdv. jeudi 14h ca vous va ? a la ferme. merci\n\nEnvoyé de mon smartphone Samsung Galaxy",
        q("cer_diag", "android_fr", 1, to="earl.grolleau@agrimail.example"),
    ),
    R(
        "fr",
        "meeting_request",
        "10-18",
        "Bonjour,\n\nJe vous réponds pour le Dr Lemoine, qui est en tournée toute la semaine. Il est d'accord pour le rendez-vous avec votre juriste, de préférence un mardi entre 12 h et 14 h à la clinique (pas en visio, la connexion est trop mauvaise ici). C'est moi qui gère son agenda : proposez-moi une ou deux dates.\n\nCordialement,\n\nAurélie Pineau\nSecrétariat – Clinique vétérinaire du Val de Sèvre\n01 99 00 63 18",
        q("cer_veto", "owa_fr", 2, to="Dr Pascal Lemoine", hi="Docteur,"),
    ),
    R(
        "en",
        "meeting_request",
        "10-02",
        "Harriet,\n\nTried your booking link but there's nothing before the 6th of November. Any chance of something sooner? We've a pre-app meeting with the council on the 2nd and I'd like to talk it through before then. Any evening this week, or Saturday morning.\n\nTom Weatherall\nLower Brockton Farm",
        q("hv_call", "gmail_en", 2, to="tom@lowerbrockton.example", hi="Dear Tom,"),
    ),
    R(
        "en",
        "meeting_request",
        "09-14",
        "Booked Thurs 9/20 at 3pm through your link. Heads up, gate code is 4417, come in past the grain bins and I'll meet you at the shop.\n\n-Dale",
        q("sf_cover", "outlook_us", 2, to="Dale Struthers", hi="Hi Dale,"),
    ),
    R(
        "en",
        "meeting_request",
        "09-24",
        "Dear Fergus,\n\nThank you for your email of 19 September, which has been passed to me as Breeding Manager for the Fellside Romney Group (fourteen member flocks in Cumbria and north Lancashire, about 9,000 recorded ewes).\n\nThe committee has been discussing the introduction of New Zealand genetics for some time, particularly for worm resistance, and I would welcome the opportunity to discuss your sires and the practicalities of importation in more detail. Tuesday 25th or Thursday 27th would suit me, from 7pm UK time. Could you send a video-call invitation to this address?\n\nKind regards,\n\nDr Alison Pryce\nBreeding Manager, Fellside Romney Group\n07700 900614",
        q("tr_uk", "outlook_en", 3, to="secretary@fellsideromney.example", hi="Hi there,"),
    ),
    R(
        "en",
        "meeting_request",
        "10-30",
        "Kayla - rather than a quote over email can you come out and walk the fields with me? 1,100 ac corn and beans, tar spot was bad on the river bottoms this year and I want to know what you'd actually do different. Mornings before 10 are best.\n\nGary Lindholm\nLindholm Farms, Story City",
        q("sf_prebook", "gmail_us", 1, to="Gary Lindholm <gary@lindholmfarms.example>", hi="Hi Gary,"),
    ),
    R(
        "en",
        "meeting_request",
        "10-11",
        "Hey Fergus,\n\nGrass genetics is exactly what we've been hunting for. Would you do a Zoom with me and our vet, Dr. Kessler? She'll want to go through the EBVs line by line (we live by EPDs around here) before I spend a dime. Evenings Central time, any day but Wednesday.\n\nCody Ahrens\nAhrens Cattle Co., Valentine NE",
        q("tr_us", "gmail_us", 3, to="Cody Ahrens <cody@ahrenscattle.example>", hi="Hi Cody,"),
    ),
    R(
        "en",
        "meeting_request",
        "09-21",
        "New Time Proposed: Discovery call – Hedgerow & Vale\n\nRob Garside has proposed a new time for this meeting.\n\nMeeting time\nCurrent: Tuesday, 25 September 2029 10:00-10:30\nProposed: Wednesday, 26 September 2029 16:00-16:30\n\nSorry, the vet's coming Tuesday morning for TB testing.",
    ),
    R(
        "en",
        "meeting_request",
        "10-15",
        "Webinar's no good for me, Tuesdays are clinic nights. But I would like someone to come and look at the indoor school, we reckon it could seat 120 for dressage evenings. Could you do a site visit one morning in early November?\n\nJo\n\nSent from my iPad",
        q("hv_livery", "apple_en", 2, to="Jo Hartley <jo@hartleyequestrian.example>", hi="Dear Jo,"),
    ),
    R(
        "en",
        "meeting_request",
        "10-12",
        "Marie-Eve,\n\nWe'll be at the Franklin County sugarmakers' meeting in St. Albans on Saturday the 3rd. Could you swing by the sugarhouse that afternoon? We're twenty minutes out. I want a second opinion on an RO before I sign with the other dealer.\n\nThanks\nBeth Larocque\nLarocque Sugarworks, Enosburg Falls VT",
        q("ts_en", "gmail_us", 2, to="Beth Larocque <beth@larocquesugarworks.example>", hi="Hi Beth,"),
    ),
    R(
        "en",
        "meeting_request",
        "09-27",
        "Hi Fergus, answers below.\nD. Metcalfe",
        q(
            "tr_uk",
            "gmail_en",
            1,
            to="David Metcalfe <dmetcalfe@swaledalefarm.example>",
            hi="Hi David,",
            ia=[
                ("Straws start at £18", "£18 a straw is fine if the conception rates are what you say they are."),
                (
                    "20-minute video call",
                    "Yes. Wed or Thu, half seven onwards. WhatsApp video on this number is easiest: 07700 900561",
                ),
            ],
        ),
    ),
    R(
        "en",
        "meeting_request",
        "09-11",
        "How much for 600 acres of rye? And can you do a demo first, my neighbor wants to see it too. We could do it on the field that borders his.\n\nSent from my iPhone",
        q("sf_cover", "apple_en", 1, to="Wes Kruger <weskruger@prairiemail.example>", hi="Hi Wes,"),
    ),
]


# --------------------------------------------------------------------------- interested

INTERESTED = [
    R(
        "fr",
        "interested",
        "10-05",
        "Bonjour,\n\nPartants pour le forfait GAEC, on en a plus qu'assez de notre cabinet actuel qui ne répond jamais au téléphone. Je vous laisse revenir vers moi pour la suite.\n\nFranck Bodin\nGAEC du Moulin Neuf",
        q("cer_forfait", "gmail_fr", 3, to="gaec.moulinneuf@agrimail.example"),
    ),
    R(
        "fr",
        "interested",
        "10-12",
        "Ça m'intéresse en masse, l'osmoseur. Mon beau-frère en a un de chez vous à Saint-Prosper pis il est ben content. On va être là samedi le 20.\n\nLuc",
        q("ts_portes", "outlook_qc", 1, to="Luc Quirion", hi="Bonjour M. Quirion,"),
    ),
    R(
        "fr",
        "interested",
        "09-12",
        "Bonjour,\n\nPourquoi pas. Nous exportons déjà un peu au Japon en direct, mais Hong Kong et Singapour nous manquent. Je prépare six bouteilles de Petite Arvine 2027 et six de Cornalin 2026 ; dites-moi simplement où les déposer, on passe à Sion toutes les semaines.\n\nMeilleures salutations\nNadia Carron\nCave des Moulins d'Or, Fully",
        q("lem_asie", "gmail_fr", 2, to="Nadia Carron <nadia@moulinsdor.example>", hi="Bonjour Madame Carron,"),
    ),
    R(
        "fr",
        "interested",
        "09-26",
        "Ok",
        q("cer_forfait", "android_fr", 1, to="scea.lebreton@agrimail.example"),
    ),
    R(
        "fr",
        "interested",
        "10-09",
        "INSCRIPTION\n\nma soeur qui gere les gites suivra aussi depuis chez elle a Parthenay",
        q("cer_gite", "iphone_fr", 1, to="ferme.delaumoniere@agrimail.example"),
    ),
    R(
        "fr",
        "interested",
        "10-17",
        "Bonjour Florian,\n\nCe n'est pas inintéressant du tout. On en reparle quand vous voulez, mais a priori on sera de la partie.\n\nCordialement,\nSébastien Bonvin\nDomaine des Crêtes, Flanthey",
        q("lem_hk", "outlook_fr", 2, to="Sébastien Bonvin", hi="Bonjour Sébastien,"),
    ),
    R(
        "fr",
        "interested",
        "10-19",
        "Count me in pour Hong Kong, on met 2 cuvées (Humagne rouge + Chasselas vieilles vignes). Le virement des 760 CHF part cette semaine, les cartons seront chez vous avant le 26.\n\nJulien",
        q("lem_hk", "gmail_fr", 1, to="Julien Besse <julien@cavebesse.example>", hi="Bonjour Julien,"),
    ),
    R(
        "fr",
        "interested",
        "10-16",
        "Partant.",
        q("ts_portes", "outlook_qc", 2, to="Érablière Veilleux & fils"),
    ),
    R(
        "fr",
        "interested",
        "10-10",
        "Monsieur,\n\nLe conseil d'administration de la Cave des Murgiers a examiné votre proposition lors de sa séance du 9 octobre. Il a décidé d'y donner une suite favorable pour trois de nos spécialités (Petite Arvine, Humagne blanche et Syrah), sous réserve de la validation des contre-étiquettes par notre œnologue.\n\nNotre gérant, en copie, organisera la livraison des échantillons à Sion.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nPour le conseil d'administration\nRaymond Theytaz, président\nCave des Murgiers, société coopérative",
        q("lem_asie", "owa_fr", 3, to="direction@cavedesmurgiers.example", hi="Madame, Monsieur,"),
    ),
    R(
        "fr",
        "interested",
        "10-11",
        "C'est exactement ce qui nous est arrivé en mars : 38 000 € de bénéfice sur le papier et le compte à découvert. Votre forfait EARL nous convient, on signe quand vous voulez.\n\nA. Pelletier\nEARL de la Croix Verte",
        q("cer_forfait", "gmail_fr", 2, to="earl.croixverte@agrimail.example"),
    ),
    R(
        "en",
        "interested",
        "10-04",
        "Right, you've convinced me. My wife's been on about glamping for three years and I've been the one saying no.\n\nIfor",
        q("hv_call", "gmail_en", 1, to="Ifor Bevan <ifor@cwmdulas.example>", hi="Dear Ifor,"),
    ),
    R(
        "en",
        "interested",
        "09-07",
        "Sounds like a good fit for us. We'll have about 400 acres of beans coming off early and I've wanted rye on them for years. Keep me posted.\n\nMike",
        q("sf_cover", "gmail_us", 2, to="Mike Dvorak <mdvorak@dvorakfarms.example>", hi="Hi Mike,"),
    ),
    R(
        "en",
        "interested",
        "10-24",
        "We're in. Put me down for 20 straws of your top calving-ease Angus and 20 of the Hereford with the big marbling number. Ship with the December consignment.\n\nTrent Sorensen\nSorensen Ranch, Gordon NE",
        q("tr_follow", "outlook_us", 2, to="Trent Sorensen", hi="Hi Trent,"),
        q("tr_us", "outlook_us", 4, to="Trent Sorensen", hi="Hi Trent,"),
    ),
    R(
        "en",
        "interested",
        "10-03",
        "Dear Fergus,\n\nThank you, this is timely. We lost far too many lambs to exposure last spring, and the committee has agreed in principle to trial your Romney semen on 150 ewes this autumn. I'll be in touch as soon as our AI technician confirms the dates.\n\nBest wishes,\nRuth Dalgleish\nSecretary, Upper Teesdale Ewe Group",
        q("tr_uk", "outlook_en", 4, to="Ruth Dalgleish", hi="Hi Ruth,"),
    ),
    R(
        "en",
        "interested",
        "11-06",
        "ok",
        q("sf_prebook", "gmail_us", 2, to="bjensen@jensenag.example"),
    ),
    R(
        "en",
        "interested",
        "09-18",
        "Not opposed to it at all. Our agronomist has been on at us to try flying rye into the corn for two years now.\n\nRandy Koch",
        q("sf_cover", "outlook_us", 3, to="Randy Koch", hi="Hi Randy,"),
    ),
    R(
        "en",
        "interested",
        "10-17",
        "Yes! Both of us please, me and my partner Kath. We've been arguing about the arena for months lol\n\nSent from my iPhone",
        q("hv_livery", "apple_en", 1, to="Fen Farm Livery <fenfarmlivery@mailbox.example>"),
    ),
    R(
        "en",
        "interested",
        "10-12",
        "Fergus - comments below with **.\nHank",
        q(
            "tr_us",
            "outlook_us",
            2,
            to="Hank Meier",
            hi="Hi Hank,",
            ia=[
                (
                    "bred on grass",
                    "** About time somebody did. We've been looking for a grass genetics source for years. **",
                ),
                ("$32 a straw", "** fine **"),
                ("Reply CATALOG", "** CATALOG **"),
            ],
        ),
    ),
    R(
        "en",
        "interested",
        "10-18",
        "This is the kind of thing we've been waiting on, the old arch is on its last legs. See you at the open house on Saturday, we'll bring the whole crew.\n\nAndrew & Lise Whitcomb\nWhitcomb Maple, Sutton",
        q("ts_en", "gmail_en", 2, to="Whitcomb Maple <info@whitcombmaple.example>"),
    ),
    R(
        "en",
        "interested",
        "11-07",
        "Honestly I binned your first email without reading it. Read this one properly. We're interested.\n\nG. Armitage",
        q("tr_follow", "gmail_en", 2, to="g.armitage@highmoorfarm.example", hi="Hi Geoff,"),
        q("tr_uk", "gmail_en", 4, to="g.armitage@highmoorfarm.example", hi="Hi Geoff,"),
    ),
]


# --------------------------------------------------------------------------- information_request

INFORMATION = [
    R(
        "fr",
        "information_request",
        "09-10",
        "Bonjour, votre diagnostic est vraiment gratuit ou c'est un produit d'appel pour vendre la tenue comptable ? Et vous suivez aussi les CUMA ? Je suis trésorier de la nôtre.\n\nLaurent Fradet",
        q("cer_diag", "gmail_fr", 2, to="laurent.fradet@agrimail.example", hi="Bonjour Monsieur Fradet,"),
    ),
    R(
        "fr",
        "information_request",
        "09-18",
        "Bonjour,\n\nComment ça se passe pour les droits de douane, les certificats d'origine et l'étiquetage en japonais : c'est vous qui gérez ou c'est à nous de tout préparer ? Nous n'avons jamais exporté hors d'Europe.\n\nMeilleures salutations\nChristophe Dubuis\nDomaine des Trois Sapins, Savièse",
        q("lem_asie", "outlook_fr", 3, to="Christophe Dubuis", hi="Bonjour Monsieur Dubuis,"),
    ),
    R(
        "fr",
        "information_request",
        "10-23",
        "Pas cette année, on vient de changer la pompe à vide pis le budget est passé. Mais envoyez-moi la fiche technique de l'osmoseur, je veux la garder pour l'an prochain.\n\nFrancine Bilodeau",
        q("ts_portes", "outlook_qc", 3, to="Francine Bilodeau", hi="Bonjour Mme Bilodeau,"),
    ),
    R(
        "fr",
        "information_request",
        "10-12",
        "Bonjour,\n\nSi je passe en SCEA au 1er janvier, est-ce que votre webinaire traite de ce cas ? Sinon je ne vois pas l'intérêt de m'inscrire.\n\nBien à vous\nMarc Lehoux\nCentre équestre des Brandes",
        q("cer_gite", "apple_fr", 3, to="contact@equitation-brandes.example"),
    ),
    R(
        "fr",
        "information_request",
        "09-20",
        "Bonjour,\nVos installations de tubulure, vous posez-vous aussi les chalumeaux pis les raccords, ou c'est juste le tuyau? Pis votre garantie sur la pose, c'est combien d'années?\nMerci\nDenis Veilleux",
        q("ts_visite", "outlook_qc", 3, to="Denis Veilleux", hi="Bonjour M. Veilleux,"),
    ),
    R(
        "fr",
        "information_request",
        "10-16",
        "Bonjour,\n\nAvez-vous des références de domaines valaisans que vous représentez déjà en Asie ? J'aimerais en appeler un ou deux avant de vous confier des bouteilles.\n\nSalutations\nP.-A. Germanier",
        q("lem_hk", "outlook_fr", 1, to="Pierre-André Germanier", hi="Bonjour Monsieur Germanier,"),
    ),
    R(
        "fr",
        "information_request",
        "10-09",
        "Hello,\n\nVous avez un deck ou une plaquette en PDF avec des exemples de projets en Charente ? J'aimerais la share avec mon associé avant d'aller plus loin.\n\nThx\nMathilde Roux\nLes Gîtes du Moulin Bas",
        q("hv_france", "gmail_fr", 2, to="Mathilde Roux <mathilde@moulinbas.example>", hi="Dear Mathilde,"),
    ),
    R(
        "fr",
        "information_request",
        "10-04",
        "Cf. plus bas",
        q(
            "cer_forfait",
            "gmail_fr",
            2,
            to="Jean-Luc Sauvaget <jl.sauvaget@agrimail.example>",
            hi="Bonjour Monsieur Sauvaget,",
            ia=[
                (
                    "forfait « Exploitation »",
                    "ça comprend les déclarations de TVA trimestrielles ? on est en TVA agricole au réel normal",
                ),
                ("Un simple « oui »", "oui"),
            ],
        ),
    ),
    R(
        "fr",
        "information_request",
        "10-05",
        "Bonjour,\n\nJe suis l'épouse de M. Girard, c'est moi qui m'occupe des papiers. Est-ce que vous pouvez m'envoyer le détail de ce que vous faites pour les gîtes ? Nous en avons deux, déclarés en meublés de tourisme, et mon mari a 45 vaches laitières à côté.\n\nMartine Girard",
        q("cer_gite", "outlook_fr", 1, to="Alain Girard", hi="Bonjour Monsieur Girard,"),
    ),
    R(
        "fr",
        "information_request",
        "09-14",
        "Bonjour,\n\nJe ne veux pas de rendez-vous pour l'instant, on est en plein ensilage. Juste une question : votre diagnostic porte aussi sur l'assurance récolte et l'épargne de précaution ? Si oui ça peut m'intéresser.\n\nYannick Morin",
        q("cer_diag", "owa_fr", 2, to="Yannick Morin", hi="Bonjour Monsieur Morin,"),
    ),
    R(
        "en",
        "information_request",
        "09-20",
        "Hi Fergus,\n\nWhat's the lead time from order to straws in the tank here? And does the GB health certificate travel with them or do we have to sort that ourselves?\n\nCheers\nIwan Pritchard\nCefn Mawr, Llanidloes",
        q("tr_uk", "gmail_en", 3, to="Iwan Pritchard <iwan@cefnmawr.example>", hi="Hi Iwan,"),
    ),
    R(
        "en",
        "information_request",
        "09-13",
        "Kayla,\nAre you licensed to fly in Illinois or just Iowa? We farm both sides of the river.\n\nThanks\nDoug Petersen",
        q("sf_cover", "outlook_us", 3, to="Doug Petersen", hi="Hi Doug,"),
    ),
    R(
        "en",
        "information_request",
        "09-25",
        "Hi Harriet,\n\nBefore I book anything, do you deal with listed buildings? The barn we have in mind is Grade II and the conservation officer has already been out once.\n\nRegards\nClaire Ashby\nManor Farm, Clun",
        q("hv_call", "outlook_en", 3, to="Claire Ashby", hi="Dear Claire,"),
    ),
    R(
        "en",
        "information_request",
        "11-02",
        "Good afternoon Kayla,\n\nI'm the agronomy manager at Prairie Bend Cooperative. Before we could consider recommending your services to our members, we'd need the following:\n\n1. A copy of your FAA Part 137 certificate and your Section 44807 exemption\n2. Your certificate of insurance showing liability limits\n3. The list of products you are labeled to apply by air\n\nPlease also confirm whether your pilots hold Iowa commercial applicator licenses in the aerial category.\n\nRegards,\nJanelle Hoffmann\nAgronomy Manager | Prairie Bend Cooperative\n(641) 555-0137",
        q("sf_prebook", "outlook_us", 3, to="Janelle Hoffmann", hi="Hi Janelle,"),
    ),
    R(
        "en",
        "information_request",
        "10-11",
        "Not for us this year, we've only just finished the holiday cottage and I'm all out of planning appetite. Could you still send the planning traps guide though? I'd like to keep it on file.\n\nRosie",
        q("hv_fees", "gmail_en", 2, to="Rosie Penhale <rosie@tregarthen.example>", hi="Dear Rosie,"),
    ),
    R(
        "en",
        "information_request",
        "10-09",
        "Do you have any sires with actual data on calving ease in first-calf heifers, not just EBVs? If so send the catalog.\n\nBrandon Yates",
        q("tr_us", "gmail_us", 2, to="Brandon Yates <byates@yatesranch.example>", hi="Hi Brandon,"),
    ),
    R(
        "en",
        "information_request",
        "10-16",
        "Harriet – a couple of questions in your text below. Jan",
        q(
            "hv_livery",
            "outlook_en",
            3,
            to="Jan Morgan",
            hi="Dear Jan,",
            ia=[
                ("change of use", "[JM] Does any of this apply in Wales? We're two fields over the border."),
                ("webinar on Tuesday 23 October", "[JM] Will it be recorded? Tuesday nights are lesson nights here."),
            ],
        ),
    ),
    R(
        "en",
        "information_request",
        "10-04",
        "How does your RO compare with what I've got, a 600 GPH from 2019? Worth upgrading or just new membranes?\n\nPete Ouellette\nOuellette Family Maple, Troy VT",
        q("ts_en", "apple_en", 2, to="Pete Ouellette <pete@ouellettemaple.example>", hi="Hi Pete,"),
    ),
    R(
        "en",
        "information_request",
        "09-26",
        "Dear Mr Aitken,\n\nWe are a mixed practice in the Borders running a laparoscopic AI service for about forty local flocks. Do you supply vets directly, or only through breeders? And is there a handling and thawing protocol for your straws that we could give our technicians?\n\nKind regards\nMhairi Lennox BVM&S MRCVS\nTweedbank Veterinary Centre",
        q("tr_uk", "outlook_en", 2, to="Tweedbank Veterinary Centre", hi="Hi there,"),
    ),
    R(
        "en",
        "information_request",
        "09-24",
        "No need to unsubscribe me, I'm curious is all. How many acres a day can one drone actually do with rye at 60 lb/ac? Seems like a lot of refilling.\n\nKurt",
        q("sf_cover", "gmail_us", 2, to="Kurt Brandvold <kurtb@prairiemail.example>", hi="Hi Kurt,"),
    ),
]


# --------------------------------------------------------------------------- quote_request

QUOTE = [
    R(
        "fr",
        "quote_request",
        "10-09",
        "Combien pour une EARL en céréales avec 40 vaches allaitantes et un atelier de vente directe de colis de viande ? On est au réel simplifié, un seul associé.\n\nS. Pouvreau",
        q("cer_forfait", "gmail_fr", 1, to="s.pouvreau@agrimail.example"),
    ),
    R(
        "fr",
        "quote_request",
        "10-02",
        "Bonjour,\nJ'aurais besoin d'une soumission pour 3 200 entailles, tubulure neuve au complet plus deux maîtres-lignes de 1 pouce. Terrain en pente, ça monte dans le bois. Pas besoin de vous déplacer, je vous envoie le plan de l'érablière en pièce jointe.\nMerci\nSerge Rodrigue",
        q("ts_visite", "outlook_qc", 2, to="Serge Rodrigue", hi="Bonjour M. Rodrigue,"),
    ),
    R(
        "fr",
        "quote_request",
        "10-15",
        "Bonjour, c'est combien au total pour deux cuvées, transport compris ? Et la commission de 12 % s'ajoute ensuite sur les ventes ?\nMerci\nAnne-Laure Cheseaux",
        q("lem_hk", "gmail_fr", 2, to="Anne-Laure Cheseaux <al.cheseaux@domaine-cheseaux.example>"),
    ),
    R(
        "fr",
        "quote_request",
        "10-15",
        "Devis svp pr l'etude gite + les 12 ha. Merci",
        q("cer_gite", "android_fr", 2, to="gaec.brossard@agrimail.example"),
    ),
    R(
        "fr",
        "quote_request",
        "10-18",
        "Le rabais de 8 %, ça s'applique-tu sur le 1 200 GPH avec l'installation? Envoyez-moi un prix, on est rendus là.\nMario Gagnon",
        q("ts_portes", "outlook_qc", 2, to="Mario Gagnon", hi="Bonjour M. Gagnon,"),
    ),
    R(
        "fr",
        "quote_request",
        "10-24",
        "Madame,\n\nNous sommes trois associés (SELARL, deux sites, 14 salariés). Avant d'envisager un rendez-vous, nous souhaitons recevoir une proposition d'honoraires écrite pour la tenue comptable, le bilan et le secrétariat juridique annuel. Notre chiffre d'affaires 2028 était d'environ 1,9 M€.\n\nCordialement,\nDr Vincent Aubrun\nClinique vétérinaire des Deux Rivières",
        q("cer_veto", "outlook_fr", 3, to="Clinique vétérinaire des Deux Rivières", hi="Docteur,"),
    ),
    R(
        "fr",
        "quote_request",
        "09-28",
        "Bonjour, mes réponses en dessous. P. Bernier",
        q(
            "cer_forfait",
            "outlook_fr",
            3,
            to="Philippe Bernier",
            hi="Bonjour Monsieur Bernier,",
            ia=[
                (
                    "forfait « Exploitation »",
                    "[PB] Et pour un GAEC à trois associés avec transformation fromagère ? Combien ?",
                ),
                ("Un simple « oui »", "[PB] Le guide non merci."),
            ],
        ),
    ),
    R(
        "fr",
        "quote_request",
        "10-17",
        "Bonjour,\n\nCombien coûte votre étude de faisabilité pour cinq cabanes dans les arbres ? Le terrain est en zone N au PLU, la mairie n'est pas contre. Pas besoin d'appel, un chiffre me suffit.\n\nÉric Vasseur\nDomaine de la Font Vieille, Nontron",
        q("hv_france", "gmail_fr", 2, to="Éric Vasseur <eric@fontvieille.example>", hi="Dear Mr Vasseur,"),
    ),
    R(
        "fr",
        "quote_request",
        "09-26",
        "Quel est votre pricing exact si on a moins de 500 bouteilles à placer ? Il y a un minimum fee ou pas ? Merci d'avance\nLaura",
        q("lem_asie", "gmail_fr", 2, to="Laura Mottier <laura@cavemottier.example>"),
    ),
    R(
        "fr",
        "quote_request",
        "10-19",
        "Voici mes infos pour votre soumission : 4 500 entailles, évaporateur 4 x 14 au bois (2008), pas de concentrateur, cabane à 1 km du chemin. Je voudrais un prix pour un aux granules pis un à l'huile, pour comparer.\nJacques Bélanger",
        q("ts_visite", "outlook_qc", 3, to="Jacques Bélanger", hi="Bonjour M. Bélanger,"),
    ),
    R(
        "en",
        "quote_request",
        "11-08",
        "Quote for 2,300 ac corn, fungicide, 2030. Mostly 80s, some irregular fields along the creek with trees on two sides.\n\nSent from my iPhone",
        q("sf_prebook", "gmail_us", 3, to="Craig Olufsen <craig@olufsenfarms.example>", hi="Hi Craig,"),
    ),
    R(
        "en",
        "quote_request",
        "10-10",
        "Harriet,\nWhat would the full feasibility study come to for six shepherd's huts plus a small honesty-box shop? Ballpark is fine.\nCheers\nOwen Hughes",
        q("hv_fees", "outlook_en", 2, to="Owen Hughes", hi="Dear Owen,"),
    ),
    R(
        "en",
        "quote_request",
        "10-01",
        "Price for 60 straws of your two top Texel sires delivered to Carlisle, with the certs? Need it in writing for the partners.\n\nJohn Rigg",
        q("tr_uk", "gmail_en", 2, to="John Rigg <john.rigg@riggsfarm.example>", hi="Hi John,"),
    ),
    R(
        "en",
        "quote_request",
        "10-25",
        "Fergus,\n\nPlease send a proposal with pricing for a three-year supply agreement, roughly 200 straws a year, Angus only. We would want exclusivity for the Sandhills.\n\nRegards,\nLaura Beckmann\nGeneral Manager, Sandhills Seedstock Alliance",
        q("tr_us", "outlook_us", 3, to="Laura Beckmann", hi="Hi Laura,"),
    ),
    R(
        "en",
        "quote_request",
        "09-19",
        "$16 an acre is more than the plane guy charges. What's your best number on 900 acres?\n\nBrent",
        q("sf_cover", "gmail_us", 2, to="Brent Haugen <bhaugen@prairiemail.example>", hi="Hi Brent,"),
    ),
    R(
        "en",
        "quote_request",
        "10-04",
        "Good morning Harriet,\n\nFurther to your email, could you please provide a written fee proposal for a Class Q prior approval application for the conversion of two agricultural buildings to dwellings at Coldharbour Farm, Bucknell? Measured drawings can be supplied on request.\n\nKind regards\nHelen Meredith\nMeredith & Sons (Farming)",
        q("hv_call", "orig_en", 4, to="Helen Meredith", hi="Dear Helen,"),
    ),
    R(
        "en",
        "quote_request",
        "11-14",
        "",
        q(
            "sf_prebook",
            "gmail_us",
            2,
            to="Nick Landstrom <nick@landstromgrain.example>",
            hi="Hi Nick,",
            ia=[("Reply with your acres", "1450 corn 800 beans. send numbers")],
        ),
    ),
    R(
        "en",
        "quote_request",
        "09-20",
        "How much?",
        q("hv_call", "apple_en", 4, to="Sarah Venn <sarah@vennhouse.example>", hi="Dear Sarah,"),
    ),
    R(
        "en",
        "quote_request",
        "10-11",
        "Can you price out a 3x10 oil-fired with the preheater, delivered to Richford? No install, we do our own.\n\nThanks,\nNate",
        q("ts_en", "gmail_us", 3, to="Nate Gagne <nate@gagnesugarhouse.example>", hi="Hi Nate,"),
    ),
    R(
        "en",
        "quote_request",
        "09-10",
        "Not keen on the demo, I've seen drones fly. What I need is a number per acre for seeding cover on 1,200 acres, seed included, cereal rye.\n\nTodd Ekstrom\nEkstrom Grain",
        q("sf_cover", "outlook_us", 3, to="Todd Ekstrom", hi="Hi Todd,"),
    ),
]


# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "09-18",
        "Non merci, nous sommes très bien suivis par notre centre de gestion depuis vingt-cinq ans.\n\nM. et Mme Bouchet",
        q("cer_diag", "gmail_fr", 1, to="bouchet.earl@agrimail.example"),
    ),
    R(
        "fr",
        "not_interested",
        "09-20",
        "Bonjour,\nNous vendons tout au caveau et aux restaurants de la région, l'export ne nous concerne pas.\nMeilleures salutations\nFamille Cuénoud, Épesses",
        q("lem_asie", "outlook_fr", 2, to="Cave Cuénoud", hi="Madame, Monsieur,"),
    ),
    R(
        "fr",
        "not_interested",
        "10-17",
        "On vient juste d'acheter un évaporateur chez un concurrent en septembre. Merci quand même pis bonne saison!\nSylvain",
        q("ts_portes", "outlook_qc", 3, to="Sylvain Roy", hi="Bonjour M. Roy,"),
    ),
    R(
        "fr",
        "not_interested",
        "10-03",
        "pas interessé",
        q("cer_forfait", "android_fr", 2, to="earl.picard@agrimail.example"),
    ),
    R(
        "fr",
        "not_interested",
        "10-04",
        "Monsieur,\n\nNous accusons réception de votre courriel du 28 septembre. Après examen, notre comité ne souhaite pas confier la commercialisation de nos vins à un intermédiaire : nos statuts réservent l'export à notre propre service commercial.\n\nNous vous remercions de votre démarche et vous prions d'agréer, Monsieur, nos salutations distinguées.\n\nLa direction\nCave coopérative des Roches Brunes",
        q("lem_asie", "owa_fr", 4, to="info@rochesbrunes.example", hi="Madame, Monsieur,"),
    ),
    R(
        "fr",
        "not_interested",
        "10-11",
        "Ce n'est pas pour nous, on arrête les gîtes au 31 décembre et on vend la longère l'an prochain.\nCordialement\nB. Renaud",
        q("cer_gite", "outlook_fr", 2, to="Bernard Renaud", hi="Bonjour Monsieur Renaud,"),
    ),
    R(
        "fr",
        "not_interested",
        "09-27",
        "Non merci, j'ai 300 entailles pis je fais ça pour le plaisir avec mes petits-enfants. J'ai pas besoin d'un évaporateur aux granules, ha ha.\nRoger",
        q("ts_visite", "outlook_qc", 3, to="Roger Fecteau", hi="Bonjour M. Fecteau,"),
    ),
    R(
        "fr",
        "not_interested",
        "09-25",
        "",
        q(
            "lem_asie",
            "outlook_fr",
            2,
            to="Cave du Rocher Rouge",
            hi="Madame, Monsieur,",
            ia=[
                ("commission de 12 %", "12 % c'est trop pour nous, nos marges sont déjà serrées."),
                ("vingt minutes", "Pas la peine."),
            ],
        ),
    ),
    R(
        "fr",
        "not_interested",
        "10-18",
        "Votre proposition est intéressante, mais on n'a ni le temps ni l'envie de se lancer dans l'export. On a 4 hectares, tout part au caveau.\nBonne soirée\nOlivier",
        q(
            "lem_hk",
            "gmail_fr",
            2,
            to="Olivier Masserey <olivier@cavemasserey.example>",
            hi="Bonjour Monsieur Masserey,",
        ),
    ),
    R(
        "fr",
        "not_interested",
        "09-21",
        "On prend notre retraite en mars, l'exploitation sera reprise par un jeune qui a déjà son comptable. Merci quand même.\nGérard Rivault",
        q("cer_diag", "apple_fr", 3, to="Gérard Rivault <g.rivault@agrimail.example>", hi="Bonjour Monsieur Rivault,"),
    ),
    R(
        "en",
        "not_interested",
        "09-14",
        "No thanks.",
        q("hv_call", "gmail_en", 2, to="Mark Lloyd <mark@pentrefarm.example>", hi="Dear Mark,"),
    ),
    R(
        "en",
        "not_interested",
        "09-12",
        "We already use Bremer Flying Service for all our application work. Happy with them. Thanks anyway",
        q("sf_cover", "gmail_us", 1, to="Dennis Frahm <dfrahm@frahmfarms.example>", hi="Hi Dennis,"),
    ),
    R(
        "en",
        "not_interested",
        "09-21",
        "Not interested. Closed flock, we breed our own tups and have done since 1987.",
        q("tr_uk", "gmail_en", 2, to="Stainton Farm <staintonfarm@mailbox.example>"),
    ),
    R(
        "en",
        "not_interested",
        "10-09",
        "Dear Ms Bellingham,\n\nThank you for your email. We have considered diversification at length as a family and have decided that it is not for us; the farm will stay a working beef and sheep enterprise for as long as we're running it.\n\nWe wish you well with your business.\n\nYours sincerely,\nEdward Pryor\nUpper Heath Farm",
        q("hv_call", "outlook_en", 3, to="Edward Pryor", hi="Dear Mr Pryor,"),
    ),
    R(
        "en",
        "not_interested",
        "11-05",
        "Pass.",
        q("sf_prebook", "gmail_us", 3, to="Roy Tessmer <roytessmer@prairiemail.example>", hi="Hi Roy,"),
    ),
    R(
        "en",
        "not_interested",
        "09-26",
        "",
        q(
            "sf_cover",
            "outlook_us",
            4,
            to="Alan Busch",
            hi="Hi Alan,",
            ia=[
                ("$16/acre plus seed", "Too rich for us."),
                ("Book a free 20-minute demo", "No."),
            ],
        ),
    ),
    R(
        "en",
        "not_interested",
        "11-13",
        "Appreciate it but no. We tried drones in 2027 and the coverage was spotty on the end rows. Staying with the ground rig.\nJim",
        q("sf_prebook", "outlook_us", 3, to="Jim Albrecht", hi="Hi Jim,"),
    ),
    R(
        "en",
        "not_interested",
        "10-12",
        "Hello, sorry, my French isn't up to much. We're British and run two gîtes near Confolens. I'd love to say yes to the study, but the bank won't let us spend a cent on anything that isn't the roof. So it's a no, I'm afraid.\n\nKind regards\nJulia Hammond",
        q(
            "cer_gite",
            "gmail_en",
            3,
            to="Julia Hammond <julia.hammond@lesnoyers.example>",
            hi="Bonjour Madame Hammond,",
        ),
    ),
    R(
        "en",
        "not_interested",
        "10-02",
        "Thanks for this, but we stopped doing AI and breeding work two years ago. We're small animal and equine only now. Not one for us.\n\nReception team\nHillcrest Vets",
        q("tr_uk", "outlook_en", 3, to="Hillcrest Vets", hi="Hi there,"),
    ),
    R(
        "en",
        "not_interested",
        "10-16",
        "We're selling the cow herd in the spring and going to row crops, so this one isn't for us. Good luck.\n\nDave",
        q("tr_us", "gmail_us", 4, to="Dave Lindgren <dave@lindgrenranch.example>", hi="Hi Dave,"),
    ),
]


# --------------------------------------------------------------------------- not_now

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "09-12",
        "Bonjour,\nPas avant la fin des vendanges, on a tout juste commencé le Chasselas. Écrivez-moi en novembre, je serai plus disponible.\nCordialement\nValérie Ruchet",
        q("lem_asie", "gmail_fr", 2, to="Valérie Ruchet <valerie@domaineruchet.example>", hi="Bonjour Madame Ruchet,"),
        until="2029-11-01",
    ),
    R(
        "fr",
        "not_now",
        "10-03",
        "Recontactez-moi après la Toussaint, en ce moment c'est semis de blé du matin au soir.\n\nT. Gaborit",
        q("cer_diag", "gmail_fr", 1, to="t.gaborit@agrimail.example"),
        until="2029-11-02",
    ),
    R(
        "fr",
        "not_now",
        "10-10",
        "Reviens-moi cet hiver, là j'ai pas la tête à ça, la chasse commence samedi pis j'ai encore du foin à rentrer.\nStéphane",
        q("ts_visite", "outlook_qc", 2, to="Stéphane Lessard", hi="Bonjour M. Lessard,"),
        until="2029-12-21",
    ),
    R(
        "fr",
        "not_now",
        "09-26",
        "Bonjour,\n\nDans 15 jours je serai plus dispo pour regarder votre forfait, on termine les maïs.\n\nCordialement\nEARL Chaigneau",
        q("cer_forfait", "owa_fr", 1, to="EARL Chaigneau", hi="Bonjour,"),
        until="2029-10-11",
    ),
    R(
        "fr",
        "not_now",
        "10-19",
        "Après les fêtes. On a pas le budget avant.\nMerci\nGuylaine Fortin",
        q("ts_portes", "outlook_qc", 3, to="Guylaine Fortin", hi="Bonjour Mme Fortin,"),
        until="2030-01-02",
    ),
    R(
        "fr",
        "not_now",
        "10-17",
        "Bonjour Madame,\n\nNotre contrat avec notre cabinet actuel court jusqu'à la clôture de l'exercice. Revenez vers nous au deuxième trimestre 2030, nous ferons le point à ce moment-là.\n\nCordialement,\nMarie-Claude Texier\nGAEC de la Vallée du Thouet",
        q("cer_forfait", "outlook_fr", 3, to="GAEC de la Vallée du Thouet", hi="Madame, Monsieur,"),
        until="2030-04-01",
    ),
    R(
        "fr",
        "not_now",
        "11-13",
        "Bonjour, ci-dessous. M. Roh",
        q(
            "lem_asie",
            "outlook_fr",
            2,
            to="Michel Roh",
            hi="Bonjour Monsieur Roh,",
            ia=[
                ("six bouteilles", "[MR] Pour cette année c'est trop tard, les cuvées sont vendues."),
                ("vingt minutes", "[MR] Pas le moment. Recontactez-moi mi-janvier, on aura mis en bouteille."),
            ],
        ),
        until="2030-01-15",
    ),
    R(
        "fr",
        "not_now",
        "10-04",
        "pas mnt, ds 3 semaines",
        q("cer_diag", "android_fr", 2, to="gaec.lesaulniers@agrimail.example"),
        until="2029-10-25",
    ),
    R(
        "fr",
        "not_now",
        "09-21",
        "Monsieur,\n\nNotre budget 2029 de promotion est entièrement engagé. Votre proposition pourra être examinée dans le cadre du budget de l'an prochain ; nous vous remercions de reprendre contact à ce moment-là.\n\nAvec nos salutations distinguées,\n\nJean-Daniel Métral\nDirecteur commercial, Cave des Grands Chênes, Féchy",
        q("lem_asie", "owa_fr", 3, to="Jean-Daniel Métral", hi="Bonjour Monsieur Métral,"),
        until="2030-01-01",
    ),
    R(
        "fr",
        "not_now",
        "10-24",
        "Peut-être plus tard, quand mon fils aura repris l'exploitation. Pour l'instant je ne change rien.\nR. Barreau",
        q("cer_forfait", "gmail_fr", 2, to="r.barreau@agrimail.example"),
        until=None,
    ),
    R(
        "en",
        "not_now",
        "10-16",
        "Hi Fergus,\n\nGet back to me late January. Tupping's on now and we won't have the scanning results till then anyway.\n\nCheers\nAlun",
        q("tr_uk", "gmail_en", 3, to="Alun Roberts <alun@tynant.example>", hi="Hi Alun,"),
        until="2030-01-25",
    ),
    R(
        "en",
        "not_now",
        "09-19",
        "After harvest. Mid-November maybe?\n\nSent from my iPhone",
        q("sf_cover", "gmail_us", 1, to="Steve Harms <sharms@harmsfarms.example>", hi="Hi Steve,"),
        until="2029-11-15",
    ),
    R(
        "en",
        "not_now",
        "10-30",
        "Kayla, check back in Q1. We do all our input budgeting in January and February.\n\nMatt Voss",
        q("sf_prebook", "outlook_us", 2, to="Matt Voss", hi="Hi Matt,"),
        until="2030-01-01",
    ),
    R(
        "en",
        "not_now",
        "09-27",
        "Harriet,\n\nWe're in the middle of a planning appeal on the cattle shed, so I can't think about anything else just now. Could you come back to me in six weeks?\n\nRegards\nNeil Carver",
        q("hv_call", "outlook_en", 3, to="Neil Carver", hi="Dear Neil,"),
        until="2029-11-08",
    ),
    R(
        "en",
        "not_now",
        "09-26",
        "Next week please, we're flat out with the maize.\n\nKate",
        q("hv_fees", "gmail_en", 1, to="Kate Willoughby <kate@brookhousefarm.example>", hi="Dear Kate,"),
        until="2029-10-01",
    ),
    R(
        "en",
        "not_now",
        "10-05",
        "Can't look at this till after the ram sale. Drop me a line Wednesday.\n\nHugh",
        q("tr_uk", "gmail_en", 2, to="Hugh Kerr <hugh.kerr@glenwhargen.example>", hi="Hi Hugh,"),
        until="2029-10-10",
    ),
    R(
        "en",
        "not_now",
        "11-06",
        "Things calm down after the 15th, try me then.\n\nLuke",
        q("sf_prebook", "gmail_us", 3, to="Luke Ostrander <luke@ostranderag.example>", hi="Hi Luke,"),
        until="2029-11-16",
    ),
    R(
        "en",
        "not_now",
        "11-08",
        "Hi Harriet,\n\nBudget's spent for this year, I'm afraid. Happy to look at the appraisal again in the new year.\n\nBest\nSophie Lyle\nLyle Farm Partnership",
        q("hv_fees", "outlook_en", 3, to="Sophie Lyle", hi="Dear Sophie,"),
        until="2030-01-01",
    ),
    R(
        "en",
        "not_now",
        "10-11",
        "Bit early for us. Maybe in a couple years when my son's back from ag school and wants to run the cattle side.\n\nLarry",
        q("tr_us", "gmail_us", 3, to="Larry Kuhl <larry@kuhlranch.example>", hi="Hi Larry,"),
        until=None,
    ),
    R(
        "en",
        "not_now",
        "10-25",
        "Spring would be better. We'll know by then whether the pods have got permission.\n\nDan",
        q("hv_call", "gmail_en", 2, to="Dan Ellery <dan@ashfieldbarns.example>", hi="Dear Dan,"),
        until="2030-03-21",
    ),
]


# --------------------------------------------------------------------------- referral

REFERRAL = [
    R(
        "fr",
        "referral",
        "09-11",
        "Mauvaise personne : c'est mon frère Bruno qui s'occupe de la compta du GAEC. bruno.auger@gaec-fontblanche.example",
        q(
            "cer_diag",
            "gmail_fr",
            1,
            to="Yves Auger <yves.auger@gaec-fontblanche.example>",
            hi="Bonjour Monsieur Auger,",
        ),
        ref=("Bruno", "bruno.auger@gaec-fontblanche.example"),
    ),
    R(
        "fr",
        "referral",
        "09-14",
        "Bonjour,\n\nJe ne m'occupe plus de la cave depuis juin. Voyez avec Mme Estelle Zufferey, la nouvelle directrice : estelle.zufferey@cave-des-follateres.example\n\nSalutations\nPierre-Yves Zuber",
        q("lem_asie", "outlook_fr", 3, to="Pierre-Yves Zuber", hi="Bonjour Monsieur Zuber,"),
        ref=("Estelle Zufferey", "estelle.zufferey@cave-des-follateres.example"),
    ),
    R(
        "fr",
        "referral",
        "09-28",
        "Bonjour,\nC'est Nathalie, ma blonde, qui s'occupe de l'érablière. Moi je suis aux vaches. Écrivez-lui à nathalie.bolduc@fermebolduc.example\nMartin",
        q("ts_visite", "outlook_qc", 4, to="Martin Bolduc", hi="Bonjour M. Bolduc,"),
        ref=("Nathalie", "nathalie.bolduc@fermebolduc.example"),
    ),
    R(
        "fr",
        "referral",
        "10-05",
        "Madame,\n\nJe transfère votre message à mon associé Denis Mauger (denis.mauger@ferme-des-ajoncs.example), qui gère toute la partie hébergement, et je le mets en copie.\n\nDenis, regarde ça, c'est pour toi je pense.\n\nClaude Lemaître\nFerme des Ajoncs",
        q("cer_gite", "outlook_fr", 3, to="Claude Lemaître", hi="Bonjour Monsieur Lemaître,"),
        ref=("Denis Mauger", "denis.mauger@ferme-des-ajoncs.example"),
    ),
    R(
        "fr",
        "referral",
        "10-17",
        "Bonjour,\n\nJe crois que ce message ne m'était pas destiné : je suis vétérinaire salariée, je n'ai aucune part dans la clinique. Bonne journée.\n\nDr Anaïs Berthomé",
        q("cer_veto", "outlook_fr", 2, to="Anaïs Berthomé", hi="Docteur,"),
        ref=(None, None),
    ),
    R(
        "fr",
        "referral",
        "10-12",
        "Bonjour,\n\nM. Pittet a quitté le domaine fin août. Son successeur n'est pas encore nommé ; je transmettrai votre message dès que nous en saurons plus.\n\nSecrétariat\nDomaine du Petit Versvey",
        q("lem_hk", "outlook_fr", 2, to="Jean-Marc Pittet", hi="Bonjour Monsieur Pittet,"),
        ref=(None, None),
    ),
    R(
        "fr",
        "referral",
        "09-27",
        "Adressez-vous plutôt à notre président, M. Alain Crettenand, c'est lui qui décide de ce genre de choses. Il est joignable au 027 555 61 90 le matin.\n\nLe secrétariat de la Cave des Quatre Vents",
        q("lem_asie", "gmail_fr", 2, to="Cave des Quatre Vents <secretariat@quatrevents.example>"),
        ref=("Alain Crettenand", None),
    ),
    R(
        "fr",
        "referral",
        "10-10",
        "Bonjour,\n\nJe mets en copie Karine, notre comptable salariée, c'est elle qui décidera.\n\nCordialement\nThierry Brunet\nSCEA des Grands Champs",
        q(
            "cer_forfait",
            "gmail_fr",
            3,
            to="Thierry Brunet <t.brunet@grandschamps.example>",
            hi="Bonjour Monsieur Brunet,",
        ),
        ref=("Karine", None),
    ),
    R(
        "fr",
        "referral",
        "09-19",
        "pas moi. voir avec la cuma, cuma.lavaud@agrimail.example",
        q("cer_diag", "android_fr", 3, to="p.lavaud@agrimail.example"),
        ref=(None, "cuma.lavaud@agrimail.example"),
    ),
    R(
        "fr",
        "referral",
        "10-23",
        "Bonjour, voir ci-dessous.\nLe secrétariat",
        q(
            "cer_veto",
            "outlook_fr",
            4,
            to="Clinique vétérinaire du Bocage",
            hi="Docteur,",
            ia=[
                (
                    "premier rendez-vous",
                    "[Secr.] Le Dr Audebert est parti à la retraite en juillet. La clinique a été reprise par le Dr Hugo Sarrazin : h.sarrazin@clinique-bocage.example",
                )
            ],
        ),
        ref=("Hugo Sarrazin", "h.sarrazin@clinique-bocage.example"),
    ),
    R(
        "en",
        "referral",
        "09-12",
        "Wrong Jim Harker, I'm afraid. I teach maths in Derby and my only livestock is a cat. Good luck finding him.",
        q("hv_call", "gmail_en", 2, to="Jim Harker <jimharker@mailbox.example>", hi="Dear Jim,"),
        ref=(None, None),
    ),
    R(
        "en",
        "referral",
        "09-20",
        "I'm just the office help here. You'll want Mr. Hollis himself, his email is r.hollis@hollisfarms.example\n\nDeb, Hollis Farms office",
        q("sf_cover", "outlook_us", 2, to="Hollis Farms Office", hi="Hi there,"),
        ref=("Hollis", "r.hollis@hollisfarms.example"),
    ),
    R(
        "en",
        "referral",
        "10-12",
        "Hello,\n\nGwen retired in July. Her role is now covered by our yard manager, Sam Bright - sam@brightwater-equestrian.example.\n\nThanks,\nBrightwater Equestrian Centre",
        q("hv_livery", "outlook_en", 2, to="Gwen Talbot", hi="Dear Gwen,"),
        ref=("Sam Bright", "sam@brightwater-equestrian.example"),
    ),
    R(
        "en",
        "referral",
        "10-31",
        "Please direct this to our agronomy department, agronomy@prairiebend.example. I'm in grain merchandising.\n\nTom Schaefer | Grain Merchandiser | Prairie Bend Cooperative",
        q("sf_prebook", "outlook_us", 1, to="Tom Schaefer", hi="Hi Tom,"),
        ref=(None, "agronomy@prairiebend.example"),
    ),
    R(
        "en",
        "referral",
        "09-28",
        "Fergus, I'm adding my dad, Ian McAllister (ian.mcallister@braeheadfarm.example), who runs the breeding side. Dad, see below – the NZ Romney chap.\n\nKirsty",
        q("tr_uk", "gmail_en", 3, to="Kirsty McAllister <kirsty@braeheadfarm.example>", hi="Hi Kirsty,"),
        ref=("Ian McAllister", "ian.mcallister@braeheadfarm.example"),
    ),
    R(
        "en",
        "referral",
        "10-18",
        "Not me, mate. Talk to Ben at the ram breeders' club, he does the buying for the lot of us.",
        q("tr_uk", "gmail_en", 2, to="Colin Ashworth <colin@hallgarth.example>", hi="Hi Colin,"),
        ref=("Ben", None),
    ),
    R(
        "en",
        "referral",
        "10-05",
        "Dear Ms Bellingham,\n\nThank you for your email of 3 October. Lady Ashworth has asked me to let you know that diversification projects on the estate are handled by our land agents, Thorne & Vickery of Hereford, who will be pleased to hear from you. The partner responsible is Rupert Thorne (rthorne@thornevickery.example).\n\nYours sincerely,\n\nMargaret Dunne\nPA to Lady Ashworth\nCaswell Estate Office",
        q("hv_call", "outlook_en", 2, to="Lady Ashworth", hi="Dear Lady Ashworth,"),
        ref=("Rupert Thorne", "rthorne@thornevickery.example"),
    ),
    R(
        "en",
        "referral",
        "09-25",
        "Hi Kayla, Ron passed away in June. His son Matt runs the place now, you can reach him at matt.dunleavy@dunleavyfarms.example.\n\nCarol Dunleavy",
        q("sf_cover", "gmail_us", 3, to="Ron Dunleavy <ron@dunleavyfarms.example>", hi="Hi Ron,"),
        ref=("Matt", "matt.dunleavy@dunleavyfarms.example"),
    ),
    R(
        "en",
        "referral",
        "11-09",
        "Try my neighbor Karl Vos, he's the one with 3,000 acres. I just cash-rent to him, I don't farm it myself anymore.",
        q("sf_prebook", "gmail_us", 2, to="Arlene Pruitt <arlene.pruitt@prairiemail.example>", hi="Hi Arlene,"),
        ref=("Karl Vos", None),
    ),
    R(
        "en",
        "referral",
        "10-10",
        "Hello,\n\nI'm the practice manager; our farm vets handle anything breeding-related. Best to write to farm@greystones-vets.example and one of them will pick it up.\n\nKind regards\nLinda Marsh\nPractice Manager, Greystones Veterinary Group",
        q("tr_uk", "outlook_en", 2, to="Greystones Veterinary Group", hi="Hi there,"),
        ref=(None, "farm@greystones-vets.example"),
    ),
]


# --------------------------------------------------------------------------- unsubscribe

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "09-07",
        "DESINSCRIPTION svp",
        q("cer_diag", "gmail_fr", 2, to="earl.mainard@agrimail.example"),
    ),
    R(
        "fr",
        "unsubscribe",
        "09-13",
        "Retirez-moi de votre liste s'il vous plaît, je n'ai jamais donné mon adresse à qui que ce soit.\nC. Favre",
        q("lem_asie", "gmail_fr", 2, to="c.favre@bluewin-mail.example"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-19",
        "Arrêtez de m'écrire svp, c'est le troisième courriel en un mois.",
        q("ts_portes", "outlook_qc", 2, to="Érablière Dion", hi="Bonjour,"),
        q("ts_visite", "outlook_qc", 4, to="Érablière Dion", hi="Bonjour,"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-01",
        "Non merci, et ne m'écrivez plus.\nJ.-M. Pinaud",
        q("cer_forfait", "gmail_fr", 3, to="jm.pinaud@agrimail.example"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-19",
        "Madame, Monsieur,\n\nConformément au RGPD (articles 17 et 21), je vous demande de supprimer mes données personnelles de vos fichiers et de cesser toute prospection à mon égard. Merci de me confirmer la suppression.\n\nCarole Vuignier",
        q("lem_hk", "outlook_fr", 3, to="Carole Vuignier", hi="Bonjour Madame Vuignier,"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-16",
        "",
        q(
            "cer_gite",
            "outlook_fr",
            3,
            to="Gîtes de la Ribière",
            hi="Madame, Monsieur,",
            ia=[("répondez simplement « désinscription »", "désinscription. merci")],
        ),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-03",
        "stop",
        q("ts_visite", "outlook_qc", 3, to="Ferme Nadeau", hi="Bonjour,"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-02",
        "Monsieur,\n\nJe vous remercie de l'intérêt que vous portez à notre domaine. Je vous saurais toutefois gré de bien vouloir retirer notre adresse de vos fichiers de prospection ; nous ne donnons jamais suite à ce type de sollicitation.\n\nVeuillez agréer, Monsieur, mes salutations distinguées.\n\nJacques-Henri Delacrétaz",
        q("lem_asie", "owa_fr", 3, to="Jacques-Henri Delacrétaz", hi="Bonjour Monsieur Delacrétaz,"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-09",
        "Ça pourrait m'intéresser, mais pas par mail : enlevez cette adresse de votre liste, c'est celle du caveau et tout le monde la lit. Appelez-moi plutôt, 079 555 70 31.\nMarc",
        q("lem_asie", "gmail_fr", 2, to="Caveau des Anciens Pressoirs <caveau@anciens-pressoirs.example>"),
    ),
    R(
        "fr",
        "unsubscribe",
        "10-11",
        "Please unsubscribe-moi, j'ai vendu l'érablière au printemps.\nMerci",
        q("ts_visite", "outlook_qc", 3, to="Réal Drouin", hi="Bonjour M. Drouin,"),
    ),
    R(
        "en",
        "unsubscribe",
        "09-11",
        "remove pls",
        q("hv_call", "gmail_en", 1, to="bryn@glanrafon.example", hi="Dear Bryn,"),
    ),
    R(
        "en",
        "unsubscribe",
        "09-11",
        "Take me off your list.",
        q("sf_cover", "outlook_us", 2, to="Harlan Weber", hi="Hi Harlan,"),
    ),
    R(
        "en",
        "unsubscribe",
        "09-25",
        "Unsubscribe",
        q("tr_uk", "gmail_en", 2, to="Pete Dixon <pete@lowfoldfarm.example>", hi="Hi Pete,"),
    ),
    R(
        "en",
        "unsubscribe",
        "10-17",
        "Not interested. Please remove me.\n\nG. Price",
        q("hv_fees", "outlook_en", 3, to="Gareth Price", hi="Dear Gareth,"),
    ),
    R(
        "en",
        "unsubscribe",
        "10-15",
        "Under UK GDPR I would like to know where you obtained my email address, and I want it deleted from your systems.\n\nR. Thwaite",
        q("tr_uk", "outlook_en", 3, to="Richard Thwaite", hi="Hi Richard,"),
    ),
    R(
        "en",
        "unsubscribe",
        "11-15",
        "This is the fourth email in three weeks. Enough. Stop emailing me.",
        q("sf_prebook", "gmail_us", 2, to="Glen Mortensen <glen@mortensenfarms.example>", hi="Hi Glen,"),
        q("sf_prebook", "gmail_us", 4, to="Glen Mortensen <glen@mortensenfarms.example>", hi="Hi Glen,"),
    ),
    R(
        "en",
        "unsubscribe",
        "09-21",
        "",
        q(
            "sf_cover",
            "outlook_us",
            4,
            to="Verlyn Schultz",
            hi="Hi Verlyn,",
            ia=[("Reply UNSUBSCRIBE", "Done. Remove me.")],
        ),
    ),
    R(
        "en",
        "unsubscribe",
        "11-09",
        "Please stop.",
        q("tr_follow", "gmail_en", 2, to="Ken Brough <ken@broughtonmoor.example>", hi="Hi Ken,"),
        q("tr_uk", "gmail_en", 4, to="Ken Brough <ken@broughtonmoor.example>", hi="Hi Ken,"),
    ),
    R(
        "en",
        "unsubscribe",
        "10-10",
        "I never signed up for any of this. Opt me out.\n\nSent from my iPhone",
        q("hv_livery", "apple_en", 2, to="Maple Lane Stables <maplelanestables@mailbox.example>"),
    ),
    R(
        "en",
        "unsubscribe",
        "10-24",
        "Please remove info@ashcombevets.example from your mailing list. It's our general practice inbox and we don't accept marketing to it.\n\nPractice Manager\nAshcombe Veterinary Surgery",
        q("tr_uk", "outlook_en", 2, to="info@ashcombevets.example", hi="Hi there,"),
    ),
]


# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE = [
    R(
        "fr",
        "out_of_office",
        "09-13",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 24 septembre inclus, avec un accès limité à ma messagerie. Pour toute urgence, vous pouvez joindre Lucie Fradin au 01 99 00 52 16.\n\nCordialement,\nMarion Texier\nResponsable administrative – SCEA Texier",
    ),
    R(
        "fr",
        "out_of_office",
        "09-26",
        "Réponse automatique\n\nNous sommes en pleines vendanges ! Le caveau reste ouvert le samedi de 10 h à 16 h. Les courriels seront traités à partir du 22 octobre.\n\nSanté !\nDomaine des Pierrettes, Yvorne",
    ),
    R(
        "fr",
        "out_of_office",
        "10-09",
        "Je suis présentement à la chasse, sans réseau, jusqu'au 15 octobre. Pour une urgence à l'érablière ou à la ferme, appelez Steve au 418 555-0121.\n\n-- Réponse automatique --",
    ),
    R(
        "fr",
        "out_of_office",
        "10-25",
        "Bonjour,\nJe suis à l'hôpital pour une opération du genou et je ne vais pas regarder mes mails avant trois semaines. Je vous répondrai en rentrant.\nJ. Moreau",
        q("cer_forfait", "gmail_fr", 2, to="j.moreau@agrimail.example"),
    ),
    R(
        "fr",
        "out_of_office",
        "10-02",
        "Merci pour votre message. Je suis en déplacement au salon de l'élevage de Clermont jusqu'au vendredi 5 octobre et je vous répondrai à mon retour.\n\n(Ceci est une réponse automatique.)",
    ),
    R(
        "fr",
        "out_of_office",
        "10-30",
        "Bonjour,\n\nLe centre équestre est fermé du 29 octobre au 4 novembre inclus (vacances de la Toussaint). Les cours reprendront le lundi 5 novembre. Pour les propriétaires de chevaux en pension, une permanence est assurée par Julie au 06 39 98 44 10.\n\nL'équipe des Écuries de la Boissière",
    ),
    R(
        "fr",
        "out_of_office",
        "10-05",
        "Message automatique – absent jusqu'au 12.10. En cas d'urgence : 079 555 33 27. Merci de votre compréhension.",
    ),
    R(
        "fr",
        "out_of_office",
        "11-06",
        "Bonjour,\n\nJe suis en congé maternité jusqu'à fin janvier 2030. Pendant mon absence, merci d'adresser vos messages à compta@ferme-de-la-brousse.example, ils seront traités par Hervé.\n\nBien cordialement,\nÉmilie Bourdin",
    ),
    R(
        "fr",
        "out_of_office",
        "11-02",
        "La clinique vétérinaire est exceptionnellement fermée le vendredi 2 novembre (pont de la Toussaint). Pour toute urgence, appelez le vétérinaire de garde au 01 99 00 77 30. Réouverture le lundi 5 novembre à 8 h 30.",
    ),
    R(
        "fr",
        "out_of_office",
        "10-16",
        "Absent jusqu'à jeudi, je regarde ça à mon retour.\n\nEnvoyé de mon smartphone Samsung Galaxy",
        q("cer_diag", "android_fr", 2, to="gaec.bellevue@agrimail.example"),
    ),
    R(
        "en",
        "out_of_office",
        "10-02",
        "Thank you for your email. I am out of the office until Monday 8 October with no access to email. For anything urgent please contact the farm office on 01632 960771.\n\nHenry Mostyn",
    ),
    R(
        "en",
        "out_of_office",
        "09-28",
        "Thanks for reaching out! We're in the middle of harvest and I'm in the combine most days until the crop's in. I check email Sunday nights. If it's urgent, text me at 515-555-0178.\n\n-- This is an automated reply --",
    ),
    R(
        "en",
        "out_of_office",
        "10-11",
        "I'm currently on annual leave, returning 23rd October. Your email will not be forwarded.\n\nKind regards\nFiona Burns\nFarm Secretary, Ravensworth Estate",
    ),
    R(
        "en",
        "out_of_office",
        "10-18",
        "This mailbox is no longer monitored. Please send all correspondence for Ridgeway Livery to office@ridgewaylivery.example.\n\nThis is an automatically generated message.",
    ),
    R(
        "en",
        "out_of_office",
        "09-27",
        "On honeymoon till the 10th!! Won't be reading any of this. x\n\nSent from my iPhone",
        q("hv_call", "apple_en", 1, to="Holly Marsh <holly@greenacrebnb.example>", hi="Dear Holly,"),
    ),
    R(
        "en",
        "out_of_office",
        "11-14",
        "Automatic reply: I'm on parental leave until February 2030. In the meantime please contact my colleague Priya Nair (p.nair@holmfieldbreeders.example) for anything relating to the herd book or semen orders.\n\nTom Ellery",
    ),
    R(
        "en",
        "out_of_office",
        "10-16",
        "I'm away judging at the autumn shows until Friday 19th October, with very patchy signal. I'll be back at my desk on Monday 22nd.\n\nGareth Llewellyn\nPenrhos Texels",
    ),
    R(
        "en",
        "out_of_office",
        "10-25",
        "Auto-Reply: Out combining beans. Email response will be slow until November. For bin scheduling call the elevator office at (641) 555-0190. - Jeff",
    ),
    R(
        "en",
        "out_of_office",
        "10-19",
        "Away until 24/10 — will reply then.",
        q("ts_en", "apple_en", 2, to="Ruth Lavigne <ruth@lavignemaple.example>", hi="Hi Ruth,"),
    ),
    R(
        "en",
        "out_of_office",
        "10-04",
        "Harvest is on! We're in the vineyard until 19 October and will answer emails after that. The cellar door stays open on Saturdays, 10:00–16:00.\n\nWeingut Heidaberg, Visperterminen",
    ),
]


# --------------------------------------------------------------------------- other

OTHER = [
    R(
        "fr",
        "other",
        "10-01",
        "Merci !",
        q("lem_asie", "gmail_fr", 3, to="Cave Bruchez <cave@bruchez-vins.example>"),
    ),
    R(
        "fr",
        "other",
        "10-12",
        "Oups, oubliez mon message d'hier, je me suis trompé de fil : il était pour le vétérinaire, pas pour vous.\nDésolé\nN. Jaud",
        q("cer_forfait", "gmail_fr", 2, to="n.jaud@agrimail.example"),
    ),
    R(
        "fr",
        "other",
        "10-10",
        "Votre message\n\n  À : Sandrine Coutant\n  Objet : Centre équestre, gîtes : bénéfice agricole ou BIC ?\n  Envoyé : mardi 9 octobre 2029 10:14:22 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 10 octobre 2029 07:52:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
    ),
    R(
        "fr",
        "other",
        "09-24",
        "Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par notre secrétariat.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nCave des Coteaux d'Aproz – société coopérative",
    ),
    R(
        "fr",
        "other",
        "09-14",
        "Ben là, c'est-tu une vraie personne qui m'écrit ou un robot? On se connaît-tu?",
        q("ts_visite", "outlook_qc", 2, to="Yvon Pépin", hi="Bonjour M. Pépin,"),
    ),
    R(
        "fr",
        "other",
        "10-04",
        "Chéri, regarde ça pour la grange, on en parle ce soir. Bisous",
        q(
            "hv_france",
            "gmail_fr",
            2,
            to="Anne Delorme <anne.delorme@gitesdupuy.example>",
            hi="Dear Mrs Delorme,",
            fwd=True,
        ),
    ),
    R(
        "fr",
        "other",
        "09-20",
        "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n    g.boutet@gaec-boutet.example\n    Raison : boîte aux lettres inexistante (550 5.1.1 User unknown)\n\nEn-têtes du message d'origine :\n\nFrom: Hélène Marchais <h.marchais@sillons-expertise.example>\nTo: g.boutet@gaec-boutet.example\nSubject: Votre bénéfice agricole 2029 : un diagnostic offert",
    ),
    R(
        "fr",
        "other",
        "10-15",
        "J'ai déjà eu votre collègue Jonathan au téléphone la semaine passée, on a tout vu ensemble.",
        q("ts_portes", "outlook_qc", 2, to="Ferme Lapointe", hi="Bonjour,"),
    ),
    R(
        "fr",
        "other",
        "10-10",
        "Je vais en parler à mon mari ce soir, on verra.",
        q(
            "cer_gite",
            "gmail_fr",
            1,
            to="Chantal Rousseau <chantal.rousseau@gites-lamotte.example>",
            hi="Bonjour Madame Rousseau,",
        ),
    ),
    R(
        "fr",
        "other",
        "09-12",
        "--\nFrédéric Landais\nEARL Landais – Vins et céréales\n06 39 98 52 71",
        q("cer_diag", "outlook_fr", 2, to="Frédéric Landais", hi="Bonjour Monsieur Landais,"),
    ),
    R(
        "en",
        "other",
        "10-03",
        "Cheers.",
        q("tr_uk", "gmail_en", 2, to="Dai Morgan <dai@bryngwyn.example>", hi="Hi Dai,"),
    ),
    R(
        "en",
        "other",
        "10-09",
        "Wrong thread, sorry. Please ignore my last reply, that was meant for our feed rep.\n\nPaul",
        q("hv_fees", "gmail_en", 1, to="Paul Jessop <paul@jessopfarms.example>", hi="Dear Paul,"),
    ),
    R(
        "en",
        "other",
        "09-25",
        "Your message\n\n  To: Dwight Ramsey\n  Subject: Cover crops flown on before harvest – $16/acre\n  Sent: Monday, September 24, 2029 2:03:51 PM (UTC-06:00) Central Time (US & Canada)\n\nwas read on Tuesday, September 25, 2029 6:41:09 AM (UTC-06:00) Central Time (US & Canada).",
    ),
    R(
        "en",
        "other",
        "10-11",
        "Thank you for contacting Oakhurst Livery & Riding School. We aim to reply to all enquiries within 48 hours. If your message concerns a horse in our care, please ring the yard on 01632 960553.\n\nThis is an automated response.",
    ),
    R(
        "en",
        "other",
        "09-13",
        "Delivery has failed to these recipients or groups:\n\nbill.hartman@hartmanfarms.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: MAIL01.hartmanfarms.example\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n\nFrom: Kayla Brandt <kayla@skyfield-ag.example>\nTo: bill.hartman@hartmanfarms.example\nSubject: Cover crops flown on before harvest – $16/acre",
    ),
    R(
        "en",
        "other",
        "09-07",
        "Got it, will have a read tonight.",
        q("sf_cover", "gmail_us", 1, to="Curt Nygaard <curt@nygaardfarms.example>", hi="Hi Curt,"),
    ),
    R(
        "en",
        "other",
        "10-17",
        "??",
        q("tr_us", "gmail_us", 2, to="Wade Bauman <wade@baumanranch.example>", hi="Hi Wade,"),
    ),
    R(
        "en",
        "other",
        "10-10",
        "I'll have a proper look at this over the weekend and get back to you.\n\nEmma",
        q("hv_livery", "gmail_en", 3, to="Emma Rowe <emma@rowehorses.example>", hi="Dear Emma,"),
    ),
    R(
        "en",
        "other",
        "11-07",
        "Your request (#48213) has been received and is being reviewed by our support staff. To add additional comments, reply to this email.\n\n--\nMidwest Grain Partners Help Desk",
    ),
    R(
        "en",
        "other",
        "09-19",
        "Thanks Harriet, received.\n\nRobert Hanley\nHanley Farms\n\n---\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. To unsubscribe from the Clun Valley Farmers' Network newsletter, visit clunvalleyfarmers.example/news.",
        q("hv_call", "outlook_en", 3, to="Robert Hanley", hi="Dear Robert,"),
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
random.Random(30).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout30", CASES, sys.argv)
