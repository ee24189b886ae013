"""Set H, English replies h081–h100. A line of `new` that starts with § is a signature line (the mark is removed)."""

CASES = [
    dict(
        id="h081",
        lang="en",
        kind="expat-retiree",
        client="iphone",
        layout="none",
        sreg="FR",
        user="cw",
        sender=("Barbara Lowe", "barbara.lowe@orange.example"),
        new="""\
Perfect, thank you. I'll call you tomorrow morning.

Sent from my iPhone
""",
        quote=(
            "iphone_en",
            (2026, 6, 24, 18, 12),
            "Your question about the succession rules",
            "Dear Barbara,\n\nI have looked into the question of the UK will and the French forced-heirship "
            "rules. It is best discussed by phone; when would suit you?",
        ),
        f={},
    ),
    dict(
        id="h082",
        lang="en",
        kind="client-pro",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Kate Lovell", "kate@maisonsperigordvert.example"),
        new="""\
Hi Julien,

The buyers' notaire has confirmed completion for 28 May at Maître Ducasse's office in Libourne. I'll let your clients \
know about the keys.

Kind regards,

§Kate Lovell
§Agent commercial / Independent estate agent
§Maisons du Périgord Vert
§RSAC Périgueux 812 456 789
§+33 (0)6 71 52 18 40
§kate@maisonsperigordvert.example
§www.maisonsperigordvert.example
""",
        quote=(
            "gmail_uk",
            (2026, 5, 12, 9, 25),
            "Sale of the Lafargue house – completion date",
            "Hi Kate,\n\nDo we have a completion date for the sale of the Lafargue house? Our clients need to plan "
            "the reinvestment.",
        ),
        f=dict(
            name="Kate Lovell",
            title="Agent commercial / Independent estate agent",
            company="Maisons du Périgord Vert",
            email="kate@maisonsperigordvert.example",
            website="www.maisonsperigordvert.example",
        ),
        ph=[("+33 (0)6 71 52 18 40", "mobile")],
        allow=["RSAC Périgueux 812 456 789"],
    ),
    dict(
        id="h083",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="couple",
        sreg="FR",
        user="tl",
        sender=("Brendan Murphy", "brendan.murphy@eircom-mail.example"),
        new="""\
Dear Thomas,

Attached are the two forms signed by both of us. Sorry for the delay, we were back in Cork for a family wedding.

All the best,

§Brendan and Siobhán Murphy
§Ty Coz, 6 route de Pontivy
§56480 Cléguérec
§Ph. 0033 2 61 91 58 63
§Mob. 00353 85 731 0624
""",
        quote=(
            "outlook_uk",
            (2026, 9, 4, 15, 5),
            "Forms to sign",
            "Dear Brendan and Siobhán,\n\nPlease find attached the two beneficiary-clause forms, to be signed by "
            "both of you.",
        ),
        f=dict(name="Brendan Murphy", address="Ty Coz, 6 route de Pontivy, 56480 Cléguérec"),
        ph=[("0033 2 61 91 58 63", "landline"), ("00353 85 731 0624", "mobile", "IE")],
        name_tokens=True,
    ),
    dict(
        id="h084",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="JE",
        user="cw",
        sender=("Daniel Le Quesne", "daniel.lequesne@channelfiduciary.example"),
        new="""\
Dear Ms Whitfield,

We acknowledge receipt of the signed letter of authority from Mr and Mrs Pickering. Statements for the Jersey \
account will be sent to you quarterly from Q3.

Kind regards

§Daniel Le Quesne
§Associate Director, Client Service
§Channel Fiduciary Bank (Jersey) Limited
§PO Box 287, 28 Esplanade, St Helier, Jersey JE4 8QW
§Direct Line: +44 (0)1534 771 204
§Fax: +44 (0)1534 771 299
Channel Fiduciary Bank (Jersey) Limited is regulated by the Jersey Financial Services Commission for the conduct of \
deposit-taking and investment business.
""",
        quote=(
            "outlook_uk",
            (2026, 6, 29, 8, 55),
            "Mr and Mrs Pickering – letter of authority",
            "Dear Sir or Madam,\n\nPlease find attached a letter of authority signed by Mr and Mrs Pickering, "
            "allowing us to receive copies of their Jersey statements.",
        ),
        f=dict(
            name="Daniel Le Quesne",
            title="Associate Director, Client Service",
            company="Channel Fiduciary Bank (Jersey) Limited",
            address="PO Box 287, 28 Esplanade, St Helier, Jersey JE4 8QW",
        ),
        ph=[("+44 (0)1534 771 204", "landline"), ("+44 (0)1534 771 299", "fax")],
    ),
    dict(
        id="h085",
        lang="en",
        kind="expat-retiree",
        client="gmail",
        layout="first-name",
        sreg="FR",
        user="cw",
        sender=("John Pemberton", "john.pemberton@orange.example"),
        new="""\
Hi Claire,

Sorry – I forgot the attachment. Here it is.

§John

§John Pemberton
§La Grange Neuve
§Route de Monflanquin
§47150 Monflanquin
§Home 05 36 49 11 08
§Mobile +44 7456 339 812
""",
        quote=(
            "gmail_uk",
            (2026, 2, 5, 11, 48),
            "Your UK pension statement",
            "Dear John,\n\nCould you send me your latest UK pension statement? I need it to prepare your French "
            "tax return.",
        ),
        f=dict(
            name="John Pemberton",
            address="La Grange Neuve, Route de Monflanquin, 47150 Monflanquin",
        ),
        ph=[("05 36 49 11 08", "landline"), ("+44 7456 339 812", "mobile", "GB")],
    ),
    dict(
        id="h086",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Kees Jansen", "kees.jansen@planet-mail.example"),
        new="""\
Dear Hélène,

We are back in the Netherlands until mid-September. You can reach us on our Dutch number in the meantime.

Kind regards,

§Kees Jansen
§La Petite Mollière
§85350 L'Île-d'Yeu
§FR: +33 7 81 26 43 55
§NL: +31 30 271 4408
""",
        quote=(
            "outlook_us",
            (2026, 7, 15, 10, 30),
            "Meeting in September",
            "Dear Mr and Mrs Jansen,\n\nCould we meet in September to review your contracts?",
        ),
        f=dict(name="Kees Jansen", address="La Petite Mollière, 85350 L'Île-d'Yeu"),
        ph=[("+33 7 81 26 43 55", "mobile"), ("+31 30 271 4408", "landline", "NL")],
    ),
    dict(
        id="h087",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="assistant",
        sreg="GB",
        user="jm",
        sender=("Emma Doyle", "emma.doyle@harcourtvane.example"),
        new="""\
Dear Julien,

Mr Harcourt has asked me to let you know that he is in court until Thursday; he will reply to your note on the trust \
questions then.

Kind regards

§Emma Doyle
§PA to Richard Harcourt, Partner
§Harcourt Vane Solicitors
§14 Chancery Row, London WC2A 1AB
§T: 020 7946 0321 | DD: 020 7946 0325
""",
        quote=(
            "outlook_uk",
            (2026, 3, 10, 16, 2),
            "Ellis family trust – French tax questions",
            "Dear Mr Harcourt,\n\nPlease find attached our note on the French tax treatment of the Ellis family "
            "trust. We would welcome your comments.",
        ),
        f=dict(
            name="Emma Doyle",
            title="PA",
            company="Harcourt Vane Solicitors",
            address="14 Chancery Row, London WC2A 1AB",
        ),
        ph=[("020 7946 0321", "landline"), ("020 7946 0325", "landline")],
    ),
    dict(
        id="h088",
        lang="en",
        kind="client-pro",
        client="outlook",
        layout="block",
        sreg="GB",
        user="cw",
        sender=("Oliver Whitaker", "oliver.whitaker@kingsgate-advisory.example"),
        new="""\
Hi Claire,

I'm writing on behalf of my mother, Mrs Jean Whitaker, who has asked me to help with the paperwork. Could you send \
me a copy of the last annual statement?

Many thanks,

§Oliver Whitaker
§Senior Manager | Transaction Services
§Kingsgate Advisory LLP
§1 Riverside Walk, London SE1 9GH
§M: +44 7912 553 107
§oliver.whitaker@kingsgate-advisory.example
This email is confidential and may be legally privileged. If you have received it in error, please notify the \
sender immediately and delete it.
Kingsgate Advisory LLP is a limited liability partnership registered in England and Wales with number OC398765.
""",
        quote=(
            "outlook_uk",
            (2026, 1, 8, 14, 25),
            "Mrs Jean Whitaker – annual review",
            "Dear Mrs Whitaker,\n\nIt is time for your annual review. Would you like your son to join us?",
        ),
        f=dict(
            name="Oliver Whitaker",
            title="Senior Manager | Transaction Services",
            company="Kingsgate Advisory LLP",
            email="oliver.whitaker@kingsgate-advisory.example",
            address="1 Riverside Walk, London SE1 9GH",
        ),
        ph=[("+44 7912 553 107", "mobile")],
    ),
    dict(
        id="h089",
        lang="en",
        kind="expat-retiree",
        client="applemail",
        layout="block",
        sreg="FR",
        user="cw",
        sender=("Anneke Visser-Bakker", "anneke.visser@xs4all-mail.example"),
        new="""\
Dear Claire,

The form is signed and in the post. Please confirm when you receive it.

Met vriendelijke groet / Kind regards,

§Anneke Visser-Bakker
§Domaine de Bellevue, 2 chemin des Vignes
§24240 Monbazillac
§+31 6 2347 8119
""",
        quote=(
            "applemail_en",
            (2026, 10, 19, 9, 10),
            "Change of beneficiary",
            "Dear Anneke,\n\nHere is the change-of-beneficiary form for your contract. Please sign it and post it "
            "back to us.",
        ),
        f=dict(name="Anneke Visser-Bakker", address="Domaine de Bellevue, 2 chemin des Vignes, 24240 Monbazillac"),
        ph=[("+31 6 2347 8119", "mobile", "NL")],
    ),
    dict(
        id="h090",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="oneline",
        sreg="GB",
        user="cw",
        sender=("Fiona MacLeod", "fiona.macleod@macleodbaird.example"),
        new="""\
Dear Claire,

Thank you for the summary. I agree the Scottish property should stay outside the French holding. Happy to join a \
call on Tuesday.

Regards

§Fiona MacLeod CA | Partner | MacLeod Baird LLP
§12 Melville Street, Edinburgh EH3 7NS
§0131 496 0184
MacLeod Baird LLP, Chartered Accountants, registered in Scotland SO304512.
""",
        quote=(
            "outlook_uk",
            (2026, 8, 6, 12, 0),
            "Holding structure – summary",
            "Dear Fiona,\n\nPlease find attached a summary of the proposed French holding structure for "
            "Mr and Mrs Kavanagh.",
        ),
        f=dict(
            name="Fiona MacLeod",
            title="Partner",
            company="MacLeod Baird LLP",
            address="12 Melville Street, Edinburgh EH3 7NS",
        ),
        ph=[("0131 496 0184", "landline")],
    ),
    dict(
        id="h091",
        lang="en",
        kind="expat-retiree",
        client="webmail",
        layout="caps",
        sreg="FR",
        user="sd",
        sender=("David HUGHES", "david.hughes@orange.example"),
        new="""\
Hello,

Could you please update my address? We have moved from Duras to Eymet. New address below.

Thanks,

§David HUGHES
§14 place Gambetta
§24500 Eymet
§Mob: 07-55-12-39-84
""",
        quote=(
            "orange_fr",
            (2026, 11, 4, 10, 40),
            "Annual statement",
            "Dear Mr Hughes,\n\nPlease find attached your annual statement.",
        ),
        f=dict(name="David HUGHES", address="14 place Gambetta, 24500 Eymet"),
        ph=[("07-55-12-39-84", "mobile")],
    ),
    dict(
        id="h092",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="BE",
        user="jm",
        sender=("Jan Peeters", "jan.peeters@meridian-pb.example"),
        new="""\
Dear Julien,

Thanks for the call. Our client's Belgian estate plan relies on a gift made before the move to France; we should \
check that it is not caught by French gift tax. Could you send the dates?

Best regards,

§Jan Peeters
§Senior Estate Planner
§Meridian Private Banking Belgium
§Boulevard du Souverain 100, 1170 Brussels
§T +32 2 555 14 60
§GSM +32 495 27 44 81
""",
        quote=(
            "outlook_us",
            (2026, 4, 24, 15, 15),
            "Mr Lambotte – gift before the move",
            "Dear Jan,\n\nFollowing our call, I will check the French side of the gift made by Mr Lambotte before "
            "he moved to Bordeaux.",
        ),
        f=dict(
            name="Jan Peeters",
            title="Senior Estate Planner",
            company="Meridian Private Banking Belgium",
            address="Boulevard du Souverain 100, 1170 Brussels",
        ),
        ph=[("+32 2 555 14 60", "landline"), ("+32 495 27 44 81", "mobile")],
    ),
    dict(
        id="h093",
        lang="en",
        kind="craft-shop",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Mark Stevens", "mark@levieuxlogis.example"),
        new="""\
Hi Julien,

Could we move our meeting to the 15th? We have a full house that week until Thursday.

Best,

§Mark Stevens
§Le Vieux Logis – Chambres d'hôtes & Gîtes
§Lieu-dit Le Bourdeix, 24320 Verteillac
§Tel: +33 5 36 49 59 10
§www.levieuxlogis.example
SIRET 845 123 987 00019
Check-in 4–7 pm · Check-out by 11 am
""",
        quote=(
            "gmail_uk",
            (2026, 6, 1, 19, 30),
            "Meeting about the gîte business",
            "Dear Mark,\n\nWould Tuesday 9 June suit you to talk about the gîte business and your pension?",
        ),
        f=dict(
            name="Mark Stevens",
            company="Le Vieux Logis",
            website="www.levieuxlogis.example",
            address="Lieu-dit Le Bourdeix, 24320 Verteillac",
        ),
        ph=[("+33 5 36 49 59 10", "landline")],
    ),
    dict(
        id="h094",
        lang="en",
        kind="client-pro",
        client="outlook",
        layout="block",
        sreg="FR",
        user="cw",
        sender=("Helen Carver", "h.carver@lycee-international-graves.example"),
        new="""\
Dear Claire,

Apologies for the slow reply – end of term. I'd like to open the PER before December for the tax deduction. Is a \
video call possible on Wednesday after 5?

Warm regards,

§Helen Carver
§Head of English Section / Responsable de la section anglophone
§Lycée International des Graves
§Avenue de l'Europe, CS 60012
§33174 Gradignan Cedex
§Tel. +33 5 36 49 35 02 (school office)
""",
        quote=(
            "outlook_uk",
            (2026, 7, 2, 8, 5),
            "Opening a PER",
            "Dear Helen,\n\nFurther to your question, a PER can be opened at any time; contributions made before "
            "31 December are deductible from this year's income.",
        ),
        f=dict(
            name="Helen Carver",
            title="Head of English Section / Responsable de la section anglophone",
            company="Lycée International des Graves",
            address="Avenue de l'Europe, CS 60012, 33174 Gradignan Cedex",
        ),
        ph=[("+33 5 36 49 35 02", "landline")],
    ),
    dict(
        id="h095",
        lang="en",
        kind="expat-retiree",
        client="thunderbird",
        layout="dash-dash",
        sreg="GB",
        user="tl",
        sender=("Geoffrey Hurst", "geoff.hurst@plusnet-mail.example"),
        new="""\
Dear Mr Le Bihan,

We have now accepted an offer on our house, so the move to Pornic should happen in the spring. We'd like to meet to \
discuss what to do with our ISAs.

Yours sincerely,
--\x20
§Geoffrey Hurst
§Old Rectory Cottage
§Church Lane, Little Haddon
§Bristol BS40 8QE
§0117 496 0862
""",
        quote=(
            "thunderbird_en",
            (2026, 11, 10, 17, 0),
            "Moving to France",
            "Dear Mr Hurst,\n\nThank you for your enquiry. We would be happy to help you prepare your move to Pornic.",
        ),
        f=dict(name="Geoffrey Hurst", address="Old Rectory Cottage, Church Lane, Little Haddon, Bristol BS40 8QE"),
        ph=[("0117 496 0862", "landline")],
    ),
    dict(
        id="h096",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="block",
        sreg="IE",
        user="cw",
        sender=("Ciarán Ó Briain", "cobriain@obriainwalsh.example"),
        new="""\
Dear Ms Whitfield,

Re: Enduring Power of Attorney – Mrs Nora Fitzpatrick

We enclose a certified copy of the registered EPA. Our client's daughter, Ms Aoife Fitzpatrick, is now the attorney \
and may give instructions on the French contract.

Yours sincerely,

§Ciarán Ó Briain
§Solicitor & Notary Public
§Ó Briain & Walsh Solicitors
§14 South Mall, Cork, T12 X2R7
§Tel: 021 427 3816
§Fax: 021 427 3817
""",
        quote=(
            "outlook_uk",
            (2026, 3, 19, 11, 36),
            "Mrs Nora Fitzpatrick",
            "Dear Mr Ó Briain,\n\nWe understand that an Enduring Power of Attorney has been registered for "
            "Mrs Nora Fitzpatrick. Could you send us a certified copy?",
        ),
        f=dict(
            name="Ciarán Ó Briain",
            title="Solicitor & Notary Public",
            company="Ó Briain & Walsh Solicitors",
            address="14 South Mall, Cork, T12 X2R7",
        ),
        ph=[("021 427 3816", "landline"), ("021 427 3817", "fax")],
        ambiguous={"021 427 3816": "IE", "021 427 3817": "IE"},
    ),
    dict(
        id="h097",
        lang="en",
        kind="expat-retiree",
        client="android",
        layout="none",
        sreg="FR",
        user="jm",
        sender=("Ian Buchanan", "ian.buchanan@orange.example"),
        new="""\
Thank you Julien. Could you ring me on Friday instead? Monday I'm at the hospital.

Sent from my Galaxy
""",
        quote=(
            "android_en",
            (2026, 9, 17, 13, 20),
            "Call on Monday",
            "Dear Ian,\n\nI will call you on Monday morning about the renewal of your contract.",
        ),
        f={},
    ),
    dict(
        id="h098",
        lang="en",
        kind="expat-retiree",
        client="outlook",
        layout="block",
        sreg="FR",
        user="cw",
        sender=("Ian Buchanan", "ian.buchanan@orange.example"),
        new="""\
Dear Claire,

Please note our new postal address from 1 October: we have rented a post-office box in Saint-Astier because the post \
is unreliable at the house.

Many thanks,

§Ian Buchanan
§BP 40023
§24110 Saint-Astier Cedex
§France: 0033 5 36 49 68 04
§UK: +44 (0)121 496 0877
""",
        quote=(
            "outlook_uk",
            (2026, 9, 24, 10, 10),
            "Your contact details",
            "Dear Ian,\n\nJulien tells me you have a new postal address. Could you send it to me so that I can "
            "update your file?",
        ),
        f=dict(name="Ian Buchanan", address="BP 40023, 24110 Saint-Astier Cedex"),
        ph=[("0033 5 36 49 68 04", "landline"), ("+44 (0)121 496 0877", "landline", "GB")],
    ),
    dict(
        id="h099",
        lang="en",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="NL",
        user="ma",
        sender=("Sanne de Wit", "sanne.dewit@amstelspaarbank.example"),
        new="""\
Dear Mr Aubertin,

We have received the request of Mr and Mrs van der Meulen to close their Dutch savings account and transfer the \
balance to France. The transfer will be executed on 14 August.

Kind regards,

§Sanne de Wit
§Customer Service Officer
§Non-Resident Clients Desk
§Amstel Spaarbank N.V.
§Postbus 94120, 1090 GC Amsterdam
§T 020 555 7312
""",
        quote=(
            "outlook_uk",
            (2026, 8, 3, 9, 0),
            "Mr and Mrs van der Meulen – closing of account",
            "Dear Sir or Madam,\n\nOn behalf of Mr and Mrs van der Meulen, please find attached their request to "
            "close their savings account.",
        ),
        f=dict(
            name="Sanne de Wit",
            title="Customer Service Officer",
            company="Amstel Spaarbank N.V.",
            address="Postbus 94120, 1090 GC Amsterdam",
        ),
        ph=[("020 555 7312", "landline")],
        ambiguous={"020 555 7312": "NL"},
    ),
    dict(
        id="h100",
        lang="en",
        kind="uk-ie-pro",
        client="outlook",
        layout="two-people",
        sreg="GB",
        user="jm",
        sender=("Alistair Grant", "alistair.grant@carrowreeve.example"),
        new="""\
Dear Julien,

Please find attached our joint memo on the UK inheritance tax position of the Ellis estate. Happy to discuss.

Kind regards,

§Charlotte Reeve, Partner
§Alistair Grant, Senior Associate
§Private Wealth & Succession Team
§Carrow Reeve Solicitors
§2 Brunswick Place, Bristol BS1 4QY
§T: 0117 496 0791
§charlotte.reeve@carrowreeve.example | alistair.grant@carrowreeve.example
""",
        quote=(
            "outlook_uk",
            (2026, 4, 8, 14, 50),
            "Ellis estate – UK inheritance tax",
            "Dear Ms Reeve, dear Mr Grant,\n\nCould you let us have your view on the UK inheritance tax position "
            "of the Ellis estate, given the French contracts?",
        ),
        f=dict(
            name="Alistair Grant",
            title="Senior Associate",
            company="Carrow Reeve Solicitors",
            email="alistair.grant@carrowreeve.example",
            address="2 Brunswick Place, Bristol BS1 4QY",
        ),
        ph=[("0117 496 0791", "landline")],
    ),
]
