"""A twenty-third held-out split, `heldout23`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, and did not open eval/intents/cases.json nor eval/intents/README.md.
What it opened: common.py (whole, one `cat`; an `ls` of eval/intents/ in the command before, with a `wc -l` of
common.py and heldout22.py, showed the files' names only); heldout22.py through a grep for its docstring and
top-level lines piped to `head -80` (docstring lines 1-125 that begin with a letter), prints of lines 120-160 and
160-219 (the rest of its docstring: conventions and borderline ids, its imports, and, beyond them, its first sender
constants down to Greenmark's address), a print of lines 46-83 (its senders and prospects paragraphs), a grep for
its top-level names (helpers _before, _body, mail, _cut, T, N, INL, FWD; its ten class headers with their counts;
CASES; `__main__`) and a print of its last 30 lines (the CASES list, the seeded shuffle, the write_split call);
the first 60 lines of heldout18.py, heldout19.py, heldout20.py and heldout21.py, only through greps (their sender
bullets and the provenance lines next to them); /work/shared/INTELLIGENCE.md through a grep for its headings and a
print of lines 39-49 (the intent section, the ten classes); /work/shared/BEHAVIOUR.md through a grep for its
headings and for "R6" / "R8" and an awk print of R6 and R8 (R7 skipped, stopped before R9); pyproject.toml through a
grep for its `[tool.ruff` headers and a print of lines 60-76 (the ruff tables down to the per-file ignores).
Slips: (1) the `tail -30` of heldout22.py also printed its last case, one reply text (a solicitor's "ignore my last -
wrong thread" note); 109 here ("please ignore my last reply, it was meant for someone else") is of the same kind,
which heldout22's docstring also names; (2) the print of heldout22.py lines 160-219 ran past its imports into its
first sender constants (names, addresses and signatures of Filiatis, Heirline, Sillon, Greenmark's address), not
used; (3) heldout17.py and heldout8.py to heldout16.py were not opened, so the six senders below are new against
heldout18-22 only (several sit next to earlier sectors: Paraflux next to heldout20's data rooms and client portals,
Clairvie next to heldout21's consolidated reporting, Rempart next to heldout21's phishing training, Transmea next to
heldout21's executive search, Plume next to heldout19's review management).
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was
run: `date -u` several times; a calendar print of April, May, June, July and September 2027 (python3); an `ls`
showing this file did not exist yet; imports of this file with .venv/bin/python printing rendered threads (an inline
answer, printed again after the inline helper was mended to stop doubling the blank line after an answer, a forward,
a reply over a follow-up); `python3 heldout23.py /tmp/h23` several times with throwaway scripts over its output that
counted cases per class and language, checked that every `sent` is a weekday between 2027-04-05 and 2027-06-30 and
not 6 or 17 May (two cases on 6 May were moved), counted distinct texts, listed the not_now dates and the referrals,
printed nine rendered threads and found the ids quoted below; small scripts and seds that edited this file (two
sent dates, three prospects' names, the inline helper, the first email's date when it fell on a holiday, this
docstring); ruff check and ruff format on this file; two builds into /tmp/h23 and /tmp/h23b compared by md5.
Not part of cases.json.

Prospects of six senders, invented, small firms selling to French wealth-management practices (CGP / CIF) and
family offices, each writing in French and, to English-speaking advisers in France, Monaco, Luxembourg and
Switzerland, in English, a first email or a follow-up (a follow-up quotes the first email under it, a week older):
- Paraflux (Paris, Lyon, Luxembourg), pre-filled subscription files (SCPI, assurance-vie, PER, private equity) signed
  online with an AMF / ACPR-grade archive, with a 30-day free trial on 10 files and a 20-minute demo; footers:
  "Répondez STOP" / "Reply STOP"; the follow-up asks for files a month and advisers for a priced proposal, "ou
  dites-moi quand revenir vers vous";
- Clairvie Audit (Paris, Bordeaux, Monaco), audits of the real fees of life-insurance and capitalisation contracts,
  with one contract audited free from its annual statement; footers: "Pas concerné ? Répondez « pas concerné » et
  je clos votre fiche" / "Not relevant? Reply 'not relevant' and I'll close your file"; the follow-up gives 290 €
  per contract and asks who else to write to;
- Rempart Cyber Courtage (Lyon, Paris, Geneva), a cyber-insurance broker (ransomware, data breach, payment fraud)
  with a free 15-question risk check and an indicative premium in 72 hours; footers: an unsubscribe link; the
  follow-up offers "l'automne, ou un appel de 15 minutes";
- Cap Certif Patrimoine (Paris, Nantes, Marseille), continuing education for CGP (DDA 15 h, CIF 7 h, carte T), a
  free seat at a 10 June day in Paris (English modules for international teams); footers: "répondez DÉSABONNER" /
  "reply UNSUBSCRIBE"; the follow-up gives a group rate and asks how many colleagues;
- Plume Patrimoine (Bordeaux), ghostwritten client newsletters and LinkedIn posts checked against AMF / FCA rules,
  with a free first issue with the firm's logo; no footer; the follow-up is a "last note": "si ce n'est pas pour
  vous, un simple « non » me suffit et je n'insisterai pas" / "a simple 'no' is enough and I won't chase";
- Transmea (Paris, Lyon, Geneva), sale and succession of advisory practices, with a free confidential valuation and
  a coffee; footers: a legitimate-interest notice naming dpo@ (no word to reply); the follow-up offers a coffee on
  20 May or the week of 7 June, "ou votre associé".
The prospects: CGP / CIF practices and their assistants, compliance officers and partners, family offices, Geneva
and Monaco wealth managers, Luxembourg private banks and British, Irish and American advisers to expatriates in
France, Monaco, Luxembourg and Switzerland. Everything (firms, people, addresses, numbers) is invented.

Counts (fr / en): meeting_request 11 / 9, interested 13 / 11, information_request 10 / 8, quote_request 9 / 7,
not_interested 14 / 12, not_now 13 / 11, referral 11 / 9, unsubscribe 11 / 9, out_of_office 7 / 5, other 11 / 9;
110 / 90. `sent`: weekdays from 2027-04-06 to 2027-06-22, none on 6 or 17 May.
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads, inline
answers cut into the quoted email ("[HC] ... Appelez-moi plutôt", "-> Pour 40 contrats, vous feriez combien ?",
"[AH] W/c 6 September.", "[LB] Jamais."), transmittal notes above a colleague's forwarded answer, an assistant, a
PA and a secretariat answering for someone, typos and SMS style ("c quoi la diff", "Bjr, tarif pr 3 conseillers",
"pas intéréssé", "relancez moi ds 2 mois", "not this yr"), one-word replies ("STOP", "Non.", "No", "?", "Cheers").

Labelling convention: heldout22's, as its docstring states it, as a human adviser would read the prospect's NEW text
(quoted history never counts). Taking up the free trial, audit, risk check, seat, first issue or valuation (sending
the statement, the logo or the figures it needs, asking how to start) is `interested`; a call, demo, visit or coffee
is `meeting_request`; a price or proposal for the prospect's own numbers is `quote_request`; how the service or its
fees work in general is `information_request`. Two intents: an opt-out over anything; a named person or address
over "not for me" or a date; a call or visit over a price or numbers given; taking up the offer over numbers given
or a practical question. A sender's own footer word sent back alone is an opt-out; a plain decline is not.
not_now dates as heldout22 counts them, from `sent`; added here: "dans six mois" / "in a year" the same day that far
on; "second semestre 2028" 1 July 2028; "2028, perhaps" 1 January 2028; "not before Q4 ... early October" 1 October;
"W/c 6 September" that Monday; "à partir du 02/08" 2 August; "after 1 September" 2 September; "mi-octobre" /
"mid-September" the 15th; "pas avant septembre" / "in July" / "en novembre" / "try jan" the first of the month;
"à la rentrée" 1 September; a return date written by hand ("retour prévu le 6 septembre", "back on Monday 2 August")
that day; "quand mon fils aura fini ses études" no date (null).
Borderline decisions (ids as built): 027 "Pas concerné." to Clairvie and 174 "not relevant" to its English footer are
`unsubscribe` (the footer's word, which closes the file), while 024 ("uniquement CIF ... Pas de besoin") is
`not_interested`; 031 "Non." and 026 "No" to Plume's last note ("a simple 'no' is enough and I won't chase") are
`not_interested`: the answer it asked for, a decline, not a request to stop; 183 "Non. Et ne m'écrivez plus." and 093
"Please stop emailing me." to the same note are `unsubscribe`; 143 ("Non non ne partez pas ! ... m'intéresse
toujours") and 150 ("No - I mean, don't stop! ... Yes to the free issue") are `interested`; 018 "not for us thx" to
Cap Certif (word UNSUBSCRIBE) is `not_interested`; 101 "Inutile de revenir vers moi à une autre date" and 125 "No
need to follow up" are `not_interested`; 099 and 161 (a broken unsubscribe link reported, "faites le nécessaire" /
"I'd like to be taken off") are `unsubscribe`, while 096 (DÉSABONNER sent by mistake, "pouvez-vous me réinscrire ?")
is `other`; 107 ("Je ne fais plus partie du cabinet ... retirer de votre base") is `unsubscribe`, while 162 ("I left
... No idea who deals with their marketing now") is `referral` (null, null) and 192 (left, "écrivez plutôt à
contact@") is `referral` (null, contact@); 147 (retiring, successor named with her address) and 013 (stepping back,
"Speak to Oliver Quinn") are `referral`; 145 (an assistant passing it to her boss, named, no address) and 160 (a
named coordinator, no address) are `referral` with a null address; 010 (an insurance desk's address) and 175 (an HR
manager named with a generic rh@ address) are `referral`; 087 ("Pas pour moi, mais ma consœur ...") is `referral`;
016 ("mon associé est exactement du même avis") is `not_interested`, not a referral; 001 (inline "[GL] Ni l'un ni
l'autre : notre assureur actuel nous convient") is `not_interested` while 025 (inline "[RV] Ni l'un ni l'autre, c'est
trop tôt. Plutôt au second semestre 2028.") is `not_now`; 104 (the free check refused, a call asked), 185 (a call
before sending a statement), 197 and 124 (numbers given, a demo or a call asked), 003 and 176 (a PA and an assistant
proposing slots) and 108 (an in-house session: "passer au cabinet nous présenter votre catalogue") are
`meeting_request`; 119 ("Pas besoin d'appel. Allez-y pour le diagnostic : 7 salariés ...", to the free check with
an indicative premium) is `interested`, while 009 ("une offre ferme plutôt qu'une estimation", figures given) is
`quote_request`; 102 and 053 (files a month given, the free trial asked first) are `interested`; 060 (inline, three
colleagues named for the group rate) and 141 (a forward naming the colleagues who will come) are `interested`; 138
(the free seat declined, a devis for seven asked) and 073 (the coffee declined, a fee for a sale of their size) are
`quote_request`; 005 (inline "~15/month, 2 advisers. Price?") is `quote_request`; 140 and 056 (maternity and
paternity leave written by hand, return date, "recontactez-moi à mon retour" / "pick this up with me then") are
`not_now`, while 002 (an autoreply, maternity leave, accueil@ named) and 075 (an autoreply naming a stand-in and her
address) are `out_of_office`, not referrals; 095 and 088 (a secretariat and a PA: away until a date, "je lui ferai
suivre") and 040 / 044 ("je regarde ça à mon retour", "I'll read this properly on the flight home") are `other`; 189
(a ticket acknowledgement), 068 (a spam filter's challenge), a bounce and a read receipt are `other`; 037 (RGPD art.
15 access request) is `other`; 131 (an internal note to "Sophie" sent to the sender), 109 ("please ignore my last
reply") and 172 / 179 (a renamed firm, a new address) are `other`; 086 "?" and 200 "Cheers" are `other`; 182 is
`not_now` with no date.
Doubtful labels (the author's own doubts): 031 and 026 (could be read as opt-outs, since the note promised to stop
on a "no"); 027 and 174 (could be read as plain declines); 119 (could be `quote_request`); 048 ("write to me the week
of 28 June", after a board meeting: 28 June); 078 ("2028, perhaps": 1 January 2028, could be null); 182 (could be
`not_interested`); 200 "Cheers" (could be `other` or a thin `not_interested`); 086 "?" (could be read as a question,
`information_request`).

`python heldout23.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it, as heldout22
does; ids `heldout23-NNN`, in a fixed shuffled order, seed 23). `common` is imported from this file's own directory.
Measured once, blind, by the session that asked for it (2026-12-05, 12:58 UTC, before anyone read a reply of it), at
da2b687 and again with the analysis speed-up c5bbb4e: the same figures both times. Rules and learnt model, no LLM:
macro-F1 0.846 (target 0.85, missed), accuracy 0.850, interested precision 0.917 / recall 0.458 (11/24), unsubscribe
precision 1.000 / recall 0.900, out_of_office precision 0.750, other F1 0.650, not_now dates 19/21, referral names
17/20 and addresses 19/20, 14.5 % decided by the learnt model, 2.5 % to an LLM."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders

_PAR = "Julien Marchetti <j.marchetti@paraflux.fr>"
_PAR_SIG = (
    "Bien à vous,\n\nJulien Marchetti\nResponsable commercial CGP – Paraflux\nParis · Lyon · Luxembourg\n"
    "01 86 95 40 12\n\nRépondez STOP pour ne plus recevoir nos messages."
)
_PAR_SIG_EN = (
    "Kind regards,\n\nJulien Marchetti\nHead of Sales, Wealth Advisers – Paraflux\nParis · Lyon · Luxembourg\n"
    "+33 1 86 95 40 12\n\nReply STOP and you won't hear from us again."
)
_CLA = "Agnès Delorme <agnes.delorme@clairvie-audit.fr>"
_CLA_SIG = (
    "Cordialement,\nAgnès Delorme\nAssociée – Clairvie Audit\nAudit des frais d'assurance-vie et de capitalisation\n"
    "Paris · Bordeaux · Monaco – 05 56 81 22 47\n\nPas concerné ? Répondez « pas concerné » et je clos votre fiche."
)
_CLA_SIG_EN = (
    "Best regards,\nAgnès Delorme\nPartner – Clairvie Audit\nLife-insurance fee audits\nParis · Bordeaux · Monaco\n\n"
    "Not relevant? Reply 'not relevant' and I'll close your file."
)
_REM = "Baptiste Roux <baptiste.roux@rempart-cyber.fr>"
_REM_SIG = (
    "Cordialement,\n\nBaptiste Roux\nCourtier cyber-risques – Rempart Cyber Courtage\nLyon · Paris · Genève\n"
    "ORIAS 21 004 387\n\nSe désinscrire : https://rempart-cyber.fr/desinscription"
)
_REM_SIG_EN = (
    "Best,\n\nBaptiste Roux\nCyber Risk Broker – Rempart Cyber Courtage\nLyon · Paris · Geneva\nORIAS 21 004 387\n\n"
    "Unsubscribe: https://rempart-cyber.fr/en/unsubscribe"
)
_CAP = "Sandrine Ollivier <s.ollivier@capcertif.fr>"
_CAP_SIG = (
    "Belle journée,\n\nSandrine Ollivier\nChargée de partenariats – Cap Certif Patrimoine\n"
    "Organisme de formation certifié Qualiopi\nParis · Nantes · Marseille\n\n"
    "Pour ne plus recevoir nos programmes, répondez DÉSABONNER."
)
_CAP_SIG_EN = (
    "All the best,\n\nSandrine Ollivier\nPartnerships – Cap Certif Patrimoine\nQualiopi-certified training\n"
    "Paris · Nantes · Marseille\n\nTo stop receiving our programmes, reply UNSUBSCRIBE."
)
_PLU = "Lucas Ferrand <lucas@plume-patrimoine.fr>"
_PLU_SIG = (
    "Lucas Ferrand\nFondateur – Plume Patrimoine\nContenus pour cabinets de gestion de patrimoine\n06 71 38 20 94"
)
_PLU_SIG_EN = "Lucas Ferrand\nFounder – Plume Patrimoine\nNewsletters and posts for wealth practices\n+33 6 71 38 20 94"
_TRA = "Claire Benhamou <c.benhamou@transmea.fr>"
_TRA_SIG = (
    "Bien cordialement,\n\nClaire Benhamou\nAssociée – Transmea\nCession et transmission de cabinets de CGP\n"
    "Paris · Lyon · Genève\n\nVos données sont traitées sur la base de notre intérêt légitime ; pour exercer vos "
    "droits, écrivez à dpo@transmea.fr."
)
_TRA_SIG_EN = (
    "Kind regards,\n\nClaire Benhamou\nPartner – Transmea\nSale and succession of wealth-advisory practices\n"
    "Paris · Lyon · Geneva\n\nWe process your details on the basis of legitimate interest; to exercise your rights, "
    "write to dpo@transmea.fr."
)

# key: (sender, subject, body with {first}, key of the email it follows up or None)
MAILS: dict[str, tuple[str, str, str, str | None]] = {
    "par1": (
        _PAR,
        "Vos dossiers de souscription signés en 10 minutes",
        "Bonjour {first},\n\nCombien de dossiers de souscription (SCPI, assurance-vie, PER) revenez-vous compléter "
        "parce qu'il manque une signature, une case ou un justificatif ?\n\nParaflux pré-remplit les bulletins "
        "depuis votre CRM, contrôle les pièces avant envoi et fait signer vos clients en ligne, avec un archivage "
        "conforme aux exigences AMF et ACPR. Une quarantaine de partenaires producteurs sont déjà reliés.\n\n"
        "Je vous propose un essai gratuit de 30 jours sur 10 dossiers, et une démo de 20 minutes pour vous montrer "
        "le parcours client.\n\nUn créneau cette semaine ou la suivante ?\n\n" + _PAR_SIG,
        None,
    ),
    "par2": (
        _PAR,
        "RE: Vos dossiers de souscription signés en 10 minutes",
        "Bonjour {first},\n\nJe me permets de revenir vers vous au sujet de Paraflux. Pour vous faire une "
        "proposition chiffrée, il me suffit de savoir combien de dossiers de souscription vous passez par mois, "
        "et combien de conseillers les montent.\n\nEt si le sujet ne se pose pas en ce moment, dites-moi quand "
        "revenir vers vous.\n\n" + _PAR_SIG,
        "par1",
    ),
    "par1e": (
        _PAR,
        "Subscription files signed in 10 minutes",
        "Hi {first},\n\nHow many subscription files (life-insurance wrappers, SCPI, private-equity funds) come back "
        "to your desk because a signature, a tick box or a proof of address is missing?\n\nParaflux pre-fills the "
        "forms from your CRM, checks the documents before they go out and has your clients sign online, in French "
        "or English, with an archive that meets AMF and CSSF expectations.\n\nYou could try it free for 30 days on "
        "10 files, and I'd be glad to walk you through it in a 20-minute demo.\n\nWould this week or next work?"
        "\n\n" + _PAR_SIG_EN,
        None,
    ),
    "par2e": (
        _PAR,
        "RE: Subscription files signed in 10 minutes",
        "Hi {first},\n\nJust bumping this up. If you tell me roughly how many subscription files you process a "
        "month and how many advisers prepare them, I'll send you a proper proposal.\n\nAnd if the timing is wrong, "
        "just let me know when to come back to you.\n\n" + _PAR_SIG_EN,
        "par1e",
    ),
    "cla1": (
        _CLA,
        "Les frais réels des contrats de vos clients",
        "Bonjour {first},\n\nEntre frais sur versements, frais de gestion, frais des supports en unités de compte "
        "et rétrocessions, un contrat d'assurance-vie coûte souvent 0,8 à 1,5 point de plus par an que ce que le "
        "client croit payer.\n\nClairvie Audit reconstitue ces frais contrat par contrat et remet au conseiller un "
        "rapport clair, utilisable en rendez-vous client et dans votre devoir de conseil.\n\nJe vous propose "
        "d'auditer gratuitement un contrat de votre choix : il suffit de m'envoyer le dernier relevé annuel "
        "(anonymisé si vous préférez). Rapport sous 10 jours ouvrés.\n\n" + _CLA_SIG,
        None,
    ),
    "cla2": (
        _CLA,
        "RE: Les frais réels des contrats de vos clients",
        "Bonjour {first},\n\nPetit rappel de mon message de la semaine dernière. Pour information, au-delà de l'audit "
        "offert, notre tarif est de 290 € HT par contrat, dégressif à partir de 10 contrats.\n\nSi ce n'est pas vous "
        "qui suivez ces sujets au cabinet, pouvez-vous m'indiquer à qui m'adresser ?\n\n" + _CLA_SIG,
        "cla1",
    ),
    "cla1e": (
        _CLA,
        "What your clients' life policies really cost",
        "Hello {first},\n\nOnce entry fees, management charges, fund-level costs and retrocessions are added up, a "
        "French or Luxembourg life-insurance policy often costs 0.8 to 1.5 points a year more than the client "
        "thinks.\n\nClairvie Audit rebuilds those costs policy by policy and gives the adviser a plain report to use "
        "in client reviews.\n\nWe'll audit one policy of your choice free of charge: just send me its latest annual "
        "statement (redacted if you prefer). Report within 10 working days.\n\n" + _CLA_SIG_EN,
        None,
    ),
    "cla2e": (
        _CLA,
        "RE: What your clients' life policies really cost",
        "Hello {first},\n\nA short follow-up on my note last week. Beyond the free audit, our fee is EUR 290 per "
        "policy, less from 10 policies.\n\nIf someone else at the firm looks after this, could you point me to them?"
        "\n\n" + _CLA_SIG_EN,
        "cla1e",
    ),
    "rem1": (
        _REM,
        "Rançongiciel, fuite de données clients : votre cabinet est-il couvert ?",
        "Bonjour {first},\n\nLes cabinets de CGP et les family offices sont devenus une cible : ils détiennent les "
        "avoirs, les pièces d'identité et les RIB de clients fortunés, avec des équipes de 3 à 15 personnes.\n\n"
        "Votre RC professionnelle ne couvre en général ni la rançon, ni la reconstitution des données, ni la "
        "fraude au faux virement. Nous plaçons des contrats cyber adaptés à votre métier, auprès de quatre "
        "assureurs.\n\nJe vous propose un diagnostic gratuit : 15 questions, et sous 72 heures une estimation de "
        "prime indicative.\n\n" + _REM_SIG,
        None,
    ),
    "rem2": (
        _REM,
        "RE: Rançongiciel, fuite de données clients : votre cabinet est-il couvert ?",
        "Bonjour {first},\n\nJe reviens vers vous concernant l'assurance cyber. Beaucoup de cabinets renégocient "
        "leurs contrats à l'échéance du 1er janvier : préférez-vous qu'on en reparle à l'automne, ou un appel de "
        "15 minutes dès cette semaine ?\n\n" + _REM_SIG,
        "rem1",
    ),
    "rem1e": (
        _REM,
        "Ransomware and client data: is your office covered?",
        "Hi {first},\n\nWealth-advisory practices and family offices have become a target: they hold the assets, "
        "passports and bank details of wealthy clients, with teams of 3 to 15 people.\n\nProfessional indemnity "
        "rarely covers a ransom, data restoration or payment-diversion fraud. We place cyber policies built for "
        "your business with four insurers, in France, Switzerland and Monaco.\n\nWe offer a free risk check: 15 "
        "questions, and an indicative premium within 72 hours.\n\n" + _REM_SIG_EN,
        None,
    ),
    "rem2e": (
        _REM,
        "RE: Ransomware and client data: is your office covered?",
        "Hi {first},\n\nFollowing up on cyber cover. Many offices renew on 1 January: would you rather we spoke in "
        "the autumn, or shall we have a 15-minute call this week?\n\n" + _REM_SIG_EN,
        "rem1e",
    ),
    "cap1": (
        _CAP,
        "Vos heures DDA et CIF 2027 : une place offerte le 10 juin",
        "Bonjour {first},\n\nAvant le 31 décembre, chaque conseiller doit justifier de ses 15 heures DDA et de ses "
        "7 heures CIF (et de 14 heures pour la carte T).\n\nCap Certif Patrimoine organise des journées en "
        "présentiel à Paris, Nantes et Marseille et des modules en ligne, avec attestation nominative. Prochaine "
        "journée : « Nouveautés fiscales et patrimoniales 2027 », le jeudi 10 juin à Paris (7 heures validées DDA "
        "et CIF).\n\nJe vous offre une place pour découvrir notre format. Souhaitez-vous que je vous inscrive ?"
        "\n\n" + _CAP_SIG,
        None,
    ),
    "cap2": (
        _CAP,
        "RE: Vos heures DDA et CIF 2027 : une place offerte le 10 juin",
        "Bonjour {first},\n\nLes inscriptions à la journée du 10 juin ferment le 28 mai. Si vous êtes plusieurs au "
        "cabinet, nous avons un tarif groupe à partir de 3 personnes (390 € HT la journée au lieu de 490 €). "
        "Combien de collaborateurs devez-vous former cette année ?\n\n" + _CAP_SIG,
        "cap1",
    ),
    "cap1e": (
        _CAP,
        "Your 2027 IDD hours: English-language modules",
        "Hi {first},\n\nEvery adviser distributing insurance in France needs 15 hours of IDD training a year, and "
        "CIF advisers 7 hours on top.\n\nCap Certif Patrimoine now runs its modules in English for international "
        "teams in Paris, Monaco and Luxembourg: e-learning plus a live day in Paris on 10 June (French and "
        "cross-border tax update, 7 hours), with named certificates.\n\nI'd be happy to offer you a free seat on "
        "the 10 June day. Shall I put your name down?\n\n" + _CAP_SIG_EN,
        None,
    ),
    "cap2e": (
        _CAP,
        "RE: Your 2027 IDD hours: English-language modules",
        "Hi {first},\n\nRegistration for the 10 June day closes on 28 May. For teams of 3 or more we have a group "
        "rate (EUR 390 per person instead of 490). How many of your colleagues need hours this year?\n\n" + _CAP_SIG_EN,
        "cap1e",
    ),
    "plu1": (
        _PLU,
        "Votre lettre patrimoniale, sans y passer vos dimanches",
        "Bonjour {first},\n\nJe m'appelle Lucas, j'écris chaque mois les lettres clients et les posts LinkedIn "
        "d'une trentaine de cabinets de gestion de patrimoine. Des textes à votre nom, sur vos sujets (IFI, "
        "transmission, marchés), relus pour respecter les règles de communication AMF.\n\nSi vous voulez juger sur "
        "pièce, je vous prépare gratuitement un numéro de votre lettre, avec votre logo, en une semaine.\n\n"
        "Ça vous tente ?\n\n" + _PLU_SIG,
        None,
    ),
    "plu2": (
        _PLU,
        "Re: Votre lettre patrimoniale, sans y passer vos dimanches",
        "Bonjour {first},\n\nDernier message de ma part, promis. Si ce n'est pas pour vous, un simple « non » me "
        "suffit et je n'insisterai pas. Sinon, le numéro d'essai tient toujours.\n\n" + _PLU_SIG,
        "plu1",
    ),
    "plu1e": (
        _PLU,
        "Your client newsletter, without losing your Sundays",
        "Hi {first},\n\nI'm Lucas. Each month I write the client newsletters and LinkedIn posts of about thirty "
        "wealth-advisory practices, in French and English: under your name, on your topics (French tax for "
        "expatriates, succession, markets), checked against AMF and FCA promotion rules.\n\nIf you'd like to judge "
        "for yourself, I'll write one issue of your newsletter with your logo, free, within a week.\n\nTempted?\n\n"
        + _PLU_SIG_EN,
        None,
    ),
    "plu2e": (
        _PLU,
        "Re: Your client newsletter, without losing your Sundays",
        "Hi {first},\n\nLast note from me, I promise. If it's not for you, a simple 'no' is enough and I won't "
        "chase. Otherwise the free issue still stands.\n\n" + _PLU_SIG_EN,
        "plu1e",
    ),
    "tra1": (
        _TRA,
        "Que vaut votre cabinet aujourd'hui ?",
        "Bonjour {first},\n\nCéder tout ou partie de son cabinet, faire entrer un associé, racheter un portefeuille : "
        "ces projets se préparent deux à cinq ans à l'avance.\n\nTransmea accompagne les dirigeants de cabinets de "
        "CGP et de family offices, de la valorisation à la signature, en toute confidentialité.\n\nJe vous propose "
        "une valorisation confidentielle et gratuite de votre cabinet (encours, récurrent, structure de clientèle), "
        "et d'en parler autour d'un café.\n\n" + _TRA_SIG,
        None,
    ),
    "tra2": (
        _TRA,
        "RE: Que vaut votre cabinet aujourd'hui ?",
        "Bonjour {first},\n\nJe serai à Lyon le 20 mai et à Paris la semaine du 7 juin : un café à l'une de ces "
        "dates ? Et si c'est votre associé qui porte ces sujets, dites-le-moi, je m'adresserai à lui.\n\n" + _TRA_SIG,
        "tra1",
    ),
    "tra1e": (
        _TRA,
        "What is your practice worth today?",
        "Hello {first},\n\nSelling all or part of a practice, bringing in a partner, buying a client book: these "
        "things are best prepared two to five years ahead.\n\nTransmea advises owners of wealth-advisory practices "
        "and family offices in France, Switzerland and Monaco, from valuation to signing, in full confidence.\n\n"
        "I'd like to offer you a free, confidential valuation of your practice (assets under advice, recurring "
        "revenue, client mix), and to talk it over a coffee.\n\n" + _TRA_SIG_EN,
        None,
    ),
    "tra2e": (
        _TRA,
        "RE: What is your practice worth today?",
        "Hello {first},\n\nI'll be in Geneva on 20 May and in Paris the week of 7 June: a coffee on either date? "
        "And if your partner is the one who deals with this, just say so and I'll write to him or her.\n\n"
        + _TRA_SIG_EN,
        "tra1e",
    ),
}

# --------------------------------------------------------------------------- rendering the prospects' replies

_INNER = {"iphone_fr": "apple_fr"}  # an older email quoted inside the one replied to carries no phone line
_HOLIDAYS = {D("2027-03-29"), D("2027-05-06"), D("2027-05-17")}  # French holidays on weekdays near the window


def _before(d: date, n: int) -> date:
    """The weekday n working days before d."""
    while n:
        d -= timedelta(days=1)
        if d.weekday() < 5 and d not in _HOLIDAYS:
            n -= 1
    return d


def _hm(to: str, k: int) -> str:
    s = sum(map(ord, to)) + 41 * k
    return f"{8 + s % 10:02d}:{s % 60:02d}"


def mail(key: str, style: str, to: str, d: date) -> str:
    """The sender's email `key` to `to`, sent on `d`, as the prospect's client quotes it (a follow-up carries the
    first email under it, a week older)."""
    frm, subj, body, prev = MAILS[key]
    text = body.format(first=to.split()[0])
    if prev is not None:
        pfrm, psubj, pbody, _ = MAILS[prev]
        inner = _INNER.get(style, style)
        pd = d - timedelta(days=7)
        if pd in _HOLIDAYS:
            pd = _before(pd, 1)
        text += block(inner, pfrm, to, psubj, pd, _hm(to, 2), pbody.format(first=to.split()[0]))
    return block(style, frm, to, subj, d, _hm(to, 1), text)


def _mail_day(to: str, sent: str) -> date:
    return _before(D(sent), 1 + sum(map(ord, to)) % 4)


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
    ref: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply written above the quoted email."""
    return C(lang, label, text + mail(key, style, to, _mail_day(to, sent)), sent=sent, until=until, referral=ref)


def N(
    lang: str,
    label: str,
    sent: str,
    text: str,
    *,
    until: str | None = None,
    ref: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply with nothing quoted under it (autoreplies, bare notes)."""
    return C(lang, label, text, sent=sent, until=until, referral=ref)


def INL(
    lang: str,
    label: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    answers: list[tuple[str, str]],
    *,
    top: str = "",
    until: str | None = None,
    ref: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """Answers cut into the quoted email, each under the first quoted line holding its fragment."""
    lines = mail(key, style, to, _mail_day(to, sent)).split("\n")
    for fragment, answer in answers:
        at = next(i for i, ln in enumerate(lines) if fragment in ln)
        after = lines[at + 1 : at + 2]
        lines[at + 1 : at + 1] = ["", answer] + ([""] if after and after[0] != "" else [])
    rendered = "\n".join(lines)
    text = top + rendered if top else rendered.lstrip("\n")
    return C(lang, label, text, sent=sent, until=until, referral=ref)


def FWD(
    lang: str,
    label: str,
    key: str,
    style: str,
    to: str,
    sent: str,
    top: str,
    colleague: str,
    said: str,
    *,
    until: str | None = None,
    ref: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A transmittal note above a colleague's internal answer, which quotes the sender's email."""
    d = _mail_day(to, sent)
    subj = MAILS[key][1]
    w = when("outlook_fr" if lang == "fr" else "gmail_us", _before(D(sent), 0), _hm(colleague, 3))
    if lang == "fr":
        head = f"\n\n-------- Message transféré --------\nDe : {colleague}\nDate : {w}\nÀ : {to}\nObjet : TR: {subj}"
    else:
        head = (
            f"\n\n---------- Forwarded message ---------\nFrom: {colleague}\nDate: {w}\nSubject: Fwd: {subj}\nTo: {to}"
        )
    text = top + head + "\n\n" + said + mail(key, style, to, d)
    return C(lang, label, text, sent=sent, until=until, referral=ref)


# --------------------------------------------------------------------------- meeting_request (11 fr / 9 en)

MEETING = [
    T(
        "fr",
        "meeting_request",
        "par1",
        "outlook_fr",
        "Claire Morvan <c.morvan@morvan-patrimoine.fr>",
        "2027-04-07",
        "Bonjour Julien,\n\nOui pour la démo. Jeudi 15 avril à 11 h, ça vous irait ? Nous sommes trois conseillers, "
        "je mets aussi mon assistante dans la boucle puisque c'est elle qui monte les dossiers.\n\nClaire Morvan\n"
        "Morvan Patrimoine – Conseil en gestion de patrimoine\n02 99 31 47 80",
    ),
    T(
        "fr",
        "meeting_request",
        "tra2",
        "gmail_fr",
        "Pierre-Yves Lamotte <pylamotte@lamotte-associes.fr>",
        "2027-05-12",
        "Le 20 mai à Lyon, volontiers. 8h30 au Grand Café des Négociants ? Je préfère avant l'ouverture du "
        "cabinet, et loin de mes collaborateurs.\n\nPYL",
    ),
    INL(
        "fr",
        "meeting_request",
        "rem1",
        "outlook_fr",
        "Hervé Castaing <h.castaing@castaing-conseil.fr>",
        "2027-04-13",
        [
            (
                "Je vous propose un diagnostic gratuit",
                "[HC] Je n'aime pas trop les questionnaires en ligne. Appelez-moi plutôt, mardi prochain après 14 h "
                "au 05 57 22 18 63.",
            )
        ],
        top="Bonjour, réponses dans le texte.\nHC",
    ),
    T(
        "fr",
        "meeting_request",
        "cla1",
        "owa_fr",
        "Inès Benali <ines.benali@terroirs-patrimoine.fr>",
        "2027-04-15",
        "Bonjour Madame Delorme,\n\nAvant de vous confier un relevé client, même anonymisé, j'aimerais qu'on "
        "s'appelle dix minutes pour que je comprenne votre méthode. Je suis disponible lundi 19 avril entre 14 h "
        "et 16 h.\n\nBien cordialement,\nInès Benali\nTerroirs Patrimoine",
    ),
    T(
        "fr",
        "meeting_request",
        "par2",
        "gmail_fr",
        "Grégoire Paillard <gregoire@paillard-cgp.fr>",
        "2027-04-29",
        "Une quinzaine de dossiers par mois, deux conseillers. Mais avant de parler prix je veux voir l'outil "
        "tourner : démo mardi 4 mai à 10 h ?\n\nGrégoire",
    ),
    T(
        "fr",
        "meeting_request",
        "tra1",
        "outlook_fr",
        "François Garnier <f.garnier@garnier-gestionprivee.fr>",
        "2027-04-20",
        "Bonjour Madame Benhamou,\n\nM. Garnier a bien reçu votre message et souhaiterait vous rencontrer. Il est "
        "disponible le mardi 27 avril à 15 h ou le jeudi 29 avril à 10 h, au cabinet (12 rue de la République, "
        "Lyon 2e). Merci de me confirmer le créneau qui vous convient.\n\nCordialement,\n\nNadia Belkacem\n"
        "Assistante de direction\nGarnier Gestion Privée\n04 78 42 90 16",
    ),
    T(
        "fr",
        "meeting_request",
        "plu1",
        "iphone_fr",
        "Stéphanie Roussel <stephanie.roussel@roussel-patrimoine.fr>",
        "2027-05-03",
        "Appelez moi demain matin avant 10h, je vous explique ce qu'on fait déjà et on voit\n06 12 58 44 07",
    ),
    T(
        "fr",
        "meeting_request",
        "cap1",
        "outlook_fr",
        "Rachid Amrani <r.amrani@amrani-finance.fr>",
        "2027-04-22",
        "Bonjour Sandrine,\n\nPlutôt qu'une place le 10 juin, je me demande si une session intra chez nous à "
        "Marseille ne serait pas plus simple : nous sommes six. Pouvez-vous passer au cabinet nous présenter votre "
        "catalogue ? Le mercredi matin nous arrange.\n\nRachid Amrani\nAmrani Finance & Patrimoine",
    ),
    INL(
        "fr",
        "meeting_request",
        "rem2",
        "gmail_fr",
        "Corinne Lesage <corinne.lesage@ateliers-patrimoine.fr>",
        "2027-05-05",
        [("ou un appel de 15 minutes", "Va pour l'appel. Vendredi 9h15 ?")],
    ),
    T(
        "fr",
        "meeting_request",
        "tra2",
        "android_fr",
        "Arnaud Vial <arnaud.vial@vialetfils-patrimoine.fr>",
        "2027-05-31",
        "ok pr un café la semaine du 7 juin, mercredi 9 idéalement, qq part près de l'Opéra. Je confirme l'heure "
        "la veille",
    ),
    T(
        "fr",
        "meeting_request",
        "cla2",
        "outlook_fr",
        "Muriel Duchêne <m.duchene@duchene-fo.fr>",
        "2027-06-08",
        "Bonjour,\n\nJe préfère en parler de vive voix plutôt que par mail : passez nous voir au bureau, nous avons "
        "une douzaine de contrats luxembourgeois sur lesquels j'ai des doutes. Vendredi 18 juin en fin de "
        "matinée ?\n\nMuriel Duchêne\nDirectrice – Duchêne Family Office\n8 avenue Montaigne, 75008 Paris",
    ),
    T(
        "en",
        "meeting_request",
        "par1e",
        "gmail_us",
        "Tom Bradshaw <tom.bradshaw@rivieraexpat.com>",
        "2027-04-08",
        "Hi Julien,\n\nHappy to see a demo. Could you do Tuesday 13 April at 4pm Paris time? I'll bring our ops "
        "manager.\n\nBest,\nTom\n\nTom Bradshaw | Riviera Expat Wealth | Antibes",
    ),
    T(
        "en",
        "meeting_request",
        "tra1e",
        "apple_en",
        "Graham Whitlock <gw@whitlockprivate.ch>",
        "2027-04-26",
        "Claire,\n\nThanks. Not something I'd discuss by email - but I'll take the coffee. I'm in Geneva most of "
        "May; does the 12th work? Somewhere around Rue du Rhône.\n\nGraham",
    ),
    INL(
        "en",
        "meeting_request",
        "rem1e",
        "outlook_us",
        "Sarah Hollis <s.hollis@hollisfamilyoffice.mc>",
        "2027-04-14",
        [("We offer a free risk check", "[SH] Call me instead - I'm free Thursday afternoon, +377 97 98 41 20.")],
        top="Baptiste - see below.\n\nSarah",
    ),
    T(
        "en",
        "meeting_request",
        "cla1e",
        "outlook_en",
        "Neil Ashworth <neil.ashworth@ashworthwealth.lu>",
        "2027-05-18",
        "Hello Agnès,\n\nBefore I send you anything client-related, could we have a quick call so I understand how "
        "you handle the data? Monday or Tuesday next week would suit.\n\nRegards,\nNeil Ashworth\nAshworth Wealth "
        "S.A., Luxembourg",
    ),
    T(
        "en",
        "meeting_request",
        "cap2e",
        "gmail_en",
        "Lorna McKenzie <lorna@mckenzie-ifa.fr>",
        "2027-05-20",
        "Four of us need hours. But rather than go back and forth by email, can you ring me? 04 93 65 12 88, any "
        "morning this week.\n\nLorna",
    ),
    T(
        "en",
        "meeting_request",
        "cap1e",
        "outlook_en",
        "Richard Hale <richard.hale@halepartners.mc>",
        "2027-04-19",
        "Hello Sandrine,\n\nI'm writing on behalf of Mr Hale, who would like a short call about training for the "
        "Monaco office. He is available on Wednesday 21 April at 10:00 or Thursday 22 April at 14:30. Please let me "
        "know which suits.\n\nKind regards,\nFiona Grant\nPA to Richard Hale\nHale Partners Monaco",
    ),
    T(
        "en",
        "meeting_request",
        "plu1e",
        "gmail_us",
        "Daniel Mercer <dan@mercerplanning.fr>",
        "2027-06-02",
        "Sure, let's talk. Send me a calendar link.",
    ),
    T(
        "en",
        "meeting_request",
        "tra2e",
        "outlook_en",
        "Catherine Lyle <catherine.lyle@lyleandco.fr>",
        "2027-05-27",
        "Paris, week of 7 June works. Tuesday the 8th, breakfast? I'll book somewhere near Place Vendôme and send "
        "you the address.\n\nCatherine",
    ),
    T(
        "en",
        "meeting_request",
        "par2e",
        "outlook_us",
        "Kevin Walsh <kwalsh@walshglobal.lu>",
        "2027-06-10",
        "Julien, can we do a Teams call instead of a proposal? I'll send an invite for Thursday 3pm CET unless that's "
        "bad for you.\n\nKevin",
    ),
]

# --------------------------------------------------------------------------- interested (13 fr / 11 en)

INTERESTED = [
    T(
        "fr",
        "interested",
        "cla1",
        "outlook_fr",
        "Isabelle Carré <isabelle.carre@carre-conseil.fr>",
        "2027-04-09",
        "Bonjour,\n\nCi-joint le relevé annuel 2026 d'un contrat luxembourgeois d'une cliente, noms masqués. "
        "Curieuse de voir ce que vous trouvez, l'assureur ne m'a jamais donné de réponse claire sur les frais des "
        "fonds internes.\n\nBien à vous,\nIsabelle Carré\nCarré Conseil Patrimonial\nPJ : releve_2026_anonymise.pdf",
    ),
    T(
        "fr",
        "interested",
        "cap1",
        "gmail_fr",
        "Mathieu Lenoir <mathieu.lenoir@lenoir-patrimoine.fr>",
        "2027-04-12",
        "Bonjour Sandrine,\n\nOui, inscrivez-moi pour le 10 juin. Pour l'attestation : Mathieu Lenoir, ORIAS "
        "14 002 781.\n\nMerci,\nMathieu",
    ),
    T(
        "fr",
        "interested",
        "plu1",
        "apple_fr",
        "Béatrice Fontaine <b.fontaine@fontaine-gestion.fr>",
        "2027-04-14",
        "Allez, chiche. Notre logo est en pièce jointe. Thème du mois : la donation avant 70 ans, nos clients "
        "nous posent tous la question depuis la réforme.\n\nBéatrice",
    ),
    T(
        "fr",
        "interested",
        "par1",
        "owa_fr",
        "Sébastien Moreau <s.moreau@atlantique-patrimoine.fr>",
        "2027-04-16",
        "Bonjour,\n\nOK pour l'essai sur 10 dossiers. Comment on procède, il faut une connexion à notre CRM dès le "
        "départ ?\n\nSébastien Moreau\nAtlantique Patrimoine – La Rochelle",
    ),
    T(
        "fr",
        "interested",
        "rem1",
        "gmail_fr",
        "Laure Vidal <laure@vidal-associes-cgp.fr>",
        "2027-04-21",
        "Envoyez-moi le questionnaire, je le remplis ce week-end.\n\nLaure Vidal",
    ),
    FWD(
        "fr",
        "interested",
        "cap2",
        "outlook_fr",
        "Olivier Texier <o.texier@texier-patrimoine.fr>",
        "2027-05-19",
        "Bonjour Sandrine,\n\nVoir ci-dessous : nous serons trois le 10 juin, moi compris, au tarif groupe. "
        "Pouvez-vous nous envoyer les convocations ?\n\nOlivier",
        "Amandine Pons <a.pons@texier-patrimoine.fr>",
        "Olivier,\n\nJuliette Caradec et moi sommes partantes pour le 10 juin, il nous manque 5 heures DDA à chacun.\n\n"
        "Amandine",
    ),
    T(
        "fr",
        "interested",
        "tra1",
        "outlook_fr",
        "Dominique Fabre <d.fabre@fabre-conseil.fr>",
        "2027-04-23",
        "Bonjour Madame Benhamou,\n\nPourquoi pas. Je vous donne déjà les grandes masses : 48 M€ d'encours, 410 k€ "
        "de récurrent en 2026, 260 familles. Quelles autres pièces vous faut-il pour la valorisation ?\n\n"
        "Dominique Fabre",
    ),
    INL(
        "fr",
        "interested",
        "cla2",
        "outlook_fr",
        "Hugues Berthier <h.berthier@berthier-patrimoine.fr>",
        "2027-04-28",
        [
            (
                "Je vous propose d'auditer gratuitement",
                "[HB] D'accord, je vous envoie un relevé cette semaine. Si le rapport est utile, on parlera des "
                "autres.",
            )
        ],
        top="Bonjour,\n\nVoir en rouge.\n\nHugues Berthier",
    ),
    T(
        "fr",
        "interested",
        "par2",
        "gmail_fr",
        "Anne Lefèvre <anne.lefevre@cabinet-lefevre.fr>",
        "2027-05-04",
        "Bonjour Julien,\n\nUne vingtaine par mois. Mais je préfère tester avant toute proposition : vous pouvez "
        "m'ouvrir l'essai dès cette semaine ?\n\nAnne",
    ),
    T(
        "fr",
        "interested",
        "plu2",
        "iphone_fr",
        "Yannick Guérin <yannick.guerin@guerin-cgp.fr>",
        "2027-05-11",
        "Non non ne partez pas ! J'ai juste été débordé. Le numéro d'essai m'intéresse toujours, je vous envoie le "
        "logo demain",
    ),
    T(
        "fr",
        "interested",
        "rem2",
        "outlook_fr",
        "Valentin Mercier <v.mercier@mercier-fo.fr>",
        "2027-05-25",
        "Bonjour,\n\nPas besoin d'appel. Allez-y pour le diagnostic : 7 salariés, deux bureaux (Paris et Annecy), "
        "aucun sinistre à déclarer, sauvegardes externalisées. Envoyez-moi les questions qui restent.\n\n"
        "Valentin Mercier\nMercier Family Office",
    ),
    T(
        "fr",
        "interested",
        "cap1",
        "iphone_fr",
        "Cécile Barbier <cecile.barbier@barbier-patrimoine.fr>",
        "2027-04-27",
        "Oui merci ! Inscrivez moi",
    ),
    T(
        "fr",
        "interested",
        "cla1",
        "gmail_fr",
        "Romain Caillaud <romain.caillaud@caillaud-cgpi.fr>",
        "2027-06-04",
        "Bonjour Agnès,\n\nIntéressant, j'ai justement un client persuadé de payer trop cher. Je récupère son dernier "
        "relevé et je vous l'envoie.\n\nRomain",
    ),
    T(
        "en",
        "interested",
        "cla1e",
        "outlook_en",
        "Fiona Doyle <fiona.doyle@doylecrossborder.com>",
        "2027-04-12",
        "Agnès,\n\nAttached is the 2026 statement for a Lombard International policy, names blacked out. Let's see "
        "what you find.\n\nFiona Doyle\nDoyle Cross-Border Planning | Paris & Dublin",
    ),
    T(
        "en",
        "interested",
        "cap1e",
        "gmail_en",
        "Siobhan O'Neill <siobhan@oneill-wealth.mc>",
        "2027-04-15",
        "Yes please - put me down for 10 June. Name as it should appear on the certificate: Siobhan M. O'Neill."
        "\n\nThanks!",
    ),
    T(
        "en",
        "interested",
        "plu1e",
        "apple_en",
        "Hamish Baird <hamish@bairdexpatplanning.fr>",
        "2027-04-20",
        "Go on then. Logo attached; this month's topic should be the French wealth tax for British retirees.\n\nHamish",
    ),
    T(
        "en",
        "interested",
        "par1e",
        "outlook_us",
        "Megan Foster <megan.foster@fosterglobalwealth.lu>",
        "2027-04-22",
        "Hi Julien,\n\nSounds useful. Can you set up the trial? I'm the admin on our side.\n\nMegan Foster\nFoster "
        "Global Wealth, Luxembourg",
    ),
    T(
        "en",
        "interested",
        "rem1e",
        "gmail_us",
        "Alan Prescott <alan@prescottfo.ch>",
        "2027-05-04",
        "Send the 15 questions over.\n\nA.",
    ),
    T(
        "en",
        "interested",
        "tra1e",
        "outlook_en",
        "Jonathan Reeve <j.reeve@reeveandpartners.fr>",
        "2027-05-10",
        "Hello Claire,\n\nInteresting timing, actually. What do you need from me for the valuation?\n\nJonathan",
    ),
    INL(
        "en",
        "interested",
        "cap2e",
        "outlook_en",
        "David Marsh <david.marsh@marshwealth.mc>",
        "2027-05-21",
        [
            (
                "How many of your colleagues",
                "[DM] Three of us: me, Paul Wright and Hannah Lowe. We'll take the group rate - please book us in.",
            )
        ],
        top="Sandrine, answer below.\n\nDavid",
    ),
    T(
        "en",
        "interested",
        "par2e",
        "gmail_en",
        "Emma Hargreaves <emma@hargreaves-fo.lu>",
        "2027-05-26",
        "Around 25 a month, 3 advisers. Happy to start with the free trial before any proposal though.\n\nEmma",
    ),
    T(
        "en",
        "interested",
        "plu2e",
        "gmail_us",
        "Patrick Nolan <pnolan@nolanadvisory.fr>",
        "2027-06-01",
        "No - I mean, don't stop! Sorry for the silence. Yes to the free issue.\n\nPatrick",
    ),
    FWD(
        "en",
        "interested",
        "cla2e",
        "outlook_en",
        "Rebecca Hunt <rebecca.hunt@huntlane.fr>",
        "2027-06-07",
        "Agnès - forwarding my colleague's note below. She's pulled two policies for you; the first one is the free "
        "audit, the second we'll pay for if the first is useful.\n\nRebecca",
        "Lucy Tran <lucy.tran@huntlane.fr>",
        "Rebecca, I've scanned the two Generali statements for the Clairvie audit - in the shared drive.\n\nLucy",
    ),
    T(
        "en",
        "interested",
        "rem1e",
        "iphone_fr",
        "Marc Dubois-Hart <marc@duboishart.fr>",
        "2027-06-14",
        "ok. link to the questionnaire?",
    ),
]

# --------------------------------------------------------------------------- information_request (10 fr / 8 en)

INFORMATION = [
    T(
        "fr",
        "information_request",
        "par1",
        "outlook_fr",
        "Nicolas Perrot <n.perrot@perrot-patrimoine.fr>",
        "2027-04-08",
        "Bonjour,\n\nVotre solution est-elle reliée à Cardif et à Spirica ? Et la signature en ligne est-elle "
        "acceptée pour les bulletins des assureurs luxembourgeois ?\n\nCordialement,\nNicolas Perrot",
    ),
    T(
        "fr",
        "information_request",
        "cla1",
        "gmail_fr",
        "Sophie Aubert <sophie.aubert@aubert-cgp.fr>",
        "2027-04-13",
        "Bonjour,\n\nComment calculez-vous les frais des unités de compte : à partir des DIC, ou des frais "
        "réellement prélevés sur le contrat ?\n\nSophie Aubert",
    ),
    T(
        "fr",
        "information_request",
        "rem1",
        "outlook_fr",
        "Philippe Renaud <philippe.renaud@renaud-gestion.fr>",
        "2027-04-19",
        "Bonjour Monsieur Roux,\n\nEst-ce que vos contrats couvrent la fraude au faux RIB quand c'est la boîte mail "
        "du client qui a été piratée, et pas la nôtre ? C'est le cas qu'on a eu l'an dernier.\n\nPhilippe Renaud",
    ),
    T(
        "fr",
        "information_request",
        "cap1",
        "gmail_fr",
        "Élise Marchal <elise.marchal@marchal-associes.fr>",
        "2027-04-26",
        "Bonjour,\n\nLa journée du 10 juin est-elle aussi accessible à distance ? Et les heures sont-elles reconnues "
        "par mon association (CNCGP) ou faut-il une attestation spécifique ?\n\nMerci,\nÉlise Marchal",
    ),
    T(
        "fr",
        "information_request",
        "plu1",
        "apple_fr",
        "Thierry Collin <thierry@collin-patrimoine.fr>",
        "2027-05-05",
        "Qui relit les textes côté conformité ? Vous, ou un juriste ? Je me suis déjà fait reprendre par l'AMF sur "
        "une plaquette.",
    ),
    T(
        "fr",
        "information_request",
        "tra1",
        "owa_fr",
        "Bernard Lacombe <b.lacombe@lacombe-patrimoine.fr>",
        "2027-05-07",
        "Bonjour,\n\nSur quelle base valorisez-vous un cabinet : multiple du récurrent, ou de l'encours ? Et vous, "
        "vous êtes rémunérés comment, au succès ?\n\nB. Lacombe",
    ),
    INL(
        "fr",
        "information_request",
        "cap2",
        "gmail_fr",
        "Agathe Roche <agathe.roche@roche-conseil.fr>",
        "2027-05-20",
        [
            (
                "tarif groupe à partir de 3 personnes",
                "-> s'applique-t-il si les 3 personnes viennent à des dates différentes ?",
            )
        ],
    ),
    T(
        "fr",
        "information_request",
        "par2",
        "outlook_fr",
        "Jérôme Hamon <jerome.hamon@hamon-fo.fr>",
        "2027-05-28",
        "Bonjour,\n\nAvant de vous donner des chiffres : où sont hébergées les données de nos clients, et qui y a "
        "accès chez vous ? Plusieurs familles nous posent la question.\n\nJérôme Hamon\nHamon Family Office",
    ),
    T(
        "fr",
        "information_request",
        "cla2",
        "outlook_fr",
        "Martine Giraud <martine.giraud@giraud-associes.fr>",
        "2027-06-11",
        "Bonjour,\n\nLe tarif de 290 € comprend-il une restitution orale au client, ou seulement le rapport "
        "écrit ?\n\nBien à vous,\nMartine Giraud",
    ),
    T(
        "fr",
        "information_request",
        "rem1",
        "android_fr",
        "Kevin Lebon <kevin.lebon@lebon-patrimoine.fr>",
        "2027-06-17",
        "c quoi la diff avec notre RC pro ? ca fait pas doublon ?",
    ),
    T(
        "en",
        "information_request",
        "par1e",
        "gmail_us",
        "Oliver Grant <oliver@grantexpatwealth.fr>",
        "2027-04-09",
        "Hi Julien,\n\nDoes it work with the Luxembourg insurers (Lombard, OneLife)? And can clients sign from a UK "
        "mobile number?\n\nOliver",
    ),
    T(
        "en",
        "information_request",
        "cla1e",
        "outlook_en",
        "Joanna Pike <joanna.pike@pikeadvisory.mc>",
        "2027-04-16",
        "Dear Agnès,\n\nHow do you get to the fund-level costs: from the KIDs, or from what was actually deducted?\n\n"
        "Regards,\nJoanna Pike",
    ),
    T(
        "en",
        "information_request",
        "rem1e",
        "outlook_us",
        "Mark Steiner <m.steiner@steinerfo.ch>",
        "2027-04-23",
        "Are your insurers licensed in Switzerland or only in France? Half our team sits in Geneva.\n\nMark Steiner",
    ),
    T(
        "en",
        "information_request",
        "cap1e",
        "gmail_en",
        "Chloe Barnes <chloe.barnes@barnesfinancial.fr>",
        "2027-05-03",
        "Hi Sandrine,\n\nAre your English modules recognised for IDD hours by the regulator, or is it only your own "
        "certificate? Asking before I commit to anything.\n\nChloe",
    ),
    T(
        "en",
        "information_request",
        "tra1e",
        "outlook_en",
        "Henry Caldwell <henry@caldwellwealth.mc>",
        "2027-05-12",
        "Claire,\n\nHow do you usually charge - retainer, success fee, both?\n\nHenry",
    ),
    T(
        "en",
        "information_request",
        "plu1e",
        "gmail_us",
        "Rachel Kim <rachel.kim@kimcrossborder.fr>",
        "2027-05-19",
        "Who actually writes these - you, or an AI tool? Honest answer please.",
    ),
    INL(
        "en",
        "information_request",
        "cla2e",
        "outlook_en",
        "Robert Blake <robert.blake@blakewealth.lu>",
        "2027-06-02",
        [("our fee is EUR 290", "[RB] Is that per policy per year, or one-off?")],
    ),
    T(
        "en",
        "information_request",
        "cap2e",
        "apple_en",
        "Sam Whitaker <sam@whitakerifa.fr>",
        "2027-05-24",
        "Is the group rate per person, or for the whole day for three?\n\nSam",
    ),
]

# --------------------------------------------------------------------------- quote_request (9 fr / 7 en)

QUOTE = [
    T(
        "fr",
        "quote_request",
        "par2",
        "outlook_fr",
        "Laurent Dumas <l.dumas@dumas-patrimoine.fr>",
        "2027-04-14",
        "Bonjour Julien,\n\nEnviron 30 dossiers par mois, 4 conseillers et une assistante. Envoyez-moi votre "
        "proposition.\n\nLaurent Dumas",
    ),
    T(
        "fr",
        "quote_request",
        "cla1",
        "outlook_fr",
        "Jacqueline Morel <j.morel@morel-fo.fr>",
        "2027-04-20",
        "Bonjour,\n\nNous avons environ 120 contrats à revoir chez un même assureur, dans le cadre d'un changement "
        "de partenaire. Quel prix pour l'ensemble, et dans quel délai ?\n\nJacqueline Morel\nMorel Family Office",
    ),
    T(
        "fr",
        "quote_request",
        "rem1",
        "gmail_fr",
        "Franck Bouvier <franck.bouvier@bouvier-patrimoine.fr>",
        "2027-04-30",
        "Bonjour,\n\nPouvez-vous me faire une offre ferme plutôt qu'une estimation ? 9 salariés, deux sites (Paris "
        "et Nice), CA 2,4 M€, pas de sinistre.\n\nFranck Bouvier",
    ),
    T(
        "fr",
        "quote_request",
        "cap2",
        "outlook_fr",
        "Nathalie Brun <nathalie.brun@brun-associes.fr>",
        "2027-05-13",
        "Bonjour,\n\nNous sommes 5 à devoir compléter nos heures DDA. Pouvez-vous m'envoyer un devis pour une session "
        "intra au cabinet, à Nantes, en septembre ?\n\nNathalie Brun",
    ),
    T(
        "fr",
        "quote_request",
        "plu1",
        "gmail_fr",
        "Alexandre Henry <alexandre@henry-patrimoine.fr>",
        "2027-05-18",
        "Combien pour une lettre mensuelle et deux posts LinkedIn par semaine ? Pas besoin de numéro d'essai, j'ai "
        "vu ce que vous faites pour un confrère.\n\nAlexandre",
    ),
    T(
        "fr",
        "quote_request",
        "tra1",
        "outlook_fr",
        "Gilles Roussel <g.roussel@roussel-conseil.fr>",
        "2027-05-24",
        "Bonjour Madame Benhamou,\n\nPas de vente à l'ordre du jour, mais un rachat : un portefeuille d'environ "
        "20 M€ à Bordeaux. Quel serait votre prix pour nous accompagner jusqu'à la signature ?\n\nGilles Roussel",
    ),
    T(
        "fr",
        "quote_request",
        "par1",
        "android_fr",
        "Mélanie Poirier <melanie.poirier@poirier-cgp.fr>",
        "2027-06-03",
        "Bjr, tarif pr 3 conseillers ? merci",
    ),
    INL(
        "fr",
        "quote_request",
        "cla2",
        "outlook_fr",
        "Jean-Luc Marty <jl.marty@marty-patrimoine.fr>",
        "2027-06-09",
        [("290 € HT par contrat", "-> Pour 40 contrats, vous feriez combien ?")],
        top="Bonjour,\n\nUne question dans votre message.\n\nJLM",
    ),
    T(
        "fr",
        "quote_request",
        "cap1",
        "owa_fr",
        "Véronique Leclerc <v.leclerc@leclerc-finance.fr>",
        "2027-06-14",
        "Bonjour,\n\nMerci pour la place offerte, mais je ne peux pas le 10 juin. Faites-moi plutôt un devis pour mes "
        "7 collaborateurs en e-learning DDA, à suivre avant décembre.\n\nVéronique Leclerc",
    ),
    T(
        "en",
        "quote_request",
        "par2e",
        "outlook_en",
        "Ian Fletcher <ian.fletcher@fletcherpb.lu>",
        "2027-04-15",
        "Julien,\n\n40 files a month, 5 advisers, 2 assistants. Proposal please.\n\nIan",
    ),
    T(
        "en",
        "quote_request",
        "cla2e",
        "gmail_en",
        "Helen Brooks <helen@brooksprivate.mc>",
        "2027-04-29",
        "We'd have about 60 policies to go through. What would you charge for the batch?\n\nHelen",
    ),
    T(
        "en",
        "quote_request",
        "rem1e",
        "outlook_us",
        "Thomas Keller <t.keller@kellerfamilyoffice.ch>",
        "2027-05-13",
        "Hello,\n\nCould you quote for our family office? 6 staff, offices in Geneva and Monaco, about CHF 900m under "
        "management, no claims.\n\nThomas Keller",
    ),
    T(
        "en",
        "quote_request",
        "cap2e",
        "gmail_us",
        "Zoe Palmer <zoe.palmer@palmerexpat.fr>",
        "2027-05-25",
        "Quote for 8 people, e-learning only, please.",
    ),
    T(
        "en",
        "quote_request",
        "plu1e",
        "outlook_en",
        "George Hammond <george@hammondadvisers.fr>",
        "2027-06-04",
        "Lucas,\n\nWhat would a monthly newsletter in both English and French cost us, plus a quarterly market "
        "letter?\n\nGeorge Hammond",
    ),
    T(
        "en",
        "quote_request",
        "tra2e",
        "outlook_en",
        "Victoria Ames <victoria.ames@amesandco.ch>",
        "2027-06-08",
        "Claire,\n\nLet's skip the coffee for now. What would your fee be for a full sale of a practice of our size "
        "(about EUR 85m under advice)?\n\nVictoria",
    ),
    INL(
        "en",
        "quote_request",
        "par2e",
        "gmail_en",
        "Karen Webb <karen.webb@webbwealth.lu>",
        "2027-06-15",
        [("roughly how many subscription files", "[KW] ~15/month, 2 advisers. Price?")],
    ),
]

# --------------------------------------------------------------------------- not_interested (14 fr / 12 en)

NOT_INTERESTED = [
    T(
        "fr",
        "not_interested",
        "par1",
        "outlook_fr",
        "Christophe Lambert <c.lambert@lambert-patrimoine.fr>",
        "2027-04-06",
        "Bonjour,\n\nMerci, nous utilisons déjà une solution de signature intégrée à notre logiciel. Bonne "
        "continuation.\n\nC. Lambert",
    ),
    T(
        "fr",
        "not_interested",
        "cla1",
        "gmail_fr",
        "Patricia Noël <patricia.noel@noel-gestion.fr>",
        "2027-04-12",
        "Merci, mais nous faisons ces analyses nous-mêmes depuis des années.\n\nPatricia Noël",
    ),
    T(
        "fr",
        "not_interested",
        "rem1",
        "outlook_fr",
        "Denis Chauvin <d.chauvin@chauvin-cgpi.fr>",
        "2027-04-15",
        "Bonjour,\n\nNous sommes déjà couverts en cyber via le contrat groupe de notre association.\n\n"
        "Cordialement,\nDenis Chauvin",
    ),
    T(
        "fr",
        "not_interested",
        "cap1",
        "gmail_fr",
        "Audrey Masson <audrey.masson@masson-patrimoine.fr>",
        "2027-04-21",
        "Bonjour Sandrine,\n\nMerci beaucoup pour l'invitation, c'est très gentil et le programme a l'air "
        "passionnant ! Mais toutes nos heures sont déjà faites via notre association professionnelle. Très belle "
        "journée à vous !\n\nAudrey",
    ),
    T(
        "fr",
        "not_interested",
        "plu1",
        "apple_fr",
        "Frédéric Millet <f.millet@millet-conseil.fr>",
        "2027-04-23",
        "Super idée et très bien présenté ! Mais j'adore écrire ma lettre moi-même, c'est mon moment préféré du "
        "mois. Bonne chance pour la suite.\n\nFrédéric",
    ),
    T(
        "fr",
        "not_interested",
        "plu2",
        "gmail_fr",
        "Joëlle Marchand <joelle.marchand@marchand-cgp.fr>",
        "2027-05-07",
        "Non.",
    ),
    T(
        "fr",
        "not_interested",
        "tra1",
        "outlook_fr",
        "Alain Charpentier <alain.charpentier@charpentier-patrimoine.fr>",
        "2027-04-28",
        "Madame,\n\nJe n'ai aucune intention de vendre mon cabinet, ni maintenant ni plus tard. Merci.\n\n"
        "A. Charpentier",
    ),
    T(
        "fr",
        "not_interested",
        "cla1",
        "owa_fr",
        "Sylvie Perrin <s.perrin@perrin-conseil.fr>",
        "2027-05-10",
        "Bonjour,\n\nNous ne distribuons pas d'assurance-vie : le cabinet est uniquement CIF, en conseil sur "
        "portefeuilles titres. Pas de besoin de notre côté.\n\nSylvie Perrin",
    ),
    INL(
        "fr",
        "not_interested",
        "rem2",
        "outlook_fr",
        "Gérard Lemoine <g.lemoine@lemoine-fo.fr>",
        "2027-05-18",
        [
            (
                "préférez-vous qu'on en reparle",
                "[GL] Ni l'un ni l'autre : notre assureur actuel nous convient très bien.",
            )
        ],
    ),
    T(
        "fr",
        "not_interested",
        "par2",
        "outlook_fr",
        "Karine Lopez <k.lopez@lopez-patrimoine.fr>",
        "2027-05-20",
        "Bonjour Julien,\n\nNous avons regardé en interne, cela ne correspond pas à notre organisation. Inutile de "
        "revenir vers moi à une autre date.\n\nKarine Lopez",
    ),
    T(
        "fr",
        "not_interested",
        "cap2",
        "iphone_fr",
        "Michel Arnaud <michel.arnaud@arnaud-gestion.fr>",
        "2027-05-21",
        "Merci c'est noté mais nous ne viendrons pas",
    ),
    T(
        "fr",
        "not_interested",
        "tra2",
        "gmail_fr",
        "Xavier Deschamps <xavier@deschamps-associes.fr>",
        "2027-05-26",
        "Merci Claire, c'est aimable, mais le cabinet n'est pas à vendre et mon associé est exactement du même "
        "avis. Bonne continuation.\n\nXavier",
    ),
    T(
        "fr",
        "not_interested",
        "rem1",
        "android_fr",
        "Ludovic Carpentier <ludo.carpentier@carpentier-patrimoine.fr>",
        "2027-06-01",
        "pas intéréssé merci",
    ),
    T(
        "fr",
        "not_interested",
        "plu1",
        "outlook_fr",
        "Edmond Rivière <e.riviere@riviere-patrimoine.fr>",
        "2027-06-10",
        "Monsieur,\n\nMes clients me paient pour mon avis, pas pour celui d'un rédacteur. Non merci.\n\nE. Rivière",
    ),
    T(
        "en",
        "not_interested",
        "par1e",
        "gmail_us",
        "Nick Sutton <nick@suttonwealth.lu>",
        "2027-04-07",
        "Thanks Julien, we're on DocuSign through our platform. All good.\n\nNick",
    ),
    T(
        "en",
        "not_interested",
        "cla1e",
        "outlook_en",
        "Paula Grey <paula.grey@greyexpat.fr>",
        "2027-04-14",
        "Appreciate it, but our clients' policies are reviewed every year in-house.\n\nPaula Grey",
    ),
    T(
        "en",
        "not_interested",
        "rem1e",
        "gmail_en",
        "Colin Reid <colin.reid@reidplanning.mc>",
        "2027-04-20",
        "We're covered through our network's group policy. Thanks anyway.\n\nColin",
    ),
    T(
        "en",
        "not_interested",
        "cap1e",
        "outlook_en",
        "Alice Morgan <alice.morgan@morganfinancial.fr>",
        "2027-04-29",
        "Hi Sandrine,\n\nThat's really kind, and the programme looks great - but all our hours are done through our "
        "network's own academy. Best of luck with it!\n\nAlice",
    ),
    T(
        "en",
        "not_interested",
        "plu2e",
        "iphone_fr",
        "Ben Carter <ben@carterexpat.fr>",
        "2027-05-07",
        "No",
    ),
    T(
        "en",
        "not_interested",
        "tra1e",
        "gmail_us",
        "Stuart Lowe <stuart@lowefo.ch>",
        "2027-05-11",
        "Not selling, not buying. Thanks.",
    ),
    T(
        "en",
        "not_interested",
        "plu1e",
        "apple_en",
        "Imogen Shaw <imogen@shawcrossborder.fr>",
        "2027-05-14",
        "Lovely pitch. We have a marketing person in-house who'd be mortified. Pass.\n\nImogen",
    ),
    INL(
        "en",
        "not_interested",
        "rem2e",
        "outlook_en",
        "James Turner <james.turner@turnerprivate.mc>",
        "2027-05-24",
        [("would you rather we spoke in", "[JT] Neither - we renewed in March, three-year deal.")],
    ),
    T(
        "en",
        "not_interested",
        "par2e",
        "outlook_us",
        "Laura Bennett <l.bennett@bennettglobal.lu>",
        "2027-06-01",
        "Julien,\n\nWe looked at it internally; it's not a fit for how we work. No need to follow up.\n\nLaura",
    ),
    T(
        "en",
        "not_interested",
        "cla2e",
        "gmail_en",
        "Owen Price <owen.price@pricewealth.fr>",
        "2027-06-08",
        "Thanks for the reminder. We'll pass.\n\nOwen",
    ),
    T(
        "en",
        "not_interested",
        "cap1e",
        "iphone_fr",
        "Eric Lindqvist <eric@lindqvistadvisory.mc>",
        "2027-06-11",
        "not for us thx",
    ),
    T(
        "en",
        "not_interested",
        "tra2e",
        "outlook_en",
        "Gillian Forbes <gillian.forbes@forbeswealth.ch>",
        "2027-06-16",
        "Claire,\n\nKind of you, but we merged into a larger group last year - nothing left to sell!\n\nGillian",
    ),
]

# --------------------------------------------------------------------------- not_now (13 fr / 11 en)

NOT_NOW = [
    T(
        "fr",
        "not_now",
        "par2",
        "outlook_fr",
        "Benoît Caron <b.caron@caron-patrimoine.fr>",
        "2027-04-21",
        "Bonjour Julien,\n\nPas avant septembre : nous changeons de CRM cet été et je ne veux pas empiler deux "
        "projets. Revenez vers moi à ce moment-là.\n\nBenoît Caron",
        until="2027-09-01",
    ),
    T(
        "fr",
        "not_now",
        "rem2",
        "gmail_fr",
        "Hélène Dupuis <helene.dupuis@dupuis-gestion.fr>",
        "2027-05-05",
        "L'automne, oui, c'est le bon moment : notre échéance est au 1er janvier. Relancez-moi mi-octobre.\n\nHélène",
        until="2027-10-15",
    ),
    T(
        "fr",
        "not_now",
        "cla1",
        "outlook_fr",
        "Marc-Antoine Weber <ma.weber@weber-conseil.fr>",
        "2027-06-09",
        "Bonjour,\n\nC'est la période des rendez-vous annuels chez nous, je n'ai pas la tête à ça. Recontactez-moi "
        "après le 14 juillet, je regarderai votre offre d'audit à tête reposée.\n\nMarc-Antoine Weber",
        until="2027-07-15",
    ),
    T(
        "fr",
        "not_now",
        "tra1",
        "owa_fr",
        "Jean-Pierre Aubry <jp.aubry@aubry-patrimoine.fr>",
        "2027-04-28",
        "Bonjour,\n\nSujet intéressant mais prématuré : d'ici deux ou trois ans peut-être. Rappelez-moi dans six "
        "mois, on verra où j'en suis.\n\nJ.-P. Aubry",
        until="2027-10-28",
    ),
    T(
        "fr",
        "not_now",
        "cap1",
        "gmail_fr",
        "Manon Lefort <manon.lefort@lefort-cgp.fr>",
        "2027-05-19",
        "Bonjour,\n\nTrop juste pour le 10 juin, j'ai des rendez-vous clients toute la semaine. Écrivez-moi à la "
        "rentrée pour vos sessions d'automne.\n\nManon",
        until="2027-09-01",
    ),
    T(
        "fr",
        "not_now",
        "par1",
        "outlook_fr",
        "Aurélie Besson <a.besson@besson-patrimoine.fr>",
        "2027-04-16",
        "Bonjour Julien,\n\nJe pars en congé maternité la semaine prochaine, retour prévu le 6 septembre. Le sujet "
        "m'intéresse : recontactez-moi à mon retour.\n\nAurélie Besson",
        until="2027-09-06",
    ),
    T(
        "fr",
        "not_now",
        "plu2",
        "apple_fr",
        "Florent Girard <florent@girard-patrimoine.fr>",
        "2027-06-02",
        "Pas « non », plutôt « pas maintenant » ! Réécrivez-moi en janvier, je refais toute ma communication pour "
        "2028.\n\nFlorent",
        until="2028-01-01",
    ),
    INL(
        "fr",
        "not_now",
        "tra2",
        "outlook_fr",
        "Roland Vasseur <r.vasseur@vasseur-conseil.fr>",
        "2027-05-11",
        [("un café à l'une de ces", "[RV] Ni l'un ni l'autre, c'est trop tôt. Plutôt au second semestre 2028.")],
        until="2028-07-01",
    ),
    T(
        "fr",
        "not_now",
        "cla2",
        "outlook_fr",
        "Odile Marin <odile.marin@marin-fo.fr>",
        "2027-04-20",
        "Bonjour,\n\nNous y penserons pour les revues clients de l'automne. Revenez vers moi la semaine du 13 "
        "septembre.\n\nOdile Marin\nMarin Family Office",
        until="2027-09-13",
    ),
    T(
        "fr",
        "not_now",
        "rem1",
        "android_fr",
        "Julien Fleury <julien.fleury@fleury-associes.fr>",
        "2027-04-09",
        "pas le tps en ce moment, relancez moi ds 2 mois svp",
        until="2027-06-09",
    ),
    T(
        "fr",
        "not_now",
        "cap2",
        "gmail_fr",
        "Sabine Royer <sabine.royer@royer-patrimoine.fr>",
        "2027-05-26",
        "Bonjour,\n\nLes heures de cette année sont faites. Pour 2028, oui, reprenez contact en novembre.\n\nSabine",
        until="2027-11-01",
    ),
    T(
        "fr",
        "not_now",
        "par2",
        "iphone_fr",
        "Thibault Gauthier <thibault@gauthier-gp.fr>",
        "2027-06-15",
        "On déménage le cabinet en juillet. Rappelez moi à partir du 02/08",
        until="2027-08-02",
    ),
    T(
        "fr",
        "not_now",
        "tra1",
        "outlook_fr",
        "Monique Bertrand <monique.bertrand@bertrand-patrimoine.fr>",
        "2027-06-18",
        "Bonjour,\n\nPas pour l'instant. Peut-être plus tard, quand mon fils aura fini ses études et qu'on saura "
        "s'il reprend le cabinet.\n\nMonique Bertrand",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "par2e",
        "gmail_us",
        "Adam Hughes <adam@hugheswealth.lu>",
        "2027-04-22",
        "Not right now - we're migrating platforms. Try me after the summer, September ideally.\n\nAdam",
        until="2027-09-01",
    ),
    T(
        "en",
        "not_now",
        "rem2e",
        "outlook_en",
        "Louise Carver <louise.carver@carverfo.mc>",
        "2027-05-07",
        "Baptiste,\n\nAutumn is right, we renew in January. Drop me a line mid-September.\n\nLouise",
        until="2027-09-15",
    ),
    T(
        "en",
        "not_now",
        "cla1e",
        "outlook_us",
        "Peter Quigley <p.quigley@quigleyexpat.fr>",
        "2027-05-13",
        "Hi Agnès,\n\nAnnual reviews keep us busy until the end of June. Come back to me in July and I'll happily "
        "send you a statement.\n\nPeter",
        until="2027-07-01",
    ),
    T(
        "en",
        "not_now",
        "tra1e",
        "apple_en",
        "Martin Osborne <martin@osbornewealth.ch>",
        "2027-04-13",
        "Ask me again in a year.",
        until="2028-04-13",
    ),
    T(
        "en",
        "not_now",
        "cap1e",
        "gmail_en",
        "Sophie Lambton <sophie@lambtonadvisers.fr>",
        "2027-05-20",
        "Hi Sandrine,\n\nCan't make 10 June, sadly. Anything in the autumn? Email me after 1 September.\n\nSophie",
        until="2027-09-02",
    ),
    T(
        "en",
        "not_now",
        "plu2e",
        "outlook_en",
        "Andrew Fraser <andrew.fraser@fraserplanning.fr>",
        "2027-06-03",
        "Lucas - not a no! Just not before Q4. Ping me early October.\n\nAndrew",
        until="2027-10-01",
    ),
    INL(
        "en",
        "not_now",
        "par2e",
        "outlook_en",
        "Alison Hurst <alison.hurst@hurstprivate.lu>",
        "2027-04-27",
        [("let me know when to come back to you", "[AH] W/c 6 September.")],
        until="2027-09-06",
    ),
    T(
        "en",
        "not_now",
        "cla2e",
        "gmail_en",
        "Tim Ellison <tim@ellisoncrossborder.fr>",
        "2027-06-16",
        "Agnès, I'm off on paternity leave from Friday, back on Monday 2 August. Please pick this up with me then."
        "\n\nTim",
        until="2027-08-02",
    ),
    T(
        "en",
        "not_now",
        "rem1e",
        "outlook_us",
        "Natalie Vance <n.vance@vancefamilyoffice.ch>",
        "2027-06-01",
        "Hello Baptiste,\n\nNothing moves here before our board meeting. Write to me the week of 28 June.\n\n"
        "Natalie Vance",
        until="2027-06-28",
    ),
    T(
        "en",
        "not_now",
        "tra2e",
        "gmail_us",
        "Philip Dunmore <philip@dunmorewealth.mc>",
        "2027-05-14",
        "Too soon - we've only just come out of our own reorganisation. 2028, perhaps.\n\nPhilip",
        until="2028-01-01",
    ),
    T(
        "en",
        "not_now",
        "cap2e",
        "iphone_fr",
        "Kate Russo <kate@russoifa.fr>",
        "2027-05-25",
        "not this yr, all done. next yr pls - try jan",
        until="2028-01-01",
    ),
]

# --------------------------------------------------------------------------- referral (11 fr / 9 en)

REFERRAL = [
    T(
        "fr",
        "referral",
        "par1",
        "outlook_fr",
        "Vincent Noël <v.noel@hestia-gp.fr>",
        "2027-04-08",
        "Bonjour,\n\nCe n'est pas moi qui gère les outils du cabinet. Voyez avec Sophie Lemaire, notre responsable "
        "middle-office : s.lemaire@hestia-gp.fr\n\nCordialement,\nVincent Noël\nHestia Gestion Privée",
        ref=("Sophie Lemaire", "s.lemaire@hestia-gp.fr"),
    ),
    T(
        "fr",
        "referral",
        "cla2",
        "gmail_fr",
        "Caroline Vidal <caroline@brunet-vidal.fr>",
        "2027-04-22",
        "Bonjour,\n\nAdressez-vous à mon associé, Olivier Brunet (olivier.brunet@brunet-vidal.fr) : c'est lui qui "
        "suit l'assurance-vie.\n\nCaroline Vidal",
        ref=("Olivier Brunet", "olivier.brunet@brunet-vidal.fr"),
    ),
    T(
        "fr",
        "referral",
        "rem1",
        "outlook_fr",
        "Pascale Morin <p.morin@morin-associes-patrimoine.fr>",
        "2027-04-27",
        "Bonjour Monsieur Roux,\n\nLe sujet relève de notre prestataire informatique, qui fait office de RSSI : "
        "Karim Haddad, k.haddad@secunord-it.fr. Je vous laisse le contacter directement.\n\nPascale Morin",
        ref=("Karim Haddad", "k.haddad@secunord-it.fr"),
    ),
    T(
        "fr",
        "referral",
        "cap1",
        "owa_fr",
        "Fabrice Langlois <f.langlois@cabinet-aubrac.fr>",
        "2027-05-03",
        "Bonjour,\n\nLes formations sont gérées par notre responsable RH, Élodie Duval. Son adresse : "
        "rh@cabinet-aubrac.fr\n\nF. Langlois",
        ref=("Élodie Duval", "rh@cabinet-aubrac.fr"),
    ),
    T(
        "fr",
        "referral",
        "tra2",
        "gmail_fr",
        "Nicole Fabre <nicole.fabre@fabre-partenaires.fr>",
        "2027-05-13",
        "Bonjour Claire,\n\nC'est effectivement mon associé, Jean-Marc Fabre, qui porte ce sujet : "
        "jm.fabre@fabre-partenaires.fr. Il est prévenu.\n\nNicole",
        ref=("Jean-Marc Fabre", "jm.fabre@fabre-partenaires.fr"),
    ),
    T(
        "fr",
        "referral",
        "plu1",
        "outlook_fr",
        "Léa Fournier <lea.fournier@pichon-patrimoine.fr>",
        "2027-05-05",
        "Bonjour,\n\nJe ne suis que l'assistante du cabinet. Je transmets votre message à Bertrand Pichon, le gérant, c'est lui "
        "qui décide de ces sujets.\n\nCordialement,\nLéa Fournier\nPichon Patrimoine",
        ref=("Bertrand Pichon", None),
    ),
    T(
        "fr",
        "referral",
        "par2",
        "gmail_fr",
        "Didier Schmitt <d.schmitt@azur-gestion.fr>",
        "2027-05-14",
        "Bonjour,\n\nJe ne travaille plus chez Azur Gestion depuis mars. Je ne sais pas qui a repris le sujet, "
        "désolé.\n\nDidier Schmitt",
        ref=(None, None),
    ),
    T(
        "fr",
        "referral",
        "cla1",
        "android_fr",
        "Agnès Colin <agnes.colin@lignage-fo.fr>",
        "2027-05-27",
        "J'ai quitté Lignage. Écrivez plutôt à contact@lignage-fo.fr, ils vous orienteront",
        ref=(None, "contact@lignage-fo.fr"),
    ),
    T(
        "fr",
        "referral",
        "tra1",
        "outlook_fr",
        "Gérard Roy <gerard.roy@roy-patrimoine.fr>",
        "2027-06-04",
        "Chère Madame,\n\nJe prends ma retraite fin juin ; ma successeure, Camille Roy, reprend la direction du "
        "cabinet au 1er juillet. C'est à elle qu'il faudra parler de l'avenir du cabinet : "
        "camille.roy@roy-patrimoine.fr\n\nBien à vous,\nGérard Roy",
        ref=("Camille Roy", "camille.roy@roy-patrimoine.fr"),
    ),
    INL(
        "fr",
        "referral",
        "cla2",
        "outlook_fr",
        "Thomas Giraud <t.giraud@giraud-cgp.fr>",
        "2027-06-10",
        [("pouvez-vous m'indiquer à qui", "-> Nadège Poulain, notre responsable conformité : n.poulain@giraud-cgp.fr")],
        ref=("Nadège Poulain", "n.poulain@giraud-cgp.fr"),
    ),
    T(
        "fr",
        "referral",
        "par1",
        "apple_fr",
        "Yves Ribeiro <yves@ribeiro-finance.fr>",
        "2027-06-17",
        "Pas pour moi, je ne fais plus que du conseil en investissement. Mais ma consœur Nathalie Perret cherche "
        "justement ce genre d'outil : n.perret@perret-patrimoine.fr. De ma part.\n\nYves",
        ref=("Nathalie Perret", "n.perret@perret-patrimoine.fr"),
    ),
    T(
        "en",
        "referral",
        "par1e",
        "outlook_en",
        "Michael Byrne <michael.byrne@meridianfo.lu>",
        "2027-04-12",
        "Hi Julien,\n\nNot my area - our operations lead, Daniel Okafor, looks after systems. "
        "daniel.okafor@meridianfo.lu\n\nMichael",
        ref=("Daniel Okafor", "daniel.okafor@meridianfo.lu"),
    ),
    T(
        "en",
        "referral",
        "cla2e",
        "gmail_us",
        "Simon Cole <simon@colebrook-wealth.com>",
        "2027-04-26",
        "Please speak to Harriet Cole (harriet.cole@colebrook-wealth.com), she runs our insurance book.\n\nSimon",
        ref=("Harriet Cole", "harriet.cole@colebrook-wealth.com"),
    ),
    T(
        "en",
        "referral",
        "rem1e",
        "outlook_us",
        "Antonia Ruiz <antonia@ellisonfamilyoffice.mc>",
        "2027-05-05",
        "Good morning,\n\nIT and insurance both sit with our COO, Mark Ellison - mark@ellisonfamilyoffice.mc. I'd "
        "write to him directly.\n\nAntonia Ruiz",
        ref=("Mark Ellison", "mark@ellisonfamilyoffice.mc"),
    ),
    INL(
        "en",
        "referral",
        "cap2e",
        "outlook_en",
        "Liam Walsh <liam.walsh@walshpartners.fr>",
        "2027-05-18",
        [
            (
                "How many of your colleagues",
                "[LW] Ask our office manager, Jenny Pratt - she books all our training. jenny.pratt@walshpartners.fr",
            )
        ],
        ref=("Jenny Pratt", "jenny.pratt@walshpartners.fr"),
    ),
    T(
        "en",
        "referral",
        "tra2e",
        "gmail_en",
        "Rupert Mallory <rupert@mallorywealth.ch>",
        "2027-05-20",
        "Claire - it is indeed my partner. Write to Guy Fenwick, guy@mallorywealth.ch.\n\nRupert",
        ref=("Guy Fenwick", "guy@mallorywealth.ch"),
    ),
    T(
        "en",
        "referral",
        "plu1e",
        "gmail_us",
        "Jessica Lin <jessica.lin@harbourside-wealth.fr>",
        "2027-05-28",
        "Hi Lucas, I left Harbourside Wealth in February. No idea who deals with their marketing now, sorry.",
        ref=(None, None),
    ),
    T(
        "en",
        "referral",
        "cla1e",
        "outlook_en",
        "Arjun Mehta <arjun.mehta@alderwood-fo.com>",
        "2027-06-03",
        "Hello,\n\nWrong person, I'm in the tax team. Try our insurance desk: insurance@alderwood-fo.com\n\nArjun",
        ref=(None, "insurance@alderwood-fo.com"),
    ),
    T(
        "en",
        "referral",
        "cap1e",
        "apple_en",
        "Hugo Lambert <hugo@lambertglobal.mc>",
        "2027-06-07",
        "Thanks Sandrine - Priya Nair coordinates our IDD training, I've passed this on to her.\n\nHugo",
        ref=("Priya Nair", None),
    ),
    T(
        "en",
        "referral",
        "tra1e",
        "outlook_en",
        "Edward Harper <edward.harper@quinnharper.co.uk>",
        "2027-06-14",
        "Dear Claire,\n\nI'm stepping back at the end of the year, so I'm not the right person. Speak to Oliver Quinn "
        "from now on: oliver.quinn@quinnharper.co.uk\n\nRegards,\nEdward Harper",
        ref=("Oliver Quinn", "oliver.quinn@quinnharper.co.uk"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (11 fr / 9 en)

UNSUBSCRIBE = [
    T("fr", "unsubscribe", "par1", "gmail_fr", "Robert Meunier <robert.meunier@meunier-cgp.fr>", "2027-04-09", "STOP"),
    T(
        "fr",
        "unsubscribe",
        "cla2",
        "outlook_fr",
        "Danielle Pottier <d.pottier@pottier-patrimoine.fr>",
        "2027-04-23",
        "Pas concerné.",
    ),
    T(
        "fr",
        "unsubscribe",
        "rem1",
        "outlook_fr",
        "Serge Blanchard <s.blanchard@blanchard-associes.fr>",
        "2027-04-29",
        "Bonjour,\n\nMerci de me retirer de vos listes de diffusion.\n\nS. Blanchard",
    ),
    T(
        "fr",
        "unsubscribe",
        "cap1",
        "android_fr",
        "Émilie Rolland <emilie.rolland@rolland-gestion.fr>",
        "2027-05-04",
        "desabonner svp",
    ),
    T(
        "fr",
        "unsubscribe",
        "plu1",
        "gmail_fr",
        "Henri Dufour <henri.dufour@dufour-patrimoine.fr>",
        "2027-05-10",
        "Je n'ai jamais demandé à recevoir vos messages. Supprimez mon adresse de vos fichiers.",
    ),
    T(
        "fr",
        "unsubscribe",
        "tra1",
        "outlook_fr",
        "Anne-Marie Leroux <am.leroux@leroux-fo.fr>",
        "2027-05-12",
        "Madame,\n\nConformément au RGPD, je m'oppose au traitement de mes données à des fins de prospection "
        "commerciale. Merci de supprimer mes coordonnées et de me le confirmer.\n\nA.-M. Leroux",
    ),
    T(
        "fr",
        "unsubscribe",
        "rem2",
        "gmail_fr",
        "Régis Perrier <regis.perrier@perrier-patrimoine.fr>",
        "2027-05-19",
        "Le lien « Se désinscrire » de vos messages renvoie vers une page d'erreur. Faites le nécessaire de votre "
        "côté, merci.",
    ),
    T(
        "fr",
        "unsubscribe",
        "cap2",
        "outlook_fr",
        "Claudine Ferry <c.ferry@ferry-conseil.fr>",
        "2027-05-27",
        "Bonjour,\n\nCela fait trois messages en un mois. Je ne souhaite plus être sollicitée par votre organisme, "
        "ni pour le 10 juin ni pour la suite.\n\nClaudine Ferry",
    ),
    INL(
        "fr",
        "unsubscribe",
        "par2",
        "outlook_fr",
        "Lionel Barre <l.barre@barre-patrimoine.fr>",
        "2027-06-02",
        [("dites-moi quand revenir vers vous", "[LB] Jamais. Et retirez-moi de votre fichier.")],
    ),
    T(
        "fr",
        "unsubscribe",
        "cla1",
        "outlook_fr",
        "Nadia Keller <n.keller@keller-associes.fr>",
        "2027-06-08",
        "Bonjour,\n\nJe ne fais plus partie du cabinet et cette adresse sera fermée à la fin du mois. Merci de la "
        "retirer de votre base.\n\nNadia Keller",
    ),
    T(
        "fr",
        "unsubscribe",
        "plu2",
        "iphone_fr",
        "Guy Martineau <guy.martineau@martineau-cgp.fr>",
        "2027-06-14",
        "Non. Et ne m'écrivez plus.",
    ),
    T("en", "unsubscribe", "par1e", "gmail_us", "Hannah Price <hannah@priceadvisory.lu>", "2027-04-13", "STOP"),
    T(
        "en",
        "unsubscribe",
        "cla1e",
        "outlook_en",
        "Declan Murphy <declan.murphy@murphywealth.fr>",
        "2027-04-19",
        "not relevant",
    ),
    T(
        "en",
        "unsubscribe",
        "cap2e",
        "gmail_en",
        "Fran Gallagher <fran@gallagherexpat.fr>",
        "2027-05-12",
        "UNSUBSCRIBE",
    ),
    T(
        "en",
        "unsubscribe",
        "rem1e",
        "outlook_us",
        "Greg Stanton <g.stanton@stantonwealth.mc>",
        "2027-05-18",
        "Please take me off your mailing list.\n\nGreg Stanton",
    ),
    T(
        "en",
        "unsubscribe",
        "plu1e",
        "apple_en",
        "Judith Frost <judith@frostplanning.fr>",
        "2027-05-21",
        "How did you get this address? Please delete it and don't contact me again.",
    ),
    T(
        "en",
        "unsubscribe",
        "tra1e",
        "outlook_en",
        "Christopher Vane <c.vane@vaneprivate.ch>",
        "2027-05-31",
        "Dear Ms Benhamou,\n\nUnder the GDPR I object to receiving direct marketing from your firm. Please erase my "
        "details and confirm.\n\nC. Vane",
    ),
    T(
        "en",
        "unsubscribe",
        "plu2e",
        "gmail_us",
        "Rosie Clarke <rosie@clarkewealth.fr>",
        "2027-06-09",
        "Please stop emailing me.",
    ),
    T(
        "en",
        "unsubscribe",
        "rem2e",
        "outlook_en",
        "Matthew Cross <matthew.cross@crossfamilyoffice.ch>",
        "2027-06-15",
        "Your unsubscribe link goes nowhere, so I'm replying instead: I'd like to be taken off.\n\nMatthew",
    ),
    INL(
        "en",
        "unsubscribe",
        "tra2e",
        "gmail_en",
        "Elaine Cooper <elaine@cooperwealth.mc>",
        "2027-06-18",
        [("a coffee on either date?", "No. Please remove me from your list.")],
    ),
]

# --------------------------------------------------------------------------- out_of_office (7 fr / 5 en)

OUT_OF_OFFICE = [
    N(
        "fr",
        "out_of_office",
        "2027-04-19",
        "Réponse automatique : Absente du bureau\n\nBonjour,\n\nJe suis absente du cabinet jusqu'au lundi 26 avril "
        "inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez joindre Marion au 01 42 56 "
        "70 13.\n\nCordialement,\nValérie Chassagne\nChassagne Patrimoine",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-04-30",
        "Bonjour,\n\nJe suis en congés jusqu'au 10 mai. Votre message sera traité à mon retour.\n\nBien "
        "cordialement,\nEmmanuel Hubert",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-05-21",
        "Message automatique\n\nLe cabinet est fermé du 24 au 28 mai pour notre séminaire annuel. Les demandes "
        "urgentes peuvent être adressées à contact@lefebvre-patrimoine.fr, qui sera relevé une fois par jour.\n\n"
        "L'équipe Lefebvre Patrimoine",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-06-01",
        "Je suis actuellement en formation et ne consulte pas ma messagerie. Je vous répondrai dès que possible."
        "\n\nJoël Prévost\nPrévost & Associés – Conseil en gestion de patrimoine",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-06-02",
        "Absente jusqu'au 07/06. En cas d'urgence, merci de contacter Julie Perrin : j.perrin@tessier-gp.fr\n\n"
        "Carole Tessier",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-06-08",
        "Réponse automatique : Je suis absent jusqu'au 14 juin. Pour toute question relative à un dossier client, "
        "merci d'appeler le secrétariat au +41 22 310 45 80.\n\nFrédéric Mathis\nMathis Gestion de Fortune SA, "
        "Genève",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-06-22",
        "Bonjour,\n\nJe suis en congé maternité jusqu'au 15 septembre 2027. Votre e-mail ne sera pas transféré. Pour "
        "toute demande concernant le cabinet, écrivez à accueil@riou-patrimoine.fr.\n\nMerci,\nLaetitia Riou",
    ),
    N(
        "en",
        "out_of_office",
        "2027-04-12",
        "Automatic reply: Out of Office\n\nI'm out of the office until Monday 19 April with limited access to email. "
        "For anything urgent, please call the office on +377 93 25 61 40.\n\nGareth Evans\nEvans Private Clients, "
        "Monaco",
    ),
    N(
        "en",
        "out_of_office",
        "2027-05-25",
        "Thank you for your email. I am on annual leave, returning on 2 June. If your matter is urgent, please "
        "contact my colleague Rachel Moss (rachel.moss@harrowwealth.lu).\n\nKind regards,\nSimon Webster",
    ),
    N(
        "en",
        "out_of_office",
        "2027-05-13",
        "I'm travelling with limited connectivity until 28 May and will reply on my return.\n\nCharlotte Ainsley",
    ),
    N(
        "en",
        "out_of_office",
        "2027-04-30",
        "Auto-reply: I work Monday to Thursday. Your email has been received and I'll reply on my next working day."
        "\n\nJulia Wren | Wren Financial Planning",
    ),
    N(
        "en",
        "out_of_office",
        "2027-06-10",
        "Out of office: I'm currently on parental leave. For anything urgent, please contact office@danbyfo.ch.\n\n"
        "Tom Danby",
    ),
]

# --------------------------------------------------------------------------- other (11 fr / 9 en)

OTHER = [
    T(
        "fr",
        "other",
        "rem1",
        "iphone_fr",
        "Paul Lecomte <paul.lecomte@lecomte-associes.fr>",
        "2027-04-14",
        "En déplacement jusqu'à vendredi, je regarde ça à mon retour",
    ),
    T(
        "fr",
        "other",
        "cap1",
        "outlook_fr",
        "Marie-Claude Bonnet <mc.bonnet@bonnet-patrimoine.fr>",
        "2027-04-15",
        "Sophie, tu peux vérifier si on a déjà fait nos heures DDA cette année ? Je crois que oui pour moi mais pas "
        "pour Damien.\n\nMC",
    ),
    T("fr", "other", "tra1", "gmail_fr", "Éric Blanc <eric.blanc@blanc-conseil.fr>", "2027-04-26", "Bien reçu, merci."),
    T(
        "fr",
        "other",
        "par1",
        "outlook_fr",
        "Henri Lacaze <henri@lacaze-cgp.fr>",
        "2027-04-21",
        "Bonjour,\n\nM. Lacaze est en congé jusqu'au 3 mai, je lui ferai suivre votre message à son retour.\n\n"
        "Cordialement,\nSandra\nSecrétariat – Lacaze CGP",
    ),
    N(
        "fr",
        "other",
        "2027-05-04",
        "Ce message n'a pas pu être remis à ses destinataires.\n\nDestinataire : p.giraud@giraud-patrimoine.fr\n"
        "Motif : la boîte aux lettres du destinataire est pleine. Réessayez plus tard.",
    ),
    N(
        "fr",
        "other",
        "2027-05-07",
        "Bonjour,\n\nNous avons bien reçu votre demande (ticket n° 48213). Notre équipe vous répondra sous 48 heures "
        "ouvrées.\n\nLe support – Aurore Family Office\nCeci est un message automatique, merci de ne pas y répondre.",
    ),
    T(
        "fr",
        "other",
        "cap2",
        "gmail_fr",
        "Lucie Perret <lucie.perret@perret-associes.fr>",
        "2027-05-18",
        "Bonjour,\n\nJ'ai répondu DÉSABONNER à votre collègue le mois dernier, par erreur : je voulais le faire "
        "sur une autre liste. Je souhaite continuer à recevoir vos programmes, pouvez-vous me réinscrire ?\n\nLucie "
        "Perret",
    ),
    T(
        "fr",
        "other",
        "plu1",
        "apple_fr",
        "Anne-Sophie Guillot <anne-sophie.guillot@guillot-patrimoine.fr>",
        "2027-05-24",
        "Juste une précision : je m'appelle Anne-Sophie et non Anne, c'est la deuxième fois. Merci.",
    ),
    T(
        "fr",
        "other",
        "tra1",
        "outlook_fr",
        "Bruno Hoarau <b.hoarau@hoarau-patrimoine.fr>",
        "2027-06-07",
        "Madame,\n\nEn application de l'article 15 du RGPD, merci de m'indiquer quelles données personnelles vous "
        "détenez sur moi et d'où vous les tenez.\n\nBruno Hoarau",
    ),
    T("fr", "other", "cla1", "android_fr", "Lise Moulin <lise.moulin@moulin-gestion.fr>", "2027-06-11", "?"),
    T(
        "fr",
        "other",
        "rem2",
        "outlook_fr",
        "Patrick Aubrac <p.aubrac@aubrac-patrimoine.fr>",
        "2027-06-21",
        "Bonjour,\n\nPour information, le cabinet a changé de nom et d'adresse : nous sommes désormais Aubrac "
        "Patrimoine Famille, 14 cours Franklin-Roosevelt, 69006 Lyon. Mon adresse devient "
        "p.aubrac@aubrac-pf.fr à partir du 1er juillet.\n\nPatrick Aubrac",
    ),
    T(
        "en",
        "other",
        "tra1e",
        "gmail_us",
        "Anthony Wu <anthony.wu@wuprivateclient.mc>",
        "2027-04-16",
        "In Hong Kong until Thursday. I'll read this properly on the flight home.\n\nAnthony",
    ),
    T("en", "other", "cla1e", "outlook_en", "Grace Holt <grace.holt@holtwealth.lu>", "2027-04-28", "Thanks, received."),
    T(
        "en",
        "other",
        "par1e",
        "outlook_en",
        "Laurent Delacroix <l.delacroix@delacroixfo.ch>",
        "2027-05-04",
        "Dear Julien,\n\nMr Delacroix is away until 12 May; I'll make sure he sees your email when he's back.\n\n"
        "Kind regards,\nMaria Santos\nOffice of L. Delacroix",
    ),
    N(
        "en",
        "other",
        "2027-05-10",
        "Delivery has failed to these recipients or groups:\n\nnigel.burton@burtonadvisers.fr\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    ),
    N(
        "en",
        "other",
        "2027-05-19",
        "Read: Your 2027 IDD hours: English-language modules\n\nTo: Andrea Fox\nSubject: Your 2027 IDD hours: "
        "English-language modules\nSent: 18 May 2027 09:40\n\nwas read on 19 May 2027 08:12.",
    ),
    T(
        "en",
        "other",
        "plu1e",
        "gmail_us",
        "Nathan Brooks <nathan@brooksexpatwealth.fr>",
        "2027-05-26",
        "Sorry - please ignore my last reply, it was meant for someone else.",
    ),
    T(
        "en",
        "other",
        "cap1e",
        "outlook_en",
        "Ruth Abbott <ruth.abbott@abbottfinancial.mc>",
        "2027-06-04",
        "Hello,\n\nPlease note my new address from 1 July: ruth.abbott@abbott-fo.mc. This one will stop working at "
        "the end of June.\n\nRuth Abbott",
    ),
    N(
        "en",
        "other",
        "2027-06-09",
        "Your message to jack.hollins@hollinswealth.lu is being held because your address is not on the "
        "recipient's approved sender list. To have it delivered, verify your address by following the link below "
        "within 72 hours.\n\nhttps://verify.mailshield.example/c/7Y2k9Q",
    ),
    T("en", "other", "rem1e", "iphone_fr", "Lewis Grant <lewis@grantfo.ch>", "2027-06-18", "Cheers"),
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
random.Random(23).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout23", CASES, sys.argv)
