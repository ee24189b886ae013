"""The human replies of blind15 (and the list replies are in specs_other15.py).

Each spec is a node (see threads15.py) plus: slug (= key), lang, opt_out, and rendering options:
device (a mail app's own line, never new text), inline [(anchor in the quoted text, answer lines, style)],
bottom (bottom-posting), quote_keep (start, end) (the sender trimmed the quote), strip_quote (history deleted),
tail (lines typed under the last inline answer), trailer (text a system adds after the history: not new text),
recv_banner (the sender's own gateway banner on the message they quote), tight (no blank line before an
Outlook header block), fwd (a forward), attach, empty_ok (the sender wrote nothing in the body).
"""

from people15 import (
    ADJOINT,
    AUBERT,
    BARRAL,
    BENALI,
    BERSET,
    BERTHIER,
    BRUNET,
    CARRIERE,
    CASTAING_A,
    CASTAING_P,
    CHASSAGNE,
    CM,
    COUDRAY,
    DELCOURT,
    DELMAS_P,
    DELORME,
    DIALLO,
    DUFRESNE_SEC,
    DUMONT,
    FAVRE,
    GARNIER,
    GUERIN,
    HAMON,
    IB,
    JF,
    KAHN,
    KOUASSI,
    LAPOINTE,
    LECLERC_N,
    LEFEVRE,
    LEMAIRE,
    LENOIR,
    MK,
    MOREAU,
    MOREL,
    OLLIVIER,
    OTTAVI,
    PERRIN,
    RIVIERE,
    ROCHER,
    ROUSSEL,
    SAUTEL,
    SAUTHIER,
    SCHMIT,
    SILLON,
    SP,
    TL,
    TOUSSAINT,
    VALROGER,
    VANDENBROUCKE,
    VERNES,
    VIALLON,
    YAO,
    P,
)

NB = "\u00a0"


def H(slug, client, frm, date, parent, body, **kw):
    d = dict(key=slug, slug=slug, client=client, frm=frm, date=date, parent=parent, body=body, lang="fr")
    d.update(kw)
    return d


def banner(text, bg="#FFF4CE", fg="#333333"):
    html = (
        f'<div style="background-color:{bg};border:1px solid #E0C060;padding:6px 8px;margin-bottom:10px;'
        f'font-family:Arial,sans-serif;font-size:9pt;color:{fg}">{text}</div>\n'
    )
    return ([text], html)


M365_FR = banner(
    "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens et n'ouvrez "
    "pas les pièces jointes, sauf si vous reconnaissez l'expéditeur et savez que le contenu est sûr."
)
SWISS = banner(
    "Attention : ce message provient d'un expéditeur externe. Soyez prudent avec les liens et les pièces jointes."
)
LUX = banner("[EXTERNAL] Ce message provient de l'extérieur de la Banque. / This message comes from outside the Bank.")
AVOCATS = banner(
    "ATTENTION - COURRIEL EXTERNE : vérifiez l'expéditeur avant d'ouvrir les liens ou les pièces jointes.",
    bg="#FDE9E7",
)

IPHONE = ["Envoyé de mon iPhone"]
IPAD = ["Envoyé de mon iPad"]
GALAXY = ["Envoyé depuis mon appareil Galaxy"]
PROTON = ["Envoyé avec la messagerie sécurisée Proton Mail."]

# people who appear once
PICHON = P("Arnaud Pichon", "arnaud.pichon.menuiserie@gmail.com")
LOMBARD = P("Gérard Lombard", "gerard.lombard@icloud.com")
FERRAND = P("Jean-Marc Ferrand", "jm.ferrand@ferrand-transports.fr")
BONNET = P("Hervé Bonnet", "herve.bonnet.pro@gmail.com")
FOURNIER = P("Michel Fournier", "michel.fournier58@orange.fr")
HADDAD = P("Karima Haddad", "k.haddad@haddad-conseil.fr")
GUICHARD = P("Nathalie Guichard", "n.guichard@groupe-bessieres.fr")
MARTINROY = P("Lucas Martin-Roy", "lucas.martinroy@proton.me")
PERRET = P("Alain Perret", "a.perret@perret-sa.fr")
RENARD = P("Sophie Renard", "sophie.renard.lyon@gmail.com")
MARCHAL = P("Jacques Marchal", "jacques.marchal@me.com")
BERTRAND = P("Monique Bertrand", "monique.bertrand49@yahoo.fr")
ROCCA = P("Thibault Rocca", "t.rocca@proton.me")
VIDAL = P("Jean-Michel Vidal", "jeanmichel.vidal.perso@gmail.com")
FAURE = P("Bertrand Faure", "b.faure@faure-menuiseries.fr")
CHABERT = P("Émilie Chabert", "e.chabert@chabert-fils.fr")
MORVAN = P("Patrick Morvan", "patrick.morvan@icloud.com")
ARNAUD_C = P("Cécile Arnaud", "cecile.arnaud@cabinet-arnaud-architectes.fr")
LAMBERT = P("Roger Lambert", "roger.lambert@orange.fr")
VASSEUR = P("Henri Vasseur", "h.vasseur@vasseur-immobilier.fr")
DORVAL = P("Jacqueline Dorval", "jacqueline.dorval@dorval-conseil.fr")
MEUNIER = P("Hélène Meunier", "helene.meunier.75@gmail.com")
GIRAUD = P("Marc-Antoine Giraud", "ma.giraud@icloud.com")
AUBRY = P("Michel Aubry", "michel.aubry@free.fr")
PERRIER = P("Nicole Perrier", "nicole.perrier@me.com")
CHARPENTIER = P("Denise Charpentier", "denise.charpentier@laposte.net")
GIRARD = P("François Girard", "f.girard@girard-ingenierie.fr")
DUBREUIL = P("Catherine Dubreuil", "catherine.dubreuil@dubreuil-avocats.fr")
BRUN = P("Thomas Brun", "thomas.brun.31@gmail.com")
PETIT = P("Laurence Petit", "laurence.petit@icloud.com")
ROCHE_O = P("Olivier Roche", "olivier.roche.pro@gmail.com")
COLLIN = P("Bernadette Collin", "bernadette.collin@yahoo.fr")
LEROUX = P("Simone Leroux", "simone.leroux@icloud.com")
ROUX_S = P("Sabine Roux", "sabine.roux@icloud.com")
BERTHET = P("Antoine Berthet", "a.berthet@sarl-berthet.fr")
MIRABEL = P("Josiane Mirabel", "josiane.mirabel@sfr.fr")
DUPUIS = P("Kevin Dupuis", "kevin.dupuis.lyon@gmail.com")
FONTAINE = P("Léa Fontaine", "lea.fontaine.69@gmail.com")
LEMOINE = P("Frédéric Lemoine", "f.lemoine@groupe-lemoine.fr")
AUBIN = P("Sylvie Aubin", "sylvie.aubin.bordeaux@gmail.com")
VIAL = P("Laurent Vial", "laurent.vial@icloud.com")
MARECHAL = P("Christine Maréchal", "christine.marechal@me.com")
DEWITTE = P("Pierre De Witte", "pierre.dewitte@dewitte-partners.be", loc="fr-BE")
BARBIER = P("Georges Barbier", "georges.barbier@laposte.net")
MORAND = P("Isabelle Morand", "isabelle.morand@morand-immobilier.fr")
GUILLOT = P("Robert Guillot", "robert.guillot21@yahoo.fr")
ROUX_B = P("Bernard Roux", "bernard.roux.stremy@orange.fr")
AURELIE = P("Aurélie (Quintal Logiciels)", "support@quintal-logiciels.fr")
FERRAND_N = P("Nicolas Ferrand (Custodia Titres)", "support@custodia-titres.fr")

SPECS = [
    # ================================================================== Matinale (mail merge)
    H(
        "chassagne-optout",
        "outlook",
        CHASSAGNE,
        "2026-11-16 14:22",
        "seminaire",
        [
            "Bonjour,",
            "",
            "Je ne souhaite plus être sollicitée par votre cabinet, ni pour des Matinales ni pour autre chose. Merci de "
            "retirer mon adresse de vos listes de diffusion.",
            "",
            "Cordialement,",
            "",
            "Valérie Chassagne",
            "Présidente",
            "Chassagne Emballages SAS",
            "Parc d'activités des Montées - 45100 Orléans",
        ],
        opt_out=True,
    ),
    H(
        "viallon-inscription-html",
        "new_outlook",
        VIALLON,
        "2026-11-17 08:55",
        "seminaire",
        [
            "Bonjour Monsieur Fabre,",
            "",
            "Je vous confirme l'inscription de deux personnes de Bessat Industrie :",
            "- Claire Viallon, directrice administrative et financière ;",
            "- Hugo Perrot, président.",
            "",
            "Nous aurons probablement une question sur la holding animatrice, que je vous transmettrai à l'avance si "
            "possible.",
            "",
            "Cordialement,",
            "Claire Viallon",
            "DAF - Bessat Industrie",
            "Tél. 04 65 71 62 90",
        ],
        html_only=True,
    ),
    H(
        "pichon-ne-me-retirez-pas",
        "gmail",
        PICHON,
        "2026-11-18 22:10",
        "seminaire",
        [
            "Bonjour Julien,",
            "",
            "Je ne pourrai pas venir le 10, je serai en déplacement à Lyon toute la semaine. En revanche ne me retirez "
            "pas de la liste : les prochaines Matinales m'intéressent, surtout si vous abordez l'apport-cession.",
            "",
            "Bonne soirée,",
            "Arnaud",
            "",
            "-- ",
            "Arnaud Pichon",
            "Gérant - Pichon Menuiserie",
            "06 39 98 64 17",
        ],
    ),
    H(
        "lombard-ios-epouse",
        "ios",
        LOMBARD,
        "2026-11-16 12:48",
        "seminaire",
        [
            "Bonjour,",
            "Je viendrai avec plaisir. Est-il possible de réserver une place pour mon épouse également ?",
            "Gérard Lombard",
        ],
        device=IPHONE,
    ),
    H(
        "ferrand-tb-bottom",
        "thunderbird",
        FERRAND,
        "2026-11-17 10:30",
        "seminaire",
        [
            "Bonjour,",
            "",
            "Le programme m'intéresse beaucoup. Une retransmission en visioconférence est-elle prévue pour ceux qui, "
            "comme moi, sont en province ? Je suis à Clermont-Ferrand et ne pourrai pas faire l'aller-retour dans la "
            "matinée.",
            "",
            "Cordialement,",
            "",
            "-- ",
            "Jean-Marc Ferrand",
            "Ferrand Transports SARL",
            "63000 Clermont-Ferrand",
        ],
        bottom=True,
        quote_keep=("Orvanne Patrimoine a le plaisir", "Hôtel de Miromesnil"),
    ),
    H(
        "fournier-orange-retraite",
        "orange",
        FOURNIER,
        "2026-11-17 16:05",
        "seminaire",
        [
            "Bonjour,",
            "",
            "Je ne suis plus chef d'entreprise depuis deux ans, j'ai cédé ma société et je suis à la retraite. Merci de "
            "ne plus m'envoyer ces invitations.",
            "",
            "Cordialement",
            "M. Fournier",
        ],
        opt_out=True,
    ),
    H("haddad-zoho-desinscription", "zoho", HADDAD, "2026-11-20 11:11", "seminaire", ["Désinscription"], opt_out=True),
    H(
        "guichard-transmets-html",
        "owa",
        GUICHARD,
        "2026-11-18 15:20",
        "seminaire",
        [
            "Bonjour,",
            "",
            "Je transmets votre invitation à M. Bessières, notre président, qui vous confirmera directement sa "
            "participation.",
            "",
            "Cordialement,",
            "",
            "Nathalie Guichard",
            "Assistante de direction",
            "Groupe Bessières",
        ],
        html_only=True,
    ),
    H(
        "kahn-mac-printemps",
        "outlook_mac",
        KAHN,
        "2026-11-21 19:30",
        "seminaire",
        [
            "Bonjour Monsieur,",
            "",
            "Merci pour l'invitation. Le jeudi matin est réservé à mes consultations, je ne pourrai donc pas venir. Pas "
            "pour cette fois, mais recontactez-moi au printemps : j'aurai sans doute des questions sur la transmission "
            "de mon cabinet.",
            "",
            "Bien cordialement,",
            "",
            "Dr Isabelle Kahn",
            "Cardiologue",
        ],
    ),
    H(
        "martinroy-proton",
        "proton",
        MARTINROY,
        "2026-11-22 10:03",
        "seminaire",
        [
            "Bonjour,",
            "",
            "Je m'inscris pour la Matinale du 10 décembre.",
            "",
            "Lucas Martin-Roy",
            "Fondateur, Aveline Robotique",
        ],
        device=PROTON,
        proton_orig=True,
    ),
    # ================================================================== La Lettre (mail merge)
    H("perret-stop", "outlook_plain", PERRET, "2026-12-01 08:47", "lettre", ["STOP"], opt_out=True),
    H(
        "renard-question-gmail",
        "gmail",
        RENARD,
        "2026-12-01 12:30",
        "lettre",
        [
            "Bonjour Madame Marchetti,",
            "",
            "Merci pour cette lettre, toujours très claire. Une question sur le point 3 : si je fais un don manuel à ma "
            "fille par virement le 28 décembre, sans passer chez le notaire, est-ce que la date du virement suffit pour "
            "2026 ?",
            "",
            "Bien à vous,",
            "Sophie Renard",
        ],
    ),
    H(
        "marchal-optout-bottom",
        "apple_mail",
        MARCHAL,
        "2026-12-01 18:20",
        "lettre",
        ["Bonjour,", "", "Merci de me retirer de votre fichier.", "", "Cordialement,", "J. Marchal"],
        bottom=True,
        quote_keep=("Voici notre Lettre de décembre", "4. Notre bureau de Lyon"),
        opt_out=True,
    ),
    H(
        "bertrand-yahoo-papier",
        "yahoo",
        BERTRAND,
        "2026-12-02 09:12",
        "lettre",
        [
            "Bonjour,",
            "",
            "Je ne souhaite plus recevoir la version papier de la Lettre, la version électronique me suffit amplement. "
            "Pouvez-vous faire le nécessaire ?",
            "",
            "Merci et bonne journée,",
            "Monique Bertrand",
        ],
    ),
    H(
        "rocca-proton-rgpd",
        "proton",
        ROCCA,
        "2026-12-01 09:30",
        "lettre",
        [
            "Madame, Monsieur,",
            "",
            "En application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection "
            "et vous demande de supprimer mon adresse de vos fichiers. Merci de ne plus me contacter.",
            "",
            "Thibault Rocca",
        ],
        device=PROTON,
        opt_out=True,
    ),
    H(
        "vidal-adresse-perso",
        "gmail_mobile",
        VIDAL,
        "2026-12-01 19:40",
        "lettre",
        [
            "Bonjour, pouvez-vous m'envoyer désormais la lettre sur cette adresse perso plutôt que sur celle du bureau ? "
            "Merci de retirer l'ancienne (jm.vidal@vidal-btp.fr), je quitte la société fin décembre.",
            "Jean-Michel Vidal",
        ],
    ),
    H(
        "faure-mac-guillemets",
        "outlook_mac",
        FAURE,
        "2026-12-02 08:10",
        "lettre",
        [
            "Chère Madame,",
            "",
            "Dans votre lettre, vous écrivez : « Les donations consenties avant le 31 décembre doivent être signées chez "
            "le notaire au plus tard le 22 décembre ». Notre notaire nous dit pourtant pouvoir signer jusqu'au 30. Qui a "
            "raison ?",
            "",
            "Bien cordialement,",
            "",
            "Bertrand Faure",
            "Directeur général",
            "Faure Menuiseries Industrielles",
        ],
    ),
    H(
        "chabert-lien-newoutlook",
        "new_outlook",
        CHABERT,
        "2026-12-02 11:47",
        "lettre",
        [
            "Bonjour,",
            "",
            "Le lien vers la Lettre complète ne fonctionne pas chez moi (erreur 404). Pourriez-vous me l'envoyer en PDF ?",
            "",
            "Merci,",
            "Émilie Chabert",
            "Responsable administrative",
            "Chabert & Fils",
        ],
    ),
    H(
        "morvan-ios-desinscrire",
        "ios",
        MORVAN,
        "2026-12-01 21:03",
        "lettre",
        ["Merci de me désinscrire."],
        device=IPHONE,
        opt_out=True,
    ),
    H(
        "arnaud-roundcube-associe",
        "roundcube",
        ARNAUD_C,
        "2026-12-02 14:22",
        "lettre",
        [
            "Bonjour,",
            "",
            "Merci pour la Lettre. Pourriez-vous ajouter mon associé, Vincent Morel "
            "(v.morel@cabinet-arnaud-architectes.fr), à votre liste de diffusion ?",
            "",
            "Cordialement,",
            "-- ",
            "Cécile Arnaud",
            "Architecte DPLG",
            "Cabinet Arnaud Architectes",
        ],
    ),
    # ================================================================== KYC (mail merge)
    H(
        "vasseur-kyc-rouge",
        "outlook",
        VASSEUR,
        "2026-12-02 18:40",
        "kyc",
        ["Bonjour Madame,", "", "Voir mes réponses ci-dessous en rouge.", "", "Cordialement,", "Henri Vasseur"],
        inline=[
            ("pièce d'identité en cours de validité", ["=> jointe (passeport)"], "red"),
            ("justificatif de domicile", ["=> joint (facture d'électricité d'octobre)"], "red"),
            ("dernier avis d'imposition", ["=> je ne le retrouve pas, je le télécharge ce week-end"], "red"),
            ("questionnaire de connaissance", ["=> signé, joint également"], "red"),
        ],
        attach=["Passeport_Vasseur.pdf", "Facture_electricite_octobre.pdf", "Questionnaire_signe.pdf"],
    ),
    H(
        "dorval-kyc-initiales",
        "outlook_plain",
        DORVAL,
        "2026-12-03 10:15",
        "kyc",
        ["Bonjour,", "", "Mes réponses dans le texte, précédées de mes initiales.", "", "Jacqueline Dorval"],
        inline=[
            ("pièce d'identité en cours", ["JD : envoyée par courrier le 18 novembre, avec le questionnaire."]),
            ("justificatif de domicile", ["JD : ci-joint."]),
            ("dernier avis d'imposition", ["JD : ci-joint également."]),
            ("questionnaire de connaissance", ["JD : voir plus haut, parti par la poste."]),
        ],
        attach=["Justificatif_domicile.pdf", "Avis_IR_2026.pdf"],
    ),
    H(
        "lambert-kyc-tb-inline",
        "thunderbird",
        P("Roger Lambert", "roger.lambert@orange.fr"),
        "2026-12-02 20:05",
        "kyc",
        [],
        inline=[
            ("pièce d'identité en cours", ["Envoyée la semaine dernière par la poste."]),
            ("justificatif de domicile", ["Ci-joint."]),
            ("questionnaire de connaissance", ["Les deux sont sur mon espace client depuis ce matin."]),
        ],
        quote_keep=(None, "questionnaire de connaissance"),
        tail=["Bonne journée,", "-- ", "Roger Lambert"],
        attach=["justificatif.pdf"],
    ),
    H(
        "meunier-gmail-pj",
        "gmail",
        MEUNIER,
        "2026-12-02 11:20",
        "kyc",
        [
            "Bonjour Sandrine,",
            "",
            "Ci-joint les pièces demandées. Le questionnaire suivra par courrier, je n'ai pas d'imprimante à la maison.",
            "",
            "Bonne journée,",
            "Hélène Meunier",
        ],
        attach=["CNI_Meunier.pdf", "Avis_imposition_2026.pdf"],
    ),
    H(
        "giraud-ipad-weekend",
        "ios",
        GIRAUD,
        "2026-12-02 12:58",
        "kyc",
        ["Bonjour,", "Je m'en occupe ce week-end.", "Bien à vous", "MA Giraud"],
        device=IPAD,
    ),
    H(
        "aubry-zimbra-prefixe",
        "zimbra",
        AUBRY,
        "2026-12-03 08:30",
        "kyc",
        [
            "Bonjour,",
            "",
            "Tout a été déposé sur l'espace client hier soir (4 fichiers). Merci de me confirmer la bonne réception.",
            "",
            "Cordialement,",
            "Michel Aubry",
        ],
        prefix=True,
    ),
    H(
        "perrier-apple-vide-pj",
        "apple_mail",
        PERRIER,
        "2026-12-02 17:33",
        "kyc",
        [],
        attach=["Scan 2 déc. 2026 à 17.31.pdf"],
        empty_ok=True,
    ),
    H(
        "charpentier-laposte",
        "laposte",
        CHARPENTIER,
        "2026-12-03 15:40",
        "kyc",
        [
            "Bonjour,",
            "",
            "Je n'ai pas d'ordinateur pour scanner. Je passerai déposer les documents au bureau de Lyon jeudi prochain, "
            "en même temps que mon rendez-vous avec M. Kerbrat.",
            "",
            "Bien cordialement,",
            "Denise Charpentier",
        ],
    ),
    # ================================================================== MIF 2 (mail merge)
    H(
        "girard-mif2-majuscules",
        "outlook",
        GIRARD,
        "2026-12-03 17:02",
        "mif2",
        ["Bonjour,", "", "Réponses en majuscules sous vos questions.", "", "François Girard"],
        inline=[
            ("1. Votre situation familiale", ["NON, TOUJOURS MARIÉ, DEUX ENFANTS."]),
            ("2. Vos revenus annuels", ["OUI : +30 % DEPUIS MA NOMINATION EN SEPTEMBRE."]),
            ("3. Votre horizon de placement", ["OUI."]),
            ("4. Acceptez-vous toujours", ["OUI, MAIS PAS AU-DELÀ."]),
        ],
    ),
    H(
        "dubreuil-owa-rouge-html",
        "owa",
        DUBREUIL,
        "2026-12-04 09:10",
        "mif2",
        ["Bonjour,", "", "Voici mes réponses en rouge dans votre message.", "", "Catherine Dubreuil"],
        inline=[
            ("1. Votre situation familiale", ["Oui : je suis divorcée depuis juin."], "red"),
            ("2. Vos revenus annuels", ["Non."], "red"),
            (
                "3. Votre horizon de placement",
                ["Non, plutôt cinq ans : nous voulons acheter une résidence principale."],
                "red",
            ),
            ("4. Acceptez-vous toujours", ["Je préfère désormais ne pas dépasser 10 %."], "red"),
        ],
        html_only=True,
    ),
    H(
        "brun-gmail-inline",
        "gmail",
        BRUN,
        "2026-12-03 21:15",
        "mif2",
        ["Bonsoir,", "", "Réponses ci-dessous.", "", "Thomas"],
        inline=[
            ("1. Votre situation familiale", ["Non."]),
            ("2. Vos revenus annuels", ["Non, stables."]),
            ("3. Votre horizon de placement", ["Oui, aucun besoin avant la retraite (2041)."]),
            ("4. Acceptez-vous toujours", ["Oui."]),
        ],
    ),
    H(
        "roche-mobile",
        "gmail_mobile",
        ROCHE_O,
        "2026-12-03 18:30",
        "mif2",
        ["Pas de changement pour les 4 questions. Bonne soirée"],
    ),
    H(
        "collin-yahoo-liste",
        "yahoo",
        COLLIN,
        "2026-12-04 10:02",
        "mif2",
        ["Bonjour,", "", "1. Non", "2. Non", "3. Oui", "4. Oui, pas plus", "", "Bernadette Collin"],
    ),
    # ================================================================== rendez-vous Lyon (mail merge)
    H(
        "roux-ios-sujet",
        "ios",
        ROUX_S,
        "2026-11-30 18:02",
        "rdv_lyon",
        [],
        device=IPHONE,
        subject="Re: Votre rendez-vous au bureau de Lyon - 14h30 c'est parfait",
        empty_ok=True,
    ),
    H(
        "berthet-parfait",
        "new_outlook",
        BERTHET,
        "2026-12-01 08:15",
        "rdv_lyon",
        ["Bonjour Mathieu,", "", "Parfait, à jeudi 10h.", "", "Antoine Berthet", "Gérant - SARL Berthet"],
    ),
    H(
        "mirabel-sfr",
        "sfr",
        MIRABEL,
        "2026-12-01 10:40",
        "rdv_lyon",
        [
            "Bonjour,",
            "",
            "14h30 me convient. Je viendrai avec mon fils, qui reprendra la gestion de l'entreprise l'an prochain.",
            "",
            "Cordialement",
            "Josiane Mirabel",
        ],
    ),
    H(
        "dupuis-samsung-parking",
        "samsung",
        DUPUIS,
        "2026-11-30 19:22",
        "rdv_lyon",
        ["10h ok. Y a t il un parking à proximité ?"],
        device=GALAXY,
    ),
    # ================================================================== arbitrage (mail merge)
    H("leroux-ios-ok", "ios", LEROUX, "2026-11-27 11:42", "arbitrage", ["OK"], device=IPHONE),
    H(
        "moreau-orange",
        "orange",
        MOREAU,
        "2026-11-28 15:10",
        "arbitrage",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "D'accord pour l'arbitrage, mais je préfère limiter à 20 % de l'encours. À mon âge je ne veux pas prendre de "
            "risque.",
            "",
            "Envoyez-moi le bulletin par la poste, je n'arrive pas à imprimer.",
            "",
            "Cordialement",
            "Daniel Moreau",
        ],
    ),
    # ================================================================== vœux (mail merge)
    H(
        "lemoine-voeux-logo",
        "outlook",
        LEMOINE,
        "2026-12-18 11:20",
        "voeux",
        [
            "Chère Claire,",
            "",
            f"Merci et très belles fêtes à toute l'équipe{NB}! Au plaisir de vous voir en janvier.",
            "",
            "Frédéric Lemoine",
            "Président",
            "⟦img|image002.png@01DD4F2A.90B1C3E0|Groupe Lemoine⟧",
            "Groupe Lemoine Distribution",
            "⟦a|www.groupe-lemoine.fr|http://www.groupe-lemoine.fr/⟧",
        ],
    ),
    H("vial-ios-pouce", "ios", VIAL, "2027-01-11 08:12", "voeux", ["👍"], device=IPHONE),
    H(
        "marechal-apple-rdv",
        "apple_mail",
        MARECHAL,
        "2027-01-12 19:45",
        "voeux",
        [
            "Chère Claire,",
            "",
            "Merci pour vos vœux, et tous les miens pour 2027.",
            "",
            "Pourrions-nous fixer un rendez-vous fin janvier pour faire le point sur le contrat de ma mère ? Je suis "
            "disponible les 26, 27 et 28 janvier.",
            "",
            "Bien amicalement,",
            "Christine Maréchal",
        ],
        att_quoted=True,
    ),
    H(
        "dewitte-be-adresse",
        "outlook",
        DEWITTE,
        "2027-01-13 09:30",
        "voeux",
        [
            "Chère Madame Marchetti,",
            "",
            "Bonne année à vous et à toute l'équipe !",
            "",
            "Je profite de ce message pour vous signaler que notre société a changé d'adresse : Avenue Louise 231, 1050 "
            "Bruxelles. Merci de mettre à jour vos fichiers.",
            "",
            "Bien à vous,",
            "",
            "Pierre De Witte",
            "Managing Partner",
            "De Witte & Partners SRL",
        ],
    ),
    H(
        "barbier-laposte-voeux",
        "laposte",
        BARBIER,
        "2026-12-22 16:10",
        "voeux",
        ["Merci beaucoup, bonnes fêtes à vous aussi.", "Je note la nouvelle adresse de Lyon.", "", "G. Barbier"],
    ),
    H(
        "morand-roundcube-optout",
        "roundcube",
        MORAND,
        "2026-12-21 10:05",
        "voeux",
        [
            "Bonjour,",
            "",
            "Je ne suis plus cliente de votre cabinet depuis 2024. Merci de ne plus m'écrire et de supprimer mes "
            "coordonnées.",
            "",
            "Cordialement,",
            "-- ",
            "Isabelle Morand",
        ],
        opt_out=True,
    ),
    H(
        "guillot-yahoo-android",
        "yahoo",
        GUILLOT,
        "2026-12-19 13:20",
        "voeux",
        ["Merci et bonnes fêtes à toute l'équipe.", "R. Guillot"],
        device=["Envoyé de Yahoo Mail pour Android"],
    ),
    # ================================================================== petit-déjeuner des notaires
    H(
        "leclerc-outlook-texte",
        "outlook_plain",
        LECLERC_N,
        "2026-12-15 09:40",
        "petitdej",
        [
            "Chère Madame,",
            "",
            "Je vous remercie de votre aimable invitation au petit-déjeuner du 15 janvier, auquel je me rendrai avec "
            "plaisir. Je serai accompagné de ma collaboratrice, Maître Anne Hébert, notaire salariée, qui suit la "
            "plupart de nos dossiers de transmission d'entreprise.",
            "",
            "Nous souhaiterions, si l'ordre du jour le permet, évoquer la question des clauses bénéficiaires "
            "démembrées, sur lesquelles nous avons rencontré plusieurs difficultés cette année.",
            "",
            "Veuillez agréer, Chère Madame, l'expression de mes sentiments les meilleurs.",
            "",
            "Arnaud Leclerc",
            "Notaire",
            "Office notarial Leclerc - 76000 Rouen",
        ],
    ),
    H(
        "rivoire-dufresne",
        "outlook",
        DUFRESNE_SEC,
        "2026-12-16 11:05",
        "petitdej",
        [
            "Madame,",
            "",
            "Maître Dufresne sera présente le 15 janvier. Merci de prévoir également une place pour son clerc, "
            "M. Antoine Régnier.",
            "",
            "Bien cordialement,",
            "",
            "Nadège Rivoire",
            "Assistante de Maître Pascale Dufresne",
            "Dufresne & Associés, Notaires",
        ],
    ),
    H(
        "morel-banniere-niveau3",
        "outlook",
        MOREL,
        "2027-01-13 08:40",
        "petitdej_cm2",
        [
            "Parfait, merci. Je serai accompagné de ma consœur, Maître Laure Sicard.",
            "",
            "Bastien Morel",
            "Notaire associé",
            "Morel & Sicard, Notaires associés",
        ],
    ),
    H(
        "barral-sans-historique",
        "gmail",
        BARRAL,
        "2027-01-11 10:20",
        "petitdej",
        [
            "Bonjour Madame,",
            "",
            "Avec plaisir, je serai présente le 15 janvier.",
            "",
            "Bien cordialement,",
            "Marion Barral",
            "Notaire à Annecy",
        ],
        strip_quote=True,
    ),
    # ================================================================== succession Delmas
    H(
        "garnier-notoriete",
        "outlook",
        GARNIER,
        "2026-11-26 16:48",
        "succ_delmas",
        [
            "Monsieur,",
            "",
            "Je vous remercie pour ces éléments.",
            "",
            "Vous trouverez ci-joint l'acte de notoriété dressé le 19 novembre. S'agissant du contrat de capitalisation, "
            "je vous confirme qu'il sera porté à l'actif de la déclaration de succession pour sa valeur au jour du "
            f"décès{NB}; pourriez-vous m'adresser une attestation de valorisation à cette date{NB}?",
            "",
            "Je suis disponible jeudi 3 décembre à partir de 15 heures pour un point téléphonique.",
            "",
            "Bien cordialement,",
            "",
            "Hélène Garnier-Roux",
            "Notaire",
            "Étude Garnier-Roux",
            "45, cours de l'Intendance - 33000 Bordeaux",
            "Tél. 05 36 49 12 80",
            "⟦a|www.etude-garnier-roux.fr|https://www.etude-garnier-roux.fr/⟧",
            "",
            f"ATTENTION{NB}: l'Étude ne vous communiquera jamais de changement de coordonnées bancaires par courriel. "
            "En cas de doute, appelez-nous au numéro habituel avant tout virement.",
            "Ce message et ses pièces jointes sont confidentiels et soumis au secret professionnel.",
        ],
        to=[TL],
        cc=[SP],
        attach=["Acte de notoriété Delmas.pdf"],
    ),
    H(
        "delmas-gmail-guillemets",
        "gmail",
        DELMAS_P,
        "2026-11-28 11:32",
        "delmas_tl_fwd",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "Merci pour votre message. Vous écrivez que « le troisième entre dans l'actif successoral et sera réparti "
            "selon l'acte de notoriété ». Est-ce que cela veut dire que ma sœur et moi devrons payer des droits dessus, "
            "alors que les deux autres contrats en sont exonérés ?",
            "",
            "Par ailleurs, le 19 novembre Maître Garnier-Roux m'a écrit :",
            "« La déclaration de succession devra être déposée avant le 2 avril 2027. »",
            "Est-ce que vos démarches auprès des assureurs retardent ce calendrier ?",
            "",
            "Cordialement,",
            "Pierre Delmas",
        ],
        to=[TL],
        cc=[GARNIER],
    ),
    # ================================================================== Dutreil (forward with a note)
    H(
        "lefevre-transfert-daf",
        "outlook",
        LEFEVRE,
        "2026-11-20 08:15",
        "dutreil_morin",
        [
            "Madame Bouaziz,",
            "",
            "Je vous transfère la réponse de notre DAF ci-dessous. Pouvons-nous en parler lors de notre rendez-vous du "
            "2 décembre ? Sur le point 1, ma sœur est d'accord pour participer à l'engagement collectif.",
            "",
            "Bien cordialement,",
            "",
            "Bernard Lefèvre-Pons",
            "Président-directeur général",
            "Tôlerie Lefèvre SAS",
            "ZI du Marais - 42000 Saint-Étienne",
        ],
        to=[IB],
        fwd=True,
    ),
    # ================================================================== Aubonne (Genève)
    H(
        "sauthier-geneve",
        "outlook",
        SAUTHIER,
        "2026-11-20 09:12",
        "aubonne",
        [
            "Chère Madame,",
            "",
            "Merci pour le projet de convention, que nous avons relu avec la famille.",
            "",
            "Deux remarques :",
            "1) Vous écrivez que « la rémunération sera exclusivement forfaitaire » ; nous souhaiterions que ce "
            "principe figure aussi à l'article 7, qui mentionne encore des « frais d'intermédiation ».",
            "2) Le comité trimestriel devrait se tenir à Genève une fois sur deux.",
            "",
            "Sous réserve de ces deux points, la famille est prête à signer avant Noël.",
            "",
            "Meilleures salutations,",
            "",
            "Laurent Sauthier",
            "Chief Investment Officer",
            "Maison Aubonne Family Office SA",
            "Rue du Rhône 48 - 1204 Genève",
            "+41 22 318 40 12",
            "",
            "Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer "
            "l'expéditeur. This message is confidential. If you are not the intended recipient, please delete it and "
            "notify the sender.",
        ],
        recv_banner=SWISS,
    ),
    H(
        "berset-word-html",
        "new_outlook",
        BERSET,
        "2026-11-20 10:05",
        "aubonne",
        [
            "Madame,",
            "",
            "En complément du message de Laurent, pourriez-vous nous adresser la convention au format Word ? Notre "
            "juriste souhaite y apporter ses commentaires en mode révision.",
            "",
            "Avec mes meilleures salutations,",
            "",
            "Nadia Berset",
            "Juriste",
            "Maison Aubonne Family Office SA",
        ],
        to=[CM],
        cc=[SAUTHIER],
        recv_banner=SWISS,
        html_only=True,
    ),
    # ================================================================== mairie
    H(
        "coudray-mairie",
        "outlook",
        COUDRAY,
        "2026-11-23 10:02",
        "mairie",
        [
            "Monsieur,",
            "",
            "J'ai bien reçu votre proposition, qui a retenu l'attention de M. le Maire.",
            "",
            "Une réunion pourrait être organisée au premier trimestre 2027, en salle du conseil municipal, pendant la "
            "pause méridienne. Je vous précise qu'elle devra faire l'objet d'une information au comité social "
            "territorial et qu'aucun document commercial ne pourra être distribué aux agents.",
            "",
            "Mme Sophie Lenoir, responsable des ressources humaines, sera votre interlocutrice pour l'organisation "
            "pratique.",
            "",
            "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
            "",
            "Martine Coudray",
            "Directrice générale des services",
            "Mairie de Villeneuve-lès-Marcy",
            "1, place de la République - 77990 Villeneuve-lès-Marcy",
            "Tél. 01 99 00 63 20",
            "",
            "Ce courriel et ses éventuelles pièces jointes sont établis à l'attention exclusive de leurs destinataires. "
            "Les informations qu'il contient peuvent relever du secret professionnel. Toute utilisation non autorisée "
            "est interdite.",
        ],
        recv_banner=M365_FR,
    ),
    H(
        "lenoir-rh-owa",
        "owa",
        LENOIR,
        "2026-11-25 14:45",
        "mairie_jf2",
        [
            "Bonjour Monsieur Fabre,",
            "",
            "Mme Coudray m'a transmis votre message. Nous vous proposons le jeudi 11 février 2027 de 12h15 à 13h45, en "
            "salle du conseil.",
            "",
            "Nous comptons 112 agents, dont une trentaine à moins de dix ans de la retraite ; prévoyez une cinquantaine "
            "de participants.",
            "",
            "Pourriez-vous nous adresser d'ici le 15 janvier un court descriptif de l'intervention pour le comité social "
            "territorial ?",
            "",
            "Bien cordialement,",
            "",
            "Sophie Lenoir",
            "Responsable des ressources humaines",
            "Mairie de Villeneuve-lès-Marcy",
        ],
        to=[JF],
        cc=[COUDRAY],
        recv_banner=M365_FR,
    ),
    H(
        "perrotin-zimbra",
        "zimbra",
        ADJOINT,
        "2026-11-25 18:10",
        "mairie_jf2",
        [
            "Monsieur,",
            "",
            "En tant qu'adjoint chargé du personnel, je soutiens cette initiative. Je souhaite simplement que la réunion "
            "soit ouverte aussi aux agents contractuels, qui relèvent de l'IRCANTEC.",
            "",
            "Cordialement,",
            "",
            "Gilles Perrotin",
            "Adjoint au maire chargé des ressources humaines",
        ],
        to=[JF],
        cc=[COUDRAY, LENOIR],
    ),
    # ================================================================== médecin
    H(
        "benali-entete-colle",
        "outlook",
        BENALI,
        "2026-11-23 21:40",
        "per_benali",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "Merci pour la simulation. Avant de décider, j'ai interrogé ma caisse de retraite ; voici leur réponse, que "
            "je vous colle telle quelle :",
            "",
            "De : Service cotisants <cotisants@caisse-liberale-sud.fr>",
            "Envoyé : lundi 23 novembre 2026 09:12",
            "À : Dr Karim Benali <k.benali@cm-prado-marseille.fr>",
            "Objet : RE: Rachat de trimestres",
            "",
            "Docteur,",
            "Le rachat de trimestres au titre des années d'études est possible dans la limite de douze trimestres. Son "
            "coût dépend de votre âge à la date de la demande ; une estimation vous sera adressée sous quinze jours.",
            "",
            "Est-ce compatible avec les versements sur le PER que vous proposez ? Je préférerais ne pas tout engager la "
            "même année.",
            "",
            "Bien à vous,",
            "",
            "Dr Karim Benali",
            "Médecin généraliste",
            "Centre médical du Prado",
            "13008 Marseille",
        ],
    ),
    # ================================================================== IFI
    H(
        "castaing-gmail-ifi",
        "gmail",
        CASTAING_P,
        "2026-11-23 19:02",
        "ifi",
        [
            "Bonsoir Madame Bouaziz,",
            "",
            "L'agence de Biarritz doit passer jeudi pour l'estimation, je vous transmets l'avis dès réception. Pour la "
            "SCI, je demande le tableau à la banque demain.",
            "",
            "Les parts de SCPI : le relevé annuel n'arrive qu'en février, est-ce que celui du 30 septembre peut suffire ?",
            "",
            "Cordialement,",
            "",
            "-- ",
            "Pierre Castaing",
            "06 39 98 70 31",
        ],
        to=[IB],
        cc=[CASTAING_A],
    ),
    H(
        "castaing-anne-bottom",
        "gmail",
        CASTAING_A,
        "2026-11-24 08:15",
        "ifi",
        [
            "Bonjour,",
            "",
            "Pour la maison de Biarritz, nous avons déjà une estimation de mars 2026 (ci-jointe). Est-elle suffisante ?",
            "",
            "Anne Castaing",
        ],
        to=[IB],
        cc=[CASTAING_P],
        bottom=True,
        quote_keep=("Pour préparer votre déclaration", "le relevé de vos parts de SCPI"),
        attach=["Estimation maison Biarritz mars 2026.pdf"],
    ),
    H(
        "castaing-transfert-notaire",
        "gmail",
        CASTAING_P,
        "2026-12-01 09:05",
        "notaire_castaing",
        [
            "Madame Bouaziz,",
            "",
            "Pour information, voici le message de notre notaire. Pouvez-vous regarder avec elle le point sur la valeur "
            "des parts de la SCI du Port ?",
            "",
            "Merci,",
            "Pierre Castaing",
        ],
        to=[IB],
        fwd=True,
        attach=["Projet donation-partage Castaing.pdf"],
    ),
    # ================================================================== Luxembourg
    H(
        "schmit-releves-lu",
        "outlook",
        SCHMIT,
        "2026-12-01 14:22",
        "releve_lux",
        [
            "Bonjour Madame Pellegrin,",
            "",
            "Veuillez trouver ci-joint les relevés au 30 novembre pour les comptes 7741-02, 7741-05 et 7760-03.",
            "",
            "Le relevé du compte 7752-11 ne peut vous être transmis : le mandat d'information signé par le client a "
            "expiré le 15 novembre. Nous lui avons adressé un nouveau formulaire.",
            "",
            "Bien à vous,",
            "",
            "Marc Schmit",
            "Banque Privée - Desk France",
            "Banque Aldringen S.A.",
            "12, boulevard Royal - L-2449 Luxembourg",
            "T +352 26 48 71 20",
            "",
            "Banque Aldringen S.A. - R.C.S. Luxembourg B 212 449 - Ce message est confidentiel et peut être couvert par "
            "le secret bancaire. Si vous ne souhaitez plus recevoir de communications commerciales de la Banque, "
            "écrivez à privacy@aldringen.lu.",
            "This message is confidential and may be covered by banking secrecy. If you are not the intended "
            "recipient, please notify the sender and delete it.",
        ],
        to=[SP],
        recv_banner=LUX,
        attach=["Releve_7741-02_20261130.pdf", "Releve_7741-05_20261130.pdf", "Releve_7760-03_20261130.pdf"],
    ),
    # ================================================================== assureur (Lotus Notes)
    H(
        "brunet-notes",
        "lotus",
        BRUNET,
        "2026-11-25 17:55",
        "assureur",
        [
            "Madame,",
            "",
            "Je vous confirme les points suivants :",
            "- l'avenant de mandat peut être signé électroniquement via notre plateforme partenaires ;",
            "- les frais de gestion sous mandat sont de 0,60 % par an pour les encours supérieurs à 250 000 EUR, "
            "0,80 % en deçà ;",
            "- la prise en charge des arbitrages intervient le premier jour du mois suivant la réception de l'avenant "
            "signé.",
            "",
            "Ma collègue Martine Guérin, en copie, vous adressera les modèles.",
            "",
            "Cordialement,",
            "",
            "Olivier Brunet",
            "Responsable Partenariats CGP",
            "Mutuelle Saint-Clair Assurances",
            "79000 Niort",
        ],
        to=[CM],
        cc=[GUERIN],
    ),
    H(
        "guerin-notes",
        "lotus",
        GUERIN,
        "2026-11-26 14:10",
        "assureur_cm2",
        [
            "Madame,",
            "",
            "Veuillez trouver ci-joint le modèle d'avenant de gestion sous mandat, ainsi que la notice d'information à "
            "remettre au client.",
            "",
            "Pour les contrats ouverts avant 2015, un avenant spécifique est nécessaire : merci de nous indiquer les "
            "numéros concernés.",
            "",
            "Cordialement,",
            "",
            "Martine Guérin",
            "Service Partenaires",
            "Mutuelle Saint-Clair Assurances",
        ],
        to=[CM],
        cc=[BRUNET, SP],
        attach=["Avenant_mandat_SCC.pdf", "Notice_information_mandat.pdf"],
    ),
    # ================================================================== expert-comptable
    H(
        "roussel-tableau",
        "outlook",
        ROUSSEL,
        "2026-11-26 12:10",
        "roussel",
        [
            "Bonjour Monsieur Kerbrat,",
            "",
            "Voici les honoraires annuels de notre cabinet pour les trois dossiers (HT) :",
            "",
            "Dossier\tMission\t2026\t2027 (prévisionnel)",
            "SARL Berthet\tTenue + bilan\t4 800 €\t5 000 €",
            "SAS Mirabel\tRévision + juridique\t7 200 €\t9 500 €",
            "SCI Les Cèdres\tBilan + 2072\t1 350 €\t1 400 €",
            "",
            "La hausse pour Mirabel tient à l'opération d'apport. Jérôme, en copie, vous répondra sur le report "
            "d'imposition.",
            "",
            "Bien cordialement,",
            "Nathalie Roussel",
            "Expert-comptable associée",
            "Roussel Expertise",
            "3, rue de la Charité - 69002 Lyon",
        ],
        to=[MK],
        cc=[AUBERT],
        tight=True,
    ),
    H(
        "aubert-texte-cgi",
        "outlook_plain",
        AUBERT,
        "2026-11-26 17:30",
        "roussel-tableau",
        [
            "Bonjour,",
            "",
            "Sur le report d'imposition de M. Mirabel, attention à la condition de réinvestissement. L'article "
            "150-0 B ter du CGI prévoit :",
            "",
            "> En cas de cession des titres apportés dans un délai de trois ans à compter",
            "> de l'apport, le report d'imposition prend fin, sauf si la société",
            "> bénéficiaire s'engage à réinvestir au moins 60 % du produit de la cession",
            "> dans un délai de deux ans.",
            "",
            "Le délai de trois ans court à compter de l'apport : si la cession est prévue au printemps, il faudra "
            "réinvestir. Je vous propose d'en parler lors de notre réunion du 10 décembre.",
            "",
            "Cordialement,",
            "Jérôme Aubert",
            "Expert-comptable",
            "Roussel Expertise",
        ],
        to=[MK],
        cc=[ROUSSEL],
    ),
    # ================================================================== avocat fiscaliste
    H(
        "delorme-inline-bleu",
        "outlook",
        DELORME,
        "2026-11-27 19:05",
        "holding",
        [
            "Chère Claire,",
            "",
            "Mes réponses en bleu ci-dessous, précédées de mes initiales.",
            "",
            "Bien à vous,",
            "Antoine",
            "",
            "Antoine Delorme",
            "Avocat associé",
            "Delorme Sautel Avocats",
            "28, avenue de l'Opéra - 75001 Paris",
        ],
        inline=[
            (
                "1. L'apport des titres",
                [
                    "[AD] Oui, mais le risque d'abus de droit augmente si les négociations sont très avancées. Je "
                    "recommande un apport avant toute offre ferme."
                ],
                "blue",
            ),
            (
                "2. Le réinvestissement",
                [
                    "[AD] Oui, à condition que le fonds respecte le quota d'investissement de 75 % et que la "
                    "souscription intervienne dans les deux ans."
                ],
                "blue",
            ),
            (
                "3. Faut-il prévoir",
                [
                    "[AD] C'est la meilleure option fiscale, mais elle suppose que M. Vasseur accepte de perdre la main "
                    "sur le prix de cession : à discuter avec lui."
                ],
                "blue",
            ),
            ("4. Quel calendrier", ["[AD] Dépôt début janvier, réponse sous trois mois en principe."], "blue"),
        ],
        to=[CM],
        cc=[SAUTEL],
    ),
    H(
        "sautel-mac",
        "outlook_mac",
        SAUTEL,
        "2026-11-26 12:30",
        "holding",
        [
            "Chère Madame,",
            "",
            "Antoine étant en audience toute la journée, je vous confirme qu'il reviendra vers vous d'ici vendredi sur "
            "les quatre points.",
            "",
            "Bien à vous,",
            "",
            "Camille Sautel",
            "Avocate",
            "Delorme Sautel Avocats",
        ],
        to=[CM],
        cc=[DELORME],
    ),
    # ================================================================== Belgique
    H(
        "vandenbroucke-bruxelles",
        "outlook",
        VANDENBROUCKE,
        "2026-11-27 11:40",
        "donation_be",
        [
            "Madame,",
            "",
            "Je vous remercie pour votre message.",
            "",
            "La donation d'actions nominatives peut effectivement se faire par acte notarié, ce qui donne date certaine "
            "et permet d'appliquer le taux réduit prévu pour les entreprises familiales, sous réserve des conditions de "
            "maintien de l'activité et de l'emploi. Un don bancaire est également envisageable, mais il ne me paraît pas "
            "adapté à des actions nominatives inscrites au registre de la société.",
            "",
            "Je propose de recevoir M. Dumont et ses enfants le 10 ou le 15 décembre en notre étude. La signature "
            "pourrait intervenir avant le 23 décembre.",
            "",
            "Bien à vous,",
            "",
            "Sophie Vandenbroucke",
            "Notaire",
            "Avenue de Tervueren 112 - 1150 Bruxelles",
            "Tél. +32 2 640 18 55",
            "",
            "Le présent courriel et ses annexes sont confidentiels. Si vous l'avez reçu par erreur, nous vous prions "
            "d'en avertir l'expéditeur et de le supprimer.",
        ],
        to=[IB],
        cc=[DUMONT],
    ),
    H(
        "dumont-gmail-mobile",
        "gmail_mobile",
        DUMONT,
        "2026-11-28 09:20",
        "vandenbroucke-bruxelles",
        [
            "Bonjour Maître,",
            "",
            "Le 15 décembre nous convient, à 14h si possible. Mes enfants viendront de Namur et de Gand.",
            "",
            "Merci à toutes les deux,",
            "Philippe Dumont",
        ],
        to=[VANDENBROUCKE],
        cc=[IB],
    ),
    # ================================================================== Québec
    H(
        "lapointe-montreal",
        "outlook",
        LAPOINTE,
        "2026-11-26 11:47",
        "quebec",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "J'accuse réception de votre courriel. Je vous confirme que M. Tessier avait signé un testament notarié en "
            "mon étude le 14 mars 2019.",
            "",
            "Je ne peux toutefois vous en transmettre copie qu'avec l'autorisation du liquidateur de la succession, son "
            "fils, M. Mathieu Tessier. Je l'ai joint ce matin; il devrait me revenir d'ici la fin de semaine.",
            "",
            "Les certificats de recherche testamentaire de la Chambre des notaires et du Barreau du Québec seront joints "
            "à notre envoi.",
            "",
            "Salutations distinguées,",
            "",
            "Me Geneviève Lapointe, notaire",
            "Lapointe Notaires inc.",
            "1250, boulevard René-Lévesque Ouest, bureau 2200",
            "Montréal (Québec) H3B 4W8",
            "514 555-0148",
            "",
            "AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et peut être protégé par le secret professionnel. Si "
            "vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
            "CONFIDENTIALITY NOTICE: This email is confidential and may be privileged. If you received it in error, "
            "please notify the sender and delete it.",
        ],
    ),
    # ================================================================== Monaco
    H(
        "ottavi-monaco",
        "outlook",
        OTTAVI,
        "2026-11-27 16:30",
        "monaco",
        [
            "Chère Madame,",
            "",
            "Pour l'attestation de ressources suffisantes, notre établissement demande :",
            "- un dépôt minimum de 500 000 EUR par membre majeur du foyer, bloqué pendant la durée de validité de la "
            "carte de séjour ;",
            "- une lettre de la famille précisant l'origine des fonds ;",
            "- les justificatifs d'identité et de domicile des deux dernières années.",
            "",
            "Le délai de délivrance est de trois semaines après réception des fonds.",
            "",
            "Je reste à votre disposition,",
            "",
            "Stéphane Ottavi",
            "Directeur de clientèle - Banque Privée",
            "Crédit Rocher (Monaco) SAM",
            "Boulevard des Moulins - 98000 Monaco",
            "Tél. +377 97 98 42 10",
            "",
            "Crédit Rocher (Monaco) SAM - établissement de crédit agréé. Ce message et ses pièces jointes sont "
            "confidentiels ; toute diffusion non autorisée est interdite.",
        ],
    ),
    # ================================================================== Dakar, Abidjan
    H(
        "diallo-gmail-dakar",
        "gmail",
        DIALLO,
        "2026-12-01 08:45",
        "dakar",
        [
            "Bonjour Monsieur Kerbrat,",
            "",
            "Merci pour ces précisions. Je vous envoie les pièces demandées en trois messages séparés, les fichiers sont "
            "lourds.",
            "",
            "Le nantissement de mon contrat d'assurance-vie me convient, à condition que je puisse continuer à faire des "
            "versements libres.",
            "",
            "Cordialement,",
            "",
            "-- ",
            "Aminata Diallo-Sow",
            "Gérante - Diallo Conseil & Négoce",
            "⟦img|gsig-logo|Diallo Conseil & Négoce⟧",
            "Dakar - Plateau | +221 77 555 18 42",
        ],
    ),
    H("diallo-samsung-vu", "samsung", DIALLO, "2026-12-02 13:05", "dakar_mk2", ["Vu."], device=GALAXY),
    H(
        "yao-abidjan",
        "outlook",
        YAO,
        "2026-12-02 10:30",
        "abidjan",
        [
            "Monsieur Kerbrat,",
            "",
            "Merci pour votre sollicitation. Notre compagnie couvre effectivement des prêts consentis par des banques "
            "françaises, sous réserve que l'emprunteur réside dans l'un des pays de la zone CIMA et que le capital "
            "assuré n'excède pas 350 millions de FCFA.",
            "",
            "Je vous adresse en pièce jointe notre grille tarifaire et le questionnaire de santé.",
            "",
            "Cordialement,",
            "",
            "Koffi Yao",
            "Directeur Développement",
            "Atlantique Prévoyance",
            "Plateau, avenue Chardy - Abidjan, Côte d'Ivoire",
            "Tél. +225 27 20 31 55 10",
        ],
        to=[MK],
        cc=[KOUASSI],
        attach=["Grille_tarifaire_ADE_2027.pdf", "Questionnaire_sante.pdf"],
    ),
    H(
        "kouassi-zoho",
        "zoho",
        KOUASSI,
        "2026-12-03 09:15",
        "yao-abidjan",
        [
            "Bonjour Monsieur Kerbrat,",
            "",
            "Je confirme : nous avons déjà placé une dizaine de dossiers de ce type chez Atlantique Prévoyance. Les "
            "délais d'acceptation médicale sont de trois semaines environ.",
            "",
            "Je vous propose un appel mardi prochain à 11h, heure d'Abidjan.",
            "",
            "Bien cordialement,",
            "Adjoua Kouassi",
            "Kouassi Courtage",
        ],
        to=[MK],
        cc=[YAO],
    ),
    # ================================================================== Lausanne
    H(
        "perrin-mac-lausanne",
        "outlook_mac",
        PERRIN,
        "2026-12-01 07:50",
        "lausanne",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "Merci pour ce point très clair. Je souhaite conserver mes contrats d'assurance-vie. Pour le PEA, je préfère "
            "le clôturer avant mon départ.",
            "",
            "Vous pouvez m'appeler jeudi entre 12h et 14h au +41 79 555 23 41.",
            "",
            "Meilleures salutations,",
            "Céline Perrin-Vuilleumier",
        ],
    ),
    # ================================================================== help desks (agents)
    H(
        "zendesk-agent-1",
        "zendesk",
        AURELIE,
        "2026-11-26 15:12",
        "support_quintal",
        [
            "Bonjour Madame Pellegrin,",
            "",
            "Merci pour votre message. Il s'agit d'un problème connu de la version 8.2 sur les postes équipés d'Office "
            "64 bits.",
            "",
            "Pour le corriger :",
            "1. Fermez Quintal Gestion sur le poste concerné.",
            "2. Téléchargez le correctif 8.2.1 depuis votre espace client (rubrique Téléchargements).",
            "3. Lancez l'installation avec les droits administrateur, puis redémarrez le poste.",
            "",
            "N'hésitez pas à nous tenir informés.",
            "",
            "Cordialement,",
            "Aurélie",
            "Support Quintal Logiciels",
        ],
        to=[SP],
        ticket=4521,
        brand="Quintal Logiciels",
        zd_ref="4K7QZP-2M3R",
        subject="[Quintal Logiciels] Re: Export des valorisations impossible depuis la mise à jour 8.2",
        key="zendesk_1",
    ),
    H(
        "zendesk-agent-2",
        "zendesk",
        AURELIE,
        "2026-11-30 10:40",
        "sp_quintal2",
        [
            "Bonjour Madame Pellegrin,",
            "",
            "Le fichier vide vient d'un modèle d'export personnalisé enregistré sur ce poste. Supprimez le dossier "
            "C:\\Quintal\\Modeles\\Export puis relancez l'export : le modèle standard sera recréé automatiquement.",
            "",
            "Si le problème persiste, je peux prendre la main à distance : indiquez-moi un créneau.",
            "",
            "Cordialement,",
            "Aurélie",
            "Support Quintal Logiciels",
        ],
        to=[SP],
        ticket=4521,
        brand="Quintal Logiciels",
        zd_ref="4K7QZP-2M3R",
        subject="[Quintal Logiciels] Re: Export des valorisations impossible depuis la mise à jour 8.2",
    ),
    H(
        "freshdesk-agent",
        "freshdesk",
        FERRAND_N,
        "2026-11-27 14:00",
        "support_custodia",
        [
            "Bonjour Sandrine,",
            "",
            "Le relevé d'octobre du compte 40021 n'a pas été généré à cause d'une opération sur titres en attente de "
            "dénouement (échange de titres Dalmore SA). Il sera disponible dans votre espace partenaire demain matin.",
            "",
            "Je vous prie de nous excuser pour ce retard.",
            "",
            "Cordialement,",
            "",
            "Nicolas Ferrand",
            "Équipe Support Partenaires",
            "Custodia Titres",
        ],
        to=[SP],
        subject="Re: [#4412] Relevé d'opérations manquant – compte 40021",
    ),
    # ================================================================== association
    H(
        "toussaint-orange",
        "orange",
        TOUSSAINT,
        "2026-11-25 10:20",
        "mecenat",
        [
            "Monsieur Fabre,",
            "",
            "Merci pour votre message et pour l'intérêt de vos clients.",
            "",
            "Notre association est bien reconnue d'intérêt général et délivre des reçus fiscaux. Nous n'avons pas "
            "demandé de rescrit, notre commissaire aux comptes ne l'a pas jugé nécessaire.",
            "",
            "Les dons doivent nous parvenir au plus tard le 31 décembre.",
            "",
            "Mme Lemaire, notre trésorière, vous adressera la liste des projets en cours.",
            "",
            "Bien cordialement,",
            "Gérard Toussaint",
            "Président des Amis de l'Abbaye de Saint-Rémy",
        ],
        to=[JF],
        cc=[LEMAIRE],
    ),
    H(
        "lemaire-tresoriere-html",
        "owa",
        LEMAIRE,
        "2026-11-25 16:40",
        "mecenat",
        [
            "Bonjour Monsieur,",
            "",
            "Comme l'indique notre président, vous trouverez ci-joint la liste des trois projets en cours :",
            "- restauration de la toiture de la salle capitulaire (85 000 €) ;",
            "- consolidation du cloître (42 000 €) ;",
            "- numérisation des archives (9 500 €).",
            "",
            "Nous émettons des reçus fiscaux (formulaire Cerfa n° 11580) dans le mois qui suit chaque don.",
            "",
            "Cordialement,",
            "",
            "Françoise Lemaire",
            "Trésorière",
            "Les Amis de l'Abbaye de Saint-Rémy",
        ],
        to=[JF],
        cc=[TOUSSAINT],
        html_only=True,
        attach=["Projets 2026-2027.pdf"],
    ),
    H(
        "roux-tb-rescrit",
        "thunderbird",
        ROUX_B,
        "2026-11-26 09:12",
        "mecenat",
        [],
        inline=[
            (
                "si elle a obtenu un rescrit",
                [
                    "Petite précision au message de notre président : nous avions déposé une demande de rescrit en "
                    "2019, restée sans réponse, ce qui vaut accord tacite au bout de six mois."
                ],
            ),
            ("la date limite de réception", ["Pour les virements, la date de valeur sur notre compte fait foi."]),
        ],
        quote_keep=("si elle a obtenu un rescrit", "la date limite de réception"),
        tail=["Bien cordialement,", "-- ", "Bernard Roux, secrétaire", "Les Amis de l'Abbaye de Saint-Rémy"],
        to=[JF],
        cc=[TOUSSAINT, LEMAIRE],
        cs="ISO-8859-1",
    ),
    # ================================================================== family office Paris
    H(
        "valroger-niveau6",
        "outlook",
        VALROGER,
        "2026-11-27 11:10",
        "fo5",
        [
            "Claire,",
            "",
            "Le conseil de famille s'est réuni hier soir : il valide le calendrier, avec une préférence pour la semaine "
            "du 18 janvier chez Maître Garnier-Roux.",
            "",
            "Bien à vous,",
            "Anne-Charlotte",
            "",
            "Anne-Charlotte de Valroger",
            "Directrice générale",
            "Maison Verlaine Family Office",
            "9, avenue Hoche - 75008 Paris",
        ],
        to=[CM],
        cc=[VERNES],
    ),
    H(
        "vernes-ios-niveau6",
        "ios",
        VERNES,
        "2026-11-27 09:02",
        "fo5",
        ["Parfait pour moi. Coordonnées des agences envoyées hier soir à Sandrine.", "Édouard"],
        device=IPHONE,
        to=[CM],
        cc=[VALROGER],
    ),
    H(
        "vernes-apple-transfert",
        "apple_mail",
        VERNES,
        "2026-12-02 18:30",
        "herault_vernes",
        [
            "Claire,",
            "",
            "Pour information, ci-dessous la réponse de la banque dépositaire. Le fonds Horizon Santé devra donc être "
            "racheté : pouvez-vous évaluer l'impact fiscal pour la famille avant vendredi ?",
            "",
            "Merci,",
            "Édouard",
        ],
        to=[CM],
        fwd=True,
    ),
    # ================================================================== SCI (6 levels)
    H(
        "hamon-clause",
        "apple_mail",
        HAMON,
        "2026-12-02 09:10",
        "sci3",
        [
            "Bonjour à tous,",
            "",
            "Le projet d'acte partira vendredi comme prévu. Pour la notification de la cession à la SCI, je vous propose "
            "la clause suivante, sur le modèle de celle que nous avons utilisée pour la SCI du Moulin :",
            "",
            "Article 9 - Notification",
            "De : le Cédant",
            "À : la Société, en la personne de son gérant",
            "Objet : notification de la cession de 120 parts sociales",
            "La présente cession sera notifiée à la Société par lettre recommandée avec demande d'avis de réception "
            "dans les huit jours de sa signature.",
            "",
            "Merci de me dire si elle vous convient.",
            "",
            "Julie Hamon",
            "Avocate au Barreau de Mâcon",
        ],
        to=[OLLIVIER],
        cc=[IB, RIVIERE],
    ),
    H(
        "riviere-ios-niveau6",
        "ios",
        RIVIERE,
        "2026-12-02 12:30",
        "sci5",
        ["D'accord pour le 17 à 10h. Merci à tous.", "Étienne"],
        device=IPHONE,
        to=[IB],
        cc=[HAMON, OLLIVIER],
    ),
    H(
        "ollivier-tb-inline",
        "thunderbird",
        OLLIVIER,
        "2026-12-02 17:20",
        "sci5",
        [],
        inline=[
            (
                "pourrez-vous être présent ou joignable",
                [
                    "Joignable seulement : je serai en clôture chez un client ce jour-là. Je vous transmets l'arrêté des "
                    "comptes courants le 16 au soir."
                ],
            )
        ],
        quote_keep=(None, "pourrez-vous être présent ou joignable"),
        tail=["-- ", "Franck Ollivier", "Expert-comptable", "Ollivier Conseil - 71000 Mâcon"],
        to=[IB],
        cc=[HAMON, RIVIERE],
        cs="utf-8",
    ),
    # ================================================================== avocats
    H(
        "berthier-copie",
        "outlook",
        BERTHIER,
        "2026-12-01 09:20",
        "audit_avocats",
        [
            "Cher Monsieur,",
            "",
            "Merci pour ce récapitulatif. Retirez Paul de la copie, il a quitté le cabinet au 30 novembre ; c'est "
            "désormais Hélène Rocher, en copie, qui suit le sujet pour l'ensemble des associés.",
            "",
            "Je transmets votre demande aux associés aujourd'hui.",
            "",
            "Bien cordialement,",
            "",
            "Isabelle Berthier",
            "Avocate associée",
            "Berthier Lacombe & Associés",
        ],
        to=[TL],
        cc=[ROCHER],
        recv_banner=AVOCATS,
    ),
    H(
        "rocher-owa",
        "owa",
        ROCHER,
        "2026-12-02 15:30",
        "av_tl2",
        [
            "Bonjour Monsieur Levasseur,",
            "",
            "Bien reçu la liste, merci. Quatre associés sur six m'ont déjà transmis leur relevé ; je vous les envoie dès "
            "que j'ai les deux derniers, au plus tard le 15 décembre.",
            "",
            "Bien cordialement,",
            "",
            "Hélène Rocher",
            "Office manager",
            "Berthier Lacombe & Associés",
        ],
        to=[TL],
        cc=[BERTHIER],
        recv_banner=AVOCATS,
    ),
    # ================================================================== prévoyance, banques, gestion
    H(
        "carriere-free-zimbra",
        "zimbra",
        CARRIERE,
        "2026-12-01 21:30",
        "prevoyance",
        [
            "Bonsoir Monsieur Levasseur,",
            "",
            "J'ai regardé le comparatif. La formule avec indemnités dès le quatrième jour me va, mais 214 € par mois "
            "c'est plus que ce que j'avais prévu. Est-ce qu'on peut baisser le capital décès à 300 000 € pour réduire la "
            "cotisation ?",
            "",
            "Cordialement,",
            "Sylvain Carrière",
            "Carrière Bâtiment SARL",
        ],
    ),
    H(
        "favre-dynamics",
        "dynamics",
        FAVRE,
        "2026-12-03 11:15",
        "banque_valdor",
        [
            "Chère Madame,",
            "",
            "Je vous remercie de votre message. Un accord d'échange d'informations est envisageable, sous réserve d'un "
            "consentement écrit de chaque client, conforme à notre modèle interne.",
            "",
            "Je vous propose un appel le mardi 8 décembre à 10h00. Je vous enverrai une invitation Teams.",
            "",
            "Meilleures salutations,",
            "",
            "Nicolas Favre",
            "Banquier privé - Clientèle France",
            "Banque Valdor & Cie SA",
            "Quai de l'Île 17 - 1204 Genève",
        ],
        subject="RE: Proposition de partenariat – clients communs CRM:0004512",
    ),
    H(
        "maes-salesforce",
        "salesforce",
        DELCOURT,
        "2026-12-02 16:20",
        "banque_delcourt",
        [
            "Madame Marchetti,",
            "",
            "Merci pour votre intérêt. L'entrée en relation se fait lors d'un rendez-vous en agence, à Bruxelles ou à "
            "Liège, avec pièces d'identité et justificatif de l'origine des fonds. Le montant minimum d'avoirs est de "
            "250 000 EUR.",
            "",
            "Je vous propose de me transmettre les coordonnées de vos clients afin que je les contacte directement.",
            "",
            "Bien à vous,",
            "",
            "Julie Maes",
            "Private Banker",
            "Banque Delcourt - Private Banking",
        ],
        trailer=["ref:!00D8d0bJmK.!500Qy01Xt7Q:ref"],
    ),
    H(
        "texier-hubspot",
        "hubspot",
        SILLON,
        "2026-12-03 09:40",
        "scpi",
        [
            "Bonjour Thomas,",
            "",
            "Il reste environ 2,4 M€ d'enveloppe sur Sillon Habitat pour 2026, donc pas de souci pour vos 180 000 €. "
            "Attention : les bulletins doivent nous parvenir complets avant le 18 décembre pour une jouissance au "
            "1er mars.",
            "",
            "Belle journée,",
            "Romain",
            "",
            "-- ",
            "Romain Texier",
            "Responsable partenariats CGP",
            "Pierre & Sillon Gestion",
        ],
    ),
]
