"""Human replies, part 2: forwards, partial quotes, inline answers in colour or without any marker, gateway banners
and rewritten links inside the history, mobile apps."""

from datetime import datetime

from clients21 import Case, header_lines, pfx
from mime12 import L

N = []


def add(*a, **kw):
    N.append(Case(*a, **kw))


def mimecast(ln):
    return ln.replace(
        "https://portal.ashdownkerr.example/upload",
        "https://url.uk.m.mimecastprotect.com/s/Qm7xC1Lp4HzKwRtXfGa2i?domain=portal.ashdownkerr.example",
    )


def barracuda(ln):
    return ln.replace(
        "https://www.ashdownkerr.example/insights/april-2027",
        "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.ashdownkerr.example%2finsights%2fapril-2027&c=E,1,Xk2vQ9r7LmTz0pWc&typo=1",
    )


def spouse_fwd(o):
    """Jen Whitlock answers the adviser's message that her husband forwarded to her from his iPhone."""
    fwd_hdr = [
        "From: " + f"{o['frm'][0]} <{o['frm'][1]}>",
        "Date: " + datetime.strptime(o["date"], "%Y-%m-%d %H:%M").strftime("%-d %B %Y at %H:%M:12 BST"),
        "To: " + f"{o['to'][0]} <{o['to'][1]}>",
        "Subject: " + o["subject"],
    ]
    inner = ["Begin forwarded message:", "", *pfx(fwd_hdr, "> "), ">", *pfx(o["body"], "> ")]
    return [
        (
            "n",
            L("""
                Hi Tom,

                Mark forwarded me this as I deal with our pensions. He's away on the rigs until the 20th so it's easiest if I sort it.
                Is it OK if he signs the forms when he's home, or is there a deadline? Harrowgate told me the transfer value is only guaranteed for 3 months from 15 March.

                Thanks,
                Jen Whitlock
            """),
        ),
        ("d", ["", "Sent from my iPhone"]),
        (
            "o",
            [
                "",
                "> On 2 Apr 2027, at 18:03, Mark Whitlock <mark.whitlock@icloud.example> wrote:",
                ">",
                "> Jen can you deal with this, you know what it's all about. M x",
                ">",
                "> Sent from my iPhone",
                ">",
                *pfx(inner, "> "),
            ],
        ),
    ]


def partial(o):
    hdr, _ = header_lines("gmail", o)
    return [
        ("n", ["Hi Tom,"]),
        ("o", ["", *hdr]),
        ("o", ["> the pension transfer form"]),
        (
            "a",
            L("""

                Which one? You sent two PDFs and both say "transfer form" at the top - one Harrowgate, one for the new platform. Do I sign both?
            """),
        ),
        ("o", ["", "> letter of authority"]),
        ("a", ["", "Done, in the post today."]),
        ("n", ["", "Paul"]),
    ]


add(
    "whitlock-spouse",
    "ios_mail",
    "en",
    ("Jen Whitlock", "jenwhitlock@icloud.example"),
    "pension",
    "2027-04-03 08:20",
    rcpt=("Mark Whitlock", "mark.whitlock@icloud.example"),
    first="Mark",
    n=4,
    segments=spouse_fwd,
    cc=[("Mark Whitlock", "mark.whitlock@icloud.example")],
    irt="<C1E2D9A4-5B07-4F61-9E3A-2D8C51F0B7A6@icloud.example>",
    subject="Re: Fwd: Pension transfer - forms to sign",
)

add(
    "ashworth-partial",
    "gmail",
    "en",
    ("Paul Ashworth", "paul.ashworth@gmail.example"),
    "pension",
    "2027-04-02 21:40",
    n=5,
    segments=partial,
    replied_to=True,
)

add(
    "quinn-bullets",
    "apple_mail",
    "en",
    ("Sinéad Quinn", "sinead.quinn@me.example"),
    "ie_prsa",
    "2027-04-07 07:58",
    style="apple",
    n=3,
    new=L("""
        Hi Siobhán,

        Quick answers:
        - PRSA: yes, €6,500 please, same as last year
        - pay it from the AIB account, not the credit union one
        - ARF review: any Friday in June
        - can you also look at whether Conor should start one? He's 31 now and has nothing

        Thanks a million,
        Sinéad
    """),
)

add(
    "patterson-emoji",
    "ios_mail",
    "en",
    ("Lucy Patterson", "lucypatterson@icloud.example"),
    "review",
    "2027-04-01 18:26",
    style="ios",
    n=7,
    new=L("""
        Hiya Hannah 😊 Thursday 15th “after school run” works – so the 2pm slot is perfect 👍

        I’ll bring the P60, but the pension statements… I think they went in the recycling 🙈 I’ll log in and print them.

        Lucy x
    """),
    device="Sent from my iPhone",
)

add(
    "grant-ps",
    "outlook_mac",
    "en",
    ("Douglas Grant", "douglas.grant@grantfarms.example"),
    "fees",
    "2027-04-10 19:05",
    style="outlook_mac",
    n=4,
    new=L("""
        Tom,

        Fine with quarterly. Signed copy in the post tomorrow.

        Regards

        Douglas Grant
        Director, Grant Farms (Perthshire) Ltd
        Mains of Balgowan, Perth PH1 3LS
        01738 496 0344

        PS Elizabeth asks whether the agreement covers her SIPP too or does she need her own?
    """),
)

add(
    "hargreaves-blue",
    "outlook_win",
    "en",
    ("Michael Hargreaves", "m.hargreaves@hargreaves-law.example"),
    "questions",
    "2027-04-07 13:15",
    style="outlook_win",
    n=4,
    new=L("""
        Ewan

        See my comments in blue below.

        Michael

        Michael Hargreaves
        Partner | Hargreaves Law LLP
        T: 0161 496 0871
        Hargreaves Law LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 812233).
    """),
    answers={
        4: [
            "Base unchanged. Profit share for 26/27 was up about 10%, I will send the figure when the accounts are signed off."
        ],
        5: ["Probably not - thinking 63 now."],
        6: ["Yes"],
        7: ["Daughter's wedding next spring, budget £30k."],
    },
)

add(
    "oneill-nomarker",
    "outlook_win",
    "en",
    ("Patrick O'Neill", "poneill@oneillmotors.example"),
    "questions",
    "2027-04-08 09:50",
    style="outlook_win",
    n=5,
    charset="windows-1252",
    new=["Morning Ewan, see below.", "", "Pat"],
    answers={
        4: ["Same salary, dividend up to £40k"],
        5: ["Yes"],
        6: ["Put it up to £1,000 a month if we can"],
        7: ["Van for the business but that comes out of the company"],
    },
)

add(
    "sharma-gmail-inline",
    "gmail",
    "en",
    ("Anjali Sharma", "anjali.sharma@gmail.example"),
    "questions",
    "2027-04-06 18:02",
    style="gmail",
    n=6,
    trim=8,
    new=["Hi Ewan,"],
    answers={
        4: ["", "Yes, promoted in February, now £72k + up to 15% bonus.", ""],
        5: ["", "Ideally 57 but realistically 60.", ""],
        6: ["", "Yes", ""],
        7: ["", "We're hoping to move next year, budget for deposit around £120k.", ""],
    },
    bottom=["Thanks!", "Anjali"],
)

add(
    "hallam-mimecast",
    "outlook_win",
    "en",
    ("David Hallam", "david.hallam@hallamsteel.example"),
    "trust_docs",
    "2027-04-08 12:14",
    style="outlook_win",
    rewrite=mimecast,
    first="David",
    new=L("""
        Priya

        The upload link in your email is being blocked by our IT - Mimecast says the site is "uncategorised". Could you send me a different way to get the documents to you? Otherwise I'll post the certified copies.

        Regards

        David Hallam
        Chairman
        Hallam Steel Holdings Ltd
        T: 0114 496 0550
        Hallam Steel Holdings Ltd. Registered in England and Wales no. 00614420. Registered office: Attercliffe Road, Sheffield S9 3QX.
    """),
    quote_banner=[
        "[EXTERNAL EMAIL] This message came from outside Hallam Steel. Be cautious of links and attachments."
    ],
)

add(
    "burrows-banner",
    "outlook_win",
    "en",
    ("Keith Burrows", "keith.burrows@burrowsassoc.example"),
    "trust_docs",
    "2027-04-09 10:30",
    style="outlook_sep",
    n=1,
    first="Keith",
    quote_banner=[
        "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe."
    ],
    new=L("""
        Dear Ms Raman

        I am the third trustee. I have no objection to the account being opened but I will not be sending passport copies by email. I will bring the originals to your Manchester office; please let me know when is convenient.

        Yours sincerely

        Keith Burrows
    """),
)

add(
    "gallagher-outlook-ios",
    "outlook_mobile",
    "en",
    ("Niall Gallagher", "niall.gallagher@gallagherpharma.example"),
    "ie_prsa",
    "2027-04-08 06:45",
    style="outlook_mobile",
    n=4,
    new=[
        "Siobhán - put me down for the max allowed at my age, whatever that is. Will transfer once you confirm the figure. N"
    ],
    device="Get Outlook for iOS<https://aka.ms/o0ukef>",
)

add(
    "ellis-android",
    "gmail_android",
    "en",
    ("Rob Ellis", "rob.ellis76@gmail.example"),
    "isa",
    "2027-04-06 09:52",
    style="gmail_wrapped",
    n=3,
    mode="html",
    new=["Morning. Leave it for now thanks, I'll do it myself on the app", "Rob"],
)

add(
    "ferguson-webmail",
    "webmail",
    "en",
    ("Morag Ferguson", "morag.ferguson@skymail.example"),
    "review",
    "2027-04-02 16:40",
    style="webmail",
    n=8,
    mode="text",
    new=L("""
        Dear Hannah

        Could we do the review in May instead? My husband has his knee operation on the 14th and I won't want to leave him.

        With best wishes
        Morag
    """),
)

add(
    "lister-ipad",
    "ios_mail",
    "en",
    ("Geoffrey Lister", "g.lister@virginmedia.example"),
    "fees",
    "2027-04-12 11:11",
    style="ios",
    n=5,
    new=L("""
        Dear Tom

        Our accountant Mrs Thornton is looking at it for us. We will sign when she is happy.

        Geoffrey Lister
    """),
    device="Sent from my iPad",
)

add(
    "moore-imap",
    "outlook_2016",
    "en",
    ("Brian Moore", "brian@mooreplumbing.example"),
    "pension",
    "2027-04-05 20:33",
    style="outlook_win",
    n=6,
    charset="windows-1252",
    new=L("""
        Tom

        Forms signed and posted Saturday. I've put the scans on as well in case the post is slow with the bank holiday.

        Brian Moore
        Moore Plumbing & Heating Ltd
        Tel 0161 496 0255  Mob 07700 900377
        Gas Safe reg. 554812
    """),
)

add(
    "adeyemi-trustee",
    "apple_mail",
    "en",
    ("Folasade Adeyemi", "folasade.adeyemi@btinternet.example"),
    "trust_docs",
    "2027-04-09 18:47",
    style="apple",
    n=2,
    new=L("""
        Dear Priya,

        I'm one of the trustees of my late father's trust (the Adeyemi Discretionary Trust, not Hallam - I think you may have sent this to me in error?).

        In any case I've uploaded my passport and a council tax bill to the portal.

        Best,
        Folasade
    """),
)

add(
    "walsh-tb-trim",
    "thunderbird",
    "en",
    ("Conor Walsh", "conor@walsh.example"),
    "ie_prsa",
    "2027-04-08 23:05",
    style="thunderbird",
    n=5,
    trim=3,
    bottom_only=True,
    bottom=L("""
        Hi Siobhán,

        No PRSA top-up this year thanks. Re the ARF - I'd actually like to reduce the drawdown to the minimum 4%, I've more than enough coming in from the rental.

        Conor
    """),
)
