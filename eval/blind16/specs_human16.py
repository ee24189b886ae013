"""The human replies of blind16 (the messages the firm received), and the list replies."""

import people16 as pp
import threads16 as th
from people16 import EF, JW, KV, PR, SR, P
from threads16 import N

# correspondents who only write once
BRUECKNER = P(
    "Jana Brückner",
    "jana.brueckner@mainufer-invest.de",
    pp.MAINUFER,
    1,
    display="Brückner, Jana",
    loc="de-DE",
    salutation="Dear Ms Brückner",
)
LANGE = P(
    "Petra Lange",
    "petra.lange@mainufer-invest.de",
    pp.MAINUFER,
    1,
    sig=[
        "Mit freundlichen Grüßen / Kind regards",
        "",
        "Petra Lange",
        "Fondsbuchhaltung | Fund Accounting",
        "------------------------------------------------",
        "Mainufer Invest GmbH | Untermainkai 27 | 60329 Frankfurt am Main",
        "[cid:image001.jpg@01DD6F22.AB41C920]",
    ],
    disc=pp.MAINUFER_DISC,
    display="Lange, Petra",
    loc="de-DE",
    sal_de="Sehr geehrte Frau Lange",
)
SEIDEL = P(
    "Miriam Seidel",
    "miriam.seidel@mainufer-invest.de",
    pp.MAINUFER,
    1,
    display="Seidel, Miriam",
    loc="de-DE",
    sal_de="Liebe Frau Dr. Seidel",
)
WEIDNER = P(
    "Thomas Weidner",
    "thomas.weidner@mainufer-invest.de",
    pp.MAINUFER,
    1,
    sig=["Thomas Weidner", "Portfoliomanagement", "Mainufer Invest GmbH"],
    disc=pp.MAINUFER_DISC,
    display="Weidner, Thomas",
    loc="de-DE",
    sal_de="Sehr geehrter Herr Weidner",
)
HOLT = P(
    "Graham Holt",
    "graham.holt@brightwater-custody.co.uk",
    pp.BRIGHTWATER,
    0,
    sig=["Graham Holt", "Head of Fund Services Operations", "Brightwater Trust & Custody"],
    disc=pp.BRIGHTWATER_DISC,
    display="Holt, Graham",
    salutation="Dear Graham",
)
ADEYEMI = P(
    "Ruth Adeyemi",
    "ruth.adeyemi@thornbury-logistics.co.uk",
    pp.THORNBURY,
    0,
    display="Adeyemi, Ruth",
    salutation="Dear Ruth",
)
VOGEL = P("Renate Vogel", "renate.vogel@t-online.de", None, 1, loc="de-DE", sal_de="Liebe Frau Vogel")
DOYLE = P(
    "Megan Doyle",
    "mdoyle@hudsonwharf-custody.com",
    pp.HUDSON,
    -5,
    sig=["Megan Doyle", "AVP, Global Custody Client Service", "Hudson Wharf Custody Services", "+1 212 555 0172"],
    disc=pp.REYES.disc,
    display="Doyle, Megan",
    loc="en-US",
)
BOATENG = P("Kofi Boateng", "kofi.boateng@outlook.com", None, 0, salutation="Dear Mr Boateng")
ELLIS = P("Margaret Ellis", "margaret.ellis@yahoo.co.uk", None, 0, salutation="Dear Margaret")
CLARKE = P("Imogen Clarke", "imogen.clarke@icloud.com", None, 0, salutation="Dear Ms Clarke")
PIKE = P(
    "Graham Pike",
    "graham.pike@aldergate-wealth.co.uk",
    pp.ALDERGATE,
    0,
    display="Graham Pike",
    salutation="Dear Graham",
)
HAAS = P(
    "Dieter Haas",
    "dieter.haas@posteo.de",
    None,
    1,
    sig=["-- ", "Dieter Haas", "Bad Soden am Taunus"],
    loc="de-DE",
    sal_de="Lieber Herr Haas",
)
BRAUN = P(
    "Felix Braun",
    "felix.braun@nordhafen-custody.de",
    pp.NORDHAFEN,
    1,
    sig=["Felix Braun", "Settlement Operations", "Nordhafen Custody Bank AG", "Telefon +49 69 2108 4562"],
    disc=pp.NORDHAFEN_DISC,
    display="Braun, Felix",
    loc="de-DE",
)
RBO_AGENT = P(
    "Nathalie Schmit",
    "helpdesk@rbo-registry.lu",
    th.RBO_DESK.org,
    1,
    display="RBO Help Desk",
)
ZFM_AGENT = P(
    "Meldewesen Fonds",
    "meldewesen@zfm-meldungen.de",
    th.ZFM_DESK.org,
    1,
    sig=[
        "Zentralstelle für Fondsmeldungen",
        "Referat M 2 (Meldewesen Investmentvermögen)",
        "Postfach 10 04 22, 60004 Frankfurt am Main",
    ],
    loc="de-DE",
)
FRO_JIRA = P("Tom Becker (Fund Reporting Help Desk)", "jira@fro-helpdesk.atlassian.net", pp.ALMF, 1)
BW_SNOW = P("Brightwater Client Service", "brightwater@service-now.com", None, 0)
NH_SNOW = P("Nordhafen Client Service", "nordhafen@service-now.com", None, 1, loc="de-DE")
ELLERY_SF = P("Ellery Registrars Client Services", "clientservices@ellery-registrars.co.uk", pp.ELLERY, 0)
PESCATORE = P("Pascal Weber", "pascal.weber.lux@gmail.com", None, 1)
FUNDOPS_MEMBER = P(
    "Rachel Dunmore",
    "rachel.dunmore@aldergate-wealth.co.uk",
    pp.ALDERGATE,
    0,
    sig=["Rachel Dunmore", "Head of Client Onboarding", "Aldergate Wealth Partners LLP"],
    display="Dunmore, Rachel",
)
VWK_MEMBER = P(
    "Stefan Richter",
    "s.richter@kornmarkt-vv.de",
    pp.KORNMARKT,
    1,
    sig=["-- ", "Stefan Richter", "Kornmarkt Vermögensverwaltung AG", "Fondsbuchhaltung"],
    loc="de-DE",
)
GIO_MEMBER = P("Bram Jacobs", "bram.jacobs@tenvelde-fo.nl", pp.VELDE, 1, loc="nl-NL")

SPECS = [
    # ------------------------------------------------------------------ year-end dealing calendar (merge)
    N(
        "cal-okafor",
        pp.OKAFOR,
        "2026-12-01 11:47",
        "outlook",
        "en",
        """
        Hi Marc,

        Thanks for this. One question on the 31st: will the year-end NAV be struck on the 12:00 cut-off and priced at the usual valuation point, or are you bringing the valuation point forward as well? Our settlement team needs to know whether the 31 December trades will settle on 4 January or 5 January.

        Also, can you confirm the GBP classes are closed on 28 December only, and not on the 29th?

        Kind regards,
        Daniel
        """,
        parent="cal",
    ),
    N(
        "cal-claes",
        pp.CLAES,
        "2026-12-01 14:03",
        "outlook",
        "en",
        """
        Dear Marc,

        Noted, thank you. For completeness: our T2S cut-off for DVP settlement on 31 December is 15:00 CET, so any redemption proceeds you want paid out the same day should reach us by 13:30 at the latest.

        Met vriendelijke groeten / Kind regards,
        """,
        parent="cal",
        cs="windows-1252",
    ),
    N(
        "cal-gallagher",
        pp.GALLAGHER,
        "2026-12-01 12:30",
        "ios_mail",
        "en",
        "Noted, thanks Marc.",
        parent="cal",
        bom=True,
    ),
    N(
        "cal-wagner",
        pp.WAGNER,
        "2026-12-02 08:15",
        "thunderbird",
        "en",
        """
        Marc,

        A few comments inline.
        """,
        parent="cal",
        inline=[
            (
                "Thursday 24 December 2026",
                [
                    "Does the 12:00 cut-off also apply to the feeder fund? Its master deals at 11:00 on that day, so the feeder would have to close earlier."
                ],
            ),
            (
                "Thursday 31 December 2026",
                [
                    "Please make sure the board gets the year-end NAV before the 6th if at all possible. The audit committee meets on 7 January.",
                ],
            ),
        ],
        trim_rest=True,
        closing=["Best regards"],
        loc="en-GB",
    ),
    N(
        "cal-brueckner",
        BRUECKNER,
        "2026-12-02 09:31",
        "owa",
        "en",
        """
        Hello,

        Please remove me from this distribution. I moved to the group risk function in October and no longer deal with the Mainufer funds. Dealing questions and orders should go to fondsorders@mainufer-invest.de.

        Thank you
        Jana Brückner
        """,
        parent="cal",
        html_only=True,
        opt_out=True,
        loc="de-DE",
    ),
    N(
        "cal-pohl",
        pp.POHL,
        "2026-12-02 10:20",
        "outlook",
        "de",
        """
        Sehr geehrter Herr Thill,

        vielen Dank für die Übersicht. Eine Rückfrage zum 24. Dezember: Gilt der vorgezogene Annahmeschluss um 12:00 Uhr auch für Sparplanzahlungen, die per Lastschrift am 23. Dezember eingezogen werden, oder werden diese noch zum NAV vom 24. Dezember abgerechnet?

        Für eine kurze Rückmeldung bis Ende der Woche wäre ich dankbar.

        Mit freundlichen Grüßen
        """,
        parent="cal",
        disc=[],
    ),
    N(
        "cal-schuette",
        pp.SCHUETTE,
        "2026-12-01 16:48",
        "lotus",
        "en",
        """
        Dear Marc,

        thank you. Please note that Weserbank's custody operations will be closed on 24 and 31 December, so cash for the 31 December NAV must be instructed to us by 30 December, 14:00 CET.

        Best regards
        """,
        parent="cal",
    ),
    N(
        "cal-rossi",
        pp.ROSSI,
        "2026-12-03 09:05",
        "outlook",
        "en",
        """
        Hi Marc,

        For your records, these are the orders we intend to place over the holiday, so your team can plan the cash:

        Fund / class                        Trade date    Type   Amount
        Harbourline Global Equity B GBP     24/12/2026    SUB    GBP 2,500,000.00
        Harbourline Short Duration A EUR    28/12/2026    RED    EUR 1,200,000.00
        Harbourline Short Duration A EUR    31/12/2026    SUB    EUR 4,000,000.00

        The 31/12 subscription will be funded from the redemption on the 28th, so please don't chase us for cash on the 30th!

        Thanks,
        Matteo
        """,
        parent="cal",
    ),
    N(
        "cal-patel",
        pp.PATEL,
        "2026-12-02 10:12",
        "outlook",
        "en",
        """
        Hi Marc,

        Daniel is off today so I'm picking this up. Thanks for confirming settlement on 5 January.

        One follow-up: your original note says "Orders received after the cut-off will be dealt at the next available NAV." For the 31st that would be 4 January. Does that also apply to orders that arrive before 12:00 but fail your validation (e.g. missing investor account number) and are only repaired in the afternoon?

        We'd like to brief our dealing team before the 24th.

        Regards,
        Sunita
        """,
        parent="cal-mt-okafor",
        cc=[pp.OKAFOR],
    ),
    N(
        "cal-holt",
        HOLT,
        "2026-12-01 17:05",
        "new_outlook",
        "en",
        """
        Hi Marc,

        Thanks for the calendar. Could you please remove Sarah Bennett from your distribution list? She left Brightwater at the end of November. Daniel Okafor and I will be your contacts for dealing matters going forward.

        Best,
        Graham
        """,
        parent="cal",
    ),
    N(
        "cal-rossi2",
        pp.ROSSI,
        "2026-12-04 08:40",
        "outlook",
        "en",
        """
        Marc,

        Quick one: your email of 1 December bounced from my colleague Tanya's address (her mailbox was full while she was on leave), so she never saw the calendar. I have forwarded it to her – no need to resend.

        Thanks,
        Matteo
        """,
        parent="cal",
    ),
    # ------------------------------------------------------------------ KYC review (merge)
    N(
        "kyc-pryce",
        pp.PRYCE,
        "2026-12-03 16:40",
        "outlook",
        "en",
        """
        Dear Priya,

        Please find attached for the Caldwell Hurst accounts:

        - certified passport copies for Eleanor Caldwell-Hurst and Robert Caldwell-Hurst (certified by our solicitors on 1 December);
        - council tax bills for both, dated November 2026;
        - the two CRS/FATCA self-certifications, signed;
        - the extract from the register of beneficial owners for Caldwell Hurst Holdings Limited.

        Robert's passport expires in March; we will send the renewed one as soon as it arrives.

        Best wishes,
        Martin
        """,
        parent="kyc",
        attach=[
            ("Passports_certified_ECH_RCH.pdf", "application/pdf"),
            ("Council_tax_Nov2026.pdf", "application/pdf"),
            ("CRS_FATCA_signed.pdf", "application/pdf"),
            ("CHH_beneficial_owners_extract.pdf", "application/pdf"),
        ],
    ),
    N(
        "kyc-stanbridge2",
        pp.STANBRIDGE,
        "2026-12-03 18:55",
        "gmail",
        "en",
        """
        Thanks Priya, that's helpful. Scan attached. Laura (my PA) will bring the original passport to Lothbury Yard on 21 December, late morning – could you let reception know?

        Oliver
        """,
        parent="kyc-pr-stanbridge",
        attach=[("passport_scan.pdf", "application/pdf")],
    ),
    N(
        "kyc-lindemann",
        pp.LINDEMANN,
        "2026-12-03 08:02",
        "gmx",
        "de",
        """
        Sehr geehrte Frau Raman,

        anbei sende ich Ihnen die Kopie meines Personalausweises und eine aktuelle Stromrechnung als Adressnachweis. Das Formular zur steuerlichen Ansässigkeit fülle ich am Wochenende aus und schicke es Ihnen per Post, da ich hier keinen Drucker habe.

        Eine Frage noch: Muss die Kopie des Ausweises beglaubigt sein? Wenn ja, reicht eine Beglaubigung durch die Gemeinde?

        Mit freundlichen Grüßen
        Gerhard Lindemann
        """,
        parent="kyc",
        attach=[("Personalausweis.pdf", "application/pdf"), ("Stromrechnung_Nov2026.pdf", "application/pdf")],
    ),
    N(
        "kyc-ashworth",
        pp.ASHWORTH,
        "2026-12-04 11:30",
        "apple_mail",
        "en",
        """
        Hi Priya,

        The beneficial ownership extract is attached. The registry confirmed the filing this morning – their email is below for your file:

        From: Registry Filings Service <no-reply@filings.registry-notify.co.uk>
        Sent: 04 December 2026 09:12
        To: Company Secretarial <cosec@thornbury-logistics.co.uk>
        Subject: Filing accepted – THORNBURY LOGISTICS PLC (07731254)

        Your confirmation statement with updated information on people with significant control was accepted on 4 December 2026. The public register will be updated within 24 hours.

        The certified passport copies for the two directors who sign on the account will follow on Monday; one of them is travelling.

        Best,
        Harriet
        """,
        parent="kyc",
        attach=[("Thornbury_PSC_extract_2026-12-04.pdf", "application/pdf")],
    ),
    N(
        "kyc-kovac",
        pp.KOVAC,
        "2026-12-05 09:44",
        "ios_mail",
        "en",
        """
        I'll send everything next week, I'm away this weekend.

        Kind regards
        Anton Kovač
        """,
        parent="kyc",
        device=["Sent from my iPad"],
    ),
    N(
        "kyc-fairlie",
        pp.FAIRLIE,
        "2026-12-02 12:10",
        "outlook_mobile",
        "en",
        """
        Hello Priya,

        Before I send anything – is this email genuine? My bank told me never to send passport copies by email and I don't recognise your name. I'll call James Whitcombe's office tomorrow to check.

        Rosalind Fairlie
        """,
        parent="kyc",
    ),
    N(
        "kyc-holloway",
        pp.HOLLOWAY,
        "2026-12-02 21:30",
        "gmail",
        "en",
        """
        Dear Ms Raman,

        I closed my account with Valcourt Ashby in March 2024 and transferred everything to another bank. I have no relationship with you any more.

        Please stop contacting me and delete the personal data you hold about me, as I am entitled to ask under data protection law. Please confirm when this has been done.

        Peter Holloway
        """,
        parent="kyc",
        opt_out=True,
    ),
    N(
        "kyc-brandsma",
        pp.BRANDSMA,
        "2026-12-03 07:55",
        "owa",
        "en",
        """
        Dear Ms Raman,

        I will send the documents this week. Please note that I no longer use this address for anything to do with my accounts; from now on please write to w.brandsma@ziggo.nl and stop sending to this one.

        Kind regards,
        Wouter Brandsma
        """,
        parent="kyc",
        loc="nl-NL",
    ),
    N(
        "kyc-hasler",
        pp.HASLER,
        "2026-12-02 18:20",
        "proton",
        "en",
        """
        Dear Ms Raman,

        I have been a Swiss resident since July. Do you need the "Wohnsitzbestätigung" from my Gemeinde as proof of address, or is a statement from my Swiss bank enough?

        Best regards,
        Claudia Hasler
        """,
        parent="kyc",
        cte="base64",
    ),
    N(
        "kyc-verhoeven",
        pp.VERHOEVEN,
        "2026-12-04 20:15",
        "gmail",
        "en",
        """
        Dear Ms Raman,

        Attached are my passport copy and a recent bank statement as proof of address. The passport copy was certified by a Dutch notary (notaris); I hope that is acceptable.

        I do not have a register of beneficial owners as I hold the account in my own name, so I think point 4 does not apply to me.

        Kind regards,
        """,
        parent="kyc",
        loc="nl-NL",
        attach=[("paspoort_gewaarmerkt.pdf", "application/pdf"), ("bankafschrift_nov.pdf", "application/pdf")],
    ),
    N(
        "kyc-boateng",
        BOATENG,
        "2026-12-06 13:02",
        "samsung",
        "en",
        """
        Hi Priya I will come to your office on 11 January with the originals. Is 10am ok?
        Kofi
        """,
        parent="kyc",
    ),
    N(
        "kyc-clarke",
        CLARKE,
        "2026-12-07 07:48",
        "ios_mail",
        "en",
        [],
        parent="kyc",
        empty_ok=True,
        attach=[("IMG_4471.pdf", "application/pdf"), ("IMG_4472.pdf", "application/pdf")],
    ),
    N(
        "kyc-pike",
        PIKE,
        "2026-12-03 11:14",
        "outlook_plain",
        "en",
        """
        Priya

        I act for Mr and Mrs Denholm (accounts 40021 and 40022) under a power of attorney, a copy of which you should already have on file from 2023. I will collect the documents from them on Thursday and send them on by Special Delivery, as Mrs Denholm does not use email.

        Please confirm that a copy of the POA certified by me is acceptable - I am a chartered financial planner, not a solicitor.

        Regards

        Graham Pike
        Aldergate Wealth Partners LLP
        020 7946 0195
        """,
        parent="kyc",
        cs="windows-1252",
        sig=[],
        disc=[],
    ),
    N(
        "kyc-pryce-fwd",
        pp.PRYCE,
        "2026-12-04 10:02",
        "outlook",
        "en",
        """
        Priya,

        Forwarding this as discussed on the phone – Meridian completed the same review for the family on Tuesday, with the same certified copies. Happy to put you in touch with their compliance team if it helps.

        Martin
        """,
        parent="pryce-bank",
        fwd=True,
        to=[PR],
    ),
    # ------------------------------------------------------------------ London invitation (merge)
    N(
        "inv-ashton",
        pp.ASHTON,
        "2026-12-03 09:02",
        "outlook_mobile",
        "en",
        """
        Delighted to attend, James – without a guest this time.

        Charles
        """,
        parent="inv",
        device=["Get [[Outlook for Android|https://aka.ms/AAb9ysg]]"],
    ),
    N("inv-morley", pp.MORLEY, "2026-12-03 10:15", "ios_mail", "en", "Unsubscribe", parent="inv", opt_out=True),
    N(
        "inv-sorensen",
        pp.SORENSEN,
        "2026-12-03 17:40",
        "superhuman",
        "en",
        """
        James — count me in. I'd like to bring Maja Lindqvist, the CFO of one of our portfolio companies, if there's still room; she's been asking about private credit for months.

        Nils
        """,
        parent="inv",
        device=["Sent via [[Superhuman|https://sprh.mn/?vip=nils@haldenpark.vc]]"],
    ),
    N(
        "inv-hargreaves",
        pp.HARGREAVES,
        "2026-12-04 11:22",
        "outlook",
        "en",
        """
        James,

        Thank you for the invitation. Sadly I'll be in Singapore that week for our Asia client reviews, so I'll have to miss this one. Please do keep me on the list though – I'd very much like to come to the spring briefing.

        Best,
        Tom
        """,
        parent="inv",
    ),
    N(
        "inv-hughes",
        pp.HUGHES,
        "2026-12-03 13:10",
        "blackberry",
        "en",
        """
        Will attend. Many thanks.

        JH
        """,
        parent="inv",
    ),
    N(
        "inv-pemberton",
        pp.PEMBERTON,
        "2026-12-03 20:41",
        "gmail",
        "en",
        """
        Yes please, James – two places, for me and my husband Richard.

        Alice
        """,
        parent="inv",
        bottom=True,
        trim="whether you will be bringing a guest.",
    ),
    N(
        "inv-weir",
        pp.WEIR,
        "2026-12-05 10:01",
        "apple_mail",
        "en",
        """
        Dear James,

        Please take me off your invitation list. I retired from the board of Meridian Isle in the summer and no longer need to hear about markets briefings – I shall be spending January in the garden!

        With best wishes for Christmas,
        Duncan
        """,
        parent="inv",
        opt_out=True,
    ),
    N(
        "inv-franke",
        pp.FRANKE,
        "2026-12-03 09:48",
        "ios_mail",
        "de",
        """
        Gerne, ich komme – allerdings ohne Begleitung.

        Viele Grüße aus Frankfurt
        Tobias Franke
        """,
        parent="inv",
    ),
    N(
        "inv-ellis",
        ELLIS,
        "2026-12-04 15:26",
        "yahoo",
        "en",
        """
        Dear James,

        Thank you for thinking of me. I'm afraid I no longer go out in the evenings in winter, but I would love to see you for lunch in the spring.

        Warm regards,
        Margaret
        """,
        parent="inv",
    ),
    N(
        "inv-tenvelde",
        pp.TENVELDE,
        "2026-12-04 07:35",
        "ios_mail",
        "en",
        """
        Dear James, I happen to be in London that week, so yes with pleasure. One person.

        Sanne
        """,
        parent="inv",
        loc="nl-NL",
    ),
    N(
        "inv-stanbridge",
        pp.STANBRIDGE,
        "2026-12-05 08:12",
        "gmail_mobile",
        "en",
        """
        Sorry James, can't make it – we'll be skiing. Next time!

        O.
        """,
        parent="inv",
        sig=[],
    ),
    # ------------------------------------------------------------------ Jahresabschluss (merge, German)
    N(
        "ja-roth",
        pp.ROTH,
        "2026-12-03 09:41",
        "outlook",
        "de",
        """
        Sehr geehrte Frau Vogt,

        vielen Dank für Ihre Nachricht. Die Depotauszüge und Saldenbestätigungen stellen wir wie im Vorjahr bis zum 8. Januar 2027 über unser Kundenportal bereit; die Prüfungsgesellschaften erhalten die Bestätigungen direkt von unserer Abteilung Prüfungsanfragen.

        Bitte beachten Sie, dass wir Anfragen der Prüfer nur noch über das Portal AuditConfirm beantworten. Ein Versand per E-Mail ist aus Datenschutzgründen nicht mehr möglich.

        Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

        Mit freundlichen Grüßen
        """,
        parent="ja",
    ),
    N(
        "ja-roth2",
        pp.ROTH,
        "2026-12-03 16:05",
        "outlook",
        "de",
        """
        Sehr geehrte Frau Vogt,

        die Prüfer benötigen einen eigenen Zugang. Die Weiterleitung der Bestätigungen aus Ihrem Zugang ist leider nicht zulässig, da die Prüfer die Bestätigung direkt von der Bank erhalten müssen.

        Den Zugang beantragen die Prüfungsgesellschaften unter auditconfirm@nordhafen-custody.de; die Gebühr beträgt 150 € je Prüfungsgesellschaft und Jahr.

        Mit freundlichen Grüßen
        """,
        parent="ja-kv-roth",
        cs="iso-8859-15",
        disc=[],
    ),
    N(
        "ja-albrecht",
        pp.ALBRECHT,
        "2026-12-03 15:12",
        "lotus",
        "de",
        """
        Sehr geehrte Frau Vogt,

        besten Dank. Die Prüfungsaufforderungen an die Verwahrstellen versenden wir in der KW 51. Für die beiden Spezial-AIF bitten wir zusätzlich um die Bestätigung der Sicherheitenkonten aus den Wertpapierleihegeschäften, da diese im Vorjahr erst nach Testatserteilung vorlagen.

        Können Sie uns außerdem bis zum 18. Dezember einen Ansprechpartner für die Bewertung der nicht börsennotierten Beteiligungen nennen?
        """,
        parent="ja",
        cs="iso-8859-1",
        disc=[],
    ),
    N(
        "ja-krause",
        pp.KRAUSE,
        "2026-12-04 10:02",
        "outlook_plain",
        "de",
        """
        Hallo Frau Vogt,

        meine Antworten direkt im Text unten (=>).

        Gruß
        Michael Krause
        """,
        parent="ja",
        sig=[],
        disc=[],
        inline=[
            ("1. Depotauszüge", ["=> Kommen wie immer als MT535 über SWIFT, PDF zusätzlich über das Portal."]),
            (
                "2. Saldenbestätigungen",
                [
                    "=> Termingelder haben wir derzeit keine. Die Sicherheitenkonten laufen bei der Nordhafen, bitte dort direkt anfragen."
                ],
            ),
            (
                "3. eine Aufstellung",
                ["=> Wertpapierleihe machen wir seit Juni nicht mehr. Die offenen DTG schicken wir Ihnen bis zum 8.1."],
            ),
        ],
        cs="windows-1252",
        mailto=False,
    ),
    N(
        "ja-lange",
        LANGE,
        "2026-12-04 13:30",
        "owa",
        "de",
        [
            "Sehr geehrte Frau Vogt,",
            "",
            "vorab die Bestände der Geldkonten zum 30.11.2026 zu Ihrer Abstimmung; die Bestätigungen zum 31.12. kommen wie gewohnt von der Verwahrstelle:",
            "",
            "TABLE",
            "",
            "Das Konto 4410-778 ist das Sicherheitenkonto aus der Wertpapierleihe und wird zum 31.12. aufgelöst.",
        ],
        parent="ja",
        html_only=True,
        table=[
            ["Konto", "Währung", "Saldo 30.11.2026"],
            ["4410-771", "EUR", "12.480.317,55"],
            ["4410-772", "USD", "1.904.220,10"],
            ["4410-778", "EUR", "3.015.000,00"],
        ],
    ),
    N(
        "ja-peeters",
        pp.PEETERS,
        "2026-12-03 10:26",
        "outlook",
        "en",
        """
        Dear Ms Vogt,

        Apologies for replying in English. If I understand your message correctly, you need our statements and balance confirmations as at 31/12 for the Harbourline accounts held with us. These will be available in our client portal on 6 January; the auditors can request confirmations through the usual channel.

        Could you confirm whether you also need the collateral account 88-1204 for the securities lending, which is held at our Brussels branch?

        Met vriendelijke groeten / Kind regards,
        """,
        parent="ja",
    ),
    N(
        "ja-snow",
        NH_SNOW,
        "2026-12-21 15:02",
        "servicenow",
        "de",
        """
        Guten Tag Frau Vogt,

        die Saldenbestätigungen für die Geldkonten der Harbourline-Fonds werden am 7. Januar 2027 im Portal bereitgestellt. Die Bestätigung für das Sicherheitenkonto 4410-778 kann erst nach dem Monatsabschluss der Wertpapierleihe am 12. Januar erstellt werden.

        Viele Grüße
        Jonas Weber
        Client Service Custody
        """,
        parent="ja-snow-req",
        to=[KV],
        no_quote=True,
        agent="Jonas Weber",
        subject="CS0084127 – Kommentar hinzugefügt: Jahresabschluss 2026 – Saldenbestätigungen Harbourline-Fonds",
        ticket={
            "greeting": "Sehr geehrte Frau Vogt,",
            "intro": "zu Ihrer Anfrage CS0084127 „Jahresabschluss 2026 – Saldenbestätigungen Harbourline-Fonds“ wurde ein neuer Kommentar hinzugefügt:",
            "field": "Zusätzliche Kommentare",
            "link_text": "Zum Ticket CS0084127",
            "closing": ["Mit freundlichen Grüßen", "Ihr Nordhafen Client Service"],
            "ref": "Ref:MSG4471902_8xKq2vTzL0cRwYb3NdJe",
            "instance": "nordhafen",
            "brand": "Nordhafen Custody Bank",
        },
    ),
    # ------------------------------------------------------------------ Neujahrsempfang (merge, German)
    N(
        "ny-oberhauser",
        pp.OBERHAUSER_F,
        "2026-12-09 13:17",
        "ios_mail",
        "de",
        """
        Lieber Herr Bernhardt,

        vielen Dank, wir kommen sehr gerne zu zweit – mein Mann begleitet mich.

        Herzliche Grüße
        Friederike Oberhauser
        """,
        parent="ny",
    ),
    N(
        "ny-ziegler",
        pp.ZIEGLER,
        "2026-12-10 08:05",
        "outlook",
        "de",
        """
        Sehr geehrter Herr Bernhardt,

        bitte nehmen Sie mich aus Ihrem Verteiler für Einladungen und Newsletter. Ich habe die Geschäftsführung zum Jahresende abgegeben.

        Danke und freundliche Grüße
        """,
        parent="ny",
        opt_out=True,
        cs="iso-8859-1",
    ),
    N(
        "ny-winter",
        pp.WINTER,
        "2026-12-11 11:40",
        "lotus",
        "de",
        """
        Sehr geehrter Herr Bernhardt,

        haben Sie vielen Dank für die freundliche Einladung. Am 28. Januar tagt leider unser Stiftungsrat in Dresden, sodass ich nicht kommen kann. Bitte laden Sie mich aber gerne auch künftig ein, ich komme sehr gern zu Ihren Veranstaltungen.

        Mit freundlichen Grüßen
        """,
        parent="ny",
        notes_old=True,
        cs="iso-8859-1",
    ),
    N(
        "ny-beckmann",
        pp.BECKMANN,
        "2026-12-09 19:44",
        "gmx",
        "de",
        """
        Lieber Herr Bernhardt,

        herzlichen Dank für die Einladung! Ich komme gern, allerdings allein – meine Frau ist an dem Wochenende bei unserer Tochter in Hamburg.

        Können Sie mir sagen, ob es in der Nähe Parkmöglichkeiten gibt? Ich komme aus Bad Homburg mit dem Auto.

        Viele Grüße
        Jürgen Beckmann
        """,
        parent="ny",
        html_only=True,
    ),
    N(
        "ny-heilmann",
        pp.HEILMANN,
        "2026-12-10 17:30",
        "outlook_mac",
        "de",
        """
        Lieber Herr Bernhardt,

        vielen Dank – ich sage gerne zu. Frau Dr. Seidel hat mich gefragt, ob sie mitkommen kann; ich hoffe, das ist in Ordnung.

        Beste Grüße
        """,
        parent="ny",
    ),
    N(
        "ny-seidel",
        SEIDEL,
        "2026-12-10 18:02",
        "outlook_mobile",
        "de",
        """
        Lieber Herr Bernhardt,

        ich komme gerne, zusammen mit Frau Dr. Heilmann – sie hat Ihnen ja schon geschrieben.

        Viele Grüße
        Miriam Seidel
        """,
        parent="ny",
    ),
    N(
        "ny-haas",
        HAAS,
        "2026-12-12 10:20",
        "thunderbird",
        "de",
        """
        Lieber Herr Bernhardt,

        da bin ich gerne dabei, mit meiner Frau. Vielen Dank für die Einladung und Ihnen schöne Feiertage!

        Ihr Dieter Haas
        """,
        parent="ny",
        bottom=True,
        trim="gerne auch mit Begleitung.",
    ),
    # ------------------------------------------------------------------ fee schedule (merge; the firm's banner from 1 February)
    N(
        "fee-pohl",
        pp.POHL,
        "2027-02-02 09:15",
        "outlook",
        "en",
        """
        Dear Ms Reinert,

        thank you for the schedule. We accept the changes to fund accounting and transfer agency. On the regulatory reporting fee, however, we would like to talk: for our two Spezial-AIF the Annex IV reports are filed by the AIFM itself, so we only need the EMIR and SFTR part. Could you send us a proposal for a reduced fee?

        I am available on Thursday afternoon or Friday morning for a call.

        Best regards
        """,
        parent="fee",
        disc=[],
    ),
    N(
        "fee-sorensen",
        pp.SORENSEN,
        "2027-02-03 07:12",
        "ios_mail",
        "en",
        """
        Noted – we'll revert after our board meeting on the 18th.

        Nils
        """,
        parent="fee",
    ),
    N(
        "fee-heilmann",
        pp.HEILMANN,
        "2027-01-27 18:10",
        "outlook",
        "en",
        """
        Dear Ms Reinert,

        please find our comments in red below. In short: we accept everything except the new regulatory reporting fee.

        Kind regards
        """,
        parent="fee",
        inline=[
            ("Fund accounting:", ["[SH] Agreed."]),
            (
                "Transfer agency:",
                [
                    "[SH] Agreed, but please confirm the fee applies to active accounts only, not to the ~1,900 dormant accounts we are closing in Q2."
                ],
            ),
            (
                "Regulatory reporting",
                ["[SH] Not agreed. We file Annex IV ourselves through our AIFM. Please quote for EMIR/SFTR only."],
            ),
            (
                "Under clause 14.2",
                ["[SH] Please treat this e-mail as our written objection, for the regulatory reporting fee only."],
            ),
        ],
        answer_kind="r",
    ),
    N(
        "fee-vdmeer",
        pp.VDMEER,
        "2027-02-04 08:50",
        "outlook",
        "en",
        """
        Dear Sophie,

        Thank you. The board of the GP will discuss the new schedule on 9 February; I will come back to you after that meeting. One question in the meantime: does the new minimum fee of EUR 48,000 apply per sub-fund or per share class? Our fund has one sub-fund but four share classes.

        Met vriendelijke groet,
        """,
        parent="fee",
    ),
    N(
        "fee-krause",
        pp.KRAUSE,
        "2027-02-05 12:34",
        "outlook",
        "en",
        """
        Dear Ms Reinert,

        I am on holiday until 8 February with limited access to e-mail, but I wanted to confirm quickly that Kornmarkt's objection of 27 January (Dr Heilmann's e-mail) also covers the Kornmarkt Renten Plus fund. I will call you when I am back.

        Best regards
        Michael Krause
        """,
        parent="fee",
        sig=[],
        disc=[],
    ),
    # ------------------------------------------------------------------ individual threads
    N(
        "aud-mensah",
        pp.MENSAH,
        "2027-01-08 11:20",
        "outlook",
        "en",
        [
            "Hi Marc,",
            "",
            "Thank you – that's very helpful. We have agreed the A and I classes to the NAV file. On the B GBP class we have a difference against the fund accounting records:",
            "",
            "Share class\tRegister\tFund accounting\tDifference",
            "B GBP\t388,020.105\t387,770.105\t250.000",
            "",
            "Could this be the subscription dealt on 31 December and settled on 5 January? If so, could you send us the contract note and confirm which side you consider correct?",
            "",
            "Also, for our file: please confirm that the two pending transfers are between existing shareholders of the fund.",
            "",
            "Many thanks,",
            "Grace",
        ],
        parent="aud-mt",
        cc=[EF],
    ),
    N(
        "side-drummond",
        pp.DRUMMOND,
        "2026-12-10 18:05",
        "outlook",
        "en",
        """
        Sophie,

        Answers below in blue. Mark-up to follow tonight.

        Alistair
        """,
        parent="side-sr2",
        inline=[
            (
                "Can we limit the MFN",
                [
                    "[AD] Yes – that is the usual approach. I have drafted the MFN so that it covers fees, carry and other economic terms only."
                ],
            ),
            (
                "Does the excuse right create a problem",
                [
                    "[AD] Not legally, but the AIFM should model the concentration risk. The LPA already allows the GP to reallocate excused amounts among the other investors."
                ],
            ),
            (
                "Is the 90-day Q4 period",
                [
                    '[AD] Yes. Section 9.3 of the PPM says "within 120 days of the end of each financial year" for the annual report and is silent on Q4, so no issue.'
                ],
            ),
        ],
    ),
    N(
        "lux-hansen",
        pp.HANSEN,
        "2026-12-09 08:31",
        "ios_mail",
        "en",
        """
        Perfect, thank you Sophie. I'll file on the 16th.

        Laure
        """,
        parent="lux5",
    ),
    N(
        "lux-hansen-art",
        pp.HANSEN,
        "2027-01-19 15:45",
        "outlook",
        "en",
        """
        Dear Sophie,

        The relevant provision is article 34 of the amended law, which reads in our English translation:

        > The reserved alternative investment fund shall inform its investors, before they invest, of the fact that it is not subject to supervision by a supervisory authority in Luxembourg.

        So the statement must be in the offering document itself; a mention in the subscription form alone is not enough. I suggest we add it to the cover page and to section 1.

        Best regards,
        Laure
        """,
        parent="lux5",
        subject="RE: Harbourline Private Credit Fund I SCSp – disclosure on the cover page",
        no_quote=True,
        cs="utf-8",
    ),
    N(
        "rf-kaya",
        pp.KAYA,
        "2026-12-15 16:20",
        "outlook",
        "en",
        """
        Dear Ms Reinert,

        Mr Brandt asked me to take care of the subscription for Rheinfeld Pensionsfonds. Attached are the signed subscription agreement and the list of authorised signatories. The Handelsregisterauszug will follow on Thursday; the LEI is 529900RHFLD7PENS0K41.

        Could you please confirm the account details for the subscription payment? We will only pay after a call-back to a number we already have on file.

        Best regards
        """,
        parent="rf2",
        to=[SR],
        cc=[pp.BRANDT],
        attach=[
            ("Zeichnungsschein_unterschrieben.pdf", "application/pdf"),
            ("Unterschriftenverzeichnis_RPF.pdf", "application/pdf"),
        ],
    ),
    N(
        "rf-kaya-hr",
        pp.KAYA,
        "2026-12-17 10:41",
        "outlook",
        "en",
        [],
        parent="rf-sr3",
        cc=[pp.BRANDT],
        attach=[("HR_Auszug_Rheinfeld_Pensionsfonds_2026-12-16.pdf", "application/pdf")],
    ),
    N(
        "rf-brandt-ok",
        pp.BRANDT,
        "2026-12-16 12:15",
        "ios_mail",
        "de",
        """
        Einverstanden.

        HB
        """,
        parent="rf-sr3",
        to=[SR],
        cc=[pp.KAYA],
    ),
    N(
        "zee-vdmeer",
        pp.VDMEER,
        "2026-12-11 09:12",
        "outlook",
        "en",
        """
        Hi Marc,

        Approved, signed approval attached. One change: please move the payment date to 30 December. Two of our Dutch pension investors have told us their payment runs close on the 23rd and only reopen on the 30th.

        Also, the expense part should read EUR 1.45m, not EUR 1.5m – the legal fees for the grid connection came in lower. The total is then EUR 18,350,000.

        Met vriendelijke groet,
        """,
        parent="zee1",
        attach=[("GP_approval_capital_call_4_signed.pdf", "application/pdf")],
    ),
    N(
        "ob-stein",
        pp.STEIN,
        "2026-12-11 10:45",
        "gmail",
        "de",
        """
        Hallo Herr Bernhardt,

        danke, zwei Anmerkungen unten.
        """,
        parent="ob1",
        inline=[
            (
                "erstmals mit den Bewertungen der Zielfonds",
                [
                    "Das ist für uns in Ordnung, bitte aber im Bericht als Fußnote vermerken, damit der Vergleich zum Vorquartal nachvollziehbar bleibt."
                ],
            ),
            (
                "falls Sie Fragen haben",
                [
                    "Eine Frage: Warum ist die Liquiditätsquote auf Seite 7 von 4,1 % auf 9,8 % gestiegen? War das der Verkauf der Anleihen im August?"
                ],
            ),
        ],
        trim_rest=True,
        closing=["Viele Grüße", "Clara Stein"],
    ),
    N(
        "almf-jira",
        FRO_JIRA,
        "2027-01-13 09:22",
        "jira",
        "en",
        """
        Dear Ms Reinert,

        Thank you for the file. Error R17 means that the reporting period end in the file header (2026-12-31) does not match the financial year end registered for the fund (2026-06-30). As the fund changed its financial year in 2026, the first reporting period is a short period from 1 July to 31 December 2026.

        Please update the financial year end in the fund's master data in the portal (Entity data > Financial year) and then resubmit the file. No new registration is needed.

        Kind regards,
        Tom Becker
        Fund Reporting Help Desk
        """,
        parent="almf1",
        to=[SR],
        no_quote=True,
        agent="Tom Becker",
        reply_to="reporting-helpdesk@fundreporting-office.lu",
        subject="FRH-2291 Annual reporting file rejected – error R17 – Harbourline Private Credit Fund I",
        ticket={
            "shared": "Sophie Reinert",
            "desk": "Fund Reporting Help Desk",
            "site": "fro-helpdesk",
            "key": "FRH-2291",
        },
    ),
    N(
        "ell-sf",
        ELLERY_SF,
        "2026-12-17 15:30",
        "salesforce",
        "en",
        """
        Dear Marc,

        Thank you for your patience. We have investigated the break on account 100482: the transfer of 12,500 units registered on 9 December was keyed against the wrong share class (Inc instead of Acc). It has been corrected today with an effective date of 9 December, so tomorrow's reconciliation file should match.

        Please accept our apologies for the inconvenience.
        """,
        parent="ell1",
        sig=pp.OSEI.sig,
        ref="ref:_00D4J2aBcD._5008e1XyZw:ref",
        subject="RE: Harbourline UK Feeder – register reconciliation break, account 100482 [ ref:_00D4J2aBcD._5008e1XyZw:ref ]",
    ),
    N(
        "bw-snow",
        BW_SNOW,
        "2026-12-17 16:44",
        "servicenow",
        "en",
        """
        Hello Elodie,

        The MT535 for 16/12 was not sent because of a BIC change on your side (VASHLULLXXX replaced VAFSLULLXXX on 15/12). We have updated the routing and re-sent the statement at 16:30 CET today. Statements from 17/12 onwards will go to the new BIC automatically.

        Kind regards,
        Priyanka Shah
        Custody Client Service
        """,
        parent="bw-inc",
        to=[EF],
        no_quote=True,
        agent="Priyanka Shah",
        subject="INC0071846 – Comments added: Missing MT535 for safekeeping account 77120-04 (statement date 16/12)",
        ticket={
            "greeting": "Dear Elodie Faber,",
            "intro": "Your incident INC0071846 has been updated with the following comments:",
            "field": "Additional comments",
            "link_text": "Click here to view incident INC0071846",
            "closing": ["Thank you,", "Brightwater Client Service"],
            "ref": "Ref:MSG0904471_Lq8ZtR3vW2mXyK9aHc0p",
            "instance": "brightwater",
            "brand": "Brightwater Trust & Custody",
        },
    ),
    N(
        "swift-braun",
        BRAUN,
        "2026-12-18 11:42",
        "outlook",
        "en",
        """
        Hello Ms Vogt,

        We received your instruction, but it does not match because the counterparty's receive instruction has a different settlement amount. This is the relevant part of your MT543 as we received it:

        :16R:GENL
        :20C::SEME//VAF2612160042
        :23G:NEWM
        :16S:GENL
        :16R:TRADDET
        :98A::TRAD//20261216
        :98A::SETT//20261218
        :35B:ISIN DE000A3E5X91
        :16S:TRADDET
        :19A::SETT//EUR1846000,00

        The counterparty (BIC HAFNDEFFXXX) instructed EUR 1.864.000,00. It looks like two digits were swapped on one side. Please check with the broker and amend, or cancel and replace your instruction, before 14:00 CET.

        Kind regards,
        """,
        parent="swift1",
        loc="en-GB",
    ),
    N(
        "dir-wagner",
        pp.WAGNER,
        "2026-12-13 21:05",
        "thunderbird",
        "en",
        """
        Elodie,

        On the NAV error: the board will want to see the impact per share class, even if it is below the threshold. Could you bring a one-page summary on Thursday?

        The draft minutes are fine, except that on page 3 the vote on the new distributor was unanimous, not "by majority".

        Henri
        """,
        parent="dir1",
        cs="us-ascii",
        bottom=True,
        trim="now resolved.",
    ),
    N(
        "bb-ferreira",
        pp.FERREIRA,
        "2026-12-15 19:20",
        "blackberry",
        "en",
        """
        James,

        12 January works. We'll be three: myself, Tom Aldous (risk) and one colleague from internal audit. Please book a room for the full day and send the agenda by the 8th.

        Rita
        """,
        parent="bb1",
    ),
    N(
        "sh-sorensen",
        pp.SORENSEN,
        "2026-12-16 22:10",
        "superhuman",
        "en",
        """
        Sophie — thanks, all clear. Two small things before the LPAC pack goes out:

        1) Please use the updated facility amount (EUR 40m, not 35m) — the bank increased it on Friday.
        2) Can you add a line that the facility will be repaid from the next capital call, within 180 days?

        Otherwise good to go.

        N.
        """,
        parent="sh1",
        device=["Sent via [[Superhuman|https://sprh.mn/?vip=nils@haldenpark.vc]]"],
    ),
    N(
        "lq-lindqvist",
        pp.LINDQVIST_M,
        "2027-01-12 07:58",
        "superhuman",
        "en",
        """
        Hi Sophie,

        Signed questionnaire and signatory list attached. Note that our signing rule is two signatures jointly, any two of the three people on the list.

        Best,
        Maja
        """,
        parent="lq1",
        device=[],
        attach=[
            ("Investor_questionnaire_signed.pdf", "application/pdf"),
            ("Authorised_signatories_LMAB.pdf", "application/pdf"),
        ],
    ),
    N(
        "vd-dewit",
        pp.DEWIT,
        "2027-01-14 08:55",
        "apple_mail",
        "en",
        """
        Dear Elodie,

        Thank you for the confirmation. For our file we also need the cash reconciliation for the EUR collection account as at 31 December, and the list of investments with the depositary's ownership verification. Could you send them before the 22nd?

        Kind regards,
        """,
        parent="vd1",
    ),
    N(
        "dw-verhaeghe",
        pp.VERHAEGHE,
        "2026-12-22 10:15",
        "outlook",
        "en",
        """
        Dear Sophie,

        Thank you. We have reviewed the subscription documents on behalf of the OFP. Two comments:

        1. The OFP can only invest if the fund may be marketed to professional investors in Belgium; please confirm that the Belgian marketing notification has been made.
        2. The OFP's board approved the investment on 17 December, subject to a maximum of EUR 10 million. The subscription agreement still shows EUR 12.5 million.

        We will send the signed documents once point 2 is corrected.

        Met vriendelijke groeten / Kind regards,
        """,
        parent="dw1",
    ),
    N(
        "wb-mertens",
        pp.MERTENS,
        "2026-12-07 14:50",
        "lotus",
        "en",
        """
        Dear Ms Faber,

        please find attached the list of our sub-custodians as at 30 November 2026. There have been no changes since the last confirmation in June, except that our sub-custodian in Denmark has changed its name following a merger.

        The due diligence questionnaires for 2026 will be available in January.
        """,
        parent="wb1",
        sig=[
            "Kind regards",
            "Uwe Mertens",
            "",
            "Weserbank Girozentrale",
            "Verwahrstelle / Depotbankkontrolle",
            "Telefon: 0421 9630-2240",
        ],
        disc=pp.WESER_DISC,
        notes_old=True,
        loc="en-GB",
        attach=[("Sub-custodian_network_2026-11-30.pdf", "application/pdf")],
    ),
    N(
        "tax-stanbridge",
        pp.STANBRIDGE,
        "2026-12-17 20:40",
        "gmail",
        "en",
        """
        James,

        See below from my tax adviser. Could someone on your side confirm whether Harbourline Global Equity has UK reporting fund status for 2026, and send me the report to investors when it is out?

        Thanks,
        Oliver
        """,
        parent="tax1",
        fwd=True,
        to=[JW],
    ),
    N(
        "js-whitlock",
        th.WHITLOCK,
        "2026-12-08 21:13",
        "gmail_mobile",
        "en",
        """
        Thanks James, 15th at 11 works, I'll come to you. Will Richard join?
        Sarah
        """,
        parent="js-rev",
        sig=[],
    ),
    N(
        "ec-mac",
        th.CALDWELL_E,
        "2026-12-10 19:02",
        "outlook_mac",
        "en",
        """
        James,

        Thank you for the note on the bond ladder. I'm happy with the proposal in principle, but I'd prefer to keep the 2029 and 2030 maturities in gilts rather than corporate bonds, given what happened last spring.

        Could you rerun the numbers on that basis before we meet on Thursday?

        Eleanor
        """,
        parent="ec1",
        loc="en-GB",
    ),
    N(
        "ec-fwd",
        th.CALDWELL_E,
        "2026-12-18 13:47",
        "apple_mail",
        "en",
        """
        James – what do you make of this? They want me to move the gilts by the 31st. Could your custody take them?

        E.
        """,
        parent="ec-bank",
        fwd=True,
        to=[JW],
    ),
    N(
        "hw-reyes",
        pp.REYES,
        "2026-12-14 09:18",
        "outlook",
        "en",
        """
        Elodie,

        Confirmed - the Harbourline US Equity positions were moved from the omnibus account to the segregated account 4471-220 on December 14. The updated SSIs are attached; please share them with your settlement team and with the fund's brokers.

        Regards,
        Dan
        """,
        parent="hw1",
        no_quote=True,
        attach=[("HWCS_SSI_Harbourline_US_Equity.pdf", "application/pdf")],
    ),
    N(
        "rbo-desk",
        RBO_AGENT,
        "2027-01-21 10:05",
        "owa",
        "en",
        """
        Dear Ms Reinert,

        Thank you for your message. The message "The entity is exempt" is shown when the legal form is recorded as a listed company in the register. For Harbourline Private Credit Fund I SCSp the legal form was recorded incorrectly at registration; we have corrected it today.

        You can now file the beneficial ownership information through the online form. Please note that the filing must be made within one month of the registration, so we recommend filing this week.

        Kind regards,

        Nathalie Schmit
        RBO Help Desk
        """,
        parent="rbo1",
        html_only=True,
        loc="en-GB",
    ),
    N(
        "zfm-desk",
        ZFM_AGENT,
        "2027-01-15 10:12",
        "outlook",
        "de",
        """
        Sehr geehrte Frau Vogt,

        die Fehlermeldung beruht darauf, dass für den Harbourline Euro Covered Bond noch keine Melder-ID für Ihre Gesellschaft hinterlegt ist. Bitte beantragen Sie die Zuordnung über das Formular MZ-3 im Meldeportal; die Freischaltung erfolgt in der Regel innerhalb von drei Arbeitstagen.

        Die Monatsmeldung für Dezember 2026 kann anschließend ohne Verspätungsfolgen nachgereicht werden, sofern sie bis zum 29. Januar 2027 eingeht.

        Mit freundlichen Grüßen
        Im Auftrag

        Dr. Carsten Vehling
        """,
        parent="zfm1",
        cs="iso-8859-1",
    ),
    N(
        "ja-weidner",
        WEIDNER,
        "2026-12-22 07:40",
        "outlook",
        "de",
        """
        Guten Morgen Frau Vogt,

        ich bin ab heute bis einschließlich 4. Januar im Urlaub, wollte Ihnen aber vorher noch antworten: Die Aufstellung der offenen Devisentermingeschäfte zum 31.12. schickt Ihnen Frau Lange am 4. Januar, die Bestätigungen der Kontrahenten liegen uns bereits vor.

        In dringenden Fällen erreichen Sie mich mobil unter +49 160 9922 4417.

        Mit freundlichen Grüßen
        """,
        parent="ja",
    ),
    N(
        "kyc-adeyemi",
        ADEYEMI,
        "2026-12-07 14:20",
        "owa",
        "en",
        """
        Hi Priya,

        Please see our answers in blue below.

        Ruth
        """,
        parent="kyc",
        html_only=True,
        inline=[
            ("1. a certified copy", ["Attached for both signatories (Harriet Ashworth and myself)."]),
            ("2. a proof of residential address", ["Not applicable to the company account, I assume? Please confirm."]),
            (
                "3. the enclosed self-certification",
                ["We need the entity version of the form (CRS-E), not the one for individuals. Could you send it?"],
            ),
            ("4. for companies and trusts", ["Harriet sent the extract on 4 December."]),
        ],
        attach=[("Certified_passports_Ashworth_Adeyemi.pdf", "application/pdf")],
    ),
    N(
        "ny-vogel",
        VOGEL,
        "2026-12-10 09:14",
        "samsung",
        "de",
        """
        Lieber Herr Bernhardt,
        vielen Dank für die Einladung, ich komme gern.
        Herzliche Grüße
        Renate Vogel
        """,
        parent="ny",
        loc="de-DE",
    ),
    N(
        "fee-pohl2",
        pp.POHL,
        "2027-02-03 08:05",
        "outlook",
        "en",
        """
        Dear Ms Reinert,

        Friday at 10:00 is fine, I will send you a Teams invitation. The proposed EUR 3,800 is acceptable to us in principle.

        Best regards
        """,
        parent="fee-sr-pohl",
        disc=[],
    ),
    N(
        "hw-doyle",
        DOYLE,
        "2026-12-14 08:05",
        "outlook",
        "en",
        """
        Hi Elodie,

        Adding to Dan's note: the segregated account will be reported on a separate MT535 from tomorrow's statement onwards, so please set up account 4471-220 in your reconciliation before the 15th.

        Thanks,
        Megan
        """,
        parent="hw1",
        cc=[pp.REYES],
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# list replies (kind list): the member's reply as the list delivered it
# ----------------------------------------------------------------------------------------------------------------
LIST_SPECS = [
    N(
        "list-gg",
        PESCATORE,
        "2027-01-19 12:05",
        "gmail",
        "en",
        """
        Hi Marc,

        We went for a monthly file. Per-trade lists were impossible to get from two of the big nominee platforms, and the rule only requires that you can obtain the information "without delay" on request, not that you hold it for every trade.

        We did add a clause to the nominee agreements giving us the right to ask for an ad hoc list within two business days.

        Cheers,
        Pascal
        """,
        parent="gg1",
        kind="list",
        to=[th.GOOGLE_LIST],
        sig=[],
        from_hdr=("'Pascal Weber' via LuxTA Ops Forum", "lux-ta-ops@googlegroups.com"),
        list_id="LuxTA Ops Forum <lux-ta-ops.googlegroups.com>",
        list_extra=[
            ("Reply-To", "lux-ta-ops@googlegroups.com"),
            ("X-Original-Sender", "pascal.weber.lux@gmail.com"),
            ("Mailing-list", "list lux-ta-ops@googlegroups.com; contact lux-ta-ops+owners@googlegroups.com"),
            ("Precedence", "list"),
            ("List-Post", "<https://groups.google.com/group/lux-ta-ops/post>, <mailto:lux-ta-ops@googlegroups.com>"),
            (
                "List-Unsubscribe",
                "<mailto:googlegroups-manage+300417752298+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/lux-ta-ops/subscribe>",
            ),
        ],
        footer=[
            "-- ",
            'You received this message because you are subscribed to the Google Groups "LuxTA Ops Forum" group.',
            "To unsubscribe from this group and stop receiving emails from it, send an email to lux-ta-ops+unsubscribe@googlegroups.com.",
            "To view this discussion visit https://groups.google.com/d/msgid/lux-ta-ops/CAJx7r2bQ.",
        ],
    ),
    N(
        "list-fundops",
        FUNDOPS_MEMBER,
        "2026-12-09 15:47",
        "outlook",
        "en",
        """
        Hi Priya,

        We have accepted video identification since 2024 for UK residents, using a certified identity service provider, and our auditors were comfortable once we showed them the provider's certification and our own testing of a sample of 25 files.

        The point they pressed on was liveness detection and how we handle the cases where the provider's check fails – those go back to certified copies.

        Happy to share our policy wording offline.

        Best,
        Rachel
        """,
        parent="fo1",
        kind="list",
        to=[th.FUNDOPS_LIST],
        disc=[],
        list_tag="[FundOps]",
        list_id="FundOps <fundops.lists.fundops-forum.org>",
        list_extra=[
            ("Precedence", "list"),
            ("List-Post", "<mailto:fundops@lists.fundops-forum.org>"),
            ("List-Unsubscribe", "<mailto:fundops-leave@lists.fundops-forum.org>"),
            (
                "Archived-At",
                "<https://lists.fundops-forum.org/archives/list/fundops@lists.fundops-forum.org/message/7QK2/>",
            ),
        ],
        footer=[
            "_______________________________________________",
            "FundOps mailing list -- fundops@lists.fundops-forum.org",
            "To unsubscribe send an email to fundops-leave@lists.fundops-forum.org",
        ],
    ),
    N(
        "list-vwk",
        VWK_MEMBER,
        "2026-12-15 14:12",
        "thunderbird",
        "de",
        """
        Hallo Frau Vogt,

        bei uns ebenso: zwei unserer drei Verwahrstellen liefern nur noch über ihr Portal, die dritte noch per Post. Die Prüfer haben das akzeptiert, sofern sie selbst einen Zugang haben und die Bestätigung direkt abrufen.

        Viele Grüße
        """,
        parent="vwk1",
        kind="list",
        to=[th.VWK_LIST],
        bottom=True,
        list_id="Verwahrstellen mailing list <verwahrstellen.listen.verwahrstellenkreis.de>",
        list_extra=[
            ("Precedence", "list"),
            (
                "List-Unsubscribe",
                "<https://listen.verwahrstellenkreis.de/mailman/options/verwahrstellen>,\r\n <mailto:verwahrstellen-request@listen.verwahrstellenkreis.de?subject=unsubscribe>",
            ),
            ("List-Post", "<mailto:verwahrstellen@listen.verwahrstellenkreis.de>"),
        ],
        footer=[
            "_______________________________________________",
            "Verwahrstellen mailing list",
            "Verwahrstellen@listen.verwahrstellenkreis.de",
            "https://listen.verwahrstellenkreis.de/mailman/listinfo/verwahrstellen",
        ],
    ),
    N(
        "list-gio",
        GIO_MEMBER,
        "2027-01-07 16:30",
        "apple_mail",
        "en",
        """
        Hi Sophie,

        CRS self-certification only, unless the investor claims treaty benefits on distributions – then we ask for the certificate from the Belastingdienst. In practice that is maybe one in twenty of our Dutch investors.

        Bram
        """,
        parent="gio1",
        kind="list",
        to=[th.GIO_LIST],
        from_hdr=("Bram Jacobs via groups.io", "bram.jacobs=tenvelde-fo.nl@groups.io"),
        list_id="<main.fundadmin-nl.groups.io>",
        list_extra=[
            ("Reply-To", "main@fundadmin-nl.groups.io"),
            ("Precedence", "Bulk"),
            ("List-Unsubscribe", "<mailto:main+unsubscribe@fundadmin-nl.groups.io>"),
            ("List-Post", "<mailto:main@fundadmin-nl.groups.io>"),
        ],
        footer=[
            "-=-=-=-=-=-=-=-=-=-=-=-",
            "Groups.io Links: You receive all messages sent to this group.",
            "View/Reply Online (#213): https://fundadmin-nl.groups.io/g/main/message/213",
            "Mute This Topic: https://groups.io/mt/104987211/5512310",
            "Group Owner: main+owner@fundadmin-nl.groups.io",
            "Unsubscribe: https://fundadmin-nl.groups.io/g/main/leave/12004471/5512310/1779223114/xyzzy",
            "-=-=-=-=-=-=-=-=-=-=-=-",
        ],
    ),
]
