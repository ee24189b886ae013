"""The senders of the signature evaluation set: invented people and firms (any likeness is chance).

Each person carries what their signature may show; phone numbers are in the ranges the numbering plans reserve
for fiction where they exist (Ofcom's 020 7946 0xxx / 07700 900xxx are not valid to `phonenumbers`, so UK numbers
here use ordinary-looking valid ranges) and each phone's type is written here by hand, not computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    first: str
    last: str
    title: str
    company: str  # as the signature writes it (legal form included when it shows one)
    domain: str
    lang: str
    region: str = "FR"
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # (as written, E.164, type)
    address: list[str] = field(default_factory=list)  # the address lines as written
    linkedin: str | None = None
    website: str | None = None
    email: str | None = None  # address shown in the signature; None: the sender's address is not repeated
    free_mail: bool = False

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def sender(self) -> str:
        local = f"{self.first}.{self.last}".lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("ç", "c")
        local = local.replace("ï", "i").replace("ô", "o").replace("'", "").replace("ë", "e").replace("ü", "u")
        return f"{local}@{self.domain}"


def P(written: str, e164: str, kind: str) -> tuple[str, str, str]:
    return (written, e164, kind)


FR_PEOPLE = [
    Person("Jean-Pierre", "Dubois", "Directeur commercial", "ACME Conseil SAS", "acme-conseil.fr", "fr",
           phones=[P("+33 (0)1 44 55 66 77", "+33144556677", "landline"), P("06 12 34 56 78", "+33612345678", "mobile"),
                   P("01 44 55 66 78", "+33144556678", "fax")],
           address=["12, rue de la Paix", "75002 Paris"], website="www.acme-conseil.fr",
           linkedin="https://www.linkedin.com/in/jpdubois"),
    Person("Sophie", "Lefèvre", "Conseillère en gestion de patrimoine", "Patrimoine & Avenir SARL", "patrimoine-avenir.fr", "fr",
           phones=[P("04 78 12 34 56", "+33478123456", "landline"), P("07 81 22 33 44", "+33781223344", "mobile")],
           address=["45 bis, avenue Jean Jaurès", "69007 Lyon"], website="https://www.patrimoine-avenir.fr"),
    Person("Marc", "Girard", "Associé", "Girard & Roux Avocats", "girard-roux-avocats.fr", "fr",
           phones=[P("01.53.45.67.89", "+33153456789", "landline"), P("01.53.45.67.90", "+33153456790", "fax")],
           address=["8, place Vendôme", "75001 Paris"], website="www.girard-roux-avocats.fr"),
    Person("Nathalie", "Roussel", "Responsable des achats", "Transports Roussel SA", "transports-roussel.fr", "fr",
           phones=[P("+33 2 40 12 34 56", "+33240123456", "landline"), P("+33 6 72 11 22 33", "+33672112233", "mobile")],
           address=["ZI de la Chauvinière", "3, rue du Bois Briand", "BP 12345", "44323 Nantes Cedex 3"]),
    Person("Thomas", "Moreau", "Chef de projet digital", "Nova Web Studio", "novaweb.fr", "fr",
           phones=[P("06 45 67 89 01", "+33645678901", "mobile")], website="novaweb.fr",
           linkedin="linkedin.com/in/thomas-moreau-42"),
    Person("Isabelle", "Fontaine", "Directrice administrative et financière", "Fontaine Industries SAS", "fontaine-industries.com", "fr",
           phones=[P("03 88 22 33 44", "+33388223344", "landline"), P("06 98 76 54 32", "+33698765432", "mobile")],
           address=["Parc d'activités du Rhin", "17 rue de l'Industrie", "67100 Strasbourg"], website="www.fontaine-industries.com"),
    Person("Karim", "Benali", "Courtier en assurances", "Benali Courtage SASU", "benali-courtage.fr", "fr",
           phones=[P("09 70 12 34 56", "+33970123456", "landline"), P("07 66 55 44 33", "+33766554433", "mobile")],
           address=["27, boulevard Haussmann", "75009 Paris"]),
    Person("Élodie", "Marchand", "Chargée de clientèle", "Banque Populaire Rives de Paris", "bp-rivesparis.fr", "fr",
           phones=[P("01 40 12 34 56", "+33140123456", "landline")],
           address=["Tour Montparnasse", "33, avenue du Maine", "75015 Paris"]),
    Person("Philippe", "Lambert", "Gérant", "Lambert Immobilier EURL", "lambert-immo.fr", "fr",
           phones=[P("05 56 78 90 12", "+33556789012", "landline"), P("06 11 22 33 44", "+33611223344", "mobile")],
           address=["3 cours de l'Intendance", "33000 Bordeaux"], website="www.lambert-immo.fr"),
    Person("Camille", "Petit", "Responsable marketing", "Maison Petit", "maisonpetit.fr", "fr",
           phones=[P("+33 6 33 44 55 66", "+33633445566", "mobile")], website="www.maisonpetit.fr",
           linkedin="https://fr.linkedin.com/in/camillepetit"),
    Person("François", "Garnier", "Expert-comptable associé", "Cabinet Garnier & Associés", "garnier-associes.fr", "fr",
           phones=[P("02 99 30 40 50", "+33299304050", "landline"), P("02 99 30 40 51", "+33299304051", "fax")],
           address=["14 quai Duguay-Trouin", "35000 Rennes"]),
    Person("Aurélie", "Chevalier", "Office manager", "Studio Lumen", "studiolumen.fr", "fr",
           phones=[P("01 42 00 11 22", "+33142001122", "landline")], address=["22 rue des Martyrs", "75009 Paris"]),
    Person("Julien", "Mercier", "Ingénieur d'affaires", "Mercier Systèmes SA", "mercier-systemes.com", "fr",
           phones=[P("+33 4 91 23 45 67", "+33491234567", "landline"), P("+33 7 52 41 30 20", "+33752413020", "mobile")],
           address=["Les Docks – Atrium 10.4", "10, place de la Joliette", "13002 Marseille"],
           linkedin="https://www.linkedin.com/in/julien-mercier-ms"),
    Person("Hélène", "Blanc", "Notaire", "Office notarial Blanc & Perrin", "notaires-blanc-perrin.fr", "fr",
           phones=[P("03 80 45 67 89", "+33380456789", "landline")], address=["6 rue de la Liberté", "21000 Dijon"],
           website="blanc-perrin.notaires.fr"),
    Person("Nicolas", "Faure", "Président", "Faure Capital SAS", "faurecapital.fr", "fr",
           phones=[P("+33 1 70 38 25 00", "+33170382500", "landline"), P("+33 6 07 08 09 10", "+33607080910", "mobile")],
           address=["1, place des Saisons", "92400 Courbevoie"], website="www.faurecapital.fr",
           linkedin="https://www.linkedin.com/in/nicolasfaure"),
    Person("Laure", "Dumont", "Consultante senior", "Dumont Conseil", "dumontconseil.fr", "fr",
           phones=[P("06 20 30 40 50", "+33620304050", "mobile")], free_mail=False),
    Person("Antoine", "Rey", "Directeur d'agence", "Crédit Mutuel Grenoble Centre", "creditmutuel-grenoble.fr", "fr",
           phones=[P("04 76 11 22 33", "+33476112233", "landline"), P("04 76 11 22 34", "+33476112234", "fax")],
           address=["5 place Victor Hugo", "38000 Grenoble"]),
    Person("Claire-Marie", "Vasseur", "Juriste", "Vasseur Legal SELARL", "vasseur-legal.fr", "fr",
           phones=[P("03 20 55 66 77", "+33320556677", "landline")], address=["40 rue Nationale", "59800 Lille"],
           website="www.vasseur-legal.fr"),
    # Belgium and Switzerland, written by French speakers
    Person("Luc", "Peeters", "Account manager", "Brabant Solutions SPRL", "brabant-solutions.be", "fr", region="BE",
           phones=[P("+32 2 511 23 45", "+3225112345", "landline"), P("+32 475 12 34 56", "+32475123456", "mobile")],
           address=["Avenue Louise 149", "1050 Bruxelles", "Belgique"], website="www.brabant-solutions.be"),
    Person("Valérie", "Favre", "Gestionnaire de fortune", "Favre & Cie Sàrl", "favre-cie.ch", "fr", region="CH",
           phones=[P("+41 22 730 11 11", "+41227301111", "landline"), P("+41 79 123 45 67", "+41791234567", "mobile")],
           address=["Rue du Rhône 42", "1204 Genève", "Suisse"]),
    # free mail: no company domain
    Person("Didier", "Lemoine", "Artisan ébéniste", "Lemoine Création", "gmail.com", "fr",
           phones=[P("06 50 60 70 80", "+33650607080", "mobile")], address=["La Grange", "12 chemin des Vignes", "84000 Avignon"],
           free_mail=True),
]

EN_PEOPLE = [
    Person("Tom", "Baker", "Head of Sales", "Northwind Ltd", "northwind.co.uk", "en", region="GB",
           phones=[P("+44 20 7946 0958", "+442079460958", "landline"), P("+44 7911 123456", "+447911123456", "mobile")],
           address=["25 Old Broad Street", "London EC2N 1HQ"], website="www.northwind.co.uk",
           linkedin="https://www.linkedin.com/in/tombaker"),
    Person("Emily", "Carter", "Senior Wealth Manager", "Carter & Hale Wealth LLP", "carterhale.com", "en", region="GB",
           phones=[P("0161 496 0123", "+441614960123", "landline"), P("07700 123456", "+447700123456", "mobile")],
           address=["3 Hardman Street", "Manchester M3 3HF"], website="carterhale.com"),
    Person("Michael", "Chen", "VP, Business Development", "Brightline Analytics, Inc.", "brightline.io", "en", region="US",
           phones=[P("(415) 555-2671", "+14155552671", "landline"), P("+1 415 555 2672", "+14155552672", "mobile")],
           address=["500 Howard Street, Suite 300", "San Francisco, CA 94105"], website="https://brightline.io",
           linkedin="linkedin.com/in/michaelchen-bd"),
    Person("Sarah", "O'Neill", "Chief Financial Officer", "Keystone Partners Inc.", "keystonepartners.com", "en", region="US",
           phones=[P("212-736-3100", "+12127363100", "landline"), P("212-736-3101", "+12127363101", "fax")],
           address=["350 Fifth Avenue, 59th Floor", "New York, NY 10118"], website="www.keystonepartners.com"),
    Person("James", "Whitfield", "Partner", "Whitfield Morgan LLP", "whitfieldmorgan.co.uk", "en", region="GB",
           phones=[P("+44 (0)20 7123 4567", "+442071234567", "landline"), P("+44 (0)7834 567890", "+447834567890", "mobile")],
           address=["1 Canada Square", "London E14 5AB"], linkedin="https://uk.linkedin.com/in/jameswhitfield"),
    Person("Olivia", "Grant", "Marketing Director", "Grant Creative Group", "grantcreative.com", "en", region="US",
           phones=[P("+1 (312) 555-0147", "+13125550147", "mobile")], website="grantcreative.com"),
    Person("Daniel", "Hughes", "Senior Software Engineer", "Cobalt Systems GmbH", "cobalt-systems.de", "en", region="DE",
           phones=[P("+49 30 1234567", "+49301234567", "landline"), P("+49 151 23456789", "+4915123456789", "mobile")],
           address=["Friedrichstraße 123", "10117 Berlin", "Germany"]),
    Person("Rachel", "Adams", "Operations Manager", "Harbour Logistics Ltd", "harbourlogistics.co.uk", "en", region="GB",
           phones=[P("0117 496 0555", "+441174960555", "landline"), P("07912 345678", "+447912345678", "mobile"),
                   P("0117 496 0556", "+441174960556", "fax")],
           address=["Unit 4, Avonmouth Way", "Bristol BS11 9YA"], website="www.harbourlogistics.co.uk"),
    Person("Ben", "Sullivan", "Founder & CEO", "Fernleaf", "fernleaf.app", "en", region="US",
           phones=[P("+1 646 555 3890", "+16465553890", "mobile")], website="fernleaf.app",
           linkedin="https://www.linkedin.com/in/bensullivan"),
    Person("Priya", "Patel", "Associate Director, Investments", "Meridian Capital Advisors LLC", "meridiancap.com", "en", region="US",
           phones=[P("617.555.0190", "+16175550190", "landline"), P("617.555.0191", "+16175550191", "mobile")],
           address=["200 Clarendon Street", "Boston, MA 02116"]),
    Person("George", "Mitchell", "Financial Adviser", "Mitchell Wealth Ltd", "mitchellwealth.co.uk", "en", region="GB",
           phones=[P("01223 456789", "+441223456789", "landline")], address=["14 Regent Street", "Cambridge CB2 1DB"],
           website="www.mitchellwealth.co.uk"),
    Person("Hannah", "Brooks", "Recruitment Consultant", "Talentbridge", "talentbridge.co.uk", "en", region="GB",
           phones=[P("07456 789012", "+447456789012", "mobile")], linkedin="linkedin.com/in/hannahbrooks-tb"),
    Person("Lucas", "Janssens", "Key Account Manager", "Flandria Foods NV", "flandriafoods.be", "en", region="BE",
           phones=[P("+32 3 234 56 78", "+3232345678", "landline"), P("+32 498 76 54 32", "+32498765432", "mobile")],
           address=["Meir 50", "2000 Antwerp", "Belgium"], website="www.flandriafoods.be"),
    Person("Anna", "Keller", "Head of Compliance", "Alpenbank AG", "alpenbank.ch", "en", region="CH",
           phones=[P("+41 44 123 45 67", "+41441234567", "landline")], address=["Bahnhofstrasse 10", "8001 Zurich", "Switzerland"]),
    Person("Chris", "Walker", "Project Manager", "Walker Build Ltd", "walkerbuild.co.uk", "en", region="GB",
           phones=[P("0113 496 0000", "+441134960000", "landline"), P("07723 456789", "+447723456789", "mobile")],
           address=["Prospect House", "32 Sovereign Street", "Leeds LS1 4BJ"]),
    Person("Megan", "Foster", "Executive Assistant to the CEO", "Atlas Ventures", "atlasventures.com", "en", region="US",
           phones=[P("(617) 555-0123", "+16175550123", "landline")], website="atlasventures.com"),
    Person("Ryan", "Cooper", "Director of Sales, EMEA", "Quantix Software Ltd.", "quantix.com", "en", region="GB",
           phones=[P("+44 20 3318 4000", "+442033184000", "landline"), P("+44 7700 123789", "+447700123789", "mobile")],
           address=["Level 12, 1 Angel Court", "London EC2R 7HJ"], website="www.quantix.com",
           linkedin="https://www.linkedin.com/in/ryancooper-quantix"),
    Person("Laura", "Bennett", "Solicitor", "Bennett & Clarke Solicitors", "bennettclarke.co.uk", "en", region="GB",
           phones=[P("020 7946 1234", "+442079461234", "landline")], address=["9 Bedford Row", "London WC1R 4BZ"]),
    Person("Kevin", "Murphy", "Sales Representative", "Murphy Supplies", "outlook.com", "en", region="US",
           phones=[P("+1 503 555 0182", "+15035550182", "mobile")], free_mail=True),
]
