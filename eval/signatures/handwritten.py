"""Messages written one by one, after the reader's rules were frozen for a first measure (README.md beside this
file gives that first figure): shapes the generated part does not have, from people and firms not in people.py.

Each case: the body as the mailbox shows it, the sender, the team's region, the signature's lines (exact text, in
order; their indexes are found in the body) and the field values. Phone types are written by hand.
"""

from __future__ import annotations

from typing import Any

FR_USER = ("claire.martin@cabinet-martin.fr", "Claire Martin")
EN_USER = ("sarah.collins@relance-partners.co.uk", "Sarah Collins")


def L(value: str, kind: str) -> dict[str, str]:
    return {"value": value, "type": kind}


CASES: list[dict[str, Any]] = [
    {
        "id": "fr-outlook-ligne-directe-cs",
        "sender": ("s.caron@groupe-helios.fr", "CARON Sandrine"),
        "body": """Bonjour Madame Martin,

Je vous remercie pour l'envoi du contrat. Notre service juridique le relit et je reviens vers vous.

Bien à vous,

Sandrine CARON
Groupe Hélios – Direction des Ressources Humaines
Responsable paie et administration du personnel
Ligne directe : 01 55 20 31 42
Standard : 01 55 20 30 00
Tour Pacific – 11-13 cours Valmy – CS 30123
92977 Paris La Défense Cedex

Ce message et toutes les pièces jointes sont confidentiels et établis à l'attention exclusive de ses destinataires.""",
        "sig": [
            "Sandrine CARON",
            "Groupe Hélios – Direction des Ressources Humaines",
            "Responsable paie et administration du personnel",
            "Ligne directe : 01 55 20 31 42",
            "Standard : 01 55 20 30 00",
            "Tour Pacific – 11-13 cours Valmy – CS 30123",
            "92977 Paris La Défense Cedex",
        ],
        "fields": {
            "name": "Sandrine CARON",
            "title": "Responsable paie et administration du personnel",
            "company": "Groupe Hélios",
            "address": "Tour Pacific – 11-13 cours Valmy – CS 30123, 92977 Paris La Défense Cedex",
            "phones": [L("+33155203142", "landline"), L("+33155203000", "landline")],
        },
    },
    {
        "id": "fr-gmail-notaire-me",
        "sender": ("as.robert@robert-lenoir.notaires.fr", "Anne-Sophie Robert"),
        "body": """Chère Madame,

L'acte est prêt, nous pouvons fixer la signature au 15 décembre si cela convient à vos clients.

Très cordialement

Me Anne-Sophie ROBERT
Notaire associée
SCP Robert & Lenoir, notaires associés
2, place du Martroi – 45000 Orléans
Tél. 02 38 53 12 12 – Fax 02 38 53 12 13""",
        "sig": [
            "Me Anne-Sophie ROBERT",
            "Notaire associée",
            "SCP Robert & Lenoir, notaires associés",
            "2, place du Martroi – 45000 Orléans",
            "Tél. 02 38 53 12 12 – Fax 02 38 53 12 13",
        ],
        "fields": {
            "name": "Anne-Sophie ROBERT",
            "title": "Notaire associée",
            "company": "SCP Robert & Lenoir, notaires associés",
            "address": "2, place du Martroi – 45000 Orléans",
            "phones": [L("+33238531212", "landline"), L("+33238531213", "fax")],
        },
    },
    {
        "id": "fr-iphone-mobile-orange-no-sig",
        "sender": ("pierre.vidal@wanadoo.fr", "Pierre Vidal"),
        "body": """Ok pour jeudi 10h, à jeudi.

Envoyé depuis mon mobile Orange

Le 27 nov. 2026 à 09:14, Claire Martin <claire.martin@cabinet-martin.fr> a écrit :
> Bonjour Monsieur Vidal,
> Seriez-vous disponible jeudi à 10h ?
> Claire Martin
> Cabinet Martin & Associés SAS""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "fr-outlook-hours-and-banner",
        "sender": ("m.dupuis@cabinet-dupuis-conseil.fr", "Mathieu Dupuis"),
        "body": """Bonjour Claire,

Comme convenu, je vous adresse notre lettre de mission.

Cordialement,

Mathieu Dupuis
Conseiller en gestion de patrimoine indépendant (CGPI)
Cabinet Dupuis Conseil
Port. +33 (0)6.12.98.45.70
Du lundi au vendredi de 9h à 18h
Retrouvez-nous au salon Patrimonia 2026, stand B12 !""",
        "sig": [
            "Mathieu Dupuis",
            "Conseiller en gestion de patrimoine indépendant (CGPI)",
            "Cabinet Dupuis Conseil",
            "Port. +33 (0)6.12.98.45.70",
            "Du lundi au vendredi de 9h à 18h",
        ],
        "fields": {
            "name": "Mathieu Dupuis",
            "title": "Conseiller en gestion de patrimoine indépendant (CGPI)",
            "company": "Cabinet Dupuis Conseil",
            "phones": [L("+33612984570", "mobile")],
        },
    },
    {
        "id": "fr-gmail-lastname-first",
        "sender": ("jean.dupont@transdev-logistique.fr", "Jean Dupont"),
        "body": """Bonjour,

Bonne journée à vous aussi ! Je vous confirme que le virement a été effectué ce matin.

DUPONT Jean
Comptable
Transdev Logistique SAS
Tél : 04 72 10 20 30""",
        "sig": ["DUPONT Jean", "Comptable", "Transdev Logistique SAS", "Tél : 04 72 10 20 30"],
        "fields": {
            "name": "DUPONT Jean",
            "title": "Comptable",
            "company": "Transdev Logistique SAS",
            "phones": [L("+33472102030", "landline")],
        },
    },
    {
        "id": "fr-outlook-assistante-pour-le-compte",
        "sender": ("assistante.direction@bertin-freres.fr", "Assistante Direction"),
        "body": """Madame,

Monsieur Bertin vous remercie pour votre proposition et vous propose un rendez-vous le mardi 8 décembre à 11h.

Bien cordialement,

Mélanie Roche
Assistante de Direction
BERTIN FRÈRES SA
145 avenue de la République
59110 La Madeleine
mroche@bertin-freres.fr
03 20 12 45 78""",
        "sig": [
            "Mélanie Roche",
            "Assistante de Direction",
            "BERTIN FRÈRES SA",
            "145 avenue de la République",
            "59110 La Madeleine",
            "mroche@bertin-freres.fr",
            "03 20 12 45 78",
        ],
        "fields": {
            "name": "Mélanie Roche",
            "title": "Assistante de Direction",
            "company": "BERTIN FRÈRES SA",
            "address": "145 avenue de la République, 59110 La Madeleine",
            "email": "mroche@bertin-freres.fr",
            "phones": [L("+33320124578", "landline")],
        },
    },
    {
        "id": "fr-gmail-name-comma-cgpi",
        "sender": ("paul.henry@henry-patrimoine.fr", "Paul Henry"),
        "body": """Bonjour Claire,
Pas de souci pour décaler à la semaine prochaine.
Paul Henry, CGPI
henry-patrimoine.fr""",
        "sig": ["Paul Henry, CGPI", "henry-patrimoine.fr"],
        "fields": {"name": "Paul Henry", "title": "CGPI", "website": "henry-patrimoine.fr"},
    },
    {
        "id": "fr-outlook-tel-fax-one-line-dash",
        "sender": ("contact@immo-sud-gestion.fr", "Immo Sud Gestion"),
        "body": """Bonjour,

Vous trouverez ci-joint l'état des lieux de sortie.

Salutations distinguées.

Service Gestion Locative
IMMO SUD GESTION SARL
4, allée Jean Jaurès – 31000 Toulouse
Tél : 05 61 22 33 44 – Fax : 05 61 22 33 45
www.immo-sud-gestion.fr""",
        "sig": [
            "Service Gestion Locative",
            "IMMO SUD GESTION SARL",
            "4, allée Jean Jaurès – 31000 Toulouse",
            "Tél : 05 61 22 33 44 – Fax : 05 61 22 33 45",
            "www.immo-sud-gestion.fr",
        ],
        "fields": {
            "company": "IMMO SUD GESTION SARL",
            "address": "4, allée Jean Jaurès – 31000 Toulouse",
            "website": "www.immo-sud-gestion.fr",
            "phones": [L("+33561223344", "landline"), L("+33561223345", "fax")],
        },
    },
    {
        "id": "fr-gmail-dash-dash-first-name",
        "sender": ("lucie.perrin@gmail.com", "Lucie Perrin"),
        "body": """Coucou Claire,

Merci pour ton message, je te rappelle ce soir.

--
Lucie""",
        "sig": ["Lucie"],
        "fields": {"name": "Lucie"},
    },
    {
        "id": "fr-outlook-social-links",
        "sender": ("e.garcia@atelier-garcia.com", "Emma Garcia"),
        "body": """Bonjour Claire,

Merci pour la mise en relation avec votre client, je l'appelle lundi.

Belle fin de semaine,

Emma Garcia | Fondatrice
Atelier Garcia – Architecture intérieure
+33 6 41 52 63 74
www.atelier-garcia.com
Suivez-nous sur Instagram et LinkedIn""",
        "sig": [
            "Emma Garcia | Fondatrice",
            "Atelier Garcia – Architecture intérieure",
            "+33 6 41 52 63 74",
            "www.atelier-garcia.com",
        ],
        "fields": {
            "name": "Emma Garcia",
            "title": "Fondatrice",
            "company": "Atelier Garcia",
            "website": "www.atelier-garcia.com",
            "phones": [L("+33641526374", "mobile")],
        },
    },
    {
        "id": "fr-outlook-quoted-user-sig-only",
        "sender": ("r.meunier@meunier-btp.fr", "Robert Meunier"),
        "body": """D'accord.

De : Claire Martin <claire.martin@cabinet-martin.fr>
Envoyé : mardi 24 novembre 2026 16:02
À : Robert Meunier <r.meunier@meunier-btp.fr>
Objet : Rendez-vous

Bonjour Monsieur Meunier,
Je vous propose jeudi 14h.
Cordialement,
Claire Martin
Conseillère en gestion de patrimoine
Tél. : 01 42 68 53 00""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "fr-gmail-orias-cif",
        "sender": ("t.lacroix@lacroix-finance.fr", "Thibault Lacroix"),
        "body": """Bonjour Claire,

Je vous transmets le rapport d'adéquation signé.

Cordialement,
Thibault Lacroix
Président – Lacroix Finance SAS
Conseiller en investissements financiers, membre de la CNCGP
ORIAS n° 19 004 321 – www.orias.fr
06 78 90 12 34""",
        "sig": [
            "Thibault Lacroix",
            "Président – Lacroix Finance SAS",
            "Conseiller en investissements financiers, membre de la CNCGP",
            "ORIAS n° 19 004 321 – www.orias.fr",
            "06 78 90 12 34",
        ],
        "fields": {
            "name": "Thibault Lacroix",
            "title": "Président",
            "company": "Lacroix Finance SAS",
            "phones": [L("+33678901234", "mobile")],
        },
    },
    {
        "id": "fr-outlook-belgian",
        "sender": ("n.claes@claes-partners.be", "Nicolas Claes"),
        "body": """Bonjour Madame Martin,

Suite à notre conversation, je vous envoie notre brochure.

Meilleures salutations,

Nicolas Claes
Managing Partner
Claes & Partners SRL
Chaussée de Waterloo 1151, 1180 Uccle
T +32 2 374 11 22 | M +32 476 11 22 33""",
        "sig": [
            "Nicolas Claes",
            "Managing Partner",
            "Claes & Partners SRL",
            "Chaussée de Waterloo 1151, 1180 Uccle",
            "T +32 2 374 11 22 | M +32 476 11 22 33",
        ],
        "fields": {
            "name": "Nicolas Claes",
            "title": "Managing Partner",
            "company": "Claes & Partners SRL",
            "address": "Chaussée de Waterloo 1151, 1180 Uccle",
            "phones": [L("+3223741122", "landline"), L("+32476112233", "mobile")],
        },
    },
    {
        "id": "fr-gmail-merci-mid-then-prose",
        "sender": ("c.arnaud@arnaud-avocats.fr", "Cécile Arnaud"),
        "body": """Bonjour,

Merci beaucoup.
Je regarde le projet de convention ce week-end et vous fais un retour lundi.

Cécile Arnaud
Avocate au Barreau de Lyon""",
        "sig": ["Cécile Arnaud", "Avocate au Barreau de Lyon"],
        "fields": {"name": "Cécile Arnaud", "title": "Avocate au Barreau de Lyon"},
    },
    {
        "id": "fr-outlook-image-logo-middle",
        "sender": ("v.simon@simon-assurances.fr", "Vincent Simon"),
        "body": """Bonjour Claire,

Voici l'attestation d'assurance demandée.

Cordialement,

Vincent SIMON
Agent général
[cid:image002.png@01DB40A1.7C1B2E30]
Simon Assurances – Agent général AXA
18 rue Gambetta
49100 Angers
02 41 88 77 66""",
        "sig": [
            "Vincent SIMON",
            "Agent général",
            "Simon Assurances – Agent général AXA",
            "18 rue Gambetta",
            "49100 Angers",
            "02 41 88 77 66",
        ],
        "fields": {
            "name": "Vincent SIMON",
            "title": "Agent général",
            "company": "Simon Assurances",
            "address": "18 rue Gambetta, 49100 Angers",
            "phones": [L("+33241887766", "landline")],
        },
    },
    # English
    {
        "id": "en-outlook-us-cfa-o-c",
        "sender": ("jsmith@harborviewcap.com", "Smith, John"),
        "body": """Sarah,

Thank you for the materials. Our investment committee meets on the 10th and I'll revert after.

Sincerely,

John A. Smith, CFA
Managing Director | Wealth Management
Harborview Capital LLC
1 Market Plaza, Suite 2000, San Francisco, CA 94105
o: 415.555.0100 | c: 415.555.0101""",
        "sig": [
            "John A. Smith, CFA",
            "Managing Director | Wealth Management",
            "Harborview Capital LLC",
            "1 Market Plaza, Suite 2000, San Francisco, CA 94105",
            "o: 415.555.0100 | c: 415.555.0101",
        ],
        "fields": {
            "name": "John A. Smith",
            "title": "Managing Director",
            "company": "Harborview Capital LLC",
            "address": "1 Market Plaza, Suite 2000, San Francisco, CA 94105",
            "phones": [L("+14155550100", "landline"), L("+14155550101", "mobile")],
        },
    },
    {
        "id": "en-gmail-two-blocks",
        "sender": ("tom.jenkins@brightwater.co.uk", "Tom Jenkins"),
        "body": """Hi Sarah,

Great to speak earlier. I've copied in my colleague who runs onboarding.

Kind regards
Tom

Tom Jenkins
Head of Partnerships
Brightwater Group Ltd
DD +44 (0) 20 3004 5566
brightwater.co.uk""",
        "sig": [
            "Tom",
            "Tom Jenkins",
            "Head of Partnerships",
            "Brightwater Group Ltd",
            "DD +44 (0) 20 3004 5566",
            "brightwater.co.uk",
        ],
        "fields": {
            "name": "Tom Jenkins",
            "title": "Head of Partnerships",
            "company": "Brightwater Group Ltd",
            "website": "brightwater.co.uk",
            "phones": [L("+442030045566", "landline")],
        },
    },
    {
        "id": "en-gmail-thx-mike",
        "sender": ("mike.r@gmail.com", "Mike Russo"),
        "body": """yep works for me

thx,
Mike""",
        "sig": ["Mike"],
        "fields": {"name": "Mike"},
    },
    {
        "id": "en-outlook-pronouns-calendly",
        "sender": ("alex.morgan@fintrellis.com", "Alex Morgan"),
        "body": """Hi Sarah,

Happy to find a time - grab a slot below.

Best,
Alex Morgan (she/her)
Senior Product Manager, Fintrellis
Book a meeting: calendly.com/alex-morgan-fintrellis
fintrellis.com""",
        "sig": [
            "Alex Morgan (she/her)",
            "Senior Product Manager, Fintrellis",
            "fintrellis.com",
        ],
        "fields": {
            "name": "Alex Morgan",
            "title": "Senior Product Manager",
            "company": "Fintrellis",
            "website": "fintrellis.com",
        },
    },
    {
        "id": "en-outlook-registered-in-england",
        "sender": ("p.hughes@hughesbrown.co.uk", "Peter Hughes"),
        "body": """Dear Sarah,

Please find attached our engagement letter for signature.

Yours sincerely,

Peter Hughes
Director
Hughes Brown Accountants Ltd
Tel: 01632 960 123

Hughes Brown Accountants Ltd is registered in England and Wales No. 01234567. Registered office: 5 King Street, Bath BA1 1AA.
This email is confidential and intended solely for the addressee.""",
        "sig": ["Peter Hughes", "Director", "Hughes Brown Accountants Ltd", "Tel: 01632 960 123"],
        "fields": {
            "name": "Peter Hughes",
            "title": "Director",
            "company": "Hughes Brown Accountants Ltd",
            "phones": [L("+441632960123", "landline")],
        },
    },
    {
        "id": "en-gmail-middot-one-line",
        "sender": ("jane@doeandco.com", "Jane Doe"),
        "body": """Sarah - confirmed for Tuesday.

Jane Doe · Partner · Doe & Co · +1 212 555 0147""",
        "sig": ["Jane Doe · Partner · Doe & Co · +1 212 555 0147"],
        "fields": {
            "name": "Jane Doe",
            "title": "Partner",
            "company": "Doe & Co",
            "phones": [L("+12125550147", "landline")],
        },
    },
    {
        "id": "en-gmail-cheers-two-blocks",
        "sender": ("dan@lumolabs.io", "Daniel Price"),
        "body": """Hey Sarah,

Love it. Let's do it.

Cheers
Dan

Daniel Price | Co-Founder | Lumo Labs
lumolabs.io""",
        "sig": ["Dan", "Daniel Price | Co-Founder | Lumo Labs", "lumolabs.io"],
        "fields": {"name": "Daniel Price", "title": "Co-Founder", "company": "Lumo Labs", "website": "lumolabs.io"},
    },
    {
        "id": "en-outlook-us-address-one-line",
        "sender": ("rgreen@greenfieldhvac.com", "Robert Green"),
        "body": """Hello,

Attached is the signed quote. Please schedule the install for the first week of January.

Best wishes,
Robert Green
Owner, Greenfield HVAC
123 Main St, Springfield, IL 62701
(217) 555-0143""",
        "sig": ["Robert Green", "Owner, Greenfield HVAC", "123 Main St, Springfield, IL 62701", "(217) 555-0143"],
        "fields": {
            "name": "Robert Green",
            "title": "Owner",
            "company": "Greenfield HVAC",
            "address": "123 Main St, Springfield, IL 62701",
            "phones": [L("+12175550143", "landline")],
        },
    },
    {
        "id": "en-iphone-no-sig-inline",
        "sender": ("k.osei@osei-ventures.com", "Kwame Osei"),
        "body": """Thanks Sarah - all fine by me.

Sent from my iPhone

> On 26 Nov 2026, at 17:40, Sarah Collins <sarah.collins@relance-partners.co.uk> wrote:
>
> Hi Kwame, does the 3rd still work?
> Sarah Collins | Relationship Manager | Relance Partners Ltd""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "en-outlook-title-first-director",
        "sender": ("emma.li@northgate-advisory.com", "Emma Li"),
        "body": """Hi Sarah,

Thanks for your patience - the board approved the budget.

Regards,

Director, Client Services
Emma Li
Northgate Advisory
T: +44 20 7946 0321
E: emma.li@northgate-advisory.com""",
        "sig": [
            "Director, Client Services",
            "Emma Li",
            "Northgate Advisory",
            "T: +44 20 7946 0321",
            "E: emma.li@northgate-advisory.com",
        ],
        "fields": {
            "name": "Emma Li",
            "title": "Director, Client Services",
            "company": "Northgate Advisory",
            "email": "emma.li@northgate-advisory.com",
            "phones": [L("+442079460321", "landline")],
        },
    },
    {
        "id": "en-gmail-thanks-mid-prose",
        "sender": ("olivia@harrowfield.co.uk", "Olivia Hart"),
        "body": """Hi Sarah,

Thanks again for lunch yesterday, it was really useful to hear how you work with families like ours.
We'd like to go ahead with the review in January.

Olivia Hart
07700 900 456""",
        "sig": ["Olivia Hart", "07700 900 456"],
        "fields": {"name": "Olivia Hart", "phones": [L("+447700900456", "mobile")]},
    },
    {
        "id": "en-outlook-canadian-fax",
        "sender": ("m.tremblay@maplecrest.ca", "Marie Tremblay"),
        "body": """Good morning Sarah,

Please see the revised schedule attached.

Thank you,

Marie Tremblay
Office Manager
Maplecrest Financial Inc.
Tel: 416-555-0187
Fax: 416-555-0188
maplecrest.ca""",
        "sig": [
            "Marie Tremblay",
            "Office Manager",
            "Maplecrest Financial Inc.",
            "Tel: 416-555-0187",
            "Fax: 416-555-0188",
            "maplecrest.ca",
        ],
        "fields": {
            "name": "Marie Tremblay",
            "title": "Office Manager",
            "company": "Maplecrest Financial Inc.",
            "website": "maplecrest.ca",
            "phones": [L("+14165550187", "landline"), L("+14165550188", "fax")],
        },
    },
    {
        "id": "en-outlook-german-gmbh",
        "sender": ("k.wagner@nordlicht-software.de", "Katrin Wagner"),
        "body": """Dear Sarah,

Thank you for the quick reply. We will send the NDA today.

Best regards
Katrin Wagner
Head of Procurement

Nordlicht Software GmbH
Hafenstraße 12
20457 Hamburg
Germany
Phone: +49 40 1234 5678
Mobile: +49 171 2345678""",
        "sig": [
            "Katrin Wagner",
            "Head of Procurement",
            "Nordlicht Software GmbH",
            "Hafenstraße 12",
            "20457 Hamburg",
            "Germany",
            "Phone: +49 40 1234 5678",
            "Mobile: +49 171 2345678",
        ],
        "fields": {
            "name": "Katrin Wagner",
            "title": "Head of Procurement",
            "company": "Nordlicht Software GmbH",
            "address": "Hafenstraße 12, 20457 Hamburg, Germany",
            "phones": [L("+494012345678", "landline"), L("+491712345678", "mobile")],
        },
    },
    {
        "id": "en-gmail-user-forward-own",
        "sender": ("sarah.collins@relance-partners.co.uk", "Sarah Collins"),
        "body": """FYI - see Tom's note below.

Sarah Collins | Relationship Manager | Relance Partners Ltd
T: +44 20 3966 1000""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "en-outlook-linkedin-label-url",
        "sender": ("raj.mehta@quorum-legal.com", "Raj Mehta"),
        "body": """Sarah,

Noted, thanks. I'll circulate the draft to the partners.

Best regards,

Raj Mehta
Senior Associate
Quorum Legal LLP
M: +44 7723 998 877
LinkedIn: uk.linkedin.com/in/rajmehta-law
www.quorum-legal.com""",
        "sig": [
            "Raj Mehta",
            "Senior Associate",
            "Quorum Legal LLP",
            "M: +44 7723 998 877",
            "LinkedIn: uk.linkedin.com/in/rajmehta-law",
            "www.quorum-legal.com",
        ],
        "fields": {
            "name": "Raj Mehta",
            "title": "Senior Associate",
            "company": "Quorum Legal LLP",
            "linkedin": "linkedin.com/in/rajmehta-law",
            "website": "www.quorum-legal.com",
            "phones": [L("+447723998877", "mobile")],
        },
    },
]


def build(start: int, cases: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    out = []
    for k, case in enumerate(CASES if cases is None else cases):
        lang = case["id"][:2]
        body = case["body"]
        lines = body.split("\n")
        idx: list[int] = []
        at = 0
        for want in case["sig"]:
            at = lines.index(want, at)
            idx.append(at)
            at += 1
        user = FR_USER if lang == "fr" else EN_USER
        out.append(
            {
                "id": f"{start + k:03d}-{case['id']}",
                "lang": lang,
                "client": case["id"].split("-")[1],
                "layout": "handwritten",
                "region": "FR" if lang == "fr" else "GB",
                "sender": {"address": case["sender"][0], "name": case["sender"][1]},
                "user": {"address": user[0], "name": user[1]},
                "body": body,
                "signature": idx,
                "fields": {"phones": [], **case["fields"]},
            }
        )
    return out
