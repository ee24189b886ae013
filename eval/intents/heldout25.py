"""A twenty-fifth held-out split, `heldout25`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/, sql/ nor supabase/, did not open eval/intents/cases.json nor eval/intents/README.md, and ran no git
command.
What it opened: common.py (whole, one `cat`, in the same command as `date`, a `wc -l` of heldout24.py and an `ls` of
eval/intents/ (the files' names only)); heldout24.py through a print of lines 1-80 (its docstring's provenance,
senders and counts), a grep for its imports, `def`s, `CASES`, `__main__` and top-level constants, a print of lines
80-157 (its "written as people write", labelling-convention, not_now-date and borderline paragraphs, the end of its
docstring, `from __future__`) and of lines 156-170 (its imports, the `sys.path` line, `D`, `HOLIDAYS`), and its lines
2675-2691 filtered by `grep -v` of lines beginning with a string (the CASES list, the seeded shuffle, the
`write_split` call); the first 60 lines of heldout18.py to heldout23.py through a grep for `^- `, "sender",
"Prospects" and "Counts" (their sender bullets' first lines and provenance lines naming senders: all vendors selling
to firms, none an advisory firm writing to its own clients); /work/shared/INTELLIGENCE.md through a grep for its
headings (head -30) and a print of lines 39-49 (the intent section, the ten classes); /work/shared/BEHAVIOUR.md
through a grep for "R6" / "R8" (their first lines) and prints of lines 61-66 (R6) and 71-74 (R8); pyproject.toml
through a grep for `tool.ruff` and a print of lines 60-72 (the ruff tables down to the per-file-ignores header); a
calendar of October, November and December 2027 (python3, same command).
Slips: (1) the grep of heldout24.py for top-level constants printed the first line of each of its sender constants
(twelve names with addresses, the start of each signature) and its twelve subject lines, and the grep for `def`s its
helper names (_working, _before, _week_before, _body, mail, _cut, T, N, INL, FWD, FW1) with their line numbers: no
reply text; the helpers below were written without reading theirs (only T, N, INL, FWD and _working / _before share
names with them); (2) heldout24's docstring, as printed, quotes about sixty fragments of its own replies in its
convention and borderline paragraphs; (3) heldout17.py and heldout8.py to heldout16.py were not opened, so the firm
below is new against heldout18-24 only.
No classifier, no evaluation, no pytest, no bench script, no git command and no `relance` command was run. What was
run: `date` several times; an `ls` showing this file did not exist yet; drafts of this file in /tmp/h25w (chunks
concatenated there, with a copy of common.py beside them to import) rendering three sample threads (an inline answer
in Gmail and in Outlook, a forward); `python3 heldout25.py /tmp/h25t` several times, with throwaway python scripts
over its output that counted cases per class and language, checked that every `sent` lies on a weekday from
2027-10-04 to 2027-12-17 other than 1 and 11 November and that every quoted email's date does too (by wrapping
`_before`), counted distinct texts (200), printed two rendered cases (a forward, an Outlook inline answer, which then
got a line above the thread) and found the ids quoted below; ruff check and ruff format on this file; two builds into
/tmp/h25 and /tmp/h25b compared by md5; an awk of line lengths; an `ls -la` of eval/intents/ grepped for
__pycache__ (none: PYTHONDONTWRITEBYTECODE is set); a python edit adding these last lines. Not part of cases.json.

Maison Ardent Patrimoine (invented), a French wealth-management firm in Bordeaux, Nantes and Paris, with a partner
office in London (Ardent Patrimoine London), whose advisers write to their own private clients and prospects
(retired clients, business owners, doctors, dentists, notaries, accountants, French expatriates and English clients
with French assets), each email in French or in English, signed by its adviser:
- Hélène Marsaud (Bordeaux): the annual portfolio review ("Quelles disponibilités auriez-vous d'ici la
  mi-novembre ?") and a subscription to the SCPI Ardent Pierre Santé (204 € a part, open until 20 December);
- Grégoire Le Bihan (Nantes, partner): a life-insurance arbitration proposal (30 % of the euro fund into dated bond
  funds, "Me donnez-vous votre accord ?") and a PER for company directors (payments before 31 December);
- Sixtine Vauclair (Paris): a tax-reduction scheme before 31 December (an FCPI, 25 %, up to 12 000 € per person,
  24 000 € per couple) and a referral request ("quelqu'un à qui un bilan patrimonial pourrait être utile ?");
- the events team: a seminar on inheritance (Nantes, Thursday 25 November; Bordeaux, Thursday 2 December), footer
  "répondez « DÉSINSCRIPTION »"; the client-portal team: the new client portal, same footer;
- in English, Rupert Allingham (London partner: the annual review, the FCPI for clients taxed in France, the PER)
  and Priya Raman (wealth planner: the assurance-vie switch, the SCPI, the referral request); the London events
  team's seminar (Tuesday 30 November, Sackville Street) and the portal email carry "Reply 'opt out' to stop these
  emails".
Everything (firm, people, addresses, numbers, products) is invented.

Counts (fr / en): meeting_request 10 / 10, interested 12 / 11, information_request 10 / 9, quote_request 6 / 6,
not_interested 13 / 13, not_now 13 / 13, referral 10 / 10, unsubscribe 9 / 9, out_of_office 8 / 8, other 9 / 11;
100 / 100. `sent`: weekdays from 2027-10-05 to 2027-12-16, none on 1 or 11 November; every quoted email one to four
working days before its reply, inside the same window. `lang` is the language of the client's new text.
Written as people write: one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads, inline
answers typed into the quoted email ("-> plutôt en visio, le 8 ou le 9 novembre après 18h", "[AL] D'accord. Visio
lundi 6 déc. 8h ?", "-> garanti ?", "GH: where do I find my ceiling?", "[DP] Non.", "MH: No.", "JB >> Please arrange
through my PA"), forwards with a note (to a son, an accountant, a spouse), an assistant and a medical secretariat, a
notary's reception, widows and children writing for a client who died, typos and SMS style ("Ok pr en parler au
tel. Jeudi ?", "Pas intéréssé, je garde mon fond euro. Cdlt", "Rappelez moi jeudi svp", "tbh"), mobile signatures,
one-word replies ("Go ahead.", "nope", "Non merci.", "DÉSINSCRIPTION", "opt out", "OPT OUT", "Unsubscribe", "?",
"Thanks!").

Labelling convention: heldout24's, as its docstring states it, read as a human adviser would read the client's NEW
text (quoted history never counts). Here the offers are: a review meeting or a call (so accepting the review, or
asking for a call, is `meeting_request`); an arbitration to approve, a scheme, a fund or a PER to subscribe, a
seminar seat to book (saying yes, giving the amount, booking the seat is `interested`); a price, fees or a costed
proposal for the client's own numbers is `quote_request`; how a product, its taxation or the portal works is
`information_request`. Two intents: an opt-out over anything; a named person or address over "not for me" or a
date; a call or visit over a price; taking up the offer over numbers given or a practical question. The footer's
word sent back alone is an opt-out; a plain decline is not. "Wrong person" with nobody named is `referral` (null,
null); a generic address is `referral` with a null name; a named person without an address has a null address.
Autoreplies, with or without a return date or a stand-in, are `out_of_office`; a person's "away, will look when
back" or a secretariat's "en congé, je lui transmettrai" ask for nothing and are `other`; bounces, a ticket
acknowledgement and a read receipt are `other`. not_now dates as heldout24 counts them (a month named the first of
it, "mi-décembre" / "mid-November" the 15th, "après le 19 novembre" the day after, "in a fortnight" / "dans 15
jours" fourteen days on, a weekday the next such day after `sent`, "after our board meeting on the 24th" the 25th,
"the new year" 1 January 2028, spring by its astronomical start, 20 March 2028); added in the same spirit: "dans
six mois" the same day six months on; "la semaine prochaine" (sent on a Tuesday) the Monday after; "tomorrow" the
next day; "the week after we're back" (back 12 November, a Friday) the Monday after, 15 November; "pas avant que la
vente soit signée, normalement le 14 janvier" the 15th; "after my bonus in March" 1 March 2028.
Borderline decisions (ids as built): 060 (no name to give, but a meeting wanted on her own situation) and 160 (can't
come to the seminar, "Could someone call me?") are `meeting_request`, as are 131 (a call rather than the
documentation), 150 ("Ring me and talk me into it?") and 069 (a doctor's secretary proposing a date
at his surgery); 189 (an inline "Please arrange through my PA, Chloe Dunmore" under the review's request for times)
is `referral`, not `meeting_request`; 170 (documentation asked with "je pense souscrire une cinquantaine de parts"),
116 (a seat booked with a question about bringing a son) and 163 (the switch approved, the wife's contract added)
are `interested`; 108 (the activation SMS never received, "comment je fais ?") and 007 (an accountant's technical
question for his client) are `information_request`; 062 (a sister's price for a bilan, nobody named) and 126 (a
brother-in-law's price) are `quote_request`, not `referral`; 192 (inline: what the unit-linked fees would cost on
145 000 €), 034 ("first tell me what the fees would be on €12,000") and 025 (an all-in fee on €1.4m) are
`quote_request`; 100 (a quote for a discretionary mandate, asked before the review) is `quote_request`; 072
("Inutile de me relancer sur ce sujet") and 200 ("please don't bother following this one up") after a decline are
`not_interested`; 030 "Non merci." and 053 "Non merci, pas pour nous." (to the seminar, footer word DÉSINSCRIPTION)
and 068 "I'll pass, thanks." (footer word "opt out") are `not_interested`; 179 and 031 (no portal, statements by post
please) are `not_interested`, not opt-outs; 002 and 109 (the client moved his assets elsewhere) are
`not_interested`; 184 ("Merci de ne plus m'envoyer de courriels de ce genre", statements by post), 186 (no longer a
client, "ne souhaite plus recevoir vos messages"), 169 (a decline plus "cessez de m'écrire sur cette adresse") and
195 (inline "No. And please stop writing to me at this address.") are `unsubscribe`, as are 149 (RGPD), 110 (GDPR),
078 (a notary's secretariat) and 088 (a practice manager removing a doctor from the events list); 144 ("Rappelez moi
jeudi svp, là je suis en réunion") is `not_now` (Thursday 2 December), not `meeting_request`; 194 ("keep me in mind
for the next one in the spring") is `not_now` (20 March 2028); 006 (a surgeon: "écrivez-moi en février") 1 February
2028; 128 (a nephew, "Relancez-moi en mars") is `not_now`, nobody named; 142 ("vous vous êtes trompée de
destinataire"), 152 ("I think you have the wrong person") and 050 ("Wrong Sam") are `referral` (null, null); 070 (a
notary left the office, accueil@) and 146 (executors' probate@) have a null name; 032 (a notary named, no address),
113 (a partner with a phone number only), 051 (a business partner) and 015 (a secretariat's inline note naming a
daughter with her phone number) have a null address; 181, 177, 113 and 051 answer the referral request by naming a
relative or partner and are `referral`; 028 (a father forwarding to his son Julien with his address) and 138 (a
client forwarding to her accountant) are `referral`; 014, 055 and 183 (autoreplies naming a stand-in and an address)
and 035 (an autoreply above the thread) are `out_of_office`, as are 105 ("Automatic reply: Away ... skiing") and 159
("Out of office – back Thursday 14 October", a bare line with a signature); 175 ("Je suis en vacances jusqu'au 25,
je regarde ça à mon retour"), 079 ("Travelling this week"), 129 (a medical secretariat: "Je lui transmettrai votre
message à son retour"), 011 ("Je réfléchis et je vous dis"), 153 ("I'll have a think"), 133 ("Will read tonight")
and 199 ("I'll get back to you after Christmas", about names to give) are `other`; 003 and 190 (a note to a spouse
above the forwarded email) are `other`; 147 and 081 (a new address for the same person) are `other`; 125 "?" is
`other`.

`python heldout25.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout25-NNN`, in a fixed shuffled order, seed 25). `common` is imported from this file's own directory.
Measured once, blind, by the session that asked for it (2026-12-05, 13:55 UTC, before anyone read a reply of it), at
da2b687 (that session's start) and at 902759f (with heldout23's and heldout24's mends): the same figures both times.
Rules and learnt model, no LLM: macro-F1 0.793 (target 0.85, missed), accuracy 0.785, interested precision 0.867 /
recall 0.565 (13/23), unsubscribe precision 1.000 / recall 0.778, other F1 0.455, not_now dates 13/22, referral names
12/20 and addresses 19/20, 17.5 % decided by the learnt model, 4.0 % to an LLM."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, when, write_split

D = date.fromisoformat
HOLIDAYS = {D("2027-11-01"), D("2027-11-11")}
FIRST, LAST = D("2027-10-04"), D("2027-12-17")

# --------------------------------------------------------------------------- the advisers of Maison Ardent Patrimoine

_MARSAUD = "Hélène Marsaud <h.marsaud@ardent-patrimoine.fr>"
_MARSAUD_SIG = (
    "Bien à vous,\nHélène Marsaud\nConseillère en gestion de patrimoine\n"
    "Maison Ardent Patrimoine – 14 cours de l'Intendance, 33000 Bordeaux\n05 56 48 27 10"
)
_LEBIHAN = "Grégoire Le Bihan <g.lebihan@ardent-patrimoine.fr>"
_LEBIHAN_SIG = (
    "Cordialement,\nGrégoire Le Bihan\nAssocié – Maison Ardent Patrimoine Nantes\n"
    "3 quai de la Fosse, 44000 Nantes | 02 40 73 61 95"
)
_VAUCLAIR = "Sixtine Vauclair <s.vauclair@ardent-patrimoine.fr>"
_VAUCLAIR_SIG = (
    "Très cordialement,\nSixtine Vauclair\nIngénieure patrimoniale – Maison Ardent Patrimoine Paris\n"
    "22 rue de Miromesnil, 75008 Paris\n01 44 51 38 06"
)
_ALLINGHAM = "Rupert Allingham <rupert.allingham@ardent-patrimoine.co.uk>"
_ALLINGHAM_SIG = (
    "Kind regards,\nRupert Allingham\nPartner, Ardent Patrimoine London\n"
    "41 Sackville Street, London W1S 3DL\n+44 20 3290 5518"
)
_RAMAN = "Priya Raman <priya.raman@ardent-patrimoine.co.uk>"
_RAMAN_SIG = "Best wishes,\nPriya Raman\nWealth Planner | Ardent Patrimoine London\n+44 20 3290 5524"
_EVENTS = "Maison Ardent Patrimoine <evenements@ardent-patrimoine.fr>"
_EVENTS_EN = "Ardent Patrimoine London <events@ardent-patrimoine.co.uk>"
_PORTAL = "Maison Ardent Patrimoine <espace-client@ardent-patrimoine.fr>"
_PORTAL_EN = "Ardent Patrimoine <myaccount@ardent-patrimoine.co.uk>"

_FOOT_FR = (
    "\n\nVous recevez ce message en tant que client ou contact de Maison Ardent Patrimoine. "
    "Pour ne plus recevoir nos invitations et actualités, répondez « DÉSINSCRIPTION »."
)
_FOOT_EN = (
    "\n\nYou are receiving this as a client or contact of Ardent Patrimoine. Reply 'opt out' to stop these emails."
)

# key: (sender, subject, body, time of day)
MAILS: dict[str, tuple[str, str, str, str]] = {
    "rev_fr": (
        _MARSAUD,
        "Votre revue annuelle de portefeuille",
        "Bonjour,\n\nComme chaque automne, je vous propose notre revue annuelle de portefeuille : performances, "
        "allocation et objectifs pour 2028.\nUne heure à l'agence de Bordeaux, ou en visio si vous préférez.\n"
        "Quelles disponibilités auriez-vous d'ici la mi-novembre ?\n\n" + _MARSAUD_SIG,
        "09:12",
    ),
    "arb_fr": (
        _LEBIHAN,
        "Assurance-vie : proposition d'arbitrage",
        "Bonjour,\n\nVu les taux actuels, je vous propose d'arbitrer 30 % du fonds en euros de votre contrat "
        "Ardent Vie vers deux unités de compte obligataires datées 2031.\n"
        "L'arbitrage est sans frais sur votre contrat.\n"
        "Me donnez-vous votre accord pour que je le passe ?\n"
        "Je reste disponible pour en parler par téléphone.\n\n" + _LEBIHAN_SIG,
        "11:40",
    ),
    "tax_fr": (
        _VAUCLAIR,
        "Réduire votre impôt 2027 : il reste quelques semaines",
        "Bonjour,\n\nPour une réduction d'impôt sur vos revenus 2027, la souscription doit être faite avant le "
        "31 décembre.\nLe dispositif que nous sélectionnons cette année (FCPI Ardent Innovation 2027) ouvre droit "
        "à 25 % de réduction, dans la limite de 12 000 € par personne (24 000 € pour un couple).\n"
        "Souhaitez-vous que je prépare un dossier à votre nom ?\n"
        "Les dossiers complets doivent nous parvenir avant le 15 décembre.\n\n" + _VAUCLAIR_SIG,
        "08:55",
    ),
    "scpi_fr": (
        _MARSAUD,
        "SCPI Ardent Pierre Santé : ouverture d'une augmentation de capital",
        "Bonjour,\n\nLa SCPI Ardent Pierre Santé (cliniques, EHPAD, cabinets médicaux) ouvre une augmentation de "
        "capital jusqu'au 20 décembre, au prix de 204 € la part.\n"
        "Taux de distribution 2026 : 5,1 %, délai de jouissance de cinq mois.\n"
        "Souscription possible en pleine propriété, en nue-propriété ou dans votre assurance-vie.\n"
        "Dites-moi si vous souhaitez recevoir la documentation ou en discuter.\n\n" + _MARSAUD_SIG,
        "14:20",
    ),
    "per_fr": (
        _LEBIHAN,
        "PER : vos versements 2027 en tant que dirigeant",
        "Bonjour,\n\nEn tant que dirigeant, vos versements sur un PER sont déductibles de votre revenu imposable, "
        "dans la limite de votre plafond (indiqué sur votre avis d'impôt).\n"
        "Un versement avant le 31 décembre compte pour 2027.\n"
        "Voulez-vous que nous calculions ensemble le montant optimal ?\n"
        "Un rendez-vous de 30 minutes suffit.\n\n" + _LEBIHAN_SIG,
        "10:05",
    ),
    "sem_fr": (
        _EVENTS,
        "Invitation – Transmettre sans se tromper, jeudi 25 novembre, Nantes et Bordeaux",
        "Madame, Monsieur,\n\nMaison Ardent Patrimoine a le plaisir de vous convier à sa matinée « Transmettre "
        "sans se tromper » : donation-partage, démembrement, assurance-vie et pacte Dutreil, avec Me Aurélie "
        "Pradeau, notaire.\nNantes, jeudi 25 novembre, 8 h 30 ; Bordeaux, jeudi 2 décembre, 8 h 30.\n"
        "Inscription gratuite, par simple retour de ce message, dans la limite des places disponibles.\n\n"
        "L'équipe Maison Ardent Patrimoine" + _FOOT_FR,
        "16:30",
    ),
    "parr_fr": (
        _VAUCLAIR,
        "Un mot de remerciement, et une question",
        "Bonjour,\n\nMerci pour votre confiance cette année.\n"
        "Une question, tout simplement : y a-t-il dans votre famille ou parmi vos proches quelqu'un à qui un "
        "bilan patrimonial pourrait être utile ?\n"
        "Si oui, je serais heureuse de le recevoir, sans engagement, de votre part.\n\n" + _VAUCLAIR_SIG,
        "17:45",
    ),
    "port_fr": (
        _PORTAL,
        "Votre nouvel espace client est ouvert",
        "Bonjour,\n\nVotre nouvel espace client Maison Ardent Patrimoine est ouvert : vos contrats, vos relevés et "
        "vos documents fiscaux au même endroit, avec signature électronique.\n"
        "Pour l'activer, cliquez sur le lien reçu par SMS et choisissez votre mot de passe.\n"
        "Votre conseiller reste votre interlocuteur pour toute question.\n\n"
        "L'équipe Maison Ardent Patrimoine" + _FOOT_FR,
        "07:30",
    ),
    "rev_en": (
        _ALLINGHAM,
        "Your annual portfolio review",
        "Hello,\n\nIt's time for your annual review: performance, asset allocation and your plans for 2028, "
        "including anything that has changed on the French side.\n"
        "An hour at Sackville Street or on Teams, whichever suits.\n"
        "Could you let me know a few times that work before the end of November?\n\n" + _ALLINGHAM_SIG,
        "09:30",
    ),
    "arb_en": (
        _RAMAN,
        "Your French assurance-vie – a switch we'd recommend",
        "Hello,\n\nWe recommend switching 30% of the euro fund in your Ardent Vie assurance-vie into two dated "
        "bond funds maturing in 2031.\n"
        "There is no switching charge on your contract.\n"
        "Are you happy for me to go ahead?\n"
        "Happy to talk it through on the phone first.\n\n" + _RAMAN_SIG,
        "13:10",
    ),
    "tax_en": (
        _ALLINGHAM,
        "French income tax – the 31 December deadline",
        "Hello,\n\nAs you are taxed in France, a subscription to this year's FCPI (Ardent Innovation 2027) before "
        "31 December gives a 25% income tax reduction, capped at €12,000 per person (€24,000 for a couple).\n"
        "Shall I prepare the paperwork in your name?\n"
        "Completed files need to reach us by 15 December.\n\n" + _ALLINGHAM_SIG,
        "10:15",
    ),
    "scpi_en": (
        _RAMAN,
        "Ardent Pierre Santé – new shares available until 20 December",
        "Hello,\n\nThe Ardent Pierre Santé SCPI (French healthcare property: clinics, care homes, medical centres) "
        "is issuing new shares until 20 December at €204 a share.\n"
        "2026 distribution rate: 5.1%, with income starting after five months.\n"
        "Let me know if you'd like the documentation or a quick chat about it.\n\n" + _RAMAN_SIG,
        "15:05",
    ),
    "per_en": (
        _ALLINGHAM,
        "A French PER for you as a company director",
        "Hello,\n\nAs a director of a French company, your PER contributions are deductible from your taxable "
        "income up to your personal ceiling, and a payment before 31 December counts for 2027.\n"
        "Shall we work out the right amount together?\n"
        "Half an hour on the phone would do.\n\n" + _ALLINGHAM_SIG,
        "11:20",
    ),
    "sem_en": (
        _EVENTS_EN,
        "Invitation: Passing it on – French and English estates, London, Tuesday 30 November",
        "Dear client,\n\nAdvisers from Ardent Patrimoine London and Paris, with a French notary and an English "
        "private-client solicitor, will cover wills in two countries, French forced heirship, assurance-vie and "
        "lifetime gifts.\nTuesday 30 November, 6.00 pm, 41 Sackville Street, followed by drinks.\n"
        "To book a place, simply reply to this email.\n\nThe Ardent Patrimoine London team" + _FOOT_EN,
        "17:00",
    ),
    "parr_en": (
        _RAMAN,
        "Thank you – and a quick question",
        "Hello,\n\nThank you for your trust this year.\n"
        "A simple question: is there anyone in your family or among your friends who might benefit from a "
        "review like yours?\n"
        "If so, I'd be glad to see them, with no obligation, and to say you sent them.\n\n" + _RAMAN_SIG,
        "16:40",
    ),
    "port_en": (
        _PORTAL_EN,
        "Your new client portal is live",
        "Hello,\n\nYour new Ardent Patrimoine client portal is live: your contracts, statements and tax documents "
        "in one place, with e-signature.\n"
        "To activate it, follow the link we sent you by text and choose a password.\n"
        "Your adviser remains your contact for any question.\n\nThe Ardent Patrimoine team" + _FOOT_EN,
        "07:45",
    ),
}


# --------------------------------------------------------------------------- rendering


def _working(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def _before(d: date, n: int) -> date:
    """n working days before d (the adviser's email under the client's reply)."""
    while n:
        d -= timedelta(days=1)
        if _working(d):
            n -= 1
    return d


def _check(sent: str) -> str:
    d = D(sent)
    if not (FIRST <= d <= LAST and _working(d)):
        raise ValueError(f"sent {sent} is not a working day of the window")
    return sent


def mail(key: str, style: str, to: str, sent: str, back: int) -> str:
    frm, subj, body, hm = MAILS[key]
    return block(style, frm, to, subj, _before(D(sent), back), hm, body)


def T(
    lang: str, label: str, sent: str, reply: str, key: str, style: str, to: str, back: int = 1, **kw: Any
) -> dict[str, Any]:
    """A reply written above the adviser's email."""
    return C(lang, label, reply + mail(key, style, to, _check(sent), back), sent=sent, **kw)


def N(lang: str, label: str, sent: str, text: str, **kw: Any) -> dict[str, Any]:
    """A message with no thread under it (autoreplies, bounces, short notes sent fresh)."""
    return C(lang, label, text, sent=_check(sent), **kw)


def INL(
    lang: str,
    label: str,
    sent: str,
    key: str,
    style: str,
    to: str,
    answers: list[tuple[str, str]],
    head: str = "",
    back: int = 1,
    **kw: Any,
) -> dict[str, Any]:
    """Answers typed into the quoted email, under the line holding each fragment; Outlook styles do not quote, so
    the answers there carry the client's initials or an arrow as people type them."""
    frm, subj, body, hm = MAILS[key]
    d = _before(D(_check(sent)), back)
    w = when(style, d, hm)
    quote = style.startswith(("gmail", "apple"))
    out: list[str] = []
    for ln in body.split("\n"):
        out.append(("> " + ln if ln else ">") if quote else ln)
        for frag, ans in answers:
            if frag in ln:
                out.append(("\n" + ans + "\n") if quote else ans)
    for frag, _ in answers:
        if frag not in body:
            raise ValueError(frag)
    text = "\n".join(out)
    if style.startswith("gmail"):
        top = f"Le {w}, {frm} a écrit :" if lang == "fr" else f"On {w} {frm} wrote:"
        thread = f"{top}\n\n{text}"
    elif style.startswith("apple"):
        top = f"> Le {w}, {frm} a écrit :" if lang == "fr" else f"> On {w}, {frm} wrote:"
        thread = f"{top}\n>\n{text}"
    elif lang == "fr":
        thread = f"De : {frm}\nEnvoyé : {w}\nÀ : {to}\nObjet : {subj}\n\n{text}"
    else:
        thread = f"From: {frm}\nSent: {w}\nTo: {to}\nSubject: {subj}\n\n{text}"
    return C(lang, label, (head + "\n\n" if head else "") + thread, sent=sent, **kw)


def FWD(
    lang: str,
    label: str,
    sent: str,
    note: str,
    key: str,
    to: str,
    back: int = 2,
    **kw: Any,
) -> dict[str, Any]:
    """The client forwards the adviser's email (to someone, the adviser in copy) with a note above it."""
    frm, subj, body, hm = MAILS[key]
    d = _before(D(_check(sent)), back)
    if lang == "fr":
        head = (
            f"---------- Message transféré ---------\nDe : {frm}\nDate : {when('gmail_fr', d, hm)}\n"
            f"Objet : {subj}\nÀ : {to}"
        )
    else:
        head = (
            f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when('gmail_us', d, hm)}\n"
            f"Subject: {subj}\nTo: {to}"
        )
    return C(lang, label, f"{note}\n\n{head}\n\n{body}", sent=sent, **kw)


# --------------------------------------------------------------------------- meeting_request (10 / 10)

MEETING = [
    T(
        "fr",
        "meeting_request",
        "2027-10-06",
        "Bonjour Hélène,\n\nMardi 19 octobre à 17h30 à l'agence, ça vous irait ? Sinon le jeudi suivant, même "
        "heure.\n\nBien cordialement,\nFrançoise Delmas",
        "rev_fr",
        "outlook_fr",
        "Françoise Delmas <francoise.delmas@orange.fr>",
    ),
    INL(
        "fr",
        "meeting_request",
        "2027-10-13",
        "rev_fr",
        "gmail_fr",
        "Bernard Ithurralde <b.ithurralde@gmail.com>",
        [("Quelles disponibilités", "-> plutôt en visio, le 8 ou le 9 novembre après 18h")],
        head="Réponse dans le texte.",
    ),
    T(
        "fr",
        "meeting_request",
        "2027-10-20",
        "Avant de valider je préfère qu'on s'appelle. Demain 12h30 ?\n\nJB",
        "arb_fr",
        "iphone_fr",
        "Jérôme Bastide <jbastide@bastide-menuiserie.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "2027-11-09",
        "Bonjour M. Le Bihan,\n\nOui pour les 30 minutes. Je suis à Nantes lundi 15 toute la journée, je peux passer "
        "quai de la Fosse vers 11h.\n\nCordialement,\nYannick Morvan\nGérant – Morvan Transports SARL\n06 71 22 48 90",
        "per_fr",
        "outlook_fr",
        "Yannick Morvan <y.morvan@morvan-transports.fr>",
        back=3,
    ),
    T(
        "fr",
        "meeting_request",
        "2027-10-26",
        "Bonjour, plutôt que la doc je préfère en discuter de vive voix. Pouvez-vous m'appeler au cabinet entre deux "
        "patients, vers 13h ?\nDr Isabelle Fournel",
        "scpi_fr",
        "android_fr",
        "Dr Isabelle Fournel <isabelle.fournel@medecin.fr>",
        back=2,
    ),
    T(
        "fr",
        "meeting_request",
        "2027-11-22",
        "Bonjour Sixtine,\nAvant de signer quoi que ce soit, on peut se voir ? Je suis à Paris le 2 décembre.\n"
        "Amitiés\nCharles",
        "tax_fr",
        "gmail_fr",
        "Charles Hennequin <charles.hennequin@hennequin-avocats.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "2027-12-01",
        "Bonjour,\n\nPas de nom à vous donner pour l'instant, mais j'aimerais justement refaire le point sur ma propre "
        "situation depuis la vente de la pharmacie. Un rendez-vous en décembre ?\n\nMartine Gaillac",
        "parr_fr",
        "apple_fr",
        "Martine Gaillac <martine.gaillac@sfr.fr>",
        back=4,
    ),
    T(
        "fr",
        "meeting_request",
        "2027-10-28",
        "Bonjour Madame Marsaud,\n\nJe vous écris de la part du Docteur Pierre Sarrazin. Il vous propose le mercredi "
        "10 novembre à 12h15, à son cabinet (12 rue Judaïque) plutôt qu'à l'agence.\n\nBien cordialement,\n"
        "Nadège Roux\nSecrétariat du Dr Sarrazin",
        "rev_fr",
        "owa_fr",
        "Dr Pierre Sarrazin <secretariat.sarrazin@wanadoo.fr>",
        back=2,
    ),
    T(
        "fr",
        "meeting_request",
        "2027-10-12",
        "Ok pr en parler au tel. Jeudi ?",
        "arb_fr",
        "gmail_fr",
        "Kévin Loustau <kevin.loustau64@gmail.com>",
    ),
    INL(
        "fr",
        "meeting_request",
        "2027-12-01",
        "per_fr",
        "outlook_fr",
        "Antoine Lorieux <a.lorieux@lorieux-sas.fr>",
        [("Un rendez-vous de 30 minutes", "[AL] D'accord. Visio lundi 6 déc. 8h ?")],
        head="Bonjour, voir ci-dessous.\nAntoine Lorieux",
        back=2,
    ),
    T(
        "en",
        "meeting_request",
        "2027-10-07",
        "Rupert,\n\nThursday 14 October at 4 or Friday 15th at 10, Sackville Street. Let me know which.\n\nBest,\n"
        "Julian Fairbrother",
        "rev_en",
        "outlook_en",
        "Julian Fairbrother <julian@fairbrother.co.uk>",
    ),
    T(
        "en",
        "meeting_request",
        "2027-10-21",
        "Before I say yes, can we have that call? I'm free tomorrow after 5 UK time.\n\nSent from my iPhone",
        "arb_en",
        "gmail_en",
        "Clive Ormerod <clive.ormerod@gmail.com>",
    ),
    INL(
        "en",
        "meeting_request",
        "2027-11-02",
        "rev_en",
        "gmail_us",
        "Megan Albright <megan.albright@icloud.com>",
        [("Could you let me know", "Nov 22 or 23, any time after 2pm. Teams is fine.")],
    ),
    T(
        "en",
        "meeting_request",
        "2027-10-19",
        "Yes, let's do the half hour. My PA will send an invite.\n\nMarc Duval\nCEO, Duval Aerospace Components",
        "per_en",
        "outlook_us",
        "Marc Duval <marc.duval@duval-aero.com>",
    ),
    T(
        "en",
        "meeting_request",
        "2027-10-27",
        "Dear Rupert,\n\nI look after Mr Kessler's diary. He could do a call on Wednesday 3 November at 8.30 am or "
        "Friday 5 November at 1 pm (UK time). Please confirm which and I'll send a Teams link.\n\nKind regards,\n"
        "Holly Brennan\nExecutive Assistant to Anton Kessler",
        "per_en",
        "orig_en",
        "Anton Kessler <anton.kessler@kessler-group.eu>",
        back=2,
    ),
    T(
        "en",
        "meeting_request",
        "2027-11-16",
        "A quick chat would be good – call me on my mobile this afternoon? 07700 914 382\n\nSimon",
        "scpi_en",
        "apple_en",
        "Simon Threlfall <simon.threlfall@me.com>",
    ),
    T(
        "en",
        "meeting_request",
        "2027-11-26",
        "Rupert – I'm in Paris next week. Could we meet at your Miromesnil office rather than do this by email? "
        "Tuesday?\n\nClaire Whitcombe",
        "tax_en",
        "outlook_en",
        "Claire Whitcombe <claire.whitcombe@whitcombe-design.com>",
        back=2,
    ),
    T(
        "en",
        "meeting_request",
        "2027-11-15",
        "Sure. Teams works. 1st December?",
        "rev_en",
        "gmail_en",
        "Hamish Gilchrist <hamish.gilchrist@gmail.com>",
    ),
    T(
        "en",
        "meeting_request",
        "2027-11-10",
        "Hello,\n\nI can't make the 30th but would very much like to discuss my own situation – French house, English "
        "will – with one of your advisers. Could someone call me?\n\nRegards,\nGeoffrey Lamb",
        "sem_en",
        "outlook_en",
        "Geoffrey Lamb <geoff.lamb@btinternet.com>",
        back=2,
    ),
    T(
        "en",
        "meeting_request",
        "2027-10-14",
        "Not convinced by bonds right now tbh. Ring me and talk me into it?\n\nDom",
        "arb_en",
        "apple_en",
        "Dominic Farrow <dom.farrow@outlook.com>",
    ),
]


# --------------------------------------------------------------------------- interested (12 / 11)

INTERESTED = [
    T(
        "fr",
        "interested",
        "2027-10-07",
        "Bonjour Grégoire,\n\nD'accord pour l'arbitrage tel que proposé. Dites-moi s'il faut signer quelque chose.\n\n"
        "Bonne journée,\nSolène Quéméner",
        "arb_fr",
        "outlook_fr",
        "Solène Quéméner <solene.quemener@orange.fr>",
    ),
    T(
        "fr",
        "interested",
        "2027-10-13",
        "Ok, vous pouvez y aller.",
        "arb_fr",
        "iphone_fr",
        "Pascal Rio <pascal.rio@free.fr>",
    ),
    T(
        "fr",
        "interested",
        "2027-10-21",
        "Bonjour,\n\nJe m'inscris pour la matinée du 25 novembre à Nantes. Nous serons deux, avec mon épouse.\n\n"
        "Cordialement,\nHervé Guillou",
        "sem_fr",
        "outlook_fr",
        "Hervé Guillou <herve.guillou@laposte.net>",
        back=2,
    ),
    T(
        "fr",
        "interested",
        "2027-11-03",
        "Inscrivez-moi à Bordeaux le 2 décembre svp. Est-ce que je peux venir avec mon fils qui reprend l'entreprise ?\n"
        "Merci\nPatrick Larrieu",
        "sem_fr",
        "gmail_fr",
        "Patrick Larrieu <p.larrieu@larrieu-charpente.fr>",
        back=3,
    ),
    T(
        "fr",
        "interested",
        "2027-11-18",
        "Bonjour Sixtine,\n\nOui, préparez le dossier pour 6 000 €. Je vous envoie mon avis d'imposition ce soir.\n\n"
        "Bien à vous,\nDr Éric Manceau",
        "tax_fr",
        "apple_fr",
        "Dr Éric Manceau <eric.manceau@cabinet-manceau.fr>",
    ),
    T(
        "fr",
        "interested",
        "2027-10-25",
        "Bonjour Madame Marsaud,\n\nMerci de m'envoyer la documentation et le bulletin. Je pense souscrire une "
        "cinquantaine de parts, en nue-propriété sur 10 ans.\n\nCordialement,\nMe Bénédicte Castaing\n"
        "Notaire associée – Castaing & Lafitte, Libourne",
        "scpi_fr",
        "outlook_fr",
        "Me Bénédicte Castaing <b.castaing@castaing-lafitte.notaires.fr>",
    ),
    INL(
        "fr",
        "interested",
        "2027-11-24",
        "tax_fr",
        "gmail_fr",
        "Arnaud Pelletier <arnaud.pelletier@gmail.com>",
        [("Souhaitez-vous que je prépare", "Oui, pour nous deux (24 000 €).")],
        back=2,
    ),
    T(
        "fr",
        "interested",
        "2027-11-30",
        "Bonjour, je suis partant. Mon plafond est de 31 400 € d'après l'avis, je pense verser 20 000 € avant fin "
        "décembre. Que dois-je vous envoyer ?\nStéphane Rivals, Rivals BTP",
        "per_fr",
        "android_fr",
        "Stéphane Rivals <s.rivals@rivals-btp.fr>",
    ),
    T(
        "fr",
        "interested",
        "2027-12-08",
        "Ok pour 100 parts dans mon assurance-vie. On fait comme d'hab.",
        "scpi_fr",
        "iphone_fr",
        "Dominique Cazenave <d.cazenave@icloud.com>",
    ),
    T(
        "fr",
        "interested",
        "2027-10-15",
        "Bonjour,\nVu avec mon mari : c'est d'accord pour les deux contrats (le sien et le mien).\nCordialement,\n"
        "Annick Tessier",
        "arb_fr",
        "outlook_fr",
        "Annick Tessier <annick.tessier@wanadoo.fr>",
        back=3,
    ),
    T(
        "fr",
        "interested",
        "2027-11-15",
        "Bonjour, Mme et M. Dauriac seront présents à Bordeaux le 2 décembre. Merci.\n\nEnvoyé depuis mon mobile Orange",
        "sem_fr",
        "android_fr",
        "Régine Dauriac <regine.dauriac@orange.fr>",
        back=4,
    ),
    INL(
        "fr",
        "interested",
        "2027-10-11",
        "arb_fr",
        "apple_fr",
        "Loïc Tréguier <loic.treguier@me.com>",
        [("Me donnez-vous votre accord", "Oui, accord donné."), ("Je reste disponible", "Pas la peine, c'est clair.")],
    ),
    T(
        "en",
        "interested",
        "2027-10-08",
        "Priya,\n\nHappy for you to go ahead. Thanks for keeping an eye on it.\n\nRegards,\nNicholas Farrant",
        "arb_en",
        "outlook_en",
        "Nicholas Farrant <nick.farrant@farrant.co.uk>",
    ),
    T(
        "en",
        "interested",
        "2027-11-04",
        "Please book two places for the 30th – myself and my wife, Harriet.\n\nThanks,\nEdward Pemberton",
        "sem_en",
        "gmail_en",
        "Edward Pemberton <edward.pemberton@gmail.com>",
        back=2,
    ),
    T(
        "en",
        "interested",
        "2027-11-23",
        "Yes please, the full €12,000 for me. What do you need from me?\n\nSent from my iPad",
        "tax_en",
        "apple_en",
        "Rachel Devereux <rachel.devereux@me.com>",
    ),
    T(
        "en",
        "interested",
        "2027-11-02",
        "Hi Priya,\n\nI'd like to put €40,000 into it. Please send the subscription form.\n\nThanks,\nDana Whitlock",
        "scpi_en",
        "outlook_us",
        "Dana Whitlock <dana.whitlock@whitlockpartners.com>",
    ),
    T(
        "en",
        "interested",
        "2027-10-18",
        "Go ahead.",
        "arb_en",
        "gmail_us",
        "Peter Lindgren <peter.lindgren@gmail.com>",
    ),
    T(
        "en",
        "interested",
        "2027-12-02",
        "Rupert,\n\nI'll go for it – €15,000 before Christmas seems about right given last year's ceiling. Send me the "
        "forms and I'll sign them on the portal.\n\nAlistair Cowan\nManaging Director",
        "per_en",
        "orig_en",
        "Alistair Cowan <alistair.cowan@cowan-engineering.fr>",
        back=3,
    ),
    INL(
        "en",
        "interested",
        "2027-11-12",
        "sem_en",
        "gmail_en",
        "Fenella Ross <fenella.ross@outlook.com>",
        [("To book a place", "One place please – Fenella Ross.")],
    ),
    T(
        "en",
        "interested",
        "2027-10-29",
        "Yes, send the docs. Thinking 200 shares, in my assurance-vie if possible.",
        "scpi_en",
        "apple_en",
        "Owen Talbot <owen.talbot@icloud.com>",
    ),
    T(
        "en",
        "interested",
        "2027-12-06",
        "Dear Rupert,\n\nWe will take the couple's allowance, €24,000. My husband will sign when he is back on "
        "Thursday.\n\nKind regards,\nMarianne Okafor",
        "tax_en",
        "outlook_en",
        "Marianne Okafor <marianne.okafor@okafor-family.co.uk>",
    ),
    T(
        "en",
        "interested",
        "2027-10-20",
        "Fine by me. Do the same on my wife's contract – she agrees (copied).\n\nRichard Ashdown",
        "arb_en",
        "outlook_en",
        "Richard Ashdown <richard.ashdown@ashdown.me.uk>",
        back=2,
    ),
    T(
        "en",
        "interested",
        "2027-11-08",
        "Count me in!\n\nLucy",
        "sem_en",
        "gmail_en",
        "Lucy Penhaligon <lucy.penhaligon@gmail.com>",
    ),
]

# --------------------------------------------------------------------------- information_request (10 / 9)

INFORMATION = [
    T(
        "fr",
        "information_request",
        "2027-10-18",
        "Bonjour,\n\nQuels sont les frais de souscription de cette SCPI, et peut-on revendre facilement les parts ?\n\n"
        "Cordialement,\nAlain Peyrot",
        "scpi_fr",
        "outlook_fr",
        "Alain Peyrot <alain.peyrot@orange.fr>",
    ),
    T(
        "fr",
        "information_request",
        "2027-10-14",
        "Bonjour, c'est quoi exactement une UC « datée » ? Et si je veux récupérer l'argent avant 2031 ?\nMerci\nGisèle",
        "arb_fr",
        "gmail_fr",
        "Gisèle Hamon <gisele.hamon@gmail.com>",
    ),
    T(
        "fr",
        "information_request",
        "2027-11-16",
        "Bonjour Madame Vauclair,\n\nLa réduction entre-t-elle dans le plafonnement des niches fiscales ? Et combien de "
        "temps l'argent est-il bloqué ?\n\nDr Romain Achard\nChirurgien-dentiste",
        "tax_fr",
        "outlook_fr",
        "Dr Romain Achard <dr.achard@dentiste-achard.fr>",
        back=2,
    ),
    T(
        "fr",
        "information_request",
        "2027-11-04",
        "Bonjour, si je verse sur le PER est-ce que je peux récupérer l'argent pour acheter ma résidence principale ? "
        "Merci. Ludovic",
        "per_fr",
        "android_fr",
        "Ludovic Prigent <ludovic.prigent@prigent-elec.fr>",
    ),
    T(
        "fr",
        "information_request",
        "2027-10-05",
        "Bonjour,\nJe n'ai jamais reçu le SMS. Comment je fais pour activer mon espace ?\nCordialement\n"
        "Jacqueline Bertin",
        "port_fr",
        "gmail_fr",
        "Jacqueline Bertin <jacqueline.bertin@free.fr>",
    ),
    T(
        "fr",
        "information_request",
        "2027-10-22",
        "Bonjour, la matinée sera-t-elle filmée ou disponible en replay ? Je ne serai pas à Nantes ce jour-là. Merci, "
        "Olivier Jégou",
        "sem_fr",
        "apple_fr",
        "Olivier Jégou <olivier.jegou@me.com>",
        back=2,
    ),
    INL(
        "fr",
        "information_request",
        "2027-10-27",
        "scpi_fr",
        "outlook_fr",
        "Michel Carrère <m.carrere@carrere-immobilier.fr>",
        [
            ("Taux de distribution", "-> garanti ?"),
            ("Souscription possible", "-> quelle différence fiscale entre les trois ?"),
        ],
        head="Bonjour, deux questions dans le texte.\nM. Carrère",
        back=3,
    ),
    T(
        "fr",
        "information_request",
        "2027-11-29",
        "C'est risqué une FCPI ? On peut perdre le capital ?",
        "tax_fr",
        "iphone_fr",
        "Nicolas Bergeron <nicolas.bergeron@icloud.com>",
    ),
    T(
        "fr",
        "information_request",
        "2027-10-08",
        "Bonjour,\n\nL'espace client remplace-t-il les relevés papier ? Ma mère, 87 ans, n'utilise pas internet.\n\n"
        "Cordialement,\nSylvie Audouin",
        "port_fr",
        "outlook_fr",
        "Sylvie Audouin <sylvie.audouin@wanadoo.fr>",
        back=3,
    ),
    T(
        "fr",
        "information_request",
        "2027-11-10",
        "Bonjour,\n\nJe suis l'expert-comptable de M. Bréhaut (en copie). Pouvez-vous me préciser si vous visez les "
        "versements volontaires déductibles (article 163 quatervicies) ou un PER d'entreprise, et comment la déduction "
        "s'articule avec son contrat Madelin existant ?\n\nBien cordialement,\nCécile Landrin\nExpert-comptable – "
        "Cabinet Landrin & Associés",
        "per_fr",
        "outlook_fr",
        "Jean-Yves Bréhaut <jy.brehaut@brehaut-marine.fr>",
        back=4,
    ),
    T(
        "en",
        "information_request",
        "2027-10-19",
        "Hi Priya,\n\nWhat are the entry fees, and how is the income taxed for a UK resident?\n\nThanks,\nTom Ingleby",
        "scpi_en",
        "outlook_en",
        "Tom Ingleby <tom.ingleby@inglebyarchitects.co.uk>",
        back=2,
    ),
    T(
        "en",
        "information_request",
        "2027-10-25",
        "What happens if I need the money before 2031?",
        "arb_en",
        "gmail_en",
        "Harriet Coyle <harriet.coyle@gmail.com>",
    ),
    T(
        "en",
        "information_request",
        "2027-11-17",
        "Does this still work if we move back to the UK next year? Is the money locked in?",
        "tax_en",
        "apple_en",
        "Philip Anstey <philip.anstey@me.com>",
    ),
    T(
        "en",
        "information_request",
        "2027-10-06",
        "Is the portal available as an app, or only in a browser? Also, is it two-factor?\n\nThanks\nBen",
        "port_en",
        "gmail_us",
        "Ben Okonjo <ben.okonjo@gmail.com>",
    ),
    INL(
        "en",
        "information_request",
        "2027-11-05",
        "per_en",
        "outlook_us",
        "Gavin Hurst <gavin.hurst@hurst-logistics.fr>",
        [("up to your personal ceiling", "GH: where do I find my ceiling?")],
    ),
    T(
        "en",
        "information_request",
        "2027-11-18",
        "Hello,\n\nWill the talk cover Scottish estates as well, or England and Wales only?\n\nRegards,\nMoira Kennedy",
        "sem_en",
        "outlook_en",
        "Moira Kennedy <moira.kennedy@kennedyws.co.uk>",
        back=4,
    ),
    T(
        "en",
        "information_request",
        "2027-10-28",
        "Rupert,\n\nMy accountant asks whether the PER comes on top of my UK pension contributions or whether one "
        "affects the other. Could you explain?\n\nPhilippe Garnier",
        "per_en",
        "orig_en",
        "Philippe Garnier <philippe.garnier@garnier-wines.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "2027-12-01",
        "How does this compare to a REIT? Sorry, dumb question probably.",
        "scpi_en",
        "apple_en",
        "Imogen Starling <imogen.starling@icloud.com>",
    ),
    T(
        "en",
        "information_request",
        "2027-10-11",
        "Hello,\n\nCan my husband and I share one login, or do we each need our own?\n\nRegards,\nAlison Marsh",
        "port_en",
        "outlook_en",
        "Alison Marsh <alison.marsh@marsh-home.co.uk>",
        back=2,
    ),
]

# --------------------------------------------------------------------------- quote_request (6 / 6)

QUOTE = [
    T(
        "fr",
        "quote_request",
        "2027-10-20",
        "Bonjour,\n\nPouvez-vous me faire une simulation chiffrée pour 80 000 € en nue-propriété sur 10 ans, avec le "
        "revenu et la fiscalité dans mon cas (TMI 41 %) ?\n\nCordialement,\nDr Laurent Chassagne",
        "scpi_fr",
        "outlook_fr",
        "Dr Laurent Chassagne <l.chassagne@clinique-saint-augustin.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "2027-11-08",
        "Bonjour Grégoire,\nQuels seraient vos honoraires pour mettre en place le PER et le suivre ? J'ai besoin d'un "
        "chiffre avant d'en parler à mon associé.\nCordialement,\nFranck Olivier",
        "per_fr",
        "gmail_fr",
        "Franck Olivier <franck.olivier@olivier-agencement.fr>",
        back=2,
    ),
    T(
        "fr",
        "quote_request",
        "2027-11-19",
        "Bonjour,\n\nMerci d'établir une proposition pour notre foyer : nous sommes mariés, impôt 2026 de 38 000 €. "
        "Quel montant optimal et quels frais au total ?\n\nCordialement,\nXavier et Élodie Rouquette",
        "tax_fr",
        "outlook_fr",
        "Xavier Rouquette <xavier.rouquette@rouquette.fr>",
    ),
    INL(
        "fr",
        "quote_request",
        "2027-10-13",
        "arb_fr",
        "gmail_fr",
        "Véronique Lannuzel <v.lannuzel@gmail.com>",
        [
            (
                "L'arbitrage est sans frais",
                "-> et les frais de gestion des UC, ça me coûterait combien par an sur mes 145 000 € ?",
            )
        ],
    ),
    T(
        "fr",
        "quote_request",
        "2027-10-15",
        "Bonjour Hélène,\n\nAvant la revue, pouvez-vous m'envoyer un devis pour passer en gestion sous mandat sur "
        "l'ensemble (environ 620 000 €) ?\n\nBien à vous,\nMarc-Antoine Lespine",
        "rev_fr",
        "outlook_fr",
        "Marc-Antoine Lespine <ma.lespine@lespine-conseil.fr>",
        back=4,
    ),
    T(
        "fr",
        "quote_request",
        "2027-12-03",
        "Ma sœur serait intéressée mais voudrait savoir combien coûte un bilan patrimonial pour un couple avec 2 "
        "enfants et un appartement à Nantes. Vous avez un tarif ?\nKarine",
        "parr_fr",
        "android_fr",
        "Karine Le Goff <karine.legoff@orange.fr>",
        back=2,
    ),
    T(
        "en",
        "quote_request",
        "2027-10-26",
        "Rupert,\n\nCould you put together a proposal for €25,000 a year over five years, with your fees spelled "
        "out?\n\nRegards,\nMatthew Corrigan",
        "per_en",
        "outlook_en",
        "Matthew Corrigan <matthew.corrigan@corrigan-foods.fr>",
        back=2,
    ),
    T(
        "en",
        "quote_request",
        "2027-11-09",
        "What would the total cost be on €60k, entry fee included? And the annual charges in euros?\n\nCheers, Rob",
        "scpi_en",
        "gmail_en",
        "Rob Halloran <rob.halloran@gmail.com>",
    ),
    T(
        "en",
        "quote_request",
        "2027-10-12",
        "Rupert,\n\nAhead of the review: a friend pays 0.6% all-in at his bank. Can you quote me your all-in fee on my "
        "€1.4m so I can compare?\n\nJonathan Pryor",
        "rev_en",
        "orig_en",
        "Jonathan Pryor <jonathan.pryor@pryorcapital.co.uk>",
        back=3,
    ),
    INL(
        "en",
        "quote_request",
        "2027-11-30",
        "tax_en",
        "gmail_us",
        "Laura Kingsley <laura.kingsley@gmail.com>",
        [("Shall I prepare", "Not yet – first tell me what the fees would be on €12,000, in euros.")],
    ),
    T(
        "en",
        "quote_request",
        "2027-10-22",
        "Could you send me a costed illustration for switching 50% instead of 30%?\n\nSent from my iPhone",
        "arb_en",
        "apple_en",
        "Neil Barraclough <neil.barraclough@me.com>",
        back=2,
    ),
    T(
        "en",
        "quote_request",
        "2027-12-07",
        "Hi Priya,\n\nMy brother-in-law asked what you'd charge for a one-off review – he has a house in Brittany and a "
        "UK pension. Can you give me a figure to pass on?\n\nThanks,\nSarah Lindqvist",
        "parr_en",
        "outlook_us",
        "Sarah Lindqvist <sarah.lindqvist@lindqvist.co.uk>",
    ),
]


# --------------------------------------------------------------------------- not_interested (13 / 13)

NOT_INTERESTED = [
    T(
        "fr",
        "not_interested",
        "2027-10-14",
        "Bonjour,\n\nMerci pour la proposition, mais je préfère laisser mon contrat en l'état. Je n'ai pas envie de "
        "prendre de risque à mon âge.\n\nCordialement,\nRené Labarthe",
        "arb_fr",
        "outlook_fr",
        "René Labarthe <rene.labarthe@wanadoo.fr>",
        back=2,
    ),
    T(
        "fr",
        "not_interested",
        "2027-11-23",
        "Non merci.",
        "tax_fr",
        "iphone_fr",
        "Thibaut Moreau-Lisle <thibaut.ml@icloud.com>",
    ),
    T(
        "fr",
        "not_interested",
        "2027-10-28",
        "Bonjour Hélène,\nJ'ai déjà suffisamment d'immobilier, je passe mon tour cette fois.\nBonne soirée\nPascale",
        "scpi_fr",
        "gmail_fr",
        "Pascale Dubarry <pascale.dubarry@gmail.com>",
    ),
    T(
        "fr",
        "not_interested",
        "2027-11-02",
        "Bonjour,\n\nMerci pour l'invitation. La succession est déjà organisée avec notre notaire, je ne viendrai pas."
        "\n\nCordialement,\nJean-Luc Ferrand",
        "sem_fr",
        "outlook_fr",
        "Jean-Luc Ferrand <jl.ferrand@orange.fr>",
        back=2,
    ),
    T(
        "fr",
        "not_interested",
        "2027-11-15",
        "Bonjour,\n\nMon expert-comptable m'a déconseillé le PER, je préfère me verser des dividendes. Je ne donnerai "
        "pas suite.\n\nCordialement,\nThierry Baudouin\nPDG – Baudouin Emballages",
        "per_fr",
        "outlook_fr",
        "Thierry Baudouin <t.baudouin@baudouin-emballages.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "2027-12-08",
        "Bonjour,\n\nJe préfère ne pas mêler la famille à mes placements. Merci de votre compréhension.\n\n"
        "Claude Mérignac",
        "parr_fr",
        "apple_fr",
        "Claude Mérignac <claude.merignac@me.com>",
        back=3,
    ),
    T(
        "fr",
        "not_interested",
        "2027-10-07",
        "Je ne veux pas d'espace en ligne, je préfère le papier. Merci de continuer à m'envoyer mes relevés par "
        "courrier.\nG. Lartigau",
        "port_fr",
        "gmail_fr",
        "Germaine Lartigau <germaine.lartigau@laposte.net>",
    ),
    T(
        "fr",
        "not_interested",
        "2027-11-12",
        "Bonjour Madame Vauclair,\n\nCette année, pas de défiscalisation pour moi : je ne suis plus imposable depuis "
        "ma retraite.\n\nCordialement,\nMonique Estrade",
        "tax_fr",
        "outlook_fr",
        "Monique Estrade <monique.estrade@free.fr>",
        back=2,
    ),
    INL(
        "fr",
        "not_interested",
        "2027-10-19",
        "arb_fr",
        "outlook_fr",
        "Didier Puyol <didier.puyol@puyol-immo.fr>",
        [("Me donnez-vous votre accord", "[DP] Non.")],
        head="Bonjour,\nréponse ci-dessous.\nD. Puyol",
    ),
    T(
        "fr",
        "not_interested",
        "2027-10-21",
        "Pas intéréssé, je garde mon fond euro. Cdlt",
        "arb_fr",
        "android_fr",
        "Jean-Marie Caubet <jmcaubet@sfr.fr>",
        back=3,
    ),
    T(
        "fr",
        "not_interested",
        "2027-10-29",
        "Bonjour,\n\nAprès les déboires des SCPI en 2024, c'est non pour moi, définitivement. Inutile de me relancer "
        "sur ce sujet.\n\nCordialement,\nGérard Souleau",
        "scpi_fr",
        "outlook_fr",
        "Gérard Souleau <gerard.souleau@orange.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "2027-11-05",
        "Non merci, pas pour nous.",
        "sem_fr",
        "gmail_fr",
        "Famille Etcheverry <etcheverry.famille@gmail.com>",
        back=3,
    ),
    T(
        "fr",
        "not_interested",
        "2027-10-12",
        "Bonjour Hélène,\n\nJe vous informe que j'ai décidé de confier mes contrats à ma banque privée, plus proche de "
        "mon nouveau domicile. Inutile donc de prévoir une revue cette année. Merci pour ces années de suivi.\n\n"
        "Bien cordialement,\nAgnès Dufau",
        "rev_fr",
        "owa_fr",
        "Agnès Dufau <agnes.dufau@orange.fr>",
        back=4,
    ),
    T(
        "en",
        "not_interested",
        "2027-10-15",
        "Priya,\n\nThanks, but I'd rather leave it as it is. I'm happy with the euro fund.\n\nRegards,\nGordon Keating",
        "arb_en",
        "outlook_en",
        "Gordon Keating <gordon.keating@keatingltd.co.uk>",
        back=2,
    ),
    T(
        "en",
        "not_interested",
        "2027-11-22",
        "No thanks.",
        "tax_en",
        "gmail_en",
        "Victor Amsel <victor.amsel@gmail.com>",
    ),
    T(
        "en",
        "not_interested",
        "2027-11-03",
        "Not for me – I've got enough property exposure already. Thanks though.",
        "scpi_en",
        "apple_en",
        "Lorna McAvoy <lorna.mcavoy@icloud.com>",
    ),
    T(
        "en",
        "not_interested",
        "2027-11-08",
        "Hi,\n\nThank you for the invitation, but we've already dealt with all of this with our solicitor. We won't be "
        "attending.\n\nBest,\nCarol Denning",
        "sem_en",
        "outlook_us",
        "Carol Denning <carol.denning@denning.net>",
        back=4,
    ),
    T(
        "en",
        "not_interested",
        "2027-11-24",
        "Rupert,\n\nI've looked at it with my accountant and it doesn't make sense for me – I'm taking dividends this "
        "year. So it's a no.\n\nAndrew Mallory",
        "per_en",
        "orig_en",
        "Andrew Mallory <andrew.mallory@mallory-tech.fr>",
        back=2,
    ),
    T(
        "en",
        "not_interested",
        "2027-12-09",
        "I'd rather keep family and money separate, if you don't mind. Hope you understand.\n\nBest,\nJane",
        "parr_en",
        "gmail_en",
        "Jane Cotterill <jane.cotterill@gmail.com>",
        back=3,
    ),
    T(
        "en",
        "not_interested",
        "2027-10-08",
        "Hello,\n\nI won't be using the portal – please keep sending my statements by post as before.\n\nRegards,\n"
        "Derek Ashby",
        "port_en",
        "outlook_en",
        "Derek Ashby <derek.ashby@talktalk.net>",
        back=2,
    ),
    INL(
        "en",
        "not_interested",
        "2027-10-13",
        "arb_en",
        "outlook_us",
        "Malcolm Hendry <malcolm.hendry@hendry.co.uk>",
        [("Are you happy for me to go ahead?", "MH: No.")],
    ),
    T(
        "en",
        "not_interested",
        "2027-12-01",
        "nope",
        "tax_en",
        "apple_en",
        "Callum Reid <callum.reid@me.com>",
        back=2,
    ),
    T(
        "en",
        "not_interested",
        "2027-11-26",
        "Dear Priya,\n\nNo. And please don't bother following this one up – property funds are not something I'll ever "
        "consider.\n\nRegards,\nIan Pritchard",
        "scpi_en",
        "outlook_en",
        "Ian Pritchard <ian.pritchard@pritchard-sons.co.uk>",
        back=4,
    ),
    T(
        "en",
        "not_interested",
        "2027-10-18",
        "Rupert,\n\nI should have told you sooner: we moved everything to a firm in Geneva when we relocated. No need "
        "for a review this year. Thank you for everything.\n\nKind regards,\nValerie Osei",
        "rev_en",
        "gmail_en",
        "Valerie Osei <valerie.osei@gmail.com>",
        back=4,
    ),
    T(
        "en",
        "not_interested",
        "2027-11-29",
        "Thanks Rupert, but we've already done our FCPI with the bank this year.\n\nSent from Outlook for Android",
        "tax_en",
        "outlook_en",
        "Stephen Hurley <stephen.hurley@outlook.com>",
        back=2,
    ),
    T(
        "en",
        "not_interested",
        "2027-11-15",
        "I'll pass, thanks.",
        "sem_en",
        "gmail_us",
        "Bradley Kemp <bradley.kemp@gmail.com>",
        back=3,
    ),
]

# --------------------------------------------------------------------------- not_now (13 / 13)

NOT_NOW = [
    T(
        "fr",
        "not_now",
        "2027-10-14",
        "Bonjour,\n\nJe suis en plein déménagement. Revenez vers moi en janvier, on en reparlera.\n\nCordialement,\n"
        "Sébastien Garros",
        "arb_fr",
        "outlook_fr",
        "Sébastien Garros <sebastien.garros@gmail.com>",
        until="2028-01-01",
    ),
    T(
        "fr",
        "not_now",
        "2027-10-06",
        "Bonjour Hélène,\nOctobre et novembre sont impossibles avec les vendanges puis les salons. Rappelez-moi à la "
        "mi-décembre pour fixer une date.\nAmitiés\nBruno Lalande\nChâteau Lalande-Cassan",
        "rev_fr",
        "gmail_fr",
        "Bruno Lalande <bruno@lalande-cassan.fr>",
        until="2027-12-15",
    ),
    T(
        "fr",
        "not_now",
        "2027-11-09",
        "Bonjour,\n\nJe ne connaîtrai mon résultat qu'après l'arrêté des comptes, le 30 novembre. Recontactez-moi "
        "après cette date et on verra pour le montant.\n\nCordialement,\nFabrice Noblet\nGérant – Noblet Paysage",
        "per_fr",
        "outlook_fr",
        "Fabrice Noblet <f.noblet@noblet-paysage.fr>",
        until="2027-12-01",
    ),
    T(
        "fr",
        "not_now",
        "2027-10-27",
        "Pas maintenant. Dans 15 jours ?",
        "scpi_fr",
        "iphone_fr",
        "Cédric Lamaison <cedric.lamaison@icloud.com>",
        until="2027-11-10",
    ),
    T(
        "fr",
        "not_now",
        "2027-11-19",
        "Bonjour Madame Vauclair,\n\nTrop tard pour moi cette année, j'ai d'autres priorités d'ici décembre. Parlons-en "
        "au printemps, pour 2028.\n\nBien cordialement,\nDr Anne Vasseur",
        "tax_fr",
        "outlook_fr",
        "Dr Anne Vasseur <anne.vasseur@ophtalmo-vasseur.fr>",
        back=2,
        until="2028-03-20",
    ),
    T(
        "fr",
        "not_now",
        "2027-10-20",
        "Bonjour, le 25 je suis au bloc toute la journée. Si vous refaites cette matinée en 2028, je viendrai "
        "volontiers : écrivez-moi en février.\nDr Fabien Ortiz",
        "sem_fr",
        "gmail_fr",
        "Dr Fabien Ortiz <fabien.ortiz@chu-nantes.fr>",
        until="2028-02-01",
    ),
    INL(
        "fr",
        "not_now",
        "2027-10-08",
        "rev_fr",
        "outlook_fr",
        "Philippe Amestoy <p.amestoy@amestoy-bois.fr>",
        [("Quelles disponibilités", "=> Aucune avant la fin de mon chantier. Revenez vers moi après le 19 novembre.")],
        head="Bonjour,\nvoir ci-dessous.\nPhilippe Amestoy",
        back=2,
        until="2027-11-20",
    ),
    T(
        "fr",
        "not_now",
        "2027-10-19",
        "Bonjour, je suis à l'hôpital pour une opération cette semaine. On voit ça la semaine prochaine si vous voulez "
        "bien. Mireille",
        "arb_fr",
        "android_fr",
        "Mireille Coatanéa <mireille.coatanea@orange.fr>",
        until="2027-10-25",
    ),
    T(
        "fr",
        "not_now",
        "2027-12-03",
        "Bonjour Grégoire,\n\nPour 2027 c'est trop juste, ma trésorerie est tendue. Reparlons-en dans six mois, au "
        "moment de la clôture.\n\nCordialement,\nNathalie Guérin\nGuérin Optique SAS",
        "per_fr",
        "outlook_fr",
        "Nathalie Guérin <n.guerin@guerin-optique.fr>",
        back=3,
        until="2028-06-03",
    ),
    T(
        "fr",
        "not_now",
        "2027-12-06",
        "Bonjour Sixtine,\nJe pense à mon neveu, mais il est en pleine création d'entreprise. Relancez-moi en mars, je "
        "lui en aurai parlé d'ici là.\nBien à vous\nFrançois",
        "parr_fr",
        "gmail_fr",
        "François Desmoulins <f.desmoulins@gmail.com>",
        back=3,
        until="2028-03-01",
    ),
    T(
        "fr",
        "not_now",
        "2027-11-22",
        "Bonjour,\n\nPas avant que la vente de notre maison de Pessac soit signée, normalement le 14 janvier. Nous "
        "reviendrons vers vous ensuite.\n\nCordialement,\nÉric et Laure Dumora",
        "scpi_fr",
        "outlook_fr",
        "Éric Dumora <eric.dumora@free.fr>",
        back=4,
        until="2028-01-15",
    ),
    T(
        "fr",
        "not_now",
        "2027-11-30",
        "Rappelez moi jeudi svp, là je suis en réunion toute la journée",
        "tax_fr",
        "iphone_fr",
        "Laurent Bignon <laurent.bignon@icloud.com>",
        back=2,
        until="2027-12-02",
    ),
    T(
        "fr",
        "not_now",
        "2027-10-05",
        "Bonjour,\n\nNous serons à La Réunion jusqu'à la Toussaint. Recontactez-nous en novembre pour fixer la revue."
        "\n\nCordialement,\nJoëlle et Bernard Castets",
        "rev_fr",
        "owa_fr",
        "Joëlle Castets <joelle.castets@wanadoo.fr>",
        until="2027-11-01",
    ),
    T(
        "en",
        "not_now",
        "2027-10-11",
        "Priya,\n\nNot the right moment – I'm in the middle of selling the business. Come back to me in the new year."
        "\n\nBest,\nStuart Helm",
        "arb_en",
        "outlook_en",
        "Stuart Helm <stuart.helm@helm-marine.co.uk>",
        until="2028-01-01",
    ),
    T(
        "en",
        "not_now",
        "2027-10-07",
        "Rupert, November is manic. Can we look at this early December? Drop me a line then.\n\nPaul",
        "rev_en",
        "gmail_en",
        "Paul Whitworth <paul.whitworth@gmail.com>",
        until="2027-12-01",
    ),
    T(
        "en",
        "not_now",
        "2027-11-10",
        "Rupert,\n\nI'll know what I can afford after our board meeting on the 24th. Try me after that.\n\nGraham",
        "per_en",
        "orig_en",
        "Graham Tulloch <graham.tulloch@tulloch-sa.fr>",
        back=2,
        until="2027-11-25",
    ),
    T(
        "en",
        "not_now",
        "2027-10-28",
        "Maybe. Ask me again in a fortnight, I'm travelling.",
        "scpi_en",
        "apple_en",
        "Ruth Abernethy <ruth.abernethy@me.com>",
        until="2027-11-11",
    ),
    T(
        "en",
        "not_now",
        "2027-12-03",
        "Rupert,\n\nToo tight this year with school fees due. Let's revisit in September.\n\nThanks,\nKatherine Doyle",
        "tax_en",
        "outlook_us",
        "Katherine Doyle <katherine.doyle@doyle-ie.com>",
        back=2,
        until="2028-09-01",
    ),
    INL(
        "en",
        "not_now",
        "2027-10-13",
        "rev_en",
        "gmail_us",
        "Ashok Varma <ashok.varma@gmail.com>",
        [("Could you let me know", "Not before mid-November – the house move is on the 9th. After that, happy to.")],
        until="2027-11-15",
    ),
    T(
        "en",
        "not_now",
        "2027-10-19",
        "Can this wait until next Monday? I'd like to read it properly over the weekend.",
        "arb_en",
        "gmail_en",
        "Eleanor Blackwood <eleanor.blackwood@gmail.com>",
        until="2027-10-25",
    ),
    T(
        "en",
        "not_now",
        "2027-11-16",
        "Hello Rupert,\n\nWe're expecting our second child in the coming weeks, so let's leave this until February."
        "\n\nKind regards,\nOliver Beresford",
        "per_en",
        "outlook_en",
        "Oliver Beresford <oliver.beresford@beresford-sarl.fr>",
        back=3,
        until="2028-02-01",
    ),
    T(
        "en",
        "not_now",
        "2027-11-04",
        "Hello,\n\nSadly I'm away on the 30th. Do keep me in mind for the next one in the spring.\n\nRegards,\n"
        "Rosalind Hart",
        "sem_en",
        "outlook_en",
        "Rosalind Hart <rosalind.hart@hart-family.co.uk>",
        until="2028-03-20",
    ),
    T(
        "en",
        "not_now",
        "2027-12-08",
        "My daughter may well need you once she's finished her exams in June. Remind me then?",
        "parr_en",
        "apple_en",
        "Gillian Foyle <gillian.foyle@icloud.com>",
        back=2,
        until="2028-06-01",
    ),
    T(
        "en",
        "not_now",
        "2027-11-25",
        "Ask me again tomorrow, I'm waiting on my bonus figure.",
        "tax_en",
        "gmail_en",
        "Marcus Leigh <marcus.leigh@gmail.com>",
        back=2,
        until="2027-11-26",
    ),
    T(
        "en",
        "not_now",
        "2027-12-10",
        "Hi Priya,\n\nNot this round. If there's another issue next year, let me know – I should have cash free after "
        "my bonus in March.\n\nGreg Alvarez",
        "scpi_en",
        "outlook_us",
        "Greg Alvarez <greg.alvarez@alvarez-capital.com>",
        back=3,
        until="2028-03-01",
    ),
    T(
        "en",
        "not_now",
        "2027-10-22",
        "Rupert,\n\nWe're in Provence until 12 November. Let's do the review the week after we're back.\n\n"
        "James & Fiona Hartigan",
        "rev_en",
        "orig_en",
        "James Hartigan <james.hartigan@hartigan.org.uk>",
        back=2,
        until="2027-11-15",
    ),
]


# --------------------------------------------------------------------------- referral (10 / 10)

REFERRAL = [
    T(
        "fr",
        "referral",
        "2027-10-18",
        "Bonjour,\n\nC'est mon épouse qui s'occupe de nos placements. Merci de voir directement avec elle : "
        "Catherine Morin, catherine.morin56@gmail.com.\n\nCordialement,\nDaniel Morin",
        "arb_fr",
        "outlook_fr",
        "Daniel Morin <daniel.morin@morin-couverture.fr>",
        back=2,
        referral=("Catherine Morin", "catherine.morin56@gmail.com"),
    ),
    T(
        "fr",
        "referral",
        "2027-11-17",
        "Bonjour,\nVoyez ça avec mon expert-comptable, Laurent Giraudeau (l.giraudeau@giraudeau-expertise.fr), il a "
        "tous les chiffres.\nCdt\nO. Pennec",
        "per_fr",
        "gmail_fr",
        "Olivier Pennec <o.pennec@pennec-frigo.fr>",
        back=3,
        referral=("Laurent Giraudeau", "l.giraudeau@giraudeau-expertise.fr"),
    ),
    T(
        "fr",
        "referral",
        "2027-10-20",
        "Madame,\n\nMon père, M. Henri Labat, est décédé le 3 septembre. La succession est suivie par Me Sophie "
        "Dartigue, notaire à Arcachon, à qui je vous remercie de vous adresser désormais.\n\nCordialement,\n"
        "Valérie Labat-Roche",
        "rev_fr",
        "outlook_fr",
        "Henri Labat <henri.labat@orange.fr>",
        back=4,
        referral=("Sophie Dartigue", None),
    ),
    T(
        "fr",
        "referral",
        "2027-11-25",
        "Je crois que vous vous êtes trompée de destinataire, je ne suis pas client chez vous.",
        "tax_fr",
        "iphone_fr",
        "Hugo Ferrié <hugo.ferrie@icloud.com>",
        back=2,
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "2027-10-27",
        "Bonjour,\n\nMe Raynal a quitté l'étude en septembre. Pour vos invitations, merci d'écrire désormais à "
        "accueil@etude-lacoste-nantes.fr.\n\nCordialement,\nL'accueil de l'étude",
        "sem_fr",
        "outlook_fr",
        "Me Yves Raynal <y.raynal@etude-lacoste-nantes.fr>",
        referral=(None, "accueil@etude-lacoste-nantes.fr"),
    ),
    T(
        "fr",
        "referral",
        "2027-12-02",
        "Bonjour Sixtine,\n\nVous pouvez contacter ma belle-sœur, Delphine Arnaud (delphine.arnaud@free.fr), qui vient "
        "d'hériter et se pose beaucoup de questions. Je l'ai prévenue.\n\nBien à vous,\nMathilde",
        "parr_fr",
        "apple_fr",
        "Mathilde Arnaud-Sorel <mathilde.sorel@me.com>",
        back=2,
        referral=("Delphine Arnaud", "delphine.arnaud@free.fr"),
    ),
    T(
        "fr",
        "referral",
        "2027-12-10",
        "Bonjour,\n\nOui : mon associé au cabinet, le Dr Vincent Roumégoux, cherche justement un conseiller. "
        "Appelez-le de ma part au 06 12 84 37 51.\n\nDr Samuel Ibarra",
        "parr_fr",
        "outlook_fr",
        "Dr Samuel Ibarra <s.ibarra@cabinet-medical-chartrons.fr>",
        back=4,
        referral=("Vincent Roumégoux", None),
    ),
    FWD(
        "fr",
        "referral",
        "2027-10-22",
        "Bonjour Grégoire,\n\nJe transfère à mon fils Julien (julien.tanguy@outlook.fr), qui gère mes affaires depuis "
        "ma chute. Voyez avec lui désormais.\n\nJoseph Tanguy",
        "arb_fr",
        "Joseph Tanguy <joseph.tanguy@wanadoo.fr>",
        referral=("Julien Tanguy", "julien.tanguy@outlook.fr"),
    ),
    T(
        "fr",
        "referral",
        "2027-10-06",
        "Bonjour, ce n'est pas moi le titulaire des contrats, écrivez plutôt à mon mari, Yves Lecomte : "
        "yves.lecomte@laposte.net",
        "port_fr",
        "gmail_fr",
        "Chantal Lecomte <chantal.lecomte@laposte.net>",
        referral=("Yves Lecomte", "yves.lecomte@laposte.net"),
    ),
    INL(
        "fr",
        "referral",
        "2027-11-03",
        "rev_fr",
        "outlook_fr",
        "Raymond Darrieux <r.darrieux@wanadoo.fr>",
        [
            (
                "Quelles disponibilités",
                "[Secrétariat] M. Darrieux ne gère plus ses placements lui-même : merci de contacter sa fille, "
                "Mme Laetitia Darrieux-Brun, au 06 45 19 72 03.",
            )
        ],
        head="Bonjour,\nréponse dans votre message.",
        back=2,
        referral=("Laetitia Darrieux-Brun", None),
    ),
    T(
        "en",
        "referral",
        "2027-10-19",
        "Priya,\n\nMy wife handles our investments these days – please deal with her directly: Sophie Carrington, "
        "sophie.carrington@btinternet.com.\n\nThanks,\nMark Carrington",
        "arb_en",
        "outlook_en",
        "Mark Carrington <mark.carrington@carrington-law.co.uk>",
        back=2,
        referral=("Sophie Carrington", "sophie.carrington@btinternet.com"),
    ),
    T(
        "en",
        "referral",
        "2027-11-12",
        "Speak to my FD, Karen Whitlow – karen.whitlow@lymington-marine.co.uk. She knows the numbers.\n\nNeil",
        "per_en",
        "gmail_en",
        "Neil Hawthorne <neil.hawthorne@lymington-marine.co.uk>",
        back=3,
        referral=("Karen Whitlow", "karen.whitlow@lymington-marine.co.uk"),
    ),
    T(
        "en",
        "referral",
        "2027-10-27",
        "I think you have the wrong person – I'm not a client of yours and never have been.",
        "rev_en",
        "gmail_us",
        "Kieran Walsh <kieran.walsh@gmail.com>",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "2027-11-09",
        "Hello,\n\nMr Hollis retired from the practice in the summer. Please address future correspondence to our "
        "office manager, Beverley Shaw, at office@hollisandcrane.co.uk.\n\nKind regards,\nReception\n"
        "Hollis & Crane Solicitors",
        "sem_en",
        "outlook_en",
        "Andrew Hollis <a.hollis@hollisandcrane.co.uk>",
        referral=("Beverley Shaw", "office@hollisandcrane.co.uk"),
    ),
    T(
        "en",
        "referral",
        "2027-12-06",
        "Yes – my cousin Luke Farrell (luke.farrell@gmail.com) has just bought a place in the Dordogne and is "
        "clueless. I've told him you'll be in touch.",
        "parr_en",
        "apple_en",
        "Niamh Farrell <niamh.farrell@icloud.com>",
        back=2,
        referral=("Luke Farrell", "luke.farrell@gmail.com"),
    ),
    T(
        "en",
        "referral",
        "2027-12-13",
        "Hi Priya,\n\nYou should talk to my business partner, Devesh Rao. He's selling his half of the company next "
        "year. I'll tell him to expect a call.\n\nBest,\nAnil Mehta",
        "parr_en",
        "outlook_us",
        "Anil Mehta <anil.mehta@mehtarao.co.uk>",
        back=4,
        referral=("Devesh Rao", None),
    ),
    FWD(
        "en",
        "referral",
        "2027-11-18",
        "Rupert – copying in my accountant, Gareth Lloyd (gareth@lloyd-tax.co.uk), who handles all this for me. Please "
        "liaise with him directly.\n\nHelen Brierley",
        "per_en",
        "Helen Brierley <helen.brierley@brierley-textiles.fr>",
        referral=("Gareth Lloyd", "gareth@lloyd-tax.co.uk"),
    ),
    T(
        "en",
        "referral",
        "2027-10-14",
        "Hello,\n\nI'm afraid Mr Pardoe passed away in August. His affairs are being handled by his executors at "
        "Grierson Whyte LLP – please write to probate@griersonwhyte.co.uk.\n\nYours sincerely,\nMargaret Pardoe",
        "rev_en",
        "outlook_en",
        "Hugh Pardoe <hugh.pardoe@pardoe.me.uk>",
        back=3,
        referral=(None, "probate@griersonwhyte.co.uk"),
    ),
    INL(
        "en",
        "referral",
        "2027-11-02",
        "rev_en",
        "outlook_en",
        "Jonathan Bexley <jonathan.bexley@bexleyholdings.com>",
        [
            (
                "Could you let me know",
                "JB >> Please arrange through my PA, Chloe Dunmore – chloe.dunmore@bexleyholdings.com.",
            )
        ],
        back=2,
        referral=("Chloe Dunmore", "chloe.dunmore@bexleyholdings.com"),
    ),
    T(
        "en",
        "referral",
        "2027-11-19",
        "Wrong Sam I think – I'm Sam Okoro, not Sam Okafor. Never heard of you before!",
        "scpi_en",
        "gmail_en",
        "Sam Okoro <sam.okoro@gmail.com>",
        back=2,
        referral=(None, None),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (9 / 9)

UNSUBSCRIBE = [
    T("fr", "unsubscribe", "2027-10-25", "DÉSINSCRIPTION", "sem_fr", "gmail_fr", "Marc Lauga <marc.lauga@gmail.com>"),
    T(
        "fr",
        "unsubscribe",
        "2027-10-08",
        "Bonjour,\n\nMerci de ne plus m'envoyer de courriels de ce genre. Pour mes contrats, le courrier papier me "
        "suffit.\n\nCordialement,\nRoger Bacqué",
        "port_fr",
        "outlook_fr",
        "Roger Bacqué <roger.bacque@orange.fr>",
        back=2,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-12-09",
        "Madame,\n\nJe trouve ce genre de sollicitation déplacé. Je vous prie de supprimer mes coordonnées de vos "
        "fichiers de prospection, conformément au RGPD.\n\nJ. Casenave",
        "parr_fr",
        "outlook_fr",
        "Jacques Casenave <jacques.casenave@free.fr>",
        back=4,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-11-10",
        "Retirez-moi de la liste des invitations svp",
        "sem_fr",
        "iphone_fr",
        "Sandrine Poulard <sandrine.poulard@icloud.com>",
        back=3,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-11-26",
        "Bonjour,\nJe ne suis plus client chez vous depuis 2025 et ne souhaite plus recevoir vos messages.\n"
        "Cordialement\nM. Peyrelongue",
        "tax_fr",
        "gmail_fr",
        "Alain Peyrelongue <a.peyrelongue@gmail.com>",
        back=3,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-10-13",
        "désinscription svp",
        "port_fr",
        "apple_fr",
        "Corinne Baylac <corinne.baylac@me.com>",
        back=4,
    ),
    INL(
        "fr",
        "unsubscribe",
        "2027-11-04",
        "scpi_fr",
        "gmail_fr",
        "Henriette Sabathé <henriette.sabathe@gmail.com>",
        [("Dites-moi si vous souhaitez", "Je souhaite surtout ne plus recevoir ce type de mails. Merci.")],
        back=2,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-10-29",
        "Bonjour,\n\nNon à l'arbitrage. Et par la même occasion, cessez de m'écrire sur cette adresse professionnelle, "
        "c'est la troisième fois que je le demande.\n\nDr Alain Brosset",
        "arb_fr",
        "outlook_fr",
        "Dr Alain Brosset <a.brosset@ch-saintnazaire.fr>",
        back=2,
    ),
    T(
        "fr",
        "unsubscribe",
        "2027-11-16",
        "Bonjour,\n\nMe Hourcade ne souhaite plus recevoir vos invitations. Merci de retirer l'adresse de l'étude de vos "
        "envois.\n\nLe secrétariat",
        "sem_fr",
        "outlook_fr",
        "Me Odile Hourcade <etude.hourcade@notaires.fr>",
        back=4,
    ),
    T("en", "unsubscribe", "2027-11-05", "opt out", "sem_en", "gmail_en", "Trevor Mace <trevor.mace@gmail.com>"),
    T(
        "en",
        "unsubscribe",
        "2027-10-07",
        "Please take me off your mailing list. I'll call my adviser if I need anything.\n\nR. Tennant",
        "port_en",
        "outlook_en",
        "Robert Tennant <robert.tennant@tennant.me.uk>",
        back=2,
    ),
    T(
        "en",
        "unsubscribe",
        "2027-12-14",
        "Please stop emailing me asking for referrals. Remove me from whatever list this is.\n\nMichael",
        "parr_en",
        "gmail_us",
        "Michael Strand <michael.strand@gmail.com>",
        back=4,
    ),
    T("en", "unsubscribe", "2027-11-17", "Unsubscribe", "sem_en", "apple_en", "Pippa Lowe <pippa.lowe@icloud.com>"),
    T(
        "en",
        "unsubscribe",
        "2027-11-30",
        "Rupert,\n\nI've asked twice now. I don't want marketing emails from Ardent – please make sure this is the last "
        "one.\n\nDavid Feltham",
        "tax_en",
        "outlook_us",
        "David Feltham <david.feltham@feltham.co.uk>",
        back=3,
    ),
    T("en", "unsubscribe", "2027-10-12", "OPT OUT", "port_en", "gmail_en", "Rhys Morgan <rhys.morgan@gmail.com>"),
    T(
        "en",
        "unsubscribe",
        "2027-11-24",
        "Hello,\n\nUnder GDPR, please delete my personal data and confirm you've done so. I'm no longer a client.\n\n"
        "Susan Akers",
        "scpi_en",
        "outlook_en",
        "Susan Akers <susan.akers@akers.net>",
        back=3,
    ),
    INL(
        "en",
        "unsubscribe",
        "2027-10-20",
        "arb_en",
        "gmail_en",
        "Colin Briggs <colin.briggs@gmail.com>",
        [("Are you happy", "No. And please stop writing to me at this address.")],
        back=2,
    ),
    T(
        "en",
        "unsubscribe",
        "2027-11-22",
        "Hello,\n\nKindly remove Dr Whitfield from your events list – she doesn't attend external events.\n\n"
        "Regards,\nPractice Manager\nHarley Street Dermatology",
        "sem_en",
        "outlook_en",
        "Dr Anna Whitfield <a.whitfield@hsdermatology.co.uk>",
        back=4,
    ),
]


# --------------------------------------------------------------------------- out_of_office (8 / 8)

OUT_OF_OFFICE = [
    N(
        "fr",
        "out_of_office",
        "2027-10-11",
        "Réponse automatique : Absent du bureau\n\nBonjour,\n\nJe suis absent jusqu'au lundi 18 octobre inclus, sans "
        "accès à mes courriels. En cas d'urgence, contactez le standard au 05 57 22 40 10.\n\nCordialement,\n"
        "Pierre-Yves Lacombe",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-10-29",
        "Le cabinet du Docteur Nathalie Escande est fermé du 2 au 8 novembre. Pour toute urgence, composez le 15.\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-11-12",
        "Réponse automatique\n\nBonjour, je suis en congé jusqu'au 22 novembre. Votre message sera traité à mon retour. "
        "Pour les actes urgents, merci de contacter Me Clément Vigneau : c.vigneau@notaires-vigneau.fr.\n\n"
        "Me Lucie Barrère",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-12-13",
        "Absent jusqu'au 3 janvier 2028. Je lirai votre message à mon retour.\n\n-- \nFrédéric Montagut\n"
        "Directeur général – Montagut Vins & Spiritueux\nCe message a été envoyé automatiquement.",
    ),
    T(
        "fr",
        "out_of_office",
        "2027-11-19",
        "Réponse automatique : je suis en déplacement avec un accès limité à ma messagerie jusqu'au 26 novembre. Je "
        "vous répondrai dès que possible.\n\nGhislaine Ribes",
        "tax_fr",
        "outlook_fr",
        "Ghislaine Ribes <ghislaine.ribes@ribes-conseil.fr>",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-10-22",
        "Bonjour,\n\nMerci pour votre message. Notre office est fermé pour les vacances de la Toussaint du 25 au 29 "
        "octobre inclus. Nous traiterons votre demande à la réouverture.\n\nÉtude de Maîtres Lagrange et Pouyanne\n"
        "(message automatique)",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-12-15",
        "Message automatique. Je suis en congé maternité jusqu'au 30 avril 2028. Pour le suivi du cabinet, merci "
        "d'écrire à Mme Audrey Sallenave : a.sallenave@cabinet-sallenave.fr",
    ),
    N(
        "fr",
        "out_of_office",
        "2027-11-26",
        "[Réponse automatique] Votre courriel a bien été reçu. Je suis en formation jusqu'à mercredi et y répondrai "
        "dès mon retour.\n\nDr Thomas Lhermitte\nMédecin généraliste",
    ),
    N(
        "en",
        "out_of_office",
        "2027-10-15",
        "Automatic reply: Out of Office\n\nThank you for your email. I am out of the office until Monday 25 October "
        "with limited access to email. For anything urgent please call my assistant on 020 7946 0331.\n\n"
        "Martin Greaves",
    ),
    N(
        "en",
        "out_of_office",
        "2027-11-05",
        "Automatic reply: I'm currently on annual leave, returning on 15 November. I'll respond to your email on my "
        "return.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-12-16",
        "Auto-reply: Thank you for your message. Our offices are closed from 23 December and reopen on 4 January. "
        "Season's greetings!\n\nWhinfell Family Office",
    ),
    T(
        "en",
        "out_of_office",
        "2027-11-09",
        "Out of office: I'm travelling with limited connectivity until 19 November. For urgent matters please "
        "contact Laura Finch at laura.finch@brightwater-partners.com.\n\nSimon Oduya",
        "sem_en",
        "outlook_en",
        "Simon Oduya <simon.oduya@brightwater-partners.com>",
    ),
    N(
        "en",
        "out_of_office",
        "2027-10-21",
        "This is an automated response. Dr Patel is on sabbatical until January 2028. Clinical queries: please contact "
        "the practice on 0161 496 0752.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-11-23",
        "Automatic reply: Hi, I'm on parental leave until March. Emails to this address are not being read.\n\nJess",
    ),
    N(
        "en",
        "out_of_office",
        "2027-12-08",
        "Automatic reply: Away\n\nThanks for your email. I'm away skiing until 13 December and not checking mail. "
        "I'll reply when I'm back.",
    ),
    N(
        "en",
        "out_of_office",
        "2027-10-06",
        "Out of office – back Thursday 14 October.\n\nRichard Peel\nChairman, Peel & Sons Ltd",
    ),
]

# --------------------------------------------------------------------------- other (9 / 11)

OTHER = [
    T(
        "fr",
        "other",
        "2027-10-15",
        "Je suis en vacances jusqu'au 25, je regarde ça à mon retour.",
        "arb_fr",
        "iphone_fr",
        "Armelle Kerjean <armelle.kerjean@icloud.com>",
        back=2,
    ),
    N(
        "fr",
        "other",
        "2027-11-08",
        "Message non remis : l'adresse marie-paule.dourthe@wanadoo.fr est introuvable.\n\nLe serveur de messagerie "
        "distant a renvoyé : 550 5.1.1 User unknown\n\nMAILER-DAEMON",
    ),
    T(
        "fr",
        "other",
        "2027-10-06",
        "C'est fait, j'ai activé mon espace. Très clair, bravo !\nCordialement\nAnne-Sophie Larrouy",
        "port_fr",
        "gmail_fr",
        "Anne-Sophie Larrouy <as.larrouy@gmail.com>",
    ),
    T(
        "fr",
        "other",
        "2027-10-13",
        "Bonjour,\n\nLe Docteur Jean-Marc Hiriart est en congé jusqu'au 25 octobre. Je lui transmettrai votre message "
        "à son retour.\n\nCordialement,\nLe secrétariat médical",
        "rev_fr",
        "outlook_fr",
        "Dr Jean-Marc Hiriart <secretariat.hiriart@orange.fr>",
        back=2,
    ),
    T(
        "fr",
        "other",
        "2027-11-22",
        "Bien reçu, merci. Je réfléchis et je vous dis.",
        "tax_fr",
        "android_fr",
        "Serge Lagardère <serge.lagardere@sfr.fr>",
        back=3,
    ),
    T("fr", "other", "2027-11-02", "?", "scpi_fr", "gmail_fr", "Yvon Caradec <yvon.caradec@gmail.com>", back=2),
    FWD(
        "fr",
        "other",
        "2027-10-14",
        "Chéri, tu en penses quoi ? Moi je serais plutôt pour.",
        "arb_fr",
        "Isabelle Kervella <isabelle.kervella@gmail.com>",
    ),
    T(
        "fr",
        "other",
        "2027-10-20",
        "Bonjour,\n\nNouvelle adresse à noter : à partir du 1er novembre, merci d'utiliser "
        "mathieu.sarthou@protonmail.com, mon adresse au cabinet sera fermée.\n\nMathieu Sarthou",
        "port_fr",
        "outlook_fr",
        "Mathieu Sarthou <m.sarthou@sarthou-architecte.fr>",
        back=4,
    ),
    T(
        "fr",
        "other",
        "2027-11-26",
        "Bonjour,\nMerci pour la matinée de jeudi, très instructive. Bravo à Me Pradeau.\nGilles",
        "sem_fr",
        "gmail_fr",
        "Gilles Ménard <gilles.menard@gmail.com>",
        back=4,
    ),
    T(
        "en",
        "other",
        "2027-10-21",
        "Travelling this week – will look properly when I'm back.",
        "arb_en",
        "apple_en",
        "Hugo Mountford <hugo.mountford@me.com>",
        back=2,
    ),
    N(
        "en",
        "other",
        "2027-11-15",
        "Delivery Status Notification (Failure)\n\nYour message to hugo.benthall@benthall-law.co.uk couldn't be "
        "delivered. The account has been disabled.\n\nRemote server returned '550 5.2.1 Mailbox disabled'",
    ),
    T(
        "en",
        "other",
        "2027-10-08",
        "All set up – much better than the old one. Thanks!",
        "port_en",
        "gmail_en",
        "Belinda Sharpe <belinda.sharpe@gmail.com>",
        back=2,
    ),
    T(
        "en",
        "other",
        "2027-10-25",
        "Thanks Rupert, I'll have a think and come back to you.\n\nNigel",
        "rev_en",
        "outlook_en",
        "Nigel Ashcombe-Pryce <nigel.ap@pryce-holdings.co.uk>",
        back=3,
    ),
    N(
        "en",
        "other",
        "2027-11-29",
        "Read: French income tax – the 31 December deadline\n\nYour message\n\nTo: Eleanor Voss\nSubject: French "
        "income tax – the 31 December deadline\nSent: 26 November 2027 10:15\n\nwas read on 29 November 2027 08:02.",
    ),
    T("en", "other", "2027-12-06", "Thanks!", "tax_en", "gmail_us", "Laurence Tait <laurence.tait@gmail.com>", back=3),
    FWD(
        "en",
        "other",
        "2027-11-12",
        "Clare – is this worth doing? Let's discuss tonight.",
        "scpi_en",
        "Jonathan Reeve <jon.reeve@gmail.com>",
    ),
    T(
        "en",
        "other",
        "2027-12-15",
        "Priya,\n\nLet me think about who might be a good fit and I'll get back to you after Christmas.\n\nBest,\n"
        "Frances",
        "parr_en",
        "outlook_en",
        "Frances Cadogan <frances.cadogan@cadogan.me.uk>",
        back=4,
    ),
    T(
        "en",
        "other",
        "2027-10-18",
        "Hi Rupert, please note my new email address: fiona.mcleish@fastmail.com – the old one closes at the end of "
        "the month.",
        "rev_en",
        "gmail_en",
        "Fiona McLeish <fiona.mcleish@mcleish-edinburgh.co.uk>",
        back=3,
    ),
    N(
        "en",
        "other",
        "2027-12-01",
        "Your message to info@whitmore-dental.co.uk has been received. This mailbox is monitored Monday to Friday and "
        "we aim to reply within two working days.\n\nTicket #48213",
    ),
    T(
        "en",
        "other",
        "2027-11-19",
        "Sorry – only just seen this. Will read tonight.",
        "scpi_en",
        "apple_en",
        "Patrick Dunne <patrick.dunne@icloud.com>",
        back=3,
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
random.Random(25).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout25", CASES, sys.argv)
