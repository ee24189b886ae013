"""A thirteenth held-out split, `heldout13`: 260 replies written on 2026-12-01 by a helper blind to the rules, to the
learnt model and to every other split's replies. The author never opened anything under workers/, tests/, bench/ nor
sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read common.py (whole),
/work/shared/INTELLIGENCE.md (its intent section: the ten classes), rules R8 and R15 of /work/shared/BEHAVIOUR.md,
pyproject.toml's ruff settings, heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape,
how its senders and signatures are declared) and its main() (found by a grep for "def main" that printed only that
line), and the docstrings of heldout8.py, heldout9.py, heldout10.py and heldout12.py (lines 1-50 each, for the senders
and sectors already used). A directory listing of eval/intents/ showed the other files' names, and a `git status`
showed the names of modified files elsewhere in the repository, nothing of their content. No classifier, no
evaluation and no `relance` command was run while writing it. Measured once blind (2026-12-01, no LLM, main at
8ef4465, the learnt model trained on cases.json): macro-F1 0.848, accuracy 0.846, unsubscribe precision 1.000 (recall
0.720), not_now dates 14/29, 4.2 % to an LLM; rules alone 0.756 (8.5 %). Tuned on since (its misses read, not
blind): R8's restated opt-outs and footer words, and the day a deferral ties to coming back: 0.874, unsubscribe
1.000 / 1.000, dates 25/29. Not part of cases.json.

Prospects of six senders nobody used before, each with a French and an English brand, answering a first email or a
follow-up:
- Factéo (Paris, Brussels, Tunis) and Invoxa (Singapore, Dublin, Auckland), electronic-invoicing platforms (the French
  reform's plateforme agréée, Peppol in Belgium, El Fatoora in Tunisia; Peppol / InvoiceNow in Singapore, Australia
  and New Zealand) offering a free compliance / readiness check from sample invoices; footers: "Répondez STOP", and
  an unsubscribe link;
- Estampille (Lille, Liège, Montréal) and Swagcraft (Bristol, Toronto, Melbourne), branded corporate gifts and
  merchandise (gift boxes from local makers, engraved and embroidered kit, onboarding kits) with a free sample box;
  footers: "répondez « non merci »", and "Reply OPT OUT";
- Aéroscan Inspection (Clermont-Ferrand, Lausanne, Douala) and Skylark Survey Drones (Cardiff, Nairobi, Perth WA),
  drone inspection of roofs, chimneys, masts and solar arrays, with a free desk pre-diagnostic from existing aerial
  imagery and paid site inspections after a technical visit; footers: a GDPR notice with a dpo@ address, and "Reply
  STOP";
- Canopée Pro (Bordeaux, Luxembourg, Montréal) and Leafline Interiors (Manchester, Singapore, Auckland), office plant
  rental and care (moss walls, living partitions) with a free one-month trial of three plants or a consultation
  visit; footers: an unsubscribe link, and "reply 'not interested' and I'll close your file";
- Cabinet Brevalis (Strasbourg, Luxembourg, Tunis) and Kiteline IP (London, Singapore, Nairobi), trade mark attorneys
  (INPI, EUIPO, OAPI, UKIPO, ARIPO, Madrid) with a free clearance search on one name; footers: "répondez
  « désinscription »", and a UK GDPR notice ("reply 'object' or write to privacy@");
- Sonalis Acoustique (Nantes, Geneva, Brussels) and Quietspace Acoustics (Leeds, Boston, Sydney), acoustic treatment
  of open-plan offices, canteens, schools and restaurants, with a free on-site acoustic measurement; footers:
  "répondez STOP", and a preferences / unsubscribe link.
The prospects are accountants and fiduciaries, hauliers, joiners, printers and packaging makers, date and cocoa
exporters, cement works and breweries, telecom-tower companies, mining contractors, a tea factory, property managers and
régies, law firms, notaries, architects, fintechs, start-ups and game studios, event agencies, restaurants, brasseries
and bakeries, a cinema, schools, crèches and gyms, clinics and dental practices, family offices, in France, Belgium,
Switzerland, Québec, Luxembourg, Tunisia, Côte d'Ivoire, Cameroon, the UK, Ireland, the US, Canada, Australia, New
Zealand, Singapore and Kenya: 130 replies in French and 130 in English (`lang` is the language of the prospect's new
text, which is sometimes not the thread's). Written as people write: typos, missing accents, SMS style, one-liners above
Outlook / Gmail / Apple Mail / Android / Lotus Notes threads whose quoted part carries words of other classes
(rendez-vous, devis, STOP, désinscription, unsubscribe, meeting, quote), inline answers inside the quote, mixed signals,
sarcasm, polite declines, opt-outs by the footer's own word ("STOP", "non merci", "désinscription", "OPT OUT", "object",
"not interested" to the one sender whose footer asks for it), by law (RGPD art. 21, LCAP, PDPA) or by complaint, and
look-alikes that are not opt-outs ("non merci" / "no thanks" / "not interested" to a sender whose footer asks for
another word, a GDPR access request, "take Rachel off the cc", "your mails land in spam", "use my other address", "I
unsubscribed by mistake"), autoresponders in both languages with and without return dates and stand-ins, automatic "no
longer with us" notices, ticket acknowledgements and read receipts, signatures with titles, phones and disclaimers,
"Envoyé de mon iPhone".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; its author's copy here said the same.)
In this split, accepting the free desk pre-diagnostic, sample box, plant trial, clearance search or compliance check
is `interested`; accepting Sonalis' or Quietspace's free on-site acoustic measurement is a site survey, so
`meeting_request`.

`python heldout13.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout13-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders, French and English brands

_FAC = "Sandrine Morel <s.morel@facteo.fr>"
_FAC_SIG = (
    "Bien à vous,\n\nSandrine Morel\nResponsable développement – Factéo\nParis · Bruxelles · Tunis\n01 76 44 28 90\n\n"
    "Vous ne souhaitez plus recevoir nos e-mails ? Répondez STOP."
)
_INV = "Daniel Koh <daniel.koh@invoxa.io>"
_INV_SIG = (
    "Cheers,\nDaniel\n\nDaniel Koh | Partnerships Manager | Invoxa\nSingapore · Dublin · Auckland\n+65 6816 2034\n\n"
    "Invoxa Pte Ltd, 8 Marina View, Singapore 018960. Unsubscribe: invoxa.io/unsubscribe"
)
_EST = "Clémence Duquesne <clemence@estampille.fr>"
_EST_SIG = (
    "Belle journée !\nClémence\n\nClémence Duquesne\nChargée d'affaires – Estampille\nLille · Liège · Montréal\n"
    "03 20 57 81 46\n\nPlus envie de nous lire ? Répondez « non merci » et on arrête là."
)
_SWG = "Jake Whitmore <jake@swagcraft.co>"
_SWG_SIG = (
    "Cheers,\nJake\n\nJake Whitmore | Brand Partnerships | Swagcraft\nBristol · Toronto · Melbourne\n+44 117 325 0917\n\n"
    "Reply OPT OUT and we'll stop emailing you."
)
_AER = "Yannick Mbarga <y.mbarga@aeroscan-inspection.fr>"
_AER_SIG = (
    "Cordialement,\n\nYannick Mbarga\nResponsable commercial – Aéroscan Inspection\nClermont-Ferrand · Lausanne · Douala\n"
    "04 73 28 15 62 / +237 6 99 41 27 08\n\nConformément au RGPD et à la loi Informatique et Libertés, vous disposez "
    "d'un droit d'accès, de rectification et d'opposition au traitement de vos données, que vous pouvez exercer en "
    "écrivant à dpo@aeroscan-inspection.fr."
)
_SKY = "Bethan Price <bethan.price@skylarksurvey.com>"
_SKY_SIG = (
    "Best regards,\nBethan\n\nBethan Price – Business Development\nSkylark Survey Drones | Cardiff · Nairobi · Perth WA\n"
    "+44 29 2167 4410\n\nCAA-approved operator. Reply STOP to opt out of further emails."
)
_CAN = "Mathilde Garnier <m.garnier@canopee-pro.fr>"
_CAN_SIG = (
    "Au plaisir,\nMathilde Garnier\nConseillère clientèle – Canopée Pro\nBordeaux · Luxembourg · Montréal\n"
    "05 57 14 92 36\n\nSe désabonner : canopee-pro.fr/desabonnement"
)
_LEA = "Sophie Lim <sophie@leafline.co>"
_LEA_SIG = (
    "Thanks so much,\nSophie\n\nSophie Lim | Client Director | Leafline Interiors\nManchester · Singapore · Auckland\n"
    "+44 161 850 3372\n\nIf you'd rather I didn't follow up, reply \"not interested\" and I'll close your file."
)
_BRE = "Nicolas Hartmann <n.hartmann@brevalis-ip.fr>"
_BRE_SIG = (
    "Bien cordialement,\n\nNicolas Hartmann\nConseil en propriété industrielle – Cabinet Brevalis\n"
    "Strasbourg · Luxembourg · Tunis\n03 88 24 61 07\n\n"
    "Pour ne plus recevoir nos communications, répondez « désinscription » à ce message."
)
_KIT = "Fiona Blake <f.blake@kitelineip.com>"
_KIT_SIG = (
    "Kind regards,\n\nFiona Blake\nChartered Trade Mark Attorney, Kiteline IP LLP\nLondon · Singapore · Nairobi\n"
    "+44 20 3962 5518\n\nKiteline IP LLP is regulated by IPReg. We hold your business contact details on the basis of "
    'legitimate interests (UK GDPR art. 6(1)(f)). You may object at any time by replying "object" or writing to '
    "privacy@kitelineip.com."
)
_SON = "Arnaud Le Goff <a.legoff@sonalis-acoustique.fr>"
_SON_SIG = (
    "Cordialement,\nArnaud Le Goff\nChargé d'affaires – Sonalis Acoustique\nNantes · Genève · Bruxelles\n"
    "02 51 83 40 19\n\nPour ne plus recevoir nos messages, répondez simplement STOP."
)
_QUI = "Connor Walsh <connor@quietspace-acoustics.com>"
_QUI_SIG = (
    "All the best,\nConnor\n\nConnor Walsh | Acoustic Consultant | Quietspace Acoustics\nLeeds · Boston · Sydney\n"
    "+44 113 868 2291 | +1 617 555 0142\n\nManage your preferences or unsubscribe: quietspace-acoustics.com/prefs"
)

# --------------------------------------------------------------------------- the senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on, or None)

EMAILS: dict[str, tuple[str, str, str, str | None]] = {
    "fac1": (
        _FAC,
        "Facture électronique : êtes-vous prêt pour la réception obligatoire ?",
        "Bonjour,\n\nAu 1er septembre 2026, toutes les entreprises assujetties à la TVA en France doivent être en "
        "mesure de recevoir leurs factures fournisseurs au format électronique via une plateforme agréée. L'émission "
        "deviendra obligatoire pour les PME et micro-entreprises en septembre 2027. (En Belgique, Peppol est "
        "obligatoire en B2B depuis le 1er janvier ; en Tunisie, El Fatoora passe par TTN.)\n\nFactéo est plateforme "
        "agréée : réception, émission, e-reporting, archivage à valeur probante 10 ans, connecteurs pour Sage, Cegid, "
        "EBP, Pennylane et Odoo.\n\nJe vous propose un diagnostic de conformité gratuit : envoyez-nous trois factures "
        "récentes et nous vous disons sous 48 h ce qui bloquerait dans votre chaîne actuelle. Si vous préférez, on "
        "peut aussi caler un rendez-vous de 20 minutes en visio, et je vous envoie un devis ensuite.\n\n" + _FAC_SIG,
        None,
    ),
    "fac2": (
        _FAC,
        "RE: Facture électronique : êtes-vous prêt pour la réception obligatoire ?",
        "Bonjour,\n\nJe me permets de revenir vers vous : beaucoup d'entreprises découvrent au dernier moment que leur "
        "logiciel de comptabilité ne sait pas recevoir les flux Factur-X de leurs fournisseurs. Le diagnostic "
        "gratuit reste valable ; un simple « oui » et je vous envoie le lien de dépôt.\n\n" + _FAC_SIG,
        "fac1",
    ),
    "inv1": (
        _INV,
        "Peppol e-invoicing – free readiness check",
        "Hi there,\n\nPeppol e-invoicing is fast becoming the default for B2B trade: InvoiceNow in Singapore, Peppol "
        "across Australia and New Zealand (government suppliers get paid faster through it), Belgium since January "
        "and the EU's ViDA rules on the way.\n\nInvoxa is a certified Peppol access point that plugs into Xero, MYOB, "
        "QuickBooks, NetSuite and SAP Business One. You keep your accounting software; we handle sending, receiving "
        "and validating e-invoices.\n\nWe offer a free readiness check: send us two sample invoices and tell us your "
        "setup, and we'll tell you within 48 hours what needs to change, with a fixed quote if you want one. Happy "
        "to walk you through it on a 15-minute call too.\n\n" + _INV_SIG,
        None,
    ),
    "inv2": (
        _INV,
        "Re: Peppol e-invoicing – free readiness check",
        "Hi again,\n\nJust bumping this up – the free readiness check is still open. If the timing's wrong, tell me "
        "when to come back and I'll put it in the diary.\n\n" + _INV_SIG,
        "inv1",
    ),
    "est1": (
        _EST,
        "Des cadeaux d'affaires qu'on garde",
        "Bonjour,\n\nFin d'année, séminaires, kits d'accueil des nouveaux arrivants, salons : Estampille conçoit des "
        "cadeaux d'affaires personnalisés. Coffrets gourmands de producteurs locaux, objets gravés ou brodés à votre "
        "logo (gourdes, carnets, plaids, sweats en coton bio), livraison individuelle chez vos collaborateurs en "
        "télétravail.\n\nJe peux vous envoyer gratuitement une box échantillon avec 5 de nos best-sellers marqués à "
        "votre logo, sans engagement. Pour un devis, il me faut juste les quantités et le budget par personne ; et "
        "si vous voulez en parler de vive voix, je suis dispo pour un rendez-vous téléphonique.\n\n" + _EST_SIG,
        None,
    ),
    "est2": (
        _EST,
        "RE: Des cadeaux d'affaires qu'on garde",
        "Bonjour,\n\nPetite relance avant la clôture de nos plannings de marquage : la box échantillon est toujours "
        "disponible pour vous. Dites-moi simplement à quelle adresse l'envoyer !\n\n" + _EST_SIG,
        "est1",
    ),
    "swg1": (
        _SWG,
        "Branded kit people actually keep",
        "Hi,\n\nMost conference swag ends up in a drawer. Swagcraft makes branded kit people actually use: "
        "recycled-cotton hoodies, insulated bottles, notebooks, tech pouches, plus curated gift boxes from local "
        "makers for clients and staff, shipped individually to remote employees.\n\nI'd love to send you a free "
        "sample box with five of our bestsellers printed with your logo, no strings attached. If you've got an event "
        "or onboarding kit coming up, send me rough quantities and budget per head and I'll put a quote together, "
        "or we can jump on a quick call.\n\n" + _SWG_SIG,
        None,
    ),
    "swg2": (
        _SWG,
        "Re: Branded kit people actually keep",
        "Hi,\n\nFollowing up on the free sample box – still happy to send one your way. Just reply with a delivery "
        "address and a logo file.\n\n" + _SWG_SIG,
        "swg1",
    ),
    "aer1": (
        _AER,
        "Inspection de vos toitures par drone – pré-diagnostic offert",
        "Bonjour,\n\nInspecter une toiture, une cheminée industrielle ou un pylône sans nacelle ni échafaudage : nos "
        "drones équipés de caméras thermiques et haute définition livrent un rapport complet (fissures, "
        "infiltrations, points chauds des panneaux solaires, corrosion) en une demi-journée.\n\nPour les bâtiments "
        "déjà couverts par nos images aériennes, nous proposons un pré-diagnostic gratuit : vous nous indiquez "
        "l'adresse du site, nous vous renvoyons sous une semaine une première analyse de l'état de la couverture. "
        "Pour une inspection complète, nous établissons un devis sur mesure après une visite technique.\n\n" + _AER_SIG,
        None,
    ),
    "aer2": (
        _AER,
        "RE: Inspection de vos toitures par drone – pré-diagnostic offert",
        "Bonjour,\n\nJe reviens vers vous au sujet du pré-diagnostic gratuit. C'est souvent avant un gros entretien "
        "ou un renouvellement d'assurance que le rapport sert le plus. Souhaitez-vous que je lance l'analyse pour "
        "votre site ?\n\n" + _AER_SIG,
        "aer1",
    ),
    "sky1": (
        _SKY,
        "Roof and asset inspections by drone – free desk pre-check",
        "Hello,\n\nSkylark Survey Drones inspects roofs, chimneys, telecom masts, solar farms and bridges with thermal "
        "and 4K cameras – no scaffolding, no cherry pickers, nobody working at height. Reports are delivered within "
        "five working days with annotated defects and a condition rating.\n\nIf your site is covered by our existing "
        "aerial imagery, we can run a free desk pre-check and send you a first condition summary. For a full "
        "inspection we'd arrange a site visit and quote from there.\n\n" + _SKY_SIG,
        None,
    ),
    "sky2": (
        _SKY,
        "Re: Roof and asset inspections by drone – free desk pre-check",
        "Hello again,\n\nQuick nudge on the free pre-check. All I need is a site address. Shall I go ahead?\n\n"
        + _SKY_SIG,
        "sky1",
    ),
    "can1": (
        _CAN,
        "Des plantes au bureau, sans vous en occuper",
        "Bonjour,\n\nCanopée Pro installe et entretient des plantes dans les bureaux, halls d'accueil et restaurants : "
        "location tout compris (pots, arrosage, remplacement des plantes fatiguées), murs végétaux et mousse "
        "stabilisée pour les salles de réunion.\n\nPour voir si ça prend chez vous, nous proposons un essai gratuit "
        "d'un mois avec trois plantes installées et entretenues par nos soins. Si vous préférez, notre paysagiste "
        "d'intérieur peut passer pour une visite conseil et vous faire ensuite un devis.\n\n" + _CAN_SIG,
        None,
    ),
    "can2": (
        _CAN,
        "RE: Des plantes au bureau, sans vous en occuper",
        "Bonjour,\n\nJe me permets une petite relance : notre essai gratuit d'un mois est toujours possible ce "
        "trimestre. Un mot de votre part et je cale la livraison.\n\n" + _CAN_SIG,
        "can1",
    ),
    "lea1": (
        _LEA,
        "Greener office, zero watering",
        "Hi,\n\nLeafline rents and maintains office plants – floor plants, desk plants, moss walls and living "
        "partitions – with fortnightly care visits included, and we swap anything that starts looking sad.\n\nWe're "
        "offering a free one-month trial: three plants installed and looked after, no obligation. If you'd rather "
        "see options first, our interior landscaper can pop by for a consultation and send a quote.\n\n" + _LEA_SIG,
        None,
    ),
    "lea2": (
        _LEA,
        "Re: Greener office, zero watering",
        "Hi,\n\nJust circling back on the free plant trial – any interest? If the timing's off, let me know what "
        "suits.\n\n" + _LEA_SIG,
        "lea1",
    ),
    "bre1": (
        _BRE,
        "Votre marque est-elle vraiment protégée ?",
        "Bonjour,\n\nBeaucoup d'entreprises exploitent un nom ou un logo jamais déposé, ou déposé uniquement en "
        "France alors qu'elles vendent en Belgique, au Maghreb ou en Afrique de l'Ouest. Le cabinet Brevalis, "
        "conseils en propriété industrielle, accompagne les PME pour le dépôt de marques (INPI, EUIPO, OAPI, OMPI), "
        "la surveillance et les oppositions.\n\nNous vous offrons une recherche d'antériorité gratuite sur un nom de "
        "votre choix, avec un avis écrit sous 5 jours. Pour un dépôt, nous vous adressons ensuite un devis "
        "forfaitaire. Je reste disponible pour un rendez-vous si vous souhaitez en discuter.\n\n" + _BRE_SIG,
        None,
    ),
    "bre2": (
        _BRE,
        "RE: Votre marque est-elle vraiment protégée ?",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant la recherche d'antériorité offerte. Il suffit de "
        "me répondre avec le nom à vérifier et les pays qui vous intéressent.\n\n" + _BRE_SIG,
        "bre1",
    ),
    "kit1": (
        _KIT,
        "Complimentary trade mark clearance search",
        "Hello,\n\nLaunching a product name without a clearance search is one of the most expensive mistakes a "
        "growing business can make. Kiteline IP is a firm of chartered trade mark attorneys filing in the UK, the EU, "
        "Singapore, Kenya and ARIPO, and internationally through the Madrid system.\n\nWe're offering a complimentary "
        "clearance search on one name, with a short written opinion within five working days. Filing is on fixed "
        "fees, quoted up front. If it helps, I'm happy to set up a short meeting to talk through your portfolio.\n\n"
        + _KIT_SIG,
        None,
    ),
    "kit2": (
        _KIT,
        "Re: Complimentary trade mark clearance search",
        "Hello,\n\nA brief follow-up on the complimentary clearance search. Just send me the name and the territories "
        "you care about.\n\n" + _KIT_SIG,
        "kit1",
    ),
    "son1": (
        _SON,
        "Open space bruyant ? Mesure acoustique offerte",
        "Bonjour,\n\nOpen spaces, cantines, salles de classe, restaurants : le bruit fatigue et fait fuir. Sonalis "
        "Acoustique conçoit et pose des panneaux, baffles et îlots absorbants (fabrication française, classés au "
        "feu) et garantit un résultat mesuré.\n\nNous proposons une mesure acoustique gratuite sur site : un "
        "technicien passe 30 minutes avec un sonomètre et vous remet le temps de réverbération de vos locaux. Le devis "
        "de traitement vient ensuite, sans engagement.\n\n" + _SON_SIG,
        None,
    ),
    "son2": (
        _SON,
        "RE: Open space bruyant ? Mesure acoustique offerte",
        "Bonjour,\n\nJe me permets de vous relancer pour la mesure acoustique offerte. Nos techniciens passent dans "
        "votre secteur dans les prochaines semaines ; voulez-vous que je vous réserve un créneau ?\n\n" + _SON_SIG,
        "son1",
    ),
    "qui1": (
        _QUI,
        "Noisy office? Free acoustic survey",
        "Hi,\n\nOpen-plan offices, restaurants, classrooms and sports halls all have one thing in common: too much "
        "echo. Quietspace Acoustics designs and installs absorbing panels, ceiling baffles and booths, and we "
        "guarantee a measured improvement.\n\nWe offer a free on-site acoustic survey: an engineer spends half an hour "
        "with a sound level meter and gives you your reverberation times. Any quote for treatment follows from that, "
        "with no obligation.\n\n" + _QUI_SIG,
        None,
    ),
    "qui2": (
        _QUI,
        "Re: Noisy office? Free acoustic survey",
        "Hi,\n\nFollowing up on the free acoustic survey. Our engineers are in your area over the next few weeks – "
        "want me to hold a slot for you?\n\n" + _QUI_SIG,
        "qui1",
    ),
}


def T(key: str, to: str, sent: str, style: str, hm: str = "09:07", *, body: str | None = None, gap: int = 8) -> str:
    """The sender's email `key`, sent on `sent`, as the prospect's client quotes it (with the first email under a
    follow-up)."""
    frm, subj, text, parent = EMAILS[key]
    if body is not None:
        text = body
    d = D(sent)
    if parent is not None:
        pfrm, psubj, ptext, _ = EMAILS[parent]
        text += block(style, pfrm, to, psubj, d - timedelta(days=gap), "10:42", ptext)
    return block(style, frm, to, subj, d, hm, text)


def inline(key: str, to: str, sent: str, style: str, answers: list[tuple[str, str]], hm: str = "09:07") -> str:
    """The sender's email with the prospect's answers typed in under some of its lines (Outlook)."""
    text = EMAILS[key][2]
    for anchor, answer in answers:
        if anchor not in text:
            raise ValueError(anchor)
        head, tail = text.split(anchor, 1)
        if tail.startswith("\n"):
            text = f"{head}{anchor}\n{answer}{tail}"
        else:
            text = f"{head}{anchor}\n{answer}\n{tail.lstrip(' ')}"
    return T(key, to, sent, "outlook_fr" if style == "fr" else "outlook_en", hm, body=text)


def notes(key: str, to: str, sent: str, hm: str = "09:07", lang: str = "fr") -> str:
    """The sender's email as Lotus Notes quotes it."""
    frm, subj, text, _ = EMAILS[key]
    name, addr = frm.split(" <")
    d = D(sent)
    stamp = f"{d.day:02d}/{d.month:02d}/{d.year} {hm}"
    if lang == "fr":
        head = f'De :     "{name}" <{addr}\nA :      {to}\nDate :   {stamp}\nObjet :  {subj}'
    else:
        head = f'From:    "{name}" <{addr}\nTo:      {to}\nDate:    {stamp}\nSubject: {subj}'
    return f"\n\n\n\n{head}\n\n\n\n{text}"


def android_en(key: str, to: str, sent: str, hm: str = "09:07", tz: str = "GMT+00:00") -> str:
    """The sender's email as Samsung / Android mail quotes it in English."""
    frm, subj, text, _ = EMAILS[key]
    d = D(sent)
    h, m = (int(x) for x in hm.split(":"))
    stamp = f"{d.month}/{d.day}/{d.year % 100:02d} {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'} ({tz})"
    return (
        f"\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: {frm}\nDate: {stamp}\nTo: {to}\n"
        f"Subject: {subj}\n\n{text}"
    )


def R(
    lang: str,
    label: str,
    sent: str,
    new: str,
    quote: str = "",
    *,
    until: str | None = None,
    referral: tuple[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """One reply: the prospect's new text (trimmed of the first and last newline), then what it quotes."""
    return C(lang, label, new.strip("\n") + quote, sent=sent, until=until, referral=referral)


# --------------------------------------------------------------------------- prospects' disclaimers

_DISC_FR = (
    "\n\n--\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
    "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
    "erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message n'étant pas "
    "assurée sur Internet, la société ne peut être tenue responsable de son contenu."
)
_DISC_FR_VERT = "\n\nP Pensez à l'environnement avant d'imprimer ce courriel."
_DISC_BE = (
    "\n\nDisclaimer : Ce message est confidentiel. Si vous n'en êtes pas le destinataire, veuillez le supprimer et en "
    "avertir l'expéditeur. / Dit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwijder het dan en "
    "verwittig de afzender. / This message is confidential. If you are not the addressee, please delete it and "
    "notify the sender."
)
_DISC_CH = (
    "\n\n**********\nAVERTISSEMENT : Ce courriel et ses annexes sont strictement confidentiels et peuvent être couverts "
    "par le secret professionnel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le "
    "supprimer. Toute copie, diffusion ou utilisation est interdite. / This e-mail is confidential; if received in "
    "error, please notify the sender and delete it.\n**********"
)
_DISC_QC = (
    "\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels ou privilégiés. Si vous "
    "l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire. / CONFIDENTIALITY NOTICE: This email may "
    "contain confidential or privileged information. If received in error, please notify the sender and delete it."
)
_DISC_LU = (
    "\n\nThe information contained in this e-mail is confidential and intended for the addressee only. / Les "
    "informations contenues dans ce courriel sont confidentielles et destinées uniquement à leur destinataire. "
    "Société anonyme – R.C.S. Luxembourg B 184 227."
)
_DISC_TN = (
    "\n\nAvis de confidentialité : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au "
    "destinataire. Toute diffusion non autorisée est strictement interdite. Merci de ne pas imprimer ce message si "
    "ce n'est pas nécessaire."
)
_DISC_EN = (
    "\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received "
    "it in error, please notify the sender immediately and delete it. Any views or opinions expressed are those of "
    "the author and do not necessarily represent those of the company. Email is not a secure medium and we accept no "
    "liability for viruses or for changes made after it was sent."
)
_DISC_UK = (
    "\n\n________________________________\nRegistered in England and Wales No. 08812734. Registered office as above. "
    "This message is confidential and may be legally privileged. If you are not the intended recipient, you must "
    "not use, copy or disclose it; please tell us and delete it. We monitor email for security and compliance."
)
_DISC_SG = (
    "\n\nCONFIDENTIALITY: This email is intended only for the named recipient(s) and may contain confidential "
    "information. If you are not the intended recipient, please delete it and notify the sender. Personal data is "
    "handled in accordance with the Personal Data Protection Act 2012."
)
_DISC_AU = (
    "\n\nThis email is confidential. If you are not the intended recipient please notify us and delete it. Before "
    "opening attachments please check them for viruses. We respectfully acknowledge the Traditional Owners of the "
    "land on which we work."
)
_DISC_KE = (
    "\n\nDISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of "
    "the individual or entity to whom they are addressed. If you have received this email in error please notify "
    "the system manager. Please consider the environment before printing this email."
)
_DISC_US = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure "
    "or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
    "and destroy all copies of the original message."
)
_DISC_CA = (
    "\n\nThis message may contain confidential information. If you are not the intended recipient, please notify the "
    "sender and delete it. / Ce message peut contenir des renseignements confidentiels. Si vous n'en êtes pas le "
    "destinataire, veuillez en aviser l'expéditeur et le supprimer. To unsubscribe from our newsletters, visit "
    "northloop.ca/preferences."
)
_DISC_NZ = (
    "\n\nThis email and any attachments may contain confidential information. If you are not the intended recipient, "
    "please let us know and delete it. Ngā mihi."
)
_IPHONE_FR = "\n\nEnvoyé de mon iPhone"
_IPHONE_EN = "\n\nSent from my iPhone"
_OUTLOOK_IOS = "\n\nGet Outlook for iOS"

# --------------------------------------------------------------------------- not_now (15 fr, 15 en)

NOT_NOW = [
    R(
        "fr",
        "not_now",
        "2026-10-14",
        """
Bonjour,

On est en pleine migration de logiciel compta (on passe de EBP a Pennylane), donc pas le moment de rajouter une couche.
Revenez vers moi début janvier svp, ce sera plus clair.

Cordialement

Marc Brochard
Gérant
Menuiserie Brochard SARL
12 rue des Ponts-de-Cé – 49000 Angers
02 41 66 08 73
""",
        T("fac1", "Marc Brochard <m.brochard@menuiserie-brochard.fr>", "2026-10-14", "outlook_fr"),
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "2026-03-04",
        """
Bonjour Madame,

Notre fiduciaire nous a branchés sur Peppol en décembre, ça tourne tant bien que mal. On refera le point après l'été, quand on aura un peu de recul. Revenez vers moi à ce moment-là si vous voulez.

Bien à vous,
Olivier Lemaire
Administrateur délégué – Imprimerie Lemaire & Fils SRL
Rue de l'Ourthe 41, 4020 Liège
+32 4 342 18 90"""
        + _DISC_BE,
        T("fac2", "olivier.lemaire@imprimerie-lemaire.be", "2026-03-04", "gmail_fr", "14:26"),
    ),
    R(
        "fr",
        "not_now",
        "2026-05-20",
        """
Bonjour Mme Morel,

Merci pour votre message. Nous attendons la decision de notre maison mere a Lyon concernant l'ERP du groupe, rien ne sera tranché avant l'automne. Je vous propose de reprendre contact dans 6 mois.

Cordialement,

Hatem Gharbi
Responsable Administratif et Financier
Oasis Dattes Export SA
Zone Industrielle Charguia II – 2035 Tunis
Tél : +216 71 940 215 / Fax : +216 71 940 216"""
        + _DISC_TN,
        notes("fac1", "h.gharbi@oasis-dattes.com.tn", "2026-05-20", "08:55"),
        until="2026-11-20",
    ),
    R(
        "fr",
        "not_now",
        "2026-02-11",
        """
Bonjour Clémence,

Pas mal du tout le concept, j'ai montré la brochure à ma boss. Par contre nos budgets cadeaux sont gelés jusqu'à la fin de l'exercice (31 mars chez nous). Réécris-moi à partir du 6 avril, c'est là que je vais connaître mon enveloppe pour l'année.

Merci!

Geneviève Tremblay
Coordonnatrice, expérience employé
Groupe Lavoie Génie-Conseil inc.
1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8
514 555-0147 poste 2231"""
        + _DISC_QC,
        T("est1", "genevieve.tremblay@lavoiegc.ca", "2026-02-11", "outlook_qc", "10:14"),
        until="2026-04-06",
    ),
    R(
        "fr",
        "not_now",
        "2026-06-17",
        """
Coucou,
la on est en plein rush seminaires de juin, j ai meme pas le temps de manger. Relancez moi en septembre promis je regarde

Julie""",
        T("est2", "julie@nordouestcom.fr", "2026-06-17", "iphone_fr", "18:03"),
        until="2026-09-01",
    ),
    R(
        "fr",
        "not_now",
        "2026-09-09",
        """
Monsieur,

Votre proposition a retenu mon attention. Toutefois, les travaux d'entretien des toitures de nos immeubles sont soumis au vote des copropriétaires lors des assemblées générales ordinaires, qui se tiennent au printemps. Je vous suggère de revenir vers moi après les AG.

Meilleures salutations,

Laurent Chappuis
Gérant technique
Régie du Léman SA
Avenue de Rumine 12 – 1005 Lausanne
+41 21 320 47 58"""
        + _DISC_CH,
        T("aer1", "l.chappuis@regie-leman.ch", "2026-09-09", "outlook_fr", "11:20"),
    ),
    R(
        "fr",
        "not_now",
        "2026-07-08",
        """
Bonjour M. Mbarga,

Intéressant pour nos silos à clinker mais nous sommes en arrêt technique annuel jusqu'au 15 août, personne ne pourra suivre le sujet avant. Je vous propose qu'on en reparle la semaine du 24 août.

Bien cordialement,

Ing. Paul Ekwalla
Chef Service Maintenance
Ciments du Wouri SA – Usine de Bonabéri
BP 1187 Douala – Cameroun
Tél. : +237 233 39 41 20""",
        T("aer2", "p.ekwalla@cimentsduwouri.cm", "2026-07-08", "android_fr", "07:48"),
        until="2026-08-24",
    ),
    R(
        "fr",
        "not_now",
        "2026-01-14",
        """
Bonjour,

Nous déménageons nos bureaux au Kirchberg dans le courant du printemps, inutile d'installer quoi que ce soit d'ici là (les cartons vont déjà envahir l'open space...). Recontactez-moi une fois le déménagement fait, ça pourrait nous intéresser pour les nouveaux locaux.

Bien cordialement,
Sarah Weis
Office Manager
Meridiem Fund Administration S.A.
2, rue Eugène Ruppert – L-2453 Luxembourg"""
        + _DISC_LU,
        T("can1", "sarah.weis@meridiem-fa.lu", "2026-01-14", "owa_fr", "16:37"),
    ),
    R(
        "fr",
        "not_now",
        "2026-04-15",
        """
Salut,

on est en pleine levée de fonds là, la marque on verra dans quinze jours quand ça se sera calmé. Garde le dossier sous le coude !

Thibault
CEO – Kombuch'Alsace
06 72 18 44 90""",
        T("bre1", "thibault@kombuchalsace.fr", "2026-04-15", "gmail_fr", "23:41"),
        until="2026-04-29",
    ),
    R(
        "fr",
        "not_now",
        "2026-08-19",
        """
Bonjour Monsieur Hartmann,

Merci pour votre courriel. Nous souhaitons effectivement protéger notre marque à l'OAPI, mais le nom de la nouvelle gamme n'est pas encore arrêté (le cabinet de design nous a rendu trois pistes). Ce ne sera pas avant la fin de l'année. Je reviendrai vers vous à ce moment-là.

Cordialement,

Aminata Koné
Directrice Marketing
Karité d'Ébène Cosmétiques
Cocody Riviera 3, Abidjan – Côte d'Ivoire
+225 27 22 47 86 10""",
        T("bre2", "a.kone@karitedebene.ci", "2026-08-19", "outlook_fr", "12:02"),
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        "2026-05-13",
        """
Bonjour Monsieur Le Goff,

Dans une école, les travaux ne peuvent se faire que pendant les grandes vacances et le budget investissement du PO est voté en décembre. Pour cette année c'est donc trop tard. Revenez vers nous au 2e trimestre 2027 svp, on pourra alors prévoir la mesure et un éventuel chantier en juillet.

Cordialement,

Marie-Claire Dethier
Directrice
Institut Saint-Joseph – Etterbeek
02 733 21 08"""
        + _DISC_BE,
        T("son1", "direction@isj-etterbeek.be", "2026-05-13", "outlook_fr", "13:15"),
        until="2027-04-01",
    ),
    R(
        "fr",
        "not_now",
        "2026-10-21",
        """
bjr, on est en pleine saison des fondues lol, ca resonne de partout mais personne n a le temps de s en occuper. repassez apres les fetes

Fabien – Le Chalet des Bastions""",
        T("son2", "info@chalet-bastions.ch", "2026-10-21", "iphone_fr", "22:58"),
    ),
    R(
        "fr",
        "not_now",
        "2026-09-23",
        """
Bonjour,

Sur le principe je suis d'accord, le sujet de la réception est sur la table. Mais notre expert-comptable ne pourra rien regarder avant sa clôture du 15 octobre et je ne veux pas avancer sans lui. Pouvez-vous me recontacter après le 15 ?

Merci,
Nathalie Roussel
Assistante de direction
Transports Roussel & Cie
ZA des Landes – 35530 Noyal-sur-Vilaine
02 99 04 61 32"""
        + _DISC_FR_VERT,
        T("fac2", "n.roussel@transports-roussel.fr", "2026-09-23", "outlook_fr", "15:44"),
        until="2026-10-16",
    ),
    R(
        "fr",
        "not_now",
        "2026-03-18",
        """
Bonjour,

Merci pour la proposition, les photos sont chouettes. Chez nous les cadeaux clients se décident en Q4 avec la direction commerciale. Reprenez contact en octobre, je vous mettrai dans la boucle.

Cordialement,

Sophie Vandenberghe
Assistante commerciale
Brasserie Artisanale de la Meuse SA
Quai de Namur 8, 4500 Huy
085 21 44 70""",
        T("est1", "s.vandenberghe@brasseriemeuse.be", "2026-03-18", "gmail_fr", "09:31"),
        until="2026-10-01",
    ),
    R(
        "fr",
        "not_now",
        "2026-04-22",
        """
Bonjour Connor,

Désolé de vous répondre en français, mon anglais écrit est pas terrible. On refait le plancher du gymnase au complet en juillet, donc pour l'acoustique pas avant le mois d'août. On s'en reparle à ce moment-là.

Bonne journée,

Martin Gagnon
Directeur des opérations
Centre sportif Les Rapides
Laval (Québec)
450 555-0178""",
        T("qui1", "mgagnon@centrelesrapides.qc.ca", "2026-04-22", "outlook_en", "08:19"),
        until="2026-08-01",
    ),
    R(
        "en",
        "not_now",
        "2026-02-04",
        """
Hi Daniel,

Thanks for reaching out. We're in the middle of our financial year-end (FYE 31 Mar) and the finance team has zero bandwidth. Can you come back to me after Q1?

Best,
Wei Ling

Tan Wei Ling | Finance Manager
Straits Cold Chain Logistics Pte Ltd
21 Toh Guan Road East, #05-11, Singapore 608609
T: +65 6562 7741"""
        + _DISC_SG,
        T("inv1", "weiling.tan@straitscoldchain.com.sg", "2026-02-04", "outlook_en", "10:05"),
        until="2026-04-01",
    ),
    R(
        "en",
        "not_now",
        "2026-06-10",
        """
Kia ora Daniel,

Good timing in theory, terrible in practice – we're moving from MYOB to Xero in July. Ping me in 3 months once the dust settles and I'll have a proper look.

Cheers
Hemi""",
        T("inv2", "Hemi Walker <hemi@kowhaibuilders.co.nz>", "2026-06-10", "apple_en", "16:52"),
        until="2026-09-10",
    ),
    R(
        "en",
        "not_now",
        "2026-11-11",
        """
Hi Daniel,

Thanks for this. Honestly it's not a priority for us until Revenue confirm the domestic timeline. Try me in the new year.

Regards,
Ciarán Doyle
Financial Controller
Doyle & Byrne Wholesale Ltd
Unit 7, Ballymount Industrial Estate, Dublin 24
+353 1 456 2219"""
        + _DISC_EN,
        T("inv1", "ciaran.doyle@doylebyrne.ie", "2026-11-11", "outlook_en", "13:30"),
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "2026-08-12",
        """
Hey Jake,

Cool stuff. Our events calendar for next year doesn't get locked until mid-November, so I can't commit to anything yet. Reach out the week after November 20 and I'll know what we need for SKO and the summer offsite.

Thanks!
Maya Chen
Events & Culture Lead | Northloop
Toronto, ON"""
        + _DISC_CA,
        T("swg2", "maya.chen@northloop.ca", "2026-08-12", "gmail_us", "11:47"),
        until="2026-11-23",
    ),
    R(
        "en",
        "not_now",
        "2026-01-21",
        """
We literally just did a huge swag order for our sales kickoff, so we're all set for now. Circle back in the spring maybe?

Tyler"""
        + _IPHONE_EN,
        T("swg1", "tyler@brazosrobotics.com", "2026-01-21", "gmail_us", "19:12"),
    ),
    R(
        "en",
        "not_now",
        "2026-03-11",
        """
Dear Bethan,

Thank you for your email. Our mast inspection contract is currently held by another vendor and expires at the end of June. Kindly contact us after 30th June 2026 when we shall be going to tender.

Regards,

Eng. Samuel Kiprono
Head of Infrastructure
Savannah Towers Ltd
Upper Hill, Nairobi
+254 20 271 4488"""
        + _DISC_KE,
        notes("sky1", "s.kiprono@savannahtowers.co.ke", "2026-03-11", "09:40", lang="en"),
        until="2026-07-01",
    ),
    R(
        "en",
        "not_now",
        "2026-10-07",
        """
G'day Bethan,

We're heading into shutdown season and roofs aren't on anyone's radar til Feb. Give me a yell early Feb and we'll talk about the Kwinana sheds.

Cheers,
Brett Sullivan
Site Services Superintendent
Goldfields Mining Services
08 9410 3375"""
        + _DISC_AU,
        T("sky2", "brett.sullivan@gfmining.com.au", "2026-10-07", "outlook_en", "06:55"),
        until="2027-02-01",
    ),
    R(
        "en",
        "not_now",
        "2026-05-06",
        """
Hi Sophie,

We're in the middle of renovating the 12th floor, it's all dust sheets right now. Completion is around end of August. Could you reach out again from 7 September? Happy to look at the trial then.

Regards,
Jasmine Ong
Workplace Experience Executive
Tembusu Capital Partners
8 Shenton Way, #12-02, Singapore 068811"""
        + _DISC_SG,
        T("lea1", "jasmine.ong@tembusu-capital.sg", "2026-05-06", "outlook_en", "14:03"),
        until="2026-09-07",
    ),
    R(
        "en",
        "not_now",
        "2026-11-18",
        """
Lovely idea and the moss wall photos are gorgeous, but not before next year I'm afraid – budgets are done and dusted for 2026.

Best,
Hannah

Hannah Whitfield
Practice Manager, Ancoats Dental Studio
0161 236 9042""",
        T("lea2", "hannah@ancoatsdental.co.uk", "2026-11-18", "gmail_en", "12:20"),
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "2026-07-15",
        """
Fiona – we're mid-rebrand and the new name won't be agreed until the board signs it off. I'll come back to you once we have a shortlist, a clearance search would make sense then.

Raj

Raj Patel | COO | Ledgerfox Ltd
3rd Floor, 10 Finsbury Square, London EC2A 1AF"""
        + _DISC_UK,
        T("kit1", "raj.patel@ledgerfox.io", "2026-07-15", "outlook_en", "17:38"),
    ),
    R(
        "en",
        "not_now",
        "2026-09-16",
        """
Hi Fiona,

Interesting. We'd like to look at this in Q1 next year, when we expand into Uganda and Tanzania and the brand question becomes real.

Regards,
Wanjiru Mwangi
Co-founder & CEO, PesaLink Kenya Ltd
Westlands, Nairobi | +254 722 418 306""",
        T("kit2", "wanjiru@pesalink.co.ke", "2026-09-16", "gmail_en", "08:12"),
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        "2026-03-25",
        """
Hi Connor,

We're closed for renovations through April, the dining room is literally a building site. We reopen May 4 – try me again from May 4 and I'll have a better feel for how loud the new room is.

Dan Russo
Owner, Russo's Trattoria
Boston, MA"""
        + _IPHONE_EN,
        T("qui1", "dan@russostrattoria.com", "2026-03-25", "gmail_us", "21:05"),
        until="2026-05-04",
    ),
    R(
        "en",
        "not_now",
        "2026-07-22",
        """
Hi Connor

Term 3 is flat out. Happy to look at it in a fortnight, the building committee meets next week and I'll have a better idea of budget.

Regards
Lisa Marsh
Business Manager
St Brigid's College, Marrickville NSW
(02) 9560 2214"""
        + _DISC_AU,
        T("qui2", "lmarsh@stbrigids.nsw.edu.au", "2026-07-22", "outlook_en", "15:30"),
        until="2026-08-05",
    ),
    R(
        "en",
        "not_now",
        "2026-04-01",
        """
Hi Fiona,

We're not in a position to commit budget to IP work until after the summer. Please get back to me then.

Kind regards,
Siobhán Murphy
Head of Brand, Lee Valley Brewing Co.
Cork, Ireland"""
        + _DISC_EN,
        T("kit2", "smurphy@leevalleybrewing.ie", "2026-04-01", "outlook_en", "10:58"),
    ),
    R(
        "en",
        "not_now",
        "2026-10-28",
        """
Dear Arnaud,

Apologies for answering in English, my French is poor. We're moving to new offices in Diegem in December, so there's no point measuring the current building. Please contact me again in February.

Best regards,
Pieter Janssens
Facility Coordinator
Verhaegen Logistics NV
+32 2 720 18 64"""
        + _DISC_BE,
        T("son2", "pieter.janssens@verhaegen-logistics.be", "2026-10-28", "outlook_fr", "09:09"),
        until="2027-02-01",
    ),
]

# --------------------------------------------------------------------------- not_interested (15 fr, 15 en)

NOT_INTERESTED = [
    R(
        "fr",
        "not_interested",
        "2026-10-14",
        """
Non merci, notre expert-comptable nous a déjà basculés sur sa plateforme en août.

Cordialement,
Eric Maillard
Maillard Emballages – Saint-Quentin""",
        T("fac2", "eric.maillard@maillard-emballages.fr", "2026-10-14", "outlook_fr", "08:02"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-06-24",
        """
Bonjour Madame,

Nous travaillons déjà avec un prestataire agréé TTN pour El Fatoora depuis 2023 et nous en sommes satisfaits. Nous ne donnerons donc pas suite à votre proposition.

Veuillez agréer, Madame, nos salutations distinguées.

Mohamed Ali Trabelsi
Directeur Financier
Société Sfaxienne des Huiles – SOSFAH
Route de Gabès km 4, 3003 Sfax"""
        + _DISC_TN,
        notes("fac1", "ma.trabelsi@sosfah.com.tn", "2026-06-24", "10:31"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-09-30",
        """
Bonjour,

On fait tout réaliser par l'ESAT de notre commune depuis des années, c'est un choix assumé de la direction. Donc ce ne sera pas pour nous. Bonne continuation !

Céline Marchal
Chargée de communication
Mutualité Chrétienne – Service régional de Verviers"""
        + _DISC_BE,
        T("est1", "celine.marchal@mc-verviers.be", "2026-09-30", "gmail_fr", "11:56"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-11-04",
        """
Des gourdes avec notre logo... on en a 400 dans le sous-sol depuis le congrès de 2019. Ça va aller, merci 🙂

Stéphane Bouchard
Directeur général
Association des transporteurs de la Mauricie
Trois-Rivières (Québec)""",
        T("est2", "sbouchard@atmauricie.qc.ca", "2026-11-04", "outlook_qc", "13:27"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-04-08",
        """
Bjr,
nos silos et la toiture du séchoir sont inspectés chaque année par l'assureur, pas besoin. Cdt

Denis Pouzet
Responsable site – Coopérative Limagrain Val d'Allier (site de Gannat)"""
        + _DISC_FR,
        T("aer1", "denis.pouzet@coop-valdallier.fr", "2026-04-08", "outlook_fr", "07:12"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-02-18",
        """
Bonjour Monsieur,

Nous disposons déjà de notre propre drone et d'un pilote certifié en interne depuis l'année dernière. Merci quand même pour la proposition.

Cordialement,
Joseph Nguema
Responsable HSE
Brasseries du Littoral SA – Douala""",
        T("aer2", "j.nguema@brasseries-littoral.cm", "2026-02-18", "android_fr", "12:44"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-06-03",
        """
Bonjour,

Merci pour l'information, mais nous ne donnerons pas suite : nos toitures ont été entièrement refaites en 2024 et sont sous garantie décennale.

Meilleures salutations
Corinne Favre
Assistante de direction
Favre Transports SA
Route de Genève 88, 1028 Préverenges"""
        + _DISC_CH,
        T("aer1", "c.favre@favre-transports.ch", "2026-06-03", "outlook_fr", "16:08"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-01-28",
        """
Bonjour,

Les plantes, on a essayé en 2022 : le chauffage à air pulsé les a toutes tuées en deux mois, même les « increvables ». On passe notre tour.

Bonne journée,
Isabelle Roy, CPA
Associée
Roy Bélanger SENCRL, comptables professionnels agréés
Sherbrooke (Québec)"""
        + _DISC_QC,
        T("can2", "iroy@roybelanger.ca", "2026-01-28", "outlook_qc", "09:03"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-05-27",
        """
Bonjour,
Nous avons déjà un contrat avec un fleuriste de Bertrange qui passe toutes les semaines. Non merci.
Cordialement,
Anne Schmit"""
        + _DISC_LU,
        T("can1", "anne.schmit@fiduciaire-schmit.lu", "2026-05-27", "owa_fr", "14:17"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-03-25",
        """
Bonjour,

Nos marques sont déposées depuis longtemps et surveillées par un cabinet avec lequel nous travaillons depuis quinze ans, à notre entière satisfaction. Pas de besoin de notre côté.

Salutations,

Frédéric Koenig
Directeur administratif
Koenig Robinetterie SAS – Molsheim"""
        + _DISC_FR,
        notes("bre1", "f.koenig@koenig-robinetterie.fr", "2026-03-25", "11:11"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-10-07",
        """
Merci Monsieur,
notre marque est enregistrée à l'INNORPI et à l'OMPI depuis 2018, et renouvelée. Nous ne sommes pas intéressés.
Salutations
Nizar Ben Amor – Gérant, Délices de Kairouan SARL""",
        T("bre2", "contact@delices-kairouan.tn", "2026-10-07", "gmail_fr", "17:34"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-09-02",
        """
On aime le bruit, c'est une brasserie 😄 Merci mais non.

Yann – Brasserie Le Lieu Unique, Nantes""",
        T("son1", "yann@brasserie-lelieu.fr", "2026-09-02", "iphone_fr", "23:10"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-11-25",
        """
Pas intéressé.
Cordialement

Jean-Pierre Mottier
Directeur
Fiduciaire Mottier & Associés SA
Rue du Rhône 65 – 1204 Genève"""
        + _DISC_CH,
        T("son2", "jp.mottier@fiduciaire-mottier.ch", "2026-11-25", "outlook_fr", "08:47"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-02-25",
        """
Bonjour,

Nous avons fait insonoriser toutes nos salles de répétition l'an dernier par une firme de Québec. Aucun besoin de ce côté-là, merci.

Hélène Côté
Administratrice
École de musique Vincent-d'Indy
Outremont (Québec)""",
        T("qui2", "hcote@emvi.qc.ca", "2026-02-25", "outlook_en", "10:42"),
    ),
    R(
        "fr",
        "not_interested",
        "2026-07-01",
        """
Bonjour Clémence,

Merci, c'est vraiment joli ce que vous faites. Mais cette année on a décidé de faire un don aux Restos du Cœur à la place des cadeaux clients, et on compte continuer. Donc ce sera non pour nous.

Bonne journée à vous,
Laure Desmet
Responsable communication – Cabinet Desmet Avocats, Lille""",
        T("est2", "l.desmet@desmet-avocats.fr", "2026-07-01", "gmail_fr", "09:50"),
    ),
    R(
        "en",
        "not_interested",
        "2026-03-11",
        """
Hi Daniel,

Thanks but we're already live on InvoiceNow through our Xero partner, and it works fine. We'll pass.

Regards,
Kelvin Lau
Director, Lau Brothers Hardware Pte Ltd
Singapore"""
        + _DISC_SG,
        T("inv2", "kelvin@laubrothers.com.sg", "2026-03-11", "outlook_en", "11:25"),
    ),
    R(
        "en",
        "not_interested",
        "2026-08-26",
        """
Nah we're good mate.

Sent from my iPhone""",
        T("inv1", "mike@tasmantimberyards.co.nz", "2026-08-26", "apple_en", "07:33"),
    ),
    R(
        "en",
        "not_interested",
        "2026-09-09",
        """
No thanks.

Jordan Ellis
Head of People Ops, Brightwater Health
Austin, TX"""
        + _DISC_US,
        T("swg2", "jordan.ellis@brightwaterhealth.com", "2026-09-09", "outlook_us", "16:40"),
    ),
    R(
        "en",
        "not_interested",
        "2026-05-13",
        """
Hi Jake,

We stopped doing branded merch altogether last year for sustainability reasons – our people asked for it. So not for us, but thanks.

Priya
People & Culture, Northloop"""
        + _DISC_CA,
        T("swg1", "priya.raman@northloop.ca", "2026-05-13", "gmail_us", "14:15"),
    ),
    R(
        "en",
        "not_interested",
        "2026-06-17",
        """
We own the building and our roofer was up there last month. No need, thanks.

Gareth""",
        T("sky2", "gareth@tawecastings.co.uk", "2026-06-17", "gmail_en", "13:02"),
    ),
    R(
        "en",
        "not_interested",
        "2026-04-29",
        """
Dear Bethan,

We regret to inform you that we are not in need of drone inspection services at this time.

Yours faithfully,

Grace Wambui
Procurement Officer
Kericho Highlands Tea Factory Ltd
P.O. Box 412-20200, Kericho, Kenya"""
        + _DISC_KE,
        T("sky1", "procurement@kerichohighlands.co.ke", "2026-04-29", "outlook_en", "10:10"),
    ),
    R(
        "en",
        "not_interested",
        "2026-02-11",
        """
Thanks Bethan but I reckon 30 years on roofs beats your drone. Cheers.

Col
Colin Baxter | Baxter Roofing & Gutters | Joondalup WA | 0412 557 903""",
        android_en("sky1", "colin@baxterroofing.com.au", "2026-02-11", "17:55", "GMT+08:00"),
    ),
    R(
        "en",
        "not_interested",
        "2026-10-14",
        """
Hi Sophie,

We have a strict no-plants policy in the lab areas (contamination risk) and the office is tiny. Not for us, but thanks for thinking of us.

Dr. Melissa Goh
Lab Operations Manager, Helix Biosciences Pte Ltd
Biopolis, Singapore"""
        + _DISC_SG,
        T("lea2", "melissa.goh@helixbio.sg", "2026-10-14", "outlook_en", "15:22"),
    ),
    R(
        "en",
        "not_interested",
        "2026-08-05",
        """
We're a plant nursery. 🙃

Ngaire
Pōhutukawa Gardens Ltd, Kumeu""",
        T("lea1", "ngaire@pohutukawagardens.co.nz", "2026-08-05", "apple_en", "12:36"),
    ),
    R(
        "en",
        "not_interested",
        "2026-01-14",
        """
Thanks Fiona. Our in-house legal team looks after our trade marks and they're well covered, so we won't be taking this up.

Best,
Oliver Brennan
Finance Director
Fenwick Robotics Ltd"""
        + _DISC_UK,
        T("kit1", "oliver.brennan@fenwickrobotics.co.uk", "2026-01-14", "outlook_en", "09:26"),
    ),
    R(
        "en",
        "not_interested",
        "2026-05-20",
        """
Not something we need, thanks.

Aoife Gallagher
Operations Manager
Gallagher's Bakery, Letterkenny, Co. Donegal
074 912 4408"""
        + _DISC_EN,
        T("kit2", "aoife@gallaghersbakery.ie", "2026-05-20", "outlook_en", "11:48"),
    ),
    R(
        "en",
        "not_interested",
        "2026-09-16",
        """
Not interested.

Get Outlook for iOS""",
        T("qui2", "gm@harborlinebistro.com", "2026-09-16", "outlook_us", "18:20"),
    ),
    R(
        "en",
        "not_interested",
        "2026-11-11",
        """
Thanks Connor, we had the hall done two years ago by another mob and it's made a world of difference. All good here.

Cheers,
Trent Nguyen
Facilities, Parramatta Basketball Association"""
        + _DISC_AU,
        T("qui1", "facilities@parrabasketball.org.au", "2026-11-11", "outlook_en", "08:08"),
    ),
    R(
        "en",
        "not_interested",
        "2026-02-04",
        """
Dear Mr Hartmann,

Thank you for your email. We are a holding company with no brand and no products of our own, so there is nothing for us to register. Thank you nonetheless.

Kind regards,
James Whitaker
Director
Aldwych Holdings S.à r.l.
1, boulevard de la Foire, L-1528 Luxembourg"""
        + _DISC_LU,
        T("bre1", "j.whitaker@aldwych-holdings.lu", "2026-02-04", "outlook_fr", "10:24"),
    ),
    R(
        "en",
        "not_interested",
        "2026-06-10",
        """
Hi Mathilde,

Sorry for replying in English. We'll pass on the plants – the whole team goes fully remote next month and we're giving up the office.

Thanks anyway,
Ryan O'Connell
Co-founder, Pixelforge Studio Inc.
Montréal""",
        T("can1", "ryan@pixelforge.ca", "2026-06-10", "gmail_fr", "16:05"),
    ),
]

# --------------------------------------------------------------------------- meeting_request (15 fr, 15 en)

MEETING = [
    R(
        "fr",
        "meeting_request",
        "2026-09-16",
        """
Bonjour,
ok pour un échange de 20 min en visio. Jeudi 10h ça vous va ? Je mettrai notre comptable dans la boucle.
Cordialement
Pascal Henry
DAF – Groupe Henry Distribution"""
        + _DISC_FR,
        T("fac1", "p.henry@henry-distribution.fr", "2026-09-16", "outlook_fr", "14:02"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-02-25",
        """
Appelez-moi demain matin au 0478 12 34 56, je veux comprendre si on peut garder Winbooks avec votre truc.

Grégory Lambert
Lambert Toitures SPRL – Wavre""",
        T("fac2", "gregory@lambert-toitures.be", "2026-02-25", "android_fr", "19:40"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-04-08",
        """
Bonjour Madame Morel,

Avant de vous transmettre nos factures pour le diagnostic, je préfère qu'on en parle de vive voix : nous avons des clients en Tunisie (El Fatoora) et en France, et je veux comprendre comment vous gérez les deux. Quand seriez-vous disponible pour un appel ?

Cordialement,
Leïla Mansouri
Contrôleuse de gestion
Tunisie Composants Industriels SA – Ben Arous"""
        + _DISC_TN,
        T("fac1", "l.mansouri@tci-tunisie.com", "2026-04-08", "outlook_fr", "09:15"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-10-21",
        """
Salut Clémence!

On a un party des fêtes pour 220 employés (Montréal + Québec) et je cherche une idée qui sort des sempiternelles bouteilles de vin. Peux-tu m'appeler cette semaine? Après on verra pour une soumission.

Merci!
Karine Bergeron
Conseillère RH
Desjardins Béton inc.
418 555-0112"""
        + _DISC_QC,
        T("est1", "kbergeron@desjardinsbeton.ca", "2026-10-21", "outlook_qc", "11:33"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-05-06",
        """
Bonjour,

Pouvez-vous passer nous voir à l'agence avec quelques échantillons ? Je préfère toucher les matières avant de me décider. Mardi ou mercredi prochain après 14h, on est au 3e.

Bien à vous,
Amélie Caron
Directrice de clientèle
Agence Vauban Événements
45 rue Esquermoise, 59800 Lille
03 20 13 57 92""",
        T("est2", "amelie.caron@vauban-evenements.fr", "2026-05-06", "gmail_fr", "10:08"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-09-09",
        """
Bonjour,

La cheminée de l'usine (48 m, briques, 1961) nous inquiète un peu depuis l'orage de juillet. Je voudrais qu'un technicien vienne la voir avant de parler devis. Pouvez-vous me proposer une date de visite ?

Cordialement,

Bruno Chabrol
Responsable travaux neufs
Papeteries de la Dore – Ambert
04 73 82 10 44"""
        + _DISC_FR,
        T("aer1", "b.chabrol@papeteries-dore.fr", "2026-09-09", "outlook_fr", "08:30"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-01-21",
        """
Bonjour Yannick,

C'est ok pour une rencontre à nos bureaux de Bonanjo, on veut parler de nos 14 pylônes entre Douala et Édéa. Lundi 14h vous va ?

Salutations,
Christelle Ngo Bassa
Responsable Infrastructures
CamTel Towers Services
+237 6 96 22 14 58""",
        T("aer2", "c.ngobassa@camtel-towers.cm", "2026-01-21", "gmail_fr", "15:20"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-03-04",
        """
Bonjour Mathilde,

Oui pour la visite conseil de votre paysagiste, le hall d'accueil mérite mieux que nos deux ficus en plastique. Nous sommes au 3e étage, le mieux serait un vendredi matin.

Cordialement,
Hélène Dufau
Office manager
Cabinet Larrieu & Dufau Avocats
18 cours de l'Intendance, 33000 Bordeaux"""
        + _DISC_FR,
        T("can1", "h.dufau@larrieu-dufau-avocats.fr", "2026-03-04", "outlook_fr", "12:12"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-06-24",
        "Bonjour Mathilde, mes réponses dans votre texte.\n\nJeff Muller\nMuller & Reuter Architectes – Esch-sur-Alzette"
        + _DISC_LU,
        inline(
            "can1",
            "jeff.muller@mr-architectes.lu",
            "2026-06-24",
            "fr",
            [
                (
                    "un essai gratuit d'un mois avec trois plantes installées et entretenues par nos soins.",
                    "=> trois plantes ça ne changera rien, on a 600 m2 sur deux niveaux",
                ),
                (
                    "d'intérieur peut passer pour une visite conseil et vous faire ensuite un devis.",
                    "=> oui, plutôt ça. Semaine prochaine ? Mardi ou jeudi après-midi.",
                ),
            ],
        ),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-11-18",
        """
Bonjour,

Je veux bien un rendez-vous téléphonique pour faire le point sur nos trois marques (dont une jamais déposée, je l'avoue). Dispo mardi après-midi, 03 88 61 27 40.

Cordialement,
Audrey Schaeffer
Gérante – Les Confitures de Mémé Alsace""",
        T("bre2", "audrey@confitures-meme.fr", "2026-11-18", "gmail_fr", "10:44"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-09-30",
        """
Bonjour Monsieur,

Merci pour votre message qui tombe à point. Je serai à Paris du 12 au 16 octobre pour le SIAL ; pourrions-nous nous rencontrer pour discuter d'un dépôt OAPI pour notre chocolat, et de vos tarifs ? Je peux passer à votre bureau parisien ou vous retrouver au salon.

Bien cordialement,

Serge Aka
Directeur Général
Cacao d'Or de San-Pédro SA
Côte d'Ivoire
+225 07 07 54 21 86""",
        T("bre1", "s.aka@cacaodor.ci", "2026-09-30", "outlook_fr", "07:51"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-03-18",
        """
Ok pour la mesure gratuite. Vous pouvez venir jeudi matin à la cantine, entre 9h et 11h (avant le service, sinon vous allez mesurer 200 gamins 😅).

Sylvie Guérin
Gestionnaire – Collège Jules-Verne, Rezé""",
        T("son1", "gestion.0440289x@ac-nantes.fr", "2026-03-18", "outlook_fr", "16:55"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-10-07",
        """
Bonjour,

Envoyez votre technicien, on est ouverts de 8h à 18h du lundi au vendredi. Demandez Mme Peeters à l'accueil, elle vous montrera le réfectoire.

Cordialement,
Thomas Dubois
Administrateur – Crèche Les Petits Loups ASBL
Schaerbeek""",
        T("son2", "t.dubois@petitsloups.be", "2026-10-07", "gmail_fr", "08:26"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-05-27",
        """
Bonjour,

Venez mesurer notre salle polyvalente, elle résonne comme une cathédrale. Après on parlera prix. Je suis joignable au 022 794 31 17, le matin de préférence.

Meilleures salutations,
Nicole Berset
Secrétaire communale
Commune de Bernex"""
        + _DISC_CH,
        T("son1", "n.berset@bernex.ch", "2026-05-27", "outlook_fr", "09:37"),
    ),
    R(
        "fr",
        "meeting_request",
        "2026-08-26",
        """
Bonjour Madame Blake,

Je préfère échanger en français si possible. Serait-il possible d'organiser une visioconférence la semaine prochaine pour discuter de l'extension de notre marque au Kenya et au Ghana ?

Cordialement,
Mariam Traoré
Juriste
Ivoire Agro-Industries SA
Abidjan – Plateau""",
        T("kit1", "m.traore@ivoire-agro.ci", "2026-08-26", "outlook_en", "13:14"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-01-28",
        """
Hi Daniel, sure, let's do the 15-min call. Tue 3pm SGT works for me.

Rgds
Alvin Teo
Finance Director, Teo Brothers Engineering Pte Ltd"""
        + _DISC_SG,
        T("inv1", "alvin.teo@teobros.com.sg", "2026-01-28", "outlook_en", "10:12"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-07-08",
        """
Can you give me a bell tomorrow arvo? 021 455 782. Keen to understand how this works with our council contracts.

Sam"""
        + _IPHONE_EN,
        T("inv2", "sam@waikatoearthworks.co.nz", "2026-07-08", "apple_en", "19:07"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-04-15",
        """
Hi Daniel,

Before anything else I'd like a proper demo with our financial controller present – she'll have the hard questions. Can you do Teams next week, Wednesday or Thursday morning Irish time?

Thanks,
Declan Ryan
CFO
Shannonside Foods Ltd
Limerick"""
        + _DISC_EN,
        notes("inv1", "declan.ryan@shannonsidefoods.ie", "2026-04-15", "16:29", lang="en"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-08-19",
        """
Hey Jake,

Can we hop on a call? We have an onboarding kit for ~60 new hires next quarter and I'd like to talk through options before asking for a quote. Thursday afternoon ET works.

Cheers,
Alexis Morgan
People Experience, Loonie Labs Inc.
Ottawa"""
        + _DISC_CA,
        T("swg1", "alexis@loonielabs.ca", "2026-08-19", "gmail_us", "12:50"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-03-18",
        """
Let's chat. I'm in the office Thursday, call me on (512) 555-0193 any time after 10.

Marcus""",
        T("swg2", "marcus@lonestarcoffee.co", "2026-03-18", "gmail_us", "08:40"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-11-04",
        "See below.\n\nRosie Atkinson\nStudio Manager | Hollow Pine Games Ltd\nUnit 4, Paintworks, Bristol BS4 3EH"
        + _DISC_UK,
        inline(
            "swg1",
            "rosie@hollowpinegames.co.uk",
            "2026-11-04",
            "en",
            [
                (
                    "I'd love to send you a free sample box with five of our bestsellers printed with your logo, no "
                    "strings attached.",
                    "[RA] Already got one from you last month, thanks – the team fought over the bottles.",
                ),
                ("or we can jump on a quick call.", "[RA] Yes please. Friday morning? Need to sort a launch kit."),
            ],
        ),
    ),
    R(
        "en",
        "meeting_request",
        "2026-06-03",
        """
Hi Bethan,

Could someone come out and have a look at the chimney at our Swansea plant? It's a listed structure so we'd need to see how you'd approach it before anything else.

Regards,
Rhodri Evans
Estates Manager
Tawe Valley Ceramics Ltd
01792 654 380"""
        + _DISC_UK,
        T("sky1", "rhodri.evans@tawevalleyceramics.co.uk", "2026-06-03", "outlook_en", "11:02"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-10-14",
        """
Dear Bethan,

We would like to invite you for a meeting at our offices in Upper Hill to discuss inspection of our 45 telecom masts in the Rift Valley region. Kindly confirm your availability for next week.

Regards,
Peter Omondi
Operations Manager
Kilima Telecom Infrastructure Ltd
Nairobi"""
        + _DISC_KE,
        T("sky2", "p.omondi@kilimatelecom.co.ke", "2026-10-14", "outlook_en", "09:58"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-05-20",
        """
Happy to meet at our Welshpool depot, any day next week except Wednesday. Bring the drone, keen to see it.

Shane
Shane Pickering | Ops Manager | Swan Freight Lines | 0438 220 116""",
        android_en("sky1", "shane@swanfreight.com.au", "2026-05-20", "06:41", "GMT+08:00"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-09-02",
        """
Yes to the consultation! Could your landscaper come on the 14th? We're at 3 Piccadilly Place, 5th floor, ask for me at reception.

Thanks,
Chloe Barker
Office & Facilities Coordinator
Mancunian Legal LLP"""
        + _DISC_UK,
        T("lea1", "chloe.barker@mancunianlegal.co.uk", "2026-09-02", "outlook_en", "14:48"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-02-18",
        """
Hi Sophie,

Could we do a quick video call first? I'd want to show you the space on camera – odd shapes, very little daylight in the middle.

Regards,
Benjamin Yeo
Admin Manager, Orchard Dental Group
Singapore""",
        T("lea2", "benjamin.yeo@orcharddental.sg", "2026-02-18", "gmail_en", "11:15"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-07-29",
        """
Happy to meet. I'm in the City on Wednesday – coffee near Bank around 9?

Tom

Tom Ashworth
Founder, Tidewell Ltd
07700 900 482""",
        T("kit1", "tom@tidewell.co.uk", "2026-07-29", "apple_en", "22:16"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-04-22",
        """
Hi Fiona,

Yes, a short meeting would help. We're launching in Vietnam and Indonesia next year. Could you do Zoom on Monday at 10am SGT? We'll want your fees for that too, but let's talk first.

Regards,
Rachel Chua
Legal Counsel
Kopi Kaki Pte Ltd"""
        + _DISC_SG,
        T("kit2", "rachel.chua@kopikaki.sg", "2026-04-22", "outlook_en", "17:02"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-01-14",
        """
Sure, have your engineer swing by. Mornings before 11 are best, we open for lunch at 11:30 and it gets loud fast (which is kind of the point I guess).

Nicole
Nicole Ferreira
GM, Salt & Cedar
Cambridge, MA""",
        T("qui1", "nicole@saltandcedar.com", "2026-01-14", "gmail_us", "09:03"),
    ),
    R(
        "en",
        "meeting_request",
        "2026-11-25",
        """
Dear Sandrine,

I prefer to write in English if that is OK. Could we schedule a call this week? We already receive on Peppol through Exact Online, but sending from our own invoicing module is the issue.

Best regards,
Koen Verbruggen
Finance Manager
Verbruggen Staalbouw NV
Mechelen"""
        + _DISC_BE,
        T("fac2", "koen.verbruggen@verbruggen-staal.be", "2026-11-25", "outlook_fr", "13:38"),
    ),
]

# --------------------------------------------------------------------------- information_request (14 fr, 14 en)

INFORMATION = [
    R(
        "fr",
        "information_request",
        "2026-11-04",
        """
Bonjour,

Deux questions avant d'aller plus loin :
- votre plateforme gère-t-elle l'autoliquidation de la TVA sur les factures de nos sous-traitants BTP ?
- le connecteur Sage 100, c'est natif ou il faut passer par un intégrateur ?

Merci,
Christophe Lebrun
Responsable comptable
Lebrun Bâtiment SAS – Tours"""
        + _DISC_FR,
        T("fac1", "c.lebrun@lebrun-batiment.fr", "2026-11-04", "outlook_fr", "10:50"),
    ),
    R(
        "fr",
        "information_request",
        "2026-01-21",
        """
Bonjour,

Est-ce que vous êtes vous-mêmes access point Peppol certifié en Belgique ou vous passez par un tiers ? Et auriez-vous des références de clients belges, idéalement dans le secteur médical ?

Merci d'avance,
Dr Valérie Collard
Polyclinique du Val – Namur"""
        + _DISC_BE,
        T("fac2", "v.collard@polyclinique-val.be", "2026-01-21", "gmail_fr", "20:18"),
    ),
    R(
        "fr",
        "information_request",
        "2026-07-15",
        """
Bonjour,
fonctionnez vous avec TTN directement ou via un partenaire ? Pouvez vous m'envoyer une documentation technique (formats, API) ?
Merci
Sami Ayari – IT Manager, Medina Textiles, Monastir""",
        T("fac1", "sami.ayari@medinatextiles.tn", "2026-07-15", "outlook_fr", "11:41"),
    ),
    R(
        "fr",
        "information_request",
        "2026-09-16",
        """
Bonjour,

Vos articles sont-ils fabriqués au Canada ou importés ? Nos achats doivent favoriser le local (politique d'approvisionnement responsable). Et quels sont vos délais de livraison pour Montréal ?

Merci,
Julie Pelletier
Agente d'approvisionnement
Caisse d'économie solidaire des Laurentides"""
        + _DISC_QC,
        T("est1", "julie.pelletier@ces-laurentides.ca", "2026-09-16", "outlook_qc", "14:30"),
    ),
    R(
        "fr",
        "information_request",
        "2026-04-22",
        """
Hello,
les coffrets gourmands c'est quels producteurs ? Il y a une option sans alcool (on a pas mal de collègues qui ne boivent pas) ? Vous avez un catalogue PDF ?
Merci !
Inès""",
        T("est2", "ines.belkacem@lilleurope-conseil.fr", "2026-04-22", "gmail_fr", "13:05"),
    ),
    R(
        "fr",
        "information_request",
        "2026-02-04",
        """
Bonjour,

Vos pilotes sont-ils autorisés par l'OFAC pour voler en zone urbaine dense ? Et quelle assurance RC couvre vos vols au-dessus de bâtiments habités ?

Meilleures salutations,
Patrick Rochat
Responsable technique
Gérance Rochat & Fils SA – Vevey"""
        + _DISC_CH,
        T("aer1", "p.rochat@gerance-rochat.ch", "2026-02-04", "outlook_fr", "08:44"),
    ),
    R(
        "fr",
        "information_request",
        "2026-11-25",
        """
Bonjour,

Comment fonctionne le pré-diagnostic exactement ? Vous avez déjà des images de la zone de Bassa, ou bien il faut qu'on vous autorise un survol ? Et qui analyse les images, une équipe ici ou en France ?

Cordialement,
Roland Tchatchoua
Directeur technique
Société Camerounaise d'Emballages – Douala""",
        T("aer2", "r.tchatchoua@socaemb.cm", "2026-11-25", "android_fr", "15:48"),
    ),
    R(
        "fr",
        "information_request",
        "2026-08-12",
        """
Bonjour Mathilde,

Qu'est-ce qui se passe à la fin du mois d'essai si on ne poursuit pas, vous venez reprendre les plantes ? Et sont-elles non toxiques pour les chats ? (on a un chat de bureau, Caramel, très curieux)

Merci!
Émilie Fortin
Adjointe administrative
Studio Fortin Design, Montréal""",
        T("can2", "emilie@studiofortin.ca", "2026-08-12", "gmail_fr", "10:02"),
    ),
    R(
        "fr",
        "information_request",
        "2026-10-28",
        """
Bonjour,

Comment se calcule la location en général : au mois par plante, ou forfait selon la surface ? L'entretien est-il toujours inclus, y compris le remplacement ?

Cordialement,
Bertrand Lacoste
Services généraux
Château Bel-Air Vignobles – Pessac"""
        + _DISC_FR,
        T("can1", "b.lacoste@belair-vignobles.fr", "2026-10-28", "outlook_fr", "09:19"),
    ),
    R(
        "fr",
        "information_request",
        "2026-03-11",
        """
Bonjour Monsieur Hartmann,

Quelle différence concrète entre un dépôt auprès de l'EUIPO et un dépôt Benelux à l'OBPI pour une PME luxembourgeoise qui vend surtout en Belgique et en Lorraine ? Vos honoraires sont-ils forfaitaires ou au temps passé ?

Bien à vous,
Claude Hoffmann
Gérant
Boulangerie Hoffmann S.à r.l. – Differdange"""
        + _DISC_LU,
        T("bre1", "claude@boulangerie-hoffmann.lu", "2026-03-11", "outlook_fr", "14:55"),
    ),
    R(
        "fr",
        "information_request",
        "2026-06-17",
        """
Bonjour,

Une marque OAPI couvre-t-elle aussi le Ghana et le Nigeria ? Nous exportons nos jus là-bas également. Si non, comment faites-vous pour ces pays ?

Cordialement,
Adjoua N'Guessan
Responsable export
Jus Tropicaux de Bouaké SARL""",
        T("bre2", "a.nguessan@jtb.ci", "2026-06-17", "gmail_fr", "12:27"),
    ),
    R(
        "fr",
        "information_request",
        "2026-05-06",
        """
Bonjour,

Vos panneaux sont-ils lavables ? C'est pour une crèche, on a des contraintes d'hygiène fortes (ONE). Avez-vous des références de crèches ou d'écoles maternelles en Belgique ?

Merci,
Fatima El Idrissi
Directrice – Crèche Les Lucioles, Anderlecht""",
        T("son2", "direction@creche-lucioles.be", "2026-05-06", "outlook_fr", "13:13"),
    ),
    R(
        "fr",
        "information_request",
        "2026-01-28",
        "Bonjour, voir mes questions dans le texte.\nCdlt\nG. Tessier – Services techniques, Cinéma Le Katorza, Nantes",
        inline(
            "son1",
            "g.tessier@katorza.fr",
            "2026-01-28",
            "fr",
            [
                (
                    "(fabrication française, classés au feu)",
                    ">> classés comment ? M1 ou Euroclasse B-s1,d0 ? on est ERP type L, la commission de sécu est "
                    "pointilleuse",
                ),
                (
                    "technicien passe 30 minutes avec un sonomètre",
                    ">> vous mesurez salle vide ou pendant une séance ?",
                ),
            ],
        ),
    ),
    R(
        "fr",
        "information_request",
        "2026-12-01",
        """
Bonjour,
Vous déposez aussi en Tunisie auprès de l'INNORPI ou seulement via le système de Madrid ? Merci.
Rania Khelifi – Responsable juridique, Sud Olive Export, Sfax""",
        T("kit2", "r.khelifi@sudolive.tn", "2026-12-01", "outlook_en", "08:33"),
    ),
    R(
        "en",
        "information_request",
        "2026-05-27",
        """
Hi Daniel,

Does Invoxa support Peppol BIS 3 credit notes and recipient-created tax invoices? We do a lot of RCTIs with our growers.

Cheers,
Lachlan Reid
Systems Accountant, Riverina Citrus Co-op
Griffith NSW"""
        + _DISC_AU,
        T("inv1", "lachlan.reid@riverinacitrus.com.au", "2026-05-27", "outlook_en", "15:05"),
    ),
    R(
        "en",
        "information_request",
        "2026-08-19",
        """
Hi Daniel, do you integrate with KRA eTIMS as well or only Peppol? We have a branch in Nairobi that's on eTIMS and a Singapore HQ.

Thanks
Nikhil Shah
Group Finance, Rift Agro Holdings"""
        + _DISC_KE,
        T("inv2", "nikhil.shah@riftagro.com", "2026-08-19", "gmail_en", "07:25"),
    ),
    R(
        "en",
        "information_request",
        "2026-10-21",
        """
What happens to our existing invoice archive if we switch? Do you store e-invoices for the 5 years IRAS needs, and can we export them if we leave?

Regards
Jolene Koh
Accounts Executive, Sunrise Printing Pte Ltd"""
        + _DISC_SG,
        T("inv1", "jolene.koh@sunriseprint.com.sg", "2026-10-21", "outlook_en", "11:11"),
    ),
    R(
        "en",
        "information_request",
        "2026-02-11",
        """
Hey Jake, are your hoodies made in Canada? And what's your minimum order in general? We're a small team.

Thanks,
Olivia
Olivia Tremblay | Maple Grove Coffee Roasters | Halifax NS""",
        T("swg2", "olivia@maplegroveroasters.ca", "2026-02-11", "gmail_us", "10:30"),
    ),
    R(
        "en",
        "information_request",
        "2026-06-24",
        """
Do you handle international shipping to employees in Mexico and Brazil? Who deals with customs and duties?

- Ben
Benjamin Carter, Workplace Ops, Cobalt Payments (Denver, CO)"""
        + _DISC_US,
        T("swg1", "ben.carter@cobaltpayments.com", "2026-06-24", "outlook_us", "13:47"),
    ),
    R(
        "en",
        "information_request",
        "2026-09-30",
        """
Hi Bethan,

Are you insured for flying over live rail lines? And do you need a road closure for urban chimneys, or can you work from the site boundary?

Regards,
Helen Pryce
Property Manager
Valleys Rail Heritage Trust
Merthyr Tydfil""",
        T("sky1", "helen.pryce@valleysrailtrust.org.uk", "2026-09-30", "outlook_en", "09:22"),
    ),
    R(
        "en",
        "information_request",
        "2026-01-07",
        """
What's your ReOC number? Our principal contractor asks for CASA certs and insurances before anything goes in the air on site.

Cheers
Kylie Dawson | HSE Coordinator | Pilbara Civil Pty Ltd"""
        + _DISC_AU,
        T("sky2", "kylie.dawson@pilbaracivil.com.au", "2026-01-07", "outlook_en", "07:14"),
    ),
    R(
        "en",
        "information_request",
        "2026-04-08",
        """
Are the plants real?? And what happens to the trial plants at the end of the month, do you take them back?

Lauren
Lauren Hughes, Studio Manager, Northern Quarter Creative""",
        T("lea1", "lauren@nqcreative.co.uk", "2026-04-08", "apple_en", "12:05"),
    ),
    R(
        "en",
        "information_request",
        "2026-12-01",
        """
Do you service Wellington or only Auckland?

Mereana Parata
Office Manager, Tākina Legal"""
        + _DISC_NZ,
        T("lea2", "mereana@takinalegal.co.nz", "2026-12-01", "outlook_en", "10:43"),
    ),
    R(
        "en",
        "information_request",
        "2026-03-04",
        """
Hi Fiona,

What does the clearance search actually cover – UKIPO only, or EUIPO and WIPO too? Is it a full search including similar marks, or just identical ones?

Thanks,
Amelia Stone
Brand Manager, Fernhill Skincare Ltd"""
        + _DISC_UK,
        T("kit1", "amelia.stone@fernhillskincare.co.uk", "2026-03-04", "outlook_en", "16:33"),
    ),
    R(
        "en",
        "information_request",
        "2026-07-22",
        """
Dear Fiona,

Are your fees for ARIPO filings fixed like your UK ones? Kindly share your fee schedule and a list of African clients you have worked with.

Regards,
Brian Kamau
Company Secretary
Mara Dairies Ltd, Nakuru"""
        + _DISC_KE,
        T("kit2", "b.kamau@maradairies.co.ke", "2026-07-22", "outlook_en", "11:59"),
    ),
    R(
        "en",
        "information_request",
        "2026-05-13",
        """
Do you have case studies for restaurants? Actual before/after numbers, not just photos?

Thanks
Greg Halloran
Operating Partner, Harbor & Vine Hospitality Group"""
        + _DISC_US,
        T("qui2", "greg@harborandvine.com", "2026-05-13", "outlook_us", "14:26"),
    ),
    R(
        "en",
        "information_request",
        "2026-08-26",
        """
Hi Connor,

Are your panels fire rated to AS 1530.3 / AS ISO 9705? We'd need that in writing for a school building before anything else.

Regards
Peter Moretti
Property Officer, Sacred Heart Primary, Geelong VIC"""
        + _DISC_AU,
        T("qui1", "pmoretti@shgeelong.catholic.edu.au", "2026-08-26", "outlook_en", "12:48"),
    ),
    R(
        "en",
        "information_request",
        "2026-10-14",
        """
Hi Clémence,

Do you ship to Ontario as well, or Québec only? And are the gift boxes bilingual (packaging, cards)? Half our clients are in Toronto.

Thanks,
Graham Mitchell
Client Relations Director
Mitchell Lacasse Wealth Partners, Montréal"""
        + _DISC_QC,
        T("est1", "gmitchell@mlwealth.ca", "2026-10-14", "outlook_qc", "15:58"),
    ),
]

# --------------------------------------------------------------------------- interested (13 fr, 12 en)

INTERESTED = [
    R(
        "fr",
        "interested",
        "2026-10-07",
        """
Bonjour,

Ok pour le diagnostic gratuit, je vous envoie trois factures fournisseurs dans la journée (dont une d'un fournisseur allemand, on verra ce que vous en dites).

Cordialement,
Valérie Mercier
Comptable
Mercier Plasturgie SAS – Oyonnax"""
        + _DISC_FR,
        T("fac1", "v.mercier@mercier-plasturgie.fr", "2026-10-07", "outlook_fr", "09:36"),
    ),
    R(
        "fr",
        "interested",
        "2026-10-28",
        "Oui." + _IPHONE_FR,
        T("fac2", "Hervé Colin <herve@colin-paysages.fr>", "2026-10-28", "apple_fr", "08:15"),
    ),
    R(
        "fr",
        "interested",
        "2026-11-18",
        """
Avec plaisir pour la box échantillon !
Adresse : Agence Nord Ouest Com, 14 rue de Béthune, 59000 Lille – à l'attention de Julie. Je vous envoie le logo en vectoriel dans la foulée.

Julie Lemaire
Cheffe de projet événementiel""",
        T("est2", "julie@nordouestcom.fr", "2026-11-18", "gmail_fr", "11:22"),
    ),
    R(
        "fr",
        "interested",
        "2026-09-02",
        """
Bonjour,

Ça tombe plutôt bien, on cherche justement une idée pour remercier nos clients fidèles cette année. Je regarde votre site ce week-end et je reviens vers vous.

Bien à vous,
Marc Delvaux
Gérant – Delvaux Optique, Mons""",
        T("est1", "marc@delvaux-optique.be", "2026-09-02", "outlook_fr", "17:49"),
    ),
    R(
        "fr",
        "interested",
        "2026-06-10",
        """
Oui, lancez le pré-diagnostic pour notre entrepôt : ZI du Brézet, 12 rue Louis Blériot, 63100 Clermont-Ferrand. Le toit a 25 ans, on a des fuites à chaque orage.

Cordialement,
Sébastien Vidal
Responsable logistique – Auvergne Pneus Distribution"""
        + _DISC_FR,
        T("aer2", "s.vidal@auvergne-pneus.fr", "2026-06-10", "outlook_fr", "10:27"),
    ),
    R(
        "fr",
        "interested",
        "2026-04-29",
        """
Bonjour,

Volontiers pour le pré-diagnostic. Adresse du bâtiment : avenue de Morges 58, 1004 Lausanne (toit plat, panneaux solaires posés en 2019).

Meilleures salutations,
Nadia Perret
Gérance Perret Immobilier"""
        + _DISC_CH,
        T("aer1", "n.perret@perret-immo.ch", "2026-04-29", "outlook_fr", "13:04"),
    ),
    R(
        "fr",
        "interested",
        "2026-09-23",
        """
Bonjour Mathilde,

Allons-y pour l'essai d'un mois ! Notre accueil fait un peu triste depuis le départ de la précédente locataire (et de ses orchidées).

Bien à vous,
Sophie Reding
Assistante de direction
Reding & Kremer Avocats – Luxembourg"""
        + _DISC_LU,
        T("can2", "s.reding@rk-avocats.lu", "2026-09-23", "owa_fr", "14:40"),
    ),
    R(
        "fr",
        "interested",
        "2026-03-25",
        """
ok pr l essai 👍 livrez qd vs voulez ns sommes la du lundi au vendredi 8h30 17h

Kevin – Agence immo Chartrons""",
        T("can1", "kevin@immo-chartrons.fr", "2026-03-25", "iphone_fr", "12:58"),
    ),
    R(
        "fr",
        "interested",
        "2026-05-06",
        """
Super, voici le nom à vérifier : « KOMBUCH'ALSACE » (et si possible la variante « KOMBUCHALSACE » sans apostrophe), pour la France et l'Allemagne.

Thibault""",
        T("bre2", "thibault@kombuchalsace.fr", "2026-05-06", "gmail_fr", "21:30"),
    ),
    R(
        "fr",
        "interested",
        "2026-05-20",
        """
Bonjour,

Merci pour votre proposition, elle nous intéresse beaucoup. Je vous reviens très prochainement avec le nom de notre nouvelle gamme de harissa.

Cordialement,
Youssef Hamdi
Directeur commercial – Conserverie du Cap Bon, Nabeul"""
        + _DISC_TN,
        T("bre1", "y.hamdi@conserverie-capbon.tn", "2026-05-20", "outlook_fr", "10:06"),
    ),
    R(
        "fr",
        "interested",
        "2026-07-29",
        """
Ça m'intéresse, vraiment. Notre open space est un enfer depuis qu'on a enlevé les cloisons, les gens travaillent avec des bouchons d'oreilles. J'en parle à mon associé.

Antoine Moreau
Co-fondateur – Studio Héron, Nantes""",
        T("son1", "antoine@studioheron.fr", "2026-07-29", "gmail_fr", "18:22"),
    ),
    R(
        "fr",
        "interested",
        "2026-06-03",
        """
Bonjour Fiona,

Oui avec plaisir pour la recherche gratuite. Le nom est « BRASSERIE DU BOIS JOLI », pour le Benelux et le Royaume-Uni (on commence à exporter à Londres).

Cordialement,
Maxime Lejeune
Brasserie du Bois Joli SRL – Bastogne""",
        T("kit2", "maxime@boisjoli.be", "2026-06-03", "outlook_en", "09:51"),
    ),
    R(
        "fr",
        "interested",
        "2026-01-07",
        """
Wow, très beau produit. On est partant pour la box d'échantillons! Je t'envoie notre logo et l'adresse du bureau demain.

Marie-Ève
Marie-Ève Gauthier, Coordonnatrice marketing
Fromagerie des Cantons inc., Magog""",
        T("est1", "megauthier@fromageriedescantons.ca", "2026-01-07", "outlook_qc", "16:16"),
    ),
    R(
        "en",
        "interested",
        "2026-07-01",
        """
Go ahead with the readiness check. Sample invoices attached (one AR, one AP).

Regards
Priya Menon
Finance Manager, Lumen Analytics Pte Ltd"""
        + _DISC_SG,
        T("inv1", "priya.menon@lumenanalytics.sg", "2026-07-01", "outlook_en", "10:35"),
    ),
    R(
        "en",
        "interested",
        "2026-03-18",
        """
Sounds good, sign us up for the free check. Xero, one entity, about 200 invoices a month each way.

Kate
Kate Sinclair, Office Manager, Ōtaki Organics""",
        T("inv2", "kate@otakiorganics.co.nz", "2026-03-18", "gmail_en", "13:44"),
    ),
    R(
        "en",
        "interested",
        "2026-10-21",
        """
Yes please to the sample box! Send it to: Hollow Pine Games, Unit 4, Paintworks, Bristol BS4 3EH. Logo attached (SVG and PNG).

Rosie""",
        T("swg2", "rosie@hollowpinegames.co.uk", "2026-10-21", "gmail_en", "15:09"),
    ),
    R(
        "en",
        "interested",
        "2026-04-15",
        """
Love it. Sending you our logo files shortly, our brand team is pretty precious about the colours so fingers crossed.

Noah Bennett
Community Lead, Fieldnote Software, Toronto"""
        + _DISC_CA,
        T("swg1", "noah@fieldnote.io", "2026-04-15", "gmail_us", "11:55"),
    ),
    R(
        "en",
        "interested",
        "2026-09-23",
        """
Dear Bethan,

Kindly proceed with the free pre-check for our Athi River plant, Plot LR 8784/12, off Namanga Road.

Regards,
Faith Njeri
Maintenance Planner
East Africa Packaging Ltd"""
        + _DISC_KE,
        T("sky2", "f.njeri@eapackaging.co.ke", "2026-09-23", "outlook_en", "08:18"),
    ),
    R(
        "en",
        "interested",
        "2026-02-25",
        """
Yep, go for it – Unit 9, Tawe Business Village, Swansea SA7 9LA. Curious what you'll find.

Dai
Dai Jenkins | Jenkins Joinery | 01792 790 221""",
        T("sky1", "dai@jenkinsjoinery.co.uk", "2026-02-25", "gmail_en", "07:50"),
    ),
    R(
        "en",
        "interested",
        "2026-11-04",
        """
Ok let's try! Our office is at 71 Robinson Road #14-01. Weekdays 9-6, reception will let your team in.

Clara Wong
HR & Admin, Pebble Payments""",
        T("lea2", "clara.wong@pebblepay.sg", "2026-11-04", "gmail_en", "12:31"),
    ),
    R(
        "en",
        "interested",
        "2026-08-12",
        """
This sounds great actually, our office is pretty grey. Put us down for the trial.

Ngā mihi,
Aroha Tipene
Practice Manager, Ponsonby Physio"""
        + _DISC_NZ,
        T("lea1", "aroha@ponsonbyphysio.co.nz", "2026-08-12", "outlook_en", "10:03"),
    ),
    R(
        "en",
        "interested",
        "2026-06-17",
        """
Dear Fiona,

Thank you. We accept the complimentary search. Name: "JIKONI SAFI". Territories: Kenya, Uganda and Tanzania.

Regards,
Esther Achieng
Managing Director, Jikoni Safi Foods Ltd, Kisumu""",
        T("kit1", "esther@jikonisafi.co.ke", "2026-06-17", "outlook_en", "14:12"),
    ),
    R(
        "en",
        "interested",
        "2026-10-07",
        """
Honestly this is exactly what our office needs – the open plan is brutal and half the team wears noise-cancelling headphones all day. Very keen.

Jess
Jessica Liu | Head of Design | Brightside Agency, Leeds""",
        T("qui2", "jess@brightside.agency", "2026-10-07", "gmail_en", "17:26"),
    ),
    R(
        "en",
        "interested",
        "2026-11-25",
        """
That would be really helpful, thank you. The name is WRENFIELD (it's for a range of garden tools). UK and Ireland please, and the EU if it's no extra trouble.

Best wishes,
Harriet Lowe
Director, Lowe & Daughters Ltd, Ludlow""",
        T("kit1", "harriet@loweanddaughters.co.uk", "2026-11-25", "apple_en", "08:02"),
    ),
    R(
        "en",
        "interested",
        "2026-01-21",
        """
Hi Mathilde,

Yes, we'd be happy to try the three plants for a month. Our receptionist speaks French if your delivery team prefers.

Kind regards,
Daniel Murray
Head of Operations
Clearstream Partners S.à r.l., Luxembourg"""
        + _DISC_LU,
        T("can1", "daniel.murray@clearstreampartners.lu", "2026-01-21", "owa_fr", "09:24"),
    ),
]

# --------------------------------------------------------------------------- referral (12 fr, 13 en)

REFERRAL = [
    R(
        "fr",
        "referral",
        "2026-09-16",
        """
Bonjour,

Ce n'est pas moi qui gère la compta, je suis à l'exploitation. Voyez avec Sophie Garnier (s.garnier@transports-lemaitre.fr), c'est elle qui s'occupe des factures fournisseurs.

Cdt,
Romain Lemaître
Responsable d'exploitation – Transports Lemaître, Chartres""",
        T("fac1", "r.lemaitre@transports-lemaitre.fr", "2026-09-16", "outlook_fr", "07:58"),
        referral=("Sophie Garnier", "s.garnier@transports-lemaitre.fr"),
    ),
    R(
        "fr",
        "referral",
        "2026-03-11",
        """
Bonjour,

Nous ne gérons pas ça en interne : tout passe par notre comptable externe, M. Jacques Dewandre (jdewandre@fidu-dewandre.be). Je vous invite à le contacter directement, il décidera.

Cordialement,
Anne-Sophie Hennuy
Gérante – Boulangerie Hennuy, Gembloux""",
        T("fac2", "as.hennuy@boulangerie-hennuy.be", "2026-03-11", "gmail_fr", "06:12"),
        referral=("Jacques Dewandre", "jdewandre@fidu-dewandre.be"),
    ),
    R(
        "fr",
        "referral",
        "2026-11-11",
        """
Bonjour,

Madame Chloé Bernard ne fait plus partie de la société Cartonnages Vaubert depuis le 30 septembre 2026.
Pour toute demande, merci d'écrire à comptabilite@cartonnages-vaubert.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        referral=(None, "comptabilite@cartonnages-vaubert.fr"),
    ),
    R(
        "fr",
        "referral",
        "2026-11-25",
        """
Bonjour, c'est pas moi qui s'occupe de ça, c'est le comité social qui gère les cadeaux des employés. Je sais même pas qui est président cette année, désolée!

Nancy""",
        T("est2", "nancy.poirier@transportsbeauce.ca", "2026-11-25", "outlook_qc", "13:50"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2026-02-04",
        """
Bonjour,
je ne suis plus chez Lumen Events depuis l'été, désolée ! Bonne continuation
Pauline
(envoyé depuis mon adresse perso)""",
        T("est1", "pauline.dhaene@lumen-events.fr", "2026-02-04", "gmail_fr", "20:45"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2026-08-05",
        """
Bonjour,

Je vous mets en copie Stéphane Roux, notre responsable maintenance, c'est lui qui gère les toitures et le photovoltaïque.
Stéphane, je te laisse voir si ça vaut le coup pour Riom.

Bonne journée,
Claire Bonnefoy
Directrice administrative
Volailles d'Auvergne SA"""
        + _DISC_FR,
        T("aer2", "c.bonnefoy@volailles-auvergne.fr", "2026-08-05", "outlook_fr", "10:39"),
        referral=("Stéphane Roux", None),
    ),
    R(
        "fr",
        "referral",
        "2026-05-13",
        """
Bonjour,

Veuillez contacter notre Directeur Technique, M. Emmanuel Nkoulou, au +237 6 77 12 45 89. C'est lui qui décide pour les inspections des installations.

Cordialement,
Secrétariat de Direction
Société Industrielle des Tabacs du Cameroun – Yaoundé""",
        T("aer1", "secretariat@sitc.cm", "2026-05-13", "outlook_fr", "11:33"),
        referral=("Emmanuel Nkoulou", None),
    ),
    R(
        "fr",
        "referral",
        "2026-07-15",
        """
Bonjour,

Notre édifice est géré par la firme de gestion immobilière du propriétaire ; c'est leur gestionnaire d'immeuble qui décide de ce genre d'aménagement dans les aires communes, pas nous. Bonne journée

Louis Paquette
Directeur administratif
Paquette Assurances inc., Québec"""
        + _DISC_QC,
        T("can1", "lpaquette@paquetteassurances.ca", "2026-07-15", "outlook_qc", "08:52"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2026-04-01",
        """
Cette adresse n'est plus consultée.
Mme Leila Ben Salah a quitté la société. Merci d'adresser désormais vos messages à Monsieur Karim Jaziri : k.jaziri@dattes-oasis.tn

This mailbox is no longer monitored. Please write to k.jaziri@dattes-oasis.tn""",
        referral=("Karim Jaziri", "k.jaziri@dattes-oasis.tn"),
    ),
    R(
        "fr",
        "referral",
        "2026-10-21",
        """
Je ne suis pas la bonne personne. Essayez plutôt legal@ferronnerie-kieffer.lu

Cordialement
T. Kieffer"""
        + _DISC_LU,
        T("bre2", "t.kieffer@ferronnerie-kieffer.lu", "2026-10-21", "outlook_fr", "17:05"),
        referral=(None, "legal@ferronnerie-kieffer.lu"),
    ),
    R(
        "fr",
        "referral",
        "2026-02-11",
        """
Bonjour Monsieur,

La gestion des bâtiments scolaires relève du Service des écoles de la Ville, pas de la direction d'établissement. Nous n'avons aucune compétence pour commander des travaux.

Meilleures salutations,
Direction de l'École primaire des Pâquis
Genève"""
        + _DISC_CH,
        T("son1", "ecole.paquis@edu.ge.ch", "2026-02-11", "outlook_fr", "10:17"),
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        "2026-06-10",
        """
Bonjour Monsieur,

Merci de transférer votre offre à Mme Anne Lambotte, notre conseillère en prévention : anne.lambotte@institut-saintemarie.be. C'est elle qui suit le bien-être au travail et les plaintes sur le bruit au réfectoire.

Cordialement,
Bernard Thiry
Économe – Institut Sainte-Marie, Jambes"""
        + _DISC_BE,
        T("son2", "b.thiry@institut-saintemarie.be", "2026-06-10", "gmail_fr", "12:03"),
        referral=("Anne Lambotte", "anne.lambotte@institut-saintemarie.be"),
    ),
    R(
        "en",
        "referral",
        "2026-04-29",
        """
Hi Daniel,

I'm in sales ops, you want our finance director Mr Tan Boon Huat (boonhuat.tan@kwongleefoods.com.sg). I've cc'd him.

Best,
Samantha Lee
Kwong Lee Foods Pte Ltd"""
        + _DISC_SG,
        T("inv1", "samantha.lee@kwongleefoods.com.sg", "2026-04-29", "outlook_en", "16:20"),
        referral=("Tan Boon Huat", "boonhuat.tan@kwongleefoods.com.sg"),
    ),
    R(
        "en",
        "referral",
        "2026-09-09",
        """
Thanks for your email.

Grace Tuhiwai has left Kōwhai Timber. Mere Tane (mere.tane@kowhaitimber.co.nz) has taken over her role and will be happy to help.

This is an automated message.""",
        referral=("Mere Tane", "mere.tane@kowhaitimber.co.nz"),
    ),
    R(
        "en",
        "referral",
        "2026-01-28",
        """
Wrong person I'm afraid, I'm in marketing. Good luck!

Orla""",
        T("inv2", "orla.kennedy@westportfoods.ie", "2026-01-28", "gmail_en", "12:46"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2026-06-24",
        """
Hey Jake, swag goes through our People team, not me. Try Priya at priya.raman@northloop.ca, she'll know if there's budget.

Cheers
Dev"""
        + _DISC_CA,
        T("swg1", "dev.sharma@northloop.ca", "2026-06-24", "gmail_us", "09:12"),
        referral=("Priya", "priya.raman@northloop.ca"),
    ),
    R(
        "en",
        "referral",
        "2026-04-22",
        """
I'd speak to our facilities manager, Gareth Hughes. He's in Monday to Thursday on 01633 448 210.

Rhian Morgan
Reception, Usk Valley Cold Storage, Newport""",
        T("sky2", "reception@uskvalleycold.co.uk", "2026-04-22", "outlook_en", "14:14"),
        referral=("Gareth Hughes", None),
    ),
    R(
        "en",
        "referral",
        "2026-07-29",
        """
Dear Sender,

Please note that Mr. Otieno is no longer with Savannah Towers Ltd. Kindly redirect your email to procurement@savannahtowers.co.ke for any business enquiries.

Thank you.""",
        referral=(None, "procurement@savannahtowers.co.ke"),
    ),
    R(
        "en",
        "referral",
        "2026-03-25",
        """
Mate, I'm the accountant. Roofs are Darren's problem – darren.kelly@goldfieldslogistics.com.au

Steve""",
        T("sky1", "steve.walsh@goldfieldslogistics.com.au", "2026-03-25", "apple_en", "15:15"),
        referral=("Darren", "darren.kelly@goldfieldslogistics.com.au"),
    ),
    R(
        "en",
        "referral",
        "2026-05-27",
        """
Office stuff is all handled by our landlord's facilities team, not us. Sorry!

Ellie""",
        T("lea2", "ellie@smallbatchstudio.co.uk", "2026-05-27", "gmail_en", "10:58"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2026-09-09",
        """
Hi Sophie,

I have forwarded your email to our Office Manager, Ms Nur Aisyah (aisyah@tembusu-capital.sg), who will revert accordingly.

Regards,
Jasmine Ong"""
        + _DISC_SG,
        T("lea2", "jasmine.ong@tembusu-capital.sg", "2026-09-09", "outlook_en", "11:30"),
        referral=("Nur Aisyah", "aisyah@tembusu-capital.sg"),
    ),
    R(
        "en",
        "referral",
        "2026-11-18",
        """
Thanks – our IP is handled by our general counsel, Marcus Webb. marcus.webb@fenwickrobotics.co.uk

Oliver"""
        + _DISC_UK,
        T("kit2", "oliver.brennan@fenwickrobotics.co.uk", "2026-11-18", "outlook_en", "09:05"),
        referral=("Marcus Webb", "marcus.webb@fenwickrobotics.co.uk"),
    ),
    R(
        "en",
        "referral",
        "2026-10-28",
        """
Hi Fiona, you'd be better off talking to my co-founder, she's the one with the brand plans. I just do the tech side.

Conor
Conor Byrne, CTO, Shelfwise Ltd, Galway""",
        T("kit1", "conor@shelfwise.ie", "2026-10-28", "gmail_en", "22:40"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2026-06-03",
        """
Not for me, we're a quiet little accounting office. But my brother-in-law runs a restaurant in Somerville that's painfully loud, I'll forward him your email.

Linda Kowalski, CPA
Kowalski Tax & Advisory"""
        + _DISC_US,
        T("qui1", "linda@kowalskitax.com", "2026-06-03", "outlook_us", "13:02"),
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        "2026-12-01",
        """
Jean-Marc Weber is no longer with Arcadia Fund Services. Please contact reception@arcadiafs.lu for any matter previously handled by him.

This is an automatic reply.""",
        referral=(None, "reception@arcadiafs.lu"),
    ),
]

# --------------------------------------------------------------------------- other (13 fr, 12 en)

OTHER = [
    R(
        "fr",
        "other",
        "2026-10-14",
        """
Votre message

  À : Gilles Perrin
  Objet : Facture électronique : êtes-vous prêt pour la réception obligatoire ?
  Envoyé : mercredi 14 octobre 2026 09:07

a été lu le mercredi 14 octobre 2026 11:48.""",
    ),
    R(
        "fr",
        "other",
        "2026-03-04",
        """
Bonjour,

Votre demande a bien été enregistrée sous le numéro #INC-204518.
Notre service client vous répondra sous 48 heures ouvrées.

Merci de ne pas répondre à ce message, cette boîte n'est pas consultée.

L'équipe Support – Imprimeries Réunies du Centre""",
    ),
    R(
        "fr",
        "other",
        "2026-05-06",
        """
Bonjour,

Qui êtes-vous exactement, et où avez-vous eu mon adresse ? Je ne me souviens pas vous avoir rien demandé.

F. Delorme""",
        T("fac1", "francois.delorme@delorme-freres.fr", "2026-05-06", "outlook_fr", "09:03"),
    ),
    R(
        "fr",
        "other",
        "2026-07-08",
        """
Merci d'utiliser désormais mon adresse pro : j.lefort@atelier-lefort.fr, celle-ci (orange) va fermer à la fin du mois.

Jérôme Lefort""",
        T("est2", "jerome.lefort@orange.fr", "2026-07-08", "gmail_fr", "08:37"),
    ),
    R(
        "fr",
        "other",
        "2026-09-30",
        """
Bonjour,

Pour info vos mails arrivent directement dans mes indésirables, je suis tombé sur celui-ci par hasard en cherchant une facture. Vous devriez faire vérifier votre SPF/DKIM par votre informaticien.

Cordialement,
Ludovic Marty
Responsable informatique – Marty Agencement, Riom""",
        T("aer2", "l.marty@marty-agencement.fr", "2026-09-30", "outlook_fr", "14:21"),
    ),
    R(
        "fr",
        "other",
        "2026-04-15",
        """
Bonjour Mathilde,

Merci de retirer ma collègue Amandine de la copie, elle a changé de service et n'est plus concernée par ces sujets.

Bonne journée,
Valentin Roche
Services généraux – Groupe Chevalier Immobilier, Bordeaux"""
        + _DISC_FR,
        T("can2", "v.roche@chevalier-immo.fr", "2026-04-15", "outlook_fr", "10:48"),
    ),
    R(
        "fr",
        "other",
        "2026-01-14",
        """
Bonjour, c'est une erreur ? Vous m'appelez « Nathalie » dans votre message mais je m'appelle Nadège 😅

Nadège""",
        T("est1", "nadege.petit@cabinet-petit.fr", "2026-01-14", "iphone_fr", "19:55"),
    ),
    R(
        "fr",
        "other",
        "2026-08-26",
        """
Bonjour,

Conformément à l'article 15 du RGPD, je vous remercie de m'indiquer quelles données personnelles vous détenez me concernant, leur source et la durée de conservation prévue. Vous disposez d'un mois pour me répondre.

Cordialement,
Maître Hélène Vigier
Avocate au Barreau de Clermont-Ferrand"""
        + _DISC_FR,
        T("aer1", "h.vigier@vigier-avocat.fr", "2026-08-26", "outlook_fr", "16:02"),
    ),
    R(
        "fr",
        "other",
        "2026-11-04",
        """
Je vous ai déjà répondu la semaine dernière, vous n'avez pas reçu mon mail ? Je vous le renvoie en pièce jointe.

Corinne Lafitte""",
        T("can2", "corinne@lafitte-notaires.fr", "2026-11-04", "gmail_fr", "12:12"),
    ),
    R(
        "fr",
        "other",
        "2026-07-22",
        """
Bonjour,

J'ai reçu deux fois le même message, à deux adresses différentes (contact@ et la mienne). Vous pouvez n'utiliser que celle-ci à l'avenir.

Cordialement,
Mehdi Bouzid
Gérant – Saveurs du Sahel SARL, Strasbourg""",
        T("bre1", "m.bouzid@saveurs-sahel.fr", "2026-07-22", "outlook_fr", "09:44"),
    ),
    R(
        "fr",
        "other",
        "2026-02-25",
        """
Accusé de réception automatique

Votre courriel a bien été reçu par le secrétariat de la Brasserie de la Place du Marché. Nous le traiterons dans les meilleurs délais.

Brasserie de la Place du Marché – Carouge
+41 22 342 18 06""",
    ),
    R(
        "fr",
        "other",
        "2026-06-17",
        """
lol Arnaud c est bien toi ?? C est Kevin, BTS Bâtiment à Saint-Nazaire 2012 !! Trop drole de te retrouver en commercial 😂 tu deviens quoi ?""",
        T("son1", "kevin.m44@gmail.com", "2026-06-17", "android_fr", "21:18"),
    ),
    R(
        "fr",
        "other",
        "2026-12-01",
        """
Bonjour,
Je ne lis pas l'anglais. Pouvez-vous m'écrire en français s'il vous plait ?
Merci
Ahmed Ben Youssef – Pâtisserie El Walima, Tunis""",
        T("kit1", "contact@elwalima.tn", "2026-12-01", "outlook_en", "10:25"),
    ),
    R(
        "en",
        "other",
        "2026-09-16",
        """
Your message

  To: Siew Ling Chan
  Subject: Peppol e-invoicing – free readiness check
  Sent: Wednesday, 16 September 2026 9:07 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Wednesday, 16 September 2026 2:33 PM (UTC+08:00) Kuala Lumpur, Singapore.""",
    ),
    R(
        "en",
        "other",
        "2026-02-18",
        """
Thank you for contacting Brazos Robotics Support.

Your request (#384112) has been received and is being reviewed by our support staff. To add additional comments, reply to this email.

This is an automated message – please do not change the subject line.""",
    ),
    R(
        "en",
        "other",
        "2026-11-25",
        """
Who is this? How did you get my email address?"""
        + _IPHONE_EN,
        T("sky1", "karen.mbugua@gmail.com", "2026-11-25", "gmail_en", "20:04"),
    ),
    R(
        "en",
        "other",
        "2026-05-20",
        """
Please use my work address from now on, james.okafor@okaforlaw.co.uk – this one's personal and I barely check it.

James""",
        T("kit2", "jokafor77@hotmail.com", "2026-05-20", "gmail_en", "07:19"),
    ),
    R(
        "en",
        "other",
        "2026-03-04",
        """
FYI your emails are landing straight in our quarantine folder. Only found this one while hunting for a supplier invoice. Might want to check your sending domain.

Tom Reilly
IT Manager, Reilly Freight Ltd, Waterford"""
        + _DISC_EN,
        T("inv2", "tom.reilly@reillyfreight.ie", "2026-03-04", "outlook_en", "11:02"),
    ),
    R(
        "en",
        "other",
        "2026-10-28",
        """
Can you take Rachel off the cc please, she's moved to the Sydney office and isn't involved anymore.

Cheers,
Mark""",
        T("qui2", "mark.hollis@hollisdesign.com.au", "2026-10-28", "gmail_en", "09:36"),
    ),
    R(
        "en",
        "other",
        "2026-07-01",
        """
Did you mean to send this to me? It says "Hi Tom" but I'm Sam, and we're a vet clinic, not a brewery.""",
        T("swg1", "sam@westsidevets.co.uk", "2026-07-01", "gmail_en", "13:27"),
    ),
    R(
        "en",
        "other",
        "2026-04-01",
        "Sent from my iPhone",
        T("lea1", "ben.harris@harrisarchitects.co.uk", "2026-04-01", "apple_en", "18:50"),
    ),
    R(
        "en",
        "other",
        "2026-08-05",
        """
Hi Fiona, I think I unsubscribed from your list by mistake last week when clearing my inbox – am I still on it? I do want the IP updates.

Thanks,
Gemma Price
Fernhill Skincare""",
        T("kit1", "gemma.price@fernhillskincare.co.uk", "2026-08-05", "gmail_en", "10:52"),
    ),
    R(
        "en",
        "other",
        "2026-01-07",
        """
Please note we've changed our name from Bayside Dental to Harbourview Dental as of 1 January. Could you update your records.

Reception
Harbourview Dental, Wellington"""
        + _DISC_NZ,
        T("lea2", "reception@baysidedental.co.nz", "2026-01-07", "outlook_en", "08:45"),
    ),
    R(
        "en",
        "other",
        "2026-09-02",
        """
Hi, sorry, I don't read French – is there an English version of this?

Rob
Rob Hendricks, Ops, Hendricks Cold Storage (Vancouver)""",
        T("est1", "rob@hendrickscold.ca", "2026-09-02", "outlook_qc", "15:31"),
    ),
    R(
        "en",
        "other",
        "2026-06-10",
        """
Hi,

I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once.

https://www.spamarrest.com/verify?id=8k2Qx7LpTz

Thank you,
Bill Novak

This is an automated message sent by Spam Arrest on behalf of bill@novakplumbing.com.""",
    ),
]

# --------------------------------------------------------------------------- quote_request (12 fr, 13 en)

QUOTE = [
    R(
        "fr",
        "quote_request",
        "2026-06-03",
        """
Bonjour,

Combien pour 2 sociétés (holding + exploitation), environ 300 factures fournisseurs et 150 factures clients par mois, sous Sage 100 ? Envoyez-moi un devis, je le présenterai au comité de direction du 20.

Cordialement,
Isabelle Garnier
Directrice administrative et financière
Garnier Vins & Spiritueux – Beaune"""
        + _DISC_FR,
        T("fac1", "i.garnier@garnier-vins.fr", "2026-06-03", "outlook_fr", "11:09"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-09-09",
        """
Pouvez-vous me faire une offre pour l'émission Peppol d'environ 80 factures/mois ? On est sur BOB 50, une seule entité.

Merci
Luc Gérard – Gérard Chauffage SRL, Ottignies""",
        T("fac2", "luc@gerard-chauffage.be", "2026-09-09", "gmail_fr", "18:34"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-10-07",
        """
Devis svp : 150 gourdes isothermes gravées + 150 carnets A5, logo 1 couleur, livraison début décembre à Roubaix. Budget max 25 € HT par kit.

Merci !
Camille Vandamme
Office manager – Textilia Roubaix""",
        T("est1", "c.vandamme@textilia.fr", "2026-10-07", "gmail_fr", "10:19"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-11-11",
        """
Bonjour,

Pouvez-vous m'envoyer une soumission pour 85 coffrets gourmands livrés individuellement partout au Québec ? Budget d'environ 60 $ par personne, livraison avant le 18 décembre.

Merci,
Caroline Lévesque
Adjointe à la direction
Cabinet Lévesque Notaires, Rimouski"""
        + _DISC_QC,
        T("est2", "clevesque@levesquenotaires.ca", "2026-11-11", "outlook_qc", "09:29"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-04-22",
        """
Bonjour,

J'ai besoin d'un devis pour l'inspection thermique d'environ 4 000 m² de panneaux solaires sur nos bâtiments d'élevage à Riom. Deux onduleurs décrochent depuis le printemps.

Cordialement,
Jean-Luc Pradier
GAEC des Combrailles""",
        T("aer1", "gaec.combrailles@wanadoo.fr", "2026-04-22", "outlook_fr", "20:40"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-08-12",
        """
Bonjour,

Combien coûterait l'inspection de nos 3 cheminées (45 m de haut) sur le site de Bassa ? Merci de nous adresser une offre technique et financière avant fin août, nous bouclons le budget maintenance.

Salutations distinguées,
Ing. Hervé Fotso
Directeur Usine
Huileries du Mungo SA – Douala""",
        T("aer2", "h.fotso@huileries-mungo.cm", "2026-08-12", "outlook_fr", "08:06"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-02-04",
        """
Bonjour,

Quel serait le tarif mensuel pour une vingtaine de plantes réparties sur deux étages (environ 400 m²), entretien compris ? Nous aimerions recevoir une offre chiffrée.

Cordialement,
Nathalie Wagner
Responsable RH
Banque Privée Ardennes S.A., Luxembourg"""
        + _DISC_LU,
        T("can1", "nathalie.wagner@bpardennes.lu", "2026-02-04", "owa_fr", "15:17"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-01-28",
        """
Combien pour déposer notre marque en France + UE, classes 30 et 32 ? Logo + nom.

Audrey Schaeffer
Les Confitures de Mémé Alsace""",
        T("bre1", "audrey@confitures-meme.fr", "2026-01-28", "gmail_fr", "13:58"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-09-23",
        """
Bonjour,

Merci de nous transmettre une cotation pour le dépôt OAPI de deux marques (classes 3 et 5), nom et logo. Nous avons déjà fait notre recherche d'antériorité en interne.

Cordialement,
Awa Diabaté
Assistante juridique
Laboratoires Phyto-Lagune – Abidjan""",
        T("bre2", "a.diabate@phytolagune.ci", "2026-09-23", "outlook_fr", "11:46"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-04-01",
        """
Bonjour,

On a déjà fait mesurer par un bureau d'études (TR = 1,9 s à 500 Hz, rapport dispo). Il nous faut juste un devis pour traiter une salle de restaurant de 180 m², hauteur 4 m, plafond béton. Plan en PJ.

Merci,
Grégoire Bodin
Gérant – Le Comptoir de l'Erdre, Nantes""",
        T("son2", "gregoire@comptoir-erdre.fr", "2026-04-01", "outlook_fr", "14:08"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-07-01",
        """
Bonjour,

Pourriez-vous nous faire une offre pour 6 îlots acoustiques suspendus dans notre open space (env. 120 m²), avant qu'on se voie ? J'ai besoin d'un ordre de grandeur pour mon budget.

Merci et meilleures salutations,
Stéphanie Baud
Responsable administrative – Baud Ingénierie SA, Carouge"""
        + _DISC_CH,
        T("son1", "s.baud@baud-ingenierie.ch", "2026-07-01", "outlook_fr", "10:53"),
    ),
    R(
        "fr",
        "quote_request",
        "2026-10-14",
        """
Bonjour Jake, désolé pour le français. Pouvez-vous m'envoyer un prix pour 250 tuques brodées (logo 2 couleurs), livrées à Montréal avant le 15 décembre?

Merci!
Francis Ouellet
Coordonnateur marketing, Brasserie Dieu du Nord""",
        T("swg1", "fouellet@dieudunord.ca", "2026-10-14", "gmail_us", "16:12"),
    ),
    R(
        "en",
        "quote_request",
        "2026-02-25",
        """
Hi Daniel,

What would it cost for ~1,200 invoices a month in and out, on NetSuite, with 2 entities (Singapore and Malaysia)?

Thanks,
Raymond Lim
Regional Controller, Meranti Components"""
        + _DISC_SG,
        T("inv1", "raymond.lim@meranticomponents.com", "2026-02-25", "outlook_en", "09:48"),
    ),
    R(
        "en",
        "quote_request",
        "2026-07-15",
        """
Can you send through pricing for us? Xero, ~400 AR invoices a month, nearly all to state government agencies.

Cheers
Mel
Melissa Grant | Grant Traffic Management | Brisbane"""
        + _DISC_AU,
        T("inv2", "mel@granttraffic.com.au", "2026-07-15", "outlook_en", "13:26"),
    ),
    R(
        "en",
        "quote_request",
        "2026-05-13",
        "Comments inline.\n\nAnna\nAnna Kowalczyk | Finance Lead | Harbourside Medical Ltd, Auckland" + _DISC_NZ,
        inline(
            "inv1",
            "anna.k@harboursidemedical.co.nz",
            "2026-05-13",
            "en",
            [
                (
                    "with a fixed quote if you want one.",
                    "<< Skip the check, we know what's broken. Just quote us for 2 entities on Xero please, ~300 "
                    "invoices a month. >>",
                ),
            ],
        ),
    ),
    R(
        "en",
        "quote_request",
        "2026-09-30",
        """
Need a quote for 300 hoodies + 300 bottles for our Denver offsite in March. Two-colour logo, mixed sizes. Can you do it by Feb 15?

Jenna Alvarez
Workplace Experience, Cobalt Payments"""
        + _DISC_US,
        T("swg2", "jenna.alvarez@cobaltpayments.com", "2026-09-30", "outlook_us", "10:05"),
    ),
    R(
        "en",
        "quote_request",
        "2026-03-11",
        """
Could you price 40 welcome boxes a month for new hires, shipped to homes across Canada? Hoodie, bottle, notebook, something local to eat.

Thanks,
Aisha Rahman
People Ops, Tundra Health"""
        + _DISC_CA,
        T("swg1", "aisha@tundrahealth.ca", "2026-03-11", "gmail_us", "14:38"),
    ),
    R(
        "en",
        "quote_request",
        "2026-01-14",
        """
How much to survey the roof of a 6,000 sq m warehouse in Newport? Need it done before our insurance renewal.

Regards,
Mark Pritchard
Site Manager, Severnside Distribution"""
        + _DISC_UK,
        T("sky2", "mark.pritchard@severnside-dist.co.uk", "2026-01-14", "outlook_en", "07:30"),
    ),
    R(
        "en",
        "quote_request",
        "2026-06-24",
        """
Dear Bethan,

Kindly send us a quotation for inspection of 12 rooftop telecom sites in Mombasa and Kilifi. Site list attached.

Regards,
Hassan Abdalla
Procurement, Pwani Networks Ltd"""
        + _DISC_KE,
        T("sky1", "h.abdalla@pwaninetworks.co.ke", "2026-06-24", "outlook_en", "10:44"),
    ),
    R(
        "en",
        "quote_request",
        "2026-10-21",
        """
Hiya, what would it cost us for ~30 floor plants across 2 floors plus a moss wall in reception? Ballpark is fine for now.

Thanks!
Becky
Rebecca Shaw, Office Manager, Deansgate Digital""",
        T("lea1", "becky@deansgatedigital.co.uk", "2026-10-21", "gmail_en", "11:40"),
    ),
    R(
        "en",
        "quote_request",
        "2026-03-25",
        """
Can you send a proposal for our Ponsonby office? Approx 250m2, lots of natural light, 2 meeting rooms that need a bit of love.

Tama
Tama Rangi, Director, Kauri Creative"""
        + _DISC_NZ,
        T("lea2", "tama@kauricreative.co.nz", "2026-03-25", "outlook_en", "12:57"),
    ),
    R(
        "en",
        "quote_request",
        "2026-09-02",
        """
What would you charge to file TIDEWELL in the UK and EU, classes 9 and 42? Your search came back clean, thanks for that.

Tom""",
        T("kit2", "tom@tidewell.co.uk", "2026-09-02", "apple_en", "19:20"),
    ),
    R(
        "en",
        "quote_request",
        "2026-11-25",
        """
Please send your fee quote for registering our mark in Singapore, Malaysia and Indonesia (word mark, class 43).

Regards,
Daryl Ng
Director, Kopitiam Collective Pte Ltd"""
        + _DISC_SG,
        T("kit1", "daryl@kopitiamcollective.sg", "2026-11-25", "outlook_en", "17:45"),
    ),
    R(
        "en",
        "quote_request",
        "2026-05-27",
        """
Please quote for treating our gym hall (32 m x 18 m, 7 m ceiling, brick walls). Happy to send drawings.

Regards
Andrew Fitzgerald
Business Manager, Marist College Ashgrove QLD"""
        + _DISC_AU,
        T("qui1", "afitzgerald@maristashgrove.qld.edu.au", "2026-05-27", "outlook_en", "14:02"),
    ),
    R(
        "en",
        "quote_request",
        "2026-08-19",
        """
Skip the survey – we already have the RT60 numbers from our architect. How much for 20 ceiling baffles in a 2,400 sq ft dining room?

Priscilla
Oyster & Ash, Providence RI"""
        + _IPHONE_EN,
        T("qui2", "priscilla@oysterandash.com", "2026-08-19", "gmail_us", "22:10"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (13 fr, 12 en)

UNSUBSCRIBE = [
    R(
        "fr",
        "unsubscribe",
        "2026-11-18",
        "STOP",
        T("fac2", "compta@boulangerie-graux.fr", "2026-11-18", "gmail_fr", "07:41"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-05-27",
        """
Merci de me retirer de vos listes de diffusion.
Cdt

Alain Perrot
Perrot Menuiserie Aluminium – Dijon
03 80 41 22 67"""
        + _DISC_FR_VERT,
        T("fac1", "alain.perrot@perrot-alu.fr", "2026-05-27", "outlook_fr", "12:30"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-10-28",
        "non merci",
        T("est2", "v.leclercq@leclercq-assurances.be", "2026-10-28", "iphone_fr", "08:59"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-03-04",
        """
Pas intéressée, et merci de ne plus m'écrire.

Mélanie Dupuis
Responsable RH – Fonderie Dupuis, Valenciennes""",
        T("est1", "m.dupuis@fonderie-dupuis.fr", "2026-03-04", "outlook_fr", "17:12"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-01-07",
        """
Monsieur,

Je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, conformément à l'article 21 du RGPD. Merci de supprimer mon adresse de vos fichiers et de m'en confirmer la suppression.

Gilles Audigier
Audigier Couverture – Thiers""",
        T("aer1", "gilles.audigier@audigier-couverture.fr", "2026-01-07", "outlook_fr", "09:20"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-10-21",
        """
Bonjour,
C'est la troisième fois que je reçois votre message. Je ne veux plus en recevoir, c'est clair ?
Ernest Mbappé
Quincaillerie du Port – Douala""",
        T("aer2", "quincaillerieduport@yahoo.fr", "2026-10-21", "android_fr", "11:05"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-06-17",
        """
Bonjour,

Je me suis désabonnée via votre lien il y a un mois et je reçois encore vos relances. C'est la dernière fois que je le demande gentiment.

Agnès Ribeiro
Cabinet d'architecture Ribeiro, Mérignac""",
        T("can2", "agnes@ribeiro-archi.fr", "2026-06-17", "gmail_fr", "14:44"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-09-16",
        """
Bonjour,

Je n'ai jamais consenti à recevoir vos courriels. En vertu de la Loi canadienne anti-pourriel (LCAP), veuillez retirer mon adresse de vos listes immédiatement.

Daniel Bélanger, notaire
Bélanger & Fils Notaires, Lévis"""
        + _DISC_QC,
        T("can1", "dbelanger@belangernotaires.ca", "2026-09-16", "outlook_qc", "10:32"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-04-08",
        "désinscription\n\nEnvoyé de mon appareil Galaxy",
        T("bre2", "r.meyer@meyer-transports.fr", "2026-04-08", "android_fr", "19:02"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-11-18",
        """
Monsieur,

Inutile de me relancer, je ne donnerai pas suite. Merci de m'épargner les prochains envois.

Salutations
Kamel Riahi
Directeur – Riahi Carrelages, Sousse"""
        + _DISC_TN,
        T("bre1", "k.riahi@riahi-carrelages.tn", "2026-11-18", "outlook_fr", "08:11"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-02-18",
        """
stop""",
        T("son2", "Pierre-Yves Guillou <py.guillou@guillou-batiment.fr>", "2026-02-18", "iphone_fr", "06:47"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-08-05",
        """
Monsieur,

Je vous saurais gré de bien vouloir cesser vos sollicitations.

Salutations,
Dr Marc-Antoine Berthoud
Cabinet dentaire Berthoud, Nyon"""
        + _DISC_CH,
        T("son1", "cabinet@dr-berthoud.ch", "2026-08-05", "outlook_fr", "12:25"),
    ),
    R(
        "fr",
        "unsubscribe",
        "2026-04-29",
        """
Veuillez ne plus m'envoyer de courriels, merci.

Sylvain Thibodeau
Restaurant Chez Thibodeau, Gatineau""",
        T("qui2", "sylvain@chezthibodeau.ca", "2026-04-29", "outlook_en", "15:50"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-11-11",
        "Unsubscribe",
        T("inv2", "accounts@bayroadmotors.co.nz", "2026-11-11", "gmail_en", "09:14"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-06-03",
        """
Please remove me from your mailing list. I never consented to receiving these emails and under the PDPA you need consent for this.

Regards,
Vincent Chua"""
        + _DISC_SG,
        T("inv1", "vincent.chua@chuafamilyoffice.sg", "2026-06-03", "outlook_en", "10:01"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-11-04",
        "OPT OUT",
        T("swg2", "it@fraserlegal.com.au", "2026-11-04", "outlook_en", "08:33"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-02-04",
        """
No thanks, and please don't email me again.

Carla""",
        T("swg1", "carla.mendes@tidalwave.agency", "2026-02-04", "gmail_us", "12:18"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-08-26",
        "STOP" + _IPHONE_EN,
        T("sky2", "bryn@brynmawrhaulage.co.uk", "2026-08-26", "apple_en", "17:37"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-11-25",
        """
Mate, this is the 4th email. Take me off your list.

Wayne""",
        android_en("sky2", "wayne@kalgoorlieplant.com.au", "2026-11-25", "06:02", "GMT+08:00"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-07-08",
        """
not interested

Get Outlook for Android""",
        T("lea2", "j.fielding@fieldingsolicitors.co.uk", "2026-07-08", "outlook_en", "13:11"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-10-07",
        """
Please stop emailing me.

Ngā mihi,
Rawiri""",
        T("lea1", "rawiri@tekaupapa.org.nz", "2026-10-07", "gmail_en", "10:10"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-03-18",
        """
I object. Please delete my details.

S. Okonkwo
Okonkwo Ventures Ltd"""
        + _DISC_UK,
        T("kit2", "s.okonkwo@okonkwoventures.co.uk", "2026-03-18", "outlook_en", "11:24"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-09-23",
        """
Hi Fiona,

I unsubscribed from your emails back in May. Please honour that – this is the second one since.

Niamh Walsh
Walsh Architects, Kilkenny"""
        + _DISC_EN,
        T("kit1", "niamh@walsharchitects.ie", "2026-09-23", "outlook_en", "16:48"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-01-21",
        """
Kindly don't follow up on this again. Thanks.

R. Delgado
Delgado Family Dental, San Antonio TX"""
        + _DISC_US,
        T("qui2", "office@delgadodental.com", "2026-01-21", "outlook_us", "09:56"),
    ),
    R(
        "en",
        "unsubscribe",
        "2026-07-29",
        """
Dear Mr Hartmann,

Please remove me from your distribution list. Thank you.

Kind regards,
Edward Hale
Managing Partner
Hale & Lindqvist Family Office S.A.
Luxembourg"""
        + _DISC_LU,
        T("bre2", "e.hale@halelindqvist.lu", "2026-07-29", "outlook_fr", "10:37"),
    ),
]

# --------------------------------------------------------------------------- out_of_office (8 fr, 9 en)

OUT_OF_OFFICE = [
    R(
        "fr",
        "out_of_office",
        "2026-10-21",
        """
Bonjour,

Je suis absente du bureau jusqu'au mardi 3 novembre inclus, avec un accès très limité à ma messagerie.
En cas d'urgence, vous pouvez contacter Marie Dubois : m.dubois@dubois-freres-transports.fr ou au 02 47 55 18 30.

Cordialement,
Hélène Garnier""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-03-25",
        """
Bonjour,

Je suis actuellement en congé maternité. Vos messages ne seront pas transférés ; pour toute question urgente, merci d'écrire à l'adresse générale de l'agence.

À bientôt,
Émilie""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-12-01",
        """
Bonjour,

Je suis présentement à l'extérieur du bureau et serai de retour le lundi 11 janvier 2027. Pour toute urgence, veuillez communiquer avec Mme Line Gagné au 418 555-0190, poste 204.

Joyeuses Fêtes!

Hello, I am currently out of the office and will return on Monday, January 11, 2027.""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-07-15",
        """
Bonjour, je suis absent jusqu'au 7 août. Pour toute demande urgente concernant la comptabilité, merci de contacter comptabilite@vanhecke-sa.be.

Goeiedag, ik ben afwezig tot 7 augustus. Voor dringende vragen kunt u contact opnemen met comptabilite@vanhecke-sa.be.

Bruno Vanhecke""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-03-11",
        """
Bonjour,

Je suis en mission à Yaoundé sans accès régulier à mes e-mails jusqu'au 20 mars. Je vous répondrai à mon retour.

Merci de votre compréhension.
Arlette Mballa""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-08-19",
        """
Absent pour congé annuel. Retour le 1er septembre.""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-11-04",
        """
Réponse automatique : Merci pour votre message. Je suis en formation jusqu'au vendredi 13 novembre et ne disposerai que d'un accès limité à ma messagerie. Je vous répondrai dès mon retour.

Meilleures salutations,
Yves Décosterd
Responsable technique – Gérance Décosterd SA, Yverdon-les-Bains""",
    ),
    R(
        "fr",
        "out_of_office",
        "2026-05-20",
        """
Bonjour,

Je suis actuellement en déplacement. Je prendrai connaissance de votre message dès que possible.

Cordialement,
Kouamé Yao
Directeur Commercial – Ivoire Emballages SA""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-10-28",
        """
Hi,

I'm out of the office with no access to email, returning Monday 2 November. For anything urgent please contact my colleague Aidan on aidan.foley@foleyhaulage.ie or 021 450 7782.

Thanks,
Siobhan""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-10-14",
        """
Thank you for your email. I am on PTO through Friday 10/23 and will respond upon my return.

Best,
Kayla Brooks""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-12-01",
        """
Hi there,

I'm on annual leave until 19 January. Merry Christmas and happy holidays! For anything urgent please call the office on (08) 9355 4120.

Cheers,
Josh""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-02-11",
        """
Thank you for your email. I am currently on medical leave and will reply when I am back. For urgent matters, please email admin@lionrockaccounting.sg.

Regards,
Cheryl Tan""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-07-01",
        """
Dear Sender,

I am out of office attending the East Africa Com conference in Kigali from 6th to 10th July with limited access to email. For urgent matters, kindly contact my assistant Mary Wanjiku on mary.wanjiku@kilimatelecom.co.ke.

Regards,
Peter Omondi""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-01-21",
        """
I'm on parental leave until the end of March and won't be checking emails. Your message won't be forwarded – for studio enquiries please use hello@hollowpinegames.co.uk.

Rosie""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-04-15",
        """
Kia ora,

I'm away on leave, back Monday 27 April. Ngā mihi.

Hemi""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-09-02",
        """
I am out of the office until September 8 with limited access to email. For urgent matters, please contact Jean-François Roy at jf.roy@tundrahealth.ca.

Je suis absente du bureau jusqu'au 8 septembre et j'aurai un accès limité à mes courriels. Pour toute urgence, veuillez communiquer avec Jean-François Roy à jf.roy@tundrahealth.ca.

Aisha Rahman""",
    ),
    R(
        "en",
        "out_of_office",
        "2026-06-10",
        """
Automatic reply: Thanks for your message. I'm travelling with intermittent access to email until 12 June and will get back to you as soon as I can.

Oliver Brennan
Finance Director, Fenwick Robotics Ltd""",
    ),
]

# --------------------------------------------------------------------------- the split, in a fixed shuffled order

CASES: list[dict[str, Any]] = [
    *NOT_NOW,
    *NOT_INTERESTED,
    *MEETING,
    *INFORMATION,
    *INTERESTED,
    *REFERRAL,
    *OTHER,
    *QUOTE,
    *UNSUBSCRIBE,
    *OUT_OF_OFFICE,
]
random.Random(20261201).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout13", CASES, sys.argv)
