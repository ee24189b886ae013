"""blind19, groups C (hard) and D (typed inside the quote, the firm's message not in the set)."""

import render19 as rd
import tpl_fr19 as fr
import tpl_xx19 as xx
from spec19 import C, F, P, S, after, gap

BLUE, RED = "#0070C0", "#C00000"

# C01 Outlook: the client answers his accountant's reply-all (not in the set); his answer is typed inside the copy of
# the firm's message nested in it. In-Reply-To names the accountant's message, References the firm's.
acc = P("Valérie Rasquin", "v.rasquin@rasquin-comptables.example", "fr", org="rasquin")
p = P("Jean Gilson", "jean.gilson@skynet.example", "fr")
s = S(
    "c-gilson",
    "dewandre",
    p,
    fr.fiscal,
    "Cher Monsieur Gilson,",
    "2027-03-04 11:50",
    cc=[acc],
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-gilson",
    "C",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-05 19:30",
    colour=BLUE,
    via=dict(
        key="c-gilson-rasquin",
        person=acc,
        date="2027-03-05 09:12",
        loc="fr",
        to=[s.staff, p],
        cc=[],
        top=[
            "Madame Dewandre, Monsieur Gilson,",
            "",
            "Pour le point 2, oui : merci de nous adresser le relevé. Pour le point 1, je laisse Monsieur Gilson "
            "confirmer, je n’ai pas d’information sur ses autres comptes.",
            "",
            "Bien à vous,",
        ],
        sig=["Valérie Rasquin", "Expert-comptable ITAA", "Cabinet Rasquin", "T +32 4 555 01 90"],
    ),
    top=["Bonjour à toutes les deux,", "", "Réponse au point 1 ci-dessous.", "", "Jean Gilson"],
    edits=[after("premiers 833 EUR", "Non, je n’ai aucun autre compte-titres.")],
)

# C02 Outlook (Dutch UI): the follow-up is answered inside the older message it quotes
p = P("Geert Lambrechts", "geert.lambrechts@telenet.example", "nl")
s0 = S(
    "c-lambrechts-0",
    "vandaele",
    p,
    xx.nl_kyc,
    "Beste Geert,",
    "2027-03-03 09:20",
    prof="landbouwer",
    amount="85.000 EUR",
    date="29 januari",
)
s = F(
    "c-lambrechts",
    s0,
    xx.nl_relance,
    "Beste Geert,",
    "2027-03-18 08:50",
    "3 maart",
    "Kan ik op uw antwoord rekenen tegen eind deze maand?",
)
C(
    "nl-lambrechts",
    "C",
    "nl",
    "outlook",
    "nl",
    p,
    s,
    "2027-03-18 20:05",
    top=[
        "Dag Pieter,",
        "",
        "Excuses voor de vertraging, de antwoorden staan in je eerste mail hieronder.",
        "",
        "Geert",
    ],
    edits=[
        after("fiscale woonplaats", "Ja."),
        after("herkomst van de storting", "Erfenis van mijn tante, het attest van de notaris volgt."),
        after("politiek prominente persoon", "Nee."),
    ],
)

# C03 Gmail (en-GB): the follow-up answered inside the first message further down
p = P("Daniel Rowe", "daniel.rowe@gmail.example", "en", "uk", "uk")
s0 = S("c-rowe-0", "pemberton", p, xx.en_transfer, "Dear Mr Rowe,", "2027-03-17 11:00", amount="GBP 120,000")
s = F(
    "c-rowe",
    s0,
    xx.en_relance,
    "Dear Mr Rowe,",
    "2027-03-24 09:15",
    "17 March",
    "We cannot release the transfer until we hear from you.",
)
C(
    "en-rowe",
    "C",
    "en",
    "gmail",
    "en-GB",
    p,
    s,
    "2027-03-24 13:48",
    top=["Oliver – apologies, answers inline in your first email below.", "", "Dan"],
    edits=[
        gap("beneficiary account number", "The IBAN in my fax is the correct one."),
        gap("converted from EUR", "Convert from EUR."),
        gap("purpose of the payment", "Purchase of a boat – Hamble marina."),
    ],
)


# C04 Outlook: the firm forwarded a colleague's internal note; the clients answer inside the forwarded note
def fwd_note(g):
    return "TR : Dossier Thiry – premières remarques de notre planificatrice", [
        g,
        "",
        "Comme convenu, je vous transfère ci-dessous les premières remarques de ma collègue Sophie Lambotte, "
        "planificatrice patrimoniale, qui m’a autorisée à vous les communiquer telles quelles.",
        "",
        "N’hésitez pas à répondre directement à ses questions dans ce message.",
        "",
        "Bien à vous,",
    ]


p = P("Claire Thiry", "claire.thiry@skynet.example", "fr")
s = S(
    "c-thiry",
    "dewandre",
    p,
    fwd_note,
    "Chère Madame, Cher Monsieur,",
    "2027-03-12 15:30",
    fwd=dict(
        name="Sophie Lambotte",
        date="2027-03-11 18:05",
        to="Isabelle Dewandre",
        subject="Dossier Thiry",
        lines=fr.lambotte_memo(),
    ),
)
C(
    "fr-thiry",
    "C",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-14 17:20",
    colour=BLUE,
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Nous avons répondu directement aux questions de Madame Lambotte, dans son message.",
        "",
        "Bien cordialement,",
        "Claire Thiry",
    ],
    edits=[
        after(
            "déjà consenti des donations",
            "Oui : une donation bancaire de 50 000 € à chacun de nos deux enfants en 2021, enregistrée.",
        ),
        after("conserver l’usufruit", "Oui, absolument."),
        after("Julien travaille", "Oui, il dirige l’atelier depuis 2023."),
        after("la semaine du 22 mars", "Le mercredi 24 mars nous conviendrait.", "Claire et Michel Thiry"),
    ],
)

# C05 Gmail: the client pastes a paragraph of his own earlier e-mail into the quote, under the item it answers
p = P("Patrick Janssen", "patrick.janssen@gmail.example", "fr")
s = S("c-janssen", "dewandre", p, fr.docs, "Cher Monsieur Janssen,", "2027-03-16 12:10")
C(
    "fr-janssen",
    "C",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-17 08:45",
    top=["Bonjour,", "", "Réponses ci-dessous.", "", "Patrick Janssen"],
    edits=[
        gap("copie recto verso", "Envoyée lundi par la poste."),
        gap(
            "preuve de l’origine des fonds",
            "Comme je vous l’écrivais le 2 mars :",
            "« L’acte de vente de l’immeuble de la rue de Fer a été signé le 15 février chez Maître Collard ; le prix "
            "de 385 000 € a été versé directement sur mon compte chez vous. »",
        ),
    ],
)

# C06 Thunderbird in plain-text mode (German): the answers were typed on the quoted lines' own "> " (the person
# clicked on the empty quoted line under each question), so format=flowed carries them as quoted lines
p = P("Helga Neumann", "helga.neumann@posteo.example", "de", "de")
s = S(
    "c-neumann",
    "kremer",
    p,
    xx.de_kyc,
    "Sehr geehrte Frau Neumann,",
    "2027-03-04 10:20",
    prof="Apothekerin",
    amount="110.000 EUR",
    date="15. Februar",
)
C(
    "de-neumann",
    "C",
    "de",
    "thunderbird",
    "de",
    p,
    s,
    "2027-03-05 11:02",
    keep_level=True,
    top=[
        "Liebe Frau Kremer,",
        "",
        "meine Antworten stehen unten bei Ihren Fragen.",
        "",
        "Herzliche Grüße",
        "Helga Neumann",
    ],
    edits=[
        after("steuerlicher Wohnsitz", "Ja, weiterhin Trier."),
        after("Tätigkeit als Apothekerin", "Nein, seit Januar im Ruhestand."),
        after(
            "Woher stammen die Mittel",
            "Auszahlung meiner Lebensversicherung (Rheinische Leben), die Bescheinigung lade ich hoch.",
        ),
    ],
)

# C07 Gmail: the person re-quotes two of the firm's lines by hand with "> " (not new text) and answers under them
p = P("Luc Hendrickx", "luc.hendrickx@gmail.example", "fr")
s = S(
    "c-hendrickx",
    "dewandre",
    p,
    fr.virement,
    "Cher Monsieur Hendrickx,",
    "2027-03-08 14:30",
    defunt="Madame Simone Hendrickx",
    solde="64 208,90 EUR",
)
C(
    "fr-hendrickx",
    "C",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-09 09:15",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "!q > Souhaitez-vous que nous procédions par chèque ou par virement ?",
        "",
        "Par virement, sur mon compte BE68 5390 0754 7034.",
        "",
        "!q > la date souhaitée pour l’exécution ;",
        "",
        "Le plus tôt possible.",
        "",
        "Luc Hendrickx",
    ],
)

# C08 Outlook: the person types "> " before his own words so that they look quoted (new text)
p = P("Christian Wathelet", "christian.wathelet@skynet.example", "fr")
s = S("c-wathelet", "dewandre", p, fr.rdv, "Cher Monsieur Wathelet,", "2027-03-09 10:30")
C(
    "fr-wathelet",
    "C",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-10 12:40",
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Je reprends ce que je vous disais au téléphone :",
        "> Je souhaite clôturer le compte joint avec mon ex-épouse avant toute nouvelle décision d’investissement.",
        "",
        "Tant que ce n’est pas fait, je préfère reporter notre rendez-vous.",
        "",
        "Christian Wathelet",
    ],
)

# C09 Outlook for iOS (Dutch): the quote is the Dutch translation the app showed of the firm's French message
NL_TRANSLATION = [
    "Beste meneer Vos,",
    "",
    "In het kader van de periodieke bijwerking van uw dossier, opgelegd door de wet van 18 september 2017 betreffende "
    "de voorkoming van het witwassen van geld, sta ik mezelf toe u enkele vragen te stellen.",
    "",
    "1. Is uw land van fiscale woonplaats nog steeds België?",
    "2. Oefent u nog steeds het beroep van ingenieur uit?",
    "3. Wat is de oorsprong van de gelden van de storting van 90 000 EUR ontvangen op 21 januari?",
    "4. Is uw postadres ongewijzigd?",
    "",
    "U kunt de bewijsstukken ook deponeren in uw [beveiligde klantenruimte](https://mon.hautmont-wiltz.example/documents).",
    "",
    "Ik dank u bij voorbaat voor uw antwoord en blijf tot uw beschikking voor elke vraag.",
    "",
    "Met vriendelijke groet,",
]
p = P("Frank Vos", "frank.vos@gmail.example", "nl")
s = S(
    "c-vos",
    "dewandre",
    p,
    fr.kyc,
    "Cher Monsieur Vos,",
    "2027-03-02 09:40",
    prof="d’ingénieur",
    amount="90 000 EUR",
    date="21 janvier",
)
C(
    "nl-vos",
    "C",
    "nl",
    "outlook_ios",
    "nl",
    p,
    s,
    "2027-03-02 17:55",
    device=True,
    top=["Goedemiddag mevrouw Dewandre, antwoorden hieronder (sorry, in het Nederlands)."],
    edits=[
        ("replace", "Cher Monsieur Vos", "Bien à vous,", rd.parse(NL_TRANSLATION)),
        after("land van fiscale woonplaats", "Ja"),
        after("beroep van ingenieur", "Ja"),
        after("oorsprong van de gelden", "Verkoop van mijn aandelen in de familiezaak"),
        after("Is uw postadres", "Ja, ongewijzigd"),
    ],
)

# C10 Outlook on the web, HTML only: answers in red under the bullets, nothing above the quote
p = P("Laurence Piron", "laurence.piron@outlook.example", "fr")
s = S("c-piron", "dewandre", p, fr.profil, "Chère Madame Piron,", "2027-03-10 17:00")
C(
    "fr-piron",
    "C",
    "fr",
    "owa",
    "fr",
    p,
    s,
    "2027-03-12 10:25",
    html_only=True,
    colour=RED,
    edits=[
        after("horizon de placement", "Oui, au moins."),
        after("baisse temporaire de 15", "Non, 5 % au plus."),
        after("besoin de liquidités important", "Non."),
        after("investissements durables", "Oui."),
    ],
)

# C11 new Outlook (en-GB), HTML only: answers in blue
p = P("Sarah Whitfield", "sarah.whitfield@outlook.example", "en", "uk", "uk")
s = S(
    "c-whitfield",
    "pemberton",
    p,
    xx.en_kyc,
    "Dear Mrs Whitfield,",
    "2027-03-02 12:00",
    company="Whitfield Gardens Ltd",
    date="24 February",
)
C(
    "en-whitfield",
    "C",
    "en",
    "new_outlook",
    "en-GB",
    p,
    s,
    "2027-03-03 09:40",
    html_only=True,
    colour=BLUE,
    top=["Oliver, replies in blue. Sarah"],
    edits=[
        after("country of tax residence", "Yes."),
        after("still a director", "Yes."),
        after("source of the GBP 250,000", "Sale of our holiday cottage in Cornwall."),
        after("US passport", "No."),
    ],
)
