"""A second batch written one by one after the first batch's fixes, measured once before any change for it
(README.md beside this file gives that first figure). Same format as handwritten.py."""

from __future__ import annotations

from typing import Any

from handwritten import L

CASES: list[dict[str, Any]] = [
    {
        "id": "fr-outlook-chez-bpifrance",
        "sender": ("aline.roger@bpi-exemple.fr", "ROGER Aline"),
        "body": """Bonjour Claire,

Je vous remercie pour la présentation. Je reviens vers vous après notre comité.

Je vous souhaite une bonne journée.

Aline Roger
Chargée d'affaires chez BPI Exemple
Tél. direct : 01 41 79 80 81
Portable : +33 (0)6 23 45 67 89""",
        "sig": [
            "Aline Roger",
            "Chargée d'affaires chez BPI Exemple",
            "Tél. direct : 01 41 79 80 81",
            "Portable : +33 (0)6 23 45 67 89",
        ],
        "fields": {
            "name": "Aline Roger",
            "title": "Chargée d'affaires",
            "company": "BPI Exemple",
            "phones": [L("+33141798081", "landline"), L("+33623456789", "mobile")],
        },
    },
    {
        "id": "fr-outlook-banque-cs-cedex",
        "sender": ("sandrine.lopez@banque-sud.fr", "Sandrine LOPEZ"),
        "body": """Madame,

Je vous confirme la réception du dossier de votre client.

Salutations distinguées,

Mme Sandrine Lopez
Conseillère Clientèle Professionnelle
Banque du Sud – Agence Entreprises
12 avenue de la Gare
CS 70001
31079 Toulouse Cedex 09
Tél. standard : 05 34 00 00 00""",
        "sig": [
            "Mme Sandrine Lopez",
            "Conseillère Clientèle Professionnelle",
            "Banque du Sud – Agence Entreprises",
            "12 avenue de la Gare",
            "CS 70001",
            "31079 Toulouse Cedex 09",
            "Tél. standard : 05 34 00 00 00",
        ],
        "fields": {
            "name": "Sandrine Lopez",
            "title": "Conseillère Clientèle Professionnelle",
            "company": "Banque du Sud",
            "address": "12 avenue de la Gare, CS 70001, 31079 Toulouse Cedex 09",
            "phones": [L("+33534000000", "landline")],
        },
    },
    {
        "id": "fr-gmail-initial-first-name",
        "sender": ("frederic.martin@martin-associes.fr", "Frédéric Martin"),
        "body": """Bonjour,

Bien noté pour le 3.

Bien à vous.

F. Martin""",
        "sig": ["F. Martin"],
        "fields": {"name": "F. Martin"},
    },
    {
        "id": "fr-gmail-closing-nothing-after",
        "sender": ("gerard.blin@laposte.net", "Gérard Blin"),
        "body": """Bonjour,

Je serai présent à la réunion de jeudi.

Cordialement""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "fr-outlook-bullets",
        "sender": ("m.dubois@ville-exemple.fr", "Marie Dubois"),
        "body": """Bonjour Madame Martin,

Vous trouverez en pièce jointe le programme de la journée.

Bonne fin de journée,

Marie Dubois • Chargée de communication • Ville d'Exemple
02 40 41 00 00 • www.ville-exemple.fr""",
        "sig": ["Marie Dubois • Chargée de communication • Ville d'Exemple", "02 40 41 00 00 • www.ville-exemple.fr"],
        "fields": {
            "name": "Marie Dubois",
            "title": "Chargée de communication",
            "company": "Ville d'Exemple",
            "website": "www.ville-exemple.fr",
            "phones": [L("+33240410000", "landline")],
        },
    },
    {
        "id": "fr-gmail-twitter-handle",
        "sender": ("hugo@studio-exemple.fr", "Hugo Laurent"),
        "body": """Salut Claire,

Top, on part là-dessus !

Hugo Laurent
Directeur artistique – Studio Exemple
https://www.studio-exemple.fr/
@studioexemple
06 33 22 11 00""",
        "sig": [
            "Hugo Laurent",
            "Directeur artistique – Studio Exemple",
            "https://www.studio-exemple.fr/",
            "@studioexemple",
            "06 33 22 11 00",
        ],
        "fields": {
            "name": "Hugo Laurent",
            "title": "Directeur artistique",
            "company": "Studio Exemple",
            "website": "www.studio-exemple.fr",
            "phones": [L("+33633221100", "mobile")],
        },
    },
    {
        "id": "fr-gmail-times-list-no-sig",
        "sender": ("nadia.k@hotmail.fr", "Nadia K"),
        "body": """Bonjour,

Mes disponibilités la semaine prochaine :
- lundi 14h - 15h
- mercredi 10h - 12h
- vendredi toute la journée""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "fr-outlook-two-landlines-labels",
        "sender": ("o.perrot@perrot-expertise.fr", "Olivier Perrot"),
        "body": """Bonjour Claire,

Le bilan est en pièce jointe.

Cordialement,

Olivier PERROT
Expert-comptable, Commissaire aux comptes
PERROT EXPERTISE SARL
Standard : 04 93 00 11 22
Ligne directe : 04 93 00 11 25
Fax : 04 93 00 11 23
9, boulevard Victor Hugo – 06000 Nice""",
        "sig": [
            "Olivier PERROT",
            "Expert-comptable, Commissaire aux comptes",
            "PERROT EXPERTISE SARL",
            "Standard : 04 93 00 11 22",
            "Ligne directe : 04 93 00 11 25",
            "Fax : 04 93 00 11 23",
            "9, boulevard Victor Hugo – 06000 Nice",
        ],
        "fields": {
            "name": "Olivier PERROT",
            "title": "Expert-comptable, Commissaire aux comptes",
            "company": "PERROT EXPERTISE SARL",
            "address": "9, boulevard Victor Hugo – 06000 Nice",
            "phones": [L("+33493001122", "landline"), L("+33493001125", "landline"), L("+33493001123", "fax")],
        },
    },
    {
        "id": "fr-iphone-prenom-portable",
        "sender": ("yann.morel@gmail.com", "Yann Morel"),
        "body": """Ça marche, à demain.

Yann
06 98 12 34 56

Envoyé de mon iPhone""",
        "sig": ["Yann", "06 98 12 34 56"],
        "fields": {"name": "Yann", "phones": [L("+33698123456", "mobile")]},
    },
    {
        "id": "fr-outlook-company-only-sig",
        "sender": ("contact@fleurs-exemple.fr", "Fleurs Exemple"),
        "body": """Bonjour,

Votre commande sera livrée vendredi matin.

Merci de votre confiance,

L'équipe Fleurs Exemple
8 rue des Lilas – 75020 Paris
01 43 00 00 00""",
        "sig": ["L'équipe Fleurs Exemple", "8 rue des Lilas – 75020 Paris", "01 43 00 00 00"],
        "fields": {"address": "8 rue des Lilas – 75020 Paris", "phones": [L("+33143000000", "landline")]},
    },
    {
        "id": "en-outlook-dr-cmo-inc",
        "sender": ("hpark@novacura.com", "Helen Park"),
        "body": """Dear Sarah,

Thank you for your note. I have shared it with our CFO.

Best regards,

Dr. Helen Park
Chief Medical Officer
NovaCura Therapeutics, Inc.
One Kendall Square, Building 1400
Cambridge, MA 02139
hpark@novacura.com""",
        "sig": [
            "Dr. Helen Park",
            "Chief Medical Officer",
            "NovaCura Therapeutics, Inc.",
            "One Kendall Square, Building 1400",
            "Cambridge, MA 02139",
            "hpark@novacura.com",
        ],
        "fields": {
            "name": "Helen Park",
            "title": "Chief Medical Officer",
            "company": "NovaCura Therapeutics, Inc.",
            "address": "One Kendall Square, Building 1400, Cambridge, MA 02139",
            "email": "hpark@novacura.com",
        },
    },
    {
        "id": "en-gmail-warmly",
        "sender": ("jess@brightpath.org", "Jessica Moore"),
        "body": """Hi Sarah,

So glad this worked out. Looking forward to the kickoff!

Warmly,
Jess

Jessica Moore
Executive Director, BrightPath
(503) 555-0166""",
        "sig": ["Jess", "Jessica Moore", "Executive Director, BrightPath", "(503) 555-0166"],
        "fields": {
            "name": "Jessica Moore",
            "title": "Executive Director",
            "company": "BrightPath",
            "phones": [L("+15035550166", "landline")],
        },
    },
    {
        "id": "en-outlook-esq",
        "sender": ("mobrien@obrienlaw.com", "Michael O'Brien"),
        "body": """Sarah,

Attached please find the executed agreement.

Sincerely,

Michael O'Brien, Esq.
Associate Attorney
O'Brien & Walsh, P.C.
T: 617-555-0148""",
        "sig": ["Michael O'Brien, Esq.", "Associate Attorney", "O'Brien & Walsh, P.C.", "T: 617-555-0148"],
        "fields": {
            "name": "Michael O'Brien",
            "title": "Associate Attorney",
            "company": "O'Brien & Walsh, P.C.",
            "phones": [L("+16175550148", "landline")],
        },
    },
    {
        "id": "en-gmail-founder-at",
        "sender": ("anand@quillo.ai", "Anand Krishnan"),
        "body": """Hi Sarah,

Thanks for the intro!

Regards

Anand

Anand Krishnan
Founder @ Quillo
quillo.ai""",
        "sig": ["Anand", "Anand Krishnan", "Founder @ Quillo", "quillo.ai"],
        "fields": {"name": "Anand Krishnan", "title": "Founder", "company": "Quillo", "website": "quillo.ai"},
    },
    {
        "id": "en-outlook-name-dash-title",
        "sender": ("laura.kim@stellarhq.com", "Laura Kim"),
        "body": """Hi Sarah, can we push to 3pm?

Thanks,
Laura Kim - VP Marketing
Stellar HQ | +1 415 555 0175""",
        "sig": ["Laura Kim - VP Marketing", "Stellar HQ | +1 415 555 0175"],
        "fields": {
            "name": "Laura Kim",
            "title": "VP Marketing",
            "company": "Stellar HQ",
            "phones": [L("+14155550175", "landline")],
        },
    },
    {
        "id": "en-outlook-three-line-us-address",
        "sender": ("dgreen@hollis-partners.com", "David Green"),
        "body": """Sarah,

Confirmed for the 8th.

Best,

David Green
Principal
Hollis Partners LLC
1200 Avenue of the Americas
14th Floor
New York, NY 10036
O: 212.555.0110""",
        "sig": [
            "David Green",
            "Principal",
            "Hollis Partners LLC",
            "1200 Avenue of the Americas",
            "14th Floor",
            "New York, NY 10036",
            "O: 212.555.0110",
        ],
        "fields": {
            "name": "David Green",
            "title": "Principal",
            "company": "Hollis Partners LLC",
            "address": "1200 Avenue of the Americas, 14th Floor, New York, NY 10036",
            "phones": [L("+12125550110", "landline")],
        },
    },
    {
        "id": "en-gmail-dash-name",
        "sender": ("tom.h@outlook.com", "Tom Hale"),
        "body": """Works for me, see you there.
- Tom""",
        "sig": ["- Tom"],
        "fields": {"name": "Tom"},
    },
    {
        "id": "en-android-thanks-only",
        "sender": ("p.nguyen@gmail.com", "Paul Nguyen"),
        "body": """Thanks!

Sent from my Galaxy""",
        "sig": [],
        "fields": {},
    },
    {
        "id": "en-outlook-uk-mobile-dotcom",
        "sender": ("sophie.turner@hartwellgroup.com", "Sophie Turner"),
        "body": """Hi Sarah,

Yes, please send the draft over.

Kind regards,
Sophie Turner
Group Financial Controller
Hartwell Group plc
Mobile: 07912 345 678""",
        "sig": ["Sophie Turner", "Group Financial Controller", "Hartwell Group plc", "Mobile: 07912 345 678"],
        "fields": {
            "name": "Sophie Turner",
            "title": "Group Financial Controller",
            "company": "Hartwell Group plc",
            "phones": [L("+447912345678", "mobile")],
        },
    },
    {
        "id": "en-outlook-signature-then-ps",
        "sender": ("r.evans@evans-co.co.uk", "Rhys Evans"),
        "body": """Sarah,

The figures look right to me.

Cheers,
Rhys Evans
Director | Evans & Co Ltd
01632 960 555

P.S. I'm out next Friday, so Thursday is the deadline for anything you need signed.""",
        "sig": ["Rhys Evans", "Director | Evans & Co Ltd", "01632 960 555"],
        "fields": {
            "name": "Rhys Evans",
            "title": "Director",
            "company": "Evans & Co Ltd",
            "phones": [L("+441632960555", "landline")],
        },
    },
]
