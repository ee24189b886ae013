"""blind24's human replies, New York office (English): clients, prospects, a CPA above a client's forward."""

from clients24 import Msg, Reply
from firm24 import MIAMI_BANNER, OKAFOR, STEIN, SULLIVAN, cpa, firm_msg, letter, portal, prospect, review, rmd, tax_q
from mail24 import Ln, Person, at, items

_ = MIAMI_BANNER

CORP_CAUTION = [
    "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless "
    "you recognize the sender and know the content is safe.",
]

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
DELANEY = Person("Mark Delaney", "mdelaney@trilliumfastener.example", "CT")
T_WHITAKER = Person("Tom Whitaker", "tom.whitaker@gmail.example", "ET")
S_WHITAKER = Person("Susan Whitaker", "swhitaker@icloud.example", "ET")
GOLDBERG = Person("Ari Goldberg", "ari.goldberg@gmail.example", "ET")
PATEL = Person("Nikhil Patel", "npatel@patelortho.example", "ET")
OBRIEN = Person("Kathleen O'Brien", "kobrien@obrienlaw.example", "ET")
RAMIREZ = Person("Luis Ramirez", "luis@ramirezarchitects.example", "ET")
ONEILL = Person("Peggy O'Neill", "peggyoneill47@yahoo.example", "ET")
KOWALCZYK = Person("Walter Kowalczyk", "wkowalczyk@aol.example", "ET")
PIKE = Person("Jordan Pike", "jordan@lumenstack.example", "PT")
FELD = Person("Maya Feld", "maya.feld@hey.example", "ET")
CHO = Person("Evan Cho", "evancho@proton.example", "ET")
LUND = Person("Greg Lund", "greg@lundfamily.example", "ET")
MALHOTRA = Person("Raj Malhotra", "raj@saffronroute.example", "ET")
RUSSO = Person("Tony Russo", "trusso59@optmail.example", "ET")
PARK = Person("Linda Park", "lindapark.ny@gmail.example", "ET")
WHITFIELD = Person("Dana Whitfield", "dwhitfield@whitfieldosei.example", "ET")
BRENNAN = Person("Colleen Brennan", "colleen.brennan@brennanpr.example", "ET")
GOLD = Person("Howard Gold", "hgold@goldpartners.example", "ET")
REYES = Person("Marisol Reyes", "marisolreyes@aol.example", "ET")
HADLEY = Person("Peter Hadley", "phadley@hadleymfg.example", "ET")
VOSS = Person("Diane Voss", "dianevoss@icloud.example", "ET")
ECKER = Person("Frank Ecker", "fecker@eckerfamilyoffice.example", "ET")
KIM = Person("Grace Kim", "grace@kimstudio.example", "ET")
CRESTLINE = Person("Crestline Brokerage", "noreply@crestlinebrokerage.example", "CT")

# --------------------------------------------------------------------------
# the firm's messages these people answer (one copy each, its own Message-ID)
# --------------------------------------------------------------------------
REV_DELANEY = review("rev-delaney", [DELANEY], "Mark", "2027-02-17 09:40")
REV_WHITAKER = review("rev-whitaker", [T_WHITAKER, S_WHITAKER], "Tom and Susan", "2027-02-17 09:44")
REV_CHO = review("rev-cho", [CHO], "Evan", "2027-02-17 09:47")
REV_LUND = review("rev-lund", [LUND], "Greg", "2027-02-17 09:51")
REV_RUSSO = review("rev-russo", [RUSSO], "Tony", "2027-02-17 09:55")
REV_HADLEY = review("rev-hadley", [HADLEY], "Peter", "2027-02-17 10:02")
TAX_GOLDBERG = tax_q("tax-goldberg", [GOLDBERG], "Ari", "2027-02-02 10:15")
TAX_PATEL = tax_q("tax-patel", [PATEL], "Nikhil", "2027-02-02 10:17")
TAX_RAMIREZ = tax_q("tax-ramirez", [RAMIREZ], "Luis", "2027-02-02 10:19")
TAX_MALHOTRA = tax_q("tax-malhotra", [MALHOTRA], "Raj", "2027-02-02 10:21")
TAX_PARK = tax_q("tax-park", [PARK], "Linda", "2027-02-02 10:23")
TAX_KIM = tax_q("tax-kim", [KIM], "Grace", "2027-02-02 10:25")
TAX_ECKER = tax_q(
    "tax-ecker",
    [ECKER],
    "Frank",
    "2027-02-02 10:27",
    cc=[Person("Jenna Ruiz", "jruiz@eckerfamilyoffice.example", "ET")],
)
RMD_OBRIEN = rmd("rmd-obrien", [OBRIEN], "Kathleen", "$38,412", "2027-02-22 11:05")
RMD_ONEILL = rmd("rmd-oneill", [ONEILL], "Peggy", "$21,760", "2027-02-22 11:08")
LET_KOWALCZYK = letter("let-kowalczyk", "en", [KOWALCZYK], "2027-03-02 07:00")
LET_REYES = letter("let-reyes", "en", [REYES], "2027-03-02 07:00")
LET_VOSS = letter("let-voss", "en", [VOSS], "2027-03-02 07:00")
PRO_PIKE = prospect("pro-pike", STEIN, [PIKE], "Jordan", "2027-02-24 16:10", "the Lumen Ventures founders' breakfast")
PRO_FELD = prospect("pro-feld", STEIN, [FELD], "Maya", "2027-02-24 16:14", "the Lumen Ventures founders' breakfast")
FENWICK = Person("Janet Fenwick", "jfenwick@fenwickruiz.example", "ET")
BRANDT = Person("Howard Brandt", "hbrandt@brandtlyle.example", "CT")
NAVARRO = Person("Beth Navarro", "bnavarro@fenwickruiz.example", "ET")
CPA_FENWICK = cpa("cpa-fenwick", [FENWICK], "Janet", "Nikhil Patel", "2027-02-18 11:30", cc=[NAVARRO])
CPA_BRANDT = cpa("cpa-brandt", [BRANDT], "Howard", "Mark Delaney", "2027-02-18 11:34")
POR_BRENNAN = portal("por-brennan", [BRENNAN], "Colleen", "2027-03-15 09:00")
POR_GOLD = portal("por-gold", [GOLD], "Howard", "2027-03-15 09:00")

# --------------------------------------------------------------------------
# replies
# --------------------------------------------------------------------------
N = []

TRILLIUM_NOTICE = (
    "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, "
    "please notify the sender and delete it. Trillium Fastener Corp. does not accept liability for any errors or "
    "omissions in the contents of this message."
)

# Outlook for Windows, his company's banner inside the quoted copy, a one-liner with signature and notice.
N.append(
    Reply(
        "delaney-caution-quoted",
        DELANEY,
        "outlook",
        "en-US",
        "en",
        REV_DELANEY,
        "2027-02-17 11:02",
        [
            (
                "N",
                f"""
                Rebecca - Thursday the 4th at 2:00 works. I'll come to the office.

                Mark

                Mark Delaney
                VP Finance | Trillium Fastener Corp.
                D 312-555-0142 | M 773-555-0119

                {TRILLIUM_NOTICE}
                """,
            ),
            ("Q",),
        ],
        region="namprd11",
        inner_banner=CORP_CAUTION,
    )
)

# A three-level thread: Tom (Gmail) answers, Rebecca follows up, Susan answers from her iPhone above all of it.
TOM = Reply(
    "whitaker-tom-gmail",
    T_WHITAKER,
    "gmail",
    "en-US",
    "en",
    REV_WHITAKER,
    "2027-02-17 20:31",
    [
        (
            "N",
            """
            Rebecca,

            Tuesday the 9th at 11:30 is best for me. Susan should be able to make it too, but she'll confirm.

            Tom
            """,
        ),
        ("Q",),
    ],
    to=[STEIN.p],
    cc=[S_WHITAKER],
    emit=False,
)
FUP_WHITAKER = firm_msg(
    "fup-whitaker",
    STEIN,
    [T_WHITAKER],
    "RE: Annual review - three times that work for us",
    "2027-02-18 08:52",
    """
    Thanks, Tom. I've penciled in Tuesday, March 9 at 11:30 here at the office.

    Susan, does that work for you as well? If it's easier, you can join by Teams.

    Best,
    Rebecca
    """,
    cc=[S_WHITAKER],
    quote=TOM.as_msg(),
)
N.append(
    Reply(
        "whitaker-iphone-3level",
        S_WHITAKER,
        "ios",
        "en-US",
        "en",
        FUP_WHITAKER,
        "2027-02-18 12:17",
        [
            ("N", "Works for me. See you on the 9th!"),
            ("BL",),
            ("D", "Sent from my iPhone"),
            ("Q",),
        ],
        cc=[T_WHITAKER],
    )
)

# Gmail, answers typed between the quoted questions.
N.append(
    Reply(
        "goldberg-gmail-inline",
        GOLDBERG,
        "gmail",
        "en-US",
        "en",
        TAX_GOLDBERG,
        "2027-02-03 07:48",
        [
            ("N", "Hi Daniel, answers inline below."),
            (
                "QI",
                [
                    (
                        "1. Have you received",
                        "All in except Crestline. They told me on the phone that theirs goes out 2/26, so probably early March by mail.",
                        None,
                    ),
                    (
                        "2. Are you expecting",
                        "One K-1 from the Harborview real estate fund. Last year it came in August (!).",
                        None,
                    ),
                    (
                        "3. Would you like us",
                        "Yes please. Same CPA as last year: Steve Albrecht, salbrecht@albrechtcpa.example",
                        None,
                    ),
                    ("4. Do you want to change", "No change for now.\n\nThanks,\nAri", None),
                ],
            ),
        ],
    )
)

# Outlook for Windows, "see below in red": the answers are red in the HTML, unmarked in the text part.
N.append(
    Reply(
        "patel-outlook-red",
        PATEL,
        "outlook",
        "en-US",
        "en",
        TAX_PATEL,
        "2027-02-04 13:26",
        [
            (
                "N",
                """
                Daniel,

                Please see my answers below in red. I'm copying Janet Fenwick, our CPA.

                Thanks,
                Nikhil

                Nikhil Patel, DMD
                Patel Orthodontics | 88 Sherman Ave, White Plains, NY 10605
                914-555-0128
                """,
            ),
            (
                "QI",
                [
                    (
                        "1. Have you received",
                        "Yes, all of them. The Crestline one came last week.",
                        ("color", "#C00000"),
                    ),
                    ("2. Are you expecting", "No K-1s this year.", ("color", "#C00000")),
                    (
                        "3. Would you like us",
                        "Yes - Janet Fenwick, CPA, jfenwick@fenwickruiz.example (copied).",
                        ("color", "#C00000"),
                    ),
                    (
                        "4. Do you want to change",
                        "Let's talk about it after Janet has done the return.",
                        ("color", "#C00000"),
                    ),
                ],
            ),
        ],
        cc=[Person("Janet Fenwick", "jfenwick@fenwickruiz.example", "ET")],
        region="namprd08",
    )
)

# Outlook for Windows, answers inside the quote marked with her initials.
N.append(
    Reply(
        "obrien-outlook-initials",
        OBRIEN,
        "outlook",
        "en-US",
        "en",
        RMD_OBRIEN,
        "2027-02-24 17:44",
        [
            (
                "N",
                """
                Hi Daniel - my answers are below, marked KOB.

                Kathleen

                Kathleen M. O'Brien, Esq.
                O'Brien Law PLLC
                45 Main Street, Suite 310 | Huntington, NY 11743
                Tel. 631-555-0146 | Fax 631-555-0147
                """,
            ),
            (
                "QI",
                [
                    ("1. Would you like it paid", "[KOB] Quarterly, starting in April.", ("color", "#0070C0")),
                    (
                        "2. How much federal",
                        "[KOB] Keep federal at 10%. Add 4% New York State, please.",
                        ("color", "#0070C0"),
                    ),
                    (
                        "3. Do you want to direct",
                        "[KOB] Yes: $5,000 to the Huntington Public Library Foundation and $2,500 to St. Brigid's food pantry. I'll send you their EINs.",
                        ("color", "#0070C0"),
                    ),
                ],
            ),
        ],
        region="namprd14",
    )
)

# Outlook for Mac, answers typed under each question without any marker or colour.
N.append(
    Reply(
        "ramirez-mac-nomarker",
        RAMIREZ,
        "outlook_mac",
        "en-US",
        "en",
        TAX_RAMIREZ,
        "2027-02-08 09:12",
        [
            ("N", "Answers below.\n\nLuis"),
            (
                "QI",
                [
                    ("1. Have you received", "Everything except the Crestline 1099.", None),
                    (
                        "2. Are you expecting",
                        "Two K-1s: Alder Creek Partners (usually March) and Bayview Opportunity Fund (September, sadly).",
                        None,
                    ),
                    (
                        "3. Would you like us",
                        "Yes, to Nora Quigley at Quigley & Stamm: nquigley@quigleystamm.example",
                        None,
                    ),
                    (
                        "4. Do you want to change",
                        "Yes - lower them to $9,000 a quarter. The practice had a slower year.",
                        None,
                    ),
                ],
            ),
        ],
        region="namprd17",
    )
)

# Yahoo Mail web, top-posted; Yahoo's text part quotes without markers.
N.append(
    Reply(
        "oneill-yahoo-rmd",
        ONEILL,
        "yahoo",
        "en-US",
        "en",
        RMD_ONEILL,
        "2027-02-23 10:37",
        [
            (
                "N",
                """
                Daniel,
                Monthly please, same as last year. Keep the 10% federal. No state tax now that I'm in Florida, so nothing there.
                No QCDs this year - I'm giving to the church directly.
                Thank you!
                Peggy
                """,
            ),
            ("Q",),
        ],
    )
)

# AOL Desktop, the old "-----Original Message-----" block: an opt-out.
N.append(
    Reply(
        "kowalczyk-aol-takemeoff",
        KOWALCZYK,
        "aol_classic",
        "en-US",
        "en",
        LET_KOWALCZYK,
        "2027-03-03 15:20",
        [("N", "Take me off this list please. I get enough mail as it is.\nWalt"), ("Q",)],
        opt_out=True,
    )
)

# Superhuman prospect.
N.append(
    Reply(
        "pike-superhuman",
        PIKE,
        "superhuman",
        "en-US",
        "en",
        PRO_PIKE,
        "2027-02-25 07:02",
        [
            (
                "N",
                """
                Rebecca - great meeting you too. Thursday 3/4 at 3pm ET works; send the invite to this address.

                Heads up that about half my RSUs vest in May, so that's the part I want to get right.

                Jordan
                """,
            ),
            ("BL",),
            ("D", "Sent via Superhuman ( https://sprh.mn/?vip=rstein@larkspurhale.example )"),
            ("Q",),
        ],
    )
)

# HEY: a prospect asks not to be contacted again.
N.append(
    Reply(
        "feld-hey-nofollowups",
        FELD,
        "hey",
        "en-US",
        "en",
        PRO_FELD,
        "2027-02-26 12:40",
        [
            (
                "N",
                """
                Hi Rebecca,

                Thanks, but I'm not looking for an advisor and I'd rather not get follow-ups. Please take me off your list.

                Maya
                """,
            ),
            ("Q",),
        ],
        opt_out=True,
    )
)

# Proton Mail: its line and its "Original Message" block.
N.append(
    Reply(
        "cho-proton",
        CHO,
        "proton",
        "en-US",
        "en",
        REV_CHO,
        "2027-02-18 22:05",
        [
            (
                "N",
                """
                Hi Rebecca,

                March 2 at 10 works. Could we do it by Teams? I'm in Boston that week for work.

                Evan
                """,
            ),
            ("BL",),
            ("D", "Sent with Proton Mail secure email."),
            ("Q",),
        ],
    )
)

# Fastmail, plain text, bottom-posted, "-- " signature.
N.append(
    Reply(
        "lund-fastmail-bottom",
        LUND,
        "fastmail",
        "en-US",
        "en",
        REV_LUND,
        "2027-02-19 08:15",
        [
            ("Q",),
            (
                "N",
                """

                Tuesday the 9th at 11:30, in person. Karen will come too.

                --
                Greg Lund
                """,
            ),
        ],
    )
)

# Zoho Mail, numbered answers above a quote without markers.
N.append(
    Reply(
        "malhotra-zoho",
        MALHOTRA,
        "zoho",
        "en-US",
        "en",
        TAX_MALHOTRA,
        "2027-02-05 16:48",
        [
            (
                "N",
                """
                Hi Daniel,

                1) Yes, all received.
                2) No K-1s this year
                3) Yes, please send it to our CPA, Dana Whitfield (dwhitfield@whitfieldosei.example)
                4) No change

                Regards,
                Raj Malhotra
                Owner, Saffron Route Imports LLC
                (201) 555-0177
                """,
            ),
            ("Q",),
        ],
    )
)

# Samsung Email.
N.append(
    Reply(
        "russo-samsung",
        RUSSO,
        "samsung",
        "en-US",
        "en",
        REV_RUSSO,
        "2027-02-22 06:58",
        [("N", "Tues 3/2 @ 10 is good. Thx"), ("BL",), ("BL",), ("D", "Sent from my Galaxy"), ("Q",)],
    )
)

# A client forwards the tax questions to her CPA (Gmail); the CPA answers above the forward, copying Daniel.
PARK_FWD = Reply(
    "park-gmail-forward",
    PARK,
    "gmail",
    "en-US",
    "en",
    TAX_PARK,
    "2027-02-03 21:10",
    [("N", "Dana, can you answer #3 for me? And tell me if I should change #4.\n\nThanks!\nLinda"), ("FWD", TAX_PARK)],
    to=[WHITFIELD],
    subject="Fwd: 2026 tax documents - four quick questions",
    emit=False,
)
WHITFIELD_DISC = (
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may contain "
    "confidential information, including tax information protected by law. If you received it in error, please notify "
    "the sender and delete it."
)
N.append(
    Reply(
        "whitfield-cpa-above-forward",
        WHITFIELD,
        "outlook",
        "en-US",
        "en",
        PARK_FWD.as_msg(for_firm=False),
        "2027-02-04 10:32",
        [
            (
                "N",
                f"""
                Linda, Daniel -

                Yes, please send the 2026 realized gain/loss report to me directly. On #4, Linda, keep the estimates where they are until we see the K-1 from the LP; we can adjust the June payment.

                Daniel, could you also include the cost basis detail for the Crestline transfer? The transfer statement showed several lots without basis.

                Dana

                Dana Whitfield, CPA
                Partner | Whitfield & Osei CPAs
                120 East 56th Street, 9th Floor | New York, NY 10022
                T 212-555-0166 | F 212-555-0167

                {WHITFIELD_DISC}
                """,
            ),
            ("Q",),
        ],
        to=[PARK],
        cc=[OKAFOR.p],
        region="namprd02",
    )
)

# new Outlook (HTML only).
N.append(
    Reply(
        "brennan-newoutlook-html",
        BRENNAN,
        "owa",
        "en-US",
        "en",
        POR_BRENNAN,
        "2027-03-16 09:41",
        [
            (
                "N",
                """
                Hi,

                I activated my account but the verification code goes to my old cell number (ending 0143). Can you update it to 646-555-0162?

                Thanks,
                Colleen Brennan
                """,
            ),
            ("Q",),
        ],
        html_only=True,
        to=[SULLIVAN.p],
        region="namprd20",
    )
)

# Look-alike: stop PAPER statements, not email.
N.append(
    Reply(
        "gold-paper-statements",
        GOLD,
        "outlook",
        "en-US",
        "en",
        POR_GOLD,
        "2027-03-15 14:06",
        [
            (
                "N",
                """
                Done - activated. While you're at it, please stop sending paper statements to the house. I only want them electronically from now on.

                Howard Gold
                Gold Partners LLC
                """,
            ),
            ("Q",),
        ],
        to=[SULLIVAN.p],
        region="namprd05",
    )
)

# Look-alike: keep me on the list (AOL app).
N.append(
    Reply(
        "reyes-aol-keepme",
        REYES,
        "aol",
        "en-US",
        "en",
        LET_REYES,
        "2027-03-02 18:22",
        [
            (
                "N",
                """
                Daniel, best letter yet. Whatever you do don't take me off this list!
                Quick question on the bond section: does "extending maturities" apply to my account too or only the bigger ones?
                Marisol
                """,
            ),
            ("BL",),
            ("D", "Sent from the all new AOL app for iOS"),
            ("Q",),
        ],
        to=[OKAFOR.p],
    )
)

# Look-alike: stop calling the office (email is fine), Outlook for iOS.
N.append(
    Reply(
        "hadley-outlook-ios-nocalls",
        HADLEY,
        "outlook_ios",
        "en-US",
        "en",
        REV_HADLEY,
        "2027-02-18 07:12",
        [
            (
                "N",
                """
                Rebecca, March 4 at 2 is fine.

                One favor: please don't call my office line anymore, my assistant keeps pulling me out of meetings. Email or text my cell is best.

                Peter
                """,
            ),
            ("BL",),
            ("D", "Get Outlook for iOS<https://aka.ms/o0ukef>"),
            ("Q",),
        ],
        region="namprd04",
    )
)

# One word from an iPhone: an opt-out.
N.append(
    Reply(
        "voss-iphone-unsubscribe",
        VOSS,
        "ios",
        "en-US",
        "en",
        LET_VOSS,
        "2027-03-02 08:03",
        [("N", "Unsubscribe"), ("BL",), ("D", "Sent from my iPhone"), ("Q",)],
        to=[Person("Larkspur Hale Insights", "insights@larkspurhale.example", "ET")],
        opt_out=True,
    )
)

# Look-alike: remove a colleague from the cc (Outlook).
ECKER_SIG = """
    Frank Ecker
    Principal | Ecker Family Office
    One Station Place, Stamford, CT 06902
    203-555-0151
"""
N.append(
    Reply(
        "ecker-remove-from-cc",
        ECKER,
        "outlook",
        "en-US",
        "en",
        TAX_ECKER,
        "2027-02-02 15:55",
        [
            (
                "N",
                f"""
                Daniel,

                Please remove Jenna Ruiz from the cc line going forward - she left our office last Friday. Everything should come to me for now.

                On your questions: 1) yes, 2) three K-1s, all late as usual, 3) yes, same CPA, 4) no change.

                Frank

                {ECKER_SIG}
                """,
            ),
            ("Q",),
        ],
        region="namprd12",
    )
)

# Apple Mail: a client forwards her old broker's 1099 notice with a note (a new message, no In-Reply-To).
CRESTLINE_NOTICE = Msg(
    CRESTLINE,
    [KIM],
    [],
    "Your 2026 Form 1099 is available",
    at("CT", "2027-02-26 06:00"),
    "<20270226120000.4471.88213@notify.crestlinebrokerage.example>",
    [],
    items(
        """
        Dear Grace Kim,

        Your 2026 consolidated Form 1099 for account ending 2207 is now available in the Documents section of Crestline Online.

        Please do not reply to this email. This mailbox is not monitored.

        Crestline Brokerage, Inc., member FINRA/SIPC
        """
    ),
)
N.append(
    Reply(
        "kim-apple-forward-note",
        KIM,
        "apple",
        "en-US",
        "en",
        CRESTLINE_NOTICE,
        "2027-02-26 19:47",
        [
            (
                "N",
                """
                Meg,

                This is the Crestline 1099 Daniel asked about in his email. The PDF is on their site; I'll download it tonight and send it over.

                Grace
                """,
            ),
            ("FWD", CRESTLINE_NOTICE),
        ],
        to=[SULLIVAN.p],
        subject="Fwd: Your 2026 Form 1099 is available",
        irt="",
        refs=[],
    )
)
KIM.answers_firm = TAX_KIM

_ = Ln


MIMECAST_FOOTER = [
    "This email has been scanned for viruses and malware, and may have been automatically archived by Mimecast, a "
    "leader in email security and cyber resilience. Mimecast integrates email defenses with brand protection, security "
    "awareness training, web security, compliance and other essential capabilities. To find out more, visit our website.",
]
FENWICK_230 = (
    "IRS Circular 230 disclosure: any tax advice contained in this communication (including any attachments) is not "
    "intended or written to be used, and cannot be used, to avoid penalties under the Internal Revenue Code or to "
    "promote, market or recommend to another party any transaction or matter addressed herein."
)
# A CPA behind Mimecast: rewritten links inside the quoted copy, Mimecast's footer after the history (not new text),
# Circular 230 under her signature (new text).
N.append(
    Reply(
        "fenwick-cpa-mimecast",
        FENWICK,
        "outlook",
        "en-US",
        "en",
        CPA_FENWICK,
        "2027-02-19 14:03",
        [
            (
                "N",
                f"""
                Hi Meg,

                Thank you. We have everything we need except the corrected 1099 for the joint account. Since it won't be ready until mid-March, we'll put Nikhil's return on extension and file by October; please send the corrected form as soon as Meridian posts it.

                Also, Beth Navarro is no longer with our firm - please take her off your distribution.

                Janet

                Janet Fenwick, CPA, CGMA
                Managing Partner | Fenwick & Ruiz CPAs, PC
                700 Westchester Avenue, Suite 210 | White Plains, NY 10604
                T 914-555-0150 | F 914-555-0159

                {FENWICK_230}
                """,
            ),
            ("Q",),
        ],
        to=[SULLIVAN.p],
        region="namprd09",
        rewrite="mimecast",
        footer=MIMECAST_FOOTER,
    )
)

BRANDT_BANNER = ["[EXTERNAL] This message came from outside Brandt Lyle LLP. Use caution with links and attachments."]
BRANDT_NOTICE = (
    "CONFIDENTIALITY NOTICE: The information in this email may be confidential and/or privileged. This email is "
    "intended to be reviewed only by the individual or organization named above. If you are not the intended recipient "
    "or an authorized representative of the intended recipient, you are hereby notified that any review, dissemination "
    "or copying of this email and its attachments, if any, or the information contained herein is prohibited."
)
# A CPA behind Proofpoint: "[EXTERNAL]" in the subject and a banner in the quoted copy, urldefense links.
N.append(
    Reply(
        "brandt-cpa-proofpoint",
        BRANDT,
        "outlook",
        "en-US",
        "en",
        CPA_BRANDT,
        "2027-02-22 08:47",
        [
            (
                "N",
                f"""
                Meg,

                Got it, thanks. Mark's return is straightforward this year so we'll wait for the corrected 1099 rather than file twice. Read-only portal access would be helpful - please set it up for me and for my associate, Kyle Benson (kbenson@brandtlyle.example).

                Howard Brandt, CPA
                Brandt Lyle LLP | Certified Public Accountants
                233 South Wacker Drive, Suite 4100 | Chicago, IL 60606
                Direct 312-555-0181

                {BRANDT_NOTICE}
                """,
            ),
            ("Q",),
        ],
        to=[SULLIVAN.p],
        region="namprd18",
        rewrite="proofpoint",
        inner_banner=BRANDT_BANNER,
        subject_tag="[EXTERNAL]",
    )
)
