"""Human replies in English (India, Singapore, Hong Kong, the Gulf) for blind25."""

import firm25 as F
import people25 as W
from case25 import (
    DEV,
    FOOT,
    M,
    Q,
    T,
    flat,
    gmail,
    gmail_fwd_style,
    gmail_wrapped,
    human,
    ios,
    outlook,
    thunderbird,
    zoho_style,
)
from fams25 import APPLE, GMAIL, OUT, PLAIN

MS_TIP = (
    "You don't often get email from {e}. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>"
)


# --------------------------------------------------------------------------
# India (Priya's periodic review)
# --------------------------------------------------------------------------
def mehta_gmail_inline():
    f = F.kyc_in("kyc_mehta", W.mehta, "2027-03-01 10:05", "Mr Mehta", "INR 4.2 crore", "14 January 2027")
    m = M(
        "mehta",
        W.mehta,
        [W.priya],
        "Re: " + f.subject,
        "2027-03-03 21:48",
        [
            T("""
            Dear Priya,

            Thanks for your mail. Please find my replies inline.

            Regards,
            Rajesh Mehta
            """),
            Q,
        ],
        parent=f,
        style=gmail("en-US"),
        answers=[
            ("1) A clear copy", ["Attached. The passport was renewed last year, so the number has changed.", ""]),
            ("2) Proof of residential", ["Attached the piped gas bill for January 2027.", ""]),
            ("3) Your tax residency", ["Yes, India only. I was abroad for less than 60 days in the year.", ""]),
            (
                "4) A short note",
                [
                    "This is from the sale of our flat in Bandra (sale deed dated 22 December 2026). "
                    "My CA will send the capital gains working separately.",
                    "",
                ],
            ),
        ],
        fam=GMAIL(attach=[{"name": "Passport copy - Rajesh Mehta.pdf"}, {"name": "Gas bill Jan 2027.pdf"}]),
        client="gmail",
    )
    return human("mehta-gmail-inline", m, "en", sent=f)


def shah_outlook_blue():
    f = F.kyc_in("kyc_shah", W.shah, "2027-03-01 10:12", "Mr Shah", "USD 3.6 million", "19 January 2027")
    m = M(
        "shah",
        W.shah,
        [W.priya],
        "RE: " + f.subject,
        "2027-03-04 12:31",
        [
            T("""
            Dear Priya,

            Good afternoon. Please see our responses below in blue.

            Regards,
            Nirav Shah
            Chief Financial Officer
            Shah Family Office LLP
            1402, Ashoka Towers, Senapati Bapat Marg, Mumbai 400 013
            Tel: +91 22 5550 0134 | Mob: +91 98555 01342

            DISCLAIMER: This e-mail and its attachments are confidential and intended only for the named recipient. Shah Family Office LLP does not accept liability for errors or omissions arising from e-mail transmission. Please consider the environment before printing this e-mail.
            """),
            Q,
        ],
        parent=f,
        style=outlook("en", "en-IN"),
        answers=[
            (
                "1) A clear copy",
                [
                    "Will be sent by courier, as the passports are with the consulate for visa stamping. "
                    "Expected by 12 March."
                ],
            ),
            ("2) Proof of residential", ["Electricity bill (February 2027) attached."]),
            ("3) Your tax residency", ["Confirmed - India only."]),
            (
                "4) A short note",
                [
                    "Dividend from Shah Polymers Ltd declared on 10 January 2027. Board resolution and dividend "
                    "advice attached."
                ],
            ),
        ],
        fam=OUT(
            "PN3PR01:INDPRD01",
            lang="en-IN",
            attach=[{"name": "Electricity bill Feb 2027.pdf"}, {"name": "Board resolution - dividend.pdf"}],
        ),
        client="outlook",
    )
    return human("shah-outlook-blue", m, "en", sent=f)


def bhatia_above_forward():
    f = F.kyc_in("kyc_desai", W.desai, "2027-03-01 10:20", "Mr Desai", "INR 7.8 crore", "8 February 2027")
    fw = M(
        "desai_fwd",
        W.desai,
        [W.bhatia],
        "Fwd: " + f.subject,
        "2027-03-02 08:15",
        [
            T("""
            Sunil ji,

            Pls see below from Delarive. Can you handle points 3 and 4 and reply to Priya directly? Copy me.

            Thanks
            Vikram
            """),
            Q,
        ],
        parent=f,
        style=flat(lambda m, dt: gmail_fwd_style(m, dt), lead=1, after=1),
        fwd=True,
        fam=GMAIL(fwd_refs=True),
        client="gmail",
    )
    m = M(
        "bhatia",
        W.bhatia,
        [W.priya],
        "RE: Fwd: " + f.subject,
        "2027-03-05 17:42",
        [
            T("""
            Dear Ms Raghunathan,

            Greetings from Bhatia & Rao.

            We act as Chartered Accountants for Mr Vikram Desai. With reference to points 3 and 4 of your mail below:

            3) Mr Desai is a resident of India for FY 2026-27 under section 6 of the Income-tax Act, 1961, and is not a tax resident of any other country.
            4) The amount of INR 7.8 crore is the consideration received on sale of unlisted shares of Desai Auto Components Pvt Ltd to Ardent Vale Capital, as per the Share Purchase Agreement dated 20 January 2027. We enclose an extract of the SPA and the Form 15CB.

            Kindly let us know if anything further is required.

            Thanks & Regards,

            CA Sunil Bhatia
            Partner
            Bhatia & Rao, Chartered Accountants
            3rd Floor, Deccan Chambers, FC Road, Pune 411 004
            M: +91 98555 01455
            """),
            Q,
        ],
        cc=[W.desai],
        parent=fw,
        style=outlook("en", "en-IN"),
        fam=OUT("PN3PR01:INDPRD01", lang="en-IN"),
        client="outlook",
    )
    return human("bhatia-ca-above-forward", m, "en")


def iyer_zoho():
    f = F.kyc_in("kyc_iyer", W.iyer, "2027-03-01 10:18", "Mrs Iyer", "USD 850,000", "27 January 2027")
    m = M(
        "iyer",
        W.iyer,
        [W.priya],
        "Re: " + f.subject,
        "2027-03-08 11:05",
        [
            T("""
            Hi Priya,

            PFA the self-attested passport copy and the broadband bill for February. For points 3 and 4, our auditor will send you a note by next week.

            Regards,
            Lakshmi Iyer
            Director, Iyer Holdings Pvt Ltd
            Chennai
            """),
            Q,
        ],
        parent=f,
        style=flat(zoho_style, lead=2, after=1),
        fam=PLAIN("zoho", "UTF-8", "quoted-printable", hcs="UTF-8", flavour="plain"),
        client="zoho_mail",
    )
    return human("iyer-zoho", m, "en")


def kapoor_winmail():
    f = F.kyc_in("kyc_kapoor", W.kapoor, "2027-03-01 10:25", "Mr Kapoor", "USD 1.2 million", "3 February 2027")
    m = M(
        "kapoor",
        W.kapoor,
        [W.priya],
        "RE: " + f.subject,
        "2027-03-02 09:12",
        [
            T("""
            Dear Priya,

            Noted. Will revert by Monday with the documents.

            Arjun
            """),
            DEV("Sent from Mail for Windows"),
            Q,
        ],
        parent=f,
        style=outlook("en", "en-US", names_only=True, blank=1),
        fam=PLAIN("winmail", "utf-8", "quoted-printable", flavour="plain"),
        client="windows_mail",
    )
    return human("kapoor-windows-mail", m, "en")


# --------------------------------------------------------------------------
# Singapore
# --------------------------------------------------------------------------
def tan_gmail_oneliner():
    f = F.slots_sg("slots_tan", W.tan, "2027-03-02 17:45", "Mr Tan")
    m = M(
        "tan",
        W.tan,
        [W.daniel],
        "Re: " + f.subject,
        "2027-03-03 07:58",
        [T("Wed 17th 3pm can. Thanks Daniel."), Q],
        parent=f,
        style=gmail("en-GB"),
        fam=GMAIL(),
        client="gmail_app",
    )
    return human("tan-gmail-oneliner", m, "en")


def meiling_caution():
    f = F.slots_sg("slots_lim", W.meiling, "2027-03-05 09:10", "Mei Ling", cc=[W.kokwah])
    m = M(
        "meiling",
        W.meiling,
        [W.daniel],
        "RE: " + f.subject,
        "2027-03-05 15:26",
        [
            T("""
            Hi Daniel,

            Mr Lim can do Thursday 18 March at 11:30. He will come with his son, Mr Lim Jun Hao, who is taking over the family office's investment committee.

            Could we have the meeting room with the screen? Jun Hao would like to go through the bond list on the big screen.

            Thanks,
            Mei Ling

            Lim Mei Ling
            Chief Operating Officer
            Lim Family Office Pte Ltd
            DID +65 6555 0102
            """),
            Q,
        ],
        cc=[W.kokwah],
        parent=f,
        recv=[
            "CAUTION: This email originated from outside of Lim Family Office. Do not click links or open "
            "attachments unless you recognise the sender and know the content is safe.",
            "",
        ],
        style=outlook("en", "en-GB"),
        fam=OUT("SEYPR06:apcprd06", lang="en-SG"),
        client="outlook",
    )
    return human("meiling-outlook-caution", m, "en")


def kokwah_iphone_3level():
    m = M(
        "kokwah",
        W.kokwah,
        [W.daniel],
        "Re: " + F.lim3.subject,
        "2027-03-04 22:47",
        [T("Agreed. Pls go ahead with the revised list."), DEV("Sent from my iPhone"), Q],
        cc=[W.meiling],
        parent=F.lim3,
        style=ios("en-GB"),
        fam=APPLE(),
        client="ios_mail",
    )
    return human("kokwah-iphone-three-levels", m, "en")


def goh_thunderbird_bottom():
    f = F.slots_sg("slots_goh", W.goh, "2027-03-02 17:50", "Madam Goh")
    m = M(
        "goh",
        W.goh,
        [W.daniel],
        "Re: " + f.subject,
        "2027-03-04 09:15",
        [
            Q,
            T("""

            Dear Daniel,

            Tuesday 16 March at 10 am is fine. I will come with my nephew, who helps me with the paperwork.

            Regards,
            Goh Siew Lan
            """),
        ],
        parent=f,
        keep=[("Dear Madam Goh", "Thursday 18 March")],
        style=thunderbird("en-GB"),
        fam=PLAIN(
            "thunderbird", "UTF-8", "8bit", html="none", flowed=True, ctp="text/plain; charset=UTF-8; format=flowed"
        ),
        client="thunderbird",
    )
    return human("goh-thunderbird-bottom", m, "en")


def chia_trustee():
    m = M(
        "chia",
        W.chia,
        [W.helene],
        "RE: " + F.trust.subject,
        "2027-03-11 17:20",
        [
            T("""
            Dear Hélène,

            Thank you for your email. We confirm that the trustee has no objection to the appointment of Ms Lim Mei Ling as co-protector. The deed of appointment is being finalised by our lawyers and should be executed next week; we will send you a certified copy together with the updated register of protectors.

            Please note that I will be on leave from 15 to 19 March. My colleague, Mr Darren Yeo (darren.yeo@marinacrest.example), will assist in the meantime.

            Kind regards,

            Rachel Chia
            Vice President, Trust Services
            Marina Crest Trustees (Singapore) Pte Ltd
            Licensed Trust Company under the Trust Companies Act 2005
            T: +65 6555 0178

            Important: Marina Crest Trustees will never ask you to change bank details by email. If you receive such a request, please call us on a number you know to verify it.
            """),
            Q,
        ],
        parent=F.trust,
        recv=[MS_TIP.format(e=W.helene.email), ""],
        style=outlook("en", "en-GB"),
        fam=OUT("SEYPR06:apcprd06", cs="iso-8859-1", lang="en-GB"),
        client="outlook",
    )
    return human("chia-trustee-outlook", m, "en")


def menon_auditor():
    m = M(
        "menon",
        W.menon,
        [W.angeline],
        "RE: " + F.audit.subject,
        "2027-03-11 10:02",
        [
            T("""
            Dear Angeline,

            Received with thanks.

            Could you also provide the statement of securities held in custody for Lim Holdings Pte Ltd as at 31 December 2026? Our team would need it by 19 March, as the financial statements are due to be signed on 31 March.

            Thank you.

            Best regards,
            Kavitha Menon
            Audit Manager, Assurance
            Chua Menon & Partners LLP
            Public Accountants and Chartered Accountants, Singapore
            """),
            Q,
            FOOT("""

            ________________________________
            This message and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender. Chua Menon & Partners LLP (UEN T14LL1234A) is registered in Singapore with limited liability.
            """),
        ],
        parent=F.audit,
        recv=[MS_TIP.format(e=W.angeline.email), ""],
        style=outlook("en", "en-GB"),
        fam=OUT("SEYPR06:apcprd06", lang="en-GB"),
        client="outlook",
    )
    return human("menon-auditor-outlook", m, "en")


def nair_unsubscribe():
    f = F.news_en("news_nair", W.nair, "2027-03-05 08:00", "Ms Nair")
    m = M(
        "nair",
        W.nair,
        [W.insights],
        "Re: " + f.subject,
        "2027-03-05 19:34",
        [
            T("""
            Hi,

            Please unsubscribe me from this newsletter. I get more than enough market commentary from my broker.

            Thanks,
            Meera
            """),
            Q,
        ],
        parent=f,
        style=gmail("en-GB"),
        fam=GMAIL(),
        client="gmail",
    )
    return human("nair-unsubscribe", m, "en", opt_out=True)


def ong_unsubscribe_iphone():
    f = F.news_en("news_ong", W.ong, "2027-03-05 08:00", "Mr Ong")
    m = M(
        "ong",
        W.ong,
        [W.insights],
        "Re: " + f.subject,
        "2027-03-08 12:41",
        [T("Unsubscribe"), DEV("Sent from my iPhone"), Q],
        parent=f,
        style=ios("en-GB"),
        fam=APPLE(),
        client="ios_mail",
    )
    return human("ong-unsubscribe-iphone", m, "en", opt_out=True)


def agarwal_remove_secretary():
    f = F.news_en("news_agarwal", W.agarwal, "2027-03-05 08:00", "Mr Agarwal")
    m = M(
        "agarwal",
        W.agarwal,
        [W.insights],
        "RE: " + f.subject,
        "2027-03-09 11:50",
        [
            T("""
            Dear Team,

            Kindly remove my secretary Ms Sujata Rao (sujata.rao@agarwalgroup.example) from the distribution of this newsletter and of the monthly statements - she has moved to another role. Please continue to send everything to me directly.

            Regards,
            Deepak Agarwal
            Managing Director
            Agarwal Group, Kolkata
            """),
            Q,
        ],
        cc=[W.rao],
        parent=f,
        style=outlook("en", "en-IN", sep=True),
        fam=OUT("MA0PR01:INDPRD01", lang="en-IN"),
        client="new_outlook",
    )
    return human("agarwal-remove-secretary", m, "en")


def wee_paper():
    f = F.news_en("news_wee", W.wee, "2027-03-05 08:00", "Ms Wee")
    m = M(
        "wee",
        W.wee,
        [W.insights],
        "Re: " + f.subject,
        "2027-03-05 12:17",
        [
            T("""
            Hi Delarive team,

            Thanks for the newsletter, always a good read. One request: could you stop mailing me the printed quarterly statements? The e-statements are enough for me, and it's a waste of paper.

            Regards,
            Hui Min
            """),
            Q,
        ],
        parent=f,
        style=gmail_wrapped("en-GB"),
        fam=GMAIL(),
        client="gmail",
    )
    return human("wee-paper-statements", m, "en")


def seah_rsvp():
    f = F.event_sg("event_seah", W.seah, "2027-03-01 15:00", "Mr Seah")
    m = M(
        "seah",
        W.seah,
        [W.events],
        "Re: " + f.subject,
        "2027-03-08 13:05",
        [
            T("""
            Dear Events team,

            Thank you for the kind invitation. I will attend with my wife, Mrs Grace Seah. She is vegetarian (no eggs please).

            Best regards,
            Jonathan
            """),
            ("own", [""], False, ""),
            DEV("Get Outlook for iOS"),
            Q,
        ],
        parent=f,
        style=outlook("en", "en-US-sec", sep=True, blank=0),
        fam=OUT("SEYPR06:apcprd06", fam="outlook_ios", cs="utf-8", lang="en-US", flavour="plain"),
        client="outlook_ios",
    )
    return human("seah-rsvp-outlook-ios", m, "en")


def cheung_decline():
    f = F.event_sg("event_cheung", W.cheung, "2027-03-01 15:00", "Mr Cheung")
    m = M(
        "cheung",
        W.cheung,
        [W.events],
        "Re: " + f.subject,
        "2027-03-02 10:44",
        [
            T("""
            Dear Delarive Events,

            Many thanks for the invitation. Unfortunately I will be in Shanghai that week, so I have to decline this time. Please send my regards to Daniel and Marc-André.

            Best,
            Alan Cheung
            Cheung Holdings Limited
            """),
            Q,
        ],
        parent=f,
        style=gmail("en-GB"),
        fam=GMAIL(),
        client="gmail",
    )
    return human("cheung-decline-gmail", m, "en")


# --------------------------------------------------------------------------
# Hong Kong
# --------------------------------------------------------------------------
def harbour_custodian():
    m = M(
        "harbour",
        W.harbour,
        [W.eric],
        "RE: " + F.custody.subject + " [Case: HCS-2027-0302-0419]",
        "2027-03-02 16:48",
        [
            T("""
            Dear Eric,

            Thank you for your enquiry. Please find the details below:

            1. The CSD reports the instruction as unmatched: the counterparty instructed settlement on 3 March instead of 2 March (settlement date mismatch).
            2. Brightwater Securities has been contacted and confirmed they will amend their instruction today.
            3. Expected settlement date: 3 March 2027, subject to the counterparty's amendment.

            We will monitor the trade and update you by 11:00 HKT tomorrow.

            For further queries, please reply to this email keeping the case reference in the subject line.

            Kind regards,

            Cherry Yip
            Client Service | Asset Servicing
            Harbourline Custody Services (Hong Kong) Limited
            T +852 5550 0126
            """),
            Q,
        ],
        parent=F.custody,
        style=outlook("en", "en-GB"),
        fam=OUT("PS2PR06:apcprd06", cs="utf-8", cte="base64", lang="en-GB"),
        client="outlook",
    )
    return human("harbourline-custodian", m, "en")


def kwok_lawyer():
    m = M(
        "kwok",
        W.kwok,
        [W.vivian],
        "RE: " + F.probate.subject,
        "2027-03-05 18:10",
        [
            T("""
            Dear Ms Leung,

            Thank you for your email and for your condolences, which I have passed on to the family.

            We act for the executors, Mr Chan Wing Kei and Ms Chan Wing Sze. The application for the Grant of Probate was filed on 1 March 2027; the Probate Registry currently takes about eight to ten weeks. We will send you a certified copy as soon as it is issued.

            In the meantime, we should be grateful if you could provide a valuation of the account as at the date of death, 18 February 2027, for the executors' estate accounts.

            Yours sincerely,

            Raymond Kwok
            Partner
            Kwok & Ho, Solicitors & Notaries
            16/F, Central Harbour Building, 28 Connaught Road Central, Hong Kong
            T +852 5550 0182

            This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify us immediately and delete it.
            本電郵內容屬機密，並可能受法律專業特權保護。如閣下並非指定收件人，請立即通知本行並刪除本電郵。
            """),
            Q,
        ],
        parent=F.probate,
        style=outlook("en", "en-GB"),
        fam=OUT("PS2PR06:apcprd06", cs="big5", cte="base64", lang="en-HK", hcs="big5"),
        client="outlook",
    )
    return human("kwok-lawyer-bilingual", m, "en")


def winnie_inline():
    m = M(
        "winnie",
        W.winnie,
        [W.vivian],
        "RE: " + F.kwanfo.subject,
        "2027-03-10 12:35",
        [
            T("""
            Hi Vivian,

            Thanks. Please see my replies marked [WL] below.

            Best regards,
            Winnie Lau
            Head of Finance
            Kwan Family Office Limited
            """),
            Q,
        ],
        parent=F.kwanfo,
        style=outlook("en", "en-GB"),
        answers=[
            (
                "a) whether the private",
                [
                    "[WL] At the latest NAV for Harbour Gate III (30 Sep 2026). Eastbridge II at cost - the "
                    "first NAV statement is not out yet."
                ],
            ),
            ("b) the FX rate", ["[WL] The 4 pm London fix is fine, same as last year."]),
        ],
        fam=OUT("PS2PR06:apcprd06", cs="utf-8", cte="quoted-printable", lang="en-GB", color="#C00000"),
        client="outlook",
    )
    return human("winnie-inline-marked", m, "en", sent=F.kwanfo)


# --------------------------------------------------------------------------
# the Gulf
# --------------------------------------------------------------------------
def khalid_iphone():
    m = M(
        "khalid",
        W.khalid,
        [W.omar],
        "Re: " + F.sukuk.subject,
        "2027-03-02 21:40",
        [
            T("""
            Dear Omar,

            Ramadan Kareem, and thanks.

            Noted. Kindly proceed with AED 5 million as discussed. If the book is oversubscribed, please try to get at least 3.

            Regards,
            Khalid
            """),
            ("own", [""], False, ""),
            DEV("Sent from my iPhone"),
            Q,
        ],
        parent=F.sukuk,
        style=ios("en-GB"),
        fam=APPLE(),
        client="ios_mail",
    )
    return human("khalid-iphone-ramadan", m, "en")


def pillai_outlook():
    m = M(
        "pillai",
        W.pillai,
        [W.farah],
        "RE: " + F.lombard.subject,
        "2027-03-04 10:55",
        [
            T("""
            Dear Farah,

            Thanks for the offer. Kindly renew the facility on the same terms. PFA the signed renewal letter.

            Also, please stop the monthly sweep from my AED account to the USD account from April onwards - I will manage the transfers myself.

            Best Regards,
            Suresh Pillai
            General Manager - Finance
            Gulfstar General Trading LLC
            P.O. Box 55501, Dubai, UAE
            Tel: +971 4 555 0193 | Mob: +971 55 555 0177

            DISCLAIMER: This e-mail is confidential and intended solely for the addressee. Any views expressed are those of the sender and not necessarily of Gulfstar General Trading LLC.
            إخلاء مسؤولية: هذه الرسالة سرية ومخصصة للمرسل إليه فقط، والآراء الواردة فيها تعبر عن رأي المرسل ولا تعبر بالضرورة عن رأي الشركة.
            """),
            Q,
        ],
        parent=F.lombard,
        style=outlook("en", "en-GB"),
        fam=OUT(
            "DX0P273:AREP273",
            cs="windows-1256",
            lang="en-US",
            hcs="windows-1256",
            attach=[{"name": "Facility renewal letter - signed.pdf"}],
        ),
        client="outlook",
    )
    return human("pillai-stop-sweep", m, "en")


def faisal_sunday():
    m = M(
        "faisal",
        W.faisal,
        [W.omar],
        "RE: " + F.rashid.subject,
        "2027-03-07 11:20",
        [
            T("""
            Dear Omar,

            Thanks for the proposal. I shared it with my uncle, Sheikh Abdullah, and the family council discussed it on Thursday.

            We agree with taking profits on US technology, but we prefer to keep half of the proceeds in USD cash until after Eid. A call today at 3 pm Riyadh time would suit me; otherwise after the Eid holiday.

            Best regards,
            Faisal Al-Rashid
            Chief Investment Officer
            Rashid Family Office
            Riyadh, Kingdom of Saudi Arabia
            """),
            Q,
        ],
        parent=F.rashid,
        style=outlook("en", "en-US"),
        fam=OUT("DB8PR03:eurprd03", cs="utf-8", cte="base64", lang="en-US"),
        client="outlook",
    )
    return human("faisal-saudi-sunday", m, "en")


N = [
    mehta_gmail_inline,
    shah_outlook_blue,
    bhatia_above_forward,
    iyer_zoho,
    kapoor_winmail,
    tan_gmail_oneliner,
    meiling_caution,
    kokwah_iphone_3level,
    goh_thunderbird_bottom,
    chia_trustee,
    menon_auditor,
    nair_unsubscribe,
    ong_unsubscribe_iphone,
    agarwal_remove_secretary,
    wee_paper,
    seah_rsvp,
    cheung_decline,
    harbour_custodian,
    kwok_lawyer,
    winnie_inline,
    khalid_iphone,
    pillai_outlook,
    faisal_sunday,
]
