"""A tenth training split, `train10`: ~700 replies to the prospecting and follow-up emails of B2B vendors
other than wealth management: (a) a SaaS vendor (HR software, invoicing, cybersecurity, logistics),
(b) an insurance broker for companies, (c) an industrial supplier (machine tools, packaging, energy),
(d) a recruitment agency, (e) a training organisation, (f) an event venue. Prospects are IT directors,
plant managers, purchasing officers, HR heads, office managers, hospital buyers, school principals,
restaurant owners, town halls, NGOs and procurement portals. Written blind: without looking at the
classifier, its rules, any evaluation split or the replies of the other training splits.

Conventions used for the labels (the same as train9's):
- `lang` is the language of the reply's own new text, not of the quoted prospecting email.
- A reply with several signals gets the most actionable one: "interested, but call me in March" is
  `not_now`; "not for me, ask my colleague X" is `referral`; "interested, can we meet Tuesday?" is
  `meeting_request`; "interested, what does it cost?" is `quote_request`.
- `meeting_request` asks for a meeting, a call, a demo or a visit, or proposes slots / a Teams or Zoom link.
- `quote_request` asks for a price, a price range, fees, a devis, a tarif, a proposal or a costed offer;
  `information_request` asks for documentation, a brochure, case studies, details, availability or how
  something works. A procurement reply that only asks us to register on a supplier portal or to answer a
  public tender is `other`; one that asks for documents or details is `information_request`.
- `unsubscribe` only when the person asks to stop receiving emails or to be removed ("stop", "retirez-moi",
  "ne plus me contacter", "take me off your list"), including GDPR erasure requests ("where did you get my
  data? delete it"). Legal footers mentioning unsubscribe links, "no need to remove me", "stop calling my
  mobile", "stop by our booth", complaints that do not ask to stop, and questions about where the data
  came from without an erasure request get the label of what the reply otherwise says.
- `referral` when the reply points to someone else (wrong person, left the company, "contact X instead",
  a forward to a colleague asking them to handle it), with referral=(name or None, address or None): the
  name as written, without titles, and the address given for that person or for the service the reply
  sends us to; (None, None) when the reply says "not me / I left" without naming anyone. A misdirected
  email ("wrong address, nobody of that name here") is `other`. An absence notice that names a stand-in
  during the absence stays `out_of_office`, and an absence's return date is not an `until`.
- `not_now.until` (relative to `sent`): "in/en <month>" or "début <month>" -> the 1st of its next
  occurrence; "mi-<month>" -> the 15th; "fin <month>" / "end of <month>" / "not before the end of X" -> the
  last day of that period; "after <day>" / "après le <day>" -> the next day; "from <day>" / "à partir du
  <day>" / "call me on <day>" -> that day; "in N days/weeks/months" -> sent + N days / 7N days / N calendar
  months; "next week" -> the Monday of next week; "next month" -> its 1st; "next year" / "l'an prochain"
  -> 1 January; "after the summer" / "à la rentrée" -> 1 September; "next quarter" / "Q3" -> the
  quarter's first day; "second semestre" -> 1 July; "after Easter" -> Easter Monday. Vague deferrals
  ("later", "dans quelques mois", "when the new director starts", "after the holidays") -> None.
"""

from __future__ import annotations

import datetime as _dt
import zlib as _zlib

from common import C

# ---------------------------------------------------------------------------------------------------
# The prospecting / follow-up emails that replies may quote: (sender, address, subject, body).
# Their wording deliberately belongs to other classes (meeting asks, STOP footers, price talk).
# ---------------------------------------------------------------------------------------------------

_Q = {
    "rh": (
        "Julie Marchand",
        "julie.marchand@talentio-rh.fr",
        "Votre gestion RH en 2026",
        "Bonjour,\n\nTalentio centralise congés, entretiens annuels et dossiers du personnel dans un seul outil, "
        "hébergé en France.\nSeriez-vous disponible pour une démo de 20 minutes la semaine prochaine ?\n\n"
        "Bien cordialement,\nJulie Marchand\nResponsable commerciale – Talentio\n"
        "Pour ne plus recevoir nos emails, répondez STOP.",
    ),
    "fact": (
        "Nicolas Perrin",
        "n.perrin@facturo.io",
        "Facturation électronique : êtes-vous prêts ?",
        "Bonjour,\n\nLa facturation électronique devient obligatoire pour toutes les entreprises. "
        "Facturo vous met en conformité en quelques jours, sans changer votre ERP.\n"
        "Puis-je vous envoyer une proposition tarifaire adaptée à votre volume de factures ?\n\n"
        "Cordialement,\nNicolas Perrin – Facturo",
    ),
    "cyber": (
        "Sarah Kent",
        "sarah.kent@shieldgrid.com",
        "Quick question about your SOC coverage",
        "Hi,\n\nMost mid-sized companies we talk to have no 24/7 monitoring of their endpoints. "
        "ShieldGrid provides a managed SOC from EUR 9 per device per month.\n"
        "Would you have 15 minutes for a call on Thursday?\n\nBest,\nSarah Kent\nAccount Executive, ShieldGrid\n"
        "Not interested? Reply 'unsubscribe' and we won't contact you again.",
    ),
    "logi": (
        "Tom Becker",
        "tom.becker@routelynx.com",
        "Cutting your delivery costs by 12%",
        "Hello,\n\nRouteLynx optimises delivery rounds and warehouse picking for distributors. "
        "Our customers cut transport costs by 12% in the first year.\n"
        "Shall I send you a case study?\n\nKind regards,\nTom Becker – RouteLynx",
    ),
    "assur": (
        "Claire Dumont",
        "c.dumont@aubert-courtage.fr",
        "Vos contrats d'assurance entreprise",
        "Madame, Monsieur,\n\nCabinet Aubert Courtage accompagne les PME dans la révision de leurs contrats "
        "multirisque, flotte automobile et responsabilité civile. Nos clients réduisent en moyenne leurs primes de 18 %.\n"
        "Je vous propose un audit gratuit de vos contrats : quand pourrions-nous nous appeler ?\n\n"
        "Claire Dumont\nCourtière – Aubert Courtage\nORIAS 07 012 345",
    ),
    "insur": (
        "James Holloway",
        "j.holloway@northgate-brokers.co.uk",
        "Your commercial insurance renewal",
        "Dear Sir or Madam,\n\nNorthgate Brokers reviews business insurance (property, liability, fleet, cyber) "
        "for SMEs and typically finds 15-20% savings.\nCould I send you a free comparison before your renewal?\n\n"
        "Regards,\nJames Holloway\nNorthgate Brokers Ltd",
    ),
    "machine": (
        "Laurent Fabre",
        "l.fabre@fabre-machines.fr",
        "Nouveaux centres d'usinage 5 axes",
        "Bonjour,\n\nNous distribuons les centres d'usinage 5 axes Hartung et assurons l'installation et la "
        "maintenance dans toute la France.\nSouhaitez-vous recevoir notre catalogue et nos conditions de reprise "
        "de vos anciennes machines ?\n\nLaurent Fabre\nIngénieur commercial – Fabre Machines",
    ),
    "pack": (
        "Anna Lindqvist",
        "anna.lindqvist@pakform.eu",
        "Recyclable packaging for your production lines",
        "Hi,\n\nPakform supplies recyclable trays, films and cartons to food and pharma plants, with 48h delivery "
        "from our Lyon warehouse.\nWould you like a free sample kit and our price list?\n\nBest regards,\n"
        "Anna Lindqvist\nKey Account Manager – Pakform",
    ),
    "energie": (
        "Marc Aubry",
        "marc.aubry@voltea-energie.fr",
        "Votre contrat d'électricité professionnel",
        "Bonjour,\n\nVoltea négocie l'électricité et le gaz des sites industriels et des collectivités. "
        "Nous pouvons comparer votre contrat actuel gratuitement.\nPourriez-vous me transmettre une facture récente ?\n\n"
        "Marc Aubry – Voltea Énergie\nSi vous ne souhaitez plus être contacté, cliquez ici.",
    ),
    "recrut": (
        "Sophie Garnier",
        "sophie.garnier@cap-talents.fr",
        "Relance – vos recrutements techniques",
        "Bonjour,\n\nJe me permets de revenir vers vous suite à mon précédent message resté sans réponse.\n"
        "Cap Talents recrute techniciens de maintenance, soudeurs et chefs d'équipe en 3 semaines en moyenne.\n"
        "Avez-vous des postes ouverts en ce moment ?\n\nSophie Garnier\nConsultante – Cap Talents",
    ),
    "recruit": (
        "Daniel Ortiz",
        "daniel.ortiz@hirebridge.com",
        "Following up – nurse and care staff hiring",
        "Hi,\n\nJust following up on my last email. HireBridge places qualified nurses and care assistants "
        "within 10 days, on permanent or temporary contracts.\nAre you the right person to speak to about staffing?\n\n"
        "Thanks,\nDaniel Ortiz\nHireBridge Healthcare",
    ),
    "forma": (
        "Élodie Brun",
        "elodie.brun@forma-plus.fr",
        "Formations sécurité et management 2026",
        "Bonjour,\n\nForma+ propose des formations SST, habilitation électrique et management de proximité, "
        "en inter ou en intra, finançables par votre OPCO.\nJe vous joins notre catalogue. Souhaitez-vous un devis "
        "pour vos équipes ?\n\nÉlodie Brun\nConseillère formation – Forma+\nOrganisme certifié Qualiopi",
    ),
    "training": (
        "Ben Carter",
        "ben.carter@upskillhub.com",
        "Leadership training for your managers",
        "Hi there,\n\nUpskillHub runs two-day leadership and negotiation workshops for first-line managers, "
        "on-site or online.\nCan I book 20 minutes with you to discuss your training plan?\n\n"
        "Cheers,\nBen Carter – UpskillHub",
    ),
    "salle": (
        "Inès Caron",
        "ines.caron@domaine-des-tilleuls.fr",
        "Votre prochain séminaire au Domaine des Tilleuls",
        "Bonjour,\n\nÀ 40 minutes de Paris, le Domaine des Tilleuls accueille séminaires, conventions et soirées "
        "d'entreprise jusqu'à 300 personnes, avec hébergement sur place.\nJe serais ravie de vous faire visiter le domaine.\n\n"
        "Inès Caron\nResponsable événementiel\nDésinscription : répondez « STOP »",
    ),
    "venue": (
        "Olivia Grant",
        "olivia.grant@harbourhall.co.uk",
        "Your 2026 conference venue",
        "Hello,\n\nHarbour Hall hosts conferences, product launches and gala dinners for 50 to 600 guests, "
        "five minutes from the station.\nAre you planning any events this year? I'd love to send you our rates.\n\n"
        "Best wishes,\nOlivia Grant\nEvents Manager, Harbour Hall",
    ),
}

_TO = [
    "direction@",
    "achats@",
    "contact@",
    "drh@",
    "dsi@",
    "accueil@",
    "secretariat@",
    "info@",
    "procurement@",
    "office@",
]
_DOM = {
    "fr": [
        "groupe-delmas.fr",
        "mairie-saint-aubin.fr",
        "ch-valvert.fr",
        "lycee-jean-moulin.fr",
        "brasserie-du-port.fr",
        "atelier-morvan.fr",
        "transports-roussel.fr",
        "asso-solidarite-ouest.org",
    ],
    "en": [
        "northfield-foods.co.uk",
        "kestrel-logistics.com",
        "helping-hands.org",
        "alder-plastics.de",
        "stmarys-trust.nhs.uk",
        "brightwater-school.org.uk",
        "oakridge-council.gov.uk",
        "tidewell-hotels.com",
    ],
}

_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _quote(kind: str, key: str, sent: str, seed: str) -> str:
    name, addr, subject, body = _Q[key]
    h = _zlib.crc32(seed.encode())
    d = _dt.date.fromisoformat(sent) - _dt.timedelta(days=1 + h % 9)
    hh, mm = 8 + h % 9, h % 60
    doms = _DOM["fr" if kind.endswith("fr") else "en"]
    to = _TO[h % len(_TO)] + doms[(h // 7) % len(doms)]
    q = "\n".join("> " + line if line else ">" for line in body.split("\n"))
    if kind == "olfr":
        return (
            f"\n\n________________________________\nDe : {name} <{addr}>\nEnvoyé : {_JOURS[d.weekday()]} "
            f"{d.day} {_MOIS[d.month - 1]} {d.year} {hh:02d}:{mm:02d}\nÀ : {to}\nObjet : {subject}\n\n{body}"
        )
    if kind == "olen":
        ampm = "AM" if hh < 12 else "PM"
        h12 = hh if hh <= 12 else hh - 12
        return (
            f"\n\n-----Original Message-----\nFrom: {name} <{addr}>\nSent: {_DAYS[d.weekday()]}, "
            f"{_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{mm:02d} {ampm}\nTo: {to}\nSubject: {subject}\n\n{body}"
        )
    if kind == "gmfr":
        return (
            f"\n\nLe {_JOURS[d.weekday()][:3]}. {d.day} {_MOIS[d.month - 1]} {d.year} à {hh:02d}:{mm:02d}, "
            f"{name} <{addr}> a écrit :\n{q}"
        )
    if kind == "gmen":
        ampm = "AM" if hh < 12 else "PM"
        h12 = hh if hh <= 12 else hh - 12
        return (
            f"\n\nOn {_DAYS[d.weekday()][:3]}, {_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12}:{mm:02d} "
            f"{ampm} {name} <{addr}> wrote:\n{q}"
        )
    if kind == "mobfr":
        return (
            f"\n\nEnvoyé de mon iPhone\n\n> Le {d.day} {_MOIS[d.month - 1]} {d.year} à {hh:02d}:{mm:02d}, "
            f"{name} <{addr}> a écrit :\n>\n{q}"
        )
    if kind == "moben":
        return (
            f"\n\nSent from my iPhone\n\n> On {d.day} {_MONTHS[d.month - 1]} {d.year}, at {hh:02d}:{mm:02d}, "
            f"{name} <{addr}> wrote:\n>\n{q}"
        )
    raise ValueError(kind)


def R(lang, label, text, q=None, *, sent="2026-10-14", until=None, referral=None):
    """A case whose text may be followed by a quoted prospecting email, q = "<format>:<email>"."""
    if q:
        kind, key = q.split(":")
        text = text + _quote(kind, key, sent, text)
    return C(lang, label, text, sent=sent, until=until, referral=referral)


# Signatures and legal footers.
F_FR1 = (
    "\n\n--\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de "
    "ses destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur."
)
F_FR2 = (
    "\n\nPensez à l'environnement avant d'imprimer ce message.\nConformément au RGPD, vous disposez d'un droit "
    "d'accès, de rectification et de suppression de vos données : dpo@groupe-delmas.fr"
)
F_FR3 = (
    "\n\n—\nMairie de Saint-Aubin – Service de la commande publique\n12 place de la République, 35000 Saint-Aubin\n"
    "Toute correspondance doit être adressée à Monsieur le Maire."
)
F_EN1 = (
    "\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Kestrel Logistics Ltd, registered in England No. 08123456."
)
F_EN2 = (
    "\n\n________\nNorthfield Foods plc | Unit 4, Riverside Park, Leeds LS10 1AB\nTo unsubscribe from our customer "
    "newsletter, click here. Please consider the environment before printing this email."
)
F_EN3 = (
    "\n\nDISCLAIMER: The views expressed are those of the author and not necessarily of Helping Hands "
    "(registered charity no. 1098765). If this message reached you by mistake, please delete it."
)

CASES: list = []

# ===================================================================================================
# interested
# ===================================================================================================
CASES += [
    R("en", "interested", """Sounds good.""", sent="2026-02-17"),
    R(
        "en",
        "interested",
        """Yes, interested.

Sent from my iPhone""",
        sent="2027-01-19",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,

Votre solution arrive au bon moment : nous passons de 80 à 140 salariés cette année et nos congés sont encore gérés sur Excel. C'est clairement un sujet pour nous.

Cordialement,
Hélène Jacquet
Responsable RH – Transports Roussel""",
        q="olfr:rh",
        sent="2026-01-13",
    ),
    R(
        "en",
        "interested",
        """Hi Sarah,

Funny timing, we had a ransomware scare two weeks ago and the board is now asking what we do about monitoring. So yes, this is relevant to us.

Regards,
Piotr Nowak
IT Director, Alder Plastics GmbH""",
        q="gmen:cyber",
        sent="2025-11-05",
    ),
    R(
        "fr",
        "interested",
        """Pourquoi pas. Le sujet de la facturation électronique nous préoccupe et notre expert-comptable nous pousse à bouger. Je suis preneur.""",
        q="gmfr:fact",
        sent="2026-05-20",
    ),
    R(
        "en",
        "interested",
        """Good timing actually. Our current broker has not reviewed the fleet policy in three years. Count me in for the comparison.

James""",
        q="olen:insur",
        sent="2025-09-23",
    ),
    R("fr", "interested", """Intéressé. Revenez vers moi avec la suite.""", sent="2027-03-09"),
    R(
        "fr",
        "interested",
        """Bonjour Madame,

Nous cherchons justement un lieu pour notre convention annuelle (environ 180 personnes). Votre domaine pourrait correspondre. Je garde votre contact précieusement et vous recontacte dès que notre comité a fixé le format.

Bien à vous,
Agnès Morel
Office manager""",
        sent="2026-02-03",
    ),
    R(
        "en",
        "interested",
        """Yes please! We've been looking for someone who can supply recyclable trays at our volumes. Very interested.

Emma Wright
Purchasing Officer | Northfield Foods plc"""
        + "\n\n________\nNorthfield Foods plc | Unit 4, Riverside Park, Leeds LS10 1AB\nTo unsubscribe from our customer newsletter, click here. Please consider the environment before printing this email.",
        q="gmen:pack",
        sent="2026-06-02",
    ),  # look-alike: newsletter footer
    R("fr", "interested", """ça m'interesse oui""", sent="2025-04-15"),
    R(
        "fr",
        "interested",
        """Bonjour Sophie,

Effectivement nous avons du mal à recruter des techniciens de maintenance depuis l'été. Votre démarche tombe bien, je suis partante pour travailler avec vous.

Nathalie Bertin
DRH – Atelier Morvan""",
        q="olfr:recrut",
        sent="2025-10-07",
    ),
    R(
        "en",
        "interested",
        """Hi Daniel, yes you've got the right person. We are short of night nurses on two wards and agency costs are killing us. Interested in what you can do.

Margaret Hale
Head of Nursing Workforce""",
        q="gmen:recruit",
        sent="2026-11-24",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,
Nous avons un plan de formation à construire pour 2026 et la SST est une obligation chez nous. Votre offre nous intéresse, je vous tiens au courant.
Cordialement
M. Lefèvre, directeur de site""",
        q="mobfr:forma",
        sent="2025-12-02",
    ),
    R(
        "en",
        "interested",
        """Interesting. Our managers could definitely use this. Keep me posted.""",
        sent="2027-02-23",
    ),
    R(
        "en",
        "interested",
        """Great, this is exactly the kind of venue our CEO has been asking for. Definitely on our radar.""",
        sent="2026-04-28",
    ),
    R(
        "fr",
        "interested",
        """Bonjour, c'est tout à fait dans nos préoccupations du moment. Nos machines ont plus de 20 ans et la reprise nous intéresse beaucoup.
Bien cordialement,
Didier Caillaud
Responsable de production""",
        q="olfr:machine",
        sent="2026-09-15",
    ),
    R(
        "fr",
        "interested",
        """Le sujet nous intéresse, notre facture d'électricité a doublé en deux ans. Je vous fais confiance pour la suite.

Envoyé de mon iPhone""",
        sent="2025-03-18",
    ),
    R(
        "en",
        "interested",
        """Hey Tom, honestly 12% would be huge for us. We run 40 vans out of two depots. I'm interested.""",
        q="gmen:logi",
        sent="2026-07-08",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,

Nous serions intéressés. Nous sommes une association de 35 salariés et 200 bénévoles, et la gestion des plannings est un casse-tête.

Solidairement,
Karima Haddad
Coordinatrice – Association Solidarité Ouest""",
        sent="2026-01-27",
    ),
    R("en", "interested", """OK, you've got my attention.""", sent="2025-08-19"),
    R(
        "en",
        "interested",
        """yes we r interested, our factory need this packaging for the new line. we are in contact.

Best regards
Mehmet Yilmaz
Production Manager""",
        sent="2026-03-31",
    ),
    R(
        "fr",
        "interested",
        """Hello, oui très intéressée !! on en parle à la direction cette semaine et je reviens vers vous""",
        sent="2027-05-11",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,

Je vous confirme l'intérêt du Centre hospitalier pour une solution de supervision de la sécurité. Le sujet figure dans notre schéma directeur.

Jean-Philippe Roux
DSI – Centre hospitalier de Valvert"""
        + F_FR1,
        sent="2026-10-20",
    ),
    R(
        "en",
        "interested",
        """Thanks for reaching out. We are indeed reviewing our e-invoicing setup ahead of the mandate and your approach looks promising. Happy to continue the conversation.""",
        sent="2026-08-25",
    ),
    R(
        "fr",
        "interested",
        """Oui pourquoi pas, on est ouverts. Notre contrat flotte arrive à échéance et on n'est pas satisfaits de l'assureur actuel.""",
        q="gmfr:assur",
        sent="2025-07-01",
    ),
    R(
        "en",
        "interested",
        """Absolutely. We've been meaning to modernise our HR admin for ages. Let's keep talking.""",
        sent="2026-12-08",
    ),
    R(
        "fr",
        "interested",
        """Bonjour Madame Caron,

Retirez-moi... de la liste des personnes qui ne vous ont pas encore répondu : c'est oui, votre domaine nous intéresse pour notre séminaire de direction !

Bien à vous,
Paul Vasseur""",
        sent="2026-02-10",
    ),  # look-alike
    R(
        "en",
        "interested",
        """No need to remove me from anything, quite the opposite: this is relevant and I'd like to hear more as things progress.""",
        sent="2025-05-13",
    ),  # look-alike
    R(
        "fr",
        "interested",
        """Intéressant. On a arrêté le contrat avec notre prestataire de maintenance en septembre, donc on regarde ce qui existe. Je suis preneur de la suite.""",
        q="olfr:machine",
        sent="2025-10-21",
    ),  # look-alike ("arrêté")
    R(
        "en",
        "interested",
        """Stop. Re-read your email: you called me "Mrs" — I'm Mr. Other than that, yes, we're interested.

Chris Dale""",
        sent="2026-06-16",
    ),  # look-alike
    R(
        "fr",
        "interested",
        """Bonjour,
En tant que principale du collège, je suis intéressée par la formation gestion de conflits pour mon équipe de vie scolaire. Je reviens vers vous après le conseil d'administration.
Mme Benali""",
        sent="2026-11-17",
    ),
    R(
        "en",
        "interested",
        """Hi Olivia,

We're a charity so budgets are tight, but our annual fundraising gala needs a new home and your hall looks lovely. Interested.

Warm regards,
Priya Shah
Events Coordinator"""
        + F_EN3,
        q="olen:venue",
        sent="2027-03-30",
    ),
    R("fr", "interested", """Oui c'est bon pour moi, on avance.""", sent="2026-05-05"),
    R("en", "interested", """Sure, why not.""", sent="2027-06-15"),
    R(
        "fr",
        "interested",
        """Monsieur,

La commune de Saint-Aubin étudie le renouvellement de ses contrats d'énergie pour l'école et la salle des fêtes. Votre démarche retient notre attention.

Pour le Maire,
Sylvie Gautier
Secrétaire générale"""
        + F_FR3,
        q="olfr:energie",
        sent="2025-11-25",
    ),
    R(
        "en",
        "interested",
        """This could work for us. We have 3 warehouses and picking is our bottleneck. Interested to see where this goes.

Sent from Outlook for Android""",
        q="moben:logi",
        sent="2026-09-29",
    ),
    R("fr", "interested", """bjr oui intéressé pour les soudeurs""", sent="2027-01-12"),
    R(
        "en",
        "interested",
        """I'm the owner of two restaurants in Brighton, we hire seasonal staff every spring and it's always a nightmare. Your service sounds good. Yes.""",
        sent="2026-02-24",
    ),
    R(
        "fr",
        "interested",
        """Bonjour, très bonne idée. Notre DG m'a justement demandé de regarder la cybersécurité ce trimestre. Je suis intéressé.

--
Franck Olivier
Responsable informatique
Groupe Delmas"""
        + F_FR2,
        sent="2025-09-09",
    ),  # look-alike: RGPD footer
    R(
        "en",
        "interested",
        """Hi, I think this might be worth exploring. We're a private school with 600 pupils and our staff training budget has just been renewed. Interested.

Mr. A. Fielding
Headteacher, Brightwater School""",
        q="gmen:training",
        sent="2026-09-08",
    ),
    R(
        "fr",
        "interested",
        """Votre offre me parle. Nous sommes un restaurant de 60 couverts et je cherche à former mes deux chefs de rang au management. À suivre !""",
        sent="2026-04-07",
    ),
    R("en", "interested", """Yep, that's on our list for this year. Consider us interested.""", sent="2025-02-11"),
    R(
        "fr",
        "interested",
        """Ne me désabonnez surtout pas ! Votre newsletter et vos offres sur les emballages recyclables m'intéressent beaucoup.""",
        sent="2026-03-24",
    ),  # look-alike
    R(
        "en",
        "interested",
        """Hello Mr Becker, I am interested for your software, we have many problem with the delivery in our company. I wait your news.
Best regard
Ahmed Benali
Logistic responsible""",
        sent="2027-04-06",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,

Comme évoqué au salon Global Industrie, nous sommes intéressés par vos films recyclables pour notre ligne de conditionnement. Je confirme notre intérêt.

Bien cordialement,
Cécile Arnaud
Acheteuse emballages""",
        sent="2026-05-26",
    ),
    R(
        "en",
        "interested",
        """Yes — our renewal is in a couple of months and we've been unhappy with the service. Definitely interested in a comparison.""",
        q="gmen:insur",
        sent="2025-12-16",
    ),
    R("fr", "interested", """Ok pour moi""", q="mobfr:rh", sent="2026-06-09"),
    R(
        "en",
        "interested",
        """Interesting stuff. We're a 250-bed hospital and staffing is our number one risk. Happy to explore.""",
        sent="2027-02-02",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,
je suis nouveau directeur de l'EHPAD, le sujet du recrutement des aides-soignants est prioritaire. Oui votre proposition m'intéresse.
Cordialement""",
        sent="2025-08-26",
    ),
    R(
        "en",
        "interested",
        """Honestly, after 6 months of chasing paper invoices, anything that helps is welcome. Interested.""",
        q="olen:logi",
        sent="2026-10-06",
    ),
    R(
        "fr",
        "interested",
        """On est intéressés. Vous avez tapé dans le mille : notre onduleur principal a lâché la semaine dernière et on réfléchit à toute notre alimentation.""",
        sent="2027-09-14",
    ),
    R(
        "en",
        "interested",
        """Hi Ben,

Thanks for your persistence. We've just promoted eight people to team lead roles and they need support. Interested.

Best,
Laura Mendes
HR Business Partner""",
        q="gmen:training",
        sent="2025-06-24",
    ),
    R(
        "fr",
        "interested",
        """Bonjour Monsieur Aubry,

Oui, nous sommes intéressés par une mise en concurrence de notre contrat. La facture que vous demandez est à la comptabilité, je la récupère.

Bernard Lemaire
Directeur administratif et financier""",
        sent="2026-01-06",
    ),
    R(
        "en",
        "interested",
        """This is of interest. We are a public body so anything will need to go through procurement eventually, but I'm keen.""",
        sent="2026-07-21",
    ),
    R("fr", "interested", """Intéressé, à suivre.""", sent="2025-01-21"),
    R("en", "interested", """👍 interested""", sent="2026-11-03"),
    R(
        "fr",
        "interested",
        """Bonjour, oui ça nous intéresse beaucoup, on organise un gala pour 250 invités en fin d'année et on n'a encore rien trouvé de satisfaisant.""",
        q="gmfr:salle",
        sent="2027-05-25",
    ),
    R(
        "en",
        "interested",
        """We already have a broker but frankly we're not attached to them. So yes, interested in seeing what you'd do differently.""",
        sent="2025-10-14",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,

Nous n'avons pas de solution de supervision aujourd'hui et notre assureur cyber commence à nous la demander. Le sujet est donc d'actualité, je vous confirme notre intérêt.

Cordialement,
Xavier Dubreuil
DSI""",
        sent="2026-03-17",
    ),
    R(
        "en",
        "interested",
        """Hi! Yes we'd love to be part of that. Our NGO has 12 offices across West Africa and HR is all paper. Interested!!""",
        sent="2026-08-04",
    ),
    R("fr", "interested", """ok ça marche, je suis partant""", sent="2027-07-06"),
    R(
        "en",
        "interested",
        """Yes, go ahead, we're interested in principle. I'll need to loop in finance at some point but let's move forward.""",
        q="olen:cyber",
        sent="2026-12-15",
    ),
    R(
        "fr",
        "interested",
        """Bonjour Élodie,

Oui, l'habilitation électrique de nos 15 techniciens arrive à échéance. Votre offre tombe à pic, nous sommes intéressés.

Bien cordialement,
Stéphane Giraud
Responsable maintenance – Atelier Morvan""",
        q="olfr:forma",
        sent="2025-05-27",
    ),
    R(
        "en",
        "interested",
        """Hi Anna,

I'm not going to pretend we're not looking, our current supplier let us down twice this quarter. Interested.

Sent from my Galaxy""",
        sent="2026-04-14",
    ),
    R("fr", "interested", """C'est intéressant. On garde le contact.""", sent="2025-07-29"),
    R(
        "en",
        "interested",
        """Interested. We need to decide before our board meets, so the sooner the better.""",
        sent="2027-10-12",
    ),
    R(
        "fr",
        "interested",
        """Bonjour, je suis gérante d'une crèche privée (3 établissements). Les entretiens annuels et le suivi des formations sont un vrai sujet. Oui, intéressée.""",
        sent="2026-10-27",
    ),
    R("en", "interested", """Re your email: yes. Very much so.""", sent="2025-03-04"),
    R(
        "fr",
        "interested",
        """Je ne connaissais pas votre société mais l'idée me plaît. Nous avons trois entrepôts et aucune optimisation des tournées. Je suis intéressé.""",
        sent="2027-02-16",
    ),
    R(
        "en",
        "interested",
        """Hello,

Speaking for the Parish Council: we are reviewing insurance for the village hall and the playground. Your offer is of interest.

Yours faithfully,
Rev. D. Marsh, Clerk to the Council""",
        sent="2026-01-20",
    ),
    R("fr", "interested", """Oui !""", sent="2026-09-22"),
    R("en", "interested", """Ok""", q="moben:pack", sent="2027-08-10"),
    R(
        "fr",
        "interested",
        """Bonjour,

J'ai bien lu votre relance. Désolé pour le silence, nous étions en pleine clôture. Oui, le sujet nous intéresse toujours et je suis prête à avancer.

Claire Fontaine
Comptable unique – SARL Fontaine & Fils""",
        sent="2025-02-25",
    ),
    R(
        "en",
        "interested",
        """Hi Sarah, we spoke at the Infosecurity Europe stand. Yes, still interested, glad you followed up.""",
        sent="2026-06-30",
    ),
    R(
        "fr",
        "interested",
        """Bonjour,
Nous avons un projet d'extension de l'usine en 2026 et il nous faudra deux centres d'usinage supplémentaires. Donc oui, à garder sous le coude, c'est intéressant.
Cordialement,
Jérôme Pasquier, directeur industriel""",
        sent="2025-11-18",
    ),
    R(
        "en",
        "interested",
        """We might be the perfect fit for you guys haha. 3 new sites opening, zero HR tools. Interested.""",
        sent="2027-03-16",
    ),
    R(
        "fr",
        "interested",
        """Bonjour, je vous confirme que la mairie est intéressée par un lieu pour les vœux du maire au personnel (120 agents). Bien à vous.""",
        q="olfr:salle",
        sent="2025-09-30",
    ),
    R(
        "en",
        "interested",
        """Hi Olivia — yes, we have two events planned for next year and we're open to a new venue. Interested!""",
        q="gmen:venue",
        sent="2026-10-13",
    ),
    R(
        "fr",
        "interested",
        """Intéressant ce que vous faites. Je suis dans le bâtiment, on a du mal à trouver des chefs d'équipe. Je suis OK pour qu'on travaille ensemble.""",
        sent="2026-12-01",
    ),
    R(
        "en",
        "interested",
        """Thanks. The board approved a cyber budget last week, so the timing is right. We're interested.""",
        sent="2025-04-29",
    ),
    R(
        "fr",
        "interested",
        """Bonjour Monsieur,

Nous sommes un lycée professionnel avec une section usinage. Vos machines pourraient intéresser notre atelier, d'autant que la Région finance une partie de l'équipement.

Le proviseur,
M. Hamon""",
        q="olfr:machine",
        sent="2026-02-03",
    ),
    R(
        "en",
        "interested",
        """Hi Tom,
Yes, definitely interested — we lose too much time on manual route planning.
Cheers
Gareth""",
        sent="2026-05-12",
    ),
    R("fr", "interested", """Bonsoir, intéressée oui, c'est pile le besoin de notre cabinet.""", sent="2027-11-09"),
    R(
        "en",
        "interested",
        """Hello, I am purchasing officer in a hospital in Belgium. We are interest in your recyclable packaging for the pharmacy. Thank you.""",
        sent="2026-03-10",
    ),
    R(
        "fr",
        "interested",
        """Vous tombez bien, notre assureur vient de nous annoncer +25 % sur la multirisque. Je suis intéressé par votre audit.""",
        q="mobfr:assur",
        sent="2025-12-09",
    ),
]

# ===================================================================================================
# meeting_request
# ===================================================================================================
CASES += [
    R("en", "meeting_request", """call me""", sent="2026-04-21"),
    R("fr", "meeting_request", """Appelez-moi au 06 12 48 77 30.""", sent="2025-09-16"),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

Oui pour une démo. Je suis disponible jeudi 5 mars à 14h ou vendredi 6 mars à 10h. Dites-moi ce qui vous convient.

Hélène Jacquet
Responsable RH""",
        sent="2026-03-02",
    ),
    R(
        "en",
        "meeting_request",
        """Thursday works. 2pm UK time? Send an invite to this address.""",
        q="gmen:cyber",
        sent="2025-11-11",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Sarah,

Let's do it. I've sent you a Teams invite for Tuesday 10:30.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 384 221 907 615
Passcode: q7Xk2P

Piotr""",
        q="olen:cyber",
        sent="2026-01-22",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Madame Caron,

Nous aimerions visiter le domaine avant de nous décider. Serait-il possible de venir le mercredi 14 octobre en fin de matinée ?

Cordialement,
Agnès Morel""",
        q="olfr:salle",
        sent="2026-10-05",
    ),
    R(
        "en",
        "meeting_request",
        """Can you come to the plant next week? Easier to show you the line than to explain it by email.

Mehmet Yilmaz
Production Manager""",
        sent="2026-04-01",
    ),
    R("fr", "meeting_request", """On peut s'appeler demain 9h ?""", sent="2027-02-08"),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

Je vous propose un échange en visio mardi prochain à 11h.
Rejoindre la réunion Zoom : https://zoom.us/j/93817264510?pwd=Tm9Xb1pQ
ID de réunion : 938 1726 4510
Code secret : 482913

Bien cordialement,
Bernard Lemaire, DAF""",
        q="gmfr:energie",
        sent="2026-01-15",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Tom, could we set up a demo with my ops manager? Any morning next week except Wednesday.""",
        sent="2026-07-09",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Sophie,

Je préfère en parler de vive voix. Pouvez-vous m'appeler cet après-midi entre 14h et 16h au 02 99 41 12 56 ?

Nathalie Bertin
DRH""",
        q="olfr:recrut",
        sent="2025-10-08",
    ),
    R(
        "en",
        "meeting_request",
        """Interested. What does your calendar look like Friday? I could do a 20-min call at 9.""",
        sent="2025-06-05",
    ),
    R(
        "fr",
        "meeting_request",
        """Rdv possible lundi 14h à l'usine ? Demandez M. Caillaud à l'accueil.""",
        sent="2026-09-17",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Ben, happy to talk. Book a slot here: https://calendly.com/laura-mendes-hr/30min

Laura""",
        q="gmen:training",
        sent="2025-06-26",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour,
Oui pour l'audit. Passez nous voir au dépôt un matin de la semaine prochaine, je vous montrerai la flotte (22 véhicules).
Cordialement,
Thierry Roussel""",
        q="olfr:assur",
        sent="2025-07-03",
    ),
    R(
        "en",
        "meeting_request",
        """Stop by our booth at Packaging Innovations, stand C42, Wednesday afternoon. Bring samples and we can talk properly.

Emma""",
        sent="2026-08-26",
    ),  # look-alike
    R(
        "fr",
        "meeting_request",
        """Merci de ne plus m'appeler le matin, je suis en atelier. Rappelez-moi plutôt après 14h, je serai dispo pour en parler.""",
        sent="2025-03-25",
    ),  # look-alike
    R(
        "en",
        "meeting_request",
        """STOP the presses — this is exactly what we need. Call me today if you can: 07700 900461.""",
        sent="2026-02-19",
    ),  # look-alike
    R(
        "fr",
        "meeting_request",
        """Je me suis désabonné de votre newsletter il y a un an, mais là votre offre sur l'habilitation électrique m'intéresse. Je voudrais un rendez-vous avec un conseiller.""",
        sent="2026-05-19",
    ),  # look-alike
    R(
        "en",
        "meeting_request",
        """My colleague asked to be removed from your list, but I'm the one who handles facilities and I'm interested. Can we meet next Tuesday?""",
        sent="2026-11-05",
    ),  # look-alike
    R(
        "fr",
        "meeting_request",
        """Bonjour Monsieur Fabre,

Nous souhaiterions une démonstration du centre 5 axes dans votre showroom. Nous serions trois : le directeur industriel, le responsable méthodes et moi-même. Quelles dates nous proposez-vous ?

Cécile Arnaud
Acheteuse – Atelier Morvan""",
        q="olfr:machine",
        sent="2025-11-20",
    ),
    R("en", "meeting_request", """Yes let's talk. Monday 3pm or Tuesday 11am CET?""", sent="2027-01-25"),
    R(
        "fr",
        "meeting_request",
        """Bonjour, je vous propose un point téléphonique le jeudi 12 à 10h30. Mon numéro : 01 45 22 87 13. Cordialement, X. Dubreuil""",
        sent="2026-03-05",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Olivia,

Could we arrange a site visit? We'd like to see the main hall and the breakout rooms. Any day the week of 16 March works for us.

Priya Shah""",
        sent="2026-03-03",
    ),
    R(
        "fr",
        "meeting_request",
        """Pouvez-vous passer à la mairie pour présenter votre offre au maire et à l'adjoint aux finances ? Le mardi après-midi est le plus simple.

Sylvie Gautier
Secrétaire générale"""
        + F_FR3,
        sent="2025-12-04",
    ),
    R(
        "en",
        "meeting_request",
        """Hello, I would like to meet you for discuss. I am in Paris the 15 and 16 of june. Possible?
Ahmed""",
        sent="2027-05-27",
    ),
    R(
        "fr",
        "meeting_request",
        """Salut Nicolas, on se cale un café la semaine prochaine ? Je suis à La Défense mardi et jeudi.""",
        q="gmfr:fact",
        sent="2026-06-04",
    ),
    R("en", "meeting_request", """Send me a meeting invite for a demo. Any afternoon this week.""", sent="2025-10-20"),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

J'ai réservé un créneau dans votre agenda en ligne pour le 18 novembre à 15h. Pouvez-vous confirmer ?

Jean-Philippe Roux
DSI – CH de Valvert"""
        + F_FR1,
        sent="2026-11-09",
    ),
    R(
        "en",
        "meeting_request",
        """Interested but I need to see it live. Can you do a Zoom with me and our CFO?
https://us02web.zoom.us/j/81234567890 — Thursday 4pm would suit us.""",
        sent="2026-09-03",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Élodie, oui pour en discuter. Venez présenter votre catalogue à notre comité de direction le 3 février à 9h, vous aurez 20 minutes.""",
        q="olfr:forma",
        sent="2026-01-14",
    ),
    R(
        "en",
        "meeting_request",
        """Hi, sounds interesting, could you give me a ring tomorrow morning? 0161 496 0321.""",
        sent="2025-02-05",
    ),
    R("fr", "meeting_request", """ok pour un rdv""", sent="2026-10-29"),
    R("en", "meeting_request", """ok let's meet""", q="moben:insur", sent="2027-06-22"),
    R(
        "fr",
        "meeting_request",
        """Intéressé. Je suis au bureau mercredi toute la journée, passez quand vous voulez.""",
        sent="2025-04-08",
    ),
    R(
        "en",
        "meeting_request",
        """Good timing. Are you free for a quick call this afternoon? I'm at my desk until 5.""",
        q="gmen:recruit",
        sent="2026-11-26",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Monsieur Becker,
Nous aimerions organiser un atelier de 2 heures avec nos chefs de quai pour voir votre outil. Seriez-vous disponible en présentiel à Rennes ?
Cordialement""",
        sent="2026-02-12",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Daniel,

Yes, I'm the right person. Let's speak. I'm free Wednesday between 1 and 3 — call the switchboard and ask for the workforce office.

Margaret Hale""",
        sent="2026-12-01",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

Oui pour un rendez-vous. Voici le lien Teams pour jeudi 10h :
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion
ID de la réunion : 318 552 746 903
Code secret : 9ZqpW4
________________________________________________________________________________

Franck Olivier""",
        sent="2025-09-10",
    ),
    R(
        "en",
        "meeting_request",
        """Could we have a video call next week to go through it? Tuesday or Thursday mornings are best. Thanks!""",
        q="olen:training",
        sent="2026-08-13",
    ),
    R("fr", "meeting_request", """Appelle-moi""", sent="2027-04-13"),
    R("en", "meeting_request", """Let's talk. When?""", sent="2025-08-07"),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

Nous accueillons un salon de l'emploi à la mairie le 22 mai. Pourriez-vous venir tenir un stand ? On pourrait en profiter pour discuter de vos services de recrutement.

Service Emploi – Mairie de Saint-Aubin""",
        sent="2026-04-16",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Anna, yes. Can you come and see us at the Leeds plant? I'd like our quality manager there too. Next Thursday 10am?""",
        q="gmen:pack",
        sent="2026-06-03",
    ),
    R(
        "fr",
        "meeting_request",
        """Je suis intéressée mais j'ai besoin d'en parler avec vous avant. Un appel de 15 min lundi 9h30 ?""",
        q="mobfr:rh",
        sent="2025-05-15",
    ),
    R(
        "en",
        "meeting_request",
        """Please call me on my mobile, I'm rarely at my desk: +44 7700 900 128. Best time is before 8am or after 6pm.""",
        sent="2026-10-01",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour, oui je veux bien une démo. Vous pouvez me proposer 2 ou 3 créneaux ?""",
        sent="2027-09-21",
    ),
    R(
        "en",
        "meeting_request",
        """Hi James,

We'd be glad to meet. Our renewal is in March so the sooner the better. Can you do a Teams call on 27 January at 2pm?

Kind regards,
Helen Cartwright
Finance Director""",
        q="olen:insur",
        sent="2026-01-19",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour,
Je souhaiterais visiter vos salles pour un séminaire de 80 personnes. Je peux passer samedi matin, est-ce ouvert ?
Bien à vous""",
        sent="2026-09-10",
    ),
    R("en", "meeting_request", """hi can u call me back pls, missed ur call""", sent="2027-02-15"),
    R(
        "fr",
        "meeting_request",
        """Vous m'avez appelé ce matin, je n'ai pas pu décrocher. Rappelez-moi au 07 81 22 39 04, je suis joignable jusqu'à 18h.""",
        sent="2025-06-18",
    ),
    R(
        "en",
        "meeting_request",
        """I'd like to see a demo of the e-invoicing module with our accountant present. Can we do Monday 16th at 3pm? I'll send a Google Meet link: meet.google.com/xqv-ptrk-wbn""",
        sent="2026-03-11",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Madame Garnier,

Nous avons trois postes de techniciens à pourvoir. Je préfère qu'on en parle au téléphone : êtes-vous disponible vendredi matin ?

Didier Caillaud""",
        sent="2026-09-23",
    ),
    R(
        "en",
        "meeting_request",
        """We're interested. Our procurement lead and I would like to meet you in person, ideally at your office. Could you propose a couple of dates in the next two weeks?""",
        sent="2025-12-03",
    ),
    R(
        "fr",
        "meeting_request",
        """Yes on peut se voir. Mardi 15h à notre siège de Nantes, ça vous va ?""",
        sent="2026-12-10",
    ),
    R(
        "en",
        "meeting_request",
        """Hi, the board wants a presentation. 15 minutes, next board meeting is the 9th at 6pm, online. Can you make it?""",
        q="gmen:cyber",
        sent="2027-03-01",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour,

Directrice d'école, je suis intéressée par la formation premiers secours pour mon équipe. Pourriez-vous m'appeler à l'école un mardi après 16h30 ? 02 40 11 22 33.

Mme Perrot""",
        sent="2025-01-28",
    ),
    R(
        "en",
        "meeting_request",
        """Sure, put 30 mins in my diary. My assistant Rachel manages my calendar, copy her in: rachel.ives@kestrel-logistics.com""",
        sent="2026-07-14",
    ),
    R(
        "fr",
        "meeting_request",
        """Ok pour un échange. Envoyez une invitation Teams pour jeudi 16h.""",
        q="olfr:energie",
        sent="2027-06-08",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Olivia, could we pop in for a tasting and a tour on Friday the 12th? We're two.""",
        sent="2026-06-01",
    ),
    R(
        "fr",
        "meeting_request",
        """Bonjour Monsieur,

Intéressé par la reprise de nos deux tours conventionnels. Pouvez-vous venir les voir sur place pour les estimer ? Nous sommes à Cholet.

J. Pasquier""",
        q="olfr:machine",
        sent="2025-11-19",
    ),
    R(
        "en",
        "meeting_request",
        """Happy to have a call. I'm in back-to-back meetings until Thursday, so Thursday after 3 or Friday any time.""",
        sent="2027-08-17",
    ),
    R("fr", "meeting_request", """bonjour, on peut se parler au tel ? 06 33 41 78 02 merci""", sent="2026-02-26"),
]

# ===================================================================================================
# information_request
# ===================================================================================================
CASES += [
    R("fr", "information_request", """qui êtes-vous ?""", sent="2026-05-06"),
    R("en", "information_request", """Do you have case studies?""", q="gmen:logi", sent="2025-07-15"),
    R(
        "fr",
        "information_request",
        """Bonjour,

Pouvez-vous m'envoyer une documentation sur votre logiciel, en particulier le module entretiens annuels ?

Merci,
Hélène Jacquet""",
        sent="2026-01-14",
    ),
    R(
        "en",
        "information_request",
        """Is your SOC based in the EU? We're a hospital and patient data can't leave the EEA. Also, are you ISO 27001 certified?""",
        q="olen:cyber",
        sent="2026-05-26",
    ),
    R(
        "fr",
        "information_request",
        """Est-ce que votre solution est compatible avec Sage 100 ? Et qui est votre plateforme de dématérialisation partenaire ?""",
        q="gmfr:fact",
        sent="2026-02-09",
    ),
    R(
        "en",
        "information_request",
        """Which customers in food distribution use you? I'd like a couple of references I can call.""",
        sent="2025-09-02",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,
Quelle est la capacité de la grande salle en configuration théâtre ? Et avez-vous un parking pour deux autocars ?
Cordialement, Agnès Morel""",
        q="olfr:salle",
        sent="2026-02-05",
    ),
    R(
        "en",
        "information_request",
        """Is the hall wheelchair accessible, including the stage? We have several speakers with reduced mobility.""",
        q="gmen:venue",
        sent="2027-04-20",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour, pouvez-vous m'envoyer le programme détaillé de la formation SST et les dates des prochaines sessions inter à Nantes ?""",
        sent="2025-12-10",
    ),
    R(
        "en",
        "information_request",
        """Hi Ben, what's the format exactly? Two consecutive days, or can it be split? And is there any follow-up coaching after the workshop?""",
        q="gmen:training",
        sent="2025-06-25",
    ),
    R(
        "fr",
        "information_request",
        """Quels sont vos délais de livraison et d'installation pour un centre 5 axes ? Et la formation des opérateurs est-elle incluse ?""",
        q="mobfr:machine",
        sent="2026-09-16",
    ),
    R(
        "en",
        "information_request",
        """Can you send the technical data sheet for your 350 micron PET trays? Our QA needs to check food contact compliance.""",
        q="olen:pack",
        sent="2026-06-10",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,
Comment fonctionne votre comparaison ? Vous êtes rémunérés par le fournisseur ou par nous ?
Bernard Lemaire""",
        q="gmfr:energie",
        sent="2026-01-08",
    ),
    R(
        "fr",
        "information_request",
        """Quels profils avez-vous en portefeuille en ce moment ? Nous cherchons des soudeurs TIG qualifiés.""",
        sent="2025-10-09",
    ),
    R(
        "en",
        "information_request",
        """How do you vet your nurses? NMC registration checks, DBS, references? We need to know before we go any further.""",
        q="olen:recruit",
        sent="2026-11-25",
    ),
    R("en", "information_request", """Do you have case studies from other NHS trusts?""", sent="2027-01-26"),
    R(
        "fr",
        "information_request",
        """Bonjour,

Avant d'aller plus loin, pouvez-vous me transmettre votre plaquette et quelques références clients dans l'industrie ?

Cordialement,
Cécile Arnaud
Acheteuse"""
        + F_FR2,
        sent="2025-05-06",
    ),
    R(
        "fr",
        "information_request",
        """Ne me désinscrivez pas ! Mais envoyez-moi plutôt la brochure complète, le lien de votre mail ne marche pas.""",
        sent="2026-03-18",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """Please stop calling my mobile — email is fine. Send me the product documentation and I'll read it.""",
        sent="2025-08-12",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """Does your platform handle unsubscribe management and consent records for our candidate mailings? That's a must for us.""",
        sent="2026-04-22",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """We stopped using paper invoices last year. How does your tool handle the e-invoicing mandate for our French subsidiary?""",
        sent="2026-09-01",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """You can unsubscribe me from Thursday's webinar, I can't make it — but I'd like the replay link and the slides afterwards.""",
        sent="2026-10-21",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Annulez mon inscription à la session du 12, je ne pourrai pas venir. Quand a lieu la suivante ?""",
        sent="2027-02-03",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Où avez-vous eu mon adresse ? Bon, passons. Envoyez-moi votre plaquette, je regarderai.""",
        sent="2025-11-04",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Bonjour,

DPO du groupe. Avant tout échange : où sont hébergées les données de vos clients ? Avez-vous un DPA type et la liste de vos sous-traitants ?

Delphine Arnoux
Déléguée à la protection des données""",
        q="olfr:rh",
        sent="2026-06-17",
    ),  # look-alike (RGPD)
    R(
        "fr",
        "information_request",
        """Merci de supprimer la pièce jointe de 15 Mo de vos envois, notre messagerie la bloque. Un lien vers la fiche technique suffira — vous pouvez me le renvoyer ?""",
        sent="2026-02-23",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """Is there an opt-out clause in your contract? Can we cancel after 12 months without penalty?""",
        q="gmen:cyber",
        sent="2025-10-28",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Est-il possible de retirer cette formation de notre plan de développement des compétences et de la faire financer par l'OPCO ? Comment ça marche ?""",
        q="olfr:forma",
        sent="2026-11-10",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Arrêtez tout ! On cherche une salle pour 200 personnes le 14 mars. C'est possible chez vous ?""",
        sent="2026-01-29",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """Unsubscribe from what? I never subscribed to anything. But ok — what is it you actually sell?""",
        sent="2027-05-04",
    ),  # look-alike
    R(
        "en",
        "information_request",
        """Quick one: is the removal and disposal of our old machines included in your trade-in, or is that extra work on our side?""",
        sent="2025-11-26",
    ),  # look-alike
    R(
        "fr",
        "information_request",
        """Vous faites aussi la cybersécurité pour les collectivités ? On a eu une attaque l'an dernier.""",
        sent="2026-07-07",
    ),
    R(
        "en",
        "information_request",
        """Who are you? How did you get this contact and what are you offering exactly?""",
        sent="2026-03-09",
    ),
    R(
        "fr",
        "information_request",
        """C'est quoi exactement votre offre ? Je ne comprends pas bien ce que vous proposez.""",
        sent="2025-04-01",
    ),
    R(
        "en",
        "information_request",
        """Can your routing engine handle temperature-controlled deliveries with time windows? We deliver to hospitals.""",
        sent="2026-08-18",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,

Nous avons bien reçu votre message. Dans le cadre de notre procédure de référencement, merci de nous transmettre : Kbis de moins de 3 mois, attestation URSSAF, attestation d'assurance RC Pro et RIB.

Service Achats – Centre hospitalier de Valvert"""
        + F_FR1,
        sent="2026-10-15",
    ),
    R(
        "en",
        "information_request",
        """Thank you for your email. To be considered as a supplier, please send us your company registration, latest accounts, insurance certificates and your modern slavery statement.

Procurement Team
Oakridge Borough Council""",
        sent="2025-03-12",
    ),
    R(
        "en",
        "information_request",
        """What's included in the day delegate package? Lunch, coffee breaks, AV? And until what time can we use the room?""",
        q="olen:venue",
        sent="2026-05-13",
    ),
    R(
        "fr",
        "information_request",
        """Le domaine est-il disponible le week-end du 19-20 septembre ?""",
        q="gmfr:salle",
        sent="2026-03-25",
    ),
    R("fr", "information_request", """bonjour vous avez une doc ?""", sent="2027-08-24"),
    R("en", "information_request", """More info pls""", sent="2025-12-17"),
    R(
        "fr",
        "information_request",
        """Pouvez-vous m'en dire plus ? Notamment sur la durée d'engagement et ce qui se passe en cas de sinistre : qui gère ?""",
        q="gmfr:assur",
        sent="2025-07-02",
    ),
    R(
        "en",
        "information_request",
        """Do you cover cyber insurance as well, or only property and liability? And do you work with Lloyd's markets?""",
        q="gmen:insur",
        sent="2025-09-24",
    ),
    R(
        "fr",
        "information_request",
        """Votre logiciel gère-t-il les plannings des soignants en 12h et les astreintes ? Sinon ça ne sert à rien chez nous.""",
        sent="2026-12-02",
    ),
    R(
        "en",
        "information_request",
        """hello, your machine can work with aluminium and titanium both? we make parts for aeronautic. please send me the specification.
regards
Mehmet""",
        sent="2026-04-08",
    ),
    R(
        "fr",
        "information_request",
        """Je veux bien votre étude de cas, oui. Surtout si c'est un distributeur alimentaire.""",
        sent="2026-07-10",
    ),
    R("en", "information_request", """Yes, send the case study.""", q="gmen:logi", sent="2025-07-16"),
    R(
        "fr",
        "information_request",
        """Bonjour Madame,

Je suis proviseure d'un lycée de 1 200 élèves. Vos formations peuvent-elles être réalisées le mercredi après-midi dans nos locaux ? Sont-elles adaptées aux personnels de l'Éducation nationale ?

Mme Thibault""",
        q="olfr:forma",
        sent="2025-09-17",
    ),
    R(
        "en",
        "information_request",
        """Can you send me your catalogue? The link in the email just goes to your homepage.""",
        sent="2027-03-23",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour, vous intervenez aussi en Belgique ? Nous avons une usine à Mons.""",
        q="olfr:machine",
        sent="2025-02-18",
    ),
    R(
        "en",
        "information_request",
        """Interested, but first: how long does onboarding take and does it integrate with Workday?""",
        sent="2026-10-08",
    ),
    R(
        "fr",
        "information_request",
        """Intéressé. Par contre j'ai besoin de savoir si vos emballages sont compatibles avec nos thermoformeuses Multivac. Vous avez une fiche technique ?""",
        sent="2026-05-28",
    ),
    R(
        "en",
        "information_request",
        """What's the minimum order quantity and the lead time for custom-printed cartons?""",
        q="moben:pack",
        sent="2026-02-25",
    ),
    R(
        "fr",
        "information_request",
        """Vous avez des avis clients ? Des restaurants qui utilisent déjà votre outil de planning ?""",
        sent="2027-10-19",
    ),
    R(
        "en",
        "information_request",
        """Is this the same company that used to be called SecureNet? Who owns you now? We need to check before we talk.""",
        sent="2026-01-06",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,
pourriez-vous répondre à ces questions svp :
- hébergement des données : France ? HDS ?
- authentification : SSO Azure AD possible ?
- réversibilité : export des données en fin de contrat ?
- support : horaires et langue ?
Merci,
J-P Roux, DSI""",
        sent="2026-11-12",
    ),
    R(
        "en",
        "information_request",
        """Questions from our side:
1. Do you supply MSDS for the films?
2. Are your cartons FSC certified?
3. Which depot would deliver to Glasgow?
Thanks, Emma""",
        q="gmen:pack",
        sent="2026-06-11",
    ),
    R(
        "fr",
        "information_request",
        """Pourquoi pensez-vous qu'on a besoin d'un courtier ? Vous connaissez nos contrats actuels ? Qu'est-ce que vous regardez exactement dans votre audit ?""",
        sent="2025-08-05",
    ),
    R(
        "en",
        "information_request",
        """Why would a school need a 24/7 SOC? Genuinely asking. What do other schools use you for?""",
        q="olen:cyber",
        sent="2026-09-15",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,
Vos consultants sont-ils spécialisés dans le secteur médico-social ? Quels délais pour un poste d'infirmier coordinateur ?
Merci""",
        sent="2025-06-03",
    ),
    R(
        "en",
        "information_request",
        """Can we bring our own caterer or is catering exclusive to the venue?""",
        sent="2027-07-13",
    ),
    R(
        "fr",
        "information_request",
        """Et concrètement, vous faites quoi que notre DSI ne fait pas déjà ?""",
        q="mobfr:rh",
        sent="2026-04-29",
    ),
    R(
        "en",
        "information_request",
        """Hi Daniel, before we talk: do you also do international recruitment? We're struggling to find theatre nurses locally.""",
        q="gmen:recruit",
        sent="2026-12-03",
    ),
    R(
        "fr",
        "information_request",
        """Bonjour,

Merci pour votre relance. Pouvez-vous me préciser les certifications de vos formateurs en habilitation électrique (référentiel NF C 18-510) ?

Stéphane Giraud""",
        sent="2025-05-28",
    ),
    R(
        "en",
        "information_request",
        """Could you explain how the trade-in valuation works? We have three Mazak machines from 2008.""",
        sent="2026-01-27",
    ),
    R("fr", "information_request", """Vous êtes Qualiopi ? Sinon l'OPCO ne finance pas.""", sent="2026-08-31"),
    R(
        "en",
        "information_request",
        """Do you have a version in Spanish? Half our warehouse staff don't read English.""",
        sent="2025-10-15",
    ),
    R(
        "fr",
        "information_request",
        """Bonsoir, j'aimerais avoir des infos sur vos soirées d'entreprise : animations, DJ, hébergement sur place ?""",
        q="olfr:salle",
        sent="2027-11-16",
    ),
    R(
        "en",
        "information_request",
        """Hi, how does the audit work in practice — what documents do you need from us and how long does it take?""",
        q="olen:insur",
        sent="2026-02-18",
    ),
]

# ===================================================================================================
# quote_request
# ===================================================================================================
CASES += [
    R("en", "quote_request", """Send me a quote for 200 units.""", q="gmen:pack", sent="2026-06-12"),
    R("en", "quote_request", """what's the price range?""", sent="2025-09-30"),
    R("fr", "quote_request", """Combien ?""", sent="2026-03-03"),
    R(
        "fr",
        "quote_request",
        """Bonjour,

Pouvez-vous nous faire un devis pour 140 salariés, modules congés + entretiens annuels ? Engagement 3 ans possible.

Hélène Jacquet
Responsable RH – Transports Roussel""",
        q="olfr:rh",
        sent="2026-01-28",
    ),
    R(
        "en",
        "quote_request",
        """How much for 350 endpoints and 40 servers? Ballpark is fine for now.""",
        sent="2025-11-12",
    ),
    R(
        "fr",
        "quote_request",
        """Oui, envoyez-moi votre proposition tarifaire. On émet environ 1 500 factures par mois.""",
        q="olfr:fact",
        sent="2026-05-21",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour Madame Caron,

Pourriez-vous nous adresser un devis pour une journée d'étude le jeudi 11 juin : 85 personnes, salle plénière + 3 salles de sous-commission, déjeuner assis et deux pauses ?

Cordialement,
Agnès Morel""",
        q="olfr:salle",
        sent="2026-02-16",
    ),
    R(
        "en",
        "quote_request",
        """Hi Olivia, what would a gala dinner for 250 cost on a Saturday in November? Rough figure please.""",
        q="gmen:venue",
        sent="2027-04-07",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour, je souhaiterais un devis pour une formation SST initiale en intra pour 12 salariés, sur notre site de Cholet.""",
        q="olfr:forma",
        sent="2025-12-11",
    ),
    R(
        "en",
        "quote_request",
        """Hi Ben, what do you charge for the two-day workshop for a group of 10 managers, delivered on-site in Bristol?""",
        sent="2025-07-08",
    ),
    R(
        "fr",
        "quote_request",
        """Quel est votre tarif pour un recrutement en CDI ? Un pourcentage du salaire annuel brut ?""",
        q="olfr:recrut",
        sent="2025-10-14",
    ),
    R(
        "en",
        "quote_request",
        """What are your rates for agency nurses, day and night shifts? And your placement fee for permanent hires?""",
        q="olen:recruit",
        sent="2026-11-30",
    ),
    R(
        "fr",
        "quote_request",
        """Envoyez-moi une offre chiffrée pour le centre 5 axes, avec la reprise de nos deux anciens tours.""",
        q="mobfr:machine",
        sent="2026-09-24",
    ),
    R(
        "en",
        "quote_request",
        """Please quote for 20,000 recyclable trays per month, 12-month contract, delivery to Leeds.""",
        q="olen:pack",
        sent="2026-06-17",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,

Ci-joint notre dernière facture EDF comme demandé. Merci de nous faire une proposition de prix pour nos 4 sites.

Bernard Lemaire
DAF""",
        sent="2026-01-09",
    ),
    R(
        "en",
        "quote_request",
        """Yes, please send a quote for property, liability and our 12-vehicle fleet. Renewal date is 1 April.""",
        q="gmen:insur",
        sent="2025-09-25",
    ),
    R(
        "fr",
        "quote_request",
        """Arrêtez de m'envoyer des PDF de présentation, envoyez-moi plutôt un devis pour 60 postes.""",
        sent="2026-04-15",
    ),  # look-alike
    R(
        "fr",
        "quote_request",
        """Retirez le module paie de votre proposition, on le garde chez notre expert-comptable, et renvoyez-moi le devis mis à jour.""",
        q="gmfr:rh",
        sent="2026-02-10",
    ),  # look-alike
    R(
        "fr",
        "quote_request",
        """Supprimez l'ancien devis, on repart sur 300 unités au lieu de 200. Merci de me renvoyer un chiffrage.""",
        sent="2025-06-10",
    ),  # look-alike
    R(
        "fr",
        "quote_request",
        """Ne plus m'appeler sur mon portable svp, mon mail suffit. Envoyez-moi vos tarifs par écrit.""",
        sent="2026-10-22",
    ),  # look-alike
    R(
        "en", "quote_request", """Great, fifth email this week. Fine, you win: what's the price?""", sent="2027-01-13"
    ),  # look-alike
    R(
        "en",
        "quote_request",
        """Can we stop the trial early and move straight to a paid plan? Send me the pricing for 25 users.""",
        sent="2026-08-19",
    ),  # look-alike
    R(
        "en",
        "quote_request",
        """We're removing the old machines next month and need a quote for 3 new CNC lathes, including installation.""",
        sent="2025-11-27",
    ),  # look-alike
    R(
        "en",
        "quote_request",
        """Interested. Quote please.

Emma Wright
Purchasing Officer | Northfield Foods plc"""
        + F_EN2,
        sent="2026-03-17",
    ),  # look-alike: footer
    R("fr", "quote_request", """tarifs ?""", sent="2027-06-29"),
    R("en", "quote_request", """pricing?""", q="moben:cyber", sent="2025-05-20"),
    R("fr", "quote_request", """C'est combien par mois et par utilisateur ?""", sent="2026-07-22"),
    R(
        "en",
        "quote_request",
        """Is it per seat or a flat fee? We're 80 people. Need a number to take to the MD.""",
        sent="2026-12-09",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,

Dans le cadre de notre renouvellement, merci de nous transmettre une offre de prix pour la maintenance préventive de 6 machines (liste en PJ).

Service Achats – Atelier Morvan"""
        + F_FR2,
        sent="2025-03-11",
    ),
    R(
        "en",
        "quote_request",
        """Hi,
Could you price up a one-day first aid course for 15 staff? It's for a primary school, so term time only.
Thanks,
Mrs J. Okafor, Business Manager""",
        sent="2026-01-21",
    ),
    R(
        "fr",
        "quote_request",
        """Intéressé, mais tout dépend du prix. Vous pouvez me donner une fourchette ?""",
        q="gmfr:assur",
        sent="2025-07-09",
    ),
    R("en", "quote_request", """Interested in principle. What's the damage? 😅""", sent="2027-09-07"),
    R(
        "fr",
        "quote_request",
        """Bonjour Monsieur Perrin,

Oui, faites-moi une proposition. Nous sommes 3 sociétés dans le groupe, environ 400 factures clients et 900 factures fournisseurs par mois au total.

Claire Fontaine""",
        sent="2025-03-05",
    ),
    R(
        "en",
        "quote_request",
        """Can you send your rate card for 2026? Day hire, half day, evening.""",
        q="olen:venue",
        sent="2025-11-18",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour, quel serait le coût pour un séminaire résidentiel de 2 jours, 40 personnes en chambre individuelle, du 8 au 9 octobre ?""",
        sent="2026-05-14",
    ),
    R(
        "en",
        "quote_request",
        """Hi Tom,

We have 40 vans, 2 depots. What would the annual licence cost? Please include implementation.

Gareth Lloyd
Operations Director""",
        q="gmen:logi",
        sent="2026-07-15",
    ),
    R(
        "fr",
        "quote_request",
        """Combien pour former 8 chefs d'équipe au management de proximité ? En intra, 2 jours.""",
        q="olfr:forma",
        sent="2026-09-09",
    ),
    R(
        "en",
        "quote_request",
        """Send me the price list and the sample kit. If the price is right we'll switch.""",
        q="gmen:pack",
        sent="2026-04-02",
    ),
    R(
        "fr",
        "quote_request",
        """Merci de nous communiquer vos conditions tarifaires pour une mission d'intérim de 3 mois (2 caristes).""",
        sent="2025-09-03",
    ),
    R(
        "en",
        "quote_request",
        """hello, I want price for your 5 axis machine model HX-500 with delivery in Turkey. thank you
Mehmet""",
        sent="2026-04-09",
    ),
    R(
        "fr",
        "quote_request",
        """Oui pour l'audit. Et pour info, on paye 38 000 € par an aujourd'hui tous contrats confondus. Vous pouvez faire mieux ? Faites-nous une proposition.""",
        sent="2025-07-10",
    ),
    R(
        "en",
        "quote_request",
        """Could you put together a proposal for a managed SOC for our 3 sites? Budget holder is me. We'd need pricing by the end of the month.""",
        q="olen:cyber",
        sent="2026-10-06",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,

La commune souhaite recevoir une proposition de prix pour la fourniture d'électricité de ses 12 bâtiments (consommation annuelle jointe).

Le Maire,
par délégation, Sylvie Gautier"""
        + F_FR3,
        q="olfr:energie",
        sent="2025-12-05",
    ),
    R(
        "en",
        "quote_request",
        """How much would it cost us to insure a charity shop network of 9 shops? Rough quote is fine.""",
        sent="2026-02-04",
    ),
    R(
        "fr",
        "quote_request",
        """Bjr, prix pour 5000 cartons 40x30x20 double cannelure ? Livraison Lyon. Merci""",
        sent="2027-03-02",
    ),
    R(
        "en",
        "quote_request",
        """Hi Daniel — yes, it's me. We'd need 6 night nurses for 3 months. Can you quote?""",
        q="gmen:recruit",
        sent="2026-12-02",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour, c'est pour un mariage... pardon, un séminaire ! 60 personnes, journée d'étude le 2 avril. Votre meilleur prix ?""",
        sent="2026-01-12",
    ),
    R(
        "en",
        "quote_request",
        """Your email mentions EUR 9 per device. Is that the real price or a teaser? Give me a proper quote for 120 devices.""",
        q="gmen:cyber",
        sent="2025-11-13",
    ),
    R(
        "fr",
        "quote_request",
        """Intéressant. Quel budget faut-il prévoir pour équiper 3 entrepôts ?""",
        sent="2026-08-06",
    ),
    R(
        "en",
        "quote_request",
        """We need a quote for the habilitation training... sorry, electrical safety training for 15 technicians, in French, at our site in Lille.""",
        sent="2025-05-21",
    ),
    R(
        "fr",
        "quote_request",
        """Pouvez-vous me chiffrer l'option hébergement pour 30 chambres la veille de l'événement ?""",
        sent="2026-03-26",
    ),
    R(
        "en",
        "quote_request",
        """Hello, our NGO would like a quote for your HR software for 45 staff. Do you have a non-profit discount?""",
        sent="2026-08-05",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,

Suite à notre échange, merci de nous faire parvenir votre cotation pour 10 000 films étirables 23 microns, livraison mensuelle.

Cordialement,
Cécile Arnaud
Acheteuse emballages""",
        sent="2026-06-23",
    ),
    R("en", "quote_request", """ok send quote""", sent="2027-07-20"),
    R("fr", "quote_request", """Faites-moi un devis.""", q="mobfr:forma", sent="2025-01-14"),
    R(
        "en",
        "quote_request",
        """What's the premium likely to be for cyber cover with a £1m limit? We're a 60-person logistics firm.""",
        q="olen:insur",
        sent="2026-02-24",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,
Nous lançons une consultation restreinte. Pouvez-vous nous remettre une offre pour la formation de 25 agents à l'accueil du public ? Date limite : 30 avril.
Service RH – Mairie de Saint-Aubin""",
        sent="2026-04-06",
    ),
    R(
        "en",
        "quote_request",
        """If you can beat £2.10 per tray we'll talk. What's your price at 50k units?""",
        sent="2025-10-21",
    ),
    R(
        "fr",
        "quote_request",
        """C'est quoi vos honoraires ? Au succès ou forfait ?""",
        q="gmfr:recrut",
        sent="2026-09-29",
    ),
    R(
        "en",
        "quote_request",
        """Please send us a formal quotation for 3 days of leadership training (up to 12 participants per session) so we can raise a PO.""",
        q="olen:training",
        sent="2026-11-11",
    ),
    R("fr", "quote_request", """Oui envoyez les tarifs""", sent="2026-02-02"),
    R(
        "en",
        "quote_request",
        """Hi Anna,
Price per pallet for the 250mm cartons? And is there a discount above 10 pallets?
Emma""",
        sent="2027-02-09",
    ),
]

# ===================================================================================================
# not_interested
# ===================================================================================================
CASES += [
    R("fr", "not_interested", """pas intéressé""", sent="2026-03-10"),
    R("fr", "not_interested", """Non merci.""", q="mobfr:rh", sent="2026-06-24"),
    R("en", "not_interested", """Not interested.""", q="gmen:cyber", sent="2027-01-05"),
    R(
        "fr",
        "not_interested",
        """Bonjour,

Nous avons déployé un SIRH il y a six mois et nous en sommes satisfaits. Nous ne donnerons pas suite.

Cordialement,
Hélène Jacquet""",
        q="olfr:rh",
        sent="2026-02-11",
    ),
    R(
        "en",
        "not_interested",
        """We already have a managed SOC with our MSP, thanks.""",
        q="olen:cyber",
        sent="2025-11-19",
    ),
    R(
        "en",
        "not_interested",
        """Great, another cybersecurity vendor promising to save us from the apocalypse for EUR 9 a month. No.""",
        sent="2026-04-27",
    ),
    R(
        "fr",
        "not_interested",
        """Merci mais notre expert-comptable s'occupe déjà de la facturation électronique. Pas de besoin.""",
        q="gmfr:fact",
        sent="2026-05-27",
    ),
    R(
        "en",
        "not_interested",
        """We're a team of 4, we don't need route optimisation. We need a bigger van.""",
        q="gmen:logi",
        sent="2025-07-22",
    ),
    R(
        "fr",
        "not_interested",
        """Bonjour,
Nous sommes liés à notre courtier actuel par un mandat exclusif et nous en sommes très contents. Pas intéressés.
Thierry Roussel""",
        q="olfr:assur",
        sent="2025-07-15",
    ),
    R(
        "en",
        "not_interested",
        """Our insurance is handled at group level in the US. Nothing for us here.""",
        q="olen:insur",
        sent="2025-10-01",
    ),
    R(
        "fr",
        "not_interested",
        """Nous venons d'investir dans deux centres d'usinage neufs, nous n'avons aucun besoin pour les dix ans à venir.""",
        sent="2026-09-30",
    ),
    R("en", "not_interested", """We make our own packaging in-house. Not a fit.""", q="gmen:pack", sent="2026-06-18"),
    R(
        "fr",
        "not_interested",
        """Nous sommes en contrat avec un fournisseur jusqu'en 2029 à prix fixe. Aucun intérêt à comparer.""",
        q="olfr:energie",
        sent="2026-01-20",
    ),
    R(
        "fr",
        "not_interested",
        """Nous recrutons en direct, nous ne travaillons pas avec des cabinets. Merci.""",
        q="gmfr:recrut",
        sent="2025-10-16",
    ),
    R(
        "en",
        "not_interested",
        """We have an in-house bank of nurses and don't use agencies as a matter of policy.""",
        q="olen:recruit",
        sent="2026-12-07",
    ),
    R(
        "fr",
        "not_interested",
        """Nos formations sont gérées par le siège, nous n'avons pas la main. Pas intéressés.""",
        sent="2025-12-16",
    ),
    R(
        "en",
        "not_interested",
        """Our managers don't need a two-day workshop, they need fewer meetings. Pass.""",
        q="gmen:training",
        sent="2025-06-30",
    ),
    R(
        "fr",
        "not_interested",
        """Nous organisons nos séminaires dans nos propres locaux. Merci mais non.""",
        q="olfr:salle",
        sent="2026-02-17",
    ),
    R(
        "en",
        "not_interested",
        """We don't hold events. We're a 6-person accountancy practice.""",
        q="gmen:venue",
        sent="2027-04-13",
    ),
    R(
        "fr",
        "not_interested",
        """Pas besoin de me retirer de votre liste, mais sachez que nous ne sommes pas intéressés par vos machines.""",
        sent="2026-10-07",
    ),  # look-alike
    R(
        "en",
        "not_interested",
        """You've emailed me four times in two weeks. I'm not interested. That's my answer.""",
        sent="2025-09-09",
    ),  # look-alike (complaint, no stop)
    R(
        "en", "not_interested", """Where did you even get my email? Anyway, not interested.""", sent="2026-05-05"
    ),  # look-alike (no erasure request)
    R(
        "fr",
        "not_interested",
        """Nous avons arrêté le projet d'extension de l'entrepôt. Votre solution ne nous concerne plus.""",
        sent="2026-07-28",
    ),  # look-alike
    R(
        "fr",
        "not_interested",
        """Vous pouvez garder mon adresse, ça ne me dérange pas, mais honnêtement ce n'est pas pour nous.""",
        sent="2027-02-22",
    ),  # look-alike
    R(
        "en",
        "not_interested",
        """No need to unsubscribe me, I like reading your newsletter. But we won't be buying.""",
        sent="2026-11-18",
    ),  # look-alike
    R(
        "fr",
        "not_interested",
        """Je ne vais pas vous demander de me désinscrire, mais la réponse est non.""",
        sent="2025-04-22",
    ),  # look-alike
    R(
        "en",
        "not_interested",
        """Who thought of selling HR software to a 3-person bakery? lol. We use a notebook. Not interested.""",
        sent="2026-03-12",
    ),
    R("fr", "not_interested", """Pas pour nous, merci.""", sent="2025-02-04"),
    R("en", "not_interested", """Thanks but no thanks.""", q="moben:venue", sent="2026-09-16"),
    R(
        "fr",
        "not_interested",
        """Bonjour,

Je vous remercie pour votre proposition. Après étude, elle ne correspond pas à nos besoins actuels et nous ne donnerons pas suite.

Bien cordialement,
Direction des achats – Groupe Delmas"""
        + F_FR2,
        sent="2026-03-30",
    ),
    R(
        "en",
        "not_interested",
        """Dear Mr Becker,

Thank you for your email. We have reviewed your offer and it does not meet our requirements. We will not be taking this further.

Kind regards,
Kestrel Logistics Procurement"""
        + F_EN1,
        sent="2026-08-20",
    ),
    R(
        "fr",
        "not_interested",
        """Ça fait trois fois que vous m'écrivez pour me vendre des formations. Toujours non.""",
        q="gmfr:forma",
        sent="2026-11-24",
    ),
    R(
        "en",
        "not_interested",
        """How many times do I need to say no? We are happy with our broker.""",
        q="gmen:insur",
        sent="2025-10-08",
    ),
    R(
        "fr",
        "not_interested",
        """Sérieusement ? Un audit « gratuit » ? On connaît la chanson. Non merci.""",
        q="olfr:assur",
        sent="2025-07-23",
    ),
    R(
        "en",
        "not_interested",
        """I'm sure your hall is lovely but we're a school, our events happen in the school hall. Not interested, thanks.""",
        sent="2026-05-19",
    ),
    R("fr", "not_interested", """merci non, on a deja un logiciel""", sent="2027-08-31"),
    R(
        "en",
        "not_interested",
        """we not need this, we have already supplier since 15 years, thank you""",
        sent="2026-04-16",
    ),
    R(
        "en",
        "not_interested",
        """Bonjour, no interest for us, we are a french subsidiary and everything is decided in Germany. Cordialement""",
        sent="2025-11-04",
    ),
    R(
        "en",
        "not_interested",
        """Not relevant to us — we're a fully remote company with no offices and no fleet.""",
        sent="2026-01-13",
    ),
    R(
        "fr",
        "not_interested",
        """Notre restaurant ferme définitivement fin du mois. Donc non, pas besoin de recruter.""",
        sent="2026-06-08",
    ),
    R(
        "en",
        "not_interested",
        """We are winding down the business and won't need any new insurance. Thanks anyway.""",
        sent="2027-03-09",
    ),
    R(
        "fr",
        "not_interested",
        """Bonjour,

La collectivité passe exclusivement par l'UGAP pour l'énergie. Nous ne pouvons pas donner suite à une démarche commerciale directe.

Sylvie Gautier"""
        + F_FR3,
        q="olfr:energie",
        sent="2025-12-10",
    ),
    R(
        "en",
        "not_interested",
        """We tried a similar tool last year and it was a disaster. We're not going down that road again.""",
        sent="2026-07-29",
    ),
    R(
        "fr",
        "not_interested",
        """Nous avons fait le choix de la concurrence la semaine dernière. Bonne continuation.""",
        sent="2026-09-02",
    ),
    R(
        "en",
        "not_interested",
        """We signed with another provider on Monday. Good luck though.""",
        q="olen:cyber",
        sent="2025-05-14",
    ),
    R(
        "fr",
        "not_interested",
        """Je suis à la retraite dans 2 mois et mon successeur ne fera pas de nouveaux investissements. Non merci.""",
        sent="2027-10-05",
    ),
    R(
        "en",
        "not_interested",
        """Not for us. We're a children's charity and everything we have goes to the kids, not to leadership workshops.""",
        q="gmen:training",
        sent="2025-06-17",
    ),
    R(
        "fr",
        "not_interested",
        """Encore un prestataire qui ne sait pas ce qu'on fait. Nous sommes un hôpital public, on ne « recrute pas en 3 semaines ». Sans intérêt.""",
        q="olfr:recrut",
        sent="2026-10-13",
    ),
    R(
        "en",
        "not_interested",
        """Our trust has a framework agreement for agency staff. We can't use you. Sorry.""",
        sent="2026-12-14",
    ),
    R("fr", "not_interested", """Non intéressé. Bonne journée.""", q="gmfr:salle", sent="2026-04-20"),
    R("en", "not_interested", """no""", sent="2025-03-26"),
    R("fr", "not_interested", """Non merci, ça ne correspond pas à notre activité.""", sent="2025-11-25"),
    R(
        "en",
        "not_interested",
        """Hi Anna, appreciate the outreach but we're locked into a 3-year contract with our current supplier and we're happy. Not interested.""",
        q="gmen:pack",
        sent="2026-06-25",
    ),
    R(
        "fr",
        "not_interested",
        """Bonjour,
Votre proposition ne nous intéresse pas. Nous avons notre propre service de sécurité informatique (6 personnes) et un SOC interne.
Cordialement
Jean-Philippe Roux – DSI"""
        + F_FR1,
        sent="2026-10-27",
    ),
    R("en", "not_interested", """LOL 12% savings. Everyone says 12%. We'll pass.""", q="moben:logi", sent="2026-08-03"),
    R(
        "fr",
        "not_interested",
        """Je n'ai pas besoin de vos services, merci de votre compréhension.""",
        sent="2027-01-19",
    ),
    R(
        "en",
        "not_interested",
        """Sorry, we're not looking for any new suppliers at the moment or in the foreseeable future.""",
        sent="2026-02-02",
    ),
    R(
        "fr",
        "not_interested",
        """C'est non. Nous sommes une petite mairie de 800 habitants, nous n'avons ni le budget ni le besoin.""",
        sent="2025-09-16",
    ),
    R(
        "en",
        "not_interested",
        """We decided to keep everything on spreadsheets. It works for us. Thanks.""",
        q="olen:training",
        sent="2026-10-20",
    ),
    R("fr", "not_interested", """Déjà équipés. Merci.""", sent="2026-12-15"),
    R("en", "not_interested", """Already covered.""", sent="2027-06-01"),
    R(
        "fr",
        "not_interested",
        """Bonjour Madame Brun,

Merci pour votre catalogue. Nous travaillons avec l'AFPA et le GRETA depuis des années et nous n'envisageons pas de changer.

Cordialement,
M. Hamon, proviseur""",
        q="olfr:forma",
        sent="2026-03-16",
    ),
    R(
        "en",
        "not_interested",
        """We're a vegan restaurant. Gala dinners in a Victorian hall with a carvery are really not our thing. No thanks.""",
        sent="2026-07-01",
    ),
    R(
        "fr",
        "not_interested",
        """Franchement, vos mails génériques ne donnent pas envie. « Madame, Monsieur » en 2026... Non merci.""",
        sent="2026-01-26",
    ),
    R(
        "en",
        "not_interested",
        """Your email was addressed to "Dear {FirstName}". That tells me everything. Not interested.""",
        sent="2025-10-22",
    ),
    R(
        "fr",
        "not_interested",
        """On a déjà répondu non à votre collègue au salon. C'est toujours non.""",
        sent="2026-09-08",
    ),
    R(
        "en",
        "not_interested",
        """Hi Daniel,

I appreciate you following up, but we've decided to stick with our current staffing arrangements for the foreseeable future. We won't be proceeding.

Margaret""",
        sent="2026-12-08",
    ),
    R(
        "fr",
        "not_interested",
        """Nous n'utilisons pas d'emballages plastiques, nous sommes une conserverie verre. Sans objet.""",
        sent="2025-08-27",
    ),
    R(
        "en",
        "not_interested",
        """We're an NGO operating on grants, we can't afford a broker and don't need one. Thanks anyway.""",
        q="olen:insur",
        sent="2025-12-02",
    ),
    R("fr", "not_interested", """ne sommes pas interesse par votre offre merci""", sent="2027-04-27"),
    R("en", "not_interested", """Respectfully, no. We have zero need for this.""", sent="2026-11-02"),
    R(
        "fr",
        "not_interested",
        """Bonjour,

Nous avons bien étudié votre offre de reprise mais nous allons conserver nos machines actuelles, qui fonctionnent très bien.

J. Pasquier""",
        q="gmfr:machine",
        sent="2025-12-01",
    ),
    R(
        "en",
        "not_interested",
        """Honestly? No. Our plant runs on 1990s machines and they'll outlive us all.""",
        sent="2026-05-25",
    ),
    R(
        "fr",
        "not_interested",
        """Pas intéressée, nous sommes une crèche associative, pas une multinationale.""",
        sent="2026-10-12",
    ),
    R(
        "en",
        "not_interested",
        """Thank you, but this isn't something we'd consider.

Sent from my iPhone""",
        sent="2025-01-22",
    ),
    R(
        "fr",
        "not_interested",
        """Non, nous n'avons pas de postes ouverts et nous n'en aurons pas. Cordialement.""",
        q="olfr:recrut",
        sent="2026-02-09",
    ),
    R(
        "en",
        "not_interested",
        """Not interested. We are a public school and we cannot buy from cold emails anyway.""",
        sent="2027-09-28",
    ),
    R(
        "fr",
        "not_interested",
        """Merci mais notre banque nous propose déjà tout ça, inclus dans notre forfait. Aucun intérêt.""",
        q="gmfr:fact",
        sent="2025-04-09",
    ),
    R(
        "en",
        "not_interested",
        """Your product doesn't support Linux endpoints. 80% of our estate is Linux. So, no.""",
        sent="2026-03-24",
    ),
]

# ===================================================================================================
# not_now
# ===================================================================================================
CASES += [
    R("fr", "not_now", """Recontactez-moi en janvier.""", sent="2026-10-14", until="2027-01-01"),
    R("en", "not_now", """Try me again in March.""", sent="2025-11-20", until="2026-03-01"),
    R(
        "fr",
        "not_now",
        """Bonjour,

Le sujet nous intéresse mais pas avant la rentrée : nous sommes en pleine saison et toute l'équipe est sur le terrain.

Cordialement,
Thierry Roussel""",
        q="olfr:assur",
        sent="2026-05-12",
        until="2026-09-01",
    ),
    R(
        "en",
        "not_now",
        """Call me after the 15th, we're in the middle of an audit.""",
        sent="2026-04-07",
        until="2026-04-16",
    ),
    R(
        "fr",
        "not_now",
        """Revenez vers moi dans 3 mois, on aura plus de visibilité.""",
        q="gmfr:recrut",
        sent="2025-08-21",
        until="2025-11-21",
    ),
    R(
        "en",
        "not_now",
        """Interested, but the budget for this only opens next year. Please get back to me then.""",
        q="olen:insur",
        sent="2026-06-09",
        until="2027-01-01",
    ),
    R(
        "fr",
        "not_now",
        """Intéressé, mais pas avant la fin du trimestre. On boucle nos comptes.""",
        sent="2026-02-18",
        until="2026-03-31",
    ),
    R(
        "en",
        "not_now",
        """We're in the middle of an ERP migration. Come back in Q3.""",
        q="gmen:logi",
        sent="2026-03-04",
        until="2026-07-01",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour,
Nous verrons ça au second semestre, le budget formation du premier est déjà consommé.
Bien à vous""",
        sent="2026-01-20",
        until="2026-07-01",
    ),
    R(
        "en",
        "not_now",
        """Ask me again after Easter, the school term is chaos right now.""",
        sent="2026-02-25",
        until="2026-04-06",
    ),
    R("fr", "not_now", """Relancez-moi après Pâques svp.""", sent="2027-01-19", until="2027-03-29"),
    R("en", "not_now", """Not right now. Maybe later in the year.""", sent="2025-05-06"),
    R(
        "fr",
        "not_now",
        """Pas le moment, nous sommes en plein déménagement de l'usine. Dans quelques mois peut-être.""",
        q="gmfr:machine",
        sent="2026-04-22",
    ),
    R("en", "not_now", """Next week is better, I'm swamped.""", sent="2026-10-14", until="2026-10-19"),
    R(
        "fr",
        "not_now",
        """Recontactez-moi la semaine prochaine, là je n'ai pas la tête à ça.""",
        sent="2025-09-11",
        until="2025-09-15",
    ),
    R("en", "not_now", """Get back to me next month please.""", q="moben:pack", sent="2027-01-26", until="2027-02-01"),
    R(
        "fr",
        "not_now",
        """Revenez vers moi mi-septembre, après les congés de l'équipe.""",
        sent="2026-06-30",
        until="2026-09-15",
    ),
    R(
        "en",
        "not_now",
        """Mid-January would be a better time to talk. Our budgets get signed off then.""",
        q="gmen:training",
        sent="2025-11-04",
        until="2026-01-15",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour Madame Caron,

Nous ne fixerons le lieu de notre convention qu'à l'issue du comité de direction. Recontactez-moi fin novembre.

Agnès Morel""",
        q="olfr:salle",
        sent="2026-09-22",
        until="2026-11-30",
    ),
    R(
        "en",
        "not_now",
        """Not before the end of February, please. We're closing the year.""",
        sent="2027-01-12",
        until="2027-02-28",
    ),
    R(
        "fr",
        "not_now",
        """Pouvez-vous me relancer début mars ? D'ici là, je suis noyé.""",
        sent="2026-01-07",
        until="2026-03-01",
    ),
    R(
        "en",
        "not_now",
        """Interested. Ping me again in two weeks, I'm travelling.""",
        sent="2026-07-16",
        until="2026-07-30",
    ),
    R(
        "fr",
        "not_now",
        """Rappelez-moi dans 10 jours, je serai sorti de la période de paie.""",
        sent="2025-12-03",
        until="2025-12-13",
    ),
    R(
        "en",
        "not_now",
        """Our current contract runs for another six months. Get in touch in 6 months and we'll compare.""",
        sent="2026-04-30",
        until="2026-10-30",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour,

Je suis intéressé mais je ne pourrai me pencher sur le sujet qu'à partir du 5 janvier.

Bernard Lemaire""",
        q="gmfr:energie",
        sent="2025-12-17",
        until="2026-01-05",
    ),
    R("en", "not_now", """From 1 June I'll have the new budget. Talk then.""", sent="2027-04-14", until="2027-06-01"),
    R(
        "fr",
        "not_now",
        """Après le 20 août, volontiers. Avant, l'usine est fermée.""",
        q="mobfr:machine",
        sent="2026-07-21",
        until="2026-08-21",
    ),
    R(
        "en",
        "not_now",
        """Please follow up after July 4th, half the team is off until then.""",
        sent="2025-06-17",
        until="2025-07-05",
    ),
    R(
        "fr",
        "not_now",
        """L'année prochaine, peut-être. Cette année c'est bouclé.""",
        sent="2025-10-28",
        until="2026-01-01",
    ),
    R(
        "en",
        "not_now",
        """Lovely venue, but we won't plan anything until after the summer.""",
        q="gmen:venue",
        sent="2026-06-23",
        until="2026-09-01",
    ),
    R("fr", "not_now", """Nous en reparlerons au prochain trimestre.""", sent="2026-10-14", until="2027-01-01"),
    R(
        "en",
        "not_now",
        """Reach out next quarter. We'll have the new headcount plan by then.""",
        q="gmen:recruit",
        sent="2025-05-20",
        until="2025-07-01",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour, projet prévu au T4. Revenez vers nous à ce moment-là.""",
        sent="2026-02-03",
        until="2026-10-01",
    ),
    R("en", "not_now", """We'll look at this once the new IT director starts. I'll let you know.""", sent="2026-09-09"),
    R("fr", "not_now", """Après les vacances, on verra.""", sent="2027-07-07"),
    R("en", "not_now", """After the holidays, please.""", sent="2025-12-10"),
    R(
        "fr",
        "not_now",
        """Budget gelé jusqu'à l'an prochain. Recontactez-nous à ce moment-là.""",
        q="gmfr:rh",
        sent="2026-11-10",
        until="2027-01-01",
    ),
    R(
        "en",
        "not_now",
        """Can you call me on Monday 9 March? I'll have the numbers by then.""",
        sent="2026-02-26",
        until="2026-03-09",
    ),
    R("fr", "not_now", """Rappelez-moi le 3 février, pas avant.""", sent="2027-01-14", until="2027-02-03"),
    R(
        "en",
        "not_now",
        """Not before the end of the year, sorry. Our priorities are set.""",
        q="gmen:logi",
        sent="2025-07-08",
        until="2025-12-31",
    ),
    R("fr", "not_now", """On fera le point en septembre.""", sent="2026-10-14", until="2027-09-01"),
    R(
        "en",
        "not_now",
        """Interested in principle, but in April. That's when our new financial year begins.""",
        sent="2025-12-09",
        until="2026-04-01",
    ),
    R(
        "fr",
        "not_now",
        """Nous reparlerons de tout ça en 2027, le plan d'investissement 2026 est figé.""",
        q="olfr:machine",
        sent="2026-05-06",
        until="2027-01-01",
    ),
    R("en", "not_now", """Early next year works better for us.""", sent="2026-09-01", until="2027-01-01"),
    R(
        "fr",
        "not_now",
        """Revenez dans six semaines, on aura fini l'inventaire.""",
        sent="2026-03-18",
        until="2026-04-29",
    ),
    R("en", "not_now", """Give me a few weeks.""", sent="2026-02-10"),
    R("fr", "not_now", """Pas maintenant.""", sent="2025-06-25"),
    R("en", "not_now", """Not now, maybe some other time.""", q="moben:venue", sent="2027-05-19"),
    R(
        "fr",
        "not_now",
        """Bonjour,
Revenez vers nous fin juin, après l'inventaire annuel.
Cordialement, Service logistique""",
        sent="2026-05-04",
        until="2026-06-30",
    ),
    R(
        "en",
        "not_now",
        """We'll look at it again after our AGM on 18 September.""",
        sent="2025-08-05",
        until="2025-09-19",
    ),
    R(
        "fr",
        "not_now",
        """Après le salon du 12 mars, on aura plus de temps. Recontactez-moi.""",
        sent="2026-02-11",
        until="2026-03-13",
    ),
    R(
        "en",
        "not_now",
        """After the summer holidays, please. Nothing moves here in July and August.""",
        sent="2027-06-08",
        until="2027-09-01",
    ),
    R(
        "fr",
        "not_now",
        """Les recrutements reprendront à la rentrée de septembre. Recontactez-moi à ce moment-là.""",
        q="gmfr:recrut",
        sent="2025-04-15",
        until="2025-09-01",
    ),
    R("en", "not_now", """Let's revisit in the new year.""", sent="2026-11-25", until="2027-01-01"),
    R(
        "fr",
        "not_now",
        """Recontactez-moi en fin d'année, on saura si le projet est validé.""",
        sent="2026-03-31",
        until="2026-12-31",
    ),
    R(
        "en",
        "not_now",
        """Reach out again at the end of Q1, not before.""",
        q="gmen:insur",
        sent="2026-12-01",
        until="2027-03-31",
    ),
    R(
        "fr",
        "not_now",
        """Dans 2 mois. Là c'est la période des moissons, je suis débordé.""",
        sent="2025-07-31",
        until="2025-09-30",
    ),
    R(
        "en",
        "not_now",
        """Try again in 3 weeks, I'm covering two roles at the moment.""",
        sent="2027-02-17",
        until="2027-03-10",
    ),
    R(
        "en",
        "not_now",
        """Mid-March would be better, after our inspection.""",
        q="gmen:training",
        sent="2026-01-28",
        until="2026-03-15",
    ),
    R(
        "fr",
        "not_now",
        """Pas avant mi-octobre, nous préparons la certification.""",
        sent="2025-09-02",
        until="2025-10-15",
    ),
    R("en", "not_now", """After the 20th please.""", sent="2026-05-05", until="2026-05-21"),
    R("fr", "not_now", """Revenez en 2026.""", sent="2025-06-24", until="2026-01-01"),
    R(
        "en",
        "not_now",
        """Interested, but call me in January when budgets reopen.""",
        q="olen:cyber",
        sent="2025-11-26",
        until="2026-01-01",
    ),
    R(
        "fr",
        "not_now",
        """Intéressée, mais rappelez-moi en février, après la clôture.""",
        sent="2027-11-23",
        until="2028-02-01",
    ),
    R("en", "not_now", """Our budget cycle starts in October. Talk then.""", sent="2026-07-07", until="2026-10-01"),
    R(
        "fr",
        "not_now",
        """Bonjour Élodie,
Nous reprendrons contact à la rentrée, les plannings de formation ne sont pas encore arrêtés.
Stéphane""",
        sent="2026-07-15",
        until="2026-09-01",
    ),
    R("en", "not_now", """Not until the new financial year in April.""", sent="2026-01-14", until="2026-04-01"),
    R("fr", "not_now", """D'ici quelques semaines peut-être. Là, c'est la course.""", sent="2026-12-16"),
    R("en", "not_now", """Interesting, but let's talk when things calm down here.""", q="gmen:pack", sent="2025-10-29"),
    R("fr", "not_now", """On vous recontactera après notre déménagement.""", sent="2026-08-25"),
    R("en", "not_now", """We'll come back to you once our merger completes.""", sent="2027-03-03"),
    R(
        "fr",
        "not_now",
        """Pas cette année. L'an prochain peut-être.""",
        q="mobfr:salle",
        sent="2026-09-29",
        until="2027-01-01",
    ),
    R("en", "not_now", """Look, try me next year.""", sent="2025-12-16", until="2026-01-01"),
    R(
        "fr",
        "not_now",
        """Relancez-moi fin du mois, je n'ai pas encore les arbitrages.""",
        sent="2026-04-08",
        until="2026-04-30",
    ),
    R(
        "en",
        "not_now",
        """End of next month would be the earliest we could look at this.""",
        sent="2026-08-12",
        until="2026-09-30",
    ),
    R(
        "fr",
        "not_now",
        """Ne nous retirez pas de votre fichier : le sujet reviendra au second semestre.""",
        sent="2027-02-09",
        until="2027-07-01",
    ),  # look-alike
    R(
        "en",
        "not_now",
        """Please don't stop following up — our budget is decided in January.""",
        sent="2026-10-20",
        until="2027-01-01",
    ),  # look-alike
    R(
        "en",
        "not_now",
        """No need to remove me, it's just not the right time. Try in March.""",
        sent="2025-12-02",
        until="2026-03-01",
    ),  # look-alike
    R(
        "fr",
        "not_now",
        """Stop, pas maintenant ! On est en pleine clôture. Rappelez-moi après le 10.""",
        sent="2026-01-05",
        until="2026-01-11",
    ),  # look-alike
    R(
        "fr",
        "not_now",
        """Appelez-moi lundi prochain, je serai rentré de déplacement.""",
        sent="2026-10-14",
        until="2026-10-19",
    ),
    R("en", "not_now", """Try again next Tuesday, today's impossible.""", sent="2025-03-13", until="2025-03-18"),
    R(
        "en",
        "not_now",
        """Interested!! but we are moving offices in the next months. We contact you after, ok?""",
        sent="2026-05-27",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour Monsieur,

Votre proposition tombe mal : nous sommes en pleine procédure de dialogue social sur le temps de travail. Le sujet SIRH sera à l'ordre du jour mais pas avant l'an prochain.

Bien cordialement,
Nathalie Bertin
DRH"""
        + F_FR2,
        q="olfr:rh",
        sent="2025-09-23",
        until="2026-01-01",
    ),
    R(
        "en",
        "not_now",
        """Hi James,

Good timing in theory but we renewed three weeks ago. Come back in 10 months and you'll be ahead of the next renewal.

Helen""",
        q="olen:insur",
        sent="2026-02-20",
        until="2026-12-20",
    ),
]

# ===================================================================================================
# referral
# ===================================================================================================
CASES += [
    R("en", "referral", """FYI, see below — Marc, can you handle?""", sent="2026-03-05", referral=("Marc", None)),
    R(
        "fr",
        "referral",
        """Ce n'est pas moi qui gère ce sujet. Voyez avec Marc Dupont, notre responsable informatique : marc.dupont@groupe-delmas.fr""",
        sent="2025-09-18",
        referral=("Marc Dupont", "marc.dupont@groupe-delmas.fr"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,

J'ai quitté la société Transports Roussel fin juin. Pour tout sujet RH, adressez-vous à ma remplaçante, Julie Morin : julie.morin@transports-roussel.fr

Bonne continuation,
Hélène Jacquet""",
        q="olfr:rh",
        sent="2026-09-08",
        referral=("Julie Morin", "julie.morin@transports-roussel.fr"),
    ),
    R("en", "referral", """I no longer work at Kestrel Logistics.""", sent="2026-01-15", referral=(None, None)),
    R("fr", "referral", """Je ne suis plus en poste.""", q="mobfr:recrut", sent="2025-11-06", referral=(None, None)),
    R("en", "referral", """Not me, sorry — I'm in marketing.""", sent="2027-02-10", referral=(None, None)),
    R(
        "fr",
        "referral",
        """Pas le bon interlocuteur. Écrivez à achats@atelier-morvan.fr, toutes les demandes fournisseurs passent par eux.""",
        q="gmfr:machine",
        sent="2026-05-13",
        referral=(None, "achats@atelier-morvan.fr"),
    ),
    R(
        "en",
        "referral",
        """Hi Sarah, security sits with our CISO, Dr. Aisha Patel. She's the one to talk to: a.patel@stmarys-trust.nhs.uk""",
        q="gmen:cyber",
        sent="2025-11-21",
        referral=("Aisha Patel", "a.patel@stmarys-trust.nhs.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,

Je transfère à Mme Leroy, responsable des services généraux, qui organise nos séminaires. Elle reviendra vers vous.

Cordialement,
Paul Vasseur""",
        sent="2026-02-12",
        referral=("Leroy", None),
    ),
    R(
        "en",
        "referral",
        """Karen — this one's yours I think. Can you take it from here?

---------- Forwarded message ---------
From: Olivia Grant <olivia.grant@harbourhall.co.uk>
Date: Tue, 12 May 2026 at 09:14
Subject: Your 2026 conference venue
To: <office@tidewell-hotels.com>

Hello,

Harbour Hall hosts conferences, product launches and gala dinners for 50 to 600 guests, five minutes from the station.
Are you planning any events this year? I'd love to send you our rates.

Best wishes,
Olivia Grant""",
        sent="2026-05-14",
        referral=("Karen", None),
    ),
    R(
        "fr",
        "referral",
        """@Sébastien tu peux regarder ? C'est plutôt ton périmètre.

-------- Message transféré --------
Sujet : Facturation électronique : êtes-vous prêts ?
Date : Tue, 6 Jan 2026 09:02:11 +0100
De : Nicolas Perrin <n.perrin@facturo.io>
Pour : contact@brasserie-du-port.fr

Bonjour,
La facturation électronique devient obligatoire pour toutes les entreprises. Facturo vous met en conformité en quelques jours.
Puis-je vous envoyer une proposition tarifaire ?""",
        sent="2026-01-08",
        referral=("Sébastien", None),
    ),
    R(
        "en",
        "referral",
        """Please remove Paul Martin from your list, he left us in June. Contact Julie Ferrand instead, she took over purchasing.""",
        sent="2025-08-13",
        referral=("Julie Ferrand", None),
    ),  # look-alike
    R(
        "en",
        "referral",
        """Don't remove me, I'm happy to hear from you, but I'm not the right person. Ask Karim in operations: karim.said@alder-plastics.de""",
        sent="2026-06-04",
        referral=("Karim", "karim.said@alder-plastics.de"),
    ),  # look-alike
    R(
        "en",
        "referral",
        """Who gave you my email? Anyway, I'm the wrong person — write to procurement@northfield-foods.co.uk""",
        sent="2026-03-19",
        referral=(None, "procurement@northfield-foods.co.uk"),
    ),  # look-alike
    R(
        "fr",
        "referral",
        """Stop, mauvaise personne : je suis à la comptabilité. Essayez notre DSI, Laurent Girard.""",
        sent="2025-10-02",
        referral=("Laurent Girard", None),
    ),  # look-alike
    R(
        "en",
        "referral",
        """Hi Daniel,

I've moved to a different trust. My successor as Head of Nursing Workforce is Tom Ellery (tom.ellery@stmarys-trust.nhs.uk).

Best,
Margaret""",
        q="gmen:recruit",
        sent="2026-12-09",
        referral=("Tom Ellery", "tom.ellery@stmarys-trust.nhs.uk"),
    ),
    R(
        "fr",
        "referral",
        """Voir avec mon associé, Romain Chevalier, c'est lui qui gère les achats matériel. 06 71 22 45 90.""",
        sent="2026-09-25",
        referral=("Romain Chevalier", None),
    ),
    R(
        "en",
        "referral",
        """The person you want is our Facilities Manager, Gareth Owen. gareth.owen@brightwater-school.org.uk""",
        sent="2025-04-23",
        referral=("Gareth Owen", "gareth.owen@brightwater-school.org.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour, je ne m'occupe pas des assurances. Contactez plutôt notre DAF, M. Bernard Lemaire, au 02 40 55 12 78.""",
        q="olfr:assur",
        sent="2025-07-16",
        referral=("Bernard Lemaire", None),
    ),
    R("en", "referral", """Wrong person. Try HR.""", sent="2026-08-26", referral=(None, None)),
    R(
        "fr",
        "referral",
        """Mauvais interlocuteur, voyez le service formation : formation@ch-valvert.fr""",
        q="gmfr:forma",
        sent="2025-12-12",
        referral=(None, "formation@ch-valvert.fr"),
    ),
    R(
        "en",
        "referral",
        """Hello,

Please note that Mr. John Barker has retired. For all insurance matters please contact Susan Clarke, Finance Manager, at s.clarke@oakridge-council.gov.uk.

Regards,
Reception""",
        q="olen:insur",
        sent="2025-09-26",
        referral=("Susan Clarke", "s.clarke@oakridge-council.gov.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,

Cette adresse n'est plus consultée. M. Olivier a quitté l'entreprise le 31 août. Pour toute demande, merci de contacter Mme Samia Bouaziz : s.bouaziz@groupe-delmas.fr

Ceci est un message automatique.""",
        sent="2025-09-09",
        referral=("Samia Bouaziz", "s.bouaziz@groupe-delmas.fr"),
    ),
    R(
        "en",
        "referral",
        """This mailbox is no longer monitored. Emma Wright has left Northfield Foods. Please redirect your enquiry to purchasing@northfield-foods.co.uk.""",
        sent="2027-01-20",
        referral=(None, "purchasing@northfield-foods.co.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour, M. Caillaud est parti à la retraite. Son successeur n'est pas encore nommé.""",
        sent="2026-10-28",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        """Thanks, forwarding to Priya who runs our events. Priya, over to you.""",
        q="gmen:venue",
        sent="2027-04-01",
        referral=("Priya", None),
    ),
    R(
        "fr",
        "referral",
        """Je transmets à Nathalie, notre DRH, en copie. Nathalie, je te laisse voir si ça t'intéresse.""",
        q="gmfr:recrut",
        sent="2025-10-10",
        referral=("Nathalie", None),
    ),
    R(
        "en",
        "referral",
        """Hi Ben, training decisions are made by our L&D lead, Oliver Reed. I've copied him in — oliver.reed@tidewell-hotels.com""",
        q="gmen:training",
        sent="2025-07-01",
        referral=("Oliver Reed", "oliver.reed@tidewell-hotels.com"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,
pour les contrats d'énergie de la commune, voyez directement avec M. l'adjoint aux finances, Jacques Perrin, en mairie le jeudi.
Sylvie Gautier"""
        + F_FR3,
        q="olfr:energie",
        sent="2025-12-11",
        referral=("Jacques Perrin", None),
    ),
    R(
        "en",
        "referral",
        """I'm just the office manager. You'd need to speak to our MD, Richard Hale. richard@kestrel-logistics.com""",
        sent="2026-07-22",
        referral=("Richard Hale", "richard@kestrel-logistics.com"),
    ),
    R(
        "fr",
        "referral",
        """C'est ma collègue Isabelle qui s'occupe des fournisseurs emballage, je lui fais suivre.""",
        sent="2026-06-26",
        referral=("Isabelle", None),
    ),
    R("en", "referral", """not me mate, ask Dave in the warehouse""", sent="2026-02-27", referral=("Dave", None)),
    R(
        "fr",
        "referral",
        """Bonjour, je ne suis que stagiaire. Le directeur de site est M. Pasquier, jerome.pasquier@atelier-morvan.fr""",
        sent="2026-04-10",
        referral=("Pasquier", "jerome.pasquier@atelier-morvan.fr"),
    ),
    R(
        "en",
        "referral",
        """I left the company in March. Sorry, I don't know who took over.""",
        sent="2026-05-20",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        """J'ai changé de poste, je suis maintenant aux achats. Pour la sécurité informatique c'est Xavier Dubreuil qui a repris, xavier.dubreuil@transports-roussel.fr""",
        sent="2027-03-17",
        referral=("Xavier Dubreuil", "xavier.dubreuil@transports-roussel.fr"),
    ),
    R(
        "en",
        "referral",
        """Hello, I am not responsible for this. Please contact my colleague Mr. Andreas Vogel, he is head of purchasing. andreas.vogel@alder-plastics.de
Best regards""",
        q="gmen:pack",
        sent="2026-06-19",
        referral=("Andreas Vogel", "andreas.vogel@alder-plastics.de"),
    ),
    R(
        "fr",
        "referral",
        """Pour les séminaires, contactez l'assistante de direction : assistante.direction@lycee-jean-moulin.fr""",
        sent="2026-03-27",
        referral=(None, "assistante.direction@lycee-jean-moulin.fr"),
    ),
    R(
        "en",
        "referral",
        """Forwarding to our procurement team who will pick this up: tenders@oakridge-council.gov.uk""",
        sent="2025-03-13",
        referral=(None, "tenders@oakridge-council.gov.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,

Vous faites erreur de destinataire au sein de notre groupe : la formation est gérée par notre filiale Delmas Services. Contact : Mme Claire Roy, claire.roy@delmas-services.fr.

Cordialement"""
        + F_FR2,
        q="olfr:forma",
        sent="2026-11-13",
        referral=("Claire Roy", "claire.roy@delmas-services.fr"),
    ),
    R(
        "en",
        "referral",
        """Steve, see below. Worth a look for the Reading depot? Can you reply to them directly.""",
        q="olen:logi",
        sent="2026-08-21",
        referral=("Steve", None),
    ),
    R(
        "fr",
        "referral",
        """Transféré à Karine Lopez (RH) qui vous répondra.""",
        q="olfr:rh",
        sent="2027-06-03",
        referral=("Karine Lopez", None),
    ),
    R(
        "en",
        "referral",
        """Our insurance is arranged by the head office in Manchester. Contact Linda Shaw there: linda.shaw@tidewell-hotels.com""",
        sent="2025-10-23",
        referral=("Linda Shaw", "linda.shaw@tidewell-hotels.com"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour, M. Hamon a quitté l'établissement. Le nouveau proviseur est M. Frédéric Noël.""",
        sent="2025-09-04",
        referral=("Frédéric Noël", None),
    ),
    R(
        "en",
        "referral",
        """I'm no longer the right contact — I moved to another role within the group. Hope you find the right person!""",
        sent="2026-10-29",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        """Je ne travaille plus pour l'association depuis janvier.""",
        sent="2026-02-19",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        """Hi, I'm a volunteer, not staff. Our director Samuel Okoye deals with suppliers: director@helping-hands.org""",
        sent="2026-01-29",
        referral=("Samuel Okoye", "director@helping-hands.org"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour,
Le restaurant a changé de propriétaire. Contactez M. Lucas Fernandez, le nouveau gérant, au restaurant directement.
Cordialement""",
        sent="2026-07-02",
        referral=("Lucas Fernandez", None),
    ),
    R(
        "en",
        "referral",
        """Not my area. Copying Jess (jess.kim@kestrel-logistics.com) who looks after fleet insurance.""",
        q="gmen:insur",
        sent="2025-12-03",
        referral=("Jess", "jess.kim@kestrel-logistics.com"),
    ),
    R(
        "fr",
        "referral",
        """Voir avec le responsable maintenance, Stéphane Giraud, c'est lui qui décide pour les machines.""",
        q="mobfr:machine",
        sent="2025-11-28",
        referral=("Stéphane Giraud", None),
    ),
    R(
        "en",
        "referral",
        """Thanks. Please contact our Head of Estates, Mr. Colin Baxter, regarding energy contracts.""",
        sent="2026-04-23",
        referral=("Colin Baxter", None),
    ),
    R(
        "fr",
        "referral",
        """Bonjour, Pas intéressé à titre personnel, mais mon collègue Antoine Marchal cherche justement un lieu pour le séminaire commercial. antoine.marchal@groupe-delmas.fr""",
        q="gmfr:salle",
        sent="2026-03-11",
        referral=("Antoine Marchal", "antoine.marchal@groupe-delmas.fr"),
    ),
    R(
        "en",
        "referral",
        """Not for me, but our sister company might be interested. Speak to Hannah Lee, hannah@alder-packaging.co.uk""",
        sent="2026-06-24",
        referral=("Hannah Lee", "hannah@alder-packaging.co.uk"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour Sophie,

Je vous mets en relation avec notre nouvelle chargée de recrutement, Léa Martin, qui gère désormais les postes techniques. Elle est en copie.

Nathalie Bertin""",
        q="olfr:recrut",
        sent="2026-11-04",
        referral=("Léa Martin", None),
    ),
    R(
        "en",
        "referral",
        """I'm the wrong person. All IT purchases go through our group IT in Paris. Contact: it-purchasing@tidewell-hotels.com""",
        sent="2027-09-15",
        referral=(None, "it-purchasing@tidewell-hotels.com"),
    ),
    R(
        "fr",
        "referral",
        """Bonjour, je suis parti du Centre hospitalier. Pour la DSI, voyez avec Jean-Philippe Roux.""",
        sent="2025-05-07",
        referral=("Jean-Philippe Roux", None),
    ),
    R(
        "en",
        "referral",
        """Hi, Laura's no longer with us. Her role is now covered by Nadia Hussain: nadia.hussain@tidewell-hotels.com""",
        q="gmen:training",
        sent="2026-09-30",
        referral=("Nadia Hussain", "nadia.hussain@tidewell-hotels.com"),
    ),
    R(
        "fr",
        "referral",
        """Merci de vous adresser à la direction des achats du GHT, qui centralise tous nos marchés : achats.ght@ch-valvert.fr""",
        sent="2026-10-16",
        referral=(None, "achats.ght@ch-valvert.fr"),
    ),
    R(
        "en",
        "referral",
        """Pete — you were asking about route planning tools last week. See below. Your call.""",
        q="gmen:logi",
        sent="2026-07-17",
        referral=("Pete", None),
    ),
    R(
        "fr",
        "referral",
        """Je ne suis pas décisionnaire. C'est Mme Benali, la principale, qui valide les formations.""",
        sent="2026-11-19",
        referral=("Benali", None),
    ),
    R(
        "en",
        "referral",
        """please contact my manager Mr Yilmaz, he decide for the machines""",
        sent="2026-04-13",
        referral=("Yilmaz", None),
    ),
    R(
        "fr",
        "referral",
        """C'est pas moi, c'est mon frère qui gère la brasserie maintenant. Thomas, 06 88 12 43 21.""",
        sent="2027-05-12",
        referral=("Thomas", None),
    ),
    R(
        "en",
        "referral",
        """Not me. I left Alder Plastics two years ago — not sure why I'm still on your list. Try their switchboard.""",
        sent="2025-02-19",
        referral=(None, None),
    ),
    R(
        "fr",
        "referral",
        """Je ne fais plus partie de la mairie depuis les élections. Bonne journée.""",
        q="olfr:energie",
        sent="2026-05-07",
        referral=(None, None),
    ),
    R(
        "en",
        "referral",
        """Mike, can you handle this one? Thanks.

From: Sarah Kent <sarah.kent@shieldgrid.com>
Sent: 02 March 2026 10:12
To: info@kestrel-logistics.com
Subject: Quick question about your SOC coverage

Hi, Most mid-sized companies we talk to have no 24/7 monitoring of their endpoints. Would you have 15 minutes for a call on Thursday?""",
        sent="2026-03-04",
        referral=("Mike", None),
    ),
]

# ===================================================================================================
# unsubscribe
# ===================================================================================================
CASES += [
    R("fr", "unsubscribe", """STOP""", q="olfr:rh", sent="2026-03-05"),
    R("en", "unsubscribe", """unsubscribe""", sent="2025-11-24"),
    R("en", "unsubscribe", """Please take me off your mailing list.""", sent="2026-04-29"),
    R("fr", "unsubscribe", """Merci de me retirer de votre liste de diffusion.""", q="gmfr:salle", sent="2025-06-04"),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,

Où avez-vous obtenu mes coordonnées ? Je n'ai jamais consenti à recevoir vos messages. Conformément au RGPD, je vous demande de supprimer immédiatement toutes les données me concernant et de me confirmer cette suppression.

Delphine Arnoux""",
        sent="2026-02-24",
    ),
    R("en", "unsubscribe", """Where did you get my data? Delete it.""", sent="2027-03-24"),
    R(
        "en",
        "unsubscribe",
        """Under Article 17 of the GDPR I request the erasure of all personal data you hold about me. Please also confirm the source from which you obtained my email address.""",
        q="olen:training",
        sent="2026-07-23",
    ),
    R("fr", "unsubscribe", """Ne plus me contacter.""", sent="2025-10-15"),
    R("en", "unsubscribe", """Do not email me again.""", q="moben:insur", sent="2026-01-07"),
    R(
        "en",
        "unsubscribe",
        """Stop spamming me. This is the third email this week. Remove me now.""",
        sent="2026-09-17",
    ),
    R("fr", "unsubscribe", """Je ne veux plus recevoir vos mails. Merci.""", q="olfr:forma", sent="2027-01-27"),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,

Cette adresse est une boîte générique de la mairie. Merci de la retirer de vos fichiers commerciaux.

Service courrier – Mairie de Saint-Aubin"""
        + F_FR3,
        sent="2025-12-17",
    ),
    R("en", "unsubscribe", """Not interested, and please remove me from your list.""", sent="2026-07-30"),
    R("fr", "unsubscribe", """Pas intéressé. Retirez-moi de vos listes svp.""", q="gmfr:machine", sent="2025-11-26"),
    R("fr", "unsubscribe", """désabonnez-moi""", sent="2026-11-04"),
    R("en", "unsubscribe", """Opt out.""", sent="2025-04-16"),
    R("en", "unsubscribe", """STOP""", q="moben:pack", sent="2027-06-16"),
    R("fr", "unsubscribe", """stop merci""", q="mobfr:salle", sent="2026-06-10"),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,
Merci de supprimer mes coordonnées de votre base de données et de ne plus m'adresser de sollicitations commerciales.
Cordialement,
J-P Roux"""
        + F_FR1,
        sent="2026-10-21",
    ),
    R("en", "unsubscribe", """Remove.""", sent="2026-05-12"),
    R(
        "en",
        "unsubscribe",
        """I've asked twice now. Take this address off your list. If I get another email I'll report you to the ICO.""",
        q="olen:recruit",
        sent="2026-12-10",
    ),
    R(
        "fr",
        "unsubscribe",
        """Je vous ai déjà demandé de ne plus m'écrire. Supprimez mon adresse, sinon je saisis la CNIL.""",
        sent="2026-06-02",
    ),
    R(
        "en",
        "unsubscribe",
        """How did you get my personal email? I never gave it to you. Delete it from your systems and don't contact me again.""",
        sent="2025-08-28",
    ),
    R("fr", "unsubscribe", """D'où tenez-vous mon adresse ? Effacez-la, merci.""", sent="2026-01-21"),
    R(
        "en",
        "unsubscribe",
        """Please unsubscribe me from all future emails.

Margaret Hale
Head of Nursing Workforce"""
        + "\n\nThis email and any attachments are confidential. If received in error please notify the sender.",
        sent="2026-12-14",
    ),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,

Je vous prie de cesser de m'envoyer des courriels. Je ne suis pas concerné par vos offres et je ne souhaite plus être sollicité.

Bien à vous,
Bernard Lemaire""",
        q="olfr:energie",
        sent="2026-01-28",
    ),
    R("fr", "unsubscribe", """Plus de mails svp""", sent="2025-03-19"),
    R(
        "en",
        "unsubscribe",
        """Kindly remove my email from your database. We are a school and I receive dozens of these a day.""",
        q="gmen:training",
        sent="2026-09-23",
    ),
    R(
        "fr",
        "unsubscribe",
        """Retirez-moi de votre fichier. Nous sommes une association, pas un client potentiel.""",
        sent="2026-03-25",
    ),
    R(
        "en",
        "unsubscribe",
        """Hi,

Please stop sending me emails. I've never heard of your company and I don't want to be on your list.

Thanks""",
        sent="2025-05-21",
    ),
    R(
        "fr",
        "unsubscribe",
        """Bonjour, je souhaite me désinscrire de votre liste de diffusion. Le lien en bas de votre mail ne fonctionne pas.""",
        q="gmfr:forma",
        sent="2026-11-25",
    ),
    R(
        "en",
        "unsubscribe",
        """Your unsubscribe link is broken, so I'm replying instead: unsubscribe me.""",
        q="gmen:venue",
        sent="2026-04-08",
    ),
    R("fr", "unsubscribe", """STOP STOP STOP""", sent="2027-02-02"),
    R(
        "en",
        "unsubscribe",
        """GDPR request: please confirm you have deleted my details and that I will receive no further marketing emails from you.""",
        sent="2026-02-11",
    ),
    R(
        "fr",
        "unsubscribe",
        """Merci de ne plus m'envoyer de messages sur cette adresse professionnelle.""",
        sent="2025-09-24",
    ),
    R("en", "unsubscribe", """pls remove me from ur list, thx""", sent="2026-06-30"),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,
je ne souhaite plus être contacté par votre société, ni par mail ni par téléphone.
Cordialement""",
        sent="2025-07-24",
    ),
    R(
        "en",
        "unsubscribe",
        """I don't want receive your emails anymore. Please delete my address. Thank you""",
        sent="2026-04-15",
    ),
    R("fr", "unsubscribe", """please stop écrire à moi, pas intéressé, enlevez mon mail""", sent="2026-10-28"),
    R(
        "en",
        "unsubscribe",
        """Take us off your list. We're a hospital, not a conference centre customer.""",
        q="olen:venue",
        sent="2025-10-30",
    ),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,

Au titre des articles 17 et 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection et vous demande leur effacement. Merci de me confirmer la prise en compte de cette demande sous un mois.

Karima Haddad""",
        sent="2026-05-28",
    ),
    R(
        "en",
        "unsubscribe",
        """Unsubscribe. And tell your colleagues at ShieldGrid too, I get the same email from three of you.""",
        q="gmen:cyber",
        sent="2026-03-31",
    ),
    R(
        "fr",
        "unsubscribe",
        """Vous m'avez déjà écrit 5 fois. Rayez-moi de vos listes, définitivement.""",
        sent="2027-04-21",
    ),
    R("en", "unsubscribe", """Please stop contacting me. Thank you.""", q="moben:logi", sent="2025-12-18"),
    R("fr", "unsubscribe", """désinscrire svp""", sent="2026-07-08"),
    R(
        "en",
        "unsubscribe",
        """Remove me from your mailing list please.

Sent from my iPhone""",
        sent="2027-10-13",
    ),
    R(
        "fr",
        "unsubscribe",
        """Bonjour. Merci de retirer l'adresse contact@brasserie-du-port.fr de votre liste, nous ne souhaitons plus recevoir de prospection.""",
        sent="2026-02-25",
    ),
    R(
        "en",
        "unsubscribe",
        """Please remove all Helping Hands addresses from your mailing lists. We do not accept unsolicited supplier approaches."""
        + F_EN3,
        sent="2025-11-12",
    ),
    R(
        "fr",
        "unsubscribe",
        """Je n'ai jamais demandé à recevoir vos messages. Désinscrivez-moi.""",
        q="gmfr:rh",
        sent="2026-09-16",
    ),
    R("en", "unsubscribe", """Enough. Unsubscribe.""", sent="2026-08-27"),
    R("fr", "unsubscribe", """Merci de m'oublier. Supprimez mon adresse de vos fichiers.""", sent="2025-01-29"),
    R(
        "en",
        "unsubscribe",
        """Hello, I do not want to receive any more commercial emails from your agency. Remove me please.
Regards, Ahmed""",
        sent="2027-05-26",
    ),
    R(
        "fr",
        "unsubscribe",
        """Bonjour,

Vous trouverez ci-dessous ma réponse : STOP.

Stéphane Giraud""",
        q="olfr:forma",
        sent="2026-06-17",
    ),
    R(
        "en",
        "unsubscribe",
        """Not interested and not interested in hearing from you again. Take me off.""",
        sent="2025-06-11",
    ),
    R("fr", "unsubscribe", """ne plus m'envoyer de mails, merci""", q="mobfr:recrut", sent="2026-12-02"),
    R(
        "en",
        "unsubscribe",
        """Please delete my details from your CRM and confirm. I did not consent to this.""",
        sent="2026-11-16",
    ),
    R("fr", "unsubscribe", """Arrêtez de m'envoyer vos publicités.""", sent="2025-08-06"),
    R(
        "en",
        "unsubscribe",
        """Who sold you my data? I want it deleted and I want off this list.""",
        q="olen:pack",
        sent="2026-02-05",
    ),
]

# ===================================================================================================
# out_of_office
# ===================================================================================================
CASES += [
    R(
        "fr",
        "out_of_office",
        """Réponse automatique : Je suis absent(e) du bureau jusqu'au 12/03 inclus. Je traiterai votre message à mon retour.""",
        sent="2026-03-04",
    ),
    R(
        "en",
        "out_of_office",
        """Automatic reply: I am out of the office until March 12th with limited access to email. I will respond on my return.""",
        sent="2026-03-05",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour,

Je suis en congés et serai de retour le 12 mars. En cas d'urgence, vous pouvez contacter ma collègue Julie Morin : julie.morin@transports-roussel.fr

Cordialement,
Hélène Jacquet""",
        sent="2026-02-27",
    ),
    R(
        "en",
        "out_of_office",
        """Thank you for your email. I'm currently on annual leave and will be back next Monday. For urgent matters please contact Rachel Ives on rachel.ives@kestrel-logistics.com.""",
        sent="2026-07-15",
    ),
    R(
        "fr",
        "out_of_office",
        """Absente du 3 au 14 août. Retour le lundi 17. Pour toute urgence : 02 99 41 12 00 (standard).""",
        sent="2026-08-04",
    ),
    R(
        "en",
        "out_of_office",
        """I'm on maternity leave until January 2027. During this time please contact hr@tidewell-hotels.com.""",
        sent="2026-06-16",
    ),
    R(
        "fr",
        "out_of_office",
        """Je suis actuellement en congé maternité. Je serai de retour à compter du 2 novembre. Mes dossiers sont suivis par Karine Lopez (karine.lopez@groupe-delmas.fr).""",
        sent="2025-07-09",
    ),
    R("en", "out_of_office", """Out of Office: back 05/01. No access to email.""", sent="2025-12-23"),
    R(
        "fr",
        "out_of_office",
        """Message d'absence
Je suis en déplacement à l'étranger sans accès régulier à mes mails jusqu'au vendredi 20 novembre. Je vous répondrai dès que possible.""",
        sent="2026-11-10",
    ),
    R(
        "en",
        "out_of_office",
        """Hi, I'm away at a trade show this week (Packaging Innovations, Birmingham) and will reply when I'm back on Monday 14th.
Emma""",
        sent="2026-09-09",
    ),
    R(
        "fr",
        "out_of_office",
        """Absent jusqu'à lundi. Je reviens vers vous à mon retour.

Envoyé de mon iPhone""",
        sent="2027-01-14",
    ),
    R(
        "en",
        "out_of_office",
        """I am currently out of the office on sick leave. I will get back to you as soon as possible after my return. If your enquiry is urgent, please call reception on 0113 496 0000.""",
        sent="2026-01-21",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour,
Je suis en arrêt maladie jusqu'à nouvel ordre. Pour toute question relative aux achats, merci de vous adresser à achats@atelier-morvan.fr.
Cordialement, Cécile Arnaud""",
        sent="2026-05-20",
    ),
    R(
        "en",
        "out_of_office",
        """Automatic reply: Out of Office

I'm out of the office from 22 December to 2 January inclusive. The school office reopens on 5 January.

Mrs J. Okafor
Business Manager""",
        sent="2026-12-22",
    ),
    R(
        "fr",
        "out_of_office",
        """L'établissement est fermé pendant les vacances scolaires, du 18 octobre au 2 novembre. Votre message sera traité à la rentrée.

Secrétariat du Lycée Jean Moulin""",
        sent="2025-10-21",
    ),
    R(
        "en",
        "out_of_office",
        """Thanks for your message. I'm on holiday until Tuesday 2 September and won't be checking email. Speak soon!""",
        sent="2025-08-19",
    ),
    R(
        "fr",
        "out_of_office",
        """Réponse automatique : Absent du bureau

Je suis absent jusqu'au 2026-04-27. En mon absence, merci de contacter Xavier Dubreuil pour toute urgence informatique.""",
        sent="2026-04-15",
    ),
    R(
        "en",
        "out_of_office",
        """I'm on parental leave until the end of April. My colleague Nadia Hussain (nadia.hussain@tidewell-hotels.com) is covering my responsibilities in the meantime.""",
        sent="2027-01-19",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour, je suis en formation toute la semaine et ne consulterai pas mes mails. Je vous répondrai lundi prochain.""",
        sent="2026-10-13",
    ),
    R("en", "out_of_office", """OOO until 3/16. For anything urgent call my cell.""", sent="2027-03-09"),
    R(
        "fr",
        "out_of_office",
        """Je suis actuellement en congés. De retour le 24/08, je prendrai connaissance de votre message à ce moment-là.

Pour ne plus recevoir les communications de notre groupe, écrivez à dpo@groupe-delmas.fr.""",
        sent="2025-08-06",
    ),  # look-alike (footer)
    R(
        "en",
        "out_of_office",
        """Automatic reply: I'm out until Thursday. I'll reply when I'm back.

To unsubscribe from Northfield Foods marketing emails, click here.""",
        sent="2026-03-16",
    ),  # look-alike (footer)
    R(
        "fr",
        "out_of_office",
        """Bonjour,

Merci pour votre message. Je suis absente jusqu'au 15 septembre inclus. En cas d'urgence, contactez le secrétariat général au 02 40 11 22 33.

Sylvie Gautier
Secrétaire générale"""
        + F_FR3,
        sent="2025-09-03",
    ),
    R(
        "en",
        "out_of_office",
        """I'm travelling to our Lagos office until 18 November with intermittent connectivity. Replies will be delayed.

Priya Shah"""
        + F_EN3,
        sent="2026-11-06",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour, je suis en vacances jusqu'au 31 juillet. Pour les urgences : Romain Chevalier, 06 71 22 45 90. Bonne journée""",
        sent="2026-07-20",
    ),
    R(
        "en",
        "out_of_office",
        """Thank you for contacting St Mary's NHS Trust. I am on leave and will return on Monday 13th April 2026. Please note your email will not be forwarded.""",
        sent="2026-04-02",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour,

Je suis absent(e) du bureau. Retour prévu le 4 janvier. Les demandes urgentes peuvent être adressées à accueil@ch-valvert.fr.

Centre hospitalier de Valvert"""
        + F_FR1,
        sent="2025-12-24",
    ),
    R(
        "en",
        "out_of_office",
        """I am currently away from the office with no access to email until 7th July. If you need help before then, contact sales@alder-plastics.de.""",
        sent="2025-06-27",
    ),
    R(
        "fr",
        "out_of_office",
        """Réponse automatique : Le restaurant est fermé pour congés annuels jusqu'au mardi 3 février. Nous traiterons vos messages à la réouverture.""",
        sent="2026-01-20",
    ),
    R(
        "en",
        "out_of_office",
        """Hi there, I'm currently on a sabbatical until September 2027. Please contact Oliver Reed in my absence.""",
        sent="2027-02-24",
    ),
    R("fr", "out_of_office", """Absent le 11 et le 12, retour mercredi.""", sent="2026-05-08"),
    R("en", "out_of_office", """I'm out of the office today and tomorrow. Back Thursday.""", sent="2025-02-11"),
    R(
        "fr",
        "out_of_office",
        """Bonjour,
En congé du 20/12 au 05/01. Joyeuses fêtes !
Claire""",
        sent="2025-12-18",
    ),
    R("en", "out_of_office", """Autoreply: I'm off until the 4th of January. Happy holidays!""", sent="2026-12-21"),
    R(
        "fr",
        "out_of_office",
        """Je suis en réunion toute la journée et ne pourrai pas vous répondre avant demain.""",
        sent="2026-02-04",
    ),
    R(
        "en",
        "out_of_office",
        """I'm currently out of the office attending the NHS Confed Expo. I'll be back in the office on June 15 and will reply then.""",
        sent="2026-06-10",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour,

Je suis actuellement absent et ne serai de retour que le lundi 2 mars. Pendant mon absence, M. Pasquier assure l'intérim : jerome.pasquier@atelier-morvan.fr.

Didier Caillaud""",
        sent="2026-02-17",
    ),
    R(
        "en",
        "out_of_office",
        """Thank you for your email. Our office is closed for the Easter break and will reopen on Tuesday 7 April.""",
        sent="2026-04-01",
    ),
    R(
        "fr",
        "out_of_office",
        """[Réponse automatique] Je suis en congé jusqu'au 2 juin. Vos emails ne sont pas transférés.""",
        sent="2027-05-19",
    ),
    R(
        "en",
        "out_of_office",
        """I'm out of office with limited access to email until Wednesday, 29 October 2025.""",
        sent="2025-10-22",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour, je suis absent jusqu'à la fin du mois. Je vous recontacterai à mon retour.""",
        sent="2026-09-14",
    ),
    R(
        "en",
        "out_of_office",
        """Hello, I am in vacation until 20 of august. I will answer you when I come back. Best regards, Mehmet""",
        sent="2026-08-05",
    ),
    R(
        "fr",
        "out_of_office",
        """Je suis absente jusqu'au 9 novembre.

Envoyé de mon iPhone""",
        sent="2025-11-03",
    ),
    R("en", "out_of_office", """I'm away until next Monday.""", sent="2027-07-21"),
    R(
        "fr",
        "out_of_office",
        """Réponse automatique
Bonjour,
Je suis en déplacement sur nos chantiers jusqu'au 21 et n'ai qu'un accès limité à ma messagerie. Pour toute urgence, contactez Thomas au 06 88 12 43 21.""",
        sent="2026-10-15",
    ),
    R(
        "en",
        "out_of_office",
        """Please note I am now working part-time (Mon–Wed). Emails received on other days will be answered the following Monday.""",
        sent="2026-05-15",
    ),
    R(
        "fr",
        "out_of_office",
        """Je suis en congé parental jusqu'au 30 juin 2026. Merci de vous adresser à drh@transports-roussel.fr pendant mon absence.""",
        sent="2025-11-19",
    ),
    R("en", "out_of_office", """Out of office until 2026-08-31. I'll get back to you after that.""", sent="2026-08-14"),
    R(
        "fr",
        "out_of_office",
        """Bonjour,
Je suis absent pour raisons médicales. Je reprendrai mes fonctions le 6 avril. Merci de votre compréhension.""",
        sent="2027-03-18",
    ),
    R(
        "en",
        "out_of_office",
        """Automatic reply: I'm currently on leave. I'll be back in the office on the 3rd. Please resend anything urgent to office@brightwater-school.org.uk.""",
        sent="2026-10-28",
    ),
    R(
        "fr",
        "out_of_office",
        """Bonjour, je suis en vacances jusqu'à la rentrée. Je vous répondrai début septembre.""",
        sent="2025-07-23",
    ),
    R(
        "en",
        "out_of_office",
        """Thanks for getting in touch. The Parish Council clerk is on leave until Friday 17 April. Your email will be dealt with on her return.""",
        sent="2026-04-08",
    ),
    R(
        "fr",
        "out_of_office",
        """Absent(e) du bureau – retour le 12 mars. Ne pas tenir compte de ce message si vous avez déjà reçu une réponse.""",
        sent="2027-03-03",
    ),
    R(
        "en",
        "out_of_office",
        """I'm away from my desk until Monday 16 November and will respond to your email on my return. Please note that the office is closed on Friday.""",
        sent="2026-11-12",
    ),
    R(
        "fr",
        "out_of_office",
        """Je suis en congés sans accès à mes mails jusqu'au 24 avril inclus. Je traiterai votre demande à mon retour, le lundi 27 avril.""",
        sent="2026-04-14",
    ),
]

# ===================================================================================================
# other
# ===================================================================================================
CASES += [
    R(
        "fr",
        "other",
        """Bonjour,

Votre demande a bien été enregistrée sous le numéro 2026-045821. Un conseiller la prendra en charge dans les meilleurs délais. Merci de ne pas répondre à ce message.

Support – Centre hospitalier de Valvert""",
        sent="2026-03-10",
    ),
    R(
        "en",
        "other",
        """[Ticket #88213] Thank you for contacting Kestrel Logistics IT Service Desk. Your request has been logged and will be assigned to an agent. Reference: INC0088213. Please do not change the subject line when replying.""",
        q="olen:cyber",
        sent="2025-11-20",
    ),
    R(
        "en",
        "other",
        """This is an automated response confirming that we have received your email. A member of our team will respond within 2 working days.

Oakridge Borough Council – Customer Services""",
        sent="2026-01-14",
    ),
    R(
        "fr",
        "other",
        """Accusé de réception : nous avons bien reçu votre message et y répondrons sous 48 heures ouvrées.

Mairie de Saint-Aubin""",
        sent="2025-06-18",
    ),
    R("fr", "other", """Je vous ai déjà répondu la semaine dernière.""", sent="2026-06-10"),
    R(
        "en",
        "other",
        """I already replied to this last week. Please check your inbox.""",
        q="gmen:logi",
        sent="2026-08-27",
    ),
    R(
        "en", "other", """Stop! I already answered your colleague on Friday. Check with him.""", sent="2025-09-15"
    ),  # look-alike
    R(
        "fr",
        "other",
        """Bonjour,

Merci pour votre message. Toute proposition commerciale doit être déposée sur notre portail fournisseurs : https://fournisseurs.groupe-delmas.fr. Aucune suite ne sera donnée aux offres envoyées par email.

Direction des achats"""
        + F_FR2,
        sent="2026-04-21",
    ),
    R(
        "en",
        "other",
        """Please register on our supplier portal (https://suppliers.northfield-foods.co.uk) — we cannot engage with vendors who are not registered.""",
        q="olen:pack",
        sent="2026-06-16",
    ),
    R(
        "fr",
        "other",
        """Bonjour,
Nos achats sont soumis au code de la commande publique. Merci de surveiller nos consultations sur notre profil acheteur (marches.mairie-saint-aubin.fr) et sur le BOAMP.
Service de la commande publique"""
        + F_FR3,
        q="olfr:energie",
        sent="2025-12-15",
    ),
    R(
        "en",
        "other",
        """As a public body we can only buy through competitive tender. Opportunities are published on Find a Tender and Contracts Finder.""",
        sent="2026-02-18",
    ),
    R(
        "fr",
        "referral",
        """Erreur de destinataire : personne de ce nom ne travaille ici.""",
        sent="2026-10-14",
        referral=(None, None),
    ),
    R(
        "en",
        "other",
        """Wrong address, there's nobody called Laura at this company.""",
        q="gmen:training",
        sent="2025-07-02",
    ),
    R("fr", "other", """Merci.""", sent="2027-01-05"),
    R("en", "other", """Thanks.""", sent="2026-05-27"),
    R("fr", "other", """Bien reçu.""", sent="2025-12-02"),
    R("en", "other", """Received.""", sent="2027-04-28"),
    R("fr", "other", """Où avez-vous eu mon adresse ?""", sent="2026-09-02"),  # look-alike (no erasure asked)
    R("en", "other", """Where did you get my email address from? Just curious.""", sent="2026-02-03"),  # look-alike
    R(
        "en", "other", """I clicked the unsubscribe link by mistake — please keep me on your list!""", sent="2025-10-08"
    ),  # look-alike
    R(
        "fr",
        "other",
        """Ne tenez pas compte de mon précédent mail demandant la désinscription, c'était une fausse manip de ma collègue. Vous pouvez continuer à m'écrire.""",
        sent="2026-11-17",
    ),  # look-alike
    R(
        "fr",
        "other",
        """Supprimez mon numéro de fixe de vos fichiers, il n'est plus attribué. Mon portable : 06 12 34 56 78.""",
        sent="2026-01-06",
    ),  # look-alike
    R(
        "en",
        "other",
        """Please delete my previous email — it was sent to you by mistake. Sorry for the noise.""",
        sent="2026-07-07",
    ),  # look-alike
    R(
        "fr",
        "other",
        """Le « répondez STOP » en bas de votre mail fait un peu agressif, je vous le signale en toute amitié. Bonne journée.""",
        q="olfr:salle",
        sent="2026-03-24",
    ),  # look-alike
    R(
        "en",
        "other",
        """Your footer says to reply 'unsubscribe' if I'm not interested. I'm not replying that — I just wanted to point out your link to the case study is broken.""",
        q="gmen:cyber",
        sent="2026-05-19",
    ),  # look-alike
    R(
        "fr",
        "other",
        """Arrêtez de m'appeler « Monsieur », je suis une femme. Merci d'en tenir compte.""",
        sent="2025-04-29",
    ),  # look-alike
    R(
        "en",
        "other",
        """I've changed email address. Please use anna.price@tidewell-hotels.com from now on.""",
        sent="2026-10-06",
    ),
    R(
        "fr",
        "other",
        """J'ai changé d'adresse, merci d'utiliser desormais c.arnaud@atelier-morvan.fr""",
        sent="2027-02-17",
    ),
    R(
        "fr",
        "other",
        """Lu : Votre gestion RH en 2026

Votre message
  À : drh@transports-roussel.fr
  Objet : Votre gestion RH en 2026
  Envoyé : mardi 3 mars 2026 09:12
a été lu le mardi 3 mars 2026 10:47.""",
        sent="2026-03-03",
    ),
    R(
        "en",
        "other",
        """Read: Your commercial insurance renewal

Your message was read on Wednesday, 24 September 2025 11:02.""",
        sent="2025-09-24",
    ),
    R("fr", "other", """Bonne année à vous aussi !""", sent="2026-01-05"),
    R("en", "other", """Merry Christmas to you too!""", sent="2025-12-23"),
    R("en", "other", """Is this a bot?""", sent="2026-08-12"),
    R("fr", "other", """C'est une IA qui écrit vos mails ? Ça se voit.""", sent="2026-04-07"),
    R("fr", "other", """On se connaît ?""", sent="2027-03-10"),
    R("en", "other", """Did you mean to send this to me?""", sent="2026-11-03"),
    R("fr", "other", """?""", sent="2025-05-13"),
    R("en", "other", """??""", q="moben:venue", sent="2026-09-15"),
    R(
        "fr",
        "other",
        """Nous sommes déjà clients chez vous depuis deux ans... Votre service commercial devrait vérifier son fichier.""",
        q="gmfr:fact",
        sent="2026-05-06",
    ),
    R("en", "other", """We've been your customer since 2023. Maybe update your CRM?""", sent="2025-08-13"),
    R(
        "fr",
        "other",
        """Bonjour, nous avons signé votre devis la semaine dernière, vous devez avoir le bon de commande. Pourquoi cette relance ?""",
        sent="2026-10-22",
    ),
    R(
        "en",
        "other",
        """Hi, I think you've confused us with Kestrel Aviation. We're Kestrel Logistics. Different company.""",
        sent="2026-03-18",
    ),
    R(
        "fr",
        "other",
        """Vous confondez avec le lycée Jean Moulin de Nantes, nous sommes à Angers.""",
        sent="2025-09-30",
    ),
    R(
        "en",
        "other",
        """Your salesperson called me three times yesterday and was quite rude when I said I was busy. I thought you should know.""",
        sent="2026-06-23",
    ),
    R(
        "fr",
        "other",
        """Votre commercial m'a raccroché au nez hier. Drôle de façon de prospecter.""",
        sent="2026-12-09",
    ),
    R(
        "en",
        "other",
        """Hi, I'm actually looking for a job as a nurse, not hiring. Do you have any openings? I attached my CV.""",
        q="gmen:recruit",
        sent="2026-11-26",
    ),
    R(
        "fr",
        "other",
        """Bonjour, je suis à la recherche d'un emploi de soudeur, je vous envoie mon CV en pièce jointe. Cordialement.""",
        q="olfr:recrut",
        sent="2025-10-15",
    ),
    R(
        "en",
        "other",
        """Forwarded to our IT security team to check this isn't phishing. No offence.""",
        q="olen:cyber",
        sent="2026-04-14",
    ),
    R(
        "fr",
        "other",
        """Je transfère à notre RSSI pour vérifier que ce n'est pas du hameçonnage. Rien de personnel.""",
        sent="2025-11-05",
    ),
    R(
        "en",
        "other",
        """Your email arrived with all the formatting broken and the images blocked, just so you know.""",
        sent="2027-06-09",
    ),
    R(
        "fr",
        "other",
        """Votre mail est arrivé dans mes spams, pensez à vérifier votre configuration.""",
        sent="2026-07-15",
    ),
    R(
        "en",
        "other",
        """This mailbox does not accept incoming mail. Messages sent to this address are not read.""",
        sent="2026-02-26",
    ),
    R(
        "fr",
        "other",
        """Ceci est une adresse d'envoi uniquement (noreply). Les messages reçus ne sont pas traités.""",
        sent="2025-03-05",
    ),
    R(
        "fr",
        "other",
        """Bonjour,

Merci de votre message. La Direction des achats accuse réception de votre candidature de fournisseur. Elle sera étudiée lors du prochain comité de référencement.

Cordialement""",
        sent="2026-09-29",
    ),
    R(
        "en",
        "other",
        """Thank you for your enquiry. Your message has been received by the Helping Hands supporter care team and will be answered in the order it was received."""
        + F_EN3,
        sent="2026-01-26",
    ),
    R(
        "fr",
        "other",
        """Ha ha, vous êtes le 4e cabinet de recrutement à m'écrire ce matin. Le marché doit être dur.""",
        sent="2026-09-08",
    ),
    R(
        "en",
        "other",
        """Bold of you to email a cybersecurity team with a tracking pixel and a link shortener.""",
        q="gmen:cyber",
        sent="2025-06-03",
    ),
    R(
        "fr",
        "other",
        """Vous pouvez me tutoyer, on s'est croisés au salon de Lyon l'an dernier. 😉""",
        sent="2026-02-10",
    ),
    R("en", "other", """Please correct my name on your records, it's Ann, not Anna.""", sent="2026-08-04"),
    R("fr", "other", """Bonjour, merci d'écrire Mme Benali et non M. Benali. Cordialement.""", sent="2025-12-10"),
    R(
        "en",
        "other",
        """--
Gareth Lloyd
Operations Director | Kestrel Logistics Ltd
T: 0161 496 0999"""
        + F_EN1,
        sent="2026-07-21",
    ),
    R("fr", "other", """Envoyé de mon iPhone""", q="mobfr:assur", sent="2025-07-30"),
    R("en", "other", """Re: see attached.""", sent="2026-12-01"),
    R(
        "fr",
        "other",
        """Ce message a été bloqué par notre passerelle de sécurité car il contient un lien suspect. Si vous pensez qu'il s'agit d'une erreur, contactez votre interlocuteur par un autre moyen.""",
        sent="2026-10-08",
    ),
    R(
        "en",
        "other",
        """Your message to office@brightwater-school.org.uk couldn't be delivered to some recipients because the mailbox is full. It has been delivered to the others.""",
        sent="2027-01-12",
    ),
    R(
        "fr",
        "other",
        """Vous avez écrit à la mauvaise Mme Lefèvre, je suis kinésithérapeute. Bonne chance dans vos recherches.""",
        sent="2026-04-28",
    ),
    R(
        "en",
        "other",
        """I think this was meant for my namesake at the other branch. I'm in Glasgow, not Leeds.""",
        sent="2025-10-29",
    ),
    R(
        "fr",
        "other",
        """Votre pièce jointe ne s'ouvre pas, elle est corrompue. Je vous le signale.""",
        sent="2026-06-03",
    ),
    R(
        "en",
        "other",
        """Just to say the date in your email is wrong — 12 March is a Thursday, not a Tuesday.""",
        sent="2026-02-24",
    ),
    R(
        "fr",
        "other",
        """Petite remarque : votre courriel mentionne « Lycée Jean-Moulin de Rennes ». Nous sommes à Rennes, certes, mais c'est un collège. Bonne journée.""",
        sent="2025-09-09",
    ),
    R(
        "en",
        "other",
        """We spoke on the phone yesterday, as agreed I'm just replying so you have my email address.""",
        sent="2026-05-13",
    ),
    R(
        "fr",
        "other",
        """Comme convenu au téléphone, je vous réponds pour que vous ayez mon adresse mail.""",
        sent="2027-05-05",
    ),
    R("en", "other", """Ha, nice subject line. You almost got me.""", q="gmen:logi", sent="2026-03-31"),
    R(
        "fr",
        "other",
        """Message transmis à notre service comptabilité pour enregistrement de votre société dans notre base fournisseurs.""",
        sent="2026-11-24",
    ),
    R(
        "en",
        "other",
        """Your previous email said 9 EUR per device, this one says 12. Which is it? Just pointing out the inconsistency.""",
        sent="2025-12-16",
    ),
    R(
        "fr",
        "other",
        """Bonjour, je vous ai répondu le 14 par courrier postal, comme demandé par notre règlement intérieur. Bonne réception.""",
        sent="2026-10-20",
    ),
    R(
        "en",
        "other",
        """Thank you for contacting Tidewell Hotels. Please note that all supplier enquiries must be submitted via our Coupa supplier portal. This mailbox is not monitored for sales enquiries.""",
        sent="2025-04-08",
    ),
    R(
        "fr",
        "other",
        """Bonjour,

Suite à votre message, merci de vous inscrire sur la plateforme achatpublic.com afin de pouvoir répondre à nos futures consultations.

Centre hospitalier de Valvert – Cellule des marchés"""
        + F_FR1,
        q="olfr:rh",
        sent="2026-05-12",
    ),
    R(
        "en",
        "other",
        """Auto-acknowledgement: your support request (#44721) has been received by Alder Plastics Helpdesk. Current response time: 3 business days.""",
        sent="2026-09-22",
    ),
    R(
        "fr",
        "other",
        """Réponse automatique : votre courriel a bien été reçu par le service Relations Fournisseurs. Délai de traitement moyen : 10 jours ouvrés.""",
        sent="2027-09-08",
    ),
    R("en", "other", """You again! 😄 Have a good weekend.""", sent="2026-07-10"),
    R(
        "fr",
        "other",
        """Bonjour, qui vous a donné mon nom ? Je préfère savoir avant de répondre quoi que ce soit.""",
        sent="2026-08-19",
    ),  # look-alike
    R(
        "en",
        "other",
        """I replied to your colleague Sarah already. Not sure why I'm getting this one too.""",
        q="gmen:cyber",
        sent="2026-01-28",
    ),
    R("fr", "other", """Je crois que vous m'avez écrit deux fois le même message.""", sent="2025-02-12"),
    R("en", "other", """Testing whether this address gets a reply. Please ignore.""", sent="2025-11-18"),
    R(
        "fr",
        "other",
        """Nous avons bien pris note de votre changement de raison sociale. Nous mettons à jour notre fichier.""",
        sent="2026-06-18",
    ),
    R("en", "other", """Congratulations on the new website by the way, looks great.""", sent="2027-08-25"),
    R("fr", "other", """Félicitations pour votre nomination, j'ai vu ça sur LinkedIn !""", sent="2026-02-17"),
    R(
        "en",
        "other",
        """Please stop by reception to collect the badge you left after your visit on Tuesday.""",
        sent="2026-05-21",
    ),  # look-alike ("stop by")
    R(
        "fr",
        "other",
        """Merci de ne plus utiliser mon ancienne adresse @groupe-delmas-industrie.fr, elle sera désactivée vendredi ; celle-ci reste valable.""",
        sent="2026-12-16",
    ),  # look-alike
]

# ===================================================================================================
# Longer threads: the quoted part holds an earlier reply of the prospect in another class.
# ===================================================================================================
CASES += [
    R(
        "fr",
        "quote_request",
        """Bonjour Élodie,

Finalement le budget s'est débloqué plus tôt que prévu. Pouvez-vous nous faire un devis pour 3 sessions SST de 10 personnes chacune ?

Stéphane Giraud

Le mar. 14 juil. 2026 à 10:02, Élodie Brun <elodie.brun@forma-plus.fr> a écrit :
> Bonjour Monsieur Giraud,
> Je note, je reviens vers vous à la rentrée comme convenu.
>
> Le 13/07/2026 à 17:40, Stéphane Giraud a écrit :
>> Pas pour le moment, recontactez-moi en septembre.
>> Stéphane""",
        sent="2026-08-05",
    ),
    R(
        "en",
        "not_interested",
        """Hi Tom,

Thanks for the documents. Having reviewed them with the ops team, it's not for us — we'd need too many changes to our depot processes. We'll pass.

Gareth

-----Original Message-----
From: Tom Becker <tom.becker@routelynx.com>
Sent: Monday, July 13, 2026 9:15 AM
To: Gareth Lloyd <gareth.lloyd@kestrel-logistics.com>
Subject: RE: Cutting your delivery costs by 12%

Hi Gareth, as requested please find attached our brochure and two case studies. Happy to set up a demo whenever suits.

-----Original Message-----
From: Gareth Lloyd
Sent: Friday, July 10, 2026 4:02 PM
Subject: RE: Cutting your delivery costs by 12%

Sounds interesting, send me some info.""",
        sent="2026-07-27",
    ),
    R(
        "en",
        "meeting_request",
        """Hi Olivia,

Here are our options for the site visit, whichever suits you:

| Date        | Time  | Attendees            |
|-------------|-------|----------------------|
| Tue 10 Mar  | 10:00 | Priya, Samuel        |
| Wed 11 Mar  | 14:30 | Priya only           |
| Fri 13 Mar  | 11:00 | Priya, Samuel, Grace |

Let me know which one works.
Priya""",
        sent="2026-03-04",
    ),
    R(
        "fr",
        "quote_request",
        """Bonjour,

Voici nos besoins pour chiffrage :

Référence        | Quantité / mois | Site de livraison
Barquette PET 350 | 20 000          | Cholet
Film 23 µ         | 400 rouleaux    | Cholet
Carton 40x30x20   | 5 000           | Angers

Merci de nous transmettre votre meilleure offre avant le 30.

Cécile Arnaud – Achats""",
        sent="2026-09-14",
    ),
    R(
        "fr",
        "out_of_office",
        """Je suis en congé jusqu'au 26 octobre, je vous réponds à mon retour.

Envoyé de mon iPhone

> Le 19 oct. 2026 à 09:41, Julie Marchand <julie.marchand@talentio-rh.fr> a écrit :
>
> Bonjour, seriez-vous disponible pour une démo de 20 minutes la semaine prochaine ?
> Pour ne plus recevoir nos emails, répondez STOP.""",
        sent="2026-10-19",
    ),
    R(
        "en",
        "out_of_office",
        """Automatic reply: On leave until Monday 3 August. For urgent staffing matters please contact workforce@stmarys-trust.nhs.uk.

On Tue, Jul 21, 2026 at 10:05 AM Daniel Ortiz <daniel.ortiz@hirebridge.com> wrote:
> Are you the right person to speak to about staffing? If not, who should I contact?""",
        sent="2026-07-21",
    ),
    R(
        "fr",
        "referral",
        """Marc, peux-tu t'en occuper ? Merci.

________________________________
De : Laurent Fabre <l.fabre@fabre-machines.fr>
Envoyé : lundi 9 février 2026 08:47
À : direction@atelier-morvan.fr
Objet : Nouveaux centres d'usinage 5 axes

Bonjour,
Souhaitez-vous recevoir notre catalogue et nos conditions de reprise de vos anciennes machines ?
Laurent Fabre""",
        sent="2026-02-10",
        referral=("Marc", None),
    ),
    R(
        "en",
        "unsubscribe",
        """I said no last month. Now I'm saying remove me from your list.

On Wed, Sep 2, 2026 at 8:30 AM Anna Lindqvist <anna.lindqvist@pakform.eu> wrote:
> Hi Emma, just checking in again — would you like a free sample kit?
>
> On Mon, Aug 3, 2026, Emma Wright wrote:
>> Not interested, thanks.""",
        sent="2026-09-03",
    ),
    R(
        "fr",
        "interested",
        """Re-bonjour,

Après réflexion et discussion avec notre directeur, on est finalement intéressés. Le contexte a changé depuis mon dernier message.

Agnès

Le lun. 2 mars 2026 à 11:20, Inès Caron <ines.caron@domaine-des-tilleuls.fr> a écrit :
> Bien noté, je ne vous relancerai pas.
>
> Le 27/02/2026 à 18:02, Agnès Morel a écrit :
>> Merci mais non, nous restons sur notre lieu habituel.""",
        sent="2026-03-09",
    ),
    R(
        "en",
        "other",
        """Hi, I answered this already — see my reply below from last Tuesday.

On Tue, Nov 3, 2026 at 2:14 PM Helen Cartwright <h.cartwright@northfield-foods.co.uk> wrote:
> Thanks James, we'll be in touch before the renewal.
>
> On Mon, Nov 2, 2026 at 9:00 AM James Holloway <j.holloway@northgate-brokers.co.uk> wrote:
>> Could I send you a free comparison before your renewal?""",
        sent="2026-11-10",
    ),
    R(
        "fr",
        "not_now",
        """Bonjour Sophie,

Merci pour votre relance. Comme je vous l'avais dit, les recrutements sont gelés. Ça ne changera pas avant le deuxième semestre : recontactez-moi à ce moment-là.

Nathalie

________________________________
De : Sophie Garnier <sophie.garnier@cap-talents.fr>
Envoyé : mercredi 4 février 2026 09:30
À : drh@atelier-morvan.fr
Objet : RE: Relance – vos recrutements techniques

Bonjour Nathalie, avez-vous pu avancer ? Je peux vous proposer un appel jeudi ?""",
        sent="2026-02-05",
        until="2026-07-01",
    ),
    R(
        "en",
        "information_request",
        """Before I answer your question, can you answer mine: what exactly does your "free audit" involve, and who sees our policy documents?""",
        q="olen:insur",
        sent="2026-03-25",
    ),
    R(
        "fr",
        "not_interested",
        """Vous me demandez si je suis disponible pour une démo ? Vous pensez vraiment qu'un directeur d'école a le temps pour ça ? Non merci.""",
        q="olfr:rh",
        sent="2026-11-18",
    ),
]
