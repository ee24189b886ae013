"""What the firm sent, and the earlier messages of each thread (rendered by their own clients)."""

import people16 as pp
from mime12 import L
from people16 import EF, JW, KV, LB, MT, PR, SR, P

# people who only appear inside histories
LIU = P(
    "Hannah Liu",
    "hannah.liu@liu-tax.co.uk",
    pp.org("Liu & Partners Chartered Tax Advisers", "liu-tax.co.uk"),
    0,
    sig=["Hannah Liu CTA", "Liu & Partners Chartered Tax Advisers", "T 020 7946 0655"],
    display="Hannah Liu",
)
MERIDIAN_COMPLIANCE = P(
    "Meridian Isle Bank – Client Compliance",
    "client.compliance@meridian-isle.com",
    pp.MERIDIAN,
    0,
    sig=["Client Compliance", "Meridian Isle Bank", "This is a confidential communication intended for the addressee."],
)
CALDWELL_E = P(
    "Eleanor Caldwell-Hurst", "eleanor@caldwellhurst.co.uk", pp.CALDWELL, 0, display="Eleanor Caldwell-Hurst"
)
GOOGLE_LIST = P("LuxTA Ops Forum", "lux-ta-ops@googlegroups.com", None, 0)
FUNDOPS_LIST = P("FundOps", "fundops@lists.fundops-forum.org", None, 0)
VWK_LIST = P("Verwahrstellenkreis", "verwahrstellen@listen.verwahrstellenkreis.de", None, 1, loc="de-DE")
GIO_LIST = P("fundadmin-nl@groups.io", "main@fundadmin-nl.groups.io", None, 1)
BW_CS = P("Brightwater Client Service", "clientservice@brightwater-custody.co.uk", pp.BRIGHTWATER, 0)
NH_CS = P("Nordhafen Client Service", "clientservice@nordhafen-custody.de", pp.NORDHAFEN, 1, loc="de-DE")
NH_SETT = P("Settlement Operations", "settlements@nordhafen-custody.de", pp.NORDHAFEN, 1, loc="de-DE")
FRO_DESK = P("Fund Reporting Help Desk", "reporting-helpdesk@fundreporting-office.lu", pp.ALMF, 1)
ELLERY_CS = P("Ellery Registrars Client Services", "clientservices@ellery-registrars.co.uk", pp.ELLERY, 0)
RBO_DESK = P(
    "RBO Help Desk",
    "helpdesk@rbo-registry.lu",
    pp.org("Register of Beneficial Owners (help desk)", "rbo-registry.lu"),
    1,
)
ZFM_DESK = P(
    "Meldewesen Fonds",
    "meldewesen@zfm-meldungen.de",
    pp.org("Zentralstelle für Fondsmeldungen", "zfm-meldungen.de"),
    1,
    loc="de-DE",
)
LQ_FIN = P("Lindqvist Maritime Finance", "finance@lindqvist-maritime.se", pp.LINDQVIST, 1)
LQ_ERIK = P("Erik Lindqvist", "erik.lindqvist@lindqvist-maritime.se", pp.LINDQVIST, 1)
WHITLOCK = P("Sarah Whitlock", "sarah.whitlock@gmail.com", None, 0, salutation="Dear Sarah")


def N(key, frm, date, client, lang, text, **kw):
    return dict(
        key=key, frm=frm, date=date, client=client, lang=lang, text=L(text) if isinstance(text, str) else text, **kw
    )


# --------------------------------------------------------------------------
# mail merges (each copy is addressed to its reader)
# --------------------------------------------------------------------------
CAL = N(
    "cal",
    MT,
    "2026-12-01 09:12",
    "outlook",
    "en",
    """
    {salutation},

    As every year, please find below the dealing calendar for the funds administered by Valcourt Ashby over the festive period. Luxembourg bank holidays apply; UK bank holidays apply to the Sterling share classes only.

    Thursday 24 December 2026 – dealing day, cut-off brought forward to 12:00 CET
    Friday 25 December 2026 – no dealing (Christmas Day)
    Monday 28 December 2026 – dealing day, normal cut-off 16:00 CET (GBP classes: no dealing, UK bank holiday)
    Thursday 31 December 2026 – dealing day, cut-off 12:00 CET; year-end NAV
    Friday 1 January 2027 – no dealing (New Year's Day)
    Monday 4 January 2027 – dealing resumes, normal cut-off 16:00 CET

    Orders received after the cut-off will be dealt at the next available NAV. Please make sure that subscription monies for the 31 December dealing reach the fund's collection account by 30 December, value date.

    The year-end NAV of 31 December will be published on 6 January 2027.

    If anything is unclear, simply reply to this e-mail or call the dealing desk on +352 26 48 71 00.

    Kind regards,
    Marc
    """,
    merge=True,
    subject="Year-end 2026: dealing calendar and cut-off times – Valcourt Ashby Transfer Agency",
)

KYC = N(
    "kyc",
    PR,
    "2026-12-02 10:05",
    "outlook",
    "en",
    """
    {salutation},

    As part of our periodic client due diligence review, which we are required to carry out at regular intervals, we need to refresh some of the information we hold on your account.

    Could you please send us, by 15 January 2027:

    1. a certified copy of a valid passport or national identity card for each account holder and authorised signatory;
    2. a proof of residential address dated within the last three months (utility bill, bank statement or tax notice);
    3. the enclosed self-certification form for tax residence (CRS/FATCA), completed and signed;
    4. for companies and trusts, an up-to-date extract of the register of beneficial owners.

    You can reply to this e-mail with the documents attached, or upload them through the secure client portal. We will never ask you for passwords or payment details by e-mail.

    If we do not receive the documents by 15 January, we may have to restrict transactions on the account until the review is complete.

    With kind regards,
    Priya
    """,
    merge=True,
    subject="Periodic KYC review – documents required by 15 January 2027",
    attach=[("CRS_FATCA_Self-Certification.pdf", "application/pdf")],
)

INV = N(
    "inv",
    JW,
    "2026-12-03 08:30",
    "outlook",
    "en",
    """
    {salutation},

    I would be delighted if you could join us for our Winter Markets Briefing, followed by a drinks reception, on Thursday 21 January 2027 at our London office, 31 Lothbury Yard, EC2R 7HB.

    6.00pm    Arrival and registration
    6.30pm    Outlook 2027: rates, credit and the private markets cycle – Dr Helen Marsh, Chief Investment Officer
    7.15pm    Drinks and canapés

    Please let me know by Friday 8 January whether you will be able to attend, and whether you will be bringing a guest.

    With best wishes,
    James
    """,
    merge=True,
    subject="Invitation: Winter Markets Briefing, London – Thursday 21 January 2027",
    sig=[
        *JW.sig,
        "",
        "You are receiving this invitation as a client or business contact of Valcourt Ashby. If you would prefer not to "
        'receive invitations from us in future, simply reply with "unsubscribe".',
    ],
    disc=pp.VA_DISC_UK,
)

JA = N(
    "ja",
    KV,
    "2026-12-02 14:20",
    "outlook",
    "de",
    """
    {salutation},

    für die Jahresabschlussprüfung der von uns administrierten Fonds zum 31. Dezember 2026 benötigen wir von Ihnen wie in den Vorjahren:

    1. Depotauszüge (MT535 bzw. PDF) zum Stichtag 31.12.2026 für alle Depots der Fonds,
    2. Saldenbestätigungen für alle Geldkonten, einschließlich Termingelder und Sicherheitenkonten,
    3. eine Aufstellung der offenen Geschäfte (Devisentermingeschäfte, Wertpapierleihe) zum Stichtag.

    Bitte senden Sie die Unterlagen bis spätestens 11. Januar 2027 direkt an die Abschlussprüfer und in Kopie an fund.accounting.fra@valcourt-ashby.com. Die Prüfungsaufforderungen der Prüfungsgesellschaften erhalten Sie gesondert.

    Vielen Dank für Ihre Unterstützung und schöne Feiertage.

    Mit freundlichen Grüßen
    """,
    merge=True,
    subject="Jahresabschluss 2026: Saldenbestätigungen und Depotauszüge zum 31.12.2026",
)

NY = N(
    "ny",
    LB,
    "2026-12-09 11:00",
    "outlook",
    "de",
    """
    {salutation},

    zum Jahresauftakt laden wir Sie herzlich zu unserem Neujahrsempfang ein:

    Donnerstag, 28. Januar 2027, ab 18:30 Uhr
    Valcourt Ashby, Gallusanlage 29b, 60329 Frankfurt am Main, 24. Etage

    Nach einem kurzen Ausblick auf die Kapitalmärkte 2027 von unserem Chefvolkswirt Dr. Stefan Kuhn freuen wir uns auf gute Gespräche bei Flying Dinner und Blick über die Stadt.

    Wir bitten um Ihre Rückmeldung bis zum 15. Januar 2027, gerne auch mit Begleitung.

    Herzliche Grüße
    """,
    merge=True,
    subject="Einladung zum Neujahrsempfang am 28. Januar 2027 in Frankfurt",
    sig=[
        *LB.sig,
        "",
        "Sie erhalten diese Einladung als Kundin, Kunde oder Geschäftspartner von Valcourt Ashby. Wenn Sie künftig keine "
        "Einladungen mehr erhalten möchten, antworten Sie bitte mit dem Wort Abmelden.",
    ],
    disc=pp.VA_DISC_DE,
)

FEE = N(
    "fee",
    SR,
    "2027-01-25 10:00",
    "outlook",
    "en",
    """
    {salutation},

    Following our annual review, please find attached the fee schedule that will apply from 1 April 2027. The main changes are:

    - Fund accounting: basis point fee on net assets unchanged at 3.0 bp; minimum fee per sub-fund raised from EUR 45,000 to EUR 48,000 p.a.
    - Transfer agency: account maintenance fee raised from EUR 22 to EUR 24 per investor account p.a.; transaction fees unchanged.
    - Regulatory reporting (AIFMD Annex IV, EMIR, SFTR): new flat fee of EUR 6,500 per sub-fund p.a., replacing hourly billing.
    - Depositary oversight: unchanged.

    Under clause 14.2 of the administration agreement the new fees take effect unless you object in writing within 30 days. We are of course happy to discuss them with you.

    Kind regards,
    Sophie
    """,
    merge=True,
    subject="Revised fee schedule 2027 – Valcourt Ashby Fund Services",
    attach=[("VA_Fee_Schedule_2027.pdf", "application/pdf")],
)

XMAS = N(
    "xmas",
    pp.TA,
    "2026-12-21 16:00",
    "outlook",
    "en",
    """
    {salutation},

    Our offices in Luxembourg, London and Frankfurt will be closed on 24, 25 and 31 December 2026 and on 1 January 2027. The dealing desk remains available on 24 and 31 December until 12:00 CET for the year-end dealing (see our calendar of 1 December).

    For urgent matters during the closure please call our duty line on +352 26 48 71 99.

    We wish you a peaceful holiday season and a happy New Year.

    Valcourt Ashby Transfer Agency
    """,
    merge=True,
    subject="Valcourt Ashby over the holidays – opening hours and contacts",
    sig=[],
)

REM = N(
    "rem",
    MT,
    "2026-12-28 09:00",
    "outlook",
    "en",
    """
    {salutation},

    A short reminder that the dealing cut-off on Thursday 31 December is 12:00 CET, and that subscription monies for the 31 December dealing must reach the collection account by 30 December.

    Kind regards,
    Marc
    """,
    merge=True,
    subject="Reminder: 31 December dealing cut-off 12:00 CET",
)

FEE_REM = N(
    "fee-rem",
    SR,
    "2027-02-05 09:30",
    "outlook",
    "en",
    """
    {salutation},

    A reminder that any objection to the revised fee schedule sent on 25 January must reach us in writing by 24 February 2027. If you would like to discuss the schedule before then, please let me know a convenient time.

    Kind regards,
    Sophie
    """,
    merge=True,
    subject="Reminder: revised fee schedule 2027 – objections by 24 February",
)

MERGES = [CAL, KYC, INV, JA, NY, FEE, XMAS, REM, FEE_REM]

# --------------------------------------------------------------------------
# individual threads: roots and middle messages
# --------------------------------------------------------------------------
THREADS = [
    *MERGES,
    # Brightwater: Daniel Okafor's question (a final of its own), Marc's answer, then his colleague
    N(
        "cal-mt-okafor",
        MT,
        "2026-12-01 15:20",
        "outlook",
        "en",
        """
        Hi Daniel,

        The valuation point stays at 16:00 CET on the 31st; only the dealing cut-off moves to 12:00. Trades dealt on the 31st settle on 5 January (T+2 business days, with 1 January a holiday).

        And yes: the GBP classes are closed on 28 December only. They deal normally on the 29th.

        Kind regards,
        Marc
        """,
        parent="cal-okafor",
        cc=[pp.PATEL],
    ),
    # KYC: Oliver Stanbridge's first answer and Priya's reply
    N(
        "kyc-stanbridge1",
        pp.STANBRIDGE,
        "2026-12-02 19:12",
        "gmail",
        "en",
        """
        Hi Priya,

        I'm in Dubai until 20 December and don't have my passport with me. Would a scan from my phone do for now, with the certified copy to follow in January?

        Thanks,
        Oliver
        """,
        parent="kyc",
    ),
    N(
        "kyc-pr-stanbridge",
        PR,
        "2026-12-03 09:02",
        "outlook",
        "en",
        """
        Dear Oliver,

        A scan is fine for now, as long as we receive the certified copy by 15 January. Your PA can also drop the original at our London office and we will certify it ourselves while she waits.

        Kind regards,
        Priya
        """,
        parent="kyc-stanbridge1",
    ),
    # audit confirmation
    N(
        "aud-req",
        pp.MENSAH,
        "2027-01-06 09:30",
        "outlook",
        "en",
        """
        Dear Marc,

        As part of our audit of Harbourline Global Equity Fund for the year ended 31 December 2026, could you please confirm directly to us the number of shares in issue per share class as at 31 December 2026, and provide the register of shareholders at that date (holdings above 1% only)?

        We would be grateful to receive this by 13 January.

        Kind regards,
        Grace
        """,
        to=[MT],
        cc=[EF],
        subject="Harbourline Global Equity Fund – register confirmation as at 31 December 2026",
    ),
    N(
        "aud-mt",
        MT,
        "2027-01-07 14:05",
        "outlook",
        "en",
        """
        Dear Grace,

        Please find the register extract attached. Shares in issue as at 31 December 2026:

        A EUR    1,204,311.442
        B GBP      388,020.105
        I EUR    2,950,000.000

        There were two transfers in the last week of December which are still pending receipt of a stock transfer form; they are shown under the transferor in the extract.

        Kind regards,
        Marc
        """,
        parent="aud-req",
        cc=[EF],
    ),
    # side letter with the law firm
    N(
        "side-sr",
        SR,
        "2026-12-07 17:10",
        "outlook",
        "en",
        """
        Dear Alistair,

        Elbtal Privatstiftung has sent us their mark-up of the side letter for their EUR 25 million commitment to Harbourline Private Credit Fund I. Before we go back to them, could you let us have your view on three points:

        1. Most favoured nation: they ask for MFN on all terms granted to investors with a commitment of EUR 20 million or more. Our standard threshold is EUR 50 million.
        2. Excuse right: they want to be excused from any investment in companies with more than 10% of revenue from fossil fuels.
        3. Reporting: they ask for quarterly reports within 45 days of quarter end, rather than 60.

        Their mark-up is attached. We would like to revert to them by 14 December.

        Many thanks,
        Sophie
        """,
        to=[pp.DRUMMOND],
        subject="Harbourline Private Credit Fund I – side letter with Elbtal Privatstiftung",
        attach=[
            (
                "Elbtal_side_letter_markup_v2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
    ),
    N(
        "side-ad1",
        pp.DRUMMOND,
        "2026-12-08 12:40",
        "outlook",
        "en",
        """
        Sophie,

        Thanks. Quick views before I look at the drafting properly:

        - MFN at EUR 20m is out of market for a fund of this size; I'd offer EUR 35m with the usual carve-outs.
        - The excuse right is fine in principle, but the 10% test needs a definition of "revenue" and a testing date.
        - 45 days for quarterly reports is a question for you and the AIFM, not a legal one.

        I'll send a mark-up tomorrow.

        Best,
        Alistair
        """,
        parent="side-sr",
    ),
    N(
        "side-sr2",
        SR,
        "2026-12-09 09:15",
        "outlook",
        "en",
        """
        Alistair,

        Thank you. The AIFM is fine with 45 days for Q1 to Q3 but needs 90 days for Q4, because of the audit. Three follow-up questions:

        Can we limit the MFN to economic terms only, so that their excuse right does not become available to every investor above the threshold?
        Does the excuse right create a problem under the fund's investment restrictions if several investors exercise it on the same deal?
        Is the 90-day Q4 period consistent with what we disclosed in the PPM?

        Sophie
        """,
        parent="side-ad1",
    ),
    # Luxembourg law firm: a six-level thread
    N(
        "lux1",
        SR,
        "2026-12-08 09:00",
        "outlook",
        "en",
        """
        Dear Laure,

        The first closing of Harbourline Private Credit Fund I SCSp is planned for 15 December. Could you confirm which documents you need from us for the filing with the trade register, and by when?

        Kind regards,
        Sophie
        """,
        to=[pp.HANSEN],
        subject="Harbourline Private Credit Fund I SCSp – first closing 15 December – filings",
    ),
    N(
        "lux2",
        pp.HANSEN,
        "2026-12-08 11:30",
        "outlook",
        "en",
        """
        Dear Sophie,

        We need the signed GP resolution approving the closing, the updated register of limited partners and the list of managers. The filing has to be made within one month of the closing, but we would like to file on 16 December so that the publication is out before the holidays.

        Could you send the register on the 15th after the closing?

        Best regards,
        Laure
        """,
        parent="lux1",
    ),
    N(
        "lux3",
        SR,
        "2026-12-08 14:02",
        "outlook",
        "en",
        """
        Laure,

        Yes, we will send the register on the 15th by 17:00. The GP resolution will be signed by the two managers by DocuSign on the 14th – is an electronically signed resolution acceptable for the filing?

        Sophie
        """,
        parent="lux2",
    ),
    N(
        "lux4",
        pp.HANSEN,
        "2026-12-08 18:40",
        "outlook_mobile",
        "en",
        """
        Yes, qualified e-signatures are fine. Simple DocuSign signatures are not – please check it is the QES option.

        L.
        """,
        parent="lux3",
    ),
    N(
        "lux5",
        SR,
        "2026-12-09 08:10",
        "outlook",
        "en",
        """
        Good morning Laure,

        Checked with the managers: both have qualified certificates and will sign with QES. I'll send you the signed resolution and the register together on the 15th.

        Sophie
        """,
        parent="lux4",
    ),
    # forwarded internally, then answered
    N(
        "rf1",
        SR,
        "2026-12-14 10:30",
        "outlook",
        "en",
        """
        Dear Mr Brandt,

        Thank you for your call this morning. As discussed, to open the account of Rheinfeld Pensionsfonds in Harbourline Short Duration Fund we need:

        - the signed subscription agreement (attached, pages 4 and 11);
        - the list of authorised signatories with specimen signatures;
        - the extract from the commercial register (Handelsregisterauszug), not older than three months;
        - the LEI of the Pensionsfonds.

        The first subscription can be dealt on 28 December if we receive everything by 22 December.

        Kind regards,
        Sophie
        """,
        to=[pp.BRANDT],
        subject="Rheinfeld Pensionsfonds – subscription documents for Harbourline Short Duration Fund",
        attach=[("HSDF_Subscription_Agreement_Institutional.pdf", "application/pdf")],
    ),
    N(
        "rf2",
        pp.BRANDT,
        "2026-12-14 11:02",
        "outlook",
        "de",
        """
        Frau Kaya,

        bitte kümmern Sie sich darum und stimmen Sie die Unterschriftenliste mit Herrn Dr. Rheinfeld ab. Die Zeichnung soll noch in diesem Jahr erfolgen.

        Danke
        HB
        """,
        parent="rf1",
        fwd=True,
        to=[pp.KAYA],
    ),
    N(
        "rf-sr3",
        SR,
        "2026-12-16 09:05",
        "outlook",
        "en",
        """
        Dear Ms Kaya,

        Thank you, both documents are in order. The account details will be confirmed to you by our call-back team on the number in the subscription agreement, today before noon.

        Kind regards,
        Sophie
        """,
        parent="rf-kaya",
        cc=[pp.BRANDT],
    ),
    # capital call
    N(
        "zee1",
        MT,
        "2026-12-10 10:00",
        "outlook",
        "en",
        """
        Dear Joost,

        Please find attached the draft capital call notice no. 4 for your approval. The key figures:

        Amount called: EUR 18,400,000 (8% of commitments)
        Purpose: acquisition of the Borssele grid connection project (EUR 16.9m) and fund expenses (EUR 1.5m)
        Notice date: 14 December 2026
        Payment date: 28 December 2026

        As usual we need the GP's signed approval before we can send the notices to the investors.

        Kind regards,
        Marc
        """,
        to=[pp.VDMEER],
        subject="Zeeland Energy Transition Fund SCSp – capital call notice no. 4",
        attach=[("ZETF_Capital_Call_4_DRAFT.pdf", "application/pdf")],
    ),
    # German quarterly report
    N(
        "ob1",
        LB,
        "2026-12-10 16:00",
        "outlook",
        "de",
        """
        Sehr geehrte Frau Stein,

        anbei der Quartalsbericht zum 30. September 2026 für den Oberhauser Spezialfonds. Wie besprochen haben wir die Private-Equity-Beteiligungen erstmals mit den Bewertungen der Zielfonds zum 30.06. zuzüglich der Kapitalflüsse bewertet.

        Bitte geben Sie mir Bescheid, falls Sie Fragen haben.

        Mit freundlichen Grüßen
        """,
        to=[pp.STEIN],
        subject="Quartalsbericht Q3 2026 – Oberhauser Spezialfonds",
        attach=[("Quartalsbericht_Q3_2026_Oberhauser.pdf", "application/pdf")],
    ),
    # help desks
    N(
        "almf1",
        SR,
        "2027-01-12 10:10",
        "outlook",
        "en",
        """
        Dear Sir or Madam,

        The annual reporting file for Harbourline Private Credit Fund I (file reference HPCF1-2026-A) was rejected this morning with error R17 "period end inconsistent". The period end in the file is 31 December 2026, which is the fund's financial year end.

        Could you tell us what we need to correct?

        Kind regards,
        Sophie Reinert
        """,
        to=[FRO_DESK],
        subject="Annual reporting file rejected – error R17 – Harbourline Private Credit Fund I",
        sig=SR.sig[1:],
    ),
    N(
        "ell1",
        MT,
        "2026-12-16 11:00",
        "outlook",
        "en",
        """
        Dear Client Services,

        Our daily reconciliation with your register shows a break on account 100482 (Harbourline UK Feeder, Acc units): your register shows 12,500 units fewer than ours since 9 December. Could you please investigate?

        Kind regards,
        Marc
        """,
        to=[ELLERY_CS],
        subject="Harbourline UK Feeder – register reconciliation break, account 100482",
    ),
    N(
        "bw-inc",
        EF,
        "2026-12-17 09:40",
        "outlook",
        "en",
        """
        Hello,

        We have not received the MT535 for safekeeping account 77120-04 for statement date 16/12. Could you please re-send it and let us know why it was not sent?

        Kind regards,
        Elodie
        """,
        to=[BW_CS],
        subject="Missing MT535 for safekeeping account 77120-04 (statement date 16/12)",
    ),
    N(
        "ja-snow-req",
        KV,
        "2026-12-21 09:10",
        "outlook",
        "de",
        """
        Sehr geehrte Damen und Herren,

        bitte teilen Sie uns mit, wann die Saldenbestätigungen zum 31.12.2026 für die Geldkonten der Harbourline-Fonds und für das Sicherheitenkonto 4410-778 bereitgestellt werden.

        Mit freundlichen Grüßen
        """,
        to=[NH_CS],
        subject="Jahresabschluss 2026 – Saldenbestätigungen Harbourline-Fonds",
    ),
    N(
        "swift1",
        KV,
        "2026-12-18 10:00",
        "outlook",
        "en",
        """
        Hello,

        Our delivery instruction for 40,000 shares ISIN DE000A3E5X91 (trade date 16/12, settlement date 18/12) is still unmatched in T2S. Could you check whether you have received it and what the matching status is?

        Thank you and kind regards,
        """,
        to=[NH_SETT],
        subject="Unmatched MT543 – ISIN DE000A3E5X91 – trade date 16/12/2026",
        loc="en-GB",
    ),
    N(
        "dir1",
        EF,
        "2026-12-11 15:30",
        "outlook",
        "en",
        """
        Dear Henri,

        Ahead of Thursday's board meeting, please find attached the draft minutes of the September meeting and the depositary's oversight report for Q3. Two points may come up:

        - the NAV error on the Short Duration sub-fund on 12 August (0.31%, below the materiality threshold, no compensation due);
        - the late settlement of the Brazilian bonds, now resolved.

        Please let me know if you have any comments on the minutes before Wednesday.

        Best regards,
        Elodie
        """,
        to=[pp.WAGNER],
        subject="Harbourline SICAV – board meeting 17 December: draft minutes and depositary report",
        attach=[
            ("Draft_minutes_BoD_2026-09-24.pdf", "application/pdf"),
            ("Depositary_report_Q3_2026.pdf", "application/pdf"),
        ],
    ),
    N(
        "bb1",
        JW,
        "2026-12-15 11:20",
        "outlook",
        "en",
        """
        Dear Rita,

        Following our call, I would like to propose Tuesday 12 January for your annual oversight visit to our London office. We would cover the fund administration controls report, the NAV error log and the KYC remediation project.

        Would that date work for your team?

        Best wishes,
        James
        """,
        to=[pp.FERREIRA],
        subject="Meridian Isle Bank – oversight visit on 12 January",
    ),
    N(
        "sh1",
        SR,
        "2026-12-16 14:30",
        "outlook",
        "en",
        """
        Dear Nils,

        As discussed, please find attached the draft LPAC consent for the bridge facility of Halden Park Growth II (EUR 35m, 12 months). Could you let us know by Friday whether you are happy with it, so that we can send it to the LPAC members on Monday?

        Kind regards,
        Sophie
        """,
        to=[pp.SORENSEN],
        subject="Halden Park Growth II – LPAC consent for the bridge facility",
        attach=[("HPG2_LPAC_consent_bridge_facility_draft.pdf", "application/pdf")],
    ),
    N(
        "vd1",
        EF,
        "2027-01-13 16:02",
        "outlook",
        "en",
        """
        Dear Eline,

        Please find attached the depositary's confirmation of the assets of Zeeland Energy Transition Fund SCSp as at 31 December 2026, signed by two authorised signatories.

        Best regards,
        Elodie
        """,
        to=[pp.DEWIT],
        subject="Zeeland Energy Transition Fund – depositary confirmation 31/12/2026",
        attach=[("ZETF_Depositary_Confirmation_20261231.pdf", "application/pdf")],
    ),
    N(
        "dw1",
        SR,
        "2026-12-21 11:45",
        "outlook",
        "en",
        """
        Dear Pieter,

        Please find attached the subscription documents for the commitment of Scheldt Pensioenfonds OFP to Harbourline Private Credit Fund I. We would be grateful for your comments on behalf of the OFP before 23 December, so that the commitment can be accepted at the second closing on 8 January.

        Kind regards,
        Sophie
        """,
        to=[pp.VERHAEGHE],
        subject="Harbourline Private Credit Fund I – Scheldt Pensioenfonds OFP – subscription",
        attach=[("HPCF1_Subscription_Scheldt_OFP.pdf", "application/pdf")],
    ),
    N(
        "wb1",
        EF,
        "2026-12-04 09:25",
        "outlook",
        "en",
        """
        Dear Mr Mertens,

        For our annual depositary oversight review, could you please send us the current list of Weserbank's sub-custodians used for Harbourline SICAV – Euro Covered Bond, and let us know of any changes since June?

        Best regards,
        Elodie
        """,
        to=[pp.MERTENS],
        subject="Harbourline SICAV – Euro Covered Bond – confirmation of sub-custodian network",
    ),
    N(
        "tax1",
        LIU,
        "2026-12-17 16:05",
        "outlook",
        "en",
        """
        Dear Oliver,

        Thank you for sending the statements. Before I can finish your 2026 return I need to know whether Harbourline Global Equity Fund has UK reporting fund status for its accounting period ending 31 December 2026. If it does, the excess reportable income will be taxable as a distribution; if it does not, any gain on disposal will be taxed as income rather than capital gain.

        Could you ask your bank to confirm the status and send the report to investors when it is published (usually within six months of the year end)?

        Kind regards,
        Hannah
        """,
        to=[pp.STANBRIDGE],
        subject="Your 2026 return – Harbourline fund",
    ),
    N(
        "pryce-bank",
        MERIDIAN_COMPLIANCE,
        "2026-12-01 14:10",
        "outlook",
        "en",
        """
        Dear Mr Pryce,

        Thank you for the documents provided for the periodic review of the Caldwell Hurst accounts. We confirm that the certified passport copies and proofs of address received on 20 November have been accepted, and that the review is now complete.

        Kind regards,
        """,
        to=[pp.PRYCE],
        subject="Caldwell Hurst – periodic review completed",
    ),
    N(
        "js-rev",
        JW,
        "2026-12-08 16:40",
        "outlook",
        "en",
        """
        Dear Sarah,

        Would Tuesday 15 December at 11am suit you for the annual review of your portfolio? We could meet at Lothbury Yard or by video call, whichever you prefer.

        Best wishes,
        James
        """,
        to=[WHITLOCK],
        subject="Your annual portfolio review",
    ),
    N(
        "ec1",
        JW,
        "2026-12-10 12:15",
        "outlook",
        "en",
        """
        Dear Eleanor,

        As promised, attached is the proposal for the bond ladder: GBP 4m spread over maturities from 2027 to 2031, about 60% in gilts and 40% in investment-grade corporate bonds, with an expected yield to maturity of 4.2%.

        I look forward to discussing it with you on Thursday.

        Best wishes,
        James
        """,
        to=[CALDWELL_E],
        subject="Bond ladder proposal",
        attach=[("Bond_ladder_proposal_Dec2026.pdf", "application/pdf")],
    ),
    N(
        "ec-bank",
        MERIDIAN_COMPLIANCE,
        "2026-12-18 10:30",
        "outlook",
        "en",
        """
        Dear Mrs Caldwell-Hurst,

        Following the review of our custody arrangements, we will no longer hold UK government securities in the custody accounts of private clients from 1 February 2027. Please instruct us by 31 December 2026 whether you wish to sell your holdings or transfer them to another custodian.

        Kind regards,
        """,
        to=[CALDWELL_E],
        subject="Important: change to your custody account",
    ),
    N(
        "hw1",
        EF,
        "2026-12-14 10:00",
        "outlook",
        "en",
        """
        Dear Dan,

        Could you confirm that the Harbourline US Equity positions have been moved to the segregated account, and send us the updated settlement instructions?

        Best regards,
        Elodie
        """,
        to=[pp.REYES],
        subject="Harbourline US Equity – move to segregated account",
    ),
    N(
        "rbo1",
        SR,
        "2027-01-20 11:30",
        "outlook",
        "en",
        """
        Dear Sir or Madam,

        We are trying to file the beneficial ownership information for Harbourline Private Credit Fund I SCSp, which was registered in December. The online form rejects the filing with the message "The entity is exempt" although the fund is not listed. Could you tell us how to proceed?

        Kind regards,
        Sophie Reinert
        """,
        to=[RBO_DESK],
        subject='Filing rejected – Harbourline Private Credit Fund I SCSp – "The entity is exempt"',
        sig=SR.sig[1:],
    ),
    N(
        "zfm1",
        KV,
        "2027-01-14 13:20",
        "outlook",
        "de",
        """
        Sehr geehrte Damen und Herren,

        bei der Einreichung der Monatsmeldung Dezember 2026 für den Harbourline Euro Covered Bond erhalten wir die Fehlermeldung "Meldepflichtiger nicht registriert". Der Fonds ist seit Oktober 2026 zum Vertrieb zugelassen. Können Sie uns sagen, was wir tun müssen?

        Mit freundlichen Grüßen
        """,
        to=[ZFM_DESK],
        subject='Monatsmeldung 12/2026: Fehlermeldung "Meldepflichtiger nicht registriert"',
    ),
    N(
        "ja-kv-roth",
        KV,
        "2026-12-03 14:30",
        "outlook",
        "de",
        """
        Sehr geehrte Frau Roth,

        vielen Dank. Können Sie mir sagen, ob die Prüfer für AuditConfirm einen eigenen Zugang benötigen, oder ob wir die Bestätigungen aus unserem Portalzugang an sie weiterleiten dürfen?

        Mit freundlichen Grüßen
        """,
        parent="ja-roth",
    ),
    N(
        "lq1",
        SR,
        "2027-01-11 15:00",
        "outlook",
        "en",
        """
        Dear Maja,

        Welcome on board. To complete the onboarding of Lindqvist Maritime AB as an investor in Halden Park Growth II, we still need the signed investor questionnaire and the list of authorised signatories.

        Kind regards,
        Sophie
        """,
        to=[pp.LINDQVIST_M],
        cc=[LQ_FIN, LQ_ERIK],
        subject="Onboarding – Lindqvist Maritime AB – Halden Park Growth II",
    ),
    # lists: the firm's posts
    N(
        "gg1",
        MT,
        "2027-01-19 09:40",
        "outlook",
        "en",
        """
        Hello all,

        Has anyone already implemented the new investor identification rule for nominee accounts (look-through to the underlying investor for all subscriptions above EUR 100,000)? We are wondering whether you ask the nominees for a list per trade or a monthly file.

        Thanks,
        Marc
        """,
        to=[GOOGLE_LIST],
        subject="Look-through for nominee accounts – per trade or monthly?",
        list_footer=[
            "-- ",
            'You received this message because you are subscribed to the Google Groups "LuxTA Ops Forum" group.',
            "To unsubscribe from this group and stop receiving emails from it, send an email to "
            "lux-ta-ops+unsubscribe@googlegroups.com.",
        ],
    ),
    N(
        "fo1",
        PR,
        "2026-12-09 13:00",
        "outlook",
        "en",
        """
        Dear colleagues,

        Does anyone have experience with accepting electronic certification of identity documents (video identification) for private clients in the UK? Our auditors have asked whether it is "equivalent to" certification by a solicitor.

        Many thanks,
        Priya
        """,
        to=[FUNDOPS_LIST],
        subject="[FundOps] Video identification instead of certified copies?",
        list_footer=[
            "_______________________________________________",
            "FundOps mailing list -- fundops@lists.fundops-forum.org",
            "To unsubscribe send an email to fundops-leave@lists.fundops-forum.org",
        ],
    ),
    N(
        "vwk1",
        KV,
        "2026-12-15 10:30",
        "outlook",
        "de",
        """
        Liebe Kolleginnen und Kollegen,

        verlangt bei Ihnen die Verwahrstelle für die Saldenbestätigungen zum Jahresende inzwischen ebenfalls die Nutzung eines Portals, oder werden die Bestätigungen noch per Post bzw. E-Mail versandt?

        Viele Grüße
        Katharina Vogt
        """,
        to=[VWK_LIST],
        subject="[Verwahrstellen] Saldenbestätigungen nur noch über Portal?",
        sig=[],
        disc=[],
        list_footer=[
            "_______________________________________________",
            "Verwahrstellen mailing list",
            "Verwahrstellen@listen.verwahrstellenkreis.de",
            "https://listen.verwahrstellenkreis.de/mailman/listinfo/verwahrstellen",
        ],
    ),
    N(
        "gio1",
        SR,
        "2027-01-07 12:00",
        "outlook",
        "en",
        """
        Hi all,

        For Dutch investors in Luxembourg RAIFs: do you ask for a separate Dutch tax residency certificate, or is the CRS self-certification enough for your onboarding files?

        Best,
        Sophie
        """,
        to=[GIO_LIST],
        subject="[fundadmin-nl] Dutch investors – tax residency certificate?",
        sig=[],
        disc=[],
        list_footer=[
            "-=-=-=-=-=-=-=-=-=-=-=-",
            "Groups.io Links: You receive all messages sent to this group.",
            "View/Reply Online (#212): https://fundadmin-nl.groups.io/g/main/message/212",
            "Mute This Topic: https://groups.io/mt/104987211/5512310",
            "Group Owner: main+owner@fundadmin-nl.groups.io",
            "Unsubscribe: https://fundadmin-nl.groups.io/g/main/leave/12004471/5512310/1779223114/xyzzy",
            "-=-=-=-=-=-=-=-=-=-=-=-",
        ],
    ),
    N(
        "kaya-feb",
        SR,
        "2027-02-08 09:10",
        "outlook",
        "en",
        """
        Dear Ms Kaya,

        Please find attached the contract note for the February subscription of Rheinfeld Pensionsfonds in Harbourline Short Duration Fund (dealing date 5 February 2027).

        Kind regards,
        Sophie
        """,
        to=[pp.KAYA],
        subject="Rheinfeld Pensionsfonds – contract note February subscription",
        attach=[("Contract_note_RPF_20270205.pdf", "application/pdf")],
    ),
    N(
        "fee-sr-pohl",
        SR,
        "2027-02-02 11:30",
        "outlook",
        "en",
        """
        Dear Mr Pohl,

        Thank you for your quick reply. We can offer EUR 3,800 per sub-fund p.a. for the EMIR and SFTR reporting only. Would Friday at 10:00 suit you for a short call?

        Kind regards,
        Sophie
        """,
        parent="fee-pohl",
    ),
]
