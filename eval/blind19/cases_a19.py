"""blind19, group A (part 1, French): answers typed inside the quoted copy of the firm's message, without marks."""

import tpl_fr19 as fr
from spec19 import C, F, P, S, after, gap

BLUE, RED, DKBLUE = "#0070C0", "#C00000", "#1F4E79"

# A01 Outlook (French UI), private client, answers in blue under each numbered question
p = P("Marc Lejeune", "marc.lejeune@skynet.example", "fr")
s = S(
    "a-lejeune",
    "dewandre",
    p,
    fr.kyc,
    "Cher Monsieur Lejeune,",
    "2027-03-02 09:14",
    prof="de pharmacien",
    amount="75 000 EUR",
    date="12 janvier",
)
C(
    "fr-lejeune",
    "A",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-03 18:42",
    colour=BLUE,
    top=[
        "Bonjour Madame Dewandre,",
        "",
        "Vous trouverez mes réponses dans votre message ci-dessous.",
        "",
        "Bien à vous,",
        "Marc Lejeune",
    ],
    edits=[
        after("Votre pays de résidence fiscale", "Oui, toujours la Belgique."),
        after("Exercez-vous toujours", "Non, je suis retraité depuis le 1er janvier."),
        after(
            "origine des fonds du versement",
            "Il s’agit du remboursement d’un prêt que j’avais consenti à mon fils en 2019. Je vous envoie la "
            "convention par la poste.",
        ),
        after("Votre adresse postale est-elle", "Inchangée."),
    ],
)

# A02 Outlook, the client's accountant (Microsoft 365 with banner, first-contact tip, Safe Links and an outbound
# footer); nothing above the quote, answers in capitals in red
p = P("Valérie Rasquin", "v.rasquin@rasquin-comptables.example", "fr", org="rasquin")
s = S(
    "a-rasquin",
    "dewandre",
    p,
    fr.fiscal,
    "Chère Madame Rasquin,",
    "2027-03-04 11:05",
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-rasquin",
    "A",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-05 08:57",
    colour=RED,
    edits=[
        after("premiers 833 EUR", "NON, AUCUNE AUTRE BANQUE N’A APPLIQUÉ L’EXONÉRATION."),
        after("relevé des comptes étrangers", "OUI, MERCI DE NOUS L’ENVOYER DIRECTEMENT."),
    ],
)

# A03 Gmail web: IBAN, date, "Virement." under the question that ends "par chèque ou par virement ?", first name under
# the last answer inside the quote
p = P("Nathalie Gobert", "nathalie.gobert@gmail.example", "fr")
s = S("a-gobert", "dewandre", p, fr.virement, "Chère Madame Gobert,", "2027-03-08 14:20")
C(
    "fr-gobert",
    "A",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-08 21:13",
    top=["Bonjour Madame Dewandre,", "", "Merci pour votre message, je vous réponds dans le texte."],
    edits=[
        gap("le compte sur lequel les fonds", "BE68 5390 0754 7034, au nom de Nathalie Gobert"),
        gap("la date souhaitée pour", "Dès que possible, idéalement avant le 31 mars."),
        gap("la répartition entre les héritiers", "Pas de changement."),
        gap("par chèque ou par virement", "Virement.", "", "Nathalie"),
    ],
)

# A04 Gmail for Android: answers between the paragraphs, name under the last one
p = P("Paul Hennuy", "paul.hennuy@gmail.example", "fr")
s = S("a-hennuy", "dewandre", p, fr.rdv, "Cher Monsieur Hennuy,", "2027-03-09 10:02")
C(
    "fr-hennuy",
    "A",
    "fr",
    "gmail_android",
    "fr",
    p,
    s,
    "2027-03-09 12:31",
    top=["Bonjour Madame Dewandre, voir ci-dessous."],
    edits=[
        gap("Seriez-vous disponible", "Le jeudi 18 à 14h30 me convient."),
        gap("Préférez-vous nous rencontrer", "Au bureau, je serai à Bruxelles ce jour-là."),
        gap("est bien entendu la bienvenue", "Elle viendra avec plaisir.", "", "Paul Hennuy"),
    ],
)

# A05 Apple Mail (macOS): answers under each bullet (quote level decreased, so unquoted)
p = P("Christine Wauters", "christine.wauters@icloud.example", "fr")
s = S("a-wauters", "dewandre", p, fr.profil, "Chère Madame Wauters,", "2027-03-10 16:40", year="2021")
C(
    "fr-wauters",
    "A",
    "fr",
    "apple_mail",
    "fr",
    p,
    s,
    "2027-03-11 09:05",
    top=["Bonjour Madame,", "", "Voici mes réponses.", "", "Christine Wauters"],
    edits=[
        after("horizon de placement", "Oui, 8 à 10 ans."),
        after("baisse temporaire de 15", "Oui, mais pas davantage."),
        after(
            "besoin de liquidités important",
            "Oui : nous envisageons d’aider notre fille pour l’achat de son appartement (environ 100 000 €) en 2028.",
        ),
        after("investissements durables", "Oui, de préférence."),
    ],
)

# A06 iPhone Mail: one-word answers
p = P("Jean-Pierre Delvaux", "jp.delvaux@proximus.example", "fr")
s = S("a-delvaux", "dewandre", p, fr.rdv, "Cher Monsieur Delvaux,", "2027-03-09 10:04")
C(
    "fr-delvaux",
    "A",
    "fr",
    "ios_mail",
    "fr",
    p,
    s,
    "2027-03-09 19:48",
    device=True,
    top=["Bonjour Madame Dewandre, réponses ci-dessous."],
    edits=[gap("Seriez-vous disponible", "Le mardi"), gap("Préférez-vous nous rencontrer", "Visio")],
)

# A07 Thunderbird (format=flowed): a long answer the client wraps, a short one
p = P("Bernard Marchal", "bernard.marchal@voo.example", "fr")
s = S("a-marchal", "dewandre", p, fr.credit, "Cher Monsieur Marchal,", "2027-03-11 15:12")
C(
    "fr-marchal",
    "A",
    "fr",
    "thunderbird",
    "fr",
    p,
    s,
    "2027-03-12 07:50",
    top=["Bonjour Madame Dewandre,", "", "Mes réponses dans le texte."],
    sig=["Bernard Marchal"],
    edits=[
        gap(
            "confirmer le montant souhaité",
            "Le montant de 400 000 EUR me convient. Les fonds devraient être disponibles pour la signature de "
            "l’acte, prévue le 30 avril chez le notaire Collard à Namur ; je vous confirmerai l’heure exacte.",
        ),
        gap("maison de Knokke", "Oui, c’est bien pour Knokke."),
    ],
)

# A08 Orange webmail: declines the invitation and asks to be taken off the list, inside the quote (opt-out)
p = P("Monique Dubois", "monique.dubois@orange.example", "fr", "fr")
s = S("a-dubois", "dewandre", p, fr.event, "Chère Madame Dubois,", "2027-03-15 09:30")
C(
    "fr-dubois",
    "A",
    "fr",
    "orange",
    "fr",
    p,
    s,
    "2027-03-15 17:22",
    opt_out=True,
    top=["Bonjour,"],
    edits=[
        after(
            "Merci de nous confirmer votre présence",
            "Je ne viendrai pas.",
            "Et retirez-moi de votre liste d’invitations, je ne suis plus cliente chez vous depuis 2024.",
        )
    ],
)

# A09 SFR webmail (wraps at 72): a figure corrected on the line under it, two other answers
p = P("Didier Lambert", "didier.lambert@sfr.example", "fr", "fr")
s = S("a-lambert", "dewandre", p, fr.credit, "Cher Monsieur Lambert,", "2027-03-11 15:20", table=False)
C(
    "fr-lambert",
    "A",
    "fr",
    "sfr",
    "fr",
    p,
    s,
    "2027-03-12 10:14",
    top=["Bonjour Madame,", "", "Quelques corrections dans votre message.", "", "D. Lambert"],
    edits=[
        after(
            "Valeur du portefeuille nanti",
            "Attention, au 28 février la valeur est plutôt de 1 310 000 EUR (relevé joint).",
        ),
        after("Montant du crédit", "Je préférerais 450 000 EUR si possible."),
        after("maison de Knokke", "Oui."),
    ],
)

# A10 Free (Zimbra webmail): answers under Word-pasted bullets, closing and initials inside the quote
p = P("Sylvie Renard", "sylvie.renard@free.example", "fr", "fr")
s = S("a-renard", "dewandre", p, fr.docs, "Chère Madame Renard,", "2027-03-16 11:45")
C(
    "fr-renard",
    "A",
    "fr",
    "free",
    "fr",
    p,
    s,
    "2027-03-17 20:03",
    top=["Bonjour,", "voir mes réponses."],
    edits=[
        after("copie recto verso", "envoyée par courrier hier"),
        after("justificatif de domicile", "facture Vivaqua jointe"),
        after("formulaire W-8BEN", "je ne suis pas américaine, dois-je vraiment le remplir ?"),
        after(
            "preuve de l’origine des fonds",
            "l’acte est chez le notaire, je vous le transmets dès réception",
            "",
            "Cordialement",
            "S. Renard",
        ),
    ],
)

# A11 HCL Notes (text only, wrapped at 75, typographic apostrophes made straight)
p = P("Jacques Warnant", "jacques.warnant@fonderie-warnant.example", "fr", org="warnant")
s = S(
    "a-warnant",
    "dewandre",
    p,
    fr.kyc,
    "Cher Monsieur Warnant,",
    "2027-03-03 10:30",
    prof="d’administrateur délégué",
    amount="250 000 EUR",
    date="2 février",
)
C(
    "fr-warnant",
    "A",
    "fr",
    "notes",
    "fr",
    p,
    s,
    "2027-03-04 16:18",
    top=[
        "Madame,",
        "",
        "Voici les réponses demandées.",
        "",
        "Jacques Warnant",
        "Administrateur délégué",
        "Fonderie Warnant SA",
    ],
    edits=[
        after("Votre pays de résidence fiscale", "Oui."),
        after(
            "Exercez-vous toujours",
            "Oui, toujours administrateur délégué de la Fonderie Warnant SA, rue de la Coulée 12 à Seraing.",
        ),
        after(
            "origine des fonds du versement",
            "Dividende de la SA versé le 29 janvier après l'assemblée générale ; extrait du procès-verbal en annexe.",
        ),
        after("Votre adresse postale est-elle", "Oui."),
    ],
)

# A12 Zimbra (a notary's office): an answer inline and a P.S. typed under the adviser's signature
p = P("Anne Collard", "anne.collard@notaires-collard.example", "fr", org="collard")
s = S(
    "a-collard",
    "dewandre",
    p,
    fr.virement,
    "Chère Maître,",
    "2027-03-17 09:10",
    defunt="Madame Yvonne Piérard",
    solde="212 904,66 EUR",
)
C(
    "fr-collard",
    "A",
    "fr",
    "zimbra",
    "fr",
    p,
    s,
    "2027-03-18 11:36",
    top=["Madame,", "", "Voir mes réponses ci-dessous, y compris en fin de message."],
    edits=[
        after("par chèque ou par virement", "Par virement sur le compte de l’étude, BE71 0961 2345 6769."),
        after(
            "!Hautmont & Wiltz",
            "",
            "PS : la déclaration de succession a été déposée le 4 mars ; la répartition est celle de la déclaration.",
            "",
            "A. Collard",
        ),
    ],
)

# A13 Outlook on the web (a French company on Microsoft 365): a figure corrected at the end of its own line
p = P("Hervé Lacroix", "h.lacroix@lacroix-industrie.example", "fr", "fr", org="lacroix")
s = S(
    "a-lacroix",
    "dewandre",
    p,
    fr.credit,
    "Cher Monsieur Lacroix,",
    "2027-03-18 14:00",
    table=False,
    valeur="1 240 000 EUR",
)
C(
    "fr-lacroix",
    "A",
    "fr",
    "owa",
    "fr",
    p,
    s,
    "2027-03-19 09:26",
    colour=RED,
    top=[
        "Bonjour Madame,",
        "",
        "Une correction et une réponse dans votre texte.",
        "",
        "Cordialement,",
        "Hervé Lacroix",
    ],
    edits=[
        ("append", "Valeur du portefeuille nanti", " → plutôt 1 180 000 EUR depuis la baisse de mars"),
        after("maison de Knokke", "Non, il s’agit de financer un apport en compte courant dans Lacroix Industrie."),
    ],
)

# A14 new Outlook: short answers, and a request typed inside the gateway's disclaimer, between its paragraphs
p = P("Chantal Dumont", "chantal.dumont@outlook.example", "fr")
s = S("a-dumont", "dewandre", p, fr.assurance, "Chère Madame Dumont,", "2027-03-22 10:15")
C(
    "fr-dumont",
    "A",
    "fr",
    "new_outlook",
    "fr",
    p,
    s,
    "2027-03-22 13:40",
    top=["Bonjour Isabelle,", "Réponses dans votre mail.", "Chantal"],
    edits=[
        after("maintenir votre conjoint", "Oui"),
        after("petits-enfants doivent", "Oui, en représentation"),
        after("Fondation Saint-Luc", "Non, finalement pas"),
        after(
            "Ce message et ses éventuelles annexes",
            "Je n’ai pas reçu l’avenant dont vous parliez en février, pouvez-vous me le renvoyer ?",
        ),
    ],
)

# A15 Outlook for iOS: one-word answers under the bullets
p = P("Olivier Masson", "olivier.masson@gmail.example", "fr")
s = S("a-masson", "dewandre", p, fr.profil, "Cher Monsieur Masson,", "2027-03-10 16:42")
C(
    "fr-masson",
    "A",
    "fr",
    "outlook_ios",
    "fr",
    p,
    s,
    "2027-03-12 22:05",
    device=True,
    top=["Bonjour, mes réponses ci-dessous"],
    edits=[
        after("horizon de placement", "Oui"),
        after("baisse temporaire de 15", "Non"),
        after("besoin de liquidités important", "Non"),
        after("investissements durables", "Oui"),
    ],
)

# A16 Yahoo Mail: answers under bullets of a quote Yahoo does not mark
p = P("Anne Pirlot", "anne.pirlot@yahoo.example", "fr")
s = S("a-pirlot", "wery", p, fr.docs, "Chère Madame Pirlot,", "2027-03-23 08:50")
C(
    "fr-pirlot",
    "A",
    "fr",
    "yahoo",
    "fr",
    p,
    s,
    "2027-03-23 19:12",
    top=["Bonjour Monsieur Wéry,"],
    edits=[
        after("copie recto verso", "Ci-jointe."),
        after("justificatif de domicile", "Ci-joint aussi."),
        after("formulaire W-8BEN", "Je ne l’ai pas reçu."),
        after("preuve de l’origine des fonds", "Je passerai la déposer à l’agence de Liège."),
    ],
)

# A17 Outlook: a prospect asks not to be contacted again, under the question; nothing above the quote (opt-out)
p = P("Didier Verhaegen", "d.verhaegen@proximus.example", "fr")
s = S("a-verhaegen", "wery", p, fr.prospect, "Cher Monsieur Verhaegen,", "2027-03-01 16:05")
C(
    "fr-verhaegen",
    "A",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-02 07:44",
    opt_out=True,
    edits=[
        after(
            "Seriez-vous ouvert à un premier échange",
            "Non merci. Je vous prie de ne plus me contacter, ni par e-mail ni par téléphone.",
        )
    ],
)

# A18 Gmail, nothing above the quote: several answers, first name under the last one
p = P("Jacqueline Noël", "jacqueline.noel@gmail.example", "fr")
s = S("a-noel", "dewandre", p, fr.profil, "Chère Madame Noël,", "2027-03-10 16:45", year="2020")
C(
    "fr-noel",
    "A",
    "fr",
    "gmail",
    "fr",
    p,
    s,
    "2027-03-14 11:20",
    edits=[
        gap("horizon de placement", "Plutôt 5 ans maintenant, j'ai 71 ans."),
        gap("baisse temporaire de 15", "Non, 10 % au maximum."),
        gap("besoin de liquidités important", "Oui, travaux dans la maison de Spa (environ 60 000 €)."),
        gap("investissements durables", "Ça m'est égal.", "", "Jacqueline"),
    ],
)

# A19 iPhone Mail: "...ou par visioconférence ?" answered "Par visioconférence."
p = P("Thomas Gillet", "thomas.gillet@icloud.example", "fr")
s = S("a-gillet", "dewandre", p, fr.rdv, "Cher Monsieur Gillet,", "2027-03-09 10:06")
C(
    "fr-gillet",
    "A",
    "fr",
    "ios_mail",
    "fr",
    p,
    s,
    "2027-03-10 07:58",
    device=True,
    top=["Bonjour Madame Dewandre,"],
    edits=[
        gap("Seriez-vous disponible", "Jeudi 14 h 30."),
        gap("Préférez-vous nous rencontrer", "Par visioconférence."),
    ],
)

# A20 Outlook: answer to the follow-up's own question, nothing above the quote (the older message quoted below)
p = P("Luc Martin", "luc.martin@skynet.example", "fr")
s0 = S(
    "a-martin-0",
    "dewandre",
    p,
    fr.kyc,
    "Cher Monsieur Martin,",
    "2027-03-02 09:20",
    prof="d’architecte",
    amount="40 000 EUR",
    date="5 février",
)
s = F(
    "a-martin",
    s0,
    fr.relance,
    "Cher Monsieur Martin,",
    "2027-03-16 09:05",
    "2 mars",
    "Pourriez-vous au moins me confirmer votre adresse postale, afin que je puisse vous "
    "adresser les documents de renouvellement de votre carte ?",
)
C(
    "fr-martin",
    "A",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-16 12:47",
    edits=[after("confirmer votre adresse postale", "Adresse inchangée : rue du Tilleul 8, 1300 Wavre.")],
)

# A21 Outlook: a line typed under the greeting, then short answers; nothing above the quote
p = P("Emile Bastin", "emile.bastin@skynet.example", "fr")
s = S(
    "a-bastin",
    "dewandre",
    p,
    fr.fiscal,
    "Cher Monsieur Bastin,",
    "2027-03-04 11:10",
    attach=["Attestation_fiscale_2026.pdf"],
)
C(
    "fr-bastin",
    "A",
    "fr",
    "outlook",
    "fr",
    p,
    s,
    "2027-03-04 22:30",
    edits=[
        after("Cher Monsieur Bastin", "(Réponses rapides, je suis en déplacement jusqu’au 20 mars.)"),
        after("premiers 833 EUR", "Non."),
        after("relevé des comptes étrangers", "Oui, à mon adresse e-mail."),
    ],
)

# A45 Outlook on the web, consumer account: declines and asks to be removed, nothing above the quote (opt-out)
p = P("Françoise Hubert", "francoise.hubert@outlook.example", "fr")
s = S("a-hubert", "dewandre", p, fr.event, "Chère Madame Hubert,", "2027-03-15 09:32")
C(
    "fr-hubert",
    "A",
    "fr",
    "owa",
    "fr",
    p,
    s,
    "2027-03-16 08:15",
    opt_out=True,
    edits=[
        after(
            "Merci de nous confirmer votre présence",
            "Non merci. Retirez-moi de vos listes s.v.p., je ne souhaite plus recevoir vos communications.",
        )
    ],
)
