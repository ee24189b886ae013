"""blind20: human replies in French (clients of the Lausanne and Geneva offices)."""

from kit20 import CHEVALLEY, FAVRE, SIG, inline, letter, reply, review
from mime12 import L
from mime20 import P

EXT_BANNER_FR = [
    "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens et n'ouvrez pas les pièces jointes si vous ne connaissez pas l'expéditeur."
]

INSURANCE_FR = """
    Votre contrat d'assurance ménage et responsabilité civile privée arrive à échéance le 1er avril 2027. L'assureur nous propose un renouvellement aux conditions suivantes :

    - somme d'assurance ménage : CHF 180'000 (inchangée)
    - prime annuelle : CHF 742.60 (contre CHF 718.20 l'an dernier)
    - franchise : CHF 200

    Pourriez-vous me confirmer que la somme d'assurance correspond toujours à votre mobilier, et m'indiquer si vous avez acquis des objets de valeur (bijoux, montres, œuvres d'art) depuis l'an dernier ?
    Sans nouvelles de votre part d'ici au 20 mars, le contrat sera reconduit tel quel.
"""

DOCS_FR = """
    Je me permets de revenir vers vous au sujet des documents encore manquants pour l'ouverture du compte de votre société :

    - le formulaire A (identification de l'ayant droit économique), signé ;
    - l'auto-certification fiscale (CRS/FATCA) ;
    - un extrait du registre du commerce de moins de trois mois.

    Vous pouvez me les retourner par courrier ou les déposer sur le portail client. N'hésitez pas à m'appeler si un point n'est pas clair.
"""


def cases():
    out = []

    # 1. Outlook desktop, HTML only, answer on top; the client's gateway banner and tag in the quote
    dubois = P("Laurent Dubois", "l.dubois@dubois-architectes.example")
    o = review("fr-dubois", "fr", [dubois], "Bonjour Monsieur Dubois,", "2027-03-02 08:40")
    o.subject = "[EXTERNAL] " + o.subject
    out.append(
        reply(
            "fr-dubois",
            "fr",
            "outlook",
            dubois,
            o,
            "2027-03-02 17:55",
            new=L("""
                Bonjour Madame Chevalley,

                Pas de changement de mon côté, sinon que ma fille a terminé ses études et n'est plus à ma charge.
                Pour le point 2, nous envisageons toujours l'achat d'un chalet à Champéry, probablement en 2028. Je vous en reparlerai lors de notre rendez-vous.
                Le reste est inchangé, y compris les exclusions.

                Avec mes meilleures salutations,

                Laurent Dubois
                Architecte EPFL SIA | Associé
                Dubois Architectes SA
                Chemin de Boston 9 | 1004 Lausanne
                +41 21 555 01 88
            """),
            html_only=True,
            banner=EXT_BANNER_FR,
        )
    )

    # 2. Outlook, inline answers in red with a line on top; replied_to
    rochat = P("Anne-Sophie Rochat", "as.rochat@rochat-fiduciaire.example")
    o = review("fr-rochat", "fr", [rochat], "Chère Madame Rochat,", "2027-03-02 08:41")
    segs = inline(
        "outlook",
        "fr",
        o,
        {
            "1.": ["Non, aucun changement."],
            "2.": ["Oui : env. CHF 250'000 en septembre pour la donation à mon fils (avance d'hoirie)."],
            "3.": ["Oui."],
            "4.": ["Oui, et j'aimerais ajouter le tabac si c'est possible."],
        },
        top=L("""
            Bonjour Madame Chevalley,

            Voir mes réponses ci-dessous en rouge.

            Bonne journée,
            Anne-Sophie Rochat
        """),
        colour="red",
    )
    out.append(reply("fr-rochat", "fr", "outlook", rochat, o, "2027-03-03 07:12", segs=segs, replied_to=True))

    # 3. Gmail, HTML only, one line
    morel = P("Claire Morel", "claire.morel@gmail.example")
    o = letter(
        "fr-morel",
        FAVRE,
        "favre",
        "fr",
        [morel],
        "Madame,",
        "2027-03-04 10:02",
        "Renouvellement de votre assurance ménage et RC privée au 1er avril",
        INSURANCE_FR,
    )
    out.append(
        reply(
            "fr-morel",
            "fr",
            "gmail",
            morel,
            o,
            "2027-03-04 21:37",
            new=["Tout est juste, vous pouvez renouveler. Merci !"],
            html_only=True,
        )
    )

    # 4. iOS Mail, short, device line
    jaquet = P("Pierre-Alain Jaquet", "pa.jaquet@icloud.example")
    o = review("fr-jaquet", "fr", [jaquet], "Bonjour Monsieur Jaquet,", "2027-03-02 08:43")
    out.append(
        reply(
            "fr-jaquet",
            "fr",
            "ios_mail",
            jaquet,
            o,
            "2027-03-06 11:20",
            new=L("""
                Bonjour,
                Rien de neuf, on garde tout comme avant. Je vous appelle la semaine prochaine pour fixer un rdv.
                PA Jaquet
            """),
            device="Envoyé de mon iPhone",
        )
    )

    # 5. Thunderbird, answers typed between "> " lines without any marker; replied_to
    perret = P("Jean-Daniel Perret", "jd.perret@bluewin.example")
    o = review("fr-perret", "fr", [perret], "Bonjour Monsieur Perret,", "2027-03-02 08:44")
    segs = inline(
        "thunderbird",
        "fr",
        o,
        {
            "1.": ["Je suis à la retraite depuis le 1er février."],
            "2.": ["Non."],
            "3.": ["Plutôt 3 à 5 ans maintenant, vu mon âge."],
            "4.": ["Oui."],
        },
        top=["Bonjour Madame,"],
        after=True,
    )
    segs += [("raw", [""]), ("new", ["Cordialement", "J.-D. Perret"])]
    out.append(reply("fr-perret", "fr", "thunderbird", perret, o, "2027-03-03 09:05", segs=segs, replied_to=True))

    # 6. Swiss webmail (bluewin-like), opt-out inside a longer reply to the insurance renewal
    bonvin = P("Marie-Thérèse Bonvin", "mt.bonvin@bluewin.example")
    o = letter(
        "fr-bonvin",
        FAVRE,
        "favre",
        "fr",
        [bonvin],
        "Madame,",
        "2027-03-04 10:05",
        "Renouvellement de votre assurance ménage et RC privée au 1er avril",
        INSURANCE_FR,
    )
    out.append(
        reply(
            "fr-bonvin",
            "fr",
            "bluewin_webmail",
            bonvin,
            o,
            "2027-03-08 14:48",
            new=L("""
                Monsieur,

                J'ai résilié ce contrat en janvier déjà, par lettre recommandée directement à l'assureur, puisque j'ai repris l'assurance de mon défunt mari auprès de sa caisse. Vous devriez en avoir reçu une copie.
                Je n'ai donc plus besoin de vos services et je vous prie de ne plus me relancer, ni par courriel ni par téléphone.

                Salutations
                M.-Th. Bonvin
            """),
            opt_out=True,
        )
    )

    # 7. Apple Mail, look-alike: no more paper statements, not an opt-out
    girard = P("Sébastien Girard", "sebastien.girard@me.example")
    o = letter(
        "fr-girard",
        CHEVALLEY,
        "chevalley",
        "fr",
        [girard],
        "Bonjour Monsieur Girard,",
        "2027-03-05 09:30",
        "Vos relevés de fortune au 31 décembre 2026",
        """
            Vous trouverez ci-joint votre relevé de fortune et votre attestation fiscale au 31 décembre 2026. Les originaux papier vous parviendront par la poste cette semaine.
            Comme chaque année, je vous propose de passer en revue la performance de votre mandat lors d'un entretien d'ici à fin avril.
        """,
    )
    out.append(
        reply(
            "fr-girard",
            "fr",
            "apple_mail",
            girard,
            o,
            "2027-03-05 18:02",
            new=L("""
                Bonjour Madame Chevalley,

                Merci pour l'envoi. Vous pouvez désormais ne plus m'envoyer le relevé papier, le PDF suffit largement (et je le range de toute façon dans mon dossier numérique).
                Pour l'entretien, le mardi 20 ou le jeudi 22 avril en fin de journée me conviendraient.

                Belle soirée,
                Sébastien Girard
            """),
        )
    )

    # 8. Outlook, bottom-posted reply: the body opens with the translated header block
    fiduc = P("Nicole Python", "n.python@fidu-sarine.example")
    o = letter(
        "fr-python",
        CHEVALLEY,
        "chevalley",
        "fr",
        [fiduc],
        "Chère Madame,",
        "2027-03-08 11:15",
        "Documents manquants - SI Les Vignes SA",
        DOCS_FR,
    )
    segs = [
        (
            "hdr",
            [
                ("De :", "Mathilde Chevalley <mathilde.chevalley@vaucher-ruegg.example>"),
                ("Envoyé :", "lundi, 8 mars 2027 11:15"),
                ("À :", "Nicole Python <n.python@fidu-sarine.example>"),
                ("Objet :", o.subject),
            ],
        ),
        ("raw", [""]),
        ("q", o.body, 0),
        ("raw", [""]),
        (
            "new",
            L("""
            Bonjour Madame Chevalley,

            Le formulaire A et l'auto-certification sont partis ce matin par courrier A. L'extrait du RC suit dès que le registre nous l'aura envoyé (commandé hier).

            Meilleures salutations
            Nicole Python
            Fiduciaire de la Sarine Sàrl
            Route des Arsenaux 15 | 1700 Fribourg
            +41 26 555 01 37
        """),
        ),
    ]
    out.append(reply("fr-python", "fr", "outlook", fiduc, o, "2027-03-09 10:31", segs=segs))

    # 9. Outlook forward with a line above (the notary's message below)
    cuendet = P("Olivier Cuendet", "olivier.cuendet@cuendet-vins.example")
    o = letter(
        "fr-cuendet",
        CHEVALLEY,
        "chevalley",
        "fr",
        [cuendet],
        "Bonjour Monsieur Cuendet,",
        "2027-03-09 08:20",
        "Succession de M. Roger Cuendet - certificat d'héritier",
        """
            Pour débloquer les avoirs de feu votre père, nous avons besoin du certificat d'héritier délivré par la justice de paix, ou à défaut d'une attestation du notaire chargé de la succession.
            Pouvez-vous me dire où en est la procédure ?
        """,
    )
    notary_hdr = [
        ("De :", "Étude Me Marguerat <secretariat@etude-marguerat.example>"),
        ("Envoyé :", "mardi, 9 mars 2027 16:02"),
        ("À :", "Olivier Cuendet <olivier.cuendet@cuendet-vins.example>"),
        ("Objet :", "Succession Cuendet - certificat d'héritier"),
    ]
    notary = [
        "Monsieur,",
        "",
        "Nous vous informons que la Justice de paix du district de Lavaux-Oron a délivré le certificat d'héritier le 5 mars 2027. Nous vous en remettons ci-joint une copie conforme.",
        "Vous pouvez la transmettre aux établissements bancaires concernés.",
        "",
        "Veuillez agréer, Monsieur, nos salutations distinguées.",
        "",
        "Pour l'Étude : Sandrine Ducret, secrétaire",
    ]
    segs = [
        (
            "new",
            L("""
            Bonjour Madame Chevalley,
            Voici ce que le notaire m'a envoyé hier, avec le certificat en pièce jointe. Est-ce suffisant pour vous ?
            Bien à vous
            Olivier Cuendet
        """),
        ),
        ("raw", [""]),
        ("hdr", notary_hdr),
        ("raw", [""]),
        ("q", notary, 0),
    ]
    out.append(
        reply(
            "fr-cuendet",
            "fr",
            "outlook",
            cuendet,
            o,
            "2027-03-10 07:48",
            segs=segs,
            subject="TR: Succession Cuendet - certificat d'héritier",
            forward=True,
            attach=[("Certificat_heritier_Cuendet.pdf", "application/pdf", b"%PDF-1.7 stand-in certificat\n")],
        )
    )

    # 10. Gmail, top-posted; under it the relance and, nested inside it, the first message
    leyvraz = P("Alain Leyvraz", "alain.leyvraz@gmail.example")
    first = letter(
        "fr-leyvraz-1",
        CHEVALLEY,
        "chevalley",
        "fr",
        [leyvraz],
        "Bonjour Monsieur Leyvraz,",
        "2027-03-01 09:10",
        "Documents manquants - Leyvraz Immobilier SA",
        DOCS_FR,
    )
    relance = letter(
        "fr-leyvraz-2",
        CHEVALLEY,
        "chevalley",
        "fr",
        [leyvraz],
        "Bonjour Monsieur Leyvraz,",
        "2027-03-11 09:00",
        "RE: Documents manquants - Leyvraz Immobilier SA",
        """
            Je me permets de vous relancer concernant mon message ci-dessous. Sans ces documents, nous ne pourrons pas activer le compte avant la fin du mois.
        """,
    )
    relance.body = [
        *relance.body,
        "",
        "De : Mathilde Chevalley",
        "Envoyé : lundi, 1 mars 2027 09:10",
        "À : Alain Leyvraz <alain.leyvraz@gmail.example>",
        "Objet : Documents manquants - Leyvraz Immobilier SA",
        "",
        *first.body,
    ]
    out.append(
        reply(
            "fr-leyvraz",
            "fr",
            "gmail",
            leyvraz,
            relance,
            "2027-03-11 12:40",
            new=L("""
                Bonjour,
                Désolé pour le retard, tout est parti hier par la poste. Merci de me confirmer la réception.
                A. Leyvraz
            """),
        )
    )

    # 11. iOS Mail: only an attachment note
    blanc = P("Véronique Blanc", "vero.blanc@icloud.example")
    o = letter(
        "fr-blanc",
        CHEVALLEY,
        "chevalley",
        "fr",
        [blanc],
        "Chère Madame Blanc,",
        "2027-03-08 11:20",
        "Documents manquants - Blanc Conseils Sàrl",
        DOCS_FR,
    )
    out.append(
        reply(
            "fr-blanc",
            "fr",
            "ios_mail",
            blanc,
            o,
            "2027-03-12 19:03",
            new=["Ci-joint les deux formulaires signés."],
            device="Envoyé de mon iPhone",
            attach=[
                ("Formulaire A.pdf", "application/pdf", b"%PDF-1.4 stand-in A\n"),
                ("Autocertification.pdf", "application/pdf", b"%PDF-1.4 stand-in CRS\n"),
            ],
        )
    )

    # 12. HCL Notes, French, a fiduciary with a long legal footer under the signature
    bovet = P("Christophe Bovet", "christophe.bovet@fiduciaire-leman.example")
    o = letter(
        "fr-bovet",
        CHEVALLEY,
        "chevalley",
        "fr",
        [bovet],
        "Bonjour Monsieur Bovet,",
        "2027-03-08 11:22",
        "Documents manquants - Chappaz Holding SA",
        DOCS_FR,
    )
    out.append(
        reply(
            "fr-bovet",
            "fr",
            "notes",
            bovet,
            o,
            "2027-03-09 15:44",
            new=L("""
                Madame,

                Notre client est actuellement à l'étranger jusqu'au 22 mars. Nous vous ferons parvenir le formulaire A dès son retour; l'extrait du registre du commerce est en annexe.

                Avec nos meilleures salutations

                Christophe Bovet
                Expert fiduciaire avec brevet fédéral
                Fiduciaire du Léman SA - Place de la Gare 4 - 1110 Morges
                Tél. +41 21 555 01 91

                AVERTISSEMENT : Ce message et toute pièce jointe sont confidentiels et peuvent être protégés par le secret professionnel. Si vous n'en êtes pas le destinataire, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou copie non autorisée est interdite. La Fiduciaire du Léman SA décline toute responsabilité quant à l'intégrité de ce message, qui a pu être modifié lors de sa transmission.
            """),
            attach=[("Extrait RC Chappaz Holding SA.pdf", "application/pdf", b"%PDF-1.4 stand-in RC\n")],
        )
    )

    # 13. New Outlook (OWA layout), text + HTML, signature with a disclaimer line
    hirt = P("Delphine Hirt", "delphine.hirt@clinique-vallon.example")
    o = letter(
        "fr-hirt",
        FAVRE,
        "favre",
        "fr",
        [hirt],
        "Madame Hirt,",
        "2027-03-04 10:09",
        "Renouvellement de votre assurance ménage et RC privée au 1er avril",
        INSURANCE_FR,
    )
    out.append(
        reply(
            "fr-hirt",
            "fr",
            "owa",
            hirt,
            o,
            "2027-03-05 12:15",
            new=L("""
                Bonjour Monsieur Favre-Bulle,

                La somme me paraît un peu juste : nous avons acheté un piano à queue l'automne dernier (CHF 38'000, facture disponible) et une montre pour mon mari (env. CHF 12'000).
                Pouvez-vous demander une offre avec une somme de CHF 230'000 et une assurance objets de valeur séparée pour la montre ?

                Merci d'avance et meilleures salutations,
                Delphine Hirt

                Dre méd. Delphine Hirt
                Médecin-cheffe, Clinique du Vallon
                Ce message peut contenir des informations confidentielles soumises au secret médical.
            """),
        )
    )

    # 14. Outlook, HTML + text: opt-out after moving the assets to another bank
    monnier = P("François Monnier", "f.monnier@monnier-transports.example")
    o = review("fr-monnier", "fr", [monnier], "Bonjour Monsieur Monnier,", "2027-03-02 08:46")
    out.append(
        reply(
            "fr-monnier",
            "fr",
            "outlook",
            monnier,
            o,
            "2027-03-04 16:30",
            new=L("""
                Madame,

                Comme je l'ai indiqué à M. Vaucher en décembre, j'ai transféré l'ensemble de mes avoirs auprès de ma banque cantonale et le mandat a été résilié au 31.12.2026.
                Je ne comprends pas pourquoi je reçois encore ce questionnaire. Merci de supprimer mes coordonnées de vos fichiers et de ne plus me contacter à l'avenir.

                F. Monnier
                Monnier Transports SA
            """),
            opt_out=True,
            html_only=True,
        )
    )

    # 15. Outlook mobile, French, one word
    pasche = P("Yves Pasche", "yves.pasche@outlook.example")
    o = letter(
        "fr-pasche",
        FAVRE,
        "favre",
        "fr",
        [pasche],
        "Bonjour Monsieur Pasche,",
        "2027-03-15 14:00",
        "Votre sinistre du 2 mars - dégât d'eau",
        """
            L'assureur a accepté la prise en charge du dégât d'eau du 2 mars. L'expert passera jeudi 18 mars entre 8h et 10h. Pouvez-vous me confirmer que quelqu'un sera présent ?
        """,
    )
    out.append(
        reply(
            "fr-pasche",
            "fr",
            "outlook_mobile",
            pasche,
            o,
            "2027-03-15 14:09",
            new=["Confirmé."],
            device="Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
        )
    )
    return out


SENT_SIG = SIG
