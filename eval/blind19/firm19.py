"""blind19: the firm (invented), its staff and their signatures, its outbound gateway's disclaimers, and the
correspondents' organisations with what their inbound gateways do to the firm's mail.

Signature and body lines use a small markup: "[text](url)" is a link, "![alt](file)" an inline image, "* " a bullet,
"  o " a second-level bullet, "1. " a numbered item, "· " a bullet pasted from Word (Symbol font), "| a | b |" a
table row (render19.py turns these into each client's text and HTML).
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import quote

FIRM_DOMAIN = "hautmont-wiltz.example"
WEB = "https://www.hautmont-wiltz.example/"
PORTAL = "https://mon.hautmont-wiltz.example/"


@dataclass(frozen=True)
class Org:
    name: str
    domain: str
    banner: tuple = ()  # lines a gateway puts on top of the body of mail from outside
    tag: str = ""  # subject tag of that gateway
    tip: str = ""  # language of Exchange Online's first-contact safety tip, "" when none
    safelinks: str = ""  # Safe Links region host prefix ("eur02"), "" when none
    out_footer: tuple = ()  # lines the org's own gateway appends to mail it sends (after the whole message)
    tenant: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    lang: str
    zone: str = "cet"
    org: Org | None = None
    country: str = "be"


@dataclass(frozen=True)
class Staff:
    key: str
    name: str
    email: str
    office: str  # "bxl" or "lux"
    loc: str  # Outlook locale of the adviser's desktop client
    sig: tuple = field(default=())
    first: str = ""


def _sig(*lines):
    return tuple(lines)


LOGO = "![Hautmont & Wiltz](image001.png)"
STAFF = {
    "dewandre": Staff(
        "dewandre",
        "Isabelle Dewandre",
        "isabelle.dewandre@hautmont-wiltz.example",
        "bxl",
        "fr",
        _sig(
            "Isabelle Dewandre",
            "Senior Private Banker",
            "Hautmont & Wiltz Banque Privée",
            "Avenue Louise 371, 1050 Bruxelles",
            "T +32 2 555 01 40 | M +32 475 55 01 23",
            "[isabelle.dewandre@hautmont-wiltz.example](mailto:isabelle.dewandre@hautmont-wiltz.example)",
            "[www.hautmont-wiltz.example](https://www.hautmont-wiltz.example/)",
            LOGO,
        ),
        "Isabelle",
    ),
    "lambotte": Staff(
        "lambotte",
        "Sophie Lambotte",
        "sophie.lambotte@hautmont-wiltz.example",
        "bxl",
        "fr",
        _sig(
            "Sophie Lambotte",
            "Wealth Planner – Planification patrimoniale",
            "Hautmont & Wiltz Banque Privée",
            "T +32 2 555 01 46",
            "[www.hautmont-wiltz.example](https://www.hautmont-wiltz.example/)",
        ),
        "Sophie",
    ),
    "wery": Staff(
        "wery",
        "Luc Wéry",
        "luc.wery@hautmont-wiltz.example",
        "bxl",
        "fr",
        _sig(
            "Luc Wéry",
            "Private Banker",
            "Hautmont & Wiltz Banque Privée",
            "Rue des Guillemins 18, 4000 Liège",
            "T +32 4 555 01 88",
            LOGO,
        ),
        "Luc",
    ),
    "vandaele": Staff(
        "vandaele",
        "Pieter Van Daele",
        "pieter.vandaele@hautmont-wiltz.example",
        "bxl",
        "nl",
        _sig(
            "Met vriendelijke groeten,",
            "",
            "Pieter Van Daele",
            "Private Banker",
            "Hautmont & Wiltz Private Bank",
            "Frankrijklei 112, 2000 Antwerpen",
            "T +32 3 555 01 77 | M +32 476 55 01 31",
            "[www.hautmont-wiltz.example](https://www.hautmont-wiltz.example/)",
            LOGO,
        ),
        "Pieter",
    ),
    "kremer": Staff(
        "kremer",
        "Anne-Marie Kremer",
        "anne-marie.kremer@hautmont-wiltz.example",
        "lux",
        "de",
        _sig(
            "Anne-Marie Kremer",
            "Private Bankerin | Banquière privée",
            "Hautmont & Wiltz (Luxembourg) S.A.",
            "26, boulevard Royal, L-2449 Luxembourg",
            "T +352 555 01 62",
            "[anne-marie.kremer@hautmont-wiltz.example](mailto:anne-marie.kremer@hautmont-wiltz.example)",
        ),
        "Anne-Marie",
    ),
    "pemberton": Staff(
        "pemberton",
        "Oliver Pemberton",
        "oliver.pemberton@hautmont-wiltz.example",
        "lux",
        "en-GB",
        _sig(
            "Oliver Pemberton",
            "Director, Private Banking – International Clients",
            "Hautmont & Wiltz (Luxembourg) S.A.",
            "26, boulevard Royal, L-2449 Luxembourg",
            "Direct: +352 555 01 65 | Mobile: +352 691 555 016",
            "[www.hautmont-wiltz.example](https://www.hautmont-wiltz.example/)",
            LOGO,
        ),
        "Oliver",
    ),
    "fonseca": Staff(
        "fonseca",
        "Rui Valente Fonseca",
        "rui.fonseca@hautmont-wiltz.example",
        "lux",
        "pt",
        _sig(
            "Rui Valente Fonseca",
            "Private Banker – Clientes Lusófonos",
            "Hautmont & Wiltz (Luxembourg) S.A.",
            "T +352 555 01 68 | M +352 661 555 018",
        ),
        "Rui",
    ),
    "benedetti": Staff(
        "benedetti",
        "Chiara Benedetti",
        "chiara.benedetti@hautmont-wiltz.example",
        "lux",
        "it",
        _sig(
            "Chiara Benedetti",
            "Private Banker – Clientela italiana",
            "Hautmont & Wiltz (Luxembourg) S.A.",
            "T +352 555 01 69",
        ),
        "Chiara",
    ),
}

# --------------------------------------------------------------------------
# the firm's outbound gateway: a disclaimer appended to every message that leaves the firm (never in Sent Items)
# --------------------------------------------------------------------------
D_FR = (
    "Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur(s) "
    "destinataire(s). Si vous l’avez reçu par erreur, merci d’en informer l’expéditeur et de le détruire. "
    "Hautmont & Wiltz ne vous demandera jamais de modifier des coordonnées bancaires par e-mail."
)
D_NL = (
    "Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). "
    "Hebt u het per vergissing ontvangen, verwittig dan de afzender en vernietig het. Hautmont & Wiltz zal u "
    "nooit per e-mail vragen om bankgegevens te wijzigen."
)
D_EN = (
    "This message and any attachments are confidential and intended solely for the addressee(s). If you have "
    "received it in error, please notify the sender and delete it. Hautmont & Wiltz will never ask you to "
    "change bank details by e-mail."
)
D_DE = (
    "Diese Nachricht und etwaige Anhänge sind vertraulich und ausschließlich für den oder die Empfänger "
    "bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen "
    "Sie sie. Hautmont & Wiltz wird Sie niemals per E-Mail auffordern, Bankverbindungen zu ändern."
)
BXL_ID = "Hautmont & Wiltz Banque Privée SA – Avenue Louise 371, 1050 Bruxelles – RPM Bruxelles – TVA BE 0555.010.420"
LUX_ID = "Hautmont & Wiltz (Luxembourg) S.A. – 26, boulevard Royal, L-2449 Luxembourg – R.C.S. Luxembourg B555014"
ECO = "P Pensez à l’environnement avant d’imprimer ce message. / Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."


def gateway_disclaimer(office, variant):
    """The lines the firm's gateway appends; variant is chosen by the recipient's country ('be', 'nl', 'intl')."""
    if office == "bxl":
        if variant == "nl":
            return ["DISCLAIMER", D_NL, "", D_EN, "", BXL_ID]
        if variant == "intl":
            return ["DISCLAIMER", D_EN, "", BXL_ID]
        return ["AVERTISSEMENT – DISCLAIMER", D_FR, "", D_NL, "", D_EN, "", BXL_ID]
    if variant == "intl":
        return ["DISCLAIMER", D_EN, "", LUX_ID, "", ECO]
    return ["AVERTISSEMENT – HINWEIS – DISCLAIMER", D_FR, "", D_DE, "", D_EN, "", LUX_ID, "", ECO]


def disclaimer_variant(office, person):
    """The gateway's rule: the trilingual text for Belgium, Luxembourg, France and Germany, a Dutch-English text for
    the Netherlands (Brussels office only), the English text elsewhere."""
    if person.country in ("be", "lu", "fr", "de"):
        return "be"
    if person.country == "nl" and office == "bxl":
        return "nl"
    return "intl"


# --------------------------------------------------------------------------
# correspondents' inbound gateways
# --------------------------------------------------------------------------
B_NL = (
    "LET OP: deze e-mail komt van buiten de organisatie. Klik niet op links en open geen bijlagen, tenzij u de "
    "afzender herkent en weet dat de inhoud veilig is."
)
B_NL2 = "Let op: dit bericht is afkomstig van een externe afzender. Wees voorzichtig met links en bijlagen."
B_EN = (
    "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments "
    "unless you recognise the sender and know the content is safe."
)
B_FR = (
    "ATTENTION : Ce courriel provient de l’extérieur de l’organisation. Ne cliquez pas sur les liens et "
    "n’ouvrez pas les pièces jointes à moins de connaître l’expéditeur et de savoir que le contenu est sûr."
)
B_DE = (
    "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie "
    "keine Anhänge, es sei denn, Sie kennen den Absender und wissen, dass der Inhalt sicher ist."
)
B_PT = "[EXTERNO] Mensagem de remetente externo. Não abra anexos nem clique em ligações sem confirmar a origem."

TIP = {
    "fr": "Vous n’obtenez pas souvent d’e-mail à partir de {e}. [Pourquoi c’est important]({u})",
    "nl": "U ontvangt niet vaak e-mail van {e}. [Ontdek waarom dit belangrijk is]({u})",
    "de": "Sie erhalten nicht oft eine E-Mail von {e}. [Erfahren Sie, warum dies wichtig ist]({u})",
    "en": "You don't often get email from {e}. [Learn why this is important]({u})",
}
TIP_URL = "https://aka.ms/LearnAboutSenderIdentification"


def safety_tip(lang, email):
    return TIP[lang].format(e=email, u=TIP_URL)


def safelink(url, region, rcpt, tenant):
    """A Microsoft Defender Safe Links rewrite of url for rcpt (deterministic)."""
    h = hashlib.sha256(f"{url}|{rcpt}".encode()).hexdigest()
    guid = f"{h[:8]}{h[8:12]}{h[12:16]}{h[16:20]}{h[20:32]}"
    stamp = int(h[32:40], 16) % 10**9
    sdata = hashlib.sha256(h.encode()).digest()
    import base64

    sd = base64.b64encode(sdata[:32]).decode()
    return (
        f"https://{region}.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data=05%7C02%7C"
        f"{quote(rcpt, safe='')}%7C{guid}%7C{tenant}%7C0%7C0%7C638{stamp:09d}123456%7CUnknown%7C"
        "TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ"
        f"%3D%3D%7C0%7C%7C%7C&sdata={quote(sd, safe='')}&reserved=0"
    )


ORGS = {
    "verbruggen": Org(
        "Verbruggen Logistics NV",
        "verbruggen-logistics.example",
        (B_NL,),
        "[EXTERN]",
        "nl",
        "eur03",
        tenant="3f2a9c1e4b7d4e0f9a6b2c8d1e5f7a90",
    ),
    "schoonhoven": Org(
        "Schoonhoven Vastgoed BV",
        "schoonhoven-vastgoed.example",
        (B_NL2,),
        "",
        "",
        "eur04",
        tenant="7c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5",
    ),
    "maasdekker": Org(
        "Maas & Dekker Accountants",
        "maasdekker.example",
        (),
        "",
        "nl",
        "eur03",
        ("Maas & Dekker Accountants B.V. – KvK 55501234 – Denk aan het milieu voordat u deze e-mail print.",),
        tenant="a1b2c3d4e5f60718293a4b5c6d7e8f90",
    ),
    "thornbury": Org(
        "Thornbury Family Office Ltd",
        "thornbury-fo.example",
        (B_EN,),
        "[EXTERNAL]",
        "en",
        "gbr01",
        tenant="0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    ),
    "hartmann": Org(
        "Kanzlei Hartmann & Vogt",
        "hartmann-vogt.example",
        (B_DE,),
        "[EXTERN]",
        "de",
        "eur05",
        ("Kanzlei Hartmann & Vogt PartG mbB | Königsallee 55 | 40212 Düsseldorf | AG Essen PR 5550",),
        tenant="5e4d3c2b1a0f49e8d7c6b5a4938271f0",
    ),
    "rasquin": Org(
        "Cabinet Rasquin",
        "rasquin-comptables.example",
        (B_FR,),
        "[EXTERNE]",
        "fr",
        "eur02",
        (
            "Cabinet Rasquin SRL – Experts-comptables ITAA – Ce message est confidentiel. S’il ne vous est pas "
            "destiné, merci de le supprimer et d’en avertir l’expéditeur.",
        ),
        tenant="9a8b7c6d5e4f40312a1b0c9d8e7f6a5b",
    ),
    "collard": Org("Collard & Mertens, Notaires associés", "notaires-collard.example"),
    "warnant": Org("Fonderie Warnant SA", "fonderie-warnant.example"),
    "ferlini": Org(
        "Studio Ferlini Commercialisti",
        "studioferlini.example",
        (),
        "",
        "",
        "",
        (
            "Studio Ferlini – Via Morigi 12, 20123 Milano – Le informazioni contenute in questo messaggio "
            "sono riservate.",
        ),
    ),
    "valesereno": Org("Quinta do Vale Sereno, Lda.", "valesereno.example", (B_PT,), "", "", ""),
    "lacroix": Org(
        "Lacroix Industrie SAS",
        "lacroix-industrie.example",
        (B_FR,),
        "[EXTERNE]",
        "fr",
        "eur02",
        tenant="1c2d3e4f5a6b47c8d9e0f1a2b3c4d5e6",
    ),
}


def firm_person(staff):
    return Person(staff.name, staff.email, staff.loc[:2], "cet", None, "be")
