"""A fifteenth held-out split, `heldout15`: 260 replies written on 2026-12-01 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/, bench/ nor
sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read common.py (whole),
/work/shared/INTELLIGENCE.md (its intent section: the ten classes), rules R8 and R15 of /work/shared/BEHAVIOUR.md,
pyproject.toml's ruff settings, heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape,
how its senders and signatures are declared) and its main() (found by a grep for "def main" that printed only that
line and the file's length), and the docstrings of heldout8.py, heldout9.py, heldout10.py, heldout12.py, heldout13.py
and heldout14.py (lines 1-55 each), for the senders and sectors already used. A directory listing of eval/intents/
showed the other files' names, nothing of their content; a grep for the headings of INTELLIGENCE.md also printed a
few of its other lines (its title, pipeline and dashboard headings). No classifier, no evaluation, no git command and
no `relance` command was run while writing it. Measured once blind (2026-12-01, no LLM, main at 3de66d3, the learnt
model trained on cases.json): macro-F1 0.912, accuracy 0.912, unsubscribe precision 1.000 (recall 0.800), not_now
dates 20/27, referral names 14/25 and addresses 25/25, 3.1 % to an LLM; rules alone 0.786 (5.0 %). Tuned on since
(footers' words offered with other phrasings, a bare "Remove me." after a sentence, signature lines and firms taken
for referred names): 0.928, unsubscribe recall 0.960, names 19/25. Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Broyalis (Lyon, Liège, Geneva) and Shredwell Secure (Glasgow, Dublin, Auckland), confidential document shredding
  (locked consoles on site, scheduled collections, DIN 66399 destruction with a certificate, one-off archive purges)
  with a free 30-day trial of one console; footers: "Répondez STOP", and a preferences / unsubscribe link;
- Pyrogarde Sécurité Incendie (Marseille, Namur, Cotonou) and Emberline Fire Safety (Cardiff, Edinburgh, Brisbane),
  fire-safety maintenance (extinguishers, alarms, smoke extraction, emergency lighting, evacuation drills and
  fire-warden training) with a free on-site fire-risk pre-audit; footers: "répondez « RETRAIT »", and "Reply STOP";
- Petits Pas Entreprise (Paris, Brussels, Montréal) and Little Harbour Workplace Nurseries (London, Toronto,
  Sydney), reserved nursery places for employees' children, with a free anonymous staff childcare survey; footers:
  an unsubscribe link, and "just reply 'unsubscribe'";
- Vérifia RH (Lille, Luxembourg, Kigali) and ClearCheck Screening (Manchester, Manila, Dubai), pre-employment
  background screening (diplomas, references, right to work, criminal records where the law allows) with five free
  checks; footers: a GDPR legitimate-interest notice with a dpo@ address, and a UK GDPR / PECR notice ("reply
  OBJECT or write to privacy@");
- Affichéo (Nantes, Lausanne, Saint-Denis de La Réunion) and Glowboard Digital Signage (Leeds, Auckland, Vancouver),
  digital signage screens for shop windows, counters, menus and lobbies, lent free for 30 days; footers: "Répondez
  « DÉSABONNER »", and "Not for you? Reply 'NO' and I'll close your file";
- Plan Large Production (Paris, Geneva, Fort-de-France) and Wideshot Films (Bristol, Dublin, Wellington), corporate
  film production (employer-brand and recruitment films, safety and training videos, customer stories) with a free
  30-minute script consultation ending in a written treatment and a fixed quote; footers: a RGPD notice (an rgpd@
  address and an opposition link), and "Reply 'no more' and that's the last you'll hear from me".
The prospects run from one-person businesses to large groups (procurement departments, public bodies): accountants,
notaries and law firms, private banks and fiduciaries, clinics, dental and GP practices, hospitals, schools, mairies,
communes and councils, an EU agency and an international school, hotels, restaurants, bakeries, cafés, bookshops,
pharmacies, gyms, a distillery, orchards, mines and quarries, factories and warehouses, BPO and staffing firms, NGOs,
start-ups and associations, in France, Belgium, Switzerland, Québec, Luxembourg, La Réunion, Martinique, Mauritius,
Benin, Rwanda, the UK (England, Scotland, Wales), Ireland, the US, Canada, Australia, New Zealand, the UAE and the
Philippines: 130 replies in French and 130 in English (`lang` is the language of the prospect's new text, which is
sometimes not the thread's). Written as people write: typos, missing accents, SMS style, voice-dictated mail without
punctuation, one-liners above Outlook / Gmail / Apple Mail / Android / Thunderbird / Lotus Notes threads whose quoted
part carries words of other classes (rendez-vous, devis, STOP, désinscription, unsubscribe, meeting, quote), inline
answers inside the quote, forwarded mail with a colleague's comment, mixed signals, sarcasm, polite declines, opt-outs
by the footer's own word ("STOP", "RETRAIT", "DÉSABONNER", "OBJECT", "NO", "no more", "unsubscribe"), by law (RGPD art.
21, UK GDPR / PECR, CASL, New Zealand's Unsolicited Electronic Messages Act) or by complaint, and look-alikes that are
not opt-outs ("non merci" / "no thanks" to a sender whose footer asks for another word, "je prends ma retraite", "no
more budget this year", a GDPR access request, "take Jenny off the cc", "your mails land in junk", "use my other
address", "I unsubscribed by mistake"), autoresponders in both languages with and without return dates and stand-ins,
automatic "no longer with us" notices, ticket acknowledgements, read receipts, a full-mailbox bounce, signatures with
titles, phones and long confidentiality disclaimers, "Envoyé de mon iPhone".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; its author's copy here said the same.)
In this split, accepting Pyrogarde's or Emberline's free pre-audit (a site visit) or Plan Large's or Wideshot's free
script consultation (a call) is `meeting_request`; accepting a free console, screen, survey or five free checks is
`interested`.

`python heldout15.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout15-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, quoted, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders, French and English

_BROY = "Léa Marchetti <lea.marchetti@broyalis.fr>"
_BROY_SIG = (
    "Bien à vous,\n\nLéa Marchetti\nResponsable grands comptes – Broyalis\nDestruction sécurisée de documents\n"
    "Lyon · Liège · Genève\n+33 4 37 28 91 05\n\nPour ne plus recevoir nos e-mails, répondez STOP."
)
_SHRED = "Callum Reid <callum.reid@shredwell.co.uk>"
_SHRED_SIG = (
    "Cheers,\nCallum\n\nCallum Reid | Business Development | Shredwell Secure\nGlasgow · Dublin · Auckland\n"
    "+44 141 496 0382\n\nManage your preferences or unsubscribe: shredwell.co.uk/preferences"
)
_PYRO = "Karim Haddad <k.haddad@pyrogarde.fr>"
_PYRO_SIG = (
    "Cordialement,\n\nKarim Haddad\nChargé d'affaires – Pyrogarde Sécurité Incendie\nMarseille · Namur · Cotonou\n"
    "04 91 72 36 58 – 06 12 48 90 37\n\nVous ne souhaitez plus être contacté ? Répondez « RETRAIT » à ce message."
)
_EMBER = "Gareth Price <gareth.price@emberline.co.uk>"
_EMBER_SIG = (
    "Kind regards,\n\nGareth Price\nArea Manager – Emberline Fire Safety\nCardiff · Edinburgh · Brisbane\n"
    "+44 29 2018 4471\n\nReply STOP to opt out of further emails."
)
_PETIT = "Margaux Lefèvre <margaux.lefevre@petitspas-entreprise.fr>"
_PETIT_SIG = (
    "Très belle journée,\nMargaux Lefèvre\nConsultante partenariats – Petits Pas Entreprise\n"
    "Paris · Bruxelles · Montréal\n01 76 41 08 92\n\n"
    "Se désinscrire de nos communications : petitspas-entreprise.fr/desinscription"
)
_HARB = "Sophie Bennett <sophie.bennett@littleharbour.co>"
_HARB_SIG = (
    "Warmly,\nSophie\n\nSophie Bennett | Employer Partnerships | Little Harbour Workplace Nurseries\n"
    "London · Toronto · Sydney | +44 20 4577 2093\n\n"
    "Don't want to hear from us? Just reply 'unsubscribe' and we'll take you off our list."
)
_VERIF = "Antoine Mercier <antoine.mercier@verifia.fr>"
_VERIF_SIG = (
    "Cordialement,\nAntoine Mercier\nDirecteur commercial – Vérifia RH\nLille · Luxembourg · Kigali\n"
    "+33 3 20 84 17 63\n\nVérifia RH traite vos coordonnées professionnelles sur la base de son intérêt légitime "
    "(art. 6.1.f du RGPD) afin de vous présenter ses services. Vous pouvez vous opposer à ce traitement à tout moment "
    "en écrivant à dpo@verifia.fr."
)
_CLEAR = "Aisha Rahman <aisha.rahman@clearcheck.global>"
_CLEAR_SIG = (
    "Best regards,\nAisha Rahman\nSenior Account Executive, ClearCheck Screening\nManchester · Manila · Dubai\n"
    "+44 161 850 2274 | +971 4 558 1190\n\n"
    "We process your business contact details under legitimate interests (UK GDPR art. 6(1)(f)) and PECR. To object "
    "to further emails, reply OBJECT or write to privacy@clearcheck.global."
)
_AFF = "Noémie Payet <noemie.payet@afficheo.fr>"
_AFF_SIG = (
    "A bientôt,\nNoémie Payet\nConseillère commerciale – Affichéo\nNantes · Lausanne · Saint-Denis (La Réunion)\n"
    "02 52 10 66 81 – 0692 41 73 20\n\nRépondez « DÉSABONNER » pour ne plus rien recevoir de notre part."
)
_GLOW = "Liam O'Connor <liam@glowboard.io>"
_GLOW_SIG = (
    "Cheers,\nLiam\n\nLiam O'Connor – Glowboard Digital Signage\nLeeds · Auckland · Vancouver\n+44 113 320 5561\n\n"
    "Not for you? Reply 'NO' and I'll close your file."
)
_PLAN = "Bastien Joly <bastien.joly@planlarge.fr>"
_PLAN_SIG = (
    "Belle journée,\nBastien Joly\nProducteur – Plan Large Production\nParis · Genève · Fort-de-France\n"
    "+33 1 84 25 70 19\n\nConformément au RGPD, vous recevez ce message au titre de notre intérêt légitime. Vous "
    "pouvez vous opposer à tout moment à la réception de nos messages en écrivant à rgpd@planlarge.fr ou sur "
    "planlarge.fr/opposition."
)
_WIDE = "Hannah Walsh <hannah@wideshotfilms.com>"
_WIDE_SIG = (
    "All the best,\nHannah\n\nHannah Walsh | Producer | Wideshot Films\nBristol · Dublin · Wellington\n"
    "+44 117 325 0846\n\nReply 'no more' and that's the last you'll hear from me."
)

# key -> (from, subject, body, key of the first email a follow-up sits on, or None)
EMAILS: dict[str, tuple[str, str, str, str | None]] = {
    "broy1": (
        _BROY,
        "Vos documents confidentiels : un mois d'essai offert",
        "Bonjour,\n\nJe me permets de vous contacter au sujet de la destruction de vos documents confidentiels "
        "(dossiers clients, RH, comptabilité). Broyalis installe des consoles verrouillées dans vos locaux, les "
        "collecte à la fréquence qui vous convient et les broie selon la norme DIN 66399, avec un certificat de "
        "destruction à chaque passage.\n\nNous proposons un mois d'essai gratuit d'une console, sans engagement, "
        "ainsi qu'un devis pour une purge ponctuelle de vos archives si besoin.\n\nSeriez-vous disponible pour un "
        "court rendez-vous téléphonique la semaine prochaine ?\n\n" + _BROY_SIG,
        None,
    ),
    "broy2": (
        _BROY,
        "RE: Vos documents confidentiels : un mois d'essai offert",
        "Bonjour,\n\nJe reviens vers vous concernant mon message de la semaine dernière. Beaucoup de cabinets "
        "profitent de la fin d'exercice pour vider leurs archives : souhaitez-vous que je vous envoie un devis, ou "
        "que nous fixions un rendez-vous de 15 minutes ?\n\n" + _BROY_SIG,
        "broy1",
    ),
    "shred1": (
        _SHRED,
        "Secure shredding - free 30-day console trial",
        "Hi,\n\nQuick one: do you have a plan for confidential paper (HR files, client records, payroll)? Shredwell "
        "places locked consoles on site, empties them on a schedule that suits you and shreds to DIN 66399, with a "
        "certificate of destruction after every collection.\n\nWe're offering a free 30-day trial of one console, "
        "no contract. If you're sitting on years of archive boxes, we can also quote for a one-off purge.\n\nWould "
        "a quick 15-minute call next week work?\n\n" + _SHRED_SIG,
        None,
    ),
    "shred2": (
        _SHRED,
        "Re: Secure shredding - free 30-day console trial",
        "Hi again,\n\nJust bumping this up your inbox. Happy to send a quote for a one-off purge or set up the free "
        "console trial, whichever is more useful. And if the timing's off, tell me when to check back.\n\n"
        + _SHRED_SIG,
        "shred1",
    ),
    "pyro1": (
        _PYRO,
        "Sécurité incendie : pré-audit gratuit de vos locaux",
        "Bonjour,\n\nPyrogarde accompagne les entreprises, ERP et collectivités dans leur conformité incendie : "
        "vérification annuelle des extincteurs, maintenance des alarmes et du désenfumage, éclairage de sécurité, "
        "exercices d'évacuation et formation des équipiers de première intervention.\n\nNous proposons un "
        "pré-audit gratuit sur site (environ une heure) : nous faisons le tour de vos locaux avec vous et vous "
        "remettons un rapport des points de non-conformité.\n\nQuand pourrions-nous passer ?\n\n" + _PYRO_SIG,
        None,
    ),
    "pyro2": (
        _PYRO,
        "RE: Sécurité incendie : pré-audit gratuit de vos locaux",
        "Bonjour,\n\nPetit rappel concernant le pré-audit incendie offert. La commission de sécurité passe souvent "
        "en début d'année : mieux vaut anticiper. Voulez-vous que je vous propose deux créneaux de visite, ou "
        "préférez-vous recevoir d'abord notre devis de maintenance ?\n\n" + _PYRO_SIG,
        "pyro1",
    ),
    "ember1": (
        _EMBER,
        "Free fire-risk walk-round for your premises",
        "Hello,\n\nEmberline looks after fire safety for offices, shops, schools and warehouses: extinguisher "
        "servicing, fire alarm and emergency lighting maintenance, evacuation drills and fire-warden training.\n\n"
        "We're offering a free fire-risk pre-assessment: one of our engineers walks the site with you (about an "
        "hour) and sends a short report of what needs attention before your next inspection.\n\nWould you like me "
        "to book one in?\n\n" + _EMBER_SIG,
        None,
    ),
    "ember2": (
        _EMBER,
        "RE: Free fire-risk walk-round for your premises",
        "Hello again,\n\nFollowing up on the free walk-round. If it helps, I can send our price list for "
        "extinguisher servicing first, or book the visit straight away. Just let me know which you'd prefer.\n\n"
        + _EMBER_SIG,
        "ember1",
    ),
    "petit1": (
        _PETIT,
        "Des places en crèche pour vos salariés",
        "Bonjour,\n\nLe retour de congé parental est l'un des moments où les entreprises perdent le plus de "
        "talents. Petits Pas Entreprise réserve pour vos salariés des berceaux dans un réseau de plus de 900 "
        "crèches, près de leur domicile ou de leur lieu de travail, avec un coût largement couvert par le crédit "
        "d'impôt famille.\n\nNous réalisons gratuitement une enquête anonyme auprès de vos salariés pour mesurer "
        "les besoins.\n\nPuis-je vous présenter la démarche lors d'un rendez-vous de 20 minutes ?\n\n" + _PETIT_SIG,
        None,
    ),
    "petit2": (
        _PETIT,
        "RE: Des places en crèche pour vos salariés",
        "Bonjour,\n\nJe me permets de vous relancer : les inscriptions pour la rentrée se font dès le printemps dans "
        "la plupart des crèches. L'enquête besoins est gratuite et ne prend que cinq minutes à vos équipes. Voulez-vous "
        "que je vous envoie le lien ?\n\n" + _PETIT_SIG,
        "petit1",
    ),
    "harb1": (
        _HARB,
        "Childcare places for your team",
        "Hi,\n\nReturning parents are one of the hardest groups to hold on to. Little Harbour reserves places for "
        "your employees' children in a network of 1,200 nurseries near their home or office, funded as a benefit "
        "or through salary sacrifice.\n\nWe run a free, anonymous staff childcare survey so you can see the demand "
        "before committing to anything.\n\nCould we find 20 minutes for a video call?\n\n" + _HARB_SIG,
        None,
    ),
    "harb2": (
        _HARB,
        "Re: Childcare places for your team",
        "Hi,\n\nFollowing up on my note about nursery places. The survey is free and takes staff five minutes. "
        "Shall I send you the link, or would you rather see a quote for a handful of reserved places first?\n\n"
        + _HARB_SIG,
        "harb1",
    ),
    "verif1": (
        _VERIF,
        "Vos recrutements : 5 vérifications offertes",
        "Bonjour,\n\nUn CV sur trois contient au moins une inexactitude. Vérifia RH vérifie pour vous diplômes, "
        "références professionnelles, droit au travail et, lorsque la loi le permet, les antécédents judiciaires, "
        "en 48 heures et dans le respect du RGPD.\n\nPour découvrir le service, nous vous offrons vos cinq "
        "premières vérifications.\n\nSouhaitez-vous en profiter pour vos prochains recrutements ?\n\n" + _VERIF_SIG,
        None,
    ),
    "verif2": (
        _VERIF,
        "RE: Vos recrutements : 5 vérifications offertes",
        "Bonjour,\n\nJe reviens vers vous au sujet des cinq vérifications offertes. Si vous avez des recrutements "
        "en cours, je peux aussi vous adresser notre grille tarifaire ou vous présenter la plateforme en visio.\n\n"
        + _VERIF_SIG,
        "verif1",
    ),
    "clear1": (
        _CLEAR,
        "Pre-employment screening - 5 free checks",
        "Hi,\n\nWe help HR teams hire with confidence: right to work, employment and education history, "
        "professional references and criminal record checks where the role allows, usually back within 48 "
        "hours.\n\nYour first 5 checks are on us, so you can see the turnaround for yourself.\n\nWould it be worth "
        "a quick call?\n\n" + _CLEAR_SIG,
        None,
    ),
    "clear2": (
        _CLEAR,
        "RE: Pre-employment screening - 5 free checks",
        "Hi,\n\nCircling back on the 5 free checks. If you're hiring this quarter, I can set the account up today, "
        "send our per-check pricing, or walk you through the platform in 15 minutes.\n\n" + _CLEAR_SIG,
        "clear1",
    ),
    "aff1": (
        _AFF,
        "Un écran prêté 30 jours pour votre vitrine",
        "Bonjour,\n\nAffichéo installe des écrans d'affichage dynamique dans les commerces, restaurants, agences et "
        "halls d'accueil, avec une application toute simple pour changer vos contenus (menus, promotions, "
        "informations) depuis votre téléphone.\n\nNous vous prêtons un écran gratuitement pendant 30 jours, "
        "installation comprise.\n\nVoulez-vous que je passe vous le présenter ?\n\n" + _AFF_SIG,
        None,
    ),
    "aff2": (
        _AFF,
        "RE: Un écran prêté 30 jours pour votre vitrine",
        "Bonjour,\n\nJe me permets de revenir vers vous : il nous reste quelques écrans de prêt ce mois-ci. "
        "Souhaitez-vous en bénéficier, ou préférez-vous recevoir d'abord un devis ?\n\n" + _AFF_SIG,
        "aff1",
    ),
    "glow1": (
        _GLOW,
        "Free screen for 30 days",
        "Hey,\n\nGlowboard puts digital signage screens in shops, cafés, gyms and reception areas, with an app that "
        "lets you update menus, offers and notices from your phone.\n\nWe'll lend you a screen free for 30 days, "
        "installed and set up.\n\nWorth a chat?\n\n" + _GLOW_SIG,
        None,
    ),
    "glow2": (
        _GLOW,
        "Re: Free screen for 30 days",
        "Hey,\n\nJust following up - we've got a few loan screens free this month. Want one, or shall I send "
        "pricing first?\n\n" + _GLOW_SIG,
        "glow1",
    ),
    "plan1": (
        _PLAN,
        "Un film pour votre marque employeur ?",
        "Bonjour,\n\nPlan Large réalise des films d'entreprise : marque employeur, tutoriels, vidéos sécurité, "
        "témoignages clients, captations d'événements. Une équipe légère, une journée de tournage, un film livré en "
        "trois semaines.\n\nJe vous propose une consultation gratuite de 30 minutes sur votre projet, à l'issue de "
        "laquelle vous recevez une note d'intention et un devis ferme.\n\nQuand seriez-vous disponible ?\n\n"
        + _PLAN_SIG,
        None,
    ),
    "plan2": (
        _PLAN,
        "RE: Un film pour votre marque employeur ?",
        "Bonjour,\n\nJe reviens vers vous au sujet de la consultation offerte. Nos plannings de tournage se "
        "remplissent vite : souhaitez-vous que l'on cale un créneau ?\n\n" + _PLAN_SIG,
        "plan1",
    ),
    "wide1": (
        _WIDE,
        "A short film for your team?",
        "Hi,\n\nWideshot makes company films: recruitment and culture films, training and safety videos, customer "
        "stories and event coverage. Small crew, one shoot day, delivered in three weeks.\n\nI'd love to offer you "
        "a free 30-minute script consult: you come away with a written treatment and a fixed quote, no "
        "obligation.\n\nWhen would suit?\n\n" + _WIDE_SIG,
        None,
    ),
    "wide2": (
        _WIDE,
        "Re: A short film for your team?",
        "Hi,\n\nFollowing up on the free script consult. Our shoot calendar fills up fast, so shall we find a slot "
        "for a quick chat?\n\n" + _WIDE_SIG,
        "wide1",
    ),
}


# --------------------------------------------------------------------------- quoted history as clients print it
# common.block's styles, plus Thunderbird, Lotus Notes and the Android English header.


def _render(style: str, frm: str, to: str, subj: str, d: date, hm: str, body: str) -> str:
    if style == "tbird_fr":
        return f"\n\nLe {d:%d/%m/%Y} à {hm}, {frm} a écrit :\n{quoted(body)}"
    if style == "tbird_en":
        return f"\n\nOn {d:%d/%m/%Y} {hm}, {frm} wrote:\n{quoted(body)}"
    if style in ("notes_fr", "notes_en"):
        to_w, subj_w = ("A", "Objet") if style == "notes_fr" else ("To", "Subject")
        return f"\n\n\n\n{frm}\n{d:%d/%m/%Y} {hm}\n\n{to_w}\n{to}\ncc\n\n{subj_w}\n{subj}\n\n\n\n\n{body}"
    if style == "android_en":
        return (
            f"\n\n\n-------- Original message --------\nFrom: {frm}\nDate: {d:%d/%m/%Y} {hm} (GMT+00:00)\n"
            f"To: {to}\nSubject: {subj}\n\n{body}"
        )
    return block(style, frm, to, subj, d, hm, body)


def thread(style: str, key: str, to: str, sent: str, hm: str = "09:14", gap: int = 7) -> str:
    """The tracked email (sent on `sent`) as quoted under the reply, with the first email under a follow-up."""
    frm, subj, body, parent = EMAILS[key]
    d = D(sent)
    if parent is not None:
        pfrm, psubj, pbody, _ = EMAILS[parent]
        body += _render(style, pfrm, to, psubj, d - timedelta(days=gap), "10:02", pbody)
    return _render(style, frm, to, subj, d, hm, body)


# --------------------------------------------------------------------------- prospects' disclaimers

_DISC_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs "
    "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
    "erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message n'étant pas "
    "assurée sur Internet, la société ne peut être tenue responsable de son contenu."
)
_DISC_EN = (
    "This email and any attachments are confidential and may be legally privileged. If you are not the intended "
    "recipient, please notify the sender immediately and delete it from your system; you must not copy, distribute "
    "or rely on it. Emails are not secure and may contain viruses; we accept no liability for any loss or damage "
    "arising from this email."
)
_DISC_CH = (
    "AVERTISSEMENT : Ce courriel est confidentiel et peut être couvert par le secret bancaire (art. 47 LB). S'il ne "
    "vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur.\nDISCLAIMER: This e-mail is "
    "confidential and may be subject to Swiss banking secrecy. If you are not the intended recipient, please delete "
    "it and notify the sender. E-mail is not a secure means of communication; the bank accepts no liability."
)
_DISC_QC = (
    "AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels et destinés uniquement à la "
    "personne ou à l'entité à qui ils sont adressés. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur "
    "et le détruire. / CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain "
    "privileged information. If received in error, please notify the sender and destroy it."
)
_DISC_GOV_UK = (
    "This email and any files transmitted with it are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. Communications with the Council may be monitored and recorded "
    "and may be disclosed under the Freedom of Information Act 2000. If you have received this email in error, "
    "please notify the sender and delete it."
)
_DISC_AE = (
    "DISCLAIMER: The information contained in this email is confidential and intended only for the named recipient. "
    "Any review, retransmission or dissemination is prohibited. If you received this in error, please contact the "
    "sender and delete the material from any computer. Please consider the environment before printing this email."
)

CASES: list[dict[str, Any]] = []

# --------------------------------------------------------------------------- not_now (30: 15 fr, 15 en)

CASES += [
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nPas le moment, nous sommes en pleine saison fiscale et le cabinet tourne à 200 %. Revenez vers "
        "moi après le 15 mai, quand les liasses seront parties.\n\nCordialement,\n\nNathalie Girod\nExpert-comptable "
        "associée\nCabinet Girod & Fayolle – Villeurbanne\n04 78 85 12 40"
        + thread("outlook_fr", "broy1", "Nathalie Girod <n.girod@girod-fayolle.fr>", "2026-03-10"),
        sent="2026-03-10",
        until="2026-05-16",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Monsieur Haddad,\n\nLe budget 2027 de la commune ne sera voté qu'au conseil de décembre. Aucune "
        "dépense nouvelle ne peut être engagée d'ici là. Je vous invite à reprendre contact avec nous en janvier.\n\n"
        "Bien à vous,\n\nDidier Lambotte\nSecrétaire communal f.f.\nAdministration communale d'Éghezée\nRoute de "
        "Gembloux 43 – 5310 Éghezée\n\nLes informations contenues dans ce courriel sont confidentielles. Si vous "
        "n'êtes pas le destinataire, veuillez le supprimer et en avertir l'expéditeur."
        + thread("owa_fr", "pyro1", "Didier Lambotte <didier.lambotte@eghezee.be>", "2026-06-16", "14:32"),
        sent="2026-06-16",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Margaux,\n\nMerci pour votre courriel. On est en pleine réorganisation (fusion de deux divisions), "
        "personne ne va regarder ça avant un bon bout de temps. Pourriez-vous me relancer dans trois mois?\n\n"
        "Merci et bonne journée,\n\nGeneviève Tremblay, CRHA\nConseillère principale, ressources humaines\n"
        "Solutions Nordak inc. – Montréal\n514 555-0147 poste 2210\n\n"
        + _DISC_QC
        + thread("outlook_qc", "petit1", "Geneviève Tremblay <gtremblay@nordak.ca>", "2026-09-08", "11:05"),
        sent="2026-09-08",
        until="2026-12-08",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour M. Mercier,\n\nMerci pour votre proposition. Notre plan de recrutement 2026 (une vingtaine "
        "d'agents de terrain) ne démarre qu'au deuxième trimestre, après validation par le bailleur. Je vous "
        "remercie de revenir vers nous à ce moment-là.\n\nCordialement,\n\nClaudine Uwase\nResponsable administrative "
        "et financière\nImbaraga Santé Communautaire – Kigali, Rwanda\n+250 788 304 112"
        + thread("gmail_fr", "verif1", "Claudine Uwase <c.uwase@imbaraga-sante.org.rw>", "2026-02-17"),
        sent="2026-02-17",
        until="2026-04-01",
    ),
    C(
        "fr",
        "not_now",
        "bjr pas maintenant on fait les travaux de la salle + la saison cyclonique arrive. rapelez moi l annee "
        "prochaine\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _AFF,
            "Le Ti Bouchon <letibouchon974@gmail.com>",
            "Un écran prêté 30 jours pour votre vitrine",
            D("2026-11-03"),
            "08:47",
            EMAILS["aff1"][2],
        ),
        sent="2026-11-03",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Bastien,\n\nMerci pour votre message. Le projet de film marque employeur est repoussé à la rentrée, "
        "la direction veut d'abord finaliser la nouvelle charte graphique. Je reviendrai vers vous à ce moment-là.\n\n"
        "Meilleures salutations,\n\nCorinne Baud\nResponsable communication\nAteliers Meylan SA – Plan-les-Ouates, "
        "Genève\n+41 22 884 31 00"
        + thread("outlook_fr", "plan1", "Corinne Baud <corinne.baud@ateliers-meylan.ch>", "2026-04-21"),
        sent="2026-04-21",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "bonjour oui alors on déménage l'étude en novembre donc tout ça les archives les consoles on verra après le "
        "déménagement merci de me recontacter à ce moment là bonne journée\n\nMaître Vincent Houbart\nNotaire\n"
        "Étude Houbart & Delvaux – Liège\n\nEnvoyé depuis mon smartphone Samsung Galaxy."
        + thread("android_fr", "broy2", "Vincent Houbart <v.houbart@notaires-hd.be>", "2026-10-06", "16:20"),
        sent="2026-10-06",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Monsieur,\n\nVotre proposition nous intéresse mais pas avant la fin du mois de mars : nos travaux "
        "de rénovation de l'aile B ne seront terminés qu'à ce moment-là, et il serait inutile d'auditer un chantier."
        "\n\nVeuillez agréer nos salutations distinguées.\n\nRomuald Agossou\nDirecteur technique\nHôtel Les "
        "Cocotiers – Cotonou, Bénin\n+229 21 30 47 85"
        + thread("gmail_fr", "pyro1", "Romuald Agossou <r.agossou@hotel-lescocotiers.bj>", "2026-01-20"),
        sent="2026-01-20",
        until="2026-04-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nJe suis preneuse mais là c'est la course avant les congés. Revenez vers moi la semaine du 7 "
        "septembre, je serai plus disponible.\n\nBien à vous,\nSarah Vandevelde\nHR Business Partner\nLumetra "
        "Engineering – Bruxelles"
        + thread("outlook_fr", "petit2", "Sarah Vandevelde <sarah.vandevelde@lumetra.be>", "2026-07-14"),
        sent="2026-07-14",
        until="2026-09-07",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Antoine,\n\nMerci pour la relance. Je pars en congé d'ici quelques jours et la rentrée sera chargée "
        "avec les clôtures. Recontactez-moi à partir du 24 août, on pourra regarder ça pour les recrutements de "
        "l'automne.\n\nCordialement,\n\nLaurent Schmit\nDirecteur administratif\nFiduciaire Schmit & Reuter S.à r.l."
        "\n12, rue de Strassen – L-2555 Luxembourg\n\n"
        + _DISC_FR
        + thread("outlook_fr", "verif2", "Laurent Schmit <l.schmit@schmit-reuter.lu>", "2026-07-07"),
        sent="2026-07-07",
        until="2026-08-24",
    ),
    C(
        "fr",
        "not_now",
        "Trop tôt pour nous. Réessayez dans quinze jours, je serai sortie de l'inventaire.\n\nAnouk\nBoutique "
        "Fil d'Ariane, Lausanne"
        + thread("gmail_fr", "aff2", "Anouk Perrin <anouk@boutique-filariane.ch>", "2026-08-25"),
        sent="2026-08-25",
        until="2026-09-08",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nL'idée nous plaît beaucoup, mais tout dépend de la subvention que nous avons demandée à la "
        "Collectivité Territoriale de Martinique pour notre communication. Tant que nous n'avons pas la décision, "
        "je ne peux rien engager. Je reviendrai vers vous dès que j'en sais plus.\n\nBien cordialement,\n\nMaryse "
        "Jean-Louis\nPrésidente\nAssociation Lanmou Lékol – Fort-de-France"
        + thread("iphone_fr", "plan2", "Maryse Jean-Louis <lanmoulekol@orange.fr>", "2026-11-17"),
        sent="2026-11-17",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Pas avant octobre, nous changeons de locaux d'ici là et je ne veux pas de console à déménager.\n\nDr "
        "Pascale Erard\nCentre médical des Cadolles – Neuchâtel"
        + thread("apple_fr", "broy1", "Pascale Erard <p.erard@cm-cadolles.ch>", "2026-06-02"),
        sent="2026-06-02",
        until="2026-10-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour Madame,\n\nLe sujet figure bien dans notre feuille de route QVT, mais il n'a pas été retenu pour "
        "l'exercice en cours. Nous pourrons en reparler au premier trimestre 2027, lors de la préparation des NAO."
        "\n\nCordialement,\n\nFrédérique Morel-Castaing\nDirectrice du développement RH\nGroupe Altéane – Direction "
        "des ressources humaines\nTour Cristal, 92400 Courbevoie\n\n"
        + _DISC_FR
        + thread(
            "outlook_fr", "petit1", "Frédérique Morel-Castaing <frederique.morel@alteane-groupe.com>", "2026-10-20"
        ),
        sent="2026-10-20",
        until="2027-01-01",
    ),
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nOn a gelé toutes les embauches jusqu'à fin juin (rachat en cours). Relancez-moi début juillet, "
        "ça devrait être plus clair.\n\nMathieu\n\n--\nMathieu Delcourt\nResponsable recrutement – Transports "
        "Delcourt & Fils, Roubaix"
        + thread("tbird_fr", "verif2", "Mathieu Delcourt <m.delcourt@transports-delcourt.fr>", "2026-03-24"),
        sent="2026-03-24",
        until="2026-07-01",
    ),
    C(
        "en",
        "not_now",
        "Not now Callum, we're halfway through an office move and half the files are in crates. Give me a shout "
        "after Easter.\n\nAlasdair\n\nAlasdair MacLeod\nPartner | MacLeod Keir LLP | Glasgow\n0141 496 0775\n\n"
        + _DISC_EN
        + thread("outlook_en", "shred1", "Alasdair MacLeod <amacleod@macleodkeir.co.uk>", "2026-01-13"),
        sent="2026-01-13",
        until=None,
    ),
    C(
        "en",
        "not_now",
        "Hi Gareth,\n\nWe've just had our annual inspection done by the council's contractor and we're tied in "
        "until the summer. The contract comes up for renewal in September, so try me then.\n\nThanks,\nFiona Doig\n"
        "Business Manager, St Columba's Primary, Dunfermline"
        + thread("gmail_en", "ember1", "Fiona Doig <fdoig@stcolumbas-ps.sch.uk>", "2026-04-14"),
        sent="2026-04-14",
        until="2026-09-01",
    ),
    C(
        "en",
        "not_now",
        "Love the idea but we're 14 people and nobody's expecting right now as far as I know lol. Check back in 6 "
        "months? We should have closed our Series A by then and be hiring.\n\nDev\n\nDevika Raman | COO | "
        "Tidewater Analytics | Toronto"
        + thread("gmail_us", "harb1", "Devika Raman <devika@tidewater.ai>", "2026-02-24"),
        sent="2026-02-24",
        until="2026-08-24",
    ),
    C(
        "en",
        "not_now",
        "Hi Aisha,\n\nThank you for this. We have a freeze on new vendors until the end of June while our global "
        "procurement policy is rolled out. Please reach out again after that.\n\nBest,\nJoanna Mae Villanueva\n"
        "Talent Acquisition Lead\nBrightpath Contact Solutions, Inc. | Ortigas Center, Pasig City\n+63 2 8635 4412"
        + thread("outlook_us", "clear1", "Joanna Mae Villanueva <jvillanueva@brightpath-cs.ph>", "2026-05-19"),
        sent="2026-05-19",
        until="2026-07-01",
    ),
    C(
        "en",
        "not_now",
        "mate flat out til xmas, hit me up in the new year\n\nSent from my iPhone"
        + block(
            "apple_en",
            _GLOW,
            "Tama Rewi <tama@kaicafe.co.nz>",
            "Free screen for 30 days",
            D("2026-09-15"),
            "13:10",
            EMAILS["glow1"][2],
        ),
        sent="2026-09-15",
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        "Hi Hannah,\n\nNo more budget left in the comms line this year, I'm afraid - we spent it all on the rebrand. "
        "Try me in January when the new budget opens and I'd genuinely like to talk.\n\nCiara\n\nCiara Brennan\n"
        "Head of Marketing, Loopline Software, Dublin 2"
        + thread("outlook_en", "wide1", "Ciara Brennan <ciara.brennan@loopline.ie>", "2026-06-09"),
        sent="2026-06-09",
        until="2027-01-01",
    ),
    C(
        "en",
        "not_now",
        "Hi Callum, end of financial year chaos here (NZ year ends 31 March but our audit's only just started). Can "
        "you follow up the week after the 14th of August? Should be clear by then.\n\nRegards\nMere Parata\n"
        "Practice Manager | Parata & Sons Chartered Accountants | Whangārei"
        + thread("outlook_en", "shred2", "Mere Parata <mere@paratasons.co.nz>", "2026-07-21"),
        sent="2026-07-21",
        until="2026-08-17",
    ),
    C(
        "en",
        "not_now",
        "Gareth,\n\nWe're in the middle of a tender for integrated FM services which includes fire. Decision is due "
        "by the end of February. If we don't go with a single FM provider, reach out after that and we can talk "
        "about a walk-round.\n\nRegards,\n\nBen Kowalski\nSite Operations Manager\nCoorparoo Cold Storage Pty Ltd\n"
        "M 0412 558 903" + thread("outlook_en", "ember1", "Ben Kowalski <ben.k@coorparoocold.com.au>", "2026-10-27"),
        sent="2026-10-27",
        until="2027-03-01",
    ),
    C(
        "en",
        "not_now",
        "Thanks Sophie. Not a priority right now with everything else on our plate. Circle back later in the year?\n"
        "\nMegan Lowe\nPeople & Culture Manager | Harcourt Lowe Lawyers | Level 21, 1 Bligh St, Sydney"
        + thread("gmail_en", "harb2", "Megan Lowe <mlowe@harcourtlowe.com.au>", "2026-03-03"),
        sent="2026-03-03",
        until=None,
    ),
    C(
        "en",
        "not_now",
        "Dear Aisha,\n\nGreetings. We are in the middle of year-end closing. Kindly contact me after the 15th of "
        "January and we can discuss.\n\nBest Regards,\n\nRashid Al Marzouqi\nHR Operations Manager\nAl Noor "
        "Facilities Management LLC, Dubai, UAE\nT +971 4 339 2270\n\n"
        + _DISC_AE
        + thread("outlook_en", "clear2", "Rashid Al Marzouqi <rashid.almarzouqi@alnoorfm.ae>", "2026-11-10"),
        sent="2026-11-10",
        until="2027-01-16",
    ),
    C(
        "en",
        "not_now",
        "maybe? not till we reopen after the reno though, and honestly no idea when that'll be with the permits\n\n"
        "Jess | Ironbark Fitness Kitsilano"
        + thread("gmail_us", "glow1", "Jess Tanaka <jess@ironbarkfitness.ca>", "2026-05-05"),
        sent="2026-05-05",
        until=None,
    ),
    C(
        "en",
        "not_now",
        "Dear Ms Walsh,\n\nThank you for your email. Any commission of this kind would need to go through our "
        "procurement framework, and the next call-off for creative services opens on 1 October. Please get in "
        "touch from then and we will add you to the list of suppliers invited to quote.\n\nYours sincerely,\n\n"
        "Rhiannon Evans\nCommunications Officer\nCyngor Sir Abertawe / City and County of Swansea\n\n"
        + _DISC_GOV_UK
        + thread("outlook_en", "wide1", "Rhiannon Evans <rhiannon.evans@swansea.gov.uk>", "2026-08-18"),
        sent="2026-08-18",
        until="2026-10-01",
    ),
    C(
        "en",
        "not_now",
        "Can you try me again in a fortnight? Swamped.\n\nSent from Outlook for Android\n\n"
        "From: Callum Reid <callum.reid@shredwell.co.uk>\nSent: Tuesday, February 10, 2026 9:14:02 AM\n"
        "To: Orla Hegarty <orla@corkdentalcare.ie>\nSubject: Secure shredding - free 30-day console trial\n\n"
        + EMAILS["shred1"][2],
        sent="2026-02-10",
        until="2026-02-24",
    ),
    C(
        "en",
        "not_now",
        "Hi Gareth, get back to me early March. We shut the stillhouse for maintenance in Jan/Feb and I'll have "
        "contractors everywhere, last thing I need is another visit.\n\nCheers\nEwan Sutherland\nSite Manager, "
        "Glen Ardach Distillery, Speyside"
        + thread("gmail_en", "ember2", "Ewan Sutherland <ewan@glenardach.scot>", "2026-11-24"),
        sent="2026-11-24",
        until="2027-03-01",
    ),
    C(
        "en",
        "not_now",
        "Aisha - not this quarter, our headcount plan isn't approved. Let's reconnect in April when the new fiscal "
        "year kicks off.\n\nTom Alvarez\nDirector of Recruiting Operations | Lone Star Staffing Group | Austin, TX\n"
        "Sent from my iPad" + thread("gmail_us", "clear2", "Tom Alvarez <talvarez@lonestarstaffing.com>", "2026-09-29"),
        sent="2026-09-29",
        until="2027-04-01",
    ),
]

# --------------------------------------------------------------------------- not_interested (30: 15 fr, 15 en)

CASES += [
    C(
        "fr",
        "not_interested",
        "Non merci.\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _PYRO,
            "Garage Rinaldi <garage.rinaldi@wanadoo.fr>",
            "Sécurité incendie : pré-audit gratuit de vos locaux",
            D("2026-03-11"),
            "09:02",
            EMAILS["pyro1"][2],
        ),
        sent="2026-03-11",
    ),
    C(
        "fr",
        "not_interested",
        "Madame,\n\nNous disposons déjà d'un contrat cadre pour la destruction de nos documents, qui donne entière "
        "satisfaction à notre service conformité. Nous ne donnerons pas suite.\n\nMeilleures salutations,\n\n"
        "Olivier Pictet-Reymond\nHead of Operations\nBanque Reymond & Cie SA\nRue du Rhône 58 – 1204 Genève\n\n"
        + _DISC_CH
        + thread("outlook_fr", "broy1", "Olivier Pictet-Reymond <o.pictet@reymond-cie.ch>", "2026-02-04"),
        sent="2026-02-04",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous sommes une petite structure de quatre personnes et aucun de nous n'a d'enfant en bas âge. "
        "Ça ne nous concerne pas vraiment.\n\nBonne continuation,\nJérôme Wauters\nWauters Architecture – Namur"
        + thread("gmail_fr", "petit1", "Jérôme Wauters <jerome@wauters-archi.be>", "2026-04-08"),
        sent="2026-04-08",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous ne faisons pas appel à ce type de prestataire : les vérifications sont réalisées en "
        "interne par notre équipe Talent Acquisition, conformément aux exigences de la CSSF.\n\nBien à vous,\n\n"
        "Sandrine Kremer\nHead of HR Operations\nBanque Ardenne Privée Luxembourg S.A.\n\n"
        + _DISC_FR
        + thread("outlook_fr", "verif1", "Sandrine Kremer <sandrine.kremer@ardenne-privee.lu>", "2026-05-06"),
        sent="2026-05-06",
    ),
    C(
        "fr",
        "not_interested",
        "Un écran dans une boulangerie de village de 600 habitants ? Mes clients viennent pour le pain, pas pour "
        "regarder la télé. Merci quand même, et bon courage.\n\nFabrice\nBoulangerie du Lavoir – Clisson"
        + thread("gmail_fr", "aff1", "Boulangerie du Lavoir <boulangeriedulavoir@orange.fr>", "2026-01-27"),
        sent="2026-01-27",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nLe groupe dispose de son propre studio vidéo intégré à la direction de la communication ; nous "
        "n'externalisons pas ce type de production. Nous ne donnerons donc pas suite à votre proposition.\n\n"
        "Cordialement,\n\nHélène Castelnau\nDirectrice de la communication interne\nSOLVARIS – Direction de la "
        "communication\n\n"
        + _DISC_FR
        + thread("outlook_fr", "plan1", "Hélène Castelnau <helene.castelnau@solvaris.com>", "2026-09-23"),
        sent="2026-09-23",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Léa,\n\nNous sommes à Maurice, je doute que vous couvriez l'île, et de toute façon nous avons "
        "investi l'an dernier dans un broyeur industriel. Merci pour la relance mais ce ne sera pas nécessaire.\n\n"
        "Cordialement,\nVikash Ramdin\nOffice Manager\nOcean Trust Management Ltd – Ebène, Maurice"
        + thread("gmail_fr", "broy2", "Vikash Ramdin <v.ramdin@oceantrust.mu>", "2026-06-23"),
        sent="2026-06-23",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous venons de renouveler notre contrat de maintenance incendie pour trois ans avec notre "
        "prestataire historique. Pas intéressés, donc.\n\nCdt\n\nP. Mouret\nResponsable maintenance\nLogistique "
        "Mouret – Vitrolles"
        + thread("outlook_fr", "pyro2", "Patrick Mouret <p.mouret@logistique-mouret.fr>", "2026-09-01"),
        sent="2026-09-01",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Margaux,\n\nMerci, mais au Québec on a le réseau des CPE et nos employés y ont déjà presque tous une "
        "place. Ça ne répond pas à un besoin chez nous.\n\nBonne fin de journée!\n\nSylvie Gagnon\nDirectrice "
        "générale\nImprimerie Gagnon & Frères – Trois-Rivières"
        + thread("outlook_qc", "petit2", "Sylvie Gagnon <sgagnon@imprimeriegagnon.qc.ca>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "fr",
        "not_interested",
        "Monsieur Mercier,\n\nMerci pour la relance. Nous recrutons très peu (deux ou trois postes par an) et nous "
        "connaissons en général les candidats. Ce n'est pas une priorité pour nous.\n\nCordialement\n\nGilles "
        "Houngbédji\nGérant\nSociété Béninoise de Négoce – Cotonou"
        + thread("gmail_fr", "verif2", "Gilles Houngbédji <g.houngbedji@sbn-negoce.bj>", "2026-10-13"),
        sent="2026-10-13",
    ),
    C(
        "fr",
        "not_interested",
        "bonjour merci pour votre mail mais nous n'avons pas besoin d'écran on a déjà des ardoises à la craie et ça "
        "plaît beaucoup aux clients c'est un peu notre style bonne journée\n\nCrêperie Ty Breizh"
        + thread("android_fr", "aff1", "Crêperie Ty Breizh <tybreizh.nantes@gmail.com>", "2026-04-28"),
        sent="2026-04-28",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Bastien,\n\nHonnêtement, on a fait un film il y a deux ans avec une boîte d'ici, il dort sur "
        "YouTube avec 300 vues. Donc c'est non pour nous, mais merci d'avoir pensé à nous.\n\nBonne continuation !"
        "\n\nJean-Marc Bellay\nGérant – Distillerie Bellay, Le Lamentin"
        + thread("gmail_fr", "plan2", "Jean-Marc Bellay <jm.bellay@distillerie-bellay.mq>", "2026-02-10"),
        sent="2026-02-10",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour Aisha,\n\nJe vous réponds en français, je suis plus à l'aise. Nous n'avons pas besoin de ce "
        "service : nous recrutons deux personnes par an, toujours par cooptation.\n\nCordialement,\n\nÉric "
        "Lacombe\nGérant\nLacombe Parfums Distribution FZE – Dubai"
        + thread("outlook_en", "clear1", "Éric Lacombe <eric@lacombe-parfums.ae>", "2026-03-17"),
        sent="2026-03-17",
    ),
    C(
        "fr",
        "not_interested",
        "Bonjour,\n\nVotre offre est intéressante mais nous sommes une association de bénévoles sans locaux propres "
        "(nous sommes hébergés par la paroisse). Ce ne sera donc pas pour nous.\n\nBonne journée,\n\nMonique "
        "Servais\nTrésorière – Les Amis du Vieux-Namur asbl"
        + thread("outlook_fr", "pyro1", "Monique Servais <amisvieuxnamur@skynet.be>", "2026-10-14"),
        sent="2026-10-14",
    ),
    C(
        "fr",
        "not_interested",
        "Franchement, aller fouiller dans le passé des gens qu'on embauche, ce n'est pas notre culture. On fait "
        "confiance et on a une période d'essai pour ça. Non.\n\nSimon Favre\nFondateur, Atelier Favre Menuiserie, "
        "Bulle (FR)" + thread("apple_fr", "verif1", "Simon Favre <simon@atelierfavre.ch>", "2026-08-11"),
        sent="2026-08-11",
    ),
    C(
        "en",
        "not_interested",
        "No thanks.\n\nGet Outlook for iOS"
        + thread("outlook_en", "wide1", "Declan Fahy <declan@fahyengineering.ie>", "2026-03-31"),
        sent="2026-03-31",
    ),
    C(
        "en",
        "not_interested",
        "We went fully paperless in 2022. Nothing left to shred except my patience with cold emails. Cheers though."
        "\n\nNiall\n\nNiall Gorman | Gorman Tax Advisory | Galway"
        + thread("gmail_en", "shred1", "Niall Gorman <niall@gormantax.ie>", "2026-09-09"),
        sent="2026-09-09",
    ),
    C(
        "en",
        "not_interested",
        "Hi Gareth,\n\nWe're all sorted thanks - it's included in the service charge and the building's own "
        "contractor services everything on every floor. Nothing for us to buy.\n\nKind regards\nLaura Pugh\nOffice "
        "Manager, Penarth Quay Dental Group"
        + thread("outlook_en", "ember1", "Laura Pugh <laura.pugh@penarthquaydental.co.uk>", "2026-02-17"),
        sent="2026-02-17",
    ),
    C(
        "en",
        "not_interested",
        "Hi Sophie,\n\nAppreciate it, but our whole team is fully remote across nine countries, so nursery places near "
        "an office don't really make sense for us.\n\nAll the best,\nOwen Mitchell\nFounder, Copperleaf Studio"
        + thread("gmail_en", "harb1", "Owen Mitchell <owen@copperleaf.studio>", "2026-06-17"),
        sent="2026-06-17",
    ),
    C(
        "en",
        "not_interested",
        "Aisha,\n\nWe run all of our screening through a global provider under a three-year MSA that was just "
        "renewed. We're not looking to change.\n\nRegards,\nKaren Whitfield\nSr. Director, Talent Operations\n"
        "Meridale Health Systems | Columbus, OH\n\n"
        + _DISC_EN
        + thread("outlook_us", "clear1", "Karen Whitfield <kwhitfield@meridalehealth.org>", "2026-04-22"),
        sent="2026-04-22",
    ),
    C(
        "en",
        "not_interested",
        "We're good thanks, the chalkboard does the job and the regulars like it. Appreciate you reaching out.\n\n"
        "Hamish - The Kettle Yard, Dunedin"
        + thread("gmail_en", "glow2", "The Kettle Yard <hello@kettleyard.nz>", "2026-07-08"),
        sent="2026-07-08",
    ),
    C(
        "en",
        "not_interested",
        "Dear Ms Walsh,\n\nThank you for contacting the Council. After consideration, we will not be taking this "
        "forward: all creative and audiovisual work is commissioned from our existing approved supplier list, which "
        "was set following a competitive process in 2025.\n\nKind regards,\n\nSean Kelleher\nSenior Executive "
        "Officer, Corporate Communications\nKildare County Council\n\n"
        + _DISC_GOV_UK
        + thread("outlook_en", "wide2", "Sean Kelleher <skelleher@kildarecoco.ie>", "2026-05-13"),
        sent="2026-05-13",
    ),
    C(
        "en",
        "not_interested",
        "G'day Gareth,\n\nWe're a mine site with our own ERT and fire crew on every shift, plus a full-time fire "
        "systems tech. Not something we'd ever outsource. Cheers anyway.\n\nDarren Hoskins\nSafety Superintendent\n"
        "Yarrabee Coal Operations, Bowen Basin QLD"
        + thread("outlook_en", "ember2", "Darren Hoskins <darren.hoskins@yarrabeecoal.com.au>", "2026-08-04"),
        sent="2026-08-04",
    ),
    C(
        "en",
        "not_interested",
        "Thanks Sophie, we looked at something similar last year and went with a flat childcare allowance instead. "
        "Not going to revisit that decision.\n\nRegards,\nAnthony Russo\nHead of People | Bayside Civil | Sydney"
        + thread("outlook_en", "harb2", "Anthony Russo <arusso@baysidecivil.com.au>", "2026-11-04"),
        sent="2026-11-04",
    ),
    C(
        "en",
        "not_interested",
        "Hi Aisha,\n\nWe have an in-house background investigation team of twelve covering all our Cebu and Davao "
        "sites. We won't be needing an external provider.\n\nThank you,\nRamon Dela Cruz\nSecurity & Compliance "
        "Manager | Visayas Outsourcing Corp. | Cebu City"
        + thread("gmail_us", "clear2", "Ramon Dela Cruz <rdelacruz@visayasoutsourcing.ph>", "2026-07-28"),
        sent="2026-07-28",
    ),
    C(
        "en",
        "not_interested",
        "A screen. In a secondhand bookshop. Bold pitch, I'll give you that, but paper is sort of our whole thing.\n"
        "\nMorag\nThe Well-Thumbed Page, Stirling"
        + thread("gmail_en", "glow1", "Morag Baird <morag@wellthumbedpage.co.uk>", "2026-10-21"),
        sent="2026-10-21",
    ),
    C(
        "en",
        "not_interested",
        "Thanks but no. We've got a shredder and an intern.\n\nStuart\n\nStuart Forbes, Forbes & Innes Surveyors, "
        "Aberdeen" + thread("outlook_en", "shred2", "Stuart Forbes <sforbes@forbesinnes.co.uk>", "2026-04-01"),
        sent="2026-04-01",
    ),
    C(
        "en",
        "not_interested",
        "Kia ora Hannah,\n\nWe're a two-person design studio - we make our own videos, badly but lovingly. Not for "
        "us, but good luck with it!\n\nNgā mihi,\nAroha Tipene\nTipene Design, Wellington"
        + thread("gmail_en", "wide1", "Aroha Tipene <aroha@tipenedesign.nz>", "2026-08-26"),
        sent="2026-08-26",
    ),
    C(
        "en",
        "not_interested",
        "Diolch Gareth, but as a council-run leisure centre we can't buy anything outside the authority's "
        "framework, so it's a no from us, sorry.\n\nGethin Lloyd\nDuty Manager, Canolfan Hamdden Llanelli\n\n"
        + _DISC_GOV_UK
        + thread("outlook_en", "ember1", "Gethin Lloyd <gethin.lloyd@sirgar.gov.uk>", "2026-06-30"),
        sent="2026-06-30",
    ),
    C(
        "en",
        "not_interested",
        "Hello Noémie,\n\nSorry to reply in English. We already have screens in the lobby and at the restaurant from "
        "a local supplier in Port Louis, so we won't need a loan unit.\n\nRegards,\nKavita Doorgakant\nFront Office "
        "Manager\nLe Flamboyant Beach Resort, Flic en Flac, Mauritius"
        + thread("outlook_fr", "aff1", "Kavita Doorgakant <fom@flamboyant-resort.mu>", "2026-09-16"),
        sent="2026-09-16",
    ),
]

# --------------------------------------------------------------------------- meeting_request (30: 15 fr, 15 en)

CASES += [
    C(
        "fr",
        "meeting_request",
        "Oui pour le pré-audit. Jeudi 14h ça vous va ? Adresse : ZA des Paluds, 13400 Aubagne, bâtiment C.\n\n"
        "Sébastien Arnaud\nMenuiserie Arnaud Frères"
        + thread("gmail_fr", "pyro1", "Sébastien Arnaud <contact@menuiserie-arnaud.fr>", "2026-02-25"),
        sent="2026-02-25",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\nappelez moi demain matin avant 10h au 04 72 41 88 03, c'est plus simple que par mail.\nMerci\n"
        "Dr Lemoine\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _BROY,
            "Dr Agnès Lemoine <cabinet.lemoine@medecin-lyon.fr>",
            "Vos documents confidentiels : un mois d'essai offert",
            D("2026-05-20"),
            "10:31",
            EMAILS["broy1"][2],
        ),
        sent="2026-05-20",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Madame,\n\nVotre message tombe bien : nous avons eu plusieurs demandes de salariés lors du dernier "
        "baromètre social. Je vous propose un échange en visio mardi 13 octobre à 10h. Pouvez-vous m'envoyer une "
        "invitation Teams ? Je mettrai en copie notre responsable avantages sociaux.\n\nCordialement,\n\nIsabelle "
        "Roussel\nResponsable QVT & diversité\nGroupe Hexanor – DRH Groupe\n\n"
        + _DISC_FR
        + thread("outlook_fr", "petit1", "Isabelle Roussel <isabelle.roussel@hexanor.com>", "2026-10-01"),
        sent="2026-10-01",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nAvant toute chose j'aimerais voir la plateforme en démo, notamment la partie consentement des "
        "candidats. Je suis dispo mercredi après-midi.\n\nCordialement\nCéline Wattiez\nChargée RH – Clinique du "
        "Parc, Lille" + thread("outlook_fr", "verif1", "Céline Wattiez <c.wattiez@clinique-duparc.fr>", "2026-01-14"),
        sent="2026-01-14",
    ),
    C(
        "fr",
        "meeting_request",
        "ok passez a la boutique samedi matin on ouvre a 9h, demandez Kevin\n\nEnvoyé de mon iPhone"
        + block(
            "iphone_fr",
            _AFF,
            "Ride Shop Rezé <rideshop.reze@gmail.com>",
            "Un écran prêté 30 jours pour votre vitrine",
            D("2026-05-27"),
            "17:40",
            EMAILS["aff1"][2],
        ),
        sent="2026-05-27",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Bastien,\n\nVolontiers pour la consultation. Lundi 16h ? On a un projet de vidéo d'accueil sécurité "
        "pour les intérimaires de l'usine. On verra ensuite pour le devis.\n\nThierry Oudin\nResponsable QHSE\n"
        "Fonderie Oudin – Saint-Dizier"
        + thread("outlook_fr", "plan1", "Thierry Oudin <t.oudin@fonderie-oudin.fr>", "2026-03-03"),
        sent="2026-03-03",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nRéponse dans le texte.\n\nCordialement,\nMe Claire Joubert"
        "\n\n-----Message d'origine-----\nDe : Léa Marchetti <lea.marchetti@broyalis.fr>\nEnvoyé : mardi 15 "
        "septembre 2026 09:14\nÀ : Claire Joubert <c.joubert@joubert-avocats.fr>\nObjet : RE: Vos documents "
        "confidentiels : un mois d'essai offert\n\nBonjour,\n\nJe reviens vers vous concernant mon message de la "
        "semaine dernière. Beaucoup de cabinets profitent de la fin d'exercice pour vider leurs archives : "
        "souhaitez-vous que je vous envoie un devis, ou que nous fixions un rendez-vous de 15 minutes ?\n\n"
        "--> RDV plutôt. Mardi ou jeudi matin, au cabinet (8 quai de Serbie). Le devis viendra après. CJ\n\n"
        + _BROY_SIG,
        sent="2026-09-15",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour M. Haddad,\n\nNous avons une visite des sapeurs-pompiers prévue en mars. Votre technicien "
        "pourrait-il passer la semaine prochaine pour le pré-audit ? Nous sommes joignables au +229 97 12 54 30.\n\n"
        "Cordialement,\n\nAdjoa Kpadonou\nDirectrice\nÉcole Internationale Les Palmiers – Cotonou"
        + thread("gmail_fr", "pyro2", "Adjoa Kpadonou <direction@ecole-lespalmiers.bj>", "2026-01-27"),
        sent="2026-01-27",
    ),
    C(
        "fr",
        "meeting_request",
        "Allô Margaux,\n\nOn pourrait se parler au téléphone cette semaine? Je suis dispo jeudi entre 13 h et 15 h, "
        "heure de Montréal. Mon cell : 438 555-0192.\n\nMerci!\n\nJulie Bouchard\nVP Personnes et culture\nStudio "
        "Pixelune – Montréal" + thread("outlook_qc", "petit1", "Julie Bouchard <julie@pixelune.ca>", "2026-04-07"),
        sent="2026-04-07",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Monsieur Mercier,\n\nPourriez-vous passer à nos bureaux de Kacyiru lors de votre prochaine mission à "
        "Kigali ? Notre directrice souhaite en discuter de vive voix avant de décider quoi que ce soit.\n\nBien "
        "cordialement,\n\nEmmanuel Habimana\nChargé des ressources humaines\nUmucyo Microfinance Plc"
        + thread("outlook_fr", "verif1", "Emmanuel Habimana <e.habimana@umucyo.rw>", "2026-06-10"),
        sent="2026-06-10",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Noémie,\n\nJe préfère voir l'écran en vrai avant de dire oui à quoi que ce soit. Vous pouvez passer "
        "au magasin de Saint-Pierre ? Plutôt en semaine, le samedi c'est la folie.\n\nMerci\nJocelyne Técher\n"
        "Optique du Port – Saint-Pierre"
        + thread("gmail_fr", "aff2", "Jocelyne Técher <optiqueduport974@gmail.com>", "2026-03-18"),
        sent="2026-03-18",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nJe vous transfère le commentaire de notre directeur général ci-dessous. Il est partant pour "
        "vous rencontrer : pouvez-vous me proposer deux ou trois dates en novembre ?\n\nCordialement,\nSandrine "
        "Mottier\nAssistante de direction – Mottier Horlogerie SA, Genève\n\n-------- Message transféré --------\n"
        "De : Paul Mottier <paul.mottier@mottier-horlogerie.ch>\nDate : lun. 26 oct. 2026 à 18:02\nObjet : TR: Un "
        "film pour votre marque employeur ?\nÀ : Sandrine Mottier <s.mottier@mottier-horlogerie.ch>\n\nSandrine,\n"
        "intéressant pour le recrutement des apprentis horlogers. Cale-moi un rdv avec eux, pas de devis avant "
        "qu'on se soit vus.\nP.\n\n---------- Forwarded message ---------\nDe : Bastien Joly "
        "<bastien.joly@planlarge.fr>\nDate : mar. 20 oct. 2026 à 09:14\nObjet : Un film pour votre marque "
        "employeur ?\nÀ : Paul Mottier <paul.mottier@mottier-horlogerie.ch>\n\n" + EMAILS["plan1"][2],
        sent="2026-10-20",
    ),
    C(
        "fr",
        "meeting_request",
        "Visio OK. Envoyez-moi un lien pour vendredi 10h, je serai avec notre DAF.\n\nN. Hoffmann\n\n"
        "-----Original Message-----\nFrom: Antoine Mercier <antoine.mercier@verifia.fr>\nSent: Tuesday, 24 November "
        "2026 09:14\nTo: Nadine Hoffmann <nadine.hoffmann@lux-airfreight.lu>\nSubject: RE: Vos recrutements : 5 "
        "vérifications offertes\n\n" + EMAILS["verif2"][2],
        sent="2026-11-24",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour,\n\nJe suis responsable HSE du site de Fos-sur-Mer. Je suis preneur d'une visite pour le pré-audit, "
        "mais je vous préviens que nos achats passent obligatoirement par un appel d'offres pour le contrat de "
        "maintenance. Pouvez-vous m'appeler pour fixer une date ? Ligne directe 04 42 47 90 12.\n\nCordialement\n\n"
        "Franck Bertolini\nResponsable HSE – Site de Fos\nSidermed Aciers\n\n"
        + _DISC_FR
        + thread("notes_fr", "pyro1", "Franck Bertolini/FOS/SIDERMED", "2026-04-28"),
        sent="2026-04-28",
    ),
    C(
        "fr",
        "meeting_request",
        "Bonjour Aisha,\n\nJe veux bien un appel pour comprendre comment ça marche pour les diplômes français. "
        "Mardi 11h heure de Dubaï ?\n\nBien à vous,\nClémence Aubry\nHR Manager – Atlas Hospitality Group, Dubai"
        + thread("outlook_en", "clear2", "Clémence Aubry <clemence.aubry@atlashospitality.ae>", "2026-02-03"),
        sent="2026-02-03",
    ),
    C(
        "en",
        "meeting_request",
        "Sure, call me Thursday after 2. 087 214 5530.\n\nBarry"
        + thread("gmail_en", "shred1", "Barry Coughlan <barry@coughlanmotors.ie>", "2026-02-18"),
        sent="2026-02-18",
    ),
    C(
        "en",
        "meeting_request",
        "Yes please book the walk-round. We're free any morning next week except Tuesday (fire drill, ironically).\n"
        "\nThanks\nSian Roberts\nFacilities, Bridgend Business Centre"
        + thread("outlook_en", "ember1", "Sian Roberts <sian@bridgendbc.co.uk>", "2026-05-12"),
        sent="2026-05-12",
    ),
    C(
        "en",
        "meeting_request",
        "Hi Sophie,\n\nThis is timely - three of our senior engineers are coming back from leave this spring. Can we "
        "do a Zoom on Wednesday at 3pm GMT? I'll bring our People Director.\n\nBest,\nRachel Adeyemi\nHR Manager, "
        "Northgate Robotics Ltd, Cambridge"
        + thread("outlook_en", "harb1", "Rachel Adeyemi <rachel.adeyemi@northgaterobotics.co.uk>", "2026-01-20"),
        sent="2026-01-20",
    ),
    C(
        "en",
        "meeting_request",
        "Hi Aisha, let's set up a demo. Send me some times that work for Manila afternoon. Thanks!\n\nPatricia "
        "Gonzales\nRecruitment Manager, Luzon Care Staffing\n\nSent from my Galaxy"
        + thread("android_en", "clear1", "Patricia Gonzales <pat.gonzales@luzoncare.ph>", "2026-06-24"),
        sent="2026-06-24",
    ),
    C(
        "en",
        "meeting_request",
        "yeah swing by the cafe, tues or wed arvo is quietest\n\nSent from my iPhone"
        + block(
            "apple_en",
            _GLOW,
            "Pip Harrington <pip@flatwhiteco.co.nz>",
            "Free screen for 30 days",
            D("2026-04-15"),
            "08:03",
            EMAILS["glow1"][2],
        ),
        sent="2026-04-15",
    ),
    C(
        "en",
        "meeting_request",
        "Happy to do the script consult. How's Friday at 11? Then we can talk numbers.\n\nCheers,\nTom\n\nTom "
        "Hargreaves | Head of Talent | Avonmouth Logistics\n\nThis email and any files transmitted with it are "
        "confidential. If you have received it in error please delete it and notify the sender."
        + thread("outlook_en", "wide1", "Tom Hargreaves <tom.hargreaves@avonmouthlogistics.co.uk>", "2026-09-30"),
        sent="2026-09-30",
    ),
    C(
        "en",
        "meeting_request",
        "Answers below in red.\n\nDermot\n\nFrom: Callum Reid <callum.reid@shredwell.co.uk>\nSent: 14 July 2026 09:14"
        "\nTo: Dermot Ryan <dryan@ryanvetgroup.ie>\nSubject: Secure shredding - free 30-day console trial\n\nHi,\n\n"
        "Quick one: do you have a plan for confidential paper (HR files, client records, payroll)?\n\n"
        "[Dermot Ryan] Not really, it goes in black bags to be honest.\n\nWe're offering a free 30-day trial of one "
        "console, no contract. If you're sitting on years of archive boxes, we can also quote for a one-off purge."
        "\n\n[Dermot Ryan] Maybe later.\n\nWould a quick 15-minute call next week work?\n\n[Dermot Ryan] Yes. "
        "Monday 10am, ring the main clinic line 061 338 210 and ask for me.\n\n" + _SHRED_SIG,
        sent="2026-07-14",
    ),
    C(
        "en",
        "meeting_request",
        "G'day Gareth,\n\nWe'd like the walk-round done before term 1 starts. Could someone come out in the week of "
        "12 January? Mornings suit best, the business office is open from 7.30.\n\nThanks,\nKylie Brennan\nBusiness "
        "Manager | Mt Gravatt Christian College | Brisbane QLD"
        + thread("outlook_en", "ember2", "Kylie Brennan <kbrennan@mgcc.qld.edu.au>", "2026-11-17"),
        sent="2026-11-17",
    ),
    C(
        "en",
        "meeting_request",
        "Sorry for the slow reply. Before the survey, I'd like a call to understand how the cost-sharing with "
        "employees works and what it means for payroll here in Ontario. Are you free Monday?\n\nNeil Ferreira\n"
        "Controller, Greenbelt Packaging Inc., Mississauga"
        + thread("gmail_us", "harb2", "Neil Ferreira <nferreira@greenbeltpack.ca>", "2026-03-24"),
        sent="2026-03-24",
    ),
    C(
        "en",
        "meeting_request",
        "Dear Ms. Rahman,\n\nGood day. Please be advised that our Procurement Department would like to invite "
        "ClearCheck Screening to a supplier presentation on Tuesday, 15 December 2026 at 10:00 AM at our head office "
        "in Abu Dhabi (Al Maryah Island). Kindly confirm your availability and the names of attendees at your "
        "earliest convenience.\n\nBest Regards,\n\nFatima Al Hammadi\nSenior Procurement Officer\nEmirates "
        "Crescent Holding PJSC\n\n"
        + _DISC_AE
        + thread("outlook_en", "clear1", "Fatima Al Hammadi <f.alhammadi@echolding.ae>", "2026-11-25"),
        sent="2026-11-25",
    ),
    C(
        "en",
        "meeting_request",
        "Would love to see one in action first. Is there a shop near Kitsilano already using it that I could visit "
        "with you?\n\nNina\nOwner, Juniper & Salt Apothecary"
        + thread("gmail_us", "glow2", "Nina Castillo <nina@juniperandsalt.ca>", "2026-06-02"),
        sent="2026-06-02",
    ),
    C(
        "en",
        "meeting_request",
        "Ok you've worn me down, let's talk. Teams link for Thursday afternoon?\n\nMairi Campbell\nInternal Comms "
        "Lead, Clydeside Housing Association"
        + thread("outlook_en", "wide2", "Mairi Campbell <mairi.campbell@clydesideha.org.uk>", "2026-10-06"),
        sent="2026-10-06",
    ),
    C(
        "en",
        "meeting_request",
        "Dear Ms Marchetti,\n\nApologies for replying in English. We would be glad to meet to discuss a console "
        "trial for our records unit. Would Tuesday 3 November at 10:00 at our premises in Geneva work for you?\n\n"
        "Kind regards,\n\nAndrew Kimani\nRecords & Archives Officer\nInternational Federation of Rural Cooperatives (IFRUC)"
        "\nRoute de Ferney 150, 1211 Geneva\n\n"
        + _DISC_EN
        + thread("outlook_fr", "broy1", "Andrew Kimani <a.kimani@ifruc.org>", "2026-10-20"),
        sent="2026-10-20",
    ),
    C(
        "en",
        "meeting_request",
        "Can you ring me? 01792 481 330. I'm the facilities manager, we've got three sites across Swansea and "
        "Neath and I'd rather talk it through than email back and forth.\n\nDylan Hughes\nWestbay Care Homes"
        + thread("outlook_en", "ember1", "Dylan Hughes <dylan.hughes@westbaycare.co.uk>", "2026-07-15"),
        sent="2026-07-15",
    ),
    C(
        "en",
        "meeting_request",
        "Hi Sophie - let's grab 20 minutes. I'm in London the week of the 9th for our EMEA offsite, could we meet in "
        "person near Liverpool Street?\n\nBest,\nJason Whitaker\nVP People, Quorrel Inc. (NYC / London)\n\n"
        "Sent from my iPhone"
        + thread("gmail_us", "harb1", "Jason Whitaker <jason.whitaker@quorrel.com>", "2026-10-28"),
        sent="2026-10-28",
    ),
]

# --------------------------------------------------------------------------- information_request (28: 14 fr, 14 en)

CASES += [
    C(
        "fr",
        "information_request",
        "Bonjour,\nVos consoles font quelle taille ? On a peu de place au secrétariat. Et le broyage se fait sur "
        "place dans le camion ou chez vous ?\nMerci\nAudrey – Cabinet dentaire des Brotteaux"
        + thread("gmail_fr", "broy1", "Audrey Chaix <secretariat@dentaire-brotteaux.fr>", "2026-01-28"),
        sent="2026-01-28",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nÊtes-vous certifiés APSAD (I4 et F1) ? Merci de m'envoyer également vos références dans le "
        "secteur hospitalier, en particulier pour les établissements de type U.\n\nCordialement,\n\nDelphine Ravel\n"
        "Ingénieure sécurité\nCentre Hospitalier du Pays d'Aix\n\n"
        + _DISC_FR
        + thread("outlook_fr", "pyro1", "Delphine Ravel <d.ravel@ch-paysdaix.fr>", "2026-05-05"),
        sent="2026-05-05",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Margaux,\n\nComment fonctionne concrètement le crédit d'impôt famille ? Et surtout, est-ce que "
        "ça existe aussi en Belgique, puisque nos salariés sont à Bruxelles et à Gand ?\n\nMerci d'avance,\nKoen "
        "Peeters\nDirecteur administratif – Brasserie Zinneke"
        + thread("outlook_fr", "petit1", "Koen Peeters <koen.peeters@zinneke.be>", "2026-02-11"),
        sent="2026-02-11",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce vraiment légal de vérifier le casier judiciaire d'un candidat en France ? Et où sont "
        "hébergées les données des candidats (en France, en Europe, ailleurs) ?\n\nCordialement\nMarine Lesage\n"
        "Responsable RH – Maison Lesage Traiteur"
        + thread("outlook_fr", "verif1", "Marine Lesage <m.lesage@lesage-traiteur.fr>", "2026-09-16"),
        sent="2026-09-16",
    ),
    C(
        "fr",
        "information_request",
        "c quoi la taille des ecrans ? ca marche avec le wifi de la boutique ou faut une box a part ?\n\nEnvoyé de "
        "mon iPhone"
        + block(
            "iphone_fr",
            _AFF,
            "Kim Fleurs <kimfleurs44@gmail.com>",
            "Un écran prêté 30 jours pour votre vitrine",
            D("2026-03-04"),
            "12:15",
            EMAILS["aff1"][2],
        ),
        sent="2026-03-04",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nAuriez-vous une plaquette, ou mieux des exemples de films réalisés pour des industriels ? "
        "Idéalement dans l'agroalimentaire.\n\nMerci,\nAlexandre Pinto\nChargé de communication – Fromageries du "
        "Jura Réunies" + thread("outlook_fr", "plan1", "Alexandre Pinto <a.pinto@fjr.fr>", "2026-06-16"),
        sent="2026-06-16",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Léa,\n\nPouvez-vous m'en dire plus sur le certificat de destruction ? Est-il nominatif, et est-il "
        "accepté par les commissaires aux comptes et la CNIL en cas de contrôle ?\n\nBien à vous,\n\nThomas Berthier"
        "\nDPO – Mutuelle des Monts du Lyonnais"
        + thread("outlook_fr", "broy2", "Thomas Berthier <dpo@mutuelle-mml.fr>", "2026-11-10"),
        sent="2026-11-10",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\nIntervenez-vous réellement au Bénin, à Parakou notamment, ou seulement à Cotonou ?\nMerci\n"
        "Aristide Zinsou\nDirecteur, Complexe scolaire Zinsou"
        + thread("gmail_fr", "pyro1", "Aristide Zinsou <complexezinsou@yahoo.fr>", "2026-07-22"),
        sent="2026-07-22",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Margaux,\n\nVotre réseau couvre-t-il Laval et la Rive-Sud? La moitié de nos employés habitent "
        "Longueuil ou Brossard.\n\nMerci,\n\nMarc-André Lévesque\nDirecteur des opérations\nTransport Lévesque inc."
        + thread("outlook_qc", "petit2", "Marc-André Lévesque <malevesque@transportlevesque.ca>", "2026-02-24"),
        sent="2026-02-24",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nComment sont calculés vos tarifs en général : à la vérification, par candidat ou par "
        "abonnement annuel ? Et y a-t-il des frais de mise en place ?\n\nMeilleures salutations,\nPatrick Weis\n"
        "Office Manager – Weis Ingénierie S.A., Esch-sur-Alzette"
        + thread("gmail_fr", "verif2", "Patrick Weis <p.weis@weis-ingenierie.lu>", "2026-04-14"),
        sent="2026-04-14",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nLe prêt de 30 jours, c'est vraiment sans engagement ? Qu'est-ce qui se passe à la fin si on ne "
        "veut pas le garder, vous venez le rechercher ?\n\nMeilleures salutations\nDr Yves Chappuis\nPharmacie du "
        "Flon, Lausanne" + thread("outlook_fr", "aff2", "Yves Chappuis <pharmacieduflon@hin.ch>", "2026-10-07"),
        sent="2026-10-07",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Bastien,\n\nVous vous déplacez en Martinique ou il faut faire venir l'équipe de Paris ? Parce "
        "que les billets d'avion, ça change tout.\n\nRégine Sainte-Rose\nDirectrice – Clinique Sainte-Marie, "
        "Fort-de-France"
        + thread("gmail_fr", "plan1", "Régine Sainte-Rose <direction@clinique-saintemarie.mq>", "2026-05-19"),
        sent="2026-05-19",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour,\n\nVos vérifications de diplômes fonctionnent-elles pour les diplômes délivrés au Bénin, au Togo "
        "et au Burkina ? Beaucoup de nos candidats ont étudié dans la sous-région.\n\nCordialement,\nFélicité "
        "Adjovi\nResponsable du personnel, Groupe Hounsou BTP"
        + thread("outlook_fr", "verif1", "Félicité Adjovi <f.adjovi@hounsou-btp.bj>", "2026-11-18"),
        sent="2026-11-18",
    ),
    C(
        "fr",
        "information_request",
        "Bonjour Liam,\n\nVotre application est-elle disponible en français ? Tous nos employés sont francophones et "
        "c'est eux qui vont changer les menus.\n\nMerci,\nÉtienne Roy\nCopropriétaire, Casse-Croûte chez Roy, "
        "Gatineau" + thread("gmail_us", "glow1", "Étienne Roy <etienne@chezroy.ca>", "2026-08-12"),
        sent="2026-08-12",
    ),
    C(
        "en",
        "information_request",
        "Is the shredding done in the truck in front of us, or are the bags taken away? Our auditors are very fussy "
        "about chain of custody.\n\nKatie Doherty\nFinance Manager | Foyle Credit Union | Derry~Londonderry"
        + thread("outlook_en", "shred1", "Katie Doherty <kdoherty@foylecu.co.uk>", "2026-03-25"),
        sent="2026-03-25",
    ),
    C(
        "en",
        "information_request",
        "Hi Gareth\n\nAre your engineers BAFE registered, and do you actually cover the Highlands or is that "
        "subcontracted? We're 40 minutes north of Inverness.\n\nRegards\nIsla Grant\nGrant's Country Hotel, "
        "Dornoch" + thread("gmail_en", "ember1", "Isla Grant <isla@grantscountryhotel.co.uk>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "en",
        "information_request",
        "Hi Sophie,\n\nHow does the salary sacrifice part work in Canada? I didn't think that was really a thing "
        "here, tax-wise.\n\nThanks,\nAmanda Chu\nHR Generalist, Parkview Dental Group, Toronto"
        + thread("outlook_us", "harb1", "Amanda Chu <amanda.chu@parkviewdental.ca>", "2026-07-29"),
        sent="2026-07-29",
    ),
    C(
        "en",
        "information_request",
        "Hi Aisha,\n\nWhat's your turnaround for NBI clearance and school verification in the Philippines? And do "
        "you integrate with Workday or would it be manual uploads?\n\nThanks,\nMark Anthony Reyes\nHRIS "
        "Specialist, Pacific Helix BPO, Bonifacio Global City"
        + thread("gmail_us", "clear1", "Mark Anthony Reyes <mreyes@pacifichelix.ph>", "2026-09-02"),
        sent="2026-09-02",
    ),
    C(
        "en",
        "information_request",
        "does it need its own wifi or can it run off our POS network? and is there a monthly fee for the app or is "
        "it one off\n\n- Sam, Bean There Coffee"
        + thread("gmail_en", "glow1", "Sam Whitcombe <sam@beantherecoffee.co.uk>", "2026-02-11"),
        sent="2026-02-11",
    ),
    C(
        "en",
        "information_request",
        "Hi Hannah,\n\nCan you send a showreel and a couple of references from charities you've worked with? Our "
        "board will want to see both before anything else.\n\nMany thanks,\nLucy Barnes\nHead of Supporter "
        "Engagement, Severn Hospice Trust\nRegistered charity no. 1109478"
        + thread("outlook_en", "wide1", "Lucy Barnes <lucy.barnes@severnhospicetrust.org.uk>", "2026-01-21"),
        sent="2026-01-21",
    ),
    C(
        "en",
        "information_request",
        "Do you have a depot in Christchurch or is it all run out of Auckland? We're in Timaru so that matters.\n\n"
        "Cheers\nGraham Lyall\nLyall & Co Lawyers"
        + thread("gmail_en", "shred2", "Graham Lyall <graham@lyalllaw.co.nz>", "2026-08-18"),
        sent="2026-08-18",
    ),
    C(
        "en",
        "information_request",
        "Gareth - what does the report actually cover? Would it satisfy our insurer's risk survey, or is it more of "
        "a sales document?\n\nChris Bevan\nOperations Director, Bevan Builders Merchants, Newport"
        + thread("outlook_en", "ember2", "Chris Bevan <chris@bevanbm.co.uk>", "2026-03-10"),
        sent="2026-03-10",
    ),
    C(
        "en",
        "information_request",
        "Is the staff survey genuinely anonymous? Our union rep will ask, and I'd want to show them the questions "
        "before it goes out.\n\nJoanne Whitlock\nHR Advisor, Hallam Rail Engineering, Sheffield"
        + thread("orig_en", "harb2", "Joanne Whitlock <j.whitlock@hallamrail.co.uk>", "2026-09-22"),
        sent="2026-09-22",
    ),
    C(
        "en",
        "information_request",
        "Dear Aisha,\n\nAre you licensed to conduct background screening in the UAE, and where is candidate data "
        "stored and processed? We need this for our compliance review.\n\nRegards,\nSanjay Menon\nHR Compliance "
        "Manager, Gulfstar Engineering LLC, Sharjah\n\n"
        + _DISC_AE
        + thread("outlook_en", "clear2", "Sanjay Menon <sanjay.menon@gulfstareng.ae>", "2026-06-16"),
        sent="2026-06-16",
    ),
    C(
        "en",
        "information_request",
        "how do your fees work after the free month - do we buy the screen outright or is it a subscription?\n\n"
        "Ruby\nRuby's Nail Bar, Henderson"
        + thread("gmail_en", "glow2", "Ruby Tane <rubysnailbar@gmail.com>", "2026-11-11"),
        sent="2026-11-11",
    ),
    C(
        "en",
        "information_request",
        "Hi Hannah, two questions: do we own the footage afterwards or do you? And can you do subtitles in Irish as "
        "well as English? We're a Gaeltacht employer.\n\nBrid\n\nBríd Ní Chonaill\nBainisteoir Cumarsáide / Comms "
        "Manager, Údarás Forbartha Chonamara"
        + thread("gmail_en", "wide1", "Bríd Ní Chonaill <brid@ufc.ie>", "2026-04-29"),
        sent="2026-04-29",
    ),
    C(
        "en",
        "information_request",
        "Dear Ms Lefèvre,\n\nThank you for your message; I hope you don't mind a reply in English. Could you tell me "
        "whether your network in Brussels includes bilingual or English-speaking crèches, and how places are "
        "allocated between employers?\n\nBest regards,\n\nMaria Kowalczyk\nHR Officer – Staff Welfare\nEuropean "
        "Agency for Network Resilience (EANR)\n\n"
        + _DISC_EN
        + thread("outlook_fr", "petit1", "Maria Kowalczyk <maria.kowalczyk@eanr.europa.eu>", "2026-03-17"),
        sent="2026-03-17",
    ),
    C(
        "en",
        "information_request",
        "Does your fire warden training meet the Scottish requirements and can it be split into short sessions? "
        "We've a mix of day and night shift workers.\n\nRegards\nCraig Stewart\nWarehouse Manager, Forth Valley "
        "Distribution, Grangemouth"
        + thread("outlook_en", "ember1", "Craig Stewart <craig.stewart@fvdist.co.uk>", "2026-09-08"),
        sent="2026-09-08",
    ),
]

# --------------------------------------------------------------------------- interested (25: 13 fr, 12 en)

CASES += [
    C(
        "fr",
        "interested",
        "Ok pour l'essai d'un mois.\n\nNicolas Ferrer\nAgence immobilière Ferrer – Villefranche-sur-Saône"
        + thread("gmail_fr", "broy1", "Nicolas Ferrer <n.ferrer@ferrer-immo.fr>", "2026-04-15"),
        sent="2026-04-15",
    ),
    C(
        "fr",
        "interested",
        "Pourquoi pas. Ça peut nous intéresser, nos extincteurs n'ont pas vu un technicien depuis un moment, je le "
        "crains.\n\nGaëlle Morin\nGérante – Camping Les Pins d'Argent, Hyères"
        + thread("outlook_fr", "pyro1", "Gaëlle Morin <contact@pinsdargent.fr>", "2026-02-24"),
        sent="2026-02-24",
    ),
    C(
        "fr",
        "interested",
        "Bonjour,\n\nOui, lançons l'enquête auprès des salariés, je suis curieuse de voir les résultats. Je préviens "
        "le CSE.\n\nBien cordialement,\n\nValérie Duchêne\nDRH – Laboratoires Orphée, Saint-Denis (93)\n\n"
        + _DISC_FR
        + thread("outlook_fr", "petit2", "Valérie Duchêne <v.duchene@labo-orphee.fr>", "2026-04-14"),
        sent="2026-04-14",
    ),
    C(
        "fr",
        "interested",
        "Banco pour les 5 vérifications offertes, on a trois recrutements de chefs de chantier en cours.\n\nYann\n\n"
        "Yann Le Gall\nGérant – Le Gall Charpente, Lille"
        + thread("gmail_fr", "verif1", "Yann Le Gall <yann@legall-charpente.fr>", "2026-07-21"),
        sent="2026-07-21",
    ),
    C(
        "fr",
        "interested",
        "Trop bien ! Oui je veux bien l'écran en prêt 😊 On ouvre le nouveau salon le 1er.\n\nLaetitia\nL'Atelier "
        "de Laeti – coiffure, Saint-Paul\n\nEnvoyé de mon iPhone"
        + block(
            "iphone_fr",
            _AFF,
            "L'Atelier de Laeti <latelierdelaeti974@gmail.com>",
            "RE: Un écran prêté 30 jours pour votre vitrine",
            D("2026-06-23"),
            "19:22",
            EMAILS["aff2"][2],
        ),
        sent="2026-06-23",
    ),
    C(
        "fr",
        "interested",
        "Bonjour Bastien,\n\nÇa nous intéresse beaucoup, nous avons du mal à recruter des aides-soignants et un film "
        "pourrait nous aider. J'en parle au comité de direction et je reviens vers vous.\n\nCordialement,\n\n"
        "Florence Ngo\nDirectrice – EHPAD Les Tilleuls, Annemasse"
        + thread("outlook_fr", "plan1", "Florence Ngo <direction@ehpad-lestilleuls.fr>", "2026-01-13"),
        sent="2026-01-13",
    ),
    C(
        "fr",
        "interested",
        "Allez-y pour la console d'essai, on a de la place à l'accueil à côté de la photocopieuse.\n\nBien à vous\n"
        "Anne-Sophie Delhaye\nAssistante – Delhaye & Collard Avocats, Liège"
        + thread("outlook_fr", "broy2", "Anne-Sophie Delhaye <as.delhaye@dc-avocats.be>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "fr",
        "interested",
        "Oui svp, envoyez-nous le lien du sondage, on va le faire circuler dans l'infolettre de la semaine.\n\n"
        "Catherine Ouellet\nConseillère RH, Coopérative agricole Les Érables, Saint-Hyacinthe"
        + thread("outlook_qc", "petit2", "Catherine Ouellet <couellet@coop-erables.qc.ca>", "2026-09-15"),
        sent="2026-09-15",
    ),
    C(
        "fr",
        "interested",
        "Bonjour M. Mercier,\n\nVotre offre nous intéresse. Nous allons recruter huit agents de terrain ce trimestre "
        "et nous avons eu deux mauvaises surprises l'an dernier.\n\nCordialement,\nJean de Dieu Niyonsaba\n"
        "Directeur des opérations, Inzira Logistics Ltd, Kigali"
        + thread("gmail_fr", "verif2", "Jean de Dieu Niyonsaba <jd.niyonsaba@inziralogistics.rw>", "2026-03-31"),
        sent="2026-03-31",
    ),
    C(
        "fr",
        "interested",
        "ok pour moi\n\nEnvoyé depuis mon mobile Orange"
        + thread("android_fr", "aff2", "Snack Le Kreol <snacklekreol@orange.fr>", "2026-10-27", "11:48"),
        sent="2026-10-27",
    ),
    C(
        "fr",
        "interested",
        "Bonjour,\n\nOui, ça pourrait très bien coller avec notre projet de page carrières prévu l'an prochain. Ça "
        "m'intéresse, je garde votre contact précieusement.\n\nBien à vous\nSophie Marchal\nResponsable marque "
        "employeur – Ciments Valmont"
        + thread("outlook_fr", "plan2", "Sophie Marchal <sophie.marchal@valmont-ciments.fr>", "2026-07-28"),
        sent="2026-07-28",
    ),
    C(
        "fr",
        "interested",
        "Bonjour,\n\nLe sujet nous intéresse, effectivement : la dernière vérification de nos extincteurs date "
        "d'avant le covid et l'assureur commence à poser des questions.\n\nSalutations\n\nLuc Dardenne\nGérant – "
        "Imprimerie Dardenne, Charleroi"
        + thread("outlook_fr", "pyro2", "Luc Dardenne <luc@imprimerie-dardenne.be>", "2026-11-03"),
        sent="2026-11-03",
    ),
    C(
        "fr",
        "interested",
        "Bonjour Sophie,\n\nBonne idée, allez-y pour le sondage auprès de nos employés. Je vous réponds en français, "
        "on est à Gatineau et la moitié de l'équipe ne lit pas l'anglais.\n\nMerci!\nNathalie Charron\nAdjointe "
        "administrative, Clinique vétérinaire de l'Outaouais"
        + thread("gmail_us", "harb2", "Nathalie Charron <ncharron@cliniqueveto-outaouais.ca>", "2026-05-19"),
        sent="2026-05-19",
    ),
    C(
        "en",
        "interested",
        "Go for it, we'll take the trial console.\n\nPaddy\n\nPatrick Nolan | Practice Manager | Nolan & Daly "
        "Solicitors | Limerick" + thread("outlook_en", "shred1", "Patrick Nolan <pnolan@nolandaly.ie>", "2026-06-10"),
        sent="2026-06-10",
    ),
    C(
        "en",
        "interested",
        "Sounds useful actually. We've been meaning to sort the extinguishers out since the refit.\n\nBeth\nThe "
        "Anchor Inn, Tenby" + thread("gmail_en", "ember1", "Beth Rees <beth@anchorinntenby.co.uk>", "2026-03-17"),
        sent="2026-03-17",
    ),
    C(
        "en",
        "interested",
        "Yes, send the survey over. I'll get it out to staff this week.\n\nThanks\nHelen Carter\nOperations Director"
        " | Carter Pearce Architects | London EC1"
        + thread("outlook_en", "harb2", "Helen Carter <helen.carter@carterpearce.co.uk>", "2026-02-10"),
        sent="2026-02-10",
    ),
    C(
        "en",
        "interested",
        "We'll take you up on the 5 free checks. Two new drivers and three warehouse staff starting next month.\n\n"
        "Gary Whitehouse\nHR & Payroll, Pennine Freight Ltd, Oldham"
        + thread("outlook_en", "clear1", "Gary Whitehouse <gary.whitehouse@penninefreight.co.uk>", "2026-08-04"),
        sent="2026-08-04",
    ),
    C(
        "en",
        "interested",
        "sure why not, lend us a screen :)\n\nLeilani - Poke Bowl Co, Ponsonby"
        + thread("gmail_en", "glow1", "Leilani Fa'asavalu <leilani@pokebowlco.nz>", "2026-10-13"),
        sent="2026-10-13",
    ),
    C(
        "en",
        "interested",
        "This is genuinely interesting. Our CEO has been banging on about a recruitment film for months, so you've "
        "caught me at the right moment.\n\nPriya Desai\nHead of Talent, Kestrel Biologics, Bristol"
        + thread("outlook_en", "wide1", "Priya Desai <priya.desai@kestrelbio.com>", "2026-02-24"),
        sent="2026-02-24",
    ),
    C(
        "en",
        "interested",
        "Ok, you've convinced me. Let's do the 30 days.\n\nRegards,\nFiona Walsh\nPractice Manager, Ballsbridge "
        "Physiotherapy Clinic"
        + thread("outlook_en", "shred2", "Fiona Walsh <fiona@ballsbridgephysio.ie>", "2026-11-17"),
        sent="2026-11-17",
    ),
    C(
        "en",
        "interested",
        "Go ahead with the survey, I've cleared it with the MD.\n\nKind regards\nLouise Parkinson\nHR Manager | "
        "Wolds Agricultural Engineering | Driffield"
        + thread("orig_en", "harb1", "Louise Parkinson <louise@woldsag.co.uk>", "2026-07-07"),
        sent="2026-07-07",
    ),
    C(
        "en",
        "interested",
        "Sounds good, happy for you to set the account up.\n\nRegards,\nJohn Paul Mendoza\nAdmin & HR Officer, "
        "Mindanao Agri Exports Inc., Davao City"
        + thread("gmail_us", "clear2", "John Paul Mendoza <jpmendoza@mindanaoagri.ph>", "2026-05-05"),
        sent="2026-05-05",
    ),
    C(
        "en",
        "interested",
        "Yes please! We're reopening after the refit next week so this is perfect timing.\n\nCass\nThe Gilded "
        "Spoon, Victoria BC" + thread("gmail_us", "glow2", "Cassandra Lee <cass@gildedspoon.ca>", "2026-08-25"),
        sent="2026-08-25",
    ),
    C(
        "en",
        "interested",
        "Hi Antoine,\n\nWe're interested in the 5 free checks. We're hiring drivers and two accountants in the "
        "coming weeks, and verification of certificates has been a headache.\n\nBest regards,\nGrace Mukamana\nHR "
        "Officer, Akagera Coffee Exporters Ltd, Kigali"
        + thread("gmail_fr", "verif1", "Grace Mukamana <grace@akageracoffee.rw>", "2026-09-29"),
        sent="2026-09-29",
    ),
    C(
        "en",
        "interested",
        "Definitely on our radar - we're rebuilding the careers page this winter and video would help a lot with "
        "graduate hiring. Good timing, Hannah.\n\nOlivia Grant\nEarly Careers Lead, Tasman Geotechnical, "
        "Christchurch" + thread("gmail_en", "wide2", "Olivia Grant <olivia.grant@tasmangeo.co.nz>", "2026-06-16"),
        sent="2026-06-16",
    ),
]

# --------------------------------------------------------------------------- referral (25: 12 fr, 13 en)

CASES += [
    C(
        "fr",
        "referral",
        "Bonjour,\n\nCe n'est pas moi qui gère ce sujet, voyez plutôt avec Mme Claire Dubois, notre responsable "
        "des services généraux : claire.dubois@assurances-rhodaniennes.fr\n\nCordialement,\nBruno Tessier\n"
        "Assurances Rhodaniennes – Lyon 3e"
        + thread("outlook_fr", "broy1", "Bruno Tessier <b.tessier@assurances-rhodaniennes.fr>", "2026-02-17"),
        sent="2026-02-17",
        referral=("Claire Dubois", "claire.dubois@assurances-rhodaniennes.fr"),
    ),
    C(
        "fr",
        "referral",
        "Je transmets à notre responsable sécurité.\n\nCdlt\nM. Giordano\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _PYRO,
            "Michel Giordano <m.giordano@giordano-btp.fr>",
            "Sécurité incendie : pré-audit gratuit de vos locaux",
            D("2026-06-09"),
            "09:14",
            EMAILS["pyro1"][2],
        ),
        sent="2026-06-09",
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "Ceci est une réponse automatique.\n\nLa personne que vous tentez de joindre ne fait plus partie de "
        "l'entreprise. Votre message n'a pas été transféré. Pour toute question relative aux ressources humaines, "
        "merci d'écrire à rh@groupe-vialis.fr.\n\nGroupe Vialis"
        + thread("outlook_fr", "petit1", "Aurélie Blanc <aurelie.blanc@groupe-vialis.fr>", "2026-03-10"),
        sent="2026-03-10",
        referral=(None, "rh@groupe-vialis.fr"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne suis plus chez Norvel Industrie depuis juin, j'ai juste encore accès à cette boîte pour "
        "quelques jours.\n\nBonne continuation,\nStéphane"
        + thread("gmail_fr", "verif2", "Stéphane Rigaud <s.rigaud@norvel-industrie.fr>", "2026-09-01"),
        sent="2026-09-01",
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "c est mon frere qui gere la boutique maintenant, Julien, il est la le matin. moi je fais que la compta\n"
        "\nEnvoyé de mon iPhone"
        + block(
            "iphone_fr",
            _AFF,
            "Surf Spot Saint-Leu <surfspot.stleu@gmail.com>",
            "Un écran prêté 30 jours pour votre vitrine",
            D("2026-08-04"),
            "16:02",
            EMAILS["aff1"][2],
        ),
        sent="2026-08-04",
        referral=("Julien", None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nNotre communication, y compris les vidéos, est entièrement gérée par notre agence. Contactez "
        "plutôt Mme Lise Ferrant à lferrant@agence-meridienne.fr, elle saura vous dire s'il y a un projet.\n\n"
        "Cordialement,\nXavier Lenoir\nSecrétaire général – Caisse Régionale des Artisans"
        + thread("outlook_fr", "plan1", "Xavier Lenoir <x.lenoir@cra-artisans.fr>", "2026-06-02"),
        sent="2026-06-02",
        referral=("Lise Ferrant", "lferrant@agence-meridienne.fr"),
    ),
    C(
        "fr",
        "referral",
        "Réponse automatique : Maître Marc Vidal ne fait plus partie de l'étude depuis le 1er octobre 2026. Pour "
        "toute demande, nous vous remercions de contacter Maître Anne Colin (a.colin@etude-colin-genevois.ch) ou "
        "le secrétariat au +41 22 310 45 60.\n\nÉtude Colin & Associés – Notaires – Genève"
        + thread("outlook_fr", "broy2", "Marc Vidal <m.vidal@etude-colin-genevois.ch>", "2026-10-13"),
        sent="2026-10-13",
        referral=("Anne Colin", "a.colin@etude-colin-genevois.ch"),
    ),
    C(
        "fr",
        "referral",
        "Monsieur,\n\nLa sécurité incendie des bâtiments communaux relève des services techniques. Je vous invite "
        "à vous rapprocher de M. Thierry Gaspard, directeur des services techniques, qui instruit ces dossiers.\n\n"
        "Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.\n\nPour le Maire et par "
        "délégation,\nMonique Arsac\nDirectrice générale des services\nMairie de Saint-Chamas\n\n"
        + _DISC_FR
        + thread("notes_fr", "pyro1", "Monique Arsac/MAIRIE/STCHAMAS", "2026-09-22"),
        sent="2026-09-22",
        referral=("Thierry Gaspard", None),
    ),
    C(
        "fr",
        "referral",
        "Mauvais interlocuteur, je suis au service achats. C'est la DRH qu'il faut voir pour ce genre de sujet.\n\n"
        "L. Perrot\nAcheteur – Groupe Terrelia"
        + thread("outlook_fr", "petit2", "Lionel Perrot <lionel.perrot@terrelia.com>", "2026-11-24"),
        sent="2026-11-24",
        referral=(None, None),
    ),
    C(
        "fr",
        "referral",
        "Bonjour M. Haddad,\n\nJe prends ma retraite à la fin du mois. Mon successeur, M. Patrick Hounkpatin, "
        "reprendra le dossier sécurité du port sec : p.hounkpatin@portsec-glodjigbe.bj. Je lui ai transféré votre "
        "message.\n\nBien cordialement,\nAugustin Dossou-Yovo\nChef du service technique"
        + thread("gmail_fr", "pyro2", "Augustin Dossou-Yovo <a.dossou@portsec-glodjigbe.bj>", "2026-08-11"),
        sent="2026-08-11",
        referral=("Patrick Hounkpatin", "p.hounkpatin@portsec-glodjigbe.bj"),
    ),
    C(
        "fr",
        "referral",
        "Je ne m'occupe pas du marketing. Transférez plutôt à marketing@pharmacies-lemanique.ch\n\nR. Zbinden"
        + thread("gmail_fr", "aff2", "René Zbinden <r.zbinden@pharmacies-lemanique.ch>", "2026-12-01"),
        sent="2026-12-01",
        referral=(None, "marketing@pharmacies-lemanique.ch"),
    ),
    C(
        "fr",
        "referral",
        "Bonjour,\n\nVous vous êtes trompé de personne, je suis comptable, je n'ai rien à voir avec l'affichage du "
        "restaurant.\n\nMélanie Côté\nComptable – Groupe Resto Boréal, Québec"
        + thread("gmail_us", "glow1", "Mélanie Côté <mcote@restoboreal.ca>", "2026-04-21"),
        sent="2026-04-21",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Hi Callum, I'm not the right person for this. Try our office manager Fiona Byrne "
        "(fiona.byrne@harbourviewaccountants.ie), she handles all the supplier stuff.\n\nDonal"
        + thread("gmail_en", "shred1", "Donal Keane <donal@harbourviewaccountants.ie>", "2026-05-06"),
        sent="2026-05-06",
        referral=("Fiona Byrne", "fiona.byrne@harbourviewaccountants.ie"),
    ),
    C(
        "en",
        "referral",
        "Automatic reply: Dave Jenkins has left Harlow Estates. Please direct all enquiries to "
        "facilities@harlowestates.co.uk. This mailbox is no longer monitored.\n\nHarlow Estates Ltd | Registered in "
        "England & Wales No. 04418279"
        + thread("outlook_en", "ember2", "Dave Jenkins <dave.jenkins@harlowestates.co.uk>", "2026-02-03"),
        sent="2026-02-03",
        referral=(None, "facilities@harlowestates.co.uk"),
    ),
    C(
        "en",
        "referral",
        "You want our Head of People, Priya Shah. I'm in finance.\n\nMatt"
        + thread("gmail_en", "harb1", "Matt Gilchrist <matt.g@brightfold.com>", "2026-06-23"),
        sent="2026-06-23",
        referral=("Priya Shah", None),
    ),
    C(
        "en",
        "referral",
        "Wrong person, sorry.\n\nSent from my iPhone"
        + block(
            "apple_en",
            _CLEAR,
            "Ahmed Qureshi <ahmed.q@desertbloomtrading.ae>",
            "Pre-employment screening - 5 free checks",
            D("2026-07-14"),
            "10:40",
            EMAILS["clear1"][2],
        ),
        sent="2026-07-14",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "you'll want my mum, she owns the place. I just do the instagram lol\n\nTia"
        + thread("gmail_en", "glow1", "Tia Morgan <hello@morganbakehouse.co.uk>", "2026-09-01"),
        sent="2026-09-01",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Forwarding to our comms lead - she'll decide.\n\nRob\n\nRob Tennant | Operations Director | Cotswold Water "
        "Partnership" + thread("outlook_en", "wide1", "Rob Tennant <rob.tennant@cotswoldwater.org.uk>", "2026-07-22"),
        sent="2026-07-22",
        referral=(None, None),
    ),
    C(
        "en",
        "referral",
        "Thank you for your email. Please note that Sarah Quinn no longer works at Byrne & Co. Chartered "
        "Accountants and your email has not been forwarded. For all enquiries please contact info@byrneco.ie or "
        "call 01 662 4410.\n\nByrne & Co. | 14 Fitzwilliam Place, Dublin 2"
        + thread("outlook_en", "shred2", "Sarah Quinn <sarah.quinn@byrneco.ie>", "2026-09-16"),
        sent="2026-09-16",
        referral=(None, "info@byrneco.ie"),
    ),
    C(
        "en",
        "referral",
        "Hi Gareth, I left Tayside Leisure in September. Try Graeme Ross, he took over facilities when I went.\n\n"
        "All the best\nKirsty\n\nSent from my personal email"
        + thread("gmail_en", "ember2", "Kirsty Munro <kirstymunro82@gmail.com>", "2026-10-13"),
        sent="2026-10-13",
        referral=("Graeme Ross", None),
    ),
    C(
        "en",
        "referral",
        "Hi Sophie, our benefits are all handled through our PEO. Please contact benefits@northstarpeo.com and "
        "mention our account (Halyard Systems).\n\nThanks,\nKevin O'Brien\nOffice Manager, Halyard Systems Canada"
        + thread("outlook_us", "harb2", "Kevin O'Brien <kobrien@halyardsystems.ca>", "2026-08-11"),
        sent="2026-08-11",
        referral=(None, "benefits@northstarpeo.com"),
    ),
    C(
        "en",
        "referral",
        "Hi Aisha,\n\nI've moved to a different role within the group. Please coordinate with Ma. Lourdes Santos, "
        "our Talent Acquisition Manager, at lourdes.santos@archipelagohotels.ph. I've copied her here.\n\nThank you!"
        "\n\nCarlo Aquino\nArchipelago Hotels & Resorts, Makati"
        + thread("outlook_us", "clear2", "Carlo Aquino <carlo.aquino@archipelagohotels.ph>", "2026-04-28"),
        sent="2026-04-28",
        referral=("Ma. Lourdes Santos", "lourdes.santos@archipelagohotels.ph"),
    ),
    C(
        "en",
        "referral",
        "this inbox isn't really checked. for anything marketing email hello@southsidegymnz.com\n\nSouthside Gym"
        + thread("gmail_en", "glow2", "Southside Gym <admin@southsidegymnz.com>", "2026-03-10"),
        sent="2026-03-10",
        referral=(None, "hello@southsidegymnz.com"),
    ),
    C(
        "en",
        "referral",
        "I retired in July, Hannah - you've got an old list! You might try my former colleague Niamh, she runs "
        "marketing there now.\n\nAll best, Brendan"
        + thread("gmail_en", "wide2", "Brendan Doyle <brendan.doyle@eircom.net>", "2026-11-03"),
        sent="2026-11-03",
        referral=("Niamh", None),
    ),
    C(
        "en",
        "referral",
        "Hello Antoine,\n\nThank you for your email. I'm the finance officer, so this is not for me. HR is handled by "
        "Jean-Paul Mugisha: jp.mugisha@ikirezi-engineering.rw.\n\nRegards,\nDiane Ingabire\nIkirezi Engineering Ltd"
        + thread("outlook_fr", "verif1", "Diane Ingabire <d.ingabire@ikirezi-engineering.rw>", "2026-05-12"),
        sent="2026-05-12",
        referral=("Jean-Paul Mugisha", "jp.mugisha@ikirezi-engineering.rw"),
    ),
]

# --------------------------------------------------------------------------- other (25: 13 fr, 12 en)

CASES += [
    C(
        "fr",
        "other",
        "Qui êtes-vous ? Comment avez-vous eu mon adresse ? Je ne vous ai jamais donné mes coordonnées.\n\nC. Morel"
        + thread("gmail_fr", "broy1", "Christophe Morel <christophe.morel@free.fr>", "2026-03-03"),
        sent="2026-03-03",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nNous accusons bonne réception de votre message, enregistré sous le numéro de ticket "
        "#INC-2026-48213. Un conseiller de notre service clients vous répondra dans un délai de 48 heures ouvrées.\n"
        "\nMerci de ne pas répondre à ce message automatique et de rappeler votre numéro de ticket dans toute "
        "correspondance.\n\nLe service clients – Hyperbat Distribution"
        + thread("outlook_fr", "pyro1", "Hyperbat Distribution <contact@hyperbat.fr>", "2026-05-19"),
        sent="2026-05-19",
    ),
    C(
        "fr",
        "other",
        "Vos mails arrivent dans mes indésirables, je viens de retrouver les deux par hasard en vidant le dossier. "
        "Je vous le signale, c'est tout.\n\nCamille Deschamps"
        + thread("gmail_fr", "petit2", "Camille Deschamps <c.deschamps@atelier-deschamps.fr>", "2026-06-16"),
        sent="2026-06-16",
    ),
    C(
        "fr",
        "other",
        "Madame, Monsieur,\n\nConformément à l'article 15 du RGPD, je vous demande de m'indiquer quelles données "
        "personnelles vous détenez à mon sujet, leur source exacte et les destinataires à qui elles ont été "
        "communiquées. Je vous rappelle que vous disposez d'un mois pour répondre.\n\nFrédéric Lamarque"
        + thread("outlook_fr", "verif1", "Frédéric Lamarque <f.lamarque@lamarque-conseil.fr>", "2026-10-06"),
        sent="2026-10-06",
    ),
    C(
        "fr",
        "other",
        "Pouvez-vous m'écrire plutôt sur mon adresse perso sabine.hoarau@gmail.com ? Je ne consulte presque plus "
        "celle du magasin.\n\nSabine"
        + thread("gmail_fr", "aff1", "Sabine Hoarau <magasin.hoarau@wanadoo.fr>", "2026-07-07"),
        sent="2026-07-07",
    ),
    C(
        "fr",
        "other",
        "Votre message\n\n  À : Hugo Martineau\n  Objet : Un film pour votre marque employeur ?\n  Envoyé : "
        "mardi 8 septembre 2026 09:14:22 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mardi 8 "
        "septembre 2026 11:02:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
        sent="2026-09-08",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nMerci de retirer ma collègue Sophie Garnier de la copie, elle a changé de service et n'est plus "
        "concernée. Moi je reste en destinataire.\n\nCordialement,\nJulien Faure\nCabinet Faure Expertise, "
        "Annecy" + thread("outlook_fr", "broy2", "Julien Faure <j.faure@faure-expertise.fr>", "2026-04-07"),
        sent="2026-04-07",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nEst-ce que ce mail vient bien de vous ? Notre antivirus l'a signalé comme suspect et notre "
        "informaticien nous interdit d'ouvrir les liens. Je préfère vérifier.\n\nMartine Ahouansou\nSecrétariat – "
        "Clinique Mahouna, Porto-Novo"
        + thread("gmail_fr", "pyro2", "Martine Ahouansou <secretariat@clinique-mahouna.bj>", "2026-07-14"),
        sent="2026-07-14",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nJe m'étais désinscrite par erreur l'an dernier en voulant cliquer sur autre chose. Vous pouvez "
        "me remettre sur votre liste ?\n\nMerci, Hélène Dupuis"
        + thread("outlook_fr", "petit1", "Hélène Dupuis <h.dupuis@ateliers-dupuis.fr>", "2026-01-20"),
        sent="2026-01-20",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nPourquoi je ne reçois plus votre lettre d'information mensuelle sur la réglementation ? Elle "
        "m'était bien utile.\n\nCordialement\nM. Théodore Mutabazi\nConsultant RH indépendant, Kigali"
        + thread("gmail_fr", "verif2", "Théodore Mutabazi <t.mutabazi@gmail.com>", "2026-08-25"),
        sent="2026-08-25",
    ),
    C(
        "fr",
        "other",
        "bien reçu\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _AFF,
            "Pâtisserie Grondin <patisserie.grondin@orange.fr>",
            "RE: Un écran prêté 30 jours pour votre vitrine",
            D("2026-09-29"),
            "10:05",
            EMAILS["aff2"][2],
        ),
        sent="2026-09-29",
    ),
    C(
        "fr",
        "other",
        "Ce message a été généré automatiquement par le système de messagerie.\n\nLa remise du message aux "
        "destinataires suivants a échoué :\n\ncontact@studio-lumiere-geneve.ch\nLa boîte aux lettres du "
        "destinataire est pleine et ne peut pas recevoir de messages pour le moment. Veuillez réessayer plus tard."
        "\n\nInformations de diagnostic pour les administrateurs :\nServeur de génération : "
        "ZRAP278MB0412.CHEP278.PROD.OUTLOOK.COM\n452 4.2.2 Mailbox full"
        + thread("outlook_fr", "plan2", "contact@studio-lumiere-geneve.ch", "2026-03-31"),
        sent="2026-03-31",
    ),
    C(
        "fr",
        "other",
        "Bonjour,\n\nVotre message est arrivé tout tronqué, je ne vois que la signature et un lien. Pouvez-vous le "
        "renvoyer ?\n\nMerci\nFrance Bélanger\nAdjointe à la direction – Fromagerie du Lac, Alma"
        + thread("outlook_qc", "harb1", "France Bélanger <fbelanger@fromageriedulac.ca>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "en",
        "other",
        "Who is this? How did you get this address? It's not published anywhere.\n\nG. Stewart"
        + thread("gmail_en", "shred1", "Gordon Stewart <gordon@stewartandkerr.scot>", "2026-04-21"),
        sent="2026-04-21",
    ),
    C(
        "en",
        "other",
        "Thank you for contacting Bremer Valley Regional Council. Your enquiry has been received and allocated "
        "reference number CRM-2026-118734. We aim to respond to all enquiries within 10 business days.\n\nPlease do "
        "not reply to this email.\n\nBremer Valley Regional Council | Customer Service Centre, Ipswich QLD",
        sent="2026-08-11",
    ),
    C(
        "en",
        "other",
        "Hey, I unsubscribed by mistake last month when I was clearing out my inbox - can you add me back? Your "
        "newsletter was actually useful.\n\nThanks, Zoe"
        + thread("gmail_en", "harb2", "Zoe Patel <zoe.patel@fernleaf.co.uk>", "2026-10-20"),
        sent="2026-10-20",
    ),
    C(
        "en",
        "other",
        "Just flagging that your emails go straight to junk on our Microsoft 365 tenant - this one included. Might "
        "want to check your SPF/DKIM.\n\nAlan Brodie\nIT Manager, Kelvin Dental Group"
        + thread("outlook_en", "clear2", "Alan Brodie <alan.brodie@kelvindental.co.uk>", "2026-06-30"),
        sent="2026-06-30",
    ),
    C(
        "en",
        "other",
        "please use my new address kiri@kiricoffee.nz from now on, this one closes friday\n\nKiri"
        + thread("gmail_en", "glow1", "Kiri Walker <kiriwalker@xtra.co.nz>", "2026-05-19"),
        sent="2026-05-19",
    ),
    C(
        "en",
        "other",
        "Your message\n\n  To: Fergal Daly\n  Subject: A short film for your team?\n  Sent: Tuesday, 17 February "
        "2026 09:14:08 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Tuesday, 17 February 2026 "
        "12:40:51 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        sent="2026-02-17",
    ),
    C(
        "en",
        "other",
        "Please take Jenny off the cc - she's on mat leave until next year and her inbox is auto-deleting.\n\n"
        "Thanks\nMark\n\nMark Devlin, Devlin & Rowe Solicitors, Belfast"
        + thread("outlook_en", "shred2", "Mark Devlin <mark@devlinrowe.co.uk>", "2026-11-24"),
        sent="2026-11-24",
    ),
    C(
        "en",
        "other",
        "Is this a scam? My IT guy says not to click anything in emails from people I don't know. Who are you "
        "actually with?\n\nJan\n\nSent from my Android"
        + thread("android_en", "ember1", "Jan Morris <janmorris.tenby@btinternet.com>", "2026-09-22"),
        sent="2026-09-22",
    ),
    C(
        "en",
        "other",
        "Dear Sir/Madam,\n\nSUBJECT ACCESS REQUEST - UK GDPR ARTICLE 15\n\nPlease provide a copy of all personal data "
        "you hold about me, the source from which you obtained my email address, the purposes of processing, and any "
        "third parties with whom it has been shared. I look forward to your response within one calendar month.\n\n"
        "Yours faithfully,\nDr Andrew Pike"
        + thread("outlook_en", "harb1", "Andrew Pike <a.pike@pikeconsulting.co.uk>", "2026-08-04"),
        sent="2026-08-04",
    ),
    C(
        "en",
        "other",
        "Hi, why did your monthly screening compliance digest stop? I used to get it on the first Monday of every "
        "month and it was handy for our team meetings.\n\nRegards,\nNicole Tan\nHR Executive, Marina Bay Freight, "
        "Dubai" + thread("outlook_en", "clear1", "Nicole Tan <nicole.tan@marinabayfreight.ae>", "2026-10-27"),
        sent="2026-10-27",
    ),
    C(
        "en",
        "other",
        "Sorry, what is this regarding? I can't see any previous email from you.\n\nSent from my iPhone"
        + block(
            "apple_en",
            _GLOW,
            "Brooke Mitchell <brooke@brookeandbarrel.com.au>",
            "Re: Free screen for 30 days",
            D("2026-12-01"),
            "07:55",
            "Hey,\n\nJust following up - we've got a few loan screens free this month. Want one, or shall I send "
            "pricing first?\n\n" + _GLOW_SIG,
        ),
        sent="2026-12-01",
    ),
    C(
        "en",
        "other",
        "Thanks for your email! We're a small team and we reply to every message within 3 working days. If it's "
        "about an order, please include your order number.\n\nThe team at Harbourside Candles, Picton\n"
        "(this is an automated reply)"
        + thread("gmail_en", "wide2", "Harbourside Candles <hello@harboursidecandles.co.nz>", "2026-07-28"),
        sent="2026-07-28",
    ),
]

# --------------------------------------------------------------------------- quote_request (25: 12 fr, 13 en)

CASES += [
    C(
        "fr",
        "quote_request",
        "Combien pour 2 consoles et un passage par mois ? On est 11 au cabinet.\n\nEnvoyé de mon iPhone"
        + block(
            "iphone_fr",
            _BROY,
            "Pierre Achard <p.achard@achard-geometres.fr>",
            "Vos documents confidentiels : un mois d'essai offert",
            D("2026-09-08"),
            "09:14",
            EMAILS["broy1"][2],
        ),
        sent="2026-09-08",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nPouvez-vous m'envoyer un devis pour la vérification annuelle de 42 extincteurs, 2 RIA et le "
        "contrôle de l'éclairage de sécurité (une soixantaine de BAES) ? Entrepôt de 6 000 m² à Saint-Martin-de-"
        "Crau.\n\nCordialement,\n\nAmandine Roux\nResponsable de site – Provence Frais Logistique\n\n"
        + _DISC_FR
        + thread("outlook_fr", "pyro2", "Amandine Roux <a.roux@provencefrais.fr>", "2026-03-31"),
        sent="2026-03-31",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nQuel serait le coût pour trois berceaux à Bruxelles (Ixelles ou Etterbeek idéalement), à "
        "partir de septembre ? Nous sommes 60 salariés.\n\nBien à vous,\nNadia El Amrani\nOffice & HR Manager – "
        "Kobalt Legal, Bruxelles"
        + thread("outlook_fr", "petit1", "Nadia El Amrani <nadia.elamrani@kobaltlegal.be>", "2026-04-28"),
        sent="2026-04-28",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Antoine,\n\nEnvoyez-moi une proposition tarifaire pour environ 60 vérifications par an (diplômes et "
        "références, pas de casier). Nous recrutons surtout des infirmiers et des techniciens de laboratoire.\n\n"
        "Cordialement,\nBenoît Caron\nDRH adjoint – Groupe Biolam, Villeneuve-d'Ascq"
        + thread("outlook_fr", "verif1", "Benoît Caron <benoit.caron@biolam.fr>", "2026-02-10"),
        sent="2026-02-10",
    ),
    C(
        "fr",
        "quote_request",
        "devis svp pour 2 ecrans en vitrine + 1 au comptoir. on est rue crebillon\n\nThomas – Chocolaterie Lebreton"
        + thread("gmail_fr", "aff1", "Chocolaterie Lebreton <chocolaterie.lebreton@gmail.com>", "2026-11-17"),
        sent="2026-11-17",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nAvant de se voir, pouvez-vous me faire un devis pour un film de 2 minutes sur notre atelier de "
        "tissage (une journée de tournage, pas de drone) ? Si c'est dans nos moyens, on prendra rendez-vous pour la "
        "consultation.\n\nMerci,\nClaire Bonnefoy\nCo-gérante – Tissages Bonnefoy, Roanne"
        + thread("outlook_fr", "plan1", "Claire Bonnefoy <claire@tissages-bonnefoy.fr>", "2026-05-12"),
        sent="2026-05-12",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Léa,\n\nOn a environ 150 cartons d'archives de plus de dix ans à détruire (dossiers patients "
        "papier). Vous pouvez chiffrer une purge ? Le cabinet est au 2e sans ascenseur, je préfère prévenir.\n\n"
        "Dr Olivier Gaspoz\nCabinet de radiologie Gaspoz, Sion"
        + thread("outlook_fr", "broy2", "Olivier Gaspoz <o.gaspoz@radiologie-sion.ch>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "fr",
        "quote_request",
        "Monsieur,\n\nLa commune lance une consultation en procédure adaptée pour la maintenance des équipements de "
        "sécurité incendie de ses 14 bâtiments (écoles, salle polyvalente, hôtel de ville). Le dossier de "
        "consultation est téléchargeable sur notre profil acheteur. Merci de nous faire parvenir votre offre avant "
        "le 30 novembre 2026, 12h.\n\nCordialement,\n\nSophie Rambert\nService de la commande publique\nVille de "
        "Gardanne\n\n"
        + _DISC_FR
        + thread("outlook_fr", "pyro1", "Sophie Rambert <commande.publique@ville-gardanne.fr>", "2026-10-27"),
        sent="2026-10-27",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Margaux,\n\nEnvoyez-moi une soumission pour 5 places dans le secteur Rosemont ou Plateau. On est 120 "
        "employés, on démarrerait en janvier.\n\nMerci!\nPascal Dubé\nDirecteur administratif, Groupe Conseil "
        "Dubé-Lapointe" + thread("outlook_qc", "petit2", "Pascal Dubé <pdube@dubelapointe.qc.ca>", "2026-10-06"),
        sent="2026-10-06",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nQuel serait votre tarif pour nos 12 recrutements de l'année, essentiellement des frontaliers "
        "français et belges (diplômes + références) ?\n\nMeilleures salutations\nMyriam Thill\nResponsable RH\n"
        "Thill Transports S.A., Bettembourg\n\n"
        + _DISC_FR
        + thread("outlook_fr", "verif2", "Myriam Thill <m.thill@thill-transports.lu>", "2026-01-27"),
        sent="2026-01-27",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour,\n\nCombien coûte l'écran si on le garde après le prêt ? C'est pour la vitrine de notre pharmacie "
        "(80 m², une seule vitrine côté rue).\n\nMeilleures salutations\nJoëlle Berset\nPharmacie de la Gare, "
        "Morges" + thread("gmail_fr", "aff2", "Joëlle Berset <pharmaciegare.morges@bluewin.ch>", "2026-06-09"),
        sent="2026-06-09",
    ),
    C(
        "fr",
        "quote_request",
        "Bonjour Hannah,\n\nJe vous réponds en français, nous sommes une filiale d'un groupe lyonnais. Pouvez-vous "
        "nous faire une proposition chiffrée pour un film de recrutement tourné à la fois à Dublin et à Lyon, deux "
        "jours de tournage ?\n\nCordialement,\nAurélien Garnier\nCountry Manager Ireland – Vetiva Software"
        + thread("outlook_en", "wide1", "Aurélien Garnier <aurelien.garnier@vetiva.io>", "2026-09-15"),
        sent="2026-09-15",
    ),
    C(
        "en",
        "quote_request",
        "How much for a one-off purge of ~80 archive boxes? We're in Paisley, ground floor, easy access.\n\nRoss"
        + thread("gmail_en", "shred1", "Ross McAllister <ross@mcallisterpropertyservices.co.uk>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "en",
        "quote_request",
        "Hi Gareth,\n\nCan you send a quote for annual servicing across our three floors? Roughly 30 extinguishers, a "
        "conventional alarm panel and emergency lighting throughout.\n\nThanks,\nLowri Jenkins\nOffice Manager, "
        "Cardiff Bay Creative Hub" + thread("outlook_en", "ember2", "Lowri Jenkins <lowri@cbch.wales>", "2026-02-10"),
        sent="2026-02-10",
    ),
    C(
        "en",
        "quote_request",
        "What would four reserved places in the Sydney CBD cost us per year, roughly? We're 70 staff at Barangaroo."
        "\n\nCheers,\nJames Nguyen\nChief of Staff, Lumio Payments"
        + thread("gmail_en", "harb1", "James Nguyen <james.nguyen@lumiopay.com.au>", "2026-09-29"),
        sent="2026-09-29",
    ),
    C(
        "en",
        "quote_request",
        "Hi Aisha,\n\nPlease send pricing for about 200 checks a month across our Manila and Cebu sites (NBI, "
        "education, previous employer). Volume goes up in Q4.\n\nThanks,\nKristine Lim\nRecruitment Operations "
        "Manager, Northwind Customer Care Philippines"
        + thread("outlook_us", "clear2", "Kristine Lim <kristine.lim@northwindcc.ph>", "2026-03-17"),
        sent="2026-03-17",
    ),
    C(
        "en",
        "quote_request",
        "how much for 3 screens in the gym? one at reception and two on the gym floor\n\nSent from my iPhone"
        + block(
            "apple_en",
            _GLOW,
            "Jordan Kapene <jordan@forgefitness.nz>",
            "Free screen for 30 days",
            D("2026-07-21"),
            "06:12",
            EMAILS["glow1"][2],
        ),
        sent="2026-07-21",
    ),
    C(
        "en",
        "quote_request",
        "Hi Hannah, could you give me a rough number for a 90-second recruitment film for our care homes? Our budget "
        "is tight so I need a figure before I take up your time with a call.\n\nThanks, Amy\n\nAmy Fletcher | HR "
        "Business Partner | Mendip Care Group"
        + thread("outlook_en", "wide1", "Amy Fletcher <amy.fletcher@mendipcare.co.uk>", "2026-04-14"),
        sent="2026-04-14",
    ),
    C(
        "en",
        "quote_request",
        "Dear Callum,\n\nThank you for your email. Please submit your proposal via our supplier portal under "
        "RFQ-2026-2231 (Secure Destruction Services - 6 sites, Scotland and Northern Ireland). The deadline for "
        "submissions is 16:00 on 4 December 2026.\n\nKind regards,\n\nEilidh Fraser\nCategory Buyer, Indirect "
        "Procurement\nCaledonian Water Utilities plc\n\n"
        + _DISC_EN
        + thread("outlook_en", "shred2", "Eilidh Fraser <eilidh.fraser@caledonianwater.co.uk>", "2026-11-10"),
        sent="2026-11-10",
    ),
    C(
        "en",
        "quote_request",
        "Before anyone comes out, what would you charge us for fire warden training for 12 staff, on site, in one "
        "session?\n\nCheers\nMick Dawson\nWorkshop Manager, Dawson Marine, Cleveland QLD"
        + thread("gmail_en", "ember2", "Mick Dawson <mick@dawsonmarine.com.au>", "2026-06-23"),
        sent="2026-06-23",
    ),
    C(
        "en",
        "quote_request",
        "Quote first please. We're 85 staff in midtown Toronto, probably 4-6 places needed based on last year's "
        "parental leave numbers.\n\nRegards,\nSamantha Okafor\nTotal Rewards Lead, Bluegate Insurance"
        + thread("outlook_us", "harb2", "Samantha Okafor <sokafor@bluegateins.ca>", "2026-11-24"),
        sent="2026-11-24",
    ),
    C(
        "en",
        "quote_request",
        "Dear Aisha,\n\nKindly share your commercial proposal for the screening of 45 new hires (UAE and Indian "
        "nationals) for our Jebel Ali warehouse expansion, including education and employment verification.\n\n"
        "Best Regards,\nPraveen Kumar\nHR Manager, Horizon Cold Chain LLC, Dubai\n\n"
        + _DISC_AE
        + thread("outlook_en", "clear1", "Praveen Kumar <praveen.kumar@horizoncoldchain.ae>", "2026-08-18"),
        sent="2026-08-18",
    ),
    C(
        "en",
        "quote_request",
        "pricing for 1 screen at reception? 55 inch if you have it\n\nDave - Westshore Physio"
        + thread("gmail_us", "glow2", "Dave Kaur <dave@westshorephysio.ca>", "2026-01-20"),
        sent="2026-01-20",
    ),
    C(
        "en",
        "quote_request",
        "Hi Hannah,\n\nWe'd need a three-part safety induction series for our orchards (pickers, packhouse, "
        "forklifts), with versions in English, Tongan and Samoan. Send me a quote and I'll take it to the board in "
        "December.\n\nCheers,\nRuth Maxwell\nHealth & Safety Manager, Heretaunga Orchards Ltd, Hastings"
        + thread("gmail_en", "wide2", "Ruth Maxwell <ruth.maxwell@heretaungaorchards.co.nz>", "2026-10-13"),
        sent="2026-10-13",
    ),
    C(
        "en",
        "quote_request",
        "Hello Bastien,\n\nSorry for writing in English, our communications team works in English. Could you quote "
        "for a 3-minute film about the school for our open day in March? Budget approximately CHF 10,000.\n\nBest "
        "wishes,\nCaroline Hartley\nHead of Admissions & Marketing\nLéman International School, Nyon\n\n"
        + _DISC_EN
        + thread("outlook_fr", "plan2", "Caroline Hartley <c.hartley@leman-is.ch>", "2026-12-01"),
        sent="2026-12-01",
    ),
]

# --------------------------------------------------------------------------- unsubscribe (25: 13 fr, 12 en)

CASES += [
    C(
        "fr",
        "unsubscribe",
        "STOP" + thread("gmail_fr", "broy1", "Laurent Bailly <l.bailly@bailly-immo.fr>", "2026-08-25"),
        sent="2026-08-25",
    ),
    C(
        "fr",
        "unsubscribe",
        "RETRAIT\n\nEnvoyé de mon iPhone"
        + block(
            "apple_fr",
            _PYRO,
            "Hervé Castagné <h.castagne@castagne-transports.fr>",
            "RE: Sécurité incendie : pré-audit gratuit de vos locaux",
            D("2026-04-21"),
            "09:14",
            EMAILS["pyro2"][2],
        ),
        sent="2026-04-21",
    ),
    C(
        "fr",
        "unsubscribe",
        "Merci de ne plus m'écrire.\n\nA. Lemaître"
        + thread("outlook_fr", "petit2", "Arnaud Lemaître <a.lemaitre@lemaitre-sa.be>", "2026-11-10"),
        sent="2026-11-10",
    ),
    C(
        "fr",
        "unsubscribe",
        "Madame, Monsieur,\n\nEn application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des "
        "fins de prospection commerciale. Merci de supprimer mon adresse de vos fichiers et de m'en confirmer la "
        "suppression.\n\nMe Caroline Vasseur\nAvocate au barreau de Lille"
        + thread("outlook_fr", "verif1", "Caroline Vasseur <c.vasseur@vasseur-avocat.fr>", "2026-06-23"),
        sent="2026-06-23",
    ),
    C(
        "fr",
        "unsubscribe",
        "DESABONNER" + thread("gmail_fr", "aff2", "Tabac Presse du Port <tabacduport44@orange.fr>", "2026-02-03"),
        sent="2026-02-03",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nC'est votre quatrième relance. Je vous ai déjà demandé en juin de me retirer de vos listes, par "
        "écrit, à l'adresse indiquée dans votre pied de page. Visiblement sans effet. Je vous demande de cesser "
        "immédiatement, faute de quoi je saisirai la CNIL.\n\nGuillaume Perret\nDirecteur général – Perret "
        "Robotique, Annecy"
        + thread("outlook_fr", "plan2", "Guillaume Perret <g.perret@perret-robotique.fr>", "2026-09-29"),
        sent="2026-09-29",
    ),
    C(
        "fr",
        "unsubscribe",
        "Pas intéressé, et inutile de me relancer une troisième fois.\n\nJ-P Fontaine"
        + thread("outlook_fr", "broy2", "Jean-Pierre Fontaine <jp.fontaine@fontaine-expertise.fr>", "2026-07-28"),
        sent="2026-07-28",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe ne souhaite plus recevoir vos sollicitations commerciales, ni par mail ni par téléphone.\n\n"
        "Cordialement,\nValérie Janssens\nGérante – Janssens Matériaux, Wavre"
        + thread("outlook_fr", "pyro1", "Valérie Janssens <v.janssens@janssens-materiaux.be>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "fr",
        "unsubscribe",
        "Votre lien de désinscription renvoie vers une page 404. Désinscrivez-moi vous-même svp, merci.\n\nEnvoyé "
        "de mon iPhone"
        + block(
            "iphone_fr",
            _PETIT,
            "Olivia Marchand <olivia.marchand@studio-om.fr>",
            "Des places en crèche pour vos salariés",
            D("2026-05-05"),
            "09:14",
            EMAILS["petit1"][2],
        ),
        sent="2026-05-05",
    ),
    C(
        "fr",
        "unsubscribe",
        "Supprimez mes coordonnées de votre fichier, s'il vous plaît.\n\nCordialement\nAlain Reding\nReding "
        "Fiduciaire, Mersch" + thread("tbird_fr", "verif2", "Alain Reding <alain@reding-fid.lu>", "2026-05-26"),
        sent="2026-05-26",
    ),
    C(
        "fr",
        "unsubscribe",
        "arretez de m envoyer des mails svp c est la 3e fois\n\nEnvoyé depuis mon appareil Galaxy"
        + thread("android_fr", "aff2", "Boucherie Payet <boucheriepayet974@gmail.com>", "2026-09-15", "15:31"),
        sent="2026-09-15",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nJe vous remercie de bien vouloir me retirer de votre liste de diffusion.\n\nCordialement,\n\n"
        "Sandra Élisabeth-Marie\nAssistante de direction\nCaribéenne de Distribution – Le Lamentin"
        + thread("outlook_fr", "plan1", "Sandra Élisabeth-Marie <s.elisabeth@caribdistrib.mq>", "2026-08-11"),
        sent="2026-08-11",
    ),
    C(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nMerci de me retirer de votre liste. Je ne lis pas l'anglais et, de toute façon, ce service ne "
        "nous concerne pas.\n\nMarc Abou Khalil\nGérant, Sahara Décor Trading LLC, Dubaï"
        + thread("outlook_en", "clear2", "Marc Abou Khalil <marc@saharadecor.ae>", "2026-04-14"),
        sent="2026-04-14",
    ),
    C(
        "en",
        "unsubscribe",
        "STOP\n\nSent from my iPhone"
        + block(
            "apple_en",
            _EMBER,
            "Owen Pritchard <owen@pritchardplant.co.uk>",
            "Free fire-risk walk-round for your premises",
            D("2026-01-27"),
            "09:14",
            EMAILS["ember1"][2],
        ),
        sent="2026-01-27",
    ),
    C(
        "en",
        "unsubscribe",
        "unsubscribe" + thread("gmail_en", "harb1", "Rosie Allen <rosie@allenandhart.co.uk>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "en",
        "unsubscribe",
        "OBJECT\n\nD. Kerr\nKerr Building Services Ltd"
        + thread("outlook_en", "clear1", "Duncan Kerr <duncan@kerrbuildingservices.co.uk>", "2026-10-13"),
        sent="2026-10-13",
    ),
    C(
        "en",
        "unsubscribe",
        "NO" + thread("gmail_en", "glow2", "Lachlan Reid <lachlan@reidhardware.co.nz>", "2026-04-28"),
        sent="2026-04-28",
    ),
    C(
        "en",
        "unsubscribe",
        "no more\n\nSent from Outlook for iOS"
        + thread("outlook_en", "wide2", "Gemma Harris <gemma@harrisevents.co.uk>", "2026-02-24"),
        sent="2026-02-24",
    ),
    C(
        "en",
        "unsubscribe",
        "Take me off your list please.\n\nBrian\n\nBrian Kearney | Kearney Motor Factors | Dundalk"
        + thread("outlook_en", "shred1", "Brian Kearney <brian@kearneymotorfactors.ie>", "2026-10-06"),
        sent="2026-10-06",
    ),
    C(
        "en",
        "unsubscribe",
        "I replied STOP to your colleague in March. This is the third email since. Remove me now or I'll be "
        "reporting you to the ICO.\n\nC. Whitmore"
        + thread("outlook_en", "ember2", "Claire Whitmore <claire.whitmore@whitmorecare.co.uk>", "2026-07-07"),
        sent="2026-07-07",
    ),
    C(
        "en",
        "unsubscribe",
        "Please stop emailing me.\n\nAndrea Russo\nRusso Family Dental, Parramatta"
        + thread("gmail_en", "harb2", "Andrea Russo <andrea@russofamilydental.com.au>", "2026-06-09"),
        sent="2026-06-09",
    ),
    C(
        "en",
        "unsubscribe",
        "I did not consent to receive commercial electronic messages from your company. Under CASL I am asking "
        "you to remove my address from all of your lists within 10 business days.\n\nDerek Mulroney\nMulroney "
        "Accounting Professional Corporation, Halifax NS"
        + thread("outlook_us", "clear2", "Derek Mulroney <derek@mulroneycpa.ca>", "2026-05-12"),
        sent="2026-05-12",
    ),
    C(
        "en",
        "unsubscribe",
        "This is the third unsolicited commercial email I've had from you. Under the Unsolicited Electronic "
        "Messages Act 2007 you need my consent, which you don't have. Remove me.\n\nHemi Walker\nWalker Tyres, "
        "Rotorua" + thread("gmail_en", "glow1", "Hemi Walker <hemi@walkertyres.co.nz>", "2026-11-03"),
        sent="2026-11-03",
    ),
    C(
        "en",
        "unsubscribe",
        "Hannah, with respect - please don't contact me again. We've no interest and I'd rather not have to keep "
        "deleting these.\n\nRegards\nConor Meehan\nMeehan Quarries Ltd, Co. Offaly"
        + thread("outlook_en", "wide1", "Conor Meehan <conor@meehanquarries.ie>", "2026-09-08"),
        sent="2026-09-08",
    ),
    C(
        "en",
        "unsubscribe",
        "I'd appreciate it if this was the last email I get from you.\n\nR. Kaur\nKaur & Bassi Pharmacy, "
        "Wolverhampton" + thread("outlook_en", "shred2", "Ravinder Kaur <r.kaur@kaurbassi.co.uk>", "2026-03-03"),
        sent="2026-03-03",
    ),
]

# --------------------------------------------------------------------------- out_of_office (17: 8 fr, 9 en)

CASES += [
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au mardi 3 novembre inclus. En cas d'urgence, vous pouvez "
        "contacter Paul Martin (p.martin@cabinet-reverdy.fr – 04 78 60 21 33).\n\nBien cordialement,\nÉmilie "
        "Reverdy" + thread("outlook_fr", "broy1", "Émilie Reverdy <e.reverdy@cabinet-reverdy.fr>", "2026-10-27"),
        sent="2026-10-27",
    ),
    C(
        "fr",
        "out_of_office",
        "Absent du bureau, retour lundi.\n\nRéponse automatique envoyée depuis mon mobile.",
        sent="2026-06-02",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis actuellement en congé maternité. Pendant mon absence, merci d'adresser vos demandes à "
        "rh@atelier-maupin.fr, qui les traitera dans les meilleurs délais.\n\nMerci de votre compréhension,\n"
        "Laure Maupin\nResponsable RH – Atelier Maupin"
        + thread("outlook_fr", "petit1", "Laure Maupin <l.maupin@atelier-maupin.fr>", "2026-03-24"),
        sent="2026-03-24",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis présentement à l'extérieur du bureau et serai de retour le lundi 11 janvier 2027. "
        "Pendant mon absence, je n'aurai qu'un accès limité à mes courriels. Pour toute urgence, veuillez "
        "communiquer avec Mme Chantal Riopel au 418 555-0136.\n\nMerci,\n\nLouis-Philippe Gauthier\nDirecteur des "
        "ressources humaines – Aciers Chaudière inc., Lévis\n\n"
        + _DISC_QC
        + thread("outlook_qc", "petit2", "Louis-Philippe Gauthier <lpgauthier@acierschaudiere.ca>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "fr",
        "out_of_office",
        "Réponse automatique\n\nJe suis en congé jusqu'au 21/08. Votre message ne sera pas transféré ; je le lirai "
        "à mon retour.\n\nIk ben met verlof tot 21/08. Uw bericht wordt niet doorgestuurd.\n\nBart Claessens\n"
        "Claessens Bouw, Wavre" + thread("outlook_fr", "pyro2", "Bart Claessens <bart@claessensbouw.be>", "2026-08-04"),
        sent="2026-08-04",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis en mission à Kigali et Goma jusqu'à la fin du mois, avec un accès très limité à mes "
        "e-mails. Je vous répondrai à mon retour. Pour les sujets RH urgents : Mme Vanessa Loos, "
        "v.loos@ong-solidarite-grandslacs.org.\n\nCordialement,\nPhilippe Biver\nONG Solidarité Grands Lacs – "
        "Luxembourg"
        + thread("gmail_fr", "verif1", "Philippe Biver <p.biver@ong-solidarite-grandslacs.org>", "2026-10-20"),
        sent="2026-10-20",
    ),
    C(
        "fr",
        "out_of_office",
        "Madame, Monsieur,\n\nLes services administratifs de la mairie seront fermés du 24 décembre au 2 janvier "
        "inclus. Votre message sera traité à la réouverture. En cas d'urgence, composez le numéro d'astreinte : "
        "05 96 51 20 20.\n\nMairie du Robert – Martinique",
        sent="2026-12-01",
    ),
    C(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente pour raison médicale. Pour toute demande, merci d'écrire à "
        "accueil@hotel-lagon-bleu.re, l'équipe de la réception fera suivre.\n\nNadège Hoarau\nDirection – Hôtel Le "
        "Lagon Bleu, Saint-Gilles-les-Bains"
        + thread("gmail_fr", "aff1", "Nadège Hoarau <direction@hotel-lagon-bleu.re>", "2026-02-17"),
        sent="2026-02-17",
    ),
    C(
        "en",
        "out_of_office",
        "I'm out of the office until Monday 17 August with limited access to email. I'll reply when I'm back.\n\n"
        "Thanks,\nHolly",
        sent="2026-08-04",
    ),
    C(
        "en",
        "out_of_office",
        "Thank you for your email. I am on annual leave, returning on 5 January 2027. For urgent matters please "
        "contact my colleague Ian Crawford on ian.crawford@strathmoreestates.co.uk or 01307 465 120.\n\nKind "
        "regards,\nElaine Robertson\nEstate Office Manager, Strathmore Estates\n\n"
        + _DISC_EN
        + thread("outlook_en", "ember1", "Elaine Robertson <elaine.robertson@strathmoreestates.co.uk>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "en",
        "out_of_office",
        "Hi, thanks for your message. I'm currently on parental leave and not checking email. For anything urgent, "
        "please contact people@lumenrail.com.\n\nSimon",
        sent="2026-03-17",
    ),
    C(
        "en",
        "out_of_office",
        "I'm OOO at SHRM through Thursday with spotty access to email. If this is about an offer letter or a start "
        "date, please reach out to talent@ridgelinehealth.com.\n\nMichelle Park\nTalent Acquisition Partner | "
        "Ridgeline Health | Denver, CO"
        + thread("gmail_us", "clear1", "Michelle Park <mpark@ridgelinehealth.com>", "2026-06-09"),
        sent="2026-06-09",
    ),
    C(
        "en",
        "out_of_office",
        "G'day, I'm on leave until 27/1. Urgent? Call the office on 08 9432 7710 and ask for Shane.\n\nBrett\n"
        "Kalgoorlie Hire & Sales",
        sent="2026-12-01",
    ),
    C(
        "en",
        "out_of_office",
        "Automatic reply: I'm on holidays until Tuesday the 4th. Your email won't be forwarded - if it's about an "
        "order please ring the shop.\n\nNuala\nThe Burren Smokehouse Café"
        + thread("gmail_en", "glow1", "Nuala Quinlan <nuala@burrensmokehousecafe.ie>", "2026-07-21"),
        sent="2026-07-21",
    ),
    C(
        "en",
        "out_of_office",
        "Dear Sender,\n\nPlease note that I am on leave for the Eid holidays and will be back in the office on "
        "Sunday. For urgent HR matters kindly contact hr.support@alwahagroup.ae.\n\nBest Regards,\nMariam Al "
        "Suwaidi\nHR Business Partner, Al Waha Group\n\n" + _DISC_AE,
        sent="2026-05-26",
    ),
    C(
        "en",
        "out_of_office",
        "Good day! Thank you for your email. I am currently on leave from December 1 to 8 and will have limited "
        "access to email. For concerns on recruitment, you may reach Ms. Joy Santos at jsantos@ilocosfoods.ph.\n\n"
        "Thank you and God bless!\n\nMaricel Bautista\nHR Supervisor, Ilocos Foods Corporation"
        + thread("outlook_us", "clear2", "Maricel Bautista <mbautista@ilocosfoods.ph>", "2026-12-01"),
        sent="2026-12-01",
    ),
    C(
        "en",
        "out_of_office",
        "Out of office: I'm at the Royal Welsh Show all week and won't be checking emails. Back Monday.\n\nGwen "
        "Davies\nPractice Manager, Teifi Vets",
        sent="2026-07-21",
    ),
]

# --------------------------------------------------------------------------- a fixed shuffled order

random.Random(20261201).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout15", CASES, sys.argv)
