"""Human replies, part 1: private clients and company directors in England, Scotland and Ireland."""

from clients21 import Case
from mime12 import L

C = Case
N = []


def add(*a, **kw):
    N.append(C(*a, **kw))


add(
    "okafor-slot",
    "gmail",
    "en",
    ("Chidi Okafor", "chidi.okafor@gmail.example"),
    "review",
    "2027-04-01 12:47",
    style="gmail",
    new=L("""
        Thursday 15th at 2 works for me. Will dig out the P60.

        Chidi
    """),
)

add(
    "mcbride-director",
    "outlook_win",
    "en",
    ("Fiona McBride", "fiona.mcbride@mcbride-joinery.example"),
    "review",
    "2027-04-01 14:22",
    style="outlook_win",
    n=1,
    new=L("""
        Hi Hannah

        Wednesday 21st is better for me, Tuesday the 13th is our year end stock count so that's a no.
        Can we do it on Teams? I'll be at the Leeds site that week.

        I'll ask Gary in accounts for the P60 - my pension statements went to the old address so I may need to chase Harrowgate.

        Thanks
        Fiona

        Fiona McBride
        Managing Director
        McBride Joinery Ltd
        Unit 4, Kirkstall Works, Leeds LS5 3BT
        T: 0113 496 0418 | M: 07700 900412

        McBride Joinery Ltd. Registered in England and Wales no. 04418823. Registered office: Unit 4, Kirkstall Works, Leeds LS5 3BT.
        This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
    """),
)

add(
    "fitzgerald-prsa",
    "ios_mail",
    "en",
    ("Declan Fitzgerald", "declanfitz@eircom.example"),
    "ie_prsa",
    "2027-04-06 19:31",
    style="ios",
    new=L("""
        Hi Siobhán, grand stuff. I'll put in €4,000 this year, the accountant says that's about what I have room for. Send on the forms and I'll get them back to you before the weekend.

        The ARF can wait til after the summer if that suits, we're away most of June.

        Declan
    """),
    device="Sent from my iPhone",
)

add(
    "campbell-jc",
    "outlook_mac",
    "en",
    ("Jamie Campbell", "jamie.campbell@campbellsurveyors.example"),
    "questions",
    "2027-04-05 21:08",
    style="outlook_mac",
    new=L("""
        Evening Ewan,

        Answers below marked JC.

        Jamie
    """),
    answers={
        4: ["JC: Salary up to £96k from January, bonus was £8k (paid in March)."],
        5: ["JC: Yes, 60 still the plan. Maybe 62 if the practice sale drags on."],
        6: ["JC: Keep at £500. Could go to £750 from June once the car is paid off."],
        7: ["JC: Roof on the house in Portobello this summer, quoted £18,500. Nothing else I can think of."],
    },
)

add(
    "whitlock-solicitor",
    "apple_mail",
    "en",
    ("Amelia Whitlock", "amelia.whitlock@icloud.example"),
    "pension",
    "2027-04-03 10:14",
    style="apple",
    new=L("""
        Morning Tom,

        Before I sign anything, our solicitor has come back on the divorce settlement and I think it affects this. Her letter says:

        "The pension sharing order will be implemented against the Harrowgate Life plan. Your client should not take any steps to transfer, encash or otherwise deal with that arrangement until the order has been implemented by the scheme administrator."

        So I assume we have to hold off on the transfer form? Happy to have a call Tuesday if easier, I'm off Monday as it's still the Easter holidays for the kids.

        Amelia
    """),
)

add(
    "patel-yahoo",
    "yahoo",
    "en",
    ("Nikesh Patel", "nikeshpatel71@yahoo.example"),
    "isa",
    "2027-04-06 13:05",
    style="yahoo",
    mode="html",
    new=L("""
        Hi Hannah,
        Yes please use the allowance early this year, last year I left it till March and regretted it.
        Can you do the Bed and ISA from the GIA for the full £20k? If there isn't enough cash just sell the Fundsmith.
        Thanks
        Nikesh
    """),
    device="Sent from Yahoo Mail on Android",
)

add(
    "ogrady-caps",
    "aol",
    "en",
    ("Bernard O'Grady", "bernieogrady@aol.example"),
    "questions",
    "2027-04-06 09:41",
    style="aol",
    n=2,
    first="Bernard",
    new=L("""
        Ewan
        ANSWERS IN CAPS BELOW. sorry its late, the grandchildren were here over Easter.
        Bernie
    """),
    answers={
        4: ["NO CHANGE, STILL ON THE TEACHERS PENSION AND THE STATE ONE."],
        5: ["ALREADY RETIRED EWAN!! YOU KNOW THAT"],
        6: ["YES KEEP IT"],
        7: ["NEW BOILER MAYBE. AND MAUREENS 70TH IN AUGUST"],
    },
)

add(
    "hughes-bt",
    "bt_mail",
    "en",
    ("Gwen Hughes", "gwen.hughes@btinternet.example"),
    "review",
    "2027-04-02 11:15",
    style="bt",
    n=3,
    new=L("""
        Dear Hannah

        Thank you for your email. Tuesday 13 April at 10am at your office would suit me best as I will be in London that week visiting my sister.

        I have the P60 but I am not sure which pension statements you mean. I have one from the Civil Service scheme and one from Scottish Widows. I will bring both.

        Kind regards

        Gwen Hughes (Mrs)
    """),
)

add(
    "thornton-front",
    "front",
    "en",
    ("Rachel Thornton", "clients@thorntonblake.example"),
    "fees",
    "2027-04-10 10:02",
    style="front",
    first="Rachel",
    rcpt=("Rachel Thornton", "clients@thorntonblake.example"),
    new=L("""
        Hi Tom,

        Thanks for sending this through. Two points before Mr and Mrs Lister sign:

        • Quarterly collection - will that be in arrears or in advance? They'd prefer arrears.
        • Clause 9.3 refers to the 2024 terms of business, which I don't think they ever received. Could you send a copy?

        Once we have that I'll get them to sign at our meeting on the 20th.

        Best wishes,

        Rachel Thornton ACA CTA
        Partner
        Thornton Blake LLP | Chartered Accountants & Tax Advisers
        2 Mill Lane, Harrogate HG1 2RE
        T: 01423 496 0550

        Thornton Blake LLP is a limited liability partnership registered in England and Wales no. OC412877. Registered to carry on audit work in the UK by the Institute of Chartered Accountants in England and Wales.
    """),
)

add(
    "doyle-solicitor",
    "outlook_win",
    "en",
    ("Aoife Doyle", "adoyle@doylecahill.example"),
    "ie_prsa",
    "2027-04-07 15:40",
    style="outlook_win_long",
    n=1,
    first="Aoife",
    new=L("""
        Siobhán,

        I am replying on behalf of my client, Mr Brendan Nolan, who has asked me to deal with his correspondence while he is in hospital. He does not wish to make a PRSA contribution this year.

        Please direct any further correspondence regarding the ARF to me until further notice. I enclose his signed authority.

        Regards,

        Aoife Doyle
        Solicitor
        Doyle Cahill LLP
        41 Merrion Square, Dublin 2
        T: +353 1 555 0198
    """),
    footer=L("""
        ________________________________
        Doyle Cahill LLP is regulated by the Law Society of Ireland. This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify us immediately and delete it. Doyle Cahill LLP will never change its bank details by email. Always verify payment details by telephone before transferring funds.
    """),
)

add(
    "nowak-pl",
    "gmail",
    "pl",
    ("Katarzyna Nowak", "kasia.nowak@gmail.example"),
    "review",
    "2027-04-02 20:18",
    style="gmail_pl",
    n=4,
    first="Katarzyna",
    new=L("""
        Dzień dobry Pani Hannah,

        przepraszam, że piszę po polsku, tak mi szybciej. Czwartek 15 kwietnia o 14:00 mi pasuje, najlepiej przez Teams.

        P60 wyślę w przyszłym tygodniu, jak tylko dostanę od pracodawcy.

        Pozdrawiam serdecznie
        Kasia Nowak
    """),
)

add(
    "dubois-fr",
    "gmail",
    "fr",
    ("Mathilde Dubois", "mathilde.dubois@free.example"),
    "pension",
    "2027-04-04 18:22",
    style="gmail_fr",
    n=1,
    first="Mathilde",
    new=L("""
        Bonjour Tom,

        Merci pour les formulaires. J'ai signé la page 4 et les deux pages de la lettre d'autorisation, je vous renvoie le tout par la poste lundi (enfin mardi, lundi c'est férié ici aussi je crois ?).

        Une question : est-ce que le transfert a une incidence si je rentre en France l'année prochaine ?

        Bien cordialement,
        Mathilde Dubois
    """),
)

add(
    "garcia-es",
    "apple_mail",
    "es",
    ("Javier García Roldán", "jgarciaroldan@telefonica.example"),
    "isa",
    "2027-04-07 09:12",
    style="apple_es",
    n=1,
    first="Javier",
    new=L("""
        Hola Hannah:

        Gracias por el aviso. Este año prefiero no hacer nada con el ISA hasta que sepa si me quedo en Londres o vuelvo a Madrid en septiembre.

        Lo hablamos en la revisión de mayo.

        Un saludo,
        Javier
    """),
)

add(
    "reid-tb-bottom",
    "thunderbird",
    "en",
    ("Alasdair Reid", "alasdair@reid-family.example"),
    "questions",
    "2027-04-06 22:50",
    style="thunderbird",
    n=3,
    trim=9,
    bottom_only=True,
    bottom=L("""
        Hi Ewan,

        1. Same salary. No bonus this year, the firm had a bad one.
        2. 60, or earlier if I can manage it!
        3. Yes.
        4. Elspeth starts at Edinburgh Uni in September, so halls fees etc.

        Cheers,
        Alasdair
    """),
)

add(
    "lindqvist-tb-top",
    "thunderbird",
    "en",
    ("Erik Lindqvist", "erik@lindqvist.example"),
    "fees",
    "2027-04-12 08:03",
    style="thunderbird",
    n=2,
    new=L("""
        Tom,

        Signed and scanned, attached. Quarterly is fine by me.

        --
        Erik Lindqvist
        07700 900631
    """),
)

add(
    "harper-proton",
    "proton",
    "en",
    ("Leo Harper", "leo.harper@proton.example"),
    "review",
    "2027-04-03 08:55",
    style="proton",
    n=5,
    new=L("""
        Hi Hannah,

        None of those work I'm afraid - I'm in Lisbon for work from the 12th to the 23rd. Could we do the week of the 26th? Any morning except Wednesday.

        Leo
    """),
    device="Sent with Proton Mail secure email.",
)

add(
    "kaur-superhuman",
    "superhuman",
    "en",
    ("Simran Kaur", "simran@kaurventures.example"),
    "isa",
    "2027-04-06 10:44",
    style="superhuman",
    n=2,
    new=L("""
        Yes - go ahead with the full Bed and ISA. Same for Raj's ISA please, he's cc'd.

        S
    """),
    cc=[("Raj Kaur", "raj@kaurventures.example")],
    device="Sent via Superhuman",
)

add(
    "missive-accountants",
    "missive",
    "en",
    ("Owen Pritchard", "team@pritchardco.example"),
    "trust_docs",
    "2027-04-08 11:30",
    style="missive",
    first="Owen",
    rcpt=("Owen Pritchard", "team@pritchardco.example"),
    new=L("""
        Hi Priya,

        We act for two of the three trustees (Mr D Hallam and Mrs S Hallam). The third, Mr Keith Burrows, is with another firm and you will need to contact him directly.

        Certified copies for the Hallams will come from us by Friday. The trust deed is attached; there is one deed of appointment from 2019, which I'll send separately as it's with the archive.

        Owen

        Owen Pritchard FCCA
        Pritchard & Co, Chartered Certified Accountants
        11 Castle Street, Chester CH1 2DS
        T: 01244 496 0902
    """),
)

add(
    "murphy-samsung",
    "samsung",
    "en",
    ("Ciara Murphy", "ciaramurphy88@gmail.example"),
    "ie_prsa",
    "2027-04-06 21:14",
    style="samsung",
    n=2,
    new=L("""
        Hi Siobhan no contribution this year we're saving for the house. Talk to you re the ARF for mam in the summer. Thanks a mill
    """),
    device="Sent from my Galaxy",
)

add(
    "bennett-newoutlook",
    "new_outlook",
    "en",
    ("Graham Bennett", "graham.bennett@outlook.example"),
    "fees",
    "2027-04-11 17:20",
    style="outlook_sep",
    mode="html",
    n=3,
    new=L("""
        Hi Tom,

        Happy with the change. I've signed it with Adobe, you should have had a notification.

        Graham
    """),
)

add(
    "saunders-outlook-html",
    "outlook_win",
    "en",
    ("Helen Saunders", "helen@saunders-dental.example"),
    "review",
    "2027-04-06 08:12",
    style="outlook_win",
    mode="html",
    n=6,
    new=L("""
        Morning Hannah,

        Tuesday 13th at 10 on Teams please. I'll send the P60 this week, the pension statements are all online now so I'll download them.

        Best wishes

        Dr Helen Saunders BDS
        Principal Dentist
        Saunders Dental Practice
        22 High Street, Sevenoaks TN13 1HX
        01732 496 0120
    """),
)
