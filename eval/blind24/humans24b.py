"""blind24's human replies, Toronto and Montréal offices (English and Québec French) and English-speaking Europeans."""

from clients24 import Reply
from firm24 import RAMAN, STEIN, THIBODEAU, europe, firm_msg, letter, prospect, releves, rrsp
from mail24 import Person

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
CHEN = Person("Michael Chen", "michael.chen@cpc-ccp.example", "ET")
MACDONALD = Person("Fiona MacDonald", "fiona.macdonald@gmail.example", "ET")
NGUYEN = Person("Kevin Nguyen", "kevnguyen@icloud.example", "ET")
OSEI = Person("Kwame Osei", "kosei@oseiengineering.example", "ET")
KAPLAN = Person("David Kaplan", "dkaplan@kaplanholdings.example", "ET")
GILL = Person("Sandeep Gill", "sgill@gillmehta.example", "ET")
MOREAU = Person("Alicia Moreau", "alicia@northpinelabs.example", "ET")
BERGERON = Person("Louise Bergeron", "louise.bergeron@bergeronmedia.example", "ET")
BOUCHARD = Person("Gilles Bouchard", "gilles.bouchard@gmail.example", "ET")
OUELLET = Person("Nathalie Ouellet", "n.ouellet@icloud.example", "ET")
DUFRESNE = Person("Me Olivier Dufresne", "odufresne@dufresnenotaires.example", "ET")
FORTIN = Person("Hélène Fortin", "helene.fortin@fortinarchitectes.example", "ET")
CAOUETTE = Person("Denis Caouette", "dcaouette@caouettetransport.example", "ET")
ABRAMS = Person("Stephen Abrams", "stephen.abrams@gmail.example", "ET")
BELANGER = Person("Claude Bélanger", "cbelanger@belangerassocies.example", "ET")
PENNINGTON = Person("Hugh Pennington", "hugh@penningtonmarsh.example", "UK")
VANDIJK = Person("Pieter van Dijk", "pieter.vandijk@gmail.example", "CET")
VOGEL = Person("Katrin Vogel", "k.vogel@vogelhaas.example", "CET")
BYRNE = Person("Siobhán Byrne", "siobhanbyrne@icloud.example", "UK")
ALDRIDGE = Person("Thomas Aldridge", "t.aldridge@aldridgeco.example", "UK")

# --------------------------------------------------------------------------
# the firm's messages
# --------------------------------------------------------------------------
RRSP_CHEN = rrsp("rrsp-chen", [CHEN], "Michael", "$18,240", "2027-02-16 09:30")
RRSP_MACDONALD = rrsp("rrsp-macdonald", [MACDONALD], "Fiona", "$9,875", "2027-02-16 09:33")
RRSP_NGUYEN = rrsp("rrsp-nguyen", [NGUYEN], "Kevin", "$4,120", "2027-02-16 09:36")
RRSP_OSEI = rrsp("rrsp-osei", [OSEI], "Kwame", "$22,600", "2027-02-16 09:39")
LET_KAPLAN = letter("letca-kaplan", "en-CA", [KAPLAN], "2027-03-02 07:30")
CPA_GILL = firm_msg(
    "cpa-gill",
    RAMAN,
    [GILL],
    "Michael Chen - 2026 T-slips and T5008 timing",
    "2027-02-24 14:05",
    """
    Hi Sandeep,

    Michael Chen asked us to send you what you need for his 2026 return. His T5 and T3 slips are in the client portal now: [[client portal|https://portal.larkspurhale.example/]]. The T5008 for the non-registered account will follow by March 31, as some of the trust units sold in December are still being reported by the issuer.

    The realized gains summary and the year-end statements are attached. Let me know if you would like the RRSP contribution receipt sent to you directly once it is issued.

    Best regards,
    Priya
    """,
)
PRO_MOREAU = prospect("pro-moreau", RAMAN, [MOREAU], "Alicia", "2027-02-25 11:20", "the Harbourfront founders' evening")
REL_BERGERON = releves("rel-bergeron", [BERGERON], "Louise", "2027-02-10 10:00")
REL_BOUCHARD = releves("rel-bouchard", [BOUCHARD], "Gilles", "2027-02-10 10:02")
REL_OUELLET = releves("rel-ouellet", [OUELLET], "Nathalie", "2027-02-10 10:04")
REL_CAOUETTE = releves("rel-caouette", [CAOUETTE], "Denis", "2027-02-10 10:06")
REL_ABRAMS = releves("rel-abrams", [ABRAMS], "Stephen", "2027-02-10 10:08")
REL_BELANGER = releves("rel-belanger", [BELANGER], "Claude", "2027-02-10 10:10")
LET_FORTIN = letter("letfr-fortin", "fr", [FORTIN], "2027-03-02 07:15")
NOT_DUFRESNE = firm_msg(
    "not-dufresne",
    THIBODEAU,
    [DUFRESNE],
    "Succession de feu Jean-Guy Lavallée - comptes chez Meridian",
    "2027-03-08 13:40",
    """
    Bonjour Maître Dufresne,

    Je fais suite à notre appel de ce matin au sujet de la succession de feu M. Jean-Guy Lavallée. Afin que Meridian puisse transférer les deux comptes au nom de la succession, pourriez-vous nous faire parvenir :

    - une copie notariée du testament et les certificats de recherche testamentaire (Chambre des notaires et Barreau);
    - la déclaration de transmission ou, à défaut, une lettre confirmant la nomination de Mme Carole Lavallée comme liquidatrice;
    - le certificat de décès du Directeur de l'état civil.

    Pouvez-vous aussi me confirmer si le REER sera transféré au REER de Mme Lavallée à titre de conjointe survivante?

    Merci et bonne journée,
    Geneviève
    """,
)
EU_PENNINGTON = europe("eu-pennington", [PENNINGTON], "Hugh", "London", "2027-02-23 10:05")
EU_VANDIJK = europe("eu-vandijk", [VANDIJK], "Pieter", "Utrecht", "2027-02-23 10:07")
EU_VOGEL = europe("eu-vogel", [VOGEL], "Katrin", "Munich", "2027-02-23 10:09")
EU_BYRNE = europe("eu-byrne", [BYRNE], "Siobhán", "Dublin", "2027-02-23 10:11")
LET_ALDRIDGE = letter("let-aldridge", "en", [ALDRIDGE], "2027-03-02 07:00")

N = []

# Outlook for Windows (en-CA), a federal commission's bilingual signature.
N.append(
    Reply(
        "chen-outlook-bilingual-sig",
        CHEN,
        "outlook",
        "en-CA",
        "en",
        RRSP_CHEN,
        "2027-02-17 12:10",
        [
            (
                "N",
                """
                Hi Priya,

                Yes, let's do $12,000 before the deadline, from the non-registered account. Nothing to the spousal RRSP this year.

                Thanks,
                Michael

                Michael Chen
                Analyste principal des politiques | Senior Policy Analyst
                Commission des parcs de la capitale | Capital Parks Commission
                michael.chen@cpc-ccp.example | Tél. / Tel. 613-555-0124
                """,
            ),
            ("Q",),
        ],
        region="CANPRD01",
    )
)

# Gmail, bottom-posted under the whole quote.
N.append(
    Reply(
        "macdonald-gmail-bottom",
        MACDONALD,
        "gmail",
        "en-US",
        "en",
        RRSP_MACDONALD,
        "2027-02-18 19:44",
        [
            ("Q",),
            ("BL",),
            (
                "N",
                """
                Hi Priya,

                $5,000 please, from my chequing account as usual. I'll send the transfer tomorrow morning. Nothing for the spousal.

                Fiona
                """,
            ),
        ],
    )
)

# iOS Mail, one line.
N.append(
    Reply(
        "nguyen-iphone-tfsa",
        NGUYEN,
        "ios",
        "en-US",
        "en",
        RRSP_NGUYEN,
        "2027-02-16 21:03",
        [
            ("N", "Yes please put $7,000 in the TFSA from my non-registered account. Skipping the RRSP this year."),
            ("BL",),
            ("D", "Sent from my iPhone"),
            ("Q",),
        ],
    )
)

# Outlook for Android.
N.append(
    Reply(
        "osei-outlook-android",
        OSEI,
        "outlook_android",
        "en-CA",
        "en",
        RRSP_OSEI,
        "2027-02-17 07:36",
        [
            (
                "N",
                "Priya, I'll transfer $8,000 from my bank on Friday. Put $3,000 of it in the spousal RRSP please.\n\nKwame",
            ),
            ("BL",),
            ("D", "Get Outlook for Android<https://aka.ms/AAb9ysg>"),
            ("Q",),
        ],
        region="CANPRD01",
    )
)

# CASL: withdrawing consent is an opt-out.
N.append(
    Reply(
        "kaplan-casl-withdraw",
        KAPLAN,
        "outlook",
        "en-CA",
        "en",
        LET_KAPLAN,
        "2027-03-03 09:14",
        [
            (
                "N",
                """
                Hello,

                Please note that I withdraw my consent to receive commercial electronic messages from Larkspur Hale. Kindly remove this address from all of your distribution lists.

                David Kaplan
                """,
            ),
            ("Q",),
        ],
        to=[Person("Larkspur Hale Insights", "insights@larkspurhale.example", "ET")],
        opt_out=True,
        region="CANPRD01",
    )
)

GILL_NOTICE = (
    "This communication is intended only for the addressee and may contain confidential or privileged information. "
    "If you have received it in error, please notify us immediately and destroy all copies."
)
# A CPA behind Barracuda: rewritten links in the quoted copy.
N.append(
    Reply(
        "gill-cpa-barracuda",
        GILL,
        "outlook",
        "en-CA",
        "en",
        CPA_GILL,
        "2027-03-01 16:22",
        [
            (
                "N",
                f"""
                Hi Priya,

                Thanks for this. Yes, please have the RRSP receipt sent to me directly. If the T5008 can't be issued before March 31, could you send me a preliminary proceeds and ACB report for the trust units so I can start on the return? Michael wants to file early this year.

                Regards,

                Sandeep Gill, CPA, CA
                Partner | Gill Mehta LLP, Chartered Professional Accountants
                2 Robert Speck Parkway, Suite 750, Mississauga, ON  L4Z 1H8
                T 905-555-0113 | F 905-555-0114

                {GILL_NOTICE}
                """,
            ),
            ("Q",),
        ],
        region="CANPRD01",
        rewrite="barracuda",
    )
)

# Apple Mail (macOS): the attribution is not quoted; a narrow no-break space before PM.
N.append(
    Reply(
        "moreau-apple-later",
        MOREAU,
        "apple",
        "en-US",
        "en",
        PRO_MOREAU,
        "2027-02-26 08:51",
        [
            (
                "N",
                """
                Thanks Priya, and thanks for the checklist - very helpful.

                Let's reconnect after tax season, maybe late April? My RSUs don't vest until June anyway.

                Alicia
                """,
            ),
            ("Q",),
        ],
    )
)

# Outlook for Windows fr-CA: "De : / Envoyé : / À : / Objet :".
N.append(
    Reply(
        "bergeron-outlook-frca",
        BERGERON,
        "outlook",
        "fr-CA",
        "fr",
        REL_BERGERON,
        "2027-02-11 08:47",
        [
            (
                "N",
                """
                Bonjour Geneviève,

                1. Oui, 6 000 $, à partir du compte non enregistré.
                2. Oui, à mon comptable : Marc-André Cloutier, macloutier@cloutiercpa.example
                3. Aucun changement.

                Merci!
                Louise

                Louise Bergeron
                Présidente | Bergeron Média inc.
                514-555-0137
                """,
            ),
            ("Q",),
        ],
        region="CANPRD01",
    )
)

# Gmail with a French UI.
N.append(
    Reply(
        "bouchard-gmail-fr",
        BOUCHARD,
        "gmail",
        "fr-CA",
        "fr",
        REL_BOUCHARD,
        "2027-02-12 11:25",
        [
            (
                "N",
                """
                Bonjour Geneviève,

                Pas de cotisation REER cette année, on a déjà maximisé en janvier. Pour les relevés, envoyez-les plutôt à Sylvie, c'est elle qui fait les impôts de la famille : sylvie.b@fleurdelys.example

                Pas de changement pour le reste.

                Gilles
                """,
            ),
            ("Q",),
        ],
    )
)

# iOS Mail in French.
N.append(
    Reply(
        "ouellet-iphone-fr",
        OUELLET,
        "ios",
        "fr-CA",
        "fr",
        REL_OUELLET,
        "2027-02-10 18:32",
        [
            ("N", "Oui pour 3 000 $. Je vous appelle demain pour le reste.\n\nNathalie"),
            ("BL",),
            ("D", "Envoyé de mon iPhone"),
            ("Q",),
        ],
    )
)

DUFRESNE_NOTICE = """
    AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et peut être protégé par le secret professionnel. S'il vous a été transmis par erreur, veuillez en aviser l'expéditeur et le détruire.
    CONFIDENTIALITY NOTICE: This email is confidential and may be protected by professional secrecy. If you received it in error, please notify the sender and delete it.
"""
# A Québec notary: bilingual signature and notice.
N.append(
    Reply(
        "dufresne-notaire-bilingue",
        DUFRESNE,
        "outlook",
        "fr-CA",
        "fr",
        NOT_DUFRESNE,
        "2027-03-09 15:18",
        [
            (
                "N",
                f"""
                Bonjour Madame Thibodeau,

                Vous trouverez ci-joints le testament notarié et les deux certificats de recherche. La déclaration de transmission sera publiée la semaine prochaine; je vous en transmettrai une copie dès réception.

                Pour le REER : oui, Mme Lavallée est l'unique bénéficiaire à titre de conjointe et souhaite un transfert à son propre REER.

                Le certificat de décès suivra par la poste.

                Bien à vous,

                Me Olivier Dufresne, notaire | Notary
                Dufresne Notaires inc.
                1450, rue Sherbrooke Ouest, bureau 300, Montréal (Québec)  H3G 1K4
                T 514-555-0185 | F 514-555-0186

                {DUFRESNE_NOTICE}
                """,
            ),
            ("Q",),
        ],
        region="CANPRD01",
    )
)

# An opt-out in French (Outlook for Mac, fr-CA).
N.append(
    Reply(
        "fortin-mac-desinscrire",
        FORTIN,
        "outlook_mac",
        "fr-CA",
        "fr",
        LET_FORTIN,
        "2027-03-04 10:02",
        [
            (
                "N",
                "Bonjour,\n\nJe ne souhaite plus recevoir votre lettre. Merci de me désinscrire de votre liste.\n\nHélène Fortin",
            ),
            ("Q",),
        ],
        opt_out=True,
        region="CANPRD01",
    )
)

# Look-alike in French: stop phoning, keep writing.
N.append(
    Reply(
        "caouette-arretez-appels",
        CAOUETTE,
        "outlook",
        "fr-CA",
        "fr",
        REL_CAOUETTE,
        "2027-02-16 08:05",
        [
            (
                "N",
                """
                Bonjour Mme Thibodeau,

                SVP arrêtez de m'appeler sur mon cellulaire pendant les heures de bureau, écrivez-moi plutôt par courriel comme aujourd'hui.

                Pour vos questions : 1) oui, 2 000 $; 2) non, je m'en occupe moi-même; 3) aucun changement.

                Denis Caouette
                Transport Caouette ltée
                """,
            ),
            ("Q",),
        ],
        region="CANPRD01",
    )
)

# English answer to a French message (Gmail).
N.append(
    Reply(
        "abrams-gmail-english",
        ABRAMS,
        "gmail",
        "en-US",
        "en",
        REL_ABRAMS,
        "2027-02-10 13:57",
        [
            (
                "N",
                """
                Hi Geneviève,

                Sorry, my French is rusty, so I'll answer in English:
                1) Yes, $4,500.
                2) Yes, please send them to my accountant, same as last year.
                3) New address since January: 4410 Old Orchard Avenue, Montreal H4A 3B2.

                Thanks,
                Stephen
                """,
            ),
            ("Q",),
        ],
    )
)

# Outlook fr-CA, answers in blue inside the quote, unmarked in the text part.
N.append(
    Reply(
        "belanger-outlook-bleu",
        BELANGER,
        "outlook",
        "fr-CA",
        "fr",
        REL_BELANGER,
        "2027-02-12 16:40",
        [
            ("N", "Bonjour Geneviève,\n\nVoir mes réponses ci-dessous en bleu.\n\nClaude"),
            (
                "QI",
                [
                    (
                        "1. Souhaitez-vous cotiser",
                        "Oui, le maximum permis, mais en deux versements (février et avril).",
                        ("color", "#0070C0"),
                    ),
                    ("2. Voulez-vous que nous", "Non merci, je les télécharge moi-même.", ("color", "#0070C0")),
                    (
                        "3. Y a-t-il eu des changements",
                        "Notre fille Juliette est partie étudier à Québec : elle n'est plus à notre charge au sens de l'impôt à partir de cette année, je crois. À vérifier avec vous.",
                        ("color", "#0070C0"),
                    ),
                ],
            ),
        ],
        region="CANPRD01",
    )
)

PENNINGTON_REG = (
    "Pennington Marsh Advisory Ltd is registered in England and Wales, company number 09876543. Registered office: 14 "
    "Charterhouse Lane, London EC1M 6AX."
)
# Outlook for Windows en-GB: "Sent: 23 February 2027 15:05".
N.append(
    Reply(
        "pennington-outlook-uk",
        PENNINGTON,
        "outlook",
        "en-GB",
        "en",
        EU_PENNINGTON,
        "2027-02-24 09:26",
        [
            (
                "N",
                f"""
                Rebecca,

                Thanks for checking in. Yes - I became UK tax resident from 6 April 2026, so please treat me as non-resident in the US from then on (our accountants here say the treaty tie-breaker points to the UK).

                Address unchanged. A call in the week of 22 March would suit; mornings your time are best.

                Kind regards,
                Hugh

                Hugh Pennington
                Director | Pennington Marsh Advisory Ltd
                +44 20 7946 0132

                {PENNINGTON_REG}
                """,
            ),
            ("Q",),
        ],
        region="GBRP265",
    )
)

# Gmail with a Dutch UI, English text: "Op di 23 feb 2027 om 16:07 schreef ...".
N.append(
    Reply(
        "vandijk-gmail-dutch-ui",
        VANDIJK,
        "gmail",
        "nl-NL",
        "en",
        EU_VANDIJK,
        "2027-02-23 21:40",
        [
            (
                "N",
                """
                Hi Rebecca,

                Nothing has changed on my side: still Dutch tax resident, same address in Utrecht, same phone. A call would be good, any Tuesday or Thursday after 16:00 my time.

                Best,
                Pieter
                """,
            ),
            ("Q",),
        ],
    )
)

VOGEL_FOOTER = (
    "Vogel & Haas GmbH · Sitz: München · Registergericht: Amtsgericht München HRB 204417 · Geschäftsführer: Katrin "
    "Vogel, Dr. Jens Haas"
)
# Outlook with a German UI, English text: "Von: / Gesendet: / An: / Betreff:" and "AW:".
N.append(
    Reply(
        "vogel-outlook-german-ui",
        VOGEL,
        "outlook",
        "de-DE",
        "en",
        EU_VOGEL,
        "2027-02-25 14:12",
        [
            (
                "N",
                f"""
                Dear Rebecca,

                Thank you for your message.
                1. No change, I am still resident in Germany.
                2. Please note my new mobile number: +49 170 5550 1187.
                3. Yes, Thursday 18 March at 15:00 CET would suit me.

                Kind regards
                Katrin Vogel

                {VOGEL_FOOTER}
                """,
            ),
            ("Q",),
        ],
        region="eurprd07",
    )
)

# iOS Mail, en-GB date order.
N.append(
    Reply(
        "byrne-iphone-dublin",
        BYRNE,
        "ios",
        "en-GB",
        "en",
        EU_BYRNE,
        "2027-02-24 07:55",
        [
            ("N", "All the same as last year Rebecca, thanks. Happy to chat the week of the 22nd.\n\nSiobhán"),
            ("BL",),
            ("D", "Sent from my iPhone"),
            ("Q",),
        ],
    )
)

# A European opt-out (Outlook en-GB).
N.append(
    Reply(
        "aldridge-uk-remove",
        ALDRIDGE,
        "outlook",
        "en-GB",
        "en",
        LET_ALDRIDGE,
        "2027-03-02 13:31",
        [
            (
                "N",
                "Kindly remove me from your distribution list. I closed my account with you in 2024.\n\nRegards,\nT. Aldridge",
            ),
            ("Q",),
        ],
        to=[Person("Larkspur Hale Insights", "insights@larkspurhale.example", "ET")],
        opt_out=True,
        region="GBRP265",
    )
)

_ = STEIN
