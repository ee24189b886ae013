"""Set H, English replies h061–h080. A line of `new` that starts with § is a signature line (the mark is removed)."""

CASES = [
    dict(
        id="h061",
        lang="en",
        kind="expat-retiree",
        client="gmail",
        layout="couple",
        sreg="FR",
        user="cw",
        sender=("Peter Hartley", "peter.hartley@btinternet.example"),
        new="""\
Hi Claire,

Thanks for sending the new tax forms. We've filled in the 2047 and will bring everything to the meeting on the 14th. \
Sue wants to ask about the UK state pension too.

Best wishes,

§Peter & Sue Hartley
§Lieu-dit La Borie Basse
§24560 Issigeac
§France
§Home: 05 36 49 08 62
§Peter mobile (UK): 07912 345678
""",
        quote=(
            "gmail_uk",
            (2026, 4, 30, 10, 5),
            "French tax return 2026",
            "Dear Peter and Sue,\n\nPlease find attached the forms 2042 and 2047 for your first French tax return. "
            "We can go through them together on the 14th.",
        ),
        f=dict(name="Peter Hartley", address="Lieu-dit La Borie Basse, 24560 Issigeac, France"),
        ph=[("05 36 49 08 62", "landline"), ("07912 345678", "mobile", "GB")],
        name_tokens=True,
    ),
    dict(
        id="h062",
        lang="en",
        kind="expat-retiree",
        client="iphone",
        layout="closing-name",
        sreg="FR",
        user="jm",
        sender=("Graham Pickering", "g.pickering@orange.example"),
        new="""\
Hi Julien, that's fine, go ahead with the switch into the euro fund.
§Cheers, Graham

Sent from my iPhone
""",
        quote=(
            "iphone_en",
            (2026, 3, 2, 8, 40),
            "Switch to the euro fund",
            "Dear Graham,\n\nGiven the markets, I suggest moving 30% of your contract into the euro fund. "
            "Shall I go ahead?",
        ),
        f=dict(name="Graham"),
    ),
    dict(
        id="h063",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Declan O'Sullivan", "declan.osullivan@eircom-mail.example"),
        new="""\
Dear Hélène,

Many thanks for your time on Friday. As discussed, I attach Maura's Irish pension statement and the letter from \
Revenue. We would be grateful if you could look at the double taxation question before we sign anything.

Kind regards,

§Declan O'Sullivan
§3 Le Bourg
§44170 Marsac-sur-Don
§France
§Tel: +33 (0)2 61 91 27 45
§Irish mobile: +353 (0)87 231 6645
""",
        quote=(
            "outlook_uk",
            (2026, 6, 15, 12, 10),
            "Meeting on Friday",
            "Dear Mr O'Sullivan,\n\nThank you for coming to see us on Friday. Could you send me the Irish pension "
            "statements we mentioned?",
        ),
        f=dict(name="Declan O'Sullivan", address="3 Le Bourg, 44170 Marsac-sur-Don, France"),
        ph=[("+33 (0)2 61 91 27 45", "landline"), ("+353 (0)87 231 6645", "mobile", "IE")],
    ),
    dict(
        id="h064",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Joost van der Meulen", "joost.vdmeulen@ziggo-mail.example"),
        new="""\
Dear Mr Marchetti,

Thank you for the proposal. We still have some questions about the Dutch pension (AOW) and how it is taxed in \
France. Could we have a video call next week?

Kind regards,
§Joost van der Meulen
§Le Moulin de Chez Ribaud
§16300 Barbezieux-Saint-Hilaire
§+33 6 12 57 41 09
§+31 6 4127 8830
""",
        quote=(
            "outlook_us",
            (2026, 9, 10, 15, 45),
            "Investment proposal",
            "Dear Mr and Mrs van der Meulen,\n\nPlease find attached our investment proposal, following our meeting "
            "in Barbezieux.",
        ),
        f=dict(name="Joost van der Meulen", address="Le Moulin de Chez Ribaud, 16300 Barbezieux-Saint-Hilaire"),
        ph=[("+33 6 12 57 41 09", "mobile"), ("+31 6 4127 8830", "mobile", "NL")],
    ),
    dict(
        id="h065",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="GB",
        user="cw",
        sender=("Rebecca Thornton", "rebecca.thornton@hallampryce.example"),
        new="""\
Dear Ms Whitfield,

Estate of the late Margaret Ellis

We act for the executors. Please find attached the grant of probate. We would be grateful if you could confirm the \
value of the French assurance-vie contracts at the date of death.

Yours sincerely

§Rebecca Thornton
§Associate, Private Client
§Hallam Pryce LLP
§7 Park Square East
§Leeds LS1 2LH
§DX 26437 Leeds Park Square
§DD: 0113 496 0412
§T: 0113 496 0400
§www.hallampryce.example
Hallam Pryce LLP is a limited liability partnership registered in England and Wales (OC312456) and is authorised \
and regulated by the Solicitors Regulation Authority (SRA No. 512345).
""",
        quote=(
            "outlook_uk",
            (2026, 2, 26, 14, 12),
            "Estate of the late Margaret Ellis",
            "Dear Ms Thornton,\n\nWe understand you act for the executors of Mrs Margaret Ellis. She held two "
            "French life-insurance contracts through our firm.",
        ),
        f=dict(
            name="Rebecca Thornton",
            title="Associate, Private Client",
            company="Hallam Pryce LLP",
            website="www.hallampryce.example",
            address="7 Park Square East, Leeds LS1 2LH",
        ),
        ph=[("0113 496 0412", "landline"), ("0113 496 0400", "landline")],
    ),
    dict(
        id="h066",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="GB",
        user="cw",
        sender=("James Ashworth", "james@ashworthmorley.example"),
        new="""\
Hi Claire,

Attached is David's UK self-assessment for 2025/26. The rental income from the Bath flat is in the property pages; \
no UK tax is due thanks to the personal allowance.

Best,

§James Ashworth ACA CTA
§Director
§Ashworth Morley Ltd
§Chartered Accountants & Tax Advisers
§14 Queen Square, Bath BA1 2HN
§T +44 (0)1225 442 613 | M +44 (0)7700 123456
§james@ashworthmorley.example
""",
        quote=(
            "outlook_uk",
            (2026, 1, 29, 9, 30),
            "David Kavanagh – UK return",
            "Hi James,\n\nCould you send me David Kavanagh's UK return for 2025/26 when it is filed? I need the "
            "rental figures for his French return.",
        ),
        f=dict(
            name="James Ashworth",
            title="Director",
            company="Ashworth Morley Ltd",
            email="james@ashworthmorley.example",
            address="14 Queen Square, Bath BA1 2HN",
        ),
        ph=[("+44 (0)1225 442 613", "landline"), ("+44 (0)7700 123456", "mobile")],
    ),
    dict(
        id="h067",
        lang="en",
        kind="expat-retiree",
        client="gmail",
        layout="block",
        sreg="FR",
        user="cw",
        sender=("Alan Roberts", "alan.roberts@laposte.example"),
        new="""\
Dear Claire

Just a quick one – have you received the signed forms? I posted them on Monday from Marciac.

Regards
§Alan Roberts
§Chez Laborde
§32230 Marciac
§France
§FR landline 05 36 49 63 81
§UK mobile 07456 112233
""",
        quote=(
            "gmail_uk",
            (2026, 8, 18, 16, 0),
            "Forms to sign",
            "Dear Alan,\n\nI have posted the subscription forms to you today. Please sign them where marked and "
            "send them back in the prepaid envelope.",
        ),
        f=dict(name="Alan Roberts", address="Chez Laborde, 32230 Marciac, France"),
        ph=[("05 36 49 63 81", "landline"), ("07456 112233", "mobile", "GB")],
    ),
    dict(
        id="h068",
        lang="en",
        kind="expat-retiree",
        client="gmail",
        layout="none",
        sreg="FR",
        user="jm",
        sender=("Aoife Brennan", "aoife.brennan@gmail-ie.example"),
        new="""\
Hi Julien,

Yes, Thursday at 10 works for both of us. See you then.

Thanks!
""",
        quote=(
            "gmail_uk",
            (2026, 10, 12, 17, 22),
            "Annual review",
            "Dear Aoife,\n\nWould Thursday 15 October at 10:00 suit you and Ronan for your annual review?",
        ),
        f={},
    ),
    dict(
        id="h069",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="team",
        sreg="GB",
        user="cw",
        sender=("Northgate Pensions Transfers", "transfers@northgate-pensions.example"),
        new="""\
Dear Sir/Madam,

Policy number: PP-0048812-3
Policyholder: Mr Graham Pickering

Thank you for your letter of 2 June. We confirm that the transfer value quoted is guaranteed until 30 September \
2026. To proceed, the enclosed discharge forms must be signed by the policyholder and witnessed.

Yours faithfully

§Pensions Transfer Team
§Northgate Life & Pensions Ltd
§PO Box 5421
§Bristol BS99 7QX
§Tel: 0117 496 0733
Northgate Life & Pensions Limited is registered in England and Wales No. 01234567. Registered office: 1 Temple \
Quay, Bristol BS1 6AA. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct \
Authority and the Prudential Regulation Authority (FRN 110345).
""",
        quote=(
            "outlook_uk",
            (2026, 6, 2, 11, 0),
            "Mr Graham Pickering – transfer value",
            "Dear Sir or Madam,\n\nWe act for Mr Graham Pickering (policy PP-0048812-3). Please confirm the current "
            "transfer value and how long it is guaranteed.",
        ),
        f=dict(company="Northgate Life & Pensions Ltd", address="PO Box 5421, Bristol BS99 7QX"),
        ph=[("0117 496 0733", "landline")],
    ),
    dict(
        id="h070",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="LU",
        user="cw",
        sender=("Anna Schmit", "anna.schmit@belair-vie.example"),
        new="""\
Dear Claire,

Please find attached the statement for the Luxembourg life policy of Mr and Mrs Kavanagh as at 30 June. The switch \
into the EUR bond fund was completed on 3 July.

Kind regards,

§Anna Schmit
§Relationship Manager – UK & Irish clients
§Private Wealth Insurance
§Belair Vie Luxembourg S.A.
§2, rue Edward Steichen, L-2540 Luxembourg
§T +352 26 47 31 91 | M +352 691 248 317
§anna.schmit@belair-vie.example
""",
        quote=(
            "outlook_uk",
            (2026, 7, 6, 9, 18),
            "Kavanagh policy – statement",
            "Dear Anna,\n\nCould you send me the half-year statement for the Kavanagh policy and confirm the "
            "switch we requested?",
        ),
        f=dict(
            name="Anna Schmit",
            title="Relationship Manager – UK & Irish clients",
            company="Belair Vie Luxembourg S.A.",
            email="anna.schmit@belair-vie.example",
            address="2, rue Edward Steichen, L-2540 Luxembourg",
        ),
        ph=[("+352 26 47 31 91", "landline"), ("+352 691 248 317", "mobile")],
        exc=["2540"],
    ),
    dict(
        id="h071",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="CH",
        user="jm",
        sender=("Markus Huber", "markus.huber@limmat-am.example"),
        new="""\
Julien,

Confirming our call: we can accept the French client's portfolio under a discretionary mandate from CHF 2m. I'll \
send the draft agreement tomorrow.

Best regards

§Markus Huber
§Managing Partner
§Limmat Asset Management AG
§Bahnhofstrasse 61, 8001 Zürich, Switzerland
§Direct +41 44 555 20 31
§Mobile +41 79 555 62 18
""",
        quote=(
            "outlook_us",
            (2026, 5, 20, 16, 30),
            "Discretionary mandate – French client",
            "Dear Markus,\n\nFurther to our call, could you confirm the minimum for a discretionary mandate for a "
            "French-resident client?",
        ),
        f=dict(
            name="Markus Huber",
            title="Managing Partner",
            company="Limmat Asset Management AG",
            address="Bahnhofstrasse 61, 8001 Zürich, Switzerland",
        ),
        ph=[("+41 44 555 20 31", "landline"), ("+41 79 555 62 18", "mobile")],
    ),
    dict(
        id="h072",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="MC",
        user="ma",
        sender=("Olivia Grey", "o.grey@rivieraprestige.example"),
        new="""\
Dear Mr Aubertin,

Following the valuation visit, we estimate the apartment at €4.2m–€4.5m. The written appraisal will follow by the \
end of the week.

Kind regards,

§Olivia Grey
§Senior Sales Negotiator
§Riviera Prestige Estates
§Le Bel Horizon, 14 avenue de la Costa, 98000 Monaco
§Tel +377 93 15 12 34 | Mob +33 6 80 29 41 57
§www.rivieraprestige.example
""",
        quote=(
            "outlook_uk",
            (2026, 9, 3, 10, 45),
            "Valuation – apartment of Mr Darrigrand",
            "Dear Ms Grey,\n\nThank you for visiting Mr Darrigrand's apartment. Could you let us have your "
            "valuation in writing?",
        ),
        f=dict(
            name="Olivia Grey",
            title="Senior Sales Negotiator",
            company="Riviera Prestige Estates",
            website="www.rivieraprestige.example",
            address="Le Bel Horizon, 14 avenue de la Costa, 98000 Monaco",
        ),
        ph=[("+377 93 15 12 34", "landline"), ("+33 6 80 29 41 57", "mobile", "FR")],
    ),
    dict(
        id="h073",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="assistant",
        sreg="BE",
        user="cw",
        sender=("Lien Verstraete", "lien.verstraete@claes-desmet.example"),
        new="""\
Dear Ms Whitfield,

On behalf of notary Claes, please find enclosed the draft deed for the sale of the Ghent apartment. The signing can \
take place by proxy; the proxy form is attached.

Kind regards,

§Lien Verstraete
§Assistant to notary Pieter Claes
§Claes & De Smet Notarissen
§Kouter 12
§9000 Gent, Belgium
§T +32 9 225 43 10
§lien.verstraete@claes-desmet.example
""",
        quote=(
            "outlook_uk",
            (2026, 11, 9, 13, 35),
            "Sale of the Ghent apartment – Mr and Mrs Bellamy",
            "Dear Sir or Madam,\n\nOur clients Mr and Mrs Bellamy, who live in France, are selling their apartment "
            "in Ghent. Could they sign the deed by proxy?",
        ),
        f=dict(
            name="Lien Verstraete",
            title="Assistant",
            company="Claes & De Smet Notarissen",
            email="lien.verstraete@claes-desmet.example",
            address="Kouter 12, 9000 Gent, Belgium",
        ),
        ph=[("+32 9 225 43 10", "landline")],
    ),
    dict(
        id="h074",
        lang="en",
        kind="expat-retiree",
        client="iphone",
        layout="first-name",
        sreg="FR",
        user="cw",
        sender=("Jenny Cole", "jenny.cole@sky-mail.example"),
        new="""\
Thanks Claire, all received.
§Jenny

Sent from my iPad
""",
        quote=(
            "iphone_en",
            (2026, 3, 25, 19, 2),
            "Documents for your file",
            "Dear Jenny,\n\nPlease find attached the signed copies of your new contract and the key information "
            "documents.",
        ),
        f=dict(name="Jenny"),
    ),
    dict(
        id="h075",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="cw",
        sender=("Margaret Cole", "maggie.cole@btinternet.example"),
        new="""\
Dear Claire,

I have now received the certificate of residence from the tax office in Agen. I'll scan it and send it over \
tomorrow along with the HMRC form.

With best wishes,

§Margaret Cole
§Moulin de Lapeyre
§Lieu-dit Lapeyre
§47290 Cancon
§Tel. (France) 05.36.49.52.27
§Tel. (UK) 01932 857 240
§Email: maggie.cole@btinternet.example
""",
        quote=(
            "outlook_uk",
            (2026, 4, 16, 15, 20),
            "HMRC form and certificate of residence",
            "Dear Margaret,\n\nTo stop the UK tax on your pension, HMRC needs the form stamped by the French tax "
            "office. Have you received it yet?",
        ),
        f=dict(
            name="Margaret Cole",
            email="maggie.cole@btinternet.example",
            address="Moulin de Lapeyre, Lieu-dit Lapeyre, 47290 Cancon",
        ),
        ph=[("05.36.49.52.27", "landline"), ("01932 857 240", "landline", "GB")],
    ),
    dict(
        id="h076",
        lang="en",
        kind="health",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Sarah Whitmore", "dr.whitmore@cabinet-eymet.example"),
        new="""\
Dear Julien,

I've signed the mandate and left it at your Bordeaux office. Could you let me know when the PER contributions will \
start?

Many thanks,

§Dr Sarah Whitmore
§Médecin généraliste / General Practitioner
§Cabinet médical d'Eymet
§12 rue de la Bastide, 24500 Eymet
§Tel: 05 36 49 24 18 (surgery)
§Mobile: +44 7456 891203
""",
        quote=(
            "gmail_uk",
            (2026, 1, 14, 20, 40),
            "PER – mandate to sign",
            "Dear Sarah,\n\nHere is the mandate for your PER contributions. Once signed, the first monthly "
            "contribution will be taken the following month.",
        ),
        f=dict(
            name="Sarah Whitmore",
            title="Médecin généraliste / General Practitioner",
            company="Cabinet médical d'Eymet",
            address="12 rue de la Bastide, 24500 Eymet",
        ),
        ph=[("05 36 49 24 18", "landline"), ("+44 7456 891203", "mobile", "GB")],
    ),
    dict(
        id="h077",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="IE",
        user="hc",
        sender=("Niamh Gallagher", "ngallagher@doylefitzgerald.example"),
        new="""\
Dear Hélène,

Regarding the Irish rental income of Mr Declan O'Sullivan, we confirm that Irish tax for 2025 was paid in full; the \
certificate is attached for the French tax credit.

Kind regards,

§Niamh Gallagher
§Tax Manager
§Doyle Fitzgerald & Co., Chartered Accountants
§Block B, Fitzwilliam Court, Leeson Close, Dublin 2, D02 YW24
§Direct Dial: +353 1 676 2231
§Main: +353 1 676 2200
§www.doylefitzgerald.example
""",
        quote=(
            "outlook_uk",
            (2026, 5, 5, 10, 0),
            "Declan O'Sullivan – Irish tax 2025",
            "Dear Ms Gallagher,\n\nMr O'Sullivan has asked us to contact you about the Irish tax paid on his "
            "Dublin rental income in 2025.",
        ),
        f=dict(
            name="Niamh Gallagher",
            title="Tax Manager",
            company="Doyle Fitzgerald & Co.",
            website="www.doylefitzgerald.example",
            address="Block B, Fitzwilliam Court, Leeson Close, Dublin 2, D02 YW24",
        ),
        ph=[("+353 1 676 2231", "landline"), ("+353 1 676 2200", "landline")],
    ),
    dict(
        id="h078",
        lang="en",
        kind="expat-retiree",
        client="thunderbird",
        layout="couple",
        sreg="FR",
        user="cw",
        sender=("Willem de Groot", "willem.degroot@kpn-mail.example"),
        new="""\
Hello Claire,

We have decided to keep the apartment in Utrecht for now, so please put the sale simulation on hold.

Greetings,
§Willem & Ans de Groot
§La Chaume, 86400 Civray
§06-41278830 (NL) / 07 55 12 48 90 (FR)
""",
        quote=(
            "thunderbird_en",
            (2026, 8, 25, 14, 14),
            "Utrecht apartment – sale simulation",
            "Dear Willem and Ans,\n\nAs promised, here is a simulation of the French and Dutch tax on the sale of "
            "your apartment in Utrecht.",
        ),
        f=dict(name="Willem de Groot", address="La Chaume, 86400 Civray"),
        ph=[("06-41278830", "mobile", "NL"), ("07 55 12 48 90", "mobile")],
        ambiguous={"06-41278830": "NL"},
        name_tokens=True,
    ),
    dict(
        id="h079",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Richard Mayhew", "r.mayhew@orange.example"),
        new="""\
Hello Julien,

Further to your letter, I confirm I'd like to reduce the monthly withdrawals to €800 from January.

Kind regards,
§Richard Mayhew
§BP 7, Le Bourg
§24150 Baneuil
§+33 5 36 49 47 92
§+44 7912 208416
""",
        quote=(
            "outlook_us",
            (2026, 11, 20, 11, 11),
            "Scheduled withdrawals",
            "Dear Richard,\n\nAs discussed, the scheduled withdrawals on your contract can be reduced from January. "
            "Please confirm the new monthly amount.",
        ),
        f=dict(name="Richard Mayhew", address="BP 7, Le Bourg, 24150 Baneuil"),
        ph=[("+33 5 36 49 47 92", "landline"), ("+44 7912 208416", "mobile", "GB")],
    ),
    dict(
        id="h080",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="GB",
        user="cw",
        sender=("Tom Fletcher", "tom@fletcherwealth.example"),
        new="""\
Hi Claire,

As promised, an introduction: Mr and Mrs Bellamy are moving to the Vendée in March and will need French advice on \
their investments. I've copied them in.

Best regards,

§Tom Fletcher DipPFS
§Chartered Financial Planner
§Fletcher Wealth Partners Ltd
§Suite 4, 12 Brazennose Street, Manchester M2 5BP
§T: 0161 496 0591
§M: 07700 123456
§linkedin.com/in/tomfletcherwealth
Fletcher Wealth Partners Ltd is authorised and regulated by the Financial Conduct Authority (FRN 612345). \
Registered in England No. 08765432.
""",
        quote=(
            "outlook_uk",
            (2026, 10, 29, 17, 50),
            "Clients moving to France",
            "Dear Tom,\n\nThank you for thinking of us. We would be glad to meet Mr and Mrs Bellamy once they have "
            "settled in the Vendée.",
        ),
        f=dict(
            name="Tom Fletcher",
            title="Chartered Financial Planner",
            company="Fletcher Wealth Partners Ltd",
            linkedin="linkedin.com/in/tomfletcherwealth",
            address="Suite 4, 12 Brazennose Street, Manchester M2 5BP",
        ),
        ph=[("0161 496 0591", "landline"), ("07700 123456", "mobile")],
    ),
]
