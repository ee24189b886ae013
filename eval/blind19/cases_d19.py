"""blind19: group C's last case (the client adds a line to his own earlier e-mail, quoted in the firm's answer) and
group D (typed inside the quote; the firm's message is not in the set: sent from an adviser's iPhone, or older than
the Sent Items export)."""

import tpl_fr19 as fr
import tpl_xx19 as xx
from spec19 import C, P, S, after, gap


def costa_answer(g):
    return "RE: Crédito para compra de apartamento", [
        g,
        "",
        "Obrigado pela sua mensagem.",
        "",
        "Para lhe apresentar uma proposta de crédito, preciso ainda de saber:",
        "1. o valor do imóvel e o montante que pretende financiar;",
        "2. a data prevista para a escritura;",
        "3. se o apartamento ficará em nome da sua filha.",
        "",
        "Com os melhores cumprimentos,",
    ]


COSTA_P1 = [
    "Bom dia Sr. Fonseca,",
    "",
    "Estou a pensar comprar um apartamento em Lisboa para a minha filha, que vai estudar na Universidade de "
    "Lisboa a partir de setembro.",
    "",
    "Gostaria de saber se posso dar a minha carteira de títulos como garantia, em vez de vender.",
    "",
    "Cumprimentos,",
    "Manuel Costa",
]

# C12 Gmail (Portuguese): the firm's answer quotes the client's own first e-mail; the client answers on top and adds
# a line inside his own quoted e-mail further down
p = P("Manuel Costa", "manuel.costa@sapo.example", "pt", "pt", "wet")
s = S(
    "c-costa",
    "fonseca",
    p,
    costa_answer,
    "Caro Sr. Costa,",
    "2027-03-23 10:30",
    fwd=dict(
        name="Manuel Costa <manuel.costa@sapo.example>",
        date="2027-03-22 19:44",
        to="Rui Valente Fonseca <rui.fonseca@hautmont-wiltz.example>",
        subject="Crédito para compra de apartamento",
        lines=COSTA_P1,
        msgid="<3F1C9A2E-5B7D-4E21-9C8A-1D2E3F405162@sapo.example>",
    ),
)
C(
    "pt-costa",
    "C",
    "pt",
    "gmail",
    "pt",
    p,
    s,
    "2027-03-23 21:10",
    top=[
        "Bom dia Sr. Fonseca,",
        "",
        "1. Cerca de 480.000 EUR; gostaria de financiar 300.000 EUR.",
        "2. Ainda não há data, talvez junho.",
        "3. Sim, em nome dela.",
        "",
        "Manuel Costa",
    ],
    edits=[gap("comprar um apartamento em Lisboa", "(Entretanto já escolhemos: um T3 em Alvalade.)")],
)


def phone_note(subject, body):
    def tpl(g):
        return subject, [g, "", *body]

    return tpl


# D1 Gmail: a short message the adviser sent from her iPhone after a call
p = P("Sébastien Roels", "sebastien.roels@gmail.example", "fr")
s = S(
    "d-roels",
    "dewandre",
    p,
    phone_note(
        "Compte d’épargne",
        [
            "Suite à notre appel : pouvez-vous me dire quel montant vous souhaitez placer sur le compte d’épargne, et à partir "
            "de quelle date ?",
            "",
            "Isabelle Dewandre",
        ],
    ),
    "Bonjour Monsieur Roels,",
    "2027-03-25 18:12",
    phone=True,
)
C(
    "fr-roels",
    "D",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-25 20:40",
    stored=False,
    top=["Bonjour Madame Dewandre,"],
    edits=[gap("Suite à notre appel", "50 000 €, à partir du 1er avril.", "", "S. Roels")],
)

# D2 Outlook (Dutch UI): nothing above the quote
p = P("Tom Goossens", "tom.goossens@telenet.example", "nl")
s = S("d-goossens", "vandaele", p, xx.nl_afspraak, "Beste Tom,", "2027-03-08 09:25", spouse="An")
C(
    "nl-goossens",
    "D",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-09 07:35",
    stored=False,
    edits=[
        after("Past dinsdag 16 maart", "Geen van beide, kan het maandag 22 maart?"),
        after("Komt u liever naar ons kantoor", "Via Teams."),
    ],
)

# D3 Apple Mail (English)
p = P("Fiona McLeod", "fiona.mcleod@icloud.example", "en", "uk", "uk")
s = S("d-mcleod", "pemberton", p, xx.en_meeting, "Dear Fiona,", "2027-03-22 10:10")
C(
    "en-mcleod",
    "D",
    "en",
    "apple_mail",
    "en",
    p,
    s,
    "2027-03-23 08:02",
    stored=False,
    top=["Hi Oliver,", "", "See below.", "", "Fiona"],
    edits=[
        after("Would Tuesday 13 April", "10:00 at my office, please."),
        after("trust structure", "Yes – my lawyer will send you the draft beforehand."),
    ],
)

# D4 Thunderbird (German)
p = P("Rainer Kuhn", "rainer.kuhn@mailbox.example", "de", "de")
s = S("d-kuhn", "kremer", p, xx.de_auszahlung, "Sehr geehrter Herr Kuhn,", "2027-03-18 09:40")
C(
    "de-kuhn",
    "D",
    "de",
    "thunderbird",
    "de",
    p,
    s,
    "2027-03-19 17:25",
    stored=False,
    top=["Hallo Frau Kremer,"],
    edits=[
        gap("per Scheck oder per Überweisung", "Per Überweisung bitte."),
        gap("Sparkasse", "Nein, auf mein neues Konto bei der Volksbank, IBAN folgt per Post.", "", "Rainer Kuhn"),
    ],
)

# D5 Orange webmail: a note the adviser sent from his phone
p = P("Josiane Fabre", "josiane.fabre@orange.example", "fr", "fr")
s = S(
    "d-fabre",
    "wery",
    p,
    phone_note(
        "Votre carte",
        [
            "Votre nouvelle carte de débit est prête. Préférez-vous la retirer à l’agence de Liège ou la recevoir par courrier "
            "recommandé ?",
            "",
            "Luc Wéry",
        ],
    ),
    "Bonjour Madame Fabre,",
    "2027-03-26 12:05",
    phone=True,
)
C(
    "fr-fabre",
    "D",
    "fr",
    "orange",
    "fr",
    p,
    s,
    "2027-03-26 16:48",
    stored=False,
    top=["Bonjour,"],
    edits=[after("Votre nouvelle carte de débit", "A l'agence, je passerai mardi matin.", "Josiane Fabre")],
)

# D6 Outlook for iOS (French)
p = P("Arnaud Dechamps", "arnaud.dechamps@gmail.example", "fr")
s = S(
    "d-dechamps",
    "dewandre",
    p,
    fr.virement,
    "Cher Monsieur Dechamps,",
    "2027-03-29 14:10",
    defunt="Monsieur Henri Dechamps",
    solde="31 775,40 EUR",
)
C(
    "fr-dechamps",
    "D",
    "fr",
    "outlook_ios",
    "fr",
    p,
    s,
    "2027-03-30 08:20",
    stored=False,
    device=True,
    top=["Bonjour, réponses dans le texte."],
    edits=[
        after("le compte sur lequel les fonds", "BE71 0961 2345 6769, au nom de ma sœur qui centralise"),
        after("par chèque ou par virement", "Virement"),
    ],
)

# D7 Outlook (Portuguese UI): nothing above the quote
p = P("Ana Rodrigues", "ana.rodrigues@pt-lu.example", "pt", "lu")
s = S("d-rodrigues", "fonseca", p, xx.pt_kyc, "Cara Sra. Rodrigues,", "2027-03-05 09:40", date="9 de fevereiro")
C(
    "pt-rodrigues",
    "D",
    "pt",
    "outlook",
    "pt",
    p,
    s,
    "2027-03-08 12:30",
    stored=False,
    edits=[
        after("residência fiscal no Luxemburgo", "Sim"),
        after("empresário da construção", "Não, sou enfermeira."),
        after("origem dos fundos", "Indemnização do seguro do carro."),
        after("morada em Esch-sur-Alzette", "Sim"),
    ],
)

# D8 Yahoo Mail (Italian)
p = P("Giovanni Russo", "giovanni.russo@yahoo.example", "it", "it")
s = S("d-russo", "benedetti", p, xx.it_meeting, "Gentile Avv. Russo,", "2027-03-24 16:10")
C(
    "it-russo",
    "D",
    "it",
    "yahoo",
    "it",
    p,
    s,
    "2027-03-25 10:15",
    stored=False,
    top=["Buongiorno,"],
    edits=[
        after("giovedì 15 aprile alle 11:00", "Sì, giovedì alle 11 va bene."),
        after("simulazione sulla polizza", "Sì, grazie.", "", "G. Russo"),
    ],
)
