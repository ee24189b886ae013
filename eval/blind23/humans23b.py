"""blind23: human replies to the Lyon office, continued (opt-out look-alikes, Belgian clients) and the Projet Atlas
corporate-advisory thread with a Moroccan company (its CEO, CFO and lawyer), plus other Moroccan correspondents."""

from functools import partial as P

from case23 import Case
from clients23 import Person, q_apple, q_gmail, q_outlook, q_outlook_mobile
from firm23 import CF, MC, YA, bilan, firm_mail, fiscal, lettre

N = []


def add(c):
    N.append(c)
    return c


# --- 21. paper statements (NOT an opt-out)
p = Person("Monique Sauvage", "monique.sauvage@outlook.example")
o = lettre("sauvage", p, "Madame Sauvage")
add(
    Case(
        "sauvage-releves-papier",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-09 15:30",
        q_outlook,
        [
            "Bonjour,",
            "",
            "Merci pour votre lettre.",
            "Je profite de ce message : pourriez-vous ne plus m'envoyer les relevés de mon contrat d'assurance-vie par "
            "courrier ? Je préfère les consulter sur l'espace client, cela fera moins de papier.",
            "La lettre par courriel, en revanche, je la garde volontiers.",
            "",
            "Monique Sauvage",
        ],
    )
)

# --- 22. a widow asks to take her late husband off the joint account (NOT an opt-out)
p = Person("Jacqueline Morin", "jacqueline.morin@gmail.example")
o = bilan("morin", CF, p, "Madame, Monsieur", date="2027-03-02 10:20")
add(
    Case(
        "morin-compte-joint",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-04 10:40",
        q_gmail,
        [
            "Bonjour Madame Ferrand,",
            "",
            "Je dois vous apprendre le décès de mon mari, Georges, survenu le 9 février.",
            "Pourriez-vous retirer son nom du compte joint et me dire quelles démarches faire pour son contrat "
            "d'assurance-vie ? Le notaire est Me Vasseur, à Villeurbanne.",
            "Pour le bilan, je préfère attendre un peu ; je vous rappellerai.",
            "",
            "Jacqueline Morin",
        ],
        family="gmail",
    )
)

# --- 23. take a colleague off the cc (NOT an opt-out)
p = Person("Frédéric Aubert", "f.aubert@aubert-distribution.example")
ID = Person("Isabelle Dupuis", "i.dupuis@aubert-distribution.example")
o = bilan("aubert", MC, p, "Monsieur Aubert", date="2027-03-02 11:02", cc=[ID])
add(
    Case(
        "aubert-retirer-copie",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-03 08:47",
        q_outlook,
        [
            "Bonjour Monsieur Castellan,",
            "",
            "Merci de retirer Mme Dupuis de la copie de nos échanges : elle a quitté le groupe à la fin du mois de "
            "février.",
            "Pour le bilan, jeudi 18 mars à 14 h 30 me convient.",
            "",
            "Frédéric Aubert",
            "Directeur administratif et financier",
            "Groupe Aubert Distribution",
            "04 65 71 81 40",
        ],
    )
)

# --- 24. the client's own firm footer says "pour vous désabonner" (NOT an opt-out; part of her new text)
p = Person("Caroline Vidal", "caroline.vidal@vidal-chocolatier.example")
o = bilan("vidal", MC, p, "Madame Vidal", date="2027-03-02 11:15")
add(
    Case(
        "vidal-pied-de-page",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-03 16:20",
        q_outlook,
        [
            "Bonjour Mathieu,",
            "",
            "Je suis à Paris toute la semaine du 15. Le lundi 22 à 9 h me convient très bien.",
            "",
            "Bien à vous,",
            "",
            "Caroline Vidal",
            "Directrice marketing & communication",
            "Maison Vidal Chocolatier",
            "04 65 71 90 12",
            "Vous recevez ce message car vous êtes en relation avec Maison Vidal. Pour vous désabonner de nos "
            "communications, écrivez à desabonnement@vidal-chocolatier.example.",
        ],
    )
)

# --- 25. asks how to unsubscribe from ANOTHER firm's emails (NOT an opt-out)
p = Person("Paul Girard", "paul.girard@icloud.example")
o = lettre("girard", p, "Monsieur Girard")
add(
    Case(
        "girard-autre-banque",
        "ios_mail",
        "fr",
        p,
        o,
        "2027-03-09 07:48",
        P(q_apple, ios=True),
        [
            "Bonjour,",
            "Petite question hors sujet : savez-vous comment on se désabonne des mails de la Banque Rhodanienne ? "
            "J’en reçois trois par jour et leur lien « se désabonner » renvoie vers une page d’erreur.",
            "Merci !",
            "Paul Girard",
        ],
        family="apple",
        device="Envoyé de mon iPhone",
        extra=[("X-Mailer", "iPhone Mail (22D72)")],
    )
)

# --- 26. new Outlook, HTML only
p = Person("Hugo Marchand", "hugo.marchand@marchand-architectes.example")
o = bilan("marchand", CF, p, "Monsieur Marchand", date="2027-03-02 10:31")
add(
    Case(
        "marchand-html",
        "new_outlook",
        "fr",
        p,
        o,
        "2027-03-05 11:02",
        P(q_outlook, sep="________________________________"),
        [
            "Bonjour Claire,",
            "",
            "Mardi 16 mars à 10 h au cabinet, c'est noté.",
            "Je vous apporte le relevé de mon PER et le compromis pour l'appartement de la Croix-Rousse.",
            "",
            "Hugo Marchand",
            "Architecte DPLG – Marchand Architectes",
            "06 39 98 73 41",
        ],
        mode="html",
    )
)

# --- 27. Belgian client, "STOP" (opt-out: the letter's footer asks for exactly that)
p = Person("Benoît Claes", "benoit.claes@gmail.example")
o = lettre("claes", p, "Monsieur Claes")
add(
    Case(
        "claes-stop",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-08 09:15",
        q_gmail,
        ["STOP", "", "Benoît Claes"],
        family="gmail",
        opt_out=True,
    )
)

# --- 28. Belgian company director, trilingual notice under the signature
p = Person("Anne-Sophie Dewulf", "as.dewulf@dewulf-consulting.example")
o = bilan("dewulf", CF, p, "Madame Dewulf", date="2027-03-02 10:40")
add(
    Case(
        "dewulf-bien-a-vous",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-03 11:45",
        q_outlook,
        [
            "Bonjour Madame Ferrand,",
            "",
            "Je serai à Lyon le jeudi 18 mars pour un salon ; 14 h 30 me convient donc parfaitement.",
            "Pourriez-vous prévoir une simulation de rachat partiel sur le contrat Horizon ? J'aurais besoin d'environ "
            "septante mille euros pour les travaux de la maison d'Uccle.",
            "",
            "Bien à vous,",
            "",
            "Anne-Sophie Dewulf",
            "Administratrice déléguée",
            "Dewulf Consulting SRL",
            "Avenue Brugmann 210 – 1180 Uccle",
            "+32 2 555 01 68",
            "",
            "Dit bericht is vertrouwelijk. Ce message est confidentiel. This message is confidential.",
        ],
    )
)

# --- 29. "cessez vos relances" (opt-out)
p = Person("Didier Caron", "d.caron@caron-immobilier.example")
o = bilan("caron", MC, p, "Monsieur Caron", date="2027-03-09 09:10")
add(
    Case(
        "caron-relances",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-10 08:05",
        q_outlook,
        [
            "Monsieur,",
            "",
            "C'est la troisième fois que vous m'écrivez à ce sujet. Je n'ai pas l'intention de faire de bilan avec "
            "votre cabinet : merci de cesser vos relances et de ne plus me contacter.",
            "",
            "D. Caron",
        ],
        opt_out=True,
    )
)

# --- Projet Atlas: a five-message thread with a Moroccan company
KB = Person("Karim Bennani", "k.bennani@atlas-emballages.example", "ma")
NE = Person("Nadia El Amrani", "n.elamrani@atlas-emballages.example", "ma")
OT = Person("Omar Tazi", "o.tazi@tazi-avocats.example", "ma")
NE_SIG = [
    "Nadia El Amrani",
    "Directrice administrative et financière",
    "Atlas Emballages SA",
    "Zone industrielle Ouled Saleh – Bouskoura",
    "Tél. : +212 5 22 55 01 84",
]
OT_SIG = [
    "Omar Tazi",
    "Avocat au Barreau de Casablanca",
    "Tazi & Associés – 27, boulevard d'Anfa, Casablanca",
    "Tél. : +212 5 22 55 01 37",
    "",
    "Ce message est confidentiel et couvert par le secret professionnel de l'avocat.",
]
A1 = firm_mail(
    "atlas-a1",
    YA,
    [KB],
    "2027-03-16 09:10",
    "Projet Atlas – calendrier indicatif",
    [
        "Bonjour Karim,",
        "",
        "Comme convenu lors de notre appel de vendredi, voici le calendrier indicatif du Projet Atlas :",
        "- lundi 22 mars : ouverture de la data room aux trois candidats retenus ;",
        "- mercredi 24 mars : réunion de lancement à Casablanca ;",
        "- vendredi 9 avril : remise des lettres d'intention ;",
        "- fin mai : signature du protocole de cession.",
        "",
        "Pour tenir ce calendrier, il nous faudrait :",
        "1. votre accord sur ces dates ;",
        "2. la liste des contrats clients représentant plus de 5 % du chiffre d'affaires ;",
        "3. un état des litiges en cours.",
        "",
        "Bien à vous,",
    ],
    cc=[NE, CF],
)
A2 = Case(
    "atlas-a2",
    "outlook_win",
    "fr",
    NE,
    A1,
    "2027-03-16 15:40",
    q_outlook,
    [
        "Bonjour Yassine,",
        "",
        "Je vous transmets la liste des contrats d'ici jeudi. Pour les litiges, je vois avec Me Tazi, notre avocat.",
        "",
        "Cordialement,",
        "",
        *NE_SIG,
    ],
    to=[YA],
    cc=[KB, CF],
).as_mail()
A3 = firm_mail(
    "atlas-a3",
    YA,
    [NE, KB],
    "2027-03-17 10:05",
    "RE: Projet Atlas – calendrier indicatif",
    [
        "Merci Nadia.",
        "",
        "J'ajoute Me Tazi en copie. Maître, pourriez-vous nous adresser un état des litiges en cours (nature, montants, "
        "stade de la procédure) ?",
        "",
        "Karim, pouvez-vous nous confirmer le calendrier ?",
        "",
        "Bien à vous,",
    ],
    cc=[CF, OT],
    parent=A2,
)
A4 = Case(
    "atlas-a4",
    "outlook_2016",
    "fr",
    OT,
    A3,
    "2027-03-17 17:20",
    P(q_outlook, sep="-----Message d'origine-----", mailto=True),
    [
        "Bonjour,",
        "",
        "Deux dossiers sont en cours : un litige social (ancien directeur commercial, demande de 1,2 MDH) et l'action "
        "d'un fournisseur de carton devant le tribunal de commerce de Casablanca. Je vous adresse une note détaillée "
        "d'ici lundi.",
        "",
        "Bien à vous,",
        "",
        *OT_SIG,
    ],
    to=[YA],
    cc=[NE, KB, CF],
).as_mail()
A5 = firm_mail(
    "atlas-a5",
    YA,
    [KB, NE],
    "2027-03-18 09:30",
    "RE: Projet Atlas – calendrier indicatif",
    [
        "Merci Maître.",
        "",
        "Karim, il nous manque encore votre accord sur le calendrier. Pour la réunion du 24 mars à Casablanca, je vous "
        "propose 10 h à vos bureaux de Bouskoura ; Claire et moi arriverons la veille.",
        "",
        "Bien à vous,",
    ],
    cc=[CF, OT],
    parent=A4,
)

# --- 30. the CFO answers first (reply-all), five messages in the quote
C30 = add(
    Case(
        "elamrani-repond-en-premier",
        "outlook_win",
        "fr",
        NE,
        A5,
        "2027-03-18 10:02",
        q_outlook,
        [
            "Bonjour Yassine,",
            "",
            "La liste des contrats est dans la data room (dossier 4.2). Karim est à Tanger aujourd'hui, il vous répond "
            "dans la journée pour le calendrier.",
            "",
            "Cordialement,",
            "",
            *NE_SIG,
        ],
        to=[YA],
        cc=[KB, CF, OT],
    )
)

# --- 31. the CEO answers his CFO's reply-all, from Outlook for iOS
add(
    Case(
        "bennani-outlook-ios",
        "outlook_ios",
        "fr",
        KB,
        C30.as_mail(),
        "2027-03-18 13:47",
        q_outlook_mobile,
        [
            "Yassine,",
            "Calendrier validé. Pour le 24, 10h à Bouskoura c'est parfait ; je demande à mon assistante de vous réserver "
            "l'hôtel à Casa.",
            "Karim",
        ],
        to=[NE, YA],
        cc=[CF, OT],
        device="Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    )
)

# --- 32. the lawyer, Outlook 2016 in plain text ("-----Message d'origine-----", "[mailto:...]"), windows-1252
add(
    Case(
        "tazi-avocat-texte",
        "outlook_2016",
        "fr",
        OT,
        A5,
        "2027-03-18 16:45",
        P(q_outlook, sep="-----Message d'origine-----", mailto=True),
        [
            "Bonjour,",
            "",
            "Comme annoncé, vous trouverez ci-joint ma note sur les deux contentieux. En résumé : risque faible sur le "
            "dossier social (transaction en cours de négociation), risque moyen sur l'action du fournisseur (audience "
            "fixée au 12 mai).",
            "Je serai présent à la réunion du 24 mars.",
            "",
            "Bien à vous,",
            "",
            *OT_SIG,
        ],
        to=[YA],
        cc=[KB, NE, CF],
        mode="plain",
        cs="windows-1252",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
)

# --- 33. Moroccan client, Gmail
p = Person("Rachid Berrada", "rachid.berrada@gmail.example", "ma")
o = bilan(
    "berrada",
    YA,
    p,
    "Monsieur Berrada",
    date="2027-03-16 09:40",
    slots=["mardi 23 mars à 11 h", "jeudi 25 mars à 15 h", "mercredi 31 mars à 10 h"],
)
add(
    Case(
        "berrada-gmail",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-17 11:20",
        q_gmail,
        [
            "Bonjour Monsieur Alaoui,",
            "",
            "Bien reçu, merci. Je serai en France du 20 au 27 mars ; le jeudi 25 à 15h me conviendrait, au cabinet de "
            "Lyon.",
            "Je vous confirme également que le virement pour la souscription de la SCPI est parti hier de ma banque à "
            "Casablanca.",
            "",
            "Je reviens vers vous incessamment pour les documents manquants.",
            "",
            "Cordialement,",
            "",
            "Rachid Berrada",
        ],
        family="gmail",
    )
)

# --- 34. Moroccan company manager: never a client, stop writing (opt-out)
p = Person("Salma Chraibi", "s.chraibi@chraibi-conseil.example", "ma")
o = firm_mail(
    "chraibi",
    YA,
    [p],
    "2027-03-16 10:00",
    "Cession ou transmission de votre entreprise : nos rencontres de Casablanca",
    [
        "Madame,",
        "",
        "Castellan Ferrand accompagne depuis quinze ans les dirigeants marocains et français dans la cession ou la "
        "transmission de leur entreprise. Nous serons à Casablanca du 23 au 25 mars et serions heureux de vous "
        "rencontrer.",
        "",
        "Bien à vous,",
    ],
)
add(
    Case(
        "chraibi-jamais-cliente",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-17 09:05",
        q_outlook,
        [
            "Monsieur,",
            "",
            "Je reçois régulièrement vos messages alors que je n'ai jamais été cliente de votre cabinet et que je ne "
            "vous ai jamais communiqué mon adresse.",
            "Je vous prie de bien vouloir cesser de m'adresser ces sollicitations et de retirer mon adresse de vos "
            "listes.",
            "",
            "Salutations,",
            "",
            "Salma Chraibi",
            "Gérante – Chraibi Conseil SARL",
            "Casablanca",
        ],
        opt_out=True,
    )
)

# --- 35. Moroccan client, iPhone
p = Person("Mehdi Lahlou", "mehdi.lahlou@menara.example", "ma")
o = fiscal("lahlou", YA, p, "Monsieur Lahlou", date="2027-03-16 10:20")
add(
    Case(
        "lahlou-iphone",
        "ios_mail",
        "fr",
        p,
        o,
        "2027-03-16 19:22",
        P(q_apple, ios=True),
        [
            "Bonsoir Monsieur Alaoui,",
            "Bien reçu, merci. Je vous envoie les documents dès mon retour à Rabat jeudi, inchallah.",
            "Mehdi Lahlou",
        ],
        family="apple",
        device="Envoyé de mon iPhone",
        extra=[("X-Mailer", "iPhone Mail (22D72)")],
    )
)
