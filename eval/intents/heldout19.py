"""A nineteenth held-out split, `heldout19`: 200 replies written by a helper session blind to the rules, to the
learnt model and to every other split's replies. The author never opened, grepped nor listed anything under workers/,
tests/, bench/ nor sql/, no other split's replies nor eval/intents/cases.json, and not eval/intents/README.md. It read
common.py (whole); /work/shared/INTELLIGENCE.md through a grep for "intent" (which printed six lines: its opening
and lines of its pipeline, intent, routing and dashboard sections) and a print of its lines 25-75 (the end of its
pipeline section, the intent section with the ten classes, the routing / human-in-the-loop section and the dashboard
paragraph); rules R8 and R15 of
/work/shared/BEHAVIOUR.md (a grep for "R8" / "R15" printed their first lines, then an awk print of those two rules and
nothing else); heldout11.py lines 1-160 (its docstring and labelling convention, the file's shape, how its senders
and signatures are declared, the first line of its MAILS table) and its last 25 lines (the closing lines of its last
case, a date and a prospect's address with no reply text, then the CASES list, the seeded shuffle and the
`if __name__ == "__main__":` call to write_split); the first 60 lines of heldout12.py to heldout18.py (their
docstrings only: for heldout12-15 the print ends inside the labelling convention, for heldout16-18 inside the
provenance and sender paragraphs), for the senders and sectors already used; and
pyproject.toml's ruff settings (a grep printed lines 60-101, so also its [tool.mypy] and [tool.pytest] tables).
heldout8.py to heldout10.py were not read at all, so their senders could not be checked; the six senders below are
new against heldout11-18. A directory listing of eval/intents/ showed the other files' names, nothing of their
content. No classifier, no evaluation, no pytest, no git command and no `relance` command was run; the only things
run were this file itself (`python heldout19.py /tmp/h19`, to count its cases per class and per language, list its
not_now dates and referrals and read four of its rendered threads), ruff (check and format on this file), a small
script that put this docstring in place, and one-line Python checks of weekdays. Not part of cases.json.
Measured once blind (2026-12-03, no LLM, main at 1e0144a, the learnt model trained on cases.json): macro-F1 0.842,
accuracy 0.860, interested recall 0.350 (7/20), unsubscribe precision and recall 1.000, not_now dates 18/21, referral
names 19/20 and addresses 18/20, 3.0 % to an LLM; rules alone 0.705. The code of the session's start (e684f8a): the
same 0.842. Then read, and its misses mended in general forms (offers taken up: the free deliverable asked for, the
bill handed over; declines by deed; solicitations redirected to an address; a colleague taken off the copy; inline
answers under a note's sign-off): 0.951 (flattered from then on: read). Held-out splits moved with it, none down.

Prospects of six senders nobody used in heldout11-18, each with a French and an English brand, answering a first
email or a follow-up (a follow-up quotes the first email under it, a week older):
- Accessia Conseil (Paris, Brussels, Montréal) and Levelway Access Audits (Bristol, Edinburgh, Melbourne),
  accessibility audits of premises and websites (ERP / Ad'AP, Equality Act, AS 1428) with a free desk pre-check from
  plans and photos and an optional on-site audit; footers: "Répondez STOP", and an unsubscribe link;
- Wattcourtier (Lyon, Geneva, Luxembourg, Casablanca) and Gridwise Energy Brokers (Manchester, Dublin, Johannesburg),
  business electricity and gas brokers paid by the chosen supplier, with a free bill comparison in 48 h; footers: a
  RGPD notice ("répondez « SUPPRIMER »" or write to vieprivee@), and "Reply CANCEL";
- Inspecta Rack (Lille, Namur, Tangier) and Rackguard Inspections (Birmingham, Belfast, Brisbane), pallet-racking
  safety inspections (EN 15635, SEMA, AS 4084) with a free first visit (one aisle in an hour); footers: none at all,
  and "Reply STOP";
- Avisia Réputation (Bordeaux, Lausanne, Monaco, Abidjan) and Starboard Reviews (London, Toronto, Singapore), online
  review management with a free reputation report against five competitors; footers: a preferences / unsubscribe
  link, and "Not relevant? Reply NOPE";
- Allô Relais (Marseille, Brussels, Québec) and Answerly Reception (Glasgow, Auckland, Cape Town), outsourced
  receptionists and call answering with a free two-week trial; footers: "Répondez simplement NON", and a UK GDPR / NZ
  Privacy Act / POPIA legitimate-interests notice ("Reply OPT-OUT or write to privacy@");
- Reboot Parc (Nantes, Brussels, Dakar) and Second Byte Refurbished IT (Dublin, Pune, Auckland), buy-back of old
  company computers with certified wiping and leasing of refurbished laptops, with a free buy-back valuation from an
  inventory and two loan laptops for a month; footers: a RGPD legitimate-interest notice naming a dpo@ address (no
  word to reply), and "Reply REMOVE".
The prospects run from sole traders to large groups and public bodies: plumbers, joiners, roofers, electricians, a
hairdresser, barbers, butchers, bakeries, cafés, pubs, restaurants, hotels, a wine cellar, florists, a climbing gym,
dentists, GPs, physios, osteopaths, vets, opticians, pharmacies, nursing homes, a crèche, schools, an arts centre, a
funeral director, notaries, law, accounting, architecture and fiduciary firms, a private bank, a regional bank, an
insurer, estate agents, warehouses, cold stores, hauliers, distributors, factories (packaging, plastics, precision
parts, textiles, pharma, spices), a microfinance network, communes, a county council, city councils, mairies, a
hospital and NHS practices, in France, Belgium, Switzerland, Québec, Luxembourg, Monaco, Morocco, Senegal, Côte
d'Ivoire, the UK (England, Scotland, Northern Ireland), Ireland, the US, Canada, Australia, New Zealand, Singapore,
India and South Africa: 100 replies in French and 100 in English (`lang` is the language of the prospect's new text,
which is sometimes not the thread's). Written as people write: typos, missing accents, SMS style, dictated mail
without punctuation, Québécois, Belgian, Swiss, Irish, Scottish, Indian, Singaporean, Australian, New Zealand and
South African turns of phrase, one-liners above Outlook / OWA / Gmail / Apple Mail / Android / iPhone threads whose
quoted part carries words of other classes (rendez-vous, appel, STOP, SUPPRIMER, NON, désabonner, unsubscribe, CANCEL,
REMOVE, call, the right person), inline answers inside the quote, forwarded mail with a colleague's note, two intents
in one reply, sarcasm, polite declines, hedged interest, price questions in general vs for the prospect's own case vs
requests for a call, opt-outs by the footer's own word ("NON", "stop", "SUPPRIMER svp", "Nope.", "CANCEL", "Stop.",
"Remove pls", "opt out"), by law (RGPD art. 21, LCAP, Morocco's loi 09-08, POPIA s. 69, Australia's Spam Act 2003)
or by complaint (a third request, a link that did not work), and look-alikes that are not opt-outs ("Non merci",
"No thanks", "Nah" to a sender whose footer asks for another word, "Non non, pas de souci pour la relance" above a
yes, "Stop by Thursday arvo", "we had to cancel our last broker contract", "no calls please", a GDPR access request,
"retirez Sandrine de la copie" / "take Jenny off the cc", mails landing in spam or junk, "I unsubscribed by
accident", a company renamed), autoresponders in both languages with and without return dates and stand-ins, an
automatic "no longer with us, write to" notice, ticket acknowledgements, a read receipt, a full-mailbox bounce,
signatures with titles, phones and disclaimers, "Envoyé de mon iPhone", "Get Outlook for iOS".

Labelling convention: heldout11's, exactly (which is heldout10's and heldout9's), as a human adviser would read the
prospect's NEW text (quoted history never counts): "wrong person" / "I left the company" with nobody named is
`referral` with name and address null, as /work/shared/INTELLIGENCE.md defines the class.
(The rules themselves are written once, in heldout11.py's docstring; this file follows them without restating them.)
Applied to these senders' offers: accepting the free desk pre-check, the free bill comparison (sending the bills for
it included), the free reputation report, the free two-week trial, or the buy-back valuation / inventory template /
loan laptops is `interested`; accepting or asking for the free racking inspection visit, an on-site access audit
visit or a visit to see the old equipment is `meeting_request` (a site survey or visit), as is any call asked for or
accepted. A price, offer, devis, soumission, cotation or fee proposal for the prospect's own sites, lines, clinics
or laptops is `quote_request`; how fees work in general (commission, flat fee or per call, contract length) is
`information_request`. Choices where the convention needed reading: "dans trois semaines" is 21 days after `sent` (as
"a fortnight" is 14); "pas avant fin janvier" is "not before the end of January" (1 February); a director's note
forwarded by his assistant under "voir la réponse de notre directeur ci-dessous" is read as the prospect's answer;
"I've left X - please remove this address from your list" is `unsubscribe` (an opt-out outranks the referral); a
dictated "declan at byrnebros dot ie" is labelled with the address it spells; "je transfère à mon collègue X (en
copie)" gives a name and no address. Each case's `sent` is the date of the sender's email it answers (the quoted one;
for replies without a quote, the email it answers), and not_now dates count from it.

`python heldout19.py DIR` writes DIR/cases.json (split name `heldout5`, so that the evaluator takes it; ids
`heldout19-NNN`, in a fixed shuffled order). `common` is imported from this file's own directory."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import C, block, write_split

D = date.fromisoformat

# --------------------------------------------------------------------------- the six senders' emails
# key -> (from, subject, body, key of the first email a follow-up sits on, or None)

_ACC = "Sophie Marchal <sophie.marchal@accessia-conseil.fr>"
_ACC_SIG = (
    "Bien à vous,\n\nSophie Marchal\nConsultante accessibilité – Accessia Conseil\nParis · Bruxelles · Montréal\n"
    "01 76 41 28 93\n\nRépondez STOP pour ne plus recevoir nos e-mails."
)
_LEV = "Callum Reid <callum.reid@levelway.co.uk>"
_LEV_SIG = (
    "Best wishes,\nCallum Reid\nAccess Consultant | Levelway Access Audits\nBristol · Edinburgh · Melbourne\n"
    "+44 117 496 3380\n\nDon't want these emails? Unsubscribe: levelway.co.uk/unsubscribe"
)
_WATT = "Karim Haddad <k.haddad@wattcourtier.fr>"
_WATT_SIG = (
    "Cordialement,\nKarim Haddad\nCourtier énergie entreprises – Wattcourtier\n"
    "Lyon · Genève · Luxembourg · Casablanca\n04 28 29 61 07 / 06 14 52 87 30\n\n"
    "Conformément au RGPD, vous pouvez vous opposer à tout moment à nos envois en répondant « SUPPRIMER » ou en "
    "écrivant à vieprivee@wattcourtier.fr."
)
_GRID = "Danny Walsh <danny.walsh@gridwise-energy.com>"
_GRID_SIG = (
    "Thanks,\nDanny Walsh\nSenior Energy Broker | Gridwise Energy Brokers\nManchester · Dublin · Johannesburg\n"
    "+44 161 870 4421\n\nReply CANCEL and we'll stop emailing you."
)
_INSP = "Thomas Vandamme <t.vandamme@inspecta-rack.be>"
_INSP_SIG = (
    "Bien à vous,\nThomas Vandamme\nInspecteur rayonnages – Inspecta Rack\nLille · Namur · Tanger\n+32 81 24 67 90"
)
_RACK = "Gemma Lowe <gemma.lowe@rackguard.co.uk>"
_RACK_SIG = (
    "Regards,\nGemma Lowe\nSEMA-approved Rack Inspector | Rackguard Inspections\nBirmingham · Belfast · Brisbane\n"
    "+44 121 285 9904\n\nReply STOP to opt out."
)
_AVIS = "Léa Fontaine <lea.fontaine@avisia.fr>"
_AVIS_SIG = (
    "Bonne journée,\nLéa Fontaine\nConseillère e-réputation – Avisia Réputation\n"
    "Bordeaux · Lausanne · Monaco · Abidjan\n05 35 54 18 62\n\n"
    "Gérer mes préférences ou me désabonner : avisia.fr/preferences"
)
_STAR = "Aaron Tan <aaron.tan@starboardreviews.com>"
_STAR_SIG = (
    "Cheers,\nAaron Tan\nClient Success | Starboard Reviews\nLondon · Toronto · Singapore\n+65 6817 2290\n\n"
    "Not relevant? Reply NOPE and I'll close the loop."
)
_ALLO = "Nadia Belkacem <nadia@allo-relais.fr>"
_ALLO_SIG = (
    "Cordialement,\nNadia Belkacem\nResponsable développement – Allô Relais\nMarseille · Bruxelles · Québec\n"
    "04 91 07 36 52\n\nPas pour vous ? Répondez simplement NON et nous ne vous écrirons plus."
)
_ANSW = "Fiona McLeod <fiona@answerly.co>"
_ANSW_SIG = (
    "Kind regards,\nFiona McLeod\nPartnerships | Answerly Reception\nGlasgow · Auckland · Cape Town\n"
    "+44 141 496 0773\n\nWe contact you about services relevant to your business under legitimate interests (UK "
    "GDPR, NZ Privacy Act 2020, POPIA). Reply OPT-OUT or write to privacy@answerly.co and we'll remove your details."
)
_REB = "Antoine Giraud <a.giraud@rebootparc.fr>"
_REB_SIG = (
    "Cordialement,\nAntoine Giraud\nChargé d'affaires – Reboot Parc\nNantes · Bruxelles · Dakar\n02 52 10 44 86\n\n"
    "Reboot Parc SAS traite vos coordonnées professionnelles sur la base de son intérêt légitime (RGPD, art. 6.1.f). "
    "Pour exercer vos droits d'accès, de rectification ou d'opposition : dpo@rebootparc.fr."
)
_SBYTE = "Ciarán Doyle <ciaran.doyle@secondbyte.ie>"
_SBYTE_SIG = (
    "Thanks a million,\nCiarán Doyle\nAccount Executive | Second Byte Refurbished IT\nDublin · Pune · Auckland\n"
    "+353 1 903 4471\n\nReply REMOVE to be taken off our list."
)

MAILS: dict[str, tuple[str, str, str, str | None]] = {
    "acc1": (
        _ACC,
        "Accessibilité de vos locaux : pré-diagnostic offert",
        "Bonjour,\n\nL'accessibilité des établissements recevant du public est contrôlée de plus près depuis cette "
        "année, en France comme en Belgique et au Québec. Accessia Conseil réalise des audits d'accessibilité "
        "(cheminements, sanitaires, signalétique, accueil, site web) et vous aide à monter l'Ad'AP ou une demande de "
        "dérogation.\n\nNous vous proposons un pré-diagnostic gratuit, à distance, à partir de vos plans et de quelques "
        "photos : vous recevez sous dix jours la liste des points bloquants et une estimation du budget de mise en "
        "conformité. Un audit sur place peut suivre si vous le souhaitez.\n\nAuriez-vous 20 minutes la semaine "
        "prochaine pour en parler ?\n\n" + _ACC_SIG,
        None,
    ),
    "acc2": (
        _ACC,
        "RE: Accessibilité de vos locaux : pré-diagnostic offert",
        "Bonjour,\n\nJe me permets de relancer mon message de la semaine dernière. Le pré-diagnostic reste gratuit et "
        "sans engagement ; il suffit de m'envoyer un plan, même scanné.\n\nSi ce n'est pas vous qui gérez ce sujet, "
        "pourriez-vous m'indiquer la bonne personne ?\n\n" + _ACC_SIG,
        "acc1",
    ),
    "lev1": (
        _LEV,
        "Free access pre-check for your premises",
        "Hi,\n\nUnder the Equality Act (and the Disability Discrimination Act and AS 1428 in Australia), service "
        "providers have to make reasonable adjustments for disabled visitors and staff, and complaints have risen "
        "sharply this year. Levelway carries out access audits of buildings and websites: entrances, ramps, toilets, "
        "wayfinding, hearing loops, and a prioritised action plan.\n\nWe're offering a free desk pre-check: send us "
        "your floor plans and a few photos and within ten days you get the main barriers and a ballpark budget. A "
        "full on-site audit can follow if useful.\n\nWould a 20-minute call next week work?\n\n" + _LEV_SIG,
        None,
    ),
    "lev2": (
        _LEV,
        "Re: Free access pre-check for your premises",
        "Hi,\n\nJust bumping this up your inbox. The pre-check is free and there's no obligation - a scanned plan is "
        "enough.\n\nIf someone else looks after facilities, could you point me to them?\n\n" + _LEV_SIG,
        "lev1",
    ),
    "wat1": (
        _WATT,
        "Votre contrat d'électricité 2027",
        "Bonjour,\n\nBeaucoup d'entreprises renouvellent leur contrat d'électricité et de gaz cet hiver, au moment où "
        "les prix de gros ont encore bougé. Wattcourtier met en concurrence une quinzaine de fournisseurs pour vous et "
        "négocie prix, durée et part fixe, sans frais pour vous (nous sommes rémunérés par le fournisseur retenu)."
        "\n\nEnvoyez-moi simplement votre dernière facture : je vous fais une comparaison gratuite sous 48 h, avec "
        "l'économie estimée sur 12 et 24 mois.\n\nPuis-je vous appeler jeudi ou vendredi pour en discuter ?\n\n"
        + _WATT_SIG,
        None,
    ),
    "wat2": (
        _WATT,
        "RE: Votre contrat d'électricité 2027",
        "Bonjour,\n\nJe reviens vers vous au sujet de votre renouvellement d'énergie. Une facture suffit pour la "
        "comparaison gratuite ; vous n'avez rien à signer.\n\nSi ce n'est pas le bon moment, dites-moi quand revenir "
        "vers vous.\n\n" + _WATT_SIG,
        "wat1",
    ),
    "grid1": (
        _GRID,
        "Your business energy renewal",
        "Hi,\n\nA lot of business gas and electricity contracts roll over this winter, often onto out-of-contract "
        "rates. Gridwise tenders your supply with 20+ suppliers and negotiates unit rate, standing charge and term for "
        "you, at no cost to you (the chosen supplier pays our commission, which we disclose).\n\nSend me your latest "
        "bill and I'll come back within 48 hours with a free comparison and the estimated saving over 12 and 24 "
        "months.\n\nCould I give you a ring on Thursday or Friday?\n\n" + _GRID_SIG,
        None,
    ),
    "grid2": (
        _GRID,
        "RE: Your business energy renewal",
        "Hi,\n\nFollowing up on my note about your energy renewal. One bill is all I need for the free comparison, and "
        "there's nothing to sign.\n\nIf now isn't a good time, just let me know when to check back.\n\n" + _GRID_SIG,
        "grid1",
    ),
    "ins1": (
        _INSP,
        "Contrôle de vos rayonnages : visite gratuite",
        "Bonjour,\n\nUn rayonnage heurté par un chariot peut perdre une bonne partie de sa capacité sans que cela se "
        "voie. La norme EN 15635 demande une inspection annuelle par une personne compétente, et les assureurs la "
        "réclament de plus en plus après un sinistre.\n\nInspecta Rack inspecte vos rayonnages (palettiers, "
        "cantilever, mezzanines), repère les lisses et échelles endommagées et vous remet un rapport avec un code "
        "couleur vert / orange / rouge. Nous proposons une première visite gratuite : une allée inspectée en une "
        "heure, sans arrêter votre activité.\n\nQuand pourrions-nous passer ?\n\n" + _INSP_SIG,
        None,
    ),
    "ins2": (
        _INSP,
        "RE: Contrôle de vos rayonnages : visite gratuite",
        "Bonjour,\n\nPetite relance concernant la visite gratuite de vos rayonnages. Nous serons dans votre secteur "
        "dans les prochaines semaines ; une heure suffit.\n\nDites-moi si un créneau vous conviendrait.\n\n"
        + _INSP_SIG,
        "ins1",
    ),
    "rg1": (
        _RACK,
        "Free racking inspection at your site",
        "Hi,\n\nA racking upright clipped by a forklift can lose much of its capacity without looking any different. "
        "HSE guidance (and AS 4084 in Australia) expects an expert inspection at least once a year, and insurers "
        "increasingly ask for the report after a claim.\n\nRackguard inspects pallet racking, cantilever and "
        "mezzanines, tags damage green / amber / red and gives you a written report. We're offering a free first "
        "visit: one aisle inspected in about an hour, without stopping your operation.\n\nWhen could we pop in?\n\n"
        + _RACK_SIG,
        None,
    ),
    "rg2": (
        _RACK,
        "RE: Free racking inspection at your site",
        "Hi,\n\nQuick follow-up on the free racking inspection. We're in your area over the next few weeks and it "
        "only takes an hour.\n\nLet me know if a slot would suit.\n\n" + _RACK_SIG,
        "rg1",
    ),
    "avi1": (
        _AVIS,
        "Vos avis Google : rapport gratuit",
        "Bonjour,\n\n9 clients sur 10 lisent les avis avant de choisir un restaurant, un garage ou un cabinet. Avisia "
        "vous aide à obtenir plus d'avis de vos vrais clients (QR code, SMS après la visite), à répondre aux avis "
        "négatifs et à suivre votre note sur Google, TripAdvisor et les annuaires.\n\nJe vous propose un rapport "
        "e-réputation gratuit : votre note comparée à celle de vos cinq concurrents les plus proches, les avis sans "
        "réponse et trois actions prioritaires.\n\nVoulez-vous que je vous l'envoie ?\n\n" + _AVIS_SIG,
        None,
    ),
    "avi2": (
        _AVIS,
        "RE: Vos avis Google : rapport gratuit",
        "Bonjour,\n\nJe me permets de revenir vers vous : le rapport e-réputation gratuit est prêt à être lancé, il me "
        "faut seulement votre accord et le nom exact de votre établissement.\n\nSi vous préférez en parler de vive "
        "voix, je peux vous appeler cette semaine.\n\n" + _AVIS_SIG,
        "avi1",
    ),
    "star1": (
        _STAR,
        "Your Google reviews vs. the competition",
        "Hi,\n\nNine in ten customers read reviews before choosing a restaurant, a clinic or a tradesperson. Starboard "
        "helps you collect more reviews from real customers (QR codes, SMS after a visit), reply to the bad ones and "
        "track your rating on Google, Tripadvisor and local directories.\n\nI'd like to send you a free reputation "
        "report: your rating against your five nearest competitors, the reviews still waiting for a reply, and three "
        "quick wins.\n\nShall I send it over?\n\n" + _STAR_SIG,
        None,
    ),
    "star2": (
        _STAR,
        "Re: Your Google reviews vs. the competition",
        "Hi,\n\nCircling back on the free reputation report - I only need a yes and the exact name of your business as "
        "it shows on Google.\n\nHappy to walk you through it on a quick call if you prefer.\n\n" + _STAR_SIG,
        "star1",
    ),
    "allo1": (
        _ALLO,
        "Plus jamais d'appel manqué",
        "Bonjour,\n\nUn appel sur quatre arrive quand personne ne peut décrocher : en rendez-vous, sur un chantier, au "
        "bloc, à l'heure du déjeuner. Les télésecrétaires d'Allô Relais répondent en votre nom, prennent les messages, "
        "gèrent votre agenda en ligne et filtrent les démarcheurs, de 8 h à 19 h.\n\nJe vous propose d'essayer "
        "gratuitement pendant deux semaines, sans engagement : il suffit de renvoyer votre ligne vers nous quand vous "
        "le souhaitez.\n\nÇa vous tente ?\n\n" + _ALLO_SIG,
        None,
    ),
    "allo2": (
        _ALLO,
        "RE: Plus jamais d'appel manqué",
        "Bonjour,\n\nJe relance ma proposition d'essai gratuit de deux semaines. Si vous avez des questions sur les "
        "tarifs ou le fonctionnement, je peux vous appeler quand cela vous arrange.\n\n" + _ALLO_SIG,
        "allo1",
    ),
    "ans1": (
        _ANSW,
        "Never miss a call again",
        "Hi,\n\nOne call in four comes in when nobody can pick up - on site, with a patient, at lunch. Answerly's UK, "
        "NZ and South African receptionists answer in your name, take messages, book appointments into your calendar "
        "and screen out sales calls, 8am to 7pm.\n\nI'd love to give you two weeks free, no contract: just divert your "
        "line to us whenever suits.\n\nFancy giving it a go?\n\n" + _ANSW_SIG,
        None,
    ),
    "ans2": (
        _ANSW,
        "RE: Never miss a call again",
        "Hi,\n\nJust following up on the free two-week trial. If you've any questions about pricing or how the "
        "handover works, I can give you a quick call whenever suits.\n\n" + _ANSW_SIG,
        "ans1",
    ),
    "reb1": (
        _REB,
        "Vos anciens PC valent encore quelque chose",
        "Bonjour,\n\nReboot Parc rachète les ordinateurs, écrans et smartphones de votre entreprise en fin de vie "
        "(effacement certifié des données, certificat de destruction) et vous loue des ordinateurs reconditionnés "
        "garantis trois ans, 30 à 40 % moins chers que du neuf.\n\nJe vous propose une estimation gratuite de rachat de "
        "votre parc à partir d'un simple inventaire, et deux portables reconditionnés en prêt pendant un mois pour "
        "juger sur pièce.\n\nPuis-je vous envoyer le modèle d'inventaire ?\n\n" + _REB_SIG,
        None,
    ),
    "reb2": (
        _REB,
        "RE: Vos anciens PC valent encore quelque chose",
        "Bonjour,\n\nJe me permets de vous relancer. L'estimation de rachat est gratuite ; un tableau avec les modèles "
        "et les années suffit. Les deux portables de prêt sont toujours disponibles.\n\n" + _REB_SIG,
        "reb1",
    ),
    "sb1": (
        _SBYTE,
        "Your old laptops are worth something",
        "Hi,\n\nSecond Byte buys back end-of-life laptops, monitors and phones (certified data wiping, a destruction "
        "certificate for every drive) and leases refurbished business laptops with a three-year warranty, 30-40% "
        "cheaper than new.\n\nI can give you a free buy-back valuation from a simple inventory, and lend you two "
        "refurbished laptops for a month so your team can judge for themselves.\n\nShall I send the inventory "
        "template?\n\n" + _SBYTE_SIG,
        None,
    ),
    "sb2": (
        _SBYTE,
        "RE: Your old laptops are worth something",
        "Hi,\n\nJust following up. The buy-back valuation is free - a spreadsheet with models and years is enough - "
        "and the two loan laptops are still available.\n\n" + _SBYTE_SIG,
        "sb1",
    ),
}


def thread(key: str, style: str, to: str, d: date, hm: str) -> str:
    """Our email as the prospect's client quotes it; a follow-up carries the first email under it, a week older."""
    frm, subj, body, first = MAILS[key]
    if first is not None:
        f_frm, f_subj, f_body, _ = MAILS[first]
        inner = "apple_fr" if style == "iphone_fr" else style
        body = body + block(inner, f_frm, to, f_subj, d - timedelta(days=7), "08:47", f_body)
    return block(style, frm, to, subj, d, hm, body)


def T(
    lang: str,
    label: str,
    new: str,
    key: str,
    style: str,
    to: str,
    sent: str = "2026-10-14",
    hm: str = "09:40",
    **kw: Any,
) -> dict[str, Any]:
    """A reply: the prospect's new text above our email (the `sent` date is our email's)."""
    return C(lang, label, new + thread(key, style, to, D(sent), hm), sent=sent, **kw)


def inline(
    lang: str,
    label: str,
    top: str,
    key: str,
    style: str,
    to: str,
    answers: list[tuple[str, str]],
    sent: str = "2026-10-14",
    hm: str = "09:40",
    **kw: Any,
) -> dict[str, Any]:
    """A reply written inside the quote: each answer goes under the first quoted line that contains its needle."""
    text = thread(key, style, to, D(sent), hm)
    for needle, answer in answers:
        end = text.index("\n", text.index(needle))
        text = text[:end] + "\n\n" + answer + "\n" + text[end:]
    return C(lang, label, top + text, sent=sent, **kw)


def A(lang: str, label: str, text: str, sent: str = "2026-10-14", **kw: Any) -> dict[str, Any]:
    """A reply with no quoted thread (autoresponders, notices, bare one-liners)."""
    return C(lang, label, text, sent=sent, **kw)


# --------------------------------------------------------------------------- meeting_request

MEETING: list[dict[str, Any]] = [
    T(
        "fr",
        "meeting_request",
        "Bonjour,\n\nOk pour la visite gratuite. Mardi 27 au matin ça vous va ? Demandez Kévin à l'accueil quai 3, "
        "c'est lui qui a les clés de la zone mezzanine.\n\nCdt\n\nFrédéric Vasseur\nResponsable d'exploitation\n"
        "Entrepôts Vasseur & Fils – Roubaix\n03 20 66 14 82",
        "ins1",
        "outlook_fr",
        "Frédéric Vasseur <f.vasseur@entrepots-vasseur.fr>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour Madame Marchal,\n\nLe pré-diagnostic sur plans ne nous servira pas à grand-chose : les plans de la "
        "maison communale datent de 1974 et ne correspondent plus du tout à la réalité (deux extensions depuis). Il "
        "faudrait plutôt que quelqu'un vienne voir sur place la maison communale et la bibliothèque, qui sont dans la "
        "même rue.\n\nSavez-vous passer un jeudi ? Le mardi je suis en collège.\n\nBien à vous,\n\nGeoffrey Lambotte\n"
        "Service Travaux – Commune de Villers-la-Roche\n081 72 40 16",
        "acc2",
        "owa_fr",
        "Geoffrey Lambotte <g.lambotte@villers-la-roche.be>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "meeting_request",
        "Appelez-moi plutôt demain entre 11h et midi au 022 736 41 18, je préfère en parler de vive voix avant de vous "
        "envoyer quoi que ce soit. On a eu des mauvaises surprises avec un courtier en 2023.\n\nMeilleures salutations\n"
        "Laurent Jaquet\nJaquet Mécanique de Précision SA, Meyrin",
        "wat1",
        "gmail_fr",
        "Laurent Jaquet <l.jaquet@jaquet-meca.ch>",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour Nadia,\n\nÇa m'intéresse pas mal, mais avant d'embarquer dans l'essai j'aimerais qu'on se jase 15 "
        "minutes pour voir comment vous gérez les urgences pis les annulations de dernière minute. Êtes-vous dispo "
        "jeudi en après-midi ?\n\nMerci!\n\nDre Catherine Bouchard, dmd\nClinique dentaire des Rapides – Lévis\n"
        "418 835-2290",
        "allo1",
        "outlook_qc",
        "Catherine Bouchard <cbouchard@cliniquedesrapides.ca>",
        sent="2026-10-06",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonsoir\nPassez plutôt nous voir au restaurant un après-midi entre 15h et 18h, on regardera ça avec le chef, "
        "il ne lit jamais ses mails. Pas le lundi on est fermés\nGiulia",
        "avi2",
        "iphone_fr",
        "Giulia Rossi <giulia@lamarinella.mc>",
        sent="2026-10-15",
        hm="18:02",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour M. Giraud,\n\nSuite à votre mail, notre Directeur Général souhaite d'abord un échange en visio avec "
        "vous avant toute chose (rachat comme location). Merci de nous proposer deux ou trois créneaux la semaine du "
        "26 octobre, de préférence le matin, heure de Dakar.\n\nCordialement,\n\nAminata Sow\nAssistante de direction\n"
        "Sénégal Agro Distribution SA\nDakar – Sénégal\n+221 33 869 45 12",
        "reb1",
        "outlook_fr",
        "Aminata Sow <a.sow@senagrodistribution.sn>",
    ),
    inline(
        "fr",
        "meeting_request",
        "Bonjour, mes réponses dans le texte.\nCdlt\nM. Vidal",
        "acc1",
        "gmail_fr",
        "Michel Vidal <pharmacie.vidal@orange.fr>",
        [
            ("Un audit sur place peut suivre", "Je n'ai pas de plans, on est locataires depuis 1998."),
            ("prochaine pour en parler ?", "Oui, mardi 20 à 14h par téléphone au 05 61 22 47 90 (pharmacie)."),
        ],
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\nNous avons eu un incident la semaine passee : un cariste a plie une lisse dans l'allee C. Pouvez vous "
        "venir en urgence cette semaine ? Si la visite gratuite ne couvre pas ca on paiera, pas de probleme.\n"
        "Contact sur site : Youssef El Amrani 06 61 48 27 03\nCordialement\nNabil Berrada\nDirecteur usine – Atlas "
        "Emballages SARL, Zone franche de Tanger",
        "ins1",
        "android_fr",
        "Nabil Berrada <n.berrada@atlas-emballages.ma>",
    ),
    T(
        "fr",
        "meeting_request",
        "bonjour monsieur haddad oui vous pouvez m'appeler vendredi matin je serai au bureau à partir de 9h30 demandez "
        "le standard ils me passeront l'appel cordialement nathalie weber\n\nenvoyé depuis mon téléphone dictée vocale "
        "excusez les fautes",
        "wat2",
        "gmail_fr",
        "Nathalie Weber <n.weber@fiduciaire-wk.lu>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "meeting_request",
        "Bonjour,\n\nOn préfère que vous veniez voir le matériel sur place avant de parler de prix ou d'inventaire : on "
        "a une soixantaine de PC dans la cave, certains n'ont plus de disque, d'autres ont encore les étiquettes de "
        "2012. Vous savez passer un mercredi après-midi ?\n\nBien à vous,\nMarc Dewulf\nÉconome – Institut Sainte-Marie, "
        "Forest",
        "reb2",
        "gmail_fr",
        "Marc Dewulf <economat@ism-forest.be>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "meeting_request",
        "Volontiers pour un appel avant le rapport. Je vous laisse réserver directement un créneau dans mon agenda : "
        "https://cal.hotel-belrive.ch/direction\n\nMeilleures salutations,\nSandrine Pittet\nDirectrice – Hôtel "
        "Belrive, Lausanne-Ouchy",
        "avi2",
        "apple_fr",
        "Sandrine Pittet <direction@hotel-belrive.ch>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "meeting_request",
        "Stop by Thursday arvo if you like, the yard's open till 4. Sign in at the gatehouse on Lytton Rd and ask for "
        "me.\n\nCheers,\nShane Kovac\nWarehouse Manager | Moreton Bay Cold Chain\n0412 887 305",
        "rg1",
        "gmail_en",
        "Shane Kovac <shane.k@mbcoldchain.com.au>",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Callum,\n\nWe'd rather skip the desk check and have someone actually walk the building - it's a category B "
        "listed Georgian townhouse and the plans we have are from the 1980s. Could you come and have a look? The week "
        "of the 9th would suit best, any day but the Friday.\n\nThanks,\nMorag\n\nMorag Buchanan\nOperations Manager\n"
        "The Queen Street Practice (physiotherapy & sports medicine)\n0131 555 0192",
        "lev1",
        "outlook_en",
        "Morag Buchanan <morag@queenstreetpractice.scot>",
    ),
    T(
        "en",
        "meeting_request",
        "Ring me Friday after 3, I'm in the Clontarf one all day. 087 614 2290. Don't be sending anything in the post, "
        "it just ends up behind the bar.\n\nDes",
        "grid2",
        "gmail_en",
        "Des Fitzpatrick <des@fitzpatricksbars.ie>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "meeting_request",
        "Kia ora Fiona,\n\nKeen to chat. Could we do a quick video call - Tuesday 10am NZT? I'd need to understand how "
        "your team would handle ACC claim calls before we switch anything over.\n\nNgā mihi,\nHana Parata\nPractice "
        "Manager | Rangitoto Physio, Takapuna",
        "ans1",
        "outlook_en",
        "Hana Parata <hana@rangitotophysio.co.nz>",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Aaron, can meet at our Novena office next Wed 3pm? Bring the report if got, if not never mind just come "
        "first we discuss. Thanks\n\nRegards,\nMelissa Goh\nOperations Executive\nLion City Family Clinics Pte Ltd",
        "star2",
        "gmail_en",
        "Melissa Goh <melissa.goh@lioncityclinics.sg>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "meeting_request",
        "Dear Ciarán,\n\nGreetings from Deccan Softworks. Kindly arrange a call with our procurement head Mr. Kulkarni "
        "and myself on Monday 11 AM IST to discuss the buy-back and leasing. Please share the Teams link at the "
        "earliest.\n\nThanks & Regards,\nPooja Deshpande\nAdmin & Facilities\nDeccan Softworks Pvt. Ltd., Hinjewadi "
        "Phase 2, Pune\n+91 20 6710 4428",
        "sb1",
        "outlook_en",
        "Pooja Deshpande <pooja.d@deccansoftworks.in>",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Callum,\n\nHappy to have a chat about this. What about a Teams call on 4 November at 2pm AEDT? I'll bring "
        "in our building surveyor as well.\n\nRegards\n\nPriya Raman\nCoordinator Community Facilities\nMerri Creek "
        "City Council",
        "lev2",
        "outlook_en",
        "Priya Raman <praman@merricreek.vic.gov.au>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "meeting_request",
        "Howzit Danny\n\nJa, let's chat. I'm stuck in meetings till lunch most days but shoot me a call after 2 any "
        "day this week. I'm on the road just now so don't bother before then.\n\nCheers\nPieter van der Merwe\n"
        "Financial Director | Highveld Packaging (Pty) Ltd, Germiston\n082 455 9134",
        "grid1",
        "gmail_en",
        "Pieter van der Merwe <pieter@highveldpack.co.za>",
    ),
    C(
        "en",
        "meeting_request",
        "Gemma - see below from our H&S lead. When can you come out?\n\nConor\n\n---------- Forwarded message ---------"
        "\nFrom: Niamh Kelly <niamh.kelly@lagansidedistribution.co.uk>\nDate: Thu, 15 Oct 2026 at 08:12\nSubject: Fwd: "
        "Free racking inspection at your site\nTo: Conor Magee <conor.magee@lagansidedistribution.co.uk>\n\nConor, "
        "we've had two rack strikes this quarter already. Get these people in please, the insurer will ask.\n\nNiamh"
        + thread("rg1", "gmail_en", "Conor Magee <conor.magee@lagansidedistribution.co.uk>", D("2026-10-14"), "10:15"),
        sent="2026-10-14",
    ),
    T(
        "en",
        "meeting_request",
        "Hi Fiona\n\nSure, let's set up a call for later this week. Then if it makes sense you can send through "
        "pricing for 3 fee earners and the front desk.\n\nKind regards\nLindiwe Dlamini\nPartner | Dlamini Khumalo "
        "Inc., Cape Town\n\nThis e-mail is confidential and may be legally privileged. If you are not the intended "
        "recipient, please notify the sender and delete it.",
        "ans2",
        "outlook_en",
        "Lindiwe Dlamini <lindiwe@dkinc.co.za>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "meeting_request",
        "Can we do a 20-min call before you run anything? I want to make sure you look at the right listing - we've "
        "got three on Google and one is a duplicate nobody can get rid of.\n\nTom Hadley\nHadley & Sons Funeral "
        "Directors, Croydon",
        "star1",
        "orig_en",
        "Tom Hadley <tom@hadleyandsons.co.uk>",
    ),
]

# --------------------------------------------------------------------------- interested

INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "interested",
        "oui envoyez moi le rapport, Garage Martinez route de toulouse a Villenave. merci\n\nJC\n\nEnvoyé depuis mon "
        "smartphone Samsung Galaxy.",
        "avi1",
        "android_fr",
        "Garage Martinez <garage.martinez33@gmail.com>",
    ),
    T(
        "fr",
        "interested",
        "ok pour l essai, je commence quand ?? jsuis plombier je reponds jamais quand jsuis sous un evier mdr\nSeb\n"
        "SB Plomberie 13 - 06 12 77 40 91",
        "allo1",
        "gmail_fr",
        "SB Plomberie <sbplomberie13@gmail.com>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\n\nCi-joint notre dernière facture EDF (boulangerie + labo). Faites la comparaison, on verra bien.\n\n"
        "Cordialement,\nMme Perrot\nBoulangerie Perrot – Villeurbanne",
        "wat1",
        "outlook_fr",
        "Boulangerie Perrot <contact@boulangerie-perrot.fr>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour,\n\nPourquoi pas. Envoyez-moi le modèle d'inventaire, je le ferai remplir par notre prestataire "
        "informatique et je vous le retourne.\n\nBien cordialement,\n\nHélène Garnier\nExpert-comptable associée\n"
        "Cabinet Garnier & Associés – Nantes\n02 40 48 71 35",
        "reb2",
        "owa_fr",
        "Hélène Garnier <h.garnier@garnier-associes.fr>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "interested",
        "Bonjour Aaron,\n\nJe vais vous répondre en français si ça vous dérange pas. Oui, envoyez-moi le rapport, ça "
        "m'intrigue. Notre commerce s'appelle « Boulangerie Lavoie » sur Google, à Gatineau.\n\nMerci là\nMartin",
        "star1",
        "gmail_us",
        "Martin Lavoie <martin@boulangerielavoie.ca>",
    ),
    T(
        "fr",
        "interested",
        "Bonjour Madame,\n\nNous sommes intéressés par votre proposition. Vous pouvez lancer le rapport pour l'Hôtel Le "
        "Baobab Bleu, Cocody Riviera 3. Merci de votre diligence.\n\nCordialement,\n\nKouassi Yao Serge\nDirecteur "
        "d'exploitation\nHôtel Le Baobab Bleu – Abidjan\n+225 27 22 47 81 90",
        "avi2",
        "outlook_fr",
        "Serge Kouassi <direction@baobabbleu.ci>",
        sent="2026-10-15",
    ),
    T(
        "fr",
        "interested",
        "Ça tombe bien, on renouvelle une partie du parc au printemps et on se demandait quoi faire des anciens. "
        "Envoyez le modèle d'inventaire, je vous le renvoie rempli. Pour les deux portables de prêt, je veux bien "
        "aussi.\n\nNicolas Janssens\nGérant – Janssens Électricité SRL, Wavre",
        "reb1",
        "gmail_fr",
        "Nicolas Janssens <nicolas@janssens-elec.be>",
    ),
    T(
        "fr",
        "interested",
        "Non non, pas de souci pour la relance, je n'avais juste pas eu le temps de répondre. Oui on veut bien tester "
        "vos deux semaines, on est deux kinés au cabinet et le téléphone sonne pendant les séances. On renvoie la "
        "ligne à partir de lundi ?\n\nAurélie Dubois\nKinésithérapie du Parvis – Saint-Gilles",
        "allo2",
        "apple_fr",
        "Aurélie Dubois <aurelie@kine-parvis.be>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "interested",
        "Bonjour Monsieur Haddad,\n\nNous consommons environ 180 MWh par an sur le site de Plan-les-Ouates et sommes "
        "donc éligibles au marché libre. Vous trouverez en annexe les factures SIG de 2025 pour la comparaison.\n\n"
        "Meilleures salutations\n\nBéatrice Favre\nResponsable administrative et financière\nFavre Composants "
        "Horlogers SA",
        "wat2",
        "outlook_fr",
        "Béatrice Favre <b.favre@favre-composants.ch>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "interested",
        "Allez, pourquoi pas, au pire ça m'aura coûté un mail. Salon « L'Atelier de Coralie », à Pessac.\nCoralie",
        "avi2",
        "gmail_fr",
        "Coralie Baste <latelierdecoralie@hotmail.fr>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "interested",
        "Sure, go ahead. We're listed as Bloor West Family Dentistry. Send it to this address.\n\nThanks,\nDr. Anita "
        "Sharma",
        "star1",
        "gmail_us",
        "Anita Sharma <dr.sharma@bloorwestdentistry.ca>",
    ),
    T(
        "en",
        "interested",
        "Bill attached. Ta.\n\nKev\n\nGet Outlook for iOS",
        "grid1",
        "outlook_en",
        "Kevin Birch <kev@thedripcoffee.co.uk>",
    ),
    T(
        "en",
        "interested",
        "Go on so, send the template there and I'll have a look over the weekend. We've a press full of old Lenovos "
        "that nobody wants to deal with.\n\nMairéad\nMairéad Ní Bhriain | Office Manager | Corrib Dental Group, Galway",
        "sb1",
        "gmail_en",
        "Mairéad Ní Bhriain <mairead@corribdental.ie>",
    ),
    T(
        "en",
        "interested",
        "Aye go on then, we'll gie the two weeks a shot. Phone's going constantly and I'm up a ladder half the day.\n\n"
        "Alan\nA. Rennie Joinery, Kirkcaldy\n07700 914 263",
        "ans1",
        "gmail_en",
        "Alan Rennie <arenniejoinery@btinternet.com>",
    ),
    T(
        "en",
        "interested",
        "Yep, keen. Plans attached (ground and level 1). Photos to follow once I get someone to take them.\n\nCheers,\n"
        "Josh Palmer\nOwner | Brunswick Climbing Co.",
        "lev1",
        "apple_en",
        "Josh Palmer <josh@brunswickclimbing.com.au>",
    ),
    T(
        "en",
        "interested",
        "Sounds good - we've got about 40 old Dells sitting in a cupboard since the refresh. Send through the "
        "inventory template and I'll get the lads to fill it in.\n\nCheers\nGrant Ellison\nIT Lead | Waitematā Freight "
        "Ltd",
        "sb2",
        "outlook_en",
        "Grant Ellison <grant.ellison@waitematafreight.co.nz>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "interested",
        'Ok can. Send the report to this email. Our outlet is at Tiong Bahru, Google name is "Hock Lee Kopi". Thank '
        "you!\n\nJason Lim",
        "star2",
        "gmail_en",
        "Jason Lim <jason@hockleekopi.sg>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "interested",
        "Might be worth a look. Attached the last two Eskom bills for the Pinetown site. No promises.\n\nRegards\n"
        "Anand Naidoo\nOwner | Coastal Print & Pack, Durban",
        "grid2",
        "outlook_en",
        "Anand Naidoo <anand@coastalprintpack.co.za>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "interested",
        "Happy to trial it. Our receptionist finishes at the end of the month so the timing's actually perfect. What "
        "do you need from us to get started?\n\nEmma Walsh\nWalsh Legal, Ponsonby",
        "ans2",
        "gmail_en",
        "Emma Walsh <emma@walshlegal.co.nz>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "interested",
        'Hi, sorry, my French is not good enough to write. Yes please send the report - the shop is listed as "Vélo '
        'Lac Lausanne".\n\nBest,\nErik Lindqvist',
        "avi1",
        "apple_fr",
        "Erik Lindqvist <erik@velolac.ch>",
    ),
]

# --------------------------------------------------------------------------- information_request

INFORMATION: list[dict[str, Any]] = [
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVos télésecrétaires sont-elles au Québec ou en France ? Notre clientèle est 100 % d'ici pis "
        "l'accent, ça compte, surtout avec du monde âgé.\n\nMerci\nJosée Gagnon\nAdjointe administrative – Résidence "
        "Les Jardins du Fleuve, Trois-Rivières",
        "allo1",
        "outlook_qc",
        "Josée Gagnon <jgagnon@jardinsdufleuve.qc.ca>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour, comment êtes-vous rémunérés exactement ? Commission au kWh, intégrée au prix du fournisseur ? J'aime "
        "bien savoir qui paie qui avant d'envoyer mes factures.\n\nPhilippe Morand\nGérant – Morand Transports, "
        "Bourg-en-Bresse",
        "wat1",
        "gmail_fr",
        "Philippe Morand <p.morand@morand-transports.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVous effacez les disques selon quelle norme (NIST 800-88, recommandations ANSSI) ? Et avez-vous des "
        "références dans la banque ou l'assurance ? Sans cela notre RSSI ne validera rien.\n\nCordialement,\n"
        "Stéphane Roche\nResponsable des achats indirects\nMutuelle Atlantique Prévoyance",
        "reb1",
        "owa_fr",
        "Stéphane Roche <stephane.roche@map-prevoyance.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour, est-ce que votre pré-diagnostic vaut aussi pour les ERP de 5e catégorie ? On est un petit cabinet "
        "d'ostéo au 1er étage sans ascenseur, je ne sais même pas si on est concernés.\nMerci\nJulie Castel",
        "acc1",
        "gmail_fr",
        "Julie Castel <julie.castel.osteo@gmail.com>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\nC'est légal de demander des avis par SMS ? On m'a dit que Google supprimait les avis sollicités et "
        "qu'en France il y avait une norme là-dessus.\nCordialement\nPierre Lagarde – Lagarde Menuiserie Alu, Libourne",
        "avi1",
        "apple_fr",
        "Pierre Lagarde <lagarde.menuiserie@wanadoo.fr>",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVos inspecteurs sont-ils certifiés ? Notre assureur nous demande une attestation de compétence de "
        "l'inspecteur en plus du rapport, sinon il ne le prend pas en compte.\n\nBien à vous,\nKevin Thiry\n"
        "Responsable logistique – Meuse Logistics SA, Herstal",
        "ins2",
        "outlook_fr",
        "Kevin Thiry <k.thiry@meuselogistics.be>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "information_request",
        "Ça fonctionne comment après l'essai, c'est un forfait ou vous facturez à l'appel ? Et il y a un engagement de "
        "durée ?\n\nDr Mathieu Serre\nCabinet vétérinaire des Calanques, Marseille 8e",
        "allo2",
        "gmail_fr",
        "Mathieu Serre <veto.calanques@gmail.com>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nEst-ce que vous intervenez au Sénégal en dehors de Dakar ? Nous avons des agences à Thiès, "
        "Saint-Louis et Ziguinchor, chacune avec une dizaine de postes. Et l'effacement des données se fait sur place "
        "ou dans vos ateliers ?\n\nCordialement,\nOusmane Ndiaye\nResponsable informatique – Teranga Microfinance",
        "reb2",
        "outlook_fr",
        "Ousmane Ndiaye <o.ndiaye@teranga-mf.sn>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "information_request",
        "bonjour vous avez une doc ou une plaquette a m envoyer je la ferai suivre au conseil d administration de "
        "l association on se reunit fin du mois merci\nchristine\n\nEnvoyé de mon appareil Galaxy",
        "acc2",
        "android_fr",
        "Christine Abadie <asso.lesamisdumoulin@orange.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "information_request",
        "Bonjour,\n\nVous traitez aussi les avis en italien et en anglais ? La moitié de notre clientèle est étrangère "
        "et ce sont souvent eux qui laissent les avis les plus durs.\n\nBien cordialement,\nFrancesca Bianchi\n"
        "Direction – Hôtel Le Rocher, Monaco",
        "avi1",
        "outlook_fr",
        "Francesca Bianchi <f.bianchi@hotel-lerocher.mc>",
    ),
    T(
        "en",
        "information_request",
        "Do you use AI to write the review replies? We tried a tool last year that posted canned responses and a "
        "patient called us out on it publicly.\n\nRenee Alvarez\nOwner, Alvarez Family Dental, Austin TX",
        "star1",
        "gmail_us",
        "Renee Alvarez <renee@alvarezfamilydental.com>",
    ),
    T(
        "en",
        "information_request",
        "Are you regulated by anyone? As far as I know Ofgem doesn't cover brokers. How do I know you won't just "
        "steer me to whoever pays you the fattest commission?\n\nRegards,\nHelen Crowther\nFinance Manager, Pennine "
        "Printworks Ltd, Huddersfield",
        "grid1",
        "outlook_en",
        "Helen Crowther <h.crowther@pennineprintworks.co.uk>",
    ),
    T(
        "en",
        "information_request",
        "Hi,\nDo you have presence in Bengaluru also or only Pune? And what is the warranty process for the "
        "refurbished units, onsite or carry-in?\nRegards\nKiran Hegde\nAdmin Manager, Kaveri Analytics LLP",
        "sb1",
        "gmail_en",
        "Kiran Hegde <kiran.hegde@kaverianalytics.in>",
    ),
    T(
        "en",
        "information_request",
        "Does the pre-check cover the website as well, or only the building? Our online booking form is the bit "
        "people actually complain about.\n\nThanks,\nRuth\nRuth Okafor | Practice Manager | Moseley Road Surgery, "
        "Birmingham",
        "lev2",
        "outlook_en",
        "Ruth Okafor <ruth.okafor@nhs.net>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "information_request",
        "Are your inspectors SEMA approved or just 'trained'? Our insurer is picky and last year's guy turned out not "
        "to be.\n\nIan Pollock\nSite Manager, Clyde Valley Foods, Motherwell",
        "rg2",
        "gmail_en",
        "Ian Pollock <ian.pollock@clydevalleyfoods.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "information_request",
        "How does it work out of hours? We're a vet clinic and the emergency calls come in at 2am, not 2pm. Do your "
        "people triage or just take a message?\n\nDr Sam Whitaker BVSc\nOtago Peninsula Vets",
        "ans1",
        "outlook_en",
        "Sam Whitaker <sam@otagopeninsulavets.co.nz>",
    ),
    T(
        "en",
        "information_request",
        "Hi Fiona, do your receptionists speak Afrikaans and isiZulu? Half our callers in Pietermaritzburg would "
        "rather not do it in English.\n\nThanks\nRiana Botha\nOffice Manager | Botha & Mthembu Physiotherapists",
        "ans2",
        "gmail_en",
        "Riana Botha <riana@bmphysio.co.za>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "information_request",
        "Hello Aaron, does your platform cover Practo and Justdial reviews also or only Google? Most of our patients "
        "book through Practo.\n\nDr. Meera Krishnan\nKrishnan Eye Care, Chennai",
        "star2",
        "gmail_en",
        "Meera Krishnan <drmeera@krishnaneyecare.in>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "information_request",
        "Could you send me a case study or two before we go any further? Ideally schools - our board will want to "
        "know who else has done this.\n\nCheers,\nTania Marsh\nExecutive Officer | Riverside Primary School, Hamilton",
        "sb2",
        "apple_en",
        "Tania Marsh <eo@riverside.school.nz>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "information_request",
        "What sort of term would you typically lock us into? And if the supplier makes a hames of the billing "
        "afterwards, who do I ring - you or them?\n\nSiobhán Kearney\nFinancial Controller | Kearney Hardware & "
        "Builders Providers, Mullingar",
        "grid2",
        "outlook_en",
        "Siobhán Kearney <siobhan@kearneyhardware.ie>",
        sent="2026-10-20",
    ),
]

# --------------------------------------------------------------------------- quote_request

QUOTE: list[dict[str, Any]] = [
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nPouvez-vous nous faire une offre pour la permanence téléphonique de l'étude : trois notaires, "
        "environ 60 appels par jour, de 8h30 à 17h30 en semaine ? Nous aurions besoin du prix mensuel et des "
        "conditions de résiliation.\n\nBien à vous,\n\nMaître Olivier Verhaegen\nÉtude Verhaegen & De Smet, notaires "
        "associés – Uccle",
        "allo1",
        "owa_fr",
        "Olivier Verhaegen <o.verhaegen@notaires-vds.be>",
    ),
    T(
        "fr",
        "quote_request",
        "combien pour l inspection complete de nos 2 entrepots ? environ 4200 emplacements palettes au total, Arras et "
        "Douai. devis svp\nFabrice",
        "ins1",
        "gmail_fr",
        "Fabrice Delattre <f.delattre@artoislogistique.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour Madame,\n\nNous avons quatorze agences à auditer en Wallonie. Pourriez-vous nous transmettre une "
        "proposition chiffrée pour l'audit sur place de l'ensemble, rapport compris ? Le pré-diagnostic sur plans ne "
        "nous semble pas nécessaire.\n\nCordialement,\nAnne-Sophie Leroy\nFacility Management – Banque Mosane SA, Namur",
        "acc1",
        "outlook_fr",
        "Anne-Sophie Leroy <as.leroy@banquemosane.be>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour, il me faudrait un devis pour 25 portables reconditionnés (i5, 16 Go, SSD 512) en location sur 36 "
        "mois, livraison à Rezé. Pour le rachat on verra plus tard.\nMerci\nYann Le Goff\nLe Goff Ingénierie",
        "reb1",
        "gmail_fr",
        "Yann Le Goff <yann@legoff-ingenierie.fr>",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nPourriez-vous nous faire une offre de prix fixe sur 24 mois pour nos 3 sites (PDL et "
        "consommations en pièce jointe) ? Nous devons décider avant le conseil du 15 novembre.\n\nSalutations,\n\n"
        "Thierry Bonnet\nDirecteur administratif – Plasturgie Bonnet, Oyonnax",
        "wat2",
        "outlook_fr",
        "Thierry Bonnet <t.bonnet@plasturgie-bonnet.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "quote_request",
        "C'est combien par mois pour 4 restaurants ? Avant de parler rapport je veux savoir si c'est dans nos moyens.\n"
        "Karine\nGroupe Les Tables de Karine, Arcachon",
        "avi2",
        "gmail_fr",
        "Karine Dupuy <karine@lestablesdekarine.fr>",
        sent="2026-10-15",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\n\nPourriez-vous m'envoyer une soumission pour un hôpital vétérinaire à Sherbrooke, du lundi au "
        "samedi, 8 h à 20 h ? On reçoit autour de 80 appels par jour.\n\nMerci à l'avance,\nÉric Bergeron\nDirecteur – "
        "Hôpital vétérinaire de l'Estrie",
        "allo2",
        "outlook_qc",
        "Éric Bergeron <ebergeron@hvestrie.ca>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "quote_request",
        "Bonjour,\nMerci de nous adresser votre cotation pour l'inspection annuelle de nos rayonnages + formation des "
        "caristes (8 personnes) sur notre site de Tit Mellil.\nCordialement\nHicham Bennani\nResponsable Supply Chain – "
        "Atlas Froid Logistique, Casablanca",
        "ins1",
        "android_fr",
        "Hicham Bennani <h.bennani@atlasfroid.ma>",
    ),
    inline(
        "fr",
        "quote_request",
        "Bonjour, réponses dans votre message.\nÉ. Morel",
        "reb1",
        "gmail_fr",
        "Émilie Morel <e.morel@morel-btp.fr>",
        [
            (
                "juger sur pièce",
                "Pas besoin de prêt, on connaît. Par contre donnez-moi votre tarif pour 80 portables en location 36 "
                "mois, c'est ça qui nous intéresse.",
            ),
            ("le modèle d'inventaire ?", "Non, pas pour l'instant."),
        ],
    ),
    T(
        "en",
        "quote_request",
        "Hi Gemma,\n\nWhat would you charge to do all three of our sites annually? Roughly 6,000 pallet positions "
        "across Lisburn, Newry and Craigavon. Happy to skip the free visit if the price is right.\n\nRegards,\nGareth "
        "Irvine\nLogistics Manager | Irvine Agri Supplies Ltd",
        "rg1",
        "outlook_en",
        "Gareth Irvine <gareth@irvineagri.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Send me a fixed price for our 4 sites on a 3-year term, MPANs attached. Nothing else, and no calls please - "
        "I'm in back-to-back meetings until Christmas.\n\nN. Shah\nProcurement, Shah Cash & Carry Group, Leicester",
        "grid1",
        "gmail_en",
        "Nikhil Shah <procurement@shahcashcarry.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Hi Callum,\n\nPlease could you provide a fee proposal for a full access audit of our two surgeries (Leith Walk "
        "and Portobello)? We need it before the end of the month for the partners' meeting.\n\nMany thanks,\nKirsty "
        "Drummond\nPractice Manager, Leith & Portobello Medical Practice",
        "lev1",
        "outlook_en",
        "Kirsty Drummond <kirsty.drummond@nhs.scot>",
    ),
    T(
        "en",
        "quote_request",
        "How much for 2 lines, Monday to Friday, roughly 40 calls a day? Need numbers before I take it to the partners "
        "on Thursday.\n\nBen Ashworth\nAshworth Hale Architects, Leeds",
        "ans1",
        "gmail_en",
        "Ben Ashworth <ben@ashworthhale.co.uk>",
    ),
    T(
        "en",
        "quote_request",
        "Dear Sir,\n\nPlease quote for 120 refurbished ThinkPad T14 (Windows 11 Pro, 16 GB, 3 yr warranty) for our "
        "Chennai office. Quote should be in INR with GST break-up.\n\nRegards,\nS. Venkatesh\nPurchase Dept., "
        "Coromandel Auto Components Ltd",
        "sb2",
        "outlook_en",
        "S. Venkatesh <purchase@coromandelauto.in>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "quote_request",
        "What's the price for the full package for our 12 clinics across NSW? Please include setup and any "
        "per-location fees.\n\nCheers,\nBrooke Hennessy\nMarketing Manager | HealthPoint Physio Group, Parramatta",
        "star1",
        "gmail_en",
        "Brooke Hennessy <brooke.h@healthpointphysio.com.au>",
    ),
    T(
        "en",
        "quote_request",
        "Before we meet, send me your pricing for our 3 locations (Yonge, Queen West, Leslieville). If it's sensible "
        "we'll book a call.\n\nD. Okonkwo\nOwner, Kettle & Crumb Bakeries",
        "star2",
        "orig_us",
        "Daniel Okonkwo <daniel@kettleandcrumb.ca>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "quote_request",
        "can u give us a price for the inspection plus replacing the damaged uprights, pics attached. 2 uprights in "
        "aisle 4 and a beam.\n\nDean\nMidland Tyre Wholesale, Walsall\n\nSent from my iPhone",
        "rg2",
        "apple_en",
        "Dean Carter <dean@midlandtyrewholesale.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "quote_request",
        "Good day Fiona\n\nPlease send a quotation for after-hours cover only (17:00 to 08:00, weekends included) for "
        "our control room overflow. VAT inclusive please.\n\nKind regards\nJohan Pretorius\nOperations Manager | "
        "Vaalwater Security Services (Pty) Ltd",
        "ans2",
        "outlook_en",
        "Johan Pretorius <johan@vaalwatersecurity.co.za>",
        sent="2026-10-20",
    ),
]

# --------------------------------------------------------------------------- not_interested

NOT_INTERESTED: list[dict[str, Any]] = [
    T(
        "fr",
        "not_interested",
        "Non merci.\n\nCave des Chartrons",
        "avi2",
        "gmail_fr",
        "Cave des Chartrons <contact@cavedeschartrons.fr>",
        sent="2026-10-15",
    ),
    T(
        "fr",
        "not_interested",
        "On a déjà une secrétaire, elle fait très bien le travail. Merci quand même.\n\nCabinet infirmier du Garlaban, "
        "Aubagne",
        "allo1",
        "gmail_fr",
        "Cabinet infirmier du Garlaban <cabinet.garlaban@gmail.com>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous sommes engagés jusqu'en 2029 avec notre fournisseur (contrat négocié par le groupe), donc "
        "sans objet.\n\nCordialement\nSylvie Marchetti\nContrôleuse de gestion – Cartonnages du Rhône",
        "wat1",
        "outlook_fr",
        "Sylvie Marchetti <s.marchetti@cartonnages-rhone.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\n\nNous sommes un établissement public : tous nos achats informatiques passent par l'UGAP ou par nos "
        "propres marchés. Ce ne sera donc pas possible.\n\nCordialement,\nService des achats\nCentre hospitalier de "
        "Châteaubriant-Nozay",
        "reb2",
        "owa_fr",
        "Service achats <achats@ch-chateaubriant.fr>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour, nous faisons déjà contrôler nos racks par le fabricant dans le cadre du contrat de maintenance. "
        "Cordialement\nB. Lefebvre",
        "ins2",
        "gmail_fr",
        "Bruno Lefebvre <b.lefebvre@nordpalettes.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "not_interested",
        "Merci pour le mail, c'est touchant de vous inquiéter pour notre accessibilité. Nous sommes une cave voûtée du "
        "XVe siècle, classée, avec 22 marches : nous avons obtenu notre dérogation en 2019 après trois ans de "
        "procédure. Bonne continuation !\n\nLe Caveau des Templiers – Provins",
        "acc1",
        "apple_fr",
        "Le Caveau des Templiers <contact@caveau-templiers.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Nos avis vont très bien, 4,8 sur 312. Pas besoin de vous.\nCordialement",
        "avi1",
        "iphone_fr",
        "Olivier Landry <olivier@pizzeria-landry.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Merci, mais on va passer notre tour. Ça fait 22 ans que Lise répond au téléphone pis elle est pas mal "
        "meilleure qu'un centre d'appels.\n\nRéjean Pelletier\nQuincaillerie Pelletier & fils, Rimouski",
        "allo2",
        "outlook_qc",
        "Réjean Pelletier <rejean@quincailleriepelletier.ca>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\n\nNos contrats d'énergie passent par marché public via la centrale d'achat de la Province : nous ne "
        "pouvons pas recourir à un courtier.\n\nBien à vous,\nFrédérique Collard\nSecrétariat communal – Commune de "
        "Sombreffe-sur-Orneau",
        "wat1",
        "outlook_fr",
        "Frédérique Collard <secretariat@sombreffe-orneau.be>",
    ),
    T(
        "fr",
        "not_interested",
        "On garde nos PC jusqu'à ce qu'ils meurent et après ils partent chez Emmaüs Connect. Donc non, mais merci.\n\n"
        "Gaëlle",
        "reb1",
        "gmail_fr",
        "Gaëlle Riou <gaelle@atelier-riou.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "bonjour non merci on n'a pas de rayonnages on est une menuiserie on stocke à plat sur des tréteaux bonne "
        "journée\n\nenvoyé de mon téléphone",
        "ins1",
        "android_fr",
        "Menuiserie Wattrelos <menuiserie.wattrelos@orange.fr>",
    ),
    T(
        "fr",
        "not_interested",
        "Bonjour,\n\nAu Maroc nous sommes alimentés par le distributeur de la ville, nous n'avons pas le choix du "
        "fournisseur en basse tension. Votre offre ne nous concerne pas.\n\nCordialement\nRachid Alaoui\nGérant – "
        "Imprimerie Al Manar, Casablanca",
        "wat2",
        "gmail_fr",
        "Rachid Alaoui <r.alaoui@imprimerie-almanar.ma>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "not_interested",
        "Merci pour votre proposition. Notre audit a été réalisé par Bureau Veritas l'an dernier et les travaux sont "
        "en cours. Bonne journée.\n\nFlorence Gilet\nDirectrice – Crèche Les Petits Loups, Versailles",
        "acc2",
        "owa_fr",
        "Florence Gilet <direction@creche-petitsloups.fr>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "not_interested",
        "No thanks.",
        "star1",
        "gmail_en",
        "Olu Adeyemi <olu@adeyemibarbers.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "We had to cancel our last broker contract because of exactly this kind of hard sell. Not interested.\n\nPaul",
        "grid2",
        "outlook_en",
        "Paul Leigh <paul.leigh@leighmetalfinishing.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "not_interested",
        "We don't have any racking, we're a call centre. Everything's on desks.\n\nK. Doherty",
        "rg1",
        "orig_en",
        "Karen Doherty <kdoherty@foyleconnect.co.uk>",
    ),
    T(
        "en",
        "not_interested",
        "We're a fully remote company, no premises at all. Good luck with it though!",
        "lev1",
        "gmail_en",
        "Ollie Chambers <ollie@driftwoodsoftware.io>",
    ),
    T(
        "en",
        "not_interested",
        "Ta but we're a two-man band and the wife does the phones. Not for us.\n\nMick\nM&J Roofing, Rotherham",
        "ans1",
        "gmail_en",
        "Mick Jarvis <mjroofing@outlook.com>",
    ),
    T(
        "en",
        "not_interested",
        '"Your old laptops are worth something" - have you seen them? One\'s held together with gaffer tape. '
        "Honestly, no. They're going in the skip.\n\nLiam",
        "sb1",
        "gmail_en",
        "Liam Brennan <liam@brennanauctioneers.ie>",
    ),
    T(
        "en",
        "not_interested",
        "We have an annual contract with Dell Financial Services, hence not required. Thanks & Regards\n\nAnil Menon\n"
        "IT Manager, Malabar Spices Exports Pvt Ltd, Kochi",
        "sb2",
        "outlook_en",
        "Anil Menon <anil.menon@malabarspices.in>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "not_interested",
        "Nah, we're good. Our reviews are fine and I reply to them myself on a Sunday night with a glass of wine.\n\n"
        "Kate\nThe Little Bay Eatery, Raglan",
        "star2",
        "apple_en",
        "Kate Morrison <kate@littlebayeatery.co.nz>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "not_interested",
        "Ah no, we're grand. Went through a broker two years ago and got burned. Sound of you to ask though.\n\nGer",
        "grid1",
        "gmail_en",
        "Gerard Foley <ger@foleysofkenmare.ie>",
    ),
    T(
        "en",
        "not_interested",
        "Thanks Fiona but we'll pass, we've got an in-house switchboard and it works fine.\n\nRegards\nNomsa Zulu\n"
        "Admin | Umhlanga Rocks Dental Studio",
        "ans2",
        "outlook_en",
        "Nomsa Zulu <admin@umhlangadental.co.za>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "not_interested",
        "We're a B2B steel fabricator in Ohio. Nobody leaves us Google reviews and nobody reads them. Pass.\n\nRick "
        "Kowalski\nKowalski Steel Fabrication, Toledo OH",
        "star1",
        "gmail_us",
        "Rick Kowalski <rick@kowalskisteel.com>",
    ),
    T(
        "en",
        "not_interested",
        "Appreciate the offer but it's not something we'd spend money on this year or next. All the best,\nTom",
        "lev2",
        "outlook_en",
        "Tom Whitfield <tom@whitfieldgallery.co.uk>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "not_interested",
        "Cheers but naw, oor racking gets done by the landlord's lot every January. Nae need.\n\nDougie\nTayside Bulk "
        "Storage, Dundee",
        "rg2",
        "gmail_en",
        "Dougie Macrae <dougie@taysidebulk.co.uk>",
        sent="2026-10-20",
    ),
]

# --------------------------------------------------------------------------- not_now (the date it implies, R15)

NOT_NOW: list[dict[str, Any]] = [
    T(
        "fr",
        "not_now",
        "Pas avant fin janvier : on boucle l'inventaire annuel et la clôture d'abord. Relancez-moi à ce moment-là.\n\n"
        "Jérôme Caillaud\nDAF – Caillaud Menuiseries Industrielles, Cholet",
        "reb1",
        "outlook_fr",
        "Jérôme Caillaud <j.caillaud@caillaud-mi.fr>",
        until="2027-02-01",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\nOn est à fond sur la préparation de la SITL, revenez vers moi après le salon, on en reparlera.\n"
        "Cordialement\nAmandine Roussel\nDirectrice des opérations – Flandres Express Logistique",
        "ins2",
        "gmail_fr",
        "Amandine Roussel <a.roussel@flandres-express.fr>",
        sent="2026-10-20",
        until=None,
    ),
    C(
        "fr",
        "not_now",
        "Bonjour,\n\nVoir la réponse de notre directeur ci-dessous.\n\nCordialement\nSabrina Keller\nAssistante de "
        "direction\n\n\n-------- Message transféré --------\nSujet : TR: Accessibilité de vos locaux : pré-diagnostic "
        "offert\nDate : jeu. 15 oct. 2026 08:31\nDe : Bernard Coste <b.coste@coste-immobilier.fr>\nPour : Sabrina "
        "Keller <s.keller@coste-immobilier.fr>\n\nSabrina, réponds-leur que ce ne sera pas avant le 2e trimestre, on a "
        "le déménagement du siège d'abord.\nB.C."
        + thread("acc1", "gmail_fr", "Bernard Coste <b.coste@coste-immobilier.fr>", D("2026-10-14"), "09:40"),
        sent="2026-10-14",
        until="2027-04-01",
    ),
    T(
        "fr",
        "not_now",
        "Ça m'intéresse mais on change de standard téléphonique en ce moment. Recontactez-moi dans trois semaines, ce "
        "sera plus clair.\n\nLaetitia\nAgence immobilière du Vieux-Port",
        "allo1",
        "gmail_fr",
        "Laetitia Roux <laetitia@immo-vieuxport.fr>",
        until="2026-11-04",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour, on est en pleine saison, je n'ai pas une minute à moi. Revenez vers moi à la rentrée.\nPascale\n"
        "Restaurant Le Pinasse, Cap Ferret",
        "avi1",
        "iphone_fr",
        "Pascale Darriet <lepinasse.capferret@gmail.com>",
        sent="2026-07-08",
        hm="10:12",
        until=None,
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\n\nRappelez-moi le 12 janvier, on fixera un rendez-vous à ce moment-là. Notre contrat actuel court "
        "jusqu'en mars.\n\nCordialement,\nDenis Favier\nGérant – Favier Surgelés, Vénissieux",
        "wat1",
        "outlook_fr",
        "Denis Favier <d.favier@favier-surgeles.fr>",
        until="2027-01-12",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour, je suis en plein déménagement de bureau. La semaine du 16 novembre ce serait mieux pour en parler, "
        "là je n'ai même plus d'imprimante.\n\nBien à vous,\nSophie Maes\nMaes & Partners SRL, Ixelles",
        "reb2",
        "apple_fr",
        "Sophie Maes <sophie@maes-partners.be>",
        until="2026-11-16",
    ),
    T(
        "fr",
        "not_now",
        "Allô Nadia,\n\nRappelez-moi en mars, là on rentre dans le rush des Fêtes pis j'ai pas le temps de penser à "
        "ça.\n\nMerci\nSylvain Dion\nTraiteur Dion, Saint-Jérôme",
        "allo2",
        "outlook_qc",
        "Sylvain Dion <sylvain@traiteurdion.ca>",
        sent="2026-10-20",
        until="2027-03-01",
    ),
    T(
        "fr",
        "not_now",
        "L'an prochain peut-être, le budget travaux 2026 est épuisé.\n\nCordialement\nMarc Hoffmann\nRésidence "
        "seniors Am Park, Esch-sur-Alzette",
        "acc2",
        "gmail_fr",
        "Marc Hoffmann <m.hoffmann@ampark.lu>",
        sent="2026-10-20",
        until="2027-01-01",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\n\nRevenez vers nous dans 6 mois, on aura fini l'extension de l'entrepôt et les nouveaux palettiers "
        "seront montés.\n\nCordialement,\nJean-Luc Dumont\nResponsable site – Ardennes Distribution, Charleville",
        "ins1",
        "owa_fr",
        "Jean-Luc Dumont <jl.dumont@ardennes-distribution.fr>",
        until="2027-04-14",
    ),
    T(
        "fr",
        "not_now",
        "Bonjour,\n\nMerci de me recontacter après le 20 novembre, date à laquelle nous connaîtrons les tarifs 2027 de "
        "notre fournisseur actuel.\n\nMeilleures salutations\nChristophe Rochat\nRochat Boissons SA, Nyon",
        "wat1",
        "gmail_fr",
        "Christophe Rochat <c.rochat@rochat-boissons.ch>",
        until="2026-11-21",
    ),
    inline(
        "en",
        "not_now",
        "See below.\n\nMartin",
        "grid1",
        "outlook_en",
        "Martin Greaves <martin@greavesjoinery.co.uk>",
        [("Could I give you a ring", "[MG] Not this week or next. Try me early Feb once the new budget's signed off.")],
        until="2027-02-01",
    ),
    T(
        "en",
        "not_now",
        "Very busy now with year end. After Chinese New Year can? Will have more time then.\n\nWendy Ong\nOng's "
        "Bakery Pte Ltd",
        "star2",
        "gmail_en",
        "Wendy Ong <wendy@ongsbakery.sg>",
        sent="2026-10-15",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "Q1 is budget season here. Reach out after Q1 and we can talk.\n\nJessica Moreno\nMarketing Director, "
        "Lakeshore Orthodontics, Chicago",
        "star1",
        "gmail_us",
        "Jessica Moreno <jmoreno@lakeshoreortho.com>",
        until="2027-04-01",
    ),
    T(
        "en",
        "not_now",
        "Give me a fortnight, I'm buried with the audit. I'll look at it properly then.\n\nNiall",
        "grid2",
        "gmail_en",
        "Niall Quinn <niall@quinnsbakery.ie>",
        sent="2026-10-14",
        until="2026-10-28",
    ),
    T(
        "en",
        "not_now",
        "Apologies for answering in English. We are midway through a tender for our Kirchberg building; please come "
        "back to us in 3 months.\n\nKind regards,\nThomas Becker\nHead of Facilities, Banque Privée Moselle S.A., "
        "Luxembourg",
        "wat1",
        "outlook_fr",
        "Thomas Becker <thomas.becker@bpmoselle.lu>",
        until="2027-01-14",
    ),
    T(
        "en",
        "not_now",
        "Could you come back to me the week after 9 Nov? The building's full of contractors until then and I can't "
        "think straight.\n\nAlison Reeve\nHead of Operations, Clifton Community Arts Centre",
        "lev1",
        "outlook_en",
        "Alison Reeve <alison@cliftonarts.org.uk>",
        until="2026-11-16",
    ),
    T(
        "en",
        "not_now",
        "From the 1st of December we'll have the new office set up, try me then.\n\nRyan",
        "ans1",
        "gmail_en",
        "Ryan Fraser <ryan@fraserelectrical.co.uk>",
        until="2026-12-01",
    ),
    T(
        "en",
        "not_now",
        "Bit flat out with calving at the moment, flick me an email after that and we can talk.\n\nCheers\nBrent\n"
        "Waikato Rural Vets",
        "ans2",
        "apple_en",
        "Brent Hollis <brent@waikatoruralvets.co.nz>",
        sent="2026-07-21",
        until=None,
    ),
    T(
        "en",
        "not_now",
        "Mate, we're flat out till Christmas. Hit me up next year.\n\nShaun\nShaun Kelly | DC Manager | Pacific Hardware "
        "Distribution, Eagle Farm QLD",
        "rg1",
        "gmail_en",
        "Shaun Kelly <shaun.kelly@pacifichardware.com.au>",
        until="2027-01-01",
    ),
    T(
        "en",
        "not_now",
        "Dear Ciarán,\n\nOur financial year closes on 31st March. Kindly connect in April for the new budget.\n\n"
        "Regards,\nV. Raghavan\nGeneral Manager - Admin, Nilgiri Pharma Ltd, Coimbatore",
        "sb1",
        "outlook_en",
        "V. Raghavan <gm.admin@nilgiripharma.in>",
        until="2027-04-01",
    ),
    T(
        "en",
        "not_now",
        "I'm away for the next few weeks. Call me after the 15th.\n\nJ. Haworth\nHaworth Veterinary Group, Harrogate",
        "lev2",
        "gmail_en",
        "Jane Haworth <jane@haworthvets.co.uk>",
        sent="2026-10-21",
        until="2026-11-16",
    ),
]

# --------------------------------------------------------------------------- referral

REFERRAL: list[dict[str, Any]] = [
    T(
        "fr",
        "referral",
        "Bonjour,\n\nCe n'est pas moi qui gère ce sujet. Voyez avec notre responsable des services généraux, Mme "
        "Isabelle Perrin (isabelle.perrin@groupe-lemarchand.fr), que je mets en copie.\n\nCordialement,\nXavier "
        "Lemarchand\nPrésident – Groupe Lemarchand Distribution",
        "acc1",
        "outlook_fr",
        "Xavier Lemarchand <x.lemarchand@groupe-lemarchand.fr>",
        referral=("Isabelle Perrin", "isabelle.perrin@groupe-lemarchand.fr"),
    ),
    T(
        "fr",
        "referral",
        "Je ne suis plus chez Transports Gautier depuis juin. Bonne continuation.",
        "wat2",
        "android_fr",
        "Céline Morin <c.morin@transports-gautier.fr>",
        sent="2026-10-20",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nJe ne m'occupe pas de l'informatique. Voyez avec notre IT manager, Pieter Claes : "
        "p.claes@brusselsmediahouse.be.\n\nBonne journée,\nCamille Jacobs\nOffice manager – Brussels Media House",
        "sb1",
        "gmail_en",
        "Camille Jacobs <c.jacobs@brusselsmediahouse.be>",
        referral=("Pieter Claes", "p.claes@brusselsmediahouse.be"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\nMerci d'adresser ce type de proposition à achats@clinique-saint-roch.be, nous ne traitons pas les "
        "offres commerciales dans les services.\nBien à vous\nSecrétariat de direction",
        "allo1",
        "owa_fr",
        "Secrétariat de direction <direction@clinique-saint-roch.be>",
        referral=(None, "achats@clinique-saint-roch.be"),
    ),
    T(
        "fr",
        "referral",
        "C'est mon associé Didier qui s'occupe de tout ce qui est internet, il est au cabinet le jeudi.\n\nDr Anne "
        "Lacoste\nCabinet dentaire Lacoste & Roy, Talence",
        "avi2",
        "gmail_fr",
        "Anne Lacoste <cabinet.lacoste.roy@gmail.com>",
        sent="2026-10-15",
        referral=("Didier", None),
    ),
    A(
        "fr",
        "referral",
        "Ceci est un message automatique.\n\nMme Laure Besson ne fait plus partie de la Fiduciaire Kremer & Associés. "
        "Pour toute demande, merci d'écrire à info@fiduciaire-kremer.lu.\n\nCe message ne sera pas transféré.\n\n"
        "Fiduciaire Kremer & Associés S.à r.l. – 12, rue de la Gare – L-7535 Mersch",
        sent="2026-10-20",
        referral=(None, "info@fiduciaire-kremer.lu"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nc'est pas moi pantoute qui s'occupe de la téléphonie, c'est Guylaine Tremblay à l'administration. "
        "Son courriel : gtremblay@cliniquemedicaledubois.ca\n\nBonne journée\nKarine",
        "allo1",
        "outlook_qc",
        "Karine Roy <kroy@cliniquemedicaledubois.ca>",
        referral=("Guylaine Tremblay", "gtremblay@cliniquemedicaledubois.ca"),
    ),
    T(
        "fr",
        "referral",
        "Bonjour,\n\nJe transfère à mon collègue Olivier Mbaye (en copie), qui gère le parc informatique de l'ensemble "
        "du groupe.\n\nCordialement,\nAwa Diagne\nDirectrice administrative – Groupe Sahel Services, Dakar",
        "reb1",
        "outlook_fr",
        "Awa Diagne <a.diagne@sahelservices.sn>",
        referral=("Olivier Mbaye", None),
    ),
    T(
        "fr",
        "referral",
        "Pas pour moi, j'ai vendu l'affaire en septembre, mais ça pourrait intéresser mon beau-frère qui a un garage à "
        "Mérignac, je lui transmets votre mail.\nGilles",
        "avi1",
        "iphone_fr",
        "Gilles Dufau <gilles.dufau33@orange.fr>",
        referral=(None, None),
    ),
    T(
        "fr",
        "referral",
        "Madame,\n\nLa communication de l'établissement est gérée par notre agence, Riviera Com. Merci de contacter M. "
        "Paolo Ferrero : p.ferrero@rivieracom.mc\n\nBien cordialement,\nRéception – Le Bistrot du Port, Monaco",
        "avi2",
        "outlook_fr",
        "Le Bistrot du Port <reception@bistrotduport.mc>",
        sent="2026-10-15",
        referral=("Paolo Ferrero", "p.ferrero@rivieracom.mc"),
    ),
    T(
        "en",
        "referral",
        "Wrong person I'm afraid - I'm in HR. It'd be our ops director you want.\n\nClaire",
        "lev2",
        "outlook_en",
        "Claire Dawson <claire.dawson@harbourviewhotels.co.uk>",
        sent="2026-10-21",
        referral=(None, None),
    ),
    T(
        "en",
        "referral",
        "Please contact our facilities manager, Dave Hughes (dave.hughes@bramleyfoods.co.uk) - he looks after the "
        "racking and the insurance side of it.\n\nThanks,\nRebecca Lowe\nHR Business Partner, Bramley Foods Ltd",
        "rg1",
        "outlook_en",
        "Rebecca Lowe <rebecca.lowe@bramleyfoods.co.uk>",
        referral=("Dave Hughes", "dave.hughes@bramleyfoods.co.uk"),
    ),
    T(
        "en",
        "referral",
        "Sarah left us in August. Try our practice manager, Jo, she's the one who'd decide on this.\n\nPete\nReception, "
        "Kelburn Family Doctors",
        "ans2",
        "gmail_en",
        "Reception <reception@kelburnfamilydoctors.co.nz>",
        sent="2026-10-20",
        referral=("Jo", None),
    ),
    A(
        "en",
        "referral",
        "Thank you for your email.\n\nMark Ellison is no longer with Ridgeway Logistics. Please direct your enquiry to "
        "operations@ridgewaylogistics.com.au.\n\nThis mailbox is not monitored.",
        referral=(None, "operations@ridgewaylogistics.com.au"),
    ),
    T(
        "en",
        "referral",
        "Dear Sir,\n\nI am not handling this. Kindly contact Mr. Rajesh Iyer, Admin Head, on "
        "rajesh.iyer@suryatextiles.in or 98450 12233.\n\nRegards,\nPrakash\nSurya Textiles, Tiruppur",
        "sb1",
        "outlook_en",
        "Prakash Sundaram <prakash@suryatextiles.in>",
        referral=("Rajesh Iyer", "rajesh.iyer@suryatextiles.in"),
    ),
    T(
        "en",
        "referral",
        "You want procurement, not me - procurement@northshire.gov.uk. All supplier approaches have to go through "
        "them.\n\nD. Patel\nLibraries & Culture, Northshire County Council",
        "lev1",
        "orig_en",
        "Dev Patel <dev.patel@northshire.gov.uk>",
        referral=(None, "procurement@northshire.gov.uk"),
    ),
    T(
        "en",
        "referral",
        "hi Ciaran sorry dictating this in the van I'm not the man for this at all you want Declan Byrne he's the IT "
        "fella declan at byrnebros dot ie\n\nSent from my Android",
        "sb2",
        "gmail_en",
        "Tommy Byrne <tommy@byrnebros.ie>",
        sent="2026-10-21",
        referral=("Declan Byrne", "declan@byrnebros.ie"),
    ),
    T(
        "en",
        "referral",
        "Hi Fiona, I'm only the bookkeeper. Speak to Thandi, the practice manager - thandi@mokoena-attorneys.co.za\n\n"
        "Regards\nMarlene",
        "ans1",
        "gmail_en",
        "Marlene Jacobs <accounts@mokoena-attorneys.co.za>",
        referral=("Thandi", "thandi@mokoena-attorneys.co.za"),
    ),
    T(
        "en",
        "referral",
        "Not for our clinic - marketing for all our sites is handled centrally by head office in Sydney: "
        "marketing@smilecaregroup.com.au\n\nCheers\nLeanne\nSmileCare Dental Wollongong",
        "star1",
        "gmail_en",
        "Leanne Price <wollongong@smilecaregroup.com.au>",
        referral=(None, "marketing@smilecaregroup.com.au"),
    ),
    T(
        "en",
        "referral",
        "Hi Aaron, fwd to my colleague who handles marketing for our outlets - Wei Ling (weiling.koh@ahsenggroup.sg). "
        "Pls liaise with her direct. Thanks\n\nBenjamin Chua\nAh Seng Group",
        "star2",
        "gmail_en",
        "Benjamin Chua <benjamin.chua@ahsenggroup.sg>",
        sent="2026-10-15",
        referral=("Wei Ling", "weiling.koh@ahsenggroup.sg"),
    ),
]

# --------------------------------------------------------------------------- unsubscribe (R8)

UNSUBSCRIBE: list[dict[str, Any]] = [
    T(
        "fr",
        "unsubscribe",
        "NON",
        "allo2",
        "gmail_fr",
        "Cabinet Aubert <cabinet.aubert.avocats@gmail.com>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "unsubscribe",
        "stop",
        "acc2",
        "iphone_fr",
        "Hervé Carpentier <herve.carpentier@optique-carpentier.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "unsubscribe",
        "SUPPRIMER svp",
        "wat2",
        "outlook_fr",
        "Annie Lopez <a.lopez@lopez-traiteur.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "unsubscribe",
        "Madame, Monsieur,\n\nEn application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des "
        "fins de prospection commerciale. Merci de procéder à leur effacement et de m'en confirmer la bonne "
        "exécution.\n\nCordialement,\nF. Tessier",
        "reb1",
        "owa_fr",
        "François Tessier <f.tessier@tessier-avocats.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "C'est la troisième fois que je demande à être retirée de vos listes. Votre lien de désabonnement ne marche "
        "pas. Prochaine étape : signalement à la CNIL.",
        "avi2",
        "gmail_fr",
        "Nathalie Berger <nathalie@institut-berger.fr>",
        sent="2026-10-15",
    ),
    T(
        "fr",
        "unsubscribe",
        "Pas intéressé et ne me recontactez plus, merci.",
        "ins2",
        "outlook_fr",
        "Patrick Devos <p.devos@devos-transports.be>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "unsubscribe",
        "Je n'ai jamais consenti à recevoir vos courriels. En vertu de la LCAP, retirez mon adresse de vos listes "
        "immédiatement.\n\nMe Hélène Gauthier, notaire\nGauthier Notaires inc., Longueuil",
        "allo1",
        "outlook_qc",
        "Hélène Gauthier <hgauthier@gauthiernotaires.ca>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Merci de ne plus m'écrire à l'avenir. Bonne continuation.\n\nR. Blanc",
        "wat1",
        "gmail_fr",
        "Romain Blanc <r.blanc@blanc-sa.ch>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Bonjour,\nVous savez me retirer de votre fichier ? D'avance merci.\nVéronique Peeters",
        "reb2",
        "apple_fr",
        "Véronique Peeters <v.peeters@peeters-assurances.be>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "unsubscribe",
        "desabonnez moi svp",
        "avi1",
        "android_fr",
        "Salon Nadège <salon.nadege@free.fr>",
    ),
    T(
        "fr",
        "unsubscribe",
        "Bonjour,\n\nConformément à la loi 09-08 relative à la protection des personnes physiques à l'égard du "
        "traitement des données à caractère personnel, merci de supprimer mes coordonnées de votre fichier de "
        "prospection.\n\nCordialement\nKarim Tazi\nTazi Textiles, Casablanca",
        "wat1",
        "outlook_fr",
        "Karim Tazi <k.tazi@tazitextiles.ma>",
    ),
    T(
        "en",
        "unsubscribe",
        "Nope.",
        "star2",
        "gmail_en",
        "Hamish Grant <hamish@grantsbutchers.co.uk>",
        sent="2026-10-15",
    ),
    T(
        "en",
        "unsubscribe",
        "CANCEL",
        "grid2",
        "outlook_en",
        "Accounts <accounts@pennyfarthingcafe.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "unsubscribe",
        "Stop.\n\nSent from my iPhone",
        "rg2",
        "apple_en",
        "Lee Barnes <lee@barnesbuildingsupplies.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "unsubscribe",
        "Remove pls",
        "sb2",
        "gmail_en",
        "Sean Murphy <sean@murphyaccountants.ie>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "unsubscribe",
        "opt out",
        "ans1",
        "gmail_en",
        "Grace Thompson <grace@thompsonpodiatry.co.uk>",
    ),
    T(
        "en",
        "unsubscribe",
        "I unsubscribed via your link three weeks ago and I'm still getting these. Take me off. Now.",
        "lev2",
        "outlook_en",
        "Graham Pike <graham.pike@pikeandco.co.uk>",
        sent="2026-10-21",
    ),
    T(
        "en",
        "unsubscribe",
        "Under section 69 of POPIA you need my consent for direct marketing by electronic communication. I have not "
        "given it. Delete my details and confirm.\n\nA. Steyn",
        "ans2",
        "outlook_en",
        "Anton Steyn <anton@steynconveyancing.co.za>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "unsubscribe",
        "I've left Harbourside Dental - please remove this address from your list.",
        "ans1",
        "gmail_en",
        "Chloe Evans <chloe@harboursidedental.co.nz>",
    ),
    T(
        "en",
        "unsubscribe",
        "Kindly stop sending these mails to me. Thank you.\n\nRegards,\nSunil Rao",
        "sb1",
        "outlook_en",
        "Sunil Rao <sunil.rao@deccanbuilders.in>",
    ),
    T(
        "en",
        "unsubscribe",
        "Fourth email this month. Do you lot ever take a hint? Stop.",
        "grid2",
        "gmail_en",
        "Bev Holmes <bev@holmesfloristry.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "unsubscribe",
        "This is an unsolicited commercial electronic message under the Spam Act 2003. Unsubscribe me and confirm in "
        "writing.\n\nR. Nguyen\nNguyen Pharmacy, Footscray",
        "lev1",
        "outlook_en",
        "Robert Nguyen <robert@nguyenpharmacy.com.au>",
    ),
]

# --------------------------------------------------------------------------- out_of_office

OUT_OF_OFFICE: list[dict[str, Any]] = [
    A(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis absente du 12 au 23 octobre inclus. Pour toute urgence, vous pouvez contacter Marion "
        "Leblanc au 03 20 55 18 40 ou à m.leblanc@leblanc-deconinck.fr.\n\nCordialement,\nÉlodie Deconinck",
    ),
    A(
        "fr",
        "out_of_office",
        "Message automatique : je suis en congé maternité jusqu'au 2 février 2027. Vos messages ne sont pas "
        "transférés ; pour le service achats, écrivez à achats@groupe-ferrandi.fr.",
        sent="2026-10-20",
    ),
    A(
        "fr",
        "out_of_office",
        "Réponse automatique : Je serai absent du bureau jusqu'au 3 novembre. Pour une urgence, veuillez communiquer "
        "avec Mélanie Côté au 819 555-0142.\n\nAutomatic reply: I will be out of the office until November 3. For "
        "urgent matters, please contact Mélanie Côté at 819 555-0142.",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "out_of_office",
        "Bonjour, je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès mon "
        "retour.\n\nBien cordialement,\nLudovic Sarrazin",
        "reb1",
        "outlook_fr",
        "Ludovic Sarrazin <l.sarrazin@sarrazin-industries.fr>",
    ),
    A(
        "fr",
        "out_of_office",
        "Je suis en congé jusqu'au 2/11 inclus. Votre message ne sera pas transféré. En cas d'urgence : "
        "secretariat@athenee-waterloo.be\n\nBien à vous,\nI. Vandenberghe",
        sent="2026-10-21",
    ),
    A(
        "fr",
        "out_of_office",
        "Je suis absent jusqu'au 28.10.2026. Votre message ne sera pas transféré.\n\nIch bin bis 28.10.2026 abwesend. "
        "Ihre Nachricht wird nicht weitergeleitet.\n\nStéphane Python\nPython & Fils SA, Fribourg",
    ),
    A(
        "fr",
        "out_of_office",
        "Merci pour votre message. Nos bureaux sont fermés du 30 octobre au 2 novembre inclus. Nous traiterons votre "
        "demande dès notre retour. Pour toute demande de devis, merci d'utiliser le formulaire de notre site.\n\n"
        "Menuiserie Schmit S.à r.l. – Ettelbruck",
        sent="2026-10-28",
    ),
    A(
        "fr",
        "out_of_office",
        "Bonjour,\n\nJe suis en mission à l'intérieur du pays jusqu'au 25/10 avec une connexion irrégulière. Je "
        "prendrai connaissance de votre message à mon retour. Pour les urgences : Fatou Diop, fatou.diop@sococim-agro.sn"
        "\n\nCordialement,\nMamadou Fall",
    ),
    A(
        "en",
        "out_of_office",
        "I'm on annual leave until Monday 26 October with no access to email. For anything urgent please call "
        "reception on 0121 496 0000. For quotes and pricing, please contact sales@brindleypackaging.co.uk.\n\nThanks,\n"
        "Simon",
    ),
    A(
        "en",
        "out_of_office",
        "Thank you for your email. I am currently out of the office and will respond on my return.",
        sent="2026-10-20",
    ),
    A(
        "en",
        "out_of_office",
        "Dear Sender,\n\nI am on leave from 6th Nov to 11th Nov on account of Diwali. For urgent matters kindly contact "
        "Mr. Suresh Pillai at suresh.pillai@kalyanifoods.in.\n\nRegards,\nLakshmi Nair",
        sent="2026-11-06",
    ),
    A(
        "en",
        "out_of_office",
        "I'm currently on long service leave, returning 18 January 2027. Please contact operations@gippslandcold.com.au "
        "for anything urgent.\n\nDarren",
        sent="2026-10-21",
    ),
    T(
        "en",
        "out_of_office",
        "Kia ora, I'm away at a conference until Thursday 22 October with patchy email. I'll get back to you when I'm "
        "back in the office.\n\nNgā mihi,\nAroha",
        "ans1",
        "outlook_en",
        "Aroha Ngata <aroha@tairawhitiphysio.co.nz>",
        sent="2026-10-20",
    ),
    A(
        "en",
        "out_of_office",
        "Auto-reply: I am on medical leave until 20 Oct. Kindly contact my colleague Jasmine Lim "
        "(jasmine.lim@meridianfnb.sg) for urgent matters.",
        sent="2026-10-15",
    ),
    A(
        "en",
        "out_of_office",
        "Thanks for reaching out! I'm out of the office with limited access to email through November 2. I'll get back "
        "to you when I return.\n\n- Megan",
    ),
    A(
        "en",
        "out_of_office",
        "Good day\n\nI am currently on leave and will be back on 2 November. For urgent queries please contact Sipho "
        "Ndlovu on 082 555 0148.\n\nKind regards\nPetra",
        sent="2026-10-20",
    ),
]

# --------------------------------------------------------------------------- other

OTHER: list[dict[str, Any]] = [
    T(
        "fr",
        "other",
        "Pour info, vos mails arrivent systématiquement dans nos spams (celui-ci aussi). Je vous préviens au cas où.\n"
        "A. Morel",
        "acc2",
        "gmail_fr",
        "Alain Morel <a.morel@morel-assurances.fr>",
        sent="2026-10-20",
    ),
    T(
        "fr",
        "other",
        "Vous êtes bien la société qui a repris le parc informatique de la mairie de Rezé ? On a un souci avec un des "
        "PC reçus l'an dernier, il ne démarre plus.\n\nLaurence",
        "reb1",
        "gmail_fr",
        "Laurence Guérin <l.guerin@asso-lesbaladins.fr>",
    ),
    T(
        "fr",
        "other",
        "Retirez Sandrine de la copie svp, elle n'est plus dans le service.\nMerci\nJ. Perret",
        "wat2",
        "outlook_fr",
        "Julien Perret <j.perret@perret-bois.fr>",
        sent="2026-10-20",
    ),
    A(
        "fr",
        "other",
        "Votre demande n° 48213 a bien été enregistrée par le service Courrier de la Mairie de Saint-Herblain. Elle "
        "sera transmise au service concerné.\n\nCeci est un message automatique, merci de ne pas y répondre.",
    ),
    T(
        "fr",
        "other",
        "Bonjour,\n\nD'où tenez-vous mes coordonnées ? Je vous demande, au titre de l'article 15 du RGPD, de m'indiquer "
        "la source et les données que vous détenez sur moi.\n\nCordialement,\nM. Lefort",
        "reb2",
        "owa_fr",
        "Mathieu Lefort <m.lefort@lefort-conseil.fr>",
        sent="2026-10-21",
    ),
    T(
        "fr",
        "other",
        "Bonjour, vous avez mis notre ancien nom dans votre mail (Boulangerie Martin) : nous sommes devenus Maison "
        "Martin & Fils depuis mars. Pour vos fichiers.\nBonne journée",
        "avi1",
        "gmail_fr",
        "Maison Martin <contact@maison-martin.fr>",
    ),
    A(
        "fr",
        "other",
        "Votre message n'a pas pu être remis à f.roussel@cabinet-roussel.fr car la boîte aux lettres du destinataire "
        "est pleine.\n\nObjet : RE: Plus jamais d'appel manqué\nEnvoyé : mardi 20 octobre 2026 09:40",
        sent="2026-10-20",
    ),
    T(
        "en",
        "other",
        "Your emails keep landing in our junk folder, thought you'd want to know. Found this one by accident.",
        "grid1",
        "outlook_en",
        "Harriet Lowe <harriet@lowetextiles.co.uk>",
    ),
    T(
        "en",
        "other",
        "Please take Jenny off the cc, she's moved to our Leeds office and doesn't deal with this.\n\nThanks\nMark",
        "rg2",
        "outlook_en",
        "Mark Sutton <mark.sutton@suttonwholesale.co.uk>",
        sent="2026-10-20",
    ),
    T(
        "en",
        "other",
        "I unsubscribed by accident when I meant to click the link to the pre-check - can you put me back on?\n\nCheers\n"
        "Bridget",
        "lev1",
        "gmail_en",
        "Bridget Cole <bridget@colesbakehouse.co.uk>",
    ),
    A(
        "en",
        "other",
        "This is an automated response. Your request (#CS-20417) has been received by the Westbridge District Council "
        "Customer Services team. We aim to respond within 10 working days.\n\nPlease do not reply to this email.",
    ),
    T(
        "en",
        "other",
        "Out of curiosity, where did you get my details? Not complaining, just want to know which list I'm on.\n\n"
        "Jonathan",
        "sb1",
        "gmail_en",
        "Jonathan Kerr <jonathan@kerrarchitects.ie>",
    ),
    A(
        "en",
        "other",
        "Your message\n\nTo: Sam Patel\nSubject: Your business energy renewal\nSent: Wednesday, 14 October 2026 09:40\n\n"
        "was read on Thursday, 15 October 2026 14:02.",
    ),
    T(
        "en",
        "other",
        "Hi, pls note we've changed our company name from Tan Brothers Trading to TB Trading Pte Ltd, pls update your "
        "records. Thanks",
        "star1",
        "gmail_en",
        "Admin <admin@tbtrading.sg>",
    ),
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
random.Random(19).shuffle(CASES)


if __name__ == "__main__":
    write_split("heldout19", CASES, sys.argv)
