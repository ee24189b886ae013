"""The firm (invented): Ashdown Kerr Wealth, its advisers, the messages they sent, and how clients' apps quote them."""

from mime12 import D, rfcdate
from mime21 import mid_for

DOM = "ashdownkerr.example"

STAFF = {
    "hk": ("Hannah Kerr", f"hannah.kerr@{DOM}", "Chartered Financial Planner", "London", "020 7946 0381"),
    "ta": ("Tom Ashdown", f"tom.ashdown@{DOM}", "Senior Wealth Planner", "London", "020 7946 0384"),
    "el": ("Ewan Lockhart", f"ewan.lockhart@{DOM}", "Financial Adviser", "Edinburgh", "0131 496 0217"),
    "sd": ("Siobhán Daly", f"siobhan.daly@{DOM}", "QFA, Senior Adviser", "Dublin", "+353 1 555 0142"),
    "pr": ("Priya Raman", f"priya.raman@{DOM}", "Paraplanner", "Manchester", "0161 496 0733"),
    "cs": ("Client Services", f"clientservices@{DOM}", "", "London", "020 7946 0300"),
}

ADDR = {
    "London": "14 Cavendish Row, London W1G 9QX",
    "Edinburgh": "3 Drumsheugh Place, Edinburgh EH3 7PT",
    "Dublin": "27 Fitzwilliam Terrace, Dublin 2, D02 XK75",
    "Manchester": "Merchant House, 9 Quay Street, Manchester M3 3HN",
}


def firm_sig(k):
    n, _email, title, office, tel = STAFF[k]
    lines = ["Kind regards," if k != "sd" else "Many thanks,", "", n]
    if title:
        lines.append(title)
    lines += ["Ashdown Kerr Wealth", ADDR[office], f"T: {tel}", f"www.{DOM}<https://www.{DOM}/>", ""]
    if office == "Dublin":
        lines.append(
            "Ashdown Kerr Wealth (Ireland) DAC is regulated by the Central Bank of Ireland. Registered in Ireland no. 655120."
        )
    else:
        lines.append(
            "Ashdown Kerr Wealth Ltd is authorised and regulated by the Financial Conduct Authority (FRN 999412). "
            "Registered in England and Wales no. 09876543."
        )
    return lines


# The firm's messages that clients answer: key -> (adviser, date, subject, body lines with {first})
ORIG = {
    "review": (
        "hk",
        "2027-04-01 10:05",
        "Your annual review - dates after Easter",
        [
            "Dear {first},",
            "",
            "I hope you are well. It is time for your annual review and I would like to book it in for the second half of April.",
            "",
            "Could you let me know which of these suit you:",
            "- Tuesday 13 April, 10am (Cavendish Row or Teams)",
            "- Thursday 15 April, 2pm",
            "- Wednesday 21 April, 11am",
            "",
            "Before we meet, please send me your latest P60 and any pension statements you have received since last year.",
            "",
        ],
    ),
    "pension": (
        "ta",
        "2027-04-02 09:40",
        "Pension transfer - forms to sign",
        [
            "Dear {first},",
            "",
            "Following our call, I attach the pension transfer form for your Harrowgate Life plan and the letter of authority.",
            "",
            "Please sign page 4 of the pension transfer form and both pages of the letter of authority, and return them to me by post or as a scan.",
            "",
            "The ceding scheme has confirmed there is no safeguarded benefit, so we do not need a separate transfer advice report.",
            "",
        ],
    ),
    "isa": (
        "hk",
        "2027-04-06 08:30",
        "New tax year - your ISA allowance",
        [
            "Dear {first},",
            "",
            "The new tax year started today, and with it a fresh £20,000 ISA allowance for 2027/28.",
            "",
            "If you would like us to use this year's allowance early, reply to this email and we will send the application. "
            "We can also move the cash from your general investment account (a 'Bed and ISA').",
            "",
        ],
    ),
    "questions": (
        "el",
        "2027-04-05 11:20",
        "A few questions before we update your plan",
        [
            "Hi {first},",
            "",
            "To update your financial plan I need a few answers. Reply whenever suits.",
            "",
            "1. Has your salary or bonus changed since last April?",
            "2. Are you still planning to retire at 60?",
            "3. Do you want to keep the monthly contribution to the stocks and shares ISA at £500?",
            "4. Any big expenses coming up (house, school fees, car)?",
            "",
        ],
    ),
    "trust_docs": (
        "pr",
        "2027-04-07 14:10",
        "Hallam Family Trust - documents needed",
        [
            "Dear {first},",
            "",
            "To open the trust's investment account we need, for each trustee: certified passport copy, proof of address dated within 3 months, and the trust deed with any deeds of appointment.",
            "",
            "You can upload them through our secure portal: https://portal.ashdownkerr.example/upload",
            "",
        ],
    ),
    "news": (
        "cs",
        "2027-04-08 07:00",
        "Ashdown Kerr Insights - April 2027",
        [
            "Dear {first},",
            "",
            "Welcome to our April newsletter. In this issue: what the new tax year means for your ISA and pension allowances, the Irish budget changes to ARFs, and a short note on inheritance tax and pensions from April 2027.",
            "",
            "Read online: https://www.ashdownkerr.example/insights/april-2027",
            "",
            "You are receiving this because you are a client of Ashdown Kerr Wealth.",
            "",
        ],
    ),
    "ie_prsa": (
        "sd",
        "2027-04-06 12:15",
        "PRSA contribution and ARF review",
        [
            "Dear {first},",
            "",
            "Just a note that the deadline for a pension contribution against last year's income is approaching. If you want to make one, let me know the amount and I will send the PRSA forms.",
            "",
            "Separately, I would like to review your ARF drawdown rate before the summer.",
            "",
        ],
    ),
    "fees": (
        "ta",
        "2027-04-09 16:45",
        "Updated client agreement and fees",
        [
            "Dear {first},",
            "",
            "Please find attached our updated client agreement, which takes effect on 1 May 2027. The ongoing advice fee stays at 0.75% a year; the only change is that we will collect it quarterly rather than monthly.",
            "",
            "Please sign and return the agreement, or let me know if you have any questions.",
            "",
        ],
    ),
}


def orig(okey, first, rcpt, n=0):
    """The firm's message to one client: dict with frm, to, date, subject, body (with signature), mid."""
    who, date, subject, body = ORIG[okey]
    name, email = STAFF[who][0], STAFF[who][1]
    d = f"{date[:14]}{int(date[14:16]) + n % 10:02d}"
    return {
        "who": who,
        "frm": (name, email),
        "to": rcpt,
        "date": d,
        "subject": subject,
        "body": [ln.replace("{first}", first) for ln in body] + firm_sig(who),
        "mid": mid_for("firm", f"{okey}|{rcpt[1]}|{n}", DOM),
        "key": f"{okey}-{rcpt[1]}",
    }


def sent_copy(o):
    """The firm's Sent Items copy as a plain text message (unlabelled)."""
    from mime12 import addr, ew, message, text_part

    when = D(o["date"], 1)
    hs = [
        ("From", addr(o["frm"][0], o["frm"][1])),
        ("To", addr(o["to"][0], o["to"][1])),
        ("Subject", ew(o["subject"])),
        ("Date", rfcdate(when)),
        ("Message-ID", o["mid"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("MIME-Version", "1.0"),
    ]
    return message(
        hs, text_part("\n".join(o["body"]) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    )
