"""blind19, group A (part 2: Dutch, English, German, Portuguese, Italian): answers typed inside the quoted copy."""

import tpl_xx19 as xx
from spec19 import C, P, S, after, gap

BLUE, RED = "#0070C0", "#C00000"

# A22 Outlook (Dutch UI), a logistics company on Microsoft 365: [EXTERN] tag, LET OP banner, Dutch first-contact
# tip, Safe Links; nothing above the quote, answers under the numbered questions, first name under the last one
p = P("Jan Verbruggen", "jan.verbruggen@verbruggen-logistics.example", "nl", org="verbruggen")
s = S(
    "a-verbruggen",
    "vandaele",
    p,
    xx.nl_kyc,
    "Geachte heer Verbruggen,",
    "2027-03-03 08:45",
    prof="zaakvoerder",
    amount="120.000 EUR",
    date="8 februari",
)
C(
    "nl-verbruggen",
    "A",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-03 17:20",
    colour=BLUE,
    edits=[
        after("fiscale woonplaats", "Ja."),
        after("Oefent u nog steeds", "Ja, nog steeds zaakvoerder van Verbruggen Logistics NV."),
        after("herkomst van de storting", "Verkoop van een magazijn in Wommelgem, de notariële akte volgt per post."),
        after("politiek prominente persoon", "Nee.", "", "Jan"),
    ],
)

# A23 Gmail: "Kiest u voor optie A of optie B?" answered "Optie B."
p = P("Katrien De Smet", "katrien.desmet@gmail.example", "nl")
s = S("a-desmet", "vandaele", p, xx.nl_belegging, "Beste Katrien,", "2027-03-05 10:12")
C(
    "nl-desmet",
    "A",
    "nl",
    "gmail",
    "nl",
    p,
    s,
    "2027-03-06 09:41",
    top=["Dag Pieter,", "", "Zie hieronder.", "", "Groeten,", "Katrien"],
    edits=[gap("Kiest u voor optie A of optie B", "Optie B."), gap("coupon van 2.000 EUR", "Ja, prima.")],
)

# A24 iPhone Mail (Dutch): one-word answers
p = P("Marc Peeters", "marc.peeters@telenet.example", "nl")
s = S("a-peeters", "vandaele", p, xx.nl_afspraak, "Geachte heer Peeters,", "2027-03-08 09:00")
C(
    "nl-peeters",
    "A",
    "nl",
    "ios_mail",
    "nl",
    p,
    s,
    "2027-03-08 12:03",
    device=True,
    top=["Dag meneer Van Daele,"],
    edits=[gap("Past dinsdag 16 maart", "Donderdag"), gap("Komt u liever naar ons kantoor", "Op kantoor")],
)

# A25 Outlook for Android (Dutch), consumer account
p = P("Ann Claes", "ann.claes@hotmail.example", "nl")
s = S(
    "a-claes",
    "vandaele",
    p,
    xx.nl_kyc,
    "Geachte mevrouw Claes,",
    "2027-03-03 08:50",
    prof="apotheker",
    amount="35.000 EUR",
    date="19 januari",
)
C(
    "nl-claes",
    "A",
    "nl",
    "outlook_android",
    "nl",
    p,
    s,
    "2027-03-04 21:15",
    device=True,
    top=["Goedenavond, mijn antwoorden staan in uw mail."],
    edits=[
        after("fiscale woonplaats", "Ja"),
        after("Oefent u nog steeds", "Ja, in Mechelen"),
        after("herkomst van de storting", "Schenking van mijn moeder, via notaris Wuyts"),
        after("politiek prominente persoon", "Nee"),
    ],
)

# A26 Thunderbird (Dutch): declines and asks to be taken off the lists, inside the quote (opt-out)
p = P("Wim Jacobs", "wim.jacobs@telenet.example", "nl")
s = S("a-jacobs", "vandaele", p, xx.nl_event, "Geachte heer Jacobs,", "2027-03-15 09:40")
C(
    "nl-jacobs",
    "A",
    "nl",
    "thunderbird",
    "nl",
    p,
    s,
    "2027-03-15 13:02",
    opt_out=True,
    top=["Goedemiddag,"],
    gmail_sig=False,
    edits=[
        gap(
            "Mogen wij uw aanwezigheid",
            "Nee, en ik wil geen uitnodigingen meer ontvangen. Gelieve mij uit al uw lijsten te verwijderen.",
            "",
            "W. Jacobs",
        )
    ],
)

# A27 Outlook on the web (a Dutch property company: banner without a tag, Safe Links): answers in capitals, nothing
# above the quote
p = P("Dirk Schoonhoven", "d.schoonhoven@schoonhoven-vastgoed.example", "nl", "nl", org="schoonhoven")
s = S("a-schoonhoven", "vandaele", p, xx.nl_belegging, "Geachte heer Schoonhoven,", "2027-03-05 10:20")
C(
    "nl-schoonhoven",
    "A",
    "nl",
    "owa",
    "nl",
    p,
    s,
    "2027-03-08 08:31",
    edits=[after("Kiest u voor optie A of optie B", "OPTIE A"), after("coupon van 2.000 EUR", "JA")],
)

# A28 Outlook (Dutch UI), private client: answers, then "Groet, Johan" inside the quote; nothing above it
p = P("Johan Wouters", "johan.wouters@proximus.example", "nl")
s = S("a-wouters", "vandaele", p, xx.nl_afspraak, "Beste Johan,", "2027-03-08 09:05", spouse="Marleen")
C(
    "nl-wouters",
    "A",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-08 18:55",
    edits=[
        after("Past dinsdag 16 maart", "Dinsdag om 10 uur past."),
        after("Komt u liever naar ons kantoor", "Naar jullie kantoor, dan kan Marleen ook mee.", "Groet,", "Johan"),
    ],
)

# A29 Apple Mail (Dutch): answers under the two bulleted options and the question
p = P("Els Maes", "els.maes@icloud.example", "nl")
s = S("a-maes", "vandaele", p, xx.nl_belegging, "Beste mevrouw Maes,", "2027-03-05 10:25")
C(
    "nl-maes",
    "A",
    "nl",
    "apple_mail",
    "nl",
    p,
    s,
    "2027-03-05 22:47",
    top=["Dag Pieter,", "", "Enkele vragen tussen uw tekst.", "", "Els"],
    edits=[
        after("Optie A: een ladder", "Spreekt me aan, maar hoe zit het met de roerende voorheffing?"),
        after("Optie B: ons fonds", "Vind ik te duur voor een geldmarktfonds."),
        after("Kiest u voor optie A of optie B", "Eerder A, als de voorheffing meevalt."),
    ],
)

# A30 Yahoo Mail (Dutch), a client who moved to the Netherlands
p = P("Henk Dekker", "henk.dekker@yahoo.example", "nl", "nl")
s = S(
    "a-dekker",
    "vandaele",
    p,
    xx.nl_kyc,
    "Geachte heer Dekker,",
    "2027-03-03 09:02",
    prof="tandarts",
    amount="60.000 EUR",
    date="26 januari",
)
C(
    "nl-dekker",
    "A",
    "nl",
    "yahoo",
    "nl",
    p,
    s,
    "2027-03-05 10:30",
    top=["Goedemorgen,"],
    edits=[
        after("fiscale woonplaats", "Nee! Sinds 1 januari woon ik in Breda, zie mijn brief van december."),
        after("Oefent u nog steeds", "Ja."),
        after("herkomst van de storting", "Verkoop van mijn praktijk in Lier."),
        after("politiek prominente persoon", "Nee."),
        after("Alvast bedankt", "", "Met groet,", "H. Dekker"),
    ],
)

# A31 Outlook (en-GB), a family office on Microsoft 365 ([EXTERNAL], CAUTION banner, first-contact tip, Safe Links)
p = P("Harriet Ashworth", "harriet.ashworth@thornbury-fo.example", "en", "uk", "uk", org="thornbury")
s = S(
    "a-ashworth",
    "pemberton",
    p,
    xx.en_kyc,
    "Dear Ms Ashworth,",
    "2027-03-02 11:30",
    company="Ashworth Marine Ltd",
    date="3 February",
)
C(
    "en-ashworth",
    "A",
    "en",
    "outlook",
    "en-GB",
    p,
    s,
    "2027-03-02 16:12",
    colour=BLUE,
    top=[
        "Oliver,",
        "",
        "Answers below in blue.",
        "",
        "Regards,",
        "Harriet",
        "",
        "Harriet Ashworth",
        "Family Office Director",
        "Thornbury Family Office Ltd",
        "T +44 20 7946 0417",
    ],
    edits=[
        after("country of tax residence", "Yes."),
        after("still a director", "Yes, still a director."),
        after(
            "source of the GBP 250,000",
            "Proceeds of the sale of my flat in Kensington – completion statement attached.",
        ),
        after("US passport", "No."),
    ],
)

# A32 Gmail (en-GB): one-word answers, a date confirmed, "James" under the last answer
p = P("James Fielding", "james.fielding@gmail.example", "en", "uk", "uk")
s = S("a-fielding", "pemberton", p, xx.en_mandate, "Dear James,", "2027-03-09 15:10")
C(
    "en-fielding",
    "A",
    "en",
    "gmail",
    "en-GB",
    p,
    s,
    "2027-03-10 07:22",
    edits=[
        gap("reference currency", "EUR."),
        gap("tobacco and defence", "Yes."),
        gap("annual withdrawal of EUR 60,000", "No."),
        gap("Would that suit you", "Yes, 25 March 11:00 is fine.", "", "James"),
    ],
)

# A33 iPhone Mail (English), a prospect asks not to be contacted; nothing typed above the quote (opt-out)
p = P("Richard Carter", "richard.carter@icloud.example", "en", "uk", "uk")
s = S("a-carter", "pemberton", p, xx.en_prospect, "Dear Mr Carter,", "2027-03-11 14:00")
C(
    "en-carter",
    "A",
    "en",
    "ios_mail",
    "en",
    p,
    s,
    "2027-03-11 18:36",
    device=True,
    opt_out=True,
    edits=[gap("open to a short call", "No. Please stop contacting me – I did not give you my details for marketing.")],
)

# A34 Outlook for iOS (English): the account number corrected under it, a new phone number under the firm's
p = P("Kwame Osei", "kwame.osei@outlook.example", "en", "uk", "uk")
s = S("a-osei", "pemberton", p, xx.en_transfer, "Dear Mr Osei,", "2027-03-17 10:45")
C(
    "en-osei",
    "A",
    "en",
    "outlook_ios",
    "en",
    p,
    s,
    "2027-03-17 12:02",
    device=True,
    top=["Hi Oliver, see below."],
    edits=[
        after(
            "beneficiary account number", "Correct one is GB33 BUKB 2020 1555 5555 55 – the one on file is out of date."
        ),
        after("converted from EUR", "GBP, converted today."),
        after("purpose of the payment", "Deposit on a house purchase in Surrey."),
        after("registered number", "Please use my mobile instead: +44 7700 900123."),
    ],
)

# A35 Thunderbird (English): answers between the paragraphs, one of them long
p = P("Peter Whitmore", "p.whitmore@btmail.example", "en", "uk", "uk")
s = S("a-whitmore", "pemberton", p, xx.en_meeting, "Dear Peter,", "2027-03-22 09:30")
C(
    "en-whitmore",
    "A",
    "en",
    "thunderbird",
    "en-GB",
    p,
    s,
    "2027-03-22 20:14",
    top=["Oliver,", "", "Good to hear from you. Comments below."],
    sig=["Peter"],
    edits=[
        gap(
            "Would Tuesday 13 April",
            "15:30 is better for me. Let's meet at my office – the partner's premises are a bit formal for what "
            "I have in mind, and my assistant can book us a room with a screen if you want to show figures.",
        ),
        gap("trust structure", "Yes, and bring the draft letter of wishes if you have it."),
    ],
)

# A36 new Outlook (en-GB): an answer inline and a P.S. typed under the adviser's signature
p = P("Astrid Lindqvist", "astrid.lindqvist@outlook.example", "en", "uk", "uk")
s = S("a-lindqvist", "pemberton", p, xx.en_mandate, "Dear Ms Lindqvist,", "2027-03-09 15:20")
C(
    "en-lindqvist",
    "A",
    "en",
    "new_outlook",
    "en-GB",
    p,
    s,
    "2027-03-10 19:05",
    top=["Hello Oliver,", "", "Short answers below.", "", "Astrid"],
    edits=[
        after("reference currency", "Keep EUR."),
        after(
            "!Hautmont & Wiltz",
            "P.S. From 1 April please write to astrid@lindqvist-home.example – this address will be closed.",
        ),
    ],
)

# A37 Apple Mail (English)
p = P("Siobhan O’Connor", "siobhan.oconnor@icloud.example", "en", "uk", "uk")
s = S(
    "a-oconnor",
    "pemberton",
    p,
    xx.en_kyc,
    "Dear Ms O’Connor,",
    "2027-03-02 11:40",
    company="Claddagh Design Ltd",
    date="10 February",
)
C(
    "en-oconnor",
    "A",
    "en",
    "apple_mail",
    "en",
    p,
    s,
    "2027-03-03 08:15",
    top=["Dear Oliver,", "", "Please see my answers in your email.", "", "Best,", "Siobhan"],
    edits=[
        after("country of tax residence", "Yes, London."),
        after("still a director", "No – I resigned in December, Companies House filing attached."),
        after("source of the GBP 250,000", "Dividend from Claddagh Design before I resigned."),
        after("US passport", "No."),
    ],
)

# A38 Outlook (German UI), a law firm on Microsoft 365 (ACHTUNG banner, [EXTERN], tip, Safe Links, footer)
p = P("Dr. Katrin Vogt", "k.vogt@hartmann-vogt.example", "de", "de", org="hartmann")
s = S(
    "a-vogt",
    "kremer",
    p,
    xx.de_kyc,
    "Sehr geehrte Frau Dr. Vogt,",
    "2027-03-04 10:00",
    prof="Rechtsanwältin",
    amount="180.000 EUR",
    date="22. Januar",
)
C(
    "de-vogt",
    "A",
    "de",
    "outlook",
    "de",
    p,
    s,
    "2027-03-04 15:47",
    colour=BLUE,
    edits=[
        after("steuerlicher Wohnsitz", "Ja."),
        after("Tätigkeit als Rechtsanwältin", "Ja, weiterhin Partnerin."),
        after("Woher stammen die Mittel", "Erbschaft nach meiner Mutter, Erbschein lade ich hoch."),
    ],
)

# A39 Gmail (German): a prospect asks not to be contacted and to be deleted (opt-out)
p = P("Markus Schreiber", "markus.schreiber@gmail.example", "de", "de")
s = S("a-schreiber", "kremer", p, xx.de_prospect, "Sehr geehrter Herr Schreiber,", "2027-03-12 11:15")
C(
    "de-schreiber",
    "A",
    "de",
    "gmail",
    "de",
    p,
    s,
    "2027-03-12 19:40",
    top=["Guten Tag Frau Kremer,"],
    opt_out=True,
    edits=[
        gap("unverbindliches Gespräch", "Nein. Bitte kontaktieren Sie mich nicht mehr und löschen Sie meine Daten.")
    ],
)

# A40 iPhone Mail (German): "per Scheck oder per Überweisung?" answered "Überweisung."; nothing typed above
p = P("Ingrid Hofmann", "ingrid.hofmann@web.example", "de", "de")
s = S("a-hofmann", "kremer", p, xx.de_auszahlung, "Sehr geehrte Frau Hofmann,", "2027-03-18 09:20")
C(
    "de-hofmann",
    "A",
    "de",
    "ios_mail",
    "de",
    p,
    s,
    "2027-03-18 10:02",
    device=True,
    edits=[gap("per Scheck oder per Überweisung", "Überweisung."), gap("Sparkasse", "Ja.")],
)

# A41 Thunderbird (German): answers, closing and name under the last one
p = P("Thomas Wagner", "thomas.wagner@t-online.example", "de", "de")
s = S("a-wagner", "kremer", p, xx.de_termin, "Sehr geehrter Herr Wagner,", "2027-03-10 14:30")
C(
    "de-wagner",
    "A",
    "de",
    "thunderbird",
    "de",
    p,
    s,
    "2027-03-11 08:12",
    edits=[
        gap("Wäre Ihnen Mittwoch", "Lieber das Videogespräch am Freitag, vormittags."),
        gap("Steuerberater", "Ja, bitte. Seine Adresse haben Sie.", "", "Viele Grüße", "Thomas Wagner"),
    ],
)

# A42 Gmail for Android (Portuguese): "por cheque ou por transferência?" answered "Transferência."
p = P("António Ferreira", "antonio.ferreira@gmail.example", "pt", "lu")
s = S("a-ferreira", "fonseca", p, xx.pt_transfer, "Caro Sr. Ferreira,", "2027-03-19 10:00")
C(
    "pt-ferreira",
    "A",
    "pt",
    "gmail_android",
    "pt",
    p,
    s,
    "2027-03-19 20:33",
    top=["Bom dia Sr. Fonseca,"],
    edits=[
        gap("por cheque ou por transferência", "Transferência."),
        gap("renovemos parte do depósito", "Sim, 50.000 EUR por 12 meses."),
    ],
)

# A43 Outlook (Portuguese UI): answers under the numbered questions, nothing above the quote
p = P("Maria Carvalho", "maria.carvalho@pt-lu.example", "pt", "lu")
s = S("a-carvalho", "fonseca", p, xx.pt_kyc, "Cara Sra. Carvalho,", "2027-03-05 09:30")
C(
    "pt-carvalho",
    "A",
    "pt",
    "outlook",
    "pt",
    p,
    s,
    "2027-03-06 11:10",
    edits=[
        after("residência fiscal no Luxemburgo", "Sim."),
        after("empresário da construção", "Sim, a empresa é agora do meu marido e minha."),
        after("origem dos fundos", "Venda de um terreno em Viseu, envio a escritura."),
        after("morada em Esch-sur-Alzette", "Mudámos para Differdange em fevereiro: 14, rue Émile Mayrisch."),
    ],
)

# A44 Gmail (Italian)
p = P("Roberto Galli", "roberto.galli@gmail.example", "it", "it")
s = S("a-galli", "benedetti", p, xx.it_kyc, "Gentile Dott. Galli,", "2027-03-08 11:00")
C(
    "it-galli",
    "A",
    "it",
    "gmail",
    "it",
    p,
    s,
    "2027-03-09 09:18",
    top=["Gentile Dott.ssa Benedetti,", "", "Le rispondo qui sotto.", "", "Cordiali saluti", "Roberto Galli"],
    edits=[
        gap("residenza fiscale", "Sì, sempre Milano."),
        gap("attività professionale", "Notaio, come prima."),
        gap("origine dei fondi", "Vendita di un immobile a Como, Le invio il rogito."),
    ],
)
