"""People of blind14: Quillan Birch Advisory (London and Dublin, invented) and its clients and correspondents.

All people, firms and company domains are invented. Telephone numbers use ranges set aside for drama where they
exist (UK 020 7946 0xxx and 07700 900xxx, Australia 0491 570 xxx, North America 555-01xx).
"""

from clients14 import Person

FIRM_DOMAIN = "quillanbirch.com"

FIRM_DISCLAIMER = [
    "Quillan Birch Advisory LLP is a limited liability partnership registered in England and Wales (OC431907), "
    "registered office 18 Lovat Lane, London EC3R 8DT. Quillan Birch Advisory (Ireland) Limited is registered in "
    "Ireland (No. 704113), Block C, Grand Canal Quay, Dublin 2, D02 X576.",
    "This email and any attachments are confidential and may be privileged. If you have received it in error, "
    "please tell the sender and delete it. We will never change our bank details by email.",
]


def firm(key, name, title, office, phone, mobile, loc="en-GB"):
    addr = "18 Lovat Lane, London EC3R 8DT" if office == "London" else "Block C, Grand Canal Quay, Dublin 2, D02 X576"
    return Person(
        key,
        name,
        f"{name.lower().replace('á', 'a').replace('é', 'e').replace('ń', 'n').replace(' ', '.')}@{FIRM_DOMAIN}",
        loc,
        0,
        sig=[
            name,
            title,
            "Quillan Birch Advisory",
            addr,
            f"T: {phone} | M: {mobile}",
            "{a:quillanbirch.com|https://www.quillanbirch.com/}",
            "{img:image001.png|Quillan Birch Advisory}",
        ],
        org="Quillan Birch Advisory",
        disclaimer=FIRM_DISCLAIMER,
        mx="mail-lo2gbr01lp2104.outbound.protection.outlook.com",
    )


P = {}


def add(p):
    P[p.key] = p
    return p


# ------------------------------------------------------------------------------------------------ the firm
add(firm("tom", "Tom Aldous", "Director, Transaction Services", "London", "+44 20 7946 0417", "+44 7700 900318"))
add(firm("niamh", "Niamh Gallagher", "Partner", "Dublin", "+353 1 906 0233", "+353 87 900 4410", loc="en-IE"))
add(firm("priya", "Priya Raman", "Senior Associate, Tax", "London", "+44 20 7946 0592", "+44 7700 900741"))
add(firm("ciaran", "Ciarán Doyle", "Tax Manager", "Dublin", "+353 1 906 0218", "+353 86 900 7731", loc="en-IE"))
add(firm("hannah", "Hannah Whitcombe", "Client Services Executive", "London", "+44 20 7946 0105", "+44 7700 900122"))
add(
    firm(
        "elodie",
        "Élodie Marchal",
        "Manager, Benelux & Switzerland desk",
        "London",
        "+44 20 7946 0688",
        "+44 7700 900565",
    )
)
add(
    firm(
        "marta",
        "Marta Zielińska",
        "Senior Consultant, CEE desk",
        "Dublin",
        "+353 1 906 0261",
        "+353 83 900 1187",
        loc="en-IE",
    )
)
add(firm("rui", "Rui Sequeira", "Manager, Iberia desk", "Dublin", "+353 1 906 0274", "+353 85 900 6620", loc="en-IE"))
add(firm("sofia", "Sofia Ekström", "Associate, Nordics", "London", "+44 20 7946 0731", "+44 7700 900903"))
P["elodie"].email = "elodie.marchal@" + FIRM_DOMAIN
P["marta"].email = "marta.zielinska@" + FIRM_DOMAIN
P["ciaran"].email = "ciaran.doyle@" + FIRM_DOMAIN
P["sofia"].email = "sofia.ekstrom@" + FIRM_DOMAIN

# ------------------------------------------------------------------------------------------------ UK
BRINDLE_DISC = [
    "Brindle Foods Ltd | Registered in England No. 04417729 | Unit 4, Thorpe Park Way, Leeds LS15 8ZB",
]
add(
    Person(
        "gareth",
        "Gareth Pryce",
        "gareth.pryce@brindlefoods.co.uk",
        "en-GB",
        0,
        sig=[
            "Gareth Pryce | Finance Director",
            "Brindle Foods Ltd",
            "Unit 4, Thorpe Park Way, Leeds LS15 8ZB",
            "Tel: 0113 496 0721 | Mob: 07700 900874",
            "{a:www.brindlefoods.co.uk|http://www.brindlefoods.co.uk/}",
            "{img:image002.png|Brindle Foods - Good food, honestly made}",
        ],
        disclaimer=BRINDLE_DISC,
        mx="eu-smtp-delivery-151.mimecast.com",
    )
)
add(
    Person(
        "sophie",
        "Sophie Marsh",
        "sophie.marsh@brindlefoods.co.uk",
        "en-GB",
        0,
        sig=["Sophie Marsh", "Financial Controller", "Brindle Foods Ltd", "Tel: 0113 496 0733"],
        mx="eu-smtp-delivery-151.mimecast.com",
    )
)
add(
    Person(
        "dave",
        "Dave Kettlewell",
        "dave.kettlewell@brindlefoods.co.uk",
        "en-GB",
        0,
        mx="eu-smtp-delivery-151.mimecast.com",
    )
)
MT_DISC = [
    "Marsh & Tolley LLP is a limited liability partnership registered in England and Wales (OC338201) and is "
    "authorised and regulated by the Solicitors Regulation Authority (SRA No. 612004). A list of members is available "
    "at our registered office, 9 Queen Square, Bristol BS1 4JE.",
    "CYBER CRIME WARNING: our bank details will not change during a transaction. Always telephone us on a number you "
    "know before sending money.",
]
add(
    Person(
        "fiona",
        "Fiona Tolley",
        "f.tolley@marshtolley.co.uk",
        "en-GB",
        0,
        sig=[
            "Fiona Tolley",
            "Partner, Corporate",
            "Marsh & Tolley LLP",
            "9 Queen Square, Bristol BS1 4JE",
            "DDI: 0117 496 0385",
        ],
        disclaimer=MT_DISC,
    )
)
add(
    Person(
        "oliver",
        "Oliver Grant",
        "o.grant@marshtolley.co.uk",
        "en-GB",
        0,
        sig=["Oliver Grant", "Trainee Solicitor | Marsh & Tolley LLP", "DDI: 0117 496 0390"],
    )
)
add(
    Person(
        "keith",
        "Keith Dobson",
        "Keith.Dobson@nghomes.org.uk",
        "en-GB",
        0,
        sig=["Keith Dobson", "Pensions & Payroll Officer", "Northgate Homes Group", "Tel: 0191 498 0642"],
        mx="gwia.nghomes.org.uk",
    )
)
add(
    Person(
        "natalie",
        "Natalie Crane",
        "natalie.crane@hollis-crane.co.uk",
        "en-GB",
        0,
        sig=["Natalie Crane", "Account Director", "Hollis & Crane Insurance Brokers Ltd", "0161 496 0550"],
    )
)

# ------------------------------------------------------------------------------------------------ Ireland
add(
    Person(
        "siobhan",
        "Siobhán Keane",
        "siobhan.keane@corriblogistics.ie",
        "en-IE",
        0,
        sig=[
            "Siobhán Keane",
            "Head of Finance",
            "Corrib Logistics Ltd",
            "Parkmore West, Galway H91 T2X8",
            "T: +353 91 900 318",
        ],
        sig_sep=True,
    )
)
add(Person("declan", "Declan Moran", "declan.moran@corriblogistics.ie", "en-IE", 0))
add(Person("padraig", "Pádraig Murphy", "padraigmurphy58@yahoo.ie", "en-IE", 0, zone="GMT"))
add(
    Person(
        "eileen",
        "Eileen Fahy",
        "eileen.fahy@ballymoredairies.ie",
        "en-IE",
        0,
        sig=[
            "Eileen Fahy",
            "Company Secretary",
            "Ballymore Dairies Co-operative Society Ltd",
            "Mitchelstown, Co. Cork",
        ],
    )
)
add(
    Person(
        "ger", "Ger O'Sullivan", "support@paynest.ie", "en-IE", 0, sig=["Ger O'Sullivan", "PayNest Customer Success"]
    )
)

# ------------------------------------------------------------------------------------------------ US / Canada
add(
    Person(
        "mark",
        "Mark Delaney",
        "mdelaney@pinehollowcap.com",
        "en-US",
        -5,
        sig=[
            "Mark Delaney",
            "Principal | Pine Hollow Capital",
            "100 Federal Street, 31st Floor, Boston, MA 02110",
            "o: 617-555-0142 | m: 617-555-0187",
        ],
        mx="mx0b-00218301.pphosted.com",
    )
)
add(
    Person(
        "rachel",
        "Rachel Sato",
        "rsato@pinehollowcap.com",
        "en-US",
        -5,
        sig=["Rachel Sato", "Vice President", "Pine Hollow Capital"],
        mx="mx0b-00218301.pphosted.com",
    )
)
add(
    Person(
        "evan",
        "Evan Brooks",
        "deals@pinehollowcap.com",
        "en-US",
        -5,
        sig=["Evan Brooks", "Deal Operations, Pine Hollow Capital"],
        mx="mx0b-00218301.pphosted.com",
    )
)
add(
    Person(
        "jordan",
        "Jordan Whitley",
        "jordan@tessaract.io",
        "en-US",
        -6,
        sig=["Jordan Whitley", "Controller, Tessaract Robotics", "{a:tessaract.io|https://tessaract.io}"],
        sig_sep=True,
    )
)
add(
    Person(
        "sam",
        "Sam Okafor",
        "sam.okafor@tessaract.io",
        "en-US",
        -6,
        sig=["Sam Okafor | FP&A", "Tessaract Robotics, Inc."],
        sig_sep=True,
    )
)
add(
    Person(
        "cheryl",
        "Cheryl MacLeod",
        "cmacleod@lakeshoretimber.ca",
        "en-CA",
        -5,
        sig=["Cheryl MacLeod, CPA", "Director, Tax", "Lakeshore Timber Inc.", "416-555-0163"],
    )
)
add(
    Person(
        "raj",
        "Rajinder Gill",
        "rgill@lakeshoretimber.ca",
        "en-CA",
        -5,
        sig=["Raj Gill", "Corporate Controller | Lakeshore Timber Inc.", "T 416-555-0129"],
    )
)
add(
    Person(
        "genevieve",
        "Geneviève Tremblay",
        "gtremblay@groupebeaulac.ca",
        "fr-CA",
        -5,
        sig=[
            "Geneviève Tremblay, CPA",
            "Contrôleuse corporative",
            "Groupe Beaulac inc.",
            "2200, rue Notre-Dame Ouest, Montréal (Québec) H3J 1N4",
            "514 555-0176",
        ],
    )
)
add(Person("mathieu", "Mathieu Gagnon", "mgagnon@groupebeaulac.ca", "fr-CA", -5))
add(
    Person(
        "connor",
        "Connor Walsh",
        "connor.walsh@brightledger.com",
        "en-US",
        -5,
        sig=[
            "Connor Walsh",
            "Senior Account Executive, Brightledger",
            "{a:Book time with me|https://meet.brightledger.com/connor-walsh}",
        ],
        zone="Eastern Standard Time",
    )
)

# ------------------------------------------------------------------------------------------------ APAC / Africa
add(
    Person(
        "bronwyn",
        "Bronwyn Fitzgerald",
        "bronwyn.fitzgerald@wattleridge.com.au",
        "en-AU",
        10.5,
        sig=[
            "Bronwyn Fitzgerald",
            "Chief Financial Officer",
            "Wattle Ridge Wines Pty Ltd",
            "Lot 12 Greenock Road, Seppeltsfield SA 5355",
            "M: 0491 570 156",
        ],
    )
)
add(Person("liam", "Liam Tran", "liam.tran@wattleridge.com.au", "en-AU", 10.5))
add(
    Person(
        "venkat",
        "Venkatesh Subramanian",
        "venkatesh.s@kaveriinfotech.in",
        "en-IN",
        5.5,
        sig=[
            "Regards,",
            "Venkatesh Subramanian",
            "Finance Manager",
            "Kaveri Infotech Pvt. Ltd.",
            "No. 44, 2nd Cross, Koramangala 4th Block, Bengaluru 560034",
            "Ph: +91 80 4960 2281",
        ],
    )
)
add(
    Person(
        "rohit",
        "Rohit Malhotra",
        "rohit.malhotra@kaveriinfotech.in",
        "en-IN",
        5.5,
        sig=[
            "Thanks & Regards,",
            "Rohit Malhotra",
            "Director - Finance",
            "Kaveri Infotech Pvt. Ltd.",
            "Mob: +91 98450 00000",
        ],
        disclaimer=[
            "DISCLAIMER: The information contained in this electronic message and any attachments to this "
            "message are intended for the exclusive use of the addressee(s) and may contain proprietary, "
            "confidential or privileged information. If you are not the intended recipient, you should not "
            "disseminate, distribute or copy this e-mail. Please notify the sender immediately and destroy "
            "all copies of this message and any attachments."
        ],
    )
)
add(Person("ananya", "Ananya Iyer", "support@kaveriinfotech.in", "en-IN", 5.5))
add(
    Person(
        "melissa",
        "Melissa Tan",
        "melissa.tan@straitsharbour.com.sg",
        "en-SG",
        8,
        sig=[
            "Melissa Tan",
            "Group Financial Controller",
            "Straits Harbour Holdings Pte. Ltd.",
            "8 Marina View, #28-01, Singapore 018960",
            "DID: +65 6950 0283",
        ],
    )
)
add(Person("daniel", "Daniel Lim", "daniel.lim@straitsharbour.com.sg", "en-SG", 8))
add(
    Person(
        "weiling",
        "Koh Wei Ling",
        "weiling.koh@straitsharbour.com.sg",
        "en-SG",
        8,
        sig=[
            "Koh Wei Ling",
            "Company Secretary",
            "Straits Harbour Holdings Pte. Ltd.",
            "{img:logo|Straits Harbour Holdings}",
        ],
        sig_sep=True,
    )
)
add(
    Person(
        "thabo",
        "Thabo Nkosi",
        "thabo@karoosolar.co.za",
        "en-ZA",
        2,
        sig=["Thabo Nkosi", "CEO | Karoo Solar (Pty) Ltd", "+27 21 555 0142"],
        zone="SAST",
    )
)
add(
    Person(
        "lerato",
        "Lerato Mokoena",
        "lerato.mokoena@karoosolar.co.za",
        "en-ZA",
        2,
        sig=[
            "Lerato Mokoena CA(SA)",
            "Financial Manager",
            "Karoo Solar (Pty) Ltd",
            "Block B, Tygerberg Office Park, Cape Town 7530",
        ],
    )
)
add(Person("pieter", "Pieter van der Merwe", "pieter.vdm@karoosolar.co.za", "en-ZA", 2))

# ------------------------------------------------------------------------------------------------ Belgium, Switzerland, Luxembourg
add(
    Person(
        "annesophie",
        "Anne-Sophie Lambert",
        "as.lambert@brasserie-vandenbroucke.be",
        "fr-BE",
        1,
        sig=[
            "Anne-Sophie Lambert",
            "Responsable financière",
            "Brasserie Vandenbroucke SA",
            "Rue des Brasseurs 14, 5000 Namur",
            "Tél. +32 81 55 02 41",
        ],
    )
)
add(
    Person(
        "didier",
        "Didier Vandenbroucke",
        "didier@brasserie-vandenbroucke.be",
        "fr-BE",
        1,
        sig=["Didier Vandenbroucke", "Administrateur délégué"],
        sig_sep=True,
    )
)
add(
    Person(
        "benoit",
        "Benoît Collard",
        "b.collard@collard-fidu.be",
        "fr-BE",
        1,
        sig=[
            "Benoît Collard",
            "Expert-comptable ITAA",
            "Fiduciaire Collard SRL",
            "Avenue Cardinal Mercier 22, 5000 Namur",
        ],
    )
)
add(
    Person(
        "laurent",
        "Laurent Rochat",
        "laurent.rochat@rochat-fiduciaire.ch",
        "fr-CH",
        1,
        sig=[
            "Laurent Rochat",
            "Associé",
            "Fiduciaire Rochat & Associés SA",
            "Avenue de la Gare 17, 1003 Lausanne",
            "+41 21 555 01 12",
        ],
        zone="CET",
    )
)
add(
    Person(
        "sandrine",
        "Sandrine Berset",
        "sandrine.berset@rochat-fiduciaire.ch",
        "fr-CH",
        1,
        sig=["Sandrine Berset", "Fiduciaire Rochat & Associés SA", "T +41 21 555 01 19"],
    )
)
add(Person("nicolas", "Nicolas Perrin", "nicolas.perrin@proton.me", "fr-CH", 1))
add(
    Person(
        "claire",
        "Claire Weber",
        "claire.weber@mosellefs.lu",
        "en-GB",
        1,
        sig=[
            "Claire Weber",
            "Head of Fund Accounting",
            "Moselle Fund Services S.A.",
            "12, rue Eugène Ruppert, L-2453 Luxembourg",
            "T +352 27 55 02 11",
            "{a:LinkedIn|https://www.linkedin.com/company/moselle-fund-services} | {a:www.mosellefs.lu|https://www.mosellefs.lu/}",
            "{img:image003.png|Moselle Fund Services}",
        ],
    )
)
add(
    Person(
        "joelle",
        "Joëlle Hoffmann",
        "joelle.hoffmann@mosellefs.lu",
        "fr-LU",
        1,
        sig=["Joëlle Hoffmann", "Compliance Officer | Moselle Fund Services S.A."],
    )
)
add(
    Person(
        "marc",
        "Marc Schmit",
        "marc.schmit@mosellefs.lu",
        "en-GB",
        1,
        sig=["Marc Schmit", "Transfer Agency", "Moselle Fund Services S.A."],
    )
)

# ------------------------------------------------------------------------------------------------ Portugal, Poland, Sweden
add(
    Person(
        "ana",
        "Ana Tavares",
        "ana.tavares@tavaresfilhos.pt",
        "pt-PT",
        0,
        sig=[
            "Ana Tavares",
            "Diretora Financeira",
            "Tavares & Filhos, Lda.",
            "Rua de Cedofeita 210, 4050-174 Porto",
            "Tel.: +351 22 555 0180",
        ],
    )
)
add(Person("joao", "João Ribeiro", "joao.ribeiro.tf@gmail.com", "pt-PT", 0))
add(Person("ines", "Inês Costa", "ines.costa@tavaresfilhos.pt", "pt-PT", 0))
add(
    Person(
        "katarzyna",
        "Katarzyna Nowak",
        "k.nowak@wisla-components.pl",
        "pl-PL",
        1,
        sig=[
            "Katarzyna Nowak",
            "Główna Księgowa",
            "Wisła Components sp. z o.o.",
            "ul. Półłanki 18, 30-740 Kraków",
            "tel. +48 12 555 01 47",
        ],
    )
)
add(
    Person(
        "piotr",
        "Piotr Wiśniewski",
        "piotr.wisniewski@wisla-components.pl",
        "pl-PL",
        1,
        sig=["Piotr Wiśniewski", "Prezes Zarządu", "Wisła Components sp. z o.o."],
        sig_sep=True,
    )
)
add(
    Person(
        "agnieszka",
        "Agnieszka Lewandowska",
        "a.lewandowska@wisla-components.pl",
        "pl-PL",
        1,
        sig=["Agnieszka Lewandowska", "Kadry i płace"],
        sig_sep=True,
    )
)
add(
    Person(
        "erik",
        "Erik Lindqvist",
        "erik.lindqvist@norrlandskog.se",
        "sv-SE",
        1,
        sig=[
            "Med vänlig hälsning",
            "Erik Lindqvist",
            "CFO, Norrland Skog AB",
            "Storgatan 41, 903 26 Umeå",
            "Tel: +46 90 555 01 33",
        ],
    )
)
add(Person("karin", "Karin Sjöberg", "karin.sjoberg@norrlandskog.se", "sv-SE", 1))
add(
    Person(
        "johan",
        "Johan Berg",
        "johan.berg@norrlandskog.se",
        "sv-SE",
        1,
        sig=["Johan Berg", "Controller | Norrland Skog AB"],
        sig_sep=True,
    )
)

# ------------------------------------------------------------------------------------------------ private persons and others
add(Person("graham", "Graham Whitlock", "g.whitlock@btinternet.com", "en-GB", 0))
add(Person("aoife", "Aoife Brennan", "aoifebrennan@eircom.net", "en-IE", 0))
add(Person("pyd", "Pierre-Yves Dubois", "pydubois@videotron.ca", "fr-CA", -5))
add(Person("magda", "Magdalena Kowalczyk", "magda.kowalczyk@wp.pl", "pl-PL", 1))
add(Person("lars", "Lars Nyström", "lars.nystrom@telia.com", "sv-SE", 1))
add(Person("sunita", "Sunita Rao", "sunita.rao.ca@gmail.com", "en-IN", 5.5))
add(
    Person(
        "hugh",
        "Hugh Pemberton",
        "hugh@pembertonfamilyoffice.co.uk",
        "en-GB",
        0,
        sig=["Hugh Pemberton", "Pemberton Family Office"],
    )
)
add(
    Person(
        "aidan",
        "Aidan Kerr",
        "aidan@kerraccountants.ie",
        "en-IE",
        0,
        sig=["Aidan Kerr FCA", "Kerr & Co. Chartered Accountants, Galway"],
    )
)
add(
    Person(
        "fergal",
        "Fergal Hanley",
        "fergal.hanley@hanley-engineering.ie",
        "en-IE",
        0,
        sig=["Fergal Hanley", "Managing Director", "Hanley Precision Engineering Ltd", "Ballincollig, Co. Cork"],
    )
)
add(
    Person(
        "ruth",
        "Ruth Ashdown",
        "ruth@ashdownstudio.co.uk",
        "en-GB",
        0,
        sig=["Ruth Ashdown", "Founder, Ashdown Studio", "{a:ashdownstudio.co.uk|https://ashdownstudio.co.uk}"],
    )
)
add(
    Person(
        "caroline",
        "Caroline Favre",
        "c.favre@favre-notaires.ch",
        "fr-CH",
        1,
        sig=["Me Caroline Favre", "Notaire", "Place Saint-François 5, 1003 Lausanne"],
    )
)
add(Person("megan", "Megan Cole", "help@tallyforge.com", "en-GB", 0))
add(
    Person(
        "jacobs",
        "Luc Jacobs",
        "l.jacobs@transports-jacobs.be",
        "fr-BE",
        1,
        sig=["Luc Jacobs", "Service douane", "Transports Jacobs & Fils SA", "Quai de la Batte 9, 4000 Liège"],
    )
)
add(Person("updates", "Quillan Birch Tax Updates", "tax-updates@quillanbirch.com", "en-GB", 0))
add(Person("harcourt", "Simon Harcourt", "simon@harcourtcellars.co.uk", "en-GB", 0))
add(Person("jaco", "Jaco Botha", "jaco@highveldcap.co.za", "en-ZA", 2))
add(Person("mike", "Mike Rowley", "mike.rowley@wisla-components.co.uk", "en-GB", 0))
add(Person("james", "James Finch", "james.finch@harwoodfinch.co.uk", "en-GB", 0))
add(
    Person(
        "dawn",
        "Dawn Pickering",
        "dawn@pickeringpayroll.co.uk",
        "en-GB",
        0,
        sig=["Dawn Pickering MCIPP", "Pickering Payroll Services", "01904 496 0318"],
        sig_sep=True,
    )
)
add(Person("gg_payroll", "UK Payroll Bureaux", "uk-payroll-bureaux@googlegroups.com", "en-GB", 0))
add(
    Person(
        "seamus",
        "Séamus Whelan",
        "seamus.whelan@lendwell.ie",
        "en-IE",
        0,
        sig=["Séamus Whelan", "Head of Tax, Lendwell DAC"],
        sig_sep=True,
    )
)
add(Person("mm_fintech", "Irish Fintech Tax Forum", "irish-fintech-tax@lists.fitax.ie", "en-IE", 0))
add(
    Person(
        "vincent",
        "Vincent Dumont",
        "vincent.dumont@dumont-conseil.be",
        "fr-BE",
        1,
        sig=["Vincent Dumont", "Conseil fiscal", "Dumont Conseil SRL, Bruxelles"],
    )
)
add(Person("sympa_fisc", "Fiscalité internationale", "fiscalite-intl@listes.fiscalistes.be", "fr-BE", 0))
add(
    Person(
        "karen", "Karen Leung", "kleung@northbaycpa.ca", "en-CA", -5, sig=["Karen Leung, CPA, CA", "North Bay CPA LLP"]
    )
)
add(Person("gio_cpatax", "CPA Tax Tech", "cpa-tax-tech@groups.io", "en-CA", 0))
add(
    Person(
        "anders",
        "Anders Holm",
        "anders.holm@holmrevision.se",
        "sv-SE",
        1,
        sig=["Anders Holm", "Auktoriserad revisor, Holm Revision AB"],
        sig_sep=True,
    )
)
add(Person("mm3_forum", "Redovisningsforum", "forum@lists.redovisningsforum.se", "sv-SE", 0))
add(Person("renewals_hc", "Hollis & Crane Renewals", "renewals@hollis-crane.co.uk", "en-GB", 0))
add(Person("jane", "Jane Orme", "jane@pembertonfamilyoffice.co.uk", "en-GB", 0))
