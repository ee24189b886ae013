"""The threads that blind14's replies answer: what Quillan Birch sent, and the earlier replies in each thread.

Each item is rendered by its own client, quoting the item before it, so a reply at depth n carries a history of n
messages in the layouts of the clients that wrote them. Dates are local to the writer ("off" overrides the zone).
"""

from make14 import EXT_LU, MIMECAST, SYMANTEC

T = {}

# ------------------------------------------------------------------------------------------------ Brindle Foods (UK)
T["brindle"] = (
    "Brindle Foods - R&D claim FY26: information request",
    [
        dict(
            who="tom",
            to=["gareth"],
            cc=["sophie"],
            date="2027-01-19 09:42",
            client="outlook_365",
            text="""
        Hi Gareth,

        Thanks for the call on Friday. To finalise the R&D claim for the year ended 30 September 2026 we need:

        1. Timesheets, or a documented apportionment, for the four NPD technologists
        2. The Leeds Food Lab invoices and contracts for the shelf-life trials
        3. Confirmation of which reformulation projects were stopped before completion

        Under the merged scheme the Leeds Food Lab work is likely to be treated as contracted-out R&D, so the contracts matter as much as the invoices.

        Could you let me have these by Friday 29 January? The claim notification window closes on 31 March and I would like the numbers agreed well before then.

        Kind regards,
        Tom
        """,
            cs="windows-1252",
        ),
        dict(
            who="gareth",
            date="2027-01-20 08:15",
            client="outlook_365",
            footer=MIMECAST,
            text="""
        Morning Tom,

        Sophie is pulling the timesheets together. The oat-base yoghurt project was stopped in June; the other two are still running.

        I'll ask QA for the Leeds Food Lab contracts – they were signed before my time.

        Gareth
        """,
        ),
        dict(
            who="tom",
            date="2027-01-20 11:02",
            client="outlook_365",
            text="""
        Thanks Gareth, that's helpful.

        Sophie – a few questions for you while you're in the data:

        Can the timesheets be split by project, or do they only show total hours?
        What was the NPD headcount at 30 September?
        Were any of the technologists also working on the Innovate UK grant project?
        Roughly what did the oat-base trial consumables cost?

        Thanks,
        Tom
        """,
        ),
        dict(
            who="tom",
            to=["gareth", "sophie"],
            cc=[],
            date="2027-01-27 16:20",
            client="outlook_365",
            text="""
        Gareth, Sophie,

        Draft claim summary attached. Qualifying expenditure comes to £412,600, of which £96,300 is the Leeds Food Lab work at 65%. The Innovate UK hours have been taken out.

        If you're happy with it, please sign the letter of representation (also attached) and send it back to me.

        Regards,
        Tom
        """,
        ),
    ],
)

# Gareth forwards Tom's first email to Dave (the forward is also a reply under test: same slug, same Message-ID)
BRINDLE_FWD = dict(
    slug="brindle-outlook-fwd-to-ops",
    who="gareth",
    to=["dave"],
    cc=["tom"],
    date="2027-01-20 08:40",
    client="outlook_365",
    forward=True,
    footer=MIMECAST,
    text="""
    Dave,

    Can you find the Leeds Food Lab contracts on the QA drive? Tom (copied) needs to see who owns the results of the shelf-life trials – see point 2 below.

    Thanks
    Gareth
    """,
)
T["brindle_fwd"] = (T["brindle"][0], ("from", "brindle", 1, [BRINDLE_FWD]))

# ------------------------------------------------------------------------------------------------ Corrib Logistics (IE)
T["corrib"] = (
    "Corrib Logistics - VAT registration in the Netherlands",
    [
        dict(
            who="niamh",
            to=["siobhan"],
            cc=["declan"],
            date="2027-01-18 14:05",
            client="outlook_365",
            text="""
        Hi Siobhán,

        As discussed, once the Venlo warehouse starts receiving stock Corrib will be making taxable supplies in the Netherlands and will need a Dutch VAT number. We can either register Corrib directly or appoint a fiscal representative.

        For a direct registration the Belastingdienst will want:
        - the certificate of incorporation and constitution
        - the lease for the Venlo unit
        - a letter describing the activities and the expected start date

        Could you confirm which route you'd prefer, and the date the first stock arrives?

        Kind regards,
        Niamh
        """,
        ),
        dict(
            who="siobhan",
            date="2027-01-19 09:20",
            client="gmail",
            text="""
        Hi Niamh,

        Direct registration please — Declan doesn't want a fiscal rep if we can avoid it.

        First stock is due on the 15th of February, though that depends on the lease, which still isn't signed.

        Thanks,
        Siobhán
        """,
        ),
        dict(
            who="niamh",
            date="2027-01-19 12:47",
            client="outlook_365",
            text="""
        Thanks Siobhán. Direct registration can take six to eight weeks, so stock arriving on 15 February is tight. If the lease isn't signed by the end of the month we should talk about a fallback.

        I'll prepare the activities letter in the meantime. Can you send me the lease when it's final?

        Niamh
        """,
        ),
        dict(
            who="declan",
            date="2027-01-19 13:30",
            client="ios_mail",
            sig=False,
            text="""
        Niamh we'll have the lease signed by the 29th, don't worry.

        Declan
        """,
        ),
        dict(
            who="siobhan",
            to=["niamh"],
            cc=["declan"],
            date="2027-01-21 10:02",
            client="gmail",
            text="""
        Niamh,

        The landlord's agent sent a revised lease last night (attached, for info only – Declan is still negotiating the break clause).

        Siobhán
        """,
        ),
        dict(
            who="niamh",
            date="2027-01-21 15:30",
            client="outlook_365",
            text="""
        Thanks both.

        I've started on the activities letter – draft attached. Could you check the description of the warehouse operations in paragraph 2?

        And the turnover estimate in paragraph 4 – the Belastingdienst does read these.

        Niamh
        """,
        ),
    ],
)

# Siobhán forwards Niamh's draft letter to the company's accountant (also a reply under test)
CORRIB_FWD = dict(
    slug="corrib-gmail-fwd-accountant",
    who="siobhan",
    to=["aidan"],
    cc=["niamh"],
    date="2027-01-22 09:10",
    client="gmail",
    lang="en",
    forward=True,
    text="""
    Aidan,

    See Niamh's note below – the draft letter is attached. Can you check the turnover estimate in paragraph 4 against the budget we gave the bank? Reply all so Niamh sees it.

    Thanks,
    Siobhán
    """,
)
T["corrib_fwd"] = (T["corrib"][0], ("from", "corrib", 6, [CORRIB_FWD]))

# ------------------------------------------------------------------------------------------------ Pine Hollow (US)
T["heron"] = (
    "Project Heron - financial DD: data room questions (round 2)",
    [
        dict(
            who="tom",
            to=["mark"],
            cc=["rachel"],
            date="2027-01-21 17:30",
            client="outlook_365",
            text="""
        Mark, Rachel,

        Please find below our second round of questions on the Heron data room. The numbering follows the Q&A log.

        2.1 Revenue by customer: the FY25 schedule (folder 4.2) totals £18.4m but the audited accounts show £18.9m. What is the £0.5m difference?
        2.2 Deferred income: is the release profile for the three-year service contracts available?
        2.3 Pensions: the 2024 actuarial valuation is referred to but is not in the data room. Can management provide it?
        2.4 Working capital: can we have month-end debtors and creditors for the last 24 months, not just quarter ends?

        We would like to close these out before the management session on 2 February.

        Best regards,
        Tom
        """,
        ),
        dict(
            who="mark",
            date="2027-01-21 14:05",
            client="outlook_mac",
            hist_banner=None,
            text="""
        Tom – thanks. Rachel will run these through the banker. 2.3 could be sensitive, the seller has been cagey about the scheme.

        Mark
        """,
        ),
        dict(
            who="tom",
            date="2027-01-22 09:14",
            client="outlook_365",
            text="""
        Understood. If the valuation itself can't be shared, a summary of the deficit and the recovery plan is the minimum we'd need for the SPA discussion.

        Tom
        """,
        ),
        dict(
            who="rachel",
            date="2027-01-22 08:30",
            client="superhuman",
            text="""
        Tom – banker says a valuation summary is coming. Meanwhile 4.7 now has the deferred income profile.
        """,
        ),
        dict(
            who="evan",
            to=["tom", "mark", "rachel"],
            cc=[],
            date="2027-01-22 10:02",
            client="front",
            text="""
        Hi all,

        Q&A log v3 is in the data room (folder 0.3) with Tom's round 2 questions added as 2.1-2.4.

        Best,
        Evan
        """,
        ),
        dict(
            who="tom",
            date="2027-01-22 16:40",
            client="outlook_365",
            text="""
        Thanks Evan.

        Rachel – could the banker also find out whether the seller would give a specific indemnity for the pension deficit?

        Tom
        """,
        ),
        dict(
            who="tom",
            to=["mark"],
            cc=["rachel"],
            date="2027-01-29 10:05",
            client="outlook_365",
            text="""
        Mark,

        Shall I send our minimum requirements on the pension information straight to Whitford Lane, copying you and Rachel?

        Tom
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Tessaract (US)
JORDAN_INLINE = dict(
    slug="tessaract-gmail-inline",
    who="jordan",
    date="2027-01-22 10:20",
    client="gmail",
    text="""
    Hi Priya,

    Answers inline below.
    """,
    inline=[
        (
            "The file has 14 employees",
            """
        Yes – Kemi Adeyemi, started Jan 11 as a field service engineer. Sam has her starter checklist.
        """,
        ),
        (
            "Total gross pay in the file",
            """
        Yes, the pay review was effective January 1. There were also two promotions in the UK team.
        """,
        ),
    ],
    trim_after=True,
)

T["tessaract"] = (
    "Tessaract UK Ltd - January payroll input",
    [
        dict(
            who="priya",
            to=["jordan"],
            cc=["sam"],
            date="2027-01-22 15:10",
            client="outlook_365",
            text="""
        Hi Jordan,

        We've received the January payroll file for Tessaract UK Ltd, thank you. Before we run it, two points:

        - The file has 14 employees but our records show 13 at the end of December. Is there a new starter? If so, we need a P45 or a starter checklist.
        - Total gross pay in the file is £96,418.50, about 11% up on December. Is that the annual pay review?

        Payroll cut-off is Tuesday 26 January.

        Best wishes,
        Priya
        """,
        ),
        JORDAN_INLINE,
        dict(
            who="priya",
            to=["jordan"],
            cc=["sam"],
            date="2027-01-22 17:02",
            client="outlook_365",
            text="""
        Thanks Jordan.

        Sam – could you send Kemi's starter checklist and the list of pay changes? The total still looks a little higher than the review letters suggest.

        Priya
        """,
        ),
        dict(
            who="priya",
            to=["jordan"],
            cc=["sam"],
            date="2027-01-26 11:05",
            client="outlook_365",
            text="""
        Jordan,

        January payroll is ready: net pay £71,204.33, PAYE and NIC due to HMRC £31,870.12.

        Please approve by reply and we'll release the BACS file this afternoon.

        Priya
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Lakeshore Timber (CA)
T["lakeshore"] = (
    "Lakeshore Timber - UK transfer pricing: master file update",
    [
        dict(
            who="ciaran",
            to=["cheryl"],
            cc=["raj"],
            date="2027-01-20 15:45",
            client="outlook_365",
            text="""
        Hi Cheryl,

        We're starting the FY2026 master file update for the UK and Irish entities. Could you confirm whether anything changed in the group's intercompany arrangements in 2026? In particular:

        (a) the management fee charged by Lakeshore Timber Inc. to the UK sales company – is it still cost plus 5%?
        (b) the new Irish distribution entity – when did it start trading?
        (c) any changes to the treasury arrangements (cash pool, intercompany loans)?

        Thanks,
        Ciarán
        """,
        ),
        dict(
            slug="lakeshore-classic-inline-initials",
            who="cheryl",
            date="2027-01-20 14:10",
            client="outlook_classic",
            cs="windows-1252",
            sig=False,
            text="""
        Ciarán,

        See my answers below marked CM.

        Cheryl
        """,
            inline=[
                (
                    "(a) the management fee",
                    """
            CM: Still cost plus 5%. We looked at moving to cost plus 7% but the
            board deferred it to 2027.
            """,
                ),
                (
                    "(b) the new Irish distribution",
                    """
            CM: It started trading on July 1, 2026. First invoices went out in
            August.
            """,
                ),
                (
                    "(c) any changes to the treasury",
                    """
            CM: No changes to the cash pool. One new loan: CAD 4m to the Irish
            entity at 5.25%, drawn September 15, 2026.
            """,
                ),
            ],
        ),
        dict(
            who="ciaran",
            to=["cheryl"],
            cc=["raj"],
            date="2027-01-21 16:10",
            client="outlook_365",
            text="""
        Thanks Cheryl, very clear.

        Could you send the 2026 management fee calculation by entity? We need the cost base as well as the fee.

        Ciarán
        """,
        ),
        dict(
            who="raj",
            to=["ciaran"],
            cc=["cheryl"],
            date="2027-01-22 13:30",
            client="outlook_365",
            text="""
        Ciarán,

        Cheryl is at the board meeting in Thunder Bay until Thursday. I'll make sure she sees this.

        Raj
        """,
        ),
        dict(
            who="ciaran",
            to=["raj"],
            cc=["cheryl"],
            date="2027-01-25 10:20",
            client="outlook_365",
            text="""
        Thanks Raj. One more for you in the meantime: is the CAD 4m loan to the Irish entity documented in a signed agreement, and is interest actually being paid?

        Ciarán
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Groupe Beaulac (QC)
T["beaulac"] = (
    "Groupe Beaulac - acquisition de la filiale irlandaise : calendrier",
    [
        dict(
            who="elodie",
            to=["genevieve"],
            cc=["mathieu"],
            date="2027-01-25 14:20",
            client="outlook_365",
            lang="fr",
            text="""
        Bonjour Geneviève,

        Suite à notre appel de ce matin, voici le calendrier proposé pour l'acquisition de Shannon Precision Ltd :

        - 5 février : réception des états financiers audités 2026
        - 12 février : rapport de due diligence (version projet)
        - 26 février : signature visée

        Pourriez-vous nous confirmer que ces dates conviennent à M. Gagnon et au conseil ?

        Bien cordialement,
        Élodie
        """,
        ),
        dict(
            who="genevieve",
            date="2027-01-25 10:05",
            client="outlook_365",
            lang="fr",
            slug="beaulac-outlook-fr-ca",
            cs="windows-1252",
            text="""
        Bonjour Élodie,

        Merci pour le calendrier. Le 5 février nous convient, les auditeurs nous ont confirmé la livraison des états financiers pour le 4.

        Par contre, le conseil ne se réunit que le 3 mars. Mathieu propose de viser une signature le 4 mars plutôt que le 26 février. Est-ce que ça pose problème pour le financement?

        Bonne journée,
        Geneviève
        """,
        ),
        dict(
            who="elodie",
            date="2027-01-25 17:45",
            client="outlook_365",
            lang="fr",
            text="""
        Geneviève,

        Le 4 mars ne pose pas de problème pour le financement. En revanche, la période d'exclusivité accordée par les vendeurs se termine le 28 février : il faudrait la faire prolonger d'au moins deux semaines.

        Pouvez-vous confirmer que M. Gagnon s'en charge ?

        Élodie
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Wattle Ridge (AU)
T["wattle"] = (
    "Wattle Ridge - UK distribution JV: draft heads of terms",
    [
        dict(
            who="tom",
            to=["bronwyn"],
            cc=["liam"],
            date="2027-01-27 08:30",
            client="outlook_365",
            text="""
        Hi Bronwyn,

        Attached is our mark-up of the heads of terms from Harcourt Cellars. The main points:

        1. Profit share – Harcourt propose 60/40 in their favour for the first two years. Given you are funding the stock, 50/50 from year one seems more defensible.
        2. Exit – there is no put or call option. I'd suggest a call option for Wattle Ridge at fair value after year three.
        3. Exclusivity – their draft gives them exclusivity for the whole of the UK and Ireland. Ireland isn't in the business plan.

        Happy to walk through it on a call – your morning/our evening works best.

        Regards,
        Tom
        """,
        ),
        dict(
            slug="wattle-outlook-bold-inline",
            who="bronwyn",
            date="2027-01-27 21:10",
            client="outlook_365",
            inline_style="bold",
            text="""
        Tom,

        Thanks – comments in bold below. Liam to confirm the Ireland point.

        B
        """,
            inline=[
                ("1. Profit share", "Agree. We'd accept 55/45 in year one as a fallback, nothing lower."),
                ("2. Exit", "Yes to the call option. Can we also have a put if Harcourt itself is sold?"),
                ("3. Exclusivity", "Liam to confirm, but I think we keep Ireland out."),
            ],
        ),
        dict(
            who="tom",
            to=["bronwyn", "liam"],
            cc=[],
            date="2027-01-29 07:50",
            client="outlook_365",
            text="""
        Bronwyn, Liam,

        Harcourt have come back on the mark-up: they accept the call option and 55/45 in year one, but want to keep Ireland in the exclusivity "for the on-trade only".

        Do you want to accept that, or hold firm?

        Tom
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Kaveri Infotech (IN)
T["kaveri"] = (
    "Kaveri Infotech - UK establishment registration",
    [
        dict(
            who="priya",
            to=["venkat"],
            cc=["rohit"],
            date="2027-01-19 11:20",
            client="outlook_365",
            text="""
        Dear Venkatesh,

        Thank you for the documents. To complete the UK establishment registration at Companies House we still need:

        1. A certified copy of the certificate of incorporation, with an apostille
        2. The latest audited accounts (FY 2025-26), in English
        3. Details of the person authorised to accept service of documents in the UK

        Could you also confirm the date the UK branch is expected to start trading?

        Kind regards,
        Priya
        """,
        ),
        dict(
            slug="kaveri-zoho-noted-attached",
            who="venkat",
            date="2027-01-19 18:02",
            client="zoho",
            text="""
        Dear Priya,

        Noted with thanks. We will courier the apostilled certificate by Friday. Audited accounts for FY 2025-26 are attached.

        Mr. Rohit Malhotra will be the person authorised to accept service; his UK address will be the branch office at Aldgate.

        The UK branch will start operations from 1st April 2027.
        """,
        ),
        dict(
            who="priya",
            to=["venkat"],
            cc=["rohit"],
            date="2027-01-20 09:00",
            client="outlook_365",
            text="""
        Thank you Venkatesh.

        Please note that the certificate has to be certified as a true copy by a notary before the apostille is added, not after. Otherwise Companies House will reject it.

        Priya
        """,
        ),
        dict(
            slug="kaveri-outlook-pfa-disclaimer",
            who="rohit",
            to=["priya"],
            cc=["venkat"],
            date="2027-01-20 16:45",
            client="outlook_365",
            text="""
        Hi Priya,

        PFA the notarised and apostilled copy (scan). The original follows by DHL, AWB 7789 2310 441.

        Kindly acknowledge receipt.
        """,
        ),
        dict(
            who="priya",
            to=["rohit"],
            cc=["venkat"],
            date="2027-01-21 10:15",
            client="outlook_365",
            text="""
        Dear Rohit,

        Received, thank you. We will file the registration on Monday and let you know the UK establishment number.

        Priya
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Straits Harbour (SG)
T["straits"] = (
    "Straits Harbour - intra-group share transfer: board resolutions",
    [
        dict(
            who="niamh",
            to=["melissa"],
            cc=["daniel", "weiling"],
            date="2027-01-26 09:15",
            client="outlook_365",
            text="""
        Dear Melissa,

        Please find attached the draft board resolutions for the transfer of the shares in Straits Harbour Ireland Limited from Straits Harbour Holdings Pte. Ltd. to Straits Harbour Europe B.V.

        Could you confirm:
        1. that the transfer is at book value (EUR 12.6m), as in the step plan;
        2. who will sign for the Singapore company – Daniel and one other director?
        3. whether the Company Secretary needs the documents in a particular format for the Singapore filing?

        We would like to sign before the Lunar New Year break.

        Kind regards,
        Niamh
        """,
        ),
        dict(
            slug="straits-outlook-numbered",
            who="melissa",
            date="2027-01-27 10:05",
            client="outlook_365",
            text="""
        Dear Niamh,

        1. Confirmed, EUR 12.6m at book value. Our auditors have agreed the number.
        2. Daniel and Jason Ong will sign.
        3. Wei Ling will revert on the format.

        Please note that our office will be closed from 5 to 9 February for Lunar New Year, so signing on 3 or 4 February would be ideal.

        Best regards,
        Melissa
        """,
        ),
        dict(
            who="niamh",
            to=["melissa"],
            cc=["daniel", "weiling"],
            date="2027-01-27 11:40",
            client="outlook_365",
            text="""
        Thank you all. I'll circulate signing versions on Monday 1 February for signature on 3 February.

        Daniel – could you confirm that Jason Ong will be in Singapore that week? Both signatures have to be wet ink.

        Niamh
        """,
        ),
        dict(
            who="niamh",
            to=["melissa", "weiling"],
            cc=["daniel"],
            date="2027-02-01 10:05",
            client="outlook_365",
            text="""
        Dear Melissa, Wei Ling,

        Signing versions attached: the board resolutions, the instrument of transfer and the director's certificate. Please initial every page and sign where flagged.

        Kind regards,
        Niamh
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Karoo Solar (ZA)
T["karoo"] = (
    "Karoo Solar - Series B: financial model review",
    [
        dict(
            who="tom",
            to=["thabo"],
            cc=["lerato", "pieter"],
            date="2027-01-28 10:00",
            client="outlook_365",
            text="""
        Hi Thabo,

        We've been through version 7 of the model. Headline points before Friday's investor call:

        - Tariff escalation is 8% a year throughout. The approved increases for the next two years are lower; we'd show a base case at CPI + 2%.
        - Plant availability is 99.5%. Operating data for the Touws River plant in 2026 was 97.8%.
        - The rand/dollar rate is flat at R18.40. Lenders will want to see a weaker rand scenario.

        None of these is fatal, but investors will pick them up. Can we agree the base case assumptions by Thursday?

        Regards,
        Tom
        """,
        ),
        dict(
            who="thabo",
            date="2027-01-28 14:20",
            client="apple_mail",
            slug="karoo-apple-thabo",
            footer=SYMANTEC,
            text="""
        Tom

        Fair points, all three. Lerato will rerun with CPI+2 and a R20 scenario.

        On availability I'd push back a bit – 2026 was hit by the hail in November, which was a one-off. 98.5% is defensible.

        Can we speak Thursday at 2pm our time?

        Thabo
        """,
        ),
        dict(
            who="tom",
            date="2027-01-28 13:05",
            client="outlook_365",
            text="""
        Thursday 2pm SAST works. 98.5% is fine if the hail damage is documented – could someone send me the incident report?

        Tom
        """,
        ),
        dict(
            who="tom",
            to=["thabo"],
            cc=["lerato"],
            date="2027-01-29 12:00",
            client="outlook_365",
            text="""
        Thabo – are you happy for me to share v8 with Highveld's analysts before the call?

        Tom
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Marsh & Tolley (UK)
T["kestrel"] = (
    "Project Kestrel - SPA: completion accounts and notices",
    [
        dict(
            who="tom",
            to=["fiona"],
            cc=["oliver"],
            date="2027-01-25 12:30",
            client="outlook_365",
            text="""
        Fiona,

        Two points on the latest SPA draft from our side:

        1. Schedule 6 (completion accounts) – the locked box alternative was deleted but clause 3.4 still refers to the "Locked Box Date". Can that be tidied up?
        2. Clause 22 (notices) – our client wants notices to be valid by email as well as by post. At the moment email is excluded.

        Tom
        """,
        ),
        dict(
            who="fiona",
            date="2027-01-25 16:48",
            client="outlook_365",
            slug="kestrel-outlook-notice-clause",
            cs="windows-1252",
            text="""
        Tom,

        1. Agreed, we'll delete the reference in 3.4.

        2. We can live with email notices, but they need to be properly formal. Proposed new clause 22.3:

        "22.3 A notice given by email shall be in the following form and shall be valid only if sent to the address set out below:
        From: the Seller
        To: the Buyer, for the attention of the Company Secretary (cosec@kestrelholdings.co.uk)
        Subject: NOTICE UNDER THE SHARE PURCHASE AGREEMENT DATED [•] 2027
        and shall be deemed received at the time of transmission if sent before 5.00 pm on a Business Day."

        Let me know if your client is content and we'll circulate a clean draft tomorrow.

        Kind regards
        Fiona
        """,
        ),
        dict(
            who="tom",
            date="2027-01-26 09:02",
            client="outlook_365",
            text="""
        Fiona,

        Client is content with 22.3. Please circulate the clean draft.

        Tom
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Northgate Homes (UK)
T["nghomes"] = (
    "Northgate Homes - pension re-declaration of compliance",
    [
        dict(
            who="hannah",
            to=["keith"],
            date="2027-01-21 10:00",
            client="outlook_365",
            text="""
        Dear Keith,

        The Pensions Regulator's re-declaration of compliance for Northgate Homes Group is due by 5 March 2027. We can complete it for you as part of the payroll service if you can confirm:

        - the number of staff re-enrolled on the re-enrolment date (1 December 2026)
        - the number who have since opted out

        Many thanks,
        Hannah
        """,
        ),
        dict(
            who="keith",
            date="2027-01-21 14:40",
            client="groupwise_plain",
            slug="nghomes-groupwise-figures",
            text="""
        Hannah

        Thanks for this. Figures from our HR system:

        Re-enrolled on 01/12/2026: 38
        Opted out since: 6 (all within the one month window)

        Please go ahead and complete the re-declaration for us.

        Regards

        Keith
        """,
        ),
        dict(
            who="hannah",
            date="2027-01-22 09:12",
            client="outlook_365",
            text="""
        Thanks Keith. Done – the confirmation from the Regulator is attached. Please keep a copy with your pension records.

        Hannah
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Ballymore Dairies (IE)
T["ballymore"] = (
    "Ballymore Dairies - draft financial statements for the board",
    [
        dict(
            who="ciaran",
            to=["eileen"],
            cc=["padraig"],
            date="2027-01-22 16:30",
            client="outlook_365",
            text="""
        Dear Eileen,

        Attached are the draft financial statements for the year ended 30 September 2026 for circulation to the board ahead of the meeting on 4 February.

        Note 14 (milk price reconciliation) has changed since the version the audit committee saw: the supplementary payment of 1.2c per litre approved in December is now accrued.

        Kind regards,
        Ciarán
        """,
        ),
        dict(
            slug="ballymore-yahoo-unprefixed",
            who="padraig",
            date="2027-01-24 21:15",
            client="yahoo",
            sig=False,
            text="""
        Ciarán,

        Read it over the weekend. On note 14, the supplementary payment was 1.2c a litre for suppliers who were in the scheme for the full year only, not everyone. That's about a third less than you have.

        Pádraig Murphy
        """,
        ),
        dict(
            who="ciaran",
            to=["padraig"],
            cc=["eileen"],
            date="2027-01-25 10:30",
            client="outlook_365",
            text="""
        Pádraig,

        Thanks for catching that. You're right – only suppliers in the scheme for the full year qualify. The accrual falls from €611,000 to €402,000. Revised note 14 attached.

        Ciarán
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Brasserie Vandenbroucke (BE)
T["brasserie"] = (
    "Brasserie Vandenbroucke - reprise de la distribution au Royaume-Uni",
    [
        dict(
            who="elodie",
            to=["annesophie"],
            cc=["didier"],
            date="2027-01-26 10:10",
            client="outlook_365",
            lang="fr",
            text="""
        Bonjour Madame Lambert,

        Comme convenu, voici les points à régler avant la reprise de la distribution par votre filiale britannique au 1er avril :

        1. l'enregistrement TVA au Royaume-Uni (délai actuel : environ quatre semaines) ;
        2. le numéro EORI pour les importations ;
        3. le régime des accises : statut d'entrepositaire agréé ou passage par un entrepôt sous douane ?

        Pourriez-vous nous indiquer qui, chez vous, suivra le dossier douanier ?

        Bien à vous,
        Élodie Marchal
        """,
        ),
        dict(
            who="annesophie",
            date="2027-01-26 15:22",
            client="outlook_365",
            lang="fr",
            slug="brasserie-outlook-fr-be",
            cs="windows-1252",
            text="""
        Bonjour Madame Marchal,

        Merci pour ce récapitulatif.

        Pour les points 1 et 2, nous vous laissons faire. Pour les accises, Didier préfère passer par un entrepôt sous douane la première année : nous n'avons pas encore les volumes pour justifier un statut d'entrepositaire.

        Le dossier douanier sera suivi par notre transitaire, M. Jacobs (Transports Jacobs & Fils, Liège), que je mets en copie.

        Bien à vous,
        Anne-Sophie Lambert
        """,
        ),
        dict(
            who="elodie",
            to=["annesophie"],
            cc=["didier", "jacobs"],
            date="2027-01-27 09:30",
            client="outlook_365",
            lang="fr",
            text="""
        Monsieur Jacobs,

        Enchantée. Pourriez-vous nous dire quel entrepôt sous douane vous envisagez au Royaume-Uni, et si vous pouvez agir comme représentant en douane indirect pour la filiale ?

        Bien à vous,
        Élodie Marchal
        """,
        ),
    ],
)
T["collard"] = (
    "Brasserie Vandenbroucke - balance au 31 décembre 2026",
    [
        dict(
            who="elodie",
            to=["benoit"],
            cc=["annesophie"],
            date="2027-01-27 11:00",
            client="outlook_365",
            lang="fr",
            text="""
        Monsieur Collard,

        Mme Lambert nous indique que vous tenez la comptabilité de la brasserie. Pourriez-vous nous transmettre la balance générale au 31 décembre 2026, même provisoire ?

        Bien à vous,
        Élodie Marchal
        """,
        ),
        dict(
            slug="collard-zimbra-balance",
            who="benoit",
            date="2027-01-28 09:20",
            client="zimbra",
            lang="fr",
            text="""
        Madame Marchal,

        Vous trouverez en annexe la balance provisoire au 31/12/2026. Les écritures d'inventaire ne sont pas encore passées ; la version définitive suivra vers le 15 février.

        Cordialement,
        """,
        ),
        dict(
            who="elodie",
            to=["benoit"],
            cc=["annesophie"],
            date="2027-01-28 16:05",
            client="outlook_365",
            lang="fr",
            text="""
        Merci Monsieur Collard.

        Une question sur le compte 6040 (achats de malt) : le solde de décembre est presque le double de celui de novembre. Y a-t-il eu un achat anticipé ?

        Élodie Marchal
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Rochat / Perrin (CH)
T["rochat"] = (
    "Dossier Perrin - immeuble de Montreux",
    [
        dict(
            who="elodie",
            to=["laurent"],
            cc=["sandrine"],
            date="2027-01-27 09:30",
            client="outlook_365",
            lang="fr",
            text="""
        Cher Monsieur Rochat,

        Suite à notre échange, M. Nicolas Perrin nous demande d'examiner les conséquences fiscales au Royaume-Uni de la vente de l'immeuble de Montreux. Trois questions :

        1. Quelle valeur fiscale a été retenue dans la succession de sa mère (2019) ?
        2. Quels travaux à plus-value ont été effectués depuis, avec factures ?
        3. Quel est le prix de vente envisagé ?

        Nous avons besoin de ces éléments pour calculer le gain imposable au Royaume-Uni, M. Perrin y étant résident depuis 2021.

        Avec mes meilleures salutations,
        Élodie Marchal
        """,
        ),
    ],
)
T["perrin"] = (
    "Vente de l'immeuble de Montreux - question d'occupation",
    [
        dict(
            who="elodie",
            to=["nicolas"],
            date="2027-01-29 11:00",
            client="outlook_365",
            lang="fr",
            text="""
        Cher Monsieur Perrin,

        Nous avons reçu les éléments de la fiduciaire Rochat, merci.

        Avant de finaliser notre note, pourriez-vous nous confirmer que vous n'avez jamais habité l'immeuble de Montreux après le décès de votre mère ? Cela a une incidence sur l'exonération de la résidence principale.

        Avec mes meilleures salutations,
        Élodie Marchal
        """,
        ),
        dict(
            slug="perrin-proton-sister",
            who="nicolas",
            date="2027-01-29 14:02",
            client="proton",
            lang="fr",
            device="Sent with Proton Mail secure email.",
            text="""
        Bonjour Madame Marchal,

        Je confirme : je n'y ai jamais habité. L'immeuble est loué depuis 2019 (deux appartements sur trois).

        Par contre, ma sœur a occupé le troisième gratuitement de 2020 à 2022. Est-ce que ça change quelque chose ?

        Nicolas Perrin
        """,
        ),
        dict(
            who="elodie",
            to=["nicolas"],
            date="2027-01-29 16:30",
            client="outlook_365",
            lang="fr",
            text="""
        Merci Monsieur Perrin.

        L'occupation gratuite par votre sœur ne change rien à l'exonération, qui ne s'applique pas de toute façon. Elle peut en revanche avoir une incidence en Suisse ; je pose la question à Me Favre, qui a instruit la succession.

        Élodie Marchal
        """,
        ),
    ],
)
T["favre"] = (
    "Succession Perrin (2019) - mise à disposition gratuite",
    [
        dict(
            who="elodie",
            to=["caroline"],
            cc=["laurent"],
            date="2027-01-29 16:45",
            client="outlook_365",
            lang="fr",
            text="""
        Maître,

        Dans le cadre de la vente de l'immeuble de Montreux, M. Perrin nous indique que sa sœur y a logé gratuitement de 2020 à 2022. Cette mise à disposition a-t-elle été traitée comme une donation dans le partage successoral ?

        Avec mes meilleures salutations,
        Élodie Marchal
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Moselle Fund Services (LU)
T["moselle"] = (
    "Moselle FS - Q4 2026 NAV review: open items",
    [
        dict(
            who="niamh",
            to=["claire"],
            cc=["joelle", "marc"],
            date="2027-01-28 11:00",
            client="outlook_365",
            text="""
        Hi Claire,

        Following our review of the Q4 2026 NAV pack for the Alzette Real Estate Fund, we have four open items:

        1. Revaluation of the Kirchberg property: the valuer's report is dated 15 December but the NAV uses the September value.
        2. Management fee accrual: the December accrual appears to use the old 1.25% rate.
        3. Investor register: two subscriptions received on 30 December are not in the register.
        4. AML: the source of funds documentation for investor 0187 is still outstanding.

        Could you let us have your comments by 5 February?

        Kind regards,
        Niamh
        """,
        ),
        dict(
            slug="moselle-newoutlook-fr-red-inline",
            who="joelle",
            date="2027-01-29 11:05",
            client="new_outlook",
            lang="fr",
            inline_style="owa:#C00000",
            hist_banner=EXT_LU,
            text="""
        Bonjour Niamh,

        Pour le point 4, voir ma réponse en rouge ci-dessous.

        Cordialement,
        Joëlle
        """,
            inline=[
                (
                    "4. AML",
                    "Documents reçus le 27 janvier (relevés bancaires et acte de vente de l'immeuble). Le dossier de l'investisseur 0187 est complet depuis hier.",
                ),
            ],
        ),
        dict(
            who="niamh",
            to=["joelle"],
            cc=["claire"],
            date="2027-02-02 09:40",
            client="outlook_365",
            text="""
        Thank you Joëlle.

        For our file, could you send us copies of the bank statements and the deed of sale for investor 0187?

        Kind regards,
        Niamh
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Tavares & Filhos (PT)
T["tavares"] = (
    "Tavares & Filhos - dossier de preços de transferência 2026",
    [
        dict(
            who="rui",
            to=["ana"],
            cc=["joao"],
            date="2027-01-26 10:00",
            client="outlook_365",
            lang="pt",
            text="""
        Cara Dra. Ana Tavares,

        Conforme combinado, segue a lista dos documentos de que precisamos para o dossier de preços de transferência de 2026:

        1. Contratos intragrupo com a Tavares UK Ltd (distribuição e serviços de gestão);
        2. Faturas intragrupo de 2026, por trimestre;
        3. Balancete analítico a 31 de dezembro de 2026.

        Poderia enviar-nos estes elementos até 12 de fevereiro?

        Com os melhores cumprimentos,
        Rui Sequeira
        """,
        ),
        dict(
            who="ana",
            date="2027-01-26 15:40",
            client="outlook_365",
            lang="pt",
            slug="tavares-outlook-pt",
            cs="iso-8859-1",
            text="""
        Caro Dr. Rui Sequeira,

        Obrigada pela lista. O contrato de distribuição segue em anexo; o de serviços de gestão nunca chegou a ser assinado (existe apenas uma troca de emails de 2023, que também envio).

        As faturas e o balancete ficam a cargo do João Ribeiro, que está em cópia.

        Com os melhores cumprimentos,
        Ana Tavares
        """,
        ),
        dict(
            who="rui",
            to=["ana"],
            cc=["joao"],
            date="2027-01-28 11:20",
            client="outlook_365",
            lang="pt",
            text="""
        Cara Dra. Ana,

        Recebemos o contrato de distribuição e os emails de 2023, obrigado.

        Pode confirmar se os serviços de gestão continuaram a ser faturados à Tavares UK em 2026, apesar de não haver contrato assinado?

        Rui Sequeira
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Wisła Components (PL)
T["wisla"] = (
    "Wisła Components - dokumentacja cen transferowych 2026",
    [
        dict(
            who="marta",
            to=["katarzyna"],
            cc=["piotr", "agnieszka"],
            date="2027-01-25 09:00",
            client="outlook_365",
            lang="pl",
            text="""
        Szanowna Pani Katarzyno,

        w nawiązaniu do naszej rozmowy przesyłam listę dokumentów potrzebnych do przygotowania dokumentacji cen transferowych za 2026 r.:

        1. umowy z Wisła Components UK Ltd (dostawy oraz licencja na znak towarowy),
        2. zestawienie transakcji z podmiotami powiązanymi za 2026 r.,
        3. lista płac działu sprzedaży eksportowej (do alokacji kosztów).

        Będę wdzięczna za przesłanie dokumentów do 10 lutego.

        Z poważaniem,
        Marta Zielińska
        """,
        ),
        dict(
            slug="wisla-outlook-iso-8859-2",
            who="katarzyna",
            date="2027-01-25 14:30",
            client="outlook_365",
            lang="pl",
            cs="iso-8859-2",
            text="""
        Dzień dobry Pani Marto,

        dziękuję za listę. Umowę dostaw przesyłam w załączniku. Umowa licencyjna jest w trakcie aneksowania - nowa stawka opłaty licencyjnej (3% zamiast 4%) obowiązuje od 1 lipca 2026 r.

        Zestawienie transakcji przygotuję do końca tygodnia. W sprawie listy płac proszę kontaktować się z Panią Agnieszką.

        Z poważaniem,
        Katarzyna Nowak
        """,
        ),
        dict(
            who="marta",
            to=["katarzyna"],
            cc=["piotr", "agnieszka"],
            date="2027-01-27 10:40",
            client="outlook_365",
            lang="pl",
            text="""
        Pani Katarzyno,

        dziękuję za umowę dostaw. Czy zestawienie transakcji może obejmować również noty korygujące wystawione w grudniu?

        Z poważaniem,
        Marta Zielińska
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ Norrland Skog (SE)
T["norrland"] = (
    "Norrland Skog - UK-bolaget: bokslut och revision",
    [
        dict(
            who="sofia",
            to=["erik"],
            cc=["karin", "johan"],
            date="2027-01-25 08:45",
            client="outlook_365",
            lang="sv",
            text="""
        Hej Erik,

        Här kommer tidplanen för bokslutet i Norrland Timber UK Ltd:

        - 12 februari: råbalans och avstämningar till oss
        - 26 februari: utkast till årsredovisning
        - 5 mars: revisionen börjar (Harwood & Finch)

        Kan ni bekräfta att koncernrapporteringen till Umeå fortfarande ska vara klar den 19 februari?

        Vänliga hälsningar
        Sofia
        """,
        ),
        dict(
            slug="norrland-outlook-sv-den",
            who="erik",
            date="2027-01-25 13:10",
            client="outlook_365",
            lang="sv",
            text="""
        Hej Sofia,

        Tack. Tidplanen ser bra ut. Koncernrapporteringen är flyttad till den 22 februari i år, så vi har lite mer luft.

        Den 3 februari kl. 10.00 har vi styrelsemöte – kan du vara med på länk för punkten om UK-bolaget?
        """,
        ),
        dict(
            who="sofia",
            to=["erik"],
            cc=["karin", "johan"],
            date="2027-01-26 14:10",
            client="outlook_365",
            lang="sv",
            text="""
        Tack Erik, då bokar jag in den 3 februari. Jag skickar en kort sammanfattning om UK-bolaget till styrelsen i förväg.

        Karin – går det bra att vi får råbalansen den 10:e även om du är ledig vecka 7?

        Sofia
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ the January tax update and a prospect
T["update"] = (
    "Quillan Birch Tax Update - January 2027",
    [
        dict(
            who="hannah",
            to=["updates"],
            cc=[],
            date="2027-01-28 07:30",
            client="outlook_365",
            text="""
        Dear clients and friends,

        Our January update covers:

        - the end of the furnished holiday lettings regime, one year on: what to check in your 2025-26 return
        - the rise in business asset disposal relief to 18% from 6 April 2026
        - the Irish Finance Act 2026: what changes for UK groups with Irish subsidiaries

        The full notes are on our website. As ever, please get in touch with your usual Quillan Birch contact if you would like to discuss how these affect you.

        If you would prefer not to receive these updates, just reply and let us know.

        Hannah Whitcombe
        Client Services
        """,
        ),
    ],
)
T["hanley"] = (
    "Quillan Birch - R&D tax credits for engineering firms",
    [
        dict(
            who="niamh",
            to=["fergal"],
            date="2027-01-25 09:30",
            client="outlook_365",
            text="""
        Dear Fergal,

        It was good to meet you at the Cork Chamber lunch last week. As promised, I've attached our short note on the R&D tax credit for engineering companies, including the changes in the Finance Act 2026.

        If it would be useful, I'd be happy to come out to Ballincollig for an hour and look at whether your tooling projects might qualify.

        Kind regards,
        Niamh
        """,
        ),
    ],
)
T["ashdown"] = (
    "Quillan Birch - year-end planning for Ashdown Studio",
    [
        dict(
            who="priya",
            to=["ruth"],
            date="2027-01-26 14:00",
            client="outlook_365",
            text="""
        Hi Ruth,

        Following up on our conversation in November: before your year end on 31 March, it would be worth looking at the timing of the studio fit-out and whether to pay a dividend before or after 5 April.

        Would a 30-minute call in the next fortnight work?

        Best wishes,
        Priya
        """,
        ),
    ],
)
T["pemberton"] = (
    "Pemberton 2009 Settlement - trust registration and ten-year charge",
    [
        dict(
            who="tom",
            to=["hugh"],
            date="2027-01-26 11:30",
            client="outlook_365",
            text="""
        Dear Hugh,

        The Pemberton 2009 Settlement reaches its second ten-year anniversary on 14 May 2029, but two things need attention before then:

        1. The trust's details on the Trust Registration Service have not been updated since 2022. The annual update is overdue.
        2. The distribution to Charlotte in 2024 was an exit charge event. We need the value of the assets distributed.

        Could you let me have the 2024 distribution figures?

        Kind regards,
        Tom
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ suppliers and intermediaries
T["hollis"] = (
    "Quillan Birch LLP - professional indemnity renewal 2027",
    [
        dict(
            who="hannah",
            to=["natalie"],
            date="2027-01-25 15:00",
            client="outlook_365",
            text="""
        Dear Natalie,

        Ahead of our PI renewal on 1 March, please find attached the completed proposal form and the fee income breakdown by service line for the last three years.

        Could you confirm whether the insurers will need a separate declaration for the Dublin office?

        Kind regards,
        Hannah
        """,
        ),
    ],
)
T["brightledger"] = (
    "Brightledger - pricing for 40 users",
    [
        dict(
            who="hannah",
            to=["connor"],
            date="2027-01-27 12:10",
            client="outlook_365",
            text="""
        Hi Connor,

        Thanks for the demo on Tuesday. Could you send us pricing for 40 users (London and Dublin), with and without the practice management module? We'd also need to know where the data is hosted.

        Best wishes,
        Hannah
        """,
        ),
    ],
)
T["paynest"] = (
    "RTI submission failing for Tessaract UK Ltd [#48213]",
    [
        dict(
            who="priya",
            to=["ger"],
            date="2027-01-26 12:40",
            client="outlook_365",
            text="""
        Hello,

        The FPS for Tessaract UK Ltd (PAYE ref 120/TA84512) is failing with error 1046 "Authentication failure". The Government Gateway credentials were updated on 20 January. Could you look into it? Payday is 28 January.

        Thanks,
        Priya Raman
        """,
        ),
    ],
)
T["jacobs"] = (
    "Brasserie Vandenbroucke - entrepôt sous douane au Royaume-Uni",
    [
        dict(
            who="elodie",
            to=["jacobs"],
            cc=["annesophie"],
            date="2027-01-28 10:15",
            client="outlook_365",
            lang="fr",
            text="""
        Monsieur Jacobs,

        Je me permets de revenir vers vous : avez-vous pu identifier un entrepôt sous douane au Royaume-Uni pour la brasserie ? Nous devons déposer la demande d'enregistrement TVA la semaine prochaine et l'adresse de stockage doit y figurer.

        Bien à vous,
        Élodie Marchal
        """,
        ),
    ],
)

# ------------------------------------------------------------------------------------------------ posts to lists
T["gg_payroll"] = (
    "FPS rejected with error 1046 after Gateway password change",
    [
        dict(
            who="priya",
            to=["gg_payroll"],
            cc=[],
            date="2027-01-26 13:00",
            client="outlook_365",
            sig=False,
            text="""
        Hi all,

        Has anyone else had FPS submissions rejected with error 1046 since changing the Government Gateway password for an employer? The support desk is looking at it but payday is Thursday.

        Thanks,
        Priya Raman
        Quillan Birch Advisory
        """,
        ),
    ],
)
T["fitax"] = (
    "[Irish-fintech-tax] Participation exemption - dividends from UK subsidiaries",
    [
        dict(
            who="ciaran",
            to=["mm_fintech"],
            cc=[],
            date="2027-01-25 10:00",
            client="outlook_365",
            sig=False,
            text="""
        Hi all,

        Has anyone had a view from Revenue on how the participation exemption applies where the UK subsidiary paid an interim dividend in December 2024 but the Irish holding company only received it in January 2025?

        Ciarán Doyle
        Quillan Birch Advisory, Dublin
        """,
        ),
    ],
)
T["sympa"] = (
    "[fiscalite-intl] Numéro EORI britannique pour une société belge",
    [
        dict(
            who="elodie",
            to=["sympa_fisc"],
            cc=[],
            date="2027-01-27 14:30",
            client="outlook_365",
            lang="fr",
            sig=False,
            text="""
        Bonjour à tous,

        Quelqu'un a-t-il déjà obtenu un numéro EORI britannique (GB) pour une société belge sans établissement au Royaume-Uni ? Le formulaire en ligne de HMRC semble exiger un numéro de TVA britannique, que la société n'aura qu'en mars.

        Merci d'avance,
        Élodie Marchal
        Quillan Birch Advisory, Londres
        """,
        ),
    ],
)
T["groupsio"] = (
    "[cpa-tax-tech] T106 for an Irish subsidiary that started mid-year",
    [
        dict(
            who="ciaran",
            to=["gio_cpatax"],
            cc=[],
            date="2027-01-28 15:00",
            client="outlook_365",
            sig=False,
            text="""
        Hi everyone,

        A Canadian client's Irish distribution subsidiary started trading on 1 July 2026. For the T106, do you report the transactions for the whole taxation year of the Canadian parent, or only from the date trading started? The loan was drawn before trading began.

        Thanks,
        Ciarán Doyle
        Quillan Birch Advisory
        """,
        ),
    ],
)
T["mm3"] = (
    "[Redovisningsforum] K3 och FRS 102 i koncernrapporteringen",
    [
        dict(
            who="sofia",
            to=["mm3_forum"],
            cc=[],
            date="2027-01-26 10:00",
            client="outlook_365",
            lang="sv",
            sig=False,
            text="""
        Hej alla,

        Har någon erfarenhet av ett svenskt moderbolag (K3) med ett brittiskt dotterbolag som rapporterar enligt FRS 102? Vi funderar på hur leasingavtalen ska hanteras i koncernrapporteringen, eftersom FRS 102 efter 2026 års ändringar tar upp dem i balansräkningen.

        Sofia Ekström
        Quillan Birch Advisory, London
        """,
        ),
    ],
)
THREADS = T
