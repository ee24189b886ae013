"""A thirty-first held-out split, `heldout31`: 200 replies written by a helper session (Claude, started by the project's
session that asked for the split, on 2026-12-05) blind to the classifier's rules, to its learnt model and to every other
split's replies. The author never opened, listed, grepped nor searched anything under workers/, tests/, bench/, sql/,
supabase/, eval/messages, eval/build nor eval/blind*, did not open eval/intents/cases.json nor eval/intents/README.md,
opened no heldout, tune or train file but heldout28.py as below, read nothing under /work/scratch, imported nothing from
workers/, and ran no git command, no `find`, no `grep -r` / `rg`, no pytest, no `relance` command, no evaluator,
classifier nor bench script.
What it opened and ran, in order: (1) one command: `cat eval/intents/common.py` (whole) and `wc -l
eval/intents/heldout28.py` (2735); (2) `sed -n 1,200p eval/intents/heldout28.py` (its module docstring, which closes at
line 198, then its `from __future__` line); (3) one command: `sed -n 2716,2735p` of heldout28.py (its last 20 lines: the
end of its OTHER list, CASES, the seeded shuffle, the `write_split` call), a `sed` range print of pyproject.toml from
`[tool.ruff` meant to stop at the ruff tables and a `grep -n -i intent` of /work/shared/INTELLIGENCE.md (head -50: the
line numbers and text of the seven lines naming intents); (4) one command: `sed -n 39,50p` of INTELLIGENCE.md (the
intent section), `date`, `ls .venv/bin/ruff`, `python3 --version`; (5) `mkdir -p /tmp/h31w` and python calendars of May
to September 2030 (with an unused import of dateutil) and the date of Easter 2030 (21 April, so Whit Monday is 10 June);
(6) a python list of the window's 37 working days and `ls eval/intents/ | grep -c heldout31` (a count, 0: no name
printed); (7) the writing of this file: an editor's create, five heredoc appends, small python scripts replacing text in
it (mail bodies' signature spacing, two inline anchors, the inline layout, a read receipt's dates, this docstring's
insertion and four edits of it), `python3 -c "import ast; ..."` parses; (8) `PYTHONDONTWRITEBYTECODE=1 python3
eval/intents/heldout31.py /tmp/h31`, several times, and `ls -a eval/intents | grep -c pycache` (0); (9) a throwaway
script /tmp/h31w/check.py over the output (cases per class and language, 200 distinct texts, ids heldout31-001 to -200,
split heldout5, every `sent` a working day of the window, `until` on every not_now and only there, `referral` on every
referral and only there, every `until` after its `sent`); python prints of rendered cases found by their text (the
nested thread, the inline answers in Gmail, Apple Mail and Outlook), /tmp/h31w/ids.py printing the ids quoted below, and
a python print of the not_now and referral cases (id, `sent`, `until`, referral, first line); (10) `.venv/bin/ruff
check`, `ruff format --diff | head -60`, `ruff format` and `ruff check` again on this file, a `sed -n 1,5p | cut
-c1-100` and a `grep -n` of this file (its first lines, the final line); builds into /tmp/h31 and /tmp/h31b (emptied
first with `rm -rf`) compared by `md5sum`, and a python `ast` read of the docstring's last line.
Slips: (a) the pyproject print ran past the ruff tables into [tool.mypy] and [tool.pytest] (my `sed` range's end pattern
did not stop at `[tool.mypy]`): paths and options only, nothing about the classifier; (b) the INTELLIGENCE.md grep
printed five lines outside the intent section (its lines 6, 10, 32, 52, 71: latency and volume targets, "Python reads
text ... intent", spaCy, routing rules, a dashboard): general product text, no rule; (c) heldout28's docstring, read as
allowed before any reply below was written, quotes fragments of its own replies with their ids, its labelling decisions
and its one blind measurement (macro-F1 0.777 -> 0.781, interested recall 11/20, other F1 about 0.47, referral names
14-15/20, not_now dates 19/20): the classes it found hard may have weighed in choosing hard cases here; none of its
phrases was copied on purpose, but some patterns recur by nature (a bare "Merci." / "Thanks Tom.", read receipts,
bounces, "wrong person", a decline above the footer's opt-out word, inline answers with markers); (d) where heldout28's
docstring and this split's brief disagree (a hand-written "I'm away until X" and an automatic acknowledgement of
receipt), the brief was followed: a hand-written absence notice is `out_of_office`, an acknowledgement naming no absence
is `other`.
Six invented senders, three writing in French and three in English, whose prospects are the legal and regulated
professions; each email signed by its sender, with its footer's opt-out word and its call to action:
- (1) Grefalis SAS (Lyon), Clémence Vautrin, legal-software vendor: to avocats, a conflict-of-interest check at file
  opening, time, billing, CARPA, qualified e-signature of fee agreements, and a 30-minute video demo with a booking
  link; to notaires and commissaires de justice, a 12-page guide on qualified e-signature of deeds ("Un simple « oui »
  en réponse suffit") and a 30-day free trial; a follow-up: data migration free until 31 July, "à partir de 79 € HT par
  utilisateur et par mois", "Souhaitez-vous que j'active un essai gratuit de 30 jours ?" (footer "Répondez
  DÉSINSCRIRE");
- (2) Harcourt Lane Legal Recruitment (London), Tom Aldridge, to UK solicitors' firms, insolvency firms and (wrongly)
  barristers' chambers: three 2030 NQs (property, private client, disputes) and a 15-minute call; paralegal cover "from
  £19.50 an hour", a 15% perm fee, a salary guide offered; follow-ups "Shall I put your firm on our priority list" and
  "If you'd like me to hold her for you, just say the word" (footer "reply REMOVE");
- (3) Bureau Verhaegen Traductions (Brussels), Maud Verhaegen, sworn translations, legalisation and apostilles: to
  Belgian notaries and French commissaires de justice (42 € HTVA a page, a quote within two hours from a scan, "Puis-je
  passer à votre étude ?"), to Swiss notaries (48 CHF a page, documentation offered), to avocats (a visit offered)
  (footer "répondez « retrait »");
- (4) Ardouin & Lemaire Courtage (Bordeaux), Romain Lemaire, professional indemnity (RCP) broker: to notaires, a free
  20-minute audit of the complementary cover by phone; to avocats and commissaires de justice, excess cover, a cyber
  option, "à partir de 690 € TTC par an", a proposal within 48 hours; a follow-up about a group contract, "Dites-moi
  simplement si le sujet vous intéresse" (footer "répondez STOP");
- (5) Clonmore Compliance Ltd (Galway), Aoife Brennan, AML training: to Irish solicitors, a free webinar on Wednesday 19
  June 2030, 11:00, "reply YES", e-learning at €39 a user, in-house workshops from €1,350 + VAT; to chartered
  accountants and insolvency practitioners, a free 30-minute AML health-check call and a free risk-assessment template;
  a follow-up (footer "Reply UNSUBSCRIBE");
- (6) Vaultmere Archive Services Ltd (Wakefield), Gareth Pryce, deeds and wills storage, scanning, certified destruction
  (BS EN 15713): to solicitors, a 20-minute archive survey; to chambers, accountants and insolvency firms, destruction
  and scanning, "I'm happy to pop round"; a follow-up on will banks, "If any of this is of interest, just let me know"
  (footer "Reply OPT OUT").
Prospects: French notaires, avocats, a bâtonnier's office and commissaires de justice; Belgian notaries (Namur, Liège,
Verviers, Tournai, Wavre, Arlon...) and avocats; Swiss notaries (Geneva, Lausanne, Neuchâtel, Fribourg, Yverdon, Bulle);
English, Welsh and Northern Irish solicitors, barristers' chambers (clerks, administrators, a pupil), chartered
accountants and insolvency practitioners; Irish solicitors and accountants. Everything is invented: firms, people,
streets, numbers (Ofcom and ARCEP drama ranges where they exist), domains in .example.
Counts: 10 French and 10 English replies in each of the ten classes (meeting_request, interested, information_request,
quote_request, not_interested, not_now, referral, unsubscribe, out_of_office, other), 100 / 100; `lang` is the language
of the prospect's new text (two absence notices are bilingual: French and Dutch, labelled fr; Irish and English,
labelled en). `sent`: working days from Tuesday 4 June to Friday 26 July 2030, off Whit Monday 10 June (France, Belgium,
Switzerland) and Friday 12 July (Northern Ireland); every quoted email one to four working days before the message above
it and inside the window (`_before` raises otherwise); one nested thread (a follow-up above the prospect's own earlier
reply above the first email); absence notices, receipts, bounces and acknowledgements carry no thread; the read receipts
name a message sent one working day earlier.
Written as people write: one-liners above Outlook, OWA, Gmail, Apple Mail, Android and iPhone threads; inline answers
typed inside the quoted email, with markers ("[SP]", "[CD]", "<< >>", "--", "==>", capitals) and without; SMS style and
missing accents ("rappelez moi ... jsuis en audience tte la journée", "bjr ... c le bazar", "devis svp", "retrait svp",
"ya thats grand", "opt me out pls", "rates?"); franglais ("un call de 30 min, envoyez-moi une invit Teams ... Thx");
formal letters ("Je vous prie d'agréer", "Dear Sirs", "Subject to contract and without prejudice", "Yours faithfully",
PECR, GDPR and RGPD); secretaries, clerks, a PA, an accounts mailbox and a receptionist answering for partners; negated
positives and negatives ("Pas inintéressant du tout", "Ce n'est pas que ce ne soit pas intéressant ... Donc non", "Don't
unsubscribe me just yet", "No need to take me off anything"); dates that are no deferral (a partners' meeting on 3 July,
September hires, a retirement at the end of the summer, an office closing on 30 September); hearings and courts in
meeting requests and absences ("en audience", the Circuit Court, the Four Courts, a tribunal, "vacations judiciaires",
"vacances judiciaires").
Labelling: the brief's order and rules, read on the prospect's NEW text only (the quoted history never counts).
Decisions where the brief is silent (ids as built): a seat at the sender's webinar ("YES", 011) and taking up the trial
or the service ("Ok pour l'essai" with the clerk Théo to handle onboarding, 148; "On y va : 3 postes", 043; yes to
destruction, no to scanning, 001; "sign us up", 186; "Count us in", 068; "Happy to move across", 192; holding a
candidate, 195) are `interested`, not `meeting_request` nor `referral`; a demo with the MLRO Fiona joining (082) and a
secretary booking a call or a presentation for her principal (027, 018) are `meeting_request`; "Survey yes. When?" (071)
is `meeting_request`; positive moods with no ask and a promise to come back ("Pas inintéressant du tout ... je vous
tiens au courant", 017; "the profiles look strong ... Leave it with me", 040) are `interested`, while a neutral "Je vois
ça avec mes associés et je reviens vers vous" (077) is `other`; a question about the mail's sender ("je croyais que
c'était déjà vous notre courtier ?", 157) and "Who gave you my email address?" (191, no request to stop) are confusion,
`other`; an empty reply above the thread ("Sent from my iPhone" alone, 054) and a social note to the sender (112) are
`other`; an office closing for good with no successor (048) and a barristers' chambers saying it employs no paralegals
(165) are `not_interested`, not `referral`; "Your emails go straight to my junk folder" under "I'll pass" (085) is
`not_interested`; a redirect written beside a question (the colleague Mme Pirard, then "traduisez-vous aussi du
portugais ?", 016) is `information_request`; "Pas encore." under the trial question beside a price question (046) is
`quote_request`; "Mrs Patel left the firm in April." with nobody named (096) is `referral` (null, null); "Merci de ne
plus écrire à cette adresse" with no other address (123) and "Please remove clerks@ from your distribution list" (the
writer's own inbox, 091) are `unsubscribe`; a stand-in named in an absence notice, with an address or not, stays
`out_of_office` (024, 090), as do hand-written absences (a PA's "Jess is away on honeymoon until the 29th", 061; "At the
tribunal all week, will reply next week", 124; "En vacances jusqu'au 22, je regarde ça en rentrant", 184; "On leave till
15th July", 131; a secretary's "absent pour raisons de santé jusqu'à nouvel ordre", 152). A referred name is recorded as
written, without its title ("Brunet" for "M. Brunet", 103; "Anjali Rao", 031; "Aurélie Santoni", 066); a first name
alone stays a first name ("Callum", 038); a role or generic address has a null name (035, 113, 190); a name with no
address in the text has a null address (106, 111, 178).
not_now dates, relative to `sent`: 196 "à la rentrée" 2030-09-01; 132 "l'échéance de janvier" 2031-01-01 (beside "Ça
m'intéresse"); 052 "mi-septembre" 2030-09-15; 171 "Dans trois mois" (sent 19 June) 2030-09-19; 095 "Après la Toussaint"
2030-11-02; 177 "dans 15 jours" (3 July) 2030-07-17; 160 "au second semestre" (sent 13 June) 2030-07-01; 118 "l'an
prochain" 2031-01-01; 076 "Plus tard, peut-être" null; 044 "jusqu'à fin août ... Recontactez-moi à ce moment-là"
2030-08-25; 143 "in September" 2030-09-01; 069 "after the 15th" (2 July) 2030-07-16; 146 "tied in until March 2031. Drop
me a line early next year" 2031-01-01 (the ask, not the contract's end); 012 "Not this quarter. Q4" 2030-10-01; 179
"till the autumn" 2030-09-22; 060 "in a couple of months" null; 004 "next week" (Wednesday 26 June) Monday 2030-07-01;
021 "a fortnight" (9 July) 2030-07-23; 008 "end of October" 2030-10-25; 120 "on Friday" (Tuesday 16 July) 2030-07-19.
`python3 eval/intents/heldout31.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it;
ids `heldout31-NNN`, in a fixed shuffled order, `random.Random(31)`). `common` is imported from this file's own
directory; sys.dont_write_bytecode is set first, so no __pycache__ is left; two builds are byte-identical.
Measured once, blind, by the session that asked for it (2026-12-05, 19:51 UTC, before anyone read a reply of it), at
e7d066f (that session's start) and at 0bb6b74 (with the mends made on heldout29, heldout30 and blind24). Rules and
learnt model, no LLM: macro-F1 0.846 -> 0.861 (target 0.85), accuracy 0.845 -> 0.860, other F1 0.696 -> 0.776,
interested F1 0.850 both, unsubscribe precision 1.000 / recall 0.700 both, not_now dates 18/20 both, referral names
15/20 and addresses 20/20 both, 5.0 % to an LLM. Rules alone at e7d066f: macro-F1 0.755, 9.0 % to an LLM."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from textwrap import dedent
from typing import Any, NamedTuple

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, write_split  # noqa: E402

D = date.fromisoformat
FIRST, LAST = D("2030-06-04"), D("2030-07-26")
HOLIDAYS = {D("2030-06-10"), D("2030-07-12")}  # Whit Monday (France, Belgium, Switzerland); 12 July (Northern Ireland)


def _workdays() -> list[date]:
    days, d = [], FIRST
    while d <= LAST:
        if d.weekday() < 5 and d not in HOLIDAYS:
            days.append(d)
        d += timedelta(days=1)
    return days


WORKDAYS = _workdays()


def _day(s: str) -> date:
    d = D(s)
    if d not in WORKDAYS:
        raise ValueError(f"{s} is not a working day of the window")
    return d


def _before(d: date, n: int) -> date:
    """The working day n (1 to 4) working days before d, inside the window."""
    i = WORKDAYS.index(d)
    if not 1 <= n <= 4 or i - n < 0:
        raise ValueError(f"{n} working days before {d} leaves the window")
    return WORKDAYS[i - n]


def T(s: str) -> str:
    return dedent(s).strip("\n")


def _b(body: str, hello: str, sig: str) -> str:
    return body.replace("@HELLO", hello) + "\n\n" + sig


class Mail(NamedTuple):
    frm: str
    subj: str
    body: str


class Q(NamedTuple):
    """One earlier message under the reply: the mail, its addressee, how many working days before the message above
    it it was sent, and at what time."""

    mail: Mail
    to: str
    back: int
    hm: str


QUOTING = ("gmail_fr", "apple_fr", "iphone_fr", "gmail_en", "gmail_us", "apple_en")


def _inline(style: str, q: Q, d: date, body: str, answers: tuple[tuple[str, str], ...]) -> str:
    """The quoted email with the prospect's answers typed after the lines holding their anchors (the quoted lines
    keep their `>` in Gmail and Apple Mail, the answers have none)."""
    quoting = style in QUOTING
    out: list[str] = []
    for anchor, _ in answers:
        if sum(anchor in ln for ln in body.split("\n")) != 1:
            raise ValueError(f"anchor {anchor!r} must hold exactly one line")
    lines = body.split("\n")
    for i, ln in enumerate(lines):
        out.append((("> " + ln) if ln else ">") if quoting else ln)
        typed = [T(answer) for anchor, answer in answers if anchor in ln]
        if typed:
            out.extend(["", "\n\n".join(typed)])
            if i + 1 < len(lines) and lines[i + 1]:
                out.append("")
    marker = "@@BODY@@"
    head = block(style, q.mail.frm, q.to, q.mail.subj, d, q.hm, marker)
    return head.replace(("> " + marker) if quoting else marker, "\n".join(out))


def R(
    lang: str,
    label: str,
    sent: str,
    top: str,
    style: str,
    *levels: Q,
    answers: tuple[tuple[str, str], ...] = (),
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """A reply: the prospect's new text above the thread, each earlier message 1 to 4 working days before the one
    above it."""
    d = _day(sent)
    dates = []
    for q in levels:
        d = _before(d, q.back)
        dates.append(d)
    thread = ""
    for i in range(len(levels) - 1, -1, -1):
        q = levels[i]
        body = q.mail.body + thread
        if i == 0 and answers:
            thread = _inline(style, q, dates[i], body, answers)
        else:
            thread = block(style, q.mail.frm, q.to, q.mail.subj, dates[i], q.hm, body)
    text = (T(top) + thread).lstrip("\n")
    return C(lang, label, text, sent=sent, until=until, referral=referral)


def A(lang: str, label: str, sent: str, text: str) -> dict[str, Any]:
    """A message with no thread under it (absence notices, receipts, bounces, acknowledgements)."""
    _day(sent)
    return C(lang, label, T(text), sent=sent)


# --------------------------------------------------------------------------- (1) Grefalis, legal software, Lyon

G_FROM = "Clémence Vautrin <c.vautrin@grefalis.example>"
G_SIG = T(
    """
    Clémence Vautrin
    Responsable grands comptes – Professions juridiques
    Grefalis SAS · 8 passage Montbrison · 69003 Lyon
    04 65 71 20 36 · 06 39 98 12 57
    www.grefalis.example

    Vous ne souhaitez plus recevoir nos messages ? Répondez DÉSINSCRIRE ou écrivez à dpo@grefalis.example.
    """
)


def g_demo(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        À chaque ouverture de dossier, votre cabinet doit s'assurer qu'il n'existe aucun conflit d'intérêts avec ses clients, ses anciens clients et les parties adverses. Chez la plupart des cabinets que nous équipons, ce contrôle prenait 10 à 20 minutes, à la main, dans un tableur partagé.

        Grefalis Cabinet le fait au moment où vous créez le dossier : recherche phonétique sur toutes vos fiches (personnes physiques, sociétés, dirigeants), alerte motivée, et trace horodatée du contrôle à produire si l'Ordre vous interroge.

        Le logiciel gère aussi les temps passés, la facturation, les règlements CARPA et la signature électronique qualifiée de vos conventions d'honoraires.

        Seriez-vous disponible 30 minutes la semaine prochaine pour une démonstration en visio ? Vous pouvez choisir un créneau ici : https://rdv.grefalis.example/c-vautrin

        Bien cordialement,

        """
    )
    return Mail(G_FROM, "Conflits d'intérêts : 3 secondes à l'ouverture du dossier", _b(body, hello, G_SIG))


def g_guide(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        De plus en plus d'offices signent leurs actes à distance, et les questions que l'on nous pose sont toujours les mêmes : quelle différence entre signature avancée et signature qualifiée, comment vérifier l'identité d'un client à distance, combien de temps archiver, et que regarde l'inspection ?

        Nous avons réuni les réponses dans un guide de 12 pages, relu par un notaire honoraire et une commissaire de justice. Voulez-vous que je vous l'envoie ? Un simple « oui » en réponse suffit.

        Grefalis Étude, notre logiciel pour les offices notariaux et les études de commissaires de justice, intègre cette signature qualifiée, la gestion des actes et des formalités, la comptabilité d'office et un coffre-fort numérique. Essai gratuit de 30 jours, sans engagement.

        Bien cordialement,

        """
    )
    return Mail(G_FROM, "Signature qualifiée des actes : notre guide 2030", _b(body, hello, G_SIG))


def g_trial(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Je me permets de revenir vers vous au sujet de Grefalis. Jusqu'au 31 juillet, la reprise de vos données depuis votre logiciel actuel est offerte : dossiers, fiches clients, modèles d'actes et historique de facturation.

        Nos tarifs démarrent à 79 € HT par utilisateur et par mois, signature qualifiée comprise, sans frais d'installation ni engagement de durée.

        Souhaitez-vous que j'active un essai gratuit de 30 jours pour votre équipe ?

        Bien cordialement,

        """
    )
    return Mail(G_FROM, "Grefalis : reprise de vos données offerte jusqu'au 31 juillet", _b(body, hello, G_SIG))


# --------------------------------------------------------------------------- (2) Harcourt Lane, legal recruitment, London

H_FROM = "Tom Aldridge <tom.aldridge@harcourtlane.example>"
H_SIG = T(
    """
    Tom Aldridge
    Senior Consultant – Private Practice
    Harcourt Lane Legal Recruitment
    Unit 4, 19 Greville Mews, London EC1N 8XS
    T: 020 7946 0417 | M: 07700 900318

    Harcourt Lane Ltd, registered in England and Wales no. 09990417. If you'd rather not hear from us, just reply REMOVE.
    """
)


def h_nq(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        I'm representing three newly qualified solicitors who finish their qualifying work experience in August and September and are open to a move:

        - Candidate A – residential and commercial property, QWE at a 40-partner firm in Leeds, SQE1 and SQE2 passed first time
        - Candidate B – private client (wills, LPAs, probate), strong on inheritance tax, currently in Sheffield
        - Candidate C – commercial disputes, six months on secondment in-house, happy to relocate

        All three are pre-screened and referenced, and their anonymised profiles are attached.

        Worth a quick 15-minute call this week to see whether any of them fit?

        Best,
        Tom

        """
    )
    return Mail(H_FROM, "Three 2030 NQs – property, private client, disputes", _b(body, hello, H_SIG))


def h_para(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        If the summer is going to leave you short, we have paralegals ready to start within a week – conveyancing, probate, insolvency and litigation support – on a temporary or temp-to-perm basis, from £19.50 an hour.

        For permanent hires our fee is 15% of first-year salary, with a 12-week rebate, and nothing is payable unless you hire.

        I've also put together our 2030 NQ & Paralegal Salary Guide, region by region – happy to send it over if it would be useful.

        Best,
        Tom

        """
    )
    return Mail(H_FROM, "Paralegal cover for the summer", _b(body, hello, H_SIG))


def h_follow(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Just bumping this up your inbox. Shall I put your firm on our priority list for summer paralegal cover? There's no commitment until you choose someone.

        Best,
        Tom

        """
    )
    return Mail(H_FROM, "RE: Paralegal cover for the summer", _b(body, hello, H_SIG))


def h_hold(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Quick update: candidate B has had interest from two other firms this week. If you'd like me to hold her for you while you think it over, just say the word.

        Best,
        Tom

        """
    )
    return Mail(H_FROM, "RE: Three 2030 NQs – property, private client, disputes", _b(body, hello, H_SIG))


# --------------------------------------------------------------------------- (3) Bureau Verhaegen, sworn translations, Brussels

V_FROM = "Maud Verhaegen <maud@verhaegen-traductions.example>"
V_SIG = T(
    """
    Maud Verhaegen
    Gérante – traductrice jurée (FR-NL-EN)
    Bureau Verhaegen Traductions srl
    Rue des Trois-Tilleuls 17 · 1170 Bruxelles
    +32 2 555 01 36

    Pour ne plus recevoir nos courriels, répondez « retrait ».
    """
)


def v_etude(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Je me permets de vous présenter le Bureau Verhaegen, agence de traduction jurée établie à Bruxelles depuis 2009. Nos traducteurs sont assermentés auprès des tribunaux de première instance de Bruxelles, de Liège et de Namur, et traduisent vers et depuis le néerlandais, l'allemand, l'anglais, l'espagnol, l'italien, le polonais, le roumain et l'arabe.

        Pour les études, nous prenons en charge :
        – la traduction jurée des actes, procurations, statuts et actes d'état civil ;
        – la légalisation et l'apostille auprès du SPF Affaires étrangères ;
        – l'enlèvement et le retour des originaux par coursier.

        Nos tarifs démarrent à 42 € HTVA la page, délai standard de trois jours ouvrables (urgence 24 h sur demande). Envoyez-nous simplement le document scanné : vous recevrez un devis dans les deux heures.

        Puis-je passer à votre étude pour vous présenter nos services et vous laisser notre grille tarifaire ?

        Bien cordialement,

        """
    )
    return Mail(V_FROM, "Traductions jurées et apostilles pour votre étude", _b(body, hello, V_SIG))


def v_suisse(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Le Bureau Verhaegen, agence de traduction jurée établie à Bruxelles depuis 2009, travaille aussi pour des études de notaires à Genève, dans le canton de Vaud et à Neuchâtel.

        Nous traduisons vers et depuis l'allemand, l'italien, l'anglais, le néerlandais et l'espagnol, en traduction certifiée conforme, et nous chargeons de la légalisation et de l'apostille. Les originaux vous sont retournés par courrier recommandé. Tarif à partir de 48 CHF la page, délai standard de cinq jours ouvrables.

        Je serais heureuse de vous adresser notre documentation et un exemple de traduction certifiée. Préférez-vous la recevoir par courrier ou par courriel ?

        Bien cordialement,

        """
    )
    return Mail(V_FROM, "Traductions certifiées pour votre étude", _b(body, hello, V_SIG))


def v_avocat(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Vos pièces en néerlandais, en allemand ou en anglais doivent être traduites avant d'être déposées ? Le Bureau Verhaegen traduit pour une quarantaine de cabinets d'avocats : pièces, conclusions, jugements et commissions rogatoires, en traduction jurée, avec légalisation si nécessaire.

        Tarif à partir de 42 € HTVA la page, délai standard de trois jours ouvrables, urgence 24 h (+ 50 %). Les pièces peuvent être enlevées à votre cabinet et déposées au greffe par coursier.

        Puis-je passer à votre cabinet un de ces jours pour vous présenter notre service ?

        Bien cordialement,

        """
    )
    return Mail(V_FROM, "Traduction jurée de vos pièces et conclusions", _b(body, hello, V_SIG))


# --------------------------------------------------------------------------- (4) Ardouin & Lemaire, RCP insurance broker, Bordeaux

A_FROM = "Romain Lemaire <r.lemaire@ardouin-lemaire.example>"
A_SIG = T(
    """
    Romain Lemaire
    Courtier associé
    Ardouin & Lemaire Courtage – ORIAS n° 30 000 000
    9 allée des Chartrons · 33000 Bordeaux
    05 36 49 18 72

    Pour ne plus recevoir nos offres : répondez STOP.
    """
)


def a_notaire(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        La garantie collective de la profession couvre l'essentiel, mais elle a ses plafonds ; au-delà, c'est la garantie complémentaire de l'office qui joue, et c'est là que nous constatons le plus d'écarts d'un office à l'autre : plafond par sinistre, franchise, cyber, perte ou destruction de minutes.

        Nous proposons aux notaires un audit gratuit de leurs garanties : 20 minutes au téléphone, puis une note écrite comparant votre contrat à trois offres du marché.

        Voulez-vous que nous fixions un rendez-vous téléphonique ?

        Bien à vous,

        """
    )
    return Mail(A_FROM, "Votre garantie complémentaire RCP : un audit gratuit", _b(body, hello, A_SIG))


def a_avocat(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Le contrat collectif souscrit par votre Ordre ou votre Chambre couvre votre responsabilité civile professionnelle jusqu'à un certain plafond. Au-delà, c'est un excédent de garantie qui joue, et beaucoup de cabinets découvrent qu'ils n'en ont pas au moment du sinistre.

        Nous plaçons pour les avocats et les commissaires de justice :
        – l'excédent de garantie RCP (de 1 à 5 M€ par sinistre), pour l'exercice individuel comme pour les SELARL ;
        – l'option cyber (rançongiciel, reconstitution des données, notification à la CNIL) ;
        – la protection juridique du cabinet.

        Un audit gratuit de vos garanties prend 20 minutes au téléphone. Pour un cabinet individuel, l'excédent démarre à 690 € TTC par an ; nous vous remettons une proposition sous 48 heures à partir de votre chiffre d'affaires et de votre effectif.

        Souhaitez-vous recevoir une proposition ?

        Bien à vous,

        """
    )
    return Mail(A_FROM, "Excédent de garantie RCP et option cyber", _b(body, hello, A_SIG))


def a_relance(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Je reviens vers vous au sujet de votre assurance de responsabilité civile professionnelle. Depuis mon dernier message, nous avons ouvert notre contrat groupe « Professions du droit – Sud-Ouest » : adhésion sur simple formulaire, pas de questionnaire de sinistralité en dessous de 2 M€ de plafond, et l'option cyber à tarif négocié.

        Dites-moi simplement si le sujet vous intéresse ; je m'occupe du reste.

        Bien à vous,

        """
    )
    return Mail(A_FROM, "RCP : notre contrat groupe Professions du droit", _b(body, hello, A_SIG))


# --------------------------------------------------------------------------- (5) Clonmore Compliance, AML training, Galway

C_FROM = "Aoife Brennan <aoife@clonmorecompliance.example>"
C_SIG = T(
    """
    Aoife Brennan
    Director, Clonmore Compliance Ltd
    Unit 6, Harbour Court, Galway H91 X2Y7
    +353 91 555 0164

    Clonmore Compliance Ltd, registered in Ireland no. 700164. Don't want these emails? Reply UNSUBSCRIBE.
    """
)


def c_webinar(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Our next free webinar is on Wednesday 19 June at 11:00 (Irish time): "Source of funds, source of wealth: what the inspectors actually ask for". Forty-five minutes with a former regulatory investigator, and questions at the end.

        Just reply YES to this email and I'll send you the joining link.

        If you can't make it, our AML e-learning for solicitors (2 hours, counts towards your regulatory matters CPD) is €39 per user, and we run half-day in-house workshops from €1,350 + VAT.

        Kind regards,
        Aoife

        """
    )
    return Mail(
        C_FROM,
        "Free webinar: source of funds – what the inspectors ask (Wed 19 June)",
        _b(body, hello, C_SIG),
    )


def c_check(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Since the last round of supervisory visits, the question we hear most from accountants and insolvency practitioners is: "is our firm-wide risk assessment good enough?"

        We offer a free 30-minute AML health check call: we go through your risk assessment, client due diligence files and training records, and send you a one-page summary of the gaps. You can also have our firm-wide risk assessment template (Word) free of charge.

        Our AML e-learning (2 hours, CPD-eligible) is €39 per user, and we run half-day in-house workshops, in person or online, from €1,350 + VAT.

        Can I book you in for a health check call?

        Kind regards,
        Aoife

        """
    )
    return Mail(C_FROM, "A 30-minute AML health check for your practice", _b(body, hello, C_SIG))


def c_relance(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Just following up on my last email. If the timing wasn't right for the webinar, I'd be glad to set up a free 30-minute AML health check call for your firm instead, or to get your team started on our e-learning (2 hours, CPD-eligible, €39 per user).

        We're now booking in-house workshops for September and October.

        Kind regards,
        Aoife

        """
    )
    return Mail(C_FROM, "Following up: AML training for your team", _b(body, hello, C_SIG))


# --------------------------------------------------------------------------- (6) Vaultmere, archive and deeds storage, Wakefield

W_FROM = "Gareth Pryce <gareth.pryce@vaultmere.example>"
W_SIG = T(
    """
    Gareth Pryce
    Business Development Manager
    Vaultmere Archive Services Ltd
    Unit 3, Calder Park Way, Wakefield WF2 7XA
    0113 496 0251 | 07700 900742

    Not for you? Reply OPT OUT and we'll take you off our list.
    """
)


def w_deeds(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Most firms we speak to have a strongroom that's full, a basement that floods now and then, and a will bank nobody has indexed for years.

        Vaultmere keeps deeds and original wills in a fire-rated vault in Wakefield, indexed to your matter numbers, with retrieval of a single packet within 24 hours (or a scan the same day for £3.50). General archive boxes are from 28p per box per week, and we collect your first 100 boxes free.

        Could I pop in for a 20-minute survey of your archive? No charge and no obligation.

        Kind regards,
        Gareth

        """
    )
    return Mail(W_FROM, "Deeds and wills: off-site, indexed, retrieved in 24 hours", _b(body, hello, W_SIG))


def w_destroy(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Old papers are a risk as well as a cost: every box of closed files in a basement is personal data you are still responsible for.

        Vaultmere offers secure destruction to BS EN 15713 with a certificate for every collection, on-site shredding if you'd rather watch it happen, and bulk scanning of the files you need to keep (from 6p per page, indexed to your own references). Storage is from 28p per box per week if some of it has to stay.

        If you can tell me roughly how many boxes you hold, I can give you an idea of cost, or I'm happy to pop round and take a look.

        Kind regards,
        Gareth

        """
    )
    return Mail(W_FROM, "Closed files: scanning, storage and certified destruction", _b(body, hello, W_SIG))


def w_relance(hello: str) -> Mail:
    body = T(
        """
        @HELLO

        Just following up on my note about deeds and will storage. One thing I didn't mention: we also take over the will banks of retiring practitioners and of firms that are merging, index them, and deal with executors' requests on your behalf.

        If any of this is of interest, just let me know.

        Kind regards,
        Gareth

        """
    )
    return Mail(W_FROM, "RE: Deeds and wills: off-site, indexed, retrieved in 24 hours", _b(body, hello, W_SIG))


# --------------------------------------------------------------------------- the replies

MEETING = [
    R(
        "fr",
        "meeting_request",
        "2030-06-13",
        """
        Bonjour Madame Vautrin,

        Jeudi prochain 14h me convient pour la démonstration. Comptez plutôt 45 minutes : mon associée voudra voir comment se passe la reprise de nos 2 400 dossiers (nous sommes sous Juristack depuis 2017 et ils ne fournissent qu'un export CSV, ce qui nous inquiète un peu).

        Merci d'envoyer l'invitation à mon adresse et à cabinet@berthier-ozanne.example.

        Me Laurent Berthier
        Avocat associé – Berthier Ozanne Avocats
        12 rue des Remparts, 33000 Bordeaux
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Laurent Berthier <l.berthier@berthier-ozanne.example>", 2, "08:47"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-18",
        """
        Bonjour Madame,

        Maître Ravel a pris connaissance de votre message. Plutôt que le guide, elle souhaiterait une présentation du logiciel à l'étude, avec les deux notaires salariés, un mardi ou un jeudi matin de préférence (pas avant 9h30, nous avons des signatures jusqu'à 9h15).

        Pourriez-vous me proposer deux ou trois dates en juillet ? Je me charge de bloquer les agendas.

        Bien cordialement,

        Sylvie Garnaud
        Secrétariat de Maître Anne Ravel
        Office notarial Ravel – 4 place du Marché, 37500 Chinon
        Tél. 02 61 91 40 12
        """,
        "outlook_fr",
        Q(g_guide("Maître,"), "Etude Ravel <etude.ravel@notaires-chinon.example>", 3, "10:02"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-20",
        """
        rappelez moi au 06 39 98 41 27 apres 18h svp, jsuis en audience tte la journée au TJ. C pour l'excédent, mon contrat actuel plafonne a 500k et j'ai un dossier de cession de fonds qui me fait un peu peur

        Me K. Benali
        """,
        "iphone_fr",
        Q(a_avocat("Maître,"), "Karim Benali <kbenali.avocat@mailo.example>", 1, "16:31"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-25",
        """
        Bonjour Madame,

        Voir nos réponses dans votre texte (en majuscules, ce poste n'a pas la couleur).

        F. Lenoir, pour Me Dewandre
        """,
        "outlook_fr",
        Q(v_etude("Maître,"), "Etude Dewandre <info@notaire-dewandre.example>", 2, "09:15"),
        answers=(
            (
                "Puis-je passer à votre étude",
                "OUI, LE MARDI 2 JUILLET A 10H SI POSSIBLE. DEMANDEZ MME LENOIR A L'ACCUEIL.",
            ),
            ("Nos tarifs démarrent à 42", "DEGRESSIF AU-DELA DE 20 PAGES ?"),
        ),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-07-02",
        """
        Monsieur,

        J'accuse réception de votre courriel de la semaine dernière, dont j'ai pris connaissance avec intérêt.

        Notre garantie complémentaire est arrivée à échéance il y a peu et a été reconduite sans véritable mise en concurrence, ce que je regrette. Avant toute chose, je souhaiterais que nous ayons un entretien téléphonique afin que vous m'exposiez votre méthode ; vous pourrez ensuite, le cas échéant, me chiffrer une proposition.

        Je suis disponible le mercredi 10 juillet entre 9h et 10h30, ou le vendredi 19 juillet en début d'après-midi. Mon assistante, Mme Delphine Roux, vous communiquera le numéro de ma ligne directe.

        Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

        Maître Hervé Castaing
        Notaire associé
        SCP Castaing, Murat & Fleury, notaires
        18 cours Victor-Hugo, 47000 Agen
        """,
        "outlook_fr",
        Q(a_notaire("Maître,"), "Hervé Castaing <h.castaing@castaing-notaires.example>", 4, "11:20"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-12",
        """
        Ok pour un call de 30 min, envoyez-moi une invit Teams pour vendredi, n'importe quand après 11h. On est 2 associés + 6 clercs et on sort d'une grosse galère avec notre éditeur actuel (màj ratée en avril, 3 jours sans accès aux actes), donc timing parfait.

        Thx
        Nicolas Ferrand
        Commissaire de justice associé – Ferrand & Lagarde, Dijon
        """,
        "gmail_fr",
        Q(g_trial("Maître,"), "Nicolas Ferrand <n.ferrand@ferrand-lagarde-cj.example>", 1, "14:05"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-27",
        """
        Bonjour Madame,

        Notre étude a régulièrement besoin de traductions certifiées, surtout de l'allemand (actes de vente et procurations venant de Zurich et de Bâle) et parfois de l'italien.

        Avant de vous confier quoi que ce soit, j'aimerais en parler de vive voix, notamment pour la question de la légalisation côté suisse. Pourriez-vous m'appeler au +41 22 555 01 84, de préférence entre 8h et 9h ?

        Meilleures salutations,

        Pascale Rochat
        Notaire
        Étude Rochat & Girardet – Rue des Granges-Neuves 9, 1204 Genève
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Pascale Rochat <p.rochat@rochat-girardet.example>", 2, "15:40"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-07-04",
        """
        Bonjour,

        L'audit par téléphone, je passe mon tour : mon contrat a été renégocié l'an dernier.

        En revanche l'option cyber m'intéresse vraiment (un confrère de Mérignac s'est fait chiffrer tout son serveur en mars). On peut se voir au cabinet un de ces jours ? Je suis à Talence, parking facile.

        Bien à vous,
        Me Camille Dupeyron
        """,
        "gmail_fr",
        Q(a_avocat("Maître,"), "Camille Dupeyron <cabinet@dupeyron-avocat.example>", 2, "09:55"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-06-19",
        """
        Oui, c'est le bon moment cette fois. Par contre votre lien de réservation m'affiche une page blanche (Safari). Je prends mardi 16h si c'est toujours libre, sinon proposez-moi autre chose.

        Me Sophie Aubrac
        """,
        "apple_fr",
        Q(
            Mail(
                G_FROM,
                "Re: Conflits d'intérêts : 3 secondes à l'ouverture du dossier",
                "Bonjour Maître,\n\nComme convenu, je reviens vers vous cette semaine. Voici à nouveau le lien de mon agenda pour la démonstration : https://rdv.grefalis.example/c-vautrin\n\nBien cordialement,\n\n"
                + G_SIG,
            ),
            "Sophie Aubrac <s.aubrac@aubrac-avocat.example>",
            2,
            "08:30",
        ),
        Q(
            Mail(
                "Sophie Aubrac <s.aubrac@aubrac-avocat.example>",
                "Re: Conflits d'intérêts : 3 secondes à l'ouverture du dossier",
                "Pas cette semaine, je plaide à Riom jeudi et vendredi. Relancez-moi lundi.\n\nS. Aubrac",
            ),
            G_FROM,
            2,
            "07:58",
        ),
        Q(g_demo("Maître,"), "Sophie Aubrac <s.aubrac@aubrac-avocat.example>", 2, "09:12"),
    ),
    R(
        "fr",
        "meeting_request",
        "2030-07-09",
        """
        Bonjour,

        Pouvez-vous me communiquer vos tarifs pour le néerlandais et, surtout, passer au cabinet jeudi ou vendredi ? Nous avons près de 300 pages de pièces en souffrance pour une audience à Gand en septembre, et je préfère expliquer le contexte en personne.

        Bàv,

        Thomas Servais
        Avocat au barreau de Bruxelles
        Servais & Van Hool – Rue du Vieux-Cerisier 14, 1050 Bruxelles
        """,
        "owa_fr",
        Q(v_avocat("Maître,"), "Thomas Servais <t.servais@servais-vanhool.example>", 1, "17:12"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-12",
        """
        Tom,

        Yes let's talk. Tuesday after 2 works, or Weds morning. We need a resi conveyancing paralegal asap, one of ours has handed in her notice and we're drowning in completions.

        Bev

        Beverley Marsh
        Practice Manager | Holroyd Brant Solicitors
        """,
        "gmail_en",
        Q(h_para("Hi Beverley,"), "Beverley Marsh <bev.marsh@holroydbrant.example>", 2, "09:03"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-14",
        """
        Aoife,

        I can't do the 19th - I'm in the Circuit Court in Ennis that morning. Could one of your team ring me instead to talk through the in-house workshop? Best number is 087 555 0142, any afternoon next week.

        Dónal Mac Mathúna
        Mac Mathúna & Co. Solicitors
        Abbey Lane, Ennis, Co. Clare
        """,
        "outlook_en",
        Q(c_webinar("Dear Dónal,"), "Dónal Mac Mathúna <donal@macmathuna-solicitors.example>", 3, "10:45"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-24",
        """
        Dear Gareth,

        Our Senior Clerk would like you to come and look at the basement store. We have roughly 600 boxes of old papers going back to the 1990s, most of which can go, and some which members insist on keeping.

        Would Monday 1 July at 3.30pm suit? Please ask for Darren at the front desk.

        Kind regards,

        Kelly Ashworth
        Chambers Administrator
        Old Mitre Chambers
        2 Cursitor Row, London EC4A 1LT
        DX 400 Chancery Lane

        This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Old Mitre Chambers is not a legal entity; its members are self-employed barristers regulated by the Bar Standards Board.
        """,
        "outlook_en",
        Q(w_destroy("Dear Ms Ashworth,"), "Kelly Ashworth <admin@oldmitrechambers.example>", 1, "13:26"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-07-03",
        """
        Gareth - answers in line below.

        Steve
        """,
        "outlook_en",
        Q(w_destroy("Dear Mr Parkin,"), "Steve Parkin <steve.parkin@corriganholt.example>", 2, "11:48"),
        answers=(
            (
                "pop round",
                "[SP] Yes please - a survey at our Leeds office, Thursday or Friday next week. My direct line is 0113 496 0977.",
            ),
            (
                "roughly how many boxes",
                "[SP] c. 2,300 boxes of books and records from closed cases, plus a mountain of lever arch files.",
            ),
        ),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-26",
        """
        Happy to look at this. Grab a slot that suits here: https://cal.example/ruth-okafor/20min

        Ruth
        --
        Ruth Okafor FCA
        Okafor Lyons Chartered Accountants, Limerick
        """,
        "gmail_en",
        Q(c_check("Dear Ruth,"), "Ruth Okafor <ruth@okaforlyons.example>", 1, "08:14"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-20",
        """
        Don't unsubscribe me just yet :) We may need an NQ for the private client team from September, and candidate B looks interesting. Call me tomorrow at 10.15 on 0113 496 0782?

        Harriet

        Harriet Oyelaran
        Partner, Private Client | Beckwith Lyle LLP
        """,
        "gmail_en",
        Q(h_nq("Dear Harriet,"), "Harriet Oyelaran <h.oyelaran@beckwithlyle.example>", 3, "08:22"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-07-04",
        """
        Hi Aoife,

        Mr Kavanagh has asked me to set up the 30 minute health check call with you. He is free Thursday 11th at 2.30pm or Friday 12th in the morning, whichever suits.

        Please send the invite to me and I'll put it in his diary.

        Thanks,
        Siobhán

        Siobhán Geraghty
        Legal Secretary to Peter Kavanagh
        Kavanagh Doyle Solicitors LLP, Mallow, Co. Cork
        """,
        "gmail_en",
        Q(c_relance("Dear Mr Kavanagh,"), "Peter Kavanagh <pkavanagh@kavanaghdoyle.example>", 2, "09:40"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-07-10",
        """
        Survey yes. When?

        Sent from my iPhone
        """,
        "apple_en",
        Q(w_deeds("Dear Mr Okonjo,"), "Daniel Okonjo <dokonjo@okonjo-law.example>", 1, "16:02"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-06-07",
        """
        Tom

        What's your fee on a £38k NQ? And can we do a Teams at 4 on Monday to go through candidates A and C? I've the partners' meeting on Tuesday and want something to put in front of them.

        Rgds
        Neil Dobson
        Managing Partner
        Dobson Keane Solicitors
        """,
        "outlook_en",
        Q(h_nq("Dear Neil,"), "Neil Dobson <neil.dobson@dobsonkeane.example>", 3, "12:10"),
    ),
    R(
        "en",
        "meeting_request",
        "2030-07-16",
        """
        Hi Aoife,

        We already have a provider for the live sessions, but I'd like to see your e-learning platform in action before our renewal comes round. Could you do a screen-share demo some time next week? Our MLRO, Fiona, would join.

        Regards,
        Brendan Costigan ACA
        Costigan Ward & Partners, Kilkenny
        """,
        "outlook_en",
        Q(c_check("Dear Brendan,"), "Brendan Costigan <bcostigan@costiganward.example>", 4, "10:05"),
    ),
]

INTERESTED = [
    R(
        "fr",
        "interested",
        "2030-06-18",
        """
        Partant.

        Envoyé depuis mon smartphone Galaxy
        """,
        "android_fr",
        Q(g_trial("Maître,"), "Olivier Ménard <o.menard@menard-notaire.example>", 1, "17:45"),
    ),
    R(
        "fr",
        "interested",
        "2030-06-24",
        """
        Votre message tombe à pic : notre assureur vient d'augmenter la prime de 18 % sans la moindre explication. Le sujet m'intéresse, clairement.

        Me Agnès Fabre
        Fabre Avocats – 7 rue du Palais-Gallien, 33000 Bordeaux
        """,
        "gmail_fr",
        Q(a_relance("Maître,"), "Agnès Fabre <contact@fabre-avocats.example>", 2, "09:31"),
    ),
    R(
        "fr",
        "interested",
        "2030-06-27",
        """
        Bonjour,

        Ok pour l'essai. C'est mon clerc principal, Théo, qui s'occupera de la prise en main.

        Cordialement,

        Me Géraldine Poulain
        Commissaire de justice
        Étude Poulain – 22 rue Nationale, 59000 Lille
        """,
        "outlook_fr",
        Q(g_trial("Maître,"), "Géraldine Poulain <g.poulain@poulain-cj.example>", 2, "14:17"),
    ),
    R(
        "fr",
        "interested",
        "2030-07-01",
        """
        Bonjour Madame Verhaegen,

        Votre courriel tombe bien : notre traducteur habituel, M. Claes, prend sa retraite à la fin de l'été et nous cherchions justement quelqu'un pour les actes en néerlandais et en allemand. Nous vous enverrons les prochains dossiers.

        Bien à vous,

        Isabelle Hanquet
        Notaire
        Étude Hanquet – Place Saint-Aubain 3, 5000 Namur
        """,
        "outlook_fr",
        Q(v_etude("Maître,"), "Isabelle Hanquet <isabelle.hanquet@notaire-hanquet.example>", 1, "10:20"),
    ),
    R(
        "fr",
        "interested",
        "2030-07-05",
        "",
        "gmail_fr",
        Q(g_demo("Maître,"), "Bertrand Kessler <b.kessler@kessler-avocats.example>", 3, "08:55"),
        answers=(
            ("Grefalis Cabinet le fait au moment", "C'est exactement ce qui nous manque."),
            (
                "Seriez-vous disponible 30 minutes",
                "Pas besoin de démo, on l'a vue sur votre stand au congrès en mai. Banco.",
            ),
        ),
    ),
    R(
        "fr",
        "interested",
        "2030-07-08",
        """
        Ok.

        Obtenir Outlook pour Android
        """,
        "outlook_fr",
        Q(a_relance("Maître,"), "Pierre-Yves Laborde <py.laborde@laborde-avocat.example>", 2, "15:02"),
    ),
    R(
        "fr",
        "interested",
        "2030-06-14",
        """
        Madame,

        Votre offre a retenu toute mon attention. L'étude recourt fréquemment à des traductions certifiées de l'allemand et de l'italien, et nos prestataires actuels ne sont pas toujours à la hauteur de nos exigences de délai.

        Je ne manquerai pas de faire appel à vos services pour nos prochains dossiers.

        Veuillez agréer, Madame, mes salutations distinguées.

        Me Jean-Philippe Vuilleumier
        Notaire
        Étude Vuilleumier – Avenue de la Gare 12, 1003 Lausanne
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Jean-Philippe Vuilleumier <jp.vuilleumier@vuilleumier-notaire.example>", 2, "11:11"),
    ),
    R(
        "fr",
        "interested",
        "2030-07-10",
        """
        Pas inintéressant du tout, d'autant qu'on fait encore les conflits à la main sur un Excel partagé… On en parle lundi en réunion d'associés et je vous tiens au courant.

        Marc-Antoine Lebrun
        Lebrun Chatel Avocats

        Envoyé de mon iPad
        """,
        "apple_fr",
        Q(g_demo("Maître,"), "Marc-Antoine Lebrun <ma.lebrun@lebrunchatel.example>", 1, "18:03"),
    ),
    R(
        "fr",
        "interested",
        "2030-07-16",
        """
        Bjr, interessant, on a souvent des significations a faire en Flandre et nos traductions viennent de 3 bureaux differents, c le bazar. Je garde vos coordonnées precieusement !

        Julien Decroix
        Commissaire de justice – Lille
        """,
        "gmail_fr",
        Q(v_etude("Maître,"), "Julien Decroix <jdecroix.cj@gmail.example>", 2, "12:44"),
    ),
    R(
        "fr",
        "interested",
        "2030-07-19",
        """
        On connaît déjà, un confrère l'utilise depuis un an et ne jure que par ça. On y va : 3 postes, vous pouvez activer.

        Anne-Laure Sabatier
        Avocate – Sabatier & Roux, Montpellier
        """,
        "owa_fr",
        Q(g_trial("Maître,"), "Anne-Laure Sabatier <al.sabatier@sabatier-roux.example>", 3, "10:36"),
    ),
    R(
        "en",
        "interested",
        "2030-06-21",
        """
        Go

        Get Outlook for iOS
        """,
        "outlook_en",
        Q(h_follow("Hi Josh,"), "Josh Whitfield <josh@whitfieldmarsh.example>", 1, "08:50"),
        Q(h_para("Hi Josh,"), "Josh Whitfield <josh@whitfieldmarsh.example>", 3, "09:05"),
    ),
    R(
        "en",
        "interested",
        "2030-06-11",
        """
        YES

        Maeve Tierney
        Solicitor | Tierney & Quinlan, Tralee
        """,
        "gmail_en",
        Q(c_webinar("Dear Maeve,"), "Maeve Tierney <maeve@tierneyquinlan.example>", 1, "11:02"),
    ),
    R(
        "en",
        "interested",
        "2030-07-11",
        """
        Gareth,

        Sounds like exactly what we need for the will bank - we inherited two retiring practitioners' wills last year and they are still in the boxes they arrived in. Count us in.

        Regards
        Helen Mortimer
        Office Manager, Tanfield & Rowe LLP
        """,
        "outlook_en",
        Q(w_relance("Dear Helen,"), "Helen Mortimer <h.mortimer@tanfieldrowe.example>", 2, "14:22"),
    ),
    R(
        "en",
        "interested",
        "2030-06-17",
        """
        Thanks Tom - the profiles look strong, particularly B. Leave it with me.

        N.
        """,
        "apple_en",
        Q(h_nq("Dear Nadia,"), "Nadia Sheikh <n.sheikh@sheikhdavies.example>", 4, "09:48"),
    ),
    R(
        "en",
        "interested",
        "2030-06-13",
        """
        Hi Aoife, see below.

        Colm
        """,
        "gmail_en",
        Q(c_webinar("Dear Colm,"), "Colm Fitzgerald <colm@fitzgeraldsolicitors.example>", 2, "10:18"),
        answers=(
            ("Just reply YES", "Not for me, I'm in court that day."),
            (
                "our AML e-learning for solicitors",
                "Definitely interested in this for our four fee earners, the CPD year ends in December and we're behind.",
            ),
        ),
    ),
    R(
        "en",
        "interested",
        "2030-07-17",
        """
        We've had enough of our current provider losing files. Happy to move across - I'll get our office manager to pull together a box count.

        Graham
        """,
        "gmail_en",
        Q(w_relance("Dear Graham,"), "Graham Whitely <gwhitely@whitely-ip.example>", 1, "09:14"),
    ),
    R(
        "en",
        "interested",
        "2030-07-02",
        """
        Sure, sounds good 👍

        Rachel
        """,
        "gmail_en",
        Q(h_hold("Hi Rachel,"), "Rachel Birtwistle <rachel@birtwistlefox.example>", 1, "16:40"),
        Q(h_nq("Hi Rachel,"), "Rachel Birtwistle <rachel@birtwistlefox.example>", 4, "08:56"),
    ),
    R(
        "en",
        "interested",
        "2030-07-18",
        """
        ya thats grand, sign us up for the elearning for the 4 of us

        Sent from my Galaxy
        """,
        "gmail_en",
        Q(c_relance("Hi Eoin,"), "Eoin Brady <eoin@bradyandco.example>", 3, "13:30"),
    ),
    R(
        "en",
        "interested",
        "2030-06-28",
        """
        Gareth,

        Not interested in the scanning side at all, but the secure destruction is a yes from me. We've a cellar full of pre-2015 client files.

        Andrew Pickering FCA
        Pickering Lowe Chartered Accountants, Harrogate
        """,
        "outlook_en",
        Q(w_destroy("Dear Mr Pickering,"), "Andrew Pickering <andrew@pickeringlowe.example>", 2, "10:00"),
    ),
    R(
        "en",
        "interested",
        "2030-07-23",
        """
        Your timing is good - two of our paralegals are off to sit SQE2 in the autumn and we'll need cover. Definitely one for us.

        Lorraine Hatch
        HR Manager, Corbridge Fell LLP
        """,
        "orig_en",
        Q(h_para("Dear Lorraine,"), "Lorraine Hatch <lorraine.hatch@corbridgefell.example>", 2, "09:27"),
    ),
]

INFORMATION = [
    R(
        "fr",
        "information_request",
        "2030-06-11",
        """
        Bonjour,

        Pas avant la rentrée pour un changement de logiciel, nous avons trop de signatures d'ici fin juillet. Mais envoyez-moi votre guide sur la signature qualifiée, il m'intéressera pour l'assemblée de la Chambre.

        Bien cordialement,

        Me Frédéric Aumont
        Notaire à Vannes
        """,
        "outlook_fr",
        Q(g_guide("Maître,"), "Frédéric Aumont <f.aumont@aumont-notaire.example>", 1, "09:20"),
    ),
    R(
        "fr",
        "information_request",
        "2030-06-19",
        """
        Bonjour,

        Votre signature qualifiée est-elle utilisable pour les actes authentiques à distance, ou seulement pour les actes sous seing privé ? C'est le point bloquant pour nous. Et la vérification d'identité à distance, c'est vous qui la faites ou un prestataire ?

        Merci d'avance,
        Hélène Quémeneur
        Notaire, Office notarial de l'Odet, Quimper
        """,
        "gmail_fr",
        Q(g_guide("Maître,"), "Hélène Quémeneur <h.quemeneur@notaires-odet.example>", 2, "14:48"),
    ),
    R(
        "fr",
        "information_request",
        "2030-07-02",
        """
        Bonjour Madame,

        Vos traducteurs pour l'allemand sont-ils également assermentés pour la division d'Eupen ? Et pour les actes destinés à l'Allemagne, l'apostille : vous vous en chargez entièrement ou c'est à nous de passer au SPF ?

        Bien à vous,
        Me Luc Wintgens
        Notaire à Verviers
        """,
        "apple_fr",
        Q(v_etude("Maître,"), "Luc Wintgens <luc.wintgens@notaire-wintgens.example>", 1, "11:05"),
    ),
    R(
        "fr",
        "information_request",
        "2030-06-25",
        """
        Monsieur,

        Quelques questions dans le corps de votre message.

        Me Claire Dauzats
        """,
        "outlook_fr",
        Q(a_avocat("Maître,"), "Claire Dauzats <c.dauzats@dauzats-avocats.example>", 3, "10:12"),
        answers=(
            (
                "Le contrat collectif souscrit par votre Ordre",
                "[CD] Quelle différence concrète avec le contrat collectif du barreau, qui nous couvre déjà à 1,5 M€ ?",
            ),
            (
                "pour l'exercice individuel comme pour les SELARL",
                "[CD] Couvrez-vous aussi les SELAS ? Nous changeons de forme en septembre.",
            ),
            ("Souhaitez-vous recevoir une proposition", "[CD] On verra après vos réponses."),
        ),
    ),
    R(
        "fr",
        "information_request",
        "2030-07-09",
        """
        Madame,

        Je vous remercie de votre courriel. Pourriez-vous m'adresser, par courriel, la liste des langues et des traducteurs qui interviendraient, vos conditions générales ainsi qu'une attestation d'assurance responsabilité civile ? Nos procédures internes les exigent pour tout nouveau prestataire.

        Meilleures salutations,

        Me Stéphane Monnier
        Notaire
        Étude Monnier – Rue du Bassin 4, 2000 Neuchâtel
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Stéphane Monnier <s.monnier@monnier-notaire.example>", 2, "15:15"),
    ),
    R(
        "fr",
        "information_request",
        "2030-06-21",
        """
        bonjour, est ce que votre logiciel gere les constats avec photos horodatées ? et les significations electroniques par la plateforme de la chambre nationale ? merci

        J. Morvan, clerc
        """,
        "gmail_fr",
        Q(g_guide("Maître,"), "Etude Morvan <contact@morvan-cj.example>", 1, "08:36"),
    ),
    R(
        "fr",
        "information_request",
        "2030-07-15",
        """
        Monsieur,

        Nous sommes couverts par la garantie collective et par un contrat complémentaire souscrit en 2022… du moins je le crois, c'est mon prédécesseur qui l'avait signé. Comment savoir si notre plafond est suffisant au regard de notre activité ? Existe-t-il un ratio usuel par rapport au chiffre d'affaires ?

        Cordialement,

        Me Élodie Garrigues
        Notaire à Castres
        """,
        "outlook_fr",
        Q(a_notaire("Maître,"), "Élodie Garrigues <e.garrigues@garrigues-notaire.example>", 3, "09:58"),
    ),
    R(
        "fr",
        "information_request",
        "2030-07-17",
        """
        Pas de démo pour l'instant. Auriez-vous une plaquette ou une fiche technique que je puisse faire circuler entre associés ?

        R. Vidal
        """,
        "iphone_fr",
        Q(g_demo("Maître,"), "Raphaël Vidal <r.vidal@vidal-brun.example>", 2, "07:52"),
    ),
    R(
        "fr",
        "information_request",
        "2030-06-07",
        """
        Bonjour,

        Je transmets à ma collaboratrice, Mme Pirard, qui gère les successions internationales. Avant cela, une question : traduisez-vous aussi du portugais ? Nous avons beaucoup de successions brésiliennes en ce moment.

        Cordialement,
        Me Xavier Delvaux
        Notaire à Charleroi
        """,
        "owa_fr",
        Q(v_etude("Maître,"), "Xavier Delvaux <x.delvaux@notaire-delvaux.example>", 2, "13:33"),
    ),
    R(
        "fr",
        "information_request",
        "2030-07-22",
        "",
        "gmail_fr",
        Q(a_avocat("Maître,"), "Nina Carrère <n.carrere@carrere-avocat.example>", 2, "11:40"),
        answers=(
            (
                "l'option cyber",
                "C'est-à-dire ? Ça couvre la rançon elle-même ou seulement la reconstitution des données ?",
            ),
        ),
    ),
    R(
        "en",
        "information_request",
        "2030-06-06",
        """
        Tom,

        Did they all come through the SQE, or is anyone on the old LPC route? And has candidate A done a full conveyancing seat, leasehold included? We're heavy on new-build plots.

        Thanks
        Gemma Radcliffe
        Head of Property, Radcliffe Oates Solicitors
        """,
        "outlook_en",
        Q(h_nq("Dear Gemma,"), "Gemma Radcliffe <gemma.radcliffe@radcliffeoates.example>", 2, "10:30"),
    ),
    R(
        "en",
        "information_request",
        "2030-06-18",
        """
        Is the e-learning CPD-accredited by Chartered Accountants Ireland, or only recognised by the Law Society? I'd need that in writing for our training log.

        Marian Duggan ACA
        Duggan Quirke & Co.
        """,
        "gmail_en",
        Q(c_check("Dear Marian,"), "Marian Duggan <marian@dugganquirke.example>", 1, "12:05"),
    ),
    R(
        "en",
        "information_request",
        "2030-06-26",
        """
        Before anything else - where physically are the deeds kept, and who at your end can open an original will packet? Our indemnity insurers will ask. Also, are you certified to BS EN 15713 or is that only for the shredding?

        Philippa Crane
        Partner, Crane & Merriman
        """,
        "apple_en",
        Q(w_deeds("Dear Philippa,"), "Philippa Crane <pcrane@cranemerriman.example>", 2, "09:09"),
    ),
    R(
        "en",
        "information_request",
        "2030-07-02",
        """
        Hi Tom,

        We're not recruiting until the new year, but I'd be glad of a copy of the salary guide to benchmark our own paralegals.

        Thanks,
        Sunita Kaur
        Operations Manager | Lancaster Bright Solicitors
        """,
        "gmail_en",
        Q(h_para("Hi Sunita,"), "Sunita Kaur <sunita.kaur@lancasterbright.example>", 3, "14:27"),
    ),
    R(
        "en",
        "information_request",
        "2030-06-17",
        """
        Can't make Wednesday. Will there be a recording?

        Liam Ó Briain
        """,
        "outlook_en",
        Q(c_webinar("Dear Liam,"), "Liam O Briain <liam.obriain@obriainlaw.example>", 1, "08:44"),
    ),
    R(
        "en",
        "information_request",
        "2030-07-05",
        """
        Gareth,

        Do you handle books and records on liquidations, i.e. hold them for the period we need and then destroy them with a certificate, without us having to chase each case? We'd have a few hundred cases.

        Regards,
        Kirsty Lennox
        Insolvency Administrator, Marlow Fenwick Recovery
        """,
        "outlook_en",
        Q(w_destroy("Dear Kirsty,"), "Kirsty Lennox <k.lennox@marlowfenwick.example>", 4, "11:58"),
    ),
    R(
        "en",
        "information_request",
        "2030-07-10",
        """
        Do you place junior clerks, or is it solicitors and paralegals only?

        Darren
        First Junior Clerk | 5 Pemberton Row Chambers
        """,
        "gmail_en",
        Q(h_para("Hi there,"), "Clerks <clerks@5pembertonrow.example>", 2, "10:10"),
    ),
    R(
        "en",
        "information_request",
        "2030-07-24",
        """
        We have our own MLRO who trains staff in-house, so probably not for us. Out of curiosity though, what does your risk assessment template actually cover? Client, service, geography, delivery channel?

        Seán Whelan
        Whelan Flood Solicitors
        """,
        "orig_en",
        Q(c_relance("Dear Seán,"), "Sean Whelan <swhelan@whelanflood.example>", 2, "09:36"),
    ),
    R(
        "en",
        "information_request",
        "2030-06-14",
        """
        A couple of questions, in the body of your email.

        Ciara
        """,
        "apple_en",
        Q(w_deeds("Dear Ciara,"), "Ciara McAnespie <ciara@mcanespie-law.example>", 2, "15:20"),
        answers=(
            ("Most firms we speak to", "<< Do you collect from Northern Ireland? We're in Newry. >>"),
            (
                "a fire-rated vault in Wakefield",
                "<< Does the 24 hours include weekends? Our completions are mostly Fridays. >>",
            ),
        ),
    ),
    R(
        "en",
        "information_request",
        "2030-07-19",
        """
        No need to take me off anything, I'm just curious: is the in-house workshop delivered in person in Cork, or online only?

        Gráinne Lucey
        Lucey Hartnett Chartered Accountants
        """,
        "gmail_en",
        Q(c_check("Dear Gráinne,"), "Gráinne Lucey <glucey@luceyhartnett.example>", 1, "10:51"),
    ),
]

QUOTE = [
    R(
        "fr",
        "quote_request",
        "2030-06-20",
        """
        Madame,

        Combien pour 4 notaires et 9 collaborateurs, signature qualifiée et contrôle des conflits inclus ? Merci de me faire une proposition chiffrée, je dois la présenter aux associés le 3 juillet.

        Cordialement,

        Me Benoît Lacombe
        SELARL Lacombe, Sérié & Associés, notaires – Albi
        """,
        "outlook_fr",
        Q(g_trial("Maître,"), "Benoît Lacombe <b.lacombe@lacombe-notaires.example>", 2, "10:25"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-06-13",
        """
        Bonjour,

        Ci-joint un acte de donation de 7 pages en néerlandais, à traduire en français avec apostille (il part en France). Quel prix et quel délai ?

        Bien à vous,
        Célestine Marchal
        Clerc – Étude du notaire Baudouin Lemmens, Wavre
        """,
        "gmail_fr",
        Q(v_etude("Maître,"), "Etude Lemmens <etude@notaire-lemmens.example>", 1, "09:44"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-07-03",
        """
        Monsieur,

        Merci de m'établir un devis pour la garantie complémentaire. Éléments : CA 2029 1,2 M€, 2 notaires associés, 1 notaire salarié, 11 collaborateurs. Plafond souhaité : 3 M€ par sinistre. Inutile de passer par l'audit téléphonique, nous savons ce que nous voulons.

        Me Philippe Jauffret
        Notaire associé – Jauffret & Bonnal, Aix-en-Provence
        """,
        "outlook_fr",
        Q(a_notaire("Maître,"), "Philippe Jauffret <p.jauffret@jauffret-bonnal.example>", 2, "16:08"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-06-18",
        """
        devis svp pour avocat individuel CA env 140 k€ droit de la famille et un peu de pénal. merci

        Envoyé depuis mon appareil Galaxy
        """,
        "android_fr",
        Q(a_avocat("Maître,"), "Sarah Bensoussan <sarah.bensoussan.avocat@mailo.example>", 1, "19:12"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-06-27",
        """
        Réponses ci-dessous.
        """,
        "gmail_fr",
        Q(g_trial("Maître,"), "Damien Rouvière <d.rouviere@rouviere-avocats.example>", 2, "08:20"),
        answers=(
            (
                "Nos tarifs démarrent à 79",
                "À partir de… et jusqu'à combien ? Avec la signature qualifiée et le module conflits, pour 5 postes, on arrive à quoi par an ?",
            ),
            ("Souhaitez-vous que j'active", "Pas encore."),
        ),
    ),
    R(
        "fr",
        "quote_request",
        "2030-07-16",
        """
        Madame,

        Je vous saurais gré de me faire parvenir une offre de prix pour la traduction certifiée conforme, de l'allemand vers le français, d'un contrat de mariage de 14 pages, ainsi que le coût de la légalisation de votre signature.

        Veuillez agréer, Madame, mes salutations distinguées.

        Me Thierry Rossier
        Notaire à Fribourg
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Thierry Rossier <t.rossier@rossier-notaire.example>", 2, "14:40"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-06-06",
        """
        L'audit par téléphone, très peu pour moi. Donnez-moi directement un chiffre pour un excédent à 1,5 M€ : étude de 2 associés, CA 900 k€, 7 salariés.

        Me Arnaud Villeneuve
        Commissaire de justice – Villeneuve & Pagès, Toulouse
        """,
        "owa_fr",
        Q(a_avocat("Maître,"), "Arnaud Villeneuve <a.villeneuve@villeneuve-pages-cj.example>", 2, "12:00"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-07-11",
        """
        Madame,

        Le bâtonnier souhaiterait connaître vos conditions tarifaires pour un accord-cadre au bénéfice des 180 avocats du barreau. Je vous remercie de nous adresser une proposition chiffrée, en précisant les remises envisageables selon le nombre d'adhésions.

        Bien cordialement,

        Marie-Christine Peyrol
        Directrice administrative
        Ordre des avocats du barreau de Montauban-sur-Tarn
        """,
        "outlook_fr",
        Q(g_demo("Monsieur le Bâtonnier,"), "Ordre des avocats <ordre@barreau-montauban-tarn.example>", 3, "09:05"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-07-05",
        """
        Vous faites un tarif au mot plutôt qu'à la page ? Nos conclusions font souvent 40 pages bien aérées, à 42 € la page ça fait cher le vide.

        G. Dethier
        """,
        "gmail_fr",
        Q(v_avocat("Maître,"), "Gilles Dethier <g.dethier@dethier-avocats.example>", 1, "17:33"),
    ),
    R(
        "fr",
        "quote_request",
        "2030-07-24",
        """
        Bonjour,

        Quel serait le surcoût de l'option cyber sur notre contrat actuel ? Prime actuelle 2 300 € TTC par an, plafond 1 M€, 3 avocats.

        Cordialement,
        Me Laure Ithurbide
        Bayonne
        """,
        "apple_fr",
        Q(a_relance("Maître,"), "Laure Ithurbide <l.ithurbide@ithurbide-avocats.example>", 3, "10:47"),
    ),
    R(
        "en",
        "quote_request",
        "2030-06-19",
        """
        What's your perm fee on a paralegal? And the temp rate all in - what we'd pay, not what the candidate gets?

        Mark
        """,
        "gmail_en",
        Q(h_para("Hi Mark,"), "Mark Ellison <mark.ellison@ellisonbarr.example>", 2, "09:17"),
    ),
    R(
        "en",
        "quote_request",
        "2030-06-24",
        """
        Aoife,

        Price for 14 users for the e-learning, and separately for a half-day workshop at our Limerick office please. We're insolvency practitioners, not solicitors - I assume that doesn't change anything?

        Regards,
        Declan Hartigan
        Hartigan Moore Insolvency
        """,
        "outlook_en",
        Q(c_check("Dear Declan,"), "Declan Hartigan <dhartigan@hartiganmoore.example>", 2, "11:31"),
    ),
    R(
        "en",
        "quote_request",
        "2030-07-09",
        """
        Roughly 1,100 deed packets and 4,000 will envelopes, plus about 350 archive boxes. Can you quote for storage, and separately for a one-off scan of the wills?

        Jonathan Pell
        Pell Hardcastle Solicitors
        """,
        "gmail_en",
        Q(w_deeds("Dear Mr Pell,"), "Jonathan Pell <jpell@pellhardcastle.example>", 2, "08:39"),
    ),
    R(
        "en",
        "quote_request",
        "2030-06-11",
        """
        Dear Sirs,

        Subject to contract and without prejudice to our existing arrangements with other agencies, we should be grateful if you would let us have your terms of business, including your fee scale for permanent placements at NQ and 1-3 PQE level.

        Yours faithfully,

        Prendergast Wynne LLP
        """,
        "outlook_en",
        Q(h_nq("Dear Sir or Madam,"), "Recruitment <recruitment@prendergastwynne.example>", 3, "10:55"),
    ),
    R(
        "en",
        "quote_request",
        "2030-07-01",
        """
        Gareth,

        Can you give us a price for secure destruction of about 200 boxes of old briefs, with a certificate? No storage needed, they just need to go before we move floors in August.

        Thanks,
        Paul Hennessy
        Senior Clerk, Lamb Court Chambers
        """,
        "outlook_en",
        Q(w_destroy("Dear Mr Hennessy,"), "Paul Hennessy <clerks@lambcourtchambers.example>", 1, "15:03"),
    ),
    R(
        "en",
        "quote_request",
        "2030-06-14",
        """
        Aoife, my answers below marked --

        Niall
        """,
        "outlook_en",
        Q(c_webinar("Dear Niall,"), "Niall Cronin <niall.cronin@croninsolicitors.example>", 4, "09:45"),
        answers=(
            ("Just reply YES", "-- Can't make it."),
            (
                "€1,350 + VAT",
                "-- 22 fee earners and 6 support staff across two offices (Sligo and Ballina). What would the workshop cost for both offices, and the e-learning for everyone?",
            ),
        ),
    ),
    R(
        "en",
        "quote_request",
        "2030-07-15",
        """
        rates?
        """,
        "gmail_en",
        Q(h_para("Hi Phil,"), "Phil Garside <phil@garsidelaw.example>", 1, "12:12"),
    ),
    R(
        "en",
        "quote_request",
        "2030-06-05",
        """
        Skip the survey, we know what we've got: 62 boxes and 3 deed cabinets. Ballpark monthly cost?

        Sent from my iPhone
        """,
        "apple_en",
        Q(w_deeds("Dear Ms Varley,"), "Joanne Varley <jvarley@varleyco.example>", 1, "10:16"),
    ),
    R(
        "en",
        "quote_request",
        "2030-07-25",
        """
        How much for a firm-wide licence, and would that include next year's refresher?

        Tadhg
        """,
        "gmail_en",
        Q(c_check("Dear Tadhg,"), "Tadhg Ó Súilleabháin <tadhg@osullivanca.example>", 2, "14:02"),
    ),
    R(
        "en",
        "quote_request",
        "2030-07-22",
        """
        Tom,

        Please send me a proposal with your fees for a six-month contract paralegal (insolvency, Leeds, start ASAP).

        Regards,
        Imran Qureshi
        Director, Aireside Restructuring
        """,
        "outlook_en",
        Q(h_para("Dear Imran,"), "Imran Qureshi <iqureshi@airesiderestructuring.example>", 3, "08:41"),
    ),
]

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "2030-06-14",
        """
        Non merci, nous venons de signer avec un autre éditeur.

        C. Lasserre
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Catherine Lasserre <c.lasserre@lasserre-avocats.example>", 2, "11:14"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-06-21",
        """
        Bonjour,

        Nous travaillons avec la même traductrice jurée depuis vingt ans et n'avons aucune raison de changer. Bonne continuation.

        Me Bernard Hoste
        Notaire à Tournai
        """,
        "outlook_fr",
        Q(v_etude("Maître,"), "Bernard Hoste <bernard.hoste@notaire-hoste.example>", 3, "10:40"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-01",
        """
        Pas intéressé. Je suis très bien couvert par le contrat du barreau et je n'ai jamais eu un sinistre en 25 ans d'exercice.

        Me J.-M. Larrieu
        """,
        "iphone_fr",
        Q(a_avocat("Maître,"), "Jean-Marc Larrieu <jm.larrieu@larrieu-avocat.example>", 2, "18:20"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-08",
        """
        Encore un guide… La signature qualifiée, nous la pratiquons depuis 2027 et nous avons notre logiciel. Sans façon.

        Me Hugues Delorme
        """,
        "gmail_fr",
        Q(g_guide("Maître,"), "Hugues Delorme <h.delorme@delorme-notaires.example>", 1, "09:52"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-06-26",
        """
        Monsieur,

        L'étude est liée par un contrat triennal dont elle est pleinement satisfaite. Il ne sera pas donné suite à votre proposition.

        Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

        Maître Édouard de Lestang
        Notaire
        Office notarial de Lestang – Périgueux
        """,
        "outlook_fr",
        Q(a_notaire("Maître,"), "Edouard de Lestang <e.delestang@delestang-notaire.example>", 1, "10:10"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-17",
        """
        Bonjour,

        Pas la peine de vous déplacer, ce n'est pas le genre de prestation dont nous avons besoin : nous plaidons en français devant les juridictions francophones et tous nos clients sont francophones.

        Cordialement,
        Me Véronique Lambert
        Avocate au barreau de Namur
        """,
        "outlook_fr",
        Q(v_avocat("Maître,"), "Véronique Lambert <v.lambert@lambert-avocate.example>", 2, "14:14"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-06-13",
        """
        non merci on est sous Sygnum depuis 3 ans et ca marche tres bien

        Envoyé depuis mon mobile
        """,
        "android_fr",
        Q(g_trial("Maître,"), "Yann Le Goff <y.legoff@legoff-cj.example>", 3, "07:49"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-10",
        "",
        "outlook_fr",
        Q(a_relance("Maître,"), "SCP Roumégoux <scp@roumegoux-notaires.example>", 2, "09:30"),
        answers=(
            (
                "Dites-moi simplement si le sujet",
                "==> aucun intérêt, nous sommes en SCP et la question est traitée au niveau de la Chambre. M.R.",
            ),
        ),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-23",
        """
        Madame,

        L'étude fermera définitivement ses portes le 30 septembre prochain (départ à la retraite du notaire titulaire, sans successeur). Votre proposition n'a donc pas d'objet.

        Cordialement,
        Le secrétariat de l'étude Gilson
        """,
        "owa_fr",
        Q(v_etude("Maître,"), "Etude Gilson <secretariat@notaire-gilson.example>", 1, "11:27"),
    ),
    R(
        "fr",
        "not_interested",
        "2030-07-25",
        """
        Ce n'est pas que ce ne soit pas intéressant, mais nous avons tout développé en interne il y a deux ans, conflits compris. Donc non.

        F. Teissier
        Teissier Avocats
        """,
        "outlook_fr",
        Q(g_demo("Maître,"), "François Teissier <f.teissier@teissier-avocats.example>", 4, "16:06"),
    ),
    R(
        "en",
        "not_interested",
        "2030-06-07",
        """
        No thanks, we recruit direct.
        """,
        "gmail_en",
        Q(h_nq("Dear Rob,"), "Rob Ainsworth <rob@ainsworthlegal.example>", 2, "08:31"),
    ),
    R(
        "en",
        "not_interested",
        "2030-06-12",
        """
        We're covered - all our AML training goes through the Law Society's own programme. Thanks all the same.

        Brid Hanrahan
        Hanrahan & Walsh, Solicitors, Nenagh
        """,
        "outlook_en",
        Q(c_webinar("Dear Bríd,"), "Brid Hanrahan <bhanrahan@hanrahanwalsh.example>", 3, "12:25"),
    ),
    R(
        "en",
        "not_interested",
        "2030-06-20",
        """
        We went paperless in 2026 and shredded the lot - the deeds went back to clients or were lodged elsewhere years ago. Nothing to store, I'm afraid.

        Martin Lowry
        """,
        "apple_en",
        Q(w_deeds("Dear Martin,"), "Martin Lowry <mlowry@lowrysolicitors.example>", 2, "13:48"),
    ),
    R(
        "en",
        "not_interested",
        "2030-07-04",
        """
        We're a set of barristers' chambers - we don't employ paralegals or solicitors. Not relevant to us.

        Senior Clerk
        Thirteen King's Bench Row
        """,
        "outlook_en",
        Q(h_para("Dear Sir or Madam,"), "Clerks <clerks@13kbr.example>", 1, "09:11"),
    ),
    R(
        "en",
        "not_interested",
        "2030-06-27",
        """
        Dear Sirs

        We write to confirm that this firm has no requirement for off-site storage services, nor do we anticipate one.

        Yours faithfully

        Hallam Pike & Co
        Solicitors
        """,
        "outlook_en",
        Q(w_deeds("Dear Sir or Madam,"), "Hallam Pike & Co <enquiries@hallampike.example>", 3, "11:50"),
    ),
    R(
        "en",
        "not_interested",
        "2030-07-15",
        """
        nah we're grand thanks

        Sent from my iPhone
        """,
        "apple_en",
        Q(c_relance("Hi Ger,"), "Ger Tobin <ger@tobinsolicitors.example>", 2, "17:22"),
    ),
    R(
        "en",
        "not_interested",
        "2030-07-18",
        """
        Honestly, with conveyancing volumes where they are, we're letting people go, not hiring.

        Alison
        """,
        "gmail_en",
        Q(h_para("Hi Alison,"), "Alison Pryor <alison.pryor@pryorgrange.example>", 2, "09:59"),
    ),
    R(
        "en",
        "not_interested",
        "2030-07-24",
        """
        I'll pass, cheers. (Your emails go straight to my junk folder, by the way - only saw this one by chance.)

        Simon
        """,
        "outlook_en",
        Q(w_relance("Dear Simon,"), "Simon Akers <simon.akers@akersbeck.example>", 4, "10:03"),
    ),
    R(
        "en",
        "not_interested",
        "2030-07-03",
        "",
        "outlook_en",
        Q(c_check("Dear Mr Nolan,"), "Fergal Nolan <fnolan@nolanbyrne-ca.example>", 2, "14:35"),
        answers=(
            ("We offer a free 30-minute AML health check", "<<We have our own risk assessment, thanks>>"),
            ("Can I book you in", "<<No>>"),
        ),
    ),
    R(
        "en",
        "not_interested",
        "2030-06-25",
        """
        We filled the role last Tuesday, so no need. Thanks anyway.

        K. Osei
        """,
        "orig_en",
        Q(h_nq("Dear Kwame,"), "Kwame Osei <k.osei@oseihartley.example>", 1, "10:49"),
    ),
]

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "2030-06-17",
        """
        Revenez vers moi à la rentrée : on déménage cet été et je n'ai pas la tête à changer de logiciel en plus.

        Me Stéphanie Morel
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Stéphanie Morel <s.morel@morel-avocate.example>", 3, "09:18"),
        until="2030-09-01",
    ),
    R(
        "fr",
        "not_now",
        "2030-06-12",
        """
        Enfin un courtier qui connaît les cabinets d'avocats ! Ça m'intéresse, mais je ne signerai rien avant l'échéance de janvier. Écrivez-moi à ce moment-là.

        Me Florent Castex
        """,
        "outlook_fr",
        Q(a_avocat("Maître,"), "Florent Castex <f.castex@castex-avocats.example>", 1, "15:29"),
        until="2031-01-01",
    ),
    R(
        "fr",
        "not_now",
        "2030-07-05",
        """
        Pas pendant les vacances judiciaires, l'étude tourne au ralenti. Recontactez-moi mi-septembre.

        N. Jacquemin
        """,
        "apple_fr",
        Q(v_etude("Maître,"), "Nathalie Jacquemin <n.jacquemin@notaire-jacquemin.example>", 2, "12:06"),
        until="2030-09-15",
    ),
    R(
        "fr",
        "not_now",
        "2030-06-19",
        """
        Bonjour,

        Nous venons de fusionner avec l'étude de Dole (passage en SAS au 1er juin), c'est le chantier permanent. Dans trois mois, peut-être.

        Cordialement,
        Me Pascal Girod
        Commissaire de justice – Besançon
        """,
        "outlook_fr",
        Q(g_trial("Maître,"), "Pascal Girod <p.girod@girod-cj.example>", 2, "11:42"),
        until="2030-09-19",
    ),
    R(
        "fr",
        "not_now",
        "2030-07-09",
        """
        Après la Toussaint, quand nous aurons arrêté le budget 2031. Pas avant.

        Me Régis Cazeneuve
        Notaire à Pau
        """,
        "gmail_fr",
        Q(a_notaire("Maître,"), "Régis Cazeneuve <r.cazeneuve@cazeneuve-notaire.example>", 3, "10:03"),
        until="2030-11-02",
    ),
    R(
        "fr",
        "not_now",
        "2030-07-03",
        """
        pas le moment, relancez moi dans 15 jours
        """,
        "android_fr",
        Q(g_guide("Maître,"), "Karine Blot <k.blot@blot-cj.example>", 1, "16:55"),
        until="2030-07-17",
    ),
    R(
        "fr",
        "not_now",
        "2030-06-13",
        """
        Madame,

        Nous réexaminerons l'ensemble de nos prestataires au second semestre. Je vous invite à reprendre contact avec l'étude à ce moment-là.

        Meilleures salutations,

        Me Olivier Perrenoud
        Notaire à Yverdon-les-Bains
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Olivier Perrenoud <o.perrenoud@perrenoud-notaire.example>", 3, "08:59"),
        until="2030-07-01",
    ),
    R(
        "fr",
        "not_now",
        "2030-07-18",
        """
        Pas avant l'an prochain, nous venons de renouveler pour un an.

        Me Julie Etcheverry
        """,
        "owa_fr",
        Q(a_relance("Maître,"), "Julie Etcheverry <j.etcheverry@etcheverry-avocats.example>", 2, "14:48"),
        until="2031-01-01",
    ),
    R(
        "fr",
        "not_now",
        "2030-06-07",
        """
        Pour l'instant nous avons d'autres priorités (recrutement, nouveaux locaux). Plus tard, peut-être.

        Me Antoine Guillot
        """,
        "apple_fr",
        Q(g_demo("Maître,"), "Antoine Guillot <a.guillot@guillot-avocats.example>", 3, "10:14"),
        until=None,
    ),
    R(
        "fr",
        "not_now",
        "2030-07-22",
        """
        Je suis sous l'eau jusqu'à fin août avec deux procès d'assises. Recontactez-moi à ce moment-là.

        M. Fontaine
        """,
        "iphone_fr",
        Q(v_avocat("Maître,"), "Michaël Fontaine <m.fontaine@fontaine-avocat.example>", 1, "13:21"),
        until="2030-08-25",
    ),
    R(
        "en",
        "not_now",
        "2030-06-18",
        """
        Try me again in September - we'll know by then whether the NQ budget's been signed off.

        Chris Aldous
        """,
        "gmail_en",
        Q(h_nq("Dear Chris,"), "Chris Aldous <chris.aldous@aldousreed.example>", 2, "09:44"),
        until="2030-09-01",
    ),
    R(
        "en",
        "not_now",
        "2030-07-02",
        """
        Aoife,

        We're in the middle of a Law Society inspection. Come back to me after the 15th.

        Regards,
        Eamon Kiely
        """,
        "outlook_en",
        Q(c_relance("Dear Eamon,"), "Eamon Kiely <ekiely@kielysolicitors.example>", 1, "10:31"),
        until="2030-07-16",
    ),
    R(
        "en",
        "not_now",
        "2030-06-25",
        """
        We're tied into our current provider until March 2031. Drop me a line early next year and we'll talk.

        Jo Marsden
        Office Manager, Keeling Voss Insolvency
        """,
        "gmail_en",
        Q(w_destroy("Dear Jo,"), "Jo Marsden <jo.marsden@keelingvoss.example>", 2, "12:18"),
        until="2031-01-01",
    ),
    R(
        "en",
        "not_now",
        "2030-07-08",
        """
        Not this quarter. Q4, possibly.

        David
        """,
        "outlook_en",
        Q(h_para("Dear David,"), "David Renshaw <drenshaw@renshawpeel.example>", 2, "08:27"),
        until="2030-10-01",
    ),
    R(
        "en",
        "not_now",
        "2030-06-17",
        """
        Everyone here is off at some stage over the summer. Leave it till the autumn and I'll happily look at the workshop then.

        Aisling
        """,
        "apple_en",
        Q(c_webinar("Dear Aisling,"), "Aisling Carey <acarey@careymcgrath.example>", 2, "15:01"),
        until="2030-09-22",
    ),
    R(
        "en",
        "not_now",
        "2030-07-19",
        """
        Maybe in a couple of months, once the merger with Greaves & Co is through.

        Tim Hollis
        """,
        "outlook_en",
        Q(w_relance("Dear Tim,"), "Tim Hollis <thollis@hollisfarr.example>", 3, "09:06"),
        until=None,
    ),
    R(
        "en",
        "not_now",
        "2030-06-26",
        """
        Swamped with completions this week - ping me next week.

        Sarah
        """,
        "gmail_en",
        Q(h_nq("Hi Sarah,"), "Sarah Quigley <sarah@quigleyhale.example>", 1, "13:37"),
        until="2030-07-01",
    ),
    R(
        "en",
        "not_now",
        "2030-07-09",
        """
        Give it a fortnight - the partners are still arguing about the budget.

        Orla
        """,
        "outlook_en",
        Q(c_check("Dear Orla,"), "Orla Mangan <orla@manganryan.example>", 2, "11:09"),
        until="2030-07-23",
    ),
    R(
        "en",
        "not_now",
        "2030-06-14",
        """
        Nothing until the office move is done. Write to me end of October.

        Richard Vane FCA
        """,
        "orig_en",
        Q(w_destroy("Dear Richard,"), "Richard Vane <richard@vaneandco.example>", 3, "16:12"),
        until="2030-10-25",
    ),
    R(
        "en",
        "not_now",
        "2030-07-16",
        """
        Can't think about hiring until after the partners' meeting. Come back to me on Friday.

        Amanda
        """,
        "outlook_en",
        Q(h_para("Dear Amanda,"), "Amanda Kirk <akirk@kirkandsteele.example>", 1, "08:58"),
        until="2030-07-19",
    ),
]

REFERRAL = [
    R(
        "fr",
        "referral",
        "2030-06-11",
        """
        Bonjour,

        Ce n'est pas moi qui gère l'informatique de l'étude. Voyez avec Mme Hélène Castagné, notre office manager : h.castagne@etude-marchetti.example

        Cordialement,
        Me Paul Marchetti
        Notaire à Bastia
        """,
        "outlook_fr",
        Q(g_trial("Maître,"), "Paul Marchetti <p.marchetti@etude-marchetti.example>", 2, "09:37"),
        referral=("Hélène Castagné", "h.castagne@etude-marchetti.example"),
    ),
    R(
        "fr",
        "referral",
        "2030-06-19",
        """
        Mauvaise personne.

        J. Lhermitte
        Clerc aux formalités
        """,
        "gmail_fr",
        Q(a_notaire("Maître,"), "Jérôme Lhermitte <j.lhermitte@notaires-lhermitte.example>", 1, "10:58"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2030-06-28",
        """
        Bonjour,

        Maître Dewez a pris sa retraite fin mars. Son successeur est Maître Julien Collignon (julien.collignon@notaire-collignon.example), qui a repris l'étude et ses dossiers.

        Cordialement,
        L'accueil
        """,
        "outlook_fr",
        Q(v_etude("Maître Dewez,"), "Etude Dewez <etude.dewez@notaire-dewez.example>", 2, "10:21"),
        referral=("Julien Collignon", "julien.collignon@notaire-collignon.example"),
    ),
    R(
        "fr",
        "referral",
        "2030-07-04",
        """
        Je transfère à notre associé Paul-Henri Moret (ph.moret@moret-vidal.example), en copie, qui s'occupe du choix des outils au cabinet. Paul-Henri, je te laisse voir.

        Isabelle Vidal
        Moret Vidal Avocats
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Isabelle Vidal <i.vidal@moret-vidal.example>", 2, "08:42"),
        referral=("Paul-Henri Moret", "ph.moret@moret-vidal.example"),
    ),
    R(
        "fr",
        "referral",
        "2030-07-11",
        """
        Bonjour,

        Les questions d'assurance de l'étude sont suivies par notre expert-comptable, M. Brunet (cabinet Brunet-Aubry, à Besançon). Je n'ai pas son adresse mail, désolée.

        Cordialement,
        Amandine, secrétariat
        """,
        "outlook_fr",
        Q(a_avocat("Maître,"), "Etude Faivre <accueil@faivre-cj.example>", 2, "15:57"),
        referral=("Brunet", None),
    ),
    R(
        "fr",
        "referral",
        "2030-06-24",
        """
        Je crois que ce message ne m'était pas destiné : je suis juriste stagiaire, je ne décide de rien ici.
        """,
        "iphone_fr",
        Q(v_avocat("Maître,"), "Emma Dufrasne <e.dufrasne@cabinet-thys.example>", 1, "12:30"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2030-07-16",
        """
        Bonjour,

        Mme Aubertin ne fait plus partie de l'étude depuis mai. Pour tout ce qui touche aux logiciels, adressez-vous à Maître Thibault Renaud-Léger.

        Bonne journée,
        L'accueil de l'office
        """,
        "owa_fr",
        Q(g_guide("Madame Aubertin,"), "Claire Aubertin <c.aubertin@office-renaud.example>", 3, "09:00"),
        referral=("Thibault Renaud-Léger", None),
    ),
    R(
        "fr",
        "referral",
        "2030-06-05",
        """
        Écrivez plutôt à secretariat@cabinet-lestrade.example, c'est notre secrétaire générale qui gère les contrats d'assurance du cabinet.

        Envoyé depuis mon mobile Orange
        """,
        "android_fr",
        Q(a_relance("Maître,"), "Hugo Lestrade <h.lestrade@cabinet-lestrade.example>", 1, "18:10"),
        referral=(None, "secretariat@cabinet-lestrade.example"),
    ),
    R(
        "fr",
        "referral",
        "2030-07-24",
        """
        Madame,

        L'étude de Me Berthoud a été reprise au 1er janvier par Me Nathalie Ducommun, à qui je vous invite à adresser dorénavant toute correspondance : n.ducommun@ducommun-notaires.example.

        Meilleures salutations,

        P. Jaquet, secrétaire
        """,
        "outlook_fr",
        Q(v_suisse("Maître Berthoud,"), "Etude Berthoud <etude@berthoud-notaire.example>", 2, "10:44"),
        referral=("Nathalie Ducommun", "n.ducommun@ducommun-notaires.example"),
    ),
    R(
        "fr",
        "referral",
        "2030-06-26",
        """
        Madame,

        Monsieur le Bâtonnier ne traite pas directement ce type de sollicitations. Les partenariats numériques sont suivis par la commission numérique de l'Ordre, présidée par Me Aurélie Santoni, à qui je transmets votre message.

        Bien cordialement,

        Secrétariat de l'Ordre
        Barreau de Vienne-sur-Rhône
        """,
        "outlook_fr",
        Q(g_demo("Monsieur le Bâtonnier,"), "Ordre des avocats <batonnier@barreau-vienne-rhone.example>", 2, "14:26"),
        referral=("Aurélie Santoni", None),
    ),
    R(
        "en",
        "referral",
        "2030-06-13",
        """
        You've got the wrong Priya, I'm afraid - I'm a conveyancer in the Birmingham office, nothing to do with HR.

        Priya
        """,
        "outlook_en",
        Q(h_nq("Dear Priya,"), "Priya Chandra <priya.chandra@wetherbymoss.example>", 2, "09:25"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2030-06-11",
        """
        Hi Aoife,

        I've moved on from Fennell & Co (this mailbox forwards to me for another few weeks). For AML training there, talk to Orla Deasy, their new compliance partner: odeasy@fennellco.example

        Best,
        Conor
        """,
        "gmail_en",
        Q(c_webinar("Dear Conor,"), "Conor Fennell <conor@fennellco.example>", 2, "10:37"),
        referral=("Orla Deasy", "odeasy@fennellco.example"),
    ),
    R(
        "en",
        "referral",
        "2030-07-08",
        """
        Dear Mr Pryce,

        Papers and storage are dealt with by our Senior Clerk, Mark Tolley, whom I've copied in.

        Kind regards,
        Hannah Li
        Pupil, Gray's Row Chambers
        """,
        "outlook_en",
        Q(w_destroy("Dear Ms Li,"), "Hannah Li <hli@graysrowchambers.example>", 1, "11:15"),
        referral=("Mark Tolley", None),
    ),
    R(
        "en",
        "referral",
        "2030-06-28",
        """
        Recruitment goes through our HR team - please send this to hr@harbury-law.example rather than to me.

        Thanks,
        James
        """,
        "apple_en",
        Q(h_para("Hi James,"), "James Harbury <james@harbury-law.example>", 3, "08:54"),
        referral=(None, "hr@harbury-law.example"),
    ),
    R(
        "en",
        "referral",
        "2030-07-01",
        """
        Not me - our MLRO is Declan Furlong. Declan, see below, one for you.

        Mairéad
        """,
        "gmail_en",
        Q(c_check("Dear Mairéad,"), "Mairéad Roche <mroche@furlongroche.example>", 2, "13:13"),
        referral=("Declan Furlong", None),
    ),
    R(
        "en",
        "referral",
        "2030-07-23",
        """
        Sorry, you want Paul Greaves in facilities for this one - paul.greaves@ashdown-lewis.example. Ask him about the basement.

        L.
        """,
        "gmail_en",
        Q(w_deeds("Dear Ms Ashdown,"), "Lucy Ashdown <lucy.ashdown@ashdown-lewis.example>", 1, "10:29"),
        referral=("Paul Greaves", "paul.greaves@ashdown-lewis.example"),
    ),
    R(
        "en",
        "referral",
        "2030-07-17",
        """
        Mr Whitcombe retired at Easter. The firm's managing partner is now Mrs Anjali Rao.

        Reception
        Whitcombe Rao Solicitors
        """,
        "outlook_en",
        Q(h_nq("Dear Mr Whitcombe,"), "Whitcombe Rao <info@whitcomberao.example>", 2, "12:40"),
        referral=("Anjali Rao", None),
    ),
    R(
        "en",
        "referral",
        "2030-07-22",
        """
        Wrong address I'm afraid - this is the client account mailbox. Try our compliance officer at compliance@byrnemoriarty.example

        Accounts
        Byrne Moriarty Solicitors LLP

        This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify us immediately and delete this email from your system; you must not copy, forward or rely on it. Byrne Moriarty Solicitors LLP will never change its bank details by email - always call to confirm before sending funds.
        """,
        "outlook_en",
        Q(c_relance("Dear Sir or Madam,"), "Client Account <clientaccount@byrnemoriarty.example>", 3, "09:51"),
        referral=(None, "compliance@byrnemoriarty.example"),
    ),
    R(
        "en",
        "referral",
        "2030-06-06",
        """
        Mrs Patel left the firm in April.
        """,
        "apple_en",
        Q(w_relance("Dear Mrs Patel,"), "Meera Patel <mpatel@stokesbury.example>", 2, "14:50"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2030-07-25",
        """
        Callum runs our private client team, so this is really one for him - copying him in: callum.reid@stanmore-hale.example. Callum, worth a chat?

        Fiona
        """,
        "gmail_en",
        Q(h_nq("Hi Fiona,"), "Fiona Stanmore <fiona@stanmore-hale.example>", 2, "11:23"),
        referral=("Callum", "callum.reid@stanmore-hale.example"),
    ),
]

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "2030-06-12",
        """
        DÉSINSCRIRE
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Cécile Arnoux <c.arnoux@arnoux-avocate.example>", 2, "10:08"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-06-17",
        """
        Pas intéressé. Retirez mon adresse de vos fichiers, merci.

        G. Salvat
        """,
        "outlook_fr",
        Q(a_avocat("Maître,"), "Guillaume Salvat <g.salvat@salvat-avocat.example>", 1, "16:44"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-06-25",
        """
        Madame,

        Sur quel fondement traitez-vous mes données ? Je m'oppose à leur traitement à des fins de prospection et vous demande leur effacement (articles 17 et 21 du RGPD).

        Me Dominique Renard
        Notaire à Arlon
        """,
        "owa_fr",
        Q(v_etude("Maître,"), "Dominique Renard <d.renard@notaire-renard.example>", 3, "09:33"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-07-02",
        "",
        "outlook_fr",
        Q(g_trial("Maître,"), "Alain Vasseur <a.vasseur@vasseur-notaire.example>", 2, "08:16"),
        answers=(("Répondez DÉSINSCRIRE", "DÉSINSCRIRE. C'est la troisième fois que je le demande."),),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-07-19",
        """
        Quatrième relance en un mois. STOP.
        """,
        "gmail_fr",
        Q(a_relance("Maître,"), "Thomas Pujol <t.pujol@pujol-avocats.example>", 1, "11:49"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-06-20",
        """
        Madame,

        Je vous saurais gré de bien vouloir cesser toute sollicitation commerciale à l'adresse de l'étude.

        Veuillez agréer, Madame, mes salutations distinguées.

        Me Corinne Bussard
        Notaire à Bulle
        """,
        "outlook_fr",
        Q(v_suisse("Maître,"), "Corinne Bussard <c.bussard@bussard-notaire.example>", 2, "10:57"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-06-28",
        """
        Votre guide a l'air bien fait, mais je reçois quinze mails commerciaux par jour. Désinscrivez-moi, s'il vous plaît.

        Me Anne Lécuyer
        """,
        "apple_fr",
        Q(g_guide("Maître,"), "Anne Lécuyer <a.lecuyer@lecuyer-notaires.example>", 1, "13:05"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-07-05",
        """
        Monsieur,

        Merci de ne plus écrire à cette adresse, qui est réservée aux échanges avec les clients de l'étude.

        Me Sylvain Guérard
        """,
        "outlook_fr",
        Q(a_notaire("Maître,"), "Office notarial Guérard <office@guerard-notaires.example>", 2, "09:41"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-07-11",
        """
        retrait svp
        """,
        "android_fr",
        Q(v_avocat("Maître,"), "Kevin Mertens <k.mertens@mertens-avocat.example>", 2, "20:02"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2030-07-22",
        """
        Je ne vous ai jamais communiqué mon adresse. Supprimez-la de votre base.
        """,
        "iphone_fr",
        Q(g_demo("Maître,"), "Mathilde Caron <m.caron@caron-avocate.example>", 1, "07:35"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-06-14",
        """
        REMOVE
        """,
        "outlook_en",
        Q(h_nq("Dear Gavin,"), "Gavin Royle <gavin.royle@roylecharters.example>", 1, "12:34"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-06-07",
        """
        unsubscribe
        """,
        "gmail_en",
        Q(c_webinar("Dear Padraig,"), "Padraig Horan <padraig@horansolicitors.example>", 2, "10:26"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-06-18",
        """
        Please take us off your mailing list. We're a two-partner firm and our archive fits in one cupboard.

        Yvonne Bell
        Bell & Tasker
        """,
        "outlook_en",
        Q(w_deeds("Dear Ms Bell,"), "Yvonne Bell <yvonne@belltasker.example>", 2, "11:02"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-06-27",
        """
        Dear Sirs,

        This firm has not consented to receive unsolicited marketing communications. We require you to cease sending them to any address at this firm forthwith, and to confirm in writing that you have done so.

        Yours faithfully,

        Quarles Denby LLP
        """,
        "orig_en",
        Q(h_para("Dear Sir or Madam,"), "Reception <reception@quarlesdenby.example>", 2, "09:47"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-07-08",
        """
        Looks decent, but please stop emailing me. If we need training I know where to find you.

        Killian
        """,
        "gmail_en",
        Q(c_relance("Hi Killian,"), "Killian Walsh <kwalsh@walshcunningham.example>", 2, "15:36"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-07-16",
        """
        opt me out pls

        Sent from my iPhone
        """,
        "apple_en",
        Q(w_relance("Dear Neville,"), "Neville Orme <n.orme@ormeandbutt.example>", 1, "19:18"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-07-26",
        """
        Please remove clerks@ from your distribution list. Thank you.

        Senior Clerk
        Ravenscourt Chambers
        """,
        "outlook_en",
        Q(h_para("Dear Sir or Madam,"), "Clerks <clerks@ravenscourtchambers.example>", 2, "10:02"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-06-21",
        """
        Under Article 21 GDPR I object to the processing of my personal data for direct marketing. Please delete my details and confirm.

        Ultan McBride
        """,
        "outlook_en",
        Q(c_check("Dear Ultan,"), "Ultan McBride <umcbride@mcbridefox.example>", 2, "14:08"),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-07-03",
        "",
        "gmail_en",
        Q(w_deeds("Dear Mr Carver,"), "Hugh Carver <hcarver@carverlodge.example>", 3, "09:19"),
        answers=(("Could I pop in", "No. And please stop the emails, this is the third one."),),
    ),
    R(
        "en",
        "unsubscribe",
        "2030-07-11",
        """
        Stop. Third time of asking.

        Get Outlook for iOS
        """,
        "outlook_en",
        Q(h_nq("Dear Ms Whyte,"), "Fiona Whyte <fwhyte@whytebarraclough.example>", 2, "17:28"),
    ),
]

OUT_OF_OFFICE = [
    A(
        "fr",
        "out_of_office",
        "2030-06-18",
        """
        Réponse automatique : Conflits d'intérêts : 3 secondes à l'ouverture du dossier

        Je suis en audience toute la journée du mardi 18 juin et ne pourrai pas consulter mes messages. En cas d'urgence, merci de contacter le secrétariat au 01 99 00 37 14.

        Me Hugo Tessier
        Avocat au barreau de Paris
        """,
    ),
    R(
        "fr",
        "out_of_office",
        "2030-07-16",
        """
        Le cabinet est fermé du 15 juillet au 18 août inclus. Vos messages seront traités à la réouverture.

        Pour toute urgence relevant de la permanence pénale, merci de contacter l'Ordre des avocats.

        Cabinet Hirigoyen – Avocats
        *** Ce message est envoyé automatiquement ***
        """,
        "outlook_fr",
        Q(a_relance("Maître,"), "Cabinet Hirigoyen <contact@hirigoyen-avocats.example>", 1, "08:11"),
    ),
    A(
        "fr",
        "out_of_office",
        "2030-07-22",
        """
        Madame, Monsieur,

        L'étude sera fermée pour congés du 22 juillet au 9 août inclus. Pour les urgences relatives aux dossiers en cours, Maître Olivier Dumont est joignable au +32 81 555 02 19.

        Bien cordialement,
        Étude du notaire Sophie Masson, Gembloux
        """,
    ),
    R(
        "fr",
        "out_of_office",
        "2030-06-24",
        """
        Bonjour, je suis en congé maternité jusqu'à mi-octobre, c'est Maître Lucie Fabre qui me remplace (l.fabre@roussel-fabre-cj.example). Bien à vous.

        Élise Roussel
        """,
        "gmail_fr",
        Q(g_trial("Maître,"), "Élise Roussel <e.roussel@roussel-fabre-cj.example>", 2, "09:58"),
    ),
    A(
        "fr",
        "out_of_office",
        "2030-07-25",
        """
        Bonjour,

        Pendant les vacations judiciaires, le cabinet fonctionne en effectif réduit jusqu'au 30 août. Votre message sera traité à mon retour.

        Me Solène Arnaud
        Avocate – Arcachon
        """,
    ),
    A(
        "fr",
        "out_of_office",
        "2030-06-27",
        """
        Absente jusqu'au 5 juillet. Votre message ne sera pas transféré.

        En cas d'urgence : etude@chappuis-notaires.example ou +41 21 555 03 40.

        Laurence Chappuis, notaire
        """,
    ),
    A(
        "fr",
        "out_of_office",
        "2030-06-25",
        """
        Je participe au Congrès des notaires jusqu'au vendredi 28 juin inclus et ne consulterai mes courriels que ponctuellement. Pour la signature des actes en cours, merci de contacter Maître Pierre Gaudin au 05 36 49 27 30.

        Me Christine Valadier
        Office notarial Valadier & Gaudin
        """,
    ),
    R(
        "fr",
        "out_of_office",
        "2030-07-08",
        """
        Bonjour Monsieur,

        Maître Guérin est absent pour raisons de santé jusqu'à nouvel ordre. Nous lui transmettrons votre message à son retour.

        Le secrétariat
        """,
        "outlook_fr",
        Q(a_notaire("Maître Guérin,"), "Etude Guérin <etude.guerin@guerin-notaire.example>", 2, "10:33"),
    ),
    A(
        "fr",
        "out_of_office",
        "2030-07-03",
        """
        Absent jusqu'au 12 juillet inclus. Votre message ne sera pas transféré.

        Afwezig tot en met 12 juli. Uw bericht wordt niet doorgestuurd.

        Me Frank Dewulf – Notaire / Notaris – Mouscron
        """,
    ),
    R(
        "fr",
        "out_of_office",
        "2030-07-15",
        """
        En vacances jusqu'au 22, je regarde ça en rentrant
        """,
        "iphone_fr",
        Q(g_trial("Maître,"), "Lucas Meyer <l.meyer@meyer-cj.example>", 1, "14:21"),
    ),
    A(
        "en",
        "out_of_office",
        "2030-06-28",
        """
        Thank you for your email. I am out of the office until Monday 8 July with limited access to email. For anything urgent please contact reception on 020 7946 0382 or email enquiries@lydgatepowell.example.

        Rebecca Lydgate
        Lydgate Powell Solicitors
        """,
    ),
    A(
        "en",
        "out_of_office",
        "2030-06-13",
        """
        I'm in court (Four Courts) all day and will respond to emails on my return to the office. If urgent, please call my assistant Gráinne on 01 555 0187.

        Ronan Gallagher
        Gallagher Dunne Solicitors
        """,
    ),
    A(
        "en",
        "out_of_office",
        "2030-07-04",
        """
        Automatic reply: Closed files: scanning, storage and certified destruction

        I am on annual leave, returning on Monday 15 July. Your email has not been forwarded. Please resend anything urgent to clerks@ravenscourtchambers.example.
        """,
    ),
    A(
        "en",
        "out_of_office",
        "2030-06-19",
        """
        I'm on parental leave until September. In my absence, please contact Greg Lowther (greg.lowther@fennimoreash.example) for anything recruitment-related.

        Kate Fennimore
        Head of HR, Fennimore Ash LLP
        """,
    ),
    A(
        "en",
        "out_of_office",
        "2030-06-19",
        """
        Out of office: I'm at the CAI summer conference in Killarney from 19 to 21 June, with limited access to email. I'll reply when I'm back on Monday 24 June.

        Eimear Walsh FCA
        """,
    ),
    A(
        "en",
        "out_of_office",
        "2030-07-23",
        """
        This mailbox is not monitored between 22 July and 2 August. For urgent matters relating to an appointment, please call 0161 496 0733.

        Northcote Begg Insolvency Practitioners
        """,
    ),
    R(
        "en",
        "out_of_office",
        "2030-07-09",
        """
        Hi Tom,

        Jess is away on honeymoon until the 29th, so this won't be looked at before then.

        Kind regards,
        Amy (PA to Jessica Harlow)
        """,
        "outlook_en",
        Q(h_para("Hi Jessica,"), "Jessica Harlow <jharlow@harlowbennett.example>", 2, "11:36"),
    ),
    A(
        "en",
        "out_of_office",
        "2030-07-01",
        """
        Tá mé as an oifig go dtí an 8 Iúil. Ní bheidh rochtain agam ar ríomhphost.
        I am out of the office until 8 July and will not have access to email.

        Cathal Ó Cinnéide, Aturnae / Solicitor
        """,
    ),
    R(
        "en",
        "out_of_office",
        "2030-07-15",
        """
        At the tribunal all week, will reply next week.
        """,
        "apple_en",
        Q(w_deeds("Dear Mr Baxendale,"), "Ian Baxendale <ibaxendale@baxendalelaw.example>", 1, "08:07"),
    ),
    R(
        "en",
        "out_of_office",
        "2030-07-05",
        """
        On leave till 15th July, back then.

        Sent from my iPad
        """,
        "apple_en",
        Q(h_nq("Dear Owen,"), "Owen Pritchard <owen@pritchardllewellyn.example>", 2, "13:44"),
    ),
]

OTHER = [
    R(
        "fr",
        "other",
        "2030-06-06",
        """
        Merci.
        """,
        "gmail_fr",
        Q(g_demo("Maître,"), "Julien Barthe <j.barthe@barthe-avocats.example>", 2, "09:49"),
    ),
    R(
        "fr",
        "other",
        "2030-06-21",
        """
        C'est à quel sujet ? Je ne vois pas de quel dossier il s'agit.

        Me Nadia Belkacem
        """,
        "outlook_fr",
        Q(a_avocat("Maître,"), "Nadia Belkacem <n.belkacem@belkacem-avocat.example>", 2, "10:38"),
    ),
    A(
        "fr",
        "other",
        "2030-07-02",
        """
        Votre message

          À : Étude Lambotte
          Objet : Traductions jurées et apostilles pour votre étude
          Envoyé : lundi 1 juillet 2030 16:14:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le mardi 2 juillet 2030 08:52:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        """,
    ),
    A(
        "fr",
        "other",
        "2030-06-18",
        """
        Votre message n'a pas pu être remis à un ou plusieurs destinataires.

        Remise à ces destinataires ou groupes impossible :

        p.lefort@etude-lefort.example
        L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.

        Informations de diagnostic pour les administrateurs :
        Serveur de génération : MX1.grefalis.example
        Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
        """,
    ),
    A(
        "fr",
        "other",
        "2030-07-09",
        """
        Accusé de réception automatique

        Nous avons bien reçu votre message, qui sera traité dans les meilleurs délais par le collaborateur en charge.

        SCP Mallet & Roche, commissaires de justice – Angers
        Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
        """,
    ),
    R(
        "fr",
        "other",
        "2030-06-14",
        """
        Pardon, je vous ai répondu par erreur tout à l'heure : mon message était destiné à un autre bureau de traduction. Merci de ne pas en tenir compte.

        C. Piron
        """,
        "gmail_fr",
        Q(v_etude("Maître,"), "Charlotte Piron <c.piron@notaire-piron.example>", 1, "10:15"),
    ),
    R(
        "fr",
        "other",
        "2030-07-11",
        """
        Je vois ça avec mes associés et je reviens vers vous.

        Me Paul Lamarque
        """,
        "outlook_fr",
        Q(g_trial("Maître,"), "Paul Lamarque <p.lamarque@lamarque-notaires.example>", 1, "12:48"),
    ),
    R(
        "fr",
        "other",
        "2030-07-24",
        """
        Je ne comprends pas, je croyais que c'était déjà vous notre courtier ? Nous avons reçu une facture d'Ardouin en mars.

        Cordialement,
        Me Valérie Soulé
        """,
        "gmail_fr",
        Q(a_relance("Maître,"), "Valérie Soulé <v.soule@soule-avocats.example>", 2, "15:19"),
    ),
    R(
        "fr",
        "other",
        "2030-07-23",
        """
        Reçu, merci. Bonne journée.

        Envoyé de mon iPad
        """,
        "apple_fr",
        Q(v_avocat("Maître,"), "Benoît Lefèvre <b.lefevre@lefevre-avocat.example>", 1, "09:02"),
    ),
    R(
        "fr",
        "other",
        "2030-07-26",
        """
        Vous êtes qui déjà ? On s'est croisés au salon de Marseille ?
        """,
        "android_fr",
        Q(g_demo("Maître,"), "Rémi Costa <r.costa@costa-avocat.example>", 3, "11:57"),
    ),
    R(
        "en",
        "other",
        "2030-06-20",
        """
        Thanks Tom.
        """,
        "gmail_en",
        Q(h_para("Hi Lewis,"), "Lewis Grant <lewis@grantmcphee.example>", 1, "10:44"),
    ),
    A(
        "en",
        "other",
        "2030-06-12",
        """
        Your message

            To: Patrick Hegarty
            Subject: Free webinar: source of funds – what the inspectors ask (Wed 19 June)
            Sent: 11 June 2030 09:31:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

        was read on 12 June 2030 14:05:48 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        """,
    ),
    A(
        "en",
        "other",
        "2030-07-10",
        """
        Delivery has failed to these recipients or groups:

        records@oakespartners.example
        The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

        Diagnostic information for administrators:
        Generating server: mail.vaultmere.example
        Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
        """,
    ),
    R(
        "en",
        "other",
        "2030-07-01",
        """
        Sorry, what is this regarding? I don't recall speaking to you.

        Jane Ferris
        """,
        "outlook_en",
        Q(h_nq("Dear Jane,"), "Jane Ferris <jferris@ferrisbowden.example>", 2, "13:22"),
    ),
    R(
        "en",
        "other",
        "2030-06-25",
        """
        Apologies - wrong thread, please ignore my last reply (it was meant for our auditors).

        Brian
        """,
        "gmail_en",
        Q(c_check("Dear Brian,"), "Brian Kehoe <bkehoe@kehoeandco.example>", 1, "16:25"),
    ),
    A(
        "en",
        "other",
        "2030-06-17",
        """
        Thank you for contacting Pembury Cole Solicitors. This is an automated acknowledgement: your email has been received and will be dealt with within two working days.

        Pembury Cole Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 800123). This email is confidential and may be privileged. If you have received it in error, please notify the sender and delete it. We will never change our bank details by email.
        """,
    ),
    R(
        "en",
        "other",
        "2030-07-15",
        """
        Received, thanks.
        """,
        "orig_en",
        Q(h_para("Dear Mr Doyle,"), "Martin Doyle <mdoyle@doylefairbairn.example>", 2, "09:13"),
    ),
    R(
        "en",
        "other",
        "2030-07-17",
        """
        Who gave you my email address?
        """,
        "outlook_en",
        Q(c_relance("Dear Ms Fahy,"), "Noreen Fahy <nfahy@fahyconnell.example>", 3, "10:41"),
    ),
    R(
        "en",
        "other",
        "2030-06-12",
        """
        Sent from my iPhone
        """,
        "apple_en",
        Q(w_deeds("Dear Mr Rudd,"), "Anthony Rudd <arudd@ruddsolicitors.example>", 1, "15:09"),
    ),
    R(
        "en",
        "other",
        "2030-07-26",
        """
        Ha - Tom! You placed me at Dunmore's back in 2026. Hope all's well with you.

        Ellie
        """,
        "gmail_en",
        Q(h_nq("Dear Ellie,"), "Ellie Fraser <efraser@fraserquinn.example>", 2, "08:48"),
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
random.Random(31).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout31", CASES, sys.argv)
