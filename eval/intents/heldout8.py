"""An eighth held-out split, `heldout8`: 258 replies written on 2026-11-30 by a helper blind to the rules. The author
never opened anything under workers/ nor tests/, no other split's replies (only the first 60 lines of heldout7.py,
for the file's shape) nor cases.json; only eval/intents/README.md lines 8-84 (the splits table, the revision
notes printed under it, and the Format section; not "How labels were decided" nor "not_now dates"), common.py,
/work/shared/INTELLIGENCE.md (the ten classes) and rules R8 and R15 of /work/shared/BEHAVIOUR.md. No classifier
was run while writing it. Never tuned on.

Prospects of six senders nobody used before, answering a first email or a follow-up:
- Hauteclaire Patrimoine (Lyon), conseillers en gestion de patrimoine placing SCPI units, with an English-speaking
  desk for expatriates in France and Switzerland;
- Orvalle Transmission, an M&A / business-transfer boutique (cession de PME familiales, d'officines, de cabinets
  dentaires; a cross-border desk for the UK and Ireland);
- Kerval Cyber, a cybersecurity audit consultancy (audit flash, tests d'intrusion, NIS2; Rennes and Dublin);
- Halden & Pryce, an executive-search firm (London, Dublin, New York, Montréal);
- Champsoleil Énergie and its UK/Irish arm Brightacre Solar, commercial rooftop solar for farms and warehouses;
- Escale Affaires (Geneva/Paris) and Wayfarer Business Travel (Boston/London), corporate travel agencies.
The prospects are agriculteurs, viticulteurs, pharmacists, architects, dentists, family SMEs, hotel groups,
associations, start-ups and mairies in France, Belgium, Switzerland, Québec, the UK, Ireland and the US; about
55 % French and 45 % English, some answering in the other language than the thread. Written as people write:
typos, no accents, SMS style, one-liners above long Outlook / Gmail / Apple Mail / Android threads whose quoted part
carries words of other classes (rendez-vous, devis, désinscription, pas intéressé, unsubscribe, meeting), inline
answers inside the quote, polite declines that sound positive, indirect opt-outs and many look-alikes that are not
opt-outs (declines that mention lists, "no need to remove me", legal footers with unsubscribe links, questions about
why the mails stopped), autoresponders in both languages with and without return dates and stand-ins, signatures
with titles, phones and two-language disclaimers, "Envoyé de mon iPhone", "Get Outlook for iOS".

Labelling convention (the author's, as a human adviser would read the prospect's NEW text; quoted history never
counts, as README's Format notes say):
- Two asks: the label is what the adviser must act on first. An opt-out outranks everything (R8 is a legal stop),
  so "pas intéressé, et ne me contactez plus" is `unsubscribe`. An automatic absence notice is `out_of_office` even
  when it names a stand-in with an address, a return date or "urgent". Otherwise the ask the prospect puts first
  in sequence wins ("before we meet, send your proposal" is `quote_request`; "let's meet, then we'll see about a
  devis" is `meeting_request`); asks made side by side rank meeting_request > quote_request > information_request >
  interested (a fee question deferred to the call stays `meeting_request`). A reply whose whole point is a later
  date is `not_now` even if it mentions a meeting then. A decline that points to someone else is `referral`.
- meeting_request: any call, visit, video call or meeting asked for or accepted, with or without a slot.
- interested: a positive answer without a concrete ask (accepting the offered free study or valuation, "go ahead").
- information_request: questions about the offer, including how fees work in general (entry fees, success fee
  basis, "is the fee on base or base plus bonus"), documentation, references. quote_request: a price, devis, offre,
  soumission, proposal, terms or lettre de mission for the prospect's own case ("how much for our 3 sites").
- referral: the reply points to someone else, by name, by address, or only by role ("notre DRH"); the parts it does
  not give are null. "Wrong person" or "I left the company" with no pointer at all: the author labelled these five
  `other`; they were relabelled `referral` with nobody named (both parts null) on 2026-12-01, as
  /work/shared/INTELLIGENCE.md defines the class ("wrong person, left the company, 'contact X instead', with the
  referred person when named") and eval/intents/README.md's "How labels were decided" does ("wrong person, left").
  The split's first blind measure was taken with the author's labels; bench/RESULTS.md gives both.
- unsubscribe: any request to stop, direct or indirect ("je ne souhaite plus être sollicité", "I'd appreciate it if
  this was the last one", a GDPR objection, "your unsubscribe link is broken, do it for me"). Mentioning a list
  without asking to leave it is not one. Questions about list mechanics (why the mails stopped, re-subscribe me,
  your mail went to spam) are `other`.
- not_now dates, relative to `sent`: a month ("en mars", "in April", "pas avant janvier") is the 1st of its next
  occurrence; "début <mois>" the 1st; "after / après / une fois / not before the end of X" the day after X (after
  30 June -> 1 July, after March or Q1 -> 1 April); "à partir du D" / "la semaine du D" D itself; "in N months",
  "dans un an" the same day N months later; "a fortnight" 14 days; "the week after D" the Monday after D; "Q1"
  1 January; "next year" 1 January of the next year. Seasons, events (vendanges, lambing, a new president, a
  policy being signed off) and "later" are vague: null.

`python heldout8.py DIR` writes DIR/cases.json (split name `heldout5`, so that `relance eval --only intents
--intents DIR` scores it; ids `heldout8-NNN`). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import C, block, write_split

# --------------------------------------------------------------------------- the six senders' emails

HC_FR = "Claire Montagut <c.montagut@hauteclaire-patrimoine.fr>"
HC_EN = "James Whitcombe <j.whitcombe@hauteclaire-patrimoine.fr>"
OR_FR = "Benoît Lacaze <benoit.lacaze@orvalle-transmission.fr>"
OR_EN = "Siobhan Kerr <s.kerr@orvalle-transmission.com>"
KV_FR = "Yann Le Goff <yann.legoff@kerval-cyber.fr>"
KV_EN = "Aoife Brennan <aoife.brennan@kervalcyber.ie>"
HP_EN = "Fiona Gallagher <fiona.gallagher@haldenpryce.com>"
HP_FR = "Marc-André Tremblay <ma.tremblay@haldenpryce.com>"
CS_FR = "Aurélien Bastide <a.bastide@champsoleil-energie.fr>"
BA_EN = "Tom Hargreaves <tom@brightacre-solar.co.uk>"
EA_FR = "Laetitia Rossier <l.rossier@escale-affaires.ch>"
WF_EN = "Dana Whitfield <dana.whitfield@wayfarerbt.com>"

SIG_HC_FR = """Claire Montagut
Conseillère en gestion de patrimoine – Hauteclaire Patrimoine
04 78 62 19 40 | 06 71 33 08 52
Conseiller en investissements financiers, membre de la CNCGP – ORIAS n° 21004417

Vous recevez ce message car votre adresse professionnelle est publique. Pour ne plus être sollicité(e), répondez
« désinscription » ou rendez-vous sur https://hauteclaire-patrimoine.fr/desinscription"""

SIG_HC_EN = """James Whitcombe
Private Client Adviser – English-speaking desk
Hauteclaire Patrimoine, Lyon | +33 4 78 62 19 47
Past performance is not a reliable indicator of future returns. The value of SCPI units can go down as well as up.
To stop receiving these emails, reply UNSUBSCRIBE."""

SIG_OR_FR = """Benoît Lacaze
Associé – Orvalle Transmission
Cession et transmission de PME, officines et cabinets de santé
12 quai de la Fosse, 44000 Nantes – 02 40 48 77 15"""

SIG_OR_EN = """Siobhan Kerr
Director, Cross-border desk
Orvalle Transmission | London · Dublin · Nantes
+44 20 3807 4412"""

SIG_KV_FR = """Yann Le Goff
Consultant senior – Kerval Cyber
Audit, tests d'intrusion, accompagnement NIS2
02 99 31 64 08 – kerval-cyber.fr

Si vous préférez ne plus recevoir nos messages, répondez STOP."""

SIG_KV_EN = """Aoife Brennan
Security Consultant | Kerval Cyber Ltd
Unit 4, Grand Canal Quay, Dublin 2 | +353 1 687 2290
Reply 'remove' if you'd rather not hear from us."""

SIG_HP_EN = """Fiona Gallagher
Partner | Halden & Pryce
London · Dublin · New York
+44 20 7946 3318

If you'd prefer not to receive further emails from me, just say so and I'll unsubscribe you."""

SIG_HP_FR = """Marc-André Tremblay
Associé, bureau de Montréal | Halden & Pryce
514 861-4420

Si vous ne souhaitez plus recevoir de courriels de notre part, il suffit de me le dire."""

SIG_CS_FR = """Aurélien Bastide
Chargé d'affaires agricole – Champsoleil Énergie
06 48 22 91 07 – www.champsoleil-energie.fr

Pour ne plus recevoir nos informations : désinscription en un clic https://champsoleil-energie.fr/stop"""

SIG_BA_EN = """Tom Hargreaves
Agricultural Solar Consultant
Brightacre Solar Ltd – 07700 918 442
To stop hearing from us, reply STOP."""

SIG_EA_FR = """Laetitia Rossier
Responsable grands comptes – Escale Affaires SA
Rue du Rhône 54, 1204 Genève – +41 22 318 45 60"""

SIG_WF_EN = """Dana Whitfield
Account Director, Wayfarer Business Travel
Boston | London  ·  +1 617 555 0142
Not the right person? Just point me to whoever handles travel. Unsubscribe: reply 'unsubscribe'."""

# (sender, signature, [(subject, body), ...]); "{to}" is the greeting's addressee, variant 0 is the first
# email, variant 1 the follow-up, variant 2 (where there is one) the last try.
MAILS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "scpi_fr": (
        HC_FR,
        SIG_HC_FR,
        [
            (
                "Placer votre trésorerie professionnelle en SCPI ?",
                "Bonjour {to},\n\nJe suis conseillère en gestion de patrimoine chez Hauteclaire Patrimoine, à Lyon. Beaucoup\n"
                "de professionnels libéraux que nous accompagnons placent une partie de leur trésorerie en parts de SCPI de\n"
                "bureaux et de santé, avec un taux de distribution autour de 5 % en 2025 (les performances passées ne\n"
                "préjugent pas des performances futures).\n\nAccepteriez-vous un rendez-vous de 20 minutes, à votre cabinet ou\n"
                "en visio, pour voir si cela a du sens pour vous ? Je peux aussi vous envoyer notre plaquette et une\n"
                "simulation chiffrée.\n\nBien cordialement,\n",
            ),
            (
                "RE: Placer votre trésorerie professionnelle en SCPI ?",
                "Bonjour {to},\n\nJe me permets de revenir vers vous suite à mon message de la semaine dernière sur les SCPI.\n"
                "Si le sujet n'est pas d'actualité, un simple « pas intéressé » me suffit et je ne vous relancerai plus.\n"
                "Sinon, je peux vous proposer un créneau mardi 10h ou jeudi 14h.\n\nBelle journée,\n",
            ),
        ],
    ),
    "scpi_en": (
        HC_EN,
        SIG_HC_EN,
        [
            (
                "French property funds for your savings",
                "Dear {to},\n\nI advise English-speaking professionals living in France and Switzerland on French commercial\n"
                "property funds (SCPI): offices, clinics and logistics, paying a quarterly income. Many of my clients hold\n"
                "them alongside an assurance-vie.\n\nWould you have 20 minutes for a call next week? I can also send a brochure,\n"
                "our fee schedule and a personalised simulation.\n\nKind regards,\n",
            ),
            (
                "RE: French property funds for your savings",
                "Dear {to},\n\nJust following up on my note about SCPI. If it isn't relevant, just say so and I'll close your\n"
                "file, no hard feelings. Otherwise, would Tuesday 3pm or Thursday 11am suit you for a short meeting?\n\n"
                "Best wishes,\n",
            ),
        ],
    ),
    "ma_fr": (
        OR_FR,
        SIG_OR_FR,
        [
            (
                "Transmission de votre entreprise – échange confidentiel",
                "Bonjour {to},\n\nOrvalle Transmission accompagne les dirigeants de PME familiales, les pharmaciens titulaires\n"
                "et les chirurgiens-dentistes dans la cession de leur entreprise, de leur officine ou de leur patientèle.\n"
                "Nous proposons une première valorisation indicative, gratuite et strictement confidentielle.\n\n"
                "Seriez-vous ouvert à un rendez-vous d'une heure, chez vous ou à notre bureau de Nantes ? Nos honoraires sont\n"
                "exclusivement au succès.\n\nSi le sujet ne vous concerne pas, je vous prie de m'en excuser : répondez\n"
                "simplement « non merci » et je ne vous écrirai plus.\n\nBien à vous,\n",
            ),
            (
                "RE: Transmission de votre entreprise – échange confidentiel",
                "Bonjour {to},\n\nJe reviens vers vous au sujet de la transmission de votre entreprise. Beaucoup de dirigeants\n"
                "nous répondent « pas maintenant », et c'est bien normal : dites-moi simplement à quel horizon vous\n"
                "envisagez la question et je reviendrai vers vous à ce moment-là.\n\nBien cordialement,\n",
            ),
        ],
    ),
    "ma_en": (
        OR_EN,
        SIG_OR_EN,
        [
            (
                "Succession planning – a confidential conversation",
                "Dear {to},\n\nI lead the cross-border desk at Orvalle Transmission, an M&A boutique that helps owner-managed\n"
                "businesses in the UK, Ireland and France plan a sale, a management buy-out or a family succession.\n\n"
                "We offer a confidential indicative valuation at no cost. Could we arrange a short call or a meeting? Our\n"
                "fees are success-based only.\n\nIf this isn't of interest, simply reply and I won't write again.\n\n"
                "Kind regards,\n",
            ),
            (
                "RE: Succession planning – a confidential conversation",
                "Dear {to},\n\nI wanted to follow up on my note below. Many owners tell us the timing isn't right yet, which\n"
                "is perfectly fine: let me know when would be a better time and I'll get back in touch then.\n\n"
                "Best regards,\n",
            ),
        ],
    ),
    "cyber_fr": (
        KV_FR,
        SIG_KV_FR,
        [
            (
                "Audit de cybersécurité – collectivités, santé et PME",
                "Bonjour {to},\n\nAprès les attaques par rançongiciel qui ont touché plusieurs mairies et cliniques de la région\n"
                "cette année, nous proposons un audit flash de deux jours : revue des sauvegardes, des accès distants, de la\n"
                "messagerie et du wifi, avec un rapport priorisé et un plan d'action.\n\nJe peux vous transmettre un devis sous\n"
                "48 h ou vous proposer un rendez-vous téléphonique de 15 minutes.\n\nCordialement,\n",
            ),
            (
                "RE: Audit de cybersécurité – collectivités, santé et PME",
                "Bonjour {to},\n\nJe me permets de vous relancer concernant notre audit flash. Avez-vous eu le temps d'y\n"
                "réfléchir ? Je suis disponible lundi après-midi ou mercredi matin pour un échange, et je peux vous envoyer\n"
                "un devis dès que vous me donnez le nombre de postes.\n\nCordialement,\n",
            ),
        ],
    ),
    "cyber_en": (
        KV_EN,
        SIG_KV_EN,
        [
            (
                "Penetration testing ahead of NIS2",
                "Hi {to},\n\nWith NIS2 now transposed in Ireland and across the EU, a lot of mid-sized firms are being asked by\n"
                "their customers and insurers for evidence of testing. We run fixed-price external penetration tests and\n"
                "Cyber Essentials readiness reviews, usually within three weeks of sign-off.\n\nHappy to send a quote or set up\n"
                "a 15-minute meeting, whichever is easier.\n\nThanks,\n",
            ),
            (
                "RE: Penetration testing ahead of NIS2",
                "Hi {to},\n\nBumping this up your inbox in case it got buried. Is external testing on your radar for the next\n"
                "quarter? If not, no problem at all.\n\nThanks,\n",
            ),
        ],
    ),
    "search_en": (
        HP_EN,
        SIG_HP_EN,
        [
            (
                "Senior hires for 2027",
                "Dear {to},\n\nHalden & Pryce is an executive search firm placing CFOs, COOs and general managers in\n"
                "hospitality, healthcare, technology and family-owned businesses.\n\nWould a brief call be useful to discuss\n"
                "your leadership pipeline for 2027? For context, our retained fee is a third of first-year cash\n"
                "compensation, payable in three instalments.\n\nWarm regards,\n",
            ),
            (
                "RE: Senior hires for 2027",
                "Dear {to},\n\nCircling back on my note below. I appreciate you're busy: if there's a better time or a better\n"
                "person to speak to, I'd be grateful for a pointer.\n\nWarm regards,\n",
            ),
        ],
    ),
    "search_fr": (
        HP_FR,
        SIG_HP_FR,
        [
            (
                "Recrutement de cadres dirigeants",
                "Bonjour {to},\n\nHalden & Pryce est un cabinet de recrutement de cadres dirigeants (directeurs généraux,\n"
                "directeurs financiers, directeurs d'établissement) avec des bureaux à Montréal, Londres, Dublin et New\n"
                "York. Nous travaillons beaucoup avec des coopératives, des groupes hôteliers et des entreprises familiales.\n\n"
                "Auriez-vous 20 minutes pour un appel la semaine prochaine ?\n\nAu plaisir,\n",
            ),
            (
                "RE: Recrutement de cadres dirigeants",
                "Bonjour {to},\n\nJe me permets un petit suivi de mon courriel ci-dessous. Si le moment est mal choisi, dites-le\n"
                "moi et je reviendrai vers vous plus tard.\n\nAu plaisir,\n",
            ),
        ],
    ),
    "solar_fr": (
        CS_FR,
        SIG_CS_FR,
        [
            (
                "Centrale solaire sur vos bâtiments agricoles",
                "Bonjour {to},\n\nChampsoleil installe des centrales photovoltaïques de 100 à 500 kWc sur les hangars,\n"
                "stabulations, poulaillers et entrepôts. Étude de faisabilité offerte, devis ferme sous 3 semaines,\n"
                "raccordement Enedis géré par nos soins, tarif d'achat garanti 20 ans.\n\nPuis-je passer voir vos bâtiments\n"
                "lors d'un rendez-vous sur site ?\n\nBien cordialement,\n",
            ),
            (
                "RE: Centrale solaire sur vos bâtiments agricoles",
                "Bonjour {to},\n\nJe reviens vers vous au sujet de votre projet de toiture photovoltaïque. Le tarif d'achat\n"
                "baisse chaque trimestre : si le projet n'est pas d'actualité, n'hésitez pas à me le dire, je ne vous\n"
                "embêterai pas davantage.\n\nBien cordialement,\n",
            ),
        ],
    ),
    "solar_en": (
        BA_EN,
        SIG_BA_EN,
        [
            (
                "Solar on your sheds and grain stores",
                "Hi {to},\n\nWe design and install rooftop solar on farm buildings and warehouses across England, Wales and\n"
                "Ireland, and help with grant applications (TAMS, SEAI). Free site survey, fixed quote, no obligation.\n\n"
                "Would you be open to a site visit in the next few weeks?\n\nCheers,\n",
            ),
            (
                "RE: Solar on your sheds and grain stores",
                "Hi {to},\n\nJust a quick follow-up on the solar survey. If now's not the time, tell me when would be better and\n"
                "I'll come back to you then.\n\nCheers,\n",
            ),
        ],
    ),
    "travel_fr": (
        EA_FR,
        SIG_EA_FR,
        [
            (
                "Vos déplacements professionnels et séminaires 2027",
                "Bonjour {to},\n\nEscale Affaires gère les voyages d'affaires et les séminaires de PME, d'associations et de\n"
                "collectivités en Suisse romande et en France : billets, hôtels, trains, assistance 24 h/24, avec des frais\n"
                "de service par billet et un outil de réservation en ligne.\n\nPuis-je vous proposer un rendez-vous ou vous\n"
                "adresser une proposition tarifaire ? Si vous ne souhaitez plus être contacté, répondez simplement à ce\n"
                "message.\n\nMeilleures salutations,\n",
            ),
            (
                "RE: Vos déplacements professionnels et séminaires 2027",
                "Bonjour {to},\n\nJe me permets de revenir vers vous concernant l'organisation de vos déplacements pour 2027.\n"
                "Avez-vous eu l'occasion d'en parler en interne ?\n\nMeilleures salutations,\n",
            ),
        ],
    ),
    "travel_en": (
        WF_EN,
        SIG_WF_EN,
        [
            (
                "Managing your team's travel in 2027",
                "Hi {to},\n\nWayfarer handles business travel for growing companies and nonprofits: flights, hotels, rail,\n"
                "group events and 24/7 support, with a simple per-trip fee and no platform subscription.\n\nCould we grab 20\n"
                "minutes next week to see whether we'd be a fit?\n\nBest,\n",
            ),
            (
                "RE: Managing your team's travel in 2027",
                "Hi {to},\n\nFollowing up on my last email. If travel isn't on your plate, could you point me to the right\n"
                "person? And if you'd rather I stopped writing, just say the word.\n\nBest,\n",
            ),
        ],
    ),
}


def weekday_before(sent: str, ago: int) -> date:
    """The day `ago` days before `sent`, moved back to the Friday when it falls on a weekend (senders write on
    working days)."""
    d = date.fromisoformat(sent) - timedelta(days=ago)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def thread(
    key: str,
    sent: str,
    style: str,
    to: str,
    me: str,
    *,
    v: int = 0,
    ago: int = 6,
    hm: str = "09:12",
    prior: str | None = None,
    prior_style: str | None = None,
) -> str:
    """The sender's email (variant v, sent `ago` days before the reply) as quoted under the reply.

    With `prior`, the sender's email is a follow-up that itself quotes the prospect's earlier answer (sent two
    days before it), and under that the first email.
    """
    frm, sig, variants = MAILS[key]
    subj, body = variants[v]
    d = weekday_before(sent, ago)
    text = body.replace("{to}", to) + sig
    if prior is not None:
        ps = prior_style or style
        first_subj, first_body = variants[0]
        first = first_body.replace("{to}", to) + sig
        first_d = d - timedelta(days=9)
        while first_d.weekday() >= 5:
            first_d -= timedelta(days=1)
        inner = block(ps, frm, me, first_subj, first_d, "08:47", first)
        text += block(ps, me, frm, "RE: " + first_subj, d - timedelta(days=2), "18:31", prior + inner)
    return block(style, frm, me, subj, d, hm, text)


def inline(
    key: str,
    sent: str,
    style: str,
    to: str,
    me: str,
    answers: dict[str, str],
    *,
    v: int = 0,
    ago: int = 3,
    head: str = "",
    tail: str = "",
) -> str:
    """A reply typed inside the quote, after each quoted line that starts with a key of `answers`. Gmail and Apple
    quotes carry "> "; in an Outlook quote the lines are bare and the answers are typed between them."""
    frm, sig, variants = MAILS[key]
    subj, body = variants[v]
    d = weekday_before(sent, ago)
    bare = style.startswith(("outlook", "owa", "orig", "android"))
    out = []
    for ln in (body.replace("{to}", to) + sig).split("\n"):
        out.append(ln if bare else (("> " + ln) if ln else ">"))
        for start, answer in answers.items():
            if ln.startswith(start):
                out.append(answer)
    if bare:
        top = block(style, frm, me, subj, d, "10:05", "").rstrip()
    else:
        top = block(style, frm, me, subj, d, "10:05", "").rstrip().rstrip(">").rstrip()
    return head + top + "\n\n" + "\n".join(out) + tail


CASES: list[dict] = []


def add(lang: str, label: str, sent: str, text: str, **kw) -> None:
    CASES.append(C(lang, label, text.lstrip("\n"), sent=sent, **kw))


T = thread
IPHONE = "\n\nEnvoyé de mon iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
GALAXY = "\n\nEnvoyé depuis mon appareil Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
OUTLOOK_AND = "\n\nObtenir Outlook pour Android"

DISC_BI = """

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez
reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.
This message and its attachments are confidential and intended solely for the addressee. If you have received it
in error, please delete it and notify the sender."""

DISC_CH = """

Ce courriel est confidentiel. S'il ne vous est pas destiné, veuillez en informer l'expéditeur et le supprimer.
Diese E-Mail ist vertraulich. Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den
Absender und löschen Sie diese E-Mail."""

DISC_IE = """

This email and any files transmitted with it are confidential and intended solely for the use of the individual or
entity to whom they are addressed. Registered in Ireland No. 481172. Registered office: Kilbride Road, Naas, Co.
Kildare. Please consider the environment before printing this email."""

# =========================================================================== interested

add(
    "fr",
    "interested",
    "2026-10-21",
    "ca tombe bien on refait la couverture du grand hangar l'an prochain. partant pour votre etude"
    "\n\nJP Caussade\nGAEC des Trois Chênes"
    + GALAXY
    + T("solar_fr", "2026-10-21", "android_fr", "Monsieur Caussade", "gaec.troischenes@wanadoo.fr", ago=8),
)

add(
    "fr",
    "interested",
    "2026-10-13",
    "Bonjour,\n\nOui pourquoi pas. Le sujet de la trésorerie de l'officine me travaille depuis un moment, mon "
    "expert-comptable m'en avait d'ailleurs parlé au printemps.\n\nBonne journée\n\nSophie Arnaud\nPharmacie Arnaud "
    "– 14 place du Marché, 63200 Riom"
    + IPHONE
    + T("scpi_fr", "2026-10-13", "apple_fr", "Docteur", "pharmacie.arnaud@orange.fr", ago=5),
)

add(
    "fr",
    "interested",
    "2026-11-04",
    "Monsieur,\n\nVotre message arrive au bon moment. Mon frère et moi (61 et 64 ans) réfléchissons depuis "
    "l'été à la suite de l'entreprise : aucun de nos enfants ne souhaite reprendre. Le principe d'une "
    "valorisation confidentielle nous convient tout à fait.\n\nCordialement,\n\nGérard Pellissier\nCogérant – "
    "Menuiseries Pellissier SARL\nZA des Noues, 49300 Cholet\n02 41 62 18 90"
    + T("ma_fr", "2026-11-04", "outlook_fr", "Monsieur", "g.pellissier@menuiseries-pellissier.fr", ago=9),
)

add(
    "fr",
    "interested",
    "2026-10-16",
    "Bonjour,\n\nLe conseil municipal a voté hier soir une enveloppe pour la sécurité informatique, votre "
    "proposition d'audit tombe à point nommé. Je transmets à Monsieur le Maire pour la forme, mais a priori "
    "c'est oui.\n\nCordialement,\n\nMaryse Lacombe\nSecrétaire de mairie\nMairie de Saint-Amans-du-Tarn\n"
    "05 63 41 22 07\n\nLes données vous concernant sont traitées par la commune dans le respect du RGPD. Pour "
    "exercer vos droits ou vous désinscrire de la lettre municipale : dpo@saintamans81.fr"
    + T("cyber_fr", "2026-10-16", "owa_fr", "Madame, Monsieur", "mairie@saintamans81.fr", v=1, ago=4),
)

add(
    "fr",
    "interested",
    "2026-11-12",
    "Ça pourrait franchement nous simplifier la vie. On organise quatre séminaires par an et c'est moi qui "
    "fais tout à la main, billets, hôtels, salles... Je suis preneuse !\n\nAnne-Laure Bovet\nSecrétaire générale\n"
    "Association romande des maîtres d'apprentissage\nAvenue de la Gare 12, 1003 Lausanne"
    + T("travel_fr", "2026-11-12", "outlook_fr", "Madame Bovet", "al.bovet@armap.ch", ago=10),
)

add(
    "fr",
    "interested",
    "2026-11-18",
    "Bonjour M. Tremblay,\n\nVotre courriel arrive à point. Notre directeur des opérations prend sa retraite en "
    "juin et nous n'avons personne à l'interne pour prendre la relève. Je serais partante pour qu'on "
    "travaille ensemble là-dessus.\n\nCordialement,\n\nIsabelle Côté\nDirectrice générale\nCoopérative "
    "agricole des Appalaches\n418 387-5521 poste 204\n\nAvis de confidentialité : ce courriel peut contenir "
    "des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire."
    + T("search_fr", "2026-11-18", "outlook_qc", "Madame Côté", "icote@coopappalaches.qc.ca", ago=7),
)

add(
    "fr",
    "interested",
    "2026-10-28",
    inline(
        "ma_fr",
        "2026-10-28",
        "gmail_fr",
        "Docteur",
        "cabinet.dr.lemarchand@gmail.com",
        {
            "Nous proposons une première valorisation": "\nOui avec plaisir. Je rassemble les trois derniers bilans "
            "du cabinet et je vous les envoie cette semaine.\n",
            "exclusivement au succès": "\nOn verra après la valorisation.\n",
        },
        head="Réponses dans le texte.\nF. Lemarchand\n",
    ),
)

add(
    "fr",
    "interested",
    "2026-11-06",
    "Bonjour,\n\nOn a 2400 m2 de toiture sur les poulaillers, ça doit bien pouvoir servir à quelque chose 😉 "
    "Allez-y pour l'étude.\n\nBien à vous,\nMarc Lambotte\nFerme Lambotte – Ciney"
    + T("solar_fr", "2026-11-06", "gmail_fr", "Monsieur Lambotte", "marc.lambotte@skynet.be", ago=12),
)

add(
    "fr",
    "interested",
    "2026-10-22",
    "Finalement, après en avoir discuté avec mon associée, on est plutôt pour. Dites-nous comment on "
    "procède.\n\nJulien Roux\nArchitecte DPLG – Atelier Roux & Vidal\n27 rue Paul Bert, 69003 Lyon"
    + T(
        "scpi_fr",
        "2026-10-22",
        "outlook_fr",
        "Monsieur Roux",
        "j.roux@atelier-rouxvidal.fr",
        v=1,
        ago=3,
        prior="Bonjour,\n\nPas intéressé pour l'instant, on a d'autres priorités à l'agence.\n\nJ. Roux",
    ),
)

add(
    "fr",
    "interested",
    "2026-11-09",
    "ok pour tester sur nos deplacements de janvier on verra bien. je mets en copie Nadia notre assistante, "
    "c est elle qui reserve tout chez nous, mais c est moi qui valide\n\nPhilippe\n\nPhilippe Grandjean\n"
    "Gérant – Transports Grandjean & Fils"
    + OUTLOOK_AND
    + T(
        "travel_fr", "2026-11-09", "outlook_fr", "Monsieur Grandjean", "p.grandjean@transports-grandjean.fr", v=1, ago=5
    ),
)

add(
    "fr",
    "interested",
    "2026-10-30",
    "C'est exactement ce qu'il nous faut après la frayeur de cet été (hameçonnage sur la boîte de l'accueil, "
    "on a eu chaud). Go.\n\nDr Hélène Sabatier\nCentre dentaire des Brotteaux"
    + T("cyber_fr", "2026-10-30", "iphone_fr", "Docteur", "accueil@dentaire-brotteaux.fr", ago=2),
)

add(
    "fr",
    "interested",
    "2026-11-16",
    "Bonjour Monsieur Lacaze,\n\nJe ne vous cache pas que l'idée de céder l'officine me trotte dans la tête "
    "depuis un bon moment. Votre approche, discrète et au succès, me plaît bien.\n\nBien à vous,\n\n"
    "Luc Dewaele\nPharmacien titulaire\nPharmacie Dewaele – Chaussée de Louvain 233, 1030 Schaerbeek\n"
    "02 215 44 80" + T("ma_fr", "2026-11-16", "outlook_fr", "Monsieur Dewaele", "luc.dewaele@pharmadewaele.be", ago=6),
)

add(
    "fr",
    "interested",
    "2026-10-08",
    "Vous avez toute mon attention. 180 000 € qui dorment sur le compte pro depuis deux ans, il serait temps "
    "de les faire travailler...\n\nDr Vincent Olivier\nChirurgien-dentiste"
    + IPHONE
    + T("scpi_fr", "2026-10-08", "apple_fr", "Docteur", "vincent.olivier.cd@gmail.com", ago=1),
)

add(
    "fr",
    "interested",
    "2026-11-24",
    "Bonjour,\n\nLe timing est bon : nous ouvrons deux hôtels l'an prochain, à Annecy et à Biarritz, et il nous "
    "faudra deux directeurs d'établissement. Nous sommes partants pour avancer avec vous.\n\nBien "
    "cordialement,\n\nEmmanuelle Ferrer\nDirectrice générale déléguée\nGroupe Hôtelier Ferrer & Cie\n"
    "+33 1 53 76 20 11"
    + DISC_BI
    + T("search_fr", "2026-11-24", "outlook_fr", "Madame Ferrer", "e.ferrer@ghferrer.com", v=1, ago=6),
)

add(
    "en",
    "interested",
    "2026-10-19",
    "Yes go on then. Sheds are south facing, about 1,800 sq m all told. Been meaning to look into it since the "
    "TAMS grant opened.\n\nRob"
    + IPHONE_EN
    + T("solar_en", "2026-10-19", "apple_en", "Rob", "rob@lowerhillfarm.co.uk", ago=4),
)

add(
    "en",
    "interested",
    "2026-11-10",
    "Fiona – good timing actually. Our GM in Galway is leaving in the spring and I'd rather not fill it by "
    "word of mouth again, that went badly last time. Keen to work with you on this one.\n\nCiarán\n\n"
    "Ciarán Mac Giolla\nManaging Director | Corrib Hotel Collection\n+353 91 528 400"
    + DISC_IE
    + T("search_en", "2026-11-10", "outlook_en", "Ciarán", "ciaran@corribhotels.ie", v=1, ago=6),
)

add(
    "en",
    "interested",
    "2026-10-15",
    "This is timely — our SOC 2 auditor flagged the lack of an external pentest last week. We're in.\n\n"
    "Jordan Reyes\nCTO, Trellisly"
    + OUTLOOK_IOS
    + T("cyber_en", "2026-10-15", "gmail_us", "Jordan", "jordan@trellisly.com", ago=2),
)

add(
    "en",
    "interested",
    "2026-11-05",
    "Honestly this sounds like a relief. We've been booking everything on personal cards and reimbursing "
    "for years. Let's do it.\n\nMaria Delgado | Operations Director\nHudson Valley Literacy Alliance\n"
    "(845) 555-0178\n\nYou are receiving this email because you subscribed to updates from Hudson Valley "
    "Literacy Alliance. Unsubscribe | Update preferences"
    + T("travel_en", "2026-11-05", "gmail_us", "Maria", "mdelgado@hvliteracy.org", ago=8),
)

add(
    "en",
    "interested",
    "2026-10-27",
    "Siobhan, thank you. My father has been putting this off for ten years but he has finally agreed it's "
    "time. A confidential valuation sounds like exactly the right first step for us.\n\nRegards,\nEmma Thornbury\n"
    "Finance Director, Thornbury Engineering Ltd\nUnit 7, Moor Lane Industrial Estate, Sheffield S9 3LH"
    + T("ma_en", "2026-10-27", "outlook_en", "Ms Thornbury", "emma.thornbury@thornbury-eng.co.uk", ago=13),
)

add(
    "en",
    "interested",
    "2026-10-12",
    "Sounds sensible. Most of my savings are sitting in a Livret A doing nothing. Count me in for the "
    "simulation.\n\nAndrew\n\nDr Andrew Pike\nChirurgien-dentiste – Cabinet du Port, Antibes"
    + T("scpi_en", "2026-10-12", "gmail_en", "Dr Pike", "andrew.pike@cabinetduport.fr", ago=4),
)

add(
    "en",
    "interested",
    "2026-11-03",
    "Hello Yann,\n\nSorry to answer in English, our IT lead doesn't read French. We would like to move forward "
    "with the two-day flash audit.\n\nBest regards,\nLukas Meier\nCOO, Alpimed SA, Sion"
    + DISC_CH
    + T("cyber_fr", "2026-11-03", "outlook_fr", "Monsieur Meier", "l.meier@alpimed.ch", v=1, ago=5),
)

add(
    "en",
    "interested",
    "2026-11-19",
    "ha, you caught me on the right day – just spent two hours rebooking flights after the rail strike. "
    "I'm listening.\n\nPriya"
    + IPHONE_EN
    + T("travel_en", "2026-11-19", "apple_en", "Priya", "priya@loopbase.io", v=1, ago=7),
)

add(
    "en",
    "interested",
    "2026-11-13",
    "Appreciate the note. We're scaling from 40 to 120 people next year and I'll need a real CFO before the "
    "Series B. You've got my attention.\n\n—\nBen Adler\nCo-founder & CEO, Fernhill Robotics\nfernhill.ai"
    + T("search_en", "2026-11-13", "gmail_us", "Ben", "ben@fernhill.ai", ago=3),
)

add(
    "en",
    "interested",
    "2026-10-23",
    "Tom, we got the SEAI letter last month saying the grant is open to us. Glad to get the ball rolling with "
    "you.\n\nSeamus Geraghty\nGeraghty Poultry Ltd, Ballinasloe"
    + DISC_IE
    + T("solar_en", "2026-10-23", "outlook_en", "Seamus", "seamus@geraghtypoultry.ie", v=1, ago=9),
)

# =========================================================================== meeting_request

add(
    "fr",
    "meeting_request",
    "2026-10-19",
    "jeudi 14h ça me va, au cabinet entre deux patients. 20 min max svp"
    + T("scpi_fr", "2026-10-19", "iphone_fr", "Docteur", "dr.mfaure@cabinet-faure.fr", v=1, ago=1, hm="18:40"),
)

add(
    "fr",
    "meeting_request",
    "2026-11-05",
    "passez a la ferme samedi matin vers 9h jsuis la. prenez des bottes"
    + T("solar_fr", "2026-11-05", "android_fr", "Monsieur Bouvier", "earl.bouvier@orange.fr", v=1, ago=3),
)

add(
    "fr",
    "meeting_request",
    "2026-10-28",
    "Bonjour,\n\nPouvons-nous nous voir à votre bureau de Nantes la semaine du 9 novembre ? Je suis libre le "
    "mardi toute la journée et le vendredi après-midi.\n\nCordialement,\n\nThierry Massé\nPDG – Massé "
    "Conditionnement SAS\n02 51 44 09 30"
    + T("ma_fr", "2026-10-28", "outlook_fr", "Monsieur Massé", "t.masse@masse-conditionnement.fr", ago=15),
)

add(
    "fr",
    "meeting_request",
    "2026-11-10",
    "Bonjour,\n\nMonsieur le Maire souhaite vous rencontrer avant toute décision. Il tient sa permanence le "
    "samedi matin en mairie, de 9h à 12h. Pourriez-vous venir le 21 novembre ?\n\nCordialement,\n\n"
    "Le secrétariat de mairie\nMairie de Plouguenast\n02 96 28 70 14"
    + T("cyber_fr", "2026-11-10", "owa_fr", "Madame, Monsieur", "mairie.plouguenast@wanadoo.fr", ago=6),
)

add(
    "fr",
    "meeting_request",
    "2026-11-17",
    "Bonjour Madame Rossier,\n\nAppelez-moi plutôt, c'est plus simple : 079 412 88 03, idéalement entre 12h "
    "et 13h30.\n\nMeilleures salutations,\n\nDaniel Pittet\nDirecteur administratif et financier\nPittet "
    "Frères SA – Matériaux de construction, Bulle"
    + DISC_CH
    + T("travel_fr", "2026-11-17", "outlook_fr", "Monsieur Pittet", "daniel.pittet@pittet-freres.ch", ago=6),
)

add(
    "fr",
    "meeting_request",
    "2026-11-19",
    "Bonjour,\n\nUn appel Teams mardi prochain en avant-midi ferait mon affaire. Envoyez-moi une invitation, "
    "je vais ajouter notre VP ressources humaines.\n\nMerci!\n\nFrançois Bélanger\nPrésident\nGroupe Boréal "
    "Transport inc.\n819 762-3340"
    + T("search_fr", "2026-11-19", "outlook_qc", "Monsieur Bélanger", "fbelanger@groupeboreal.ca", ago=2),
)

add(
    "fr",
    "meeting_request",
    "2026-10-20",
    inline(
        "scpi_fr",
        "2026-10-20",
        "gmail_fr",
        "Docteur",
        "pharmacie.duparc@gmail.com",
        {
            "Sinon, je peux vous proposer": "\nMardi 10h, mais en visio svp, je ne peux pas quitter l'officine.\n",
        },
        v=1,
        ago=2,
        tail="\n\n-- \nPharmacie du Parc – Villefranche-sur-Saône",
    ),
)

add(
    "fr",
    "meeting_request",
    "2026-11-02",
    "Bonsoir,\n\nJe préfèrerais en parler de vive voix, pas par mail. Je suis au cabinet tous les jours sauf "
    "le mercredi, et le soir après 19h ça m'arrange. Dites-moi ce qui vous convient.\n\nDr Pascale Renaud\n"
    "Chirurgien-dentiste, 8 rue des Halles, 37000 Tours"
    + T("ma_fr", "2026-11-02", "gmail_fr", "Docteur", "dr.renaud.tours@gmail.com", v=1, ago=4, hm="14:02"),
)

add(
    "fr",
    "meeting_request",
    "2026-11-10",
    "On peut caler 30 min en visio lundi 16 à 11h ? Je vous dirai ensuite si on part sur un devis ou pas.\n\n"
    "Stéphane Kerjean\nResponsable informatique – Conserverie Kerjean\n02 98 56 12 40"
    + T("cyber_fr", "2026-11-10", "outlook_fr", "Monsieur Kerjean", "s.kerjean@conserverie-kerjean.bzh", ago=3),
)

add(
    "fr",
    "meeting_request",
    "2026-11-24",
    "Bonjour,\n\nNotre responsable technique, M. Renard, peut vous recevoir sur le site de Liège le 3 "
    "décembre à 14h pour la visite de toiture. Merci de me confirmer.\n\nCordialement,\n\nSandrine Hoste\n"
    "Assistante de direction – Logistique Meuse SA\nRue de l'Abbaye 91, 4040 Herstal"
    + T("solar_fr", "2026-11-24", "outlook_fr", "Madame, Monsieur", "direction@logistiquemeuse.be", ago=8),
)

add(
    "fr",
    "meeting_request",
    "2026-11-05",
    "bjr dispo jeudi aprem pour un coup de fil ? sinon vendredi matin. 06 33 71 20 58\nKarim, tresorier"
    + T("travel_fr", "2026-11-05", "gmail_fr", "Monsieur", "tresorier.asso.lesbalises@gmail.com", v=1, ago=2),
)

add(
    "fr",
    "meeting_request",
    "2026-11-16",
    "Bonjour Madame,\n\nMon mari et moi aimerions vous rencontrer ensemble, forcément un soir après la traite… "
    "Le 19 ou le 20 à 20h30 chez nous, ça irait ? On est au lieu-dit Kerbastard, à Pontivy.\n\nChristine "
    "Le Bihan\nEARL Le Bihan"
    + GALAXY
    + T("scpi_fr", "2026-11-16", "android_fr", "Madame Le Bihan", "earl.lebihan56@orange.fr", ago=6),
)

add(
    "fr",
    "meeting_request",
    "2026-11-20",
    "Cher Monsieur,\n\nJe vous propose un déjeuner le 4 décembre à l'hôtel, à 12h30. Ma directrice financière "
    "se joindra à nous.\n\nBien cordialement,\n\nArnaud de Vallois\nPrésident – Hôtels de Vallois\n"
    "Le Manoir des Loges, 41000 Blois\n+33 2 54 90 12 12"
    + DISC_BI
    + T("ma_fr", "2026-11-20", "outlook_fr", "Monsieur de Vallois", "a.devallois@hotels-devallois.com", ago=5),
)

add(
    "fr",
    "meeting_request",
    "2026-10-14",
    "Bonjour,\n\nJe réponds en français, j'espère que ça ira. Nous aimerions faire un point en visioconférence "
    "avec notre responsable informatique la semaine prochaine, mercredi ou jeudi entre 14h et 17h.\n\n"
    "Salutations,\nCorinne Aebischer\nClinique du Lac, Neuchâtel"
    + T("cyber_en", "2026-10-14", "outlook_en", "Ms Aebischer", "c.aebischer@cliniquedulac.ch", ago=5),
)

add(
    "fr",
    "meeting_request",
    "2026-10-07",
    "Bonjour, pouvez-vous me rappeler demain matin ? Je suis au 01 42 60 33 17 jusqu'à 11h.\n\nMerci\n"
    "Olivier Sarda – Sarda Import-Export"
    + T("travel_fr", "2026-10-07", "owa_fr", "Monsieur Sarda", "o.sarda@sarda-import.fr", ago=1),
)

add(
    "en",
    "meeting_request",
    "2026-10-21",
    "Fiona,\n\nThursday 4pm UK time works. Teams or Zoom, your call.\n\nRegards,\nRichard Hale\n"
    "Chief Executive | Hale & Sons Bakeries\n0121 496 0733"
    + T("search_en", "2026-10-21", "outlook_en", "Richard", "richard.hale@halebakeries.co.uk", ago=1),
)

add(
    "en",
    "meeting_request",
    "2026-11-09",
    "come out and have a look, tuesday afternoon is best, we're milking till 3. postcode is HR4 7QP\nGareth"
    + T("solar_en", "2026-11-09", "gmail_en", "Gareth", "gareth.prosser@btinternet.com", v=1, ago=4),
)

add(
    "en",
    "meeting_request",
    "2026-10-26",
    "Can we do a quick call Monday at 10? I'd like our IT contractor on it as well.\n\nNiall Fitzgerald\n"
    "General Manager, Westport Creamery\n+353 98 25 410"
    + DISC_IE
    + T("cyber_en", "2026-10-26", "outlook_en", "Niall", "niall.fitzgerald@westportcreamery.ie", v=1, ago=6),
)

add(
    "en",
    "meeting_request",
    "2026-11-16",
    "Grab a slot here: calendly.com/jen-okafor/20min — anything Wed or Thu afternoon works.\n\nJen Okafor\n"
    "Head of People Ops, Loopbase" + T("travel_en", "2026-11-16", "gmail_us", "Jen", "jen@loopbase.io", ago=5),
)

add(
    "en",
    "meeting_request",
    "2026-11-12",
    "Siobhan,\n\nI'm in London on the 24th and 25th. Could we meet at your office for an hour, say 2pm on "
    "the 24th?\n\nBest,\nMalcolm Reid\nOwner, Reid Hotels (Perthshire)"
    + OUTLOOK_IOS
    + T("ma_en", "2026-11-12", "outlook_en", "Mr Reid", "malcolm@reidhotels.scot", ago=9),
)

add(
    "en",
    "meeting_request",
    "2026-10-19",
    "Happy to have that call. Tuesday 3pm as you suggested – Geneva time, I assume? Call me on "
    "+41 78 556 21 09.\n\nHelen Marsh\nMarsh Architecture Sàrl, Nyon"
    + T("scpi_en", "2026-10-19", "gmail_en", "Ms Marsh", "helen@marsh-architecture.ch", v=1, ago=3),
)

add(
    "en",
    "meeting_request",
    "2026-10-14",
    "Let's talk. How does Friday at 1pm ET look? I'm also curious whether the one-third fee is negotiable for "
    "two searches, but we can cover that on the call.\n\nDana Kowalczyk\nCOO, Brightwater Health Partners\n"
    "(617) 555-0193" + T("search_en", "2026-10-14", "outlook_us", "Dana", "dkowalczyk@brightwaterhp.com", ago=2),
)

add(
    "en",
    "meeting_request",
    "2026-11-03",
    "Could you pop into the office one morning next week? We're at 14 Canal Street, Leeds. Any day except "
    "Wednesday.\n\nThanks\nHannah\n\nHannah Wilde\nOperations Manager | Northern Youth Theatre Trust\n"
    "Registered charity no. 1089324"
    + T("travel_en", "2026-11-03", "outlook_en", "Hannah", "hannah.wilde@nytt.org.uk", v=1, ago=6),
)

add(
    "en",
    "meeting_request",
    "2026-11-11",
    inline(
        "cyber_en",
        "2026-11-11",
        "gmail_us",
        "Sam",
        "sam@pinecrestlabs.com",
        {
            "a 15-minute meeting, whichever": "\nMeeting first please. Tues 11/17, 2pm ET?\n",
        },
        ago=1,
    ),
)

add(
    "en",
    "meeting_request",
    "2026-11-18",
    "Siobhan,\n\nI'd rather talk this through face to face than on the phone. I'm in Cork – would you be able "
    "to come down some day in early December?\n\nKind regards\nDr Fiona Hurley\nHurley Dental, Douglas, Cork"
    + T("ma_en", "2026-11-18", "outlook_en", "Dr Hurley", "fiona@hurleydental.ie", v=1, ago=7),
)

add(
    "en",
    "meeting_request",
    "2026-10-29",
    "Tom ring me tomorrow after 6, 087 224 5190. Ger"
    + IPHONE_EN
    + T("solar_en", "2026-10-29", "apple_en", "Ger", "ger.kinsella@eircom.net", ago=2),
)

# =========================================================================== information_request

add(
    "fr",
    "information_request",
    "2026-10-15",
    "Bonjour,\n\nAvant d'aller plus loin : quels sont les frais d'entrée sur ces SCPI ? On m'a parlé de 10 % "
    "du montant investi, c'est vrai ?\n\nCordialement,\nÉlodie Marchal\nPharmacie Marchal, Vierzon"
    + T("scpi_fr", "2026-10-15", "outlook_fr", "Madame Marchal", "pharmacie.marchal@gmail.com", ago=7),
)

add(
    "fr",
    "information_request",
    "2026-10-21",
    "c quoi le delai de jouissance ? et on peut revendre quand on veut ou c bloqué ?"
    + T("scpi_fr", "2026-10-21", "iphone_fr", "Docteur", "cabinet.dentaire.nguyen@gmail.com", v=1, ago=3),
)

add(
    "fr",
    "information_request",
    "2026-11-09",
    "Bonjour,\n\nComment êtes-vous rémunérés exactement ? « Au succès », c'est un pourcentage du prix de "
    "cession ? Y a-t-il un minimum, même si la vente ne se fait pas ?\n\nCordialement,\n\nBernard Quéré\n"
    "Gérant – Quéré Matériel Agricole\n02 97 27 48 15"
    + T("ma_fr", "2026-11-09", "outlook_fr", "Monsieur Quéré", "b.quere@quere-materiel.fr", ago=11),
)

add(
    "fr",
    "information_request",
    "2026-10-23",
    "Bonjour,\n\nL'audit flash couvre-t-il aussi les postes de l'école et de la médiathèque, qui sont sur un "
    "réseau séparé ? Et êtes-vous référencés à l'UGAP ?\n\nMerci,\n\nSylvie Dantec\nDirectrice générale des "
    "services\nMairie de Saint-Divy\n02 98 07 25 61"
    + T("cyber_fr", "2026-10-23", "owa_fr", "Madame, Monsieur", "dgs@saint-divy.fr", ago=9),
)

add(
    "fr",
    "information_request",
    "2026-11-13",
    "bonjour, ca marche comment pour le raccordement si on est a 800 m du transfo ? c nous qui payons "
    "l'extension du reseau ou vous ?\ncdt\nA. Vergnes"
    + GALAXY
    + T("solar_fr", "2026-11-13", "android_fr", "Monsieur Vergnes", "vergnes.alain@orange.fr", ago=5),
)

add(
    "fr",
    "information_request",
    "2026-11-04",
    "Bonjour,\n\nTravaillez-vous aussi avec les CFF pour les abonnements généraux de nos collaborateurs, ou "
    "seulement l'aérien et l'hôtellerie ?\n\nMerci d'avance,\n\nMonique Savary\nResponsable administrative\n"
    "Savary Ingénieurs Conseils SA, Fribourg"
    + DISC_CH
    + T("travel_fr", "2026-11-04", "outlook_fr", "Madame Savary", "m.savary@savary-ing.ch", ago=6),
)

add(
    "fr",
    "information_request",
    "2026-11-26",
    "Bonjour,\n\nAvez-vous déjà placé des directeurs généraux dans le secteur coopératif agricole ? Pourriez-vous "
    "me donner quelques exemples de mandats récents (sans les noms, bien sûr) ?\n\nMerci,\n\nRéjean Gagnon\n"
    "Président du conseil, Coop des Bleuets du Lac\n418 275-1190"
    + T("search_fr", "2026-11-26", "outlook_qc", "Monsieur Gagnon", "rgagnon@coopbleuets.qc.ca", ago=8),
)

add(
    "fr",
    "information_request",
    "2026-10-09",
    "Pouvez-vous m'envoyer votre plaquette et les derniers bulletins trimestriels des SCPI dont vous parlez ? "
    "Je lirai ça au calme ce week-end.\n\nNathalie Perrin\nArchitecte – Perrin Architecture\n06 11 82 43 70"
    + T("scpi_fr", "2026-10-09", "gmail_fr", "Madame Perrin", "n.perrin.archi@gmail.com", ago=2),
)

add(
    "fr",
    "information_request",
    "2026-11-23",
    "Question bête peut-être : la valorisation « gratuite », elle m'engage à quoi ensuite ? Je ne veux pas "
    "signer de mandat exclusif.\n\nJ-M Fabre"
    + IPHONE
    + T("ma_fr", "2026-11-23", "apple_fr", "Monsieur Fabre", "jmfabre@pharmacie-fabre-sete.fr", ago=5),
)

add(
    "fr",
    "information_request",
    "2026-10-27",
    inline(
        "cyber_fr",
        "2026-10-27",
        "outlook_fr",
        "Madame Roussel",
        "c.roussel@roussel-plasturgie.fr",
        {
            "messagerie et du wifi": "[CR] Sur site ou à distance ? On a 2 usines.",
            "48 h ou vous proposer": "[CR] On verra ensuite.",
        },
        ago=4,
        head="Bonjour, mes questions en rouge dans votre message.\nC. Roussel\n",
    ),
)

add(
    "fr",
    "information_request",
    "2026-11-18",
    "Bonjour,\n\nLes panneaux sont-ils compatibles avec une toiture en fibrociment ? Le hangar date de 1978, je "
    "crains qu'il y ait de l'amiante.\n\nMerci\n\nBenoît Collard\nFerme Collard, Gembloux"
    + T("solar_fr", "2026-11-18", "gmail_fr", "Monsieur Collard", "ferme.collard@proximus.be", v=1, ago=10),
)

add(
    "fr",
    "information_request",
    "2026-11-06",
    "Bonjour, est-ce que vous répondez aux marchés publics ou est-ce qu'on peut vous passer commande "
    "directement ? En dessous de quel montant ?\ncdlt\n\nService comptabilité – Mairie de Vallorbe"
    + T("travel_fr", "2026-11-06", "outlook_fr", "Madame, Monsieur", "compta@vallorbe-commune.ch", ago=7),
)

add(
    "fr",
    "information_request",
    "2026-11-02",
    "Madame, Monsieur,\n\nVotre garantie de remplacement court-elle sur six ou sur douze mois ? Et travaillez-vous "
    "en exclusivité sur un mandat ?\n\nMerci de me préciser ces deux points.\n\nClaire Aubertin\nDRH – Groupe "
    "Hôtelier Aubertin\n+33 4 50 45 12 80"
    + T("search_fr", "2026-11-02", "owa_fr", "Madame Aubertin", "c.aubertin@hotels-aubertin.com", ago=5),
)

add(
    "en",
    "information_request",
    "2026-10-20",
    "What's the minimum investment, and how is the income taxed for a UK tax resident? Thanks.\n\nMark"
    + IPHONE_EN
    + T("scpi_en", "2026-10-20", "apple_en", "Mr Ellis", "mark.ellis@ellisplanning.co.uk", ago=6),
)

add(
    "en",
    "information_request",
    "2026-11-17",
    "Quick q – do you only work sell-side, or would you also help us buy a competitor?\n\nTom Hegarty\n"
    "Hegarty Fresh Produce, Wexford" + T("ma_en", "2026-11-17", "gmail_en", "Tom", "tom@hegartyfresh.ie", ago=4),
)

add(
    "en",
    "information_request",
    "2026-10-28",
    "Do your testers hold OSCP or CREST? Our enterprise customers are going to ask.\n\nAlex Moreno\n"
    "VP Engineering | Quillpath\nSent from Outlook for Mac"
    + T("cyber_en", "2026-10-28", "outlook_us", "Alex", "alex.moreno@quillpath.com", ago=6),
)

add(
    "en",
    "information_request",
    "2026-11-02",
    "Is the one-third fee on base only, or base plus bonus? And when are the three payments due?\n\n"
    "Regards,\nLouise Carr\nGroup HR Director, Ashdown Leisure Group"
    + T("search_en", "2026-11-02", "outlook_en", "Louise", "louise.carr@ashdownleisure.co.uk", ago=10),
)

add(
    "en",
    "information_request",
    "2026-10-16",
    "What happens to the panels if we sell the farm? Do they go with the land or stay yours?\n\nDavid Pugh\n"
    "Pugh & Daughters, Llandeilo" + T("solar_en", "2026-10-16", "gmail_en", "David", "pughfarm@btinternet.com", ago=3),
)

add(
    "en",
    "information_request",
    "2026-11-24",
    "How do your fees actually work — per booking, per traveler, or is there a monthly minimum hiding "
    "somewhere?\n\nKeisha Long\nChief of Staff, Openfield Community Health\n\nCONFIDENTIALITY NOTICE: This "
    "e-mail may contain protected health information. If you are not the intended recipient, please notify the "
    "sender and delete it." + T("travel_en", "2026-11-24", "outlook_us", "Keisha", "klong@openfieldhealth.org", ago=6),
)

add(
    "en",
    "information_request",
    "2026-11-10",
    "Do you handle visas? Half our team travels to India and Nigeria and that's where it always goes wrong.\n\n"
    "Olu Adebayo\nFounder, Kitecart Ltd, London"
    + T("travel_en", "2026-11-10", "gmail_en", "Olu", "olu@kitecart.co.uk", v=1, ago=5),
)

add(
    "en",
    "information_request",
    "2026-10-30",
    "Could you send over a sample report (redacted, obviously) so I can see what we'd actually get at the "
    "end?\n\nEoin Ryan\nIT Manager | Naas Agri Supplies"
    + DISC_IE
    + T("cyber_en", "2026-10-30", "outlook_en", "Eoin", "eoin.ryan@naasagri.ie", ago=8),
)

add(
    "en",
    "information_request",
    "2026-10-08",
    "Before we talk, can you share how long your searches typically take from kick-off to signed offer? We "
    "got burned by a nine-month search last year.\n\nRachel Stein\nVP Talent, Corvid Labs"
    + T("search_en", "2026-10-08", "gmail_us", "Rachel", "rachel.stein@corvidlabs.com", ago=2),
)

add(
    "en",
    "information_request",
    "2026-11-25",
    "Are you regulated in Switzerland, or only in France and the UK? We're based in Lausanne.\n\n"
    "Kind regards,\nPierre-Alain Jaquet\nJaquet Horlogerie SA"
    + DISC_CH
    + T("ma_en", "2026-11-25", "outlook_en", "Mr Jaquet", "pa.jaquet@jaquet-horlogerie.ch", ago=12),
)

# =========================================================================== quote_request

add(
    "fr",
    "quote_request",
    "2026-10-14",
    "envoyez moi un devis pour le hangar de 1200m2, c'est du bac acier, pente 15%. merci"
    + T("solar_fr", "2026-10-14", "android_fr", "Monsieur Delmas", "gaec.delmas@orange.fr", ago=2),
)

add(
    "fr",
    "quote_request",
    "2026-11-12",
    "Bonjour,\n\nPouvez-vous nous faire parvenir une proposition chiffrée pour un test d'intrusion externe sur "
    "nos trois sites (Rennes, Vannes, Lorient) ? Nous avons environ 140 postes au total.\n\nCordialement,\n\n"
    "Gwenaëlle Tanguy\nDirectrice administrative et financière\nArmor Transports Frigorifiques\n02 99 52 61 30"
    + DISC_BI
    + T("cyber_fr", "2026-11-12", "outlook_fr", "Madame Tanguy", "g.tanguy@armor-tf.fr", ago=7),
)

add(
    "fr",
    "quote_request",
    "2026-11-03",
    "Combien ça nous coûterait pour un séminaire de 35 personnes à Lisbonne en mai, vol depuis Genève + 2 "
    "nuits + une salle ? Donnez-moi un ordre de prix, on présente le budget au comité le 20.\n\n"
    "Yvan Rochat\nCaissier – Fédération vaudoise de gymnastique"
    + T("travel_fr", "2026-11-03", "gmail_fr", "Monsieur Rochat", "caisse@fvg-gym.ch", ago=4),
)

add(
    "fr",
    "quote_request",
    "2026-11-25",
    "Bonjour,\n\nMerci de m'adresser votre lettre de mission avec vos conditions d'honoraires pour la cession de "
    "l'officine (CA 2,1 M€, deux adjoints). Je compare avec deux autres cabinets d'ici la fin du mois.\n\n"
    "Bien cordialement,\n\nIsabelle Mornet\nDocteur en pharmacie – Pharmacie Mornet, Saumur"
    + T("ma_fr", "2026-11-25", "outlook_fr", "Docteur", "pharmacie.mornet@offisante.fr", v=1, ago=3),
)

add(
    "fr",
    "quote_request",
    "2026-11-20",
    "Bonjour,\n\nEnvoyez-nous une soumission pour le recrutement d'un directeur financier, s.v.p. Le salaire "
    "visé tourne autour de 160 000 $ plus boni.\n\nMerci,\n\nNathalie Bergeron\nDirectrice des ressources "
    "humaines\nBergeron Structures d'acier inc., Lévis"
    + T("search_fr", "2026-11-20", "outlook_qc", "Madame Bergeron", "nbergeron@bergeron-acier.ca", ago=9),
)

add(
    "fr",
    "quote_request",
    "2026-11-26",
    "Bonjour,\n\nSuite à la réunion du conseil municipal, je suis chargée de recueillir trois devis pour un "
    "audit de sécurité du réseau de la mairie (12 postes, 1 serveur, le wifi public de la salle des fêtes). "
    "Pourriez-vous nous adresser le vôtre avant le 15 décembre ?\n\nCordialement,\n\nAgnès Pichon\n"
    "Secrétaire de mairie – Commune de Saint-Gildas-des-Prés\n\nMairie ouverte au public le lundi, mardi et "
    "jeudi de 9h à 12h."
    + T("cyber_fr", "2026-11-26", "owa_fr", "Madame, Monsieur", "mairie@saintgildasdespres.fr", v=1, ago=12),
)

add(
    "fr",
    "quote_request",
    "2026-10-22",
    "Faites-nous une offre pour 250 kWc sur l'entrepôt de Wavre. Vous pourrez passer mesurer ensuite si "
    "nécessaire, les plans sont en pièce jointe.\n\nRégis Vanderlinden\nDirecteur technique, Brabant Frais SA"
    + T("solar_fr", "2026-10-22", "outlook_fr", "Monsieur Vanderlinden", "r.vanderlinden@brabantfrais.be", ago=6),
)

add(
    "fr",
    "quote_request",
    "2026-10-26",
    "Bonjour,\n\nMerci de nous faire une offre pour la gestion de nos voyages 2027 : environ 180 billets "
    "d'avion, surtout Zurich–Londres et Genève–Paris, et 400 nuitées.\n\nMeilleures salutations,\n\n"
    "Sabine Aeschlimann\nAssistante de direction\nHelvetica Biotech AG, Bâle"
    + DISC_CH
    + T("travel_fr", "2026-10-26", "outlook_fr", "Madame Aeschlimann", "s.aeschlimann@helvetica-bio.ch", ago=11),
)

add(
    "fr",
    "quote_request",
    "2026-10-12",
    "ok envoyez votre proposition d honoraires pour une evaluation, on verra bien ce que ca donne\n\n"
    "R. Guillot\nGuillot Charpente"
    + OUTLOOK_AND
    + T("ma_fr", "2026-10-12", "outlook_fr", "Monsieur Guillot", "guillot.charpente@orange.fr", ago=5),
)

add(
    "fr",
    "quote_request",
    "2026-11-17",
    "Quel serait le tarif de l'audit flash dans notre cas : deux cabinets, neuf postes, un logiciel de "
    "radiologie en réseau et une secrétaire à distance ?\n\nDr Thomas Girard\nSCM Girard & Lopez, "
    "chirurgiens-dentistes, Quimper"
    + T("cyber_fr", "2026-11-17", "gmail_fr", "Docteur", "scm.girard.lopez@gmail.com", ago=5),
)

add(
    "fr",
    "quote_request",
    "2026-11-30",
    inline(
        "solar_fr",
        "2026-11-30",
        "gmail_fr",
        "Monsieur Peyrot",
        "gaec.peyrot@gmail.com",
        {
            "raccordement Enedis géré": "\n3 semaines ça va. Chiffrez-moi les deux bâtiments, la "
            "stabulation (900 m2) et le hangar à fourrage (650 m2).\n",
            "lors d'un rendez-vous sur site": "\nPas la peine de venir, je vous envoie les photos et les cotes.\n",
        },
        ago=6,
    ),
)

add(
    "fr",
    "quote_request",
    "2026-11-04",
    "Bonjour,\n\nAvant de nous rencontrer, j'aimerais recevoir votre proposition commerciale pour le poste de "
    "directeur d'exploitation à Annecy. Nous pourrons ensuite fixer un rendez-vous.\n\nCordialement,\n\n"
    "Thibault Morel\nDirecteur des opérations – Groupe Hôtelier Aubertin"
    + T("search_fr", "2026-11-04", "outlook_fr", "Monsieur Morel", "t.morel@hotels-aubertin.com", ago=8),
)

add(
    "fr",
    "quote_request",
    "2026-10-19",
    "Devis svp pour 12 pers Paris-Montréal AR semaine du 8 mars, hôtel près du Palais des congrès. merci\n"
    "Sonia – Atelier Kobalt Architectes"
    + T("travel_fr", "2026-10-19", "iphone_fr", "Madame", "sonia@kobalt-archi.fr", ago=3),
)

add(
    "en",
    "quote_request",
    "2026-10-13",
    "Can you price up 150kW on the grain store roof? Drawings attached.\n\nJames Whitlock\n"
    "Whitlock Farms, Lincolnshire"
    + T("solar_en", "2026-10-13", "gmail_en", "James", "james@whitlockfarms.co.uk", ago=5),
)

add(
    "en",
    "quote_request",
    "2026-11-04",
    "Send me a quote for an external pentest plus a phishing simulation for about 60 employees.\n\n"
    "Carla Nguyen\nDirector of IT, Redline Logistics\n(312) 555-0164"
    + OUTLOOK_IOS
    + T("cyber_en", "2026-11-04", "outlook_us", "Carla", "cnguyen@redlinelogistics.com", v=1, ago=8),
)

add(
    "en",
    "quote_request",
    "2026-10-23",
    "Fiona,\n\nPlease send over your terms for a COO search. We'd want a shortlist by the end of February.\n\n"
    "Many thanks,\nSimon Ashworth\nManaging Director, Ashworth Family Foods Ltd"
    + T("search_en", "2026-10-23", "outlook_en", "Simon", "simon@ashworthfoods.co.uk", ago=9),
)

add(
    "en",
    "quote_request",
    "2026-11-23",
    "What would you charge us for roughly 90 domestic trips a year, mostly Boston–DC and Boston–Chicago? "
    "Ballpark is fine.\n\nTerrence Hill\nExecutive Director, Bay State Youth Sailing"
    + T("travel_en", "2026-11-23", "gmail_us", "Terrence", "thill@baystatesailing.org", ago=4),
)

add(
    "en",
    "quote_request",
    "2026-10-30",
    "Could you put a proposal together for an MBO? The management team wants to buy me out. Turnover is "
    "€6.2m, EBITDA about €900k.\n\nPaddy Horgan\nHorgan Precision Engineering, Limerick"
    + DISC_IE
    + T("ma_en", "2026-10-30", "outlook_en", "Mr Horgan", "paddy@horganprecision.ie", ago=10),
)

add(
    "en",
    "quote_request",
    "2026-11-06",
    "Please send a fixed price for Cyber Essentials Plus readiness. Also – do you do the certification itself "
    "or only the prep?\n\nRegards\nSiân Morgan\nPractice Manager, Morgan & Lloyd Architects, Cardiff"
    + T("cyber_en", "2026-11-06", "outlook_en", "Siân", "sian@morganlloyd.co.uk", ago=3),
)

add(
    "en",
    "quote_request",
    "2026-11-18",
    "Need a quote for our sales kick-off: 60 people, Manchester to Barcelona, 3 nights, last week of "
    "January.\n\nAmy\n\nAmy Fletcher | Events Lead | Stackwise"
    + IPHONE_EN
    + T("travel_en", "2026-11-18", "apple_en", "Amy", "amy.fletcher@stackwise.co.uk", ago=2),
)

add(
    "en",
    "quote_request",
    "2026-11-09",
    "Could you send a proposal for two searches – a VP Sales and a Controller? We'd like to compare with our "
    "current firm.\n\nMichelle Ortega\nCFO, Sunline Solar Inc."
    + T("search_en", "2026-11-09", "gmail_us", "Michelle", "mortega@sunlinesolar.com", ago=6),
)

add(
    "en",
    "quote_request",
    "2026-10-09",
    "how much for 50kw on a slatted shed roof"
    + IPHONE_EN
    + T("solar_en", "2026-10-09", "apple_en", "Pat", "pat.mcgrath1970@gmail.com", ago=1),
)

add(
    "en",
    "quote_request",
    "2026-11-13",
    "Good morning,\n\nCould you send us an offer for the flash audit for our Geneva and Lausanne offices? "
    "About 35 workstations in total.\n\nKind regards,\nMarkus Brunner\nHead of Finance, Léman Trust SA"
    + DISC_CH
    + T("cyber_fr", "2026-11-13", "outlook_en", "Monsieur Brunner", "m.brunner@lemantrust.ch", ago=4),
)

# =========================================================================== not_interested

add(
    "fr",
    "not_interested",
    "2026-10-16",
    "Merci, c'est très aimable d'avoir pensé à moi, mais toute notre trésorerie est déjà fléchée vers les "
    "travaux d'agrandissement de l'officine. Belle journée à vous !\n\nCécile Ravel\nPharmacie Ravel"
    + T("scpi_fr", "2026-10-16", "iphone_fr", "Madame Ravel", "pharmacie.ravel@gmail.com", v=1, ago=2),
)

add(
    "fr",
    "not_interested",
    "2026-10-07",
    "non merci on a deja des panneaux depuis 2019"
    + T("solar_fr", "2026-10-07", "android_fr", "Monsieur", "ea.miquel@orange.fr", ago=1),
)

add(
    "fr",
    "not_interested",
    "2026-11-05",
    "Bonjour,\n\nAucune intention de vendre, la quatrième génération est déjà dans l'entreprise.\n\n"
    "Cordialement,\nHenri Barbier\nPrésident – Biscuiterie Barbier"
    + T("ma_fr", "2026-11-05", "outlook_fr", "Monsieur Barbier", "h.barbier@biscuiterie-barbier.fr", ago=8),
)

add(
    "fr",
    "not_interested",
    "2026-11-13",
    "Bonjour,\n\nNous sommes accompagnés par le syndicat informatique du département, l'audit est compris dans "
    "notre cotisation. Nous ne donnerons donc pas suite.\n\nCordialement,\n\nLe secrétariat de mairie\n"
    "Commune de Bréhan" + T("cyber_fr", "2026-11-13", "owa_fr", "Madame, Monsieur", "mairie@brehan.fr", v=1, ago=7),
)

add(
    "fr",
    "not_interested",
    "2026-10-29",
    "Votre offre est sûrement très bien, mais nous sommes une petite association et nos bénévoles se "
    "déplacent en covoiturage. Pas pour nous !\n\nBonne continuation,\nMireille, présidente\n"
    "Les Amis du Vieux Moulin"
    + T("travel_fr", "2026-10-29", "gmail_fr", "Madame, Monsieur", "amisduvieuxmoulin@laposte.net", ago=6),
)

add(
    "fr",
    "not_interested",
    "2026-11-16",
    "Bonjour,\n\nOn recrute à l'interne, c'est une politique de la maison depuis toujours. Merci quand même et "
    "bonne continuation!\n\nLouise Fortin\nVice-présidente, Fromagerie Fortin & fils"
    + T("search_fr", "2026-11-16", "outlook_qc", "Madame Fortin", "lfortin@fromageriefortin.ca", ago=10),
)

add(
    "fr",
    "not_interested",
    "2026-10-23",
    "Non merci. Pas la peine de me retirer de quoi que ce soit, je lis vos mails en diagonale, ça ne me "
    "dérange pas.\n\nDr A. Benhamou"
    + IPHONE
    + T("scpi_fr", "2026-10-23", "apple_fr", "Docteur", "dr.benhamou.a@gmail.com", v=1, ago=4),
)

add(
    "fr",
    "not_interested",
    "2026-11-27",
    "Toujours pas, désolé. Bonne continuation.\n\nFrançois Lejeune"
    + T(
        "ma_fr",
        "2026-11-27",
        "gmail_fr",
        "Docteur",
        "f.lejeune.dentiste@gmail.com",
        v=1,
        ago=5,
        prior="Bonjour,\n\nPas intéressé, je compte exercer encore une bonne dizaine d'années.\n\nF. Lejeune",
    ),
)

add(
    "fr",
    "not_interested",
    "2026-11-20",
    "Bonjour Monsieur,\n\nMerci pour votre relance et pour la qualité de votre présentation, vraiment. Nous "
    "avons cependant signé avec un autre prestataire en septembre.\n\nBien cordialement,\n\nMathilde Garnier\n"
    "Directrice générale – Garnier Emballages\n02 43 28 71 09"
    + DISC_BI
    + T("cyber_fr", "2026-11-20", "outlook_fr", "Madame Garnier", "m.garnier@garnier-emballages.fr", v=1, ago=6),
)

add(
    "fr",
    "not_interested",
    "2026-10-15",
    "Bonjour,\n\nLe bâtiment est en location et le propriétaire refuse tout projet en toiture. Désolé !\n\n"
    "Bien à vous,\nOlivier Deprez\nDeprez Distribution sprl, Tournai"
    + T("solar_fr", "2026-10-15", "outlook_fr", "Monsieur Deprez", "olivier@deprez-distribution.be", ago=5),
)

add(
    "fr",
    "not_interested",
    "2026-11-11",
    "Merci pour votre message. Nous restons fidèles à notre agence actuelle, avec qui tout se passe très "
    "bien.\n\nMeilleures salutations,\n\nAndrea Zufferey\nOffice manager, Zufferey & Associés avocats, Sion"
    + DISC_CH
    + T("travel_fr", "2026-11-11", "outlook_fr", "Madame Zufferey", "a.zufferey@zufferey-avocats.ch", v=1, ago=7),
)

add(
    "fr",
    "not_interested",
    "2026-10-20",
    "sans facon merci, la pierre c deja notre metier, on a assez donné\n\nBruno\nAtelier BMA architectes"
    + T("scpi_fr", "2026-10-20", "gmail_fr", "Monsieur", "bruno@bma-architectes.fr", ago=5),
)

add(
    "fr",
    "not_interested",
    "2026-11-09",
    inline(
        "ma_fr",
        "2026-11-09",
        "outlook_fr",
        "Madame Jolivet",
        "pharmacie.jolivet@orange.fr",
        {
            "Nous proposons une première valorisation": ">> Non, l'officine n'est pas à vendre et ne le sera pas.",
        },
        ago=3,
        head="Voir ma réponse ci-dessous.\nM. Jolivet\n",
    ),
)

add(
    "fr",
    "not_interested",
    "2026-11-19",
    "Ce n'est pas un sujet pour nous. Vous pouvez me garder dans vos contacts si ça vous chante, mais la "
    "réponse restera la même.\n\nYves Tanguy\nGérant, Tanguy Menuiserie Alu"
    + T("cyber_fr", "2026-11-19", "gmail_fr", "Monsieur Tanguy", "yves@tanguy-alu.fr", v=1, ago=5),
)

add(
    "fr",
    "not_interested",
    "2026-10-21",
    "Bonjour Madame Gallagher,\n\nMerci pour votre message. Nous n'avons pas de besoin en recrutement de "
    "direction, et quand nous en aurons, nous passerons par notre réseau.\n\nMeilleures salutations,\n\n"
    "Jean-Daniel Cuénod\nPropriétaire – Hôtel des Alpes, Champéry"
    + T("search_en", "2026-10-21", "outlook_en", "Mr Cuénod", "jd.cuenod@hoteldesalpes-champery.ch", ago=4),
)

add(
    "en",
    "not_interested",
    "2026-10-15",
    "Thanks Fiona, kind of you to think of us, but we've got a long-standing relationship with another "
    "firm. All the best.\n\nAnna Brooks\nHR Director, Kestrel Care Homes"
    + T("search_en", "2026-10-15", "outlook_en", "Anna", "anna.brooks@kestrelcare.co.uk", ago=7),
)

add(
    "en",
    "not_interested",
    "2026-10-20",
    "nah, landlord's sheds, not ours to put anything on. cheers"
    + T("solar_en", "2026-10-20", "gmail_en", "Dylan", "dylan.evans.farm@gmail.com", ago=3),
)

add(
    "en",
    "not_interested",
    "2026-11-02",
    "We have an in-house red team. Not a fit.\n\n— Priyanka"
    + OUTLOOK_IOS
    + T("cyber_en", "2026-11-02", "outlook_us", "Priyanka", "priyanka@vaultwise.io", ago=5),
)

add(
    "en",
    "not_interested",
    "2026-11-06",
    "Appreciate it, but we're fully remote and travel maybe twice a year. Doesn't make sense for us.\n\n"
    "Greg Tanaka\nFounder, Lumen Ledger"
    + T("travel_en", "2026-11-06", "gmail_us", "Greg", "greg@lumenledger.com", ago=3),
)

add(
    "en",
    "not_interested",
    "2026-11-12",
    "Not selling, not now, not ever. No need to take me off your list though, I'm sure you've got a tidy "
    "little spreadsheet somewhere.\n\nRegards,\nGeoffrey Aldridge\nChairman, Aldridge Brothers (Est. 1921) Ltd"
    + T("ma_en", "2026-11-12", "outlook_en", "Mr Aldridge", "g.aldridge@aldridgebros.co.uk", v=1, ago=9),
)

add(
    "en",
    "not_interested",
    "2026-10-26",
    "That's very generous of you, James, but I'm not comfortable putting money into property funds. I'll "
    "pass.\n\nKind regards\nSarah Whitfield\nWhitfield Veterinary Practice, Annecy-le-Vieux"
    + T("scpi_en", "2026-10-26", "gmail_en", "Ms Whitfield", "sarah@whitfieldvet.fr", v=1, ago=5),
)

add(
    "en",
    "not_interested",
    "2026-11-17",
    "We're under a group-wide hiring freeze, and head office doesn't let us use outside search firms anyway. "
    "Thanks though.\n\nDeclan Byrne\nGeneral Manager, The Harbour Hotel Kinsale"
    + DISC_IE
    + T("search_en", "2026-11-17", "outlook_en", "Declan", "gm@harbourhotelkinsale.ie", ago=6),
)

add(
    "en",
    "not_interested",
    "2026-10-30",
    "Lovely email, but we're locked into a three-year contract with our current TMC. Thanks anyway.\n\n"
    "Jess" + IPHONE_EN + T("travel_en", "2026-10-30", "apple_en", "Jess", "jess.obrien@greenmoss.co.uk", v=1, ago=2),
)

add(
    "en",
    "not_interested",
    "2026-11-26",
    "Thanks Aoife, our MSP covers all of this for us.\n\nRegards,\nConor Byrne\nByrne Agri Supplies Ltd\n\n"
    "This email and any attachments are confidential. If you no longer wish to receive marketing communications "
    "from Byrne Agri Supplies, click here to unsubscribe."
    + T("cyber_en", "2026-11-26", "outlook_en", "Conor", "conor@byrneagri.ie", v=1, ago=5),
)

add(
    "en",
    "not_interested",
    "2026-10-12",
    "Kind of you to reach out. We're actually the ones doing the buying at the moment, not selling. Best of "
    "luck.\n\nMartin O'Sullivan\nManaging Director, O'Sullivan Home & Garden Group"
    + T("ma_en", "2026-10-12", "gmail_en", "Mr O'Sullivan", "martin@osullivanhg.ie", ago=6),
)

add(
    "en",
    "not_interested",
    "2026-10-30",
    "Sorry, my French isn't very good but I think this is about investments? We don't need anything, thank "
    "you.\n\nDavid Cartwright\nCartwright Cabinetmakers, Uzès"
    + T("scpi_fr", "2026-10-30", "gmail_fr", "Monsieur Cartwright", "david@cartwright-cabinets.com", ago=4),
)

# =========================================================================== not_now

add(
    "fr",
    "not_now",
    "2026-09-22",
    "rappelez moi apres les vendanges, la c'est pas possible on rentre les premieres cuves demain"
    "\n\nDomaine Saint-Sernin"
    + GALAXY
    + T("solar_fr", "2026-09-22", "android_fr", "Monsieur", "domaine.saintsernin@orange.fr", ago=6),
    until=None,
)

add(
    "fr",
    "not_now",
    "2026-10-14",
    "Revenez vers moi en mars, j'y verrai plus clair une fois mon bilan fait.\n\nDr Laure Chastel"
    + T("scpi_fr", "2026-10-14", "iphone_fr", "Docteur", "laure.chastel@cabinet-chastel.fr", ago=3),
    until="2027-03-01",
)

add(
    "fr",
    "not_now",
    "2026-11-03",
    "Bonjour,\n\nLe sujet se posera, c'est certain, mais pas avant la clôture de notre exercice au 31 mars. "
    "Recontactez-moi après.\n\nCordialement,\n\nPatrick Hervé\nPDG – Hervé Frères Agroalimentaire\n"
    "02 97 44 18 00" + T("ma_fr", "2026-11-03", "outlook_fr", "Monsieur Hervé", "p.herve@herve-freres.fr", v=1, ago=5),
    until="2027-04-01",
)

add(
    "fr",
    "not_now",
    "2026-11-17",
    "Bonjour,\n\nLe budget 2027 sera voté fin mars. Merci de nous recontacter à partir d'avril, nous "
    "demanderons peut-être un devis à ce moment-là.\n\nCordialement,\n\nSecrétariat de mairie – Commune de "
    "Locminé-les-Landes" + T("cyber_fr", "2026-11-17", "owa_fr", "Madame, Monsieur", "mairie@locmine-landes.fr", ago=8),
    until="2027-04-01",
)

add(
    "fr",
    "not_now",
    "2026-10-20",
    "On en reparlera quand notre nouvelle présidente aura pris ses fonctions, là nous sommes en pleine "
    "transition et je ne peux rien engager.\n\nGilles Monnier\nTrésorier, Fédération des Foyers Ruraux de "
    "l'Ain" + T("travel_fr", "2026-10-20", "gmail_fr", "Monsieur Monnier", "tresorerie@foyersruraux01.org", ago=7),
    until=None,
)

add(
    "fr",
    "not_now",
    "2026-11-12",
    "Bonjour,\n\nRelancez-moi dans trois mois, on saura à ce moment-là si le poste est ouvert ou non.\n\n"
    "Merci,\nÉric Lavoie\nDirecteur général, Érablière Lavoie & associés"
    + T("search_fr", "2026-11-12", "outlook_qc", "Monsieur Lavoie", "elavoie@erablierelavoie.ca", v=1, ago=6),
    until="2027-02-12",
)

add(
    "fr",
    "not_now",
    "2026-10-07",
    "Pas avant janvier, j'ai la réfection complète de l'officine en cours et la tête sous l'eau.\n\n"
    "Hugo Ferrand\nPharmacie de la Gare, Montbrison"
    + T("scpi_fr", "2026-10-07", "gmail_fr", "Monsieur Ferrand", "pharmaciedelagare42@gmail.com", ago=5),
    until="2027-01-01",
)

add(
    "fr",
    "not_now",
    "2026-10-26",
    "Bonjour,\n\nJ'envisage effectivement de céder le cabinet, mais vers 2029 : c'est trop tôt pour en parler "
    "sérieusement. Recontactez-moi dans un an.\n\nDr Michel Aubry\nChirurgien-dentiste, Angers"
    + T("ma_fr", "2026-10-26", "outlook_fr", "Docteur", "dr.aubry.michel@orange.fr", v=1, ago=4),
    until="2027-10-26",
)

add(
    "fr",
    "not_now",
    "2026-11-05",
    "trop tot, on demenage le poulailler au printemps. revenez apres l ete on verra\nLaurent"
    + GALAXY
    + T("solar_fr", "2026-11-05", "android_fr", "Monsieur Jadot", "laurent.jadot@skynet.be", v=1, ago=3),
    until=None,
)

add(
    "fr",
    "not_now",
    "2026-10-09",
    "Bonjour,\n\nOn déménage la salle serveur mi-novembre, ce n'est vraiment pas le moment. Reprenez contact "
    "la semaine du 30 novembre.\n\nCordialement,\nFabrice Le Du\nResponsable SI – Biscuiterie de l'Odet"
    + T("cyber_fr", "2026-10-09", "outlook_fr", "Monsieur Le Du", "f.ledu@biscuiterie-odet.fr", v=1, ago=4),
    until="2026-11-30",
)

add(
    "fr",
    "not_now",
    "2026-11-19",
    "Bonjour,\n\nNous finalisons notre budget déplacements en février. Je vous propose de me recontacter début "
    "février.\n\nMeilleures salutations,\n\nCaroline Gay\nCFO, Valais Fruits Coopérative"
    + DISC_CH
    + T("travel_fr", "2026-11-19", "outlook_fr", "Madame Gay", "c.gay@valaisfruits.ch", ago=6),
    until="2027-02-01",
)

add(
    "fr",
    "not_now",
    "2026-10-15",
    "Merci. Le sujet sera d'actualité après notre saison d'hiver : les stations ferment le 18 avril. Revenez "
    "vers moi à ce moment-là.\n\nBien cordialement,\nStéphanie Perrier\nDRH – Résidences Hôtelières des "
    "Aravis"
    + DISC_BI
    + T("search_fr", "2026-10-15", "outlook_fr", "Madame Perrier", "s.perrier@residences-aravis.fr", ago=6),
    until="2027-04-19",
)

add(
    "fr",
    "not_now",
    "2026-11-24",
    "la on est en plein bilan compta et declarations, voyez avec moi en fevrier\nSylvain"
    + T("scpi_fr", "2026-11-24", "iphone_fr", "Monsieur", "earl.sylvain.roche@orange.fr", v=1, ago=2),
    until="2027-02-01",
)

add(
    "fr",
    "not_now",
    "2026-09-30",
    "Bonjour,\n\nVotre message tombe plutôt bien, mais je suis en plein rachat des parts de mon associée. "
    "Pourriez-vous revenir vers moi une fois l'opération bouclée, normalement fin janvier ?\n\nBien à vous,\n"
    "Amélie Roche\nPharmacie Roche & Vidal, Valence"
    + T("ma_fr", "2026-09-30", "gmail_fr", "Madame Roche", "amelie.roche.pharma@gmail.com", ago=7),
    until="2027-02-01",
)

add(
    "fr",
    "not_now",
    "2026-10-21",
    "Bonjour,\n\nJe pars en congé de maternité la semaine prochaine, jusqu'en avril. Écrivez-moi à mon retour, "
    "le 12 avril, ça m'intéressera sûrement.\n\nMerci!\nJessica Tremblay-Roy\nConseillère RH, Laiterie "
    "Chagnon" + T("search_fr", "2026-10-21", "outlook_qc", "Madame Tremblay-Roy", "jtroy@laiteriechagnon.ca", ago=5),
    until="2027-04-12",
)

add(
    "fr",
    "not_now",
    "2026-10-02",
    "Bonjour, on verra ça quand les comptes de la cave auront été approuvés en assemblée générale, pas "
    "avant.\nCordialement\nP. Sabatier, président\nCave coopérative de Roquebrun"
    + T("solar_fr", "2026-10-02", "outlook_fr", "Monsieur le Président", "cave.roquebrun@orange.fr", ago=9),
    until=None,
)

add(
    "fr",
    "not_now",
    "2026-11-26",
    "Bonjour,\n\nRecontactez-nous quand le nouveau DGS sera en poste, c'est lui qui reprendra ce dossier.\n\n"
    "Cordialement,\nMairie de Pont-de-Vaux – accueil"
    + T("travel_fr", "2026-11-26", "owa_fr", "Madame, Monsieur", "accueil@pontdevaux-mairie.fr", v=1, ago=4),
    until=None,
)

add(
    "en",
    "not_now",
    "2026-10-13",
    "Reach out again after our fiscal year end on 30 June. Budget for senior hires gets set then.\n\n"
    "Karen Liu\nCOO, Pacifica Home Health"
    + OUTLOOK_IOS
    + T("search_en", "2026-10-13", "outlook_us", "Karen", "kliu@pacificahh.com", ago=5),
    until="2027-07-01",
)

add(
    "en",
    "not_now",
    "2026-11-09",
    "not till after lambing mate, ring me in april\nHuw"
    + IPHONE_EN
    + T("solar_en", "2026-11-09", "apple_en", "Huw", "huw.bevan@outlook.com", v=1, ago=3),
    until="2027-04-01",
)

add(
    "en",
    "not_now",
    "2026-10-16",
    "We're mid-migration to AWS. Ping me in Q1.\n\nDerek Shaw\nDirector of Infrastructure, Mapleford Credit "
    "Union" + T("cyber_en", "2026-10-16", "gmail_us", "Derek", "dshaw@maplefordcu.org", ago=4),
    until="2027-01-01",
)

add(
    "en",
    "not_now",
    "2026-11-20",
    "Ask me again once the new travel policy is signed off by the board. Could be a while.\n\nBeth Kaminski\n"
    "Finance & Admin Manager, Riverbend Food Bank"
    + T("travel_en", "2026-11-20", "gmail_us", "Beth", "beth@riverbendfoodbank.org", v=1, ago=4),
    until=None,
)

add(
    "en",
    "not_now",
    "2026-10-06",
    "Fiona, timing isn't right, we're mid-restructure. Try me again in six months?\n\nNeil Armitage\n"
    "Group CEO, Armitage Leisure\nArmitage Leisure plc is registered in England and Wales, no. 04418820."
    + T("search_en", "2026-10-06", "outlook_en", "Neil", "neil.armitage@armitageleisure.co.uk", v=1, ago=5),
    until="2027-04-06",
)

add(
    "en",
    "not_now",
    "2026-10-22",
    "I'd rather wait until my bonus lands in March. Get back to me then?\n\nTim Goodwin\nGoodwin & Park "
    "Architects, Geneva" + T("scpi_en", "2026-10-22", "gmail_en", "Mr Goodwin", "tim@goodwinpark.ch", ago=3),
    until="2027-03-01",
)

add(
    "en",
    "not_now",
    "2026-11-02",
    "Not before the end of Q1 – we've the audit and the move to the new premises. Talk then.\n\n"
    "Aidan Whelan\nWhelan Hardware & DIY, Tralee"
    + DISC_IE
    + T("ma_en", "2026-11-02", "outlook_en", "Mr Whelan", "aidan@whelanhardware.ie", v=1, ago=4),
    until="2027-04-01",
)

add(
    "en",
    "not_now",
    "2026-09-29",
    "Could you follow up after the 15th? We're in the middle of a board cycle.\n\nMaeve Kiely\nCOO, Shannon "
    "MedTech" + T("cyber_en", "2026-09-29", "outlook_en", "Maeve", "maeve.kiely@shannonmedtech.ie", ago=6),
    until="2026-10-16",
)

add(
    "en",
    "not_now",
    "2026-11-11",
    "Can you come back to me in a fortnight? Head down on year-end stuff.\n\nCheers,\nOllie"
    + IPHONE_EN
    + T("travel_en", "2026-11-11", "apple_en", "Ollie", "ollie@brambleandco.co.uk", ago=2),
    until="2026-11-25",
)

add(
    "en",
    "not_now",
    "2026-11-23",
    "Circle back next year. Thanksgiving through New Year's is a write-off here.\n\nMarcus Webb\nVP Finance, "
    "Copperline Brewing Co." + T("search_en", "2026-11-23", "gmail_us", "Marcus", "mwebb@copperlinebrewing.com", ago=5),
    until="2027-01-01",
)

add(
    "en",
    "not_now",
    "2026-10-08",
    "We'll look at it when the new shed's built, probably spring some time. Keep in touch.\n\nNoel Carey\n"
    "Carey Pigs, Fermoy" + T("solar_en", "2026-10-08", "outlook_en", "Noel", "noel@careypigs.ie", ago=5),
    until=None,
)

add(
    "en",
    "not_now",
    "2026-11-18",
    "Hey — I'm heads-down on our launch until Dec 4. Can we pick this up the week after?\n\nSam Patel\n"
    "Founder, Tidewell" + T("cyber_en", "2026-11-18", "gmail_us", "Sam", "sam@tidewell.app", v=1, ago=3),
    until="2026-12-07",
)

add(
    "en",
    "not_now",
    "2026-10-27",
    "Interesting, but my brother and I won't discuss succession until the summer season is over. Drop me a "
    "line in the autumn.\n\nFergus Lennox\nLennox Hotels, Oban"
    + T("ma_en", "2026-10-27", "outlook_en", "Mr Lennox", "fergus@lennoxhotels.co.uk", ago=8),
    until=None,
)

add(
    "en",
    "not_now",
    "2026-11-25",
    "Don't take me off anything – just not this year, the budget's gone. Happy to hear from you again next "
    "year.\n\nLaura\n\nLaura Mensah\nPractice Manager, Mensah Dental Group, Dublin 6"
    + T("cyber_en", "2026-11-25", "outlook_en", "Laura", "laura@mensahdental.ie", v=1, ago=6),
    until="2027-01-01",
)

# =========================================================================== referral

add(
    "fr",
    "referral",
    "2026-10-12",
    "Bonjour, c'est mon mari qui s'occupe des placements, écrivez-lui directement : p.arnoux@orange.fr\n"
    "Bonne journée\nMme Arnoux"
    + T("scpi_fr", "2026-10-12", "iphone_fr", "Docteur", "pharmacie.arnoux@gmail.com", ago=4),
    referral=(None, "p.arnoux@orange.fr"),
)

add(
    "fr",
    "referral",
    "2026-11-10",
    "Bonjour,\n\nJe ne suis que le directeur de site. Ce type de dossier est à voir avec Mme Hélène Rivault, "
    "présidente du groupe : helene.rivault@rivault-industries.fr\n\nCordialement,\n\nFranck Duval\n"
    "Directeur de site – Rivault Industries, usine de Cholet"
    + T("ma_fr", "2026-11-10", "outlook_fr", "Monsieur Duval", "f.duval@rivault-industries.fr", ago=7),
    referral=("Hélène Rivault", "helene.rivault@rivault-industries.fr"),
)

add(
    "fr",
    "referral",
    "2026-10-19",
    "Bonjour,\n\nCe n'est pas moi qui gère l'informatique de la commune, voyez plutôt avec notre prestataire, "
    "M. Kevin Laborde (Infosud), au 05 62 66 41 90.\n\nCordialement,\nLe maire, Jean-Pierre Lanne"
    + T("cyber_fr", "2026-10-19", "owa_fr", "Monsieur le Maire", "maire@mairie-aurignac.fr", ago=5),
    referral=("Kevin Laborde", None),
)

add(
    "fr",
    "referral",
    "2026-11-04",
    "c mon fils qui reprend l exploitation au 1er janvier, appelez le, Thomas, 06 12 48 90 33"
    + T("solar_fr", "2026-11-04", "android_fr", "Monsieur Cazals", "cazals.gilbert@orange.fr", v=1, ago=2),
    referral=("Thomas", None),
)

add(
    "fr",
    "referral",
    "2026-11-18",
    "Bonjour,\n\nJe transfère votre message à notre responsable RH, Mme Nathalie Berset (en copie), qui "
    "centralise les déplacements chez nous.\n\nMeilleures salutations,\n\nPhilippe Grobéty\nDirecteur\n"
    "Grobéty Électricité SA, Yverdon"
    + DISC_CH
    + T("travel_fr", "2026-11-18", "outlook_fr", "Monsieur Grobéty", "p.grobety@grobety-elec.ch", ago=8),
    referral=("Nathalie Berset", None),
)

add(
    "fr",
    "referral",
    "2026-10-28",
    "Bonjour,\n\nJ'ai quitté la Coop Laurentides en septembre. Pour les ressources humaines, adressez-vous "
    "désormais à Julie Gagnon : jgagnon@coop-laurentides.qc.ca\n\nBonne chance!\nMaxime Ouellet"
    + T("search_fr", "2026-10-28", "outlook_qc", "Monsieur Ouellet", "mouellet@coop-laurentides.qc.ca", ago=3),
    referral=("Julie Gagnon", "jgagnon@coop-laurentides.qc.ca"),
)

add(
    "fr",
    "referral",
    "2026-11-13",
    "Sébastien, tu peux regarder ça ? C'est plutôt ton domaine.\n\n@M. Le Goff : Sébastien Morvan est notre "
    "RSSI, je le mets en copie, il reviendra vers vous s'il y a un intérêt.\n\nAnne Kervella\nDirectrice "
    "générale – Laboratoires Kervella"
    + T("cyber_fr", "2026-11-13", "outlook_fr", "Madame Kervella", "a.kervella@labo-kervella.fr", ago=6),
    referral=("Sébastien Morvan", None),
)

add(
    "fr",
    "referral",
    "2026-10-20",
    "Bonjour,\n\nJe ne m'occupe pas de la gestion financière du cabinet. Contactez plutôt notre expert-comptable, "
    "M. Didier Vasseur, au cabinet Auvergne Expertise, qui a nos chiffres.\n\nDr Camille Roux-Delorme"
    + T("scpi_fr", "2026-10-20", "gmail_fr", "Docteur", "cabinet.rouxdelorme@gmail.com", v=1, ago=5),
    referral=("Didier Vasseur", None),
)

add(
    "fr",
    "referral",
    "2026-11-23",
    "Bonjour,\n\nLe titulaire est M. Luc Vermeulen, je ne suis qu'adjointe. Voici son adresse : "
    "luc.vermeulen@pharmacie-vermeulen.be\n\nBien à vous,\nSarah Dubois"
    + T("ma_fr", "2026-11-23", "outlook_fr", "Monsieur", "officine@pharmacie-vermeulen.be", ago=4),
    referral=("Luc Vermeulen", "luc.vermeulen@pharmacie-vermeulen.be"),
)

add(
    "fr",
    "referral",
    "2026-11-02",
    "Bonjour, merci d'écrire à achats@groupe-vercors-hotels.fr, c'est le service achats qui centralise ce "
    "genre de prestations.\nCdlt"
    + T("travel_fr", "2026-11-02", "gmail_fr", "Madame, Monsieur", "reception@hotel-vercors-lans.fr", ago=5),
    referral=(None, "achats@groupe-vercors-hotels.fr"),
)

add(
    "fr",
    "referral",
    "2026-10-06",
    "Je ne suis plus à la coopérative depuis juin. Mon successeur est Antoine Ribeyre, je n'ai pas son mail "
    "mais le standard vous le donnera.\n\nBonne continuation\nG. Fabre"
    + T("solar_fr", "2026-10-06", "iphone_fr", "Monsieur Fabre", "g.fabre@coop-causses.fr", ago=7),
    referral=("Antoine Ribeyre", None),
)

add(
    "fr",
    "referral",
    "2026-11-25",
    "Bonjour,\n\nCe type de sujet relève de notre DRH groupe. Je lui ai transmis votre message.\n\n"
    "Cordialement,\nValérie Menard\nDirectrice, Hôtel Le Grand Cerf – Groupe Hôtelier Aubertin"
    + T("search_fr", "2026-11-25", "outlook_fr", "Madame Menard", "v.menard@hotels-aubertin.com", ago=5),
    referral=(None, None),
)

add(
    "fr",
    "referral",
    "2026-11-16",
    "Bonjour, c'est Martine Lévesque qui s'occupe des voyages chez nous : martine.levesque@groupeboreal.ca. "
    "Bonne journée!" + T("travel_en", "2026-11-16", "gmail_us", "there", "reception@groupeboreal.ca", ago=3),
    referral=("Martine Lévesque", "martine.levesque@groupeboreal.ca"),
)

add(
    "en",
    "referral",
    "2026-10-21",
    "Fiona, I've moved on from Ashdown Hotels. Try Priya Raman, their new HR Director – "
    "priya.raman@ashdownhotels.co.uk\n\nGood luck!\nMark"
    + OUTLOOK_IOS
    + T("search_en", "2026-10-21", "outlook_en", "Mark", "mark.jennings@ashdownhotels.co.uk", v=1, ago=6),
    referral=("Priya Raman", "priya.raman@ashdownhotels.co.uk"),
)

add(
    "en",
    "referral",
    "2026-11-06",
    "Farm's run by my son-in-law now, Dafydd Rees. I'll pass your email on to him.\n\nIeuan"
    + T("solar_en", "2026-11-06", "gmail_en", "Ieuan", "ieuan.pryce@btinternet.com", ago=5),
    referral=("Dafydd Rees", None),
)

add(
    "en",
    "referral",
    "2026-10-29",
    "I'm on the product side. You want our Head of IT, Marcus Bell (marcus@trellisly.com).\n\nN."
    + T("cyber_en", "2026-10-29", "gmail_us", "Nadia", "nadia@trellisly.com", ago=2),
    referral=("Marcus Bell", "marcus@trellisly.com"),
)

add(
    "en",
    "referral",
    "2026-11-12",
    "Our office manager handles all travel. She's cc'd here: Tanya Brooks <tbrooks@hvliteracy.org>\n\n"
    "Thanks,\nRobert Chen\nBoard Treasurer"
    + T("travel_en", "2026-11-12", "outlook_us", "Robert", "rchen@hvliteracy.org", ago=4),
    referral=("Tanya Brooks", "tbrooks@hvliteracy.org"),
)

add(
    "en",
    "referral",
    "2026-11-19",
    "Wrong Murphy, I'm afraid! You'll want my cousin, Declan Murphy, who owns the business: "
    "declan@murphyfreshfoods.ie\n\nAoibheann"
    + T("ma_en", "2026-11-19", "gmail_en", "Ms Murphy", "aoibheann.murphy@gmail.com", ago=8),
    referral=("Declan Murphy", "declan@murphyfreshfoods.ie"),
)

add(
    "en",
    "referral",
    "2026-10-15",
    "Thanks, but my wife handles our investments. You can reach her at anne.kowalski@bluewin.ch\n\nPiotr"
    + T("scpi_en", "2026-10-15", "gmail_en", "Mr Kowalski", "piotr.kowalski@bluewin.ch", ago=6),
    referral=(None, "anne.kowalski@bluewin.ch"),
)

add(
    "en",
    "referral",
    "2026-11-24",
    "Please direct this to our compliance team at compliance@westmeathcreamery.ie – they own everything "
    "NIS2-related.\n\nKind regards,\nSinéad Walsh\nExecutive Assistant to the CEO"
    + DISC_IE
    + T("cyber_en", "2026-11-24", "outlook_en", "Sinéad", "swalsh@westmeathcreamery.ie", ago=9),
    referral=(None, "compliance@westmeathcreamery.ie"),
)

add(
    "en",
    "referral",
    "2026-10-27",
    "Adding Sam Whitaker, our Chief People Officer, who runs all exec hiring. Sam – see below, your call.\n\n"
    "Leah\n\nLeah Goldberg\nCEO, Harborlight Senior Living"
    + T("search_en", "2026-10-27", "gmail_us", "Leah", "leah@harborlightliving.com", ago=1),
    referral=("Sam Whitaker", None),
)

add(
    "en",
    "referral",
    "2026-11-05",
    "I'm the company secretary, not a shareholder. Matters like this go to our chairman, Richard Ellwood. "
    "I've forwarded your note to him.\n\nYours sincerely,\nMargaret Dunn\nCompany Secretary, Ellwood & Marsh "
    "Ltd" + T("ma_en", "2026-11-05", "outlook_en", "Ms Dunn", "m.dunn@ellwoodmarsh.co.uk", ago=7),
    referral=("Richard Ellwood", None),
)

add(
    "en",
    "referral",
    "2026-10-23",
    "Not me — try security@brightfold.io, it goes straight to our CISO.\n\nThx"
    + T("cyber_en", "2026-10-23", "outlook_us", "Chris", "chris@brightfold.io", ago=3),
    referral=(None, "security@brightfold.io"),
)

# =========================================================================== unsubscribe

add(
    "fr",
    "unsubscribe",
    "2026-10-13",
    "STOP" + T("scpi_fr", "2026-10-13", "outlook_fr", "Docteur", "cabinet.medical.brunet@orange.fr", v=1, ago=1),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-09",
    "desinscription svp"
    + GALAXY
    + T("solar_fr", "2026-11-09", "android_fr", "Monsieur", "gaec.lesgenets@orange.fr", v=1, ago=4),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-02",
    "Monsieur,\n\nJe ne souhaite plus être sollicitée par votre cabinet. Merci de supprimer mes coordonnées de "
    "vos fichiers.\n\nCatherine Lemaire\nPharmacie Lemaire, Lisieux"
    + T("ma_fr", "2026-11-02", "outlook_fr", "Madame Lemaire", "pharmacie.lemaire@offisante.fr", v=1, ago=6),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-22",
    "Bonjour,\n\nMerci de retirer l'adresse de la mairie de vos fichiers de prospection.\n\nCordialement,\n"
    "Le secrétariat\nMairie de Saint-Méen"
    + T("cyber_fr", "2026-10-22", "owa_fr", "Madame, Monsieur", "mairie@saint-meen-bzh.fr", ago=8),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-16",
    "Veuillez cesser de m'envoyer vos offres. Merci.\n\nR. Clerc"
    + DISC_CH
    + T("travel_fr", "2026-11-16", "outlook_fr", "Monsieur Clerc", "r.clerc@clerc-fiduciaire.ch", v=1, ago=5),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-04",
    "Enlevez-moi de votre liste d'envoi s.v.p.\n\nGuy Thibodeau"
    + T("search_fr", "2026-11-04", "outlook_qc", "Monsieur Thibodeau", "gthibodeau@transportsgt.ca", v=1, ago=7),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-26",
    "C'est la troisième fois. Je n'ai jamais donné mon accord pour recevoir ça. Rayez-moi de vos listes, "
    "sinon je saisis la CNIL.\n\nDr P. Mercier"
    + T(
        "scpi_fr",
        "2026-10-26",
        "gmail_fr",
        "Docteur",
        "dr.mercier.dentiste@gmail.com",
        v=1,
        ago=3,
        prior="Non merci.\n\nDr Mercier",
    ),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-16",
    "arretez de m ecrire merci" + T("solar_fr", "2026-10-16", "android_fr", "Monsieur", "scea.dumont@orange.fr", ago=2),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-20",
    "Bonjour Monsieur,\n\nMerci beaucoup pour votre persévérance, que je salue sincèrement, mais je vous serais "
    "reconnaissant de ne plus m'écrire à ce sujet.\n\nBien cordialement,\n\nAlain Fournier\nPrésident – "
    "Fournier Métallerie SAS"
    + DISC_BI
    + T("ma_fr", "2026-11-20", "outlook_fr", "Monsieur Fournier", "a.fournier@fournier-metallerie.fr", v=1, ago=4),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-03",
    "Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection. "
    "Merci de m'en accuser réception.\n\nM. Le Floch\nGérant, Le Floch Imprimerie"
    + T("cyber_fr", "2026-11-03", "outlook_fr", "Monsieur Le Floch", "contact@lefloch-imprimerie.fr", v=1, ago=6),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-30",
    "Pas intéressés. Et merci de ne plus nous contacter, ni par mail ni par téléphone.\n\nDirection\n"
    "Hôtel du Commerce, Chambéry"
    + T("travel_fr", "2026-10-30", "gmail_fr", "Madame, Monsieur", "direction@hotelducommerce73.fr", ago=3),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-29",
    "Bonjour,\n\nJe reçois vos messages sur trois adresses différentes de la pharmacie. Je n'en veux sur "
    "aucune des trois.\n\nCordialement\nV. Lagarde"
    + T("scpi_fr", "2026-10-29", "outlook_fr", "Madame, Monsieur", "commandes@pharmacie-lagarde.fr", ago=5),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-23",
    "Je ne suis pas en recherche de candidats et je ne souhaite plus recevoir vos courriels.\n\n"
    "Sylvie Paradis\nCo-propriétaire, Auberge du Lac-Brome"
    + T("search_fr", "2026-11-23", "outlook_qc", "Madame Paradis", "sparadis@aubergelacbrome.ca", ago=6),
)

add(
    "fr",
    "unsubscribe",
    "2026-10-23",
    "Bonjour,\n\nJe vous prie de bien vouloir me désabonner de vos envois.\n\nBien à vous,\nJoseph Lemmens\n"
    "Ferme Lemmens, Herve"
    + T("solar_fr", "2026-10-23", "outlook_fr", "Monsieur Lemmens", "ferme.lemmens@skynet.be", ago=9),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-10",
    "Bonjour, merci de me retirer de vos envois. Cordialement\nK. Nussbaum, Nussbaum Immobilier, Genève"
    + T("cyber_en", "2026-11-10", "outlook_en", "Ms Nussbaum", "k.nussbaum@nussbaum-immo.ch", v=1, ago=5),
)

add(
    "fr",
    "unsubscribe",
    "2026-11-27",
    "Le lien de désinscription en bas de vos mails ne fonctionne pas (page introuvable). Faites-le pour moi "
    "s'il vous plaît.\n\nOlivier Brault\nArchitecte, Brault & Sens"
    + T("scpi_fr", "2026-11-27", "iphone_fr", "Monsieur Brault", "o.brault@brault-sens.fr", v=1, ago=4),
)

add(
    "en",
    "unsubscribe",
    "2026-10-14",
    "Please take me off whatever list this is.\n\nT. Hughes"
    + T("search_en", "2026-10-14", "outlook_en", "Tom", "tom.hughes@hughesgroup.co.uk", v=1, ago=3),
)

add(
    "en",
    "unsubscribe",
    "2026-10-27",
    "Unsubscribe" + T("solar_en", "2026-10-27", "gmail_en", "Alan", "alan.fenwick.farms@gmail.com", ago=2),
)

add(
    "en",
    "unsubscribe",
    "2026-11-04",
    "Stop emailing me."
    + OUTLOOK_IOS
    + T("cyber_en", "2026-11-04", "outlook_us", "Kyle", "kyle@ardentstack.com", v=1, ago=4),
)

add(
    "en",
    "unsubscribe",
    "2026-11-17",
    "Remove me please. Third one this month.\n\nDiane"
    + T("travel_en", "2026-11-17", "gmail_us", "Diane", "diane.foster@fosterlaw.com", v=1, ago=4),
)

add(
    "en",
    "unsubscribe",
    "2026-10-20",
    "Dear Ms Kerr,\n\nI do not wish to receive further unsolicited correspondence from your firm. Kindly "
    "delete my details.\n\nYours sincerely,\n\nJ. R. Pemberton\nDirector, Pemberton & Hale Ltd"
    + T("ma_en", "2026-10-20", "outlook_en", "Mr Pemberton", "jr.pemberton@pembertonhale.co.uk", v=1, ago=8),
)

add(
    "en",
    "unsubscribe",
    "2026-11-19",
    "Not interested and please don't contact me again.\n\nC. Doyle"
    + T("scpi_en", "2026-11-19", "gmail_en", "Ms Doyle", "claire.doyle@wanadoo.fr", ago=6),
)

add(
    "en",
    "unsubscribe",
    "2026-10-21",
    "Under GDPR I'd like you to erase my personal data and confirm in writing that you've done so.\n\n"
    "Gráinne Lynch\nLynch Pharmacy, Athlone"
    + DISC_IE
    + T("cyber_en", "2026-10-21", "outlook_en", "Gráinne", "grainne@lynchpharmacy.ie", ago=5),
)

add(
    "en",
    "unsubscribe",
    "2026-11-09",
    "How did you even get this address? Whatever. Scrub me from your database.\n\n— Nate"
    + T("search_en", "2026-11-09", "gmail_us", "Nate", "nate.olsen@pinevalleyhotels.com", v=1, ago=4),
)

add(
    "en",
    "unsubscribe",
    "2026-11-24",
    "Kindly stop the emails, we're not a fit and never will be.\n\nRuth Ashby\nOffice Manager, Ashby & Cole "
    "Solicitors" + T("travel_en", "2026-11-24", "outlook_en", "Ruth", "r.ashby@ashbycole.co.uk", v=1, ago=7),
)

add(
    "en",
    "unsubscribe",
    "2026-10-09",
    "It says reply STOP. STOP."
    + IPHONE_EN
    + T("solar_en", "2026-10-09", "apple_en", "Kieran", "kieran.moloney@eircom.net", v=1, ago=2),
)

add(
    "en",
    "unsubscribe",
    "2026-11-13",
    "Hello, please unsubscribe this address (I think the French at the bottom says to reply "
    "« désinscription »?). Thank you.\n\nEmily Hart\nHart Design Studio, Bordeaux"
    + T("scpi_fr", "2026-11-13", "gmail_fr", "Madame Hart", "emily@hartdesignstudio.com", ago=3),
)

add(
    "en",
    "unsubscribe",
    "2026-11-30",
    "I'd appreciate it if this was the last one of these I get.\n\nBrian Kowal\nPresident, Kowal Tool & Die"
    + T("cyber_en", "2026-11-30", "outlook_us", "Brian", "bkowal@kowaltool.com", v=1, ago=5),
)

add(
    "en",
    "unsubscribe",
    "2026-10-19",
    "opt out" + T("travel_en", "2026-10-19", "gmail_us", "Jake", "jake@summitpeakfitness.com", ago=6),
)

# =========================================================================== out_of_office

add(
    "fr",
    "out_of_office",
    "2026-10-26",
    "Bonjour,\n\nJe suis absente du cabinet jusqu'au lundi 2 novembre inclus. Pour toute urgence, merci de "
    "contacter le secrétariat au 04 73 31 28 60.\n\nDr Camille Faure\nChirurgien-dentiste",
)

add(
    "fr",
    "out_of_office",
    "2026-11-02",
    "Bonjour,\n\nJe suis actuellement en congés, sans accès à ma messagerie. Je traiterai votre message à mon "
    "retour.\nEn cas d'urgence, vous pouvez joindre Mme Dubreuil au 02 99 78 14 52.\n\nCordialement,\n"
    "Jérôme Guivarc'h\nDirecteur – Guivarc'h Maraîchage",
)

add(
    "fr",
    "out_of_office",
    "2026-10-31",
    "Message automatique – La mairie de Saint-Amans-du-Tarn est fermée pour le pont de la Toussaint, du 31 "
    "octobre au 2 novembre inclus. Vos messages seront traités à la réouverture. Pour les urgences d'état "
    "civil, contactez l'adjoint de permanence au 06 80 12 44 39.",
)

add(
    "fr",
    "out_of_office",
    "2026-09-15",
    "Absent pour le salon SPACE à Rennes jusqu'au vendredi 18/09, je réponds à mon retour. Urgences : "
    "06 74 20 15 88\nYannick – EARL du Pont-Neuf",
)

add(
    "fr",
    "out_of_office",
    "2026-11-12",
    "Merci pour votre message. Je suis en formation jusqu'à jeudi et je n'ai qu'un accès limité à mes e-mails. "
    "Votre demande sera traitée dès mon retour.\n\n-- Ceci est une réponse automatique --\n\nPharmacie des "
    "Tilleuls – Mme Bertin",
)

add(
    "fr",
    "out_of_office",
    "2026-10-27",
    "Bonjour,\n\nJe suis absente jusqu'au 6 novembre. Pendant mon absence, veuillez vous adresser à "
    "M. Yves Chappuis (yves.chappuis@fondation-alpina.ch – 021 644 18 30), qui traitera les demandes urgentes."
    "\n\nMeilleures salutations,\nSophie Rey\nResponsable administrative – Fondation Alpina" + DISC_CH,
)

add(
    "fr",
    "out_of_office",
    "2026-11-05",
    "Bonjour,\n\nJe suis présentement à l'extérieur du bureau et serai de retour le lundi 16 novembre. Pour "
    "toute question urgente, veuillez communiquer avec Geneviève Roy au 418 694-2210, poste 231.\n\nMerci!\n\n"
    "Hello,\n\nI am currently out of the office and will be back on Monday, November 16. For urgent matters, "
    "please contact Geneviève Roy at 418 694-2210 ext. 231.\n\nThank you!\n\nCatherine Simard\n"
    "Directrice des opérations, Hôtel Château Laurier Québec",
)

add(
    "fr",
    "out_of_office",
    "2026-10-14",
    "Bonjour,\n\nJe suis en congé maternité. Votre message ne sera ni lu ni transféré. Pour toute demande "
    "concernant l'agence, merci d'écrire à contact@atelier-lumen-archi.fr.\n\nBelle journée,\nMarion Pujol\n"
    "Architecte associée – Atelier Lumen",
)

add(
    "fr",
    "out_of_office",
    "2026-11-19",
    "Réponse automatique : absente pour raisons de santé, je ne consulte pas ma messagerie. Merci de renvoyer "
    "votre message à partir du 30 novembre ou de contacter l'accueil au 02 40 56 11 09 si c'est urgent.\n\n"
    "Anne-Sophie Morin\nAssistante de direction – Morin Transports"
    + T("travel_fr", "2026-11-19", "outlook_fr", "Madame Morin", "as.morin@morin-transports.fr", v=1, ago=0),
)

add(
    "fr",
    "out_of_office",
    "2026-10-06",
    "Réponse automatique : En déplacement à l'étranger jusqu'au 12 octobre avec un accès très limité à mes "
    "courriels. Réponses différées, merci de votre compréhension.\n\nFrédéric Amsellem\nPDG – Amsellem "
    "Textiles SA",
)

add(
    "fr",
    "out_of_office",
    "2026-11-20",
    "[Absence] Coucou, je suis en vacances ☀️ retour le 30 ! Pour les collègues : voyez avec Bastien. Pour "
    "les autres, je vous réponds dès mon retour.\nMélanie",
)

add(
    "fr",
    "out_of_office",
    "2026-10-29",
    "Je suis absent / I am out of the office jusqu'au / until 2.11.2026.\nEn cas d'urgence / for urgent "
    "matters : info@weber-agrotech.ch\nFreundliche Grüsse / Meilleures salutations\nUrs Weber\n"
    "Weber Agrotech AG, Morat" + DISC_CH,
)

add(
    "en",
    "out_of_office",
    "2026-10-30",
    "Automatic reply: I'm out of the office until Monday 9 November with limited access to email. For "
    "urgent matters please contact Sarah Lyons on +44 20 7946 0812 or sarah.lyons@kestrelcare.co.uk.\n\n"
    "Kind regards,\nAnna Brooks",
)

add(
    "en",
    "out_of_office",
    "2026-10-28",
    "Thanks for your email. I'm on annual leave and back on the 3rd. I won't be checking email while I'm "
    "away.\n\nNiamh",
)

add(
    "en",
    "out_of_office",
    "2026-11-12",
    "I am currently out of the office attending a conference and will return on November 16. For immediate "
    "assistance, please contact support@quillpath.com.\n\nAlex Moreno\nVP Engineering | Quillpath",
)

add(
    "en",
    "out_of_office",
    "2026-11-06",
    "This is an automated response. I'm away from my desk at the moment and will get back to you as soon as "
    "I can.\n\nThank you for your patience.",
)

add(
    "en",
    "out_of_office",
    "2026-10-13",
    "Out drilling winter wheat all week, not checking emails. Ring the yard if it's urgent: 01432 760 218.\n"
    "Gareth\n\n[auto-reply]",
)

add(
    "en",
    "out_of_office",
    "2026-11-23",
    "Hi,\n\nI'm on parental leave until February 2027. Please direct anything urgent to my colleague Ben Ortiz "
    "(ben.ortiz@loopbase.io), who is covering my projects.\n\nThanks!\nJen Okafor",
)

add(
    "en",
    "out_of_office",
    "2026-11-16",
    "Thank you for your message. I am travelling between our properties this week and will respond on my "
    "return on Friday 20th.\n\nKind regards,\nMalcolm Reid\nOwner, Reid Hotels (Perthshire)"
    + T("ma_en", "2026-11-16", "outlook_en", "Mr Reid", "malcolm@reidhotels.scot", v=1, ago=0),
)

add(
    "en",
    "out_of_office",
    "2026-10-23",
    "Out of office: I'm off until Tuesday 27 October (bank holiday Monday). Urgent queries to "
    "office@geraghtypoultry.ie or call 090 964 2210.\n\nSeamus",
)

add(
    "en",
    "out_of_office",
    "2026-11-25",
    "Autoreply: This mailbox is not monitored over the Thanksgiving holiday (Nov 26–29). We'll get back to "
    "you when we're back on Monday. Have a great holiday!\n\nBay State Youth Sailing",
)

# =========================================================================== other
# (and five "wrong person" / "I left" replies that name nobody, relabelled `referral`: see the docstring)

add(
    "fr",
    "other",
    "2026-10-15",
    "Bien reçu, merci." + T("scpi_fr", "2026-10-15", "iphone_fr", "Docteur", "dr.lambert.vet@gmail.com", ago=1),
)

add(
    "fr",
    "referral",
    "2026-11-03",
    "Je crois que vous vous êtes trompé d'adresse, je ne suis pas pharmacienne. Bonne journée.\n\nC. Pharamond"
    + T("ma_fr", "2026-11-03", "gmail_fr", "Docteur", "claire.pharamond@gmail.com", ago=3),
    referral=(None, None),
)

add(
    "fr",
    "other",
    "2026-11-16",
    "Paul, pour info. On en reparle lundi à la réunion d'équipe, mets-le dans le dossier fournisseurs.\n\n"
    "Jean-Marc"
    + OUTLOOK_AND
    + T("travel_fr", "2026-11-16", "outlook_fr", "Monsieur Hoarau", "jm.hoarau@hoarau-btp.fr", ago=4),
)

add(
    "fr",
    "other",
    "2026-10-22",
    "Bonjour, votre site internet ne s'affiche pas correctement sur mon téléphone, la page des réalisations "
    "est toute blanche. Je voulais juste vous le signaler.\nCordialement\nD. Maurel"
    + T("solar_fr", "2026-10-22", "gmail_fr", "Monsieur Maurel", "dmaurel.gaec@gmail.com", ago=5),
)

add(
    "fr",
    "other",
    "2026-11-27",
    "Bonjour,\n\nJe ne reçois plus votre lettre trimestrielle sur les SCPI depuis l'été, est-ce normal ? Je ne "
    "me suis pourtant pas désinscrit.\n\nCordialement,\nBertrand Vidal\nPharmacien, Pharmacie Vidal"
    + T("scpi_fr", "2026-11-27", "outlook_fr", "Monsieur Vidal", "b.vidal@pharmacie-vidal.fr", ago=40),
)

add(
    "fr",
    "other",
    "2026-10-09",
    "J'ai cliqué sur « désinscription » par erreur en voulant ouvrir votre plaquette. Pouvez-vous me "
    "réinscrire ?\n\nMerci\nLéa Garnier, architecte"
    + T("scpi_fr", "2026-10-09", "iphone_fr", "Madame Garnier", "lea.garnier.archi@gmail.com", ago=1),
)

add(
    "fr",
    "other",
    "2026-11-12",
    "Accusé de réception automatique\n\nVotre message a bien été reçu par le service Achats de Biscuiterie "
    "Barbier. Il sera traité dans un délai de 5 jours ouvrés.\nMerci de ne pas répondre à ce message.",
)

add(
    "fr",
    "referral",
    "2026-10-20",
    "Ce n'est pas moi. Bonne journée."
    + T("search_fr", "2026-10-20", "outlook_qc", "Monsieur Dubé", "pdube@dube-freres.ca", ago=3),
    referral=(None, None),
)

add(
    "fr",
    "other",
    "2026-11-18",
    "Votre collègue m'a déjà appelé hier pour exactement la même chose... vous pourriez vous coordonner "
    "entre vous.\n\nH. Le Roux"
    + T("cyber_fr", "2026-11-18", "gmail_fr", "Monsieur Le Roux", "herve.leroux@leroux-transports.fr", v=1, ago=2),
)

add(
    "fr",
    "referral",
    "2026-10-05",
    "Je ne fais plus partie de Champagne Vernier depuis le 1er octobre. Cette adresse ne sera plus consultée."
    "\n\nAntoine Perrot",
    referral=(None, None),
)

add(
    "fr",
    "other",
    "2026-11-06",
    "?" + T("travel_fr", "2026-11-06", "iphone_fr", "Madame Imhof", "c.imhof@imhof-sa.ch", v=1, ago=1),
)

add(
    "fr",
    "other",
    "2026-10-23",
    "Merci pour la documentation, je la lirai ce week-end.\n\nDr Xavier Poulain"
    + T("scpi_fr", "2026-10-23", "gmail_fr", "Docteur", "xavier.poulain.dent@gmail.com", v=1, ago=2),
)

add(
    "fr",
    "other",
    "2026-11-10",
    "Attention, votre message est arrivé dans mes indésirables, vous devriez vérifier la configuration de "
    "votre messagerie (SPF ?).\n\nS. Le Meur, informaticienne à la communauté de communes"
    + T("cyber_fr", "2026-11-10", "owa_fr", "Madame Le Meur", "s.lemeur@cc-pays-glazik.fr", ago=1),
)

add(
    "fr",
    "other",
    "2026-11-24",
    "Bonjour, vous m'aviez déjà écrit exactement la même chose le 3 novembre.\n\nÉric Poncet\n"
    "Poncet Frères, Châteauneuf-sur-Loire"
    + T("ma_fr", "2026-11-24", "outlook_fr", "Monsieur Poncet", "e.poncet@poncet-freres.fr", ago=2),
)

add(
    "en",
    "other",
    "2026-10-21",
    "Got it, thanks."
    + OUTLOOK_IOS
    + T("search_en", "2026-10-21", "outlook_en", "Owen", "owen.price@pricehotels.co.uk", ago=1),
)

add(
    "en",
    "referral",
    "2026-11-04",
    "Wrong Jess, I think — I'm a vet, not a hotel manager!\n\nJess Hardy MRCVS"
    + T("search_en", "2026-11-04", "gmail_en", "Jess", "jess.hardy.vet@gmail.com", ago=2),
    referral=(None, None),
)

add(
    "en",
    "other",
    "2026-11-25",
    "Thanks, and happy Thanksgiving to you and the team!\n\nMaria"
    + IPHONE_EN
    + T("travel_en", "2026-11-25", "apple_en", "Maria", "mdelgado@hvliteracy.org", v=1, ago=1),
)

add(
    "en",
    "other",
    "2026-10-28",
    "Mike – FYI, this is the travel agency Karen mentioned at the offsite. No action needed for now.\n\nLauren"
    + T("travel_en", "2026-10-28", "gmail_us", "Lauren", "lauren@brightpathed.org", ago=2),
)

add(
    "en",
    "other",
    "2026-11-05",
    "FYI the brochure link in your signature is broken, it goes to a 404.\n\nP."
    + T("solar_en", "2026-11-05", "gmail_en", "Paul", "paul.hendry@hendryfarms.co.uk", ago=3),
)

add(
    "en",
    "other",
    "2026-11-20",
    "I haven't had your quarterly notes since September – did I fall off the mailing list somehow?\n\n"
    "Andrew Pike" + T("scpi_en", "2026-11-20", "gmail_en", "Dr Pike", "andrew.pike@cabinetduport.fr", ago=45),
)

add(
    "en",
    "other",
    "2026-10-15",
    "Thank you for contacting Brightfold. Your request #48213 has been received and a member of our team will "
    "respond within one business day.\n\nPlease do not reply to this email.",
)

add(
    "en",
    "other",
    "2026-11-13",
    "Received, will read later.\n\nSent from my BlackBerry"
    + T("ma_en", "2026-11-13", "orig_en", "Mr Quigley", "d.quigley@quigleyfoods.ie", ago=1),
)

add(
    "en",
    "other",
    "2026-10-26",
    "Who gave you my details?\n\nH. Lewis"
    + T("cyber_en", "2026-10-26", "outlook_en", "Hywel", "hywel.lewis@lewisplant.co.uk", ago=4),
)

add(
    "en",
    "referral",
    "2026-11-09",
    "Sorry, we're a dental practice – I think this was meant for someone else.\n\nReception\n"
    "Brookfield Dental Care"
    + T("travel_en", "2026-11-09", "outlook_en", "Sir/Madam", "reception@brookfielddental.co.uk", ago=3),
    referral=(None, None),
)

add(
    "en",
    "other",
    "2026-10-19",
    "Thanks — I've saved your details for future reference.\n\nGraham Steele\nSteele Haulage Ltd"
    + T("cyber_en", "2026-10-19", "orig_en", "Graham", "graham@steelehaulage.co.uk", ago=5),
)


# =========================================================================== a few more English replies

add(
    "en",
    "interested",
    "2026-11-26",
    "Right, you've talked me into it. My accountant in Geneva has been nagging me about diversifying for "
    "ages.\n\nCormac\n\nCormac Dunne, RIBA\nDunne Atelier d'architecture Sàrl, Carouge"
    + DISC_CH
    + T("scpi_en", "2026-11-26", "outlook_en", "Mr Dunne", "cormac@dunne-atelier.ch", v=1, ago=9),
)

add(
    "en",
    "interested",
    "2026-10-22",
    "My wife and I have been talking about this very thing over dinner for a month. The timing is "
    "uncanny. We'd welcome the valuation.\n\nBob Kessler\nPresident, Kessler Farm Equipment (est. 1974)\n"
    "Lancaster, PA"
    + OUTLOOK_IOS
    + T("ma_en", "2026-10-22", "outlook_us", "Mr Kessler", "bob@kesslerfarmequip.com", ago=5),
)

add(
    "en",
    "information_request",
    "2026-11-18",
    inline(
        "travel_en",
        "2026-11-18",
        "outlook_us",
        "Nora",
        "nora.kim@fieldnotes.org",
        {
            "group events and 24/7 support": ">> What is the per-trip fee, and is it the same for rail as for air? "
            "Do you charge for changes?",
        },
        ago=5,
        head="See below.\nNora Kim | Program Director | Fieldnotes Foundation\n",
    ),
)

add(
    "en",
    "quote_request",
    "2026-11-10",
    "Fiona,\n\nCan you send me your fee proposal for a Head of Finance search? Based in Cork, salary around "
    "€120k plus car. We'd need someone in seat by May.\n\nRegards\nCaroline Twomey\nHR Manager, Lee Valley "
    "Dairies"
    + DISC_IE
    + T("search_en", "2026-11-10", "outlook_en", "Caroline", "ctwomey@leevalleydairies.ie", v=1, ago=4),
)

add(
    "en",
    "out_of_office",
    "2026-11-27",
    "Hi, I'm away until after the 15th of December with no access to email. For anything to do with the "
    "farm please ring my manager Liam on 086 331 0927.\n\nThanks\nBrendan",
)

add(
    "en",
    "referral",
    "2026-11-02",
    "Tom – forwarding to my brother Kevin Doyle (kevin@doyledairy.ie), the sheds are his side of the "
    "business. Kev, see below, worth a look?\n\nMichael"
    + IPHONE_EN
    + T("solar_en", "2026-11-02", "apple_en", "Michael", "michael@doyledairy.ie", ago=3),
    referral=("Kevin Doyle", "kevin@doyledairy.ie"),
)

add(
    "en",
    "other",
    "2026-10-29",
    "Is this an actual person or one of those automated sequences?"
    + T("cyber_en", "2026-10-29", "gmail_us", "Tyler", "tyler@northgatecoffee.com", v=1, ago=3),
)


if __name__ == "__main__":
    write_split("heldout8", CASES, sys.argv)
