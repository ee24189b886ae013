"""blind24's human replies from professionals and systems: a custodian's service team (Salesforce), a trust company
(Front), an estate attorney's office (a three-level thread), and four answers to a Teams meeting invitation."""

import hashlib

from clients24 import FAMS, Reply, encode_subject
from firm24 import OKAFOR, OPS, SULLIVAN, firm_msg
from mail24 import (
    Ln,
    Person,
    assemble,
    boundary_exo,
    exo_mid,
    hdate,
    hdr_addr,
    hdr_addrs,
    items,
    local,
    render,
    tindex,
    utc,
    when,
)
from mime12 import Part, b64, rng

# --------------------------------------------------------------------------
# a custodian's service team (Salesforce) and a trust company (Front)
# --------------------------------------------------------------------------
MERIDIAN = Person("Meridian Advisor Services", "advisorservices@meridiancustody.example", "MT")
PINECREST = Person("Pinecrest Trust Operations", "trustops@pinecresttrust.example", "CT")
ACAT = firm_msg(
    "acat-halvorsen",
    SULLIVAN,
    [MERIDIAN],
    "ACAT - Halvorsen rollover IRA from Crestline Brokerage",
    "2027-03-09 10:14",
    """
    Hello,

    We submitted an ACAT on 3/3 to move Erik Halvorsen's rollover IRA (Crestline account ending 5530) into his Meridian IRA ending 8871. Crestline's portal still shows the request as pending and nothing has arrived at Meridian.

    Could you tell us the status and whether anything is missing on our side?

    Thank you,
    Meg
    """,
    frm=OPS,
)
TRUST = firm_msg(
    "trust-abernathy",
    SULLIVAN,
    [PINECREST],
    "Distribution request - Abernathy Irrevocable Trust (account ending 4410)",
    "2027-03-10 15:02",
    """
    Hello,

    On behalf of our client Helen Abernathy, beneficiary of the Abernathy Irrevocable Trust, we would like to request a discretionary distribution of $25,000 for tuition, to be wired to her account at Lakeshore Savings.

    The signed request letter and the school invoice are attached. Please let us know if the trustee committee needs anything else.

    Thank you,
    Meg
    """,
    frm=OPS,
)
MERIDIAN_FINRA = (
    "Brokerage and custody services are provided by Meridian Custody Services, LLC, member FINRA/SIPC. Meridian does "
    "not provide investment, tax or legal advice. This message is intended for the registered investment adviser named "
    "above and may contain confidential information."
)
PINECREST_NOTICE = (
    "Pinecrest Trust Company is a state-chartered trust company. Trust accounts are not FDIC insured, are not deposits "
    "of any bank and may lose value."
)

N = []

# Salesforce (Email-to-Case): the case reference in the subject, "--------------- Original Message ---------------".
N.append(
    Reply(
        "meridian-salesforce-case",
        MERIDIAN,
        "salesforce",
        "en-US",
        "en",
        ACAT,
        "2027-03-10 09:41",
        [
            (
                "N",
                f"""
                Hello Meg,

                Thank you for contacting Meridian Advisor Services.

                The ACAT for IRA ending 8871 was received from Crestline on 3/4 and is in "Pending - delivering firm review". Crestline has flagged a title mismatch: their account is registered to "Erik J. Halvorsen" and ours to "Erik Halvorsen". Please upload a signed letter of authorization with the middle initial through the advisor portal and we will resubmit.

                Best regards,

                Devon Mitchell
                Advisor Services Specialist | Meridian Custody Services
                800-555-0100 ext. 4471

                {MERIDIAN_FINRA}
                """,
            ),
            ("Q",),
        ],
        to=[OPS],
        subject="RE: ACAT - Halvorsen rollover IRA from Crestline Brokerage [ ref:_00D5e2HqV._500Pq1ZkRt:ref ]",
    )
)

# Front (a shared inbox), quoted with ">".
N.append(
    Reply(
        "pinecrest-front",
        PINECREST,
        "front",
        "en-US",
        "en",
        TRUST,
        "2027-03-11 11:18",
        [
            (
                "N",
                f"""
                Hi Meg,

                We received the request and the invoice. The trust committee meets Tuesdays, so this will be reviewed on 3/16. One thing we still need before then: a current W-9 for Helen, since the one on file is from 2019.

                Alyssa Romero
                Trust Operations Specialist | Pinecrest Trust Company
                312-555-0166

                {PINECREST_NOTICE}
                """,
            ),
            ("Q",),
        ],
        to=[OPS],
    )
)

# --------------------------------------------------------------------------
# an estate attorney's office: Daniel -> attorney -> Daniel -> her paralegal (three levels under a top-posted reply)
# --------------------------------------------------------------------------
MARSH = Person("Ellen Marsh", "emarsh@marshkettering.example", "ET")
FISCH = Person("Noah Fisch", "nfisch@marshkettering.example", "ET")
ESTATE1 = firm_msg(
    "estate-kessler-1",
    OKAFOR,
    [MARSH],
    "Kessler Family Trust - retitling the Meridian accounts",
    "2027-03-01 16:20",
    """
    Ellen,

    Following this morning's call with Ruth and Alan Kessler: before we retitle the two Meridian brokerage accounts into the Kessler Family Trust, could you confirm three things?

    1. The exact trust name and date as they should appear on the account title.
    2. Whether Alan and Ruth are both initial trustees, and who the successor trustee is.
    3. Whether you can send us a certification of trust (we do not need the full agreement).

    Thanks,
    Daniel
    """,
)
MARSH_DISC = (
    "This message is from a law firm and may contain information that is confidential or protected by the "
    "attorney-client privilege or work product doctrine. If you are not the intended recipient, please notify the "
    "sender and delete this message. Nothing in this message is intended to constitute an electronic signature."
)
MARSH_REPLY = Reply(
    "estate-kessler-marsh",
    MARSH,
    "outlook",
    "en-US",
    "en",
    ESTATE1,
    "2027-03-02 11:05",
    [
        (
            "N",
            f"""
            Daniel,

            1. The Kessler Family Trust dated February 19, 2027.
            2. Yes, both initial co-trustees; their daughter, Miriam Kessler Stone, is successor trustee.
            3. Certification of trust attached.

            Ellen

            Ellen Marsh, J.D., LL.M. (Taxation) | Partner
            Marsh Kettering LLP
            1350 Avenue of the Americas, 27th Floor, New York, NY 10019
            T 212-555-0173

            {MARSH_DISC}
            """,
        ),
        ("Q",),
    ],
    region="namprd06",
    emit=False,
)
ESTATE2 = firm_msg(
    "estate-kessler-2",
    OKAFOR,
    [MARSH],
    "RE: Kessler Family Trust - retitling the Meridian accounts",
    "2027-03-03 09:34",
    """
    Thank you, Ellen. One more question from Meridian's new-account team: will the trust use its own EIN, or the grantors' Social Security numbers while both are living?

    Daniel
    """,
    quote=MARSH_REPLY.as_msg(),
)
N.append(
    Reply(
        "fisch-paralegal-3level",
        FISCH,
        "outlook",
        "en-US",
        "en",
        ESTATE2,
        "2027-03-04 10:12",
        [
            (
                "N",
                f"""
                Daniel - Ellen asked me to answer: it's a revocable grantor trust, so it uses Ruth's SSN while both are living. No separate EIN for now.

                Noah Fisch
                Senior Paralegal | Marsh Kettering LLP
                T 212-555-0174

                {MARSH_DISC}
                """,
            ),
            ("Q",),
        ],
        cc=[MARSH],
        region="namprd06",
    )
)


# --------------------------------------------------------------------------
# a Teams meeting invitation and its answers (Outlook: comment above "-----Original Appointment-----", a
# text/calendar REPLY part)
# --------------------------------------------------------------------------
ERIK = Person("Erik Halvorsen", "erik@halvorsenmarine.example", "ET")
INGRID = Person("Ingrid Halvorsen", "ingrid.halvorsen@halvorsenmarine.example", "ET")
LARS = Person("Lars Halvorsen", "lars.halvorsen@northwake.example", "PT")
ALVAREZ = Person("Ruth Alvarez", "ralvarez@alvarezkane.example", "ET")
INVITE_SUBJECT = "Q1 portfolio review – Halvorsen family"
INVITE_WHEN = "Tuesday, March 16, 2027 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)."
INVITE = firm_msg(
    "invite-halvorsen",
    OKAFOR,
    [ERIK, INGRID, LARS, ALVAREZ],
    INVITE_SUBJECT,
    "2027-03-08 10:12",
    """
    Erik, Ingrid, Lars - our quarterly review, with Ruth joining for the tax items. Agenda: performance, the rollover IRA transfer, and the 2027 gifting plan.

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    [[Click here to join the meeting|https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2QxNzRmZDEtOWE0Mi00%40thread.v2/0]]
    Meeting ID: 248 915 662 473
    Passcode: Xq7bT3
    Or call in (audio only)
    [[+1 646-555-0110,,518273645#|tel:+16465550110,,518273645#]] United States, New York City
    Phone Conference ID: 518 273 645#
    [[Learn More|https://aka.ms/JoinTeamsMeeting]] | [[Meeting options|https://teams.microsoft.com/meetingOptions/]]
    ________________________________________________________________________________
    """,
    sig=False,
)
UID = "040000008200E00074C5B7101A82E00800000000" + hashlib.sha256(b"invite-halvorsen").hexdigest()[:72].upper()


def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


class MeetingReply(Reply):
    """An Outlook meeting answer: 'Accepted: ...', the comment (if any) above the original appointment."""

    def __init__(self, key, who, verb, comment, when_, region, partstat):
        body = [("N", comment)] if comment else []
        super().__init__(
            key,
            who,
            "outlook",
            "en-US",
            "en",
            INVITE,
            when_,
            body,
            to=[OKAFOR.p],
            subject=f"{verb}: {INVITE_SUBJECT}",
            region=region,
        )
        self.verb = verb
        self.comment = comment
        self.partstat = partstat

    def own_items(self):
        if self._items is not None:
            return self._items
        out = []
        if self.comment:
            out += items(self.comment, "N")
            inv = INVITE
            dt = local(inv.dt, self.who.zone)
            names = "; ".join(p.name for p in [OKAFOR.p, *inv.to])
            out += [
                Ln("", "Q"),
                Ln("-----Original Appointment-----", "Q"),
                Ln(f"From: {inv.frm.name} <{inv.frm.email}>", "Q", 0, ("hdr", "From:")),
                Ln(f"Sent: {when(dt, 'outlook-en-US')}", "Q", 0, ("hdr", "Sent:")),
                Ln(f"To: {names}", "Q", 0, ("hdr", "To:")),
                Ln(f"Subject: {inv.subject}", "Q", 0, ("hdr", "Subject:")),
                Ln(f"When: {INVITE_WHEN}", "Q", 0, ("hdr", "When:")),
                Ln("Where: Microsoft Teams Meeting", "Q", 0, ("hdr", "Where:")),
                Ln("", "Q"),
                *(x.q(0) for x in inv.its),
            ]
        self._items = out
        return out

    def calendar(self):
        stamp = utc(self.dt).strftime("%Y%m%dT%H%M%SZ")
        lines = [
            "BEGIN:VCALENDAR",
            "METHOD:REPLY",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:Eastern Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            f"ATTENDEE;PARTSTAT={self.partstat};CN={self.who.name}:mailto:{self.who.email}",
        ]
        if self.comment:
            lines.append(f"COMMENT;LANGUAGE=en-US:{ical_escape(self.comment.strip())}\\n")
        lines += [
            f"SUMMARY;LANGUAGE=en-US:{self.verb}: {INVITE_SUBJECT}",
            "DTSTART;TZID=Eastern Standard Time:20270316T100000",
            "DTEND;TZID=Eastern Standard Time:20270316T110000",
            f"UID:{UID}",
            f"ORGANIZER;CN={OKAFOR.p.name}:mailto:{OKAFOR.p.email}",
            "CLASS:PUBLIC",
            "PRIORITY:5",
            f"DTSTAMP:{stamp}",
            "TRANSP:OPAQUE",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
            f"X-MICROSOFT-CDO-REPLYTIME:{stamp}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return "\n".join(ical_fold(x) for x in lines) + "\n"

    def mime(self, text, html):
        r = rng("blind24-mime", self.key)
        topic = INVITE_SUBJECT
        H = [
            (
                "Received",
                "from " + self.mid[1:-1].split("@")[1] + f" ([203.0.113.{r.randrange(40, 230)}])"
                f"\r\n\tby larkspurhale-example.mail.protection.outlook.com with Microsoft SMTP Server;\r\n\t"
                f"{hdate(utc(self.dt), comment='UTC')}",
            ),
            ("From", hdr_addr(self.who)),
            ("To", hdr_addrs(self.to)),
            ("Subject", encode_subject(self.full_subject())),
            ("Thread-Topic", encode_subject(topic)),
            ("Thread-Index", tindex(r, 1)),
            ("Date", hdate(utc(self.dt))),
            ("Message-ID", self.mid),
            ("References", INVITE.mid),
            ("In-Reply-To", INVITE.mid),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("MIME-Version", "1.0"),
        ]
        data = self.calendar().replace("\n", "\r\n").encode("utf-8")
        cal = Part(
            [("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'), ("Content-Transfer-Encoding", "base64")],
            b64(data).encode("ascii"),
        )
        return assemble(H, text, html, "exo", boundary_exo(self.mid), cs_pref="utf-8", extra=[cal])


N.append(
    MeetingReply(
        "halvorsen-accepted-comment",
        ERIK,
        "Accepted",
        "Looking forward to it. I'll bring the Crestline paperwork so we can sort out the transfer.\n\nErik",
        "2027-03-08 11:02",
        "namprd10",
        "ACCEPTED",
    )
)
N.append(
    MeetingReply(
        "halvorsen-declined-comment",
        INGRID,
        "Declined",
        "Sorry Daniel, I'm in Bergen that week for my mother. Erik will cover for both of us - send me the notes?\n\nIngrid",
        "2027-03-09 07:40",
        "namprd10",
        "DECLINED",
    )
)
N.append(
    MeetingReply(
        "halvorsen-tentative-comment",
        LARS,
        "Tentative",
        "Might be on a flight back from Denver that morning. I'll confirm by Friday.",
        "2027-03-08 15:26",
        "namprd07",
        "TENTATIVE",
    )
)
N.append(
    MeetingReply("alvarez-accepted-nocomment", ALVAREZ, "Accepted", "", "2027-03-10 08:15", "namprd03", "ACCEPTED")
)

_ = (FAMS, exo_mid, render)
