"""The invented firm of blind17 and its correspondents: organisations, people, signatures, disclaimers, gateway
banners and footers. Every person, firm, address and number here is invented; domains are in the reserved .example
TLD (mailbox providers of private persons are written "<provider>.example"); numbers of France use the ARCEP fiction
blocks (01 99 00, 04 65 71, 06 39 98), the UK the Ofcom drama range, the US 555-01xx, and the other countries, which
publish no fiction range, a 555 01xx block in their local format."""

from dataclasses import dataclass, field


@dataclass
class Banner:
    """What an organisation's mail gateway stamps on mail from outside: a subject tag and lines on top."""

    tag: str | None
    lines: list
    color: str = "#9C0006"


@dataclass
class Org:
    name: str
    domain: str
    infra: str  # o365, google, exchange, hosting, aruba, notes, zimbra, zoho, webmail
    tenant: str = ""  # Exchange Online server prefix, e.g. "DB9PR08MB"
    region: str = "eurprd08"
    banner: Banner | None = None
    footer: list = field(default_factory=list)  # appended by the gateway after the whole message (never new text)
    host: str = ""  # outbound host name


@dataclass
class Person:
    name: str
    email: str
    org: Org
    loc: str
    tz: float
    sig: list = field(default_factory=list)
    disclaimer: list = field(default_factory=list)
    display: str | None = None
    banner: Banner | None = None  # a personal inbound banner (the firm's Geneva desk)

    @property
    def shown(self):
        return self.display or self.name

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    @property
    def lang(self):
        return self.loc.split("-")[0]

    def inbound_banner(self):
        return self.banner or self.org.banner


def S(text):
    """Signature/disclaimer block: one line per line of text, leading spaces removed."""
    return [ln.strip() for ln in text.strip().split("\n")]


# ==========================================================================
# The firm: Aubrac Lérins (Paris, Monaco, Geneva desk)
# ==========================================================================
FIRM = Org(
    "Aubrac Lérins Gestion Privée",
    "aubrac-lerins.example",
    "o365",
    tenant="PR1P264MB",
    region="FRAP264",
)
FIRM_MC = Org("Aubrac Lérins Monaco SAM", "aubrac-lerins-mc.example", "google")
FIRM_PEC = Org("Aubrac Lérins – Sede secondaria di Milano", "pec.aubrac-lerins.example", "aruba_pec")

FIRM_DISCLAIMER = S("""
Ce message et ses pièces jointes sont confidentiels et réservés à l'usage exclusif de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Aubrac Lérins Gestion Privée SAS - Conseiller en investissements financiers, ORIAS n° 27 000 000 - RCS Paris 900 000 000.
""")
GENEVA_BANNER = Banner(
    "[EXTERNAL]",
    [
        "ATTENTION : ce message provient de l'extérieur d'Aubrac Lérins. Ne cliquez sur aucun lien et n'ouvrez aucune pièce jointe si vous ne connaissez pas l'expéditeur.",
    ],
    "#7F6000",
)


def firm_sig(name, title, tel, mob=None, office="paris"):
    if office == "geneve":
        return [
            name,
            title,
            "Aubrac Lérins (Suisse) SA",
            "Rue de la Corraterie 7 – 1204 Genève",
            f"T. {tel}",
            "www.aubrac-lerins.example",
        ]
    phones = f"T. {tel}" + (f" | M. {mob}" if mob else "")
    return [
        name,
        title,
        "Aubrac Lérins Gestion Privée",
        "12 rue d'Anjou, 75008 Paris",
        phones,
        "www.aubrac-lerins.example",
    ]


VASSEUR = Person(
    "Claire Vasseur",
    "c.vasseur@aubrac-lerins.example",
    FIRM,
    "fr",
    1,
    firm_sig(
        "Claire Vasseur",
        "Associée | Clientèle privée Italie & Suisse italienne",
        "+33 1 99 00 41 12",
        "+33 6 39 98 20 14",
    ),
    FIRM_DISCLAIMER,
)
ARRIETA = Person(
    "Lucía Arrieta",
    "l.arrieta@aubrac-lerins.example",
    FIRM,
    "fr",
    1,
    firm_sig(
        "Lucía Arrieta", "Chargée de clientèle | Espagne & Amérique latine", "+33 1 99 00 41 27", "+33 6 39 98 20 31"
    ),
    FIRM_DISCLAIMER,
)
BARBOSA = Person(
    "Inês Moura Barbosa",
    "i.barbosa@aubrac-lerins.example",
    FIRM,
    "fr",
    1,
    firm_sig(
        "Inês Moura Barbosa", "Chargée de clientèle | Portugal & Brésil", "+33 1 99 00 41 35", "+33 6 39 98 20 47"
    ),
    FIRM_DISCLAIMER,
)
AYMARD = Person(
    "Julien Aymard",
    "j.aymard@aubrac-lerins.example",
    FIRM,
    "fr",
    1,
    firm_sig("Julien Aymard", "Ingénieur patrimonial", "+33 1 99 00 41 58"),
    FIRM_DISCLAIMER,
)
BERNASCONI = Person(
    "Marco Bernasconi",
    "m.bernasconi@aubrac-lerins.example",
    FIRM,
    "fr-CH",
    1,
    firm_sig("Marco Bernasconi", "Responsable du desk de Genève", "+41 22 555 01 30", office="geneve"),
    S("""
    Aubrac Lérins (Suisse) SA – Ce message est confidentiel et destiné à son seul destinataire. Il ne constitue ni une offre ni une recommandation d'investissement.
    """),
    banner=GENEVA_BANNER,
)
MIDDLE = Person(
    "Middle office Aubrac Lérins",
    "middle-office@aubrac-lerins.example",
    FIRM,
    "fr",
    1,
    ["Le middle office", "Aubrac Lérins Gestion Privée", "12 rue d'Anjou, 75008 Paris", "T. +33 1 99 00 41 00"],
    FIRM_DISCLAIMER,
)
RINALDI = Person(
    "Camille Rinaldi",
    "c.rinaldi@aubrac-lerins-mc.example",
    FIRM_MC,
    "fr",
    1,
    [
        "Camille Rinaldi",
        "Family Office Services",
        "Aubrac Lérins Monaco SAM",
        "7 boulevard des Moulins – MC 98000 Monaco",
        "T. +377 99 55 01 12",
    ],
)
OTTAVI = Person(
    "Laurent Ottavi",
    "l.ottavi@aubrac-lerins-mc.example",
    FIRM_MC,
    "fr",
    1,
    [
        "Laurent Ottavi",
        "Administrateur délégué",
        "Aubrac Lérins Monaco SAM",
        "7 boulevard des Moulins – MC 98000 Monaco",
        "T. +377 99 55 01 10",
    ],
)
EVENTS = Person(
    "Aubrac Lérins – Événements",
    "evenements@aubrac-lerins-mc.example",
    FIRM_MC,
    "fr",
    1,
    ["L'équipe Événements", "Aubrac Lérins Monaco SAM", "7 boulevard des Moulins – MC 98000 Monaco"],
)
PEC = Person(
    "Aubrac Lérins Gestion Privée - Sede secondaria di Milano",
    "sede.milano@pec.aubrac-lerins.example",
    FIRM_PEC,
    "it",
    1,
    ["Aubrac Lérins Gestion Privée SAS", "Sede secondaria di Milano – Via Manin 3, 20121 Milano"],
)
FIRM_PEOPLE = [VASSEUR, ARRIETA, BARBOSA, AYMARD, BERNASCONI, MIDDLE, RINALDI, OTTAVI, EVENTS, PEC]


def is_firm(p):
    return p.org in (FIRM, FIRM_MC, FIRM_PEC)


# ==========================================================================
# Mailbox providers of private persons (fiction domains standing for them)
# ==========================================================================
GMAIL = Org("", "gmail.example", "google")
LIBERO = Org("", "libero.example", "webmail", host="smtp-out.libero.example")
ICLOUD = Org("", "icloud.example", "icloud")
TISCALI = Org("", "tiscali.example", "webmail", host="smtp.tiscali.example")
ORANGE = Org("", "orange.example", "webmail", host="smtp.orange.example")
OUTLOOKCOM = Org("", "outlook.example", "o365", tenant="AS8P250MB", region="EURP250")
HOTMAIL = Org("", "hotmail.example", "o365", tenant="DU0P192MB", region="EURP192")
SAPO = Org("", "sapo.example", "webmail", host="smtp.sapo.example")
MOVISTAR = Org("", "movistar.example", "webmail", host="smtp.movistar.example")
ARUBA_MAIL = Org("", "aruba-mail.example", "aruba")
FIBERTEL = Org("", "fibertel.example", "o365", tenant="SN7PR19MB", region="namprd19")
UOL = Org("", "uol.example", "webmail", host="smtp.uol.example")


# ==========================================================================
# Italy and Italian-speaking Switzerland
# ==========================================================================
ARDENGHI_ORG = Org(
    "Studio Notarile Ardenghi",
    "notaioardenghi.example",
    "o365",
    tenant="DB9PR08MB",
    banner=Banner(
        None,
        [
            "ATTENZIONE: email esterna. Questo messaggio proviene da un mittente esterno allo Studio: non aprire link o allegati se non si è certi del mittente."
        ],
    ),
)
ARDENGHI_DISC = S("""
Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e destinate esclusivamente alla persona o all'ente sopra indicati. Ai sensi del D.Lgs. 196/2003 e del Regolamento (UE) 2016/679, la diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di darcene immediata comunicazione al numero +39 02 555 0147.
""")
ARDENGHI = Person(
    "Federico Ardenghi",
    "f.ardenghi@notaioardenghi.example",
    ARDENGHI_ORG,
    "it",
    1,
    S("""
    Notaio Federico Ardenghi
    Studio Notarile Ardenghi
    Via dei Chiostri 7 – 20121 Milano
    Tel. +39 02 555 0147 – Fax +39 02 555 0148
    PEC: federico.ardenghi@pec.notaioardenghi.example
    """),
    ARDENGHI_DISC,
)
PAGNONI = Person(
    "Silvia Pagnoni",
    "s.pagnoni@notaioardenghi.example",
    ARDENGHI_ORG,
    "it",
    1,
    S("""
    Dott.ssa Silvia Pagnoni
    Collaboratrice del Notaio Federico Ardenghi
    Studio Notarile Ardenghi
    Via dei Chiostri 7 – 20121 Milano
    Tel. +39 02 555 0147 (int. 23)
    """),
    ARDENGHI_DISC,
)

CREMASCHI_ORG = Org(
    "Studio Cremaschi & Associati", "studiocremaschi.example", "hosting", host="smtps.studiocremaschi.example"
)
CREMASCHI_DISC = S("""
AVVISO DI RISERVATEZZA: questo messaggio e i suoi allegati sono destinati esclusivamente ai destinatari indicati e possono contenere informazioni riservate. Chi lo ricevesse per errore è pregato di avvisare il mittente e di cancellarlo. Informativa ai sensi degli artt. 13 e 14 del Reg. UE 2016/679 (GDPR): i dati personali sono trattati dallo Studio, titolare del trattamento, esclusivamente per l'esecuzione dell'incarico professionale e per gli adempimenti di legge; l'informativa completa è disponibile su richiesta.
""")
CREMASCHI = Person(
    "Paolo Cremaschi",
    "p.cremaschi@studiocremaschi.example",
    CREMASCHI_ORG,
    "it",
    1,
    S("""
    Dott. Paolo Cremaschi
    Dottore Commercialista – Revisore Legale
    Studio Cremaschi & Associati
    Viale Vittorio Emanuele II 18 – 24121 Bergamo
    Tel. 035 555 0121 – Cell. 333 555 0187
    P.IVA 02987650167 – PEC: studiocremaschi@pec.studiocremaschi.example
    """),
    CREMASCHI_DISC,
)
ROTA = Person(
    "Monica Rota",
    "segreteria@studiocremaschi.example",
    CREMASCHI_ORG,
    "it",
    1,
    S("""
    Monica Rota
    Segreteria – Studio Cremaschi & Associati
    Viale Vittorio Emanuele II 18 – 24121 Bergamo
    Tel. 035 555 0121
    """),
    CREMASCHI_DISC,
    display="Segreteria Studio Cremaschi",
)

SOLARI_ORG = Org(
    "Studio Legale Solari Pennacchi",
    "solaripennacchi.example",
    "exchange",
    host="mail.solaripennacchi.example",
    footer=S("""
    ____________________________________________________________
    Studio Legale Solari Pennacchi – Via Po 12, 00198 Roma – www.solaripennacchi.example
    Il presente messaggio e gli eventuali allegati sono riservati e coperti dal segreto professionale forense. Qualora lo aveste ricevuto per errore, vi preghiamo di cancellarlo e di informare il mittente. Informativa privacy ex art. 13 Reg. UE 2016/679 su www.solaripennacchi.example/privacy.
    """),
)
SOLARI = Person(
    "Beatrice Solari",
    "b.solari@solaripennacchi.example",
    SOLARI_ORG,
    "it",
    1,
    S("""
    Avv. Beatrice Solari
    Studio Legale Solari Pennacchi
    Via Po 12 – 00198 Roma
    T. +39 06 555 0163 | M. +39 347 555 0129
    """),
)

ALPINA_ORG = Org("Banca Alpina Privata SA", "bancaalpina.example", "notes", host="smtp-gw.bancaalpina.example")
ALPINA_DISC = S("""
Questo messaggio è confidenziale e destinato unicamente al destinatario indicato. Esso non costituisce un'offerta né una raccomandazione. / Ce message est confidentiel et ne constitue ni une offre ni une recommandation. / This message is confidential and does not constitute an offer or a recommendation.
Banca Alpina Privata SA – Riva Albertolli 3 – 6900 Lugano – www.bancaalpina.example
""")
PEDRAZZINI = Person(
    "Nicola Pedrazzini",
    "nicola.pedrazzini@bancaalpina.example",
    ALPINA_ORG,
    "it-CH",
    1,
    S("""
    Nicola Pedrazzini
    Direttore – Private Banking Italia
    Banca Alpina Privata SA
    Tel. +41 91 555 01 44
    """),
    ALPINA_DISC,
    display="Pedrazzini Nicola",
)

LUMEN_ORG = Org(
    "Lumen Vie Luxembourg S.A.",
    "lumenvie.example",
    "o365",
    tenant="AM9PR10MB",
    banner=Banner(
        "[EXTERNAL]", ["[EXTERNAL] This e-mail comes from outside Lumen Vie. Be careful with links and attachments."]
    ),
)
LUMEN_DISC = S("""
Lumen Vie Luxembourg S.A. – Entreprise d'assurance sur la vie agréée au Luxembourg – 12, rue Eugène Ruppert, L-2453 Luxembourg – R.C.S. Luxembourg B 000000.
Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer l'expéditeur. / This message is confidential; if you are not the addressee, please delete it and inform the sender.
""")
MATTEUCCI = Person(
    "Giorgia Matteucci",
    "g.matteucci@lumenvie.example",
    LUMEN_ORG,
    "it",
    1,
    S("""
    Giorgia Matteucci
    Servizio Clienti Italia – Client Services
    Lumen Vie Luxembourg S.A.
    Tel. +352 555 01 20
    """),
    LUMEN_DISC,
    display="MATTEUCCI Giorgia",
)
KIEFFER = Person(
    "Anne-Sophie Kieffer",
    "as.kieffer@lumenvie.example",
    LUMEN_ORG,
    "fr",
    1,
    S("""
    Anne-Sophie Kieffer
    Service Clients France & Monaco
    Lumen Vie Luxembourg S.A.
    Tél. +352 555 01 26
    """),
    LUMEN_DISC,
    display="KIEFFER Anne-Sophie",
)
WEYLAND = Person(
    "Tom Weyland",
    "t.weyland@lumenvie.example",
    LUMEN_ORG,
    "en-GB",
    1,
    S("""
    Tom Weyland
    International Client Services
    Lumen Vie Luxembourg S.A.
    T +352 555 01 31
    """),
    LUMEN_DISC,
    display="WEYLAND Tom",
)

VERSILIA_ORG = Org("Versilia Dimore Immobiliare", "versiliadimore.example", "aruba")
BACCI = Person(
    "Lorenzo Bacci",
    "lorenzo@versiliadimore.example",
    VERSILIA_ORG,
    "it",
    1,
    S("""
    Lorenzo Bacci
    Versilia Dimore Immobiliare
    Viale Morin 40 – 55042 Forte dei Marmi (LU)
    Tel. 0584 555 012 – Cell. 335 555 0163
    """),
)
MORETTI = Person("Giancarlo Moretti", "giancarlo.moretti.mc@gmail.example", GMAIL, "it", 1)
FERRANDI = Person("Maria Grazia Ferrandi", "mg.ferrandi@libero.example", LIBERO, "it", 1)
ZANETTI = Person("Davide Zanetti", "davide.zanetti@icloud.example", ICLOUD, "it", 1)
SARTORI_ORG = Org("Sartori Architetti", "sartoriarchitetti.example", "hosting", host="smtp.sartoriarchitetti.example")
SARTORI = Person(
    "Elena Sartori",
    "elena@sartoriarchitetti.example",
    SARTORI_ORG,
    "it",
    1,
    ["Elena Sartori", "Sartori Architetti – Via Santo Stefano 21, Bologna", "+39 051 555 0190"],
)
BENASSI = Person("Riccardo Benassi", "riccardo.benassi71@gmail.example", GMAIL, "it", 1)

MERIDIANA_ORG = Org("Banca Meridiana Private", "meridianaprivate.example", "o365", tenant="VI1PR02MB")
ALIPRANDI = Person(
    "Stefano Aliprandi",
    "stefano.aliprandi@meridianaprivate.example",
    MERIDIANA_ORG,
    "it",
    1,
    S("""
    Stefano Aliprandi
    Senior Private Banker – International Clients
    Banca Meridiana Private S.p.A.
    Corso Venezia 30 – 20121 Milano
    T. +39 02 555 0171
    """),
    S("""
    Banca Meridiana Private S.p.A. – Capitale sociale Euro 50.000.000 i.v. – Iscritta all'Albo delle Banche – Aderente al Fondo Interbancario di Tutela dei Depositi – P.IVA 09876540961. Questa e-mail è riservata ai destinatari indicati; se l'avete ricevuta per errore vi preghiamo di eliminarla e di avvisare il mittente.
    """),
    display="Aliprandi Stefano",
)

CERESIO_ORG = Org(
    "Fiduciaria Ceresio SA",
    "fiduciariaceresio.example",
    "o365",
    tenant="ZR0P278MB",
    region="CHEP278",
    banner=Banner("[ESTERNO]", ["ATTENZIONE: email esterna – verificare il mittente prima di aprire link o allegati."]),
)
MOLINARI = Person(
    "Sandro Molinari",
    "s.molinari@fiduciariaceresio.example",
    CERESIO_ORG,
    "it-CH",
    1,
    S("""
    Sandro Molinari
    Fiduciario commercialista con attestato federale
    Fiduciaria Ceresio SA
    Via Nassa 5 – 6900 Lugano
    Tel. +41 91 555 01 77
    """),
    S("""
    Il presente messaggio e gli eventuali allegati sono confidenziali e destinati esclusivamente al destinatario. Qualsiasi uso non autorizzato è vietato. Fiduciaria Ceresio SA è autorizzata dall'Autorità di vigilanza sui mercati finanziari come fiduciario.
    """),
)

SANTAMBROGIO_ORG = Org("Fiduciaria Sant'Ambrogio S.p.A.", "fidsantambrogio.example", "freshdesk")
LOCATELLI = Person(
    "Chiara Locatelli",
    "assistenza@fidsantambrogio.example",
    SANTAMBROGIO_ORG,
    "it",
    1,
    ["Chiara Locatelli", "Servizio Assistenza Clienti", "Fiduciaria Sant'Ambrogio S.p.A."],
    display="Fiduciaria Sant'Ambrogio - Assistenza",
)

GALLO_ORG = Org(
    "Studio Tributario Gallo & Rinaudo", "gallorinaudo.example", "zimbra", host="zimbra.gallorinaudo.example"
)
RINAUDO = Person(
    "Paola Rinaudo",
    "paola.rinaudo@gallorinaudo.example",
    GALLO_ORG,
    "it",
    1,
    S("""
    Dott.ssa Paola Rinaudo
    Studio Tributario Gallo & Rinaudo
    Corso Vittorio Emanuele II 74 – 10121 Torino
    Tel. 011 555 0134
    www.gallorinaudo.example
    """),
)
COLOMBO = Person(
    "Renato Colombo",
    "renato.colombo@tiscali.example",
    TISCALI,
    "it",
    1,
    ["Ing. Renato Colombo", "Via Borgovico 5 – 22100 Como"],
)
GRECO_ORG = Org("Greco Logistica S.r.l.", "grecologistica.example", "hosting", host="mail.grecologistica.example")
GRECO = Person(
    "Tommaso Greco",
    "t.greco@grecologistica.example",
    GRECO_ORG,
    "it",
    1,
    ["Tommaso Greco", "Amministratore Unico – Greco Logistica S.r.l.", "Zona Industriale, Lotto 12 – 70132 Bari"],
)
FORUM_PATRIMONI = Org("Forum Patrimoni Italia", "forumpatrimoni.example", "mailman")
FORUM_MEMBER = Person(
    "Alessandra Ferri",
    "a.ferri@ferrimultifamily.example",
    Org("Ferri Multi Family Office", "ferrimultifamily.example", "o365", tenant="PA4PR03MB"),
    "it",
    1,
    S("""
    Alessandra Ferri
    Ferri Multi Family Office
    Piazza Cavour 2 – 20121 Milano
    """),
)


# ==========================================================================
# Spain and Latin America (Spanish)
# ==========================================================================
LOPDGDD = S("""
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado. De conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), le informamos de que sus datos son tratados por la Notaría con la finalidad de prestar el servicio solicitado; puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a protecciondedatos@notariaroldan.example.
""")
ROLDAN_ORG = Org("Notaría Roldán Vera", "notariaroldan.example", "o365", tenant="MR1P264MB", region="FRAP264")
ROLDAN = Person(
    "Inmaculada Roldán Vera",
    "iroldan@notariaroldan.example",
    ROLDAN_ORG,
    "es",
    1,
    S("""
    Inmaculada Roldán Vera
    Notaria de Madrid
    C/ Velázquez 57, 2.º – 28001 Madrid
    Tel. +34 91 555 01 27
    """),
    LOPDGDD,
)
CUBERO = Person(
    "Javier Cubero",
    "jcubero@notariaroldan.example",
    ROLDAN_ORG,
    "es",
    1,
    S("""
    Javier Cubero Sanz
    Oficial – Notaría Roldán Vera
    C/ Velázquez 57, 2.º – 28001 Madrid
    Tel. +34 91 555 01 28
    """),
    LOPDGDD,
)
LLORENS_ORG = Org("Llorens Asesores", "llorensasesores.example", "hosting", host="mail.llorensasesores.example")
LLORENS_DISC = S("""
Este correo electrónico y, en su caso, cualquier fichero anexo contiene información confidencial exclusivamente dirigida a su destinatario. Responsable del tratamiento: LLORENS ASESORES, S.L., CIF B98765432. Finalidad: gestión de la relación profesional. Puede ejercer sus derechos en lopd@llorensasesores.example.
""")
LLORENS = Person(
    "Amparo Llorens",
    "amparo@llorensasesores.example",
    LLORENS_ORG,
    "es",
    1,
    S("""
    Amparo Llorens Bosch
    Asesora fiscal – Gestoría Llorens Asesores
    C/ Colón 22, 4.ª – 46004 Valencia
    Tel. 96 555 01 39
    """),
    LLORENS_DISC,
)
MOLLA = Person(
    "Vicent Mollà",
    "vicent@llorensasesores.example",
    LLORENS_ORG,
    "es",
    1,
    S("""
    Vicent Mollà
    Departamento de No Residentes
    Llorens Asesores
    Tel. 96 555 01 40
    """),
    LLORENS_DISC,
)
SANTAMARINA_ORG = Org("Santamarina Abogados", "santamarina-abogados.example", "icloud")
CASALS = Person(
    "Jordi Casals Riera",
    "jcasals@santamarina-abogados.example",
    SANTAMARINA_ORG,
    "es",
    1,
    S("""
    Jordi Casals Riera
    Socio – Santamarina Abogados
    Passeig de Gràcia 55 – 08007 Barcelona
    T. +34 93 555 01 88
    """),
)
ALMUDENA_ORG = Org("Banco Almudena Patrimonios", "bancoalmudena.example", "o365", tenant="DB8PR06MB")
OCHOA = Person(
    "Beatriz Ochoa",
    "beatriz.ochoa@bancoalmudena.example",
    ALMUDENA_ORG,
    "es",
    1,
    S("""
    Beatriz Ochoa Lasheras
    Directora de Banca Privada – Clientes Internacionales
    Banco Almudena Patrimonios, S.A.
    Paseo de la Castellana 41 – 28046 Madrid
    Tel. +34 91 555 01 61 | Móvil +34 655 550 123
    """),
    S("""
    Banco Almudena Patrimonios, S.A. – CIF A87654321 – Inscrito en el Registro Mercantil de Madrid y en el Registro de Entidades del Banco de España.
    La información contenida en este correo es confidencial y puede estar protegida por el secreto bancario. Si no es usted el destinatario, queda prohibida cualquier utilización, divulgación o copia. / The information in this e-mail is confidential and may be legally privileged. If you are not the intended recipient, any use, disclosure or copying is prohibited.
    """),
    display="OCHOA LASHERAS, BEATRIZ",
)
COSTASERENA_ORG = Org("Costa Serena Properties", "costaserena-properties.example", "icloud")
GALAN = Person(
    "Rocío Galán",
    "rocio@costaserena-properties.example",
    COSTASERENA_ORG,
    "es",
    1,
    ["Rocío Galán", "Costa Serena Properties – Marbella", "+34 952 555 014"],
)
GARZA = Person("Alejandro Garza Treviño", "alejandro.garza.t@gmail.example", GMAIL, "es-MX", -6)
ECHEVERRY = Person("Martín Echeverry", "martin.echeverry@fibertel.example", FIBERTEL, "es-AR", -3)
QUILLAY_ORG = Org("Inversiones Quillay", "quillay.example", "google")
LARRAIN = Person(
    "Francisca Larraín",
    "flarrain@quillay.example",
    QUILLAY_ORG,
    "es-CL",
    -3,
    [
        "Francisca Larraín E.",
        "Gerente de Inversiones",
        "Inversiones Quillay",
        "Av. Isidora Goyenechea 3000, Las Condes, Santiago",
        "+56 2 2555 0163",
    ],
)
ARRAYANES_ORG = Org("Grupo Arrayanes", "arrayanes.example", "o365", tenant="BN8PR14MB", region="namprd14")
BOTERO = Person(
    "Andrés Botero Lalinde",
    "abotero@arrayanes.example",
    ARRAYANES_ORG,
    "es-CO",
    -5,
    ["Andrés Botero Lalinde", "Presidente – Grupo Arrayanes", "Medellín, Colombia"],
)
FERREIRA_UY = Person(
    "Sebastián Ferreira",
    "sferreira@ferreira-estudio.example",
    Org("Estudio Ferreira", "ferreira-estudio.example", "hosting", host="mail.ferreira-estudio.example"),
    "es-UY",
    -3,
    ["Cr. Sebastián Ferreira", "Estudio Ferreira – Contadores Públicos", "Montevideo – Uruguay", "Tel. +598 2555 0147"],
)
CUSTODIA_ORG = Org("Custodia Ibérica de Valores", "custodiaiberica.example", "zendesk")
IBANEZ = Person(
    "Marta Ibáñez",
    "soporte@custodiaiberica.example",
    CUSTODIA_ORG,
    "es",
    1,
    ["Marta Ibáñez", "Atención a Gestoras y Family Offices", "Custodia Ibérica de Valores"],
    display="Custodia Ibérica de Valores",
)
RODRIGUEZ = Person("Nayra Rodríguez", "nayra.rodriguez.lp@gmail.example", GMAIL, "es", 0)
AZPIROZ = Person(
    "Íñigo Azpiroz",
    "inigo@azpirozindustrial.example",
    Org("Azpiroz Industrial", "azpirozindustrial.example", "hosting", host="smtp.azpirozindustrial.example"),
    "es",
    1,
)
MEDRANO = Person("Gonzalo Medrano", "gmedrano_76@hotmail.example", HOTMAIL, "es", 1)
BENITEZ_ORG = Org("Benítez Ventures", "benitezventures.example", "zoho")
BENITEZ = Person(
    "Carla Benítez",
    "carla@benitezventures.example",
    BENITEZ_ORG,
    "es",
    1,
    ["Carla Benítez", "Managing Partner", "Benítez Ventures", "Calle de Serrano 88, Madrid"],
)
UVALLE_ORG = Org("Universidad del Valle de Nervión", "uvalle.example", "zimbra", host="zimbra.uvalle.example")
ITURBE = Person(
    "Ramón Iturbe",
    "ramon.iturbe@uvalle.example",
    UVALLE_ORG,
    "es",
    1,
    ["Prof. Dr. Ramón Iturbe Goikoetxea", "Departamento de Economía Financiera", "Universidad del Valle de Nervión"],
)
CARDENAS_ORG = Org("Cárdenas Ruiz Abogados", "cardenasruiz.example", "o365", tenant="CY8PR11MB", region="namprd11")
CARDENAS = Person(
    "Mariana Cárdenas",
    "mcardenas@cardenasruiz.example",
    CARDENAS_ORG,
    "es-MX",
    -6,
    S("""
    Lic. Mariana Cárdenas Ruiz
    Socia – Cárdenas Ruiz Abogados, S.C.
    Paseo de la Reforma 505, piso 31, Cuauhtémoc, 06500 Ciudad de México
    Tel. +52 55 5555 0137
    """),
    S("""
    Este mensaje es confidencial y está dirigido únicamente a su destinatario. Si usted lo recibió por error, favor de notificarlo al remitente y eliminarlo. Consulte nuestro Aviso de Privacidad en www.cardenasruiz.example/privacidad.
    """),
)
WHITFIELD = Person("Karen Whitfield", "karen.whitfield.es@gmail.example", GMAIL, "en-US", 1)
ASESORES_LIST = Org("Asesores Patrimoniales", "listas.asesores-patrimoniales.example", "mailman")


# ==========================================================================
# Portugal and Brazil
# ==========================================================================
VASCONCELOS_ORG = Org(
    "Cartório Notarial de Teresa Vasconcelos Brás", "cartoriovasconcelos.example", "o365", tenant="DB7PR05MB"
)
RGPD_PT = S("""
Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se a recebeu por engano, por favor informe o remetente e elimine-a. Os dados pessoais são tratados nos termos do Regulamento (UE) 2016/679 (RGPD) e da Lei n.º 58/2019.
""")
VASCONCELOS = Person(
    "Teresa Vasconcelos Brás",
    "tvbras@cartoriovasconcelos.example",
    VASCONCELOS_ORG,
    "pt-PT",
    0,
    S("""
    Teresa Vasconcelos Brás
    Notária
    Cartório Notarial de Teresa Vasconcelos Brás
    Av. da Liberdade 190, 3.º – 1250-147 Lisboa
    Tel. +351 21 555 0132
    """),
    RGPD_PT,
)
PIRES = Person(
    "Sónia Pires",
    "spires@cartoriovasconcelos.example",
    VASCONCELOS_ORG,
    "pt-PT",
    0,
    ["Sónia Pires", "Ajudante – Cartório Notarial de Teresa Vasconcelos Brás", "Tel. +351 21 555 0133"],
    RGPD_PT,
)
MACEDO_ORG = Org("Macedo Contas", "macedocontas.example", "hosting", host="mail.macedocontas.example")
MACEDO = Person(
    "Rui Macedo",
    "rui.macedo@macedocontas.example",
    MACEDO_ORG,
    "pt-PT",
    0,
    S("""
    Rui Macedo
    Contabilista Certificado n.º 00000
    Macedo Contas – Contabilidade e Fiscalidade, Lda.
    Rua de Santa Catarina 300 – 4000-442 Porto
    Tel. +351 22 555 0178
    """),
)
ALBUQUERQUE = Person("Rodrigo Albuquerque Lins", "rodrigo.alins@gmail.example", GMAIL, "pt-BR", -3)
PRADO_ORG = Org("Prado Figueiredo Advogados", "pradofigueiredo.example", "o365", tenant="CP4PR80MB", region="BRAPRD80")
PRADO = Person(
    "Juliana Figueiredo Prado",
    "juliana.prado@pradofigueiredo.example",
    PRADO_ORG,
    "pt-BR",
    -3,
    S("""
    Juliana Figueiredo Prado
    Sócia | Planejamento Patrimonial e Sucessório
    Prado Figueiredo Advogados
    Av. Brigadeiro Faria Lima 3400, 12º andar – São Paulo/SP
    +55 11 5555-0142
    """),
    S("""
    Esta mensagem, incluindo seus anexos, pode conter informações confidenciais e/ou privilegiadas, protegidas pelo sigilo profissional. Se você não for o destinatário, fica notificado de que é proibida a utilização, divulgação ou cópia. O tratamento de dados pessoais observa a Lei nº 13.709/2018 (LGPD).
    """),
)
COMPORTA_ORG = Org("Comporta Living Imobiliária", "comportaliving.example", "icloud")
SOTTOMAYOR = Person(
    "Miguel Sottomayor",
    "miguel@comportaliving.example",
    COMPORTA_ORG,
    "pt-PT",
    0,
    ["Miguel Sottomayor", "Comporta Living Imobiliária – AMI 00000", "+351 912 555 014"],
)
ATLANTICO_ORG = Org("Banco Atlântico Privado", "bancoatlantico.example", "o365", tenant="AM0PR04MB")
LEAL = Person(
    "Catarina Leal",
    "catarina.leal@bancoatlantico.example",
    ATLANTICO_ORG,
    "pt-PT",
    0,
    S("""
    Catarina Leal
    Private Banker
    Banco Atlântico Privado, S.A.
    Rua Castilho 20 – 1250-069 Lisboa
    T. +351 21 555 0190
    """),
    S("""
    Banco Atlântico Privado, S.A. – Sede: Rua Castilho 20, Lisboa – NIPC 500 000 000 – Capital social 80.000.000 EUR. Esta mensagem é confidencial. This message is confidential and intended only for the addressee.
    """),
)
CARVALHO = Person("Maria João Carvalho", "mjoao.carvalho@gmail.example", GMAIL, "pt-PT", 0)
IPE_ORG = Org("Ipê Family Office", "ipefamilyoffice.example", "zimbra", host="mail.ipefamilyoffice.example")
QUEIROZ = Person(
    "Fernanda Queiroz",
    "fernanda@ipefamilyoffice.example",
    IPE_ORG,
    "pt-BR",
    -3,
    ["Fernanda Queiroz", "Diretora de Operações", "Ipê Family Office", "São Paulo – SP", "+55 11 5555-0178"],
)
MENEZES_ORG = Org("Menezes Vinhos", "menezesvinhos.example", "o365", tenant="AS2PR09MB")
MENEZES = Person(
    "Duarte Menezes",
    "duarte@menezesvinhos.example",
    MENEZES_ORG,
    "pt-PT",
    0,
    ["Duarte Menezes", "Menezes Vinhos, Lda."],
)
TAVARES = Person("Henrique Tavares", "henrique.tavares@outlook.example", OUTLOOKCOM, "pt-PT", 0)
SAMPAIO = Person("Leonor Sampaio", "leonor.sampaio@icloud.example", ICLOUD, "pt-PT", 0)
NOGUEIRA = Person("Thiago Nogueira", "thiago.nogueira@uol.example", UOL, "pt-BR", -3)
APFO_ORG = Org("Associação Portuguesa de Family Offices", "apfo.example", "newsletter")


# ==========================================================================
# France, Monaco, French-speaking Switzerland
# ==========================================================================
DAM_ORG = Org("Direction de l'Accueil et des Formalités (Monaco)", "accueil-formalites.example", "otrs")
BOISSON = Person(
    "Sandrine Boisson",
    "guichet@accueil-formalites.example",
    DAM_ORG,
    "fr-MC",
    1,
    ["Sandrine Boisson", "Guichet des résidents", "Direction de l'Accueil et des Formalités"],
    display="Guichet des résidents – DAF",
)
DUFRESNOY_ORG = Org(
    "Office notarial Dufresnoy & Associés", "dufresnoy-notaires.example", "o365", tenant="PAXP193MB", region="FRAP193"
)
DUFRESNOY_DISC = S("""
Office notarial Dufresnoy & Associés, société titulaire d'un office notarial. Ce courriel et ses pièces jointes sont confidentiels. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition auprès de dpo@dufresnoy-notaires.example.
""")
DUFRESNOY = Person(
    "Hélène Dufresnoy",
    "h.dufresnoy@dufresnoy-notaires.example",
    DUFRESNOY_ORG,
    "fr",
    1,
    S("""
    Maître Hélène Dufresnoy
    Notaire associée
    Office notarial Dufresnoy & Associés
    48 boulevard Malesherbes, 75008 Paris
    Tél. : 01 99 00 52 10
    """),
    DUFRESNOY_DISC,
)
LEBRUN = Person(
    "Thomas Lebrun",
    "t.lebrun@dufresnoy-notaires.example",
    DUFRESNOY_ORG,
    "fr",
    1,
    S("""
    Thomas Lebrun
    Clerc de notaire - Service Famille & Patrimoine
    Office notarial Dufresnoy & Associés
    Tél. : 01 99 00 52 17
    """),
    DUFRESNOY_DISC,
)
GIORDAN_ORG = Org("Office notarial Giordan", "giordan-notaire.example", "o365", tenant="PR0P264MB", region="FRAP264")
GIORDAN = Person(
    "Antoine Giordan",
    "a.giordan@giordan-notaire.example",
    GIORDAN_ORG,
    "fr",
    1,
    S("""
    Maître Antoine Giordan
    Notaire à Nice
    15 avenue Jean Médecin – 06000 Nice
    Tél. 04 65 71 30 22
    """),
)
LEMAN_ORG = Org("Banque Privée du Léman SA", "banqueleman.example", "notes", host="smtp.banqueleman.example")
ROCHAT = Person(
    "Philippe Rochat",
    "philippe.rochat@banqueleman.example",
    LEMAN_ORG,
    "fr-CH",
    1,
    S("""
    Philippe Rochat
    Directeur adjoint – Gérants externes
    Banque Privée du Léman SA
    Quai de l'Île 9 – 1204 Genève
    Tél. +41 22 555 01 64
    """),
    S("""
    Ce message est confidentiel et peut être couvert par le secret bancaire. Il ne constitue ni une offre, ni une sollicitation. / This message is confidential and may be covered by banking secrecy. It is neither an offer nor a solicitation.
    """),
    display="Philippe Rochat/GVA/BPL",
)
CHAPPUIS_ORG = Org(
    "Fiduciaire Chappuis & Vonlanthen",
    "chappuis-vonlanthen.example",
    "hosting",
    host="mail.chappuis-vonlanthen.example",
)
CHAPPUIS = Person(
    "Nathalie Chappuis",
    "n.chappuis@chappuis-vonlanthen.example",
    CHAPPUIS_ORG,
    "fr-CH",
    1,
    [
        "Nathalie Chappuis",
        "Experte fiduciaire diplômée",
        "Fiduciaire Chappuis & Vonlanthen SA",
        "Avenue de la Gare 10, 1003 Lausanne",
        "+41 21 555 01 52",
    ],
)
MONTVALON = Person("Charles-Henri de Montvalon", "chdemontvalon@icloud.example", ICLOUD, "fr", 1)
PERRAULT_ORG = Org(
    "Cabinet Perrault Expertise", "perrault-expertise.example", "zimbra", host="zimbra.perrault-expertise.example"
)
PERRAULT = Person(
    "Sylvie Perrault",
    "s.perrault@perrault-expertise.example",
    PERRAULT_ORG,
    "fr",
    1,
    S("""
    Sylvie Perrault
    Expert-comptable – Commissaire aux comptes
    Cabinet Perrault Expertise
    21 rue de Rome – 75008 Paris
    01 99 00 63 40
    """),
)
BERARD = Person("Jacqueline Bérard", "jacqueline.berard@orange.example", ORANGE, "fr", 1)
LAGARDE = Person("Vincent Lagarde", "vincent.lagarde@gmail.example", GMAIL, "fr", 1)
SAINTAUBIN_ORG = Org(
    "Saint-Aubin Participations", "saintaubin-participations.example", "o365", tenant="PR3P264MB", region="FRAP264"
)
SAINTAUBIN = Person(
    "Bertrand Saint-Aubin",
    "b.saintaubin@saintaubin-participations.example",
    SAINTAUBIN_ORG,
    "fr",
    1,
    ["Bertrand Saint-Aubin", "Président", "Saint-Aubin Participations SAS"],
)
ESTEREL_ORG = Org(
    "Maison Esterel Family Office", "maison-esterel.example", "o365", tenant="PAVP264MB", region="FRAP264"
)
PICHON = Person(
    "Arnaud Pichon",
    "arnaud.pichon@maison-esterel.example",
    ESTEREL_ORG,
    "fr",
    1,
    ["Arnaud Pichon", "Directeur des investissements", "Maison Esterel Family Office", "01 99 00 71 18"],
)
MARCHETTI = Person("Isabelle Marchetti", "isabelle.marchetti@icloud.example", ICLOUD, "fr", 1)
LEMOINE = Person("Gérard Lemoine", "gerard.lemoine@gmail.example", GMAIL, "fr", 1)
RIVIERA_ORG = Org(
    "Riviera Prestige Immobilier", "rivieraprestige.example", "o365", tenant="PR2P264MB", region="FRAP264"
)
GASTAUD = Person(
    "Stéphanie Gastaud",
    "s.gastaud@rivieraprestige.example",
    RIVIERA_ORG,
    "fr",
    1,
    S("""
    Stéphanie Gastaud
    Directrice – Riviera Prestige Immobilier
    2 avenue de la Costa – MC 98000 Monaco
    T. +377 99 55 02 40
    Carte professionnelle n° 0000-00
    """),
)
MAILLARD_ORG = Org("Étude Maillard Favre", "maillard-favre.example", "o365", tenant="GV0P278MB", region="CHEP278")
MAILLARD = Person(
    "Olivier Maillard",
    "o.maillard@maillard-favre.example",
    MAILLARD_ORG,
    "fr-CH",
    1,
    S("""
    Me Olivier Maillard
    Avocat associé
    Étude Maillard Favre
    Rue du Général-Dufour 20 – 1204 Genève
    T +41 22 555 01 81
    """),
    S("""
    Ce message est confidentiel et peut contenir des informations couvertes par le secret professionnel de l'avocat. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
    """),
)
CLUBFO_ORG = Org("Club des Family Offices de la Riviera", "clubfo-riviera.example", "google_groups")
CLUB_MEMBER = Person(
    "Henri Castellane",
    "henri.castellane@castellane-fo.example",
    Org("Castellane Family Office", "castellane-fo.example", "google"),
    "fr",
    1,
    ["Henri Castellane", "Castellane Family Office – Monaco"],
)
SYMPA_ORG = Org("Conseils en gestion de patrimoine – Monaco", "listes.cgp-monaco.example", "sympa")
SYMPA_MEMBER = Person(
    "Audrey Bianchi",
    "audrey.bianchi@bianchi-patrimoine.example",
    Org("Bianchi Patrimoine", "bianchi-patrimoine.example", "icloud"),
    "fr",
    1,
    ["Audrey Bianchi", "Bianchi Patrimoine", "Monaco"],
)
ASESORES_MEMBER = Person(
    "Ignacio Lasarte",
    "ilasarte@lasarte-eaf.example",
    Org("Lasarte EAF", "lasarte-eaf.example", "hosting", host="mail.lasarte-eaf.example"),
    "es",
    1,
    ["Ignacio Lasarte", "Lasarte EAF – Empresa de Asesoramiento Financiero", "Bilbao"],
)


# ==========================================================================
# English
# ==========================================================================
THAMESIDE_ORG = Org("Thameside Private Bank", "thameside-private.example", "o365", tenant="LO2P265MB", region="GBRP265")
THAMESIDE_DISC = S("""
Thameside Private Bank Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales No. 00000000. Registered office: 1 Fenchurch Walk, London EC3M 0XX. This e-mail is confidential; if you are not the intended recipient please notify the sender and delete it.
""")
COLE = Person(
    "Harriet Cole",
    "harriet.cole@thameside-private.example",
    THAMESIDE_ORG,
    "en-GB",
    0,
    ["Harriet Cole", "Director, International Private Clients", "Thameside Private Bank", "T +44 20 7946 0318"],
    THAMESIDE_DISC,
)
PORTER = Person(
    "James Porter",
    "james.porter@thameside-private.example",
    THAMESIDE_ORG,
    "en-GB",
    0,
    ["James Porter", "Associate Director", "Thameside Private Bank"],
)
CORAL_ORG = Org("Coral Gables Family Partners", "coralgablesfp.example", "o365", tenant="BL1PR13MB", region="namprd13")
ROSENTHAL = Person(
    "Daniel Rosenthal",
    "drosenthal@coralgablesfp.example",
    CORAL_ORG,
    "en-US",
    -5,
    [
        "Daniel Rosenthal",
        "Chief Investment Officer",
        "Coral Gables Family Partners, LLC",
        "2600 Ponce de Leon Blvd, Coral Gables, FL 33134",
        "Tel. (305) 555-0147",
    ],
    S("""
    CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Nothing in this message constitutes an offer to buy or sell any security.
    """),
)
