"""The human replies of blind14 (and the help-desk agent replies, built by hand at the end).

A spec answers threads14.THREADS[key][depth - 1]; who/date/client/lang/text as in threads14, plus the options the
renderer reads (inline answers, forward, bottom-posting, history stripped, gateway banners and footers, attachments,
charset). Specs that are also thread items (so that later replies quote them) are taken from threads14 by slug.
"""

from clients14 import tiny_pdf
from make14 import EXT_CA, EXT_PL, EXT_SG, MIMECAST, PROOFPOINT_BANNER, PROOFPOINT_URLS
from threads14 import BRINDLE_FWD, CORRIB_FWD, T

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def fake_office(name):
    return b"PK\x03\x04\x14\x00\x06\x00" + name.encode() + b"\x00" * 24 + b"PK\x05\x06" + b"\x00" * 18


def item(key, slug):
    """A thread item that is also a reply under test."""
    items = T[key][1]
    if isinstance(items, tuple):
        n, items = items[2], items[3]
    else:
        n = 0
    for i, it in enumerate(items, n):
        if it.get("slug") == slug:
            d = dict(it, thread=(key, i))
            d.setdefault("lang", "en")
            return d
    raise KeyError(slug)


PP = dict(hist_banner=PROOFPOINT_BANNER, hist_rewrite=PROOFPOINT_URLS)

SPECS = [
    # -------------------------------------------------------------------------------------------- Brindle Foods
    dict(
        slug="brindle-outlook-blue-inline",
        thread=("brindle", 3),
        who="sophie",
        date="2027-01-25 10:31",
        client="outlook_365",
        lang="en",
        cs="windows-1252",
        footer=MIMECAST,
        attach=[("NPD planner extract FY26.xlsx", XLSX, fake_office("planner"))],
        text="""
        Hi Tom,

        Answers in blue below. The planner extract is attached – let me know if the method note on the first tab makes sense.

        Sophie
        """,
        inline=[
            (
                "Can the timesheets be split by project",
                "Total hours only, sorry. The planner shows who was on which trial each week, so I've used that (see attached).",
            ),
            ("What was the NPD headcount", "Four technologists plus Hannah B. as NPD lead, so five."),
            (
                "Innovate UK grant project",
                "Yes – Hannah B. was 50% on it from March to August. The grant claim forms have her hours.",
            ),
            ("oat-base trial consumables", "£6,340, written off in July. Stores have the detail."),
        ],
    ),
    dict(BRINDLE_FWD, thread=("brindle", 1), lang="en"),
    dict(
        slug="brindle-samsung-found-it",
        thread=("brindle_fwd", 2),
        who="dave",
        date="2027-01-20 17:55",
        client="samsung_email",
        lang="en",
        sig=False,
        text="""
        Found them. It's the 2024 master services agreement, clause 14 says all results and IP belong to Brindle. I'll scan it in the morning when I'm back on site
        """,
    ),
    dict(
        slug="brindle-outlook-signed-attached",
        thread=("brindle", 4),
        who="gareth",
        date="2027-01-28 07:58",
        client="outlook_365",
        lang="en",
        sig=False,
        disclaimer=False,
        footer=MIMECAST,
        attach=[("Letter of representation - signed.pdf", "application/pdf", tiny_pdf("Letter of representation"))],
        text="""
        Signed copy attached.

        Gareth
        """,
    ),
    dict(
        slug="brindle-ios-signing-today",
        thread=("brindle", 4),
        who="sophie",
        date="2027-01-27 17:02",
        client="ios_mail",
        lang="en",
        sig=False,
        text="""
        Thanks Tom, Gareth is signing it tomorrow first thing. The £96,300 matches our ledger.
        """,
    ),
    # -------------------------------------------------------------------------------------------- Corrib Logistics
    dict(
        slug="corrib-gmail-wrote-to-agent",
        thread=("corrib", 6),
        who="siobhan",
        date="2027-01-26 16:02",
        client="gmail",
        lang="en",
        text="""
        Hi Niamh,

        Update on the lease. On Monday Declan wrote to the landlord's agent:
        "we are ready to sign on the 29th subject to the break clause at year three"
        and they came back yesterday agreeing to everything except the break clause. So not signed yet.

        Declan thinks it'll be sorted this week. I'm less sure!

        Can you keep going with the activities letter anyway?

        Thanks,
        Siobhán
        """,
    ),
    dict(
        slug="corrib-ios-lease-signed",
        thread=("corrib", 6),
        who="declan",
        date="2027-02-02 08:12",
        client="ios_mail",
        lang="en",
        sig=False,
        text="""
        Lease signed this morning 🎉 Siobhán will send you the PDF.

        D
        """,
    ),
    dict(
        slug="corrib-gmail-history-stripped",
        thread=("corrib", 6),
        who="siobhan",
        date="2027-02-02 11:40",
        client="gmail",
        lang="en",
        nohist=True,
        attach=[("Venlo lease - signed 2 Feb 2027.pdf", "application/pdf", tiny_pdf("Venlo lease"))],
        text="""
        Hi Niamh,

        Signed lease attached, all 34 pages of it. The break clause stayed in, for what it's worth.

        Stock is now due on 22 February.

        Siobhán
        """,
    ),
    dict(
        slug="corrib-ios-thumbs",
        thread=("corrib", 6),
        who="declan",
        date="2027-01-21 16:05",
        client="ios_mail",
        lang="en",
        sig=False,
        text="👍",
    ),
    dict(CORRIB_FWD, thread=("corrib", 6)),
    dict(
        slug="corrib-mac-aidan-turnover",
        thread=("corrib_fwd", 7),
        who="aidan",
        date="2027-01-22 15:30",
        client="outlook_mac",
        lang="en",
        text="""
        Siobhán, Niamh,

        Paragraph 4 says €3.2m for the first twelve months. The budget we gave AIB has €2.7m for the Netherlands in 2027 – the €3.2m looks like it includes the Belgian customers, who will still be invoiced from Galway.

        I'd use €2.7m.

        Aidan
        """,
    ),
    dict(
        slug="corrib-gmail-inline-paragraphs",
        thread=("corrib", 6),
        who="siobhan",
        date="2027-01-22 12:30",
        client="gmail",
        lang="en",
        text="""
        Hi Niamh,

        Comments inline.
        """,
        inline=[
            (
                "Could you check the description of the warehouse operations",
                """
                Para 2 is right, except that we'll also do returns processing for two Dutch retailers. Can that go in?
                """,
            ),
            (
                "the Belastingdienst does read these",
                """
                Ha. Aidan is checking the turnover number against the bank budget.
                """,
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------- Pine Hollow
    dict(
        slug="heron-superhuman-inline",
        thread=("heron", 1),
        who="rachel",
        date="2027-01-25 11:02",
        client="superhuman",
        lang="en",
        trim_after=True,
        **PP,
        text="""
        Tom – seller's answers inline below. Still chasing 2.3.
        """,
        inline=[
            (
                "2.1 Revenue by customer",
                """
                The £0.5m is recharges to the seller's Irish sister company, netted off in the customer schedule. They'll add a reconciliation to 4.2 by Wednesday.
                """,
            ),
            ("2.2 Deferred income", "Yes – uploaded to 4.7 last night (Deferred income release FY25-FY28.xlsx)."),
            ("2.3 Pensions", "Seller's counsel is reviewing whether it can be disclosed. Answer expected Friday."),
            (
                "2.4 Working capital",
                """
                Monthly numbers only go back 18 months; before that they were on a different system. They'll provide what they have.
                """,
            ),
        ],
    ),
    dict(
        slug="heron-front-banker",
        thread=("heron", 6),
        who="evan",
        date="2027-01-26 09:40",
        client="front",
        lang="en",
        text="""
        Hi Tom,

        Per Mark, we've asked the banker for the deficit summary, the recovery plan and the seller's position on an indemnity. We'll post to the data room (folder 9.1) as soon as we have them.

        Best,
        Evan
        """,
    ),
    dict(
        slug="heron-mac-pasted-header",
        thread=("heron", 6),
        who="mark",
        date="2027-01-28 18:22",
        client="outlook_mac",
        lang="en",
        **PP,
        text="""
        Tom,

        Heads up – this came in from the seller's counsel this afternoon. Pasting the relevant part:

        From: Whitford Lane LLP <heron@whitfordlane.com>
        Sent: Thursday, January 28, 2027 3:47 PM
        To: Pine Hollow Capital
        Subject: Project Heron – pension information

        "Our client is not in a position to disclose the 2024 actuarial valuation at this stage. A summary prepared by the scheme actuary will be made available to your advisers on a non-reliance basis."

        Non-reliance is a non-starter for us. Can you tell me what you'd need as a minimum so I can push back before the 2 Feb session?

        Mark
        """,
    ),
    dict(
        slug="heron-mac-yes-go-ahead",
        thread=("heron", 7),
        who="mark",
        date="2027-01-29 06:12",
        client="outlook_mac",
        lang="en",
        **PP,
        text="""
        Yes – go ahead, and copy Rachel.
        """,
    ),
    dict(
        slug="heron-superhuman-device",
        thread=("heron", 6),
        who="rachel",
        date="2027-01-23 09:15",
        client="superhuman",
        lang="en",
        sig=False,
        device="Sent via Superhuman iOS",
        text="""
        Asked. Banker thinks an indemnity is unlikely but a price chip might work. More on Monday.
        """,
    ),
    dict(
        slug="heron-front-wait",
        thread=("heron", 7),
        who="evan",
        to=["tom"],
        cc=["mark", "rachel"],
        date="2027-01-29 05:30",
        client="front",
        lang="en",
        text="""
        Tom – Mark is in the air until this afternoon. He asked on Tuesday that anything on pensions goes through him first, so best to wait for his OK.

        Evan
        """,
    ),
    # -------------------------------------------------------------------------------------------- Tessaract
    item("tessaract", "tessaract-gmail-inline"),
    dict(
        slug="tessaract-gmail-r-console",
        thread=("tessaract", 3),
        who="sam",
        date="2027-01-25 09:14",
        client="gmail",
        lang="en",
        attach=[("Starter checklist - K Adeyemi.pdf", "application/pdf", tiny_pdf("Starter checklist"))],
        text="""
        Hi Priya,

        Starter checklist attached. On the total, I reran it from our HRIS export and get the same as your file:

        > jan <- read.csv("UK_payroll_Jan27.csv")
        > nrow(jan)
        [1] 14
        > sum(jan$gross)
        [1] 96418.5
        > sum(jan$gross[jan$name != "Kemi Adeyemi"])
        [1] 90168.5

        So without Kemi it's up about 3.8% on December, which is the review plus the two promotions (Dan and Ravi). Letters for those two are in the shared folder.

        Thanks,
        Sam
        """,
    ),
    dict(
        slug="tessaract-gmail-mobile-approved",
        thread=("tessaract", 4),
        who="jordan",
        date="2027-01-26 06:20",
        client="gmail_mobile",
        lang="en",
        sig=False,
        text="""
        Approved. Thanks Priya
        """,
    ),
    # -------------------------------------------------------------------------------------------- Lakeshore
    item("lakeshore", "lakeshore-classic-inline-initials"),
    dict(
        slug="lakeshore-classic-tab-table",
        thread=("lakeshore", 3),
        who="cheryl",
        date="2027-01-28 09:40",
        client="outlook_classic",
        lang="en",
        cs="windows-1252",
        text="""
        Ciarán,

        Here is the 2026 management fee by entity (CAD 000s). The cost base is the head office cost pool after exclusions.

        Entity\tCost allocated\tMark-up 5%\tFee charged
        Lakeshore Timber UK Ltd\t1,284\t64\t1,348
        Lakeshore Timber (Ireland) Ltd\t312\t16\t328
        Lakeshore Forest Products Inc.\t2,105\t105\t2,210
        Total\t3,701\t185\t3,886

        The Irish number is for six months only (July-December).

        Cheryl
        """,
    ),
    dict(
        slug="lakeshore-newoutlook-loan",
        thread=("lakeshore", 5),
        who="raj",
        date="2027-01-25 09:05",
        client="new_outlook",
        lang="en",
        hist_banner=EXT_CA,
        text="""
        Ciarán,

        Yes, there is a signed loan agreement dated September 10, 2026. Interest accrues monthly but is paid quarterly in arrears, so the first payment isn't due until March 31.

        I'll send you the agreement.

        Raj
        """,
    ),
    # -------------------------------------------------------------------------------------------- Groupe Beaulac
    item("beaulac", "beaulac-outlook-fr-ca"),
    dict(
        slug="beaulac-outlook-guillemets",
        thread=("beaulac", 3),
        who="genevieve",
        date="2027-01-26 11:15",
        client="outlook_365",
        lang="fr",
        cs="windows-1252",
        text="""
        Élodie,

        Vous écrivez « il faudrait la faire prolonger d'au moins deux semaines » : les vendeurs acceptent une semaine, pas plus. Est-ce que ça suffit si la signature est le 4 mars?

        Geneviève
        """,
    ),
    dict(
        slug="beaulac-ios-oui",
        thread=("beaulac", 3),
        who="mathieu",
        date="2027-01-25 13:02",
        client="ios_mail",
        lang="fr",
        sig=False,
        text="Oui.",
    ),
    # -------------------------------------------------------------------------------------------- Wattle Ridge
    item("wattle", "wattle-outlook-bold-inline"),
    dict(
        slug="wattle-gmail-mobile-ireland",
        thread=("wattle", 1),
        who="liam",
        date="2027-01-28 07:45",
        client="gmail_mobile",
        lang="en",
        sig=False,
        text="""
        Ireland: we're talking to O'Dwyer Wines in Cork, so definitely keep it out of the exclusivity.

        Liam
        """,
    ),
    dict(
        slug="wattle-samsung-hold-firm",
        thread=("wattle", 3),
        who="liam",
        date="2027-01-29 21:40",
        client="samsung_email",
        lang="en",
        sig=False,
        text="""
        Hold firm. O'Dwyer want on-trade and off-trade, and it's the on-trade that matters to us.

        Liam
        """,
    ),
    # -------------------------------------------------------------------------------------------- Kaveri Infotech
    item("kaveri", "kaveri-zoho-noted-attached"),
    item("kaveri", "kaveri-outlook-pfa-disclaimer"),
    dict(
        slug="kaveri-zoho-noted-short",
        thread=("kaveri", 5),
        who="venkat",
        date="2027-01-21 17:30",
        client="zoho",
        lang="en",
        text="Noted with thanks.",
    ),
    dict(
        slug="kaveri-zoho-fwd-notary",
        thread=("kaveri", 3),
        who="venkat",
        to=["rohit"],
        cc=["priya"],
        date="2027-01-20 15:10",
        client="zoho",
        lang="en",
        forward=True,
        text="""
        Rohit Sir,

        Please see below from Priya. The notary has to certify the copy before the apostille, so the set we sent to the MEA last week will have to be redone. I have informed the agent.
        """,
    ),
    # -------------------------------------------------------------------------------------------- Straits Harbour
    item("straits", "straits-outlook-numbered"),
    dict(
        slug="straits-bb10-sign",
        thread=("straits", 1),
        who="daniel",
        date="2027-01-26 19:40",
        client="blackberry",
        lang="en",
        sig=False,
        device="Sent from my BlackBerry 10 smartphone on the Singtel network.",
        text="""
        Niamh, I'll sign with Jason Ong. Melissa to confirm value.
        D
        """,
    ),
    dict(
        slug="straits-gmail-format",
        thread=("straits", 1),
        who="weiling",
        date="2027-01-27 11:30",
        client="gmail",
        lang="en",
        text="""
        Dear Niamh,

        For the Singapore side we file the transfer on BizFile+ ourselves, so no particular format is needed. We only need the signed instrument of transfer (not a scan of a scan please!) and the board resolutions as PDF.

        Thanks and regards,
        Wei Ling
        """,
    ),
    dict(
        slug="straits-bb10-wet-ink",
        thread=("straits", 3),
        who="daniel",
        date="2027-01-27 21:15",
        client="blackberry",
        lang="en",
        sig=False,
        device="Sent from my BlackBerry 10 smartphone on the Singtel network.",
        text="""
        Jason is in SG all that week. Wet ink no problem.
        """,
    ),
    dict(
        slug="straits-outlook-courier",
        thread=("straits", 3),
        who="melissa",
        date="2027-01-28 09:20",
        client="outlook_365",
        lang="en",
        hist_banner=EXT_SG,
        text="""
        Dear Niamh,

        Jason Ong will be in Singapore from 1 to 4 February. We will courier the signed originals to your Dublin office by DHL on 4 February, before the office closes.

        Best regards,
        Melissa
        """,
    ),
    dict(
        slug="straits-gmail-bottom",
        thread=("straits", 3),
        who="weiling",
        date="2027-01-28 10:05",
        client="gmail",
        lang="en",
        bottom=True,
        text="""
        Noted, Niamh. Please send the signing versions to me as well; I'll arrange for the directors to initial every page.

        Wei Ling
        """,
    ),
    dict(
        slug="straits-gmail-received-banner",
        thread=("straits", 4),
        who="weiling",
        date="2027-02-01 19:12",
        client="gmail",
        lang="en",
        text="""
        Dear Niamh,

        Received, thank you. Will revert once signed.

        Regards,
        Wei Ling
        """,
    ),
    # -------------------------------------------------------------------------------------------- Karoo Solar
    item("karoo", "karoo-apple-thabo"),
    dict(
        slug="karoo-samsung-hail",
        thread=("karoo", 3),
        who="pieter",
        date="2027-01-28 15:40",
        client="samsung_email",
        lang="en",
        sig=False,
        text="""
        Tom the hail was 14 Nov, 3 inverter stations down for 19 days. Availability excluding that was 99.1%. I can send the SCADA report and the insurance claim
        """,
    ),
    dict(
        slug="karoo-outlook-status-sent-to",
        thread=("karoo", 3),
        who="lerato",
        date="2027-01-29 09:10",
        client="outlook_365",
        lang="en",
        text="""
        Hi Tom

        Quick status on the investor pack:

        Sent: model v8, investor memo and cap table
        To: Highveld Capital, Umoya Partners and both family offices
        Still to come: audited FY26 accounts (auditors sign on 5 Feb)

        The hail incident report is in the data room under 6.3.

        Regards
        Lerato
        """,
    ),
    dict(
        slug="karoo-ios-yes",
        thread=("karoo", 4),
        who="thabo",
        date="2027-01-29 14:31",
        client="ios_mail",
        lang="en",
        sig=False,
        text="Yes.",
    ),
    dict(
        slug="karoo-apple-fwd-investor",
        thread=("karoo", 1),
        who="thabo",
        to=["jaco"],
        cc=["tom"],
        date="2027-01-28 15:05",
        client="apple_mail",
        lang="en",
        forward=True,
        text="""
        Jaco

        FYI, our advisers' comments on v7. v8 will deal with all three; Lerato will send it tomorrow.

        Thabo
        """,
    ),
    # -------------------------------------------------------------------------------------------- Marsh & Tolley
    item("kestrel", "kestrel-outlook-notice-clause"),
    dict(
        slug="kestrel-owa-clean-draft",
        thread=("kestrel", 3),
        who="oliver",
        date="2027-01-26 11:20",
        client="owa",
        lang="en",
        attach=[
            ("Kestrel SPA - clean (v9).docx", DOCX, fake_office("spa9")),
            ("Kestrel SPA - compare v8 to v9.pdf", "application/pdf", tiny_pdf("compare")),
        ],
        text="""
        Dear Tom,

        Please find attached a clean and a marked-up version of the SPA reflecting the agreed changes to clauses 3.4 and 22.

        Kind regards
        Oliver
        """,
    ),
    # -------------------------------------------------------------------------------------------- Northgate Homes
    item("nghomes", "nghomes-groupwise-figures"),
    dict(
        slug="nghomes-groupwise-filed",
        thread=("nghomes", 3),
        who="keith",
        date="2027-01-22 09:55",
        client="groupwise",
        lang="en",
        text="""
        Hannah

        Got it, thank you. Filed with the 2026 pension records.

        Keith
        """,
    ),
    # -------------------------------------------------------------------------------------------- Ballymore Dairies
    item("ballymore", "ballymore-yahoo-unprefixed"),
    dict(
        slug="ballymore-newoutlook-circulated",
        thread=("ballymore", 1),
        who="eileen",
        date="2027-01-25 09:03",
        client="new_outlook",
        lang="en",
        text="""
        Thanks Ciarán – circulated to the board this morning.

        Eileen
        """,
    ),
    dict(
        slug="ballymore-yahoo-grand",
        thread=("ballymore", 3),
        who="padraig",
        date="2027-01-25 12:44",
        client="yahoo",
        lang="en",
        sig=False,
        device="Sent from Yahoo Mail for iPhone",
        text="""
        Grand, that's right now. See you on the 4th.
        """,
    ),
    # -------------------------------------------------------------------------------------------- Brasserie / Collard / Jacobs
    item("brasserie", "brasserie-outlook-fr-be"),
    dict(
        slug="brasserie-tb-bottom-8859-15",
        thread=("brasserie", 1),
        who="didier",
        date="2027-01-26 21:40",
        client="thunderbird",
        lang="fr",
        bottom=True,
        cs="iso-8859-15",
        text="""
        Bonsoir Madame Marchal,

        Je confirme l'entrepôt sous douane pour la première année. Les volumes seraient de l'ordre de 250 000 € de marchandises.

        Et pour les prix de transfert entre la SA et la filiale : on reste sur prix coûtant + 8 %, comme convenu l'an dernier ?

        Bonne soirée,
        Didier
        """,
    ),
    dict(
        slug="jacobs-crm-iso-fr",
        thread=("jacobs", 1),
        who="jacobs",
        date="2027-01-29 08:50",
        client="crm_iso",
        lang="fr",
        text="""
        Madame Marchal,

        Nous travaillons avec Kent Bonded Logistics à Dartford (entrepôt sous douane agréé, numéro d'autorisation sur demande). Ils peuvent recevoir la marchandise dès le 1er avril.

        Oui, nous pouvons agir comme représentant indirect ; il nous faudra un mandat signé par la filiale.

        Cordialement,
        """,
    ),
    item("collard", "collard-zimbra-balance"),
    dict(
        slug="collard-zimbra-malt",
        thread=("collard", 3),
        who="benoit",
        date="2027-01-29 10:30",
        client="zimbra",
        lang="fr",
        text="""
        Madame Marchal,

        En effet : la brasserie a acheté en décembre le malt du premier trimestre pour profiter de l'ancien prix (hausse de 11 % au 1er janvier). Le stock sera repris en compte 3040 dans la balance définitive.

        Cordialement,
        """,
    ),
    # -------------------------------------------------------------------------------------------- Rochat / Perrin / Favre
    dict(
        slug="rochat-apple-fr-septante",
        thread=("rochat", 1),
        who="laurent",
        date="2027-01-27 14:05",
        client="apple_mail",
        lang="fr",
        text="""
        Chère Madame,

        Voici ce que nous avons :

        1. Valeur fiscale dans la succession : CHF 1'870'000 (estimation de l'expert, janvier 2019).
        2. Travaux : rénovation de la toiture et des façades en 2022, CHF 245'000 ; factures en annexe. La cuisine (CHF 38'000) relève à mon avis de l'entretien.
        3. Prix envisagé : CHF 2'450'000, mais l'acheteur parle de septante mille de moins.

        Mme Berset vous enverra le détail des factures.

        Meilleures salutations
        """,
    ),
    dict(
        slug="rochat-outlook-factures",
        thread=("rochat", 1),
        who="sandrine",
        date="2027-01-28 08:40",
        client="outlook_365",
        lang="fr",
        cs="windows-1252",
        attach=[("Factures travaux 2022.pdf", "application/pdf", tiny_pdf("Factures 2022"))],
        text="""
        Bonjour Madame Marchal,

        Ci-joint les factures des travaux 2022 (toiture et façades), comme annoncé par M. Rochat.

        Meilleures salutations
        """,
    ),
    item("perrin", "perrin-proton-sister"),
    dict(
        slug="perrin-proton-merci",
        thread=("perrin", 3),
        who="nicolas",
        date="2027-01-29 18:10",
        client="proton",
        lang="fr",
        device="Sent with Proton Mail secure email.",
        text="""
        Merci pour la réponse rapide. Je préviens ma sœur, elle sera ravie.

        Nicolas
        """,
    ),
    dict(
        slug="favre-apple-absente",
        thread=("favre", 1),
        who="laurent",
        date="2027-01-29 18:10",
        client="apple_mail",
        lang="fr",
        text="""
        Chère Madame,

        Me Favre est en vacances jusqu'au 8 février ; son assistante m'a confirmé qu'elle vous répondrait à son retour.

        Meilleures salutations
        """,
    ),
    dict(
        slug="favre-zimbra-notaire",
        thread=("favre", 1),
        who="caroline",
        date="2027-02-09 10:20",
        client="zimbra",
        lang="fr",
        attach=[("Convention de prêt à usage 2020.pdf", "application/pdf", tiny_pdf("Convention"))],
        text="""
        Madame,

        Non. La mise à disposition n'a pas été traitée comme une donation : les héritiers ont signé en 2020 une convention de prêt à usage, dont je vous joins copie. Aucun rapport n'est dû.

        Veuillez agréer, Madame, mes salutations distinguées.
        """,
    ),
    # -------------------------------------------------------------------------------------------- Moselle Fund Services
    dict(
        slug="moselle-outlook-claire",
        thread=("moselle", 1),
        who="claire",
        date="2027-01-29 17:20",
        client="outlook_365",
        lang="en",
        text="""
        Hi Niamh,

        1 and 2 are fair – we'll restate the December NAV. On 3, the two subscriptions arrived after the 12:00 cut-off on 30 December and were dealt on 2 January, as the prospectus requires, so they are correctly excluded. Joëlle will answer on 4.

        Best regards,
        Claire
        """,
    ),
    item("moselle", "moselle-newoutlook-fr-red-inline"),
    dict(
        slug="moselle-newoutlook-plateforme",
        thread=("moselle", 3),
        who="joelle",
        date="2027-02-02 14:25",
        client="new_outlook",
        lang="fr",
        text="""
        Bonjour Niamh,

        Je vous transmets les relevés et l'acte de vente via notre plateforme sécurisée : notre politique interne ne nous permet pas d'envoyer des pièces d'investisseurs par courriel. Vous recevrez un lien séparé.

        Cordialement,
        Joëlle
        """,
    ),
    dict(
        slug="moselle-owa-marc-banner",
        thread=("moselle", 1),
        who="marc",
        date="2027-02-01 09:15",
        client="owa",
        lang="en",
        attach=[("Dealing confirmations 30-12-2026.pdf", "application/pdf", tiny_pdf("Dealing"))],
        text="""
        Hi Niamh,

        For item 3, attached are the dealing confirmations for the two subscriptions, time-stamped 30/12 at 14:05 and 15:40, i.e. after the cut-off.

        Regards,
        Marc
        """,
    ),
    # -------------------------------------------------------------------------------------------- Tavares & Filhos
    item("tavares", "tavares-outlook-pt"),
    dict(
        slug="tavares-gmail-pt-escreveu",
        thread=("tavares", 2),
        who="joao",
        date="2027-02-02 12:10",
        client="gmail",
        lang="pt",
        sig=False,
        attach=[("Balancete 31-12-2026.pdf", "application/pdf", tiny_pdf("Balancete"))],
        text="""
        Bom dia Dr. Rui,

        Em 26 de jan. de 2027, a Dra. Ana escreveu que o contrato de serviços nunca foi assinado. Confirmo, e acrescento que os serviços foram faturados mensalmente a partir de março de 2023.

        Junto envio o balancete a 31/12/2026 e as faturas do 1.º e 2.º trimestres. As do 3.º e 4.º trimestres ainda estão a ser conferidas pelo contabilista certificado.

        Cumprimentos,
        João Ribeiro
        """,
    ),
    dict(
        slug="tavares-ios-anexo",
        thread=("tavares", 2),
        who="ines",
        date="2027-01-27 08:05",
        client="ios_mail",
        lang="pt",
        sig=False,
        attach=[("Emails 2023 servicos de gestao.pdf", "application/pdf", tiny_pdf("Emails 2023"))],
        text="""
        Dr. Rui, segue em anexo a troca de emails de 2023 que a Dra. Ana referiu. Ontem faltou o anexo.

        Inês Costa
        """,
    ),
    dict(
        slug="tavares-owa-faturado",
        thread=("tavares", 3),
        who="ana",
        date="2027-01-28 16:20",
        client="owa",
        lang="pt",
        text="""
        Caro Dr. Rui,

        Sim, foram faturados mensalmente durante todo o ano de 2026 (12 faturas de 8.500 € cada).

        Cumprimentos,
        Ana Tavares
        """,
        sig=False,
    ),
    # -------------------------------------------------------------------------------------------- Wisła Components
    item("wisla", "wisla-outlook-iso-8859-2"),
    dict(
        slug="wisla-roundcube-napisala",
        thread=("wisla", 1),
        who="piotr",
        date="2027-01-25 20:12",
        client="roundcube",
        lang="pl",
        text="""
        Pani Marto,

        W dniu 22 stycznia Pani Katarzyna napisała do mnie, że umowa licencyjna wymaga aneksu. Potwierdzam: aneks podpiszemy na posiedzeniu zarządu 4 lutego.

        Proszę o informację, czy dokumentacja może uwzględniać nową stawkę od lipca.

        Pozdrawiam
        Piotr Wiśniewski
        """,
    ),
    dict(
        slug="wisla-gmail-redirect",
        thread=("wisla", 1),
        who="agnieszka",
        date="2027-01-26 09:30",
        client="gmail",
        lang="pl",
        text="""
        Dzień dobry,

        listę płac działu eksportu wyślę w przyszłym tygodniu, po zamknięciu stycznia.

        W sprawie umów proszę kontaktować się z Panią Katarzyną, ja odpowiadam tylko za płace.

        Pozdrawiam,
        Agnieszka Lewandowska
        """,
    ),
    dict(
        slug="wisla-owa-noty",
        thread=("wisla", 3),
        who="katarzyna",
        date="2027-01-27 19:05",
        client="owa",
        lang="pl",
        sig=False,
        hist_banner=EXT_PL,
        text="""
        Pani Marto,

        tak, zestawienie obejmie noty korygujące z grudnia (łącznie 3 noty na kwotę 184 600 zł).

        Pozdrawiam,
        Katarzyna Nowak
        """,
    ),
    dict(
        slug="wisla-roundcube-korekta",
        thread=("wisla", 3),
        who="piotr",
        date="2027-01-27 12:00",
        client="roundcube",
        lang="pl",
        text="""
        Pani Marto,

        tak, proszę uwzględnić noty korygujące - to była korekta cen za III kwartał. Szczegóły przekaże Pani Katarzyna.

        Pozdrawiam
        Piotr
        """,
    ),
    dict(
        slug="wisla-outlook-pd-english",
        thread=("wisla", 1),
        who="katarzyna",
        to=["mike"],
        cc=["marta"],
        date="2027-01-25 15:10",
        client="outlook_365",
        lang="en",
        forward=True,
        cs="iso-8859-2",
        sig=False,
        text="""
        Mike,

        please see below - our advisers in Dublin need the UK distribution agreement and the trademark licence. Do you have the signed UK copies?

        Thanks
        Kasia
        """,
    ),
    # -------------------------------------------------------------------------------------------- Norrland Skog
    item("norrland", "norrland-outlook-sv-den"),
    dict(
        slug="norrland-ios-karin",
        thread=("norrland", 3),
        who="karin",
        date="2027-01-26 19:22",
        client="ios_mail",
        lang="sv",
        sig=False,
        text="""
        Ja, det går bra. Råbalansen kommer den 10:e.

        /Karin
        """,
    ),
    dict(
        slug="norrland-tb-inline",
        thread=("norrland", 1),
        who="johan",
        date="2027-01-26 08:15",
        client="thunderbird",
        lang="sv",
        plain_only=True,
        trim_after=True,
        text="""
        Hej Sofia,
        """,
        inline=[
            ("12 februari", "Avstämningarna för anläggningstillgångar blir klara först den 15:e, resten den 12:e."),
            ("5 mars", "Harwood & Finch har bett att få flytta starten till 8 mars, de återkommer."),
        ],
        tail="""
        Hälsningar
        Johan
        """,
    ),
    dict(
        slug="norrland-tb-bottom",
        thread=("norrland", 3),
        who="johan",
        date="2027-01-27 08:02",
        client="thunderbird",
        lang="sv",
        plain_only=True,
        bottom=True,
        text="""
        Jag kan ta fram råbalansen om Karin inte hinner.
        """,
    ),
    dict(
        slug="norrland-outlook-vb-english",
        thread=("norrland", 1),
        who="erik",
        to=["james"],
        cc=["sofia"],
        date="2027-01-25 13:40",
        client="outlook_365",
        lang="en",
        forward=True,
        sig=False,
        text="""
        Hi James,

        FYI, the timetable from Quillan Birch for the UK company. Can you confirm that 5 March still works for the audit?

        Regards,
        Erik
        """,
    ),
    # -------------------------------------------------------------------------------------------- tax update replies
    dict(
        slug="update-apple-bottom-optout",
        thread=("update", 1),
        who="graham",
        to=["hannah"],
        cc=[],
        date="2027-01-28 19:30",
        client="apple_mail",
        lang="en",
        bottom=True,
        opt_out=True,
        text="""
        Please take me off your list – I sold the business in 2024 and have retired.

        Graham Whitlock
        """,
    ),
    dict(
        slug="update-tb-optout-fr-ca",
        thread=("update", 1),
        who="pyd",
        to=["hannah"],
        cc=[],
        date="2027-01-28 08:05",
        client="thunderbird",
        lang="fr",
        opt_out=True,
        text="""
        Bonjour,

        Veuillez retirer mon adresse de votre liste d'envoi. Je ne siège plus au conseil de Groupe Beaulac depuis décembre.

        Merci,
        Pierre-Yves Dubois
        """,
    ),
    dict(
        slug="update-roundcube-keep-me",
        thread=("update", 1),
        who="aoife",
        to=["hannah"],
        cc=[],
        date="2027-01-28 12:15",
        client="roundcube",
        lang="en",
        opt_out=False,
        text="""
        Hi Hannah,

        The line about not receiving these made me laugh – please don't take me off, these are the only tax emails I actually read!

        Could you add my business partner too? siobhra.nolan@nolanbrennan.ie

        Thanks,
        Aoife
        """,
    ),
    dict(
        slug="update-tb-optout-pl",
        thread=("update", 1),
        who="magda",
        to=["hannah"],
        cc=[],
        date="2027-01-29 10:40",
        client="thunderbird",
        lang="pl",
        plain_only=True,
        cs="iso-8859-2",
        cte="8bit",
        opt_out=True,
        text="""
        Dzień dobry,

        proszę o usunięcie mojego adresu z listy mailingowej. Nie prowadzę już działalności w Wielkiej Brytanii.

        Magdalena Kowalczyk
        """,
    ),
    dict(
        slug="update-apple-optout-sv",
        thread=("update", 1),
        who="lars",
        to=["hannah"],
        cc=[],
        date="2027-01-28 22:02",
        client="apple_mail",
        lang="sv",
        opt_out=True,
        text="""
        Hej,

        Vänligen ta bort mig från era utskick.

        Mvh
        Lars Nyström
        """,
    ),
    dict(
        slug="update-gmail-mobile-404",
        thread=("update", 1),
        who="sunita",
        to=["hannah"],
        cc=[],
        date="2027-01-28 20:10",
        client="gmail_mobile",
        lang="en",
        text="""
        Hi Hannah, the link to the Irish Finance Act note gives a 404. Could you resend?

        Thanks
        Sunita
        """,
    ),
    dict(
        slug="update-classic-assistant",
        thread=("update", 1),
        who="hugh",
        to=["hannah"],
        cc=[],
        date="2027-01-28 09:10",
        client="outlook_classic",
        lang="en",
        text="""
        Hannah,

        No need to stop sending these, but could they go to my assistant, Jane Orme (jane@pembertonfamilyoffice.co.uk), as well? She files them.

        Hugh
        """,
    ),
    dict(
        slug="hanley-outlook-optout",
        thread=("hanley", 1),
        who="fergal",
        date="2027-01-26 08:40",
        client="outlook_365",
        lang="en",
        opt_out=True,
        text="""
        Niamh,

        Thanks, but we've appointed another firm for the R&D claim this year. Please remove me from your mailing list.

        Regards,
        Fergal
        """,
    ),
    dict(
        slug="ashdown-mac-not-now",
        thread=("ashdown", 1),
        who="ruth",
        date="2027-01-26 17:40",
        client="outlook_mac",
        lang="en",
        opt_out=False,
        text="""
        Hi Priya,

        Not at the moment, thanks – we're in the middle of moving studio and I can't think about the year end until March. Try me again after Easter?

        Ruth
        """,
    ),
    dict(
        slug="pemberton-ipad-tonight",
        thread=("pemberton", 1),
        who="hugh",
        date="2027-01-26 13:05",
        client="ios_mail",
        lang="en",
        sig=False,
        device="Sent from my iPad",
        text="""
        Tom – will dig out the trustees' minutes tonight and send the figures tomorrow.

        H
        """,
    ),
    dict(
        slug="pemberton-classic-minutes",
        thread=("pemberton", 1),
        who="hugh",
        date="2027-01-27 10:20",
        client="outlook_classic",
        lang="en",
        cs="windows-1252",
        text="""
        Tom,

        The 2024 distribution, from the trustees' minutes:

        On 3 April 2024 the trustees resolved:
        > to appoint 4,000 Pemberton Holdings Ltd ordinary shares to Charlotte
        > absolutely, valued at £61.25 per share (Rowe Hartley valuation, 31
        > March 2024)

        So £245,000 in total. I'll ask Rowe Hartley for a copy of the valuation report.

        Hugh
        """,
    ),
    # -------------------------------------------------------------------------------------------- suppliers
    dict(
        slug="hollis-salesforce-declaration",
        thread=("hollis", 1),
        who="natalie",
        date="2027-01-26 11:25",
        client="crm_salesforce",
        lang="en",
        footer=(["ref:!00D8d000000cKqA.!500Qw00001XyZaB:ref"], "<div>ref:!00D8d000000cKqA.!500Qw00001XyZaB:ref</div>"),
        text="""
        Dear Hannah,

        Thank you for the proposal form and the fee breakdown.

        The lead insurer does not need a separate declaration for Dublin, but they will want the Irish fee income shown separately, which your breakdown already does. I'll present the risk to the market this week and expect terms by 12 February.

        Kind regards,
        Natalie
        """,
    ),
    dict(
        slug="brightledger-crm-js-date",
        thread=("brightledger", 1),
        who="connor",
        date="2027-01-27 09:40",
        client="crm_js",
        lang="en",
        text="""
        Hi Hannah,

        Great to hear from you! Pricing for 40 users, billed annually:

        Core: $38/user/month ($18,240/yr)
        Core + Practice Management: $52/user/month ($24,960/yr)

        All UK and EU customer data is hosted in AWS eu-west-1 (Dublin), with backups in eu-west-2 (London).

        Want to grab 20 minutes on Thursday to walk through the contract?

        Best,
        Connor
        """,
    ),
    dict(
        slug="paynest-freshdesk-agent",
        thread=("paynest", 1),
        who="ger",
        date="2027-01-26 15:05",
        client="freshdesk",
        lang="en",
        from_override='"Ger O\'Sullivan (PayNest Support)" <support@paynest.ie>',
        text="""
        Hi Priya,

        Thanks for the detail. Error 1046 after a credentials change usually means the new password was saved against the agent profile but not against the employer record.

        Could you go to Employer > HMRC Settings for Tessaract UK Ltd, re-enter the Government Gateway user ID and password, and resubmit the FPS? If it fails again, reply here with a screenshot of the submission log.

        Kind regards,
        """,
    ),
]
