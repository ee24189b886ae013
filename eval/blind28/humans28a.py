"""blind28 human replies, part A: webmail of the French ISPs (Orange, SFR, Free, La Poste, Bouygues), Yahoo,
Hotmail / Outlook.com and Gmail (web and Android)."""

from clients28 import Reply, a_gmail_fr, mid_gmail, pref
from firm28 import (
    ADV,
    Out,
    P,
    T_bilan,
    T_bilan_en,
    T_kyc,
    T_letter_en,
    T_lettre,
    T_pieces,
    T_reunion,
    T_succession,
    T_versement,
    local,
    mk,
    outlook_block,
)
from mime12 import D, rng

ORANGE = ("smtp.orange.fr", "203.0.113.21")
ORANGE2 = ("smtp-out.orange.fr", "203.0.113.22")
SFR = ("smtp-out.sfr.fr", "203.0.113.35")
FREE = ("smtp1-g21.free.fr", "203.0.113.48")
LAPOSTE = ("smtp.laposte.net", "203.0.113.57")
BBOX = ("smtp.bbox.fr", "203.0.113.63")
YAHOO = ("sonic314-21.consmr.mail.ir2.yahoo.com", "198.51.100.71")
OUTLOOKCOM = ("EUR02-VI1-obe.outbound.protection.outlook.com", "198.51.100.84")
GMAIL = ("mail-wm1-f47.google.com", "198.51.100.92")

N = []


def add(*a, **k):
    N.append(Reply(*a, **k))


# ---------------------------------------------------------------- Orange webmail (wanadoo.fr / orange.fr)
dupuy = P("Josette Dupuy", "josette.dupuy33@wanadoo.fr")
o = mk("dupuy", "hm", dupuy, T_bilan, "2027-07-06 10:15", greet="Bonjour Madame Dupuy,")
add(
    "dupuy-jeudi-convient",
    "orange_webmail",
    dupuy,
    o,
    "2027-07-06 17:42",
    top=[
        "Bonjour Madame Marchetti,",
        "",
        "Le {s2c} à 14 h 30 me convient très bien. Je viendrai au cabinet avec mon fils Patrick qui s'occupe un peu "
        "de mes papiers.",
        "",
        "Bien cordialement",
        "Josette Dupuy",
    ],
    relay=ORANGE,
)

lafargue = P("Bernard Lafargue", "b.lafargue@orange.fr")
o = mk("lafargue", None, lafargue, T_lettre, "2027-07-08 09:00")
add(
    "lafargue-ne-plus-recevoir",
    "orange_webmail",
    lafargue,
    o,
    "2027-07-08 11:05",
    top=["Je ne souhaite plus recevoir votre lettre.", "Merci.", "B. Lafargue"],
    opt_out=True,
    relay=ORANGE2,
)

castaing = P("Roger Castaing", "roger.castaing@wanadoo.fr")
o = mk("castaing", "jc", castaing, T_kyc, "2027-07-12 09:40", greet="Bonjour Monsieur Castaing,")
add(
    "castaing-reponses-majuscules",
    "orange_webmail",
    castaing,
    o,
    "2027-07-13 20:14",
    top=["Bonjour Monsieur Cazaux voici mes réponses"],
    inline=[
        ("1. Votre situation", ["NON TOUJOURS MARIE AVEC LA MEME !"]),
        ("2. Vos revenus", ["NON LA RETRAITE AGRICOLE NE BOUGE PAS BEAUCOUP"]),
        (
            "3. Avez-vous",
            [
                "OUI ON PENSE VENDRE LES VIGNES DE SAINT SULPICE A NOTRE NEVEU EN 2028",
                "ON EN PARLERA QUAND VOUS PASSEREZ",
            ],
        ),
    ],
    relay=ORANGE,
    sent_copy=True,
)

pujol = P("Andrée Pujol", "andree.pujol@wanadoo.fr")
o = mk("pujol", None, pujol, T_lettre, "2027-08-03 09:00")
add(
    "pujol-fille-maison-de-retraite",
    "orange_webmail",
    pujol,
    o,
    "2027-08-05 14:20",
    top=[
        "Bonjour,",
        "",
        "Je suis la fille de Mme Andrée Pujol. Ma mère est maintenant en maison de retraite et ne consulte plus sa "
        "messagerie.",
        "Merci de ne plus lui envoyer votre lettre ni aucun autre message à cette adresse.",
        "Pour son contrat d'assurance-vie, vous pouvez me joindre au 06 39 98 20 17.",
        "",
        "Cordialement,",
        "Martine Pujol-Serres",
    ],
    opt_out=True,
    relay=ORANGE2,
)

garrigue = P("Lucien Garrigue", "lucien.garrigue@orange.fr")
o = mk("garrigue", "hm", garrigue, T_pieces, "2027-07-20 11:00", greet="Bonjour Monsieur Garrigue,")
add("garrigue-rien-ecrit", "orange_webmail", garrigue, o, "2027-07-21 08:55", top=[], relay=ORANGE)

ducasse = P("Monique Ducasse", "monique.ducasse@wanadoo.fr")
o = mk("ducasse", "hm", ducasse, T_bilan, "2027-07-27 10:00", greet="Bonjour Madame Ducasse,")
add(
    "ducasse-arcachon-rentree",
    "orange_webmail",
    ducasse,
    o,
    "2027-07-28 09:31",
    top=[
        "Bonjour Hélène,",
        "",
        "Je serai chez ma fille à Arcachon du 2 au 22 août, aucune de vos dates ne m'arrange.",
        "Est-ce qu'on pourrait se voir à la rentrée, à partir du 6 septembre ? Le matin de préférence.",
        "",
        "Bonne journée",
        "Monique",
    ],
    relay=ORANGE,
)

hollis = P("Margaret Hollis", "m.hollis24@orange.fr")
o = mk("hollis", "hm", hollis, T_bilan_en, "2027-07-05 14:30", greet="Dear Mr and Mrs Hollis,", lang="en")
add(
    "hollis-english-orange",
    "orange_webmail",
    hollis,
    o,
    "2027-07-06 10:12",
    top=[
        "Dear Hélène,",
        "",
        "Thank you for your email. {s1} at 10 am would suit us both. Could you please bring the papers about the "
        "beneficiary clause we discussed last year?",
        "",
        "Best wishes,",
        "Margaret and Geoffrey Hollis",
    ],
    lang="en",
    relay=ORANGE2,
)

# ---------------------------------------------------------------- SFR webmail (sfr.fr / neuf.fr), HTML only
moreau = P("Gérard Moreau", "gerard.moreau44@sfr.fr")
o = mk("moreau", "sl", moreau, T_pieces, "2027-07-07 10:20", greet="Bonjour Monsieur Moreau,")
add(
    "moreau-bien-recu",
    "sfr_webmail",
    moreau,
    o,
    "2027-07-07 18:03",
    top=[
        "Bonjour Madame Le Goff,",
        "Bien reçu, je vous envoie les papiers demain matin depuis le bureau, je n'ai pas de scanner à la maison.",
        "Cordialement",
        "Gérard Moreau",
    ],
    relay=SFR,
    opts={"sep": "----- Mail d’origine -----"},
)

lemaitre = P("Chantal Lemaître", "chantal.lemaitre@neuf.fr")
o = mk("lemaitre", "sl", lemaitre, T_versement, "2027-07-15 10:00", greet="Bonjour Madame Lemaître,")
add(
    "lemaitre-arreter-versement",
    "sfr_webmail",
    lemaitre,
    o,
    "2027-07-16 12:47",
    top=[
        "Bonjour Sophie,",
        "",
        "Finalement je préfère ne pas mettre en place ce versement.",
        "Et merci d'arrêter aussi celui de 100 € par mois sur le PEA à partir de septembre, nous avons des travaux à "
        "payer.",
        "",
        "Bien à vous,",
        "Chantal Lemaître",
    ],
    relay=SFR,
    opts={"sep": "----- Mail d’origine -----"},
)

texier = P("Alain Texier", "alain.texier@sfr.fr")
o = mk("texier", None, texier, T_lettre, "2027-09-02 09:00")
add(
    "texier-rgpd",
    "sfr_webmail",
    texier,
    o,
    "2027-09-03 07:58",
    top=[
        "Madame, Monsieur,",
        "",
        "Conformément au Règlement général sur la protection des données, je vous demande de supprimer mes "
        "coordonnées de vos fichiers et de cesser tout envoi à cette adresse.",
        "Je n'ai jamais été client de votre cabinet.",
        "",
        "A. Texier",
    ],
    opt_out=True,
    relay=SFR,
    opts={"sep": "----- Mail d’origine -----"},
)

# ---------------------------------------------------------------- Free (Zimbra webmail)
barrere = P("Patrick Barrère", "patrick.barrere47@free.fr")
o = mk("barrere", "jc", barrere, T_bilan, "2027-07-02 16:00", greet="Bonjour Monsieur Barrère,", place="chez vous")
add(
    "barrere-moisson",
    "free_zimbra",
    barrere,
    o,
    "2027-07-05 21:37",
    top=[
        "Bonjour Julien",
        "",
        "pour le rendez vous ce sera plutot apres le 20 juillet on est en pleine moisson d'ici la. le {s3c} a la "
        "rigueur mais en fin de journee.",
        "ma femme sera la aussi",
        "",
        "Patrick",
    ],
    relay=FREE,
)

lannes = P("Yves Lannes", "yves.lannes@free.fr")
o = mk("lannes", None, lannes, T_lettre, "2027-07-08 09:00")
add("lannes-stop", "free_zimbra", lannes, o, "2027-07-09 10:10", top=["STOP"], opt_out=True, relay=FREE)

charrier = P("Danielle Charrier", "danielle.charrier@free.fr")
o = mk("charrier", None, charrier, T_lettre, "2027-08-03 09:00")
add(
    "charrier-plus-de-papier",
    "free_zimbra",
    charrier,
    o,
    "2027-08-04 15:22",
    top=[
        "Bonjour,",
        "",
        "Je ne veux plus recevoir les relevés papier de mon contrat d'assurance-vie, tout par mail c'est très bien.",
        "Par contre continuez à m'envoyer la lettre, elle est très intéressante.",
        "",
        "Danielle Charrier",
    ],
    relay=FREE,
)

# ---------------------------------------------------------------- La Poste webmail (HTML only)
pasquier = P("Odette Pasquier", "odette.pasquier@laposte.net")
o = mk(
    "pasquier",
    "tg",
    pasquier,
    T_succession,
    "2027-07-19 10:30",
    greet="Chère Madame,",
    defunt="votre mari",
    contrat="Sérénité Patrimoine",
)
add(
    "pasquier-rappel-lundi",
    "laposte_webmail",
    pasquier,
    o,
    "2027-07-22 15:05",
    top=[
        "Bonjour Monsieur Guérin,",
        "Merci pour votre gentil message.",
        "Mon fils doit venir lundi prochain, nous vous appellerons ensemble pour les papiers.",
        "Odette Pasquier",
    ],
    relay=LAPOSTE,
    opts={"ox_host": "laposte.net"},
)

rouxel = P("Jean-Yves Rouxel", "jy.rouxel@laposte.net")
o = mk("rouxel", "sl", rouxel, T_kyc, "2027-08-24 09:15", greet="Bonjour Monsieur Rouxel,")
add(
    "rouxel-nouvelle-adresse",
    "laposte_webmail",
    rouxel,
    o,
    "2027-08-25 11:40",
    top=[
        "Bonjour,",
        "",
        "Pour vos questions : pas de changement de situation ni de revenus, pas de projet.",
        "",
        "Par contre ne m'envoyez plus rien par courrier à l'adresse de Saint-Nazaire, j'ai vendu la maison.",
        "Ma nouvelle adresse : 4 rue des Hortensias, 44500 La Baule.",
        "Continuez bien sûr à m'écrire par mail.",
        "",
        "J.-Y. Rouxel",
    ],
    relay=LAPOSTE,
    opts={"ox_host": "laposte.net"},
)

# ---------------------------------------------------------------- Bouygues (bbox.fr webmail)
morin = P("Karine Morin", "boulangerie.morin@bbox.fr")
o = mk("morin", "sl", morin, T_bilan, "2027-09-06 09:30", greet="Bonjour Madame Morin,")
add(
    "morin-apres-fermeture",
    "bbox_webmail",
    morin,
    o,
    "2027-09-07 13:55",
    top=[
        "Bonjour,",
        "c'est bon pour le {s2c} mais plutôt à 18 h 30 après la fermeture, si c'est possible pour vous.",
        "Karine Morin",
        "Boulangerie Morin – Rezé",
    ],
    relay=BBOX,
)

# ---------------------------------------------------------------- Yahoo (web, Android)
ferrer = P("Josiane Ferrer", "josiane.ferrer@yahoo.fr")
o = mk("ferrer", "hm", ferrer, T_bilan, "2027-09-13 10:00", greet="Bonjour Madame Ferrer,")
add(
    "ferrer-yahoo-vendredi",
    "yahoo_web",
    ferrer,
    o,
    "2027-09-13 19:20",
    top=[
        "Bonjour Madame Marchetti,",
        "",
        "Je préfère le {s3c} à 9 h 30, au cabinet.",
        "",
        "Bonne soirée",
        "Josiane Ferrer",
    ],
    relay=YAHOO,
)

chauvet = P("Didier Chauvet", "didier.chauvet@yahoo.fr")
o = mk("chauvet", None, chauvet, T_lettre, "2027-08-03 09:00")
add(
    "chauvet-desabonnez-pas",
    "yahoo_android",
    chauvet,
    o,
    "2027-08-03 12:14",
    top=[
        "Ne me désabonnez surtout pas ! Mon petit-fils a répondu STOP par erreur depuis ma tablette la semaine "
        "dernière.",
        "Je veux continuer à recevoir la lettre.",
        "Didier Chauvet",
    ],
    device="Envoyé depuis Yahoo Mail pour Android",
    relay=YAHOO,
    opts={"mailer": "WebService/1.1.25118 YahooMailAndroidMobile"},
)

# ---------------------------------------------------------------- Hotmail / Outlook.com (Outlook on the web)
bouvet = P("Nicolas Bouvet", "nicolas.bouvet@hotmail.fr")
o = mk(
    "bouvet",
    "tg",
    bouvet,
    T_succession,
    "2027-07-09 10:00",
    greet="Bonjour Monsieur Bouvet,",
    defunt="votre père",
    contrat="Horizon Vie",
)
add(
    "bouvet-acte-de-deces",
    "outlook_com",
    bouvet,
    o,
    "2027-07-12 22:10",
    top=[
        "Bonjour Monsieur Guérin,",
        "",
        "Merci pour votre message. Vous trouverez ci-joint l'acte de décès et mon RIB. Ma carte d'identité est "
        "périmée : je vous envoie la nouvelle dès que je l'ai (rendez-vous en mairie le 28 juillet).",
        "",
        "Cordialement,",
        "Nicolas Bouvet",
    ],
    relay=OUTLOOKCOM,
    opts={"owa": True},
)

leroux = P("Sandrine Leroux", "sandrine.leroux@outlook.fr")
o = mk("leroux", None, leroux, T_lettre, "2027-09-02 09:00")
add(
    "leroux-retirer-liste",
    "outlook_com",
    leroux,
    o,
    "2027-09-06 08:30",
    top=["Bonjour,", "", "Merci de me retirer de votre liste de diffusion.", "", "Cordialement", "S. Leroux"],
    opt_out=True,
    relay=OUTLOOKCOM,
    opts={"owa": True},
)

giraud = P("Fabien Giraud", "fabien.giraud@hotmail.com")
o = mk("giraud", "sl", giraud, T_bilan, "2027-07-07 14:00", greet="Bonjour Monsieur Giraud,")
add(
    "giraud-visio",
    "outlook_com",
    giraud,
    o,
    "2027-07-08 07:45",
    top=[
        "Bonjour Sophie,",
        "",
        "Je suis à Lyon pour le travail toute la semaine du 19 juillet. Le {s3c} à 9 h 30 en visio, ce serait "
        "possible ?",
        "",
        "Merci,",
        "Fabien",
    ],
    relay=OUTLOOKCOM,
    opts={"owa": True},
)

# ---------------------------------------------------------------- Gmail (web)
lebreton = P("Marc Lebreton", "marc.lebreton.menuiserie@gmail.com")
o = mk("lebreton", "sl", lebreton, T_bilan, "2027-09-07 10:00", greet="Bonjour Monsieur Lebreton,")
add(
    "lebreton-signature",
    "gmail_web",
    lebreton,
    o,
    "2027-09-07 12:31",
    top=[
        "Bonjour Sophie,",
        "",
        "Le {s2c} à 14 h 30 c'est parfait pour moi.",
        "Je viendrai avec les bilans de la société.",
        "",
        "Bonne journée,",
        "-- ",
        "Marc Lebreton",
        "Gérant – Lebreton Menuiserie",
        "ZA du Bois Joli – 44470 Carquefou",
        "06 39 98 31 05",
    ],
    relay=GMAIL,
)

cordier = P("Anne Cordier", "dr.anne.cordier@gmail.com")
o = mk("cordier", "sl", cordier, T_kyc, "2027-07-05 09:20", greet="Bonjour Docteur,")
add(
    "cordier-reponses-dans-le-texte",
    "gmail_web",
    cordier,
    o,
    "2027-07-06 22:48",
    top=["Bonsoir,", "", "Mes réponses dans le texte.", "", "Anne Cordier"],
    inline=[
        ("1. Votre situation", ["Oui : nous nous sommes pacsés en avril."]),
        ("2. Vos revenus", ["Non, à peu près stables."]),
        (
            "3. Avez-vous",
            ["Peut-être l'achat des murs du cabinet avec mes deux associés,", "on en parle à la rentrée."],
        ),
    ],
    relay=GMAIL,
    sent_copy=True,
)

martineau = P("Claire Martineau", "claire.martineau@gmail.com")
o = mk("martineau", "hm", martineau, T_pieces, "2027-09-14 11:00", greet="Bonjour Madame Martineau,")
add("martineau-merci", "gmail_web", martineau, o, "2027-09-14 11:26", top=["Merci !"], relay=GMAIL)

# a reply to a reply: the firm's answer quotes his earlier Gmail message, which quotes the firm's first one
fougere = P("Pascal Fougère", "pascal.fougere@gmail.com")
m1 = mk("fougere-1", "sl", fougere, T_pieces, "2027-08-30 10:00", greet="Bonjour Monsieur Fougère,")
m2_date = D("2027-08-31 19:40", 2)
m2_id = mid_gmail(rng("blind28-fougere-2"), "gmail.com")
m2 = [
    "Bonsoir Sophie,",
    "",
    "Je vous envoie tout ça demain depuis le restaurant.",
    "Une question : si je verse 5 000 € sur le PER avant décembre, je déduis tout de mes revenus 2027 ?",
    "",
    "Pascal",
]
m3 = [
    "Bonjour Monsieur Fougère,",
    "",
    "Oui, dans la limite de votre plafond de déduction, qui figure sur votre avis d'imposition 2027. D'après "
    "celui de l'an dernier, vous disposez de plus de 9 000 €.",
    "",
    "Bien cordialement,",
    "",
    *ADV["sl"].sig(),
    "",
    *outlook_block(fougere, m2_date, ADV["sl"].p, "Re: Documents manquants pour votre dossier"),
    "",
    *m2,
    "",
    a_gmail_fr(m1, local(m1.date, 2)),
    "",
    *pref(m1.lines),
]
o = Out(
    "fougere-3",
    "sl",
    fougere,
    "RE : Documents manquants pour votre dossier",
    m3,
    "2027-09-01 09:12",
    refs=[m1.msgid, m2_id],
)
add(
    "fougere-reponse-a-la-reponse",
    "gmail_web",
    fougere,
    o,
    "2027-09-01 13:05",
    top=["Parfait, je fais le virement la semaine prochaine.", "Merci pour la réponse rapide !", "", "Pascal"],
    subject="Re: RE : Documents manquants pour votre dossier",
    relay=GMAIL,
)

# a forward of his bank's letter, with his comment above it (not a reply to the firm)
guillou = P("Yannick Guillou", "yannick.guillou29@gmail.com")
add(
    "guillou-transfert-commente",
    "gmail_web",
    guillou,
    None,
    "2027-07-02 09:05",
    top=[
        "Bonjour Sophie,",
        "",
        "Voici ce que la banque m'a envoyé ce matin. 150 € de frais pour le transfert du PEA,",
        "c'est normal ? Je n'ai rien signé pour l'instant.",
        "",
        "Yannick",
    ],
    to=ADV["sl"].p,
    subject="Fwd: Votre demande de transfert de PEA",
    irt=False,
    opts={"fam": "gmail_fwd"},
    forward={
        "date": "2027-07-02 08:12",
        "block": [
            "De : Banque Océane <service.clients@banque-oceane.example>",
            "Date: ven. 2 juil. 2027 à 08:12",
            "Subject: Votre demande de transfert de PEA",
            "To: <yannick.guillou29@gmail.com>",
        ],
        "lines": [
            "Cher client,",
            "",
            "Nous accusons réception de votre demande de transfert de votre PEA n° 0099 4471 vers un autre "
            "établissement.",
            "Conformément à nos conditions tarifaires, des frais de 15 € par ligne, plafonnés à 150 €, seront "
            "prélevés sur votre compte.",
            "",
            "Votre conseiller reste à votre disposition.",
            "",
            "Banque Océane – Service clients",
        ],
    },
    relay=GMAIL,
)

ashworth = P("Peter Ashworth", "peter.ashworth.dordogne@gmail.com")
o = mk("ashworth", None, ashworth, T_letter_en, "2027-07-08 09:30", lang="en")
add(
    "ashworth-remove-me",
    "gmail_web",
    ashworth,
    o,
    "2027-07-09 16:40",
    top=[
        "Hello,",
        "",
        "Please remove me from your newsletter list.",
        "We sold the house in Issigeac and moved back to Norfolk in May.",
        "",
        "Regards,",
        "Peter Ashworth",
    ],
    lang="en",
    opt_out=True,
    relay=GMAIL,
)

lemoine = P("Hugues Lemoine", "hugues.lemoine@gmail.com")
o = mk("lemoine", None, lemoine, T_lettre, "2027-07-08 09:00")
add(
    "lemoine-plus-de-scpi",
    "gmail_web",
    lemoine,
    o,
    "2027-07-12 08:15",
    top=[
        "Bonjour,",
        "",
        "Suite à votre lettre : je ne souhaite plus investir en SCPI,",
        "les rendements baissent chaque année.",
        "Pouvez-vous me proposer autre chose pour les 30 000 € de mon livret ?",
        "",
        "Hugues Lemoine",
    ],
    relay=GMAIL,
)

# ---------------------------------------------------------------- Gmail (Android)
roux = P("Jacques Roux", "jacques.roux44@gmail.com")
o = mk("roux", "jc", roux, T_reunion, "2027-09-01 10:00", greet="Bonjour Monsieur Roux,")
add(
    "roux-fils-ne-plus-contacter",
    "gmail_android",
    roux,
    o,
    "2027-09-02 19:12",
    top=[
        "Bonjour,",
        "Je réponds pour mon père qui ne se sert plus de son téléphone.",
        "Il ne souhaite plus être démarché, merci de ne plus le contacter,",
        "ni par mail ni par téléphone.",
        "Kevin Roux (son fils)",
    ],
    opt_out=True,
    relay=GMAIL,
)

bertin = P("Loïc Bertin", "loic.bertin.kine@gmail.com")
o = mk("bertin", None, bertin, T_lettre, "2027-08-03 09:00")
add(
    "bertin-arretez-moi-si-je-me-trompe",
    "gmail_android",
    bertin,
    o,
    "2027-08-04 13:02",
    top=[
        "Bonjour,",
        "Arrêtez-moi si je me trompe, le plafond PER d'un libéral est de 10 % ?",
        "Je veux bien un rendez-vous en septembre pour en parler.",
        "Loïc",
    ],
    relay=GMAIL,
)
