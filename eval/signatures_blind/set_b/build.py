#!/usr/bin/env python3
"""Build the blind signature-reader evaluation set B.

Writes cases.json next to this file.  Deterministic: no randomness, no clock.

Authoring convention inside this script: in each case's new text, a line that
starts with the marker "§" is a line of the sender's signature block; the
marker is stripped and the line index recorded in "signature".  Fields are
written by hand; the script checks that every labelled value is really in the
labelled lines, and that every phone parses and is valid (phonenumbers).
"""
import datetime
import json
import os

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "§"

# ---------------------------------------------------------------- dates
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                  "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def D(s):
    """'2026-11-24 09:40' -> datetime"""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


# ---------------------------------------------------------------- mailbox users
USERS = {
    "julie": dict(
        name="Julie Bernard", addr="julie.bernard@oree-patrimoine.fr", close="Bien cordialement,",
        sig="""Julie Bernard
Conseillère en gestion de patrimoine
ORÉE PATRIMOINE
18 rue de Marignan – 75008 Paris
Tél. : 01 86 95 42 10 | Mob. : 06 71 22 48 95
www.oree-patrimoine.fr"""),
    "nicolas": dict(
        name="Nicolas Ferrand", addr="n.ferrand@castel-gestionprivee.fr", close="Cordialement,",
        sig="""Nicolas FERRAND
Banquier privé – Associé
Maison Castel Gestion Privée
7 cours de l'Intendance, 33000 Bordeaux
T : +33 5 57 14 62 30 / M : +33 6 09 47 18 52
castel-gestionprivee.fr"""),
    "antoine": dict(
        name="Antoine Mercadier", addr="antoine.mercadier@kalista-logiciels.fr", close="Belle journée,",
        sig="""Antoine Mercadier
Directeur commercial
Kalista Logiciels | La comptabilité qui relance pour vous
04 81 09 33 60 – 07 63 28 14 07
https://www.kalista-logiciels.fr"""),
    "camille": dict(
        name="Camille Roussel", addr="camille.roussel@vauban-recrutement.fr", close="Bien à vous,",
        sig="""Camille Roussel
Consultante senior – Finance & Comptabilité
Vauban Recrutement
2 quai de la Fosse, 44000 Nantes
02 28 07 51 64 | 06 45 83 20 19"""),
    "genevieve": dict(
        name="Geneviève Tremblay", addr="gtremblay@gfsl.ca", close="Au plaisir,",
        sig="""Geneviève Tremblay, Pl. Fin.
Conseillère principale, Gestion de patrimoine
Groupe Financier Saint-Laurent
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8
514 555-0148"""),
    "laurence": dict(
        name="Laurence Dewitte", addr="laurence.dewitte@meridia-benefits.be", close="Bien à vous,",
        sig="""Laurence Dewitte
Account Manager
Meridia Benefits SA
Avenue Louise 231, 1050 Bruxelles
+32 2 640 18 25"""),
    "olivier": dict(
        name="Olivier Rochat", addr="o.rochat@rochat-partenaires.ch", close="Meilleures salutations,",
        sig="""Olivier Rochat
Gérant de fortune
Rochat & Partenaires SA
Rue du Rhône 84, 1204 Genève
T +41 22 318 77 40"""),
    "hannah": dict(
        name="Hannah Whitcombe", addr="hannah.whitcombe@greyfriarswp.co.uk", close="Kind regards,",
        sig="""Hannah Whitcombe
Business Development Director
Greyfriars Wealth Partners LLP
30 Gresham Street, London EC2V 7PG
T: +44 20 7946 0815 | M: +44 7457 900812
greyfriarswp.co.uk"""),
    "tom": dict(
        name="Tom Ashdown", addr="tom.ashdown@brightwater-software.co.uk", close="Cheers,",
        sig="""Tom Ashdown
Senior Account Manager | Brightwater Software Ltd
0161 496 0732 | 07384 900127"""),
    "ryan": dict(
        name="Ryan Castellano", addr="rcastellano@northbeam-analytics.com", close="Best,",
        sig="""Ryan Castellano
Account Executive, Mid-Market
Northbeam Analytics, Inc.
o: (312) 555-0107 | c: (312) 555-0193"""),
    "megan": dict(
        name="Megan Liu", addr="megan@harborvine.com", close="Thanks,",
        sig="""Megan Liu | Partner
Harbor & Vine Advisors LLC
One Embarcadero Center, Suite 1450, San Francisco, CA 94111
415.555.0116"""),
    "ciaran": dict(
        name="Ciarán Doyle", addr="ciaran.doyle@lismore-am.ie", close="Kind regards,",
        sig="""Ciarán Doyle
Client Director
Lismore Asset Management DAC
+353 1 676 2290 | +353 86 120 4471"""),
}


def udisp(u):
    U = USERS[u]
    return "%s <%s>" % (U["name"], U["addr"])


def umsg(u, msg, close=None, sig=True):
    U = USERS[u]
    parts = [msg, "", close if close is not None else U["close"]]
    if sig:
        parts += ["", U["sig"]]
    return "\n".join(parts)


def gt(lines):
    return "\n".join((">" if not l else "> " + l) for l in lines.split("\n"))


def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1],
                                       d.year, d.hour, d.minute)


# --- Outlook (French): header and history not prefixed with ">"
def q_outlook_fr(u, when, to, subject, msg, cc=None, style="line", close=None, sig=True):
    d = D(when)
    U = USERS[u]
    h = []
    if style == "line":
        h.append("________________________________")
        h.append("De : %s" % udisp(u))
        h.append("Envoyé : %s" % fr_long(d))
    elif style == "mailto":
        h.append("De : %s [mailto:%s]" % (U["name"], U["addr"]))
        h.append("Envoyé : %s" % fr_long(d))
    elif style == "origine":
        h.append("-----Message d'origine-----")
        h.append("De : %s <%s>" % (U["name"], U["addr"]))
        h.append("Envoyé : %s" % fr_long(d))
    elif style == "date":  # newer Outlook / OWA
        h.append("De : %s <%s>" % (U["name"], U["addr"]))
        h.append("Date : %s" % fr_long(d))
    h.append("À : %s" % to)
    if cc:
        h.append("Cc : %s" % cc)
    h.append("Objet : %s" % subject)
    return "\n".join(h) + "\n\n" + umsg(u, msg, close, sig)


def q_outlook_en(u, when, to, subject, msg, cc=None, style="us", close=None, sig=True):
    d = D(when)
    U = USERS[u]
    h = []
    if style == "us":
        h.append("From: %s" % udisp(u))
        h.append("Sent: %s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day,
                                             d.year, ampm(d)))
    elif style == "uk":
        h.append("From: %s <%s>" % (U["name"], U["addr"]))
        h.append("Sent: %02d %s %d %02d:%02d" % (d.day, EN_MONTHS[d.month - 1], d.year, d.hour, d.minute))
    elif style == "line":
        h.append("________________________________")
        h.append("From: %s <%s>" % (U["name"], U["addr"]))
        h.append("Sent: %s, %d %s %d %02d:%02d" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1],
                                                  d.year, d.hour, d.minute))
    elif style == "original":
        h.append("-----Original Message-----")
        h.append("From: %s [mailto:%s]" % (U["name"], U["addr"]))
        h.append("Sent: %s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day,
                                             d.year, ampm(d)))
    h.append("To: %s" % to)
    if cc:
        h.append("Cc: %s" % cc)
    h.append("Subject: %s" % subject)
    return "\n".join(h) + "\n\n" + umsg(u, msg, close, sig)


# --- Gmail / Gmail app: "a écrit :" then "> " lines
def q_gmail_fr(u, when, msg, close=None, sig=True, wrap=False):
    d = D(when)
    U = USERS[u]
    head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
        FR_DAYS_ABBR[d.weekday()], d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.hour, d.minute,
        U["name"], U["addr"])
    if wrap:
        head = head.replace(" <", " <\n", 1)
    return head + "\n\n" + gt(umsg(u, msg, close, sig))


def q_gmail_en(u, when, msg, close=None, sig=True, uk=False, wrap=False):
    d = D(when)
    U = USERS[u]
    if uk:
        head = "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, d.hour, d.minute,
            U["name"], U["addr"])
    else:
        head = "On %s, %s %d, %d at %s %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, ampm(d),
            U["name"], U["addr"])
    if wrap:
        head = head.replace(" <", " <\n", 1)
    return head + "\n\n" + gt(umsg(u, msg, close, sig))


# --- Apple Mail (macOS / iOS)
def q_apple_fr(u, when, msg, close=None, sig=True):
    d = D(when)
    U = USERS[u]
    head = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
        d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.hour, d.minute, U["name"], U["addr"])
    return head + "\n\n" + gt(umsg(u, msg, close, sig))


def q_apple_en(u, when, msg, close=None, sig=True):
    d = D(when)
    U = USERS[u]
    head = "On %s %d, %d, at %s, %s <%s> wrote:" % (
        EN_MONTHS[d.month - 1][:3], d.day, d.year, ampm(d).replace(" ", "\u202f"), U["name"], U["addr"])
    return head + "\n\n" + gt(umsg(u, msg, close, sig))


# --- Samsung / Android native mail
def q_samsung_fr(u, when, to, subject, msg, close=None, sig=True):
    d = D(when)
    U = USERS[u]
    h = ["", "", "-------- Message d'origine --------",
         "De : %s <%s>" % (U["name"], U["addr"]),
         "Date : %02d/%02d/%d %02d:%02d (GMT+01:00)" % (d.day, d.month, d.year, d.hour, d.minute),
         "À : %s" % to,
         "Objet : %s" % subject, ""]
    return "\n".join(h) + "\n" + umsg(u, msg, close, sig)


def q_samsung_en(u, when, to, subject, msg, close=None, sig=True, tz="GMT-06:00"):
    d = D(when)
    U = USERS[u]
    h = ["", "", "-------- Original message --------",
         "From: %s <%s>" % (U["name"], U["addr"]),
         "Date: %d/%d/%02d %s (%s)" % (d.month, d.day, d.year % 100, ampm(d), tz),
         "To: %s" % to,
         "Subject: %s" % subject, ""]
    return "\n".join(h) + "\n" + umsg(u, msg, close, sig)


# --- Thunderbird / other desktop clients
def q_tbird_fr(u, when, msg, close=None, sig=True):
    d = D(when)
    U = USERS[u]
    head = "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (d.day, d.month, d.year, d.hour, d.minute, U["name"])
    return head + "\n" + gt(umsg(u, msg, close, sig))


def q_tbird_en(u, when, msg, close=None, sig=True):
    d = D(when)
    U = USERS[u]
    head = "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, d.hour, d.minute, U["name"])
    return head + "\n" + gt(umsg(u, msg, close, sig))


def J(*parts):
    """Join the new text, its tails and the quoted history with one blank line between them."""
    return "\n\n".join(p.rstrip("\n") for p in parts) + "\n"


# ---------------------------------------------------------------- common tails
CONF_FR = """Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."""
CONF_EN = """This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."""
ENV_FR = "Pensez à l'environnement avant d'imprimer ce message."
ENV_EN = "Please consider the environment before printing this email."

# ---------------------------------------------------------------- cases
CASES = []


def P(raw, region, kind):
    return (raw, region, kind)


def case(cid, lang, client, region, sender, user, body, fields):
    CASES.append(dict(id=cid, lang=lang, client=client, region=region,
                      sender=dict(address=sender[0], name=sender[1]),
                      user=dict(address=USERS[user]["addr"], name=USERS[user]["name"]),
                      body=body, fields=fields))


# ================================================================ FRENCH
case("b001-fr-outlook-notaire", "fr", "outlook", "FR",
     ("arnaud.devilliers@notaires-quinconces.fr", "Arnaud de VILLIERS"), "nicolas",
     J("""Monsieur,

Je vous confirme la bonne réception des pièces pour la donation-partage de M. et Mme Castaing. Le projet d'acte vous sera adressé d'ici la fin de la semaine prochaine ; la signature pourrait se tenir le jeudi 10 décembre à 14h30 en l'office.

Je reste à votre disposition pour tout complément.

Bien cordialement,

§Maître Arnaud de VILLIERS
§Notaire associé
§SCP de Villiers, Caradec & Associés
§Notaires
§12, place des Quinconces – 33000 Bordeaux
§Tél. : 05 56 44 12 90 – Fax : 05 56 44 12 99
§arnaud.devilliers@notaires-quinconces.fr

ATTENTION FRAUDE : l'office ne vous communiquera jamais de changement de coordonnées bancaires par courriel. En cas de doute, appelez-nous au numéro habituel avant tout virement.
""" + CONF_FR,
       q_outlook_fr("nicolas", "2026-11-24 09:40", "Arnaud de VILLIERS <arnaud.devilliers@notaires-quinconces.fr>",
                    "Donation-partage CASTAING – pièces complémentaires",
                    """Maître,

Vous trouverez ci-joint les relevés de portefeuille au 31/10 ainsi que l'attestation de valeur du contrat de capitalisation demandés pour le dossier Castaing.

N'hésitez pas à revenir vers moi si d'autres éléments vous sont nécessaires.""")),
     dict(name="Arnaud de VILLIERS", title="Notaire associé", company="SCP de Villiers, Caradec & Associés",
          email="arnaud.devilliers@notaires-quinconces.fr",
          address=["12, place des Quinconces – 33000 Bordeaux"],
          phones=[P("05 56 44 12 90", "FR", "landline"), P("05 56 44 12 99", "FR", "fax")]))

case("b002-fr-gmail-freelance-data", "fr", "gmail", "FR",
     ("thomas.aubry.data@gmail.com", "Thomas Aubry"), "antoine",
     J("""Bonjour Antoine,

Merci pour la démo d'hier, c'était très clair. Je reviens vers vous d'ici vendredi avec le nombre exact de dossiers clients que je gère (autour de 140 je pense) pour que vous puissiez affiner le devis.

Une question d'ici là : l'export FEC est-il inclus dans la formule Essentiel ou seulement en Pro ?

Bonne journée,

§Thomas Aubry
§Consultant indépendant – Data & BI pour cabinets comptables
§06 84 21 77 03
§linkedin.com/in/thomas-aubry-bi
""",
       q_gmail_fr("antoine", "2026-11-18 17:05", """Bonjour Thomas,

Comme convenu, je vous envoie le lien vers l'enregistrement de la démo ainsi que notre grille tarifaire 2027.""")),
     dict(name="Thomas Aubry", title="Consultant indépendant – Data & BI pour cabinets comptables",
          linkedin="linkedin.com/in/thomas-aubry-bi",
          phones=[P("06 84 21 77 03", "FR", "mobile")]))

case("b003-fr-iphone-nosig-ok", "fr", "iphone", "FR",
     ("f.castaing@orange.fr", "François Castaing"), "julie",
     J("""Ok pour jeudi 15h à votre bureau.

Envoyé de mon iPhone
""",
       q_apple_fr("julie", "2026-11-25 11:12", """Bonjour Monsieur Castaing,

Je vous propose de faire le point sur l'arbitrage de votre contrat d'assurance-vie jeudi 3 décembre à 15h, à notre bureau rue de Marignan. Cela vous conviendrait-il ?""")),
     dict(phones=[]))

case("b004-fr-outlook-banque-privee-dept", "fr", "outlook", "FR",
     ("claire.rambaud@credit-valmont.fr", "RAMBAUD Claire"), "julie",
     J("""Bonjour Madame Bernard,

Suite à notre échange téléphonique, je vous confirme que la mainlevée du nantissement sur le compte-titres de votre client pourra être effectuée dès réception de l'accord signé des deux co-emprunteurs.

Je vous remercie de me transmettre le document par retour de mail, l'original pouvant suivre par courrier.

Bien à vous,

§RAMBAUD Claire
§Directrice Clientèle Privée
§Banque Privée Île-de-France
§CRÉDIT VALMONT
§45, boulevard Haussmann
§75009 Paris
§Ligne directe : +33 (0)1 53 43 27 18
§Portable : +33 (0)6 32 18 90 41
§claire.rambaud@credit-valmont.fr

<image002.png>

Crédit Valmont – Société anonyme à conseil d'administration au capital de 412 000 000 € – Siège social : 45, boulevard Haussmann 75009 Paris – 552 345 678 RCS Paris – Intermédiaire en assurance immatriculé à l'ORIAS sous le n° 07 012 345 (www.orias.fr).
""" + CONF_FR,
       q_outlook_fr("julie", "2026-11-23 16:48", "RAMBAUD Claire <claire.rambaud@credit-valmont.fr>",
                    "Mainlevée nantissement – dossier LEROY",
                    """Madame,

Pour faire suite à notre conversation, pourriez-vous m'indiquer les pièces nécessaires à la mainlevée du nantissement du compte-titres n° 4471 de M. et Mme Leroy ?

Je vous en remercie par avance.""", cc="Gestion Orée <gestion@oree-patrimoine.fr>")),
     dict(name="RAMBAUD Claire", title="Directrice Clientèle Privée", company="CRÉDIT VALMONT",
          email="claire.rambaud@credit-valmont.fr",
          address=["45, boulevard Haussmann", "75009 Paris"],
          phones=[P("+33 (0)1 53 43 27 18", "FR", "landline"), P("+33 (0)6 32 18 90 41", "FR", "mobile")]))

case("b005-fr-outlook-closing-name-same-line", "fr", "outlook", "FR",
     ("h.laporte@laporte-audit.fr", "Hervé Laporte"), "antoine",
     J("""Bonjour,

Nous n'avons pas donné suite pour le moment : nous finalisons la migration de notre outil de production et ne souhaitons pas lancer un second chantier avant la fin de la période fiscale. Recontactez-moi plutôt fin mai.

§Cordialement, Hervé Laporte
§Expert-comptable & Commissaire aux comptes
§Cabinet Laporte Audit & Conseil SARL
§14 avenue Jean Jaurès - 69007 Lyon
§Tél 04 78 62 15 30    Fax 04 78 62 15 39
§www.laporte-audit.fr

Membre de l'Ordre des Experts-Comptables Auvergne-Rhône-Alpes – Inscrit à la Compagnie Régionale des Commissaires aux Comptes de Lyon-Riom
""",
       q_outlook_fr("antoine", "2026-11-16 10:02", "h.laporte@laporte-audit.fr",
                    "Kalista – relance automatisée des pièces manquantes",
                    """Bonjour Monsieur Laporte,

Je me permets de revenir vers vous concernant notre proposition du mois dernier. Avez-vous pu en discuter avec vos associés ?""", style="mailto")),
     dict(name="Hervé Laporte", title="Expert-comptable & Commissaire aux comptes",
          company="Cabinet Laporte Audit & Conseil SARL", website="www.laporte-audit.fr",
          address=["14 avenue Jean Jaurès - 69007 Lyon"],
          phones=[P("04 78 62 15 30", "FR", "landline"), P("04 78 62 15 39", "FR", "fax")]))

case("b006-fr-gmail-mairie-urbanisme", "fr", "gmail", "FR",
     ("n.benali@mairie-reze.fr", "BENALI Nadia"), "julie",
     J("""Madame,

Je vous informe que la déclaration préalable déposée pour la division du terrain de vos clients (parcelle AB 312) est complète depuis le 2 novembre. Le délai d'instruction court donc jusqu'au 2 décembre. Sans réponse de notre part à cette date, la décision sera réputée favorable.

Une attestation de non-opposition pourra être délivrée sur demande.

Cordialement

§Nadia BENALI
§Instructrice du droit des sols
§Direction de l'Aménagement et de l'Urbanisme
§Mairie de Rezé
§Hôtel de Ville – CS 70159 – 44401 Rezé Cedex
§Std : 02 40 84 43 00 – LD : 02 40 84 45 62

Accueil du public sur rendez-vous uniquement, du lundi au vendredi de 9h à 12h.
""",
       q_gmail_fr("julie", "2026-11-19 14:31", """Madame,

Je me permets de vous contacter au sujet de la déclaration préalable n° DP 044 143 26 00187 déposée par M. et Mme Perrot. Pourriez-vous me confirmer que le dossier est complet et m'indiquer la date de fin d'instruction ?""")),
     dict(name="Nadia BENALI", title="Instructrice du droit des sols", company="Mairie de Rezé",
          address=["Hôtel de Ville – CS 70159 – 44401 Rezé Cedex"],
          phones=[P("02 40 84 43 00", "FR", "landline"), P("02 40 84 45 62", "FR", "landline")]))

case("b007-fr-outlook-commissaire-justice", "fr", "outlook", "FR",
     ("l.pasquier@cdj-rhin.fr", "Maître Laurent PASQUIER"), "camille",
     J("""Madame,

Le constat a bien été dressé ce matin à 10h15 en présence du gérant. Le procès-verbal vous sera transmis par voie dématérialisée dans la journée, la facture suivra séparément.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

§Me Laurent PASQUIER
§Commissaire de justice associé
§(anciennement Huissier de justice)
§SELAS PASQUIER – KLEIN, Commissaires de justice associés
§3 quai Kléber – BP 40127 – 67004 STRASBOURG CEDEX
§Standard : 03 88 32 10 45
§Ligne directe : 03 88 32 10 47
§Télécopie : 03 88 32 10 40

SELAS au capital de 60 000 € – RCS Strasbourg 841 226 903 – TVA intracommunautaire FR 27 841226903
Paiement en ligne sécurisé : www.cdj-rhin.fr/paiement
""",
       q_outlook_fr("camille", "2026-11-20 08:52", "'l.pasquier@cdj-rhin.fr'",
                    "Constat – locaux rue du Faubourg de Saverne",
                    """Maître,

Je vous confirme la présence de M. Hoffmann, gérant de la société, demain à 10h pour l'établissement du constat d'état des lieux de sortie.""", style="mailto")),
     dict(name="Laurent PASQUIER", title="Commissaire de justice associé",
          company="SELAS PASQUIER – KLEIN",
          address=["3 quai Kléber – BP 40127 – 67004 STRASBOURG CEDEX"],
          phones=[P("03 88 32 10 45", "FR", "landline"), P("03 88 32 10 47", "FR", "landline"),
                  P("03 88 32 10 40", "FR", "fax")]))

case("b008-fr-android-firstname-outlookmobile", "fr", "android", "FR",
     ("marc.tessier@tessier-menuiserie.fr", "Marc Tessier"), "antoine",
     J("""Bonjour, oui dispo demain 11h, appelez moi sur le portable.
§Marc

Téléchargez Outlook pour Android<https://aka.ms/AAb9ysg>
""",
       q_outlook_fr("antoine", "2026-11-26 18:20", "Marc Tessier <marc.tessier@tessier-menuiserie.fr>",
                    "Démo Kalista – créneau ?",
                    """Bonjour Marc,

Suite à votre demande sur notre site, seriez-vous disponible demain pour une démonstration de 20 minutes ?""", style="date")),
     dict(name="Marc", phones=[]))

case("b009-fr-outlook-assistante-notaire", "fr", "outlook", "FR",
     ("office.vasseur@notaires-nantes-erdre.fr", "Office Notarial Vasseur-Pinchon"), "camille",
     J("""Madame,

Maître VASSEUR-PINCHON a bien pris connaissance de votre message. Elle pourra recevoir votre candidate le mardi 8 décembre à 9h30 pour un entretien en vue du poste de clerc rédacteur.

Merci de lui rappeler de se munir de son CV et de ses diplômes.

Restant à votre disposition,

§Pour Maître Hélène VASSEUR-PINCHON,
§Sabrina Lemaire, assistante notariale

§Office Notarial Vasseur-Pinchon & Associés
§18 boulevard des Anglais – 44100 Nantes
§Tél. 02 40 48 22 16 – Fax 02 40 48 22 19

SCP titulaire d'un office notarial – Membre d'une association agréée, le règlement des honoraires par chèque est accepté.
""",
       q_outlook_fr("camille", "2026-11-24 15:10", "Office Notarial Vasseur-Pinchon <office.vasseur@notaires-nantes-erdre.fr>",
                    "Candidature clerc rédacteur – Mme Laure Guillou",
                    """Maître,

Comme évoqué par téléphone avec votre assistante, je vous adresse le dossier de Mme Laure Guillou, clerc rédactrice depuis 6 ans en étude à Angers. Seriez-vous disponible pour la rencontrer la semaine prochaine ?""")),
     dict(name="Sabrina Lemaire", title="assistante notariale", company="Office Notarial Vasseur-Pinchon & Associés",
          address=["18 boulevard des Anglais – 44100 Nantes"],
          phones=[P("02 40 48 22 16", "FR", "landline"), P("02 40 48 22 19", "FR", "fax")]))

case("b010-fr-gmail-promoteur-fondateur", "fr", "gmail", "FR",
     ("g.santoni@altea-promotion.fr", "Grégoire Santoni"), "julie",
     J("""Julie,

Merci pour l'intro vers vos clients investisseurs. Je vous joins la plaquette de la résidence Les Terrasses de l'Huveaune (32 lots, livraison T3 2028), éligible au LMNP. Les grilles de prix seront disponibles lundi.

On cale un déjeuner la semaine prochaine pour en parler ?

A très vite,

§Grégoire SANTONI
§Gérant & Fondateur
§ALTÉA PROMOTION
§Promotion immobilière – Provence & Côte d'Azur
§+33 6 11 48 27 93
§www.altea-promotion.fr
§linkedin.com/company/altea-promotion

[cid:image001.png@01DB3F2A.6C1B4E70]
""",
       q_gmail_fr("julie", "2026-11-20 12:07", """Bonjour Grégoire,

Ravie de notre échange au salon de l'immobilier. Comme promis, je vous présente plusieurs clients intéressés par l'investissement locatif meublé dans la région d'Aubagne.""")),
     dict(name="Grégoire SANTONI", title="Gérant & Fondateur", company="ALTÉA PROMOTION",
          website="www.altea-promotion.fr",
          phones=[P("+33 6 11 48 27 93", "FR", "mobile")]))

case("b011-fr-outlook-hotel-banner", "fr", "outlook", "FR",
     ("v.marchal@hotels-bellerive.com", "Valérie Marchal"), "antoine",
     J("""Bonjour Antoine,

C'est noté pour le séminaire du 28 au 29 janvier : 24 participants, salle Léman en format U, deux pauses et déjeuner buffet. Je bloque également 18 chambres single en option jusqu'au 15 décembre.

Vous recevrez le devis et le contrat sous 48h.

Belle journée,

§Valérie MARCHAL
§Directrice des Ventes Groupes & Séminaires
§Groupe Hôtelier Belle Rive
§Hôtel Belle Rive Annecy ★★★★ | 8 avenue d'Albigny, 74000 Annecy
§T. +33 4 50 23 61 00 | M. +33 7 61 39 05 22
§www.hotels-bellerive.com

<image001.jpg>
NOUVEAU – Découvrez notre spa de 800 m² face au lac. Offre séminaire hiver : -15 % jusqu'au 31 mars.
Suivez-nous sur LinkedIn | Instagram | Facebook
""",
       q_outlook_fr("antoine", "2026-11-24 09:15", "Valérie Marchal <v.marchal@hotels-bellerive.com>",
                    "Séminaire commercial Kalista – janvier 2027",
                    """Bonjour Valérie,

Nous souhaiterions organiser notre séminaire commercial annuel chez vous fin janvier, pour environ 24 personnes avec une nuit sur place. Pourriez-vous me faire une proposition ?""", cc="Léa Fontaine <lea.fontaine@kalista-logiciels.fr>")),
     dict(name="Valérie MARCHAL", title="Directrice des Ventes Groupes & Séminaires",
          company="Groupe Hôtelier Belle Rive", website="www.hotels-bellerive.com",
          address=["8 avenue d'Albigny, 74000 Annecy"],
          phones=[P("+33 4 50 23 61 00", "FR", "landline"), P("+33 7 61 39 05 22", "FR", "mobile")]))

case("b012-fr-iphone-closing-name-one-line", "fr", "iphone", "FR",
     ("jean.perrot@wanadoo.fr", "Jean Perrot"), "julie",
     J("""Bonjour Julie,
Nous avons bien reçu le document. Mon épouse le signera ce soir et je vous le renvoie demain matin scanné.
§Bien à vous, Jean

Envoyé de mon iPhone
""",
       q_apple_fr("julie", "2026-11-26 10:44", """Bonjour Monsieur Perrot,

Vous trouverez ci-joint le bulletin de souscription à compléter et à signer par chacun des co-souscripteurs.""")),
     dict(name="Jean", phones=[]))

case("b013-fr-outlook-chateau-export", "fr", "outlook", "FR",
     ("export@chateau-lamarque-fontenil.com", "Export – Château Lamarque-Fontenil"), "nicolas",
     J("""Bonjour Monsieur Ferrand,

Merci pour votre commande pour le coffret cadeaux clients. Nous pouvons vous proposer 60 caisses bois de 3 bouteilles du millésime 2020 (Saint-Estèphe Cru Bourgeois Exceptionnel) au tarif professionnel de 87 € HT la caisse, gravure du logo comprise.

Livraison possible à vos bureaux du cours de l'Intendance à partir du 7 décembre.

Bien cordialement,

§Aurélie Chaumet-Darricau
§Responsable Export & Ventes Entreprises
§SCEA Château Lamarque-Fontenil
§Lieu-dit Le Bourdieu
§33180 Saint-Estèphe
§T. 05 56 59 31 08
§M. 06 78 40 92 15
§chateau-lamarque-fontenil.com

L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
""",
       q_outlook_fr("nicolas", "2026-11-23 11:26", "export@chateau-lamarque-fontenil.com",
                    "Coffrets fin d'année – Maison Castel",
                    """Madame, Monsieur,

Nous souhaiterions offrir à nos clients une caisse de votre Saint-Estèphe pour les fêtes, soit une soixantaine de coffrets. Pourriez-vous nous faire parvenir une proposition ?""")),
     dict(name="Aurélie Chaumet-Darricau", title="Responsable Export & Ventes Entreprises",
          company="SCEA Château Lamarque-Fontenil", website="chateau-lamarque-fontenil.com",
          address=["Lieu-dit Le Bourdieu", "33180 Saint-Estèphe"],
          phones=[P("05 56 59 31 08", "FR", "landline"), P("06 78 40 92 15", "FR", "mobile")]))

case("b014-fr-outlook-ingenierie-poste", "fr", "outlook", "FR",
     ("s.kowalski@berthier-ingenierie.fr", "KOWALSKI Stéphane"), "camille",
     J("""Bonjour Camille,

Le profil de M. Ndiaye nous intéresse. En revanche, nous aurions besoin qu'il soit opérationnel sur Revit MEP dès son arrivée, pouvez-vous vérifier ce point avec lui avant qu'on planifie un entretien avec notre directeur technique ?

Merci,

§Stéphane Kowalski
§Chef de projet – Pôle Fluides & Énergie
§INGÉNIERIE BERTHIER SAS
§ZI des Pins – Bâtiment C – 3e étage
§12 rue des Frères Lumière
§31400 Toulouse
§Tél : 05 61 14 72 00 poste 305   Mob : 06 43 91 28 66
§www.berthier-ingenierie.fr

Pensez à l'environnement avant d'imprimer ce courriel.
""",
       q_outlook_fr("camille", "2026-11-17 16:03", "KOWALSKI Stéphane <s.kowalski@berthier-ingenierie.fr>",
                    "Candidature Ingénieur CVC – Moussa Ndiaye",
                    """Bonjour Stéphane,

Je vous transmets le dossier de Moussa Ndiaye, ingénieur CVC avec 7 ans d'expérience en bureau d'études, disponible sous un mois.""", style="line")),
     dict(name="Stéphane Kowalski", title="Chef de projet – Pôle Fluides & Énergie", company="INGÉNIERIE BERTHIER SAS",
          website="www.berthier-ingenierie.fr",
          address=["ZI des Pins – Bâtiment C – 3e étage", "12 rue des Frères Lumière", "31400 Toulouse"],
          phones=[P("05 61 14 72 00", "FR", "landline"), P("06 43 91 28 66", "FR", "mobile")]))

case("b015-fr-gmail-hopital-dr", "fr", "gmail", "FR",
     ("mh.legoff@ch-abers.fr", "Dr LE GOFF Marie-Hélène"), "julie",
     J("""Bonjour Madame Bernard,

Je suis de garde toute la semaine prochaine, nous pourrions décaler notre rendez-vous au mardi 15 décembre en fin de journée (après 18h30) ? Sinon par téléphone, c'est plus simple pour moi.

Pour le PER, je vous confirme que je souhaite maintenir les versements mensuels.

Bien cordialement,

§Dr Marie-Hélène Le Goff
§Praticien hospitalier – Service de Cardiologie
§Centre Hospitalier des Abers
§Secrétariat : 02 98 37 40 12
""",
       q_gmail_fr("julie", "2026-11-27 08:30", """Bonjour Docteur,

Je me permets de vous confirmer notre rendez-vous du jeudi 3 décembre à 18h pour le bilan annuel de votre PER et de votre assurance-vie.""")),
     dict(name="Marie-Hélène Le Goff", title="Praticien hospitalier – Service de Cardiologie",
          company="Centre Hospitalier des Abers",
          phones=[P("02 98 37 40 12", "FR", "landline")]))

case("b016-fr-outlook-universite-pr", "fr", "outlook", "FR",
     ("jb.dharcourt@univ-tvl.fr", "Jean-Baptiste d'Harcourt"), "julie",
     J("""Chère Madame,

Je vous remercie pour votre proposition d'intervention dans le cadre du Master 2 Gestion de patrimoine. Le créneau du 14 janvier (9h-12h) est encore libre ; le thème « Démembrement de propriété et transmission » conviendrait parfaitement à la promotion.

Mon assistante, Mme Colin, reviendra vers vous pour la convention d'intervenant.

Bien cordialement,

§Pr Jean-Baptiste d'Harcourt
§Professeur des universités
§Directeur du Master Gestion de patrimoine
§IAE – Université de Touraine-Val de Loire
§60 rue du Plat d'Étain, 37000 Tours
§+33 (0)2 47 36 10 92
""",
       q_outlook_fr("julie", "2026-11-12 18:22", "Jean-Baptiste d'Harcourt <jb.dharcourt@univ-tvl.fr>",
                    "Intervention Master 2 – proposition",
                    """Monsieur le Professeur,

Ancienne étudiante du Master, je serais heureuse d'intervenir auprès de la promotion actuelle sur un cas pratique de transmission. Auriez-vous un créneau disponible au second semestre ?""")),
     dict(name="Jean-Baptiste d'Harcourt", title="Professeur des universités",
          company="IAE – Université de Touraine-Val de Loire",
          address=["60 rue du Plat d'Étain, 37000 Tours"],
          phones=[P("+33 (0)2 47 36 10 92", "FR", "landline")]))

case("b017-fr-outlook-departement-equipe", "fr", "outlook", "FR",
     ("marches.publics@sarthe-departement.fr", "Marchés publics - CD72"), "antoine",
     J("""Madame, Monsieur,

Nous accusons réception de votre offre déposée le 20/11/2026 à 11h42 sur la plateforme de dématérialisation pour la consultation n° 2026-DSI-047 « Logiciel de gestion des relances fournisseurs ».

La commission d'ouverture des plis se réunira le 8 décembre. Vous serez informés de la suite donnée à votre offre par le même canal.

Cordialement,

§Le service de la Commande publique
§Direction des Affaires juridiques et de la Commande publique
§Conseil départemental de la Sarthe
§Place Aristide Briand – 72072 Le Mans Cedex 9
§Tél. : 02 43 54 72 72

Afin de préserver l'équité entre les candidats, aucune information ne pourra être communiquée par téléphone.
""",
       q_outlook_fr("antoine", "2026-11-20 11:50", "marches.publics@sarthe-departement.fr",
                    "Consultation 2026-DSI-047 – dépôt de l'offre Kalista Logiciels",
                    """Madame, Monsieur,

Nous vous informons avoir déposé ce jour notre offre sur la plateforme. Pourriez-vous nous confirmer sa bonne réception ?""", style="origine")),
     dict(company="Conseil départemental de la Sarthe",
          address=["Place Aristide Briand – 72072 Le Mans Cedex 9"],
          phones=[P("02 43 54 72 72", "FR", "landline")]))

case("b018-fr-gmail-candidate", "fr", "gmail", "FR",
     ("ines.haddad91@gmail.com", "Inès Haddad"), "camille",
     J("""Bonjour Camille,

Merci pour votre retour rapide ! Je suis disponible pour l'entretien avec Berthier Ingénierie mercredi ou jeudi après-midi. Mon préavis est d'un mois, négociable.

Je vous joins la version à jour de mon CV.

Bonne soirée,
§Inès Haddad
§Contrôleuse de gestion
§07 69 12 45 33
§linkedin.com/in/ines-haddad-cdg
""",
       q_gmail_fr("camille", "2026-11-18 19:02", """Bonjour Inès,

Suite à notre échange téléphonique, votre profil a retenu l'attention de notre client. Seriez-vous disponible pour un entretien la semaine prochaine ?""", wrap=True)),
     dict(name="Inès Haddad", title="Contrôleuse de gestion", linkedin="linkedin.com/in/ines-haddad-cdg",
          phones=[P("07 69 12 45 33", "FR", "mobile")]))

case("b019-fr-outlook-agence-title-pipe", "fr", "outlook", "FR",
     ("romain@agence-pollen.fr", "Romain Esteve"), "julie",
     J("""Hello Julie,

Voici les 3 pistes graphiques pour la refonte de la plaquette, avec les maquettes de la page « Nos expertises ». On a privilégié la piste 2 en interne (plus sobre, plus premium), mais on attend vos retours.

Est-ce qu'un point jeudi 11h vous irait pour en discuter avec votre associé ?

Bonne journée

§Romain Esteve | Directeur de clientèle | Agence Pollen
§+33 (0)1 84 60 27 15  ·  +33 (0)6 58 24 91 07
§agence-pollen.fr

Suivez-nous sur LinkedIn | Instagram | Behance
[cid:pollen_logo_anim.gif]
""",
       q_outlook_fr("julie", "2026-11-16 09:05", "Romain Esteve <romain@agence-pollen.fr>",
                    "Refonte plaquette Orée Patrimoine",
                    """Bonjour Romain,

Merci pour le brief de la semaine dernière. Nous attendons vos propositions avec impatience.""")),
     dict(name="Romain Esteve", title="Directeur de clientèle", company="Agence Pollen", website="agence-pollen.fr",
          phones=[P("+33 (0)1 84 60 27 15", "FR", "landline"), P("+33 (0)6 58 24 91 07", "FR", "mobile")]))

case("b020-fr-outlook-transitaire-brand-legal", "fr", "outlook", "FR",
     ("p.lemarchand@delacroix-transports.fr", "LEMARCHAND Patrice"), "antoine",
     J("""Bonjour M. Mercadier,

Nous avons bien noté votre relance. Notre service comptable a validé le principe d'un essai sur l'agence du Havre à partir de janvier. Je vous laisse voir les modalités pratiques avec Mme Dufour (comptabilité fournisseurs), en copie.

Salutations,

§Patrice LEMARCHAND
§Responsable Grands Comptes Import
§Transports Delacroix & Fils
§Groupe Normandie Fret SAS
§Terminal de l'Europe – Route du Môle Central – 76600 Le Havre
§Std. 02 35 19 44 00 - Direct 02 35 19 44 17 - GSM 06 07 44 19 81
§p.lemarchand@delacroix-transports.fr

Groupe Normandie Fret SAS au capital de 2 400 000 € – RCS Le Havre 389 114 582 – Commissionnaire de transport – Opérateur Économique Agréé FR OEA F 000123
Toutes nos opérations sont soumises à nos conditions générales de vente, disponibles sur simple demande.
""",
       q_outlook_fr("antoine", "2026-11-10 14:40", "LEMARCHAND Patrice <p.lemarchand@delacroix-transports.fr>",
                    "RE: Automatisation des relances clients – suite à notre rencontre à la SITL",
                    """Bonjour Monsieur Lemarchand,

Je me permets de revenir vers vous suite à notre rencontre sur le salon. Avez-vous pu présenter notre solution à votre direction financière ?""")),
     dict(name="Patrice LEMARCHAND", title="Responsable Grands Comptes Import", company="Transports Delacroix & Fils",
          email="p.lemarchand@delacroix-transports.fr",
          address=["Terminal de l'Europe – Route du Môle Central – 76600 Le Havre"],
          phones=[P("02 35 19 44 00", "FR", "landline"), P("02 35 19 44 17", "FR", "landline"),
                  P("06 07 44 19 81", "FR", "mobile")]))

case("b021-fr-gmail-pharma-reglementaire", "fr", "gmail", "FR",
     ("sarah.benhamou@orvalis-labs.com", "Sarah Benhamou"), "camille",
     J("""Bonjour Camille,

Nous avons retenu deux des profils : Mme Vidal et M. Ouédraogo. Pouvez-vous organiser les entretiens avec notre directeur qualité le 3 ou le 4 décembre, sur site à Saint-Priest ?

Pour le troisième profil, l'expérience en dispositifs médicaux est un peu juste pour le poste.

Merci et à bientôt,

--
§Dr Sarah Benhamou, PharmD
§Responsable Affaires Réglementaires Europe
§Laboratoires Orvalis
§Parc Technologique de Lyon – 5 allée Irène Joliot-Curie – 69800 Saint-Priest
§Tél. +33 4 72 79 41 30 / Port. +33 6 30 72 18 44

Laboratoires Orvalis SAS – Capital social 8 250 000 € – 412 887 905 RCS Lyon – Établissement pharmaceutique autorisé par l'ANSM
Ce message peut contenir des informations confidentielles ; si vous n'en êtes pas le destinataire, merci de le supprimer.
""",
       q_gmail_fr("camille", "2026-11-21 10:18", """Bonjour Sarah,

Comme convenu, je vous adresse les trois profils présélectionnés pour le poste de Chargé(e) d'affaires réglementaires.""")),
     dict(name="Sarah Benhamou", title="Responsable Affaires Réglementaires Europe", company="Laboratoires Orvalis",
          address=["Parc Technologique de Lyon – 5 allée Irène Joliot-Curie – 69800 Saint-Priest"],
          phones=[P("+33 4 72 79 41 30", "FR", "landline"), P("+33 6 30 72 18 44", "FR", "mobile")]))

case("b022-fr-outlook-btp-dots-typos", "fr", "outlook", "FR",
     ("j.rigaud@rigaud-construction.fr", "Julien RIGAUD"), "nicolas",
     J("""bonjour,

suite a votre appel, le chantier de la maison de M. et Mme Darrieux a pris 3 semaines de retard a cause des intempéries, la réception est maintenant prévue semaine 3. Je vous envoi l'avenant au planning pour le déblocage des fonds.

cordialement

§Julien RIGAUD
§Conducteur de travaux
§BÂTIMENTS RIGAUD CONSTRUCTION S.A.
§ZA de Mérignac-Marticot - BP 12 - 33701 MERIGNAC Cedex
§Tél :05.56.34.80.20
§Portable:06.12.44.87.20
""",
       q_outlook_fr("nicolas", "2026-11-25 17:33", "Julien RIGAUD <j.rigaud@rigaud-construction.fr>",
                    "Chantier DARRIEUX – point d'avancement",
                    """Monsieur Rigaud,

Mes clients M. et Mme Darrieux m'indiquent un retard sur leur chantier. Pourriez-vous me transmettre un planning actualisé afin que nous puissions ajuster le calendrier de déblocage du prêt ?""", style="mailto")),
     dict(name="Julien RIGAUD", title="Conducteur de travaux", company="BÂTIMENTS RIGAUD CONSTRUCTION S.A.",
          address=["ZA de Mérignac-Marticot - BP 12 - 33701 MERIGNAC Cedex"],
          phones=[P("05.56.34.80.20", "FR", "landline"), P("06.12.44.87.20", "FR", "mobile")]))

case("b023-fr-gmail-inline-reply-sig-bottom", "fr", "gmail", "FR",
     ("c.lacombe@lacombe-expertise.fr", "Corinne Lacombe"), "julie",
     J("""Bonjour Julie,

Voir mes réponses dans le texte.

Le ven. 20 nov. 2026 à 15:02, Julie Bernard <julie.bernard@oree-patrimoine.fr> a écrit :
> Bonjour Corinne,
>
> Pour préparer le rendez-vous de nos clients communs, pourriez-vous me préciser :
> - le montant du résultat 2025 de la SELARL ;
Environ 182 k€ avant IS, la liasse définitive sera prête fin décembre.
> - si la holding a déjà opté pour le régime mère-fille ;
Oui, depuis 2023.
> - la date de la prochaine AG.
Pas encore fixée, probablement fin juin.
>
> Bien cordialement,
>
> Julie Bernard
> Conseillère en gestion de patrimoine
> ORÉE PATRIMOINE
> 18 rue de Marignan – 75008 Paris
> Tél. : 01 86 95 42 10 | Mob. : 06 71 22 48 95
> www.oree-patrimoine.fr

Bien à vous,

§Corinne Lacombe
§Expert-comptable associée
§LACOMBE EXPERTISE – Société d'expertise comptable
§01 46 22 83 50
"""),
     dict(name="Corinne Lacombe", title="Expert-comptable associée", company="LACOMBE EXPERTISE",
          phones=[P("01 46 22 83 50", "FR", "landline")]))

case("b024-fr-outlook-cac-legal-footer", "fr", "outlook", "FR",
     ("e.fontaine@audit-vernet.fr", "Emmanuel FONTAINE"), "antoine",
     J("""Monsieur,

Dans le cadre de nos travaux de certification des comptes de la société Kalista Logiciels au 31 décembre 2026, nous vous remercions de bien vouloir nous confirmer directement le solde des comptes clients et le détail des factures non réglées à cette date.

Vous trouverez ci-joint notre demande de confirmation. Merci de nous retourner votre réponse avant le 15 janvier.

Veuillez agréer, Monsieur, nos salutations distinguées.

§Emmanuel Fontaine
§Commissaire aux comptes – Directeur de mission
§Audit Vernet & Associés
§28 rue de la République
§69002 Lyon
§Tél. : +33 (0)4 72 40 18 65

-------------------------------------------
Audit Vernet & Associés – Société de commissaires aux comptes inscrite à la Compagnie régionale de Lyon-Riom
SELAS au capital de 150 000 € – SIREN 512 884 163 – RCS Lyon – TVA FR 64 512884163
Siège social : 28 rue de la République, 69002 Lyon
Membre du réseau international VRN Global, réseau d'entités juridiquement indépendantes.
-------------------------------------------
""" + CONF_FR,
       q_outlook_fr("antoine", "2026-11-30 12:00", "Emmanuel FONTAINE <e.fontaine@audit-vernet.fr>",
                    "Kalista Logiciels – circularisation",
                    """Monsieur,

Je vous confirme que nous répondrons à votre demande de circularisation. Pouvez-vous me la transmettre par mail ?""", style="date")),
     dict(name="Emmanuel Fontaine", title="Commissaire aux comptes – Directeur de mission", company="Audit Vernet & Associés",
          address=["28 rue de la République", "69002 Lyon"],
          phones=[P("+33 (0)4 72 40 18 65", "FR", "landline")]))

case("b025-fr-android-samsung-logo-only", "fr", "android", "FR",
     ("s.cazenave@talentia-rh.fr", "Sandrine Cazenave"), "camille",
     J("""Bonjour Camille, bien reçu pour le candidat, je regarde ce soir et je te dis demain.

§Sandrine
§Sandrine Cazenave
§Chargée de recrutement
[cid:image001.png@01DB4A2C.5E6F7A80]
§02 40 89 16 72 | 06 28 73 45 91

Envoyé depuis mon smartphone Samsung Galaxy.
""",
       q_samsung_fr("camille", "2026-11-25 16:40", "Sandrine Cazenave <s.cazenave@talentia-rh.fr>",
                    "Profil Chargé de paie – co-traitance",
                    """Bonjour Sandrine,

Comme évoqué, je te transmets le profil d'un chargé de paie que nous ne pouvons pas placer chez nos clients actuels. Il pourrait correspondre à ta mission à Saint-Nazaire.""")),
     dict(name="Sandrine Cazenave", title="Chargée de recrutement",
          phones=[P("02 40 89 16 72", "FR", "landline"), P("06 28 73 45 91", "FR", "mobile")]))

case("b026-fr-outlook-forward-note-on-top", "fr", "outlook", "FR",
     ("alain.mercier@free.fr", "Alain Mercier"), "julie",
     """Bonjour Madame Bernard,

Je vous transfère le message de mon notaire concernant la succession de ma mère. Je ne comprends pas bien la partie sur l'assurance-vie, pouvez-vous m'appeler pour en parler ?

Cordialement
§Alain Mercier
§06 81 35 72 40

De : Sylvie ROCHE <s.roche@roche-baudouin.notaires.fr>
Envoyé : lundi 23 novembre 2026 17:02
À : Alain Mercier <alain.mercier@free.fr>
Objet : Succession MERCIER – projet de déclaration

Monsieur,

Veuillez trouver ci-joint le projet de déclaration de succession. Les contrats d'assurance-vie souscrits avant le 13 octobre 1998 ne figurent pas à l'actif successoral ; ceux alimentés après 70 ans relèvent de l'article 757 B du CGI pour la fraction des primes excédant 30 500 €.

Je vous remercie de me retourner le projet signé avant le 15 décembre.

Bien cordialement,

Sylvie ROCHE
Notaire associée
Roche & Baudouin, Notaires associés
4 rue Gambetta – 78000 Versailles
01 39 50 27 84
""",
     dict(name="Alain Mercier", phones=[P("06 81 35 72 40", "FR", "mobile")]))

case("b027-fr-gmail-colleague-phone-in-body", "fr", "gmail", "FR",
     ("luc.garnier@garnier-associes.fr", "Luc Garnier"), "julie",
     J("""Bonjour Julie,

Je suis en déplacement jusqu'à vendredi. Pour la partie fiscale (IFI et plus-value sur les titres de la holding), voyez directement avec ma collègue Agnès Morel au 01 47 20 36 18, elle a le dossier en main et peut vous transmettre les simulations.

Merci,
§Luc
""",
       q_gmail_fr("julie", "2026-11-24 10:05", """Bonjour Luc,

Pourriez-vous me transmettre les éléments fiscaux du dossier Marchand avant notre rendez-vous commun du 2 décembre ?""")),
     dict(name="Luc", phones=[]))

case("b028-fr-outlook-belgique-family-office", "fr", "outlook", "FR",
     ("b.vandenberghe@hauteville-fo.be", "Bernard Vandenberghe"), "julie",
     J("""Chère Madame Bernard,

Nous avons bien reçu le mandat signé par M. Duchêne. Le transfert des avoirs depuis son compte luxembourgeois devrait intervenir d'ici trois semaines ; nous vous tiendrons informée de chaque étape.

Pour la partie française (assurance-vie), nous vous laissons évidemment la main.

Bien à vous,

§Bernard Vandenberghe
§Managing Partner
§Hauteville Family Office SRL
§Avenue Louise 326 bte 12
§1050 Bruxelles – Belgique
§T +32 (0)2 646 81 20
§GSM +32 (0)476 58 31 02
§www.hauteville-fo.be

Hauteville Family Office SRL – TVA BE 0712.345.678 – RPM Bruxelles – Agréée en qualité de planificateur financier indépendant par la FSMA.
""",
       q_outlook_fr("julie", "2026-11-18 15:27", "Bernard Vandenberghe <b.vandenberghe@hauteville-fo.be>",
                    "Dossier DUCHÊNE – mandat de gestion",
                    """Cher Monsieur,

Je vous confirme l'envoi par courrier du mandat signé par notre client commun. Pourriez-vous m'indiquer le calendrier prévisionnel du transfert ?""")),
     dict(name="Bernard Vandenberghe", title="Managing Partner", company="Hauteville Family Office SRL",
          website="www.hauteville-fo.be",
          address=["Avenue Louise 326 bte 12", "1050 Bruxelles – Belgique"],
          phones=[P("+32 (0)2 646 81 20", "BE", "landline"), P("+32 (0)476 58 31 02", "BE", "mobile")]))

case("b029-fr-outlook-geneve-national-format", "fr", "outlook", "FR",
     ("philippe.amstutz@banque-corraterie.ch", "Amstutz Philippe"), "nicolas",
     J("""Cher Monsieur,

Comme convenu lors de notre entretien téléphonique, je vous confirme que notre établissement peut accueillir la relation de vos clients résidents fiscaux français, sous réserve de la documentation KYC habituelle (justificatif de domicile, origine des fonds, attestation de conformité fiscale).

Je vous propose une visioconférence le 9 décembre à 10h pour en parler avec eux.

Meilleures salutations

§Philippe Amstutz
§Vice-Président
§Gestion privée – Clientèle France
§Banque de la Corraterie SA
§Rue de la Corraterie 12
§1204 Genève
§Tél. 022 310 45 67
§Mobile 079 412 33 21

Les informations contenues dans ce message sont confidentielles et peuvent être couvertes par le secret bancaire. Si vous n'êtes pas le destinataire, veuillez en informer l'expéditeur et détruire ce message.
""",
       q_outlook_fr("nicolas", "2026-11-26 14:12", "Amstutz Philippe <philippe.amstutz@banque-corraterie.ch>",
                    "Ouverture de relation – famille Labarthe",
                    """Cher Monsieur,

Suite à notre échange, je vous confirme l'intérêt de la famille Labarthe pour une ouverture de compte en Suisse. Quelles seraient les prochaines étapes ?""", cc="Sophie Labarthe <sophie.labarthe@gmail.com>")),
     dict(name="Philippe Amstutz", title="Vice-Président",
          company="Banque de la Corraterie SA", address=["Rue de la Corraterie 12", "1204 Genève"],
          phones=[P("022 310 45 67", "CH", "landline"), P("079 412 33 21", "CH", "mobile")]))

case("b030-fr-gmail-monaco-sam", "fr", "gmail", "FR",
     ("a.pastor@pastor-moncalvo.mc", "Alexandra Pastor-Moncalvo"), "julie",
     J("""Bonjour Julie,

Avec plaisir pour un déjeuner lors de votre passage à Monaco le 12. Je vous propose le Café de Paris à 12h30, je m'occupe de la réservation.

J'en profiterai pour vous présenter notre nouvelle responsable immobilier.

À bientôt,

§Alexandra PASTOR-MONCALVO
§Directrice Générale Déléguée
§Pastor Moncalvo Gestion S.A.M.
§Le Mercator – 7, rue de l'Industrie – 98000 Monaco
§+377 93 25 41 60 / +377 6 80 12 34 56

Société Anonyme Monégasque au capital de 600 000 € – RCI 09 S 05123 – Agréée par la CCAF
""",
       q_gmail_fr("julie", "2026-11-27 09:48", """Bonjour Alexandra,

Je serai à Monaco le 12 décembre pour un rendez-vous client. Seriez-vous disponible pour un déjeuner ?""")),
     dict(name="Alexandra PASTOR-MONCALVO", title="Directrice Générale Déléguée", company="Pastor Moncalvo Gestion S.A.M.",
          address=["Le Mercator – 7, rue de l'Industrie – 98000 Monaco"],
          phones=[P("+377 93 25 41 60", "MC", "landline"), P("+377 6 80 12 34 56", "MC", "mobile")]))

case("b031-fr-outlook-quebec-notaire-poste", "fr", "outlook", "CA",
     ("magagnon@gagnonberube.qc.ca", "Marc-André Gagnon"), "genevieve",
     J("""Bonjour Madame Tremblay,

J'ai bien reçu le testament de M. Bouchard ainsi que la liste des placements. Je pourrai préparer la déclaration de transmission dès que j'aurai les relevés au décès de la caisse et du courtier.

Pourriez-vous me faire parvenir ceux du REER et du CELI ?

Merci et bonne journée,

§Me Marc-André Gagnon, notaire
§Gagnon Bérubé notaires inc.
§2800, boulevard Laurier, bureau 450
§Québec (Québec)  G1V 4T3
§Téléphone : 418 555-0142, poste 2231
§Télécopieur : 418 555-0143

AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et peut être protégé par le secret professionnel. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.
""",
       q_outlook_fr("genevieve", "2026-11-19 13:55", "Me Marc-André Gagnon <magagnon@gagnonberube.qc.ca>",
                    "Succession Bouchard – documents",
                    """Bonjour Maître Gagnon,

Vous trouverez ci-joint la copie du testament notarié de M. Roger Bouchard ainsi que la liste de ses placements détenus chez nous.""", style="date")),
     dict(name="Marc-André Gagnon", title="notaire", company="Gagnon Bérubé notaires inc.",
          address=["2800, boulevard Laurier, bureau 450", "Québec (Québec)  G1V 4T3"],
          phones=[P("418 555-0142", "CA", "landline"), P("418 555-0143", "CA", "fax")]))

case("b032-fr-iphone-quebec-initial-lastname", "fr", "iphone", "CA",
     ("sophie.lavoie@videotron.ca", "Sophie Lavoie"), "genevieve",
     J("""Parfait, merci! On se reparle lundi pour le CELIAPP de ma fille.

§Sophie L.
§514 555-0187

Envoyé de mon iPhone
""",
       q_apple_fr("genevieve", "2026-11-27 16:02", """Bonjour Sophie,

Le transfert de votre REER est complété. Je vous appelle lundi pour le suivi.""")),
     dict(name="Sophie L.", phones=[P("514 555-0187", "CA", "landline")]))

case("b033-fr-outlook-casablanca-sarlau", "fr", "outlook", "FR",
     ("y.bennani@atlas-conseil-audit.ma", "Youssef BENNANI"), "antoine",
     J("""Bonjour M. Mercadier,

Merci pour votre proposition. Nous serions intéressés par un déploiement pour nos deux bureaux (Casablanca et Rabat), soit environ 25 utilisateurs. Est-ce que votre solution gère la facturation en dirhams et la TVA marocaine ?

Dans l'attente de votre retour,

Cordialement,

§Youssef BENNANI
§Associé gérant – Expert-comptable DPLE
§ATLAS CONSEIL & AUDIT SARL AU
§Immeuble Le Patio, 47 bd Abdelmoumen, 20340 Casablanca – Maroc
§Tél. : +212 5 22 47 31 90 | GSM : +212 661-234578
§www.atlas-conseil-audit.ma

ICE : 001524873000054 – RC Casablanca 412 339 – IF 40218834 – Membre de l'Ordre des Experts-Comptables du Maroc
""",
       q_outlook_fr("antoine", "2026-11-18 10:30", "Youssef BENNANI <y.bennani@atlas-conseil-audit.ma>",
                    "Kalista – proposition cabinet Atlas Conseil & Audit",
                    """Bonjour Monsieur Bennani,

Suite à notre échange en visio, vous trouverez ci-joint notre proposition commerciale pour votre cabinet.""")),
     dict(name="Youssef BENNANI", title="Associé gérant – Expert-comptable DPLE", company="ATLAS CONSEIL & AUDIT SARL AU",
          website="www.atlas-conseil-audit.ma",
          address=["Immeuble Le Patio, 47 bd Abdelmoumen, 20340 Casablanca – Maroc"],
          phones=[P("+212 5 22 47 31 90", "MA", "landline"), P("+212 661-234578", "MA", "mobile")]))

case("b034-fr-gmail-marrakech-national-format", "fr", "gmail", "FR",
     ("reservations.groupes@riads-palmeraie.ma", "Riads de la Palmeraie – Groupes"), "antoine",
     J("""Bonjour Monsieur,

Nous vous remercions pour votre demande. Pour 24 personnes du 14 au 17 avril, nous pouvons privatiser le Riad Yasmine (12 suites) ; la proposition détaillée est en pièce jointe. L'option est valable 10 jours.

Bien cordialement,

§Leïla El Amrani
§Responsable commerciale Groupes & MICE
§Riads de la Palmeraie
§Circuit de la Palmeraie, km 6 – 40000 Marrakech
§Fixe : 05 24 43 88 10
§Mobile / WhatsApp : 06 61 27 90 34

Fermeture annuelle du Riad Yasmine du 5 au 25 juillet.
""",
       q_gmail_fr("antoine", "2026-11-23 18:44", """Bonjour,

Nous envisageons un séminaire d'incentive pour nos meilleurs commerciaux en avril 2027 (environ 24 personnes, 3 nuits). Pourriez-vous nous adresser une proposition ?""")),
     dict(name="Leïla El Amrani", title="Responsable commerciale Groupes & MICE", company="Riads de la Palmeraie",
          address=["Circuit de la Palmeraie, km 6 – 40000 Marrakech"],
          phones=[P("05 24 43 88 10", "MA", "landline"), P("06 61 27 90 34", "MA", "mobile")]))

case("b035-fr-outlook-liege-notaire-be", "fr", "outlook", "BE",
     ("pierre-yves.dumont@notaire-dumont.be", "Pierre-Yves Dumont"), "laurence",
     J("""Madame,

Je vous confirme que l'acte de cession des parts de la SRL Hennuyère pourra être signé le 17 décembre à 11h en mon étude. Les statuts coordonnés vous parviendront la semaine prochaine.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

§Pierre-Yves DUMONT
§Notaire
§Quai de Rome 25
§4000 Liège
§Tél. 04 223 45 67 – Fax 04 223 45 68
§GSM 0475 12 34 56
§etude@notaire-dumont.be

Notaire Pierre-Yves Dumont – BCE 0845.112.907 – Compte de tiers BE12 3456 7890 1234
""",
       q_outlook_fr("laurence", "2026-11-20 09:17", "Pierre-Yves Dumont <pierre-yves.dumont@notaire-dumont.be>",
                    "Cession parts SRL Hennuyère – date de signature",
                    """Maître,

Pourriez-vous me communiquer une date pour la signature de l'acte de cession ? Nos clients sont disponibles la semaine du 14 décembre.""")),
     dict(name="Pierre-Yves DUMONT", title="Notaire", email="etude@notaire-dumont.be",
          address=["Quai de Rome 25", "4000 Liège"],
          phones=[P("04 223 45 67", "BE", "landline"), P("04 223 45 68", "BE", "fax"),
                  P("0475 12 34 56", "BE", "mobile")]))

case("b036-fr-other-lausanne-sarl", "fr", "other", "CH",
     ("m.favre@leman-am.ch", "Mathilde Favre"), "olivier",
     J("""Bonjour Olivier,

Merci pour ton message. Nous pouvons tout à fait reprendre la gestion du mandat obligataire de ta cliente à partir du 1er janvier ; je t'envoie notre convention de rétrocession mise à jour d'ici demain.

On se voit toujours au déjeuner de l'ASG jeudi ?

Belle fin de journée,

-- 
§Mathilde Favre, CFA
§Associée – Gestion obligataire
§Léman Asset Management Sàrl
§Avenue de Rumine 20, 1005 Lausanne
§021 613 42 10 (direct) | 078 655 12 09
§www.leman-am.ch
""",
       q_tbird_fr("olivier", "2026-11-24 17:21", """Bonjour Mathilde,

Une de mes clientes souhaiterait confier la partie obligataire de son portefeuille à un spécialiste. Seriez-vous intéressés ?""")),
     dict(name="Mathilde Favre", title="Associée – Gestion obligataire", company="Léman Asset Management Sàrl",
          website="www.leman-am.ch", address=["Avenue de Rumine 20, 1005 Lausanne"],
          phones=[P("021 613 42 10", "CH", "landline"), P("078 655 12 09", "CH", "mobile")]))

case("b037-fr-outlook-nosig-disclaimer", "fr", "outlook", "FR",
     ("comptabilite@groupe-valcourt.fr", "Comptabilité Groupe Valcourt"), "antoine",
     J("""Bonjour,

La facture n° F2026-1187 a été réglée par virement le 27/11. Vous devriez voir le paiement sur votre compte sous 48h. Merci de ne plus nous relancer pour cette échéance.

Cordialement

""" + CONF_FR + """
""" + ENV_FR,
       q_outlook_fr("antoine", "2026-11-26 08:00", "comptabilite@groupe-valcourt.fr",
                    "Relance – facture F2026-1187 échue",
                    """Bonjour,

Sauf erreur de notre part, la facture F2026-1187 d'un montant de 4 320,00 € TTC, échue le 15/11/2026, reste impayée à ce jour. Merci de bien vouloir procéder à son règlement.""", close="Cordialement,")),
     dict(phones=[]))

case("b038-fr-gmail-initials", "fr", "gmail", "FR",
     ("jp.delorme@delorme-cie.fr", "Jean-Paul Delorme"), "nicolas",
     J("""Nicolas,

OK pour moi sur le principe, on en reparle de vive voix à mon retour. Prévois quand même une sortie partielle sur le fonds immobilier, je ne veux pas être à plus de 20 %.

§JPD
""",
       q_gmail_fr("nicolas", "2026-11-26 19:11", """Cher Jean-Paul,

Voici ma proposition d'arbitrage pour ton contrat, en tenant compte de nos échanges de la semaine dernière. Dis-moi ce que tu en penses.""")),
     dict(phones=[]))

case("b039-fr-outlook-avocat-capitals-selarl", "fr", "outlook", "FR",
     ("jc.lebris@lebris-avocats.fr", "LE BRIS Jean-Christophe"), "julie",
     J("""Chère Madame,

J'ai pu examiner le projet de pacte Dutreil que vous m'avez adressé. Deux points me semblent devoir être revus : la durée de l'engagement collectif, qui doit couvrir au moins deux ans à compter de l'enregistrement, et la désignation de la fonction de direction.

Je vous propose un appel vendredi matin pour en discuter avec le client.

Bien à vous,

§Jean-Christophe LE BRIS
§Avocat Associé – Fiscalité patrimoniale
§LE BRIS AVOCATS
§SELARL d'avocats
§21 avenue de l'Opéra – 75001 PARIS
§Tél. : +33 1 42 60 37 11 – Fax : +33 1 42 60 37 10
§Toque P 0412
§www.lebris-avocats.fr

Le présent message est soumis au secret professionnel de l'avocat. Il est strictement réservé à son destinataire.
""",
       q_outlook_fr("julie", "2026-11-24 18:05", "LE BRIS Jean-Christophe <jc.lebris@lebris-avocats.fr>",
                    "Pacte Dutreil – SAS Mercier Industries",
                    """Maître,

Comme convenu, je vous adresse le projet de pacte Dutreil préparé pour la transmission des titres de la SAS Mercier Industries. Vos observations seraient les bienvenues.""")),
     dict(name="Jean-Christophe LE BRIS", title="Avocat Associé – Fiscalité patrimoniale", company="LE BRIS AVOCATS",
          website="www.lebris-avocats.fr", address=["21 avenue de l'Opéra – 75001 PARIS"],
          phones=[P("+33 1 42 60 37 11", "FR", "landline"), P("+33 1 42 60 37 10", "FR", "fax")]))

case("b040-fr-outlook-tab-separated", "fr", "outlook", "FR",
     ("g.pelletier@gestion-haussmann.fr", "Guillaume Pelletier"), "julie",
     J("""Bonjour Madame,

Nous vous confirmons que le bail commercial du local situé 14 rue Lafayette a été renouvelé pour 9 ans à compter du 1er janvier, avec un loyer annuel de 42 000 € HC. Le locataire a versé le dépôt de garantie complémentaire.

Vous trouverez ci-joint l'avenant signé, pour le dossier de votre cliente.

Cordialement,

§Guillaume PELLETIER
§Gestionnaire Immobilier d'Entreprise
§Gestion Haussmann – Administrateur de biens
§Tél.\t01 44 50 21 00\tPort.\t06 80 45 12 97
§112 boulevard Haussmann, 75008 Paris

Gestion Haussmann SAS – Carte professionnelle « Gestion immobilière » n° CPI 7501 2019 000 041 228 délivrée par la CCI Paris Île-de-France – Garantie financière : GALIAN, 89 rue La Boétie, 75008 Paris.
""",
       q_outlook_fr("julie", "2026-11-19 11:11", "Guillaume Pelletier <g.pelletier@gestion-haussmann.fr>",
                    "Local 14 rue Lafayette – renouvellement du bail",
                    """Monsieur,

Ma cliente, Mme Rossi, m'indique que le bail de son local commercial arrive à échéance au 31 décembre. Pourriez-vous me confirmer les conditions de renouvellement ?""", style="mailto")),
     dict(name="Guillaume PELLETIER", title="Gestionnaire Immobilier d'Entreprise", company="Gestion Haussmann",
          address=["112 boulevard Haussmann, 75008 Paris"],
          phones=[P("01 44 50 21 00", "FR", "landline"), P("06 80 45 12 97", "FR", "mobile")]))

case("b041-fr-android-courtier-one-line", "fr", "android", "FR",
     ("karim.belkacem@kb-courtage.fr", "Karim Belkacem"), "nicolas",
     J("""Bjr Nicolas, je t'envoie l'attestation RC pro ce soir, je suis en rdv toute la journée. Bonne journée
§Karim Belkacem | Courtier en assurances | 06 22 81 40 17

Obtenir Outlook pour Android
""",
       q_outlook_fr("nicolas", "2026-11-27 08:47", "Karim Belkacem <karim.belkacem@kb-courtage.fr>",
                    "Attestation RC Pro 2027",
                    """Bonjour Karim,

Peux-tu m'envoyer l'attestation RC Pro 2027 du cabinet ? Notre association professionnelle nous la demande pour le 30.""", style="date")),
     dict(name="Karim Belkacem", title="Courtier en assurances", phones=[P("06 22 81 40 17", "FR", "mobile")]))

case("b042-fr-outlook-family-office-orias", "fr", "outlook", "FR",
     ("lm.daubigny@aubigny-fo.fr", "Louis-Marie d'Aubigny"), "julie",
     J("""Chère Julie,

Merci pour ce déjeuner très agréable. Comme évoqué, nous cherchons un partenaire CGP pour accompagner les enfants de deux familles que nous suivons, plutôt sur des sujets d'épargne salariale et de premier investissement immobilier, qui ne sont pas notre cœur de métier.

Je vous propose que nous formalisions une convention d'apport d'affaires début janvier.

Très cordialement,

§Louis-Marie d'AUBIGNY
§Associé fondateur – Directeur des investissements
§AUBIGNY FAMILY OFFICE
§9, avenue Hoche – 75008 Paris
§Standard : 01 53 75 40 90
§Direct : 01 53 75 40 93
§Mobile : 06 09 81 24 57
§lm.daubigny@aubigny-fo.fr

Aubigny Family Office SAS au capital de 250 000 € – 831 554 627 RCS Paris – Conseiller en investissements financiers, membre de la CNCGP, association agréée par l'AMF – ORIAS n° 17 004 512.
""",
       q_outlook_fr("julie", "2026-11-25 15:50", "Louis-Marie d'Aubigny <lm.daubigny@aubigny-fo.fr>",
                    "Merci pour le déjeuner",
                    """Cher Louis-Marie,

Merci encore pour votre accueil aujourd'hui. Je reste à votre disposition pour avancer sur le partenariat évoqué.""")),
     dict(name="Louis-Marie d'AUBIGNY", title="Associé fondateur – Directeur des investissements",
          company="AUBIGNY FAMILY OFFICE", email="lm.daubigny@aubigny-fo.fr",
          address=["9, avenue Hoche – 75008 Paris"],
          phones=[P("01 53 75 40 90", "FR", "landline"), P("01 53 75 40 93", "FR", "landline"),
                  P("06 09 81 24 57", "FR", "mobile")]))

case("b043-fr-gmail-sci-gerante-dashes", "fr", "gmail", "FR",
     ("brossard.lefevre.m@gmail.com", "Martine Brossard-Lefèvre"), "nicolas",
     J("""Bonsoir Monsieur Ferrand,

Je vous remercie pour la simulation. Avant de prendre une décision sur l'apport des parts de la SCI à la holding, j'aimerais en parler avec mon expert-comptable. Je reviens vers vous courant décembre.

Bien cordialement

§Martine Brossard-Lefèvre
§Gérante – SCI Les Tilleuls
§06-12-34-56-78
""",
       q_gmail_fr("nicolas", "2026-11-23 12:14", """Madame,

Vous trouverez ci-joint la simulation chiffrée de l'apport-cession de vos parts de SCI, avec et sans réinvestissement.""")),
     dict(name="Martine Brossard-Lefèvre", title="Gérante", company="SCI Les Tilleuls",
          phones=[P("06-12-34-56-78", "FR", "mobile")]))

case("b044-fr-iphone-ipad-nosig", "fr", "iphone", "FR",
     ("chantal.roux49@laposte.net", "Chantal Roux"), "camille",
     J("""Bonjour
Oui je serai disponible mardi à partir de 14h. Je préfère par téléphone que par visio si possible.
Merci

Envoyé de mon iPad
""",
       q_apple_fr("camille", "2026-11-27 11:30", """Bonjour Madame Roux,

Pourriez-vous m'indiquer vos disponibilités la semaine prochaine pour un premier échange concernant le poste de responsable comptable à Angers ?""")),
     dict(phones=[]))

case("b045-fr-outlook-surname-first-eurl-poste", "fr", "outlook", "FR",
     ("guerin.cabinet@orange.fr", "GUERIN Philippe - Cabinet Guérin"), "antoine",
     J("""Bonjour,

Je fais suite à votre appel. Nous sommes un petit cabinet (4 collaborateurs), je ne suis pas sûr que votre solution soit adaptée à notre taille. Pouvez-vous m'envoyer un tarif pour 4 utilisateurs sans engagement ?

Salutations

§GUÉRIN Philippe
§Expert-Comptable
§CABINET GUÉRIN EURL
§3, place du Marché
§BP 27
§79200 PARTHENAY
§Standard : 05.49.64.18.70
§Ligne directe : 05.49.64.18.72 (poste 22)
§contact@cabinet-guerin-parthenay.fr
""",
       q_outlook_fr("antoine", "2026-11-24 14:20", "guerin.cabinet@orange.fr",
                    "Kalista Logiciels – suite à notre appel",
                    """Bonjour Monsieur Guérin,

Merci pour votre temps au téléphone ce matin. Comme convenu, voici une courte présentation de notre solution.""")),
     dict(name="GUÉRIN Philippe", title="Expert-Comptable", company="CABINET GUÉRIN EURL",
          email="contact@cabinet-guerin-parthenay.fr",
          address=["3, place du Marché", "BP 27", "79200 PARTHENAY"],
          phones=[P("05.49.64.18.70", "FR", "landline"), P("05.49.64.18.72", "FR", "landline")]))

case("b046-fr-gmail-agence-pronouns-dashdash", "fr", "gmail", "FR",
     ("maxime@studio-garonne.fr", "Maxime Lartigue"), "nicolas",
     J("""Bonjour Nicolas,

Le devis pour la vidéo « portraits clients » est en PJ : 2 jours de tournage à Bordeaux + montage de 3 formats courts pour LinkedIn. On peut tourner dès la semaine du 11 janvier si vous validez avant Noël.

Belle journée !

--
§Maxime Lartigue (il/lui)
§Chef de projet vidéo
§Studio Garonne — agence de contenus
§05 35 54 21 08 · 06 52 90 13 47
§studio-garonne.fr · linkedin.com/in/maximelartigue
""",
       q_gmail_fr("nicolas", "2026-11-30 11:22", """Bonjour Maxime,

Pourriez-vous nous faire un devis pour une série de courtes vidéos témoignages de clients ?""")),
     dict(name="Maxime Lartigue", title="Chef de projet vidéo", company="Studio Garonne",
          website="studio-garonne.fr", linkedin="linkedin.com/in/maximelartigue",
          phones=[P("05 35 54 21 08", "FR", "landline"), P("06 52 90 13 47", "FR", "mobile")]))

case("b047-fr-outlook-hopital-achats-dept", "fr", "outlook", "FR",
     ("a.morvan@gh-sudarmor.fr", "MORVAN Anne"), "antoine",
     J("""Bonjour Monsieur,

Nous avons bien reçu votre relance. Le marché de logiciel de relance est en cours d'analyse ; les candidats seront informés de la décision au plus tard le 18 décembre.

Je vous rappelle que, durant la procédure, tout contact doit passer exclusivement par la plateforme.

Cordialement,

§Anne MORVAN
§Acheteuse hospitalière
§Direction des Achats et de la Logistique
§Groupe Hospitalier Sud-Armor
§10 rue Marcel Proust – CS 72003 – 22027 Saint-Brieuc Cedex 1
§Tél. fixe : 02 96 01 72 45
""",
       q_outlook_fr("antoine", "2026-12-01 09:30", "MORVAN Anne <a.morvan@gh-sudarmor.fr>",
                    "Marché 2026-045 – logiciel de relance",
                    """Madame,

Pourriez-vous nous indiquer le calendrier prévisionnel d'attribution du marché 2026-045 ?""")),
     dict(name="Anne MORVAN", title="Acheteuse hospitalière", company="Groupe Hospitalier Sud-Armor",
          address=["10 rue Marcel Proust – CS 72003 – 22027 Saint-Brieuc Cedex 1"],
          phones=[P("02 96 01 72 45", "FR", "landline")]))

case("b048-fr-iphone-nosig-phone-in-body", "fr", "iphone", "FR",
     ("dlefebvre62@icloud.com", "Didier Lefebvre"), "julie",
     J("""Pouvez vous me rappeler au 06 74 21 30 88 avant 18h svp ? Je ne suis pas d'accord avec les frais indiqués sur le relevé.

Envoyé de mon iPhone
""",
       q_apple_fr("julie", "2026-12-01 10:02", """Bonjour Monsieur Lefebvre,

Vous trouverez ci-joint votre relevé de situation annuel au 30 novembre.""")),
     dict(phones=[]))

case("b049-fr-outlook-promoteur-std-accueil", "fr", "outlook", "FR",
     ("f.guillot@rhone-habitat-promotion.fr", "Florian Guillot"), "julie",
     J("""Madame Bernard,

Pour faire suite à votre demande, je vous confirme que les lots B12 et B14 de la résidence « Les Jardins de Confluence » sont encore disponibles à la réservation. Les frais de notaire réduits s'appliquent ; le dépôt de garantie est de 5 %.

Je peux vous bloquer les deux lots jusqu'au 11 décembre.

Bien cordialement

§Florian GUILLOT
§Directeur de programmes
§RHÔNE HABITAT PROMOTION
§Accueil : 04 72 56 90 00
§Std : 04 72 56 90 10
§Port : 07 86 45 21 39
§Immeuble Le Quadrille – 19 rue Jacqueline Auriol – 69008 Lyon

RHP – SAS au capital de 1 500 000 € – RCS Lyon 790 442 118 – Garantie financière d'achèvement délivrée par la Compagnie Européenne de Garanties et Cautions.
""",
       q_outlook_fr("julie", "2026-11-30 16:45", "Florian Guillot <f.guillot@rhone-habitat-promotion.fr>",
                    "Disponibilités – Les Jardins de Confluence",
                    """Monsieur Guillot,

Deux de mes clients seraient intéressés par des T2 dans votre programme de Confluence. Pourriez-vous me confirmer les disponibilités ?""", style="date")),
     dict(name="Florian GUILLOT", title="Directeur de programmes", company="RHÔNE HABITAT PROMOTION",
          address=["Immeuble Le Quadrille – 19 rue Jacqueline Auriol – 69008 Lyon"],
          phones=[P("04 72 56 90 00", "FR", "landline"), P("04 72 56 90 10", "FR", "landline"),
                  P("07 86 45 21 39", "FR", "mobile")]))

case("b050-fr-gmail-nosig-thanks", "fr", "gmail", "FR",
     ("helene.vasseur.perso@gmail.com", "Hélène V."), "camille",
     J("""Merci beaucoup ! Je regarde ça ce week-end.
""",
       q_gmail_fr("camille", "2026-11-27 17:58", """Bonjour Hélène,

Comme promis, voici les trois offres qui pourraient correspondre à votre projet de mobilité vers Nantes.""")),
     dict(phones=[]))

case("b051-fr-outlook-firstname-then-block", "fr", "outlook", "FR",
     ("philippe.gauthier@ardent-capital.fr", "GAUTHIER Philippe"), "nicolas",
     J("""Bonjour Nicolas,

Je serai à Bordeaux le mardi 15 décembre, je pourrai passer au cabinet vers 10h pour vous présenter notre nouveau fonds de dette privée et faire le point sur les encours de vos clients.

Bien cordialement,

§Philippe

§Philippe GAUTHIER
§Directeur Régional Sud-Ouest
§Partenariats CGP & Family Offices
§ARDENT CAPITAL GESTION
§M : +33 (0)6 85 32 17 09
§philippe.gauthier@ardent-capital.fr
§www.ardent-capital.fr

Ardent Capital Gestion – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-09000123 – SA à directoire au capital de 3 500 000 € – 512 009 447 RCS Paris.
Ce document à caractère promotionnel ne constitue pas un conseil en investissement.
""",
       q_outlook_fr("nicolas", "2026-12-01 12:30", "GAUTHIER Philippe <philippe.gauthier@ardent-capital.fr>",
                    "Point encours et nouveautés",
                    """Bonjour Philippe,

Serais-tu de passage à Bordeaux avant la fin de l'année ? J'aimerais faire le point sur les encours et tes nouveautés produits.""")),
     dict(name="Philippe GAUTHIER", title="Directeur Régional Sud-Ouest", company="ARDENT CAPITAL GESTION",
          email="philippe.gauthier@ardent-capital.fr", website="www.ardent-capital.fr",
          phones=[P("+33 (0)6 85 32 17 09", "FR", "mobile")]))

case("b052-fr-gmail-dentiste-wrapped-header", "fr", "gmail", "FR",
     ("cabinet.ferreira.dentaire@gmail.com", "Cabinet Dentaire Ferreira"), "julie",
     J("""Bonjour Madame Bernard,

Je vous confirme mon souhait de racheter les parts de mon associée au 1er mars. Mon expert-comptable me conseille de passer par une holding ; pouvons-nous en parler lors de notre prochain rendez-vous ?

Cordialement,

§Dr Nathalie Ferreira
§Chirurgien-dentiste
§SELARL Ferreira Dentaire
§27 rue Nationale, 59000 Lille
§Cabinet : 03 20 54 18 62
§Urgences : 06 33 41 80 26
""",
       q_gmail_fr("julie", "2026-11-26 13:13", """Bonjour Docteur,

Suite à notre échange, je vous adresse la note sur les différentes options de financement du rachat des parts de votre associée.""", wrap=True)),
     dict(name="Nathalie Ferreira", title="Chirurgien-dentiste", company="SELARL Ferreira Dentaire",
          address=["27 rue Nationale, 59000 Lille"],
          phones=[P("03 20 54 18 62", "FR", "landline"), P("06 33 41 80 26", "FR", "mobile")]))

case("b053-fr-outlook-assureur-inspecteur", "fr", "outlook", "FR",
     ("yann.kerherve@verancia-vie.fr", "Yann Kerhervé"), "camille",
     J("""Bonjour Camille,

Je vous remercie pour l'envoi des trois candidatures. Je ne retiens que celle de M. Le Floch pour un premier entretien : son expérience en banque privée est un vrai plus pour animer notre réseau de CGP.

Pouvez-vous me proposer deux créneaux la semaine du 7 décembre ?

Cordialement,

§Yann KERHERVÉ
§Inspecteur Commercial – Partenariats CGP
§Direction Commerciale Grand Ouest
§VÉRANCIA VIE
§06 37 58 20 14
§yann.kerherve@verancia-vie.fr

Vérancia Vie – Entreprise régie par le Code des assurances – SA au capital de 98 000 000 € – 338 226 714 RCS Nanterre.
""",
       q_outlook_fr("camille", "2026-11-30 09:40", "Yann Kerhervé <yann.kerherve@verancia-vie.fr>",
                    "Recrutement Inspecteur Commercial – 3 profils",
                    """Bonjour Yann,

Vous trouverez ci-joint les trois profils présélectionnés pour le poste d'inspecteur commercial basé à Rennes.""", style="line")),
     dict(name="Yann KERHERVÉ", title="Inspecteur Commercial – Partenariats CGP", company="VÉRANCIA VIE",
          email="yann.kerherve@verancia-vie.fr",
          phones=[P("06 37 58 20 14", "FR", "mobile")]))

case("b054-fr-outlook-agence-immo-carte-pro", "fr", "outlook", "FR",
     ("estelle@cabinet-dumoulin-immo.fr", "Estelle Dumoulin"), "julie",
     J("""Bonjour Julie,

Suite à la visite de samedi, vos clients ont fait une offre à 465 000 € pour l'appartement de la rue de Lévis. Le vendeur a accepté ce matin ; je lance la rédaction du compromis avec Maître Roche.

Pouvez-vous me confirmer qu'ils n'auront pas recours à un prêt (achat comptant) ?

Bien à vous,

§Estelle Dumoulin
§Négociatrice – Transaction Résidentiel
§Cabinet Dumoulin Immobilier
§46 rue de Lévis, 75017 Paris
§01 42 27 90 51 / 06 15 38 72 60

Carte professionnelle Transaction n° CPI 7501 2016 000 012 876 délivrée par la CCI Paris Île-de-France – Garant : QBE Insurance.
Agent commercial immatriculé au RSAC de Paris sous le n° 842 113 907.
""",
       q_outlook_fr("julie", "2026-11-29 19:05", "Estelle Dumoulin <estelle@cabinet-dumoulin-immo.fr>",
                    "Visite rue de Lévis – M. et Mme Kaplan",
                    """Bonjour Estelle,

Merci pour la visite de samedi. Mes clients réfléchissent à une offre et reviendront vers vous rapidement.""", style="date")),
     dict(name="Estelle Dumoulin", title="Négociatrice – Transaction Résidentiel", company="Cabinet Dumoulin Immobilier",
          address=["46 rue de Lévis, 75017 Paris"],
          phones=[P("01 42 27 90 51", "FR", "landline"), P("06 15 38 72 60", "FR", "mobile")]))

case("b055-fr-other-thunderbird-marseille", "fr", "other", "FR",
     ("jp.agostini@transit-phoceen.fr", "Jean-Pierre Agostini"), "antoine",
     J("""Bonjour,

Nous avons bien reçu votre relance concernant la facture. Le paiement est bloqué chez nous car le numéro de bon de commande ne figure pas dessus. Merci de nous la renvoyer avec la référence BC-26-0944 et nous la réglerons à réception.

Cdlt

-- 
§Jean-Pierre AGOSTINI
§Responsable Administratif & Financier
§TRANSIT PHOCÉEN SARL - Commissionnaire en douane agréé
§Quai de la Joliette - Hangar 14 - 13002 Marseille
§Tél  :  +33 (0) 4 91 33 21 40   Fax:+33 (0)4 91 33 21 49
§jp.agostini@transit-phoceen.fr   -   http://www.transit-phoceen.fr
""",
       q_tbird_fr("antoine", "2026-11-25 08:15", """Bonjour,

Sauf erreur de notre part, notre facture F2026-1042 du 15 octobre reste impayée. Pourriez-vous nous indiquer la date de règlement prévue ?""", close="Cordialement,")),
     dict(name="Jean-Pierre AGOSTINI", title="Responsable Administratif & Financier", company="TRANSIT PHOCÉEN SARL",
          email="jp.agostini@transit-phoceen.fr", website="http://www.transit-phoceen.fr",
          address=["Quai de la Joliette - Hangar 14 - 13002 Marseille"],
          phones=[P("+33 (0) 4 91 33 21 40", "FR", "landline"), P("+33 (0)4 91 33 21 49", "FR", "fax")]))

case("b056-fr-android-bruxelles-gsm", "fr", "android", "BE",
     ("thibaut.de.meulemeester@mvd-consult.be", "Thibaut de Meulemeester"), "laurence",
     J("""Bonjour Laurence,
OK pour la présentation au comité de direction le 15. Je te confirme les participants demain.
§Thibaut de Meulemeester
§Directeur RH – MVD Consult SRL
§GSM 0476 22 81 09

Envoyé depuis mon appareil Galaxy
""",
       q_samsung_fr("laurence", "2026-12-01 14:02", "Thibaut de Meulemeester <thibaut.de.meulemeester@mvd-consult.be>",
                    "Plan cafétéria 2027 – présentation",
                    """Bonjour Thibaut,

Serait-il possible de présenter notre proposition de plan cafétéria à votre comité de direction en décembre ?""")),
     dict(name="Thibaut de Meulemeester", title="Directeur RH", company="MVD Consult SRL",
          phones=[P("0476 22 81 09", "BE", "mobile")]))

case("b057-fr-outlook-sion-fiduciaire", "fr", "outlook", "CH",
     ("c.morand@fiduciaire-morand.ch", "Christophe Morand"), "olivier",
     J("""Cher Monsieur Rochat,

Je vous transmets en annexe la déclaration d'impôt 2025 de nos clients communs, M. et Mme Zufferey, ainsi que l'état des titres que vous nous aviez fourni. Le délai de dépôt a été prolongé au 31 janvier.

Avec mes meilleures salutations,

§Christophe Morand
§Expert-fiduciaire diplômé
§Fiduciaire Morand & Cie SA
§Avenue de la Gare 39 | Case postale 1128 | 1950 Sion
§T +41 27 322 45 80 | F +41 27 322 45 81
§www.fiduciaire-morand.ch

Membre d'EXPERTsuisse et de FIDUCIAIRE|SUISSE
""",
       q_outlook_fr("olivier", "2026-11-24 11:00", "Christophe Morand <c.morand@fiduciaire-morand.ch>",
                    "Zufferey – état des titres 2025",
                    """Cher Monsieur Morand,

Veuillez trouver ci-joint l'état des titres au 31.12.2025 de M. et Mme Zufferey pour leur déclaration fiscale.""")),
     dict(name="Christophe Morand", title="Expert-fiduciaire diplômé", company="Fiduciaire Morand & Cie SA",
          website="www.fiduciaire-morand.ch",
          address=["Avenue de la Gare 39 | Case postale 1128 | 1950 Sion"],
          phones=[P("+41 27 322 45 80", "CH", "landline"), P("+41 27 322 45 81", "CH", "fax")]))

case("b058-fr-gmail-domaine-closure", "fr", "gmail", "FR",
     ("domaine.morey.vautrin@gmail.com", "Domaine Morey-Vautrin"), "antoine",
     J("""Bonjour Antoine,

Oui, nous sommes toujours intéressés par votre module de relance des factures cavistes, mais pas avant la fin des vendanges et de la période des fêtes. Rappelez-moi mi-janvier.

Bonne journée

§Bertrand Morey
§Vigneron – Gérant
§Domaine Morey-Vautrin EARL
§12 rue de la Montagne, 21190 Meursault
§03 80 21 64 37 - 06 81 09 52 73
§www.morey-vautrin.fr

Le caveau sera fermé du 20 décembre au 5 janvier inclus. Les commandes passées pendant cette période seront expédiées à partir du 6 janvier.
""",
       q_gmail_fr("antoine", "2026-11-20 10:00", """Bonjour Monsieur Morey,

Je me permets de vous relancer au sujet de notre échange lors du salon des vins de Beaune.""")),
     dict(name="Bertrand Morey", title="Vigneron – Gérant", company="Domaine Morey-Vautrin EARL",
          website="www.morey-vautrin.fr", address=["12 rue de la Montagne, 21190 Meursault"],
          phones=[P("03 80 21 64 37", "FR", "landline"), P("06 81 09 52 73", "FR", "mobile")]))

case("b059-fr-outlook-lille-event-closure", "fr", "outlook", "FR",
     ("olivier.vanhoutte@banque-flandres.fr", "VANHOUTTE Olivier"), "julie",
     J("""Bonjour Madame,

Je vous confirme que le prêt in fine de vos clients a reçu un accord de principe de notre comité. L'offre de prêt sera éditée sous 10 jours, sous réserve du nantissement du contrat d'assurance-vie à hauteur de 40 % du capital emprunté.

Restant à votre écoute,

§Olivier VANHOUTTE
§Directeur d'agence – Clientèle Patrimoniale
§Banque des Flandres – Agence Lille Grand Place
§2 place du Théâtre – 59800 Lille
§Tél. : 03 20 12 47 80 – Port. : 06 74 13 58 02

[cid:image003.png@01DB4C7D.8A2E1F90]

INVITATION – Rencontres Patrimoine 2027 : « Transmettre son entreprise », le jeudi 21 janvier à 18h30 au Palais de la Bourse de Lille. Inscription : www.banque-flandres.fr/rencontres
Fermeture exceptionnelle de l'agence le samedi 26 décembre et le samedi 2 janvier.

Banque des Flandres – SA coopérative à capital variable – 457 208 341 RCS Lille Métropole – Intermédiaire en assurance ORIAS n° 07 028 541.
""",
       q_outlook_fr("julie", "2026-11-27 10:20", "VANHOUTTE Olivier <olivier.vanhoutte@banque-flandres.fr>",
                    "Demande de financement in fine – M. et Mme Desmet",
                    """Monsieur,

Pourriez-vous me tenir informée de la décision de votre comité sur le dossier de financement de M. et Mme Desmet ?""")),
     dict(name="Olivier VANHOUTTE", title="Directeur d'agence – Clientèle Patrimoniale", company="Banque des Flandres",
          address=["2 place du Théâtre – 59800 Lille"],
          phones=[P("03 20 12 47 80", "FR", "landline"), P("06 74 13 58 02", "FR", "mobile")]))

case("b060-fr-outlook-inline-answers-sig-top", "fr", "outlook", "FR",
     ("claire.lefort@fromageries-vendeennes.fr", "LEFORT Claire"), "camille",
     """Bonjour Camille,

Mes réponses ci-dessous, en bleu.

Cordialement,
§Claire Lefort
§DRH
§Fromageries Vendéennes
§02 51 37 84 20

________________________________
De : Camille Roussel <camille.roussel@vauban-recrutement.fr>
Envoyé : mardi 1 décembre 2026 10:05
À : LEFORT Claire <claire.lefort@fromageries-vendeennes.fr>
Objet : Poste Contrôleur de gestion industriel – précisions

Bonjour Claire,

Pour finaliser l'annonce, pourriez-vous me préciser :
- la rémunération envisagée ;
>> CL : 48 à 55 k€ selon profil, + 13e mois.
- le rattachement hiérarchique ;
>> CL : au DAF groupe, M. Pineau.
- si un déplacement sur le site de Cholet est à prévoir.
>> CL : oui, une journée par semaine.

Bien à vous,

Camille Roussel
Consultante senior – Finance & Comptabilité
Vauban Recrutement
2 quai de la Fosse, 44000 Nantes
02 28 07 51 64 | 06 45 83 20 19
""",
     dict(name="Claire Lefort", title="DRH", company="Fromageries Vendéennes",
          phones=[P("02 51 37 84 20", "FR", "landline")]))


# ================================================================ ENGLISH
case("b061-en-outlook-uk-sir-family-office", "en", "outlook", "GB",
     ("r.pemberton@pembertonhouse.co.uk", "Sir Richard Pemberton"), "hannah",
     J("""Dear Hannah,

Thank you for sending the revised proposal. The trustees met on Tuesday and are broadly supportive, although they would like to see the fee schedule restated on an all-in basis, including custody.

Would you be free to present to the full board at our offices on 14 January? Mrs Okafor will coordinate diaries.

With best wishes,

§Sir Richard Pemberton
§Chairman
§Pemberton House Family Office Ltd
§17 Hill Street
§Mayfair, London W1J 5LJ
§Tel: +44 (0)20 7946 0388
§www.pembertonhouse.co.uk

Pemberton House Family Office Ltd is registered in England and Wales, company number 08812455. Registered office: 17 Hill Street, London W1J 5LJ.
""" + CONF_EN,
       q_outlook_en("hannah", "2026-11-25 16:20", "Sir Richard Pemberton <r.pemberton@pembertonhouse.co.uk>",
                    "Revised investment management proposal",
                    """Dear Sir Richard,

Please find attached our revised proposal, reflecting the points raised at our meeting on 12 November.""", style="uk")),
     dict(name="Richard Pemberton", title="Chairman", company="Pemberton House Family Office Ltd",
          website="www.pembertonhouse.co.uk", address=["17 Hill Street", "Mayfair, London W1J 5LJ"],
          phones=[P("+44 (0)20 7946 0388", "GB", "landline")]))

case("b062-en-outlook-uk-aca-ddi", "en", "outlook", "GB",
     ("priya.raman@holbornegate.co.uk", "Priya Raman"), "hannah",
     J("""Hi Hannah,

Thanks for the introduction to Mr and Mrs Castell. I've had a first look at their SIPP statements and the pension input amounts for the last three years – there may be carry-forward available for 2023/24. I'll confirm once I've seen the P60s.

Happy to join a call with you and the clients next week; Wednesday afternoon works best for me.

Best regards,

§Priya Raman ACA CTA
§Tax Director, Private Client
§Holborne Gate LLP
§Chartered Accountants & Tax Advisers
§One Aldersgate, London EC1A 4HD
§DDI: 020 7946 0562 | Switchboard: 020 7946 0500 | Mob: 07781 900245
§holbornegate.co.uk

Holborne Gate LLP is a limited liability partnership registered in England and Wales (OC412873). A list of members is available at our registered office. Registered to carry on audit work in the UK by the Institute of Chartered Accountants in England and Wales.
""" + ENV_EN,
       q_outlook_en("hannah", "2026-11-23 11:05", "Priya Raman <priya.raman@holbornegate.co.uk>",
                    "Introduction – Mr & Mrs Castell (pension planning)",
                    """Hi Priya,

As discussed, I'd like to introduce you to Mr and Mrs Castell, who need some help with their pension contributions and carry-forward. Their statements are attached.""", style="uk")),
     dict(name="Priya Raman", title="Tax Director, Private Client", company="Holborne Gate LLP",
          website="holbornegate.co.uk", address=["One Aldersgate, London EC1A 4HD"],
          phones=[P("020 7946 0562", "GB", "landline"), P("020 7946 0500", "GB", "landline"),
                  P("07781 900245", "GB", "mobile")]))

case("b063-en-gmail-uk-frics-surveyor", "en", "gmail", "GB",
     ("ed.harrington@harringtonwolfe.com", "Edward Harrington"), "tom",
     J("""Tom,

We're still on the old version and frankly happy with it. Send me something in writing about the new valuation module and I'll pass it to our head of valuations, but please don't call – we're flat out with year-end reports.

Regards,
§Edward Harrington BSc (Hons) FRICS
§Senior Partner | Harrington Wolfe Chartered Surveyors
§T 0161 496 0845
§M 07520 900311
§harringtonwolfe.com

Harrington Wolfe is a trading name of Harrington Wolfe Ltd. Regulated by RICS.
""",
       q_gmail_en("tom", "2026-11-19 10:40", """Hi Edward,

Following up on my voicemail – we've just released a valuation module that plugs straight into your existing Brightwater setup. Could I grab 15 minutes to show you?""", uk=True)),
     dict(name="Edward Harrington", title="Senior Partner", company="Harrington Wolfe Chartered Surveyors",
          website="harringtonwolfe.com",
          phones=[P("0161 496 0845", "GB", "landline"), P("07520 900311", "GB", "mobile")]))

case("b064-en-iphone-uk-nosig", "en", "iphone", "GB",
     ("g.okafor@btinternet.com", "Grace Okafor"), "hannah",
     J("""Thursday at 2 is fine. See you then.

Sent from my iPhone
""",
       q_apple_en("hannah", "2026-11-30 09:12", """Dear Mrs Okafor,

Would Thursday 10 December at 2pm suit you for our annual review?""")),
     dict(phones=[]))

case("b065-en-outlook-uk-solicitors-sra", "en", "outlook", "GB",
     ("j.macallister@bramwellross.law", "MacAllister, James"), "hannah",
     J("""Hannah

I attach the draft deed of variation for your review. The two-year window closes on 18 February, so we'll need the beneficiaries' signatures by the end of January at the latest.

Please note that I'm out of the office from 21 December to 4 January.

Kind regards

§James MacAllister
§Partner – Private Client & Trusts
§Bramwell Ross LLP
§2 Temple Back East, Bristol BS1 6EG
§Direct: +44 (0)117 496 0712
§Mobile: +44 (0)7911 123456
§www.bramwellross.law

[cid:image001.png@01DB4E11.2F3A5B60]

Bramwell Ross LLP is a limited liability partnership registered in England and Wales (number OC318842) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 509876). We will never change our bank details by email. If you receive such an email, please call us before transferring any funds.
""" + ENV_EN,
       q_outlook_en("hannah", "2026-11-24 14:35", "MacAllister, James <j.macallister@bramwellross.law>",
                    "Estate of the late Mr D. Fenwick – deed of variation",
                    """Dear James,

Following our call, could you prepare a draft deed of variation so that the Fenwick children can redirect part of their inheritance into trust for the grandchildren?""", style="line")),
     dict(name="James MacAllister", title="Partner – Private Client & Trusts", company="Bramwell Ross LLP",
          website="www.bramwellross.law", address=["2 Temple Back East, Bristol BS1 6EG"],
          phones=[P("+44 (0)117 496 0712", "GB", "landline"), P("+44 (0)7911 123456", "GB", "mobile")]))

case("b066-en-outlook-uk-recruitment-manchester", "en", "outlook", "GB",
     ("sophie.clarke@northquarter-recruitment.co.uk", "Sophie Clarke"), "tom",
     J("""Morning Tom,

Thanks for getting back to me. We've got 14 consultants across two offices, so the Team plan looks about right. Can you send over the contract and a DPA? Our MD will sign off once legal have had a look.

Also – does the CRM sync work with Bullhorn, or is that on the roadmap?

Thanks,
§Sophie

§Sophie Clarke
§Operations Manager
§Northquarter Recruitment Ltd
§Tel: 0161 496 0218 ext 4411
§Mob: 07400 900517
§Unit 5, Hilton Street, Manchester M1 2EH
§www.northquarter-recruitment.co.uk

Northquarter Recruitment Ltd | Registered in England No. 10234876 | VAT No. GB 254 1187 32
Follow us on LinkedIn: linkedin.com/company/northquarter-recruitment
""",
       q_outlook_en("tom", "2026-11-26 08:55", "Sophie Clarke <sophie.clarke@northquarter-recruitment.co.uk>",
                    "Brightwater – Team plan pricing",
                    """Hi Sophie,

Great to speak yesterday. As promised, here's the pricing for the Team plan (up to 15 users).""", style="uk")),
     dict(name="Sophie Clarke", title="Operations Manager", company="Northquarter Recruitment Ltd",
          website="www.northquarter-recruitment.co.uk", address=["Unit 5, Hilton Street, Manchester M1 2EH"],
          phones=[P("0161 496 0218", "GB", "landline"), P("07400 900517", "GB", "mobile")]))

case("b067-en-android-uk-galaxy-firstname", "en", "android", "GB",
     ("dan.whelan@whelanjoinery.co.uk", "Dan Whelan"), "tom",
     J("""Yeah go on then, send the trial link over. Will have a look at the weekend

§Dan

Sent from my Galaxy
""",
       q_samsung_en("tom", "2026-11-27 17:30", "Dan Whelan <dan.whelan@whelanjoinery.co.uk>",
                    "Brightwater free trial",
                    """Hi Dan,

Just checking whether you'd like me to set up a 30-day trial for you and the team?""", tz="GMT+00:00")),
     dict(name="Dan", phones=[]))

case("b068-en-outlook-uk-mr-surgeon-frcs", "en", "outlook", "GB",
     ("secretary.obrien@cliftonortho.co.uk", "O'Brien Secretary"), "hannah",
     J("""Dear Ms Whitcombe,

Mr O'Brien has asked me to confirm that he is happy to proceed with the incorporation of his private practice in April, subject to advice from his accountant regarding the transfer of the existing goodwill.

He is operating all day on Mondays and Thursdays; Friday mornings would be best for a call.

Kind regards,

§Mr Declan O'Brien MB BCh BAO FRCS (Tr & Orth)
§Consultant Orthopaedic Surgeon
§Clifton Orthopaedic Practice
§The Chesterfield Hospital, 3 Clifton Hill, Bristol BS8 1BN
§Secretary: 0117 496 0123
§Fax: 0117 496 0129

Sent on behalf of Mr O'Brien by Linda Fairbrother, Medical Secretary.
""",
       q_outlook_en("hannah", "2026-11-20 12:25", "O'Brien Secretary <secretary.obrien@cliftonortho.co.uk>",
                    "Mr O'Brien – incorporation of private practice",
                    """Dear Mr O'Brien,

Following our meeting, I enclose a summary of the options for incorporating your private practice.""", style="uk")),
     dict(name="Declan O'Brien", title="Consultant Orthopaedic Surgeon", company="Clifton Orthopaedic Practice",
          address=["The Chesterfield Hospital, 3 Clifton Hill, Bristol BS8 1BN"],
          phones=[P("0117 496 0123", "GB", "landline"), P("0117 496 0129", "GB", "fax")]))

case("b069-en-gmail-uk-freelance-pronouns", "en", "gmail", "GB",
     ("hello@ameliaroseworks.com", "Amelia Rose"), "tom",
     J("""Hi Tom,

Lovely to hear from you! I'd be happy to write the case studies – my day rate is £450 and I'd estimate 3 days for four pieces including interviews. I can start w/c 11 January.

Shall I send over a short proposal?

Amelia x

§Amelia Rose (she/her)
§Freelance B2B Copywriter
§ameliaroseworks.com | linkedin.com/in/ameliarose-copy
§07457 900 218
""",
       q_gmail_en("tom", "2026-11-30 15:45", """Hi Amelia,

A colleague recommended you – we're looking for a copywriter to produce four customer case studies early next year. Would you have capacity?""", uk=True)),
     dict(name="Amelia Rose", title="Freelance B2B Copywriter", website="ameliaroseworks.com",
          linkedin="linkedin.com/in/ameliarose-copy", phones=[P("07457 900 218", "GB", "mobile")]))

case("b070-en-outlook-uk-university-dr", "en", "outlook", "GB",
     ("f.macleod@ed-business.ac.uk", "MACLEOD Fiona"), "hannah",
     J("""Dear Hannah,

Many thanks for agreeing to speak to our MSc Finance students. I've pencilled you in for Wednesday 3 February, 2–4pm, in the Playfair Lecture Theatre. Around 80 students are expected.

Could you send a short bio and the title of your talk by mid-January?

Best wishes,

§Dr Fiona MacLeod
§Senior Lecturer in Finance
§Programme Director, MSc Finance & Investment
§Edinburgh Business School, University of the Lothians
§29 Buccleuch Place, Edinburgh EH8 9JS
§+44 (0)131 496 0788

The University of the Lothians is a charitable body, registered in Scotland, with registration number SC012345.
""",
       q_outlook_en("hannah", "2026-11-18 09:30", "MACLEOD Fiona <f.macleod@ed-business.ac.uk>",
                    "Guest lecture – wealth management careers",
                    """Dear Dr MacLeod,

I'd be delighted to give a guest lecture on careers in wealth management. Please let me know which dates would work.""", style="uk")),
     dict(name="Fiona MacLeod", title="Senior Lecturer in Finance", company="Edinburgh Business School, University of the Lothians",
          address=["29 Buccleuch Place, Edinburgh EH8 9JS"],
          phones=[P("+44 (0)131 496 0788", "GB", "landline")]))

case("b071-en-outlook-uk-developer-plc", "en", "outlook", "GB",
     ("mark.chadwick@stannardhomes.co.uk", "Mark Chadwick"), "hannah",
     J("""Hannah,

Following your query, I can confirm the remaining two-bed units at Wharfside (plots 14, 22 and 31) are available off-plan, with completion expected Q3 2027. We can offer your clients a 5% deposit structure with 10% on exchange for investors buying more than one unit.

Brochure and price list attached.

Regards

§Mark Chadwick MRICS
§Head of Investor Sales
§Stannard Homes plc
§Wharfside Sales Centre, Canal Street, Birmingham B1 2JR
§Office 0121 496 0555 • Mobile 07123 456789

Stannard Homes plc. Registered in England and Wales No. 02876543. Registered Office: Stannard House, 40 Colmore Row, Birmingham B3 2QB.
Please consider the environment before printing this email.
""",
       q_outlook_en("hannah", "2026-11-26 10:10", "Mark Chadwick <mark.chadwick@stannardhomes.co.uk>",
                    "Wharfside – investor availability",
                    """Hi Mark,

I have a couple of clients looking at buy-to-let in Birmingham. What's still available at Wharfside?""", style="uk")),
     dict(name="Mark Chadwick", title="Head of Investor Sales", company="Stannard Homes plc",
          address=["Wharfside Sales Centre, Canal Street, Birmingham B1 2JR"],
          phones=[P("0121 496 0555", "GB", "landline"), P("07123 456789", "GB", "mobile")]))

case("b072-en-outlook-uk-initials", "en", "outlook", "GB",
     ("rupert.jennings@greyfriarswp.co.uk", "Rupert Jennings"), "hannah",
     J("""H – fine by me, go ahead and send it to the client. Copy me in pls.

§RJ
""",
       q_outlook_en("hannah", "2026-12-01 08:45", "Rupert Jennings <rupert.jennings@greyfriarswp.co.uk>",
                    "Castell proposal – final draft for sign-off",
                    """Rupert,

Final draft of the Castell proposal attached for your sign-off before it goes to the client.""", close="Thanks,")),
     dict(phones=[]))

case("b073-en-outlook-uk-team-signoff", "en", "outlook", "GB",
     ("clientservices@aldgatecustody.co.uk", "Aldgate Custody – Client Services"), "hannah",
     J("""Dear Hannah,

Thank you for your instruction. The transfer of 12,500 units in the Aldgate Global Equity Fund from the Castell SIPP has been processed today and will settle on T+2. A contract note will be issued to the registered address.

If you have any questions, please reply to this email or call us on the number below.

Kind regards,

§Client Services Team
§Aldgate Custody Services Limited
§Tel: 020 7946 0900 (Mon–Fri, 8am–6pm)
§clientservices@aldgatecustody.co.uk

Aldgate Custody Services Limited is authorised and regulated by the Financial Conduct Authority (FRN 184452). Registered in England No. 03322114. Calls may be recorded for training and monitoring purposes.
""",
       q_outlook_en("hannah", "2026-11-27 13:00", "clientservices@aldgatecustody.co.uk",
                    "Transfer instruction – Castell SIPP – ref GWP/2211",
                    """Dear Client Services,

Please find attached the signed transfer instruction for the Castell SIPP.""", style="line")),
     dict(company="Aldgate Custody Services Limited", email="clientservices@aldgatecustody.co.uk",
          phones=[P("020 7946 0900", "GB", "landline")]))

case("b074-en-outlook-uk-nosig-disclaimer", "en", "outlook", "GB",
     ("accounts.payable@kestrelhotels.co.uk", "Accounts Payable"), "tom",
     J("""Hi,

Invoice BW-2026-0871 has been approved and is scheduled for our payment run on 4 December.

Thanks

""" + CONF_EN + """
Kestrel Hotels Group plc, registered in England and Wales No. 04511789.""",
       q_outlook_en("tom", "2026-11-30 09:00", "accounts.payable@kestrelhotels.co.uk",
                    "Overdue invoice BW-2026-0871",
                    """Hello,

Our records show invoice BW-2026-0871 (£3,240.00) is now 14 days overdue. Could you let me know when we can expect payment?""", style="uk")),
     dict(phones=[]))

case("b075-en-outlook-uk-fca-wealth", "en", "outlook", "GB",
     ("charlotte.devere@aylesburywm.co.uk", "de Vere, Charlotte"), "hannah",
     J("""Hannah,

Good to catch up at the PIMFA dinner. As mentioned, we're looking for a partner firm to take on a handful of smaller clients (£150k–£400k) that no longer fit our minimums. I'd rather they went somewhere we trust.

Would you be open to a call next week to discuss terms?

Best,

§Charlotte de Vere CFA
§Managing Director
§Aylesbury Wealth Management
§4th Floor, 10 Lower Thames Street, London EC3R 6EN
§T: +44 20 7946 0277
§M: +44 7701 900 443
§linkedin.com/in/charlottedevere

Aylesbury Wealth Management is a trading name of Aylesbury WM Ltd, authorised and regulated by the Financial Conduct Authority (FRN 612345). Registered in England and Wales No. 07654321. The value of investments can fall as well as rise.
""",
       q_outlook_en("hannah", "2026-11-20 18:10", "de Vere, Charlotte <charlotte.devere@aylesburywm.co.uk>",
                    "Lovely to see you last night",
                    """Charlotte,

Lovely to see you at the dinner last night. Let me know if you'd like to pick up our conversation about client referrals.""", style="uk")),
     dict(name="Charlotte de Vere", title="Managing Director", company="Aylesbury Wealth Management",
          linkedin="linkedin.com/in/charlottedevere",
          address=["4th Floor, 10 Lower Thames Street, London EC3R 6EN"],
          phones=[P("+44 20 7946 0277", "GB", "landline"), P("+44 7701 900 443", "GB", "mobile")]))

case("b076-en-gmail-uk-title-at-agency", "en", "gmail", "GB",
     ("leo@foxglovestudio.co.uk", "Leo Fairweather"), "tom",
     J("""Hey Tom,

Cheers for the brief. We can turn round the product launch video in 4 weeks from sign-off – quote attached. If you want the animated version add 10 days.

Let me know if you want to jump on a call.

Leo

§Leo Fairweather
§Creative Director at Foxglove Studio
§+44 (0)161 496 0370
§foxglovestudio.co.uk
""",
       q_gmail_en("tom", "2026-11-25 12:30", """Hi Leo,

We need a 90-second launch video for our new valuation module. Brief attached – can you quote?""", uk=True, wrap=True)),
     dict(name="Leo Fairweather", title="Creative Director", company="Foxglove Studio", website="foxglovestudio.co.uk",
          phones=[P("+44 (0)161 496 0370", "GB", "landline")]))

case("b077-en-outlook-uk-belfast-hotel", "en", "outlook", "GB",
     ("events@lagansidegrand.com", "Events – Laganside Grand Hotel"), "tom",
     J("""Hi Tom,

Thanks for your enquiry. I've put a provisional hold on the Harland Suite for Thursday 11 March for 60 delegates, theatre style, with two breakouts. The day delegate rate is £62 per person.

The hold will be released on 18 December unless we receive the signed contract.

Warm regards,

§Niamh McCusker
§Conference & Events Sales Manager
§The Laganside Grand Hotel
§Donegall Quay, Belfast BT1 3EA
§T: 028 9649 6120   M: 07710 900 346
§lagansidegrand.com

<image001.png>  <image002.png>  <image003.png>
Rated Northern Ireland's Best Conference Hotel 2026
""",
       q_outlook_en("tom", "2026-11-23 15:50", "Events – Laganside Grand Hotel <events@lagansidegrand.com>",
                    "Customer event – March 2027",
                    """Hello,

We're planning a customer day in Belfast in March for around 60 people. Could you send availability and rates?""", style="uk")),
     dict(name="Niamh McCusker", title="Conference & Events Sales Manager", company="The Laganside Grand Hotel",
          website="lagansidegrand.com", address=["Donegall Quay, Belfast BT1 3EA"],
          phones=[P("028 9649 6120", "GB", "landline"), P("07710 900 346", "GB", "mobile")]))

case("b078-en-iphone-uk-mobile-sig", "en", "iphone", "GB",
     ("oliver.brandt@brandt-logistics.co.uk", "Oliver Brandt"), "tom",
     J("""On the road today, will review tonight and revert tmrw.

§Oliver Brandt
§MD, Brandt Logistics Ltd
§07384 900 664

Sent from my iPhone
""",
       q_apple_en("tom", "2026-12-01 07:55", """Hi Oliver,

Contract renewal attached – the new pricing kicks in from 1 January. Any questions, shout.""")),
     dict(name="Oliver Brandt", title="MD", company="Brandt Logistics Ltd",
          phones=[P("07384 900 664", "GB", "mobile")]))

case("b079-en-outlook-us-esq-chicago", "en", "outlook", "US",
     ("dwhitaker@kesslerwhitaker.com", "Whitaker, Daniel R."), "ryan",
     J("""Ryan,

We've reviewed the MSA redlines with the client. We can accept your limitation of liability language if the cap is raised to 12 months of fees and the data processing addendum references the SCCs. Markup attached.

If you can turn this around by Friday, we can get signatures before year end.

Thanks,

§Daniel R. Whitaker, Esq.
§Partner | Technology Transactions
§Kessler Whitaker LLP
§233 S. Wacker Drive, Suite 1200, Chicago, IL 60606
§Direct: (312) 555-0142 | Main: (312) 555-0100
§dwhitaker@kesslerwhitaker.com | kesslerwhitaker.com

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
       q_outlook_en("ryan", "2026-11-30 16:42", "Whitaker, Daniel R. <dwhitaker@kesslerwhitaker.com>",
                    "RE: Northbeam MSA – redlines",
                    """Dan,

Attaching our latest redlines on the MSA. Main open point is the liability cap.""", cc="Legal <legal@northbeam-analytics.com>")),
     dict(name="Daniel R. Whitaker", title="Partner | Technology Transactions", company="Kessler Whitaker LLP",
          email="dwhitaker@kesslerwhitaker.com", website="kesslerwhitaker.com",
          address=["233 S. Wacker Drive, Suite 1200, Chicago, IL 60606"],
          phones=[P("(312) 555-0142", "US", "landline"), P("(312) 555-0100", "US", "landline")]))

case("b080-en-gmail-us-founder-pronouns-dots", "en", "gmail", "US",
     ("sam@tidepoolhq.com", "Sam Okonkwo"), "megan",
     J("""Hi Megan,

Thanks for the intro call. We're raising a $4M seed extension and targeting a first close mid-January. Deck and data room link below – would love your thoughts on whether it's a fit for your family office clients.

Data room: https://tidepoolhq.docsend.com/view/seedx

Best,
§Sam Okonkwo (he/him)
§Co-founder & CEO, Tidepool
§415.555.0123
§tidepoolhq.com
""",
       q_gmail_en("megan", "2026-11-23 13:05", """Hi Sam,

Great chatting today. Send over the deck when you're ready and I'll share it with a couple of our clients who invest in climate tech.""")),
     dict(name="Sam Okonkwo", title="Co-founder & CEO", company="Tidepool", website="tidepoolhq.com",
          phones=[P("415.555.0123", "US", "landline")]))

case("b081-en-outlook-us-cpa-extension", "en", "outlook", "US",
     ("jalvarez@brennanalvarez-cpa.com", "Jennifer Alvarez"), "megan",
     J("""Megan,

I've attached the 2025 K-1s for the Harrington family partnership. Please note that the 1099s for the brokerage accounts won't be final until mid-February, so we'll be filing extensions for all three returns.

Let me know if your clients need estimated tax projections for Q4.

Regards,

§Jennifer Alvarez, CPA, PFS
§Tax Manager
§Brennan & Alvarez CPAs, LLC
§100 Pine Street, Suite 700
§San Francisco, CA 94111
§P: (415) 555-0188 x204
§F: (415) 555-0189

Circular 230 Disclosure: Any tax advice contained in this communication is not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code.
""",
       q_outlook_en("megan", "2026-11-25 10:00", "Jennifer Alvarez <jalvarez@brennanalvarez-cpa.com>",
                    "Harrington K-1s",
                    """Hi Jennifer,

Could you send over the 2025 K-1s for the Harrington partnership when they're ready?""")),
     dict(name="Jennifer Alvarez", title="Tax Manager", company="Brennan & Alvarez CPAs, LLC",
          address=["100 Pine Street, Suite 700", "San Francisco, CA 94111"],
          phones=[P("(415) 555-0188", "US", "landline"), P("(415) 555-0189", "US", "fax")]))

case("b082-en-iphone-us-nosig", "en", "iphone", "US",
     ("bill.hartnett@comcast.net", "Bill Hartnett"), "megan",
     J("""Sounds good. Go ahead with the rebalance.

Sent from my iPhone
""",
       q_apple_en("megan", "2026-12-01 09:20", """Hi Bill,

As discussed, we'd like to trim the tech overweight and add to short-term Treasuries. Can you confirm you're comfortable with this?""")),
     dict(phones=[]))

case("b083-en-outlook-us-hospital-md", "en", "outlook", "US",
     ("rpatel@stmarysbay.org", "Patel, Raj MD"), "ryan",
     J("""Ryan,

Thanks for the demo last week. Our analytics committee liked the readmission dashboards, but we can't move forward until IT security completes the vendor risk assessment. I've copied Tom Reyes (CISO), who will send you the questionnaire.

Best,

§Raj Patel, MD, MBA
§Chief Medical Information Officer
§St. Mary's Bay Medical Center
§450 Stanyan Street | San Francisco, CA 94117
§Office: 415-555-0161 | Cell: 415-555-0162

This e-mail may contain protected health information (PHI). If you are not the intended recipient, please notify the sender and delete this message. St. Mary's Bay Medical Center is a 501(c)(3) nonprofit organization.
""",
       q_outlook_en("ryan", "2026-11-24 11:30", "Patel, Raj MD <rpatel@stmarysbay.org>",
                    "Northbeam demo follow-up",
                    """Dr. Patel,

Thanks again for your time on Thursday. Attached are the slides and the sample readmission dashboard we discussed.""", cc="Tom Reyes <treyes@stmarysbay.org>")),
     dict(name="Raj Patel", title="Chief Medical Information Officer", company="St. Mary's Bay Medical Center",
          address=["450 Stanyan Street | San Francisco, CA 94117"],
          phones=[P("415-555-0161", "US", "landline"), P("415-555-0162", "US", "mobile")]))

case("b084-en-outlook-us-cfa-sec-footer", "en", "outlook", "US",
     ("kmorrison@greylockridgecap.com", "Katherine Morrison"), "megan",
     J("""Megan,

Following up on our conversation at the Schwab conference. Our municipal bond SMA has a $250k minimum and we can customize for California residents. I've attached the tear sheet and our Form ADV Part 2A.

Happy to set up a call with our PM.

Kind regards,

§Katherine Morrison, CFA
§Director, Advisor Partnerships
§Greylock Ridge Capital Management, LLC
§1345 Avenue of the Americas, 33rd Floor
§New York, NY 10105
§T 212.555.0187  |  M 646.555.0134
§www.greylockridgecap.com

Greylock Ridge Capital Management, LLC is an investment adviser registered with the U.S. Securities and Exchange Commission (SEC File No. 801-112233). Registration does not imply a certain level of skill or training. Past performance is not indicative of future results.
""",
       q_outlook_en("megan", "2026-11-19 14:15", "Katherine Morrison <kmorrison@greylockridgecap.com>",
                    "Great meeting you",
                    """Katherine,

Great meeting you at the conference. I'd be interested to learn more about your muni SMA for a few clients.""")),
     dict(name="Katherine Morrison", title="Director, Advisor Partnerships",
          company="Greylock Ridge Capital Management, LLC", website="www.greylockridgecap.com",
          address=["1345 Avenue of the Americas, 33rd Floor", "New York, NY 10105"],
          phones=[P("212.555.0187", "US", "landline"), P("646.555.0134", "US", "mobile")]))

case("b085-en-android-us-dash-name", "en", "android", "US",
     ("mike.delgado@delgadoroofing.com", "Mike Delgado"), "ryan",
     J("""Not interested right now, we're good with what we have. Maybe try again in spring

§- Mike

Sent from my Verizon, Samsung Galaxy smartphone
""",
       q_samsung_en("ryan", "2026-11-30 13:10", "Mike Delgado <mike.delgado@delgadoroofing.com>",
                    "Quick question about your job costing",
                    """Hi Mike,

Do you have 10 minutes this week to see how contractors like you are cutting job-costing time in half with Northbeam?""")),
     dict(name="Mike", phones=[]))

case("b086-en-outlook-us-construction-co", "en", "outlook", "US",
     ("bstrickland@lonestarbuilders.com", "Brent Strickland"), "ryan",
     J("""Ryan-

We're in. Send the order form for 35 seats and I'll route it to our CFO for signature. Implementation needs to start after Jan 15 – we've got a big pour schedule until then.

§Brent Strickland
§VP Operations
§Lone Star Builders, Inc.
§O: 713-555-0121
§C: 713-555-0177
§9800 Richmond Ave, Suite 400 | Houston, TX 77042

Building Texas since 1987.
""",
       q_outlook_en("ryan", "2026-11-27 09:40", "Brent Strickland <bstrickland@lonestarbuilders.com>",
                    "Northbeam proposal – Lone Star Builders",
                    """Brent,

Attached is the final proposal with the multi-year discount we discussed.""", style="original")),
     dict(name="Brent Strickland", title="VP Operations", company="Lone Star Builders, Inc.",
          address=["9800 Richmond Ave, Suite 400 | Houston, TX 77042"],
          phones=[P("713-555-0121", "US", "landline"), P("713-555-0177", "US", "mobile")]))

case("b087-en-gmail-us-realtor-license", "en", "gmail", "US",
     ("lauren.kim.realestate@gmail.com", "Lauren Kim"), "megan",
     J("""Hi Megan,

Your clients' offer on Pacific Heights was accepted at $2.46M! Escrow opens tomorrow with Golden Gate Title. Inspection contingency is 10 days, loan contingency 17 days.

Congratulations to them!

Lauren

--
§Lauren Kim
§Realtor® | Luxury Properties
§Bayline Realty Group
§Cell: (415) 555-0172
§www.baylinerealty.com
DRE #02123456

Wire fraud is real. Always call to verify wire instructions before sending funds.
""",
       q_gmail_en("megan", "2026-11-28 18:30", """Hi Lauren,

Any news from the listing agent on the Pacific Heights offer?""")),
     dict(name="Lauren Kim", title="Realtor® | Luxury Properties", company="Bayline Realty Group",
          website="www.baylinerealty.com", phones=[P("(415) 555-0172", "US", "mobile")]))

case("b088-en-outlook-us-university-dean", "en", "outlook", "US",
     ("a.winthrop@charlesriver.edu", "Winthrop, Abigail"), "ryan",
     J("""Ryan,

Thank you for the proposal. Unfortunately we are not able to consider new vendors until the next fiscal year, which begins July 1. Please reach out to our procurement office in April; they will be able to advise on the RFP timeline.

Sincerely,

§Abigail Winthrop, Ph.D.
§Associate Dean for Finance and Administration
§Charles River University School of Business
§Hollis Hall, Room 212
§410 Commonwealth Avenue
§Boston, MA 02215
§Tel: (617) 555-0166

Pronouns: she/her/hers
""",
       q_outlook_en("ryan", "2026-11-20 15:25", "Winthrop, Abigail <a.winthrop@charlesriver.edu>",
                    "Northbeam for higher education",
                    """Dear Dr. Winthrop,

I wanted to share how universities like yours are using Northbeam to forecast tuition revenue and enrollment.""")),
     dict(name="Abigail Winthrop", title="Associate Dean for Finance and Administration",
          company="Charles River University School of Business",
          address=["Hollis Hall, Room 212", "410 Commonwealth Avenue", "Boston, MA 02215"],
          phones=[P("(617) 555-0166", "US", "landline")]))

case("b089-en-outlook-mx-sa-de-cv", "en", "outlook", "US",
     ("r.garza@translogmty.com.mx", "Rodrigo Garza"), "ryan",
     J("""Hi Ryan,

Thanks for following up. We are interested in the analytics package for our cross-border operation (Monterrey – Laredo). Our IT team would need the documentation in Spanish as well; is this available?

Please send me a quote in USD for 20 users.

Best regards,

§Rodrigo Garza Treviño
§Gerente de Operaciones / Operations Manager
§Transportes y Logística Regiomontana, S.A. de C.V.
§Av. Constitución 2050 Pte., Col. Obispado, 64060 Monterrey, N.L., México
§Tel. +52 81 8123 4567
§www.translogmty.com.mx
""",
       q_outlook_en("ryan", "2026-11-24 10:50", "Rodrigo Garza <r.garza@translogmty.com.mx>",
                    "Northbeam – logistics analytics",
                    """Hi Rodrigo,

Following up on your inquiry from our website. Would you be open to a quick call this week?""")),
     dict(name="Rodrigo Garza Treviño", title="Gerente de Operaciones / Operations Manager",
          company="Transportes y Logística Regiomontana, S.A. de C.V.", website="www.translogmty.com.mx",
          address=["Av. Constitución 2050 Pte., Col. Obispado, 64060 Monterrey, N.L., México"],
          phones=[P("+52 81 8123 4567", "MX", "landline")]))

case("b090-en-outlook-us-forward-note", "en", "outlook", "US",
     ("dana.whitfield@whitfieldfamily.net", "Dana Whitfield"), "megan",
     """Megan – see below from the trust company. Can you make sense of this before we talk Thursday?

§Dana Whitfield
§(415) 555-0147 cell

-----Original Message-----
From: Trust Administration <trustadmin@pacificcresttrust.com>
Sent: Monday, November 30, 2026 4:12 PM
To: Dana Whitfield <dana.whitfield@whitfieldfamily.net>
Subject: Whitfield Irrevocable Trust – 2026 distribution

Dear Ms. Whitfield,

Pursuant to Article IV of the trust instrument, the trustee intends to make a discretionary distribution of $85,000 to each beneficiary prior to December 31. Please confirm your wiring instructions using our secure portal.

Sincerely,

Marcus Lee
Senior Trust Officer
Pacific Crest Trust Company
One Market Plaza, Suite 3100, San Francisco, CA 94105
(415) 555-0130
""",
     dict(name="Dana Whitfield", phones=[P("(415) 555-0147", "US", "mobile")]))

case("b091-en-gmail-us-hotel-closing-same-line", "en", "gmail", "US",
     ("tbaker@harborlighthotels.com", "Tyler Baker"), "ryan",
     J("""Hi Ryan,

Confirming the contract for your sales kickoff: Feb 9–11, 40 rooms, Lakeview Ballroom for the general session, and the Dock 5 terrace for the Tuesday reception. Deposit invoice to follow from our accounting team.

§Thanks, Tyler Baker
§Director of Group Sales | Harborlight Hotels
§The Harborlight Chicago, 401 N. Wabash Ave, Chicago, IL 60611
§d 312.555.0158 | m 312.555.0194
""",
       q_gmail_en("ryan", "2026-11-25 17:45", """Hi Tyler,

We're good to go on the kickoff – please send the contract over.""")),
     dict(name="Tyler Baker", title="Director of Group Sales", company="Harborlight Hotels",
          address=["The Harborlight Chicago, 401 N. Wabash Ave, Chicago, IL 60611"],
          phones=[P("312.555.0158", "US", "landline"), P("312.555.0194", "US", "mobile")]))

case("b092-en-gmail-us-inline-sig-bottom", "en", "gmail", "US",
     ("priya@sundialmarketing.co", "Priya Natarajan"), "megan",
     J("""Answers inline!

On Mon, Nov 30, 2026 at 10:15 AM Megan Liu <megan@harborvine.com> wrote:
> Hi Priya,
>
> A few questions before we sign:
> 1. Is the retainer month-to-month?
Yes, 30 days' notice.
> 2. Who owns the content you produce?
You do, once invoices are paid.
> 3. Can we start before the holidays?
We can do the kickoff Dec 14.
>
> Thanks,
>
> Megan Liu | Partner
> Harbor & Vine Advisors LLC
> One Embarcadero Center, Suite 1450, San Francisco, CA 94111
> 415.555.0116

§Priya Natarajan
§Founder & Principal, Sundial Marketing LLC
§(206) 555-0133
§sundialmarketing.co
"""),
     dict(name="Priya Natarajan", title="Founder & Principal", company="Sundial Marketing LLC",
          website="sundialmarketing.co", phones=[P("(206) 555-0133", "US", "landline")]))

case("b093-en-outlook-ie-fca-dublin", "en", "outlook", "IE",
     ("conor.fitzgerald@merrionsq-accountants.ie", "Conor Fitzgerald"), "ciaran",
     J("""Hi Ciarán,

Thanks for the note. I've spoken to the Kavanaghs and they're comfortable with the proposed structure for the investment company, subject to confirming the close company surcharge position with Revenue. I'll send you the draft shareholders' agreement next week.

Kind regards,
§Conor Fitzgerald FCA AITI
§Tax Partner
§Merrion Square Accountants Ltd
§41 Merrion Square East, Dublin 2, D02 TX82
§Tel: +353 1 676 2211 | Mob: +353 87 234 5678
§www.merrionsq-accountants.ie

Merrion Square Accountants Ltd is registered in Ireland, company number 512348. Registered to carry on audit work by Chartered Accountants Ireland.
""" + CONF_EN,
       q_outlook_en("ciaran", "2026-11-26 11:40", "Conor Fitzgerald <conor.fitzgerald@merrionsq-accountants.ie>",
                    "Kavanagh family – investment company structure",
                    """Hi Conor,

Following our meeting, please see attached the note on the proposed investment company for the Kavanagh family.""", style="line")),
     dict(name="Conor Fitzgerald", title="Tax Partner", company="Merrion Square Accountants Ltd",
          website="www.merrionsq-accountants.ie", address=["41 Merrion Square East, Dublin 2, D02 TX82"],
          phones=[P("+353 1 676 2211", "IE", "landline"), P("+353 87 234 5678", "IE", "mobile")]))

case("b094-en-gmail-ie-cork-national", "en", "gmail", "IE",
     ("siobhan@nibhriainsolicitors.ie", "Siobhán Ní Bhriain"), "ciaran",
     J("""Dear Ciarán,

I confirm that the grant of probate issued on 24 November. The executors are now in a position to encash the investment portfolio; please liaise with me directly regarding the transfer of the proceeds to the estate account.

Yours sincerely,

§Siobhán Ní Bhriain
§Solicitor & Commissioner for Oaths
§Ní Bhriain & Co. Solicitors
§14 South Mall, Cork T12 RX94
§T: 021 427 9810
§M: 086 381 2290

Ní Bhriain & Co. Solicitors is regulated by the Law Society of Ireland. Beware of cyber fraud: we will never notify you of a change of bank details by email.
""",
       q_gmail_en("ciaran", "2026-11-18 09:05", """Dear Siobhán,

Could you let me know whether the grant of probate has issued in the estate of the late Mr Michael Hegarty?""", uk=True)),
     dict(name="Siobhán Ní Bhriain", title="Solicitor & Commissioner for Oaths", company="Ní Bhriain & Co. Solicitors",
          address=["14 South Mall, Cork T12 RX94"],
          phones=[P("021 427 9810", "IE", "landline"), P("086 381 2290", "IE", "mobile")]))

case("b095-en-outlook-ie-galway-prof", "en", "outlook", "IE",
     ("eoin.mcgrath@universityhospitalcorrib.ie", "McGrath, Eoin (Prof.)"), "ciaran",
     J("""Ciarán,

Apologies for the delay – clinics have been relentless. I'm happy to increase my monthly contribution to the PRSA to the maximum age-related limit from January. Could you send the form to my home address rather than the hospital?

Thanks,

§Prof. Eoin McGrath MD FRCPI
§Consultant Gastroenterologist
§Department of Medicine
§University Hospital Corrib
§Newcastle Road, Galway H91 YR71
§+353 91 524 411 (secretary)
""",
       q_outlook_en("ciaran", "2026-11-16 16:00", "McGrath, Eoin (Prof.) <eoin.mcgrath@universityhospitalcorrib.ie>",
                    "PRSA contributions 2027",
                    """Dear Prof. McGrath,

As we approach year end, would you like to review your PRSA contribution level for 2027?""", style="uk")),
     dict(name="Eoin McGrath", title="Consultant Gastroenterologist", company="University Hospital Corrib",
          address=["Newcastle Road, Galway H91 YR71"],
          phones=[P("+353 91 524 411", "IE", "landline")]))

case("b096-en-iphone-ie-nosig", "en", "iphone", "IE",
     ("paddy.kinsella@eircom.net", "Paddy Kinsella"), "ciaran",
     J("""Grand, thanks Ciarán. Talk Monday.

Sent from my iPhone
""",
       q_apple_en("ciaran", "2026-11-27 15:15", """Hi Paddy,

Just confirming our call on Monday at 10am to go through your pension options.""")),
     dict(phones=[]))

case("b097-en-outlook-ie-ms-osullivan-freight", "en", "outlook", "IE",
     ("aoife.osullivan@osullivanfreight.ie", "Aoife O'Sullivan"), "ciaran",
     J("""Dear Ciarán,

Further to our conversation, the board has approved the appointment of Lismore as investment manager for the company pension scheme, effective 1 February. Our HR manager, Gerard, will be in touch regarding the member communications.

Kind regards,

§Ms Aoife O'Sullivan
§Finance Director
§O'Sullivan Freight Services Unlimited Company
§Unit 7, Alexandra Road, Dublin Port, Dublin 1, D01 H4C6
§Switchboard +353 1 855 4000  |  Direct +353 1 855 4012
§Mobile +353 85 731 0456

Registered in Ireland No. 98765. Directors: D. O'Sullivan, A. O'Sullivan, P. Walsh.
""",
       q_outlook_en("ciaran", "2026-11-20 10:45", "Aoife O'Sullivan <aoife.osullivan@osullivanfreight.ie>",
                    "Company pension scheme – investment manager appointment",
                    """Dear Aoife,

I hope the board meeting went well. Please let me know if the trustees need anything further from us.""", style="line")),
     dict(name="Aoife O'Sullivan", title="Finance Director", company="O'Sullivan Freight Services Unlimited Company",
          address=["Unit 7, Alexandra Road, Dublin Port, Dublin 1, D01 H4C6"],
          phones=[P("+353 1 855 4000", "IE", "landline"), P("+353 1 855 4012", "IE", "landline"),
                  P("+353 85 731 0456", "IE", "mobile")]))

case("b098-en-outlook-es-madrid-sl", "en", "outlook", "GB",
     ("jmontero@monteroibanez.es", "Javier Montero Ibáñez"), "hannah",
     J("""Dear Hannah,

Many thanks for your message. Our clients, the Ruiz-Altamira family, are considering relocating their eldest son to London next year and would appreciate an introduction regarding UK investment accounts for non-domiciled individuals under the new residence-based regime.

Could we arrange a video call the week of 14 December?

Best regards,

§Javier Montero Ibáñez
§Socio Director | Managing Partner
§Montero Ibáñez Family Office, S.L.
§Calle de Serrano 41, 4º izq.
§28001 Madrid – Spain
§Tel. +34 91 432 18 70
§Mob. +34 612 34 56 78

Este mensaje es confidencial. This message is confidential. Montero Ibáñez Family Office, S.L., inscrita en el Registro Mercantil de Madrid, Tomo 31.455, Folio 120, Hoja M-566112, CIF B-87654321.
""",
       q_outlook_en("hannah", "2026-11-30 11:20", "Javier Montero Ibáñez <jmontero@monteroibanez.es>",
                    "Introduction – UK investment accounts",
                    """Dear Javier,

It was a pleasure meeting you in Madrid. Please do let me know if any of your families need support in the UK.""", style="uk")),
     dict(name="Javier Montero Ibáñez", title="Socio Director | Managing Partner", company="Montero Ibáñez Family Office, S.L.",
          address=["Calle de Serrano 41, 4º izq.", "28001 Madrid – Spain"],
          phones=[P("+34 91 432 18 70", "ES", "landline"), P("+34 612 34 56 78", "ES", "mobile")]))

case("b099-en-gmail-es-barcelona-hotel", "en", "gmail", "GB",
     ("marta.puig@hotelportvell.com", "Marta Puig"), "tom",
     J("""Hi Tom,

Good news – we can host your team offsite from 21 to 24 April. I've attached the proposal with 22 rooms, the rooftop for the welcome dinner and a meeting room with sea view. Prices include VAT (10%).

Best,

§Marta Puig i Soler
§Head of Sales – MICE
§Hotel Port Vell Barcelona
§Passeig de Colom 12, 08002 Barcelona
§+34 93 217 45 60 / +34 655 12 34 08 (WhatsApp)

Hotel Port Vell – Explotaciones Hoteleras Colom, S.L.
""",
       q_gmail_en("tom", "2026-11-24 12:10", """Hi Marta,

We're planning a team offsite in Barcelona in April for 20-22 people. Could you send availability?""", uk=True)),
     dict(name="Marta Puig i Soler", title="Head of Sales – MICE", company="Hotel Port Vell Barcelona",
          address=["Passeig de Colom 12, 08002 Barcelona"],
          phones=[P("+34 93 217 45 60", "ES", "landline"), P("+34 655 12 34 08", "ES", "mobile")]))

case("b100-en-outlook-it-milan-srl", "en", "outlook", "GB",
     ("g.rossi@brera-partners.it", "ROSSI Giulia"), "hannah",
     J("""Dear Hannah,

Thank you for the very interesting conversation last week. As anticipated, we would like to explore a co-investment in the UK residential fund alongside two of our Italian families. Our minimum ticket would be around £2m.

Please find attached our NDA, already signed on our side.

Kind regards,

§Giulia Rossi
§Partner – Head of Alternative Investments
§Brera Partners S.r.l.
§Via Fatebenefratelli 15 – 20121 Milano
§T. +39 02 8645 2210
§M. +39 347 123 4567
§www.brera-partners.it

Brera Partners S.r.l. – Capitale sociale € 100.000 i.v. – P.IVA 09876543210 – Iscritta all'Albo dei Consulenti Finanziari Autonomi.
Le informazioni contenute in questo messaggio sono riservate. / The information in this message is confidential.
""",
       q_outlook_en("hannah", "2026-11-23 14:00", "ROSSI Giulia <g.rossi@brera-partners.it>",
                    "UK residential fund – follow-up",
                    """Dear Giulia,

Thank you for your time in Milan. As promised, I attach the summary of our UK residential fund.""", style="uk")),
     dict(name="Giulia Rossi", title="Partner – Head of Alternative Investments", company="Brera Partners S.r.l.",
          website="www.brera-partners.it", address=["Via Fatebenefratelli 15 – 20121 Milano"],
          phones=[P("+39 02 8645 2210", "IT", "landline"), P("+39 347 123 4567", "IT", "mobile")]))

case("b101-en-android-it-turin-spa", "en", "android", "GB",
     ("marco.ferrero@galvanifarma.it", "Marco Ferrero"), "tom",
     J("""Hi Tom, yes please go ahead with the pilot for the Turin site. I'm travelling, will sign the order form on Monday.

Regards
§Marco Ferrero
§Procurement Director, Galvani Farmaceutici S.p.A.
§+39 335 612 0987

Inviato da Outlook per Android
""",
       q_outlook_en("tom", "2026-11-26 16:30", "Marco Ferrero <marco.ferrero@galvanifarma.it>",
                    "Pilot – Turin site",
                    """Hi Marco,

Can I go ahead and set up the pilot environment for the Turin site?""", style="uk")),
     dict(name="Marco Ferrero", title="Procurement Director", company="Galvani Farmaceutici S.p.A.",
          phones=[P("+39 335 612 0987", "IT", "mobile")]))

case("b102-en-outlook-se-stockholm-ab-tabs", "en", "outlook", "GB",
     ("anna.lindqvist@norrstrom-kapital.se", "Anna Lindqvist"), "hannah",
     J("""Hi Hannah,

Thanks for the materials. We have discussed internally and would like to proceed with a due diligence meeting in London in January. Would the 19th or 20th work for your investment team?

Best regards / Med vänliga hälsningar

§Anna Lindqvist
§Head of External Managers
§Norrström Kapitalförvaltning AB
§Phone\t+46 8 545 123 40\tMobile\t+46 70 123 45 67
§Strandvägen 7A, SE-114 56 Stockholm
§www.norrstrom-kapital.se
""",
       q_outlook_en("hannah", "2026-11-27 09:25", "Anna Lindqvist <anna.lindqvist@norrstrom-kapital.se>",
                    "Greyfriars – manager selection materials",
                    """Hi Anna,

Please find attached the materials requested for your manager selection process.""", style="uk")),
     dict(name="Anna Lindqvist", title="Head of External Managers", company="Norrström Kapitalförvaltning AB",
          website="www.norrstrom-kapital.se", address=["Strandvägen 7A, SE-114 56 Stockholm"],
          phones=[P("+46 8 545 123 40", "SE", "landline"), P("+46 70 123 45 67", "SE", "mobile")]))

case("b103-en-gmail-se-gothenburg-national", "en", "gmail", "GB",
     ("erik@vastkust-engineering.se", "Erik Sandberg"), "tom",
     J("""Hi Tom,

We tested the trial version with our project managers and it works well, but we need the Swedish invoice format (OCR numbers) before we can roll it out. Is this on your roadmap for Q1?

/Erik

§Erik Sandberg
§CTO, Västkust Engineering AB
§Lindholmspiren 5, 417 56 Göteborg, Sweden
§Tel 031-711 40 25
§Mob 070-123 45 67
""",
       q_gmail_en("tom", "2026-11-25 08:30", """Hi Erik,

How did the trial go with your project managers? Happy to answer any questions.""", uk=True)),
     dict(name="Erik Sandberg", title="CTO", company="Västkust Engineering AB",
          address=["Lindholmspiren 5, 417 56 Göteborg, Sweden"],
          phones=[P("031-711 40 25", "SE", "landline"), P("070-123 45 67", "SE", "mobile")]))

case("b104-en-outlook-hk-limited-company-page", "en", "outlook", "GB",
     ("kenneth.lau@victoriaharbourcap.com.hk", "Kenneth Lau"), "hannah",
     J("""Dear Hannah,

Thank you for your proposal. Our investment committee will review the UK mandate on 10 December. We may need additional information on your ESG screening process; I will revert after the meeting.

Best regards,

§Kenneth Lau
§Director, Investment Solutions
§Victoria Harbour Capital Limited
§Suite 2301, 23/F, Two Pacific Place, 88 Queensway, Admiralty, Hong Kong
§Tel: +852 2521 3344 | Mobile: +852 9123 4567
§linkedin.com/company/victoria-harbour-capital

Victoria Harbour Capital Limited is licensed by the Securities and Futures Commission (CE No. BAK123) for Type 1, 4 and 9 regulated activities.
""",
       q_outlook_en("hannah", "2026-11-26 08:15", "Kenneth Lau <kenneth.lau@victoriaharbourcap.com.hk>",
                    "UK equity mandate – proposal",
                    """Dear Kenneth,

As discussed, please find attached our proposal for the UK equity mandate.""", style="uk")),
     dict(name="Kenneth Lau", title="Director, Investment Solutions", company="Victoria Harbour Capital Limited",
          address=["Suite 2301, 23/F, Two Pacific Place, 88 Queensway, Admiralty, Hong Kong"],
          phones=[P("+852 2521 3344", "HK", "landline"), P("+852 9123 4567", "HK", "mobile")]))

case("b105-en-gmail-hk-surname-first-local", "en", "gmail", "GB",
     ("vivian.chan@kowloonfreight.hk", "CHAN Wing-Yee Vivian"), "tom",
     J("""Dear Tom,

Noted with thanks. We will arrange the payment of the outstanding invoice by TT before 15 December. Kindly find the remittance advice once done.

Best Regards,
§CHAN Wing-Yee, Vivian
§Finance Manager
§Kowloon Freight Consolidators Ltd.
§Unit 1208, 12/F, Tower B, Manulife Financial Centre
§223 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong
§Tel: 3618 2200  Fax: 3618 2299
§Mobile: 6123 4567
""",
       q_gmail_en("tom", "2026-11-30 08:05", """Dear Vivian,

Friendly reminder that invoice BW-2026-0812 is now 30 days overdue. Could you confirm the payment date?""", uk=True)),
     dict(name="CHAN Wing-Yee, Vivian", title="Finance Manager", company="Kowloon Freight Consolidators Ltd.",
          address=["Unit 1208, 12/F, Tower B, Manulife Financial Centre", "223 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong"],
          phones=[P("3618 2200", "HK", "landline"), P("3618 2299", "HK", "fax"), P("6123 4567", "HK", "mobile")]))

case("b106-en-outlook-za-capetown-pty", "en", "outlook", "GB",
     ("thandi.mokoena@fynbosws.co.za", "Thandi Mokoena"), "hannah",
     J("""Hi Hannah,

Thank you for the introduction to the Harrison family. They have now completed their financial emigration and we can assist with the offshore transfer once SARS has issued the tax compliance status PIN.

I'll keep you posted.

Warm regards,

§Thandi Mokoena CFP®
§Senior Wealth Planner
§Fynbos Wealth Solutions (Pty) Ltd
§3rd Floor, The Terraces, 34 Bree Street, Cape Town, 8001
§Tel: +27 21 418 2250
§Cell: +27 82 555 1234
§www.fynbosws.co.za

Fynbos Wealth Solutions (Pty) Ltd is an authorised financial services provider (FSP No. 45123). Reg. No. 2009/012345/07.
""",
       q_outlook_en("hannah", "2026-11-20 15:35", "Thandi Mokoena <thandi.mokoena@fynbosws.co.za>",
                    "Harrison family – offshore transfer",
                    """Hi Thandi,

Please meet the Harrison family, who are moving to London next year and will need help transferring funds offshore.""", style="uk")),
     dict(name="Thandi Mokoena", title="Senior Wealth Planner", company="Fynbos Wealth Solutions (Pty) Ltd",
          website="www.fynbosws.co.za", address=["3rd Floor, The Terraces, 34 Bree Street, Cape Town, 8001"],
          phones=[P("+27 21 418 2250", "ZA", "landline"), P("+27 82 555 1234", "ZA", "mobile")]))

case("b107-en-outlook-za-sandton-national", "en", "outlook", "GB",
     ("pieter.vandermerwe@highveld-eng.co.za", "Pieter van der Merwe"), "tom",
     J("""Morning Tom

We'd like to add 12 more licences for our Durban office from January. Please send an updated quote in ZAR if possible, otherwise GBP is fine.

Cheers
§Pieter van der Merwe Pr.Eng
§Operations Director
§Highveld Engineering Consultants Pty Ltd
§14 Fredman Drive, Sandton, 2196, South Africa
§Tel 011 883 4400 | Cell 083 441 2019

Highveld Engineering Consultants Pty Ltd | Reg. No. 1998/004512/07 | B-BBEE Level 2 Contributor
""",
       q_outlook_en("tom", "2026-11-24 07:50", "Pieter van der Merwe <pieter.vandermerwe@highveld-eng.co.za>",
                    "Brightwater licences – 2027",
                    """Hi Pieter,

Just checking in ahead of renewals – do you expect any change in user numbers for 2027?""", style="uk")),
     dict(name="Pieter van der Merwe", title="Operations Director", company="Highveld Engineering Consultants Pty Ltd",
          address=["14 Fredman Drive, Sandton, 2196, South Africa"],
          phones=[P("011 883 4400", "ZA", "landline"), P("083 441 2019", "ZA", "mobile")]))

case("b108-en-outlook-us-miami-forwarder-llc", "en", "outlook", "US",
     ("dmackwilliams@biscaynefreight.com", "DeShawn Mack-Williams"), "ryan",
     J("""Good afternoon Ryan,

I've looped in our controller, Ana, who handles software purchasing. From my side the pilot was a success – the shipment margin report alone saved my team about 6 hours a week.

Please coordinate the contract with her directly.

Respectfully,

§DeShawn Mack-Williams
§Branch Manager – Miami Gateway
§Biscayne Freight Forwarding LLC
§NVOCC / Licensed Customs Broker
§8200 NW 25th St, Suite 110, Doral, FL 33122
§Main 305.555.0150 ext. 305 | Cell 305.555.0177
§www.biscaynefreight.com

FMC License No. 024512NF | IATA Accredited Agent
""",
       q_outlook_en("ryan", "2026-11-30 14:20", "DeShawn Mack-Williams <dmackwilliams@biscaynefreight.com>",
                    "Pilot wrap-up",
                    """Hi DeShawn,

Now that the pilot is wrapping up, who should I work with on the contract side?""", cc="Ana Ortiz <aortiz@biscaynefreight.com>")),
     dict(name="DeShawn Mack-Williams", title="Branch Manager – Miami Gateway", company="Biscayne Freight Forwarding LLC",
          website="www.biscaynefreight.com", address=["8200 NW 25th St, Suite 110, Doral, FL 33122"],
          phones=[P("305.555.0150", "US", "landline"), P("305.555.0177", "US", "mobile")]))

case("b109-en-other-nosig-mail-windows", "en", "other", "GB",
     ("r.hollis@hollisandsons.co.uk", "Robert Hollis"), "tom",
     J("""Thanks, will do.

Sent from Mail for Windows

""",
       q_outlook_en("tom", "2026-12-01 11:00", "Robert Hollis <r.hollis@hollisandsons.co.uk>",
                    "Renewal paperwork",
                    """Hi Robert,

Could you sign and return the renewal paperwork by Friday?""", style="uk")),
     dict(phones=[]))

case("b110-en-gmail-uk-van-dijk-dutch-mobile", "en", "gmail", "GB",
     ("pieter@lowlands-advisory.co.uk", "Pieter van Dijk"), "hannah",
     J("""Hannah,

Happy to help. My Dutch clients moving to London typically need advice on the Box 3 exit and UK remittance basis transition. I can join your meeting with the Visser family on the 9th, either in person or by Teams.

Best,

§Pieter van Dijk
§Cross-Border Tax Adviser
§Lowlands Advisory Ltd
§London  +44 (0)20 7946 0671
§Amsterdam  +31 6 12345678
§lowlands-advisory.co.uk
""",
       q_gmail_en("hannah", "2026-11-27 14:40", """Hi Pieter,

I have a Dutch family relocating to London next spring. Would you be able to advise them on the Dutch side?""", uk=True)),
     dict(name="Pieter van Dijk", title="Cross-Border Tax Adviser", company="Lowlands Advisory Ltd",
          website="lowlands-advisory.co.uk",
          phones=[P("+44 (0)20 7946 0671", "GB", "landline"), P("+31 6 12345678", "NL", "mobile")]))


# ================================================================ build
FIELD_ORDER = ["name", "title", "company", "email", "website", "linkedin", "address", "phones"]
KINDS = {"mobile", "landline", "fax"}
LANDLINE_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                  phonenumbers.PhoneNumberType.VOIP, phonenumbers.PhoneNumberType.TOLL_FREE,
                  phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.SHARED_COST}
MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def finish(c):
    raw = c["body"]
    assert raw.count(MARK) == sum(1 for l in raw.split("\n") if l.startswith(MARK)), c["id"]
    lines = raw.split("\n")
    sig = [i for i, l in enumerate(lines) if l.startswith(MARK)]
    lines = [l[len(MARK):] if l.startswith(MARK) else l for l in lines]
    body = "\n".join(lines)
    for i in sig:
        assert lines[i].strip(), (c["id"], i)
        assert not lines[i].startswith(">"), (c["id"], i)
    sigtext = "\n".join(lines[i] for i in sig)
    f = c["fields"]
    out = {}
    for k in f:
        assert k in FIELD_ORDER, (c["id"], k)
    if not sig:
        assert set(f) == {"phones"} and f["phones"] == [], c["id"]
    for k in FIELD_ORDER:
        if k not in f:
            continue
        v = f[k]
        if k == "phones":
            ph = []
            for rawp, region, kind in v:
                assert kind in KINDS, (c["id"], rawp)
                assert rawp in sigtext, (c["id"], "phone not in signature", rawp)
                n = phonenumbers.parse(rawp, region)
                assert phonenumbers.is_valid_number(n), (c["id"], "invalid", rawp)
                t = phonenumbers.number_type(n)
                if kind == "mobile":
                    assert t in MOBILE_TYPES, (c["id"], "not mobile", rawp, t)
                else:
                    assert t in LANDLINE_TYPES, (c["id"], "not landline", rawp, t)
                ph.append({"value": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
                           "type": kind})
            out[k] = ph
        elif k == "address":
            parts = v if isinstance(v, list) else [v]
            for p in parts:
                assert p in sigtext, (c["id"], "address part not in signature", p)
            out[k] = ", ".join(parts)
        elif k == "title" and isinstance(v, list):
            for p in v:
                assert p in sigtext, (c["id"], "title part not in signature", p)
            out[k] = " ".join(v)
        else:
            assert isinstance(v, str) and v in sigtext, (c["id"], k, v)
            out[k] = v
    assert "phones" in out, c["id"]
    return dict(id=c["id"], lang=c["lang"], client=c["client"], region=c["region"],
                sender=c["sender"], user=c["user"], body=body, signature=sig, fields=out)


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = [finish(c) for c in CASES]
    path = os.path.join(HERE, "cases.json")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(out, ensure_ascii=False, indent=1))
        fh.write("\n")
    # summary
    from collections import Counter
    print("cases:", len(out))
    print("lang:", dict(Counter(c["lang"] for c in out)))
    print("client:", dict(Counter(c["client"] for c in out)))
    print("region:", dict(Counter(c["region"] for c in out)))
    print("no signature:", sum(1 for c in out if not c["signature"]))
    print("phones by type:", dict(Counter(p["type"] for c in out for p in c["fields"]["phones"])))
    for k in ["name", "title", "company", "email", "website", "linkedin", "address"]:
        print("with %s:" % k, sum(1 for c in out if k in c["fields"]))


if __name__ == "__main__":
    main()
