"""Human replies, part 3: opt-outs, look-alikes that are not opt-outs, bottom-posting, more languages."""

from clients21 import Case
from mime12 import L


def barracuda(ln):
    return ln.replace(
        "https://www.ashdownkerr.example/insights/april-2027",
        "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.ashdownkerr.example%2finsights%2fapril-2027&c=E,1,Xk2vQ9r7LmTz0pWc&typo=1",
    )


N = []


def add(*a, **kw):
    N.append(Case(*a, **kw))


# --- opt-outs
add(
    "optout-greenwood",
    "gmail",
    "en",
    ("Sue Greenwood", "suegreenwood52@gmail.example"),
    "news",
    "2027-04-08 08:14",
    style="gmail",
    opt_out=True,
    new=["Please take me off your mailing list.", "", "Sue Greenwood"],
)

add(
    "optout-fairbairn",
    "apple_mail",
    "en",
    ("Ian Fairbairn", "ian.fairbairn@me.example"),
    "news",
    "2027-04-08 09:30",
    style="apple",
    n=1,
    opt_out=True,
    new=L("""
        Hannah,

        I'd rather not receive these newsletters any more if that's OK - I never get round to reading them. Happy to keep hearing from you about my own portfolio of course.

        Ian
    """),
)

add(
    "optout-pickering",
    "yahoo",
    "en",
    ("Joan Pickering", "joanpickering@yahoo.example"),
    "isa",
    "2027-04-06 15:20",
    style="yahoo",
    n=4,
    opt_out=True,
    mode="html",
    new=L("""
        No more emails about ISAs please. I am 84 and not opening anything new, my son Richard deals with all that now.
        Joan Pickering
    """),
)

add(
    "optout-khan-gdpr",
    "outlook_win",
    "en",
    ("Rehana Khan", "rehana.khan@khanpharmacy.example"),
    "news",
    "2027-04-08 11:02",
    style="outlook_win",
    n=2,
    opt_out=True,
    subject="GDPR: delete my details - RE: Ashdown Kerr Insights - April 2027",
    new=L("""
        To whom it may concern,

        GDPR: please delete my details. I transferred my pension to another adviser in 2025 and have had no relationship with Ashdown Kerr since. Please confirm in writing once my personal data has been erased.

        Rehana Khan
    """),
)

add(
    "optout-brennan-indirect",
    "ios_mail",
    "en",
    ("Tony Brennan", "tbrennan@eircom.example"),
    "news",
    "2027-04-08 20:41",
    style="ios",
    n=3,
    opt_out=True,
    new=["Why am I still getting these? I stopped being a client when Alan retired in 2024. Can you make them stop."],
    device="Sent from my iPhone",
)

add(
    "optout-wisniewski-pl",
    "gmail",
    "pl",
    ("Tomasz Wiśniewski", "t.wisniewski@onet.example"),
    "news",
    "2027-04-08 12:55",
    style="gmail_pl",
    n=4,
    opt_out=True,
    new=L("""
        Dzień dobry,

        uprzejmie proszę o usunięcie mojego adresu z Państwa listy mailingowej. Nie życzę sobie otrzymywać newslettera.

        Z poważaniem
        Tomasz Wiśniewski
    """),
)

add(
    "optout-marchal-fr",
    "apple_mail",
    "fr",
    ("Hélène Marchal", "helene.marchal@orange.example"),
    "news",
    "2027-04-09 07:35",
    style="apple_fr",
    n=5,
    opt_out=True,
    new=L("""
        Bonjour,

        Merci de ne plus m'envoyer votre lettre d'information, je ne suis plus cliente depuis mon retour en France.

        Cordialement,
        Hélène Marchal
    """),
)

add(
    "optout-kelly-samsung",
    "samsung",
    "en",
    ("Martin Kelly", "martykelly@gmail.example"),
    "news",
    "2027-04-08 22:10",
    style="samsung",
    n=6,
    opt_out=True,
    new=["Take me off this please. Not interested"],
    device="Sent from my Galaxy",
)

add(
    "optout-ruiz-es",
    "gmail",
    "es",
    ("Carmen Ruiz Ortega", "carmenruizortega@gmail.example"),
    "news",
    "2027-04-08 16:05",
    style="gmail_es",
    n=7,
    opt_out=True,
    new=L("""
        Buenas tardes:

        Por favor, dejen de enviarme estos correos. Ya no vivo en el Reino Unido y no tengo inversiones con ustedes.

        Gracias,
        Carmen Ruiz
    """),
)

# --- look-alikes (not opt-outs)
add(
    "la-directdebit",
    "outlook_mac",
    "en",
    ("Stuart Maxwell", "stuart.maxwell@maxwellarch.example"),
    "isa",
    "2027-04-06 18:50",
    style="outlook_mac",
    n=5,
    new=L("""
        Hi Hannah,

        Not this year I'm afraid. In fact, please stop the direct debit into the ISA from May - we're paying for the extension and need the cash flow. I'll restart it in the autumn.

        Stuart

        Stuart Maxwell RIBA
        Maxwell Architects
        7 Thistle Street, Edinburgh EH2 1DF
    """),
)

add(
    "la-joint",
    "gmail",
    "en",
    ("Darragh Byrne", "darragh.byrne@gmail.example"),
    "ie_prsa",
    "2027-04-07 20:12",
    style="gmail",
    n=6,
    new=L("""
        Hi Siobhán

        No PRSA this year. Something else though - can you remove my wife from the joint account? We've separated and Niamh has her own adviser now. Her solicitor will write to you as well. Just keep everything in my name and send the statements to me only.

        Darragh
    """),
)

add(
    "la-paper",
    "apple_mail",
    "en",
    ("Margaret Lowe", "margaret.lowe@icloud.example"),
    "news",
    "2027-04-09 10:48",
    style="apple",
    n=8,
    new=L("""
        Dear Hannah,

        Nice newsletter. While I think of it, please unsubscribe me from paper statements - email is fine, the post is hopeless here and they pile up.

        Margaret
    """),
)

add(
    "la-post",
    "outlook_win",
    "en",
    ("Andrew Sinclair", "andrew.sinclair@sinclairwealth-family.example"),
    "fees",
    "2027-04-11 09:15",
    style="outlook_win_long",
    n=6,
    new=L("""
        Tom,

        Please don't send the pack by post, I'm in Singapore until the end of May. Email is fine - I'll sign with DocuSign if you can set it up.

        Andrew
    """),
)

add(
    "la-unsubscribe-q",
    "gmail",
    "en",
    ("Claire Donnelly", "claire.donnelly@gmail.example"),
    "pension",
    "2027-04-06 12:30",
    style="gmail",
    n=7,
    new=L("""
        Hi Tom, forms signed and scanned (attached).

        Do I need to unsubscribe from Harrowgate's emails and online account myself or does that stop automatically once the transfer completes?

        Claire
    """),
)

# --- more clients and languages
add(
    "lefevre-mac-fr",
    "outlook_mac",
    "fr",
    ("Julien Lefèvre", "julien.lefevre@lefevre-conseil.example"),
    "review",
    "2027-04-02 07:45",
    style="outlook_mac_fr",
    n=9,
    new=L("""
        Bonjour Hannah,

        Le mercredi 21 avril à 11h me convient parfaitement, en visio de préférence.

        Je vous envoie le P60 ce week-end.

        Bien à vous,

        Julien Lefèvre
        Directeur général – Lefèvre Conseil Ltd
        +44 20 7946 0552
    """),
)

add(
    "zielinski-pl-outlook",
    "outlook_win",
    "pl",
    ("Marek Zieliński", "marek.zielinski@zielinski-build.example"),
    "fees",
    "2027-04-12 14:40",
    style="outlook_pl",
    n=7,
    new=L("""
        Panie Tomie,

        umowę podpisałem i wysyłam w załączniku. Kwartalne pobieranie opłaty jest dla mnie w porządku.

        Pozdrawiam
        Marek Zieliński
        Zieliński Build Ltd
        tel. 07700 900815
    """),
)

add(
    "mcallister-solicitor-scot",
    "outlook_win",
    "en",
    ("Ruth McAllister", "rmcallister@mcallisterws.example"),
    "trust_docs",
    "2027-04-09 15:55",
    style="outlook_win",
    n=3,
    first="Ruth",
    new=L("""
        Dear Priya

        I act as a trustee of the Hallam Family Trust alongside Mr and Mrs Hallam. Please note that I am a professional trustee and our firm's own identification procedures apply; I attach our firm's standard confirmation of identity letter in lieu of a certified passport.

        Kind regards

        Ruth McAllister
        Partner
        McAllister WS
        19 Albyn Place, Aberdeen AB10 1YN
        Tel: 01224 496 0680
    """),
    footer=L("""
        McAllister WS is a firm of solicitors regulated by the Law Society of Scotland. This e-mail is confidential and may be privileged. If you have received it in error, please notify the sender and delete it. McAllister WS will never notify you of a change to its bank details by e-mail.
    """),
)

add(
    "oconnor-cork-accountant",
    "gmail",
    "en",
    ("Eimear O'Connor", "eimear@oconnoraccountants.example"),
    "ie_prsa",
    "2027-04-07 11:45",
    style="gmail_wrapped",
    n=7,
    first="Eimear",
    new=L("""
        Hi Siobhán,

        I'm Dermot Fahy's accountant - he forwarded your note. Based on his 2026 figures the max relief is on €27,000 (25% band, earnings cap €115k). He'd like to go with €20,000. I'll get him to confirm to you directly.

        Regards,
        Eimear

        --
        Eimear O'Connor FCA
        O'Connor & Associates, Chartered Accountants
        3 South Mall, Cork T12 RX44
        T: +353 21 555 0133
        Chartered Accountants Ireland registered firm. Registered in Ireland no. 512274.
    """),
)

add(
    "taylor-gmail-bottom",
    "gmail",
    "en",
    ("Ken Taylor", "kentaylor1949@gmail.example"),
    "review",
    "2027-04-03 15:05",
    style="gmail",
    n=10,
    bottom_only=True,
    bottom=L("""
        Hannah,

        Thursday at 2 is fine. Do I need to bring Pat?

        Ken
    """),
)

add(
    "novak-tb-sig",
    "thunderbird",
    "en",
    ("Petra Novak", "petra@novak-translations.example"),
    "isa",
    "2027-04-07 10:02",
    style="thunderbird",
    n=6,
    bottom_only=True,
    bottom=L("""
        Hi Hannah,

        Yes please, full allowance, from the cash in the GIA. I'd rather not sell anything.

        Petra

        --|
        Petra Novak MITI
        Novak Translations
    """),
)

add(
    "rousseau-outlook-fr",
    "outlook_win",
    "fr",
    ("Nathalie Rousseau", "n.rousseau@rousseau-immobilier.example"),
    "ie_prsa",
    "2027-04-07 09:05",
    style="outlook_fr",
    n=8,
    subject="RE : PRSA contribution and ARF review",
    new=L("""
        Bonjour Siobhán,

        Je ne ferai pas de versement PRSA cette année, mon comptable me le déconseille vu mes revenus 2026.

        Pour l'ARF, je serai à Dublin la semaine du 14 juin : on pourrait se voir à votre bureau ?

        Bien cordialement,

        Nathalie Rousseau
        Gérante – Rousseau Immobilier Ltd
        Tél. : +353 1 555 0177
    """),
)

add(
    "ortega-outlook-es",
    "outlook_win",
    "es",
    ("Pablo Ortega Sanz", "pablo.ortega@ortegasanz.example"),
    "fees",
    "2027-04-10 12:31",
    style="outlook_es",
    n=9,
    new=L("""
        Buenos días, Tom:

        Sin problema con el cobro trimestral. Le devuelvo el contrato firmado en el adjunto.

        Saludos cordiales,

        Pablo Ortega Sanz
        Director Financiero | Ortega Sanz Importaciones Ltd
        Tel.: 0161 496 0948
    """),
)

add(
    "kavanagh-broker-cbi",
    "outlook_win",
    "en",
    ("Liam Kavanagh", "liam@kavanaghfinancial.example"),
    "ie_prsa",
    "2027-04-08 10:20",
    style="outlook_win_long",
    n=9,
    first="Liam",
    new=L("""
        Hi Siobhán,

        I look after the Kavanagh family's general insurance and they asked me to confirm the ARF owner is Mrs Mary Kavanagh only - the joint life cover is a separate policy with us and should not be touched as part of your review.

        Any questions give me a shout.

        Liam Kavanagh QFA
        Kavanagh Financial Services Ltd
        Unit 3, Main Street, Naas, Co. Kildare W91 E2P8
        T: +353 45 555 0119

        Kavanagh Financial Services Ltd t/a Kavanagh Financial is regulated by the Central Bank of Ireland. Directors: L. Kavanagh, M. Kavanagh. Registered in Ireland no. 398812.
        This email is confidential and intended only for the addressee. If you are not the intended recipient, please notify the sender and delete it. Kavanagh Financial does not accept liability for any loss arising from viruses.
    """),
)

add(
    "stewart-external-tag",
    "outlook_mac",
    "en",
    ("Iain Stewart", "iain.stewart@stewartdistillers.example"),
    "fees",
    "2027-04-12 08:44",
    style="outlook_mac",
    n=10,
    subject="Re: [EXTERNAL] Updated client agreement and fees",
    o_override={"subject": "[EXTERNAL] Updated client agreement and fees"},
    quote_banner=[
        "You don't often get email from tom.ashdown@ashdownkerr.example. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>"
    ],
    new=L("""
        Morning Tom

        Does the quarterly collection mean a bigger single hit on the portfolio in each quarter? If so can it come from cash rather than selling units.

        Otherwise fine, will sign.

        Iain Stewart
        Director
        Stewart Distillers Ltd
        Registered in Scotland no. SC512377
    """),
)

add(
    "brooks-barracuda",
    "outlook_win",
    "en",
    ("Janet Brooks", "janet.brooks@brookspharma.example"),
    "news",
    "2027-04-08 13:37",
    style="outlook_win",
    n=9,
    rewrite=barracuda,
    mode="html",
    new=L("""
        Hannah,

        Interesting piece on IHT and pensions. Could we put that on the agenda for my review? I'd like to understand what it means for the SIPP I was planning to leave to the children.

        Janet
    """),
)

add(
    "fox-thanks",
    "ios_mail",
    "en",
    ("Matt Fox", "mattfox@icloud.example"),
    "fees",
    "2027-04-09 17:02",
    style="ios",
    n=11,
    new=["Cheers Tom 👍 all good"],
    device="Sent from my iPhone",
)
