"""blind20: human replies in English (international clients of the Geneva office)."""

from kit20 import KELLER, inline, letter, reply, review
from mime12 import L
from mime20 import P

TRANSFER = """
    Following our call, we have prepared the transfer of CHF 1'250'000 from your custody account to the account of Harbour Lane Properties Ltd for the completion of the London purchase.
    As the amount exceeds our usual limit, could you please confirm the instruction by phone and let me know the value date you need?
"""


def cases():
    out = []

    # 1. Outlook: "stop the transfer", a look-alike
    hughes = P("Edward Hughes", "edward.hughes@hughes-capital.example")
    o = letter(
        "en-hughes",
        KELLER,
        "keller",
        "en",
        [hughes],
        "Dear Edward,",
        "2027-03-10 15:00",
        "Transfer instructions - please confirm",
        TRANSFER,
    )
    out.append(
        reply(
            "en-hughes",
            "en",
            "outlook",
            hughes,
            o,
            "2027-03-10 16:05",
            new=L("""
                Nadia,

                Please stop the transfer for now. The seller's solicitors have just told us completion is postponed to April, and I also want to double-check the beneficiary account with them before anything leaves.
                I'll call you tomorrow morning.

                Best,
                Edward

                Edward Hughes
                Managing Partner | Hughes Capital LLP
                +44 20 7946 0123
            """),
            tag="[EXTERNAL]",
            banner=[
                "[EXTERNAL EMAIL] This message came from outside Hughes Capital. Be cautious with links and attachments."
            ],
        )
    )

    # 2. Gmail, on top
    lindqvist = P("Anna Lindqvist", "anna.lindqvist@gmail.example")
    o = review("en-lindqvist", "en", [lindqvist], "Dear Ms Lindqvist,", "2027-03-02 11:00")
    out.append(
        reply(
            "en-lindqvist",
            "en",
            "gmail",
            lindqvist,
            o,
            "2027-03-03 08:02",
            new=L("""
                Hi Nadia,

                Thanks for this. Short answers:
                1 - we are moving back to Stockholm in August, so yes, quite a change (I'll need to understand what that means for the mandate)
                2 - possibly, if we buy there
                3 and 4 - yes

                Can we schedule a call next week?

                Anna
            """),
        )
    )

    # 3. Outlook, "see below in red"; replied_to
    okafor = P("Chidi Okafor", "chidi.okafor@okafor-group.example")
    o = review("en-okafor", "en", [okafor], "Dear Mr Okafor,", "2027-03-02 11:01")
    segs = inline(
        "outlook",
        "en",
        o,
        {
            "1.": ["No change."],
            "2.": ["Yes - school fees for both children, about CHF 90k per year, from September."],
            "3.": ["Yes."],
            "4.": ["Yes."],
        },
        top=L("""
            Dear Nadia,

            Please see my answers below in red.

            Kind regards,
            Chidi
        """),
        colour="red",
    )
    out.append(
        reply("en-okafor", "en", "outlook", okafor, o, "2027-03-08 06:40", segs=segs, replied_to=True, html_only=True)
    )

    # 4. iOS Mail
    walsh = P("Siobhan Walsh", "siobhan.walsh@icloud.example")
    o = review("en-walsh", "en", [walsh], "Dear Ms Walsh,", "2027-03-02 11:02")
    out.append(
        reply(
            "en-walsh",
            "en",
            "ios_mail",
            walsh,
            o,
            "2027-03-04 23:10",
            new=["All the same as last year, thanks Nadia!"],
            device="Sent from my iPhone",
        )
    )

    # 5. Apple Mail: opt-out
    brandt = P("Oliver Brandt", "oliver.brandt@brandt-family.example")
    o = review("en-brandt", "en", [brandt], "Dear Mr Brandt,", "2027-03-02 11:03")
    out.append(
        reply(
            "en-brandt",
            "en",
            "apple_mail",
            brandt,
            o,
            "2027-03-06 09:15",
            new=L("""
                Dear Ms Keller,

                I closed my account with your firm last October. I'd be grateful if you could take me off your mailing list and stop sending me these reminders.

                Regards,
                Oliver Brandt
            """),
            opt_out=True,
        )
    )

    # 6. New Outlook (OWA), disclaimer under the signature
    patel = P("Ravi Patel", "ravi.patel@meridian-trust.example")
    o = letter(
        "en-patel",
        KELLER,
        "keller",
        "en",
        [patel],
        "Dear Ravi,",
        "2027-03-11 10:00",
        "Kestrel Trust - annual KYC update",
        """
            For the annual KYC update of the Kestrel Trust, we still need the updated list of beneficiaries and the trustee's resolution appointing the new protector.
            Could you send them by the end of the month?
        """,
    )
    out.append(
        reply(
            "en-patel",
            "en",
            "owa",
            patel,
            o,
            "2027-03-12 14:20",
            new=L("""
                Dear Nadia,

                Attached is the list of beneficiaries as at 1 March 2027. The resolution will be signed at the board meeting on 25 March; I will send it right after.

                Kind regards,

                Ravi Patel
                Trust Officer
                Meridian Trust Company (Jersey) Limited
                T +44 1534 555 0170

                Meridian Trust Company (Jersey) Limited is regulated by the Jersey Financial Services Commission. This email is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
            """),
            attach=[("Kestrel Trust - beneficiaries 2027-03-01.pdf", "application/pdf", b"%PDF-1.6 stand-in list\n")],
        )
    )

    # 7. Outlook: forward with a line above
    morgan = P("Helen Morgan", "helen.morgan@morgan-consulting.example")
    o = letter(
        "en-morgan",
        KELLER,
        "keller",
        "en",
        [morgan],
        "Dear Helen,",
        "2027-03-12 09:00",
        "Your tax residence certificate",
        "We still need your UK tax residence certificate for 2026 to apply the treaty rate on your Swiss dividends.",
    )
    segs = [
        (
            "new",
            L("""
            Nadia - see below from HMRC. Apparently it takes 6-8 weeks. Is that a problem?
            Helen
        """),
        ),
        ("raw", [""]),
        (
            "hdr",
            [
                ("From:", "HMRC Certificates of Residence <cor.unit@hmrc-notices.example>"),
                ("Sent:", "Friday, March 12, 2027 2:14 PM"),
                ("To:", "Helen Morgan <helen.morgan@morgan-consulting.example>"),
                ("Subject:", "Your application for a certificate of residence - ref. CoR 555 0142"),
            ],
        ),
        ("raw", [""]),
        (
            "q",
            [
                "Dear Ms Morgan,",
                "",
                "We have received your application. We aim to issue certificates within 6 to 8 weeks of receipt.",
                "",
                "Certificate of Residence Team",
            ],
            0,
        ),
    ]
    out.append(
        reply(
            "en-morgan",
            "en",
            "outlook",
            morgan,
            o,
            "2027-03-12 15:01",
            segs=segs,
            subject="FW: Your application for a certificate of residence - ref. CoR 555 0142",
            forward=True,
        )
    )

    # 8. Thunderbird, inline answers without a marker; replied_to
    novak = P("Tomas Novak", "tomas@novak.example")
    o = review("en-novak", "en", [novak], "Dear Mr Novak,", "2027-03-02 11:04")
    segs = inline(
        "thunderbird",
        "en",
        o,
        {
            "1.": ["Yes, I retired in January."],
            "2.": ["No"],
            "3.": ["Yes"],
            "4.": ["I don't mind either way."],
        },
        top=["Hello Nadia,"],
        after=True,
    )
    segs += [("raw", [""]), ("new", ["Tomas"])]
    out.append(reply("en-novak", "en", "thunderbird", novak, o, "2027-03-09 10:10", segs=segs, replied_to=True))

    # 9. Gmail, HTML only, one word
    duarte = P("Miguel Duarte", "miguel.duarte@gmail.example")
    o = letter(
        "en-duarte",
        KELLER,
        "keller",
        "en",
        [duarte],
        "Dear Miguel,",
        "2027-03-15 09:00",
        "Meeting on Thursday",
        "Just to confirm our meeting on Thursday 18 March at 10:00 at our Geneva office, Rue du Rhône 58.",
    )
    out.append(reply("en-duarte", "en", "gmail", duarte, o, "2027-03-15 09:06", new=["Thanks!"], html_only=True))

    # 10. Outlook mobile, English
    grant = P("Fiona Grant", "fiona.grant@outlook.example")
    o = letter(
        "en-grant",
        KELLER,
        "keller",
        "en",
        [grant],
        "Dear Fiona,",
        "2027-03-10 15:05",
        "Transfer instructions - please confirm",
        TRANSFER,
    )
    out.append(
        reply(
            "en-grant",
            "en",
            "outlook_mobile",
            grant,
            o,
            "2027-03-10 18:40",
            new=L("""
                Hi Nadia, confirmed, value date 15 March please. I'm on a plane tomorrow, call my husband on +41 79 555 01 66 if needed.
                Fiona
            """),
            device="Get Outlook for Android<https://aka.ms/AAb9ysg>",
        )
    )
    return out
