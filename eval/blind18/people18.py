"""The firm (Orsenne, invented), its staff, signatures, disclaimers, and the gateway banners of its clients' employers.

Logical lines use a small markup that each mail client renders its own way (render18.py):
  {L:text|url}   a link            {M:addr}   a mailto link showing the address     {IMG:name}   an inline image
  "*|text"       a bullet item     "#3|text"  an item of a numbered list             "" an empty paragraph
"""

from dataclasses import dataclass, field

NB = "\u00a0"  # no-break space (French Outlook autocorrect, phone numbers pasted from HTML signatures)


@dataclass(eq=False)
class Person:
    name: str
    email: str
    lang: str = "fr"
    tz: str = "paris"
    sig: tuple = ()  # the person's own signature lines when they sign
    firm: bool = False
    title: str = ""
    store: str = "outlook"  # firm staff: the client whose text/plain is stored for their sent mail
    sigs: dict = field(default_factory=dict)  # firm staff: signature per language
    disclaimer: dict = field(default_factory=dict)

    @property
    def domain(self):
        return self.email.split("@", 1)[1]


def P(name, email, lang="fr", tz="paris", sig=()):
    return Person(name, email, lang, tz, tuple(sig))


# --------------------------------------------------------------------------
# disclaimers (one long paragraph each, as Outlook stores them)
# --------------------------------------------------------------------------
DISC_FR = [
    "",
    "Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
    "Si vous avez reçu ce message par erreur, merci d’en informer immédiatement l’expéditeur et de le détruire. "
    "Orsenne Patrimoine SAS, conseiller en investissements financiers et courtier en assurance, immatriculée à "
    "l’ORIAS sous le n°" + NB + "99 000 118.",
    "Pensez à l’environnement avant d’imprimer ce message.",
]
DISC_EN = [
    "",
    "This message and any attachments are confidential and intended solely for the addressee(s). If you have "
    "received it in error, please notify the sender immediately and delete it. Orsenne Patrimoine SAS, financial "
    "investment adviser and insurance broker, registered with ORIAS under no. 99 000 118.",
    "Please consider the environment before printing this email.",
]
DISC_DE = [
    "",
    "Diese E-Mail und allfällige Anhänge sind vertraulich und ausschliesslich für den Adressaten bestimmt. Sollten "
    "Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die "
    "Nachricht. Orsenne Vermögensberatung AG, Zürich.",
]
DISC_IT = [
    "",
    "Il presente messaggio e gli eventuali allegati sono riservati e destinati esclusivamente ai destinatari "
    "indicati. Se ha ricevuto questo messaggio per errore, La preghiamo di informarne il mittente e di cancellarlo. "
    "Orsenne Patrimoine SAS, Lione.",
]
DISC_ES = [
    "",
    "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si lo ha "
    "recibido por error, le rogamos que lo comunique al remitente y lo elimine. Orsenne Patrimoine SAS, Lyon "
    "(Francia).",
]

LOGO = "{IMG:image001.png}"
WEB = "{L:www.orsenne.example|https://www.orsenne.example/}"


def _fr_phone(a, b):
    return f"Tél. : 04{NB}65{NB}71{NB}{a} – Mobile : 06{NB}39{NB}98{NB}{b}"


HELENE = Person(
    "Hélène Marchetti",
    "h.marchetti@orsenne.example",
    "fr",
    "paris",
    firm=True,
    title="Conseillère en gestion de patrimoine",
    sigs={
        "fr": [
            "Hélène Marchetti",
            "Conseillère en gestion de patrimoine",
            "Orsenne Patrimoine",
            "16 rue de la Gaudinière – 69002 Lyon",
            _fr_phone(f"20{NB}14", f"41{NB}07"),
            WEB,
            LOGO,
        ],
        "it": [
            "Hélène Marchetti",
            "Consulente patrimoniale",
            "Orsenne Patrimoine – Lione",
            "Tel. +33 4 65 71 20 14",
            WEB,
            LOGO,
        ],
    },
    disclaimer={"fr": DISC_FR, "it": DISC_IT},
)
THOMAS = Person(
    "Thomas Aubry",
    "t.aubry@orsenne.example",
    "en",
    "paris",
    firm=True,
    sigs={
        "en": [
            "Thomas Aubry",
            "Senior Wealth Manager – International Clients",
            "Orsenne Patrimoine | Lyon",
            "T +33 4 65 71 20 22 | M +33 6 39 98 41 15",
            "{M:t.aubry@orsenne.example}",
            "{L:www.orsenne.example/en|https://www.orsenne.example/en}",
            LOGO,
        ],
        "fr": [
            "Thomas Aubry",
            "Gestionnaire de patrimoine – Clientèle internationale",
            "Orsenne Patrimoine",
            f"Tél. : 04{NB}65{NB}71{NB}20{NB}22",
            LOGO,
        ],
    },
    disclaimer={"en": DISC_EN, "fr": DISC_FR},
)
INES = Person(
    "Inés Carvajal",
    "i.carvajal@orsenne.example",
    "es",
    "paris",
    firm=True,
    sigs={
        "es": [
            "Inés Carvajal",
            "Asesora patrimonial – Clientes de España y Latinoamérica",
            "Orsenne Patrimoine",
            "16 rue de la Gaudinière – 69002 Lyon (Francia)",
            "Tel. +33 4 65 71 20 31",
            WEB,
        ]
    },
    disclaimer={"es": DISC_ES},
)
MARC = Person(
    "Marc Delorme",
    "m.delorme@orsenne.example",
    "fr",
    "paris",
    firm=True,
    sigs={
        "fr": [
            "Marc Delorme",
            "Conseiller patrimonial – Agence d’Annecy",
            "Orsenne Patrimoine",
            "12 rue des Glières-Basses – 74000 Annecy",
            f"04{NB}65{NB}71{NB}38{NB}60",
        ]
    },
    disclaimer={"fr": DISC_FR},
)
JULIEN = Person(
    "Julien Fabre",
    "j.fabre@orsenne.example",
    "fr",
    "paris",
    firm=True,
    sigs={
        "fr": [
            "Julien Fabre",
            "Assistant de gestion – Middle office",
            "Orsenne Patrimoine",
            f"04{NB}65{NB}71{NB}20{NB}40",
            LOGO,
        ]
    },
    disclaimer={"fr": DISC_FR},
)
KATRIN = Person(
    "Katrin Imhof",
    "katrin.imhof@orsenne-ch.example",
    "de",
    "zurich",
    firm=True,
    store="gmail",
    sigs={
        "de": [
            "-- ",
            "Katrin Imhof",
            "Kundenberaterin",
            "Orsenne Vermögensberatung AG",
            "Holbeinhof 7, 8008 Zürich",
            "+41 44 555 01 37",
            "{L:www.orsenne-ch.example|https://www.orsenne-ch.example/}",
        ],
        "en": [
            "-- ",
            "Katrin Imhof",
            "Client Adviser",
            "Orsenne Vermögensberatung AG, Zurich",
            "+41 44 555 01 37",
        ],
    },
    disclaimer={"de": DISC_DE, "en": DISC_DE},
)
STAFF = [HELENE, THOMAS, INES, MARC, JULIEN, KATRIN]


def is_firm(p):
    return p.domain in ("orsenne.example", "orsenne-ch.example")


# --------------------------------------------------------------------------
# gateway banners a client's employer puts on top of mail from outside (logical lines; render18 renders the links)
# --------------------------------------------------------------------------
LEARN = "https://aka.ms/LearnAboutSenderIdentification"


def first_contact(lang, addr, some=False):
    if lang == "fr":
        return [f"Vous n’obtenez pas souvent d’e-mail à partir de {addr}. {{L:Pourquoi c’est important|{LEARN}}}"]
    if lang == "de":
        return [f"Sie erhalten nicht oft eine E-Mail von {addr}. {{L:Erfahren Sie, warum dies wichtig ist|{LEARN}}}"]
    if lang == "es":
        return [f"No suele recibir correos electrónicos de {addr}. {{L:Por qué esto es importante|{LEARN}}}"]
    lead = "Some people who received this message don't" if some else "You don't"
    return [f"{lead} often get email from {addr}. {{L:Learn why this is important|{LEARN}}}"]


BANNERS = {
    "m365_en": [
        "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
        "unless you recognize the sender and know the content is safe.",
        "",
    ],
    "m365_fr": [
        "ATTENTION : Ce courriel provient d’un expéditeur externe à l’organisation. Ne cliquez pas sur les liens et "
        "n’ouvrez pas les pièces jointes à moins de connaître l’expéditeur et de savoir que le contenu est sûr.",
        "",
    ],
    "uk_ext": [
        "[EXTERNAL EMAIL] This message was sent from outside the company. Please do not click links or open "
        "attachments unless you recognise the source of this email and know the content is safe.",
        "",
    ],
    "de_ext": [
        "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Bitte klicken Sie nicht auf Links und öffnen Sie "
        "keine Anhänge, wenn Sie den Absender nicht kennen.",
        "",
    ],
    "it_ext": [
        "ATTENZIONE: questa e-mail proviene da un mittente esterno all’organizzazione. Non cliccare sui link e non "
        "aprire gli allegati se non si conosce il mittente.",
        "",
    ],
    "es_ext": [
        "PRECAUCIÓN: Este correo electrónico se originó fuera de la organización. No haga clic en enlaces ni abra "
        "archivos adjuntos a menos que reconozca al remitente y sepa que el contenido es seguro.",
        "",
    ],
    "fr_hospital": [
        "*** Courriel externe *** Méfiez-vous des demandes inhabituelles de paiement ou de coordonnées bancaires.",
        "",
    ],
    "us_caution": [
        "Caution: This email originated outside of Halvorsen & Pike. Use caution when opening attachments, clicking "
        "links, or responding to requests for information.",
        "",
    ],
    "quarantine_en": [
        "This message was released from quarantine by the recipient. Treat links and attachments with care.",
        "",
    ],
    "mimecast_fr": [
        "Ce message a été analysé par la passerelle de sécurité de Groupe Vallorcine. Il provient d’un expéditeur externe.",
        "",
    ],
}
