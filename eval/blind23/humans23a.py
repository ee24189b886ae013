"""blind23: human replies to the Lyon office (clients in France and Belgium, a notary, an accountant)."""

from functools import partial as P

from case23 import Case, thread_mail
from clients23 import (
    Mail,
    Person,
    fwd_apple,
    fwd_gmail,
    local,
    make_mid,
    q_apple,
    q_gmail,
    q_orange,
    q_outlook,
    q_outlook_mac,
    q_thunderbird,
    q_zimbra,
)
from firm23 import CF, MC, bilan, firm_mail, fiscal, lettre

TIP = (
    "Vous n’obtenez pas souvent d’e-mail à partir de {}. Pourquoi c’est important"
    "<https://aka.ms/LearnAboutSenderIdentification>"
)
IPHONE = "Envoyé de mon iPhone"
IPAD = "Envoyé de mon iPad"

N = []


def add(c):
    N.append(c)
    return c


# --- 1. company director, Outlook, client gateway banner + Microsoft tip in the quote, notice under the signature
p = Person("Philippe Lefèvre", "p.lefevre@lefevre-metallerie.example")
o = bilan("lefevre", MC, p, "Monsieur Lefèvre")
add(
    Case(
        "lefevre-director",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-02 17:48",
        P(
            q_outlook,
            seen=[
                "[EXTERNE] Ce message provient d'un expéditeur extérieur à Lefèvre Métallerie. Soyez vigilant avant "
                "d'ouvrir les pièces jointes.",
                TIP.format(MC.email),
            ],
        ),
        [
            "Bonjour Monsieur Castellan,",
            "",
            "Le jeudi 18 mars à 14 h 30 me convient, à votre bureau. Mon épouse se joindra à nous.",
            "Pourriez-vous prévoir un point sur le PER que j'ai ouvert via la société en 2025 ?",
            "",
            "Cordialement,",
            "",
            "Philippe Lefèvre",
            "Président",
            "Lefèvre Métallerie SAS",
            "ZI des Platières – 69390 Vourles",
            "Tél. 04 65 71 38 20",
            "",
            "Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci d'en avertir "
            "l'expéditeur et de le supprimer.",
        ],
    )
)

# --- 2. iPhone, quoted attribution
p = Person("Anne Garnier", "anne.garnier@icloud.example")
o = bilan("garnier", CF, p, "Madame Garnier", date="2027-03-02 09:52")
add(
    Case(
        "garnier-iphone",
        "ios_mail",
        "fr",
        p,
        o,
        "2027-03-02 12:31",
        P(q_apple, ios=True),
        [
            "Bonjour Claire,",
            "Jeudi 18 à 14h30 c’est parfait pour moi. En visio si possible, je serai à Annecy cette semaine-là.",
            "Belle journée",
            "Anne",
        ],
        family="apple",
        device=IPHONE,
        extra=[("X-Mailer", "iPhone Mail (22D72)")],
    )
)

# --- 3. Gmail web, answers between the quoted questions
p = Person("Sandrine Morel", "sandrine.morel@gmail.example")
o = fiscal("morel", MC, p, "Madame Morel")
add(
    Case(
        "morel-gmail-inline",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-04 21:17",
        q_gmail,
        [
            "Bonsoir Monsieur Castellan,",
            "",
            "Mes réponses ci-dessous, dans le texte.",
            "",
            "Bonne soirée,",
            "Sandrine Morel",
        ],
        family="gmail",
        answers=[
            ("> 1. Avez-vous reçu", ["Oui, reçu le 26 février. Je vous le transmets en pièce jointe demain."]),
            ("> 2. Quel montant", ["3 000 € en décembre, plus 150 € par mois depuis septembre."]),
            ("> 3. Votre situation", ["Non, rien de changé."]),
            (
                "> 4. Souhaitez-vous",
                ["Non, nous sommes sous le seuil depuis la vente de l'appartement de Villeurbanne."],
            ),
        ],
        sent=True,
    )
)

# --- 4. Outlook, "en bleu" answers under each question of the unprefixed history, windows-1252
p = Person("Bernard Roux", "bernard.roux@wanadoo.example")
o = fiscal("roux", MC, p, "Monsieur Roux", date="2027-03-03 10:09")
add(
    Case(
        "roux-outlook-bleu",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-05 09:12",
        q_outlook,
        ["Bonjour,", "", "Mes réponses en bleu sous chacune de vos questions.", "", "Cordialement", "B. Roux"],
        answers=[
            ("1. Avez-vous reçu", ["Oui, reçu. Je vous l'envoie par la poste cette semaine."]),
            ("2. Quel montant", ["Aucun versement en 2026."]),
            ("3. Votre situation", ["Nouvelle adresse depuis octobre : 7, chemin des Vignes, 69126 Brindas."]),
        ],
        pad=False,
        cs="windows-1252",
        sent=True,
    )
)

# --- 5. Outlook for Mac, answers typed under the questions without any marker
p = Person("Julie Blanc", "julie.blanc@atelier-blanc.example")
o = fiscal("blanc", MC, p, "Madame Blanc", date="2027-03-03 10:14")
add(
    Case(
        "blanc-mac-nomarker",
        "outlook_mac",
        "fr",
        p,
        o,
        "2027-03-08 13:40",
        q_outlook_mac,
        ["Bonjour Mathieu,", "", "Merci pour votre message.", "", "Julie"],
        answers=[
            ("1. Avez-vous reçu", ["Pas encore, la banque dit fin mars."]),
            ("2. Quel montant", ["1 200 €"]),
            ("3. Votre situation", ["On s'est pacsés en juin 2026 !"]),
            ("4. Souhaitez-vous", ["Pas concernée je pense ?"]),
        ],
        pad=False,
        sent=True,
        extra=[("X-Mailer", "Microsoft Outlook 16.95")],
    )
)

# --- 6. Thunderbird, plain text, format=flowed, bottom-posting with a "-- " signature
p = Person("Gérard Faure", "gerard.faure@free.example")
o = bilan("faure", CF, p, "Monsieur Faure", date="2027-03-03 09:20")
add(
    Case(
        "faure-tb-bottom",
        "thunderbird",
        "fr",
        p,
        o,
        "2027-03-03 18:05",
        q_thunderbird,
        [
            "Bonjour Madame Ferrand,",
            "",
            "Le lundi 22 mars à 9 h me conviendrait, à votre bureau du quai Saint-Antoine.",
            "Je viendrai seul, ma femme étant en cure à cette période.",
            "",
            "Bien à vous,",
            "-- ",
            "Gérard Faure",
            "06 39 98 12 77",
        ],
        family="thunderbird",
        bottom=True,
        mode="plain",
        flowed=True,
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    )
)

# --- 7. Orange webmail
p = Person("Josiane Mercier", "josiane.mercier@orange.example")
o = bilan("mercier", CF, p, "Madame Mercier", date="2027-03-02 10:05")
add(
    Case(
        "mercier-orange",
        "orange_webmail",
        "fr",
        p,
        o,
        "2027-03-04 11:26",
        q_orange,
        [
            "Bonjour Madame Ferrand",
            "je ne suis pas disponible à ces dates, je pars chez ma fille à Bordeaux du 15 au 26 mars.",
            "Pourrions nous voir ça début avril ? le mardi 6 ou le jeudi 8 avril le matin.",
            "Cordialement",
            "J. Mercier",
        ],
        family="webmail",
        extra=[("X-Mailer", "Orange Mail")],
    )
)

# --- 8. Free (Zimbra): "ne me retirez pas de la liste" (NOT an opt-out)
p = Person("Alain Bonnet", "alain.bonnet@free.example")
o = lettre("bonnet", p, "Monsieur Bonnet")
add(
    Case(
        "bonnet-keepme",
        "free_zimbra",
        "fr",
        p,
        o,
        "2027-03-08 14:02",
        q_zimbra,
        [
            "Bonjour,",
            "",
            "Un ami me dit que vous faites le ménage dans votre liste de diffusion : surtout, ne me retirez pas de la "
            "liste, je lis votre lettre chaque mois.",
            "Par ailleurs, la conférence du 1er avril m'intéresse. Pouvez-vous m'inscrire avec mon épouse ?",
            "",
            "Alain Bonnet",
        ],
        family="webmail",
        extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF123 (Win)/9.0.0_GA_4546)")],
    )
)

# --- 9. Orange webmail: RGPD objection (opt-out)
p = Person("Martine Dubreuil", "martine.dubreuil@orange.example")
o = lettre("dubreuil", p, "Madame Dubreuil")
add(
    Case(
        "dubreuil-rgpd",
        "orange_webmail",
        "fr",
        p,
        o,
        "2027-03-09 10:14",
        q_orange,
        [
            "Madame, Monsieur,",
            "",
            "Je ne suis pas cliente de votre cabinet et je ne me souviens pas vous avoir donné mon adresse.",
            "En application du RGPD (article 21), je m'oppose à tout envoi de communications commerciales de votre "
            "part et je vous demande d'effacer mes coordonnées de vos fichiers (article 17). À défaut, je saisirai la "
            "CNIL.",
            "",
            "Martine Dubreuil",
        ],
        family="webmail",
        opt_out=True,
        extra=[("X-Mailer", "Orange Mail")],
    )
)

# --- the Girardin succession thread (Claire Ferrand, the widow on her iPad, her children, the notary)
HG = Person("Hélène Girardin", "helene.girardin@wanadoo.example")
CG = Person("Camille Girardin-Roy", "camille.girardinroy@gmail.example")
OG = Person("Olivier Girardin", "olivier.girardin@gmail.example")
BV = Person("Bertrand Vasseur", "b.vasseur@vasseur-lemaire.notaires.example")
B1 = firm_mail(
    "succ-b1",
    CF,
    [HG],
    "2027-03-03 11:20",
    "Succession de M. Girardin – pièces demandées par Me Vasseur",
    [
        "Chère Madame,",
        "",
        "Me Vasseur, qui règle la succession de votre mari, nous demande de réunir les pièces suivantes :",
        "- l'acte de décès ;",
        "- les relevés de vos comptes à la Banque Rhodanienne au 14 janvier 2027 ;",
        "- les contrats d'assurance-vie souscrits par votre mari (ou leurs références) ;",
        "- votre dernier avis d'imposition (revenus 2025).",
        "",
        "Je peux m'occuper de la transmission au notaire si vous me faites parvenir ces documents.",
        "",
        "Bien à vous,",
    ],
)
B2 = thread_mail(
    "succ-b2",
    "apple",
    HG,
    B1,
    "2027-03-04 09:05",
    [
        (
            "new",
            [
                "Bonjour Madame Ferrand",
                "J’ai l’acte de décès et l’avis d’imposition. Les relevés, je dois les demander à la banque.",
                "Pour l’assurance vie je ne sais pas où sont les contrats, mon mari s’occupait de tout.",
                "Hélène Girardin",
            ],
        ),
        ("device", ["", "Envoyé de mon iPad"]),
        ("old", q_apple(B1, HG, ios=True)),
    ],
)
B3 = firm_mail(
    "succ-b3",
    CF,
    [HG],
    "2027-03-04 14:30",
    "RE: Succession de M. Girardin – pièces demandées par Me Vasseur",
    [
        "Chère Madame,",
        "",
        "Je mets Me Vasseur en copie, ainsi que votre fille Camille comme vous me l'avez demandé au téléphone.",
        "Pour les contrats, nous avons retrouvé dans nos dossiers les références de deux contrats (Horizon Vie n° "
        "HV-20417 et Rhône Patrimoine n° RP-88120).",
        "Maître, pourriez-vous nous indiquer si vous avez besoin des valeurs au jour du décès ou des seules références ?",
        "",
        "Bien à vous,",
    ],
    cc=[BV, CG],
    parent=B2,
)

# --- 12. iPad, three levels of ">" quoting
add(
    Case(
        "girardin-ipad",
        "ios_mail",
        "fr",
        HG,
        B3,
        "2027-03-05 08:40",
        P(q_apple, ios=True),
        [
            "Merci beaucoup Madame Ferrand.",
            "Je passerai déposer les relevés de la Banque Rhodanienne lundi matin à votre bureau.",
            "Bien cordialement",
            "Hélène Girardin",
        ],
        family="apple",
        device=IPAD,
        cc=[BV, CG],
        extra=[("X-Mailer", "iPad Mail (22D72)")],
    )
)

# --- 13. the notary, reply-all; his notice under the signature is his; the anti-fraud text after the history is the
# office gateway's
add(
    Case(
        "vasseur-notaire",
        "outlook_win",
        "fr",
        BV,
        B3,
        "2027-03-05 10:15",
        q_outlook,
        [
            "Chère Madame,",
            "",
            "Je vous remercie pour ces éléments.",
            "Pour la déclaration de succession, j'aurai besoin des valeurs au jour du décès (14 janvier 2027) de chacun "
            "des contrats, ainsi que des clauses bénéficiaires. S'agissant d'un éventuel contrat souscrit avant 1991, "
            "merci de me préciser les dates des versements.",
            "Le rendez-vous de signature de l'acte de notoriété pourrait se tenir le mardi 23 mars à 10 h 30 en l'office.",
            "",
            "Je vous prie de croire, Chère Madame, à l'assurance de mes sentiments dévoués.",
            "",
            "Bertrand Vasseur",
            "Notaire associé",
            "Vasseur & Lemaire, Notaires associés",
            "3, place Grandclément – 69100 Villeurbanne",
            "Tél. 04 65 71 55 10",
            "",
            "Ce message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel du "
            "notaire.",
        ],
        to=[CF],
        cc=[HG, CG],
        footer=[
            "AVERTISSEMENT – Fraude au virement : l'office ne vous demandera jamais par courriel de modifier des "
            "coordonnées bancaires. En cas de doute, appelez l'office au 04 65 71 55 10.",
            "Message analysé par la passerelle de sécurité de Vasseur & Lemaire.",
        ],
    )
)

# --- 14. Gmail, answers typed inside the 2nd-level quote (the list of the first message)
add(
    Case(
        "girardinroy-2e-niveau",
        "gmail_web",
        "fr",
        CG,
        B3,
        "2027-03-05 13:02",
        q_gmail,
        [
            "Bonjour Madame Ferrand,",
            "",
            "Je réponds pour ma mère dans votre liste du début (plus bas, dans son message).",
            "",
            "Cordialement,",
            "Camille Girardin-Roy",
        ],
        family="gmail",
        to=[CF],
        cc=[HG, BV],
        answers=[
            (">> - l'acte de décès", ["Envoyé par Me Vasseur le 2 mars, vous devriez l'avoir en copie."]),
            (">> - les relevés", ["Maman les dépose lundi."]),
            (
                ">> - les contrats",
                [
                    "Nous avons retrouvé un troisième contrat, souscrit en 1989 auprès de la Mutuelle du Rhône. Je vous "
                    "envoie la copie ce soir."
                ],
            ),
        ],
        sent=True,
    )
)

# --- 15. Gmail, above an iPad forward ("Début du message réexpédié :")
HFWD = Mail(
    HG,
    [OG],
    local("eu", "2027-03-04 18:10"),
    "Fwd: Succession de M. Girardin – pièces demandées par Me Vasseur",
    [
        ("new", ["Olivier, peux-tu regarder avec Camille ? Je n’y comprends rien.", "Bisous", "Maman"]),
        ("device", ["", "Envoyé de mon iPad"]),
        ("old", ["", *fwd_apple(B1, HG)]),
    ],
    make_mid("apple", "succ-hfwd", HG),
    refs=[],
)
add(
    Case(
        "girardin-fils-transfert",
        "gmail_web",
        "fr",
        OG,
        HFWD,
        "2027-03-04 20:30",
        P(q_gmail, wrap_at_lt=True),
        [
            "Bonjour Madame Ferrand,",
            "",
            "Je me permets de vous écrire directement : ma mère m'a transféré votre message ci-dessous.",
            "Pour les contrats d'assurance-vie, mon père avait tout classé dans un classeur vert que nous venons de "
            "retrouver. Je vous envoie les références par courrier cette semaine.",
            "Merci de me mettre en copie de vos échanges, ma mère a un peu de mal avec les courriels.",
            "",
            "Bien cordialement,",
            "Olivier Girardin",
            "06 39 98 52 04",
        ],
        family="gmail",
        to=[CF],
        cc=[HG],
        subject="Re: Fwd: Succession de M. Girardin – pièces demandées par Me Vasseur",
        refs=[HFWD.mid],
    )
)

# --- 16. the accountant, Outlook, above the client's Gmail forward ("---------- Forwarded message ---------")
EL = Person("Émilie Lambert", "emilie.lambert@gmail.example")
NB = Person("Nathalie Bertin", "n.bertin@roche-bertin.example")
o = fiscal("lambert", MC, EL, "Madame Lambert", date="2027-03-03 10:20")
EMFWD = thread_mail(
    "lambert-fwd",
    "gmail",
    EL,
    o,
    "2027-03-03 12:40",
    [
        (
            "new",
            [
                "Bonjour Nathalie,",
                "",
                "Peux-tu voir directement avec M. Castellan ? Tu as tous les papiers au cabinet.",
                "",
                "Merci !",
                "Émilie",
            ],
        ),
        ("old", ["", *fwd_gmail(o, EL)]),
    ],
    to=[NB],
    subject="Fwd: " + o.subject,
)
add(
    Case(
        "bertin-expert-comptable",
        "outlook_win",
        "fr",
        NB,
        EMFWD,
        "2027-03-04 16:55",
        q_outlook,
        [
            "Bonjour Madame Lambert, Bonjour Monsieur Castellan,",
            "",
            "Je reprends les questions de M. Castellan :",
            "1. L'IFU 2026 de la Banque Rhodanienne est arrivé au cabinet le 1er mars, je vous le joins.",
            "2. Versements PER 2026 : 4 800 € (attestation de l'assureur jointe).",
            "3. Aucun changement.",
            "4. Mme Lambert n'est pas redevable de l'IFI.",
            "",
            "Nous établirons la déclaration de revenus comme chaque année ; merci de nous adresser directement vos "
            "éventuelles questions.",
            "",
            "Bien cordialement,",
            "",
            "Nathalie Bertin",
            "Expert-comptable associée",
            "Cabinet Roche & Bertin",
            "18, rue de la République – 38000 Grenoble",
            "04 65 71 66 30",
            "",
            "Société d'expertise comptable inscrite au Tableau de l'Ordre des experts-comptables Auvergne-Rhône-Alpes.",
        ],
        to=[EL],
        cc=[MC],
        subject="RE: Fwd: " + o.subject,
    )
)
