"""The firm, its staff and its correspondents for blind16 (all invented).

A signature or disclaimer line may carry links as [[text|url]]; each client renders them its own way
(Outlook's plain alternative "text<url>", Gmail's "text <url>", HTML <a>).
"""

from dataclasses import dataclass, field


@dataclass
class Org:
    name: str
    domain: str
    banner: list[str] | None = None  # what this org's gateway puts on top of mail from outside
    banner_tag: str | None = None  # and in front of its subject
    banner_from: str | None = None  # the gateway rule's first day (None: always)
    footer: list[str] | None = None  # what this org's gateway appends under outgoing mail (after any history)


@dataclass
class Person:
    name: str
    email: str
    org: Org | None
    off: float  # UTC offset in hours, December to February
    sig: list[str] = field(default_factory=list)
    disc: list[str] = field(default_factory=list)
    display: str | None = None  # From display name when it is not the name ("Reinert, Sophie")
    loc: str = "en-GB"
    salutation: str = ""  # how an English mail merge greets this person
    sal_de: str = ""  # how a German mail merge greets this person

    @property
    def shown(self):
        return self.display or self.name


# --------------------------------------------------------------------------
# the firm
# --------------------------------------------------------------------------
FIRM_DOMAIN = "valcourt-ashby.com"
VA = Org(
    "Valcourt Ashby",
    FIRM_DOMAIN,
    banner=[
        "CAUTION: This email originated from outside Valcourt Ashby. Do not click links or open attachments unless you "
        "recognise the sender and know the content is safe."
    ],
    banner_tag="[EXTERNAL]",
    banner_from="2027-02-01",
)

VA_DISC = [
    "Valcourt Ashby Fund Services S.A. | 16, rue des Tanneurs-Verts | L-1845 Luxembourg | R.C.S. Luxembourg B 215 804",
    "This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, "
    "please notify the sender and delete it; any use, copying or disclosure is prohibited. Valcourt Ashby will never ask you "
    "to change payment instructions by e-mail.",
]
VA_DISC_UK = [
    "Valcourt Ashby Private Bank (UK) Limited | 31 Lothbury Yard, London EC2R 7HB | Registered in England and Wales No. 10482263",
    "This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, "
    "please notify the sender and delete it; any use, copying or disclosure is prohibited. Valcourt Ashby will never ask you "
    "to change payment instructions by e-mail.",
]
VA_DISC_DE = [
    "Valcourt Ashby Fund Services S.A., Zweigniederlassung Frankfurt am Main | Gallusanlage 29b | 60329 Frankfurt am Main",
    "Amtsgericht Frankfurt am Main HRB 118 442 | Sitz der Gesellschaft: Luxemburg, R.C.S. Luxembourg B 215 804",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den "
    "Absender und löschen Sie diese E-Mail. This e-mail contains confidential information; if you are not the intended "
    "recipient, please notify the sender and delete it.",
]
LOGO = "[cid:image001.png@01DD6B2E.4C1A7F30]"

SR = Person(
    "Sophie Reinert",
    "sophie.reinert@valcourt-ashby.com",
    VA,
    1,
    sig=[
        "Sophie Reinert",
        "Head of Client Onboarding",
        "Valcourt Ashby Fund Services S.A.",
        "T +352 26 48 71 20 | M +352 621 480 112",
        "[[www.valcourt-ashby.com|https://www.valcourt-ashby.com/]]",
    ],
    disc=VA_DISC,
    display="Reinert, Sophie",
    loc="en-GB",
)
MT = Person(
    "Marc Thill",
    "marc.thill@valcourt-ashby.com",
    VA,
    1,
    sig=[
        "Marc Thill",
        "Team Lead | Transfer Agency",
        "Valcourt Ashby Fund Services S.A.",
        "T +352 26 48 71 35",
        "[[ta.lux@valcourt-ashby.com|mailto:ta.lux@valcourt-ashby.com]]",
    ],
    disc=VA_DISC,
    display="Thill, Marc",
    loc="en-GB",
)
JW = Person(
    "James Whitcombe",
    "james.whitcombe@valcourt-ashby.com",
    VA,
    0,
    sig=[
        "James Whitcombe",
        "Director, Private Clients",
        "Valcourt Ashby Private Bank (UK) Limited",
        "T +44 20 7946 0418 | M +44 7700 900418",
    ],
    disc=VA_DISC_UK,
    display="Whitcombe, James",
    loc="en-GB",
)
PR = Person(
    "Priya Raman",
    "priya.raman@valcourt-ashby.com",
    VA,
    0,
    sig=[
        "Priya Raman",
        "KYC & Client Due Diligence",
        "Valcourt Ashby Private Bank (UK) Limited",
        "T +44 20 7946 0552",
    ],
    disc=VA_DISC_UK,
    display="Raman, Priya",
    loc="en-GB",
)
KV = Person(
    "Katharina Vogt",
    "katharina.vogt@valcourt-ashby.com",
    VA,
    1,
    sig=[
        "Katharina Vogt",
        "Fund Accounting | Senior Manager",
        "Valcourt Ashby Fund Services S.A., Zweigniederlassung Frankfurt am Main",
        "T +49 69 7593 1184",
    ],
    disc=VA_DISC_DE,
    display="Vogt, Katharina",
    loc="de-DE",
)
LB = Person(
    "Lukas Bernhardt",
    "lukas.bernhardt@valcourt-ashby.com",
    VA,
    1,
    sig=[
        "Lukas Bernhardt",
        "Private Banking | Director",
        "Valcourt Ashby Fund Services S.A., Zweigniederlassung Frankfurt am Main",
        "T +49 69 7593 1120 | M +49 151 4422 1120",
    ],
    disc=VA_DISC_DE,
    display="Bernhardt, Lukas",
    loc="de-DE",
)
EF = Person(
    "Elodie Faber",
    "elodie.faber@valcourt-ashby.com",
    VA,
    1,
    sig=[
        "Elodie Faber",
        "Depositary Oversight",
        "Valcourt Ashby Fund Services S.A.",
        "T +352 26 48 71 62",
    ],
    disc=VA_DISC,
    display="Faber, Elodie",
    loc="en-GB",
)
TA = Person(
    "Valcourt Ashby Transfer Agency",
    "ta.lux@valcourt-ashby.com",
    VA,
    1,
    sig=["Transfer Agency Luxembourg", "Valcourt Ashby Fund Services S.A."],
    disc=VA_DISC,
    loc="en-GB",
)
FIRM = (SR, MT, JW, PR, KV, LB, EF, TA)


def org(name, domain, **kw):
    return Org(name, domain, **kw)


# --------------------------------------------------------------------------
# correspondents' organisations
# --------------------------------------------------------------------------
BRIGHTWATER = org(
    "Brightwater Trust & Custody",
    "brightwater-custody.co.uk",
    banner=["EXTERNAL EMAIL: This message was sent from outside Brightwater. Think before you click."],
    banner_tag="[EXT]",
)
SCHELDT = org("Scheldt Securities Services NV", "scheldtsec.be")
NORDHAFEN = org(
    "Nordhafen Custody Bank AG",
    "nordhafen-custody.de",
    banner=[
        "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links und öffnen Sie keine "
        "Anhänge, wenn Sie den Absender nicht kennen."
    ],
    banner_tag="[EXTERN]",
)
THORNBURY = org("Thornbury Logistics plc", "thornbury-logistics.co.uk")
MAINUFER = org("Mainufer Invest GmbH", "mainufer-invest.de")
WESER = org("Weserbank Girozentrale", "weserbank.de")
CALDWELL = org("Caldwell Hurst Family Office", "caldwellhurst.co.uk")
OBERHAUSER = org("Oberhauser Family Office", "oberhauser-fo.de")
KESSLER = org("Kessler Uhlmann Treuhand GmbH", "kessler-uhlmann.de")
HARTWELL = org(
    "Hartwell Baines LLP",
    "hartwellbaines.com",
    footer=[
        "Hartwell Baines LLP is a limited liability partnership registered in England and Wales (number OC412775) with its "
        "registered office at 8 Fenwick Place, London EC4M 9AF. A list of members is available at that address.",
        "This email is confidential. If you have received it in error, please tell us by replying and then delete it.",
    ],
)
ASHCOMBE = org(
    "Ashcombe Prideaux LLP",
    "ashcombeprideaux.com",
    banner=["[External] This email came from outside Ashcombe Prideaux."],
)
MOLITOR = org("Molitor Hansen", "molitor-hansen.lu")
DEWOLF = org(
    "De Wolf Verhaeghe Advocaten",
    "dewolf-verhaeghe.be",
    footer=[
        "DISCLAIMER: Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde(n). "
        "Aan dit bericht kunnen geen rechten worden ontleend. / This message may contain confidential information and is "
        "intended solely for the addressee(s). No rights can be derived from this message.",
    ],
)
ZEELAND = org("Zeeland Offshore B.V.", "zeeland-offshore.nl")
VANDAALEN = org("Van Daalen Accountants", "vandaalen-accountants.nl")
RHEINFELD = org("Rheinfeld Maschinenbau GmbH", "rheinfeld-mb.de")
ELLERY = org("Ellery Registrars Limited", "ellery-registrars.co.uk")
ALMF = org("Luxembourg Fund Reporting Office", "fundreporting-office.lu")
HALDEN = org("Halden Park Capital", "haldenpark.vc")
MERIDIAN = org("Meridian Isle Bank", "meridian-isle.com")
KORNMARKT = org("Kornmarkt Vermögensverwaltung AG", "kornmarkt-vv.de")
ELBTAL = org("Elbtal Privatstiftung", "elbtal-stiftung.de")
LINDQVIST = org("Lindqvist Maritime AB", "lindqvist-maritime.se")
HUDSON = org("Hudson Wharf Custody Services", "hudsonwharf-custody.com")
VELDE = org("Huis ten Velde Family Office B.V.", "tenvelde-fo.nl")
ALDERGATE = org("Aldergate Wealth Partners", "aldergate-wealth.co.uk")
PIRNA = org("Pirna Textil GmbH", "pirna-textil.de")


# DE Pflichtangaben and disclaimers
NORDHAFEN_DISC = [
    "Nordhafen Custody Bank AG | Sitz der Gesellschaft: Frankfurt am Main | Registergericht: Amtsgericht Frankfurt am Main, "
    "HRB 99 214",
    "Vorstand: Dr. Matthias Kern (Vorsitzender), Sabine Lorenz, Frank Ostendorf | Vorsitzender des Aufsichtsrats: "
    "Prof. Dr. Reinhard Solms",
    "Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich "
    "erhalten haben, benachrichtigen Sie bitte sofort den Absender und löschen Sie die Nachricht. / This message is "
    "confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.",
]
MAINUFER_DISC = [
    "Mainufer Invest GmbH, Kapitalverwaltungsgesellschaft | Untermainkai 27, 60329 Frankfurt am Main",
    "Geschäftsführer: Andreas Pohl, Dr. Miriam Seidel | Amtsgericht Frankfurt am Main HRB 107 330",
]
KESSLER_DISC = [
    "Kessler Uhlmann Treuhand GmbH Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft",
    "Sitz: Düsseldorf | Amtsgericht Düsseldorf HRB 88 120 | Geschäftsführer: WP StB Dr. Jens Albrecht, WP Carola Brenner",
    "Der Inhalt dieser E-Mail ist vertraulich. Falls Sie nicht der vorgesehene Empfänger sind, dürfen Sie die E-Mail weder "
    "verwenden noch weiterleiten.",
]
BRIGHTWATER_DISC = [
    "Brightwater Trust & Custody Limited is authorised and regulated in the United Kingdom. Registered office: 4 Quayside "
    "Row, London E14 9QX. Registered in England No. 05512870.",
    "The information in this email is confidential and may be privileged. If you are not the intended recipient please "
    "notify the sender immediately; do not copy, forward or otherwise use its contents. Emails are not secure and may be "
    "monitored.",
]
SCHELDT_DISC = [
    "Scheldt Securities Services NV – Kattendijkdok-Westkaai 88, 2000 Antwerpen – RPR Antwerpen 0687.412.903",
    "Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. / This e-mail is confidential and "
    "intended solely for the addressee.",
]
ZEELAND_DISC = [
    "Zeeland Offshore B.V. | Havenweg 14, 4381 LK Vlissingen | KvK 71250884",
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht per abuis hebt ontvangen, wordt u verzocht "
    "het te verwijderen en de afzender te informeren. Aan dit bericht kunnen geen rechten worden ontleend.",
]
WESER_DISC = [
    "Weserbank Girozentrale – Anstalt des öffentlichen Rechts – Sitz Bremen – Amtsgericht Bremen HRA 31 004",
]
MOLITOR_DISC = [
    "Molitor Hansen | Avocats à la Cour | 5, rue Jean-Pierre Lanterne, L-1417 Luxembourg",
    "This message is confidential and may be covered by legal professional privilege. If you received it by mistake, "
    "please inform us and delete it. Thank you.",
]
VANDAALEN_DISC = [
    "Van Daalen Accountants N.V. is ingeschreven bij de Kamer van Koophandel onder nummer 60118234. Op al onze "
    "werkzaamheden zijn onze algemene voorwaarden van toepassing.",
]


def P(name, email, o, off, sig=(), disc=(), display=None, loc="en-GB", salutation="", sal_de=""):
    return Person(name, email, o, off, list(sig), list(disc), display, loc, salutation, sal_de)


# --------------------------------------------------------------------------
# correspondents
# --------------------------------------------------------------------------
OKAFOR = P(
    "Daniel Okafor",
    "daniel.okafor@brightwater-custody.co.uk",
    BRIGHTWATER,
    0,
    sig=[
        "Daniel Okafor",
        "Fund Services Operations – Dealing & Settlement",
        "Brightwater Trust & Custody",
        "D: +44 20 7946 0871",
        "[cid:image002.png@01DD6C41.0A9B2E10]",
    ],
    disc=BRIGHTWATER_DISC,
    display="Okafor, Daniel",
    salutation="Dear Daniel",
)
PATEL = P(
    "Sunita Patel",
    "sunita.patel@brightwater-custody.co.uk",
    BRIGHTWATER,
    0,
    sig=[
        "Sunita Patel",
        "Settlement Control – Fund Services",
        "Brightwater Trust & Custody",
        "D: +44 20 7946 0874",
        "[cid:image002.png@01DD6C41.0A9B2E10]",
    ],
    disc=BRIGHTWATER_DISC,
    display="Patel, Sunita",
)
CLAES = P(
    "Ruben Claes",
    "ruben.claes@scheldtsec.be",
    SCHELDT,
    1,
    sig=[
        "Ruben Claes",
        "Senior Officer Asset Servicing",
        "Scheldt Securities Services NV",
        "T +32 3 870 41 26",
    ],
    disc=SCHELDT_DISC,
    display="Claes Ruben",
    loc="nl-BE",
    salutation="Dear Ruben",
)
GALLAGHER = P(
    "Fiona Gallagher",
    "fiona.gallagher@thornbury-logistics.co.uk",
    THORNBURY,
    0,
    salutation="Dear Fiona",
)
WAGNER = P(
    "Henri Wagner",
    "h.wagner@pt.lu",
    None,
    1,
    sig=["-- ", "Henri Wagner", "Independent Director", "Bertrange, Luxembourg"],
    salutation="Dear Henri",
)
PEETERS = P(
    "An Peeters",
    "an.peeters@scheldtsec.be",
    SCHELDT,
    1,
    sig=["An Peeters", "Client Reporting", "Scheldt Securities Services NV"],
    disc=SCHELDT_DISC,
    display="Peeters An",
    loc="nl-BE",
    salutation="Dear An",
    sal_de="Sehr geehrte Frau Peeters",
)
POHL = P(
    "Andreas Pohl",
    "andreas.pohl@mainufer-invest.de",
    MAINUFER,
    1,
    sig=[
        "Andreas Pohl",
        "Geschäftsführer",
        "Mainufer Invest GmbH",
        "Untermainkai 27 | 60329 Frankfurt am Main",
        "Tel. +49 69 2475 3310",
        "[[www.mainufer-invest.de|https://www.mainufer-invest.de/]]",
    ],
    disc=MAINUFER_DISC,
    display="Pohl, Andreas",
    loc="de-DE",
    salutation="Dear Mr Pohl",
)
SCHUETTE = P(
    "Birte Schütte",
    "birte.schuette@weserbank.de",
    WESER,
    1,
    sig=[
        "Birte Schütte",
        "Depotbank / Custody Operations",
        "Weserbank Girozentrale",
        "Domshof 19, 28195 Bremen",
        "Tel.: +49 421 9630 2217",
    ],
    disc=WESER_DISC,
    loc="de-DE",
    salutation="Dear Ms Schütte",
)
ROSSI = P(
    "Matteo Rossi",
    "matteo.rossi@thornbury-logistics.co.uk",
    THORNBURY,
    0,
    sig=["Matteo Rossi", "Group Treasury Analyst", "Thornbury Logistics plc", "T: 0161 496 0735"],
    salutation="Dear Matteo",
)

# KYC merge
PRYCE = P(
    "Martin Pryce",
    "martin.pryce@caldwellhurst.co.uk",
    CALDWELL,
    0,
    sig=[
        "Martin Pryce",
        "Chief Operating Officer",
        "Caldwell Hurst Family Office",
        "12 Mount Rowe Street, London W1K 3HJ",
        "T +44 20 7946 0233",
        "___________________________________________",
        "Caldwell Hurst Family Office Limited is registered in England and Wales (No. 09127734). This email and any "
        "attachments are intended only for the addressee.",
    ],
    display="Martin Pryce",
    salutation="Dear Martin",
)
STANBRIDGE = P(
    "Oliver Stanbridge",
    "oliver.stanbridge@gmail.com",
    None,
    0,
    sig=["-- ", "Oliver Stanbridge", "+44 7700 900871"],
    salutation="Dear Mr Stanbridge",
)
LINDEMANN = P(
    "Gerhard Lindemann",
    "g.lindemann@gmx.de",
    None,
    1,
    loc="de-DE",
    salutation="Dear Mr Lindemann",
)
ASHWORTH = P(
    "Harriet Ashworth",
    "harriet.ashworth@thornbury-logistics.co.uk",
    THORNBURY,
    0,
    sig=[
        "Harriet Ashworth",
        "Company Secretary",
        "Thornbury Logistics plc",
        "Thornbury House, 2 Canal Wharf, Manchester M1 7ED",
        "t: 0161 496 0712",
    ],
    salutation="Dear Harriet",
)
KOVAC = P("Anton Kovač", "anton.kovac@icloud.com", None, 1, salutation="Dear Mr Kovač")
FAIRLIE = P(
    "Rosalind Fairlie",
    "rosalind.fairlie@aldergate-wealth.co.uk",
    ALDERGATE,
    0,
    salutation="Dear Mrs Fairlie",
)
HOLLOWAY = P("Peter Holloway", "pholloway1957@gmail.com", None, 0, salutation="Dear Mr Holloway")
BRANDSMA = P(
    "Wouter Brandsma",
    "wouter.brandsma@outlook.com",
    None,
    1,
    salutation="Dear Mr Brandsma",
)
HASLER = P("Claudia Hasler", "claudia.hasler@proton.me", None, 1, salutation="Dear Ms Hasler")
VERHOEVEN = P(
    "Maarten Verhoeven",
    "maarten.verhoeven@gmail.com",
    None,
    1,
    sig=["Maarten Verhoeven", "Utrecht"],
    salutation="Dear Mr Verhoeven",
)

# invitation merge (London)
ASHTON = P(
    "Charles Ashton",
    "charles.ashton@meridian-isle.com",
    MERIDIAN,
    0,
    sig=["Charles Ashton", "Managing Director | Meridian Isle Bank"],
    salutation="Dear Charles",
)
MORLEY = P("Gillian Morley", "gill.morley@btinternet.com", None, 0, salutation="Dear Gillian")
SORENSEN = P(
    "Nils Sørensen",
    "nils@haldenpark.vc",
    HALDEN,
    0,
    sig=["Nils Sørensen", "Partner — Halden Park Capital", "[[haldenpark.vc|https://haldenpark.vc/]]"],
    salutation="Dear Nils",
)
HARGREAVES = P(
    "Tom Hargreaves",
    "tom.hargreaves@aldergate-wealth.co.uk",
    ALDERGATE,
    0,
    sig=[
        "Tom Hargreaves",
        "Partner",
        "Aldergate Wealth Partners LLP",
        "T: 020 7946 0190",
        "----------------------------------------------------------------",
        "Aldergate Wealth Partners LLP is authorised and regulated in the UK. Registered in England and Wales OC398812.",
    ],
    display="Tom Hargreaves",
    salutation="Dear Tom",
)
HUGHES = P(
    "Julian Hughes",
    "julian.hughes@meridian-isle.com",
    MERIDIAN,
    0,
    sig=["Julian Hughes", "Head of Markets", "Meridian Isle Bank"],
    salutation="Dear Julian",
)
PEMBERTON = P("Alice Pemberton", "alice.pemberton@gmail.com", None, 0, salutation="Dear Alice")
WEIR = P(
    "Duncan Weir",
    "duncan.weir@icloud.com",
    None,
    0,
    sig=["Duncan Weir"],
    salutation="Dear Duncan",
)
FRANKE = P("Tobias Franke", "tobias.franke@kornmarkt-vv.de", KORNMARKT, 1, loc="de-DE", salutation="Dear Tobias")

# Jahresabschluss merge
ROTH = P(
    "Anja Roth",
    "anja.roth@nordhafen-custody.de",
    NORDHAFEN,
    1,
    sig=[
        "Anja Roth",
        "Client Service Custody | Fondsdepotbank",
        "Nordhafen Custody Bank AG",
        "Mainzer Landstraße 211 | 60326 Frankfurt am Main",
        "Telefon +49 69 2108 4417",
        "[[anja.roth@nordhafen-custody.de|mailto:anja.roth@nordhafen-custody.de]]",
    ],
    disc=NORDHAFEN_DISC,
    display="Roth, Anja",
    loc="de-DE",
    sal_de="Sehr geehrte Frau Roth",
)
ALBRECHT = P(
    "Jens Albrecht",
    "jens.albrecht@kessler-uhlmann.de",
    KESSLER,
    1,
    sig=[
        "Mit freundlichen Grüßen",
        "",
        "Dr. Jens Albrecht",
        "Wirtschaftsprüfer | Steuerberater",
        "Kessler Uhlmann Treuhand GmbH",
        "Königsallee 61 | 40212 Düsseldorf",
        "Tel. +49 211 5380 2201",
    ],
    disc=KESSLER_DISC,
    display="Jens Albrecht",
    loc="de-DE",
    sal_de="Sehr geehrter Herr Dr. Albrecht",
)
MERTENS = P(
    "Uwe Mertens",
    "uwe.mertens@weserbank.de",
    WESER,
    1,
    sig=[
        "Mit freundlichen Grüßen",
        "Uwe Mertens",
        "",
        "Weserbank Girozentrale",
        "Verwahrstelle / Depotbankkontrolle",
        "Telefon: 0421 9630-2240",
    ],
    disc=WESER_DISC,
    loc="de-DE",
    sal_de="Sehr geehrter Herr Mertens",
)
STEIN = P(
    "Clara Stein",
    "clara.stein@oberhauser-fo.de",
    OBERHAUSER,
    1,
    sig=[
        "-- ",
        "Clara Stein",
        "Investment Controlling",
        "Oberhauser Family Office GmbH | Maximilianstraße 38 | 80539 München",
        "[image: Oberhauser Family Office]",
    ],
    loc="de-DE",
    sal_de="Sehr geehrte Frau Stein",
)
KRAUSE = P(
    "Michael Krause",
    "michael.krause@kornmarkt-vv.de",
    KORNMARKT,
    1,
    sig=[
        "Michael Krause",
        "Leiter Fondsbuchhaltung",
        "Kornmarkt Vermögensverwaltung AG",
        "Kornmarkt 6 | 60311 Frankfurt am Main",
    ],
    display="Krause, Michael",
    loc="de-DE",
    salutation="Dear Mr Krause",
    sal_de="Sehr geehrter Herr Krause",
)

# Neujahrsempfang merge (Frankfurt)
OBERHAUSER_F = P(
    "Friederike Oberhauser",
    "f.oberhauser@oberhauser-fo.de",
    OBERHAUSER,
    1,
    loc="de-DE",
    sal_de="Liebe Frau Dr. Oberhauser",
)
ZIEGLER = P(
    "Ralf Ziegler",
    "ralf.ziegler@pirna-textil.de",
    PIRNA,
    1,
    sig=["Ralf Ziegler", "Geschäftsführender Gesellschafter", "Pirna Textil GmbH"],
    display="Ziegler, Ralf",
    loc="de-DE",
    sal_de="Sehr geehrter Herr Ziegler",
)
WINTER = P(
    "Hannelore Winter",
    "h.winter@elbtal-stiftung.de",
    ELBTAL,
    1,
    sig=[
        "Hannelore Winter",
        "Vorstand",
        "Elbtal Privatstiftung",
        "Schillerplatz 4 · 01309 Dresden",
    ],
    loc="de-DE",
    salutation="Dear Ms Winter",
    sal_de="Sehr geehrte Frau Winter",
)
BECKMANN = P("Jürgen Beckmann", "juergen.beckmann@web.de", None, 1, loc="de-DE", sal_de="Lieber Herr Beckmann")
HEILMANN = P(
    "Sabine Heilmann",
    "sabine.heilmann@kornmarkt-vv.de",
    KORNMARKT,
    1,
    sig=[
        "Dr. Sabine Heilmann",
        "Vorstand",
        "Kornmarkt Vermögensverwaltung AG",
        "Kornmarkt 6 | 60311 Frankfurt am Main",
        "Telefon +49 69 8850 2600",
    ],
    loc="de-DE",
    salutation="Dear Dr Heilmann",
    sal_de="Sehr geehrte Frau Dr. Heilmann",
)

# individual threads
MENSAH = P(
    "Grace Mensah",
    "grace.mensah@hartwellbaines.com",
    HARTWELL,
    0,
    sig=[
        "Grace Mensah",
        "Senior Manager | Asset Management Assurance",
        "Hartwell Baines LLP",
        "8 Fenwick Place, London EC4M 9AF",
        "M: +44 7700 900562",
        "[[hartwellbaines.com|https://www.hartwellbaines.com/]]",
    ],
    display="Grace Mensah",
)
DRUMMOND = P(
    "Alistair Drummond",
    "alistair.drummond@ashcombeprideaux.com",
    ASHCOMBE,
    0,
    sig=[
        "Alistair Drummond",
        "Partner – Funds & Investment Management",
        "Ashcombe Prideaux LLP",
        "D +44 20 7946 0307",
    ],
    disc=[
        "Ashcombe Prideaux LLP is a limited liability partnership registered in England and Wales (OC339087) and is "
        "authorised and regulated by the Solicitors Regulation Authority. This email may contain privileged information.",
    ],
    display="Drummond, Alistair",
)
HANSEN = P(
    "Laure Hansen",
    "laure.hansen@molitor-hansen.lu",
    MOLITOR,
    1,
    sig=["Laure Hansen", "Partner", "Molitor Hansen", "T +352 26 20 44 11"],
    disc=MOLITOR_DISC,
    display="Laure Hansen",
)
BRANDT = P(
    "Heinrich Brandt",
    "heinrich.brandt@rheinfeld-mb.de",
    RHEINFELD,
    1,
    sig=[
        "Heinrich Brandt",
        "Kaufmännischer Geschäftsführer (CFO)",
        "Rheinfeld Maschinenbau GmbH",
        "Industriestraße 12 | 41460 Neuss",
    ],
    display="Brandt, Heinrich",
    loc="de-DE",
)
KAYA = P(
    "Selin Kaya",
    "selin.kaya@rheinfeld-mb.de",
    RHEINFELD,
    1,
    sig=[
        "Selin Kaya",
        "Treasury",
        "Rheinfeld Maschinenbau GmbH",
        "Industriestraße 12 | 41460 Neuss",
        "Tel. +49 2131 7734 215",
        "Rheinfeld Maschinenbau GmbH | Sitz: Neuss | Amtsgericht Neuss HRB 20 918 | Geschäftsführer: Dr. Klaus Rheinfeld, "
        "Heinrich Brandt",
    ],
    display="Kaya, Selin",
    loc="de-DE",
)
VDMEER = P(
    "Joost van der Meer",
    "j.vandermeer@zeeland-offshore.nl",
    ZEELAND,
    1,
    sig=["Joost van der Meer", "CFO", "Zeeland Offshore B.V.", "+31 118 75 4020"],
    disc=ZEELAND_DISC,
    display="Joost van der Meer",
    loc="nl-NL",
    salutation="Dear Joost",
)
DEWIT = P(
    "Eline de Wit",
    "e.dewit@vandaalen-accountants.nl",
    VANDAALEN,
    1,
    sig=["Eline de Wit RA", "Director Audit Financial Services", "Van Daalen Accountants N.V."],
    disc=VANDAALEN_DISC,
    loc="nl-NL",
)
VERHAEGHE = P(
    "Pieter Verhaeghe",
    "pieter.verhaeghe@dewolf-verhaeghe.be",
    DEWOLF,
    1,
    sig=[
        "Pieter Verhaeghe",
        "Advocaat – Vennoot / Partner",
        "De Wolf Verhaeghe Advocaten",
        "Frankrijklei 96, 2000 Antwerpen",
        "T +32 3 216 80 40",
    ],
    display="Pieter Verhaeghe",
    loc="nl-BE",
)
OSEI = P(
    "Rachel Osei",
    "clientservices@ellery-registrars.co.uk",
    ELLERY,
    0,
    sig=["Kind regards,", "Rachel Osei", "Client Services | Ellery Registrars Limited"],
)
LINDQVIST_M = P(
    "Maja Lindqvist",
    "maja.lindqvist@lindqvist-maritime.se",
    LINDQVIST,
    1,
    sig=["Maja Lindqvist", "Group CFO", "Lindqvist Maritime AB"],
)
REYES = P(
    "Daniel Reyes",
    "dreyes@hudsonwharf-custody.com",
    HUDSON,
    -5,
    sig=[
        "Daniel Reyes",
        "VP, Global Custody Client Service",
        "Hudson Wharf Custody Services",
        "+1 212 555 0148",
    ],
    disc=[
        "This communication is confidential and may be privileged. Hudson Wharf Custody Services does not accept "
        "instructions by e-mail. If you are not the intended recipient, delete this message.",
    ],
    display="Reyes, Daniel",
    loc="en-US",
)
TENVELDE = P(
    "Sanne ten Velde",
    "sanne@tenvelde-fo.nl",
    VELDE,
    1,
    sig=["Sanne ten Velde", "Huis ten Velde Family Office", "Lange Voorhout 41, Den Haag"],
    loc="nl-NL",
    salutation="Dear Sanne",
)
FERREIRA = P(
    "Rita Ferreira",
    "rita.ferreira@meridian-isle.com",
    MERIDIAN,
    0,
    sig=["Rita Ferreira", "Head of Fund Administration Oversight", "Meridian Isle Bank"],
)
