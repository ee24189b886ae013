"""blind24's firm: Larkspur Hale Wealth Partners (invented), its staff, signatures, the messages it sent, and the Sent
Items copy of a message (text/plain, the Message-ID the reply's In-Reply-To names).
"""

from clients24 import FAMS, Msg, quote_items
from mail24 import Ln, Person, assemble, at, exo_mid, hdate, hdr_addr, hdr_addrs, items, later, render, tindex, utc
from mime12 import rng

DOMAIN = "larkspurhale.example"
WEB = "https://www.larkspurhale.example/"
PORTAL = "https://portal.larkspurhale.example/activate"
REGION = "namprd19"

US_DISC = (
    "Larkspur Hale Wealth Partners LLC is an investment adviser registered with the U.S. Securities and Exchange "
    "Commission. Registration does not imply a certain level of skill or training. Please do not send trade or wire "
    "instructions by email; we will not act on them without verbal confirmation. This message is confidential and "
    "intended only for the named recipient."
)
CA_DISC = (
    "Larkspur Hale Wealth Partners Canada ULC is registered as a portfolio manager in Ontario and Québec. This message "
    "is confidential and intended only for the named recipient. / Ce message est confidentiel et destiné uniquement à "
    "son destinataire."
)


class Staff:
    def __init__(self, name, local, zone, ui, sig, disc, office):
        self.p = Person(name, f"{local}@{DOMAIN}", zone)
        self.zone = zone
        self.ui = ui
        self.sig = sig
        self.disc = disc
        self.office = office

    @property
    def first(self):
        return self.p.name.split()[0]


NY_ADDR = "575 Madison Avenue, 22nd Floor, New York, NY 10022"
STEIN = Staff(
    "Rebecca Stein",
    "rstein",
    "ET",
    "en-US",
    [
        ("Rebecca Stein, CFA", "b"),
        "Senior Wealth Advisor",
        "Larkspur Hale Wealth Partners",
        NY_ADDR,
        "Direct: 212-555-0134 | Mobile: 917-555-0187",
        f"[[www.larkspurhale.example|{WEB}]]",
    ],
    US_DISC,
    "ny",
)
OKAFOR = Staff(
    "Daniel Okafor",
    "dokafor",
    "ET",
    "en-US",
    [
        ("Daniel Okafor, CFP®", "b"),
        "Managing Partner",
        "Larkspur Hale Wealth Partners",
        NY_ADDR,
        "Direct: 212-555-0131",
        f"[[www.larkspurhale.example|{WEB}]]",
    ],
    US_DISC,
    "ny",
)
SULLIVAN = Staff(
    "Meg Sullivan",
    "msullivan",
    "ET",
    "en-US",
    [
        ("Meg Sullivan", "b"),
        "Client Service Associate",
        "Larkspur Hale Wealth Partners",
        NY_ADDR,
        "Tel: 212-555-0138 | Fax: 212-555-0199",
    ],
    US_DISC,
    "ny",
)
RAMAN = Staff(
    "Priya Raman",
    "praman",
    "ET",
    "en-CA",
    [
        ("Priya Raman, CFP, CIM", "b"),
        "Senior Wealth Advisor",
        "Larkspur Hale Wealth Partners Canada ULC",
        "200 King Street West, Suite 1810, Toronto, ON  M5H 3T4",
        "T 416-555-0152",
    ],
    CA_DISC,
    "to",
)
THIBODEAU = Staff(
    "Geneviève Thibodeau",
    "gthibodeau",
    "ET",
    "fr-CA",
    [
        ("Geneviève Thibodeau, Pl. Fin.", "b"),
        "Conseillère principale en gestion de patrimoine | Senior Wealth Advisor",
        "Larkspur Hale Gestion de patrimoine Canada",
        "1000, rue De La Gauchetière Ouest, bureau 2400, Montréal (Québec)  H3B 4W5",
        "514-555-0163",
    ],
    CA_DISC,
    "mtl",
)
VILLALOBOS = Staff(
    "Andrés Villalobos",
    "avillalobos",
    "ET",
    "es-US",
    [
        ("Andrés Villalobos, CFP®", "b"),
        "Director, Latin America Private Clients | Director, Clientes Privados de América Latina",
        "Larkspur Hale Wealth Partners",
        "1450 Brickell Avenue, Suite 2300, Miami, FL 33131",
        "+1 305-555-0171 | WhatsApp +1 305-555-0172",
    ],
    US_DISC,
    "mia",
)
FERRAZ = Staff(
    "Camila Ferraz",
    "cferraz",
    "ET",
    "pt-BR",
    [
        ("Camila Ferraz", "b"),
        "Wealth Advisor, Brazil Desk | Consultora de Patrimônio",
        "Larkspur Hale Wealth Partners",
        "1450 Brickell Avenue, Suite 2300, Miami, FL 33131",
        "+1 305-555-0175",
    ],
    US_DISC,
    "mia",
)
OPS = Person("Larkspur Hale Operations", f"operations@{DOMAIN}", "ET")
INSIGHTS = Person("Larkspur Hale Insights", f"insights@{DOMAIN}", "ET")

# the firm's transport rule stamps external mail to the Miami office (a fact of this set)
MIAMI_BANNER = [
    "CAUTION: This email originated from outside of Larkspur Hale. Do not click links or open attachments unless you",
    "recognize the sender and know the content is safe.",
]


def sig_items(staff, disclaimer=True):
    out = []
    for x in staff.sig:
        if isinstance(x, tuple):
            out.append(Ln(x[0], "N", 0, x[1]))
        else:
            out.append(Ln(x, "N"))
    if disclaimer:
        out += [Ln("", "N"), Ln(staff.disc, "N", 0, "footer")]
    return out


def firm_msg(key, staff, to, subject, when_, text, *, cc=(), quote=None, frm=None, sig=True, disclaimer=True):
    """A message the firm sent from Outlook for Windows (Exchange Online): its text, the sender's signature and the
    firm's notice, then (for a reply) Outlook's header block and the message it answers."""
    r = rng("firm24", key)
    dt = later(at(staff.zone, when_), seconds=r.randrange(2, 59))
    mid = exo_mid(r, REGION)[0]
    its = items(text, "N")
    if sig:
        its += [Ln("", "N"), *sig_items(staff, disclaimer)]
    if quote is not None:
        its += quote_items(quote, "outlook", staff.ui, staff.zone)
    refs = quote.chain() if quote is not None else []
    m = Msg(frm or staff.p, to, cc, subject, dt, mid, refs, its, "outlook")
    m.staff = staff
    m.key = key
    m.irt = quote.mid if quote is not None else None
    return m


def sent_copy(msg):
    """The firm's Sent Items copy: text/plain as Outlook keeps it, the same Message-ID."""
    r = rng("sent24", msg.key)
    rows = render(msg.its, FAMS["outlook"])
    text = "\n".join(x[0] for x in rows) + "\n"
    H = [("From", hdr_addr(msg.frm)), ("To", hdr_addrs(msg.to))]
    if msg.cc:
        H.append(("CC", hdr_addrs(msg.cc)))
    subj = msg.subject
    from clients24 import encode_subject

    topic = subj[4:] if subj.startswith(("RE: ", "FW: ")) else subj
    H += [
        ("Subject", encode_subject(subj)),
        ("Thread-Topic", encode_subject(topic)),
        ("Thread-Index", tindex(r, len(msg.refs))),
        ("Date", hdate(utc(msg.dt))),
        ("Message-ID", msg.mid),
    ]
    if msg.refs:
        H.append(("References", "\r\n ".join(msg.refs)))
    if getattr(msg, "irt", None):
        H.append(("In-Reply-To", msg.irt))
    ui = msg.staff.ui
    H += [("Accept-Language", f"{ui}, en-US" if ui != "en-US" else "en-US"), ("Content-Language", ui)]
    H += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("MIME-Version", "1.0")]
    return assemble(H, text, None, "exo")


# --------------------------------------------------------------------------
# the firm's messages
# --------------------------------------------------------------------------
def tax_q(key, to, first, when_, cc=()):
    text = f"""
        Hi {first},

        As we head into tax season, four quick questions so we can get your CPA what they need:

        1. Have you received all of your 2026 1099s, including the one from the old Crestline account?
        2. Are you expecting any K-1s from private funds this year? If so, roughly when?
        3. Would you like us to send the 2026 realized gain/loss report directly to your CPA? If yes, please confirm their name and email.
        4. Do you want to change the amount of your quarterly estimated tax payments for 2027?

        The composite 1099s from Meridian will be posted to the portal by February 16; corrected forms can follow into March.

        Thanks,
        Daniel
    """
    return firm_msg(key, OKAFOR, to, "2026 tax documents - four quick questions", when_, text, cc=cc)


def review(key, to, first, when_, cc=()):
    text = f"""
        Hi {first},

        It's time for your annual review. Could you let me know which of these works best? All times Eastern.

        - Tuesday, March 2 at 10:00 AM
        - Thursday, March 4 at 2:00 PM
        - Tuesday, March 9 at 11:30 AM

        We can meet at our Madison Avenue office or by Teams, whichever is easier. If none of these work, just send me a couple of times that do.

        Best,
        Rebecca
    """
    return firm_msg(key, STEIN, to, "Annual review - three times that work for us", when_, text, cc=cc)


def rmd(key, to, first, amount, when_):
    text = f"""
        Dear {first},

        Your 2027 required minimum distribution from the IRA at Meridian is {amount}. A few decisions before we set it up:

        1. Would you like it paid monthly, quarterly, or as a single distribution in December?
        2. How much federal withholding should we apply (currently 10%)? Any state withholding?
        3. Do you want to direct part of it as qualified charitable distributions (QCDs)? If so, to which charities and how much?

        We need your answers by March 12 to start monthly payments in April.

        Kind regards,
        Daniel
    """
    return firm_msg(key, OKAFOR, to, "Your 2027 required minimum distribution (and QCDs)", when_, text)


LETTER_EN = """
    THE LARKSPUR HALE LETTER | WINTER 2027

    Dear friends,

    Rates, runways and the long game. After two years in which cash paid investors to wait, short-term yields have started to fall, and the question we hear most is what to do with the money that has been sitting in money-market funds.

    Our answer has not changed: match each dollar to the year you expect to spend it. Money for the next two years belongs in cash and short Treasuries; money for the next ten belongs in a diversified portfolio you can hold through a bad year.

    In this issue:
    - Why we are extending bond maturities, slowly
    - What this year's estate and gift tax exemption means for gifting in 2027
    - Inherited IRAs: the ten-year rule, now with annual distributions

    Read the full letter on our website: [[Winter 2027 letter|https://www.larkspurhale.example/insights/winter-2027]]

    With warm regards,
    Daniel Okafor, CFP®
    Managing Partner

    --
    You are receiving this letter because you are a client or friend of Larkspur Hale Wealth Partners. To stop receiving it, reply "unsubscribe" or [[update your preferences|https://www.larkspurhale.example/preferences]].
    Larkspur Hale Wealth Partners LLC | 575 Madison Avenue, 22nd Floor | New York, NY 10022
"""

LETTER_CA = """
    THE LARKSPUR HALE LETTER | WINTER 2027 (CANADIAN EDITION)

    Dear clients and friends,

    This edition looks at what falling rates mean for GIC ladders coming due this spring, the new capital gains inclusion rules one year on, and how to think about the RRSP-versus-TFSA question when your income changes.

    Read the full letter on our website: [[Winter 2027 letter|https://www.larkspurhale.example/ca/insights/winter-2027]]

    Warm regards,
    Priya Raman, CFP, CIM
    Senior Wealth Advisor

    --
    You are receiving this message because you are a client of Larkspur Hale Wealth Partners Canada ULC. You may withdraw your consent to receive these messages at any time by replying "unsubscribe".
    Larkspur Hale Wealth Partners Canada ULC | 200 King Street West, Suite 1810 | Toronto, ON  M5H 3T4
"""

LETTER_FR = """
    LA LETTRE LARKSPUR HALE | HIVER 2027

    Chers clients, chers amis,

    Les taux baissent, les CPG arrivent à échéance et la question que l'on nous pose le plus souvent est simple : que faire des liquidités? Notre réponse tient en une phrase : chaque dollar doit être associé à l'année où vous comptez le dépenser.

    Au sommaire :
    - Pourquoi nous allongeons prudemment l'échéance des obligations
    - CELI, REER, CELIAPP : quel compte alimenter en premier en 2027
    - Successions : les erreurs les plus fréquentes avec les comptes conjoints

    Lire la lettre complète : [[Lettre d'hiver 2027|https://www.larkspurhale.example/fr/perspectives/hiver-2027]]

    Bien cordialement,
    Geneviève Thibodeau, Pl. Fin.

    --
    Vous recevez cette lettre parce que vous êtes client de Larkspur Hale Gestion de patrimoine Canada. Pour ne plus la recevoir, répondez « désabonnement » ou [[gérez vos préférences|https://www.larkspurhale.example/fr/preferences]].
"""

LETTER_ES = """
    CARTA LARKSPUR HALE | MARZO DE 2027

    Estimados clientes y amigos:

    En esta edición comentamos la baja de tasas en Estados Unidos y lo que significa para los depósitos en dólares, la renovación del formulario W-8BEN para quienes lo firmaron en 2023, y por qué seguimos recomendando diversificar fuera del mercado local.

    Lea la carta completa: [[Carta de marzo de 2027|https://www.larkspurhale.example/es/carta/marzo-2027]]

    Un cordial saludo,
    Andrés Villalobos, CFP®

    --
    Recibe esta carta por ser cliente o amigo de Larkspur Hale Wealth Partners. Si no desea recibirla, responda BAJA o [[actualice sus preferencias|https://www.larkspurhale.example/es/preferencias]].
"""

LETTER_PT = """
    CARTA LARKSPUR HALE | FEVEREIRO DE 2027

    Prezados clientes e amigos,

    Nesta edição: o que a queda dos juros nos Estados Unidos significa para quem mantém reservas em dólar, a renovação do W-8BEN para quem assinou em 2023 e as novas regras de tributação de investimentos no exterior para pessoas físicas no Brasil.

    Leia a carta completa: [[Carta de fevereiro de 2027|https://www.larkspurhale.example/pt/carta/fevereiro-2027]]

    Um abraço,
    Camila Ferraz

    --
    Você recebe esta carta por ser cliente ou amigo da Larkspur Hale Wealth Partners. Para não receber mais, responda DESCADASTRAR ou [[atualize suas preferências|https://www.larkspurhale.example/pt/preferencias]].
"""


def letter(key, lang, to, when_):
    if lang == "en":
        staff, subj, text = OKAFOR, "The Larkspur Hale Letter | Winter 2027", LETTER_EN
        frm = INSIGHTS
    elif lang == "en-CA":
        staff, subj, text = RAMAN, "The Larkspur Hale Letter | Winter 2027 (Canadian edition)", LETTER_CA
        frm = INSIGHTS
    elif lang == "fr":
        staff, subj, text = THIBODEAU, "La Lettre Larkspur Hale | Hiver 2027", LETTER_FR
        frm = None
    elif lang == "es":
        staff, subj, text = VILLALOBOS, "Carta Larkspur Hale | Marzo de 2027", LETTER_ES
        frm = None
    elif lang == "pt":
        staff, subj, text = FERRAZ, "Carta Larkspur Hale | Fevereiro de 2027", LETTER_PT
        frm = None
    else:
        raise ValueError(lang)
    return firm_msg(key, staff, to, subj, when_, text, frm=frm, sig=False)


def rrsp(key, to, first, room, when_):
    text = f"""
        Hi {first},

        A reminder that the deadline for 2026 RRSP contributions is Monday, March 1. According to your 2025 Notice of Assessment, your available deduction room is {room}.

        Three questions:
        1. Would you like to make a contribution before the deadline? If so, how much?
        2. Should we fund it from your non-registered account, or will you send a transfer from your bank?
        3. Do you want any of it to go to the spousal RRSP instead?

        Your TFSA limit for 2027 is $7,000 if you haven't contributed yet this year.

        Best regards,
        Priya
    """
    return firm_msg(key, RAMAN, to, "RRSP deadline is Monday, March 1 - three quick questions", when_, text)


def releves(key, to, first, when_):
    text = f"""
        Bonjour {first},

        La saison des impôts approche. Vos relevés fiscaux 2026 (T5, T3, relevés 3 et 16) seront déposés dans votre espace client d'ici la fin février.

        J'aurais trois questions :
        1. Souhaitez-vous cotiser à votre REER avant le 1er mars? Si oui, quel montant?
        2. Voulez-vous que nous transmettions les relevés directement à votre comptable? Si oui, pourriez-vous me confirmer son adresse courriel?
        3. Y a-t-il eu des changements dans votre situation (emploi, adresse, personnes à charge) depuis notre dernière rencontre?

        Merci et bonne semaine,
        Geneviève
    """
    return firm_msg(key, THIBODEAU, to, "Vos relevés fiscaux 2026 et votre REER - trois questions", when_, text)


def w8_es(key, to, first, country, tin, when_, saludo="Estimado"):
    text = f"""
        {saludo} {first}:

        Le escribo porque su formulario W-8BEN, firmado en 2023, venció el 31 de diciembre de 2026. Necesitamos renovarlo para que Meridian no aplique la retención de respaldo sobre sus dividendos e intereses.

        Le agradecería que me confirmara tres datos:
        1. ¿Sigue siendo correcto su domicilio fiscal en {country}?
        2. ¿Cuál es su número de identificación tributaria ({tin}) actual?
        3. ¿Prefiere firmar el formulario de manera electrónica (DocuSign) o en papel?

        Quedo atento a sus comentarios.

        Saludos cordiales,
        Andrés
    """
    return firm_msg(key, VILLALOBOS, to, "Renovación de su formulario W-8BEN", when_, text)


def w8_pt(key, to, first, when_, subject="Renovação do W-8BEN e atualização cadastral"):
    text = f"""
        Olá, {first},

        Tudo bem? Seu formulário W-8BEN, assinado em 2023, venceu em 31 de dezembro de 2026. Precisamos renová-lo para que a custódia não aplique retenção adicional sobre seus dividendos.

        Poderia me confirmar:
        1. Seu endereço residencial no Brasil continua o mesmo?
        2. Seu CPF e o número do passaporte (caso tenha mudado)?
        3. Prefere assinar por DocuSign ou pelo formulário em papel?

        Qualquer dúvida, estou à disposição.

        Abraços,
        Camila
    """
    return firm_msg(key, FERRAZ, to, subject, when_, text)


def portal(key, to, first, when_, staff=None):
    staff = staff or SULLIVAN
    text = f"""
        Dear {first},

        We are moving to a new client portal. Your statements, tax forms and documents from the last seven years are already there.

        Please activate your account by Friday, March 19: [[activate your account|{PORTAL}]]. You will need the last four digits of your Social Security or Social Insurance Number and a mobile phone for the verification code.

        The old portal will close on March 31.

        Thank you,
        The Larkspur Hale client service team
    """
    return firm_msg(
        key, staff, to, "Action needed: activate your new client portal by March 19", when_, text, sig=False
    )


def cpa(key, to, first, client, when_, cc=()):
    text = f"""
        Hi {first},

        {client} asked us to coordinate with you on the 2026 return. Attached are the realized gain/loss report and the year-end statements for the three Meridian accounts. The composite 1099s were posted on February 16; we expect a corrected 1099 for the joint account in mid-March because of a late reclassification of REIT dividends.

        Let us know if you need anything else, or if you'd prefer read-only access to the client portal: [[client portal|https://portal.larkspurhale.example/]]

        Best,
        Meg
    """
    return firm_msg(key, SULLIVAN, to, f"{client} - 2026 realized gains and 1099 timing", when_, text, cc=cc)


def europe(key, to, first, city, when_):
    text = f"""
        Dear {first},

        I hope all is well in {city}. As we do every year for clients living abroad, three quick questions:

        1. Has your tax residency changed since last year?
        2. Should we update your mailing address or phone number?
        3. Would a call in the second half of March suit you to go over the portfolio?

        Best regards,
        Rebecca
    """
    return firm_msg(key, STEIN, to, "Checking in - your accounts while you are abroad", when_, text)


def prospect(key, staff, to, first, when_, event):
    text = f"""
        Hi {first},

        It was great to meet you at {event}. As promised, here is the short note on equity compensation we discussed: [[Equity compensation checklist|https://www.larkspurhale.example/insights/equity-comp-checklist]]

        If it would be useful, I'd be glad to set up a 30-minute call to look at your RSUs and the tax picture for this year. Just let me know a couple of times that work.

        Best,
        {staff.first}
    """
    return firm_msg(key, staff, to, "Great meeting you - equity compensation checklist", when_, text)
