"""blind23: human replies, continued: Lyon clients on Proton Mail, Samsung Email, the Gmail and Outlook apps; a
Québec look-alike; the Luxembourg office; SFR, La Poste, Sympatico and an English-speaking Montréal client."""

from functools import partial as P

from case23 import Case
from clients23 import (
    Person,
    q_apple,
    q_gmail,
    q_outlook,
    q_outlook_mac,
    q_outlook_mobile,
    q_ox,
    q_proton,
    q_samsung,
    q_sfr,
    q_zimbra,
)
from firm23 import CF, MC, bilan, feuillets, fiscal, kyc, kyc_relance, lettre

N = []
QC = "qc"


def add(c):
    N.append(c)
    return c


# --- 10. SFR webmail: "désabonnez-moi" (opt-out)
p = Person("Luc Perrin", "luc.perrin@sfr.example")
o = lettre("perrin", p, "Monsieur Perrin")
add(
    Case(
        "perrin-desabonnez",
        "sfr_webmail",
        "fr",
        p,
        o,
        "2027-03-08 19:40",
        q_sfr,
        ["désabonnez-moi svp", "merci", "L. Perrin"],
        family="webmail",
        opt_out=True,
    )
)

# --- 11. La Poste (Open-Xchange)
p = Person("Hervé Chevalier", "herve.chevalier@laposte.example")
o = fiscal("chevalier", MC, p, "Monsieur Chevalier", date="2027-03-03 10:21")
add(
    Case(
        "chevalier-laposte",
        "laposte_ox",
        "fr",
        p,
        o,
        "2027-03-05 16:02",
        q_ox,
        [
            "Bonjour,",
            "",
            "Je vous transmets l'IFU dès que je l'ai reçu, normalement la semaine prochaine. Pour le reste rien de "
            "neuf, et pas d'IFI pour nous.",
            "",
            "Cordialement,",
            "Hervé Chevalier",
        ],
        family="webmail",
        extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")],
    )
)

# --- 54. Sympatico webmail (unprefixed "----- Message original -----")
p = Person("Denis Roy", "denis.roy@sympatico.example", QC)
o = feuillets("roy", p, "Monsieur Roy", date="2027-03-02 09:36")
add(
    Case(
        "roy-sympatico",
        "sympatico_webmail",
        "fr",
        p,
        o,
        "2027-03-08 15:30",
        P(q_zimbra, title="----- Message original -----"),
        [
            "Bonjour,",
            "",
            "Je n'ai pas encore mon Relevé 1, mon employeur l'envoie en retard cette année. Je vous reviens là-dessus "
            "dès que je l'ai.",
            "Pour la rencontre, la semaine du 22 c'est correct, mettons le jeudi 25 en avant-midi?",
            "",
            "Merci beaucoup, bonne journée!",
            "Denis",
        ],
        family="webmail",
    )
)

# --- 55. English-speaking client in Montréal, Gmail
p = Person("Michael O'Connor", "michael.oconnor@gmail.example", QC)
o = feuillets("oconnor", p, "Michael", date="2027-03-02 09:40", en=True)
add(
    Case(
        "oconnor-gmail-en",
        "gmail_web",
        "en",
        p,
        o,
        "2027-03-02 21:05",
        P(q_gmail, loc="en"),
        [
            "Hi Julien,",
            "",
            "1. Yes, all slips are in except the T5 from my brokerage.",
            "2. Yes – $8,500 on February 27.",
            "3. We had a baby girl in November!",
            "4. Tuesday March 23 after 4 pm works best.",
            "",
            "Thanks,",
            "Michael",
        ],
        family="gmail",
    )
)


# --- 17. Proton Mail
p = Person("Vincent Rousset", "vincent.rousset@proton.example")
o = bilan("rousset", CF, p, "Monsieur Rousset", date="2027-03-02 09:58")
add(
    Case(
        "rousset-proton",
        "proton",
        "fr",
        p,
        o,
        "2027-03-03 07:55",
        q_proton,
        [
            "Bonjour Claire,",
            "",
            "Je vais passer mon tour cette année : nous venons de vendre la maison de Caluire et je préfère attendre la "
            "signature chez le notaire (fin avril) avant de revoir quoi que ce soit.",
            "Je vous recontacte en mai.",
            "",
            "Vincent",
        ],
        family="proton",
        device="Envoyé avec la messagerie sécurisée Proton Mail.",
    )
)

# --- 18. Samsung Email
p = Person("Sylvie Fabre", "sylvie.fabre@sfr.example")
o = bilan("fabre", MC, p, "Madame Fabre", date="2027-03-02 09:45")
add(
    Case(
        "fabre-samsung",
        "samsung_email",
        "fr",
        p,
        o,
        "2027-03-04 08:12",
        q_samsung,
        [
            "Bonjour M. Castellan",
            "Le mardi 16 à 10h c'est bon pour moi. A votre bureau.",
            "Cordialement",
            "Sylvie Fabre",
        ],
        family="samsung",
        device="Envoyé depuis mon appareil Galaxy",
    )
)

# --- 19. Gmail for Android (no device line)
p = Person("Thierry Noël", "thierry.noel@gmail.example")
o = fiscal("noel", MC, p, "Monsieur Noël", date="2027-03-03 10:30")
add(
    Case(
        "noel-gmail-android",
        "gmail_android",
        "fr",
        p,
        o,
        "2027-03-03 12:48",
        q_gmail,
        [
            "Bonjour,",
            "Tout est sur mon espace impots.gouv, je peux vous donner un accès si besoin ? Pour l'IFI non merci.",
            "Thierry Noël",
        ],
        family="gmail",
    )
)

# --- 20. Outlook for Android
p = Person("Laurent Dumas", "laurent.dumas@dumas-transports.example")
o = bilan("dumas", CF, p, "Monsieur Dumas", date="2027-03-02 10:12")
add(
    Case(
        "dumas-outlook-android",
        "outlook_android",
        "fr",
        p,
        o,
        "2027-03-02 18:22",
        q_outlook_mobile,
        ["Bonjour Claire,", "Lundi 22 à 9h ok pour moi, mais plutôt en visio (je serai sur la route).", "Laurent"],
        device="Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    )
)


# --- 58. stop the monthly pre-authorized payment (NOT an opt-out)
p = Person("Sylvie Tremblay", "sylvie.tremblay@videotron.example", QC)
o = lettre("stremblay", p, "Madame Tremblay", office="ca", date="2027-03-08 08:40")
add(
    Case(
        "tremblay-ppa",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-11 09:40",
        q_gmail,
        [
            "Bonjour Julien,",
            "",
            "Pourriez-vous arrêter mon prélèvement automatique mensuel (PPA) de 250 $ dans mon CELI à partir d'avril ? "
            "Je suis en congé parental sans solde jusqu'à l'automne.",
            "Je continue de lire l'infolettre avec plaisir.",
            "",
            "Merci beaucoup,",
            "Sylvie Tremblay",
        ],
        family="gmail",
    )
)


# ============================ Luxembourg (Sophie Weis) =====================================================
# --- 59. company manager, Outlook; the company line under the signature is hers
p = Person("Marc Schmit", "marc.schmit@schmit-logistics.example")
o = kyc("schmit", p, "Monsieur Schmit")
add(
    Case(
        "schmit-outlook-lu",
        "outlook_win",
        "fr",
        p,
        o,
        "2027-03-03 15:20",
        q_outlook,
        [
            "Bonjour Madame Weis,",
            "",
            "Les documents ont été déposés ce matin dans l'espace sécurisé. Le questionnaire sur l'origine des fonds est "
            "signé par mes deux co-gérants et moi-même.",
            "",
            "Bien cordialement,",
            "",
            "Marc Schmit",
            "Gérant",
            "Schmit Logistics S.à r.l.",
            "ZA Bourmicht – L-8070 Bertrange",
            "T +352 555 01 61",
            "Schmit Logistics S.à r.l. – RCS Luxembourg B 900 877 – Capital social 50 000 EUR",
        ],
    )
)

# --- 60. iPhone: opt-out
p = Person("Pol Hoffmann", "pol.hoffmann@pt.example")
o = lettre("hoffmann", p, "Monsieur Hoffmann", office="lu")
add(
    Case(
        "hoffmann-arretez",
        "ios_mail",
        "fr",
        p,
        o,
        "2027-03-08 18:30",
        P(q_apple, ios=True),
        ["Arrêtez de m’écrire svp, je ne suis pas intéressé par vos offres."],
        family="apple",
        device="Envoyé de mon iPhone",
        opt_out=True,
        extra=[("X-Mailer", "iPhone Mail (22D72)")],
    )
)

# --- 61. English-speaking client, Outlook for Mac
p = Person("Emma Richardson", "emma.richardson@richardson-fund.example")
o = kyc("richardson", p, "Mrs Richardson", date="2027-03-02 11:05", en=True)
add(
    Case(
        "richardson-mac-en",
        "outlook_mac",
        "en",
        p,
        o,
        "2027-03-04 16:50",
        P(q_outlook_mac, loc="en"),
        [
            "Hi Sophie,",
            "",
            "Passport and utility bill uploaded. For the source of funds questionnaire, is it fine if my husband and I "
            "fill in a single one for the joint account, or do you need one each?",
            "",
            "Best,",
            "Emma",
            "",
            "Emma Richardson",
            "Head of Operations",
            "Richardson Fund Services S.A.",
        ],
        extra=[("X-Mailer", "Microsoft Outlook 16.95")],
    )
)

# --- 62. answers the first message although a reminder followed (the second-to-last message of the thread)
p = Person("Laura Kieffer", "laura.kieffer@gmail.example")
o = kyc("kieffer", p, "Madame Kieffer", date="2027-03-02 11:10")
kyc_relance("kieffer-r", o, "Madame Kieffer")
add(
    Case(
        "kieffer-avant-derniere",
        "gmail_web",
        "fr",
        p,
        o,
        "2027-03-10 08:15",
        q_gmail,
        [
            "Bonjour Madame Weis,",
            "",
            "Désolée pour le retard. Ma carte d'identité a expiré en février et j'attends la nouvelle de la commune de "
            "Strassen (rendez-vous le 18 mars). Puis-je vous envoyer mon passeport en attendant ?",
            "",
            "Bien à vous,",
            "Laura Kieffer",
        ],
        family="gmail",
    )
)
